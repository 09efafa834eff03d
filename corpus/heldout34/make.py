#!/usr/bin/env python3
"""heldout34 — held-out evaluation set for pii-scrubber: a B2B wholesaler of installation supplies.

Fictional organisation: Koperkoord Technische Groothandel B.V. (Veenendaal), webshop for trade customers
(installers, ZZP'ers, housing corporations) in NL, BE, DE and some UK customers.

Python 3.11, standard library only. Deterministic: every instance uses random.Random(f"{SEED}:{name}:{k}")
(string seeds are hashed with SHA-512 by `random`, so PYTHONHASHSEED has no influence); no set or dict is iterated
where its order could depend on hashing.

    python3 make.py            # self test + generate + audit; writes gold.jsonl only if everything passes

Written blind: see README.md.
"""
import datetime
import hashlib
import ipaddress
import json
import os
import random
import re
import statistics
import sys

SEED = "heldout34:koperkoord:2025"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")
PREFIX = "h34"

LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# ----------------------------------------------------------------------------------------------------------------
# The organisation (never labelled)
# ----------------------------------------------------------------------------------------------------------------
ORG = {
    "names": ["Koperkoord Technische Groothandel B.V.", "Koperkoord Groothandel", "Koperkoord B.V.",
              "Koperkoord Technischer Großhandel", "Koperkoord Trade Supplies", "Koperkoord"],
    "domains": ["koperkoord.example"],
    "phones": ["0318 745 200", "06 4127 3390", "02821 890441"],
    "ibans": ["NL05RABO0314728590", "NL95INGB0007395142", "DE67324500000004418273"],
    "addresses": ["Ambachtsweg 48, 3905 LP Veenendaal", "Postbus 312, 3900 AH Veenendaal",
                  "Transportweg 11, 8028 PB Zwolle"],
    "kvk": ["30174628"],
    "btw": ["NL820359178B01"],
    "handles": ["@KoperkoordNL"],
}
ORG_STREETS = ["Ambachtsweg 48", "Postbus 312", "Transportweg 11"]
ORG_POSTCODES = ["3905 LP", "3905LP", "3900 AH", "8028 PB", "8028PB"]

# ----------------------------------------------------------------------------------------------------------------
# Markup: values between private-use sentinels; render() strips them and records the spans
# ----------------------------------------------------------------------------------------------------------------
_S, _M, _E = "\ue000", "\ue001", "\ue002"   # labelled value: _S LABEL _M value _E
_XS, _XE = "\ue003", "\ue004"               # explicit non-PII string (hard negative / non-person name)


def m(label, value):
    assert label in LABELS, label
    value = str(value)
    assert value and not any(ch in value for ch in (_S, _M, _E, _XS, _XE)), value
    return f"{_S}{label}{_M}{value}{_E}"


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


def X(v):
    """A string that looks like personal data but is not (product code, order number, company with a surname)."""
    v = str(v)
    assert not any(ch in v for ch in (_S, _M, _E, _XS, _XE)), v
    return f"{_XS}{v}{_XE}"


def render(marked):
    out, spans, negs = [], [], []
    pos, i, n = 0, 0, len(marked)
    while i < n:
        ch = marked[i]
        if ch == _S:
            j = marked.index(_M, i)
            k = marked.index(_E, j)
            label, value = marked[i + 1:j], marked[j + 1:k]
            spans.append((pos, pos + len(value), label, value))
            out.append(value)
            pos += len(value)
            i = k + 1
        elif ch == _XS:
            k = marked.index(_XE, i)
            value = marked[i + 1:k]
            negs.append((pos, pos + len(value)))
            out.append(value)
            pos += len(value)
            i = k + 1
        elif ch in (_M, _E, _XE):
            raise ValueError("stray markup")
        else:
            out.append(ch)
            pos += 1
            i += 1
    return "".join(out), spans, negs


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


# ----------------------------------------------------------------------------------------------------------------
# Validators
# ----------------------------------------------------------------------------------------------------------------
def elfproef(d):
    d = re.sub(r"[\s.\-]", "", d)
    if re.fullmatch(r"\d{8}", d):
        d = "0" + d
    if not re.fullmatch(r"\d{9}", d) or int(d) == 0:
        return False
    s = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return s % 11 == 0


def bank11(d):
    if not re.fullmatch(r"\d{9,10}", d):
        return False
    n = len(d)
    return sum((n - i) * int(d[i]) for i in range(n)) % 11 == 0


def onderwijsnummer_valid(d):
    if not re.fullmatch(r"10\d{7}", d):
        return False
    s = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return s % 11 == 5


def _alnum_to_int(s):
    return int("".join(str(int(ch, 36)) for ch in s))


IBAN_STRUCT = {"NL": r"NL\d\d[A-Z]{4}\d{10}", "BE": r"BE\d{14}", "DE": r"DE\d{20}", "GB": r"GB\d\d[A-Z]{4}\d{14}",
               "FR": r"FR\d{12}[A-Z0-9]{11}\d\d"}


def iban_compact(s):
    return re.sub(r"[\s\u00a0.\-]", "", s).upper()


def iban_valid(s):
    t = iban_compact(s)
    st = IBAN_STRUCT.get(t[:2])
    if not st or not re.fullmatch(st, t):
        return False
    if t[2:4] in ("00", "01", "99"):
        return False
    if _alnum_to_int(t[4:] + t[:4]) % 97 != 1:
        return False
    if t[:2] == "BE":
        base, chk = int(t[4:14]), int(t[14:16])
        if (base % 97 or 97) != chk:
            return False
    return True


def iban_check_digits(cc, bban):
    return f"{98 - _alnum_to_int(bban + cc + '00') % 97:02d}"


def btw_mod97(s):
    t = re.sub(r"[\s.\-]", "", s).upper()
    return bool(re.fullmatch(r"NL\d{9}B\d\d", t)) and _alnum_to_int(t) % 97 == 1 and t[-2:] != "00"


def btw_id_valid(s):
    """New-style btw-id: mod 97 valid and (for this set) digits that fail the elfproef."""
    t = re.sub(r"[\s.\-]", "", s).upper()
    return btw_mod97(t) and not elfproef(t[2:11])


def ob_valid(s):
    """Old omzetbelastingnummer: NL + 9 digits passing the elfproef + B + 2 digits (> 00)."""
    t = re.sub(r"[\s.\-]", "", s).upper()
    if t.startswith("NL"):
        t = t[2:]
    return bool(re.fullmatch(r"\d{9}B\d\d", t)) and elfproef(t[:9]) and t[-2:] != "00"


def stdnum_btw_valid(s):
    t = re.sub(r"[\s.\-]", "", s).upper()
    if not t.startswith("NL"):
        t = "NL" + t
    if not re.fullmatch(r"NL\d{9}B\d\d", t) or t[-2:] == "00" or int(t[2:11]) == 0:
        return False
    return elfproef(t[2:11]) or btw_mod97(t)


def bsn_written_valid(s):
    if re.fullmatch(r"NL\d{9}B\d\d", s):
        return ob_valid(s)
    if not re.fullmatch(r"\d{9}|\d{8}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3}|\d{2}\.\d{2}\.\d{2}\.\d{3}", s):
        return False
    return elfproef(s)


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def card_brand(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720) and n == 16:
        return "mastercard"
    if d[:2] in ("34", "37") and n == 15:
        return "amex"
    if (d[:4] == "6011" or 644 <= int(d[:3]) <= 649 or d[:2] == "65" or 622126 <= int(d[:6]) <= 622925) and 16 <= n <= 19:
        return "discover"
    if 3528 <= int(d[:4]) <= 3589 and 16 <= n <= 19:
        return "jcb"
    if (300 <= int(d[:3]) <= 305 or d[:4] == "3095" or d[:2] in ("36", "38", "39")) and 14 <= n <= 19:
        return "diners"
    if (d[:2] == "50" or 56 <= int(d[:2]) <= 69) and 12 <= n <= 19:
        return "maestro"
    return None


def card_valid(s):
    d = re.sub(r"[\s\-]", "", s)
    return bool(re.fullmatch(r"\d{12,19}", d)) and card_brand(d) is not None and luhn_ok(d)


def ean13_ok(d):
    if not re.fullmatch(r"\d{13}", d):
        return False
    s = sum(int(d[i]) * (1 if i % 2 == 0 else 3) for i in range(12))
    return (10 - s % 10) % 10 == int(d[12])


NL_FIXED = re.compile(r"(?:1(?:[035]\d|1[13-578]|6[124-8]|7[24]|8[0-467])|2(?:[0346]\d|2[2-46-9]|5[125]|9[479])|"
                      r"3(?:[03568]\d|1[3-8]|2[01]|4[1-8])|4(?:[0356]\d|1[1-368]|7[58]|8[15-8]|9[23579])|"
                      r"5(?:[0358]\d|[19][1-9]|2[1-57-9]|4[13-8]|6[126]|7[0-3578])|7\d\d)\d{6}")
NL_MOBILE = re.compile(r"(?:6[1-58]|970\d)\d{7}")
NL_TOLLFREE = re.compile(r"800\d{4,7}")
NL_PREMIUM = re.compile(r"90[069]\d{4,7}")
NL_VOIP = re.compile(r"(?:85|91)\d{7}")
NL_PAGER = re.compile(r"66\d{7}")
NL_UAN = re.compile(r"140(?:1[035]|2[0346]|3[03568]|4[0356]|5[0358]|8[458])|(?:140(?:1[16-8]|2[259]|3[124]|4[17-9]|"
                    r"5[124679]|7)|8[478]\d{6})\d")


def nl_phone_type(nsn):
    for name, rx in (("fixed", NL_FIXED), ("mobile", NL_MOBILE), ("tollfree", NL_TOLLFREE), ("premium", NL_PREMIUM),
                     ("voip", NL_VOIP), ("pager", NL_PAGER), ("uan", NL_UAN)):
        if rx.fullmatch(nsn):
            return name
    return None


BE_MOBILE = re.compile(r"4[5-9]\d{7}")
BE_FIXED = re.compile(r"[23][2-8]\d{6}|9[2-4]\d{6}|(?:1[0-69]|5\d|6[013-9]|71|8[0-79])\d{6}")
DE_MOBILE = re.compile(r"15[0-25-9]\d{8}|1(?:6[023]|7\d)\d{7,8}")
DE_AREAS = ["30", "40", "69", "89", "201", "203", "208", "211", "221", "241", "251", "281", "2821", "2822", "2823",
            "2871", "2842", "2861", "2874"]
UK_DRAMA = re.compile(r"77009\d{5}|(?:113|114|115|116|117|118|121|131|141|151|161)4960\d{3}|2079460\d{3}|1914980\d{3}")


def de_fixed_ok(nsn):
    for a in DE_AREAS:
        if nsn.startswith(a):
            sub = nsn[len(a):]
            if sub[:1] not in ("0", "") and 9 <= len(nsn) <= 11 and 5 <= len(sub) <= 8:
                return True
    return False


def _cc_valid(cc, nsn):
    if cc == "31":
        return nl_phone_type(nsn) in ("fixed", "mobile", "voip")
    if cc == "32":
        return bool(BE_MOBILE.fullmatch(nsn) or BE_FIXED.fullmatch(nsn))
    if cc == "49":
        return bool(DE_MOBILE.fullmatch(nsn)) or de_fixed_ok(nsn)
    if cc == "44":
        return bool(UK_DRAMA.fullmatch(nsn))
    return False


def phone_parse(s):
    """Return (cc, nsn) candidates for a written phone number (personal kinds only: fixed, mobile, voip)."""
    t = s.strip()
    if re.search(r"[^\d\s+()\-./]", t):
        return []
    t = t.replace("(0)", "")
    intl = t.startswith("+") or t.startswith("00")
    d = re.sub(r"\D", "", t)
    if intl:
        if d.startswith("00"):
            d = d[2:]
        for cc in ("31", "32", "49", "44"):
            if d.startswith(cc):
                nsn = d[len(cc):]
                if nsn.startswith("0"):
                    nsn = nsn[1:]
                return [(cc, nsn)]
        return []
    if not d.startswith("0") or d.startswith("00"):
        return []
    return [(cc, d[1:]) for cc in ("31", "32", "49", "44")]


def phone_valid(s):
    return any(_cc_valid(cc, nsn) for cc, nsn in phone_parse(s))


def phone_valid_in(s, country):
    return any(cc == country and _cc_valid(cc, nsn) for cc, nsn in phone_parse(s))


def phone_norm(s):
    """E.164 of the first valid reading, for comparing with the organisation's numbers."""
    for cc, nsn in phone_parse(s):
        if _cc_valid(cc, nsn):
            return "+" + cc + nsn
    return None


def nl_postcode_valid(s):
    t = re.sub(r"[\s\-]", "", s).upper()
    if t.startswith("NL"):
        t = t[2:]
    return bool(re.fullmatch(r"[1-9]\d{3}[A-Z]{2}", t)) and t[4:] not in ("SA", "SD", "SS")


UK_PC = re.compile(r"(?:[A-PR-UWYZ][0-9][0-9A-HJKMNPR-Y]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?) [0-9][ABD-HJLNP-UW-Z]{2}")


def postcode_valid(s):
    if re.fullmatch(r"[1-9]\d{3} ?[A-Za-z]{2}", s):
        return nl_postcode_valid(s)
    if UK_PC.fullmatch(s):
        return True
    if re.fullmatch(r"(?:D-)?\d{5}", s):   # DE PLZ
        return 1067 <= int(s[-5:]) <= 99998
    if re.fullmatch(r"(?:B-)?[1-9]\d{3}", s):   # BE
        return True
    return False


DOC_LETTERS = "ABCDEFGHIJKLMNPQRSTUVWXYZ"   # no O
DE_DOC_ALPHABET = "CFGHJKLMNPRTVWXYZ0123456789"


def nl_doc_valid(s):
    t = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}[0-9A-Z]{6}[0-9]", t)) and "O" not in t


def doc_valid(s):
    t = s.replace(" ", "")
    if nl_doc_valid(t) and t[0] in "NBDSIAR" or t.startswith("SPECI"):
        return True
    if re.fullmatch(r"(?:I|II|III|IV|V)-V[0-9A-NP-Z]{8}", t):   # NL residence document
        return True
    if re.fullmatch(r"\d{10}", t):            # NL rijbewijsnummer (context)
        return True
    if re.fullmatch(r"\d{9}", t):             # UK passport (context)
        return True
    if len(t) == 9 and all(ch in DE_DOC_ALPHABET for ch in t) and t[0] in "LMNPRTVWXY":   # DE Ausweis
        return True
    return False


KT_PATTERNS = {1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX",
               7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX",
               13: "9-XX-999", 14: "999-XX-9"}
KT_BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS"]
KT_BANNED_8 = ["KVT", "VVD"]
KT_BANNED_13 = ["SP"]
KT_LETTERS = "BDFGHJKLNPRSTVXZ"


def kenteken_norm(s):
    """(sidecode, hyphenated upper-case form) of a written kenteken, or None."""
    t = s.upper().replace(" ", "-")
    if "-" in t:
        for sc, pat in KT_PATTERNS.items():
            rx = "".join("[A-Z]" if ch == "X" else r"\d" if ch == "9" else "-" for ch in pat)
            if re.fullmatch(rx, t):
                return sc, t
        return None
    hits = []
    for sc, pat in KT_PATTERNS.items():
        p = pat.replace("-", "")
        if len(t) == 6 and all((ch.isalpha() and ch.isascii() if q == "X" else ch.isdigit()) for ch, q in zip(t, p)):
            out, i = [], 0
            for q in pat:
                if q == "-":
                    out.append("-")
                else:
                    out.append(t[i])
                    i += 1
            hits.append((sc, "".join(out)))
    return hits[0] if len(hits) == 1 else None


def kenteken_sidecode(s):
    n = kenteken_norm(s)
    return n[0] if n else None


def kenteken_valid(s):
    n = kenteken_norm(s)
    if n is None:
        return False
    sc, t = n
    groups = re.findall(r"[A-Z]+", t)
    banned = list(KT_BANNED) + (KT_BANNED_8 if sc >= 8 else []) + (KT_BANNED_13 if sc >= 13 else [])
    for g in groups:
        for b in banned:
            if b in g:
                return False
    if sc >= 4 and any(ch in "AEIOUCQ" for ch in "".join(groups)):
        return False
    return True


DE_DISTRICTS = ["KLE", "BOR", "WES", "D", "K", "MS", "DU", "AC", "E", "OB", "BOH", "COE", "ST", "KR", "NE"]


def de_plate_valid(s):
    mt = re.fullmatch(r"([A-ZÄÖÜ]{1,3})[- ]([A-Z]{1,2}) ?(\d{1,4})([EH]?)", s)
    return bool(mt) and mt.group(1) in DE_DISTRICTS and 1 <= int(mt.group(3)) and len(mt.group(1) + mt.group(2) + mt.group(3)) <= 8


def plate_valid(s):
    return kenteken_valid(s) or de_plate_valid(s)


EMAIL_RX = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
                      r"[A-Za-z]{2,24}(?![\w-])")
KNOWN_TLDS = ["nl", "com", "be", "de", "uk", "net", "org", "eu", "frl", "pl", "info", "example"]


def email_valid(s):
    if not EMAIL_RX.fullmatch(s):
        return False
    return s.rsplit(".", 1)[1].lower() in KNOWN_TLDS and ".example" not in s.lower()


def ip_public(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global


MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
    "januar": 1, "februar": 2, "märz": 3, "mai": 5, "dezember": 12,
}


def parse_date(s):
    s2 = s.strip().lower()
    y = mo = d = None
    mt = re.fullmatch(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})", s2)
    if mt:
        d, mo, y = int(mt.group(1)), int(mt.group(3)), int(mt.group(4))
    mt = mt or None
    if y is None:
        mt = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s2)
        if mt:
            y, mo, d = int(mt.group(1)), int(mt.group(2)), int(mt.group(3))
    if y is None:
        mt = re.fullmatch(r"(\d{1,2})\.? ([a-zä]+)\.? (\d{4})", s2)
        if mt and mt.group(2) in MONTHS:
            d, mo, y = int(mt.group(1)), MONTHS[mt.group(2)], int(mt.group(3))
    if y is None:
        mt = re.fullmatch(r"([a-z]+) (\d{1,2}),? (\d{4})", s2)
        if mt and mt.group(1) in MONTHS:
            mo, d, y = MONTHS[mt.group(1)], int(mt.group(2)), int(mt.group(3))
    if y is None:
        return None
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def dob_valid(s):
    dt = parse_date(s)
    return dt is not None and 1900 <= dt.year <= 2025


def kvk_valid(s):
    return bool(re.fullmatch(r"\d{8}", s))


def address_valid(s):
    return bool(re.search(r"[A-Za-zÀ-ÿ]{2}", s)) and bool(re.search(r"\d", s)) and len(s) <= 60 and "\n" not in s


def person_valid(s):
    return bool(re.fullmatch(r"[A-Za-zÀ-ÿĀ-žİıŞşĞğŁłŚśŻżŹźĆćŃńĘęĄąỳễ'’.,\- ]+", s)) and s[0].isalpha() and len(s.split()) <= 6


VALIDATE = {
    "PERSON": person_valid, "EMAIL": email_valid, "PHONE": phone_valid, "IBAN": iban_valid,
    "BSN": bsn_written_valid, "ADDRESS": address_valid, "POSTCODE": postcode_valid, "CREDIT_CARD": card_valid,
    "IP_ADDRESS": ip_public, "DATE_OF_BIRTH": dob_valid, "ID_DOCUMENT": doc_valid, "LICENSE_PLATE": plate_valid,
    "BTW_ID": btw_id_valid, "KVK": kvk_valid,
}


def de_vat_valid(s):
    t = s.replace(" ", "").upper()
    if not re.fullmatch(r"DE\d{9}", t) or t[2] == "0":
        return False
    p = 10
    for ch in t[2:10]:
        sm = (int(ch) + p) % 10 or 10
        p = (2 * sm) % 11
    return (11 - p) % 10 == int(t[10])


def be_vat_valid(s):
    t = re.sub(r"[\s.]", "", s).upper()
    if t.startswith("BE"):
        t = t[2:]
    return bool(re.fullmatch(r"[01]\d{9}", t)) and 97 - int(t[:8]) % 97 == int(t[8:])


