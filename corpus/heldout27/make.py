#!/usr/bin/env python3
"""heldout27 generator: trust & safety / customer support desk of a Dutch C2C marketplace.

Python 3.11, standard library only. Deterministic: one string-seeded random.Random per scenario instance
(string seeds are hashed with SHA-512, PYTHONHASHSEED has no effect). Spans are built from sentinel markup
and re-verified on the serialised UTF-8 bytes. Run: python3 make.py [--mutation]
"""
import hashlib
import ipaddress
import json
import os
import random
import re
import sys
import datetime

SEED = "heldout27-marketplace-v1"
HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# ---------------------------------------------------------------- organisation (never labelled)
ORG = {
    "names": ["Ruilplein B.V.", "Ruilplein", "Ruilplein Pay", "Ruilplein Klantenservice", "Ruilplein Trust & Safety",
              "Ruilplein Support", "Ruilplein Kundenservice", "Ruilplein Verzendservice", "Team Veilig Handelen"],
    "domains": ["ruilplein.example"],
    "phones": ["088 730 4400", "0800 0277", "06 1988 4420"],
    "ibans": ["NL06INGB0006824153", "NL43RABO0318840027"],
    "addresses": ["Veerhavenkade 18, 3016 DJ Rotterdam", "Postbus 21300, 3001 AH Rotterdam"],
    "kvk": ["74120935"],
    "btw": ["NL812400008B01"],
    "handles": ["@RuilpleinNL", "@ruilplein_help", "@Ruilplein_DE"],
}
ORG_STRINGS = ["088 730 4400", "088-7304400", "+31 88 730 4400", "0800 0277", "0800-0277", "06 1988 4420",
               "06-19884420", "+31 6 1988 4420", "NL06INGB0006824153", "NL06 INGB 0006 8241 53",
               "NL43RABO0318840027", "NL43 RABO 0318 8400 27", "Veerhavenkade 18", "3016 DJ", "3016DJ",
               "Postbus 21300", "3001 AH", "74120935", "NL812400008B01", "812400008", "ruilplein.example"]
STAFF = {  # staff are persons (labelled)
    "nadia": ("Nadia", "Bouzid"), "thijs": ("Thijs", "Vermeulen"), "femke": ("Femke", "Hoogendijk"),
    "callum": ("Callum", "Reid"), "jana": ("Jana", "Krüger"), "wout": ("Wout", "Claes"),
}

# ---------------------------------------------------------------- markup
O, S, C = "\ue000", "\ue001", "\ue002"


def m(label, value):
    assert label in LABELS, label
    assert O not in value and C not in value
    return f"{O}{label}{S}{value}{C}"


def P(v): return m("PERSON", v)
def E(v): return m("EMAIL", v)
def PH(v): return m("PHONE", v)
def IB(v): return m("IBAN", v)
def BS(v): return m("BSN", v)
def AD(v): return m("ADDRESS", v)
def PC(v): return m("POSTCODE", v)
def CC(v): return m("CREDIT_CARD", v)
def IP(v): return m("IP_ADDRESS", v)
def DOB(v): return m("DATE_OF_BIRTH", v)
def ID(v): return m("ID_DOCUMENT", v)
def KT(v): return m("LICENSE_PLATE", v)
def BTW(v): return m("BTW_ID", v)
def KVK(v): return m("KVK", v)


MARK_RE = re.compile(O + r"([A-Z_]+)" + S + r"(.*?)" + C, re.S)


def render(marked):
    out, spans, pos_b, last = [], [], 0, 0
    for mo in MARK_RE.finditer(marked):
        pre = marked[last:mo.start()]
        out.append(pre)
        pos_b += len(pre.encode("utf-8"))
        val = mo.group(2)
        vb = len(val.encode("utf-8"))
        spans.append({"start": pos_b, "end": pos_b + vb, "label": mo.group(1), "_v": val})
        out.append(val)
        pos_b += vb
        last = mo.end()
    out.append(marked[last:])
    text = "".join(out)
    assert O not in text and S not in text and C not in text, "markup left"
    return text, spans


# ---------------------------------------------------------------- checksums / validators
def num36(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = re.sub(r"[\s.\-\u00a0]", "", s).upper()
    lens = {"NL": 18, "BE": 16, "DE": 22, "GB": 22, "LT": 20, "FR": 27}
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or lens.get(s[:2]) != len(s):
        return False
    if s[:2] == "NL" and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    if s[:2] == "BE":
        b = s[4:]
        if (int(b[:10]) % 97 or 97) != int(b[10:]):
            return False
    return num36(s[4:] + s[:4]) % 97 == 1


def iban_make(cc, bban):
    n = num36(bban + cc + "00")
    return f"{cc}{98 - n % 97:02d}{bban}"


def elf(n):
    n = re.sub(r"[\s.\-]", "", n).zfill(9)
    if not re.fullmatch(r"\d{9}", n) or int(n) == 0:
        return False
    d = [int(c) for c in n]
    return (sum((9 - i) * d[i] for i in range(8)) - d[8]) % 11 == 0


def luhn(n):
    d = [int(c) for c in re.sub(r"\D", "", n)][::-1]
    return sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d)) % 10 == 0


def card_ok(s):
    n = re.sub(r"[\s\-]", "", s)
    if not n.isdigit() or not luhn(n):
        return False
    L = len(n)
    if n[0] == "4":
        return L in (13, 16, 19)
    if 51 <= int(n[:2]) <= 55 or 2221 <= int(n[:4]) <= 2720:
        return L == 16
    if n[:2] in ("34", "37"):
        return L == 15
    if 3528 <= int(n[:4]) <= 3589:
        return 16 <= L <= 19
    return False


def btw_mod97(s):
    s = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", s)) and num36(s) % 97 == 1


NL_AREAS = {"010": "Rotterdam", "020": "Amsterdam", "030": "Utrecht", "070": "Den Haag", "024": "Nijmegen",
            "040": "Eindhoven", "050": "Groningen", "013": "Tilburg", "038": "Zwolle", "0570": "Deventer",
            "0162": "Oosterhout", "0497": "Eersel", "0315": "Terborg", "0513": "Heerenveen", "0118": "Middelburg"}
DE_AREAS = {"02821": "Kleve", "02562": "Gronau", "02871": "Bocholt", "0241": "Aachen", "0221": "Köln",
            "0211": "Düsseldorf", "02151": "Krefeld", "0251": "Münster"}


def phone_ok(s):
    t = s.replace("(0)", "").replace("\u00a0", " ")
    if not re.fullmatch(r"[+\d][\d \-/.()]*\d", t):
        return False
    d = re.sub(r"\D", "", t)
    if t.startswith("+"):
        intl = d
    elif d.startswith("00"):
        intl = d[2:]
    else:
        intl = None
    cands = []
    if intl is None:
        nat = d[1:] if d.startswith("0") else None
        if nat is None:
            return False
        cands = [("31", nat), ("32", nat), ("49", nat), ("44", nat)]
    else:
        for cc in ("31", "32", "49", "44"):
            if intl.startswith(cc):
                cands.append((cc, intl[len(cc):].lstrip("0") if cc == "31" and intl[2:3] == "0" else intl[len(cc):]))
    for cc, nat in cands:
        if cc == "31":
            if re.fullmatch(r"6[1-58]\d{7}", nat):
                return True
            for a in NL_AREAS:
                if nat.startswith(a[1:]) and len(nat) == 9:
                    return True
        if cc == "32" and (re.fullmatch(r"4[5-9]\d{7}", nat) or re.fullmatch(r"[23]\d{7}", nat) or re.fullmatch(r"9[2-4]\d{6}", nat)):
            return True
        if cc == "49":
            if re.fullmatch(r"1(5[1-9]|6[0-9]|7[0-9])\d{7,8}", nat):
                return True
            for a in DE_AREAS:
                if nat.startswith(a[1:]) and 9 <= len(nat) <= 11:
                    return True
        if cc == "44" and (re.fullmatch(r"7700900\d{3}", nat) or re.fullmatch(r"20794600\d{2}", nat)
                           or re.fullmatch(r"1174960\d{3}", nat)):
            return True
    return False


BANNED_PC = {"SA", "SD", "SS"}
UNITS = {"GB", "MB", "KB", "TB", "CM", "MM", "KG", "KM", "PK", "HZ", "MS", "GR", "CL", "ML", "EN", "OP", "IN",
         "OM", "OF", "IS", "AL", "NA", "NU", "IK", "JE", "WE", "ZE", "ZO", "JA", "TE", "GA", "DE", "AN", "AT", "ON",
         "OR", "TO", "BY", "AS", "EU", "PM", "AM", "HD", "TV", "PC", "BV", "NV", "XL", "XS"}


def postcode_nl_ok(s):
    mo = re.fullmatch(r"([1-9]\d{3}) ?([A-Za-z]{2})", s)
    return bool(mo) and mo.group(2).upper() not in BANNED_PC


def postcode_ok(s):
    if postcode_nl_ok(s):
        return True
    if re.fullmatch(r"\d{4,5}", s):  # BE 4, DE 5
        return True
    return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", s))  # UK


def docnr_ok(s):
    c = s.replace(" ", "").upper()
    if re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}\d", c) and "O" not in c:
        return True
    if re.fullmatch(r"I{1,3}V?-V[A-NP-Z0-9]{8}|IV-V[A-NP-Z0-9]{8}", c):
        return True
    if re.fullmatch(r"[LT][CFGHJKLMNPRTVWXYZ0-9]{8}", c):  # DE Ausweis (generated with L/T)
        return True
    if re.fullmatch(r"\d{9}", c):  # UK passport (context checked in audit)
        return True
    return False


