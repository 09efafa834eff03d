#!/usr/bin/env python3
"""heldout19 generator: a Dutch incassobureau + gerechtsdeurwaarderskantoor (Hoekveld).

Deterministic (string-seeded random.Random per instance; no hash()/set iteration in the output path),
Python 3.11 standard library only. Writes gold.jsonl and pii-scrubber.toml next to this file, after
self_test() and audit() pass. Prints statistics and the sha256 of gold.jsonl.
"""
import datetime
import hashlib
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

SEED = "heldout19:hoekveld:v1"
HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# ----------------------------------------------------------------------------------------------------------
# markup
S0, S1, S2 = "\ue000", "\ue001", "\ue002"
MARK_RE = re.compile(S0 + "([A-Z_]+)" + S1 + "(.*?)" + S2, re.S)


def mark(label, value):
    assert label in LABELS, label
    assert value and value == value.strip(), repr(value)
    return f"{S0}{label}{S1}{value}{S2}"


def P(v): return mark("PERSON", v)
def E(v): return mark("EMAIL", v)
def PH(v): return mark("PHONE", v)
def IB(v): return mark("IBAN", v)
def BS(v): return mark("BSN", v)
def AD(v): return mark("ADDRESS", v)
def PC(v): return mark("POSTCODE", v)
def CC(v): return mark("CREDIT_CARD", v)
def IPA(v): return mark("IP_ADDRESS", v)
def DOB(v): return mark("DATE_OF_BIRTH", v)
def ID(v): return mark("ID_DOCUMENT", v)
def LP(v): return mark("LICENSE_PLATE", v)
def BTW(v): return mark("BTW_ID", v)
def KVK(v): return mark("KVK", v)


def render(marked):
    out, spans, pos, last = [], [], 0, 0
    for mo in MARK_RE.finditer(marked):
        pre = marked[last:mo.start()]
        out.append(pre)
        pos += len(pre.encode("utf-8"))
        val = mo.group(2)
        assert S0 not in val and S1 not in val, "nested markup"
        b = len(val.encode("utf-8"))
        spans.append({"start": pos, "end": pos + b, "label": mo.group(1), "value": val})
        out.append(val)
        pos += b
        last = mo.end()
    out.append(marked[last:])
    text = "".join(out)
    assert S0 not in text and S1 not in text and S2 not in text, "markup left"
    return text, spans


# ----------------------------------------------------------------------------------------------------------
# validators
def elf_ok(s):
    s = re.sub(r"[ .\-]", "", s)
    if not re.fullmatch(r"\d{8,9}", s):
        return False
    s = s.zfill(9)
    d = [int(c) for c in s]
    return int(s) > 0 and (sum((9 - i) * d[i] for i in range(8)) - d[8]) % 11 == 0


def mod97_int(s):
    return int("".join(str(int(c, 36)) for c in s))


IBAN_LEN = {"NL": 18, "DE": 22, "BE": 16, "GB": 22, "FR": 27, "PL": 28}
IBAN_BBAN = {"NL": r"[A-Z]{4}\d{10}", "DE": r"\d{18}", "BE": r"\d{12}", "GB": r"[A-Z]{4}\d{14}", "PL": r"\d{24}"}


def iban_ok(s):
    s = re.sub(r"[ .\-\u00a0]", "", s).upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc] or not re.fullmatch(IBAN_BBAN[cc], s[4:]):
        return False
    if cc == "BE" and (int(s[4:14]) % 97 or 97) != int(s[14:16]):
        return False
    return mod97_int(s[4:] + s[:4]) % 97 == 1


def iban_make(cc, bban):
    chk = 98 - mod97_int(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def btw_ok(s):
    s = re.sub(r"[ .\-]", "", s).upper()
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", s)) and s[-2:] != "00" and mod97_int(s) % 97 == 1


def luhn_ok(s):
    d = [int(c) for c in re.sub(r"[ \-]", "", s)][::-1]
    tot = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def card_iin_ok(s):
    s = re.sub(r"[ \-]", "", s)
    n = len(s)
    if s[0] == "4" and n in (13, 16, 19):
        return True
    if (51 <= int(s[:2]) <= 55 or 2221 <= int(s[:4]) <= 2720) and n == 16:
        return True
    if s[:2] in ("34", "37") and n == 15:
        return True
    if (s.startswith("6011") or s.startswith("65") or 644 <= int(s[:3]) <= 649) and 16 <= n <= 19:
        return True
    if 3528 <= int(s[:4]) <= 3589 and 16 <= n <= 19:
        return True
    if (300 <= int(s[:3]) <= 305 or s[:2] in ("36", "38", "39")) and 14 <= n <= 19:
        return True
    if (s[:2] == "50" or 56 <= int(s[:2]) <= 69) and 12 <= n <= 19:
        return True
    return False


def card_ok(s):
    return luhn_ok(s) and card_iin_ok(s)


PC_BANNED = ("SA", "SD", "SS")


def postcode_ok(s):
    mo = re.fullmatch(r"([1-9]\d{3}) ?([A-Z]{2})", s)
    return bool(mo) and mo.group(2) not in PC_BANNED


UK_PC_RE = r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}"


def docnr_ok(s):
    s = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}\d", s)) and "O" not in s


def residence_ok(s):
    return bool(re.fullmatch(r"(I|II|III|IV|V)-V[A-NP-Z1-9]{8}", s))


KT_SIDECODES = {1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX",
                7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX",
                13: "9-XX-999", 14: "999-XX-9"}
KT_BANNED = ("SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS", "KVT", "VVD", "SP")
KT_LETTERS = "BDFGHJKLNPRSTVXZ"


def kenteken_sidecode(s):
    s = s.upper().replace(" ", "-")
    if "-" not in s:
        return None
    shape = re.sub(r"[A-Z]", "X", re.sub(r"\d", "9", s))
    for sc, pat in KT_SIDECODES.items():
        if shape == pat:
            groups = [g for g in s.split("-") if g.isalpha()]
            if any(b in g for g in groups for b in KT_BANNED):
                return None
            if sc >= 4 and any(c not in KT_LETTERS for g in groups for c in g):
                return None
            return sc
    return None


def kennzeichen_ok(s):
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} [1-9]\d{0,3}", s))


def nl_phone_nsn(s):
    """Return the national significant number of an NL phone in any written form, or None."""
    t = re.sub(r"[ \-./()]", "", s)
    if t.startswith("+31"):
        t = t[3:]
    elif t.startswith("0031"):
        t = t[4:]
    elif t.startswith("0"):
        t = t[1:]
    else:
        return None
    if t.startswith("0"):
        t = t[1:]
    return t if re.fullmatch(r"\d{9}", t) else None


NL_FIXED = re.compile(r"(?:1(?:[035]\d|1[13-578]|6[124-8]|7[24]|8[0-467])|2(?:[0346]\d|2[2-46-9]|5[125]|9[479])|"
                      r"3(?:[03568]\d|1[3-8]|2[01]|4[1-8])|4(?:[0356]\d|1[1-368]|7[58]|8[15-8]|9[23579])|"
                      r"5(?:[0358]\d|[19][1-9]|2[1-57-9]|4[13-8]|6[126]|7[0-3578])|7\d\d)\d{6}")


def nl_phone_ok(s):
    n = nl_phone_nsn(s)
    return bool(n) and (bool(re.fullmatch(r"6[1-58]\d{7}", n)) or bool(NL_FIXED.fullmatch(n)) or
                        bool(re.fullmatch(r"(85|91)\d{7}", n)))


def phone_ok(s):
    t = re.sub(r"[ \-./()]", "", s)
    if nl_phone_ok(s):
        return True
    if re.fullmatch(r"(\+32|0032|0)4[5-9]\d{7}", t):             # BE gsm
        return True
    if re.fullmatch(r"(\+32|0)(9[2-4]|[23][2-8])\d{6}", t):      # BE Gent/Antwerpen/Brussel fixed
        return True
    if re.fullmatch(r"(\+49|0049|0)(?:0)?(1[5-7]\d{8,9}|2\d{7,10}|[3-9]\d{6,10})", t):  # DE
        return True
    if re.fullmatch(r"(\+44|0)(7700900\d{3}|1614960\d{3}|1134960\d{3}|2079460\d{3}|1314960\d{3})", t):  # UK drama
        return True
    return False


def date_ok(d, m, y):
    try:
        dt = datetime.date(y, m, d)
    except ValueError:
        return False
    return 1900 <= y <= 2025 and dt <= datetime.date(2025, 12, 31)


# ----------------------------------------------------------------------------------------------------------
# organisation
ORG_NAMES = ["Hoekveld Gerechtsdeurwaarders & Incasso B.V.", "Hoekveld Gerechtsdeurwaarders", "Hoekveld Incasso",
             "Incassobureau Hoekveld", "Gerechtsdeurwaarderskantoor Hoekveld", "Hoekveld Inkasso",
             "Hoekveld Debt Collection", "Stichting Derdengelden Hoekveld", "Hoekveld"]
ORG_DOMAINS = ["hoekveld-incasso.example", "hoekveld.example"]
ORG_PHONES = ["0570 638 400", "085 760 2240", "06 4827 1930"]


def _org_btw():
    base = 3_814_276_05
    while True:
        base += 1
        s = f"NL{base:09d}B01"
        if btw_ok(s) and not elf_ok(f"{base:09d}"):
            return s


ORG_IBANS = [iban_make("NL", "RABO0317540286"), iban_make("NL", "INGB0006902213")]
ORG_KVK = "08216473"
ORG_BTW = _org_btw()
ORG_ADDRESSES = ["Hanzeweg 118, 7418 AW Deventer", "Postbus 2290, 7400 CG Deventer", "Zutphenseweg 204, 7418 AJ Deventer"]
ORG_HANDLES = ["@HoekveldIncasso", "@hoekveld_gdw"]


def sp4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


ORG_IBAN_SP = [sp4(x) for x in ORG_IBANS]
ORG_BTW_SP = ORG_BTW[:2] + " " + ORG_BTW[2:6] + "." + ORG_BTW[6:8] + "." + ORG_BTW[8:11] + "." + ORG_BTW[11:]
ORG_NSNS = [nl_phone_nsn(p) for p in ORG_PHONES]

# staff (natural persons: PERSON)
GDW = "Jolanda Veneklaas"        # gerechtsdeurwaarder
KGDW = "Remco Stegeman"          # kandidaat-gerechtsdeurwaarder (visits)
REG = "Priscilla Doornbos"       # team betalingsregelingen
CHAT = "Mehmet Yıldız"           # chat / WhatsApp
JUR = "Anke Heerink"             # juridische zaken
DESK_DE = "Kathrin Lammers"      # German desk
DESK_EN = "Chidi Okonkwo"        # international desk

SIG_NL = ("Hoekveld Gerechtsdeurwaarders & Incasso B.V.\nHanzeweg 118, 7418 AW Deventer | Postbus 2290, 7400 CG Deventer\n"
          "T 0570 638 400 | WhatsApp 06 4827 1930 | www.hoekveld-incasso.example\n"
          f"KvK {ORG_KVK} | btw {ORG_BTW} | derdengelden {ORG_IBAN_SP[0]}")
SIG_EN = ("Hoekveld Debt Collection (Hoekveld Gerechtsdeurwaarders & Incasso B.V.)\nHanzeweg 118, 7418 AW Deventer, the Netherlands\n"
          f"+31 570 638 400 | international@hoekveld-incasso.example | Chamber of Commerce {ORG_KVK} | VAT {ORG_BTW}")
SIG_DE = ("Hoekveld Inkasso – Deutschsprachiger Service\nHanzeweg 118, 7418 AW Deventer, Niederlande\n"
          f"Tel. +31 570 638 400 | deutsch@hoekveld-incasso.example | USt-IdNr. {ORG_BTW} | IBAN {ORG_IBAN_SP[0]} (BIC RABONL2U)")

# ----------------------------------------------------------------------------------------------------------
# synthetic people, places (written for this set)
NAMES = {
    "nl": (["Gerrit", "Henk", "Bart", "Jeroen", "Wouter", "Ruud", "Sander", "Thijs", "Niels", "Dirk-Jan", "Maarten",
            "Joost", "Stijn", "Teun", "Freek", "Harm", "Wessel", "Jorrit"],
           ["Ingrid", "Marieke", "Femke", "Anouk", "Sanne", "Wilma", "Janneke", "Esther", "Loes", "Ilse", "Gerdien",
            "Tineke", "Roosmarijn", "Daniëlle", "Noëlle", "Hennie", "Margriet"],
           ["Kamphuis", "Wolters", "Brinkman", "ter Horst", "van Dalen", "Nijenhuis", "Oosterveld", "Hulshof",
            "Lubbers", "van der Veen", "Bosma", "Zwiers", "Klein Gunnewiek", "Haverkort", "Wessels", "Eshuis",
            "van 't Zand", "Pothoff", "Grooten", "Scholten-Mensink", "Dijkhof", "Vennegoor", "ten Dam", "Rozendaal"]),
    "ma": (["Youssef", "Mohamed", "Bilal", "Hamza", "Mustafa", "Anouar"],
           ["Naima", "Khadija", "Souad", "Hafsa", "Imane", "Loubna"],
           ["El Amrani", "Bouzid", "Ouali", "Azzouzi", "Benali", "El Khattabi", "Ait Hssain"]),
    "tr": (["Murat", "Emre", "Serkan", "Hakan", "Yusuf", "Oğuzhan"],
           ["Elif", "Ayşe", "Zeynep", "Hatice", "Özlem", "Gül"],
           ["Aydın", "Kılıç", "Öztürk", "Çelik", "Korkmaz", "Arslan", "Güneş"]),
    "sr": (["Rishi", "Errol", "Glenn", "Jurgen", "Ravindra"],
           ["Sharmila", "Shirley", "Naomi", "Priya", "Reshma"],
           ["Ramdin", "Sewnath", "Doelwijt", "Kanhai", "Sno", "Jharap", "Tjon-A-Fat"]),
    "pl": (["Tomasz", "Krzysztof", "Piotr", "Łukasz", "Grzegorz"],
           ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Małgorzata"],
           ["Nowak", "Kaczmarek", "Mazur", "Wójcik", "Pawlak", "Dudek"]),
    "de": (["Jürgen", "Uwe", "Matthias", "Sebastian", "Dieter", "Lukas", "Björn", "Klaus-Peter"],
           ["Heike", "Sabine", "Jana", "Birgit", "Anja", "Ursula", "Jördis", "Franziska"],
           ["Schröder", "Krämer", "Voßkamp", "Heßling", "Bäumer", "Brüggemann", "Schulte-Wien", "Overbeck",
            "Kükenhöner", "Tenhagen", "Große-Wilde", "Pöppelmann"]),
    "uk": (["Gareth", "Callum", "Oliver", "Liam", "Declan", "Rhys"],
           ["Siobhan", "Rebecca", "Hannah", "Chloe", "Bethany", "Gemma"],
           ["Whitfield", "McAllister", "Pritchard", "O'Connell", "Henderson", "Ashworth", "Fairclough"]),
    "in": (["Arjun", "Vikram", "Karthik", "Rohan"],
           ["Deepa", "Lakshmi", "Meera", "Kavitha"],
           ["Iyer", "Raghunathan", "Kulkarni", "Menon", "Subramanian"]),
    "br": (["João", "Thiago", "Rafael"], ["Larissa", "Camila", "Fernanda"], ["Ferreira", "Nascimento", "Carvalho", "Albuquerque"]),
    "ro": (["Andrei", "Mihai", "Bogdan"], ["Ioana", "Andreea", "Roxana"], ["Popescu", "Dumitrescu", "Stănescu", "Ionescu"]),
    "er": (["Yonas", "Dawit", "Filmon"], ["Semhar", "Luwam", "Helen"], ["Tesfaye", "Ghebremariam", "Kidane", "Haile"]),
    "cn": (["Jun", "Hao", "Zhiwei"], ["Xiaoli", "Mei", "Yan"], ["Zhang", "Chen", "Huang", "Liu"]),
    "be": (["Pieter-Jan", "Wout", "Jens", "Koenraad"], ["Lien", "Griet", "Ellen", "Sofie"],
           ["Vermeulen", "De Clercq", "Van Acker", "Claeys", "Vandenbroucke", "De Smet"]),
}
NL_HER = ["nl", "nl", "nl", "nl", "ma", "tr", "sr", "pl", "nl", "ro", "er", "cn", "nl", "br", "in"]
EXPAT_HER = ["uk", "uk", "in", "br", "ro", "pl", "cn", "uk", "er"]

