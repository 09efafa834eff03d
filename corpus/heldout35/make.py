#!/usr/bin/env python3
"""heldout35 -- held-out evaluation set: a Dutch pension fund (Pensioenfonds Zilverlinde) and its
administrator (Vaartwerk Pensioenuitvoering B.V.).

Written blind (see README.md). Python 3.11, standard library only. Deterministic: every message gets its own
string-seeded random.Random (string seeds are hashed with SHA-512, so PYTHONHASHSEED has no effect).

    python3 make.py            # self test + build + audit; writes gold.jsonl only if everything passes
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
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")
SEED = "heldout35-pensioen"
LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]
MARKS = ["ORG", "NEG", "NP"]   # ORG = organisation's own data, NEG = deliberate hard negative, NP = not a person

# ---------------------------------------------------------------------------------------------------------------
# markup: values are written between private-use sentinels; render() strips them and records byte offsets
# ---------------------------------------------------------------------------------------------------------------
S0, S1, S2 = "\ue000", "\ue001", "\ue002"


def m(label, value):
    assert label in LABELS or label in MARKS, label
    value = str(value)
    assert value and not any(c in value for c in (S0, S1, S2)), value
    return S0 + label + S1 + value + S2


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
def O(v): return m("ORG", v)
def N(v): return m("NEG", v)
def NP(v): return m("NP", v)


MARK_RE = re.compile(re.escape(S0) + r"([A-Z_]+)" + re.escape(S1) + r"(.*?)" + re.escape(S2), re.S)


def render(marked):
    """-> (text, spans[(cstart, cend, label, value)], marks[(cstart, cend, kind, value)]) in characters."""
    out, spans, marks, pos = [], [], [], 0
    clen = 0
    for mo in MARK_RE.finditer(marked):
        pre = marked[pos:mo.start()]
        out.append(pre)
        clen += len(pre)
        label, value = mo.group(1), mo.group(2)
        (spans if label in LABELS else marks).append((clen, clen + len(value), label, value))
        out.append(value)
        clen += len(value)
        pos = mo.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert not any(c in text for c in (S0, S1, S2)), "markup left: " + text[:80]
    return text, spans, marks


def char_to_byte(text):
    table, b = [], 0
    for ch in text:
        table.append(b)
        b += len(ch.encode("utf-8"))
    table.append(b)
    return table


# ---------------------------------------------------------------------------------------------------------------
# validators (written from shared/reference/dutch-pii-formats.md)
# ---------------------------------------------------------------------------------------------------------------
def digits_of(s):
    return "".join(c for c in s if c.isdigit())


def bsn_ok(s):
    d = re.sub(r"[ .\-]", "", s)
    if not d.isdigit() or len(d) not in (8, 9):
        return False
    d = d.zfill(9)
    if int(d) == 0:
        return False
    return (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 0


def bank11_ok(d):
    return d.isdigit() and len(d) in (9, 10) and sum((len(d) - i) * int(c) for i, c in enumerate(d)) % 11 == 0


def onderwijsnr_ok(s):
    d = re.sub(r"[ .\-]", "", s)
    if not d.isdigit() or len(d) != 9 or not d.startswith("10"):
        return False
    return (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 5


def mod97_int(s):
    return int("".join(str(int(c, 36)) for c in s))


IBAN_STRUCT = {   # country: (length, BBAN regex)
    "NL": (18, r"[A-Z]{4}\d{10}"), "BE": (16, r"\d{12}"), "DE": (22, r"\d{18}"),
    "ES": (24, r"\d{20}"), "FR": (27, r"\d{10}[A-Z0-9]{11}\d{2}"), "GB": (22, r"[A-Z]{4}\d{14}"),
    "LU": (20, r"\d{3}[A-Z0-9]{13}"), "AT": (20, r"\d{16}"),
}


def es_dc(digits, weights=(1, 2, 4, 8, 5, 10, 9, 7, 3, 6)):
    r = 11 - sum(int(d) * w for d, w in zip(digits, weights)) % 11
    return {10: 1, 11: 0}.get(r, r)


def iban_ok(s):
    c = re.sub(r"[ \u00a0.\-]", "", s).upper()
    if len(c) < 5 or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    st = IBAN_STRUCT.get(c[:2])
    if not st or len(c) != st[0] or not re.fullmatch(st[1], c[4:]):
        return False
    if mod97_int(c[4:] + c[:4]) % 97 != 1:
        return False
    if c[:2] == "BE":
        n = int(c[4:14]) % 97
        if int(c[14:16]) != (n if n else 97):
            return False
    if c[:2] == "ES":
        b = c[4:]
        if es_dc("00" + b[0:8]) != int(b[8]) or es_dc(b[10:20]) != int(b[9]):
            return False
    return True


def iban_check_digits(cc, bban):
    return "%02d" % (98 - mod97_int(bban + cc + "00") % 97)


def luhn_ok(d):
    if not d.isdigit():
        return False
    tot = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def card_iin_ok(d):
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
    if 300 <= int(d[:3]) <= 305 or d[:4] == "3095" or d[:2] in ("36", "38", "39"):
        return 14 <= n <= 19
    if d[:2] == "50" or 56 <= int(d[:2]) <= 69:
        return 12 <= n <= 19
    return False


def card_ok(s):
    d = re.sub(r"[ \-]", "", s)
    return d.isdigit() and 12 <= len(d) <= 19 and card_iin_ok(d) and luhn_ok(d)


def btw_mod97_ok(s):
    c = re.sub(r"[ .\-]", "", s).upper()
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", c)) and int(c[-2:]) > 0 and mod97_int(c) % 97 == 1


def btw_ob_ok(s):
    c = re.sub(r"[ .\-]", "", s).upper()
    if c.startswith("NL"):
        c = c[2:]
    return bool(re.fullmatch(r"\d{9}B\d{2}", c)) and int(c[-2:]) > 0 and bsn_ok(c[:9])


def btw_id_ok(s):          # a new btw-identificatienummer: mod 97, and its 9 digits are not a BSN
    c = re.sub(r"[ .\-]", "", s).upper()
    return btw_mod97_ok(c) and not bsn_ok(c[2:11])


# --- phones ---------------------------------------------------------------------------------------------------
NL_AREA2 = ("10 13 15 20 23 24 26 30 33 35 36 38 40 43 45 46 50 53 55 58 70 71 72 73 74 75 76 77 78 79").split()
NL_AREA3 = ("111 113 114 115 117 118 161 162 164 165 166 167 168 172 174 180 181 182 183 184 186 187 222 223 224 "
            "226 227 228 229 251 252 255 294 297 299 313 314 315 316 317 318 320 321 341 342 343 344 345 346 347 "
            "348 411 412 413 416 418 475 478 481 485 486 487 488 492 493 495 497 499 511 512 513 514 515 516 517 "
            "518 519 521 522 523 524 525 527 528 529 541 543 544 545 546 547 548 561 562 566 570 571 572 573 575 "
            "577 578 591 592 593 594 595 596 597 598 599").split()
DE_AREAS = {"30": "Berlin", "40": "Hamburg", "211": "Düsseldorf", "221": "Köln", "201": "Essen", "241": "Aachen",
            "251": "Münster", "441": "Oldenburg", "491": "Leer", "2821": "Kleve", "2822": "Emmerich",
            "2871": "Bocholt", "2562": "Gronau", "5921": "Nordhorn", "4921": "Emden", "2161": "Mönchengladbach"}
UK_DRAMA = ("1134960", "1144960", "1154960", "1164960", "1174960", "1184960", "1214960", "1314960", "1414960",
            "1514960", "1614960", "1914980", "2079460", "2920180", "7700900")


def phone_norm(s):
    """-> (country, national significant number) or None."""
    t = s.strip()
    t = re.sub(r"^(\+|00)(\d{2})\s*\(0\)", r"+\2", t)
    t = re.sub(r"[\s\u00a0\-/().]", "", t)
    if t.startswith("+"):
        t = "00" + t[1:]
    if not t.isdigit():
        return None
    for cc, code in (("NL", "31"), ("BE", "32"), ("DE", "49"), ("GB", "44"), ("ES", "34")):
        if t.startswith("00" + code):
            nsn = t[4:]
            if cc in ("NL", "BE", "DE", "GB") and nsn.startswith("0"):
                nsn = nsn[1:]
            return cc, nsn
    if t.startswith("0") and not t.startswith("00"):
        return "NAT", t[1:]
    return None


def nl_nsn_ok(nsn, mobile_only=False):
    if re.fullmatch(r"6[1-58]\d{7}", nsn) or re.fullmatch(r"970\d{8}", nsn):
        return True
    if mobile_only:
        return False
    if len(nsn) == 9 and (nsn[:2] in NL_AREA2 or nsn[:3] in NL_AREA3):
        return True
    return bool(re.fullmatch(r"(85|91|8[478]|66)\d{7}", nsn) or re.fullmatch(r"(800|90[069])\d{4,7}", nsn))


def be_nsn_ok(nsn):
    return bool(re.fullmatch(r"4[5-9]\d{7}", nsn) or re.fullmatch(r"(2[2-8]|3[2-8]|9[2-4])\d{6}", nsn)
                or re.fullmatch(r"(1[0-9]|5[0-9]|6[0-9]|8[0-9])[2-9]\d{5}", nsn))


def de_nsn_ok(nsn):
    if re.fullmatch(r"1(5[1-9]|6[0-9]|7[0-9])\d{7,8}", nsn):
        return True
    for a in DE_AREAS:
        if nsn.startswith(a) and 5 <= len(nsn) - len(a) <= 8 and nsn[len(a)] != "0":
            return True
    return False


def uk_nsn_ok(nsn):
    return any(nsn.startswith(p) and len(nsn) == len(p) + 3 for p in UK_DRAMA)


def es_nsn_ok(nsn):
    return bool(re.fullmatch(r"(6\d|7[1-9])\d{7}", nsn) or re.fullmatch(r"9[1-8]\d{7}", nsn))


def phone_ok(s, national="NL"):
    r = phone_norm(s)
    if not r:
        return False
    cc, nsn = r
    if cc == "NAT":
        cc = national
    return {"NL": nl_nsn_ok, "BE": be_nsn_ok, "DE": de_nsn_ok, "GB": uk_nsn_ok, "ES": es_nsn_ok}[cc](nsn)


def phone_any_ok(s):
    return any(phone_ok(s, n) for n in ("NL", "BE", "DE", "GB"))


def nl_mobile_ok(s):
    r = phone_norm(s)
    return bool(r) and r[0] in ("NL", "NAT") and nl_nsn_ok(r[1], mobile_only=True)


# --- postcodes, addresses ---------------------------------------------------------------------------------------
def pc_nl_ok(s):
    c = re.sub(r"[ \-]", "", s.upper())
    if c.startswith("NL"):
        c = c[2:]
    return bool(re.fullmatch(r"[1-9]\d{3}[A-Z]{2}", c)) and c[4:] not in ("SA", "SD", "SS")


def pc_ok(s):
    return (pc_nl_ok(s) and bool(re.fullmatch(r"[1-9]\d{3} ?[A-Z]{2}", s))) \
        or bool(re.fullmatch(r"[1-9]\d{3}", s)) \
        or bool(re.fullmatch(r"(?!00)\d{5}", s)) \
        or bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}", s))


ADDR_RE = re.compile(
    r"(Flat \d{1,3}, )?\d{1,4}[a-z]? [A-Z][A-Za-z' ]+(Road|Lane|Street|Crescent|Close|Avenue|Drive|Way|Gardens|Terrace|Grove|Court|Place|Walk|Mews|Row)"
    r"|(Postbus|Postfach|P\.O\. Box) \d{1,5}"
    r"|(Calle|Carrer|Avenida|Avda\.|Urbanización) [^\d,]+ \d{1,4}[A-Za-z]?"
    r"|[A-ZÄÖÜ'][^\d,;\n]{2,60}?[ ]\d{1,5}([ ]?[a-zA-Z]{1,2}\b|-[0-9]{1,3}|-?[IVX]{1,3}| (bus|boven|hs|bis) ?\d{0,2}|/\d{1,2})?",
    re.I)


def address_ok(s):
    return bool(ADDR_RE.fullmatch(s)) and not s.strip() != s


# --- dates ------------------------------------------------------------------------------------------------------
MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "febr": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dec": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10,
    "august": 8, "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "oktober": 10, "dezember": 12, "oct": 10,
}
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]


def parse_date(s):
    s = s.strip()
    mo = re.fullmatch(r"(\d{1,2})([-/. ])(\d{1,2})\2((?:19|20)?\d{2}|'\d{2})", s)
    if mo:
        d, mth, y = int(mo.group(1)), int(mo.group(3)), mo.group(4).lstrip("'")
        y = int(y) + (1900 if len(y) == 2 else 0)
    else:
        mo = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
        if mo:
            y, mth, d = int(mo.group(1)), int(mo.group(2)), int(mo.group(3))
        else:
            mo = re.fullmatch(r"(\d{1,2})\.? ([A-Za-zäÄ]+)\.? (\d{4})", s)
            if mo and mo.group(2).lower() in MONTHS:
                d, mth, y = int(mo.group(1)), MONTHS[mo.group(2).lower()], int(mo.group(3))
            else:
                mo = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", s)
                if not (mo and mo.group(1).lower() in MONTHS):
                    return None
                d, mth, y = int(mo.group(2)), MONTHS[mo.group(1).lower()], int(mo.group(3))
    try:
        return datetime.date(y, mth, d)
    except ValueError:
        return None


def dob_ok(s):
    d = parse_date(s)
    return bool(d) and datetime.date(1900, 1, 1) <= d <= datetime.date(2025, 6, 30)


BIRTH_WORDS = re.compile(r"geboren|\bgeb\b\.?|geb:|geboortedatum|geb\.datum|geboortedag|date of birth|\bdob\b|d\.o\.b\.|"
                         r"\bborn\b|birth|geburtsdatum|geburtstag|geb\. am|geboren am|°", re.I)
NOT_BIRTH = re.compile(r"overl|died|passed away|verstorben|gestorben|geldig|gültig|valid|ingeschreven|registered|"
                       r"heirat|married|getrouwd|\bniet\b|statt|instead|in dienst|eintritt|start", re.I)
DATE_RX = re.compile(r"(?<![\d.])(?:\d{1,2}[-/. ]\d{1,2}[-/. ](?:19|20)?\d{2}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [A-Za-zä]+\.? \d{4}|"
                     r"[A-Z][a-z]+ \d{1,2}, \d{4})(?![\d])")

# --- documents, plates, ids -------------------------------------------------------------------------------------
DE_DOC_ALPHA = "0123456789CFGHJKLMNPRTVWXYZ"


def nl_doc_ok(s):
    c = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}[0-9A-Z]{6}[0-9]", c)) and "O" not in c


def residence_doc_ok(s):
    return bool(re.fullmatch(r"(I|II|III|IV|V)-V[1-9A-NP-Z]{8}", s)) and "0" not in s[-8:]


def de_doc_ok(s):
    return len(s) == 9 and s[0] in DE_DOC_ALPHA[10:] and all(c in DE_DOC_ALPHA for c in s)


def uk_passport_ok(s):
    return bool(re.fullmatch(r"[1-9]\d{8}", s))


KT_SIDECODES = {1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX",
                7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX",
                13: "9-XX-999", 14: "999-XX-9"}


def kt_regex(pat, sep="-"):
    return sep.join("".join("[A-Z]" if ch == "X" else r"\d" for ch in part) for part in pat.split("-"))


KT_BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS"]
KT_MODERN_LETTERS = set("BDFGHJKLMNPRSTVWXYZ")


def kenteken_sidecode(s):
    c = s.upper().replace(" ", "-")
    if "-" not in c:
        for pat in KT_SIDECODES.values():
            if re.fullmatch(kt_regex(pat, ""), c):
                segs, i = [], 0
                for part in pat.split("-"):
                    segs.append(c[i:i + len(part)])
                    i += len(part)
                c = "-".join(segs)
                break
    for sc, pat in KT_SIDECODES.items():
        if re.fullmatch(kt_regex(pat), c):
            groups = re.findall(r"[A-Z]+", c)
            banned = KT_BANNED + (["KVT", "VVD"] if sc >= 8 else []) + (["SP"] if sc >= 13 else [])
            if any(b in g for g in groups for b in banned):
                return None
            if sc >= 4 and not all(ch in KT_MODERN_LETTERS for g in groups for ch in g):
                return None
            return sc
    return None


def kenteken_ok(s):
    return kenteken_sidecode(s) is not None


def de_plate_ok(s):
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9]\d{0,3}", s))


def kvk_ok(s):
    return bool(re.fullmatch(r"\d{8}", s))


EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")
TLDS = {"nl", "com", "de", "be", "es", "net", "org", "uk", "eu", "frl", "example", "info", "co.uk", "ie"}


def email_ok(s):
    if not EMAIL_RE.fullmatch(s) or "@@" in s:
        return False
    return s.rsplit(".", 1)[1].lower() in TLDS


def ip_ok(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global


VALIDATORS = {
    "PERSON": lambda s: bool(re.fullmatch(r"[A-Za-zÀ-ÿĀ-žİıŞşĞğ'’. ,\-]+", s)) and any(c.isalpha() for c in s),
    "EMAIL": email_ok,
    "PHONE": phone_any_ok,
    "IBAN": iban_ok,
    "BSN": lambda s: bsn_ok(s) or (btw_ob_ok(s) and not btw_mod97_ok(s)),
    "ADDRESS": address_ok,
    "POSTCODE": pc_ok,
    "CREDIT_CARD": card_ok,
    "IP_ADDRESS": ip_ok,
    "DATE_OF_BIRTH": dob_ok,
    "ID_DOCUMENT": lambda s: nl_doc_ok(s) or residence_doc_ok(s) or de_doc_ok(s) or uk_passport_ok(s),
    "LICENSE_PLATE": lambda s: kenteken_ok(s) or de_plate_ok(s),
    "BTW_ID": btw_id_ok,
    "KVK": kvk_ok,
}


# ---------------------------------------------------------------------------------------------------------------
# the organisation (never labelled)
# ---------------------------------------------------------------------------------------------------------------
ORG = {
    "names": ["Stichting Pensioenfonds Zilverlinde", "Pensioenfonds Zilverlinde", "PF Zilverlinde", "Zilverlinde",
              "Zilverlinde Pension Fund", "Pensionsfonds Zilverlinde", "Vaartwerk Pensioenuitvoering B.V.",
              "Vaartwerk Pensioenuitvoering", "Vaartwerk"],
    "domains": ["zilverlinde.example", "vaartwerk.example"],
    "phones": ["088 512 7400", "050 318 4420", "06 4172 9935", "0800 022 4455"],
    "ibans": ["NL86INGB0007719284", "NL12RABO0362418805"],
    "addresses": ["Kromme Elsenlaan 8, 9723 ZB Groningen", "Postbus 2740, 9704 CS Groningen"],
    "kvk": ["41028736", "67294518"],
    "btw": ["NL814273506B01"],
    "handles": ["@PFZilverlinde", "@zilverlinde_pensioen", "@VaartwerkPensioen"],
}
ORG_RSIN = "857630003"          # the fund's RSIN (elfproef-valid), shown in footers: a deliberate hard negative
ORG_PHONE_NSN = {"885127400", "503184420", "641729935", "8000224455"}

# staff of the fund / administrator: natural persons, labelled PERSON wherever they appear
STAFF = {
    "marloes": ("Marloes", "Dijkema"),     # klantenservice
    "jeroen": ("Jeroen", "Wiersma"),       # waardeoverdracht
    "samira": ("Samira", "Bouzid"),        # team nabestaanden
    "pj": ("Pieter-Jan", "Hoekman"),       # werkgeversdesk
    "kerstin": ("Kerstin", "Albrecht"),    # German desk
    "owen": ("Owen", "Pritchard"),         # International desk
    "thijs": ("Thijs", "Veldkamp"),        # IT security / functioneel beheer
    "anouk": ("Anouk", "Lammerts"),        # team scheiding & verevening
}


def staff(key):
    return "%s %s" % STAFF[key]


def staff_first(key):
    return STAFF[key][0]


def staff_mail(key):
    f, l = STAFF[key]
    return "%s.%s@vaartwerk.example" % (f[0].lower(), l.lower())


# ---------------------------------------------------------------------------------------------------------------
# synthetic data: lists written for this set
# ---------------------------------------------------------------------------------------------------------------
FIRST = {
    ("nl", "f"): ["Ria", "Annemiek", "Gerdien", "Hennie", "Wilma", "Jolanda", "Marieke", "Ineke", "Tineke", "Femke",
                  "Sietske", "Grietje", "Anneke", "Truus", "Corrie", "Gonnie", "Hilde", "Esmée", "Noëlle",
                  "Daniëlle", "Loes", "Mirjam", "Baukje", "Aaltje", "Jikke", "Geertje"],
    ("nl", "m"): ["Henk", "Gerrit", "Klaas", "Harm", "Sjoerd", "Evert", "Hendrik", "Jelle", "Roelof", "Teun",
                  "Ruud", "Frits", "Geert", "Wouter", "Maarten", "Koen", "Joost", "Arjen", "Durk", "Freek", "Sipke",
                  "Albertus", "Lammert", "Wiebe"],
    ("ma", "f"): ["Naima", "Hanane", "Khadija", "Soufiane"][:3],
    ("ma", "m"): ["Youssef", "Karim", "Mounir", "Bilal"],
    ("tr", "f"): ["Ayşe", "Gülsen", "Elif"],
    ("tr", "m"): ["Mehmet", "Hüseyin", "Emre"],
    ("sr", "f"): ["Sharmila", "Reshma", "Indra"],
    ("sr", "m"): ["Ravi", "Anand", "Ricardo"],
    ("de", "f"): ["Ingrid", "Gisela", "Renate", "Ursula", "Birgit", "Heike", "Sabine", "Monika", "Brigitte", "Jutta",
                  "Käthe", "Dörte", "Annegret"],
    ("de", "m"): ["Klaus", "Jürgen", "Dieter", "Wolfgang", "Rainer", "Uwe", "Manfred", "Günter", "Bernd", "Heinz",
                  "Jörg", "Detlef", "Ulrich", "Hartmut"],
    ("en", "f"): ["Margaret", "Deborah", "Siobhan", "Gillian", "Fiona", "Rachel", "Alison", "Bethany", "Imogen",
                  "Philippa", "Maureen"],
    ("en", "m"): ["Graham", "Nigel", "Stuart", "Callum", "Gareth", "Duncan", "Trevor", "Alistair", "Rhys", "Desmond",
                  "Malcolm"],
    ("be", "f"): ["Griet", "Lieve", "Veerle", "Katrien"],
    ("be", "m"): ["Wouter", "Stijn", "Pieter", "Dirk"],
    ("es", "f"): ["Lucía", "Carmen", "Inmaculada"],
    ("es", "m"): ["Javier", "Andrés", "Ignacio"],
    ("pl", "f"): ["Małgorzata", "Agnieszka"],
    ("dek", "f"): ["Lena", "Marie", "Emma", "Hannah"],      # German children
    ("dek", "m"): ["Finn", "Jonas", "Lukas", "Leon"],
    ("pl", "m"): ["Paweł", "Tomasz"],
}
LAST = {
    "nl": [("", "Hofstede"), ("van der", "Meulen"), ("de", "Boerma"), ("ten", "Hove"), ("van", "Dalfsen"),
           ("", "Wijnstra"), ("", "Koopmans"), ("", "Nijboer"), ("", "Veenstra"), ("van 't", "Erve"),
           ("", "Oosterhuis"), ("", "Bosscher"), ("", "Kamminga"), ("", "Stegeman"), ("", "Huizinga"),
           ("", "Groeneveld"), ("", "Lankhorst"), ("", "Pijpker"), ("", "Zwiers"), ("", "Elzinga"),
           ("", "Westerveld"), ("", "Bijlsma"), ("", "Hiemstra"), ("", "Tjalma"), ("", "Kloosterman"),
           ("", "Sikkema"), ("van", "Zuidam"), ("", "Meijerink"), ("", "Haverkort"), ("de", "Haan-Riemersma"),
           ("", "Brinkhuis"), ("", "Drenthen"), ("", "Scholtens"), ("", "Uiterwijk")],
    "ma": [("El", "Amrani"), ("", "Bouhaddou"), ("Ait", "Lahcen"), ("", "Ouali")],
    "tr": [("", "Yıldırım"), ("", "Şahin"), ("", "Kocabaş"), ("", "Aydoğan")],
    "sr": [("", "Ramdin"), ("", "Sewnath"), ("", "Kartosen"), ("", "Mangroe")],
    "de": [("", "Schäfermeier"), ("", "Hollmann"), ("", "Kettelhack"), ("", "Brüggemann"), ("", "Terhoeven"),
           ("", "Wessendorf"), ("", "Große-Brauckmann"), ("", "Lüdtke"), ("", "Schwertfeger"), ("", "Niehaus"),
           ("", "Overbeck"), ("", "Haßler"), ("", "Kühnel"), ("", "Weißgerber"), ("", "Tenhagen"),
           ("", "Rößing"), ("", "Pöppelmann")],
    "en": [("", "Whitfield"), ("", "Pemberton"), ("", "Ashworth"), ("", "Thornley"), ("", "McCready"),
           ("", "Gallagher"), ("", "Blackwood"), ("", "Hargreaves"), ("", "Fairbairn"), ("", "Lomax"),
           ("", "Cartwright"), ("", "O'Donoghue"), ("", "Penhaligon")],
    "be": [("", "Verhaegen"), ("De", "Wulf"), ("", "Claeys"), ("Van", "Hoorebeke"), ("", "Vercammen")],
    "es": [("", "Fernández Ruiz"), ("", "Moreno Gil"), ("", "Castillo Navarro")],
    "pl": [("", "Kowalczyk"), ("", "Wiśniewska")],
}
NAME_TOKEN_STOP = {"van", "der", "de", "den", "ten", "ter", "'t", "el", "ait", "het"}


class Pn:
    """A synthetic person."""

    def __init__(self, first, tuss, last, sex, origin, second):
        self.first, self.tuss, self.last, self.sex, self.origin = first, tuss, last, sex, origin
        self.second = second       # letter of a second given name (for initials) or ""

    def full(self):
        return " ".join(x for x in (self.first, self.tuss, self.last) if x)

    def surname(self):             # surname standing alone (Dutch: tussenvoegsel capitalised)
        if not self.tuss:
            return self.last
        if self.origin == "nl":
            return self.tuss[0].upper() + self.tuss[1:] + " " + self.last
        return self.tuss + " " + self.last

    def lowsur(self):             # surname after initials / first name
        return " ".join(x for x in (self.tuss, self.last) if x)

    def initials(self):
        return self.first[0] + "." + (self.second + "." if self.second else "")

    def ini(self):                 # "R.M. van der Meulen"
        return self.initials() + " " + self.lowsur()

    def rev(self):                 # "van der Meulen, R.M."
        return self.lowsur() + ", " + self.initials()

    def revfull(self):             # "Meulen, Ria van der" is rare; we use "Van der Meulen, Ria"
        return self.surname() + ", " + self.first

    def tokens(self):
        return [t for t in re.split(r"[ \-]", self.full()) if t.lower() not in NAME_TOKEN_STOP]


def person(rng, origin="nl", sex=None, last=None):
    sex = sex or rng.choice("fm")
    first = rng.choice(FIRST[(origin, sex)])
    tuss, ln = last if last else rng.choice(LAST[origin])
    second = rng.choice("AMJHCEW") if rng.random() < 0.4 else ""
    return Pn(first, tuss, ln, sex, origin, second)


def people(rng, specs):
    """specs: list of (origin, sex) -> distinct persons (no shared first names or surnames unless asked)."""
    out, used = [], set()
    for origin, sex in specs:
        for _ in range(200):
            p = person(rng, origin, sex)
            if p.first not in used and p.last not in used:
                break
        used |= {p.first, p.last}
        out.append(p)
    return out


def relative(rng, p, sex, origin=None):
    """same surname, other first name"""
    for _ in range(200):
        q = person(rng, origin or p.origin, sex, last=(p.tuss, p.last))
        if q.first != p.first:
            return q
    raise RuntimeError


NL_TOWNS = [("Groningen", "97"), ("Assen", "94"), ("Leeuwarden", "89"), ("Zwolle", "80"), ("Emmen", "78"),
            ("Drachten", "92"), ("Meppel", "79"), ("Veendam", "96"), ("Heerenveen", "84"), ("Sneek", "86"),
            ("Deventer", "74"), ("Hoogeveen", "79"), ("Winschoten", "96"), ("Delfzijl", "99"), ("Stadskanaal", "95")]
NL_STREETS = ["Klaproosstraat", "Esdoornlaan", "Tjalkstraat", "Hunzeweg", "Zeylmanslaan", "Burg. Venemastraat",
              "Laan van Zonnehove", "Reitdiephof", "Smidsstraat", "Oude Weversstraat", "Kievitsbloem",
              "Pelikaanstraat", "Jan Hoogstraat", "Boterbloemweg", "Helperzoom-Oost", "Vinkenhof", "Dr. Nassaulaan",
              "Turfschipsingel", "Schoolstraat", "Mr. P.J. Troelstraweg", "Roggekamp", "Lindenhof", "Eikenlaan",
              "Dorpsstraat", "Westerdiep", "Kanaalweg", "Zuiderkade"]
BE_PLACES = [("Gent", "9000"), ("Brugge", "8000"), ("Hasselt", "3500"), ("Leuven", "3000"), ("Lokeren", "9160"),
             ("Turnhout", "2300"), ("Lier", "2500"), ("Knokke-Heist", "8300")]
BE_STREETS = ["Kouterdreef", "Meersstraat", "Ganzendries", "Groenstraat", "Sint-Jorisstraat", "Ommegangstraat",
              "Lindenlaan"]
DE_PLACES = [("Kleve", "47533", "2821"), ("Emmerich am Rhein", "46446", "2822"), ("Bocholt", "46395", "2871"),
             ("Gronau", "48599", "2562"), ("Nordhorn", "48529", "5921"), ("Leer", "26789", "491"),
             ("Emden", "26721", "4921"), ("Düsseldorf", "40211", "211"), ("Köln", "50667", "221"),
             ("Münster", "48143", "251"), ("Oldenburg", "26121", "441"), ("Aachen", "52062", "241")]
DE_STREETS = ["Lindenallee", "Am Mühlenbach", "Kastanienweg", "Deichstraße", "Schützenstraße", "Grüner Weg",
              "Hafenstraße", "Klosterkamp", "Tannenhof", "Brückstraße", "Am Rosengarten", "Weseler Straße",
              "Bahnhofstraße", "Ostwall"]
UK_PLACES = [("Leeds", "LS6 3QT"), ("Manchester", "M20 2GH"), ("Bristol", "BS7 8LR"), ("Edinburgh", "EH10 4DP"),
             ("Newcastle upon Tyne", "NE3 5RT"), ("Cardiff", "CF14 9AW"), ("Harrogate", "HG2 7QX"),
             ("Norwich", "NR4 6BT")]
UK_STREETS = ["Rowan Crescent", "Millbrook Lane", "Ashgrove Road", "Larkfield Close", "Chapel Row", "Beech Avenue",
              "Orchard Way", "Kingsmead Gardens"]
ES_PLACES = [("Altea", "03590"), ("Fuengirola", "29640"), ("Orihuela Costa", "03189"), ("Jávea", "03730"),
             ("Torrevieja", "03182"), ("Nerja", "29780"), ("Benalmádena", "29630")]
ES_STREETS = ["Calle de las Adelfas", "Calle Jazmín", "Avenida del Mar", "Calle Buganvilla", "Calle Los Almendros",
              "Avenida de la Libertad"]


def dg(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def house(rng, style="nl"):
    n = str(rng.choice([rng.randint(1, 40), rng.randint(1, 140), rng.randint(2, 260)]))
    r = rng.random()
    if style == "nl":
        if r < 0.15:
            n += rng.choice("abc")
        elif r < 0.22:
            n += rng.choice(["-1", "-2", " bis", "A"])
    elif style == "de" and r < 0.15:
        n += rng.choice("ab")
    return n


def nl_addr(rng):
    town, pre = rng.choice(NL_TOWNS)
    pc_letters = "ABCEGHJKLMNPRTVWXZ"
    while True:
        pc = "%s%02d %s%s" % (pre, rng.randint(10, 99), rng.choice(pc_letters), rng.choice(pc_letters))
        if pc_nl_ok(pc):
            break
    return rng.choice(NL_STREETS) + " " + house(rng), pc, town


def be_addr(rng):
    town, pc = rng.choice(BE_PLACES)
    st = rng.choice(BE_STREETS) + " " + str(rng.randint(2, 180))
    if rng.random() < 0.4:
        st += " bus " + str(rng.randint(1, 12))
    return st, pc, town


def de_addr(rng):
    town, plz, area = rng.choice(DE_PLACES)
    return rng.choice(DE_STREETS) + " " + house(rng, "de"), plz, town, area


def uk_addr(rng):
    town, pc = rng.choice(UK_PLACES)
    st = str(rng.randint(2, 96)) + " " + rng.choice(UK_STREETS)
    if rng.random() < 0.3:
        st = "Flat %d, %s" % (rng.randint(1, 12), st)
    return st, pc, town


def es_addr(rng):
    town, pc = rng.choice(ES_PLACES)
    return rng.choice(ES_STREETS) + " " + str(rng.randint(2, 60)), pc, town


def gen_bsn(rng):
    while True:
        d = str(rng.randint(1, 9)) + dg(rng, 8)
        if bsn_ok(d) and not bank11_ok(d):
            return d


def gen_bsn_leading_zero(rng):
    while True:
        d = "0" + str(rng.randint(1, 9)) + dg(rng, 7)
        if bsn_ok(d):
            return d


def gen_nonbsn9(rng):
    while True:
        d = str(rng.randint(1, 9)) + dg(rng, 8)
        if not bsn_ok(d):
            return d


def fmt_bsn(d, style):
    return {"plain": d, "dot": d[:4] + "." + d[4:6] + "." + d[6:], "sp": d[:3] + " " + d[3:6] + " " + d[6:],
            "dash": d[:3] + "-" + d[3:6] + "-" + d[6:], "dot2": d[:2] + "." + d[2:4] + "." + d[4:6] + "." + d[6:]}[style]


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"]
DE_BLZ = ["37040044", "30050110", "32450000", "35850000", "40050150", "28050100", "36050105", "44050199"]
ES_BANKS = ["2100", "0049", "0182", "0081", "2038", "3058"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]
BE_BANKS = ["001", "063", "068", "091", "143", "363", "734", "973"]


def gen_iban(rng, cc):
    if cc == "NL":
        bban = rng.choice(NL_BANKS) + ("0" + dg(rng, 9) if rng.random() < 0.7 else "000" + dg(rng, 7))
    elif cc == "BE":
        first10 = rng.choice(BE_BANKS) + dg(rng, 7)
        n = int(first10) % 97
        bban = first10 + "%02d" % (n if n else 97)
    elif cc == "DE":
        bban = rng.choice(DE_BLZ) + dg(rng, 10)
    elif cc == "ES":
        bank, branch, acct = rng.choice(ES_BANKS), dg(rng, 4), dg(rng, 10)
        bban = bank + branch + str(es_dc("00" + bank + branch)) + str(es_dc(acct)) + acct
    elif cc == "GB":
        bban = rng.choice(GB_BANKS) + dg(rng, 14)
    else:
        raise ValueError(cc)
    iban = cc + iban_check_digits(cc, bban) + bban
    assert iban_ok(iban), iban
    return iban


def sp4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_card(rng, kind="visa"):
    while True:
        if kind == "visa":
            body = "4" + rng.choice(["539", "916", "571", "006", "462"]) + dg(rng, 11)
        elif kind == "mc":
            body = rng.choice(["51", "53", "54", "55"]) + dg(rng, 13)
        else:
            body = rng.choice(["2221", "2304", "2513"]) + dg(rng, 11)
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c


def gen_date(rng, y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def fdate(d, style):
    return {
        "dmy-": "%02d-%02d-%d" % (d.day, d.month, d.year),
        "dmy-short": "%d-%d-%d" % (d.day, d.month, d.year),
        "dmy/": "%02d/%02d/%d" % (d.day, d.month, d.year),
        "dmy.": "%02d.%02d.%d" % (d.day, d.month, d.year),
        "dmy.short": "%d.%d.%d" % (d.day, d.month, d.year),
        "iso": d.isoformat(),
        "nl": "%d %s %d" % (d.day, MONTHS_NL[d.month - 1], d.year),
        "en": "%d %s %d" % (d.day, MONTHS_EN[d.month - 1], d.year),
        "us": "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year),
        "de": "%d. %s %d" % (d.day, MONTHS_DE[d.month - 1], d.year),
    }[style]


KT_LET = "BDFGHJKLNPRSTVXZ"


def gen_kenteken(rng, sc=None):
    sc = sc or rng.choice([7, 8, 9, 10, 11, 13])
    while True:
        k = "".join(rng.choice(KT_LET) if ch == "X" else (rng.choice("123456789") if ch == "9" else "-")
                    for ch in KT_SIDECODES[sc])
        if kenteken_sidecode(k) == sc:
            return k


def gen_nl_doc(rng, first="N"):
    alpha = "ABCDEFGHIJKLMNPRSTUVWXYZ"
    mid = "ABCDEFGHJKLMNPRSTUVWXYZ123456789"
    while True:
        s = first + rng.choice(alpha) + "".join(rng.choice(mid) for _ in range(6)) + str(rng.randint(1, 9))
        if nl_doc_ok(s) and sum(c.isdigit() for c in s) >= 3:
            return s


def gen_de_doc(rng):
    return rng.choice(DE_DOC_ALPHA[10:]) + "".join(rng.choice(DE_DOC_ALPHA) for _ in range(8))


def gen_uk_passport(rng):
    return gen_nonbsn9(rng)


def gen_kvk(rng):
    return str(rng.randint(5, 9)) + dg(rng, 7)


def gen_btw_id(rng):
    while True:
        nine = gen_nonbsn9(rng)
        x = mod97_int("NL" + nine + "B") * 100
        s = (1 - x) % 97
        if 1 <= s <= 96:
            b = "NL%sB%02d" % (nine, s)
            if btw_id_ok(b):
                return b


def gen_ip4(rng):
    while True:
        a = "%d.%d.%d.%d" % (rng.choice([31, 37, 62, 77, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 94, 145, 178, 185,
                                         188, 212, 213, 217]), rng.randint(1, 254), rng.randint(0, 254),
                             rng.randint(1, 254))
        if ip_ok(a):
            return a


def gen_ip6(rng):
    while True:
        a = "2a02:%x:%x:%x:%x:%x:%x:%x" % tuple(rng.randint(0x100, 0xffff) for _ in range(7))
        a = str(ipaddress.ip_address(a))
        if ip_ok(a):
            return a


# phones ---------------------------------------------------------------------------------------------------------
def gen_nl_mobile(rng):
    while True:
        nsn = "6" + rng.choice("123458") + str(rng.randint(2, 9)) + dg(rng, 6)
        if nsn not in ORG_PHONE_NSN:
            return nsn


def fmt_nl_mobile(nsn, style):
    s = nsn[1:]
    return {
        "06-": "06-" + s, "06 ": "06 " + s, "06 4 4": "06 " + s[:4] + " " + s[4:], "06": "0" + nsn,
        "+31 6": "+31 6 " + s, "+31 (0)6": "+31 (0)6 " + s[:4] + " " + s[4:], "0031": "0031 6 " + s[:4] + " " + s[4:],
        "+316": "+316" + s, "06-pairs": "06-" + " ".join(s[i:i + 2] for i in range(0, 8, 2)),
        "+31-6": "+31 6-" + s, "(06)": "(06) " + s,
    }[style]


MOB_STYLES = ["06-", "06 ", "06 4 4", "06", "+31 6", "+31 (0)6", "0031", "+316", "06-pairs", "(06)"]


def gen_nl_land(rng, area=None):
    area = area or rng.choice(["50", "511", "591", "592", "598", "58", "38", "513", "521", "53", "570", "20", "30"])
    return area + str(rng.randint(2, 9)) + dg(rng, 8 - len(area))


def fmt_nl_land(nsn, style):
    a = nsn[:2] if nsn[:2] in NL_AREA2 else nsn[:3]
    s = nsn[len(a):]
    if len(a) == 2:
        return {"sp": "0%s %s %s" % (a, s[:3], s[3:]), "dash": "0%s-%s" % (a, s), "+31": "+31 %s %s %s" % (a, s[:3], s[3:]),
                "par": "(0%s) %s %s %s" % (a, s[:3], s[3:5], s[5:]), "+31(0)": "+31 (0)%s %s %s" % (a, s[:3], s[3:])}[style]
    return {"sp": "0%s %s" % (a, s), "dash": "0%s-%s" % (a, s), "+31": "+31 %s %s %s" % (a, s[:3], s[3:]),
            "par": "(0%s) %s %s %s" % (a, s[:2], s[2:4], s[4:]), "+31(0)": "+31 (0)%s %s" % (a, s)}[style]


def gen_de_mobile(rng):
    return "1" + rng.choice(["51", "52", "57", "60", "62", "70", "71", "72", "76", "77"]) + str(rng.randint(2, 9)) + dg(rng, 6 + rng.randint(0, 1))


def fmt_de(nsn, style, area=None):
    if nsn.startswith("1"):
        a, s = nsn[:3], nsn[3:]
    else:
        a = area
        s = nsn[len(a):]
    return {"nat": "0%s %s" % (a, s), "slash": "0%s/%s" % (a, s), "dash": "0%s-%s" % (a, s), "+49": "+49 %s %s" % (a, s),
            "+49(0)": "+49 (0)%s %s" % (a, s), "0049": "0049 %s %s" % (a, s)}[style]


def gen_de_land(rng, area):
    return area + str(rng.randint(2, 9)) + dg(rng, rng.choice([4, 5]) if len(area) == 4 else rng.choice([5, 6]))


def gen_be_mobile(rng):
    return "4" + rng.choice("6789") + str(rng.randint(0, 9)) + dg(rng, 6)


def fmt_be(nsn, style):
    s = nsn
    return {"nat": "0%s %s %s %s" % (s[:3], s[3:5], s[5:7], s[7:]), "+32": "+32 %s %s %s %s" % (s[:3], s[3:5], s[5:7], s[7:]),
            "0032": "0032 %s" % s, "slash": "0%s/%s.%s.%s" % (s[:3], s[3:5], s[5:7], s[7:])}[style]


def gen_uk(rng, kind="mobile"):
    if kind == "mobile":
        return "7700900" + dg(rng, 3)
    return rng.choice(["1134960", "1614960", "1314960", "1174960", "2079460", "2920180"]) + dg(rng, 3)


def fmt_uk(nsn, style):
    if nsn.startswith("7"):
        return {"nat": "0%s %s" % (nsn[:4], nsn[4:]), "+44": "+44 %s %s" % (nsn[:4], nsn[4:]),
                "+44(0)": "+44 (0)%s %s" % (nsn[:4], nsn[4:])}[style]
    if nsn.startswith("20") or nsn.startswith("29"):
        a, r = nsn[:2], nsn[2:]
        return {"nat": "0%s %s %s" % (a, r[:4], r[4:]), "+44": "+44 %s %s %s" % (a, r[:4], r[4:]),
                "+44(0)": "+44 (0)%s %s %s" % (a, r[:4], r[4:])}[style]
    a, r = nsn[:3], nsn[3:]
    return {"nat": "0%s %s %s" % (a, r[:3], r[3:]), "+44": "+44 %s %s %s" % (a, r[:3], r[3:]),
            "+44(0)": "+44 (0)%s %s %s" % (a, r[:3], r[3:])}[style]


def gen_es_mobile(rng):
    return "6" + str(rng.randint(0, 9)) + str(rng.randint(1, 9)) + dg(rng, 6)


def fmt_es(nsn, style):
    return {"+34": "+34 %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "0034": "0034 %s" % nsn,
            "+34b": "+34 %s %s %s %s" % (nsn[:3], nsn[3:5], nsn[5:7], nsn[7:])}[style]


# hard-negative helpers --------------------------------------------------------------------------------------------
def eur(rng, lo, hi, cents=True):
    v = rng.uniform(lo, hi)
    whole = int(v)
    s = "{:,}".format(whole).replace(",", ".")
    return s + ("," + "%02d" % rng.randint(0, 99) if cents else "")


def eur_en(rng, lo, hi):
    v = rng.uniform(lo, hi)
    return "{:,.2f}".format(v)


def deelnemersnr(rng):
    return "70" + dg(rng, 8)


def ticket(rng, prefix="ZL"):
    return "%s-%d%s" % (prefix, rng.randint(2, 4), dg(rng, 5))


# ---------------------------------------------------------------------------------------------------------------
# self test: every validator against the reference's vectors, the organisation's data, the generators
# ---------------------------------------------------------------------------------------------------------------
def self_test():
    n = 0

    def ok(cond, what):
        nonlocal n
        n += 1
        if not cond:
            raise AssertionError("self test failed: " + what)

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303",
              "103349856", "044126396", "656412689", "460455977", "879119330", "999999990", "111111110"]:
        ok(bsn_ok(v), "bsn valid " + v)
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        ok(not bsn_ok(v), "bsn invalid " + v)
    ok(bank11_ok("123456789") and bank11_ok("999999990") and bank11_ok("111111110"), "bank 11-test")
    ok(onderwijsnr_ok("101222331") and not onderwijsnr_ok("100252333"), "onderwijsnummer")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789",
              "NL20INGB0001234567", "NL39RABO0300065264", "NL44RABO0123456789", "NL86INGB0002445588",
              "NL68KNAB0123456789", "NL32BUNQ2012345678", "BE71 0961 2345 6769", "DE89370400440532013000",
              "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606", "FR76 3000 6000 0112 3456 7890 189",
              "GB82WEST12345698765432"]:
        ok(iban_ok(v), "iban valid " + v)
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300",
              "DE89370400440532013001", "BE68539007547035"]:
        ok(not iban_ok(v), "iban invalid " + v)
    ok(iban_check_digits("NL", "KNAB0123456789") == "68", "iban check digits")
    ok(iban_ok("ES9121000418450200051332"), "ES iban with national check digits")   # widely published example
    ok(not iban_ok("ES9121000418460200051332"), "ES iban broken")
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67", "0111-123456",
              "085 123 4567", "091 123 4567", "097012345678", "06 12345678", "06 1234 5678", "06-12 34 56 78",
              "0612345678", "(06) 12345678", "+31 6 12345678", "+316-12345678", "+31 (0) 6-123 456 78",
              "0031 6 1234 5678", "020 123 4567", "+31(0)20-1234567", "+31-20-1234567", "+31.20.123.45.67",
              "020/1234567"]:
        ok(phone_ok(v, "NL"), "phone nl valid " + v)
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "069 1234567",
              "0676 123456", "020-123456", "012-3456789"]:
        ok(not phone_ok(v, "NL"), "phone nl invalid " + v)
    ok(nl_mobile_ok("06-12345678") and not nl_mobile_ok("020-1234567"), "nl mobile")
    for v in ["+32 470 12 34 56", "0470 12 34 56", "02 511 22 33", "09 265 12 34", "050 44 86 86"]:
        ok(phone_ok(v, "BE"), "phone be valid " + v)
    for v in ["+32 470 12 34 5", "02 123 45 67", "09 123 45 67"]:
        ok(not phone_ok(v, "BE"), "phone be invalid " + v)
    for v in ["+49 30 12345678", "0151 23456789", "+49 (0)221 1234567", "0049 171 1234567"]:
        ok(phone_ok(v, "DE"), "phone de valid " + v)
    ok(not phone_ok("+49 151 234", "DE"), "phone de invalid")
    for v in ["07700 900123", "+44 161 496 0123", "0113 496 0999", "020 7946 0321"]:
        ok(phone_ok(v, "GB"), "phone uk drama " + v)
    ok(not phone_ok("07700 123456", "GB"), "uk non-drama rejected")
    ok(phone_ok("+34 612 345 678") and not phone_ok("+34 512 345 678"), "phone es")
    for v in ["1012 AB", "1012AB", "1012 ab", "NL-2611ET", "9999 ZZ", "1000 AA"]:
        ok(pc_nl_ok(v), "postcode valid " + v)
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        ok(not pc_nl_ok(v), "postcode invalid " + v)
    ok(pc_ok("9741 KT") and pc_ok("9741KT") and pc_ok("9000") and pc_ok("47533") and pc_ok("03590")
       and pc_ok("LS6 3QT") and pc_ok("EH10 4DP") and not pc_ok("1012 SS"), "postcodes of all countries")
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        ok(nl_doc_ok(v), "docnr valid " + v)
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        ok(not nl_doc_ok(v), "docnr invalid " + v)
    ok(residence_doc_ok("III-V123AL568"), "residence document")
    for v, sc in [("AB-12-34", 1), ("12-34-XY", 2), ("12-AB-34", 3), ("GB-12-DF", 4), ("XB-PK-12", 5),
                  ("12-DF-GH", 6), ("12-GBX-3", 7), ("1-KBB-12", 8), ("VB-123-X", 9), ("G-123-BB", 10),
                  ("GBB-12-X", 11), ("G-12-BBB", 12), ("1-BB-123", 13), ("123-BB-1", 14)]:
        ok(kenteken_sidecode(v) == sc, "kenteken %s sidecode %d" % (v, sc))
    ok(kenteken_sidecode("GBB12X") == 11 and kenteken_sidecode("gb 12 df") == 4, "kenteken compact/spaced")
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        ok(not kenteken_ok(v), "kenteken invalid " + v)
    ok(de_plate_ok("KLE-AB 123") and de_plate_ok("BOR-NR 527") and not de_plate_ok("KLE-123"), "DE Kennzeichen")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        ok(btw_mod97_ok(v), "btw valid " + v)
    ok(btw_ob_ok("NL004495445B01"), "OB-nummer")
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL12345678B01"]:
        ok(not btw_mod97_ok(v) and not btw_ob_ok(v), "btw invalid " + v)
    ok(not btw_mod97_ok("NL123456789B01") and not btw_ob_ok("NL111234567B01"), "btw neither check")
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "30569309025904", "6759649826438453"]:
        ok(card_ok(v), "card valid " + v)
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        ok(not card_ok(v), "card invalid " + v)
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM",
              "info@bakkerij-de-groot.frl"]:
        ok(email_ok(v), "email valid " + v)
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld", "icon@2x.png"]:
        ok(not email_ok(v), "email invalid " + v)
    for v in ["8.8.8.8", "2a02:a46b:5182:1:e957:446b::69"]:
        ok(ip_ok(v), "public ip " + v)
    for v in ["192.168.1.10", "10.40.2.17", "127.0.0.1", "256.1.1.1", "192.168.1", "1.2.3.4.5", "010.001.001.001",
              "2001:db8::1", "::1", "2001:db8:::1", "1::2::3", "12:30:45", "00:1A:2B:3C:4D:5E", "203.0.113.7"]:
        ok(not ip_ok(v), "not a public ip " + v)
    for v in ["12-03-1985", "1-4-1990", "03/07/1979", "29.02.1992", "5 mei 1960", "17 okt. 2001", "1985-03-12",
              "12 March 1958", "March 12, 1958", "12. März 1958", "12-03-'58"]:
        ok(dob_ok(v), "date valid " + v)
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999"]:
        ok(not dob_ok(v), "date invalid " + v)
    for v in ["Kalverstraat 92", "Laan van Meerdervoort 123a", "Burg. de Monchyplein 10-II", "Kerkstraat 12 hs",
              "Postbus 626", "72 Green Lane", "Flat 2, 14 Mill Road", "Hauptstraße 5", "Kerkstraat 12 bus 3",
              "Calle Jazmín 5"]:
        ok(address_ok(v), "address " + v)
    # the organisation's own data
    for v in ORG["ibans"]:
        ok(iban_ok(v), "org iban " + v)
    for v in ORG["phones"]:
        r = phone_norm(v)
        ok(r and (phone_ok(v) or r[1].startswith("800")) and r[1] in ORG_PHONE_NSN, "org phone " + v)
    ok(btw_ob_ok(ORG["btw"][0]) and not btw_mod97_ok(ORG["btw"][0]), "org btw is an RSIN-based OB-nummer")
    ok(bsn_ok(ORG_RSIN), "org RSIN passes the elfproef")
    ok(all(kvk_ok(k) for k in ORG["kvk"]), "org kvk")
    # generators, 300 rounds each
    rng = random.Random(SEED + ":selftest")
    for _ in range(300):
        ok(bsn_ok(gen_bsn(rng)), "gen bsn")
        ok(not bsn_ok(gen_nonbsn9(rng)), "gen non-bsn")
        ok(bsn_ok(gen_bsn_leading_zero(rng)[1:]), "gen 8-digit bsn")
        for cc in ("NL", "BE", "DE", "ES", "GB"):
            ok(iban_ok(sp4(gen_iban(rng, cc))), "gen iban " + cc)
        ok(card_ok(gen_card(rng, rng.choice(["visa", "mc", "mc2"]))), "gen card")
        ok(kenteken_ok(gen_kenteken(rng)), "gen kenteken")
        ok(nl_doc_ok(gen_nl_doc(rng, rng.choice("NI"))), "gen nl doc")
        ok(de_doc_ok(gen_de_doc(rng)), "gen de doc")
        ok(btw_id_ok(gen_btw_id(rng)), "gen btw id")
        ok(ip_ok(gen_ip4(rng)) and ip_ok(gen_ip6(rng)), "gen ip")
        nsn = gen_nl_mobile(rng)
        for st in MOB_STYLES:
            ok(phone_ok(fmt_nl_mobile(nsn, st)) and nl_mobile_ok(fmt_nl_mobile(nsn, st)), "gen mobile " + st)
        land = gen_nl_land(rng)
        for st in ("sp", "dash", "+31", "par", "+31(0)"):
            ok(phone_ok(fmt_nl_land(land, st)) and not nl_mobile_ok(fmt_nl_land(land, st)), "gen land " + st + land)
        t, plz, area = rng.choice(DE_PLACES)
        de_l, de_m = gen_de_land(rng, area), gen_de_mobile(rng)
        for st in ("nat", "slash", "dash", "+49", "+49(0)", "0049"):
            ok(phone_ok(fmt_de(de_l, st, area), "DE") and phone_ok(fmt_de(de_m, st), "DE"), "gen de phone " + st)
        be = gen_be_mobile(rng)
        for st in ("nat", "+32", "0032", "slash"):
            ok(phone_ok(fmt_be(be, st), "BE"), "gen be phone " + st)
        for kind in ("mobile", "land"):
            uk = gen_uk(rng, kind)
            for st in ("nat", "+44", "+44(0)"):
                ok(phone_ok(fmt_uk(uk, st), "GB"), "gen uk phone " + st)
        es = gen_es_mobile(rng)
        for st in ("+34", "0034", "+34b"):
            ok(phone_ok(fmt_es(es, st)), "gen es phone " + st)
        a, pc, _ = nl_addr(rng)
        ok(address_ok(a) and pc_ok(pc), "gen nl address " + a)
        for f in (be_addr, uk_addr, es_addr):
            a, pc, _ = f(rng)
            ok(address_ok(a) and pc_ok(pc), "gen address " + a)
        a, pc, _, _ = de_addr(rng)
        ok(address_ok(a) and pc_ok(pc), "gen de address " + a)
        d = gen_date(rng, 1935, 2007)
        for st in ("dmy-", "dmy-short", "dmy/", "dmy.", "dmy.short", "iso", "nl", "en", "us", "de"):
            ok(dob_ok(fdate(d, st)), "gen date " + st)
        ok(btw_id_ok(gen_btw_id(rng)), "btw")
    return n


# ---------------------------------------------------------------------------------------------------------------
# helpers for the texts
# ---------------------------------------------------------------------------------------------------------------
SCENARIOS = []   # (name, lang, has_pii, function(rng, k) -> marked text)


def scenario(lang, pii):
    def deco(f):
        SCENARIOS.append((f.__name__, lang, pii, f))
        return f
    return deco


def fold(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


MAIL_DOMAINS = {"nl": ["ziggo.nl", "kpnmail.nl", "hotmail.com", "gmail.com", "outlook.com", "planet.nl", "home.nl",
                       "xs4all.nl", "live.nl"],
                "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
                "en": ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "sky.com"],
                "es": ["telefonica.net", "gmail.com"], "be": ["telenet.be", "skynet.be", "proximus.be"]}


def mail_for(rng, p, region="nl"):
    f = fold(p.first).lower().replace(" ", "")
    l = fold(p.lowsur()).lower().replace(" ", "").replace("-", "")
    style = rng.randint(0, 4)
    local = [f + "." + l, f[0] + l, f + l + str(rng.randint(50, 99)), f + "_" + l, l + "." + f[0]][style]
    return local + "@" + rng.choice(MAIL_DOMAINS[region])


def recent(rng, y0=2024, m0=9):
    a = datetime.date(y0, m0, 1).toordinal()
    b = datetime.date(2025, 6, 20).toordinal()
    return datetime.date.fromordinal(rng.randint(a, b))


def dob(rng, y0=1938, y1=1968):
    return gen_date(rng, y0, y1)


def saturday(rng):
    d = recent(rng)
    return d + datetime.timedelta(days=(5 - d.weekday()) % 7)


def later(d, lo, hi, rng):
    return d + datetime.timedelta(days=rng.randint(lo, hi))


def hhmm(rng, h0=8, h1=18):
    return "%02d:%02d" % (rng.randint(h0, h1 - 1), rng.randint(0, 59))


def org_phone(rng, intl=False):
    if intl:
        return rng.choice(["+31 50 318 4420", "+31 (0)50 318 4420", "+31 88 512 7400"])
    return rng.choice(["088 512 7400", "088-5127400", "088 - 512 74 00"])


def sig_nl(rng, key, role):
    return (f"Met vriendelijke groet,\n\n{P(staff(key))}\n{role} | {O('Pensioenfonds Zilverlinde')}\n"
            f"Uitgevoerd door {O('Vaartwerk Pensioenuitvoering B.V.')}\nT {O(org_phone(rng))} | "
            f"{O('www.zilverlinde.example')}")


def sig_en(rng, key, role):
    return (f"Kind regards,\n\n{P(staff(key))}\n{role} | {O('Zilverlinde Pension Fund')}\n"
            f"administered by {O('Vaartwerk Pensioenuitvoering B.V.')}\nT {O(org_phone(rng, True))} | "
            f"{O(staff_mail(key))}")


def sig_de(rng, key, role):
    return (f"Mit freundlichen Grüßen\n\n{P(staff(key))}\n{role} | {O('Pensionsfonds Zilverlinde')}\n"
            f"{O('Vaartwerk Pensioenuitvoering B.V.')}, {O('Postbus 2740')}, {O('9704 CS')} Groningen, Niederlande\n"
            f"Tel. {O(org_phone(rng, True))} | {O(staff_mail(key))}")


def footer_fund():
    return (f"{O('Stichting Pensioenfonds Zilverlinde')} | {O('Postbus 2740')}, {O('9704 CS')} Groningen | "
            f"KvK {O('41028736')} | RSIN {O(ORG_RSIN)}")


def creditor_id():
    base = "410287360000"
    chk = "%02d" % (98 - mod97_int(base + "NL00") % 97)
    return "NL" + chk + "ZZZ" + base


def nl_ibanfmt(rng, iban, lower_ok=False):
    r = rng.random()
    if r < 0.5:
        return sp4(iban)
    if r < 0.9 or not lower_ok:
        return iban
    return sp4(iban).lower()


# ===============================================================================================================
# Dutch — messages with personal data
# ===============================================================================================================
@scenario("nl", True)
def nl_overlijden_partner(rng, k):
    h, w = people(rng, [("nl", "m"), ("nl", "f")])
    hd, wd = dob(rng, 1940, 1956), dob(rng, 1942, 1958)
    death = recent(rng)
    iban = gen_iban(rng, "NL")
    street, pc, town = nl_addr(rng)
    if k == 0:
        mob = fmt_nl_mobile(gen_nl_mobile(rng), rng.choice(MOB_STYLES))
        return f"""Onderwerp: Overlijden van mijn man - aanvraag partnerpensioen