KT_LETTERS = "BDFGHJKLNPRSTVXZ"
KT_BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS", "KVT", "VVD", "SP"]
KT_CODES = {4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX", 7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X",
            10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX", 13: "9-XX-999", 14: "999-XX-9"}


def kenteken_ok(s):
    t = s.upper().replace(" ", "-")
    shape = re.sub(r"[A-Z]", "X", re.sub(r"\d", "9", t))
    if shape not in KT_CODES.values():
        return False
    letters = re.sub(r"[^A-Z]", "", t)
    if any(c not in KT_LETTERS for c in letters):
        return False
    return not any(b in part for part in t.split("-") for b in KT_BANNED)


def kennzeichen_de_ok(s):
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{1,4}", s))


def date_ok(s):
    months = {"januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
              "september": 9, "oktober": 10, "november": 11, "december": 12, "january": 1, "february": 2,
              "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10, "januar": 1, "februar": 2,
              "märz": 3, "mai": 5, "dezember": 12}
    s2 = s.lower().replace(",", "")
    try:
        mo = re.fullmatch(r"(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})", s2)
        if mo:
            dt = datetime.date(int(mo.group(3)), int(mo.group(2)), int(mo.group(1)))
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", s2):
            dt = datetime.date.fromisoformat(s2)
        else:
            mo = re.fullmatch(r"(\d{1,2})\.? ([a-zä]+) (\d{4})", s2)
            if mo:
                dt = datetime.date(int(mo.group(3)), months[mo.group(2)], int(mo.group(1)))
            else:
                mo = re.fullmatch(r"([a-z]+) (\d{1,2}) (\d{4})", s2)
                dt = datetime.date(int(mo.group(3)), months[mo.group(1)], int(mo.group(2)))
    except (ValueError, KeyError, AttributeError):
        return False
    return 1900 <= dt.year <= 2012


def ip_public(s):
    try:
        return ipaddress.ip_address(s).is_global
    except ValueError:
        return False


EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")


def email_ok(s):
    return bool(EMAIL_RE.fullmatch(s)) and s.rsplit(".", 1)[1].lower() in {"nl", "com", "be", "de", "me", "net", "org", "uk", "eu", "io"}


VALID = {"IBAN": iban_ok, "BSN": lambda s: elf(s[2:11]) if s.startswith("NL") else elf(s), "CREDIT_CARD": card_ok,
         "PHONE": phone_ok, "POSTCODE": postcode_ok, "ID_DOCUMENT": docnr_ok,
         "LICENSE_PLATE": lambda s: kenteken_ok(s) or kennzeichen_de_ok(s), "BTW_ID": btw_mod97,
         "KVK": lambda s: bool(re.fullmatch(r"\d{8}", s)), "DATE_OF_BIRTH": date_ok, "IP_ADDRESS": ip_public,
         "EMAIL": email_ok,
         "ADDRESS": lambda s: bool(re.search(r"\d", s)) and bool(re.search(r"[A-Za-zÀ-ÿ]{3}", s)),
         "PERSON": lambda s: bool(re.fullmatch(r"[^\W\d_][\w .,'’\-]*[^\W\d_]", s))}

# ---------------------------------------------------------------- synthetic data (inline lists, written for this set)
NAMES = {
    "nl_m": ["Jeroen", "Sander", "Bram", "Thijmen", "Ruben", "Maarten", "Joost", "Wessel", "Niek", "Jelmer",
             "Pieter-Jan", "Stijn", "Gijs", "Koen", "Wouter", "Hidde"],
    "nl_f": ["Marieke", "Esmée", "Noëlle", "Lieke", "Sanne", "Anouk", "Ilse", "Daniëlle", "Fenna", "Roosmarijn",
             "Jolien", "Hester", "Loïs", "Marjolein"],
    "nl_l": ["Verhoeven", "Kuipers", "ter Steege", "Hoekstra", "Oosterbroek", "Schuurman", "Brinkhuis", "Westerveld",
             "Dijkema", "Koopmans", "van Rijswijk", "Timmermans", "Stoutjesdijk", "Wijnands", "Lankhorst",
             "van Oorschot", "Kamphuis", "Meijerink", "van der Heijden", "Bleeker", "Zuidema", "de Kroon"],
    "ma_m": ["Youssef", "Mohamed", "Nordin", "Soufiane", "Bilal"], "ma_f": ["Samira", "Fatima-Zahra", "Imane", "Khadija"],
    "ma_l": ["El Amrani", "Ait Lahcen", "Ouali", "Benali", "El Idrissi"],
    "tr_m": ["Emre", "Oğuzhan", "Kaan", "Burak"], "tr_f": ["Gülşen", "Büşra", "Elif", "Zeynep"],
    "tr_l": ["Yıldırım", "Kaya", "Doğan", "Çelik", "Aydın"],
    "be_m": ["Jens", "Seppe", "Brecht", "Wannes", "Jef"], "be_f": ["Lotte", "Ilke", "Fien", "Marthe"],
    "be_l": ["Van Damme", "De Smedt", "Peeters", "Vermeiren", "Janssens", "Goossens", "Van Acker"],
    "de_m": ["Jörg", "Sebastian", "Tobias", "Dirk", "Jannik", "Matthias", "Henning"],
    "de_f": ["Katrin", "Lena", "Anja", "Sabine", "Mareike", "Ulrike", "Svenja"],
    "de_l": ["Weißhaupt", "Rößler", "Hülsbusch", "Terhoeven", "Schmitz", "Brandt", "Kötter", "Große-Wilde",
             "Lammers", "Janßen", "Overbeck"],
    "en_m": ["Rhys", "Oliver", "Declan", "Tariq", "Finn", "Gareth"], "en_f": ["Siobhan", "Aoife", "Priya", "Hannah",
                                                                            "Imogen", "Chloe", "Niamh"],
    "en_l": ["Whitfield", "O'Donnell", "Fairclough", "Ashworth", "Pemberton", "Okafor", "Sharma", "Hughes",
             "McAllister", "Brennan"],
    "xx_m": ["Paweł", "Dmytro", "Luca", "Arjun", "Minh"], "xx_f": ["Agnieszka", "Inês", "Ananya", "Yuki", "Olena"],
    "xx_l": ["Kowalczyk", "Shevchenko", "Moretti", "Carvalho", "Iyer", "Wiśniewska", "Nguyen"],
}
XX_PAIRS = {"m": [("Paweł", "Kowalczyk"), ("Dmytro", "Shevchenko"), ("Luca", "Moretti"), ("Arjun", "Iyer"),
                  ("Minh", "Nguyen")],
            "f": [("Agnieszka", "Wiśniewska"), ("Inês", "Carvalho"), ("Ananya", "Iyer"), ("Yuki", "Moretti"),
                  ("Olena", "Shevchenko")]}
TUSSEN = {"van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "van't", "el", "ait"}
STREETS = {
    "nl": ["Klaprooslaan", "Zoutkeetsingel", "Sterrenkroosweg", "Hazelaarhof", "Kapelmeesterlaan", "Laan van Oosterhof",
           "Burg. Tjalmastraat", "Ridderspoorpad", "Schipperskade", "Brouwersdwarsstraat", "Wielewaalstraat",
           "Duivenvoordestraat", "Koekoeksbloemweg", "Lindeboomsingel", "Ooievaarsnest", "Tolhekstraat"],
    "be": ["Kolveniersveld", "Begijnenvest", "Sint-Gummarusstraat", "Lijnwaadmarkt", "Kiekenstraat"],
    "de": ["Am Lindenhof", "Gocher Weg", "Mühlenkamp", "Auf dem Driesch", "Weseler Straße", "Brückstraße",
           "Tiergartenstraße", "Am Kalkofen"],
    "uk": ["Kestrel Close", "Millbrook Road", "Orchard Row", "Tanners Lane"],
}
NL_TOWNS = [(1011, 1109, "Amsterdam"), (3011, 3089, "Rotterdam"), (3511, 3585, "Utrecht"), (5611, 5658, "Eindhoven"),
            (9711, 9747, "Groningen"), (6511, 6546, "Nijmegen"), (5011, 5049, "Tilburg"), (8011, 8047, "Zwolle"),
            (2011, 2037, "Haarlem"), (4811, 4839, "Breda"), (7411, 7429, "Deventer"), (1311, 1359, "Almere")]
BE_TOWNS = [("2000", "Antwerpen"), ("2018", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"), ("2800", "Mechelen"),
            ("8000", "Brugge")]
DE_TOWNS = [("47533", "Kleve"), ("48599", "Gronau"), ("46395", "Bocholt"), ("52062", "Aachen"), ("50667", "Köln"),
            ("40210", "Düsseldorf"), ("47798", "Krefeld"), ("48143", "Münster")]
UK_TOWNS = [("BS6", "Bristol"), ("M14", "Manchester"), ("LS6", "Leeds"), ("EH9", "Edinburgh")]
MAIL_DOMAINS = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "icloud.com"],
                "be": ["telenet.be", "skynet.be", "gmail.com"], "de": ["web.de", "gmx.de", "t-online.de", "gmail.com"],
                "en": ["gmail.com", "outlook.com", "proton.me", "icloud.com", "yahoo.co.uk"]}
TRANS = str.maketrans({"ë": "e", "é": "e", "ï": "i", "ü": "ue", "ö": "oe", "ä": "ae", "ß": "ss", "ş": "s", "ğ": "g",
                       "ı": "i", "ç": "c", "ł": "l", "ś": "s", "ê": "e", "'": "", " ": "", "-": ""})


class Person:
    def __init__(self, first, last, origin, sex):
        self.first, self.last, self.origin, self.sex = first, last, origin, sex

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def init(self):
        return "".join(p[0] + "." for p in self.first.split("-")) + " " + self.last

    @property
    def Last(self):  # surname standing alone: capitalised tussenvoegsel
        return self.last[0].upper() + self.last[1:]

    @property
    def lastcore(self):
        return " ".join(t for t in self.last.split() if t.lower() not in TUSSEN)


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.used = set()

    def ch(self, seq):
        return self.r.choice(seq)

    def digits(self, n):
        return "".join(self.ch("0123456789") for _ in range(n))

    # people
    def person(self, origin="nl", sex=None):
        sex = sex or self.ch("mf")
        if origin == "xx":
            for _ in range(100):
                f, l = self.ch(XX_PAIRS[sex])
                if f not in self.used and l not in self.used:
                    self.used.update([f, l])
                    return Person(f, l, origin, sex)
        for _ in range(100):
            p = Person(self.ch(NAMES[f"{origin}_{sex}"]), self.ch(NAMES[f"{origin}_l"]), origin, sex)
            if p.first not in self.used and p.lastcore not in self.used:
                self.used.update([p.first, p.lastcore])
                return p
        raise RuntimeError("names exhausted")

    def email(self, p, lang="nl"):
        f, l = p.first.lower().translate(TRANS), p.lastcore.lower().translate(TRANS)
        style = self.r.randrange(5)
        local = [f"{f}.{l}", f"{f}{l}{self.r.randrange(70, 99)}", f"{f[0]}.{l}", f"{f}_{l}", f"{l}.{f}"][style]
        return f"{local}@{self.ch(MAIL_DOMAINS[lang])}"

    # phones
    def nl_mobile(self, form=None):
        n = "6" + self.ch("12345") + self.digits(7)
        a, b = n[:1], n[1:]
        forms = [f"0{n[:1]}-{n[1:]}", f"0{n[:1]} {n[1:]}", f"0{n[:1]} {n[1:5]} {n[5:]}", f"0{n}",
                 f"+31 {n[:1]} {n[1:]}", f"+31{n}", f"+31 (0){n[:1]} {n[1:5]} {n[5:]}",
                 f"0{n[:1]}-{n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0031 {n[:1]} {n[1:5]} {n[5:]}"]
        return forms[form if form is not None else self.r.randrange(len(forms))]

    def nl_land(self, area=None):
        area = area or self.ch(sorted(NL_AREAS))
        sub = self.ch("23456789") + self.digits(9 - len(area))
        return self.ch([f"{area}-{sub}", f"{area} {sub[:3]} {sub[3:]}" if len(sub) == 7 else f"{area} {sub}",
                        f"+31 {area[1:]} {sub}"])

    def be_mobile(self):
        n = "4" + self.ch("789") + self.digits(7)
        return self.ch([f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                        f"0{n[:3]}/{n[3:5]}.{n[5:7]}.{n[7:]}"])

    def de_mobile(self):
        pre = self.ch(["151", "160", "171", "176"])
        sub = self.digits(8 if pre in ("151", "176") else 7)
        return self.ch([f"0{pre} {sub}", f"+49 {pre} {sub}", f"0{pre}/{sub}", f"0{pre}-{sub}", f"+49 (0){pre} {sub}"])

    def de_land(self, area):
        sub = self.ch("23456789") + self.digits(11 - len(area) - 1 + (1 if len(area) == 4 else 0))
        return self.ch([f"{area} {sub}", f"{area}/{sub}", f"+49 {area[1:]} {sub}"])

    def uk_mobile(self):
        x = self.digits(3)
        return self.ch([f"07700 900{x}", f"+44 7700 900{x}", f"07700900{x}"])

    # banking
    def iban_nl(self, bank=None, spaced=None):
        bank = bank or self.ch(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB"])
        ib = iban_make("NL", bank + self.digits(10))
        return self.fmt_iban(ib, spaced)

    def iban_be(self, spaced=None):
        b = self.ch(["063", "001", "735", "979", "310"]) + self.digits(7)
        bb = b + f"{(int(b) % 97) or 97:02d}"
        return self.fmt_iban(iban_make("BE", bb), spaced)

    def iban_de(self, spaced=None):
        blz = self.ch(["32450000", "32050000", "40154530", "37050198", "10010010"])
        return self.fmt_iban(iban_make("DE", blz + self.digits(10)), spaced)

    def iban_gb(self, spaced=None):
        return self.fmt_iban(iban_make("GB", self.ch(["MONZ", "NWBK", "BARC", "HBUK"]) + self.digits(14)), spaced)

    def iban_lt(self, spaced=None):
        return self.fmt_iban(iban_make("LT", "32500" + self.digits(11)), spaced)

    def fmt_iban(self, ib, spaced):
        if spaced is None:
            spaced = self.r.random() < 0.5
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if spaced else ib

    def bsn(self, form=0):
        while True:
            d = [self.r.randrange(1 if i == 0 else 0, 10) for i in range(8)]
            c = sum((9 - i) * d[i] for i in range(8)) % 11
            if c < 10:
                n = "".join(map(str, d)) + str(c)
                assert elf(n)
                return [n, f"{n[:4]}.{n[4:6]}.{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"][form]

    def card(self, kind="visa", fmt=0):
        while True:
            if kind == "visa":
                body = "4" + self.digits(14)
            elif kind == "mc":
                body = self.ch(["51", "53", "54", "55"]) + self.digits(13) if self.r.random() < 0.7 else \
                    str(self.r.randrange(2221, 2721)) + self.digits(11)
            else:
                body = self.ch(["34", "37"]) + self.digits(12)
            for c in "0123456789":
                if luhn(body + c):
                    n = body + c
                    break
            if card_ok(n):
                break
        if kind == "amex":
            return [n, f"{n[:4]} {n[4:10]} {n[10:]}"][fmt]
        g = [n[i:i + 4] for i in range(0, 16, 4)]
        return [n, " ".join(g), "-".join(g)][fmt]

    def imei(self):
        body = "35" + self.digits(12)
        for c in "0123456789":
            if luhn(body + c):
                return body + c

    # places
    def postcode_nl(self, town=None, compact=False):
        lo, hi, t = town or self.ch(NL_TOWNS)
        while True:
            l2 = self.ch("ABCEGHJKLMNPRTVWXZ") + self.ch("ABCDEGHJKLMNPRSTVWXZ")
            if l2 not in BANNED_PC and l2 not in UNITS:
                break
        pc = f"{self.r.randrange(lo, hi + 1)}{'' if compact else ' '}{l2}"
        return pc, t

    def hnr(self, style=None):
        n = str(self.r.randrange(1, 180))
        style = self.r.randrange(7) if style is None else style
        return [n, n + self.ch("abc"), n + "-II", n + " hs", n + self.ch("AB"), n + "-1", n][style]

    def addr_nl(self):
        return f"{self.ch(STREETS['nl'])} {self.hnr()}"

    def addr_be(self):
        return f"{self.ch(STREETS['be'])} {self.r.randrange(2, 140)}" + self.ch(["", f" bus {self.r.randrange(1, 9)}"])

    def addr_de(self):
        return f"{self.ch(STREETS['de'])} {self.r.randrange(1, 120)}" + self.ch(["", "a", ""])

    def addr_uk(self):
        return f"{self.r.randrange(2, 140)} {self.ch(STREETS['uk'])}"

    def pc_uk(self):
        a, t = self.ch(UK_TOWNS)
        return f"{a} {self.r.randrange(1, 10)}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}", t

    def passport_nl(self):
        al = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
        return self.ch("NB") + self.ch(al) + "".join(self.ch(al + "123456789") for _ in range(6)) + self.ch("123456789")

    def idcard_nl(self):
        al = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
        return "I" + self.ch(al) + "".join(self.ch(al + "123456789") for _ in range(6)) + self.ch("123456789")

    def ausweis_de(self):
        al = "CFGHJKLMNPRTVWXYZ"
        while True:
            v = self.ch("LT") + "".join(self.ch(al + "0123456789") for _ in range(8))
            if sum(c.isdigit() for c in v) >= 4:
                return v

    def kenteken(self, code=None):
        while True:
            pat = KT_CODES[code or self.ch([4, 5, 6, 7, 8, 9, 10, 11])]
            k = "".join(self.ch(KT_LETTERS) if c == "X" else self.ch("0123456789") if c == "9" else c for c in pat)
            if kenteken_ok(k):
                return k

    def btw(self):
        while True:
            d = self.digits(9)
            if elf(d) or d[0] == "0":
                continue
            kk = (1 - num36("NL" + d + "B") * 100) % 97
            if kk > 0:
                v = f"NL{d}B{kk:02d}"
                assert btw_mod97(v)
                return v

    def ob_nummer(self):
        return "NL" + self.bsn() + "B01"

    def kvk(self):
        return self.ch("3456789") + self.digits(7)

    def ipv4(self):
        while True:
            a = f"{self.ch([31, 37, 62, 77, 82, 84, 85, 87, 89, 91, 94, 145, 176, 178, 185, 188, 193, 212, 213, 217])}." \
                f"{self.r.randrange(0, 256)}.{self.r.randrange(0, 256)}.{self.r.randrange(1, 255)}"
            if ip_public(a):
                return a

    def ipv6(self):
        while True:
            a = f"2a02:{self.r.randrange(0xa400, 0xa4ff):x}:{self.r.randrange(1, 0xffff):x}:{self.r.randrange(1, 0xfff):x}::{self.r.randrange(1, 0xffff):x}"
            if ip_public(a):
                return a

    def dob(self, style):
        y, mth, d = self.r.randrange(1956, 2005), self.r.randrange(1, 13), self.r.randrange(1, 29)
        nlm = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
               "november", "december"]
        enm = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
        dem = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
               "November", "Dezember"]
        return {"nl": f"{d:02d}-{mth:02d}-{y}", "nl2": f"{d} {nlm[mth - 1]} {y}", "nl3": f"{d}-{mth}-{y}",
                "iso": f"{y}-{mth:02d}-{d:02d}", "en": f"{d} {enm[mth - 1]} {y}", "us": f"{enm[mth - 1]} {d}, {y}",
                "de": f"{d:02d}.{mth:02d}.{y}", "de2": f"{d}. {dem[mth - 1]} {y}", "slash": f"{d:02d}/{mth:02d}/{y}"}[style]

    # hard negatives
    def ad_id(self):
        return "m" + str(self.r.randrange(2000000000, 2199999999))

    def order_id(self):
        return f"RP-{self.r.randrange(2024, 2026)}-{self.digits(7)}"

    def ticket(self):
        return f"#{self.r.randrange(4100000, 4999999)}"

    def track_postnl(self):
        return "3S" + "".join(self.ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + self.digits(9)

    def track_dhl(self):
        return "JVGL" + self.digits(16)

    def track_dpd(self):
        return "0" + self.digits(13)

    def pv_nummer(self):
        return f"PL{self.ch(['0900', '1100', '0600', '1300'])}-{self.r.randrange(2024, 2026)}{self.digits(6)}"

    def price(self, lang="nl"):
        e = self.r.randrange(5, 900)
        c = self.ch(["00", "50", "95", "00"])
        return {"nl": f"€ {e},{c}", "en": f"€{e}.{c}", "de": f"{e},{c} €"}[lang]

    def sale_date(self, lang="nl"):
        d, mth = self.r.randrange(1, 29), self.r.randrange(1, 13)
        return {"nl": f"{d}-{mth}-2025", "en": f"{d}/{mth:02d}/2025", "de": f"{d:02d}.{mth:02d}.2025"}[lang]

    def serial(self):
        return "".join(self.ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))

    def txid(self):
        return f"TX{self.digits(4)}-{self.digits(4)}-{self.ch('ABCDEF')}{self.digits(3)}"


