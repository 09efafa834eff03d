#!/usr/bin/env python3
"""heldout50 - blind held-out evaluation set for pii-scrubber.

Organisation: Weerbrug Advocaten, a fictional Dutch law firm (advocatenkantoor) in Venlo for private
clients and small businesses, with a Flemish office in Gent and a German desk for clients from the
other side of the border.

Usage:  python3 -B make.py           # self test + audit, then write gold.jsonl
        python3 -B make.py --check   # self test + audit only, write nothing

Standard library only; deterministic (string-seeded random.Random per instance).
"""
import calendar
import datetime
import hashlib
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

SEED = "heldout50:weerbrug:v1"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")

LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# ----------------------------------------------------------------------------------------------
# markup
# ----------------------------------------------------------------------------------------------
SO, SM, SC, NPO, NPC = "\ue000", "\ue001", "\ue002", "\ue003", "\ue004"


def m(label, value):
    assert label in LABELS, label
    assert value and value == value.strip(), repr(value)
    return f"{SO}{label}{SM}{value}{SC}"


def P(v): return m("PERSON", v)
def EM(v): return m("EMAIL", v)
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
def NP(v): return f"{NPO}{v}{NPC}"   # a non-person string (company with a surname) the name audit skips


def render(marked):
    """Strip the markup; return text, spans (UTF-8 byte offsets) and NP byte ranges."""
    out = []
    blen = 0
    spans, nps = [], []
    i = 0
    n = len(marked)
    while i < n:
        c = marked[i]
        if c == SO:
            j = marked.index(SM, i)
            k = marked.index(SC, j)
            label, val = marked[i + 1:j], marked[j + 1:k]
            assert SO not in val and NPO not in val
            b = len(val.encode())
            spans.append({"start": blen, "end": blen + b, "label": label, "value": val})
            out.append(val)
            blen += b
            i = k + 1
        elif c == NPO:
            k = marked.index(NPC, i)
            val = marked[i + 1:k]
            assert SO not in val
            b = len(val.encode())
            nps.append((blen, blen + b))
            out.append(val)
            blen += b
            i = k + 1
        else:
            out.append(c)
            blen += len(c.encode())
            i += 1
    return "".join(out), spans, nps


# ----------------------------------------------------------------------------------------------
# the organisation (never labelled)
# ----------------------------------------------------------------------------------------------
def _nl_iban(bank, acct):
    bban = bank + acct
    num = "".join(str(int(ch, 36)) for ch in bban + "NL00")
    return f"NL{98 - int(num) % 97:02d}{bban}"


def _be_iban(bank3, acct7):
    ten = bank3 + acct7
    chk = int(ten) % 97 or 97
    bban = f"{ten}{chk:02d}"
    num = "".join(str(int(ch, 36)) for ch in bban + "BE00")
    return f"BE{98 - int(num) % 97:02d}{bban}"


ORG_NAMES = ["Weerbrug Advocaten B.V.", "Stichting Derdengelden Weerbrug Advocaten", "Advocatenkantoor Weerbrug",
             "Weerbrug Advocaten Gent", "Weerbrug Advocaten", "Weerbrug Rechtsanwälte", "Weerbrug Lawyers", "Weerbrug"]
ORG_DOMAIN = "weerbrug.example"
ORG_PHONES = ["077 354 2200", "09 233 41 70", "06 4127 9035"]
ORG_IBAN_OFFICE = _nl_iban("RABO", "0314782260")      # fees
ORG_IBAN_TRUST = _nl_iban("ABNA", "0627491385")       # Stichting Derdengelden
ORG_IBAN_BE = _be_iban("737", "0418265")              # Gent office
ORG_IBANS = [ORG_IBAN_OFFICE, ORG_IBAN_TRUST, ORG_IBAN_BE]
ORG_ADDRESSES = ["Keulsepoort 21, 5911 BX Venlo", "Postbus 3120, 5902 RC Venlo", "Kouterdreef 8, 9000 Gent"]
ORG_KVK = "74019386"
ORG_HANDLES = ["@WeerbrugAdvocaten", "@weerbrug_advocaten"]


def spaced_iban(i):
    return " ".join(i[j:j + 4] for j in range(0, len(i), 4))


def _btw_for(nine):
    x = int("2321" + nine + "11")
    r = (1 - x * 100) % 97
    cands = [s for s in (r, r + 97) if 1 <= s <= 99]
    return f"NL{nine}B{cands[0]:02d}" if cands else None


ORG_BTW = _btw_for("862045317")
ORG_BE_VAT = "BE0781.446.3" + f"{97 - int('07814463') % 97:02d}"   # Belgian ondernemingsnummer (not a label)

# variant strings of the organisation's data written in texts (masked before the scanners run)
ORG_PHONE_VARIANTS = ["077 354 2200", "077-3542200", "+31 77 354 2200", "+31 (0)77 354 22 00", "0773542200",
                      "09 233 41 70", "+32 9 233 41 70", "09/233.41.70", "+32 (0)9 233 41 70",
                      "06 4127 9035", "06-41279035", "+31 6 4127 9035", "+31 6 41 27 90 35"]


# ----------------------------------------------------------------------------------------------
# validators
# ----------------------------------------------------------------------------------------------
def bsn_ok(s):
    d = re.sub(r"[ .\-]", "", s)
    if not re.fullmatch(r"\d{8,9}", d):
        return False
    d = d.zfill(9)
    if int(d) == 0:
        return False
    return (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 0


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "GB": 22, "IE": 22, "FR": 27, "PL": 28, "LU": 20}
IBAN_BBAN = {"NL": r"[A-Z]{4}\d{10}", "BE": r"\d{12}", "DE": r"\d{18}", "GB": r"[A-Z]{4}\d{14}",
             "IE": r"[A-Z]{4}\d{14}", "PL": r"\d{24}", "LU": r"\d{3}[A-Z0-9]{13}"}


def iban_ok(s):
    c = re.sub(r"[\s\u00a0.\-]", "", s).upper()
    cc = c[:2]
    if cc not in IBAN_LEN or len(c) != IBAN_LEN[cc]:
        return False
    if cc in IBAN_BBAN and not re.fullmatch(IBAN_BBAN[cc], c[4:]):
        return False
    if not c[2:4].isdigit():
        return False
    if int("".join(str(int(ch, 36)) for ch in c[4:] + c[:4])) % 97 != 1:
        return False
    if cc == "BE" and (int(c[4:14]) % 97 or 97) != int(c[14:16]):
        return False
    return True


def luhn_ok(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        t += v
    return t % 10 == 0


def card_iin_ok(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return True
    if 51 <= int(d[:2]) <= 55 and n == 16:
        return True
    if 2221 <= int(d[:4]) <= 2720 and n == 16:
        return True
    if d[:2] in ("34", "37") and n == 15:
        return True
    if (d[:4] == "6011" or d[:2] == "65") and 16 <= n <= 19:
        return True
    if 3528 <= int(d[:4]) <= 3589 and 16 <= n <= 19:
        return True
    return False


def card_ok(s):
    d = re.sub(r"[ \-]", "", s)
    return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d) and card_iin_ok(d)


def btw_ok(s):
    c = re.sub(r"[ .]", "", s).upper()
    if not re.fullmatch(r"NL\d{9}B\d{2}", c) or c.endswith("B00"):
        return False
    if bsn_ok(c[2:11]):
        return False          # that is an old OB-nummer (= BSN/RSIN), not a new btw-id
    return int("2321" + c[2:11] + "11" + c[12:]) % 97 == 1


def ob_ok(s):
    c = re.sub(r"[ .]", "", s).upper()
    return bool(re.fullmatch(r"(NL)?\d{9}B\d{2}", c)) and bsn_ok(c[-12:-3]) and not c.endswith("B00")


def nl_postcode_ok(s):
    c = s.replace(" ", "")
    return bool(re.fullmatch(r"[1-9]\d{3}[A-Za-z]{2}", c)) and c[4:].upper() not in ("SA", "SD", "SS")


def uk_postcode_ok(s):
    return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}", s))


def postcode_ok(s):
    if nl_postcode_ok(s) or uk_postcode_ok(s):
        return True
    if re.fullmatch(r"\d{4}", s):           # BE
        return 1000 <= int(s) <= 9992
    if re.fullmatch(r"\d{5}", s):           # DE
        return 1001 <= int(s) <= 99998
    return False


NL_FIXED = re.compile(r"(?:1(?:[035]\d|1[13-578]|6[124-8]|7[24]|8[0-467])|2(?:[0346]\d|2[2-46-9]|5[125]|9[479])|"
                      r"3(?:[03568]\d|1[3-8]|2[01]|4[1-8])|4(?:[0356]\d|1[1-368]|7[58]|8[15-8]|9[23579])|"
                      r"5(?:[0358]\d|[19][1-9]|2[1-57-9]|4[13-8]|6[126]|7[0-3578])|7\d\d)\d{6}")
NL_MOBILE = re.compile(r"6[1-58]\d{7}")


def phone_e164(s):
    t = s.replace("(0)", "")
    d = re.sub(r"[^\d+]", "", t)
    if d.startswith("+"):
        return d
    if d.startswith("00"):
        return "+" + d[2:]
    return None


def phone_ok(s, country=None):
    d = re.sub(r"[^\d+]", "", s.replace("(0)", ""))
    e = phone_e164(s)
    cands = []
    if e:
        cands.append(e)
    elif d.startswith("0"):
        for cc in ("31", "32", "49", "44"):
            cands.append("+" + cc + d[1:])
    for e in cands:
        cc, nsn = e[1:3], e[3:]
        if cc == "31" and (NL_FIXED.fullmatch(nsn) or NL_MOBILE.fullmatch(nsn)):
            if country in (None, "NL"):
                return True
        if cc == "32" and (re.fullmatch(r"4[5-9]\d{7}", nsn) or re.fullmatch(r"9[2-4]\d{6}", nsn)
                           or re.fullmatch(r"[23][2-8]\d{6}", nsn) or re.fullmatch(r"(?:1[0-69]|5[0-9]|6[0-9]|8[0-9])\d{6}", nsn)):
            if country in (None, "BE"):
                return True
        if cc == "49" and (re.fullmatch(r"1(?:5[1-9]\d|6[0-3]|7[0-9])\d{7,8}", nsn)
                           or re.fullmatch(r"21(?:5[1-9]|6[1-6]|8[0-3])\d{4,7}", nsn) or re.fullmatch(r"28\d\d\d{4,7}", nsn)):
            if country in (None, "DE"):
                return True
        if cc == "44" and (re.fullmatch(r"7700900\d{3}", nsn) or re.fullmatch(r"2079460\d{3}", nsn)
                           or re.fullmatch(r"1[1-9]14960\d{3}", nsn)):
            if country in (None, "UK"):
                return True
    return False


EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
                      r"(?:nl|be|de|com|net|org|eu|uk|ie|co\.uk|example)(?![\w-])")


def email_ok(s):
    return bool(EMAIL_RE.fullmatch(s)) and "@@" not in s


def ip_ok(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global


DOC_NL = re.compile(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]")
DOC_RES = re.compile(r"(?:I|II|III|IV|V)-V[A-NP-Z1-9]{8}")
DOC_DE = re.compile(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}")


def doc_ok(s):
    c = s.replace(" ", "")
    return bool(DOC_NL.fullmatch(c) or DOC_RES.fullmatch(c) or DOC_DE.fullmatch(c)
                or re.fullmatch(r"\d{9}", c) or re.fullmatch(r"[1-9]\d{9}", c))


KT_CONS = "BDFGHJKLNPRSTVXZ"
KT_SIDE = [r"[A-Z]{2}-\d{2}-\d{2}", r"\d{2}-\d{2}-[A-Z]{2}", r"\d{2}-[A-Z]{2}-\d{2}", r"[A-Z]{2}-\d{2}-[A-Z]{2}",
           r"[A-Z]{2}-[A-Z]{2}-\d{2}", r"\d{2}-[A-Z]{2}-[A-Z]{2}", r"\d{2}-[A-Z]{3}-\d", r"\d-[A-Z]{3}-\d{2}",
           r"[A-Z]{2}-\d{3}-[A-Z]", r"[A-Z]-\d{3}-[A-Z]{2}", r"[A-Z]{3}-\d{2}-[A-Z]", r"[A-Z]-\d{2}-[A-Z]{3}",
           r"\d-[A-Z]{2}-\d{3}", r"\d{3}-[A-Z]{2}-\d"]
KT_BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS", "KVT", "VVD"]


def kenteken_ok(s):
    u = s.upper().replace(" ", "-")
    if "-" not in u:          # compact: try every placement of the two hyphens
        return any(kenteken_ok(u[:i] + "-" + u[i:j] + "-" + u[j:]) for i in range(1, len(u)) for j in range(i + 1, len(u)))
    if not any(re.fullmatch(p, u) for p in KT_SIDE):
        return False
    return not any(b in g for g in u.split("-") if g.isalpha() for b in KT_BANNED)


def kennzeichen_ok(s):
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} ?[1-9]\d{0,3}[EH]?", s))


def plate_ok(s):
    return kenteken_ok(s) or kennzeichen_ok(s)


MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
    "januar": 1, "februar": 2, "märz": 3, "mai": 5, "juni ": 6, "dezember": 12, "oct": 10, "okt.": 10, "mrt.": 3,
}


def parse_date(s):
    s2 = s.strip().lower()
    mm = re.fullmatch(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})", s2)
    if mm:
        d, mo, y = int(mm.group(1)), int(mm.group(2)), int(mm.group(3))
    else:
        mm = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s2)
        if mm:
            y, mo, d = int(mm.group(1)), int(mm.group(2)), int(mm.group(3))
        else:
            mm = re.fullmatch(r"(\d{1,2})\.? ([a-zä.]+) (\d{4})", s2)
            if mm and mm.group(2) in MONTHS:
                d, mo, y = int(mm.group(1)), MONTHS[mm.group(2)], int(mm.group(3))
            else:
                mm = re.fullmatch(r"([a-z]+) (\d{1,2}), (\d{4})", s2)
                if mm and mm.group(1) in MONTHS:
                    d, mo, y = int(mm.group(2)), MONTHS[mm.group(1)], int(mm.group(3))
                else:
                    return None
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def dob_ok(s):
    d = parse_date(s)
    return d is not None and 1900 <= d.year and d <= datetime.date(2025, 10, 1)


def address_ok(s):
    if re.fullmatch(r"Postbus \d{1,5}", s):
        return True
    if re.fullmatch(r"(?:Flat \d+, )?\d{1,4} [A-Z][a-z]+(?: [A-Z][a-z]+)*", s):    # UK
        return True
    return bool(re.fullmatch(r"[A-Za-zÄÖÜ'][\w'.\-ßäöüéèë ]*[a-zäöüßé.] \d{1,5}(?:[a-zA-Z]|-\d{1,2}|-[A-Z]{1,3}| hs| bis| bus \d{1,3}| [A-Z])?", s))


def kvk_ok(s):
    return bool(re.fullmatch(r"\d{8}", s.replace(" ", "").replace(".", "")))


def person_ok(s):
    return bool(re.fullmatch(r"[\w'.\- ,çğışöüäßéëèïłńśźżąćęðÇŞÖÜÄÉĐ]+", s)) and any(ch.isalpha() for ch in s) \
        and not s.endswith(",")


VALID = {"PERSON": person_ok, "EMAIL": email_ok, "PHONE": phone_ok, "IBAN": iban_ok,
         "BSN": lambda s: bsn_ok(s) or ob_ok(s), "ADDRESS": address_ok, "POSTCODE": postcode_ok,
         "CREDIT_CARD": card_ok, "IP_ADDRESS": ip_ok, "DATE_OF_BIRTH": dob_ok, "ID_DOCUMENT": doc_ok,
         "LICENSE_PLATE": plate_ok, "BTW_ID": btw_ok, "KVK": kvk_ok}

