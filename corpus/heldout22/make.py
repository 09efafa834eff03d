#!/usr/bin/env python3
"""heldout22 generator: a Dutch online bank / credit-card issuer (Kroonveld Bank N.V., fictional).

Python 3.11, standard library only. Deterministic: every instance has its own string-seeded
random.Random (string seeds are hashed with SHA-512 by `random`, so PYTHONHASHSEED has no effect).
Run:  python3 make.py      -> writes gold.jsonl next to this file, prints statistics and sha256.
Written blind (see README.md). All data is synthetic.
"""
import hashlib
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata
from datetime import date

SEED = "heldout22:kroonveld:v1"
HERE = os.path.dirname(os.path.abspath(__file__))

LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD",
          "IP_ADDRESS", "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# ----------------------------------------------------------------------------------------------
# markup: values are wrapped in private-use sentinels; render() strips them and records byte spans
# ----------------------------------------------------------------------------------------------
S0, S1, S2 = "\ue000", "\ue001", "\ue002"


def m(label, value):
    assert label in LABELS, label
    value = str(value)
    assert value == value.strip() and value, repr(value)
    return f"{S0}{label}{S1}{value}{S2}"


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
def LP(v): return m("LICENSE_PLATE", v)
def BTW(v): return m("BTW_ID", v)
def KVK(v): return m("KVK", v)


def render(marked):
    out, spans, nbytes, i = [], [], 0, 0
    pat = re.compile(re.escape(S0) + r"([A-Z_]+)" + re.escape(S1) + r"(.*?)" + re.escape(S2), re.S)
    for mo in pat.finditer(marked):
        before = marked[i:mo.start()]
        out.append(before)
        nbytes += len(before.encode("utf-8"))
        val = mo.group(2)
        assert S0 not in val and S1 not in val, "nested markup"
        start = nbytes
        out.append(val)
        nbytes += len(val.encode("utf-8"))
        spans.append({"start": start, "end": nbytes, "label": mo.group(1), "value": val})
        i = mo.end()
    out.append(marked[i:])
    text = "".join(out)
    assert S0 not in text and S1 not in text and S2 not in text, "markup left"
    return text, spans


# ----------------------------------------------------------------------------------------------
# validators (own implementations of the rules in shared/reference/dutch-pii-formats.md)
# ----------------------------------------------------------------------------------------------
def digits(s): return re.sub(r"\D", "", s)


def elfproef(num):
    d = digits(num)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9 or int(d) == 0:
        return False
    s = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return s % 11 == 0


def mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "FR": 27, "GB": 22, "LT": 20, "ES": 24, "PL": 28, "IE": 22, "LU": 20}
IBAN_BBAN = {"NL": r"[A-Z]{4}\d{10}", "BE": r"\d{12}", "DE": r"\d{18}", "FR": r"\d{10}[A-Z0-9]{11}\d{2}",
             "GB": r"[A-Z]{4}\d{14}", "LT": r"\d{16}", "ES": r"\d{20}", "PL": r"\d{24}", "IE": r"[A-Z]{4}\d{14}",
             "LU": r"\d{3}[A-Z0-9]{13}"}


def iban_valid(s):
    c = re.sub(r"[ .\-\u00a0]", "", s).upper()
    cc = c[:2]
    if cc not in IBAN_LEN or len(c) != IBAN_LEN[cc] or not re.fullmatch(r"\d\d", c[2:4]):
        return False
    if not re.fullmatch(IBAN_BBAN[cc], c[4:]):
        return False
    if cc == "BE":
        n = int(c[4:14]) % 97
        if (n or 97) != int(c[14:16]):
            return False
    return mod97(c[4:] + c[:4]) == 1


def iban_make(cc, bban):
    chk = 98 - mod97(bban + cc + "00")
    ib = f"{cc}{chk:02d}{bban}"
    assert iban_valid(ib), ib
    return ib


def luhn_ok(num):
    d = [int(x) for x in digits(num)][::-1]
    s = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def card_iin_ok(num):
    d = digits(num)
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return n == 16
    if d[:2] in ("34", "37"):
        return n == 15
    if d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649:
        return 16 <= n <= 19
    if 3528 <= int(d[:4]) <= 3589:
        return 16 <= n <= 19
    if d[:2] in ("50",) or 56 <= int(d[:2]) <= 69:
        return 12 <= n <= 19
    return False


def card_valid(num):
    return card_iin_ok(num) and luhn_ok(num)


def btw_mod97_ok(s):
    c = re.sub(r"[ .]", "", s).upper()
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", c)) and mod97(c) == 1


def ob_ok(s):
    c = re.sub(r"[ .]", "", s).upper()
    return bool(re.fullmatch(r"(NL)?\d{9}B\d{2}", c)) and elfproef(c.replace("NL", "")[:9]) and c[-2:] != "00"


PC_BANNED = {"SA", "SD", "SS"}


def nl_postcode_ok(s):
    mo = re.fullmatch(r"([1-9]\d{3}) ?([A-Za-z]{2})", s)
    return bool(mo) and mo.group(2).upper() not in PC_BANNED


def uk_postcode_ok(s):
    return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", s))


NL_MOBILE = re.compile(r"6[1-58]\d{7}")
NL_AREA2 = "10 13 15 20 23 24 26 30 33 35 36 38 40 43 45 46 50 53 55 58 70 71 72 73 74 75 76 77 78 79".split()
NL_AREA3 = ("111 113 114 115 117 118 161 162 164 165 166 167 168 172 174 180 181 182 183 184 186 187 222 223 224 "
            "226 227 228 229 251 252 255 294 297 299 313 314 315 316 317 318 320 321 341 342 343 344 345 346 347 348 "
            "411 412 413 416 418 475 478 481 485 486 487 488 492 493 495 497 499 511 512 513 514 515 516 517 518 519 "
            "521 522 523 524 525 527 528 529 541 543 544 545 546 547 548 561 562 566 570 571 572 573 575 577 578 591 "
            "592 593 594 595 596 597 598 599").split()


def phone_nsn(s):
    """national significant number + country for a written phone number, or None"""
    t = s.replace("(0)", "")
    t = re.sub(r"[ \-./()\u00a0]", "", t)
    if t.startswith("+"):
        t = "00" + t[1:]
    for cc, code in (("NL", "0031"), ("BE", "0032"), ("DE", "0049"), ("GB", "0044")):
        if t.startswith(code):
            rest = t[4:]
            if rest.startswith("0"):
                rest = rest[1:]
            return cc, rest
    if t.startswith("0"):
        return "local", t[1:]
    return None


def nl_phone_ok(nsn):
    if NL_MOBILE.fullmatch(nsn):
        return True
    if len(nsn) == 9 and (nsn[:2] in NL_AREA2 or nsn[:3] in NL_AREA3):
        return nsn[0] != "0"
    return False


def phone_ok(s, country):
    r = phone_nsn(s)
    if not r:
        return False
    cc, nsn = r
    if cc == "local":
        cc = country
    if cc == "NL":
        return nl_phone_ok(nsn)
    if cc == "BE":
        return bool(re.fullmatch(r"4[5-9]\d{7}", nsn) or re.fullmatch(r"(?:2[2-8]|3[2-8]|9[2-4])\d{6}|(?:1[0-9]|5[0-9]|6[0-9]|8[0-9])\d{6}", nsn))
    if cc == "DE":
        return bool(re.fullmatch(r"1(?:51|52|57|60|62|7[0-9])\d{7,8}", nsn) or re.fullmatch(r"(?:30|40|69|89|211|221|241|251|2821|2822|2871|2562|2561)\d{5,8}", nsn))
    if cc == "GB":  # Ofcom drama ranges only
        return bool(re.fullmatch(r"7700900\d{3}|(?:113|114|115|116|117|118|121|131|141|151|161|191)4960\d{3}|2079460\d{3}", nsn))
    return False


def docnr_nl_ok(s):
    c = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}[0-9]", c)) and "O" not in c


def date_ok(y, mth, d):
    try:
        date(y, mth, d)
    except ValueError:
        return False
    return 1900 <= y <= 2025


def ip_public(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global


KENTEKEN_BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS", "KVT", "VVD", "SP"]


def kenteken_ok(s):
    c = s.upper().replace(" ", "-")
    pats = [r"[A-Z]{2}-\d{2}-[A-Z]{2}", r"\d{2}-[A-Z]{3}-\d", r"\d-[A-Z]{3}-\d{2}", r"[A-Z]{2}-\d{3}-[A-Z]",
            r"[A-Z]-\d{3}-[A-Z]{2}", r"[A-Z]{3}-\d{2}-[A-Z]", r"[A-Z]-\d{2}-[A-Z]{3}", r"\d-[A-Z]{2}-\d{3}", r"\d{3}-[A-Z]{2}-\d"]
    if not any(re.fullmatch(p, c) for p in pats):
        return False
    letters = re.sub(r"[^A-Z]", "", c)
    if re.search(r"[AEIOUCQ]", letters):
        return False
    groups = [g for g in c.split("-") if g.isalpha()]
    return not any(b in g for g in groups for b in KENTEKEN_BANNED)


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
}


def parse_date(s):
    s2 = s.strip()
    mo = re.fullmatch(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})", s2)
    if mo:
        return date_ok(int(mo.group(3)), int(mo.group(2)), int(mo.group(1)))
    mo = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s2)
    if mo:
        return date_ok(int(mo.group(1)), int(mo.group(2)), int(mo.group(3)))
    mo = re.fullmatch(r"(\d{1,2})\.? ([A-Za-zä]+) (\d{4})", s2)
    if mo:
        for lang, ms in MONTHS.items():
            if mo.group(2) in ms:
                return date_ok(int(mo.group(3)), ms.index(mo.group(2)) + 1, int(mo.group(1)))
    mo = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", s2)
    if mo and mo.group(1) in MONTHS["en"]:
        return date_ok(int(mo.group(3)), MONTHS["en"].index(mo.group(1)) + 1, int(mo.group(2)))
    return False


EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")


def validate(label, v, lang):
    if label == "IBAN":
        return iban_valid(v)
    if label == "BSN":
        c = re.sub(r"[ .\-]", "", v).upper()
        if c.startswith("NL") and c.endswith("B01"):
            return ob_ok(c)
        return bool(re.fullmatch(r"\d{8,9}", c)) and elfproef(c)
    if label == "CREDIT_CARD":
        return bool(re.fullmatch(r"[\d \-]+", v)) and card_valid(v)
    if label == "EMAIL":
        return bool(EMAIL_RE.fullmatch(v))
    if label == "PHONE":
        return any(phone_ok(v, c) for c in (("NL", "BE", "DE", "GB")))
    if label == "POSTCODE":
        return nl_postcode_ok(v) or uk_postcode_ok(v) or bool(re.fullmatch(r"\d{4,5}", v))
    if label == "IP_ADDRESS":
        return ip_public(v)
    if label == "DATE_OF_BIRTH":
        return parse_date(v)
    if label == "BTW_ID":
        return btw_mod97_ok(v)
    if label == "KVK":
        return bool(re.fullmatch(r"\d{8}", v))
    if label == "LICENSE_PLATE":
        return kenteken_ok(v) or bool(re.fullmatch(r"[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{1,4}", v))
    if label == "ID_DOCUMENT":
        return (docnr_nl_ok(v) or bool(re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}", v))
                or bool(re.fullmatch(r"\d{9,10}", v)) or bool(re.fullmatch(r"[IVX]{1,4}-V[A-NP-Z1-9]{8}", v)))
    if label == "ADDRESS":
        return bool(re.search(r"\d", v)) and bool(re.search(r"[A-Za-zß]{3}", v))
    if label == "PERSON":
        return not re.search(r"\d|@", v)
    return False


# ----------------------------------------------------------------------------------------------
# the organisation (never labelled)
# ----------------------------------------------------------------------------------------------
ORG_IBAN_1 = iban_make("NL", "KRVB0100200300")      # collection / refunds
ORG_IBAN_2 = iban_make("NL", "ABNA0623118840")      # mortgage payments
ORG_RSIN = None
for _cand in range(853104700, 853104800):
    if elfproef(str(_cand)):
        ORG_RSIN = str(_cand)
        break
ORG_BTW = f"NL{ORG_RSIN}B01"
ORG = {
    "names": ["Kroonveld Bank N.V.", "Kroonveld Bank", "Kroonveld", "Kroonveld Card", "Kroonveld Klantenservice",
              "Kroonveld Fraudedesk", "Kroonveld Fraud Desk", "Kroonveld Kundenservice", "Team Klachten Kroonveld",
              "Kroonveld Hypotheken", "Kroonveld Nabestaandenservice"],
    "domains": ["kroonveld.example"],
    "phones": ["088 456 7000", "088 456 7099", "06 4170 2255", "0800 0244"],
    "ibans": [ORG_IBAN_1, ORG_IBAN_2],
    "addresses": ["Muntmeesterlaan 10, 3521 BK Utrecht", "Postbus 2870, 3500 GW Utrecht"],
    "kvk": ["58310472"],
    "btw": [ORG_BTW],
    "handles": ["@KroonveldBank", "@kroonveld_helpt", "@KroonveldCard"],
}
ORG_BIC = "KRVBNL2U"


def sp4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


ORG_IBAN_1S = sp4(ORG_IBAN_1)
ORG_IBAN_2S = sp4(ORG_IBAN_2)
# written forms of the organisation's data that appear in texts (audit: never inside a span)
ORG_FORMS = ["088 456 7000", "088-4567000", "+31 88 456 7000", "0031 88 456 70 00", "088 456 7099", "+31 88 456 7099",
             "088-456 70 99", "06 4170 2255", "06-41702255", "+31 6 4170 2255", "0800 0244", "0800-0244",
             ORG_IBAN_1, ORG_IBAN_1S, ORG_IBAN_2, ORG_IBAN_2S, "58310472", ORG_BTW, "Muntmeesterlaan 10", "3521 BK",
             "Postbus 2870", "3500 GW", "3521BK"]


# ----------------------------------------------------------------------------------------------
# synthetic people, places and numbers (lists written for this set)
# ----------------------------------------------------------------------------------------------
FIRST = {
    "nl_f": ["Marieke", "Ilse", "Femke", "Wendela", "Hester", "Esmée", "Mirthe", "Tineke", "Geertje", "Maud", "Lieke",
             "Anouk", "Jolien", "Marjolein", "Floor", "Ineke", "Sietske", "Noëlle"],
    "nl_m": ["Gerrit", "Joost", "Wouter", "Sjoerd", "Thijs", "Maarten", "Ruud", "Hidde", "Jelle", "Pieter-Jan", "Ewoud",
             "Reinier", "Bart-Jan", "Gijs", "Teun", "Anton", "Harm", "Wim"],
    "ma_f": ["Yasmina", "Naima", "Houda", "Samira", "Ikram"],
    "ma_m": ["Karim", "Said", "Mourad", "Bilal", "Youssef"],
    "tr_f": ["Hatice", "Zeynep", "Elif", "Gülşen"],
    "tr_m": ["Emre", "Mehmet", "Burak", "Oğuzhan"],
    "sr_f": ["Sharmila", "Priya", "Roshni"],
    "sr_m": ["Rishi", "Anand", "Ravindre"],
    "de_f": ["Sabine", "Claudia", "Anja", "Heike", "Franziska", "Ursula", "Jutta", "Kerstin", "Mareike"],
    "de_m": ["Jürgen", "Ulrich", "Dieter", "Björn", "Matthias", "Rainer", "Torsten", "Lukas", "Volker"],
    "en_f": ["Hannah", "Aoife", "Charlotte", "Imogen", "Siobhan", "Rachel", "Megan"],
    "en_m": ["Oliver", "Callum", "Daniel", "Rhys", "Stuart", "Gareth", "Nathan"],
    "xx_f": ["Mei Lin", "Ana", "Agnieszka", "Deepa", "Lucía", "Oksana"],
    "xx_m": ["Rajesh", "Tomasz", "Lucas", "Chidi", "Arjun", "Mateus"],
}
LAST = {
    "nl": ["de Wilde", "van Oosterhout", "Brinkhuis", "Hofstede", "ter Veen", "Kuipers", "Verhagen", "van der Meulen",
           "Schoonderwoerd", "Dijkema", "Oudshoorn", "Bleeker", "van Rijswijk", "Molenaar", "Haverkort", "Lansink",
           "Wolters", "de Bruijn", "Zijlstra", "van 't Riet", "Heemskerk", "Stoutjesdijk", "Kloosterboer", "Spaargaren"],
    "ma": ["El Amrani", "Ouali", "Bouzian", "Azzouzi", "Ait Lahcen"],
    "tr": ["Demir", "Kaya", "Arslan", "Öztürk", "Yıldırım"],
    "sr": ["Ramdin", "Jagessar", "Mangal", "Soekhlal"],
    "de": ["Weißhaupt", "Rößler", "Kettelhack", "Pöppelmann", "Schürmann", "Kampshoff", "Lütkenhaus", "Tegeler",
           "Große-Wilde", "Hülsbusch", "Terwey"],
    "en": ["Pennington", "Whitlock", "Callaghan", "Ashcroft", "Fairweather", "Okonkwo", "Blackmore", "Hargreaves"],
    "xx": ["Iyer", "Chow", "Kowalczyk", "Nowicki", "Ferreira", "Menon", "Shevchenko", "Castellanos"],
}
HERITAGE = {"nl": ["nl"] * 6 + ["ma", "tr", "sr"], "en": ["en"] * 3 + ["xx"] * 3 + ["nl"], "de": ["de"] * 5 + ["nl", "tr"]}
TUSSEN = ("van ", "de ", "ter ", "ten ", "van 't ", "van der ", "van den ")