def org_sig(lang, staff=None, g=None):
    n = STAFF[staff] if staff else None
    who = f"{P(n[0] + ' ' + n[1])}\n" if n else ""
    if lang == "nl":
        return f"\n\nMet vriendelijke groet,\n{who}Ruilplein Klantenservice\nT 088 730 4400 | WhatsApp 06 1988 4420\nVeerhavenkade 18, 3016 DJ Rotterdam | KvK 74120935"
    if lang == "en":
        return f"\n\nKind regards,\n{who}Ruilplein Support\n+31 88 730 4400 | help@ruilplein.example\nRuilplein B.V., Veerhavenkade 18, 3016 DJ Rotterdam, the Netherlands"
    return f"\n\nMit freundlichen Grüßen\n{who}Ruilplein Kundenservice\nTel. +31 88 730 4400 | kundenservice@ruilplein.example\nRuilplein B.V. · Veerhavenkade 18 · 3016 DJ Rotterdam · USt-IdNr. NL812400008B01"


SCEN = []


def sc(lang, pii):
    def deco(f):
        SCEN.append((lang, pii, f.__name__, f))
        return f
    return deco


# ================================================================ Dutch, with personal data (19)
@sc("nl", True)
def nl_chat_ophalen(g, k):
    s, b = g.person("nl"), g.person(g.ch(["nl", "ma", "tr"]))
    pc, town = g.postcode_nl()
    adr, tel = g.addr_nl(), g.nl_mobile()
    ad = g.ad_id()
    if k == 0:
        return (f"Doorgestuurd chatgesprek advertentie {ad} (Ikea Pax kast 200x58x236, {g.price()})\n\n"
                f"[19:02] {P(b.first)}: hoi is de kast nog beschikbaar? kan morgen ophalen\n"
                f"[19:05] {P(s.first)}: Ja hoor. Adres is {AD(adr)}, {PC(pc)} {town}. Wel zelf demonteren\n"
                f"[19:05] {P(s.first)}: bel even als je er bent {PH(tel)}\n"
                f"[19:40] {P(b.first)}: top, ik kom om 18:30 met een bus\n\n"
                f"Bericht van koper: de verkoper deed niet open en reageert niet meer. Ik ben 45 minuten gereden. "
                f"Kan hier iets mee gedaan worden?\n{P(b.full)}")
    return (f"hoi ruilplein,\r\nik heb een racefiets verkocht (advertentie {ad}, Cube Attain maat 56, bouwjaar 2021) "
            f"en de koper kwam hem ophalen op {AD(adr)} ({PC(pc)}). hij heeft 'betaald' via een screenshot maar er "
            f"staat niks op mijn rekening 😡\r\nzijn nummer: {PH(tel)}\r\nnaam in de chat: {P(b.full.lower())}\r\n"
            f"wat moet ik doen, aangifte?\r\ngr {P(s.first.lower())}")


@sc("nl", True)
def nl_nep_betaalverzoek(g, k):
    v, sc_ = g.person("nl"), g.person(g.ch(["nl", "ma", "xx"]), "m")
    tel = g.nl_mobile() if k == 0 else g.uk_mobile()
    ib = g.iban_nl(g.ch(["BUNQ", "KNAB", "INGB"]))
    ad = g.ad_id()
    if k == 0:
        return (f"Beste Ruilplein,\n\nIk verkoop een kinderwagen (Joolz Day+, advertentie {ad}). Een 'koper' stuurde via "
                f"WhatsApp ({PH(tel)}) een link om 'via Ruilplein Pay' het geld te ontvangen: "
                f"ruilplein-pay-ontvangen.shop/claim?id=88213. Daar moest ik mijn bankgegevens invullen. Ik heb op tijd "
                f"gestopt. Hij noemde zich {P(sc_.full)}.\n\nGroet,\n{P(v.init)}")
    return (f"Melding oplichting\n\nOp mijn advertentie {ad} (PlayStation 5 + 2 controllers, {g.price()}) kreeg ik een "
            f"bericht van een Engels nummer {PH(tel)}. Hij wilde vooraf betalen en stuurde een betaalverzoek van "
            f"€ 0,01 'om mijn rekening te verifiëren'. Daarna moest ik € 49,95 'verzendverzekering' overmaken naar "
            f"{IB(ib)} t.n.v. {P(sc_.init)}. Dat heb ik gelukkig niet gedaan.\nIs dit een bekende truc?\n\n"
            f"{P(v.full)}")


@sc("nl", True)
def nl_niet_ontvangen_iban(g, k):
    b, s = g.person("nl"), g.person(g.ch(["nl", "tr", "be"]), "m")
    ib = g.iban_nl() if s.origin != "be" else g.iban_be()
    track = g.track_postnl()
    ad, od = g.ad_id(), g.sale_date()
    bank = P(s.full.upper()) if k == 0 else P(s.init)
    return (f"Onderwerp: artikel niet ontvangen - advertentie {ad}\n\nGoedemiddag,\n\nOp {od} heb ik een Nintendo Switch OLED "
            f"gekocht voor {g.price()}. Ik heb het bedrag overgemaakt naar {IB(ib.replace(' ', chr(160)))}, in mijn bank-app stond als naam "
            f"{bank}. De verkoper stuurde trackingcode {track} maar PostNL kent die code niet. Sinds een week "
            f"reageert hij niet meer.\n\nKunnen jullie zijn account blokkeren? Screenshots zitten in de bijlage.\n\n"
            f"Vriendelijke groet,\n{P(b.full)}\n{PH(g.nl_mobile())}")


@sc("nl", True)
def nl_id_foto_gevraagd(g, k):
    p = g.person(g.ch(["nl", "ma", "tr"]))
    if k == 0:
        doc = g.passport_nl()
        return (f"Hallo,\n\nEen koper van mijn bank vroeg om een foto van mijn paspoort 'voor de veiligheid van de "
                f"betaling'. Ik heb hem helaas het nummer gestuurd: {ID(doc)}, en op de foto stond ook mijn geboortedatum "
                f"({DOB(g.dob('nl'))}). Daarna vroeg hij ook om mijn BSN, toen "
                f"werd ik wantrouwig. Moet ik mijn paspoort nu laten blokkeren?\n\nAdvertentie {g.ad_id()}, "
                f"koper heet op Ruilplein 'meubelfan_1988'.\n\nMvg {P(p.full)}")
    bsn = g.bsn(g.ch([0, 1, 2]))
    return (f"Ik heb een grote fout gemaakt. De 'koper' van mijn tafel (advertentie {g.ad_id()}) zei dat Ruilplein Pay "
            f"mijn identiteit moest controleren. Ik heb een foto van mijn ID-kaart gestuurd, nummer {ID(g.idcard_nl())}, "
            f"en mijn bsn {BS(bsn)}. Wat moet ik nu doen?? Ik heb al aangifte gedaan, nummer {g.pv_nummer()}.\n"
            f"{P(p.first)} ({PH(g.nl_mobile())})")


@sc("nl", True)
def nl_verificatie_te_veel(g, k):
    p = g.person("nl")
    pc, town = g.postcode_nl()
    if k == 0:
        return (f"Verificatie account\n\nNaam: {P(p.full)}\nGeboortedatum: {DOB(g.dob('nl'))}\nAdres: {AD(g.addr_nl())}, "
                f"{PC(pc)} {town}\nTelefoon: {PH(g.nl_mobile())}\nDocumentnummer rijbewijs/paspoort: {ID(g.passport_nl())}\n\n"
                f"Ik kan geen advertenties meer plaatsen sinds de update. Hierbij al mijn gegevens zodat jullie kunnen "
                f"checken dat ik het echt ben.")
    return (f"Goedemorgen, jullie app zegt 'verifieer je telefoonnummer' maar ik krijg geen sms. Mijn nummer is "
            f"{PH(g.nl_mobile())}, geboren op {DOB(g.dob('nl2'))}, e-mailadres {E(g.email(p))}. Ik woon op "
            f"{AD(g.addr_nl())} in {town}. Mijn accountnaam is tuinspullen_{g.r.randrange(10, 99)}.\n\nAlvast bedankt, "
            f"{P(p.first)}")


@sc("nl", True)
def nl_aangifte_politie(g, k):
    v, sc_ = g.person("nl"), g.person(g.ch(["nl", "ma", "tr"]))
    ib = g.iban_nl()
    pv = g.pv_nummer()
    return (f"Geachte heer/mevrouw,\n\nIk heb aangifte gedaan van oplichting (proces-verbaalnummer {pv}). Ik heb "
            f"€ {g.r.randrange(150, 900)},00 betaald voor een iPhone 15 Pro 256 GB (advertentie {g.ad_id()}) aan "
            f"{IB(ib)} ten name van {P(sc_.full)}. De verkoper gebruikte telefoonnummer {PH(g.nl_mobile())}. "
            f"De politie vraagt of Ruilplein de gegevens van het account wil bewaren voor het onderzoek. "
            f"Mag ik het ordernummer {g.order_id()} doorgeven aan de wijkagent?\n\n"
            + ("Met vriendelijke groet,\n\n" if k == 0 else "Groeten,\n") + f"{P(v.init if k == 0 else v.full)}")


@sc("nl", True)
def nl_notitie_mule(g, k):
    a, b, c = g.person("nl"), g.person("ma"), g.person("tr")
    th = STAFF["thijs"]
    return (f"INTERNE NOTITIE T&S - cluster {g.r.randrange(100, 999)}\n"
            f"Drie verkopersaccounts (aangemaakt binnen 2 uur, zelfde device-id d7f3-{g.digits(4)}) laten kopers "
            f"betalen naar dezelfde rekeningen:\n"
            f"- {IB(g.iban_nl('BUNQ', True))} t.n.v. {P(a.init)}\n"
            f"- {IB(g.iban_nl('KNAB', False))} t.n.v. {P(b.full.upper())}\n"
            f"- {IB(g.iban_lt(True))} (Revolut) t.n.v. {P(c.full)}\n"
            f"Login-IP's: {IP(g.ipv4())}, {IP(g.ipv4())} (VPN-exit), intern 10.12.4.{g.r.randrange(2, 250)}.\n"
            f"Actie: alle drie geblokkeerd, {g.r.randrange(6, 30)} advertenties offline, melding banken via FraudeHelpdesk.\n"
            + (f"/{P(th[0].lower())}" if k == 0 else f"— {P(th[0])}"))


