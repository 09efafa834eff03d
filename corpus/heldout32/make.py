#!/usr/bin/env python3
"""heldout32 — held-out evaluation set for a Dutch border municipality (Gemeente Slingeveld).

Deterministic generator, Python 3.11 standard library only.  Every message instance gets its own
random.Random seeded with a *string* (hashed with SHA-512 by `random`, so PYTHONHASHSEED has no effect).

    python3 make.py            # self test + build + audit; writes gold.jsonl only if everything passes

Written blind: no detector code, rules, tests or outputs were consulted (see README.md).
"""
import hashlib
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata
from datetime import date, timedelta

SEED = "heldout32/slingeveld/v1"
HERE = os.path.dirname(os.path.abspath(__file__))
YEAR_NOW = 2025
PREFIX = "h32"

LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# ════════════════════════════════════════════════════════════════════════════════════════════════
# Validators (re-implemented from the rules in shared/reference/dutch-pii-formats.md)
# ════════════════════════════════════════════════════════════════════════════════════════════════

def digits_only(s):
    return re.sub(r"\D", "", s)


def bsn_ok(s):
    d = re.sub(r"[ .\-]", "", s)
    if not d.isdigit() or len(d) not in (8, 9):
        return False
    d = d.zfill(9)
    if int(d) == 0:
        return False
    return (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 0


def onderwijsnummer_ok(s):
    d = re.sub(r"[ .\-]", "", s)
    if not d.isdigit() or len(d) != 9 or not d.startswith("10"):
        return False
    return (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 5


def bank11_ok(s):
    d = re.sub(r"[ .\-]", "", s)
    if not d.isdigit() or len(d) not in (9, 10):
        return False
    n = len(d)
    return sum((n - i) * int(d[i]) for i in range(n)) % 11 == 0


def mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


IBAN_SPEC = {
    "NL": (18, r"[A-Z]{4}\d{10}"),
    "BE": (16, r"\d{12}"),
    "DE": (22, r"\d{18}"),
    "GB": (22, r"[A-Z]{4}\d{14}"),
    "FR": (27, r"\d{10}[A-Z0-9]{11}\d{2}"),
    "PL": (28, r"\d{24}"),
    "LU": (20, r"\d{3}[A-Z0-9]{13}"),
}


def iban_compact(s):
    return re.sub(r"[\s.\-\u00a0]", "", s).upper()


def iban_ok(s):
    c = iban_compact(s)
    spec = IBAN_SPEC.get(c[:2])
    if not spec or len(c) != spec[0] or not c[2:4].isdigit() or not re.fullmatch(spec[1], c[4:]):
        return False
    if mod97(c[4:] + c[:4]) != 1:
        return False
    if c[:2] == "BE" and (int(c[4:14]) % 97 or 97) != int(c[14:16]):
        return False
    return True


def iban_make(cc, bban):
    return f"{cc}{98 - mod97(bban + cc + '00'):02d}{bban}"


def btw_compact(s):
    c = re.sub(r"[\s.\-]", "", s).upper()
    return c if c.startswith("NL") else "NL" + c


def btw_id_ok(s):
    """New-style btw-identificatienummer: NL + 9 digits + B + 2 digits, MOD 97-10 in place."""
    c = btw_compact(s)
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", c)) and c[-2:] != "00" and mod97(c) == 1


def ob_nummer_ok(s):
    """Old omzetbelastingnummer: BSN/RSIN (elfproef) + B + 2 digits."""
    c = btw_compact(s)
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", c)) and c[-2:] != "00" and bsn_ok(c[2:11])


def btw_any_ok(s):
    return btw_id_ok(s) or ob_nummer_ok(s)


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def card_iin_ok(d):
    n = len(d)
    p2, p3, p4, p6 = int(d[:2]), int(d[:3]), int(d[:4]), int(d[:6])
    if d[0] == "4":
        return n in (13, 16, 19)
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
        return n == 16
    if p2 in (34, 37):
        return n == 15
    if p4 == 6011 or 644 <= p3 <= 649 or p2 == 65 or 622126 <= p6 <= 622925:
        return 16 <= n <= 19
    if 3528 <= p4 <= 3589:
        return 16 <= n <= 19
    if 300 <= p3 <= 305 or p4 == 3095 or p2 in (36, 38, 39):
        return 14 <= n <= 19
    if p2 == 50 or 56 <= p2 <= 69:
        return 12 <= n <= 19
    return False


def card_ok(s):
    d = re.sub(r"[ \-]", "", s)
    return d.isdigit() and 12 <= len(d) <= 19 and card_iin_ok(d) and luhn_ok(d)


# ── phones ──────────────────────────────────────────────────────────────────────────────────────
NL_FIXED = re.compile(
    r"(?:1(?:[035]\d|1[13-578]|6[124-8]|7[24]|8[0-467])|2(?:[0346]\d|2[2-46-9]|5[125]|9[479])"
    r"|3(?:[03568]\d|1[3-8]|2[01]|4[1-8])|4(?:[0356]\d|1[1-368]|7[58]|8[15-8]|9[23579])"
    r"|5(?:[0358]\d|[19][1-9]|2[1-57-9]|4[13-8]|6[126]|7[0-3578])|7\d\d)\d{6}")
NL_MOBILE = re.compile(r"(?:6[1-58]|970\d)\d{7}")
NL_VOIP = re.compile(r"(?:85|91)\d{7}")
NL_PAGER = re.compile(r"66\d{7}")
NL_TOLL = re.compile(r"800\d{4,7}")
NL_PREMIUM = re.compile(r"90[069]\d{4,7}")
NL_UAN = re.compile(r"140(?:1[035]|2[0346]|3[03568]|4[0356]|5[0358]|8[458])"
                    r"|(?:140(?:1[16-8]|2[259]|3[124]|4[17-9]|5[124679]|7)|8[478]\d{6})\d")


def _nsn(s, cc):
    """National significant number for country code cc ('31', '32', '49', '44'); None if not parseable."""
    t = re.sub(r"[\s\-./\u00a0]", "", s.strip())
    intl = None
    if t.startswith("+" + cc):
        intl = t[1 + len(cc):]
    elif t.startswith("00" + cc):
        intl = t[2 + len(cc):]
    if intl is not None:
        intl = intl.replace("(0)", "")
        if intl.startswith("("):
            return None
        if intl.startswith("0"):
            intl = intl[1:]
        return intl if intl.isdigit() else None
    if t.startswith("(0"):
        t = t.replace("(", "", 1).replace(")", "", 1)
    if t.startswith("0") and not t.startswith("00"):
        r = t[1:]
        return r if r.isdigit() else None
    return None


def nl_phone_type(s):
    t = re.sub(r"[\s\-]", "", s)
    if re.fullmatch(r"14\d{3,4}", t):
        return "uan" if NL_UAN.fullmatch(t) else None
    n = _nsn(s, "31")
    if n is None:
        return None
    for name, rx in (("mobile", NL_MOBILE), ("fixed", NL_FIXED), ("voip", NL_VOIP), ("pager", NL_PAGER),
                     ("toll", NL_TOLL), ("premium", NL_PREMIUM), ("uan", NL_UAN)):
        if rx.fullmatch(n):
            return name
    return None


def nl_phone_ok(s):
    """A personal NL number: mobile, geographic or VoIP (not 0800/090x/088/14-numbers)."""
    return nl_phone_type(s) in ("mobile", "fixed", "voip")


def be_phone_ok(s):
    n = _nsn(s, "32")
    if not n:
        return False
    if re.fullmatch(r"4[5-9]\d{7}", n):
        return True
    if len(n) != 8:
        return False
    if n[0] in "23":
        return n[1] in "2345678"
    if n[0] == "9":
        return n[1] in "234"
    if n[0] == "4":
        return n[1] in "1234"
    return n[0] in "15678" and not n.startswith("80")


DE_AREAS = {"30", "40", "69", "89", "221", "211", "241", "251", "2871", "2872", "2861", "2562", "2563",
            "2564", "2561", "2406", "2821", "2822", "2565", "2566", "2541"}


def de_phone_ok(s):
    n = _nsn(s, "49")
    if not n:
        return False
    if re.fullmatch(r"15\d{9}|1[67]\d{8,9}", n):
        return True
    for a in DE_AREAS:
        if n.startswith(a):
            rest = n[len(a):]
            if 4 <= len(rest) <= 8 and rest[0] != "0" and 9 <= len(n) <= 11:
                return True
    return False


UK_DRAMA = re.compile(r"7700900\d{3}|(?:113|114|115|116|117|118|121|131|141|151|161|191)4960\d{3}|2079460\d{3}")


def uk_phone_ok(s):
    n = _nsn(s, "44")
    return bool(n and UK_DRAMA.fullmatch(n))


def phone_ok(s):
    return nl_phone_ok(s) or be_phone_ok(s) or de_phone_ok(s) or uk_phone_ok(s)


# ── postcodes / documents / plates ───────────────────────────────────────────────────────────────
def nl_postcode_ok(s):
    c = re.sub(r"[\s\-]", "", s).upper()
    if c.startswith("NL"):
        c = c[2:]
    return bool(re.fullmatch(r"[1-9]\d{3}[A-Z]{2}", c)) and c[4:] not in ("SA", "SD", "SS")


def be_postcode_ok(s):
    return bool(re.fullmatch(r"[1-9]\d{3}", s))


def de_postcode_ok(s):
    return bool(re.fullmatch(r"\d{5}", s)) and 1001 <= int(s) <= 99998


UK_PC = re.compile(r"[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}")


def uk_postcode_ok(s):
    return bool(UK_PC.fullmatch(s))


def postcode_ok(s):
    return nl_postcode_ok(s) or be_postcode_ok(s) or de_postcode_ok(s) or uk_postcode_ok(s)


def nl_doc_ok(s):
    c = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}[0-9]", c)) and "O" not in c


def residence_doc_ok(s):
    return bool(re.fullmatch(r"(?:I|II|III|IV|V)-V[A-NP-Z1-9]{8}", s))


DE_DOC_CHARS = "CFGHJKLMNPRTVWXYZ0123456789"


def de_doc_ok(s):
    return len(s) == 9 and all(c in DE_DOC_CHARS for c in s) and s[0] in "CFGHJKLMNPRTVWXY" \
        and any(c.isdigit() for c in s)


def nine_digit_passport_ok(s):
    return bool(re.fullmatch(r"[1-9]\d{8}", s))


def rijbewijs_ok(s):
    return bool(re.fullmatch(r"[1-9]\d{9}", s))


def id_document_ok(s):
    return nl_doc_ok(s) or residence_doc_ok(s) or de_doc_ok(s) or nine_digit_passport_ok(s) or rijbewijs_ok(s)


SIDECODES = {1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX",
             7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX",
             13: "9-XX-999", 14: "999-XX-9"}
KT_LETTERS = "BDFGHJKLNPRSTVXZ"          # what we generate
KT_LETTERS_OK = KT_LETTERS + "MWY"      # what the validator accepts for modern side codes
KT_BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS"]


def _shape(s):
    return "".join("X" if c.isalpha() else "9" if c.isdigit() else c for c in s)


def kenteken_sidecode(s):
    t = s.strip().upper()
    if not re.fullmatch(r"[A-Z0-9]+(?:[- ][A-Z0-9]+){0,2}", t):
        return None
    groups = re.split(r"[- ]", t)
    compact = "".join(groups)
    if len(compact) != 6:
        return None
    sc = None
    for k, pat in SIDECODES.items():
        if _shape(compact) == pat.replace("-", ""):
            if len(groups) == 1 or [len(x) for x in groups] == [len(x) for x in pat.split("-")]:
                sc = k
    if sc is None:
        return None
    letter_groups = re.findall(r"[A-Z]+", "-".join(groups) if len(groups) > 1 else
                               "-".join(_split_by_pattern(compact, SIDECODES[sc])))
    banned = list(KT_BANNED) + (["KVT", "VVD"] if sc >= 8 else []) + (["SP"] if sc >= 13 else [])
    for lg in letter_groups:
        if sc >= 4 and any(c not in KT_LETTERS_OK for c in lg):
            return None
        if any(b in lg for b in banned):
            return None
    return sc


def _split_by_pattern(compact, pat):
    out, i = [], 0
    for g in pat.split("-"):
        out.append(compact[i:i + len(g)])
        i += len(g)
    return out


DE_DISTRICTS = {"BOR", "COE", "ST", "MS", "KLE", "WES", "AC", "HS", "DN", "D", "K", "E", "DO", "BOH", "AH", "RE"}


def de_plate_ok(s):
    mm = re.fullmatch(r"([A-ZÄÖÜ]{1,3})[- ]([A-Z]{1,2})[ -]?([1-9]\d{0,3})([EH]?)", s.strip())
    if not mm or mm.group(1) not in DE_DISTRICTS:
        return False
    return len(mm.group(1)) + len(mm.group(2)) + len(mm.group(3)) <= 8


def plate_ok(s):
    return kenteken_sidecode(s) is not None or de_plate_ok(s)


# ── e-mail / IP / dates ──────────────────────────────────────────────────────────────────────────
EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
                      r"[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")
TLDS = {"nl", "com", "de", "be", "uk", "net", "org", "eu", "frl", "info", "example", "io", "in", "pl", "ua",
        "tr", "ma", "me"}


def email_ok(s):
    return bool(EMAIL_RE.fullmatch(s)) and s.rsplit(".", 1)[1].lower() in TLDS and "@@" not in s


def ip_ok(s):
    if re.fullmatch(r"\d+(?:\.\d+){3}", s) and any(len(p) > 1 and p[0] == "0" for p in s.split(".")):
        return False
    try:
        return ipaddress.ip_address(s).is_global
    except ValueError:
        return False


MONTHS = {
    # nl
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "febr": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dec": 12,
    # en
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10,
    "mar": 3, "oct": 10,
    # de
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "dezember": 12,
}
MONTH_NAMES = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}
_MONTH_ALT = "|".join(sorted({k for k in MONTHS}, key=len, reverse=True))
DATE_RES = [
    re.compile(r"(?<!\d)(\d{1,2})([-/. ])(\d{1,2})\2(\d{4}|'\d{2}|\d{2})(?!\d)"),
    re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"),
    re.compile(r"(?i)(?<!\d)(\d{1,2})\.? (" + _MONTH_ALT + r")\.? (\d{4})(?!\d)"),
    re.compile(r"(?i)\b(" + _MONTH_ALT + r")\.? (\d{1,2}),? (\d{4})(?!\d)"),
]


def parse_date(s):
    s = s.strip()
    mm = DATE_RES[1].fullmatch(s)
    if mm:
        y, mo, d = int(mm.group(1)), int(mm.group(2)), int(mm.group(3))
    else:
        mm = DATE_RES[0].fullmatch(s)
        if mm:
            d, mo, ys = int(mm.group(1)), int(mm.group(3)), mm.group(4).lstrip("'")
            y = int(ys) if len(ys) == 4 else (1900 + int(ys) if int(ys) > 25 else 2000 + int(ys))
        else:
            mm = DATE_RES[2].fullmatch(s)
            if mm:
                d, mo, y = int(mm.group(1)), MONTHS.get(mm.group(2).lower()), int(mm.group(3))
            else:
                mm = DATE_RES[3].fullmatch(s)
                if not mm:
                    return None
                mo, d, y = MONTHS.get(mm.group(1).lower()), int(mm.group(2)), int(mm.group(3))
    if not mo:
        return None
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def dob_ok(s):
    d = parse_date(s)
    return d is not None and 1900 <= d.year <= YEAR_NOW


VALIDATORS = {
    "PERSON": lambda s: bool(re.search(r"[^\W\d_]", s)) and not s.startswith("@"),
    "EMAIL": email_ok,
    "PHONE": phone_ok,
    "IBAN": iban_ok,
    "BSN": lambda s: bsn_ok(s) or ob_nummer_ok(s),
    "ADDRESS": lambda s: bool(re.search(r"\d", s)) and bool(re.search(r"[^\W\d_]{2}", s)),
    "POSTCODE": postcode_ok,
    "CREDIT_CARD": card_ok,
    "IP_ADDRESS": ip_ok,
    "DATE_OF_BIRTH": dob_ok,
    "ID_DOCUMENT": id_document_ok,
    "LICENSE_PLATE": plate_ok,
    "BTW_ID": btw_id_ok,
    "KVK": lambda s: bool(re.fullmatch(r"\d{8}", s)),
}

# ════════════════════════════════════════════════════════════════════════════════════════════════
# The organisation (never labelled)
# ════════════════════════════════════════════════════════════════════════════════════════════════
ORG = {
    "names": ["Gemeente Slingeveld", "Slingeveld", "KCC Slingeveld", "Klantcontactcentrum Slingeveld",
              "Burgerzaken Slingeveld", "Milieupark Slingeveld", "Gemeinde Slingeveld",
              "Municipality of Slingeveld", "Grenzinfopunkt Slingeveld"],
    "domains": ["slingeveld.example"],
    "phones": ["14 0543", "0543 57 20 00", "06 3188 2740"],
    "ibans": ["NL62BNGH0285441720", "NL68INGB0007664318"],
    "addresses": ["Stadhuisplein 1, 7115 RG Slingeveld", "Postbus 1000, 7110 AA Slingeveld",
                  "Nijverheidsweg 31, 7117 HN Slingeveld"],
    "kvk": ["50983124"],
    "btw": ["NL001926457B01"],
    "handles": ["@GemSlingeveld", "@gemeenteslingeveld"],
}
# every written form of the organisation's data used in the texts (masked before the scanners run)
ORG_FORMS = [
    "14 0543", "140543", "0543 57 20 00", "(0543) 57 20 00", "0543-572000", "+31 543 57 20 00",
    "+31 (0)543 572 000", "+31 543 572000", "06 3188 2740", "06-31882740", "+31 6 3188 2740",
    "+31 6 31 88 27 40", "0031 6 3188 2740",
    "NL62 BNGH 0285 4417 20", "NL62BNGH0285441720", "NL68 INGB 0007 6643 18", "NL68INGB0007664318",
    "Stadhuisplein 1", "7115 RG", "7115RG", "Postbus 1000", "POSTBUS 1000", "7110 AA", "Nijverheidsweg 31",
    "7117 HN", "50983124", "NL001926457B01", "0019.26.457.B01", "NL 0019.26.457.B01",
    "@GemSlingeveld", "@gemeenteslingeveld",
]
ORG_DOMAIN_RE = re.compile(r"[\w.+-]*@?[\w.-]*slingeveld\.example[\w/.\-?=#]*")
ORG_POSTCODES = {"7115RG", "7110AA", "7117HN"}
ORG_PHONE_NSN = {"140543", "543572000", "631882740"}
ORG_STREETS = ["Stadhuisplein 1", "Postbus 1000", "Nijverheidsweg 31"]

# ════════════════════════════════════════════════════════════════════════════════════════════════
# Self test
# ════════════════════════════════════════════════════════════════════════════════════════════════