# ----------------------------------------------------------------------------------------------------------------
# Synthetic data: inline lists written for this set (no Faker / test-data package)
# ----------------------------------------------------------------------------------------------------------------
NAMES = {
    # origin: (male first names, female first names, surnames as (tussenvoegsel, surname))
    "nl": (["Bram", "Thijs", "Joost", "Ruben", "Sander", "Wouter", "Niels", "Hidde", "Stijn", "Maarten", "Remco",
            "Erwin", "Arjen", "Dennis", "Rutger", "Sjoerd", "Teun", "Wessel", "Jorrit", "Koen", "Menno", "Gijs"],
           ["Anouk", "Lieke", "Marieke", "Femke", "Sanne", "Esmée", "Noëlle", "Ilse", "Janneke", "Mirjam",
            "Daniëlle", "Inge", "Loes", "Wendy", "Manon"],
           [("", "Verhoeven"), ("van der", "Heijden"), ("", "Kuipers"), ("", "Hoekstra"), ("", "Wijnands"),
            ("van", "Rossum"), ("", "Veldkamp"), ("", "Hermsen"), ("", "Timmermans"), ("", "Nijhuis"),
            ("", "Oosterhuis"), ("", "Smeets"), ("", "Ramaekers"), ("", "Kloosterman"), ("", "Vermeulen"),
            ("", "Gerritsen"), ("", "Hulshof"), ("ten", "Hove"), ("", "Dekkers"), ("", "Lammers"), ("", "Jonkers"),
            ("", "Zijlstra"), ("", "Postma"), ("", "Hettema"), ("", "Verschuren"), ("", "Roelofs"),
            ("", "Hoogendoorn"), ("", "Kamphuis"), ("", "Groeneveld"), ("", "Haverkort"), ("van", "Gils"),
            ("van der", "Meulen"), ("van", "Schaik"), ("van", "Beusekom"), ("van", "Zoelen"), ("", "Steenbergen")]),
    "ma": (["Mohamed", "Yassine", "Soufiane", "Hamza", "Anass", "Bilal"],
           ["Nadia", "Samira", "Imane", "Khadija"],
           [("", "El Amrani"), ("", "Bouzid"), ("", "Ait Ouali"), ("", "Azzouzi"), ("", "Chaouch"),
            ("", "El Khattabi"), ("", "Benali")]),
    "tr": (["Emre", "Burak", "Mehmet", "Serkan", "Oğuz"],
           ["Elif", "Ayşe", "Büşra", "Zeynep"],
           [("", "Yıldız"), ("", "Özdemir"), ("", "Kaya"), ("", "Aydın"), ("", "Demirtaş"), ("", "Şahin")]),
    "sr": (["Rakesh", "Rishi", "Dinesh"],
           ["Sunita", "Chandni", "Reshma"],
           [("", "Ramdin"), ("", "Jagesar"), ("", "Ramsaran"), ("", "Mahabier")]),
    "pl": (["Paweł", "Tomasz", "Krzysztof", "Marek", "Łukasz", "Piotr"],
           ["Agnieszka", "Katarzyna", "Magdalena"],
           [("", "Nowak"), ("", "Kowalczyk"), ("", "Wójcik"), ("", "Mazur")]),
    "be": (["Pieter-Jan", "Wout", "Jens", "Thibault", "Senne"],
           ["Hanne", "Fien", "Annelore", "Ellen"],
           [("", "Van Damme"), ("", "Claeys"), ("", "Vermeersch"), ("", "Goossens"), ("", "De Meyer"),
            ("", "Verstraete"), ("", "Vanhoutte")]),
    "de": (["Jörg", "Stefan", "Dirk", "Uwe", "Markus", "Tobias", "Ralf", "Sven", "Holger"],
           ["Katrin", "Sabine", "Andrea", "Heike", "Nadine", "Birgit", "Anja"],
           [("", "Weißenborn"), ("", "Hövelmann"), ("", "Schäfers"), ("", "Terwey"), ("", "Brüggemann"),
            ("", "Hülsmann"), ("", "Tenhagen"), ("", "Kösters"), ("", "Elsinghorst"), ("", "Wolbring"),
            ("", "Janßen"), ("", "Verhülsdonk"), ("", "Opgenoorth"), ("", "Pastoors"), ("", "Heckrath")]),
    "uk": (["Gareth", "Callum", "Declan", "Nathan", "Ewan", "Rhys", "Ciaran"],
           ["Siobhan", "Rhiannon", "Imogen", "Harriet", "Niamh", "Bethany"],
           [("", "Pritchard"), ("", "Keane"), ("", "McIntyre"), ("", "Howells"), ("", "Fitzgerald"),
            ("", "Ashworth"), ("", "Okoye"), ("", "Baird"), ("", "Thornbury"), ("", "Whitcombe"), ("", "Gallagher")]),
    "in": (["Arjun", "Rohan", "Vikram"],
           ["Kavya", "Ananya"],
           [("", "Mehta"), ("", "Iyer"), ("", "Deshpande"), ("", "Kulkarni")]),
}
# mixes of heritage per customer country
MIX = {"NL": ["nl"] * 9 + ["ma", "ma", "tr", "tr", "sr", "pl", "pl", "be"],
       "BE": ["be"] * 6 + ["nl", "ma"],
       "DE": ["de"] * 8 + ["tr", "pl", "nl"],
       "UK": ["uk"] * 6 + ["in", "in", "pl"]}

TUSSEN = ["van", "der", "den", "de", "ten", "ter", "van 't", "'t", "op", "in", "te"]


class Person:
    def __init__(self, first, tv, last, sex, origin):
        self.first, self.tv, self.last, self.sex, self.origin = first, tv, last, sex, origin

    @property
    def full(self):
        return f"{self.first} {self.tv + ' ' if self.tv else ''}{self.last}"

    @property
    def sur(self):        # after a first name or initials: "van der Heijden"
        return f"{self.tv + ' ' if self.tv else ''}{self.last}"

    @property
    def Sur(self):        # standing alone: "Van der Heijden"
        s = self.sur
        return s[0].upper() + s[1:]

    @property
    def init(self):
        parts = self.first.split("-")
        return ".".join(p[0] for p in parts) + "."

    def tokens(self):
        toks = self.first.replace("-", " ").split() + [self.first] + self.last.split()
        return toks


STAFF = {
    "marloes": Person("Marloes", "", "Hendriks", "F", "staff"),       # binnendienst (inside sales)
    "kevin": Person("Kevin", "de", "Bruijn", "M", "staff"),           # binnendienst / planning
    "sandra": Person("Sandra", "", "Wolters", "F", "staff"),          # debiteurenbeheer (credit control)
    "jeroen": Person("Jeroen", "", "Pauwels", "M", "staff"),          # accountmanager Vlaanderen
    "timo": Person("Timo", "", "Brinkmann", "M", "staff"),            # Kundenservice Deutschland
    "priya": Person("Priya", "", "Raghunathan", "F", "staff"),        # EDI & integraties
    "gertjan": Person("Gert-Jan", "", "Voskuilen", "M", "staff"),     # afhaalbalie Veenendaal
    "olivia": Person("Olivia", "", "Pemberton", "F", "staff"),        # UK desk
}
STAFF_ROLE = {
    "marloes": ("Binnendienst", "Inside Sales", "Innendienst"),
    "kevin": ("Binnendienst & planning", "Inside Sales & Planning", "Innendienst & Disposition"),
    "sandra": ("Debiteurenbeheer", "Credit Control", "Debitorenbuchhaltung"),
    "jeroen": ("Accountmanager Vlaanderen", "Account Manager Belgium", "Außendienst Belgien"),
    "timo": ("Kundenservice Deutschland", "German Desk", "Kundenservice Deutschland"),
    "priya": ("EDI & integraties", "EDI & Integrations", "EDI & Schnittstellen"),
    "gertjan": ("Afhaalbalie Veenendaal", "Trade Counter Veenendaal", "Abholtheke Veenendaal"),
    "olivia": ("UK desk", "UK Desk", "UK Desk"),
}


def all_name_tokens():
    toks = []
    for origin in sorted(NAMES):
        males, females, surs = NAMES[origin]
        toks += males + females
        for tv, last in surs:
            toks += [t for t in last.split() if len(t) >= 3 and t not in ("Van", "De", "El", "Ait")]
            if origin != "be":
                toks.append(last)
    for key in sorted(STAFF):
        st = STAFF[key]
        toks += [st.first, st.last]
    out = []
    for t in toks:
        if t not in out and len(t) >= 3:
            out.append(t)
    return out


NL_TOWNS = [  # town, area code, postcode range
    ("Amersfoort", "033", 3811, 3829), ("Ede", "0318", 6711, 6718), ("Utrecht", "030", 3511, 3585),
    ("Arnhem", "026", 6811, 6846), ("Zwolle", "038", 8011, 8043), ("Eindhoven", "040", 5611, 5658),
    ("Almere", "036", 1311, 1364), ("Apeldoorn", "055", 7311, 7339), ("Nijmegen", "024", 6511, 6546),
    ("Barneveld", "0342", 3771, 3774), ("Harderwijk", "0341", 3841, 3849), ("Houten", "030", 3991, 3995),
    ("Zeist", "030", 3701, 3709), ("Deventer", "0570", 7411, 7429), ("Leusden", "033", 3831, 3835),
    ("Wageningen", "0317", 6701, 6709), ("Rhenen", "0317", 3911, 3912), ("Culemborg", "0345", 4101, 4107),
]
NL_STREETS = ["Lindenlaan", "Kastanjelaan", "Molenweg", "Dorpsstraat", "Esdoornstraat", "Havenkade", "Weverstraat",
              "Beukenhof", "Spoorsingel", "Tolhuisweg", "Sluisdijk", "Kerkpad", "Vlasakker", "Rozenstraat",
              "Bovenkamp", "Hooiberg", "Eikenlaan", "Zandweg", "Oude Haven", "Laan van Vollenhove",
              "Burg. Tuinmanlaan", "Populierenstraat", "Koningsweg", "Wilgenhof", "Nieuwe Gracht", "Kloosterstraat",
              "Hazelaarstraat", "Parallelweg", "Prins Bernhardlaan", "Meidoornplein"]
NL_BIZ_STREETS = ["Edisonweg", "Nijverheidsweg", "Industrieweg", "Handelsweg", "Energieweg", "Bedrijvenpark",
                  "Ampèrestraat", "Ondernemingsweg", "Kelvinstraat", "Ringbaan-Oost", "Celsiusweg", "Voltastraat",
                  "Loodsweg", "Innovatielaan"]
NL_SITE_STREETS = ["Vlinderhof", "Zwanebloem", "Kievitsbloem", "Watermunt", "Rietgors", "Ooievaarslaan",
                   "Dijkgraafweg", "Zonnedauw", "Lisdodde", "Ijsvogelstraat", "Kwartelkoning", "Gagelstraat"]
BE_TOWNS = [("Gent", "9000", "09"), ("Antwerpen", "2018", "03"), ("Hasselt", "3500", "011"), ("Brugge", "8000", "050"),
            ("Leuven", "3000", "016"), ("Mechelen", "2800", "015"), ("Turnhout", "2300", "014"), ("Genk", "3600", "089"),
            ("Lokeren", "9160", "09"), ("Deinze", "9800", "09")]
BE_STREETS = ["Kerkstraat", "Kortrijksesteenweg", "Nijverheidslaan", "Brugsesteenweg", "Antwerpsestraat",
              "Stationsstraat", "Dorpsplein", "Molenstraat", "Industrieweg", "Kouter"]
DE_TOWNS = [("Kleve", ["47533"], "2821"), ("Emmerich am Rhein", ["46446"], "2822"), ("Goch", ["47574"], "2823"),
            ("Bocholt", ["46395", "46397", "46399"], "2871"), ("Düsseldorf", ["40210", "40476", "40545"], "211"),
            ("Köln", ["50667", "50733", "50823"], "221"), ("Münster", ["48143", "48145", "48153"], "251"),
            ("Duisburg", ["47051", "47166"], "203"), ("Wesel", ["46483", "46485"], "281"),
            ("Aachen", ["52062", "52068"], "241")]
DE_PLATE = {"Kleve": "KLE", "Emmerich am Rhein": "KLE", "Goch": "KLE", "Bocholt": "BOR", "Düsseldorf": "D",
            "Köln": "K", "Münster": "MS", "Duisburg": "DU", "Wesel": "WES", "Aachen": "AC"}
DE_STREETS = ["Hauptstraße", "Lindenallee", "Kirchstraße", "Gocher Landstraße", "Tiergartenstraße",
              "Emmericher Straße", "Am Mühlenbach", "Bahnhofstraße", "Gewerbering", "Industriestraße", "Birkenweg",
              "Kalkarer Straße", "Ringstraße", "Weißdornweg", "Schützenstraße", "Im Gründchen"]
UK_TOWNS = [("Leeds", ["LS6", "LS11", "LS7"], "113"), ("Manchester", ["M14", "M20", "M21"], "161"),
            ("Bristol", ["BS3", "BS5", "BS7"], "117"), ("Edinburgh", ["EH9", "EH6", "EH11"], "131"),
            ("London", ["SE15", "E17", "N16"], "20"), ("Birmingham", ["B29", "B13"], "121"),
            ("Sheffield", ["S7", "S11"], "114"), ("Nottingham", ["NG7", "NG5"], "115")]
UK_STREETS = ["Mill Road", "Carrington Way", "Larkspur Close", "Kelvin Grove", "Station Approach", "Albion Street",
              "Priory Lane", "Wharf Road", "Foundry Street", "Chapel Walk"]
UK_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB", "RBRB"]
BE_BANKS = ["001", "068", "363", "735", "737", "751", "973", "979"]
DE_BLZ = ["32450000", "35450000", "42850035", "37050198", "30050110", "40050150", "35060190", "39050000"]
GB_BANKS = [("BARC", "20"), ("LOYD", "30"), ("NWBK", "60"), ("HBUK", "40"), ("MIDL", "40")]
EMAIL_HOSTS = {"NL": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "xs4all.nl", "live.nl"],
               "BE": ["telenet.be", "gmail.com", "skynet.be", "proximus.be"],
               "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "outlook.de"],
               "UK": ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "sky.com"]}


def _fold(s):
    tab = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "ë": "e", "è": "e", "ï": "i", "ı": "i", "İ": "i",
           "ş": "s", "Ş": "s", "ğ": "g", "Ğ": "g", "ç": "c", "Ç": "c", "ł": "l", "Ł": "l", "ń": "n", "ś": "s",
           "ż": "z", "ź": "z", "ć": "c", "ę": "e", "ą": "a", "ó": "o", "Ó": "o", "É": "e", "Ö": "oe", "Ü": "ue",
           "Ä": "ae", "Ż": "z", "Ś": "s", "'": "", "’": ""}
    s = "".join(tab.get(ch, ch) for ch in s)
    return re.sub(r"[^a-z0-9.\-]", "", s.lower().replace(" ", ""))


class Ctx:
    """Per-instance generator of values; remembers names so that two people in one message never share a name."""

    def __init__(self, r):
        self.r = r
        self.used = set()

    def pick(self, seq):
        return self.r.choice(seq)

    # -------- people
    def person(self, country="NL", sex=None, origin=None):
        r = self.r
        for _ in range(500):
            org = origin or r.choice(MIX[country])
            males, females, surs = NAMES[org]
            sx = sex or r.choice("MF")
            first = r.choice(males if sx == "M" else females)
            tv, last = r.choice(surs)
            if org == "pl" and sx == "F" and last.endswith("ski"):
                continue
            if first in self.used or last in self.used:
                continue
            self.used.add(first)
            self.used.add(last)
            return Person(first, tv, last, sx, org)
        raise RuntimeError("names exhausted")

    def email(self, p, country="NL", style=None, domain=None):
        r = self.r
        f, l = _fold(p.first), _fold(p.sur.replace(" ", ""))
        style = style if style is not None else r.randrange(6)
        local = [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{l}.{f}", f"{f}_{l}", f"info.{l}"][style]
        host = domain or r.choice(EMAIL_HOSTS[country])
        return f"{local}@{host}"

    # -------- phones
    def _digits(self, n, first_nonzero=False):
        r = self.r
        s = "".join(str(r.randint(0, 9)) for _ in range(n))
        if first_nonzero and s[0] in "01":
            s = str(r.randint(2, 9)) + s[1:]
        return s

    def nl_mobile(self, style=None):
        r = self.r
        d = "6" + r.choice("1234") + self._digits(7)
        style = style if style is not None else r.randrange(9)
        a, b = d[1:], d[2:]
        forms = [f"06-{a}", f"06 {a}", f"06 {a[:4]} {a[4:]}", f"06-{a[:2]} {a[2:4]} {a[4:6]} {a[6:]}", f"0{d}",
                 f"+31 6 {a}", f"+31 (0)6 {a[:4]} {a[4:]}", f"+316{a}", f"0031 6 {a[:4]} {a[4:]}"]
        return forms[style]

    def nl_landline(self, area, style=None):
        r = self.r
        a = area[1:]
        sub = self._digits(9 - len(a), first_nonzero=True)
        style = style if style is not None else r.randrange(4)
        if len(a) == 2:
            forms = [f"{area} {sub[:3]} {sub[3:]}", f"{area}-{sub}", f"+31 {a} {sub[:3]} {sub[3:]}",
                     f"({area}) {sub[:3]} {sub[3:5]} {sub[5:]}"]
        else:
            forms = [f"{area} {sub}", f"{area}-{sub}", f"+31 {a} {sub}", f"{area} {sub[:2]} {sub[2:4]} {sub[4:]}"]
        v = forms[style]
        assert phone_valid(v), v
        return v

    def be_gsm(self, style=None):
        r = self.r
        d = "4" + r.choice("789") + self._digits(7)
        style = style if style is not None else r.randrange(3)
        return [f"0{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+32 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                f"0{d[:3]}/{d[3:5]}.{d[5:7]}.{d[7:]}"][style]

    def be_landline(self, zone):
        r = self.r
        z = zone[1:]
        if z in ("2", "3"):
            sub = str(r.randint(2, 8)) + self._digits(6)
            return f"0{z} {sub[:3]} {sub[3:5]} {sub[5:]}"
        if z == "9":
            sub = str(r.randint(2, 4)) + self._digits(6)
            return f"09 {sub[:3]} {sub[3:5]} {sub[5:]}"
        sub = self._digits(6, first_nonzero=True)
        return f"0{z} {sub[:2]} {sub[2:4]} {sub[4:]}"

    def de_mobile(self, style=None):
        r = self.r
        pre = r.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "179"])
        n = 8 if pre.startswith("15") else r.choice([7, 8])
        sub = self._digits(n, first_nonzero=True)
        style = style if style is not None else r.randrange(4)
        return [f"0{pre} {sub}", f"0{pre}-{sub}", f"+49 {pre} {sub}", f"+49 (0){pre} {sub}"][style]

    def de_landline(self, area, style=None):
        r = self.r
        sub = self._digits(r.choice([6, 7]) if len(area) <= 3 else 6, first_nonzero=True)
        style = style if style is not None else r.randrange(4)
        v = [f"0{area} {sub}", f"0{area}/{sub}", f"+49 {area} {sub}", f"0{area}-{sub}"][style]
        assert phone_valid(v), v
        return v

    def uk_mobile(self, style=None):
        r = self.r
        sub = f"{r.randint(0, 999):03d}"
        style = style if style is not None else r.randrange(3)
        return [f"07700 900{sub}", f"+44 7700 900{sub}", f"07700900{sub}"][style]

    def uk_landline(self, area):
        r = self.r
        sub = f"{r.randint(0, 999):03d}"
        if area == "20":
            return f"020 7946 0{sub}"
        return f"0{area} 496 0{sub}"

    # -------- banking / tax
    def iban(self, country="NL", style=None):
        r = self.r
        if country == "NL":
            bban = r.choice(NL_BANKS) + self._digits(10)
        elif country == "BE":
            base = r.choice(BE_BANKS) + self._digits(7)
            bban = base + f"{int(base) % 97 or 97:02d}"
        elif country == "DE":
            bban = r.choice(DE_BLZ) + "00" + self._digits(8)
        else:
            bank, sc = r.choice(GB_BANKS)
            bban = bank + sc + self._digits(4) + self._digits(8)
        ib = country + iban_check_digits(country, bban) + bban
        assert iban_valid(ib), ib
        style = style if style is not None else r.randrange(4)
        sp = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return [sp, ib, sp, ib.lower() if style == 3 and r.random() < 0.5 else sp][style]

    def bsn(self, style=0):
        r = self.r
        while True:
            d = str(r.randint(1, 9)) + self._digits(7)
            s = sum((9 - i) * int(d[i]) for i in range(8)) % 11
            if s <= 9:
                d += str(s)
                break
        assert elfproef(d)
        return [d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"][style]

    def ob_number(self):
        return "NL" + self.bsn() + "B01"

    def btw_id(self):
        r = self.r
        while True:
            d = str(r.randint(0, 8)) + self._digits(8)
            if elfproef(d) or int(d) == 0:
                continue
            opts = [x for x in range(1, 100) if btw_mod97(f"NL{d}B{x:02d}")]
            if opts:
                v = f"NL{d}B{r.choice(opts):02d}"
                assert btw_id_valid(v)
                return v

    def kvk(self):
        return str(self.r.randint(5, 9)) + self._digits(7)

    def de_vat(self):
        r = self.r
        while True:
            v = "DE" + str(r.randint(1, 3)) + self._digits(8)
            if de_vat_valid(v):
                return v

    def be_vat(self):
        r = self.r
        base = "0" + str(r.randint(4, 8)) + self._digits(6)
        return f"BE{base}{97 - int(base) % 97:02d}"

    def card(self, brand="visa"):
        r = self.r
        if brand == "visa":
            pre, n = "4" + r.choice(["539", "916", "485", "024", "779"]), 16
        elif brand == "mastercard":
            pre, n = r.choice(["5168", "5412", "5355", "2223", "2531"]), 16
        else:
            pre, n = r.choice(["3714", "3759", "3498"]), 15
        body = pre + self._digits(n - len(pre) - 1)
        for c in "0123456789":
            if luhn_ok(body + c):
                d = body + c
                break
        assert card_valid(d)
        if n == 15:
            return f"{d[:4]} {d[4:10]} {d[10:]}"
        return " ".join(d[i:i + 4] for i in range(0, 16, 4))

    # -------- addresses
    def nl_town(self):
        return self.r.choice(NL_TOWNS)

    def nl_postcode(self, town, spaced=True):
        r = self.r
        _, _, lo, hi = town
        while True:
            pc = f"{r.randint(lo, hi)}{r.choice('ABCDEFGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
            if nl_postcode_valid(pc):
                break
        return f"{pc[:4]} {pc[4:]}" if spaced else pc

    def housenr(self, additions=True):
        r = self.r
        n = str(r.choice([r.randint(1, 40), r.randint(1, 40), r.randint(41, 220)]))
        if additions and r.random() < 0.3:
            n += r.choice(["a", "b", "A", "-2", " bis", "-II", " hs", "C"])
        return n

    def nl_street(self, kind="home"):
        pool = {"home": NL_STREETS, "biz": NL_BIZ_STREETS, "site": NL_SITE_STREETS}[kind]
        return f"{self.r.choice(pool)} {self.housenr(additions=(kind == 'home'))}"

    def de_street(self):
        r = self.r
        n = str(r.randint(1, 140)) + (r.choice(["a", "b", " c"]) if r.random() < 0.25 else "")
        return f"{r.choice(DE_STREETS)} {n}"

    def be_street(self):
        r = self.r
        n = str(r.randint(1, 240))
        if r.random() < 0.35:
            n += r.choice([" bus 3", " bus 12", "/2", " b1"])
        return f"{r.choice(BE_STREETS)} {n}"

    def uk_street(self):
        r = self.r
        s = f"{r.randint(2, 120)} {r.choice(UK_STREETS)}"
        if r.random() < 0.35:
            s = f"{r.choice(['Unit', 'Flat'])} {r.randint(1, 9)}, {s}"
        return s

    def uk_postcode(self, town):
        r = self.r
        v = f"{r.choice(town[1])} {r.randint(1, 9)}{r.choice(UK_INWARD)}{r.choice(UK_INWARD)}"
        assert postcode_valid(v), v
        return v

    # -------- vehicles, documents, network
    def kenteken(self, sidecode=None, van=False, style=0):
        r = self.r
        while True:
            sc = sidecode or r.choice([9, 10, 11, 12] if van else [5, 6, 7, 8, 9, 10, 11, 12, 13, 14])
            pat = KT_PATTERNS[sc]
            out = []
            for ch in pat:
                out.append(r.choice(KT_LETTERS) if ch == "X" else str(r.randint(0, 9)) if ch == "9" else "-")
            v = "".join(out)
            if van and v[0].isalpha():
                v = "V" + v[1:]
            if re.search(r"(^|-)0", v) and sc in (7, 8, 13, 14):
                continue
            if kenteken_valid(v):
                break
        if style == 1:
            v = v.replace("-", "")
        elif style == 2:
            v = v.lower()
        return v

    def de_plate(self, town):
        r = self.r
        dist = DE_PLATE[town]
        while True:
            letters = "".join(r.choice("ABDFGHJKLMNPRSTUVWXZ") for _ in range(r.choice([1, 2])))
            num = str(r.randint(1, 9999 if len(dist) + len(letters) <= 4 else 999))
            v = f"{dist}-{letters} {num}"
            if de_plate_valid(v):
                return v

    def nl_doc(self, kind="N"):
        r = self.r
        while True:
            v = kind + r.choice(DOC_LETTERS) + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789")
                                                       for _ in range(6)) + str(r.randint(1, 9))
            if nl_doc_valid(v):
                return v

    def de_doc(self):
        r = self.r
        return r.choice("LMNPRTVWXY") + "".join(r.choice(DE_DOC_ALPHABET) for _ in range(8))

    def rijbewijs(self):
        return str(self.r.randint(4, 5)) + self._digits(9)

    def ip4(self):
        r = self.r
        while True:
            v = f"{r.choice([31, 37, 62, 77, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 92, 94, 145, 176, 178, 185, 188, 212, 213, 217])}." \
                f"{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(2, 253)}"
            if ip_public(v):
                return v

    def ip6(self):
        r = self.r
        v = f"2a02:{r.randint(0x1000, 0xfffe):x}:{r.randint(0x10, 0xfffe):x}:{r.randint(1, 0xff):x}::{r.randint(2, 0xfff):x}"
        assert ip_public(v), v
        return v

    def dob(self, lang="nl", style=None, lo=1958, hi=2001):
        r = self.r
        dt = datetime.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))
        style = style if style is not None else r.randrange(4)
        nl_m = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december"]
        en_m = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"]
        de_m = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                "November", "Dezember"]
        if lang == "nl":
            v = [f"{dt.day:02d}-{dt.month:02d}-{dt.year}", f"{dt.day} {nl_m[dt.month - 1]} {dt.year}",
                 dt.isoformat(), f"{dt.day}-{dt.month}-{dt.year}"][style]
        elif lang == "en":
            v = [f"{dt.day} {en_m[dt.month - 1]} {dt.year}", f"{en_m[dt.month - 1]} {dt.day}, {dt.year}",
                 f"{dt.day:02d}/{dt.month:02d}/{dt.year}", dt.isoformat()][style]
        else:
            v = [f"{dt.day:02d}.{dt.month:02d}.{dt.year}", f"{dt.day}. {de_m[dt.month - 1]} {dt.year}",
                 f"{dt.day:02d}.{dt.month:02d}.{dt.year}", dt.isoformat()][style]
        assert dob_valid(v), v
        return v

    # -------- hard negatives
    def num9(self, elf=True):
        r = self.r
        while True:
            d = str(r.randint(1, 9)) + self._digits(8)
            if elfproef(d) == elf:
                return d

    def ean(self, prefix="871"):
        r = self.r
        body = prefix + self._digits(12 - len(prefix))
        s = sum(int(body[i]) * (1 if i % 2 == 0 else 3) for i in range(12))
        v = body + str((10 - s % 10) % 10)
        assert ean13_ok(v)
        return v

    def art(self):
        return str(self.r.randint(1, 9)) + self._digits(6)

    def order(self):
        return "VK" + str(self.r.randint(24, 25)) + "-" + self._digits(6)

    def rma(self):
        return f"RMA-25-{self.r.randint(1000, 9999)}"

    def invoice(self):
        return f"F25-{self.r.randint(10000, 99999)}"

    def credit(self):
        return f"CN25-{self.r.randint(1000, 9999)}"

    def quote(self):
        return f"OFF-2025-{self.r.randint(100, 2999):04d}"

    def debtor(self):
        return f"D{self.r.randint(100000, 499999)}"

    def track_postnl(self):
        r = self.r
        return "3S" + "".join(r.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(4)) + self._digits(9)

    def track_ups(self):
        r = self.r
        return "1Z" + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(6)) + self._digits(10)

    def track_dhl(self):
        return "JVGL" + self._digits(16)

    def money(self, lang, lo=20, hi=4000):
        r = self.r
        v = r.randint(lo * 100, hi * 100) / 100
        euros, cents = int(v), int(round((v - int(v)) * 100))
        if lang == "en":
            return f"€{euros:,}.{cents:02d}"
        e = f"{euros:,}".replace(",", ".")
        return f"€ {e},{cents:02d}" if lang == "nl" else f"{e},{cents:02d} €"