@sc("nl", True)
def nl_bezorgadres_fout(g, k):
    p = g.person(g.ch(["nl", "tr", "ma"]))
    pc, town = g.postcode_nl()
    pc2, _ = g.postcode_nl((int(pc[:4]), int(pc[:4]), town))
    track = g.track_postnl()
    return (f"Hoi! Ik heb via Ruilplein Verzendservice een lamp gekocht (order {g.order_id()}) maar mijn oude adres staat "
            f"er nog in. Het pakket ({track}) moet naar {AD(g.addr_nl())}, {PC(pc2)} {town} en NIET naar "
            f"{AD(g.addr_nl())}. Kan dat nog aangepast worden? 🙏\n\n{P(p.full if k else p.first)}" + ("\nVerstuurd vanaf mijn iPhone" if k == 0 else ""))


@sc("nl", True)
def nl_review_klacht(g, k):
    s, b = g.person("nl"), g.person("nl")
    nadia = STAFF["nadia"]
    if k == 0:
        return (f"Ticket {g.ticket()} - bezwaar tegen beoordeling\n\n"
                f"Geachte Ruilplein,\nKoper {P(b.full)} heeft mij 1 ster gegeven met de tekst 'verkoper {P(s.first)} is een "
                f"oplichter, bank was vies'. De bank (3-zits, 210x90 cm, {g.price()}) was precies zoals op de foto's. "
                f"Ik wil dat deze beoordeling verwijderd wordt.\n{P(s.full)}\n\n"
                f"> Op {g.sale_date()} schreef {P(nadia[0])} van Ruilplein Klantenservice:\n> We hebben je melding ontvangen "
                f"en bekijken de beoordeling binnen 3 werkdagen.")
    return (f"Beoordeling bij advertentie {g.ad_id()} (★☆☆☆☆): \"{P(s.first.lower())} kwam 2 uur te laat en de "
            f"wasmachine lekt. Nooit meer.\"\n\nReactie verkoper: dat klopt niet, ik heb een filmpje van de machine "
            f"draaiend op {g.sale_date()}. Graag verwijderen.\n\nbeoordeling blijft staan, valt binnen de richtlijnen "
            f"– {P(nadia[0])}")


@sc("nl", True)
def nl_auto_advertentie(g, k):
    s, b = g.person("nl", "m"), g.person("nl")
    kt = g.kenteken()
    return (f"Klacht over advertentie {g.ad_id()}: 'VW Polo 1.0 TSI, bouwjaar 2018, 84.000 km, APK tot 03-2026, "
            f"€ {g.r.randrange(6, 14)}.{g.r.randrange(100, 999)}'\n\nIk heb deze auto (kenteken {KT(kt)}) gekocht van {P(s.full)}. Volgens de NAP-check "
            f"stond hij bij de laatste APK al op 131.000 km. De verkoper neemt niet meer op ({PH(g.nl_mobile())}). "
            f"Kunnen jullie de advertentie en het account controleren?\n\n"
            + ("m.v.g.\n" if k == 0 else "groetjes, ") + f"{P(b.first)}")


@sc("nl", True)
def nl_kaart_phishing(g, k):
    p = g.person("nl")
    card = g.card(g.ch(["visa", "mc"]), g.ch([0, 1, 2]))
    if k == 0:
        return (f"URGENT\n\nIk kreeg een link 'Ruilplein Pay: ontvang uw geld' en heb daar mijn creditcard ingevuld: "
                f"{CC(card)}. Daarna kwam er een sms-code van mijn bank voor een betaling van € {g.r.randrange(200, 999)},"
                f"{g.r.randrange(10, 99)} aan 'RPAY SERVICES'. Ik heb de kaart laten blokkeren. Hoe kan ik dit bij jullie melden?\n"
                f"Advertentie {g.ad_id()}.\n\n{P(p.full)}\n{E(g.email(p))}")
    return (f"Goedenavond, op de nep-betaalpagina moest ik naast mijn kaartnummer ({CC(card)}) ook mijn "
            f"geboortedatum {DOB(g.dob('nl'))} en mijn adres invullen. Ik woon op {AD(g.addr_nl())}. Moet ik nu ook "
            f"bang zijn voor identiteitsfraude? Advertentie {g.ad_id()}, bedrag {g.price()}.\n\nMvg {P(p.init)}")


@sc("nl", True)
def nl_bsn_gevraagd(g, k):
    p = g.person(g.ch(["nl", "ma"]))
    bsn = g.bsn(g.ch([0, 1, 3]))
    extra = f"ik: {CC(g.card('mc', 1))}\nkoper: en de 3 cijfers achterop\nik: nee\n" if k else ""
    return (f"[chat-export, klant plakte gesprek]\n"
            f"koper: voor de verzending met ruilplein heb ik je burgerservicenummer nodig\n"
            f"ik: waarom?\nkoper: anders kan de koerier niet leveren, is wet\nik: {BS(bsn)}\n"
            f"koper: dank u, nu nog foto van bankpas\n{extra}\n"
            f"--- klant: Ik vertrouw het niet meer. Heb ik iets doms gedaan? Mijn naam is {P(p.full)}.")


@sc("nl", True)
def nl_doorgestuurd_engels(g, k):
    s, b = g.person("nl"), g.person("en")
    if k == 0:
        return (f"Hallo, zie onderstaande mail van de koper. Hij wil dat ik het geld terugstort, maar hij heeft de "
                f"camera (Fujifilm X-T30, serienummer {g.serial()}) gewoon opgehaald en getest. Wat is het beleid?\n"
                f"{P(s.first)}\n\n---------- Doorgestuurd bericht ---------\nVan: {P(b.full)} <{E(g.email(b, 'en'))}>\n"
                f"Datum: {g.sale_date()}\nOnderwerp: Re: camera\n\n> Hi {P(s.first)}, the camera has a dead pixel. Please refund "
                f"the {g.price('en')} to {IB(g.iban_gb(True))}, otherwise I will report you.\n> {P(b.first)}")
    return (f"Kunnen jullie helpen? Een Engelse koper stuurde dit na het ophalen van mijn tv (LG OLED55C3, 55 inch):\n\n"
            f"> I changed my mind, please send the money back to my Monzo {IB(g.iban_gb(False))}. My wife "
            f"{P(g.person('en', 'f').full)} will call you from {PH(g.uk_mobile())}.\n\nIk heb de tv niet terug. "
            f"Groet, {P(s.full)}")


@sc("nl", True)
def nl_social_dm(g, k):
    p = g.person(g.ch(["nl", "ma"]))
    pc, _ = g.postcode_nl(compact=True)
    if k == 0:
        return (f"@RuilpleinNL al 2 weken wacht ik op mijn pakket!! order {g.order_id()} 😤 jullie reageren nergens op. "
                f"postcode {PC(pc)} nr {g.hnr(0)} als jullie het willen checken #ruilplein #klantenservice\n"
                f"— {P(p.first.lower())}")
    return (f"DM aan @ruilplein_help:\nhoi, ik ben {P(p.first.lower())} 👋 de koper wil mijn stoel laten ophalen door een "
            f"'koerier'. moet ik mijn adres ({AD(g.addr_nl())}) echt geven? en is 06 1988 4420 jullie echte whatsapp?")


@sc("nl", True)
def nl_zakelijk(g, k):
    p = g.person("nl")
    kv = g.kvk()
    if k == 0:
        return (f"Aanvraag zakelijk verkopersaccount\n\nBedrijfsnaam: Lampenhuis Oude Glorie (eenmanszaak)\n"
                f"Contactpersoon: {P(p.full)}\nKvK-nummer: {KVK(kv)}\nBtw-id: {BTW(g.btw())}\n"
                f"Telefoon: {PH(g.nl_land())}\n\nWij verkopen gerestaureerde lampen en stoelen. Graag facturen per "
                f"maand op rekening {IB(g.iban_nl())}.")
    return (f"Hallo, ik heb als eenmanszaak een factuur van jullie gekregen (factuurnummer RP-F-{g.digits(8)}) maar "
            f"daar staat nog mijn oude omzetbelastingnummer op: {BS(g.ob_nummer())}. Mijn nieuwe btw-id is "
            f"{BTW(g.btw())}, KvK {KVK(kv)}. Kunnen jullie de factuur aanpassen?\n{P(p.full)}")


@sc("nl", True)
def nl_account_overgenomen(g, k):
    p = g.person("nl")
    ip1, ip2 = g.ipv4(), (g.ipv6() if k else g.ipv4())
    return (f"Mijn account is overgenomen!! Ik kreeg een mail 'nieuwe login vanaf {IP(ip2)} (Lagos, Nigeria)'. Ik log "
            f"zelf altijd in vanaf thuis, mijn ip is {IP(ip1)} volgens de instellingen van mijn router (lokaal "
            f"192.168.178.{g.r.randrange(2, 60)}). Er staan nu 14 advertenties voor iPhones op mijn naam. Mijn e-mail "
            f"is veranderd in een adres dat ik niet ken. Oude mailadres: {E(g.email(p))}.\n\n{P(p.full)}")


@sc("nl", True)
def nl_belgische_koper(g, k):
    p = g.person("be")
    pcb, town = g.ch(BE_TOWNS)
    if k == 0:
        return (f"Dag Ruilplein,\n\nIk woon in België en heb een eettafel gekocht bij een verkoper in Breda (advertentie "
                f"{g.ad_id()}). Hij wil hem laten leveren via jullie verzendservice maar het formulier aanvaardt mijn "
                f"adres niet: {AD(g.addr_be())}, {PC(pcb)} {town}. Mijn gsm: {PH(g.be_mobile())}. Terugbetaling mag op "
                f"{IB(g.iban_be())} als het niet lukt.\n\nMet vriendelijke groeten,\n{P(p.full)}")
    return (f"goeiemiddag, de verkoper uit Tilburg vraagt mij om eerst een voorschot van 50 euro te storten op zijn "
            f"rekening {IB(g.iban_nl())}. Is dat normaal bij jullie? Ik ben van {town}. Bel mij gerust op "
            f"{PH(g.be_mobile())}.\nvriendelijke groeten, {P(p.first)}")


@sc("nl", True)
def nl_terugbetaling(g, k):
    p = g.person(g.ch(["nl", "tr", "ma"]))
    return (f"Beste {P(STAFF['nadia'][0])},\n\nBedankt voor je hulp gisteren. Zoals besproken: de koperbescherming mag "
            f"terugbetaald worden op {IB(g.iban_nl(spaced=bool(k)))} t.n.v. {P(p.init)}. Transactie {g.txid()}, bedrag "
            f"{g.price()}.\n\nGroetjes,\n{P(p.first)}\n\n"
            f"Op {g.sale_date()} om 16:2{k} schreef Ruilplein Klantenservice <help@ruilplein.example>:\n"
            f"> Wij storten het bedrag binnen 5 werkdagen terug. Je hoeft niets naar NL06 INGB 0006 8241 53 over te maken.")


@sc("nl", True)
def nl_intimidatie(g, k):
    v, d = g.person("nl", "f"), g.person("nl", "m")
    pc, town = g.postcode_nl()
    return (f"Ik word lastiggevallen door een koper ({P(d.full)}) nadat ik een verkoop heb afgezegd. Hij stuurt "
            f"berichten vanaf {PH(g.nl_mobile())} en zegt dat hij weet waar ik woon ({AD(g.addr_nl())}, {PC(pc)}). "
            + ("Ik heb hem geblokkeerd in de chat maar hij maakt steeds nieuwe accounts aan. Wat kunnen jullie doen?"
               if k == 0 else "Vandaag stond hij zelfs voor de deur. Ik ben echt bang.")
            + f"\n\n{P(v.first)}\n\nNotitie {P(STAFF['femke'][0])}: accounts geblokkeerd, klant doorverwezen naar politie.")


# ================================================================ Dutch, without personal data (11)
@sc("nl", False)
def nl_advertentie_bank(g, k):
    if k == 0:
        return (f"Melding advertentie {g.ad_id()} - mogelijk misleidend\n\nGeciteerde advertentietekst:\n"
                f"\"Hoekbank Milano, 3-zits + chaise longue, 280x160 cm, zithoogte 45 cm, bouwjaar 2022. Nieuwprijs "
                f"€ 1.899, nu {g.price()}. Ophalen in Zwolle, geen verzending. Afmetingen matras bedbank 200x90.\"\n\n"
                f"De foto's komen van de website van de fabrikant. Volgens mij bestaat deze bank niet.")
    return (f"Advertentie {g.ad_id()}: \"Boxspring 2-persoons 160x200, hoofdbord 120 cm hoog, 7-zone pocketvering, "
            f"gekocht op {g.sale_date()} voor € 1.249,-. Vraagprijs {g.price()}. Alleen ophalen, 2e verdieping zonder lift.\" "
            f"\nWaarom is deze advertentie afgekeurd? Er staan geen contactgegevens in.")