def surname_alone(last):
    """'van der Meulen' -> 'Van der Meulen' (capitalised when standing alone)"""
    return last[0].upper() + last[1:]


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ß", "ss").replace("ı", "i")


class Person:
    def __init__(self, first, last, sex):
        self.first, self.last, self.sex = first, last, sex

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def sur(self):
        return surname_alone(self.last)

    @property
    def ini(self):
        parts = re.split(r"[- ]", self.first)
        return "".join(p[0] + "." for p in parts if p)

    @property
    def core(self):
        """the surname without tussenvoegsel"""
        ls = self.last
        for t in sorted(TUSSEN, key=len, reverse=True):
            if ls.startswith(t):
                return ls[len(t):]
        return ls

    def email(self, r, dom, style=None):
        f = strip_acc(self.first).lower().replace(" ", "")
        l = strip_acc(self.last).lower().replace(" ", "").replace("'", "")
        style = style if style is not None else r.randrange(5)
        local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{r.randrange(10, 99)}", f"{l}.{f[0]}", f"{f}_{l}"][style]
        return f"{local}@{dom}"


class Ctx:
    """per-message state: rng + used names (so no two people in a message share a name token)"""

    def __init__(self, r, lang):
        self.r, self.lang, self.used = r, lang, set(STAFF_TOKENS | MERCHANT_TOKENS)

    def person(self, sex=None, her=None, last=None):
        r = self.r
        for _ in range(200):
            h = her or r.choice(HERITAGE[self.lang])
            s = sex or r.choice("fm")
            first = r.choice(FIRST[f"{h}_{s}"])
            ln = last or r.choice(LAST[h])
            toks = set(re.split(r"[- ]", first))
            if last is None:
                toks |= {surname_alone(ln), Person(first, ln, s).core}
            if toks & self.used:
                continue
            self.used |= toks
            return Person(first, ln, s)
        raise RuntimeError("no free name")

    def block(self, *names):
        self.used |= set(names)


DOMAINS = {"nl": ["ziggo.nl", "kpnmail.nl", "hotmail.com", "gmail.com", "outlook.com", "xs4all.nl", "planet.nl", "icloud.com"],
           "en": ["gmail.com", "outlook.com", "btinternet.com", "icloud.com", "proton.me", "yahoo.co.uk"],
           "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"]}

TOWNS = {  # town: (postcode range start, area code)
    "Amersfoort": (3811, "033"), "Zwolle": (8011, "038"), "Leiden": (2311, "071"), "Haarlem": (2011, "023"),
    "Delft": (2611, "015"), "Tilburg": (5011, "013"), "Groningen": (9711, "050"), "Apeldoorn": (7311, "055"),
    "Almere": (1311, "036"), "Breda": (4811, "076"), "Enschede": (7511, "053"), "Nijmegen": (6511, "024"),
    "Zierikzee": (4301, "0111"), "Harderwijk": (3841, "0341"), "Sneek": (8601, "0515"), "Venray": (5801, "0478"),
}
STREETS_NL = ["Zandloperstraat", "Oude Molensteeg", "Laan van Westerhout", "Burg. Verkadelaan", "Korenbloemweg",
              "Schepenhof", "Haringvlietkade", "Tolhuisstraat", "Spinnerijpad", "Wilgenhoek", "Hazelaarlaan",
              "Kempenaerstraat", "Pottenbakkerssingel", "Boterbloemdreef", "Ganzenmarkt", "Lijnbaanstraat",
              "Dr. Schaepmanplein", "Van Heeckerenweg", "Sluiswachtersdijk", "Klokkengieterij", "Ravelijnstraat"]
STREETS_DE = ["Am Mühlenbach", "Klosterweg", "Uhlandstraße", "Schützenstraße", "Birkenallee", "Lindenstraße",
              "Weberstraße", "Am Rosengarten", "Gocher Landstraße", "Hohe Straße", "Königsallee", "Zum Wasserturm"]
TOWNS_DE = {"Kleve": ("4753", "02821"), "Emmerich am Rhein": ("4644", "02822"), "Bocholt": ("4639", "02871"),
            "Gronau": ("4859", "02562"), "Aachen": ("5206", "0241"), "Düsseldorf": ("4021", "0211"), "Köln": ("5067", "0221")}
STREETS_UK = ["Thornbury Road", "Kestrel Close", "Marlowe Avenue", "Ferncliffe Drive", "St Aidan's Terrace", "Quarry Lane"]
TOWNS_UK = {"Bristol": ("BS6", "117"), "Leeds": ("LS7", "113"), "Manchester": ("M20", "161"), "Sheffield": ("S11", "114"),
            "Edinburgh": ("EH9", "131"), "Glasgow": ("G12", "141")}
STREETS_BE = ["Meersstraat", "Kouterdreef", "Sint-Pietersnieuwstraat", "Vlasmarkt", "Dorpsplein"]
TOWNS_BE = {"Gent": "9000", "Antwerpen": "2018", "Hasselt": "3500", "Brugge": "8000", "Turnhout": "2300"}

PC_LETTERS = "ABCDEGHJKLMNPRTVWXZ"


def nl_addr(r, town=None):
    town = town or r.choice(sorted(TOWNS))
    base, area = TOWNS[town]
    while True:
        pc = f"{base + r.randrange(0, 80)} {r.choice(PC_LETTERS)}{r.choice(PC_LETTERS)}"
        if pc[-2:] not in PC_BANNED and pc not in ("3521 BK", "3500 GW"):
            break
    num = str(r.randrange(1, 220))
    add = r.choice(["", "", "", "a", "B", "-2", " hs", "-III", " bis", "A-1"])
    return {"street": f"{r.choice(STREETS_NL)} {num}{add}", "pc": pc, "town": town, "area": area}


def de_addr(r, town=None):
    town = town or r.choice(sorted(TOWNS_DE))
    base, area = TOWNS_DE[town]
    return {"street": f"{r.choice(STREETS_DE)} {r.randrange(1, 120)}{r.choice(['', '', 'a', 'b'])}",
            "pc": f"{base}{r.randrange(0, 10)}", "town": town, "area": area}


def uk_addr(r, town=None):
    town = town or r.choice(sorted(TOWNS_UK))
    out, area = TOWNS_UK[town]
    st = f"{r.randrange(2, 180)} {r.choice(STREETS_UK)}"
    if r.random() < 0.3:
        st = f"Flat {r.randrange(1, 9)}, {st}"
    return {"street": st, "pc": f"{out} {r.randrange(1, 10)}{r.choice('ABDEFGHJLNPQRSTUWXY')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}",
            "town": town, "area": area}


def be_addr(r, town=None):
    town = town or r.choice(sorted(TOWNS_BE))
    st = f"{r.choice(STREETS_BE)} {r.randrange(1, 160)}" + r.choice(["", " bus 2", " bus 11", ""])
    return {"street": st, "pc": TOWNS_BE[town], "town": town}


NL_BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB", "KRVB", "KRVB", "KRVB"]


def nl_iban(r, bank=None):
    bank = bank or r.choice(NL_BANKS)
    acct = ("000" + "".join(r.choice("0123456789") for _ in range(7))) if bank == "INGB" else \
        (r.choice("0123456789")[:1] + "".join(r.choice("0123456789") for _ in range(9)))
    ib = iban_make("NL", bank + acct)
    assert ib not in ORG["ibans"]
    return ib


def de_iban(r):
    blz = r.choice(["32450000", "42850035", "39050000", "37050198", "30050110", "40050150"])
    return iban_make("DE", blz + "".join(r.choice("0123456789") for _ in range(10)))


def be_iban(r):
    while True:
        b = r.choice(["063", "001", "735", "363", "091"]) + "".join(r.choice("0123456789") for _ in range(7))
        chk = int(b) % 97 or 97
        ib = iban_make("BE", b + f"{chk:02d}")
        return ib


def gb_iban(r):
    return iban_make("GB", r.choice(["BARC", "LOYD", "MIDL", "NWBK"]) + "".join(r.choice("0123456789") for _ in range(14)))


def lt_iban(r):
    return iban_make("LT", r.choice(["32500", "73000", "70440"]) + "".join(r.choice("0123456789") for _ in range(11)))


def fr_iban(r):
    return iban_make("FR", "30004" + "".join(r.choice("0123456789") for _ in range(16)) + "".join(r.choice("0123456789") for _ in range(2)))


def iban_fmt(ib, style):
    if style == "c":
        return ib
    if style == "s":
        return sp4(ib)
    if style == "l":
        return ib.lower()
    if style == "sl":
        return sp4(ib).lower()
    raise ValueError(style)


def bsn(r):
    while True:
        d = str(r.randrange(100000000, 999999999))
        if elfproef(d):
            return d


def bsn_fmt(b, style):
    return {"p": b, "d": f"{b[:4]}.{b[4:6]}.{b[6:]}", "s": f"{b[:3]} {b[3:6]} {b[6:]}", "h": f"{b[:3]}-{b[3:6]}-{b[6:]}",
            "d2": f"{b[:2]}.{b[2:4]}.{b[4:6]}.{b[6:]}"}[style]


def not_elf9(r):
    while True:
        d = str(r.randrange(100000000, 999999999))
        if not elfproef(d):
            return d


def card(r, brand="visa"):
    pre = {"visa": r.choice(["4539", "4916", "4024", "4485"]), "mc": r.choice(["5412", "5235", "5168", "2223", "2701"]),
           "amex": r.choice(["34", "37"]), "maestro": "6759"}[brand]
    n = 15 if brand == "amex" else 16
    while True:
        body = pre + "".join(r.choice("0123456789") for _ in range(n - len(pre) - 1))
        for c in "0123456789":
            if luhn_ok(body + c):
                num = body + c
                break
        if card_valid(num):
            return num


def card_fmt(c, style):
    if style == "c":
        return c
    if len(c) == 15:
        return f"{c[:4]} {c[4:10]} {c[10:]}"
    sep = {"s": " ", "h": "-"}[style]
    return sep.join(c[i:i + 4] for i in range(0, 16, 4))


def nl_mobile(r):
    return "6" + r.choice("123458") + "".join(r.choice("0123456789") for _ in range(7))


def nl_mobile_fmt(nsn, style):
    n = nsn
    return {"a": f"06-{n[1:]}", "b": f"06 {n[1:5]} {n[5:]}", "c": f"+31 6 {n[1:]}", "d": f"0031 6 {n[1:5]} {n[5:]}",
            "e": f"+31 (0)6 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", "f": f"0{n}", "g": f"+316{n[1:]}", "h": f"06 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}"}[style]


def nl_fixed(r, area):
    a = area.lstrip("0")
    sub = r.choice("23456789") + "".join(r.choice("0123456789") for _ in range(8 - len(a)))
    return a + sub


def nl_fixed_fmt(nsn, area, style):
    a = area.lstrip("0")
    s = nsn[len(a):]
    if style == "a":
        return f"0{a}-{s}"
    if style == "b":
        return f"0{a} {s[:3]} {s[3:]}" if len(a) == 2 else f"0{a} {s[:3]} {s[3:]}"
    if style == "c":
        return f"+31 {a} {s}"
    if style == "d":
        return f"(0{a}) {s}"
    raise ValueError(style)


def be_mobile(r, style):
    n = "4" + r.choice("789") + "".join(r.choice("0123456789") for _ in range(7))
    return f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}" if style == "a" else f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"


def de_mobile(r, style):
    pre = r.choice(["151", "171", "176", "160"])
    ln = {"151": 8, "171": 7, "176": 8, "160": 7}[pre]
    sub = r.choice("23456789") + "".join(r.choice("0123456789") for _ in range(ln - 1))
    return {"a": f"0{pre} {sub}", "b": f"+49 {pre} {sub}", "c": f"0{pre}-{sub}", "d": f"0049 {pre} {sub}"}[style]


def de_fixed(r, area, style):
    sub = r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(r.choice([5, 6])))
    return f"{area}/{sub}" if style == "a" else f"+49 {area[1:]} {sub}" if style == "b" else f"{area} {sub}"


def uk_mobile(r, style):
    n = f"{r.randrange(0, 1000):03d}"
    return f"07700 900{n}" if style == "a" else f"+44 7700 900{n}" if style == "b" else f"+44 (0)7700 900 {n}"


def uk_fixed(r, area):
    return f"0{area} 496 0{r.randrange(0, 1000):03d}"


def dob(r, lang, style=None, lo=1938, hi=2004):
    while True:
        y, mo, d = r.randrange(lo, hi), r.randrange(1, 13), r.randrange(1, 29)
        if date_ok(y, mo, d):
            break
    style = style if style is not None else r.choice("abcdef")
    mn = MONTHS[lang][mo - 1]
    out = {"a": f"{d:02d}-{mo:02d}-{y}", "b": f"{d}-{mo}-{y}", "c": f"{d} {mn} {y}", "d": f"{y}-{mo:02d}-{d:02d}",
           "e": f"{d:02d}/{mo:02d}/{y}", "f": f"{d:02d}.{mo:02d}.{y}"}[style]
    if lang == "de" and style == "c":
        out = f"{d}. {mn} {y}"
    if lang == "en" and style == "g":
        out = f"{mn} {d}, {y}"
    return out


def dob_en_us(r):
    y, mo, d = r.randrange(1945, 2002), r.randrange(1, 13), r.randrange(1, 29)
    return f"{MONTHS['en'][mo - 1]} {d}, {y}"


DOC_CH = "ABCDEFGHJKLMNPRSTUVWXZ"


def nl_docnr(r, kind="N"):
    s = kind + r.choice(DOC_CH.replace("O", "")) + "".join(r.choice(DOC_CH + "123456789") for _ in range(6)) + r.choice("123456789")
    assert docnr_nl_ok(s)
    return s


def de_ausweis(r):
    al = "CFGHJKLMNPRTVWXYZ"
    return r.choice("LT") + "".join(r.choice(al + "0123456789") for _ in range(8))


def uk_passport(r):
    return str(r.randrange(120000000, 599999999))


def ip4(r):
    while True:
        a = f"{r.choice([31, 37, 45, 62, 77, 80, 81, 83, 84, 86, 89, 91, 94, 145, 176, 178, 185, 188, 212, 213, 217])}." \
            f"{r.randrange(1, 255)}.{r.randrange(0, 255)}.{r.randrange(1, 255)}"
        if ip_public(a):
            return a


def ip6(r):
    while True:
        a = "2a02:" + ":".join(f"{r.randrange(0, 65536):x}" for _ in range(3)) + "::" + f"{r.randrange(1, 65536):x}"
        if ip_public(a):
            return a


def kvk(r):
    return str(r.randrange(10000000, 99999999))


def btw_id(r):
    while True:
        d = f"{r.randrange(1, 999999999):09d}"
        if elfproef(d):
            continue
        x = int("2321" + d + "11")
        ss = (1 - x * 100) % 97
        if ss == 0:
            continue
        v = f"NL{d}B{ss:02d}"
        assert btw_mod97_ok(v)
        return v


def kenteken(r):
    L = "BDFGHJKLNPRSTVXZ"
    while True:
        pat = r.choice(["99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9"])
        s = "".join(r.choice(L) if c == "X" else r.choice("0123456789") if c == "9" else c for c in pat)
        if kenteken_ok(s):
            return s


def digs(r, n, first="123456789"):
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def imei(r):
    body = "35" + digs(r, 12, "0123456789")
    for ch in "0123456789":
        if luhn_ok(body + ch):
            assert not card_valid(body + ch)
            return body + ch


def payref16(r):
    while True:
        s = digs(r, 16, "1789")
        if not card_valid(s):
            return s


def arn(r):
    return "7" + digs(r, 22, "0123456789")