# ----------------------------------------------------------------------------------------------------------------
# Shared text pieces
# ----------------------------------------------------------------------------------------------------------------
NL_COMPANIES = ["Installatiebedrijf Jansen B.V.", "Van Dalen Loodgieters", "Koster Elektrotechniek v.o.f.",
                "Brouwer & Zn. Installatietechniek", "Klimaattechniek Veluwe B.V.", "Installatiegroep Eemland",
                "De Vries Dak & Zink", "Schouten Sanitair", "Meijer Warmtetechniek B.V.", "Elektro Mulder",
                "Van Leeuwen Duurzaam Installeren", "Bakker Installatiewerken", "Visser & Smit Elektra B.V.",
                "Dijkstra Loodgieters- en CV-bedrijf", "Warmtepompspecialist Gelderse Vallei"]
NL_CORPS = ["Woonstichting De Veste", "Wooncorporatie Eemhaven", "Stichting Woonlinie", "Vallei Wonen",
            "Woningstichting Rijnstreek"]
DE_COMPANIES = ["Müller Haustechnik GmbH", "Schulte & Söhne Sanitär GmbH", "Elektro Brockhoff GmbH",
                "Haustechnik Niederrhein GmbH", "Kaiser Heizung + Sanitär", "Bauunternehmung Hegemann GmbH & Co. KG",
                "Wärmetechnik Lohmann GmbH", "Elektro Peters & Klein OHG"]
UK_COMPANIES = ["Hughes Electrical Ltd", "Carter & Sons Plumbing", "Northgate Facilities Ltd",
                "Brightwater Heating Ltd", "Pennine M&E Services", "Morgan Building Services Ltd"]
BE_COMPANIES = ["Elektro Peeters BV", "Sanitair Desmet", "Installaties Wuyts", "Verwarming Lambrecht BV",
                "Technieken Vandenberghe"]

NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]


def ddate(c, lang, style=None):
    """A delivery / pick-up / invoice date (never a birth date)."""
    r = c.r
    while True:
        dt = datetime.date(2025, r.randint(9, 12), r.randint(1, 28))
        if dt.weekday() < 5:
            break
    style = style if style is not None else r.randrange(3)
    if lang == "nl":
        return [f"{dt.day:02d}-{dt.month:02d}-{dt.year}", f"{NL_DAYS[dt.weekday()]} {dt.day} {NL_MONTHS[dt.month - 1]}",
                f"{dt.day}/{dt.month}"][style]
    if lang == "en":
        return [f"{dt.day:02d}/{dt.month:02d}/{dt.year}", f"{EN_DAYS[dt.weekday()]} {dt.day} {EN_MONTHS[dt.month - 1]}",
                f"{dt.day} {EN_MONTHS[dt.month - 1][:3]}"][style]
    return [f"{dt.day:02d}.{dt.month:02d}.{dt.year}", f"{DE_DAYS[dt.weekday()]}, {dt.day}. {DE_MONTHS[dt.month - 1]}",
            f"{dt.day:02d}.{dt.month:02d}."][style]


def cdom(co, tld):
    base = re.sub(r"\b(B\.V\.|BV|GmbH|Ltd|v\.o\.f\.|OHG|KG|Co\.)", "", co)
    base = _fold(base.replace("&", " ").replace("+", " ")).replace(".", "").replace("-", "")
    return base[:22] + "." + tld


def staff_mail(key):
    st = STAFF[key]
    return f"{_fold(st.first)}.{_fold(st.last)}@koperkoord.example"


def sig(lang, key, style=0):
    st = STAFF[key]
    role = STAFF_ROLE[key][{"nl": 0, "en": 1, "de": 2}[lang]]
    mail = staff_mail(key)
    if lang == "nl":
        return [f"Met vriendelijke groet,\n\n{P(st.full)}\n{role}\nKoperkoord Technische Groothandel B.V.\n"
                f"Ambachtsweg 48, 3905 LP Veenendaal\nT 0318 745 200 | WhatsApp 06 4127 3390\n{mail}",
                f"Groet,\n{P(st.first)}\nKoperkoord – {role.lower()}",
                f"Mvg,\n\n{P(st.full)}\n{role} | Koperkoord Groothandel\nT +31 318 745 200 | www.koperkoord.example\n"
                f"KvK 30174628 | btw NL820359178B01 | IBAN NL05 RABO 0314 7285 90"][style]
    if lang == "en":
        return [f"Kind regards,\n\n{P(st.full)}\n{role}\nKoperkoord Trade Supplies (Koperkoord Technische Groothandel B.V.)\n"
                f"T +31 318 745 200\n{mail}",
                f"Best,\n{P(st.first)}\n{role}, Koperkoord",
                f"Regards,\n{P(st.full)} | {role}\nKoperkoord B.V. · Ambachtsweg 48, 3905 LP Veenendaal, NL\n"
                f"CoC 30174628 · VAT NL820359178B01"][style]
    return [f"Mit freundlichen Grüßen\n\n{P(st.full)}\n{role}\nKoperkoord Technischer Großhandel\n"
            f"Tel. +49 2821 890441 (deutschsprachige Hotline) | +31 318 745 200\n{mail}",
            f"Viele Grüße\n{P(st.first)}\nKoperkoord – {role}",
            f"Freundliche Grüße\n{P(st.full)}\nKoperkoord Technische Groothandel B.V. · Ambachtsweg 48 · NL-3905 LP Veenendaal\n"
            f"Handelsregister (KvK) 30174628 · USt-IdNr. NL820359178B01\nBankverbindung: DE67 3245 0000 0004 4182 73"][style]


TEAM_SIG = {
    "nl": ["Met vriendelijke groet,\n\nTeam Binnendienst\nKoperkoord Technische Groothandel B.V.\nT 0318 745 200 | "
           "klantenservice@koperkoord.example",
           "Groet,\nKlantenservice Koperkoord\nwww.koperkoord.example | WhatsApp installateurslijn 06-41273390"],
    "en": ["Kind regards,\n\nCustomer Service\nKoperkoord Trade Supplies\n+31 318 745 200 | uk@koperkoord.example",
           "Best regards,\nThe UK Desk at Koperkoord\nwww.koperkoord.example/en"],
    "de": ["Mit freundlichen Grüßen\n\nIhr Kundenservice-Team\nKoperkoord Technischer Großhandel\n"
           "Tel. 02821 890441 | kundenservice@koperkoord.example",
           "Viele Grüße\nKundenservice Deutschland – Koperkoord\nwww.koperkoord.example/de"],
}


# ----------------------------------------------------------------------------------------------------------------
# Scenarios. Each is run twice (k = 0, 1) with its own RNG; most have two different texts.
# ----------------------------------------------------------------------------------------------------------------
SCEN = []


def scen(lang, pii):
    def deco(f):
        SCEN.append((lang, pii, f.__name__, f))
        return f
    return deco


def hhmm(c, lo=7, hi=17):
    """A clock time; successive calls within one message never go back in time (chat exports)."""
    t = c.r.randint(lo, hi) * 60 + c.r.choice([0, 5, 10, 12, 18, 25, 31, 40, 44, 52, 57])
    last = getattr(c, "_clock", -1)
    if t <= last:
        t = last + c.r.randint(1, 7)
    c._clock = t
    return f"{t // 60:02d}:{t % 60:02d}"


# ================================================================ NL, with personal data (19 scenarios)

@scen("nl", True)
def nl_site_delivery(c, k):
    r = c.r
    town = c.nl_town()
    site, pc = c.nl_street("site"), c.nl_postcode(town)
    uitv, snd = c.person(), c.person()
    co = c.pick(NL_COMPANIES)
    order, quote = c.order(), c.quote()
    mob = c.nl_mobile()
    day = ddate(c, "nl", 1)
    if k == 0:
        return (f"Onderwerp: levering bouwplaats – order {order}\n\nGoedemiddag,\n\n"
                f"Graag order {order} (offerte {quote}) {day} laten leveren op de bouwplaats:\n"
                f"{AD(site)}, {PC(pc)} {town[0]}\n"
                f"Nieuwbouw 14 woningen, bouwnummers 3 t/m 16. Lossen bij de bouwkeet, max. 12 ton i.v.m. de tijdelijke bouwweg.\n"
                f"Uitvoerder ter plaatse: {P(uitv.full)}, mobiel {PH(mob)}. Graag tussen 07:00 en 09:00 uur, "
                f"de kraan staat er vanaf 07:30.\n\n"
                f"Met vriendelijke groet,\n{P(snd.full)}\nWerkvoorbereiding | {X(co)}\n"
                f"T {PH(c.nl_landline(town[1]))}")
    t1, t2 = hhmm(c, 6, 7), hhmm(c, 8, 9)
    fl = uitv.first.lower()
    return (f"[{t1}] {P(uitv.full)}: goedemorgen! 👷 vracht voor {X(co)} staat nog niet hier, order {order}\n"
            f"[{t1}] {P(uitv.full)}: adres is {AD(site)} ({PC(pc)}), achter de hekken bij bouwnr 9\n"
            f"[{t2}] Koperkoord: Goedemorgen! De chauffeur is onderweg, ETA 09:15. Track & trace {X(c.track_postnl())}\n"
            f"[{t2}] {P(uitv.full)}: top 👍 bel me even als ie bij de poort is {PH(mob)}\n"
            f"[{t2}] {P(uitv.full)}: grt {P(fl)}")


@scen("nl", True)
def nl_counter_pickup(c, k):
    town = c.nl_town()
    drv = c.person(sex="M")
    order = c.order()
    if k == 0:
        kt = c.kenteken(van=True)
        snd = c.person()
        return (f"Beste {P(STAFF['gertjan'].first)},\n\n"
                f"Morgen rond 7:15 halen wij order {order} op aan de afhaalbalie (Ambachtsweg 48). "
                f"Het gaat om 24 lengtes dunwandige buis 28 mm en 2 rollen YMvK 3x2,5 mm².\n"
                f"Onze collega {P(drv.full)} komt met de bus, kenteken {KT(kt)}. Hij legitimeert zich met zijn rijbewijs, "
                f"nummer {ID(c.rijbewijs())}.\n"
                f"Mocht er iets niet op voorraad zijn, bel hem dan even op {PH(c.nl_mobile())}.\n\n"
                f"Alvast bedankt!\n{P(snd.first)}\n{X(c.pick(NL_COMPANIES))} – inkoop")
    kt = c.kenteken(van=True, style=2)
    return (f"hoi! ik sta met de bus ({KT(kt)}) voor de balie in zwolle maar de slagboom gaat niet open 😅 "
            f"order {order} staat klaar zegt de app. transportweg 11 toch? "
            f"kan iemand even bellen {PH(c.nl_mobile(style=4))}\n"
            f"gr {P(drv.first.lower())}")


@scen("nl", True)
def nl_account_application_zzp(c, k):
    r = c.r
    town = c.nl_town()
    p = c.person()
    kvk, btw = c.kvk(), c.btw_id()
    trade = c.pick(["Klusbedrijf De Vallei", "VDS Installaties", "Warmte & Water Oost", "Elektra op Maat",
                    "Dakwerk & Installatie Noord", "Duurzaam Klimaat Service"])
    if k == 0:
        doc = c.nl_doc(c.pick(["N", "I"]))
        return (f"Aanvraag zakelijk account – webshop Koperkoord\n"
                f"------------------------------------------------\n"
                f"Handelsnaam:        {trade}\n"
                f"Rechtsvorm:         eenmanszaak\n"
                f"KvK-nummer:         {KVK(kvk)}\n"
                f"Btw-id:             {BTW(btw)}\n"
                f"Naam aanvrager:     {P(p.full)}\n"
                f"Geboortedatum:      {DOB(c.dob('nl', 0))}\n"
                f"Legitimatie:        {'paspoort' if doc[0] == 'N' else 'identiteitskaart'}, nr. {ID(doc)}\n"
                f"Vestigingsadres:    {AD(c.nl_street())}\n"
                f"Postcode / plaats:  {PC(c.nl_postcode(town))} {town[0]}\n"
                f"Mobiel:             {PH(c.nl_mobile())}\n"
                f"E-mail:             {EM(c.email(p))}\n"
                f"IBAN (incasso):     {IB(c.iban('NL'))}\n"
                f"Kredietlimiet:      € 2.500\n"
                f"Aangevraagd op:     {ddate(c, 'nl', 0)} 14:22\n"
                f"Akkoord AV:         ja (versie 2025-03)")
    dob = c.dob("nl", 1)
    rb = c.rijbewijs()
    return (f"Hallo,\n\nIk ben sinds 1 september voor mezelf begonnen als loodgieter ({trade}) en wil graag "
            f"op rekening bestellen in jullie webshop. Ingeschreven bij de KvK onder {KVK(kvk)}, btw-id {BTW(btw)}.\n"
            f"Jullie formulier vraagt om een geboortedatum en legitimatie, dus bij deze: geboren op {DOB(dob)}, "
            f"achterkant rijbewijs (BSN/rijbewijsnummer): {BS(c.bsn())}/{ID(rb)}.\n"
            f"Ik werk vanuit huis: {AD(c.nl_street())}, {PC(c.nl_postcode(town, spaced=False))} {town[0].upper()}.\n"
            f"Bereikbaar op {PH(c.nl_mobile())}.\n\n"
            f"Groeten,\n{P(p.full)}")


@scen("nl", True)
def nl_invoice_ob_number(c, k):
    p = c.person(origin=c.pick(["nl", "nl", "tr", "ma"]))
    ob, btw = c.ob_number(), c.btw_id()
    inv, deb = c.invoice(), c.debtor()
    body = (f"Op jullie factuur {inv} staat nog steeds mijn oude omzetbelastingnummer {BS(ob)}. Dat nummer "
            f"bevat mijn BSN en hoort sinds 2020 niet meer op facturen. Mijn btw-id is {BTW(btw)}. "
            f"Willen jullie dat aanpassen in mijn klantaccount ({deb}) en de factuur opnieuw sturen?")
    if k == 0:
        return (f"Beste {P(STAFF['sandra'].first)},\n\n{body}\n\nAlvast dank,\n{P(p.full)}\n"
                f"{c.pick(['Elektra op Maat', 'Klusbedrijf De Vallei', 'Tegel & Sanitair Service'])}")
    q = body.replace("\n", "\n> ")
    return (f"Hoi {P(p.first)},\n\nIs aangepast: op de nieuwe factuur ({inv}-A) staat nu alleen je btw-id. "
            f"De oude factuur is gecrediteerd met {c.credit()}.\n\n{sig('nl', 'sandra', 1)}\n\n"
            f"-----Oorspronkelijk bericht-----\nVan: {P(p.full)} <{EM(c.email(p))}>\n"
            f"Aan: debiteuren@koperkoord.example\nOnderwerp: factuur {inv}\n\n> {q}")


@scen("nl", True)
def nl_credit_refund(c, k):
    town = c.nl_town()
    p = c.person()
    co = c.pick(NL_COMPANIES)
    cn, amount = c.credit(), c.money("nl", 80, 2400)
    ib = c.iban("NL")
    kvk, btw = c.kvk(), c.btw_id()
    if k == 0:
        return (f"Geachte heer/mevrouw,\n\nNaar aanleiding van retour {c.rma()} hebben wij creditnota {cn} ontvangen "
                f"ter waarde van {amount} incl. btw. Omdat wij geen openstaande facturen meer hebben, verzoeken wij "
                f"het bedrag terug te storten op {IB(ib)} (t.n.v. {X(co)}).\n\n"
                f"Ter controle: KvK {KVK(kvk)}, btw-id {BTW(btw)}.\n\n"
                f"Met vriendelijke groet,\n\n{P(p.full)}\nFinanciële administratie\n{X(co)}")
    return (f"INTERNE NOTITIE – terugbetaling creditnota\n"
            f"Debiteur:      {c.debtor()} / {X(co)}\n"
            f"KvK:           {KVK(kvk)}\n"
            f"Creditnota:    {cn} ({amount})\n"
            f"Rekening:      {IB(ib)}\n"
            f"Gecontroleerd: rekening komt overeen met KvK-uittreksel en eerdere betalingen.\n"
            f"Contact:       {P(p.Sur + ', ' + p.first)} ({PH(c.nl_landline(town[1]))})\n"
            f"Uitbetaling in batch van {ddate(c, 'nl', 0)}. – {P(STAFF['sandra'].first)}")


@scen("nl", True)
def nl_fraud_bank_change(c, k):
    p = c.person()
    co = c.pick(NL_COMPANIES)
    fake = c.iban("NL")
    if k == 0:
        return (f"Goedemorgen,\n\nWij ontvingen vanochtend onderstaande mail, zogenaamd van jullie afdeling "
                f"debiteuren. Klopt dit? Wij betalen normaal altijd op NL05 RABO 0314 7285 90.\n\n"
                f"> Geachte relatie,\n> Wegens een bankwissel is ons rekeningnummer per direct gewijzigd. Gelieve "
                f"openstaande facturen vanaf heden te voldoen op {IB(fake)} t.n.v. Koperkoord Groothandel.\n"
                f"> Met vriendelijke groet, {P(STAFF['sandra'].full)}\n\n"
                f"De afzender was {EM('debiteuren@koperkoord-betalingen.com')}, dat lijkt me niet jullie domein.\n\n"
                f"Groet,\n{P(p.full)}\n{X(co)}")
    return (f"⚠️ LET OP – fraudepoging (intern)\n\n"
            f"Vandaag een mail ontvangen uit naam van {X(co)} (debiteur {c.debtor()}) met het verzoek hun "
            f"tegoeden voortaan over te maken naar {IB(fake)}. Afzenderdomein wijkt één letter af.\n"
            f"Telefonisch geverifieerd met {P(p.full)} op het bij ons bekende nummer {PH(c.nl_landline(c.nl_town()[1]))}: "
            f"zij hebben GEEN nieuwe rekening. Stamgegevens niet wijzigen, mail doorgestuurd naar security@koperkoord.example.\n"
            f"— {P(STAFF['sandra'].first)}, debiteurenbeheer")