# ----------------------------------------------------------------------------------------------
# inline synthetic data (written for this set; no Faker or other generator lists)
# ----------------------------------------------------------------------------------------------
FIRST = {
    ("nl", "f"): ["Annelies", "Noëlle", "Daniëlle", "Ingeborg", "Wendelien", "Fenna", "Mirthe", "Anouk", "Hanneke",
                  "Maaike", "Gerdien", "Esmée", "Yvette", "Loes"],
    ("nl", "m"): ["Gerben", "Maarten", "Wouter", "Joost", "Ruben", "Stijn", "Teun", "Jeroen", "Koen", "Lodewijk",
                  "Sjoerd", "Luuk", "Ivo", "Sebastiaan"],
    ("be", "f"): ["Sien", "Febe", "Ines", "Hanne", "Jolien", "Lore", "Griet"],
    ("be", "m"): ["Wout", "Jens", "Arne", "Tibo", "Senne", "Dries", "Jef"],
    ("de", "f"): ["Käthe", "Jutta", "Sabine", "Birgit", "Anja", "Svenja", "Ramona", "Dörte", "Heike"],
    ("de", "m"): ["Jörg", "Uwe", "Heiko", "Sven", "Björn", "Matthias", "Lukas", "Tobias", "Jürgen"],
    ("ma", "f"): ["Fatima-Zahra", "Samira", "Houda", "Nadia"],
    ("ma", "m"): ["Youssef", "Mohamed-Amine", "Bilal", "Karim"],
    ("tr", "f"): ["Şeyma", "Büşra", "Elif", "Gülsüm"],
    ("tr", "m"): ["Oğuz", "Emre", "Mehmet", "Serkan"],
    ("uk", "f"): ["Siobhan", "Harriet", "Priya", "Chloe", "Imogen", "Megan"],
    ("uk", "m"): ["Callum", "Oliver", "Rhys", "Declan", "Arjun", "Graham"],
    ("pl", "f"): ["Małgorzata", "Agnieszka"],
    ("pl", "m"): ["Paweł", "Tomasz"],
}
LAST = {
    "nl": [("van", "Kessel"), ("", "Peeters"), ("", "Hendrikx"), ("", "Verhoeven"), ("van der", "Heijden"),
           ("", "Coenen"), ("", "Smeets"), ("", "Gielen"), ("", "Tielemans"), ("van", "Lierop"), ("", "Hermans"),
           ("", "Verstappen"), ("", "Kusters"), ("van de", "Ven"), ("", "Vullinghs"), ("", "Geurts"),
           ("", "Seelen"), ("", "Thijssen"), ("", "Schrijnemakers"), ("op de", "Laak"), ("van 't", "Westeinde"),
           ("ter", "Huurne"), ("", "Rutjens"), ("", "Driessen-Bongers")],
    "be": [("", "De Smet"), ("", "Van Damme"), ("", "Claeys"), ("", "Goossens"), ("", "De Backer"),
           ("", "Mertens"), ("", "Wuyts"), ("", "Verbeke"), ("", "Van Acker"), ("", "De Meyer")],
    "de": [("", "Weißenfels"), ("", "Schürmanns"), ("", "Heinrichs"), ("", "Rößler"), ("", "Bäumer"),
           ("", "Kleinmanns"), ("", "Theißen"), ("", "Dahmen"), ("", "Hüsges"), ("", "Große-Wilde"),
           ("", "Vennekel"), ("", "Schmitz-Oellers")],
    "ma": [("", "El Amrani"), ("", "Bouzid"), ("", "Ait Ouali"), ("", "Azzouzi")],
    "tr": [("", "Yıldırım"), ("", "Doğan"), ("", "Çelik"), ("", "Aydın")],
    "uk": [("", "McKenzie"), ("", "Whitfield"), ("", "Okafor"), ("", "Pemberton"), ("", "Ashworth"),
           ("", "Fitzgerald"), ("", "Sharma"), ("", "Lindqvist")],
    "pl": [("", "Zając"), ("", "Wójcik"), ("", "Kowalczyk")],
}


class Person:
    def __init__(self, first, tv, last, sex, origin):
        self.first, self.tv, self.last, self.sex, self.origin = first, tv, last, sex, origin

    @property
    def full(self):
        return f"{self.first} {self.tv + ' ' if self.tv else ''}{self.last}"

    @property
    def sur(self):      # surname standing alone (tussenvoegsel capitalised)
        return (self.tv[0].upper() + self.tv[1:] + " " + self.last) if self.tv else self.last

    @property
    def ini(self):
        parts = self.first.split("-")
        return "".join(p[0] + "." for p in parts)

    @property
    def ini_sur(self):
        return f"{self.ini} {self.tv + ' ' if self.tv else ''}{self.last}"

    @property
    def sur_given(self):
        return f"{self.sur}, {self.first}"

    def t(self, lang):
        f = self.sex == "f"
        return {"nl": "mevrouw" if f else "de heer", "en": "Ms" if f else "Mr",
                "de": "Frau" if f else "Herr"}[lang]

    def tokens(self):
        toks = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", self.first + " " + self.last)
        return [t for t in toks if len(t) >= 3]


STAFF = {
    "jorien": Person("Jorien", "", "Hazelhoff", "f", "nl"),      # advocaat familierecht
    "thijs": Person("Thijs", "", "Oomens", "m", "nl"),           # advocaat arbeid/huur
    "karolien": Person("Karolien", "", "De Wulf", "f", "be"),    # advocaat, kantoor Gent
    "dirk": Person("Dirk", "", "Schwientek", "m", "de"),         # Rechtsanwalt & advocaat, German desk
    "marloes": Person("Marloes", "", "Gijsen", "f", "nl"),       # secretaresse
    "femke": Person("Femke", "", "Aarts", "f", "nl"),            # derdengelden / boekhouding
    "niels": Person("Niels", "", "Haenen", "m", "nl"),           # advocaat-stagiaire
}
STAFF_MAIL = {"jorien": "j.hazelhoff", "thijs": "t.oomens", "karolien": "k.dewulf", "dirk": "d.schwientek",
              "marloes": "secretariaat", "femke": "derdengelden", "niels": "n.haenen"}

STREETS_NL = ["Hagelkruisstraat", "Vlasbloemweg", "Laan van Hoogveld", "Kempkensweg", "Molenbeekstraat",
              "Heierhoeve", "Zandkuilpad", "Rijnbeekkade", "Populierenlaan", "Steegstraat", "Ganzenhof",
              "Bongerdweg", "Wilgenroosplein", "Burg. Berkvensstraat", "Kloosterkempweg", "Oude Veerweg"]
TOWNS_NL = [("Venlo", 5911, 5928), ("Tegelen", 5931, 5932), ("Blerick", 5921, 5925), ("Roermond", 6041, 6046),
            ("Helmond", 5701, 5709), ("Eindhoven", 5611, 5658), ("Nijmegen", 6511, 6546), ("Weert", 6001, 6006),
            ("Horst", 5961, 5962), ("Maastricht", 6211, 6229)]
NL_AREA = {"Venlo": "77", "Tegelen": "77", "Blerick": "77", "Roermond": "475", "Helmond": "492",
           "Eindhoven": "40", "Nijmegen": "24", "Weert": "495", "Horst": "77", "Maastricht": "43"}
STREETS_BE = ["Bloemekenswijkstraat", "Kalkhofstraat", "Drongenplein", "Gaverstraat", "Leliendaalstraat",
              "Zwanenhoekstraat", "Meersdreef"]
TOWNS_BE = [("Gent", "9000"), ("Mariakerke", "9030"), ("Gentbrugge", "9050"), ("Deinze", "9800"),
            ("Antwerpen", "2018"), ("Leuven", "3000")]
STREETS_DE = ["Lobbericher Straße", "Kaldenkircher Weg", "Am Heidweiher", "Hochstraße", "Süchtelner Straße",
              "Brüggener Allee", "Grenzweg", "Mühlenbachstraße", "Breyeller Straße"]
TOWNS_DE = [("Nettetal", "41334", "2153"), ("Viersen", "41747", "2162"), ("Krefeld", "47798", "2151"),
            ("Mönchengladbach", "41061", "2161"), ("Geldern", "47608", "2831"), ("Niederkrüchten", "41372", "2163"),
            ("Grefrath", "47929", "2158")]
STREETS_UK = ["Larkspur Close", "Wellington Road", "Orchard Grove", "Mill Lane", "Ashdown Crescent"]
TOWNS_UK = [("Manchester", "M20 2LP"), ("Leeds", "LS6 3QH"), ("Bristol", "BS7 8NR"), ("Sheffield", "S11 8YB")]
MAILDOM = {"nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "home.nl"],
           "be": ["telenet.be", "skynet.be", "gmail.com"], "de": ["web.de", "gmx.de", "t-online.de", "gmail.com"],
           "uk": ["btinternet.com", "gmail.com", "outlook.com"]}
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB", "RBRB"]
NL_MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
for _i, _mo in enumerate(NL_MON + EN_MON + DE_MON):
    MONTHS[_mo.lower()] = _i % 12 + 1


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("'", "")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