def amount(r, lo=5, hi=900, lang="nl"):
    v = r.randrange(lo * 100, hi * 100) / 100
    s = f"{v:,.2f}"
    if lang in ("nl", "de"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def masked_card(r):
    last4 = digs(r, 4, "0123456789")
    return r.choice([f"**** {last4}", f"XXXX XXXX XXXX {last4}", f"•••• {last4}", f"5412 75** **** {last4}", f"eindigend op {last4}"]), last4


def masked_iban(r):
    return r.choice([f"NL** KRVB **** **{digs(r, 2, '0123456789')} {digs(r, 2, '0123456789')}", f"NL{digs(r, 2, '0123456789')} **** **** **{digs(r, 2, '0123456789')} {digs(r, 2, '0123456789')}",
                     f"NL..KRVB...{digs(r, 4, '0123456789')}"])


def txid(r):
    return f"TRX-{r.choice(['2025', '2024'])}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}-{digs(r, 6, '0123456789')}"


def case_id(r, pre="KV"):
    return f"{pre}-{r.randrange(2024, 2026)}-{digs(r, 6, '0123456789')}"


def dt(r, lang="nl", year=2025, sep="-"):
    d, mo = r.randrange(1, 29), r.randrange(1, 13)
    if lang == "en":
        return f"{d:02d}/{mo:02d}/{year}"
    if lang == "de":
        return f"{d:02d}.{mo:02d}.{year}"
    return f"{d:02d}{sep}{mo:02d}{sep}{year}"


MERCHANTS_NL = ["Bakkerij Jan Vermeer", "Tony's Pizzeria Zwolle", "Hans Anders", "Albert Heijn 1432", "Kruidvat 7781",
                "Bol.com", "Coolblue", "NS Reizigers", "Restaurant Anna's Keuken", "Kapsalon Mieke", "Peek & Cloppenburg",
                "Tankstation Piet Kroon", "Bloemenhuis Sophie", "Slagerij Van Dam & Zn", "Jumbo Zierikzee", "HEMA Leiden"]
MERCHANTS_EN = ["Marks & Spencer", "John Lewis", "Sainsbury's", "Tony's Chocolonely", "Ryanair", "Booking.com",
                "UBER *TRIP", "Deliveroo", "Ted Baker", "Ben & Jerry's", "Jack Wills", "Tesco Express"]
MERCHANTS_DE = ["Bäckerei Karl Hübner", "Metzgerei Schulte", "dm-drogerie markt", "Rossmann", "Edeka Meyer",
                "Tchibo", "Lidl Kleve", "Apotheke am Markt", "Café Annelie", "Autohaus Friedrich Brand GmbH"]
STAFF = {  # Kroonveld staff: natural persons, always PERSON
    "sevda": Person("Sevda", "Korkmaz", "f"), "niels": Person("Niels", "Ouwerkerk", "m"),
    "marloes": Person("Marloes", "Buitenhuis", "f"), "jasper": Person("Jasper", "Dekkers", "m"),
    "imke": Person("Imke", "Tjoelker", "f"), "owen": Person("Owen", "Fairbanks", "m"),
    "katrin": Person("Katrin", "Vosskuhl", "f"), "rutger": Person("Rutger", "Spanjaard", "m"),
}
STAFF_TOKENS = {t for p in STAFF.values() for t in (p.first, p.sur)}
MERCHANT_TOKENS = {"Jan", "Vermeer", "Tony", "Hans", "Anders", "Anna", "Mieke", "Piet", "Kroon", "Sophie", "Dam", "John",
                   "Lewis", "Ted", "Baker", "Ben", "Jerry", "Jack", "Wills", "Karl", "Hübner", "Schulte", "Meyer", "Annelie",
                   "Friedrich", "Brand"}
for _h, _l in FIRST.items():
    assert not (set(_l) & (STAFF_TOKENS | MERCHANT_TOKENS)), _l
for _h, _l in LAST.items():
    assert not ({surname_alone(x) for x in _l} & (STAFF_TOKENS | MERCHANT_TOKENS)), _l


# ----------------------------------------------------------------------------------------------
# scenarios
# ----------------------------------------------------------------------------------------------
SCEN = []


def sc(lang, pii):
    def deco(fn):
        SCEN.append((lang, fn.__name__, pii, fn))
        return fn
    return deco


# ============================== Dutch: with personal data ======================================
@sc("nl", True)
def nl_phishing_sms(c, k):
    r = c.r
    me, mule = c.person(), c.person()
    amt = amount(r, 400, 2500)
    scam = nl_mobile(r)
    if k == 0:
        own = nl_iban(r, "KRVB")
        return (f"Onderwerp: ik ben opgelicht via sms\n\nGoedemiddag,\n\nGisteren ({dt(r)}) kreeg ik een sms: 'Uw Kroonveld-pas "
                f"verloopt, vernieuw via kroonveld-pasvernieuwen.com'. Ik heb daar mijn gegevens ingevuld en daarna belde iemand "
                f"vanaf {PH(nl_mobile_fmt(scam, 'a'))} die zei dat hij van de Kroonveld Fraudedesk was. Ik moest € {amt} overmaken "
                f"naar een 'veilige kluisrekening' {IB(iban_fmt(nl_iban(r, 'BUNQ'), 's'))} t.n.v. {P(mule.ini + ' ' + mule.last)}. Dat heb ik "
                f"gedaan 😞 Op die site heb ik ook mijn creditcard ingevuld: {CC(card_fmt(card(r, 'mc'), 's'))}.\nMijn eigen rekening is {IB(iban_fmt(own, 'c'))}. Kunnen jullie het geld terughalen?\n\nMvg,\n{P(me.full)}\n"
                f"{PH(nl_mobile_fmt(nl_mobile(r), 'b'))}")
    sv = STAFF["sevda"]
    last4 = digs(r, 4, "0123456789")
    return (f"[14:02] Klant: hoi ik heb op een link geklikt in een sms van 'kroonveld' en nu staat er 2x {amt} af naar een rekening "
            f"die ik niet ken\n[14:03] {P(sv.first)} (Kroonveld): Vervelend om te horen. Weet u naar welk rekeningnummer?\n"
            f"[14:05] Klant: {IB(iban_fmt(nl_iban(r, 'KNAB'), 'sl'))} staat erbij, naam {P(mule.full.upper())}\n"
            f"[14:05] Klant: en ze belden me vanaf 088 456 7000 maar dat zijn jullie toch??\n[14:07] {P(sv.first)} (Kroonveld): Dat "
            f"nummer wordt door oplichters nagebootst (spoofing). Wij vragen nooit om geld over te maken. Ik blokkeer uw pas "
            f"eindigend op {last4} nu.\n[14:08] Klant: ok dank je. ik ben {P(me.first.lower())} trouwens, ze appten eerst vanaf "
            f"{PH(nl_mobile_fmt(scam, 'g'))}")


@sc("nl", True)
def nl_spoofed_call(c, k):
    r = c.r
    me, fake = c.person(), c.person(sex="m", her="nl")
    if k == 0:
        return (f"Geachte Kroonveld,\n\nVanmorgen werd ik gebeld door ‘{P(fake.full)} van de afdeling veiligheid’. Op mijn scherm "
                f"stond 088 456 7099, jullie fraudenummer, dus ik vertrouwde het. Hij zei dat mijn spaargeld niet veilig was en dat "
                f"ik het moest overboeken naar {IB(iban_fmt(lt_iban(r), 's'))} (een 'tijdelijke rekening bij de ECB'). Gelukkig "
                f"kreeg ik twijfels. Later belde hij nog een keer vanaf {PH(nl_mobile_fmt(nl_mobile(r), 'c'))}.\nIk heb niets "
                f"overgemaakt, maar wel de code uit de app voorgelezen (484 211). Moet ik iets doen?\n\nMet vriendelijke groet,\n"
                f"{P(me.ini + ' ' + me.last)}\n{AD((a := nl_addr(r))['street'])}\n{PC(a['pc'])}  {a['town'].upper()}")
    nls = STAFF["niels"]
    return (f"Telefoonnotitie fraudedesk – {case_id(r)}\nBeller: {P(me.full)}, klant sinds 2016, geverifieerd via app.\n"
            f"Melding: gebeld door iemand die zich voorstelde als '{P(fake.first)} van Kroonveld' (nummerweergave 088-4567000 = "
            f"gespooft). Klant heeft € {amount(r, 900, 4000)} overgemaakt naar {IB(iban_fmt(nl_iban(r, 'INGB'), 'c'))}, "
            f"begunstigde {P(fake.first + ' ' + fake.last)}.\nActie: recall verstuurd naar ontvangende bank (BIC INGBNL2A), pas "
            f"**** {digs(r, 4)} geblokkeerd, aangifte geadviseerd. Terugbellen op {PH(nl_mobile_fmt(nl_mobile(r), 'h'))}.\n"
            f"— {P(nls.first)}")


@sc("nl", True)
def nl_chargeback(c, k):
    r = c.r
    me = c.person()
    mc, last4 = masked_card(r)
    rows = "\n".join(f"{dt(r)}  {mer:<26} € {amount(r, 8, 300):>8}  {txid(r)}" for mer in r.sample(MERCHANTS_NL, 4))
    if k == 0:
        return (f"Hallo,\n\nIk betwist een betaling met mijn creditcard ({mc}). Ik heb bij 'Zonnescherm Direct' een luifel besteld "
                f"voor € {amount(r, 600, 1500)}, maar nooit iets ontvangen. De winkel reageert niet meer. Hieronder mijn "
                f"afschrift:\n\n{rows}\n\nDe laatste regel is wél van mij. Het bedrag van Zonnescherm Direct staat er nog niet "
                f"bij want dat is van vorige maand (ARN {arn(r)}).\nGraag een chargeback.\n\nGroeten,\n{P(me.full)}\n"
                f"{EM(me.email(r, r.choice(DOMAINS['nl'])))}")
    cnum = card(r, "mc")
    return (f"goedenavond, er staan 3 betalingen aan 'VLX*GAMES DUBLIN' op mijn kaart die ik niet heb gedaan!! kaartnummer is "
            f"{CC(card_fmt(cnum, 's'))} (geldig t/m 09/28). blokkeer hem aub en zet het geld terug.\n{rows}\n"
            f"gr {P(me.first.lower() + ' ' + me.sur)}")


@sc("nl", True)
def nl_blocked_account(c, k):
    r = c.r
    me = c.person()
    ib = nl_iban(r, "KRVB")
    if k == 0:
        return (f"Waarom is mijn rekening {IB(iban_fmt(ib, 's'))} geblokkeerd?? Ik kan al sinds {dt(r)} niet pinnen en mijn "
                f"huur (€ {amount(r, 700, 1400)}) gaat zo niet af. Ik heb niks verkeerds gedaan. Mijn naam is {P(me.full)}, "
                f"geboren {DOB(dob(r, 'nl', 'a'))}. Bel me terug op {PH(nl_mobile_fmt(nl_mobile(r), 'a'))} want in de app "
                f"krijg ik alleen foutcode KV-4012.")
    return (f"Beste klantenservice,\n\nMijn account is 'tijdelijk beperkt' volgens de app (v8.14.2). Ik kreeg gisteren € "
            f"{amount(r, 1000, 5000)} binnen van mijn broer {P(c.person(sex='m', last=me.last).first + ' ' + me.last)} "
            f"(terugbetaling van een lening) en dat is toch normaal? Zijn rekening: {IB(iban_fmt(nl_iban(r, 'RABO'), 'c'))}.\n"
            f"Mijn geboortedatum is {DOB(dob(r, 'nl', 'c'))} en mijn klantnummer 40{digs(r, 6)}.\n\nGroet,\n{P(me.first)}")


@sc("nl", True)
def nl_kyc(c, k):
    r = c.r
    me = c.person()
    a = nl_addr(r)
    b = bsn(r)
    if k == 0:
        return (f"Identificatieformulier (upload via mijn.kroonveld.example)\n\nAchternaam:        {P(me.sur)}\n"
                f"Voornamen:         {P(me.first)}\nGeboortedatum:     {DOB(dob(r, 'nl', 'a'))}\nBSN:               "
                f"{BS(bsn_fmt(b, 'p'))}\nSoort document:    paspoort\nDocumentnummer:    {ID(nl_docnr(r, 'N'))}\n"
                f"Geldig tot:        {dt(r, year=2031)}\nAdres:             {AD(a['street'])}\nPostcode/plaats:   "
                f"{PC(a['pc'])} {a['town']}\nReferentie KYC:    KYC-{digs(r, 8)}")
    return (f"hallo, jullie vroegen om een kopie id maar de upload lukt niet (bestand te groot, 12 MB). hier de gegevens dan "
            f"maar: id-kaart nr {ID(nl_docnr(r, 'I'))}, bsn {BS(bsn_fmt(b, 'd'))}, geb. {DOB(dob(r, 'nl', 'b'))}. ik woon "
            f"{AD(a['street'])} in {a['town']} ({PC(a['pc'].replace(' ', ''))}). is dit genoeg?\n{P(me.full.lower())}")


@sc("nl", True)
def nl_address_change(c, k):
    r = c.r
    me = c.person()
    old, new = nl_addr(r), nl_addr(r)
    if k == 0:
        return (f"Adreswijziging\n\nPer {dt(r)} ben ik verhuisd.\nOud adres: {AD(old['street'])}, {PC(old['pc'])} {old['town']}\n"
                f"Nieuw adres: {AD(new['street'])}, {PC(new['pc'])} {new['town']}\n\nWillen jullie ook de nieuwe pas naar het "
                f"nieuwe adres sturen? De oude ({masked_card(r)[0]}) heb ik doorgeknipt.\n\nMet vriendelijke groet,\n"
                f"{P(me.full)}\nTel. {PH(nl_fixed_fmt(nl_fixed(r, TOWNS[new['town']][1]), TOWNS[new['town']][1], 'a'))}")
    return (f"Goedemorgen, wij (ik en mijn vrouw {P(c.person(sex='f').first)}) zijn verhuisd naar {AD(new['street'])}, "
            f"{PC(new['pc'])} {new['town']}. In de app kan ik het adres niet wijzigen, het veld blijft grijs. Kunnen jullie het "
            f"aanpassen voor onze gezamenlijke rekening {masked_iban(r)}? Bereikbaar op {PH(nl_mobile_fmt(nl_mobile(r), 'e'))}.\n"
            f"Groet, {P(me.ini + ' ' + me.last)}")


@sc("nl", True)
def nl_joint_account(c, k):
    r = c.r
    me = c.person(sex="f")
    pa = c.person(sex="m")
    if k == 0:
        return (f"Hoi,\n\nIk wil mijn partner toevoegen aan mijn rekening zodat het een en/of-rekening wordt. Zijn gegevens:\n"
                f"- naam: {P(pa.full)}\n- geboortedatum: {DOB(dob(r, 'nl', 'e'))}\n- e-mail: {EM(pa.email(r, r.choice(DOMAINS['nl'])))}\n"
                f"- mobiel: {PH(nl_mobile_fmt(nl_mobile(r), 'f'))}\nWe wonen samen op {AD((a := nl_addr(r))['street'])} "
                f"({PC(a['pc'])}).\nMoet hij zelf ook nog iets ondertekenen?\n\nLiefs, {P(me.first)}")
    ex = pa
    return (f"Wij gaan scheiden en ik wil de gezamenlijke rekening {IB(iban_fmt(nl_iban(r, 'KRVB'), 's'))} opheffen. "
            f"Mijn ex, {P(ex.first + ' ' + ex.last)}, werkt niet mee. Het saldo (€ {amount(r, 2000, 9000)}) moet volgens "
            f"het convenant 50/50. Mijn nieuwe rekening is {IB(iban_fmt(nl_iban(r, 'TRIO'), 'c'))}.\nIk heb het convenant "
            f"(zaaknummer C/16/{digs(r, 6)}) als bijlage.\n\n{P(me.full)}")


@sc("nl", True)
def nl_volmacht(c, k):
    r = c.r
    dad = c.person(sex="m", her="nl")
    me = c.person(sex="f", last=dad.last)
    if k == 0:
        return (f"Beste mensen,\n\nMijn vader, dhr. {P(dad.ini + ' ' + dad.last)}, is 87 en kan zijn bankzaken niet meer "
                f"zelf doen. Ik wil een volmacht op zijn rekening {IB(iban_fmt(nl_iban(r, 'KRVB'), 's'))}. Hij is geboren op "
                f"{DOB(dob(r, 'nl', 'c', 1930, 1940))} en woont in een aanleunwoning ({AD((a := nl_addr(r))['street'])}).\n"
                f"Ik ben zijn dochter, {P(me.first + ' ' + me.last)}, {PH(nl_mobile_fmt(nl_mobile(r), 'b'))}.\n\n"
                f"Welk formulier heb ik nodig? Op de site staat 'Volmacht V3.2' maar die link geeft een 404.\n\nGroet,\n"
                f"{P(me.first)}")
    return (f"Volmachtformulier – ingevuld\n\nVolmachtgever\n  Naam: {P(dad.sur + ', ' + dad.first)}\n  Geboortedatum: "
            f"{DOB(dob(r, 'nl', 'a', 1932, 1945))}\n  Rekening: {IB(iban_fmt(nl_iban(r, 'KRVB'), 'c'))}\nGevolmachtigde\n  Naam: "
            f"{P(me.sur + ', ' + me.first)}\n  Geboortedatum: {DOB(dob(r, 'nl', 'a', 1960, 1975))}\n  BSN: {BS(bsn_fmt(bsn(r), 's'))}\n"
            f"  E-mail: {EM(me.email(r, r.choice(DOMAINS['nl'])))}\nSoort volmacht: beheer (geen opnames boven € 2.500 per dag)\n"
            f"Formuliercode VM-3.2 / {dt(r)}")


@sc("nl", True)
def nl_deceased(c, k):
    r = c.r
    mum = c.person(sex="f", her="nl")
    me = c.person(sex="m", last=mum.last)
    im = STAFF["imke"]
    if k == 0:
        return (f"Geachte heer/mevrouw,\n\nHierbij meld ik het overlijden van mijn moeder, {P(mum.full)}, geboren "
                f"{DOB(dob(r, 'nl', 'a', 1930, 1950))}, overleden op {dt(r)} in {r.choice(sorted(TOWNS))}. Zij had bij u een "
                f"betaalrekening ({IB(iban_fmt(nl_iban(r, 'KRVB'), 's'))}) en een creditcard. De uitvaart kost € "
                f"{amount(r, 6000, 9000)}; kan die van haar rekening worden betaald? Notaris mr. {P(c.person(her='nl').full)} "
                f"van Notariskantoor Ten Brink & Van Dalen stelt de verklaring van erfrecht op.\n\nMet vriendelijke groet,\n"
                f"{P(me.full)}\n{AD((a := nl_addr(r))['street'])}, {PC(a['pc'])} {a['town']}")
    return (f"Re: Uw melding overlijden – dossier NBS-{digs(r, 7)}\n\nBeste {P(me.first)},\n\nDank voor het opsturen van de "
            f"akte. De rekeningen van wijlen mevrouw {P(mum.sur)} zijn nu 'geblokkeerd voor nabestaanden'. Vaste lasten (energie, "
            f"huur) lopen door. Zodra de verklaring van erfrecht binnen is, maken we het saldo over naar de rekening die de "
            f"executeur opgeeft.\n\nHartelijke groet,\n{P(im.full)}\nKroonveld Nabestaandenservice | 088 456 7000 (keuze 4)")


@sc("nl", True)
def nl_notary_letter(c, k):
    r = c.r
    dec = c.person(her="nl")
    h1, h2 = c.person(), c.person()
    notary = c.person(her="nl")
    if k == 0:
        return (f"---------- Doorgestuurd bericht ----------\nVan: Notariskantoor Van Vliet & Roos <{EM('secretariaat@vanvlietroos-notarissen.nl')}>\n"
                f"Onderwerp: nalatenschap {P(dec.full)} (kenmerk 2025.{digs(r, 4)}/NV)\n\nGeachte heer, mevrouw,\n\nIn de nalatenschap "
                f"van wijlen {P(dec.ini + ' ' + dec.last)}, geboren op {DOB(dob(r, 'nl', 'c', 1928, 1950))}, zijn als erfgenamen "
                f"aangewezen {P(h1.full)} en {P(h2.full)}. Wij verzoeken u het saldo van rekening {IB(iban_fmt(nl_iban(r, 'KRVB'), 's'))} "
                f"over te maken naar onze derdengeldrekening {IB(iban_fmt(nl_iban(r, 'ABNA'), 's'))} o.v.v. het kenmerk.\n\n"
                f"Hoogachtend,\nmr. {P(notary.full)}, notaris")
    return (f"Notitie nabestaandenteam\nOverledene: {P(dec.full)} (geb. {DOB(dob(r, 'nl', 'b', 1935, 1950))})\nExecuteur: "
            f"{P(h1.full)}, {AD((a := nl_addr(r))['street'])}, {PC(a['pc'])} {a['town']}, {EM(h1.email(r, r.choice(DOMAINS['nl'])))}\n"
            f"Verklaring van erfrecht ontvangen {dt(r)} (notaris {P(notary.sur)}). Creditcard {masked_card(r)[0]} opgezegd, "
            f"restschuld € {amount(r, 50, 900)}. Saldo naar {IB(iban_fmt(nl_iban(r), 'c'))}.\n— {P(STAFF['imke'].first)}")


@sc("nl", True)
def nl_mortgage_holiday(c, k):
    r = c.r
    me = c.person()
    rut = STAFF["rutger"]
    lening = f"{digs(r, 3)}.{digs(r, 3, '0123456789')}.{digs(r, 3, '0123456789')}"
    if k == 0:
        return (f"Onderwerp: betalingspauze hypotheek leningnummer {lening}\n\nGoedendag,\n\nIk ben per {dt(r)} mijn baan kwijt "
                f"(reorganisatie). De maandlast van € {amount(r, 900, 1900)} (rente 3,85%, looptijd t/m 2051) kan ik de komende "
                f"maanden niet betalen. Is een betalingspauze van 3 maanden mogelijk? Het gaat om de woning {AD((a := nl_addr(r))['street'])}, "
                f"{PC(a['pc'])} {a['town']}.\nU kunt mij bereiken op {PH(nl_fixed_fmt(nl_fixed(r, a['area']), a['area'], 'b'))}.\n\n"
                f"Vriendelijke groet,\n{P(me.full)}")
    return (f"Geachte {'heer' if me.sex == 'm' else 'mevrouw'} {P(me.sur)},\n\nuw verzoek om een betalingspauze is goedgekeurd: de termijnen "
            f"van {dt(r)} t/m {dt(r)} worden uitgesteld en daarna over de resterende looptijd verdeeld (± € {amount(r, 15, 60)} p/m "
            f"extra). De incasso vanaf uw rekening {masked_iban(r)} stopt automatisch.\nVragen? Bel 088 456 7000.\n\nMet vriendelijke "
            f"groet,\n{P(rut.ini + ' ' + rut.last)}\nKroonveld Hypotheken")


@sc("nl", True)
def nl_login_ip(c, k):
    r = c.r
    me = c.person()
    dev = f"{digs(r, 4, '0123456789ABCDEF')}-{''.join(r.choice('0123456789ABCDEF') for _ in range(4))}-{''.join(r.choice('0123456789abcdef') for _ in range(12))}"
    if k == 0:
        return (f"Ik kan niet meer inloggen. Na de update naar app-versie 8.15.0 krijg ik 'apparaat niet herkend' (code "
                f"E-1107). Ik zit thuis achter de router (192.168.2.254), mijn publieke IP is volgens whatismyip "
                f"{IP(ip4(r))}. Apparaat-ID uit de instellingen: {dev}. Telefoon: Pixel 7, Android 14.\nKunnen jullie het "
                f"apparaat resetten? Mijn e-mail is {EM(me.email(r, r.choice(DOMAINS['nl'])))}.\n{P(me.full)}")
    jas = STAFF["jasper"]
    return (f"INTERNE NOTITIE – Fraudedesk\nKlant: {P(me.full)} ({masked_iban(r)})\n{dt(r)} 02:14 login geslaagd vanaf "
            f"{IP(ip4(r))} (geo: Lagos?), nieuw device {dev}, daarna 3x iDEAL naar webshop 'PhoneDirect24'.\nVorige logins "
            f"allemaal vanaf {IP(ip6(r))} (Ziggo). Interne proxy 10.20.4.17 negeren.\nBesluit: sessies ingetrokken, "
            f"device ontkoppeld, klant gebeld op {PH(nl_mobile_fmt(nl_mobile(r), 'a'))} – bevestigt: niet zelf gedaan.\n"
            f"/{P(jas.first.lower())}")


@sc("nl", True)
def nl_mule_analysis(c, k):
    r = c.r
    mule = c.person(her=r.choice(["nl", "ma", "sr"]))
    v1, v2 = c.person(), c.person()
    if k == 0:
        return (f"Analyse mule-rekening {IB(iban_fmt((ib := nl_iban(r, 'KRVB')), 'c'))} (houder {P(mule.full)}, 19 jr, "
                f"geopend {dt(r)} via app)\n\nInkomend (laatste 48 uur):\n  {dt(r)}  € {amount(r, 300, 900)}  van "
                f"{IB(iban_fmt(nl_iban(r, 'INGB'), 'c'))}  {P(v1.ini + ' ' + v1.last.upper())}  oms. 'kluis'\n  {dt(r)}  € "
                f"{amount(r, 300, 900)}  van {IB(iban_fmt(nl_iban(r, 'RABO'), 'c'))}  {P(v2.ini + ' ' + v2.last.upper())}  "
                f"oms. 'veiligheid'\nUitgaand: direct door naar crypto-exchange (ref {payref16(r)}).\nLogin-IP's: "
                f"{IP(ip4(r))}, {IP(ip4(r))}.\nVoorstel: exit + melding FIOD/FIU, saldo bevriezen.\n— {P(STAFF['niels'].full)}")
    return (f"fraude-alert #{digs(r, 6)}: rekeninghouder {P(mule.last)} ontving 7 betalingen van onbekenden in 3 uur. "
            f"Tegenpartijen o.a. {IB(iban_fmt(be_iban(r), 's'))} en {IB(iban_fmt(de_iban(r), 's'))}. Houder wijzigde gisteren zijn "
            f"nummer naar {PH(nl_mobile_fmt(nl_mobile(r), 'c'))} en e-mail naar {EM('cashflow' + digs(r, 3) + '@proton.me')}. "
            f"Rekening {masked_iban(r)} geblokkeerd. Geen contact opnemen met houder tot FIU-terugkoppeling. Behandelaar: "
            f"{P(STAFF['jasper'].ini + ' ' + STAFF['jasper'].last)}")


@sc("nl", True)
def nl_forwarded_quote(c, k):
    r = c.r
    me = c.person()
    sv = STAFF["sevda"] if k == 0 else STAFF["marloes"]
    ref = case_id(r)
    a = nl_addr(r)
    return (f"Ik stuur uw antwoord nog maar een keer door, want er is NIETS gebeurd.\n\n{P(me.full)}\n{AD(a['street'])}\n"
            f"{PC(a['pc'])} {a['town']}\n{PH(nl_mobile_fmt(nl_mobile(r), 'h'))}\n\n> Op {dt(r)} om 16:41 schreef Kroonveld "
            f"Klantenservice <service@kroonveld.example>:\n> Beste {P(me.first) if k == 0 else 'klant'},\n> Uw melding ({ref}) "
            f"is doorgezet naar de afdeling Betalingsverkeer. U hoort binnen 5 werkdagen van ons.\n> Met vriendelijke groet,\n"
            f"> {P(sv.first)} | Kroonveld Bank N.V. | Muntmeesterlaan 10, 3521 BK Utrecht | KvK 58310472\n"
            f">> {'dubbele afschrijving € ' + amount(r, 20, 90) + ' bij ' + r.choice(MERCHANTS_NL) if k == 0 else 'pas ingeslikt door automaat Stationsplein'}")


@sc("nl", True)
def nl_social_dm(c, k):
    r = c.r
    me = c.person()
    a = nl_addr(r)
    if k == 0:
        return (f"@KroonveldBank al 3 dagen geen pas ontvangen en jullie wachtrij is 45 min 🙄 postcode {PC(a['pc'].replace(' ', ''))} "
                f"nr {a['street'].split()[-1]}, bel me {PH(nl_mobile_fmt(nl_mobile(r), 'f'))} – {P(me.first.lower())}")
    return (f"DM aan @kroonveld_helpt:\nhoi! mn oma ({P(c.person().full)}) is gebeld door 'jullie' en heeft haar pas aan een "
            f"koerier meegegeven 😡😡 ze woont {AD(a['street'])} {a['town']}. kunnen jullie haar pas blokkeren? ik ben "
            f"{P(me.first)}, haar kleinzoon/kleindochter, mijn nummer {PH(nl_mobile_fmt(nl_mobile(r), 'b'))}")


@sc("nl", True)
def nl_child_account(c, k):
    r = c.r
    par = c.person()
    kid = c.person(last=par.last)
    if k == 0:
        return (f"Ik wil een kinderrekening openen voor mijn zoon/dochter.\nNaam kind: {P(kid.full)}\nGeboortedatum: "
                f"{DOB(dob(r, 'nl', 'a', 2012, 2020))}\nBSN kind: {BS(bsn_fmt(bsn(r), 'p'))}\nOuder/wettelijk vertegenwoordiger: "
                f"{P(par.full)}, {EM(par.email(r, r.choice(DOMAINS['nl'])))}\nZakgeld € 10 per week via periodieke overboeking "
                f"van mijn rekening {IB(iban_fmt(nl_iban(r, 'KRVB'), 's'))}.")
    kid = c.person(sex="f", last=par.last)
    return (f"Hoi, mijn dochter {P(kid.first)} wordt {r.randrange(12, 17)} en wil een eigen pas. Ze heeft al een "
            f"jongerenrekening. Kan dat? Haar verjaardag is {DOB(dob(r, 'nl', 'c', 2008, 2013))}. In de app staat 'min. leeftijd "
            f"12 (beleid 2.3)'.\nGroetjes {P(par.full)}")


@sc("nl", True)
def nl_business(c, k):
    r = c.r
    me = c.person()
    if k == 0:
        return (f"Aanvraag zakelijke creditcard (eenmanszaak)\nHandelsnaam: Klusbedrijf De Handige Hamer\nKvK-nummer: {KVK(kvk(r))}\n"
                f"Btw-id: {BTW(btw_id(r))}\nOmzetbelastingnummer (oud): {BS('NL' + bsn(r) + 'B01')}\nEigenaar: {P(me.full)}\n"
                f"Vestigingsadres: {AD((a := nl_addr(r))['street'])}, {PC(a['pc'])} {a['town']}\nGewenste limiet: € 5.000\n"
                f"Vestigingsnummer KvK: {digs(r, 12, '0')}")
    return (f"Goedemiddag, op mijn factuur van jullie staat het btw-nummer van jullie ({ORG_BTW}), maar ik zoek de "
            f"specificatie van de kosten voor mijn zakelijke rekening. Mijn bedrijf: KvK {KVK(kvk(r))}, btw "
            f"{BTW(btw_id(r))}. Factuurnummer F2025-{digs(r, 5)}, periode {dt(r)} – {dt(r)}.\nMvg, {P(me.ini + ' ' + me.last)}")


@sc("nl", True)
def nl_complaint(c, k):
    r = c.r
    me = c.person()
    mar = STAFF["marloes"]
    if k == 0:
        return (f"{P(me.ini + ' ' + me.last)}\n{AD((a := nl_addr(r))['street'])}\n{PC(a['pc'])} {a['town']}\n\nKroonveld Bank N.V.\n"
                f"t.a.v. Team Klachten\nPostbus 2870\n3500 GW Utrecht\n\n{a['town']}, {dt(r)}\n\nBetreft: klacht over afhandeling "
                f"fraudemelding {case_id(r)}\n\nGeachte heer/mevrouw,\n\nOp {dt(r)} meldde ik een frauduleuze afschrijving van € "
                f"{amount(r, 200, 3000)}. Pas na vier telefoontjes werd er iets gedaan. Ik verzoek om vergoeding op "
                f"{IB(iban_fmt(nl_iban(r), 's'))} en een excuus.\n\nHoogachtend,\n\n{P(me.full)}")
    return (f"Beste {P(me.first)},\n\nDank voor uw klacht van {dt(r)}. Wij begrijpen dat het lang duurde. Als tegemoetkoming "
            f"storten wij € 50,00 op uw rekening ({masked_iban(r)}). Uw klacht is geregistreerd onder KL-{digs(r, 6)}. Bent u niet "
            f"tevreden, dan kunt u naar het Kifid.\n\nMet vriendelijke groet,\n{P(mar.full)}\nTeam Klachten Kroonveld")


@sc("nl", True)
def nl_stolen_abroad(c, k):
    r = c.r
    me = c.person()
    cnum = card(r, "visa")
    if k == 0:
        return (f"SPOED – mijn tas is gestolen in Antwerpen, met daarin mijn Kroonveld Card {CC(card_fmt(cnum, 'h'))}. Ik zie "
                f"al een betaling van € {amount(r, 100, 400)} bij een Delhaize. Ik heb een Belgisch nummer tijdelijk: "
                f"{PH(be_mobile(r, 'b'))}. Blokkeren graag!!\n{P(me.full)}")
    return (f"Melding verlies pas (telefonisch, {dt(r)} 23:12)\nKlant {P(me.full)} belde vanuit Spanje; pas {CC(card_fmt(cnum, 'c'))} "
            f"+ paspoort {ID(nl_docnr(r, 'N'))} gestolen in Málaga. Pas geblokkeerd, noodpas via DHL naar het hotel "
            f"(zending {digs(r, 10)}). Koers op laatste transactie 1 EUR = 1,0000 EUR (eurozone). Terugbelnummer {PH(nl_mobile_fmt(nl_mobile(r), 'd'))}.\n"
            f"— {P(STAFF['sevda'].full)}")


# ============================== Dutch: without personal data ===================================
@sc("nl", False)
def nl_free_chargeback_howto(c, k):
    r = c.r
    mc, _ = masked_card(r)
    if k == 0:
        return (f"Hoe werkt een chargeback bij jullie precies? Ik heb op {dt(r)} bij Bakkerij Jan Vermeer een taart besteld "
                f"(€ {amount(r, 30, 80)}) en op {dt(r)} bij Tony's Pizzeria Zwolle betaald, maar beide zijn 2x afgeschreven van "
                f"mijn creditcard {mc}. De winkel zegt dat het aan de bank ligt. Transactie-ID's: {txid(r)} en {txid(r)}. Moet ik "
                f"eerst zelf de winkel aanschrijven of kan ik meteen bij jullie terecht? Hoe lang duurt het (45 of 120 dagen?).")
    return (f"Vraag over betwiste betaling\nKaart: {mc}\nHandelaar: HANS ANDERS NL 0231\nBedrag: € {amount(r, 80, 300)} "
            f"(autorisatiecode {digs(r, 6, '0123456789')}, MCC 8043)\nARN: {arn(r)}\nDatum transactie: {dt(r)}\nReden: bril "
            f"geretourneerd op {dt(r)}, creditnota CN-{digs(r, 7)} ontvangen maar geld niet teruggestort.\nGraag advies.")


@sc("nl", False)
def nl_free_phishing_forward(c, k):
    r = c.r
    if k == 0:
        return (f"Deze sms kreeg ik net, lijkt me nep:\n\n\"Kroonveld: Uw pas wordt op {dt(r)} geblokkeerd wegens verouderde "
                f"gegevens. Verifieer direct via https://kroonveld-pasbeheer.net/verify?id={digs(r, 9)} of bel 088 456 7000.\"\n\n"
                f"Het nummer klopt wel met dat van jullie, dat maakt het eng. Ik heb niets ingevuld en niet gebeld. Afzender was "
                f"'KROONVELD'. Willen jullie dit doorzetten naar de fraudedesk?")
    return (f"FW: Belangrijk bericht over uw rekening\n\nIk kreeg deze mail, met logo en al. Volgens mij phishing:\n\n> Geachte "
            f"klant,\n> Wegens de nieuwe PSD2-richtlijn (versie 2.1.4) moet u uw identiteit opnieuw bevestigen vóór {dt(r)}.\n> "
            f"Klik op 'Bevestigen' of uw rekening NL** KRVB **** **{digs(r, 2, '0123456789')} {digs(r, 2, '0123456789')} wordt "
            f"bevroren.\n> Kenmerk: KRV/{digs(r, 6)}/SEC\n> Team Veiligheid\n\nDe link gaat naar kroonveld.secure-login.top. Ik heb "
            f"er niet op geklikt.")


@sc("nl", False)
def nl_free_txlist(c, k):
    r = c.r
    rows = [(dt(r), mer, amount(r, 3, 120)) for mer in r.sample(MERCHANTS_NL, 5)]
    if k == 0:
        body = "\n".join(f"| {d} | {mer} | -€ {a} |" for d, mer, a in rows)
        return (f"Deze afschrijvingen snap ik niet, vooral de dubbele:\n\n| Datum | Omschrijving | Bedrag |\n|---|---|---|\n{body}\n"
                f"| {rows[2][0]} | {rows[2][1]} | -€ {rows[2][2]} |\n\nRekening {masked_iban(r)}, saldo na boeking € "
                f"{amount(r, 100, 2000)}. Betalingskenmerk van de dubbele: {payref16(r)}.")
    body = "\n".join(f"{d}\t{mer.upper()}\t{a}\tBEA, Betaalpas" for d, mer, a in rows)
    return (f"Export uit de app (CSV plakken lukte niet):\n{body}\n\nDe 3e regel herken ik niet. Kaart {masked_card(r)[0]}, "
            f"terminal-ID {digs(r, 8)}. Hoort die bij jullie of bij de winkel?")


@sc("nl", False)
def nl_free_autoreply(c, k):
    r = c.r
    if k == 0:
        return (f"Automatisch antwoord – Kroonveld Klantenservice\n\nBedankt voor uw bericht. Wij reageren binnen 2 werkdagen. "
                f"Uw referentie: {case_id(r)}.\n\nPas kwijt of fraude? Bel direct 088 456 7099 (24/7) of, vanuit het buitenland, "
                f"+31 88 456 7099. Blokkeren kan ook gratis via 0800 0244.\nWhatsApp: 06 4170 2255 (ma–vr 8–20 uur).\n\nKroonveld Bank N.V."
                f" | Muntmeesterlaan 10, 3521 BK Utrecht | Postbus 2870, 3500 GW Utrecht\nKvK 58310472 | btw {ORG_BTW} | BIC {ORG_BIC}\n"
                f"Kroonveld Bank staat onder toezicht van DNB en de AFM (registratienummer {digs(r, 8)}).")
    return (f"Betaalinstructie aflossing creditcard\n\nMaak het openstaande bedrag (€ {amount(r, 100, 900)}) over naar "
            f"{ORG_IBAN_1S} t.n.v. Kroonveld Bank N.V. (BIC {ORG_BIC}) o.v.v. betalingskenmerk {payref16(r)}.\nHypotheekbetalingen "
            f"gaan naar {ORG_IBAN_2} t.n.v. Kroonveld Hypotheken.\nVragen? 088-4567000 of service@kroonveld.example.\nKvK 58310472")


@sc("nl", False)
def nl_free_app_error(c, k):
    r = c.r
    if k == 0:
        return (f"Sinds de update naar {r.choice(['8.15.0', '8.15.1'])} crasht de app bij het openen van 'Mijn kaarten'. iPhone 13, iOS "
                f"17.5.1, IMEI {imei(r)}. Foutmelding: 'KV-ERR-5003 (session 7f3a9c…)'. Via wifi (192.168.1.1 als gateway) en via 4G hetzelfde. "
                f"Vorige versie 8.14.2.7 werkte prima. Al opnieuw geïnstalleerd. Tips?")
    return (f"Bug report internet bankieren\nBrowser: Firefox 128.0.3, Windows 11 23H2\nURL: https://mijn.kroonveld.example/kaarten/limiet\n"
            f"Fout: HTTP 502 na 30 sec, request-id {''.join(r.choice('0123456789abcdef') for _ in range(16))}\nLokaal IP 10.0.0.{r.randrange(2, 250)}, DNS 127.0.0.53\n"
            f"Tijdstip: {dt(r)} 09:4{r.randrange(0, 10)}\nReproduceerbaar: ja, ook in Edge 126.0.2592.87")


@sc("nl", False)
def nl_free_mortgage_question(c, k):
    r = c.r
    dos = bsn(r)  # 9 digits passing the elfproef, but a dossier number
    if k == 0:
        return (f"Vraag over hypotheek, dossiernummer {dos}\n\nMijn rentevaste periode loopt af op {dt(r, year=2026)}. Het "
                f"rentevoorstel is 4,12% voor 10 jaar, terwijl ik op de site 3,79% zie (NHG, LTV < 80%). Restschuld € "
                f"{amount(r, 150000, 300000)}, WOZ-waarde € {amount(r, 350000, 500000)}. Kan ik nog tussentijds boetevrij "
                f"oversluiten (10% per jaar)? Dank alvast.")
    return (f"Is een betalingspauze mogelijk bij tijdelijke inkomensdaling? Ik lees op de site 'max. 6 maanden, zie "
            f"voorwaarden HYP-2024 art. 7.3'. Mijn leningdeel {digs(r, 3)}.{digs(r, 3, '0123456789')}.{digs(r, 3, '0123456789')}-02 "
            f"is annuïtair, € {amount(r, 600, 1200)} bruto per maand. Wat gebeurt er met de hypotheekrenteaftrek over {r.randrange(2025, 2027)}?")


@sc("nl", False)
def nl_free_fx(c, k):
    r = c.r
    if k == 0:
        return (f"Ik betaalde in Londen £ {amount(r, 20, 200)} bij Marks & Spencer. Afgeschreven: € {amount(r, 25, 240)}. Dat "
                f"is een koers van 1 GBP = 1,{digs(r, 4, '0123456789')} EUR terwijl de ECB-koers die dag 1,1693 was. Plus 1,5% "
                f"opslag en € 0,50 transactiekosten. Klopt dit? Kaart {masked_card(r)[0]}.")
    return (f"Internationale overboeking naar de VS: USD 2.450,00 naar Chase (BIC CHASUS33). Kosten OUR gekozen maar er is toch "
            f"USD 25 ingehouden door de correspondentbank (DEUTDEFFXXX). Referentie {txid(r)}, valutadatum {dt(r)}, koers 0,9214. "
            f"Hoe krijg ik dat terug?")


@sc("nl", False)
def nl_free_internal_stats(c, k):
    r = c.r
    if k == 0:
        return (f"Weekrapport fraudedesk wk {r.randrange(1, 52)}\n- phishing-meldingen: {r.randrange(100, 400)} (+{r.randrange(2, 30)}%)\n"
                f"- spoofing met ons nummer 088 456 7099: {r.randrange(20, 90)} meldingen\n- recalls verstuurd: {r.randrange(20, 60)}, "
                f"succesvol {r.randrange(5, 20)} (€ {amount(r, 10000, 90000)})\n- mule-rekeningen geëxit: {r.randrange(3, 15)}\n"
                f"Aandachtspunt: nieuwe golf 'pakketje-sms' via kroonveld-bezorging.com. Klantnamen staan in het dossier, niet hier.")
    return (f"Change {case_id(r, 'CHG')}: deploy fraudeengine 3.14.2.1 op {dt(r)} 22:00. Servers 10.40.2.17 en 172.16.8.4, "
            f"rollback naar 3.14.1.9. Regels R-117 t/m R-121 (drempel € 2.500, 5 tx/uur). Monitoring via dashboard "
            f"fraud.kroonveld.example. Geen klantimpact verwacht.")


@sc("nl", False)
def nl_free_social_rant(c, k):
    r = c.r
    if k == 0:
        return (f"@KroonveldBank weer storing?? kan niet pinnen bij de Jumbo, 3e keer deze maand. #kroonveld #storing #pinnen "
                f"allestoringen.nl zegt {r.randrange(300, 2000)} meldingen sinds 17:05")
    return (f"Reactie @kroonveld_helpt: Hoi! Er is een storing bij iDEAL sinds {r.randrange(10, 18)}:{r.randrange(10, 59)}. Onze "
            f"excuses. Volg status.kroonveld.example voor updates. Betaal je liever later? Je betaalverzoek blijft 48 uur geldig. ^fraudedesk")


@sc("nl", False)
def nl_free_0900_caller(c, k):
    r = c.r
    if k == 0:
        return (f"Ik werd gebeld door 0900-{digs(r, 7)} met de vraag of ik 'de nieuwe pas al had geactiveerd'. Ik heb opgehangen. "
                f"Later nog 2x een 0800-{digs(r, 4)}-nummer. Zijn jullie dat? Jullie nummer is toch 088 456 7000? Ik heb niks "
                f"doorgegeven, alleen mijn pas eindigt op {digs(r, 4)} en dat wisten ze al.")
    return (f"Klant meldt oproep van +31 88 456 7000 (ons nummer) op {dt(r)} 11:02 met vraag om 'verificatiecode'. Klant "
            f"heeft code niet gegeven. Spoofing-melding doorgezet aan provider, ticket {case_id(r)}. Geen schade.")


@sc("nl", False)
def nl_free_betalingskenmerk(c, k):
    r = c.r
    fac = bsn(r)
    if k == 0:
        return (f"Ik heb mijn voorlopige aanslag betaald via de app maar het betalingskenmerk ({payref16(r)}) is afgewezen: 'kenmerk "
                f"ongeldig'. Bedrag € {amount(r, 200, 3000)}, van rekening {masked_iban(r)}. Moet ik het opnieuw doen met spaties "
                f"(xxxx xxxx xxxx xxxx)? De Belastingdienst zegt dat het aan de bank ligt.")
    return (f"Factuur {fac} van de aannemer is 2x betaald ({dt(r)} en {dt(r)}), € {amount(r, 1000, 8000)} per keer. "
            f"Transactiereferenties {txid(r)} / {txid(r)}. Kunnen jullie de tweede terughalen? De aannemer zegt 'bel je bank'.")


# ============================== English: with personal data ====================================
@sc("en", True)
def en_hi_mum(c, k):
    r = c.r
    me = c.person()
    kid = c.person(last=me.last)
    if k == 0:
        return (f"Hi there,\n\nI got a WhatsApp from {PH(nl_mobile_fmt(nl_mobile(r), 'c'))} saying 'hi mum, new number, phone broke'. "
                f"I thought it was my son {P(kid.first)} (his real number is {PH(uk_mobile(r, 'b'))}, he studies in Leeds). I "
                f"transferred €{amount(r, 500, 1800, 'en')} to {IB(iban_fmt(nl_iban(r, 'BUNQ'), 's'))} in the name of "
                f"'{P(c.person().full)}'. Only afterwards I called {P(kid.first)} and he knew nothing.\nPlease help me get it back.\n\n"
                f"{P(me.full)}")
    return (f"Fraud report – WhatsApp impersonation\nCustomer: {P(me.full)} (verified in app)\nScam number: "
            f"{PH(nl_mobile_fmt(nl_mobile(r), 'a'))}\nPaid to: {IB(iban_fmt(nl_iban(r, 'RABO'), 'c'))} / {IB(iban_fmt(nl_iban(r, 'SNSB'), 'c'))}\n"
            f"Amounts: €{amount(r, 200, 900, 'en')} + €{amount(r, 200, 900, 'en')} on {dt(r, 'en')}\nRecall requested 16:20, "
            f"reference RCL-{digs(r, 8)}.\nAnalyst: {P(STAFF['owen'].full)}")


@sc("en", True)
def en_chargeback_airline(c, k):
    r = c.r
    me = c.person()
    if k == 0:
        return (f"Dear Kroonveld,\n\nMy flight with SkyBridge Air (booking ref {''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}) "
                f"on {dt(r, 'en')} was cancelled and the airline has ignored my refund request for 10 weeks. I paid "
                f"€{amount(r, 300, 1200, 'en')} with my Kroonveld Card ending in {digs(r, 4)}. I would like to open a chargeback.\n"
                f"Attached: cancellation e-mail, booking confirmation, my complaint of {dt(r, 'en')}.\n\nKind regards,\n{P(me.full)}\n"
                f"{EM(me.email(r, r.choice(DOMAINS['en'])))}")
    amx = card(r, "amex")
    return (f"hello, someone used my amex-style card number {CC(card_fmt(amx, 's'))} for 4 Deliveroo orders last night "
            f"(£{amount(r, 20, 60, 'en')} each, GBP→EUR at 1.1712). I am in Amsterdam, not London. Block it please! "
            f"— {P(me.first)} ({EM(me.email(r, r.choice(DOMAINS['en'])))})")


@sc("en", True)
def en_chat_full_card(c, k):
    r = c.r
    me = c.person()
    ow = STAFF["owen"]
    cnum = card(r, r.choice(["visa", "mc"]))
    return (f"[09:12] {P(me.full) if k == 0 else P(me.first)}: hi, my card doesn't work online, 3-D Secure "
            f"keeps failing\n[09:13] {P(ow.first)} (Kroonveld): Hi! Sorry about that. Which card is it? Just the last 4 digits please.\n"
            f"[09:13] {P(me.full) if k == 0 else P(me.first)}: it's {CC(card_fmt(cnum, 's' if k == 0 else 'c'))} exp 11/27\n"
            f"[09:14] {P(ow.first)} (Kroonveld): Please never share the full number in chat, I've asked for it to be removed. "
            f"The card ending {cnum[-4:]} is blocked for online use because of a suspicious attempt at 'BINANCE*EU' on "
            f"{dt(r, 'en')}. I'll send a new one.\n[09:15] {P(me.full) if k == 0 else P(me.first)}: ok thanks")


@sc("en", True)
def en_kyc_expat(c, k):
    r = c.r
    me = c.person(her=r.choice(["en", "xx"]))
    a = nl_addr(r)
    if k == 0:
        return (f"Hello, I'm trying to finish onboarding but the app rejects my passport photo. Details:\nName: {P(me.full)}\n"
                f"Date of birth: {DOB(dob_en_us(r))}\nUK passport no. {ID(uk_passport(r))}\nBSN: {BS(bsn_fmt(bsn(r), 'p'))}\n"
                f"Address: {AD(a['street'])}, {PC(a['pc'])} {a['town']}\nI moved here on {dt(r, 'en')} for work (ASML contract "
                f"#{digs(r, 6)}). Can I verify in a branch instead?")
    return (f"hi, my residence permit was renewed and the new document number is {ID('III-V' + ''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXZ123456789') for _ in range(8)))}. "
            f"the app says my ID expires on {dt(r, 'en', 2025)} so I'm blocked from payments. my citizen service number is "
            f"{BS(bsn_fmt(bsn(r), 'h'))} and I was born on {DOB(dob(r, 'en', 'c'))}. thanks, {P(me.first.lower())}")


@sc("en", True)
def en_moving_uk(c, k):
    r = c.r
    me = c.person(her="en")
    a = uk_addr(r)
    if k == 0:
        return (f"Hi,\n\nI'm moving back to the UK at the end of the month. Can I keep my Kroonveld account and card? My new address "
                f"will be:\n\n{AD(a['street'])}\n{a['town']}\n{PC(a['pc'])}\n\nUK mobile {PH(uk_mobile(r, 'a'))}, landline "
                f"{PH(uk_fixed(r, a['area']))}.\nMy Dutch address ({AD((b := nl_addr(r))['street'])}, {PC(b['pc'])}) is valid until "
                f"{dt(r, 'en')}.\n\nCheers,\n{P(me.first)}")
    return (f"Address update request\nCustomer: {P(me.ini + ' ' + me.last)}\nNew address: {AD(a['street'])}, {a['town']} "
            f"{PC(a['pc'])}, United Kingdom\nEffective: {dt(r, 'en')}\nNote: customer asks whether statements can be sent by "
            f"e-mail to {EM(me.email(r, r.choice(DOMAINS['en'])))} instead of post (postage to UK £1.70).")


@sc("en", True)
def en_login_ip(c, k):
    r = c.r
    me = c.person()
    if k == 0:
        return (f"I keep getting 'login attempt blocked' e-mails, but I haven't tried to log in. The e-mail says the attempt came "
                f"from {IP(ip4(r))} (Romania?) at 03:12. My own IP at home is {IP(ip6(r))}. Version 8.15.1 of the app, Samsung "
                f"S23. Should I change my PIN? — {P(me.full)}, {EM(me.email(r, r.choice(DOMAINS['en'])))}")
    return (f"Security log excerpt (customer {P(me.full)}):\n{dt(r, 'en')} 21:40:02  login OK     {IP(ip4(r))}  device iPhone15,3\n"
            f"{dt(r, 'en')} 21:44:51  add payee    {IP(ip4(r))}  device SM-A546B (NEW)\n{dt(r, 'en')} 21:45:10  2FA failed   "
            f"127.0.0.1 (internal health check)\nAction: payee removed, customer informed by phone {PH(nl_mobile_fmt(nl_mobile(r), 'c'))}.")


@sc("en", True)
def en_joint_divorce(c, k):
    r = c.r
    me, ex = c.person(sex="f"), c.person(sex="m")
    if k == 0:
        return (f"To whom it may concern,\n\nMy ex-husband {P(ex.full)} and I hold joint account {IB(iban_fmt(nl_iban(r, 'KRVB'), 's'))}. "
                f"We separated on {dt(r, 'en')}. I want to be removed as account holder and have my half "
                f"(€{amount(r, 3000, 9000, 'en')}) paid to my own account {IB(iban_fmt(nl_iban(r, 'ABNA'), 'c'))}. He agrees; you can "
                f"reach him at {EM(ex.email(r, r.choice(DOMAINS['nl'])))}.\n\nRegards,\n{P(me.full)}")
    return (f"Quick question: my partner {P(ex.first)} wants to be added to my account. Do we both need to come to a branch or "
            f"can he sign digitally? He's German, born {DOB(dob(r, 'en', 'e'))}, with a Personalausweis ({ID(de_ausweis(r))}). "
            f"Thanks! {P(me.first)}")


@sc("en", True)
def en_deceased_father(c, k):
    r = c.r
    dad = c.person(sex="m", her="en")
    me = c.person(sex="f", last=dad.last)
    if k == 0:
        return (f"Dear Sir/Madam,\n\nI am writing to inform you that my father, {P(dad.full)} (date of birth {DOB(dob(r, 'en', 'c', 1935, 1955))}), "
                f"passed away on {dt(r, 'en')}. He lived in Haarlem for 30 years and banked with you. I live in Bristol and am the "
                f"executor. Please pay the balance to my UK account {IB(iban_fmt(gb_iban(r), 's'))}. My phone: "
                f"{PH(uk_fixed(r, '117'))}.\n\nYours faithfully,\n{P(me.full)}")
    return (f"Hi {P(me.first)},\n\nThanks for sending the death certificate of Mr {P(dad.sur)}. We've frozen his accounts and "
            f"cancelled the card ending {digs(r, 4)}. As you live abroad, we need a certified copy of your passport (number "
            f"{ID(uk_passport(r))} as you mentioned) and the Dutch 'verklaring van erfrecht'.\n\nKind regards,\n"
            f"{P(STAFF['imke'].full)}\nKroonveld Nabestaandenservice")


@sc("en", True)
def en_spoof_call(c, k):
    r = c.r
    me, fake = c.person(), c.person(her="en", sex="m")
    if k == 0:
        return (f"A man called me claiming to be '{P(fake.full)}' from your security team. The caller ID showed +31 88 456 7099. "
                f"He knew my name and the last digits of my card. He wanted me to move my savings to {IB(iban_fmt(lt_iban(r), 'c'))}. "
                f"I hung up and he called again from {PH(uk_mobile(r, 'b'))}. I haven't paid anything.\n{P(me.full)}")
    return (f"FYI — a 'Kroonveld fraud officer' called from {PH(nl_fixed_fmt(nl_fixed(r, '020'), '020', 'c'))} and asked me to "
            f"read out a code. He said his name was {P(fake.first)}. I didn't give the code. My account is "
            f"{IB(iban_fmt(nl_iban(r, 'KRVB'), 'l'))} in case you want to check. {P(me.first)}")


@sc("en", True)
def en_aml_blocked(c, k):
    r = c.r
    me, fr = c.person(), c.person(her="de", sex="m")
    if k == 0:
        return (f"My account was blocked after my friend {P(fr.full)} sent me €{amount(r, 2000, 8000, 'en')} from Germany "
                f"({IB(iban_fmt(de_iban(r), 's'))}) for the car I sold him. You now ask for 'source of funds'. I attached the "
                f"purchase agreement (car reg. {LP(kenteken(r))}). How long will this take? I need to pay rent on the 1st.\n{P(me.first)}")
    return (f"Compliance request KYC-{digs(r, 7)}: please explain incoming transfer of €{amount(r, 9000, 20000, 'en')} on "
            f"{dt(r, 'en')} from {IB(iban_fmt(fr_iban(r), 's'))} (ordering party {P(fr.sur.upper() + ' ' + fr.first.upper())}). Reply with "
            f"documents before {dt(r, 'en')}. Contact: {P(STAFF['owen'].first)}, International Desk.")


@sc("en", True)
def en_poa_partner(c, k):
    r = c.r
    me, pa = c.person(sex="f"), c.person(sex="m")
    if k == 0:
        return (f"Hello, my husband {P(pa.full)} works offshore in Norway for 6 weeks at a time. Can I get a power of attorney for his "
                f"account {IB(iban_fmt(nl_iban(r, 'KRVB'), 's'))} so I can pay our bills? He can sign the form from the platform. "
                f"My number is {PH(nl_mobile_fmt(nl_mobile(r), 'b'))}. Thanks, {P(me.full)}")
    return (f"Power of attorney form – attorney-in-fact\nFull name: {P(me.full)}\nDate of birth: {DOB(dob(r, 'en', 'a'))}\n"
            f"ID card no.: {ID(nl_docnr(r, 'I'))}\nRelationship: spouse of {P(pa.full)}\nScope: view + payments up to €1,500/day\n"
            f"Form version POA-EN-2.0, signed {dt(r, 'en')}")


@sc("en", True)
def en_be_frontier(c, k):
    r = c.r
    me = c.person(her="nl")
    a = be_addr(r)
    if k == 0:
        return (f"Hi, I live in Belgium and work in Breda. My salary goes to my Belgian account {IB(iban_fmt(be_iban(r), 's'))} but I "
                f"want it on my Kroonveld account now. Do you need a Belgian address proof? I live at {AD(a['street'])}, "
                f"{PC(a['pc'])} {a['town']}. GSM {PH(be_mobile(r, 'a'))}.\nBest, {P(me.full)}")
    return (f"cross-border question: can I get a Dutch mortgage with you while living at {AD(a['street'])}, {PC(a['pc'])} "
            f"{a['town']}? employer in Tilburg, gross €{amount(r, 4000, 7000, 'en')}/month. reach me on {PH(be_mobile(r, 'b'))} "
            f"after 6pm. {P(me.full)}")


@sc("en", True)
def en_analyst_note(c, k):
    r = c.r
    mule = c.person()
    if k == 0:
        return (f"Case {case_id(r)} – account takeover\nVictim: {P(mule.full)}\nTimeline (CET):\n- 02:11 password reset from "
                f"{IP(ip4(r))} (VPN exit, NordVPN range)\n- 02:13 phone number changed to {PH(uk_mobile(r, 'b'))}\n- 02:20 "
                f"€{amount(r, 1000, 4000, 'en')} to {IB(iban_fmt(gb_iban(r), 'c'))}\nInternal hops 10.1.4.2 → 10.1.4.9 ignored.\n"
                f"Next: recall via SWIFT (BIC {ORG_BIC}), notify customer.\n{P(STAFF['jasper'].first)}")
    return (f"Mule cluster update: 4 accounts opened with the same device fingerprint fp_{''.join(r.choice('0123456789abcdef') for _ in range(10))}, "
            f"all using e-mails like {EM('mb.' + digs(r, 4) + '@outlook.com')} and the address {AD((a := nl_addr(r))['street'])}, "
            f"{PC(a['pc'])} {a['town']}. Recruiter on Snapchat '@quickcash_nl'. Account holder of the main one: "
            f"{P(mule.full)}. Blocked all 4. — {P(STAFF['niels'].first)}")


@sc("en", True)
def en_social_dm(c, k):
    r = c.r
    me = c.person(her=r.choice(["en", "xx"]))
    if k == 0:
        return (f"@KroonveldCard been waiting 3 weeks for my replacement card!!! pls dm me, I'm {P(me.full.lower())}, {EM(me.email(r, r.choice(DOMAINS['en'])))} 😤")
    return (f"DM: hey, your chat bot can't help. my card was swallowed by an ATM at Schiphol (terminal 3, ATM id NL-ATM-{digs(r, 5)}). "
            f"call me? {PH(nl_mobile_fmt(nl_mobile(r), 'c'))} ✌️ – {P(me.first)}")


@sc("en", True)
def en_forwarded_complaint(c, k):
    r = c.r
    me = c.person(her="en")
    mar = STAFF["marloes"]
    return (f"Sorry, forwarding again. Still no answer.\n\n{P(me.full)}\n{PH(uk_mobile(r, 'c')) if k == 0 else PH(nl_mobile_fmt(nl_mobile(r), 'a'))}\n\n"
            f"-----Original Message-----\nFrom: Team Klachten Kroonveld <klachten@kroonveld.example>\nSent: {dt(r, 'en')} 10:02\n"
            f"Subject: RE: complaint KL-{digs(r, 6)}\n\nDear {'Mr' if me.sex == 'm' else 'Ms'} {P(me.sur)},\nWe have received your "
            f"complaint about the blocked transfer of €{amount(r, 400, 3000, 'en')}. We will respond within 14 days.\nKind regards,\n"
            f"{P(mar.first + ' ' + mar.last)}\nKroonveld Bank N.V., Postbus 2870, 3500 GW Utrecht")


@sc("en", True)
def en_freelancer(c, k):
    r = c.r
    me = c.person(her="xx")
    if k == 0:
        return (f"Hi! I'm a freelance UX designer (eenmanszaak, KvK {KVK(kvk(r))}) and want a business card. My VAT ID is "
                f"{BTW(btw_id(r))}. Do you need my old VAT number too? It was {BS('NL' + bsn(r) + 'B01')}. Contact: "
                f"{EM(me.email(r, 'gmail.com'))}\n{P(me.full)}")
    return (f"Invoice query: your invoice INV-{digs(r, 7)} for the business account fee shows my Chamber of Commerce number "
            f"as {KVK(kvk(r))}, which is correct, but the VAT ID should be {BTW(btw_id(r))}. Can you reissue it? Thanks, "
            f"{P(me.full)}")


# ============================== English: without personal data =================================
@sc("en", False)
def en_free_chargeback_howto(c, k):
    r = c.r
    if k == 0:
        return (f"What's the deadline for disputing a card payment? I bought a coat from Ted Baker online on {dt(r, 'en')} "
                f"(£{amount(r, 90, 300, 'en')}, charged €{amount(r, 100, 350, 'en')}) and returned it on {dt(r, 'en')}, tracking "
                f"JVGL{digs(r, 14, '0123456789')}. The refund never came. Card ending {digs(r, 4)}. Is it 120 days from the "
                f"transaction or from the expected delivery?")
    return (f"Dispute form\nCard: **** **** **** {digs(r, 4)}\nMerchant: JOHN LEWIS ONLINE 4471\nAmount: GBP {amount(r, 50, 400, 'en')} "
            f"/ EUR {amount(r, 60, 470, 'en')} (rate 1.1738)\nAuth code: {digs(r, 6)}\nARN: {arn(r)}\nReason code 13.1 – "
            f"merchandise not received\nOrder no. {digs(r, 9)}")


@sc("en", False)
def en_free_fx(c, k):
    r = c.r
    if k == 0:
        return (f"Why was I charged a 1.5% foreign transaction fee in Switzerland? CHF {amount(r, 20, 300, 'en')} at a Coop "
                f"became €{amount(r, 20, 320, 'en')} on {dt(r, 'en')}. Mastercard's rate that day was 1.0527. Your T&Cs (v4.2, "
                f"section 11.3) say 'no fees in the EEA' — I know CH isn't EEA but the difference seems large.")
    return (f"Sent USD 1,200.00 to a US supplier, beneficiary bank BIC BOFAUS3N, intermediary CITIUS33. Value date "
            f"{dt(r, 'en')}, your reference {txid(r)}. The supplier received USD 1,175.00. Who took the USD 25?")


@sc("en", False)
def en_free_app_crash(c, k):
    r = c.r
    if k == 0:
        return (f"App 8.15.1 (build 2025.18.3) crashes on launch on my iPad Air (iPadOS 17.6). Crash ID "
                f"{''.join(r.choice('0123456789ABCDEF') for _ in range(8))}-{''.join(r.choice('0123456789ABCDEF') for _ in range(4))}. "
                f"Home network 192.168.178.0/24, router 192.168.178.1. Reinstalled twice. Version 8.14.2.7 worked.")
    return (f"Your website is down for me: https://mijn.kroonveld.example returns 'ERR_CONNECTION_RESET'. Traceroute dies at "
            f"10.250.0.1. Tried Chrome 131.0.6778.86 and Safari 17.5. Status page says all green. Time {dt(r, 'en')} 08:15.")


@sc("en", False)
def en_free_phishing_email(c, k):
    r = c.r
    if k == 0:
        return (f"Got this e-mail, looks fake:\n\n'Dear customer, due to unusual activity your Kroonveld Card (ending "
                f"{digs(r, 4)}) has been limited. Restore access within 24h: hxxps://kroonveld-card-support[.]com/restore. "
                f"Case ID {digs(r, 10)}.'\n\nThe sender name was 'Kroonveld Security'. I did not click. Just letting you know.")
    return (f"Text message received from 'KroonveldBk': 'A payment of EUR 849.00 to APPLE.COM/BILL is pending. If this wasn't you, "
            f"call 088 456 7099.' The number is yours, but the message came with a link shortener (bit.ly/3xK9pQ). "
            f"Is this genuine? I didn't call yet.")


@sc("en", False)
def en_free_mortgage(c, k):
    r = c.r
    if k == 0:
        return (f"General question: does Kroonveld offer a mortgage payment holiday for expats who lose their 30% ruling? Our "
                f"monthly payment is €{amount(r, 1200, 2500, 'en')} at 3.9% fixed until {r.randrange(2030, 2036)}. Loan part "
                f"{digs(r, 3)}-{digs(r, 6, '0123456789')}. We don't want to miss a payment.")
    return (f"Can I make an extra repayment of €{amount(r, 5000, 30000, 'en')} on my mortgage without penalty? The contract "
            f"(ref HYP/{r.randrange(2018, 2024)}/{digs(r, 5)}) says 10% per calendar year. Which IBAN do I pay to? Is it "
            f"{ORG_IBAN_2S}? BIC ABNANL2A?")


@sc("en", False)
def en_free_txlist(c, k):
    r = c.r
    rows = [(dt(r, 'en'), mer, amount(r, 3, 150, 'en')) for mer in r.sample(MERCHANTS_EN, 5)]
    if k == 0:
        body = "\n".join(f"{d}  {mer:<20} €{a}" for d, mer, a in rows)
        return f"Statement lines I don't recognise (the last two):\n{body}\nCard **** {digs(r, 4)}. Please advise."
    body = "\n".join(f"| {d} | {mer} | EUR {a} | {txid(r)} |" for d, mer, a in rows)
    return (f"| date | merchant | amount | id |\n|---|---|---|---|\n{body}\n\nTony's Chocolonely was charged twice. "
            f"Account {masked_iban(r)}.")


@sc("en", False)
def en_free_incident(c, k):
    r = c.r
    if k == 0:
        return (f"Incident INC-{digs(r, 6)}: card authorisations failing for BIN range 541275 since 14:02 CET. Root cause: "
                f"HSM 10.30.1.12 certificate expired. Failover to 10.30.1.13 at 14:31. Approx. {r.randrange(2000, 9000)} declined "
                f"transactions, no customer data exposed. Post-mortem {dt(r, 'en')}.")
    return (f"Heads-up for the service desk: customers calling about 'payment pending' SMS (sender KroonveldBk). It's a phishing "
            f"campaign, domain kroonveld-pay.help registered {dt(r, 'en')}. Script: block card, advise not to click. ~{r.randrange(40, 200)} "
            f"calls so far. Our real numbers: 088 456 7000 / +31 88 456 7099.")


@sc("en", False)
def en_free_card_delivery(c, k):
    r = c.r
    if k == 0:
        return (f"My new card was sent on {dt(r, 'en')} (tracking 3SKRV{digs(r, 10)}) but PostNL says 'address unknown'. My "
                f"address hasn't changed. Can you resend? Old card ending {digs(r, 4)} expires 05/25.")
    return (f"I received a card reader (model KV-Reader 3, serial {digs(r, 12)}) I never ordered. Is it a scam? Nothing else "
            f"in the box except a leaflet with your 088 456 7000 number.")


@sc("en", False)
def en_free_3ds(c, k):
    r = c.r
    if k == 0:
        return (f"3-D Secure keeps asking me to approve in the app, but no notification arrives. Card {masked_card(r)[0]}, "
                f"merchant Booking.com, amount €{amount(r, 100, 900, 'en')}. iOS 18.1, app 8.15.1, notifications on.")
    return (f"The one-time code SMS ({digs(r, 6)}) arrives after it has expired (5 min). Happens with Ryanair and Uber. Any "
            f"fix? Card ending {digs(r, 4)}.")


# ============================== German: with personal data =====================================
@sc("de", True)
def de_grenzgaenger(c, k):
    r = c.r
    me = c.person(her="de")
    a = de_addr(r)
    if k == 0:
        return (f"Sehr geehrte Damen und Herren,\n\nich wohne in Deutschland und arbeite seit {dt(r, 'de')} in Nijmegen. Ich möchte "
                f"bei Ihnen ein Girokonto eröffnen. Meine Daten:\nName: {P(me.full)}\nGeburtsdatum: {DOB(dob(r, 'de', 'f'))}\n"
                f"Anschrift: {AD(a['street'])}, {PC(a['pc'])} {a['town']}\nBSN (vom Arbeitgeber): {BS(bsn_fmt(bsn(r), 'p'))}\n"
                f"Personalausweis-Nr.: {ID(de_ausweis(r))}\n\nMit freundlichen Grüßen\n{P(me.full)}")
    return (f"Hallo, ich bin Grenzgänger (wohne in {a['town']}, arbeite in Venlo). Mein Gehalt soll auf mein deutsches Konto "
            f"{IB(iban_fmt(de_iban(r), 's'))} statt auf das Kroonveld-Konto. Geht das über Sie oder den Arbeitgeber? Tel. "
            f"{PH(de_fixed(r, a['area'], 'a'))}\nGruß {P(me.first)}")


@sc("de", True)
def de_phishing_call(c, k):
    r = c.r
    me, fake = c.person(her="de"), c.person(her="de", sex="m")
    if k == 0:
        return (f"Guten Tag,\n\nheute rief mich ein angeblicher Mitarbeiter Ihrer Betrugsabteilung an, Herr {P(fake.sur)}. Auf dem "
                f"Display stand +31 88 456 7099. Er sagte, mein Konto sei gehackt, und ich solle {amount(r, 1000, 5000)} € auf "
                f"ein 'Sicherheitskonto' {IB(iban_fmt(de_iban(r), 'c'))} überweisen. Das habe ich leider getan. Danach rief er "
                f"nochmal von {PH(de_mobile(r, 'b'))} an und fragte nach meiner Kartennummer – ich habe {CC(card_fmt(card(r, 'visa'), 'c'))} "
                f"genannt.\nBitte holen Sie das Geld zurück!\n\n{P(me.full)}\n"
                f"{PH(de_mobile(r, 'a'))}")
    return (f"Betrugsmeldung (Telefonnotiz)\nKunde: {P(me.full)}, geb. {DOB(dob(r, 'de', 'c'))}\nAnrufer gab sich als "
            f"'{P(fake.first + ' ' + fake.last)}, Kroonveld' aus, Nummer unterdrückt. Kunde hat TAN weitergegeben. Überweisung "
            f"über {amount(r, 500, 3000)} € an {IB(iban_fmt(nl_iban(r, 'BUNQ'), 's'))} (Empfängerin {P(c.person(her='nl', sex='f').full)}).\n"
            f"Rückruf veranlasst, Vorgang {case_id(r)}. — {P(STAFF['katrin'].full)}")


@sc("de", True)
def de_card_misuse(c, k):
    r = c.r
    me = c.person(her="de")
    cnum = card(r, r.choice(["visa", "mc"]))
    if k == 0:
        return (f"Hallo,\nauf meiner Kreditkarte {CC(card_fmt(cnum, 's'))} sind Abbuchungen von 'AMZN Mktp DE' über "
                f"{amount(r, 50, 400)} € und 'STEAM PURCHASE' über {amount(r, 20, 100)} €, die ich nicht gemacht habe. Bitte "
                f"sperren und erstatten.\nMfG {P(me.full)}")
    return (f"Sperrung bitte!! karte {CC(card_fmt(cnum, 'h'))} verloren im Zug von Emmerich nach Arnheim (RE 19, {dt(r, 'de')}). "
            f"Letzte eigene Zahlung: Bäckerei Karl Hübner 4,80 €. Ich bin erreichbar unter {PH(de_mobile(r, 'c'))}. "
            f"{P(me.full.upper())}")


@sc("de", True)
def de_address_change(c, k):
    r = c.r
    me = c.person(her="de")
    old, new = de_addr(r), de_addr(r)
    if k == 0:
        return (f"Adressänderung\n\nAlte Anschrift: {AD(old['street'])}, {PC(old['pc'])} {old['town']}\nNeue Anschrift: "
                f"{AD(new['street'])}, {PC(new['pc'])} {new['town']}\ngültig ab {dt(r, 'de')}\n\nBitte auch die Kontoauszüge an die "
                f"neue Adresse. Danke!\n{P(me.ini + ' ' + me.last)}")
    return (f"Wir sind von Kleve nach Nijmegen gezogen. Neue Adresse: {AD((a := nl_addr(r, 'Nijmegen'))['street'])}, "
            f"{PC(a['pc'])} Nijmegen. Die Kreditkarte mit der Endziffer {digs(r, 4)} bitte an diese Adresse. Meine Frau "
            f"{P(c.person(sex='f', last=me.last).first)} hat ein eigenes Konto bei Ihnen, bitte dort auch ändern.\nViele Grüße\n{P(me.full)}")


@sc("de", True)
def de_deceased(c, k):
    r = c.r
    mum = c.person(her="de", sex="f")
    me = c.person(her="de", sex="m", last=mum.last)
    if k == 0:
        return (f"Sehr geehrte Damen und Herren,\n\nmeine Mutter {P(mum.full)}, geboren am {DOB(dob(r, 'de', 'c', 1930, 1950))}, ist "
                f"am {dt(r, 'de')} verstorben. Sie lebte zuletzt in Venlo und hatte bei Ihnen ein Konto "
                f"({IB(iban_fmt(nl_iban(r, 'KRVB'), 's'))}). Den Erbschein (Amtsgericht Kleve, Az. 7 VI {r.randrange(100, 999)}/25) "
                f"füge ich bei. Bitte überweisen Sie das Guthaben auf mein Konto {IB(iban_fmt(de_iban(r), 's'))}.\n\nMit "
                f"freundlichen Grüßen\n{P(me.full)}")
    return (f"Sehr geehrter Herr {P(me.sur)},\n\nvielen Dank für die Sterbeurkunde von Frau {P(mum.sur)}. Das Konto ist "
            f"gesperrt, Daueraufträge laufen weiter. Für die Auszahlung benötigen wir eine 'verklaring van erfrecht' eines "
            f"niederländischen Notars oder den deutschen Erbschein mit Apostille.\n\nMit freundlichen Grüßen\n"
            f"{P(STAFF['katrin'].full)}\nKroonveld Kundenservice (Deutsch) · +31 88 456 7000")


@sc("de", True)
def de_poa_mother(c, k):
    r = c.r
    mum = c.person(her="de", sex="f")
    me = c.person(her="de")
    if k == 0:
        return (f"Guten Tag, ich habe eine notarielle Vorsorgevollmacht für meine Mutter {P(mum.full)} (geb. "
                f"{DOB(dob(r, 'de', 'f', 1930, 1945))}). Sie wohnt im Seniorenheim, {AD((a := de_addr(r))['street'])}, "
                f"{PC(a['pc'])} {a['town']}. Wie kann ich die Vollmacht für ihr Konto {IB(iban_fmt(nl_iban(r, 'KRVB'), 'c'))} "
                f"einreichen? Rückruf unter {PH(de_fixed(r, a['area'], 'b'))}.\n{P(me.full)}")
    return (f"Vollmacht – Bevollmächtigter\nName: {P(me.sur + ', ' + me.first)}\nGeburtsdatum: {DOB(dob(r, 'de', 'a', 1960, 1980))}\n"
            f"Personalausweis-Nr.: {ID(de_ausweis(r))}\nE-Mail: {EM(me.email(r, r.choice(DOMAINS['de'])))}\nKontoinhaberin: "
            f"{P(mum.full)}\nUmfang: Überweisungen bis 2.000 € / Tag, Formular VM-DE v1.4")


@sc("de", True)
def de_blocked(c, k):
    r = c.r
    me = c.person(her="de")
    if k == 0:
        return (f"Warum ist mein Konto gesperrt?? Ich habe 4.500 € von meinem Bruder {P(c.person(sex='m', last=me.last).first)} "
                f"bekommen (Darlehen zurück), von {IB(iban_fmt(de_iban(r), 's'))}. Jetzt geht nichts mehr. Ich brauche das Geld "
                f"für die Miete. Meine Handynummer: {PH(de_mobile(r, 'd'))}. {P(me.full)}")
    return (f"Kontosperre – Rückfrage\n{'Sehr geehrte Frau' if me.sex == 'f' else 'Sehr geehrter Herr'} {P(me.sur)},\nwir benötigen Nachweise "
            f"zur Herkunft der Gutschrift vom {dt(r, 'de')} ({amount(r, 5000, 15000)} €). Bitte laden Sie Kaufvertrag o. Ä. hoch "
            f"unter mijn.kroonveld.example/upload (Vorgang {case_id(r)}).\nMit freundlichen Grüßen\n{P(STAFF['katrin'].full)}")


@sc("de", True)
def de_kyc_ausweis(c, k):
    r = c.r
    me = c.person(her="de")
    return (f"{'Hallo' if k == 0 else 'Guten Morgen'}, die Video-Identifizierung bricht immer ab (Fehler VID-{digs(r, 3)}). Hier "
            f"meine Daten, damit Sie es manuell prüfen können: {P(me.full)}, geb. am {DOB(dob(r, 'de', 'c' if k == 0 else 'f'))}, "
            f"Personalausweis {ID(de_ausweis(r))}, gültig bis {dt(r, 'de', 2032)}. Adresse {AD((a := de_addr(r))['street'])}, "
            f"{PC(a['pc'])} {a['town']}.{' Steuerlich in NL ansässig, BSN ' + BS(bsn_fmt(bsn(r), 'd')) + '.' if k == 1 else ''}")


@sc("de", True)
def de_chargeback(c, k):
    r = c.r
    me = c.person(her="de")
    if k == 0:
        return (f"Widerspruch gegen Kartenzahlung\nKarte: **** {digs(r, 4)}\nHändler: Autohaus Friedrich Brand GmbH\nBetrag: "
                f"{amount(r, 300, 2000)} € (Anzahlung)\nDatum: {dt(r, 'de')}\nGrund: Fahrzeug ({LP(kenteken(r))}) nicht geliefert, "
                f"Händler insolvent.\nAnsprechpartner: {P(me.full)}, {EM(me.email(r, r.choice(DOMAINS['de'])))}")
    return (f"Ich habe bei einem Online-Shop bezahlt, der nie geliefert hat. Karte endet auf {digs(r, 4)}, ARN {arn(r)}. "
            f"Der Shop hat eine niederländische IBAN angegeben: {IB(iban_fmt(nl_iban(r, 'KNAB'), 's'))}. Inhaber laut Impressum "
            f"{P(c.person(her='nl').full)}. Können Sie die Zahlung zurückholen?\nGruß {P(me.first)}")


@sc("de", True)
def de_login_ip(c, k):
    r = c.r
    me = c.person(her="de")
    return (f"Ich bekomme ständig Warnungen 'Anmeldung von neuem Gerät' – angeblich von IP {IP(ip4(r))}"
            f"{' und ' + IP(ip6(r)) if k == 1 else ''}. Das war ich nicht! Meine App-Version ist 8.15.{k}, Gerät Pixel 8. "
            f"Bitte alle Sitzungen beenden. {P(me.full)}, {PH(de_mobile(r, 'b' if k == 0 else 'a'))}")


@sc("de", True)
def de_social_dm(c, k):
    r = c.r
    me = c.person(her="de")
    if k == 0:
        return (f"@KroonveldBank seit 2 Wochen keine Antwort auf meine Reklamation!!! Vorgangsnummer {case_id(r)}. "
                f"{P(me.first.lower())} aus {r.choice(sorted(TOWNS_DE))} 😠")
    return (f"DM: Hallo, ich bin {P(me.first)}, meine neue Karte kam an die alte Adresse ({AD((a := de_addr(r))['street'])}, "
            f"{PC(a['pc'])}). Können Sie sie sperren? Tel {PH(de_mobile(r, 'a'))}")


@sc("de", True)
def de_complaint(c, k):
    r = c.r
    me = c.person(her="de")
    a = de_addr(r)
    if k == 0:
        return (f"{P(me.full)}\n{AD(a['street'])}\n{PC(a['pc'])} {a['town'].upper()}\n\nKroonveld Bank N.V.\nBeschwerdemanagement\n"
                f"Postbus 2870\n3500 GW Utrecht\nNIEDERLANDE\n\nBeschwerde über Gebühren\n\nSehr geehrte Damen und Herren,\nfür eine "
                f"Überweisung von 50 € nach Polen wurden mir 15 € berechnet. Ich bitte um Erstattung auf "
                f"{IB(iban_fmt(de_iban(r), 's'))}.\n\nMit freundlichen Grüßen\n{P(me.full)}")
    return (f"Sehr geehrte Frau {P(STAFF['marloes'].sur)},\n\nIhre Antwort vom {dt(r, 'de')} (Zeichen KL-{digs(r, 6)}) "
            f"akzeptiere ich nicht. Ich wende mich an das Kifid.\n\n{P(me.ini + ' ' + me.last)}\n{AD(a['street'])} · "
            f"{PC(a['pc'])} {a['town']} · {PH(de_fixed(r, a['area'], 'c'))}")


@sc("de", True)
def de_joint(c, k):
    r = c.r
    me, pa = c.person(her="de"), c.person(her=r.choice(["nl", "de"]))
    return (f"Wir möchten ein Gemeinschaftskonto eröffnen. Ich bin {P(me.full)}, {'mein Partner' if pa.sex == 'm' else 'meine Partnerin'} "
            f"heißt {P(pa.full)} (geboren {DOB(dob(r, 'de', 'c' if k == 0 else 'a'))}). Wir wohnen beide in "
            f"{AD((a := nl_addr(r, 'Venray'))['street'])}, {PC(a['pc'])} Venray. {'Reicht ein niederländischer Ausweis (' + ID(nl_docnr(r, 'I')) + ')?' if k == 0 else 'Geht das komplett online?'}")


# ============================== German: without personal data ==================================
@sc("de", False)
def de_free_fx(c, k):
    r = c.r
    if k == 0:
        return (f"Ich habe in der Schweiz mit der Kroonveld Card bezahlt: CHF {amount(r, 20, 200)}, belastet {amount(r, 20, 220)} €. "
                f"Kurs 1 CHF = 1,0{digs(r, 3, '0123456789')} €, plus 1,5 % Fremdwährungsentgelt. Laut Preisverzeichnis (Stand "
                f"{dt(r, 'de')}) sind es 1,25 %. Bitte prüfen.")
    return (f"Auslandsüberweisung nach Polen: 2.300,00 PLN, BIC PKOPPLPW, Ihre Referenz {txid(r)}. Es kamen nur 2.251,40 PLN an. "
            f"Entgeltoption SHA. Warum die Differenz?")


@sc("de", False)
def de_free_txlist(c, k):
    r = c.r
    rows = [(dt(r, 'de'), mer, amount(r, 2, 90)) for mer in r.sample(MERCHANTS_DE, 5)]
    if k == 0:
        body = "\n".join(f"{d}  {mer:<28} -{a} €" for d, mer, a in rows)
        return f"Umsätze (Kopie aus der App):\n{body}\nDie Zahlung bei {rows[1][1]} wurde doppelt gebucht. Karte **** {digs(r, 4)}."
    body = "\n".join(f"| {d} | {mer} | {a} € | {txid(r)} |" for d, mer, a in rows)
    return f"| Datum | Händler | Betrag | ID |\n|---|---|---|---|\n{body}\n\nDie letzte Zeile kenne ich nicht. Konto {masked_iban(r)}."


@sc("de", False)
def de_free_app(c, k):
    r = c.r
    if k == 0:
        return (f"Die App (Version 8.15.1, Build 2025.18.3) stürzt beim Öffnen der Karteneinstellungen ab. Fehlercode "
                f"KV-{digs(r, 4)}. Android 14, Router 192.168.178.1, DNS 127.0.0.1. Version 8.14.2.7 lief problemlos.")
    return (f"Beim Onlinebanking kommt 'Sitzung abgelaufen' nach 30 Sekunden. Firefox 128.0.3, Cookies erlaubt. "
            f"Request-ID {''.join(r.choice('0123456789abcdef') for _ in range(12))}, Zeitpunkt {dt(r, 'de')} 19:22.")


@sc("de", False)
def de_free_phishing(c, k):
    r = c.r
    if k == 0:
        return (f"Ich habe eine SMS bekommen: 'Kroonveld: Ihre Karte wurde eingeschränkt. Bestätigen Sie unter "
                f"kroonveld-sicher.de/{digs(r, 5)}'. Ist das echt? Ich habe nichts angeklickt. Absender: KROONVELD.")
    return (f"Anruf heute {dt(r, 'de')} um 10:14 von +31 88 456 7000 – angeblich Ihre Sicherheitsabteilung. Man wollte einen "
            f"Code aus der App. Ich habe aufgelegt. Ist das Ihre Nummer? Ich habe keine Daten genannt.")


@sc("de", False)
def de_free_mortgage(c, k):
    r = c.r
    if k == 0:
        return (f"Allgemeine Frage: Bietet die Kroonveld Bank für Grenzgänger eine Tilgungsaussetzung an? Unsere Rate beträgt "
                f"{amount(r, 900, 1800)} € (Zinsbindung bis {r.randrange(2029, 2036)}, Sollzins 3,85 %). Darlehensnummer "
                f"{digs(r, 3)}.{digs(r, 3, '0123456789')}.{digs(r, 3, '0123456789')}.")
    rech = bsn(r)
    return (f"Rechnungsnummer {rech}: Die Schätzungsgebühr für das Gutachten ({amount(r, 400, 900)} €) wurde doppelt abgebucht, "
            f"am {dt(r, 'de')} und am {dt(r, 'de')}. Bitte eine Rückbuchung.")


@sc("de", False)
def de_free_card_delivery(c, k):
    r = c.r
    if k == 0:
        return (f"Meine neue Karte wurde am {dt(r, 'de')} verschickt (Sendungsnummer 3SKRV{digs(r, 10)}), ist aber nicht "
                f"angekommen. Die alte Karte (**** {digs(r, 4)}) läuft am 31.05. ab. Was tun?")
    return (f"Die PIN-Mitteilung kam, aber die Karte nicht. Bestellnummer {digs(r, 9)}, bestellt am {dt(r, 'de')}. Bitte neu "
            f"versenden.")


@sc("de", False)
def de_free_autoreply(c, k):
    r = c.r
    if k == 0:
        return (f"Automatische Antwort – Kroonveld Kundenservice\n\nVielen Dank für Ihre Nachricht (Vorgang {case_id(r)}). Wir "
                f"antworten innerhalb von 2 Werktagen.\nKarte verloren? Sperr-Hotline +31 88 456 7099 (24/7).\nKroonveld Bank N.V. · "
                f"Muntmeesterlaan 10 · 3521 BK Utrecht · Niederlande\nHandelsregister (KvK) 58310472 · USt-IdNr. {ORG_BTW} · BIC {ORG_BIC}")
    return (f"Zahlungshinweis: Bitte überweisen Sie den offenen Saldo Ihrer Kreditkarte ({amount(r, 50, 600)} €) auf "
            f"{ORG_IBAN_1S} (Kroonveld Bank N.V., BIC {ORG_BIC}), Verwendungszweck {payref16(r)}. Fragen: service@kroonveld.example.")


# ----------------------------------------------------------------------------------------------
# self test of the validators against the reference's vectors
# ----------------------------------------------------------------------------------------------
def self_test():
    n = 0

    def ok(cond, what):
        nonlocal n
        n += 1
        assert cond, what

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303", "999999990"]:
        ok(elfproef(v), v)
    for v in ["123456789", "111222334", "000000000", "999999999", "12345678"]:
        ok(not elfproef(v), v)
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL20INGB0001234567", "BE71 0961 2345 6769",
              "DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606", "NL68KNAB0123456789"]:
        ok(iban_valid(v), v)
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL00ABNA0417164300", "NL91ABN00417164300", "DE89370400440532013001",
              "BE68539007547035"]:
        ok(not iban_valid(v), v)
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "6759649826438453"]:
        ok(card_valid(v), v)
    for v in ["4111111111111112", "1234567812345678", "490154203237518", "5555555555554445"]:
        ok(not card_valid(v), v)
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13"]:
        ok(btw_mod97_ok(v), v)
    for v in ["NL000099998B58", "NL123456789B56", "NL12345678B01", "NL004495445B01"]:
        ok(not btw_mod97_ok(v), v)
    ok(ob_ok("NL004495445B01"), "ob")
    ok(not ob_ok("NL123456789B01"), "ob invalid")
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "0111-123456", "06 12 34 56 78"]:
        ok(phone_ok(v, "NL"), v)
    for v in ["06-1234567", "067 1234567", "012-3456789", "06 01234567", "020-123456"]:
        ok(not phone_ok(v, "NL"), v)
    ok(phone_ok("+32 470 12 34 56", "BE") and phone_ok("0470 12 34 56", "BE"), "be")
    ok(phone_ok("+49 151 23456789", "DE") and phone_ok("0171 1234567", "DE"), "de")
    ok(phone_ok("07700 900123", "GB") and phone_ok("0117 496 0123", "GB"), "gb")
    for v in ["1012 AB", "1012AB", "9999 ZZ"]:
        ok(nl_postcode_ok(v), v)
    for v in ["0123 AB", "1012 SS", "1012 SA", "10123 AB", "101 AB"]:
        ok(not nl_postcode_ok(v), v)
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47"]:
        ok(docnr_nl_ok(v), v)
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        ok(not docnr_nl_ok(v), v)
    for v in ["GB-12-DF", "1-KBB-12", "123-BB-1", "12-GBX-3"]:
        ok(kenteken_ok(v), v)
    for v in ["12-ABC-3", "1-NSB-12", "AB-1234"]:
        ok(not kenteken_ok(v), v)
    for v in ["8.8.8.8", "2a02:a46b:5182:1::69"]:
        ok(ip_public(v), v)
    for v in ["192.168.1.10", "10.40.2.17", "127.0.0.1", "172.16.8.4", "2001:db8::1", "256.1.1.1", "010.001.001.001"]:
        ok(not ip_public(v), v)
    for v in ["12-03-1985", "5 mei 1960", "1985-03-12", "12. März 1985", "March 12, 1985", "29.02.1992"]:
        ok(parse_date(v), v)
    for v in ["31-02-1990", "29-02-1991", "32-01-2000"]:
        ok(not parse_date(v), v)
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk"]:
        ok(EMAIL_RE.fullmatch(v), v)
    ok(not EMAIL_RE.fullmatch("jan@@voorbeeld.nl"), "email")
    # organisation's own data
    ok(all(iban_valid(x) for x in ORG["ibans"]), "org ibans")
    ok(elfproef(ORG_RSIN) and ob_ok(ORG_BTW), "org btw is an RSIN-based OB number")
    ok(phone_ok(ORG["phones"][2], "NL") and all(re.fullmatch(r"8[478]\d{7}", phone_nsn(x)[1]) for x in ORG["phones"][:2]),
       "org phones: two 088 company numbers (UAN) and a mobile")
    return n