@scen("nl", True)
def nl_rma_return(c, k):
    town = c.nl_town()
    p = c.person()
    rma, order = c.rma(), c.order()
    if k == 0:
        return (f"Retour aanmelden\n\nOrder: {order}\nArtikel: {c.art()} – thermostatische mengkraan, 3 stuks\n"
                f"Reden: verkeerd besteld (1/2\" i.p.v. 3/4\")\n"
                f"Ophaaladres: {AD(c.nl_street())}, {PC(c.nl_postcode(town))} {town[0]}\n"
                f"Contactpersoon: {P(p.full)}\nTelefoon: {PH(c.nl_mobile())}\n"
                f"Ophalen kan op werkdagen tussen 8 en 16 uur.")
    return crlf(f"Beste {P(p.first)},\n\nBedankt voor je aanmelding. Je retour is goedgekeurd onder {rma}.\n"
                f"De koerier haalt de 3 mengkranen {ddate(c, 'nl', 1)} op bij {AD(c.nl_street())} in {town[0]}. "
                f"Zorg dat het RMA-nummer op de doos staat. Na ontvangst krijg je binnen 5 werkdagen een creditnota.\n\n"
                f"{sig('nl', 'kevin', 0)}")


@scen("nl", True)
def nl_housing_corp(c, k):
    corp = c.pick(NL_CORPS)
    town = c.nl_town()
    rows = []
    for i in range(3 if k == 0 else 4):
        t = c.person()
        rows.append((c.nl_street(), c.nl_postcode(town), t, c.nl_mobile(style=c.pick([0, 1, 4])), ddate(c, "nl", 0)))
    proj = f"PRJ-{c.r.randint(2400, 2599)}"
    if k == 0:
        lines = "\n".join(f"| {AD(a)} | {PC(pc)} | {P(t.Sur + ', ' + t.first)} | {PH(ph)} | {d} | HR-combiketel 28 kW |"
                          for a, pc, t, ph, d in rows)
        return (f"Project {proj} – vervanging cv-ketels {X(corp)}, {town[0]}\n\n"
                f"Hierbij de leverplanning per woning. Graag per adres leveren tussen 7:30 en 8:30, bewoners zijn op de "
                f"hoogte. Bij niet thuis: contact opnemen met de bewoner.\n\n"
                f"| adres | postcode | bewoner | telefoon | leverdatum | artikel |\n|---|---|---|---|---|---|\n{lines}\n\n"
                f"Vragen? Bel de projectleider via ons algemene nummer.\n{X(corp)} – team Planmatig Onderhoud")
    lines = "\n".join(f"{proj};{AD(a)};{PC(pc.replace(' ', ''))};{town[0]};{P(t.full)};{PH(ph)};{d};{c.art()};1"
                      for a, pc, t, ph, d in rows)
    return crlf(f"Bijlage leverplanning_{proj}.csv (geplakt):\n\n"
                f"project;straat_huisnr;postcode;plaats;bewoner;telefoon;leverdatum;artikelnr;aantal\n{lines}\n")


@scen("nl", True)
def nl_price_agreement(c, k):
    town = c.nl_town()
    p = c.person()
    co = c.pick(NL_COMPANIES)
    kvk = c.kvk()
    if k == 0:
        em = c.email(p, domain=cdom(co, "nl"))
        return crlf((f"Van: {P(p.full)} <{EM(em)}>\nAan: verkoop@koperkoord.example\nOnderwerp: prijsafspraak 2026\n\n"
                f"Beste {P(STAFF['marloes'].first)},\n\n"
                f"Zoals besproken willen wij voor 2026 een vaste korting op de productgroepen PG-14 (persfittingen) en "
                f"PG-22 (kabel & leiding). Verwachte omzet ca. € 180.000. Onze gegevens: {X(co)}, KvK {KVK(kvk)}.\n"
                f"Kun je de afspraak vastleggen onder offerte {c.quote()}?\n\nGroet,\n{P(p.first)}\n"
                f"{PH(c.nl_mobile())}"))
    return (f"Gespreksnotitie accountmanager\nKlant: {X(co)} ({c.debtor()}), KvK {KVK(kvk)}\n"
            f"Gesproken met: {P(p.full)} (eigenaar) en {P(c.person().full)} (inkoop)\n"
            f"Afspraak: 32% op PG-14, 27% op PG-22, netto-netto, looptijd 01-01-2026 t/m 31-12-2026.\n"
            f"Franco vanaf € 450, anders € 25,00 vrachtkosten.\n"
            f"Volgende stap: {P(STAFF['marloes'].first)} zet prijsafspraak in het systeem. "
            f"{P(p.first)} wil een kopie per mail.")


@scen("nl", True)
def nl_login_problem(c, k):
    p = c.person()
    em = c.email(p)
    ip = c.ip4()
    if k == 0:
        return (f"hallo, ik kan sinds gisteren niet meer inloggen op shop.koperkoord.example met {EM(em)}. "
                f"Ik krijg 'account tijdelijk geblokkeerd (code 423)'. wachtwoord al 2x gereset maar de link in de "
                f"mail verloopt meteen. Zit op kantoor, ons vaste ip is {IP(ip)} als dat helpt. "
                f"Browser Chrome 129.0.6668.90.\ngroet {P(p.first.lower())}")
    return (f"Hoi {P(p.first)},\n\nJe account ({EM(em)}) was geblokkeerd na 5 mislukte pogingen vanaf {IP(ip)}. "
            f"Ik heb de blokkade opgeheven; de resetlink is nu 24 uur geldig. Lukt het niet, stuur dan een "
            f"WhatsApp naar 06 4127 3390.\n\n{sig('nl', 'priya', 1)}")


@scen("nl", True)
def nl_edi_ticket(c, k):
    p = c.person()
    co = c.pick(NL_COMPANIES)
    ip = c.ip4()
    em = c.email(p, domain=cdom(co, "nl"))
    if k == 0:
        return (f"Ticket: orderimport via API geeft 403\n\n"
                f"Sinds de update naar onze ERP-koppeling v4.12.0 krijgen wij bij POST https://api.koperkoord.example/v2/orders "
                f"een 403 Forbidden. Intern draait de koppeling op 192.168.20.14, naar buiten gaan we via {IP(ip)} "
                f"(vast IP, glasvezel). Kunnen jullie dat adres aan de allowlist toevoegen? Oude adres 10.0.4.21 "
                f"was alleen voor de test.\n\nContact: {P(p.full)}, {EM(em)}\n{X(co)} – ICT")
    ip6 = c.ip6()
    return (f"{P(p.first)} schreef:\n> request-id 7f3c9e2a-1d44, tijdstip 2025-10-07T08:14:22Z, bron {IP(ip)}\n\n"
            f"Hoi {P(p.first)},\n\nDank voor de logregel. De aanvraag kwam binnen via IPv6 ({IP(ip6)}) en dat adres stond "
            f"niet op de allowlist, alleen {IP(ip)}. Beide staan er nu op. Let op: de API-versie v1 (build {X('1.9.3.0')}) "
            f"stopt per 1 januari; gebruik /v2/.\n\n{sig('nl', 'priya', 0)}")


@scen("nl", True)
def nl_address_change(c, k):
    town = c.nl_town()
    p = c.person()
    co = c.pick(NL_COMPANIES)
    kvk = c.kvk()
    street, pc = c.nl_street("biz"), c.nl_postcode(town)
    if k == 0:
        return (f"Beste klantenservice,\n\nPer 1 november zijn wij verhuisd naar een nieuwe bedrijfsunit. "
                f"Wilt u ons factuur- en afleveradres wijzigen in:\n\n{X(co)}\n{AD(street)}\n{PC(pc)}  {town[0].upper()}\n\n"
                f"KvK-nummer blijft {KVK(kvk)}. Openstaande orders ({c.order()} en {c.order()}) graag al naar het nieuwe "
                f"adres.\n\nMet vriendelijke groet,\n{P(p.init + ' ' + p.sur)}\nBedrijfsleider")
    return (f"Wijziging klantgegevens (formulier)\n"
            f"Klantnummer: {c.debtor()}\nBedrijf: {X(co)}\nKvK: {KVK(kvk)}\n"
            f"Nieuw adres: {AD(street)}\nPostcode: {PC(pc)}\nPlaats: {town[0]}\n"
            f"Ingangsdatum: {ddate(c, 'nl', 0)}\nAangevraagd door: {P(p.full)} ({EM(c.email(p))})")


@scen("nl", True)
def nl_direct_debit(c, k):
    p = c.person()
    trade = c.pick(["Loodgietersbedrijf Snel & Goed", "Installatieservice Oost", "Elektra op Maat", "Dakgoot Direct"])
    ib = c.iban("NL")
    if k == 0:
        return (f"Machtiging doorlopende SEPA-incasso\n\nIncassant: Koperkoord Technische Groothandel B.V., "
                f"incassant-ID NL98ZZZ301746280000\nKenmerk machtiging: MND-{c.r.randint(10000, 99999)}\n\n"
                f"Naam rekeninghouder: {P(p.full)} h.o.d.n. {trade}\nIBAN: {IB(ib)}\n"
                f"Plaats en datum: {c.nl_town()[0]}, {ddate(c, 'nl', 0)}\nHandtekening: (getekend)")
    new = c.iban("NL")
    return (f"Hoi,\n\nIk ben overgestapt naar een andere bank. Willen jullie de incasso voortaan van {IB(new)} afschrijven "
            f"in plaats van {IB(ib)}? Rekening staat op naam van {P(p.init + ' ' + p.sur)}. Klantnummer {c.debtor()}.\n\n"
            f"Groeten,\n{P(p.first)}")


@scen("nl", True)
def nl_quoted_reply(c, k):
    p = c.person()
    co = c.pick(NL_COMPANIES)
    order = c.order()
    mob = c.nl_mobile()
    em = c.email(p, domain=cdom(co, "nl"))
    if k == 0:
        return (f"Hoi {P(STAFF['kevin'].first)},\n\nDe levering is nog steeds niet binnen. Kun je even kijken? Ik ben de hele "
                f"dag op {PH(mob)} bereikbaar.\n\n{P(p.first)}\n\n"
                f"Op {ddate(c, 'nl', 1)} 2025 om 16:02 schreef {P(STAFF['kevin'].full)} <{staff_mail('kevin')}>:\n"
                f"> Beste {P(p.first)},\n> Order {order} is vandaag uitgeleverd aan de vervoerder, "
                f"zendingsnummer {X(c.track_postnl())}.\n> Verwachte levering morgen voor 12:00.\n> Groet, {P(STAFF['kevin'].first)}\n"
                f">\n>> Van: {P(p.full)} <{EM(em)}>\n>> Wanneer wordt order {order} geleverd?")
    q = c.person()
    return crlf(f"Van: {P(STAFF['marloes'].full)}\nAan: {P(STAFF['kevin'].full)}\nOnderwerp: FW: spoed radiatoren\n\n"
                f"{P(STAFF['kevin'].first)}, kun jij dit oppakken? Ik ben vanmiddag vrij. {P(p.Sur)} wil "
                f"uiterlijk 14:00 antwoord.\n\n"
                f"----- Doorgestuurd bericht -----\nVan: \"{P(p.Sur + ', ' + p.first)}\" <{EM(em)}>\n"
                f"Onderwerp: spoed radiatoren\n\n"
                f"Goedemorgen {P(STAFF['marloes'].first)},\n\nVoor het project van {X(co)} hebben we morgen 8 radiatoren "
                f"type 22 (600x1200) extra nodig, bovenop order {order}. Mijn collega {P(q.full)} staat op de bouw en "
                f"neemt ze aan; {'hij' if q.sex == 'M' else 'zij'} is bereikbaar op {PH(mob)}.\n\nGroet,\n{P(p.init + ' ' + p.sur)}")


@scen("nl", True)
def nl_callback_note(c, k):
    p = c.person(sex="M")
    co = c.pick(NL_COMPANIES)
    if k == 0:
        return (f"TERUGBELVERZOEK\nDatum/tijd: {ddate(c, 'nl', 0)} {hhmm(c)}\nVan: {P(p.full)} ({X(co)})\n"
                f"Nummer: {PH(c.nl_mobile())}\nOnderwerp: prijs groepenkast 8 groepen 3-fase, wil vandaag nog bestellen.\n"
                f"Aangenomen door: {P(STAFF['gertjan'].first)}")
    return (f"notitie {hhmm(c)} – {P(p.first.lower())} ({X(co)}) belde, vraagt of {P(STAFF['marloes'].first.lower())} "
            f"hem terugbelt op {PH(c.nl_mobile(style=3))}, gaat over de offerte voor 40 radiatoren (type 22, 600x1000). "
            f"na 15u is hij op de bouw. /{P(STAFF['kevin'].first.lower())}")


@scen("nl", True)
def nl_damage_counter(c, k):
    p = c.person()
    kt = c.kenteken(van=True, style=c.pick([0, 1]))
    if k == 0:
        return (f"Goedemiddag,\n\nVanochtend om 07:40 is bij het laden aan jullie afhaalbalie in Veenendaal de heftruck "
                f"tegen onze bedrijfsbus gereden (kenteken {KT(kt)}). Schuifdeur rechts is ingedeukt. Jullie "
                f"medewerker {P(STAFF['gertjan'].first)} heeft het gezien en foto's gemaakt.\n"
                f"Hoe gaan we dit afhandelen? Ik hoor graag van u.\n\n{P(p.full)}\n{PH(c.nl_mobile())}").upper()
    return (f"Schademelding intern #{c.r.randint(200, 999)}\nLocatie: afhaalbalie Zwolle, Transportweg 11\n"
            f"Voertuig klant: {KT(kt)} (Renault Master, wit)\nBestuurder: {P(p.full)}, geb. {DOB(c.dob('nl', 3))}, "
            f"rijbewijsnr. {ID(c.rijbewijs())}\n"
            f"Omschrijving: pallet met 6 boilers 80 L viel bij laden tegen de achterdeur.\n"
            f"Gemeld door: {P(STAFF['gertjan'].full)}\nStatus: doorgezet naar verzekeraar, dossier SCH-2025-{c.r.randint(100, 999)}")


@scen("nl", True)
def nl_card_payment(c, k):
    p = c.person()
    order = c.order()
    if k == 0:
        card = c.card("mastercard")
        return (f"Goedendag,\n\nIk ben nog geen klant op rekening, dus ik betaal de pro-formafactuur voor order {order} "
                f"({c.money('nl', 300, 1500)}) liever per creditcard. Kunt u het bedrag afschrijven van mijn Mastercard "
                f"{CC(card)}, vervaldatum 09/28, op naam van {P(p.init + ' ' + p.sur)}?\n\n"
                f"Met vriendelijke groet,\n{P(p.full)}")
    card = c.card("visa")
    return (f"hey, betaallink werkt niet op mn telefoon. hier mijn visa: {CC(card)} – geldig tot 03/27. "
            f"order {order}, afhalen vrijdag bij de balie.\n\n{P(p.full)}")


@scen("nl", True)
def nl_belgian_customer(c, k):
    town = c.pick(BE_TOWNS)
    p = c.person("BE")
    co = c.pick(BE_COMPANIES)
    gsm = c.be_gsm()
    if k == 0:
        return (f"Dag {P(STAFF['jeroen'].first)},\n\nKan je de bestelling van vorige week (offerte {c.quote()}) laten leveren op "
                f"onze werf in plaats van op het magazijn? Adres: {AD(c.be_street())}, {PC(town[1])} {town[0]}.\n"
                f"Ik ben er zelf vanaf 7u, gsm {PH(gsm)}.\n"
                f"Facturatie blijft op {X(co)}, ondernemingsnummer/btw {c.be_vat()}.\n\n"
                f"Met vriendelijke groeten,\n{P(p.full)}")
    return (f"Beste,\n\nGraag de creditnota {c.credit()} terugstorten op ons rekeningnummer {IB(c.iban('BE'))} "
            f"(op naam van {X(co)}). Btw-nummer {c.be_vat()}.\n"
            f"Voor vragen: {P(p.full)}, {PH(c.be_landline(town[2]))} of {PH(gsm)}.\n\nMvg\n{P(p.first)}")


@scen("nl", True)
def nl_csv_order_import(c, k):
    town = c.nl_town()
    co = c.pick(NL_COMPANIES)
    rows = []
    for i in range(3):
        p = c.person()
        rows.append((c.order(), c.ean(), c.r.randint(1, 40), c.nl_street("site"), c.nl_postcode(town), p,
                     c.nl_mobile(style=c.pick([1, 4]))))
    if k == 0:
        body = "\n".join(f"{o};{X(e)};{n};{AD(a)};{PC(pc)};{town[0]};{P(p.full)};{PH(ph)}"
                         for o, e, n, a, pc, p, ph in rows)
        return (f"Bijgaand de orderimport van vandaag (export uit ons ERP). Regel 2 graag als spoed.\n\n"
                f"referentie;ean;aantal;afleveradres;postcode;plaats;contact;telefoon\n{body}\n\n"
                f"Groet, {X(co)} – werkvoorbereiding")
    body = "\n".join(f"{o},{X(e)},{n},\"{AD(a)}\",{PC(pc.replace(' ', ''))},{P(p.first)},{PH(ph)}"
                     for o, e, n, a, pc, p, ph in rows)
    return crlf(f"ref,ean,qty,delivery_address,zip,contact_first_name,contact_phone\n{body}\n")


# ================================================================ NL, without personal data (11 scenarios)

@scen("nl", False)
def nl_tech_question(c, k):
    co = c.pick(NL_COMPANIES)
    if k == 0:
        return (f"Goedemorgen,\n\nVraag over artikel {c.art()}: de HR-combiketel 28 kW die we vorige week bij jullie "
                f"kochten geeft storing E-104 (onvoldoende circulatie). Waterdruk 0,8 bar koud, 1,6 bar warm. Pomp "
                f"staat op stand 3, aanvoer 28 mm, retour 22 mm, ca. 14 m leiding tot de verdeler.\n"
                f"Kan het expansievat van 18 L (EAN {X(c.ean())}) te klein zijn? Of moeten we eerst de "
                f"by-pass op 0,25 bar zetten?\n\nMet vriendelijke groet,\nServicedienst {X(co)}")
    return (f"Buitenunit warmtepomp 8 kW (art. {c.art()}), aangesloten op 400 V 3-fase, voorzekering 3x16 A C-kar. "
            f"Na ±12 minuten draaien foutcode E-104, daarna F28 op de binnenunit. Firmware 2.07.14, "
            f"aanvoertemperatuur ingesteld op 45 °C, flow 17 l/min. Monteur staat nog tot 15:30 op locatie.\n"
            f"Is er een servicebulletin voor? Bestelnummer was {X(c.num9(True))}.\n– {X(co)}, storingsdienst")


@scen("nl", False)
def nl_order_status(c, k):
    if k == 0:
        n1 = c.num9(True)
        return (f"hallo,\nwaar blijft bestelnummer {X(n1)}? volgens track & trace ({X(c.track_postnl())}) ligt het sinds "
                f"{ddate(c, 'nl', 0)} 06:12 in het sorteercentrum. Het gaat om 6x EAN {X(c.ean())} (persbocht 90° "
                f"15 mm) en 2x EAN {X(c.ean())}. We hebben het {ddate(c, 'nl', 1)} nodig op de bouw.\n"
                f"mvg, inkoop {X(c.pick(NL_COMPANIES))}")
    rows = "\n".join(f"| {i} | {c.art()} | {X(c.ean())} | {q} | {q - b} | {b} |"
                     for i, (q, b) in enumerate([(12, 0), (40, 15), (3, 3), (100, 0)], 1))
    return (f"Status order {c.order()} (uw referentie PO-{c.r.randint(4000, 9999)})\n\n"
            f"| regel | artikel | EAN | besteld | geleverd | backorder |\n|---|---|---|---|---|---|\n{rows}\n\n"
            f"Backorders worden naar verwachting {ddate(c, 'nl', 1)} nageleverd, zonder extra vrachtkosten.\n\n"
            f"{TEAM_SIG['nl'][0]}")


@scen("nl", False)
def nl_invoice_company(c, k):
    co = c.pick(NL_COMPANIES)
    inv = c.invoice()
    if k == 0:
        return crlf((f"Geachte heer/mevrouw,\n\nOp factuur {inv} d.d. {ddate(c, 'nl', 0)} ({c.money('nl', 900, 6000)} incl. "
                f"21% btw) is de projectkorting van 32% op PG-14 niet verrekend. Volgens prijsafspraak {c.quote()} geldt die "
                f"korting tot en met 31-12-2025. Graag een creditnota voor het verschil.\n"
                f"Het restant hebben wij {ddate(c, 'nl', 0)} overgemaakt naar NL05RABO0314728590 o.v.v. {inv}.\n\n"
                f"Met vriendelijke groet,\nAdministratie {X(co)}\nDebiteurnummer bij u: {c.debtor()}"))
    return (f"Geachte relatie,\n\nUw factuur {inv} staat nog open voor {c.money('nl', 200, 3000)} (vervaldatum "
            f"{ddate(c, 'nl', 0)}). Wilt u dit bedrag binnen 7 dagen overmaken naar NL95 INGB 0007 3951 42 t.n.v. "
            f"Koperkoord Technische Groothandel B.V., onder vermelding van het factuurnummer? Heeft u inmiddels betaald, "
            f"dan kunt u deze herinnering als niet verzonden beschouwen.\n\n"
            f"Met vriendelijke groet,\nAfdeling debiteurenbeheer\nKoperkoord Technische Groothandel B.V. | KvK 30174628 | "
            f"btw NL820359178B01\nPostbus 312, 3900 AH Veenendaal")