Geachte heer, mevrouw,

Met verdriet laat ik u weten dat mijn man, {P(h.full())}, op {fdate(death, 'nl')} is overleden. Hij was geboren op {DOB(fdate(hd, 'dmy-'))} en ontving sinds 1 {MONTHS_NL[hd.month - 1]} {hd.year + 67} ouderdomspensioen van uw fonds (pensioennummer {deelnemersnr(rng)}). Zijn BSN was {BS(fmt_bsn(gen_bsn(rng), rng.choice(['plain', 'dot'])))}.

Ik ben zijn weduwe, {P(w.full())}, geboren op {DOB(fdate(wd, 'nl'))}. Wij waren {rng.randint(31, 58)} jaar getrouwd. Graag ontvang ik het partnerpensioen op onze gezamenlijke rekening {IB(sp4(iban).replace(' ', chr(160), 1))}.

Ons adres blijft {AD(street)}, {PC(pc)} {town}. U kunt mij bellen op {PH(mob)}, overdag ben ik bijna altijd thuis.

Een kopie van de akte van overlijden en van mijn identiteitskaart (documentnummer {ID(gen_nl_doc(rng, 'I'))}) stuur ik als bijlage mee (scan, 3 pagina's).

Met vriendelijke groet,

{P(w.full())}"""
    d = relative(rng, h, "f")
    mob = fmt_nl_mobile(gen_nl_mobile(rng), rng.choice(MOB_STYLES))
    return f"""hallo,

mijn vader {P(h.full())} is op {fdate(death, 'dmy-short')} overleden. ik regel de papieren voor mijn moeder want zij vindt dit allemaal lastig met de computer.

gegevens pa: geb. {DOB(fdate(hd, 'dmy-short'))}, bsn {BS(fmt_bsn(gen_bsn(rng), 'sp'))}
moeder: {P(w.full())}, geb {DOB(fdate(wd, 'dmy-'))}
rekening van mijn moeder: {IB(iban)}

kunnen jullie het partnerpensioen in gang zetten? en hoe zit het met de uitkering van {MONTHS_NL[death.month - 1]}, die is gewoon nog binnengekomen ({eur(rng, 600, 2400)} netto). moet dat terug?

u kunt mij bereiken op {PH(mob)} of via {EM(mail_for(rng, d))}

groetjes,
{P(d.first)} (dochter)"""


@scenario("nl", True)
def nl_wezenpensioen(rng, k):
    father = person(rng, "nl", "m")
    kid1, kid2 = relative(rng, father, "f"), relative(rng, father, "m")
    fd, d1, d2 = dob(rng, 1968, 1982), gen_date(rng, 2003, 2006), gen_date(rng, 2008, 2016)
    death = recent(rng)
    iban = gen_iban(rng, "NL")
    street, pc, town = nl_addr(rng)
    if k == 0:
        mother = person(rng, "nl", "f")
        ts = "%s %s" % (fdate(recent(rng), "dmy-"), hhmm(rng))
        return f"""--- Webformulier 'Wezenpensioen aanvragen' (verzonden {ts}) ---
Naam overleden deelnemer: {P(father.full())}
Geboortedatum overleden deelnemer: {DOB(fdate(fd, 'dmy-'))}
BSN overleden deelnemer: {BS(gen_bsn(rng))}
Datum overlijden: {fdate(death, 'dmy-')}
Kind 1 - naam: {P(kid1.full())}
Kind 1 - geboortedatum: {DOB(fdate(d1, 'dmy-'))}
Kind 2 - naam: {P(kid2.full())}
Kind 2 - geboortedatum: {DOB(fdate(d2, 'dmy-'))}
Studeert kind 1 (18-25 jaar)?: ja, hbo voltijd
Aanvrager: {P(mother.full())}
Relatie tot de kinderen: moeder / wettelijk vertegenwoordiger
Adres: {AD(street)}
Postcode + woonplaats: {PC(pc)} {town}
Telefoon: {PH(fmt_nl_mobile(gen_nl_mobile(rng), rng.choice(MOB_STYLES)))}
E-mail: {EM(mail_for(rng, mother))}
IBAN uitbetaling: {IB(iban)}
Akkoord privacyverklaring: ja
Formulier-ID: WF-{dg(rng, 7)}"""
    gm = relative(rng, father, "f")
    scan = recent(rng)
    return f"""[Brief ontvangen per post op {fdate(scan, 'dmy-')}, ingescand en overgetypt door de postkamer. Origineel in dossier NB-2025-{dg(rng, 4)}]

FAM. {P(gm.surname().upper())}
{AD(street.upper())}
{PC(pc)}  {town.upper()}

Aan {O('Pensioenfonds Zilverlinde')}
t.a.v. team nabestaanden
{O('Postbus 2740')}
{O('9704 CS')}  GRONINGEN

{town}, {fdate(scan - datetime.timedelta(days=4), 'nl')}

Betreft: wezenpensioen voor mijn kleinkinderen

Geachte dames en heren,

Mijn zoon {P(father.full())} is op {fdate(death, 'nl')} plotseling overleden. Hij werkte bij {NP('Transportbedrijf Noordster')} en was bij u verzekerd. Zijn kinderen {P(kid1.first)} (geboren {DOB(fdate(d1, 'dmy-'))}) en {P(kid2.first)} (geboren {DOB(fdate(d2, 'dmy-'))}) wonen sindsdien bij mij. De kantonrechter heeft mij tot voogd benoemd, de beschikking stuur ik mee.

Het burgerservicenummer van mijn zoon was {BS(fmt_bsn(gen_bsn(rng), 'dot'))}.

Wilt u het wezenpensioen overmaken op rekening {IB(sp4(iban))}? Dat is de rekening die ik voor de kinderen heb geopend.

Ik heb geen e-mail. U kunt mij bellen op {PH(fmt_nl_land(gen_nl_land(rng), 'dash'))}.

Hoogachtend,

{P(gm.ini())}
(handtekening)"""


@scenario("nl", True)
def nl_waardeoverdracht(rng, k):
    p = person(rng, rng.choice(["nl", "nl", "ma", "tr", "sr"]))
    if k == 0:
        mob = fmt_nl_mobile(gen_nl_mobile(rng), rng.choice(MOB_STYLES))
        q = recent(rng)
        title = "heer" if p.sex == "m" else "mevrouw"
        return f"""Hoi {P(staff_first('jeroen'))},

Dank voor je snelle antwoord. Ik heb het formulier ingevuld, maar ik weet niet zeker bij welk fonds mijn vorige werkgever zat. Het was {NP('Installatiebedrijf De Hunze B.V.')} in Assen, ik werkte daar van 2009 tot 2016. Mijn BSN is {BS(fmt_bsn(gen_bsn(rng), 'dot'))} en mijn deelnemersnummer bij jullie is {deelnemersnr(rng)}.

Mag ik je bellen? Mijn nummer is {PH(mob)}.

Groet,
{P(p.full())}

Op {fdate(q, 'nl')} om {hhmm(rng)} schreef {P(staff('jeroen'))} <{O(staff_mail('jeroen'))}>:
> Geachte {title} {P(p.surname())},
>
> U vroeg of u het pensioen dat u bij uw vorige werkgever heeft opgebouwd kunt overdragen naar {O('Pensioenfonds Zilverlinde')}. Dat kan. Wij vragen de waarde op bij uw vorige pensioenuitvoerder; u krijgt daarna een voorstel dat u binnen 3 maanden kunt accepteren.
> Uw dossiernummer is WO-2025-{dg(rng, 6)}. Wilt u het bijgevoegde formulier (WO-01, versie 2024-2) ingevuld terugsturen?
>
> {sig_nl(rng, 'jeroen', 'Team Waardeoverdracht').replace(chr(10), chr(10) + '> ')}
>
> -----Oorspronkelijk bericht-----
> Van: {P(p.full())} <{EM(mail_for(rng, p))}>
> Verzonden: {fdate(q - datetime.timedelta(days=rng.randint(3, 12)), 'dmy-')} {hhmm(rng, 19, 23)}
> Aan: {O('klantenservice@zilverlinde.example')}
> Onderwerp: pensioen meenemen
>
> Goedenavond,
>
> Ik ben sinds 1 februari in dienst bij {NP('Noordhaven Logistics B.V.')} en daardoor deelnemer bij uw fonds. Bij mijn vorige werkgever heb ik ook pensioen opgebouwd. Kan ik dat naar u overdragen, en is dat verstandig? Ik ben geboren op {DOB(fdate(dob(rng, 1968, 1990), 'dmy-'))} en woon op {AD((a := nl_addr(rng))[0])}, {PC(a[1])} {a[2]}.
> Het oude pensioen was ongeveer € {eur(rng, 900, 4000, False)} per jaar (UPO 2023).
>
> Met vriendelijke groet,
> {P(p.full())}"""
    val = eur(rng, 4000, 60000, cents=False)
    return f"""Vraag via contactformulier zilverlinde.example/contact
Onderwerp: waardeoverdracht
Naam: {P(p.revfull())}
Geboortedatum: {DOB(fdate(dob(rng, 1962, 1992), 'iso'))}
Deelnemersnummer: {deelnemersnr(rng)}
Vraag: ik heb van 1998 tot 2011 bij een andere werkgever gewerkt en daar pensioen opgebouwd bij het bedrijfstakpensioenfonds. Ik heb een brief gehad met een waarde van € {val} per 1-1-2025 (hun referentie {gen_nonbsn9(rng)}). Kan ik dat meenemen naar jullie en wat kost dat?
Teruggebeld worden: ja, op {PH(fmt_nl_land(gen_nl_land(rng), rng.choice(['sp', 'dash', 'par'])))} (na 16:00)"""


@scenario("nl", True)
def nl_verevening(rng, k):
    a, b = people(rng, [("nl", "f"), (rng.choice(["nl", "ma", "tr"]), "m")])
    split = recent(rng)
    street, pc, town = nl_addr(rng)
    if k == 0:
        return f"""Geachte heer, mevrouw,

Mijn ex-man {P(b.full())} en ik zijn gescheiden; de echtscheiding is op {fdate(split, 'dmy-')} ingeschreven in de registers van de burgerlijke stand. In ons convenant staat dat het ouderdomspensioen volgens de standaardregeling wordt verdeeld (50%), over de periode van 12-06-2003 tot de scheidingsdatum. Bijgevoegd het formulier 'Melding scheiding' en pagina 1, 7 en 8 van het convenant.

Mijn gegevens: {P(a.full())}, geboren {DOB(fdate(dob(rng, 1965, 1980), 'dmy-'))}, BSN {BS(fmt_bsn(gen_bsn(rng), rng.choice(['plain', 'sp'])))}.
Ex-partner: geboren {DOB(fdate(dob(rng, 1962, 1980), 'dmy-'))}, BSN {BS(gen_bsn(rng))}.

Mijn nieuwe adres is {AD(street)}, {PC(pc)} {town}. Mijn deel wil ik later graag ontvangen op {IB(nl_ibanfmt(rng, gen_iban(rng, 'NL')))}.

Met vriendelijke groet,
{P(a.full())}"""
    law = person(rng, "nl")
    lawyer_mail = fold(law.first).lower() + "@" + "lindenhout-advocaten.nl"
    return f"""Geachte heer/mevrouw,

Namens mijn cliënte, mevrouw {P(a.ini())}, deel ik u mee dat de echtscheiding tussen haar en de heer {P(b.ini())} op {fdate(split, 'nl')} is ingeschreven. Partijen zijn overeengekomen het pensioen te converteren (artikel 5 Wet verevening pensioenrechten bij scheiding). Ik verzoek u de conversie te berekenen en mij de berekening toe te sturen; een door beide partijen getekend formulier volgt.

Cliënte: geboren {DOB(fdate(dob(rng, 1960, 1978), 'dmy-'))}, deelnemersnummer {deelnemersnr(rng)}.
Ons kenmerk: FAM-25-{dg(rng, 4)}. Graag dit kenmerk vermelden.

Met vriendelijke groet,

{NP('Lindenhout Advocaten')}
mr. {P(law.full())}
advocaat familierecht
T {PH(fmt_nl_land(gen_nl_land(rng, '50'), 'sp'))}
E {EM(lawyer_mail)}"""


@scenario("nl", True)
def nl_iban_wijziging(rng, k):
    p = person(rng, rng.choice(["nl", "nl", "sr", "ma"]))
    old, new = gen_iban(rng, "NL"), gen_iban(rng, "NL")
    if k == 0:
        return f"""Goedemiddag,

Vanaf de uitkering van {MONTHS_NL[rng.randint(3, 7)]} wil ik mijn pensioen op een andere rekening ontvangen.
Oude rekening: {IB(sp4(old))}
Nieuwe rekening: {IB(new)} (t.n.v. {P(p.ini())})

Ter controle: mijn geboortedatum is {DOB(fdate(dob(rng), 'dmy-'))} en mijn BSN {BS(fmt_bsn(gen_bsn(rng), 'dash'))}. Het kopie bankafschrift heb ik bijgevoegd, de bedragen heb ik zwart gemaakt.

Groet,
{P(p.full())}
{PH(fmt_nl_mobile(gen_nl_mobile(rng), '06 4 4'))}"""
    day = recent(rng)
    ds = "%02d-%02d-%02d" % (day.day, day.month, day.year % 100)
    nm = p.full()
    pc = nl_addr(rng)[1]
    return f"""[{ds} 09:14:02] {P(nm)}: Goedemorgen, ik wil mijn rekeningnummer wijzigen
[{ds} 09:15:40] {O('Zilverlinde')}: Goedemorgen! Dat kan in Mijn Zilverlinde of met formulier IB-02. Wat is uw geboortedatum en postcode, dan zoek ik u even op?
[{ds} 09:17:11] {P(nm)}: {DOB(fdate(dob(rng), 'dmy-'))} en {PC(pc)}
[{ds} 09:17:52] {O('Zilverlinde')}: Dank u wel. Om fraude te voorkomen wijzigen we een IBAN niet via WhatsApp. Ik stuur u de link naar het formulier 📄
[{ds} 09:19:30] {P(nm)}: nieuwe is {IB(sp4(new).lower())} hoor 👍 dan weten jullie het vast
[{ds} 09:20:05] {O('Zilverlinde')}: Ik heb het nummer niet opgeslagen, wilt u het via het formulier doorgeven? Fijne dag!"""


@scenario("nl", True)
def nl_adreswijziging(rng, k):
    p = person(rng, "nl")
    if k == 0:
        s1, pc1, t1 = nl_addr(rng)
        s2, pc2, t2 = nl_addr(rng)
        mv = recent(rng)
        return f"""Per {fdate(mv, 'dmy-short')} verhuizen wij van {AD(s1)}, {PC(pc1)} {t1} naar {AD(s2)}, {PC(pc2)} {t2}. Wilt u dat aanpassen voor de post en de UPO? Mijn deelnemersnummer is {deelnemersnr(rng)}.

Groet, {P(p.ini())}"""
    s, pc, t = be_addr(rng)
    mv = recent(rng)
    return f"""Beste mensen,

Per {fdate(mv, 'nl')} ga ik in België wonen. Mijn nieuwe adres is:
{AD(s)}
{PC(pc)} {t}
België

Mijn gsm is dan {PH(fmt_be(gen_be_mobile(rng), rng.choice(['nat', '+32', 'slash'])))}, het Nederlandse nummer {PH(fmt_nl_mobile(gen_nl_mobile(rng), rng.choice(MOB_STYLES)))} houd ik nog een paar maanden aan.
Mag het pensioen op mijn rekening {IB(gen_iban(rng, 'NL'))} blijven of moet het naar mijn nieuwe Belgische rekening {IB(sp4(gen_iban(rng, 'BE')))}? En moet ik iets regelen voor de belasting (formulier voor vrijstelling loonheffing)?

Vriendelijke groeten,
{P(p.full())}
geboren {DOB(fdate(dob(rng, 1950, 1960), 'dmy-'))}"""


@scenario("nl", True)
def nl_werkgever_lijst(rng, k):
    staffp = people(rng, [("nl", None), ("nl", None), (rng.choice(["pl", "tr", "ma", "sr"]), None), ("nl", None)])
    if k == 0:
        owner = person(rng, "nl", "m")
        firm = "Installatiebedrijf " + owner.surname()
        rows = []
        for i, q in enumerate(staffp[:3]):
            rows.append(f"{1040 + i * 7};{P(q.rev())};{DOB(fdate(dob(rng, 1970, 2004), 'dmy-'))};{BS(gen_bsn(rng))};"
                        f"01-03-2025;{rng.choice(['100', '80', '60'])}%;{rng.randint(31, 58)}.{rng.randint(100, 999)}")
        rows = "\n".join(rows)
        return f"""Beste {P(staff_first('pj'))},

Hierbij de nieuwe medewerkers per 1 maart voor aanmelding bij het fonds. Jaarsalaris is bruto incl. vakantiegeld, excl. overwerk.

personeelsnr;naam;geboortedatum;bsn;in dienst;parttime;jaarsalaris
{rows}

Werkgeversnummer bij jullie: WG-{dg(rng, 5)}. Factuur graag weer naar de administratie.

Groet,
{P(owner.first + ' ' + owner.lowsur())}
{NP(firm)}
KvK {KVK(gen_kvk(rng))} | btw {BTW(gen_btw_id(rng))}"""
    hr = staffp[3]
    rows = []
    for q in staffp[:3]:
        rows.append(f"| {P(q.full())} | {DOB(fdate(dob(rng, 1968, 2003), 'dmy-'))} | {BS(fmt_bsn(gen_bsn(rng), 'dot'))} | "
                    f"01-04-2025 | {rng.choice(['1,0', '0,8', '0,6'])} | € {eur(rng, 2700, 5200)} |")
    rows = "\n".join(rows)
    return f"""Hallo werkgeversdesk,

Onderstaand de aanmeldingen per april. Het salarisbestand (loonrun 2025-04, 3 regels) volgt via het portaal.

| Naam | Geb.datum | BSN | In dienst | FTE | Salaris p/m |
|---|---|---|---|---|---|
{rows}

Contractnummer: {rng.randint(5000, 5999)}-{dg(rng, 4)}. Vragen? Bel me op {PH(fmt_nl_land(gen_nl_land(rng), 'sp'))}.

Met vriendelijke groet,
{P(hr.full())}
HR-adviseur, {NP('Drukkerij Noorderlicht B.V.')}
{EM(mail_for(rng, hr).split('@')[0] + '@noorderlicht-druk.nl')}"""


@scenario("nl", True)
def nl_telefoonnotitie(rng, k):
    p = person(rng, rng.choice(["nl", "nl", "sr", "tr"]))
    when = "%s %s" % (fdate(recent(rng), "dmy-"), hhmm(rng))
    if k == 0:
        return f"""Telefoonnotitie {when} - {P(staff('marloes'))}
Beller: mevr. {P(p.surname())}, deelnemer {deelnemersnr(rng)}, geverifieerd met geboortedatum ({DOB(fdate(dob(rng), 'dmy-'))}) en postcode ({PC(nl_addr(rng)[1])}).
Vraag: waarom was de uitkering in maart € {eur(rng, 5, 40)} lager dan in februari?
Uitgelegd: nieuwe loonheffingstabel per 1-1, heffingskorting wordt door SVB (AOW) toegepast, niet door ons.
Terugbellen: ja, door team Uitkeringen, liefst na 14:00 op {PH(fmt_nl_mobile(gen_nl_mobile(rng), rng.choice(MOB_STYLES)))}.
Ticket {ticket(rng)} aangemaakt, prio normaal."""
    father = relative(rng, p, "m")
    son = relative(rng, p, "m")
    if son.first == father.first:
        son = relative(rng, father, "m")
    return f"""gesprek met {P(son.full().lower())} (zoon van dhr. {P(father.ini())}), belde namens zijn vader. geen machtiging in dossier -> geen inhoudelijke info gegeven. zoon vroeg naar jaaropgave 2024 en of vader recht heeft op partnerpensioen na overlijden moeder (deelnemersnr vader {deelnemersnr(rng)}). uitgelegd dat vader zelf moet bellen of machtiging (formulier M-02) moet sturen. zoon bereikbaar op {PH(fmt_nl_mobile(gen_nl_mobile(rng), '06'))}. /{P(staff_first('samira').lower())}"""


@scenario("nl", True)
def nl_upo_geboortedatum(rng, k):
    p = person(rng, "nl")
    right = dob(rng, 1960, 1975)
    wrong = right.replace(year=right.year + 2) if not (right.month == 2 and right.day == 29) else right.replace(day=28, year=right.year + 2)
    if k == 0:
        return f"""Geachte heer, mevrouw,

In mijn UPO 2024 (ontvangen {fdate(recent(rng), 'dmy-')}) staat als geboortedatum {DOB(fdate(wrong, 'dmy-'))}. Dat klopt niet: ik ben geboren op {DOB(fdate(right, 'dmy-'))}. Hierdoor is volgens mij ook de pensioendatum verkeerd berekend (er staat 1-{right.month}-{wrong.year + 68}).

Ter controle heb ik een kopie van mijn paspoort bijgevoegd (documentnummer {ID(gen_nl_doc(rng, 'N'))}, BSN afgeschermd).

Wilt u dit corrigeren en mij een nieuwe UPO sturen?

Met vriendelijke groet,

{P(p.ini())}
{AD(nl_addr(rng)[0])}"""
    return f"""WAAROM STAAT IN MIJN UPO DAT IK 2 JAAR JONGER BEN??? IK BEN GEBOREN OP {DOB(fdate(right, 'dmy/'))} EN NIET {DOB(fdate(wrong, 'dmy/'))}. DIT IS AL DE TWEEDE KEER DAT IK DIT DOORGEEF (VORIG JAAR OOK GEBELD, TICKET {ticket(rng)}). GRAAG NU EENS GOED AANPASSEN.
{P(p.full().upper())}"""


@scenario("nl", True)
def nl_brief_papier(rng, k):
    p = person(rng, "nl")
    street, pc, town = nl_addr(rng)
    typed_by = staff("marloes")
    if k == 0:
        return f"""[Brief ontvangen per post op {fdate(recent(rng), 'dmy-')}, overgetypt door {P(typed_by)}]

Aan het pensioenfonds,

Ik ben {P(p.full())}, geboren {DOB(fdate(dob(rng, 1935, 1948), 'nl'))} en ik woon aan de {AD(street)} in {town}. Ik krijg elke maand pensioen van u maar ik heb nog geen jaaropgaaf gehad over 2024, die heb ik nodig voor de belasting. Mijn sofinummer is {BS(fmt_bsn(gen_bsn(rng), 'sp'))}.
Mijn kleinzoon helpt mij anders met de computer maar die woont in het buitenland.
U kunt mij bellen op {PH(fmt_nl_land(gen_nl_land(rng), rng.choice(['sp', 'dash'])))}, liefst 's morgens.

Met vriendelijke groeten,
{P(p.ini())}"""
    return f"""WIJZIGINGSFORMULIER PERSOONSGEGEVENS (papier, ontvangen {fdate(recent(rng), 'dmy-')}, overgetypt)

Naam en voorletters: {P(p.rev().upper())}
Geboortedatum: {DOB(fdate(dob(rng, 1945, 1960), 'dmy-'))}
Burgerservicenummer: {BS(fmt_bsn(gen_bsn(rng), 'dot2'))}
Nieuw adres: {AD(street)}
Postcode / woonplaats: {PC(pc.replace(' ', ''))} / {town.upper()}
Telefoon: {PH(fmt_nl_mobile(gen_nl_mobile(rng), '06'))}
Ingangsdatum wijziging: {fdate(recent(rng), 'dmy-')}
Handtekening: aanwezig
[opmerking postkamer: formulier versie 2019, nieuwe versie is W-01 (2024)]"""


@scenario("nl", True)
def nl_spanje(rng, k):
    h, w = people(rng, [("nl", "m"), ("nl", "f")])
    street, pc, town = es_addr(rng)
    if k == 0:
        return f"""Beste medewerker,

Sinds {fdate(recent(rng), 'nl')} wonen mijn vrouw en ik vast in Spanje. Ons adres is:

{AD(street)}
{PC(pc)} {town}
España

Het formulier 'attestatie de vita' hebben we bij het ayuntamiento laten stempelen, het origineel gaat per post. Wilt u het pensioen voortaan overmaken op onze Spaanse rekening {IB(sp4(gen_iban(rng, 'ES')))}? De Nederlandse rekening wordt in september opgeheven.

Telefonisch zijn wij bereikbaar op {PH(fmt_es(gen_es_mobile(rng), rng.choice(['+34', '+34b'])))} (zelfde tijd als in Nederland).

Hartelijke groet,
{P(h.full())} en {P(w.first)}"""
    note_date = "%s %s" % (fdate(recent(rng), "dmy-"), hhmm(rng))
    return f"""Notitie {note_date} ({P(staff('marloes'))}): deelnemer {P(h.ini())} (geb. {DOB(fdate(dob(rng, 1950, 1958), 'dmy-'))}) belde vanuit Spanje ({PH(fmt_es(gen_es_mobile(rng), '0034'))}). Levensbewijs 2025 nog niet ontvangen volgens ons systeem, volgens hem op {fdate(recent(rng), 'dmy-')} verstuurd. Uitkering {MONTHS_NL[rng.randint(3, 6)]} staat op 'hold' (code LB-03). Afgesproken: hij mailt een scan naar {O('levensbewijs@zilverlinde.example')}, daarna blokkade eraf. Adres in systeem gecontroleerd: {AD(street)}, {PC(pc)} {town}."""


@scenario("nl", True)
def nl_social_dm(rng, k):
    p = person(rng, rng.choice(["nl", "ma", "tr", "sr"]))
    if k == 0:
        handle = rng.choice(["@zonnebloem_62", "@tuinhuisje", "@oud_en_wijs", "@fietsmaatje"])
        return f"""DM van {handle} aan {O('@PFZilverlinde')} ({fdate(recent(rng), 'dmy-')} {hhmm(rng)}):
hoi! mijn pensioen van deze maand staat nog steeds niet op mijn rekening 😡 {IB(gen_iban(rng, 'NL'))} ... postcode {PC(nl_addr(rng)[1].replace(' ', ''))} huisnr {rng.randint(2, 120)}. kunnen jullie even kijken?? alvast bedankt {P(p.first.lower())}"""
    return f"""Facebook Messenger - {P(p.full())}:
Goedemiddag, ik wacht nu al 3 weken op een reactie over mijn waardeoverdracht (dossier WO-2025-{dg(rng, 6)}) 😤😤 Niemand belt terug. Bel me aub vandaag nog: {PH(fmt_nl_mobile(gen_nl_mobile(rng), rng.choice(MOB_STYLES)))}
Groet {P(p.first)}"""


@scenario("nl", True)
def nl_bezoek(rng, k):
    p = person(rng, "nl")
    day = recent(rng)
    if k == 0:
        return f"""Bevestiging afspraak pensioenspreekuur
Datum: {fdate(day, 'dmy-')} om {rng.choice(['09:30', '10:30', '13:30', '15:00'])}
Locatie: {O('Kromme Elsenlaan 8')}, {O('9723 ZB')} Groningen (ingang naast de fietsenstalling)
Bezoeker: {P(p.full())}
Kenteken (voor de slagboom): {KT(gen_kenteken(rng))}
Telefoon: {PH(fmt_nl_mobile(gen_nl_mobile(rng), rng.choice(MOB_STYLES)))}
Onderwerp: eerder met pensioen / hoog-laag constructie
Adviseur: {P(staff('marloes'))}
Neem een geldig legitimatiebewijs mee. Parkeren op P2, plaatsen 14-22."""
    son = relative(rng, p, "m")
    kt = gen_kenteken(rng)
    return f"""Beste {P(staff_first('marloes'))},

Ik kom donderdag naar het spreekuur met de auto van mijn zoon, het kenteken is {KT(kt.lower().replace('-', ''))} (niet mijn eigen auto {KT(gen_kenteken(rng))} dus). Kan dat nog worden aangepast voor de slagboom?

Groet,
{P(p.full())}

-----Oorspronkelijk bericht-----
Van: {O('Pensioenfonds Zilverlinde')} <{O('spreekuur@zilverlinde.example')}>
Verzonden: {fdate(recent(rng), 'dmy-')} {hhmm(rng)}
Onderwerp: Bevestiging afspraak pensioenspreekuur (ref. SP-{dg(rng, 5)})"""


@scenario("nl", True)
def nl_zzp_voortzetting(rng, k):
    p = person(rng, "nl", "m")
    firm = rng.choice(["Klusbedrijf ", "Schildersbedrijf ", "Timmerwerken "]) + p.last
    bsn = gen_bsn(rng)
    ob = "NL" + bsn + "B01"
    while btw_mod97_ok(ob):
        bsn = gen_bsn(rng)
        ob = "NL" + bsn + "B01"
    if k == 0:
        return f"""Goedendag,

Sinds 1 januari werk ik als zelfstandige ({NP(firm)}) en ik wil mijn pensioen vrijwillig voortzetten, zoals in jullie brief van {fdate(recent(rng), 'dmy-')} staat.

Voor de premienota's:
KvK-nummer: {KVK(gen_kvk(rng))}
btw-id: {BTW(gen_btw_id(rng))}
Mijn oude omzetbelastingnummer {BS(ob)} staat nog op sommige papieren, dat gebruik ik niet meer.

De premie mag per incasso van {IB(sp4(gen_iban(rng, 'NL')))}.

Met vriendelijke groet,
{P(p.full())}
{PH(fmt_nl_mobile(gen_nl_mobile(rng), rng.choice(MOB_STYLES)))}"""
    return f"""Re: premienota vrijwillige voortzetting {fdate(recent(rng), 'dmy-')[3:]}

op de nota staat nog de naam van mijn oude werkgever, moet zijn {NP(firm)}, KvK {KVK(gen_kvk(rng))}. btw-nummer {BTW(gen_btw_id(rng))} (niet verleggen, het is een prive-verzekering denk ik?). bedrag € {eur(rng, 180, 650)} klopt wel.
gr {P(p.first)}"""


@scenario("nl", True)
def nl_incasso(rng, k):
    p = person(rng, rng.choice(["nl", "nl", "sr"]))
    street, pc, town = nl_addr(rng)
    iban = gen_iban(rng, "NL")
    bic = {"ABNA": "ABNANL2A", "INGB": "INGBNL2A", "RABO": "RABONL2U", "SNSB": "SNSBNL2A", "ASNB": "ASNBNL21",
           "TRIO": "TRIONL2U", "BUNQ": "BUNQNL2A", "KNAB": "KNABNL2H", "RBRB": "RBRBNL21"}[iban[4:8]]
    if k == 0:
        return f"""MACHTIGING DOORLOPENDE SEPA-INCASSO - vrijwillige voortzetting / inkoop
Naam incassant: {O('Stichting Pensioenfonds Zilverlinde')}
Adres incassant: {O('Postbus 2740')}, {O('9704 CS')} Groningen
Incassant ID: {N(creditor_id())}
Kenmerk machtiging: VV-{dg(rng, 6)}
Naam: {P(p.ini())}
Adres: {AD(street)}
Postcode en woonplaats: {PC(pc)} {town}
Land: Nederland
IBAN: {IB(iban)}
BIC: {bic}
Plaats en datum: {town}, {fdate(recent(rng), 'dmy-')}
Handtekening: (getekend)"""
    return f"""Ik wil de premie voor de vrijwillige voortzetting voortaan per automatische incasso betalen van rekening {IB(sp4(iban))} ten name van {P(p.ini())}. Het formulier kan ik niet openen op mijn tablet (foutmelding 'bestand beschadigd', 1,2 MB). Kunt u het opsturen naar {AD(street)}, {PC(pc)} {town}? En kan ik de eerste premie misschien met mijn creditcard betalen? {CC(' '.join(c[i:i + 4] for c in [gen_card(rng, 'mc2')] for i in range(0, 16, 4)))}, geldig t/m 08/28.
Dank u, {P(p.full())}"""


@scenario("nl", True)
def nl_fraude_notitie(rng, k):
    p = person(rng, "nl", "m")
    when = recent(rng)
    if k == 0:
        return f"""INTERN - melding mogelijke fraude (niet doorsturen buiten team Uitkeringen)

Op {fdate(when, 'dmy-')} om {hhmm(rng)} is via Mijn Zilverlinde het IBAN van deelnemer {P(p.full())} ({deelnemersnr(rng)}) gewijzigd van {IB(gen_iban(rng, 'NL'))} naar {IB(gen_iban(rng, rng.choice(['NL', 'DE'])))}. Inlog vanaf IP {IP(gen_ip4(rng))}; eerdere sessies kwamen van {IP(gen_ip4(rng))}. De deelnemer meldt per mail ({EM(mail_for(rng, p))}) dat hij niets heeft gewijzigd.

Acties: uitbetaling {MONTHS_NL[when.month % 12]} geblokkeerd (batch UIT-2025{'%02d' % (when.month % 12 + 1)}-01), oud IBAN teruggezet, melding bij de bank gedaan. Portal-logs bewaard (server portal-02, 10.20.4.17, log-id 7f3a9c21).
Graag vandaag terugbellen op {PH(fmt_nl_mobile(gen_nl_mobile(rng), rng.choice(MOB_STYLES)))}.

- {P(staff('thijs'))}, functioneel beheer"""
    return f"""[chat {fdate(when, 'dmy-')}]
Bezoeker: ik kan niet inloggen, er staat 'toegang geweigerd vanaf uw IP-adres {IP(gen_ip6(rng))}' ?? ik zit gewoon thuis op de wifi
{P(staff_first('marloes'))} (Zilverlinde): Vervelend! Gebruikt u misschien een VPN? Onze beveiliging blokkeert sommige buitenlandse adressen.
Bezoeker: nee hoor. ik ben {P(p.full())}, mail is {EM(mail_for(rng, p))}
{P(staff_first('marloes'))} (Zilverlinde): Dank u. Ik heb het doorgezet naar IT (melding {ticket(rng, 'INC')}). U krijgt vandaag nog bericht."""


@scenario("nl", True)
def nl_volmacht(rng, k):
    father = person(rng, "nl", "m")
    dau = relative(rng, father, "f") if rng.random() < 0.5 else person(rng, "nl", "f")
    street, pc, town = nl_addr(rng)
    if k == 0:
        return f"""Geachte heer/mevrouw,

Ik heb een volmacht van mijn vader, de heer {P(father.ini())}, geboren {DOB(fdate(dob(rng, 1932, 1945), 'nl'))}, BSN {BS(fmt_bsn(gen_bsn(rng), 'plain'))}. Hij woont sinds kort bij ons in huis.

Bijgevoegd: de getekende volmacht (uw formulier M-02) en een kopie van mijn identiteitskaart, documentnummer {ID(gen_nl_doc(rng, 'I'))}.

Graag wil ik dat alle post voortaan naar ons adres gaat: {AD(street)}, {PC(pc)} {town}.

Met vriendelijke groet,
{P(dau.full())}
{PH(fmt_nl_mobile(gen_nl_mobile(rng), rng.choice(MOB_STYLES)))}"""
    return f"""Beste {P(staff_first('samira'))},

Zoals besproken hierbij de gegevens voor de machtiging.
Volmachtgever: {P(father.full())} (deelnemersnr. {deelnemersnr(rng)})
Gemachtigde: {P(dau.full())}, geb. {DOB(fdate(dob(rng, 1960, 1980), 'dmy-'))}
Legitimatie gemachtigde: paspoort {ID(gen_nl_doc(rng, 'N'))}, geldig tot {fdate(gen_date(rng, 2026, 2033), 'dmy-')}
Correspondentieadres: {AD(street)}, {PC(pc)} {town}

Groet, {P(dau.first)}"""


@scenario("nl", True)
def nl_chat_portal(rng, k):
    p = person(rng, rng.choice(["nl", "nl", "tr", "ma"]))
    if k == 0:
        ver = "4.%d.0.%d" % (rng.randint(10, 14), rng.randint(2, 9))
        return f"""Chat gestart {fdate(recent(rng), 'dmy-')} 10:01 via {O('zilverlinde.example/chat')}
[10:02] Bezoeker: hallo, ik krijg steeds 'sessie verlopen' als ik mijn UPO wil downloaden
[10:02] {P(staff_first('marloes'))} (Zilverlinde): Goedemorgen! Met wie spreek ik?
[10:03] Bezoeker: {P(p.full())}, {EM(mail_for(rng, p))}
[10:04] {P(staff_first('marloes'))} (Zilverlinde): Dank u. Gebruikt u de app of de website?
[10:05] Bezoeker: de app, versie {N(ver)} op mijn telefoon. op de pc (Chrome 122.0.6261.95) lukt het wel maar daar heb ik geen printer
[10:06] {P(staff_first('marloes'))} (Zilverlinde): Dan stuur ik de UPO per post. Klopt uw adres nog, {AD(nl_addr(rng)[0])}?
[10:06] Bezoeker: ja klopt
[10:07] {P(staff_first('marloes'))} (Zilverlinde): Top, melding {ticket(rng)} is aangemaakt 👍"""
    return f"""Chat {fdate(recent(rng), 'dmy-')}
Bezoeker ({P(p.first)}): waar vind ik mijn pensioenoverzicht 2024?
Chatbot: U vindt uw UPO in Mijn Zilverlinde onder 'Documenten'. Was dit antwoord nuttig? 👍 / 👎
Bezoeker ({P(p.first)}): 👎 staat er niet. mijn geboortedatum is {DOB(fdate(dob(rng, 1958, 1985), 'dmy-short'))} als dat helpt
Chatbot: Ik verbind u door met een medewerker. De wachttijd is ongeveer 4 minuten."""


# ===============================================================================================================
# Dutch — messages without personal data (hard negatives)
# ===============================================================================================================
@scenario("nl", False)
def nlf_vraag(rng, k):
    if k == 0:
        return f"""(verstuurd via contactformulier, naam niet ingevuld)

Goedendag, vanaf wanneer kan ik mijn pensioen laten ingaan als ik in 19{rng.randint(60, 66)} ben geboren? Ik heb gelezen dat de AOW-leeftijd in 2031 67 jaar en 3 maanden wordt. Kan ik eerder stoppen, bijvoorbeeld per 1-9-2027, en wat betekent dat voor mijn pensioen van nu € {eur(rng, 700, 2200)} bruto per maand? In de pensioenplanner kom ik op € {eur(rng, 500, 1900)} maar dat lijkt me erg laag. Ik heb ook nog een lijfrente bij een verzekeraar (polisnummer {rng.randint(10, 99)}-{dg(rng, 4)}-{dg(rng, 2)}), telt die mee?
Alvast bedankt."""
    return f"wanneer wordt het pensioen in december uitbetaald? vorig jaar was het al op de {rng.choice(['19e', '20e', '22e'])} ivm de feestdagen"


@scenario("nl", False)
def nlf_autoreply(rng, k):
    if k == 0:
        return f"""Dit is een automatisch antwoord.

Bedankt voor uw bericht aan {O('Pensioenfonds Zilverlinde')}. Wij hebben uw vraag ontvangen onder ticketnummer {ticket(rng)}. U krijgt binnen 5 werkdagen een reactie.

Heeft u een dringende vraag over een overlijden? Bel dan ons team Nabestaanden op {O('088 512 7400')} (keuze 3), maandag t/m vrijdag van 8.30 tot 17.00 uur. Vanuit het buitenland: {O('+31 50 318 4420')}. WhatsApp: {O('06 4172 9935')} (stuur via WhatsApp geen BSN of kopie ID).

Let op: wij vragen u nooit per e-mail om uw DigiD-gegevens of om geld over te maken. Betalingen aan het fonds gaan alleen naar {O('NL86 INGB 0007 7192 84')} t.n.v. {O('Stichting Pensioenfonds Zilverlinde')}.

{footer_fund()}
Uitvoering: {O('Vaartwerk Pensioenuitvoering B.V.')} | KvK {O('67294518')} | btw {O('NL814273506B01')}"""
    return f"""Automatisch antwoord: kantoor gesloten

Ons kantoor is gesloten van 24-12-2025 tot en met 01-01-2026. De pensioenen van december worden op 19-12-2025 uitbetaald. Vanaf 2 januari 2026 zijn wij weer bereikbaar via {O('088-5127400')} of {O('klantenservice@zilverlinde.example')}.

Uw bericht is geregistreerd onder nummer {ticket(rng)}.
Gratis informatielijn voor werkgevers: {O('0800 022 4455')}.

{O('Pensioenfonds Zilverlinde')} | {O('Kromme Elsenlaan 8')}, {O('9723 ZB')} Groningen"""


@scenario("nl", False)
def nlf_nieuws(rng, k):
    pct = "%d,%02d" % (rng.randint(0, 2), rng.randint(10, 99))
    dg_ = "%d,%d" % (rng.randint(112, 124), rng.randint(0, 9))
    if k == 0:
        return f"""Nieuwsbericht {fdate(recent(rng), 'dmy-')} - {O('Pensioenfonds Zilverlinde')} verhoogt pensioenen

Het bestuur heeft besloten de pensioenen en opgebouwde aanspraken per 1 januari 2026 te verhogen met {pct}%. De beleidsdekkingsgraad was op 30-09-2025 {dg_}%. Gepensioneerden zien de verhoging terug in de betaling van 23 januari 2026; slapers en actieven in de UPO van 2026.

Wat betekent dit voor u? Een pensioen van € 1.000,00 bruto per maand wordt € {('%.2f' % (1000 * (1 + float(pct.replace(',', '.')) / 100))).replace('.', ',').replace('1', '1.', 1)} bruto. De overstap naar de nieuwe pensioenregeling (Wtp) staat gepland op 1-1-2027; u krijgt in het voorjaar van 2026 een persoonlijke brief.

Lees meer op {O('www.zilverlinde.example/indexatie')}."""
    return f"""📢 Goed nieuws! Per 1 januari 2026 gaan alle pensioenen bij {O('@PFZilverlinde')} omhoog met {pct}% 🎉 Beleidsdekkingsgraad {dg_}% (30-9-2025). Meer info: {O('zilverlinde.example/indexatie')} #pensioen #indexatie #Wtp"""


@scenario("nl", False)
def nlf_portal_storing(rng, k):
    if k == 0:
        return f"""Storingsmelding werkgeversportaal - {fdate(recent(rng), 'dmy-')}

Sinds 14:05 uur mislukt het uploaden van salarisbestanden groter dan {N('2048 MB')} (foutcode E-{rng.randint(4000, 4999)}). Betreft portalversie 5.3.1 (build 20250314.2) op server api-02 ({rng.choice(['10.20.4.22', '10.20.4.23'])}).
Workaround: splits het bestand in delen van maximaal 512 MB of lever aan via SFTP (poort 2222).

Update 15:40: opgelost in release {N('5.3.2.1')}. Bestanden die tussen 14:05 en 15:40 zijn aangeleverd (batch-id's UPL-{(u := rng.randint(300000, 899999))} t/m UPL-{u + rng.randint(20, 300)}) hoeft u niet opnieuw te sturen.

Werkgeversdesk {O('Vaartwerk')}, tel. {O('088 512 7400')} keuze 4"""
    return f"""Herinnering: aanlevering loongegevens {MONTHS_NL[rng.randint(0, 5)]} 2025

Geachte werkgever,

Wij hebben voor aansluitnummer 40-{dg(rng, 6)} nog geen loongegevens ontvangen. Levert u deze uiterlijk 10-{rng.randint(4, 7):02d}-2025 aan? Zonder aanlevering stellen wij de premie voorlopig vast op 110% van de vorige periode (€ {eur(rng, 8000, 90000)}).

Premiepercentages 2025: werkgever 17,9%, werknemer 7,6%, franchise € 18.475, maximum pensioengevend salaris € 137.800.

Met vriendelijke groet,
Werkgeversdesk {O('Pensioenfonds Zilverlinde')}
{O('088-5127400')} | {O('werkgevers@zilverlinde.example')}"""


@scenario("nl", False)
def nlf_premienota(rng, k):
    amt = eur(rng, 20000, 140000)
    kenm = "7" + dg(rng, 15)
    while card_ok(kenm):
        kenm = "7" + dg(rng, 15)
    fact = gen_bsn(rng)     # an invoice number that happens to pass the elfproef: a deliberate hard negative
    mo = rng.randint(1, 6)
    if k == 0:
        return f"""PREMIENOTA 2025-{mo:02d}
Werkgever: {NP('Drukkerij Noorderlicht B.V.')}
Aansluitnummer: 40-{dg(rng, 6)}
Factuurnummer: {N(fact)}
Factuurdatum: 01-{mo:02d}-2025   Vervaldatum: 28-{mo:02d}-2025
Pensioengevend salaris totaal: € {eur(rng, 300000, 800000)}
Werkgeversdeel 17,9% / werknemersdeel 7,6%
Te betalen: € {amt}
Betalen aan {O('NL86 INGB 0007 7192 84')} t.n.v. {O('Stichting Pensioenfonds Zilverlinde')} o.v.v. betalingskenmerk {' '.join(kenm[i:i + 4] for i in range(0, 16, 4))}
{footer_fund()}"""
    return f"""Aanmaning - factuur {gen_nonbsn9(rng)} (vervallen op {fdate(recent(rng), 'dmy-')})

Geachte relatie,

Ondanks onze herinnering hebben wij het bedrag van € {amt} nog niet ontvangen. Wij verzoeken u dit binnen 14 dagen over te maken naar {O('NL12RABO0362418805')} met vermelding van betalingskenmerk {kenm}. Bij niet tijdige betaling brengen wij de wettelijke rente (8%) en € 40,00 administratiekosten in rekening.

Heeft u inmiddels betaald? Dan kunt u deze aanmaning als niet verzonden beschouwen.

Debiteurenbeheer {O('Vaartwerk Pensioenuitvoering B.V.')} | btw {O('NL814273506B01')} | KvK {O('67294518')}"""


@scenario("nl", False)
def nlf_social(rng, k):
    if k == 0:
        return f"{O('@PFZilverlinde')} is Mijn Zilverlinde plat? krijg al de hele ochtend foutcode 503 😩 #pensioen"
    h = rng.choice(["@noorderzon_77", "@fietsenvrouw", "@tuinman1958", "@koffie_en_krant"])
    return f"""{h}: {O('@PFZilverlinde')} waarom duurt een waardeoverdracht 9 maanden?? 🙄
{O('@PFZilverlinde')}: {h} Vervelend dat het zo lang duurt! Gemiddeld duurt een overdracht 4-6 maanden, soms langer als de andere uitvoerder traag is. Stuur ons een DM met uw dossiernummer (WO-…), dan kijken we mee. Geen BSN of IBAN in een openbaar bericht graag 🙏 ^team webcare"""


@scenario("nl", False)
def nlf_ticket_status(rng, k):
    t = ticket(rng)
    if k == 0:
        return f"""Ticket #{t} - status gewijzigd
Oud: In behandeling -> Nieuw: Wacht op klant
Prioriteit: normaal | SLA-deadline: {recent(rng).isoformat()} 17:00
Categorie: waardeoverdracht / inkomend
Gekoppeld dossier: WO-2025-{dg(rng, 6)}
Referentie uitvoerder: {gen_nonbsn9(rng)}
Laatste wijziging door: systeem (workflow v2.14.3)
Dit bericht is automatisch verzonden door {O('servicedesk.vaartwerk.example')}."""
    return f"""Tickets samengevoegd: #{t} is samengevoegd met #{ticket(rng)} (zelfde onderwerp, zelfde afzender).
Reden: dubbele melding via e-mail en webformulier. Gesloten tickets worden na 30 dagen gearchiveerd (bewaartermijn conform beleid BT-2024-07)."""


@scenario("nl", False)
def nlf_batch(rng, k):
    mo = rng.randint(1, 5)
    if k == 0:
        ctl = gen_nonbsn9(rng)
        return f"""Uitbetalingsrun {MONTHS_NL[mo - 1]} 2025 (run-id UIT-2025{mo:02d}-02) afgerond om 06:42.

Aantal uitkeringen: {rng.randint(40, 52)}.{dg(rng, 3)}
Totaal bruto: € {eur(rng, 50000000, 70000000)}
Afgedragen loonheffing: € {eur(rng, 9000000, 14000000)}
Storneringen: {rng.randint(20, 60)}, retouren (rekening opgeheven): {rng.randint(5, 20)}
Bestand: UIT_2025{mo:02d}_v2.xml (14,2 MB), via SFTP naar de bank (sftp-01, 10.20.8.5)
Controlegetal: {ctl[:3]}.{ctl[3:6]}.{ctl[6:]}
Volgende run: {rng.randint(20, 24)}-{mo + 1:02d}-2025 05:00"""
    return f"""UPO-run 2025 (jaar 2024) - stand {fdate(recent(rng), 'dmy-')}
actieven: {rng.randint(60, 80)}.{dg(rng, 3)} | slapers: {rng.randint(90, 130)}.{dg(rng, 3)} | gepensioneerden: {rng.randint(40, 55)}.{dg(rng, 3)}
digitaal via Mijn Zilverlinde: 71%, per post: 29% (drukker batch PR-25-{rng.randint(100, 199)}, 4 pallets)
uitval: {rng.randint(100, 400)} (adres onbekend), {rng.randint(10, 60)} (overleden na peildatum 31-12-2024)
planning: laatste zending 30-06-2025"""


@scenario("nl", False)
def nlf_upo_uitleg(rng, k):
    if k == 0:
        return f"""Bedankt voor uw vraag over het Uniform Pensioenoverzicht (UPO).

- Uw deelnemersnummer staat rechtsboven op de eerste pagina (10 cijfers, begint met 70).
- 'Opgebouwd pensioen' is wat u tot 31-12-2024 heeft opgebouwd, bijvoorbeeld € {eur(rng, 2000, 15000, False)} bruto per jaar vanaf uw pensioendatum.
- 'Te bereiken pensioen' gaat ervan uit dat u tot uw pensioendatum blijft werken met hetzelfde salaris.
- Het partnerpensioen is 70% van het ouderdomspensioen; het wezenpensioen 14% per kind (28% voor volle wezen).

Heeft u nog vragen? Bel {O('088 512 7400')} of kijk op {O('www.zilverlinde.example/upo')}.

Team Klantenservice"""
    return f"""Veelgestelde vraag: krijgt mijn ex-partner een deel van mijn pensioen?

Bent u na 1 mei 1995 gescheiden, dan heeft uw ex-partner recht op de helft van het ouderdomspensioen dat u tijdens het huwelijk heeft opgebouwd. U moet de scheiding binnen 2 jaar melden met formulier VS-01 (versie 3.2). Na die termijn gaat verevening alleen nog via uzelf. Bij conversie krijgt de ex-partner een eigen recht; dat is definitief.

Zie ook artikel 12 van het pensioenreglement 2025 en {O('zilverlinde.example/scheiden')}."""


@scenario("nl", False)
def nlf_codes(rng, k):
    if k == 0:
        c1, c2 = gen_kenteken(rng, 4), gen_kenteken(rng, 9)
        return f"""Bestellijst formulieren Q2 (facilitair)
- WO-01 waardeoverdracht, oplage 2.000, artikelcode {N(c1)}
- NB-03 nabestaanden, oplage 1.500, artikelcode {N(c2)}
- VS-01 melding scheiding, oplage 800, artikelcode VS-0800-B
- enveloppen C4 met venster, 5.000 st., bestelnr. {gen_nonbsn9(rng)}
Leverancier: {NP('Drukkerij Noorderlicht B.V.')}, levering vóór 15-04-2025, kostenplaats 4410."""
    return f"""Facilitair: de bezoekersparkeerplaatsen P2-14 t/m P2-22 zijn van {fdate(recent(rng), 'dmy-')} tot en met vrijdag afgesloten wegens onderhoud aan de slagboom (storing code {N(gen_kenteken(rng, 11))}). Bezoekers kunnen parkeren in garage Ebbingekwartier; parkeerkaarten liggen bij de receptie (kaartnummers 001-040). Vragen: toestel 4417."""


@scenario("nl", False)
def nlf_post(rng, k):
    tt = "3SZLVW" + dg(rng, 8)
    if k == 0:
        return f"""Uw UPO is op {fdate(recent(rng), 'dmy-')} verstuurd.
Track & trace: {tt}
Verwachte bezorging: tussen 9:00 en 13:00
Zending 1 van 1, gewicht 0,2 kg
Vragen over de bezorging? Kijk op de site van de vervoerder met uw track & trace-code. Vragen over de inhoud? Bel {O('088 512 7400')}."""
    return f"""Retourpost week {rng.randint(10, 24)}: {rng.randint(30, 90)} enveloppen terug met 'onbekend op adres', {rng.randint(5, 20)} met 'verhuisd', {rng.randint(1, 6)} met 'overleden'. Verwerkt in batch RET-2025-{rng.randint(10, 24)}; adressen op 'in onderzoek' gezet, BRP-check ingepland voor {fdate(recent(rng), 'dmy-')}. Track & trace van de retourzending: {tt}."""


# ===============================================================================================================
# English — messages with personal data
# ===============================================================================================================
@scenario("en", True)
def en_transfer_uk(rng, k):
    p = person(rng, "en")
    street, pc, town = uk_addr(rng)
    if k == 0:
        return f"""Subject: Transferring my Dutch pension to the UK

Hello,

I worked for {NP('Noordhaven Logistics B.V.')} in Groningen from 2012 to 2019 and built up a pension with your fund. I moved back to the UK in 2020 and I would like to know whether I can transfer it to my workplace scheme here (the administrator says it has to be a QROPS).

My details:
Name: {P(p.full())}
Date of birth: {DOB(fdate(dob(rng, 1970, 1990), rng.choice(['en', 'dmy/'])))}
Dutch citizen service number (BSN): {BS(gen_bsn(rng))}
Address: {AD(street)}, {town} {PC(pc)}
Phone: {PH(fmt_uk(gen_uk(rng), rng.choice(['+44', 'nat'])))}

The last statement I received (2019) showed an accrued pension of EUR {eur_en(rng, 1500, 6000)} a year.

Many thanks,
{P(p.first)}"""
    return f"""Thanks {P(staff_first('owen'))}, that's really helpful. I've filled in the form and attached a scan of my passport (passport number {ID(gen_uk_passport(rng))}). One more question: will the transfer value be paid in euros or pounds?

Best,
{P(p.first)}

On {fdate(recent(rng), 'en')} at {hhmm(rng)}, {P(staff('owen'))} <{O(staff_mail('owen'))}> wrote:
> Dear {'Mr' if p.sex == 'm' else 'Ms'} {P(p.last)},
>
> Thank you for your e-mail. A transfer to a UK scheme is only possible if the receiving scheme is a qualifying scheme under Dutch law; a QROPS is not automatically one. Could you send us the scheme's name and its PSTR (pension scheme tax reference, 8 digits + 2 letters, e.g. 00123456RA)?
> Your file number is WO-2025-{dg(rng, 6)}.
>
> {sig_en(rng, 'owen', 'International Desk').replace(chr(10), chr(10) + '> ')}
>
>> On {fdate(recent(rng), 'en')}, {P(p.full())} <{EM(mail_for(rng, p, 'en'))}> wrote:
>> Hello, I worked in Groningen from 2012 to 2019 and now live in the UK again ({AD((a := uk_addr(rng))[0])}, {a[2]} {PC(a[1])}). Can I transfer my Dutch pension to my UK workplace pension? My date of birth is {DOB(fdate(dob(rng, 1970, 1990), 'en'))}. Thanks, {P(p.first)}"""


@scenario("en", True)
def en_partner_death(rng, k):
    h, w = people(rng, [("en", "m"), ("en", "f")])
    hd = dob(rng, 1944, 1958)
    death = recent(rng)
    if k == 0:
        street, pc, town = uk_addr(rng)
        return f"""Dear Sir or Madam,

I am writing to let you know that my husband, {P(h.full())}, passed away on {fdate(death, 'en')}. He was born on {DOB(fdate(hd, 'en'))} and received a small pension from your fund because he worked in Rotterdam in the 1980s. His Dutch sofi number was {BS(fmt_bsn(gen_bsn(rng), 'dot'))}.

I understand I may be entitled to a partner's pension. My date of birth is {DOB(fdate(dob(rng, 1946, 1960), 'en'))}. We were married in 1979 in Leeds.

Our joint account was in his name only, so please pay to my own account: {IB(sp4(gen_iban(rng, 'GB')))}.

My address is {AD(street)}, {town}, {PC(pc)}, and my phone number is {PH(fmt_uk(gen_uk(rng, 'land'), 'nat'))}.

Yours faithfully,
{P(w.full())}"""
    return f"""Hi, my dad {P(h.full())} died last week ({fdate(death, 'dmy/')}). Mum wants to know what she needs to send you. Dad's DOB was {DOB(fdate(hd, 'dmy/'))}, his participant number is {deelnemersnr(rng)}. Mum is {P(w.full())}. Can you ring her on {PH(fmt_uk(gen_uk(rng), '+44'))}? She doesn't use e-mail, so a letter or a call is best. Thanks, {P(relative(rng, h, 'm').first)}"""


@scenario("en", True)
def en_spain(rng, k):
    p = person(rng, "en")
    street, pc, town = es_addr(rng)
    if k == 0:
        return f"""Hello Zilverlinde team,

My wife and I have moved from the Netherlands to Spain. From {fdate(recent(rng), 'en')} our address is {AD(street)}, {PC(pc)} {town}, Spain.

Please pay my pension into our Spanish account from now on:
IBAN {IB(sp4(gen_iban(rng, 'ES')).replace(' ', chr(160), 1))}
BIC CAIXESBBXXX

I will send the certificate of life (signed at the town hall) by post. You can reach me on {PH(fmt_es(gen_es_mobile(rng), '+34'))}.

Regards,
{P(p.full())}
born {DOB(fdate(dob(rng, 1948, 1958), 'en'))}"""
    return f"""quick question from Spain - do I still need to fill in the Dutch tax form (loonheffingskorting) now that I live here? my pension is paid to {IB(gen_iban(rng, 'ES'))} since March. the gross amount went from EUR {eur_en(rng, 800, 1600)} to EUR {eur_en(rng, 800, 1600)}, is that the 20% Dutch tax? cheers, {P(p.first + ' ' + p.last[0] + '.')}"""


@scenario("en", True)
def en_move_belgium(rng, k):
    p = person(rng, rng.choice(["en", "be"]))
    street, pc, town = be_addr(rng)
    if k == 0:
        return f"""Hi,

I'm moving to Belgium on {fdate(recent(rng), 'en')} for work. New address: {AD(street)}, {PC(pc)} {town}.
Could you pay my pension to my new Belgian account {IB(sp4(gen_iban(rng, 'BE')))} instead of {IB(gen_iban(rng, 'NL'))}?
My Belgian mobile: {PH(fmt_be(gen_be_mobile(rng), rng.choice(['+32', 'nat'])))}

Thanks,
{P(p.full())}
(participant no. {deelnemersnr(rng)})"""
    return f"""Dear {P(staff_first('owen'))},

As discussed on the phone: my new address in Belgium is {AD(street)}, {PC(pc)} {town}. Please also update my e-mail address to {EM(mail_for(rng, p, 'be'))}; the old hotmail one will be closed.

Kind regards,
{P(p.ini())}"""


@scenario("en", True)
def en_wrong_dob(rng, k):
    p = person(rng, "en")
    right = dob(rng, 1962, 1980)
    wrong = datetime.date(right.year, right.day, right.month) if right.day <= 12 and right.day != right.month else right.replace(year=right.year - 1) if right != datetime.date(right.year, 2, 29) else right.replace(day=28)
    if k == 0:
        return f"""Hello,

My annual pension statement (UPO) shows my date of birth as {DOB(fdate(wrong, 'dmy/'))}, but I was born on {DOB(fdate(right, 'us'))} - I suspect the American date format got mixed up when my employer registered me. Attached is a copy of my UK passport, number {ID(gen_uk_passport(rng))}.

Please correct this and confirm.

{P(p.full())}
{PH(fmt_uk(gen_uk(rng), '+44(0)'))}"""
    return f"""Internal note (International Desk): participant {P(p.full())} phoned, DOB in our system {DOB(fdate(wrong, 'dmy-'))}, correct DOB {DOB(fdate(right, 'dmy-'))} according to passport {ID(gen_nl_doc(rng, 'N'))} (Dutch passport, he is a dual national). Sent to BRP team for check, request {ticket(rng, 'BRP')}. Do NOT change manually. /{P(staff_first('owen'))}"""


@scenario("en", True)
def en_hr_salary(rng, k):
    ps = people(rng, [("en", None), ("nl", None), ("pl", None), ("es", None), ("en", None)])
    hr = ps[4]
    rows = []
    smo = rng.randint(2, 7)
    for q in ps[:4]:
        d = dob(rng, 1975, 2002)
        rows.append(f"{P(q.full())},{DOB(fdate(d, 'iso'))},{BS(gen_bsn(rng))},2025-{smo:02d}-{rng.choice(['01', '01', '15'])},"
                    f"{rng.choice(['1.0', '0.8', '0.9'])},{rng.randint(42, 96)}000")
    rows = "\n".join(rows)
    if k == 0:
        return f"""Hi {P(staff_first('pj'))},

Please find below the new starters for {MONTHS_EN[smo - 1]} (CSV from our HR system, annual salary in EUR):

name,date_of_birth,bsn,start_date,fte,annual_salary
{rows}

Our employer number with you is WG-{dg(rng, 5)}. Let me know if you need anything else.

Best regards,
{P(hr.full())}
People Operations | {NP('Brightwater Engineering B.V.')}
{EM(fold(hr.first).lower() + '.' + fold(hr.last).lower().replace("'", '') + '@brightwater-eng.com')} | {PH(fmt_nl_land(gen_nl_land(rng, '20'), 'sp'))}"""
    q = ps[0]
    return f"""Hello,

Correction to yesterday's salary file (batch SAL-2025-{dg(rng, 4)}): {P(q.full())}'s date of birth should be {DOB(fdate(dob(rng, 1975, 2000), 'iso'))} and the BSN {BS(fmt_bsn(gen_bsn(rng), 'sp'))} - we had swapped two digits. Salary and start date are unchanged.

Thanks,
{P(hr.first)}"""


@scenario("en", True)
def en_chat_ip(rng, k):
    p = person(rng, "en")
    if k == 0:
        return f"""[Web chat {fdate(recent(rng), 'dmy/')}]
Visitor: Hi, I'm abroad and the portal says "access denied - unusual location"
{P(staff_first('owen'))} (Zilverlinde): Hello! Can you tell me your name and the IP address shown on the error page?
Visitor: {P(p.full())}. It says {IP(gen_ip4(rng))}, I'm in a hotel in Lisbon
{P(staff_first('owen'))} (Zilverlinde): Thanks. Logins from outside the EU/EEA are blocked, but Portugal should be fine. Could you try again in 10 minutes? I've unblocked the session (ref {ticket(rng, 'INC')}).
Visitor: worked, thanks!! 🙌"""
    return f"""Portal error report (submitted by user)
Name: {P(p.full())}
E-mail: {EM(mail_for(rng, p, 'en'))}
Error: 0x80070005 / "session expired" after DigiD login
Browser: Firefox 124.0.2 (64-bit), app version {N('5.2.0.14')}
Client IP (shown on error page): {IP(gen_ip6(rng))}
Time: {recent(rng).isoformat()} {hhmm(rng)}:{rng.randint(10, 59)} CET
Comment: happens every time I try to download the annual statement"""


@scenario("en", True)
def en_divorce(rng, k):
    a, b = people(rng, [("en", "f"), ("nl", "m")])
    if k == 0:
        street, pc, town = uk_addr(rng)
        return f"""Dear Pension Fund,

My ex-husband {P(b.full())} and I divorced in the Netherlands; the divorce was registered on {fdate(recent(rng), 'en')}. We were married on 14 June 2001. I understand I am entitled to half of the pension he built up during our marriage.

My details: {P(a.full())}, born {DOB(fdate(dob(rng, 1968, 1980), 'en'))}, now living at {AD(street)}, {town} {PC(pc)}.
His date of birth is {DOB(fdate(dob(rng, 1965, 1978), 'en'))}.

The notification form is attached. Please let me know if anything is missing.

Sincerely,
{P(a.full())}"""
    return f"""Case note (team Scheiding) - {fdate(recent(rng), 'dmy-')}
Ex-spouse {P(a.full())} (UK) asked whether the divorce notification was received in time (divorce registered {fdate(recent(rng), 'dmy-')}, notification received {fdate(recent(rng), 'dmy-')}, within 2 years -> OK). Participant: {P(b.ini())}, DOB {DOB(fdate(dob(rng, 1965, 1978), 'dmy-'))}. Her e-mail for the confirmation: {EM(mail_for(rng, a, 'en'))}.
- {P(staff('anouk'))}"""


@scenario("en", True)
def en_orphan(rng, k):
    dad = person(rng, "en", "m")
    kid1, kid2 = relative(rng, dad, "m"), relative(rng, dad, "f")
    mum = person(rng, "en", "f")
    if k == 0:
        return f"""Hello,

After my partner {P(dad.full())} died on {fdate(recent(rng), 'en')}, your colleague said our children may receive an orphan's pension. Their details:

- {P(kid1.first)}, born {DOB(fdate(gen_date(rng, 2004, 2008), 'en'))}, studying full-time at university (enrolment certificate attached)
- {P(kid2.first)}, born {DOB(fdate(gen_date(rng, 2009, 2014), 'en'))}

Please pay into {IB(sp4(gen_iban(rng, 'NL')))} (my account, {P(mum.ini())}).

Thank you,
{P(mum.full())}
{PH(fmt_nl_mobile(gen_nl_mobile(rng), rng.choice(MOB_STYLES)))}"""
    return f"""Hi, quick follow-up on file NB-2025-{dg(rng, 4)}. {P(kid1.first)} turns 18 next month and will start an apprenticeship - does the orphan's pension continue? He was born {DOB(fdate(gen_date(rng, 2007, 2007), 'dmy/'))}. Thanks, {P(mum.first)}"""


@scenario("en", True)
def en_call_note(rng, k):
    p = person(rng, rng.choice(["en", "nl", "sr"]), "m")
    if k == 0:
        return f"""Call note {fdate(recent(rng), 'dmy-')} {hhmm(rng)} - International Desk ({P(staff('owen'))})
Caller: {P(p.full())}, participant {deelnemersnr(rng)}, verified (DOB {DOB(fdate(dob(rng), 'dmy-'))} + postcode {PC(uk_addr(rng)[1])}).
Question: tax withheld on his Dutch pension although he lives in the UK. Explained: needs the exemption form (tax treaty NL-UK, art. 17), processing time approx. 8 weeks, refund of tax already withheld via the Dutch tax office.
Callback requested after form check: {PH(fmt_uk(gen_uk(rng), 'nat'))}.
Ticket {ticket(rng)}."""
    return f"""call w/ {P(p.full().lower())} re: early retirement quote. wants to stop at 63, quote sent to {EM(mail_for(rng, p, 'en'))}. asked for callback on {PH(fmt_nl_mobile(gen_nl_mobile(rng), rng.choice(MOB_STYLES)))} next tue. -{P(staff_first('owen').lower())}"""


@scenario("en", True)
def en_whatsapp(rng, k):
    p = person(rng, "en")
    day = recent(rng)
    ds = "%d/%d/%02d" % (day.day, day.month, day.year % 100)
    if k == 0:
        return f"""{ds}, 11:02 - {P(p.first + ' ' + p.last)}: Hi! Is this the pension fund? 🙂
{ds}, 11:04 - {O('Zilverlinde')}: Hi! Yes, this is the WhatsApp service of {O('Zilverlinde Pension Fund')}. How can we help?
{ds}, 11:05 - {P(p.first + ' ' + p.last)}: my pension wasn't paid this month. account is {IB(sp4(gen_iban(rng, 'NL')))}
{ds}, 11:07 - {O('Zilverlinde')}: Please don't share your IBAN here. Could you call us on {O('+31 88 512 7400')}? We're available until 17:00.
{ds}, 11:08 - {P(p.first + ' ' + p.last)}: ok I'll call, or can you call me? {PH(fmt_nl_mobile(gen_nl_mobile(rng), '+31 6'))} 🙏"""
    return f"""{ds}, 16:40 - {P(p.first)}: hello, I sent the certificate of life last week by post but got a reminder today 😕
{ds}, 16:41 - {O('Zilverlinde')}: Hi {P(p.first)}, post can take up to 10 working days to be processed. Your payment won't be stopped before {fdate(later(day, 20, 40, rng), 'dmy/')}.
{ds}, 16:43 - {P(p.first)}: ok thanks 👍"""


@scenario("en", True)
def en_card(rng, k):
    p = person(rng, "en")
    card = gen_card(rng, rng.choice(["visa", "mc"]))
    if k == 0:
        cardf = " ".join(card[i:i + 4] for i in range(0, 16, 4))
        return f"""Hello,

Since last year I work for myself (sole trader, KvK {KVK(gen_kvk(rng))}, VAT ID {BTW(gen_btw_id(rng))}), so I no longer build up pension through an employer. I'd like to buy additional pension (voluntary purchase) for the amount in your letter, EUR {eur_en(rng, 1000, 9000)}. Can I pay by credit card? My card is {CC(cardf)}, expiry {rng.randint(1, 12):02d}/{rng.randint(26, 30)}.

{P(p.full())}"""
    masked = "**** **** **** " + card[-4:]
    return f"""Hi {P(p.first)},

Thank you for your message. For your security I have deleted the card number you sent ({masked}) from our system. We cannot accept card payments; please transfer the amount to {O('NL86 INGB 0007 7192 84')} quoting reference VI-{dg(rng, 6)}.

{sig_en(rng, 'owen', 'International Desk')}

-----Original message-----
From: {P(p.full())} <{EM(mail_for(rng, p, 'en'))}>
Sent: {fdate(recent(rng), 'en')} {hhmm(rng)}
Subject: voluntary purchase - payment
> can I just pay by card? {CC(card)} exp 09/27"""


@scenario("en", True)
def en_letter_paper(rng, k):
    p = person(rng, "en")
    street, pc, town = uk_addr(rng)
    if k == 0:
        return f"""[Letter received by post {fdate(recent(rng), 'dmy-')}, typed by the mail room]

{P(p.ini().upper())}
{AD(street.upper())}
{town.upper()}
{PC(pc)}
UNITED KINGDOM

Dear Sir/Madam,

I have received a letter from you in Dutch which I cannot read. I believe it is about my pension from my time at the sugar factory in Groningen (1978-1986). My sofi number was {BS(fmt_bsn(gen_bsn(rng), 'sp'))} and I was born on {DOB(fdate(dob(rng, 1945, 1957), 'en'))}.

Please write to me in English. I do not use e-mail. My telephone number is {PH(fmt_uk(gen_uk(rng, 'land'), 'nat'))}.

Yours faithfully,
{P(p.full())}"""
    return f"""[Scanned form, typed] CHANGE OF ADDRESS
Surname: {P(p.last.upper())}
First names: {P(p.first.upper())}
Date of birth: {DOB(fdate(dob(rng, 1950, 1965), 'dmy/'))}
New address: {AD(street)}, {town}
Postcode: {PC(pc)}
Effective from: {fdate(recent(rng), 'dmy/')}
Signed: yes"""


@scenario("en", True)
def en_social_named(rng, k):
    p = person(rng, "en")
    if k == 0:
        return f"""{O('@PFZilverlinde')} thanks for sorting out my transfer so quickly, much appreciated! 👏 - {P(p.first)}"""
    return f"""DM to {O('@PFZilverlinde')}: Hi, I'm {P(p.full())}, my pension payment is 2 days late. You can reach me on {PH(fmt_uk(gen_uk(rng), 'nat'))} or {EM(mail_for(rng, p, 'en'))} - please don't reply publicly. Thanks"""


@scenario("en", True)
def en_solicitor(rng, k):
    dec, ex, sol = people(rng, [("en", "m"), ("en", "f"), ("en", None)])
    firm_mail = fold(sol.first)[0].lower() + fold(sol.last).lower().replace("'", "") + "@" + "harrowfield-law.co.uk"
    if k == 0:
        street, pc, town = uk_addr(rng)
        return f"""Our ref: HF/PRB/{dg(rng, 5)}

Dear Sirs,

The late {P(dec.full())}, born {DOB(fdate(dob(rng, 1940, 1955), 'en'))}, died {fdate(recent(rng), 'en')}

We act for the executor of the above estate, {P(ex.full())}. The deceased's last address was {AD(street)}, {town} {PC(pc)}. We understand that he received a pension from your fund and would be grateful if you could confirm (a) any overpayment after the date of death and (b) whether any lump sum or survivor's benefit is payable to the estate.

A certified copy of the death certificate and the grant of probate are enclosed.

Yours faithfully,

{P(sol.full())}
Solicitor, {NP('Harrowfield Law LLP')}
{PH(fmt_uk(gen_uk(rng, 'land'), 'nat'))} | {EM(firm_mail)}"""
    return f"""Dear {P(staff_first('samira'))},

Thank you for confirming the overpayment of EUR {eur_en(rng, 900, 2500)} for the estate of {P(dec.full())}. Our client will arrange payment to {O('NL86INGB0007719284')} with reference NB-2025-{dg(rng, 4)} once the estate account is open.

Kind regards,
{P(sol.full())}
{NP('Harrowfield Law LLP')}"""


@scenario("en", True)
def en_security_alert(rng, k):
    p = person(rng, rng.choice(["en", "nl"]), "f")
    if k == 0:
        return f"""SECURITY ALERT (automated, forwarded to functional management)
Rule: impossible travel - two logins within 30 min from different countries
Account: {EM(mail_for(rng, p, 'en' if p.origin == 'en' else 'nl'))}
Login 1: {recent(rng).isoformat()} 08:14:55 UTC from {IP(gen_ip4(rng))} (NL)
Login 2: same day 08:31:02 UTC from {IP(gen_ip4(rng))} (RO)
Action: session 2 terminated, account locked (lock id LCK-{dg(rng, 6)}). Internal relay 172.16.8.4 and resolver 192.168.10.1 not involved.
Assigned to: {P(staff('thijs'))}"""
    return f"""{P(staff_first('thijs'))}, can you check this one? Participant {P(p.full())} says she didn't request a password reset but got 3 reset mails today. Our logs show the requests came from {IP(gen_ip6(rng))}. Nothing changed on the account. - {P(staff_first('owen'))}"""


# ===============================================================================================================
# English — messages without personal data
# ===============================================================================================================
@scenario("en", False)
def enf_question(rng, k):
    if k == 0:
        return f"""Hello, on which day of the month is the pension paid? I used to get it on the 23rd but this month it arrived on the {rng.choice(['20th', '21st', '24th'])}. The amount was also EUR {eur_en(rng, 5, 30)} lower than in {MONTHS_EN[rng.randint(0, 4)]} - is that the new tax table? Thanks."""
    return "does the partner's pension also apply if we are not married but have a cohabitation agreement (samenlevingscontract)? we registered it with a notary in 2016"


@scenario("en", False)
def enf_autoreply(rng, k):
    if k == 0:
        return f"""This is an automated reply.

Thank you for contacting {O('Zilverlinde Pension Fund')}. Your message has been registered under ticket number {ticket(rng)}. We aim to reply within 5 working days.

Calling from abroad? Our International Desk is available on {O('+31 50 318 4420')}, Monday to Friday, 9:00-17:00 CET.

Please never send us your DigiD password. We will never ask you to transfer money to any account other than {O('NL86 INGB 0007 7192 84')}.

{footer_fund()}"""
    return f"""Auto-reply: our offices are closed on King's Day, Saturday 26 April 2025. Pensions are paid as usual. For urgent matters concerning a death please call {O('088 512 7400')} (option 3) from 28 April. Ticket: {ticket(rng)}."""


@scenario("en", False)
def enf_release(rng, k):
    if k == 0:
        return f"""Release notes - employer portal {N('6.1.0.2')} ({fdate(recent(rng), 'dmy-')})
- Upload limit for salary files raised from {N('1024 MB')} to {N('4096 MB')}
- New field 'part-time %' in the CSV template (version 2025-2)
- Fixed: batch IDs longer than 12 characters were truncated (issue PORT-{rng.randint(1000, 1999)})
- Fixed: timeout after 300 s on large files; now 900 s
- Known issue: Safari 17.4 shows the date picker in US format (MM/DD/YYYY)
Build 20250{rng.randint(3, 6)}{rng.randint(10, 28)}.{rng.randint(1, 9)} | API v3.4.2 | staging api-03 (10.20.4.31)"""
    return f"""Maintenance window: Saturday {fdate(saturday(rng), 'en')} 22:00 - Sunday 04:00 CET. The participant portal and app (version 4.12.x) will be unavailable. Payments are not affected. Status page: {O('status.zilverlinde.example')}. Change ref CHG-{dg(rng, 6)}."""


@scenario("en", False)
def enf_invoice(rng, k):
    if k == 0:
        return f"""INVOICE {gen_nonbsn9(rng)}
Customer: {NP('Brightwater Engineering B.V.')} (employer no. WG-{dg(rng, 5)})
PO number: PO-{dg(rng, 7)}
Invoice date: {fdate(recent(rng), 'dmy-')} | Due date: {fdate(recent(rng), 'dmy-')}
Description: administration fee Q{rng.randint(1, 2)} 2025, {rng.randint(80, 400)} participants x EUR 14.25
Amount: EUR {eur_en(rng, 1200, 6000)} (VAT exempt, art. 11 Dutch VAT Act)
Please pay to {O('NL12 RABO 0362 4188 05')} stating the invoice number.
{O('Vaartwerk Pensioenuitvoering B.V.')} | Chamber of Commerce {O('67294518')} | VAT {O('NL814273506B01')}"""
    inv = gen_bsn(rng)
    return f"""Reminder: invoice no. {N(inv)} of EUR {eur_en(rng, 1200, 6000)} is 14 days overdue. If you have already paid, please ignore this message. Questions: {O('accounts@vaartwerk.example')}."""


@scenario("en", False)
def enf_status(rng, k):
    if k == 0:
        return f"""Ticket {ticket(rng)} updated
Status: Waiting for third party (previous scheme)
SLA paused since {recent(rng).isoformat()} 09:00
Transfer request ref. WO-2025-{dg(rng, 6)} / previous scheme ref. {gen_nonbsn9(rng)}
Next action: reminder to previous scheme on {fdate(recent(rng), 'dmy-')}"""
    return f"""Your request {ticket(rng)} has been closed. How did we do? Rate us from 1 to 10: {O('https://survey.zilverlinde.example/r/')}{dg(rng, 8)}"""


@scenario("en", False)
def enf_social(rng, k):
    if k == 0:
        return f"""anyone else getting error 502 on the {O('@PFZilverlinde')} app this morning? 😤 tried reinstalling, still broken (iOS 17.4.1)"""
    return f"""{O('@PFZilverlinde')} your English website still says the 2024 contribution rates (17.5%) - page last updated 03/01/2024? 🤔 #pension #expatlife"""


@scenario("en", False)
def enf_faq_tax(rng, k):
    if k == 0:
        return f"""FAQ: I live outside the Netherlands. Does the Netherlands tax my pension?

It depends on the tax treaty between the Netherlands and your country of residence. Under most treaties (e.g. art. 18 of the treaty with Germany, art. 17 of the treaty with the UK) private pensions are taxed in the country of residence. We withhold Dutch wage tax (currently 9.32% / 36.97%) until we receive form IB 92 Universeel with a statement from your tax office. Processing time: 6-8 weeks. Refunds for earlier months go through the Dutch tax office, not through us.

More information: {O('www.zilverlinde.example/en/abroad')}"""
    return f"""Q: can I receive my pension in GBP? A: No, all payments are made in EUR to an account in the SEPA area. Your bank may convert the amount; exchange costs (often 0.5-2%) are charged by your bank, not by the fund. Last reviewed {fdate(recent(rng), 'dmy-')}."""


@scenario("en", False)
def enf_ops(rng, k):
    if k == 0:
        return f"""Ops log {recent(rng).isoformat()}
06:00:01 job PAYRUN-EU started (node 10.20.8.11)
06:12:44 {rng.randint(1500, 3000)} payments to non-NL SEPA accounts prepared (BE {rng.randint(300, 900)}, DE {rng.randint(300, 900)}, ES {rng.randint(100, 500)}, other {rng.randint(50, 200)})
06:12:45 3 rejected: IBAN masked in source (NL** **** **** **{rng.randint(10, 99)} {rng.randint(10, 99)}), card reference **** 4417 not allowed
06:13:10 file PAY_EU_2025{rng.randint(1, 6):02d}.xml (2.3 MB) sent, checksum sha1 {hashlib.sha1(str(rng.random()).encode()).hexdigest()[:12]}
06:13:11 job finished, exit code 0"""
    return f"""Weekly KPI - International Desk, week {rng.randint(2, 24)}
calls: {rng.randint(150, 400)} | avg wait 3m{rng.randint(10, 59)}s | e-mails: {rng.randint(200, 500)} (backlog {rng.randint(10, 80)}) | WhatsApp: {rng.randint(40, 120)}
top topics: tax abroad (31%), certificate of life (24%), transfer (12%)
NPS: +{rng.randint(10, 45)} (n={rng.randint(60, 200)})"""


@scenario("en", False)
def enf_survey(rng, k):
    if k == 0:
        return f"""Survey response #{dg(rng, 6)} (anonymous)
Q1 How satisfied are you with our service? 4/5
Q2 Comment: "the English letters are much better now, but the UPO is still only in Dutch"
Q3 Would you recommend us? 8
Submitted {recent(rng).isoformat()} {hhmm(rng)} via {O('survey.zilverlinde.example')}"""
    return f"""Survey response #{dg(rng, 6)} (anonymous)
Q1 3/5
Q2 "waited 40 minutes on the phone (ticket {ticket(rng)}), the agent was friendly though"
Q3 6"""


# ===============================================================================================================
# German — messages with personal data
# ===============================================================================================================
DE_PLATE_CODE = {"Kleve": "KLE", "Emmerich am Rhein": "KLE", "Bocholt": "BOR", "Gronau": "BOR", "Nordhorn": "NOH",
                 "Leer": "LER", "Emden": "EMD", "Düsseldorf": "D", "Köln": "K", "Münster": "MS", "Oldenburg": "OL",
                 "Aachen": "AC"}


def gen_de_plate(rng, town):
    return "%s-%s %d" % (DE_PLATE_CODE[town], "".join(rng.choice("ABDFGHKLMNPRSTW") for _ in range(rng.randint(1, 2))),
                         rng.randint(1, 9999))


def de_phone(rng, area, mobile=None):
    if mobile is None:
        mobile = rng.random() < 0.5
    if mobile:
        return fmt_de(gen_de_mobile(rng), rng.choice(["nat", "slash", "dash", "+49", "0049"]))
    return fmt_de(gen_de_land(rng, area), rng.choice(["nat", "slash", "+49", "+49(0)"]), area)


@scenario("de", True)
def de_grenzgaenger(rng, k):
    p = person(rng, "de")
    street, plz, town, area = de_addr(rng)
    if k == 0:
        return f"""Sehr geehrte Damen und Herren,

ich habe von 1991 bis 2008 als Grenzgänger bei {NP('Kunststoffwerk Dollard B.V.')} in Delfzijl gearbeitet und bei Ihnen eine Betriebsrente aufgebaut. Im nächsten Jahr werde ich 67. Ab wann und wie muss ich die Rente beantragen?

Meine Daten:
Name: {P(p.full())}
Geburtsdatum: {DOB(fdate(dob(rng, 1957, 1960), rng.choice(['dmy.', 'de'])))}
Niederländische Sozialversicherungsnummer (BSN/Sofinummer): {BS(fmt_bsn(gen_bsn(rng), rng.choice(['plain', 'dot', 'sp'])))}
Anschrift: {AD(street)}, {PC(plz)} {town}
Telefon: {PH(de_phone(rng, area, False))}
Bankverbindung: {IB(sp4(gen_iban(rng, 'DE')))}

Mit freundlichen Grüßen
{P(p.full())}"""
    return f"""Kontaktformular {O('zilverlinde.example/deutsch')}
Anrede: {'Herr' if p.sex == 'm' else 'Frau'}
Vorname: {P(p.first)}
Nachname: {P(p.last)}
Geburtsdatum: {DOB(fdate(dob(rng, 1955, 1966), 'dmy.'))}
E-Mail: {EM(mail_for(rng, p, 'de'))}
Nachricht: Ich bekomme seit Januar weniger Rente ({eur(rng, 300, 900)} € statt {eur(rng, 300, 900)} €). Wird jetzt in den Niederlanden Lohnsteuer einbehalten? Ich wohne doch in {town}."""


@scenario("de", True)
def de_witwenrente(rng, k):
    h, w = people(rng, [("de", "m"), ("de", "f")])
    w = relative(rng, h, "f")
    death = recent(rng)
    street, plz, town, area = de_addr(rng)
    if k == 0:
        return f"""Betreff: Tod meines Mannes - Hinterbliebenenrente

Sehr geehrte Damen und Herren,

leider muss ich Ihnen mitteilen, dass mein Ehemann {P(h.full())}, geboren am {DOB(fdate(dob(rng, 1940, 1955), 'dmy.'))}, am {fdate(death, 'dmy.')} verstorben ist. Er hat von 1975 bis 1999 in Emmen gearbeitet und bezog von Ihnen eine Rente.

Ich bitte um Zahlung der Witwenrente (Partnerpensioen). Ich selbst bin am {DOB(fdate(dob(rng, 1942, 1958), 'de'))} geboren. Die Sterbeurkunde (international, mehrsprachig) und eine Kopie meines Personalausweises (Nr. {ID(gen_de_doc(rng))}) liegen bei.

Bankverbindung: {IB(gen_iban(rng, 'DE'))}, Kontoinhaberin {P(w.full())}
Anschrift: {AD(street)}, {PC(plz)} {town}
Telefon: {PH(de_phone(rng, area, False))}

Mit freundlichen Grüßen
{P(w.full())}"""
    son = relative(rng, h, "m")
    return f"""Hallo,

mein Vater {P(h.first + ' ' + h.last)} ist am {fdate(death, 'de')} gestorben. Meine Mutter ({P(w.first)}) bekommt jetzt hoffentlich die Witwenrente. Welche Unterlagen braucht ihr noch? Die Rente für {MONTHS_DE[death.month % 12]} ist noch auf sein Konto gegangen, müssen wir das zurückzahlen?

Erreichbar bin ich unter {PH(fmt_de(gen_de_mobile(rng), rng.choice(['nat', '+49', 'slash'])))}.

Viele Grüße
{P(son.first)}"""


@scenario("de", True)
def de_wertuebertragung(rng, k):
    p = person(rng, "de")
    if k == 0:
        return f"""Hallo Frau {P(STAFF['kerstin'][1])},

vielen Dank. Das Formular habe ich ausgefüllt zurückgeschickt. Meine BSN lautet {BS(fmt_bsn(gen_bsn(rng), 'sp'))}, mein Geburtsdatum {DOB(fdate(dob(rng, 1965, 1990), 'dmy.'))}. Kann der Wert auch an meine deutsche Pensionskasse übertragen werden?

Gruß aus {rng.choice(['Kleve', 'Bocholt', 'Nordhorn'])},
{P(p.full())}

Am {fdate(recent(rng), 'dmy.')} um {hhmm(rng)} schrieb {P(staff('kerstin'))} <{O(staff_mail('kerstin'))}>:
> Sehr geehrte{'r Herr' if p.sex == 'm' else ' Frau'} {P(p.last)},
>
> eine Wertübertragung (waardeoverdracht) ist nur zwischen niederländischen Pensionseinrichtungen möglich. Eine Übertragung nach Deutschland ist gesetzlich nicht vorgesehen. Ihre Vorgangsnummer: WO-2025-{dg(rng, 6)}.
>
> {sig_de(rng, 'kerstin', 'German Desk').replace(chr(10), chr(10) + '> ')}"""
    return f"""Sehr geehrte Damen und Herren,

mein neuer Arbeitgeber in Venlo fragt nach dem Wert meiner Anwartschaft bei Ihnen. Können Sie mir eine Bescheinigung schicken? Teilnehmernummer {deelnemersnr(rng)}, geboren {DOB(fdate(dob(rng, 1975, 1995), 'dmy.'))}.

Danke und Gruß
{P(p.full())}
{PH(fmt_de(gen_de_mobile(rng), '+49'))}"""


@scenario("de", True)
def de_adresse(rng, k):
    p = person(rng, "de")
    s1, plz1, t1, a1 = de_addr(rng)
    s2, plz2, t2, a2 = de_addr(rng)
    if k == 0:
        return f"""Adressänderung

Sehr geehrte Damen und Herren,

zum {fdate(recent(rng), 'dmy.')} ziehen wir um. Alte Anschrift: {AD(s1)}, {PC(plz1)} {t1}. Neue Anschrift: {AD(s2)}, {PC(plz2)} {t2}. Bitte senden Sie die Jahresmitteilung (UPO) an die neue Adresse.

Mit freundlichen Grüßen
{P(p.ini())}"""
    return f"""neue adresse ab 1.{rng.randint(4, 9)}.: {AD(s2)}, {PC(plz2)} {t2} - bitte ändern, danke! {P(p.first + ' ' + p.last)} (Teilnehmer-Nr. {deelnemersnr(rng)})"""


@scenario("de", True)
def de_bank(rng, k):
    p = person(rng, "de")
    if k == 0:
        street, pc, town = es_addr(rng)
        return f"""Sehr geehrte Damen und Herren,

wir sind nach Spanien ausgewandert. Bitte zahlen Sie meine Rente ab sofort auf unser spanisches Konto:

IBAN: {IB(sp4(gen_iban(rng, 'ES')))}
Kontoinhaber: {P(p.full())}

Unsere neue Adresse: {AD(street)}, {PC(pc)} {town}, Spanien. Telefon {PH(fmt_es(gen_es_mobile(rng), '+34b'))}.
Die Lebensbescheinigung schicke ich, sobald ich sie vom Rathaus zurückhabe.

Viele Grüße
{P(p.full())}"""
    return f"""Hallo,

ich habe die Bank gewechselt. Neue IBAN: {IB(gen_iban(rng, 'DE'))} (alte: {IB(sp4(gen_iban(rng, 'DE')))}). Gilt ab der Zahlung im {MONTHS_DE[rng.randint(3, 8)]}.

Geburtsdatum zur Kontrolle: {DOB(fdate(dob(rng), 'dmy.short'))}

Gruß
{P(p.first)}"""


@scenario("de", True)
def de_scheidung(rng, k):
    a, b = people(rng, [("de", "f"), ("de", "m")])
    if k == 0:
        street, plz, town, area = de_addr(rng)
        return f"""Sehr geehrte Damen und Herren,

mein geschiedener Ehemann {P(b.full())} hat während unserer Ehe (Heirat 12.05.1995) in den Niederlanden gearbeitet und bei Ihnen Rentenansprüche erworben. Das Familiengericht {town} hat den Versorgungsausgleich durchgeführt (Beschluss vom {fdate(recent(rng), 'dmy.')}, Az. 12 F {rng.randint(100, 999)}/24). Für die ausländischen Anrechte verweist der Beschluss auf die niederländische Regelung (verevening).

Meine Daten: {P(a.full())}, geb. {DOB(fdate(dob(rng, 1962, 1975), 'dmy.'))}, {AD(street)}, {PC(plz)} {town}.
Geburtsdatum meines Ex-Mannes: {DOB(fdate(dob(rng, 1960, 1974), 'dmy.'))}

Mit freundlichen Grüßen
{P(a.full())}"""
    return f"""Notiz Team Scheidung {fdate(recent(rng), 'dmy-')}: Frau {P(a.last)} (Ex-Partnerin von Teilnehmer {P(b.ini())}) ruft an, Beschluss Familiengericht liegt vor, aber Meldeformular VS-01 fehlt noch. Formular auf Deutsch per Mail an {EM(mail_for(rng, a, 'de'))} geschickt. - {P(staff_first('anouk'))}"""


@scenario("de", True)
def de_brief(rng, k):
    p = person(rng, "de")
    street, plz, town, area = de_addr(rng)
    if k == 0:
        return f"""[Brief per Post, eingegangen {fdate(recent(rng), 'dmy-')}, abgetippt von der Poststelle]

{P(p.full().upper())}
{AD(street.upper())}
{PC(plz)} {town.upper()}
DEUTSCHLAND

Sehr geehrte Damen und Herren,

Sie haben mich um eine Kopie meines Ausweises gebeten. Ich habe keinen Kopierer, deshalb schreibe ich Ihnen die Nummer ab: Personalausweis Nr. {ID(gen_de_doc(rng))}, gültig bis {fdate(gen_date(rng, 2027, 2034), 'dmy.')}. Meine niederländische Sofinummer war {BS(fmt_bsn(gen_bsn(rng), 'plain'))}.

Geboren bin ich am {DOB(fdate(dob(rng, 1938, 1950), 'de'))} in Gronau.

Hochachtungsvoll
{P(p.full())}"""
    return f"""[Formular Lebensbescheinigung, handschriftlich, abgetippt]
Name, Vorname: {P(p.last + ', ' + p.first)}
Geburtsdatum: {DOB(fdate(dob(rng, 1938, 1955), 'dmy.'))}
Anschrift: {AD(street)}, {PC(plz)} {town}
Bestätigung der Behörde: Stempel Stadt {town}, {fdate(recent(rng), 'dmy.')}
Ausweis vorgelegt: Reisepass Nr. {ID(gen_de_doc(rng))}"""


@scenario("de", True)
def de_anruf(rng, k):
    p = person(rng, "de")
    street, plz, town, area = de_addr(rng)
    if k == 0:
        return f"""Gesprächsnotiz {fdate(recent(rng), 'dmy.')} {hhmm(rng)} - German Desk ({P(staff('kerstin'))})
Anrufer: Herr {P(p.last)} ({P(p.full())}), Teilnehmer {deelnemersnr(rng)}, Identität geprüft (Geburtsdatum {DOB(fdate(dob(rng), 'dmy.'))}, PLZ {PC(plz)}).
Anliegen: Jahresbescheinigung 2024 für das Finanzamt fehlt. Neu erstellt und per Post verschickt.
Rückruf gewünscht, falls bis Monatsende nicht da: {PH(de_phone(rng, area))}.
Vorgang {ticket(rng)}.""" if p.sex == "m" else f"""Gesprächsnotiz {fdate(recent(rng), 'dmy.')} {hhmm(rng)} - German Desk ({P(staff('kerstin'))})
Anruferin: Frau {P(p.last)}, Teilnehmerin {deelnemersnr(rng)}, Identität geprüft (Geburtsdatum {DOB(fdate(dob(rng), 'dmy.'))}, PLZ {PC(plz)}).
Anliegen: Jahresbescheinigung 2024 fehlt. Neu erstellt, per Post verschickt.
Rückruf erbeten unter {PH(de_phone(rng, area))}.
Vorgang {ticket(rng)}."""
    return f"""rückruf bitte: {P((p.first + ' ' + p.last).lower())}, {PH(fmt_de(gen_de_mobile(rng), 'nat'))}, frage zu steuer (doppelbesteuerung DE/NL), hat schon 2x angerufen. /{P(staff_first('kerstin').lower())}"""


@scenario("de", True)
def de_waisenrente(rng, k):
    mom = person(rng, "de", "f")
    kid1, kid2 = relative(rng, mom, "m", "dek"), relative(rng, mom, "f", "dek")
    if k == 0:
        dad = person(rng, "nl", "m")
        return f"""Sehr geehrte Damen und Herren,

der Vater meiner Kinder, {P(dad.full())}, ist am {fdate(recent(rng), 'dmy.')} verstorben. Er war bei Ihnen versichert. Wir waren nicht verheiratet.

Meine Kinder:
{P(kid1.full())}, geb. {DOB(fdate(gen_date(rng, 2006, 2012), 'dmy.'))}
{P(kid2.full())}, geb. {DOB(fdate(gen_date(rng, 2010, 2016), 'dmy.'))}

Bitte teilen Sie mir mit, ob die Kinder eine Waisenrente bekommen und welche Unterlagen Sie brauchen. Konto für die Zahlung: {IB(sp4(gen_iban(rng, 'DE')))} (Kontoinhaberin {P(mom.full())}).

Mit freundlichen Grüßen
{P(mom.full())}
{PH(fmt_de(gen_de_mobile(rng), rng.choice(['nat', '+49'])))}"""
    return f"""Guten Tag {P(staff('kerstin'))},

anbei die Schulbescheinigung von {P(kid1.first)} für das Schuljahr 2025/26 (Vorgang NB-2025-{dg(rng, 4)}). {'Er' if kid1.sex == 'm' else 'Sie'} wird im {MONTHS_DE[rng.randint(0, 11)]} 18.

Gruß
{P(mom.full())}"""


@scenario("de", True)
def de_whatsapp(rng, k):
    p = person(rng, "de")
    day = recent(rng)
    ds = "%02d.%02d.%02d" % (day.day, day.month, day.year % 100)
    if k == 0:
        return f"""[{ds}, 14:21:05] {P(p.first + ' ' + p.last)}: Hallo, ist das der WhatsApp vom Pensionsfonds? 😊
[{ds}, 14:22:40] {O('Zilverlinde')}: Hallo! Ja, Sie schreiben mit {O('Pensionsfonds Zilverlinde')}. Wie können wir helfen?
[{ds}, 14:24:12] {P(p.first + ' ' + p.last)}: Meine Rente ist nicht gekommen, Konto {IB(gen_iban(rng, 'DE'))}
[{ds}, 14:25:03] {O('Zilverlinde')}: Bitte schicken Sie uns hier keine Kontonummer. Rufen Sie uns bitte an unter {O('+31 50 318 4420')}.
[{ds}, 14:25:49] {P(p.first + ' ' + p.last)}: ok 👍"""
    return f"""[{ds}, 09:02:11] {P(p.first)}: Guten Morgen, ich habe eine neue Handynummer: {PH(fmt_de(gen_de_mobile(rng), rng.choice(['nat', '+49'])))} 📱
[{ds}, 09:03:30] {O('Zilverlinde')}: Guten Morgen! Danke, wir haben es notiert. Schönen Tag noch ☀️"""


@scenario("de", True)
def de_arbeitgeber(rng, k):
    ps = people(rng, [("de", None), ("de", None), ("nl", None), ("de", None)])
    hr = ps[3]
    if k == 0:
        rows = "\n".join(f"| {P(q.last + ', ' + q.first)} | {DOB(fdate(dob(rng, 1970, 2002), 'dmy.'))} | {BS(gen_bsn(rng))} | 01.0{rng.randint(4, 6)}.2025 | {rng.choice(['Vollzeit', 'Teilzeit 80 %'])} |" for q in ps[:3])
        return f"""Sehr geehrter Herr {P(STAFF['pj'][1])},

anbei die Anmeldungen der neuen Mitarbeiter unserer niederländischen Niederlassung:

| Name | Geburtsdatum | BSN | Eintritt | Arbeitszeit |
|---|---|---|---|---|
{rows}

Die Gehaltsdaten folgen über das Arbeitgeberportal.

Mit freundlichen Grüßen
{P(hr.full())}
Personalabteilung | {NP('Rheinfeld Antriebstechnik GmbH')}
Tel. {PH(de_phone(rng, rng.choice(list(DE_AREAS)), False))}"""
    q = ps[0]
    return f"""Korrektur zur Anmeldung vom {fdate(recent(rng), 'dmy.')}: bei {P(q.first + ' ' + q.last)} ist das Geburtsdatum {DOB(fdate(dob(rng, 1970, 2002), 'dmy.'))} (nicht wie gemeldet). BSN unverändert. Gruß, {P(hr.first)} ({NP('Rheinfeld Antriebstechnik GmbH')})"""


@scenario("de", True)
def de_besuch(rng, k):
    p = person(rng, "de")
    street, plz, town, area = de_addr(rng)
    if k == 0:
        return f"""Guten Tag,

ich komme am {fdate(recent(rng), 'dmy.')} um 11 Uhr zur Beratung nach Groningen (Termin mit Frau {P(STAFF['kerstin'][1])}). Ich komme mit dem Auto, Kennzeichen {KT(gen_de_plate(rng, town))}. Kann ich bei Ihnen parken?

Mit freundlichen Grüßen
{P(p.full())}
{PH(de_phone(rng, area))}"""
    return f"""Besucheranmeldung Empfang
Datum: {fdate(recent(rng), 'dmy.')} 14:00
Besucher: {P(p.full())} (Beratung Rentenbeginn, German Desk)
Fahrzeug: {KT(gen_de_plate(rng, town))}, zweites Fahrzeug (Begleitung, NL-Kennzeichen) {KT(gen_kenteken(rng))}
Parkplatz: P2-17"""


@scenario("de", True)
def de_portal(rng, k):
    p = person(rng, "de")
    if k == 0:
        return f"""Hallo,

ich kann mich seit gestern nicht mehr im Portal anmelden. Die Meldung lautet: "Zugriff verweigert (IP {IP(gen_ip4(rng))})". Ich nutze Firefox 125.0.3 unter Windows 11. Mein Benutzername ist meine E-Mail-Adresse {EM(mail_for(rng, p, 'de'))}.

Gruß
{P(p.full())}"""
    return f"""Fehlerbericht aus der App (automatisch)
App-Version: {N('4.12.0.3')} (Android 14)
Benutzer: {EM(mail_for(rng, p, 'de'))}
Öffentliche IP: {IP(gen_ip4(rng))}
Gateway: 192.168.178.1
Fehler: HTTP 403 beim Abruf von /api/v3/upo/2024
Zeit: {recent(rng).isoformat()}T{hhmm(rng)}:12Z"""


# ===============================================================================================================
# German — messages without personal data
# ===============================================================================================================
@scenario("de", False)
def def_frage(rng, k):
    if k == 0:
        return f"""Guten Tag, ich wohne in Deutschland und bekomme eine kleine Rente von Ihnen ({eur(rng, 80, 400)} € brutto im Monat). Muss ich die in Deutschland versteuern oder in den Niederlanden? Das Finanzamt verlangt eine Bescheinigung. Danke im Voraus."""
    return "wann wird die rente im dezember überwiesen?? letztes jahr kam sie erst am 27."


@scenario("de", False)
def def_autoreply(rng, k):
    if k == 0:
        return f"""Automatische Antwort

Vielen Dank für Ihre Nachricht an den {O('Pensionsfonds Zilverlinde')}. Ihre Vorgangsnummer lautet {ticket(rng)}. Wir antworten innerhalb von 5 Werktagen.

Unser German Desk ist erreichbar unter {O('+31 50 318 4420')} (Mo-Fr 9-17 Uhr). Zahlungen an den Fonds bitte nur auf {O('NL86 INGB 0007 7192 84')}.

{footer_fund()}"""
    return f"""Abwesenheitsnotiz: Das German Desk ist vom {fdate((a := recent(rng)), 'dmy.')} bis {fdate(later(a, 4, 14, rng), 'dmy.')} nur eingeschränkt erreichbar. In dringenden Fällen: {O('088 512 7400')} (Durchwahl 4). Ihre Nachricht wurde unter {ticket(rng)} erfasst."""


@scenario("de", False)
def def_wartung(rng, k):
    if k == 0:
        return f"""Wartungshinweis: Am Samstag, {fdate(saturday(rng), 'dmy.')}, ist das Teilnehmerportal von 22:00 bis 04:00 Uhr nicht erreichbar (Update auf Version {N('7.1.4.2')}, Change CHG-{dg(rng, 6)}). Dateien über {N('2048 MB')} können danach wieder hochgeladen werden."""
    mo = rng.randint(1, 5)
    return f"""Systemmeldung: Zahlungslauf {MONTHS_DE[mo - 1]} 2025 erfolgreich (Lauf-ID UIT-2025{mo:02d}-02, {rng.randint(3000, 6000)} Zahlungen nach Deutschland, Summe {eur(rng, 2000000, 4000000)} €). Nächster Lauf: {rng.randint(20, 24)}.{mo + 1:02d}.2025."""


@scenario("de", False)
def def_rechnung(rng, k):
    if k == 0:
        return f"""Rechnung Nr. {gen_nonbsn9(rng)}
Kunde: {NP('Rheinfeld Antriebstechnik GmbH')}, Kundennummer WG-{dg(rng, 5)}
Leistung: Verwaltungskosten 2. Quartal 2025 ({rng.randint(20, 90)} Teilnehmer à 14,25 €)
Betrag: {eur(rng, 300, 1500)} € (umsatzsteuerfrei)
Zahlbar bis {rng.randint(10, 31)}.07.2025 auf {O('NL12 RABO 0362 4188 05')} (BIC RABONL2U)
{O('Vaartwerk Pensioenuitvoering B.V.')} | Handelsregister (KvK) {O('67294518')} | USt-IdNr. {O('NL814273506B01')}"""
    inv = gen_bsn(rng)
    return f"""Zahlungserinnerung: Rechnung {N(inv)} vom {fdate(recent(rng), 'dmy.')} über {eur(rng, 300, 1500)} € ist noch offen. Bitte überweisen Sie den Betrag innerhalb von 10 Tagen."""


@scenario("de", False)
def def_social(rng, k):
    if k == 0:
        return f"""{O('@PFZilverlinde')} gibt es die Jahresmitteilung auch auf Deutsch? 🇩🇪 Verstehe kein Wort 😅 #Grenzgänger"""
    return f"""{O('@PFZilverlinde')}: Ja! Seit {fdate(recent(rng), 'dmy.')} finden Sie eine deutsche Übersetzung der UPO im Portal unter 'Dokumente' 📄 Fragen? Unser German Desk hilft gern: {O('zilverlinde.example/deutsch')} ^Webcare-Team"""


@scenario("de", False)
def def_ticket(rng, k):
    if k == 0:
        return f"""Vorgang {ticket(rng)} aktualisiert
Status: Warten auf Unterlagen (Lebensbescheinigung)
Frist: {fdate(recent(rng), 'dmy.')}
Erinnerung geplant: {fdate(recent(rng), 'dmy.')} 08:00
Bearbeitungsgruppe: German Desk / Zahlungen Ausland"""
    return f"""Ihr Vorgang {ticket(rng)} wurde abgeschlossen. Bewerten Sie uns: 1 (schlecht) bis 5 (sehr gut). Umfrage-ID {dg(rng, 8)}."""


@scenario("de", False)
def def_versand(rng, k):
    if k == 0:
        return f"""Ihre Jahresmitteilung 2024 wurde am {fdate(recent(rng), 'dmy.')} per Post versandt. Sendungsnummer: 3SZLVW{dg(rng, 8)}. Zustellung nach Deutschland dauert in der Regel 3-5 Werktage."""
    return f"""FAQ: Warum bekomme ich zwei Briefe? - Wenn Sie sowohl eine Rente als auch eine aufgeschobene Anwartschaft haben (z. B. aus zwei Arbeitsverhältnissen), erhalten Sie zwei Mitteilungen mit unterschiedlichen Teilnehmernummern. Stand: {fdate(recent(rng), 'dmy.')}."""


@scenario("nl", True)
def nl_bijzonder_partnerpensioen(rng, k):
    ex, me = people(rng, [("nl", "m"), (rng.choice(["nl", "be", "sr"]), "f")])
    if k == 0:
        street, pc, town = be_addr(rng) if me.origin == "be" else nl_addr(rng)
        return f"""Geachte heer/mevrouw,

Mijn ex-man {P(ex.full())} (geboren {DOB(fdate(dob(rng, 1948, 1962), 'dmy-'))}) is op {fdate(recent(rng), 'dmy-')} overleden. Wij zijn in 2004 gescheiden. Volgens de brief die ik toen van u kreeg heb ik recht op een bijzonder partnerpensioen van € {eur(rng, 900, 4200)} per jaar.

Mijn gegevens: {P(me.full())}, {AD(street)}, {PC(pc)} {town}, BSN {BS(fmt_bsn(gen_bsn(rng), 'dot'))}.
Rekeningnummer: {IB(sp4(gen_iban(rng, 'BE' if me.origin == 'be' else 'NL')))}

Met vriendelijke groet,
{P(me.full())}"""
    return f"""Dag {P(staff_first('samira'))},

Bedankt voor het telefoontje. Zoals gevraagd stuur ik de beschikking van de rechtbank mee. Mijn telefoonnummer is veranderd, het is nu {PH(fmt_nl_mobile(gen_nl_mobile(rng), '06-'))}.

Groet,
{P(me.full())}

Op {fdate(recent(rng), 'nl')} om {hhmm(rng)} schreef {P(staff('samira'))} <{O(staff_mail('samira'))}>:
> Geachte mevrouw {P(me.surname())},
>
> Wij hebben uw melding ontvangen over het overlijden van de heer {P(ex.ini())}. Om het bijzonder partnerpensioen vast te stellen hebben wij een kopie van de echtscheidingsbeschikking nodig. Uw dossiernummer is NB-2025-{dg(rng, 4)}.
>
> {sig_nl(rng, 'samira', 'Team Nabestaanden').replace(chr(10), chr(10) + '> ')}"""


# ---------------------------------------------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------------------------------------------
def build():
    records = []
    for lang in ("nl", "en", "de"):
        items = []
        for name, l, pii, f in SCENARIOS:
            if l != lang:
                continue
            for k in (0, 1):
                rng = random.Random(f"{SEED}:{name}:{k}")
                marked = f(rng, k)
                if "\n" in marked and random.Random(f"{SEED}:crlf:{name}:{k}").random() < 0.08:
                    marked = marked.replace("\n", "\r\n")
                text, spans, marks = render(marked)
                items.append({"name": name, "k": k, "pii": pii, "lang": lang, "text": text, "spans": spans,
                              "marks": marks})
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(items)
        for i, it in enumerate(items, 1):
            it["id"] = "h35-%s-%03d" % (lang, i)
        records += items
    return records


def to_json(rec):
    b = char_to_byte(rec["text"])
    spans = [{"start": b[s], "end": b[e], "label": lab} for s, e, lab, _ in rec["spans"]]
    return json.dumps({"id": rec["id"], "lang": rec["lang"], "text": rec["text"], "spans": spans},
                      ensure_ascii=False, sort_keys=False)


# ---------------------------------------------------------------------------------------------------------------
# audit
# ---------------------------------------------------------------------------------------------------------------
CTX = {
    "KVK": re.compile(r"kvk|kamer van koophandel|handelsregister|chamber of commerce|\bcoc\b", re.I),
    "BSN": re.compile(r"bsn|burgerservicenummer|sofi|citizen service|omzetbelasting|sozialversicherung", re.I),
    "ID_DOCUMENT": re.compile(r"paspoort|passport|identiteitskaart|documentnummer|ausweis|reisepass|legitimatie", re.I),
    "LICENSE_PLATE": re.compile(r"kenteken|kennzeichen|auto\b|fahrzeug|registration|plate|\bcar\b", re.I),
}
EDGE_BAD_START = set(" \t\r\n,;:!?\"'“”‘’)]")
EDGE_BAD_END = set(" \t\r\n,;:!?\"'“”‘’([")
NAME_TOKENS = sorted({t for lst in FIRST.values() for t in lst}
                     | {part for lst in LAST.values() for _, ln in lst for part in [ln] + ln.split("-") + ln.split(" ")
                        if len(part) >= 3}
                     | {part for f, l in STAFF.values() for part in [f, l] + f.split("-")}, key=len, reverse=True)
NAME_TOKENS = [t for t in NAME_TOKENS if len(t) >= 3]


def header_has(text, pos, rx):
    """a header line (table/CSV/form header) before pos that contains rx"""
    for line in text[:pos].splitlines():
        if ("|" in line or ";" in line or "," in line or "\t" in line) and rx.search(line):
            return True
    return False


def sep_regex(value):
    """regex matching value with optional separators between its characters (for numbers written differently)"""
    c = re.sub(r"[\s\u00a0.\-/()+]", "", value)
    return re.compile(r"(?<![A-Za-z0-9])" + r"[\s\u00a0.\-/()]*".join(re.escape(ch) for ch in c) + r"(?![A-Za-z0-9])",
                      re.I)


def audit(records):
    errors = []
    stats = {"checked_candidates": Counter()}

    def err(rec, msg):
        errors.append("%s (%s k=%d): %s" % (rec["id"], rec["name"], rec["k"], msg))

    texts = Counter(r["text"] for r in records)
    for t, c in texts.items():
        if c > 1:
            errors.append("duplicate text: " + t[:60])
    ids = Counter(r["id"] for r in records)
    if any(c > 1 for c in ids.values()):
        errors.append("duplicate ids")

    org_ibans = {re.sub(r"\s", "", x) for x in ORG["ibans"]}
    org_btw = {x for x in ORG["btw"]}
    for rec in records:
        text, spans, marks = rec["text"], rec["spans"], rec["marks"]
        n = len(text)
        cover = [None] * n          # label of span covering the char
        mcover = [None] * n         # ORG / NEG / NP
        for s, e, lab, v in spans:
            for i in range(s, e):
                if cover[i] is not None:
                    err(rec, "overlapping spans at %d" % i)
                cover[i] = lab
        for s, e, kind, v in marks:
            for i in range(s, e):
                mcover[i] = kind

        def covered(a, b, kinds=("ORG", "NEG"), labels=None):
            for i in range(a, b):
                if cover[i] is not None and (labels is None or cover[i] in labels):
                    continue
                if mcover[i] in kinds:
                    continue
                return False
            return True

        # PII-free <-> no spans
        if rec["pii"] and not spans:
            err(rec, "PII scenario without spans")
        if not rec["pii"] and spans:
            err(rec, "PII-free message has spans: %r" % [(lab, v) for _, _, lab, v in spans])
        prev_end = -1
        for s, e, lab, v in spans:
            if s < prev_end:
                err(rec, "spans not sorted")
            prev_end = e
            if text[s:e] != v:
                err(rec, "span text mismatch %r" % v)
            if v[0] in EDGE_BAD_START and not (lab == "PHONE" and v[0] == "("):
                err(rec, "bad span start %r" % v)
            if v[-1] in EDGE_BAD_END:
                err(rec, "bad span end %r" % v)
            if not VALIDATORS[lab](v):
                err(rec, "invalid %s %r" % (lab, v))
            before = text[max(0, s - 150):s]
            if lab == "DATE_OF_BIRTH" and not (BIRTH_WORDS.search(before) or header_has(text, s, BIRTH_WORDS)):
                err(rec, "DOB without birth context %r" % v)
            if lab == "KVK" and not CTX["KVK"].search(text[max(0, s - 40):s]):
                err(rec, "KVK without context %r" % v)
            if lab == "BSN" and not (CTX["BSN"].search(before) or header_has(text, s, CTX["BSN"])):
                err(rec, "BSN without context %r" % v)
            if lab == "ID_DOCUMENT" and not CTX["ID_DOCUMENT"].search(text[max(0, s - 80):s]):
                err(rec, "ID_DOCUMENT without context %r" % v)
            if lab == "LICENSE_PLATE" and not CTX["LICENSE_PLATE"].search(text[max(0, s - 80):s]):
                err(rec, "LICENSE_PLATE without context %r" % v)
            # nothing of the organisation inside a span
            if lab == "IBAN" and re.sub(r"[\s\u00a0]", "", v).upper() in org_ibans:
                err(rec, "organisation IBAN labelled")
            if lab == "PHONE" and phone_norm(v) and phone_norm(v)[1] in ORG_PHONE_NSN:
                err(rec, "organisation phone labelled")
            if lab == "KVK" and v in ORG["kvk"]:
                err(rec, "organisation KvK labelled")
            if lab in ("BTW_ID", "BSN") and (v in org_btw or digits_of(v)[-9:] == ORG_RSIN):
                err(rec, "organisation btw/RSIN labelled")
            if lab == "EMAIL" and v.split("@")[1].lower().endswith(tuple(ORG["domains"])):
                err(rec, "organisation e-mail labelled")
            # every repeat of the value is labelled
            if lab == "PERSON":
                rx = re.compile(r"(?<![\w])" + re.escape(v) + r"(?![\w])", re.I)
            elif lab in ("EMAIL", "ADDRESS"):
                rx = re.compile(r"(?<![\w.])" + re.escape(v) + r"(?![\w])", re.I)
            else:
                rx = sep_regex(v)
            for mo in rx.finditer(text):
                if not covered(mo.start(), mo.end(), kinds=("ORG",)):
                    err(rec, "value %s %r also appears unlabelled at %d" % (lab, v, mo.start()))
        # organisation marks: only organisation data
        for s, e, kind, v in marks:
            if kind != "ORG":
                continue
            d = digits_of(v)
            if len(d) >= 7:
                okv = (re.sub(r"[\s\u00a0]", "", v) in org_ibans or v in org_btw or v in ORG["kvk"] or v == ORG_RSIN
                       or (phone_norm(v) and phone_norm(v)[1] in ORG_PHONE_NSN) or v.startswith("Postbus"))
                if not okv:
                    err(rec, "ORG mark is not organisation data: %r" % v)
            if EMAIL_RE.fullmatch(v) and not v.split("@")[1].lower().endswith(tuple(ORG["domains"])):
                err(rec, "ORG e-mail not on organisation domain: %r" % v)

        # ---- scanners: checksum-valid / PII-shaped things outside spans must be deliberate ----
        for mo in EMAIL_RE.finditer(text):
            stats["checked_candidates"]["email"] += 1
            if not covered(mo.start(), mo.end(), kinds=("ORG",), labels=("EMAIL",)):
                err(rec, "unlabelled e-mail %r" % mo.group())
        for mo in re.finditer(r"(?<![A-Za-z0-9])(?=([A-Za-z]{2}\d{2}[A-Za-z0-9 \u00a0]{10,40}))", text):
            s0 = mo.group(1)
            for end in range(len(s0), 13, -1):
                cand = s0[:end]
                if cand != cand.rstrip() or not cand[-1].isalnum():
                    continue
                if iban_ok(cand):
                    stats["checked_candidates"]["iban"] += 1
                    if not covered(mo.start(), mo.start() + end):
                        err(rec, "unlabelled valid IBAN %r" % cand)
                    break
        for mo in re.finditer(r"(?<![\w.\-/])(?<!\d,)(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}([ .\-])\d{3}\2\d{3}|\d{2}\.\d{2}\.\d{2}\.\d{3})"
                              r"(?![\w\-/]|[.,]\d)", text):
            if bsn_ok(mo.group(1)):
                stats["checked_candidates"]["bsn"] += 1
                if not covered(mo.start(1), mo.end(1)):
                    err(rec, "unlabelled elfproef-valid number %r" % mo.group(1))
        for mo in re.finditer(r"(?<![\d])(?:\d[ \-]?){12,18}\d(?![\d])", text):
            if card_ok(mo.group()):
                stats["checked_candidates"]["card"] += 1
                if not covered(mo.start(), mo.end()):
                    err(rec, "unlabelled card number %r" % mo.group())
        for mo in re.finditer(r"(?i)(?<![\w])NL ?\d{4}\.?\d{2}\.?\d{3}\.? ?B ?\d{2}(?![\w])", text):
            if btw_mod97_ok(mo.group()) or btw_ob_ok(mo.group()):
                stats["checked_candidates"]["btw"] += 1
                if not covered(mo.start(), mo.end()):
                    err(rec, "unlabelled btw/OB number %r" % mo.group())
        for mo in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\d|\.\d)", text):
            if ip_ok(mo.group()):
                stats["checked_candidates"]["ipv4"] += 1
                if not covered(mo.start(), mo.end()):
                    err(rec, "unlabelled public IPv4 %r" % mo.group())
        for mo in re.finditer(r"(?<![\w:])[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])", text):
            if ip_ok(mo.group()):
                stats["checked_candidates"]["ipv6"] += 1
                if not covered(mo.start(), mo.end()):
                    err(rec, "unlabelled public IPv6 %r" % mo.group())
        for mo in re.finditer(r"(?<![\w+])(?:(?:\+|00)31[\s\-.]*(?:\(0\)[\s\-.]*)?|\(?0)6\)?[\s\-.]*(?:\d[\s\-.]*){7}\d(?!\d)", text):
            if nl_mobile_ok(mo.group()):
                stats["checked_candidates"]["nl_mobile"] += 1
                if not covered(mo.start(), mo.end()):
                    err(rec, "unlabelled NL mobile %r" % mo.group())
        for mo in re.finditer(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])", text):
            if pc_nl_ok(mo.group()):
                stats["checked_candidates"]["postcode"] += 1
                part_of_span = any(cover[i] for i in range(mo.start(), mo.end())) and cover[mo.end() - 1] is None
                if part_of_span:
                    stats["checked_candidates"]["postcode_overlapping_a_span"] += 1
                elif not covered(mo.start(), mo.end()):
                    err(rec, "unlabelled NL postcode %r" % mo.group())
        for mo in re.finditer(r"(?<![\w\-])[A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,3}(?![\w\-])", text):
            if kenteken_ok(mo.group()):
                stats["checked_candidates"]["kenteken"] += 1
                if not covered(mo.start(), mo.end()):
                    err(rec, "unlabelled kenteken-shaped %r" % mo.group())
        for mo in re.finditer(r"(?<![\w])[A-Z]{2}[A-Z0-9]{6}\d(?![\w])", text):
            if nl_doc_ok(mo.group()):
                stats["checked_candidates"]["docnr"] += 1
                if not covered(mo.start(), mo.end()):
                    err(rec, "unlabelled document-number-shaped %r" % mo.group())
        for mo in re.finditer(r"(?i)(kvk|kamer van koophandel|handelsregister|chamber of commerce|\bcoc\b)[^\d\n]{0,20}(\d{8})(?!\d)", text):
            stats["checked_candidates"]["kvk"] += 1
            if not covered(mo.start(2), mo.end(2)):
                err(rec, "unlabelled KvK number %r" % mo.group(2))
        # dates near a birth word (after it on the same line, or "... geboren" right after the date)
        for mo in BIRTH_WORDS.finditer(text):
            line_end = text.find("\n", mo.end())
            line_end = n if line_end < 0 else line_end
            prev = None
            for dm in DATE_RX.finditer(text, mo.end(), min(line_end, mo.end() + 60)):
                between = text[prev:dm.start()] if prev is not None else text[mo.end():dm.start()]
                if prev is not None and not re.fullmatch(r"(?i)\s*(,|en|and|und|of|or|oder)?\s*(niet|not|nicht|statt)?\s*",
                                                         between):
                    break
                if NOT_BIRTH.search(text[mo.end():dm.start()].replace("NIET", "").replace("niet", "")) \
                        or not parse_date(dm.group()):
                    break
                prev = dm.end()
                stats["checked_candidates"]["date_near_birth_word"] += 1
                if not covered(dm.start(), dm.end(), kinds=(), labels=("DATE_OF_BIRTH",)):
                    err(rec, "date after birth word not labelled %r" % dm.group())
        for dm in DATE_RX.finditer(text):
            if re.match(r"\s+(geboren|born)\b", text[dm.end():dm.end() + 12]) and parse_date(dm.group()):
                stats["checked_candidates"]["date_before_birth_word"] += 1
                if not covered(dm.start(), dm.end(), kinds=(), labels=("DATE_OF_BIRTH",)):
                    err(rec, "date before birth word not labelled %r" % dm.group())
        # tables / CSV: every cell under a birth-date or BSN column header is labelled
        lines, off = text.split("\n"), 0
        starts = []
        for ln in lines:
            starts.append(off)
            off += len(ln) + 1
        for hi, ln in enumerate(lines):
            for sep in ("|", ";", ","):
                cells = ln.rstrip("\r").split(sep)
                if len(cells) < 4:
                    continue
                for ci, cell in enumerate(cells):
                    want = ("DATE_OF_BIRTH" if BIRTH_WORDS.search(cell) or re.search(r"geb\.?datum|date_of_birth", cell, re.I)
                            else "BSN" if re.fullmatch(r"\s*bsn\s*", cell, re.I) else None)
                    if not want:
                        continue
                    for li in range(hi + 1, len(lines)):
                        row = lines[li].rstrip("\r").split(sep)
                        if len(row) != len(cells):
                            continue
                        if set(lines[li].strip()) <= set("|-: "):
                            continue
                        c0 = starts[li] + sum(len(x) + 1 for x in row[:ci])
                        val = row[ci].strip()
                        a = c0 + row[ci].find(val)
                        stats["checked_candidates"]["table_cell"] += 1
                        if not val or not covered(a, a + len(val), kinds=(), labels=(want,)):
                            err(rec, "table cell under %r not labelled %s: %r" % (cell.strip(), want, val))
        # document numbers after a document word
        for mo in re.finditer(r"(?i:(paspoort|passport|identiteitskaart|documentnummer|personalausweis|ausweis|reisepass))"
                              r"[^\n]{0,25}?(?<![\w])(?=[A-Z]*\d)([A-Z0-9]{8,10})(?![\w])", text):
            if any(c.isdigit() for c in mo.group(2)):
                stats["checked_candidates"]["doc_after_word"] += 1
                if not covered(mo.start(2), mo.end(2), labels=("ID_DOCUMENT",)):
                    err(rec, "document number after document word not labelled %r" % mo.group(2))
        # compact / spaced kentekens after a vehicle word
        for mo in re.finditer(r"(?i:kenteken|kennzeichen|registration|plate)[^\n]{0,20}?(?<![\w-])([A-Za-z0-9]{6}|[A-Za-z0-9]{1,3} [A-Za-z0-9]{2,3} [A-Za-z0-9]{1,3})(?![\w-])", text):
            if kenteken_ok(mo.group(1)):
                stats["checked_candidates"]["kenteken_after_word"] += 1
                if not covered(mo.start(1), mo.end(1)):
                    err(rec, "unlabelled kenteken after vehicle word %r" % mo.group(1))
        # German plates
        for mo in re.finditer(r"(?<![\w-])[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9]\d{0,3}(?!\d)", text):
            stats["checked_candidates"]["de_plate"] += 1
            if not covered(mo.start(), mo.end()):
                err(rec, "unlabelled German plate %r" % mo.group())
        # street + number
        for mo in re.finditer(r"(?i)(?<![\w])[A-ZÄÖÜ][\w'.\-]*(?: [\w'.\-]+){0,3}?(straat|laan|weg|plein|singel|kade|hof|dijk|diep|kamp|"
                              r"pad|zoom|dreef|steeg|straße|allee|wall|road|lane|crescent|close|avenue|way|gardens|row|almendros|"
                              r"adelfas|jazmín|buganvilla|mar|libertad)\s\d{1,4}(?![\d,.]\d)", text):
            stats["checked_candidates"]["street_number"] += 1
            if not any(cover[i] == "ADDRESS" or mcover[i] in ("ORG", "NEG") for i in range(mo.start(), mo.end())):
                err(rec, "street + number not labelled %r" % mo.group())
        # streets of our own lists with a house number
        for st in NL_STREETS + BE_STREETS + DE_STREETS + UK_STREETS + ES_STREETS:
            for mo in re.finditer(r"(?i)(?<![\w])(\d{1,4} )?" + re.escape(st) + r"( \d{1,4}[a-z]?)?(?![\w])", text):
                if mo.group(1) or mo.group(2):
                    stats["checked_candidates"]["listed_street_number"] += 1
                    if not any(cover[i] == "ADDRESS" for i in range(mo.start(), mo.end())):
                        err(rec, "street of the lists with a number not labelled %r" % mo.group())
        for mo in re.finditer(r"(?i)(?:\bplz|postleitzahl|postcode|postal code|zip)\W{0,3}(\d{4,5})(?!\d)", text):
            stats["checked_candidates"]["numeric_postcode"] += 1
            if not covered(mo.start(1), mo.end(1)):
                err(rec, "unlabelled numeric postcode after a postcode word %r" % mo.group(1))
        # phone-shaped digit runs
        for mo in re.finditer(r"(?<![\w+/.-])(?:\+|00|\(?0)\d[\d \-/().]{6,17}\d(?!\d)", text):
            cand, c0 = mo.group(), mo.start()
            if cand.startswith("(") and ")" not in cand[:6]:
                cand, c0 = cand[1:], c0 + 1
            if DATE_RX.match(cand) or re.match(r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}", cand):
                continue
            if phone_any_ok(cand) or phone_ok(cand, "ES"):
                r_ = phone_norm(cand)
                stats["checked_candidates"]["phone"] += 1
                if not covered(c0, c0 + len(cand)) and not (r_ and r_[1] in ORG_PHONE_NSN):
                    err(rec, "unlabelled phone-shaped number %r" % cand)
        # UK postcodes and numeric postcodes before a town of our lists
        for mo in re.finditer(r"(?<![\w])[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![\w])", text):
            stats["checked_candidates"]["uk_postcode"] += 1
            if not covered(mo.start(), mo.end()):
                err(rec, "unlabelled UK postcode %r" % mo.group())
        towns = [t for t, _ in BE_PLACES] + [t for t, _, _ in DE_PLACES] + [t for t, _ in ES_PLACES]
        for mo in re.finditer(r"(?<![\w.,])(\d{4,5})\s+(" + "|".join(re.escape(t) for t in towns) + r")\b", text, re.I):
            stats["checked_candidates"]["numeric_postcode"] += 1
            if not covered(mo.start(1), mo.end(1)):
                err(rec, "unlabelled numeric postcode %r" % mo.group())
        for tok in NAME_TOKENS:
            for mo in re.finditer(r"(?<![\w])" + re.escape(tok) + r"(?![\w])", text, re.I):
                stats["checked_candidates"]["name_token"] += 1
                if not covered(mo.start(), mo.end(), kinds=("ORG", "NP"), labels=("PERSON", "EMAIL")):
                    err(rec, "name token %r unlabelled at %d" % (tok, mo.start()))

    # serialised form: re-slice every span from the UTF-8 bytes
    for rec in records:
        obj = json.loads(to_json(rec))
        bt = obj["text"].encode("utf-8")
        for sp, (s, e, lab, v) in zip(obj["spans"], rec["spans"]):
            if bt[sp["start"]:sp["end"]].decode("utf-8") != v:
                errors.append("%s: byte offsets wrong for %r" % (rec["id"], v))
    return errors, stats


