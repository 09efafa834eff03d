#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator for the pii-scrubber evaluation corpus (corpus/messages.jsonl).

Requirements : Python 3.11, Faker==40.63.0  (pip install faker==40.63.0; MIT licence)
Run          : python3 corpus/generate.py            (writes corpus/messages.jsonl next to this file)
               python3 corpus/generate.py --out X    (write elsewhere, e.g. to diff two runs)
Exit status  : 0 when every gold span and every hard negative passed verification, 1 otherwise.

Everything is synthetic: Faker's word lists (first names, surnames, cities, company names) are
combined at random; every checksum-bearing value (BSN, IBAN, card, btw-id, ...) is generated
here and validated by an independent validator below before anything is written.  Telephone
numbers for the UK use Ofcom's drama ranges; the organisation's own data comes from
pii-scrubber.toml (Zonnestraal Software B.V.) and is never a gold span.
"""
import argparse
import collections
import datetime
import ipaddress
import itertools
import json
import os
import random
import re
import sys
import unicodedata

FAKER_VERSION = "40.63.0"
try:
    import faker  # noqa: F401
    from faker import Faker
except ImportError:  # pragma: no cover
    sys.exit(f"generate.py needs Faker=={FAKER_VERSION}: pip install faker=={FAKER_VERSION}")
if faker.VERSION != FAKER_VERSION:
    sys.exit(f"generate.py is pinned to Faker=={FAKER_VERSION}, found {faker.VERSION}; "
             f"pip install faker=={FAKER_VERSION}")

SEED = 20240312
NBSP = "\u00a0"
LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD",
          "IP_ADDRESS", "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]
MIN_SPANS = {lab: 15 for lab in LABELS}
for _lab in ("IBAN", "BSN", "EMAIL", "CREDIT_CARD", "IP_ADDRESS", "PHONE", "PERSON"):
    MIN_SPANS[_lab] = 60

# ----------------------------------------------------------------------------------------------
# The organisation's own data (pii-scrubber.toml) — never a gold span.
# ----------------------------------------------------------------------------------------------
ORG = {
    "name": "Zonnestraal Software B.V.",
    "domain": "zonnestraal.example",
    "phones": ["0881234567", "08000221"],           # national digit strings
    "iban": "NL91ABNA0417164300",
    "addresses": ["Lichtweg 1, 1234 AB Zonnedorp", "Postbus 99, 1230 AA Zonnedorp"],
    "kvk": "12345678",
    "btw": "NL123456782B01",
    "handle": "@ZonnestraalNL",
}

# ==============================================================================================
# Independent validators (used only for verification, never for generation)
# ==============================================================================================

def _strip(v, chars=" .-\u00a0"):
    return "".join(c for c in v if c not in chars)


def elfproef(d9):
    """BSN 11-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11), number ≠ 0."""
    if not re.fullmatch(r"\d{9}", d9) or int(d9) == 0:
        return False
    s = sum((9 - i) * int(d9[i]) for i in range(8)) - int(d9[8])
    return s % 11 == 0


BSN_SHAPES = [r"\d{9}", r"\d{8}", r"\d{4}\.\d{2}\.\d{3}", r"\d{3}[ \u00a0]\d{3}[ \u00a0]\d{3}",
              r"\d{3}-\d{3}-\d{3}", r"\d{2}\.\d{2}\.\d{2}\.\d{3}"]


def valid_bsn(v):
    m = re.fullmatch(r"(?i)NL(\d{9})B(\d{2})", v)       # omzetbelastingnummer = BSN + B01
    if m:
        return elfproef(m.group(1)) and m.group(2) != "00"
    if not any(re.fullmatch(s, v) for s in BSN_SHAPES):
        return False
    d = _strip(v)
    return elfproef(d.zfill(9))


def mod97_int(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


IBAN_SPEC = {"NL": (18, r"[A-Z]{4}\d{10}"), "BE": (16, r"\d{12}"), "DE": (22, r"\d{18}"),
             "GB": (22, r"[A-Z]{4}\d{14}"), "FR": (27, r"\d{10}[A-Z0-9]{11}\d{2}")}


def valid_iban(v):
    if not re.fullmatch(r"[A-Za-z]{2}\d{2}([ \u00a0-]?[A-Za-z0-9]{1,4})+", v):
        return False
    c = _strip(v, " -\u00a0").upper()
    spec = IBAN_SPEC.get(c[:2])
    if not spec or len(c) != spec[0] or not re.fullmatch(spec[1], c[4:]):
        return False
    if mod97_int(c[4:] + c[:4]) != 1:
        return False
    if c[:2] == "BE":                                   # national check digits
        r = int(c[4:14]) % 97 or 97
        if int(c[14:16]) != r:
            return False
    return True


def valid_btw(v):
    """btw-identificatienummer (since 2020): NL + 9 digits + B + 2 digits, MOD 97-10 in place.
    For an unambiguous label we also require that the 9 digits do NOT pass the BSN 11-test."""
    c = _strip(v, " .\u00a0").upper()
    m = re.fullmatch(r"NL(\d{9})B(\d{2})", c)
    if not m or m.group(2) == "00":
        return False
    return mod97_int(c) == 1 and not elfproef(m.group(1))


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def card_brand(d):
    """Issuer by IIN and length (None if no known scheme matches)."""
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720) and n == 16:
        return "mastercard"
    if d[:2] in ("34", "37") and n == 15:
        return "amex"
    if (d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649) and 16 <= n <= 19:
        return "discover"
    if 3528 <= int(d[:4]) <= 3589 and 16 <= n <= 19:
        return "jcb"
    if d[:4] in ("5018", "5020", "5038", "6304", "6759", "6761", "6762", "6763") and 12 <= n <= 19:
        return "maestro"
    return None


def valid_card(v):
    if not re.fullmatch(r"\d[\d \u00a0-]{10,24}\d", v):
        return False
    d = _strip(v, " -\u00a0")
    return card_brand(d) is not None and luhn_ok(d)


NL_FIXED = re.compile(
    r"(?:1(?:[035]\d|1[13-578]|6[124-8]|7[24]|8[0-467])|2(?:[0346]\d|2[2-46-9]|5[125]|9[479])|"
    r"3(?:[03568]\d|1[3-8]|2[01]|4[1-8])|4(?:[0356]\d|1[1-368]|7[58]|8[15-8]|9[23579])|"
    r"5(?:[0358]\d|[19][1-9]|2[1-57-9]|4[13-8]|6[126]|7[0-3578])|7\d\d)\d{6}")
NL_MOBILE = re.compile(r"6[1-58]\d{7}")
NL_VOIP = re.compile(r"(?:85|91)\d{7}")
BE_MOBILE = re.compile(r"4[5-9]\d{7}")
BE_FIXED = re.compile(r"(?:[23][2-8]|9[2-4])\d{6}|(?:1[0-69]|[5-8]\d)\d{6}")
DE_AREAS_2 = ("30", "40", "69", "89")
DE_AREAS_3 = ("201", "211", "221", "231", "341", "351", "421", "511", "711", "911")
DE_MOBILE = re.compile(r"15[1257]\d{8}|1(?:6[023]|7\d)\d{7,8}")
UK_DRAMA = re.compile(r"7700900\d{3}|207946[0]\d{3}|1(?:1[3-8]|[2-5]1|61)4960\d{3}")


def phone_parts(v):
    """(country, national significant number) of a written phone number, or None."""
    s = v.replace(NBSP, " ")
    s = re.sub(r"\(\s*0\s*\)", "", s)                    # +31 (0)6 …
    if not re.fullmatch(r"[+(\d][\d \-./()]*\d", s):
        return None
    d = re.sub(r"[ \-./()]", "", s)
    if d.startswith("+"):
        d = d[1:]
    elif d.startswith("00"):
        d = d[2:]
    elif d.startswith("0"):
        return ("national", d[1:])
    else:
        return None
    for cc in ("31", "32", "49", "44"):
        if d.startswith(cc):
            nsn = d[len(cc):]
            if nsn.startswith("0"):                      # redundant trunk "+31 0 6 …"
                nsn = nsn[1:]
            return (cc, nsn)
    return None


def valid_phone(v, country):
    """Numbering-plan check (see reference §3). country: NL, BE, DE, GB."""
    p = phone_parts(v)
    if not p:
        return False
    cc = {"NL": "31", "BE": "32", "DE": "49", "GB": "44"}[country]
    if p[0] not in ("national", cc):
        return False
    nsn = p[1]
    if country == "NL":
        return bool(NL_MOBILE.fullmatch(nsn) or NL_FIXED.fullmatch(nsn) or NL_VOIP.fullmatch(nsn))
    if country == "BE":
        return bool(BE_MOBILE.fullmatch(nsn) or BE_FIXED.fullmatch(nsn))
    if country == "DE":
        if DE_MOBILE.fullmatch(nsn):
            return True
        if nsn[:2] in DE_AREAS_2 and re.fullmatch(r"[2-9]\d{6,7}", nsn[2:]):
            return True
        return nsn[:3] in DE_AREAS_3 and bool(re.fullmatch(r"[2-9]\d{5,7}", nsn[3:]))
    if country == "GB":
        return bool(UK_DRAMA.fullmatch(nsn))
    return False


def is_org_phone(v):
    p = phone_parts(v)
    return bool(p) and p[0] in ("national", "31") and ("0" + p[1]) in ORG["phones"]


NL_PC_BANNED = ("SA", "SD", "SS")


def valid_postcode(v, country):
    if country == "NL":
        m = re.fullmatch(r"([1-9]\d{3})[ \u00a0]?([A-Za-z]{2})", v)
        return bool(m) and m.group(2).upper() not in NL_PC_BANNED and (
            m.group(2).isupper() or m.group(2).islower())
    if country == "BE":
        return bool(re.fullmatch(r"[1-9]\d{3}", v))
    if country == "DE":
        return bool(re.fullmatch(r"\d{5}", v)) and 1001 <= int(v) <= 99998
    if country == "GB":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}", v))
    return False


KENTEKEN_SIDECODES = {
    1: r"[A-Z]{2}-\d{2}-\d{2}", 2: r"\d{2}-\d{2}-[A-Z]{2}", 3: r"\d{2}-[A-Z]{2}-\d{2}",
    4: r"[A-Z]{2}-\d{2}-[A-Z]{2}", 5: r"[A-Z]{2}-[A-Z]{2}-\d{2}", 6: r"\d{2}-[A-Z]{2}-[A-Z]{2}",
    7: r"\d{2}-[A-Z]{3}-\d", 8: r"\d-[A-Z]{3}-\d{2}", 9: r"[A-Z]{2}-\d{3}-[A-Z]",
    10: r"[A-Z]-\d{3}-[A-Z]{2}", 11: r"[A-Z]{3}-\d{2}-[A-Z]", 12: r"[A-Z]-\d{2}-[A-Z]{3}",
    13: r"\d-[A-Z]{2}-\d{3}", 14: r"\d{3}-[A-Z]{2}-\d",
}
KENTEKEN_LETTERS = set("BDFGHJKLNPRSTVXZ")
KENTEKEN_BANNED = ("SD", "SS", "SA", "WA", "SP", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV",
                   "SGP", "TBS", "KVT", "VVD")


def kenteken_sidecode(v):
    for sc, pat in KENTEKEN_SIDECODES.items():
        if re.fullmatch(pat, v):
            return sc
    return None


def valid_kenteken(v):
    sc = kenteken_sidecode(v)
    if sc is None:
        return False
    letters = "".join(c for c in v if c.isalpha())
    if sc >= 4 and not set(letters) <= KENTEKEN_LETTERS:
        return False
    groups = [g for g in v.split("-") if g.isalpha()]
    return not any(b in g for g in groups for b in KENTEKEN_BANNED)


DE_DISTRICTS = ("B", "M", "HH", "K", "F", "S", "D", "HB", "L", "DD", "N", "H", "KA", "MZ", "WI",
                "BN", "AC", "E", "DO", "DU", "MS", "OS", "KI", "HD", "FR", "A", "R", "WÜ")


def valid_kennzeichen(v):
    m = re.fullmatch(r"([A-ZÄÖÜ]{1,3})[- ]([A-Z]{1,2}) ([1-9]\d{0,3})", v)
    return bool(m) and m.group(1) in DE_DISTRICTS and len(m.group(1) + m.group(2) + m.group(3)) <= 8


def valid_docnr(v, kind):
    if kind in ("nl_passport", "nl_idcard"):
        first = "N" if kind == "nl_passport" else "I"
        return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", v)) and v[0] == first
    if kind == "nl_rijbewijs":
        return bool(re.fullmatch(r"[1-9]\d{9}", v))
    if kind == "de_ausweis":
        return bool(re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}", v))
    if kind == "uk_passport":
        return bool(re.fullmatch(r"[1-9]\d{8}", v))
    return False


EMAIL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
                      r"[A-Za-z0-9])?\.)+[A-Za-z]{2,24}")
EMAIL_TLDS = {"com", "net", "org", "nl", "be", "de", "uk", "eu", "frl", "info", "amsterdam",
              "example"}


def valid_email(v):
    return bool(EMAIL_RE.fullmatch(v)) and v.rsplit(".", 1)[1].lower() in EMAIL_TLDS - {"example"}


def valid_ip(v):
    try:
        ip = ipaddress.ip_address(v)
    except ValueError:
        return False
    return ip.is_global


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
}
NL_WD = ["ma", "di", "wo", "do", "vr", "za", "zo"]
NL_WD_LONG = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
EN_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DE_WD = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
MONTH_ABBR = {"nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
              "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
              "de": ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]}


def parse_date(v):
    """A written calendar date → datetime.date, or None. Accepts the nl/en/de forms we write."""
    names = {}
    for lang in MONTHS:
        for i, n in enumerate(MONTHS[lang]):
            names[n.lower()] = i + 1
        for i, n in enumerate(MONTH_ABBR[lang]):
            names[n.lower()] = i + 1
    try:
        m = re.fullmatch(r"(\d{1,2})([-/. ])(\d{1,2})\2(\d{4}|'\d{2})", v)
        if m:
            y = m.group(4)
            y = int(y) if len(y) == 4 else (2000 + int(y[1:]) if int(y[1:]) <= 30 else 1900 + int(y[1:]))
            return datetime.date(y, int(m.group(3)), int(m.group(1)))
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
        if m:
            return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\.? (?:of )?([A-Za-zä]+)\.? (\d{4})", v)
        if m and m.group(2).lower() in names:
            return datetime.date(int(m.group(3)), names[m.group(2).lower()], int(m.group(1)))
        m = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", v)
        if m and m.group(1).lower() in names:
            return datetime.date(int(m.group(3)), names[m.group(1).lower()], int(m.group(2)))
    except ValueError:
        return None
    return None


def valid_dob(v):
    d = parse_date(v)
    return d is not None and 1920 <= d.year <= 2008


TUSSENVOEGSELS = {"van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "in", "op", "la",
                  "le", "von", "zu", "vom", "del", "da", "di", "du", "el", "al", "bin", "o'", "mac"}


def valid_person(v):
    if not re.fullmatch(r"[\w'.\- ]+", v) or any(ch.isdigit() for ch in v) or "@" in v:
        return False
    toks = v.split(" ")
    if not toks[0][:1].isupper():
        return False
    for t in toks:
        if re.fullmatch(r"(?:[A-Z][a-z]?\.)+", t):          # initials J. / J.P. / Th.
            continue
        if t.lower() in TUSSENVOEGSELS:
            continue
        if not (t[0].isupper() and re.fullmatch(r"[^\W\d_][\w']*(?:-[^\W\d_][\w']*)*", t)):
            return False
    return True


def valid_address(v, kind):
    pats = {
        "nl": r"[A-Z'][\w'. \-]*[a-zé.] [1-9]\d{0,4}(?:[a-z]|[A-Z]|-[A-Za-z0-9]{1,4}| (?:hs|bg|II|III|bis|zw|rd))?",
        "be": r"[A-Z][\w'. \-]*[a-z] [1-9]\d{0,3}(?: bus \d{1,3}|/\d{1,2}|[a-z])?",
        "de": r"[A-ZÄÖÜ][\wäöüß'. \-]*[a-zß.] [1-9]\d{0,3}[a-z]?",
        "gb": r"(?:Flat \d{1,3}, )?[1-9]\d{0,3}[A-Za-z]? [A-Z][a-z]+(?: [A-Z][a-z]+)*",
        "postbus": r"(?:Postbus|Postfach|PO Box|P\.O\. Box) [1-9]\d{1,4}",
    }
    return bool(re.fullmatch(pats[kind], v))


def valid_kvk(v):
    return bool(re.fullmatch(r"\d{8}", v)) and v != ORG["kvk"]


def verify_gold(label, kind, value):
    """Independent check of one gold value. Returns an error string or None."""
    if value != value.strip() or not value:
        return "whitespace at span edge"
    if "\n" in value or "\r" in value:
        return "newline inside span"
    ok = {
        "PERSON": lambda: valid_person(value),
        "EMAIL": lambda: valid_email(value) and not value.lower().endswith(ORG["domain"]),
        "PHONE": lambda: valid_phone(value, kind) and not is_org_phone(value),
        "IBAN": lambda: valid_iban(value) and _strip(value, " -\u00a0").upper() != ORG["iban"],
        "BSN": lambda: valid_bsn(value) and _strip(value, " .\u00a0").upper() != ORG["btw"],
        "ADDRESS": lambda: valid_address(value, kind),
        "POSTCODE": lambda: valid_postcode(value, kind) and value.replace(" ", "") not in ("1234AB", "1230AA"),
        "CREDIT_CARD": lambda: valid_card(value),
        "IP_ADDRESS": lambda: valid_ip(value),
        "DATE_OF_BIRTH": lambda: valid_dob(value),
        "ID_DOCUMENT": lambda: valid_docnr(value, kind),
        "LICENSE_PLATE": lambda: valid_kenteken(value) if kind == "nl" else valid_kennzeichen(value),
        "BTW_ID": lambda: valid_btw(value) and _strip(value, " .").upper() != ORG["btw"],
        "KVK": lambda: valid_kvk(value),
    }[label]()
    return None if ok else f"{label}/{kind} value {value!r} fails its validator"


# ==============================================================================================
# Value generators (checksums computed here; verified independently above)
# ==============================================================================================
DIG = "0123456789"


def rdig(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice(DIG) for _ in range(n - 1))


def gen_bsn_digits(rng, leading_zero=False):
    while True:
        d = ("0" if leading_zero else rng.choice("1234567")) + rdig(rng, 8)
        if elfproef(d):
            return d


def gen_9digit_failing(rng, first="123456789"):
    while True:
        d = rdig(rng, 9, first)
        if not elfproef(d):
            return d


def gen_9digit_passing(rng, first="123456789"):
    while True:
        d = rdig(rng, 9, first)
        if elfproef(d):
            return d


def fmt_bsn(rng, d, style=None):
    style = style or rng.choice(["plain"] * 5 + ["dot423"] * 2 + ["sp333"] * 2 + ["dash333", "dot2223", "nbsp333"])
    if style == "plain":
        return d
    if style == "eight":
        assert d[0] == "0"
        return d[1:]
    if style == "dot423":
        return f"{d[:4]}.{d[4:6]}.{d[6:]}"
    if style == "sp333":
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if style == "nbsp333":
        return f"{d[:3]}{NBSP}{d[3:6]}{NBSP}{d[6:]}"
    if style == "dash333":
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"
    if style == "dot2223":
        return f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}"
    raise ValueError(style)


def iban_check_digits(cc, bban):
    return f"{98 - mod97_int(bban + cc + '00'):02d}"


NL_BANKS = ["ABNA", "INGB", "INGB", "RABO", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB",
            "NNBA", "FVLB", "ABNA", "INGB", "RABO", "REVO"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]


def gen_iban(rng, cc):
    if cc == "NL":
        bank = rng.choice(NL_BANKS)
        acct = ("000" + rdig(rng, 7, "123456789")) if bank == "INGB" and rng.random() < 0.5 else rdig(rng, 10)
        bban = bank + acct
    elif cc == "BE":
        ten = rdig(rng, 3, "0123456789") + rdig(rng, 7)
        bban = ten + f"{int(ten) % 97 or 97:02d}"
    elif cc == "DE":
        bban = rdig(rng, 8, "12345678") + rdig(rng, 10)
    elif cc == "GB":
        bban = rng.choice(GB_BANKS) + rdig(rng, 6, "1234567890") + rdig(rng, 8)
    elif cc == "FR":
        bank, guichet, acct = rdig(rng, 5, "1234"), rdig(rng, 5), rdig(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97
        bban = bank + guichet + acct + f"{key:02d}"
    else:
        raise ValueError(cc)
    return cc + iban_check_digits(cc, bban) + bban


def fmt_iban(rng, c, style=None):
    style = style or rng.choice(["compact"] * 4 + ["groups"] * 5 + ["lower", "nbsp", "dash"])
    groups = [c[i:i + 4] for i in range(0, len(c), 4)]
    return {"compact": c, "groups": " ".join(groups), "lower": c.lower(), "nbsp": NBSP.join(groups),
            "dash": "-".join(groups), "lowergroups": " ".join(groups).lower()}[style]


def gen_card(rng, brand=None):
    brand = brand or rng.choice(["visa"] * 5 + ["mastercard"] * 4 + ["amex"] * 2 + ["maestro", "discover", "jcb"])
    if brand == "visa":
        pre, n = "4" + rdig(rng, 5), 16
    elif brand == "mastercard":
        pre, n = (str(rng.randint(51, 55)) + rdig(rng, 4)) if rng.random() < 0.7 else (str(rng.randint(2221, 2720)) + rdig(rng, 2)), 16
    elif brand == "amex":
        pre, n = rng.choice(["34", "37"]) + rdig(rng, 4), 15
    elif brand == "maestro":
        pre, n = rng.choice(["6759", "5018", "6304"]) + rdig(rng, 2), 16
    elif brand == "discover":
        pre, n = "6011" + rdig(rng, 2), 16
    else:
        pre, n = str(rng.randint(3528, 3589)) + rdig(rng, 2), 16
    body = pre + rdig(rng, n - len(pre) - 1)
    for c in DIG:
        if luhn_ok(body + c):
            return brand, body + c
    raise AssertionError


def fmt_card(rng, d, style=None):
    style = style or rng.choice(["groups"] * 5 + ["compact"] * 2 + ["dash", "nbsp"])
    if len(d) == 15:
        parts = [d[:4], d[4:10], d[10:]]
    else:
        parts = [d[i:i + 4] for i in range(0, len(d), 4)]
    return {"groups": " ".join(parts), "compact": d, "dash": "-".join(parts), "nbsp": NBSP.join(parts)}[style]


NL_AREA2 = ["10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38", "40", "43", "45",
            "46", "50", "53", "55", "58", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79"]
NL_AREA3 = ["111", "113", "114", "118", "161", "162", "164", "172", "174", "180", "182", "222", "223",
            "224", "228", "229", "251", "252", "255", "294", "297", "299", "313", "314", "315", "317",
            "318", "320", "321", "341", "342", "343", "345", "346", "348", "411", "412", "413", "416",
            "418", "475", "478", "481", "485", "486", "492", "493", "495", "499", "511", "512", "513",
            "514", "515", "516", "517", "518", "519", "521", "522", "523", "524", "525", "527", "528",
            "529", "541", "543", "544", "545", "546", "547", "548", "561", "562", "566", "570", "571",
            "572", "573", "575", "577", "578", "591", "592", "593", "594", "595", "596", "597", "598", "599"]


def gen_phone(rng, country, kind=None):
    """→ (country, kind, nsn) with a valid national significant number."""
    if country == "NL":
        kind = kind or rng.choice(["mobile"] * 6 + ["fixed2"] * 2 + ["fixed3"])
        if kind == "mobile":
            nsn = "6" + rng.choice("12345123458") + rdig(rng, 7)
        elif kind == "fixed2":
            nsn = rng.choice(NL_AREA2) + rdig(rng, 7, "23456789")
        elif kind == "voip":
            nsn = "85" + rdig(rng, 7, "123456789")
        else:
            nsn = rng.choice(NL_AREA3) + rdig(rng, 6, "23456789")
    elif country == "BE":
        kind = kind or rng.choice(["mobile"] * 4 + ["fixed1", "fixed2"])
        if kind == "mobile":
            nsn = "4" + rng.choice("56789") + rdig(rng, 7)
        elif kind == "fixed1":
            z = rng.choice("239")
            nsn = z + (rng.choice("2345678") if z != "9" else rng.choice("234")) + rdig(rng, 6)
        else:
            nsn = rng.choice(["50", "51", "53", "56", "57", "58", "59"]) + rdig(rng, 6, "23456789")
    elif country == "DE":
        kind = kind or rng.choice(["mobile"] * 3 + ["fixed2", "fixed3"])
        if kind == "mobile":
            if rng.random() < 0.5:
                nsn = "15" + rng.choice("1257") + rdig(rng, 8)
            else:
                nsn = "17" + rng.choice(DIG) + rdig(rng, rng.choice([7, 8]))
        elif kind == "fixed2":
            nsn = rng.choice(DE_AREAS_2) + rdig(rng, 8, "23456789")
        else:
            nsn = rng.choice(DE_AREAS_3) + rdig(rng, 7, "23456789")
    elif country == "GB":
        kind = kind or rng.choice(["mobile"] * 2 + ["london", "regional", "regional"])
        if kind == "mobile":
            nsn = "7700900" + rdig(rng, 3)
        elif kind == "london":
            nsn = "2079460" + rdig(rng, 3)
        else:
            nsn = rng.choice(["113", "114", "115", "116", "117", "118", "121", "131", "141", "151", "161"]) + "4960" + rdig(rng, 3)
    else:
        raise ValueError(country)
    return kind, nsn


def fmt_phone(rng, country, kind, nsn, style=None):
    n = nsn
    sp = NBSP if rng.random() < 0.07 else " "
    if country == "NL":
        if kind == "mobile":
            s = n[1:]
            opts = [f"06{s}", f"06-{s}", f"06 {s}", f"06{sp}{s[:4]}{sp}{s[4:]}", f"06-{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
                    f"06 - {s[:3]} {s[3:6]} {s[6:]}", f"(06) {s}", f"+31 6 {s}", f"+316-{s}", f"+31 (0)6 {s[:4]} {s[4:]}",
                    f"+31 (0) 6-{s[:3]} {s[3:6]} {s[6:]}", f"0031 6 {s[:4]} {s[4:]}", f"0031{n}", f"+31{n}",
                    f"+31{sp}6{sp}{s[:4]}{sp}{s[4:]}", f"06 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", f"06-{s}", f"06 {s[:4]} {s[4:]}"]
        elif kind in ("fixed2", "voip"):
            a, s = n[:2], n[2:]
            opts = [f"0{a}-{s}", f"0{a} {s[:3]} {s[3:]}", f"(0{a}) {s[:3]} {s[3:5]} {s[5:]}", f"+31(0){a}-{s}",
                    f"0031-(0){a}-{s}", f"+31-{a}-{s}", f"+31.{a}.{s[:3]}.{s[3:5]}.{s[5:]}", f"0{a}/{s}",
                    f"+31 {a} {s[:3]} {s[3:]}", f"0{a} - {s[:3]} {s[3:5]} {s[5:]}", f"0{a}{sp}{s[:3]}{sp}{s[3:]}", f"0{a}{s}"]
        else:
            a, s = n[:3], n[3:]
            opts = [f"0{a}-{s}", f"0{a} {s[:3]} {s[3:]}", f"(0{a}) {s[:2]} {s[2:4]} {s[4:]}", f"+31 {a} {s[:3]} {s[3:]}",
                    f"0{a}-{s[:2]} {s[2:4]} {s[4:]}", f"+31 (0){a} {s}"]
    elif country == "BE":
        if kind == "mobile":
            a, s = n[:3], n[3:]
            opts = [f"0{a} {s[:2]} {s[2:4]} {s[4:]}", f"+32 {a} {s[:2]} {s[2:4]} {s[4:]}", f"0032 {a}{s}",
                    f"0{a}/{s[:2]}.{s[2:4]}.{s[4:]}", f"0{a}{s}", f"+32{sp}{a}{sp}{s[:2]}{sp}{s[2:4]}{sp}{s[4:]}"]
        elif kind == "fixed1":
            a, s = n[:1], n[1:]
            opts = [f"0{a} {s[:3]} {s[3:5]} {s[5:]}", f"+32 {a} {s[:3]} {s[3:5]} {s[5:]}", f"0{a}/{s[:3]}.{s[3:5]}.{s[5:]}"]
        else:
            a, s = n[:2], n[2:]
            opts = [f"0{a} {s[:2]} {s[2:4]} {s[4:]}", f"+32 {a} {s[:2]} {s[2:4]} {s[4:]}", f"0{a}/{s[:2]} {s[2:4]} {s[4:]}"]
    elif country == "DE":
        if kind == "mobile":
            a, s = n[:3], n[3:]
            opts = [f"0{a} {s}", f"0{a}-{s}", f"+49 {a} {s}", f"0049 {a} {s}", f"+49 (0){a} {s}", f"0{a}{sp}{s}",
                    f"0{a}/{s}", f"+49{a}{s}"]
        else:
            k = 2 if kind == "fixed2" else 3
            a, s = n[:k], n[k:]
            opts = [f"0{a} {s}", f"0{a}/{s}", f"+49 {a} {s}", f"+49 (0){a} {s}", f"0{a}-{s}", f"(0{a}) {s}",
                    f"0049 {a} {s}", f"0{a}{sp}{s}"]
    else:  # GB
        if kind == "mobile":
            a, s = n[:4], n[4:]
            opts = [f"0{a} {s}", f"+44 {a} {s}", f"+44 (0){a} {s}", f"0{a}{s}", f"+44{sp}{a}{sp}{s}"]
        elif kind == "london":
            a, s = n[:2], n[2:]
            opts = [f"0{a} {s[:4]} {s[4:]}", f"+44 {a} {s[:4]} {s[4:]}", f"(0{a}) {s[:4]} {s[4:]}", f"+44 (0){a} {s[:4]} {s[4:]}"]
        else:
            a, s = n[:3], n[3:]
            opts = [f"0{a} {s[:3]} {s[3:]}", f"+44 {a} {s[:3]} {s[3:]}", f"(0{a}) {s[:3]} {s[3:]}"]
    return opts[style] if style is not None else rng.choice(opts)


def gen_postcode_nl(rng, lo=1000, hi=9999):
    num = rng.randint(lo, hi)
    while True:
        letters = rng.choice("ABCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
        if letters not in NL_PC_BANNED:
            return f"{num}", letters


def fmt_postcode_nl(rng, num, letters):
    r = rng.random()
    if r < 0.70:
        return f"{num} {letters}"
    if r < 0.93:
        return f"{num}{letters}"
    if r < 0.97:
        return f"{num} {letters.lower()}"
    return f"{num}{NBSP}{letters}"


def gen_kenteken(rng, sidecode=None):
    sc = sidecode or rng.randint(1, 14)
    pat = KENTEKEN_SIDECODES[sc]
    while True:
        # build from the pattern (simple tokeniser)
        s = ""
        i = 0
        while i < len(pat):
            if pat.startswith("[A-Z]", i):
                i += 5
                cnt = 1
                if i < len(pat) and pat[i] == "{":
                    cnt = int(pat[i + 1]); i += 3
                s += "".join(rng.choice(sorted(KENTEKEN_LETTERS)) for _ in range(cnt))
            elif pat.startswith(r"\d", i):
                i += 2
                cnt = 1
                if i < len(pat) and pat[i] == "{":
                    cnt = int(pat[i + 1]); i += 3
                s += "".join(rng.choice(DIG) for _ in range(cnt))
            else:
                s += pat[i]; i += 1
        if valid_kenteken(s):
            return s


def gen_kennzeichen(rng):
    while True:
        d = rng.choice(DE_DISTRICTS)
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2, 2])))
        num = str(rng.randint(1, 9999 if len(d) + len(letters) <= 4 else 999))
        s = f"{d}-{letters} {num}"
        if valid_kennzeichen(s):
            return s


def gen_docnr(rng, kind):
    L = "ABCDEFGHIJKLMNPQRSTUVWXYZ"          # no O
    if kind in ("nl_passport", "nl_idcard"):
        mid = "".join(rng.choice("123456789") if rng.random() < 0.75 else rng.choice(L) for _ in range(6))
        return ("N" if kind == "nl_passport" else "I") + rng.choice(L) + mid + rng.choice("123456789")
    if kind == "nl_rijbewijs":
        return rdig(rng, 10, "45")
    if kind == "de_ausweis":
        A = "CFGHJKLMNPRTVWXYZ"
        return rng.choice("LMNT") + "".join(rng.choice(A + "0123456789") for _ in range(8))
    if kind == "uk_passport":
        return rdig(rng, 9, "12345")
    raise ValueError(kind)


def gen_btw(rng):
    """A btw-id valid by MOD 97-10 whose 9 digits fail the BSN 11-test."""
    while True:
        d = gen_9digit_failing(rng, "0123456789")
        p = int("2321" + d + "11")              # "NL" → 23 21, "B" → 11
        xx = (1 - p * 100) % 97
        if xx == 0:
            xx = 97
        s = f"NL{d}B{xx:02d}"
        if valid_btw(s):
            return s


def gen_kvk(rng):
    while True:
        k = rdig(rng, 8, "0123456789")
        if k != ORG["kvk"]:
            return k


def gen_public_ipv4(rng):
    while True:
        a = rng.choice([31, 37, 46, 62, 77, 78, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 94, 95,
                        145, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 2, 5, 24, 51, 86, 109])
        ip = f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if valid_ip(ip):
            return ip


def gen_public_ipv6(rng):
    while True:
        prefix = rng.choice(["2a02:a44", "2001:1c0", "2a02:58", "2a01:4f8", "2a00:1450", "2001:984",
                             "2a10:3781", "2a02:8109", "2a02:c7f", "2003:e5"])
        groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(rng.choice([2, 3, 4]))]
        if rng.random() < 0.5:
            ip = prefix + ":" + ":".join(groups[:2]) + "::" + ":".join(groups[2:] or ["1"])
        else:
            rest = [f"{rng.randint(0, 0xffff):x}" for _ in range(8 - len(prefix.split(":")))]
            ip = prefix + ":" + ":".join(rest)
        try:
            ipaddress.ip_address(ip)
        except ValueError:
            continue
        if valid_ip(ip):
            return ip


def gen_dob_date(rng, lo=1942, hi=2004):
    while True:
        y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 31)
        try:
            return datetime.date(y, m, d)
        except ValueError:
            continue


def fmt_date(rng, dt, lang, style=None):
    """A calendar date written the way people in `lang` write it (used for DOB and other dates)."""
    d, m, y = dt.day, dt.month, dt.year
    opts = {
        "nl": [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}",
               f"{d} {MONTHS['nl'][m - 1]} {y}", f"{d} {MONTHS['nl'][m - 1]} {y}", f"{d} {MONTH_ABBR['nl'][m - 1]}. {y}",
               f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{m:02d}-'{y % 100:02d}", f"{d}-{m}-{y}"],
        "en": [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m - 1]} {y}", f"{MONTHS['en'][m - 1]} {d}, {y}",
               f"{d}{'th' if 11 <= d <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')} {MONTHS['en'][m - 1]} {y}",
               f"{y}-{m:02d}-{d:02d}", f"{d} {MONTH_ABBR['en'][m - 1]} {y}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y}"],
        "de": [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {MONTHS['de'][m - 1]} {y}", f"{d:02d}.{m:02d}.{y}",
               f"{y}-{m:02d}-{d:02d}", f"{d}. {MONTHS['de'][m - 1]} {y}"],
    }[lang]
    s = opts[style] if style is not None else rng.choice(opts)
    if "'" in s and y < 1930:
        s = f"{d:02d}-{m:02d}-{y}"
    return s


def slug(s, german=False):
    if german:
        s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    s = unicodedata.normalize("NFKD", s.replace("ß", "ss")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", s.lower())


# ==============================================================================================
# Names, places, companies (Faker word lists + small hand-made lists of common forms)
# ==============================================================================================
import faker.providers.person.nl_NL as _fk_nl
import faker.providers.person.nl_BE as _fk_be
import faker.providers.person.de_DE as _fk_de
import faker.providers.person.en_GB as _fk_gb
import faker.providers.person.en_US as _fk_us
import faker.providers.address.nl_NL as _fka_nl
import faker.providers.address.nl_BE as _fka_be
import faker.providers.address.de_DE as _fka_de


def _names(mod, attr):
    v = getattr(mod.Provider, attr)
    return sorted({x for x in (v.keys() if isinstance(v, dict) else v)
                   if re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?", x)})


FIRST = {
    "NL": {"m": _names(_fk_nl, "first_names_male"), "f": _names(_fk_nl, "first_names_female")},
    "BE": {"m": _names(_fk_be, "first_names_male"), "f": _names(_fk_be, "first_names_female")},
    "DE": {"m": _names(_fk_de, "first_names_male"), "f": _names(_fk_de, "first_names_female")},
    "GB": {"m": _names(_fk_gb, "first_names_male") + _names(_fk_us, "first_names_male")[:150],
           "f": _names(_fk_gb, "first_names_female") + _names(_fk_us, "first_names_female")[:150]},
}

# Common Dutch surnames with their tussenvoegsel (tv, base); combined at random with Faker first names.
NL_SURNAMES = [
    ("de", "Jong"), ("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"), ("", "Bakker"),
    ("", "Janssen"), ("", "Visser"), ("", "Smit"), ("", "Meijer"), ("de", "Boer"), ("", "Mulder"),
    ("de", "Groot"), ("", "Bos"), ("", "Vos"), ("", "Peters"), ("", "Hendriks"), ("van", "Leeuwen"),
    ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"), ("", "Dijkstra"), ("", "Smits"), ("de", "Graaf"),
    ("van der", "Meer"), ("van der", "Linden"), ("", "Kok"), ("", "Jacobs"), ("de", "Haan"),
    ("", "Vermeulen"), ("van den", "Heuvel"), ("van der", "Veen"), ("van den", "Broek"), ("de", "Bruijn"),
    ("van der", "Heijden"), ("", "Schouten"), ("van", "Beek"), ("", "Willems"), ("van", "Vliet"),
    ("van de", "Ven"), ("", "Hoekstra"), ("", "Maas"), ("", "Verhoeven"), ("", "Koster"), ("van", "Dam"),
    ("van der", "Wal"), ("", "Prins"), ("", "Blom"), ("", "Huisman"), ("de", "Leeuw"), ("", "Kuipers"),
    ("", "Veenstra"), ("", "Kramer"), ("van den", "Bosch"), ("", "Post"), ("", "Kuiper"), ("", "Bosman"),
    ("van", "Wijk"), ("", "Timmermans"), ("", "Groen"), ("", "Koning"), ("", "Martens"), ("van der", "Laan"),
    ("", "Wouters"), ("", "Vink"), ("", "Scholten"), ("", "Hermans"), ("van der", "Velden"), ("", "Sanders"),
    ("", "Evers"), ("", "Jonker"), ("", "Verbeek"), ("", "Postma"), ("de", "Ruiter"), ("", "Hofman"),
    ("van", "Doorn"), ("", "Vonk"), ("", "Molenaar"), ("", "Dijkman"), ("ter", "Horst"), ("ten", "Cate"),
    ("van 't", "Hof"), ("in 't", "Veld"), ("", "Yilmaz"), ("", "El Amrani"), ("", "Kaya"), ("", "Nguyen"),
    ("", "Öztürk"), ("", "Pereira"), ("", "Şahin"), ("", "Bouzid"), ("", "Ramdin"), ("", "Tahiri"),
    ("", "Wijnands"), ("", "Zwart"), ("van", "Rijn"), ("", "Stam"), ("van", "Loon"), ("", "Claassen"),
    ("van", "Os"), ("", "Gerritsen"), ("", "Bakkers"), ("van", "Gils"), ("", "Hoogland"), ("", "Lammers"),
]
_faker_nl_last = [x for x in _fk_nl.Provider.last_names
                  if re.fullmatch(r"(?:(?:van|de|van der|van den|van de|ter|ten) )?[A-Z][a-z]{3,10}", x)
                  and not re.search(r"(sz|dr|ae|uy|ij[cs]|yck)$", x)]
for _x in _faker_nl_last[::3]:
    _tv, _, _base = _x.rpartition(" ")
    NL_SURNAMES.append((_tv, _base))

LAST = {
    "NL": NL_SURNAMES,
    "BE": [(x.rpartition(" ")[0], x.rpartition(" ")[2]) for x in _names(_fk_be, "last_names")] +
          [(x.rpartition(" ")[0], x.rpartition(" ")[2]) for x in sorted(set(_fk_be.Provider.last_names))
           if re.fullmatch(r"(?:Van|De|Van de|Van den|Vanden) [A-Z][a-z]+", x)],
    "DE": [("", x) for x in _names(_fk_de, "last_names")] + [("", x) for x in (
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
        "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
        "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner",
        "Krause", "Meier", "Lehmann", "Köhler", "Weiß", "Jung", "Hahn", "Vogel", "Friedrich", "Keller")],
    "GB": [("", x) for x in _names(_fk_gb, "last_names")] + [("", x) for x in (
        "O'Brien", "O'Connor", "McDonald", "MacLeod", "Patel", "Khan", "Ahmed", "Nowak", "Kowalski")],
}

NL_STREETS = [
    "Kerkstraat", "Dorpsstraat", "Schoolstraat", "Molenweg", "Stationsweg", "Julianalaan", "Beatrixstraat",
    "Wilhelminastraat", "Oranjestraat", "Hoofdstraat", "Nieuwstraat", "Marktplein", "Prinsengracht",
    "Lindenlaan", "Eikenlaan", "Beukenlaan", "Parallelweg", "Industrieweg", "Kastanjelaan", "Sportlaan",
    "Laan van Meerdervoort", "Burg. de Monchyplein", "Burgemeester van Walsumweg", "Jan van Galenstraat",
    "Van Heemstralaan", "Prins Hendrikkade", "Nieuwe Binnenweg", "Oudegracht", "Vondelstraat",
    "Rijksstraatweg", "Zeeweg", "Meidoornstraat", "Esdoornlaan", "Rembrandtlaan", "Vermeerstraat",
    "Sint Jansstraat", "Dr. Schaepmanstraat", "Kanaalweg", "Havenstraat", "Brink", "Hogeweg", "Slotlaan",
    "Emmastraat", "Willemsparkweg", "Noordsingel", "Westersingel", "Graaf Florisstraat", "Korte Smeestraat",
    "Achterom", "Tolhuisweg", "Kamperfoeliestraat", "Zonnebloemlaan", "Merelstraat", "Spoorlaan",
    "Van Speijkstraat", "Prof. Dondersstraat", "Groenewoudseweg", "Amstelveenseweg", "Heerengracht",
]
NL_HOUSE_ADDITIONS = ["", "", "", "", "", "a", "b", "A", "-1", "-2", "-II", "-III", " hs", " bg", " II",
                      "-bis", "B", "c", "-H"]
BE_STREETS = ["Kerkstraat", "Stationsstraat", "Dorpsstraat", "Molenstraat", "Nieuwstraat", "Kapelstraat",
              "Schoolstraat", "Veldstraat", "Grote Markt", "Meir", "Overpoortstraat", "Brusselsesteenweg",
              "Koning Albertlaan", "Leopoldlaan", "Lindenlaan", "Beekstraat", "Hoogstraat", "Lange Lozanastraat"]
DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Bahnhofstr.", "Schulstraße", "Gartenstraße", "Dorfstraße",
              "Goethestraße", "Schillerstraße", "Lindenstraße", "Bergstraße", "Kirchstraße", "Waldstraße",
              "Ringstraße", "Mühlenweg", "Am Markt", "Friedrichstraße", "Kantstraße", "Lindenallee",
              "Sonnenallee", "Rosenweg", "Birkenweg", "Hauptstr.", "Feldstraße", "Leipziger Straße",
              "Kaiser-Wilhelm-Straße", "Am Sportplatz", "Talstraße", "Wiesenweg", "Königsallee"]
GB_STREETS = ["Green Lane", "High Street", "Church Road", "Station Road", "Victoria Road", "Park Avenue",
              "Mill Lane", "Manor Road", "Kings Road", "Queens Road", "The Crescent", "Grange Road",
              "New Road", "Springfield Road", "London Road", "School Lane", "Chestnut Close", "Oak Avenue",
              "Windsor Road", "Albert Street", "Castle Street", "Orchard Way"]

NL_CITIES_PC = [("Amsterdam", 1011, 1109), ("Rotterdam", 3011, 3089), ("Den Haag", 2491, 2597),
                ("Utrecht", 3511, 3585), ("Eindhoven", 5611, 5658), ("Groningen", 9711, 9747),
                ("Tilburg", 5011, 5049), ("Almere", 1311, 1363), ("Breda", 4811, 4839),
                ("Nijmegen", 6511, 6546), ("Haarlem", 2011, 2037), ("Arnhem", 6811, 6846),
                ("Zwolle", 8011, 8043), ("Leiden", 2311, 2334), ("Maastricht", 6211, 6229),
                ("Amersfoort", 3811, 3830), ("Apeldoorn", 7311, 7339), ("Enschede", 7511, 7548),
                ("Delft", 2611, 2629), ("Deventer", 7411, 7431), ("Alkmaar", 1811, 1827),
                ("Leeuwarden", 8911, 8939), ("Zaandam", 1501, 1509), ("'s-Hertogenbosch", 5211, 5237),
                ("Hilversum", 1211, 1223), ("Gouda", 2801, 2809), ("Middelburg", 4331, 4339)]
NL_SMALL_TOWNS = sorted(x for x in _fka_nl.Provider.cities if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", x))
BE_CITIES_PC = [("Gent", 9000), ("Antwerpen", 2000), ("Brugge", 8000), ("Leuven", 3000), ("Mechelen", 2800),
                ("Hasselt", 3500), ("Kortrijk", 8500), ("Aalst", 9300), ("Brussel", 1000), ("Sint-Niklaas", 9100),
                ("Genk", 3600), ("Oostende", 8400), ("Turnhout", 2300), ("Lier", 2500)]
DE_CITIES_PC = [("Berlin", 10115, 14199), ("Hamburg", 20095, 22769), ("München", 80331, 81929),
                ("Köln", 50667, 51149), ("Frankfurt am Main", 60306, 60599), ("Stuttgart", 70173, 70629),
                ("Düsseldorf", 40210, 40629), ("Leipzig", 4103, 4357), ("Dresden", 1067, 1328),
                ("Hannover", 30159, 30659), ("Nürnberg", 90402, 90491), ("Bremen", 28195, 28779),
                ("Essen", 45127, 45359), ("Münster", 48143, 48167), ("Aachen", 52062, 52080),
                ("Kleve", 47533, 47533), ("Emmerich am Rhein", 46446, 46446)]
GB_TOWNS = [("London", ["SW", "SE", "N", "E", "W", "NW"]), ("Manchester", ["M"]), ("Leeds", ["LS"]),
            ("Bristol", ["BS"]), ("Birmingham", ["B"]), ("Sheffield", ["S"]), ("Nottingham", ["NG"]),
            ("York", ["YO"]), ("Brighton", ["BN"]), ("Cambridge", ["CB"]), ("Oxford", ["OX"]),
            ("Norwich", ["NR"]), ("Reading", ["RG"]), ("Cardiff", ["CF"]), ("Edinburgh", ["EH"]),
            ("Glasgow", ["G"])]

PERSONAL_DOMAINS = {
    "NL": ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "xs4all.nl",
           "planet.nl", "home.nl", "icloud.com", "hetnet.nl", "example.com", "example.org", "example.net"],
    "BE": ["telenet.be", "skynet.be", "gmail.com", "proximus.be", "hotmail.com", "example.com"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de", "example.org", "gmx.net"],
    "GB": ["btinternet.com", "gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.co.uk", "sky.com", "example.com"],
}


_LEGAL_FORM = re.compile(r"\b(?:BV|NV|Groep|Stichting|VOF|CommV|GmbH|AG|KG|OHG|KGaA|GbR|Ltd|PLC|plc|Group|LLC|Inc|and|en|&)\b|&")


def _faker_companies(locale, n, seed):
    """Faker company names that carry a legal form or a partnership form ("X & Y"); Faker's list of
    real large companies (nl_NL large_companies) is excluded."""
    f = Faker(locale)
    f.seed_instance(seed)
    import faker.providers.company.nl_NL as _nlco
    real = set(_nlco.Provider.large_companies)
    out = []
    while len(out) < n:
        c = f.company()
        if (re.fullmatch(r"[\w&.,' \-]+", c) and len(c) < 40 and c not in out and c not in real
                and " " in c and _LEGAL_FORM.search(c) and re.match(r"[A-Z]|(?:de|van|'s) ", c)):
            out.append(c)
    return out


COMPANIES = {"NL": _faker_companies("nl_NL", 80, 11), "BE": _faker_companies("nl_BE", 40, 12),
             "DE": _faker_companies("de_DE", 60, 13), "GB": _faker_companies("en_GB", 60, 14)}
COMPANIES["NL"] += ["Bakkerij De Vries", "Installatiebedrijf Jansen", "Kapsalon Sanne", "Garage Van Dijk",
                    "Hoveniersbedrijf De Groot", "Fysiotherapie Bakker & Smit", "Administratiekantoor Visser"]
COMPANIES["DE"] += ["Bäckerei Müller", "Autohaus Schmidt GmbH", "Steuerbüro Becker", "Elektro Wagner"]
COMPANIES["GB"] += ["Smith & Sons Ltd", "Baker Street Dental", "Harris Plumbing Ltd"]


class Person:
    """A synthetic natural person with consistent contact data (all generated lazily)."""

    def __init__(self, rng, country, gender=None):
        self.rng, self.country = rng, country
        self.gender = gender or rng.choice("mf")
        self.first = rng.choice(FIRST[country][self.gender])
        self.tv, self.base = rng.choice(LAST[country])
        self.initials = self.first[0] + "." + (rng.choice("ABCDEFGHJKLMPRSTW") + "." if rng.random() < 0.4 else "")
        if country == "GB" and rng.random() < 0.3:
            self.initials = self.first[0] + "."
        self._cache = {}

    # --- name forms -------------------------------------------------------------------------
    @property
    def last(self):
        return f"{self.tv} {self.base}".strip()

    @property
    def last_standalone(self):
        """Surname without first name/initials: Dutch tussenvoegsel is capitalised (Van der Berg)."""
        if not self.tv:
            return self.base
        return (self.tv[0].upper() + self.tv[1:] + " " + self.base)

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def with_initials(self):
        return f"{self.initials} {self.last}"

    def once(self, key, fn):
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    @property
    def hyphenated(self):
        def mk():
            tv, base = self.rng.choice(LAST[self.country])
            partner = (f"{tv} {base}".strip() if self.country != "BE" else f"{tv} {base}".strip())
            return f"{self.first} {partner}-{self.last}" if self.rng.random() < 0.5 else f"{self.first} {self.last}-{partner}"
        return self.once("hyph", mk)

    # --- contact data -----------------------------------------------------------------------
    def email(self, business=None):
        def mk():
            g = self.country == "DE"
            f, l = slug(self.first, g), slug(self.last, g)
            b = slug(self.base, g)
            yr = str(self.rng.randint(60, 99) if self.rng.random() < 0.5 else self.rng.randint(1965, 2003))
            local = self.rng.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}", f"{f}.{b}", f"{f}_{b}{yr[-2:]}",
                                     f"{f}{yr}", f"{l}.{f}", f"{f[0]}{b}{yr[-2:]}", f"{f}-{b}"])
            dom = self.rng.choice(PERSONAL_DOMAINS[self.country])
            if self.rng.random() < 0.08:
                local = local.capitalize()
            return f"{local}@{dom}"
        return self.once("email", mk)

    def phone(self, kind=None):
        key = "phone" + (kind or "")
        return self.once(key, lambda: gen_phone(self.rng, self.country, kind))

    def iban(self, cc=None):
        cc = cc or {"GB": "GB"}.get(self.country, self.country)
        return self.once("iban" + cc, lambda: gen_iban(self.rng, cc))

    def address(self):
        return self.once("addr", lambda: make_address(self.rng, self.country))

    def dob(self):
        return self.once("dob", lambda: gen_dob_date(self.rng))


def make_address(rng, country):
    """→ dict(street_nr, pc, city, kind, pc_kind)"""
    if country == "NL":
        if rng.random() < 0.75:
            city, lo, hi = rng.choice(NL_CITIES_PC)
        else:
            city, lo, hi = rng.choice(NL_SMALL_TOWNS), 1000, 9999
        num, letters = gen_postcode_nl(rng, lo, hi)
        street = rng.choice(NL_STREETS)
        nr = str(rng.choice([rng.randint(1, 40), rng.randint(1, 250), rng.randint(1, 12)])) + rng.choice(NL_HOUSE_ADDITIONS)
        return {"street_nr": f"{street} {nr}", "pc": fmt_postcode_nl(rng, num, letters), "city": city,
                "kind": "nl", "pc_kind": "NL"}
    if country == "BE":
        city, pc = rng.choice(BE_CITIES_PC)
        nr = str(rng.randint(1, 180)) + rng.choice(["", "", "", " bus 3", " bus 12", "/2", "a"])
        return {"street_nr": f"{rng.choice(BE_STREETS)} {nr}", "pc": str(pc), "city": city, "kind": "be", "pc_kind": "BE"}
    if country == "DE":
        city, lo, hi = rng.choice(DE_CITIES_PC)
        pc = f"{rng.randint(lo, hi):05d}"
        nr = str(rng.randint(1, 120)) + rng.choice(["", "", "", "", "a", "b"])
        return {"street_nr": f"{rng.choice(DE_STREETS)} {nr}", "pc": pc, "city": city, "kind": "de", "pc_kind": "DE"}
    city, areas = rng.choice(GB_TOWNS)
    area = rng.choice(areas)
    pc = f"{area}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    pre = f"Flat {rng.randint(1, 30)}, " if rng.random() < 0.15 else ""
    return {"street_nr": f"{pre}{rng.randint(1, 240)} {rng.choice(GB_STREETS)}", "pc": pc, "city": city, "kind": "gb",
            "pc_kind": "GB"}


def make_agents(rng):
    agents = []
    for i in range(26):
        c = "NL" if i < 20 else ("DE" if i < 23 else "GB")
        agents.append(Person(rng, c))
    return agents


# ==============================================================================================
# Hard negatives: generators and their own verification
# ==============================================================================================

def isbn13_ok(v):
    d = v.replace("-", "")
    return bool(re.fullmatch(r"97[89]\d{10}", d)) and sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d)) % 10 == 0


def ean13_ok(v):
    return bool(re.fullmatch(r"\d{13}", v)) and sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(v)) % 10 == 0


def _ean_check(d12):
    return str((10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12)) % 10) % 10)


def neg_gen(M, kind):
    rng, lang = M.rng, M.lang
    y = rng.choice([2023, 2024, 2024, 2025])
    if kind == "order":
        return rdig(rng, rng.choice([6, 7, 8, 10]), "123456789")
    if kind == "order9":
        return gen_9digit_failing(rng)
    if kind == "order9pass":
        return gen_9digit_passing(rng)
    if kind == "invoice":
        return rng.choice([f"{y}-{rng.randint(1, 99999):05d}", f"F{y}-{rng.randint(1, 9999):04d}",
                           f"INV-{y}-{rng.randint(1000, 99999)}", f"{y}{rng.randint(1, 9999):04d}",
                           f"ZS{y % 100:02d}-{rng.randint(10000, 99999)}"])
    if kind == "ticket":
        return rng.choice([f"#{rng.randint(10000, 99999)}", f"ZS-{rng.randint(100000, 999999)}", f"#{rng.randint(100000, 999999)}"])
    if kind == "custno":
        return rng.choice([f"KL{rng.randint(100000, 999999)}", str(rng.randint(1000000, 9999999)), f"C-{rng.randint(10000, 99999)}"])
    if kind == "amount":
        e = rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10000, 250000)])
        c = rng.randint(0, 99)
        if lang == "en":
            return rng.choice([f"€{e:,}.{c:02d}", f"£{e:,}.{c:02d}", f"EUR {e:,}.{c:02d}", f"€{e:,}"])
        de = f"{e:,}".replace(",", ".")
        return rng.choice([f"€ {de},{c:02d}", f"{de},{c:02d} €", f"EUR {de},{c:02d}", f"€ {de},-", f"€{de},{c:02d}"])
    if kind == "amountbig":
        return "€ " + f"{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"
    if kind in ("date", "datenum"):
        dt = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
        if kind == "datenum":
            return {"nl": f"{dt.day:02d}-{dt.month:02d}-{dt.year}", "en": f"{dt.day:02d}/{dt.month:02d}/{dt.year}",
                    "de": f"{dt.day:02d}.{dt.month:02d}.{dt.year}"}[lang]
        return fmt_date(rng, dt, lang)
    if kind == "datephone":                      # looks like a 06- number, is a date
        return f"06-{rng.randint(1, 12):02d}-{y}"
    if kind == "hdrdate":
        dt = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
        wd, d, m = dt.weekday(), dt.day, dt.month
        if lang == "nl":
            return rng.choice([f"{NL_WD[wd]} {d} {MONTH_ABBR['nl'][m - 1]} {dt.year}", f"{d} {MONTHS['nl'][m - 1]} {dt.year}",
                               f"{NL_WD_LONG[wd]} {d} {MONTHS['nl'][m - 1]} {dt.year}", f"{d:02d}-{m:02d}-{dt.year}"])
        if lang == "en":
            return rng.choice([f"{EN_WD[wd]}, {d} {MONTH_ABBR['en'][m - 1]} {dt.year}", f"{EN_WD[wd]}, {MONTH_ABBR['en'][m - 1]} {d}, {dt.year}",
                               f"{d} {MONTHS['en'][m - 1]} {dt.year}"])
        return rng.choice([f"{DE_WD[wd]}., {d}. {MONTHS['de'][m - 1]} {dt.year}", f"{d:02d}.{m:02d}.{dt.year}"])
    if kind == "ts":
        return f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    if kind == "tsiso":
        return f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    if kind == "time":
        return rng.choice([f"{rng.randint(7, 18):02d}:{rng.choice(['00', '15', '30', '45'])}",
                           f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"])
    if kind == "version":
        return rng.choice([f"{rng.randint(2, 9)}.{rng.randint(0, 14)}.{rng.randint(0, 9)}.{rng.randint(100, 999)}",
                           f"{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                           f"v{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                           f"{y}.{rng.randint(1, 4)}", f"{rng.randint(10, 12)}.{rng.randint(0, 4)}.{rng.randint(0, 30)}"])
    if kind == "php":
        return rng.choice(["8.2.12", "8.1.27", "7.4.33", "8.3.4"])
    if kind == "winbuild":
        return rng.choice(["10.0.19045", "10.0.22631", "22631.3155", "19045.4170", "10.0.26100.2605"])
    if kind == "track":
        return rng.choice(["3S" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + rdig(rng, 9),
                           "JVGL06" + rdig(rng, 14), "JJD" + rdig(rng, 18), rdig(rng, 14, "0"),
                           "CD" + rdig(rng, 9) + "NL"])
    if kind == "mb":
        return rng.choice(["2048 MB", "1024 KB", "4096 MB", "8192 MB", "1000 GB", "2000 GB", "1024 MB", "3072 MB"])
    if kind == "masked":
        l4 = rdig(rng, 4)
        return rng.choice([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"•••• {l4}", f"************{l4}",
                           f"xxxx xxxx xxxx {l4}", f"{rdig(rng, 4, '45')} **** **** {l4}"])
    if kind == "maskediban":
        c = gen_iban(rng, "NL")
        return rng.choice([f"{c[:4]} **** **** **{c[-4:-2]} {c[-2:]}", f"{c[:2]}** **** **** **{c[-4:]}",
                           f"{c[:8]}******{c[-2:]}"])
    if kind == "code6":
        return rdig(rng, 6)
    if kind == "privip":
        return rng.choice([f"192.168.{rng.randint(0, 5)}.{rng.randint(2, 254)}", f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           "127.0.0.1", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"192.0.2.{rng.randint(1, 254)}", f"203.0.113.{rng.randint(1, 254)}", f"198.51.100.{rng.randint(1, 254)}",
                           f"2001:db8::{rng.randint(1, 0xfff):x}", "::1", f"fe80::{rng.randint(1, 0xffff):x}:{rng.randint(1, 0xffff):x}"])
    if kind == "http":
        return rng.choice(["404", "500", "502", "503", "403", "401", "429", "504"])
    if kind == "err":
        return rng.choice(["0x80070005", "0x800F081F", "ERR_CONNECTION_RESET", "ERR_SSL_PROTOCOL_ERROR", f"E-{rng.randint(1000, 9999)}",
                           "SQLSTATE[HY000] [2002]", f"ZS-ERR-{rng.randint(100, 999)}", "NullReferenceException",
                           f"0xC{rng.randint(0, 0xFFFFFFF):07X}", "ETIMEDOUT"])
    if kind == "isbn":
        d12 = "97890" + rdig(rng, 7)
        d = d12 + _ean_check(d12)
        return f"{d[:3]}-{d[3:5]}-{d[5:9]}-{d[9:12]}-{d[12]}"
    if kind == "ean":
        while True:
            d12 = "87" + rdig(rng, 10)
            d = d12 + _ean_check(d12)
            if not valid_card(d):
                return d
    if kind == "imei":
        while True:
            body = rng.choice(["35", "86", "49", "01"]) + rdig(rng, 12)
            for c in DIG:
                if luhn_ok(body + c) and card_brand(body + c) is None:
                    return body + c
    if kind == "pct":
        return rng.choice(["21%", "9%", "0%", "99,9%", "100%", "12,5 %", "50%", "3%"]) if lang != "en" else rng.choice(["20%", "99.9%", "100%", "12.5%", "50%"])
    if kind == "mac":
        return ":".join(f"{rng.randint(0, 255):02X}" for _ in range(6))
    if kind == "git":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 8, 40])))
    if kind == "url":
        return rng.choice(["https://www.example.com/docs/export", "https://status.example.org", "http://localhost:8080/admin",
                           f"https://github.com/example/zs-plugin/issues/{rng.randint(10, 999)}", "https://www.belastingdienst.nl",
                           "https://www.kvk.nl", f"https://example.net/forum/t/{rng.randint(1000, 99999)}"])
    if kind == "handle":
        p = Person(rng, rng.choice(["NL", "NL", "BE", "DE", "GB"]))
        return "@" + rng.choice([slug(p.first) + slug(p.base), slug(p.first) + "_" + slug(p.base), slug(p.base) + str(rng.randint(1, 99)),
                                 slug(p.first) + str(rng.randint(70, 99)), "de_" + slug(p.base) + "_bv"])
    if kind == "hashtag":
        return rng.choice(["#storing", "#fail", "#klantenservice", "#boekhouden", "#zzp", "#ondernemen", "#outage",
                           "#customerservice", "#Störung", "#Buchhaltung", "#btw", "#maandag", "#kassa", "#help"])
    if kind == "redacted":
        return rng.choice(["[IBAN]", "[PERSON-1]", "[REDACTED]", "[EMAIL]", "[BSN]", "[PHONE]", "[ADRES]", "<naam>", "[PERSON-2]"])
    if kind == "prodcode":
        while True:
            s = gen_kenteken(rng, rng.choice([1, 2, 3]))
            if kenteken_sidecode(s):
                return s
    if kind == "fakeiban":
        return rng.choice(["NLxx BANK 0123 4567 89", "NL00 XXXX 0000 0000 00", "NL12 ABCD 0123 4567 89", "DE00 0000 0000 0000 0000 00"])
    if kind == "badphone":
        while True:
            s = "0" + rng.choice(["12", "67", "69", "60", "19"]) + rdig(rng, 7)
            if not valid_phone(s, "NL"):
                return s
    if kind == "unix":
        return str(rng.randint(1690000000, 1740000000))
    if kind == "msgid":
        return "<CA" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789+_") for _ in range(28)) + "@mail.gmail.com>"
    if kind == "retina":
        return rng.choice(["icon@2x.png", "logo@3x.png", "banner@2x.jpg"])
    if kind == "npm":
        return rng.choice(["@angular/core", "@types/node", "@zonnestraal/sdk"])
    if kind == "bic":
        return rng.choice(["RABONL2U", "INGBNL2A", "ABNANL2A", "BUNQNL2A", "KNABNL2H", "TRIONL2U", "SNSBNL2A"])
    if kind == "licence":
        return "-".join("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) for _ in range(4))
    if kind == "serial":
        return f"ZS{y % 100:02d}{rng.choice('ABCDEFGH')}{rdig(rng, 6)}"
    if kind.startswith("yw_"):              # a year followed by a short word: "2023 en" looks like a postcode
        return f"{rng.randint(2019, 2024)} {kind[3:]}"
    if kind == "bsnsample":
        return rng.choice(["999999990", "111222333"])            # specimen/doc numbers (context: documentation)
    if kind == "bank9fail":
        return gen_9digit_failing(rng)
    if kind == "kvkvest":
        return "0000" + rdig(rng, 8)
    if kind == "housenr":
        return str(rng.randint(1, 150))
    if kind == "expiry":
        return f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}"
    if kind == "port":
        return str(rng.choice([443, 8080, 5432, 3306, 993, 587, 25]))
    raise KeyError(kind)


def neg_check(kind, v):
    """Is this hard negative really what it claims (invalid / irrelevant as PII)?"""
    if kind == "order":
        return bool(re.fullmatch(r"\d{6,10}", v)) and len(v) != 9
    if kind in ("order9", "bank9fail"):
        return bool(re.fullmatch(r"\d{9}", v)) and not elfproef(v)
    if kind == "order9pass":
        return elfproef(v)                        # passes the 11-test, but is an order/tracking number by context
    if kind == "bsnsample":
        return v in ("999999990", "111222333") and elfproef(v)
    if kind == "invoice":
        return bool(re.fullmatch(r"(?:F|INV-|ZS)?\d{2,4}-?\d{4,5}", v))
    if kind == "ticket":
        return bool(re.fullmatch(r"(?:#|ZS-)\d{5,6}", v))
    if kind == "custno":
        return bool(re.fullmatch(r"(?:KL|C-)?\d{5,7}", v))
    if kind in ("amount", "amountbig"):
        return bool(re.fullmatch(r"(?:€ ?|£|EUR )?[\d.,]+(?:,-)?(?: €)?", v))
    if kind in ("date", "datenum"):
        d = parse_date(v)
        return d is not None and d.year >= 2020
    if kind == "datephone":
        return bool(re.fullmatch(r"06-(0[1-9]|1[0-2])-20\d\d", v)) and not valid_phone(v, "NL")
    if kind == "hdrdate":
        m = re.search(r"(\d{1,2})[.]? ([A-Za-zä]+) (202\d)|(\d{2})[-.](\d{2})[-.](202\d)|([A-Za-z]{3}) (\d{1,2}), (202\d)", v)
        if not m:
            return False
        if m.group(1):
            return parse_date(f"{m.group(1)} {m.group(2)} {m.group(3)}") is not None
        if m.group(4):
            return parse_date(f"{m.group(4)}-{m.group(5)}-{m.group(6)}") is not None
        return parse_date(f"{m.group(7)} {m.group(8)}, {m.group(9)}") is not None
    if kind == "ts":
        return bool(datetime.datetime.strptime(v, "%Y-%m-%d %H:%M:%S"))
    if kind == "tsiso":
        return bool(datetime.datetime.strptime(v, "%Y-%m-%dT%H:%M:%SZ"))
    if kind == "time":
        return bool(re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?", v))
    if kind in ("version", "php", "winbuild"):
        return bool(re.fullmatch(r"v?\d+(\.\d+){1,3}", v))
    if kind == "track":
        return bool(re.fullmatch(r"3S[A-Z]{4}\d{9}|JVGL06\d{14}|JJD\d{18}|0\d{13}|CD\d{9}NL", v))
    if kind == "mb":
        return bool(re.fullmatch(r"[1-9]\d{3} (MB|KB|GB)", v))
    if kind == "masked":
        return not re.search(r"\d{5}", v) and not valid_card(v)
    if kind == "maskediban":
        return "*" in v and not valid_iban(v)
    if kind == "code6":
        return bool(re.fullmatch(r"\d{6}", v))
    if kind == "privip":
        return not ipaddress.ip_address(v).is_global
    if kind == "http":
        return bool(re.fullmatch(r"[1-5]\d\d", v))
    if kind == "err":
        return True
    if kind == "isbn":
        return isbn13_ok(v)
    if kind == "ean":
        return ean13_ok(v) and not valid_card(v)
    if kind == "imei":
        return len(v) == 15 and luhn_ok(v) and card_brand(v) is None
    if kind == "pct":
        return v.endswith("%")
    if kind == "mac":
        if not re.fullmatch(r"([0-9A-F]{2}:){5}[0-9A-F]{2}", v):
            return False
        try:
            ipaddress.ip_address(v)
            return False
        except ValueError:
            return True
    if kind == "git":
        return bool(re.fullmatch(r"[0-9a-f]{7,40}", v))
    if kind == "url":
        return v.startswith("http") and ORG["domain"] not in v
    if kind == "handle":
        return bool(re.fullmatch(r"@\w+", v)) and not valid_email(v)
    if kind == "hashtag":
        return v.startswith("#")
    if kind == "redacted":
        return v[0] in "[<"
    if kind == "prodcode":
        return kenteken_sidecode(v) is not None        # kenteken-shaped, but a product code by context
    if kind == "fakeiban":
        return not valid_iban(v)
    if kind == "badphone":
        return not valid_phone(v, "NL")
    if kind == "unix":
        return 1690000000 <= int(v) <= 1740000000
    if kind == "msgid":
        return v.startswith("<") and v.endswith("@mail.gmail.com>")
    if kind == "retina":
        return not valid_email(v)
    if kind == "npm":
        return not valid_email(v)
    if kind == "bic":
        return bool(re.fullmatch(r"[A-Z]{4}NL2[A-Z0-9]", v))
    if kind == "licence":
        return bool(re.fullmatch(r"([A-Z0-9]{4}-){3}[A-Z0-9]{4}", v))
    if kind == "serial":
        return bool(re.fullmatch(r"ZS\d\d[A-H]\d{6}", v))
    if kind.startswith("yw_"):
        return bool(re.fullmatch(r"20\d\d [a-z]{2}", v))   # postcode-shaped, but a year + word by context
    if kind == "kvkvest":
        return bool(re.fullmatch(r"\d{12}", v))
    if kind in ("housenr", "port"):
        return v.isdigit()
    if kind == "expiry":
        return bool(re.fullmatch(r"(0[1-9]|1[0-2])/\d\d", v))
    return False


# ==============================================================================================
# The organisation's own data in its written variants (never gold)
# ==============================================================================================

def org_gen(M, kind):
    rng = M.rng
    if kind == "phone":
        return rng.choice(["088 123 4567", "088-1234567", "+31 88 123 4567", "+31 (0)88 123 45 67", "088 - 123 45 67",
                           "0881234567", "088 123 4567", "0031 88 1234567", "088{}123{}4567".format(NBSP, NBSP)])
    if kind == "free":
        return rng.choice(["0800 0221", "0800-0221", "08000221"])
    if kind == "email":
        return rng.choice(["support@zonnestraal.example", "support@zonnestraal.example", "facturen@zonnestraal.example",
                           "klantenservice@zonnestraal.example", "help@zonnestraal.example", "privacy@zonnestraal.example"])
    if kind == "noreply":
        return "noreply@zonnestraal.example"
    if kind == "web":
        return rng.choice(["www.zonnestraal.example", "https://www.zonnestraal.example", "help.zonnestraal.example",
                           "https://help.zonnestraal.example/artikel/" + str(rng.randint(100, 9999)),
                           "https://status.zonnestraal.example", "https://mijn.zonnestraal.example/login",
                           "zonnestraal.example/contact"])
    if kind == "iban":
        return rng.choice(["NL91 ABNA 0417 1643 00", "NL91ABNA0417164300", "NL91 ABNA 0417 1643 00",
                           NBSP.join(["NL91", "ABNA", "0417", "1643", "00"]), "nl91abna0417164300"])
    if kind == "addr":
        return rng.choice(["Lichtweg 1, 1234 AB Zonnedorp", "Lichtweg 1, 1234 AB  ZONNEDORP", "Lichtweg 1\n1234 AB Zonnedorp",
                           "Postbus 99, 1230 AA Zonnedorp", "Postbus 99\n1230 AA Zonnedorp"])
    if kind == "kvk":
        return ORG["kvk"]
    if kind == "btw":
        return rng.choice(["NL123456782B01", "NL123456782B01", "NL 1234.56.782.B01"])
    if kind == "handle":
        return ORG["handle"]
    if kind == "name":
        return rng.choice(["Zonnestraal Software B.V.", "Zonnestraal Software", "Zonnestraal"])
    raise KeyError(kind)


def org_check(kind, v):
    if kind in ("phone", "free"):
        return is_org_phone(v)
    if kind in ("email", "noreply"):
        return v.endswith("@" + ORG["domain"])
    if kind == "web":
        return ORG["domain"] in v
    if kind == "iban":
        return _strip(v, " \u00a0").upper() == ORG["iban"]
    if kind == "addr":
        return re.sub(r"[\s,]+", " ", v.upper()) in [re.sub(r"[\s,]+", " ", a.upper()) for a in ORG["addresses"]]
    if kind == "kvk":
        return v == ORG["kvk"]
    if kind == "btw":
        return _strip(v, " .").upper() == ORG["btw"]
    if kind == "handle":
        return v == ORG["handle"]
    if kind == "name":
        return v.startswith("Zonnestraal")
    if kind == "addrpart":
        return any(v.strip() and v.strip() in a for a in ORG["addresses"])
    return False


# ==============================================================================================
# Template engine
#   {field} / {who.field} / {field:arg}  gold value (who = me | p2 | p3 | agent)
#   {n:kind}  hard negative      {o:kind}  organisation data      {r:kind}  plain random filler
#   {b:key}   building block: a random template from the language pack's list `key`
# A segment is (type, text, label, kind): type t = plain, g = gold, n = negative, o = org.
# ==============================================================================================
SIDECODE_CYCLE = iter(())
PH_RE = re.compile(r"\{([a-z0-9_.]+)(?::([^{}]*))?\}")


class TemplateError(Exception):
    pass


class Msg:
    def __init__(self, rng, lang, pack, persona, agents, free):
        self.rng, self.lang, self.pack, self.free = rng, lang, pack, free
        self.people = {"me": persona}
        self.agents = agents
        self.cache = {}
        self.used_templates = []

    def sub(self, lang):
        """Same people and values, different language pack (for quoted text in another language)."""
        m = Msg(self.rng, lang, PACKS[lang], self.people["me"], self.agents, self.free)
        m.people, m.cache, m.used_templates = self.people, self.cache, self.used_templates
        return m

    def person(self, who):
        if who not in self.people:
            if who == "agent":
                self.people[who] = self.rng.choice(self.agents)
            else:
                me = self.people["me"]
                c = me.country if self.rng.random() < 0.85 else self.rng.choice(["NL", "BE", "DE", "GB"])
                self.people[who] = Person(self.rng, c)
        return self.people[who]

    def expand(self, tpl):
        out, pos = [], 0
        for m in PH_RE.finditer(tpl):
            if m.start() > pos:
                out.append(("t", tpl[pos:m.start()], None, None))
            out.extend(self.resolve(m.group(1), m.group(2)))
            pos = m.end()
        if pos < len(tpl):
            out.append(("t", tpl[pos:], None, None))
        return out

    def block(self, key):
        pool = self.pack[key]
        i = self.rng.randrange(len(pool))
        self.used_templates.append((self.lang, key, i))
        return self.expand(pool[i])

    def cached(self, key, fn):
        if key not in self.cache:
            self.cache[key] = fn()
        return self.cache[key]

    def resolve(self, name, arg):
        rng = self.rng
        if name == "n":
            v = neg_gen(self, arg)
            return [("n", v, None, arg)]
        if name == "o":
            v = org_gen(self, arg)
            return [("o", v, None, arg)]
        if name == "b":
            return self.block(arg)
        if name == "r":
            return [("t", self.filler(arg), None, None)]
        who, _, field = name.rpartition(".")
        who = who or "me"
        if self.free and field not in ("city", "company"):
            raise TemplateError(f"gold placeholder {{{name}}} in a PII-free message")
        return self.gold(who, field, arg)

    # --- plain fillers ------------------------------------------------------------------------
    def filler(self, kind):
        rng, pack = self.rng, self.pack
        if kind in pack.get("fillers", {}):
            return rng.choice(pack["fillers"][kind])
        if kind == "subject":
            return rng.choice(pack["subjects"])
        if kind == "ms":
            return str(rng.randint(3, 4800))
        if kind == "product":
            return rng.choice(["Zonnestraal Boekhouden", "Zonnestraal Salaris", "Zonnestraal Kassa", "RitApp",
                               "Zonnestraal Uren", "ZS Connect", "Zonnestraal Facturatie"])
        if kind == "city":
            return rng.choice([c[0] for c in NL_CITIES_PC] + NL_SMALL_TOWNS[:40])
        if kind == "company":
            return rng.choice(COMPANIES["NL"])
        if kind == "hhmm":
            return f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
        if kind == "n":
            return str(rng.randint(2, 12))
        if kind == "year":
            return str(rng.choice([2022, 2023, 2024]))
        raise KeyError(kind)

    # --- gold values ----------------------------------------------------------------------------
    def gold(self, who, field, arg):
        rng, lang = self.rng, self.lang
        p = self.person(who)
        key = (who, field, arg)
        G = lambda v, lab, kind: [("g", v, lab, kind)]
        if field == "first":
            return G(p.first, "PERSON", "")
        if field == "full":
            return G(p.full, "PERSON", "")
        if field == "init":
            return G(p.with_initials, "PERSON", "")
        if field == "hyph":
            return G(p.hyphenated, "PERSON", "")
        if field == "name":          # a random way to write the full name (stable per message)
            v = self.cached(key, lambda: rng.choice([p.full, p.full, p.full, p.with_initials, p.hyphenated if p.country in ("NL", "BE") else p.full]))
            return G(v, "PERSON", "")
        if field == "sur":           # title + surname: the title is not part of the span
            titles = self.pack["titles"][arg or "any"][p.gender]
            t = self.cached(key, lambda: rng.choice(titles))
            sur = p.last_standalone if lang != "en" or p.country != "NL" else p.last_standalone
            return [("t", t + " ", None, None), ("g", sur, "PERSON", "")]
        if field == "email":
            return G(p.email(), "EMAIL", "")
        if field == "altemail":    # a second (old) address of the same person
            def mk():
                while True:
                    q = Person(rng, p.country)
                    q.first, q.tv, q.base = p.first, p.tv, p.base
                    v = q.email()
                    if v != p.email():
                        return v
            return G(self.cached(key, mk), "EMAIL", "")
        if field == "altphone":
            k2, nsn = self.cached((who, "altphonenum"), lambda: gen_phone(rng, p.country))
            return G(self.cached(key, lambda: fmt_phone(rng, p.country, k2, nsn)), "PHONE", p.country)
        if field == "bizemail":
            local = {"nl": ["info", "administratie", "boekhouding", "facturen", "office"],
                     "en": ["info", "accounts", "office", "admin", "hello"],
                     "de": ["info", "buchhaltung", "kontakt", "office", "verwaltung"]}[lang] + [slug(p.first, p.country == "DE")]
            v = self.cached(key, lambda: rng.choice(local) + "@" + self.company_domain(who))
            return G(v, "EMAIL", "")
        if field in ("phone", "mobile", "landline", "phone2"):
            country = arg if arg in ("NL", "BE", "DE", "GB") else p.country
            kind = {"mobile": "mobile", "landline": {"NL": "fixed2", "BE": "fixed1", "DE": "fixed2", "GB": "london"}[country],
                    "phone": None, "phone2": None}[field]
            if arg == "voip":
                country, kind = "NL", "voip"
            k2, nsn = self.cached((who, "phonenum", country, kind, field == "phone2"), lambda: gen_phone(rng, country, kind))
            v = self.cached(key, lambda: fmt_phone(rng, country, k2, nsn))
            return G(v, "PHONE", country)
        if field == "iban":
            cc = arg or {"GB": "GB"}.get(p.country, p.country)
            v = self.cached(key, lambda: fmt_iban(rng, p.iban(cc)))
            return G(v, "IBAN", cc)
        if field in ("addr", "pc", "city", "addrline", "addrblock", "street"):
            a = p.address()
            addr = [("g", a["street_nr"], "ADDRESS", a["kind"])]
            pc = [("g", a["pc"], "POSTCODE", a["pc_kind"])]
            city = [("t", a["city"], None, None)]
            if field == "addr":
                return addr
            if field == "pc":
                return pc
            if field == "city":
                return city
            if a["kind"] == "gb":
                return addr + [("t", ", " if field == "addrline" else "\n", None, None)] + city + [("t", " ", None, None)] + pc
            if field == "addrline":
                sep = self.cached(("addrsep",), lambda: rng.choice([", ", ", ", ", ", " ", "\u00a0- "]))
                return addr + [("t", sep, None, None)] + pc + [("t", " " if rng.random() < 0.9 else "  ", None, None)] + city
            return addr + [("t", "\n", None, None)] + pc + [("t", " ", None, None)] + city
        if field == "postbus":
            v = self.cached(key, lambda: f"Postbus {rng.randint(10, 9999)}" if lang == "nl" else (f"Postfach {rng.randint(10, 9999)}" if lang == "de" else f"PO Box {rng.randint(10, 9999)}"))
            return G(v, "ADDRESS", "postbus")
        if field == "bsn":
            if arg == "eight":
                d = self.cached((who, "bsn8"), lambda: gen_bsn_digits(rng, leading_zero=True))
            else:
                d = self.cached((who, "bsnd"), lambda: gen_bsn_digits(rng))
            v = self.cached(key, lambda: fmt_bsn(rng, d, arg or None))
            return G(v, "BSN", "")
        if field == "ob":
            d = self.cached((who, "bsnd"), lambda: gen_bsn_digits(rng))
            v = self.cached(key, lambda: f"NL{d}B{rng.choice(['01', '01', '01', '02'])}")
            return G(v, "BSN", "ob")
        if field == "card":
            v = self.cached(key, lambda: fmt_card(rng, gen_card(rng, arg or None)[1]))
            return G(v, "CREDIT_CARD", "")
        if field == "ip":
            return G(self.cached(key, lambda: gen_public_ipv4(rng)), "IP_ADDRESS", "")
        if field == "ip6":
            return G(self.cached(key, lambda: gen_public_ipv6(rng)), "IP_ADDRESS", "")
        if field == "dob":
            v = self.cached(key, lambda: fmt_date(rng, p.dob(), arg or lang))
            return G(v, "DATE_OF_BIRTH", "")
        if field in ("passport", "idcard", "rijbewijs", "ausweis", "ukpass"):
            kind = {"passport": "nl_passport", "idcard": "nl_idcard", "rijbewijs": "nl_rijbewijs",
                    "ausweis": "de_ausweis", "ukpass": "uk_passport"}[field]
            return G(self.cached(key, lambda: gen_docnr(rng, kind)), "ID_DOCUMENT", kind)
        if field == "plate":      # without an explicit sidecode, cycle through all 14 sidecodes
            return G(self.cached(key, lambda: gen_kenteken(rng, int(arg) if arg else next(SIDECODE_CYCLE))), "LICENSE_PLATE", "nl")
        if field == "kennz":
            return G(self.cached(key, lambda: gen_kennzeichen(rng)), "LICENSE_PLATE", "de")
        if field == "btw":
            d = self.cached((who, "btwv"), lambda: gen_btw(rng))
            v = self.cached(key, lambda: rng.choice([d, d, d, d, d.lower(), f"{d[:2]} {d[2:6]}.{d[6:8]}.{d[8:11]}.{d[11:]}"]) if not arg else d)
            return G(v, "BTW_ID", "")
        if field == "kvk":
            return G(self.cached(key, lambda: gen_kvk(rng)), "KVK", "")
        if field == "company":
            return [("t", self.company(who), None, None)]
        raise TemplateError(f"unknown field {who}.{field}")

    def company(self, who):
        p = self.person(who)
        return self.cached((who, "company"), lambda: self.rng.choice(COMPANIES[p.country if p.country in COMPANIES else "NL"]))

    def company_domain(self, who):
        c = self.company(who)
        tld = {"NL": "nl", "BE": "be", "DE": "de", "GB": "co.uk"}[self.person(who).country]
        base = slug(re.sub(r"\b(B\.?V\.?|BV|N\.?V\.?|NV|VOF|GmbH|AG|KG|OHG|Ltd|plc|Groep|Group|Co|und|en|and|&)\b", " ", c))
        return f"{base[:24] or 'bedrijf'}.{tld}"


def quote_segs(segs, prefix="> "):
    """Prefix every line with '> ' (quoted reply)."""
    out = [("t", prefix, None, None)]
    for s in segs:
        if s[0] in ("t", "o", "n") and "\n" in s[1]:
            if s[0] != "t":
                # org/neg values with a line break (e.g. org address block): split into quoted lines
                parts = s[1].split("\n")
                for i, part in enumerate(parts):
                    if i:
                        out.append(("t", "\n" + prefix, None, None))
                    out.append((s[0], part, None, s[3]) if s[0] != "o" else ("o", part, None, "addrpart"))
                continue
            parts = s[1].split("\n")
            out.append(("t", ("\n" + prefix).join(parts), None, None))
        else:
            out.append(s)
    # "> " on an empty line becomes ">"
    return [(t, x.replace(prefix + "\n", prefix.rstrip() + "\n"), l, k) if t == "t" else (t, x, l, k)
            for (t, x, l, k) in out]


# ==============================================================================================
# Language packs.  Templates are data; see the engine above for the placeholder syntax.
# ==============================================================================================
PACKS = {}

PACKS["nl"] = {
    "titles": {
        "any": {"m": ["dhr.", "de heer", "meneer", "dhr", "mijnheer"], "f": ["mevr.", "mevrouw", "mw.", "mevr"]},
        "geachte": {"m": ["heer"], "f": ["mevrouw"]},
        "beste": {"m": ["meneer", "heer"], "f": ["mevrouw"]},
    },
    "greet_group": ["Beste klantenservice,", "Hallo,", "Goedemorgen,", "Goedemiddag,", "Geachte heer/mevrouw,",
                    "Hoi team,", "Beste support,", "Hallo allemaal,", "Beste mensen,", "Hoi,", "Beste Zonnestraal,",
                    "Geachte klantenservice,", "Goedendag,", "Dag,"],
    "greet_agent": ["Beste {agent.first},", "Hoi {agent.first},", "Hallo {agent.first},", "Beste {agent.sur:beste},",
                    "Geachte {agent.sur:geachte},", "Dag {agent.first},"],
    "greet_cust": ["Beste {first},", "Hallo {first},", "Geachte {sur:geachte},", "Beste {sur:beste},", "Hoi {first},",
                   "Beste {full},", "Dag {first},"],
    "greet_cust_free": ["Beste klant,", "Geachte heer/mevrouw,", "Hallo,", "Beste relatie,"],
    "signoff": ["Met vriendelijke groet,", "Mvg,", "Groet,", "Groetjes,", "Vriendelijke groeten,", "Gr.", "Bedankt en groet,",
                "Met vriendelijke groeten,", "Hartelijke groet,", "Alvast bedankt,", "Groeten,", "mvg"],
    "sig_name": ["{first}", "{full}", "{name}", "{init}", "{first}", "{full}"],
    "sig_extra": ["{addrblock}\nTel: {phone}", "M: {phone}", "Tel. {phone}", "{phone}", "Mobiel: {mobile}",
                  "{company}\n{addrline}\nT {phone} | {bizemail}\nKvK {kvk} | BTW {btw}",
                  "{company} | KvK-nummer: {kvk}", "{company}\nT: {landline}\nE: {bizemail}",
                  "{addrline}", "Verstuurd vanaf mijn iPhone", "{company}\n{addrblock}\nIBAN {iban}\nKvK {kvk}",
                  "📞 {phone}", "WhatsApp: {mobile}", "{company}\nBTW-nr: {btw}\nKvK: {kvk}"],
    "sig_free": ["Groet,\nDe administratie", "Met vriendelijke groet,\nTeam Inkoop", "Mvg", "Alvast bedankt!", "Groetjes",
                 "Met vriendelijke groet,\n\nAfdeling Financiën", "Groet,\nhet kassateam", "Bedankt!",
                 "Verstuurd vanaf mijn iPhone", "Met vriendelijke groet"],
    "org_sig": ["Met vriendelijke groet,\n\n{agent.full}\nKlantenservice | {o:name}\n{o:addr}\nT {o:phone} | {o:email}\n{o:web}",
                "Groet,\n{agent.first}\nTeam Support Zonnestraal\n{o:phone}",
                "Met vriendelijke groet,\n{agent.full}\nKlantenservice Zonnestraal\n\n{o:name} · {o:addr} · KvK {o:kvk} · BTW {o:btw}",
                "Hartelijke groet,\n\n{agent.full}\nSupport Engineer\n{o:name}\nTel. {o:phone} (ma–vr 8:30–17:30)\nGratis: {o:free}\n{o:web}",
                "Vriendelijke groeten,\n{agent.init}\nAfdeling Facturatie Zonnestraal\n{o:email} | IBAN {o:iban} | KvK {o:kvk}"],
    "org_sig_team": ["Met vriendelijke groet,\n\nTeam Klantenservice\n{o:name} | {o:web} | {o:phone}",
                     "Groet,\nZonnestraal Support\n{o:email}",
                     "Met vriendelijke groet,\nAfdeling Facturatie\n{o:name}\n{o:addr}\nKvK {o:kvk} | BTW {o:btw} | IBAN {o:iban}",
                     "Team Zonnestraal ☀️\n{o:web} · {o:free}"],
    "reply_org": ["Op {n:hdrdate} om {r:hhmm} schreef Zonnestraal Support <{o:email}>:",
                  "Op {n:hdrdate} {r:hhmm} schreef Klantenservice Zonnestraal <{o:email}>:",
                  "Op {n:hdrdate} om {r:hhmm} heeft {o:email} het volgende geschreven:",
                  "-----Oorspronkelijk bericht-----\nVan: Zonnestraal Support <{o:email}>\nVerzonden: {n:hdrdate} {r:hhmm}\nOnderwerp: RE: {r:subject}"],
    "reply_org_pii": ["Van: Zonnestraal Support <{o:email}>\nVerzonden: {n:hdrdate} {r:hhmm}\nAan: {email}\nOnderwerp: RE: {r:subject}",
                      "Op {n:hdrdate} om {r:hhmm} schreef {agent.full} <{o:email}>:"],
    "reply_cust": ["Op {n:hdrdate} om {r:hhmm} schreef {full} <{email}>:", "Op {n:hdrdate} {r:hhmm} schreef {name} <{email}>:",
                   "Van: {full} <{email}>\nVerzonden: {n:hdrdate} {r:hhmm}\nAan: {o:email}\nOnderwerp: {r:subject}"],
    "fwd": ["---------- Doorgestuurd bericht ---------\nVan: {p2.full} <{p2.email}>\nDate: {n:hdrdate} om {r:hhmm}\nSubject: {r:subject}\nTo: {email}",
            "---------- Forwarded message ---------\nFrom: {p2.name} <{p2.email}>\nDate: {n:hdrdate} {r:hhmm}\nSubject: Fwd: {r:subject}\nTo: <{email}>",
            "Begin doorgestuurd bericht:\n\nVan: {p2.full} <{p2.email}>\nOnderwerp: {r:subject}\nDatum: {n:hdrdate} om {r:hhmm}\nAan: {email}"],
    "fwd_intro": ["Zie hieronder het bericht van onze boekhouder, kunnen jullie hiernaar kijken?", "Ter info doorgestuurd.",
                  "Doorgestuurd op verzoek van mijn collega.", "Hieronder de mail waar ik het over had.", "FYI, zie onderstaande mail."],
    "fwd_body": ["Hoi {first},\n\nBij het inlezen van de salarisgegevens gaat het mis bij {p3.full} (BSN {p3.bsn}). Kun jij even bij Zonnestraal navragen wat er aan de hand is?\n\nGroet,\n{p2.first}",
                 "Hallo {first},\n\nDe btw-aangifte laat een verschil zien van {n:amount}. Het lijkt erop dat factuur {n:invoice} dubbel is ingeboekt. Wil je dat bij de leverancier navragen?\n\nGroet,\n{p2.full}\n{p2.phone}",
                 "Beste {first},\n\nHet nieuwe rekeningnummer voor de incasso is {iban}. Graag doorgeven aan de softwareleverancier.\n\nMvg,\n{p2.init}"],
    "org_reply": ["Dank voor je bericht. Ik heb je vraag doorgezet naar onze technische afdeling; je ticketnummer is {n:ticket}. We streven ernaar binnen {r:n} werkdagen te reageren.",
                  "Helaas kunnen we de betaling niet terugvinden. Kun je de datum van de betaling en het bedrag sturen? Stuur ons nooit je pincode of een volledig kaartnummer.",
                  "Om je account te verifiëren hebben we je postcode en je klantnummer nodig. Stuur ons geen kopie van je paspoort of je BSN, dat hebben we niet nodig.",
                  "We hebben de storing van {n:date} opgelost in versie {n:version}. Wil je de update installeren en laten weten of het probleem weg is?",
                  "Je kunt het openstaande bedrag van {n:amount} overmaken naar {o:iban} t.n.v. Zonnestraal Software B.V. onder vermelding van factuurnummer {n:invoice}.",
                  "Bel gerust met {o:phone} (ma–vr 8:30–17:30) als je er niet uitkomt. Je kunt ook de handleiding bekijken op {o:web}.",
                  "Bedankt voor je geduld. De koppeling met de bank is weer actief sinds {n:ts}. Mocht je nog transacties missen, laat het ons weten.",
                  "We hebben je abonnement aangepast. De nieuwe factuur ({n:invoice}) staat klaar in de portal."],
    "subjects": ["Dubbele betaling", "Wijziging rekeningnummer", "Inloggen lukt niet", "Vraag over factuur", "Verhuizing",
                 "Terugbelverzoek", "Storing kassa", "Fout in loonstrook", "Opzegging abonnement", "Vraag over btw",
                 "Update mislukt", "Account geblokkeerd", "Nieuwe medewerker", "Kilometerregistratie", "Export werkt niet",
                 "Verificatie account", "Adreswijziging", "Creditcard", "Herinnering", "Klacht"],
    "fields": {"subject": "Onderwerp", "name": "Naam", "email": "E-mailadres", "phone": "Telefoonnummer", "custno": "Klantnummer",
               "product": "Product", "version": "Versie", "message": "Bericht", "category": "Categorie", "order": "Ordernummer"},
    "categories": ["Facturen", "Technische vraag", "Account", "Salarisadministratie", "Kassa", "Overig"],
    "bodies_pii": [
        "Ik heb op {n:date} per ongeluk twee keer betaald voor factuur {n:invoice} ({n:amount}). Kunnen jullie het teveel betaalde terugstorten op {iban} t.n.v. {name}?",
        "Graag wil ik mijn rekeningnummer wijzigen voor de maandelijkse incasso.\nNieuw IBAN: {iban}\nHet oude rekeningnummer mag eruit. Klantnummer {n:custno}.",
        "Bij het aanmaken van de loonstrook voor onze nieuwe medewerker {p2.full} krijg ik foutmelding {n:err}. Het BSN dat ik invoer is {p2.bsn} en de geboortedatum {p2.dob}. We draaien versie {n:version}.",
        "Waarom vraagt jullie app om mijn BSN? Ik heb het toch al ingevuld: {bsn}. De aangifte over {r:quarter} blijft hangen op 'in behandeling'.",
        "Wij zijn per {n:date} verhuisd. Ons nieuwe adres is:\n{addrblock}\nWillen jullie dit aanpassen voor de facturen? Ordernummer {n:order}.",
        "Kunnen jullie mij terugbellen op {phone}? Ik ben tussen {n:time} en 17:00 bereikbaar. Het gaat over ticket {n:ticket}.",
        "Ik kan sinds vanochtend niet meer inloggen, ik krijg steeds een {n:http}-fout. Mijn IP-adres is {ip}, staat dat misschien op een blokkadelijst? Intern zit de server op {n:privip}.",
        "Mijn creditcard {card} is twee keer belast voor het jaarabonnement ({n:amount}). Geldig t/m {n:expiry}. Graag één van de twee betalingen terugboeken.",
        "Voor de verificatie van mijn account: mijn paspoortnummer is {passport} en ik ben geboren op {dob}. Ik hoop dat dit genoeg is.",
        "Ik heb een kopie van mijn ID-kaart geüpload (documentnummer {idcard}), maar het portaal zegt dat de upload mislukt is. Foutcode {n:err}.",
        "De RitApp vraagt bij het koppelen van de leaseauto om mijn rijbewijsnummer. Ik heb {rijbewijs} ingevuld maar krijg '{n:err}'.",
        "In de RitApp staat mijn auto met kenteken {plate} er twee keer in. Kunnen jullie de ritten van {n:date} bij de oude invoer weghalen?",
        "We willen overstappen naar het zakelijke abonnement. Onze gegevens:\n{company}\nKvK {kvk}\nBtw-id {btw}\n{addrline}",
        "Als zzp'er stond op mijn facturen nog mijn oude omzetbelastingnummer {ob}. Sinds 2020 heb ik btw-id {btw}. Hoe pas ik dat aan in het factuursjabloon?",
        "Medewerker {p2.full} (BSN {p2.bsn}) en {p3.full} (BSN {p3.bsn}) zijn allebei dubbel aangemaakt na de import van {n:date}. Kunnen jullie de dubbele records verwijderen?",
        "Mijn e-mailadres is veranderd, het oude adres ({altemail}) bestaat niet meer. Wilt u voortaan {email} gebruiken voor de facturen?",
        "Kunnen de facturen voortaan naar onze boekhouder, {p2.name} ({p2.email})? Factuur {n:invoice} graag ook nog een keer naar dat adres sturen.",
        "Ik wil de automatische incasso stopzetten. Het gaat om rekening {iban} ten name van {sur}.",
        "Mijn mobiele nummer {mobile} is niet meer in gebruik. Bel voortaan naar {landline}, dat is ons vaste nummer.",
        "Het pakket met de kassalade (track & trace {n:track}) moet naar {addrline} en niet naar ons oude kantoor.",
        "Ik heb per ongeluk met mijn privé-creditcard {card} betaald in plaats van met de zakelijke rekening. Kunnen jullie {n:amount} terugstorten op {iban}?",
        "Ik ben getrouwd en heet sinds kort {hyph}. Kunnen jullie de naam op mijn account en op de facturen aanpassen? Klantnummer {n:custno}.",
        "Onze collega {p2.full} ({p2.email}, tel. {p2.phone}) kan niet inloggen sinds de update naar {n:version}. Kunnen jullie het wachtwoord resetten?",
        "Gegevens nieuwe medewerker voor de salarisadministratie:\nNaam: {p2.full}\nBSN: {p2.bsn}\nGeboortedatum: {p2.dob}\nIBAN: {p2.iban}\nAdres: {p2.addrline}",
        "Op de salarisstrook van {p2.init} staat nog het oude rekeningnummer. Het nieuwe nummer is {p2.iban}. Kunnen jullie dat voor de run van {n:date} aanpassen?",
        "Ons postadres is gewijzigd naar {postbus}, {pc} {city}. Het bezoekadres blijft hetzelfde.",
        "Mijn leaseauto ({plate}) wordt niet herkend in de kilometerregistratie. Het kenteken staat wel goed in de RDW-gegevens.",
        "Mijn Visa {card:visa} wordt geweigerd met code {n:err}. Bij andere webshops werkt hij gewoon.",
        "Mijn naam is {full} en ik neem contact op namens {company}. We hebben vorige week offerte {n:invoice} ontvangen. U kunt mij bereiken op {phone}.",
        "Gisteren belde {p2.sur} van onze administratie over de koppeling met de bank, maar de verbinding werd verbroken. Kunt u haar of hem terugbellen op {p2.phone}?",
        "Stuur de inloggegevens alstublieft naar {email} en niet naar {altemail}, daar kijk ik niet meer in.",
        "Onze administrateur {p2.sur} is met pensioen. Vanaf {n:date} is {p3.full} het aanspreekpunt ({p3.email}).",
        "Ik wil mijn abonnement opzeggen per {n:date}. Klantnummer {n:custno}, postcode {pc}, huisnummer {n:housenr}.",
        "Iemand heeft vannacht om {n:time} ingelogd vanaf {ip}, dat was ik niet! Ik zat zelf thuis achter de router ({n:privip}). Graag direct blokkeren.",
        "Sinds de overstap naar glasvezel krijgt ons kantoor een IPv6-adres ({ip6}) en nu word ik steeds uitgelogd uit de webversie.",
        "Ik woon in België, mijn gsm-nummer is {phone:BE} en mijn rekeningnummer {iban:BE}. Kan de incasso voortaan daarvan lopen?",
        "Ik heb inmiddels een Duitse bankrekening: {iban:DE}. Is een SEPA-incasso daarvan ook mogelijk?",
        "Voor de identificatie vraagt de app mijn geboortedatum: {dob}. Mijn sofinummer is {bsn:eight}, maar dat wordt niet geaccepteerd.",
        "BSN {bsn:dot423} hoort bij mijn dochter, niet bij mij. Kunt u dat corrigeren in de aangifte van {r:year}?",
        "Wij staan ingeschreven bij de Kamer van Koophandel onder nummer {kvk}. Btw-identificatienummer: {btw}. Graag beide op de factuur vermelden.",
        "Bel me even op {phone}, of bel mijn collega {p2.first} op {p2.phone} als ik niet opneem.",
        "Ter controle: geboren {dob}, postcode {pc}, huisnummer {n:housenr}. Mijn klantnummer weet ik niet meer.",
        "De factuur moet op naam van {init}, {addrline}. Nu staat het adres van mijn vorige werkgever erop.",
        "Het IBAN op factuur {n:invoice} klopt niet: er staat {n:maskediban}, maar het moet {iban} zijn.",
        "Mijn gegevens: {full}, {email}, {phone}. Ik krijg bij het opslaan steeds foutcode {n:err}.",
        "Mijn nieuwe adres is {addr} in {city} (postcode {pc}). Het oude adres kan uit het systeem.",
        "Kenteken {plate} is verkocht, kunnen jullie deze auto uit mijn rittenregistratie halen? De nieuwe auto heeft kenteken {plate:8}.",
        "Bij de betaling via iDEAL kreeg ik een foutmelding, daarna heb ik met Mastercard {card:mastercard} betaald. Nu zijn beide bedragen afgeschreven.",
        "Mijn Amex {card:amex} staat nog als betaalmethode in het account, die wil ik verwijderen. Liever een incasso op {iban}.",
        "Ik heb mijn rijbewijs ({rijbewijs}) en paspoort ({passport}) al naar jullie gemaild voor de verificatie. Hoe lang duurt het nog?",
        "Namens mijn moeder, {p2.sur}: zij is geboren op {p2.dob} en woont op {p2.addrline}. Zij krijgt de brieven niet meer.",
        "Mijn BSN-nummer is {bsn:sp333}. Het staat ook op de loonstrook van {n:date}, maar daar lijkt een cijfer te missen.",
        "Onze webshop draait op jullie kassasysteem. Klanten melden dat de betaalpagina bij IP {ip} vastloopt, bij andere adressen niet.",
        "Graag de factuur t.a.v. {init} sturen naar {bizemail}. Bedrijfsnaam: {company}, KvK-nummer: {kvk}.",
        "Kunnen jullie controleren of de betaling met kaartnummer {card} gelukt is? Ik zie hem niet terug in het overzicht van {n:date}.",
        "Bij het inloggen krijg ik de melding 'onbekende locatie'. Volgens whatismyip is mijn IP {ip}. Kan dat het probleem zijn?",
        "Ons kantoor heeft een vast IP-adres ({ip}). Kunnen jullie dat op de whitelist zetten voor de API? De testomgeving draait op {n:privip}.",
        "Ik heb twee keer betaald: eerst met mijn creditcard {card}, daarna met de kaart van mijn partner ({p2.card}). Eén van beide graag terugboeken.",
    ],
    "bodies_free": [
        "Factuur {n:invoice} van {n:date} klopt niet: er staat {n:amount} op, maar volgens de offerte zou het {n:amount} zijn. Ordernummer {n:order}.",
        "Na de update naar versie {n:version} crasht het programma bij het opstarten. Windows build {n:winbuild}, {n:mb} vrij geheugen.",
        "Mijn bestelling {n:order9pass} is nog steeds niet geleverd. Track & trace: {n:track}. Kunnen jullie kijken waar het pakket blijft?",
        "Ik krijg de verificatiecode niet binnen. De laatste code die ik kreeg was {n:code6} en die is verlopen.",
        "De betaling met de kaart eindigend op {n:masked} is mislukt. Kunnen jullie zien waarom?",
        "Sinds {n:date} zie ik deze fout in de log:\n{n:ts} ERROR connection to {n:privip}:{n:port} refused (HTTP {n:http})\nWat moet ik doen?",
        "Hoe zet ik het btw-tarief van een product op {n:pct} in plaats van {n:pct}? Ik kan het nergens vinden in versie {n:version}.",
        "In {n:yw_en} begin 2024 hebben we dezelfde import gedaan zonder problemen, maar nu krijgen we foutcode {n:err}.",
        "Ordernummer {n:order9} wordt niet herkend in het portaal. Ik heb het nummer letterlijk van de orderbevestiging overgenomen.",
        "De kassa geeft bij het scannen van barcode {n:ean} een foutmelding. Andere producten werken wel.",
        "Hoe vind ik het IMEI-nummer van de mobiele pinautomaat? In het menu staat IMEI {n:imei}, maar de leverancier vraagt een ander nummer.",
        "Het MAC-adres van de kassa is {n:mac}. Moet ik dat ergens in de router invullen?",
        "Volgens onze developer veroorzaakt commit {n:git} in de plugin het probleem met de API-koppeling.",
        "In de export staan nu placeholders als {n:redacted} en {n:redacted} in plaats van de echte gegevens. Is dat een nieuwe instelling?",
        "De pagina {n:url} geeft een {n:http}. Ligt het aan jullie of aan ons?",
        "Ik zie op social media dat {n:handle} ook last heeft van de storing {n:hashtag}. Is er al een oplossing?",
        "Artikelnummer {n:prodcode} (kassabonrollen 57 mm) staat al weken op 'niet leverbaar'. Wanneer komt dat weer binnen?",
        "Ik heb gisteren naar {o:phone} gebeld, maar na 20 minuten in de wacht heb ik opgehangen. Wanneer zijn jullie het best bereikbaar?",
        "Ik heb {n:amount} overgemaakt naar {o:iban} met betalingskenmerk {n:invoice}, maar de factuur staat nog steeds op open.",
        "Ik kreeg een mail van {o:noreply} met een link naar {o:web}. Is die mail echt van jullie?",
        "Onze klanten (onder andere Bakkerij De Vries en de Albert Heijn op de hoek) kunnen sinds de update niet meer pinnen via de kassa.",
        "Wanneer komt versie {n:version} uit? In de release notes op {o:web} staat alleen {n:version}.",
        "Ons kantoor zit aan de Jan van Galenstraat, maar de routebeschrijving op jullie site klopt niet. Is dat bekend?",
        "Van de week kreeg ik drie keer dezelfde herinnering voor factuur {n:invoice}, terwijl die al op {n:date} betaald is.",
        "Hoe exporteer ik mijn administratie van {r:year} naar Excel? De knop 'Exporteren' is grijs.",
        "Sinds {n:date} staat de bankkoppeling op 'niet actief'. BIC {n:bic}, laatste synchronisatie {n:ts}.",
        "Tijdstempel {n:tsiso}, foutcode {n:err}, build {n:winbuild}. Het gebeurt alleen bij grote bestanden (meer dan {n:mb}).",
        "Mijn laptop heeft {n:mb} geheugen, is dat genoeg voor de nieuwe versie of moet ik naar 8 GB?",
        "Wat kost het Plus-abonnement per jaar? Nu betalen we {n:amount} per maand exclusief {n:pct} btw.",
        "Ik heb een nieuwe licentiecode gekregen ({n:licence}) maar die wordt niet geaccepteerd. Serienummer van de kassa: {n:serial}.",
        "Het keuzemenu vraagt om het referentienummer van de brief, maar {n:badphone} wordt niet geaccepteerd.",
        "De handleiding (ISBN {n:isbn}) die bij het pakket zat is verouderd. Is er een nieuwe versie?",
        "Op de afschrijving van {n:datephone} staat een ander bedrag ({n:amount}) dan op de factuur.",
        "De import van het bankafschrift geeft: 'Bedrag {n:amountbig} te groot'. Dat klopt niet, het was {n:amount}.",
        "Mijn vraag van {n:date} (ticket {n:ticket}) is nog steeds niet beantwoord. Kunnen jullie even kijken?",
        "Kunnen jullie documentatie over de API sturen? We gebruiken PHP {n:php} en {n:npm} versie {n:version}.",
        "In het voorbeeld in de handleiding staat BSN {n:bsnsample} en rekening {n:fakeiban}. Moet ik die vervangen door echte gegevens?",
        "De Unix-timestamp in het exportbestand ({n:unix}) wordt niet goed omgezet naar een datum.",
        "Mijn verificatiecode {n:code6} werkt niet en de nieuwe code van {n:time} ook niet.",
        "Is het klantnummer hetzelfde als het debiteurennummer? Op de factuur staat {n:custno}, in de app {n:order}.",
        "De link in de mail ({o:web}) werkt niet in Safari. In Chrome wel. We gebruiken macOS {n:version}.",
        "Het pakket met tracking {n:track} is volgens de bezorger afgeleverd, maar wij hebben niets ontvangen. Ordernummer {n:order9pass}.",
        "Vestigingsnummer {n:kvkvest} wordt niet geaccepteerd in het veld KvK-nummer. Dat veld wil kennelijk 8 cijfers?",
    ],
    "social_pii": [
        "{o:handle} al 3 dagen geen reactie op mijn ticket 😤 bel me nou gewoon even: {phone}",
        "hoi {o:handle}! kunnen jullie mijn geld terugstorten op {iban}? dubbel afgeschreven 🙏",
        "{o:handle} dm gestuurd met mijn klantnummer, mail me op {email} 👍",
        "wie kan me helpen 🙈 kassa doet raar. bel {phone}📞",
        "📞{phone} graag terugbellen {o:handle}, gaat over ticket {n:ticket}",
        "{o:handle} is mijn account gehackt?? login vanaf {ip} om {n:time}, ik zat gewoon thuis 😡",
        "👩‍💻 {first} hier, waar zit de export-knop in {r:product}? iemand? {n:hashtag}",
        "nieuw adres: {addrline} 🏡 wie past het aan in mijn account {o:handle}?",
        "{o:handle} jullie hebben mijn creditcard {card} nog steeds opgeslagen terwijl ik heb opgezegd!! verwijderen aub",
        "👨‍👩‍👧 gezinsabonnement opgezegd maar nog steeds incasso op {iban}. {o:handle} graag terugboeken #klantenservice",
        "thx {agent.first} van {o:handle} voor de snelle hulp 🙌🇳🇱",
        "kenteken {plate} staat dubbel in de RitApp 🚗🚗 {o:handle}",
        "{o:handle} mail me even op {email}✉️ dan stuur ik de screenshots",
        "{o:handle} bsn {bsn} staat zomaar op het loonstrookje van een collega?!?! 😱 #privacy",
        "{o:handle} dm? mijn nr is {phone} 🙏🏽",
        "{o:handle} mijn naam is {full}, al 2 weken wacht ik op mijn terugbetaling van {n:amount} 😤",
        "shoutout naar {agent.full} van {o:handle}, top geholpen 💪🇧🇪",
        "{o:handle} betaling met {card} mislukt maar wel afgeschreven?! 💸",
        "{o:handle} staat mijn ip {ip} op jullie blocklist ofzo? kan niet inloggen 🤬",
    ],
    "social_free": [
        "{o:handle} ligt jullie site eruit? krijg steeds {n:http} 😩 {n:hashtag}",
        "na update {n:version} crasht alles 🙄 #fail {o:handle}",
        "shoutout naar {o:handle} 🙌 binnen 5 min geholpen! 👩‍💻",
        "iemand anders ook problemen met inloggen? code {n:code6} werkt niet 🤷‍♀️ {n:hashtag}",
        "{o:handle} wanneer komt de nieuwe versie van de kassa app? 🇳🇱🇧🇪",
        "pakketje {n:track} al 5 dagen onderweg 🐌 {o:handle}",
        "{n:handle} en ik hebben allebei dubbel betaald 😤 {o:handle} fix dit even",
        "{o:handle} factuur {n:invoice} klopt niet, {n:amount} ipv {n:amount} 🤔",
        "👨‍👩‍👧 btw-aangifte in 10 minuten klaar met {r:product} 🎉 {n:hashtag}",
        "bel {o:phone} en je hangt 45 min in de wacht ☎️😴",
        "storing? {o:web} geeft {n:http} 🔥🔥",
        "in {n:yw_en} het voorjaar werkte het gewoon 🤷 {o:handle}",
        "{o:handle} mijn ordernummer {n:order9pass} staat nergens?? 🧐",
        "👨‍💻 {n:err} bij elke sync… {o:handle} #storing",
    ],
    "neg": ["Ordernummer: {n:order}.", "Het gaat om factuur {n:invoice} van {n:date}.",
            "Ik gebruik versie {n:version} op Windows build {n:winbuild}.", "Ticketnummer {n:ticket}.", "Bedrag: {n:amount}.",
            "Klantnummer {n:custno}.", "Foutmelding: {n:err} om {n:time}.", "De verificatiecode was {n:code6}.",
            "Betaald met de kaart eindigend op {n:masked}.", "Track & trace: {n:track}.",
            "PS: de server draait op {n:privip}, maar dat zal wel niets uitmaken.",
            "Het ordernummer op de pakbon is {n:order9pass}.", "Bestelnummer {n:order9}.",
            "Factuurdatum {n:datenum}, vervaldatum {n:datenum}.", "Ik heb {n:mb} vrij op de schijf.",
            "Het gaat om {n:pct} van de facturen.", "IMEI van het toestel: {n:imei}.", "EAN {n:ean} staat ook op de doos.",
            "Zie ook {n:url}.", "In de export staat {n:redacted} op die plek.", "De code uit de sms was {n:code6}.",
            "Referentie op de brief: {n:badphone}.", "Het gaat om de afschrijving van {n:datephone}.", "Het gaat om artikelnummer {n:prodcode}.",
            "In {n:yw_en} daarna ging het ook al mis.", "Ook in {n:yw_is} dit al eens gebeurd.", "Timestamp in de log: {n:unix}.", "De oude rekening ({n:maskediban}) is al opgeheven.",
            "Op het bankafschrift staat {n:amountbig}, dat kan niet kloppen.", "Handleiding: ISBN {n:isbn}.", "Licentie {n:licence}."],
    "fill": ["Alvast bedankt voor de moeite.", "Ik hoor graag zo snel mogelijk van jullie.",
             "Het is nogal dringend, want de aangifte moet deze week de deur uit.",
             "Eerder heb ik hierover al gebeld, maar toen viel de verbinding weg.",
             "Ik heb de pagina al een paar keer ververst en de cache geleegd.",
             "Laat maar weten als jullie nog iets nodig hebben.", "Excuses voor de lange mail.",
             "Dit is al de tweede keer dat ik hierover mail.", "Kunnen jullie hier vandaag nog naar kijken?"],
    "fillers": {"quarter": ["het eerste kwartaal", "Q3", "het vierde kwartaal", "januari", "het tweede kwartaal"]},
    "long_intro": ["Hieronder de volledige log van vanochtend, misschien kunnen jullie er iets mee. Het gaat mis rond de synchronisatie.",
                   "Zoals gevraagd de logbestanden van de kassa. Excuses voor de lengte."],
}


PACKS["en"] = {
    "titles": {
        "any": {"m": ["Mr", "Mr.", "Mr", "Dr"], "f": ["Mrs", "Ms", "Ms.", "Mrs.", "Dr"]},
        "geachte": {"m": ["Mr", "Mr."], "f": ["Ms", "Mrs"]},
        "beste": {"m": ["Mr"], "f": ["Ms"]},
    },
    "greet_group": ["Hi,", "Hello,", "Dear Sir or Madam,", "Hi team,", "Hello support,", "Dear Zonnestraal team,",
                    "Good morning,", "Hi there,", "To whom it may concern,", "Hello all,", "Dear customer service,",
                    "Hey,", "Good afternoon,"],
    "greet_agent": ["Hi {agent.first},", "Dear {agent.first},", "Hello {agent.first},", "Dear {agent.sur:geachte},",
                    "Thanks {agent.first},"],
    "greet_cust": ["Dear {first},", "Hi {first},", "Dear {sur:geachte},", "Hello {first},", "Dear {full},"],
    "greet_cust_free": ["Dear customer,", "Dear Sir or Madam,", "Hello,", "Hi there,"],
    "signoff": ["Kind regards,", "Best regards,", "Best,", "Cheers,", "Thanks,", "Regards,", "Many thanks,",
                "Thanks in advance,", "Yours sincerely,", "Warm regards,", "Thank you,", "BR,"],
    "sig_name": ["{first}", "{full}", "{name}", "{init}", "{first}", "{full}"],
    "sig_extra": ["{addrblock}\nTel: {phone}", "M: {phone}", "Mobile: {mobile}", "{phone}", "Phone: {phone}",
                  "{company}\n{addrline}\nT {phone} | {bizemail}", "Sent from my iPhone", "{company} | {bizemail}",
                  "{addrline}", "{company}\nChamber of Commerce (KvK) {kvk}\nVAT {btw}", "📱 {mobile}",
                  "{company}\nOffice: {landline}"],
    "sig_free": ["Kind regards,\nAccounts Payable", "Best,\nThe finance team", "Cheers", "Thanks!", "Sent from my iPhone",
                 "Regards,\nIT department", "Thanks in advance", "Best regards"],
    "org_sig": ["Kind regards,\n\n{agent.full}\nCustomer Support | {o:name}\n{o:addr}\nT {o:phone} | {o:email}\n{o:web}",
                "Best,\n{agent.first}\nZonnestraal Support\n{o:phone}",
                "Kind regards,\n{agent.full}\nSupport Engineer, Zonnestraal Software\n{o:web} · {o:email}",
                "Regards,\n{agent.init}\nBilling, {o:name}\n{o:email} | IBAN {o:iban} | Chamber of Commerce {o:kvk} | VAT {o:btw}"],
    "org_sig_team": ["Kind regards,\n\nCustomer Support\n{o:name} | {o:web} | {o:phone}",
                     "Best regards,\nZonnestraal Support\n{o:email}",
                     "Kind regards,\nBilling department\n{o:name}\n{o:addr}\nVAT {o:btw} | IBAN {o:iban}"],
    "reply_org": ["On {n:hdrdate} at {r:hhmm}, Zonnestraal Support <{o:email}> wrote:",
                  "On {n:hdrdate}, at {r:hhmm}, Zonnestraal Support <{o:email}> wrote:",
                  "-----Original Message-----\nFrom: Zonnestraal Support <{o:email}>\nSent: {n:hdrdate} {r:hhmm}\nSubject: RE: {r:subject}"],
    "reply_org_pii": ["From: Zonnestraal Support <{o:email}>\nSent: {n:hdrdate} {r:hhmm}\nTo: {email}\nSubject: RE: {r:subject}",
                      "On {n:hdrdate} at {r:hhmm}, {agent.full} <{o:email}> wrote:"],
    "reply_cust": ["On {n:hdrdate} at {r:hhmm}, {full} <{email}> wrote:", "On {n:hdrdate}, {name} <{email}> wrote:",
                   "From: {full} <{email}>\nSent: {n:hdrdate} {r:hhmm}\nTo: {o:email}\nSubject: {r:subject}"],
    "fwd": ["---------- Forwarded message ---------\nFrom: {p2.full} <{p2.email}>\nDate: {n:hdrdate} at {r:hhmm}\nSubject: {r:subject}\nTo: {email}",
            "Begin forwarded message:\n\nFrom: {p2.name} <{p2.email}>\nSubject: {r:subject}\nDate: {n:hdrdate} at {r:hhmm}\nTo: {email}"],
    "fwd_intro": ["See the email from our accountant below, can you take a look?", "FYI, forwarding this.",
                  "Forwarding at the request of my colleague.", "Please see below."],
    "fwd_body": ["Hi {first},\n\nThe payroll import fails for {p3.full} (BSN {p3.bsn}). Could you check with Zonnestraal what is going on?\n\nThanks,\n{p2.first}",
                 "Hi {first},\n\nThe VAT return shows a difference of {n:amount}. It looks like invoice {n:invoice} was booked twice. Can you ask the supplier?\n\nBest,\n{p2.full}\n{p2.phone}",
                 "Dear {first},\n\nThe new account for the direct debit is {iban}. Please pass it on to the software supplier.\n\nRegards,\n{p2.init}"],
    "org_reply": ["Thank you for your message. I have passed your question on to our technical team; your ticket number is {n:ticket}. We aim to reply within {r:n} working days.",
                  "Unfortunately we cannot find the payment. Could you send us the date and the amount? Please never send us your PIN or a full card number.",
                  "To verify your account we need your postcode and your customer number. Please do not send us a copy of your passport, we do not need it.",
                  "We fixed the outage of {n:date} in version {n:version}. Could you install the update and let us know whether the problem is gone?",
                  "You can transfer the outstanding amount of {n:amount} to {o:iban} in the name of Zonnestraal Software B.V., quoting invoice number {n:invoice}.",
                  "Feel free to call us on {o:phone} (Mon–Fri 8:30–17:30, CET). The manual is at {o:web}.",
                  "Thanks for your patience. The bank connection has been active again since {n:ts}."],
    "subjects": ["Double payment", "Change of bank details", "Cannot log in", "Question about invoice", "Moving house",
                 "Call back request", "POS outage", "Payslip error", "Cancel subscription", "VAT question", "Update failed",
                 "Account locked", "New employee", "Mileage log", "Export not working", "Account verification", "Refund"],
    "fields": {"subject": "Subject", "name": "Name", "email": "Email", "phone": "Phone", "custno": "Customer number",
               "product": "Product", "version": "Version", "message": "Message", "category": "Category", "order": "Order number"},
    "categories": ["Billing", "Technical", "Account", "Payroll", "POS", "Other"],
    "bodies_pii": [
        "I accidentally paid invoice {n:invoice} twice on {n:date} ({n:amount}). Could you refund the extra payment to {iban}, account holder {name}?",
        "Please update my bank details for the monthly direct debit.\nNew IBAN: {iban}\nCustomer number {n:custno}.",
        "When I create the payslip for our new employee {p2.full} I get error {n:err}. The BSN (citizen service number) I enter is {p2.bsn}, date of birth {p2.dob}. We run version {n:version}.",
        "We moved on {n:date}. Our new address is:\n{addrblock}\nCould you update it for the invoices? Order number {n:order}.",
        "Could you call me back on {phone}? I'm available between {n:time} and 5 pm. It's about ticket {n:ticket}.",
        "I have not been able to log in since this morning, I keep getting a {n:http} error. My IP address is {ip}, is it on a block list? Our internal server is {n:privip}.",
        "My credit card {card} was charged twice for the annual plan ({n:amount}), expiry {n:expiry}. Please refund one of the two payments.",
        "For the account verification: my passport number is {ukpass} and my date of birth is {dob}.",
        "I uploaded a copy of my Dutch ID card (document number {idcard}) but the portal says the upload failed.",
        "The mileage app asks for my driving licence number when I link my lease car. I entered {rijbewijs} but get '{n:err}'.",
        "My car with registration {plate} appears twice in RitApp. Could you remove the trips of {n:date} from the old entry?",
        "We'd like to switch to the business plan. Company details:\n{company}\nChamber of Commerce (KvK) {kvk}\nVAT ID {btw}\n{addrline}",
        "As a freelancer in the Netherlands my invoices still showed my old VAT number {ob}. Since 2020 I have VAT ID {btw}. How do I change the invoice template?",
        "Employees {p2.full} (BSN {p2.bsn}) and {p3.full} (BSN {p3.bsn}) were both created twice after the import of {n:date}.",
        "My email address has changed; the old one ({altemail}) no longer exists. Please use {email} for invoices from now on.",
        "Could invoices go to our accountant, {p2.name} ({p2.email}), from now on? Please also resend invoice {n:invoice} to that address.",
        "I want to cancel the direct debit from account {iban} in the name of {sur}.",
        "My mobile number {mobile} is no longer in use. Please call our landline {landline} instead.",
        "The parcel with the cash drawer (tracking {n:track}) should go to {addrline}, not to our old office.",
        "I paid with my personal card {card} instead of the company account by mistake. Could you refund {n:amount} to {iban}?",
        "I got married and my name is now {hyph}. Could you change the name on my account and invoices? Customer number {n:custno}.",
        "Our colleague {p2.full} ({p2.email}, phone {p2.phone}) cannot log in since the update to {n:version}. Could you reset the password?",
        "New employee details for payroll:\nName: {p2.full}\nBSN: {p2.bsn}\nDate of birth: {p2.dob}\nIBAN: {p2.iban}\nAddress: {p2.addrline}",
        "Our PO box has changed to {postbus} (postcode {pc}).",
        "My Visa {card:visa} is declined with code {n:err}, although it works in other shops.",
        "My name is {full} and I'm contacting you on behalf of {company}. You can reach me on {phone}.",
        "Please send the login details to {email} and not to {altemail}.",
        "Someone logged in last night at {n:time} from {ip} and it wasn't me! I was at home behind my router ({n:privip}). Please lock the account.",
        "Since we switched to fibre our office gets an IPv6 address ({ip6}) and I keep getting logged out of the web app.",
        "I live in Belgium, my mobile is {phone:BE} and my bank account is {iban:BE}. Can the direct debit be taken from there?",
        "I now have a German bank account: {iban:DE}. Is a SEPA direct debit possible?",
        "The app asks for my date of birth for identification: {dob}. My BSN is {bsn}.",
        "We are registered with the Chamber of Commerce under number {kvk}, VAT ID {btw}. Please show both on the invoice.",
        "Call me on {phone}, or my colleague {p2.first} on {p2.phone} if I don't pick up.",
        "For verification: born {dob}, postcode {pc}. I don't remember my customer number.",
        "The invoice should be addressed to {init}, {addrline}. It currently shows my previous employer's address.",
        "The IBAN on invoice {n:invoice} is wrong: it says {n:maskediban} but it should be {iban}.",
        "My details: {full}, {email}, {phone}. I keep getting error {n:err} when saving.",
        "I sold the car with plate {plate}; please remove it from my mileage log. The new car is {plate:10}.",
        "iDEAL failed, so I paid with Mastercard {card:mastercard}. Now both amounts have been debited.",
        "My Amex {card:amex} is still stored as a payment method; please delete it and use a direct debit from {iban}.",
        "On behalf of my mother, {p2.sur}: she was born on {p2.dob} and lives at {p2.addrline}. She no longer receives the letters.",
        "Our web shop runs on your POS system. Customers report that the payment page hangs for IP {ip} but not for other addresses.",
        "Please address the invoice FAO {init} and send it to {bizemail}. Company: {company}, Chamber of Commerce number: {kvk}.",
        "I'm a Dutch resident working for a UK company. My BSN is {bsn:dot423} and my UK number is {phone:GB}.",
        "Hi, this is {first} from {company}. Our card terminal was stolen; the last transaction was on card {card}. What should I do?",
        "We received a call from {p2.sur} claiming to be from your company, asking for our IBAN {iban}. Is that legit?",
        "My Dutch driving licence number is {rijbewijs}, the mileage module rejects it. The car is {plate}.",
        "Please change my phone number from {altphone} to {phone}.",
        "Please whitelist our office IP {ip} for API access. Our staging box is {n:privip}.",
        "Could you check whether the payment with card number {card} went through? I can't see it in the overview.",
        "The login page says 'unknown location'. According to whatismyip my IP is {ip}.",
    ],
    "bodies_free": [
        "Invoice {n:invoice} dated {n:date} is wrong: it says {n:amount} but the quote was {n:amount}. Order number {n:order}.",
        "After the update to version {n:version} the program crashes on startup. Windows build {n:winbuild}, {n:mb} free memory.",
        "My order {n:order9pass} still hasn't arrived. Tracking: {n:track}. Could you check where it is?",
        "I'm not receiving the verification code. The last one was {n:code6} and it has expired.",
        "The payment with the card ending in {n:masked} failed. Can you see why?",
        "Since {n:date} I see this error in the log:\n{n:ts} ERROR connection to {n:privip}:{n:port} refused (HTTP {n:http})\nWhat should I do?",
        "How do I set the VAT rate of a product to {n:pct}? I can't find it in version {n:version}.",
        "We did the same import in {n:yw_or} early 2024 without problems, but now we get error {n:err}.",
        "Order number {n:order9} is not recognised in the portal. I copied it straight from the confirmation.",
        "The POS shows an error when scanning barcode {n:ean}. Other products are fine.",
        "Where do I find the IMEI of the mobile card terminal? The menu shows IMEI {n:imei}, but the supplier wants another number.",
        "The MAC address of the till is {n:mac}. Do I need to enter it in the router?",
        "Our developer says commit {n:git} in the plugin causes the API issue.",
        "The export now shows placeholders like {n:redacted} and {n:redacted} instead of the real data. Is that a new setting?",
        "The page {n:url} returns a {n:http}. Is it you or us?",
        "I see on social media that {n:handle} is affected too {n:hashtag}. Is there a fix yet?",
        "I called {o:phone} yesterday but hung up after 20 minutes on hold. When is the best time to call?",
        "I transferred {n:amount} to {o:iban} with reference {n:invoice}, but the invoice is still open.",
        "I received an email from {o:noreply} with a link to {o:web}. Is that really from you?",
        "When will version {n:version} be released? The release notes at {o:web} only mention {n:version}.",
        "How do I export my {r:year} records to Excel? The Export button is greyed out.",
        "The bank connection has shown 'inactive' since {n:date}. BIC {n:bic}, last sync {n:ts}.",
        "Timestamp {n:tsiso}, error {n:err}, build {n:winbuild}. It only happens with large files (over {n:mb}).",
        "My laptop has {n:mb} of RAM. Is that enough for the new version?",
        "How much is the Plus plan per year? We currently pay {n:amount} per month excluding {n:pct} VAT.",
        "I received a new licence key ({n:licence}) but it is not accepted. Serial number of the till: {n:serial}.",
        "The manual (ISBN {n:isbn}) that came with the package is outdated. Is there a newer one?",
        "My question from {n:date} (ticket {n:ticket}) still hasn't been answered.",
        "Could you send the API docs? We use PHP {n:php} and {n:npm} version {n:version}.",
        "The sample in the manual shows BSN {n:bsnsample} and account {n:fakeiban}. Do I replace those with real data?",
        "The Unix timestamp in the export file ({n:unix}) isn't converted to a date correctly.",
        "Item {n:prodcode} (receipt rolls, 57 mm) has been out of stock for weeks.",
        "Our stores in Baker Street and at the Albert Heijn mall can't take card payments since the update.",
        "Is the customer number the same as the account number? The invoice says {n:custno}, the app {n:order}.",
        "The link in the email ({o:web}) doesn't open in Safari on macOS {n:version}.",
        "The tracking for {n:track} says delivered, but we haven't received anything. Order {n:order9pass}.",
        "We were invoiced in {n:yw_as} well, for a plan we cancelled. Invoice {n:invoice}, amount {n:amount}.",
        "Can I use a retina logo (e.g. {n:retina}) on the invoice template?",
        "Message-ID of the bounced invoice mail: {n:msgid}. Status {n:http}.",
    ],
    "social_pii": [
        "{o:handle} 3 days and no reply to my ticket 😤 just call me: {phone}",
        "hey {o:handle} can you refund me to {iban}? charged twice 🙏",
        "{o:handle} sent you a DM, email me at {email} 👍",
        "anyone? till acting weird 🙈 call {phone}📞",
        "{o:handle} was my account hacked?? login from {ip} at {n:time} and I was asleep 😡",
        "👩‍💻 {first} here, where's the export button in {r:product}? {n:hashtag}",
        "{o:handle} you still have my card {card} stored after I cancelled!! delete it pls",
        "thanks {agent.first} at {o:handle} for the quick help 🙌🇬🇧",
        "{o:handle} my name is {full}, still waiting for my refund of {n:amount} 😤",
        "{o:handle} DM? my number is {phone} 🙏🏽",
        "{o:handle} email me at {email}✉️ and I'll send the screenshots",
        "new address {addrline} 🏡 how do I update it {o:handle}?",
        "👨‍👩‍👧 cancelled the family plan but you still debit {iban} {o:handle}",
        "{o:handle} payment with {card} failed but I was charged?! 💸",
        "{o:handle} is my ip {ip} blocked? can't log in 🤬",
    ],
    "social_free": [
        "{o:handle} is your site down? keep getting {n:http} 😩 {n:hashtag}",
        "after update {n:version} everything crashes 🙄 #fail {o:handle}",
        "shoutout to {o:handle} 🙌 sorted in 5 minutes! 👩‍💻",
        "anyone else unable to log in? code {n:code6} doesn't work 🤷‍♀️",
        "{o:handle} when is the new POS app out? 🇬🇧🇳🇱",
        "parcel {n:track} in transit for 5 days 🐌 {o:handle}",
        "{n:handle} and I were both charged twice 😤 {o:handle} fix this",
        "{o:handle} invoice {n:invoice} is wrong, {n:amount} instead of {n:amount} 🤔",
        "call {o:phone} and you're on hold for 45 min ☎️😴",
        "outage? {o:web} returns {n:http} 🔥🔥",
        "👨‍💻 {n:err} on every sync… {o:handle} #outage",
    ],
    "neg": ["Order number: {n:order}.", "It's about invoice {n:invoice} from {n:date}.", "I'm on version {n:version}, Windows build {n:winbuild}.",
            "Ticket {n:ticket}.", "Amount: {n:amount}.", "Customer number {n:custno}.", "Error: {n:err} at {n:time}.",
            "The verification code was {n:code6}.", "Paid with the card ending in {n:masked}.", "Tracking: {n:track}.",
            "PS: the server runs on {n:privip}, not sure if that matters.", "The order number on the packing slip is {n:order9pass}.",
            "Invoice date {n:datenum}, due {n:datenum}.", "I have {n:mb} free on disk.", "Device IMEI: {n:imei}.",
            "EAN {n:ean} is printed on the box.", "See also {n:url}.", "The export shows {n:redacted} there.", "The SMS code was {n:code6}.",
            "Item number {n:prodcode}.", "It already went wrong in {n:yw_or} earlier.", "Log timestamp: {n:unix}.",
            "The old account ({n:maskediban}) has been closed.", "The bank statement says {n:amountbig}, which can't be right.",
            "Manual: ISBN {n:isbn}.", "Licence {n:licence}.", "Card on file: {n:masked}."],
    "fill": ["Thanks in advance.", "Looking forward to hearing from you.", "It's fairly urgent, the VAT return is due this week.",
             "I called about this earlier but got cut off.", "I've already refreshed the page and cleared the cache.",
             "Let me know if you need anything else.", "Sorry for the long email.", "This is the second time I'm emailing about this."],
    "fillers": {"quarter": ["Q1", "Q3", "the last quarter"]},
    "long_intro": ["Below is the full log from this morning, hopefully it helps. It goes wrong around the sync.",
                   "As requested, the log files from the till. Sorry for the length."],
}


PACKS["de"] = {
    "titles": {
        "any": {"m": ["Herr", "Herrn", "Herr Dr."], "f": ["Frau", "Frau Dr.", "Frau"]},
        "geachte": {"m": ["geehrter Herr"], "f": ["geehrte Frau"]},
        "beste": {"m": ["Herr"], "f": ["Frau"]},
    },
    "greet_group": ["Sehr geehrte Damen und Herren,", "Hallo,", "Guten Tag,", "Hallo zusammen,", "Liebes Support-Team,",
                    "Guten Morgen,", "Moin,", "Hallo Team,", "Sehr geehrtes Zonnestraal-Team,", "Servus,"],
    "greet_agent": ["Hallo {agent.first},", "Liebe/r {agent.first},", "Sehr {agent.sur:geachte},", "Guten Tag {agent.sur:beste},",
                    "Hallo {agent.sur:beste},"],
    "greet_cust": ["Sehr {sur:geachte},", "Hallo {first},", "Guten Tag {sur:beste},", "Liebe/r {first},", "Hallo {full},"],
    "greet_cust_free": ["Sehr geehrte Kundin, sehr geehrter Kunde,", "Sehr geehrte Damen und Herren,", "Hallo,"],
    "signoff": ["Mit freundlichen Grüßen", "Mit freundlichen Grüßen,", "Viele Grüße", "Beste Grüße,", "MfG", "Gruß",
                "Freundliche Grüße", "LG", "Danke und Gruß", "Viele Grüße,", "Herzliche Grüße"],
    "sig_name": ["{first}", "{full}", "{name}", "{init}", "{full}", "{first}"],
    "sig_extra": ["{addrblock}\nTel.: {phone}", "Mobil: {mobile}", "Tel. {phone}", "{phone}", "Handy: {mobile}",
                  "{company}\n{addrline}\nTel.: {landline}\nE-Mail: {bizemail}", "Von meinem iPhone gesendet",
                  "{company} | {bizemail}", "{addrline}", "{company}\nIBAN: {iban}\nTel. {phone}", "Festnetz: {landline}"],
    "sig_free": ["Mit freundlichen Grüßen\nIhre Buchhaltung", "Viele Grüße\nDas Kassenteam", "MfG", "Danke!",
                 "Von meinem iPhone gesendet", "Gruß\nEinkauf", "Beste Grüße"],
    "org_sig": ["Mit freundlichen Grüßen\n\n{agent.full}\nKundenservice | {o:name}\n{o:addr}\nTel. {o:phone} | {o:email}\n{o:web}",
                "Viele Grüße\n{agent.first}\nZonnestraal Support\n{o:phone}",
                "Mit freundlichen Grüßen\n{agent.full}\nSupport, Zonnestraal Software\n{o:web} · {o:email}\nHandelsregister (KvK) {o:kvk} · USt-IdNr. {o:btw}"],
    "org_sig_team": ["Mit freundlichen Grüßen\n\nIhr Zonnestraal-Kundenservice\n{o:name} | {o:web} | {o:phone}",
                     "Viele Grüße\nZonnestraal Support\n{o:email}",
                     "Mit freundlichen Grüßen\nBuchhaltung\n{o:name}\n{o:addr}\nIBAN {o:iban}"],
    "reply_org": ["Am {n:hdrdate} um {r:hhmm} schrieb Zonnestraal Support <{o:email}>:",
                  "Am {n:hdrdate} um {r:hhmm} Uhr schrieb Zonnestraal Support <{o:email}>:",
                  "-----Ursprüngliche Nachricht-----\nVon: Zonnestraal Support <{o:email}>\nGesendet: {n:hdrdate} {r:hhmm}\nBetreff: AW: {r:subject}"],
    "reply_org_pii": ["Von: Zonnestraal Support <{o:email}>\nGesendet: {n:hdrdate} {r:hhmm}\nAn: {email}\nBetreff: AW: {r:subject}",
                      "Am {n:hdrdate} um {r:hhmm} schrieb {agent.full} <{o:email}>:"],
    "reply_cust": ["Am {n:hdrdate} um {r:hhmm} schrieb {full} <{email}>:", "Am {n:hdrdate} schrieb {name} <{email}>:",
                   "Von: {full} <{email}>\nGesendet: {n:hdrdate} {r:hhmm}\nAn: {o:email}\nBetreff: {r:subject}"],
    "fwd": ["---------- Weitergeleitete Nachricht ---------\nVon: {p2.full} <{p2.email}>\nDate: {n:hdrdate} um {r:hhmm} Uhr\nSubject: {r:subject}\nTo: {email}",
            "---------- Forwarded message ---------\nFrom: {p2.name} <{p2.email}>\nDate: {n:hdrdate} {r:hhmm}\nSubject: WG: {r:subject}\nTo: <{email}>"],
    "fwd_intro": ["Unten die Mail unseres Steuerberaters, können Sie sich das ansehen?", "Zur Info weitergeleitet.",
                  "Weitergeleitet auf Wunsch meiner Kollegin.", "Siehe unten."],
    "fwd_body": ["Hallo {first},\n\nbeim Lohnimport gibt es einen Fehler bei {p3.full} (geboren am {p3.dob}). Kannst du bei Zonnestraal nachfragen?\n\nGruß\n{p2.first}",
                 "Hallo {first},\n\ndie Umsatzsteuervoranmeldung zeigt eine Differenz von {n:amount}. Rechnung {n:invoice} wurde wohl doppelt gebucht.\n\nViele Grüße\n{p2.full}\n{p2.phone}",
                 "Hallo {first},\n\ndie neue Bankverbindung für den Lastschrifteinzug ist {iban}. Bitte an den Softwareanbieter weitergeben.\n\nMfG\n{p2.init}"],
    "org_reply": ["Vielen Dank für Ihre Nachricht. Ich habe Ihre Frage an unsere Technik weitergeleitet; Ihre Ticketnummer lautet {n:ticket}.",
                  "Leider können wir die Zahlung nicht finden. Bitte senden Sie uns Datum und Betrag. Senden Sie uns niemals Ihre PIN oder die vollständige Kartennummer.",
                  "Zur Verifizierung benötigen wir Ihre Postleitzahl und Ihre Kundennummer. Bitte senden Sie uns keine Kopie Ihres Ausweises.",
                  "Die Störung vom {n:date} wurde in Version {n:version} behoben. Bitte installieren Sie das Update.",
                  "Sie können den offenen Betrag von {n:amount} auf {o:iban} (Zonnestraal Software B.V.) überweisen, Verwendungszweck {n:invoice}.",
                  "Rufen Sie uns gern unter {o:phone} an (Mo–Fr 8:30–17:30 Uhr). Die Anleitung finden Sie unter {o:web}."],
    "subjects": ["Doppelte Zahlung", "Änderung der Bankverbindung", "Login nicht möglich", "Frage zur Rechnung", "Umzug",
                 "Rückrufbitte", "Kassenstörung", "Fehler in der Lohnabrechnung", "Kündigung", "Frage zur Umsatzsteuer",
                 "Update fehlgeschlagen", "Konto gesperrt", "Neuer Mitarbeiter", "Fahrtenbuch", "Export funktioniert nicht"],
    "fields": {"subject": "Betreff", "name": "Name", "email": "E-Mail", "phone": "Telefon", "custno": "Kundennummer",
               "product": "Produkt", "version": "Version", "message": "Nachricht", "category": "Kategorie", "order": "Bestellnummer"},
    "categories": ["Rechnungen", "Technik", "Konto", "Lohn", "Kasse", "Sonstiges"],
    "bodies_pii": [
        "Ich habe am {n:date} die Rechnung {n:invoice} versehentlich doppelt bezahlt ({n:amount}). Bitte erstatten Sie den Betrag auf {iban}, Kontoinhaber {name}.",
        "Bitte ändern Sie meine Bankverbindung für die monatliche Lastschrift.\nNeue IBAN: {iban}\nKundennummer {n:custno}.",
        "Beim Anlegen der Lohnabrechnung für unseren neuen Mitarbeiter {p2.full} erscheint Fehler {n:err}. Geburtsdatum {p2.dob}, Bürgerservicenummer {p2.bsn} (Wohnsitz in den Niederlanden).",
        "Wir sind am {n:date} umgezogen. Unsere neue Anschrift:\n{addrblock}\nBitte für die Rechnungen ändern. Bestellnummer {n:order}.",
        "Können Sie mich unter {phone} zurückrufen? Ich bin zwischen {n:time} und 17 Uhr erreichbar. Es geht um Ticket {n:ticket}.",
        "Seit heute früh kann ich mich nicht mehr anmelden, es kommt immer ein {n:http}-Fehler. Meine IP-Adresse ist {ip}, steht die auf einer Sperrliste? Intern nutzen wir {n:privip}.",
        "Meine Kreditkarte {card} wurde für das Jahresabo zweimal belastet ({n:amount}), gültig bis {n:expiry}. Bitte eine Zahlung erstatten.",
        "Zur Verifizierung: meine Personalausweisnummer ist {ausweis}, geboren am {dob}.",
        "Ich habe eine Kopie meines Reisepasses hochgeladen (Passnummer {passport}), aber das Portal meldet einen Fehler.",
        "Im Fahrtenbuch ist mein Auto mit dem Kennzeichen {kennz} doppelt eingetragen. Können Sie die Fahrten vom {n:date} löschen?",
        "Wir möchten auf den Business-Tarif wechseln. Firmendaten:\n{company}\n{addrline}\nNiederländische KvK-Nummer {kvk}, BTW-ID {btw}",
        "Mitarbeiter {p2.full} und {p3.full} wurden nach dem Import vom {n:date} doppelt angelegt.",
        "Meine E-Mail-Adresse hat sich geändert, die alte ({altemail}) gibt es nicht mehr. Bitte nutzen Sie ab sofort {email}.",
        "Bitte senden Sie die Rechnungen künftig an unseren Steuerberater {p2.name} ({p2.email}).",
        "Ich möchte die Lastschrift von meinem Konto {iban} (Kontoinhaber {sur}) widerrufen.",
        "Meine Handynummer {mobile} ist nicht mehr aktiv. Bitte rufen Sie unter {landline} an.",
        "Das Paket mit der Kassenschublade (Sendungsnummer {n:track}) soll an {addrline} gehen, nicht an das alte Büro.",
        "Ich habe versehentlich mit meiner privaten Karte {card} bezahlt. Bitte erstatten Sie {n:amount} auf {iban}.",
        "Ich habe geheiratet und heiße jetzt {hyph}. Bitte ändern Sie den Namen im Konto. Kundennummer {n:custno}.",
        "Bei {p2.full} ({p2.email}, Tel. {p2.phone}) funktioniert die Anmeldung seit dem Update auf {n:version} nicht mehr.",
        "Daten neuer Mitarbeiter:\nName: {p2.full}\nGeburtsdatum: {p2.dob}\nIBAN: {p2.iban}\nAnschrift: {p2.addrline}",
        "Unsere Postanschrift hat sich geändert: {postbus}, {pc} {city}.",
        "Meine Visa {card:visa} wird mit Code {n:err} abgelehnt, obwohl sie woanders funktioniert.",
        "Mein Name ist {full}, ich melde mich im Auftrag von {company}. Sie erreichen mich unter {phone}.",
        "Bitte schicken Sie die Zugangsdaten an {email} und nicht an {altemail}.",
        "Heute Nacht um {n:time} hat sich jemand von {ip} aus angemeldet, das war ich nicht! Bitte das Konto sperren.",
        "Seit der Umstellung auf Glasfaser bekommt unser Büro eine IPv6-Adresse ({ip6}) und ich werde ständig abgemeldet.",
        "Ich wohne in den Niederlanden, meine Handynummer ist {phone:NL} und mein Konto {iban:NL}. Kann die Lastschrift von dort laufen?",
        "Zur Identifikation: Geburtsdatum {dob}, PLZ {pc}. Meine Kundennummer habe ich leider nicht.",
        "Die Rechnung bitte an {init}, {addrline}. Derzeit steht die Anschrift meines früheren Arbeitgebers darauf.",
        "Die IBAN auf Rechnung {n:invoice} ist falsch: dort steht {n:maskediban}, richtig ist {iban}.",
        "Meine Daten: {full}, {email}, {phone}. Beim Speichern kommt immer Fehler {n:err}.",
        "Das Fahrzeug {kennz} wurde verkauft, bitte aus dem Fahrtenbuch entfernen. Neues Kennzeichen: {kennz:2}.",
        "Nach dem Fehler bei der Überweisung habe ich mit Mastercard {card:mastercard} bezahlt, jetzt ist beides abgebucht.",
        "Im Namen meiner Mutter, {p2.sur}: sie ist am {p2.dob} geboren und wohnt in der {p2.addr}, {p2.pc} {p2.city}.",
        "Rufen Sie mich an unter {phone} oder meinen Kollegen {p2.first} unter {p2.phone}.",
        "Bitte die Rechnung z. Hd. {init} an {bizemail} senden. Firma: {company}.",
        "Ich bin Grenzgänger und arbeite in den Niederlanden. Meine BSN ist {bsn}, mein Reisepass {passport}.",
        "Unser Lieferwagen mit dem Kennzeichen {plate} (niederländische Zulassung) fehlt im Fahrtenbuch.",
        "Als Selbständiger in den Niederlanden stand auf meinen Rechnungen noch die alte Umsatzsteuernummer {ob}. Jetzt habe ich die BTW-ID {btw}.",
        "Bitte ändern Sie meine Telefonnummer von {altphone} auf {phone}.",
        "Mein Führerschein (niederländisch, Nummer {rijbewijs}) wird in der Fahrtenbuch-App nicht akzeptiert.",
        "Hier {full} aus {city}. Meine Amex {card:amex} soll gelöscht werden, bitte nur noch Lastschrift von {iban}.",
        "Bitte setzen Sie unsere feste IP-Adresse {ip} auf die Whitelist für die API. Testsystem: {n:privip}.",
        "Können Sie prüfen, ob die Zahlung mit der Kartennummer {card} durchgegangen ist?",
        "Beim Login steht 'unbekannter Standort'. Meine IP ist laut whatismyip {ip}.",
    ],
    "bodies_free": [
        "Rechnung {n:invoice} vom {n:date} ist falsch: dort stehen {n:amount}, laut Angebot waren es {n:amount}. Bestellnummer {n:order}.",
        "Nach dem Update auf Version {n:version} stürzt das Programm beim Start ab. Windows-Build {n:winbuild}, {n:mb} freier Speicher.",
        "Meine Bestellung {n:order9pass} ist noch nicht angekommen. Sendungsverfolgung: {n:track}.",
        "Ich bekomme den Bestätigungscode nicht. Der letzte war {n:code6} und ist abgelaufen.",
        "Die Zahlung mit der Karte mit Endziffern {n:masked} ist fehlgeschlagen. Woran liegt das?",
        "Seit dem {n:date} steht dieser Fehler im Log:\n{n:ts} ERROR connection to {n:privip}:{n:port} refused (HTTP {n:http})\nWas soll ich tun?",
        "Wie stelle ich den Steuersatz eines Artikels auf {n:pct} um? In Version {n:version} finde ich das nicht.",
        "Wir haben {n:yw_im} Frühjahr denselben Import ohne Probleme gemacht, jetzt kommt Fehler {n:err}.",
        "Bestellnummer {n:order9} wird im Portal nicht erkannt.",
        "Die Kasse meldet beim Scannen des Barcodes {n:ean} einen Fehler.",
        "Wo finde ich die IMEI des mobilen Kartenterminals? Im Menü steht IMEI {n:imei}.",
        "Die MAC-Adresse der Kasse ist {n:mac}. Muss ich die im Router eintragen?",
        "Laut unserem Entwickler verursacht Commit {n:git} im Plugin das Problem.",
        "Im Export stehen jetzt Platzhalter wie {n:redacted} und {n:redacted} statt der echten Daten.",
        "Die Seite {n:url} liefert einen {n:http}. Liegt das an Ihnen?",
        "Ich habe gestern {o:phone} angerufen, aber nach 20 Minuten Warteschleife aufgelegt.",
        "Ich habe {n:amount} auf {o:iban} überwiesen, Verwendungszweck {n:invoice}, aber die Rechnung ist noch offen.",
        "Ich habe eine Mail von {o:noreply} mit einem Link zu {o:web} bekommen. Ist die echt?",
        "Wann erscheint Version {n:version}? In den Release Notes auf {o:web} steht nur {n:version}.",
        "Wie exportiere ich die Buchhaltung {r:year} nach Excel? Der Button ist ausgegraut.",
        "Die Bankanbindung steht seit dem {n:date} auf 'inaktiv'. BIC {n:bic}, letzte Synchronisierung {n:ts}.",
        "Zeitstempel {n:tsiso}, Fehler {n:err}, Build {n:winbuild}. Nur bei großen Dateien (über {n:mb}).",
        "Mein Laptop hat {n:mb} Arbeitsspeicher. Reicht das für die neue Version?",
        "Was kostet der Plus-Tarif im Jahr? Wir zahlen jetzt {n:amount} im Monat zzgl. {n:pct} MwSt.",
        "Der neue Lizenzschlüssel ({n:licence}) wird nicht akzeptiert. Seriennummer der Kasse: {n:serial}.",
        "Das Handbuch (ISBN {n:isbn}) ist veraltet. Gibt es eine neue Ausgabe?",
        "Meine Anfrage vom {n:date} (Ticket {n:ticket}) ist immer noch offen.",
        "Können Sie die API-Dokumentation schicken? Wir nutzen PHP {n:php}.",
        "Der Unix-Zeitstempel im Export ({n:unix}) wird nicht richtig umgerechnet.",
        "Artikelnummer {n:prodcode} (Bonrollen 57 mm) ist seit Wochen nicht lieferbar.",
        "Unsere Filialen in der Bahnhofstraße und bei der Bäckerei Müller können seit dem Update nicht mit Karte zahlen.",
        "Ist die Kundennummer dieselbe wie die Debitorennummer? Auf der Rechnung steht {n:custno}, in der App {n:order}.",
        "Laut Sendungsverfolgung {n:track} zugestellt, aber nichts angekommen. Bestellung {n:order9pass}.",
        "Wir wurden {n:yw_im} Herbst für einen gekündigten Tarif belastet. Rechnung {n:invoice}, {n:amount}.",
        "Rechnungsdatum {n:datenum}, Lieferdatum {n:datenum}, aber der Betrag {n:amountbig} ist offensichtlich falsch.",
    ],
    "social_pii": [
        "{o:handle} seit 3 Tagen keine Antwort auf mein Ticket 😤 ruft mich an: {phone}",
        "hey {o:handle} bitte Erstattung auf {iban}, doppelt abgebucht 🙏",
        "{o:handle} DM geschickt, schreibt mir an {email} 👍",
        "kasse spinnt 🙈 ruft {phone}📞 an",
        "{o:handle} wurde mein konto gehackt?? login von {ip} um {n:time} 😡",
        "👩‍💻 {first} hier, wo ist der Export-Button in {r:product}? {n:hashtag}",
        "{o:handle} ihr habt meine karte {card} immer noch gespeichert!! bitte löschen",
        "danke {agent.first} von {o:handle} für die schnelle Hilfe 🙌🇩🇪",
        "{o:handle} mein Name ist {full}, warte immer noch auf meine Erstattung 😤",
        "{o:handle} neue adresse {addrline} 🏡 wo ändere ich die?",
        "{o:handle} schreibt mir an {email}✉️ dann schicke ich Screenshots",
        "{o:handle} zahlung mit {card} fehlgeschlagen aber abgebucht?! 💸",
        "{o:handle} ist meine IP {ip} gesperrt? komme nicht rein 🤬",
    ],
    "social_free": [
        "{o:handle} ist eure Seite down? bekomme immer {n:http} 😩 {n:hashtag}",
        "nach dem update {n:version} stürzt alles ab 🙄 {o:handle}",
        "danke {o:handle} 🙌 in 5 Minuten gelöst! 👩‍💻",
        "noch jemand login-probleme? code {n:code6} geht nicht 🤷‍♀️",
        "paket {n:track} seit 5 tagen unterwegs 🐌 {o:handle}",
        "{o:handle} rechnung {n:invoice} stimmt nicht, {n:amount} statt {n:amount} 🤔",
        "störung? {o:web} liefert {n:http} 🔥 #Störung",
        "👨‍👩‍👧 Steuererklärung in 10 Minuten fertig mit {r:product} 🎉 {n:hashtag}",
        "👨‍💻 {n:err} bei jeder Synchronisierung… {o:handle}",
    ],
    "neg": ["Bestellnummer: {n:order}.", "Es geht um Rechnung {n:invoice} vom {n:date}.", "Ich nutze Version {n:version}, Windows-Build {n:winbuild}.",
            "Ticket {n:ticket}.", "Betrag: {n:amount}.", "Kundennummer {n:custno}.", "Fehler: {n:err} um {n:time}.",
            "Der Bestätigungscode war {n:code6}.", "Bezahlt mit der Karte mit Endziffern {n:masked}.", "Sendungsnummer: {n:track}.",
            "PS: der Server läuft auf {n:privip}.", "Die Bestellnummer auf dem Lieferschein ist {n:order9pass}.",
            "Rechnungsdatum {n:datenum}.", "Auf der Platte sind noch {n:mb} frei.", "IMEI des Geräts: {n:imei}.",
            "EAN {n:ean} steht auch auf dem Karton.", "Siehe auch {n:url}.", "Im Export steht dort {n:redacted}.", "Der SMS-Code war {n:code6}.",
            "Artikelnummer {n:prodcode}.", "Das alte Konto ({n:maskediban}) ist gekündigt.", "Auf dem Kontoauszug steht {n:amountbig}, das kann nicht stimmen.",
            "Handbuch: ISBN {n:isbn}.", "Lizenz {n:licence}.", "Zeitstempel im Log: {n:unix}."],
    "fill": ["Vielen Dank im Voraus.", "Ich freue mich auf Ihre Rückmeldung.", "Es ist dringend, die Voranmeldung ist diese Woche fällig.",
             "Ich habe deswegen schon angerufen, aber die Verbindung brach ab.", "Cache habe ich schon geleert.",
             "Melden Sie sich, wenn Sie noch etwas brauchen.", "Entschuldigung für die lange Mail."],
    "fillers": {"quarter": ["das erste Quartal", "Q3"]},
    "long_intro": ["Unten das vollständige Log von heute früh. Der Fehler tritt bei der Synchronisierung auf.",
                   "Wie gewünscht die Logdateien der Kasse. Sorry für die Länge."],
}

LOG_LINES = [
    "{n:ts} INFO  [sync] fetched {r:n} transactions from bank feed ({n:bic})",
    "{n:ts} WARN  [http] GET /api/v2/invoices/{n:invoice} -> {n:http} in {r:ms} ms",
    "{n:ts} ERROR [db] connection to {n:privip}:{n:port} refused",
    "{n:ts} DEBUG [auth] session {n:git} renewed",
    "{n:ts} INFO  [kassa] device {n:serial} mac={n:mac} fw={n:version}",
    "{n:ts} INFO  [update] downloaded {n:mb} package, build {n:winbuild}",
    "{n:ts} ERROR [export] {n:err} while writing batch {n:order}",
    "{n:ts} INFO  [queue] job {n:git} finished in {r:ms} ms, 0 failed",
    "{n:ts} WARN  [mail] bounce, message-id {n:msgid}",
    "{n:ts} INFO  [http] POST /api/v2/sync 200 from {n:privip} ({r:ms} ms)",
    "{n:ts} DEBUG [cache] evicted {r:n} entries ({n:mb})",
    "{n:ts} INFO  [license] key {n:licence} valid until {n:datenum}",
]
LOG_LINES_PII = [
    "{n:ts} WARN  [auth] failed login for {email} from {ip}",
    "{n:ts} INFO  [auth] login ok for {email} from {ip}",
    "{n:ts} WARN  [auth] too many attempts from {ip}, user {email}",
]


# ==============================================================================================
# Message composition per channel
# ==============================================================================================
DECK_KEYS = ("bodies_pii", "bodies_free", "social_pii", "social_free")


class Decks:
    """Round-robin over shuffled template lists so that every template is used about equally."""

    def __init__(self, rng):
        self.rng, self.decks = rng, {}

    def draw(self, lang, key):
        d = self.decks.get((lang, key))
        if not d:
            d = list(range(len(PACKS[lang][key])))
            self.rng.shuffle(d)
            self.decks[(lang, key)] = d
        return d.pop()


DECKS = None


def persona_country(rng, lang):
    r = rng.random()
    if lang == "nl":
        return "NL" if r < 0.86 else "BE"
    if lang == "en":
        return "GB" if r < 0.45 else ("NL" if r < 0.9 else "DE")
    return "DE" if r < 0.78 else "NL"


def T(s):
    return [("t", s, None, None)]


def deck_block(M, key):
    i = DECKS.draw(M.lang, key)
    M.used_templates.append((M.lang, key, i))
    return M.expand(PACKS[M.lang][key][i])


def body_with_extras(M):
    rng = M.rng
    segs = deck_block(M, "bodies_free" if M.free else "bodies_pii")
    r = rng.random()
    if r < 0.35:
        multiline = any("\n" in x for (_t, x, _l, _k) in segs)
        segs += T("\n" if multiline else " ") + M.block("neg")
    if rng.random() < 0.3:
        segs += T(rng.choice([" ", "\n\n"])) + M.block("fill")
    return segs


def customer_signature(M):
    rng = M.rng
    if M.free:
        return M.block("sig_free")
    segs = T(rng.choice(M.pack["signoff"]) + "\n") + M.block("sig_name")
    if rng.random() < 0.4:
        segs += T("\n") + M.block("sig_extra")
    return segs


def org_reply_segs(M, free, agent=None):
    """What a Zonnestraal agent wrote (used quoted, or as an outgoing message)."""
    rng = M.rng
    greet = M.block("greet_cust_free" if free else "greet_cust")
    segs = greet + T("\n\n") + M.block("org_reply")
    if rng.random() < 0.3:
        segs += T(" ") + M.block("org_reply")
    if agent is None:
        agent = not free and rng.random() < 0.75
    segs += T("\n\n") + (M.block("org_sig") if agent else M.block("org_sig_team"))
    return segs


def quoted_org_reply(M):
    rng = M.rng
    qlang = M.lang if rng.random() < 0.78 else rng.choice([l for l in ("nl", "en", "de") if l != M.lang])
    Q = M.sub(qlang)
    named = not M.free and rng.random() < 0.3
    hdr = Q.block("reply_org_pii" if named else "reply_org")
    body = org_reply_segs(Q, M.free, agent=True if named else None)
    return T("\n\n") + hdr + T("\n") + quote_segs(body)


def compose_ticket(M):
    rng, P = M.rng, M.pack
    F = P["fields"]
    segs = []
    if rng.random() < 0.6:
        segs += T(f"{F['subject']}: {rng.choice(P['subjects'])}\n")
        if not M.free:
            if rng.random() < 0.9:
                segs += T(f"{F['name']}: ") + M.expand(rng.choice(["{full}", "{name}", "{full}", "{init}"])) + T("\n")
            if rng.random() < 0.8:
                segs += T(f"{F['email']}: ") + M.expand("{email}") + T("\n")
            if rng.random() < 0.5:
                segs += T(f"{F['phone']}: ") + M.expand("{phone}") + T("\n")
        if rng.random() < 0.5:
            segs += T(f"{F['custno']}: ") + M.expand("{n:custno}") + T("\n")
        if rng.random() < 0.3:
            segs += T(f"{F['order']}: ") + M.expand(rng.choice(["{n:order}", "{n:order9}", "{n:order9pass}"])) + T("\n")
        if rng.random() < 0.4:
            segs += T(f"{F['product']}: {M.filler('product')}\n")
        if rng.random() < 0.3:
            segs += T(f"{F['category']}: {rng.choice(P['categories'])}\n")
        if rng.random() < 0.3:
            segs += T(f"{F['version']}: ") + M.expand("{n:version}") + T("\n")
        segs += T(f"{F['message']}:\n" if rng.random() < 0.5 else "\n")
        segs += body_with_extras(M)
    else:
        if rng.random() < 0.3:
            segs += M.block("greet_group") + T(rng.choice([" ", "\n"]))
        segs += body_with_extras(M)
        if not M.free and rng.random() < 0.5:
            segs += T("\n\n") + customer_signature(M)
        elif M.free and rng.random() < 0.3:
            segs += T("\n\n") + M.block("sig_free")
    return segs


def compose_email(M, long_=False):
    rng = M.rng
    mode = rng.random()
    if long_:
        return compose_long(M)
    if not M.free and mode < 0.13:               # agent → customer, quoting the customer's message
        out = org_reply_segs(M, False)
        cust = M.block("greet_group") + T("\n\n") + deck_block(M, "bodies_pii") + T("\n\n") + customer_signature(M)
        return out + T("\n\n") + M.block("reply_cust") + T("\n") + quote_segs(cust)
    if not M.free and mode < 0.23:               # forwarded message
        segs = M.block("greet_group") + T("\n\n") + M.block("fwd_intro") + T("\n\n")
        segs += body_with_extras(M) if rng.random() < 0.4 else []
        if segs[-1][1].strip():
            segs += T("\n\n")
        segs += customer_signature(M) + T("\n\n") + M.block("fwd") + T("\n\n") + M.block("fwd_body")
        return segs
    greet = M.block("greet_agent") if (not M.free and rng.random() < 0.25) else M.block("greet_group")
    segs = greet + T("\n\n") + body_with_extras(M) + T("\n\n") + customer_signature(M)
    if rng.random() < 0.4:
        segs += quoted_org_reply(M)
    return segs


def compose_social(M):
    rng = M.rng
    segs = deck_block(M, "social_free" if M.free else "social_pii")
    r = rng.random()
    if r < 0.25:
        segs += T(" ") + M.expand("{n:hashtag}")
    elif r < 0.4:
        segs += T(" " + rng.choice(["🙏", "😤", "🤞", "👀", "💸", "☀️", "🇳🇱", "🇩🇪", "🇬🇧", "🇧🇪", "🤦‍♂️", "🧑‍🔧"]))
    return segs


def compose_long(M):
    rng = M.rng
    segs = M.block("greet_group") + T("\n\n") + M.block("long_intro") + T("\n\n")
    n = rng.randint(85, 120)
    pii_at = set() if M.free else {rng.randrange(n) for _ in range(rng.randint(1, 3))}
    for i in range(n):
        segs += M.expand(rng.choice(LOG_LINES_PII) if i in pii_at else rng.choice(LOG_LINES)) + T("\n")
    segs += T("\n") + M.block("fill") + T("\n\n") + customer_signature(M)
    segs += quoted_org_reply(M)
    return segs


def compose(rng, lang, channel, free, long_, agents):
    persona = Person(rng, persona_country(rng, lang))
    M = Msg(rng, lang, PACKS[lang], persona, agents, free)
    if channel == "ticket":
        segs = compose_ticket(M)
    elif channel == "email":
        segs = compose_email(M, long_)
    else:
        segs = compose_social(M)
    return segs, M


# ==============================================================================================
# Assembly, verification, output
# ==============================================================================================
IBAN_CAND = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ \u00a0-]?[A-Za-z0-9]{4}){2,7}(?:[ \u00a0-]?[A-Za-z0-9]{1,3})?")
CARD_CAND = re.compile(r"(?<![\d])\d(?:[ \u00a0-]?\d){11,18}(?![\d])")
BSN_CAND = re.compile(r"(?<![\w.,-])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ \u00a0]\d{3}[ \u00a0]\d{3})(?![\w]|[.,-]\d)")
IPV4_CAND = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IPV6_CAND = re.compile(r"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f:]{1,}(?![0-9A-Fa-f:])")


def assemble(segs, crlf):
    text, spans, negs, orgs = "", [], [], []
    for (t, x, lab, kind) in segs:
        if crlf and t != "g":
            x = x.replace("\n", "\r\n")
        start = len(text)
        text += x
        if t == "g":
            spans.append((start, len(text), lab, kind, x))
        elif t == "n":
            negs.append((start, len(text), kind, x))
        elif t == "o":
            orgs.append((start, len(text), kind, x))
    return text, spans, negs, orgs


def covered(s, e, ranges):
    return any(a <= s and e <= b for (a, b) in ranges)


def check_message(mid, text, spans, negs, orgs):
    errs = []
    b = text.encode("utf-8")
    last_end = -1
    for (s, e, lab, kind, val) in spans:
        if lab not in LABELS:
            errs.append(f"{mid}: unknown label {lab}")
        err = verify_gold(lab, kind, val)
        if err:
            errs.append(f"{mid}: {err}")
        bs, be = len(text[:s].encode()), len(text[:e].encode())
        if b[bs:be].decode("utf-8") != val:
            errs.append(f"{mid}: byte slice mismatch for {val!r}")
        if s < last_end:
            errs.append(f"{mid}: overlapping spans at {s}")
        last_end = e
    for (s, e, kind, val) in negs:
        try:
            ok = neg_check(kind, val)
        except Exception as ex:      # noqa: BLE001
            ok = False
            errs.append(f"{mid}: negative check crashed for {kind} {val!r}: {ex}")
        if not ok:
            errs.append(f"{mid}: hard negative {kind} {val!r} is not what it claims")
    for (s, e, kind, val) in orgs:
        if not org_check(kind, val):
            errs.append(f"{mid}: organisation value {kind} {val!r} is not the organisation's")
    # Unlabelled-value scan: every PII-shaped valid value must be gold, a registered negative or org data.
    allowed = [(s, e) for (s, e, *_r) in spans] + [(s, e) for (s, e, *_r) in negs] + [(s, e) for (s, e, *_r) in orgs]
    for m in EMAIL_RE.finditer(text):
        if not covered(m.start(), m.end(), allowed):
            errs.append(f"{mid}: unlabelled e-mail {m.group()!r}")
    for m in IBAN_CAND.finditer(text):
        c = m.group()
        for k in range(len(c), 14, -1):
            if c[k - 1] in " -\u00a0":
                continue
            if valid_iban(c[:k]):
                if not covered(m.start(), m.start() + k, allowed):
                    errs.append(f"{mid}: unlabelled IBAN {c[:k]!r}")
                break
    for m in CARD_CAND.finditer(text):
        if valid_card(m.group()) and not covered(m.start(), m.end(), allowed):
            errs.append(f"{mid}: unlabelled card {m.group()!r}")
    for m in BSN_CAND.finditer(text):
        if elfproef(_strip(m.group())) and not covered(m.start(), m.end(), allowed):
            errs.append(f"{mid}: unlabelled 11-test number {m.group()!r}")
    for m in IPV4_CAND.finditer(text):
        if valid_ip(m.group()) and not covered(m.start(), m.end(), allowed):
            errs.append(f"{mid}: unlabelled public IPv4 {m.group()!r}")
    for m in IPV6_CAND.finditer(text):
        if valid_ip(m.group()) and not covered(m.start(), m.end(), allowed):
            errs.append(f"{mid}: unlabelled public IPv6 {m.group()!r}")
    return errs


PLAN = {  # lang: {channel: count}
    "nl": {"ticket": 185, "email": 195, "social": 100},
    "en": {"ticket": 110, "email": 120, "social": 62},
    "de": {"ticket": 70, "email": 80, "social": 42},
}
FREE_SHARE = 0.36
LONG_PER_LANG = {"nl": 3, "en": 2, "de": 2}


def build_corpus():
    global DECKS, SIDECODE_CYCLE
    rng = random.Random(SEED)
    SIDECODE_CYCLE = itertools.cycle(random.Random(SEED + 3).sample(range(1, 15), 14))
    DECKS = Decks(random.Random(SEED + 1))
    agents = make_agents(random.Random(SEED + 2))
    records, errors, used, negkinds = [], [], collections.Counter(), collections.Counter()
    stats = collections.Counter()
    for lang, chans in PLAN.items():
        slots = []
        for ch, n in chans.items():
            nfree = round(n * FREE_SHARE)
            slots += [(ch, i < nfree) for i in range(n)]
        rng.shuffle(slots)
        nlong = LONG_PER_LANG[lang]
        long_idx = sorted(random.Random(SEED + len(lang)).sample([i for i, (ch, fr) in enumerate(slots) if ch == "email"], nlong))
        for i, (ch, free) in enumerate(slots):
            mid = f"{lang}-{i + 1:04d}"
            long_ = i in long_idx
            if long_:
                free = (long_idx.index(i) == 0)          # one PII-free long message per language
            segs, M = compose(rng, lang, ch, free, long_, agents)
            crlf = ch in ("email", "ticket") and rng.random() < 0.12
            text, spans, negs, orgs = assemble(segs, crlf)
            errors += check_message(mid, text, spans, negs, orgs)
            if free and spans:
                errors.append(f"{mid}: PII-free slot produced gold spans")
            for t in M.used_templates:
                used[t] += 1
            for (_s, _e, kind, _v) in negs:
                negkinds[kind] += 1
            stats["crlf"] += crlf
            stats["nbsp"] += NBSP in text
            stats["zwj"] += "\u200d" in text
            stats["long"] += len(text.encode()) > 5120
            stats["emoji_adjacent"] += any(
                (s > 0 and ord(text[s - 1]) > 0x2000 and not text[s - 1].isspace()) or
                (e < len(text) and ord(text[e]) > 0x2000 and not text[e].isspace()) for (s, e, *_r) in spans)
            rec = {"id": mid, "lang": lang, "channel": ch, "text": text,
                   "spans": [{"start": len(text[:s].encode()), "end": len(text[:e].encode()), "label": lab}
                             for (s, e, lab, _k, _v) in spans]}
            records.append(rec)
    stats["negkinds"] = negkinds
    return records, errors, used, stats


def summary(records, used, stats):
    out = []
    langs = ["nl", "en", "de"]
    chans = ["ticket", "email", "social"]
    out.append("messages per language / channel (PII-free in brackets)")
    out.append(f"{'':6}" + "".join(f"{c:>16}" for c in chans) + f"{'total':>16}")
    for l in langs + ["all"]:
        row = f"{l:6}"
        for c in chans + ["total"]:
            rs = [r for r in records if (l == "all" or r["lang"] == l) and (c == "total" or r["channel"] == c)]
            free = sum(1 for r in rs if not r["spans"])
            row += f"{f'{len(rs)} ({free})':>16}"
        out.append(row)
    nfree = sum(1 for r in records if not r["spans"])
    out.append(f"PII-free share: {nfree}/{len(records)} = {100 * nfree / len(records):.1f} %")
    out.append("")
    out.append("spans per label" + "".join(f"{l:>8}" for l in langs) + f"{'total':>8}{'min':>6}")
    cnt = collections.Counter((r["lang"], s["label"]) for r in records for s in r["spans"])
    for lab in LABELS:
        tot = sum(cnt[(l, lab)] for l in langs)
        out.append(f"{lab:15}" + "".join(f"{cnt[(l, lab)]:>8}" for l in langs) + f"{tot:>8}{MIN_SPANS[lab]:>6}")
    out.append(f"{'all':15}" + "".join(f"{sum(cnt[(l, x)] for x in LABELS):>8}" for l in langs) + f"{sum(cnt.values()):>8}")
    out.append("")
    out.append("spans per label" + "".join(f"{c:>8}" for c in chans))
    cc = collections.Counter((r["channel"], s["label"]) for r in records for s in r["spans"])
    for lab in LABELS:
        out.append(f"{lab:15}" + "".join(f"{cc[(c, lab)]:>8}" for c in chans))
    out.append("")
    for l in langs:
        distinct = {(k, i) for (lang, k, i) in used if lang == l and k in DECK_KEYS}
        avail = sum(len(PACKS[l][k]) for k in DECK_KEYS)
        blocks = {(k, i) for (lang, k, i) in used if lang == l and k not in DECK_KEYS}
        out.append(f"templates {l}: {len(distinct)}/{avail} message templates used, {len(blocks)} building blocks used")
    nk = stats["negkinds"]
    out.append(f"hard negatives: {sum(nk.values())} values of {len(nk)} kinds: " +
               ", ".join(f"{k} {v}" for k, v in sorted(nk.items(), key=lambda kv: (-kv[1], kv[0]))))
    out.append(f"CRLF messages: {stats['crlf']}, with NBSP: {stats['nbsp']}, with ZWJ emoji: {stats['zwj']}, "
               f"> 5 KB: {stats['long']}, emoji next to a gold value: {stats['emoji_adjacent']}")
    return "\n".join(out), cnt, nfree


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "messages.jsonl"))
    args = ap.parse_args()
    records, errors, used, stats = build_corpus()
    table, cnt, nfree = summary(records, used, stats)
    # corpus-level requirements
    langs = collections.Counter(r["lang"] for r in records)
    if len(records) < 900 or langs["nl"] < 450 or langs["en"] < 270 or langs["de"] < 180:
        errors.append(f"too few messages: {dict(langs)}")
    if nfree / len(records) < 0.30:
        errors.append("PII-free share below 30 %")
    for lab in LABELS:
        if sum(cnt[(l, lab)] for l in ("nl", "en", "de")) < MIN_SPANS[lab]:
            errors.append(f"label {lab} has fewer than {MIN_SPANS[lab]} spans")
    for l in ("nl", "en", "de"):
        if len({(k, i) for (lang, k, i) in used if lang == l and k in DECK_KEYS}) < 40:
            errors.append(f"fewer than 40 distinct message templates used for {l}")
    if stats["long"] < 3 or stats["crlf"] < 10 or stats["nbsp"] < 10 or stats["zwj"] < 10 or stats["emoji_adjacent"] < 5:
        errors.append(f"format variety below target: {dict(stats)}")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    print(table)
    if errors:
        print(f"\n{len(errors)} verification error(s):", file=sys.stderr)
        for e in errors[:200]:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"\nall {sum(len(r['spans']) for r in records)} gold spans and all hard negatives verified; wrote {len(records)} messages to {args.out}")


if __name__ == "__main__":
    main()