@sc("nl", False)
def nl_tracking_geschil(g, k):
    return (f"Order {g.order_id()}: de verkoper heeft het pakket volgens PostNL op {g.sale_date()} afgeleverd "
            f"(barcode {g.track_postnl()}), maar ik heb niets ontvangen. Bij de buren ook niet. Het ging om een "
            f"Dyson V11 (serienummer {g.serial()}) van {g.price()}. Kan de koperbescherming dit dekken? "
            + ("Ik heb al een onderzoek aangevraagd bij PostNL (referentie NL" + g.digits(10) + ")." if k == 0
               else f"DHL zegt bij een tweede zending {g.track_dhl()} ook 'afgeleverd bij buren'."))


@sc("nl", False)
def nl_notificatie_geplaatst(g, k):
    return (f"Je advertentie staat online! 🎉\n\nTitel: {g.ch(['Gazelle Orange C7 damesfiets 53 cm', 'Weber Spirit E-310 bbq', 'LEGO Technic 42115 compleet'])}\n"
            f"Advertentienummer: {g.ad_id()}\nPrijs: {g.price()}\nGeplaatst op: {g.sale_date()} om 09:{g.r.randrange(10, 59)}\n"
            f"Looptijd: 30 dagen. Wil je meer bekijks? Zet je advertentie bovenaan voor € 2,99.\n\n"
            f"Betaal nooit vooraf aan onbekenden en deel nooit je inloggegevens.\nRuilplein B.V. | Postbus 21300, 3001 AH "
            f"Rotterdam | KvK 74120935 | btw NL812400008B01"
            + ("\r\nDit is een automatisch bericht." if k else ""))


@sc("nl", False)
def nl_telefoon_imei(g, k):
    return (f"Ik heb een iPhone 14 Pro 256 GB gekocht (advertentie {g.ad_id()}, {g.price()}), maar het IMEI-nummer "
            f"{g.imei()} staat als gestolen geregistreerd bij de provider. De verkoper zei dat het toestel uit 2023 is "
            f"en nog garantie heeft tot {g.sale_date()}. Serienummer: {g.serial()}. Accu 89%. Wat nu?"
            + (" Ik heb hem met Ruilplein Pay betaald, transactie " + g.txid() + "." if k else ""))


@sc("nl", False)
def nl_moderatie_notitie(g, k):
    return (f"[moderatie] advertenties {g.ad_id()}, {g.ad_id()} en {g.ad_id()} verwijderd: verboden categorie "
            f"({g.ch(['vuurwerk', 'namaak merkkleding', 'medicijnen'])}). Account gewaarschuwd (waarschuwing 2/3). "
            f"Ticket {g.ticket()} gesloten. Regelset v{g.r.randrange(3, 9)}.{g.r.randrange(0, 20)}.{g.r.randrange(0, 9)}, "
            f"score 0.{g.digits(2)}." + (" Geen contact met gebruiker nodig." if k else " Zie ook order " + g.order_id() + "."))


@sc("nl", False)
def nl_phishing_sms(g, k):
    return (f"Kreeg deze sms van afzender 'Ruilplein':\n\"Uw koper heeft betaald. Bevestig binnen 24 uur uw "
            f"rekening via https://ruilplein-betaling.{g.ch(['top', 'info', 'online'])}/r/{g.digits(6)} anders vervalt de "
            f"betaling.\"\nIs dit echt van jullie? Ik heb advertentie {g.ad_id()} (kinderfiets 20 inch, {g.price()})."
            + ("\nVerzonden vanaf mijn Galaxy" if k else " Ik heb niet geklikt."))


@sc("nl", False)
def nl_factuur_vraag(g, k):
    fact = g.bsn(0)
    return (f"Goedendag, ik heb factuurnummer {fact} ontvangen voor 'Topadvertentie 7 dagen' (€ 4,99) maar die heb "
            f"ik nooit besteld. Moet ik echt betalen naar NL43 RABO 0318 8400 27? Het betalingskenmerk is "
            f"7{g.digits(3)} {g.digits(4)} {g.digits(4)} {g.digits(4)}."
            + (" Of kan het via de app met iDEAL?" if k else " Ik bel anders wel naar 088 730 4400."))


@sc("nl", False)
def nl_aangifte_ref(g, k):
    return (f"Aangifte is gedaan via politie.nl, proces-verbaalnummer {g.pv_nummer()}. De 'verkoper' van de "
            f"{g.ch(['Rolex Submariner', 'Canon R6', 'MacBook Air M2 512 GB'])} heeft na betaling zijn account "
            f"verwijderd. Advertentie was {g.ad_id()}, datum aankoop {g.sale_date()}. Kunnen jullie de gegevens "
            f"aan de politie geven als zij daarom vragen?" + (" Fraudehelpdesk referentie FHD-" + g.digits(6) + "." if k else ""))


@sc("nl", False)
def nl_social_post(g, k):
    return (f"Weer een nepkoper op #ruilplein die om een 'verificatiebetaling van 1 cent' vraagt 🙄 @RuilpleinNL doe er "
            f"eens wat aan. Advertentie {g.ad_id()} #oplichting #tikkiefraude"
            + (" cc @fraudehelpdesk" if k else " RT als je dit ook hebt meegemaakt"))


@sc("nl", False)
def nl_productcode(g, k):
    code = g.ch(["HG", "KX", "TL"]) + "-" + str(g.r.randrange(100, 999)) + "-" + g.ch("BDFJ")
    return (f"Vraag over advertentie {g.ad_id()}: is dit onderdeel ({code}, filterhouder voor Philips afzuigkap "
            f"type {g.r.randrange(100, 999)}x{g.r.randrange(30, 60)}) compatibel met model {g.ch(['HR-2', 'PX-7'])}? "
            f"De verkoper weet het niet. Prijs {g.price()}, staat sinds {g.sale_date()} online."
            + (" Gewicht 1,2 kg, 45 x 30 x 12 cm." if k else ""))


@sc("nl", False)
def nl_autoreply(g, k):
    return (f"Automatisch antwoord - ticket {g.ticket()}\n\nBedankt voor je bericht aan Ruilplein Klantenservice. Wij "
            f"reageren binnen 2 werkdagen. Gaat het om oplichting die nu bezig is? Bel dan 0800 0277 (gratis, "
            f"24/7) of app ons via 06-19884420. Betalingen aan Ruilplein Pay gaan alleen naar NL06INGB0006824153.\n"
            f"Post: Postbus 21300, 3001 AH Rotterdam." + ("\r\nBezoek: Veerhavenkade 18, 3016 DJ Rotterdam" if k else ""))


# ================================================================ English, with personal data (16)
@sc("en", True)
def en_chat_pickup(g, k):
    b, s = g.person(g.ch(["en", "xx"])), g.person("nl", "f")
    pc, town = g.postcode_nl()
    return (f"Hi, forwarding my chat with the seller of ad {g.ad_id()} (Billy bookcase 80x28x202, {g.price('en')}):\n\n"
            f"{P(s.first)} 14:11 - Hello! Yes still available. Pick-up only at {AD(g.addr_nl())}, {PC(pc)} {town}\n"
            f"Me 14:13 - great, can I come Saturday?\n{P(s.first)} 14:20 - ok, text me when you leave {PH(g.nl_mobile())}\n\n"
            f"When I arrived the bookcase was broken in three places and she still wanted the full amount. I paid "
            f"through Ruilplein Pay (transaction {g.txid()}). Can I get a refund?\n\n" +
            ("Thanks,\n" if k == 0 else "Cheers\n") + f"{P(b.full)}")


@sc("en", True)
def en_courier_scam(g, k):
    v, sc_ = g.person("en"), g.person(g.ch(["en", "xx"]), "m")
    return (f"Hello Ruilplein team,\n\nA buyer for my {g.ch(['Vitra chair', 'Bugaboo Fox', 'Sonos Arc'])} (ad {g.ad_id()}) "
            f"said he lives in the UK and will send a courier. He gave me the number {PH(g.uk_mobile())} and signed as "
            f"'{P(sc_.full)}'. Then I got an e-mail from '{E('ruilplein-delivery@protonmail-secure.net')}' — wait, that is "
            f"not even your domain. It asks me to pay a €35 'insurance fee' through a link. I assume it's a scam? "
            f"\n\nBest,\n{P(v.full if k else v.first)}")


@sc("en", True)
def en_mule_name_mismatch(g, k):
    b, s, h = g.person("en"), g.person("nl", "m"), g.person(g.ch(["nl", "ma", "tr"]), "f")
    ib = g.iban_nl(spaced=bool(k))
    return (f"I bought a PS5 from a seller called {P(s.first)} (ad {g.ad_id()}). He asked me to pay by bank "
            f"transfer to {IB(ib)}. My ING app said the name did not match: the account belongs to "
            f"'{P(h.init)}'. He said it was his girlfriend's account. I paid {g.price('en')} and he disappeared. "
            f"Tracking number he sent: {g.track_dhl()} — does not exist.\n\n{P(b.full)}\n{E(g.email(b, 'en'))}")


@sc("en", True)
def en_passport_sent(g, k):
    p = g.person(g.ch(["en", "xx"]))
    if k == 0:
        doc = g.digits(9)
        return (f"Dear support,\n\nThe 'buyer' of my bike asked for a photo of my passport to 'verify I am the owner'. "
                f"Stupidly I sent it. It's a UK passport, number {ID(doc)}, date of birth {DOB(g.dob('en'))} printed right under it. Should I report this somewhere? He goes by "
                f"the username bikehunter_{g.r.randrange(10, 99)} on your site.\n\nKind regards,\n{P(p.full)}")
    return (f"hi, someone on ruilplein asked me to upload my residence permit before he would pay. the card number "
            f"was {ID('III-V' + ''.join(g.ch('ABCDEFGHJKLMNPRSTUVWXYZ123456789') for _ in range(8)))}. i realise "
            f"now that was a mistake. can you delete his account? ad {g.ad_id()}\n- {P(p.first.lower())}")


@sc("en", True)
def en_verification_dob(g, k):
    p = g.person("en")
    pc, town = g.postcode_nl()
    return (f"Subject: Account verification failed\n\nHello,\nYour app keeps rejecting my ID check. Here are my details "
            f"so you can do it manually:\nName: {P(p.full)}\nDate of birth: {DOB(g.dob(g.ch(['en', 'us', 'slash'])))}\n"
            f"Address: {AD(g.addr_nl())}, {PC(pc)} {town}\nPhone: {PH(g.nl_mobile())}\n"
            + (f"BSN (citizen service number): {BS(g.bsn(g.ch([0, 2])))}\n\nI moved here from Dublin last year." if k else "\nThanks in advance."))


@sc("en", True)
def en_harassment(g, k):
    v, d = g.person("en", "f"), g.person(g.ch(["nl", "en"]), "m")
    return (f"I cancelled a sale because the buyer was rude, and now {P(d.full)} keeps calling me from "
            f"{PH(g.nl_mobile())} and {PH(g.nl_mobile())}. He left a review calling me a liar. He also posted my "
            f"first name and street in the review. Please remove it and block him.\n\n{P(v.first)}"
            + ("\n\nSent from Outlook for iOS" if k else ""))


@sc("en", True)
def en_account_takeover(g, k):
    p = g.person(g.ch(["en", "xx"]))
    return (f"Someone logged into my account from {IP(g.ipv6() if k else g.ipv4())} (your security mail says "
            f"'Bucharest, Chrome 131.0.6778.86') and changed my payout IBAN. My own home IP is {IP(g.ipv4())}. "
            f"My payout account should be {IB(g.iban_nl())}. Please reverse the change before my next sale pays out.\n\n"
            f"{P(p.full)}")


@sc("en", True)
def en_card_typed(g, k):
    p = g.person("en")
    return (f"I feel so stupid. A buyer sent me a 'Ruilplein Pay' link to receive my money and it asked for my card. "
            f"I typed {CC(g.card('amex' if k else 'visa', 1))} and the expiry date"
            + (f", and even my date of birth ({DOB(g.dob('us'))})." if k else ".") + f" Then I saw a charge of €612 in my app. "
            f"Card is blocked now. Is there anything Ruilplein can do?\n\nRegards,\n{P(p.full)}")


@sc("en", True)
def en_review(g, k):
    b, s = g.person("en", "m"), g.person("nl")
    if k == 0:
        return (f"Review posted on {g.sale_date('en')} for ad {g.ad_id()}:\n★★☆☆☆ \"{P(s.first)} was friendly but the "
                f"dresser had a big scratch that wasn't in the photos.\" — {P(b.first)}\n\nSeller's reply to support: "
                f"I want this removed, the buyer saw the scratch when he picked it up and agreed on {g.price('en')}.")
    return (f"Hi {P(STAFF['callum'][0])}, thanks for removing the fake review. For the record, the reviewer "
            f"'{P(b.full)}' never bought anything from me, he just wanted my phone number. Ad {g.ad_id()} is still "
            f"live at {g.price('en')}.\n\nBest, {P(s.first)}")


@sc("en", True)
def en_forwarded_dutch(g, k):
    b, s = g.person("en"), g.person("nl")
    head = (f"-----Original Message-----\nFrom: {P(s.full)} <{E(g.email(s))}>\nSent: {g.sale_date('en')} 21:14\n\n"
            if k == 0 else f"On {g.sale_date('en')} at 21:14, {P(s.full)} wrote:\n> ")
    return (f"Can someone translate/explain this? The seller wrote this after I paid:\n\n{head}"
            f"Hoi, ik heb het geld nog niet gezien. Wil je het nog een keer overmaken naar {IB(g.iban_nl(spaced=True))}? "
            f"Anders gaat de koop niet door.\n" + ("" if k == 0 else "> ") + f"Groet {P(s.first)}\n\n---\n"
            f"I already paid via Ruilplein Pay! {P(b.first)}")