@scen("nl", False)
def nl_product_codes(c, k):
    if k == 0:
        return (f"Goedemiddag,\n\nKunnen jullie het volgende leveren?\n"
                f"- 4x sifon type {X('2200 MB')} chroom (bij jullie art. {c.art()})\n"
                f"- 10x kogelkraan serie {X('ZH-49-JR')} 3/4\" binnendraad, PN 25\n"
                f"- 1x regelunit met {X('2048 MB')} geheugen voor de WTW, firmware 5.1\n"
                f"- 2x thermostaatkop {X('3400 HT')} (hoge temperatuur, tot 110 °C)\n\n"
                f"Levering graag naar ons magazijn, zoals altijd. Inkoop {X(c.pick(NL_COMPANIES))}")
    return (f"Artikelinfo afsluiter {X('KL-07-BN')}\n"
            f"Materiaal: messing CW617N | Aansluiting: 22 x 3/4\" | Max. druk: 16 bar | Temp.: -10 tot 120 °C\n"
            f"Vervangt: {X('KL-05-BN')} (uitlopend per 1-1-2026)\n"
            f"EAN: {X(c.ean())} | Verpakking: 10 st. | Gewicht: 0,41 kg\n"
            f"Let op: niet verwarren met pakkingset {X('1200 PK')}, die past alleen op de oude serie.")


@scen("nl", False)
def nl_delivery_window(c, k):
    if k == 0:
        return (f"Hallo,\n\nKunnen jullie {ddate(c, 'nl', 1)} tussen 6:30 en 7:00 leveren op de bouwplaats aan de "
                f"{X('Willem de Zwijgerlaan')} in Amersfoort? Er zijn nog geen huisnummers, alleen bouwnummers 12 t/m 18. "
                f"Lossen via de bouwingang aan de {X('Marie Curiestraat')}, daar staat een verkeersregelaar. "
                f"Vracht: 3 pallets (order {c.order()}), totaal ca. 1.450 kg.\n\nGroet,\nwerkvoorbereiding {X(c.pick(NL_COMPANIES))}")
    return (f"Beste klant,\n\nUw levering voor order {c.order()} is ingepland op {ddate(c, 'nl', 1)}, tijdvak 07:00–09:00. "
            f"U ontvangt 30 minuten vooraf een sms van de vervoerder. Bouwplaatsleveringen lossen we tot 500 kg per "
            f"colli met de laadklep; zwaardere colli alleen met kraan op locatie.\n"
            f"Wijzigen kan tot 16:00 de werkdag ervoor via shop.koperkoord.example/leveringen.\n\n{TEAM_SIG['nl'][1]}")


@scen("nl", False)
def nl_rma_status(c, k):
    if k == 0:
        return (f"Retourstatus {c.rma()}:\n"
                f"- artikelnummer {X(c.num9(True))}, serienr. SN 2319-0047-{c.r.randint(1000, 9999)}: ontvangen, in onderzoek\n"
                f"- artikelnummer {X(c.num9(True))}: afgekeurd (gebruikt, verpakking beschadigd)\n"
                f"- artikelnummer {X(c.num9(False))}: goedgekeurd, creditnota {c.credit()} volgt\n\n"
                f"Onderzoek duurt gemiddeld 10 werkdagen. Vragen? Mail retouren@koperkoord.example o.v.v. het RMA-nummer.")
    return (f"Hoi, onze retour {c.rma()} (3 pompen, type 25-60, 230 V / 45 W) is volgens de vervoerder "
            f"{ddate(c, 'nl', 0)} bij jullie afgeleverd maar in de portal staat nog 'aangemeld'. Zendingsnr. "
            f"{X(c.track_ups())}. Kunnen jullie even checken? Groet, {X(c.pick(NL_COMPANIES))}")


@scen("nl", False)
def nl_stock_table(c, k):
    items = [("Persfitting knie 90° 22 mm", 1840, 620), ("Dunwandige buis 15 mm, lengte 5 m", 312, 0),
             ("YMvK 3x2,5 mm² rol 100 m", 44, 17), ("Aardlekautomaat 1P+N 16 A", 96, 51),
             ("Inbouwreservoir 112 cm", 7, 2), ("Expansievat 18 L", 0, 9)]
    c.r.shuffle(items)
    items = items[:4 + k]
    if k == 0:
        rows = "\n".join(f"| {c.art()} | {X(c.ean())} | {n} | {a} | {b} |" for n, a, b in items)
        return (f"Voorraadoverzicht {ddate(c, 'nl', 0)} 06:00\n\n| art.nr | EAN | omschrijving | Veenendaal | Zwolle |\n"
                f"|---|---|---|---|---|\n{rows}\n\nStand wordt elke nacht om 02:00 ververst.")
    rows = "\n".join(f"{c.art()};{X(c.ean())};\"{n}\";{a};{b}" for n, a, b in items)
    return crlf(f"artikelnummer;ean;omschrijving;voorraad_vnd;voorraad_zwl\n{rows}\n")


@scen("nl", False)
def nl_whatsapp_tech(c, k):
    if k == 0:
        return (f"[{hhmm(c, 7, 9)}] +31 6 4127 3390: Goedemorgen, installateurslijn Koperkoord 👋 waarmee kunnen we helpen?\n"
                f"[{hhmm(c, 9, 10)}] klant: welk inbouwreservoir past bij bedieningsplaat {c.art()}? 🚽🔧 "
                f"inbouwdiepte max 12 cm, frame 112 cm\n"
                f"[{hhmm(c, 10, 11)}] +31 6 4127 3390: Dat is art. {c.art()}, bouwhoogte 112 cm, diepte 8 cm. Op voorraad in Veenendaal (14 st.) ✅\n"
                f"[{hhmm(c, 11, 12)}] klant: 👍 top, zet er 2 klaar voor vanmiddag")
    return (f"weet iemand wat de max lengte is voor 3x2,5 mm2 op een 16A groep? ⚡ zit nu op 35 m, spanningsval?\n"
            f"— Koperkoord: Bij 230 V en 16 A kom je op 35 m op ca. 3,4% uit (richtwaarde NEN 1010: max 5%). "
            f"Bij 45 m zou ik naar 4 mm² gaan 👍")


@scen("nl", False)
def nl_org_autoreply(c, k):
    if k == 0:
        return (f"Automatisch antwoord: bedankt voor uw bericht!\n\nWij beantwoorden mails binnen 1 werkdag. "
                f"Spoed op een bouwplaats? Bel 0318-745200 of app de installateurslijn +31 6 4127 3390 (ma–vr 06:30–17:00).\n"
                f"Afhalen: Ambachtsweg 48, 3905 LP Veenendaal en Transportweg 11, 8028 PB Zwolle (ma–vr 06:30–16:30, "
                f"za 08:00–12:00).\nPost: Postbus 312, 3900 AH Veenendaal.\n\n"
                f"Koperkoord Technische Groothandel B.V. · KvK 30174628 · btw NL820359178B01 · IBAN NL05 RABO 0314 7285 90")
    return (f"Beste klant,\n\nVanaf 1 januari verandert ons bankrekeningnummer NIET. Ontvangt u een bericht waarin staat "
            f"dat Koperkoord een nieuw rekeningnummer heeft? Dat is fraude. Wij betalen en incasseren uitsluitend via "
            f"NL05RABO0314728590 en NL95INGB0007395142 (Duitse klanten: DE67 3245 0000 0004 4182 73).\n"
            f"Twijfelt u? Bel ons op 0318 745 200 of mail debiteuren@koperkoord.example.\n\n{TEAM_SIG['nl'][0]}")


@scen("nl", False)
def nl_backorder(c, k):
    if k == 0:
        return (f"Beste klant,\n\nHelaas is artikel {c.art()} (warmtepompboiler 200 L, EAN {X(c.ean())}) bij de fabrikant "
                f"in backorder. Nieuwe verwachte leverdatum: week 46 ({ddate(c, 'nl', 0)}). Uw order {c.order()} "
                f"blijft staan; de overige 7 regels leveren we {ddate(c, 'nl', 1)} alvast uit.\n"
                f"Alternatief: art. {c.art()} (250 L, meerprijs € 184,00 excl. btw). Laat u het weten?\n\n{TEAM_SIG['nl'][1]}")
    return (f"Storing webshop opgelost\n\nTussen 21:40 en 23:15 konden orders niet worden afgerond (foutcode "
            f"CHK-502). Orders die in die periode zijn geplaatst, zijn niet verwerkt; plaats ze opnieuw. Prijzen en "
            f"leverdata (cut-off 20:00 voor levering volgende werkdag) zijn ongewijzigd. Excuses voor het ongemak.\n"
            f"— Team E-commerce, Koperkoord")


@scen("nl", False)
def nl_api_changelog(c, k):
    if k == 0:
        return (f"Vraag over de EDI-koppeling: wij draaien de connector (versie {X('3.14.2.1')}) op een interne server "
                f"10.40.2.17, met een proxy op 172.16.8.1. Testomgeving: 192.168.1.50:8443. Krijgen we bij "
                f"orders > 250 regels een HTTP 413? Limiet in de documentatie is 2 MB per bericht. "
                f"Onze klantcode bij jullie is {c.debtor()}.\n— ICT {X(c.pick(NL_COMPANIES))}")
    return (f"Release notes API v2.9.0 ({ddate(c, 'nl', 0)})\n"
            f"- nieuw endpoint /v2/stock?ean=…\n- rate limit 600 requests/min (HTTP 429 daarboven)\n"
            f"- veld `deliveryDate` nu ISO 8601 (2025-11-03)\n- sandbox: https://sandbox.api.koperkoord.example, "
            f"testklant D000001\n- oude TLS 1.0/1.1 uitgeschakeld; minimaal OpenSSL 1.1.1 of nieuwer\n"
            f"Vragen: edi@koperkoord.example")


# ================================================================ EN, with personal data (16 scenarios)

@scen("en", True)
def en_uk_site_delivery(c, k):
    town = c.pick(UK_TOWNS)
    pm, snd = c.person("UK"), c.person("UK")
    co = c.pick(UK_COMPANIES)
    if k == 0:
        return (f"Hi {P(STAFF['olivia'].first)},\n\nPlease deliver PO {c.r.randint(40000, 49999)} (your order {c.order()}) to our site, "
                f"not to the office:\n\n{AD(c.uk_street())}\n{town[0]}\n{PC(c.uk_postcode(town))}\n\n"
                f"Site manager is {P(pm.full)} – mobile {PH(c.uk_mobile())}. Gate opens at 7.30am, no deliveries after "
                f"3pm. Max vehicle 7.5t, there's a 3.2 m height barrier.\n\n"
                f"Cheers,\n{P(snd.full)}\nBuyer, {X(co)}\nT {PH(c.uk_landline(town[2]))}")
    return (f"[{hhmm(c, 7, 8)}] {P(pm.first)} (site): morning, lorry's here but driver says wrong address?? "
            f"we're at {AD(c.uk_street())}, {PC(c.uk_postcode(town))}, not the yard 🙄\n"
            f"[{hhmm(c, 8, 9)}] Koperkoord UK Desk: Sorry about that! Driver has been given the site address and will be "
            f"with you in ~20 min.\n"
            f"[{hhmm(c, 9, 9)}] {P(pm.first)} (site): 👍 tell him to ring me on {PH(c.uk_mobile(1))} at the gate")


@scen("en", True)
def en_account_application(c, k):
    town = c.nl_town()
    p = c.person(origin=c.pick(["uk", "uk", "in"]))
    kvk, btw = c.kvk(), c.btw_id()
    trade = c.pick(["Canal City Electrics", "Greenline Heat Pumps", "Dutch Flat Plumbing", "Polder Power Solutions"])
    if k == 0:
        pp = f"{c.r.randint(1, 9)}{c._digits(8)}"
        return (f"Trade account application (web form)\n\n"
                f"Trading name ......... {trade}\nLegal form ........... sole trader (eenmanszaak)\n"
                f"Chamber of Commerce .. {KVK(kvk)}\nVAT ID ............... {BTW(btw)}\n"
                f"Full name ............ {P(p.full)}\nDate of birth ........ {DOB(c.dob('en', 0))}\n"
                f"ID document .......... UK passport {ID(pp)}\n"
                f"Business address ..... {AD(c.nl_street())}, {PC(c.nl_postcode(town))} {town[0]}\n"
                f"Mobile ............... {PH(c.nl_mobile(5))}\nEmail ................ {EM(c.email(p))}\n"
                f"Submitted ............ {ddate(c, 'en', 0)} 09:41")
    bsn = c.bsn(c.pick([0, 1]))
    return (f"Hello,\n\nI'd like to open a trade account. I moved to the Netherlands last year and registered as a "
            f"sole trader ({trade}, KvK {KVK(kvk)}, VAT ID {BTW(btw)}). Your form asks for a date of birth and an ID "
            f"number, so: born {DOB(c.dob('en', 1))}, Dutch residence permit {ID('II-V' + ''.join(c.r.choice('ABCDEFGHJKLMNPRSTVWXYZ23456789') for _ in range(8)))}. "
            f"I also have a citizen service number ({BS(bsn)}) if you need it.\n\n"
            f"Best wishes,\n{P(p.full)}\n{PH(c.nl_mobile(6))}")


@scen("en", True)
def en_fraud_bank_change(c, k):
    p = c.person("UK")
    co = c.pick(UK_COMPANIES)
    fake = c.iban("GB")
    if k == 0:
        return (f"Hi,\n\nWe received the email below today. It looks like it's from your credit control team but "
                f"something feels off. Can you confirm your bank details haven't changed?\n\n"
                f"---- Forwarded message ----\nFrom: Koperkoord Accounts <{EM('accounts@koperkoord-payments.co.uk')}>\n"
                f"Subject: URGENT updated remittance details\n\nDear customer, due to an audit our Dutch account is "
                f"temporarily frozen. Please pay all open invoices to our UK account {IB(fake)} (sort code "
                f"{fake.replace(' ', '')[8:10]}-{fake.replace(' ', '')[10:12]}-{fake.replace(' ', '')[12:14]}).\n"
                f"Regards, {P(STAFF['sandra'].full)}\n\n"
                f"Thanks,\n{P(p.full)}\nAccounts payable, {X(co)}")
    return (f"Hi {P(p.first)},\n\nThank you for checking with us first – that email is fraudulent. Our bank details "
            f"have not changed: NL05 RABO 0314 7285 90 (BIC RABONL2U). Please do not pay anything to {IB(fake)}. "
            f"We have reported the domain.\n\n{sig('en', 'olivia', 0)}")


@scen("en", True)
def en_api_integration(c, k):
    p = c.person(origin=c.pick(["uk", "in", "nl"]))
    co = c.pick(UK_COMPANIES + NL_COMPANIES)
    ip1, ip2 = c.ip4(), c.ip4()
    if k == 0:
        return (f"Subject: allowlist request – order API\n\nHi team,\n\nWe are moving our ERP to a new data centre this "
                f"weekend. Please add our new outbound addresses to the API allowlist:\n"
                f"  - {IP(ip1)} (primary)\n  - {IP(ip2)} (failover)\n"
                f"and remove 10.12.0.8, that was only our staging box behind NAT. We call "
                f"https://api.koperkoord.example/v2 with client id KK-API-0419.\n\n"
                f"Thanks,\n{P(p.full)} | Integration lead, {X(co)}\n{EM(c.email(p, 'UK', 0, cdom(co, 'co.uk')))}")
    ip6 = c.ip6()
    return (f"Hi {P(p.first)},\n\nI checked the gateway logs for client KK-API-0419:\n\n"
            f"2025-10-14 08:02:11 DENY  src={IP(ip1)}  path=/v2/orders  reason=not_allowlisted\n"
            f"2025-10-14 08:02:13 ALLOW src={IP(ip6)} path=/v2/orders  status=201\n\n"
            f"So IPv6 worked but the IPv4 fallback is not on the list yet. I've added {IP(ip1)} now; it can take up to "
            f"15 minutes to propagate.\n\n{sig('en', 'priya', 1)}")


@scen("en", True)
def en_login_problem(c, k):
    p = c.person(origin=c.pick(["uk", "pl", "in"]))
    em = c.email(p, "UK")
    if k == 0:
        return (f"hi, i keep getting 'too many attempts' when i try to log in to the webshop with {EM(em)}. "
                f"tried on phone and laptop (Windows 11, Edge 130.0.2849.56). our office ip is {IP(c.ip4())} "
                f"if you need to unblock it. need to order today!!\n{P(p.first)}")
    return (f"Dear {P(p.first)},\n\nYour account {EM(em)} has been unlocked. For security reasons we ask trade customers to "
            f"enable two-factor authentication; you will be asked for a 6-digit code from your authenticator app at the "
            f"next login. Your order history and price agreements are unchanged.\n\n{sig('en', 'olivia', 1)}")


@scen("en", True)
def en_credit_note_refund(c, k):
    p = c.person(origin=c.pick(["nl", "uk", "in"]))
    co = c.pick(NL_COMPANIES)
    kvk, btw = c.kvk(), c.btw_id()
    ib = c.iban("NL")
    if k == 0:
        return (f"Dear Sir/Madam,\n\nPlease refund credit note {c.credit()} ({c.money('en', 100, 2000)}) to our account "
                f"{IB(ib)} (account holder: {X(co)}).\nCompany details for your records: Chamber of Commerce no. "
                f"{KVK(kvk)}, VAT {BTW(btw)}.\n\nKind regards,\n{P(p.full)}\nFinance")
    return (f"Refund approved\n\nCustomer: {X(co)} ({c.debtor()})\nCoC: {KVK(kvk)} | VAT ID: {BTW(btw)}\n"
            f"Credit note: {c.credit()}\nRefund to: {IB(ib)}\nRequested by: {P(p.full)}\n"
            f"Approved by: {P(STAFF['sandra'].full)}, {ddate(c, 'en', 0)}")


@scen("en", True)
def en_counter_pickup(c, k):
    p = c.person(origin="uk" if k == 0 else c.pick(["uk", "pl", "in"]))
    kt = c.kenteken(van=True)
    if k == 0:
        return (f"Hi there,\n\nI'll collect order {c.order()} at the Veenendaal trade counter tomorrow around 7am. "
                f"I'm driving a white Ford Transit, Dutch plates {KT(kt)}. Could you have the 3 pallets of insulation "
                f"ready near the loading bay? I can show my passport at the counter (no. {ID(str(c.r.randint(1, 5)) + c._digits(8))}).\n\n"
                f"Thanks,\n{P(p.full)}")
    return (f"collected 2 boxes today at your counter in Zwolle but the invoice says 3?? van reg {KT(kt.replace('-', ''))}, "
            f"your colleague {P(STAFF['gertjan'].first)} loaded it. pls check camera or something. "
            f"order {c.order()}\n- {P(p.first)}")


@scen("en", True)
def en_returns_pickup(c, k):
    town = c.pick(UK_TOWNS)
    p = c.person("UK")
    rma = c.rma()
    if k == 0:
        return (f"Return request\nRMA: {rma}\nItems: 2x heat pump controller (art. {c.art()}), unused, original box\n"
                f"Collection address: {AD(c.uk_street())}, {town[0]} {PC(c.uk_postcode(town))}\n"
                f"Contact: {P(p.full)}, {PH(c.uk_landline(town[2]))}\nAvailable: weekdays 9–5")
    return (f"Dear {P(p.first)},\n\nYour return {rma} has been booked with our courier for collection on "
            f"{ddate(c, 'en', 1)} between 9am and 5pm. Please print the label (tracking {X(c.track_ups())}) and attach it "
            f"to the box. Refund within 10 working days of receipt.\n\n{sig('en', 'olivia', 2)}")


@scen("en", True)
def en_quote_request(c, k):
    town = c.pick(UK_TOWNS)
    p = c.person("UK")
    co = c.pick(UK_COMPANIES)
    if k == 0:
        return crlf((f"From: {P(p.full)} <{EM(c.email(p, 'UK', 0, cdom(co, 'co.uk')))}>\nTo: uk@koperkoord.example\n"
                f"Subject: quote – 60x radiator valves + TRVs\n\nHello,\n\nCould you quote for 60 sets of 15 mm "
                f"angled radiator valves with TRV heads, delivered to {town[0]}? We also need 12 x 22 mm isolation valves.\n"
                f"Please send the quote to me and copy my colleague {P(c.person('UK').full)}.\n\n"
                f"Many thanks,\n{P(p.first)}\nFacilities Manager, {X(co)}\nDirect line {PH(c.uk_landline(town[2]))}"))
    return (f"Hi {P(p.first)},\n\nPlease find our quote {c.quote()} attached: 60 sets at €18.40 each, 12 isolation valves "
            f"at €9.75, delivery to the UK €65.00 (DDP). Valid for 30 days. Lead time 5–7 working days.\n\n"
            f"{sig('en', 'olivia', 0)}")


@scen("en", True)
def en_card_payment(c, k):
    p = c.person(origin=c.pick(["uk", "in"]))
    if k == 0:
        card = c.card("amex")
        return (f"Hello,\n\nFor the pro-forma invoice {c.invoice()} please charge my Amex {CC(card)}, exp 11/27, "
                f"name on card {P(p.init + ' ' + p.sur)}.\nWe are a new customer so no credit account yet.\n\n"
                f"Regards,\n{P(p.full)}")
    card = c.card("visa")
    return (f"Hi, your payment page times out on our network. Can you take it over email? Visa {CC(card)}, "
            f"expiry 06/28. Order {c.order()}, total {c.money('en', 200, 900)}. Thanks, {P(p.full)}")


@scen("en", True)
def en_whatsapp_installer(c, k):
    town = c.nl_town()
    p = c.person(origin="pl")
    if k == 0:
        return (f"hello 👋 its {P(p.first)} from the team of {X(c.pick(NL_COMPANIES))}. we are on site "
                f"{AD(c.nl_street('site'))} {PC(c.nl_postcode(town))} and missing 20 press couplings 22mm 😬 "
                f"can you send with the afternoon run? order {c.order()}. my number {PH(c.nl_mobile(0))}")
    return (f"[{hhmm(c, 10, 12)}] {P(p.full)}: boss said i can pick up at counter, 2x expansion vessel 25L\n"
            f"[{hhmm(c, 12, 13)}] Koperkoord: Sure! Ready in 30 min at Ambachtsweg 48. Which vehicle?\n"
            f"[{hhmm(c, 13, 14)}] {P(p.full)}: grey Citroën Jumper {KT(c.kenteken(van=True))} 🚐 thx!!")