def self_test():
    checks = []

    def ck(name, got, want):
        checks.append((name, got == want))
        if got != want:
            print(f"SELF-TEST FAIL {name}: got {got!r}, want {want!r}")

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303",
              "103349856", "044126396", "656412689", "460455977", "879119330", "999999990", "111111110"]:
        ck(f"bsn {v}", bsn_ok(v), True)
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        ck(f"bsn {v}", bsn_ok(v), False)
    ck("bank11 123456789", bank11_ok("123456789"), True)
    ck("bank11 999999990", bank11_ok("999999990"), True)
    ck("onderwijs 101222331", onderwijsnummer_ok("101222331"), True)
    ck("onderwijs 100252333", onderwijsnummer_ok("100252333"), False)
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789",
              "NL20INGB0001234567", "NL39RABO0300065264", "NL44RABO0123456789", "NL86INGB0002445588",
              "NL68KNAB0123456789", "NL32BUNQ2012345678", "BE71 0961 2345 6769", "BE68539007547034",
              "DE89370400440532013000", "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606",
              "FR76 3000 6000 0112 3456 7890 189", "GB82WEST12345698765432"]:
        ck(f"iban {v}", iban_ok(v), True)
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300",
              "DE89370400440532013001", "BE68539007547035"]:
        ck(f"iban {v}", iban_ok(v), False)
    ck("iban make NL91", iban_make("NL", "ABNA0417164300"), "NL91ABNA0417164300")
    ck("iban make DE89", iban_make("DE", "370400440532013000"), "DE89370400440532013000")
    ck("iban make GB82", iban_make("GB", "WEST12345698765432"), "GB82WEST12345698765432")
    nl_ph = {"06-12345678": "mobile", "+31 (0)6 1234 5678": "mobile", "0031612345678": "mobile",
             "020-1234567": "fixed", "(020) 123 45 67": "fixed", "0111-123456": "fixed", "085 123 4567": "voip",
             "091 123 4567": "voip", "088 123 4567": "uan", "066 123 4567": "pager", "097012345678": "mobile",
             "0800-1234": "toll", "0800 1234567": "toll", "0900-1234567": "premium", "0906-1234": "premium",
             "0909-1234": "premium", "06 12345678": "mobile", "06 1234 5678": "mobile",
             "06-12 34 56 78": "mobile", "06 - 123 456 78": "mobile", "0612345678": "mobile",
             "(06) 12345678": "mobile", "+31 6 12345678": "mobile", "+316-12345678": "mobile",
             "+31 (0) 6-123 456 78": "mobile", "+31 0 6 12345678": "mobile", "0031 6 1234 5678": "mobile",
             "020 123 4567": "fixed", "+31(0)20-1234567": "fixed", "0031-(0)20-1234567": "fixed",
             "+31-20-1234567": "fixed", "+31.20.123.45.67": "fixed", "020/1234567": "fixed",
             "14 0543": "uan", "0543 57 20 00": "fixed"}
    for v, t in nl_ph.items():
        ck(f"nl phone {v}", nl_phone_type(v), t)
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "069 1234567",
              "0676 123456", "020-123456", "012-3456789", "0800-123"]:
        ck(f"nl phone {v}", nl_phone_ok(v), False)
    for v in ["0800-1234", "0900-1234567", "088 123 4567", "14 0543"]:
        ck(f"nl phone personal {v}", nl_phone_ok(v), False)
    for v in ["+32 470 12 34 56", "0470 12 34 56", "02 511 22 33", "09 265 12 34", "050 44 86 86"]:
        ck(f"be phone {v}", be_phone_ok(v), True)
    for v in ["+32 470 12 34 5", "02 123 45 67", "09 123 45 67"]:
        ck(f"be phone {v}", be_phone_ok(v), False)
    for v in ["+49 30 12345678", "0151 23456789", "+49 (0)221 1234567", "0049 171 1234567", "030 12345678",
              "030/12345678", "0151-23456789", "0171 1234567", "02871 234567"]:
        ck(f"de phone {v}", de_phone_ok(v), True)
    ck("de phone +49 151 234", de_phone_ok("+49 151 234"), False)
    for v in ["07700 900123", "+44 7700 900123", "0113 496 0123", "0161 496 0999", "020 7946 0018"]:
        ck(f"uk phone {v}", uk_phone_ok(v), True)
    ck("uk phone real-looking", uk_phone_ok("07911 123456"), False)
    for v in ["1012 AB", "1012AB", "1012 ab", "NL-2611ET", "9999 ZZ", "1000 AA"]:
        ck(f"postcode {v}", nl_postcode_ok(v), True)
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        ck(f"postcode {v}", nl_postcode_ok(v), False)
    for v in ["LS6 2QD", "EH9 1HN", "SW1A 1AA", "M14 5RR"]:
        ck(f"uk postcode {v}", uk_postcode_ok(v), True)
    ck("de plz 46399", de_postcode_ok("46399"), True)
    ck("de plz 00999", de_postcode_ok("00999"), False)
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        ck(f"docnr {v}", nl_doc_ok(v), True)
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        ck(f"docnr {v}", nl_doc_ok(v), False)
    ck("residence III-V123AL568", residence_doc_ok("III-V123AL568"), True)
    ck("residence III-V1230L568", residence_doc_ok("III-V1230L568"), False)
    ck("de doc L01X00T47", de_doc_ok("L01X00T47"), True)
    ck("de doc LABCDEF12 (vowels)", de_doc_ok("LABCDEF12"), False)
    table = {"AB-12-34": 1, "12-34-XY": 2, "12-AB-34": 3, "GB-12-DF": 4, "XB-PK-12": 5, "12-DF-GH": 6,
             "12-GBX-3": 7, "1-KBB-12": 8, "VB-123-X": 9, "G-123-BB": 10, "GBB-12-X": 11, "G-12-BBB": 12,
             "1-BB-123": 13, "123-BB-1": 14, "GBB12X": 11, "gb 12 df": 4, "hl57fv": 4}
    for v, sc in table.items():
        ck(f"kenteken {v}", kenteken_sidecode(v), sc)
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        ck(f"kenteken {v}", kenteken_sidecode(v), None)
    for v in ["BOR-KM 412", "BOR KM 412", "COE-A 1873", "MS-XY 42E", "AC-TR 904"]:
        ck(f"kennzeichen {v}", de_plate_ok(v), True)
    for v in ["BOR-KM 0412", "XYZ-AB 12", "BOR-KMX 12"]:
        ck(f"kennzeichen {v}", de_plate_ok(v), False)
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        ck(f"btw id {v}", btw_id_ok(v), True)
    ck("btw ob NL004495445B01", ob_nummer_ok("NL004495445B01"), True)
    ck("btw ob NL004495445B01 not mod97-id", btw_id_ok("NL004495445B01"), False)
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL111234567B01",
              "NL12345678B01"]:
        ck(f"btw any {v}", btw_any_ok(v), False)
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009",
              "378282246310005", "3782 822463 10005", "6011111111111117", "3530111333300000", "30569309025904",
              "6759649826438453"]:
        ck(f"card {v}", card_ok(v), True)
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        ck(f"card {v}", card_ok(v), False)
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM",
              "info@bakkerij-de-groot.frl"]:
        ck(f"email {v}", email_ok(v), True)
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld", "icon@2x.png"]:
        ck(f"email {v}", email_ok(v), False)
    for v in ["8.8.8.8", "2a02:a46b:5182:1:e957:446b::69", "84.241.197.12"]:
        ck(f"ip {v}", ip_ok(v), True)
    for v in ["192.168.1.10", "10.0.0.1", "127.0.0.1", "2001:db8::1", "256.1.1.1", "010.001.001.001",
              "192.0.2.4", "::1", "1.2.3.4.5"]:
        ck(f"ip {v}", ip_ok(v), False)
    for v in ["12-03-1985", "5 mei 1960", "1-4-1990", "03/07/1979", "29.02.1992", "17 okt. 2001",
              "March 20, 1995", "1 July 1995", "13. Juli 1984", "1985-03-12", "12. März 1985"]:
        ck(f"dob {v}", dob_ok(v), True)
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999"]:
        ck(f"dob {v}", dob_ok(v), False)
    # the organisation's own data is well-formed (so that it is a real trap)
    for v in ORG["ibans"]:
        ck(f"org iban {v}", iban_ok(v), True)
    ck("org btw is OB-style", ob_nummer_ok(ORG["btw"][0]), True)
    ck("org phone 14", nl_phone_type("14 0543"), "uan")
    ck("org phone fixed", nl_phone_type("+31 543 57 20 00"), "fixed")
    ck("org whatsapp", nl_phone_type("06 3188 2740"), "mobile")
    for pc in ORG_POSTCODES:
        ck(f"org postcode {pc}", nl_postcode_ok(pc), True)
    bad = [n for n, ok in checks if not ok]
    return len(checks), bad


# ════════════════════════════════════════════════════════════════════════════════════════════════
# Synthetic data, written for this set (no Faker or other test-data package)
# ════════════════════════════════════════════════════════════════════════════════════════════════
NAMES = {
    # heritage: (female first names, male first names, surnames [(male form, female form) or str])
    "nl": (["Anke", "Gerda", "Janneke", "Lieke", "Mirjam", "Noortje", "Esmée", "Dieuwke", "Willemien", "Tineke",
            "Marloes", "Ilona", "Daniëlle", "Hanneke", "Bernadette", "Loïs", "Sanne", "Evi", "Yvette", "Gerdien",
            "Aukje", "Jolien"],
           ["Gerrit", "Henk", "Bennie", "Johan", "Wim", "Harm", "Gijs", "Teun", "Jeroen", "Wouter", "Ruud", "Bart",
            "Stijn", "Thijs", "Maarten", "Hendrik", "Arjen", "Jochem", "Rik", "Luuk", "Joost", "Erik", "Ferdi"],
           ["Wissink", "Ribbink", "Heutinck", "Bokkers", "Nijhof", "Lammers", "Geessink", "Meenink", "Roerdink",
            "Sloetjes", "Hengeveld", "Mentink", "Aalderink", "Kreunen", "Wiggers", "Domhof", "Ebbers", "Löwik",
            "Hoenderboom", "Wolsink", "Tankink", "Esselink", "Garritsen", "Bulten", "Stapelbroek", "Klumper",
            "te Brake", "van Eerden", "te Boekhorst", "van der Woude", "ten Voorde"]),
    "de": (["Ulrike", "Heike", "Sabine", "Dörte", "Anneliese", "Kerstin", "Lea-Marie", "Franziska", "Jutta", "Birte"],
           ["Jürgen", "Matthias", "Sören", "Björn", "Dieter", "Klaus-Peter", "Henning", "Lukas", "Reinhard", "Tobias"],
           ["Schulte-Bockholt", "Tenbrink", "Böing", "Hüsing", "Wewers", "Roßmöller", "Große-Venhaus", "Terwey",
            "Kleinhölter", "Bußmann", "Tüshaus", "Elsing", "Hemsing", "Lensing"]),
    "uk": (["Charlotte", "Siobhan", "Megan", "Harriet", "Imogen", "Abigail"],
           ["Oliver", "Callum", "Rupert", "Declan", "Gareth", "Alistair"],
           ["Whitfield", "Harrington", "O'Donoghue", "Pemberton", "Ashworth", "McKinnon", "Featherstone",
            "Bradshaw"]),
    "in": (["Meera", "Sneha", "Divya"], ["Rohan", "Arjun", "Vikram", "Karthik"],
           ["Raghavan", "Venkatesh", "Deshpande", "Iyer", "Kulkarni", "Menon"]),
    "pl": (["Agnieszka", "Katarzyna", "Magdalena"], ["Tomasz", "Piotr", "Krzysztof"],
           [("Wiśniewski", "Wiśniewska"), ("Zieliński", "Zielińska"), "Kowalczyk", "Mazur", "Wróbel"]),
    "sy": (["Yara", "Rasha", "Nour", "Lina"], ["Omar", "Khaled", "Mahmoud", "Tarek"],
           ["Al-Khatib", "Haddad", "Darwish", "Alhamoud", "Kabbani"]),
    "er": (["Senait", "Selam", "Mebrat"], ["Yonas", "Filmon", "Tesfalem"], ["Tesfaye", "Ghebremariam", "Habte", "Woldu"]),
    "ua": (["Oksana", "Iryna", "Olena"], ["Dmytro", "Bohdan", "Andrii"], ["Kovalenko", "Shevchuk", "Bondarenko", "Melnyk"]),
    "tr": (["Elif", "Zeynep", "Büşra"], ["Emre", "Murat", "Oğuz"], ["Yıldız", "Öztürk", "Aydemir", "Korkmaz"]),
    "ma": (["Hanane", "Nadia", "Salma"], ["Soufiane", "Ilias", "Youssef"], ["Bouzid", "El Amrani", "Ouali", "Azzouzi"]),
}
PARTICLES = {"van", "de", "der", "den", "te", "ten", "ter", "Van", "De", "Te", "Ten", "Ter", "El", "Al"}
COMMON_WORDS = {"Große", "Klein"}


class Person:
    def __init__(self, first, tv, last, sex, her):
        self.first, self.tv, self.last, self.sex, self.her = first, tv, last, sex, her

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.tv, self.last) if x)

    @property
    def sur(self):          # surname standing alone (Dutch rule: particle capitalised)
        return (self.tv[0].upper() + self.tv[1:] + " " + self.last) if self.tv else self.last

    @property
    def sur_low(self):      # surname after initials or a first name
        return (self.tv + " " + self.last) if self.tv else self.last

    @property
    def initials(self):
        return "".join(p[0] + "." for p in self.first.split("-"))

    @property
    def ini(self):
        return self.initials + " " + self.sur_low

    @property
    def f(self):
        return self.sex == "f"

    def tokens(self):
        out = set()
        for part in re.split(r"[\s\-]+", self.full):
            if part and part not in PARTICLES and part not in COMMON_WORDS:
                out.add(part)
        return out


STAFF = {
    "anouk": Person("Anouk", "", "Bruggink", "f", "staff"),          # KCC
    "joyce": Person("Joyce", "", "Rouwhorst", "f", "staff"),         # KCC
    "mehmet": Person("Mehmet", "", "Kılıç", "m", "staff"),           # webcare / social media
    "erwin": Person("Erwin", "te", "Lintelo", "m", "staff"),         # Burgerzaken
    "ria": Person("Ria", "", "Hoftijzer", "f", "staff"),             # Belastingen
    "femke": Person("Femke", "", "Klein Gunnewiek", "f", "staff"),   # Wmo / sociaal domein
    "birgit": Person("Birgit", "", "Schwieters", "f", "staff"),      # Grenzinfopunkt (German desk)
    "priya": Person("Priya", "", "Raghunathan", "f", "staff"),       # International desk
    "dennis": Person("Dennis", "", "Wopereis", "m", "staff"),        # BOA / handhaving
    "marco": Person("Marco", "", "Heijink", "m", "staff"),           # vergunningen
}
OFFICIALS = {
    "burgemeester": Person("Harm-Jan", "", "Stoltenborg", "m", "official"),
    "eppink": Person("Ingeborg", "", "Eppink", "f", "official"),     # wethouder financiën, sociaal domein
    "yildirim": Person("Kemal", "", "Yıldırım", "m", "official"),   # wethouder verkeer, afval, openbare ruimte
    "huinink": Person("Wilco", "", "Huinink", "m", "official"),     # raadslid
}


def all_name_tokens():
    toks = set()
    for fem, mal, surs in NAMES.values():
        for n in fem + mal:
            toks.update(x for x in n.split("-") if x)
        for s in surs:
            for form in (s if isinstance(s, tuple) else (s,)):
                for part in re.split(r"[\s\-]+", form):
                    if part and part not in PARTICLES and part not in COMMON_WORDS:
                        toks.add(part)
    for p in list(STAFF.values()) + list(OFFICIALS.values()):
        toks |= p.tokens()
    return toks


# Slingeveld: a fictional municipality in the Achterhoek, on the German border (Bocholt, Vreden, Gronau)
TOWN = "Slingeveld"
VILLAGES = ["Kottenbroek", "Meddoveen", "Woolderesch", "Huppelhorst"]
STREETS = ["Kottenseweg", "Meddoseweg", "Slingelaan", "Weurden", "Hoge Esch", "Vredenseweg", "Groenloseweg",
           "Laan van Hilbelink", "Tuinstraat", "Spoorstraat", "Zonnebloemstraat", "Brinkweg", "Esdoornlaan",
           "Oranjestraat", "Beukenlaan", "Ratumseweg", "Wilhelminastraat", "Korenbloemstraat", "Kerkhofweg",
           "Heurneweg", "Den Sliem", "Haarveldweg", "Bataafsestraat", "Eschmarkeweg", "Plataanhof"]
# streets named after people: never PERSON; ADDRESS only with a house number
PERSON_STREETS = ["Burgemeester Visserstraat", "Dokter Ariënsplein", "Meester Nijhuisstraat", "Prins Bernhardlaan",
                  "Pastoor Bloemersstraat", "Koningin Julianalaan"]
PC_DIGITS = ["7114", "7115", "7116", "7117", "7118"]
VILLAGE_PC = "7119"
DE_TOWNS = [("Bocholt", "46395", "2871", "BOR"), ("Bocholt", "46399", "2871", "BOR"), ("Vreden", "48691", "2564", "BOR"),
            ("Borken", "46325", "2861", "BOR"), ("Gronau", "48599", "2562", "BOR"), ("Stadtlohn", "48703", "2563", "BOR"),
            ("Ahaus", "48683", "2561", "BOR"), ("Rhede", "46414", "2872", "BOR"), ("Münster", "48149", "251", "MS"),
            ("Coesfeld", "48653", "2541", "COE")]
DE_STREETS = ["Vredener Straße", "Am Mühlenbach", "Lindenweg", "Hohe Heide", "Dingdener Straße", "Kirchstraße",
              "Schwanenstraße", "An der Aa", "Stadtlohner Weg", "Barloer Weg", "Ravensburgstraße", "Gartenstraße",
              "Kreuzstraße", "Am Brook", "Ölbergstraße", "Königsweg"]
UK_ADDR = [("Larch Grove", "Leeds", "LS6 2QD"), ("Beaconsfield Street", "Newcastle", "NE4 5JN"),
           ("Kingsley Road", "Bristol", "BS6 5JT"), ("Cedar Avenue", "Nottingham", "NG7 1FB"),
           ("Wilmslow Road", "Manchester", "M20 3GZ"), ("Marchbank Drive", "Edinburgh", "EH14 7HP")]
EMAIL_DOMAINS_NL = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "icloud.com",
                    "hetnet.nl", "planet.nl"]
EMAIL_DOMAINS_DE = ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"]
EMAIL_DOMAINS_EN = ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "protonmail.com", "hotmail.co.uk"]
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"]
DE_BLZ = ["42850035", "40154530", "40060265", "42861387", "40050150", "37040044", "42651315"]
GB_BANKS = ["BARC", "LOYD", "HBUK", "NWBK", "MIDL"]
BE_BANKS = ["001", "068", "143", "310", "363", "735", "973"]