# ----------------------------------------------------------------------------------------------
# generators (per-instance context)
# ----------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, key):
        self.r = random.Random(f"{SEED}:{key}")
        self.used = set(t for p in STAFF.values() for t in p.tokens())

    def ch(self, seq):
        return self.r.choice(seq)

    def person(self, origin=None, sex=None):
        r = self.r
        origin = origin or r.choice(["nl", "nl", "nl", "be", "ma", "tr", "de", "uk", "pl"])
        sex = sex or r.choice("fm")
        for _ in range(200):
            first = r.choice(FIRST[(origin, sex)])
            tv, last = r.choice(LAST[origin])
            p = Person(first, tv, last, sex, origin)
            if not set(p.tokens()) & self.used:
                self.used.update(p.tokens())
                return p
        raise RuntimeError("names exhausted")

    def relative(self, p, sex=None):
        """someone of the same family (same surname)."""
        r = self.r
        sex = sex or r.choice("fm")
        for _ in range(200):
            first = r.choice(FIRST[(p.origin, sex)])
            if first not in self.used and len(first) >= 3:
                self.used.add(first)
                return Person(first, p.tv, p.last, sex, p.origin)
        raise RuntimeError

    def email(self, p, kind=None):
        r = self.r
        f, l = ascii_fold(p.first).lower(), ascii_fold((p.tv + p.last).replace(" ", "")).lower()
        dom = r.choice(MAILDOM.get(p.origin if kind is None else kind, MAILDOM["nl"]))
        form = r.randrange(4)
        local = [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{r.randint(70, 99)}", f"{l}.{f}"][form]
        return f"{local}@{dom}"

    # --- addresses
    def nl_addr(self):
        r = self.r
        town, lo, hi = r.choice(TOWNS_NL)
        while True:
            pc = f"{r.randint(lo, hi)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRTVWXZ')}"
            if nl_postcode_ok(pc):
                break
        nr = str(r.randint(1, 180))
        add = r.choice(["", "", "", "a", "B", "-2", " hs", " bis"])
        return r.choice(STREETS_NL) + " " + nr + add, pc, town

    def be_addr(self):
        r = self.r
        town, pc = r.choice(TOWNS_BE)
        nr = str(r.randint(1, 140)) + r.choice(["", "", f" bus {r.randint(1, 12)}"])
        return r.choice(STREETS_BE) + " " + nr, pc, town

    def de_addr(self):
        r = self.r
        town, pc, area = r.choice(TOWNS_DE)
        return r.choice(STREETS_DE) + " " + str(r.randint(1, 95)) + r.choice(["", "", "a"]), pc, town, area

    def uk_addr(self):
        r = self.r
        town, pc = r.choice(TOWNS_UK)
        a = f"{r.randint(2, 140)} {r.choice(STREETS_UK)}"
        if r.random() < 0.3:
            a = f"Flat {r.randint(1, 9)}, " + a
        return a, pc, town

    # --- phones
    def nl_mobile(self, style=None):
        r = self.r
        d = "6" + r.choice("123458") + "".join(r.choice("0123456789") for _ in range(7))
        while d[2] == "0" and r.random() < 0.5:
            d = d[:2] + r.choice("123456789") + d[3:]
        style = r.randrange(7) if style is None else style
        s = d[1:]
        return [f"06-{s}", f"06 {s[:4]} {s[4:]}", f"06{s}", f"+31 6 {s}", f"+31 (0)6 {s[:4]} {s[4:]}",
                f"06 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", f"0031 6 {s[:4]} {s[4:]}"][style]

    def nl_land(self, town=None):
        r = self.r
        area = NL_AREA.get(town) or r.choice(["77", "475", "40", "24", "43", "495"])
        n = 9 - len(area)
        sub = r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(n - 1))
        if len(area) == 2:
            return r.choice([f"0{area} {sub[:3]} {sub[3:]}", f"0{area}-{sub}", f"(0{area}) {sub[:3]} {sub[3:5]} {sub[5:]}"])
        return r.choice([f"0{area}-{sub}", f"0{area} {sub[:2]} {sub[2:4]} {sub[4:]}", f"+31 {area} {sub}"])

    def be_mobile(self):
        r = self.r
        d = "4" + r.choice("789") + "".join(r.choice("0123456789") for _ in range(7))
        return r.choice([f"0{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+32 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                         f"0{d[:3]}/{d[3:5]}.{d[5:7]}.{d[7:]}"])

    def de_mobile(self):
        r = self.r
        pre = r.choice(["151", "152", "160", "170", "171", "172", "176", "157"])
        rest = r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(6 if pre in ("160", "170", "171") else 7))
        return r.choice([f"0{pre} {rest}", f"+49 {pre} {rest}", f"0{pre}/{rest}", f"0{pre}-{rest}"])

    def de_land(self, area):
        r = self.r
        sub = r.choice("2345689") + "".join(r.choice("0123456789") for _ in range(r.randint(4, 6)))
        return r.choice([f"0{area} {sub}", f"0{area}/{sub}", f"+49 {area} {sub}", f"+49 (0){area} {sub}"])

    def uk_phone(self):
        r = self.r
        x = f"{r.randint(0, 999):03d}"
        return r.choice([f"07700 900{x}", f"+44 7700 900{x}", f"020 7946 0{x}", f"0161 496 0{x}"])

    # --- numbers
    def bsn(self, style=0):
        r = self.r
        while True:
            d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
            s = sum((9 - i) * d[i] for i in range(8)) % 11
            if s < 10:
                v = "".join(map(str, d)) + str(s)
                break
        return [v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}", f"{v[:3]}-{v[3:6]}-{v[6:]}"][style]

    def not_bsn9(self):
        while True:
            v = str(self.r.randint(100000000, 999999999))
            if not bsn_ok(v):
                return v

    def bsn_like_ref(self):
        """a 9-digit reference number that happens to pass the elfproef"""
        while True:
            v = str(self.r.randint(100000000, 999999999))
            if bsn_ok(v):
                return v

    def iban_nl(self, spaced=None):
        r = self.r
        i = _nl_iban(r.choice(NL_BANKS), "".join(r.choice("0123456789") for _ in range(10)))
        spaced = r.random() < 0.5 if spaced is None else spaced
        return spaced_iban(i) if spaced else i

    def iban_be(self):
        r = self.r
        i = _be_iban(r.choice(["001", "063", "068", "735", "310", "143"]), f"{r.randint(0, 9999999):07d}")
        return spaced_iban(i) if r.random() < 0.7 else i

    def iban_de(self):
        r = self.r
        blz = r.choice(["32050000", "32060362", "31050000", "31060517", "32040024"])
        bban = blz + f"{r.randint(0, 10**10 - 1):010d}"
        num = "".join(str(int(ch, 36)) for ch in bban + "DE00")
        i = f"DE{98 - int(num) % 97:02d}{bban}"
        return spaced_iban(i) if r.random() < 0.6 else i

    def iban_gb(self, cc="GB"):
        r = self.r
        bank = r.choice(["NWBK", "BARC", "LOYD", "HBUK"] if cc == "GB" else ["AIBK", "BOFI"])
        bban = bank + f"{r.randint(0, 999999):06d}" + f"{r.randint(0, 10**8 - 1):08d}"
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        i = f"{cc}{98 - int(num) % 97:02d}{bban}"
        return spaced_iban(i) if r.random() < 0.5 else i

    def card(self, kind=None):
        r = self.r
        kind = kind or r.choice(["visa", "mc", "mc2", "amex"])
        if kind == "amex":
            pre, n = r.choice(["34", "37"]), 15
        elif kind == "mc":
            pre, n = str(r.randint(51, 55)), 16
        elif kind == "mc2":
            pre, n = str(r.randint(2221, 2720)), 16
        else:
            pre, n = "4", 16
        while True:
            d = pre + "".join(r.choice("0123456789") for _ in range(n - len(pre)))
            if luhn_ok(d):
                break
        if n == 15:
            return f"{d[:4]} {d[4:10]} {d[10:]}"
        return r.choice([f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}", d, f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}"])

    def btw(self):
        r = self.r
        while True:
            nine = f"{r.randint(0, 999999999):09d}"
            if bsn_ok(nine):
                continue
            v = _btw_for(nine)
            if v:
                return v

    def kvk(self):
        return str(self.r.randint(10000000, 99999999))

    def ip(self):
        r = self.r
        while True:
            if r.random() < 0.8:
                a = f"{r.choice([31, 77, 84, 86, 87, 89, 94, 145, 176, 178, 212, 213, 217])}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            else:
                a = f"2a02:{r.randint(0x1000, 0xffff):x}:{r.randint(0x100, 0xffff):x}:{r.randint(1, 0xff):x}::{r.randint(1, 0xfff):x}"
            if ip_ok(a):
                return a

    def doc_nl(self, kind="N"):
        r = self.r
        L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        body = "".join(r.choice(L + "123456789") for _ in range(6))
        return kind + r.choice(L) + body + r.choice("123456789")

    def doc_res(self):
        r = self.r
        return r.choice(["II", "III", "IV"]) + "-V" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(8))

    def doc_de(self):
        r = self.r
        return r.choice("LMNPRTVWXY") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))

    def rijbewijs(self):
        r = self.r
        return r.choice("5123456789") + "".join(r.choice("0123456789") for _ in range(9))

    def kenteken(self, style=None):
        r = self.r
        C = KT_CONS
        while True:
            sc = r.choice([7, 8, 9, 10, 11, 4, 6])
            dg = lambda n: "".join(r.choice("0123456789") for _ in range(n))
            lt = lambda n: "".join(r.choice(C) for _ in range(n))
            v = {4: lambda: f"{lt(2)}-{dg(2)}-{lt(2)}", 6: lambda: f"{dg(2)}-{lt(2)}-{lt(2)}",
                 7: lambda: f"{dg(2)}-{lt(3)}-{dg(1)}", 8: lambda: f"{r.randint(1, 9)}-{lt(3)}-{dg(2)}",
                 9: lambda: f"{lt(2)}-{dg(3)}-{lt(1)}", 10: lambda: f"{lt(1)}-{dg(3)}-{lt(2)}",
                 11: lambda: f"{lt(3)}-{dg(2)}-{lt(1)}"}[sc]()
            if kenteken_ok(v):
                break
        style = r.choice([0, 0, 0, 1, 2]) if style is None else style
        return [v, v.replace("-", ""), v.replace("-", "").lower()][style]

    def kennzeichen(self, district=None):
        r = self.r
        d = district or r.choice(["VIE", "KR", "MG", "KLE", "NE"])
        l2 = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(r.randint(1, 2)))
        return f"{d}-{l2} {r.randint(1, 9999)}"

    def dob(self, lang="nl", lo=1950, hi=2003, style=None):
        r = self.r
        d = datetime.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))
        style = r.randrange(4) if style is None else style
        if lang == "nl":
            return [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day}-{d.month}-{d.year}",
                    f"{d.day} {NL_MON[d.month - 1]} {d.year}", d.isoformat()][style]
        if lang == "be":
            return [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {NL_MON[d.month - 1]} {d.year}",
                    f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}/{d.month}/{d.year}"][style]
        if lang == "en":
            return [f"{d.day} {EN_MON[d.month - 1]} {d.year}", f"{EN_MON[d.month - 1]} {d.day}, {d.year}",
                    f"{d.day:02d}/{d.month:02d}/{d.year}", d.isoformat()][style]
        return [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {DE_MON[d.month - 1]} {d.year}",
                f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day} {DE_MON[d.month - 1]} {d.year}"][style]

    # --- hard negatives
    def date(self, lang="nl", y=2025):
        r = self.r
        d = datetime.date(y, r.randint(1, 12), r.randint(1, 28))
        if lang == "nl":
            return r.choice([f"{d.day}-{d.month}-{d.year}", f"{d.day} {NL_MON[d.month - 1]} {d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}"])
        if lang == "en":
            return r.choice([f"{d.day} {EN_MON[d.month - 1]} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}"])
        return r.choice([f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {DE_MON[d.month - 1]} {d.year}"])

    def time(self):
        return f"{self.r.randint(8, 17):02d}:{self.r.choice(['00', '15', '30', '45', '10', '20'])}"

    def times(self, n):
        t = self.r.randint(8 * 60, 15 * 60)
        out = []
        for _ in range(n):
            out.append(f"{t // 60:02d}:{t % 60:02d}")
            t += self.r.randint(0, 6)
        return out

    def amount(self, lo=50, hi=9000, cur="€ "):
        v = self.r.randint(lo * 100, hi * 100) / 100
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return f"{cur}{s}"

    def zaaknr(self):
        r = self.r
        return r.choice([f"C/03/{r.randint(300000, 349999)} / HA ZA {r.choice([24, 25])}-{r.randint(100, 899)}",
                         f"{r.randint(10000000, 11999999)} CV EXPL {r.choice([24, 25])}-{r.randint(1000, 9999)}",
                         f"C/03/{r.randint(300000, 349999)} / FA RK {r.choice([24, 25])}-{r.randint(1000, 3999)}",
                         f"C/03/{r.randint(300000, 349999)} / KG ZA {r.choice([25])}-{r.randint(100, 499)}"])

    def rolnr(self):
        r = self.r
        return r.choice([f"KG ZA 25-{r.randint(100, 499)}", f"HA ZA 25-{r.randint(100, 899)}",
                         f"{r.randint(10000000, 11999999)} \\ CV EXPL 25-{r.randint(1000, 9999)}"])

    def ecli(self):
        r = self.r
        c = r.choice(["HR", "GHSHE", "RBLIM", "RBOBR", "RBGEL", "CRVB", "GHARL"])
        return f"ECLI:NL:{c}:{r.choice([2019, 2021, 2022, 2023, 2024])}:{r.randint(100, 9999)}"

    def factnr(self):
        r = self.r
        return r.choice([f"F2025-{r.randint(1000, 9999):05d}", f"2025{r.randint(10000, 99999)}", f"WB-25-{r.randint(100, 999)}"])

    def dossier(self, ini="JH"):
        return f"{self.r.randint(2023, 2025)}.{self.r.randint(100, 999):04d}/{ini}"

    def toevoeging(self):
        r = self.r
        return f"{r.randint(1, 9)}{r.choice('ABCDEFGHJKLMNPRSTUVWXZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXZ')}{r.randint(1000, 9999)}"

    def cjib(self):
        r = self.r
        while True:
            d = "9" + "".join(r.choice("0123456789") for _ in range(15))
            if not luhn_ok(d):
                return f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}"

    def product_plate(self):
        r = self.r
        return f"{r.choice(['KZ', 'RT', 'HB', 'LV'])}-{r.randint(10, 99)}-{r.randint(10, 99)}"


def sig_nl(key, role):
    p = STAFF[key]
    title = "mr. " if key in ("jorien", "thijs", "karolien", "dirk", "niels") else ""
    return (f"Met vriendelijke groet,\n\n{title}{P(p.full)}\n{role} | Weerbrug Advocaten\nKeulsepoort 21, 5911 BX Venlo\n"
            f"T 077 354 2200 | {STAFF_MAIL[key]}@weerbrug.example")


def sig_en(key, role):
    p = STAFF[key]
    return (f"Kind regards,\n\n{P(p.full)}\n{role}, Weerbrug Lawyers\nKeulsepoort 21, 5911 BX Venlo, the Netherlands\n"
            f"T +31 77 354 2200 | {STAFF_MAIL[key]}@weerbrug.example")


def sig_de(key, role):
    p = STAFF[key]
    return (f"Mit freundlichen Grüßen\n\n{P(p.full)}\n{role}\nWeerbrug Rechtsanwälte · Keulsepoort 21 · 5911 BX Venlo (NL)\n"
            f"Tel. +31 (0)77 354 22 00 · {STAFF_MAIL[key]}@weerbrug.example")


def quote(t):
    return "\n".join("> " + line if line else ">" for line in t.split("\n"))


FOOTER_NL = ("Weerbrug Advocaten B.V. · KvK 74019386 · btw " + ORG_BTW + "\nDerdengelden: Stichting Derdengelden Weerbrug "
             "Advocaten, " + spaced_iban(ORG_IBAN_TRUST) + "\nDeze e-mail is uitsluitend bestemd voor de geadresseerde.")


# ==============================================================================================
# scenarios — Dutch
# ==============================================================================================
def nl_intake(c, k):
    p = c.person(c.ch(["nl", "nl", "ma", "tr", "pl"]))
    a, pc, town = c.nl_addr()
    area = c.ch(["Huurrecht", "Arbeidsrecht", "Familierecht", "Schuldenproblematiek"])
    wp = c.ch(["Woonstichting Maasoever", "Peelrand Wonen", "Logistiek Blerick B.V.", "Kwekerij De Grote Hof"])
    if k == 0:
        return (f"Nieuwe intake via weerbrug.example/intake — ontvangen {c.date()} {c.time()}\n"
                f"-------------------------------------------\n"
                f"Naam:            {P(p.full)}\n"
                f"Geboortedatum:   {DOB(c.dob('nl', style=0))}\n"
                f"BSN:             {BS(c.bsn(0))}\n"
                f"Legitimatie:     identiteitskaart {ID(c.doc_nl('I'))}\n"
                f"Adres:           {AD(a)}\n"
                f"Postcode/plaats: {PC(pc)} {town}\n"
                f"Telefoon:        {PH(c.nl_mobile())}\n"
                f"E-mail:          {EM(c.email(p))}\n"
                f"Rechtsgebied:    {area}\n"
                f"Wederpartij:     {wp}\n"
                f"Toevoeging:      ja (inkomen onder de grens, peiljaar 2023)\n"
                f"Omschrijving:    Ik heb een brief gekregen met een termijn van 14 dagen, wat moet ik doen?\n"
                f"-------------------------------------------\n"
                f"Intake-ID INT-2025-{c.r.randint(10000, 99999)} · toegewezen aan sectie {area.lower()}")
    return (f"formulier intake (telefonisch ingevuld door secretariaat)\n"
            f"naam: {P(p.full.lower())}\ngeb.datum: {DOB(c.dob('nl', style=1))}\nbsn: {BS(c.bsn(c.ch([0, 2])))}\n"
            f"adres: {AD(a.lower())}, {PC(pc.replace(' ', ''))} {town.lower()}\ntel: {PH(c.nl_mobile(c.ch([0, 2])))}\n"
            f"mail: {EM(c.email(p).lower())}\nid: paspoort nr {ID(c.doc_nl('N'))} (gezien)\nzaak: {area.lower()} – wederpartij {wp}\n"
            f"opm: cliënt heeft geen kopie van het contract, komt langs op {c.date()} om {c.time()}. "
            f"eigen bijdrage toevoeging {c.amount(200, 260)} besproken.")


def nl_toevoeging(c, k):
    p = c.person(c.ch(["nl", "ma", "tr"]))
    partner = c.person(p.origin, "m" if p.sex == "f" else "f")
    mar = STAFF["marloes"]
    return (f"Aan: sectie familierecht\nVan: {P(mar.full)}\nOnderwerp: aanvraag toevoeging {P(p.ini_sur)} – {c.dossier('JH')}\n\n"
            f"Hoi {P(STAFF['jorien'].first)},\n\nIk heb de aanvraag toevoeging klaargezet voor {P(p.full)}. Gegevens voor het portaal:\n"
            f"- BSN aanvrager: {BS(c.bsn(c.ch([0, 1])))}\n- geboren: {DOB(c.dob('nl', 1970, 1995, style=c.ch([0, 2])))}\n"
            f"- partner: {P(partner.full)}, BSN {BS(c.bsn(0))}, geb. {DOB(c.dob('nl', 1968, 1994, style=0))}\n"
            f"- rechtsgebied: echtscheiding met kinderen, zaakcode F010\n- inkomen peiljaar 2023: {c.amount(18000, 27000)} bruto\n\n"
            f"De eigen bijdrage is {c.amount(200, 260)}; cliënte wil een verzoek om vermindering. Toevoegingsnummer volgt, "
            f"het oude nummer {c.toevoeging()} is vervallen.\n\n{'Groetjes' if k else 'Gr.'},\n{P(mar.first)}")


def nl_phone_note(c, k):
    p = c.person(c.ch(["nl", "nl", "be", "ma"]))
    mar = STAFF["marloes"]
    who = STAFF[c.ch(["thijs", "jorien"])]
    ph = c.nl_mobile() if k == 0 else c.nl_land()
    if k == 0:
        return (f"TELEFOONNOTITIE {c.date()} {c.time()}\nVoor: mr. {P(who.sur)}\nBeller: {p.t('nl')} {P(p.sur)}" +
                f"\nTerugbellen op: {PH(ph)}\nBetreft: zaaknummer {c.zaaknr()}\n"
                f"Belde over de zitting van {c.date()}. Wil weten of {'ze' if p.sex == 'f' else 'hij'} zelf moet verschijnen. Was nogal overstuur, graag vandaag nog terugbellen.\n"
                f"-- {P(mar.first)}")
    return (f"tel. notitie — {c.time()}\n{P(p.full)} belde (nr {PH(ph)}), is de brief van de deurwaarder kwijt. "
            f"kenmerk deurwaarder {c.r.randint(2024, 2025)}/{c.r.randint(10000, 99999)}, bedrag volgens hem {c.amount(300, 4000)}. "
            f"heb gezegd dat mr. {P(who.sur)} morgen belt.\n/{P(mar.first.lower())}")


def nl_divorce(c, k):
    p = c.person(c.ch(["nl", "nl", "tr", "ma", "be"]))
    ex = c.person(p.origin, "m" if p.sex == "f" else "f")
    kid1, kid2 = c.relative(ex), c.relative(ex)
    a, pc, town = c.nl_addr()
    jor = STAFF["jorien"]
    body = (f"Beste mr. {P(jor.sur)},\n\nZoals besproken hierbij de gegevens voor het verzoekschrift. Mijn ex heet {P(ex.full)}"
            f" en woont sinds kort op {AD(a)}, {PC(pc)} {town}. Onze kinderen:\n"
            f"  {P(kid1.first)}, geboren {DOB(c.dob('nl', 2010, 2016, 2))}\n  {P(kid2.first)}, geboren {DOB(c.dob('nl', 2015, 2021, 2))}\n\n"
            f"Over de kinderalimentatie: {P(ex.first)} wil niet meer dan {c.amount(100, 300)} per kind per maand betalen. "
            f"Volgens de Tremanormen zou het meer moeten zijn (art. 1:404 BW?).\n\n")
    if k:
        body += f"Groet, {P(p.first)}\n\n> Op {c.date()} om {c.time()} schreef mr. {P(jor.full)} <j.hazelhoff@weerbrug.example>:\n> Wilt u de gegevens van uw ex-partner en de kinderen doorsturen?\n>\n" + quote(sig_nl("jorien", "advocaat familierecht"))
    else:
        body += f"Met vriendelijke groet,\n{P(p.full)}\n{PH(c.nl_mobile())}"
    return body


def nl_ontslag(c, k):
    p = c.person(c.ch(["nl", "nl", "tr", "pl", "be"]))
    boss = c.person("nl")
    th = STAFF["thijs"]
    emp = c.ch(["Logistiek Blerick B.V.", "Tuinbouwbedrijf Maasdal", "Kwekerij De Grote Hof"])
    if k == 0:
        return (f"Geachte heer {P(th.sur)},\n\nIk ben op staande voet ontslagen door {emp}. Mijn leidinggevende "
                f"{P(boss.full)} zei dat ik 'dringende reden' had gegeven (art. 7:677 BW) maar ik snap niet waarom. "
                f"Ik werk er sinds 2019, laatste loon {c.amount(2400, 3400)} bruto. Ik heb ook een WW-aanvraag gedaan.\n\n"
                f"Kunt u mij bellen op {PH(c.nl_mobile())}?\n\nMvg {P(p.full)}")
    return (f"van: {P(p.full)} <{EM(c.email(p))}>\naan: t.oomens@weerbrug.example\n\nhoi {P(th.first.lower())}\n"
            f"vandaag de vaststellingsovereenkomst gekregen van {P(boss.sur)} (HR). transitievergoeding {c.amount(3000, 9000)}, "
            f"einddatum {c.date()}. moet ik tekenen?? bedenktermijn is 14 dagen toch\n\n{P(p.first.lower())}")


def nl_huur(c, k):
    p = c.person(c.ch(["nl", "ma", "pl", "tr"]))
    ll = c.person("nl")
    a, pc, town = c.nl_addr()
    th = STAFF["thijs"]
    if k == 0:
        return (f"Geachte heer, mevrouw,\n\nMijn verhuurder, {ll.t('nl')} {P(ll.full)}, weigert de "
                f"borg van {c.amount(900, 2400)} terug te betalen voor de woning {AD(a)}, {PC(pc)} {town}. Hij zegt dat er schade is "
                f"maar er was een opleverrapport zonder opmerkingen. Bij de Huurcommissie loopt ook nog zaak HC-{c.r.randint(2024, 2025)}-"
                f"{c.r.randint(100000, 999999)} over de servicekosten.\n\nIk wil graag weten wat mijn kansen zijn.\n\n"
                f"Vriendelijke groeten,\n{P(p.full)}\nTel {PH(c.nl_mobile())}")
    return (f"NOTITIE huurzaak {P(p.sur)} / {P(ll.sur)}\n"
            f"- gehuurd: {AD(a)}, {PC(pc)} {town} (kamer 3, ingang achterom)\n- huurprijs {c.amount(550, 980)} p.m., "
            f"verhoging per 1 juli {c.r.choice(['5,5', '6,3', '4,4'])}% — toetsen aan art. 7:248 BW\n"
            f"- verhuurder particulier, geen KvK\n- zitting kantonrechter {c.date()} {c.time()}, rolnummer {c.rolnr()}\n"
            f"- zie {c.ecli()} (gebrekenregeling)\n\nvolgende stap: conclusie van antwoord. TO")


def nl_deurwaarder(c, k):
    p = c.person(c.ch(["nl", "nl", "ma", "tr"]))
    dw = c.person("nl")
    a, pc, town = c.nl_addr()
    firm = c.ch(["Gerechtsdeurwaarderskantoor Noord-Limburg", "Incasso & Deurwaarders Maas-Peel", "Deurwaarderskantoor Roerdal"])
    txt = (f"Fw: brief deurwaarder\n\nZie onderstaand, ik schrik me rot. Graag advies. {P(p.first)}\n\n"
           f"---- bijlage (overgetypt) ----\n{firm}\nDossiernummer: {c.r.randint(2024, 2025)}{c.r.randint(10000, 99999)}\n\n"
           f"Aan {p.t('nl')} {P(p.ini_sur)}\n{AD(a)}\n{PC(pc)}  {town.upper()}\n\n"
           f"BETREFT: AANZEGGING EXECUTIE / BESLAG\nNamens onze opdrachtgever {c.ch(['Energiek Zuid B.V.', 'Zorgverzekeraar Maasland', 'Telecom Plus N.V.'])} "
           f"vorderen wij {c.amount(800, 6000)} (hoofdsom, rente ex art. 6:119 BW en kosten). Indien u niet binnen 2 dagen betaalt "
           f"wordt beslag gelegd op uw loon.\n")
    if k:
        txt += f"Betalen op rekening van ons kantoor o.v.v. {c.r.randint(100000, 999999)}.\n\n{P(dw.full)}, gerechtsdeurwaarder"
    else:
        txt += f"Kandidaat-gerechtsdeurwaarder {P(dw.ini_sur)}\nExploot betekend op {c.date()}"
    return txt


def nl_wsnp(c, k):
    p = c.person(c.ch(["nl", "nl", "ma", "pl"]))
    niels = STAFF["niels"]
    return (f"Intern memo — schuldsanering {P(p.full)}\nOpgesteld door {P(niels.full)}, {c.date()}\n\n"
            f"Gegevens verzoeker: BSN {BS(c.bsn(c.ch([1, 2])))}, geb. {DOB(c.dob('nl', style=c.ch([0, 1, 2])))}, "
            f"rekening {IB(c.iban_nl())} (leefgeldrekening).\n\n"
            f"| schuldeiser | bedrag | dossier |\n|---|---:|---|\n"
            f"| Belastingdienst | {c.amount(500, 4000)} | aanslag {c.bsn_like_ref()} |\n"
            f"| Energiek Zuid B.V. | {c.amount(200, 2000)} | klantnr {c.r.randint(1000000, 9999999)} |\n"
            f"| CJIB | {c.amount(90, 700)} | beschikking {c.cjib()} |\n\n"
            f"Verzoek ex art. 284 Fw, verklaring art. 285 Fw door gemeente. Totaal schulden ca. {c.amount(9000, 40000)}.")


def nl_boete(c, k):
    p = c.person(c.ch(["nl", "nl", "tr", "ma"]))
    kt = c.kenteken()
    th = STAFF["thijs"]
    if k == 0:
        return (f"Geachte mr. {P(th.sur)},\n\nIk heb een beschikking van het CJIB gekregen (nummer {c.cjib()}) voor te hard rijden "
                f"op de A73, feitcode VA 030. Maar op {c.date()} stond mijn auto met kenteken {KT(kt)} bij de garage! "
                f"Mijn rijbewijsnummer is {ID(c.rijbewijs())} als u dat nodig heeft. Boete {c.amount(150, 450)}.\n"
                f"Administratief beroep bij de officier van justitie (art. 6 WAHV) kan nog tot {c.date()}.\n\n"
                f"mvg, {P(p.full)}")
    T = c.times(3)
    return (f"whatsapp van cliënt doorgestuurd:\n[{T[0]}] {P(p.first)}: hee, weer een boete 🙄 kenteken {KT(kt)} "
            f"zogenaamd door rood (feitcode R 526a) maar ik reed niet, mijn zwager had de auto\n"
            f"[{T[1]}] {P(p.first)}: kunnen jullie bezwaar maken? beschikking {c.cjib()}\n"
            f"[{T[2]}] Weerbrug Advocaten: Stuur aub een foto van de beschikking, dan kijkt mr. {P(th.sur)} ernaar.")


def nl_derdengelden(c, k):
    p = c.person(c.ch(["nl", "nl", "be", "tr"]))
    fe = STAFF["femke"]
    ib = c.iban_nl() if k == 0 else c.iban_be()
    got = c.r.randint(1000, 15000)
    fmt = lambda v: "€ " + f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return (f"Derdengelden – uitbetalingsopdracht\nDossier: {c.dossier(c.ch(['TO', 'JH', 'KDW']))}\n"
            f"Ontvangen van wederpartij: {fmt(got)} op {c.date()} (ref. {c.r.randint(10**11, 10**12 - 1)})\n"
            f"Uit te betalen aan cliënt: {fmt(got * 0.85)} (na verrekening declaratie)\nIBAN: {IB(ib)}\nt.n.v.: {P(p.ini_sur)}\n"
            f"Omschrijving: uitkering schikking {c.zaaknr()}\n\nTweede handtekening nodig (vier-ogen). Verwerkt door {P(fe.full)}.\n"
            f"NB: NIET vanaf de kantoorrekening {ORG_IBAN_OFFICE} maar van de derdengeldrekening.")


def nl_whatsapp(c, k):
    p = c.person(c.ch(["nl", "ma", "tr", "be"]))
    mar = STAFF["marloes"]
    a, pc, town = c.nl_addr()
    T = c.times(5)
    return (f"[{c.date()} {T[0]}] {P(p.first.lower())}: goeiemorgen! moet ik morgen echt naar de rechtbank in roermond 😬\n"
            f"[{T[1]}] Weerbrug ({P(mar.first)}): Goedemorgen! Ja, de mondelinge behandeling is om {c.time()} in zaak {c.zaaknr()}. "
            f"Mr. {P(STAFF['jorien'].sur)} is er 20 min eerder.\n"
            f"[{T[2]}] {P(p.first.lower())}: ok. trouwens ik ben verhuisd naar {AD(a)} {PC(pc)} dus post graag daar heen\n"
            f"[{T[3]}] {P(p.first.lower())}: en mijn nieuwe nummer is {PH(c.nl_mobile())}\n"
            f"[{T[4]}] Weerbrug ({P(mar.first)}): Genoteerd 👍")


def nl_wederpartij(c, k):
    cl = c.person(c.ch(["nl", "nl", "be"]))
    adv = c.person("nl")
    firm = c.ch(["Maasdal Advocaten", "Kortenhof & Partners", "Peelland Legal"])
    dom = {"Maasdal Advocaten": "maasdaladvocaten.nl", "Kortenhof & Partners": "kortenhofpartners.nl", "Peelland Legal": "peellandlegal.nl"}[firm]
    em = f"{ascii_fold(adv.first[0]).lower()}.{ascii_fold((adv.tv + adv.last).replace(' ', '')).lower()}@{dom}"
    th = STAFF["thijs"] if k == 0 else STAFF["jorien"]
    return (f"Van: mr. {P(adv.full)} <{EM(em)}>\nAan: {P(th.full)}\nOnderwerp: {P(cl.sur)} / {c.ch(['Woonstichting Maasoever', 'Logistiek Blerick B.V.'])} – {c.zaaknr()}\n\n"
            f"Geachte confrère,\n\nIn bovengenoemde zaak bericht ik u dat cliënte bereid is tot een regeling van {c.amount(2000, 8000)}, "
            f"finaal en zonder erkenning van aansprakelijkheid. De roldatum van {c.date()} zal ik laten aanhouden (pro forma). "
            f"Graag uw reactie voor {c.date()}; ik ben ook telefonisch bereikbaar op {PH(c.nl_land())}.\n\n"
            f"Met collegiale groet,\n\nmr. {P(adv.ini_sur)}\n{firm}")


def nl_faillissement(c, k):
    p = c.person(c.ch(["nl", "nl", "tr", "be"]))
    cur = c.person("nl")
    trade = c.ch(["Schildersbedrijf", "Klusbedrijf", "Hoveniersbedrijf", "Kapsalon"])
    name = f"{trade} {c.ch(['De Maasboog', 'Peelkracht', 'Tegelse Vakman', 'Het Wilgenhof'])}"
    if k == 0:
        return (f"Goedendag,\n\nMijn eenmanszaak {name} (KvK {KVK(c.kvk())}) gaat niet meer. Ik heb nog een oud btw-nummer op de "
                f"facturen staan: {BS('NL' + c.bsn() + 'B01')}, het nieuwe btw-id is {BTW(c.btw())}. De Belastingdienst heeft "
                f"een faillissementsaanvraag aangekondigd. Kan ik zelf nog schuldsanering (WSNP) aanvragen?\n\nGroet,\n{P(p.full)}")
    return (f"Dossiernotitie faillissement {name}\nRechtbank Limburg, faillissementsnummer C/03/25/{c.r.randint(100, 499)} F, "
            f"uitgesproken {c.date()}\nCurator: mr. {P(cur.full)}\nGefailleerde: {P(p.full)}, KvK {KVK(c.kvk())}, btw-id {BTW(c.btw())}\n"
            f"Zakelijke rekening {IB(c.iban_nl(False))} is door de curator geblokkeerd (art. 23 Fw).\n"
            f"Verificatievergadering: {c.date()}. Onze declaratie {c.factnr()} ({c.amount(400, 1800)}) indienen als boedelvordering? — NH")


def nl_adreswijziging(c, k):
    p = c.person(c.ch(["nl", "nl", "ma", "pl"]))
    a, pc, town = c.nl_addr()
    a2, pc2, town2 = c.nl_addr()
    if k == 0:
        return (f"Onderwerp: adreswijziging {c.dossier('TO')}\n\nGoedemiddag,\n\nPer {c.date()} woon ik niet meer op {AD(a)} maar op "
                f"{AD(a2)}, {PC(pc2)} {town2}. Wilt u de post voortaan daarheen sturen? Mijn e-mailadres blijft {EM(c.email(p))}.\n\n"
                f"Groeten,\n{P(p.ini_sur)}")
    return (f"ADRESWIJZIGING CLIËNT\nNaam: {P(p.sur_given)}\nOud: {AD(a)}, {PC(pc)} {town}\nNieuw: {AD(a2)}, {PC(pc2)} {town2}\n"
            f"Ingangsdatum: {c.date()}\nIngevoerd in Kleos door secretariaat, relatienr. R{c.r.randint(10000, 99999)}")


def nl_dagvaarding(c, k):
    eis = c.person(c.ch(["nl", "nl", "be"]))
    ged = c.person(c.ch(["nl", "ma", "tr"]))
    a, pc, town = c.nl_addr()
    th = STAFF["thijs"]
    return (f"CONCEPT DAGVAARDING (kantonzaak)\n\nHeden, de {c.date()}, op verzoek van {P(eis.full)}, wonende te {town}, "
            f"voor wie woonplaats wordt gekozen ten kantore van Weerbrug Advocaten, Keulsepoort 21, 5911 BX Venlo, van welk kantoor "
            f"mr. {P(th.ini_sur)} als gemachtigde optreedt;\n\nheb ik, {c.ch(['_______', '[naam deurwaarder]'])}, gerechtsdeurwaarder,\n\n"
            f"GEDAGVAARD:\n{P(ged.full)}, wonende te ({PC(pc)}) {town}, {AD(a)}, geboren op {DOB(c.dob('nl', style=2))},\n\n"
            f"om op {c.date()} om 09:30 uur te verschijnen ter terechtzitting van de kantonrechter, rechtbank Limburg, locatie Venlo. "
            f"Vordering: {c.amount(3000, 24000)} wegens onbetaalde huur, vermeerderd met de wettelijke rente (art. 6:119 BW).")


def nl_portal_login(c, k):
    p = c.person(c.ch(["nl", "be", "nl"]))
    ip = c.ip()
    return (f"[Cliëntportaal Weerbrug] Beveiligingsmelding\n\nBeste {P(p.first)},\n\nEr is ingelogd op uw account "
            f"{EM(c.email(p))} op {c.date()} om {c.time()} vanaf IP-adres {IP(ip)} ({c.ch(['Venlo', 'Eindhoven', 'onbekende locatie'])}, "
            f"{c.ch(['Chrome 124 op Windows', 'Safari op iPhone', 'Firefox 128.0.3'])}). Was u dit niet? Wijzig dan direct uw wachtwoord "
            f"via portaal.weerbrug.example/beveiliging.\n\nDeze melding is automatisch verstuurd; reageren is niet mogelijk.\n"
            f"Melding-ID SEC-{c.r.randint(100000, 999999)}")


def nl_zzp(c, k):
    p = c.person(c.ch(["nl", "nl", "be"]))
    debt = c.person(c.ch(["nl", "tr", "ma"]))
    a, pc, town = c.nl_addr()
    kvk, btw = c.kvk(), c.btw()
    return (f"Beste mr. {P(STAFF['niels'].sur)},\n\nEen klant van mij, {P(debt.full)} ({AD(a)}, {PC(pc)} {town}), betaalt mijn factuur "
            f"{c.factnr()} van {c.amount(1500, 9000)} al 4 maanden niet. Aanmaning en 14-dagenbrief (art. 6:96 lid 6 BW) zijn verstuurd. "
            f"Kunt u incasseren of dagvaarden?\n\nMijn gegevens: {c.ch(['Installatietechniek', 'Timmerbedrijf', 'Fotostudio'])} "
            f"{c.ch(['Maaskant', 'Hoogveld', 'Zonnedal'])}, KvK-nummer {KVK(kvk)}, btw {BTW(btw)}.\n\n"
            f"Met vriendelijke groet,\n{P(p.full)}\n{PH(c.nl_mobile())}")


def nl_ziek(c, k):
    p = c.person(c.ch(["nl", "nl", "tr", "pl"]))
    ba = c.person("nl")
    th = STAFF["thijs"]
    return (f"Hoi {P(th.first)},\n\nUpdate in de zaak {P(p.sur)}: cliënt is sinds {c.date()} ziek uit de running (burn-out). "
            f"Werkgever stopt de loondoorbetaling omdat hij niet meewerkt aan de re-integratie. De bedrijfsarts, dokter "
            f"{P(ba.sur)}, heeft hem volgens mij niet eens gezien. Deskundigenoordeel UWV aangevraagd, kenmerk UWV-{c.r.randint(1000000, 9999999)}.\n"
            f"Loonvordering o.g.v. art. 7:629 BW? Cliënt is bereikbaar op {PH(c.nl_mobile())} (liever na 11 uur).\n\n{P(STAFF['niels'].first)}")


def nl_alimentatie(c, k):
    p = c.person(c.ch(["nl", "nl", "be", "ma"]), "f")
    ex = c.person(p.origin, "m")
    jor = STAFF["jorien"]
    return (f"Alimentatieberekening {P(p.sur)} — concept {c.date()}\n\n"
            f"Draagkracht man: netto besteedbaar inkomen {c.amount(2500, 4200)}, draagkrachtruimte 70% = {c.amount(400, 900)}.\n"
            f"Behoefte kinderen volgens tabel 2025: {c.amount(500, 900)} p.m.\nPartneralimentatie (art. 1:157 BW), duur 5 jaar (art. 1:157 lid 3).\n\n"
            f"Betaling door {P(ex.full)} op rekening {IB(c.iban_nl(True).replace(' ', chr(160), 1) if k else c.iban_nl())} van cliënte, t.n.v. {P(p.ini_sur)}; eerste termijn per {c.date()}.\n"
            f"Indexering per 1 januari (wettelijk {c.r.choice(['3,6', '2,8', '3,1'])}%).\n\n-- {P(jor.ini_sur)}")


def nl_free_autoreply(c, k):
    if k == 0:
        return (f"Automatisch antwoord: Afwezig\n\nDank voor uw bericht. Ik ben afwezig tot en met {c.date()} en heb beperkt toegang tot "
                f"mijn e-mail. Voor spoedeisende zaken (bijv. een kort geding of een beslag) kunt u het secretariaat bellen via "
                f"077 354 2200 of mailen naar secretariaat@weerbrug.example. Cliënten van ons kantoor in Gent bellen 09 233 41 70.\n\n"
                f"Weerbrug Advocaten · Keulsepoort 21 · 5911 BX Venlo · Postbus 3120, 5902 RC Venlo")
    return (f"AUTOMATISCH ANTWOORD — ontvangstbevestiging\n\nWij hebben uw bericht ontvangen onder ticketnummer WB-{c.r.randint(100000, 999999)}. "
            f"Binnen 2 werkdagen neemt een medewerker contact met u op. Let op: termijnen (bijv. een appeltermijn van 3 maanden of "
            f"een bezwaartermijn van 6 weken) lopen door; neem bij twijfel telefonisch contact op: +31 (0)77 354 22 00 of WhatsApp "
            f"06 4127 9035 (ma–vr 9–17 uur).\n\n{FOOTER_NL}")


def nl_free_rol(c, k):
    return (f"[Mijn Rechtspraak] Nieuw bericht in uw zaak\n\nZaaknummer: {c.zaaknr()}\nInstantie: Rechtbank Limburg, team kanton Venlo\n"
            f"Soort bericht: {c.ch(['Proces-verbaal van de mondelinge behandeling', 'Tussenvonnis', 'Roljournaal bijgewerkt'])}\n"
            f"Datum bericht: {c.date()} {c.time()}\nVolgende roldatum: {c.date()} (conclusie van antwoord)\n\n"
            f"Uw referentie: {c.not_bsn9()}. Log in op Mijn Rechtspraak om het bericht te lezen. Dit bericht is automatisch verzonden; "
            f"kenmerk {c.r.randint(10**8, 10**9 - 1)}-{c.r.randint(10, 99)}.")


def eur(v):
    return "€ " + f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def invoice_lines(c):
    hours = c.r.randint(6, 56) / 4
    rate = c.r.choice([195, 215, 235, 250, 265])
    fee = round(hours * rate, 2)
    kk = round(fee * 0.05, 2)
    gr = c.r.choice([0, 0, 90, 241, 688])
    sub = round(fee + kk, 2)
    vat = round(sub * 0.21, 2)
    return hours, rate, fee, kk, gr, sub, vat, round(sub + vat + gr, 2)


def nl_free_factuur(c, k):
    hours, rate, fee, kk, gr, sub, vat, tot = invoice_lines(c)
    return (f"Factuur {c.factnr()} – Weerbrug Advocaten\n\nFactuurdatum: {c.date()}\nDossier: {c.dossier(c.ch(['TO', 'JH', 'NH']))}\n"
            f"Werkzaamheden: {str(hours).replace('.', ',')} uur à {eur(rate)}: {eur(fee)}\n"
            f"Kantoorkosten 5%: {eur(kk)}\nSubtotaal: {eur(sub)}\nbtw 21%: {eur(vat)}\nGriffierecht (doorbelast, geen btw): {eur(gr)}\n"
            f"Totaal: {eur(tot)}\n\n"
            f"Gelieve binnen 14 dagen te voldoen op {spaced_iban(ORG_IBAN_OFFICE)} t.n.v. Weerbrug Advocaten B.V. o.v.v. "
            f"factuurnummer {c.bsn_like_ref()}.\nBetalingskenmerk: {c.cjib().replace('9', '7', 1)}\nKvK 74019386 · btw {ORG_BTW}")


def nl_free_planning(c, k):
    return (f"Weekplanning sectie familie/arbeid – week {c.r.randint(2, 50)}\n\n"
            f"ma {c.date()}  {c.time()}  zitting {c.zaaknr()}  (JH)\n"
            f"di            {c.time()}  intake nieuwe cliënten, 3 gesprekken, spreekkamer 2\n"
            f"wo            {c.time()}  KG {c.rolnr()}, pleitnota af? (TO)\n"
            f"do            hele dag Gent, kantoor Kouterdreef 8 (KDW)\n"
            f"vr            {c.time()}  kantooroverleg – nieuwe alimentatienormen, {c.ecli()}\n\n"
            f"Let op: griffierecht 2025 onvermogenden {c.amount(86, 90)}, natuurlijke personen {c.amount(300, 320)}.")


def nl_free_blog(c, k):
    if k == 0:
        return (f"Nieuwsbrief Weerbrug – huurrecht\n\nPer 1 juli 2025 mag de huur van een sociale huurwoning met maximaal "
                f"{c.r.choice(['5,0', '4,1', '6,0'])}% stijgen. Bij een geliberaliseerde woning geldt de maximering uit art. 7:248 lid 4 BW. "
                f"De Hoge Raad oordeelde in {c.ecli()} dat een indexeringsbeding oneerlijk kan zijn. Twijfelt u? Bel ons op "
                f"077 354 2200.\n\n#huurrecht #huurverhoging #Venlo  @WeerbrugAdvocaten")
    return (f"📢 Nieuw op onze site: wat verandert er in het arbeidsrecht in 2025?\n- transitievergoeding max. {c.amount(98000, 99000)} "
            f"of één jaarsalaris\n- wettelijk minimumloon {c.amount(13, 14)} per uur\n- uitspraak {c.ecli()} over de "
            f"ketenregeling (art. 7:668a BW)\nLees verder op weerbrug.example/blog 👉 #arbeidsrecht #ontslag")


def nl_free_dms(c, k):
    return (f"[DMS] Synchronisatie voltooid\n\nServer: dms01.intern ({c.ch(['10.20.4.15', '192.168.40.12', '172.16.8.3'])}), "
            f"versie {c.r.randint(7, 9)}.{c.r.randint(0, 9)}.{c.r.randint(0, 20)}.{c.r.randint(100, 999)}\n"
            f"Documenten verwerkt: {c.r.randint(100, 3000)} · fouten: {c.r.randint(0, 3)}\n"
            f"Laatste document: DOC-2025-{c.r.randint(100000, 999999)} (dossier {c.dossier('TO')}), {c.date()} {c.time()}:{c.r.randint(10, 59)}\n"
            f"Back-up naar \\\\nas02\\backup\\{c.r.randint(2024, 2025)}{c.r.randint(10, 12)}{c.r.randint(10, 28)} geslaagd. "
            f"Volgende run: {c.time()}. Checksum {hashlib.sha1(str(c.r.random()).encode()).hexdigest()[:12]}")


def nl_free_vraag(c, k):
    if k == 0:
        return ("hallo, ik heb een vraag. mijn huisbaas wil dat ik eruit ga omdat hij het huis wil verkopen, mag dat zomaar? ik huur "
                "al 11 jaar en betaal altijd op tijd. en hoeveel kost het als jullie mij helpen, krijg ik een toevoeging? "
                "ik verdien ongeveer 1900 netto. alvast bedankt")
    return ("Goedendag, ik ga scheiden na 14 jaar. We hebben een koophuis (WOZ 385.000) en 2 kinderen van 9 en 12. Hoe lang duurt een "
            "echtscheidingsprocedure ongeveer en wat zijn de kosten? Werken jullie ook met mediation? Vriendelijke groet")


def nl_free_social(c, k):
    if k == 0:
        return (f"@huurder_venlo78 Goed dat u het vraagt! Een huurverhoging moet u minstens 3 maanden van tevoren krijgen. Stuur ons "
                f"een DM of bel 077 354 2200, dan kijken we mee 🙂 ^WA")
    return (f"Reactie op post van @maasdal_nieuws: Wij zijn ook in {c.date()} weer aanwezig op het juridisch spreekuur in de "
            f"bibliotheek Venlo (19:00–20:30, gratis). Geen afspraak nodig! #gratisadvies #advocaat #Venlo")


def nl_free_derden_batch(c, k):
    rows = "\n".join(f"{c.r.randint(1, 28):02d}-{c.r.randint(1, 12):02d}-2025  {c.dossier(c.ch(['TO', 'JH', 'NH', 'KDW']))}  {c.amount(100, 20000):>12}  NL** **** **** **{c.r.randint(10, 99)} {c.r.randint(10, 99)}  "
                     f"{c.ch(['ontvangst wederpartij', 'uitbetaling cliënt', 'doorstorting griffierecht', 'retour'])}" for _ in range(4))
    return (f"Derdengelden – dagrapport {c.date()}\nRekening: Stichting Derdengelden Weerbrug Advocaten {spaced_iban(ORG_IBAN_TRUST)}\n\n"
            f"datum       dossier         bedrag        tegenrekening          omschrijving\n{rows}\n\n"
            f"Saldo begin {c.amount(50000, 200000)} · eind {c.amount(50000, 200000)} · batch-ID DG-{c.r.randint(1000, 9999)}")


def nl_free_uren(c, k):
    return (f"Herinnering urenregistratie\n\nNog niet alle uren van week {c.r.randint(2, 50)} zijn geschreven. Toevoegingszaken "
            f"graag op activiteitcode 41 (forfaitair), betalende cliënten op 10 (tarief {c.amount(195, 265)} excl. btw). "
            f"Deadline: {c.date()} {c.time()}. Ordners met label {c.product_plate()} graag terug naar het archief. Vragen? Toestel 214 of intranet.weerbrug.example/uren.\n— Kantoormanagement")


def nl_free_mijnrechtspraak(c, k):
    return (f"Onderwerp: RE: termijn hoger beroep {c.dossier('JH')}\n\nCheck: vonnis gewezen op {c.date()}, appeltermijn 3 maanden "
            f"(art. 339 Rv), dus uiterlijk {c.date()} appeldagvaarding uitbrengen. In familiezaken geldt art. 358 Rv. "
            f"Zie ook {c.ecli()} en {c.ecli()}. Productie 7 (bankafschriften) ontbreekt nog in het procesdossier.\n\n"
            f"> Kun je de termijn nog even checken?\n> Dossier zit in Kleos onder {c.dossier('JH')}.")


# ==============================================================================================
# scenarios — English
# ==============================================================================================
def en_tenancy(c, k):
    p = c.person(c.ch(["uk", "uk", "pl"]))
    ll = c.person("nl")
    a, pc, town = c.nl_addr()
    th = STAFF["thijs"]
    if k == 0:
        return (f"Dear Mr {P(th.sur)},\n\nMy landlord, {ll.t('en')} {P(ll.full)}, is keeping my deposit of {c.amount(1200, 3000)} for the flat at "
                f"{AD(a)}, {PC(pc)} {town}. I moved out on {c.date('en')} and handed over the keys. He claims I damaged the floor but the "
                f"check-in report says it was already scratched.\n\nI'm back in the UK now, you can reach me on {PH(c.uk_phone())} or "
                f"{EM(c.email(p, 'uk'))}.\n\nBest wishes,\n{P(p.full)}")
    return (f"hi, quick q - landlord ({P(ll.sur)}) wants to raise rent by 9% from 1 july, is that even allowed?? contract says "
            f"indexation CPI + 3%. address is {AD(a)} {PC(pc)} {town}. thanks, {P(p.first.lower())}")


def en_dismissal(c, k):
    p = c.person(c.ch(["uk", "pl", "uk"]))
    mgr = c.person("nl")
    th = STAFF["thijs"]
    return (f"Subject: settlement agreement – {P(p.full)}\n\nHi {P(th.first)},\n\nThanks for the call. My manager {P(mgr.full)} sent the "
            f"final draft of the vaststellingsovereenkomst today. Key terms: end date {c.date('en')}, transition payment "
            f"{c.amount(4000, 15000)} gross, garden leave from {c.date('en')}, non-compete (clause 9) waived.\n\n"
            f"They ask for my bank details for the final payment; it's {IB(c.iban_nl())}. Is clause 12 (confidentiality, penalty "
            f"{c.amount(5000, 10000)}) standard?\n\nCheers,\n{P(p.first)}\n{PH(c.nl_mobile())}")


def en_divorce(c, k):
    p = c.person("uk")
    sp = c.person(c.ch(["nl", "uk"]), "m" if p.sex == "f" else "f")
    kid = c.relative(sp)
    jor = STAFF["jorien"]
    return (f"Dear {P(jor.first)},\n\nAs requested, the details for the divorce petition:\n\n"
            f"Me: {P(p.full)}, born {DOB(c.dob('en', 1970, 1990, style=0))}, British passport no. {ID(str(c.r.randint(100000000, 999999999)))}\n"
            f"My {'husband' if sp.sex == 'm' else 'wife'}: {P(sp.full)}, date of birth {DOB(c.dob('en', 1970, 1990, style=c.ch([1, 2])))}\n"
            f"Our son {P(kid.first)}, born {DOB(c.dob('en', 2012, 2020, 0))}\n\n"
            f"We married in Manchester on {c.date('en', 2011)}. I'd like to keep living in the house until {P(kid.first)} finishes "
            f"school in {c.r.randint(2027, 2031)}.\n\nKind regards,\n{P(p.first)}")


def en_intake(c, k):
    p = c.person(c.ch(["uk", "pl", "uk", "be"]))
    a, pc, town = c.nl_addr()
    area, msg = c.ch([("Tenancy", "I received a summons for rent arrears and the hearing is in 3 weeks."),
                      ("Employment", "My employer has not paid my salary for 2 months."),
                      ("Family", "I need help with a residence arrangement for my children.")])
    return (f"Contact form (EN) – weerbrug.example/en/contact\nSubmitted: {c.date('en')} {c.time()}\n\n"
            f"Full name ........ {P(p.full)}\nDate of birth .... {DOB(c.dob('en', style=c.ch([2, 3])))}\n"
            f"Citizen service number (BSN) .... {BS(c.bsn(c.ch([0, 1, 2])))}\nAddress .......... {AD(a)}, {PC(pc)} {town}\n"
            f"Email ............ {EM(c.email(p, 'uk'))}\nPhone ............ {PH(c.nl_mobile(3))}\n"
            f"Area of law ...... {area}\n"
            f"Message .......... {msg}\n"
            f"Consent privacy statement: yes (v3.2)")


def en_card(c, k):
    p = c.person(c.ch(["uk", "uk", "pl"]))
    fe = STAFF["femke"]
    card = c.card()
    return (f"Hello,\n\nI'd like to pay invoice {c.factnr()} ({c.amount(300, 2500)}) by credit card as I don't have a Dutch bank account yet. "
            f"Card number {CC(card)}, expiry {c.r.randint(1, 12):02d}/{c.r.randint(26, 30)}, name on card {P(p.ini_sur.upper())}.\n\n"
            f"Thanks,\n{P(p.full)}\n\n-----\nInternal ({P(fe.first)}): card details NOT stored, client called back and asked to use the "
            f"payment link instead. Masked in Kleos as **** **** **** {card.replace(' ', '').replace('-', '')[-4:]}.")


def en_chat(c, k):
    p = c.person(c.ch(["uk", "be", "pl"]))
    kar = STAFF["karolien"]
    ph = c.be_mobile() if k == 0 else c.uk_phone()
    T = iter(c.times(8))
    return (f"Live chat transcript – {c.date('en')}\n[{next(T)}] Visitor: hi, I live in Gent and got a letter from a bailiff (gerechtsdeurwaarder) "
            f"about an old phone bill\n[{next(T)}] {P(kar.full)} (Weerbrug Gent): Hello, may I have your name?\n"
            f"[{next(T)}] Visitor: {P(p.full)}\n[{next(T)}] {P(kar.first)}: Thank you {P(p.first)}. Is there a reference (rolnummer / A.R.) "
            f"on the letter?\n[{next(T)}] Visitor: it says A.R. {c.r.randint(24, 25)}/{c.r.randint(1000, 4999)}/A and amount {c.amount(200, 1200)}\n"
            f"[{next(T)}] {P(kar.first)}: I'll call you back today. Best number?\n[{next(T)}] Visitor: {PH(ph)}\n"
            f"[{next(T)}] {P(kar.first)}: Noted. Chat closed, ticket GNT-{c.r.randint(10000, 99999)}.")


def en_traffic(c, k):
    p = c.person(c.ch(["uk", "pl"]))
    kt = c.kenteken(0)
    return (f"Hi there,\n\nI got a fine from the CJIB ({c.amount(100, 400)}, decision no. {c.cjib()}) for a car with number plate "
            f"{KT(kt)} on {c.date('en')}. I sold that car in {c.ch(['March', 'April', 'May'])} but the buyer apparently never "
            f"registered it at RDW. My driving licence number is {ID(c.rijbewijs())} in case you need it. Can you file an appeal "
            f"(I believe under the Mulder Act)?\n\nRegards,\n{P(p.full)}")


def en_bailiff(c, k):
    p = c.person(c.ch(["uk", "pl", "uk"]))
    dw = c.person("nl")
    a, pc, town = c.nl_addr()
    return (f"Fwd: official letter?\n\nCan someone explain what this is? Google translate says 'garnishment'.\n{P(p.first)}\n\n"
            f"--- forwarded text ---\nGerechtsdeurwaarder {P(dw.full)}\nExploot van beslaglegging onder derden, dossier "
            f"{c.r.randint(2024, 2025)}/{c.r.randint(10000, 99999)}\nGerekwestreerde: {P(p.full)}, wonende te {AD(a)}, {PC(pc)} {town}\n"
            f"Vordering: {c.amount(1000, 7000)} ex art. 475 Rv\nDatum: {c.date('en')}")


def en_call_note(c, k):
    p = c.person(c.ch(["uk", "pl", "be"]))
    mar = STAFF["marloes"]
    return (f"Call note {c.date('en')} {c.time()} – logged by {P(mar.full)}\nCaller: {P(p.full)} (English speaking)\n"
            f"Call back on: {PH(c.uk_phone() if k == 0 else c.nl_mobile())}\nRe: alimony, ex-partner stopped paying since {c.date('en')}. "
            f"Arrears approx. {c.amount(800, 4000)}. Wants to know whether LBIO can collect. Case {c.zaaknr()}.\n"
            f"Action: {P(STAFF['jorien'].first)} to call back tomorrow morning.")


def en_solicitor(c, k):
    sol = c.person("uk")
    cl = c.person(c.ch(["nl", "be"]))
    jor = STAFF["jorien"]
    em = f"{ascii_fold(sol.first).lower()}.{ascii_fold(sol.last).lower()}@hartwell-legal.co.uk"
    return (f"From: {P(sol.full)} <{EM(em)}>\nTo: {P(jor.full)}\nSubject: Maintenance – {P(cl.sur)} / our ref HL/{c.r.randint(1000, 9999)}/FAM\n\n"
            f"Dear Ms {P(jor.sur)},\n\nWe act for the father in the above matter. Our client proposes child maintenance of "
            f"{c.amount(300, 700, '£')} per month under the 2007 Hague Convention. Please note the Dutch hearing on {c.date('en')} "
            f"(your case {c.zaaknr()}).\n\nYou can reach me directly on {PH(c.uk_phone())}.\n\nYours sincerely,\n\n{P(sol.full)}\n"
            f"Partner, Hartwell Legal LLP")


def en_smallbiz(c, k):
    p = c.person(c.ch(["uk", "pl", "tr"]))
    dn = c.ch(["Bramble Design", "North Sea Catering", "Cloudberry Translations"])
    return (f"Dear Weerbrug team,\n\nI run a sole proprietorship, {dn} (Chamber of Commerce no. {KVK(c.kvk())}, VAT ID {BTW(c.btw())}). "
            f"A client owes me {c.amount(2000, 12000)} for work done in {c.ch(['spring', 'summer'])} and now says his company is going "
            f"bankrupt. Can I still claim from him personally? I signed no personal guarantee myself.\n\n"
            f"Best,\n{P(p.full)}\n{PH(c.nl_mobile())}")


def en_login(c, k):
    p = c.person(c.ch(["uk", "be", "pl"]))
    ip = c.ip()
    return (f"Security alert – Weerbrug client portal\n\nHi {P(p.first)},\n\nWe noticed {c.r.randint(3, 9)} failed sign-in attempts on your account "
            f"({EM(c.email(p, 'uk'))}) from IP address {IP(ip)} on {c.date('en')} at {c.time()} UTC. Your account has been locked for "
            f"30 minutes.\n\nIf this was you, no action is needed. Otherwise please contact us at +31 77 354 2200.\n\nEvent ID {c.r.randint(10**7, 10**8 - 1)}")


def en_id_check(c, k):
    p = c.person(c.ch(["uk", "pl", "tr"]))
    niels = STAFF["niels"]
    if k == 0:
        docline = f"Document: Dutch residence permit, number {ID(c.doc_res())}, valid until {c.date('en', 2029)}"
    else:
        docline = f"Document: passport no. {ID(str(c.r.randint(100000000, 999999999)))} (UK), expiry {c.date('en', 2031)}"
    return (f"Client identification (Wwft / Verordening op de advocatuur art. 7.5)\nClient: {P(p.full)}\nDOB: {DOB(c.dob('en', style=c.ch([0, 2])))}\n"
            f"{docline}\nCopy stored in DMS, original seen by {P(niels.full)} on {c.date('en')}.\nPEP check: negative. Risk: low.")


def en_refund(c, k):
    p = c.person("uk")
    fe = STAFF["femke"]
    ib = c.iban_gb("GB" if k == 0 else "IE")
    return (f"Hi {P(fe.first)},\n\nThanks for letting me know the settlement money arrived in your client account. Please transfer my share to "
            f"my account back home: IBAN {IB(ib)}, account holder {P(p.full)}. BIC {c.ch(['NWBKGB2L', 'BARCGB22', 'AIBKIE2D'])}.\n\n"
            f"I understand you keep {c.amount(200, 900)} for the final invoice.\n\nMany thanks,\n{P(p.first)}\n\n"
            f"On {c.date('en')}, {P(fe.full)} wrote:\n> Dear {P(p.first)}, the amount has been received on our trust account. Please confirm your bank details.\n>\n"
            + quote(sig_en("femke", "Trust account administration")))


def en_dm(c, k):
    p = c.person(c.ch(["uk", "tr", "ma"]))
    return (f"Instagram DM to {ORG_HANDLES[1]}\n@{ascii_fold(p.first).lower()}_{c.r.randint(80, 99)}: hey!! 👋 my boss hasn't paid me for 6 weeks "
            f"and keeps ignoring my texts 😡 can someone call me? {PH(c.nl_mobile())} – {P(p.first)}\n"
            f"@weerbrug_advocaten: Hi! Sorry to hear that. One of our lawyers will call you tomorrow. Please don't share documents here, "
            f"use weerbrug.example/upload 🙏")


def en_alimony_change(c, k):
    p = c.person(c.ch(["uk", "nl", "be"]))
    a, pc, town = c.be_addr() if k == 0 else c.nl_addr()
    ib = c.iban_be() if k == 0 else c.iban_nl()
    return (f"Dear Ms {P(STAFF['jorien'].sur)},\n\nPlease note my new address from {c.date('en')}: {AD(a)}, {PC(pc)} {town}. "
            f"The alimony (ruling in case {c.zaaknr()}) should from now on be paid into {IB(ib)}. "
            f"Could you inform my ex-husband's lawyer?\n\nKind regards,\n{P(p.ini_sur)}")


# --- English, no personal data
def en_free_autoreply(c, k):
    return (f"Auto-reply: Thank you for contacting Weerbrug Lawyers. Our offices in Venlo and Gent are closed on {c.date('en')} "
            f"({c.ch(['public holiday', 'staff training'])}). Urgent matters: +31 77 354 2200 (Venlo) or +32 9 233 41 70 (Gent). "
            f"For the trust account (Stichting Derdengelden Weerbrug Advocaten) please quote your file number, e.g. {c.dossier('TO')}.")


def en_free_fees(c, k):
    return (f"Fees 2025 – Weerbrug Lawyers\n\nInitial consultation (30 min): free\nHourly rate partner: {c.amount(240, 280)} excl. 21% VAT\n"
            f"Hourly rate associate: {c.amount(180, 220)}\nOffice expenses: 5%\nCourt fees (griffierecht) 2025, claims up to € 12.500: "
            f"{c.amount(130, 250)}\nLegal aid (toevoeging): own contribution from {c.amount(220, 240)}\n\nQuestions? info@weerbrug.example")


def en_free_system(c, k):
    return (f"[IT] Planned maintenance {c.date('en')} 22:00–23:30 CET\n\nThe document management system (build {c.r.randint(5, 9)}.{c.r.randint(0, 12)}."
            f"{c.r.randint(0, 40)}) and the VPN gateway vpn.weerbrug.example will be unavailable. Internal DNS 10.20.0.2 and 10.20.0.3 "
            f"unaffected. Ticket INC-{c.r.randint(10000, 99999)}. Please log off before 21:45.")


def en_free_question(c, k):
    if k == 0:
        return ("Hello, I'm an expat working in Eindhoven on a fixed-term contract (12 months). My employer says they won't renew. Do I "
                "have a right to a transition payment? I've been there 11 months. Do you offer consultations in English? Thanks!")
    return ("Hi, how long does an uncontested divorce take in the Netherlands if we both agree and have no children? We married in "
            "Leeds in 2016. Rough cost estimate appreciated.")


def en_free_court(c, k):
    return (f"Reminder: oral hearing in case {c.zaaknr()}\nCourt: District Court of Limburg, Venlo location, room {c.r.randint(1, 9)}\n"
            f"Date/time: {c.date('en')}, {c.time()}\nBring: ID, payslips (last 3), statement of income tax 2024\n"
            f"Interpreter (English) booked, reference TOLK-{c.r.randint(1000, 9999)}. Parking: P-Maaspoort.")


def en_free_social(c, k):
    return (f"🎉 We're hiring! Weerbrug Lawyers is looking for a legal secretary (32–36 hrs) for our Venlo office. Dutch + English "
            f"required, German a plus. Salary scale {c.amount(2900, 3100)}–{c.amount(3800, 4200)}. Apply via weerbrug.example/jobs "
            f"before {c.date('en')}. #vacancy #Venlo #legaljobs")


def en_free_invoice(c, k):
    return (f"Payment reminder – invoice {c.factnr()}\n\nOur records show an outstanding amount of {c.amount(300, 3000)}, due since "
            f"{c.date('en')}. Please pay within 7 days to {ORG_IBAN_OFFICE} (Weerbrug Advocaten B.V., BIC RABONL2U), quoting "
            f"reference {c.r.randint(10**9, 10**10 - 1)}. Card payments: last digits on file **** {c.r.randint(1000, 9999)}. "
            f"If you have already paid, please disregard this reminder.")


def en_free_it(c, k):
    return (f"Ticket #{c.r.randint(4000, 9999)} – printer 2nd floor\nStatus: resolved\nThe Ricoh (asset tag WB-PR-{c.r.randint(10, 99)}, "
            f"IP 192.168.40.{c.r.randint(20, 250)}) was offline after firmware {c.r.randint(1, 3)}.{c.r.randint(10, 90)}.{c.r.randint(0, 9)}. "
            f"Reset done, test page OK at {c.time()}. Serial E{c.r.randint(10**8, 10**9 - 1)}.")


def en_free_news(c, k):
    return (f"Case note: Supreme Court on summary dismissal\n\nIn {c.ecli()} the Hoge Raad confirmed that all circumstances of the case "
            f"must be weighed (art. 7:678 BW). Compare {c.ecli()} on the 'immediacy' requirement (art. 7:677(1) BW). "
            f"Employees dismissed on the spot have 2 months to challenge the dismissal (art. 7:686a(4) BW).")


# ==============================================================================================
# scenarios — German
# ==============================================================================================
def de_grenzgaenger(c, k):
    p = c.person("de")
    a, pc, town, area = c.de_addr()
    dirk = STAFF["dirk"]
    emp = c.ch(["Logistiek Blerick B.V.", "Tuinbouwbedrijf Maasdal", "Metaalbewerking Venlo-Oost B.V."])
    if k == 0:
        return (f"Sehr geehrter Herr {P(dirk.sur)},\n\nich arbeite als Grenzgänger bei {emp} und wohne in {town}. Heute wurde mir "
                f"mündlich fristlos gekündigt („ontslag op staande voet“). Ich habe nichts unterschrieben. Mein letzter Lohn "
                f"({c.amount(2200, 3300)} brutto) wurde nicht gezahlt.\n\nMeine Anschrift: {AD(a)}, {PC(pc)} {town}\nBSN (niederl. Bürgerservicenummer): {BS(c.bsn(c.ch([0, 2])))}\n"
                f"Telefon: {PH(c.de_land(area))}, Handy {PH(c.de_mobile())}\n\nMit freundlichen Grüßen\n{P(p.full)}")
    return (f"hallo herr {P(dirk.sur.lower())}, kurze frage: mein arbeitgeber in venlo will mir einen aufhebungsvertrag geben, "
            f"ich bin seit {c.r.randint(3, 12)} jahren da. verliere ich dann mein ALG in deutschland? lg {P(p.first.lower())} "
            f"{P(p.last.lower())}\n{PH(c.de_mobile())}")


def de_miete(c, k):
    p = c.person("de")
    ll = c.person("nl")
    a, pc, town = c.nl_addr()
    return (f"Guten Tag,\n\nwir haben ein Ferienhaus in {town} gemietet ({AD(a)}, {PC(pc)}), Mietvertrag für 2 Jahre. Der Vermieter, "
            f"Herr {P(ll.sur)}, will uns jetzt zum {c.date('de')} kündigen, weil er selbst einziehen möchte. Geht das nach "
            f"niederländischem Recht (art. 7:274 BW)?\n\nDie Miete ({c.amount(700, 1300)}/Monat) zahlen wir immer pünktlich.\n\n"
            f"Viele Grüße\n{P(p.full)} und {P(c.relative(p).first)}")


def de_scheidung(c, k):
    p = c.person("de")
    sp = c.person(c.ch(["nl", "de"]), "m" if p.sex == "f" else "f")
    kid = c.relative(sp)
    jor = STAFF["jorien"]
    return (f"Sehr geehrte Frau {P(jor.sur)},\n\nanbei die Angaben für den Scheidungsantrag:\n\n"
            f"| Name | Geburtsdatum | Staatsangehörigkeit |\n|---|---|---|\n"
            f"| {P(p.full)} | {DOB(c.dob('de', 1968, 1990, style=0))} | deutsch |\n| {P(sp.full)} | {DOB(c.dob('de', 1968, 1990, style=0))} | {'niederländisch' if sp.origin == 'nl' else 'deutsch'} |\n"
            f"| {P(kid.full)} | {DOB(c.dob('de', 2010, 2020, 0))} | beide |\n\n"
            f"Wir wohnen seit 2016 in Venlo. Das Familiengericht Krefeld hat schon ein Verfahren (Az. 12 F {c.r.randint(20, 300)}/25) – "
            f"ist das ein Problem wegen der Zuständigkeit (Art. 3 Brüssel IIb-VO)?\n\nMit freundlichen Grüßen\n{P(p.first)}")


def de_bussgeld(c, k):
    p = c.person("de")
    kz = c.kennzeichen()
    dirk = STAFF["dirk"]
    return (f"Betreff: Bußgeld aus den Niederlanden\n\nHallo Herr {P(dirk.sur)},\n\nich habe vom CJIB einen Bescheid über {c.amount(90, 350)} "
            f"bekommen (Nummer {c.cjib()}), angeblich Geschwindigkeitsüberschreitung auf der A67 am {c.date('de')}. Mein Fahrzeug mit dem "
            f"Kennzeichen {KT(kz)} war an dem Tag aber in der Werkstatt in {c.ch(['Viersen', 'Krefeld', 'Kempen'])}. "
            f"Kann man dagegen Einspruch einlegen (Art. 6 WAHV)?\n\nGruß\n{P(p.full)}"
            + ("" if k == 0 else f"\n\nAm {c.date('de')} schrieb {P(dirk.full)}:\n> Sehr geehrte{'r Herr' if p.sex == 'm' else ' Frau'} {P(p.sur)}, bitte senden Sie uns eine Kopie des Bescheids.\n>\n" + quote(sig_de("dirk", "Rechtsanwalt & advocaat"))))


def de_aufnahme(c, k):
    p = c.person("de")
    a, pc, town, area = c.de_addr()
    return (f"MANDANTENAUFNAHME (Formular DE)\nName, Vorname: {P(p.sur_given)}\nGeburtsdatum: {DOB(c.dob('de', style=0))}\n"
            f"Anschrift: {AD(a)}, {PC(pc)} {town}\nTelefon: {PH(c.de_mobile())}\nE-Mail: {EM(c.email(p, 'de'))}\n"
            f"Ausweis: Personalausweis Nr. {ID(c.doc_de())}, gültig bis {c.date('de', 2031)}\n"
            f"Rechtsgebiet: {c.ch(['Arbeitsrecht (NL)', 'Mietrecht (NL)', 'Familienrecht'])}\nGegner: {c.ch(['Peelrand Wonen', 'Logistiek Blerick B.V.'])}\n"
            f"Rechtsschutzversicherung: ja, Schadennummer {c.r.randint(10**9, 10**10 - 1)}")


def de_gerichtsvollzieher(c, k):
    p = c.person("de")
    dw = c.person("nl")
    a, pc, town, area = c.de_addr()
    return (f"Sehr geehrte Damen und Herren,\n\nich habe Post von einem niederländischen Gerichtsvollzieher ({P(dw.full)}, Venlo) "
            f"erhalten, adressiert an {P(p.full)}, {AD(a)}, {PC(pc)} {town}. Es geht um {c.amount(400, 3000)} aus einem Urteil der "
            f"Rechtbank Limburg ({c.zaaknr()}). Ich verstehe kein Niederländisch. Können Sie mir helfen?\n\nMfG {P(p.ini_sur)}")


def de_treuhand(c, k):
    p = c.person("de")
    fe = STAFF["femke"]
    return (f"Auszahlung Fremdgeld / derdengelden\nAkte: {c.dossier('DS')}\nEmpfänger: {P(p.full)}\nIBAN: {IB(c.iban_de())}\n"
            f"Betrag: {c.amount(500, 9000)}\nVerwendungszweck: Vergleich {c.zaaknr()}\n\nBitte bis {c.date('de')} anweisen. "
            f"Freigabe durch {P(STAFF['dirk'].ini_sur)}, gebucht von {P(fe.full)}.")


def de_telefonnotiz(c, k):
    p = c.person("de")
    dirk = STAFF["dirk"]
    return (f"Telefonnotiz {c.date('de')}, {c.time()} Uhr\nAnrufer: {p.t('de')} {P(p.sur)}\nRückruf: {PH(c.de_mobile() if k == 0 else c.de_land(c.ch(['2153', '2162'])))}\n"
            f"Anliegen: Unterhalt für Tochter, Vater zahlt seit {c.date('de')} nicht mehr. Titel vom AG Mönchengladbach "
            f"(Az. 40 F {c.r.randint(10, 400)}/23). Vollstreckung in NL gewünscht.\nErledigt durch {P(dirk.first)}")


def de_insolvenz(c, k):
    p = c.person("de")
    return (f"Guten Tag,\n\nich betreibe als Einzelunternehmer eine kleine Spedition mit Sitz in Venlo (KvK {KVK(c.kvk())}, "
            f"USt-IdNr. {BTW(c.btw())}). Ein niederländischer Kunde schuldet mir {c.amount(5000, 30000)} und ist jetzt in Konkurs "
            f"(faillissement). Wie melde ich meine Forderung beim Curator an?\n\nMit freundlichen Grüßen\n{P(p.full)}\n{PH(c.de_mobile())}")


def de_whatsapp(c, k):
    p = c.person("de")
    dirk = STAFF["dirk"]
    a, pc, town, area = c.de_addr()
    T = iter(c.times(5))
    return (f"[{c.date('de')}, {next(T)}] {P(p.first)}: Hallo, sind die Unterlagen angekommen? 📄\n"
            f"[{next(T)}] Weerbrug ({P(dirk.first)}): Ja, danke! Wir brauchen noch Ihre neue Anschrift.\n"
            f"[{next(T)}] {P(p.first)}: {AD(a)} in {PC(pc)} {town}\n[{next(T)}] {P(p.first)}: und Geburtsdatum? das ist der {DOB(c.dob('de', style=1))}\n"
            f"[{next(T)}] Weerbrug ({P(dirk.first)}): Perfekt, vielen Dank 👍")


def de_gegenanwalt(c, k):
    ra = c.person("de")
    cl = c.person(c.ch(["nl", "de"]))
    dirk = STAFF["dirk"]
    em = f"{ascii_fold(ra.last).lower().replace(' ', '')}@kanzlei-niederrhein.de"
    return (f"Von: RA {P(ra.full)} <{EM(em)}>\nAn: {P(dirk.full)}\nBetreff: {P(cl.sur)} ./. {c.ch(['Peelrand Wonen', 'Logistiek Blerick B.V.'])} – Ihr Zeichen {c.dossier('DS')}\n\n"
            f"Sehr geehrter Herr Kollege {P(dirk.sur)},\n\nin vorbezeichneter Angelegenheit zeige ich die Vertretung der Gegenseite an. "
            f"Ein Vergleich über {c.amount(3000, 12000)} wäre denkbar. Für Rückfragen: {PH(c.de_land(c.ch(['2151', '2161'])))}.\n\n"
            f"Mit kollegialen Grüßen\n{P(ra.full)}\n{'Rechtsanwältin' if ra.sex == 'f' else 'Rechtsanwalt'}\nKanzlei am Niederrhein, Krefeld")


def de_unterhalt(c, k):
    p = c.person("de")
    ex = c.person(c.ch(["nl", "de"]), "m" if p.sex == "f" else "f")
    ib = c.iban_de()
    return (f"Liebe Frau {P(STAFF['jorien'].sur)},\n\nab {c.date('de')} bitte den Unterhalt von {P(ex.full)} auf mein neues Konto "
            f"{IB(ib)} überweisen lassen (das alte Konto bei der Sparkasse ist gekündigt). Kontoinhaber: {P(p.full)}.\n\n"
            f"Danke und viele Grüße\n{P(p.first)}")


# --- German, no personal data
def de_free_autoreply(c, k):
    return (f"Abwesenheitsnotiz\n\nVielen Dank für Ihre Nachricht. Unser Deutsch-Desk ist bis {c.date('de')} nicht besetzt. In dringenden "
            f"Fällen erreichen Sie uns unter +31 (0)77 354 22 00 oder deutsch@weerbrug.example. Fristsachen bitte mit dem Vermerk "
            f"„EILT“ senden.\n\nWeerbrug Rechtsanwälte · Keulsepoort 21 · 5911 BX Venlo · KvK 74019386")


def de_free_termin(c, k):
    return (f"Terminbestätigung\n\nIhr Beratungstermin: {c.date('de')}, {c.time()} Uhr, Büro Venlo (Keulsepoort 21), Raum {c.r.randint(1, 4)}.\n"
            f"Buchungsnummer: TB-{c.r.randint(100000, 999999)}\nBitte bringen Sie Arbeitsvertrag, die letzten drei Gehaltsabrechnungen "
            f"und das Kündigungsschreiben mit. Unterlagen per Einschreiben: Sendungsnummer RR{c.r.randint(10**8, 10**9 - 1)}NL. Erstberatung 30 Minuten kostenlos, danach {c.amount(200, 250)} pro Stunde zzgl. 21 % BTW.")


def de_free_rechnung(c, k):
    hours, rate, fee, kk, gr, sub, vat, tot = invoice_lines(c)
    return (f"Rechnung Nr. {c.factnr()}\nRechnungsdatum: {c.date('de')}\nLeistungszeitraum: {c.date('de')} – {c.date('de')}\n\n"
            f"Beratung und Schriftverkehr {str(hours).replace('.', ',')} Std. à {eur(rate)}   {eur(fee)}\nAuslagenpauschale 5 %   {eur(kk)}\n"
            f"zzgl. 21 % BTW   {eur(vat)}\nGerichtskosten (durchlaufend)   {eur(gr)}\nGesamt   {eur(tot)}\n\nZahlbar innerhalb von 14 Tagen auf "
            f"{spaced_iban(ORG_IBAN_OFFICE)} (BIC RABONL2U). Rechnungsnummer {c.bsn_like_ref()} bitte angeben.")


def de_free_system(c, k):
    return (f"[System] Fristenkontrolle – {c.r.randint(2, 7)} Fristen laufen in den nächsten 7 Tagen ab\n"
            f"- {c.zaaknr()} – Berufungsfrist {c.date('de')}\n- Az. {c.r.randint(1, 9)} Ca {c.r.randint(100, 2000)}/25 (ArbG Krefeld) – "
            f"Stellungnahme {c.date('de')}\n- {c.rolnr()} – Klageerwiderung {c.date('de')}\nBericht erzeugt {c.date('de')} "
            f"{c.time()}:{c.r.randint(10, 59)} · Vorgangsnummer {c.not_bsn9()} · Version {c.r.randint(3, 5)}.{c.r.randint(0, 9)}.{c.r.randint(0, 9)}")


def de_free_frage(c, k):
    if k == 0:
        return ("Guten Tag, ich wohne in Kaldenkirchen und arbeite in Venlo. Wo muss ich Steuern zahlen und gilt für mich das "
                "niederländische Kündigungsschutzrecht? Ich bin seit 2021 dort angestellt, unbefristet. Danke im Voraus!")
    return ("Hallo, mein Sohn (19) hat in Venlo einen Unfall mit dem Fahrrad gebaut und soll jetzt 1.850 € Schadenersatz zahlen. "
            "Übernimmt das unsere deutsche Haftpflichtversicherung? Und brauchen wir einen Anwalt in den Niederlanden?")


def de_free_news(c, k):
    return (f"Newsletter Grenzgänger 2025\n\n• Seit 1. Januar gilt für Grenzgänger die neue Homeoffice-Regel (max. 34 Tage)\n"
            f"• BGH-Urteil zu Unterhalt bei Auslandsbezug (XII ZB {c.r.randint(100, 600)}/23), § 1578 BGB\n"
            f"• Niederländischer Hoge Raad: {c.ecli()} zur Kündigung im Krankheitsfall (art. 7:670 BW)\n"
            f"Mehr unter weerbrug.example/deutsch · #Grenzgänger #Arbeitsrecht")


def de_free_gericht(c, k):
    return (f"Ladung zur mündlichen Verhandlung\nArbeitsgericht Krefeld, Az. {c.r.randint(1, 9)} Ca {c.r.randint(100, 2000)}/25\n"
            f"Termin: {c.date('de')}, {c.time()} Uhr, Saal {c.r.randint(101, 220)}\nStreitwert: {c.amount(5000, 30000)}\n"
            f"Die Parteien werden gebeten, einen Vergleichsvorschlag (§ 278 Abs. 6 ZPO) bis {c.date('de')} einzureichen.")


def de_free_intern(c, k):
    return (f"Interne Notiz Deutsch-Desk\n\nNeue Mandate aus Deutschland bitte immer mit Konfliktcheck (Kleos > Relaties) anlegen. "
            f"Vorschüsse auf das Fremdgeldkonto {spaced_iban(ORG_IBAN_TRUST)}, nicht auf das Kanzleikonto. Rechnungen an deutsche "
            f"Unternehmer: Reverse-Charge-Vermerk (Art. 196 MwStSystRL). Vorlage v{c.r.randint(2, 4)}.{c.r.randint(0, 9)} liegt unter "
            f"S:\\Vorlagen\\DE\\. Stand {c.date('de')}.")


# ==============================================================================================
# registry
# ==============================================================================================
SCENARIOS = {
    "nl": ([nl_intake, nl_toevoeging, nl_phone_note, nl_divorce, nl_ontslag, nl_huur, nl_deurwaarder, nl_wsnp, nl_boete,
            nl_derdengelden, nl_whatsapp, nl_wederpartij, nl_faillissement, nl_adreswijziging, nl_dagvaarding,
            nl_portal_login, nl_zzp, nl_ziek, nl_alimentatie],
           [nl_free_autoreply, nl_free_rol, nl_free_factuur, nl_free_planning, nl_free_blog, nl_free_dms, nl_free_vraag,
            nl_free_social, nl_free_derden_batch, nl_free_uren, nl_free_mijnrechtspraak]),
    "en": ([en_tenancy, en_dismissal, en_divorce, en_intake, en_card, en_chat, en_traffic, en_bailiff, en_call_note,
            en_solicitor, en_smallbiz, en_login, en_id_check, en_refund, en_dm, en_alimony_change],
           [en_free_autoreply, en_free_fees, en_free_system, en_free_question, en_free_court, en_free_social,
            en_free_invoice, en_free_it, en_free_news]),
    "de": ([de_grenzgaenger, de_miete, de_scheidung, de_bussgeld, de_aufnahme, de_gerichtsvollzieher, de_treuhand,
            de_telefonnotiz, de_insolvenz, de_whatsapp, de_gegenanwalt, de_unterhalt],
           [de_free_autoreply, de_free_termin, de_free_rechnung, de_free_system, de_free_frage, de_free_news,
            de_free_gericht, de_free_intern]),
}
CRLF = {("nl_wederpartij", 1), ("en_solicitor", 0), ("de_gegenanwalt", 1), ("nl_free_autoreply", 0), ("de_free_rechnung", 1)}


def build():
    recs = []
    for lang in ("nl", "en", "de"):
        pii, free = SCENARIOS[lang]
        items = []
        for has, fns in ((True, pii), (False, free)):
            for fn in fns:
                for k in (0, 1):
                    c = Ctx(f"{fn.__name__}:{k}")
                    marked = fn(c, k)
                    if (fn.__name__, k) in CRLF:
                        marked = marked.replace("\n", "\r\n")
                    text, spans, nps = render(marked)
                    items.append({"scenario": fn.__name__, "k": k, "pii": has, "lang": lang, "text": text,
                                  "spans": spans, "nps": nps})
        random.Random(f"{SEED}:order:{lang}").shuffle(items)
        for i, it in enumerate(items, 1):
            it["id"] = f"h50-{lang}-{i:03d}"
        recs.extend(items)
    return recs


# ==============================================================================================
# audit
# ==============================================================================================
ORG_MASK = (ORG_NAMES + ORG_PHONE_VARIANTS + ORG_IBANS + [spaced_iban(i) for i in ORG_IBANS] + ORG_HANDLES +
            ["Keulsepoort 21", "5911 BX", "Postbus 3120", "5902 RC", "Kouterdreef 8", "9000 Gent", ORG_KVK, ORG_BTW, ORG_BE_VAT])
REF_WORDS = re.compile(r"(factuur|invoice|rechnung|aanslag|dossier|kenmerk|\bref\b|reference|referentie|beschikking|decision|"
                       r"zaak|\bcase\b|ticket|event id|melding|klantnr|schadennummer|relatienr|serial|nummer \d|kenmerk)", re.I)
BIRTH_WORDS = re.compile(r"(geboren|geb\.|geboortedatum|born|date of birth|\bdob\b|geburtsdatum|°)", re.I)
STRIP_EDGE = " \t\r\n.,;:!?()[]{}<>\"'|/-"


def all_name_tokens():
    toks = set()
    for lst in FIRST.values():
        for f in lst:
            toks.update(t for t in re.findall(r"[^\W\d_]+", f) if len(t) >= 3)
    for lst in LAST.values():
        for _, l in lst:
            toks.update(t for t in re.findall(r"[^\W\d_]+", l) if len(t) >= 3 and t.lower() not in ("van", "den", "der"))
    for p in STAFF.values():
        toks.update(p.tokens())
    return toks


NAME_TOKENS = all_name_tokens()
STREET_RE = re.compile(r"(?i)(?:" + "|".join(re.escape(x) for x in STREETS_NL + STREETS_BE + STREETS_DE + STREETS_UK) + r")\s+\d")
NAME_RE = re.compile(r"(?<![\w])(" + "|".join(sorted((re.escape(t) for t in NAME_TOKENS), key=len, reverse=True)) + r")(?![\w])", re.I)


def b2c(text, b):
    return len(text.encode()[:b].decode())


def masked_text(rec):
    text = rec["text"]
    ch = list(text)
    def blank(a, b):
        for i in range(a, b):
            if ch[i] not in "\r\n":
                ch[i] = " "
    for s in rec["spans"]:
        blank(b2c(text, s["start"]), b2c(text, s["end"]))
    for a, b in rec["nps"]:
        blank(b2c(text, a), b2c(text, b))
    for o in sorted(ORG_MASK, key=len, reverse=True):
        for mm in re.finditer(re.escape(o), text):
            blank(mm.start(), mm.end())
    for mm in re.finditer(r"[\w.\-]+@weerbrug\.example|[\w.\-]*weerbrug\.example[\w/.\-]*|(?<![\w.])@\w+", text):
        blank(mm.start(), mm.end())
    return "".join(ch)


def audit(recs):
    errs = []
    texts = set()
    for rec in recs:
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        E = lambda msg: errs.append(f"{rid} ({rec['scenario']}:{rec['k']}): {msg}")
        if text in texts:
            E("duplicate text")
        texts.add(text)
        if any(ch in text for ch in (SO, SM, SC, NPO, NPC)):
            E("markup left")
        if bool(spans) != rec["pii"]:
            E(f"spans present={bool(spans)} but scenario pii={rec['pii']}")
        bt = text.encode()
        prev = -1
        for s in spans:
            if s["start"] < prev:
                E(f"overlap/unsorted at {s}")
            prev = s["end"]
            try:
                v = bt[s["start"]:s["end"]].decode()
            except UnicodeDecodeError:
                E(f"span not on char boundary {s}")
                continue
            if v != s["value"]:
                E(f"span value mismatch {v!r} != {s['value']!r}")
            if (v[0] in STRIP_EDGE and not (s["label"] == "PHONE" and v[0] == "(")) or (v[-1] in STRIP_EDGE and not (s["label"] == "PERSON" and v.endswith("."))):
                E(f"edge char in {v!r}")
            if not VALID[s["label"]](v):
                E(f"invalid {s['label']}: {v!r}")
            if s["label"] == "DATE_OF_BIRTH":
                a = b2c(text, s["start"])
                if not BIRTH_WORDS.search(text[max(0, a - 200):a]):
                    E(f"no birth word before {v!r}")
            for o in ORG_MASK:
                if o in v or v in o:
                    E(f"org data in span {v!r}")
            dv = re.sub(r"\D", "", v)
            for o in ORG_PHONE_VARIANTS:
                od = re.sub(r"\D", "", o)
                if len(dv) >= 8 and (od.endswith(dv[-8:]) or dv.endswith(od[-8:])):
                    E(f"org phone in span {v!r}")
            # every repeat labelled
            for mm in re.finditer(re.escape(v), text):
                bs = len(text[:mm.start()].encode())
                if not any(x["start"] <= bs < x["end"] and x["label"] == s["label"] for x in spans):
                    if s["label"] != "PERSON" or re.fullmatch(r"\w", text[mm.end():mm.end() + 1] or " ") is None:
                        E(f"unlabelled repeat of {s['label']} {v!r}")
        mt = masked_text(rec)
        # scanners: never left unlabelled
        for mm in EMAIL_RE.finditer(mt):
            E(f"unlabelled e-mail {mm.group(0)!r}")
        for mm in re.finditer(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ \u00a0]?[A-Za-z0-9]{4}){2,7}(?:[ \u00a0]?[A-Za-z0-9]{1,4})?", mt):
            cmp_ = re.sub(r"[ \u00a0]", "", mm.group(0)).upper()
            for L in set(IBAN_LEN.values()):
                if len(cmp_) >= L and iban_ok(cmp_[:L]):
                    E(f"unlabelled IBAN {mm.group(0)!r}")
        for mm in re.finditer(r"(?<![\w.\-])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3})(?![\w\-]|[.,]\d)", mt):
            if bsn_ok(mm.group(0)):
                line_start = mt.rfind("\n", 0, mm.start()) + 1
                if not REF_WORDS.search(mt[max(line_start, mm.start() - 40):mm.start()]):
                    E(f"unlabelled elfproef number {mm.group(0)!r}")
        for mm in re.finditer(r"(?<![\d])(?:\d[ \-]?){12,18}\d(?!\d)", mt):
            if card_ok(mm.group(0).strip()):
                E(f"unlabelled card {mm.group(0)!r}")
        for mm in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", mt):
            if ip_ok(mm.group(0)) and not re.search(r"(versie|version|build|v)\s*$", mt[max(0, mm.start() - 12):mm.start()], re.I):
                E(f"unlabelled public IP {mm.group(0)!r}")
        for mm in re.finditer(r"(?:\+31|0031|(?<!\d)0)[\s\-()]*(?:0\)\s*)?6(?:[\s\-]?\d){8}(?!\d)", mt):
            E(f"unlabelled NL mobile {mm.group(0)!r}")
        for mm in re.finditer(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])", mt):
            if nl_postcode_ok(mm.group(0)):
                E(f"unlabelled postcode {mm.group(0)!r}")
        for mm in re.finditer(r"NL ?\d{9} ?B\d{2}|\d{9}B\d{2}", mt):
            E(f"unlabelled btw/OB {mm.group(0)!r}")
        for mm in re.finditer(r"(?:kvk|chamber of commerce|handelsregister)[^\d\n]{0,20}(\d{8})(?!\d)", mt, re.I):
            E(f"unlabelled KvK {mm.group(1)!r}")
        for mm in BIRTH_WORDS.finditer(mt):
            after = mt[mm.end():mm.end() + 20]
            dm = re.search(r"\d{1,2}[-/. ]\d{1,2}[-/. ]\d{4}|\d{1,2}\.? [A-Za-zä]+ \d{4}|\d{4}-\d{2}-\d{2}", after)
            if dm and parse_date(dm.group(0)):
                E(f"unlabelled date after birth word {dm.group(0)!r}")
        for mm in re.finditer(r"(?<![\w+])(?<!\d )(?:\+|00|0)[\d \-/().]{7,18}\d(?!\d)", mt):
            if phone_ok(mm.group(0)):
                E(f"unlabelled phone {mm.group(0)!r}")
        for mm in STREET_RE.finditer(mt):
            E(f"unlabelled street + number {mm.group(0)!r}")
        for mm in re.finditer(r"(?i)(kenteken|number plate|kennzeichen)\W{1,5}(\S+(?: \d+)?)", mt):
            if plate_ok(mm.group(2).rstrip(".,")):
                E(f"unlabelled plate {mm.group(2)!r}")
        for mm in NAME_RE.finditer(mt):
            E(f"unlabelled name token {mm.group(0)!r}")
        for mm in re.finditer(r"(?<![\d.])\d{4,5}\s+(" + "|".join(t[0] for t in TOWNS_BE + TOWNS_DE) + r")\b", mt):
            E(f"unlabelled BE/DE postcode {mm.group(0)!r}")
        for mm in re.finditer(r"(?i:paspoort|passport|personalausweis|rijbewijs|driving licence|residence permit|identiteitskaart)\D{0,25}?\b([A-Z0-9][A-Z0-9\-]{7,12})\b", mt):
            if doc_ok(mm.group(1)):
                E(f"unlabelled document number {mm.group(1)!r}")
    return errs