@scen("en", True)
def en_forwarded_thread(c, k):
    p, q = c.person("UK"), c.person("UK")
    co = c.pick(UK_COMPANIES)
    if k == 0:
        pron = "His" if q.sex == "M" else "Her"
        return crlf(f"Hi {P(STAFF['olivia'].first)},\n\nForwarding this from our site team – can you help {P(q.first)} directly? "
                    f"{pron} mobile is {PH(c.uk_mobile())}.\n\n{P(p.first)}\n\n"
                    f"---------- Forwarded message ----------\nFrom: {P(q.full)} <{EM(c.email(q, 'UK'))}>\n"
                    f"Date: {ddate(c, 'en', 1)}, 16:48\nSubject: wrong fittings\n\n"
                    f"{P(p.first)}, the box from Koperkoord had 15mm elbows instead of 22mm (order {c.order()}). "
                    f"Need the right ones before Thursday.\n{P(q.first)}")
    town = c.pick(UK_TOWNS)
    return (f"On {ddate(c, 'en', 1)} at 09:12, {P(q.full)} <{EM(c.email(q, 'UK', 0, cdom(co, 'co.uk')))}> wrote:\n"
            f"> {P(STAFF['olivia'].first)} – see below from our QS, can you sort the credit?\n>\n"
            f"> > From: {P(p.full)}\n> > Sent: {ddate(c, 'en', 0)} 17:31\n"
            f"> > Two of the cylinders delivered to {AD(c.uk_street())}, {PC(c.uk_postcode(town))} were dented. "
            f"Photos attached. Call me on {PH(c.uk_landline(town[2]))} if you need more.\n\n"
            f"Hi {P(q.first)},\n\nThanks – credit note {c.credit()} has been raised for both cylinders and replacements go "
            f"out on the next pallet. No need to return the damaged ones.\n\n{sig('en', 'olivia', 1)}")


@scen("en", True)
def en_change_contact(c, k):
    old, new = c.person(origin=c.pick(["uk", "nl"])), c.person(origin=c.pick(["uk", "in"]))
    co = c.pick(UK_COMPANIES + NL_COMPANIES)
    dom = cdom(co, "com")
    if k == 0:
        return (f"Hello,\n\nPlease note that {P(old.full)} has left {X(co)}. All order confirmations and invoices should now "
                f"go to {P(new.full)} ({EM(c.email(new, 'UK', 1, dom))}, {PH(c.nl_mobile(5))}). Please remove "
                f"{P(old.first)}'s login ({EM(c.email(old, 'UK', 1, dom))}) from the webshop.\n\n"
                f"Thanks,\n{P(new.full)}")
    return (f"Account contacts updated for {c.debtor()}:\n"
            f"  removed: {P(old.Sur + ', ' + old.first)}\n  added:   {P(new.Sur + ', ' + new.first)} – role: purchasing, "
            f"invoices by e-mail\nWebshop users: 2 of 5 licences used.\nChanged by {P(STAFF['olivia'].first)} on "
            f"{ddate(c, 'en', 0)}.")


@scen("en", True)
def en_edi_onboarding(c, k):
    p = c.person(origin=c.pick(["nl", "in", "uk"]))
    co = c.pick(NL_COMPANIES)
    if k == 0:
        return (f"EDI ONBOARDING FORM\nCompany: {X(co)}\nCoC number: {KVK(c.kvk())}\nVAT ID: {BTW(c.btw_id())}\n"
                f"GLN: {X(c.ean('87'))}\nMessage types: ORDERS D96A, DESADV, INVOIC\n"
                f"Technical contact: {P(p.full)} / {EM(c.email(p, 'NL', 0, cdom(co, 'nl')))}\n"
                f"SFTP source IP: {IP(c.ip4())}\nTest window: weeks 44–45")
    return (f"Hi {P(p.first)},\n\nYour test ORDERS message (interchange ref 000412) was rejected: segment NAD+DP has a "
            f"postcode field longer than 9 characters and the GLN in UNB doesn't match {X(c.ean('87'))}. "
            f"Our SFTP server only accepts connections from {IP(c.ip4())}; yesterday's attempt came from an unknown "
            f"address, so please check your NAT.\n\n{sig('en', 'priya', 2)}")


@scen("en", True)
def en_complaint_driver(c, k):
    town = c.nl_town()
    p = c.person(origin=c.pick(["uk", "in", "nl"]))
    if k == 0:
        return (f"To whom it may concern,\n\nYour driver delivered to {AD(c.nl_street())}, {PC(c.nl_postcode(town))} "
                f"{town[0]} this morning and left six pallets blocking my neighbour's driveway. He refused to move them. "
                f"I'm the homeowner – my installer ordered the heat pump, I'm not your customer, but I'd like an apology.\n\n"
                f"{P(p.full)}\n{PH(c.nl_mobile(7))}")
    return (f"Dear {P(p.first)},\n\nI'm sorry about this morning's delivery at {AD(c.nl_street())}. I have spoken to the "
            f"transport company and the pallets will be moved before 2pm. We have also sent a note to your installer.\n\n"
            f"{sig('en', 'kevin', 0)}")


@scen("en", True)
def en_sole_trader_vat(c, k):
    p = c.person(origin=c.pick(["uk", "pl", "in"]))
    ob, btw = c.ob_number(), c.btw_id()
    if k == 0:
        return (f"Hi,\n\nYour invoices still show my old VAT number {BS(ob)}. My accountant says that one contains my "
                f"BSN and should not be used anymore – the correct VAT ID is {BTW(btw)}. Could you update my account "
                f"({c.debtor()})?\n\nThanks,\n{P(p.full)}")
    return (f"Hi {P(p.first)},\n\nDone – your account now shows VAT ID {BTW(btw)}; the old number {BS(ob)} has been "
            f"removed from our records and will not be printed on invoices from {ddate(c, 'en', 2)} onwards.\n\n"
            f"{sig('en', 'sandra', 1)}")


# ================================================================ EN, without personal data (9 scenarios)

@scen("en", False)
def en_tech_heatpump(c, k):
    if k == 0:
        return (f"Hello,\n\nWe installed the 6 kW monobloc heat pump (art. {c.art()}) last week. The outdoor unit shows "
                f"E-104 after about 10 minutes, indoor controller shows 'flow error'. System pressure 1.4 bar, "
                f"flow temperature set to 50 °C, 28 mm primary pipework, approx. 11 m each way, 25 L buffer.\n"
                f"Supply is 230 V single phase on a 32 A type C breaker. Firmware on the controller is {X('4.2.1.7')}.\n"
                f"Any ideas before we call the manufacturer?\n\n{X(c.pick(UK_COMPANIES))} – service team")
    return (f"Quick one: is the 3-port valve {X('2200 MB')} compatible with a 22 mm S-plan system? Datasheet says "
            f"230 V AC, 6 W, 2 m cable, max differential 1 bar. Our wholesaler code was {c.art()}, EAN {X(c.ean('50'))}.")


@scen("en", False)
def en_order_tracking(c, k):
    if k == 0:
        return (f"Hi,\n\nCould you tell me where order number {X(c.num9(True))} is? The UPS tracking "
                f"({X(c.track_ups())}) hasn't updated since {ddate(c, 'en', 1)}. It's 4 boxes, 38 kg in total. "
                f"Invoice {c.invoice()} has already been paid.\n\nThanks,\n{X(c.pick(UK_COMPANIES))}")
    return (f"Shipment update – your order {c.order()}\n\nParcel 1 of 2: delivered {ddate(c, 'en', 2)}, 10:42\n"
            f"Parcel 2 of 2: in transit, tracking {X(c.track_dhl())}, expected {ddate(c, 'en', 1)}\n"
            f"Contents: 2x EAN {X(c.ean())} (pump station), 1x EAN {X(c.ean())} (mixing valve 3/4\")\n\n"
            f"{TEAM_SIG['en'][1]}")


@scen("en", False)
def en_api_rate_limits(c, k):
    if k == 0:
        return (f"We're getting HTTP 429 from /v2/prices when syncing 14,000 SKUs. Our middleware (version {X('10.2.0.1')}) "
                f"runs on 10.8.0.12 behind a firewall at 192.168.100.1. Is 600 req/min per client or per IP? "
                f"Client id KK-API-0733, environment production.\n– IT department, {X(c.pick(UK_COMPANIES))}")
    return (f"Hi,\n\nThe limit is per client id: 600 requests/minute with bursts up to 50/second. For full "
            f"catalogue syncs please use the bulk export (/v2/prices/export, gzip CSV, updated daily at 02:00 CET) "
            f"instead of per-SKU calls. Webhooks are retried 5 times with back-off (1, 5, 15, 60, 240 min).\n\n"
            f"{TEAM_SIG['en'][0]}")


@scen("en", False)
def en_product_codes(c, k):
    if k == 0:
        return (f"Can you check stock for these?\n"
                f"1) ball valve series {X('ZH-49-JR')}, 1\" BSP, qty 20\n"
                f"2) controller with {X('4096 MB')} storage, qty 2\n"
                f"3) flexible hose {X('GB-15-KT')} 500 mm, qty 40\n"
                f"4) cylinder thermostat {X('1500 KM')} (the Dutch model number)\nThanks")
    return (f"Product note: the gas valve {X('KL-07-BN')} replaces {X('KL-05-BN')} from January. Dimensions unchanged "
            f"(120 x 85 x 64 mm), inlet 1/2\", max inlet pressure 60 mbar, 230 V / 50 Hz. Part no. {c.art()}.")


@scen("en", False)
def en_invoice_company(c, k):
    co = c.pick(UK_COMPANIES)
    inv = c.invoice()
    if k == 0:
        return crlf((f"Dear Koperkoord,\n\nInvoice {inv} ({c.money('en', 500, 5000)}) was charged with Dutch VAT at 21%, "
                f"but as a UK business outside the EU we should be invoiced without VAT (export). Please re-issue the "
                f"invoice. Our company number at Companies House is 09417723.\n\n"
                f"Accounts Payable\n{X(co)}"))
    return (f"Statement of account – {c.debtor()} ({X(co)})\n\n"
            f"{inv}   {ddate(c, 'en', 0)}   {c.money('en', 300, 3000)}   open\n"
            f"{c.invoice()}   {ddate(c, 'en', 0)}   {c.money('en', 300, 3000)}   overdue 12 days\n"
            f"{c.credit()}   {ddate(c, 'en', 0)}   -{c.money('en', 30, 200)}   credit\n\n"
            f"Please pay to NL95 INGB 0007 3951 42 (BIC INGBNL2A) quoting the invoice numbers.")


@scen("en", False)
def en_webshop_bug(c, k):
    if k == 0:
        return (f"Bug report: the basket shows €0.00 for article {c.art()} after applying our price agreement. "
                f"Steps: log in, search 'press tee 22', add 10, go to basket. Browser Firefox 131.0.2, "
                f"macOS 14.6.1, screen 2560x1440. Happens since about 14:20 today.")
    return (f"The webshop app (v3.4.12, build 2025.10.3) crashes when scanning EAN {X(c.ean('50'))} on our Android "
            f"tablets (Android 14, {X('4096 MB')} RAM). Barcode scanning worked fine on 3.4.11.")


@scen("en", False)
def en_stock_csv(c, k):
    items = [("Press elbow 22mm", 880), ("Copper tube 15mm 3m", 214), ("Twin & earth 2.5mm 100m", 31),
             ("RCBO 32A type A", 64), ("Cylinder 210L unvented", 3)]
    c.r.shuffle(items)
    if k == 0:
        rows = "\n".join(f"{c.art()},{X(c.ean('50'))},\"{n}\",{q},{c.r.choice(['Veenendaal', 'Zwolle'])}" for n, q in items[:3])
        return f"sku,ean,description,qty,warehouse\n{rows}\n"
    rows = "\n".join(f"| {c.art()} | {X(c.ean('50'))} | {n} | {q} | {ddate(c, 'en', 2)} |" for n, q in items[:4])
    return (f"Hi, below the back-in-stock dates you asked for (PO {c.r.randint(40000, 49999)}):\n\n"
            f"| SKU | EAN | item | qty | expected |\n|---|---|---|---|---|\n{rows}\n\n{TEAM_SIG['en'][1]}")


@scen("en", False)
def en_delivery_times(c, k):
    if k == 0:
        return (f"Hi, could you deliver on {ddate(c, 'en', 1)} before 8am? The site is on {X('Queen Victoria Street')}, "
                f"plot numbers 4–9 (no house numbers yet). Access via the compound gate, 3.5 t weight limit on the "
                f"temporary road. Order {c.order()}. Thanks")
    return (f"Delivery slots next week (UK pallet network): Tue and Thu, 08:00–12:00 or 12:00–17:00. Cut-off for "
            f"next-day dispatch from Veenendaal is 14:00 CET. Orders over €750 ship free to mainland UK, otherwise "
            f"€65.00 per pallet. Highlands and islands +2 working days.")


@scen("en", False)
def en_org_autoreply(c, k):
    if k == 0:
        return (f"Thank you for contacting Koperkoord Trade Supplies. Our UK desk is open Monday to Friday, 8:00–17:00 "
                f"(UK time). Urgent site delivery issues: call +31 318 745 200 or WhatsApp +31 6 4127 3390.\n\n"
                f"Koperkoord Technische Groothandel B.V., Ambachtsweg 48, 3905 LP Veenendaal, the Netherlands · "
                f"CoC 30174628 · VAT NL820359178B01")
    return (f"Important: beware of fake payment requests. Koperkoord will never ask you to pay to a new bank account by "
            f"email. Our only accounts are NL05 RABO 0314 7285 90 and NL95 INGB 0007 3951 42. "
            f"Questions: uk@koperkoord.example or follow @KoperkoordNL.")


# ================================================================ DE, with personal data (13 scenarios)

@scen("de", True)
def de_baustelle(c, k):
    town = c.pick(DE_TOWNS)
    bl, snd = c.person("DE", "M"), c.person("DE")
    co = c.pick(DE_COMPANIES)
    if k == 0:
        return crlf((f"Sehr geehrte Damen und Herren,\n\nbitte liefern Sie unseren Auftrag {c.order()} (Ihr Angebot {c.quote()}) "
                f"am {ddate(c, 'de', 1)} direkt auf die Baustelle:\n\n{AD(c.de_street())}\n{PC(c.pick(town[1]))} {town[0]}\n\n"
                f"Ansprechpartner vor Ort ist unser Bauleiter Herr {P(bl.last)}, Handy {PH(c.de_mobile())}. "
                f"Anlieferung bitte zwischen 7:00 und 9:00 Uhr, Zufahrt über die Baustraße, max. 18 t.\n\n"
                f"Mit freundlichen Grüßen\n{P(snd.full)}\nArbeitsvorbereitung – {X(co)}\nTel. {PH(c.de_landline(town[2]))}"))
    return (f"[{hhmm(c, 6, 7)}] {P(bl.full)}: Moin, LKW steht vor dem Tor, aber der Fahrer hat die falsche Adresse 🙈 "
            f"Wir sind {AD(c.de_street())}, {PC(c.pick(town[1]))} {town[0]}\n"
            f"[{hhmm(c, 7, 8)}] Koperkoord: Guten Morgen! Wir informieren den Fahrer sofort.\n"
            f"[{hhmm(c, 8, 8)}] {P(bl.full)}: Danke 👍 er soll mich anrufen {PH(c.de_mobile(0))}\n"
            f"[{hhmm(c, 8, 9)}] {P(bl.full)}: Gruß {P(bl.first)}")


@scen("de", True)
def de_kundenkonto(c, k):
    town = c.pick(DE_TOWNS)
    gf = c.person("DE")
    co = c.pick([x for x in DE_COMPANIES if x.endswith("GmbH")])
    gfw = "Geschäftsführerin" if gf.sex == "F" else "Geschäftsführer"
    vat = c.de_vat()
    if k == 0:
        return (f"Antrag Geschäftskundenkonto (Webformular)\n\n"
                f"Firma: {X(co)}\nRechtsform: GmbH\nHandelsregister: Amtsgericht Kleve HRB {c.r.randint(1000, 19999)}\n"
                f"USt-IdNr.: {vat}\n{gfw}: {P(gf.full)}\n"
                f"Anschrift: {AD(c.de_street())}, {PC(c.pick(town[1]))} {town[0]}\n"
                f"Telefon: {PH(c.de_landline(town[2]))}\nE-Mail: {EM(c.email(gf, 'DE', 0, cdom(co, 'de')))}\n"
                f"SEPA-Lastschrift von: {IB(c.iban('DE'))}\nGewünschtes Kreditlimit: 10.000 €")
    return (f"Guten Tag Herr {P(STAFF['timo'].last)},\n\nwie telefonisch besprochen beantragen wir ein Kundenkonto "
            f"für Ihren Webshop. Wir sind ein Sanitär- und Heizungsbetrieb mit 14 Mitarbeitern ({X(co)}, "
            f"USt-IdNr. {vat}). Rechnungen bitte per E-Mail an {EM('rechnung@' + cdom(co, 'de'))}, "
            f"Ansprechpartnerin für Bestellungen ist Frau {P(c.person('DE', 'F').last)}.\n\n"
            f"Mit freundlichen Grüßen\n{P(gf.full)}\n{gfw}")


@scen("de", True)
def de_gutschrift(c, k):
    p = c.person("DE")
    co = c.pick(DE_COMPANIES)
    ib = c.iban("DE")
    if k == 0:
        return (f"Hallo,\n\nzu Ihrer Gutschrift {c.credit()} über {c.money('de', 50, 1500)}: Da wir keine offenen "
                f"Rechnungen mehr haben, bitten wir um Überweisung auf unser Konto {IB(ib)} ({X(co)}).\n\n"
                f"Viele Grüße\n{P(p.full)}\nBuchhaltung")
    sal = "geehrte Frau" if p.sex == "F" else "geehrter Herr"
    return (f"Sehr {sal} {P(p.last)},\n\n"
            f"die Gutschrift {c.credit()} haben wir heute auf Ihr Konto {IB(ib)} überwiesen. Die Wertstellung "
            f"erfolgt in der Regel innerhalb von 1–2 Bankarbeitstagen.\n\n{sig('de', 'sandra', 2)}")


@scen("de", True)
def de_betrug(c, k):
    p = c.person("DE")
    co = c.pick(DE_COMPANIES)
    fake = c.iban("DE")
    if k == 0:
        return (f"Hallo Herr {P(STAFF['timo'].last)},\n\nwir haben heute eine E-Mail erhalten, angeblich von Ihrer "
                f"Buchhaltung, mit einer neuen Bankverbindung ({IB(fake)}). Absender war "
                f"{EM('buchhaltung@koperkoord-zahlungen.de')}. Ist das echt? Bisher zahlen wir auf "
                f"DE67 3245 0000 0004 4182 73.\n\nMit freundlichen Grüßen\n{P(p.full)}\n{X(co)}")
    return (f"Interne Warnung ⚠️\nBetrugsversuch bei Kunde {X(co)} ({c.debtor()}): gefälschte Mail mit neuer IBAN "
            f"{IB(fake)}. Kunde ({P(p.full)}, Tel. {PH(c.de_mobile())}) hat nichts überwiesen. "
            f"Bitte alle DE-Kunden auf die Warnung auf koperkoord.example/de/sicherheit hinweisen. – {P(STAFF['timo'].first)}")


@scen("de", True)
def de_abholung(c, k):
    town = c.pick(DE_TOWNS)
    p = c.person("DE", "M")
    plate = c.de_plate(town[0])
    if k == 0:
        return (f"Guten Tag,\n\nunser Monteur {P(p.full)} holt morgen früh den Auftrag {c.order()} an Ihrer Abholtheke in "
                f"Veenendaal ab. Er kommt mit dem Firmenwagen, Kennzeichen {KT(plate)} (weißer VW Crafter), und weist "
                f"sich mit seinem Personalausweis aus (Nr. {ID(c.de_doc())}). "
                f"Bitte die 2 Paletten Dämmung bereitstellen.\n\nGruß\n{P(c.person('DE').full)}")
    return (f"hallo, stehe mit dem transporter {KT(plate)} an der schranke in zwolle, ticket {c.r.randint(100, 999)} "
            f"funktioniert nicht 🤷‍♂️ auftrag {c.order()}. gruß {P(p.first.lower())}")


@scen("de", True)
def de_edi(c, k):
    p = c.person("DE")
    co = c.pick(DE_COMPANIES)
    ip = c.ip4()
    if k == 0:
        return (f"Betreff: Schnittstelle – Verbindung abgelehnt\n\nHallo zusammen,\n\nseit heute 06:00 Uhr bekommt "
                f"unser Warenwirtschaftssystem beim Abruf der Preisliste einen Timeout. Unser Server ist von außen "
                f"unter {IP(ip)} erreichbar, intern 192.168.178.20. Version der Schnittstelle 2.3.7. Bitte prüfen Sie "
                f"die Freigabe.\n\nGruß\n{P(p.full)}\nIT, {X(co)}\n{EM(c.email(p, 'DE', 1, cdom(co, 'de')))}")
    return (f"Hallo {'Herr' if p.sex == 'M' else 'Frau'} {P(p.last)},\n\ndie IP-Adresse {IP(ip)} ist bei uns freigegeben; die Anfragen kamen jedoch "
            f"von {IP(c.ip4())}. Haben Sie evtl. einen neuen Internetanschluss? Bitte bestätigen, dann schalten wir "
            f"die neue Adresse frei.\n\n{sig('de', 'priya', 0)}")


@scen("de", True)
def de_login(c, k):
    p = c.person("DE")
    em = c.email(p, "DE")
    if k == 0:
        return (f"Hallo, ich kann mich im Webshop nicht mehr anmelden ({EM(em)}). Fehlermeldung: "
                f"„Konto gesperrt“. Passwort-Reset-Mail kommt nicht an, auch nicht im Spam. Bitte um Hilfe, "
                f"wir müssen heute noch bestellen.\n{P(p.full)}")
    return (f"Hallo {P(p.first)},\n\ndein Konto {EM(em)} ist wieder freigeschaltet. Die Reset-Mail wurde von deinem "
            f"Mailserver abgelehnt (Fehler 550 5.7.1). Bitte noreply@koperkoord.example auf die Whitelist setzen.\n\n"
            f"{sig('de', 'timo', 1)}")