@sc("en", True)
def en_lowercase_sig(g, k):
    p = g.person(g.ch(["en", "xx"]))
    meet = "albert heijn parking lot lol" if k == 0 else "the station, platform 2"
    return (f"hey so the seller never showed up at the meeting point ({meet}) and now wants me to "
            f"pay a deposit first. not doing that. can you check ad {g.ad_id()}? you can reach me at "
            f"{E(g.email(p, 'en'))} or {PH(g.nl_mobile())}\n\nthanks\n{P(p.first.lower() + ' ' + p.last.lower())}")


@sc("en", True)
def en_uk_delivery(g, k):
    p = g.person("en")
    pc, town = g.pc_uk()
    if k == 0:
        return (f"Hi there, I'm moving back to the UK and sold my cargo bike (ad {g.ad_id()}) to a buyer in {town}. Can "
                f"Ruilplein Verzendservice ship internationally? Delivery address: {AD(g.addr_uk())}, {town} {PC(pc)}. "
                f"Buyer's phone {PH(g.uk_mobile())}. Dimensions 240x65x110 cm, 42 kg.\n\nMany thanks,\n{P(p.full)}")
    pcn, tn = g.postcode_nl()
    return (f"Change of address please: I moved from {AD(g.addr_nl())} ({PC(pcn)} {tn}) to {AD('Flat ' + str(g.r.randrange(1, 9)) + ', ' + g.addr_uk())}, "
            f"{town} {PC(pc)}. Two parcels (orders {g.order_id()} and {g.order_id()}) are still on their way.\n— {P(p.first)}")


@sc("en", True)
def en_belgian_seller(g, k):
    b, s = g.person(g.ch(["en", "xx"])), g.person("be", "m")
    pcb, town = g.ch(BE_TOWNS)
    return (f"The seller lives in {town}, Belgium. He gave me his gsm {PH(g.be_mobile())} and wants me to transfer "
            f"{g.price('en')} to {IB(g.iban_be(bool(k)))} in the name of {P(s.full)}. Is it safe to pay outside Ruilplein Pay? "
            + (f"His address for pick-up is {AD(g.addr_be())}, {PC(pcb)} {town}." if k == 0 else
               "He says he's a registered business but wouldn't give me a VAT number.") + f"\n{P(b.first)}")


@sc("en", True)
def en_moderator_note(g, k):
    a = g.person(g.ch(["en", "nl"]))
    cr = STAFF["callum"]
    if k == 0:
        return (f"Moderator note (International desk)\nUser {P(a.full)} reported seller account #{g.digits(7)} for asking "
                f"buyers to pay via gift cards. Seller's last logins: {IP(g.ipv4())}, {IP(g.ipv4())}. Chat shows seller "
                f"asked for the buyer's address ({AD(g.addr_nl())}) before any payment. Account suspended pending review.\n"
                f"logged by {P(cr[0] + ' ' + cr[1])}")
    return (f"Business seller check — account #{g.digits(7)}\nClaims: 'Second Life Bikes', owner {P(a.full)}, "
            f"Chamber of Commerce {KVK(g.kvk())}, VAT ID {BTW(g.btw())}. KvK extract matches, VAT valid in VIES. "
            f"Approved for Pro listings (limit 250 ads). — {P(cr[0])}")


@sc("en", True)
def en_social_dm(g, k):
    p = g.person(g.ch(["en", "xx"]))
    pc, _ = g.postcode_nl()
    if k == 0:
        return (f"@RuilpleinNL your 'Verzendservice' lost my parcel 📦 order {g.order_id()}. tracking {g.track_postnl()} "
                f"says delivered but nothing at {PC(pc)}. DM me please #ruilplein #lostparcel 😩 {P(p.first.lower())}")
    return (f"DM to @ruilplein_help: Hi! It's {P(p.full)}. Your bot keeps asking for my phone number but won't accept "
            f"a UK one ({PH(g.uk_mobile())}). I live in NL now, postcode {PC(pc)}. Help? 🙏")


@sc("en", True)
def en_police_report(g, k):
    v, sc_ = g.person("en"), g.person("de", "m")
    return (f"Dear Ruilplein,\n\nI filed a police report (reference {g.pv_nummer()}) after paying {g.price('en')} for a "
            f"{'camera lens' if k == 0 else 'pair of AirPods Pro 2'} that never arrived. The seller said his name was "
            f"{P(sc_.full)} and asked me to pay to a German account: {IB(g.iban_de(True))}. The police asked me to "
            f"request the seller's account details from you officially. Who should they contact?\n\nYours sincerely,\n"
            f"{P(v.full)}\n{PH(g.nl_mobile(2).replace(' ', chr(160)))}")


# ================================================================ English, without personal data (9)
@sc("en", False)
def en_ad_quote(g, k):
    return (f"Reporting ad {g.ad_id()} as suspicious:\n\"MacBook Pro 14 M3, 18 GB / 512 GB, 2023, AppleCare until "
            f"{g.sale_date('en')}, {g.price('en')}. Only bank transfer, I'm abroad and will ship with DHL.\"\n"
            f"Price is way too low for this model." + (" Photos are from a Swedish listing." if k else ""))


@sc("en", False)
def en_tracking(g, k):
    return (f"Order {g.order_id()}: DPD tracking {g.track_dpd()} has been stuck at 'in transit' since "
            f"{g.sale_date('en')}. The seller says it's not his problem. Item: Garmin Edge 840, serial {g.serial()}, "
            f"{g.price('en')}." + (" Can you open a buyer protection claim?" if k else " What are my options?"))


@sc("en", False)
def en_notification_sold(g, k):
    return (f"Good news — your item has been sold!\n\nItem: {g.ch(['Fjällräven Kånken 16L', 'Nespresso Vertuo', 'Stokke Tripp Trapp'])}\n"
            f"Ad: {g.ad_id()}\nPrice: {g.price('en')}\nPayout to: NL** **** **** **{g.digits(2)} {g.digits(2)} "
            f"within 2 working days\nTransaction: {g.txid()}\n\nRuilplein Pay · help@ruilplein.example"
            + ("\r\nYou received this e-mail because you have a Ruilplein account." if k else ""))


@sc("en", False)
def en_imei(g, k):
    return (f"Before I buy a used Pixel 8 (128 GB, bought {g.sale_date('en')}), how can I check the IMEI "
            f"{g.imei()} is not blacklisted? The seller also sent a box photo with serial {g.serial()}."
            + (" Asking price is " + g.price('en') + "." if k else ""))


@sc("en", False)
def en_fees(g, k):
    return (f"Why was I charged €{g.r.randrange(2, 9)}.{g.digits(2)} on invoice RP-F-{g.digits(8)}? I only used the "
            f"free listing. Your invoice says to pay to NL43 RABO 0318 8400 27 (BIC RABONL2U) within 14 days. "
            + ("I'll call +31 88 730 4400 tomorrow." if k else "Please explain."))


@sc("en", False)
def en_social_complaint(g, k):
    return (f"3rd scam message this week on #ruilplein 🙄 'send me your phone number for WhatsApp' — @RuilpleinNL "
            f"@ruilplein_help why can't you filter this?? ad {g.ad_id()} #scam #marketplace"
            + (" #amsterdam" if k else ""))


@sc("en", False)
def en_phishing_mail(g, k):
    return (f"Got this e-mail, is it real?\n\n\"Dear customer, your buyer has paid {g.price('en')} for item {g.ad_id()}. "
            f"To release the funds, confirm your card at https://ruilplein-secure-release.{g.ch(['com', 'net', 'co'])}"
            f"/pay/{g.digits(8)} within 12 hours. Ruilplein Security Team\"\n"
            + ("It came from a ruilplein-pay-nl.com address, not yours." if k == 0 else
               "The logo looks real but the link goes to a .co domain. I did not click."))


@sc("en", False)
def en_size_question(g, k):
    if k == 0:
        return (f"Question about ad {g.ad_id()}: the seller lists the frame as 54 cm with 700x28c tyres, Shimano 105 "
                f"R7000, year 2019. Your app (version {g.r.randrange(5, 9)}.{g.r.randrange(0, 30)}.{g.r.randrange(0, 9)}) "
                f"shows 56 cm. Which one is right? Also the price changed from {g.price('en')} to {g.price('en')}.")
    return (f"The ad {g.ad_id()} says 'mattress 90x200, 22 cm thick, bought 2021, {g.price('en')}' but the label in "
            f"the photo says 80x200 and production date 03/2019. Can you ask the seller to correct it?")


@sc("en", False)
def en_autoreply(g, k):
    return (f"Thanks for contacting Ruilplein Support (ticket {g.ticket()}). We usually reply within 48 hours.\n"
            f"Being scammed right now? Call 0800 0277 (free from NL) or +31 88 730 4400 from abroad.\n"
            f"Never pay to an account other than NL06 INGB 0006 8241 53 when using Ruilplein Pay.\n"
            f"Ruilplein B.V., Veerhavenkade 18, 3016 DJ Rotterdam, Chamber of Commerce 74120935"
            + ("\nOpening hours Mon–Sat 08:00–20:00 (CET)." if k else ""))


# ================================================================ German, with personal data (13)
@sc("de", True)
def de_chat_abholung(g, k):
    b, s = g.person("de"), g.person("nl", "m")
    pc, town = g.postcode_nl()
    d = g.sale_date('de')
    return (f"Hallo, hier der Chatverlauf zur Anzeige {g.ad_id()} (E-Bike Gazelle, Rahmen 57 cm, Akku 500 Wh, "
            f"{g.price('de')}):\n\n{d} 10:02 {P(b.first)}: Guten Tag, ist das Rad noch da? Ich komme aus "
            f"{g.ch(['Kleve', 'Emmerich', 'Goch'])}.\n{d} 10:15 {P(s.first)}: ja hoor! Ophalen op "
            f"{AD(g.addr_nl())}, {PC(pc)} {town}. Mijn nummer {PH(g.nl_mobile())}\n\n"
            + ("Als ich ankam, war der Akku defekt und der Verkäufer wollte trotzdem den vollen Preis. Ich habe bar "
               "bezahlt. Kann Ruilplein da etwas tun?" if k == 0 else
               "Ich stand vor verschlossener Tür. 80 km umsonst gefahren. Bitte prüfen Sie das Konto.")
            + f"\n\nMit freundlichen Grüßen\n{P(b.full)}")


@sc("de", True)
def de_vorkasse_betrug(g, k):
    v, sc_ = g.person("de"), g.person(g.ch(["de", "xx"]))
    return (f"Sehr geehrte Damen und Herren,\n\nich habe am {g.sale_date('de')} eine Kamera (Sony A7 III, "
            f"{g.price('de')}) über Ihre Plattform gekauft und per Überweisung an {IB(g.iban_de(bool(k)))} "
            f"(Kontoinhaber laut Verkäufer: {P(sc_.full)}) bezahlt. Die Ware kam nie an. Anzeige bei der Polizei ist "
            f"erstattet, Aktenzeichen {g.r.randrange(100, 999)} Js {g.r.randrange(1000, 9999)}/25. Der Verkäufer war "
            f"unter {PH(g.de_mobile())} erreichbar, jetzt nicht mehr.\n\nMit freundlichen Grüßen\n{P(v.full)}")


@sc("de", True)
def de_ausweis_foto(g, k):
    p = g.person("de")
    return (f"Hallo Ruilplein-Team,\n\nein Käufer hat mich gebeten, ein Foto meines Personalausweises zu schicken, "
            f"damit 'Ruilplein Pay' die Zahlung freigibt. Ich habe ihm die Ausweisnummer {ID(g.ausweis_de())} "
            f"geschickt, auf dem Foto war auch mein Geburtsdatum ({DOB(g.dob('de'))}). Jetzt habe ich Angst, dass jemand mit meinen Daten Konten eröffnet. Was soll ich tun?\n\n"
            + ("Viele Grüße\n" if k else "LG ") + f"{P(p.first)}")


@sc("de", True)
def de_verifizierung(g, k):
    p = g.person("de")
    pc, town = g.ch(DE_TOWNS)
    return (f"Betreff: Verifizierung klappt nicht\n\nName: {P(p.last + ', ' + p.first)}\nGeburtsdatum: "
            f"{DOB(g.dob(g.ch(['de', 'de2'])))}\nAnschrift: {AD(g.addr_de())}, {PC(pc)}\u00a0{town}\nHandy: "
            f"{PH(g.de_mobile())}\n" + (f"Personalausweisnummer: {ID(g.ausweis_de())}\n" if k else "") + f"\nIch bekomme keinen SMS-Code auf mein deutsches Handy. Bitte manuell freischalten."
            + ("\r\nDanke!" if k else ""))


@sc("de", True)
def de_karte(g, k):
    p = g.person("de")
    return (f"Ich habe auf einer gefälschten Ruilplein-Seite meine Kreditkartennummer {CC(g.card('mc', 1 + k))} "
            f"eingegeben. Die Bank hat die Karte gesperrt. Der 'Käufer' schrieb mir per WhatsApp von {PH(g.uk_mobile())}. "
            f"Anzeige {g.ad_id()}, Transaktion laut Bank {g.r.randrange(100, 999)},{g.digits(2)} €.\n\n"
            f"Gruß aus {g.ch(['Münster', 'Aachen', 'Krefeld'])},\n{P(p.full)}")


@sc("de", True)
def de_lieferadresse(g, k):
    p = g.person(g.ch(["de", "tr"]))
    pc, town = g.ch(DE_TOWNS)
    return (f"Guten Tag,\nbitte ändern Sie die Lieferadresse für Bestellung {g.order_id()} (Sendung {g.track_dhl()}) "
            f"auf {AD(g.addr_de())}, {PC(pc)} {town}. "
            + ("Ich bin umgezogen. Die alte Adresse in Gronau gilt nicht mehr." if k == 0 else
               f"Bis Ende des Monats wohne ich noch in den Niederlanden, {AD(g.addr_nl())}.")
            + f"\nTel. {PH(g.de_land(g.ch(sorted(DE_AREAS))))}\n\nDanke und Gruß\n{P(p.full)}")