# ----------------------------------------------------------------------------------------------
# audit
# ----------------------------------------------------------------------------------------------
BIRTH_WORDS = re.compile(r"geboren|geb\.|geboorte|verjaardag|birth|born|Geburts|jarig", re.I)
REF_WORDS = re.compile(r"factuur|dossier|order|rechnung|referen|kenmerk|case|claim|vorgang|bestell|invoice|lening|darlehen|"
                       r"serial|tracking|sendung|id|aanslag", re.I)
VERSION_WORDS = re.compile(r"(versie|version|build|engine|release|v)\s*$", re.I)
NAME_STOP = {"van", "de", "der", "den", "ter", "ten", "'t", "Van", "De", "Der", "Ter", "Ten", "dhr.", "mr.", "mevr."}


def covered(spans, s, e, labels=None):
    return any(sp["start"] <= s and e <= sp["end"] and (labels is None or sp["label"] in labels) for sp in spans)


def audit(rec, pii_expected, errors):
    t = rec["text"]
    b = t.encode("utf-8")
    sp = rec["spans"]
    lang = rec["lang"]

    def err(msg):
        errors.append(f"{rec['id']} ({rec['scenario']}): {msg}")

    # byte -> char offsets
    def c2b(i):
        return len(t[:i].encode("utf-8"))

    prev = 0
    for s in sp:
        v = b[s["start"]:s["end"]].decode("utf-8")
        if v != s["value"]:
            err(f"span text {v!r} != value {s['value']!r}")
        if s["start"] < prev:
            err("overlapping/unsorted spans")
        prev = s["end"]
        if v != v.strip() or v[0] in ",.;:()" or v[-1] in ",.;:()":
            err(f"edge whitespace/punct {v!r}")
        if not validate(s["label"], v, lang):
            err(f"invalid {s['label']} {v!r}")
        if s["label"] == "DATE_OF_BIRTH":
            ci = len(b[:s["start"]].decode("utf-8"))
            if not BIRTH_WORDS.search(t[max(0, ci - 70):ci + len(v) + 40]):
                err(f"no birth word near {v!r}")
        for o in ORG_FORMS + ORG["names"]:
            if o in v and s["label"] != "PERSON":
                err(f"org data inside span {v!r}")
    if bool(sp) != pii_expected:
        err(f"pii expected {pii_expected}, spans {len(sp)}")
    bspans = [dict(x, start=x["start"], end=x["end"]) for x in sp]
    # char-based copies
    cspans = []
    for x in sp:
        cs = len(b[:x["start"]].decode("utf-8"))
        cspans.append(dict(x, start=cs, end=cs + len(x["value"])))
    # repeats of labelled values
    for x in cspans:
        for mo in re.finditer(re.escape(x["value"]), t):
            if not covered(cspans, mo.start(), mo.end()):
                err(f"unlabelled repeat of {x['label']} {x['value']!r}")
    # person tokens
    toks = set()
    for x in cspans:
        if x["label"] == "PERSON":
            for tok in re.split(r"[ ,]+", x["value"]):
                tok = tok.strip(".")
                if len(tok) >= 3 and tok not in NAME_STOP and not re.fullmatch(r"([A-Z]\.)+[A-Z]?", tok):
                    toks.add(tok)
    for tok in toks:
        for mo in re.finditer(r"(?<![\w])" + re.escape(tok) + r"(?![\w])", t):
            if not covered(cspans, mo.start(), mo.end()):
                err(f"unlabelled name token {tok!r}")
    # e-mails
    for mo in EMAIL_RE.finditer(t):
        if mo.group(0).lower().endswith("kroonveld.example"):
            continue
        if not covered(cspans, mo.start(), mo.end(), {"EMAIL"}):
            err(f"unlabelled e-mail {mo.group(0)!r}")
    # IBANs (compact or spaced)
    for mo in re.finditer(r"(?<![A-Za-z0-9])([A-Za-z]{2})\d\d", t):
        cc = mo.group(1).upper()
        if cc not in IBAN_LEN:
            continue
        need, j, got = IBAN_LEN[cc], mo.start(), ""
        while j < len(t) and len(got) < need:
            ch = t[j]
            if ch.isalnum():
                got += ch
            elif ch != " ":
                break
            j += 1
        if len(got) == need and iban_valid(got) and got.upper() not in ORG["ibans"]:
            if not covered(cspans, mo.start(), j, {"IBAN"}):
                err(f"unlabelled IBAN {got}")
    # cards
    for mo in re.finditer(r"(?<![\d\w])\d[\d \-]{10,22}\d(?![\d])", t):
        d = digits(mo.group(0))
        if 12 <= len(d) <= 19 and card_valid(d) and not covered(cspans, mo.start(), mo.end()):
            err(f"unlabelled card-like {mo.group(0)!r}")
    # BSN written forms
    for mo in re.finditer(r"(?<![\w.\-])(\d{9}|\d{4}\.\d\d\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3})(?![\w]|[.\-]\d)", t):
        if not elfproef(mo.group(0)) or covered(cspans, mo.start(), mo.end()):
            continue
        line_start = t.rfind("\n", 0, mo.start()) + 1
        if REF_WORDS.search(t[max(line_start, mo.start() - 40):mo.start()]):
            continue
        err(f"unlabelled elfproef number {mo.group(0)!r}")
    # public IPv4
    for mo in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", t):
        if ip_public(mo.group(0)) and not covered(cspans, mo.start(), mo.end(), {"IP_ADDRESS"}):
            if not VERSION_WORDS.search(t[max(0, mo.start() - 20):mo.start()]) and not re.search(r"\d\.\d+\.\d+$|\d\.$", t[:mo.start()]):
                err(f"unlabelled public IP {mo.group(0)!r}")
    # NL mobiles (not inside the organisation's IBANs etc.)
    org_ranges = [(mo.start(), mo.end()) for o in ORG_FORMS for mo in re.finditer(re.escape(o), t)]
    for mo in re.finditer(r"(?<![\d\w+])(?:\+31|0031|0)[ \-]?(?:\(0\))?[ \-]?6[ \-]?(?:\d[ \-]?){7}\d(?!\d)", t):
        r_ = phone_nsn(mo.group(0))
        if r_ and NL_MOBILE.fullmatch(r_[1]) and mo.group(0).strip() not in ORG_FORMS:
            if digits(mo.group(0)).endswith("641702255") or any(a <= mo.start() and mo.end() <= z for a, z in org_ranges):
                continue
            if not covered(cspans, mo.start(), mo.end(), {"PHONE"}):
                err(f"unlabelled NL mobile {mo.group(0)!r}")
    # NL postcodes
    for mo in re.finditer(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])", t):
        if nl_postcode_ok(mo.group(0)) and mo.group(0) not in ("3521 BK", "3500 GW", "3521BK"):
            if not covered(cspans, mo.start(), mo.end(), {"POSTCODE"}):
                err(f"unlabelled postcode {mo.group(0)!r}")
    # OB-nummers / btw-ids
    for mo in re.finditer(r"(?i)(?<![\w])NL\d{9}B\d\d(?![\w])", t):
        if mo.group(0).upper() in ORG["btw"]:
            continue
        if not covered(cspans, mo.start(), mo.end(), {"BSN", "BTW_ID"}):
            err(f"unlabelled btw/OB {mo.group(0)!r}")
    # KvK numbers after a KvK word
    for mo in re.finditer(r"(?i)(?:kvk|chamber of commerce number|handelsregister \(kvk\))[\w\- ]{0,12}?[: ]+(?:as )?(\d{8})(?!\d)", t):
        if mo.group(1) not in ORG["kvk"] and not covered(cspans, mo.start(1), mo.end(1), {"KVK"}):
            err(f"unlabelled KvK {mo.group(1)!r}")
    # dates right after a birth word
    for mo in re.finditer(r"(?i)(?:geboren(?: am| op)?|geb\.(?: am)?|geboortedatum:?|born(?: on)?|date of birth:?|geburtsdatum:?|verjaardag is|\(geb\.)\s+"
                          r"(\d{1,2}[-./ ]\w+[-./ ]\d{4}|\d{4}-\d\d-\d\d|[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2}\. \w+ \d{4})", t):
        if not covered(cspans, mo.start(1), mo.end(1), {"DATE_OF_BIRTH"}):
            err(f"unlabelled birth date {mo.group(1)!r}")
    # document numbers after document words
    for mo in re.finditer(r"(?i)(?:paspoort|passport no\.|passport \(number|documentnummer:|id-kaart nr|ausweis(?:-nr\.:)?|ausweis \(|document number is|id card no\.:)\s*(?:is\s+)?"
                          r"(?=[A-Z0-9\-]*\d)([A-Z0-9\-]{9,13})", t):
        if not covered(cspans, mo.start(1), mo.end(1), {"ID_DOCUMENT"}):
            err(f"unlabelled document number {mo.group(1)!r}")
    # public IPv6
    for mo in re.finditer(r"(?<![\w:])[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])", t):
        if ":" in mo.group(0) and ip_public(mo.group(0)) and not covered(cspans, mo.start(), mo.end(), {"IP_ADDRESS"}):
            err(f"unlabelled IPv6 {mo.group(0)!r}")
    # any phone number (NL/BE/DE/UK) in international or national form
    for mo in re.finditer(r"(?<![\w+\-/.])(?:\+|00)?\d[\d \-/()]{7,18}\d(?![\w\-/])", t):
        g = mo.group(0)
        if any(a <= mo.start() and mo.end() <= z for a, z in org_ranges) or covered(cspans, mo.start(), mo.end()):
            continue
        if any(phone_ok(g, cc) for cc in ("NL", "BE", "DE", "GB")) and not re.search(r"\d{2}[-./]\d{2}[-./]\d{4}", g):
            if not re.search(r"(?i)(iban|rekening|konto|account|referen|kenmerk|id|nummer|nr\.?|no\.?|ref|ARN|serial|tracking)\W{0,3}$", t[max(0, mo.start() - 20):mo.start()]):
                err(f"unlabelled phone-like {g!r}")
    # known streets followed by a house number
    for st in STREETS_NL + STREETS_DE + STREETS_UK + STREETS_BE:
        for mo in re.finditer(re.escape(st) + r" \d", t):
            if not covered(cspans, mo.start(), mo.end() - 1, {"ADDRESS"}):
                err(f"unlabelled street+number {st!r}")
    # first names and surnames from the lists, anywhere
    pool = {x for l in FIRST.values() for x in l} | {surname_alone(x) for l in LAST.values() for x in l} | STAFF_TOKENS
    pool |= {Person("X", x, "f").core for l in LAST.values() for x in l}
    for nm in pool:
        for v in sorted({nm, nm.upper()}):
            for mo in re.finditer(r"(?<![\w])" + re.escape(v) + r"(?![\w])", t):
                if not covered(cspans, mo.start(), mo.end(), {"PERSON", "EMAIL"}):
                    err(f"unlabelled name {v!r}")
    # organisation never labelled
    for o in ORG_FORMS + ORG["names"]:
        for mo in re.finditer(re.escape(o), t):
            for x in cspans:
                if x["start"] < mo.end() and mo.start() < x["end"]:
                    err(f"organisation data {o!r} overlaps a span")