# ==============================================================================================
# self test
# ==============================================================================================
def self_test():
    fails = []
    def chk(cond, what):
        if not cond:
            fails.append(what)
    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303", "999999990"]:
        chk(bsn_ok(v), f"bsn valid {v}")
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        chk(not bsn_ok(v), f"bsn invalid {v}")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL20INGB0001234567",
              "BE71 0961 2345 6769", "DE89370400440532013000", "GB82WEST12345698765432", "NL68KNAB0123456789"]:
        chk(iban_ok(v), f"iban valid {v}")
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL00ABNA0417164300", "DE89370400440532013001", "BE68539007547035"]:
        chk(not iban_ok(v), f"iban invalid {v}")
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000"]:
        chk(card_ok(v), f"card valid {v}")
    for v in ["4111111111111112", "1234567812345678", "490154203237518", "378282246310006"]:
        chk(not card_ok(v), f"card invalid {v}")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        chk(btw_ok(v), f"btw valid {v}")
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL12345678B01", "NL004495445B01"]:
        chk(not btw_ok(v), f"btw invalid {v}")
    chk(ob_ok("NL004495445B01"), "OB valid")
    for v in ["1012 AB", "1012AB", "9999 ZZ", "1000 AA"]:
        chk(nl_postcode_ok(v), f"postcode {v}")
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB"]:
        chk(not nl_postcode_ok(v), f"postcode invalid {v}")
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "III-V123AL568"]:
        chk(doc_ok(v), f"doc valid {v}")
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        chk(not DOC_NL.fullmatch(v), f"doc invalid {v}")
    for v in ["AB-12-34", "12-34-XY", "12-AB-34", "GB-12-DF", "XB-PK-12", "12-DF-GH", "12-GBX-3", "1-KBB-12", "VB-123-X",
              "G-123-BB", "GBB-12-X", "G-12-BBB", "1-BB-123", "123-BB-1", "gbb12x", "GB 12 DF"]:
        chk(kenteken_ok(v), f"kenteken valid {v}")
    for v in ["1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        chk(not kenteken_ok(v), f"kenteken invalid {v}")
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67", "0111-123456",
              "+32 470 12 34 56", "0470 12 34 56", "09 265 12 34", "+49 151 23456789", "0151 23456789", "07700 900123",
              "+49 (0)2153 91234", "0161 496 0123"]:
        chk(phone_ok(v), f"phone valid {v}")
    for v in ["06-1234567", "06 01234567", "067 1234567", "012-3456789", "020-123456"]:
        chk(not phone_ok(v, "NL"), f"phone invalid {v}")
    for v in ["8.8.8.8", "2a02:1810:4d02:1::1f"]:
        chk(ip_ok(v), f"ip valid {v}")
    for v in ["192.168.1.10", "10.20.4.15", "127.0.0.1", "256.1.1.1", "2001:db8::1", "010.001.001.001"]:
        chk(not ip_ok(v), f"ip invalid {v}")
    for v in ["12-03-1985", "5 mei 1960", "1985-03-12", "13. März 1984", "March 20, 1995", "07.11.1961"]:
        chk(dob_ok(v), f"dob valid {v}")
    for v in ["31-02-1990", "29-02-1991", "32-01-2000"]:
        chk(not dob_ok(v), f"dob invalid {v}")
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "info@bakkerij-de-groot.frl".replace(".frl", ".nl")]:
        chk(email_ok(v), f"email valid {v}")
    for v in ["jan@@voorbeeld.nl", "icon@2x.png", "@angular/core"]:
        chk(not email_ok(v), f"email invalid {v}")
    # organisation's own data is internally consistent
    for i in ORG_IBANS:
        chk(iban_ok(i), f"org iban {i}")
    chk(btw_ok(ORG_BTW), "org btw")
    chk(all(phone_ok(p) for p in ORG_PHONE_VARIANTS), "org phones")
    be = re.sub(r"\D", "", ORG_BE_VAT)
    chk(97 - int(be[:8]) % 97 == int(be[8:]), "org BE vat")
    # generators
    for n in range(300):
        c = Ctx(f"selftest:{n}")
        p = c.person()
        chk(person_ok(p.full) and person_ok(p.sur_given) and person_ok(p.ini_sur), f"person {p.full}")
        chk(bsn_ok(c.bsn(n % 4)), "gen bsn")
        chk(not bsn_ok(c.not_bsn9()), "gen not bsn")
        for g in (c.iban_nl, c.iban_be, c.iban_de, c.iban_gb):
            chk(iban_ok(g()), f"gen iban {g.__name__}")
        chk(iban_ok(c.iban_gb("IE")), "gen iban IE")
        chk(card_ok(c.card()), "gen card")
        chk(btw_ok(c.btw()), "gen btw")
        chk(ob_ok("NL" + c.bsn() + "B01"), "gen ob")
        chk(ip_ok(c.ip()), "gen ip")
        chk(doc_ok(c.doc_nl()) and doc_ok(c.doc_res()) and doc_ok(c.doc_de()) and doc_ok(c.rijbewijs()), "gen doc")
        kt = c.kenteken()
        chk(kenteken_ok(kt), f"gen kenteken {kt}")
        chk(kennzeichen_ok(c.kennzeichen()), "gen kennzeichen")
        for g in (c.nl_mobile, c.nl_land, c.be_mobile, c.de_mobile, c.uk_phone):
            v = g()
            chk(phone_ok(v), f"gen phone {g.__name__} {v}")
        v = c.de_land(c.ch(["2153", "2162", "2151", "2161", "2831", "2163", "2158"]))
        chk(phone_ok(v), f"gen de_land {v}")
        for lang in ("nl", "be", "en", "de"):
            v = c.dob(lang)
            chk(dob_ok(v), f"gen dob {lang} {v}")
        for g in (c.nl_addr, c.be_addr, c.uk_addr):
            a, pc, _ = g()
            chk(address_ok(a) and postcode_ok(pc), f"gen addr {a} {pc}")
        a, pc, _, _ = c.de_addr()
        chk(address_ok(a) and postcode_ok(pc), f"gen de addr {a}")
        e = c.email(p)
        chk(email_ok(e), f"gen email {e}")
        chk(not card_ok(c.cjib()), "cjib not a card")
        chk(bsn_ok(c.bsn_like_ref()), "bsn-like ref")
    return fails