@sc("de", True)
def de_weitergeleitet_nl(g, k):
    b, s = g.person("de"), g.person("nl", "m")
    return (f"Ich verstehe die Antwort des Verkäufers nicht ganz. Muss ich jetzt nochmal bezahlen?\n{P(b.first)}\n\n"
            f"Am {g.sale_date('de')} schrieb {P(s.full)}:\n> Hallo {P(b.first)}, de betaling via Ruilplein Pay is "
            f"mislukt. Maak het bedrag ({g.price()}) maar direct over naar {IB(g.iban_nl(spaced=not k))} of bel me "
            f"op {PH(g.nl_mobile())}.\n> Groetjes {P(s.first)}")


@sc("de", True)
def de_auto(g, k):
    b, s = g.person("de"), g.person("nl", "m")
    kz = f"{g.ch(['KLE', 'BOR', 'AC'])}-{g.ch(['MT', 'JK', 'RS', 'LP'])} {g.r.randrange(10, 9999)}"
    car = "einen Opel Astra (Baujahr 2017, 112.000 km)" if k == 0 else "einen Wohnwagen Hobby 460 UFe (Baujahr 2014)"
    return (f"Ich habe über Ruilplein {car} von {P(s.full)} gekauft. NL-Kennzeichen "
            f"war {KT(g.kenteken())}, jetzt zugelassen als {KT(kz)}. Beim TÜV kam heraus, dass ein Unfallschaden "
            f"verschwiegen wurde. Herr {P(s.Last)} antwortet nicht mehr. Anzeige {g.ad_id()}.\n\n{P(b.full)}")


@sc("de", True)
def de_belaestigung(g, k):
    v, d = g.person("de", "f"), g.person("de", "m")
    item = "das Sofa nicht für 50 € verkaufen" if k == 0 else "den Kinderwagen nicht reservieren"
    return (f"Ein Käufer namens {P(d.full)} belästigt mich seit Tagen, weil ich ihm {item} "
            f"wollte. Er ruft von {PH(g.de_mobile())} an und schreibt über neue Accounts. Bitte sperren Sie ihn.\n\n"
            f"{P(v.full)}\n\nNotiz {P(STAFF['jana'][0])}: 3 Accounts gesperrt, Device-Sperre aktiv.")


@sc("de", True)
def de_rueckerstattung(g, k):
    p = g.person(g.ch(["de", "xx"]))
    if k == 0:
        return (f"Hallo {P(STAFF['jana'][0] + ' ' + STAFF['jana'][1])},\n\ndanke für die schnelle Hilfe. Die Rückerstattung "
                f"aus dem Käuferschutz (Transaktion {g.txid()}, {g.price('de')}) bitte auf mein Konto {IB(g.iban_de())}, "
                f"Kontoinhaber {P(p.full)}.\n\nViele Grüße\n{P(p.first)}")
    return (f"Sehr geehrte Frau {P(STAFF['jana'][1])},\n\nich arbeite in Venlo und wohne in Krefeld. Meine BSN "
            f"(Bürgerservicenummer) ist {BS(g.bsn(1))}, falls Sie das für die Rückerstattung brauchen. Bitte "
            f"überweisen Sie auf {IB(g.iban_de(True))}.\n\nMfG {P(p.full)}")


@sc("de", True)
def de_kontouebernahme(g, k):
    p = g.person("de")
    return (f"Jemand hat sich in mein Konto eingeloggt (Sicherheitsmail: Anmeldung von {IP(g.ipv4())}, Firefox 133.0) und "
            f"meine E-Mail-Adresse geändert. Meine richtige Adresse ist {E(g.email(p, 'de'))}. Bitte setzen Sie das "
            f"zurück.\n{P(p.full)}" + (f"\nIPv6 laut Router: {IP(g.ipv6())}" if k else ""))


@sc("de", True)
def de_bewertung(g, k):
    s, b = g.person("de", "m"), g.person("de")
    return (f"Bewertung vom {g.sale_date('de')} zur Anzeige {g.ad_id()}:\n\"Verkäufer {P(s.first)} hat die "
            f"{'Waschmaschine (Miele W1, 8 kg)' if k == 0 else 'Spielekonsole (Xbox Series X, 1 TB)'} defekt verkauft.\" "
            f"– {P(b.full)}\n\nStellungnahme Verkäufer: "
            + (f"Die Maschine lief bei Abholung einwandfrei, {P(b.first)} hat sie selbst getestet. Bitte löschen."
               if k == 0 else f"Frechheit. {P(b.first)} hat die Konsole eine Woche benutzt und dann zurückgeben wollen."))


@sc("de", True)
def de_social(g, k):
    p = g.person("de")
    if k == 0:
        return (f"@Ruilplein_DE seit 10 Tagen keine Antwort auf Ticket {g.ticket()} 😡 Käuferschutz ist ein Witz. "
                f"#ruilplein #betrug 🙄 {P(p.first)}")
    return (f"DM an @Ruilplein_DE: Hallo, hier ist {P(p.full)}. Ein Käufer will, dass ich ihm meine Adresse und "
            f"Handynummer schicke, bevor er zahlt. Darf ich ihm {PH(g.de_mobile())} geben? 🤔")


# ================================================================ German, without personal data (7)
@sc("de", False)
def de_anzeige_zitat(g, k):
    return (f"Meldung zu Anzeige {g.ad_id()}:\n\"Waschmaschine Bosch Serie 6, 8 kg, 1400 U/min, Baujahr 2020, "
            f"60x85x59 cm, Energieklasse A, {g.price('de')}. Nur Abholung, kein Versand.\"\n"
            f"Die Fotos stammen aus einem Online-Shop." + (" Preis ist unrealistisch." if k else ""))


@sc("de", False)
def de_sendungsverfolgung(g, k):
    return (f"Bestellung {g.order_id()}: {'DHL-Sendungsnummer ' + g.track_dhl() if k == 0 else 'DPD-Paketnummer ' + g.track_dpd()} "
            f"zeigt seit dem {g.sale_date('de')} 'Zustellung nicht möglich'. Artikel: "
            f"{'Thermomix TM6' if k == 0 else 'Bosch Akkuschrauber GSR 18V-55'}, Seriennummer {g.serial()}, "
            f"{g.price('de')}. Wie lange dauert die Klärung?")


@sc("de", False)
def de_benachrichtigung(g, k):
    return (f"Dein Artikel wurde verkauft!\n\nAnzeige: {g.ad_id()}\nBetrag: {g.price('de')}\nAuszahlung: "
            f"DE** **** **** **** **{g.digits(2)} {g.digits(2)} in 2–3 Werktagen\nTransaktion: {g.txid()}\n\n"
            f"Ruilplein B.V. · Veerhavenkade 18 · 3016 DJ Rotterdam · USt-IdNr. NL812400008B01"
            + ("\r\nDiese E-Mail wurde automatisch erstellt." if k else ""))


@sc("de", False)
def de_imei(g, k):
    return (f"Das gekaufte Samsung Galaxy S23 (256 GB, gekauft am {g.sale_date('de')}) ist gesperrt. IMEI "
            f"{g.imei()}, laut Verkäufer 'nie gemeldet'. Bezahlt mit Ruilplein Pay, Transaktion {g.txid()}."
            + (" Akku 91 %." if k else ""))


@sc("de", False)
def de_phishing_sms(g, k):
    return (f"Ist diese SMS echt? \"Ruilplein: Ihr Käufer hat bezahlt. Bestätigen Sie Ihre Bankdaten unter "
            f"ruilplein-auszahlung.{g.ch(['de', 'info', 'shop'])}/{g.digits(5)}\" – ich verkaufe gerade "
            f"{'einen Kinderwagen' if k == 0 else 'ein Hochbett 90x200'} (Anzeige {g.ad_id()}, {g.price('de')}).")


@sc("de", False)
def de_gebuehren(g, k):
    return (f"Warum steht auf der Rechnung RP-F-{g.digits(8)} eine Gebühr von {g.r.randrange(2, 9)},{g.digits(2)} €? "
            f"Ich soll an NL43 RABO 0318 8400 27 überweisen, USt-IdNr. NL812400008B01. Ich dachte, Inserieren ist "
            f"kostenlos." + (" Ich rufe sonst +31 88 730 4400 an." if k else ""))


@sc("de", False)
def de_moderation(g, k):
    return (f"[Moderation] Anzeigen {g.ad_id()} und {g.ad_id()} entfernt: Markenfälschung "
            f"({g.ch(['Nike Air Jordan 1', 'Louis Vuitton Neverfull', 'Stone Island'])}). Konto verwarnt, Ticket "
            f"{g.ticket()} geschlossen." + (" Keine Rückmeldung an Nutzer nötig." if k else ""))


# ================================================================ build, audit, self test
BIRTH_WORDS = re.compile(r"(geboren|geb\.|geboortedatum|date of birth|born|dob|geburtsdatum|geb\. am)", re.I)
REF_WORDS = re.compile(r"(factuur|invoice|rechnung|order|bestell|kenmerk|referentie|reference|ticket|transac)", re.I)
VERSION_WORDS = re.compile(r"(version|versie|v|chrome|firefox|build|regelset)\s*$", re.I)


def all_name_tokens():
    toks = set()
    for key, lst in NAMES.items():
        for n in lst:
            for t in n.split(" "):
                if t.lower() not in TUSSEN and len(t) > 2:
                    toks.add(t)
    for f, l in STAFF.values():
        toks.update([f, l])
    return sorted(toks)


NAME_TOKENS = all_name_tokens()


def word_re(tok):
    return re.compile(r"(?<![^\W_])" + re.escape(tok) + r"(?![^\W_])", re.I)