def fold(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fdate(d, st, lang="nl"):
    if st == "d-m-Y":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if st == "d-m-Y0":
        return f"{d.day}-{d.month}-{d.year}"
    if st == "d/m/Y":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if st == "d.m.Y":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if st == "iso":
        return d.isoformat()
    if st == "long":
        mn = MONTH_NAMES[lang][d.month - 1]
        return f"{d.day}. {mn} {d.year}" if lang == "de" else f"{d.day} {mn} {d.year}"
    if st == "us":
        return f"{MONTH_NAMES['en'][d.month - 1]} {d.day}, {d.year}"
    raise ValueError(st)


class G:
    """All random choices of one message instance."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used = set()

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def digits(self, n, first="0123456789"):
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    # ── people ──
    def person(self, her="nl", sex=None, family=None):
        fem, mal, surs = NAMES[her]
        sex = sex or self.pick("fm")
        for _ in range(200):
            first = self.pick(fem if sex == "f" else mal)
            if family is not None:
                last_entry = family._entry
            else:
                last_entry = self.pick(surs)
            last = last_entry if isinstance(last_entry, str) else last_entry[0 if sex == "m" else 1]
            tv = ""
            for part in ("van der ", "te ", "ten ", "van "):
                if last.startswith(part):
                    tv, last = part.strip(), last[len(part):]
                    break
            key_s = ("S", last_entry if isinstance(last_entry, str) else last_entry[0])
            if first in self.used or (family is None and key_s in self.used):
                continue
            self.used.add(first)
            self.used.add(key_s)
            p = Person(first, tv, last, sex, her)
            p._entry = last_entry
            return p
        raise RuntimeError("out of names")

    def given_names(self, p, n=None):
        fem, mal, _ = NAMES[p.her]
        pool = [x for x in (fem if p.f else mal) if x != p.first and x not in self.used]
        extra = self.r.sample(pool, n if n is not None else self.r.randint(1, 2))
        for x in extra:
            self.used.add(x)
        return " ".join([p.first] + extra)

    def email(self, p, domains=None):
        dom = self.pick(domains or EMAIL_DOMAINS_NL)
        f, l = fold(p.first).lower(), fold(p.sur_low).lower().replace(" ", "")
        style = self.r.randint(0, 5)
        local = [f"{f}.{l}", f"{f}{l}{self.r.randint(60, 99)}", f"{f[0]}.{l}", f"{l}.{f}", f"{f}_{l}",
                 f"{f}{self.r.randint(1, 9)}{l[:4]}"][style]
        return f"{local.replace('-', '')}@{dom}"

    # ── phones ──
    def nl_mobile(self, style=None):
        while True:
            d = "6" + self.pick("123458") + self.digits(7)
            if d not in ORG_PHONE_NSN:
                break
        s8 = d[1:]
        st = self.r.randint(0, 10) if style is None else style
        return ["06-" + s8, f"06 {s8[:4]} {s8[4:]}", "06" + s8, f"+31 6 {s8}", f"+31 (0)6 {s8[:4]} {s8[4:]}",
                f"06 {s8}", f"06-{s8[:2]} {s8[2:4]} {s8[4:6]} {s8[6:]}", f"0031 6 {s8[:4]} {s8[4:]}",
                f"+316-{s8}", f"(06) {s8}", f"06 - {s8[:3]} {s8[3:6]} {s8[6:]}"][st]

    def nl_fixed(self, area=None, style=None):
        area = area or self.pick(["0543", "0543", "0544", "0545", "0314", "053", "026"])
        while True:
            sub = self.digits(10 - len(area), "23456789")
            if (area[1:] + sub) not in ORG_PHONE_NSN:
                break
        st = self.r.randint(0, 3) if style is None else style
        if len(area) == 4:
            return [f"{area}-{sub}", f"{area} {sub[:2]} {sub[2:4]} {sub[4:]}", f"({area}) {sub}",
                    f"+31 {area[1:]} {sub[:3]} {sub[3:]}"][st]
        return [f"{area}-{sub}", f"{area} {sub[:3]} {sub[3:]}", f"({area}) {sub[:3]} {sub[3:5]} {sub[5:]}",
                f"+31 {area[1:]} {sub[:3]} {sub[3:]}"][st]

    def de_phone(self, area=None, mobile=None, style=None):
        mobile = self.chance(0.5) if mobile is None else mobile
        st = self.r.randint(0, 3) if style is None else style
        if mobile:
            pre = self.pick(["151", "152", "157", "160", "170", "171", "175", "176", "177", "178", "179"])
            sub = self.digits(8 if pre in ("151", "152", "157", "176", "177", "178", "179") else 7, "123456789")
            return [f"0{pre} {sub}", f"+49 {pre} {sub}", f"0{pre}-{sub}", f"0049 {pre} {sub}"][st]
        area = area or self.pick(["2871", "2564", "2861", "2562"])
        sub = self.digits(6, "23456789")
        return [f"0{area} {sub}", f"0{area}/{sub[:2]} {sub[2:4]} {sub[4:]}", f"+49 {area} {sub}",
                f"+49 (0){area} {sub}"][st]

    def be_mobile(self):
        d = "4" + self.pick("789") + self.digits(7)
        return self.pick([f"0{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+32 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}"])

    def uk_phone(self):
        x = self.digits(3)
        return self.pick([f"07700 900{x}", f"+44 7700 900{x}", f"0113 496 0{x}", f"0161 496 0{x}",
                          f"+44 117 496 0{x}"])

    # ── numbers ──
    def bsn(self, style=0):
        while True:
            d = self.digits(9, "123456789")
            if bsn_ok(d):
                break
        return [d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"][style]

    def ref9(self):
        """A 9-digit reference number that passes the elfproef (not a BSN: used after a reference word)."""
        while True:
            d = self.digits(9, "123456789")
            if bsn_ok(d):
                return d

    def non_elf9(self):
        while True:
            d = self.digits(9, "123456789")
            if not bsn_ok(d):
                return d

    def s10(self):
        """UPU S10 registered-mail barcode (tracking code; not personal data)"""
        d = self.digits(8)
        c = 11 - sum(int(x) * w for x, w in zip(d, (8, 6, 4, 2, 3, 5, 9, 7))) % 11
        return f"RR{d}{ {10: 0, 11: 5}.get(c, c)}NL"

    def kvk(self):
        return self.digits(8, "123456789")

    def btw(self):
        while True:
            d = self.digits(9, "0123456789")
            if bsn_ok(d) or d == "000000000":
                continue
            base = int("2321" + d + "11") * 100
            xx = (1 - base) % 97
            if xx == 0:
                continue
            v = f"NL{d}B{xx:02d}"
            if btw_id_ok(v):
                return v

    def ob_nummer(self):
        b = self.bsn()
        return f"NL{b}B01"

    def iban_nl(self, style=0, bank=None):
        v = iban_make("NL", (bank or self.pick(NL_BANKS)) + self.digits(10))
        return self._iban_style(v, style)

    def iban_de(self, style=0):
        return self._iban_style(iban_make("DE", self.pick(DE_BLZ) + self.digits(10)), style)

    def iban_gb(self, style=0):
        return self._iban_style(iban_make("GB", self.pick(GB_BANKS) + self.digits(6) + self.digits(8)), style)

    def iban_be(self, style=0):
        acct = self.pick(BE_BANKS) + self.digits(7)
        chk = int(acct) % 97 or 97
        return self._iban_style(iban_make("BE", f"{acct}{chk:02d}"), style)

    @staticmethod
    def _iban_style(v, style):
        sp = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return [v, sp, v.lower(), sp.replace(" ", "\u00a0", 1)][style]

    def card(self, brand="visa"):
        while True:
            if brand == "visa":
                body = "4" + self.digits(14)
            elif brand == "mc":
                body = "5" + self.pick("12345") + self.digits(13)
            else:
                body = "37" + self.digits(12)
            for c in "0123456789":
                if luhn_ok(body + c):
                    num = body + c
                    break
            if card_ok(num):
                break
        if brand == "amex":
            return self.pick([num, f"{num[:4]} {num[4:10]} {num[10:]}"])
        return self.pick([num, " ".join(num[i:i + 4] for i in range(0, 16, 4)),
                          "-".join(num[i:i + 4] for i in range(0, 16, 4))])

    def not_card16(self):
        """16-digit payment reference that is *not* a card number (fails Luhn or IIN)."""
        while True:
            d = self.digits(16, "123456789")
            if not card_ok(d):
                return " ".join(d[i:i + 4] for i in range(0, 16, 4))

    # ── places ──
    def pc(self, digits=None, style=0):
        while True:
            d = digits or self.pick(PC_DIGITS)
            l2 = self.pick("ABCDEGHJKLMNPRTVWXZ") + self.pick("ABCDEGHJKLMNPRTVWXZ")
            c = d + l2
            if nl_postcode_ok(c) and c not in ORG_POSTCODES:
                break
        return [f"{d} {l2}", c, f"{d} {l2.lower()}"][style]

    def housenr(self):
        n = str(self.r.randint(1, 160))
        return n + self.pick(["", "", "", "", "a", "b", "-2", " A", "-1"])

    def street(self, person_named=False):
        while True:
            s = self.pick(PERSON_STREETS if person_named else STREETS)
            if ("st", s) not in self.used:
                self.used.add(("st", s))
                return s

    def addr(self, person_named=False):
        return f"{self.street(person_named)} {self.housenr()}"

    def de_place(self):
        return self.pick(DE_TOWNS)

    def de_addr(self):
        s = self.pick(DE_STREETS)
        return f"{s} {self.r.randint(1, 120)}{self.pick(['', '', '', 'a', 'b'])}"

    def uk_addr(self):
        st, town, pc = self.pick(UK_ADDR)
        n = self.r.randint(2, 140)
        a = self.pick([f"{n} {st}", f"Flat {self.r.randint(1, 9)}, {n} {st}"])
        return a, town, pc

    # ── vehicles / documents ──
    def kenteken(self, style=0, sidecodes=(4, 5, 6, 7, 8, 9, 10, 11)):
        while True:
            pat = SIDECODES[self.pick(sidecodes)]
            v = "".join(self.pick(KT_LETTERS) if c == "X" else self.pick("0123456789") if c == "9" else "-"
                        for c in pat)
            if kenteken_sidecode(v) is not None and not re.search(r"-0|^0", v):
                break
        return [v, v.replace("-", ""), v.replace("-", "").lower(), v.replace("-", " ")][style]

    def kennzeichen(self, district="BOR", style=0):
        while True:
            l = "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(self.r.randint(1, 2)))
            n = str(self.r.randint(1, 9999 if len(district) + len(l) <= 4 else 999))
            v = [f"{district}-{l} {n}", f"{district} {l} {n}", f"{district}-{l}{n}"][style]
            if de_plate_ok(v):
                return v

    def _doc_chars(self, n):
        return "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(n))

    def passport_nl(self):
        while True:
            v = "N" + self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") + self._doc_chars(6) + self.pick("123456789")
            if nl_doc_ok(v) and sum(c.isdigit() for c in v) >= 3:
                return v

    def idcard_nl(self):
        while True:
            v = "I" + self.pick("ABCDEFGHJKLMNPRSTUVWXYZ") + self._doc_chars(6) + self.pick("123456789")
            if nl_doc_ok(v) and sum(c.isdigit() for c in v) >= 3:
                return v

    def residence(self):
        return self.pick(["I", "II", "III", "IV"]) + "-V" + self._doc_chars(8)

    def de_ausweis(self, passport=False):
        while True:
            v = self.pick("CFGHJK" if passport else "LMNPRTVWXY") + "".join(self.pick(DE_DOC_CHARS) for _ in range(8))
            if de_doc_ok(v):
                return v

    def uk_passport(self):
        while True:
            d = self.digits(9, "12345")
            if not bsn_ok(d):
                return d

    def rijbewijs(self):
        while True:
            d = self.digits(10, "45")
            if not bsn_ok(d[:9]):
                return d

    # ── network ──
    def ip4(self):
        while True:
            v = f"{self.pick([77, 80, 81, 82, 83, 84, 85, 86, 88, 89, 94, 145, 178, 188, 212, 213, 217])}." \
                f"{self.r.randint(1, 254)}.{self.r.randint(0, 254)}.{self.r.randint(1, 254)}"
            if ip_ok(v):
                return v

    def ip6(self):
        while True:
            v = "2a02:" + ":".join(f"{self.r.randint(0, 0xffff):x}" for _ in range(3)) + "::" + \
                f"{self.r.randint(1, 0xfff):x}"
            if ip_ok(v):
                return v

    # ── dates ──
    def dob(self, lo=1938, hi=2004):
        while True:
            try:
                return date(self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28 if self.chance(.3) else 31))
            except ValueError:
                continue

    def day2025(self, lo=(5, 1), hi=(11, 28)):
        a, b = date(2025, *lo), date(2025, *hi)
        return a + timedelta(days=self.r.randint(0, (b - a).days))

    def times(self, n):
        """n strictly increasing clock times within one conversation"""
        start = self.r.randint(8 * 60, 16 * 60)
        out, t = [], start
        for _ in range(n):
            out.append(f"{t // 60:02d}:{t % 60:02d}")
            t += self.r.randint(1, 9)
        return out

    def time(self):
        return f"{self.r.randint(8, 17):02d}:{self.pick(['00', '05', '12', '15', '20', '30', '42', '45', '50'])}"


# ════════════════════════════════════════════════════════════════════════════════════════════════
# Markup: m(LABEL, value) between private-use sentinels; NP() marks a deliberate hard negative
# (company names with surnames, product codes) that the scanners of the audit skip.
# ════════════════════════════════════════════════════════════════════════════════════════════════
_S0, _S1, _S2, _N0, _N1 = "\ue000", "\ue001", "\ue002", "\ue003", "\ue004"
_SENT = set(_S0 + _S1 + _S2 + _N0 + _N1)


def m(label, v):
    v = str(v)
    assert label in LABELS, label
    assert v and v == v.strip() and not (_SENT & set(v)) and "\n" not in v, repr(v)
    return f"{_S0}{label}{_S1}{v}{_S2}"


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


def NP(v):
    assert not (_SENT & set(v))
    return f"{_N0}{v}{_N1}"


def render(marked):
    out, spans, nps = [], [], []
    i, pos = 0, 0
    while i < len(marked):
        c = marked[i]
        if c == _S0:
            j = marked.index(_S1, i)
            k = marked.index(_S2, j)
            label, val = marked[i + 1:j], marked[j + 1:k]
            spans.append((pos, pos + len(val), label, val))
            out.append(val)
            pos += len(val)
            i = k + 1
        elif c == _N0:
            k = marked.index(_N1, i)
            val = marked[i + 1:k]
            nps.append((pos, pos + len(val)))
            out.append(val)
            pos += len(val)
            i = k + 1
        else:
            out.append(c)
            pos += 1
            i += 1
    return "".join(out), spans, nps


SCENARIOS = []


def scenario(lang, pii):
    def deco(f):
        SCENARIOS.append((lang, pii, f))
        return f
    return deco


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def sn(p):
    """staff / official person full name as PERSON"""
    return P(p.full)


# ════════════════════════════════════════════════════════════════════════════════════════════════
# Shared pieces
# ════════════════════════════════════════════════════════════════════════════════════════════════

def sig_kcc_nl(g, staff=None):
    staff = staff or g.pick([STAFF["anouk"], STAFF["joyce"]])
    return g.pick([
        f"Met vriendelijke groet,\n\n{sn(staff)}\nKlantcontactcentrum | Gemeente Slingeveld\n"
        f"T 14 0543 (buitenland +31 543 57 20 00) | WhatsApp 06 3188 2740\nwww.slingeveld.example",
        f"Vriendelijke groet,\n{sn(staff)}\nKCC Slingeveld – Stadhuisplein 1, 7115 RG Slingeveld\n"
        f"14 0543 | kcc@slingeveld.example",
    ])


def sig_team_nl(team):
    return (f"Met vriendelijke groet,\n\nTeam {team}\nGemeente Slingeveld\nPostbus 1000, 7110 AA Slingeveld\n"
            f"Telefoon 14 0543 | www.slingeveld.example")


MONTHS_NL = MONTH_NAMES["nl"]


# ════════════════════════════════════════════════════════════════════════════════════════════════
# Dutch scenarios (30: 19 with personal data, 11 without)
# ════════════════════════════════════════════════════════════════════════════════════════════════

@scenario("nl", True)
def nl_verhuizing(g, k):
    p = g.person("nl")
    old, new = g.addr(), g.addr()
    pc_old, pc_new = g.pc(), g.pc(style=g.pick([0, 1]))
    mv = g.day2025()
    if k == 0:
        partner = g.person("nl", "m" if p.f else "f")
        child = g.person("nl", family=p)
        return (
            f"Formulier: Verhuizing doorgeven (binnen de gemeente)\n"
            f"Ingediend: {fdate(g.day2025(), 'd-m-Y')} {g.time()}\n"
            f"Zaaknummer: Z-2025-{g.digits(5)}\n"
            f"------------------------------------------------\n"
            f"Naam aanvrager     : {P(p.full)}\n"
            f"BSN                : {BS(g.bsn())}\n"
            f"Geboortedatum      : {DOB(fdate(g.dob(1960, 1995), 'd-m-Y'))}\n"
            f"Oud adres          : {AD(old)}, {PC(pc_old)} Slingeveld\n"
            f"Nieuw adres        : {AD(new)}, {PC(pc_new)} {g.pick(VILLAGES)}\n"
            f"Verhuisdatum       : {fdate(mv, 'd-m-Y')}\n"
            f"Meeverhuizende personen:\n"
            f"  1. {P(partner.full)} (geb. {DOB(fdate(g.dob(1960, 1995), 'd-m-Y'))}), bsn {BS(g.bsn())}\n"
            f"  2. {P(child.full)} (geb. {DOB(fdate(g.dob(2008, 2020), 'd-m-Y'))}), bsn {BS(g.bsn())}\n"
            f"E-mailadres        : {EM(g.email(p))}\n"
            f"Telefoonnummer     : {PH(g.nl_mobile())}\n"
            f"Toestemming hoofdbewoner: n.v.t. (eigen woning)\n"
            f"Bijlagen           : koopakte_pagina1.pdf (212 kB)\n")
    son = g.person("nl", "m", family=p)
    em = g.email(p)
    return crlf(
        f"Van: {P(p.full)} <{EM(em)}>\n"
        f"Aan: burgerzaken@slingeveld.example\n"
        f"Onderwerp: verhuizing per {mv.day} {MONTHS_NL[mv.month - 1]}\n\n"
        f"Goedemiddag,\n\n"
        f"Wij zijn verhuisd van de {AD(old)} naar {AD(new)} ({PC(pc_new)}). Het gaat om mij "
        f"({P(p.full)}, geboren {DOB(fdate(g.dob(1965, 1992), 'long'))}) en mijn zoon {P(son.first)}, geboren op "
        f"{DOB(fdate(g.dob(2006, 2019), 'd-m-Y0'))}. Zijn bsn is {BS(g.bsn(g.pick([0, 2])))}.\n"
        f"Het huurcontract van Woonstichting De Slinge stuur ik als bijlage mee. Als er iets ontbreekt ben ik "
        f"overdag bereikbaar op {PH(g.nl_mobile())}.\n\n"
        f"Groet,\n{P(p.first)}\n")


@scenario("nl", True)
def nl_document_kwijt(g, k):
    p = g.person(g.pick(["nl", "nl", "tr", "ma"]))
    if k == 0:
        doc = g.idcard_nl()
        d = g.day2025((3, 1), (6, 30))
        return (
            f"Onderwerp: identiteitskaart kwijt – spoedaanvraag mogelijk?\n\n"
            f"Beste medewerker,\n\n"
            f"Afgelopen zaterdag ben ik op de markt in Bocholt mijn portemonnee verloren, met daarin mijn "
            f"identiteitskaart. Het documentnummer is {ID(doc)}, geldig tot {fdate(date(2031, d.month, d.day), 'd-m-Y')}. "
            f"Ik heb bij de Polizei aangifte gedaan (Vorgangsnummer {g.digits(6)}/{g.digits(2)}/2025).\n\n"
            f"Mijn gegevens: {P(p.full)}, geboren {DOB(fdate(g.dob(1970, 2003), 'd-m-Y'))}. Ik moet op "
            f"{fdate(g.day2025(), 'd-m-Y')} naar Turkije vliegen, kan ik nog een spoedaanvraag doen? De kosten "
            f"(€ 52,20 + spoedtoeslag) zijn geen probleem.\n\n"
            f"U kunt mij bellen op {PH(g.nl_mobile())}.\n\n"
            f"Met vriendelijke groet,\n{P(p.full)}\n")
    doc = g.passport_nl()
    t = g.times(4)
    return (
        f"[WhatsApp 06 3188 2740 – {fdate(g.day2025(), 'd-m-Y')}]\n"
        f"{t[0]} klant: hoi, mijn paspoort is gestolen uit de auto bij de grens 😩 nummer was {ID(doc)} denk ik "
        f"(foto van gemaakt gelukkig). moet ik nou eerst naar de duitse politie of naar jullie??\n"
        f"{t[1]} KCC Slingeveld: Wat vervelend! Eerst aangifte doen bij de politie van de plaats waar het is "
        f"gebeurd. Daarna maakt u online een afspraak voor een nieuw paspoort en een verklaring van vermissing.\n"
        f"{t[2]} klant: ok dankje. op naam van {P(p.first.lower() + ' ' + p.sur_low.lower())} trouwens, "
        f"geb {DOB(fdate(g.dob(1975, 2004), 'd-m-Y0'))}\n"
        f"{t[3]} KCC Slingeveld: Dank u. Deel uw documentnummer en geboortedatum liever niet via WhatsApp; "
        f"bij de balie controleren we dat. Groet, ^{P(STAFF['joyce'].first)}\n")


@scenario("nl", True)
def nl_uittreksel(g, k):
    p = g.person("nl")
    if k == 0:
        return (
            f"Geachte heer/mevrouw,\n\n"
            f"Voor mijn nieuwe werkgever in Duitsland heb ik een internationaal uittreksel BRP met adreshistorie "
            f"nodig. Mijn gegevens:\n"
            f"- naam: {P(p.full)}\n- geboren: {DOB(fdate(g.dob(1975, 2002), 'long'))} te Slingeveld\n"
            f"- BSN: {BS(g.bsn(1))}\n\n"
            f"Wilt u het uittreksel naar mijn postadres sturen: {AD(g.addr())}, {PC(g.pc(g.pick([VILLAGE_PC, None])))} "
            f"{g.pick(VILLAGES)}? De kosten (€ 15,50) betaal ik graag via de iDEAL-link.\n\n"
            f"Met vriendelijke groet,\n\n{P(p.ini)}\n")
    dad = g.person("nl", "m", family=p)
    return (
        f"Goedemorgen,\n\nnamens de notaris wordt mij gevraagd een uittreksel BRP te overleggen van mijn overleden "
        f"vader, {P(dad.full)}, geboren op {DOB(fdate(g.dob(1931, 1950), 'd-m-Y'))}, overleden op "
        f"{fdate(g.day2025((1, 5), (4, 30)), 'd-m-Y')} in Slingeveld. Zijn laatste adres was {AD(g.addr())}.\n"
        f"Kan ik dat als {'dochter' if p.f else 'zoon'} aanvragen en wat heeft u daarvoor van mij nodig? Ik woon zelf in Enschede.\n\n"
        f"Hartelijke groet,\n{P(p.full)}\n{PH(g.nl_fixed('053'))}\n")


@scenario("nl", True)
def nl_parkeren(g, k):
    p = g.person("nl")
    if k == 0:
        kt_new, kt_old = g.kenteken(0), g.kenteken(g.pick([0, 3]))
        a, pc = g.addr(), g.pc()
        return (
            f"Aanvraag wijziging bewonersvergunning zone B (centrum)\n\n"
            f"Vergunningnummer: PV-SLV-2025-{g.digits(4)}\n"
            f"Naam: {P(p.full)}\nAdres: {AD(a)}, {PC(pc)} Slingeveld\n\n"
            f"Sinds deze week rijden wij een leaseauto met kenteken {LP(kt_new)}. Het oude kenteken ({LP(kt_old)}) mag "
            f"van de vergunning af. De ingangsdatum van het leasecontract is {fdate(g.day2025(), 'd-m-Y')}.\n"
            f"Moeten we de kosten (€ 68,00 per jaar) opnieuw betalen?\n\nGroeten,\n{P(p.first)}\n")
    inlaw1 = g.person("de", "m")
    inlaw2 = g.person("de", "f", family=inlaw1)
    town = g.de_place()
    plate = g.kennzeichen(town[3], g.pick([0, 1]))
    return (
        f"hallo,\n\nmijn schoonouders {P(inlaw1.first)} en {P(inlaw2.full)} uit {town[0]} komen 3 weken logeren. "
        f"Ze hebben een Duits kenteken: {LP(plate)}. Als ik dat in de bezoekersparkeer-app zet krijg ik 'ongeldig "
        f"kenteken' 🤔 Kan dat wel met een buitenlands kenteken? Mijn klantnummer bezoekersparkeren is "
        f"{g.digits(8, '4')}.\n\nalvast bedankt, {P(p.full.lower())}\n")


@scenario("nl", True)
def nl_woz_bezwaar(g, k):
    p = g.person("nl")
    a, pc = g.addr(), g.pc()
    aanslag = g.ref9()
    obj = "1714" + g.digits(8)
    wv = g.r.randint(285, 465) * 1000
    if k == 0:
        return (
            f"{P(p.full)}\n{AD(a)}\n{PC(pc)}  SLINGEVELD\n\n"
            f"Aan het college van burgemeester en wethouders\nvan de gemeente Slingeveld\nPOSTBUS 1000\n7110 AA  SLINGEVELD\n\n"
            f"Slingeveld, {fdate(g.day2025((2, 10), (4, 1)), 'long')}\n\n"
            f"Betreft: bezwaar tegen de WOZ-beschikking 2025\nAanslagnummer: {aanslag}\nWOZ-objectnummer: {obj}\n\n"
            f"Geachte college,\n\n"
            f"Hierbij maak ik bezwaar tegen de vastgestelde WOZ-waarde van € {wv // 1000}.000"
            f" voor mijn woning aan de {AD(a)}. Vergelijkbare woningen in de straat (nr. 14 en nr. 22) zijn in 2023 "
            f"verkocht voor ruim € 40.000 minder. Bovendien is de aanbouw niet 32 m² maar 18 m².\n\n"
            f"Een eventuele teruggave van te veel betaalde OZB ontvang ik graag op rekening "
            f"{IB(g.iban_nl(1))} t.n.v. {P(p.ini)}.\n\nHoogachtend,\n\n\n{P(p.full)}\n")
    partner = g.person("nl", "m" if p.f else "f")
    return crlf(
        f"Onderwerp: bezwaar WOZ {obj[:4]} {obj[4:8]} {obj[8:]} / aanslag {aanslag}\n\n"
        f"Geachte heer, mevrouw,\n\n"
        f"Namens mijn {'man' if not partner.f else 'vrouw'} {P(partner.full)} en mijzelf maak ik bezwaar tegen de "
        f"WOZ-waarde 2025 (waardepeildatum 1-1-2024) van ons huis, {AD(a)} in {g.pick(VILLAGES)}. Het taxatieverslag "
        f"vermeldt een tuin van 640 m², maar het perceel is 410 m². Graag een afspraak voor een inpandige opname; "
        f"we zijn het best bereikbaar na 17:00 uur op {PH(g.nl_fixed('0543'))}.\n\n"
        f"Met vriendelijke groet,\n{P(p.full)}\n")


@scenario("nl", True)
def nl_kwijtschelding(g, k):
    p = g.person(g.pick(["nl", "ma", "tr", "pl"]))
    kenm = f"2025.{g.digits(4)}.{g.digits(4)}"
    if k == 0:
        partner = g.person(p.her, "m" if p.f else "f")
        return (
            f"Verzoek kwijtschelding gemeentelijke belastingen 2025\n"
            f"Aanslagnummer: {kenm}\n\n"
            f"Ik vraag kwijtschelding aan voor de afvalstoffenheffing en de rioolheffing (totaal € 612,84). Sinds maart "
            f"heb ik een bijstandsuitkering en mijn partner heeft geen inkomen.\n\n"
            f"Aanvrager: {P(p.full)}, BSN {BS(g.bsn())}\n"
            f"Partner: {P(partner.full)}, BSN {BS(g.bsn())}\n"
            f"Rekeningnummer: {IB(g.iban_nl(g.pick([0, 1])))}\n\n"
            f"Bijgevoegd: bankafschriften van 3 maanden en de beschikking van Team Werk en Inkomen. "
            f"Bel mij gerust als er iets mist: {PH(g.nl_mobile())}.\n")
    helper = g.person("nl")
    return (
        f"Beste Team Belastingen,\n\n"
        f"Als vrijwilliger van Schuldhulpmaatje Achterhoek help ik {'mevrouw' if p.f else 'de heer'} "
        f"{P(p.sur)} ({P(p.ini)}, geboren {DOB(fdate(g.dob(1950, 1990), 'd-m-Y'))}) met de "
        f"kwijtschelding van aanslag {kenm}. De aanvraag via Mijn Slingeveld lukt niet zonder DigiD-machtiging.\n"
        f"Kunt u het papieren formulier sturen naar {AD(g.addr())}, {PC(g.pc())} Slingeveld?\n\n"
        f"Vriendelijke groet,\n{P(helper.full)}\n{PH(g.nl_mobile())}\n")


@scenario("nl", True)
def nl_wmo(g, k):
    if k == 0:
        mother = g.person("nl", "f")
        child = g.person("nl", family=mother)
        sib = g.person("nl", family=mother)
        return (
            f"Goedendag,\n\n"
            f"Mijn moeder, mevrouw {P(mother.full)} (geboren {DOB(fdate(g.dob(1934, 1948), 'd-m-Y'))}), woont "
            f"zelfstandig op {AD(g.addr())} in {g.pick(VILLAGES)}. Sinds haar val in februari lukt het huishouden niet meer "
            f"en de trap is een probleem. Wij willen graag een melding doen voor de Wmo (hulp bij het huishouden en "
            f"mogelijk een traplift).\n\n"
            f"U kunt mij bellen op {PH(g.nl_mobile())} of mijn {'broer' if sib.sex == 'm' else 'zus'} {P(sib.first)} op "
            f"{PH(g.nl_mobile())}. Moeder zelf is slecht te bereiken.\n\n"
            f"Met vriendelijke groet,\n{P(child.full)}\n")
    cl = g.person(g.pick(["nl", "tr"]))
    mz = g.person(cl.her, family=cl)
    return (
        f"Verslag keukentafelgesprek – zaak WMO-25-{g.digits(5)}\n"
        f"Datum gesprek: {fdate(g.day2025(), 'd-m-Y')}, 10:00 uur, bij cliënt thuis\n"
        f"Cliënt: {P(cl.full)}, bsn {BS(g.bsn())}, {AD(g.addr())}\n"
        f"Mantelzorger: {P(mz.full)} ({'dochter' if mz.f else 'zoon'}), {PH(g.nl_mobile())}\n\n"
        f"Hulpvraag: ondersteuning bij huishouden en vervoer naar dagbesteding. Eigen bijdrage (CAK) besproken, "
        f"€ 21,80 per maand. Advies: HH1, 2,5 uur per week; Regiotaxi-pas aanvragen.\n"
        f"Vervolg: beschikking binnen 6 weken.\n\n– {P(STAFF['femke'].full)}, consulent Wmo\n")


@scenario("nl", True)
def nl_bijstand(g, k):
    cl = g.person(g.pick(["nl", "sy", "er", "pl"]))
    if k == 0:
        return (
            f"Notitie intake Participatiewet (niet delen buiten team W&I)\n\n"
            f"Klant: {P(cl.full)}, BSN {BS(g.bsn(1))}, geb. {DOB(fdate(g.dob(1970, 2002), 'd-m-Y'))}\n"
            f"Adres: {AD(g.addr())}, {PC(g.pc())} Slingeveld (inwonend bij broer)\n"
            f"IBAN voor uitkering: {IB(g.iban_nl(1))}\n"
            f"Ingangsdatum uitkering: {fdate(g.day2025(), 'd-m-Y')}, norm alleenstaande € 1.401,50\n"
            f"Vervolgafspraak: {fdate(g.day2025(), 'd-m-Y')} 10:30 met {P(STAFF['femke'].first)}.\n"
            + (f"Let op: klant spreekt beperkt Nederlands, tolk {dict(sy='Arabisch', er='Tigrinya', pl='Pools')[cl.her]} "
               f"via tolkdienst regelen.\n\n" if cl.her != "nl" else "Let op: schulden, doorverwijzen naar schuldhulp.\n\n") +
            f"/{P(STAFF['erwin'].first.lower())}\n")
    return (
        f"hallo werk en inkomen,\n\n"
        f"ik heb deze maand geen uitkering gekregen. mijn klantnummer is 300{g.digits(3)}. ik heb een nieuwe "
        f"bankrekening want de oude is dicht, nieuwe rekening is {IB(g.iban_nl(g.pick([0, 2])))}. "
        f"kan iemand mij bellen? {PH(g.nl_mobile(g.pick([0, 2, 5])))}\n\n"
        f"dank u wel\n{P(cl.full)}\n")


@scenario("nl", True)
def nl_afval(g, k):
    p = g.person("nl")
    a = g.addr()
    if k == 0:
        return (
            f"Beste {P(p.first)},\n\nDe nieuwe afvalpas (€ 10,00, wordt met de aanslag verrekend) sturen we binnen "
            f"5 werkdagen naar uw adres. De oude pas is geblokkeerd.\n\n{sig_kcc_nl(g)}\n\n"
            f"-----Oorspronkelijk bericht-----\n"
            f"Beste gemeente,\n\nIk ben mijn afvalpas kwijt (die van het milieupark aan de Nijverheidsweg 31). "
            f"Mijn adres is {AD(a)}, {PC(g.pc())} Slingeveld. Het pasnummer weet ik niet meer, hij begon met AP-00. "
            f"Kunt u een nieuwe sturen? Moet ik daarvoor betalen (€ 10,00?)\n\nGroeten,\n{P(p.full)}\n")
    return (
        f"Aanvraag extra container\n\n"
        f"Graag ontvangen wij een extra GFT-container (140 liter) voor {AD(a)}, {PC(g.pc(style=1))}. Wij zijn met 6 personen "
        f"en de bak zit na een week al vol. Chipnummer van de huidige container: 04A1-22F3-{g.digits(4)}.\n"
        f"De kosten van € 34,50 per jaar mogen via de aanslag.\n\nMet vriendelijke groet,\nfam. {P(p.sur)}\n")


@scenario("nl", True)
def nl_melding(g, k):
    p = g.person("nl")
    if k == 0:
        a = g.addr()
        return (
            f"Melding openbare ruimte – ontvangen via slingeveld.example/melden\n"
            f"Meldingnummer: {g.ref9()}\n"
            f"Categorie: Straatverlichting > lantaarnpaal defect\n"
            f"Locatie: lantaarnpaal voor {AD(a)} (mastnummer SLV-0412-07)\n"
            f"Omschrijving: lamp brandt al 2 weken niet, erg donker op het fietspad richting de Slingelaan.\n"
            f"Melder: {P(p.full)}\nTelefoon: {PH(g.nl_mobile())}\nE-mail: {EM(g.email(p))}\n"
            f"Terugkoppeling gewenst: ja\n")
    a = g.addr()
    return (
        f"Facebook Messenger – Gemeente Slingeveld\n\n"
        f"{P(p.full)}: Hoi! Al 3 weken een flink gat in de weg bij ons voor de deur 🚧🚲 {AD(a)}, {PC(g.pc(style=1))}. "
        f"Mijn dochter is er gisteren met de fiets in gereden. Wanneer wordt dit gemaakt??\n"
        f"Gemeente Slingeveld: Hoi {P(p.first)}, wat vervelend! We hebben er een melding van gemaakt "
        f"(MOR-2025-{g.digits(5)}). De aannemer komt binnen 5 werkdagen. ^{P(STAFF['mehmet'].first)}\n"
        f"{P(p.full)}: 👍 top, dank je\n")


@scenario("nl", True)
def nl_huwelijk(g, k):
    a = g.person("nl", "f")
    b = g.person(g.pick(["nl", "de"]), "m")
    w = [g.person("nl"), g.person("nl"), g.person(g.pick(["nl", "de"]))]
    dt = g.day2025((6, 1), (10, 31))
    if k == 0:
        return (
            f"Onderwerp: melding voorgenomen huwelijk + reservering trouwzaal\n\n"
            f"Beste Burgerzaken,\n\n"
            f"Wij willen graag trouwen op {['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'][dt.weekday()]} "
            f"{dt.day} {MONTHS_NL[dt.month - 1]} 2025 om 14:00 uur in de trouwzaal van het stadhuis (Stadhuisplein 1).\n\n"
            f"Partner 1: {P(g.given_names(a) + ' ' + a.sur_low)}, geboren {DOB(fdate(g.dob(1985, 2000), 'd-m-Y'))} "
            f"te Winterswijk, ID-kaart {ID(g.idcard_nl())}\n"
            f"Partner 2: {P(g.given_names(b) + ' ' + b.sur_low)}, geboren {DOB(fdate(g.dob(1983, 2000), 'd-m-Y'))} "
            f"te Bocholt, paspoort {ID(g.passport_nl() if b.her == 'nl' else g.de_ausweis(True))}\n\n"
            f"Getuigen: {P(w[0].full)} (geb. {DOB(fdate(g.dob(1950, 2000), 'd-m-Y'))}), {P(w[1].full)} "
            f"(geb. {DOB(fdate(g.dob(1950, 2000), 'd-m-Y'))}) en {P(w[2].full)} (geb. {DOB(fdate(g.dob(1950, 2000), 'd-m-Y'))}).\n"
            f"Wij kiezen voor een eigen trouwambtenaar (BABS voor één dag): {P(g.person('nl').full)}.\n\n"
            f"Groetjes,\n{P(a.first)} & {P(b.first)}\n")
    return (
        f"Aanvraag registratie partnerschap\n"
        f"--------------------------------\n"
        f"Geslachtsnaam partner 1 : {P(a.sur_low)}\nVoornamen partner 1     : {P(g.given_names(a, 1))}\n"
        f"Geboortedatum partner 1 : {DOB(fdate(g.dob(1960, 1999), 'iso'))}\n"
        f"Geslachtsnaam partner 2 : {P(b.sur_low)}\nVoornamen partner 2     : {P(g.given_names(b, 1))}\n"
        f"Geboortedatum partner 2 : {DOB(fdate(g.dob(1960, 1999), 'iso'))}\n"
        f"Gewenste datum          : {fdate(dt, 'iso')} (gratis variant, maandag 09:00)\n"
        f"Getuige 1               : {P(w[0].full)}\nGetuige 2               : {P(w[1].full)}\n"
        f"Contact                 : {EM(g.email(a))} / {PH(g.nl_mobile())}\n")


@scenario("nl", True)
def nl_klacht(g, k):
    p = g.person("nl")
    if k == 0:
        st = STAFF["erwin"]
        return (
            f"Klacht over behandeling aan de balie\n\n"
            f"Op {fdate(g.day2025(), 'd-m-Y')} had ik om 09:40 een afspraak voor een rijbewijs. Ik heb 35 minuten "
            f"moeten wachten en werd daarna door de heer {P(st.sur)} onvriendelijk te woord gestaan omdat mijn pasfoto "
            f"niet goed zou zijn. Die foto kwam gewoon van de fotograaf op de Spoorstraat!\n"
            f"Ik verwacht een excuus en terugbetaling van de € 14,95 voor nieuwe foto's.\n\n"
            f"{P(p.full)}\n{AD(g.addr())}\n{PC(g.pc())} Slingeveld\n{PH(g.nl_fixed('0543'))}\n")
    nb = g.person("nl", "m")
    return (
        f"Goedemiddag,\n\n"
        f"Al maanden staat de caravan van de buurman ({P(nb.full)}, {AD(g.addr())}) op straat, kenteken "
        f"{LP(g.kenteken(0, sidecodes=(9, 10, 11)))}. Hij zegt dat dit mag omdat hij 'm elk weekend verplaatst. "
        f"Volgens mij mag een caravan maximaal 3 dagen op de openbare weg. Kan handhaving hier eens naar kijken? "
        f"Ik wil niet dat hij weet dat ik dit gemeld heb. Raadslid {P(OFFICIALS['huinink'].full)} weet ervan en "
        f"zei dat ik het hier moest melden.\n\n"
        f"{P(p.first)}\n")


@scenario("nl", True)
def nl_interne_notitie(g, k):
    p = g.person(g.pick(["nl", "ma", "tr"]))
    if k == 0:
        return (
            f"TERUGBELVERZOEK\n"
            f"Aangenomen door: {P(STAFF['anouk'].first)} (KCC), {fdate(g.day2025(), 'd-m-Y')} {g.time()}\n"
            f"Voor: team Belastingen, t.a.v. {P(STAFF['ria'].full)}\n\n"
            f"{'Mevr.' if p.f else 'Dhr.'} {P(p.sur)} belde over de aanslag afvalstoffenheffing (tweede persoon "
            f"staat er nog op, is al in april verhuisd). Wil teruggebeld worden op {PH(g.nl_mobile())} tussen 12 en "
            f"13 uur.\nKlant noemde ook BSN {BS(g.bsn())} — niet nodig, graag niet vastleggen in de zaak.\n"
            f"Kan daarnaast niet inloggen op Mijn Slingeveld: melding 'IP-adres {IP(g.ip4())} tijdelijk geblokkeerd'. "
            f"Doorgezet naar Functioneel Beheer.\n")
    st1, st2 = STAFF["erwin"], STAFF["joyce"]
    d = fdate(g.day2025(), 'd-m-Y')
    return (
        f"Teams – chat Burgerzaken/KCC, {d}\n"
        f"[10:02] {P(st2.full)}: {P(st1.first)}, heb jij even? Klant aan de lijn, {P(p.full)}, zegt dat "
        f"{'ze' if p.f else 'hij'} nog op het oude adres staat ingeschreven.\n"
        f"[10:03] {P(st1.full)}: geboortedatum?\n"
        f"[10:03] {P(st2.full)}: geb. {DOB(fdate(g.dob(1960, 2000), 'd-m-Y'))} in Casablanca\n"
        f"[10:05] {P(st1.full)}: gevonden. Adreswijziging staat klaar, ingangsdatum {fdate(g.day2025(), 'd-m-Y')}, "
        f"alleen nog niet goedgekeurd. Doe ik nu.\n"
        f"[10:05] {P(st2.full)}: top, thx 🙏\n")


@scenario("nl", True)
def nl_subsidie(g, k):
    if k == 0:
        p = g.person("nl")
        ver = g.pick(["Muziekvereniging Kunst na Arbeid Meddoveen", "Stichting Dorpshuis 't Hoeske",
                      "IJsclub Woolderesch", "Schutterij Sint-Jan Kottenbroek"])
        return (
            f"Onderwerp: aanvraag jaarsubsidie 2026 – {NP(ver)}\n\n"
            f"Geachte heer/mevrouw,\n\n"
            f"Hierbij dienen wij de aanvraag jaarsubsidie 2026 in (regeling Maatschappelijke Activiteiten, "
            f"gevraagd bedrag € 4.250,00). {NP(ver)} is ingeschreven bij de KvK onder nummer {KVK(g.kvk())}.\n"
            f"Het bedrag kan worden overgemaakt op {IB(g.iban_nl(1, g.pick(['RABO', 'RABO', 'INGB'])))} t.n.v. de vereniging.\n\n"
            f"Contactpersoon: {P(p.full)} (penningmeester), {PH(g.nl_mobile())}, {EM(g.email(p))}\n\n"
            f"Bijlagen: begroting 2026, jaarrekening 2024, activiteitenplan.\n\n"
            f"Met vriendelijke groet,\nnamens het bestuur,\n{P(p.full)}\n")
    p = g.person(g.pick(["nl", "tr"]))
    return (
        f"Aanvraag standplaatsvergunning weekmarkt (donderdag)\n\n"
        f"Naam ondernemer: {P(p.full)}\nHandelsnaam: {NP('Poffertjeskraam ' + p.sur) if g.chance(0.5) else 'Poffertjes & Meer'}\n"
        f"KvK-nummer: {KVK(g.kvk())}\n"
        f"Btw-id: {BTW(g.btw())}\n"
        f"Oud omzetbelastingnummer (staat nog op mijn oude facturen): {BS(g.ob_nummer())}\n"
        f"Gewenste plek: 6 meter, stroomaansluiting 16A\n"
        f"Telefoon: {PH(g.nl_mobile())}\n")


@scenario("nl", True)
def nl_vergunning(g, k):
    p = g.person("nl")
    if k == 0:
        arch = g.person("nl")
        a = g.addr()
        return (
            f"Beste afdeling vergunningen,\n\n"
            f"Wij willen een dakkapel plaatsen aan de achterkant van onze woning op {AD(a)}, {PC(g.pc())}. "
            f"Is daar een omgevingsvergunning voor nodig, of valt dit onder vergunningvrij bouwen? De dakkapel wordt "
            f"3,20 m breed en 1,60 m hoog.\n\n"
            f"Onze architect is {P(arch.full)} van {NP(arch.last + ' Architecten')} ({EM(g.email(arch, ['architectenbureau.nl']))}); "
            f"de aannemer is {NP(g.person('nl').last + ' Bouw B.V.')}, KvK {KVK(g.kvk())}.\n\n"
            f"Met vriendelijke groet,\n{P(p.full)}\n")
    a_nb = g.addr()
    return (
        f"Zienswijze tegen ontwerpbesluit omgevingsvergunning Z-2025-{g.digits(5)}\n\n"
        f"Ondergetekende, {P(p.full)}, wonende {AD(g.addr())} te Slingeveld, dient hierbij een zienswijze in tegen "
        f"het voornemen vergunning te verlenen voor een mantelzorgwoning op het perceel {AD(a_nb)}. De woning komt op "
        f"2,5 meter van mijn erfgrens en ontneemt alle middagzon.\n\n"
        f"Graag word ik gehoord. Ik ben bereikbaar via {EM(g.email(p))}.\n\n{P(p.full)}\n")


@scenario("nl", True)
def nl_naturalisatie(g, k):
    cl = g.person(g.pick(["sy", "er", "ua"]))
    if k == 0:
        vol = g.person("nl")
        return (
            f"Beste Burgerzaken,\n\n"
            f"Ik ben taalmaatje bij VluchtelingenWerk en help {'mevrouw' if cl.f else 'de heer'} {P(cl.full)} "
            f"(geboren {DOB(fdate(g.dob(1975, 2001), 'd-m-Y'))}, verblijfsdocument {ID(g.residence())}). "
            f"{'Zij' if cl.f else 'Hij'} heeft het inburgeringsdiploma gehaald en wil naturalisatie aanvragen.\n"
            f"Kunnen wij samen een afspraak maken? {'Zij' if cl.f else 'Hij'} woont op {AD(g.addr())}. "
            f"De leges (€ 1.345,00) worden in één keer betaald.\n\n"
            f"Hartelijke groet,\n{P(vol.full)}\n{PH(g.nl_mobile())}\n")
    return (
        f"Goedendag.\n\nIk ben {P(cl.full)}. Ik wil een afspraak voor de naturalisatie ceremonie. Ik heb brief van IND "
        f"gekregen op {fdate(g.day2025(), 'd-m-Y')}. Mijn verblijfspas nummer is {ID(g.residence())}. "
        f"Mijn telefoon {PH(g.nl_mobile(g.pick([2, 5])))}.\n\nDank u wel.\n{P(cl.first)}\n")


@scenario("nl", True)
def nl_social(g, k):
    p = g.person("nl")
    if k == 0:
        handle = "@" + fold(p.first).lower() + "_" + str(g.r.randint(70, 99))
        return (
            f"X – vermelding\n"
            f"{handle}: @GemSlingeveld al 3 weken ligt er een stoeptegel los voor mijn huis op de {AD(g.addr())} 😡 "
            f"wie betaalt er als mijn moeder valt?? wethouder {P(OFFICIALS['yildirim'].sur)} beloofde vorig jaar nog "
            f"'veilige stoepen' #slingeveld #gemeente\n"
            f"@GemSlingeveld: Hoi, dat is vervelend! Wil je ons een DM sturen met je telefoonnummer? Dan maken we een "
            f"melding voor je. ^{P(STAFF['mehmet'].first)}\n")
    off = OFFICIALS["eppink"]
    return (
        f"Facebook – Gemeente Slingeveld\n\n"
        f"Nieuwe speeltuin Esdoornlaan geopend! 🛝 Zaterdag opende wethouder {P(off.full)} samen met kinderen van "
        f"basisschool De Esch de vernieuwde speeltuin. 'Spelen is geen luxe', aldus {P(off.sur)}. De speeltuin kostte "
        f"€ 86.000, waarvan € 20.000 uit het Jeugdfonds.\n\nReacties:\n"
        f"{P(p.full)}: Mooi! 🎉 Maar wanneer komt de speeltuin aan de Korenbloemstraat? Dat beloofde {P(off.sur)} "
        f"in 2023 al 🙄\n"
        f"↳ {P(g.person('nl').full)}: Klopt, wij wachten ook nog. Onze kinderen spelen nu op straat.\n"
        f"↳ Gemeente Slingeveld: Dank voor jullie reactie! De Korenbloemstraat staat in de planning voor voorjaar "
        f"2026. Meer info: slingeveld.example/spelen\n")


@scenario("nl", True)
def nl_terugbetaling(g, k):
    p = g.person("nl")
    if k == 0:
        return (
            f"Beste gemeente,\n\n"
            f"Ik heb de leges voor mijn nieuwe rijbewijs (€ 45,65) twee keer betaald: één keer met de pin aan de balie "
            f"en één keer via de betaallink in de mail van {fdate(g.day2025(), 'd-m-Y')} om {g.time()}. Mijn oude "
            f"rijbewijsnummer is {ID(g.rijbewijs())}, als dat helpt.\n"
            f"Inmiddels woon ik in België ({AD(g.pick(['Kerkstraat', 'Stationsstraat', 'Dorpsstraat']) + ' ' + str(g.r.randint(2, 90)) + ' bus ' + str(g.r.randint(1, 6)))}, "
            f"{PC(g.pick(['3920', '3900', '3990']))} {g.pick(['Lommel', 'Pelt', 'Peer'])}) en mijn Nederlandse rekening is "
            f"opgeheven. Wilt u het dubbel betaalde bedrag terugstorten op mijn Belgische rekening "
            f"{IB(g.iban_be(g.pick([1, 3])))} t.n.v. {P(p.ini)}? Bij vragen: gsm {PH(g.be_mobile())}.\n\n"
            f"Met vriendelijke groet,\n{P(p.full)}\n")
    return (
        f"hallo,\n\nik wilde online de hondenbelasting betalen met mijn creditcard maar kreeg een foutmelding "
        f"(code 5012). Toch is het bedrag (€ 118,20) wel afgeschreven. Kaartnummer {CC(g.card(g.pick(['visa', 'mc'])))}, "
        f"geldig t/m 09/27. Kan iemand uitzoeken of het nou betaald is?\n\n"
        f"gr {P(p.first.lower())}\n")


@scenario("nl", True)
def nl_doorgestuurd(g, k):
    cp = g.person("nl")
    ten = g.person(g.pick(["nl", "pl", "tr"]))
    if k == 0:
        a = g.addr()
        return (
            f"---------- Doorgestuurd bericht ---------\n"
            f"Van: {P(cp.full)} <{EM(fold(cp.first).lower() + '.' + fold(cp.last).lower() + '@woonstichtingdeslinge.nl')}>\n"
            f"Datum: {fdate(g.day2025(), 'd-m-Y')} {g.time()}\n"
            f"Aan: kcc@slingeveld.example\n"
            f"Onderwerp: overlast {AD(a)}\n\n"
            f"Goedemiddag,\n\n"
            f"Wij ontvangen veel klachten over geluidsoverlast en afval in de tuin bij onze huurder "
            f"{P(ten.full)} op {AD(a)}. Graag stemmen we af met de wijkboa. Huurder is bereikbaar op "
            f"{PH(g.nl_mobile())}.\n\n"
            f"Met vriendelijke groet,\n{P(cp.full)}\nWoonconsulent Woonstichting De Slinge\n")
    st = STAFF["anouk"]
    d = g.day2025()
    return crlf(
        f"Dank u. Ons nieuwe adres is dus {AD(g.addr())}, {PC(g.pc())}.\n\n"
        f"{P(cp.first)}\n\n"
        f"> Op {d.day} {MONTHS_NL[d.month - 1]} 2025 om {g.time()} schreef KCC Slingeveld <kcc@slingeveld.example>:\n"
        f">\n> Beste {'mevrouw' if cp.f else 'meneer'} {P(cp.sur)},\n>\n"
        f"> Uw verhuizing kunnen wij pas verwerken als wij het volledige nieuwe adres hebben. Wilt u dat nog aan ons "
        f"doorgeven? Vermeld daarbij zaaknummer Z-2025-{g.digits(5)}.\n>\n"
        f"> Met vriendelijke groet,\n> {P(st.full)}\n> Klantcontactcentrum | Gemeente Slingeveld\n> T 14 0543\n")


# ── Dutch, without personal data ────────────────────────────────────────────────────────────────

@scenario("nl", False)
def nl_openingstijden(g, k):
    if k == 0:
        t = g.times(4)
        return (
            f"Chat – slingeveld.example/chat\n"
            f"[{t[0]}] Bezoeker: Hoi, is het stadhuis zaterdag open? Ik moet mijn paspoort ophalen\n"
            f"[{t[1]}] KCC Slingeveld: Goedemorgen! Op zaterdag is het stadhuis gesloten. Paspoorten en "
            f"ID-kaarten kunt u ophalen op ma t/m vr van 08:30 tot 17:00 uur en op donderdag tot 20:00 uur (alleen op "
            f"afspraak). Neem uw ophaalbrief en het oude document mee.\n"
            f"[{t[2]}] Bezoeker: En moet ik daarvoor ook een afspraak maken?\n"
            f"[{t[3]}] KCC Slingeveld: Ophalen kan zonder afspraak tot 16:30 uur. Bellen kan ook: 14 0543 "
            f"(vanuit Duitsland +31 543 57 20 00). 😊\n")
    return (
        f"Onderwerp: Automatisch antwoord: uw bericht aan Gemeente Slingeveld\n\n"
        f"Dank voor uw e-mail. Wij hebben uw bericht ontvangen onder kenmerk KCC-2025-{g.digits(6)}. U krijgt binnen "
        f"5 werkdagen antwoord.\n\n"
        f"Openingstijden stadhuis (Stadhuisplein 1, 7115 RG Slingeveld):\n"
        f"  maandag t/m woensdag  08:30 – 17:00\n  donderdag             08:30 – 20:00\n  vrijdag               08:30 – 12:30\n\n"
        f"Betalingen voor leges en belastingen: NL62 BNGH 0285 4417 20 t.n.v. Gemeente Slingeveld, onder vermelding "
        f"van het aanslag- of zaaknummer.\n"
        f"Post: Postbus 1000, 7110 AA Slingeveld | KvK 50983124 | btw NL001926457B01\n"
        f"WhatsApp: 06-31882740 (ma–vr 09:00–17:00)\n")


@scenario("nl", False)
def nl_afvalkalender(g, k):
    if k == 0:
        d = [g.day2025() for _ in range(3)]
        return (
            f"vraagje: wanneer wordt in zone 3 (buitengebied Woolderesch) de oranje container geleegd? in de app staat "
            f"{fdate(d[0], 'd-m-Y')} maar op de papieren kalender {fdate(d[1], 'd-m-Y')}. en klopt het dat de "
            f"kerstbomen op {fdate(date(2026, 1, 10), 'd-m-Y')} worden opgehaald?? 🎄 alvast bedankt!\n")
    return (
        f"Tarieven Milieupark Slingeveld (Nijverheidsweg 31) per 1 januari 2025\n\n"
        f"| afvalsoort            | eenheid  | tarief   |\n|-----------------------|----------|----------|\n"
        f"| grof huishoudelijk    | 0,5 m³   | € 7,50   |\n| bouw- en sloopafval   | 0,5 m³   | € 12,00  |\n"
        f"| asbest (max. 35 m²)   | per keer | gratis   |\n| snoeiafval            | 1 m³     | € 3,00   |\n"
        f"| autobanden            | per stuk | € 2,50   |\n\n"
        f"Openingstijden: di t/m vr 09:00–16:30, za 09:00–15:00. Neem uw afvalpas mee; pinnen verplicht.\n")


@scenario("nl", False)
def nl_it_notitie(g, k):
    if k == 0:
        return (
            f"Storingsmelding INC-2025-{g.digits(5)} – zaaksysteem traag\n\n"
            f"Sinds de update naar versie 4.12.0.3 van het zaaksysteem duurt het openen van een zaak 20–30 sec. "
            f"Applicatieserver 10.40.2.17 draait op 2048 MB werkgeheugen, advies leverancier is minimaal 8192 MB. "
            f"Testomgeving (192.168.20.5) heeft het probleem niet. Workaround: cache legen (Ctrl+F5).\n"
            f"Prioriteit: P2 – melding doorgezet naar Functioneel Beheer.\n")
    return (
        f"Wijzigingsverzoek RFC-2025-{g.digits(3)}: koppeling DigiD/eHerkenning\n\n"
        f"- build 7.3.1.12 uitrollen op acceptatie op {fdate(g.day2025(), 'd-m-Y')} om 19:00\n"
        f"- certificaat PKIoverheid verloopt op 14-11-2025, vervangen vóór 01-11-2025\n"
        f"- VM SLV-APP-03 uitbreiden naar 4096 MB RAM en 2 vCPU\n"
        f"- rollback: snapshot van 18:45\n"
        f"Akkoord: CAB van dinsdag.\n")


@scenario("nl", False)
def nl_wegafsluiting(g, k):
    if k == 0:
        return (
            f"Nieuwsbericht – Burgemeester Visserstraat afgesloten\n\n"
            f"Van maandag 7 juli tot en met vrijdag 1 augustus is de Burgemeester Visserstraat afgesloten tussen de "
            f"Kottenseweg en de Prins Bernhardlaan. De riolering wordt door "
            f"{NP('Wolsink Infra B.V.')} vervangen. Fietsers kunnen via de Meester Nijhuisstraat. Bussen van lijn 73 rijden "
            f"een omleiding; de halte Dokter Ariënsplein vervalt. Vragen? Bel 14 0543.\n")
    return (
        f"Bewonersbrief werkzaamheden Dokter Ariënsplein (kenmerk SLV/OR/2025/{g.digits(4)})\n\n"
        f"Beste bewoner,\n\nIn week 38 en 39 legt {NP('Tankink Groenvoorziening')} nieuwe beplanting aan op het Dokter "
        f"Ariënsplein en in de Pastoor Bloemersstraat. Parkeren is dan niet mogelijk tussen 07:00 en 16:00 uur. "
        f"De inloopavond is op donderdag 4 september van 19:30 tot 21:00 uur in het dorpshuis.\n\n"
        f"Met vriendelijke groet,\nTeam Openbare Ruimte, Gemeente Slingeveld\n")


@scenario("nl", False)
def nl_woz_vraag(g, k):
    if k == 0:
        return (
            f"Goedemiddag, ik snap mijn aanslag niet. Aanslagnummer {g.ref9()}. De WOZ-waarde (waardepeildatum "
            f"1-1-2024) is € 341.000 maar vorig jaar was het € 298.000, dat is 14,4% meer. Hoe kan dat? En tot wanneer "
            f"kan ik bezwaar maken, de dagtekening is {fdate(date(2025, 2, 28), 'd-m-Y')}.\n")
    return (
        f"Standaardantwoord WOZ (Team Belastingen)\n\n"
        f"De WOZ-waarde is bepaald op basis van verkoopcijfers rond de waardepeildatum 1 januari 2024. Bezwaar maken "
        f"kan tot 6 weken na de dagtekening van het aanslagbiljet, via Mijn Slingeveld of per post (Postbus 1000, "
        f"7110 AA Slingeveld). Vermeld het aanslagnummer (9 cijfers, bijv. aanslagnummer {g.ref9()}) en het "
        f"WOZ-objectnummer (12 cijfers, bijv. 1714{g.digits(8)}). Het taxatieverslag kunt u downloaden op "
        f"slingeveld.example/woz.\n\n" + sig_team_nl("Belastingen") + "\n")


@scenario("nl", False)
def nl_parkeertarieven(g, k):
    if k == 0:
        return (
            f"Parkeertarieven centrum 2025\n\n"
            f"Zone A (Markt, Stadhuisplein): € 2,40 per uur, ma–za 09:00–18:00, max. 3 uur\n"
            f"Zone B (schil): € 1,60 per uur, dagkaart € 9,00\n"
            f"Bezoekersparkeren: € 0,60 per uur, maximaal 40 uur per maand\n"
            f"Bewonersvergunning: € 68,00 per jaar, 1 kenteken per vergunning\n\n"
            f"De nieuwe parkeerautomaten (type {NP('PK-24-LB')}) accepteren alleen pin en contactloos betalen.\n")
    return (
        f"Naheffingsaanslag parkeerbelasting – toelichting\n\n"
        f"Naheffingsaanslag nummer 2025-0088-{g.digits(4)} is opgelegd op {fdate(g.day2025(), 'd-m-Y')} om "
        f"{g.time()} in zone A. Bedrag: € 2,40 parkeerbelasting + € 76,10 kosten = € 78,50. Betalen binnen 14 dagen "
        f"op NL68 INGB 0007 6643 18 onder vermelding van betalingskenmerk {g.not_card16()}.\n"
        f"Bezwaar? Binnen 6 weken via slingeveld.example/parkeren.\n")


@scenario("nl", False)
def nl_melding_status(g, k):
    if k == 0:
        return (
            f"Uw melding is ontvangen\n\n"
            f"Meldingnummer: {g.ref9()}\nCategorie: Afval > zwerfvuil\n"
            f"Locatie: Slingelaan, ter hoogte van sporthal De Slinge\n"
            f"Verwachte afhandeling: binnen 5 werkdagen\n\n"
            f"Wilt u de status volgen? Ga naar slingeveld.example/melden/status en vul uw meldingnummer in.\n"
            f"Dit is een automatisch bericht; u kunt hier niet op antwoorden.\n")
    return (
        f"Status update melding {g.ref9()}: AFGEHANDELD\n\n"
        f"De losliggende tegels op de hoek Weurden / Hoge Esch zijn op {fdate(g.day2025(), 'd-m-Y')} hersteld. "
        f"Het gat in het fietspad langs de Vredenseweg (tussen paal 4.2 en 4.7) wordt in week 41 geasfalteerd.\n"
        f"Bent u niet tevreden? Reageer binnen 14 dagen onder vermelding van het meldingnummer.\n\n"
        f"Team Openbare Ruimte\n")


@scenario("nl", False)
def nl_subsidie_info(g, k):
    if k == 0:
        return (
            f"Subsidieregeling Duurzaam Verenigingsgebouw 2025\n\n"
            f"- budget: € 150.000 (op = op)\n- maximaal 40% van de kosten, tot € 12.500 per vereniging\n"
            f"- aanvragen van 1 september 2025 tot en met 31 oktober 2025\n"
            f"- verenigingen en stichtingen met een KvK-inschrijving en zetel in de gemeente\n\n"
            f"Vragen: subsidies@slingeveld.example of 14 0543. Uitbetaling door Gemeente Slingeveld "
            f"(KvK 50983124) binnen 8 weken na vaststelling.\n")
    return (
        f"Re: vraag over btw op subsidie\n\n"
        f"Goedemiddag, subsidies van de gemeente zijn in de regel niet belast met btw. Op onze facturen staat ons "
        f"omzetbelastingnummer NL 0019.26.457.B01; dat hoeft u niet in uw aanvraag op te nemen. Het subsidiebedrag "
        f"(€ 2.750,00) wordt overgemaakt onder kenmerk SUB-2025-{g.digits(4)}.\n\nTeam Subsidies\nGemeente Slingeveld\n")


@scenario("nl", False)
def nl_publicatie(g, k):
    if k == 0:
        return (
            f"Officiële bekendmaking – aanvraag omgevingsvergunning ontvangen\n\n"
            f"Meddoseweg ong., kadastraal SLV00 K {g.digits(4, '123456789')}: bouwen van een werktuigenberging "
            f"(ontvangen {fdate(g.day2025(), 'd-m-Y')}, zaak Z-2025-{g.digits(5)}). Aanvrager: "
            f"{NP('Wissink Agrarisch Loonbedrijf v.o.f.')}\n"
            f"Dit is geen besluit; tegen de aanvraag kunt u nog geen bezwaar maken.\n")
    return (
        f"Verleende omgevingsvergunning\n\n"
        f"Locatie: Kottenseweg ong. (nabij de Prins Bernhardlaan)\nActiviteit: plaatsen van 24 zonnepanelen op een "
        f"veldopstelling van 2048 m²\nVergunninghouder: {NP('Roerdink Energie B.V.')}\n"
        f"Datum besluit: {fdate(g.day2025(), 'd-m-Y')}, kenmerk OV-2025-{g.digits(4)}\n"
        f"Bezwaar binnen 6 weken na verzending bij het college, Postbus 1000, 7110 AA Slingeveld.\n")


@scenario("nl", False)
def nl_chat_milieupark(g, k):
    if k == 0:
        t = g.times(2)
        return (
            f"WhatsApp 06 3188 2740\n"
            f"[za {t[0]}] +31 6 •••• ••12: hoe laat gaat het milieupark open vandaag?? 🙏\n"
            f"[za {t[1]}] Gemeente Slingeveld: Goedemorgen! Vandaag van 09:00 tot 15:00 uur. Vergeet uw afvalpas "
            f"niet 😉\n")
    return (
        f"Chat – slingeveld.example/chat\n"
        f"Bezoeker: mag ik asbestplaten brengen naar het milieupark? het gaat om een schuurtje van 3x4 m\n"
        f"KCC Slingeveld: Ja, tot 35 m² mag dat gratis, mits dubbel verpakt in plastic en afgeplakt. Meld het "
        f"vooraf via slingeveld.example/asbest (melding wordt binnen 2 werkdagen bevestigd).\n"
        f"Bezoeker: top thx 👍\n")


@scenario("nl", False)
def nl_tabel(g, k):
    if k == 0:
        rows = "\n".join(f"{w};{g.r.randint(12, 240)};{g.r.randint(5, 120)};{g.r.randint(1, 9)},{g.r.randint(0, 9)}"
                         for w in ["Centrum", "Kottenbroek", "Meddoveen", "Woolderesch", "Huppelhorst", "Buitengebied"])
        return (f"Export meldingen openbare ruimte Q2 2025 (bron: MOR-dashboard)\n\n"
                f"wijk;aantal_meldingen;afgehandeld_binnen_termijn;gem_doorlooptijd_dagen\n{rows}\n")
    return (
        f"| locatie                  | adres                        | ma–vr          | za          |\n"
        f"|--------------------------|------------------------------|----------------|-------------|\n"
        f"| Stadhuis (Burgerzaken)   | Stadhuisplein 1              | 08:30–17:00    | gesloten    |\n"
        f"| Milieupark               | Nijverheidsweg 31            | 09:00–16:30    | 09:00–15:00 |\n"
        f"| Servicepunt Meddoveen    | dorpshuis, kerkplein         | di 09:00–12:00 | –           |\n"
        f"| Gemeentewerf             | via Nijverheidsweg 31        | 07:00–15:30    | –           |\n\n"
        f"Wijzigingen rond de feestdagen: 24 en 31 december sluiten alle locaties om 12:00 uur.\n")


# ════════════════════════════════════════════════════════════════════════════════════════════════
# English scenarios (25: 16 with personal data, 9 without)
# ════════════════════════════════════════════════════════════════════════════════════════════════

def sig_intl(g):
    pr = STAFF["priya"]
    return g.pick([
        f"Kind regards,\n\n{sn(pr)}\nInternational Desk | Municipality of Slingeveld\n"
        f"T +31 543 57 20 00 | international@slingeveld.example",
        f"Best wishes,\n{P(pr.first)}\nInternational Desk, Gemeente Slingeveld\nPhone 14 0543 (from abroad +31 (0)543 572 000)",
    ])


@scenario("en", True)
def en_registration(g, k):
    if k == 0:
        p = g.person("uk")
        ua, town, upc = g.uk_addr()
        return (
            f"Subject: First registration in the BRP – appointment\n\n"
            f"Hello,\n\n"
            f"I moved to Slingeveld from {town} last month for a job in Winterswijk and need to register at the town hall. "
            f"My details:\n\n"
            f"Name: {P(p.full)}\nDate of birth: {DOB(fdate(g.dob(1975, 2000), g.pick(['long', 'd/m/Y'])))}\n"
            f"British passport number: {ID(g.uk_passport())}\n"
            f"New address: {AD(g.addr())}, {PC(g.pc())} Slingeveld\n"
            f"Previous address: {AD(ua)}, {town} {PC(upc)}\n\n"
            f"Could I get an appointment in the week of 14 July? I can be reached on {PH(g.uk_phone())} or by e-mail "
            f"({EM(g.email(p, EMAIL_DOMAINS_EN))}).\n\n"
            f"Many thanks,\n{P(p.first)}\n")
    p = g.person("in")
    return (
        f"Hi,\n\nI am a master student starting in September and I will live at {AD(g.addr())} "
        f"({PC(g.pc(style=1))}) with two other students. The landlord, {P(g.person('nl').full)}, said I must register "
        f"within 5 days. I have my residence permit already (document number {ID(g.residence())}). Do I also need "
        f"a birth certificate with apostille? I was born on {DOB(fdate(g.dob(1998, 2003), 'us'))} in Pune.\n\n"
        f"Thanks a lot!\n{P(p.full)}\n")


@scenario("en", True)
def en_deregistration(g, k):
    p = g.person(g.pick(["uk", "in", "pl"]))
    if k == 0:
        town = g.de_place()
        return (
            f"Dear Sir/Madam,\n\n"
            f"I am moving from {AD(g.addr())} in Slingeveld to Germany on {fdate(g.day2025(), 'long', 'en')}. "
            f"My new address will be {AD(g.de_addr())}, {PC(town[1])} {town[0]}.\n"
            f"Do I need to deregister (emigration) myself or is this done automatically when I register in "
            f"{town[0]}? My BSN is {BS(g.bsn(g.pick([0, 2])))}.\n\n"
            f"Kind regards,\n{P(p.full)}\n{PH(g.nl_mobile(g.pick([3, 4])))}\n")
    ua, town, upc = g.uk_addr()
    return crlf(
        f"Hello International Desk,\n\n"
        f"After four years we are moving back to the UK. From 1 October our address is {AD(ua)}, {town} {PC(upc)}.\n"
        f"Please deregister me ({P(p.full)}, born {DOB(fdate(g.dob(1970, 1995), 'long', 'en'))}) and my daughter "
        f"{P(g.person(p.her, 'f', family=p).first)} (born {DOB(fdate(g.dob(2012, 2020), 'long', 'en'))}). "
        f"Will we receive a confirmation letter? Please send it by e-mail to {EM(g.email(p, EMAIL_DOMAINS_EN))}.\n\n"
        f"Cheers,\n{P(p.first)}\n")


@scenario("en", True)
def en_residence_lost(g, k):
    if k == 0:
        p = g.person(g.pick(["in", "uk", "pl"]))
        return (
            f"Dear {P(p.first)},\n\nPlease report the theft to the IND as well; the municipality cannot replace a "
            f"residence card. For your trip you can ask the IND for a return visa or a temporary document.\n\n"
            f"{sig_intl(g)}\n\n-----Original Message-----\n"
            f"Hello,\n\nmy residence card was stolen from my bike bag at the station yesterday. The document number "
            f"was {ID(g.residence())}. I reported it to the police (report number {g.digits(4)}-{g.digits(6)}). Do I "
            f"report this to the municipality or only to the IND? I need the card to travel to Germany for work on "
            f"{fdate(g.day2025(), 'long', 'en')}.\n\nPlease call me: {PH(g.nl_mobile())}\n\nThanks, {P(p.first)}\n")
    helper = g.person("nl")
    mom = g.person("ua", "f")
    kid1 = g.person("ua", "m", family=mom)
    return (
        f"Dear colleagues,\n\n"
        f"I volunteer for the Ukrainian families in the former convent on the Kerkhofweg. "
        f"{P(mom.full)} (DOB {DOB(fdate(g.dob(1978, 1992), 'd.m.Y'))}) lost the folder with her and her son's "
        f"documents. Her son {P(kid1.first)} was born on {DOB(fdate(g.dob(2010, 2016), 'd.m.Y'))}. Both were "
        f"registered in the BRP in 2022. Her BSN is {BS(g.bsn())}.\n"
        f"Can they get a new proof of registration (a sticker in the passport is not possible, the passport is gone "
        f"too)?\n\n"
        f"Regards,\n{P(helper.full)}\n{PH(g.nl_mobile())}\n")


@scenario("en", True)
def en_parking(g, k):
    p = g.person(g.pick(["uk", "in"]))
    if k == 0:
        return (
            f"Hi there,\n\nI got a new lease car through my employer, registration {LP(g.kenteken(g.pick([0, 3])))}. "
            f"Can I transfer my residents' parking permit (permit no. PV-SLV-2025-{g.digits(4)}) to this car? "
            f"The old one, {LP(g.kenteken(0))}, has been returned to the lease company.\n"
            f"I live at {AD(g.addr())}, {PC(g.pc())}.\n\nThanks,\n{P(p.full)}\n")
    town = g.de_place()
    visitor = g.person("de", "m")
    return (
        f"Hello, my friend {P(visitor.full)} is visiting from {town[0]} next weekend. His car has a German plate "
        f"({LP(g.kennzeichen(town[3], 0))}). The visitor parking app only accepts Dutch number plates, it seems? "
        f"What should we do, the fine for parking without a permit is €76.10 I heard 😅\n\n{P(p.first)}\n")


@scenario("en", True)
def en_tax_refund(g, k):
    p = g.person("uk" if k == 0 else g.pick(["in", "pl"]))
    ref = g.ref9()
    if k == 0:
        return (
            f"Dear Tax Department,\n\n"
            f"According to the letter of {fdate(g.day2025((3, 1), (5, 30)), 'long', 'en')} (assessment number {ref}) "
            f"I am entitled to a refund of €143.28 for the waste levy, because I moved out in February. As I have "
            f"closed my Dutch account, could you please transfer the money to my UK account:\n\n"
            f"IBAN: {IB(g.iban_gb(1))}\nAccount holder: {P(p.full)}\nBIC: BARCGB22\n\n"
            f"Kind regards,\n{P(p.full)}\n")
    return (
        f"Hello, I paid the municipal taxes twice (once by direct debit and once by bank transfer, € 387.60 each). "
        f"Assessment number {ref}. Please refund the double payment to {IB(g.iban_nl(g.pick([0, 1])))} in the name of "
        f"{P(p.ini)}. Thank you!\n\n– {P(p.first)}\n")


@scenario("en", True)
def en_refugee_family(g, k):
    helper = g.person("nl")
    dad = g.person("sy", "m")
    mom = g.person("sy", "f")
    kids = [g.person("sy", family=dad), g.person("sy", family=dad)]
    if k == 0:
        rows = "\n".join(f"| {P(x.full)} | {DOB(fdate(g.dob(lo, hi), 'd-m-Y'))} | {BS(g.bsn())} |"
                         for x, lo, hi in [(dad, 1975, 1990), (mom, 1978, 1993), (kids[0], 2008, 2014),
                                           (kids[1], 2015, 2021)])
        return (
            f"Dear Burgerzaken,\n\n"
            f"The family below moved last week from the AZC to a house of the housing association at "
            f"{AD(g.addr())}, {PC(g.pc())} Slingeveld. Could you register the new address? The rental contract "
            f"is attached.\n\n"
            f"| name | date of birth | BSN |\n|---|---|---|\n{rows}\n\n"
            f"I am their buddy from VluchtelingenWerk; you can reach me on {PH(g.nl_mobile())}.\n\n"
            f"Best regards,\n{P(helper.full)}\n")
    return (
        f"Hello, I'm writing on behalf of {P(dad.full)} and {P(mom.full)}. Their youngest, {P(kids[1].first)}, "
        f"was born on {DOB(fdate(g.day2025((1, 5), (4, 30)), 'long', 'en'))} in the hospital in Winterswijk. The father "
        f"will come to declare the birth with me on Thursday at 10:00 (appointment BZ-{g.digits(4)}). Do we need an "
        f"interpreter or can I translate? The father's residence document: {ID(g.residence())}.\n\n"
        f"Thanks, {P(helper.first)}\n")


@scenario("en", True)
def en_wedding(g, k):
    a = g.person("uk", "m")
    b = g.person("nl", "f")
    if k == 0:
        wit = [g.person("uk", "m", family=a), g.person("nl")]
        return (
            f"Subject: Notice of intended marriage\n\n"
            f"Hello,\n\n"
            f"My fiancée and I would like to get married at the town hall on Friday 26 September 2025.\n\n"
            f"Groom: {P(a.full)}, born {DOB(fdate(g.dob(1980, 1998), 'long', 'en'))} in Manchester, UK passport "
            f"{ID(g.uk_passport())}\n"
            f"Bride: {P(b.full)}, born {DOB(fdate(g.dob(1982, 1999), 'long', 'en'))} in Slingeveld, Dutch ID card "
            f"{ID(g.idcard_nl())}\n\n"
            f"Our witnesses are my brother {P(wit[0].full)} and her friend {P(wit[1].full)}. Can the ceremony be "
            f"(partly) in English? We'd prefer the Trouwzaal at 15:30.\n\n"
            f"Best regards,\n{P(a.first)} and {P(b.first)}\n")
    t = g.times(4)
    return (
        f"[{t[0]}] {P(b.first)}: hi! we want to register our partnership, quick & simple. is 9am on a monday "
        f"still free in october?\n"
        f"[{t[1]}] KCC Slingeveld: Hi! Yes, Monday 6 and 13 October at 09:00 are available. First submit the "
        f"notice online via slingeveld.example/trouwen.\n"
        f"[{t[2]}] {P(b.first)}: great. my partner is {P(a.full)}, he was born {DOB(fdate(g.dob(1985, 1999), 'd/m/Y'))}, "
        f"does he need a birth certificate from the UK?\n"
        f"[{t[3]}] KCC Slingeveld: Yes, an apostilled birth certificate, not older than 6 months. ^{P(STAFF['anouk'].first)}\n")


@scenario("en", True)
def en_report(g, k):
    p = g.person(g.pick(["uk", "in", "pl"]))
    a = g.addr()
    if k == 0:
        return (
            f"Report public space (web form)\n"
            f"Category: Roads > pothole\n"
            f"Location: in front of {AD(a)}\n"
            f"Description: deep pothole (approx. 40 cm wide) on the cycle path, my son fell on his bike yesterday evening.\n"
            f"Name: {P(p.full)}\nPhone: {PH(g.nl_mobile())}\n"
            f"Reference: MOR-2025-{g.digits(5)}\n")
    return (
        f"Hello,\n\nThe street light opposite our house ({AD(a)}, {PC(g.pc())}) has been flickering for weeks and "
        f"now it is completely off. The pole number is SLV-{g.digits(4)}-{g.digits(2)}. It's quite dark for the kids "
        f"walking to school.\n\nBest,\n{P(p.full)}\n{EM(g.email(p, EMAIL_DOMAINS_EN))}\n")


@scenario("en", True)
def en_complaint(g, k):
    p = g.person(g.pick(["uk", "in"]))
    st = STAFF["joyce"]
    d = g.day2025()
    if k == 0:
        return crlf(
            f"Hi {P(st.first)},\n\n"
            f"Thanks, but the grey bin was skipped AGAIN this morning. That's the third time since July. Our address "
            f"is {AD(g.addr())} — it's the house with the blue door at the end of the cul-de-sac.\n\n"
            f"{P(p.full)}\n{PH(g.nl_mobile())}\n\n"
            f"On {fdate(d, 'long', 'en')} at {g.time()}, KCC Slingeveld <kcc@slingeveld.example> wrote:\n"
            f"> Dear {'Ms' if p.f else 'Mr'} {P(p.sur)},\n"
            f"> We're sorry your container was not emptied. We have passed this on to the waste collector (report "
            f"AF-2025-{g.digits(5)}).\n"
            f"> Kind regards,\n> {P(st.full)}\n> Customer Contact Centre | Gemeente Slingeveld | 14 0543\n")
    return (
        f"To whom it may concern,\n\n"
        f"I would like to file a complaint about the way my application for a parking permit was handled. I applied "
        f"on {fdate(d, 'long', 'en')} and after 8 weeks I still have no decision, while the website promises 4 "
        f"weeks. Nobody calls back when I phone 14 0543. I have sent a copy of this complaint to alderman "
        f"{P(OFFICIALS['yildirim'].full)}.\n\n"
        f"{P(p.full)}\n{AD(g.addr())}, {PC(g.pc())} Slingeveld\n{PH(g.nl_mobile())}\n")


@scenario("en", True)
def en_login_ip(g, k):
    p = g.person(g.pick(["uk", "in", "pl"]))
    if k == 0:
        return (
            f"Hi, I can't log in to Mijn Slingeveld. After DigiD it shows 'Access denied – too many attempts from "
            f"{IP(g.ip4())}'. That's my home IP I think. Error ID: 7f3a-{g.digits(4)}. I'm using Firefox 126.0.1 on "
            f"Windows 11.\n\nRegards,\n{P(p.full)}\n{EM(g.email(p, EMAIL_DOMAINS_EN))}\n")
    return (
        f"Hello, the tax portal gives me a blank page with only this text:\n"
        f"  request blocked (client {IP(g.ip6())}, rule 942100)\n"
        f"I tried again from my phone on 4G and then it worked. Router address is 192.168.178.1, in case that "
        f"matters. Can you unblock my address?\n\n{P(p.first)}\n")


@scenario("en", True)
def en_building(g, k):
    p = g.person(g.pick(["uk", "in"]))
    a = g.addr()
    if k == 0:
        con = g.person("nl")
        return (
            f"Dear planning department,\n\n"
            f"We are planning a single-storey extension (3 x 4.5 m) at the back of our house at {AD(a)}, "
            f"{PC(g.pc())}. Do we need a permit? Our contractor is {NP(con.last + ' Bouw & Onderhoud')} "
            f"(Chamber of Commerce {KVK(g.kvk())}, VAT {BTW(g.btw())}); their contact person is "
            f"{P(con.full)}.\n\nKind regards,\n{P(p.full)}\n")
    return (
        f"Hello, I want to put a garden office (2048 x 3000 mm) in my garden at {AD(a)}. Is this allowed without "
        f"a permit? The plot is zoned 'Wonen' in the zoning plan NL.IMRO.1714.BPkern2019-VG01. Thanks, "
        f"{P(p.full)}\n")


@scenario("en", True)
def en_dog_tax(g, k):
    p = g.person(g.pick(["uk", "in", "pl"]))
    if k == 0:
        return (
            f"Hello, I have tried to pay the dog tax (€ 118.20, assessment 2025.{g.digits(4)}.{g.digits(4)}) but the "
            f"iDEAL page doesn't work with my foreign bank. Can I pay by credit card? Here is my card: "
            f"{CC(g.card('visa'))}, exp 11/27. Please charge the amount.\n\n{P(p.full)}\n")
    return (
        f"Hi, please cancel the dog tax from 1 June, our dog died in May 😢. Also, I paid at the counter with my "
        f"American Express ({CC(g.card('amex'))}) but the receipt says 'declined' while my statement shows the "
        f"payment. Could you check?\n\nThanks,\n{P(p.full)}\n")


@scenario("en", True)
def en_messenger(g, k):
    p = g.person(g.pick(["uk", "in", "pl", "ua"]))
    if k == 0:
        return (
            f"Messenger – Gemeente Slingeveld\n"
            f"{P(p.full)}: hello 👋 the bulky waste pickup didn't come today, it's still on the sidewalk in front "
            f"of {AD(g.addr())}\n"
            f"Gemeente Slingeveld: Hi {P(p.first)}! Sorry about that. Can you send us your postcode too? ^{P(STAFF['mehmet'].first)}\n"
            f"{P(p.full)}: {PC(g.pc(style=1))}\n"
            f"Gemeente Slingeveld: Thanks! We'll pick it up tomorrow before 16:00. 🚛\n")
    return (
        f"Messenger – Gemeente Slingeveld\n"
        f"{P(p.full)}: Hi, can someone help me in English? I received a letter about 'naheffingsaanslag' for my "
        f"car {LP(g.kenteken(0))} but I had a valid visitor permit from my neighbour 🤷\n"
        f"Gemeente Slingeveld: Hi! Sure. A naheffingsaanslag is a parking fine. You can object within 6 weeks via "
        f"slingeveld.example/parking-objection.\n")


@scenario("en", True)
def en_youth(g, k):
    parent = g.person(g.pick(["uk", "in", "pl"]), "f")
    child = g.person(parent.her, "m" if k == 0 else "f", family=parent)
    if k == 0:
        return (
            f"Dear youth team,\n\n"
            f"Our son {P(child.full)} (date of birth {DOB(fdate(g.dob(2012, 2018), 'd/m/Y'))}) needs support at school "
            f"and the school advises us to contact the municipality under the Youth Act. He is in group 6 of "
            f"basisschool De Esch. The school's internal supervisor already filled in a form.\n"
            f"Could someone call me? {PH(g.nl_mobile())} (after 15:00).\n\n"
            f"Best regards,\n{P(parent.full)}\n")
    return (
        f"Hello, I'm confused about the personal budget (PGB) for my daughter {P(child.first)}. The letter "
        f"(reference JW-25-{g.digits(5)}) says the decision starts on 1 August but the SVB has no record. Her BSN: "
        f"{BS(g.bsn(1))}. Who should I contact?\n\n{P(parent.full)}\n")


@scenario("en", True)
def en_internal_note(g, k):
    p = g.person(g.pick(["in", "uk", "pl", "er"]))
    if k == 0:
        return (
            f"Call note – International Desk\n"
            f"{fdate(g.day2025(), 'd-m-Y')} {g.time()} – caller: {P(p.full)}, phone {PH(g.nl_mobile())}\n"
            f"Question: registration of a child born abroad. Told caller to bring the legalised birth "
            f"certificate and passport ({ID(g.passport_nl())}) of the Dutch parent.\n"
            f"Follow-up: none. – {P(STAFF['priya'].first)}\n")
    return (
        f"Internal – handover for {P(STAFF['erwin'].first)}\n\n"
        f"{P(p.full)} came to the desk without an appointment, date of birth {DOB(fdate(g.dob(1988, 2002), 'd-m-Y'))}. "
        f"{'Her' if p.f else 'His'} residence card ({ID(g.residence())}) expires next month. I advised to renew at "
        f"the IND first. Case number BZ-2025-{g.digits(5)}; no action needed from us.\n\n"
        f"{P(STAFF['priya'].full)}\n")


@scenario("en", True)
def en_foodtruck(g, k):
    p = g.person(g.pick(["uk", "in", "tr"]))
    if k == 0:
        return (
            f"Hello events team,\n\n"
            f"I'd like to apply for a spot at the summer market on the Stadhuisplein with my food truck "
            f"'{NP(p.last + chr(39) + 's Curry Kitchen')}'. Details:\n"
            f"- Chamber of Commerce number: {KVK(g.kvk())}\n- VAT ID: {BTW(g.btw())}\n"
            f"- truck registration: {LP(g.kenteken(0, sidecodes=(9, 10, 11)))}\n"
            f"- power: 32A\n\n"
            f"You can reach me on {PH(g.nl_mobile())}.\n\nThanks,\n{P(p.full)}\n")
    return (
        f"Dear municipality,\n\nplease send the invoice for the market fee to our company address "
        f"{AD(g.addr())}, {PC(g.pc())} Slingeveld, KvK {KVK(g.kvk())}. Contact: {P(p.full)}, "
        f"{EM(g.email(p, ['streetfoodco.nl']))}.\n\nRegards\n")


# ════════════════════════════════════════════════════════════════════════════════════════════════
# German scenarios (20: 13 with personal data, 7 without)
# ════════════════════════════════════════════════════════════════════════════════════════════════

def sig_gip(g):
    b = STAFF["birgit"]
    return g.pick([
        f"Mit freundlichen Grüßen\n\n{sn(b)}\nGrenzinfopunkt Slingeveld | Gemeente Slingeveld\n"
        f"Tel. +31 543 57 20 00 | deutsch@slingeveld.example",
        f"Freundliche Grüße\n{P(b.first)}\nGemeinde Slingeveld – Grenzinfopunkt\n14 0543",
    ])


def herr_frau(p):
    return "Frau" if p.f else "Herr"


@scenario("de", True)
def de_umzug(g, k):
    p = g.person("de")
    town = g.de_place()
    if k == 0:
        return (
            f"Betreff: Umzug von {town[0]} nach Slingeveld – Anmeldung\n\n"
            f"Sehr geehrte Damen und Herren,\n\n"
            f"zum {fdate(g.day2025(), 'd.m.Y')} ziehe ich von {AD(g.de_addr())}, {PC(town[1])} {town[0]} in die "
            f"{AD(g.addr())}, {PC(g.pc())} Slingeveld. Ich bin deutsche Staatsangehörige/r und arbeite weiterhin in "
            f"{town[0]}.\n\n"
            f"Name: {P(p.full)}\nGeburtsdatum: {DOB(fdate(g.dob(1960, 2000), 'd.m.Y'))}\n"
            f"Personalausweis-Nr.: {ID(g.de_ausweis())}\n"
            f"Telefon: {PH(g.de_phone(mobile=True))}\n\n"
            f"Welche Unterlagen muss ich zum Termin mitbringen? Brauche ich eine internationale Geburtsurkunde?\n\n"
            f"Mit freundlichen Grüßen\n{P(p.full)}\n")
    p2 = g.person("de", "m" if p.f else "f")
    kid = g.person("de", family=p)
    return crlf(
        f"Hallo,\n\nwir (Familie {P(p.sur)}) ziehen im August aus {town[0]} nach Kottenbroek, {AD(g.addr())}. "
        f"Bitte um einen Termin zur Anmeldung für alle drei Personen:\n\n"
        f"| Name | Geburtsdatum |\n|---|---|\n"
        f"| {P(p.full)} | {DOB(fdate(g.dob(1975, 1992), 'd.m.Y'))} |\n"
        f"| {P(p2.full)} | {DOB(fdate(g.dob(1975, 1992), 'd.m.Y'))} |\n"
        f"| {P(kid.full)} | {DOB(fdate(g.dob(2014, 2022), 'd.m.Y'))} |\n\n"
        f"Unsere bisherige Anschrift: {AD(g.de_addr())}, {PC(town[1])} {town[0]}.\n\n"
        f"Viele Grüße\n{P(p.first)}\n")


@scenario("de", True)
def de_parken(g, k):
    p = g.person("de")
    if k == 0:
        plate = g.kennzeichen("BOR", g.pick([0, 1]))
        return (
            f"Guten Tag,\n\nich wohne seit März in der {AD(g.addr())} und möchte einen Anwohnerparkausweis für "
            f"Zone B beantragen. Mein Auto ist noch in Deutschland zugelassen, Kennzeichen {LP(plate)}. Geht das "
            f"überhaupt mit einem deutschen Kennzeichen, oder muss ich das Auto erst ummelden (BPM)?\n\n"
            f"Gruß\n{P(p.full)}\n")
    return (
        f"Hallo Grenzinfopunkt,\n\nich habe mein Auto inzwischen umgemeldet. Altes Kennzeichen {LP(g.kennzeichen('BOR', 0))}, "
        f"neues niederländisches Kennzeichen {LP(g.kenteken(0))}. Bitte den Parkausweis (Nr. PV-SLV-2025-{g.digits(4)}) "
        f"auf das neue Kennzeichen umschreiben.\n\nDanke und Gruß\n{P(p.first)}\n")


@scenario("de", True)
def de_erstattung(g, k):
    p = g.person("de", None if k == 0 else "m")
    ref = g.ref9()
    if k == 0:
        return (
            f"Sehr geehrte Damen und Herren,\n\n"
            f"laut Bescheid vom {fdate(g.day2025((2, 1), (4, 30)), 'd.m.Y')} (Aktenzeichen/Aanslagnummer {ref}) "
            f"erhalte ich eine Erstattung der Abfallgebühr von 96,40 €, da ich zum 1. April nach Deutschland "
            f"zurückgezogen bin. Bitte überweisen Sie den Betrag auf mein deutsches Konto:\n\n"
            f"Kontoinhaber: {P(p.full)}\nIBAN: {IB(g.iban_de(1))}\nBIC: WELADED1BOH\n\n"
            f"Mit freundlichen Grüßen\n{P(p.full)}\n")
    return (
        f"Hallo,\n\nfür die Hundesteuer möchte ich eine Einzugsermächtigung (SEPA-Lastschrift) erteilen. Kontoinhaberin "
        f"ist meine Frau {P(g.person('de', 'f').full)}, IBAN {IB(g.iban_de(g.pick([0, 1])))}. Rechnungsnummer "
        f"{g.non_elf9()}. Reicht diese E-Mail oder brauchen Sie ein unterschriebenes Formular?\n\n"
        f"Gruß, {P(p.full)}\n")


@scenario("de", True)
def de_heirat(g, k):
    a = g.person("de", "f")
    b = g.person("nl", "m")
    dt = g.day2025((6, 1), (10, 31))
    if k == 0:
        wit = [g.person("de"), g.person("nl")]
        return (
            f"Betreff: Eheschließung in Slingeveld\n\n"
            f"Sehr geehrte Damen und Herren,\n\n"
            f"mein Verlobter und ich möchten am {fdate(dt, 'long', 'de')} im Trauzimmer des Rathauses heiraten.\n\n"
            f"Braut: {P(g.given_names(a) + ' ' + a.last)}, geboren am {DOB(fdate(g.dob(1985, 2000), 'long', 'de'))} "
            f"in Bocholt, Reisepass {ID(g.de_ausweis(True))}\n"
            f"Bräutigam: {P(b.full)}, geboren am {DOB(fdate(g.dob(1983, 1999), 'd.m.Y'))} in Slingeveld\n"
            f"Trauzeugen: {P(wit[0].full)} (geb. {DOB(fdate(g.dob(1950, 2000), 'd.m.Y'))}) und {P(wit[1].full)} "
            f"(geb. {DOB(fdate(g.dob(1950, 2000), 'd.m.Y'))})\n\n"
            f"Ist eine Trauung auf Deutsch und Niederländisch möglich? Am liebsten würde uns Bürgermeister "
            f"{P(OFFICIALS['burgemeester'].sur)} trauen, er ist ein Bekannter meines Schwiegervaters.\n\n"
            f"Herzliche Grüße\n{P(a.first)}\n")
    return (
        f"Anmeldung Eheschließung (Formular)\n"
        f"Name, Vorname (Partner 1): {P(a.last + ', ' + a.first)}\n"
        f"Geburtsdatum: {DOB(fdate(g.dob(1970, 2000), 'd.m.Y'))}\n"
        f"Name, Vorname (Partner 2): {P(b.sur_low + ', ' + b.first)}\n"
        f"Geburtsdatum: {DOB(fdate(g.dob(1970, 2000), 'd.m.Y'))}\n"
        f"Wunschtermin: {fdate(dt, 'd.m.Y')}, 11:00 Uhr\n"
        f"Kontakt: {EM(g.email(a, EMAIL_DOMAINS_DE))}\n")


@scenario("de", True)
def de_grenzgaenger(g, k):
    p = g.person("de")
    town = g.de_place()
    if k == 0:
        return (
            f"Guten Tag,\n\n"
            f"ich wohne in {town[0]} und fange am 1. September bei einem Betrieb in Slingeveld an. Mein Arbeitgeber "
            f"braucht meine BSN. Kann ich mich bei Ihnen in die RNI eintragen lassen?\n\n"
            f"{P(p.full)}, geb. {DOB(fdate(g.dob(1965, 2003), 'd.m.Y'))}\n"
            f"{AD(g.de_addr())}\n{PC(town[1])} {town[0]}\n"
            f"Tel. {PH(g.de_phone(area=town[2], mobile=False))}\n\n"
            f"> Antwort Grenzinfopunkt:\n> {herr_frau(p) == 'Frau' and 'Sehr geehrte Frau' or 'Sehr geehrter Herr'} "
            f"{P(p.sur)}, die Eintragung in die RNI ist in Slingeveld nach Terminvereinbarung möglich. Bitte bringen Sie "
            f"Ihren Personalausweis mit.\n> " + sig_gip(g).replace("\n", "\n> ") + "\n")
    cl = g.person("de", "m")
    sb = g.person("de")
    return (
        f"Sehr geehrte Frau {P(STAFF['birgit'].last)},\n\n"
        f"wie telefonisch besprochen sende ich Ihnen die Angaben meines Mandanten {P(cl.full)} "
        f"(geboren am {DOB(fdate(g.dob(1960, 1995), 'long', 'de'))}), wohnhaft {AD(g.de_addr())}, {PC(town[1])} "
        f"{town[0]}. Er ist Grenzgänger und benötigt eine Bescheinigung über seine BSN ({BS(g.bsn())}) für das "
        f"Finanzamt Borken.\n\n"
        f"Mit freundlichen Grüßen\n{P(sb.full)}\nSteuerberater\nTel. {PH(g.de_phone(area=town[2], mobile=False))}\n")


@scenario("de", True)
def de_beschwerde(g, k):
    p = g.person("de")
    nb = g.person("nl")
    if k == 0:
        return (
            f"Sehr geehrte Damen und Herren,\n\n"
            f"seit Wochen feiert {'meine Nachbarin' if nb.f else 'mein Nachbar'} {P(nb.full)} ({AD(g.addr())}) jedes Wochenende bis 3 Uhr nachts im "
            f"Garten. Gespräche haben nichts gebracht. Was kann die Gemeinde tun?\n\n"
            f"{P(p.full)}\n{AD(g.addr())}\n{PH(g.nl_mobile())}\n")
    return (   # typed in capitals
        f"HALLO, DIE HECKE AUF DEM GRUNDSTÜCK {AD(g.addr())} RAGT SEIT DEM FRÜHJAHR 80 CM AUF DEN GEHWEG, MAN MUSS "
        f"MIT DEM KINDERWAGEN AUF DIE STRASSE AUSWEICHEN. {'DIE EIGENTÜMERIN' if nb.f else 'DER EIGENTÜMER'}, {herr_frau(nb)} {P(nb.sur)}, REAGIERT NICHT. "
        f"BITTE KÜMMERN SIE SICH DARUM!!\n{P(p.full)}\n").upper()


@scenario("de", True)
def de_laterne(g, k):
    p = g.person("de")
    a = g.addr(person_named=g.chance(0.5))
    if k == 0:
        return (
            f"Meldung öffentlicher Raum (Webformular, Deutsch)\n"
            f"Kategorie: Straßenbeleuchtung\n"
            f"Ort: Laterne vor Hausnummer {a.split()[-1]}, {AD(a)}\n"
            f"Beschreibung: Laterne flackert seit Tagen und ist jetzt ganz aus.\n"
            f"Name: {P(p.full)}\nTelefon: {PH(g.de_phone(mobile=True))}\n"
            f"Meldungsnummer: {g.ref9()}\n")
    return (
        f"Guten Abend, bei uns ({AD(a)}, {PC(g.pc())}) ist seit gestern die Straßenlaterne kaputt. Bitte reparieren, "
        f"es ist sehr dunkel. Rückfragen gern unter {PH(g.nl_mobile())}.\n\nGruß {P(p.full)}\n")


@scenario("de", True)
def de_abfall(g, k):
    p = g.person("de")
    a = g.addr()
    if k == 0:
        return (
            f"Hallo,\n\ndie Biotonne (grün, 140 l) ist beim Leeren kaputtgegangen, der Deckel ist abgebrochen. "
            f"Adresse: {AD(a)}, {PC(g.pc())} Slingeveld. Bitte eine neue bringen. Ich bin tagsüber erreichbar unter "
            f"{PH(g.de_phone(mobile=True))}.\n\nDanke!\n{P(p.full)}\n")
    return (
        f"Sperrmüll-Termin\n\nIch möchte einen Termin für die Sperrmüllabholung (Sofa, 2 Matratzen, Schrank) "
        f"– Adresse {AD(a)}. Kostet das wirklich 35,00 €? Am liebsten Dienstag oder Mittwoch. Zahlen kann ich "
        f"nur mit Kreditkarte: {CC(g.card('mc'))}, gültig bis 03/28.\n"
        f"{P(p.full)}, {EM(g.email(p, EMAIL_DOMAINS_DE))}\n")


@scenario("de", True)
def de_wmo(g, k):
    mom = g.person("de", "f")
    ch = g.person("de", "f", family=mom)
    if k == 0:
        return (
            f"Sehr geehrte Damen und Herren,\n\n"
            f"meine Mutter, {P(mom.full)}, geboren am {DOB(fdate(g.dob(1936, 1950), 'd.m.Y'))}, wohnt seit 20 Jahren in "
            f"{AD(g.addr())} in Slingeveld. Sie braucht Hilfe im Haushalt und einen Rollator. Ich wohne in "
            f"Münster und kann nur am Wochenende kommen. Wie beantragt man Unterstützung nach dem Wmo?\n\n"
            f"Mit freundlichen Grüßen\n{P(ch.full)}\nTel. {PH(g.de_phone(area='251', mobile=False))}\n")
    return (
        f"Hallo {herr_frau(STAFF['femke'])} {P(STAFF['femke'].last)},\n\n"
        f"danke für das Gespräch. Anbei wie besprochen die Kontaktdaten: meine Mutter {P(mom.full)}, "
        f"BSN {BS(g.bsn(1))}. Der Pflegedienst aus Vreden ({NP('Pflegeteam Böing GmbH')}) kann ab Oktober nicht "
        f"mehr über die Grenze kommen.\n\nViele Grüße\n{P(ch.first)}\n")


@scenario("de", True)
def de_notiz(g, k):
    p = g.person("de")
    b = STAFF["birgit"]
    if k == 0:
        return (
            f"Gesprächsnotiz Grenzinfopunkt – {fdate(g.day2025(), 'd.m.Y')}, {g.time()} Uhr\n"
            f"Anrufer: {P(p.full)}, Rückruf unter {PH(g.de_phone())}\n"
            f"Thema: Kindergeld / Zuständigkeit NL–DE nach Umzug nach Woolderesch\n"
            f"Verwiesen an SVB und Familienkasse. Keine weiteren Schritte.\n– {P(b.first)}\n")
    return (
        f"Übergabe an {P(STAFF['erwin'].first)} (Burgerzaken)\n\n"
        f"{herr_frau(p)} {P(p.sur)} war heute am Schalter, möchte den deutschen Reisepass ({ID(g.de_ausweis(True))}) "
        f"als Identitätsnachweis bei der Anmeldung verwenden. Geburtsdatum laut Pass: "
        f"{DOB(fdate(g.dob(1950, 2000), 'd.m.Y'))}. Bitte Termin am Donnerstag, ich habe gesagt, dass du anrufst: "
        f"{PH(g.de_phone(mobile=True))}.\n\nLG {P(b.first)}\n")


@scenario("de", True)
def de_social(g, k):
    p = g.person("de")
    if k == 0:
        t = g.times(3)
        return (
            f"WhatsApp 06 3188 2740\n"
            f"[{t[0]}] {P(p.full)}: Hallo 😊 kann ich auch auf Deutsch schreiben? Die Mülltonne wurde heute "
            f"nicht geleert, Adresse {AD(g.addr())}\n"
            f"[{t[1]}] Gemeente Slingeveld: Hallo! Natürlich. Wir geben es an die Müllabfuhr weiter, morgen bis "
            f"16 Uhr wird sie geleert. Gruß, {P(STAFF['mehmet'].first)}\n"
            f"[{t[2]}] {P(p.full)}: Super, danke!! 👍👍\n")
    return (
        f"Instagram – Direktnachricht an @gemeenteslingeveld\n"
        f"{P(p.first.lower())}: hallo!! wir wohnen jetzt in Meddoveen und haben Post für die Vormieterin "
        f"{P(g.person('nl', 'f').full)} bekommen 📬 was sollen wir damit machen? zurück an den Absender?\n")


@scenario("de", True)
def de_firma(g, k):
    p = g.person("de", None if k == 0 else "m")
    town = g.de_place()
    if k == 0:
        return (
            f"Sehr geehrte Damen und Herren,\n\n"
            f"die {NP(p.last + ' Haustechnik GmbH')} aus Bocholt eröffnet eine Niederlassung in Slingeveld "
            f"(Gewerbegebiet Haarveld). Die niederländische Niederlassung ist bei der KvK unter {KVK(g.kvk())} "
            f"eingetragen, USt-IdNr. (btw-id) {BTW(g.btw())}.\n"
            f"Wir benötigen eine Genehmigung für ein Werbeschild (2,40 x 0,80 m). Ansprechpartner ist "
            f"{'die Geschäftsführerin' if p.f else 'der Geschäftsführer'}, {herr_frau(p)} {P(p.full)}, Tel. {PH(g.de_phone(area='2871', mobile=False))}.\n\n"
            f"Mit freundlichen Grüßen\n{P(p.full)}\n")
    return (
        f"Guten Tag,\n\nals Einzelunternehmer (Fliesenleger) arbeite ich ab Oktober an einem Projekt in Slingeveld. "
        f"Meine Angaben für Ihre Lieferantenregistrierung:\n"
        f"KvK-Nummer: {KVK(g.kvk())}\nbtw-identificatienummer: {BTW(g.btw())}\n"
        f"Anschrift: {AD(g.de_addr())}, {PC(town[1])} {town[0]}\nInhaber: {P(p.full)}\n")


@scenario("de", True)
def de_widerspruch(g, k):
    p = g.person("de")
    town = g.de_place()
    if k == 0:
        return (
            f"{P(p.full)}\n{AD(g.de_addr())}\n{PC(town[1])} {town[0]}\nDeutschland\n\n"
            f"Gemeente Slingeveld\nPostbus 1000\n7110 AA Slingeveld\nNiederlande\n\n"
            f"{town[0]}, den {fdate(g.day2025(), 'd.m.Y')}\n\n"
            f"Widerspruch gegen den Bescheid Nr. {g.ref9()} (Touristensteuer 2024)\n\n"
            f"Sehr geehrte Damen und Herren,\n\n"
            f"hiermit lege ich Widerspruch gegen den oben genannten Bescheid ein. Unsere Ferienwohnung in "
            f"Huppelhorst wurde 2024 nur an 41 statt an 96 Nächten vermietet. Die Belegungsliste füge ich bei.\n\n"
            f"Mit freundlichen Grüßen\n\n{P(p.full)}\n")
    return (
        f"Einspruch gegen Parkstrafe (naheffingsaanslag 2025-0088-{g.digits(4)})\n\n"
        f"Ich habe am {fdate(g.day2025(), 'd.m.Y')} mit meinem Auto ({LP(g.kennzeichen(town[3], 0))}) auf dem "
        f"Stadhuisplein geparkt und per App bezahlt. Die Strafe ist daher unberechtigt. Screenshot anbei.\n\n"
        f"{P(p.full)}\n{AD(g.de_addr())}, {PC(town[1])} {town[0]}\n")


# ── German, without personal data ──────────────────────────────────────────────────────────────

@scenario("de", False)
def de_oeffnungszeiten(g, k):
    if k == 0:
        return (
            f"Guten Tag, hat das Rathaus in Slingeveld auch samstags geöffnet? Ich wohne in Vreden und arbeite bis "
            f"17 Uhr. Danke!\n\n"
            f"--\nAntwort Grenzinfopunkt: Das Rathaus (Stadhuisplein 1) ist montags bis freitags 08:30–17:00 Uhr "
            f"geöffnet, donnerstags bis 20:00 Uhr nach Terminvereinbarung. Samstags geschlossen. Telefon aus "
            f"Deutschland: +31 543 57 20 00.\n")
    return (
        f"Automatische Antwort – Gemeinde Slingeveld\n\n"
        f"Vielen Dank für Ihre Nachricht. Ihre Vorgangsnummer lautet KCC-2025-{g.digits(6)}. Wir antworten innerhalb "
        f"von 5 Werktagen. Sprechzeiten Grenzinfopunkt: dienstags 09:00–12:00 und donnerstags 13:00–16:00 Uhr.\n"
        f"Zahlungen bitte nur auf NL62BNGH0285441720 (BIC BNGHNL2G), Verwendungszweck: Vorgangsnummer.\n")


@scenario("de", False)
def de_abfallkalender(g, k):
    d1 = g.day2025((5, 1), (10, 31))
    if k == 0:
        return (
            f"Darf ich meinen Grünschnitt aus Deutschland auf dem Milieupark in Slingeveld abgeben? Ich habe nur "
            f"ein Ferienhaus in Huppelhorst und keinen Afvalpas. Wie viel kostet 1 m³?\n")
    return (
        f"Abfuhrkalender 2025 – Bezirk 2 (Kottenbroek)\n\n"
        f"Restmüll (grau): alle 4 Wochen, nächste Termine {fdate(d1, 'd.m.Y')} und "
        f"{fdate(d1 + timedelta(days=28), 'd.m.Y')}\nBiotonne (grün): alle 2 Wochen, im Sommer wöchentlich\n"
        f"Plastik/Dosen (orange): alle 3 Wochen\nPapier: 2. Samstag im Monat durch den Sportverein\n"
        f"Tonnen bitte bis 07:30 Uhr an die Straße stellen.\n")


@scenario("de", False)
def de_parkgebuehren(g, k):
    if k == 0:
        return (
            f"Parken in Slingeveld – Informationen für Besucher aus Deutschland\n\n"
            f"Zone A: 2,40 € pro Stunde (Mo–Sa 09–18 Uhr), max. 3 Stunden\nZone B: 1,60 € pro Stunde, Tageskarte 9,00 €\n"
            f"Parkplatz Slingeweide: kostenlos, max. 2 Stunden mit Parkscheibe\n"
            f"Bezahlung per Automat (nur Karte) oder App. Bei Fahrzeugen mit deutschem Kennzeichen bitte das "
            f"Kennzeichen ohne Bindestrich und Leerzeichen eingeben.\n")
    return (
        f"Hallo, stimmt es dass man in Slingeveld beim Parken das Kennzeichen eingeben muss? Mein Navi zeigt "
        f"Parkhaus 'Markt' mit 1.200 Plätzen, aber das finde ich nicht. Welche Höhe ist erlaubt (2,10 m?)\n")


@scenario("de", False)
def de_ausweis_info(g, k):
    if k == 0:
        return (
            f"Frage: Ich bin Deutscher mit Wohnsitz in Slingeveld. Mein Personalausweis läuft am 30.11.2025 ab. Kann "
            f"ich den neuen Ausweis bei der Gemeinde beantragen oder muss ich zur Botschaft in Den Haag?\n\n"
            f"Antwort: Deutsche Ausweise und Reisepässe werden nicht von der Gemeinde ausgestellt. Zuständig sind die "
            f"deutschen Auslandsvertretungen (Den Haag oder Amsterdam). Gebühr im Ausland: ca. 59,00 € für den "
            f"Personalausweis, Bearbeitungszeit 4–6 Wochen.\n")
    return (
        f"Niederländische Identitätskarte – Gebühren 2025\n\n"
        f"- Erwachsene (ab 18): 82,25 €, Gültigkeit 10 Jahre\n- Minderjährige: 44,60 €, Gültigkeit 5 Jahre\n"
        f"- Expressantrag: zzgl. 58,70 €\n- Reisepass Erwachsene: 92,45 €\n\n"
        f"Termin online buchen unter slingeveld.example/termin; bitte ein aktuelles Passfoto (35 x 45 mm) mitbringen.\n")


@scenario("de", False)
def de_veranstaltung(g, k):
    if k == 0:
        return (
            f"Grenzenloser Wochenmarkt – Pressemitteilung\n\n"
            f"Ab Donnerstag, 4. September, findet der Wochenmarkt wieder auf dem Stadhuisplein statt. Wegen der "
            f"Bauarbeiten in der Burgemeester Visserstraat und der Koningin Julianalaan wird die Zufahrt über die "
            f"Vredenseweg umgeleitet. Händler aus Bocholt und Vreden sind herzlich willkommen; Standgebühr 4,80 € "
            f"pro laufendem Meter. #slingeveld #grenzenlos\n")
    return (
        f"Einladung: Infoabend Grenzpendler\n\n"
        f"Wann: Dienstag, 14. Oktober 2025, 19:30–21:00 Uhr\nWo: Ratssaal, Rathaus Slingeveld\n"
        f"Themen: Steuern, Krankenversicherung, Rente, Kindergeld. Referenten der Deutschen Rentenversicherung "
        f"und der SVB. Anmeldung bis 10.10.2025 über slingeveld.example/grenzpendler (max. 80 Plätze).\n")


@scenario("de", False)
def de_hundesteuer(g, k):
    if k == 0:
        return (
            f"Hundesteuer 2025 (hondenbelasting)\n\n"
            f"1. Hund: 118,20 € pro Jahr\n2. Hund: 164,40 €\nJeder weitere Hund: 210,60 €\n"
            f"Zwinger: 486,00 €\n\nAn- und Abmeldung über Mijn Slingeveld oder per Formular. "
            f"Rechnungsnummer bitte bei Zahlung angeben (z. B. 2025.{g.digits(4)}.{g.digits(4)}).\n")
    return (
        f"Hallo, wir ziehen im Juni mit unserem Hund aus Deutschland nach Slingeveld. Muss man den Hund extra "
        f"anmelden, oder geht das automatisch mit der Anmeldung im Rathaus? In Deutschland hatte er die Steuermarke "
        f"Nr. 0417. Danke!\n")


@scenario("de", False)
def de_grundsteuer_info(g, k):
    if k == 0:
        return (
            f"Guten Tag, ich besitze ein Ferienhaus in Woolderesch und habe einen Bescheid über „OZB“ und "
            f"„rioolheffing“ bekommen (Aanslagnummer {g.ref9()}, Betrag 684,12 €). Ist das die Grundsteuer? Und kann "
            f"ich in Raten zahlen? Kassenzeichen in Deutschland habe ich keins.\n")
    return (
        f"Merkblatt Gemeindesteuern für Eigentümer mit Wohnsitz in Deutschland\n\n"
        f"• OZB (Grundsteuer) Eigentümer Wohnungen: 0,0712 % des WOZ-Werts\n• Abwassergebühr: 298,00 € pro Jahr\n"
        f"• Touristensteuer: 1,95 € pro Person und Nacht\n\n"
        f"Ratenzahlung: bis zu 10 Raten per SEPA-Lastschrift. Fragen: deutsch@slingeveld.example oder "
        f"+31 543 57 20 00 (Di und Do).\n")


# ── English, without personal data ─────────────────────────────────────────────────────────────

@scenario("en", False)
def en_hours(g, k):
    if k == 0:
        return (
            f"Hi, is the town hall open on Saturdays? I need to pick up my ID card and I work 9 to 5. Thanks!\n\n"
            f"-- Reply from KCC Slingeveld --\nGood morning! The town hall is closed on Saturdays. On Thursdays we are "
            f"open until 8 pm (by appointment). You can pick up your ID card without an appointment until 4:30 pm on "
            f"weekdays. Call 14 0543 or, from abroad, +31 543 57 20 00.\n")
    return (
        f"Auto-reply: Municipality of Slingeveld\n\n"
        f"Thank you for your message. We have registered it under reference KCC-2025-{g.digits(6)} and will reply "
        f"within 5 working days. Urgent? Call 14 0543 (Mon–Fri 08:30–17:00) or WhatsApp +31 6 3188 2740.\n"
        f"Postal address: Postbus 1000, 7110 AA Slingeveld, the Netherlands.\n")


@scenario("en", False)
def en_extract(g, k):
    if k == 0:
        return (
            f"How do I get a BRP extract in English? My employer needs proof of address. Is it € 15.50 and how long "
            f"does it take by post? Can it be sent to an address in Germany?\n")
    return (
        f"BRP extract (uittreksel) – fees 2025\n\n"
        f"  standard extract (Dutch)            € 15.50\n  international extract (multilingual) € 15.50\n"
        f"  extract with address history        € 15.50\n  certificate of life (attestatie de vita) € 15.50\n\n"
        f"Order online at slingeveld.example/extract with DigiD; delivery by registered post within 3 working days "
        f"(track & trace code in the confirmation, e.g. {g.s10()} or 3SSLV{g.digits(7)}). "
        f"Without DigiD, come to the counter with a valid ID.\n")


@scenario("en", False)
def en_waste(g, k):
    if k == 0:
        return (
            f"Hello, which bin goes out this week in zone 2? The app says orange on {fdate(g.day2025(), 'long', 'en')} "
            f"but the neighbours put out the grey one. Also, can I put pizza boxes in the paper bin? 🍕\n")
    return (
        f"Waste collection: what goes where?\n\n"
        f"- grey bin: residual waste, every 4 weeks\n- green bin: vegetable, fruit & garden waste, every 2 weeks\n"
        f"- orange bin: plastic packaging, cans, drink cartons (PMD), every 3 weeks\n"
        f"- paper: collected by local clubs on the 2nd Saturday of the month\n\n"
        f"Recycling centre: Nijverheidsweg 31, Tue–Fri 09:00–16:30, Sat 09:00–15:00.\n")


@scenario("en", False)
def en_autoreply(g, k):
    if k == 0:
        return (
            f"Your report has been received\n\n"
            f"Report number: {g.ref9()}\nCategory: Street lighting\n"
            f"Location: Slingelaan / Beukenlaan crossing\nExpected handling: within 10 working days\n\n"
            f"Track your report at slingeveld.example/report/status. Please do not reply to this e-mail.\n")
    return (
        f"Payment received – thank you\n\n"
        f"Reference: {g.not_card16()}\nAmount: € 52.20 (ID card, adult)\nPaid on: {fdate(g.day2025(), 'd-m-Y')} "
        f"{g.time()}\nCase: BZ-2025-{g.digits(5)}\n\nYou will receive an SMS when your document is ready for pick-up.\n")


@scenario("en", False)
def en_x_post(g, k):
    if k == 0:
        return (
            f"@GemSlingeveld: 🎉 King's Day in Slingeveld! Sunday 27 April from 10:00, free market on the "
            f"Stadhuisplein and Markt. Roads closed 06:00–20:00. Shuttle bus every 15 min from P+R Slingeweide. "
            f"#koningsdag #slingeveld\n")
    return (
        f"@GemSlingeveld: Heads up, cyclists 🚲 The bridge over the Slinge (Vredenseweg) is closed for maintenance "
        f"from 3 to 14 November. Detour via the Meester Nijhuisstraat and the Prins Bernhardlaan. #slingeveld\n")


@scenario("en", False)
def en_tourist_tax(g, k):
    if k == 0:
        return (
            f"Tourist tax 2025\n\n"
            f"Rate: € 1.95 per person per night (children under 12: exempt). Campsites may use a lump sum of € 38.00 "
            f"per pitch per season. Returns must be filed before 1 March 2026 via the business portal. Questions: "
            f"belastingen@slingeveld.example.\n")
    return (
        f"Hello, we run a small B&B and have a question about the tourist tax return. Last year we had 412 "
        f"overnight stays; the assessment (number {g.ref9()}) says 421. Is that a typo? Thanks.\n")


@scenario("en", False)
def en_portal_issue(g, k):
    if k == 0:
        return (
            f"Bug report – appointment portal\n\n"
            f"Steps: open afspraak.slingeveld.example on iOS 17.5, choose 'passport', click next → spinner forever.\n"
            f"App version 3.2.1.4, API gateway 10.12.0.7 returns HTTP 504 after 30 s. Works on Android (Chrome 126). "
            f"Upload limit for photos is 2048 KB, not 2048 MB as the help text says.\n"
            f"Ticket: INC-2025-{g.digits(5)}\n")
    return (
        f"Outage notice\n\nOn {fdate(g.day2025(), 'long', 'en')} between 22:00 and 23:30 the online services "
        f"(DigiD login, taxes, appointments) will be unavailable due to maintenance of server cluster SLV-WEB-01 "
        f"(192.168.40.0/24 → 10.20.0.0/16 migration). We apologise for the inconvenience.\n")


@scenario("en", False)
def en_parking_info(g, k):
    if k == 0:
        return (
            f"Hi, quick question: how much is parking near the town hall for about 2 hours? And do the machines take "
            f"cash? I'll be there on Thursday from 14:00 to 16:00.\n")
    return (
        f"Residents' parking permit – how it works\n\n"
        f"1. Apply via slingeveld.example/parking (DigiD required).\n2. One permit per address, max. 1 vehicle, "
        f"€ 68.00 per year.\n3. Lease or company car? Upload the lease contract.\n"
        f"4. Permit stickers are no longer issued; enforcement scans number plates. The scan cars (camera unit "
        f"model {NP('SV-55-RT')}) drive through zones A and B daily.\n")


@scenario("en", False)
def en_roadworks(g, k):
    if k == 0:
        return (
            f"News – Road works Burgemeester Visserstraat\n\n"
            f"From Monday 7 July to Friday 1 August the Burgemeester Visserstraat will be closed between the "
            f"Kottenseweg and the Prins Bernhardlaan for sewer replacement. Residents can reach their homes on foot. "
            f"The Dokter Ariënsplein bus stop will not be served.\n")
    return (
        f"Update: new roundabout at the Groenloseweg / Ratumseweg crossing\n\n"
        f"Phase 2 starts on 15 September (week 38). Expected completion: week 46. Contractor: "
        f"{NP('Garritsen Wegenbouw B.V.')}; through traffic to Germany (B 70 Vreden) is diverted via the "
        f"N318. Questions? 14 0543.\n")


# ════════════════════════════════════════════════════════════════════════════════════════════════
# Build
# ════════════════════════════════════════════════════════════════════════════════════════════════
LANG_ORDER = ["nl", "en", "de"]


def build():
    per_lang = {l: [] for l in LANG_ORDER}
    for lang, pii, f in SCENARIOS:
        for k in (0, 1):
            g = G(f"{SEED}:{f.__name__}:{k}")
            marked = f(g, k)
            text, spans, nps = render(marked)
            per_lang[lang].append({"scenario": f.__name__, "k": k, "pii": pii, "lang": lang, "text": text,
                                   "spans": spans, "nps": nps, "marked": marked})
    records = []
    for lang in LANG_ORDER:
        items = per_lang[lang]
        random.Random(f"{SEED}:order:{lang}").shuffle(items)
        for i, it in enumerate(items, 1):
            it["id"] = f"{PREFIX}-{lang}-{i:03d}"
            records.append(it)
    return records


def to_gold(rec):
    text = rec["text"]
    bpos = [0]
    for ch in text:
        bpos.append(bpos[-1] + len(ch.encode("utf-8")))
    return {"id": rec["id"], "lang": rec["lang"], "text": text,
            "spans": [{"start": bpos[s], "end": bpos[e], "label": lab} for s, e, lab, _ in rec["spans"]]}


# ════════════════════════════════════════════════════════════════════════════════════════════════
# Audit
# ════════════════════════════════════════════════════════════════════════════════════════════════
BIRTH_RE = re.compile(r"(?i)geboren|\bgeb\b\.?|geboortedatum|date of birth|\bborn\b|\bDOB\b|D\.O\.B\.|"
                      r"Geburtsdatum|Geburtstag|birthday")
REF_RE = re.compile(r"(?i)aanslag|zaak|melding|kenmerk|factuur|referentie|\bref\b|dossier|order|ticket|reference|"
                    r"report|assessment|invoice|\bcase\b|vorgang|aktenzeichen|kassenzeichen|rechnung|bescheid|"
                    r"meldung|objectnummer|klantnummer")
VERSION_RE = re.compile(r"(?i)(versie|version|\bv\.?|build|release|firefox|chrome|ios|android)\s*$")
DOC_WORD_RE = re.compile(r"(?i)paspoort|passport|reisepass|personalausweis|ausweis|id-kaart|identiteitskaart|"
                         r"id card|documentnummer|document number|verblijfsdocument|verblijfspas|residence card|"
                         r"residence permit|residence document|rijbewijs|\bpass\b")
DOC_CAND_RE = re.compile(r"(?<![\w-])(?:[A-Z]{2}[A-Z0-9]{6}\d|(?:I|II|III|IV|V)-V[A-Z0-9]{8}|[A-Z0-9]{9}|\d{10})(?![\w-])")
KT_RE = re.compile(r"(?<![\w-])[A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,3}(?![\w-])")
DEPLATE_RE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(DE_DISTRICTS, key=len, reverse=True)) +
                        r")[- ][A-Z]{1,2}[ -]?\d{1,4}[EH]?(?![\w-])")
PC_RE = re.compile(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])")
UNITS = {"MB", "KB", "GB", "TB", "PB", "KM", "CM", "MM", "PK"}
MOB_RE = re.compile(r"(?<![\w+])(?:(?:\+31|0031)[\s-]?(?:\(0\)[\s-]?)?6(?:[\s-]?\d){8}|\(?06\)?(?:[\s-]*\d){8})(?!\d)")
INTL_RE = re.compile(r"(?<![\w+])(?:\+|00)(?:31|32|44|49)[\d\s()/.-]{7,18}\d")
CARD_RE = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
IBAN_RE = re.compile(r"(?i)(?<![\w])[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?")
KVK_RE = re.compile(r"(?i)(?:kvk|k\.v\.k\.|kamer van koophandel|chamber of commerce|handelsregister)\D{0,25}?(\d{8})(?!\d)")
BTW_RE = re.compile(r"(?i)(?<![\w])(?:NL ?)?\d{4}\.?\d{2}\.?\d{3}\.? ?B\d{2}(?![\w])")
BSN_RE = re.compile(r"(?<![\w.])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3})(?![\w]|[.-]\d)")
IP4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.]*\d)")
IP6_RE = re.compile(r"(?i)(?<![\w:])[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])")


def first_date(window):
    best = None
    for rx in DATE_RES:
        mo = rx.search(window)
        if mo and (best is None or mo.start() < best.start()):
            best = mo
    return best

MASK = "\u2591"
ANYPHONE_RE = re.compile(r"(?<![\w+/.-])\(?0\d[\d\s()/-]{6,14}\d(?![\w/-])")
UK_STREET_RE = re.compile(r"(?<![\w])(?:Flat \d+|\d+ (?:" + "|".join(u[0] for u in UK_ADDR) + r"))")
FOREIGN_TOWNS = sorted({t[0] for t in DE_TOWNS} | {"Lommel", "Pelt", "Peer"})
FOREIGN_PC_RE = re.compile(r"(?<![\w.,-])(\d{4,5}) (?:" + "|".join(FOREIGN_TOWNS) + r")\b")
UK_PC_SCAN_RE = re.compile(r"(?<![\w])[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![\w])")
NLDOC_ANY_RE = re.compile(r"(?<![\w-])[NIBDSAR][A-NP-Z][A-NP-Z0-9]{6}\d(?![\w-])")
RESDOC_ANY_RE = re.compile(r"(?<![\w-])(?:I|II|III|IV|V)-V[A-Z0-9]{8}(?![\w-])")
VEHICLE_RE = re.compile(r"(?i)kenteken|kennzeichen|registration|number plate|\bplate\b|\bcar\b|\bauto\b")
KT_ANY_RE = re.compile(r"(?<![\w-])[A-Za-z0-9]{1,3}[ -]?[A-Za-z0-9]{1,3}[ -]?[A-Za-z0-9]{1,3}(?![\w-])")
STREET_RE = re.compile(r"(?i)(?<![\w])(?:" + "|".join(sorted(map(re.escape, STREETS + PERSON_STREETS + DE_STREETS +
                       [u[0] for u in UK_ADDR] + ["Kerkstraat", "Stationsstraat", "Dorpsstraat"]), key=len, reverse=True))
                       + r")\s+\d")


def org_regions(text):
    regs = []
    for f in ORG_FORMS:
        for mo in re.finditer(re.escape(f), text):
            regs.append((mo.start(), mo.end()))
    for mo in ORG_DOMAIN_RE.finditer(text):
        regs.append((mo.start(), mo.end()))
    return regs


def token_positions(text, value):
    rx = re.compile(r"(?<![\w])" + re.escape(value) + r"(?![\w])")
    return [(mo.start(), mo.end()) for mo in rx.finditer(text)]


def inside(a, b, regions):
    return any(s <= a and b <= e for s, e in regions)


def audit(records):
    errs = []
    name_rx = re.compile(r"(?<![\w])(" + "|".join(sorted(map(re.escape, all_name_tokens()), key=len, reverse=True))
                         + r")(?![\w])")
    name_ci_rx = re.compile(r"(?i)(?<![\w])(" + "|".join(sorted(map(re.escape, [t for t in all_name_tokens() if len(t) >= 4]),
                                                             key=len, reverse=True)) + r")(?![\w])")
    seen_texts = {}
    for rec in records:
        rid, text, spans = rec["id"], rec["text"], rec["spans"]

        def E(msg):
            errs.append(f"{rid} ({rec['scenario']}/{rec['k']}): {msg}")

        if _SENT & set(text):
            E("markup left in text")
        if text in seen_texts:
            E(f"duplicate text of {seen_texts[text]}")
        seen_texts[text] = rid
        if bool(spans) != rec["pii"]:
            E(f"pii flag {rec['pii']} but {len(spans)} spans")
        # spans: sorted, non-overlapping, equal to value, clean edges, valid
        prev_end = -1
        for s, e, lab, val in spans:
            if s < prev_end:
                E(f"overlap/unsorted span at {s}")
            prev_end = e
            if text[s:e] != val:
                E(f"span text mismatch {text[s:e]!r} != {val!r}")
            if not (val[0].isalnum() or (lab == "PHONE" and val[0] in "+(")) or not val[-1].isalnum():
                E(f"unclean edge {lab} {val!r}")
            if not VALIDATORS[lab](val):
                E(f"invalid {lab} {val!r}")
            if lab == "DATE_OF_BIRTH":
                line_start = text.rfind("\n", 0, s) + 1
                ok = bool(BIRTH_RE.search(text[max(line_start, s - 120):s]))
                if not ok and text[line_start:].startswith("|"):
                    j = line_start
                    while j > 0:
                        pj = text.rfind("\n", 0, j - 1) + 1
                        ln = text[pj:j - 1]
                        if not ln.startswith("|"):
                            break
                        if BIRTH_RE.search(ln):
                            ok = True
                            break
                        j = pj
                if not ok:
                    E(f"no birth context before DOB {val!r}")
        # organisation data never labelled
        oregs = org_regions(text)
        for s, e, lab, val in spans:
            if any(not (e <= os_ or oe <= s) for os_, oe in oregs):
                E(f"span {lab} {val!r} overlaps organisation data")
            if lab == "PHONE":
                n = _nsn(val, "31") or ""
                if n in ORG_PHONE_NSN:
                    E(f"organisation phone labelled {val!r}")
            if lab == "IBAN" and iban_compact(val) in ORG["ibans"]:
                E(f"organisation IBAN labelled {val!r}")
            if lab == "POSTCODE" and re.sub(r"\s", "", val).upper() in ORG_POSTCODES:
                E(f"organisation postcode labelled {val!r}")
            if lab == "KVK" and val in ORG["kvk"]:
                E("organisation KvK labelled")
            if lab in ("BTW_ID", "BSN") and btw_compact(val) in ORG["btw"]:
                E("organisation btw labelled")
            if lab == "EMAIL" and val.lower().endswith("slingeveld.example"):
                E("organisation e-mail labelled")
            if lab == "ADDRESS" and any(val.startswith(x) for x in ORG_STREETS):
                E("organisation address labelled")
            if "Slingeveld" in val:
                E(f"organisation name inside span {val!r}")
        # every repeat of a labelled value is labelled
        span_regs = [(s, e) for s, e, _, _ in spans]
        for s, e, lab, val in spans:
            for a, b in token_positions(text, val):
                if not inside(a, b, span_regs):
                    E(f"unlabelled repeat of {lab} {val!r} at {a}")
        # scanners over the text outside spans, NP() regions and organisation data
        masked = list(text)
        for a, b in span_regs + rec["nps"] + oregs:
            for i in range(a, b):
                if masked[i] not in "\n":
                    masked[i] = MASK
        mt = "".join(masked)

        def line_before(i, n=40):
            ls = text.rfind("\n", 0, i) + 1
            return text[max(ls, i - n):i]

        for mo in EMAIL_RE.finditer(mt):
            E(f"unlabelled e-mail {mo.group(0)!r}")
        for mo in IBAN_RE.finditer(mt):
            c = mo.group(0)
            for j in range(len(c), 14, -1):
                if iban_ok(c[:j]):
                    E(f"unlabelled IBAN {c[:j]!r}")
                    break
        for mo in BSN_RE.finditer(mt):
            if bsn_ok(mo.group(1)) and not REF_RE.search(line_before(mo.start())):
                E(f"unlabelled elfproef number {mo.group(1)!r}")
        for mo in MOB_RE.finditer(mt):
            if nl_phone_type(mo.group(0)) == "mobile":
                E(f"unlabelled NL mobile {mo.group(0)!r}")
        for mo in INTL_RE.finditer(mt):
            cand = mo.group(0).strip()
            if MASK not in cand and phone_ok(cand):
                E(f"unlabelled international phone {cand!r}")
        for mo in PC_RE.finditer(mt):
            v = mo.group(0)
            if nl_postcode_ok(v) and v[-2:] not in UNITS:
                E(f"unlabelled postcode {v!r}")
        for mo in CARD_RE.finditer(mt):
            if card_ok(mo.group(0)):
                E(f"unlabelled card number {mo.group(0)!r}")
        for mo in IP4_RE.finditer(mt):
            if ip_ok(mo.group(0)) and not VERSION_RE.search(text[max(0, mo.start() - 20):mo.start()]):
                E(f"unlabelled public IP {mo.group(0)!r}")
        for mo in IP6_RE.finditer(mt):
            if ":" in mo.group(0) and ip_ok(mo.group(0)):
                E(f"unlabelled public IPv6 {mo.group(0)!r}")
        for mo in KVK_RE.finditer(mt):
            E(f"unlabelled KvK number {mo.group(1)!r}")
        for mo in BTW_RE.finditer(mt):
            if btw_any_ok(mo.group(0)):
                E(f"unlabelled btw/OB number {mo.group(0)!r}")
        for mo in KT_RE.finditer(mt):
            if kenteken_sidecode(mo.group(0)) is not None:
                E(f"unlabelled kenteken-shaped string {mo.group(0)!r}")
        for mo in DEPLATE_RE.finditer(mt):
            if de_plate_ok(mo.group(0)):
                E(f"unlabelled Kennzeichen {mo.group(0)!r}")
        for mo in BIRTH_RE.finditer(text):
            window = text[mo.end():mo.end() + 60]
            dm = first_date(window)
            if dm and parse_date(dm.group(0)) and MASK not in mt[mo.end() + dm.start():mo.end() + dm.end()]:
                E(f"unlabelled date after birth word: {dm.group(0)!r}")
        for mo in DOC_WORD_RE.finditer(text):
            window = mt[mo.end():mo.end() + 50]
            for dm in DOC_CAND_RE.finditer(window):
                c = dm.group(0)
                if nl_doc_ok(c) or residence_doc_ok(c) or de_doc_ok(c) or (c.isdigit() and len(c) in (9, 10)):
                    E(f"unlabelled document number after {mo.group(0)!r}: {c!r}")
        for mo in name_rx.finditer(mt):
            E(f"unlabelled name token {mo.group(0)!r}")
        for mo in name_ci_rx.finditer(mt):
            if mo.group(0)[0].islower() or mo.group(0).isupper():
                E(f"unlabelled lower/upper-case name token {mo.group(0)!r}")
        for mo in ANYPHONE_RE.finditer(mt):
            c = mo.group(0).strip()
            if re.search(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}", c):
                continue        # a date followed by a time, not a phone number
            if MASK not in c and (nl_phone_ok(c) or de_phone_ok(c) or be_phone_ok(c) or uk_phone_ok(c)):
                E(f"unlabelled phone {c!r}")
        for mo in FOREIGN_PC_RE.finditer(mt):
            E(f"unlabelled foreign postcode {mo.group(1)!r}")
        for mo in UK_PC_SCAN_RE.finditer(mt):
            if uk_postcode_ok(mo.group(0)):
                E(f"unlabelled UK postcode {mo.group(0)!r}")
        for rx in (NLDOC_ANY_RE, RESDOC_ANY_RE):
            for mo in rx.finditer(mt):
                if (nl_doc_ok(mo.group(0)) and sum(c.isdigit() for c in mo.group(0)) >= 2) or residence_doc_ok(mo.group(0)):
                    E(f"unlabelled document-number-shaped token {mo.group(0)!r}")
        for mo in VEHICLE_RE.finditer(text):
            window = mt[mo.end():mo.end() + 40]
            for km in KT_ANY_RE.finditer(window):
                if any(c.isdigit() for c in km.group(0)) and any(c.isalpha() for c in km.group(0)) \
                        and kenteken_sidecode(km.group(0)) is not None:
                    E(f"unlabelled plate after vehicle word: {km.group(0)!r}")
        for mo in STREET_RE.finditer(mt):
            E(f"unlabelled street + house number {mo.group(0)!r}")
        for mo in UK_STREET_RE.finditer(mt):
            E(f"unlabelled house number + street {mo.group(0)!r}")
        # dates in a table whose header names a birth date
        lines = text.split("\n")
        off, in_birth_table = 0, False
        for ln in lines:
            if ln.startswith("|"):
                if BIRTH_RE.search(ln):
                    in_birth_table = True
                elif in_birth_table:
                    for rx in DATE_RES:
                        for dm in rx.finditer(ln):
                            if parse_date(dm.group(0)) and MASK not in mt[off + dm.start():off + dm.end()]:
                                E(f"unlabelled date in a birth-date table {dm.group(0)!r}")
            else:
                in_birth_table = False
            off += len(ln) + 1
        # gold round trip (UTF-8 byte offsets)
        gold = to_gold(rec)
        line = json.dumps(gold, ensure_ascii=False)
        back = json.loads(line)
        bt = back["text"].encode("utf-8")
        for (s, e, lab, val), sp in zip(spans, back["spans"]):
            if bt[sp["start"]:sp["end"]].decode("utf-8") != val or sp["label"] != lab:
                E(f"byte offsets wrong for {lab} {val!r}")
    return errs


# ════════════════════════════════════════════════════════════════════════════════════════════════
# Main
# ════════════════════════════════════════════════════════════════════════════════════════════════

def is_emoji(c):
    o = ord(c)
    return 0x1F000 <= o <= 0x1FAFF or 0x2600 <= o <= 0x27BF


def mutation_test(records):
    """Remove each gold span in turn and count how often the audit notices (reported in README)."""
    caught, total = {}, {}
    for rec in records:
        for i, sp in enumerate(rec["spans"]):
            lab = sp[2]
            mut = dict(rec)
            mut["spans"] = rec["spans"][:i] + rec["spans"][i + 1:]
            mut["pii"] = bool(mut["spans"])
            total[lab] = total.get(lab, 0) + 1
            if audit([mut]):
                caught[lab] = caught.get(lab, 0) + 1
    for lab in LABELS:
        if lab in total:
            print(f"mutation: {lab:14s} {caught.get(lab, 0):3d}/{total[lab]:3d} removed spans caught by the audit")


def main():
    n, bad = self_test()
    if bad:
        print(f"self test: {len(bad)} of {n} checks FAILED", file=sys.stderr)
        sys.exit(1)
    print(f"self test: {n} checks passed")
    records = build()
    errs = audit(records)
    if errs:
        for e in errs:
            print("AUDIT:", e, file=sys.stderr)
        print(f"audit: {len(errs)} problems — gold.jsonl NOT written", file=sys.stderr)
        sys.exit(1)
    print(f"audit: {len(records)} records OK")
    lines = [json.dumps(to_gold(r), ensure_ascii=False) for r in records]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(os.path.join(HERE, "gold.jsonl"), "wb") as fh:
        fh.write(data)
    # statistics
    cnt = {l: {lab: 0 for lab in LABELS} for l in LANG_ORDER}
    free = {l: 0 for l in LANG_ORDER}
    msgs = {l: 0 for l in LANG_ORDER}
    for r in records:
        msgs[r["lang"]] += 1
        if not r["spans"]:
            free[r["lang"]] += 1
        for _, _, lab, _ in r["spans"]:
            cnt[r["lang"]][lab] += 1
    lens = sorted(len(r["text"].encode("utf-8")) for r in records)
    print(f"messages: " + ", ".join(f"{l} {msgs[l]}" for l in LANG_ORDER) + f" = {len(records)}")
    tf = sum(free.values())
    print(f"without personal data: {tf} (" + ", ".join(f"{l} {free[l]}" for l in LANG_ORDER) +
          f") = {100 * tf / len(records):.1f} %")
    print(f"length: {lens[0]}–{lens[-1]} bytes, median {lens[len(lens) // 2]}")
    print(f"non-ASCII: {sum(any(ord(c) > 127 for c in r['text']) for r in records)}, "
          f"emoji: {sum(any(is_emoji(c) for c in r['text']) for r in records)}, "
          f"CRLF: {sum(chr(13) in r['text'] for r in records)}, "
          f"NBSP: {sum(chr(160) in r['text'] for r in records)}")
    print(f"| label | nl | en | de | total |\n|---|---:|---:|---:|---:|")
    for lab in LABELS:
        print(f"| `{lab}` | " + " | ".join(str(cnt[l][lab]) for l in LANG_ORDER) +
              f" | {sum(cnt[l][lab] for l in LANG_ORDER)} |")
    print(f"| total | " + " | ".join(str(sum(cnt[l].values())) for l in LANG_ORDER) +
          f" | {sum(sum(cnt[l].values()) for l in LANG_ORDER)} |")
    print(f"sha256 {hashlib.sha256(data).hexdigest()}  gold.jsonl")
    if "--mutation-test" in sys.argv:
        mutation_test(records)


if __name__ == "__main__":
    main()