# invented streets
NL_STREETS = ["Weteringstraat", "Zandbergweg", "Ganzensteeg", "Hazelaarhof", "Kievitsweide", "Burg. Roessinghlaan",
              "Molenkampsweg", "Twijnderspad", "Havezatheweg", "Esdoornplein", "Laan van Borculo", "Schepenkade",
              "Sallandse Dreef", "Keizersveld", "Raadhuisstraat", "Lijsterbesstraat", "Bornerbroekseweg",
              "Dr. Ariënslaan", "Hofstedestraat", "Pannekoekendijk", "Oude Looweg", "Noorderhaven",
              "Wilhelminasingel", "Kolkweg", "Gildestraat", "Van Wulfenstraat", "Pastoor Buskesstraat",
              "Lindenhorst", "Johan de Wittkade", "Sint Jorisstraat"]
NL_TOWNS = [("Deventer", 7411, 7429), ("Zwolle", 8011, 8043), ("Apeldoorn", 7311, 7339), ("Enschede", 7511, 7548),
            ("Almelo", 7602, 7609), ("Raalte", 8101, 8103), ("Kampen", 8261, 8266), ("Rotterdam", 3011, 3089),
            ("Amsterdam", 1011, 1109), ("Utrecht", 3511, 3585), ("Arnhem", 6811, 6846), ("Nijmegen", 6511, 6546),
            ("Hengelo", 7550, 7559), ("Holten", 7451, 7451), ("Olst", 8121, 8121), ("Lelystad", 8211, 8245),
            ("Den Haag", 2491, 2597), ("Eindhoven", 5611, 5658), ("Bathmen", 7437, 7437), ("Wijhe", 8131, 8131)]
DE_STREETS = ["Nimweger Straße", "Am Spoykanal", "Klosterstraße", "Tiergartenstraße", "Lindenallee", "Emmericher Weg",
              "Gocher Landweg", "Mühlenbachstraße", "Schützenstraße", "An der Schleuse", "Große Straße",
              "Weißdornweg", "Kastanienhöfe", "Grüner Weg"]
DE_TOWNS = [("Kleve", "47533"), ("Emmerich am Rhein", "46446"), ("Goch", "47574"), ("Gronau", "48599"),
            ("Bocholt", "46395"), ("Köln", "50823"), ("Düsseldorf", "40227"), ("Münster", "48149"),
            ("Nordhorn", "48529"), ("Aachen", "52062")]
UK_STREETS = ["Ashgrove Road", "Mill Lane", "Radnor Walk", "Cavendish Street", "Holly Bank", "Station Approach",
              "Kingsley Avenue", "Belvoir Terrace"]
UK_TOWNS = [("Manchester", "M14"), ("Leeds", "LS6"), ("Bristol", "BS7"), ("Glasgow", "G12"), ("London", "SE15"),
            ("Cardiff", "CF24"), ("Sheffield", "S11")]
BE_STREETS = ["Kouterdreef", "Sint-Pietersnieuwstraat", "Lange Lozanastraat", "Kapelstraat", "Rue de la Station"]
BE_TOWNS = [("Gent", "9000"), ("Antwerpen", "2018"), ("Hasselt", "3500"), ("Turnhout", "2300"), ("Brugge", "8000")]

EMAIL_DOMAINS_NL = ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "planet.nl", "icloud.com"]
EMAIL_DOMAINS_DE = ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"]
EMAIL_DOMAINS_UK = ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com"]

NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]

TUSSEN = {"van", "de", "der", "den", "ter", "ten", "'t", "te", "het", "von", "zu", "el", "ait", "la", "le", "da", "dos"}


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


class Person:
    def __init__(self, given, sur, sex, her):
        self.given, self.sur, self.sex, self.her = given, sur, sex, her

    @property
    def full(self):
        return f"{self.given} {self.sur}"

    @property
    def surc(self):  # surname standing alone: Dutch tussenvoegsel capitalised
        return self.sur[0].upper() + self.sur[1:]

    @property
    def init(self):
        return ".".join(p[0] for p in self.given.split("-")) + "."

    @property
    def caps(self):
        return self.full.upper()


