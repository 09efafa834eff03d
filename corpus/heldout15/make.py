#!/usr/bin/env python3
"""heldout15 -- held-out PII evaluation set: a Dutch car dealer, garage and lease company.

Molenbroek Auto Groep (fictional; Maasbeek, Limburg): sales, workshop, APK, tyres, damage repair,
private lease, fleet lease, roadside assistance and rental cars. 150 messages (60 nl, 50 en, 40 de).

Python 3.11, standard library only. Deterministic: every scenario instance uses
random.Random(f"{SEED}:{name}:{k}") (string seeds are hashed with SHA-512, so PYTHONHASHSEED has no
effect). Writes gold.jsonl next to this file only when every self-test and audit check passes.
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

SEED = "heldout15:molenbroek:2025"
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------------
# markup: values are written into texts with sentinels; render() strips them and records spans
# --------------------------------------------------------------------------------------------
S0, S1, S2 = "\ue000", "\ue001", "\ue002"
LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]
_NEG = []  # values deliberately left unlabelled in the current message (hard negatives shaped like PII)


def mk(label, v):
    assert label in LABELS, label
    v = str(v)
    assert v == v.strip() and v, repr(v)
    return f"{S0}{label}{S1}{v}{S2}"


def P(v): return mk("PERSON", v)
def EM(v): return mk("EMAIL", v)
def PH(v): return mk("PHONE", v)
def IB(v): return mk("IBAN", v)
def BS(v): return mk("BSN", v)
def AD(v): return mk("ADDRESS", v)
def PC(v): return mk("POSTCODE", v)
def CC(v): return mk("CREDIT_CARD", v)
def IP(v): return mk("IP_ADDRESS", v)
def DOB(v): return mk("DATE_OF_BIRTH", v)
def ID(v): return mk("ID_DOCUMENT", v)
def KT(v): return mk("LICENSE_PLATE", v)
def BTW(v): return mk("BTW_ID", v)
def KVK(v): return mk("KVK", v)


def N(v):
    """register a deliberately unlabelled PII-shaped value (hard negative) for the audit"""
    _NEG.append(str(v))
    return str(v)


MARK_RE = re.compile(S0 + "([A-Z_]+)" + S1 + "([^" + S2 + "]*)" + S2)


def render(marked):
    out, spans, pos, blen = [], [], 0, 0
    for m in MARK_RE.finditer(marked):
        pre = marked[pos:m.start()]
        out.append(pre)
        blen += len(pre.encode("utf-8"))
        v = m.group(2)
        b = len(v.encode("utf-8"))
        spans.append({"start": blen, "end": blen + b, "label": m.group(1), "_v": v})
        out.append(v)
        blen += b
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert S0 not in text and S1 not in text and S2 not in text
    return text, spans


def crlf(t):
    return t.replace("\r\n", "\n").replace("\n", "\r\n")


# --------------------------------------------------------------------------------------------
# the organisation (never labelled)
# --------------------------------------------------------------------------------------------
ORG = {
    "names": ["Molenbroek Auto Groep B.V.", "Molenbroek Auto Groep", "Molenbroek Auto", "Molenbroek Lease",
              "Molenbroek Schadeherstel", "Molenbroek Pechhulp", "Molenbroek Verhuur", "Autobedrijf Molenbroek",
              "Molenbroek Occasions", "Molenbroek"],
    "domains": ["molenbroek-auto.example"],
    "phones": ["0475 739 200", "088 476 1900", "06 4127 8830"],
    "ibans": ["NL87RABO0312457896", "NL32INGB0007385412"],
    "addresses": ["Ambachtsweg 40, 6049 GT Maasbeek", "Postbus 212, 6040 AE Maasbeek",
                  "Kanaalweg 7, 6049 HB Maasbeek"],
    "kvk": ["58214736"],
    "btw": ["NL862104573B64"],
    "handles": ["@MolenbroekAuto", "@molenbroek_lease", "@molenbroekauto"],
}
ORG_PHONE_DIGITS = {"475739200", "884761900", "641278830"}
ORG_POSTCODES = {"6049 GT", "6049GT", "6040 AE", "6040AE", "6049 HB", "6049HB"}

# staff: employees are PERSON
RUUD = "Ruud Hermans"            # service adviseur werkplaats
YASMINA = "Yasmina Azzouzi"      # lease desk / private lease
STIJN = "Stijn Peeters"          # monteur
MARLOES = "Marloes van den Akker"  # schadeafdeling
KOFI = "Kofi Mensah"             # verkoop occasions
BEATA = "Beata Nowicka"          # verhuur & planning
JUERGEN = "Jürgen Hellwig"       # German desk / Verkauf
CHANDRA = "Chandra Ramlakhan"    # fleet accountmanager
DAAN = "Daan Coenen"             # pechhulp-centrale

SIG_TAIL_NL = ("Molenbroek Auto Groep | Ambachtsweg 40, 6049 GT Maasbeek\n"
               "T 0475 739 200 | Pechhulp 24/7 088 476 1900 | www.molenbroek-auto.example")
SIG_TAIL_EN = ("Molenbroek Auto Groep | Ambachtsweg 40, 6049 GT Maasbeek, the Netherlands\n"
               "T +31 475 739 200 | Roadside assistance 24/7 +31 88 476 1900")
SIG_TAIL_DE = ("Molenbroek Auto Groep | Ambachtsweg 40, 6049 GT Maasbeek (NL)\n"
               "Tel. +31 475 739 200 | Pannenhilfe 24/7 +31 88 476 1900 | www.molenbroek-auto.example/de")
FOOTER_FULL = ("Molenbroek Auto Groep B.V. · KvK 58214736 · btw NL862104573B64 · "
               "IBAN NL87 RABO 0312 4578 96")

# --------------------------------------------------------------------------------------------
# invented names and places (written by hand for this set)
# --------------------------------------------------------------------------------------------
NAMES = {
    "nl": {"m": ["Gijs", "Teun", "Wouter", "Bart-Jan", "Joep", "Hidde", "Sjoerd", "Rens", "Huub", "Twan", "Coen",
                 "Jelle", "Thijs", "Harm", "Luuk"],
           "f": ["Femke", "Maartje", "Ilse", "Noortje", "Esmée", "Lieke", "Marieke", "Fleur", "Loes", "Anouk",
                 "Mirte", "Jolien", "Daniëlle", "Hester", "Roos"],
           "l": ["van Lierop", "Verheijden", "de Wever", "Smeets", "Gerrits", "ten Hove", "Brouns", "op de Kamp",
                 "Vossen", "Schreurs", "van 't Zand", "Lemmens", "Kessels", "in 't Veld", "Dircks", "Bongers",
                 "van Rijswijck", "Houben", "Wijnands", "van der Steen", "Crombach", "Hoeijmakers", "Driessen-Kurvers"]},
    "ma": {"m": ["Anouar", "Bilal", "Soufiane", "Yassine", "Hamza"], "f": ["Naima", "Sanae", "Ikram", "Houda", "Loubna"],
           "l": ["El Amrani", "Bouzidi", "Ouali", "Ait Lahcen", "Chaouch", "El Khattabi"]},
    "tr": {"m": ["Emre", "Burak", "Mert", "Kaan", "Oğuzhan"], "f": ["Elif", "Zeynep", "Ayşe", "Gökçe", "Büşra"],
           "l": ["Öztürk", "Kılıç", "Aydın", "Çelik", "Yücel", "Karakuş"]},
    "sr": {"m": ["Ravi", "Anil", "Sunil", "Romano"], "f": ["Sharmila", "Kavita", "Reshma", "Shanti"],
           "l": ["Ramdin", "Jagessar", "Bisoendat", "Sewnath", "Tjong-A-Hung", "Pinas"]},
    "pl": {"m": ["Tomasz", "Krzysztof", "Łukasz", "Paweł"], "f": ["Agnieszka", "Katarzyna", "Joanna", "Ewelina"],
           "l": ["Kowalczyk", "Grabowski", "Dąbrowski", "Mazur", "Zielński"]},
    "de": {"m": ["Matthias", "Uwe", "Dirk", "Jens", "Torsten", "Lukas", "Hans-Peter"],
           "f": ["Anke", "Sabine", "Heike", "Jana", "Birgit", "Anneliese"],
           "l": ["Schrörs", "Heinemann", "Vennekel", "Küppers", "Weyers", "Tönnissen", "Baumgärtner", "Op de Hipt",
                 "Strauß", "Jansen-Lörkens"]},
    "be": {"m": ["Wim", "Jef", "Koen", "Pieter-Jan"], "f": ["Griet", "Hanne", "Lien", "Ilse"],
           "l": ["Vanderhoven", "Claes", "Verlinden", "Van Aerschot", "Goossens", "De Clercq", "Vandeput"]},
    "uk": {"m": ["Alistair", "Gareth", "Callum", "Rory"], "f": ["Siobhan", "Harriet", "Gemma", "Fiona"],
           "l": ["Pemberton", "McAllister", "Whitfield", "O'Donoghue", "Ashworth"]},
    "in": {"m": ["Arjun", "Vikram", "Karthik", "Rohan"], "f": ["Deepa", "Ananya", "Lakshmi", "Meera"],
           "l": ["Subramanian", "Iyer", "Nair", "Kulkarni", "Venkataraman"]},
    "xx": {"m": ["Thiago", "Nikos", "Chidi", "Mateo", "Oleksandr", "Minh"],
           "f": ["Lucía", "Giulia", "Oksana", "Yuki", "Adaeze", "Ingrid"],
           "l": ["Carvalho", "Papadakis", "Okonkwo", "Ferrández", "Hrytsenko", "Benedetti", "Nakamura", "Lindqvist"]},
}


class Person:
    def __init__(self, first, last, sex):
        self.first, self.last, self.sex = first, last, sex

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def Last(self):  # surname standing alone: capitalised tussenvoegsel
        return self.last[0].upper() + self.last[1:]

    @property
    def init(self):
        return self.first[0] + "."

    @property
    def init_full(self):
        return f"{self.init} {self.last}"


def person(r, origin, sex=None):
    sex = sex or r.choice("mf")
    return Person(r.choice(NAMES[origin][sex]), r.choice(NAMES[origin]["l"]), sex)


def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def email_of(r, p, domains):
    first = re.sub(r"[^a-z]", "", fold(p.first).lower())
    last = re.sub(r"[^a-z]", "", fold(p.last).lower())
    style = r.randrange(5)
    local = [f"{first}.{last}", f"{first[0]}{last}", f"{first}{r.randrange(70, 99)}",
             f"{last}.{first[0]}", f"{first}_{last}{r.randrange(1, 9)}"][style]
    return f"{local}@{r.choice(domains)}"


MAIL_NL = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "icloud.com", "planet.nl"]
MAIL_DE = ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"]
MAIL_BE = ["telenet.be", "proximus.be", "skynet.be", "gmail.com"]
MAIL_EN = ["gmail.com", "outlook.com", "icloud.com", "hotmail.co.uk", "btinternet.com", "proton.me"]

STREETS_NL = ["Groenstraat", "Burg. Janssenstraat", "Maasboulevard", "Hertogstraat", "Roerkade", "Akkerwinde",
              "Sint Gerlachusstraat", "Kapelaan Berixstraat", "Beekdalweg", "Veldkersstraat", "Oude Trambaan",
              "Heggenrank", "Pastoor Vullinghsplein", "Laan van Heijthuysen", "Molenakker", "Dr. Philipsstraat",
              "Wilhelminasingel", "Kloosterhof", "Brugstraat", "Zandbergsweg"]
TOWNS_NL = ["Roermond", "Weert", "Venlo", "Echt", "Maasbracht", "Sittard", "Heythuysen", "Nederweert", "Susteren",
            "Swalmen", "Linne", "Horn"]
PC4_NL = ["6041", "6042", "6043", "6045", "6051", "6061", "6071", "6093", "6101", "6114", "6006", "5931", "6131"]
STREETS_DE = ["Bahnhofstraße", "Am Mühlenbach", "Lindenallee", "Kirchweg", "Gartenstraße", "Dürener Straße",
              "Schützenstraße", "Auf dem Kamp", "Roermonder Straße", "Hochstraße"]
TOWNS_DE = [("52525", "Heinsberg"), ("52538", "Selfkant"), ("41849", "Wassenberg"), ("52511", "Geilenkirchen"),
            ("41812", "Erkelenz"), ("41836", "Hückelhoven"), ("52531", "Übach-Palenberg"), ("41366", "Schwalmtal")]
STREETS_BE = ["Kerkstraat", "Bosstraat", "Weertersteenweg", "Markt", "Heirbaan", "Maasdijk"]
TOWNS_BE = [("3680", "Maaseik"), ("3650", "Dilsen-Stokkem"), ("3960", "Bree"), ("3640", "Kinrooi"), ("3630", "Maasmechelen")]
PAIR_LETTERS = "ABCDEGHJKLMNPRTVWXZ"


def addr_nl(r):
    n = r.randrange(1, 140)
    add = r.choice(["", "", "", "a", "b", "-2", " A"])
    letters = "SS"
    while letters in ("SA", "SD", "SS"):
        letters = r.choice(PAIR_LETTERS) + r.choice(PAIR_LETTERS)
    return f"{r.choice(STREETS_NL)} {n}{add}", f"{r.choice(PC4_NL)} {letters}", r.choice(TOWNS_NL)


def addr_de(r):
    plz, town = r.choice(TOWNS_DE)
    return f"{r.choice(STREETS_DE)} {r.randrange(1, 90)}{r.choice(['', '', 'a'])}", plz, town


def addr_be(r):
    pc, town = r.choice(TOWNS_BE)
    return f"{r.choice(STREETS_BE)} {r.randrange(2, 120)}{r.choice(['', ' bus 2', ' bus 1', ''])}", pc, town


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


# --------------------------------------------------------------------------------------------
# validators (per shared/reference/dutch-pii-formats.md)
# --------------------------------------------------------------------------------------------
def elfproef(s):
    d = re.sub(r"[ .\-]", "", s)
    if not re.fullmatch(r"\d{8,9}", d):
        return False
    d = d.zfill(9)
    if int(d) == 0:
        return False
    return (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 0


def mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


IBAN_LEN = {"NL": 18, "DE": 22, "BE": 16, "GB": 22, "FR": 27, "PL": 28}


def iban_valid(s):
    c = re.sub(r"[ \u00a0.\-]", "", s).upper()
    if c[:2] not in IBAN_LEN or len(c) != IBAN_LEN[c[:2]]:
        return False
    if c[:2] == "NL" and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", c):
        return False
    if c[:2] == "BE":
        if not re.fullmatch(r"BE\d{14}", c):
            return False
        n = int(c[4:14]) % 97 or 97
        if n != int(c[14:16]):
            return False
    return mod97(c[4:] + c[:4]) == 1


def iban_make(cc, bban):
    return f"{cc}{98 - mod97(bban + cc + '00'):02d}{bban}"


def btw_valid(s):
    c = re.sub(r"[ .\-]", "", s).upper()
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", c)) and mod97(c) == 1 and c[-2:] != "00"


def luhn(s):
    d = [int(c) for c in re.sub(r"\D", "", s)][::-1]
    return sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d)) % 10 == 0


def card_iin_ok(d):
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return n == 16
    if d[:2] in ("34", "37"):
        return n == 15
    return False


def card_valid(s):
    d = re.sub(r"[ \-]", "", s)
    return d.isdigit() and card_iin_ok(d) and luhn(d)


MOBILE_RE = re.compile(r"6[1-58]\d{7}")
NL_AREAS = {"10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38", "40", "43", "45", "46", "50",
            "53", "55", "58", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79",
            "475", "495", "492", "493", "413", "416"}


def phone_valid(s):
    d = re.sub(r"[^\d+]", "", s.replace("(0)", ""))
    if d.startswith("+31") or d.startswith("0031"):
        nsn = d[3:] if d.startswith("+") else d[4:]
        if nsn.startswith("0"):
            nsn = nsn[1:]
        return nl_nsn_ok(nsn)
    if d.startswith("+49") or d.startswith("0049"):
        nsn = d[3:] if d.startswith("+") else d[4:]
        return de_nsn_ok(nsn)
    if d.startswith("+32") or d.startswith("0032"):
        nsn = d[3:] if d.startswith("+") else d[4:]
        return be_nsn_ok(nsn)
    if d.startswith("+44"):
        return bool(re.fullmatch(r"7700900\d{3}", d[3:]))
    if d.startswith("07700900"):
        return len(d) == 11
    if d.startswith("0"):
        return nl_nsn_ok(d[1:]) or de_nsn_ok(d[1:]) or be_nsn_ok(d[1:])
    return False


def nl_nsn_ok(n):
    if MOBILE_RE.fullmatch(n):
        return True
    if len(n) != 9:
        return False
    return n[:2] in NL_AREAS or n[:3] in NL_AREAS or n[:2] in ("85", "91", "88")


def de_nsn_ok(n):
    if re.fullmatch(r"1(5[1-9]|6[0-9]|7[0-9])\d{7,8}", n):
        return True
    return bool(re.fullmatch(r"(2452|2431|241|2433|2161|2456|2451)\d{4,8}", n))


def be_nsn_ok(n):
    return bool(re.fullmatch(r"4[5-9]\d{7}", n) or re.fullmatch(r"(89|11)\d{6}", n))


def postcode_valid(s):
    if re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", s):
        return True                                     # UK
    if re.fullmatch(r"[1-9]\d{3} ?[A-Z]{2}", s):
        return s[-2:] not in ("SA", "SD", "SS")
    return bool(re.fullmatch(r"\d{4,5}", s))


KT_LET = "BDFGHJKLNPRSTVXZ"
SIDECODES = {1: "LL-DD-DD", 2: "DD-DD-LL", 3: "DD-LL-DD", 4: "LL-DD-LL", 5: "LL-LL-DD", 6: "DD-LL-LL",
             7: "DD-LLL-D", 8: "D-LLL-DD", 9: "LL-DDD-L", 10: "L-DDD-LL", 11: "LLL-DD-L", 12: "L-DD-LLL",
             13: "D-LL-DDD", 14: "DDD-LL-D"}
BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS"]


def kenteken_valid(s):
    c = re.sub(r"[ \-]", "", s).upper()
    if len(c) != 6:
        return False
    shape = "".join("L" if ch.isalpha() else "D" for ch in c)
    for sc, pat in SIDECODES.items():
        if pat.replace("-", "") != shape:
            continue
        if "-" in s and s.upper() != "".join(_fill(pat, c)):
            return False
        groups = re.findall(r"[A-Z]+", "".join(_fill(pat, c)))
        banned = BANNED + (["KVT", "VVD"] if sc >= 8 else []) + (["SP"] if sc >= 13 else [])
        for g in groups:
            if any(b in g for b in banned):
                return False
            if sc >= 4 and any(ch not in KT_LET for ch in g):
                return False
        return True
    return False


def _fill(pat, c):
    out, i = [], 0
    for ch in pat:
        if ch == "-":
            out.append("-")
        else:
            out.append(c[i]); i += 1
    return out


def kennzeichen_valid(s):
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} ?\d{1,4}[EH]?", s))


def docnr_valid(s):
    c = s.replace(" ", "").upper()
    if re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}\d", c) and "O" not in c:
        return True                                     # NL passport / ID card
    if re.fullmatch(r"\d{10}", c) and not c.startswith("0"):
        return True                                     # NL rijbewijsnummer
    if re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}", c):
        return True                                     # DE Personalausweis / Reisepass
    if re.fullmatch(r"\d{9}", c):
        return True                                     # UK passport
    if re.fullmatch(r"B\d{4}[A-Z]{2}\d{4}", c):
        return True                                     # DE Führerschein (11 characters)
    return False


MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
    "januar": 1, "februar": 2, "märz": 3, "mai": 5, "juni ": 6, "oktober ": 10, "dezember": 12,
}
MON_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def parse_date(s):
    s2 = s.strip()
    m = re.fullmatch(r"(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})", s2)
    if m:
        d, mo, y = map(int, m.groups())
    else:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s2)
        if m:
            y, mo, d = map(int, m.groups())
        else:
            m = re.fullmatch(r"(\d{1,2})\.? (\w+) (\d{4})", s2)
            m2 = re.fullmatch(r"(\w+) (\d{1,2}), (\d{4})", s2)
            if m:
                d, mon, y = int(m.group(1)), m.group(2).lower(), int(m.group(3))
            elif m2:
                mon, d, y = m2.group(1).lower(), int(m2.group(2)), int(m2.group(3))
            else:
                return None
            allm = {x.lower(): i + 1 for L in (MON_NL, MON_EN, MON_DE) for i, x in enumerate(L)}
            if mon not in allm:
                return None
            mo = allm[mon]
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def dob_valid(s):
    d = parse_date(s)
    return d is not None and 1925 <= d.year <= 2007


EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")


def ip_valid(s):
    try:
        return ipaddress.ip_address(s).is_global
    except ValueError:
        return False


def valid_for(label, v):
    if label == "PERSON":
        return bool(re.search(r"[A-Za-zÀ-ž]", v)) and not re.search(r"\d|@", v)
    if label == "EMAIL":
        return bool(EMAIL_RE.fullmatch(v))
    if label == "PHONE":
        return phone_valid(v)
    if label == "IBAN":
        return iban_valid(v)
    if label == "BSN":
        c = re.sub(r"[ .]", "", v)
        if c.upper().startswith("NL") and c.upper()[-3] == "B":
            return elfproef(c[2:11])
        return elfproef(v)
    if label == "ADDRESS":
        return bool(re.search(r"\d", v)) and bool(re.search(r"[A-Za-zß]{3}", v))
    if label == "POSTCODE":
        return postcode_valid(v)
    if label == "CREDIT_CARD":
        return card_valid(v)
    if label == "IP_ADDRESS":
        return ip_valid(v)
    if label == "DATE_OF_BIRTH":
        return dob_valid(v)
    if label == "ID_DOCUMENT":
        return docnr_valid(v)
    if label == "LICENSE_PLATE":
        return kenteken_valid(v) or kennzeichen_valid(v)
    if label == "BTW_ID":
        return btw_valid(v)
    if label == "KVK":
        return bool(re.fullmatch(r"\d{8}", v))
    return False


# --------------------------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------------------------
def mobile(r, style=None):
    d = "06" + r.choice("123458") + digits(r, 7)
    while d[2:] in ORG_PHONE_DIGITS:
        d = "06" + r.choice("123458") + digits(r, 7)
    style = r.randrange(9) if style is None else style
    n = d[1:]
    return [f"06-{d[2:]}", f"06 {d[2:]}", f"06 {d[2:6]} {d[6:]}", f"06-{d[2:4]} {d[4:6]} {d[6:8]} {d[8:]}",
            f"+31 6 {d[2:]}", f"+31 (0)6 {d[2:6]} {d[6:]}", f"0031{n}", f"+316-{d[2:]}", d][style]


def landline(r, area, style=None):
    sub = r.choice("2345789") + digits(r, 10 - len(area) - 1)
    style = r.randrange(4) if style is None else style
    if len(area) == 4:
        return [f"{area}-{sub}", f"{area} {sub[:3]} {sub[3:]}", f"+31 {area[1:]} {sub}", f"({area}) {sub[:2]} {sub[2:4]} {sub[4:]}"][style]
    return [f"{area}-{sub}", f"{area} {sub[:3]} {sub[3:]}", f"+31 {area[1:]} {sub[:3]} {sub[3:5]} {sub[5:]}",
            f"({area}) {sub[:3]} {sub[3:5]} {sub[5:]}"][style]


def de_phone(r, style=None):
    style = r.randrange(4) if style is None else style
    if style == 0:
        return f"0{r.choice(['151', '160', '171', '176', '157'])} {digits(r, 8)}"
    if style == 1:
        return f"+49 {r.choice(['152', '162', '172', '175'])} {digits(r, 7)}"
    if style == 2:
        return f"{r.choice(['02452', '02431', '02433'])} {r.choice('2345789')}{digits(r, 5)}"
    return f"+49 (0){r.choice(['2452', '2456', '2451'])} {r.choice('2345789')}{digits(r, 4)}"


def be_phone(r, style=None):
    style = r.randrange(3) if style is None else style
    if style == 0:
        return f"04{r.choice('5789')}{r.choice('0123456789')} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}"
    if style == 1:
        return f"+32 4{r.choice('5789')}{digits(r, 1)} {digits(r, 2)} {digits(r, 2)} {digits(r, 2)}"
    return f"089 {r.choice('5678')}{digits(r, 1)} {digits(r, 2)} {digits(r, 2)}"


def uk_phone(r):
    return r.choice([f"07700 900{digits(r, 3)}", f"+44 7700 900{digits(r, 3)}"])


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban(r, cc="NL", style=None):
    if cc == "NL":
        v = iban_make("NL", r.choice(NL_BANKS) + digits(r, 10))
    elif cc == "DE":
        v = iban_make("DE", r.choice(["3905", "3125", "3706", "3705"]) + digits(r, 4) + digits(r, 10))
    elif cc == "BE":
        acc = r.choice(["063", "001", "735", "979"]) + digits(r, 7)
        chk = int(acc) % 97 or 97
        v = iban_make("BE", f"{acc}{chk:02d}")
    else:
        v = iban_make("GB", r.choice(["NWBK", "MIDL", "BARC", "LOYD"]) + digits(r, 14))
    style = r.choice([0, 1, 1]) if style is None else style
    return [v, group4(v), v.lower()][style]


def bsn(r, style=0):
    while True:
        d = r.choice("123456") + digits(r, 8)
        if elfproef(d):
            break
    return [d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}"][style]


def not_elf(r, n=9, first="123456789"):
    while True:
        d = r.choice(first) + digits(r, n - 1)
        if not elfproef(d):
            return d


def kenteken(r, sc=None, style=0):
    while True:
        sc = sc or r.choice([4, 5, 6, 7, 8, 9, 9, 10, 11, 11, 12, 13, 14])
        pat = SIDECODES[sc]
        s = "".join(r.choice(KT_LET) if ch == "L" else (r.choice("0123456789") if ch == "D" else "-") for ch in pat)
        s = re.sub(r"^0", str(r.randrange(1, 10)), s)
        if kenteken_valid(s):
            break
        sc = None
    if style == 1:
        return s.replace("-", "")
    if style == 2:
        return s.replace("-", "").lower()
    if style == 3:
        return s.replace("-", " ")
    return s


def kennzeichen(r, style=0):
    dist = r.choice(["HS", "VIE", "AC", "KLE", "MG", "NE", "DN", "GK"])
    let = "".join(r.choice("ABDFGHJKLMNPRSTUVWXZ") for _ in range(r.choice([1, 2])))
    num = str(r.randrange(1, 9999))
    return f"{dist}-{let} {num}" if style == 0 else f"{dist} {let} {num}"


def passport_nl(r, first="N"):
    ab = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return first + r.choice(ab) + "".join(r.choice(ab + "123456789") for _ in range(6)) + r.choice("123456789")


def rijbewijs(r):
    return r.choice("45") + digits(r, 9)


def ausweis(r):
    ab = "CFGHJKLMNPRTVWXYZ"
    return r.choice(ab) + "".join(r.choice(ab + "0123456789") for _ in range(8))


def card(r, kind="visa", spaced=True):
    if kind == "amex":
        body = r.choice(["34", "37"]) + digits(r, 12)
    elif kind == "mc":
        pre = r.choice(["51", "53", "55", "2223"])
        body = pre + digits(r, 15 - len(pre))
    else:
        body = "4" + digits(r, 14)
    for c in "0123456789":
        if luhn(body + c):
            num = body + c
            break
    assert card_valid(num), num
    if not spaced:
        return num
    if len(num) == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    return group4(num)


def btw_make(r):
    while True:
        nine = digits(r, 9)
        if elfproef(nine):
            continue
        for x in range(1, 100):
            v = f"NL{nine}B{x:02d}"
            if btw_valid(v):
                return v


def kvk(r):
    return r.choice("3456789") + digits(r, 7)


def public_ip(r):
    while True:
        v = f"{r.choice([31, 37, 62, 77, 80, 84, 86, 89, 94, 145, 178, 185, 212, 217])}.{r.randrange(1, 255)}.{r.randrange(0, 255)}.{r.randrange(1, 255)}"
        if ip_valid(v):
            return v


def dob(r, lang, style=None, lo=1956, hi=2003):
    d = datetime.date(r.randrange(lo, hi + 1), r.randrange(1, 13), r.randrange(1, 29))
    style = r.randrange(3) if style is None else style
    if lang == "nl":
        return [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day} {MON_NL[d.month - 1]} {d.year}", f"{d.day}-{d.month}-{d.year}", d.isoformat()][style]
    if lang == "en":
        return [f"{d.day} {MON_EN[d.month - 1]} {d.year}", f"{MON_EN[d.month - 1]} {d.day}, {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}", d.isoformat()][style]
    return [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {MON_DE[d.month - 1]} {d.year}", f"{d.day}.{d.month}.{d.year}", d.isoformat()][style]


def day25(r, lang="nl", year=2025):
    d = datetime.date(year, r.randrange(1, 13), r.randrange(1, 29))
    if lang == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if lang == "en":
        return f"{d.day} {MON_EN[d.month - 1]} {d.year}"
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


VIN_AB = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(r):
    wmi = r.choice(["WVW", "WVG", "WBA", "VF3", "YV1", "WAU", "TMB", "VSS", "5YJ", "KNA", "WF0", "VR3", "SAL"])
    return wmi + "".join(r.choice(VIN_AB) for _ in range(5)) + r.choice("0123456789X") + r.choice("PRS") + \
        "".join(r.choice(VIN_AB) for _ in range(1)) + digits(r, 6)


def km(r):
    return f"{r.randrange(8, 240)}.{digits(r, 3)}"


TYRES = ["205/55 R16 91V", "225/45 R17 94W XL", "215/60 R17 96H", "195/65 R15 91T", "235/55 R19 105V XL",
         "185/65 R15 88T", "225/40 R18 92Y XL", "255/45 R20 105W", "165/70 R14 81T", "205/60 R16 96H"]
ENGINES = ["DKRF", "CHZD", "DPCA", "B4204T23", "K9K 872", "EB2DTS", "DFGA", "G4FJ", "M20A-FXS", "1KR-FE"]
SCEN = []


def scen(lang, pii):
    def deco(f):
        SCEN.append((lang, pii, f))
        return f
    return deco


# ============================================================================================
# Dutch scenarios (30: 19 with personal data, 11 without) -- each run for k = 0 and k = 1
# ============================================================================================
@scen("nl", True)
def nl_werkplaatsafspraak(r, k):
    if k == 0:
        p = person(r, "nl")
        return (f"Onderwerp: afspraak apk + grote beurt\n\nGoedemiddag,\n\n"
                f"Graag wil ik een afspraak maken voor de APK en de grote beurt van onze Škoda Octavia Combi, "
                f"kenteken {KT(kenteken(r, 9))}. De APK verloopt op {day25(r)}, km-stand is ongeveer {km(r)}.\n"
                f"Kan het op dinsdag of donderdag? Dan breng ik hem om 07:45 en haal ik hem na 17:00 weer op. "
                f"Vervangend vervoer is niet nodig.\n\nOok piept de rem linksvoor een beetje bij het achteruitrijden.\n\n"
                f"Bel gerust op {PH(mobile(r))}.\n\nMet vriendelijke groet,\n{P(p.full)}")
    p = person(r, "tr")
    return (f"--- Webformulier werkplaatsafspraak (molenbroek-auto.example/afspraak) ---\n"
            f"Naam:            {P(p.full)}\n"
            f"E-mail:          {EM(email_of(r, p, MAIL_NL))}\n"
            f"Telefoon:        {PH(mobile(r, 8))}\n"
            f"Kenteken:        {KT(kenteken(r, 11, 1))}\n"
            f"Merk/model:      Kia Niro 1.6 GDi Hybrid DynamicLine\n"
            f"Km-stand:        {km(r)}\n"
            f"Gewenste datum:  {day25(r)} (ochtend)\n"
            f"Werkzaamheden:   [x] onderhoud  [ ] APK  [x] airco-service  [ ] banden\n"
            f"Opmerking:       ruitenwisser bijrijderskant laat strepen achter, graag nieuwe bladen\n"
            f"Formulier-ID:    WF-{digits(r, 7)}")


@scen("nl", True)
def nl_schademelding(r, k):
    me, other = person(r, "nl", "f"), person(r, r.choice(["ma", "pl", "nl"]), "m")
    a, pc, town = addr_nl(r)
    if k == 0:
        return (f"Beste schadeafdeling,\n\nGisteren ({day25(r)}, rond 16:20) ben ik op de parkeerplaats van de Jumbo in "
                f"{town} aangereden door een bestelbus die achteruit reed. Schade aan achterklep en bumper van mijn "
                f"Peugeot 2008 ({KT(kenteken(r, 10))}). Foto's zitten in de bijlage.\n\n"
                f"Gegevens tegenpartij (van het schadeformulier):\n"
                f"- naam: {P(other.full)}\n- adres: {AD(a)}, {PC(pc)} {town}\n- tel: {PH(mobile(r))}\n"
                f"- kenteken bus: {KT(kenteken(r, 9, 0).replace('-', '-'))}\n- verzekeraar: Interpolis, polisnr. {N(not_elf(r, 10))}\n\n"
                f"Mijn schadenummer bij jullie lease is SCH-2025-{digits(r, 5)}. Kunnen jullie de auto ophalen voor herstel?\n\n"
                f"Groet,\n{P(me.full)}")
    return (f"EUROPEES SCHADEFORMULIER (overgenomen door {P(MARLOES)}, schadeafdeling)\n"
            f"Datum ongeval: {day25(r)}  Tijd: 08:05  Plaats: rotonde N280 / Oude Trambaan, {town}\n\n"
            f"VOERTUIG A (onze klant)\nNaam: {P(me.Last)}, {P(me.first)}\nKenteken: {KT(kenteken(r, 7))}\n"
            f"Merk/type: Volkswagen ID.4 Pro Performance\nVerzekeraar: via Molenbroek Lease (vlootpolis)\n\n"
            f"VOERTUIG B\nNaam: {P(other.full)}\nAdres: {AD(a)}\nPostcode/plaats: {PC(pc.replace(' ', ''))} {town.upper()}\n"
            f"Telefoon: {PH(landline(r, '0475'))}\nKenteken: {KT(kenteken(r, 12))}\nVerzekeraar: Achmea, polis {N('AV-' + digits(r, 8))}\n\n"
            f"Toedracht: B kwam van links en verleende geen voorrang. Schade A: voorscherm rechts, koplamp (onderdeel "
            f"11B 941 006 C).")


@scen("nl", True)
def nl_private_lease_aanvraag(r, k):
    p = person(r, r.choice(["nl", "sr", "ma"]))
    a, pc, town = addr_nl(r)
    if k == 0:
        return (f"Aanvraag private lease – Kia EV3 Air 58,3 kWh, 48 mnd / 10.000 km, € 449 p/m\n\n"
                f"Voorletters + achternaam: {P(p.init_full)}\nRoepnaam: {P(p.first)}\n"
                f"Geboortedatum: {DOB(dob(r, 'nl', 0))}\nAdres: {AD(a)}\nPostcode: {PC(pc)}  Woonplaats: {town}\n"
                f"Mobiel: {PH(mobile(r))}\nE-mail: {EM(email_of(r, p, MAIL_NL))}\n"
                f"Rijbewijsnummer: {ID(rijbewijs(r))}\nIBAN (automatische incasso): {IB(iban(r))}\n"
                f"Werkgever: Zorggroep Noord-Limburg, in dienst sinds 2019, vast contract\n"
                f"Netto maandinkomen: € 3.120\n\nIk ga akkoord met de BKR-toetsing.")
    return (f"Hoi {P(YASMINA.split()[0])},\n\nZoals besproken stuur ik hierbij de gegevens voor de private lease van de "
            f"Toyota Yaris Cross. Mijn loonstrook en een kopie van mijn rijbewijs zitten als pdf in de bijlage.\n\n"
            f"Ik ben geboren op {DOB(dob(r, 'nl', 1))}, woon op {AD(a)} in {town} ({PC(pc)}) en mijn rekeningnummer is "
            f"{IB(iban(r, style=1))}. Mijn BSN is {BS(bsn(r))}, dat vroeg de vorige leasemaatschappij ook.\n\n"
            f"Leuk trouwens dat jullie nu ook de GR Sport hebben, maar die is net boven budget 😉\n\n"
            f"Groetjes,\n{P(p.full)}\n{PH(mobile(r, 3))}")


@scen("nl", True)
def nl_boete_doorbelast(r, k):
    p = person(r, r.choice(["nl", "tr", "xx"]))
    cjib = "1" + digits(r, 15)
    t = f"{r.randrange(7, 22):02d}:{r.randrange(0, 60):02d}"
    if k == 0:
        return (f"Onderwerp: Doorbelasting verkeersboete – leasecontract LC-{digits(r, 6)}\n\n"
                f"Beste {P(p.init_full)},\n\nWij ontvingen van het CJIB een beschikking voor de leaseauto met kenteken "
                f"{KT(kenteken(r, 12))}, die aan u ter beschikking is gesteld door uw werkgever.\n\n"
                f"Overtreding: snelheidsoverschrijding 14 km/u (na correctie), A2 hmp 203.4 Li\n"
                f"Datum/tijd: {day25(r)} om {t}\nCJIB-nummer: {N(cjib[:4] + ' ' + cjib[4:8] + ' ' + cjib[8:12] + ' ' + cjib[12:])}\n"
                f"Bedrag: € 79,00 + € 9,00 administratiekosten\n\n"
                f"Conform de leasevoorwaarden brengen wij dit bedrag bij u in rekening. Bent u het niet eens met de "
                f"beschikking, dan kunt u binnen 6 weken zelf beroep instellen.\n\nMet vriendelijke groet,\n\n"
                f"{P(YASMINA)}\nMolenbroek Lease – boeteafhandeling\nT 0475 739 200")
    return (f"Re: Doorbelasting parkeerboete {day25(r)}\n\nDag,\n\nDie naheffingsaanslag (nr {N(not_elf(r, 12))}) kan niet "
            f"kloppen. Op {day25(r)} om {t} stond de {KT(kenteken(r, 8, 2))} bij jullie in de werkplaats voor de "
            f"terugroepactie, dat staat ook op werkorder WO-{digits(r, 6)}. Ik had toen een Polo als vervangend vervoer.\n\n"
            f"Graag intrekken. Bereikbaar op {PH(mobile(r))} na 16:00.\n\n{P(p.full)}\n\n"
            f"> Van: boetes@molenbroek-auto.example\n> Beste heer/mevrouw, hierbij ontvangt u de doorbelasting …")


@scen("nl", True)
def nl_fleetmanager(r, k):
    fm = person(r, "nl")
    drivers = [person(r, o) for o in ("nl", "pl", "ma")]
    if k == 0:
        rows = "\n".join(f"{KT(kenteken(r))} | {P(d.full)} | {PH(mobile(r, 0))}" for d in drivers)
        return (f"Hallo {P(CHANDRA.split()[0])},\n\nPer 1 mei wisselen bij ons een paar auto's van berijder. Kun je de "
                f"tankpassen en de pechhulpregistratie aanpassen?\n\nkenteken | nieuwe berijder | mobiel\n{rows}\n\n"
                f"De Caddy van {P('Jeroen')} (vertrokken) mag terug, contract 2021-0457, inleverdatum 30-04.\n\n"
                f"Groet,\n{P(fm.full)}\nFleetmanager | Van Kempen Installatietechniek B.V.\nKvK {KVK(kvk(r))}")
    d = drivers[0]
    return (f"Beste {P(CHANDRA)},\n\nOnze medewerker {P(d.full)} is uit dienst; zijn leaseauto ({KT(kenteken(r, 13))}) "
            f"wordt vrijdag bij jullie ingeleverd. Zijn opvolger {P(drivers[1].full)} ({EM(email_of(r, drivers[1], ['vankempen-installatie.nl']))}) "
            f"krijgt de nieuwe Škoda Enyaq uit de offerte van 12 maart.\n\n"
            f"Factuurgegevens ongewijzigd: Van Kempen Installatietechniek B.V., KvK {KVK(kvk(r))}, btw {BTW(btw_make(r))}.\n\n"
            f"Met vriendelijke groet,\n{P(fm.init_full)}\nFleet & facilitair\n{PH(landline(r, '077'))}")


@scen("nl", True)
def nl_pechhulp(r, k):
    p = person(r, r.choice(["nl", "sr", "be"]))
    a, pc, town = addr_nl(r)
    if k == 0:
        return (f"[21:47] {P(p.first)}: hallo, mijn auto start niet meer, alle lampjes knipperen\n"
                f"[21:48] Molenbroek Pechhulp: Vervelend! Wat is uw kenteken en waar staat de auto?\n"
                f"[21:49] {P(p.first)}: {KT(kenteken(r, 11, 2))}, voor de deur: {AD(a)} {town}\n"
                f"[21:50] Molenbroek Pechhulp: Dank u. Staat de auto veilig? Wij sturen iemand, verwachte aankomst 35 min.\n"
                f"[21:50] {P(p.first)}: ja staat op de oprit. bel me op {PH(mobile(r, 2))} als hij er bijna is\n"
                f"[21:51] Molenbroek Pechhulp: Prima. Meldingsnummer PH-{digits(r, 6)}. Gr. {P(DAAN.split()[0])}")
    return (f"melding {r.randrange(0, 6):02d}:{r.randrange(0, 60):02d} – klant {P(p.full)} belt via 088 476 1900\n"
            f"kenteken {KT(kenteken(r, 10))} (tesla model 3 LR, lease via molenbroek lease)\n"
            f"locatie: A73 re hmp 78,4 richting Nijmegen, vluchtstrook, 2 inzittenden, geen letsel\n"
            f"klacht: 12v accu leeg melding, auto gaat niet in drive\n"
            f"actie: berger {N('BRG-0412')} gestuurd, auto naar {N('Kanaalweg 7')}\n"
            f"terugbelnr klant: {PH(mobile(r, 4))}\n-- {P(DAAN)}")


@scen("nl", True)
def nl_whatsapp_inruil(r, k):
    p = person(r, r.choice(["nl", "tr", "ma"]))
    if k == 0:
        return (f"[{day25(r)} 18:42] {P(p.full)}: Goedenavond, wat geven jullie voor mijn Opel Astra K Sports Tourer "
                f"1.4 Turbo? Bouwjaar 2017, km-stand {km(r)}, kenteken {KT(kenteken(r, 10, 2))}\n"
                f"[{day25(r)} 18:43] {P(p.full)}: <foto's weggelaten> (4 foto's: voorkant, interieur, krasje achterbumper, dashboard)\n"
                f"[{day25(r)} 19:05] Molenbroek Occasions: Dank voor de foto's! Indicatie inruilwaarde € 8.750 bij aankoop "
                f"van een nieuwe auto. Kom gerust langs voor een taxatie. – {P(KOFI)}")
    return (f"hoi! ik wil mijn auto inruilen voor die ID.3 pure die op jullie site staat (advertentie {N('OC-' + digits(r, 5))}). "
            f"het gaat om een golf 7 variant, nr bord {KT(kenteken(r, 7, 2))} 📷📷 foto's stuur ik zo. apk tot okt 2026, "
            f"distributieriem vervangen bij 120.000. wat kunnen jullie bieden?\nmvg {P(p.first.lower())}")


@scen("nl", True)
def nl_monteur_notitie(r, k):
    p = person(r, r.choice(["nl", "ma", "tr"]))
    if k == 0:
        return (f"wo {digits(r, 5)} – {KT(kenteken(r, 9, 2))} – dhr {P(p.last.lower())}\n"
                f"- remblokken vo 3mm, schijven ok (26mm, min 25). blokken vervangen art {N('1K0698151')}\n"
                f"- distr riem nog niet nodig (vlgs schema 210k, nu {km(r)})\n"
                f"- klant wil bellen vóór extra werk > €150: {PH(mobile(r, 1))}\n"
                f"- motor {r.choice(ENGINES)}, geen foutcodes na uitlezen\n/{P(STIJN.split()[0].lower())}")
    return (f"OVERDRACHT WERKPLAATS → RECEPTIE\n{KT(kenteken(r, 13))} ({P(p.init_full)}): apk afgekeurd op "
            f"{N('1.1.3')} koplamp afstelling + band rv profiel 1,4mm ({r.choice(TYRES)}). herkeuring morgen 8u.\n"
            f"klant heeft leenauto {KT('8-XLK-21')} meegekregen — NB dat is een werkplaatsauto van ons, moet vrijdag terug!\n"
            f"geboekt op vo {N(not_elf(r))}. {P(STIJN)}")


@scen("nl", True)
def nl_factuur_zakelijk(r, k):
    cp = person(r, "nl")
    a, pc, town = addr_nl(r)
    if k == 0:
        return (f"FACTUUR {N('2025-' + digits(r, 5))}\nFactuurdatum: {day25(r)}   Vervaldatum: 30 dagen\n\n"
                f"Aan: Bouwbedrijf Gerrits & Zn. B.V.\nt.a.v. {P(cp.init_full)}\n{AD(a)}\n{PC(pc)}  {town.upper()}\n"
                f"KvK {KVK(kvk(r))} | btw {BTW(btw_make(r))}\n\n"
                f"Voertuig: Ford Transit Custom 2.0 TDCI, kenteken {KT(kenteken(r, 9))}, VIN {vin(r)}\n"
                f"Km-stand: {km(r)}\n\n1x Onderhoudsbeurt groot ........ €\u00a0389,00\n1x Distributieset {N('1 866 215')} ...... € 412,50\n"
                f"Arbeid 3,5 uur à € 98,00 ........ € 343,00\nSubtotaal € 1.144,50 | btw 21% € 240,35 | Totaal € 1.384,85\n\n"
                f"Gelieve te betalen op NL87 RABO 0312 4578 96 o.v.v. het factuurnummer.\n{FOOTER_FULL}")
    return (f"Goedemorgen,\n\nOp factuur {N('2025-' + digits(r, 5))} staat nog mijn oude adres. Ik ben als zzp'er "
            f"verhuisd naar {AD(a)}, {PC(pc)} {town}. Mijn btw-id is {BTW(btw_make(r))} en KvK-nummer {KVK(kvk(r))}.\n"
            f"Kunnen jullie een creditnota en een nieuwe factuur sturen? Het gaat om de bandenwissel van de "
            f"{KT(kenteken(r, 11))}.\n\nAlvast bedankt,\n{P(cp.full)}\nAfwerkingsbedrijf De Kwast")


@scen("nl", True)
def nl_social_klacht(r, k):
    p = person(r, "nl")
    if k == 0:
        return (f"@MolenbroekAuto al DRIE weken wacht ik op een onderdeel voor mijn ID.3 ({KT(kenteken(r, 12))}) en niemand "
                f"belt terug 😡 werkorder {N(not_elf(r, 9))}. Zo ga je toch niet met klanten om? #klantonvriendelijk "
                f"#leaseauto #molenbroek\n— {P(p.full)}")
    return (f"⭐ 1/5 – Google review\nAuto voor een simpele APK gebracht, krijg ik een rekening van € 612 voor "
            f"'noodzakelijke' reparaties waar niemand over gebeld heeft. Adviseur {P(RUUD.split()[0])} zei dat het 'standaard' is. "
            f"Nooit meer. Kenteken {KT(kenteken(r, 8))} voor wie het wil controleren.\n— {P(p.first + ' ' + p.Last[0] + '.')}"
            f"\n\nReactie van de eigenaar: Beste {P(p.first)}, wat vervelend om te lezen. Wilt u ons bellen op 0475 739 200 "
            f"zodat we samen naar de werkorder kunnen kijken?")


@scen("nl", True)
def nl_verhuur_reservering(r, k):
    p = person(r, r.choice(["nl", "xx", "tr"]))
    if k == 0:
        return (f"Reservering huurauto – bevestiging {N('RV-' + digits(r, 6))}\n"
                f"Huurder: {P(p.full)}\nCategorie: C (VW Golf of gelijkwaardig)\nOphalen: {day25(r)} 09:00 – Ambachtsweg 40\n"
                f"Inleveren: {day25(r)} 17:30\nRijbewijsnr.: {ID(rijbewijs(r))}\nGeboortedatum: {DOB(dob(r, 'nl', 2))}\n"
                f"Borg via creditcard: {CC(card(r, 'mc'))} (exp 08/27)\nBorgbedrag: € 750,00 (wordt na inlevering vrijgegeven)")
    return (f"Goedemiddag {P(BEATA.split()[0])},\n\nIk wil graag een 9-persoonsbus huren voor het weekend van 14 juni "
            f"(voetbaltoernooi met het team). Ik ben {P(p.full)}, geboren {DOB(dob(r, 'nl', 1, 1975, 1995))}; rijbewijs B "
            f"sinds 2008, nummer {ID(rijbewijs(r))}. Betalen wil ik met mijn Visa {CC(card(r, 'visa'))}.\n"
            f"Kan ik de bus vrijdag na 18:00 ophalen?\n\nMvg {P(p.first)}")


@scen("nl", True)
def nl_adreswijziging(r, k):
    p = person(r, r.choice(["nl", "sr", "pl"]))
    a1, pc1, t1 = addr_nl(r)
    a2, pc2, t2 = addr_nl(r)
    if k == 0:
        return (f"Beste Molenbroek Lease,\n\nPer {day25(r)} ben ik verhuisd. Wilt u mijn adres aanpassen in het "
                f"leasecontract (kenteken {KT(kenteken(r, 13))})?\n\nOud: {AD(a1)}, {PC(pc1)} {t1}\nNieuw: {AD(a2)}, {PC(pc2)} {t2}\n\n"
                f"Post graag naar het nieuwe adres; e-mail blijft {EM(email_of(r, p, MAIL_NL))}.\n\n"
                f"Vriendelijke groet,\n{P(p.full)}")
    return crlf(f"Hallo,\n\nik ben verhuisd en de APK-oproep ging naar mijn oude adres ({AD(a1)}). Nieuw adres is "
                f"{AD(a2.lower())} {PC(pc2.replace(' ', '').upper())} {t2.lower()}. Klantnummer {N(not_elf(r, 7))}.\n\n"
                f"groet {P(p.first)} {P(p.last)}\n\nVerstuurd vanaf mijn iPhone")


@scen("nl", True)
def nl_banden(r, k):
    p = person(r, r.choice(["nl", "ma", "be"]))
    if k == 0:
        return (f"Hallo,\n\nIk wil de winterbanden er weer onder laten zetten (bandenhotel, label {N('BH-' + digits(r, 4))}). "
                f"Het gaat om de {KT(kenteken(r, 14))}, maat {r.choice(TYRES)}. Ook graag de zomerbanden controleren op "
                f"profiel, ik denk dat er 4 nieuwe nodig zijn (Michelin Primacy 4 of vergelijkbaar).\n"
                f"Bij voorkeur zaterdagochtend. Mijn nummer: {PH(mobile(r, 2).replace(' ', chr(0xA0)))}.\n\n{P(p.full)}")
    return (f"bandenhotel – uitgifte\nrek B-14 / vak 3 → {KT(kenteken(r, 7, 1))} ({P(p.Last)})\n"
            f"4x {r.choice(TYRES)} op velg, profiel 6/6/5/5 mm, DOT 3821\nTPMS sensoren ok, 1 ventiel vervangen\n"
            f"km-stand {km(r)} — klant gebeld ({PH(landline(r, '0475', 0))}) dat hij klaar staat")


@scen("nl", True)
def nl_belgische_klant(r, k):
    p = person(r, "be")
    a, pc, town = addr_be(r)
    if k == 0:
        return (f"Dag,\n\nIk heb interesse in de Volvo XC40 T5 Recharge uit jullie showroom (stocknr. {N('ST-' + digits(r, 4))}). "
                f"Kan ik als Belg gewoon bij jullie kopen? Ik woon net over de grens: {AD(a)}, {PC(pc)} {town}.\n"
                f"Voor het voorschot van € 1.000 kan ik overschrijven vanaf {IB(iban(r, 'BE'))}.\n"
                f"Mijn gsm: {PH(be_phone(r, 0))}\n\nMet vriendelijke groeten,\n{P(p.full)}")
    return (f"Goeiemiddag,\n\nVorige week heb ik bij jullie een Cupra Born gekocht (Nederlands kenteken {KT(kenteken(r, 13))}). "
            f"Hoe zit dat met de uitvoer naar België en de keuring bij de GOCA? Ik heb het Nederlandse uitvoerdocument nodig, "
            f"deel IA en IB.\n\nU kan mij bereiken op {PH(be_phone(r, 2))} of {PH(be_phone(r, 1))}.\n\n"
            f"Vriendelijke groeten,\n{P(p.first)} {P(p.last)}\n{AD(a)}\n{PC(pc)} {town}")


@scen("nl", True)
def nl_terugbetaling(r, k):
    p = person(r, r.choice(["nl", "tr", "sr"]))
    if k == 0:
        return (f"Geachte heer/mevrouw,\n\nOp {day25(r)} heb ik een aanbetaling van € 2.500 gedaan voor de Hyundai Kona "
                f"Electric (order {N(not_elf(r))}). Helaas gaat de koop niet door omdat mijn financiering is afgewezen. "
                f"Volgens de koopovereenkomst krijg ik de aanbetaling terug. Wilt u het bedrag terugstorten op "
                f"{IB(iban(r, style=1))} t.n.v. {P(p.init_full)}?\n\nMet vriendelijke groet,\n{P(p.full)}")
    return (f"hallo, ik heb de factuur voor de apk ({N('2025-' + digits(r, 5))}) per ongeluk twee keer betaald, € 64,95. "
            f"kan het terug naar {IB(iban(r, style=2))}? alvast bedankt {P(p.first)}")


@scen("nl", True)
def nl_doorgestuurde_thread(r, k):
    p = person(r, "nl")
    q = person(r, "ma")
    if k == 0:
        return crlf(f"---------- Doorgestuurd bericht ---------\nVan: {P(p.full)} <{EM(email_of(r, p, MAIL_NL))}>\n"
                    f"Datum: {day25(r)} 09:14\nAan: lease@molenbroek-auto.example\nOnderwerp: inleveren leaseauto\n\n"
                    f"{P(YASMINA)} kun jij dit oppakken? Inleverafspraak nog niet gepland.\n\n"
                    f"> Goedemorgen,\n> Mijn contract voor de {KT(kenteken(r, 11))} loopt op {day25(r)} af. Wanneer kan ik de auto "
                    f"inleveren en wordt de schade aan de velg (rv) verrekend?\n> Telefonisch bereikbaar op {PH(mobile(r, 3))}.\n"
                    f">\n> Met vriendelijke groet,\n> {P(p.full)}\n\n-- \n{P(RUUD)}\nService adviseur\n{SIG_TAIL_NL}")
    return crlf(f"FW: schadeclaim {N('CL-2025-' + digits(r, 6))}\n\nBeste {P(MARLOES)},\n\n"
                f"Hierbij de expertiseopdracht voor de Renault Clio ({KT(kenteken(r, 12))}) van verzekerde {P(q.full)}. "
                f"Expert {P(person(r, 'nl', 'm').full)} komt dinsdag langs in de schadehal. Tegenpartij is bekend, "
                f"aansprakelijkheid erkend.\n\nMet vriendelijke groet,\nAfdeling Motorrijtuigschade\nNoorderlicht Verzekeringen N.V.")


@scen("nl", True)
def nl_id_occasion(r, k):
    p = person(r, r.choice(["nl", "pl", "ma"]))
    if k == 0:
        return (f"Beste {P(KOFI)},\n\nVoor de tenaamstelling van de Mazda CX-30 stuur ik u alvast mijn gegevens. "
                f"Mijn paspoortnummer is {ID(passport_nl(r))}, geldig tot 2031. Mijn BSN staat er ook op: {BS(bsn(r, 1))}.\n"
                f"Ik kom zaterdag om 11:00 de auto ophalen, met het originele paspoort.\n\nGroet,\n{P(p.full)}")
    return (f"Kopie ID-kaart (voorzijde) bijgevoegd voor de koopovereenkomst:\nDocumentnummer {ID(passport_nl(r, 'I'))}\n"
            f"Naam {P(p.last.upper())} {P(p.first)}\nGeb. datum {DOB(dob(r, 'nl', 0))}\n\n"
            f"Verder: de vrijwaringsbewijzen graag naar mijn mail {EM(email_of(r, p, MAIL_NL))}. Het gaat om de "
            f"{KT(kenteken(r, 9, 3))} die ik inruil.")


@scen("nl", True)
def nl_contractovername(r, k):
    p, q = person(r, "nl"), person(r, r.choice(["sr", "tr", "in"]))
    if k == 0:
        return (f"Beste lease-afdeling,\n\nMijn collega {P(q.full)} wil mijn private lease contract (Peugeot e-208, "
                f"{KT(kenteken(r, 12))}) overnemen omdat ik naar het buitenland vertrek. Haar gegevens:\n"
                f"geb. {DOB(dob(r, 'nl', 2))}, IBAN {IB(iban(r))}, tel {PH(mobile(r))}.\n"
                f"Wat zijn de kosten van een contractovername?\n\nGroet,\n{P(p.full)}")
    return (f"Intern – contractovername akkoord\nOude lessee: {P(p.init_full)}\nNieuwe lessee: {P(q.init_full)}, "
            f"geboortedatum {DOB(dob(r, 'nl', 3))}, BKR ok\nObject: Škoda Elroq 85, VIN {vin(r)}\n"
            f"Ingangsdatum: {day25(r)}, resterende looptijd 31 mnd, km-bundel 12.500/jr\n"
            f"Incasso naar {IB(iban(r, style=0))} vanaf de volgende termijn.\n— {P(YASMINA.split()[0])}")


@scen("nl", True)
def nl_proefrit(r, k):
    p = person(r, r.choice(["nl", "xx", "be"]))
    if k == 0:
        return (f"Hoi! Ik zou graag een proefrit maken in de BMW iX1 xDrive30 (M Sport). Liefst woensdag na 16:00. "
                f"Mijn rijbewijs neem ik mee natuurlijk. Je kunt me mailen op {EM(email_of(r, p, MAIL_NL))} of appen "
                f"naar {PH(mobile(r, 7))}.\n\n{P(p.first)} 🚗")
    return (f"Proefritformulier\nNaam: {P(p.full)}\nRijbewijsnummer: {ID(rijbewijs(r))} (gecontroleerd door {P(KOFI)})\n"
            f"Auto: demo {KT('V-654-BF')} — MG4 Electric Luxury\nVertrek 14:10, terug 14:55, km 12.044 → 12.071\n"
            f"Handtekening klant: ✔")


# ---------------- nl without personal data ----------------
@scen("nl", False)
def nl_neg_planning(r, k):
    if k == 0:
        return (f"Werkplaatsplanning {day25(r)}\nBrug 1: WO-{digits(r, 6)} Golf 8 1.5 eTSI ({N(vin(r))}) grote beurt + DSG olie\n"
                f"Brug 2: WO-{digits(r, 6)} Octavia {r.choice(ENGINES)} – roetfilter regeneratie, km-stand {km(r)}\n"
                f"Brug 3: APK-keuringen 08:00 / 09:30 / 11:00 / 13:30\nUitlijnen: 2x, bandenwissel: 7x (bandenhotel rek A t/m D)\n"
                f"Leenauto's beschikbaar: 3 (Polo, Up!, Fabia)\nLet op: lift 3 keuring door TÜV-inspecteur 14:00–15:00")
    return (f"weekplanning schadehal wk {r.randrange(10, 48)}\nma: spuitcabine onderhoud (filters 4x art 77-100-88)\n"
            f"di–wo: 3 uitdeukers, 1 kaderwerk (Tesla model Y, onderdelen besteld order {N(not_elf(r))})\n"
            f"do: ruitvervanging 2x via Carglass-afspraak 10:00 en 14:00\nvr: oplevering + poetsen\nbezetting 82%")


@scen("nl", False)
def nl_neg_apk_herinnering(r, k):
    if k == 0:
        return (f"Beste klant,\n\nDe APK van uw auto verloopt op {day25(r)}. Plan nu uw APK bij Molenbroek Auto via "
                f"www.molenbroek-auto.example/apk of bel 0475 739 200. APK + onderhoudsbeurt vanaf € 189,-.\n"
                f"Wist u dat wij ook op zaterdag van 08:00 tot 12:30 open zijn?\n\n"
                f"Met vriendelijke groet,\nAutobedrijf Molenbroek\nAmbachtsweg 40, 6049 GT Maasbeek\n\n"
                f"Afmelden voor deze herinneringen? Mail naar uitschrijven@molenbroek-auto.example")
    return (f"SMS Molenbroek: uw auto is klaar! Ophalen kan tot 18:00 (Ambachtsweg 40). Werkorder {N(not_elf(r))}, "
            f"totaal € 347,20 – pinnen of betalen via NL87RABO0312457896. Vragen? App 06 4127 8830.")


@scen("nl", False)
def nl_neg_onderdelen(r, k):
    if k == 0:
        return (f"Bestelling onderdelen – leverancier Autoparts Limburg\nOrder {N(not_elf(r))} | leverdatum {day25(r)}\n\n"
                f"2x remschijf vo  {N('5Q0 615 301 F')}   € 64,20\n2x remblok set  art. {N('GB-83-KD')}      € 48,90\n"
                f"1x oliefilter    {N('04E 115 561 H')}   € 11,35\n1x ruitenwisserset {N('3397007187')}  € 29,95\n"
                f"1x distributieset {N('HB-210-Z')}      € 189,00\n\nLet op: art. GB-83-KD en HB-210-Z zijn de nieuwe codes "
                f"van de leverancier, ze lijken op kentekens maar zijn het niet.")
    return (f"onderdelen retour\n- 1x koplamp unit LED {N('90-PXR-1')} (verkeerde variant, RHD)\n- 2x veer {N('TS-45-VX')}\n"
            f"- creditnota aangevraagd, RMA {N(not_elf(r, 9))}\nterug in voorraad locatie 12-B-04")


@scen("nl", False)
def nl_neg_occasion_advertentie(r, k):
    if k == 0:
        return (f"OCCASION | Volkswagen ID.4 Pro 77 kWh 204 pk\nBouwjaar 2022, 1e toelating {day25(r, year=2022)}\n"
                f"Km-stand: {km(r)} (NAP)\nKleur: Moonstone grey\nVIN: {N(vin(r))}\nVraagprijs € 27.950,- incl. btw\n"
                f"12 mnd BOVAG-garantie, SOH accu 93%\nInruil mogelijk. Bel 0475 739 200 of kom langs: Ambachtsweg 40, Maasbeek.")
    return (f"Nieuw binnen bij Molenbroek Occasions 🚗\n• Peugeot 308 SW 1.2 PureTech 130 – 2021 – 58.400 km – € 18.495\n"
            f"• Volvo XC40 T5 Recharge – 2020 – 91.200 km – € 26.750\n• Tesla Model 3 Standard Range+ – 2020 – 112.000 km – € 19.950\n"
            f"• Toyota Aygo X 1.0 VVT-i – 2023 – 14.900 km – € 16.250\nAlle auto's met APK tot 2027. #occasions #maasbeek #limburg")


@scen("nl", False)
def nl_neg_banden_prijslijst(r, k):
    rows = "\n".join(f"{t:<22} zomer € {r.randrange(70, 240)},- | winter € {r.randrange(80, 260)},- | all-season € {r.randrange(85, 270)},-"
                     for t in r.sample(TYRES, 4))
    if k == 0:
        return f"Bandenprijzen per stuk (incl. montage, balanceren, ventiel, milieuheffing)\n{rows}\nActie t/m 31-10: 4e band halve prijs."
    return (f"offerte banden {N('OF-' + digits(r, 6))} – geldig 14 dagen\n{rows}\nopslag bandenhotel € 59,- per seizoen\n"
            f"uitlijnen € 79,-\nRDKS/TPMS sensor € 45,- p/st")


@scen("nl", False)
def nl_neg_servicegebied(r, k):
    if k == 0:
        return (f"Pechhulp Molenbroek – dekkingsgebied\nGratis hulp aan huis binnen postcodegebieden 6040–6099, 5930–5999 en "
                f"6100–6119. Daarbuiten via partner-netwerk (ANWB/Route Mobiel). Belgisch Limburg (3600–3990) tot 25 km "
                f"buiten de grens.\n24/7 bereikbaar: 088 476 1900. Gemiddelde aanrijtijd 38 minuten (2024).")
    return (f"notitie regio-indeling bezorging leaseauto's:\nroute 1: PC4 6041, 6042, 6043, 6045 (Roermond)\n"
            f"route 2: 5931–5932 (Tegelen), 5911–5916 (Venlo)\nroute 3: 6101–6109 (Echt), 6114 Susteren\n"
            f"Duitsland: 52525 Heinsberg, 41849 Wassenberg → alleen op afspraak (transportkosten € 95)")


@scen("nl", False)
def nl_neg_actie(r, k):
    if k == 0:
        return (f"🔥 Private lease deals deze maand\nKia EV3 Air – 48 mnd/10.000 km – € 449 p/m\nVW ID.3 Pure – € 389 p/m\n"
                f"Tesla Model 3 RWD – € 549 p/m\nToyota Yaris Cross 1.5 Hybrid – € 419 p/m\nAlles inclusief: verzekering, "
                f"onderhoud, banden en pechhulp. Vraag een offerte aan op www.molenbroek-auto.example/lease #privatelease")
    return (f"Wintercheck actie: van 1 t/m 30 november een gratis 25-punts wintercheck bij elke onderhoudsbeurt.\n"
            f"Accutest, antivries tot −25 °C, verlichting, ruitenwissers, bandenprofiel (min. 4 mm advies).\nPlan via de app "
            f"of bel 0475-739200.")


@scen("nl", False)
def nl_neg_factuur_anoniem(r, k):
    if k == 0:
        return (f"KASSABON – balieverkoop\nBon {N(not_elf(r))} | {day25(r)} 15:42 | kassa 2\n1x AdBlue 10 L        € 14,95\n"
                f"1x ruitensproeiervloeistof € 4,50\n1x lampje H7 55W  € 8,75\nTotaal € 28,20 (pin, kaart ****1234)\n"
                f"{FOOTER_FULL}")
    return (f"Creditnota {N('CN-2025-' + digits(r, 4))} bij factuur {N(not_elf(r))}\nReden: dubbel gefactureerde "
            f"arbeid (1,0 uur à € 98,00)\nBedrag: − € 118,58 incl. 21% btw\nVerrekening met openstaande posten.\n{FOOTER_FULL}")


@scen("nl", False)
def nl_neg_diagnose_log(r, k):
    if k == 0:
        return (f"diagnose-tester logboek\nsoftware versie {N('10.4.2.17')}, database 2025.03\nverbinding via wifi-router "
                f"192.168.10.1, tester op 192.168.10.45\nfoutcodes: P0420 (katalysator rendement bank 1), U0100\n"
                f"freeze frame: km-stand {km(r)}, koelvloeistof 87 °C, toerental 2150 rpm\nupdate ECU naar {N('5.2.0.14')} uitgevoerd")
    return (f"storing: wallbox laadpaal werkplaats (vak 3) reageert niet.\nmodel Alfen Eve Single Pro-line, firmware "
            f"{N('6.4.0.3')}, OCPP naar backend 10.20.0.5:8080\nfoutcode 0x0B (aardlek)\nmonteur Alfen komt {day25(r)} tussen 8 en 12u")


@scen("nl", False)
def nl_neg_terugroepactie(r, k):
    if k == 0:
        return (f"Terugroepactie {N('24V-' + digits(r, 3))} – brandstofleiding\nBetreft: Peugeot 2008 / 208 met motor EB2ADTS, "
                f"productie {day25(r, year=2021)} t/m {day25(r, year=2022)}\nVIN-bereik {N(vin(r))} – {N(vin(r))}\n"
                f"Werkzaamheden: controleren + vervangen leiding, ca. 1,2 uur. Vergoeding fabriek via garantiecode {N('GR-4471')}.")
    return (f"RDW recall info: Kia Niro EV (2019–2021) – software update BMS, recallcode {N('SC-' + digits(r, 3))}, "
            f"ca. 45 min. Wij nemen contact op met alle eigenaren uit ons klantenbestand. Openingstijden werkplaats: "
            f"ma–vr 07:30–17:30.")


@scen("nl", False)
def nl_neg_vraag_anoniem(r, k):
    if k == 0:
        return (f"@MolenbroekAuto is jullie werkplaats op 2e paasdag open? en kan ik zonder afspraak mijn ruitenwisservloeistof "
                f"laten bijvullen haha #apk #vraagje")
    return (f"Vraag via chat: 'Hoeveel kost een airco-service voor een Opel Corsa F (R1234yf)?' – antwoord: € 129,- inclusief "
            f"koudemiddel tot 450 gram, lektest en nieuw interieurfilter (art. {N('13 508 023')}). Doorlooptijd 1 uur.")


# ============================================================================================
# English scenarios (25: 16 with personal data, 9 without)
# ============================================================================================
EXPAT = ["uk", "in", "xx"]


@scen("en", True)
def en_damage_report(r, k):
    me, other = person(r, r.choice(EXPAT)), person(r, "nl")
    a, pc, town = addr_nl(r)
    if k == 0:
        return (f"Subject: Accident with my lease car\n\nHi,\n\nThis morning ({day25(r, 'en')}, around 8:30) a van hit my lease car "
                f"(Kia EV6, plate {KT(kenteken(r, 10))}) at the traffic lights on the Maasboulevard. Nobody was hurt. "
                f"We filled in the European accident form together. The other driver's details:\n\n"
                f"Name: {P(other.full)}\nAddress: {AD(a)}, {PC(pc)} {town}\nPhone: {PH(mobile(r, 4))}\n"
                f"Registration: {KT(kenteken(r, 7))}\nInsurer: Univé, policy number {N(not_elf(r, 10))}\n\n"
                f"The rear bumper is cracked and the parking sensor beeps constantly. What do I do next?\n\nThanks,\n{P(me.full)}")
    return (f"Hello {P(MARLOES.split()[0])},\n\nFollowing up on our call: the lady who scraped my car in the garage of my "
            f"apartment is {P(other.init_full)}, she lives at {AD(a)} ({PC(pc)}), her car is a grey Fiat 500 {KT(kenteken(r, 5))}. "
            f"She admits it was her fault, but she wants to settle privately rather than via her insurer. Is that allowed under "
            f"my lease contract? My car: {KT(kenteken(r, 12, 1))}.\n\nKind regards,\n{P(me.first)}")


@scen("en", True)
def en_private_lease_application(r, k):
    p = person(r, r.choice(EXPAT))
    a, pc, town = addr_nl(r)
    if k == 0:
        return (f"Private lease application – Tesla Model Y RWD, 60 months / 15,000 km, €\u00a0529 p/m\n\nFull name: {P(p.full)}\n"
                f"Date of birth: {DOB(dob(r, 'en', 0))}\nNationality: {r.choice(['British', 'Indian', 'Brazilian', 'Greek'])}\n"
                f"Address: {AD(a)}, {PC(pc)} {town}\nMobile: {PH(mobile(r, 4))}\nEmail: {EM(email_of(r, p, MAIL_EN))}\n"
                f"Passport number: {ID(digits(r, 9) if p.last in NAMES['uk']['l'] else passport_nl(r, 'N'))}\n"
                f"Residence permit: yes (knowledge migrant)\nEmployer: ASML (via Brightlands office)\nIBAN: {IB(iban(r, style=1))}")
    return (f"Hi {P(YASMINA.split()[0])},\n\nAs requested, my details for the credit check. I moved to the Netherlands in 2023, "
            f"so I don't have a long BKR history yet. I was born on {DOB(dob(r, 'en', 1))}. My Dutch driving licence "
            f"(exchanged from my Indian one) has number {ID(rijbewijs(r))}. Salary is paid into {IB(iban(r, 'NL', 0))}. My BSN, if you need it: {BS(bsn(r, 1))}.\n\n"
            f"Is a 36-month contract possible instead of 48?\n\nBest,\n{P(p.full)}")


@scen("en", True)
def en_speeding_fine(r, k):
    p = person(r, r.choice(EXPAT))
    cjib = "1" + digits(r, 15)
    if k == 0:
        return (f"Dear {P(p.full)},\n\nWe have received a traffic fine from the Dutch Central Judicial Collection Agency "
                f"(CJIB) for the vehicle {KT(kenteken(r, 11))} leased by your employer.\n\nOffence: speeding (108 km/h where "
                f"100 km/h applies), A73, {day25(r, 'en')} at 22:14\nCJIB reference: {N(cjib)}\nAmount: € 64.00 + € 9.00 "
                f"handling fee\n\nThe amount will be deducted according to your lease agreement.\n\nKind regards,\n"
                f"{P(YASMINA)}\nMolenbroek Lease | fines department")
    return (f"Hi, I got a letter forwarded by Molenbroek Lease about a parking fine in Maastricht on {day25(r, 'en')}, plate "
            f"{KT(kenteken(r, 13, 2))}. I was in Dublin that whole week (flight confirmation attached). Could it be a cloned plate? "
            f"Reference on the letter: {N(not_elf(r, 12))}. Call me on {PH(uk_phone(r))} or my Dutch number {PH(mobile(r, 5))}.\n"
            f"Cheers, {P(p.first)}")


@scen("en", True)
def en_roadside_chat(r, k):
    p = person(r, r.choice(EXPAT))
    a, pc, town = addr_nl(r)
    if k == 0:
        return (f"[07:12] {P(p.first)}: hi, flat tyre on my lease car, I don't have a spare wheel?\n"
                f"[07:13] Molenbroek Pechhulp: Good morning! Where is the car and what's the registration?\n"
                f"[07:15] {P(p.first)}: {AD(a)}, {town}, in front of the bakery. plate is {KT(kenteken(r, 9, 3))}\n"
                f"[07:16] Molenbroek Pechhulp: Thanks. A mechanic will be there in ~40 min with a temporary wheel (size "
                f"{r.choice(TYRES)}). Your case number is PH-{digits(r, 6)}. – {P(DAAN.split()[0])}\n"
                f"[07:16] {P(p.first)}: great. my phone is {PH(mobile(r, 5))} in case you can't find me")
    return (f"Roadside call log {day25(r, 'en')} 17:32\ncaller: {P(p.full)} (English speaking)\nvehicle: BMW i4 eDrive40, "
            f"{KT(kenteken(r, 12))}\nlocation: A2 southbound, exit 41 Roermond, hard shoulder (no address)\n"
            f"issue: 'drivetrain malfunction' warning, limp mode\naction: tow to workshop, replacement car from rental pool\n"
            f"callback: {PH(mobile(r, 6))}\nlogged by {P(DAAN)}")


@scen("en", True)
def en_rental_card(r, k):
    p = person(r, r.choice(EXPAT))
    if k == 0:
        return (f"Rental booking {N('RV-' + digits(r, 6))}\nDriver: {P(p.full)}\nDOB: {DOB(dob(r, 'en', 2))}\n"
                f"Licence: UK, no. {ID(digits(r, 9))} — wait, that is my passport number, sorry. Licence is in the "
                f"attachment.\nCard for the deposit: Amex {CC(card(r, 'amex'))}\nPick-up {day25(r, 'en')} 10:00, return +3 days")
    return (f"Hi {P(BEATA.split()[0])}, can you extend my rental car (Toyota Corolla Touring, {KT(kenteken(r, 14))}) until "
            f"Sunday? Charge the extra days to the same Visa as before, or this one if that fails: {CC(card(r, 'visa'))}.\n"
            f"Thanks! {P(p.full)}")


@scen("en", True)
def en_fleet_onboarding(r, k):
    fm, d = person(r, "nl"), person(r, r.choice(EXPAT))
    if k == 0:
        return (f"Hi {P(CHANDRA)},\n\nNew starter on 1 June: {P(d.full)}, Senior Process Engineer. He gets the Volvo EX30 "
                f"from the pool ({KT(kenteken(r, 13))}). Please register him for the fuel/charge card and roadside assistance. "
                f"Contact: {EM(email_of(r, d, ['brightwater-semicon.com']))}, {PH(mobile(r, 0))}.\n\n"
                f"Cost centre 4100-ENG, PO number {N(not_elf(r, 10))}.\n\nRegards,\n{P(fm.full)}\nFleet Coordinator, Brightwater Semicon B.V.")
    return (f"Chandra – quick one: our driver {P(d.first)} {P(d.last)} crashed the pool car again (third time this year). "
            f"Can you send me the damage history for {KT(kenteken(r, 11))} and {KT(kenteken(r, 9))}? HR wants it before the "
            f"review on Friday.\n{P(fm.first)}")


@scen("en", True)
def en_service_request(r, k):
    p = person(r, r.choice(EXPAT))
    if k == 0:
        return (f"Hello,\n\nMy car's dashboard says 'Service due in 500 km'. It's a Škoda Enyaq iV 80, registration "
                f"{KT(kenteken(r, 12))}, current mileage {km(r)} km. Also the charging flap doesn't open sometimes.\n"
                f"I work from home on Wednesdays, so any Wednesday would be ideal. I'd prefer to wait or get a courtesy car.\n\n"
                f"Best regards,\n{P(p.full)}\n{PH(mobile(r, 5))}")
    return (f"Hey there, booking for an MOT – sorry, APK! – and a tyre change. Car: VW Tiguan, {KT(kenteken(r, 8, 1))}. "
            f"Winter tyres are stored with you (label BH-{digits(r, 4)}). Anything after 9 works. You can email me at "
            f"{EM(email_of(r, p, MAIL_EN))}.\n— {P(p.first)}")


@scen("en", True)
def en_social_complaint(r, k):
    p = person(r, r.choice(EXPAT))
    if k == 0:
        return (f"@MolenbroekAuto Two weeks without my lease car and zero updates. Replacement car is a tiny Up! for a family "
                f"of 5. Not OK. 🙄 #customerservice #lease #expatlife\n(car: {KT(kenteken(r, 10))}) – {P(p.full)}")
    return (f"Trustpilot ★★☆☆☆ \"Good mechanics, terrible communication\"\nThe repair itself was fine and {P(STIJN.split()[0])} "
            f"explained everything, but nobody called me when the car was ready, so I paid two extra days for the rental. "
            f"Reviewer: {P(p.full)}, {day25(r, 'en')}")


@scen("en", True)
def en_trade_in(r, k):
    p = person(r, r.choice(EXPAT))
    if k == 0:
        return (f"Hi {P(KOFI.split()[0])},\n\nThanks for the valuation. € 6,200 for my Ford Focus is a bit low — it has new "
                f"tyres ({r.choice(TYRES)}) and a full dealer history. Registration {KT(kenteken(r, 8))}, mileage {km(r)}. "
                f"Could you do € 6,800 if I order the Puma today?\n\n{P(p.full)}")
    return (f"WhatsApp to Molenbroek Occasions:\nhello, I'm moving back to the UK next month and need to sell my car fast. "
            f"Mazda 3, 2019, {KT(kenteken(r, 11, 2))}. Photos attached (front, rear, interior, scratch on left door). "
            f"What's your best offer? {P(p.first)}, {PH(mobile(r, 7))}")


@scen("en", True)
def en_refund_deposit(r, k):
    p = person(r, r.choice(["uk", "xx", "in"]))
    if k == 0:
        return (f"Dear Molenbroek,\n\nI cancelled the order for the Cupra Born (order no. {N(not_elf(r))}) within the agreed "
                f"cooling-off period. Please refund the € 1,500 deposit to my UK account: {IB(iban(r, 'GB'))} "
                f"(account holder {P(p.full)}). If a Dutch account is easier: {IB(iban(r, 'NL', 1))}.\n\nKind regards,\n{P(p.full)}")
    return (f"hi, I was charged twice for the rental (booking {N('RV-' + digits(r, 6))}). please refund the duplicate "
            f"€ 212.40 to {IB(iban(r, 'NL', 2))}. thanks, {P(p.first.lower())}")


@scen("en", True)
def en_change_address(r, k):
    p = person(r, r.choice(EXPAT))
    a, pc, town = addr_nl(r)
    if k == 0:
        return (f"Hello lease team,\n\nPlease update my address for the lease contract of the {KT(kenteken(r, 13))}:\n"
                f"new address {AD(a)}, {PC(pc)} {town} (from {day25(r, 'en')}).\nMy old address was {AD(addr_nl(r)[0])}.\n\n"
                f"Thank you,\n{P(p.full)}\n{EM(email_of(r, p, MAIL_EN))}")
    return (f"Address change – I'm moving from the UK to NL for work. New address: {AD(a)}, {PC(pc)} {town}. Until the end of "
            f"the month post can go to {AD('Flat 3, 27 Ashgrove Road')}, {PC('LS6 2AD')} Leeds. Phone {PH(uk_phone(r))}.\n"
            f"Regards, {P(p.init_full)}")


@scen("en", True)
def en_mechanic_note(r, k):
    p = person(r, r.choice(EXPAT))
    if k == 0:
        return (f"wo {digits(r, 5)} / {KT(kenteken(r, 9, 2))} / cust {P(p.last.lower())} (english, speaks no dutch)\n"
                f"- front brake pads 2mm, replaced. discs scored, quoted € 286 – cust approved by phone\n"
                f"- 12v battery weak (SOH 61%), advise replacement, part {N('5QE 915 105 E')}\n"
                f"- reset service interval, next at {km(r)}\n-- {P('stijn')}")
    return (f"handover note for {P(RUUD)}: {P(p.full)}'s car ({KT(kenteken(r, 14))}) needs a new windscreen, ADAS camera "
            f"calibration after. booked for {day25(r, 'en')}. she asked to be texted, not called: {PH(mobile(r, 2))}")


@scen("en", True)
def en_business_invoice(r, k):
    cp = person(r, r.choice(EXPAT))
    a, pc, town = addr_nl(r)
    if k == 0:
        return (f"Hi,\n\nYour invoice {N('2025-' + digits(r, 5))} for the fleet service is addressed to our old entity. Please "
                f"reissue it to:\nNorthgate Analytics B.V.\nAttn. {P(cp.full)}\n{AD(a)}\n{PC(pc)} {town}\n"
                f"Chamber of Commerce {KVK(kvk(r))}, VAT {BTW(btw_make(r))}\n\nThe car is the Polestar 2 ({KT(kenteken(r, 12))}).\n\n"
                f"Thanks,\n{P(cp.first)}")
    return (f"Quote request – 6 EVs for our sales team (operational lease, 48 months). We'd like Kia EV3, Polestar 2 or ID.4. "
            f"Company: Lumen Robotics B.V., KvK {KVK(kvk(r))}. Contact person {P(cp.full)}, {PH(landline(r, '040'))}.")


@scen("en", True)
def en_login_alert(r, k):
    p = person(r, r.choice(EXPAT))
    if k == 0:
        return (f"Hi support,\n\nI received a 'new login to My Molenbroek Lease' email at 03:12 from IP {IP(public_ip(r))} "
                f"(location: Kyiv?). That wasn't me! My account is {EM(email_of(r, p, MAIL_EN))}. Please block it. I already "
                f"changed my password.\n\n{P(p.full)}")
    return (f"The lease portal gives 'Error 403 – request blocked' when I upload my driving licence scan. The page shows "
            f"'your IP: {IP(public_ip(r))}, ray id {N('8f2c1a9be03d4471')}'. Browser Firefox 128.0.3. Could you whitelist me? – "
            f"{P(p.first)}")


@scen("en", True)
def en_accident_germany(r, k):
    p, g = person(r, r.choice(EXPAT)), person(r, "de")
    a, plz, town = addr_de(r)
    if k == 0:
        return (f"Hello,\n\nI had a minor collision in Germany near Heinsberg. The other car is German: {KT(kennzeichen(r))}, "
                f"driver {P(g.full)}, {AD(a)}, {PC(plz)} {town}, phone {PH(de_phone(r, 1))}. German police were there "
                f"(reference on the paper). My car: {KT(kenteken(r, 10))}. Can your damage team handle a German insurer?\n\n{P(p.full)}")
    return (f"We were towed to a garage in {town} (Germany) after the engine light came on. The garage owner, Herr {P(g.last)}, "
            f"says it's the turbo. His number is {PH(de_phone(r, 2))}. Our car: {KT(kenteken(r, 11))}. Does roadside assistance "
            f"cover transport back to Maasbeek? – {P(p.full)}")


@scen("en", True)
def en_testdrive_passport(r, k):
    p = person(r, r.choice(EXPAT))
    if k == 0:
        return (f"Test drive form\nName: {P(p.full)}\nID shown: passport {ID(passport_nl(r, 'N') if r.random() < 0.5 else digits(r, 9))}\n"
                f"Date of birth: {DOB(dob(r, 'en', 3))}\nVehicle: demo Hyundai Ioniq 5, {KT(kenteken(r, 13))}\n"
                f"Out 10:05 / in 10:50. Checked by {P(KOFI)}")
    return (f"Hi, can I test-drive the Model 3 Highland this Saturday? I have an international driving permit plus my "
            f"Indian licence. Email {EM(email_of(r, p, MAIL_EN))}. Thanks, {P(p.full)}")


# ---------------- en without personal data ----------------
@scen("en", False)
def en_neg_recall(r, k):
    if k == 0:
        return (f"Recall notice {N('RC-' + digits(r, 4))} – rear seat belt buckle\nAffected: Volkswagen ID.4 / ID.5 built "
                f"{day25(r, 'en', 2023)} – {day25(r, 'en', 2024)}\nVIN examples: {N(vin(r))}, {N(vin(r))}\nRepair time approx. "
                f"0.8 h, no cost to the owner. Book via www.molenbroek-auto.example/recall or +31 475 739 200.")
    return (f"FYI workshop: Tesla software recall {N('SB-24-00-' + digits(r, 3))} is OTA, no visit needed. Only Model S/X "
            f"with MCU1 need a workshop visit (approx. 2 h). Parts order {N(not_elf(r))} covers 4 units.")


@scen("en", False)
def en_neg_tyre_quote(r, k):
    t = r.sample(TYRES, 3)
    if k == 0:
        return (f"Tyre quote {N('Q-' + digits(r, 6))}\nOption A: Continental EcoContact 6 {t[0]} – € 132.00 each\n"
                f"Option B: Michelin CrossClimate 2 {t[1]} – € 158.50 each\nOption C: budget {t[2]} – € 79.00 each\n"
                f"Fitting, balancing and disposal included. Valid until {day25(r, 'en')}.")
    return (f"Winter tyres are mandatory in parts of Germany in wintry conditions (M+S or 3PMSF). For your trip we recommend "
            f"{t[0]} or {t[1]}. Snow chains: size group 9 (€ 89). Storage in our tyre hotel: € 59 per season.")


@scen("en", False)
def en_neg_lease_prices(r, k):
    if k == 0:
        return (f"Operational lease indication (48 months / 20,000 km, excl. VAT):\n- Kia EV3 Air: € 539\n- Volvo XC40 B3: € 689\n"
                f"- Peugeot 308 SW Hybrid 180: € 612\n- BMW i4 eDrive35: € 845\n- VW ID.7 Tourer Pro S: € 799\nIncl. maintenance, "
                f"tyres, insurance (excess € 450), roadside assistance, replacement car after 24 h.")
    return (f"Charging costs for lease drivers: home charging reimbursed at € 0.31/kWh (meter reading via app), public "
            f"charging via the Molenbroek charge card. Max. 22 kW AC on our chargers at Ambachtsweg 40.")


@scen("en", False)
def en_neg_workshop_capacity(r, k):
    if k == 0:
        return (f"Workshop capacity week {r.randrange(10, 50)}: 86% booked. Open slots: Tue 13:00, Wed 08:00 + 10:30, Fri 14:00. "
                f"EV technicians (level 3) available Mon–Thu only. Courtesy cars: 2 of 7 free.")
    return (f"Reminder for all staff: from 1 March the workshop opens at 07:30. The APK lane is closed for calibration on "
            f"{day25(r, 'en')} between 12:00 and 16:00. Lift 4 is out of service (hydraulic seal, order {N(not_elf(r))}).")


@scen("en", False)
def en_neg_wallbox(r, k):
    if k == 0:
        return (f"Question about the home charger installation: my wallbox (Easee One, firmware {N('2.5.1.4')}) shows 'offline'. "
                f"It gets 192.168.178.54 from the router but can't reach the cloud. Is there a port that needs to be open? "
                f"Car is a leased Polestar 2.")
    return (f"Hi, the charging cable that came with the lease car (Type 2, 3-phase 16 A, 7 m) is damaged near the plug. "
            f"Is a replacement covered? Part no. on the cable: {N('5QE 971 675 C')}. Thanks!")


@scen("en", False)
def en_neg_apk_question(r, k):
    if k == 0:
        return (f"I'm moving to Limburg with my German-registered car. When does it need a Dutch APK? The German TÜV is valid "
                f"until {day25(r, 'en', 2026)}. First registration was {day25(r, 'en', 2019)}.")
    return (f"Does the APK include the emissions test for a 2015 diesel (Euro 6, 1598 cc)? And how long does it take – "
            f"can I wait? My appointment is on {day25(r, 'en')} at 9:15.")


@scen("en", False)
def en_neg_order_confirmation(r, k):
    if k == 0:
        return (f"Order confirmation {N(not_elf(r))}\nItems: 1x floor mats ID.4 (art. {N('11A 061 500 A')}) € 89.00; "
                f"1x towbar kit ({N('BD-214-K')}) € 645.00\nDelivery: {day25(r, 'en')} to Molenbroek Auto, Ambachtsweg 40.\n"
                f"Invoice will follow. Ref {N(not_elf(r, 9))}.")
    return (f"Your service plan renewal: plan SP-{digits(r, 5)} extended until {day25(r, 'en', 2027)}. Monthly fee € 24.95, "
            f"collected by direct debit. Questions: service@molenbroek-auto.example")


@scen("en", False)
def en_neg_coverage(r, k):
    if k == 0:
        return (f"Roadside assistance coverage: Netherlands, Belgium, Luxembourg and Germany up to 100 km from the border. "
                f"Home service in postcode areas 6040–6099 and 5930–5999. Abroad call +31 88 476 1900 (24/7).")
    return (f"Service area for collect & deliver: free within 15 km of Maasbeek (PC4 6041–6045, 6051, 6061, 6071). "
            f"Beyond that € 1.20 per km. Not available on Sundays.")


@scen("en", False)
def en_neg_service_report(r, k):
    if k == 0:
        return (f"Automated health report\nVIN {N(vin(r))}\nOdometer {km(r)} km | battery SOH 94% | 12V 12.6 V\nDTC: P0A80 "
                f"(replace hybrid battery pack – advisory), B1318\nNext service: {day25(r, 'en', 2026)} or 30,000 km")
    return (f"Inspection checklist result: 42 items checked, 3 advisories (wiper blades, cabin filter, rear brake fluid hose "
            f"cracking). Tread depth 5/5/4/4 mm on {r.choice(TYRES)}. Inspector ID 0412, lane 2, {day25(r, 'en')} 14:22.")


# ============================================================================================
# German scenarios (20: 13 with personal data, 7 without)
# ============================================================================================
@scen("de", True)
def de_werkstatttermin(r, k):
    p = person(r, "de")
    a, plz, town = addr_de(r)
    if k == 0:
        return (f"Sehr geehrte Damen und Herren,\n\nich wohne in {town} und fahre einen VW T-Roc 1.5 TSI mit deutschem "
                f"Kennzeichen {KT(kennzeichen(r))}. Ich hätte gern einen Termin für die Inspektion und den Reifenwechsel "
                f"({r.choice(TYRES)}), da Ihre Werkstatt näher ist als der Händler in Mönchengladbach.\n\n"
                f"Erreichbar bin ich unter {PH(de_phone(r, 0))}.\n\nMit freundlichen Grüßen\n{P(p.full)}\n{AD(a)}\n{PC(plz)} {town}")
    return (f"Guten Tag Herr {P(JUERGEN.split()[1])},\n\nwie telefonisch besprochen bringe ich den Wagen ({KT(kennzeichen(r, 1))}, "
            f"Opel Grandland, km-Stand {km(r)}) am {day25(r, 'de')} um 8 Uhr. Bitte auch die Klimaanlage prüfen, sie riecht muffig.\n\n"
            f"Viele Grüße\n{P(p.full)}\nTel. {PH(de_phone(r, 3))}")


@scen("de", True)
def de_unfallmeldung(r, k):
    p, o = person(r, "de"), person(r, r.choice(["nl", "be"]))
    a, pc, town = addr_nl(r)
    if k == 0:
        return (f"Unfallmeldung\n\nAm {day25(r, 'de')} gegen 17:40 Uhr ist mir in Roermond (Designer Outlet, Parkhaus P2) ein "
                f"niederländischer Wagen beim Ausparken in die Seite gefahren. Daten der Gegenseite:\n"
                f"Name: {P(o.full)}\nAnschrift: {AD(a)}, {PC(pc)} {town}\nTelefon: {PH(mobile(r, 4))}\n"
                f"Kennzeichen: {KT(kenteken(r, 11))}\nVersicherung: Nationale-Nederlanden, Polizze {N(not_elf(r, 10))}\n\n"
                f"Mein Fahrzeug: Leasingwagen von Molenbroek Lease, {KT(kenteken(r, 12))}. Bitte um Rückmeldung, wie es "
                f"weitergeht.\n\n{P(p.full)}")
    return (f"Hallo Frau {P('van den Akker')},\n\nanbei die Fotos zum Schaden "
            f"(Heckklappe, Stoßstange). Der Unfallgegner, {P(o.init_full)}, hat inzwischen seine Versicherung informiert, "
            f"Schadennummer {N('SN-' + digits(r, 8))}. Seine Telefonnummer: {PH(mobile(r, 6))}.\n"
            f"Mein Auto ({KT(kenteken(r, 9))}) ist noch fahrbereit.\n\nGruß\n{P(p.first)}")


@scen("de", True)
def de_leasingantrag(r, k):
    p = person(r, "de")
    a, plz, town = addr_de(r)
    if k == 0:
        return (f"Leasinganfrage (Grenzgänger)\nName: {P(p.full)}\nGeburtsdatum: {DOB(dob(r, 'de', 0))}\n"
                f"Anschrift: {AD(a)}, {PC(plz)} {town}\nHandy: {PH(de_phone(r, 1))}\nE-Mail: {EM(email_of(r, p, MAIL_DE))}\n"
                f"Arbeitgeber: Logistikzentrum Venlo (seit 2020)\nFührerschein seit 2004\nIBAN: {IB(iban(r, 'DE'))}\n"
                f"Fahrzeug: Škoda Superb Combi 1.5 TSI mHEV, 48 Monate")
    return (f"Hallo Frau {P(YASMINA.split()[1])},\n\nich wurde am {DOB(dob(r, 'de', 1))} geboren und arbeite in den "
            f"Niederlanden, wohne aber in Deutschland ({AD(a)}, {PC(plz)} {town}). Geht ein Privatleasing bei Ihnen trotzdem? "
            f"Meine Personalausweisnummer ist {ID(ausweis(r))}. Die Raten würde ich von {IB(iban(r, 'DE', 1))} zahlen.\n\n"
            f"Mit freundlichen Grüßen\n{P(p.full)}")


@scen("de", True)
def de_bussgeld(r, k):
    p = person(r, "de")
    if k == 0:
        return (f"Sehr geehrter Herr {P(p.last)},\n\nwir haben vom niederländischen CJIB einen Bußgeldbescheid für das "
                f"Leasingfahrzeug {KT(kenteken(r, 13))} erhalten, das Ihr Arbeitgeber Ihnen zur Verfügung stellt.\n"
                f"Verstoß: Rotlichtverstoß, Venlo, {day25(r, 'de')}, 07:52 Uhr\nAktenzeichen CJIB: {N('1' + digits(r, 15))}\n"
                f"Betrag: 290,00 € zzgl. 9,00 € Bearbeitungsgebühr\n\nMit freundlichen Grüßen\n{P(JUERGEN)}\nMolenbroek Lease")
    return (f"Guten Tag,\n\nich habe Ihre Weiterbelastung erhalten, aber am {day25(r, 'de')} war nicht ich mit dem Wagen "
            f"{KT(kenteken(r, 10, 1))} unterwegs, sondern mein Kollege {P(person(r, 'pl', 'm').full)}. Bitte stellen Sie die "
            f"Rechnung an ihn bzw. an unseren Fuhrpark.\n\nGruß\n{P(p.full)}\n{PH(de_phone(r, 0))}")


@scen("de", True)
def de_pannenhilfe(r, k):
    p = person(r, "de")
    a, plz, town = addr_de(r)
    if k == 0:
        return (f"[18:03] {P(p.first)}: Guten Abend, mein Leasingauto springt nicht an. Stehe in {town}, {AD(a)}.\n"
                f"[18:04] Molenbroek Pechhulp: Guten Abend! Welches Kennzeichen hat das Fahrzeug?\n"
                f"[18:05] {P(p.first)}: {KT(kenteken(r, 12))}, ein Mercedes A 250 e\n"
                f"[18:06] Molenbroek Pechhulp: Danke. Der ADAC-Partner ist in ca. 50 Min. vor Ort. Vorgangsnummer "
                f"PH-{digits(r, 6)}.\n[18:06] {P(p.first)}: Danke. Falls was ist: {PH(de_phone(r, 1))}")
    return (f"Pannenprotokoll {day25(r, 'de')} 06:40 – Anrufer {P(p.full)}, Fahrzeug {KT(kenteken(r, 14))} (Kia Sportage "
            f"PHEV), A61 Richtung Venlo, Parkplatz Hoher Busch. Problem: Reifenpanne hinten links, kein Ersatzrad. Abschleppen "
            f"zur Werkstatt Maasbeek. Rückruf: {PH(de_phone(r, 0))}. Bearbeitet: {P(DAAN)}")


@scen("de", True)
def de_mietwagen(r, k):
    p = person(r, "de")
    if k == 0:
        return (f"Mietwagenreservierung {N('RV-' + digits(r, 6))}\nMieter: {P(p.full)}\nGeburtsdatum: {DOB(dob(r, 'de', 2))}\n"
                f"Führerschein-Nr.: {ID('B07' + digits(r, 2) + 'RX' + digits(r, 3) + '1')}\n"
                f"Kaution per Kreditkarte: {CC(card(r, 'mc'))}\nAbholung: {day25(r, 'de')}, 09:00 Uhr, Ambachtsweg 40")
    return (f"Hallo Frau {P(BEATA.split()[1])},\n\nich brauche vom 3. bis 7. Juli einen Transporter (Umzug). Zahlung gerne "
            f"mit meiner Visa {CC(card(r, 'visa'))}, gültig bis 11/28.\n\nGrüße\n{P(p.full)}")


@scen("de", True)
def de_inzahlungnahme(r, k):
    p = person(r, "de")
    if k == 0:
        return (f"Hallo Herr {P(KOFI.split()[1])},\n\nich möchte meinen Audi A4 Avant 2.0 TDI (Baujahr 2018, {km(r)} km, "
                f"Kennzeichen {KT(kennzeichen(r))}) in Zahlung geben und dafür den Volvo XC40 T5 aus Ihrem Bestand kaufen. "
                f"Was können Sie mir bieten? Scheckheft gepflegt, Zahnriemen neu.\n\nMfG {P(p.full)}")
    return (f"WhatsApp an Molenbroek: Hi, was zahlt ihr für meinen Golf 7? 📸 Bilder anbei. Kennzeichen {KT(kennzeichen(r, 1))}, "
            f"TÜV bis 09/2026. Gruß {P(p.first)}, {PH(de_phone(r, 1))}")


@scen("de", True)
def de_rueckerstattung(r, k):
    p = person(r, "de")
    if k == 0:
        return (f"Sehr geehrte Damen und Herren,\n\nbitte erstatten Sie die Anzahlung von 1.000 € für den stornierten Kauf "
                f"(Auftrag {N(not_elf(r))}) auf mein Konto: {IB(iban(r, 'DE', 1).replace(' ', chr(0xA0)))}, Kontoinhaber {P(p.full)}.\n\n"
                f"Mit freundlichen Grüßen\n{P(p.full)}")
    return (f"Hallo, Sie haben mir die Reparatur doppelt abgebucht (Rechnung {N('2025-' + digits(r, 5))}, 487,30 €). Bitte "
            f"zurück auf {IB(iban(r, 'DE', 0))}. Danke! {P(p.first)} {P(p.last)}")


@scen("de", True)
def de_adressaenderung(r, k):
    p = person(r, "de")
    a1, plz1, t1 = addr_de(r)
    a2, plz2, t2 = addr_de(r)
    if k == 0:
        return crlf(f"Betreff: Adressänderung Leasingvertrag\n\nGuten Tag,\n\nab dem {day25(r, 'de')} lautet meine neue Anschrift:\n"
                    f"{AD(a2)}\n{PC(plz2)} {t2}\n\nBisher: {AD(a1)}, {PC(plz1)} {t1}. Das Fahrzeug ({KT(kenteken(r, 11))}) "
                    f"bleibt natürlich gleich.\n\nMit freundlichen Grüßen\n{P(p.full)}")
    a3, pc3, t3 = addr_nl(r)
    return (f"Hallo, ich bin von Deutschland nach {t3} gezogen: {AD(a3)}, {PC(pc3)}. Bitte die Rechnungen nur noch per Mail an "
            f"{EM(email_of(r, p, MAIL_DE))}. Danke, {P(p.full)}")


@scen("de", True)
def de_firmenkunde(r, k):
    p = person(r, "de")
    a, pc, town = addr_nl(r)
    if k == 0:
        return (f"Sehr geehrter Herr {P(CHANDRA.split()[1])},\n\nunsere niederländische Niederlassung (Rheinland Logistik "
                f"Nederland B.V., KvK {KVK(kvk(r))}, BTW {BTW(btw_make(r))}) möchte drei Transporter leasen. Ansprechpartnerin "
                f"vor Ort ist Frau {P(p.last)}, {PH(mobile(r, 4))}.\n\nMit freundlichen Grüßen\n{P(person(r, 'de', 'm').full)}\nGeschäftsführung")
    return (f"Rechnungsanschrift bitte ändern auf: Rurtal Haustechnik B.V., {AD(a)}, {PC(pc)} {town}, KvK-Nummer {KVK(kvk(r))}, "
            f"USt-IdNr./btw-id {BTW(btw_make(r))}. Betrifft Fahrzeug {KT(kenteken(r, 9))}.\nGruß {P(p.full)}")


@scen("de", True)
def de_social(r, k):
    p = person(r, "de")
    if k == 0:
        return (f"@MolenbroekAuto Seit 10 Tagen wartet mein Wagen ({KT(kennzeichen(r))}) auf ein Ersatzteil und keiner "
                f"ruft zurück. So nicht! #Kundenservice #Werkstatt – {P(p.full)}")
    return (f"Bewertung ★★★★★: Super Service! Herr {P(JUERGEN.split()[1])} hat alles auf Deutsch erklärt, die Inspektion "
            f"war schneller fertig als gedacht. Gerne wieder. – {P(p.first)} aus Heinsberg")


@scen("de", True)
def de_ersatzteil(r, k):
    p = person(r, "de")
    if k == 0:
        return (f"Guten Tag, haben Sie für einen Citroën C5 Aircross (VIN {N(vin(r))}) die Bremsbeläge hinten vorrätig? "
                f"Teilenummer laut Händler {N('16 114 932 80')}. Bitte Rückruf an {PH(de_phone(r, 2))}.\n{P(p.full)}")
    return (f"Teileanfrage: 1x Außenspiegelglas links beheizt für Ford Kuga (2021). Abholung durch {P(p.full)}, "
            f"Tel. {PH(de_phone(r, 0))}. Angebot bitte an {EM(email_of(r, p, MAIL_DE))}.")


@scen("de", True)
def de_zulassung(r, k):
    p = person(r, "de")
    a, plz, town = addr_de(r)
    if k == 0:
        return (f"Für die Überführung und Zulassung in Deutschland benötige ich die Zulassungsbescheinigung Teil I und II. "
                f"Meine Daten für den Kaufvertrag:\n{P(p.full)}, geb. {DOB(dob(r, 'de', 0))}\n{AD(a)}, {PC(plz)} {town}\n"
                f"Personalausweis-Nr. {ID(ausweis(r))}\n\nDas niederländische Kennzeichen {KT(kenteken(r, 13))} wird dann abgemeldet.")
    return (f"Hallo Herr {P(JUERGEN.split()[1])}, das Ausfuhrkennzeichen ist beantragt. Mein Reisepass: {ID(ausweis(r))}. "
            f"Geburtsdatum: {DOB(dob(r, 'de', 1))}. Abholung am {day25(r, 'de')}. Gruß {P(p.first)}")


# ---------------- de without personal data ----------------
@scen("de", False)
def de_neg_rueckruf(r, k):
    if k == 0:
        return (f"Rückrufaktion {N('RA-' + digits(r, 4))}: Hyundai Tucson (NX4), Baujahr 2021–2022, Kraftstoffpumpe.\n"
                f"Betroffene FIN z. B. {N(vin(r))}. Arbeitszeit ca. 1,5 Std., kostenlos. Termin unter +31 475 739 200.")
    return (f"Info: Für Fahrzeuge mit deutscher Zulassung führen wir Rückrufe ebenfalls durch. Bitte Fahrzeugschein "
            f"(Teil I) mitbringen. Bearbeitungszeit 2–3 Werktage.")


@scen("de", False)
def de_neg_reifenangebot(r, k):
    t = r.sample(TYRES, 2)
    if k == 0:
        return (f"Reifenangebot {N('AN-' + digits(r, 6))}\n4x Ganzjahresreifen {t[0]} – je 119,00 €\n4x Winterreifen {t[1]} – "
                f"je 104,50 €\nMontage + Wuchten inkl., Altreifenentsorgung 3,50 €/Stk.\nGültig bis {day25(r, 'de')}.")
    return (f"Reifenwechsel-Saison: Termine von {day25(r, 'de')} bis {day25(r, 'de')}, Mo–Sa. Einlagerung 59 € pro Saison. "
            f"Profiltiefe unter 4 mm? Wir beraten gern.")


@scen("de", False)
def de_neg_oeffnungszeiten(r, k):
    if k == 0:
        return (f"Öffnungszeiten an Feiertagen: Am Karneval (Rosenmontag) und am {day25(r, 'de')} bleibt die Werkstatt "
                f"geschlossen. Die Pannenhilfe ist rund um die Uhr erreichbar: +31 88 476 1900.\n\n{SIG_TAIL_DE}")
    return (f"Wir sprechen Deutsch! Unser Team in Maasbeek berät Sie zu Kauf, Leasing und Werkstatt. Ambachtsweg 40, "
            f"6049 GT Maasbeek – nur 15 Minuten von Heinsberg. WhatsApp: +31 6 4127 8830. #Grenzland #Autohaus")


@scen("de", False)
def de_neg_diagnose(r, k):
    if k == 0:
        return (f"Diagnosebericht: Fehlerspeicher P0299 (Ladedruck zu niedrig), P2563. km-Stand {km(r)}. Motor "
                f"{r.choice(ENGINES)}. Empfehlung: Turbolader prüfen, Unterdruckschlauch ersetzt ({N('04L 131 055 D')}). "
                f"Softwarestand {N('9.3.0.12')}.")
    return (f"Prüfprotokoll APK: 37 Prüfpunkte, bestanden mit Hinweis (Bremsscheiben hinten Rostansatz). Nächste APK fällig am "
            f"{day25(r, 'de', 2026)}. Prüfer-Nr. 0412, Prüfstraße 2.")


@scen("de", False)
def de_neg_leasingangebot(r, k):
    if k == 0:
        return (f"Leasingangebot Privat: VW ID.3 Pure 52 kWh – 48 Monate, 10.000 km/Jahr – 389 € mtl. inkl. Versicherung und "
                f"Wartung. Auch als ID.4 Pro (449 €) oder Tesla Model 3 RWD (549 €). Angebot Nr. {N(not_elf(r))}.")
    return (f"Gewerbeleasing: Ford Transit Custom 2.0 EcoBlue 136 PS, Kastenwagen L2H1 – 449 € netto/Monat, 60 Monate. "
            f"Aufbau Regalsystem Sortimo optional.")


@scen("de", False)
def de_neg_teilebestellung(r, k):
    if k == 0:
        return (f"Teilebestellung {N(not_elf(r))}\n1x Ölfilter {N('03N 115 562 B')}\n1x Luftfilter {N('5Q0 129 620 D')}\n"
                f"1x Satz Wischblätter {N('NK-47-DL')}\nLieferung {day25(r, 'de')}, Lager Maasbeek.")
    return (f"Lieferverzug: Die Klimakompressoren ({N('5Q0 816 803 F')}) kommen erst in KW {r.randrange(10, 50)}. "
            f"Betroffen sind 3 Aufträge.")


@scen("de", False)
def de_neg_servicegebiet(r, k):
    if k == 0:
        return (f"Hol- und Bringservice auch in Deutschland: PLZ 52525 (Heinsberg), 52538 (Selfkant, Gangelt), 41849 "
                f"(Wassenberg). Aufpreis 49 €. Andere Gebiete auf Anfrage.")
    return (f"Unsere Pannenhilfe deckt Deutschland bis 100 km hinter der Grenze ab (z. B. Aachen, Mönchengladbach, Düsseldorf "
            f"teilweise). Anruf: +31 88 476 1900.")


# ============================================================================================
# self test against the reference's vectors, audit of every record, output
# ============================================================================================
def self_test():
    n = 0

    def ok(cond, what):
        nonlocal n
        n += 1
        if not cond:
            raise SystemExit(f"self-test failed: {what}")

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "999999990", "696579303"]:
        ok(elfproef(v), f"bsn {v}")
    for v in ["123456789", "111222334", "000000000", "999999999", "12345678"]:
        ok(not elfproef(v), f"bsn invalid {v}")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL20INGB0001234567",
              "NL68KNAB0123456789", "BE71 0961 2345 6769", "DE89370400440532013000", "GB82WEST12345698765432"]:
        ok(iban_valid(v), f"iban {v}")
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL00ABNA0417164300", "NL91ABN00417164300", "DE89370400440532013001"]:
        ok(not iban_valid(v), f"iban invalid {v}")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        ok(btw_valid(v), f"btw {v}")
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL12345678B01"]:
        ok(not btw_valid(v), f"btw invalid {v}")
    for v in ["1012 AB", "1012AB", "9999 ZZ", "1000 AA", "LS6 2AD", "52525", "3680"]:
        ok(postcode_valid(v), f"postcode {v}")
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB"]:
        ok(not postcode_valid(v), f"postcode invalid {v}")
    for v in ["GB-12-DF", "1-KBB-12", "123-BB-1", "12-GBX-3", "VB-123-X", "G-123-BB", "GBB-12-X", "G-12-BBB",
              "1-BB-123", "XB-PK-12", "12-DF-GH", "GBB12X", "gb12df", "GB 12 DF"]:
        ok(kenteken_valid(v), f"kenteken {v}")
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123", "1-SP-123"]:
        ok(not kenteken_valid(v), f"kenteken invalid {v}")
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8"]:
        ok(docnr_valid(v), f"docnr {v}")
    for v in ["NO1234567", "N12345678" + "X", "NP123456A", "XR1001R5"]:
        ok(not docnr_valid(v), f"docnr invalid {v}")
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005"]:
        ok(card_valid(v), f"card {v}")
    for v in ["4111111111111112", "1234567812345678", "378282246310006", "490154203237518"]:
        ok(not card_valid(v), f"card invalid {v}")
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67", "0475-123456",
              "+32 470 12 34 56", "0470 12 34 56", "+49 151 23456789", "0151 23456789", "07700 900123"]:
        ok(phone_valid(v), f"phone {v}")
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "012-3456789"]:
        ok(not phone_valid(v), f"phone invalid {v}")
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "info@bakkerij-de-groot.frl"]:
        ok(bool(EMAIL_RE.fullmatch(v)), f"email {v}")
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld"]:
        ok(not EMAIL_RE.fullmatch(v), f"email invalid {v}")
    ok(ip_valid("8.8.8.8") and not ip_valid("192.168.1.10") and not ip_valid("256.1.1.1") and not ip_valid("010.001.001.001"), "ip")
    for v in ["12-03-1985", "5 mei 1960", "29.02.1992", "March 12, 1985", "1985-03-12", "3. März 1979"]:
        ok(dob_valid(v), f"dob {v}")
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999", "12-03-2024"]:
        ok(not dob_valid(v), f"dob invalid {v}")
    # the organisation's own data is well formed (so that a detector would find it without the config)
    for v in ORG["ibans"]:
        ok(iban_valid(v), f"org iban {v}")
    for v in ORG["btw"]:
        ok(btw_valid(v) and not elfproef(v[2:11]), f"org btw {v}")
    for v in ORG["phones"]:
        ok(phone_valid(v), f"org phone {v}")
    ok(postcode_valid("6049 GT") and postcode_valid("6040 AE"), "org postcodes")
    return n


BIRTH_RE = re.compile(r"geb\.|geboren|geboorte|born|birth|\bDOB\b|Geburt", re.I)
ORDER_RE = re.compile(r"order|factuur|bon\b|werkorder|polis|klantnummer|referentie|ref\b|reference|auftrag|rechnung|"
                      r"bestell|angebot|nummer|nr\.?|no\.|RMA|po number", re.I)
KT_HYPH_RE = re.compile(r"(?<![\w-])(?:" + "|".join(
    p.replace("L", "[A-Z]").replace("D", r"\d") for p in SIDECODES.values()) + r")(?![\w-])")


def covered(spans, s, e, label=None):
    return any(sp["start"] <= s and e <= sp["end"] and (label is None or sp["label"] == label) for sp in spans)


def overlaps(spans, s, e, label=None):
    return any(sp["start"] < e and s < sp["end"] and (label is None or sp["label"] == label) for sp in spans)


def audit(rec, pii, negs):
    text, spans = rec["text"], rec["spans"]
    b = text.encode("utf-8")
    errs = []
    # spans in character offsets for the scanners
    cspans = []
    last_end = -1
    for sp in spans:
        if sp["start"] < last_end:
            errs.append(f"overlap/unsorted at {sp}")
        last_end = sp["end"]
        try:
            v = b[sp["start"]:sp["end"]].decode("utf-8")
        except UnicodeDecodeError:
            errs.append(f"span not on char boundary {sp}")
            continue
        if v != sp["_v"]:
            errs.append(f"span text {v!r} != {sp['_v']!r}")
        if v != v.strip() or (re.match(r"^[\W_]", v) and not (sp["label"] == "PHONE" and v[0] in "+(")) or (re.search(r"[\W_]$", v) and not (sp["label"] == "PERSON" and re.search(r"[A-Z]\.$", v))):
            errs.append(f"edge whitespace/punctuation {v!r}")
        if not valid_for(sp["label"], v):
            errs.append(f"invalid {sp['label']} {v!r}")
        cs = len(b[:sp["start"]].decode("utf-8"))
        cspans.append({"start": cs, "end": cs + len(v), "label": sp["label"], "v": v})
        # organisation data never labelled
        dig = re.sub(r"\D", "", v)
        if (sp["label"] == "PHONE" and any(dig.endswith(o) for o in ORG_PHONE_DIGITS)) or \
           (sp["label"] == "IBAN" and re.sub(r"\W", "", v).upper() in ORG["ibans"]) or \
           (sp["label"] in ("KVK", "BTW_ID") and v.upper() in ORG["kvk"] + ORG["btw"]) or \
           "molenbroek" in v.lower() or v in ORG_POSTCODES:
            errs.append(f"organisation data labelled {v!r}")
        if sp["label"] == "DATE_OF_BIRTH":
            window = text[max(0, cs - 60):cs + len(v) + 30]
            if not BIRTH_RE.search(window):
                errs.append(f"DOB without birth word {v!r}")
    if bool(spans) != pii:
        errs.append(f"pii flag {pii} but {len(spans)} spans")
    # every repeat of a labelled value is labelled, and no bare surname/given name of a labelled person
    for sp in cspans:
        vals = [sp["v"]]
        if sp["label"] == "PERSON":
            vals += [t for t in re.split(r"[\s]+", sp["v"]) if len(t) >= 4 and t[0].isupper()]
        for val in vals:
            for m in re.finditer(r"(?<![\w])" + re.escape(val) + r"(?![\w])", text):
                if not overlaps(cspans, m.start(), m.end()):
                    errs.append(f"unlabelled repeat of {sp['label']} {val!r}")
    def neg_ok(s):
        return any(s in n or n in s for n in negs)
    for m in EMAIL_RE.finditer(text):
        if not covered(cspans, m.start(), m.end(), "EMAIL") and not m.group().lower().endswith("@molenbroek-auto.example"):
            errs.append(f"unlabelled e-mail {m.group()}")
    for m in re.finditer(r"(?<![A-Za-z])([A-Za-z]{2}\d{2}(?:[ \u00a0]?[A-Za-z0-9]){10,30})", text):
        raw = m.group(1)
        cc = raw[:2].upper()
        if cc not in IBAN_LEN:
            continue
        comp, j = "", 0
        for j, ch in enumerate(raw):
            if ch not in " \u00a0":
                comp += ch
            if len(comp) == IBAN_LEN[cc]:
                break
        if iban_valid(comp) and comp.upper() not in ORG["ibans"] and not covered(cspans, m.start(), m.start() + j + 1, "IBAN"):
            errs.append(f"unlabelled IBAN {comp}")
    for m in re.finditer(r"NL\d{9}B\d{2}", text, re.I):
        if btw_valid(m.group()) and m.group().upper() not in ORG["btw"] and not covered(cspans, m.start(), m.end()):
            errs.append(f"unlabelled btw {m.group()}")
    for m in re.finditer(r"(?<![\w.,/-])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3})(?![\w-]|[.,]\d)", text):
        if elfproef(m.group()) and not overlaps(cspans, m.start(), m.end()) and not neg_ok(m.group()):
            if not ORDER_RE.search(text[max(0, m.start() - 40):m.start()]):
                errs.append(f"unlabelled elfproef number {m.group()}")
    for m in re.finditer(r"(?<![\d])(?:\d[ -]?){12,18}\d(?!\d)", text):
        if card_valid(m.group()) and not overlaps(cspans, m.start(), m.end()) and not neg_ok(m.group()):
            errs.append(f"unlabelled card-like {m.group()}")
    for m in KT_HYPH_RE.finditer(text):
        if kenteken_valid(m.group()) and not covered(cspans, m.start(), m.end(), "LICENSE_PLATE") and not neg_ok(m.group()):
            errs.append(f"unlabelled kenteken {m.group()}")
    for m in re.finditer(r"[+\d][\d ()\-\u00a0]{8,22}\d", text):
        d = re.sub(r"\D", "", m.group())
        d = re.sub(r"^(0031|31)0?", "0", d)
        for mm in re.finditer(r"06[1-58]\d{7}", d):
            if mm.group()[1:] in ORG_PHONE_DIGITS:
                continue
            if not overlaps(cspans, m.start(), m.end()):
                errs.append(f"unlabelled NL mobile {m.group()}")
    for m in re.finditer(r"(?<![\w-])[1-9]\d{3} ?[A-Z]{2}(?![\w])", text):
        if postcode_valid(m.group()) and m.group() not in ORG_POSTCODES and not covered(cspans, m.start(), m.end()) \
                and not neg_ok(m.group()):
            errs.append(f"unlabelled postcode {m.group()}")
    for m in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", text):
        if ip_valid(m.group()) and not covered(cspans, m.start(), m.end(), "IP_ADDRESS") and not neg_ok(m.group()):
            errs.append(f"unlabelled public IP {m.group()}")
    for m in BIRTH_RE.finditer(text):
        seg = text[m.end():m.end() + 30]
        for dm in re.finditer(r"\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [A-Za-zä]+ \d{4}", seg):
            if dob_valid(dm.group()):
                s0 = m.end() + dm.start()
                if not covered(cspans, s0, s0 + len(dm.group()), "DATE_OF_BIRTH"):
                    errs.append(f"unlabelled date after birth word {dm.group()}")
    for n in negs:
        if n not in text:
            errs.append(f"registered negative not in text {n!r}")
    return errs


def build():
    recs = []
    seen = set()
    for lang, pii, f in SCEN:
        for k in (0, 1):
            r = random.Random(f"{SEED}:{f.__name__}:{k}")
            _NEG.clear()
            marked = f(r, k)
            text, spans = render(marked)
            rec = {"lang": lang, "text": text, "spans": spans, "_pii": pii, "_negs": list(_NEG), "_scen": f"{f.__name__}:{k}"}
            if text in seen:
                raise SystemExit(f"duplicate text from {rec['_scen']}")
            seen.add(text)
            recs.append(rec)
    out = []
    for lang in ("nl", "en", "de"):
        group = [x for x in recs if x["lang"] == lang]
        random.Random(f"{SEED}:order:{lang}").shuffle(group)
        for i, x in enumerate(group, 1):
            x["id"] = f"h15-{lang}-{i:03d}"
            out.append(x)
    return out


def main():
    n_tests = self_test()
    recs = build()
    bad = 0
    for x in recs:
        errs = audit(x, x["_pii"], x["_negs"])
        for e in errs:
            bad += 1
            print(f"AUDIT {x['_scen']} ({x.get('id')}): {e}", file=sys.stderr)
    counts = {l: sum(1 for x in recs if x["lang"] == l) for l in ("nl", "en", "de")}
    if counts != {"nl": 60, "en": 50, "de": 40}:
        print(f"wrong counts {counts}", file=sys.stderr)
        bad += 1
    if bad:
        raise SystemExit(f"{bad} audit errors; gold.jsonl not written")
    lines = []
    for x in recs:
        rec = {"id": x["id"], "lang": x["lang"], "text": x["text"],
               "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in x["spans"]]}
        lines.append(json.dumps(rec, ensure_ascii=False) + "\n")
    data = "".join(lines).encode("utf-8")
    path = os.path.join(HERE, "gold.jsonl")
    with open(path, "wb") as fh:
        fh.write(data)
    # read back and re-slice every span from the UTF-8 bytes
    with open(path, "rb") as fh:
        back = [json.loads(l) for l in fh.read().decode("utf-8").splitlines()]
    assert len(back) == len(recs)
    for x, y in zip(recs, back):
        tb = y["text"].encode("utf-8")
        for s, t in zip(x["spans"], y["spans"]):
            assert tb[t["start"]:t["end"]].decode("utf-8") == s["_v"]
    # statistics
    print(f"self-test checks: {n_tests}; records: {len(recs)}; audit clean")
    print("| label | nl | en | de | total |\n|---|---:|---:|---:|---:|")
    tot = {l: 0 for l in ("nl", "en", "de")}
    for lab in LABELS:
        c = {l: sum(1 for x in recs if x["lang"] == l for s in x["spans"] if s["label"] == lab) for l in ("nl", "en", "de")}
        for l in c:
            tot[l] += c[l]
        print(f"| `{lab}` | {c['nl']} | {c['en']} | {c['de']} | {sum(c.values())} |")
    print(f"| **all** | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")
    free = {l: sum(1 for x in recs if x["lang"] == l and not x["spans"]) for l in ("nl", "en", "de")}
    nfree = sum(free.values())
    print(f"PII-free: {nfree} ({free}) = {100 * nfree / len(recs):.1f} %")
    lens = sorted(len(x["text"].encode("utf-8")) for x in recs)
    print(f"length bytes min {lens[0]} median {lens[len(lens) // 2]} max {lens[-1]}")
    print(f"non-ASCII texts: {sum(1 for x in recs if any(ord(c) > 127 for c in x['text']))}; "
          f"emoji (4-byte): {sum(1 for x in recs if any(ord(c) > 0xFFFF for c in x['text']))}; "
          f"CRLF: {sum(1 for x in recs if chr(13) + chr(10) in x['text'])}; "
          f"NBSP: {sum(1 for x in recs if chr(0xA0) in x['text'])}; "
          f"hard negatives registered: {sum(len(x['_negs']) for x in recs)}")
    print(f"sha256 gold.jsonl: {hashlib.sha256(data).hexdigest()}")


if __name__ == "__main__":
    main()