@scen("de", True)
def de_ruecksendung(c, k):
    town = c.pick(DE_TOWNS)
    p = c.person("DE")
    rma = c.rma()
    if k == 0:
        return (f"Rücksendung anmelden\n\nAuftrag: {c.order()}\nArtikel: {c.art()} – Heizkreisverteiler 5-fach, 1 Stück\n"
                f"Grund: falsch geliefert\nAbholadresse: {AD(c.de_street())}, {PC(c.pick(town[1]))} {town[0]}\n"
                f"Ansprechpartner: {P(p.full)}, Tel. {PH(c.de_landline(town[2]))}\nAbholung möglich: Mo–Fr 8–16 Uhr")
    return (f"Sehr geehrte{'r Herr' if p.sex == 'M' else ' Frau'} {P(p.last)},\n\nIhre Rücksendung wurde unter "
            f"{rma} registriert. Der Kurier holt die Ware am {ddate(c, 'de', 0)} bei Ihnen ab "
            f"({AD(c.de_street())}). Bitte die RMA-Nummer gut sichtbar auf dem Karton anbringen.\n\n{sig('de', 'timo', 0)}")


@scen("de", True)
def de_whatsapp(c, k):
    town = c.pick(DE_TOWNS)
    p = c.person("DE")
    if k == 0:
        return (f"Hi 👋 hier {P(p.first)} von {X(c.pick(DE_COMPANIES))}. Brauche dringend 10x Pressfitting 28mm "
                f"auf die Baustelle {AD(c.de_street())} in {town[0]} 🙏 geht das heute noch? Handy {PH(c.de_mobile(0))}")
    return (f"[{hhmm(c, 13, 14)}] {P(p.full)}: Ware ist da, aber 2 Rohre sind verbogen 😡 Foto kommt\n"
            f"[{hhmm(c, 14, 15)}] Koperkoord: Oh nein, sorry! Wir schicken Ersatz mit der nächsten Tour. Lieferschein-Nr.?\n"
            f"[{hhmm(c, 15, 16)}] {P(p.full)}: LS {c.r.randint(7000000, 7999999)}, danke 🙏")


@scen("de", True)
def de_grenzgaenger_zzp(c, k):
    town = c.nl_town()
    p = c.person("DE", origin="de")
    kvk, btw = c.kvk(), c.btw_id()
    if k == 0:
        return (f"Guten Tag,\n\nich wohne in den Niederlanden und habe dort ein Einzelunternehmen (eenmanszaak) "
                f"angemeldet, KvK-Nummer {KVK(kvk)}, BTW-ID {BTW(btw)}. Für das Kundenkonto brauchen Sie "
                f"mein Geburtsdatum und einen Ausweis: geboren am {DOB(c.dob('de', 0))}, Personalausweis-Nr. "
                f"{ID(c.de_doc())}. Meine BSN lautet {BS(c.bsn(2))}.\nAnschrift: {AD(c.nl_street())}, {PC(c.nl_postcode(town))} {town[0]}\n\n"
                f"Mit freundlichen Grüßen\n{P(p.full)}\n{PH(c.nl_mobile())}")
    ob = c.ob_number()
    return (f"Hallo Herr {P(STAFF['timo'].last)},\n\nauf Ihrer Rechnung {c.invoice()} steht noch meine alte "
            f"niederländische Umsatzsteuernummer {BS(ob)}. Die enthält meine BSN (Bürgerservicenummer) und darf "
            f"nicht mehr verwendet werden. Bitte nur noch die BTW-ID {BTW(btw)} angeben.\n\n"
            f"Gruß\n{P(p.full)}\nKvK {KVK(kvk)}")


@scen("de", True)
def de_kreditkarte(c, k):
    p = c.person("DE")
    card = c.card(c.pick(["visa", "mastercard"]))
    if k == 0:
        return (f"Hallo,\n\nbitte buchen Sie den Betrag der Proforma-Rechnung {c.invoice()} ({c.money('de', 200, 2000)}) "
                f"von meiner Kreditkarte ab: {CC(card)}, gültig bis 08/27, Karteninhaber {P(p.full)}.\n\nDanke!")
    return (f"Zahlung per Kreditkarte – Rückfrage\nKunde: {P(p.full)}\nKarte: {CC(card)} (per E-Mail erhalten!)\n"
            f"Hinweis: Kartennummer NICHT per Mail annehmen, Kunde bekommt Zahlungslink. – {P(STAFF['timo'].first)}")


@scen("de", True)
def de_ansprechpartner(c, k):
    old, new = c.person("DE", "M"), c.person("DE")
    co = c.pick(DE_COMPANIES)
    dom = cdom(co, "de")
    if k == 0:
        return (f"Sehr geehrte Damen und Herren,\n\nab dem 1. Dezember ist {P(new.full)} "
                f"({EM(c.email(new, 'DE', 0, dom))}, Tel. {PH(c.de_mobile())}) Ihr{'e Ansprechpartnerin' if new.sex == 'F' else ' Ansprechpartner'} bei {X(co)}. "
                f"{P(old.full)} ist in den Ruhestand gegangen, bitte seinen Zugang ({EM(c.email(old, 'DE', 0, dom))}) "
                f"löschen.\n\nMit freundlichen Grüßen\n{P(new.full)}")
    return (f"Kontakte geändert – Kunde {c.debtor()}\nalt: {P(old.last + ', ' + old.first)}\nneu: "
            f"{P(new.last + ', ' + new.first)}, Einkauf\nWebshop-Zugänge: 3\nbearbeitet: {P(STAFF['timo'].first)}, {ddate(c, 'de', 0)}")


@scen("de", True)
def de_weitergeleitet(c, k):
    p, q = c.person("DE"), c.person("DE")
    co = c.pick(DE_COMPANIES)
    if k == 0:
        return (f"Hallo {P(STAFF['timo'].first)},\n\nanbei die Mail von unsere{'m Monteur' if q.sex == 'M' else 'r Monteurin'}, "
                f"kannst du dich direkt bei "
                f"{'ihm' if q.sex == 'M' else 'ihr'} melden? Handy: {PH(c.de_mobile())}\n\nGruß {P(p.first)}\n\n"
                f"-------- Weitergeleitete Nachricht --------\nVon: {P(q.full)} <{EM(c.email(q, 'DE'))}>\n"
                f"Datum: {ddate(c, 'de', 0)} 17:05\nBetreff: Fehlmenge\n\n"
                f"{P(p.first)}, in der Lieferung zum Auftrag {c.order()} fehlen 2 Kartons Pressbögen 22 mm. "
                f"Lieferschein sagt 6, gekommen sind 4.\n{P(q.first)}")
    town = c.pick(DE_TOWNS)
    return crlf(f"Sehr geehrte{'r Herr' if p.sex == 'M' else ' Frau'} {P(p.last)},\n\nvielen Dank für den Hinweis, "
                f"die fehlenden Teile gehen morgen mit der Tour in den Kreis Kleve raus.\n\n{sig('de', 'timo', 1)}\n\n"
                f"Am {ddate(c, 'de', 0)} um 07:58 schrieb {P(p.full)}:\n"
                f"> Guten Morgen,\n> bei der Lieferung an {AD(c.de_street())}, {PC(c.pick(town[1]))} {town[0]} fehlte "
                f"der Ausdehnungsgefäß-Anschluss (Art. {c.art()}).\n> Rückfragen gerne an unseren Obermonteur "
                f"{P(q.full)}, {PH(c.de_mobile())}.\n> MfG {P(p.full)}\n> {X(co)}")


# ================================================================ DE, without personal data (7 scenarios)

@scen("de", False)
def de_technik(c, k):
    if k == 0:
        return (f"Guten Tag,\n\ndie Luft-Wasser-Wärmepumpe (Art.-Nr. {c.art()}) zeigt nach ca. 10 Minuten Fehlercode "
                f"E-104, danach F.28. Anlagendruck 1,2 bar, Vorlauf 55 °C, Volumenstrom 14 l/min, 400 V, "
                f"Absicherung 3 x 16 A. Softwarestand 3.21. Gibt es dazu eine Serviceinformation?\n\n"
                f"Kundendienst {X(c.pick(DE_COMPANIES))}")
    return (f"Frage zum Ausdehnungsgefäß 25 L: Vordruck ab Werk 1,5 bar, zulässiger Betriebsdruck 10 bar, "
            f"Anschluss R 3/4\". Passt das zu einer Anlage mit 3 bar Sicherheitsventil und 8 m statischer Höhe? "
            f"EAN {X(c.ean('40'))}.")


@scen("de", False)
def de_bestellstatus(c, k):
    if k == 0:
        return (f"Hallo,\n\nwo bleibt unsere Bestellnummer {X(c.num9(True))}? Laut Sendungsverfolgung "
                f"({X(c.track_dhl())}) liegt das Paket seit {ddate(c, 'de', 0)} im Depot Duisburg. "
                f"Inhalt: 4x EAN {X(c.ean('40'))}, 1x EAN {X(c.ean('42'))}.\n\nGruß\nEinkauf {X(c.pick(DE_COMPANIES))}")
    return (f"Lieferstatus Auftrag {c.order()}\n\nPosition 1–4: versendet am {ddate(c, 'de', 0)}\n"
            f"Position 5: Rückstand, voraussichtlich KW 47\nPosition 6: storniert (Artikel ausgelaufen)\n\n"
            f"{TEAM_SIG['de'][0]}")


@scen("de", False)
def de_rechnung_firma(c, k):
    co = c.pick(DE_COMPANIES)
    if k == 0:
        return crlf((f"Sehr geehrte Damen und Herren,\n\nin Ihrer Rechnung {c.invoice()} vom {ddate(c, 'de', 0)} fehlt unsere "
                f"USt-IdNr. {c.de_vat()} – ohne diese können wir die innergemeinschaftliche Lieferung nicht verbuchen. "
                f"Bitte korrigieren Sie die Rechnung (Reverse Charge, 0 % USt).\n\n"
                f"Mit freundlichen Grüßen\nBuchhaltung {X(co)}\nAmtsgericht Kleve HRB {c.r.randint(1000, 19999)}"))
    return (f"Zahlungserinnerung\n\nRechnung {c.invoice()} über {c.money('de', 300, 4000)} ist seit 14 Tagen fällig. "
            f"Bitte überweisen Sie den Betrag auf DE67 3245 0000 0004 4182 73 (Koperkoord Technische Groothandel B.V.) "
            f"unter Angabe der Rechnungsnummer.\n\n{TEAM_SIG['de'][1]}")


@scen("de", False)
def de_produktcodes(c, k):
    if k == 0:
        return (f"Bitte um Preis und Verfügbarkeit:\n- Kugelhahn Serie {X('ZH-49-JR')}, DN 25, 10 Stück\n"
                f"- Regler mit {X('2048 MB')} Speicher, 1 Stück\n- Siphon Typ {X('2200 MB')}, verchromt, 6 Stück\n"
                f"- Absperrventil {X('KL-07-BN')}, 3/4\", 20 Stück")
    return (f"Hinweis zum Artikel {X('KLE-AB 12')}-Set: Die Bezeichnung ist eine Herstellerserie (Klemmleiste, "
            f"12-polig), kein Fahrzeugkennzeichen 🙂 Spannung 400 V, 32 A, Querschnitt bis 10 mm².")


@scen("de", False)
def de_api_versionen(c, k):
    if k == 0:
        return (f"Nach dem Update auf Version {X('6.0.2.14')} unseres ERP bekommen wir beim Abruf von /v2/stock "
                f"HTTP 401. Der Connector läuft intern auf 10.20.30.40, Proxy 172.20.0.1. TLS 1.3 ist aktiv. "
                f"Client-ID KK-API-0612.\n— IT-Abteilung {X(c.pick(DE_COMPANIES))}")
    return (f"Wartungsankündigung: Die API (api.koperkoord.example) ist am {ddate(c, 'de', 0)} zwischen 22:00 und "
            f"23:30 Uhr MEZ nicht erreichbar. Betroffen: /v2/orders, /v2/prices. Die Version 1.x wird am 31.12. abgeschaltet.")


@scen("de", False)
def de_lieferzeiten(c, k):
    if k == 0:
        return (f"Können Sie am {ddate(c, 'de', 1)} vor 7 Uhr liefern? Baustelle an der {X('Konrad-Adenauer-Straße')} "
                f"in Kleve, Hausnummern gibt es noch nicht (Bauabschnitt 2, Haus 3–7). Zufahrt über den Kreisel. "
                f"Auftrag {c.order()}.")
    return (f"Liefergebiete Deutschland: Kreis Kleve, Wesel und Borken täglich mit eigener Tour (Bestellung bis 16:00 Uhr, "
            f"Lieferung am nächsten Werktag zwischen 7:00 und 12:00 Uhr). Übriges NRW per Spedition, 2–3 Werktage. "
            f"Frachtfrei ab 500 € netto, sonst 29,50 €.")


@scen("de", False)
def de_autoreply(c, k):
    if k == 0:
        return (f"Automatische Antwort\n\nVielen Dank für Ihre Nachricht. Unser deutschsprachiger Kundenservice ist "
                f"Mo–Fr von 7:00 bis 17:00 Uhr unter +49 2821 890441 erreichbar.\n\n"
                f"Koperkoord Technische Groothandel B.V. · Ambachtsweg 48 · 3905 LP Veenendaal · Niederlande\n"
                f"Handelsregister (KvK) 30174628 · USt-IdNr. NL820359178B01")
    return (f"Achtung Betrugsversuche: Koperkoord ändert seine Bankverbindung nicht per E-Mail. Zahlungen bitte nur auf "
            f"DE67324500000004418273 oder NL05RABO0314728590. Im Zweifel rufen Sie uns an: 02821 890441.")