class G:
    """Value factory bound to one instance's RNG."""

    def __init__(self, key):
        self.r = random.Random(f"{SEED}:{key}")
        self.used_names = set()

    def ch(self, seq):
        return self.r.choice(seq)

    def digits(self, n, first="0123456789"):
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    # people -------------------------------------------------------------------------------------------
    def person(self, her=None, sex=None, sur=None):
        for _ in range(200):
            h = her or self.ch(NL_HER)
            s = sex or self.ch("MF")
            m, f, surs = NAMES[h]
            g = self.ch(m if s == "M" else f)
            su = sur or self.ch(surs)
            toks = {g} | set(su.replace("-", " ").split())
            if toks & self.used_names:
                continue
            self.used_names |= toks
            return Person(g, su, s, h)
        raise RuntimeError("names exhausted")

    def email(self, p, domains=EMAIL_DOMAINS_NL):
        g = ascii_fold(p.given).lower().replace(" ", "")
        s = ascii_fold(p.sur).lower().replace(" ", "").replace("-", "")
        form = self.r.randrange(5)
        local = [f"{g}.{s}", f"{g[0]}{s}", f"{s}{self.digits(2)}", f"{g}_{s}{self.r.randint(68, 99)}", f"{g}{s[:3]}"][form]
        return f"{local}@{self.ch(domains)}"

    # addresses ----------------------------------------------------------------------------------------
    def nl_addr(self):
        street = self.ch(NL_STREETS)
        num = str(self.r.randint(1, 180))
        add = self.r.random()
        if add < 0.15:
            num += self.ch("abc")
        elif add < 0.25:
            num += "-" + self.ch(["1", "2", "II", "hs", "bis"])
        town, lo, hi = self.ch(NL_TOWNS)
        pc = f"{self.r.randint(lo, hi)} {self.pc_letters()}"
        return f"{street} {num}", pc, town

    def pc_letters(self):
        while True:
            s = self.ch("ABCDEFGHJKLMNPRSTVWXZ") + self.ch("ABCDEFGHJKLMNPRSTVWXZ")
            if s not in PC_BANNED:
                return s

    def de_addr(self):
        street = self.ch(DE_STREETS)
        num = str(self.r.randint(1, 140)) + (self.ch("ab") if self.r.random() < 0.2 else "")
        town, plz = self.ch(DE_TOWNS)
        return f"{street} {num}", plz, town

    def uk_addr(self):
        street = self.ch(UK_STREETS)
        num = str(self.r.randint(2, 220))
        town, out = self.ch(UK_TOWNS)
        inward = str(self.r.randint(1, 9)) + self.ch("ABDEFGHJLNPQRSTUWXYZ") + self.ch("ABDEFGHJLNPQRSTUWXYZ")
        a = f"{num} {street}"
        if self.r.random() < 0.3:
            a = f"Flat {self.r.randint(1, 9)}, {a}"
        return a, f"{out} {inward}", town

    def be_addr(self):
        street = self.ch(BE_STREETS)
        num = str(self.r.randint(2, 160))
        if street.startswith("Rue"):
            a = f"{street} {num}"
        else:
            a = f"{street} {num}" + (f" bus {self.r.randint(1, 12)}" if self.r.random() < 0.5 else "")
        town, pc = self.ch(BE_TOWNS)
        return a, pc, town

    # numbers ------------------------------------------------------------------------------------------
    def bsn(self):
        while True:
            s = self.digits(9, "12345678")
            if elf_ok(s):
                return s

    def bsn8(self):
        """A BSN with a leading zero, returned in its 8-digit written form."""
        while True:
            s = "0" + self.digits(8, "123456789")
            if elf_ok(s):
                return s[1:]

    def bad9(self):
        while True:
            s = self.digits(9, "123456789")
            if not elf_ok(s):
                return s

    def iban_nl(self, bank=None):
        return iban_make("NL", (bank or self.ch(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"]))
                         + self.digits(10))

    def iban_de(self):
        return iban_make("DE", self.ch(["32450000", "35850000", "40050150", "37050198", "30050110", "42861387"])
                         + self.digits(10))

    def iban_be(self):
        first = self.ch(["001", "063", "088", "363", "737"]) + self.digits(7)
        c = int(first) % 97 or 97
        return iban_make("BE", first + f"{c:02d}")

    def iban_gb(self):
        return iban_make("GB", self.ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + self.digits(6, "1234567") + self.digits(8))

    def fmt_iban(self, s, style=None):
        style = style if style is not None else self.r.randrange(3)
        return [sp4(s), s, sp4(s)][style]

    def mobile_nl(self, style=None):
        n = "6" + self.ch("123458") + self.digits(7)
        style = self.r.randrange(8) if style is None else style
        a = n[1:]
        return [f"06-{a}", f"06 {a[:4]} {a[4:]}", f"06{a}", f"+31 6 {a}", f"+31 (0)6 {a[:4]} {a[4:]}",
                f"06 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}", f"0031 6 {a[:4]} {a[4:]}", f"+316{a}"][style]

    def land_nl(self, style=None):
        area = self.ch(["570", "548", "572", "547", "546", "522", "38", "53", "55", "26", "30", "10", "20"])
        sub = self.digits(9 - len(area), "23456789")
        style = self.r.randrange(4) if style is None else style
        if len(area) == 3:
            return [f"0{area}-{sub}", f"0{area} {sub[:3]} {sub[3:]}", f"(0{area}) {sub}", f"+31 {area} {sub[:3]} {sub[3:]}"][style]
        return [f"0{area}-{sub}", f"0{area} {sub[:3]} {sub[3:]}", f"(0{area}) {sub[:3]} {sub[3:5]} {sub[5:]}",
                f"+31 {area} {sub[:3]} {sub[3:]}"][style]

    def gsm_be(self):
        n = "4" + self.ch("5789") + self.digits(7)
        return self.ch([f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"])

    def mobile_de(self):
        pre, ln = self.ch([("151", 8), ("152", 8), ("160", 7), ("170", 7), ("171", 7), ("176", 8), ("162", 7)])
        sub = self.digits(ln, "123456789")
        return self.ch([f"0{pre} {sub}", f"+49 {pre} {sub}", f"0{pre}/{sub}", f"0{pre}-{sub}"])

    def land_de(self):
        area, ln = self.ch([("2821", 6), ("2822", 5), ("2871", 6), ("221", 7), ("211", 7), ("251", 6), ("2562", 5)])
        sub = self.digits(ln, "23456789")
        return self.ch([f"0{area} {sub}", f"0{area}/{sub}", f"+49 {area} {sub}", f"+49 (0){area} {sub}"])

    def uk_phone(self, mobile=True):
        if mobile:
            x = self.digits(3)
            return self.ch([f"07700 900{x}", f"+44 7700 900{x}", f"07700900{x}"])
        x = self.digits(3)
        return self.ch([f"0161 496 0{x}", f"0113 496 0{x}", f"020 7946 0{x}"])

    def dob(self, lang, style=None, y0=1948, y1=2004):
        while True:
            y, mth, d = self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28)
            if date_ok(d, mth, y):
                break
        style = self.r.randrange(3) if style is None else style
        if lang == "nl":
            return [f"{d:02d}-{mth:02d}-{y}", f"{d} {NL_MONTHS[mth - 1]} {y}", f"{d}-{mth}-{y}", f"{y}-{mth:02d}-{d:02d}"][style]
        if lang == "en":
            return [f"{d} {EN_MONTHS[mth - 1]} {y}", f"{d:02d}/{mth:02d}/{y}", f"{EN_MONTHS[mth - 1]} {d}, {y}", f"{y}-{mth:02d}-{d:02d}"][style]
        return [f"{d:02d}.{mth:02d}.{y}", f"{d}. {DE_MONTHS[mth - 1]} {y}", f"{d}.{mth}.{y}", f"{y}-{mth:02d}-{d:02d}"][style]

    def kenteken(self, sc=None):
        sc = sc or self.ch([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14])
        while True:
            out = "".join(self.ch(KT_LETTERS) if c == "X" else (self.ch("123456789") if c == "9" else "-")
                          for c in KT_SIDECODES[sc])
            if kenteken_sidecode(out) == sc:
                return out

    def kennzeichen(self):
        while True:
            s = f"{self.ch(['KLE', 'BOR', 'COE', 'ST', 'WES', 'K', 'D', 'MS'])}-{self.ch('ABCDEFGHJKLMNPRSTUVWXZ')}" \
                f"{self.ch(['', 'B', 'K', 'R', 'T'])} {self.r.randint(1, 9999)}"
            if kennzeichen_ok(s):
                return s

    def docnr(self, first):
        al = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
        an = al + "123456789"
        while True:
            s = first + self.ch(al) + "".join(self.ch(an) for _ in range(6)) + self.ch("123456789")
            if docnr_ok(s):
                return s

    def residence(self):
        return self.ch(["II", "III", "IV"]) + "-V" + "".join(self.ch("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(8))

    def ausweis(self):
        a = "CFGHJKLMNPRTVWXYZ"
        return self.ch(a) + "".join(self.ch(a + "0123456789") for _ in range(7)) + self.ch("0123456789")

    def card(self, kind="visa"):
        while True:
            body = ("4" + self.digits(14)) if kind == "visa" else ("5" + self.ch("12345") + self.digits(13))
            for c in "0123456789":
                if luhn_ok(body + c):
                    return body + c

    def betalingskenmerk(self):
        while True:
            s = self.digits(16, "1235789")
            if not card_ok(s):
                return " ".join(s[i:i + 4] for i in range(0, 16, 4))

    def btw_id(self):
        while True:
            d = self.digits(9, "123456789")
            if elf_ok(d):
                continue
            for suf in range(1, 100):
                s = f"NL{d}B{suf:02d}"
                if btw_ok(s):
                    return s

    def kvk(self):
        return self.digits(8, "0123456789")

    def public_ip(self):
        while True:
            s = f"{self.ch([31, 62, 77, 80, 84, 86, 89, 94, 145, 178, 185, 213])}.{self.r.randint(1, 254)}." \
                f"{self.r.randint(0, 254)}.{self.r.randint(1, 254)}"
            if ipaddress.ip_address(s).is_global:
                return s

    # hard negatives -----------------------------------------------------------------------------------
    def dossier(self):
        return f"HV-{self.ch(['2024', '2025'])}-{self.digits(6)}"

    def factuur(self):
        return self.ch([f"F{self.digits(7)}", f"2025-{self.digits(5)}", f"INV-{self.digits(6)}", self.bad9()])

    def amount(self, lo=40, hi=4800):
        v = self.r.randint(lo * 100, hi * 100) / 100
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return s

    def amount_en(self, lo=40, hi=4800):
        return f"{self.r.randint(lo * 100, hi * 100) / 100:,.2f}"

    def date_nl(self, y=2025):
        return f"{self.r.randint(1, 28)}-{self.r.randint(1, 12)}-{y}"

    def zaaknr_kanton(self):
        return f"{self.digits(8, '1')} \\ CV EXPL {self.ch(['24', '25'])}-{self.r.randint(1000, 9999)}"

    def zaaknr_haza(self):
        return f"C/08/{self.digits(6, '3')} / HA ZA {self.ch(['24', '25'])}-{self.r.randint(100, 699)}"


# ==========================================================================================================
# scenarios: fn(g, k) -> marked text; each is run for k = 0 and 1
SCEN = []


def sc(lang, pii):
    def deco(fn):
        SCEN.append((fn.__name__, lang, pii, fn))
        return fn
    return deco


CREDITORS_NL = ["Energiebedrijf Noordoost B.V.", "WoonGoed Salland", "Kabelnet IJssel B.V.", "FitLand Sportclubs B.V.",
                "Autobedrijf Van Dongen B.V.", "Klaassen & Zn. Installatietechniek", "Sallandse Verzekeringen N.V.",
                "Telefonie Direct B.V.", "Webwinkel Gadgetstore.example", "Jansen Dakwerken v.o.f."]
EMPLOYERS = ["Distributiecentrum Twentehaven B.V.", "Bakkerij Oudewater", "Schoonmaakbedrijf Glanzend B.V.",
             "Zorggroep De Linde", "Transportbedrijf Gebr. Mensink", "Uitzendbureau FlexWerk Oost"]


# ---------------------------------------------------------------- nl, with personal data
@sc("nl", True)
def nl_regeling_mail(g, k):
    p = g.person()
    adr, pc, town = g.nl_addr()
    tel = g.mobile_nl()
    dos = g.dossier()
    if k == 0:
        return (f"Onderwerp: verzoek betalingsregeling dossier {dos}\n\nGeachte heer/mevrouw,\n\n"
                f"Ik heb uw brief van {g.date_nl()} ontvangen over de vordering van {g.ch(CREDITORS_NL)} (totaal "
                f"€ {g.amount(300, 2500)} incl. incassokosten ex art. 6:96 BW). Ik kan dit niet in één keer betalen. "
                f"Graag zou ik een betalingsregeling treffen van € {g.ch(['50', '75', '100', '125'])},- per maand, "
                f"te beginnen op de 25e na mijn salaris.\n\nU kunt mij bereiken op {PH(tel)}, liefst na 17.00 uur.\n\n"
                f"Met vriendelijke groet,\n\n{P(p.full)}\n{AD(adr)}\n{PC(pc)} {town}")
    return (f"hoi, ik heb weer een brief gehad van jullie (dossier {dos}) maar ik kan echt niet alles tegelijk betalen.. "
            f"kan ik niet een regleing krijgen van 40 euro in de maand? mijn uitkering komt op de 23e binnen. de rente "
            f"van {g.ch(['2', '4', '6'])}% snap ik ook niet. bel me maar op {PH(tel)} als er iets niet klopt\n\ngroetjes {P(p.given.lower())}")


@sc("nl", True)
def nl_inkomsten_uitgaven(g, k):
    p = g.person(sex="M")
    q = g.person(sex="F", her=p.her if p.her != "nl" else None)
    hr = g.person(her="nl")
    adr, pc, town = g.nl_addr()
    bsn = g.bsn()
    emp = g.ch(EMPLOYERS)
    dos = g.dossier()
    if k == 0:
        return (f"INKOMSTEN- EN UITGAVENFORMULIER\tdossier {dos}\n"
                f"Naam aanvrager\t{P(p.full)}\nGeboortedatum\t{DOB(g.dob('nl', 0))}\nBSN\t{BS(bsn)}\n"
                f"Adres\t{AD(adr)}, {PC(pc)} {town}\nPartner\t{P(q.full)}\tgeb. {DOB(g.dob('nl', 0))}\n"
                f"Werkgever\t{emp}\tcontactpersoon {P(hr.full)}, {PH(g.land_nl())}\n\n"
                f"INKOMSTEN\tper maand\nNetto loon\t€ {g.amount(1400, 2300)}\nHuurtoeslag\t€ {g.amount(90, 380)}\n"
                f"Kinderbijslag (per kwartaal)\t€ 304,20\nTotaal\t€ {g.amount(1900, 2900)}\n\n"
                f"UITGAVEN\nHuur (WoonGoed Salland)\t€ {g.amount(600, 900)}\nEnergie\t€ {g.amount(90, 220)}\n"
                f"Water\t€ 24,50\nTelefoon/internet\t€ 61,99\nAflossing Kredietbank Salland\t€ 85,00\n\n"
                f"Beschikbaar voor regeling\t€ {g.amount(30, 150)}\nAfloscapaciteit conform Recofa-norm: nee")
    return ("inkomsten en uitgaven (export uit budgetplanner)\n"
            f"naam;{P(p.sur + ', ' + p.given)}\ngeboortedatum;{DOB(g.dob('nl', 2))}\nbsn;{BS(bsn[:4] + '.' + bsn[4:6] + '.' + bsn[6:])}\n"
            f"adres;{AD(adr)}\npostcode;{PC(pc.replace(' ', ''))}\nwoonplaats;{town}\n"
            f"partner;{P(q.sur + ', ' + q.given)}\npartner geboortedatum;{DOB(g.dob('nl', 2))}\n"
            f"netto inkomen;{g.amount(1200, 2100)}\nuitkering partner (UWV WW);{g.amount(700, 1300)}\n"
            f"huur;{g.amount(600, 900)}\nverzekeringen;{g.amount(140, 260)}\nboodschappen;{g.amount(400, 650)}\n"
            f"schulden lopend;{g.ch(CREDITORS_NL)} / Telefonie Direct B.V.\nvrij te besteden;{g.amount(20, 90)}")


@sc("nl", True)
def nl_budgetcoach(g, k):
    cl = g.person()
    coach = g.person(her="nl")
    adr, pc, town = g.nl_addr()
    dos = g.dossier()
    if k == 0:
        mail = g.email(coach, ["rondkomen-salland.example"])
        return (f"Geachte heer, mevrouw,\n\nIk schrijf u als vrijwillig budgetcoach van Stichting Rondkomen Salland namens mijn "
                f"cliënt {P(cl.full)}, geboren op {DOB(g.dob('nl', 1))}, wonende {AD(adr)}, {PC(pc)} {town}. Uw kenmerk: "
                f"{dos}.\n\nDe heer/mevrouw {P(cl.surc)} heeft op dit moment geen aflossingsruimte. Wij vragen u de incasso "
                f"twee maanden op te schorten (geen verdere kosten, geen beslag) zodat wij een aanvraag schuldhulpverlening "
                f"bij de gemeente kunnen doen. Een machtiging van {P(cl.given)} is bijgevoegd.\n\nMet vriendelijke groet,\n"
                f"{P(coach.full)}\nbudgetcoach Stichting Rondkomen Salland\n{PH(g.mobile_nl())} | {E(mail)}")
    p2 = g.person()
    mail = g.email(coach, ["raalte.example"])
    return (f"Betreft: verzoek saldo-opgave en moratorium – cliënten {P(cl.full)} en {P(p2.full)}\n\n"
            f"Geacht incassobureau,\n\nBovengenoemde cliënten (geb. {DOB(g.dob('nl', 0))} resp. {DOB(g.dob('nl', 0))}), "
            f"wonende aan de {AD(adr)} te {town}, hebben zich op {g.date_nl()} aangemeld bij team Schuldhulpverlening "
            f"van de gemeente Raalte. Wij verzoeken u binnen 10 werkdagen een saldo-opgave per {g.date_nl()} te sturen "
            f"(hoofdsom, rente, kosten apart) en de invordering op te schorten. Bij beslag verzoeken wij de "
            f"beslagvrije voet te herberekenen.\n\nMet vriendelijke groet,\n\n{P(coach.full)}\nschuldhulpverlener\n"
            f"T {PH(g.land_nl())}\n{E(mail)}")


@sc("nl", True)
def nl_betwisting(g, k):
    p = g.person()
    iban = g.iban_nl()
    dos = g.dossier()
    mail = g.email(p)
    if k == 0:
        return (f"Aan Hoekveld Incasso,\n\nIk betwist de vordering van FitLand Sportclubs B.V. (uw dossier {dos}, factuur "
                f"{g.factuur()}). Mijn abonnement is per {g.date_nl(2024)} opgezegd; de bevestiging zit in de bijlage. "
                f"Bovendien heb ik op {g.date_nl()} € {g.amount(30, 90)} overgemaakt vanaf mijn rekening "
                f"{IB(g.fmt_iban(iban))}. Ik verzoek u de incasso te staken tot de schuldeiser heeft gereageerd.\n\n"
                f"Hoogachtend,\n{P(p.init + ' ' + p.sur)}\n{E(mail)}")
    adr, pc, town = g.nl_addr()
    return (f"Geachte {P(REG)},\n\nDe incassokosten van € {g.amount(40, 375)} ga ik niet betalen. De 14-dagenbrief (art. 6:96 "
            f"lid 6 BW) is nooit bij mij aangekomen, want die is naar mijn oude adres gestuurd terwijl ik al sinds "
            f"vorig jaar op {AD(adr)} ({PC(pc)}) woon. De hoofdsom betaal ik deze week via uw betaallink.\n\n"
            f"{P(p.full)}\n{E(mail)}")


@sc("nl", True)
def nl_bezoekrapport(g, k):
    p = g.person(sex="M")
    q = g.person(sex="F")
    adr, pc, town = g.nl_addr()
    dos = g.dossier()
    if k == 0:
        kt = g.kenteken(g.ch([7, 8, 9, 11]))
        return (f"BEZOEKRAPPORT – dossier {dos} – {g.date_nl()} 09:40\nAdres: {AD(adr)}, {PC(pc)} {town.upper()}\n"
                f"Aangetroffen: dhr. {P(p.surc)} zelf; partner {P(q.full)} aanwezig.\n"
                f"Legitimatie: rijbewijs nr. {ID(g.digits(10, '45'))}\n"
                f"Voertuig op oprit: grijze Opel Astra, kenteken {LP(kt)}. Beslag gelegd (art. 439 e.v. Rv), "
                f"proces-verbaal van beslag uitgereikt. Vordering € {g.amount(1200, 6000)} incl. rente en kosten.\n"
                f"Debiteur belt uiterlijk vrijdag naar 0570 638 400 voor een regeling.\n– {P(KGDW)}, kandidaat-gerechtsdeurwaarder")
    kt = g.kenteken(g.ch([4, 5, 6, 10, 12]))
    return (f"notitie bezoek {g.date_nl()} – {dos}\nniemand thuis op {AD(adr)} {town}. buurvrouw zegt dat {P(p.given)} "
            f"({P(p.full)}) er nog woont, werkt bij {g.ch(EMPLOYERS)}. exploot in gesloten envelop achtergelaten (art. 47 Rv). "
            f"auto met kenteken {LP(kt)} stond niet voor de deur. volgende poging {g.date_nl()} vroeg in de ochtend.\n/{P(KGDW.split()[0].lower())}")


@sc("nl", True)
def nl_dagvaarding(g, k):
    p = g.person()
    spouse = g.person(sex="F" if p.sex == "M" else "M", sur=None)
    adr, pc, town = g.nl_addr()
    cred_kvk = g.kvk()
    if k == 0:
        return (f"EXPLOOT VAN DAGVAARDING\n\nHeden, {g.r.randint(2, 27)} {g.ch(NL_MONTHS)} 2025, op verzoek van de stichting "
                f"WoonGoed Salland, gevestigd te Deventer, ingeschreven in het Handelsregister onder nummer {KVK(cred_kvk)}, "
                f"te dezer zake woonplaats kiezende ten kantore van Hoekveld Gerechtsdeurwaarders, Hanzeweg 118 te Deventer,\n\n"
                f"heb ik, mr. {P(GDW)}, gerechtsdeurwaarder ter standplaats Deventer,\n\nGEDAGVAARD:\n\n"
                f"{P(p.caps)}, geboren op {DOB(g.dob('nl', 1))}, wonende te ({PC(pc)}) {town}, {AD(adr)},\n"
                f"aldaar mijn exploot doende en afschrift dezes latende aan {P(spouse.full)}, huisgenoot,\n\n"
                f"OM op {g.r.randint(2, 27)} {g.ch(NL_MONTHS)} 2026 om 10.00 uur te verschijnen ter openbare terechtzitting "
                f"van de rechtbank Overijssel, team kanton, locatie Deventer. Vordering: huurachterstand € {g.amount(1800, 6500)}, "
                f"wettelijke rente (art. 6:119 BW) en buitengerechtelijke kosten (art. 6:96 BW).")
    return (f"Van: {P(JUR)}\nAan: team beslag\nOnderwerp: dagvaarding {p.sur} – zaaknummer {g.zaaknr_kanton()}\n\n"
            f"Dagvaarding is {g.date_nl()} in persoon betekend aan {P(p.full)} (geboren {DOB(g.dob('nl', 0))}) op "
            f"{AD(adr)}, {PC(pc)} {town}. Eisende partij: Sallandse Verzekeringen N.V. (KvK {KVK(cred_kvk)}). "
            f"Rolzitting {g.date_nl()}; bij verstek vonnis vragen, proceskosten € 1.219,- (salaris gemachtigde). "
            f"Let op: gedaagde heeft eerder een regeling gehad (dossier {g.dossier()}).\n\n{P(JUR.split()[0])}").replace(
        f"dagvaarding {p.sur} –", f"dagvaarding {P(p.sur)} –")


@sc("nl", True)
def nl_whatsapp(g, k):
    p = g.person(sex="F", her=g.ch(["ma", "tr", "nl", "sr"]))
    h = g.person(sex="M", her=p.her)
    dos = g.dossier()
    if k == 0:
        return (f"[14-03-2025 19:02] {P(p.given)}: hoi ik heb een brief van jullie gekregen dat de deurwaarder komt???\n"
                f"[14-03-2025 19:05] Hoekveld Incasso: Goedenavond! Mag ik uw dossiernummer? Dat staat rechtsboven in de brief.\n"
                f"[14-03-2025 19:06] {P(p.given)}: {dos}\n"
                f"[14-03-2025 19:06] {P(p.given)}: mijn man {P(h.given)} wil ook betalen want hij heeft dezelfde brief\n"
                f"[14-03-2025 19:07] {P(p.given)}: jullie kunnen hem bellen op {PH(g.mobile_nl())} na 6 uur\n"
                f"[14-03-2025 19:11] {P(CHAT.split()[0])} (Hoekveld): Dank u. Ik zet een terugbelverzoek klaar. "
                f"Het openstaande bedrag is € {g.amount(200, 1500)}.")
    return (f"{P(CHAT)}: Goedemiddag, u spreekt met {P(CHAT.split()[0])} van Hoekveld. Waarmee kan ik helpen?\n"
            f"Klant: ik heb vanmorgen 150 betaald maar in het portaal staat nog steeds 612,40 open\n"
            f"{P(CHAT)}: Betalingen worden binnen 2 werkdagen verwerkt. Op welke naam is betaald?\n"
            f"Klant: op naam van mijn zoon {P(h.full)}, vanaf zijn rekening {IB(g.fmt_iban(g.iban_nl(), 1))}\n"
            f"{P(CHAT)}: Dank u, ik koppel de betaling aan {dos}.")


@sc("nl", True)
def nl_overdracht_schuldeiser(g, k):
    contact = g.person(her="nl")
    debs = [g.person() for _ in range(3)]
    cred_kvk = g.kvk()
    rows = []
    for d in debs:
        adr, pc, town = g.nl_addr()
        name = P(d.full) if k == 0 else P(d.sur + ", " + d.given)
        rows.append(f"{name}\t{AD(adr)}\t{PC(pc)}\t{town}\t{g.factuur()}\t€ {g.amount(80, 950)}")
    head = "debiteur\tadres\tpostcode\tplaats\tfactuur\topenstaand" if k == 0 else "Naam\tStraat + nr\tPC\tWoonplaats\tFactuurnr\tSaldo"
    return (f"Goedemiddag,\n\nHierbij dragen wij onderstaande dossiers over ter incasso; de aanmaning (14 dagen) is "
            f"verstreken. Rente conform onze AV: 1% per maand, incassokosten volgens de WIK-staffel.\n\n{head}\n"
            + "\n".join(rows) +
            f"\n\nGraag ontvang ik per dossier uw referentie.\n\nMet vriendelijke groet,\n{P(contact.full)}\n"
            f"Debiteurenbeheer | Kabelnet IJssel B.V. | KvK {KVK(cred_kvk)}\nT {PH(g.land_nl())}")


@sc("nl", True)
def nl_loonbeslag_werkgever(g, k):
    hr = g.person(sex="F", her="nl")
    d = g.person(sex="M")
    emp = g.ch(EMPLOYERS)
    wb = g.bsn()
    if k == 0:
        return (f"{emp}\nt.a.v. de salarisadministratie, mevrouw {P(hr.surc)}\n\nBetreft: derdenbeslag onder werkgever – "
                f"werknemer {P(d.init + ' ' + d.sur)}, geboren {DOB(g.dob('nl', 0))}, BSN {BS(' '.join(wb[i:i + 3] for i in (0, 3, 6)))}, personeelsnummer 00{g.digits(4)}\n\n"
                f"Geachte mevrouw {P(hr.surc)},\n\nOp {g.date_nl()} heb ik ten laste van uw werknemer beslag gelegd onder u "
                f"(art. 475 e.v. Rv). De beslagvrije voet bedraagt € {g.amount(1400, 1900)} per maand (art. 475d Rv). "
                f"Wij verzoeken u binnen vier weken de verklaring derdenbeslag af te leggen en de inhoudingen over te maken op "
                f"{ORG_IBAN_SP[0]} t.n.v. Stichting Derdengelden Hoekveld o.v.v. {g.dossier()}.\n\n"
                f"Hoogachtend,\n{P(GDW)}\ngerechtsdeurwaarder")
    return (f"Beste {P(KGDW.split()[0])},\n\nHierbij de verklaring derdenbeslag voor onze medewerker {P(d.full)} "
            f"(personeelsnr. {g.digits(6)}). Hij is per {g.date_nl()} uit dienst; laatste salarisstrook in de bijlage. "
            f"Er is nog een ouder beslag van de Belastingdienst, dus wij houden niets voor jullie in.\n\n"
            f"Vragen? Bel mij op {PH(g.land_nl())}.\n\nGroet,\n{P(hr.full)}\nHR & salarisadministratie | {emp}")


@sc("nl", True)
def nl_doorgestuurd(g, k):
    p = g.person()
    mail = g.email(p)
    dos = g.dossier()
    kenm = g.betalingskenmerk()
    if k == 0:
        return (f"{P(JUR.split()[0])}, zie onderstaand. Akkoord met uitstel tot de 5e? Gr. {P(REG.split()[0])}\n\n"
                f"---------- Doorgestuurd bericht ---------\nVan: {P(p.full)} <{E(mail)}>\nDatum: ma 3 mrt 2025 om 21:14\n"
                f"Aan: regelingen@hoekveld-incasso.example\nOnderwerp: RE: Uw betalingsregeling {dos}\n\n"
                f"Ik heb de eerste termijn betaald maar de tweede lukt pas op de 5e. Sorry!\n{P(p.given)}\n\n"
                f"> Op 28 feb. 2025 om 10:02 schreef Team Betalingsregelingen <regelingen@hoekveld-incasso.example>:\n"
                f"> Geachte heer/mevrouw, hierbij bevestigen wij de regeling: 6 termijnen van € {g.amount(40, 200)}, eerste\n"
                f"> termijn uiterlijk 1 maart 2025, betalingskenmerk {kenm}.")
    return (f"Op vr 11 apr 2025 om 08:47 schreef {P(p.full)} <{E(mail)}>:\n\nIk heb nog steeds niks gehoord!!\n\n"
            f"Op 2 apr. 2025 om 16:30 schreef {P(p.given)}:\n> Goedemiddag, ik wil bezwaar maken tegen de "
            f"kosten in dossier {dos}. Ik woon in het buitenland en heb de post niet gekregen.\n> Mijn nieuwe nummer is "
            f"{PH(g.gsm_be())} (België).\n\n--\nVerstuurd vanaf mijn iPhone")


@sc("nl", True)
def nl_zzp(g, k):
    p = g.person(sex="M")
    kvk = g.kvk()
    iban = g.iban_nl(g.ch(["KNAB", "BUNQ", "RABO"]))
    if k == 0:
        return (f"Goedendag,\n\nIk heb een eenmanszaak (Klusbedrijf De Stevige Spijker, KvK {KVK(kvk)}, btw-id "
                f"{BTW(g.btw_id())}). Door een wanbetaler van mijzelf kan ik de factuur van Autobedrijf Van Dongen B.V. "
                f"(nr. {g.factuur()}) nu niet voldoen. Voorstel: € 400 nu en de rest over 3 maanden. U kunt de termijnen "
                f"incasseren van mijn zakelijke rekening {IB(g.fmt_iban(iban, 0))}.\n\nMvg,\n{P(p.full)}")
    return (f"Zoals gevraagd mijn gegevens voor de saldo-opgave:\nhandelsnaam: Schildersbedrijf Kleurrijk Oost\n"
            f"kvk-nummer: {KVK(kvk)}\nomzetbelastingnummer (oud): {BS('NL' + g.bsn() + 'B01')}\n"
            f"rekening: {IB(g.fmt_iban(iban, 1))}\n\nDe btw-aangifte van Q4 volgt. Graag de rente (8,00% handelsrente, "
            f"art. 6:119a BW) apart vermelden.\n{P(p.given)} {P(p.sur)}".replace(f"{P(p.given)} {P(p.sur)}", P(p.full)))


@sc("nl", True)
def nl_bewind(g, k):
    cl = g.person()
    bw = g.person(her="nl")
    adr, pc, town = g.nl_addr()
    if k == 0:
        return (f"Geachte heer/mevrouw,\n\nBij beschikking van de kantonrechter te Zwolle van {g.date_nl(2024)} ben ik benoemd "
                f"tot bewindvoerder over de goederen van {P(cl.full)}, geboren {DOB(g.dob('nl', 1))}, wonende "
                f"{AD(adr)}, {PC(pc)} {town}. Graag ontvang ik een overzicht van uw vordering (dossier {g.dossier()}). "
                f"Betalingen lopen voortaan via de beheerrekening {IB(g.fmt_iban(g.iban_nl(), 0))}. Correspondentie "
                f"uitsluitend naar mijn kantoor.\n\nMet vriendelijke groet,\n{P(bw.full)}\nBewindvoering IJsseldelta\n"
                f"{E(g.email(bw, ['bewind-ijsseldelta.example']))}")
    return (f"Team schuldhulp gemeente Deventer\nCliënt: mevr./dhr. {P(cl.surc)}\nGeb.datum: {DOB(g.dob('nl', 0))}\nBSN-nr: {BS(g.bsn8())}\n"
            f"Adres: {AD(adr)}, {PC(pc)}\nTraject: minnelijk (MSNP), start {g.date_nl()}\n"
            f"Verzoek: bevriezen vordering (dossier {g.dossier()}) en geen beslag gedurende 120 dagen (moratorium, art. 287b Fw).\n"
            f"Contactpersoon: {P(bw.full)}, {PH(g.land_nl())}")


@sc("nl", True)
def nl_auto_terug(g, k):
    p = g.person(sex="M")
    if k == 0:
        kt = g.kenteken(g.ch([7, 8, 9, 11, 12])).replace("-", "").lower()
        return (f"Jullie hebben gisteren mijn auto meegenomen ({LP(kt)}) maar die heb ik nodig voor mijn werk bij "
                f"{g.ch(EMPLOYERS)}. Zonder auto geen inkomen en dan kan ik helemaal niks betalen. Ik kan morgen € 500 "
                f"overmaken en dan € 150 per maand. Bel me aub: {PH(g.mobile_nl())}\n\n{P(p.caps)}")
    f = g.person(sex="F")
    kt = g.kenteken(g.ch([4, 5, 6, 13, 14]))
    return (f"Geachte deurwaarder,\n\nDe auto met kenteken {LP(kt)} die u in beslag wilt nemen staat op naam van mijn "
            f"vriendin {P(f.full)}, niet op mijn naam. Zie het kentekenbewijs in de bijlage. Zij heeft niets met mijn "
            f"schulden te maken. Graag de beslaglegging intrekken.\n\n{P(p.init + ' ' + p.sur)}")


@sc("nl", True)
def nl_verhuisd(g, k):
    p = g.person()
    old, opc, otown = g.nl_addr()
    new, npc, ntown = g.nl_addr()
    if k == 0:
        return (f"Adreswijziging dossier {g.dossier()}\n\nPer 1 april woon ik niet meer op {AD(old)} in {otown}. "
                f"Mijn nieuwe adres is {AD(new)}, {PC(npc)} {ntown}. Post naar het oude adres komt niet aan. "
                f"Kunt u de regeling (€ 60 p/m, kenmerk {g.betalingskenmerk()}) gewoon laten doorlopen?\n\n"
                f"{P(p.full)}\n{E(g.email(p))}")
    return (f"beste mensen, ik woon tijdelijk bij mijn ouders, fam. {P(p.surc)}, {AD(new)} {ntown} ({PC(npc.replace(' ', ''))}). "
            f"stuur de post daar maar heen. mijn telefoon is {PH(g.mobile_nl())}.\n{P(p.given)}")


@sc("nl", True)
def nl_boos(g, k):
    p = g.person()
    if k == 0:
        return (f"IK HEB AL BETAALD!!! OP {g.date_nl()} € {g.amount(100, 400)} NAAR JULLIE REKENING {ORG_IBANS[0]} EN NU "
                f"KRIJG IK WEER EEN BRIEF MET € 40 KOSTEN. DIT IS DIEFSTAL. IK GA NAAR HET JURIDISCH LOKET.\n"
                f"{P(p.caps)}")
    adr, pc, town = g.nl_addr()
    return (f"Klacht\n\nUw deurwaarder, meneer {P(KGDW.split()[1])}, stond vanochtend om 07.15 uur bij mijn buren op "
            f"{AD(adr)} aan te bellen en vertelde daar over mijn schuld. Dat is toch niet toegestaan? Ik wil dat er een "
            f"klacht wordt ingediend (Kamer voor Gerechtsdeurwaarders, art. 34 Gdw).\n\n{P(p.full)}, {town}")


@sc("nl", True)
def nl_telefoonnotitie(g, k):
    p = g.person()
    bs = g.bsn()
    if k == 0:
        return (f"Telefoonnotitie {g.date_nl()} 11:20 – {P(REG)}\nBeller: {P(p.full)} (tel. {PH(g.mobile_nl())})\n"
                f"Dossier: {g.dossier()} / creditor ref. {g.bad9()}\nBSN (door beller genoemd, niet opslaan): {BS('-'.join(bs[i:i + 3] for i in (0, 3, 6)))}\nAfspraak: regeling 12 x € {g.amount(40, 120)}, "
                f"eerste termijn 1e vd maand.\nTerugbellen op {PH(g.land_nl())} (werk) na 16u als bevestiging niet binnen is.")
    w = g.person(her="nl")
    return (f"tel. notitie – {P(REG.split()[0].lower())}\n{P(w.full)} van {g.ch(EMPLOYERS)} (personeelszaken) belde over "
            f"loonbeslag op {P(p.full)}. Vraagt of de beslagvrije voet herberekend moet worden, werknemer gaat 24 uur werken. "
            f"Teruggebeld op {PH(g.land_nl(1))}, uitgelegd, formulier gemaild.")


@sc("nl", True)
def nl_betaalbewijs(g, k):
    p = g.person()
    m = g.person(sex="F", her=p.her)
    if k == 0:
        return (f"Hallo,\n\nMijn moeder {P(m.full)} heeft namens mij € 250,00 overgemaakt vanaf haar rekening "
                f"{IB(g.fmt_iban(g.iban_nl(), 0))} (omschrijving {g.dossier()}). Willen jullie dit verwerken en de "
                f"deurwaarder afbellen?\n\nBedankt,\n{P(p.given)}")
    return (f"Betaalbewijs: € {g.amount(100, 500)} op {g.date_nl()} van {IB(g.fmt_iban(g.iban_nl(), 1))} t.n.v. "
            f"{P(p.init + ' ' + p.sur)} naar {ORG_IBAN_SP[0]}, kenmerk {g.betalingskenmerk()}. Graag bevestigen.")


@sc("nl", True)
def nl_id_check(g, k):
    p = g.person()
    if k == 0:
        return (f"Voor de identiteitscontrole (portaal) hierbij mijn gegevens: {P(p.full)}, geboortedatum "
                f"{DOB(g.dob('nl', 0))}, ID-kaart documentnummer {ID(g.docnr('I'))}, geldig tot {g.date_nl(2031)}. "
                f"Een kopie met afgeschermd BSN (KopieID-app) stuur ik mee.")
    sw = g.person(her="nl")
    p = g.person(her="er", sex="F")
    return (f"Namens {P(p.full)} (statushouder, sinds 2023 in Deventer): zij heeft geen paspoort, alleen een "
            f"verblijfsdocument nr. {ID(g.residence())}. De bank vraagt dit voor de regeling. Geboren "
            f"{DOB(g.dob('nl', 1, 1980, 2002))}.\n\nGroet, {P(sw.full)}, maatschappelijk werk Deventer")


@sc("nl", True)
def nl_portaal_kaart(g, k):
    p = g.person()
    if k == 0:
        return (f"Ik probeer in te loggen op mijn.hoekveld-incasso.example maar ik krijg steeds 'Toegang geblokkeerd "
                f"(IP {IPA(g.public_ip())})'. Ik gebruik Chrome 124.0.6367.91 op Windows 11. Dossier {g.dossier()}.\n"
                f"{P(p.full)} – {E(g.email(p))}")
    card = g.card("mc")
    return (f"Kan ik ook met creditcard betalen? Ik heb geen iDEAL. Kaartnummer {CC(' '.join(card[i:i + 4] for i in range(0, 16, 4)))}, "
            f"vervalt 08/27. Het gaat om € {g.amount(100, 600)} voor dossier {g.dossier()}.\n\ngr {P(p.given)}")


# ---------------------------------------------------------------- nl, without personal data
@sc("nl", False)
def nl_autoreply(g, k):
    if k == 0:
        return (f"Dit is een automatisch antwoord.\n\nBedankt voor uw bericht over dossier {g.dossier()}. Wij reageren binnen "
                f"5 werkdagen. Betalen kan direct op {ORG_IBAN_SP[0]} t.n.v. Stichting Derdengelden Hoekveld o.v.v. "
                f"betalingskenmerk {g.betalingskenmerk()}. Een betalingsregeling aanvragen kan via "
                f"mijn.hoekveld-incasso.example/regeling.\n\nBereikbaar: ma–vr 08.30–17.00 uur op 0570 638 400 of via "
                f"WhatsApp 06-48271930.\n\n{SIG_NL}")
    return (f"Afwezigheidsmelding\n\nIk ben tot en met {g.date_nl()} afwezig. Voor spoedeisende zaken (beslag, ontruiming "
            f"op korte termijn) kunt u bellen met de piketlijn +31 (0)85 760 2240 of mailen naar beslag@hoekveld-incasso.example. "
            f"Uw bericht wordt niet doorgestuurd.\n\nHoekveld Gerechtsdeurwaarders | Postbus 2290, 7400 CG Deventer | KvK {ORG_KVK}")


@sc("nl", False)
def nl_chat_anoniem(g, k):
    dos = g.dossier()
    if k == 0:
        return (f"Bezoeker: goedemiddag ik wil graag een regeling voor {dos}\nTeam Regelingen: Goedemiddag! Het openstaande "
                f"saldo is € {g.amount(300, 2000)}. Wat kunt u per maand betalen?\nBezoeker: 75 euro, vanaf 1 mei\n"
                f"Team Regelingen: Akkoord, 12 termijnen. Er wordt geen extra rente berekend zolang de regeling loopt. U "
                f"ontvangt de bevestiging per mail met betalingskenmerk.\nBezoeker: top dank je")
    return (f"Bezoeker: waarom is het bedrag van {g.amount(150, 400)} naar {g.amount(450, 900)} gegaan??\n"
            f"Team Regelingen: Dat zijn de buitengerechtelijke incassokosten (15% over de eerste € 2.500, minimaal € 40, "
            f"art. 6:96 BW) plus wettelijke rente van {g.ch(['6', '7'])}% per jaar vanaf de vervaldatum {g.date_nl(2024)}.\n"
            f"Bezoeker: en als ik nu alles betaal?\nTeam Regelingen: Dan stopt de rente per vandaag. Gebruik kenmerk {dos}.")


@sc("nl", False)
def nl_batch_stats(g, k):
    rows = "\n".join(f"{g.bad9()}\t{g.factuur()}\t€ {g.amount(50, 900)}\t{g.date_nl(2024)}" for _ in range(4))
    if k == 0:
        return (f"Overdracht batch 2025-{g.r.randint(1, 12):02d} – Kabelnet IJssel B.V.\n\n{g.r.randint(30, 90)} dossiers, "
                f"totaal hoofdsom € {g.amount(12000, 60000)}. Onderstaande debiteurnummers hebben een betwisting lopen, "
                f"graag niet overdragen aan de deurwaarder:\n\ndebiteurnr\tfactuur\tbedrag\tvervaldatum\n{rows}\n\n"
                f"Team Debiteurenbeheer Kabelnet IJssel")
    return (f"Maandrapportage Energiebedrijf Noordoost B.V. – maart\nIngediend: {g.r.randint(100, 300)} | Betaald: "
            f"{g.r.randint(40, 99)} | Regeling: {g.r.randint(20, 60)} | Dagvaarding: {g.r.randint(3, 15)}\n"
            f"Succespercentage {g.r.randint(55, 80)},{g.r.randint(0, 9)}%\n\nklantnr\tfactuurnr\tsaldo\tlaatste actie\n{rows}")


@sc("nl", False)
def nl_renteberekening(g, k):
    c = g.r.randint(250000, 900000)
    r1, r2 = c * (1250 if k == 0 else 700) // 20000, c * (1225 if k == 0 else 600) // 20000
    wik = min(c, 250000) * 15 // 100 + max(0, min(c, 500000) - 250000) * 10 // 100 + max(0, c - 500000) * 5 // 100
    btw = wik * 21 // 100
    eu = lambda x: f"{x // 100:,}".replace(",", ".") + f",{x % 100:02d}"
    return (f"Renteberekening {g.dossier()}\n\nHoofdsom\t€ {eu(c)}\nVervaldatum\t{g.date_nl(2023)}\n"
            f"Rente\t{'wettelijke handelsrente (art. 6:119a BW)' if k == 0 else 'wettelijke rente (art. 6:119 BW)'}\n"
            f"Periode 1-1-2024 t/m 30-6-2024\t{'12,50' if k == 0 else '7,00'}%\t€ {eu(r1)}\n"
            f"Periode 1-7-2024 t/m 31-12-2024\t{'12,25' if k == 0 else '6,00'}%\t€ {eu(r2)}\n"
            f"Incassokosten (WIK-staffel: 15% / 10% / 5%)\t€ {eu(wik)}\n"
            f"Btw over kosten (21%)\t€ {eu(btw)}\nTotaal\t€ {eu(c + r1 + r2 + wik + btw)}\n\n"
            f"Opgesteld door Team Juridisch, {ORG_NAMES[0]}")


@sc("nl", False)
def nl_aanmaning(g, k):
    return (f"{'LAATSTE AANMANING' if k == 0 else 'SOMMATIE (14-dagenbrief)'}\n\nGeachte heer/mevrouw,\n\nNamens onze "
            f"opdrachtgever {g.ch(CREDITORS_NL)} verzoeken wij u het openstaande bedrag van € {g.amount(60, 900)} binnen "
            f"14 dagen na ontvangst van deze brief te betalen op {ORG_IBAN_SP[0]} o.v.v. betalingskenmerk "
            f"{g.betalingskenmerk()}. Betaalt u niet tijdig, dan bent u incassokosten verschuldigd van € {g.amount(40, 120)} "
            f"(art. 6:96 lid 6 BW) en kan de zaak aan de rechter worden voorgelegd.\n\nFactuurnummer {g.factuur()}, "
            f"factuurdatum {g.date_nl(2024)}.\n\nHoekveld Incasso – Team Debiteuren")


@sc("nl", False)
def nl_rolzitting_intern(g, k):
    return (f"Intern – zaak {g.zaaknr_kanton() if k == 0 else g.zaaknr_haza()}\nRechtbank {'Overijssel, locatie Zwolle' if k == 0 else 'Gelderland, locatie Arnhem'}\n"
            f"Rolzitting {g.date_nl()}: verstek verleend. Vonnis {g.date_nl()}: toegewezen € {g.amount(900, 8000)} "
            f"+ wettelijke rente + proceskosten € {g.amount(300, 1300)} (griffierecht € 128, explootkosten € 112,89).\n"
            f"Grosse ontvangen, betekening plannen (art. 430 Rv). Daarna derdenbeslag bank en werkgever. Zie ook "
            f"dossier {g.dossier()}.\n– Team Juridisch")


@sc("nl", False)
def nl_beslagvrije_voet(g, k):
    if k == 1:
        return (f"Vraag via contactformulier: \"Ik verdien € {g.amount(1600, 2100)} netto en jullie houden "
                f"€ {g.amount(300, 600)} in. Mijn huur is € {g.amount(800, 1100)}. Klopt dat wel?\"\n\nConcept-antwoord: de "
                f"beslagvrije voet is berekend zonder uw woonlasten. Stuur uw huurspecificatie en jaaropgaaf {g.ch(['2024', '2023'])}, "
                f"dan herberekenen wij binnen 10 werkdagen (art. 475dc Rv). Tot die tijd blijft het beslag (kenmerk "
                f"{g.dossier()}) gewoon lopen. – Team Beslag")
    return (f"Uitleg beslagvrije voet\n\nSinds 1 januari 2021 berekenen wij de beslagvrije voet volgens de Wet vereenvoudiging "
            f"beslagvrije voet (art. 475da Rv). Voor een alleenstaande met een netto inkomen van € {g.amount(1500, 2200)} is "
            f"de beslagvrije voet in {'2025' if k == 0 else '2024'} ongeveer 95% van de bijstandsnorm "
            f"(€ {g.amount(1300, 1500)}). Woonlasten boven € {g.amount(600, 700)} kunnen tot een verhoging leiden. "
            f"Stuur uw gegevens via mijn.hoekveld-incasso.example/bvv; de herberekening duurt maximaal 2 weken.")


@sc("nl", False)
def nl_social(g, k):
    if k == 0:
        return (f"@HoekveldIncasso waarom krijg ik een brief over een rekening uit 2019?? dat is toch verjaard (art. 3:308 BW, "
                f"5 jaar) 🤬 #incasso #oplichting")
    return (f"@hoekveld_gdw al 3x gebeld naar 0570-638400 en elke keer 20 min in de wacht. dossier {g.dossier()} "
            f"staat nog steeds open terwijl ik op {g.date_nl()} alles betaald heb 😡")


@sc("nl", False)
def nl_werkgever_anoniem(g, k):
    return (f"Geachte heer/mevrouw,\n\nWij hebben op {g.date_nl()} een exploot derdenbeslag ontvangen voor een van onze "
            f"werknemers (personeelsnummer {g.digits(6)}, uw kenmerk {g.dossier()}). De werknemer heeft een "
            f"{'nul-urencontract' if k == 0 else 'contract voor 32 uur'}; het loon wisselt per maand tussen € {g.amount(600, 900)} "
            f"en € {g.amount(1200, 1900)}. Hoe moeten wij de beslagvrije voet toepassen als het loon eronder zakt?\n\n"
            f"Met vriendelijke groet,\nSalarisadministratie {g.ch(EMPLOYERS)}")


@sc("nl", False)
def nl_betaling_ontvangen(g, k):
    return (f"[Systeemmelding {g.date_nl()} {g.r.randint(6, 22):02d}:{g.r.randint(0, 59):02d}]\nBetaling ontvangen: € "
            f"{g.amount(25, 400)}\nKenmerk: {g.betalingskenmerk()}\nDossier: {g.dossier()}\n"
            f"Tegenrekening: {'onbekend (iDEAL via Adyen)' if k == 0 else 'contante betaling aan de deurwaarder, kwitantie ' + g.digits(7)}\n"
            f"Resterend saldo: € {g.amount(100, 2000)}\nRegeling: termijn {g.r.randint(2, 11)} van 12")


@sc("nl", False)
def nl_storing(g, k):
    return (f"Storingsmelding portaal\n\nVan {g.date_nl()} 22:00 tot 02:00 uur is mijn.hoekveld-incasso.example niet beschikbaar "
            f"wegens onderhoud (release {'4.12.0.3' if k == 0 else '5.2.0.14'}). Betalingen via de betaallink blijven werken. "
            f"Interne notitie: database-server 10.20.{g.r.randint(1, 9)}.15 wordt herstart, monitoring via 192.168.40.2.\n"
            f"– Team ICT")


# ---------------------------------------------------------------- en, with personal data
@sc("en", True)
def en_expat_plan(g, k):
    p = g.person(her=g.ch(EXPAT_HER))
    adr, pc, town = g.uk_addr()
    if k == 0:
        return (f"Dear Sir or Madam,\n\nI received your letter regarding case {g.dossier()} (Telefonie Direct B.V.). I left the "
                f"Netherlands last summer and now live at {AD(adr)}, {town} {PC(pc)}, United Kingdom. I would like to pay "
                f"in monthly instalments of EUR {g.r.choice(['50', '80', '100'])}. Could you collect them by direct debit "
                f"from my UK account {IB(g.fmt_iban(g.iban_gb(), 0))}?\n\nMy mobile is {PH(g.uk_phone())}.\n\n"
                f"Kind regards,\n{P(p.full)}")
    return (f"hi there, got your email about the old energy bill (ref {g.dossier()}). I moved back to {town} in "
            f"January, new address {AD(adr)}, {PC(pc)}. happy to pay but 1,240 euros in one go is not possible. "
            f"can we do 6 months? call me on {PH(g.uk_phone(False))} any time after 5pm UK time.\ncheers, {P(p.given.lower())}")


@sc("en", True)
def en_gym_dispute(g, k):
    p = g.person(her=g.ch(EXPAT_HER))
    if k == 0:
        return (f"To whom it may concern,\n\nI dispute the claim from FitLand Sportclubs B.V. (your ref. {g.dossier()}, "
                f"invoice {g.factuur()}). I cancelled my membership in writing on {g.date_nl(2024)}, within the notice "
                f"period, and I have the confirmation e-mail. Under Dutch law (art. 6:96 BW) you cannot charge collection "
                f"costs on an amount that is not owed.\n\nPlease reply to {E(g.email(p, EMAIL_DOMAINS_UK))} or call "
                f"{PH(g.mobile_nl(3))}.\n\n{P(p.full)}")
    return (f"Hello, my name is {P(p.full)}. Your bailiff left a letter saying I owe €{g.amount_en(90, 400)} for a gym. "
            f"I never signed up at FitLand – I think someone used my e-mail {E(g.email(p))}. Your portal even shows a login "
            f"from IP address {IPA(g.public_ip())} on {g.date_nl()}, which is not mine. Who do I contact?")


@sc("en", True)
def en_income_form(g, k):
    p = g.person(her=g.ch(["in", "uk", "br", "cn"]))
    s = g.person(her=p.her, sex="F" if p.sex == "M" else "M")
    hr = g.person(her="nl")
    adr, pc, town = g.nl_addr()
    bsn = g.bsn()
    bsnf = bsn if k == 0 else f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}"
    return (f"INCOME AND EXPENDITURE STATEMENT – case {g.dossier()}\n\nName: {P(p.full)}\nDate of birth: "
            f"{DOB(g.dob('en', k))}\nCitizen service number (BSN): {BS(bsnf)}\nAddress: {AD(adr)}, {PC(pc)} {town}\n"
            f"Spouse/partner: {P(s.full)}, born {DOB(g.dob('en', 1 - k))}\nEmployer: {g.ch(EMPLOYERS)} (contact: {P(hr.full)}, "
            f"HR)\n\nIncome (net, monthly)\nSalary\t€{g.amount_en(2100, 4200)}\n30% ruling allowance\tincluded\n"
            f"Child benefit\t€{g.amount_en(90, 130)}\n\nExpenditure\nRent\t€{g.amount_en(1200, 1900)}\nUtilities\t€{g.amount_en(150, 260)}\n"
            f"Childcare\t€{g.amount_en(300, 800)}\nLoan (Kredietbank Salland)\t€{g.amount_en(100, 250)}\n\n"
            f"Proposed instalment: €{g.r.choice(['75', '120', '150'])} per month")


@sc("en", True)
def en_visit_note(g, k):
    p = g.person(her=g.ch(EXPAT_HER), sex="M" if k == 0 else "F")
    adr, pc, town = g.nl_addr()
    if k == 0:
        return (f"Visit report (international desk) – {g.date_nl()}\nDebtor {P(p.full)} met at {AD(adr)}, {PC(pc)} {town}. "
                f"Identified by UK passport no. {ID(g.digits(9, '15'))}. No seizable goods except a car, registration "
                f"{LP(g.kenteken(g.ch([7, 8, 11])))} (lease – not seizable, lessor Athlon). Debtor offered €150/month; "
                f"referred to payment team.\n{P(DESK_EN)}")
    return (f"Note {P(DESK_EN.split()[0])}: spoke to {P(p.given)} ({P(p.full)}) by phone. She holds a Dutch residence permit "
            f"no. {ID(g.residence())}, works for Booking-type platform in Amsterdam, will send payslips. "
            f"Case {g.dossier()}, balance €{g.amount_en(500, 3000)}.")


@sc("en", True)
def en_creditor_handover(g, k):
    c = g.person(her="uk")
    d = g.person(her=g.ch(["nl", "uk", "pl", "ro"]))
    adr, pc, town = g.nl_addr()
    return (f"Dear Hoekveld team,\n\nPlease find attached a new instruction from Brightline Telecom Ltd (company no. 08812345).\n\n"
            f"Debtor: {P(d.full if k == 0 else d.sur.upper() + ', ' + d.given)}\nDOB: {DOB(g.dob('en', 1 if k == 0 else 3))}\n"
            f"Last known address: {AD(adr)}, {PC(pc)} {town}, Netherlands\nAccount ref: BTL-{g.digits(8)}\n"
            f"Balance: GBP {g.amount_en(200, 2500)} (EUR equivalent at ECB rate of {g.date_nl()})\n\n"
            f"The debtor moved from the UK in 2023; no payments since. Please proceed under your standard terms.\n\n"
            f"Best regards,\n{P(c.full)}\nCollections Manager, Brightline Telecom Ltd\n{PH(g.uk_phone(False))}")


@sc("en", True)
def en_whatsapp(g, k):
    p = g.person(her=g.ch(EXPAT_HER), sex="M" if k == 1 else None)
    if k == 0:
        return (f"[09:12] {P(p.given)}: hi, is this the debt collection agency? got a letter in dutch I cant read\n"
                f"[09:14] Hoekveld Incasso: Good morning! Yes. Could you send the case number (HV-…)?\n"
                f"[09:15] {P(p.given)}: {g.dossier()}\n[09:15] {P(p.given)}: also my landlord {P(g.person(her='nl').full)} "
                f"says the bailiff came to the old flat?\n[09:20] {P(CHAT.split()[0])} (Hoekveld): Correct, the summons was "
                f"served there on {g.date_nl()}. Shall we call you on this number?\n[09:21] {P(p.given)}: yes or my work "
                f"phone {PH(g.land_nl(3))}")
    return (f"{P(p.full)}: Hello, I paid €{g.amount_en(50, 200)} yesterday from my wife's account {IB(g.fmt_iban(g.iban_nl(), 0))}\n"
            f"Hoekveld Incasso: Thank you! We will match it to your case within 2 working days.\n"
            f"{P(p.full)}: ok thanks. her name is {P(g.person(her=p.her, sex='F').full)} in case you need it")


@sc("en", True)
def en_forwarded(g, k):
    p = g.person(her=g.ch(EXPAT_HER))
    mail = g.email(p, EMAIL_DOMAINS_UK)
    return (f"{P(DESK_EN.split()[0])} – can you take this one? English speaker. {P(REG.split()[0])}\n\n"
            f"-----Original Message-----\nFrom: {P(p.full)} <{E(mail)}>\nSent: {g.ch(['Monday', 'Tuesday', 'Friday'])}, "
            f"{g.r.randint(1, 28)} {g.ch(EN_MONTHS)} 2025 18:44\nTo: regelingen@hoekveld-incasso.example\n"
            f"Subject: {'RE: payment plan' if k == 0 else 'Complaint'} {g.dossier()}\n\n"
            + ("I agree to the plan of 10 instalments but I get paid on the 28th, can the due date move? Thanks, "
               f"{P(p.given)}\n\n> On 12 Mar 2025, at 10:02, Team Betalingsregelingen wrote:\n> Dear Sir/Madam, we can offer "
               f"10 instalments of € {g.amount(50, 150)}."
               if k == 0 else
               f"Your colleague {P(KGDW)} was very rude on the phone. I want to speak to a manager. I live at "
               f"{AD(g.nl_addr()[0])} and you can visit me there.\n{P(p.full)}"))


@sc("en", True)
def en_partner(g, k):
    p = g.person(her=g.ch(EXPAT_HER), sex="M")
    w = g.person(her=p.her, sex="F")
    if k == 0:
        return (f"Hi,\n\nI'm writing on behalf of my husband {P(p.full)} (case {g.dossier()}), who is abroad for work until "
                f"May. He authorised me to arrange this. We can pay €{g.amount_en(200, 600)} now and the rest in 3 months. "
                f"You can reach me on {PH(g.mobile_nl(4))}.\n\nThanks,\n{P(w.full)}")
    return (f"my partner {P(p.given)} got a court letter (dagvaarding) for {g.date_nl()} at the Deventer district court. "
            f"he doesnt speak dutch. can he bring an interpreter? his full name is {P(p.full)}, born {DOB(g.dob('en', 0))}. "
            f"- {P(w.given)}")


@sc("en", True)
def en_debt_advisor(g, k):
    cl = g.person(her="uk")
    adv = g.person(her="uk")
    adr, pc, town = g.uk_addr()
    return (f"Our client: {P(cl.full) if k == 0 else ('Mr ' if cl.sex == 'M' else 'Ms ') + P(cl.init + ' ' + cl.sur)}\nDate of birth: "
            f"{DOB(g.dob('en', 0 if k == 0 else 2))}\nAddress: {AD(adr)}, {town} {PC(pc)}\nYour reference: {g.dossier()}\n\n"
            f"Dear Sir/Madam,\n\nWe are a free debt advice charity (ClearPath Debt Advice, registered charity no. 1098765) "
            f"and have been authorised by the above client to deal with their debts. Their budget shows a surplus of "
            f"£{g.amount_en(10, 60)} per month, shared pro rata between {g.r.randint(4, 9)} creditors. Please freeze interest "
            f"and charges for 30 days.\n\nYours faithfully,\n{P(adv.full)}\nDebt Adviser\nDirect line {PH(g.uk_phone(False))}")


@sc("en", True)
def en_card_payment(g, k):
    p = g.person(her=g.ch(EXPAT_HER))
    card = g.card("visa" if k == 0 else "mc")
    cf = card if k == 0 else "-".join(card[i:i + 4] for i in range(0, 16, 4))
    return (f"I have no Dutch bank account and iDEAL does not work for me. Please charge my card: {CC(cf)}, exp "
            f"{g.r.randint(1, 12):02d}/{g.r.randint(26, 30)}, amount €{g.amount_en(80, 700)}, case {g.dossier()}. "
            f"Thanks, {P(p.full)}")


@sc("en", True)
def en_summons(g, k):
    p = g.person(her=g.ch(EXPAT_HER))
    adr, pc, town = g.nl_addr()
    return (f"Hello,\n\nToday a bailiff delivered a summons (dagvaarding) to my home at {AD(adr)}, {PC(pc)} {town}. The case "
            f"number is {g.zaaknr_kanton() if k == 0 else g.zaaknr_haza()} and the hearing is at the District Court of "
            f"Overijssel on {g.date_nl()}. The claim is €{g.amount_en(900, 4000)} plus interest under article 6:119 BW. I "
            f"want to settle before the hearing. Is €{g.r.choice(['100', '150'])} per month acceptable?"
            f"{'' if k == 0 else ' Please also tell the bailiff not to take my car (' + LP(g.kenteken(g.ch([8, 10, 12, 13]))) + '), I need it for work.'}\n\n"
            f"{P(p.full)}\n{PH(g.mobile_nl(3))}")


@sc("en", True)
def en_id_upload(g, k):
    p = g.person(her=g.ch(EXPAT_HER))
    if k == 0:
        return (f"For the identity check you asked for: I am {P(p.full)}, date of birth {DOB(g.dob('en', 0))}, Dutch passport "
                f"number {ID(g.docnr('N'))} (I naturalised in 2019), BSN {BS(g.bsn())}. Case {g.dossier()}. Please delete the copy after checking.")
    return (f"Re: ID verification {g.dossier()}\nName: {P(p.sur + ', ' + p.given)}\nD.O.B.: {DOB(g.dob('en', 3))}\n"
            f"Residence permit: {ID(g.residence())}\nValid until: {g.date_nl(2029)}")


@sc("en", True)
def en_sole_trader(g, k):
    p = g.person(her=g.ch(EXPAT_HER))
    return (f"Hi,\n\nI run a one-man business (freelance UX design, KvK {KVK(g.kvk())}, VAT ID {BTW(g.btw_id())}). The invoice "
            f"from Webwinkel Gadgetstore.example was for my business. I can pay €{g.amount_en(200, 800)} on the 1st from "
            f"my business account {IB(g.fmt_iban(g.iban_nl(g.ch(['BUNQ', 'KNAB', 'REVO'])), k))}.\n\n"
            f"Best,\n{P(p.given)}")


@sc("en", True)
def en_belgian(g, k):
    p = g.person(her="be")
    adr, pc, town = g.be_addr()
    return (f"Dear Hoekveld,\n\nI live in Belgium now ({AD(adr)}, {PC(pc)} {town}). Your letter about {g.dossier()} reached me "
            f"late. I can pay the principal, €{g.amount_en(200, 900)}, but not the costs. My Belgian account is "
            f"{IB(g.fmt_iban(g.iban_be(), k))}; gsm {PH(g.gsm_be())}.\n\nKind regards,\n{P(p.full)}")


@sc("en", True)
def en_phone_note(g, k):
    p = g.person(her=g.ch(EXPAT_HER))
    return (f"Call log {g.date_nl()} 14:05 – agent {P(DESK_EN)}\nCaller: {P(p.full)}, mobile {PH(g.mobile_nl(k))}\n"
            f"Topic: {'wants payment plan, 8 x €' + g.amount_en(60, 150) if k == 0 else 'asks to pause collection, lost job at ' + g.ch(EMPLOYERS)}\n"
            f"Action: e-mail income form, follow up {g.date_nl()}. Case {g.dossier()}.")


@sc("en", True)
def en_employer_hr(g, k):
    hr = g.person(her=g.ch(["uk", "in", "nl"]))
    d = g.person(her=g.ch(EXPAT_HER))
    return (f"Dear Ms {P(JUR.split()[1])},\n\nRe: garnishment order – our employee "
            f"{P(d.full)} (employee no. {g.digits(5)})\n\nWe confirm receipt of the third-party attachment served on "
            f"{g.date_nl()}. {'We will withhold the amount above the protected earnings from the May payroll.' if k == 0 else 'Please note the employee has been on unpaid leave since March, so there is nothing to withhold.'}\n\n"
            f"Regards,\n{P(hr.full)}\nHR Business Partner, {g.ch(EMPLOYERS)}\n{PH(g.land_nl())}")


# ---------------------------------------------------------------- en, without personal data
@sc("en", False)
def en_autoreply(g, k):
    return (f"Thank you for contacting Hoekveld Debt Collection. This is an automatic reply.\n\n"
            f"{'We aim to answer within 5 working days.' if k == 0 else 'Our office is closed on 27 April (King' + chr(39) + 's Day).'} "
            f"To pay, use our client account {ORG_IBAN_SP[0]} (BIC RABONL2U) and quote your payment reference "
            f"{g.betalingskenmerk()}. For a payment plan visit mijn.hoekveld-incasso.example/en.\n\n{SIG_EN}")


@sc("en", False)
def en_interest_question(g, k):
    return (f"Question from the web form (no name given):\n\"Why does my balance for case {g.dossier()} grow every month? "
            f"The original invoice was €{g.amount_en(100, 500)}.\"\n\nDraft answer: Statutory interest applies from the due "
            f"date ({'art. 6:119 BW, currently 6% per year' if k == 0 else 'commercial rate, art. 6:119a BW, currently 10.15%'}). "
            f"Collection costs are capped by the WIK scale (15% of the first €2,500, minimum €40). No further costs are "
            f"added while a payment plan is running.")


@sc("en", False)
def en_creditor_stats(g, k):
    return (f"Quarterly report Q{g.r.randint(1, 4)} – Brightline Telecom Ltd\nFiles received: {g.r.randint(80, 200)}\n"
            f"Collected: EUR {g.amount_en(20000, 90000)}\nIn payment plan: {g.r.randint(20, 60)}\nSummons issued: "
            f"{g.r.randint(2, 12)}\nUntraceable (moved abroad): {g.r.randint(3, 20)}\n\nLargest open files: "
            + ", ".join(f"{g.dossier()} (€{g.amount_en(2000, 9000)})" for _ in range(3))
            + f"\nRecovery rate {g.r.randint(50, 80)}.{g.r.randint(0, 9)}% vs {g.r.randint(50, 80)}.{g.r.randint(0, 9)}% last quarter.")


@sc("en", False)
def en_fees(g, k):
    return (f"How are collection costs calculated?\n\nUnder the Dutch Extrajudicial Collection Costs Decree the costs are:\n"
            f"15% of the first €2,500\n10% of the next €2,500\n5% of the next €5,000\n1% of the next €190,000\n"
            f"minimum €40, maximum €6,775.\n\nExample: a claim of €{g.amount_en(2600, 5000)} gives €{g.amount_en(380, 500)} "
            f"in costs{', plus 21% VAT if your creditor cannot reclaim VAT' if k == 0 else ''}. The 14-day letter (art. 6:96(6) BW) must "
            f"have been sent first.")


@sc("en", False)
def en_court_schedule(g, k):
    return (f"Internal – hearings next week\nMon {g.date_nl()}: case {g.zaaknr_kanton()}, District Court Overijssel (Zwolle), 09:30\n"
            f"Wed {g.date_nl()}: case {g.zaaknr_haza()}, District Court Gelderland (Arnhem), 13:00\n"
            f"Thu {g.date_nl()}: case {g.zaaknr_kanton()}, {'written reply due' if k == 0 else 'judgment expected'}\n"
            f"Court fees paid: €{g.amount_en(120, 700)} total. – Legal team")


@sc("en", False)
def en_social(g, k):
    if k == 0:
        return ("@HoekveldIncasso your website says \"pay by 14-3\" but the letter says 14 days after receipt. which one is it?? "
                "#expatlife #netherlands")
    return (f"Does anyone know if @HoekveldIncasso can add €{g.amount_en(40, 90)} in costs on a €{g.amount_en(20, 60)} bill? "
            f"Seems a lot. Bill was from Kabelnet IJssel, due {g.date_nl(2024)}.")


@sc("en", False)
def en_payment_confirmation(g, k):
    return (f"Payment confirmation\n\nWe received €{g.amount_en(30, 600)} on {g.date_nl()} for case {g.dossier()}. "
            f"{'Your payment plan is now complete and the file is closed.' if k == 0 else f'Remaining balance: €{g.amount_en(100, 900)}. Next instalment due on the 1st.'}\n"
            f"Reference {g.betalingskenmerk()}.\n\nHoekveld Debt Collection – Payments Team")


@sc("en", False)
def en_system_log(g, k):
    if k == 1:
        return (f"[portal] {g.date_nl()} 03:14:07 WARN payment-callback retry=3 provider=adyen psp_ref={g.digits(16, '8')} "
                f"case={g.dossier()} amount=EUR {g.amount_en(20, 300)}\n[portal] upstream 172.16.4.{g.r.randint(2, 250)}:8443 "
                f"timeout after 30000 ms (client 10.0.{g.r.randint(0, 9)}.{g.r.randint(2, 250)}, build 2025.{g.r.randint(10, 52)}.1)\n"
                f"[portal] retry scheduled, ticket INC-{g.digits(5)}")
    return (f"job=letter-batch run={g.digits(6)} started {g.date_nl()} 02:00:0{k}\nhost=10.20.3.{g.r.randint(2, 250)} "
            f"version=3.{g.r.randint(1, 9)}.{g.r.randint(0, 9)}.{g.r.randint(1, 30)}\nletters generated: {g.r.randint(200, 900)}, "
            f"failed: {g.r.randint(0, 9)} (missing address)\nprinter queue PRN-02, batch id {g.bad9()}\nstatus OK")


@sc("en", False)
def en_faq(g, k):
    if k == 1:
        return (f"FAQ – A bailiff seized my car. What now?\n\nThe bailiff may sell a seized vehicle at auction "
                f"(art. 462 Rv) no earlier than four weeks after the seizure. Pay the full balance of the judgment, or agree a "
                f"payment plan with at least €{g.r.choice(['500', '750'])} up front, and we lift the seizure the same day. "
                f"Storage and towing costs (about €{g.amount_en(150, 350)}) are added to the claim. Call +31 570 638 400.")
    return (f"FAQ – I live abroad. Can I still get a payment plan?\n\nYes. You can pay by international bank transfer to "
            f"{ORG_IBAN_SP[0]} (BIC RABONL2U) quoting your case number (HV-20xx-xxxxxx). "
            f"{'We do not charge extra for cross-border payments.' if k == 0 else 'Card payments are possible via our payment page.'} "
            f"Questions: international@hoekveld-incasso.example or +31 570 638 400 (Mon–Fri 9:00–17:00 CET).")


# ---------------------------------------------------------------- de, with personal data
@sc("de", True)
def de_ratenzahlung(g, k):
    p = g.person(her="de")
    adr, plz, town = g.de_addr()
    if k == 0:
        return (f"Sehr geehrte Damen und Herren,\n\nich habe Ihr Schreiben vom {g.date_nl()} zum Aktenzeichen {g.dossier()} "
                f"erhalten. Die Forderung der Energiebedrijf Noordoost B.V. über {g.amount(300, 2000)} € erkenne ich an, kann sie "
                f"aber nicht auf einmal bezahlen. Ich biete eine Ratenzahlung von {g.ch(['50', '75', '100'])} € monatlich an, "
                f"per Lastschrift von meinem Konto {IB(g.fmt_iban(g.iban_de(), 0))}.\n\nMit freundlichen Grüßen\n\n"
                f"{P(p.full)}\n{AD(adr)}\n{PC(plz)} {town}\nTel. {PH(g.land_de())}")
    return (f"Hallo, ich wohne in {town} und arbeite in Enschede. Ihr Brief ({g.dossier()}) ist auf Niederländisch, das "
            f"verstehe ich nur halb. Kann ich in Raten zahlen? 80 Euro im Monat wären möglich. Ihr Portal sperrt mich "
            f"übrigens aus („Zugriff verweigert, IP {IPA(g.public_ip())}“). Handy: {PH(g.mobile_de())}\n"
            f"Gruß {P(p.given)}")


@sc("de", True)
def de_widerspruch(g, k):
    p = g.person(her="de")
    adr, plz, town = g.de_addr()
    if k == 0:
        return (f"{P(p.caps)}\n{AD(adr.upper())}\n{PC(plz)} {town.upper()}\n\n"
                f"WIDERSPRUCH GEGEN IHRE FORDERUNG {g.dossier()}\n\nICH HABE BEI FITLAND NIE EINEN VERTRAG "
                f"ABGESCHLOSSEN. DIE UNTERSCHRIFT IST NICHT VON MIR. ICH ZAHLE NICHTS UND WERDE ANZEIGE ERSTATTEN.\n\n"
                f"{P(p.caps)}")
    return (f"Sehr geehrte Frau {P(DESK_DE.split()[1])},\n\nich widerspreche den Inkassokosten von {g.amount(40, 200)} €. "
            f"Nach § 288 BGB schulde ich höchstens Verzugszinsen, und die Hauptforderung habe ich am {g.date_nl()} "
            f"vollständig bezahlt (Überweisung von {IB(g.fmt_iban(g.iban_de(), 1))}).\n\nMit freundlichen Grüßen\n{P(p.full)}")


@sc("de", True)
def de_einkommen(g, k):
    p = g.person(her="de")
    q = g.person(her="de", sex="F" if p.sex == "M" else "M")
    hr = g.person(her="nl")
    adr, plz, town = g.de_addr()
    return (f"Einkommens- und Ausgabenaufstellung – Az. {g.dossier()}\n\nName: {P(p.full if k == 0 else p.sur + ', ' + p.given)}\n"
            f"Geburtsdatum: {DOB(g.dob('de', k))}\nAnschrift: {AD(adr)}, {PC(plz)} {town}\n"
            f"Ehepartner/in: {P(q.full)}, geb. {DOB(g.dob('de', 1 - k))}\n"
            f"Arbeitgeber: {g.ch(EMPLOYERS)} (NL), Ansprechpartner {P(hr.full)}\n\n"
            f"Einnahmen\tmonatlich\nNettolohn\t{g.amount(1600, 2600)} €\nKindergeld\t255,00 €\n\n"
            f"Ausgaben\nMiete\t{g.amount(600, 950)} €\nStrom/Gas\t{g.amount(90, 200)} €\nKfz-Versicherung\t{g.amount(40, 90)} €\n"
            f"Ratenkredit Sparkasse\t{g.amount(100, 300)} €\n\nverfügbar: {g.amount(30, 120)} €")


@sc("de", True)
def de_grenzgaenger(g, k):
    p = g.person(her="de")
    bsn = g.bsn()
    if k == 1:
        return (f"Sehr geehrte Damen und Herren,\n\nich betreibe als Einzelunternehmer einen Fahrradhandel in Enschede "
                f"(KvK-Nummer {KVK(g.kvk())}, USt-IdNr. {BTW(g.btw_id())}), wohne aber in Gronau. Die Rechnung von Klaassen & Zn. "
                f"Installatietechniek ({g.factuur()}) betrifft die Werkstatt. Für die Saldenbestätigung: meine "
                f"Bürgerservicenummer ist {BS(bsn[:4] + '.' + bsn[4:6] + '.' + bsn[6:])}, die Rechnung {g.bad9()} "
                f"ist bereits bezahlt.\n\nMit freundlichen Grüßen\n{P(p.full)}")
    return (f"Guten Tag,\n\nich bin Grenzgänger und arbeite seit 2022 bei {g.ch(EMPLOYERS)} in Hengelo. Ihr Kollege hat nach "
            f"meiner niederländischen Steuernummer gefragt: meine Bürgerservicenummer lautet "
            f"{BS(bsn)}. Die Lohnpfändung (Aktenzeichen {g.dossier()}) "
            f"betrifft aber eine Rechnung, die ich schon 2023 bezahlt habe.\n\nViele Grüße\n{P(p.full)}")


@sc("de", True)
def de_kfz_pfaendung(g, k):
    p = g.person(her="de")
    if k == 0:
        return (f"Sehr geehrter Herr {P(KGDW.split()[1])},\n\nSie haben heute mein Auto mit dem Kennzeichen {LP(g.kennzeichen())} "
                f"auf dem Parkplatz in Enschede gepfändet. Das Fahrzeug gehört der Leasingfirma, nicht mir. Meinen "
                f"Personalausweis (Nr. {ID(g.ausweis())}) haben Sie gesehen. Bitte geben Sie das Auto sofort frei.\n\n"
                f"{P(p.full)}")
    return (f"Pfändungsprotokoll (Übersetzung) – {g.date_nl()}\nSchuldner: {P(p.full)}, Ausweis {ID(g.ausweis())}\n"
            f"Gepfändet: PKW VW Golf, amtl. Kennzeichen {LP(g.kennzeichen())}, Schätzwert {g.amount(2000, 6000)} €\n"
            f"Grundlage: Urteil Rechtbank Overijssel, Az. {g.zaaknr_kanton()}\nGerichtsvollzieher: {P(GDW)}")


@sc("de", True)
def de_schuldnerberatung(g, k):
    cl = g.person(her="de")
    b = g.person(her="de")
    adr, plz, town = g.de_addr()
    return (f"Schuldnerberatung der Caritas {town}\n\nBetr.: {P(cl.full)}, geb. am {DOB(g.dob('de', 1))}, {AD(adr)}, "
            f"{PC(plz)} {town}\nIhr Zeichen: {g.dossier()}\n\nSehr geehrte Damen und Herren,\n\nunser Klient hat uns "
            f"bevollmächtigt. {'Wir bitten um eine aktuelle Forderungsaufstellung (Hauptforderung, Zinsen, Kosten) für einen außergerichtlichen Einigungsversuch nach § 305 InsO.' if k == 0 else 'Herr/Frau ' + P(cl.surc) + ' bezieht Bürgergeld; eine Zahlung ist derzeit nicht möglich. Bitte stellen Sie die Vollstreckung ruhend.'}\n\n"
            f"Mit freundlichen Grüßen\n{P(b.full)}\nSchuldner- und Insolvenzberatung\nTel. {PH(g.land_de())} · "
            f"{E(g.email(b, ['caritas-beratung.example']))}")


@sc("de", True)
def de_forward(g, k):
    p = g.person(her="de")
    mail = g.email(p, EMAIL_DOMAINS_DE)
    return (f"{P(DESK_DE.split()[0])}, bitte übernehmen (deutschsprachig). Gr. {P(REG.split()[0])}\n\n"
            f"-------- Weitergeleitete Nachricht --------\nVon: {P(p.full)} <{E(mail)}>\nGesendet: {g.r.randint(1, 28)}. "
            f"{g.ch(DE_MONTHS)} 2025 um 20:31\nBetreff: AW: Ratenzahlung {g.dossier()}\n\n"
            + (f"Die zweite Rate überweise ich erst am 5., mein Gehalt kommt später. Entschuldigung!\n{P(p.given)}\n\n"
               f"Am {g.date_nl()} schrieb Team Betalingsregelingen:\n> Sehr geehrte Damen und Herren, wir bestätigen 8 Raten "
               f"zu je {g.amount(40, 120)} €."
               if k == 0 else
               f"Meine neue Adresse: {AD(g.de_addr()[0])}. Bitte keine Post mehr an die alte Adresse.\n{P(p.full)}"))


@sc("de", True)
def de_whatsapp(g, k):
    p = g.person(her="de")
    mins = sorted(g.r.sample(range(10, 60), 4))
    return (f"[{g.date_nl()}, 18:{mins[0]}] {P(p.given)}: Hallo, spricht jemand Deutsch?\n"
            f"[18:{mins[1]}] {P(DESK_DE)}: Ja, guten Abend! Wie kann ich helfen?\n"
            f"[18:{mins[2]}] {P(p.given)}: {'Der Gerichtsvollzieher war heute da, ich will zahlen. Rufen Sie mich an: ' + PH(g.mobile_de()) if k == 0 else 'Meine Frau ' + P(g.person(her='de', sex='F').given) + ' hat schon 200 € überwiesen, von ' + IB(g.fmt_iban(g.iban_de(), 0))}\n"
            f"[18:{mins[3]}] {P(DESK_DE.split()[0])} (Hoekveld): Danke, ich notiere das im Vorgang {g.dossier()}.")


@sc("de", True)
def de_besuchsbericht(g, k):
    p = g.person(her=g.ch(["de", "pl", "tr"]))
    adr, pc, town = g.nl_addr()
    return (f"Besuchsbericht (für den Gläubiger übersetzt) – {g.date_nl()}\nSchuldner: {P(p.full)}, geboren am "
            f"{DOB(g.dob('de', k))}\nAnschrift: {AD(adr)}, {PC(pc)} {town}\n"
            f"{'Schuldner angetroffen, Ratenzahlung vereinbart (12 x ' + g.amount(50, 150) + ' €).' if k == 0 else 'Niemand angetroffen. Nachbar teilt mit, der Schuldner sei nach Deutschland verzogen.'}\n"
            f"Bearbeiter: {P(KGDW)}, Übersetzung: {P(DESK_DE)}")


@sc("de", True)
def de_umzug(g, k):
    p = g.person(her="de")
    old, opc, otown = g.nl_addr()
    new, plz, town = g.de_addr()
    return (f"Sehr geehrte Damen und Herren,\n\nich bin am {g.date_nl()} von {AD(old)} in {otown} nach "
            f"{'Deutschland' if k == 0 else 'Nordrhein-Westfalen'} umgezogen. Neue Anschrift:\n{AD(new)}\n{PC(plz)} {town}\n"
            f"Bitte schicken Sie die Unterlagen zu Az. {g.dossier()} dorthin.{'' if k == 0 else ' Mein Auto ist inzwischen umgemeldet, neues Kennzeichen ' + LP(g.kennzeichen()) + '.'} E-Mail: {E(g.email(p, EMAIL_DOMAINS_DE))}\n\n"
            f"MfG {P(p.full)}")


@sc("de", True)
def de_ehefrau(g, k):
    h = g.person(her="de", sex="M")
    w = g.person(her="de", sex="F")
    return (f"Guten Tag,\n\nich schreibe für meinen Mann {P(h.full)}, der im Krankenhaus liegt. Er hat Ihre Mahnung "
            f"({g.dossier()}) erhalten. {'Wir möchten in Raten zahlen, sobald er wieder arbeitet.' if k == 0 else 'Bitte rufen Sie mich an unter ' + PH(g.mobile_de()) + '.'}\n\n"
            f"Mit freundlichen Grüßen\n{P(w.full)}")


@sc("de", True)
def de_zahlungsnachweis(g, k):
    p = g.person(her="de")
    m = g.person(her="de", sex="F")
    return (f"Zahlungsnachweis: Meine Mutter {P(m.full)} hat am {g.date_nl()} {g.amount(100, 800)} € für mich überwiesen, "
            f"Konto {IB(g.fmt_iban(g.iban_de() if k == 0 else g.iban_nl(), k))}, Verwendungszweck {g.dossier()}. "
            f"Bitte die Pfändung aufheben.\n{P(p.given)} {P(p.sur)}".replace(f"{P(p.given)} {P(p.sur)}", P(p.full)))


@sc("de", True)
def de_telefonnotiz(g, k):
    p = g.person(her="de")
    return (f"Telefonnotiz {g.date_nl()} – {P(DESK_DE)}\nAnrufer: {('Herr ' if p.sex == 'M' else 'Frau ') + P(p.sur)}, "
            f"Rückruf unter {PH(g.mobile_de() if k == 0 else g.land_de())}\nVorgang {g.dossier()}: "
            f"{'möchte Vergleich über 60 % der Forderung' if k == 0 else 'bestreitet Zustellung der Klage (dagvaarding)'}.\n"
            f"Nächster Schritt: Rücksprache mit {P(JUR)}.")


# ---------------------------------------------------------------- de, without personal data
@sc("de", False)
def de_autoreply(g, k):
    return (f"Automatische Antwort\n\nVielen Dank für Ihre Nachricht. {'Wir antworten innerhalb von 5 Werktagen.' if k == 0 else 'Unser Büro ist vom 24.12. bis 1.1. geschlossen.'} "
            f"Zahlungen bitte mit Verwendungszweck {g.betalingskenmerk()}.\n\n{SIG_DE}")


@sc("de", False)
def de_verzugszinsen(g, k):
    return (f"Frage über das Kontaktformular (anonym): \"Warum verlangen Sie {g.ch(['8', '10,15', '12'])} % Zinsen? In "
            f"Deutschland gilt doch § 288 BGB mit 5 Prozentpunkten über dem Basiszinssatz.\"\n\nAntwortentwurf: Auf Verträge "
            f"nach niederländischem Recht ist {'die wettelijke handelsrente (Art. 6:119a BW)' if k == 0 else 'der gesetzliche Zins (Art. 6:119 BW, derzeit 6 %)'} "
            f"anwendbar (Rom-I-VO, Art. 4). Vorgang {g.dossier()}.")


@sc("de", False)
def de_glaeubiger_statistik(g, k):
    return (f"Gläubigerbericht {'Februar' if k == 0 else 'Juli'} 2025 – Telefonie Direct B.V.\nÜbergebene Akten: "
            f"{g.r.randint(20, 80)}\nSchuldner mit Wohnsitz in Deutschland: {g.r.randint(3, 15)}\nEuropäischer "
            f"Zahlungsbefehl beantragt: {g.r.randint(1, 5)} (Amtsgericht Berlin-Wedding)\nVereinnahmt: "
            f"{g.amount(3000, 20000)} €\nRechnungsnummern mit Rückfragen: {g.bad9()}, {g.bad9()}, {g.factuur()}")


@sc("de", False)
def de_mahnbescheid_info(g, k):
    return (f"Info für deutsche Schuldner\n\nHat Ihr Gläubiger einen Titel aus den Niederlanden (vonnis der Rechtbank), kann er "
            f"nach der EuVTVO bzw. Brüssel-Ia-VO in Deutschland vollstreckt werden. Zuständig ist dann ein deutscher "
            f"Gerichtsvollzieher (z. B. beim Amtsgericht {'Kleve' if k == 0 else 'Bocholt'}). Aktenzeichen des Titels: "
            f"{g.zaaknr_kanton()}. Fragen: deutsch@hoekveld-incasso.example.")


@sc("de", False)
def de_zahlungseingang(g, k):
    return (f"Zahlungseingang bestätigt\n\nBetrag: {g.amount(50, 900)} €\nEingang: {g.date_nl()}\nVorgang: {g.dossier()}\n"
            f"Referenz: {g.betalingskenmerk()}\n{'Restforderung: ' + g.amount(100, 1500) + ' €' if k == 0 else 'Die Forderung ist vollständig beglichen.'}\n\n"
            f"Hoekveld Inkasso – Buchhaltung")


@sc("de", False)
def de_pfaendungsfreigrenze(g, k):
    return (f"Pfändungsfreigrenze: In den Niederlanden heißt sie beslagvrije voet (Art. 475da Rv). Für Grenzgänger mit "
            f"Wohnsitz in Deutschland wird sie {'nach den niederländischen Regeln' if k == 0 else 'auf Antrag mit deutschen Wohnkosten'} "
            f"berechnet; Beispiel: Nettolohn {g.amount(1800, 2600)} €, freier Betrag ca. {g.amount(1300, 1600)} €. Das "
            f"Formular finden Sie unter mijn.hoekveld-incasso.example/deutsch.")


@sc("de", False)
def de_gerichtstermin(g, k):
    return (f"Intern – Termine {'KW 14' if k == 0 else 'KW 38'}\nAmtsgericht Kleve, Az. {g.r.randint(1, 9)} M {g.r.randint(100, 999)}/25: "
            f"Anerkennungsverfahren, Termin {g.date_nl()} 10:30\nRechtbank Overijssel, {g.zaaknr_kanton()}: Rolzitting "
            f"{g.date_nl()}\nKosten Übersetzung: {g.amount(90, 400)} € – Team Juridisch")


# ==========================================================================================================
# self test of the validators (reference vectors) and the organisation data
def self_test():
    n = 0

    def t(cond, what):
        nonlocal n
        n += 1
        assert cond, f"self_test: {what}"

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "12345672", "999999990"]:
        t(elf_ok(v), v)
    for v in ["123456789", "111222334", "000000000", "999999999", "12345678"]:
        t(not elf_ok(v), v)
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "NL20INGB0001234567", "BE71 0961 2345 6769",
              "DE89370400440532013000", "GB82WEST12345698765432", "NL68KNAB0123456789"]:
        t(iban_ok(v), v)
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL00ABNA0417164300", "DE89370400440532013001", "BE68539007547035"]:
        t(not iban_ok(v), v)
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13"]:
        t(btw_ok(v), v)
    for v in ["NL000099998B58", "NL123456789B56", "NL12345678B01"]:
        t(not btw_ok(v), v)
    for v in ["4111111111111111", "5555555555554444", "2221000000000009", "378282246310005", "6011111111111117"]:
        t(card_ok(v), v)
    for v in ["4111111111111112", "1234567812345678", "490154203237518"]:
        t(not card_ok(v), v)
    for v in ["1012 AB", "1012AB", "9999 ZZ"]:
        t(postcode_ok(v), v)
    for v in ["0123 AB", "1012 SS", "1012 SA", "10123 AB"]:
        t(not postcode_ok(v), v)
    for v in ["SPECI2014", "XR1001R58", "NW1234P56"]:
        t(docnr_ok(v), v)
    for v in ["NO1234567", "N12345678", "NP123456A"]:
        t(not docnr_ok(v), v)
    for v, sc_ in [("GB-12-DF", 4), ("1-KBB-12", 8), ("123-BB-1", 14)]:
        t(kenteken_sidecode(v) == sc_, v)
    for v in ["12-ABC-3", "1-NSB-12", "AB-1234"]:
        t(kenteken_sidecode(v) is None, v)
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67", "0111-123456"]:
        t(nl_phone_ok(v), v)
    for v in ["06-1234567", "06 01234567", "067 1234567", "012-3456789", "020-123456"]:
        t(not nl_phone_ok(v), v)
    t(residence_ok("III-V123AL568"), "residence")
    # organisation
    for ib in ORG_IBANS:
        t(iban_ok(ib), ib)
    t(btw_ok(ORG_BTW) and not elf_ok(ORG_BTW[2:11]), "org btw")
    for ph in ORG_PHONES:
        t(nl_phone_ok(ph), ph)
    t(all(postcode_ok(a.split(", ")[1][:7]) for a in ORG_ADDRESSES), "org postcodes")
    return n


# ==========================================================================================================
# audit
BIRTH_WORDS = re.compile(r"(geboren|geb\.|geboortedatum|geb\.datum|born|date of birth|d\.o\.b\.|dob|geburtsdatum|"
                         r"geboren am)", re.I)
EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")
ORG_POSTCODES = ["7418 AW", "7400 CG", "7418 AJ"]
TITLE_WORDS = {"mr", "mr.", "ms", "mrs", "dr", "herr", "frau", "dhr.", "mevr.", "mevrouw", "meneer"}


def parse_dob(v):
    mo = re.fullmatch(r"(\d{1,2})[-./](\d{1,2})[-./](\d{4})", v)
    if mo:
        return date_ok(int(mo.group(1)), int(mo.group(2)), int(mo.group(3)))
    mo = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
    if mo:
        return date_ok(int(mo.group(3)), int(mo.group(2)), int(mo.group(1)))
    mo = re.fullmatch(r"(\d{1,2})\.? (\w+) (\d{4})", v)
    if mo:
        mn = mo.group(2)
        for lst in (NL_MONTHS, EN_MONTHS, DE_MONTHS):
            if mn in lst:
                return date_ok(int(mo.group(1)), lst.index(mn) + 1, int(mo.group(3)))
    mo = re.fullmatch(r"(\w+) (\d{1,2}), (\d{4})", v)
    if mo and mo.group(1) in EN_MONTHS:
        return date_ok(int(mo.group(2)), EN_MONTHS.index(mo.group(1)) + 1, int(mo.group(3)))
    return False


def value_ok(label, v, before):
    if label == "IBAN":
        return iban_ok(v)
    if label == "BSN":
        core = re.sub(r"^NL|B01$", "", v)
        return elf_ok(core)
    if label == "CREDIT_CARD":
        return card_ok(v)
    if label == "BTW_ID":
        return btw_ok(v) and not elf_ok(v[2:11])
    if label == "POSTCODE":
        return postcode_ok(v) or bool(re.fullmatch(r"\d{4,5}", v)) or bool(re.fullmatch(UK_PC_RE, v))
    if label == "PHONE":
        return phone_ok(v)
    if label == "DATE_OF_BIRTH":
        return parse_dob(v) and bool(BIRTH_WORDS.search(before[-70:]))
    if label == "ID_DOCUMENT":
        return (docnr_ok(v) or residence_ok(v) or bool(re.fullmatch(r"[45]\d{9}", v)) or bool(re.fullmatch(r"[15]\d{8}", v))
                or bool(re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{7}\d", v)))
    if label == "LICENSE_PLATE":
        if kennzeichen_ok(v) or kenteken_sidecode(v):
            return True
        u = v.upper()
        for pat in KT_SIDECODES.values():
            if len(pat.replace("-", "")) == len(u):
                cand, i = "", 0
                for c in pat:
                    if c == "-":
                        cand += "-"
                    else:
                        cand += u[i]
                        i += 1
                if kenteken_sidecode(cand):
                    return True
        return False
    if label == "KVK":
        return bool(re.fullmatch(r"\d{8}", v)) and bool(re.search(r"(kvk|handelsregister|kamer van koophandel)", before[-45:], re.I))
    if label == "EMAIL":
        return bool(EMAIL_RE.fullmatch(v))
    if label == "IP_ADDRESS":
        return ipaddress.ip_address(v).is_global
    if label == "ADDRESS":
        return bool(re.search(r"\d", v))
    if label == "PERSON":
        return not re.search(r"\d", v) and v.split()[0].lower() not in TITLE_WORDS
    return False


def is_org(label, v):
    if label == "PHONE":
        return nl_phone_nsn(v) in ORG_NSNS
    if label == "IBAN":
        return re.sub(r"\s", "", v).upper() in ORG_IBANS
    if label == "EMAIL":
        return any(v.lower().endswith("@" + d) or v.lower().endswith("." + d) for d in ORG_DOMAINS)
    if label == "PERSON":
        return "hoekveld" in v.lower()
    if label == "KVK":
        return v == ORG_KVK
    if label in ("BTW_ID", "BSN"):
        return re.sub(r"[ .]", "", v).upper() == ORG_BTW
    if label == "ADDRESS":
        return any(a.lower().startswith(v.lower()) for a in ORG_ADDRESSES)
    if label == "POSTCODE":
        return v in ORG_POSTCODES
    return False


def audit(records, pii_flags):
    errors = []
    texts = set()
    for rec in records:
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        b = text.encode("utf-8")
        if text in texts:
            errors.append(f"{rid}: duplicate text")
        texts.add(text)
        if (len(spans) > 0) != pii_flags[rid]:
            errors.append(f"{rid}: pii flag mismatch ({len(spans)} spans)")
        prev_end = -1
        covered = []
        for s in spans:
            st, en, lab = s["start"], s["end"], s["label"]
            if lab not in LABELS:
                errors.append(f"{rid}: bad label {lab}")
            if st < prev_end or st >= en:
                errors.append(f"{rid}: overlap/order at {st}")
            prev_end = en
            try:
                v = b[st:en].decode("utf-8")
                before = b[:st].decode("utf-8")
            except UnicodeDecodeError:
                errors.append(f"{rid}: span not on char boundary {st}-{en}")
                continue
            if v != s.get("value", v):
                errors.append(f"{rid}: span text {v!r} != marked value")
            if v != v.strip() or (v[0] in ",.;:!?()[]<>\"'" and not (lab == "PHONE" and v[0] == "(")) or v[-1] in ",.;:!?()[]<>\"'-":
                errors.append(f"{rid}: span edge {v!r}")
            if not value_ok(lab, v, before):
                errors.append(f"{rid}: invalid {lab} {v!r}")
            if is_org(lab, v):
                errors.append(f"{rid}: organisation data labelled {lab} {v!r}")
            cs, ce = len(before), len(before) + len(v)
            covered.append((cs, ce, lab, v))

        def inside(a, e, labs):
            return any(cs <= a and e <= ce and lab in labs for cs, ce, lab, _ in covered)

        # every repeat of a labelled value labelled
        for cs, ce, lab, v in covered:
            for mo in re.finditer(r"(?<![\w])" + re.escape(v) + r"(?![\w])", text):
                if not inside(mo.start(), mo.end(), LABELS):
                    errors.append(f"{rid}: unlabelled repeat of {lab} {v!r}")
        # names: every standalone token of a labelled name is labelled
        for cs, ce, lab, v in covered:
            if lab != "PERSON":
                continue
            toks = set(re.split(r"[\s,]+", v)) | set(re.split(r"[\s,\-]+", v))
            for tok in toks:
                if len(tok) < 3 or tok.lower() in TUSSEN or tok.endswith("."):
                    continue
                for mo in re.finditer(r"(?<![\w])" + re.escape(tok) + r"(?![\w])", text, re.I):
                    if not inside(mo.start(), mo.end(), {"PERSON"}) and not inside(mo.start(), mo.end(), {"EMAIL"}):
                        errors.append(f"{rid}: unlabelled name token {tok!r}")
        # staff names are never left unlabelled
        for tok in " ".join([GDW, KGDW, REG, CHAT, JUR, DESK_DE, DESK_EN]).split():
            for mo in re.finditer(r"(?<![\w])" + re.escape(tok) + r"(?![\w])", text, re.I):
                if not inside(mo.start(), mo.end(), {"PERSON"}):
                    errors.append(f"{rid}: unlabelled staff name {tok!r}")
        # scanners: never left unlabelled
        for mo in EMAIL_RE.finditer(text):
            if not inside(mo.start(), mo.end(), {"EMAIL"}) and not is_org("EMAIL", mo.group()):
                errors.append(f"{rid}: unlabelled e-mail {mo.group()!r}")
        for mo in re.finditer(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,6}(?: ?[A-Za-z0-9]{1,4})?", text):
            comp = mo.group().replace(" ", "").upper()
            cc = comp[:2]
            if cc in IBAN_LEN and len(comp) >= IBAN_LEN[cc] and iban_ok(comp[:IBAN_LEN[cc]]):
                if comp[:IBAN_LEN[cc]] not in ORG_IBANS and not inside(mo.start(), mo.start() + 4, {"IBAN"}):
                    errors.append(f"{rid}: unlabelled IBAN {mo.group()!r}")
        for mo in re.finditer(r"(?<![\w.\-/])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3})(?![\w]|[.\- ]\d)", text):
            if elf_ok(mo.group()) and not inside(mo.start(), mo.end(), {"BSN", "IBAN", "PHONE", "ID_DOCUMENT"}):
                errors.append(f"{rid}: unlabelled elfproef number {mo.group()!r}")
        for mo in re.finditer(r"(?i)NL\d{9}B\d{2}", text):
            if mo.group().upper() != ORG_BTW and not inside(mo.start(), mo.end(), {"BSN", "BTW_ID"}):
                errors.append(f"{rid}: unlabelled btw/OB {mo.group()!r}")
        for mo in re.finditer(r"(?<![\d])(?:\d[ -]?){11,18}\d(?!\d)", text):
            comp = re.sub(r"[ -]", "", mo.group())
            if 12 <= len(comp) <= 19 and card_ok(comp) and not inside(mo.start(), mo.end(), {"CREDIT_CARD", "IBAN", "PHONE"}):
                errors.append(f"{rid}: unlabelled card-like number {mo.group()!r}: {text[mo.start() - 30:mo.end() + 10]!r}")
        for mo in re.finditer(r"(?:\+31|0031)[\s-]?(?:\(0\))?[\s-]?6(?:[\s-]?\d){8}(?!\d)|(?<![\d])06(?:[\s-]?\d){8}(?!\d)", text):
            if not inside(mo.start(), mo.end(), {"PHONE"}) and nl_phone_nsn(mo.group()) not in ORG_NSNS:
                errors.append(f"{rid}: unlabelled NL mobile {mo.group()!r}")
        for mo in re.finditer(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])", text):
            if postcode_ok(mo.group()) and not inside(mo.start(), mo.end(), {"POSTCODE"}) and mo.group() not in ORG_POSTCODES:
                errors.append(f"{rid}: unlabelled postcode {mo.group()!r}")
        for mo in re.finditer(r"(?i)(kvk|handelsregister|chamber of commerce|kamer van koophandel)[^\d\n]{0,30}(\d{8})(?!\d)", text):
            if mo.group(2) != ORG_KVK and not inside(mo.start(2), mo.end(2), {"KVK"}):
                errors.append(f"{rid}: unlabelled KvK {mo.group(2)!r}")
        for mo in BIRTH_WORDS.finditer(text):
            tail = text[mo.end():mo.end() + 30]
            dm = re.search(r"\d{1,4}[-./ ]\w+[-./ ]\d{2,4}", tail)
            if dm:
                a = mo.end() + dm.start()
                if not inside(a, a + 1, {"DATE_OF_BIRTH"}):
                    errors.append(f"{rid}: unlabelled date after birth word {dm.group()!r}")
        for mo in re.finditer(r"(?i)(paspoort|passport|id-kaart|documentnummer|ausweis|verblijfsdocument|residence permit|rijbewijs)"
                              r"[^\n]{0,20}?([A-Z0-9-]{8,13})", text):
            tok = mo.group(2)
            if re.search(r"\d", tok) and not inside(mo.start(2), mo.end(2), {"ID_DOCUMENT"}):
                errors.append(f"{rid}: unlabelled document number {tok!r}")
        for mo in re.finditer(r"(?<![\w-])[A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,3}(?![\w-])", text):
            if kenteken_sidecode(mo.group()) and not inside(mo.start(), mo.end(), {"LICENSE_PLATE"}):
                errors.append(f"{rid}: unlabelled kenteken {mo.group()!r}")
        for mo in re.finditer(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])", text):
            try:
                glob = ipaddress.ip_address(mo.group()).is_global
            except ValueError:
                continue
            pre = text[max(0, mo.start() - 12):mo.start()].lower()
            if glob and not inside(mo.start(), mo.end(), {"IP_ADDRESS"}) and not re.search(r"(version|release|versie|=)\s*$", pre):
                errors.append(f"{rid}: unlabelled public IP {mo.group()!r}")
        for org in ORG_NAMES:
            for mo in re.finditer(re.escape(org), text):
                if inside(mo.start(), mo.end(), LABELS) or any(cs < mo.end() and mo.start() < ce for cs, ce, _, _ in covered):
                    errors.append(f"{rid}: organisation name inside a span")
    return errors


# ==========================================================================================================
def toml_text():
    q = lambda xs: "[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in xs) + "]"
    return ("# heldout19 – Hoekveld Gerechtsdeurwaarders & Incasso B.V. (fictional). Written by make.py.\n"
            "[organisation]\n"
            f"names     = {q(ORG_NAMES)}\n"
            f"domains   = {q(ORG_DOMAINS)}\n"
            f"phones    = {q(ORG_PHONES)}\n"
            f"ibans     = {q(ORG_IBANS)}\n"
            f"addresses = {q(ORG_ADDRESSES)}\n"
            f"kvk       = {q([ORG_KVK])}\n"
            f"btw       = {q([ORG_BTW])}\n"
            f"handles   = {q(ORG_HANDLES)}\n")


def build():
    by_lang = {"nl": [], "en": [], "de": []}
    for name, lang, pii, fn in SCEN:
        for k in (0, 1):
            g = G(f"{name}:{k}")
            text, spans = render(fn(g, k))
            by_lang[lang].append((name, k, pii, text, spans))
    records, flags = [], {}
    for lang in ("nl", "en", "de"):
        items = by_lang[lang]
        random.Random(f"{SEED}:order:{lang}").shuffle(items)
        for i, (name, k, pii, text, spans) in enumerate(items, 1):
            rid = f"h19-{lang}-{i:03d}"
            records.append({"id": rid, "lang": lang, "text": text, "spans": spans})
            flags[rid] = pii
    return records, flags


def main():
    n_self = self_test()
    records, flags = build()
    errors = audit(records, flags)
    if errors:
        print("\n".join(errors[:80]), file=sys.stderr)
        print(f"AUDIT FAILED: {len(errors)} problems", file=sys.stderr)
        sys.exit(1)
    lines = []
    for r in records:
        out = {"id": r["id"], "lang": r["lang"], "text": r["text"],
               "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in r["spans"]]}
        lines.append(json.dumps(out, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # read back and re-slice every span from the serialised bytes
    for line, r in zip(data.decode("utf-8").splitlines(), records):
        o = json.loads(line)
        tb = o["text"].encode("utf-8")
        for s, m in zip(o["spans"], r["spans"]):
            assert tb[s["start"]:s["end"]].decode("utf-8") == m["value"], (o["id"], s)
    with open(os.path.join(HERE, "gold.jsonl"), "wb") as f:
        f.write(data)
    with open(os.path.join(HERE, "pii-scrubber.toml"), "w", encoding="utf-8") as f:
        f.write(toml_text())
    # statistics
    langs = ("nl", "en", "de")
    cnt = {lab: {l: 0 for l in langs} for lab in LABELS}
    for r in records:
        for s in r["spans"]:
            cnt[s["label"]][r["lang"]] += 1
    n_msg = {l: sum(1 for r in records if r["lang"] == l) for l in langs}
    n_free = {l: sum(1 for r in records if r["lang"] == l and not r["spans"]) for l in langs}
    lens = sorted(len(r["text"].encode("utf-8")) for r in records)
    nonascii = sum(1 for r in records if r["spans"] and any(ord(c) > 127 for c in r["text"]))
    emoji = sum(1 for r in records if any(ord(c) > 0xFFFF for c in r["text"]))
    print(f"self_test checks: {n_self}; audit: OK; scenarios: {len(SCEN)}")
    print(f"messages: " + ", ".join(f"{l} {n_msg[l]}" for l in langs) + f" = {len(records)}")
    tf = sum(n_free.values())
    print(f"PII-free: " + ", ".join(f"{l} {n_free[l]}" for l in langs) + f" = {tf} ({100 * tf / len(records):.1f} %)")
    print(f"length bytes: min {lens[0]}, median {lens[len(lens) // 2]}, max {lens[-1]}; PII messages with non-ASCII: "
          f"{nonascii}; with emoji: {emoji}")
    print("| label | nl | en | de | total |\n|---|---:|---:|---:|---:|")
    tot = {l: 0 for l in langs}
    for lab in LABELS:
        c = cnt[lab]
        for l in langs:
            tot[l] += c[l]
        print(f"| `{lab}` | {c['nl']} | {c['en']} | {c['de']} | {sum(c.values())} |")
    print(f"| **all** | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")
    print("sha256(gold.jsonl) =", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
