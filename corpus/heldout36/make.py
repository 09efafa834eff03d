#!/usr/bin/env python3
"""heldout36 -- held-out PII evaluation set for a Dutch web-hosting company and domain registrar.

Written blind (see README.md).  Python 3.11, standard library only, deterministic:
every message instance uses random.Random(f"{SEED}:{scenario}:{k}") (string seeds are hashed with
SHA-512 by `random`, so PYTHONHASHSEED has no influence).

    python3 make.py            # self test + generate + audit + write gold.jsonl + statistics
    python3 make.py --check    # same, but do not write gold.jsonl

Values are written into the texts with m(LABEL, value) (short forms P(), EM(), PH() ...) between
private-use sentinels; render() strips the markup and records UTF-8 byte offsets.  NP() marks a string
that contains a name-like token but is not a person (company, domain), NEG() a deliberate hard negative
(a checksum-valid or postcode/plate/IP-shaped value that must stay unlabelled), ORG() the organisation's
own data.  The audit refuses to write gold.jsonl if anything is wrong.
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
SEED = "heldout36/kiezelhost/2025"
ID_PREFIX = "h36"

LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# ----------------------------------------------------------------------------------------------------
# markup
# ----------------------------------------------------------------------------------------------------
S_OPEN, S_SEP, S_CLOSE = "\ue000", "\ue001", "\ue002"
REGION_OPEN = {"\ue003": "NP", "\ue005": "NEG", "\ue007": "ORG"}
REGION_CLOSE = {"\ue004": "NP", "\ue006": "NEG", "\ue008": "ORG"}
SENTINELS = set([S_OPEN, S_SEP, S_CLOSE]) | set(REGION_OPEN) | set(REGION_CLOSE)


def m(label, value):
    assert label in LABELS, label
    value = str(value)
    assert value and not (set(value) & SENTINELS), value
    return f"{S_OPEN}{label}{S_SEP}{value}{S_CLOSE}"


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
def NP(v): return f"\ue003{v}\ue004"
def NEG(v): return f"\ue005{v}\ue006"
def ORG(v): return f"\ue007{v}\ue008"


def render(raw):
    """strip markup -> (text, spans[(cs, ce, label, value)], regions{kind: [(cs, ce)]}) in characters"""
    out, spans = [], []
    regions = {"NP": [], "NEG": [], "ORG": []}
    stack = []
    pos = 0
    i = 0
    while i < len(raw):
        c = raw[i]
        if c == S_OPEN:
            j = raw.index(S_SEP, i)
            e = raw.index(S_CLOSE, j)
            label, value = raw[i + 1:j], raw[j + 1:e]
            if set(value) & SENTINELS:
                raise ValueError(f"nested markup in span {value!r}")
            if stack:
                raise ValueError(f"span {value!r} inside a {stack[-1][0]} region")
            spans.append((pos, pos + len(value), label, value))
            out.append(value)
            pos += len(value)
            i = e + 1
        elif c in REGION_OPEN:
            stack.append((REGION_OPEN[c], pos))
            i += 1
        elif c in REGION_CLOSE:
            kind, start = stack.pop()
            if kind != REGION_CLOSE[c]:
                raise ValueError("badly nested regions")
            regions[kind].append((start, pos))
            i += 1
        elif c in (S_SEP, S_CLOSE):
            raise ValueError("stray sentinel")
        else:
            out.append(c)
            pos += 1
            i += 1
    if stack:
        raise ValueError("unclosed region")
    return "".join(out), spans, regions


# ----------------------------------------------------------------------------------------------------
# validators (re-implemented from shared/reference/dutch-pii-formats.md)
# ----------------------------------------------------------------------------------------------------
def digits(s):
    return re.sub(r"\D", "", s)


def elfproef(s):
    s = re.sub(r"[ .\-]", "", s)
    if not re.fullmatch(r"\d{8,9}", s):
        return False
    s = s.zfill(9)
    if int(s) == 0:
        return False
    d = [int(c) for c in s]
    return (sum((9 - i) * d[i] for i in range(8)) - d[8]) % 11 == 0


def onderwijsnummer(s):
    s = re.sub(r"[ .\-]", "", s)
    if not re.fullmatch(r"10\d{7}", s):
        return False
    d = [int(c) for c in s]
    return (sum((9 - i) * d[i] for i in range(8)) - d[8]) % 11 == 5


def bank11(s):
    d = [int(c) for c in s]
    n = len(d)
    return sum((n - i) * d[i] for i in range(n)) % 11 == 0


def b36(s):
    return "".join(str(int(c, 36)) for c in s)


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "AT": 20, "LU": 20, "FR": 27, "GB": 22, "IE": 22, "ES": 24}
IBAN_BBAN = {"NL": r"[A-Z]{4}\d{10}", "BE": r"\d{12}", "DE": r"\d{18}", "AT": r"\d{16}", "LU": r"\d{3}[A-Z0-9]{13}",
             "FR": r"\d{10}[A-Z0-9]{11}\d{2}", "GB": r"[A-Z]{4}\d{14}", "IE": r"[A-Z]{4}\d{14}", "ES": r"\d{20}"}


def iban_compact(s):
    return re.sub(r"[\s.\-]", "", s).upper()


def iban_valid(s):
    s = iban_compact(s)
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc]:
        return False
    if not re.fullmatch(r"[A-Z]{2}\d{2}" + IBAN_BBAN[cc], s):
        return False
    if int(b36(s[4:] + s[:4])) % 97 != 1:
        return False
    if cc == "BE":
        chk = int(s[4:14]) % 97 or 97
        if chk != int(s[14:16]):
            return False
    if cc == "FR":
        bank, branch, acct, key = s[4:9], s[9:14], s[14:25], s[25:27]
        acct_n = int("".join(str(FR_RIB_MAP.get(c, c)) for c in acct))
        if 97 - ((89 * int(bank) + 15 * int(branch) + 3 * acct_n) % 97) != int(key):
            return False
    return True


FR_RIB_MAP = {c: v for c, v in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")}


def make_iban(cc, bban):
    chk = 98 - int(b36(bban + cc + "00")) % 97
    return f"{cc}{chk:02d}{bban}"


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def mod97_btw(s):
    s = re.sub(r"[ .\-]", "", s).upper()
    if not re.fullmatch(r"NL\d{9}B\d{2}", s):
        return False
    return int(b36(s)) % 97 == 1


def btw_valid_new(s):
    """a new-style btw-id: NL + 9 digits + B + 2 digits, mod 97, digits failing the elfproef"""
    c = re.sub(r"[ .\-]", "", s).upper()
    return mod97_btw(c) and not elfproef(c[2:11]) and c[-2:] != "00"


def ob_nummer(s):
    """old omzetbelastingnummer: (NL)BSN B nn, 9 digits pass the elfproef"""
    c = re.sub(r"[ .\-]", "", s).upper()
    mt = re.fullmatch(r"(?:NL)?(\d{9})B(\d{2})", c)
    return bool(mt) and elfproef(mt.group(1)) and mt.group(2) != "00"


def luhn(s):
    d = [int(c) for c in digits(s)][::-1]
    tot = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def card_brand(s):
    n = digits(s)
    L = len(n)
    if n[0] == "4" and L in (13, 16, 19):
        return "visa"
    if (51 <= int(n[:2]) <= 55 or 2221 <= int(n[:4]) <= 2720) and L == 16:
        return "mastercard"
    if n[:2] in ("34", "37") and L == 15:
        return "amex"
    if (n[:4] == "6011" or 644 <= int(n[:3]) <= 649 or n[:2] == "65") and 16 <= L <= 19:
        return "discover"
    if 3528 <= int(n[:4]) <= 3589 and 16 <= L <= 19:
        return "jcb"
    if (300 <= int(n[:3]) <= 305 or n[:4] == "3095" or n[:2] in ("36", "38", "39")) and 14 <= L <= 19:
        return "diners"
    if (n[:2] in ("50",) or 56 <= int(n[:2]) <= 69) and 12 <= L <= 19:
        return "maestro"
    return None


def card_valid(s):
    if not re.fullmatch(r"\d[\d \-]*\d", s):
        return False
    return card_brand(s) is not None and luhn(s)


# --- phones ------------------------------------------------------------------------------------------
NL_GENERAL = r"(?:[124-7]\d\d|3(?:[02-9]\d|1[0-8]))\d{6}|8\d{6,9}|9\d{6,10}|1\d{4,5}"
NL_FIXED = (r"(?:1(?:[035]\d|1[13-578]|6[124-8]|7[24]|8[0-467])|2(?:[0346]\d|2[2-46-9]|5[125]|9[479])|"
            r"3(?:[03568]\d|1[3-8]|2[01]|4[1-8])|4(?:[0356]\d|1[1-368]|7[58]|8[15-8]|9[23579])|"
            r"5(?:[0358]\d|[19][1-9]|2[1-57-9]|4[13-8]|6[126]|7[0-3578])|7\d\d)\d{6}")
NL_MOBILE = r"(?:6[1-58]|970\d)\d{7}"
NL_VOIP = r"(?:85|91)\d{7}"
NL_TOLLFREE = r"800\d{4,7}"
NL_PREMIUM = r"90[069]\d{4,7}"
NL_PAGER = r"66\d{7}"
NL_UAN = r"140(?:1[035]|2[0346]|3[03568]|4[0356]|5[0358]|8[458])|(?:140(?:1[16-8]|2[259]|3[124]|4[17-9]|5[124679]|7)|8[478]\d{6})\d"


def _phone_norm(s):
    s = s.strip()
    s = s.replace("(0)", "")
    return re.sub(r"[\s\-./()\u00a0]", "", s)


def nl_nsn(s):
    """national significant number of an NL-written number, or None"""
    c = _phone_norm(s)
    if c.startswith("+31"):
        c = c[3:]
    elif c.startswith("0031"):
        c = c[4:]
    elif c.startswith("0"):
        c = c[1:]
        return c if not c.startswith("0") else None
    else:
        return None
    if c.startswith("0"):
        c = c[1:]
    return c


def nl_phone_type(s):
    n = nl_nsn(s)
    if not n or not n.isdigit():
        return None
    if re.fullmatch(NL_TOLLFREE, n):
        return "toll_free"
    if re.fullmatch(NL_PREMIUM, n):
        return "premium"
    if re.fullmatch(NL_UAN, n):
        return "uan"
    if not re.fullmatch(NL_GENERAL, n):
        return None
    for t, rx in (("mobile", NL_MOBILE), ("fixed", NL_FIXED), ("voip", NL_VOIP), ("pager", NL_PAGER)):
        if re.fullmatch(rx, n):
            return t
    return None


def be_phone(s):
    c = _phone_norm(s)
    if c.startswith("+32"):
        n = c[3:]
    elif c.startswith("0032"):
        n = c[4:]
    elif c.startswith("0") and not c.startswith("00"):
        n = c[1:]
    else:
        return False
    return bool(re.fullmatch(r"4[5-9]\d{7}|[23][2-8]\d{6}|9[2-4]\d{6}|(?:1[0-69]|5[0-9]|6[0-57-9]|8[0-9])\d{6}", n))


DE_AREAS = ["30", "40", "89", "69", "221", "211", "251", "241", "521", "228", "541", "441", "2151", "341", "351",
            "761", "2821", "201", "231", "511"]


def de_phone(s):
    c = _phone_norm(s)
    if c.startswith("+49"):
        n = c[3:]
    elif c.startswith("0049"):
        n = c[4:]
    elif c.startswith("0") and not c.startswith("00"):
        n = c[1:]
    else:
        return False
    if re.fullmatch(r"1(?:5[0-9]|6[023]|7[0-9])\d{7,8}", n):
        return True
    for a in DE_AREAS:
        if n.startswith(a) and 5 <= len(n) - len(a) <= 8 and n[len(a)] != "0":
            return True
    return False


def uk_phone(s):
    """only Ofcom drama ranges"""
    c = _phone_norm(s)
    if c.startswith("+44"):
        n = c[3:]
    elif c.startswith("0044"):
        n = c[4:]
    elif c.startswith("0") and not c.startswith("00"):
        n = c[1:]
    else:
        return False
    return bool(re.fullmatch(r"7700900\d{3}|(?:113|114|115|116|117|118|121|131|141|151|161)4960\d{3}|2079460\d{3}", n))


def phone_valid(s):
    if not re.fullmatch(r"[+(0][\d \-./()\u00a0]+\d", s):
        return False
    t = nl_phone_type(s)
    if t in ("mobile", "fixed", "voip"):
        return True
    return be_phone(s) or de_phone(s) or uk_phone(s)


# --- postcodes / addresses -----------------------------------------------------------------------------
def nl_postcode(s):
    c = re.sub(r"[ \-]", "", s).upper()
    if c.startswith("NL"):
        c = c[2:]
    return bool(re.fullmatch(r"[1-9]\d{3}[A-Z]{2}", c)) and c[4:] not in ("SA", "SD", "SS") \
        and bool(re.fullmatch(r"(?:NL-?)?[1-9]\d{3} ?(?:[A-Z]{2}|[a-z]{2})", s))


UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}"
IE_EIRCODE = r"[ACDEFHKNPRTVWXY]\d[\dW] [0-9ACDEFHKNPRTVWXY]{4}"


def postcode_valid(s):
    return nl_postcode(s) or bool(re.fullmatch(r"[1-9]\d{3}|\d{5}|D-\d{5}|B-[1-9]\d{3}", s)) \
        or bool(re.fullmatch(UK_POSTCODE, s)) or bool(re.fullmatch(IE_EIRCODE, s))


ADDR_NL = r"[A-ZÄÖÜ'][\w'’.\-]*(?: [\w'’.\-]+)* \d{1,5}(?:[a-zA-Z]|-?[A-Z]|[ \-](?:[A-Za-z0-9]{1,4})| bus \d{1,3}|/\d{1,3})?"
ADDR_UK = (r"(?:(?:Flat|Apartment) \d{1,3}[A-Z]?, )?\d{1,4}[A-Z]? [A-Z][a-z]+(?: [A-Z][a-z]+)* "
           r"(?:Road|Street|Lane|Avenue|Close|Crescent|Drive|Way|Gardens|Terrace|Place|Grove|Court|Hill|Mews|Row|Walk|Park)")
ADDR_BOX = r"(?:Postbus|P\.O\. Box|PO Box|Postfach) \d{1,5}"


def address_valid(s):
    return any(re.fullmatch(rx, s) for rx in (ADDR_NL, ADDR_UK, ADDR_BOX))


# --- documents, plates ---------------------------------------------------------------------------------
def nl_docnr(s):
    c = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}[0-9A-Z]{6}[0-9]", c)) and "O" not in c


def nl_residence(s):
    return bool(re.fullmatch(r"(?:I|II|III|IV|V)-V[1-9A-NP-Z]{8}", s))


DE_DOC_ALPHA = "CFGHJKLMNPRTVWXYZ0123456789"


def de_docnr(s):
    return len(s) == 9 and all(c in DE_DOC_ALPHA for c in s) and s[0] in "CFGHJKLMNPRTVWXYZ"


def id_valid(s):
    return nl_docnr(s) or nl_residence(s) or de_docnr(s) or bool(re.fullmatch(r"[1-9]\d{8}", s)) \
        or bool(re.fullmatch(r"[45]\d{9}", s))  # UK/US passport (9 digits) or NL rijbewijsnummer (10 digits)


SIDECODES = {1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX",
             7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX",
             13: "9-XX-999", 14: "999-XX-9"}
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS"]
BANNED8 = ["KVT", "VVD"]
BANNED13 = ["SP"]


def kenteken_sidecode(s):
    c = s.upper()
    if "-" in c:
        shape = re.sub(r"[A-Z]", "X", re.sub(r"\d", "9", c))
        code = next((k for k, v in SIDECODES.items() if v == shape), None)
        groups = c.split("-")
    else:
        c2 = c.replace(" ", "")
        shape = re.sub(r"[A-Z]", "X", re.sub(r"\d", "9", c2))
        code = next((k for k, v in SIDECODES.items() if v.replace("-", "") == shape), None)
        groups = re.findall(r"[A-Z]+|\d+", c2)
    if code is None:
        return None
    letters = [g for g in groups if g.isalpha()]
    for g in letters:
        ban = BANNED + (BANNED8 if code >= 8 else []) + (BANNED13 if code >= 13 else [])
        if any(b in g for b in ban):
            return None
        if code >= 4 and any(ch not in PLATE_LETTERS + "MWY" for ch in g):
            return None
    return code


def de_plate(s):
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} [1-9]\d{0,3}[EH]?", s))


def plate_valid(s):
    return kenteken_sidecode(s) is not None or de_plate(s)


# --- e-mail, IP, dates ---------------------------------------------------------------------------------
TLDS = {"nl", "com", "de", "be", "net", "org", "eu", "uk", "at", "io", "me", "info", "fr", "ie", "lu", "dev", "pl",
        "frl", "amsterdam", "online", "shop", "app"}
EMAIL_RX = r"[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"


def email_valid(s):
    return bool(re.fullmatch(EMAIL_RX, s)) and s.rsplit(".", 1)[1].lower() in TLDS and "@@" not in s


def ip_valid_public(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}
MONTH_ABBR_NL = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def parse_date(s):
    """-> datetime.date or None; accepts the written forms used in this set"""
    s = s.strip()
    mt = re.fullmatch(r"(\d{1,2})([-/. ])(\d{1,2})\2(\d{4})", s)
    if mt:
        d, mo, y = int(mt.group(1)), int(mt.group(3)), int(mt.group(4))
        return _mkdate(y, mo, d)
    mt = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if mt:
        return _mkdate(int(mt.group(1)), int(mt.group(2)), int(mt.group(3)))
    mt = re.fullmatch(r"(\d{1,2})\.? ([A-Za-zä]+)\.? (\d{4})", s)
    if mt:
        mo = _month(mt.group(2))
        return _mkdate(int(mt.group(3)), mo, int(mt.group(1))) if mo else None
    mt = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", s)
    if mt:
        mo = _month(mt.group(1))
        return _mkdate(int(mt.group(3)), mo, int(mt.group(2))) if mo else None
    return None


def _month(w):
    w = w.lower().rstrip(".")
    for lang in MONTHS:
        for i, name in enumerate(MONTHS[lang]):
            if w == name.lower() or (len(w) >= 3 and name.lower().startswith(w)):
                return i + 1
    if w in MONTH_ABBR_NL:
        return MONTH_ABBR_NL.index(w) + 1
    return None


def _mkdate(y, mo, d):
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def dob_valid(s):
    d = parse_date(s)
    return d is not None and 1900 <= d.year <= 2025


BIRTH_WORDS = r"(?i)(geboren|geb\.|geboortedatum|geboortedag|born|birth|d\.?o\.?b\.?|geburtsdatum|geburtstag)"


def person_valid(s):
    return bool(re.fullmatch(r"[^\W\d_](?:[^\W\d_]|[ ,'’.\-])*[^\W\d_.]|[^\W\d_]{1,2}", s)) and "  " not in s


def kvk_valid(s):
    return bool(re.fullmatch(r"\d{8}", s)) or bool(re.fullmatch(r"\d{4} \d{4}|\d{2}\.\d{2}\.\d{2}\.\d{2}", s))


def bsn_valid(s):
    if re.fullmatch(r"\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3}|\d{2}\.\d{2}\.\d{2}\.\d{3}", s):
        return elfproef(s)
    return ob_nummer(s) and bool(re.fullmatch(r"(?:NL ?)?\d{9} ?B\d{2}|(?:NL ?)?\d{4}\.\d{2}\.\d{3}\.B\d{2}", s))


VALIDATORS = {
    "PERSON": person_valid, "EMAIL": email_valid, "PHONE": phone_valid, "IBAN": iban_valid, "BSN": bsn_valid,
    "ADDRESS": address_valid, "POSTCODE": postcode_valid, "CREDIT_CARD": card_valid,
    "IP_ADDRESS": ip_valid_public, "DATE_OF_BIRTH": dob_valid, "ID_DOCUMENT": id_valid,
    "LICENSE_PLATE": plate_valid, "BTW_ID": btw_valid_new, "KVK": kvk_valid,
}


# ----------------------------------------------------------------------------------------------------
# the organisation (never labelled)
# ----------------------------------------------------------------------------------------------------
ORG_NAMES = ["Kiezelhost B.V.", "Kiezelhost", "Kiezelhost Support", "Kiezelhost Abuse Desk", "Kiezelhost NOC",
             "Kiezelhost Hosting & Domeinen"]
ORG_DOMAIN = "kiezelhost.example"
ORG_PHONE = "085 208 4410"        # support line (VoIP 085 range)
ORG_MOBILE = "06 4187 2290"       # NOC on-call + WhatsApp: a mobile that belongs to the organisation
ORG_IBAN = "NL63RABO0312447658"   # main account
ORG_IBAN2 = "NL50INGB0008441127"  # direct-debit collection account
ORG_ADDR = "Glasvezelweg 12, 7421 BX Deventer"
ORG_BOX = "Postbus 2210, 7400 CE Deventer"
ORG_DC = "Koelhuisstraat 3, 7418 GT Deventer"   # datacenter DVT1
ORG_KVK = "74128593"
ORG_BTW = "NL862047912B01"        # RSIN-based: 862047912 passes the elfproef
ORG_CREDITOR = "NL56ZZZ741285930000"
ORG_HANDLES = ["@KiezelhostNL", "@KiezelhostStatus"]
ORG_NETS = ["203.0.113.0/24", "198.51.100.0/24", "2001:db8:4b1::/48"]   # documentation ranges (RFC 5737/3849)

# staff: natural persons, PERSON wherever they appear
STAFF = {
    "joost": ("Joost", "Harmsen"),         # support, first line
    "fenna": ("Fenna", "Bakhuis"),         # support
    "priya": ("Priya", "Raghunathan"),     # NOC / system administration
    "mees": ("Mees", "Oosterhuis"),        # abuse desk
    "linde": ("Linde", "Wiersma"),         # billing (debiteuren)
    "tobias": ("Tobias", "Reinholt"),      # German-speaking support
    "ellen": ("Ellen", "Vriesinga"),       # registrar / domains
    "hidde": ("Hidde", "Koerts"),          # data protection officer
}


def staff(key, form="full"):
    f, l = STAFF[key]
    return {"full": f"{f} {l}", "first": f, "last": l, "lower": f.lower()}[form]


def sig_nl(key, role):
    return (f"Met vriendelijke groet,\n\n{P(staff(key))}\n{role} | {ORG('Kiezelhost B.V.')}\n"
            f"T {ORG('085 208 4410')} | {ORG('support@kiezelhost.example')}\n{ORG('Glasvezelweg 12, 7421 BX Deventer')}")


def sig_en(key, role):
    return (f"Kind regards,\n{P(staff(key))}\n{role}, {ORG('Kiezelhost B.V.')}\n"
            f"{ORG('+31 85 208 4410')} · {ORG('support@kiezelhost.example')}")


def sig_de(key, role):
    return (f"Mit freundlichen Grüßen\n{P(staff(key))}\n{role} · {ORG('Kiezelhost B.V.')}\n"
            f"Tel. {ORG('+31 85 208 4410')} · {ORG('deutsch@kiezelhost.example')}")


ORG_FOOTER_NL = (f"{ORG('Kiezelhost B.V.')} · {ORG('Glasvezelweg 12, 7421 BX Deventer')} · KvK {ORG('74128593')} · "
                 f"btw {ORG('NL862047912B01')} · IBAN {ORG('NL63 RABO 0312 4476 58')}")
ORG_FOOTER_EN = (f"{ORG('Kiezelhost B.V.')} | {ORG('Glasvezelweg 12, 7421 BX Deventer')}, the Netherlands | "
                 f"Chamber of Commerce {ORG('74128593')} | VAT {ORG('NL862047912B01')}")

# ----------------------------------------------------------------------------------------------------
# synthetic data: lists written for this set
# ----------------------------------------------------------------------------------------------------
NAMES = {
    "nl": {"F": ["Sanne", "Marloes", "Femke", "Anouk", "Lieke", "Janneke", "Maartje", "Ingeborg", "Mirjam", "Renske",
                 "Hanneke", "Tineke", "Nienke", "Sietske", "Eline", "Merel", "Willemijn", "Esmée", "Roosmarijn",
                 "Geertje", "Annemiek", "Marieke", "Daniëlle", "Noëlle"],
           "M": ["Bart", "Joris", "Ruben", "Thijs", "Wouter", "Sjoerd", "Maarten", "Jeroen", "Niels", "Koen", "Gijs",
                 "Stijn", "Rutger", "Hendrik", "Freek", "Teun", "Pepijn", "Jelle", "Arjen", "Wessel", "Reinier",
                 "Gerrit", "Hylke", "Siebe"],
           "L": ["Terpstra", "Schuurman", "Wijnands", "Oudshoorn", "Veldkamp", "Hazelaar", "Lammertink", "Nijboer",
                 "Rietveld", "Koopmans", "Zwiers", "Stegeman", "Harkema", "Overbeek", "Timmermans", "Huisman",
                 "Postma", "Dijkema", "Groenewoud", "Kloosterman", "Vredeveld", "Hofstede", "Wolthuis", "Brinkhuis",
                 "Leferink", "Nieuwenhuis", "Kamphuis", "Beukema", "Hoogland", "van der Meulen", "van den Akker",
                 "de Haan", "ter Beek", "van Rossum", "de Bruijn", "van der Heijden", "van Rijswijk", "ten Hove",
                 "van 't Hek", "Jansen-Hoekstra"]},
    "mig": {"F": ["Yasmina", "Nadia", "Imane", "Elif", "Zeynep", "Merve", "Sharmila", "Kirana", "Büşra"],
            "M": ["Soufiane", "Hamza", "Bilal", "Emre", "Burak", "Kerem", "Ravi", "Anand", "Oğuzhan"],
            "L": ["El Amrani", "Bouzid", "Aouragh", "Ouali", "Kaya", "Aydoğan", "Arslan", "Öztürk", "Yıldız",
                  "Jagessar", "Ramdin", "Tjon-A-Fat", "Sumadi", "Ait Lahcen"]},
    "de": {"F": ["Lena", "Katrin", "Anja", "Julia", "Heike", "Maren", "Svenja", "Jördis", "Friederike", "Ute"],
           "M": ["Jonas", "Matthias", "Florian", "Sebastian", "Uwe", "Sören", "Henning", "Jörg", "Benedikt", "Malte"],
           "L": ["Brückner", "Schäfer", "Köhler", "Weißbach", "Hübner", "Dreßler", "Tiedemann", "Lüdecke",
                 "Jürgensen", "Albers", "Wendt", "Kasperczyk", "Rohwedder", "Niehaus", "Overmeyer", "Pfeiffer",
                 "Große-Wilde", "von Aschenbach"]},
    "at": {"F": ["Theresa", "Magdalena"], "M": ["Lukas", "Florian"], "L": ["Pichler", "Gruber", "Moosbrugger"]},
    "en": {"F": ["Charlotte", "Imogen", "Hannah", "Niamh", "Siobhan", "Bethany", "Eleanor", "Rosalind", "Megan"],
           "M": ["Oliver", "Gareth", "Callum", "Declan", "Rhys", "Marcus", "Tyler", "Ewan", "Alistair"],
           "L": ["Pembroke", "Llewellyn", "Gallagher", "Rourke", "Prescott", "Whitcombe", "Moran", "Brennan",
                 "Ashworth", "Fairbairn", "Adeyemi", "Thistlewood", "Carrick", "MacLeod", "Hargreaves", "O'Donnell"]},
    "in": {"F": ["Kavya", "Ananya", "Priyanka"], "M": ["Arjun", "Rohit", "Vikram"],
           "L": ["Menon", "Iyer", "Deshpande", "Chakraborty"]},
    "be": {"F": ["Fien", "Griet", "Annelies", "Hanne"], "M": ["Pieter", "Jens", "Wout", "Brecht"],
           "L": ["Van Acker", "Vercauteren", "Claeys", "Vandenbroucke", "Goethals", "Verstraeten", "De Meyer"]},
    "pl": {"F": ["Katarzyna", "Agnieszka"], "M": ["Tomasz", "Paweł"], "L": ["Nowicka", "Wróbel", "Kowalczyk"]},
    "fr": {"F": ["Camille", "Margaux"], "M": ["Julien", "Thibault"], "L": ["Lefèvre", "Marchand", "Delacroix"]},
}
TUSSEN = {"van", "de", "der", "den", "ter", "ten", "'t", "von", "el", "ait", "a", "te", "het"}


class Person:
    def __init__(self, first, last, sex, pool):
        self.first, self.last, self.sex, self.pool = first, last, sex, pool

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def last_cap(self):   # surname standing alone: tussenvoegsel capitalised (NL)
        return self.last[0].upper() + self.last[1:]

    @property
    def initials(self):
        return ".".join(p[0] for p in self.first.split("-")) + "."


def person(r, pool, sex=None, avoid=()):
    sex = sex or r.choice("FM")
    while True:
        p = Person(r.choice(NAMES[pool][sex]), r.choice(NAMES[pool]["L"]), sex, pool)
        if p.first not in [a.first for a in avoid] and p.last not in [a.last for a in avoid]:
            return p


def people(r, pool, n, sexes=None):
    out = []
    for i in range(n):
        out.append(person(r, pool, sexes[i] if sexes else None, avoid=out))
    return out


def fold(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


PROVIDERS = {"nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com", "outlook.com", "xs4all.nl", "live.nl",
                    "icloud.com", "proton.me", "planet.nl"],
             "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com", "mailbox.org"],
             "en": ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "fastmail.com"],
             "be": ["telenet.be", "skynet.be", "gmail.com", "proximus.be"]}
PROVIDERS["in"] = PROVIDERS["en"]
PROVIDERS["at"] = ["gmx.at", "aon.at", "gmail.com"]
PROVIDERS["fr"] = ["orange.fr", "free.fr", "gmail.com"]
PROVIDERS["pl"] = ["gmail.com", "outlook.com", "wp.pl"]


def de_fold(s):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        s = s.replace(a, b)
    return s


def email(r, p, domain=None, style=None):
    first, last = (de_fold(p.first), de_fold(p.last)) if p.pool in ("de", "at") else (p.first, p.last)
    f = re.sub(r"[^a-z]", "", fold(first).lower())
    l = re.sub(r"[^a-z\-]", "", fold(last).lower().replace(" ", "")).replace("-", "")
    style = style if style is not None else r.randrange(6)
    local = [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{r.randint(70, 99)}", f"{f}_{l}", f"{l}.{f}", f"{f}{l[0]}"][style]
    if domain is None:
        domain = r.choice(PROVIDERS.get(p.pool if p.pool in PROVIDERS else "nl", PROVIDERS["nl"]))
    return f"{local}@{domain}"


# NL towns: (name, postcode range, area code)
NL_TOWNS = [("Zwolle", (8011, 8045), "38"), ("Apeldoorn", (7311, 7339), "55"), ("Utrecht", (3511, 3585), "30"),
            ("Haarlem", (2011, 2037), "23"), ("Groningen", (9711, 9747), "50"), ("Nijmegen", (6511, 6546), "24"),
            ("Tilburg", (5011, 5049), "13"), ("Breda", (4811, 4839), "76"), ("Leeuwarden", (8911, 8939), "58"),
            ("Almere", (1311, 1364), "36"), ("Amersfoort", (3811, 3829), "33"), ("Enschede", (7511, 7548), "53"),
            ("Arnhem", (6811, 6846), "26"), ("Gouda", (2801, 2809), "182"), ("Delft", (2611, 2629), "15"),
            ("Leiden", (2311, 2334), "71"), ("Alkmaar", (1811, 1827), "72"), ("Hengelo", (7550, 7559), "74"),
            ("Assen", (9401, 9408), "592"), ("Zutphen", (7201, 7207), "575"), ("Harderwijk", (3841, 3849), "341"),
            ("Amsterdam", (1011, 1109), "20"), ("Rotterdam", (3011, 3089), "10"), ("Den Haag", (2491, 2597), "70"),
            ("Eindhoven", (5611, 5658), "40"), ("Deventer", (7411, 7429), "570")]
NL_STREETS = ["Reigerhof", "Vlasakker", "Laan van Ter Wijck", "Burg. Smeengestraat", "Koekoeksbloemweg",
              "Lijsterbeslaan", "Brasemstraat", "Oude Molendijk", "Pastoor van Eschstraat", "Zandkampweg",
              "Hoogstraat", "Kerkewijk", "Populierenlaan", "Sluisdijk", "Ganzenhoef", "Weteringkade",
              "Professor Zeemanlaan", "Noorderhaven", "Schapendrift", "Klaprooshof", "Tolbrugstraat",
              "Wilgenweg", "Havenkade", "Distelvlinderpad", "Beukenkamp", "Grote Berg", "Jacob Catsstraat",
              "Steenbokstraat", "Akkerwindestraat", "Zuiderzeestraatweg"]
NL_ADD = ["", "", "", "", "a", "b", "A", "-II", " hs", "-1", " bis", "-3"]
DE_TOWNS = [("Köln", (50667, 51149), "221"), ("Düsseldorf", (40210, 40629), "211"), ("Münster", (48143, 48167), "251"),
            ("Aachen", (52062, 52080), "241"), ("Bielefeld", (33602, 33739), "521"), ("Hamburg", (20095, 22769), "40"),
            ("Berlin", (10115, 14199), "30"), ("München", (80331, 81929), "89"), ("Bonn", (53111, 53229), "228"),
            ("Osnabrück", (49074, 49090), "541"), ("Oldenburg", (26121, 26135), "441"), ("Krefeld", (47798, 47839), "2151"),
            ("Leipzig", (4103, 4357), "341"), ("Kleve", (47533, 47533), "2821")]
DE_STREETS = ["Lindenallee", "Mühlenweg", "Am Kiesberg", "Schützenstraße", "Gartenstraße", "Eichendorffweg",
              "Brückenstraße", "Auf dem Hövel", "Kastanienweg", "Marktplatz", "Zur Alten Ziegelei", "Hafenstraße",
              "Ringstraße", "Schlehenweg", "Grüner Weg", "Talstraße", "Am Sonnenhang", "Weberstraße"]
BE_TOWNS = [("Gent", "9000", "9"), ("Antwerpen", "2018", "3"), ("Leuven", "3000", "16"), ("Hasselt", "3500", "11"),
            ("Brugge", "8000", "50"), ("Mechelen", "2800", "15")]
BE_STREETS = ["Kapelstraat", "Steenweg op Gent", "Kouterdreef", "Vlamingstraat", "Hoogpoort", "Stationsplein",
              "Diestsevest", "Kortrijksesteenweg", "Groenplaats"]
UK_TOWNS = [("Leeds", "LS6", "113"), ("Manchester", "M14", "161"), ("London", "N16", "207946"),
            ("Bristol", "BS3", "117"), ("Edinburgh", "EH10", "131"), ("Sheffield", "S11", "114")]
UK_STREETS = ["Larch Avenue", "Kingsmead Road", "Albion Street", "Mill Lane", "Beechwood Close", "Hawthorn Crescent",
              "Victoria Terrace", "Orchard Grove", "Ferndale Drive", "Chapel Walk"]
LETTERS_NO_O = "ABCDEFGHIJKLMNPQRSTUVWXYZ"


def nl_town(r):
    return r.choice(NL_TOWNS)


PROVINCE = {"Zwolle": "Overijssel", "Apeldoorn": "Gelderland", "Utrecht": "Utrecht", "Haarlem": "Noord-Holland",
            "Groningen": "Groningen", "Nijmegen": "Gelderland", "Tilburg": "Noord-Brabant", "Breda": "Noord-Brabant",
            "Leeuwarden": "Friesland", "Almere": "Flevoland", "Amersfoort": "Utrecht", "Enschede": "Overijssel",
            "Arnhem": "Gelderland", "Gouda": "Zuid-Holland", "Delft": "Zuid-Holland", "Leiden": "Zuid-Holland",
            "Alkmaar": "Noord-Holland", "Hengelo": "Overijssel", "Assen": "Drenthe", "Zutphen": "Gelderland",
            "Harderwijk": "Gelderland", "Amsterdam": "Noord-Holland", "Rotterdam": "Zuid-Holland",
            "Den Haag": "Zuid-Holland", "Eindhoven": "Noord-Brabant", "Deventer": "Overijssel"}


def nl_postcode_for(r, town):
    lo, hi = town[1]
    while True:
        pc = f"{r.randint(lo, hi)} {r.choice('ABCDEGHJKLMNPRTVWXZ')}{r.choice('ABCDEGHJKLMNPRTVWXZ')}"
        if pc[-2:] not in ("SA", "SD", "SS"):
            return pc


def nl_street(r, add=True):
    return f"{r.choice(NL_STREETS)} {r.randint(1, 180)}{r.choice(NL_ADD) if add else ''}"


def de_street(r):
    return f"{r.choice(DE_STREETS)} {r.randint(1, 96)}{r.choice(['', '', '', 'a', 'b'])}"


def de_plz(r, town):
    return f"{r.randint(*town[1]):05d}"


def uk_address(r, town):
    flat = r.random() < 0.35
    a = f"{r.randint(2, 140)} {r.choice(UK_STREETS)}"
    if flat:
        a = f"Flat {r.randint(1, 12)}, " + a
    pc = f"{town[1]} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    return a, pc


# --- phones ----------------------------------------------------------------------------------------------
def nl_mobile(r):
    return "6" + r.choice("12345") + "".join(r.choice("0123456789") for _ in range(7))


def fmt_mobile(nsn, style):
    a, b = nsn[1:], nsn[1:]
    forms = [f"06-{a}", f"06 {a}", f"06 {a[:4]} {a[4:]}", f"06{a}", f"+31 6 {a}", f"+31 (0)6 {a[:4]} {a[4:]}",
             f"+316-{a}", f"0031 6 {a[:4]} {a[4:]}", f"06-{a[:2]} {a[2:4]} {a[4:6]} {a[6:]}", f"+31{nsn}",
             f"06 - {a[:3]} {a[3:6]} {a[6:]}", f"(06) {b}"]
    return forms[style % len(forms)]


def nl_landline(r, area):
    n = 9 - len(area)
    while True:
        sub = str(r.randint(2, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))
        nsn = area + sub
        if re.fullmatch(NL_FIXED, nsn) and re.fullmatch(NL_GENERAL, nsn):
            return area, sub


def fmt_landline(area, sub, style):
    if len(area) == 2:
        forms = [f"0{area}-{sub}", f"0{area} {sub[:3]} {sub[3:]}", f"(0{area}) {sub[:3]} {sub[3:5]} {sub[5:]}",
                 f"+31 {area} {sub[:3]} {sub[3:]}", f"+31 (0){area} {sub[:3]} {sub[3:]}", f"0{area}{sub}"]
    else:
        forms = [f"0{area}-{sub}", f"0{area} {sub[:2]} {sub[2:4]} {sub[4:]}", f"(0{area}) {sub}",
                 f"+31 {area} {sub[:3]} {sub[3:]}", f"+31 (0){area} {sub}", f"0{area}{sub}"]
    return forms[style % len(forms)]


def be_mobile(r, style=0):
    n = "4" + r.choice("6789") + "".join(r.choice("0123456789") for _ in range(7))
    forms = [f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0032 {n}",
             f"0{n[:3]}/{n[3:5]}.{n[5:7]}.{n[7:]}"]
    return forms[style % len(forms)]


def be_landline(r, town, style=0):
    z = town[2]
    if len(z) == 1:
        first = {"9": "2345"[:3], "2": "2345678", "3": "2345678"}[z]
        sub = r.choice(first) + "".join(r.choice("0123456789") for _ in range(6))
        forms = [f"0{z} {sub[:3]} {sub[3:5]} {sub[5:]}", f"+32 {z} {sub[:3]} {sub[3:5]} {sub[5:]}"]
    else:
        sub = str(r.randint(2, 9)) + "".join(r.choice("0123456789") for _ in range(5))
        forms = [f"0{z} {sub[:2]} {sub[2:4]} {sub[4:]}", f"+32 {z} {sub[:2]} {sub[2:4]} {sub[4:]}"]
    return forms[style % len(forms)]


def de_mobile(r, style=0):
    pre = r.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179"])
    sub = str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(r.choice([6, 7])))
    forms = [f"0{pre} {sub}", f"+49 {pre} {sub}", f"0{pre}-{sub}", f"0049 {pre} {sub}", f"0{pre}/{sub}",
             f"+49 (0){pre} {sub}"]
    return forms[style % len(forms)]


def de_landline(r, town, style=0):
    a = town[2]
    sub = str(r.randint(2, 9)) + "".join(r.choice("0123456789") for _ in range(r.choice([5, 6, 7]) - (len(a) > 3)))
    forms = [f"0{a} {sub}", f"0{a}/{sub}", f"+49 {a} {sub}", f"+49 (0){a} {sub}", f"0{a}-{sub}"]
    return forms[style % len(forms)]


def uk_phone_num(r, town=None, mobile=False, style=0):
    x = f"{r.randint(0, 999):03d}"
    if mobile:
        forms = [f"07700 900{x}", f"+44 7700 900{x}", f"+44 (0)7700 900 {x}", f"07700900{x}"]
    elif town and town[2] == "207946":
        forms = [f"020 7946 0{x}", f"+44 20 7946 0{x}", f"(020) 7946 0{x}"]
    else:
        a = town[2] if town else "161"
        forms = [f"0{a} 496 0{x}", f"+44 {a} 496 0{x}", f"(0{a}) 496 0{x}"]
    return forms[style % len(forms)]


# --- bank, tax, cards --------------------------------------------------------------------------------
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB", "RBRB"]


def rdig(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def iban(r, cc="NL", bank=None):
    if cc == "NL":
        b = bank or r.choice(NL_BANKS)
        acct = ("000" + rdig(r, 7)) if b == "INGB" else (str(r.randint(1, 9)) + rdig(r, 9))
        return make_iban("NL", b + acct)
    if cc == "BE":
        first = r.choice(["001", "063", "068", "310", "363", "735", "751", "973", "083"]) + rdig(r, 7)
        chk = int(first) % 97 or 97
        return make_iban("BE", f"{first}{chk:02d}")
    if cc == "DE":
        blz = r.choice(["37040044", "50010517", "30050110", "10050000", "20050550", "70150000", "37050198",
                        "44050199", "36050105", "40050150"])
        return make_iban("DE", blz + rdig(r, 10))
    if cc == "AT":
        return make_iban("AT", r.choice(["20111", "12000", "32000", "14000", "38000"]) + rdig(r, 11))
    if cc == "LU":
        return make_iban("LU", r.choice(["001", "002", "019", "141"]) + rdig(r, 13))
    if cc == "GB":
        return make_iban("GB", r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + rdig(r, 14))
    if cc == "IE":
        return make_iban("IE", r.choice(["AIBK", "BOFI"]) + rdig(r, 14))
    if cc == "FR":
        bank, branch, acct = r.choice(["20041", "30003", "10107", "30004"]), rdig(r, 5), rdig(r, 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        return make_iban("FR", f"{bank}{branch}{acct}{key:02d}")
    raise ValueError(cc)


def bsn(r):
    while True:
        s = str(r.randint(1, 9)) + rdig(r, 8)
        if elfproef(s) and s != "999999990":
            return s


def fmt_bsn(s, style):
    return [s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}",
            f"{s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:]}"][style % 5]


def nine_fail(r):
    """9-digit number failing the elfproef (and the bank 11-test)"""
    while True:
        s = str(r.randint(1, 9)) + rdig(r, 8)
        if not elfproef(s) and not bank11(s):
            return s


def nine_pass(r):
    """9-digit elfproef-valid number used as a reference number: must be NEG()-marked"""
    return bsn(r)


def btw_id(r):
    while True:
        d = rdig(r, 9)
        if elfproef(d) or int(d) == 0:
            continue
        n = int(b36("NL" + d + "B"))
        s = (1 - n * 100) % 97
        if s == 0:
            s = 97
        cand = f"NL{d}B{s:02d}"
        if btw_valid_new(cand):
            return cand


def kvk(r):
    while True:
        k = str(r.randint(1, 9)) + rdig(r, 7)
        if k != ORG_KVK:
            return k


def card(r, brand="visa"):
    if brand == "visa":
        body = "4" + rdig(r, 14)
    elif brand == "mc":
        body = str(r.randint(51, 55)) + rdig(r, 13)
    elif brand == "mc2":
        body = str(r.randint(2221, 2720)) + rdig(r, 11)
    elif brand == "amex":
        body = r.choice(["34", "37"]) + rdig(r, 12)
    elif brand == "maestro":
        body = "6759" + rdig(r, 11)
    else:
        raise ValueError(brand)
    for c in "0123456789":
        if luhn(body + c):
            return body + c


def fmt_card(n, style=0):
    if len(n) == 15:
        return [f"{n[:4]} {n[4:10]} {n[10:]}", n, f"{n[:4]}-{n[4:10]}-{n[10:]}"][style % 3]
    return [" ".join(n[i:i + 4] for i in range(0, 16, 4)), n, "-".join(n[i:i + 4] for i in range(0, 16, 4))][style % 3]


# --- IP, dates, documents, plates ------------------------------------------------------------------------
def ipv4(r):
    while True:
        a = r.choice([31, 37, 46, 62, 77, 78, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 94, 95, 109, 145, 176,
                      178, 185, 188, 193, 194, 195, 212, 213, 217])
        ip = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        if ipaddress.ip_address(ip).is_global:
            return ip


def ipv6(r):
    pre = r.choice(["2a02:a46f", "2a02:58", "2a01:7c8", "2001:1c02", "2a10:3781", "2a02:8109", "2003:e6", "2a00:23c7"])
    g = [f"{r.randint(0, 0xffff):x}" for _ in range(2)]
    tail = [f"{r.randint(1, 0xffff):x}" for _ in range(2)]
    ip = f"{pre}:{g[0]}:{g[1]}::{tail[0]}:{tail[1]}" if pre.count(":") == 1 else f"{pre}:{g[0]}::{tail[0]}:{tail[1]}"
    assert ipaddress.ip_address(ip).is_global, ip
    return str(ipaddress.ip_address(ip))


def org_ip(r, v6=False):
    if v6:
        return f"2001:db8:4b1:{r.randint(1, 0xff):x}::{r.randint(1, 0xfff):x}"
    return f"{r.choice(['203.0.113', '198.51.100'])}.{r.randint(2, 250)}"


def priv_ip(r):
    return r.choice([f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(2, 250)}",
                     f"192.168.{r.choice([0, 1, 2, 178])}.{r.randint(2, 250)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 250)}"])


def birthdate(r, lo=1948, hi=2004):
    start = datetime.date(lo, 1, 1).toordinal()
    end = datetime.date(hi, 12, 31).toordinal()
    return datetime.date.fromordinal(r.randint(start, end))


def fmt_date(d, lang, style=0):
    if lang == "nl":
        forms = [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day} {MONTHS['nl'][d.month - 1]} {d.year}",
                 f"{d.day}-{d.month}-{d.year}", d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}"]
    elif lang == "en":
        forms = [f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}", f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}",
                 f"{d.day:02d}/{d.month:02d}/{d.year}", d.isoformat()]
    else:
        forms = [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}",
                 d.isoformat(), f"{d.day}.{d.month}.{d.year}"]
    return forms[style % len(forms)]


def nl_doc(r, kind="N"):
    body = "".join(r.choice(LETTERS_NO_O + "123456789") for _ in range(6))
    return kind + r.choice(LETTERS_NO_O) + body + str(r.randint(1, 9))


def residence_doc(r):
    return r.choice(["I", "II", "III", "IV", "V"]) + "-V" + "".join(r.choice("123456789ABCDEFGHJKLMNPRSTVWXZ")
                                                                   for _ in range(8))


def de_doc(r):
    return r.choice("CFGHJKLMNPRTVWXYZ") + "".join(r.choice(DE_DOC_ALPHA) for _ in range(8))


def kenteken(r, code=None, style=0):
    code = code or r.choice([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14])
    while True:
        pat = SIDECODES[code]
        out = "".join(r.choice(PLATE_LETTERS) if c == "X" else (str(r.randint(1, 9)) if c == "9" else c) for c in pat)
        if kenteken_sidecode(out) == code and kenteken_sidecode(out.replace("-", "")) == code:
            break
    if style == 1:
        return out.replace("-", "")
    if style == 2:
        return out.lower()
    if style == 3:
        return out.replace("-", " ")
    return out


def de_kennzeichen(r, city="K", style=0):
    s = f"{city}-{r.choice('BDFGHJKLMNPRSTVWXZ')}{r.choice('ABDFGHJKLMNPRSTVWXZ')} {r.randint(1, 9)}{rdig(r, r.randint(0, 3))}"
    return s if style == 0 else s.replace("-", " ")


# ----------------------------------------------------------------------------------------------------
# self test: every validator against the reference's test vectors, the organisation's data, the generators
# ----------------------------------------------------------------------------------------------------
def self_test():
    n = 0
    fails = []

    def ck(cond, what):
        nonlocal n
        n += 1
        if not cond:
            fails.append(what)

    # BSN (§1, §18)
    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303",
              "103349856", "044126396", "656412689", "460455977", "879119330", "999999990", "111111110"]:
        ck(elfproef(v), f"bsn valid {v}")
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        ck(not elfproef(v), f"bsn invalid {v}")
    ck(bank11("123456789") and not elfproef("123456789"), "bank 11-test trap")
    ck(bank11("999999990") and bank11("111111110"), "numbers ending in 0 pass both")
    ck(onderwijsnummer("101222331") and not onderwijsnummer("100252333"), "onderwijsnummer")
    ck(not elfproef("101222331"), "onderwijsnummer is not a BSN")
    for v in ["1112.22.333", "111 222 333", "111-222-333", "11.12.22.333", "123456782"]:
        ck(bsn_valid(v), f"bsn written form {v}")
    ck(not bsn_valid("123.456.789"), "3-3-3 dotted amount is not a BSN form")
    # IBAN (§2, §18)
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "NL20INGB0001234567", "BE71 0961 2345 6769",
              "DE89370400440532013000", "FR1420041010050500013M02606", "nl91abna0417164300",
              "NL91\u00a0ABNA 0417 1643 00", ORG_IBAN, ORG_IBAN2]:
        ck(iban_valid(v), f"iban valid {v}")
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL00ABNA0417164300", "BE71096123456768",
              "DE89370400440532013001", "FR1420041010050500013M02607", "XX91ABNA0417164300"]:
        ck(not iban_valid(v), f"iban invalid {v}")
    ck(make_iban("NL", "ABNA0417164300") == "NL91ABNA0417164300", "iban check digits")
    ck(make_iban("DE", "370400440532013000") == "DE89370400440532013000", "iban check digits DE")
    # phones (§3, §18)
    for v, t in [("06-12345678", "mobile"), ("+31 (0)6 1234 5678", "mobile"), ("0031612345678", "mobile"),
                 ("020-1234567", "fixed"), ("(020) 123 45 67", "fixed"), ("0111-123456", "fixed"),
                 ("097012345678", "mobile"), ("085 123 4567", "voip"), ("091 123 4567", "voip"),
                 ("088 123 4567", "uan"), ("066 123 4567", "pager"), ("0800-1234", "toll_free"),
                 ("0800 1234567", "toll_free"), ("0900-1234567", "premium"), ("0906-1234", "premium"),
                 ("0909-1234", "premium"), ("+31 0 6 12345678", "mobile"), ("0031-(0)20-1234567", "fixed"),
                 ("+31.20.123.45.67", "fixed"), ("020/1234567", "fixed"), ("+316-12345678", "mobile"),
                 ("06 - 123 456 78", "mobile"), ("(06) 12345678", "mobile")]:
        ck(nl_phone_type(v) == t, f"phone {v} -> {t} (got {nl_phone_type(v)})")
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "069 1234567",
              "0676 123456", "020-123456", "012-3456789", "0800-123"]:
        ck(nl_phone_type(v) is None, f"phone invalid {v}")
    for v in ["06-12345678", "020-1234567", "+31 (0)6 1234 5678"]:
        ck(phone_valid(v), f"phone_valid {v}")
    for v in ["0800-1234", "0900-1234567", "088 123 4567", "06-12-2023", "0123456789"]:
        ck(not (nl_phone_type(v) in ("mobile", "fixed", "voip")), f"not a personal NL number {v}")
    for v in ["+32 470 12 34 56", "0470 12 34 56", "02 511 22 33", "09 265 12 34", "050 44 86 86"]:
        ck(be_phone(v), f"be phone {v}")
    for v in ["+32 470 12 34 5", "02 123 45 67", "09 123 45 67"]:
        ck(not be_phone(v), f"be phone invalid {v}")
    for v in ["+49 30 12345678", "0151 23456789", "+49 (0)221 1234567", "0049 171 1234567"]:
        ck(de_phone(v), f"de phone {v}")
    ck(not de_phone("+49 151 234"), "de phone invalid")
    ck(de_vat_valid("DE136695976") and not de_vat_valid("DE136695977"), "DE USt-IdNr. vectors")
    for v in ["07700 900123", "+44 161 496 0123", "020 7946 0456", "0113 496 0999"]:
        ck(uk_phone(v), f"uk drama {v}")
    ck(not uk_phone("07700 123456"), "uk non-drama")
    ck(nl_phone_type(ORG_PHONE) == "voip" and nl_phone_type(ORG_MOBILE) == "mobile", "org phones")
    # postcodes (§4)
    for v in ["1012 AB", "1012AB", "1012 ab", "NL-2611ET", "9999 ZZ", "1000 AA", "7421 BX", "7400 CE", "7418 GT"]:
        ck(nl_postcode(v), f"postcode valid {v}")
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        ck(not nl_postcode(v), f"postcode invalid {v}")
    for v in ["LS6 2QT", "N16 7PL", "EH10 4BF", "50667", "9000", "D06 X2P7"]:
        ck(postcode_valid(v), f"postcode other {v}")
    # addresses (§4.2)
    for v in ["Kalverstraat 92", "Laan van Meerdervoort 123a", "Burg. de Monchyplein 10-II", "Kerkstraat 12 hs",
              "Postbus 626", "Hauptstraße 5", "72 Green Lane", "Flat 2, 14 Mill Road", "Kerkstraat 12 bus 3"]:
        ck(address_valid(v), f"address {v}")
    for v in ["2048 MB geheugen", "straat", "12"]:
        ck(not address_valid(v), f"not an address {v}")
    # documents (§5)
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        ck(nl_docnr(v), f"docnr valid {v}")
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        ck(not nl_docnr(v), f"docnr invalid {v}")
    ck(nl_residence("III-V123AL568".replace("0", "9")) or True, "residence form")
    ck(nl_residence("II-V8KGP6LTU") and not nl_residence("II-V8KGO6LTU"), "residence document, no O")
    # kenteken (§6, §18)
    for v, code in [("AB-12-34", 1), ("12-34-XY", 2), ("12-AB-34", 3), ("GB-12-DF", 4), ("XB-PK-12", 5),
                    ("12-DF-GH", 6), ("12-GBX-3", 7), ("1-KBB-12", 8), ("VB-123-X", 9), ("G-123-BB", 10),
                    ("GBB-12-X", 11), ("G-12-BBB", 12), ("1-BB-123", 13), ("123-BB-1", 14), ("GBB12X", 11),
                    ("gb-12-df", 4), ("GB 12 DF", 4)]:
        ck(kenteken_sidecode(v) == code, f"kenteken {v} -> {code} (got {kenteken_sidecode(v)})")
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        ck(kenteken_sidecode(v) is None, f"kenteken invalid {v}")
    ck(de_plate("K-LM 2841") and de_plate("MS HV 407") and not de_plate("K-LM 02841"), "de plate")
    # btw (§8, §18)
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        ck(mod97_btw(v), f"btw mod97 valid {v}")
    ck(ob_nummer("NL004495445B01") and not mod97_btw("NL004495445B01"), "OB-nummer")
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL111234567B01",
              "NL12345678B01"]:
        ck(not mod97_btw(v) and not ob_nummer(v), f"btw invalid {v}")
    ck(ob_nummer(ORG_BTW), "the organisation's btw is RSIN-based")
    # cards (§10)
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "30569309025904", "6759649826438453", "3782 822463 10005"]:
        ck(card_valid(v), f"card valid {v}")
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678"]:
        ck(not card_valid(v), f"card invalid {v}")
    ck(luhn("490154203237518") and not card_valid("490154203237518"), "IMEI trap")
    # e-mail (§11)
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM",
              "info@bakkerij-de-groot.frl"]:
        ck(email_valid(v), f"email valid {v}")
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld", "icon@2x.png"]:
        ck(not email_valid(v), f"email invalid {v}")
    # IP (§12)
    for v in ["192.168.1.10", "8.8.8.8", "255.255.255.255", "2001:db8::1", "::1", "fe80::1ff:fe23:4567:890a",
              "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "::ffff:192.0.2.128"]:
        try:
            ipaddress.ip_address(v)
            ok = True
        except ValueError:
            ok = False
        ck(ok, f"ip syntax {v}")
    for v in ["256.1.1.1", "192.168.1", "1.2.3.4.5", "010.001.001.001", "2001:db8:::1", "1::2::3", "2001:db8::g1",
              "12:30:45", "00:1A:2B:3C:4D:5E"]:
        try:
            ipaddress.ip_address(v)
            ok = False
        except ValueError:
            ok = True
        ck(ok, f"ip invalid {v}")
    for v in ["192.168.1.10", "10.1.2.3", "172.16.0.1", "127.0.0.1", "192.0.2.5", "198.51.100.7", "203.0.113.9",
              "2001:db8::1", "::1", "fe80::1"]:
        ck(not ip_valid_public(v), f"ip not public {v}")
    for net in ORG_NETS:
        ck(not ipaddress.ip_network(net).is_global, f"org network is a documentation range {net}")
    # dates (§9)
    for v in ["12-03-1985", "5 mei 1960", "1-4-1990", "03/07/1979", "29.02.1992", "17 okt. 2001", "12. März 1984",
              "March 20, 1995", "1985-03-12"]:
        ck(dob_valid(v), f"date valid {v}")
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999"]:
        ck(not dob_valid(v), f"date invalid {v}")
    # KvK (§7)
    ck(kvk_valid("12345678") and kvk_valid("69599084") and not kvk_valid("1234567") and not kvk_valid("123456789"),
       "kvk length")
    # generators: 300 rounds each
    g = random.Random(f"{SEED}:selftest")
    for _ in range(300):
        ck(elfproef(bsn(g)), "gen bsn")
        nf = nine_fail(g)
        ck(not elfproef(nf), "gen nine_fail")
        for cc in ("NL", "BE", "DE", "AT", "LU", "GB", "IE", "FR"):
            v = iban(g, cc)
            ck(iban_valid(v) and iban_valid(group4(v)), f"gen iban {cc} {v}")
        ck(btw_valid_new(btw_id(g)), "gen btw")
        for b in ("visa", "mc", "mc2", "amex", "maestro"):
            c = card(g, b)
            ck(card_valid(c) and card_valid(fmt_card(c, 0)), f"gen card {b} {c}")
        t = nl_town(g)
        ck(nl_postcode(nl_postcode_for(g, t)), "gen postcode")
        area, sub = nl_landline(g, t[2])
        for st in range(6):
            ck(nl_phone_type(fmt_landline(area, sub, st)) == "fixed", f"gen landline {fmt_landline(area, sub, st)}")
        mob = nl_mobile(g)
        for st in range(12):
            ck(nl_phone_type(fmt_mobile(mob, st)) == "mobile", f"gen mobile {fmt_mobile(mob, st)}")
        ck(be_phone(be_mobile(g, g.randrange(4))), "gen be mobile")
        bt = g.choice(BE_TOWNS)
        ck(be_phone(be_landline(g, bt, g.randrange(2))), f"gen be landline {bt}")
        ck(de_phone(de_mobile(g, g.randrange(6))), "gen de mobile")
        dt = g.choice(DE_TOWNS)
        ck(de_phone(de_landline(g, dt, g.randrange(5))), f"gen de landline {dt}")
        ut = g.choice(UK_TOWNS)
        ck(uk_phone(uk_phone_num(g, ut, style=g.randrange(3))) and uk_phone(uk_phone_num(g, mobile=True, style=g.randrange(4))),
           "gen uk phone")
        a, pc = uk_address(g, ut)
        ck(address_valid(a) and postcode_valid(pc), f"gen uk address {a} {pc}")
        ck(address_valid(nl_street(g)) and address_valid(de_street(g)), "gen street")
        ck(ip_valid_public(ipv4(g)) and ip_valid_public(ipv6(g)), "gen ip")
        ck(not ip_valid_public(org_ip(g)) and not ip_valid_public(org_ip(g, True)) and not ip_valid_public(priv_ip(g)),
           "gen non-public ip")
        for lang in ("nl", "en", "de"):
            d = birthdate(g)
            for st in range(5):
                ck(parse_date(fmt_date(d, lang, st)) == d, f"gen date {lang} {fmt_date(d, lang, st)}")
        ck(nl_docnr(nl_doc(g, "N")) and nl_docnr(nl_doc(g, "I")), "gen nl doc")
        ck(nl_residence(residence_doc(g)) and de_docnr(de_doc(g)), "gen other docs")
        for st in range(4):
            ck(kenteken_sidecode(kenteken(g, style=st)) is not None, "gen kenteken")
        ck(de_plate(de_kennzeichen(g, g.choice(["K", "D", "MS", "AC", "BI"]), g.randrange(2))), "gen de plate")
    if fails:
        for f in fails[:40]:
            print("SELF TEST FAIL:", f, file=sys.stderr)
        raise SystemExit(f"self test: {len(fails)} of {n} checks failed")
    return n


# ----------------------------------------------------------------------------------------------------
# scenario helpers
# ----------------------------------------------------------------------------------------------------
SCENARIOS = []


def sc(lang, pii):
    def deco(fn):
        SCENARIOS.append((lang, pii, fn.__name__, fn))
        return fn
    return deco


NL_DOMAINS = ["bakkerij-korenhuys.nl", "fietsenmaker-despaak.nl", "hofzicht-tuinontwerp.nl", "kapsalon-knipwerk.nl",
              "dierenpension-demolen.nl", "klusbedrijf-stevig.nl", "studiovlinder.nl", "kadowinkel-strik.nl",
              "yogaplek-ijsselkant.nl", "boekhoudingoporde.nl", "lichtval-fotografie.nl", "wolkenveld-tekst.nl",
              "zeilschool-dewind.nl", "koffiebranderij-boon.nl", "vlasakker-vakantiehuis.nl", "pixelweide.nl",
              "hondenuitlaat-kwispel.nl", "makelaardij-dakpan.nl", "brouwerij-hopduif.nl", "naaiatelier-zoom.nl"]
DE_DOMAINS = ["baeckerei-sonnenkorn.de", "fahrradwerkstatt-kette.de", "ferienwohnung-seeblick.de",
              "tischlerei-hobelspan.de", "gartenbau-wildwuchs.de", "kaffeeroesterei-bohne.de", "nordlicht-fotografie.de",
              "imkerei-summsumm.de", "reiseblog-fernweh.de"]
EN_DOMAINS = ["harbourlight-studio.co.uk", "greenleaf-catering.com", "pixelpine.io", "quietfox-games.com",
              "tidewater-surf.co.uk", "oakandthread.com", "northbound-tours.ie", "brightside-tutoring.co.uk",
              "copperkettle-cafe.com"]
NL_COMPANIES = ["Fotostudio Lichtval", "Tekstbureau Wolkenveld", "Pixelweide Webdesign", "Kapsalon Knipwerk",
                "Bakkerij Het Korenhuys", "Fietsreparatie De Ketting", "Klusbedrijf Stevig", "Hofzicht Tuinontwerp",
                "Koffiebranderij De Boon", "Zeilschool De Wind", "Brouwerij Hopduif", "Naaiatelier Zoom"]


def tnr(r):
    return str(r.randint(480000, 529999))


def invnr(r):
    return f"F{r.choice([2024, 2025])}-{r.randint(10000, 99999):05d}"


def custnr(r):
    return str(r.randint(1000000, 1999999))


def dtime(r, month=3):
    return f"2025-{month:02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def picks(r, seq, n):
    return r.sample(seq, n)


# ====================================================================================================
# Dutch scenarios: 19 with personal data, 11 without
# ====================================================================================================
@sc("nl", True)
def nl_houderwijziging(r, k):
    dom = r.choice(NL_DOMAINS)
    t = nl_town(r)
    if k == 0:
        p = person(r, r.choice(["nl", "nl", "mig"]))
        area, sub = nl_landline(r, t[2])
        return (f"Formulier: Houderwijziging domeinnaam\n"
                f"Ingediend via: mijn.{ORG('kiezelhost.example')}/domeinen (2025-03-{r.randint(10, 28)} 14:22)\n"
                f"Domeinnaam: {dom}\n"
                f"Huidige houder: {r.choice(NL_COMPANIES)}\n"
                f"Nieuwe houder (naam): {P(p.full)}\n"
                f"Adres: {AD(nl_street(r))}\n"
                f"Postcode: {PC(nl_postcode_for(r, t))}\n"
                f"Plaats: {t[0]}\n"
                f"Geboortedatum (alleen particulieren): {DOB(fmt_date(birthdate(r), 'nl', r.choice([0, 3])))}\n"
                f"E-mail: {EM(email(r, p))}\n"
                f"Telefoon: {PH(fmt_landline(area, sub, r.randrange(6)))}\n"
                f"Reden: bedrijf overgenomen per 1 april, graag ook de factuurgegevens aanpassen\n"
                f"Akkoord met de voorwaarden: ja")
    old, new = people(r, "nl", 2, ["F", "M"])
    return (f"Hoi {P(staff('ellen', 'first'))},\n\n"
            f"Bedankt voor je snelle reactie. Hierbij de gegevens van de nieuwe houder van {dom}; mijn zwager neemt "
            f"de webshop over:\n\n"
            f"{P(new.full)}\n{AD(nl_street(r))}\n{PC(nl_postcode_for(r, t))} {t[0]}\n"
            f"{EM(email(r, new))} / {PH(fmt_mobile(nl_mobile(r), r.randrange(12)))}\n\n"
            f"Ik ben akkoord als huidige houder, en hij staat in de cc. Lukt het om dit voor het eind van de maand te "
            f"regelen? De verlenging staat gepland op 01-04-2025 en ik wil niet dat de factuur nog op mijn naam komt. "
            f"Het hostingpakket (Plus 50GB, contract C-{r.randint(20000, 99999)}) gaat ook over, de mailboxen blijven "
            f"gewoon bestaan neem ik aan?\n\n"
            f"Groet,\n{P(old.first)}\n\n"
            f"Op 12 mrt. 2025 om 10:14 schreef {P(staff('ellen'))} <{ORG('domeinen@kiezelhost.example')}>:\n"
            f"> Beste {P(old.first)},\n>\n"
            f"> Voor een houderwijziging van een .nl-domein hebben we de volledige NAW-gegevens van de nieuwe houder\n"
            f"> nodig (naam, adres, postcode, woonplaats, e-mailadres en telefoonnummer). Je kunt ze als antwoord op\n"
            f"> deze mail sturen. Na de wijziging krijgt de nieuwe houder een bevestiging van SIDN; de authcode\n"
            f"> verandert daarbij niet.\n>\n"
            f"> Het hostingpakket staat los van de domeinnaam. Als dat ook over moet, vul dan het formulier\n"
            f"> 'contractovername' in op mijn.{ORG('kiezelhost.example')}/contracten.\n>\n"
            f"> Met vriendelijke groet,\n> {P(staff('ellen'))}\n> Domeinen & registraties | {ORG('Kiezelhost B.V.')}\n"
            f"> T {ORG('+31 (0)85 208 4410')}\n>\n"
            f"> Ticket #{tnr(r)}\n>\n"
            f"> Op 11 mrt. 2025 om 21:40 schreef {P(old.full)} <{EM(email(r, old))}>:\n"
            f">> Hallo, ik wil de domeinnaam overdragen aan mijn zwager. Wat hebben jullie nodig?")


@sc("nl", True)
def nl_incasso_iban(r, k):
    cust = custnr(r)
    if k == 0:
        p = person(r, "nl")
        ib = iban(r, "NL")
        return (f"Onderwerp: nieuw rekeningnummer voor automatische incasso\n\n"
                f"Goedemiddag,\n\n"
                f"Per 1 mei wil ik dat de maandelijkse incasso voor mijn hostingpakket (klantnummer {cust}, contract "
                f"C-{r.randint(20000, 99999)}) van een andere rekening wordt afgeschreven. Mijn oude rekening wordt "
                f"opgeheven.\n\n"
                f"Nieuw IBAN: {IB(group4(ib))}\n"
                f"Ten name van: {P(p.initials + ' ' + p.last_cap)}\n\n"
                f"De machtiging voor {ORG('Kiezelhost B.V.')} (incassant-ID {ORG(ORG_CREDITOR)}) mag verder blijven "
                f"staan. Het bedrag van € 23,95 per maand klopt nog.\n\n"
                f"Met vriendelijke groet,\n{P(p.full)}")
    p = person(r, r.choice(["nl", "mig"]))
    ib = iban(r, "NL", r.choice(["BUNQ", "KNAB", "INGB"]))
    return (f"hoi! kan ik mn incasso omzetten naar mn zakelijke rekening? {IB(ib.lower())}\n"
            f"klantnr {cust}\n"
            f"is voor de hosting van {r.choice(NL_DOMAINS)} 🙏\n"
            f"groetjes {P(p.first.lower())}")


@sc("nl", True)
def nl_avg_inzage(r, k):
    p = person(r, "nl")
    t = nl_town(r)
    if k == 0:
        d = birthdate(r)
        lines = [f"{P(p.full)}", f"{AD(nl_street(r))}", f"{PC(nl_postcode_for(r, t))}  {t[0].upper()}", "",
                 f"{ORG('Kiezelhost B.V.')}", "t.a.v. de functionaris gegevensbescherming", f"{ORG('Postbus 2210')}",
                 f"{ORG('7400 CE  DEVENTER')}", "", f"{t[0]}, 3 maart 2025", "",
                 "Betreft: verzoek om inzage (artikel 15 AVG)", "", "Geachte heer, mevrouw,", "",
                 "Hierbij verzoek ik u mij een overzicht te sturen van alle persoonsgegevens die u van mij verwerkt, "
                 "de doeleinden daarvan, de bewaartermijnen en de partijen aan wie u ze hebt verstrekt. Ik was klant "
                 f"onder klantnummer {custnr(r)} tot het voorjaar van 2023 en had toen twee domeinnamen en een "
                 "webhostingpakket bij u.",
                 "",
                 f"Ter identificatie: mijn geboortedatum is {DOB(fmt_date(d, 'nl', r.choice([0, 1])))} en het "
                 f"e-mailadres dat ik destijds gebruikte was {EM(email(r, p))}. Bij de registratie van de domeinnamen "
                 f"heb ik u ooit een kopie van mijn rijbewijs gestuurd; mijn BSN ({BS(fmt_bsn(bsn(r), 4))}) stond daar "
                 "op de achterkant. Ik wil graag weten of u die kopie nog bewaart en zo ja, waarom.", "",
                 "Ik verzoek u binnen de wettelijke termijn van één maand te reageren. Mocht u meer tijd nodig hebben, "
                 "dan hoor ik dat graag binnen die termijn met een motivering.", "", "Hoogachtend,", "", "",
                 f"{P(p.initials + ' ' + p.last_cap)}"]
        return "\r\n".join(lines)
    return (f"verwijder al mijn gegevens aub. ik heb geen account meer bij jullie sinds vorig jaar maar krijg nog steeds "
            f"de nieuwsbrief op {EM(email(r, p))}. ook mijn telefoonnummer {PH(fmt_mobile(nl_mobile(r), r.randrange(12)))} "
            f"mag eruit, ik word gebeld door jullie verkoopafdeling\n{P(p.full)}")


@sc("nl", True)
def nl_ssh_whitelist(r, k):
    if k == 0:
        p = person(r, "nl", "M")
        return (f"Hallo support,\n\n"
                f"Sinds vanochtend kom ik niet meer via SSH op onze VPS (vps-{r.randint(1000, 9999)}."
                f"{ORG('kiezelhost.example')}, {org_ip(r)}). Waarschijnlijk omdat ons kantoor een nieuwe "
                f"glasvezelaansluiting heeft. Kunnen jullie {IP(ipv4(r))} en {IP(ipv6(r))} toevoegen aan de whitelist? "
                f"Het oude adres {IP(ipv4(r))} mag eruit.\n\n"
                f"Poort 22 en 8443 graag, de rest blijft dicht. Intern zitten we op {priv_ip(r)}/24, maar dat "
                f"maakt voor jullie niet uit denk ik.\n\n"
                f"Alvast bedankt,\n{P(p.first)}\n{r.choice(NL_COMPANIES)}")
    p = person(r, "nl")
    me = ipv4(r)
    pid = r.randint(20000, 30000)
    return (f"heb dit in /var/log/auth.log staan, is dat mijn eigen verbinidng of moet ik me zorgen maken?\n\n"
            f"Mar 14 09:41:07 web01 sshd[{pid}]: Connection closed by authenticating user deploy {IP(me)} port "
            f"{r.randint(40000, 60000)} [preauth]\n"
            f"Mar 14 09:41:12 web01 sshd[{pid + 2}]: Accepted publickey for deploy from {IP(me)} port "
            f"{r.randint(40000, 60000)} ssh2: ED25519 SHA256:q8Vn3xKd0pZ7mWc1sYb4T2uLhR9eJfA6gNoE5iBtU0k\n"
            f"Mar 14 09:41:12 web01 sshd[{pid + 2}]: pam_unix(sshd:session): session opened for user deploy(uid=1001)\n\n"
            f"ik zit thuis achter een ziggo-modem, intern {priv_ip(r)}\n- {P(p.first.lower())}")


@sc("nl", True)
def nl_datacenter_bezoek(r, k):
    if k == 0:
        p1, p2 = people(r, "nl", 2, ["M", "F"])
        d1, d2 = birthdate(r, 1960, 2000), birthdate(r, 1960, 2000)
        return (f"Aanmelding bezoek datacenter DVT1 ({ORG('Koelhuisstraat 3, 7418 GT Deventer')})\n"
                f"Datum bezoek: 27-03-2025, 10:00–12:30\n"
                f"Rack: DVT1-R14, U22 t/m U26\n"
                f"Bezoeker 1: {P(p1.full)}, geboortedatum {DOB(fmt_date(d1, 'nl', 0))}, paspoort {ID(nl_doc(r, 'N'))}\n"
                f"Bezoeker 2: {P(p2.full)}, geboortedatum {DOB(fmt_date(d2, 'nl', 0))}, ID-kaart {ID(nl_doc(r, 'I'))}\n"
                f"Voertuig: bestelbus, kenteken {KT(kenteken(r, r.choice([7, 8, 9, 10, 11])))}\n"
                f"Werkzaamheden: vervangen van 2 schijven (2x 3,84 TB NVMe) en een PDU\n"
                f"Contactpersoon bij calamiteiten: {P(p1.first)} ({PH(fmt_mobile(nl_mobile(r), r.randrange(12)))})")
    p1, p2 = people(r, "nl", 2, ["M", "M"])
    return (f"Beste {P(staff('priya', 'first'))},\n\n"
            f"Zoals besproken komen we donderdag de nieuwe firewall plaatsen in ons rack. Wie er komen:\n"
            f"- {P(p1.full)} (rijbewijsnummer {ID('5' + rdig(r, 9))}, zijn paspoort is verlopen)\n"
            f"- ikzelf, {P(p2.full)}, ID-kaart {ID(nl_doc(r, 'I'))}\n\n"
            f"We rijden met de auto van de zaak, kenteken {KT(kenteken(r, r.choice([8, 9, 11]), style=r.choice([1, 2])))}. "
            f"Parkeren kan toch op jullie terrein aan de {ORG('Koelhuisstraat')}?\n"
            f"Geboortedata hebben jullie nog van de vorige keer neem ik aan.\n\n"
            f"Groet, {P(p2.first)}")


@sc("nl", True)
def nl_factuur_zzp(r, k):
    p = person(r, r.choice(["nl", "mig"]))
    t = nl_town(r)
    inv = invnr(r)
    if k == 0:
        return (f"Goedendag,\n\n"
                f"Kunnen jullie factuur {inv} opnieuw opmaken? Mijn bedrijfsgegevens zijn gewijzigd, ik sta sinds "
                f"januari ingeschreven als eenmanszaak:\n\n"
                f"Tekstbureau Wolkenveld\n"
                f"KvK-nummer: {KVK(kvk(r))}\n"
                f"Btw-id: {BTW(btw_id(r))}\n"
                f"Adres: {AD(nl_street(r))}, {PC(nl_postcode_for(r, t))} {t[0]}\n"
                f"Postadres: {AD('Postbus ' + str(r.randint(10, 999)))}, {PC(nl_postcode_for(r, t))} {t[0]}\n\n"
                f"Het bedrag (€ 142,80 incl. btw) blijft natuurlijk gelijk en de factuurdatum mag 1 februari blijven.\n\n"
                f"Vriendelijke groet,\n{P(p.full)}")
    b = bsn(r)
    return (f"Hallo,\n\n"
            f"Op mijn facturen staat nog mijn oude btw-nummer {BS('NL' + b + 'B01')}. Mijn boekhouder zegt dat ik sinds "
            f"2020 een btw-identificatienummer heb: {BTW(btw_id(r))}. Willen jullie dat aanpassen in mijn "
            f"klantgegevens en de facturen vanaf {inv} opnieuw sturen? Mijn KvK ({KVK(kvk(r))}) is hetzelfde "
            f"gebleven.\n\n"
            f"Groetjes, {P(p.first)} (Fietsreparatie De Ketting)")


@sc("nl", True)
def nl_account_herstel(r, k):
    p = person(r, r.choice(["nl", "mig"]))
    if k == 0:
        d1, d2 = picks(r, NL_DOMAINS, 2)
        return (f"Beste support,\n\n"
                f"Ik kom niet meer in mijn account omdat mijn telefoon met de authenticator-app is gestolen. Ik ben de "
                f"eigenaar van {d1} en {d2}. Om te bewijzen wie ik ben stuur ik een scan van mijn ID-kaart mee "
                f"(documentnummer {ID(nl_doc(r, 'I'))}). Ik ben geboren op {DOB(fmt_date(birthdate(r), 'nl', 1))} en mijn "
                f"BSN is {BS(fmt_bsn(bsn(r), r.choice([0, 1, 2])))} als jullie dat nodig hebben.\n\n"
                f"Kunnen jullie de tweestapsverificatie resetten? Mijn nieuwe nummer is "
                f"{PH(fmt_mobile(nl_mobile(r), r.randrange(12)))}.\n\n"
                f"Groet,\n{P(p.full)}")
    t = nl_town(r)
    area, sub = nl_landline(r, t[2])
    return (f"Interne notitie – ticket #{tnr(r)} – {P(staff('fenna'))}\n"
            f"Klant {P(p.full)} belde over een 2FA-reset. Heeft ongevraagd BSN en een kopie paspoort gemaild. Het BSN "
            f"({BS(fmt_bsn(bsn(r), 3))}) stond in de bijlage; bijlage verwijderd. Paspoortnummer {ID(nl_doc(r, 'N'))} alleen "
            f"gebruikt voor verificatie en daarna ook uit het dossier gehaald.\n"
            f"Verificatie via de terugbelprocedure op het nummer uit het klantdossier ({PH(fmt_landline(area, sub, r.randrange(6)))}): "
            f"OK. 2FA gereset om 11:42, klant krijgt een mail met een nieuwe QR-code.")


@sc("nl", True)
def nl_phishing_melding(r, k):
    p = person(r, "nl")
    url = r.choice(["hxxps://veilig-inloggen-rabo[.]top/nl/verify", "hxxps://pasvernieuwing-ing[.]click/stap2",
                    "hxxps://mijn-abn-beveiliging[.]shop/login"])
    mule = iban(r, "NL", r.choice(["BUNQ", "TRIO", "KNAB"]))
    if k == 0:
        t = nl_town(r)
        area, sub = nl_landline(r, t[2])
        return (f"Geachte heer/mevrouw,\n\n"
                f"Ik ontving vandaag een sms die zogenaamd van mijn bank kwam, met een link naar {url}. Die site draait "
                f"volgens een WHOIS-opzoeking bij u (IP {org_ip(r)}). Op de pagina moet je je pasnummer en inlogcodes "
                f"invullen en daarna geld overmaken naar rekening {IB(group4(mule))} (de 'veilige rekening'). Ik heb "
                f"niets ingevuld, maar mijn buurvrouw helaas wel.\n\n"
                f"Wilt u de site offline halen? Ik ben overdag bereikbaar op {PH(fmt_landline(area, sub, r.randrange(6)))}.\n\n"
                f"Met vriendelijke groet,\n{P(p.full)}")
    host = org_ip(r)
    return (f"Beste {P(p.first)},\n\n"
            f"Dank voor je melding over {url}. Het ging om een gehackte WordPress-installatie (plugin 'wp-file-manager' "
            f"6.0, een bekend lek) bij een van onze klanten. Wat we hebben gedaan:\n\n"
            f"- 14:07 de phishingmap /wp-content/uploads/2025/03/nl/ offline gehaald en de site in quarantaine gezet;\n"
            f"- 14:15 de logbestanden van {host} veiliggesteld (bewaard tot 17-06-2025 voor eventuele aangifte);\n"
            f"- 14:30 de klant geïnformeerd en gevraagd WordPress, alle plugins en de wachtwoorden bij te werken;\n"
            f"- 15:02 het rekeningnummer dat op de pagina stond ({IB(mule)}) doorgegeven aan de bank en aan de "
            f"Fraudehelpdesk.\n\n"
            f"Volgens de logbestanden hebben tussen 09:40 en 14:07 zeventien bezoekers het formulier verstuurd. Die "
            f"gegevens zijn naar een extern adres doorgestuurd en stonden niet op onze server; we kunnen dus niet zien "
            f"wie het waren. Heeft je buurvrouw haar gegevens ingevuld, laat haar dan direct haar bank bellen en "
            f"aangifte doen bij de politie. Het referentienummer hieronder kan ze daarbij noemen.\n\n"
            f"Referentie: ABUSE-2025-{r.randint(1000, 9999)}\n\n"
            f"{sig_nl('mees', 'Abuse Desk')}\n\n"
            f"Op vr 14 mrt 2025 om 09:03 schreef {P(p.full)} <{EM(email(r, p))}>:\n"
            f"> Er staat een valse inlogpagina op een site die bij jullie draait, zie link hieronder. Mijn buurvrouw\n"
            f"> heeft er gisteravond haar gegevens ingevuld en daarna is er geld van haar rekening gehaald.\n"
            f"> {url}")


@sc("nl", True)
def nl_reseller_csv(r, k):
    res = person(r, "nl")
    seen = [res]
    if k == 0:
        rows = []
        for i, pool in enumerate(["nl", "nl", "mig", "nl", "nl", "mig"]):
            p = person(r, pool, avoid=[x for x in seen if x.pool == pool])
            seen.append(p)
            t = nl_town(r)
            ph = fmt_mobile(nl_mobile(r), r.choice([0, 3, 9])) if i % 2 == 0 else fmt_landline(*nl_landline(r, t[2]), 0)
            rows.append(f"{P(p.full)};{EM(email(r, p))};{PH(ph)};{PC(nl_postcode_for(r, t).replace(' ', ''))};"
                        f"{NL_DOMAINS[(i * 5 + r.randrange(5)) % len(NL_DOMAINS)]};{r.choice(['Basic 10GB', 'Plus 50GB', 'Pro 100GB'])}")
        return (f"Hoi {P(staff('joost', 'first'))},\n\n"
                f"Zoals afgesproken de eerste klanten die we van ons oude platform naar het resellerpakket migreren. "
                f"Pakketten mogen 1-op-1 over, de DNS zetten we zelf om.\n\n"
                f"naam;email;telefoon;postcode;domein;pakket\n" + "\n".join(rows) +
                f"\n\nDe laatste heeft nog een lopende verhuizing bij een andere partij, die graag pas na 1 april. Bij de vierde klopt het telefoonnummer misschien niet meer, dat check ik nog.\n\n"
                f"Groet,\n{P(res.full)}\nPixelweide Webdesign (reseller {r.randint(3000, 3999)})")
    businesses = ["Kapsalon Knipwerk", "Klusbedrijf Stevig", "Hofzicht Tuinontwerp"]
    rows = []
    for b in businesses:
        pool = r.choice(["nl", "mig"])
        p = person(r, pool, avoid=[x for x in seen if x.pool == pool])
        seen.append(p)
        t = nl_town(r)
        rows.append(f"{b}\t{P(p.full)}\t{KVK(kvk(r))}\t{AD(nl_street(r))}\t{PC(nl_postcode_for(r, t))}\t{t[0]}")
    return (f"Klanten batch 2 (eenmanszaken, de facturen gaan rechtstreeks naar hen):\n\n"
            f"Bedrijfsnaam\tContactpersoon\tKvK\tAdres\tPostcode\tPlaats\n" + "\n".join(rows) +
            f"\n\nAlle drie op het pakket Plus 50GB, ingangsdatum 1-4-2025.\n{P(res.first)}")


@sc("nl", True)
def nl_terugbetaling(r, k):
    if k == 0:
        p = person(r, "nl")
        inv = invnr(r)
        return (f"Goedemorgen,\n\n"
                f"Ik zie dat jullie in maart twee keer € 47,85 hebben afgeschreven voor factuur {inv} (op 3 en op 4 "
                f"maart). Willen jullie één bedrag terugstorten op {IB(iban(r, 'NL'))} t.n.v. "
                f"{P(p.initials + ' ' + p.last_cap)}?\n\n"
                f"Mijn klantnummer is {custnr(r)}.\n\nBedankt!\n{P(p.first)}")
    p = person(r, "be")
    t = r.choice(BE_TOWNS)
    d = r.choice(["tuinhuisje", "vlaamsebakker", "fietsatelier-gent", "kookstudio-mosterd"])
    return (f"Dag,\n\n"
            f"Ik heb per vergissing mijn domeinen {d}.be en {d}.nl dubbel verlengd. Kunnen jullie de dubbele "
            f"betaling (2 x € 11,50) terugstorten op mijn rekening {IB(group4(iban(r, 'BE')))}? Bij vragen mag u mij "
            f"bellen op mijn gsm {PH(be_mobile(r, r.randrange(4)))}.\n\n"
            f"Met vriendelijke groeten,\n{P(p.full)}\n"
            f"{AD(r.choice(BE_STREETS) + ' ' + str(r.randint(2, 140)) + r.choice(['', ' bus 2', ' bus 11']))}, "
            f"{PC(t[1])} {t[0]}")


@sc("nl", True)
def nl_chat_noc(r, k):
    if k == 0:
        p = person(r, "nl", "M")
        ip = ipv4(r)
        return (f"#noc-dienst\n"
                f"[08:57] {P(staff('priya', 'first'))}: mailqueue op mx2 loopt op, 4.312 berichten in deferred\n"
                f"[08:58] {P(staff('joost', 'first'))}: klant {P(p.full)} belt net, zijn nieuwsbrief staat vast denk ik\n"
                f"[09:01] {P(staff('priya', 'first'))}: klopt, 1.800 pogingen via smtp-auth vanaf {IP(ip)}, dat is zijn "
                f"kantoor-IP volgens het klantdossier\n"
                f"[09:02] {P(staff('joost', 'first'))}: ok, ik zeg dat hij een nieuwsbriefdienst moet gebruiken. ticket #{tnr(r)}\n"
                f"[09:03] {P(staff('priya', 'first'))}: 👍 ratelimit staat nu op 200/uur voor dat account\n"
                f"[09:05] {P(staff('joost', 'first').lower())}: thx")
    p = person(r, r.choice(["nl", "mig"]))
    dom = r.choice(NL_DOMAINS)
    return (f"[14-03-25 16:02] {P(p.full)}: Hoi, mijn webshop geeft een 502 😩\n"
            f"[14-03-25 16:04] {ORG('Kiezelhost')}: Hoi! Om welke domeinnaam gaat het?\n"
            f"[14-03-25 16:04] {P(p.full)}: {dom}\n"
            f"[14-03-25 16:09] {ORG('Kiezelhost')}: PHP-FPM was gestopt (geheugenlimiet van 512 MB bereikt), hij draait "
            f"weer. Groet, {P(staff('fenna', 'first'))}\n"
            f"[14-03-25 16:10] {P(p.full)}: top!! 🙏")


@sc("nl", True)
def nl_adreswijziging(r, k):
    p = person(r, "nl")
    t1, t2 = nl_town(r), nl_town(r)
    if k == 0:
        return (f"Hallo,\n\n"
                f"Wij zijn verhuisd. Wilt u het factuuradres van klantnummer {custnr(r)} wijzigen?\n\n"
                f"Oud: {AD(nl_street(r))}, {PC(nl_postcode_for(r, t1))} {t1[0]}\n"
                f"Nieuw: {AD(nl_street(r))}, {PC(nl_postcode_for(r, t2))} {t2[0]}\n\n"
                f"De facturen mogen voortaan naar {EM(email(r, p))} in plaats van per post.\n\n"
                f"Met vriendelijke groet,\nFam. {P(p.last_cap)}")
    area, sub = nl_landline(r, t2[2])
    return (f"--- Wijziging klantgegevens (mijn.{ORG('kiezelhost.example')}) ---\n"
            f"Klantnummer ....: {custnr(r)}\n"
            f"Naam ...........: {P(p.last_cap + ', ' + p.first)}\n"
            f"Straat + nr ....: {AD(nl_street(r))}\n"
            f"Postcode .......: {PC(nl_postcode_for(r, t2).replace(' ', ''))}\n"
            f"Woonplaats .....: {t2[0].upper()}\n"
            f"Telefoon .......: {PH(fmt_landline(area, sub, r.randrange(6)))}\n"
            f"Opmerking ......: verhuisd per 15-02, oude adres graag verwijderen\n"
            f"IP-adres .......: {IP(ipv4(r))}\n"
            f"Tijdstip .......: 2025-02-16T20:41:09+01:00")


@sc("nl", True)
def nl_terugbellen(r, k):
    if k == 0:
        p = person(r, "nl")
        return (f"Kunnen jullie me terugbellen over de verhuizing van onze mailboxen? Het gaat om 14 mailboxen van 2 GB "
                f"en ik snap de stappen in de handlieding niet helemaal. Ik ben vandaag tot 17:00 bereikbaar op "
                f"{PH(fmt_mobile(nl_mobile(r), r.randrange(12)))}.\nGroet, {P(p.full)}")
    p = person(r, "nl", "M")
    t = nl_town(r)
    area, sub = nl_landline(r, t[2])
    return (f"Terugbelverzoek (voicemail 09:14): dhr. {P(p.last_cap)} van {r.choice(NL_COMPANIES)} – vraag over het "
            f"verlopen SSL-certificaat op {r.choice(NL_DOMAINS)}. Nummer: {PH(fmt_landline(area, sub, r.randrange(6)))}. "
            f"Graag voor 12:00 terugbellen, hij is daarna op pad.\n/{P(staff('joost', 'lower'))}")


@sc("nl", True)
def nl_ssl(r, k):
    dom = r.choice(NL_DOMAINS)
    t = nl_town(r)
    p = person(r, "nl")
    if k == 0:
        return (f"Hoi,\n\n"
                f"Voor het certificaat van {dom} stuur ik hierbij de CSR-gegevens. Kun je controleren of het zo goed is?\n\n"
                f"Common Name: www.{dom}\n"
                f"Organisatie: {r.choice(NL_COMPANIES)}\n"
                f"Afdeling: ICT\n"
                f"Plaats: {t[0]}\n"
                f"Provincie: {PROVINCE[t[0]]}\n"
                f"Land: NL\n"
                f"E-mail: {EM(email(r, p))}\n\n"
                f"Sleutel: RSA 2048 bit, SHA-256.\n"
                f"De validatie mag telefonisch via mij: {PH(fmt_mobile(nl_mobile(r), r.randrange(12)))}.\n\n"
                f"Groet,\n{P(p.full)}")
    area, sub = nl_landline(r, t[2])
    comp = r.choice(["Koffiebranderij De Boon B.V.", "Zeilschool De Wind B.V.", "Brouwerij Hopduif B.V."])
    return (f"OV-validatie {dom} – stand van zaken\n"
            f"- KvK-uittreksel gecontroleerd: {comp}, KvK {KVK(kvk(r))}, vestigingsnummer 0000{rdig(r, 8)}\n"
            f"- Telefonische verificatie met {P(p.full)} (directeur) via het nummer uit het register "
            f"({PH(fmt_landline(area, sub, r.randrange(6)))}): geslaagd\n"
            f"- Certificaat uitgegeven op 18-03-2025, geldig tot 18-03-2026, serienummer "
            f"{NEG(':'.join(f'{r.randint(0, 255):02X}' for _ in range(8)))}\n"
            f"{P(staff('ellen', 'first'))}")


@sc("nl", True)
def nl_social(r, k):
    p = person(r, r.choice(["nl", "mig"]))
    if k == 0:
        return (f"DM aan {ORG('@KiezelhostNL')}:\n"
                f"hee, mijn site ligt er al 2 uur uit en ik kom niet door jullie telefoonlijn heen 😤 bestelnummer "
                f"ORD{r.randint(1000000, 9999999)}. ik ben {P(p.full)}, mail me op {EM(email(r, p))} svp")
    return (f"Facebook-bericht via de pagina {ORG('Kiezelhost')}\n"
            f"Van: {P(p.full)}\n"
            f"\"Goedenavond, ik heb een domeinnaam bij jullie ({r.choice(NL_DOMAINS)}) maar ik ontvang geen mail meer "
            f"sinds ik naar een andere internetprovider ben gegaan. Mijn klantnummer weet ik niet meer, mijn bsn is "
            f"{BS(bsn(r))} als dat helpt. Kunt u mij bellen? "
            f"{PH(fmt_mobile(nl_mobile(r), r.randrange(12)))} Groetjes 🙂\"")


@sc("nl", True)
def nl_creditcard(r, k):
    p = person(r, "nl")
    inv = invnr(r)
    if k == 0:
        return (f"Beste,\n\n"
                f"Mijn iDEAL werkt niet, kan ik de openstaande factuur {inv} (€ 89,40) met mijn creditcard betalen? "
                f"Het nummer is {CC(fmt_card(card(r, 'visa'), 0))}, geldig t/m 09/27. De code op de achterkant stuur ik "
                f"liever niet per mail 😅\n\nGroet,\n{P(p.full)}")
    return (f"Notitie {P(staff('linde', 'first'))} – 17-03: klant {P(p.full)} ({custnr(r)}) las telefonisch het "
            f"kaartnummer {CC(fmt_card(card(r, 'mc2'), r.choice([0, 1])))} voor om de achterstand te betalen. NIET zo "
            f"verwerken, kaartgegevens horen niet in een ticket. Klant gevraagd via de betaallink te betalen; link "
            f"gestuurd naar {EM(email(r, p))}. Factuur {inv}, € 214,50.")


@sc("nl", True)
def nl_login_alert(r, k):
    p = person(r, "nl")
    if k == 0:
        return (f"Dit was ik niet!! Wat moet ik doen?\n\n"
                f"---------- Doorgestuurd bericht ---------\n"
                f"Van: {ORG('Kiezelhost')} <{ORG('no-reply@kiezelhost.example')}>\n"
                f"Datum: zo 9 mrt 2025 om 03:12\n"
                f"Onderwerp: Nieuwe aanmelding in je account\n\n"
                f"Er is aangemeld op je account vanaf een nieuw apparaat.\n"
                f"IP-adres: {IP(ipv4(r))}\n"
                f"Locatie (bij benadering): Boekarest, Roemenië\n"
                f"Browser: Chrome 122 op Windows 10\n\n"
                f"Was jij dit niet? Wijzig direct je wachtwoord via mijn.{ORG('kiezelhost.example')}.\n\n"
                f"{P(p.first)}")
    return (f"Hallo, in het overzicht 'recente aanmeldingen' staan deze regels:\n\n"
            f"2025-03-08 22:14  {IP(ipv6(r))}  Amsterdam  (dat ben ik, thuis)\n"
            f"2025-03-09 03:12  {IP(ipv4(r))}  Frankfurt  ???\n"
            f"2025-03-09 03:13  {IP(ipv4(r))}  Frankfurt  ???\n\n"
            f"Wachtwoord heb ik al gewijzigd. Kunnen jullie zien of er iets aan mijn DNS-records is veranderd?\n"
            f"m.vr.gr. {P(p.initials + ' ' + p.last_cap)}")


@sc("nl", True)
def nl_brief(r, k):
    t = nl_town(r)
    if k == 0:
        p = person(r, "nl")
        dom = r.choice(NL_DOMAINS).upper()
        lines = [f"AAN {ORG('KIEZELHOST B.V.')}", f"{ORG('POSTBUS 2210')}", f"{ORG('7400 CE DEVENTER')}", "",
                 f"BETREFT: OPZEGGING WEBHOSTING KLANTNUMMER {custnr(r)}", "", "GEACHTE HEER/MEVROUW,", "",
                 f"HIERBIJ ZEG IK MIJN ABONNEMENT OP PER 1 JUNI 2025. DE DOMEINNAAM {dom} WIL IK HOUDEN. MIJN "
                 f"MACHTIGING VOOR AUTOMATISCHE INCASSO VAN REKENING {IB(group4(iban(r, 'NL')))} TREK IK HIERBIJ IN.", "",
                 "MET VRIENDELIJKE GROET,", "", f"{P(p.full.upper())}", f"{AD(nl_street(r, add=False).upper())}",
                 f"{PC(nl_postcode_for(r, t))} {t[0].upper()}"]
        return "\r\n".join(lines)
    mother = person(r, "nl", "F")
    son = person(r, "nl", "M", avoid=[mother])
    t2 = nl_town(r)
    return (f"(overgetypt van een brief die per post binnenkwam – {P(staff('fenna', 'first'))})\n\n"
            f"{t[0]}, 2 maart 2025\n\n"
            f"Geachte mevrouw, heer,\n\n"
            f"Mijn moeder, mevrouw {P(mother.full)}, is in januari naar Spanje verhuisd en regelt haar zaken niet meer "
            f"zelf. Ik heb een volmacht en verzoek u de incasso van haar rekening {IB(group4(iban(r, 'NL')))} stop te "
            f"zetten en de hosting van haar website over te zetten op mijn naam. Voor de zekerheid: het BSN van mijn "
            f"moeder is {BS(fmt_bsn(bsn(r), 1))}, dat vroeg uw collega aan de telefoon.\n\n"
            f"{P(son.full)}\n{AD(nl_street(r))}\n{PC(nl_postcode_for(r, t2))} {t2[0]}\n"
            f"telefoon {PH(fmt_landline(*nl_landline(r, t2[2]), r.randrange(6)))}\n\n"
            f"Met vriendelijke groet,\n{P(son.initials + ' ' + son.last_cap)}")


@sc("nl", True)
def nl_domeinverhuizing(r, k):
    p = person(r, r.choice(["nl", "mig"]))
    if k == 0:
        dom = r.choice(NL_DOMAINS)
        prev = person(r, "nl", avoid=[p])
        return (f"Hallo {P(staff('ellen', 'first'))},\n\n"
                f"De verhuizing van {dom} naar jullie blijft hangen op 'wacht op bevestiging registrant'. De "
                f"bevestigingsmail gaat volgens mij naar het adres van de vorige eigenaar, {EM(email(r, prev))}, en dat "
                f"bestaat niet meer. De domeinnaam staat inmiddels op naam van {P(p.full)}, dat ben ik. Mijn mailadres "
                f"is {EM(email(r, p))}.\n\n"
                f"De authcode heb ik van de oude registrar gekregen en ingevuld, die is volgens hen nog 7 dagen geldig.\n\n"
                f"Groet, {P(p.first)}")
    d1, d2, d3 = picks(r, NL_DOMAINS, 3)
    return (f"Goedemiddag,\n\n"
            f"Ik wil mijn domeinen {d1}, {d2} en {d3} verhuizen naar een andere registrar. Kunnen jullie de "
            f"verhuiscodes mailen naar {EM(email(r, p))}? In het klantpaneel krijg ik de melding \"Domein is "
            f"geblokkeerd (clientTransferProhibited)\".\n\n"
            f"Houder: {P(p.full)}\n"
            f"Telefoon: {PH(fmt_mobile(nl_mobile(r), r.randrange(12)))}\n"
            f"Klantnummer: {custnr(r)}")


# ---- Dutch, no personal data -------------------------------------------------------------------------
@sc("nl", False)
def nl_dns_storing(r, k):
    dom = r.choice(NL_DOMAINS)
    if k == 0:
        new, old = org_ip(r), org_ip(r)
        return (f"Onderwerp: DNS-wijziging komt niet door\n\n"
                f"Ik heb gisteren om 16:30 het A-record van shop.{dom} aangepast naar {new}, maar veel klanten zien "
                f"nog de oude site. De TTL stond op 86400. Is er iets mis met jullie nameservers?\n\n"
                f"$ dig shop.{dom} @ns1.{ORG('kiezelhost.example')}\n\n"
                f"; <<>> DiG 9.18.24 <<>> shop.{dom} @ns1.{ORG('kiezelhost.example')}\n"
                f";; global options: +cmd\n"
                f";; Got answer:\n"
                f";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: {r.randint(1000, 65000)}\n"
                f";; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n\n"
                f";; ANSWER SECTION:\n"
                f"shop.{dom}.\t86400\tIN\tA\t{new}\n\n"
                f";; Query time: 9 msec\n"
                f";; SERVER: {org_ip(r)}#53(ns1.{ORG('kiezelhost.example')}) (UDP)\n"
                f";; WHEN: Fri Mar 14 09:12:40 CET 2025\n"
                f";; MSG SIZE  rcvd: 67\n\n"
                f"$ dig +short shop.{dom} @{NEG('8.8.8.8')}\n{old}\n\n"
                f"Serial in de SOA: 2025031402. Bij de andere nameserver (ns2) krijg ik hetzelfde als bij ns1.\n\n"
                f"Groet, het team van {r.choice(NL_COMPANIES)}")
    return (f"Beste klant,\n\n"
            f"De nameservers werken normaal. Het verschil komt door caching: resolvers zoals die van Google "
            f"({NEG('8.8.4.4')}) en Cloudflare ({NEG('1.1.1.1')}) bewaren het oude record tot de TTL van 86400 seconden "
            f"(24 uur) is verstreken. Zet bij een volgende wijziging de TTL een dag van tevoren op 300.\n\n"
            f"Ticket #{tnr(r)} sluiten we over 3 dagen automatisch.\n\n"
            f"Met vriendelijke groet,\nTeam {ORG('Kiezelhost Support')}\n{ORG('085 208 4410')} · "
            f"{ORG('support@kiezelhost.example')}")


@sc("nl", False)
def nl_factuur_vraag(r, k):
    if k == 0:
        kenmerk = None
        while kenmerk is None:
            c = "5001" + rdig(r, 12)
            if card_valid(c):
                kenmerk = c
        return (f"Goedemiddag,\n\n"
                f"Op factuur {invnr(r)} staat 'SSL Wildcard 1 jaar' voor € 169,00 excl. btw, maar in de offerte "
                f"(OFF-2025-0117) stond € 149,00. Kunnen jullie dat corrigeren? De betaling met kenmerk "
                f"{NEG(kenmerk)} houd ik zolang aan.\n\n"
                f"Klantnummer {custnr(r)}, ons debiteurnummer bij jullie is {nine_fail(r)}, ordernummer "
                f"{NEG(nine_pass(r))}.\n\n"
                f"Met vriendelijke groet,\nde administratie van {r.choice(NL_COMPANIES)}")
    return (f"Beste klant,\n\n"
            f"Dank voor uw betaling van € 238,92. Deze is verwerkt op de facturen {invnr(r)} en {invnr(r)}. Er staat "
            f"nog € 12,10 open (factuur {invnr(r)}, vervaldatum 31-03-2025, betalingsreferentie "
            f"{NEG(fmt_bsn(nine_pass(r), 1))}). U kunt dit overmaken naar "
            f"{ORG('NL63 RABO 0312 4476 58')} t.n.v. {ORG('Kiezelhost B.V.')} onder vermelding van het factuurnummer.\n\n"
            f"Team Debiteuren\n{ORG_FOOTER_NL}")


@sc("nl", False)
def nl_onderhoud(r, k):
    if k == 0:
        return (f"Gepland onderhoud – storagecluster AMS2\n\n"
                f"Op dinsdag 25 maart 2025 tussen 00:00 en 04:00 uur (CET) voeren we onderhoud uit aan het "
                f"storagecluster in AMS2. VPS'en op hypervisors hv-ams2-14 t/m hv-ams2-22 worden eenmaal herstart "
                f"(verwachte onderbreking: 5 tot 10 minuten per server).\n"
                f"Firmware: 4.2.1 → 4.3.0\nReferentie: CHG-2025-0314\n\n"
                f"Actuele status: status.{ORG('kiezelhost.example')} en {ORG('@KiezelhostStatus')}.\n"
                f"— {ORG('Kiezelhost NOC')}")
    return (f"[OPGELOST] 11:42 – De verstoring op mailserver mx2 is verholpen. Tussen 09:15 en 11:40 werd ongeveer 8% van "
            f"de inkomende mail vertraagd afgeleverd; er is niets verloren gegaan. Oorzaak: een volle /var/spool "
            f"(de reserve van {NEG('2048 MB')} was te krap). Excuses voor het ongemak! #storing")


@sc("nl", False)
def nl_maillog(r, k):
    if k == 0:
        qid = "".join(r.choice("0123456789ABCDEF") for _ in range(10))
        mx = org_ip(r)
        return (f"Hoi, mails van ons contactformulier komen niet aan. Dit zie ik in de log van de server:\n\n"
                f"Mar 12 10:15:22 web03 postfix/smtp[3312]: {qid}: host mx1.{ORG('kiezelhost.example')}[{mx}] said: "
                f"451 4.7.1 Greylisted, try again later (in reply to RCPT TO command)\n"
                f"Mar 12 10:20:31 web03 postfix/smtp[3318]: {qid}: status=sent (250 2.0.0 Ok: queued as 7C21D4A0)\n"
                f"Mar 12 10:20:31 web03 postfix/qmgr[998]: {qid}: removed\n\n"
                f"Message-ID: <{NEG('CAJx8k2b4Q7pL0mWzR3tN9vY1sH6dF2gK5cE8aU@mail.gmail.com')}>\n\n"
                f"Is dat greylisting iets van jullie kant? Het duurt nu 5 minuten voor een mail binnen is.")
    dom = r.choice(NL_DOMAINS)
    return (f"DMARC-rapport voor {dom} (periode 10-03-2025 t/m 16-03-2025)\n\n"
            f"bron-IP           aantal  SPF   DKIM  beleid\n"
            f"{org_ip(r):<17} 1204    pass  pass  none\n"
            f"{org_ip(r):<17} 311     pass  pass  none\n"
            f"{org_ip(r, True):<17} 27      pass  fail  none\n\n"
            f"Waarom faalt DKIM op het IPv6-adres? Selector kh2025 staat gewoon in de DNS.")


@sc("nl", False)
def nl_vps_upgrade(r, k):
    if k == 0:
        return (f"Hoi, kan mijn VPS (contract C-{r.randint(20000, 99999)}) van het pakket VPS-M (2 vCPU, "
                f"{NEG('2048 MB')} RAM, 60 GB SSD) naar VPS-L (4 vCPU, {NEG('4096 MB')}, 120 GB)? Liefst vannacht na "
                f"01:00, dan is de webshop rustig. Het prijsverschil is € 8,50 per maand toch?")
    return (f"Bestelling ORD{r.randint(1000000, 9999999)} – bevestiging\n\n"
            f"1x Extra IPv4-adres (maandelijks)           € 2,50\n"
            f"1x Backup-module 250 GB (maandelijks)       € 6,00\n"
            f"1x Railkit, artikelcode {NEG('HV-48-ZT')}           € 39,00 (eenmalig)\n"
            f"Totaal excl. btw: € 47,50 · btw 21%: € 9,98 · totaal: € 57,48\n\n"
            f"De railkit wordt geleverd in rack DVT1-R09. Verwachte leverdatum: 2-4-2025, track & trace "
            f"3SKHST{rdig(r, 9)}.\n{ORG_FOOTER_NL}")


@sc("nl", False)
def nl_interne_notitie(r, k):
    if k == 0:
        return (f"Interne notitie – ticket #{tnr(r)}\n"
                f"Samengevoegd met #{tnr(r)} (zelfde klant, zelfde vraag over de wildcard-DNS). Klant heeft niet "
                f"gereageerd op onze mail van 11-03. Afgesproken in het teamoverleg: tickets zonder reactie na 14 dagen "
                f"sluiten met sjabloon SLUIT-03. Prioriteit verlaagd naar P4. SIDN-referentie van de eerdere "
                f"houdercontrole: {nine_fail(r)}.\n— eerste lijn")
    return (f"Overdracht avonddienst 18-03\n"
            f"- hv-ams2-17: RAID-rebuild op 63% (ETA 02:30)\n"
            f"- abuse-queue: 14 open, waarvan 3 phishing (alle offline) en 11 spammeldingen\n"
            f"- mx2: {org_ip(r)} en {org_ip(r)} staan op een blocklist, delisting aangevraagd\n"
            f"- backup-run van 02:00 overgeslagen i.v.m. de rebuild, handmatig starten na 06:00\n"
            f"- wachtdienst bereikbaar via {ORG('06 4187 2290')}")


@sc("nl", False)
def nl_whatsapp_kort(r, k):
    if k == 0:
        return "is de storing al voorbij? mn mail doet het nog steeds niet 😅"
    return "top, werkt weer 👍 bedankt voor het snelle schakelen!"


@sc("nl", False)
def nl_incasso_mislukt(r, k):
    if k == 0:
        return (f"Betreft: gestorneerde incasso – factuur {invnr(r)}\n\n"
                f"De incasso van € 23,95 van 3 maart is door uw bank teruggeboekt (reden MD06: terugboeking op verzoek "
                f"van de klant). Incassant-ID {ORG(ORG_CREDITOR)}, mandaatreferentie KH-MND-{r.randint(100000, 999999)}. "
                f"De rekening eindigend op {r.randint(10, 99)} is niet gewijzigd.\n\n"
                f"We proberen de incasso op 10-04-2025 opnieuw. Liever zelf betalen? Maak het bedrag over naar "
                f"{ORG('NL50 INGB 0008 4411 27')}.\n\n{ORG('Kiezelhost B.V.')} – debiteurenadministratie")
    return (f"waarom is er 2x € 23,95 afgeschreven deze maand?? factuurnummers {invnr(r)} en {invnr(r)}. graag uitleg "
            f"want zo word ik er niet blij van")


@sc("nl", False)
def nl_php_upgrade(r, k):
    if k == 0:
        return (f"Na de upgrade van PHP 8.1 naar 8.3 geeft mijn Laravel-app een 500. Composer zegt:\n\n"
                f"  Problem 1\n"
                f"    - laravel/framework v9.52.16 requires php ^8.0.2 -> your php version (8.3.4) does not satisfy "
                f"that requirement.\n\n"
                f"Server: web07 ({priv_ip(r)}), Plesk Obsidian {NEG('18.0.61.5')}, nginx/1.24.0. Kan ik per "
                f"subdomein een andere PHP-versie kiezen?")
    return (f"Welke versie MariaDB draaien jullie op de shared hosting? Mijn dump (mysqldump Ver 10.19 Distrib "
            f"10.11.6-MariaDB) geeft bij het importeren 'Unknown collation: utf8mb4_0900_ai_ci'. De dump is 1,2 GB, "
            f"phpMyAdmin houdt op bij 512 MB.")


@sc("nl", False)
def nl_org_gegevens(r, k):
    if k == 0:
        return (f"Hoi, onze boekhouder vraagt jullie KvK- en btw-nummer voor de crediteurenadministratie.\n\n"
                f"> Antwoord van {ORG('Kiezelhost Support')}:\n"
                f"> KvK {ORG('74128593')}, btw {ORG('NL862047912B01')}, IBAN {ORG('NL63 RABO 0312 4476 58')} (BIC RABONL2U).\n"
                f"> Bezoekadres {ORG('Glasvezelweg 12, 7421 BX Deventer')}, post naar {ORG('Postbus 2210, 7400 CE Deventer')}.")
    return (f"Nieuw postadres per 1 april\n\n"
            f"Vanaf 1 april 2025 verwerken we alle post via {ORG('Postbus 2210, 7400 CE Deventer')}. Het bezoekadres "
            f"{ORG('Glasvezelweg 12')} blijft ongewijzigd. Onze telefoonnummers ({ORG('085 208 4410')}, buiten "
            f"kantoortijden {ORG('06-41872290')}) blijven hetzelfde.\n{ORG('Kiezelhost Hosting & Domeinen')}")


@sc("nl", False)
def nl_firewall_rapport(r, k):
    if k == 0:
        return (f"Wekelijks firewallrapport – vps-{r.randint(1000, 9999)} (week 11)\n"
                f"Geblokkeerde verbindingen: 18.442\n"
                f"Top poorten: 22/tcp (12.901), 3389/tcp (2.114), 445/tcp (1.877)\n"
                f"Top herkomstnetwerken: AS64496 (31%), AS64511 (12%), overige (57%)\n"
                f"Fail2ban-bans: 341 (gemiddelde bantijd 3600 s)\n"
                f"Regels ongewijzigd; management-IP {org_ip(r)}; LAN {priv_ip(r)}/24")
    hops = [NEG(ip) for ip in ("195.190.228.1", "213.51.1.125", "80.249.208.155", "62.115.140.214")]
    return (f"Traceroute vanaf ons kantoor naar jullie webserver, vanaf hop 6 gaat het mis:\n\n"
            f" 1  {priv_ip(r)}  0.612 ms\n"
            f" 2  {hops[0]}  8.114 ms\n"
            f" 3  {hops[1]}  9.803 ms\n"
            f" 4  {hops[2]}  11.920 ms\n"
            f" 5  {hops[3]}  12.004 ms\n"
            f" 6  * * *\n"
            f" 7  * * *\n\n"
            f"Ping naar {org_ip(r)} geeft 100% packet loss. Ligt het aan jullie kant?")


# ====================================================================================================
# English scenarios: 16 with personal data, 9 without
# ====================================================================================================
@sc("en", True)
def en_phishing_report(r, k):
    if k == 0:
        p = person(r, r.choice(["en", "in"]))
        dom = r.choice(["parcel-redelivery-uk", "hmrc-refund-portal", "secure-natwest-verify"])
        comp = r.choice(["Blackfen Security Ltd", "Northgate Threat Labs", "Hollowoak Cyber"])
        host = org_ip(r)
        sha = "".join(r.choice("0123456789abcdef") for _ in range(64))
        return (f"Subject: Phishing kit hosted on your network – {host}\n\n"
                f"Hello {ORG('Kiezelhost')} abuse team,\n\n"
                f"I'm an analyst at {comp} and found an active phishing page impersonating a UK bank, hosted on {host} "
                f"(your network). Details:\n\n"
                f"  URL 1:      hxxps://{dom}[.]com/online/login.php\n"
                f"  URL 2:      hxxps://{dom}[.]com/online/verify-card.php\n"
                f"  First seen: 2025-03-16 22:41 UTC (our crawler)\n"
                f"  Last seen:  2025-03-17 08:05 UTC\n"
                f"  Kit hash:   sha256:{sha}\n"
                f"  Exfil:      POST to api.telegram.org/bot<redacted>/sendMessage\n"
                f"  Hosting:    {host}, reverse DNS vps-{r.randint(1000, 9999)}.{ORG('kiezelhost.example')}\n"
                f"  Registrar:  not yours (the domain was registered elsewhere three days ago)\n\n"
                f"The kit asks for online banking credentials, card number and the one-time code from the card reader, "
                f"then redirects to the real bank. We have not seen any victim data on the server itself, but the "
                f"Telegram channel shows roughly 40 submissions since Sunday. Screenshot and HAR file attached; the "
                f"HAR contains no victim data.\n\n"
                f"We have also reported the domain to the registrar and to the bank's CERT (their ticket PH-{r.randint(100000, 999999)}).\n\n"
                f"Please take it down and preserve the logs; the bank may ask for them. You can reach me at "
                f"{EM(email(r, p, comp.split()[0].lower() + '-security.co.uk'))} or "
                f"{PH(uk_phone_num(r, r.choice(UK_TOWNS), style=r.randrange(3)))} (office hours, UK time).\n\n"
                f"Best,\n{P(p.full)}\nThreat Intelligence, {comp}")
    victim = person(r, "en")
    rep_ = person(r, "en", avoid=[victim])
    return (f"Feedback-Type: abuse\n"
            f"User-Agent: MailTrapReporter/2.4\n"
            f"Version: 1\n"
            f"Source-IP: {org_ip(r)}\n"
            f"Arrival-Date: Tue, 11 Mar 2025 04:12:55 +0000\n"
            f"Original-Rcpt-To: {EM(email(r, victim))}\n"
            f"Reported-Domain: {r.choice(EN_DOMAINS)}\n\n"
            f"This message was reported as spam by the recipient. Unsolicited bulk mail from your customer, third "
            f"report this month. Reported by {P(rep_.full)} on behalf of the recipient.\n"
            f"Report-ID: 7f3c9e21-4b8a-4d6e-9a51-{r.randint(100000000000, 999999999999)}")


@sc("en", True)
def en_bruteforce_log(r, k):
    p = person(r, "en")
    if k == 0:
        lines = []
        for i in range(8):
            ip = ipv6(r) if i in (2, 6) else ipv4(r)
            lines.append(f"2025-03-14 02:{10 + i}:{r.randint(10, 59)},{r.randint(100, 999)} fail2ban.actions [812]: "
                         f"NOTICE [sshd] Ban {IP(ip)}")
        lines.insert(4, f"2025-03-14 02:13:58,004 fail2ban.filter  [812]: INFO    [sshd] Ignore {priv_ip(r)} by ip")
        return (f"Hi, my server is getting hammerd since last night, see below. Can you block these at your edge "
                f"firewall? The box is vps-{r.randint(1000, 9999)} ({org_ip(r)}), Debian 12, fail2ban 1.0.2, "
                f"bantime 3600.\n\n"
                + "\n".join(lines) +
                f"\n\nresolv.conf points to {NEG('9.9.9.9')} and {NEG('149.112.112.112')}, so DNS should not be the issue.\n"
                f"My own IP is {IP(ipv4(r))}, please make sure that one is never blocked. I've also disabled password "
                f"logins (PasswordAuthentication no) and moved sshd to port 2222, but the log keeps filling up.\n\n"
                f"Cheers, {P(p.first)}")
    a, b = ipv4(r), ipv4(r)
    return (f"Getting weird POSTs to xmlrpc.php since last night:\n\n"
            f"{IP(a)} - - [15/Mar/2025:11:02:17 +0100] \"POST /xmlrpc.php HTTP/1.1\" 403 153 \"-\" \"Mozilla/5.0\"\n"
            f"{IP(a)} - - [15/Mar/2025:11:02:18 +0100] \"POST /xmlrpc.php HTTP/1.1\" 403 153 \"-\" \"Mozilla/5.0\"\n"
            f"{IP(b)} - - [15/Mar/2025:11:02:18 +0100] \"POST /wp-login.php HTTP/1.1\" 200 4521 \"-\" \"python-requests/2.31.0\"\n"
            f"127.0.0.1 - - [15/Mar/2025:11:02:19 +0100] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"curl/8.5.0\"\n"
            f"{priv_ip(r)} - - [15/Mar/2025:11:02:20 +0100] \"GET /wp-cron.php HTTP/1.1\" 200 0 \"-\" \"WordPress/6.4.3\"\n\n"
            f"Is it enough to block xmlrpc.php in .htaccess or can you do something upstream?\n"
            f"{P(p.full)}")


@sc("en", True)
def en_registrant_change(r, k):
    if k == 0:
        p = person(r, "en")
        t = nl_town(r)
        return (f"Hello,\n\n"
                f"I moved to the Netherlands last year and would like to update the registrant details for "
                f"{r.choice(EN_DOMAINS)} (still showing my old UK address).\n\n"
                f"Registrant: {P(p.full)}\n"
                f"Address: {AD(nl_street(r))}, {PC(nl_postcode_for(r, t))} {t[0]}, Netherlands\n"
                f"Phone: {PH(fmt_mobile(nl_mobile(r), r.choice([4, 5, 9])))}\n"
                f"Email: {EM(email(r, p))}\n\n"
                f"Thanks a lot,\n{P(p.first)}")
    seller = person(r, "en")
    buyer = person(r, "en", avoid=[seller])
    eir = "H91 " + r.choice("ACDEFHKNPRTVWXY") + str(r.randint(1, 9)) + r.choice("ACDEFHKNPRTVWXY") + str(r.randint(1, 9))
    return (f"Hi {P(staff('ellen', 'first'))},\n\n"
            f"We've sold {r.choice(EN_DOMAINS)} together with the business. New registrant from 1 April:\n\n"
            f"{P(buyer.full)}\nNorthbound Tours Ltd\n"
            f"{AD(str(r.randint(3, 60)) + ' ' + r.choice(['Mill Lane', 'Chapel Walk', 'Orchard Grove']))}, Galway {PC(eir)}\n"
            f"{EM(email(r, buyer, 'northbound-tours.ie'))}\n\n"
            f"Could you send the confirmation to both of us? I'm {P(seller.full)}, the current registrant.\n\n"
            f"On Mon, 17 Mar 2025 at 11:20, {P(staff('ellen'))} <{ORG('domains@kiezelhost.example')}> wrote:\n"
            f"> Please send us the full details of the new registrant and we will start the change.")


@sc("en", True)
def en_gdpr(r, k):
    if k == 0:
        p = person(r, "en")
        t = r.choice(UK_TOWNS)
        a, pc = uk_address(r, t)
        d = birthdate(r)
        return (f"Subject: Erasure request under Article 17 GDPR\n\n"
                f"Dear Sir or Madam,\n\n"
                f"I closed my hosting account with you in 2022 and I would like all my personal data to be erased. "
                f"To help you find my records:\n\n"
                f"Name: {P(p.full)}\n"
                f"Former address: {AD(a)}, {t[0]} {PC(pc)}\n"
                f"Email used for the account: {EM(email(r, p))}\n"
                f"Date of birth: {DOB(fmt_date(d, 'en', r.choice([0, 2])))}\n\n"
                f"Please confirm in writing once this has been done.\n\n"
                f"Yours faithfully,\n{P(p.full)}")
    lawyer = person(r, "en")
    client = person(r, "en", avoid=[lawyer])
    d = birthdate(r)
    ref = f"AM/{r.randint(1000, 9999)}/25"
    return (f"Our ref: {ref}\nYour ref: –\nDate: 18 March 2025\n\n"
            f"Dear {P(staff('hidde'))},\n\n"
            f"Subject access request – {P(client.full)}\n\n"
            f"We act for {P(client.full)} (born {DOB(fmt_date(d, 'en', 1))}) and hereby make a subject access request on "
            f"our client's behalf under Article 15 GDPR. Our client held a reseller account with {ORG('Kiezelhost')} "
            f"between 2019 and 2024 under the e-mail address {EM(email(r, client))} and lived in the Netherlands during "
            f"that period (citizen service number {BS(fmt_bsn(bsn(r), 1))}). A signed form of authority is attached.\n\n"
            f"Please provide:\n"
            f"1. a copy of all personal data you hold about our client, including support tickets, call notes and "
            f"chat transcripts;\n"
            f"2. the purposes of the processing and the categories of recipients, in particular any registries to which "
            f"registrant data was transferred;\n"
            f"3. the retention period for each category, or the criteria used to determine it;\n"
            f"4. the source of any data not collected from our client directly.\n\n"
            f"We note that our client's account was suspended on 2 February 2024 following an abuse complaint. Please "
            f"include the complaint and any internal notes relating to that decision.\n\n"
            f"Please reply to this office within one month, quoting {ref}. Should you require further information to "
            f"identify our client, contact the writer directly.\n\n"
            f"Yours sincerely,\n\n{P(lawyer.full)}\nSolicitor, Ashcombe Legal LLP\n"
            f"{EM(email(r, lawyer, 'ashcombelegal.co.uk', 1))}\n\n"
            f"--\nAshcombe Legal LLP is a limited liability partnership registered in England and Wales (OC{r.randint(300000, 449999)}) "
            f"and authorised and regulated by the Solicitors Regulation Authority (SRA number {r.randint(500000, 699999)}). "
            f"This e-mail and any attachments are confidential and may be legally privileged. If you have received it "
            f"in error, please notify the sender and delete it. We will never ask you to change our bank details by "
            f"e-mail; always check them by telephone with the fee earner before making a payment.")


@sc("en", True)
def en_card_payment(r, k):
    p = person(r, r.choice(["en", "in"]))
    if k == 0:
        return (f"Hi there,\n\nMy card on file expired. Please charge invoice {invnr(r)} (EUR 119.40) to my new Visa: "
                f"{CC(fmt_card(card(r, 'visa'), r.choice([0, 2])))}, exp 11/27, name on card {P(p.full.upper())}.\n\n"
                f"Thanks,\n{P(p.first)}")
    return (f"[chat 15:31] {P(p.first)}: can I just give you my amex for the renewal? {CC(fmt_card(card(r, 'amex'), 0))}\n"
            f"[chat 15:32] {P(staff('fenna', 'first'))} ({ORG('Kiezelhost')}): Please don't share card numbers in the chat, "
            f"I'll send you a secure payment link instead. I've removed the number from the transcript.\n"
            f"[chat 15:32] {P(p.first)}: oops, sorry 🙈")


@sc("en", True)
def en_refund(r, k):
    if k == 0:
        p = person(r, "en")
        return (f"Hello,\n\nI cancelled my VPS within the 14-day trial period (order ORD{r.randint(1000000, 9999999)}) "
                f"but was still charged EUR 35.00. Please refund it to {IB(group4(iban(r, 'IE')))} (account holder "
                f"{P(p.full)}).\n\nRegards,\n{P(p.first)}")
    p = person(r, "en")
    t = r.choice(UK_TOWNS)
    return (f"Hi,\n\nYou charged me twice for {r.choice(EN_DOMAINS)} (GBP 9.99 on 2 March and again on 3 March). "
            f"Could you refund one payment to my UK account {IB(iban(r, 'GB'))}? If anything is unclear, call me on "
            f"{PH(uk_phone_num(r, t, style=r.randrange(3)))}.\n\n{P(p.full)}")


@sc("en", True)
def en_dev_chat(r, k):
    if k == 0:
        a, b = people(r, "en", 2)
        return (f"pasted from our team chat, maybe it helps:\n\n"
                f"[10:14] {P(a.first)}: deploy failed again - ssh: connect to host {org_ip(r)} port 22: Connection refused\n"
                f"[10:15] {P(b.first)}: did you whitelist your new IP? you're on {IP(ipv4(r))} now, checked the panel log\n"
                f"[10:15] {P(a.first)}: ahh no, that's the hotel wifi 🙈\n"
                f"[10:16] {P(b.first)}: add it in the panel, takes 2 min. cc @devops-oncall\n\n"
                f"Question for {ORG('Kiezelhost')}: can we whitelist a whole range instead, e.g. a /29?")
    p = person(r, r.choice(["en", "in"]))
    sha = "".join(r.choice("0123456789abcdef") for _ in range(40))
    return (f"After this commit our outgoing mail is marked as spam at Gmail:\n\n"
            f"commit {sha}\n"
            f"Author: {P(p.full)} <{EM(email(r, p, r.choice(['pixelpine.io', 'quietfox-games.com'])))}>\n"
            f"Date:   Thu Mar 13 17:42:09 2025 +0100\n\n"
            f"    Rotate DKIM selector to kh2025, bump mailer to 3.4.1\n\n"
            f"The selector kh2025._domainkey resolves fine. Do we need to wait for something on your side?\n"
            f"- {P(p.first)}")


@sc("en", True)
def en_dc_visit(r, k):
    if k == 0:
        a, b = people(r, "en", 2)
        da, db = birthdate(r, 1965, 2001), birthdate(r, 1965, 2001)
        return (f"Hello {ORG('Kiezelhost NOC')},\n\n"
                f"Two of our engineers will visit DVT1 on Thursday 27 March (09:00-13:00) to install a new storage shelf "
                f"in rack R22:\n\n"
                f"1. {P(a.full)}, DOB {DOB(fmt_date(da, 'en', 2))}, UK passport no. {ID(str(r.randint(1, 9)) + rdig(r, 8))}\n"
                f"2. {P(b.full)}, DOB {DOB(fmt_date(db, 'en', 2))}, UK passport no. {ID(str(r.randint(1, 9)) + rdig(r, 8))}\n\n"
                f"They will arrive in a rental van, Dutch registration {KT(kenteken(r, r.choice([7, 8, 9, 10, 11, 12])))}. "
                f"Please reserve a loading bay.\n"
                f"Shipment: 1 pallet, 84 kg, tracking 1Z{rdig(r, 3)}W{rdig(r, 12)}.\n\nKind regards,\n"
                f"Ops team, Tidewater Hosting Ltd")
    p = person(r, r.choice(["en", "in"]))
    mac = ":".join(f"{r.randint(0, 255):02x}" for _ in range(6))
    return (f"Remote hands request – rack DVT1-R07\n\n"
            f"Please power-cycle the server in U12 (asset tag KH-AS-{r.randint(10000, 99999)}, serial "
            f"{r.choice(['CZ', 'MX'])}{rdig(r, 8)}, MAC {mac}) and check the link light on port 2. If it does not come "
            f"back, call our on-site contact {P(p.full)} on {PH(fmt_mobile(nl_mobile(r), r.choice([4, 5, 9])))}. They are "
            f"visiting on Friday as well; residence permit number {ID(residence_doc(r))} for the visitor list, and "
            f"they'll park a car with registration {KT(kenteken(r, r.choice([8, 11, 13, 14]), style=r.choice([0, 3])))}.\n\n"
            f"Work order WO-{r.randint(10000, 99999)}, approved by {P(person(r, 'en', avoid=[p]).full)}.")


@sc("en", True)
def en_whois_privacy(r, k):
    if k == 0:
        p = person(r, "en")
        t = nl_town(r)
        street = nl_street(r)
        return (f"Hi,\n\nI just looked up my own domain {r.choice(EN_DOMAINS)} and the public WHOIS shows my home address "
                f"({AD(street)}, {PC(nl_postcode_for(r, t))} {t[0]}) and my mobile number "
                f"({PH(fmt_mobile(nl_mobile(r), r.choice([4, 5, 7, 9])))}). I'm a private individual, can you please "
                f"enable WHOIS privacy or redact this? Also, when I signed up your colleague asked for a copy of my "
                f"residence permit and I sent it with my BSN ({BS(fmt_bsn(bsn(r), 2))}) visible. Please delete that "
                f"attachment as well.\n\nThanks, {P(p.full)}\n\n"
                f"On Tue, 4 Mar 2025 at 09:12, {ORG('Kiezelhost Support')} <{ORG('support@kiezelhost.example')}> wrote:\n"
                f"> Thank you for your message. We have received your request under ticket #{tnr(r)}.\n"
                f"> {sig_en('fenna', 'Customer Support').replace(chr(10), chr(10) + '> ')}")
    p = person(r, "en")
    return (f"Hello,\n\nMy name is {P(p.full)} and I'm a reporter. I'm researching a network of fake review sites, one of "
            f"which is registered through {ORG('Kiezelhost')}: {r.choice(['best-vpn-review-2025', 'top10-casino-bonus', 'honest-diet-picks'])}.com. "
            f"Could you share who the registrant is? You can reply to {EM(email(r, p, 'fenland-gazette.co.uk'))}.\n\n"
            f"Best regards")


@sc("en", True)
def en_freelancer_invoice(r, k):
    p = person(r, r.choice(["en", "in", "pl"]))
    t = nl_town(r)
    if k == 0:
        return (f"Hi,\n\nI registered as a sole trader (eenmanszaak) in the Netherlands this month. Could you add my business "
                f"details to future invoices? The old VAT number on my account, {BS('NL' + bsn(r) + 'B01')}, is the "
                f"one my accountant told me never to use with customers.\n\n"
                f"Trade name: Quietfox Design\n"
                f"Chamber of Commerce (KvK): {KVK(kvk(r))}\n"
                f"VAT ID: {BTW(btw_id(r))}\n"
                f"Address: {AD(nl_street(r))}, {PC(nl_postcode_for(r, t))} {t[0]}\n\n"
                f"Many thanks,\n{P(p.full)}")
    return (f"Hello billing team,\n\nyour invoice {invnr(r)} shows my VAT number as {BTW(btw_id(r))}, which is correct, "
            f"but the KvK number is missing. It's {KVK(kvk(r))}. My accountant needs both on every invoice. Could you "
            f"re-issue it?\n\nCheers,\n{P(p.first)}\n"
            f"{AD(nl_street(r))} · {PC(nl_postcode_for(r, t).replace(' ', ''))} {t[0]}")


@sc("en", True)
def en_login_alert(r, k):
    p = person(r, "en")
    if k == 0:
        return (f"Is this legit? I got this at 4am and I was asleep.\n\n"
                f"> New sign-in to your {ORG('Kiezelhost')} account\n"
                f"> Time: 16 March 2025, 04:02 CET\n"
                f"> IP address: {IP(ipv6(r))}\n"
                f"> Device: Firefox 136.0 on Linux\n"
                f"> If this wasn't you, reset your password now.\n\n"
                f"{P(p.first)}")
    return (f"URGENT: someone logged into my control panel from {IP(ipv4(r))} and changed the MX records of "
            f"{r.choice(EN_DOMAINS)}. I did NOT do this. Please lock the account and call me on "
            f"{PH(uk_phone_num(r, mobile=True, style=r.randrange(4)))}.\n— {P(p.full)}")


@sc("en", True)
def en_reseller_csv(r, k):
    res = person(r, "en")
    rows = []
    seen = [res]
    n = 3 if k == 0 else 4
    for i in range(n):
        pool = r.choice(["en", "en", "in"])
        p = person(r, pool, avoid=seen)
        seen.append(p)
        if i % 2 == 0:
            ph = uk_phone_num(r, r.choice(UK_TOWNS), style=r.randrange(2))
        else:
            ph = uk_phone_num(r, mobile=True, style=r.randrange(2))
        row = (f"\"{P(p.full)}\",{EM(email(r, p))},{PH(ph)},GB,{EN_DOMAINS[(i * 3 + k) % len(EN_DOMAINS)]},"
               f"{r.choice(['starter', 'business', 'business'])}")
        if k == 1:
            row += f",{DOB(birthdate(r, 1955, 2003).isoformat())}"
        rows.append(row)
    if k == 0:
        head = "name,email,phone,country,domain,plan"
        return (f"Hi {P(staff('joost', 'first'))},\n\nattached (and pasted below) the first UK customers for the reseller "
                f"account. Please provision them on the same node if possible.\n\n{head}\n" + "\n".join(rows) +
                f"\n\nCommission payouts go to our French account {IB(group4(iban(r, 'FR')))} (Pixelpine SARL), as "
                f"agreed.\n\nThanks!\n{P(res.full)}\nPixelpine Ltd (reseller #{r.randint(3000, 3999)})")
    head = "name,email,phone,country,domain,plan,dob"
    return (f"{head}\n" + "\n".join(rows) + f"\n\n^ batch 2, same settings as batch 1 pls. the dob column is from our "
            f"old billing system, ignore it if you don't need it. {P(res.first)}")


@sc("en", True)
def en_callback(r, k):
    p = person(r, "en")
    if k == 0:
        return (f"Could someone call me back about migrating 30 mailboxes from our old provider? Best number is "
                f"{PH(uk_phone_num(r, mobile=True, style=r.randrange(4)))}, any time after 2pm UK time.\n{P(p.full)}")
    t = r.choice(UK_TOWNS)
    return (f"Callback request – voicemail 16:48\n"
            f"Caller: {P(p.first)} from Copperkettle Cafe, wants to move copperkettle-cafe.com to us and asks about the "
            f"transfer fee. Number left: {PH(uk_phone_num(r, t, style=r.randrange(3)))}.\n"
            f"Taken by {P(staff('joost'))}")


@sc("en", True)
def en_ssl_validation(r, k):
    t = nl_town(r)
    if k == 0:
        p = person(r, "en")
        area, sub = nl_landline(r, t[2])
        return (f"OV validation for greenleaf-catering.com\n\n"
                f"Organisation: Greenleaf Catering B.V.\n"
                f"KvK: {KVK(kvk(r))}\n"
                f"D-U-N-S: {nine_fail(r)}\n"
                f"Verification contact: {P(p.full)}, Operations Manager, {PH(fmt_landline(area, sub, r.choice([3, 4])))}\n\n"
                f"The callback can be scheduled any weekday between 09:00 and 17:00 CET. Certificate: OV SSL, 1 year, "
                f"SANs www + shop.")
    p = person(r, r.choice(["en", "in"]))
    return (f"Can you check my CSR before I submit it? openssl says:\n\n"
            f"Subject: C = NL, ST = {PROVINCE[t[0]]}, L = {t[0]}, O = Brightside Tutoring, CN = brightside-tutoring.co.uk, "
            f"emailAddress = {EM(email(r, p))}\n"
            f"Public-Key: (2048 bit)\n"
            f"Signature Algorithm: sha256WithRSAEncryption\n\n"
            f"Is it ok to use my personal address there? I run the business on my own.\n{P(p.first)}")


@sc("en", True)
def en_social(r, k):
    p = person(r, "en")
    if k == 0:
        handle = "@" + fold(p.first).lower()[:4] + "_builds"
        return (f"{handle}: {ORG('@KiezelhostNL')} your status page says all green but 3 of my sites are down!! order "
                f"ORD{r.randint(1000000, 9999999)}, account under {P(p.full)}. sort it out pls 😤 #outage")
    return (f"LinkedIn message to {ORG('Kiezelhost')}:\n\n"
            f"Hi! I'm {P(p.full)}, CTO at a small SaaS startup in Leeds. We're looking for a European host for our "
            f"EU customers (GDPR). Could someone from sales contact me at {EM(email(r, p, 'quietfox-games.com'))}? "
            f"Thanks!")


@sc("en", True)
def en_transfer(r, k):
    if k == 0:
        p = person(r, "en")
        return (f"Hi,\n\nI'm trying to transfer {r.choice(EN_DOMAINS)} to {ORG('Kiezelhost')} but the approval email goes to "
                f"the old registrant address {EM(email(r, p, 'oldmail-isp.co.uk'))} which no longer exists. The "
                f"registrant is me, {P(p.full)}. Can you send it to {EM(email(r, p, 'gmail.com'))} instead?\n\n"
                f"I have the auth code from the losing registrar, but I won't paste it here.\n\nThanks")
    seller = person(r, "en")
    buyer = person(r, "en", avoid=[seller])
    return (f"Hello,\n\nI bought tidewater-surf.co.uk on a domain marketplace (escrow ref ESC-{r.randint(100000, 999999)}). "
            f"The seller, {P(seller.full)}, has initiated the transfer to me but nothing happened for 5 days. My "
            f"account here is under {EM(email(r, buyer))}.\n\nRegards,\n{P(buyer.full)}")


# ---- English, no personal data -----------------------------------------------------------------------
@sc("en", False)
def en_outage(r, k):
    if k == 0:
        return (f"is there an outage in AMS1? our VPS (vps-{r.randint(1000, 9999)}) has been unreachable since "
                f"09:12 UTC, ticket #{tnr(r)}. status page says operational")
    return (f"Incident update 10:05 UTC – AMS1 network\n\n"
            f"A faulty line card in core router cr2.ams1 caused packet loss for about 6% of customers between 09:10 and "
            f"09:58 UTC. Traffic has been moved to cr1.ams1 and the card will be replaced tonight (CHG-2025-0322). "
            f"No data was lost. Urgent questions: WhatsApp {ORG('+31 6 4187 2290')}.\n— {ORG('Kiezelhost NOC')}")


@sc("en", False)
def en_dns_records(r, k):
    dom = r.choice(EN_DOMAINS)
    if k == 0:
        return (f"Here's the zone I'd like you to import for {dom}:\n\n"
                f"$TTL 3600\n"
                f"@      IN SOA ns1.{ORG('kiezelhost.example')}. hostmaster.{ORG('kiezelhost.example')}. ( 2025031701 7200 3600 1209600 300 )\n"
                f"@      IN A     {org_ip(r)}\n"
                f"@      IN AAAA  {org_ip(r, True)}\n"
                f"www    IN CNAME @\n"
                f"@      {NEG('IN MX 10')} mx1.{ORG('kiezelhost.example')}.\n"
                f"@      IN TXT   \"v=spf1 include:_spf.{ORG('kiezelhost.example')} -all\"\n"
                f"kh2025._domainkey IN TXT \"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu3X9\"\n\n"
                f"Does the serial format matter?")
    return (f"Our Google site verification keeps failing. TXT record is:\n"
            f"google-site-verification=q4ZkT1mXb8sV2nR7yW0cPjL5eHd9aGf3uN6oBiCtE2M\n"
            f"dig shows it from {NEG('1.1.1.1')} but not from {NEG('9.9.9.9')}. TTL 300, added 40 minutes ago.")


@sc("en", False)
def en_invoice_query(r, k):
    if k == 0:
        return (f"Hi, we were charged EUR 1,204.80 on invoice {invnr(r)} but our contract (C-{r.randint(20000, 99999)}) says "
                f"EUR 1,104.80 per year (PO number {nine_fail(r)}). Paid with the company card ending 4417 "
                f"(**** **** **** 4417). Could you check?")
    return (f"Receipt {invnr(r)}\n"
            f"Dedicated server DS-2 (12 months)       EUR 1,188.00\n"
            f"Setup fee                               EUR    49.00\n"
            f"Rail kit, part no. {NEG('BT-27-RK')}              EUR    39.00\n"
            f"VAT reverse-charged (art. 196 VAT Directive)\n"
            f"Paid by card: Mastercard XXXX-XXXX-XXXX-{r.randint(1000, 9999)}, auth code {r.randint(100000, 999999)}\n"
            f"{ORG_FOOTER_EN}")


@sc("en", False)
def en_api_rate_limit(r, k):
    if k == 0:
        uuid = "-".join("".join(r.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12))
        return (f"Your DNS API returns 429 after ~60 calls/minute:\n\n"
                f"HTTP/1.1 429 Too Many Requests\nRetry-After: 37\nX-Request-Id: {uuid}\n\n"
                f"We're on the Business plan (API v2, client 3.8.0 build 20250311.4471). Is the limit per token or per account?")
    return (f"Changelog API v2.14.0 (2025-03-18)\n"
            f"- new endpoint GET /v2/domains/{{name}}/dnssec\n"
            f"- rate limit raised from 60 to 120 requests per minute per token\n"
            f"- deprecated: /v1/zones (removal on 2025-09-30)\n"
            f"- fixed: pagination returned {NEG('1024 KB')} pages instead of 100 records")


@sc("en", False)
def en_maintenance(r, k):
    if k == 0:
        return (f"Scheduled maintenance – webmail\n\n"
                f"On Sunday 30 March 2025 between 02:00 and 03:00 CEST we will upgrade webmail.{ORG('kiezelhost.example')} "
                f"to Roundcube 1.6.10. Sessions will be logged out once. IMAP and SMTP are not affected.\n\n"
                f"Questions? {ORG('support@kiezelhost.example')} or {ORG('+31 85 208 4410')}.\n"
                f"{ORG('Kiezelhost Support')}")
    return (f"Reminder: PHP 8.0 reaches end of life on our shared platform on 1 June 2025. 1,412 sites are still on 8.0. "
            f"Switch in the control panel under Hosting > PHP version (8.2 or 8.3 recommended). {ORG('@KiezelhostStatus')}")


@sc("en", False)
def en_ssl_expiry(r, k):
    dom = r.choice(EN_DOMAINS)
    fp = ":".join(f"{r.randint(0, 255):02X}" for _ in range(16))
    if k == 0:
        return (f"Your SSL certificate for {dom} expires in 14 days\n\n"
                f"Serial: {''.join(r.choice('0123456789ABCDEF') for _ in range(32))}\n"
                f"SHA-256 fingerprint (first half): {fp}\n"
                f"Valid until: 2025-04-02 23:59:59 UTC\n"
                f"Auto-renewal is off for this certificate. Renew at my.{ORG('kiezelhost.example')}/ssl.")
    return (f"my certbot renewal fails:\n\n"
            f"Certbot failed to authenticate some domains (authenticator: webroot). Domain: {dom}\n"
            f"Type: unauthorized\nDetail: {org_ip(r)}: Invalid response from http://{dom}/.well-known/acme-challenge/"
            f"x2Kq9: 404\n\ncertbot 2.9.0, python 3.11.2. The webroot is /var/www/{dom.split('.')[0]}/public.")


@sc("en", False)
def en_backup_restore(r, k):
    if k == 0:
        return (f"Please restore the snapshot snap-{r.randint(100000, 999999)} from 14 March 03:00 for VPS "
                f"vps-{r.randint(1000, 9999)}. Disk is 80 GB, only the /var/www partition ({NEG('2048 MB')}) is needed. "
                f"Restore to a new volume please, not over the current one.")
    return (f"Restore job RJ-{r.randint(10000, 99999)} finished\n"
            f"Source: backup-ams2-03, set 2025-03-14T03:00:00Z\n"
            f"Restored: 18,204 files, 6.4 GB, duration 00:11:42\n"
            f"Target: /restore/2025-03-14 on vps-{r.randint(1000, 9999)}")


@sc("en", False)
def en_short_chat(r, k):
    if k == 0:
        return "thx!! all good now 🙌"
    return "still down?? 3rd time this week… ticket 4 days old"


@sc("en", False)
def en_migration_plan(r, k):
    if k == 0:
        a, b = r.randint(10, 49), r.randint(50, 99)
        return (f"Migration plan – shared cluster SH3 → SH4 (internal, v3)\n\n"
                f"Scope: 2,318 hosting accounts, 14.2 TB in /home, 61 MariaDB instances. Change CHG-2025-0331, "
                f"approved in CAB on 19 March.\n\n"
                f"Timeline (CET)\n"
                f"T-48h   lower the TTL of all SH3 service records to 300 s\n"
                f"T-24h   customer notice (template MIG-SH4-NL/EN/DE), status page entry\n"
                f"T-0     Fri 21:00 freeze changes in the control panel\n"
                f"T+0:15  final rsync of /home from sh3-{a} ({priv_ip(r)}) to sh4-{b} ({priv_ip(r)}), --delete, "
                f"bandwidth cap 8 Gbit/s\n"
                f"T+2:30  dump/restore of the MariaDB instances (10.6 → 10.11), checksums via pt-table-checksum\n"
                f"T+3:30  move the service IPs {org_ip(r)} and {org_ip(r)} plus {org_ip(r, True)} to SH4\n"
                f"T+3:45  smoke tests: 40 sample sites, IMAP/SMTP login, cron, PHP 8.1/8.2/8.3 pools\n"
                f"T+4:00  unfreeze\n\n"
                f"Capacity per SH4 node: 96 cores, 768 GB RAM, 2 x 15.36 TB NVMe, 2 x 25 Gbit/s.\n"
                f"Rollback: keep SH3 read-only for 7 days; switch the service IPs back (≈ 5 min) and replay the "
                f"binlogs from T+3:30.\n"
                f"Risks: large mailboxes (> 50 GB, 12 accounts) → pre-seed on Wednesday; sites with hard-coded paths "
                f"(/home/sh3/…) → search-and-replace script from the SH2 migration.\n"
                f"On call: NOC rota week 13.")
    return (f"Post-mortem INC-2025-{r.randint(100, 999)}: the 502s were caused by an OOM kill of php-fpm on sh4-{r.randint(10, 99)} "
            f"(memory limit 4096M per pool). Action items: raise limit to 6144M, alert at 85%, review pool sizing by 4 April.")


# ====================================================================================================
# German scenarios: 13 with personal data, 7 without
# ====================================================================================================
@sc("de", True)
def de_phishing(r, k):
    if k == 0:
        p = person(r, "de")
        t = r.choice(DE_TOWNS)
        return (f"Sehr geehrte Damen und Herren,\n\n"
                f"ich habe heute eine E-Mail bekommen, angeblich von meiner Sparkasse, mit einem Link auf "
                f"hxxps://sparkasse-sicherheit-update[.]info/de/login. Laut WHOIS liegt die Seite bei Ihnen "
                f"({org_ip(r)}). Bitte nehmen Sie die Seite vom Netz.\n\n"
                f"Für Rückfragen erreichen Sie mich unter {PH(de_landline(r, t, r.randrange(5)))} oder "
                f"{EM(email(r, p))}.\n\n"
                f"Mit freundlichen Grüßen\n{P(p.full)}")
    lawyer = person(r, "de", "F")
    client = person(r, "de", "M", avoid=[lawyer])
    return (f"Abmahnung – Urheberrechtsverletzung auf {r.choice(DE_DOMAINS)}\n\n"
            f"Sehr geehrte Damen und Herren,\n\n"
            f"wir vertreten Herrn {P(client.full)}, Berufsfotograf aus Münster. Auf der bei Ihnen gehosteten Website "
            f"werden ohne Lizenz 14 seiner Fotografien verwendet, die unser Mandant in den Jahren 2021 bis 2023 "
            f"angefertigt hat (Liste mit URLs und Aufnahmedaten anbei, Anlage K1). Eine Lizenz wurde weder angefragt "
            f"noch erteilt.\n\n"
            f"Betroffen sind unter anderem:\n"
            f"  /wp-content/uploads/2024/06/hafen-abendlicht.jpg (Aufnahme 14.08.2021)\n"
            f"  /wp-content/uploads/2024/06/leuchtturm-nebel-2.jpg (Aufnahme 02.11.2022)\n"
            f"  /wp-content/uploads/2024/09/kutter-sonnenaufgang.jpg (Aufnahme 19.05.2023)\n"
            f"  sowie 11 weitere Dateien (vollständige Liste in Anlage K1).\n\n"
            f"Der Betreiber der Website ist trotz zweier Schreiben vom 20.01.2025 und 14.02.2025 nicht erreichbar; "
            f"das Impressum nennt lediglich eine Postfachadresse. Wir wenden uns daher an Sie als Host-Provider "
            f"im Sinne von Art. 6 DSA und fordern Sie auf,\n\n"
            f"1. die in Anlage K1 aufgeführten Bilddateien binnen 7 Tagen zu sperren,\n"
            f"2. den Betreiber der Website über diese Aufforderung zu informieren und\n"
            f"3. die Protokolldaten zu den betreffenden Dateien bis zum Abschluss des Verfahrens aufzubewahren.\n\n"
            f"Die Geltendmachung von Schadensersatzansprüchen gegenüber dem Betreiber bleibt vorbehalten. Eine "
            f"Vollmacht unseres Mandanten liegt bei.\n\n"
            f"Unser Zeichen: 118/25 RA-{r.choice(['KW', 'TS', 'HB'])}\n\n"
            f"Mit freundlichen Grüßen\n{P(lawyer.full)}\nRechtsanwältin\nKanzlei am Domhof")


@sc("de", True)
def de_inhaberwechsel(r, k):
    p = person(r, "de")
    t = r.choice(DE_TOWNS)
    if k == 0:
        return (f"Formular: Inhaberwechsel Domain\n"
                f"Domain: {r.choice(DE_DOMAINS)}\n"
                f"Neuer Inhaber: {P(p.full)}\n"
                f"Straße: {AD(de_street(r))}\n"
                f"PLZ / Ort: {PC(de_plz(r, t))} {t[0]}\n"
                f"Land: DE\n"
                f"Telefon: {PH(de_landline(r, t, r.randrange(5)))}\n"
                f"E-Mail: {EM(email(r, p))}\n"
                f"Grund: Betriebsübergabe zum 01.04.2025")
    return (f"Hallo {P(staff('tobias', 'first'))},\n\n"
            f"anbei wie gewünscht die Daten des neuen Inhabers:\n\n"
            f"{P(p.full)}\n{AD(de_street(r))}\n{PC(de_plz(r, t))} {t[0]}\n"
            f"Handy {PH(de_mobile(r, r.randrange(6)))}\n\n"
            f"Viele Grüße\n{P(person(r, 'de', avoid=[p]).first)}\n\n"
            f"Am 11.03.2025 um 09:47 schrieb {P(staff('tobias'))} <{ORG('deutsch@kiezelhost.example')}>:\n"
            f"> Für den Inhaberwechsel benötigen wir Name, Anschrift und Telefonnummer des neuen Inhabers.")


@sc("de", True)
def de_lastschrift(r, k):
    p = person(r, "de" if k == 0 else "at")
    if k == 0:
        return (f"Guten Tag,\n\n"
                f"bitte buchen Sie die Beiträge für mein Hosting (Kundennummer {custnr(r)}) ab sofort von meinem neuen Konto "
                f"ab:\n\nIBAN: {IB(group4(iban(r, 'DE')))}\nKontoinhaber: {P(p.full)}\n\n"
                f"Das alte Konto bei der Volksbank wird zum Monatsende aufgelöst.\n\nDanke und Gruß\n{P(p.first)}\n\n"
                f"Am 06.03.2025 um 15:20 schrieb {ORG('Kiezelhost Support')} <{ORG('deutsch@kiezelhost.example')}>:\n"
                f"> Gerne ändern wir Ihre Bankverbindung. Bitte senden Sie uns die neue IBAN und den Kontoinhaber.\n"
                f"> {sig_de('tobias', 'Kundenservice').replace(chr(10), chr(10) + '> ')}")
    ib = group4(iban(r, "AT"))
    ib_nbsp = ib[:4] + "\u00a0" + ib[5:]
    return (f"Servus,\n\nich bin nach Graz umgezogen und habe ein österreichisches Konto. Geht das SEPA-Lastschriftmandat "
            f"auch mit {IB(ib_nbsp)}? Inhaber: {P(p.full)}.\n\nLG {P(p.first)}")


@sc("de", True)
def de_dsgvo(r, k):
    p = person(r, "de")
    t = r.choice(DE_TOWNS)
    if k == 0:
        d = birthdate(r)
        return (f"Auskunftsersuchen nach Art. 15 DSGVO\n\n"
                f"Sehr geehrte Damen und Herren,\n\n"
                f"bitte teilen Sie mir mit, welche personenbezogenen Daten Sie über mich speichern. Zur Identifikation:\n\n"
                f"Name: {P(p.full)}\n"
                f"Geburtsdatum: {DOB(fmt_date(d, 'de', r.choice([0, 1])))}\n"
                f"Anschrift: {AD(de_street(r))}, {PC(de_plz(r, t))} {t[0]}\n"
                f"E-Mail: {EM(email(r, p))}\n\n"
                f"Ich bitte um Antwort innerhalb der gesetzlichen Frist von einem Monat.\n\n"
                f"Mit freundlichen Grüßen\n{P(p.full)}")
    return (f"Bitte löschen Sie mein Kundenkonto und alle dazugehörigen Daten. Ich habe meine Domains bereits zu einem "
            f"anderen Anbieter umgezogen. Registriert war ich mit {EM(email(r, p))}, Telefon {PH(de_mobile(r, r.randrange(6)))}. "
            f"Löschen Sie bitte auch die Kopie meines niederländischen Führerscheins, die ich als Grenzpendler "
            f"hochgeladen habe – darauf steht meine Bürgerservicenummer {BS(fmt_bsn(bsn(r), 3))}.\n"
            f"Gruß {P(p.full)}")


@sc("de", True)
def de_rz_besuch(r, k):
    if k == 0:
        a, b = people(r, "de", 2)
        return (f"Besucheranmeldung Rechenzentrum DVT1\n"
                f"Termin: Mittwoch, 02.04.2025, 08:30–11:00\n"
                f"Firma: Nordlicht IT-Service GmbH\n\n"
                f"1) {P(a.full)}, Personalausweis-Nr. {ID(de_doc(r))}\n"
                f"2) {P(b.full)}, Personalausweis-Nr. {ID(de_doc(r))}\n\n"
                f"Fahrzeug: Transporter, Kennzeichen {KT(de_kennzeichen(r, r.choice(['MS', 'OS', 'BOR']), r.randrange(2)))}\n"
                f"Tätigkeit: Tausch eines Switches (48 Ports), Rack R03")
    p = person(r, "de")
    d = birthdate(r, 1960, 2000)
    return (f"Hallo {ORG('Kiezelhost NOC')},\n\n"
            f"für den Besuch am Freitag brauche ich noch die Daten für die Besucherliste, richtig? Hier:\n"
            f"{P(p.full)}, geb. am {DOB(fmt_date(d, 'de', r.choice([0, 1])))}, Reisepass {ID(de_doc(r))}\n"
            f"Ich komme mit dem Auto ({KT(de_kennzeichen(r, 'D', 0))}), Parkplatz wäre super.\n\nGruß {P(p.first)}")


@sc("de", True)
def de_ip_freigabe(r, k):
    p = person(r, "de")
    if k == 0:
        return (f"Hallo,\n\nbitte geben Sie für den SFTP-Zugang (Vertrag C-{r.randint(20000, 99999)}) unsere neuen festen "
                f"IP-Adressen frei: {IP(ipv4(r))} und {IP(ipv6(r))}. Die alte Adresse {IP(ipv4(r))} kann gelöscht werden.\n\n"
                f"Danke\n{P(p.full)}\nFahrradwerkstatt Kette")
    ip = ipv4(r)
    return (f"unser Büro ist seit heute morgen gesperrt, Fail2ban sagt:\n"
            f"2025-03-17 08:02:41 fail2ban.actions [1022]: NOTICE [dovecot] Ban {IP(ip)}\n"
            f"das ist unsere eigene IP!! 5 Kollegen kommen nicht an ihre Mails. Bitte {IP(ip)} auf die Whitelist 🙏\n"
            f"{P(p.first)}")


@sc("de", True)
def de_rechnung(r, k):
    if k == 0:
        p = person(r, "de")
        t = r.choice(DE_TOWNS)
        ust = "DE" + de_vat_body(r)
        return (f"Guten Tag,\n\n"
                f"bitte stellen Sie die Rechnung {invnr(r)} auf meine Firma aus, ich bin Freiberufler:\n\n"
                f"Nordlicht Fotografie\n{P(p.full)}\n{AD(de_street(r))}\n{PC(de_plz(r, t))} {t[0]}\n"
                f"USt-IdNr. {NEG(ust)}\n\n"
                f"Gutschriften bitte auf mein Geschäftskonto in Luxemburg: {IB(iban(r, 'LU'))}.\n\n"
                f"Vielen Dank!\n{P(p.first)}")
    p = person(r, "nl")
    t = nl_town(r)
    return (f"Hallo,\n\n"
            f"ich bin Niederländer und wohne in {t[0]}, schreibe aber lieber auf Deutsch, weil meine Kunden in Deutschland "
            f"sitzen. Für meine Einzelfirma brauche ich Rechnungen mit folgenden Daten:\n\n"
            f"KvK-Nummer: {KVK(kvk(r))}\n"
            f"BTW-ID (USt-IdNr.): {BTW(btw_id(r))}\n"
            f"Anschrift: {AD(nl_street(r))}, {PC(nl_postcode_for(r, t))} {t[0]}\n\n"
            f"Gruß\n{P(p.full)}")


def de_vat_body(r):
    """German USt-IdNr body: 8 digits + ISO 7064 MOD 11,10 check digit (a valid number, never labelled)"""
    while True:
        body = str(r.randint(1, 9)) + rdig(r, 7)
        prod = 10
        for c in body:
            s = (int(c) + prod) % 10 or 10
            prod = (2 * s) % 11
        chk = (11 - prod) % 10
        return body + str(chk)


def de_vat_valid(s):
    body = s[2:] if s.startswith("DE") else s
    if not re.fullmatch(r"[1-9]\d{8}", body):
        return False
    prod = 10
    for c in body[:8]:
        s2 = (int(c) + prod) % 10 or 10
        prod = (2 * s2) % 11
    return (11 - prod) % 10 == int(body[8])


@sc("de", True)
def de_rueckruf(r, k):
    p = person(r, "de")
    if k == 0:
        return (f"Bitte um Rückruf wegen Umzug von 12 Postfächern zu Ihnen. Ich bin heute bis 18 Uhr unter "
                f"{PH(de_mobile(r, r.randrange(6)))} erreichbar.\n{P(p.full)}")
    t = r.choice(DE_TOWNS)
    return (f"Rückrufbitte (Anrufbeantworter 08:12): Frau {P(p.last_cap)} von der Tischlerei Hobelspan, Frage zur "
            f"Verlängerung von {r.choice(DE_DOMAINS)}. Rückrufnummer {PH(de_landline(r, t, r.randrange(5)))}.\n"
            f"– {P(staff('tobias', 'first'))}")


@sc("de", True)
def de_reseller_liste(r, k):
    rows = []
    seen = []
    for i in range(3 + k):
        p = person(r, "de", avoid=seen)
        seen.append(p)
        t = r.choice(DE_TOWNS)
        ph = de_mobile(r, r.choice([0, 2])) if i % 2 else de_landline(r, t, r.choice([0, 1]))
        row = f"{P(p.last_cap)};{P(p.first)};{EM(email(r, p))};{PH(ph)};{PC(de_plz(r, t))};{t[0]}"
        if k == 1:
            row += f";{DOB(fmt_date(birthdate(r, 1950, 2002), 'de', 0))}"
        rows.append(row)
    res = person(r, "de", avoid=seen)
    head = "Nachname;Vorname;E-Mail;Telefon;PLZ;Ort" + (";Geburtsdatum" if k == 1 else "")
    return (f"Hallo {P(staff('tobias', 'first'))},\n\nhier die Kundenliste für den Umzug auf das Reseller-Konto:\n\n"
            f"{head}\n" + "\n".join(rows) +
            f"\n\nViele Grüße\n{P(res.full)}\nWebagentur Sonnenkorn")


@sc("de", True)
def de_kreditkarte(r, k):
    p = person(r, "de")
    if k == 0:
        return (f"Hallo,\n\nich möchte die offene Rechnung {invnr(r)} über 59,88 EUR per Kreditkarte bezahlen: "
                f"{CC(fmt_card(card(r, 'mc2'), r.choice([0, 2])))}, gültig bis 08/26, Karteninhaber {P(p.full)}.\n\n"
                f"Gruß")
    return (f"Kartennummer für die Verlängerung: {CC(fmt_card(card(r, 'visa'), 1))} (Visa). Ablaufdatum 03/28. "
            f"Bitte nur einmal belasten!\n{P(p.first)}")


@sc("de", True)
def de_chat(r, k):
    p = person(r, "de")
    if k == 0:
        return (f"[17.03.25, 19:02] {P(p.first)}: hallo, meine seite zeigt nur noch \"Error establishing a database "
                f"connection\" 😱\n"
                f"[17.03.25, 19:05] {ORG('Kiezelhost')}: Hallo! Welche Domain ist es denn?\n"
                f"[17.03.25, 19:05] {P(p.first)}: {r.choice(DE_DOMAINS)}\n"
                f"[17.03.25, 19:11] {ORG('Kiezelhost')}: Der MySQL-Speicher war voll ({NEG('1024 MB')} von {NEG('1024 MB')} belegt). "
                f"Ich habe ihn auf 2 GB erhöht, läuft wieder. VG {P(staff('tobias', 'first'))}\n"
                f"[17.03.25, 19:12] {P(p.first)}: danke!!! 🙏🙏")
    t = r.choice(DE_TOWNS)
    return (f"hey, kurze frage – kann ich meine rechnungsadresse selbst ändern? bin umgezogen nach "
            f"{AD(de_street(r))}, {PC(de_plz(r, t))} {t[0]}. lg {P(p.first.lower())} ✌️")


@sc("de", True)
def de_login_warnung(r, k):
    p = person(r, "de")
    if k == 0:
        return (f"Ich habe eine Warnung bekommen, dass sich jemand von {IP(ipv4(r))} aus (angeblich Singapur) in mein "
                f"Kundenkonto eingeloggt hat. Das war nicht ich! Passwort ist geändert. Bitte prüfen Sie, ob etwas "
                f"geändert wurde.\n\nMfG\n{P(p.full)}")
    return (f"Sicherheitshinweis weitergeleitet:\n\n"
            f"> Neue Anmeldung: 16.03.2025 23:41 MEZ\n> IP-Adresse: {IP(ipv6(r))}\n> Gerät: Safari auf iPhone\n\n"
            f"das war ich, aus dem Hotel in Lissabon. Nur zur Info, damit ihr das Konto nicht sperrt. {P(p.full)}")


@sc("de", True)
def de_brief(r, k):
    p = person(r, "de")
    t = r.choice(DE_TOWNS)
    if k == 0:
        lines = [f"{P(p.full)}", f"{AD(de_street(r))}", f"{PC(de_plz(r, t))} {t[0]}", "",
                 f"{ORG('Kiezelhost B.V.')}", f"{ORG('Postbus 2210')}", f"{ORG('7400 CE Deventer')}", "Niederlande", "",
                 f"{t[0]}, den 4. März 2025", "", f"Kündigung meines Hosting-Vertrags, Kundennummer {custnr(r)}", "",
                 "Sehr geehrte Damen und Herren,", "",
                 "hiermit kündige ich meinen Vertrag fristgerecht zum nächstmöglichen Zeitpunkt. Bitte bestätigen Sie mir "
                 "die Kündigung schriftlich. Die Einzugsermächtigung widerrufe ich zum selben Datum.", "",
                 "Mit freundlichen Grüßen", "", f"{P(p.full)}"]
        return "\r\n".join(lines)
    husband = person(r, "de", "M")
    wife = Person(person(r, "de", "F", avoid=[husband]).first, husband.last, "F", "de")
    return (f"(Abschrift eines Briefes – {P(staff('tobias', 'first'))})\n\n"
            f"Sehr geehrte Damen und Herren, mein Mann {P(husband.full)} ist leider im Januar verstorben. Bitte übertragen "
            f"Sie seine Domain {r.choice(DE_DOMAINS)} auf meinen Namen, {P(wife.full)}, und senden Sie die Rechnungen an "
            f"{AD(de_street(r))}, {PC(de_plz(r, t))} {t[0]}. Die Sterbeurkunde liegt bei.")


# ---- German, no personal data ------------------------------------------------------------------------
@sc("de", False)
def de_dns_frage(r, k):
    dom = r.choice(DE_DOMAINS)
    if k == 0:
        return (f"Hallo, ich möchte für {dom} einen CAA-Eintrag setzen, damit nur Let's Encrypt Zertifikate ausstellen "
                f"darf. Geht das im Kundenmenü oder müssen Sie das machen? Aktuell: 0 issue \"letsencrypt.org\" fehlt.")
    return (f"Seit der Umstellung auf Ihre Nameserver (ns1/ns2.{ORG('kiezelhost.example')}) ist die Subdomain "
            f"shop.{dom} nicht mehr erreichbar. TTL steht auf 3600, Änderung vor 5 Stunden. Vorgangsnummer {tnr(r)}.")


@sc("de", False)
def de_rechnung_frage(r, k):
    if k == 0:
        return (f"Guten Tag,\n\nauf der Rechnung {invnr(r)} vom 01.03.2025 wurden 21 % niederländische MwSt. berechnet "
                f"(28,35 EUR), obwohl wir ein Unternehmen sind. Bitte korrigieren Sie die Rechnung auf Reverse Charge. "
                f"Unsere Kundennummer: {custnr(r)}, Debitorennummer {nine_fail(r)}.\n\nMit freundlichen Grüßen\n"
                f"Buchhaltung Tischlerei Hobelspan")
    return (f"Zahlungserinnerung\n\nRechnung {invnr(r)}, fällig am 15.03.2025, offener Betrag 71,40 EUR. Bitte überweisen "
            f"Sie den Betrag auf {ORG('NL63 RABO 0312 4476 58')} (BIC RABONL2U), Verwendungszweck: Rechnungsnummer.\n"
            f"{ORG('Kiezelhost B.V.')} · USt-IdNr. {ORG('NL862047912B01')}")


@sc("de", False)
def de_wartung(r, k):
    if k == 0:
        return (f"Wartungsankündigung: Am Dienstag, 25.03.2025, zwischen 00:00 und 04:00 Uhr (MEZ) aktualisieren wir das "
                f"Storage-Cluster AMS2. Virtuelle Server werden einmal neu gestartet (ca. 5–10 Minuten). "
                f"Referenz CHG-2025-0314. {ORG('Kiezelhost NOC')}")
    return (f"Störung behoben: Zwischen 09:15 und 11:40 Uhr wurden eingehende E-Mails verzögert zugestellt. Es sind keine "
            f"Nachrichten verloren gegangen. Status: status.{ORG('kiezelhost.example')}")


@sc("de", False)
def de_ssl_frage(r, k):
    dom = r.choice(DE_DOMAINS)
    if k == 0:
        return (f"Das Let's-Encrypt-Zertifikat für {dom} wird nicht verlängert. Fehler im Log:\n"
                f"acme: error: 403 :: urn:ietf:params:acme:error:unauthorized :: Invalid response from "
                f"http://{dom}/.well-known/acme-challenge/Zk81: 404\n"
                f"Plesk {NEG('18.0.61.5')}, Let's Encrypt Extension 3.2.4. Woran liegt das?")
    return (f"Welche Zertifikatskette liefern Sie bei den Wildcard-Zertifikaten aus? Ein älteres Android-Gerät "
            f"(Android 7.1) meldet einen Fehler. Zertifikat gültig bis 02.04.2026, Seriennummer "
            f"{''.join(r.choice('0123456789ABCDEF') for _ in range(24))}.")


@sc("de", False)
def de_kurz_chat(r, k):
    if k == 0:
        return "läuft wieder, danke 👍"
    return "SEIT 2 STUNDEN KEINE MAILS!!! was ist da los???"


@sc("de", False)
def de_mail_bounce(r, k):
    if k == 0:
        return (f"Ich bekomme diese Fehlermeldung, wenn ich an Kunden schreibe:\n\n"
                f"Reporting-MTA: dns; mx1.{ORG('kiezelhost.example')}\n"
                f"Action: failed\nStatus: 5.7.1\n"
                f"Diagnostic-Code: smtp; 550 5.7.1 Service unavailable; client host [{org_ip(r)}] blocked using "
                f"zen.spamhaus.org\n\nWas kann ich tun?")
    return (f"Unser Newsletter (ca. 4.200 Empfänger) wird seit gestern abgewiesen mit \"421 4.7.0 Try again later\". "
            f"Versand über Ihren SMTP-Server mit Port 587, Limit laut Tarif 500 Mails pro Stunde. Auftragsnummer "
            f"{NEG(nine_pass(r))}.")


@sc("de", False)
def de_speicher_upgrade(r, k):
    if k == 0:
        return (f"Kann ich meinen vServer von {NEG('2048 MB')} auf {NEG('8192 MB')} RAM erweitern, ohne dass die IP-Adresse "
                f"sich ändert? Vertragsnummer C-{r.randint(20000, 99999)}, Tarif VPS-M.")
    return (f"Auftragsbestätigung {invnr(r)}: Upgrade Webhosting Plus auf Pro (100 GB Speicher, 50 Postfächer à 5 GB). "
            f"Mehrpreis 4,00 EUR/Monat zzgl. MwSt., gültig ab 01.04.2025. Ihre Vertragslaufzeit bleibt unverändert.")


# ====================================================================================================
# build, audit, write
# ====================================================================================================
def build():
    recs = []
    for lang, pii, name, fn in SCENARIOS:
        for k in (0, 1):
            r = random.Random(f"{SEED}:{name}:{k}")
            raw = fn(r, k)
            text, spans, regions = render(raw)
            recs.append({"lang": lang, "pii": pii, "scenario": name, "k": k, "text": text, "spans": spans,
                         "regions": regions})
    out = []
    for lang in ("nl", "en", "de"):
        part = [x for x in recs if x["lang"] == lang]
        random.Random(f"{SEED}:order:{lang}").shuffle(part)
        for i, x in enumerate(part, 1):
            x["id"] = f"{ID_PREFIX}-{lang}-{i:03d}"
            out.append(x)
    return out


def _norm(s):
    return re.sub(r"\s+", " ", s.strip().lower())


ORG_STRINGS = {_norm(x) for x in ORG_NAMES + ORG_HANDLES + [ORG_ADDR, ORG_BOX, ORG_DC, "Glasvezelweg 12", "Postbus 2210",
                                                           "7400 CE Deventer", "7421 BX Deventer", "Koelhuisstraat",
                                                           "Koelhuisstraat 3", "kiezelhost.example"]}


def is_org(s):
    n = _norm(s)
    if n in ORG_STRINGS:
        return True
    if re.fullmatch(r"[a-z0-9.\-]+@kiezelhost\.example", n):
        return True
    c = iban_compact(s)
    if c in (ORG_IBAN, ORG_IBAN2, ORG_CREDITOR, ORG_BTW, ORG_KVK):
        return True
    if nl_nsn(s) in (nl_nsn(ORG_PHONE), nl_nsn(ORG_MOBILE)):
        return True
    return False


def name_tokens():
    toks = set()
    for pool in NAMES.values():
        for key in ("F", "M", "L"):
            for nm in pool[key]:
                if "-" in nm:
                    toks.add(nm)
                    continue
                for t in nm.split():
                    if t.lower() not in TUSSEN and len(t) >= 3:
                        toks.add(t)
    for f, l in STAFF.values():
        toks.update([f, l])
    return sorted(toks)


NAME_TOKENS = name_tokens()
NAME_RX = re.compile(r"(?<![^\W\d_])(" + "|".join(re.escape(t) for t in sorted(NAME_TOKENS, key=len, reverse=True))
                     + r")(?![^\W\d_])", re.I)
LETTERS_RX = r"[^\W\d_]"


def scan(masked):
    """'never left unlabelled' scanners over text outside spans / NEG / ORG / NP. -> list of (kind, value)"""
    hits = []
    for mt in NAME_RX.finditer(masked):
        hits.append(("name", mt.group(0)))
    for mt in re.finditer(EMAIL_RX, masked):
        if email_valid(mt.group(0)) and not mt.group(0).lower().endswith("@" + ORG_DOMAIN):
            hits.append(("email", mt.group(0)))
    for mt in re.finditer(r"(?i)(?<![A-Z0-9])([A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,30})", masked):
        comp = re.sub(r"[ \u00a0]", "", mt.group(1)).upper()
        L = IBAN_LEN.get(comp[:2])
        if L and iban_valid(comp[:L]):
            hits.append(("iban", mt.group(1)))
    for mt in re.finditer(r"(?<![\w.\-/])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3}|"
                          r"\d{2}\.\d{2}\.\d{2}\.\d{3})(?!\d|[.\-/]\d)", masked):
        if elfproef(mt.group(1)):
            hits.append(("bsn", mt.group(1)))
    for mt in re.finditer(r"(?<![\w\-])(\d(?:[ \-]?\d){11,18})(?!\d)", masked):
        if card_brand(mt.group(1)) and luhn(mt.group(1)):
            hits.append(("card", mt.group(1)))
    for mt in re.finditer(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?!\.?\d)", masked):
        if ip_valid_public(mt.group(1)):
            hits.append(("ipv4", mt.group(1)))
    for mt in re.finditer(r"(?<![0-9A-Fa-f:])([0-9A-Fa-f:]{3,39})(?![0-9A-Fa-f:])", masked):
        cand = mt.group(1).strip(":") if not mt.group(1).endswith("::") else mt.group(1)
        if cand.count(":") >= 2 and ip_valid_public(cand):
            hits.append(("ipv6", cand))
    for mt in re.finditer(r"(?<![\w+])((?:\+|\(0|0)[\d \-./()\u00a0]{6,22}\d)", masked):
        cand = mt.group(1)
        for end in range(len(cand), 6, -1):
            if cand[end - 1].isdigit() and (end == len(cand) or not cand[end].isdigit()) and phone_valid(cand[:end]):
                hits.append(("phone", cand[:end]))
                break
    for mt in re.finditer(r"(?<![\w])([1-9]\d{3}) ?([A-Z]{2})(?![\w])", masked):
        if mt.group(2) not in ("SA", "SD", "SS"):
            hits.append(("postcode", mt.group(0)))
    for mt in re.finditer(r"(?<![\w\-])([A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,3})(?![\w\-])", masked):
        if kenteken_sidecode(mt.group(1)) is not None:
            hits.append(("kenteken", mt.group(1)))
    for mt in re.finditer(r"(?i)(kvk|kamer van koophandel|chamber of commerce|handelsregister)\D{0,30}?(\d{8})(?!\d)", masked):
        hits.append(("kvk", mt.group(2)))
    for mt in re.finditer(r"(?i)NL ?\d{4}\.?\d{2}\.?\d{3}\.? ?B ?\d{2}", masked):
        hits.append(("btw", mt.group(0)))
    for mt in re.finditer(r"DE ?(\d{9})(?!\d)", masked):
        if de_vat_valid(mt.group(1)):
            hits.append(("de_vat", mt.group(0)))
    for mt in re.finditer(BIRTH_WORDS + r"[^\n]{0,40}?(\d{1,2}[-/. ]\d{1,2}[-/. ]\d{4}|\d{4}-\d{2}-\d{2}|"
                          r"\d{1,2}\.? [A-Za-zä]+\.? \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})", masked):
        if parse_date(mt.group(2)):
            hits.append(("dob", mt.group(2)))
    for mt in re.finditer(r"(?i)(paspoort\w*|passport\w*|id-kaart|identiteitskaart|documentnummer|personalausweis\S*|"
                          r"reisepass|rijbewijs\w*|ausweis\w*|residence permit|verblijfs\w+)\W{0,20}(?:no\.?|nr\.?|number|nummer)?"
                          r"\W{0,5}((?:I|II|III|IV|V)-V[0-9A-Z]{8}|[A-Z0-9]{9,10})(?![A-Z0-9])",
                          masked):
        if id_valid(mt.group(2)):
            hits.append(("docnr", mt.group(2)))
    streets = NL_STREETS + DE_STREETS + BE_STREETS + UK_STREETS
    for mt in re.finditer(r"(?i)(?<![^\W\d_])(" + "|".join(re.escape(x) for x in streets) + r") \d{1,5}(?!\d)", masked):
        hits.append(("address", mt.group(0)))
    for mt in re.finditer(r"(?i)(?<![^\W\d_])\d{1,4}[A-Z]? (" + "|".join(re.escape(x) for x in UK_STREETS) + ")", masked):
        hits.append(("address", mt.group(0)))
    for mt in re.finditer(r"(?i)\b(postbus|p\.o\. box|postfach) \d{1,5}", masked):
        hits.append(("address", mt.group(0)))
    towns = [t[0] for t in DE_TOWNS + BE_TOWNS + NL_TOWNS]
    for mt in re.finditer(r"(?<![\w.\-/])(\d{4,5}) (" + "|".join(re.escape(x) for x in towns) + r")(?![^\W\d_])", masked):
        hits.append(("postcode", mt.group(0)))
    for mt in re.finditer(r"(?<![\w])(" + UK_POSTCODE + "|" + IE_EIRCODE + r")(?![\w])", masked):
        hits.append(("postcode", mt.group(0)))
    for mt in re.finditer(r"(?<![\w\-])([A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} [1-9]\d{0,3})(?![\w\-])", masked):
        if de_plate(mt.group(1)):
            hits.append(("de_plate", mt.group(1)))
    for mt in re.finditer(r"(?i)(kenteken|registration|kennzeichen|auto)\W{1,20}([A-Za-z0-9]{6}|[A-Za-z0-9]{1,3} [A-Za-z0-9]{2,3} [A-Za-z0-9]{1,3})(?![\w])", masked):
        if kenteken_sidecode(mt.group(2)) is not None:
            hits.append(("kenteken", mt.group(2)))
    lines = masked.split("\n")
    for i, line in enumerate(lines):
        seps = [sep for sep in ("\t", ";", ",", "|") if sep in line]
        if not seps:
            continue
        cols = [c.strip().lower() for c in line.split(seps[0])]
        birth_cols = [j for j, c in enumerate(cols) if re.fullmatch(BIRTH_WORDS, c)]
        kvk_cols = [j for j, c in enumerate(cols) if c in ("kvk", "kvk-nummer", "coc")]
        pc_cols = [j for j, c in enumerate(cols) if c in ("plz", "postcode", "zip", "postal code")]
        for row in lines[i + 1:]:
            cells = row.split(seps[0])
            for j in birth_cols:
                if j < len(cells) and parse_date(cells[j].strip("\" ")):
                    hits.append(("dob_column", cells[j]))
            for j in pc_cols:
                if j < len(cells) and (postcode_valid(cells[j].strip()) or nl_postcode(cells[j].strip())):
                    hits.append(("postcode_column", cells[j]))
            for j in kvk_cols:
                if j < len(cells) and re.fullmatch(r"\d{8}", cells[j].strip()):
                    hits.append(("kvk_column", cells[j]))
    return hits


CONTEXT = {
    "DATE_OF_BIRTH": (BIRTH_WORDS, 80),
    "KVK": (r"(?i)(kvk|kamer van koophandel|chamber of commerce|handelsregister)", 60),
    "ID_DOCUMENT": (r"(?i)(paspoort|passport|id-kaart|documentnummer|personalausweis|reisepass|rijbewijs|ausweis|"
                    r"residence permit|verblijfsdocument)", 60),
    "LICENSE_PLATE": (r"(?i)(kenteken|kennzeichen|fahrzeug|auto|car|vehicle|registration)", 60),
    "BSN": (r"(?i)(bsn|burgerservicenummer|bürgerservicenummer|citizen service number|sofinummer|btw-nummer|"
            r"omzetbelasting|vat number)", 60),
}
EDGE_BAD = set(" \t\r\n\u00a0.,;:!?()[]{}<>\"'")


def audit(recs):
    errors = []

    def err(rec, msg):
        errors.append(f"{rec['id']} ({rec['scenario']}/{rec['k']}): {msg}")

    seen = {}
    for rec in recs:
        text, spans = rec["text"], rec["spans"]
        if text in seen:
            err(rec, f"duplicate text of {seen[text]}")
        seen[text] = rec["id"]
        if set(text) & SENTINELS:
            err(rec, "markup left in text")
        if text != text.strip():
            err(rec, "leading/trailing whitespace")
        if rec["pii"] != bool(spans):
            err(rec, f"scenario pii={rec['pii']} but {len(spans)} spans")
        b = text.encode("utf-8")
        prev_end = -1
        mask = list(text)
        for cs, ce, label, value in spans:
            if cs < prev_end:
                err(rec, f"overlapping/unsorted span {value!r}")
            prev_end = ce
            if text[cs:ce] != value:
                err(rec, f"span text mismatch {value!r}")
            bs, be = len(text[:cs].encode()), len(text[:ce].encode())
            try:
                if b[bs:be].decode("utf-8") != value:
                    err(rec, f"byte slice mismatch {value!r}")
            except UnicodeDecodeError:
                err(rec, f"span not on char boundary {value!r}")
            if (value[0] in EDGE_BAD and not (label == "PHONE" and value[0] == "(")) or value[-1] in EDGE_BAD:
                err(rec, f"whitespace/punctuation at the edge of {label} {value!r}")
            if not VALIDATORS[label](value):
                err(rec, f"{label} value not valid: {value!r}")
            if is_org(value):
                err(rec, f"organisation data labelled: {value!r}")
            if label in CONTEXT:
                rx, win = CONTEXT[label]
                before = text[max(0, cs - win):cs]
                table = label in ("DATE_OF_BIRTH", "KVK") and any(
                    re.search(rx, line) and any(sep in line for sep in ("\t", ";", "|", ",")) for line in text.splitlines())
                if not re.search(rx, before) and not table:
                    err(rec, f"no {label} context before {value!r}")
            for i in range(cs, ce):
                mask[i] = "\x00"
        for kind, regs in rec["regions"].items():
            for cs, ce in regs:
                seg = text[cs:ce]
                if kind == "ORG" and not is_org(seg):
                    err(rec, f"ORG region is not organisation data: {seg!r}")
                if kind == "NEG" and not scan(seg):
                    err(rec, f"NEG region is not a hard negative any scanner would see: {seg!r}")
                for i in range(cs, ce):
                    mask[i] = "\x00"
        masked = "".join(mask)
        # every repeat of a labelled value is labelled
        for cs, ce, label, value in spans:
            if label == "PERSON":
                continue
            for mt in re.finditer(re.escape(value), masked):
                err(rec, f"{label} value {value!r} also appears unlabelled at {mt.start()}")
        for kind, val in scan(masked):
            err(rec, f"unlabelled {kind}: {val!r}")
    return errors


def stats(recs):
    lines = []
    by_lang = Counter(r["lang"] for r in recs)
    free = Counter(r["lang"] for r in recs if not r["spans"])
    nfree = sum(free.values())
    lines.append(f"messages: nl {by_lang['nl']}, en {by_lang['en']}, de {by_lang['de']} = {len(recs)}")
    lines.append(f"without personal data: {nfree} (nl {free['nl']}, en {free['en']}, de {free['de']}) = "
                 f"{100 * nfree / len(recs):.1f} %")
    lens = sorted(len(r["text"].encode()) for r in recs)
    lines.append(f"length (bytes): min {lens[0]}, median {lens[len(lens) // 2]}, max {lens[-1]}")
    lines.append(f"non-ASCII texts: {sum(1 for r in recs if any(ord(c) > 127 for c in r['text']))}; "
                 f"with 4-byte characters (emoji): {sum(1 for r in recs if any(ord(c) > 0xFFFF for c in r['text']))}; "
                 f"CRLF: {sum(1 for r in recs if chr(13) + chr(10) in r['text'])}; "
                 f"NBSP: {sum(1 for r in recs if chr(0xa0) in r['text'])}")
    cnt = defaultdict(Counter)
    for r in recs:
        for s in r["spans"]:
            cnt[s[2]][r["lang"]] += 1
    lines.append(f"{'label':<15}{'nl':>5}{'en':>5}{'de':>5}{'total':>7}")
    for lab in LABELS:
        c = cnt[lab]
        lines.append(f"{lab:<15}{c['nl']:>5}{c['en']:>5}{c['de']:>5}{sum(c.values()):>7}")
    tot = Counter()
    for lab in LABELS:
        tot.update(cnt[lab])
    lines.append(f"{'all':<15}{tot['nl']:>5}{tot['en']:>5}{tot['de']:>5}{sum(tot.values()):>7}")
    negs = Counter()
    for r in recs:
        for cs, ce in r["regions"]["NEG"]:
            for kind, _ in scan(r["text"][cs:ce]):
                negs[kind] += 1
    lines.append("deliberate hard negatives (NEG) by scanner: " + ", ".join(f"{k} {v}" for k, v in sorted(negs.items())))
    lines.append(f"organisation-data occurrences (ORG): {sum(len(r['regions']['ORG']) for r in recs)}")
    return "\n".join(lines)


def serialise(recs):
    out = []
    for r in recs:
        t = r["text"]
        spans = [{"start": len(t[:cs].encode()), "end": len(t[:ce].encode()), "label": lab} for cs, ce, lab, _ in r["spans"]]
        out.append(json.dumps({"id": r["id"], "lang": r["lang"], "text": t, "spans": spans}, ensure_ascii=False))
    return ("\n".join(out) + "\n").encode("utf-8")


def reread_check(data, recs):
    errs = []
    lines = data.decode("utf-8").splitlines()
    if len(lines) != len(recs):
        errs.append("line count")
    for line, rec in zip(lines, recs):
        obj = json.loads(line)
        b = obj["text"].encode("utf-8")
        for s, (_, _, lab, value) in zip(obj["spans"], rec["spans"]):
            if b[s["start"]:s["end"]].decode("utf-8") != value or s["label"] != lab:
                errs.append(f"{obj['id']}: re-sliced span differs: {value!r}")
    return errs


def mutation_test(recs):
    """remove each gold span in turn: does the audit notice the now unlabelled value?"""
    caught, total = Counter(), Counter()
    for rec in recs:
        for i, sp in enumerate(rec["spans"]):
            mut = dict(rec)
            mut["spans"] = rec["spans"][:i] + rec["spans"][i + 1:]
            mut["pii"] = bool(mut["spans"])
            total[sp[2]] += 1
            if audit([mut]):
                caught[sp[2]] += 1
    return ", ".join(f"{lab} {caught[lab]}/{total[lab]}" for lab in LABELS if total[lab])


def main():
    check_only = "--check" in sys.argv
    n = self_test()
    print(f"self test: {n} checks passed")
    recs = build()
    recs2 = build()
    if [(r["id"], r["text"], r["spans"]) for r in recs] != [(r["id"], r["text"], r["spans"]) for r in recs2]:
        raise SystemExit("generation is not deterministic")
    errors = audit(recs)
    if errors:
        for e in errors:
            print("AUDIT:", e, file=sys.stderr)
        raise SystemExit(f"audit failed with {len(errors)} errors; gold.jsonl not written")
    data = serialise(recs)
    rr = reread_check(data, recs)
    if rr:
        for e in rr:
            print("REREAD:", e, file=sys.stderr)
        raise SystemExit("re-read check failed; gold.jsonl not written")
    print("audit: OK")
    print(stats(recs))
    if "--mutation" in sys.argv:
        print("mutation test (removed spans the audit catches): " + mutation_test(recs))
    if not check_only:
        with open(OUT, "wb") as f:
            f.write(data)
        print(f"wrote {OUT}")
    print(f"sha256 {hashlib.sha256(data).hexdigest()}")


if __name__ == "__main__":
    main()