# ==============================================================================================
# main
# ==============================================================================================
def main():
    check_only = "--check" in sys.argv[1:]
    fails = self_test()
    if fails:
        print(f"SELF TEST FAILED ({len(fails)}):", *sorted(set(fails))[:40], sep="\n  ")
        sys.exit(1)
    recs = build()
    errs = audit(recs)
    if errs:
        print(f"AUDIT FAILED ({len(errs)}):", *errs[:80], sep="\n  ")
        sys.exit(1)
    lines = []
    for r in recs:
        lines.append(json.dumps({"id": r["id"], "lang": r["lang"], "text": r["text"],
                                 "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in r["spans"]]},
                                ensure_ascii=False) + "\n")
    data = "".join(lines).encode()
    # read back and re-slice every span from the bytes
    for line, r in zip(data.decode().splitlines(), recs):
        o = json.loads(line)
        b = o["text"].encode()
        for s, g in zip(o["spans"], r["spans"]):
            assert b[s["start"]:s["end"]].decode() == g["value"]
    sha = hashlib.sha256(data).hexdigest()
    # statistics
    langs = ("nl", "en", "de")
    print(f"self test: OK; audit: OK ({len(recs)} records)")
    print("messages:", {l: sum(r["lang"] == l for r in recs) for l in langs})
    free = [r for r in recs if not r["spans"]]
    print(f"PII-free: {len(free)} ({100 * len(free) / len(recs):.1f} %)",
          {l: sum(r['lang'] == l for r in free) for l in langs})
    print(f"{'label':15}" + "".join(f"{l:>6}" for l in langs) + f"{'total':>7}")
    tot = {l: 0 for l in langs}
    for lab in LABELS:
        row = [sum(1 for r in recs if r["lang"] == l for s in r["spans"] if s["label"] == lab) for l in langs]
        for l, n in zip(langs, row):
            tot[l] += n
        print(f"{lab:15}" + "".join(f"{n:>6}" for n in row) + f"{sum(row):>7}")
    print(f"{'all':15}" + "".join(f"{tot[l]:>6}" for l in langs) + f"{sum(tot.values()):>7}")
    lens = sorted(len(r["text"].encode()) for r in recs)
    print(f"length bytes: {lens[0]}–{lens[-1]}, median {lens[len(lens) // 2]}; non-ASCII texts "
          f"{sum(any(ord(ch) > 127 for ch in r['text']) for r in recs)}; emoji texts "
          f"{sum(any(ord(ch) > 0xFFFF for ch in r['text']) for r in recs)}; CRLF texts {sum(chr(13) in r['text'] for r in recs)}; "
          f"NBSP texts {sum(chr(160) in r['text'] for r in recs)}")
    if check_only:
        print(f"--check: nothing written; sha256 would be {sha}")
        return
    with open(OUT, "wb") as f:
        f.write(data)
    print(f"wrote {OUT}\nsha256 {sha}")


if __name__ == "__main__":
    main()