# ----------------------------------------------------------------------------------------------
# build
# ----------------------------------------------------------------------------------------------
def build():
    nchecks = self_test()
    by_lang = {"nl": [], "en": [], "de": []}
    for lang, name, pii, fn in SCEN:
        for k in (0, 1):
            r = random.Random(f"{SEED}:{name}:{k}")
            text, spans = render(fn(Ctx(r, lang), k))
            by_lang[lang].append({"scenario": name, "pii": pii, "lang": lang, "text": text, "spans": spans})
    recs = []
    for lang in ("nl", "en", "de"):
        lst = by_lang[lang]
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(lst)
        for i, rec in enumerate(lst, 1):
            rec["id"] = f"h22-{lang}-{i:03d}"
            recs.append(rec)
    errors = []
    texts = set()
    for rec in recs:
        if rec["text"] in texts:
            errors.append(f"{rec['id']}: duplicate text")
        texts.add(rec["text"])
        audit(rec, rec["pii"], errors)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(f"{len(errors)} audit errors; gold.jsonl not written")
    lines = []
    for rec in recs:
        out = {"id": rec["id"], "lang": rec["lang"], "text": rec["text"],
               "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in rec["spans"]]}
        lines.append(json.dumps(out, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # read back and re-slice
    for line, rec in zip(data.decode("utf-8").splitlines(), recs):
        o = json.loads(line)
        tb = o["text"].encode("utf-8")
        for s, s2 in zip(o["spans"], rec["spans"]):
            assert tb[s["start"]:s["end"]].decode("utf-8") == s2["value"]
    with open(os.path.join(HERE, "gold.jsonl"), "wb") as f:
        f.write(data)
    stats(recs, nchecks, hashlib.sha256(data).hexdigest())
    if "--mutation" in sys.argv:
        mutation_check(recs)


def mutation_check(recs):
    """remove each span in turn: does the audit notice?"""
    caught, total = {}, {}
    for rec in recs:
        for i, s in enumerate(rec["spans"]):
            total[s["label"]] = total.get(s["label"], 0) + 1
            r2 = dict(rec, spans=rec["spans"][:i] + rec["spans"][i + 1:])
            errs = []
            audit(r2, bool(r2["spans"]), errs)
            if errs:
                caught[s["label"]] = caught.get(s["label"], 0) + 1
    print("mutation check (span removed -> audit error): " + ", ".join(f"{l} {caught.get(l, 0)}/{n}" for l, n in total.items()))


def stats(recs, nchecks, sha):
    langs = ("nl", "en", "de")
    print(f"self-test checks: {nchecks}")
    print("messages: " + ", ".join(f"{l} {sum(r['lang'] == l for r in recs)}" for l in langs) + f", total {len(recs)}")
    free = [r for r in recs if not r["spans"]]
    print(f"without personal data: {len(free)} (" + ", ".join(f"{l} {sum(r['lang'] == l for r in free)}" for l in langs)
          + f") = {100 * len(free) / len(recs):.1f} %")
    lens = sorted(len(r["text"].encode()) for r in recs)
    print(f"length bytes: {lens[0]}-{lens[-1]}, median {lens[len(lens) // 2]}")
    print(f"non-ASCII texts: {sum(any(ord(ch) > 127 for ch in r['text']) for r in recs)}; with 4-byte chars: "
          f"{sum(any(ord(ch) > 0xFFFF for ch in r['text']) for r in recs)}")
    print("| label | nl | en | de | total |\n|---|---:|---:|---:|---:|")
    tot = {l: 0 for l in langs}
    for lab in LABELS:
        cnt = {l: sum(1 for r in recs if r["lang"] == l for s in r["spans"] if s["label"] == lab) for l in langs}
        for l in langs:
            tot[l] += cnt[l]
        print(f"| `{lab}` | {cnt['nl']} | {cnt['en']} | {cnt['de']} | {sum(cnt.values())} |")
    print(f"| **all** | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")
    print(f"sha256 gold.jsonl: {sha}")


if __name__ == "__main__":
    build()