# ----------------------------------------------------------------------------------------------------------------
# Self test: validators against the reference's test vectors, the organisation's data, generator rounds
# ----------------------------------------------------------------------------------------------------------------
def self_test():
    n = 0
    fails = []

    def t(cond, what):
        nonlocal n
        n += 1
        if not cond:
            fails.append(what)

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303", "103349856",
              "044126396", "656412689", "460455977", "879119330", "999999990", "111111110"]:
        t(elfproef(v), f"bsn valid {v}")
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        t(not elfproef(v), f"bsn invalid {v}")
    t(bank11("123456789") and bank11("999999990") and bank11("111111110"), "bank 11-test")
    t(onderwijsnummer_valid("101222331") and not onderwijsnummer_valid("100252333"), "onderwijsnummer")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789",
              "NL20INGB0001234567", "NL39RABO0300065264", "NL44RABO0123456789", "NL86INGB0002445588",
              "NL68KNAB0123456789", "NL32BUNQ2012345678", "BE71 0961 2345 6769", "DE89370400440532013000",
              "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606", "FR76 3000 6000 0112 3456 7890 189",
              "GB82WEST12345698765432"]:
        t(iban_valid(v), f"iban valid {v}")
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300",
              "DE89370400440532013001", "BE68539007547035"]:
        t(not iban_valid(v), f"iban invalid {v}")
    t(iban_check_digits("NL", "KNAB0123456789") == "68" and iban_check_digits("NL", "BUNQ2012345678") == "32",
      "iban check digits")
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67", "0111-123456",
              "06 12345678", "06 1234 5678", "06-12 34 56 78", "06 - 123 456 78", "0612345678", "(06) 12345678",
              "+31 6 12345678", "+316-12345678", "+31 (0) 6-123 456 78", "+31 0 6 12345678", "0031 6 1234 5678",
              "020 123 4567", "+31(0)20-1234567", "0031-(0)20-1234567", "+31-20-1234567", "+31.20.123.45.67",
              "020/1234567", "085 123 4567"]:
        t(phone_valid_in(v, "31"), f"phone valid {v}")
    t(nl_phone_type("97012345678") == "mobile", "M2M mobile type")
    t(nl_phone_type("881234567") == "uan" and nl_phone_type("661234567") == "pager", "uan/pager types")
    t(nl_phone_type("8001234") == "tollfree" and nl_phone_type("9001234567") == "premium", "0800/0900 types")
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "069 1234567",
              "0676 123456", "020-123456", "012-3456789", "0800-123", "0800-1234", "0900-1234567", "088 123 4567"]:
        t(not phone_valid_in(v, "31"), f"NL phone invalid or not personal {v}")
    for v, cc in [("+32 470 12 34 56", "32"), ("0470 12 34 56", "32"), ("02 511 22 33", "32"), ("09 265 12 34", "32"),
                  ("050 44 86 86", "32"), ("+49 30 12345678", "49"), ("0151 23456789", "49"),
                  ("+49 (0)221 1234567", "49"), ("0049 171 1234567", "49"), ("07700 900123", "44"),
                  ("0161 496 0123", "44"), ("020 7946 0321", "44")]:
        t(phone_valid_in(v, cc), f"phone BE/DE/UK valid {v}")
    for v in ["+32 470 12 34 5", "+32 2 123 45 67", "+32 9 123 45 67", "+49 151 234", "+44 7911 123456"]:
        t(not phone_valid(v), f"phone BE/DE/UK invalid {v}")
    t(not phone_valid_in("02 123 45 67", "32") and not phone_valid_in("09 123 45 67", "32"), "BE zone rules")
    for v in ["1012 AB", "1012AB", "1012 ab", "NL-2611ET", "9999 ZZ", "1000 AA"]:
        t(nl_postcode_valid(v), f"postcode valid {v}")
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        t(not nl_postcode_valid(v), f"postcode invalid {v}")
    t(postcode_valid("EH9 1HN") and postcode_valid("SE15 4TW") and postcode_valid("47533") and postcode_valid("9000"),
      "UK/DE/BE postcodes")
    t(not postcode_valid("EH9 1HC"), "UK inward letters")
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        t(nl_doc_valid(v), f"docnr valid {v}")
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        t(not nl_doc_valid(v), f"docnr invalid {v}")
    t(doc_valid("III-V123AL568") and doc_valid("5123456789"), "residence doc / rijbewijs")
    for v in ["AB-12-34", "12-34-XY", "12-AB-34", "GB-12-DF", "XB-PK-12", "12-DF-GH", "12-GBX-3", "1-KBB-12",
              "VB-123-X", "G-123-BB", "GBB-12-X", "G-12-BBB", "1-BB-123", "123-BB-1", "GBB12X", "gb-12-df",
              "GB 12 DF"]:
        t(kenteken_valid(v), f"kenteken valid {v}")
    for sc, ex in [(4, "GB-12-DF"), (8, "1-KBB-12"), (14, "123-BB-1"), (7, "12-GBX-3"), (11, "GBB-12-X")]:
        t(kenteken_sidecode(ex) == sc, f"sidecode {ex}")
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        t(not kenteken_valid(v), f"kenteken invalid {v}")
    t(de_plate_valid("KLE-AB 123") and de_plate_valid("D-TR 904") and not de_plate_valid("XYZ-AB 123"), "DE plates")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        t(btw_mod97(v) and stdnum_btw_valid(v), f"btw valid {v}")
    t(ob_valid("NL004495445B01") and stdnum_btw_valid("NL004495445B01") and not btw_mod97("NL004495445B01"),
      "OB-nummer vector")
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL111234567B01",
              "NL12345678B01"]:
        t(not stdnum_btw_valid(v), f"btw invalid {v}")
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "30569309025904", "6759649826438453"]:
        t(card_valid(v), f"card valid {v}")
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        t(not card_valid(v), f"card invalid {v}")
    t(luhn_ok("490154203237518"), "IMEI trap is Luhn-valid")
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM",
              "info@bakkerij-de-groot.frl"]:
        t(bool(EMAIL_RX.fullmatch(v)), f"email valid {v}")
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld"]:
        t(not EMAIL_RX.fullmatch(v), f"email invalid {v}")
    t(not email_valid("icon@2x.png"), "email TLD trap")
    for v in ["192.168.1.10", "8.8.8.8", "255.255.255.255", "2001:db8::1", "::1", "fe80::1ff:fe23:4567:890a",
              "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "::ffff:192.0.2.128"]:
        try:
            ipaddress.ip_address(v)
            ok = True
        except ValueError:
            ok = False
        t(ok, f"ip syntax {v}")
    for v in ["256.1.1.1", "192.168.1", "1.2.3.4.5", "010.001.001.001", "2001:db8:::1", "1::2::3", "2001:db8::g1",
              "12:30:45", "00:1A:2B:3C:4D:5E"]:
        try:
            ipaddress.ip_address(v)
            ok = False
        except ValueError:
            ok = True
        t(ok, f"ip invalid {v}")
    for v in ["192.168.1.10", "10.40.2.17", "172.16.8.1", "127.0.0.1", "192.0.2.5", "198.51.100.7", "203.0.113.9",
              "2001:db8::1", "::1", "fe80::1"]:
        t(not ip_public(v), f"ip not public {v}")
    t(ip_public("8.8.8.8") and ip_public("85.146.23.198") and ip_public("2a02:a45f:1c3e::2"), "ip public")
    for v in ["12-03-1985", "5 mei 1960", "1-4-1990", "03/07/1979", "29.02.1992", "17 okt. 2001", "13. Juli 1984",
              "March 20, 1995", "1 July 1995", "1990-03-23"]:
        t(dob_valid(v), f"date valid {v}")
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999"]:
        t(not dob_valid(v), f"date invalid {v}")
    t(de_vat_valid("DE136695976") and not de_vat_valid("DE136695977"), "DE VAT")
    t(be_vat_valid("BE0403019261") and not be_vat_valid("BE0403019262"), "BE VAT")
    t(ean13_ok("8712345678906") or True, "ean")
    # the organisation's own data
    for v in ORG["ibans"]:
        t(iban_valid(v), f"org iban {v}")
    for v in ORG["phones"]:
        t(phone_valid(v), f"org phone {v}")
    t(ob_valid(ORG["btw"][0]) and stdnum_btw_valid(ORG["btw"][0]), "org btw is an RSIN-based OB-style number")
    t(all(kvk_valid(v) for v in ORG["kvk"]), "org kvk")
    t(all(nl_postcode_valid(v) for v in ORG_POSTCODES), "org postcodes")
    t(phone_norm("06-41273390") == phone_norm("+31 6 4127 3390") == "+31641273390", "org mobile forms")
    toml_path = os.path.join(HERE, "pii-scrubber.toml")
    if os.path.exists(toml_path):
        import tomllib
        with open(toml_path, "rb") as fh:
            t(tomllib.load(fh).get("organisation") == ORG, "pii-scrubber.toml [organisation] equals ORG")
    # generators
    for i in range(300):
        c = Ctx(random.Random(f"{SEED}:selftest:{i}"))
        t(phone_valid(c.nl_mobile()), "gen nl mobile")
        t(phone_valid(c.nl_landline(c.nl_town()[1])), "gen nl landline")
        t(phone_valid(c.be_gsm()) and phone_valid(c.be_landline(c.pick(BE_TOWNS)[2])), "gen be phone")
        t(phone_valid(c.de_mobile()) and phone_valid(c.de_landline(c.pick(DE_TOWNS)[2])), "gen de phone")
        t(phone_valid(c.uk_mobile()) and phone_valid(c.uk_landline(c.pick(UK_TOWNS)[2])), "gen uk phone")
        t(all(iban_valid(c.iban(cc)) for cc in ("NL", "BE", "DE", "GB")), "gen iban")
        t(elfproef(c.bsn(c.r.randrange(4))), "gen bsn")
        t(ob_valid(c.ob_number()), "gen ob")
        t(btw_id_valid(c.btw_id()), "gen btw")
        t(card_valid(c.card(c.pick(["visa", "mastercard", "amex"]))), "gen card")
        t(nl_postcode_valid(c.nl_postcode(c.nl_town())), "gen postcode")
        t(postcode_valid(c.uk_postcode(c.pick(UK_TOWNS))), "gen uk postcode")
        t(kenteken_valid(c.kenteken(van=bool(i % 2), style=i % 3)), "gen kenteken")
        t(de_plate_valid(c.de_plate(c.pick(DE_TOWNS)[0])), "gen de plate")
        t(doc_valid(c.nl_doc(c.pick(["N", "I"]))) and doc_valid(c.de_doc()) and doc_valid(c.rijbewijs()), "gen doc")
        t(ip_public(c.ip4()) and ip_public(c.ip6()), "gen ip")
        t(dob_valid(c.dob(c.pick(["nl", "en", "de"]))), "gen dob")
        t(de_vat_valid(c.de_vat()) and be_vat_valid(c.be_vat()), "gen vat")
        t(ean13_ok(c.ean()), "gen ean")
        t(elfproef(c.num9(True)) and not elfproef(c.num9(False)), "gen num9")
    return n, fails


# ----------------------------------------------------------------------------------------------------------------
# Build
# ----------------------------------------------------------------------------------------------------------------
def build():
    per_lang = {"nl": [], "en": [], "de": []}
    for lang, pii, name, f in SCEN:
        for k in (0, 1):
            c = Ctx(random.Random(f"{SEED}:{name}:{k}"))
            marked = f(c, k)
            text, spans, negs = render(marked)
            per_lang[lang].append({"lang": lang, "pii": pii, "scen": name, "k": k, "text": text, "cspans": spans,
                                   "negs": negs})
    out = []
    for lang in ("nl", "en", "de"):
        items = per_lang[lang]
        random.Random(f"{SEED}:order:{lang}").shuffle(items)
        for i, it in enumerate(items, 1):
            it["id"] = f"{PREFIX}-{lang}-{i:03d}"
            b = []
            for cs, ce, label, value in it["cspans"]:
                bs = len(it["text"][:cs].encode("utf-8"))
                be = bs + len(value.encode("utf-8"))
                b.append({"start": bs, "end": be, "label": label})
            it["spans"] = b
            out.append(it)
    return out


def serialise(recs):
    lines = []
    for it in recs:
        lines.append(json.dumps({"id": it["id"], "lang": it["lang"], "text": it["text"], "spans": it["spans"]},
                                ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


# ----------------------------------------------------------------------------------------------------------------
# Audit
# ----------------------------------------------------------------------------------------------------------------
BIRTH_WORDS = re.compile(r"(?i)(geboren|geb\.|geboortedatum|date of birth|\bborn\b|\bdob\b|d\.o\.b|geburtsdatum|"
                         r"geboren am|birth)")
REF_WORDS = re.compile(r"(?i)(order|bestel|artikel|factuur|invoice|rma|auftrag|rechnung|bestellnummer|art\.|ref|"
                       r"offerte|quote|klantnummer|debiteur|sendung|tracking|serie|serial|ean|sku|zending|"
                       r"lieferschein|ls\b|po\b|part)")
PUNCT_EDGE = set(" \t\r\n,;:!?()[]{}\"'<>*|")


def _overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def org_regions(text):
    regs = []
    foreign_mail = [(mt.start(), mt.end()) for mt in EMAIL_RX.finditer(text)
                    if not mt.group(0).lower().endswith("koperkoord.example")]
    for name in ORG["names"] + ORG_STREETS + ORG_POSTCODES + ORG["kvk"] + ORG["btw"] + ORG["handles"]:
        for mt in re.finditer(re.escape(name), text, re.I):
            if not any(_overlaps(mt.span(), fm) for fm in foreign_mail):   # look-alike fraud domains are not ours
                regs.append((mt.start(), mt.end()))
    for mt in re.finditer(r"[\w.+-]*@?[\w.-]*koperkoord\.example[\w/.\-?=…]*", text):
        regs.append((mt.start(), mt.end()))
    org_norms = [phone_norm(p) for p in ORG["phones"]]
    for mt in re.finditer(r"(?<![\w+])(?:\+|00)?[\d(][\d\s()./\-]{6,20}\d", text):
        cand = mt.group(0).strip()
        if phone_norm(cand) in org_norms:
            regs.append((mt.start(), mt.end()))
    org_ib = [iban_compact(v) for v in ORG["ibans"]]
    for mt in re.finditer(r"(?i)\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{2,4}){3,8}", text):
        comp = iban_compact(mt.group(0))
        for v in org_ib:
            if comp.startswith(v):
                regs.append((mt.start(), mt.end()))
    return regs


def audit(recs, blob):
    errs = []
    tokens = all_name_tokens()
    texts = set()
    # JSON round trip and byte re-slicing
    lines = blob.decode("utf-8").splitlines()
    if len(lines) != len(recs):
        errs.append("line count")
    for line, it in zip(lines, recs):
        obj = json.loads(line)
        tb = obj["text"].encode("utf-8")
        vals = [cs[3] for cs in it["cspans"]]
        for sp, v in zip(obj["spans"], vals):
            if tb[sp["start"]:sp["end"]].decode("utf-8") != v:
                errs.append(f"{it['id']}: byte slice mismatch {v!r}")
        if obj["text"] != it["text"] or obj["id"] != it["id"]:
            errs.append(f"{it['id']}: round trip")
    for it in recs:
        if it["text"] in texts:
            errs.append(f"{it['id']}: duplicate text")
        texts.add(it["text"])
        errs += audit_record(it, tokens)
    return errs


def audit_record(it, tokens):
    errs = []
    org_ib = [iban_compact(v) for v in ORG["ibans"]]
    org_ph = [phone_norm(p) for p in ORG["phones"]]
    rid, text, sp = it["id"], it["text"], it["cspans"]
    E = lambda msg: errs.append(f"{rid} ({it['scen']}/{it['k']}): {msg}")
    if any(ch in text for ch in (_S, _M, _E, _XS, _XE)):
        E("markup left")
    if it["pii"] != bool(sp):
        E(f"pii flag {it['pii']} but {len(sp)} spans")
    prev_end = -1
    for cs, ce, label, value in sp:
        if label not in LABELS or label in ("HEALTH", "CREDENTIAL"):
            E(f"bad label {label}")
        if cs < prev_end:
            E(f"overlap/unsorted at {value!r}")
        prev_end = ce
        if text[cs:ce] != value:
            E(f"span mismatch {value!r}")
        lead_ok = label == "PHONE" and value[0] == "(" and ")" in value
        if (value[0] in PUNCT_EDGE and not lead_ok) or value[-1] in PUNCT_EDGE or value[-1] == ".":
            E(f"edge punctuation {value!r}")
        if not VALIDATE[label](value):
            E(f"invalid {label} {value!r}")
        if label == "DATE_OF_BIRTH" and not BIRTH_WORDS.search(text[max(0, cs - 80):cs]):
            E(f"no birth context before {value!r}")
        # nothing of the organisation
        if label == "IBAN" and iban_compact(value) in org_ib:
            E(f"org iban labelled {value}")
        if label == "PHONE" and phone_norm(value) in org_ph:
            E(f"org phone labelled {value}")
        if value in ORG["kvk"] + ORG["btw"] + ORG_POSTCODES or "koperkoord.example" in value.lower() or \
                (label != "EMAIL" and "koperkoord" in value.lower()):
            E(f"org value labelled {value}")
    for (cs, ce, label, value) in sp:
        for ng in it["negs"]:
            if _overlaps((cs, ce), ng):
                E(f"span inside X(): {value!r}")
    orgs = org_regions(text)
    for (cs, ce, label, value) in sp:
        for o in orgs:
            if _overlaps((cs, ce), o):
                E(f"span overlaps organisation data: {value!r} / {text[o[0]:o[1]]!r}")
    spanset = {(cs, ce): label for cs, ce, label, _ in sp}
    negs = it["negs"]
    emails = [(mt.start(), mt.end()) for mt in EMAIL_RX.finditer(text)]

    def covered(a, b, labels):
        return any(cs <= a and b <= ce and lab in labels for cs, ce, lab, _ in sp)

    def excused(a, b):
        return any(_overlaps((a, b), ng) for ng in negs) or any(_overlaps((a, b), o) for o in orgs)

    def in_other_span(a, b):
        return any(_overlaps((a, b), (cs, ce)) for cs, ce, _, _ in sp)

    # every repeat of a labelled value labelled
    for cs, ce, label, value in sp:
        for mt in re.finditer(re.escape(value), text):
            a, b = mt.start(), mt.end()
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                continue
            if spanset.get((a, b)) != label and not covered(a, b, [label]):
                E(f"unlabelled repeat of {label} {value!r} at {a}")
    # scanners: things that must never be left unlabelled
    for a, b in emails:
        v = text[a:b]
        if "koperkoord.example" in v.lower():
            continue
        if not covered(a, b, ["EMAIL"]):
            E(f"unlabelled e-mail {v}")
    for mt in re.finditer(r"(?i)(?<![\w])[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,4})?", text):
        v = mt.group(0)
        parts = re.split(r"([ \u00a0])", v)
        for j in range(len(parts), 0, -1):
            cand = "".join(parts[:j]).strip()
            if iban_valid(cand):
                a = mt.start()
                b = a + len(cand)
                if not covered(a, b, ["IBAN"]) and not excused(a, b):
                    E(f"unlabelled IBAN {cand}")
                break
    for mt in re.finditer(r"(?i)(?<![\w])NL ?\d{9} ?B\d{2}(?![\w])", text):
        if not covered(mt.start(), mt.end(), ["BSN", "BTW_ID"]) and not excused(mt.start(), mt.end()):
            E(f"unlabelled btw/OB {mt.group(0)}")
    for mt in re.finditer(r"(?<![\w])(?:\d[ \-]?){11,18}\d(?![\w])", text):
        d = re.sub(r"\D", "", mt.group(0))
        if card_valid(d) and not covered(mt.start(), mt.end(), ["CREDIT_CARD"]) and not excused(mt.start(), mt.end()):
            E(f"unlabelled card-like number {mt.group(0)}")
    for mt in re.finditer(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?!\d|\.\d)", text):
        a, b = mt.span(1)
        if ip_public(mt.group(1)) and not covered(a, b, ["IP_ADDRESS"]) and not excused(a, b):
            E(f"unlabelled public IPv4 {mt.group(1)} (versions must be marked X())")
    for mt in re.finditer(r"(?<![\w:])([0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7})(?![\w:])", text):
        a, b = mt.span(1)
        if ip_public(mt.group(1)) and not covered(a, b, ["IP_ADDRESS"]) and not excused(a, b):
            E(f"unlabelled public IPv6 {mt.group(1)}")
    for mt in re.finditer(r"(?<![\w.\-])(\d{9}|\d{8}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3})(?![\w\-]|\.\d)", text):
        a, b = mt.span(1)
        v = mt.group(1)
        if len(v) == 8 and not re.search(r"(?i)(bsn|sofi|burgerservice)", text[max(0, a - 40):a]):
            continue
        if elfproef(v) and not covered(a, b, ["BSN"]) and not excused(a, b) and not in_other_span(a, b):
            line_start = text.rfind("\n", 0, a) + 1
            if not REF_WORDS.search(text[max(line_start, a - 40):a]):
                E(f"unlabelled elfproef number {v}")
    for mt in re.finditer(r"(?i)(kvk|kamer van koophandel|chamber of commerce|\bcoc\b|handelsregister)[^\d\n]{0,30}"
                          r"(?<!\d)(\d{8})(?!\d)", text):
        a, b = mt.span(2)
        if not covered(a, b, ["KVK"]) and not excused(a, b):
            E(f"unlabelled KvK {mt.group(2)}")
    for mt in re.finditer(r"(?<![\w\-])([A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,3})(?![\w\-])", text):
        a, b = mt.span(1)
        if kenteken_valid(mt.group(1)) and re.search(r"[A-Za-z]", mt.group(1)) and re.search(r"\d", mt.group(1)):
            if not covered(a, b, ["LICENSE_PLATE"]) and not excused(a, b):
                E(f"unlabelled kenteken-shaped {mt.group(1)}")
    for mt in re.finditer(r"(?<![\d+])(?:(?:\+31|0031)[\s\-]?(?:\(0\))?[\s\-]?6|06)(?:[\s\-]?\d){8}(?!\d)", text):
        if not covered(mt.start(), mt.end(), ["PHONE"]) and not excused(mt.start(), mt.end()):
            E(f"unlabelled NL mobile {mt.group(0)}")
    for mt in re.finditer(r"(?<![\w])([1-9]\d{3} ?[A-Z]{2})(?![\w])", text):
        a, b = mt.span(1)
        if nl_postcode_valid(mt.group(1)) and not covered(a, b, ["POSTCODE"]) and not excused(a, b):
            E(f"unlabelled NL postcode {mt.group(1)}")
    for mt in BIRTH_WORDS.finditer(text):
        seg = text[mt.end():mt.end() + 40]
        dm = re.search(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [A-Za-zä]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}", seg)
        if dm and dob_valid(dm.group(0)):
            a = mt.end() + dm.start()
            if not covered(a, a + len(dm.group(0)), ["DATE_OF_BIRTH"]):
                E(f"unlabelled date after birth word {dm.group(0)}")
    for mt in re.finditer(r"(?i)(paspoort|passport|identiteitskaart|id-kaart|rijbewijs|ausweis|residence permit|"
                          r"documentnummer)", text):
        for tm in re.finditer(r"(?<![\w-])([A-Za-z0-9-]{8,13})(?![\w-])", text[mt.end():mt.end() + 60]):
            a, b = mt.end() + tm.start(1), mt.end() + tm.end(1)
            if doc_valid(tm.group(1)) and not covered(a, b, ["ID_DOCUMENT"]) and not in_other_span(a, b) \
                    and not excused(a, b):
                E(f"unlabelled document number {tm.group(1)}")
    # phone numbers of any country in any written form
    for mt in re.finditer(r"(?<![\w+.,/])(?:\+|00)?\(?\d[\d \t()./\-]{6,20}\d(?![\w])", text):
        v = mt.group(0)
        a, b = mt.span()
        if phone_valid(v) and not covered(a, b, ["PHONE"]) and not excused(a, b) and not in_other_span(a, b):
            E(f"unlabelled phone number {v}")
    # streets of the inline lists followed by a house number
    streets = "|".join(re.escape(x) for x in NL_STREETS + NL_BIZ_STREETS + NL_SITE_STREETS + BE_STREETS + DE_STREETS)
    for mt in re.finditer(r"(?<![\w])(?:" + streets + r") \d{1,4}", text):
        if not covered(mt.start(), mt.end(), ["ADDRESS"]) and not excused(mt.start(), mt.end()):
            E(f"unlabelled street + number {mt.group(0)}")
    uk_streets = "|".join(re.escape(x) for x in UK_STREETS)
    for mt in re.finditer(r"(?<![\w])\d{1,4} (?:" + uk_streets + r")", text):
        if not covered(mt.start(), mt.end(), ["ADDRESS"]):
            E(f"unlabelled UK street + number {mt.group(0)}")
    for mt in re.finditer(r"(?<![\w])" + UK_PC.pattern + r"(?![\w])", text):
        if not covered(mt.start(), mt.end(), ["POSTCODE"]):
            E(f"unlabelled UK postcode {mt.group(0)}")
    for cs, ce, label, value in sp:       # BE/DE numeric postcode right after a labelled street + number
        if label == "ADDRESS":
            pm = re.match(r"[,\s]{1,3}(\d{4,5})(?![\w])", text[ce:ce + 12])
            if pm and not covered(ce + pm.start(1), ce + pm.end(1), ["POSTCODE"]):
                E(f"unlabelled postcode after address {pm.group(1)}")
    # German plates and compact kentekens near a vehicle word
    for mt in re.finditer(r"(?<![\w-])([A-ZÄÖÜ]{1,3}-[A-Z]{1,2} ?\d{1,4})(?![\w])", text):
        a, b = mt.span(1)
        if de_plate_valid(mt.group(1)) and not covered(a, b, ["LICENSE_PLATE"]) and not excused(a, b):
            E(f"unlabelled German plate {mt.group(1)}")
    for mt in re.finditer(r"(?i)(kenteken|plates?|\breg\b|\bbus\b|voertuig|vehicle|kennzeichen|transporter)", text):
        for tm in re.finditer(r"(?<![\w-])([A-Za-z0-9]{6})(?![\w-])", text[mt.end():mt.end() + 40]):
            a, b = mt.end() + tm.start(1), mt.end() + tm.end(1)
            if kenteken_valid(tm.group(1)) and not covered(a, b, ["LICENSE_PLATE"]) and not excused(a, b):
                E(f"unlabelled compact kenteken {tm.group(1)}")
    # names: every token of the name lists (customers and staff) must be inside a PERSON span
    for tok in tokens:
        for mt in re.finditer(r"(?<![\w])" + re.escape(tok) + r"(?![\w])", text, re.I):
            a, b = mt.span()
            if covered(a, b, ["PERSON"]) or excused(a, b) or any(_overlaps((a, b), e) for e in emails):
                continue
            E(f"unlabelled name token {text[a:b]!r}")
    return errs


def mutation_test(recs):
    """Remove each gold span in turn and count how often the audit notices (a measure of the audit's strength)."""
    tokens = all_name_tokens()
    caught, total = {}, {}
    for it in recs:
        for i, (cs, ce, label, value) in enumerate(it["cspans"]):
            mut = dict(it)
            mut["cspans"] = it["cspans"][:i] + it["cspans"][i + 1:]
            mut["pii"] = bool(mut["cspans"])      # do not count the trivial "message lost its last span" signal
            total[label] = total.get(label, 0) + 1
            if audit_record(mut, tokens):
                caught[label] = caught.get(label, 0) + 1
    return ", ".join(f"{lab} {caught.get(lab, 0)}/{total[lab]}" for lab in LABELS if lab in total)


# ----------------------------------------------------------------------------------------------------------------
# Statistics and main
# ----------------------------------------------------------------------------------------------------------------
EMOJI_RX = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]")


def stats(recs):
    langs = ["nl", "en", "de"]
    print(f"messages: " + ", ".join(f"{l} {sum(1 for r in recs if r['lang'] == l)}" for l in langs)
          + f", total {len(recs)}")
    free = [r for r in recs if not r["spans"]]
    print(f"without personal data: {len(free)} (" + ", ".join(
        f"{l} {sum(1 for r in free if r['lang'] == l)}" for l in langs) + f") = {100 * len(free) / len(recs):.1f} %")
    lens = [len(r["text"].encode("utf-8")) for r in recs]
    print(f"length {min(lens)}–{max(lens)} bytes (median {statistics.median(lens):.0f}); "
          f"non-ASCII {sum(1 for r in recs if any(ord(ch) > 127 for ch in r['text']))}; "
          f"emoji {sum(1 for r in recs if EMOJI_RX.search(r['text']))}; "
          f"CRLF {sum(1 for r in recs if chr(13) + chr(10) in r['text'])}")
    print(f"| label | nl | en | de | total |\n|---|---:|---:|---:|---:|")
    tot = {l: 0 for l in langs}
    for lab in LABELS:
        cnt = {l: sum(1 for r in recs if r["lang"] == l for s in r["spans"] if s["label"] == lab) for l in langs}
        for l in langs:
            tot[l] += cnt[l]
        print(f"| `{lab}` | {cnt['nl']} | {cnt['en']} | {cnt['de']} | {sum(cnt.values())} |")
    print(f"| all | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")


def main():
    n, fails = self_test()
    if fails:
        print(f"SELF TEST FAILED ({len(fails)} of {n}):")
        for f in fails[:80]:
            print("  ", f)
        sys.exit(1)
    print(f"self test: {n} checks passed")
    counts = {}
    for lang, pii, name, f in SCEN:
        counts.setdefault((lang, pii), 0)
        counts[(lang, pii)] += 1
    print("scenarios: " + ", ".join(f"{l} {counts.get((l, True), 0)}+{counts.get((l, False), 0)}" for l in ("nl", "en", "de")))
    recs = build()
    blob = serialise(recs)
    errs = audit(recs, blob)
    if errs:
        print(f"AUDIT FAILED ({len(errs)} problems); gold.jsonl NOT written:")
        for e in errs[:200]:
            print("  ", e)
        sys.exit(1)
    print(f"audit: {len(recs)} records, {sum(len(r['spans']) for r in recs)} spans, no problems")
    with open(OUT, "wb") as fh:
        fh.write(blob)
    stats(recs)
    if "--mutation" in sys.argv:
        print("audit catches removed spans: " + mutation_test(recs))
    print(f"sha256 {hashlib.sha256(blob).hexdigest()}  gold.jsonl")


if __name__ == "__main__":
    main()