def audit_record(text, spans, pii):
    """spans carry char offsets cs/ce. Returns a list of problems."""
    errs = []
    if pii != bool(spans):
        errs.append(f"pii flag {pii} but {len(spans)} spans")
    cover = [(s["cs"], s["ce"], s["label"]) for s in spans]

    def covered(a, b, labels=None):
        return any(cs <= a and b <= ce and (labels is None or lb in labels) for cs, ce, lb in cover)

    prev = -1
    for s in spans:
        v = text[s["cs"]:s["ce"]]
        if s["cs"] < prev:
            errs.append(f"overlap/unsorted at {v!r}")
        prev = s["ce"]
        if v != s["_v"]:
            errs.append(f"slice mismatch {v!r}")
        if v != v.strip() or not (v[0].isalnum() or v[0] == "+") or not v[-1].isalnum():
            errs.append(f"bad edge {v!r}")
        if not VALID[s["label"]](v):
            errs.append(f"invalid {s['label']} {v!r}")
        if s["label"] == "DATE_OF_BIRTH" and not BIRTH_WORDS.search(text[max(0, s["cs"] - 40):s["cs"]]):
            errs.append(f"no birth word before {v!r}")
        if s["label"] == "ID_DOCUMENT" and v.isdigit() and "passport" not in text[max(0, s["cs"] - 40):s["cs"]].lower():
            errs.append(f"9-digit doc without passport word {v!r}")
        for o in ORG_STRINGS:
            if o in v:
                errs.append(f"organisation data inside span {v!r}")
        # every repeat labelled
        for mo in re.finditer(re.escape(v), text):
            if not covered(mo.start(), mo.end(), {s["label"], "EMAIL"}):
                errs.append(f"unlabelled repeat of {v!r}")
        if s["label"] == "PERSON":
            for t in re.findall(r"[^\W\d_][\w'’]*", v):
                if t.lower() in TUSSEN or len(t) < 3:
                    continue
                for mo in word_re(t).finditer(text):
                    if not covered(mo.start(), mo.end(), {"PERSON", "EMAIL"}):
                        errs.append(f"unlabelled name token {t!r}")
    # scanners: never left unlabelled
    for mo in EMAIL_RE.finditer(text):
        if not mo.group().lower().endswith("ruilplein.example") and not covered(mo.start(), mo.end(), {"EMAIL"}):
            errs.append(f"unlabelled e-mail {mo.group()!r}")
    for mo in re.finditer(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}", text):
        acc, j, end = "", mo.start(), None
        while j < len(text) and len(acc) < 34:
            ch = text[j]
            if ch.isalnum():
                acc += ch
                j += 1
                if len(acc) in (16, 18, 20, 22, 27) and iban_ok(acc) and not (j < len(text) and text[j].isalnum()):
                    end = j
            elif ch in " \u00a0" and acc and j + 1 < len(text) and text[j + 1].isalnum():
                j += 1
            else:
                break
        if end:
            compact = re.sub(r"\W", "", text[mo.start():end]).upper()
            if compact not in ORG["ibans"] and not covered(mo.start(), end, {"IBAN"}):
                errs.append(f"unlabelled IBAN {text[mo.start():end]!r}")
    for mo in re.finditer(r"(?<![\d\w])(?:\d[ -]?){12,18}\d(?![\d\w])", text):
        if card_ok(mo.group()) and not covered(mo.start(), mo.end(), {"CREDIT_CARD"}):
            errs.append(f"unlabelled card {mo.group()!r}")
    for mo in re.finditer(r"(?<![\w.\-])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3})(?![\w\-]|\.\d| \d)", text):
        if elf(mo.group()) and not covered(mo.start(), mo.end()):
            line_before = text[max(0, mo.start() - 40):mo.start()].split("\n")[-1]
            if not REF_WORDS.search(line_before):
                errs.append(f"unlabelled elfproef number {mo.group()!r}")
    for mo in re.finditer(r"(?<![\d+])(?:\+31[ \u00a0]?(?:\(0\))?[ \u00a0]?|0031[ \u00a0]?|0)6[ \u00a0-]?[1-58](?:[ \u00a0-]?\d){7}(?!\d)", text):
        if re.sub(r"\D", "", mo.group())[-9:] != "619884420" and not covered(mo.start(), mo.end(), {"PHONE"}):
            errs.append(f"unlabelled NL mobile {mo.group()!r}")
    for mo in re.finditer(r"(?<![\w])[1-9]\d{3}[ \u00a0]?[A-Z]{2}(?![\w])", text):
        l2 = mo.group()[-2:]
        if l2 in BANNED_PC or l2 in UNITS or mo.group().replace(" ", "") in ("3016DJ", "3001AH"):
            continue
        if not covered(mo.start(), mo.end(), {"POSTCODE"}):
            errs.append(f"unlabelled postcode {mo.group()!r}")
    for t in NAME_TOKENS:
        for mo in word_re(t).finditer(text):
            if not covered(mo.start(), mo.end(), {"PERSON", "EMAIL"}):
                errs.append(f"unlabelled listed name {t!r}")
    for mo in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", text):
        if ip_public(mo.group()) and not covered(mo.start(), mo.end(), {"IP_ADDRESS"}) \
                and not VERSION_WORDS.search(text[max(0, mo.start() - 12):mo.start()]):
            errs.append(f"unlabelled public IP {mo.group()!r}")
    for mo in re.finditer(r"[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}", text):
        if ":" in mo.group() and ip_public(mo.group()) and not covered(mo.start(), mo.end(), {"IP_ADDRESS"}):
            errs.append(f"unlabelled IPv6 {mo.group()!r}")
    for mo in BIRTH_WORDS.finditer(text):
        win = text[mo.end():mo.end() + 30]
        for dm in re.finditer(r"\d{1,2}[-./ ]\d{1,2}[-./ ]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [A-Za-zä]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}", win):
            if date_ok(dm.group()) and not covered(mo.end() + dm.start(), mo.end() + dm.end(), {"DATE_OF_BIRTH"}):
                errs.append(f"unlabelled birth date {dm.group()!r}")
    for mo in re.finditer(r"(?<![\w])NL\d{9}B\d{2}(?![\w])", text):
        if mo.group() not in ORG["btw"] and not covered(mo.start(), mo.end(), {"BTW_ID", "BSN"}):
            errs.append(f"unlabelled btw/OB number {mo.group()!r}")
    for mo in re.finditer(r"(?:kvk|chamber of commerce|handelsregister)[^\d\n]{0,12}(\d{8})(?!\d)", text, re.I):
        if mo.group(1) not in ORG["kvk"] and not covered(mo.start(1), mo.end(1), {"KVK"}):
            errs.append(f"unlabelled KvK {mo.group(1)!r}")
    for st in sum(STREETS.values(), []):
        for mo in re.finditer(re.escape(st) + r" \d", text):
            if not covered(mo.start(), mo.end(), {"ADDRESS"}):
                errs.append(f"unlabelled street + number {st!r}")
    for mo in re.finditer(r"(?<![\w-])(?:[A-Z]{2}[A-Z0-9]{6}\d|I{1,3}V?-V[A-Z0-9]{8}|[LT][A-Z0-9]{8})(?![\w-])", text):
        if docnr_ok(mo.group()) and sum(c.isdigit() for c in mo.group()) >= 2 and not covered(mo.start(), mo.end()):
            errs.append(f"unlabelled document-number-shaped token {mo.group()!r}")
    for mo in re.finditer(r"(?:kenteken|kennzeichen|registration)\W{0,3}(?:\w+\W{1,3}){0,3}?([A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,2})", text, re.I):
        if kenteken_ok(mo.group(1)) and not covered(mo.start(1), mo.end(1), {"LICENSE_PLATE"}):
            errs.append(f"unlabelled kenteken {mo.group(1)!r}")
    for mo in re.finditer(r"(?<![\w+./-])(?:\+|00)?\d[\d \-/().\u00a0]{7,18}\d(?![\w/-])", text):
        cand = mo.group()
        dg = re.sub(r"\D", "", cand)
        if re.search(r"\d{1,2}[./-]\d{1,2}[./-]\d{4}", cand):
            continue
        if phone_ok(cand) and not covered(mo.start(), mo.end(), {"PHONE", "IBAN", "CREDIT_CARD", "BSN"}) \
                and not any(dg.endswith(re.sub(r"\D", "", o)[1:]) for o in ORG["phones"]):
            errs.append(f"unlabelled phone-shaped number {cand!r}")
    for o in ORG_STRINGS:
        for mo in re.finditer(re.escape(o), text):
            if any(cs < mo.end() and mo.start() < ce for cs, ce, _ in cover):
                errs.append(f"organisation data {o!r} overlaps a span")
    return errs


def self_test():
    n = 0

    def ok(cond, what):
        nonlocal n
        n += 1
        assert cond, what
    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "12345672", "999999990", "696579303",
              "103349856", "044126396", "656412689", "460455977", "879119330"]:
        ok(elf(v), v)
    for v in ["123456789", "111222334", "000000000", "999999999", "12345678"]:
        ok(not elf(v), v)
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789",
              "NL20INGB0001234567", "NL39RABO0300065264", "NL68KNAB0123456789", "NL32BUNQ2012345678",
              "BE71 0961 2345 6769", "DE89370400440532013000", "GB82WEST12345698765432",
              "FR1420041010050500013M02606"] + ORG["ibans"]:
        ok(iban_ok(v), v)
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300",
              "DE89370400440532013001", "BE68539007547035"]:
        ok(not iban_ok(v), v)
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005"]:
        ok(card_ok(v), v)
    for v in ["4111111111111112", "1234567812345678", "490154203237518", "5555555555554445"]:
        ok(not card_ok(v), v)
    ok(luhn("490154203237518"), "IMEI is Luhn-valid")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13"]:
        ok(btw_mod97(v), v)
    for v in ["NL000099998B58", "NL123456789B56", "NL12345678B01", "NL004495445B01"]:
        ok(not btw_mod97(v), v)
    ok(elf(ORG["btw"][0][2:11]) and not btw_mod97(ORG["btw"][0]), "org btw is RSIN-based OB")
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "0162 123456",
              "+32 470 12 34 56", "0470 12 34 56", "0151 23456789", "+49 (0)221 1234567", "07700 900123",
              "+44 7700 900123", "06\u00a01234\u00a05678"]:
        ok(phone_ok(v), v)
    for v in ["06-1234567", "06-123456789", "012-3456789", "067 1234567", "+49 151 234"]:
        ok(not phone_ok(v), v)
    for v in ["1012 AB", "1012AB", "9999 ZZ"]:
        ok(postcode_nl_ok(v), v)
    for v in ["1012 SS", "1012 SA", "0123 AB", "10123 AB"]:
        ok(not postcode_nl_ok(v), v)
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "III-V123AL568"]:
        ok(docnr_ok(v), v)
    for v in ["NO1234567", "N12345678", "NP123456A"]:
        ok(not docnr_ok(v), v)
    for v in ["GB-12-DF", "1-KBB-12", "123-BB-1"]:
        ok(kenteken_ok(v), v)
    for v in ["12-ABC-3", "1-NSB-12", "AB-1234", "12-SS-GH"]:
        ok(not kenteken_ok(v), v)
    for v in ["12-03-1985", "5 mei 1960", "1985-03-12", "12.03.1985", "3. März 1990", "March 4, 1991"]:
        ok(date_ok(v), v)
    for v in ["31-02-1990", "29-02-1991", "32-01-2000"]:
        ok(not date_ok(v), v)
    for v in ["8.8.8.8", "2a02:a46b:5182:1::69"]:
        ok(ip_public(v), v)
    for v in ["192.168.1.10", "10.12.4.7", "127.0.0.1", "2001:db8::1", "256.1.1.1", "010.001.001.001"]:
        ok(not ip_public(v), v)
    for v in ["jan.devries@voorbeeld.nl", "info@bakkerij-de-groot.nl"]:
        ok(email_ok(v), v)
    for v in ["jan@@voorbeeld.nl", "icon@2x.png", "@angular/core"]:
        ok(not email_ok(v), v)
    for p in ORG["phones"]:
        ok(phone_ok(p) or p.startswith("088") or p.startswith("0800"), p)
    return n


def build():
    recs = {"nl": [], "en": [], "de": []}
    for lang, pii, name, f in SCEN:
        for k in (0, 1):
            rng = random.Random(f"{SEED}:{name}:{k}")
            g = Gen(rng)
            marked = f(g, k)
            if "\r" not in marked and rng.random() < 0.15:
                marked = marked.replace("\n", "\r\n")
            text, spans = render(marked)
            recs[lang].append((name, k, pii, text, spans))
    out = []
    for lang in ("nl", "en", "de"):
        lst = recs[lang]
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(lst)
        for i, (name, k, pii, text, spans) in enumerate(lst, 1):
            out.append({"id": f"h27-{lang}-{i:03d}", "lang": lang, "text": text, "spans": spans, "_pii": pii,
                        "_scen": f"{name}:{k}"})
    return out


def with_char_offsets(rec):
    b = rec["text"].encode("utf-8")
    sp = []
    for s in rec["spans"]:
        s = dict(s)
        s["cs"] = len(b[:s["start"]].decode("utf-8"))
        s["ce"] = len(b[:s["end"]].decode("utf-8"))
        sp.append(s)
    return sp


def main():
    n_self = self_test()
    recs = build()
    problems = []
    texts = set()
    for r in recs:
        if r["text"] in texts:
            problems.append((r["id"], "duplicate text"))
        texts.add(r["text"])
        for e in audit_record(r["text"], with_char_offsets(r), r["_pii"]):
            problems.append((r["id"] + " " + r["_scen"], e))
    if "--mutation" in sys.argv:
        caught, total = {}, {}
        for r in recs:
            sp = with_char_offsets(r)
            for i, s in enumerate(sp):
                total[s["label"]] = total.get(s["label"], 0) + 1
                if audit_record(r["text"], sp[:i] + sp[i + 1:], r["_pii"]):
                    caught[s["label"]] = caught.get(s["label"], 0) + 1
        print("mutation check (removed span caught by audit):")
        for lb in LABELS:
            if lb in total:
                print(f"  {lb}: {caught.get(lb, 0)}/{total[lb]}")
    if problems:
        for p in problems:
            print("AUDIT:", *p)
        sys.exit(f"{len(problems)} audit problems; gold.jsonl not written")
    lines = []
    for r in recs:
        lines.append(json.dumps({"id": r["id"], "lang": r["lang"], "text": r["text"],
                                 "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in r["spans"]]},
                                ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # re-verify by re-slicing the serialised bytes
    for line, r in zip(data.decode("utf-8").splitlines(), recs):
        obj = json.loads(line)
        tb = obj["text"].encode("utf-8")
        for s, orig in zip(obj["spans"], r["spans"]):
            assert tb[s["start"]:s["end"]].decode("utf-8") == orig["_v"], (obj["id"], orig["_v"])
            assert s["label"] in LABELS
    with open(os.path.join(HERE, "gold.jsonl"), "wb") as fh:
        fh.write(data)
    toml = ("[organisation]\n"
            + "".join(f"{k:<9} = [{', '.join(json.dumps(v, ensure_ascii=False) for v in ORG[k])}]\n"
                      for k in ("names", "domains", "phones", "ibans", "addresses", "kvk", "btw", "handles")))
    with open(os.path.join(HERE, "pii-scrubber.toml"), "w", encoding="utf-8") as fh:
        fh.write(toml)
    # statistics
    print(f"self test: {n_self} checks passed; audit: {len(recs)} records clean")
    langs = ("nl", "en", "de")
    cnt = {lb: {l: 0 for l in langs} for lb in LABELS}
    for r in recs:
        for s in r["spans"]:
            cnt[s["label"]][r["lang"]] += 1
    nlang = {l: sum(1 for r in recs if r["lang"] == l) for l in langs}
    free = {l: sum(1 for r in recs if r["lang"] == l and not r["spans"]) for l in langs}
    lens = sorted(len(r["text"].encode()) for r in recs)
    print(f"messages: " + ", ".join(f"{l} {nlang[l]}" for l in langs) + f"; without PII: {sum(free.values())} ("
          + ", ".join(f"{l} {free[l]}" for l in langs) + f") = {100 * sum(free.values()) / len(recs):.1f} %")
    print(f"length {lens[0]}-{lens[-1]} bytes, median {lens[len(lens) // 2]}; non-ASCII texts "
          f"{sum(1 for r in recs if not r['text'].isascii())}; emoji texts "
          f"{sum(1 for r in recs if any(ord(c) > 0xFFFF for c in r['text']))}; CRLF texts "
          f"{sum(1 for r in recs if chr(13) in r['text'])}; NBSP texts {sum(1 for r in recs if chr(160) in r['text'])}")
    print("| label | nl | en | de | total |\n|---|---:|---:|---:|---:|")
    tot = {l: 0 for l in langs}
    for lb in LABELS:
        row = cnt[lb]
        for l in langs:
            tot[l] += row[l]
        print(f"| `{lb}` | {row['nl']} | {row['en']} | {row['de']} | {sum(row.values())} |")
    print(f"| **all** | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")
    print("sha256(gold.jsonl) =", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