# ---------------------------------------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------------------------------------
def statistics(records, lines):
    out = []
    langs = ("nl", "en", "de")
    per_lang = Counter(r["lang"] for r in records)
    free = Counter(r["lang"] for r in records if not r["spans"])
    nfree = sum(free.values())
    out.append("Messages: nl %d, en %d, de %d (total %d)" % (per_lang["nl"], per_lang["en"], per_lang["de"], len(records)))
    out.append("Without personal data: %d (nl %d, en %d, de %d) = %.1f %%" % (
        nfree, free["nl"], free["en"], free["de"], 100.0 * nfree / len(records)))
    blen = sorted(len(r["text"].encode("utf-8")) for r in records)
    out.append("Length in bytes: %d-%d (median %d)" % (blen[0], blen[-1], blen[len(blen) // 2]))
    out.append("Non-ASCII texts: %d; with emoji (4-byte UTF-8): %d; CRLF: %d; NBSP: %d" % (
        sum(any(ord(c) > 127 for c in r["text"]) for r in records),
        sum(any(ord(c) > 0xFFFF for c in r["text"]) for r in records),
        sum("\r\n" in r["text"] for r in records), sum("\u00a0" in r["text"] for r in records)))
    cnt = defaultdict(Counter)
    for r in records:
        for _, _, lab, _ in r["spans"]:
            cnt[lab][r["lang"]] += 1
    out.append("")
    out.append("| label | nl | en | de | total |")
    out.append("|---|---:|---:|---:|---:|")
    tot = Counter()
    for lab in LABELS:
        row = [cnt[lab][l] for l in langs]
        for l, x in zip(langs, row):
            tot[l] += x
        out.append("| `%s` | %d | %d | %d | %d |" % (lab, row[0], row[1], row[2], sum(row)))
    out.append("| **all** | %d | %d | %d | %d |" % (tot["nl"], tot["en"], tot["de"], sum(tot.values())))
    return "\n".join(out)


def mutation_test():
    """remove each gold span in turn and count how often the audit notices (writes nothing)"""
    records = build()
    tot, caught = Counter(), Counter()
    for r in records:
        for i, sp in enumerate(r["spans"]):
            r2 = dict(r)
            r2["spans"] = r["spans"][:i] + r["spans"][i + 1:]
            tot[sp[2]] += 1
            if audit([r2])[0]:
                caught[sp[2]] += 1
    for lab in LABELS:
        print("%-14s %3d / %3d spans caught when removed" % (lab, caught[lab], tot[lab]))


def main():
    if "--mutation-test" in sys.argv:
        mutation_test()
        return
    n = self_test()
    print("self test: %d checks passed" % n)
    records = build()
    errors, st = audit(records)
    print("audit: candidates checked: " + ", ".join("%s %d" % kv for kv in sorted(st["checked_candidates"].items())))
    if errors:
        print("AUDIT FAILED (%d problems); gold.jsonl NOT written:" % len(errors))
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    lines = [to_json(r) for r in records]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as fh:
        fh.write(data)
    print(statistics(records, lines))
    print("")
    print("wrote %s (%d records)" % (OUT, len(records)))
    print("sha256 %s" % hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
