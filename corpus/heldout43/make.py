#!/usr/bin/env python3
"""heldout43 -- blind held-out evaluation set for pii-scrubber.

Organisation (fictional): the joint passenger service desk of Kempenveld Airport (Luchthaven Kempenveld,
Noord-Brabant) and the regional airline Heidewind Airlines: lost and damaged luggage (PIR files), EU261
delay/cancellation claims, special assistance, booking changes, refunds, Heidewind Skypoints accounts and
airport parking.

Python 3.11, standard library only.  Deterministic: every instance draws from its own string-seeded
random.Random (string seeds are hashed with SHA-512 by `random`, so PYTHONHASHSEED has no effect).

    python3 -B make.py            # self test + audit, writes gold.jsonl only if everything passes
    python3 -B make.py --check    # self test + audit, writes nothing

Markup: values are written into the texts with m(LABEL, value) (short forms P, EM, PH, IB, BS, AD, PC, CC,
IP, DOB, ID, LP, BTW, KVK) between private-use sentinels; NP(...) marks a non-person string that contains a
name (company, brand, street) and HN(...) an intentional hard negative; render() strips the markup and
records the offsets.
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

SEED = "heldout43:kempenveld-heidewind:2025"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")
PREFIX = "h43"
TODAY = datetime.date(2025, 6, 30)

LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# --------------------------------------------------------------------------------------------------
# markup
# --------------------------------------------------------------------------------------------------
_B, _M, _E = "\ue000", "\ue001", "\ue002"      # _B LABEL _M value _E
_NB, _NE = "\ue003", "\ue004"                   # non-person string (company/brand/street with a name)
_HB, _HE = "\ue005", "\ue006"                   # registered hard negative (product code shaped like a plate ...)


def m(label, value):
    assert label in LABELS, label
    assert value and value == value.strip(), repr(value)
    assert not any(c in value for c in (_B, _M, _E, _NB, _NE, _HB, _HE)), value
    return f"{_B}{label}{_M}{value}{_E}"


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
def NP(v): return f"{_NB}{v}{_NE}"
def HN(v): return f"{_HB}{v}{_HE}"


def render(marked):
    """Strip the markup; return (text, spans[(start, end, label, value)] in characters, np, hn ranges)."""
    out, spans, nps, hns = [], [], [], []
    i, n = 0, len(marked)
    pos = 0
    stack_np, stack_hn = None, None
    while i < n:
        c = marked[i]
        if c == _B:
            j = marked.index(_M, i)
            label = marked[i + 1:j]
            k = marked.index(_E, j)
            value = marked[j + 1:k]
            spans.append((pos, pos + len(value), label, value))
            out.append(value)
            pos += len(value)
            i = k + 1
            continue
        if c == _NB:
            assert stack_np is None
            stack_np = pos
        elif c == _NE:
            nps.append((stack_np, pos))
            stack_np = None
        elif c == _HB:
            assert stack_hn is None
            stack_hn = pos
        elif c == _HE:
            hns.append((stack_hn, pos))
            stack_hn = None
        elif c in (_M, _E):
            raise AssertionError("stray markup")
        else:
            out.append(c)
            pos += 1
        i += 1
    assert stack_np is None and stack_hn is None
    return "".join(out), spans, nps, hns


# --------------------------------------------------------------------------------------------------
# checksums and validators
# --------------------------------------------------------------------------------------------------
def elfproef(s):
    if not re.fullmatch(r"\d{9}", s) or int(s) == 0:
        return False
    return (sum((9 - i) * int(s[i]) for i in range(8)) - int(s[8])) % 11 == 0


def bank11(s):
    if not re.fullmatch(r"\d{9,10}", s):
        return False
    n = len(s)
    return sum((n - i) * int(s[i]) for i in range(n)) % 11 == 0


def onderwijsnummer(s):
    if not re.fullmatch(r"10\d{7}", s):
        return False
    return (sum((9 - i) * int(s[i]) for i in range(8)) - int(s[8])) % 11 == 5


def bsn_value_valid(v):
    """A BSN span: 9 digits (or 8 with the leading zero dropped) in a written form, or an old OB-nummer."""
    c = re.sub(r"[ .\-\u00a0]", "", v)
    mo = re.fullmatch(r"NL(\d{9})B(\d{2})", c, re.I)
    if mo:
        return elfproef(mo.group(1)) and mo.group(2) != "00"
    if re.fullmatch(r"\d{8,9}", c):
        return elfproef(c.zfill(9))
    return False


def _alnum_to_digits(s):
    return "".join(str(int(ch, 36)) for ch in s)


def mod97(s):
    return int(_alnum_to_digits(s)) % 97 == 1


IBAN_STRUCT = {
    "NL": (18, r"[A-Z]{4}\d{10}"), "BE": (16, r"\d{12}"), "DE": (22, r"\d{18}"), "GB": (22, r"[A-Z]{4}\d{14}"),
    "IE": (22, r"[A-Z]{4}\d{14}"), "PL": (28, r"\d{24}"), "FR": (27, r"\d{10}[A-Z0-9]{11}\d{2}"),
    "ES": (24, r"\d{20}"), "PT": (25, r"\d{21}"), "LU": (20, r"\d{3}[A-Z0-9]{13}"),
}


def iban_compact(v):
    return re.sub(r"[ .\-\u00a0]", "", v).upper()


def iban_valid(v):
    c = iban_compact(v)
    cc = c[:2]
    if cc not in IBAN_STRUCT:
        return False
    length, bban = IBAN_STRUCT[cc]
    if len(c) != length or not re.fullmatch(r"\d{2}" + bban, c[2:]):
        return False
    if c[2:4] in ("00", "01", "99"):
        return False
    if not mod97(c[4:] + c[:4]):
        return False
    if cc == "BE":
        n = int(c[4:14]) % 97
        if int(c[14:16]) != (n if n else 97):
            return False
    return True


def iban_make(cc, bban):
    n = int(_alnum_to_digits(bban + cc + "00"))
    return f"{cc}{98 - n % 97:02d}{bban}"


def iban_spaced(c):
    return " ".join(c[i:i + 4] for i in range(0, len(c), 4))


def btw_compact(v):
    return re.sub(r"[ .\-\u00a0]", "", v).upper()


def btw_id_valid(v):
    """New btw-identificatienummer: NL + 9 digits + B + 2 digits, MOD 97-10 in place; digits fail the elfproef."""
    c = btw_compact(v)
    mo = re.fullmatch(r"NL(\d{9})B(\d{2})", c)
    return bool(mo) and mo.group(2) != "00" and mod97(c) and not elfproef(mo.group(1))


def ob_valid(v):
    c = btw_compact(v)
    mo = re.fullmatch(r"(?:NL)?(\d{9})B(\d{2})", c)
    return bool(mo) and elfproef(mo.group(1)) and mo.group(2) != "00"


def luhn(s):
    d = [int(x) for x in s][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def card_iin_ok(s):
    L = len(s)
    if s[0] == "4":
        return L in (13, 16, 19)
    if 51 <= int(s[:2]) <= 55 or 2221 <= int(s[:4]) <= 2720:
        return L == 16
    if s[:2] in ("34", "37"):
        return L == 15
    if s[:4] in ("6011",) or 644 <= int(s[:3]) <= 649 or s[:2] == "65":
        return 16 <= L <= 19
    if 3528 <= int(s[:4]) <= 3589:
        return 16 <= L <= 19
    if 300 <= int(s[:3]) <= 305 or s[:4] == "3095" or s[:2] in ("36", "38", "39"):
        return 14 <= L <= 19
    if s[:2] in ("50",) or 56 <= int(s[:2]) <= 69:
        return 12 <= L <= 19
    return False


def card_valid(v):
    c = re.sub(r"[ \-\u00a0]", "", v)
    return bool(re.fullmatch(r"\d{12,19}", c)) and luhn(c) and card_iin_ok(c)


def card_make(rng, prefix, length):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn(body + d):
            return body + d
    raise AssertionError


# --- phones ---------------------------------------------------------------------------------------
NL_FIXED = re.compile(
    r"(?:1(?:[035]\d|1[13-578]|6[124-8]|7[24]|8[0-467])|2(?:[0346]\d|2[2-46-9]|5[125]|9[479])|3(?:[03568]\d|1[3-8]|"
    r"2[01]|4[1-8])|4(?:[0356]\d|1[1-368]|7[58]|8[15-8]|9[23579])|5(?:[0358]\d|[19][1-9]|2[1-57-9]|4[13-8]|6[126]|"
    r"7[0-3578])|7\d\d)\d{6}")
NL_MOBILE = re.compile(r"6[1-58]\d{7}")
NL_VOIP = re.compile(r"(?:85|91)\d{7}")
NL_UAN = re.compile(r"8[478]\d{7}")
BE_NUM = re.compile(r"4[5-9]\d{7}|(?:[23][2-8]|9[2-4])\d{6}|(?:1[0-69]|5\d|6[0-57-9]|8[0-79])\d{6}")
DE_MOBILE = re.compile(r"1(?:5[1-9]|6[023]|7[0-9])\d{7,8}")
DE_AREAS = ("241", "221", "211", "2161", "2821", "2421", "2151", "2405", "2402", "201", "231", "30", "40", "69", "89")
UK_DRAMA = re.compile(r"7700900\d{3}|(?:113|114|115|116|117|118|121|131|141|151|161|191)4960\d{3}|2079460\d{3}|2896496\d{3}")
PL_MOBILE = re.compile(r"(?:5[0137]|6[069]|7[2389]|88)\d{7}")


def phone_parse(v):
    """Return (country, national significant number) for a written phone number, or None."""
    s = v.strip()
    s = s.replace("(0)", "")
    s = re.sub(r"[\s\-./()\u00a0]", "", s)
    if s.startswith("+"):
        s = "00" + s[1:]
    if not re.fullmatch(r"\d+", s):
        return None
    for cc, country in (("0031", "NL"), ("0032", "BE"), ("0049", "DE"), ("0044", "GB"), ("0048", "PL")):
        if s.startswith(cc):
            nsn = s[len(cc):]
            if nsn.startswith("0"):
                nsn = nsn[1:]
            return country, nsn
    if s.startswith("0") and not s.startswith("00"):
        return "national", s[1:]
    return None


def phone_valid(v, org_ok=False):
    r = phone_parse(v)
    if not r:
        return False
    country, nsn = r
    checks = {
        "NL": lambda x: bool(NL_MOBILE.fullmatch(x) or NL_FIXED.fullmatch(x) or NL_VOIP.fullmatch(x)
                             or (org_ok and NL_UAN.fullmatch(x))),
        "BE": lambda x: bool(BE_NUM.fullmatch(x)),
        "DE": lambda x: bool(DE_MOBILE.fullmatch(x)) or any(x.startswith(a) and 8 <= len(x) <= 11 for a in DE_AREAS),
        "GB": lambda x: bool(UK_DRAMA.fullmatch(x)),
        "PL": lambda x: bool(PL_MOBILE.fullmatch(x)),
    }
    if country == "national":
        return any(f(nsn) for f in checks.values() if f is not checks["PL"])
    return checks[country](nsn)


def phone_key(v):
    """Canonical key: country + nsn (national numbers are keyed as NL first)."""
    r = phone_parse(v)
    if not r:
        return None
    country, nsn = r
    if country == "national":
        country = "NL"
    return country + nsn


# --- postcodes, documents, plates, dates, e-mail, IP ------------------------------------------------
def nl_postcode_valid(v):
    mo = re.fullmatch(r"([1-9]\d{3}) ?([A-Za-z]{2})", v)
    return bool(mo) and mo.group(2).upper() not in ("SA", "SD", "SS")


def postcode_valid(v):
    return bool(nl_postcode_valid(v) or re.fullmatch(r"[1-9]\d{3}", v) or re.fullmatch(r"(?:D-)?[0-9]{5}", v)
                or re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", v)
                or re.fullmatch(r"[AC-FHKNPRTV-Y]\d[\dW] [0-9AC-FHKNPRTV-Y]{4}", v)
                or re.fullmatch(r"\d{2}-\d{3}", v))


NL_DOC = re.compile(r"[A-Z]{2}[0-9A-Z]{6}[0-9]")
DE_DOC_ALPHA = "CFGHJKLMNPRTVWXYZ0123456789"


def doc_valid(v):
    c = v.replace(" ", "")
    if NL_DOC.fullmatch(c) and "O" not in c:
        return True
    if re.fullmatch(r"(?:I|II|III|IV|V)-V[1-9A-NP-Z]{8}", c):
        return True
    if len(c) == 9 and c[0] in "CFGHJKLMNPRTVWXYZ" and all(x in DE_DOC_ALPHA for x in c):
        return True
    if re.fullmatch(r"\d{9}", c):            # UK / US passport
        return True
    if re.fullmatch(r"[A-Z]{2}\d{7}", c):    # Irish passport
        return True
    if re.fullmatch(r"[A-Z]\d{7}", c):       # Indian passport
        return True
    if re.fullmatch(r"U\d{8}", c):           # Turkish passport
        return True
    if re.fullmatch(r"\d{10}", c):           # NL rijbewijsnummer
        return True
    return False


SIDECODES = {1: "XX99 99".replace(" ", ""), 2: "9999XX", 3: "99XX99", 4: "XX99XX", 5: "XXXX99", 6: "99XXXX",
             7: "99XXX9", 8: "9XXX99", 9: "XX999X", 10: "X999XX", 11: "XXX99X", 12: "X99XXX", 13: "9XX999",
             14: "999XX9"}
SIDE_GROUPS = {1: (2, 2, 2), 2: (2, 2, 2), 3: (2, 2, 2), 4: (2, 2, 2), 5: (2, 2, 2), 6: (2, 2, 2), 7: (2, 3, 1),
               8: (1, 3, 2), 9: (2, 3, 1), 10: (1, 3, 2), 11: (3, 2, 1), 12: (1, 2, 3), 13: (1, 2, 3),
               14: (3, 2, 1)}
BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS"]
KENTEKEN_LETTERS = "BDFGHJKLNPRSTVXZ"


def kenteken_sidecode(v):
    c = re.sub(r"[\s\-]", "", v).upper()
    if len(c) != 6:
        return None
    shape = "".join("9" if ch.isdigit() else "X" if ch.isalpha() else "?" for ch in c)
    for sc, pat in SIDECODES.items():
        if pat == shape:
            letters = re.findall(r"[A-Z]+", c)
            banned = BANNED + (["KVT", "VVD"] if sc >= 8 else []) + (["SP"] if sc >= 13 else [])
            if any(b in g for g in letters for b in banned):
                return None
            if sc >= 4 and any(ch in "AEIOUCQ" for ch in c if ch.isalpha()):
                return None
            # written with separators: the separators must sit at the sidecode's group borders
            if re.search(r"[\s\-]", v.strip()):
                groups = [g for g in re.split(r"[\s\-]+", v.strip().upper()) if g]
                if tuple(len(g) for g in groups) != SIDE_GROUPS[sc]:
                    return None
            return sc
    return None


def plate_valid(v):
    if kenteken_sidecode(v):
        return True
    if re.fullmatch(r"[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} ?[1-9]\d{0,3}[EH]?", v):      # DE Kennzeichen
        return True
    if re.fullmatch(r"[1-9]-[A-Z]{3}-\d{3}", v):                                 # BE nummerplaat
        return True
    return False


MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "dezember": 12,
    "jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10,
    "nov": 11, "dec": 12, "oct": 10, "mar": 3,
}


def parse_date(v):
    v = v.strip()
    mo = re.fullmatch(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})", v)
    if mo:
        d, mth, y = int(mo.group(1)), int(mo.group(2)), int(mo.group(3))
    else:
        mo = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
        if mo:
            y, mth, d = int(mo.group(1)), int(mo.group(2)), int(mo.group(3))
        else:
            mo = re.fullmatch(r"(\d{1,2})\.? ([A-Za-zäÄ]+)\.? (\d{4})", v)
            if mo and mo.group(2).lower() in MONTHS:
                d, mth, y = int(mo.group(1)), MONTHS[mo.group(2).lower()], int(mo.group(3))
            else:
                mo = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", v)
                if mo and mo.group(1).lower() in MONTHS:
                    mth, d, y = MONTHS[mo.group(1).lower()], int(mo.group(2)), int(mo.group(3))
                else:
                    return None
    try:
        return datetime.date(y, mth, d)
    except ValueError:
        return None


def dob_valid(v):
    d = parse_date(v)
    return d is not None and datetime.date(1900, 1, 1) <= d <= TODAY


EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
                      r"[A-Za-z]{2,24}(?![\w-])")
KNOWN_TLDS = {"com", "net", "org", "nl", "be", "de", "uk", "ie", "pl", "eu", "example", "info", "io", "frl"}


def email_valid(v):
    return bool(EMAIL_RE.fullmatch(v)) and v.rsplit(".", 1)[1].lower() in KNOWN_TLDS


def ip_public(v):
    try:
        a = ipaddress.ip_address(v)
    except ValueError:
        return False
    return a.is_global


VALIDATORS = {
    "PERSON": lambda v: bool(re.fullmatch(r"[^\W\d_][\w'’.,\-/ ]*[^\W\d_.]\.?", v)) and not re.search(r"[\d_]", v),
    "EMAIL": email_valid,
    "PHONE": phone_valid,
    "IBAN": iban_valid,
    "BSN": bsn_value_valid,
    "ADDRESS": lambda v: bool(re.search(r"\d", v) and re.search(r"[^\W\d_]{3,}", v)),
    "POSTCODE": postcode_valid,
    "CREDIT_CARD": card_valid,
    "IP_ADDRESS": ip_public,
    "DATE_OF_BIRTH": dob_valid,
    "ID_DOCUMENT": doc_valid,
    "LICENSE_PLATE": plate_valid,
    "BTW_ID": btw_id_valid,
    "KVK": lambda v: bool(re.fullmatch(r"\d{8}", v)),
}

# --------------------------------------------------------------------------------------------------
# the organisation (never labelled)
# --------------------------------------------------------------------------------------------------
ORG = {
    "names": ["Kempenveld Airport", "Kempenveld Airport B.V.", "Luchthaven Kempenveld", "Flughafen Kempenveld",
              "Passagiersservice Kempenveld", "Passenger Service Kempenveld", "Kempenveld Parking",
              "Heidewind Airlines", "Heidewind Airlines B.V.", "Heidewind Skypoints", "Heidewind",
              "Kempenveld"],
    "domains": ["kempenveld-airport.example", "heidewind.example"],
    "phones": ["040 259 8800", "085 303 4170", "06 4217 9930"],
    "ibans": ["NL76INGB0007394126", "NL54ABNA0612883515"],
    "addresses": ["Terminalplein 1, 5507 TW Kempenveld", "Postbus 2210, 5500 CE Kempenveld",
                  "Hangarweg 12, 5507 TX Kempenveld"],
    "kvk": ["17283645", "64019827"],
    "btw": ["NL816204938B66", "NL803412769B01"],
    "handles": ["@KempenveldAirport", "@HeidewindAir", "@kempenveld.airport"],
}
ORG_PHONE_KEYS = {phone_key(p) for p in ORG["phones"]}
ORG_POSTCODES = {"5507 TW", "5507TW", "5500 CE", "5500CE", "5507 TX", "5507TX"}
ORG_STREETS = ["Terminalplein 1", "Postbus 2210", "Hangarweg 12"]

# handy written forms used in the texts
ORG_TEL = "040 259 8800"
ORG_TEL_INT = "+31 40 259 8800"
ORG_TEL_INT2 = "+31 (0)40 259 8800"
ORG_TEL_DASH = "040-2598800"
HW_TEL = "085 303 4170"
HW_TEL_INT = "+31 85 303 4170"
WA_TEL = "06 4217 9930"
WA_TEL_DASH = "06-42179930"
WA_TEL_INT = "+31 6 4217 9930"
ORG_IBAN_AP = "NL76 INGB 0007 3941 26"
ORG_IBAN_HW = "NL54 ABNA 0612 8835 15"
ORG_IBAN_HW_C = "NL54ABNA0612883515"
KVK_AP, KVK_HW = "17283645", "64019827"
BTW_AP, BTW_HW = "NL816204938B66", "NL803412769B01"
ADDR_AP = "Terminalplein 1, 5507 TW Kempenveld"
ADDR_PB = "Postbus 2210, 5500 CE Kempenveld"
ADDR_HW = "Hangarweg 12, 5507 TX Kempenveld"

SIG_PS_NL = (f"Passagiersservice Kempenveld | Kempenveld Airport & Heidewind Airlines\n{ADDR_AP}\n"
             f"T {ORG_TEL} | WhatsApp {WA_TEL} | service@kempenveld-airport.example")
SIG_PS_EN = (f"Passenger Service Kempenveld | Kempenveld Airport & Heidewind Airlines\n{ADDR_AP}, the Netherlands\n"
             f"T {ORG_TEL_INT} | WhatsApp {WA_TEL_INT} | service@kempenveld-airport.example")
SIG_PS_DE = (f"Passagierservice – Flughafen Kempenveld & Heidewind Airlines\n{ADDR_AP}, Niederlande\n"
             f"Tel. {ORG_TEL_INT2} | deutsch@kempenveld-airport.example")
FOOT_AP = f"Kempenveld Airport B.V. · KvK {KVK_AP} · btw {BTW_AP} · IBAN {ORG_IBAN_AP}"
FOOT_HW = f"Heidewind Airlines B.V. · KvK {KVK_HW} · btw {BTW_HW} · IBAN {ORG_IBAN_HW}"

# staff are natural persons: always labelled PERSON
STAFF = {
    "sanne": ("Sanne", "Wijnbergen"),         # passagiersservice, chat/WhatsApp
    "youssef": ("Youssef", "Amrani"),          # desk and webcare
    "kirsten": ("Kirsten", "Oudejans"),        # Bagagedienst / lost & found
    "declan": ("Declan", "Murphy"),            # claims team (English)
    "heike": ("Heike", "Brüggemann"),          # German desk
    "priya": ("Priya", "Raghunathan"),         # special assistance (PRM) coordinator
    "teun": ("Teun", "van Bommel"),            # parking
}


def staff(key, form="full"):
    f, l = STAFF[key]
    return {"full": f"{f} {l}", "first": f, "last": l[0].upper() + l[1:]}[form]


# --------------------------------------------------------------------------------------------------
# names (inline lists written for this set; no Faker or name package)
# --------------------------------------------------------------------------------------------------
NAMES = {
    "nl": (["Bram", "Joost", "Thijs", "Maarten", "Pieter-Jan", "Sjoerd", "Wouter", "Gijs", "Jeroen", "Koen", "Stijn",
            "Ruben", "Hidde", "Floris", "Jelle", "Mathijs"],
           ["Esmée", "Noëlle", "Daniëlle", "Femke", "Lieke", "Marloes", "Anouk", "Fenna", "Lotte", "Marijke",
            "Ingrid", "Annelies", "Mirjam", "Loïs", "Hanneke", "Evi"],
           ["van der Veen", "van den Heuvel", "Verhoeven", "Kuijpers", "van 't Hof", "ten Brink", "Stoutjesdijk",
            "van Leeuwen", "Hoekstra", "Vermeulen", "Schellekens", "van Rijswijk", "Timmermans", "van der Linden",
            "Rademaker", "Koopmans", "de Haan", "van Beek", "Smulders", "Geerts", "Postma", "Brouwers",
            "Verbeek-Zonneveld", "in 't Veld", "van Doorn", "Hendriks"]),
    "ma": (["Mohamed", "Bilal", "Hamza", "Soufiane", "Mehdi", "Ayoub", "Nordin", "Karim"],
           ["Fatima-Zahra", "Naima", "Samira", "Khadija", "Imane", "Salma", "Loubna", "Houda"],
           ["El Idrissi", "Benali", "Ait Taleb", "El Khatib", "Bouzid", "Ouali", "Azzouzi", "Tahiri"]),
    "tr": (["Emre", "Oğuz", "Burak", "Mert", "Serkan", "Hakan", "Yusuf"],
           ["Şeyma", "Büşra", "Elif", "Zeynep", "Gülsüm", "Derya", "Esra"],
           ["Yılmaz", "Şimşek", "Doğan", "Çelik", "Aydın", "Öztürk", "Arslan", "Karakaya"]),
    "sr": (["Ravi", "Dinesh", "Rudie", "Ramon", "Clyde", "Errol"],
           ["Chandni", "Sharmila", "Gisela", "Wendy", "Ashana"],
           ["Mahabier", "Ramdin", "Tjin-A-Tsoi", "Lieuw-On", "Karsowidjojo", "Sewpersad", "Kromodihardjo", "Pinas",
            "Doelwijt"]),
    "pl": (["Paweł", "Krzysztof", "Tomasz", "Piotr", "Marek", "Łukasz"],
           ["Małgorzata", "Agnieszka", "Katarzyna", "Joanna", "Magdalena", "Zofia"],
           ["Wójcik", "Zając", "Kaczmarek", "Mazur", "Krawczyk", "Pawlak"]),
    "de": (["Jörg", "Matthias", "Lukas", "Henrik", "Klaus-Dieter", "Tobias", "Florian", "Bernd"],
           ["Käthe", "Ursula", "Annegret", "Mareike", "Sabine", "Friederike", "Jana", "Julia"],
           ["Weißenborn", "Große-Lohmann", "Rößner", "Bäumer", "Hülsmann", "Schröder", "Kötter", "Wienands",
            "Tillmanns", "Pütz", "Lamers"]),
    "be": (["Wout", "Jens", "Pieter", "Arne", "Lander", "Kobe"],
           ["Griet", "Nele", "Hanne", "Ine", "Leen", "Sofie"],
           ["Van Damme", "De Smedt", "Claeys", "Vermeersch", "De Clercq", "Van Acker", "Goossens", "Verstraete"]),
    "uk": (["Callum", "Rhys", "Oliver", "Liam", "Ciarán", "Fergus", "Owen"],
           ["Siobhan", "Aoife", "Niamh", "Bethany", "Imogen", "Gemma", "Orla"],
           ["McAllister", "Brennan", "O'Sullivan", "Fairweather", "Whitcombe", "Okonkwo", "Pemberton", "Gallagher",
            "Ashworth"]),
    "in": (["Arjun", "Rohan", "Vikram", "Karthik", "Sanjay", "Aditya"],
           ["Ananya", "Kavya", "Meera", "Lakshmi", "Deepika", "Shreya"],
           ["Venkataraman", "Iyer", "Chatterjee", "Kulkarni", "Reddy", "Bhattacharya", "Deshpande"]),
    "cn": (["Zhiwei", "Haoran", "Yichen", "Jianguo"],
           ["Xiaoling", "Meiling", "Yuxin", "Jiayi"],
           ["Zhang", "Liu", "Chen", "Huang", "Zhou"]),
    "gh": (["Kwame", "Kofi"], ["Akosua", "Abena"], ["Mensah", "Boateng", "Asante"]),
    "pt": (["João", "Thiago"], ["Beatriz", "Mariana"], ["Carvalho", "Ribeiro", "Gonçalves"]),
    "ua": (["Oleksandr", "Dmytro"], ["Olena", "Iryna"], ["Kovalenko", "Shevchuk", "Bondarenko"]),
    "es": (["Alejandro", "Matteo"], ["Lucía", "Giulia"], ["Fernández", "Esposito", "Bianchi"]),
}

TUSSEN = ["van der", "van den", "van de", "van 't", "in 't", "van", "de", "den", "der", "ten", "ter", "te", "'t"]


class Person:
    def __init__(self, first, surname, sex, origin):
        self.first, self.sex, self.origin = first, sex, origin
        self.tv, self.last = "", surname
        if origin == "nl":
            for t in TUSSEN:
                if surname.startswith(t + " "):
                    self.tv, self.last = t, surname[len(t) + 1:]
                    break

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.tv, self.last) if x)

    @property
    def sur(self):
        """The surname as written standing alone (Dutch tussenvoegsel capitalised)."""
        if self.tv:
            return self.tv[0].upper() + self.tv[1:] + " " + self.last
        return self.last

    @property
    def surname(self):
        return " ".join(x for x in (self.tv, self.last) if x)

    @property
    def initials(self):
        return "".join(p[0] + "." for p in re.split(r"[\s\-]+", self.first) if p)

    @property
    def init_full(self):
        return f"{self.initials} {self.surname}"

    @property
    def mr(self):
        return {"m": "Mr", "f": "Ms"}[self.sex]

    @property
    def dhr(self):
        return {"m": "dhr.", "f": "mevr."}[self.sex]

    @property
    def heer(self):
        return {"m": "de heer", "f": "mevrouw"}[self.sex]

    @property
    def herr(self):
        return {"m": "Herr", "f": "Frau"}[self.sex]

    @property
    def geehrt(self):
        return {"m": "Sehr geehrter Herr", "f": "Sehr geehrte Frau"}[self.sex]

    @property
    def geachte(self):
        return {"m": "Geachte heer", "f": "Geachte mevrouw"}[self.sex]


def person(rng, origin, sex=None, surname=None, avoid=()):
    sex = sex or rng.choice("mf")
    males, females, surnames = NAMES[origin]
    for _ in range(100):
        first = rng.choice(males if sex == "m" else females)
        sn = surname or rng.choice(surnames)
        if first not in avoid and sn not in avoid:
            break
    return Person(first, sn, sex, origin)


def family(rng, origin, n, avoid=()):
    """n different people sharing the first one's surname (partner/children)."""
    first = person(rng, origin, avoid=avoid)
    out, used = [first], {first.first}
    while len(out) < n:
        p = person(rng, origin, surname=first.surname if origin != "nl" else (first.tv + " " + first.last).strip(),
                   avoid=tuple(avoid) + tuple(used))
        if p.first not in used:
            used.add(p.first)
            out.append(p)
    return out


def family_sexes(rng, origin, sexes, avoid=()):
    """People sharing one surname with the given sexes (e.g. "fmf": mother, father, daughter)."""
    sn = person(rng, origin, avoid=avoid).surname
    out, used = [], set(avoid)
    for sx in sexes:
        p = person(rng, origin, sx, surname=sn, avoid=tuple(used))
        used.add(p.first)
        out.append(p)
    return out


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("’", "").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


MAIL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example.com", "post.example.net",
                "inbox.example.org"]


def email_for(rng, p, style=None, domain=None):
    f = ascii_fold(p.first).lower().replace(" ", "")
    l = ascii_fold(p.surname).lower().replace(" ", "").replace("-", "")
    style = style if style is not None else rng.randrange(6)
    local = [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{rng.randrange(70, 99)}", f"{l}.{f}", f"{f}_{l[:4]}",
             f"{f}.{l}{rng.randrange(1, 9)}"][style]
    return f"{local}@{domain or rng.choice(MAIL_DOMAINS)}"


# --------------------------------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------------------------------
def digits(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def gen_bsn(rng):
    while True:
        s = digits(rng, 9, "123456789")
        if elfproef(s):
            return s


def gen_elf9(rng):
    """A 9-digit number passing the elfproef, used as a framed reference number (hard negative)."""
    return gen_bsn(rng)


def gen_nonelf9(rng):
    while True:
        s = digits(rng, 9, "123456789")
        if not elfproef(s):
            return s


def bsn_form(rng, s, form=None):
    form = form if form is not None else rng.randrange(4)
    return [s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"][form]


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB", "RBRB", "REVO"]


def gen_iban(rng, cc="NL"):
    if cc == "NL":
        return iban_make("NL", rng.choice(NL_BANKS) + digits(rng, 10))
    if cc == "BE":
        first10 = digits(rng, 10, "0123456789")
        r = int(first10) % 97
        return iban_make("BE", first10 + f"{r if r else 97:02d}")
    if cc == "DE":
        blz = rng.choice(["39050000", "37050198", "31050000", "39060180", "30050110", "37040044"])
        return iban_make("DE", blz + digits(rng, 10))
    if cc == "GB":
        return iban_make("GB", rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(rng, 14))
    if cc == "IE":
        return iban_make("IE", rng.choice(["AIBK", "BOFI"]) + digits(rng, 14))
    if cc == "PL":
        return iban_make("PL", digits(rng, 24))
    if cc == "ES":
        return iban_make("ES", digits(rng, 20))
    raise ValueError(cc)


def gen_mobile(rng):
    return "6" + rng.choice("12345") + digits(rng, 7)


def mobile_form(rng, nsn, form=None):
    d = nsn[1:]  # 8 digits after the 6
    forms = [f"06-{d}", f"06 {d}", f"06 {d[:4]} {d[4:]}", f"06-{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"06{d}",
             f"+31 6 {d}", f"+31 (0)6 {d[:4]} {d[4:]}", f"+316-{d}", f"0031 6 {d[:4]} {d[4:]}", f"+31 6 {d[:4]} {d[4:]}",
             f"(06) {d}", f"+316{d}"]
    return forms[form if form is not None else rng.randrange(len(forms))]


NL_AREAS2 = {"40": "Eindhoven", "13": "Tilburg", "73": "'s-Hertogenbosch", "76": "Breda", "77": "Venlo",
             "30": "Utrecht", "20": "Amsterdam", "10": "Rotterdam", "43": "Maastricht", "24": "Nijmegen"}
NL_AREAS3 = {"497": "Eersel", "492": "Helmond", "499": "Best", "495": "Weert", "475": "Roermond", "413": "Uden",
             "416": "Waalwijk", "412": "Oss"}


def gen_landline(rng, area=None):
    area = area or rng.choice(list(NL_AREAS2) + list(NL_AREAS3))
    sub = digits(rng, 9 - len(area), "23456789")
    nsn = area + sub
    assert NL_FIXED.fullmatch(nsn), nsn
    return nsn


TOWN_AREA = {"Eindhoven": "40", "Veldhoven": "40", "Valkenswaard": "40", "Tilburg": "13", "Helmond": "492",
             "Breda": "76", "'s-Hertogenbosch": "73", "Oss": "412", "Venlo": "77", "Weert": "495", "Utrecht": "30",
             "Nijmegen": "24"}


def landline_for(rng, town):
    return gen_landline(rng, TOWN_AREA.get(town))


def landline_form(rng, nsn, form=None):
    if nsn[:2] in NL_AREAS2:
        a, s = nsn[:2], nsn[2:]
        forms = [f"0{a}-{s}", f"0{a} {s[:3]} {s[3:]}", f"(0{a}) {s[:3]} {s[3:5]} {s[5:]}", f"+31 {a} {s[:3]} {s[3:]}",
                 f"+31(0){a}-{s}", f"0{a} - {s[:3]} {s[3:]}"]
    else:
        a, s = nsn[:3], nsn[3:]
        forms = [f"0{a}-{s}", f"0{a} {s[:2]} {s[2:4]} {s[4:]}", f"+31 {a} {s}", f"(0{a}) {s}"]
    return forms[form if form is not None else rng.randrange(len(forms))]


def gen_be_gsm(rng):
    return "4" + rng.choice("789") + digits(rng, 7)


def be_gsm_form(rng, nsn, form=None):
    d = nsn
    forms = [f"0{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+32 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
             f"0{d[:3]}/{d[3:5]}.{d[5:7]}.{d[7:]}", f"0032 {d}", f"+32{d}"]
    return forms[form if form is not None else rng.randrange(len(forms))]


def gen_de_mobile(rng):
    pre = rng.choice(["151", "152", "160", "171", "172", "176", "157"])
    return pre + digits(rng, 8 if pre.startswith("15") or pre == "176" else 7)


def de_mobile_form(rng, nsn, form=None):
    p, s = nsn[:3], nsn[3:]
    forms = [f"0{p} {s}", f"0{p}-{s}", f"+49 {p} {s}", f"+49 (0){p} {s}", f"0049 {p} {s}", f"0{p}/{s}"]
    return forms[form if form is not None else rng.randrange(len(forms))]


def gen_de_landline(rng, area=None):
    area = area or rng.choice(["241", "221", "211", "2161", "2821", "2421", "2151"])
    return area + digits(rng, 10 - len(area) if len(area) == 3 else 6, "2345689")


def de_landline_form(rng, nsn, form=None):
    for a in sorted(DE_AREAS, key=len, reverse=True):
        if nsn.startswith(a):
            s = nsn[len(a):]
            break
    forms = [f"0{a} {s}", f"0{a}/{s}", f"+49 {a} {s}", f"+49 (0){a} {s}", f"0{a}-{s}"]
    return forms[form if form is not None else rng.randrange(len(forms))]


def gen_uk(rng, kind="mobile"):
    x = f"{rng.randrange(1000):03d}"
    if kind == "mobile":
        return f"07700 900{x}", f"+44 7700 900{x}"
    area = rng.choice(["113", "161", "131", "117", "121"])
    return f"0{area} 496 0{x}", f"+44 {area} 496 0{x}"


def gen_pl_mobile(rng):
    pre = rng.choice(["501", "512", "530", "601", "698", "726", "788", "880"])
    s = pre + digits(rng, 6)
    return f"+48 {s[:3]} {s[3:6]} {s[6:]}"


def gen_postcode(rng, lo, hi, form=0):
    while True:
        n = rng.randrange(lo, hi + 1)
        letters = rng.choice("ABCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            pc = f"{n} {letters}" if form == 0 else f"{n}{letters}"
            if pc.replace(" ", "") not in {p.replace(" ", "") for p in ORG_POSTCODES}:
                return pc


def gen_doc(rng, kind="N"):
    alpha = "ABCDEFGHJKLMNPRSTUVWXYZ"
    while True:
        if kind in ("N", "I"):
            s = kind + rng.choice(alpha) + "".join(rng.choice(alpha + "123456789") for _ in range(6)) + \
                rng.choice("123456789")
        elif kind == "DE":
            s = rng.choice("CFGHJKLMNPRTVWXYZ") + "".join(rng.choice(DE_DOC_ALPHA) for _ in range(8))
        elif kind == "UK":
            s = digits(rng, 9, "123456789")
        elif kind == "IE":
            s = rng.choice("PLNR") + rng.choice("ABCDEFGHJKLMNPRTVWXYZ") + digits(rng, 7)
        elif kind == "IN":
            s = rng.choice("JKLMNPRSTVWZ") + digits(rng, 7, "123456789")
        elif kind == "VB":
            s = rng.choice(["II", "III", "IV"]) + "-V" + "".join(rng.choice("123456789ABCDEFGHJKLMNPRSTUVWXYZ")
                                                                   for _ in range(8))
        elif kind == "RB":
            s = digits(rng, 10, "45")
        else:
            raise ValueError(kind)
        if doc_valid(s):
            return s


def gen_kenteken(rng, sidecodes=(5, 6, 7, 8, 9, 10, 11)):
    while True:
        sc = rng.choice(sidecodes)
        pat = SIDECODES[sc]
        raw = "".join(rng.choice(KENTEKEN_LETTERS) if ch == "X" else rng.choice("0123456789") for ch in pat)
        g = SIDE_GROUPS[sc]
        s = f"{raw[:g[0]]}-{raw[g[0]:g[0] + g[1]]}-{raw[g[0] + g[1]:]}"
        if kenteken_sidecode(s) == sc and not raw.startswith("0"):
            return s


def gen_de_plate(rng):
    city = rng.choice(["AC", "D", "K", "KR", "MG", "DN", "KLE", "VIE", "NE", "HS"])
    letters = "".join(rng.choice("ABDFGHJKLMNPRSTWZ") for _ in range(rng.choice((1, 2))))
    return f"{city}-{letters} {rng.randrange(1, 9999)}"


def gen_ipv4(rng):
    while True:
        s = ".".join(str(rng.randrange(1, 255)) for _ in range(4))
        if ip_public(s) and not s.startswith(("100.", "192.0.", "198.", "203.0.")):
            return s


def gen_ipv6(rng):
    while True:
        s = "2a02:" + ":".join(f"{rng.randrange(1, 0xffff):x}" for _ in range(3)) + "::" + f"{rng.randrange(1, 0xfff):x}"
        if ip_public(s):
            return s


def gen_date(rng, y0, y1):
    start = datetime.date(y0, 1, 1)
    end = min(datetime.date(y1, 12, 31), TODAY)
    return start + datetime.timedelta(days=rng.randrange((end - start).days + 1))


NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]


def dfmt(d, style):
    return {
        "nl": f"{d.day:02d}-{d.month:02d}-{d.year}", "nl1": f"{d.day}-{d.month}-{d.year}",
        "nlw": f"{d.day} {NL_MONTHS[d.month - 1]} {d.year}", "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "iso": d.isoformat(), "en": f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
        "us": f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}", "de": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dew": f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year}",
    }[style]


def gen_pnr(rng):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def gen_pir(rng):
    return f"KVDHW{rng.randrange(10000, 99999)}"


def gen_tag(rng):
    """Heidewind bag tag: 10 digits, airline code 869 (0869 is no NL area code) -> (long, short)."""
    serial = f"{rng.randrange(100000, 999999)}"
    return f"0869{serial}", f"HW {serial}"


def gen_eticket(rng):
    return f"869-{rng.randrange(2400000000, 2499999999)}"


def gen_flight(rng):
    return f"HW {rng.choice([612, 614, 631, 633, 702, 708, 715, 741, 744, 802, 811, 826, 851, 903])}"


DEST = ["Málaga", "Alicante", "Palma de Mallorca", "Faro", "Dublin", "Edinburgh", "Kraków", "Antalya", "Split",
        "Porto", "Nice", "Bergamo", "München", "Berlin", "London Southend", "Gran Canaria"]


# ---- streets (invented) -----------------------------------------------------------------------------
NL_STREETS = ["Wielewaalstraat", "Hazelaarlaan", "Korte Molenstraat", "Dommelkade", "Gagelbosweg", "Heikantse Dreef",
              "Laan van Tongerlo", "Sterrenkroosstraat", "Vlinderhof", "Ganzerikhof", "Meidoornplein", "Kapelweg",
              "Ruttensingel", "Lijsterbeslaan", "Hoogstraat", "Bosranddreef", "Zandoerleseweg", "Pastoor Sleegersstraat",
              "Burg. Frenckenlaan", "Akkerwindestraat", "Kempenlandstraat", "Dr. Poelsplein", "Turfstekerspad",
              "Slotenmakershof", "Eikenkamp"]
NL_TOWNS = [("Eindhoven", 5611, 5658), ("Veldhoven", 5501, 5509), ("Tilburg", 5011, 5049), ("Helmond", 5701, 5709),
            ("Breda", 4811, 4839), ("'s-Hertogenbosch", 5211, 5237), ("Oss", 5341, 5352), ("Venlo", 5911, 5928),
            ("Weert", 6001, 6006), ("Valkenswaard", 5551, 5556), ("Utrecht", 3511, 3585), ("Nijmegen", 6511, 6546)]
BE_STREETS = ["Kapellekensbaan", "Bremstraat", "Zavelstraat", "Gasthuisvest", "Lindekensweg", "Hofstraat"]
BE_TOWNS = [("Antwerpen", "2018"), ("Turnhout", "2300"), ("Hasselt", "3500"), ("Gent", "9000"), ("Mol", "2400"),
            ("Leuven", "3000")]
DE_STREETS = ["Am Lindenhang", "Wiesengrund", "Mühlenstraße", "Am Schöpfwerk", "Rosenhügel", "Kirchweg",
              "Brückenstraße", "Heckenrosenweg", "Grüner Winkel", "Talstraße"]
DE_TOWNS = [("Aachen", "52066"), ("Düsseldorf", "40476"), ("Köln", "50733"), ("Krefeld", "47799"),
            ("Mönchengladbach", "41063"), ("Viersen", "41751"), ("Kleve", "47533"), ("Düren", "52351")]
UK_ADDR = [("Mill Road", "Leeds", "LS6 2QB"), ("Larkspur Close", "Manchester", "M21 7HT"),
           ("Ashgrove Terrace", "Edinburgh", "EH11 3RW"), ("Kingfisher Way", "Bristol", "BS16 9LN"),
           ("Victoria Crescent", "Birmingham", "B15 2TX")]
IE_ADDR = [("Seaview Park", "Dublin 15", "D15 K7X2"), ("Ballinlough Road", "Cork", "T12 W2NP")]


def nl_addr(rng, town=None):
    street = rng.choice(NL_STREETS)
    t = town or rng.choice(NL_TOWNS)
    if isinstance(t, str):
        t = next(x for x in NL_TOWNS if x[0] == t)
    nr = str(rng.randrange(1, 180))
    add = rng.choice(["", "", "", "a", "b", "-2", " bis", "-II", "A", " hs"])
    return f"{street} {nr}{add}", gen_postcode(rng, t[1], t[2]), t[0]


def be_addr(rng):
    t = rng.choice(BE_TOWNS)
    return f"{rng.choice(BE_STREETS)} {rng.randrange(2, 140)} bus {rng.randrange(1, 9)}", t[1], t[0]


def de_addr(rng):
    t = rng.choice(DE_TOWNS)
    return f"{rng.choice(DE_STREETS)} {rng.randrange(1, 90)}{rng.choice(['', '', 'a', 'b'])}", t[1], t[0]


def uk_addr(rng):
    s, town, pc = rng.choice(UK_ADDR)
    nr = rng.randrange(2, 120)
    if rng.random() < 0.4:
        return f"Flat {rng.randrange(1, 9)}, {nr} {s}", pc, town
    return f"{nr} {s}", pc, town


def money(x, lang="nl"):
    s = f"{x:,.2f}"
    if lang in ("nl", "de"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


# ==================================================================================================
# SCENARIOS
# ==================================================================================================
SCENARIOS = []   # (name, lang, pii, func)


def scenario(lang, pii):
    def deco(f):
        SCENARIOS.append((f.__name__, lang, pii, f))
        return f
    return deco


# === SCENARIOS BEGIN ===

def trip(rng, lo=(2025, 1, 6), hi=(2025, 6, 24)):
    a, b = datetime.date(*lo), datetime.date(*hi)
    return a + datetime.timedelta(days=rng.randrange((b - a).days + 1))


def hhmm(rng, lo=6, hi=23):
    return f"{rng.randrange(lo, hi):02d}:{rng.choice(['05', '10', '12', '25', '30', '41', '47', '55'])}"


def nl_sur_given(p):
    """'Surname, Given tussenvoegsel' as Dutch systems print it."""
    return f"{p.last}, {p.first}" + (f" {p.tv}" if p.tv else "")


# ---------------------------------------------------------------- nl, with personal data ----------
@scenario("nl", True)
def nl_vermiste_koffer(rng, k):
    p = person(rng, rng.choice(["nl", "ma", "tr", "sr"]))
    fl, dest, d = gen_flight(rng), rng.choice(DEST), trip(rng)
    pir, (tag, tag_s) = gen_pir(rng), gen_tag(rng)
    street, pc, town = nl_addr(rng)
    mob = mobile_form(rng, gen_mobile(rng))
    if k == 0:
        land = landline_form(rng, landline_for(rng, town))
        return f"""Onderwerp: Koffer niet aangekomen – {fl} uit {dest}

Goedemiddag,

Gisteravond ({dfmt(d, 'nl')}) ben ik met {fl} uit {dest} geland, maar mijn koffer kwam niet op de band. Bij de bagagebalie is een PIR opgemaakt, dossiernummer {pir}, bagagelabel {tag_s}.
Het gaat om een donkerblauwe Samsonite (75 cm) met een oranje riem. Er zitten ook medicijnen van mijn zoon in, dus het is nogal dringend.

Wilt u de koffer bezorgen op ons huisadres: {AD(street)}, {PC(pc)} {town}? Overdag ben ik bereikbaar op {PH(mob)}, na 18.00 uur op {PH(land)}.

Met vriendelijke groet,

{P(p.full)}
{EM(email_for(rng, p))}"""
    return f"""--- Webformulier vermiste bagage (kempenveld-airport.example/bagage) ---
Ingezonden: {dfmt(d + datetime.timedelta(days=1), 'nl')} {hhmm(rng)}
Naam: {P(p.full)}
Vluchtnummer: {fl}
Datum vlucht: {dfmt(d, 'nl')}
PIR / dossiernummer: {pir}
Bagagelabel: {tag[:4]} {tag[4:]}
Omschrijving: zwarte hardcase, sticker 'Fragile', naamlabel aan het handvat
Bezorgadres: {AD(street)}
Postcode + plaats: {PC(pc)} {town}
Telefoon: {PH(mob)}
E-mail: {EM(email_for(rng, p))}
Opmerking: liefst na 16.00 uur bezorgen, de bel doet het niet – even kloppen."""


@scenario("nl", True)
def nl_beschadigde_koffer(rng, k):
    p = person(rng, rng.choice(["nl", "ma", "sr", "pl"]))
    fl, d, pir = gen_flight(rng), trip(rng), gen_pir(rng)
    iban = gen_iban(rng, "NL")
    if k == 0:
        em = email_for(rng, p)
        return f"""Van: {P(p.full)} <{EM(em)}>
Aan: bagage@kempenveld-airport.example
Onderwerp: Schadeclaim koffer – PIR {pir}

Beste medewerker van de Bagagedienst,

Na vlucht {fl} van {dfmt(d, 'nlw')} kreeg ik mijn koffer terug met een afgebroken wiel en een scheur van ca. 15 cm in de schaal. De schade is meteen bij de balie gemeld (PIR {pir}) en mevrouw {P(staff('kirsten', 'last'))} heeft er foto's van gemaakt.
Een reparatie bij {NP('Kofferhuis Verhoeven')} in Eindhoven kost volgens offerte 2025-0318 € 135,00; een vergelijkbare nieuwe koffer kost € 189,95.

Ik ontvang de vergoeding graag op {IB(iban_spaced(iban))} t.n.v. {P(p.init_full)}.

Vriendelijke groet,
{P(p.first)}"""
    dd = dfmt(trip(rng, (2025, 6, 25), (2025, 6, 29)), 'nl')
    who = p.full
    return f"""[{dd} 10:14] {P(who)}: Hoi, mijn koffer is kapot teruggekomen van {fl}. Handvat eraf en een flinke deuk. Hoe claim ik dat?
[{dd} 10:16] Kempenveld Airport: Goedemorgen! Vervelend om te horen. Heeft u bij aankomst een schaderapport (PIR) laten maken?
[{dd} 10:19] {P(who)}: ja nummer {pir}
[{dd} 10:21] Kempenveld Airport: Dank u. Ik ben {P(staff('sanne', 'first'))} van Passagiersservice. Stuur gerust foto's en uw IBAN, dan zet ik het door naar de Bagagedienst.
[{dd} 10:30] {P(who)}: <afbeelding weggelaten>
[{dd} 10:31] {P(who)}: {IB(iban)} tnv {P(p.full.lower())}
[{dd} 10:33] Kempenveld Airport: Ontvangen 👍 U hoort binnen 10 werkdagen van ons. Groet, {P(staff('sanne', 'first'))}"""


@scenario("nl", True)
def nl_eu261_claim(rng, k):
    fam = family(rng, rng.choice(["nl", "tr", "ma", "sr"]), 3)
    p1, p2, kid = fam
    fl, dest, d, pnr = gen_flight(rng), rng.choice(["Málaga", "Antalya", "Gran Canaria", "Faro", "Split"]), trip(rng), gen_pnr(rng)
    iban = gen_iban(rng, "NL")
    street, pc, town = nl_addr(rng)
    if k == 0:
        tel = landline_form(rng, landline_for(rng, town))
        return f"""Onderwerp: Claim compensatie vertraagde vlucht {fl} ({dfmt(d, 'nl')})

Geachte heer/mevrouw,

Op {dfmt(d, 'nlw')} zouden wij met vlucht {fl} om 07.05 uur naar {dest} vertrekken. Het toestel vertrok pas om 12.40 uur en we kwamen met 5 uur en 20 minuten vertraging aan. Volgens Verordening (EG) nr. 261/2004 hebben wij recht op € 400 per persoon.

Het gaat om de volgende passagiers (boekingscode {pnr}):
- {P(p1.full)}
- {P(p2.full)}
- {P(kid.full)} (12 jaar)

Wilt u het totaalbedrag van € 1.200 overmaken naar rekening {IB(iban_spaced(iban))} ten name van {P(p1.init_full)}?

Met vriendelijke groet,

{P(p1.full)}
{AD(street)}
{PC(pc)}  {town.upper()}
Tel. {PH(tel)}"""
    claim = gen_elf9(rng)
    mob = mobile_form(rng, gen_mobile(rng))
    t = f"""EU261 CLAIMFORMULIER – ingediend via heidewind.example/claim
Claimnummer: {claim}
Boekingscode: {pnr}
Vlucht: {fl} {dfmt(d, 'nl')}, geplande aankomst 18:25, werkelijke aankomst 22:02
Reden: vertraagd

Hoofdboeker
  Achternaam, voornaam: {P(nl_sur_given(p1) if p1.origin == 'nl' else f'{p1.last}, {p1.first}')}
  E-mail: {EM(email_for(rng, p1))}
  Telefoon: {PH(mob)}
  Adres: {AD(street)}, {PC(pc)} {town}
Medereizigers: {P(p2.full)}, {P(kid.full)}
Opmerking: mijn bsn is {BS(bsn_form(rng, gen_bsn(rng), 2))} als jullie dat nodig hebben voor de uitbetaling

Uitbetaling
  IBAN: {IB(iban_spaced(iban))}
  Rekeninghouder: {P(p1.full)}
Akkoord met de voorwaarden: ja"""
    return crlf(t)


@scenario("nl", True)
def nl_claimbureau(rng, k):
    cl = person(rng, rng.choice(["nl", "pl", "tr", "in"]))
    fl, dest, d, pnr = gen_flight(rng), rng.choice(DEST), trip(rng), gen_pnr(rng)
    ref = f"VC-2025-0{rng.randrange(1000, 9999)}"
    if k == 0:
        jur = person(rng, rng.choice(["nl", "ma"]), avoid=(cl.first, cl.surname))
        kvk = digits(rng, 8, "3456789")
        return f"""Betreft: verzoek tot compensatie – onze referentie {ref}

Geachte heer, mevrouw,

VluchtClaim Direct B.V. treedt op namens {cl.heer} {P(cl.full)} (boekingscode {pnr}), die op {dfmt(d, 'nl')} met vlucht {fl} van Kempenveld naar {dest} zou reizen. De vlucht werd op de dag van vertrek geannuleerd zonder dat cliënt een alternatief binnen twee uur van de oorspronkelijke vertrektijd werd aangeboden.

Op grond van artikel 5 en 7 van Verordening (EG) nr. 261/2004 verzoeken wij u de compensatie van € 250 binnen 14 dagen over te maken op de derdenrekening van ons kantoor, {IB(iban_spaced(gen_iban(rng, 'NL')))}, o.v.v. {ref}. Een door cliënt ondertekende volmacht is bijgevoegd.

Hoogachtend,

{P(jur.full)}
Juridisch medewerker
VluchtClaim Direct B.V. | KvK {KVK(kvk)} | Utrecht"""
    street, pc, town = nl_addr(rng)
    return f"""Goedendag,

Ik snap er niks meer van. In februari heb ik mijn claim voor {fl} ({dfmt(d, 'nl')}) aan VluchtClaim Direct gegeven, maar vandaag kreeg ik van jullie een brief dat de claim op mijn eigen naam moet worden ingediend. Ik wil het bureau niet meer gebruiken, kan ik het gewoon zelf doen?

Mijn gegevens: {P(cl.full)}, postcode {PC(pc)}, huisnummer {street.split()[-1]}. Boekingscode {pnr}, hun referentie {ref}.
Bel me gerust: {PH(mobile_form(rng, gen_mobile(rng)))}.

Groet,
{P(cl.first)}"""


@scenario("nl", True)
def nl_assistentie(rng, k):
    fl, dest, d, pnr = gen_flight(rng), rng.choice(DEST), trip(rng), gen_pnr(rng)
    if k == 0:
        origin = rng.choice(["nl", "sr", "tr"])
        daughter = person(rng, origin, "f")
        brother = person(rng, origin, "m", surname=daughter.surname, avoid=(daughter.first,))
        mother = person(rng, origin, "f", avoid=(daughter.first, daughter.surname))
        dob = gen_date(rng, 1936, 1950)
        return f"""Onderwerp: Rolstoelassistentie voor mijn moeder – boeking {pnr}

Goedendag,

Mijn moeder, {P(mother.full)} (geboren {DOB(dfmt(dob, 'nlw'))}), vliegt op {dfmt(d, 'nl')} met {fl} naar {dest}. Zij kan geen lange afstanden lopen en heeft hulp nodig van de incheckbalie tot aan haar stoel in het vliegtuig (WCHS). Zelf reis ik niet mee; mijn broer {P(brother.first)} brengt haar naar Kempenveld.

Kunt u de assistentie aanvragen? Bij vragen ben ik bereikbaar op {PH(mobile_form(rng, gen_mobile(rng)))}. Het vaste nummer van mijn moeder is {PH(landline_form(rng, gen_landline(rng)))}, maar zij hoort de telefoon vaak niet.

Hartelijke groet,
{P(daughter.full)}"""
    origin = rng.choice(["nl", "ma", "be"])
    son = person(rng, origin, "m")
    father = person(rng, origin, "m", surname=(son.tv + " " + son.last).strip(), avoid=(son.first,))
    call = trip(rng, (2025, 6, 2), (2025, 6, 27))
    return f"""Telefoonnotitie PRM – {dfmt(call, 'nl')} 11:42 – aangenomen door {P(staff('priya'))}
Beller: {P(son.full)} (zoon) namens vader {P(father.init_full)}, boeking {pnr}, {fl} op {dfmt(call + datetime.timedelta(days=rng.randrange(9, 40)), 'nl')}
Vraag: WCHC, eigen elektrische rolstoel mee; accu lithium-ion 300 Wh -> DGR-formulier nodig.
Terugbellen op {PH(mobile_form(rng, gen_mobile(rng)))} (mobiel zoon). Vader zelf heeft geen mobiel.
Actie: PRM-aanvraag ingeschoten (ref. PRM-25-0{rng.randrange(100, 999)}), DGR-formulier gemaild naar zoon. cc {P(staff('kirsten', 'first'))} i.v.m. rolstoel in ruim."""


@scenario("nl", True)
def nl_parkeren_slagboom(rng, k):
    d = trip(rng)
    if k == 0:
        p = person(rng, rng.choice(["nl", "be", "tr"]))
        kt = gen_kenteken(rng)
        return f"""Onderwerp: Dubbel betaald bij P3 Lang Parkeren

Hallo,

Afgelopen week ({dfmt(d, 'nl')}) reed ik om 23:10 de P3 uit. De slagboom herkende mijn kenteken {LP(kt)} niet, dus heb ik bij de betaalautomaat nog een keer € 64,00 betaald met mijn Mastercard (eindigend op {rng.randrange(1000, 9999)}). Mijn parkeren was echter al online vooruitbetaald, reserveringsnummer PRK-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}.

Graag de dubbele betaling terugstorten op {IB(gen_iban(rng, 'NL'))}.

Met vriendelijke groet,
{P(p.full)}
{PH(mobile_form(rng, gen_mobile(rng)))}"""
    kt1, kt2 = gen_kenteken(rng), gen_kenteken(rng)
    t = staff("teun", "first")
    return f"""Chat Kempenveld Parking – {dfmt(d, 'nl')}
[09:02] Bezoeker: goedemorgen ik sta bij de uitgang van P1 en de slagboom gaat niet open
[09:02] {P(t)} (Parking): Goedemorgen! Ik kijk even mee. Wat is uw kenteken?
[09:03] Bezoeker: {LP(kt1.replace('-', '').lower())}
[09:04] {P(t)} (Parking): Ik zie dat uw reservering op een ander kenteken staat ({LP(kt2)}). Klopt dat?
[09:05] Bezoeker: oh ja dat is de auto van mijn vrouw, we hebben geruild
[09:06] {P(t)} (Parking): Geen probleem, ik open de slagboom op afstand. Goede reis verder!
[09:06] Bezoeker: top dank je 👍"""


@scenario("nl", True)
def nl_parkeren_terugbetaling(rng, k):
    d = trip(rng)
    fl = gen_flight(rng)
    if k == 0:
        p = person(rng, rng.choice(["nl", "ma", "cn", "pl"]))
        kt = gen_kenteken(rng).replace("-", "")
        return f"""Formulier: annulering parkeerreservering
Ingediend: {dfmt(d, 'nl')} {hhmm(rng)}
Reserveringsnummer: PRK-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}
Naam: {P(p.full)}
Kenteken: {LP(kt)}
Periode: {dfmt(d + datetime.timedelta(days=20), 'nl')} t/m {dfmt(d + datetime.timedelta(days=34), 'nl')} (P3 Lang Parkeren, € 89,50)
Reden annulering: vlucht {fl} geannuleerd
IBAN voor terugbetaling: {IB(iban_spaced(gen_iban(rng, 'NL')))}
E-mail: {EM(email_for(rng, p))}"""
    p = person(rng, "nl", avoid=("Loïs", "Noëlle", "Esmée", "Daniëlle"))
    street, pc, town = nl_addr(rng)
    kt = gen_kenteken(rng, (4, 5, 6))
    return f"""AAN: KEMPENVELD AIRPORT, AFDELING PARKEREN
POSTBUS 2210, 5500 CE KEMPENVELD

BETREFT: TERUGBETALING PARKEERKOSTEN

GEACHTE HEER/MEVROUW,

OP {d.day} {NL_MONTHS[d.month - 1].upper()} HEB IK MIJN AUTO (KENTEKEN {LP(kt)}) OP P3 GEPARKEERD. MIJN VLUCHT NAAR ALICANTE IS GEANNULEERD EN IK BEN DEZELFDE DAG WEER NAAR HUIS GEGAAN. TOCH IS ER EEN BEDRAG VAN € 27,50 AFGESCHREVEN.
WILT U DIT TERUGSTORTEN OP REKENING {IB(iban_spaced(gen_iban(rng, 'NL')))} T.N.V. {P(p.init_full.upper())}?

MET VRIENDELIJKE GROET,

{P(p.full.upper())}
{AD(street.upper())}
{PC(pc)}  {town.upper()}
TEL. {PH(landline_form(rng, landline_for(rng, town), 0))}
BURGERSERVICENUMMER: {BS(bsn_form(rng, gen_bsn(rng), 3))}"""


@scenario("nl", True)
def nl_naamcorrectie(rng, k):
    fl, dest, d, pnr = gen_flight(rng), rng.choice(DEST), trip(rng), gen_pnr(rng)
    if k == 0:
        pairs = [("tr", "Yılmaz", "Yilmaz"), ("ma", "El Idrissi", "El Idrisi"), ("sr", "Kromodihardjo", "Kromodiharjo"),
                 ("pl", "Wójcik", "Wojcik")]
        origin, right, wrong = rng.choice(pairs)
        p = person(rng, origin, surname=right)
        dob = gen_date(rng, 1965, 2003)
        if dob.day <= 12 and dob.day != dob.month:
            wrong_dob = dob.replace(day=dob.month, month=dob.day)
        else:
            wrong_dob = dob + datetime.timedelta(days=366)
        return f"""Onderwerp: Fout in naam op ticket – boeking {pnr}

Beste Heidewind,

Bij het boeken is mijn achternaam verkeerd gespeld. Op het ticket staat {P(p.first + ' ' + wrong)}, maar mijn naam is {P(p.full)}, zoals in mijn paspoort (documentnummer {ID(gen_doc(rng, 'N'))}, persoonsnummer {BS(bsn_form(rng, gen_bsn(rng), 1))}). Ik vlieg op {dfmt(d, 'nl')} met {fl} naar {dest}.

Ook mijn geboortedatum klopt niet: bij de API-gegevens staat {DOB(dfmt(wrong_dob, 'nl'))}, maar ik ben geboren op {DOB(dfmt(dob, 'nl'))}.

Groeten,
{P(p.full)}"""
    pairs = [("nl", "Noëlle", "Noelle"), ("nl", "Daniëlle", "Danielle"), ("tr", "Büşra", "Busra"), ("ma", "Fatima-Zahra", "Fatima")]
    origin, right, wrong = rng.choice(pairs)
    p = Person(right, rng.choice(NAMES[origin][2]), "f", origin)
    y = staff("youssef", "first")
    return f"""Webchat Heidewind – gesprek #{rng.randrange(400000, 499999)}
Heidewind ({P(y)}): Hallo, waarmee kan ik u helpen?
Klant: mijn voornaam staat fout op de boarding pass, ik heet {P(right)} met trema/streepje en niet {P(wrong)}
Heidewind ({P(y)}): Dat lossen we op. Mag ik uw boekingscode en uw volledige naam zoals in het paspoort?
Klant: {pnr}, {P(p.full)}
Heidewind ({P(y)}): Dank u. Een correctie van maximaal 3 tekens is kosteloos. Ik heb het aangepast naar {P(p.full.upper())}; tekens als ë en ş worden in het ticket altijd zonder accent gezet, dat is geen probleem bij de grens.
Klant: ah oke, dank je"""


@scenario("nl", True)
def nl_skypoints_adres(rng, k):
    if k == 0:
        p = person(rng, rng.choice(["nl", "sr", "be", "de"]))
        s1, pc1, t1 = nl_addr(rng)
        s2, pc2, t2 = nl_addr(rng)
        lid = gen_elf9(rng)
        return f"""Onderwerp: Adreswijziging Skypoints-account

Beste Skypoints-team,

Wij zijn verhuisd. Wilt u het adres in mijn Skypoints-account (lidnummer {lid}) aanpassen?

Oud adres: {AD(s1)}, {PC(pc1)} {t1}
Nieuw adres: {AD(s2)}, {PC(pc2)} {t2}

Mijn e-mailadres blijft {EM(email_for(rng, p))}. Ter controle: mijn geboortedatum is {DOB(dfmt(gen_date(rng, 1958, 2000), 'nl1'))} en mijn burgerservicenummer {BS(gen_bsn(rng))}.

Groet,
{P(p.full)}"""
    bride = person(rng, rng.choice(["ma", "tr", "pl"]), "f")
    groom = person(rng, "nl", "m")
    new = f"{groom.sur if not groom.tv else groom.tv + ' ' + groom.last}-{bride.last}"
    new_disp = (groom.sur) + "-" + bride.last
    b2 = Person(bride.first, new_disp, "f", "x")
    return f"""Skypoints – wijziging persoonsgegevens (selfservice)
Lidnummer: SP-{rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(10, 99)}
| gegeven       | oud                          | nieuw                          |
|---------------|------------------------------|--------------------------------|
| achternaam    | {P(bride.last)} | {P(new_disp)} |
| e-mail        | {EM(email_for(rng, bride))} | {EM(email_for(rng, b2))} |
| mobiel        | {PH(mobile_form(rng, gen_mobile(rng), 0))} | {PH(mobile_form(rng, gen_mobile(rng), 5))} |
| geboortedatum | {DOB(dfmt(gen_date(rng, 1985, 2000), 'iso'))} | (ongewijzigd) |
Aangevraagd op {dfmt(trip(rng), 'nl')} {hhmm(rng)} vanaf IP-adres {IP(gen_ipv4(rng))} – status: wacht op bevestiging per e-mail"""


@scenario("nl", True)
def nl_baby_toevoegen(rng, k):
    origin = rng.choice(["nl", "ma", "tr", "sr", "cn"])
    par1, par2, baby = family_sexes(rng, origin, "fm" + ("f" if k == 0 else "m"))
    dest, fl = rng.choice(DEST), gen_flight(rng)
    dob = gen_date(rng, 2025, 2025)
    if k == 0:
        amex = card_make(rng, rng.choice(["34", "37"]), 15)
        amex_sp = f"{amex[:4]} {amex[4:10]} {amex[10:]}"
        return f"""Onderwerp: Baby toevoegen aan boeking {gen_pnr(rng)}

Hallo,

Vorige maand is onze dochter geboren! In de zomer vliegen we naar {dest} ({fl}, 8 augustus). Kunnen jullie haar als infant aan onze boeking toevoegen?

Naam: {P(baby.full)}
Geboortedatum: {DOB(dfmt(dob, 'nl'))}
BSN: {BS(gen_bsn(rng))}
ID-kaart: {ID(gen_doc(rng, 'I'))} (aangevraagd bij de gemeente, ophalen 1 juli)

Ouders op de boeking: {P(par1.full)} en {P(par2.full)}.
Betalen mag met mijn creditcard: {CC(amex_sp)}, geldig tot 11/27.

Groetjes,
{P(par1.first)}"""
    mom = par1 if par1.sex == "f" else par2
    other = par2 if mom is par1 else par1
    return f"""{P(mom.full)}: Goedemiddag, wij willen onze zoon toevoegen aan boeking {gen_pnr(rng)}. Hij is geb. {DOB(dfmt(dob, 'nl1'))}
Passagiersservice: Gefeliciteerd! 🎉 Wat is zijn volledige naam zoals in zijn paspoort?
{P(mom.full)}: {P(baby.first + ' ' + baby.surname)}, paspoort {ID(gen_doc(rng, 'N'))}
Passagiersservice: Dank u. Een infant tot 2 jaar reist op schoot, toeslag € 35 per enkele reis. Ik stuur een betaallink naar het e-mailadres van de boeking.
{P(mom.full)}: 👍 graag naar {EM(email_for(rng, other))}, dat is het adres van mijn man {P(other.first)}"""


@scenario("nl", True)
def nl_terugbetaling(rng, k):
    fl, dest, pnr = gen_flight(rng), rng.choice(DEST), gen_pnr(rng)
    if k == 0:
        p = person(rng, "nl")
        em = email_for(rng, p)
        iban = gen_iban(rng, "NL")
        return f"""Van: {P(p.full)} <{EM(em)}>
Verzonden: dinsdag 10 juni 2025 08:47
Aan: Passagiersservice Kempenveld <service@kempenveld-airport.example>
Onderwerp: RE: Uw annulering {fl} – terugbetaling

Ik heb nog steeds niets ontvangen, het is nu vier weken geleden!! Het rekeningnummer is {IB(iban)}, ten name van {P(p.init_full)}.

{P(p.first)}

-----Oorspronkelijk bericht-----
Van: Passagiersservice Kempenveld <service@kempenveld-airport.example>
Verzonden: dinsdag 13 mei 2025 16:02
Aan: {P(p.full)} <{EM(em)}>
Onderwerp: Uw annulering {fl} – terugbetaling

{p.geachte} {P(p.sur)},

Uw vlucht {fl} van 11 mei is geannuleerd. Het ticketbedrag van € 218,40 wordt binnen 7 werkdagen teruggestort op de rekening waarmee u heeft betaald.

Met vriendelijke groet,
{P(staff('youssef'))}
Passagiersservice Kempenveld"""
    p = person(rng, rng.choice(["ma", "tr", "nl", "sr"]))
    iban = gen_iban(rng, "NL").lower()
    while True:
        b9 = "0" + digits(rng, 8, "123456789")
        if elfproef(b9):
            break
    bsn8 = b9[1:]
    return f"""hallo,
jullie hebben mijn vlucht naar {dest.lower()} gecanceld en ik wil gewoon mijn geld terug, GEEN voucher!! boeking {pnr}, e-ticket {gen_eticket(rng)}.
iban {IB(iban)} t.n.v. {P(p.full.lower())}
mijn bsn nr is {BS(bsn8)}, voor als jullie me niet kunnen vinden in het systeem
gr {P(p.first.lower())}"""


@scenario("nl", True)
def nl_bagage_intern(rng, k):
    d = trip(rng)
    kirsten = staff("kirsten")
    if k == 0:
        p = person(rng, rng.choice(["nl", "tr", "gh", "pt"]))
        nb = person(rng, "nl", "f", avoid=(p.first, p.surname))
        street, pc, town = nl_addr(rng)
        tag, _ = gen_tag(rng)
        return f"""Interne notitie Bagagedienst – {dfmt(d, 'nl')}
Auteur: {P(kirsten)}

Koffer bij PIR {gen_pir(rng)} (tag {tag}) is vanochtend met {gen_flight(rng)} alsnog binnengekomen. Bezorgd door Brabant Koeriers om 14:20 op {AD(street)}, {PC(pc)} {town}. Aangenomen door de buurvrouw, mevr. {P(nb.sur)}, twee deuren verder. Passagier ({P(p.full)}) gebeld op {PH(mobile_form(rng, gen_mobile(rng)))}, geen gehoor; voicemail ingesproken.
Status in WorldTracer op CLOSED gezet."""
    drv = person(rng, rng.choice(["pl", "nl"]), "m")
    rows = []
    used = {drv.first, drv.surname}
    for i in range(3):
        p = person(rng, rng.choice(["nl", "ma", "tr", "sr", "be", "in"]), avoid=tuple(used))
        used |= {p.first, p.surname}
        street, pc, town = nl_addr(rng)
        rows.append(f"{gen_pir(rng)};{P(p.full)};{AD(street)};{PC(pc)};{town};{PH(mobile_form(rng, gen_mobile(rng), rng.choice([0, 4])))};{['10-12', '12-14', '14-16'][i]}")
    return f"""Bezorgrit bagage {dfmt(d, 'nl')} – chauffeur {P(drv.full)} (Brabant Koeriers), vrijgegeven door {P(kirsten)}
pir;naam;adres;postcode;plaats;telefoon;tijdvak
""" + "\n".join(rows)


@scenario("nl", True)
def nl_gevonden(rng, k):
    if k == 0:
        p = person(rng, rng.choice(["ma", "nl", "ua", "sr"]))
        return f"""Onderwerp: Uw paspoort is gevonden op Kempenveld Airport

{p.geachte} {P(p.sur)},

Bij de securityfilter is gisteren een Nederlands paspoort gevonden met documentnummer {ID(gen_doc(rng, 'N'))}, op uw naam. U kunt het ophalen bij Lost & Found in de vertrekhal (balie 14, Terminalplein 1), dagelijks van 07.00 tot 21.00 uur. Neem een ander legitimatiebewijs mee, bijvoorbeeld uw rijbewijs.

Heeft u het paspoort al als vermist opgegeven bij de gemeente? Dan is het document ongeldig en vernietigen wij het na 14 dagen.

Met vriendelijke groet,
{P(staff('kirsten'))}
Lost & Found | {SIG_PS_NL}"""
    p1 = person(rng, rng.choice(["nl", "tr", "pl"]))
    p2 = person(rng, rng.choice(["uk", "de", "in"]), avoid=(p1.first, p1.surname))
    return f"""Lost & Found – vondstenregister week 23

| datum | vondst | locatie | eigenaar (indien bekend) | contact | status |
|---|---|---|---|---|---|
| 02-06-2025 | iPhone 14, blauw hoesje | gate B6 | onbekend | – | in kluis |
| 02-06-2025 | ID-kaart {ID(gen_doc(rng, 'I'))} | toiletten aankomsthal | {P(p1.full)} | {PH(mobile_form(rng, gen_mobile(rng), 1))} | gebeld, haalt op |
| 03-06-2025 | rugzak Eastpak, grijs | P3 shuttlebus | {P(p2.full)} (bagagelabel) | {EM(email_for(rng, p2))} | mail gestuurd |
| 04-06-2025 | kinderknuffel (konijn) | pier B | onbekend | – | op Facebook gezet |"""


@scenario("nl", True)
def nl_zakelijke_factuur(rng, k):
    pnr = gen_pnr(rng)
    if k == 0:
        me = person(rng, rng.choice(["nl", "ma", "sr"]), "f")
        col = person(rng, rng.choice(["nl", "de", "in"]), "m", avoid=(me.surname,))
        street, pc, town = nl_addr(rng)
        while True:
            d9 = digits(rng, 9, "123456789")
            if elfproef(d9):
                continue
            ok = [f"NL{d9}B{x:02d}" for x in range(1, 100) if mod97(f"NL{d9}B{x:02d}")]
            if ok:
                btw = ok[0]
                break
        return f"""Onderwerp: Factuur op bedrijfsnaam – boeking {pnr}

Goedemiddag,

Voor de zakenreis van mijn collega {P(col.full)} naar München (HW 851, 17 juni) hebben wij een factuur nodig op naam van ons bedrijf. Kunt u de bevestiging opnieuw sturen met deze gegevens?

{NP('Timmermans Installatietechniek B.V.')}
t.a.v. {P(me.init_full)}, financiële administratie
{AD(street)}
{PC(pc)} {town}
KvK-nummer: {KVK(digits(rng, 8, '3456789'))}
Btw-id: {BTW(btw)}

Met vriendelijke groet,
{P(me.full)}
Office manager"""
    p = person(rng, rng.choice(["nl", "pt", "es"]))
    bsn = gen_bsn(rng)
    return f"""Hoi,

Ik ben zzp'er (fotograaf, Studio Lichtval) en heb voor een opdracht in Porto geboekt, boeking {pnr}. Kan de factuur op mijn bedrijf?
KvK {KVK(digits(rng, 8, '3456789'))}, omzetbelastingnummer {BS('NL' + bsn + 'B01')} – ik weet dat ik sinds 2020 een nieuw btw-id heb maar dat kan ik nu even niet vinden.

Dank!
{P(p.full)}
{PH(mobile_form(rng, gen_mobile(rng)))}"""


@scenario("nl", True)
def nl_social(rng, k):
    fl, dest = gen_flight(rng), rng.choice(DEST)
    if k == 0:
        p = person(rng, rng.choice(["nl", "ma", "tr"]))
        handle = "@" + ascii_fold(p.first).lower()[:4] + "_" + str(rng.randrange(10, 99))
        return f"""{handle}: @HeidewindAir al 2 uur vertraging op {fl} naar {dest} en NUL informatie aan de gate 😡😡 #Kempenveld #nooitmeer
Heidewind Airlines @HeidewindAir · antwoord aan {handle}: Wat vervelend! We snappen de frustratie. Stuur ons een DM met je boekingscode, dan kijken we mee. ^{P(staff('youssef', 'first'))}
DM van {handle}: boekingscode {gen_pnr(rng)}, ik ben {P(p.full)}. bel me maar op {PH(mobile_form(rng, gen_mobile(rng), 4))} want ik zit nog steeds hier"""
    o = rng.choice(["nl", "be", "sr"])
    p = person(rng, o)
    fil = person(rng, o, "m", avoid=(p.first, p.surname))
    other = person(rng, rng.choice(["tr", "ma", "pl"]), avoid=(p.first,))
    return f"""Reacties op bericht van Kempenveld Airport ("Drukte verwacht in de meivakantie ☀️✈️ Kom op tijd!")

{P(p.full)}: Drukte?? Wij stonden vanochtend anderhalf uur in de rij bij de security terwijl maar 2 van de 6 lanes open waren. Mijn schoonvader ({P(fil.full)}, 81) kon bijna niet meer staan. Niet normaal. #kempenveldairport
   ↳ Kempenveld Airport: Hoi {P(p.first)}, dat is geen fijne ervaring, sorry. We hebben het doorgegeven aan het securityteam. Stuur je ons een DM met je contactgegevens? Dan neemt een collega contact op. ^{P(staff('sanne', 'first'))}
   ↳ {P(other.full)}: Zelfde hier, om 06:15 al een rij tot buiten 🙄"""


@scenario("nl", True)
def nl_belgische_passagier(rng, k):
    p = person(rng, "be")
    fl, dest = gen_flight(rng), rng.choice(DEST)
    street, pc, town = be_addr(rng)
    if k == 0:
        son = person(rng, "be", "m", surname=p.surname, avoid=(p.first,))
        return f"""Onderwerp: bagage niet toegekomen

Goeiedag,

Wij zijn vorige zaterdag geland met {fl} vanuit {dest}, maar de valies van mijn zoon {P(son.first)} is niet toegekomen (PIR {gen_pir(rng)}). Kan die geleverd worden in België? Ons adres: {AD(street)}, {PC(pc)} {town}.
Mijn gsm: {PH(be_gsm_form(rng, gen_be_gsm(rng)))}.
Indien de kosten voor nieuwe kledij vergoed worden, mag dat op rekening {IB(iban_spaced(gen_iban(rng, 'BE')))}.

Met vriendelijke groeten,
{P(p.full)}"""
    land = rng.choice(["3", "9"])
    nsn = land + rng.choice("234") + digits(rng, 6)
    tel = f"0{nsn[0]} {nsn[1:4]} {nsn[4:6]} {nsn[6:]}"
    return f"""Contactformulier Heidewind – taal: Nederlands (België)
Voornaam: {P(p.first)}
Familienaam: {P(p.last)}
Straat + nr: {AD(street)}
Postcode / gemeente: {PC(pc)} {town}
Telefoon (vast): {PH(tel)}
Onderwerp: omboeking
Bericht: Ik wil mijn vlucht {fl} van 14 juli omboeken naar een week later. Boeking {gen_pnr(rng)}. Is er een wijzigingskost? Ik ben best bereikbaar na 17u."""


@scenario("nl", True)
def nl_compliment_klacht(rng, k):
    d = trip(rng)
    if k == 0:
        o = rng.choice(["nl", "sr", "de"])
        p = person(rng, o, "f")
        man = person(rng, o, "m", surname=(p.tv + " " + p.last).strip(), avoid=(p.first,))
        crew = rng.choice(["Lotte", "Anouk", "Samira", "Zeynep"])
        return f"""Onderwerp: Compliment voor uw medewerkers

Beste mensen,

Ik wil graag {P(staff('priya'))} en haar collega {P(staff('youssef', 'first'))} bedanken. Mijn man {P(man.full)} is slechtziend en zij hebben ons op {dfmt(d, 'nlw')} van de parkeerplaats tot aan de gate begeleid, zonder dat we ook maar één keer hoefden te wachten.
Ook de stewardess aan boord van HW 702, {P(crew)} (volgens haar naamplaatje), was ontzettend attent.

Hartelijke groet,
{P(p.full)}"""
    p = person(rng, rng.choice(["tr", "ma", "nl"]), "m")
    c1 = person(rng, rng.choice(["nl", "be"]), avoid=(p.first, p.surname))
    c2 = person(rng, rng.choice(["pl", "in"]), avoid=(p.first, p.surname, c1.first))
    agent = rng.choice(["Jeroen", "Ruben", "Thijs"])
    return f"""Aan: klachten@heidewind.example
Cc: {P(c1.full)} <{EM(email_for(rng, c1))}>; {P(c2.full)} <{EM(email_for(rng, c2))}>
Onderwerp: Klacht over behandeling bij de transferbalie

Geachte heer/mevrouw,

Op {dfmt(d, 'nl')} heb ik met twee collega's (in cc) bij de transferbalie gestaan na de annulering van HW 826. De medewerker aan de balie (naambordje "{P(agent)}") weigerde ons een hotel aan te bieden en zei letterlijk dat we "maar in de terminal moesten slapen". Dat is in strijd met artikel 9 van de EU-verordening.
Wij hebben zelf een hotel betaald: € 312,00 voor drie kamers. Bonnen zijn bijgevoegd.

Met vriendelijke groet,
{P(p.full)}"""


@scenario("nl", True)
def nl_doorgestuurd(rng, k):
    if k == 0:
        p = person(rng, rng.choice(["uk", "in", "gh"]))
        street, pc, town = nl_addr(rng, "Eindhoven")
        pir = gen_pir(rng)
        _, tag_s = gen_tag(rng)
        return f"""Van: {P(staff('declan'))} <declan.murphy@heidewind.example>
Verzonden: woensdag 4 juni 2025 09:12
Aan: Bagagedienst Kempenveld <bagage@kempenveld-airport.example>
CC: {P(staff('sanne'))} <sanne.wijnbergen@kempenveld-airport.example>
Onderwerp: FW: Missing bag - PIR {pir}

Hoi {P(staff('kirsten', 'first'))},

Kun jij deze oppakken? Passagier is Engelstalig en woont in Eindhoven. Tag is {tag_s}.

Groet,
{P(staff('declan', 'first'))}

________________________________
From: {P(p.full)} <{EM(email_for(rng, p))}>
Sent: Tuesday, 3 June 2025 22:41
To: claims@heidewind.example
Subject: Missing bag - PIR {pir}

Hi, my suitcase still hasn't arrived four days after flight {gen_flight(rng)}. I live at {AD(street)}, {PC(pc)} Eindhoven. Please call me on {PH(mobile_form(rng, gen_mobile(rng), 9))} before delivery.
Thanks, {P(p.first)}"""
    agent = person(rng, "nl", "f")
    cust = person(rng, "de", "f")
    man = person(rng, "de", "m", surname=cust.surname, avoid=(cust.first,))
    return f"""Van: {P(agent.full)} <{EM(email_for(rng, agent, 1, 'reisbureau-zonnedal.example.com'))}>
Aan: service@kempenveld-airport.example
Onderwerp: Fwd: Rollstuhl-Service Flug HW 811

Goedemorgen,

Hieronder een vraag van onze Duitse klant {P(cust.full)}. Zij spreekt geen Nederlands. Kunnen jullie haar rechtstreeks in het Duits antwoorden?

Met vriendelijke groet,
{P(agent.first)}
Reisbureau Zonnedal, Valkenswaard

--- Weitergeleitete Nachricht ---
Von: {P(cust.full)} <{EM(email_for(rng, cust))}>
Datum: 02.06.2025 18:03
Betreff: Rollstuhl-Service Flug HW 811

Guten Tag, wir fliegen am 21. Juni mit HW 811 ab Kempenveld. Mein Mann {P(man.first)} sitzt im Rollstuhl und braucht Hilfe beim Einsteigen. Sie erreichen mich unter {PH(de_mobile_form(rng, gen_de_mobile(rng)))}.
Viele Grüße
{P(cust.full)}"""
# ---------------------------------------------------------------- nl, without personal data -------
@scenario("nl", False)
def nl_np_vluchtstatus(rng, k):
    if k == 0:
        fl = gen_flight(rng)
        return f"""Onderwerp: Vraag over vertrektijd {fl}

Goedemiddag,

Op de website staat dat {fl} naar Faro op zaterdag 12 juli om 06:35 vertrekt, maar in de app staat 07:05. Welke tijd klopt? En hoe laat moet ik bij de incheckbalie zijn als ik alleen handbagage heb (max. 10 kg)?

Alvast bedankt,
een reiziger uit Veldhoven"""
    return f"""Webchat Kempenveld Airport – {dfmt(trip(rng), 'nl')} 14:02
Bezoeker: hoi, is de vlucht uit Gran Canaria (HW 633) al geland? app zegt 'delayed' maar geen tijd
Kempenveld Airport: Goedemiddag! HW 633 heeft een verwachte landingstijd van 15:48 (gepland 14:10). De vertraging komt door een technisch probleem in Las Palmas.
Bezoeker: en waar kan ik het beste wachten? kiss & ride of P1?
Kempenveld Airport: Kiss & Ride is maximaal 10 minuten gratis. Voor langer wachten is P1 Kort Parkeren handig, de eerste 30 minuten kosten € 3,50. Aankomsthal: uitgang A.
Bezoeker: thx!"""


@scenario("nl", False)
def nl_np_bagageregels(rng, k):
    if k == 0:
        return """Onderwerp: golftas en fietskoffer meenemen?

Hallo,

Wij vliegen in september met z'n vieren naar Faro (boeking via een reisbureau). Mag een golftas als ruimbagage mee en wat kost dat? Hij weegt ongeveer 14 kg en is 125 cm lang. Mijn zoon wil ook zijn fiets meenemen in een fietskoffer van 23 kg.
En klopt het dat een powerbank van 20.000 mAh niet in de koffer mag?

Vriendelijke groet uit Waalwijk"""
    return f"""Beste reiziger,

Bedankt voor uw vraag over sportbagage bij Heidewind Airlines.

- Golftas: max. 23 kg en 158 cm, € 45 per enkele reis bij online aanmelding (€ 65 aan de balie).
- Fiets: alleen in een fietskoffer of -doos, max. 32 kg, € 60 per enkele reis; aanmelden uiterlijk 48 uur voor vertrek.
- Powerbanks: alleen in de handbagage, tot 100 Wh (ca. 27.000 mAh bij 3,7 V) zonder toestemming.

Sportbagage meldt u aan via heidewind.example/mijn-boeking onder "Extra's" of telefonisch via {HW_TEL} (ma–vr 08.00–20.00 uur).

Met vriendelijke groet,
Team Passagiersservice
{SIG_PS_NL}
{FOOT_HW}"""


@scenario("nl", False)
def nl_np_parkeertarieven(rng, k):
    if k == 0:
        return f"""Onderwerp: RE: tarieven parkeren 2 weken

Beste reiziger,

Voor 14 dagen parkeren van 5 t/m 19 augustus gelden de volgende online tarieven:

| product | artikelcode | prijs |
|---|---|---|
| P3 Lang Parkeren | {HN('LP-14-TR')} | € 79,00 |
| P2 Overdekt | {HN('PD-14-KX')} | € 112,00 |
| Valet Parking | {HN('VP-24-KR')} | € 149,00 |

Aan de slagboom betaalt u € 18,00 per dag. Laadpalen (22 kW) vindt u op P2, niveau -1, vakken 201 t/m 236. Reserveren kan tot 2 uur voor aankomst via kempenveld-airport.example/parkeren.

Met vriendelijke groet,
Kempenveld Parking
{ADDR_AP} | T {ORG_TEL}"""
    return """Storingsmelding parkeren – week 24

- Kentekencamera uitgang P3 (cam-03) mist ca. 4 % van de platen sinds update naar firmware 2.10.4.1; leverancier gebeld, ticket INC-2025-06-0417.
- Camera is lokaal bereikbaar op 10.40.3.21, beheer-VLAN 40; niet vanaf het gastennetwerk.
- Betaalautomaat P1-2 weigert contactloos boven € 50; pinnen met pincode werkt wel.
- Bezetting zaterdag 14-06: P1 87 %, P2 96 %, P3 71 % (1.942 van 2.730 plekken).
- Handmatig geopende slagbomen: 23 (vorige week 31).
Actie teamleider: firmware terugzetten naar 2.10.3.9 als de leverancier dinsdag geen fix heeft."""


@scenario("nl", False)
def nl_np_eu261_uitleg(rng, k):
    if k == 0:
        return f"""Onderwerp: Compensatie bij vertraging – zo werkt het

Beste reiziger,

Bij een vertraging van 3 uur of meer bij aankomst heeft u mogelijk recht op compensatie volgens Verordening (EG) nr. 261/2004:

- vluchten tot en met 1500 KM: € 250
- vluchten binnen de EU van meer dan 1500 KM en overige vluchten tussen 1500 en 3500 KM: € 400
- overige vluchten: € 600 (bij 3 tot 4 uur vertraging kan dit met 50 % worden verlaagd)

Er is geen recht op compensatie bij buitengewone omstandigheden, zoals extreme weersomstandigheden of stakingen van de luchtverkeersleiding.
Dien uw claim in via heidewind.example/claim; u ontvangt binnen 48 uur een claimnummer.

Met vriendelijke groet,
Heidewind Airlines – Claims
{FOOT_HW}"""
    return """Hallo,

Heb ik recht op compensatie als mijn vlucht 2 uur en 50 minuten te laat was? Het ging om HW 741 naar Kraków op 2 mei, geland om 23:58 in plaats van 21:08. Op de boardingpass staat 21:05 maar in de bevestiging 21:10. Telt de tijd dat de deuren opengaan of de landingstijd?

Ik heb nog geen claim ingediend, eerst even vragen of het zin heeft."""


@scenario("nl", False)
def nl_np_overdracht(rng, k):
    if k == 0:
        return f"""Overdracht ochtenddienst → middagdienst Passagiersservice, {dfmt(trip(rng), 'nl')}

- HW 612 (Málaga) 55 min vertraagd, gate B4 → B7; vouchers € 10 uitgedeeld (62 stuks).
- Selfservicekiosk 3 hing weer; herstart op versie 4.12.0.3, daarna ok.
- Bagageband 2 storing 09:40–10:25, melding INC-2025-06-0412. 14 PIR's opgemaakt, 9 daarvan door de storing.
- 3 PRM-aanvragen voor de middag (HW 715, HW 802, HW 826), assistentieteam is op de hoogte.
- Telefoonlijn {ORG_TEL} erg druk, gemiddelde wachttijd 11 min.
- Sleutel kluis Lost & Found ligt in de bovenste la van balie 14.
— teamleider ochtend"""
    return """Incidentlog vertrekhal – 17-06-2025
06:12  printer gate B6 (10.20.4.17) geeft papierstoring, technische dienst gebeld
06:40  boardingpassscanner B2 offline; app Kiosk build 3.8.12.201 opnieuw geïnstalleerd
07:05  rij security > 35 min, extra lane 5 geopend
08:30  gevonden: rugzak bij gate B3, overgedragen aan Lost & Found (LF-2025-0617-03)
09:15  melding van passagier: toilet pier B defect; facilitair ticket FAC-88213
10:02  HW 744 boarding gestart, 188 pax, 4 PRM"""


@scenario("nl", False)
def nl_np_autoreply(rng, k):
    if k == 0:
        claim = gen_elf9(rng)
        return f"""Dit is een automatisch bericht – u kunt hier niet op antwoorden.

Beste reiziger,

Wij hebben uw claim ontvangen en geregistreerd onder claimnummer {claim}. Vermeld dit nummer bij al uw contact met ons. De gemiddelde behandeltijd is op dit moment 6 tot 8 weken.

Heeft u na 8 weken nog niets gehoord? Neem dan contact op via {HW_TEL} of claims@heidewind.example.

Heidewind Airlines – Claims
{ADDR_HW}
{FOOT_HW}"""
    return f"""Automatisch antwoord: Bagagedienst gesloten op Tweede Pinksterdag

Goedendag,

Op maandag 9 juni is het kantoor van de Bagagedienst gesloten. De balie in de aankomsthal is wel open van 06.00 tot 24.00 uur. Uw e-mail wordt op dinsdag 10 juni in behandeling genomen.

Voor spoedgevallen (bijvoorbeeld medicijnen in vermiste bagage) kunt u ons bereiken via WhatsApp op {WA_TEL_DASH} of telefonisch op {ORG_TEL_DASH}.

Bagagedienst Kempenveld Airport
{ADDR_AP}"""


@scenario("nl", False)
def nl_np_app(rng, k):
    if k == 0:
        return """Onderwerp: app crasht bij openen boardingpass

Goedemorgen,

De Heidewind-app (versie 5.2.0.14) crasht zodra ik mijn boardingpass open. Telefoon: Samsung Galaxy A54, Android 14, nog 2048 MB vrij geheugen. Foutmelding: HW-ERR-4021 "token expired".
Ik heb gisteren ook extra bagage betaald met creditcard **** **** **** 4417 (order 2025-118733), maar die staat niet in de app.

Moet ik de boardingpass dan maar printen? Vlucht is morgen om 06:35."""
    return """[08:14] Klant: de app blijft hangen op het laadscherm sinds de update
[08:15] Heidewind: Goedemorgen! Welke versie ziet u bij Instellingen > Over?
[08:16] Klant: 5.3.0.2 op een iPhone 12, iOS 17.5.1
[08:17] Heidewind: Dank u. Er is een bekende storing met versie 5.3.0.2; versie 5.3.1 komt vandaag uit. Tot die tijd kunt u inchecken via heidewind.example/checkin.
[08:18] Klant: ok, en mijn stoel 14C blijft staan?
[08:18] Heidewind: Ja, stoel 14C staat vast op uw boeking 👍"""


@scenario("nl", False)
def nl_np_assistentie_info(rng, k):
    if k == 0:
        return """Onderwerp: vraag over rolstoel en assistentie

Beste Passagiersservice,

Mijn moeder is 84 en loopt met een rollator. Zij vliegt in oktober naar Alicante. Hoe ver van tevoren moeten we assistentie aanvragen, en mag de rollator tot aan het vliegtuig mee? Is er op Kempenveld een plek waar zij kan zitten tijdens het wachten bij de security?

Hartelijk dank alvast."""
    return f"""Beste reiziger,

Assistentie (PRM-service) is gratis. Vraag deze bij voorkeur 48 uur voor vertrek aan via heidewind.example/assistentie of telefonisch via {HW_TEL}.

Op de dag van vertrek meldt u zich bij het assistentiepunt in de vertrekhal (naast incheckrij C) of gebruikt u een van de meldzuilen bij P1, P2 en de Kiss & Ride. Een rollator of opvouwbare rolstoel kan tot aan de vliegtuigdeur mee en wordt kosteloos vervoerd.

Met vriendelijke groet,
Passagiersservice Kempenveld
{ADDR_AP}
T {ORG_TEL} | WhatsApp {WA_TEL}"""


@scenario("nl", False)
def nl_np_statistieken(rng, k):
    if k == 0:
        return """Claims EU261 – maandrapport Q1 2025 (intern)

| maand | ingediend | toegekend | afgewezen | uitbetaald (€) | gem. doorlooptijd |
|---|---:|---:|---:|---:|---:|
| januari | 412 | 233 | 151 | 71.250 | 38 dagen |
| februari | 298 | 170 | 104 | 52.900 | 41 dagen |
| maart | 365 | 219 | 120 | 66.400 | 35 dagen |
| **totaal** | **1.075** | **622** | **375** | **190.550** | **38 dagen** |

Toelichting: de piek in januari komt door de sneeuw op 9 en 10 januari (buitengewone omstandigheden, grotendeels afgewezen)."""
    return """vlucht;datum;gepland;werkelijk;vertraging_min;oorzaak
HW 612;03-06-2025;07:05;07:58;53;laat binnenkomend toestel
HW 614;03-06-2025;13:40;13:41;1;-
HW 702;03-06-2025;06:35;09:48;193;technisch (hydrauliek)
HW 715;04-06-2025;10:10;10:22;12;ATC-slot
HW 851;04-06-2025;17:25;17:31;6;-
HW 903;05-06-2025;20:50;;;geannuleerd (crew)"""


@scenario("nl", False)
def nl_np_voucher(rng, k):
    if k == 0:
        return """Goedemiddag,

Ik heb na de annulering van mijn vlucht in maart een voucher gekregen: HW-VCH-8KT2-PLQ9, waarde € 150, geldig tot 31-12-2025. Bij het boeken van een nieuwe vlucht (totaal € 286,40) geeft de website de melding "voucher niet geldig voor dit tarief". Factuurnummer van de oorspronkelijke boeking is 2025-004417.

Kan de voucher ook gebruikt worden voor een Basic-tarief, of alleen voor Flex?

Met vriendelijke groet"""
    return f"""Beste reiziger,

Vouchers van Heidewind Airlines zijn geldig voor alle tarieven, behalve Promo-acties. Gebruikt u een voucher van € 150 voor een boeking van € 286,40, dan betaalt u het verschil van € 136,40 zelf. Een restwaarde blijft 12 maanden geldig.

Lukt het online niet? Bel dan {HW_TEL_INT} of stuur ons een WhatsApp-bericht ({WA_TEL_INT}); wij boeken dan handmatig om zonder omboekingskosten.

Team Passagiersservice
{FOOT_HW}"""


@scenario("nl", False)
def nl_np_gevonden_vraag(rng, k):
    if k == 0:
        return """Webformulier verloren voorwerp
Datum verlies: 12-03-2025, ca. 19:30
Locatie: gate B4 / pier B
Vlucht: HW 614
Omschrijving: zwarte winterjas (Zara, maat M), in de binnenzak een sleutelbos met een blauwe hanger
Referentie: LF-2025-0412
Contact: via dit formulier (geen telefoon)"""
    return f"""Beste reiziger,

Gevonden voorwerpen worden bij Kempenveld Airport 3 maanden bewaard. Voorwerpen die aan boord zijn gevonden, worden door Heidewind Airlines eerst 7 dagen op het vliegveld van bestemming bewaard.

Ophalen kan dagelijks van 07.00 tot 21.00 uur bij balie 14 in de vertrekhal ({ADDR_AP}). Verzenden kan ook: binnen Nederland € 12,95, binnen de EU € 24,50 (betaling vooraf, betaalreferentie LF + uw meldnummer).

Lost & Found Kempenveld Airport"""


@scenario("nl", False)
def nl_np_social_org(rng, k):
    if k == 0:
        return """Kempenveld Airport @KempenveldAirport · 2 u
⚠️ Let op: door een staking bij de Franse luchtverkeersleiding kunnen vluchten naar Nice en Barcelona vandaag vertraging oplopen. Check je vluchtstatus op kempenveld-airport.example/vluchten ✈️ #Kempenveld #staking

@reiziger_040 · 1 u
En de vlucht naar Málaga? 🤔

Kempenveld Airport @KempenveldAirport · 58 min
@reiziger_040 Die vertrekt volgens planning om 10:15 👍 Goede reis!"""
    return """heidewind.airlines · Instagram
Nieuw vanaf 1 juli: rechtstreeks van Kempenveld naar Split 🇭🇷 elke dinsdag en zaterdag! Tickets vanaf € 79 enkele reis, inclusief 10 kg handbagage. 🌊☀️
#Heidewind #Kempenveld #Split #zomer2025
Bekijk alle bestemmingen via de link in onze bio.

💬 travelgirl_brabant: eindelijk!! 😍
💬 heidewind.airlines: @travelgirl_brabant We zien je aan boord! ✈️"""


# ---------------------------------------------------------------- en, with personal data ----------
@scenario("en", True)
def en_lost_bag(rng, k):
    p = person(rng, "uk")
    pir, (tag, tag_s) = gen_pir(rng), gen_tag(rng)
    if k == 0:
        st, pc, town = nl_addr(rng, "Eindhoven")
        ust, upc, utown = uk_addr(rng)
        mob, _ = gen_uk(rng)
        sis = person(rng, "uk", "f", avoid=(p.first, p.surname))
        return f"""Subject: Bag not delivered – PIR {pir}

Hello,

I flew in from London Southend on {gen_flight(rng)} on {dfmt(trip(rng), 'en')} and my bag never arrived. The lost luggage desk gave me reference {pir} and said it would be couriered to me within 48 hours. It's now day four.

I'm staying with my sister {P(sis.first)} until Friday at {AD(st)}, {PC(pc)} Eindhoven. After that, please send it to my home address in the UK: {AD(ust)}, {utown} {PC(upc)}.

Mobile: {PH(mob)}

Kind regards,
{P(p.full)}"""
    st, pc, town = nl_addr(rng)
    pnr_name = f"{ascii_fold(p.last).upper().replace(chr(39), '')}/{ascii_fold(p.first).upper()} {p.mr.upper()}"
    return f"""Missing baggage – online report (kempenveld-airport.example/baggage)
Name as on booking: {P(pnr_name.rsplit(' ', 1)[0])} {p.mr.upper()}
Flight: HW 826 (Edinburgh – Kempenveld), {dfmt(trip(rng), 'en')}
Bag tag: {tag_s}
Colour / type: grey hard-shell, "Antler", red ribbon on the handle
Delivery address: {AD(st)}, {PC(pc)} {town}
Phone: {PH(mobile_form(rng, gen_mobile(rng), 5))}
Email: {EM(email_for(rng, p))}
Comments: please ring twice, the flat is above the bakery. Not home on Tuesdays."""


@scenario("en", True)
def en_eu261_ireland(rng, k):
    pnr, d = gen_pnr(rng), trip(rng)
    if k == 0:
        p = person(rng, "uk", "f", surname=rng.choice(["Brennan", "O'Sullivan", "Gallagher"]))
        partner = person(rng, "uk", "m", avoid=(p.first, p.surname))
        st, town, ec = rng.choice(IE_ADDR)
        return f"""Dear Heidewind Claims Team,

My partner {P(partner.full)} and I were booked on HW 903 from Dublin to Kempenveld on {dfmt(d, 'en')}. The flight was cancelled at 21:40 the evening before and we were re-routed via Amsterdam, arriving 9 hours later than planned. Under Regulation (EC) 261/2004 we are each entitled to €250 (distance under 1,500 km).

Booking reference: {pnr}
Please transfer €500 to IBAN {IB(iban_spaced(gen_iban(rng, 'IE')))}, account holder {P(p.full)}, BIC AIBKIE2D.

Kind regards,
{P(p.full)}
{AD(str(rng.randrange(2, 60)) + ' ' + st)}, {town}, {PC(ec)}"""
    p = person(rng, "uk", "m")
    claim = gen_elf9(rng)
    gb = gen_iban(rng, "GB")
    gb_nb = gb[:4] + "\u00a0" + iban_spaced(gb[4:])
    return f"""Hi,

I'm afraid I don't read Dutch – could you please explain the message below in English? I only want to know whether my claim was approved.

Thanks,
{P(p.first)}

> Op 12 jun. 2025 om 15:22 schreef Heidewind Claims <claims@heidewind.example>:
>
> Beste heer {P(p.last)},
>
> Uw claim met claimnummer {claim} is goedgekeurd. De compensatie van € 400 wordt binnen 14 dagen overgemaakt naar {IB(gb_nb)}.
>
> Met vriendelijke groet,
> {P(staff('declan'))}
> Claims | Heidewind Airlines"""


@scenario("en", True)
def en_special_assistance(rng, k):
    p = person(rng, rng.choice(["uk", "in", "gh"]))
    fl, dest, d, pnr = gen_flight(rng), rng.choice(DEST), trip(rng), gen_pnr(rng)
    if k == 0:
        col = person(rng, rng.choice(["nl", "uk"]), "f", avoid=(p.first, p.surname))
        chip = "528" + digits(rng, 12)
        return f"""Subject: Assistance request – visually impaired passenger with guide dog

Hello,

I'm travelling on {fl} to {dest} on {dfmt(d, 'en')} (booking {pnr}) with my guide dog, Bramble. I'm registered blind and will need assistance from the drop-off point to the aircraft. Could you also confirm which documents you need for the dog? Her microchip number is {chip} and her EU pet passport was issued in Eindhoven.

My phone is {PH(mobile_form(rng, gen_mobile(rng), 9).replace(' ', chr(160), 1))}. My colleague {P(col.full)} will drop me off; her number is {PH(mobile_form(rng, gen_mobile(rng), 2))}.

Many thanks,
{P(p.full)}"""
    return f"""Dear {p.mr} {P(p.last)},

Thank you for your message. I have registered assistance for you (BLND, travelling with a guide dog) on {fl} to {dest} on {dfmt(d, 'en')}, booking {pnr}.

Please report to the assistance point in the departure hall (Terminalplein 1, next to check-in row C) at least 90 minutes before departure. A colleague will accompany you and your dog through security and to your seat, row 1, where there is extra legroom for the dog.

If anything changes, you can reach me directly on {ORG_TEL_INT} (ask for the PRM desk).

Kind regards,
{P(staff('priya'))}
PRM coordinator | Passenger Service Kempenveld"""


@scenario("en", True)
def en_expat_parking(rng, k):
    if k == 0:
        p = person(rng, "in")
        father = person(rng, "in", "m", surname=p.surname, avoid=(p.first,))
        st, pc, town = nl_addr(rng, "Veldhoven")
        return f"""Subject: Parking fine at Kiss & Ride?

Hi there,

I received a letter saying that my car ({LP(gen_kenteken(rng))}) overstayed the Kiss & Ride zone on 28 May by 14 minutes and that I owe €35. I was helping my father, {P(father.full)}, who uses a wheelchair, to the assistance point – surely that should count?

Letter reference: KR-2025-00418.
Also, the address on the letter is wrong: it should be {AD(st)}, {PC(pc)} Veldhoven (not 5504).

Regards,
{P(p.full)}
{PH(mobile_form(rng, gen_mobile(rng), 5))}"""
    t = staff("teun", "first")
    return f"""[11:20] Visitor: hi, I pre-booked P3 but I changed my car. Can I update the number plate?
[11:21] {P(t)} (Parking): Hi! Sure. What's your reservation number?
[11:21] Visitor: PRK-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}
[11:22] {P(t)} (Parking): Thanks. I see plate {LP(gen_kenteken(rng))} – what's the new one?
[11:23] Visitor: {LP(gen_kenteken(rng))}, it's a loan car from the dealer
[11:24] {P(t)} (Parking): Done ✅ The camera at the entrance will recognise the new plate. Confirmation sent to k***@example.com."""


@scenario("en", True)
def en_card_payment(rng, k):
    pnr = gen_pnr(rng)
    if k == 0:
        p = person(rng, rng.choice(["uk", "cn", "es"]))
        c = card_make(rng, "4" + digits(rng, 5), 16)
        c_sp = " ".join(c[i:i + 4] for i in range(0, 16, 4))
        return f"""Subject: Charged twice for extra baggage

Hello,

I added a 23 kg bag to booking {pnr} on your website. The first payment failed, so I tried again – and now my card has been charged twice (2 × €52.00).
Card used: {CC(c_sp)}, exp 09/27. Please refund one of the two charges.

Best,
{P(p.full)}"""
    c = card_make(rng, rng.choice(["5254", "5399", "2223"]), 16)
    s_ = staff("sanne", "first")
    return f"""Customer: can I pay the seat upgrade by phone? the website keeps giving error 502
Heidewind ({P(s_)}): Hi! I'm sorry about that. I can send you a secure payment link. Please never share full card numbers in the chat.
Customer: oh sorry I already typed it in the other window: {CC(c)}
Heidewind ({P(s_)}): No problem, I've removed that message from our system. The payment link is on its way to the e-mail address on booking {pnr}; it is valid for 30 minutes.
Customer: got it, paid. thanks!"""


@scenario("en", True)
def en_name_passport(rng, k):
    if k == 0:
        bride = person(rng, "uk", "f")
        groom = person(rng, rng.choice(["uk", "in", "gh"]), "m", avoid=(bride.first, bride.surname))
        married = Person(bride.first, groom.last, "f", "uk")
        return f"""Subject: Name on ticket doesn't match passport

Hi,

I booked our flights to Split for our honeymoon under my maiden name, {P(bride.full)}. My new passport (issued last week) is in my married name, {P(married.full)}, passport number {ID(gen_doc(rng, 'UK'))}. Can you change the name on the booking? Ticket numbers {gen_eticket(rng)} and {gen_eticket(rng)}.
My husband {P(groom.full)} is on the same booking ({gen_pnr(rng)}).

Thanks,
{P(bride.first)}"""
    fam = family(rng, "uk", 3)
    rows = []
    for i, q in enumerate(fam):
        dob = gen_date(rng, 1975, 1992) if i < 2 else gen_date(rng, 2012, 2020)
        exp = f"20{rng.randrange(27, 34)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 28):02d}"
        rows.append(f"{i + 1}. {P(q.full)} – DOB {DOB(dfmt(dob, 'slash'))} – Irish passport {ID(gen_doc(rng, 'IE'))} – expires {exp}")
    return f"""Hello,

Please find our Advance Passenger Information for HW 744 to Antalya on 2 August (booking {gen_pnr(rng)}):

""" + "\n".join(rows) + f"""

Contact during travel: {PH(mobile_form(rng, gen_mobile(rng), 9))} (Dutch mobile)

Regards,
{P(fam[0].first)}"""


@scenario("en", True)
def en_skypoints_hacked(rng, k):
    p = person(rng, rng.choice(["uk", "in", "pt"]))
    if k == 0:
        mob, _ = gen_uk(rng)
        return f"""Subject: Someone used my Skypoints!!

Hi,

I just received an e-mail that 24,000 Skypoints were redeemed for a flight to Antalya that I did NOT book. According to the e-mail the login came from IP address {IP(gen_ipv4(rng))} at 03:14 this morning – I was asleep in Leeds.

My membership number is SP-{rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(10, 99)}, registered e-mail {EM(email_for(rng, p))}, mobile {PH(mob)}.
Please block the account and cancel that booking.

{P(p.full)}"""
    v6 = gen_ipv6(rng)
    y = staff("youssef", "first")
    return f"""Chat transcript – Heidewind Skypoints – {dfmt(trip(rng), 'en')}
Customer: the security mail says "new login from {IP(v6)}" – is that you guys?
Heidewind ({P(y)}): Hi! That's not one of our systems. Can you confirm your name and the e-mail address on the account?
Customer: {P(p.full)}, {EM(email_for(rng, p))}
Heidewind ({P(y)}): Thank you. I've locked the account and reset your password; you'll get a reset link. Your points balance is intact (31,250).
Customer: phew. my own IP at home is 192.168.1.23 btw if that helps
Heidewind ({P(y)}): That's a local address, we don't need it, but thanks 🙂"""


@scenario("en", True)
def en_family_infant(rng, k):
    me, son = family_sexes(rng, "in", rng.choice("mf") + "m")
    gm = person(rng, "in", "f", avoid=(me.first, son.first, me.surname))
    st, pc, town = nl_addr(rng, "Eindhoven")
    pnr = gen_pnr(rng)
    if k == 0:
        return f"""Subject: Adding infant and grandmother to booking {pnr}

Dear Sir/Madam,

We are a family of two adults booked on HW 851 to München on 22 August. We would like to add:
- our son {P(son.full)}, born {DOB(dfmt(gen_date(rng, 2025, 2025), 'en'))}, British passport {ID(gen_doc(rng, 'UK'))}
- my mother {P(gm.full)}, date of birth {DOB(dfmt(gen_date(rng, 1948, 1958), 'us'))}, Indian passport no. {ID(gen_doc(rng, 'IN'))}

We live at {AD(st)}, {PC(pc)} Eindhoven. Please call me on {PH(mobile_form(rng, gen_mobile(rng), 6))} or e-mail {EM(email_for(rng, me))}.

Regards,
{P(me.full)}"""
    return f"""Booking change request – {pnr}
| Passenger | Date of birth | Document |
|---|---|---|
| {P(me.full)} | {DOB(dfmt(gen_date(rng, 1984, 1992), 'iso'))} | UK passport {ID(gen_doc(rng, 'UK'))} |
| {P(gm.full)} | {DOB(dfmt(gen_date(rng, 1950, 1960), 'iso'))} | Indian passport {ID(gen_doc(rng, 'IN'))} |
| {P(son.full)} (infant) | {DOB(dfmt(gen_date(rng, 2024, 2025), 'iso'))} | UK passport {ID(gen_doc(rng, 'UK'))} |
Requested by {P(me.full)}, {EM(email_for(rng, me))}. Residence permit of grandmother: short-stay visa, valid until 30-09-2025."""


@scenario("en", True)
def en_student(rng, k):
    p = person(rng, "cn")
    st, pc, town = nl_addr(rng, "Eindhoven")
    if k == 0:
        return f"""Dear Kempenveld Airport,

My name is {P(p.last.upper() + ' ' + p.first)} (given name {P(p.first)}). I am a master student at TU/e. My suitcase was damaged on flight HW 612 on {dfmt(trip(rng), 'en')}: the zipper is broken and one wheel is missing. The desk made report {gen_pir(rng)}.

I live in student housing: {AD(st)}, {PC(pc)} Eindhoven. Phone: {PH(mobile_form(rng, gen_mobile(rng), 1))}.
Please send the compensation to my Dutch bank account {IB(iban_make('NL', 'BUNQ' + digits(rng, 10)))} (my BSN is {BS(gen_bsn(rng))}, if you need it for the payment).

Best regards,
{P(p.first + ' ' + p.last)}"""
    mob = mobile_form(rng, gen_mobile(rng), 0)
    return f"""[09/06/2025, 21:03] {P(p.first + ' ' + p.last)}: Hello, is this the lost luggage WhatsApp? My bag from Kraków still not here 😢
[09/06/2025, 21:05] Kempenveld Airport: Good evening! Yes, this is the right place. Can you send me your file reference (it starts with KVDHW)?
[09/06/2025, 21:06] {P(p.first + ' ' + p.last)}: {gen_pir(rng)}
[09/06/2025, 21:09] Kempenveld Airport: Thanks. Your bag has been located in Kraków and will arrive tomorrow on HW 742. Which address should we deliver to?
[09/06/2025, 21:11] {P(p.first + ' ' + p.last)}: {AD(st)}, {PC(pc.replace(' ', ''))}, my roommate {P(person(rng, 'nl', 'f', avoid=(p.first,)).first)} is home all day. Her number {PH(mob)}"""


@scenario("en", True)
def en_claims_agency(rng, k):
    cl = person(rng, rng.choice(["uk", "pl", "in"]))
    fl, d = gen_flight(rng), trip(rng)
    if k == 0:
        case = f"SR-{rng.randrange(100000, 999999)}"
        agent = person(rng, "uk", avoid=(cl.first, cl.surname))
        return f"""Our ref: {case}
Your ref: {gen_pnr(rng)}

Dear Sir or Madam,

We act on behalf of our client, {cl.mr} {P(cl.full)} ({EM(email_for(rng, cl))}), who was a passenger on {fl} on {dfmt(d, 'en')}. The flight arrived 4 hours and 12 minutes late. Please pay the compensation of EUR 400 within 14 days to our client account:

SkyRefund Ltd – IBAN {IB(iban_spaced(gen_iban(rng, 'GB')))} – reference {case}

A signed letter of authority is attached.

Yours faithfully,
{P(agent.full)}
Claims Handler, SkyRefund Ltd, Manchester"""
    return f"""Hello,

Last month I signed up with a claims company (SkyRefund) for my delayed flight {fl} on {dfmt(d, 'en')}. I have now changed my mind and want to deal with Heidewind directly. I have withdrawn their authorisation – please do NOT pay them, and contact me instead.

Name: {P(cl.full)}
Phone: {PH(gen_uk(rng, 'land')[1])}
Email: {EM(email_for(rng, cl))}

Regards,
{P(cl.first)}"""


@scenario("en", True)
def en_business(rng, k):
    pnr = gen_pnr(rng)
    while True:
        d9 = digits(rng, 9, "123456789")
        ok = [f"NL{d9}B{x:02d}" for x in range(1, 100) if mod97(f"NL{d9}B{x:02d}")]
        if ok and not elfproef(d9):
            btw = ok[0]
            break
    if k == 0:
        me = person(rng, rng.choice(["nl", "uk", "de"]))
        travellers = [person(rng, rng.choice(["in", "cn", "nl"]), avoid=(me.first, me.surname)) for _ in range(2)]
        st, pc, town = nl_addr(rng, "Eindhoven")
        return f"""Subject: Invoice for group booking {pnr}

Good afternoon,

Could you please issue one invoice for the flights of our engineers {P(travellers[0].full)} and {P(travellers[1].full)} (HW 826 to Edinburgh, 10 June) in the name of our company:

Brightline Photonics B.V.
Attn. Accounts Payable
{AD(st)}, {PC(pc)} Eindhoven
Chamber of Commerce (KvK) no. {KVK(digits(rng, 8, '5678'))}
VAT no. {BTW(btw)}

Kind regards,
{P(me.full)}
Office Manager, Brightline Photonics"""
    me = person(rng, rng.choice(["uk", "pt", "ua"]), "m")
    st, pc, town = nl_addr(rng)
    return f"""Hi,

I'm a self-employed IT consultant (eenmanszaak) and my business address is my home address, so please use it on the invoice for booking {pnr}:

Northgate IT Consultancy
Attn. {P(me.full)}
{AD(st)}
{PC(pc)} {town}
KvK: {KVK(digits(rng, 8, '7896'))}
VAT ID: {BTW(btw)}

Thanks a lot,
{P(me.first)}"""


@scenario("en", True)
def en_whatsapp(rng, k):
    p = person(rng, rng.choice(["uk", "gh", "es", "in"]))
    dd = "14/06/2025"
    who = p.full
    if k == 0:
        return f"""[{dd}, 09:12] {P(who)}: Hi, my flight to Dublin HW 903 was cancelled last night. Am I rebooked automatically?
[{dd}, 09:15] Kempenveld Airport: Good morning {P(p.first)}, I'm {P(staff('sanne', 'first'))}. Could you share your booking reference?
[{dd}, 09:16] {P(who)}: {gen_pnr(rng)}
[{dd}, 09:19] Kempenveld Airport: Thank you. You've been rebooked on HW 903 tonight at 20:50, seat 7A. Hotel and meal vouchers are waiting for you at the transfer desk.
[{dd}, 09:20] {P(who)}: great, can you send the new boarding pass to {EM(email_for(rng, p))}?
[{dd}, 09:21] Kempenveld Airport: Done ✅"""
    friend = person(rng, rng.choice(["uk", "nl"]), "f", avoid=(p.first, p.surname))
    return f"""[{dd}, 16:40] {P(who)}: hello, my friend {P(friend.full)} left her phone at gate B5, she's already boarded HW 715. can you keep it?
[{dd}, 16:42] Kempenveld Airport: Hi! Yes, a phone was handed in at B5 a few minutes ago. We'll keep it at Lost & Found.
[{dd}, 16:43] {P(who)}: amazing. she's back on Sunday. I'm {P(who)} btw, you can reach me on {PH(gen_uk(rng)[0])}
[{dd}, 16:45] Kempenveld Airport: Noted. She can collect it with her ID at desk 14, 07:00–21:00. – {P(staff('youssef', 'first'))}"""


@scenario("en", True)
def en_thanks_review(rng, k):
    if k == 0:
        p = person(rng, rng.choice(["uk", "in", "gh"]), "m")
        wife = person(rng, p.origin, "f", surname=p.surname, avoid=(p.first,))
        return f"""Subject: Thank you!

Dear Passenger Service,

I just wanted to say a big thank you to {P(staff('kirsten'))} from the baggage office. Our daughter's wheelchair was left behind in Faro on {dfmt(trip(rng), 'en')} and {P(staff('kirsten', 'first'))} personally made sure it was on the next flight and delivered to our home within 24 hours. My wife {P(wife.first)} was in tears (the good kind).

Also thanks to the young man at the gate – I think his name was {P('Jelle')} – who carried our bags down the stairs.

Best wishes,
{P(p.full)}"""
    p = person(rng, rng.choice(["uk", "es", "pt"]))
    return f"""★★★★☆ "Small airport, big heart" – reviewed 3 days ago
by {P(p.first + ' ' + p.last[0] + '.')} (@{ascii_fold(p.first).lower()}travels)

Flew Kempenveld → Porto with @HeidewindAir. Security took 8 minutes (!), gate staff friendly, flight on time. Only minus: coffee at the gate €4.20 ☕️ and no free water refill point.
Special shout-out to {P(staff('youssef', 'first'))} at the service desk who fixed my seat mix-up in two minutes 🙌 #Kempenveld #travel"""


@scenario("en", True)
def en_internal_note(rng, k):
    if k == 0:
        p = person(rng, rng.choice(["uk", "pl", "in"]), "f")
        return f"""Claim note – {dfmt(trip(rng, (2025, 6, 1), (2025, 6, 27)), 'en')} – {P(staff('declan'))}
Passenger {P(p.full)} called about claim for {gen_flight(rng)} (tech delay 3h41). Confirmed eligible, EUR 400. She asked to pay to a different account than on the claim form; told her we need the change in writing from the e-mail address on the booking ({EM(email_for(rng, p))}).
Call-back requested on {PH(gen_uk(rng, 'land')[0])} after 17:00 UK time.
Next step: wait for e-mail, then release payment. Flag for {P(staff('sanne', 'first'))} if nothing by Friday."""
    rows = []
    used = set()
    for i in range(3):
        p = person(rng, rng.choice(["uk", "in", "cn", "pl", "nl", "tr"]), avoid=tuple(used))
        used |= {p.first, p.surname}
        rows.append(f"| {gen_pnr(rng)} | {P(p.full)} | {gen_flight(rng)} | {['EUR 250', 'EUR 400', 'EUR 600'][i]} | {['awaiting IBAN', 'approved', 'rejected – weather'][i]} |")
    return f"""Open claims – English desk ({P(staff('declan', 'first'))}), week 25

| booking | passenger | flight | amount | status |
|---|---|---|---|---|
""" + "\n".join(rows) + "\n\nPlease don't paste passenger bank details into this table; they belong in the claims system only."


@scenario("en", True)
def en_polish_worker(rng, k):
    p = person(rng, "pl", "m")
    st, pc, town = nl_addr(rng, rng.choice(["Venlo", "Helmond", "Tilburg"]))
    if k == 0:
        return f"""Subject: refund cancelled flight Kraków

Hello,

my flight HW 742 from Kempenveld to Kraków on {dfmt(trip(rng), 'en')} was cancelled. I want the refund, not a new flight, because I have to work. Please send the money to my Polish account {IB(iban_spaced(gen_iban(rng, 'PL')))} ({P(p.full)}).

My address in Netherlands: {AD(st)}, {PC(pc)} {town}
Phone: {PH(gen_pl_mobile(rng))}

Thank you,
{P(p.full)}"""
    wife = person(rng, "pl", "f", surname=p.surname)
    return f"""Chat – Heidewind – {dfmt(trip(rng), 'en')} 18:22
Customer: hello I want change my flight Kraków to one day later, me and my wife
Heidewind ({P(staff('youssef', 'first'))}): Hello! Of course. What are the names on the booking?
Customer: {P(p.full)} and {P(wife.full)}
Heidewind ({P(staff('youssef', 'first'))}): Thank you. The flight one day later has seats, change fee €25 per person. Shall I proceed?
Customer: yes ok. my phone {PH(gen_pl_mobile(rng))} for sms
Heidewind ({P(staff('youssef', 'first'))}): Done, you'll receive the new confirmation by SMS and e-mail."""


@scenario("en", True)
def en_residence_document(rng, k):
    p = person(rng, rng.choice(["ua", "in", "gh"]))
    if k == 0:
        return f"""Subject: Can I travel with my Dutch residence permit?

Hello,

I live in Eindhoven on a Dutch residence permit (verblijfsdocument {ID(gen_doc(rng, 'VB'))}, valid until 2028). My passport expires in five months. I am flying HW 851 to München on 22 August and back on 29 August. Is that enough, or do I need six months validity?

My date of birth is {DOB(dfmt(gen_date(rng, 1980, 1999), 'en'))} and my citizen service number (BSN) is {BS(bsn_form(rng, gen_bsn(rng), 2))}, in case you need them for the booking {gen_pnr(rng)}.

Kind regards,
{P(p.full)}"""
    return f"""Gate note HW 744 – {dfmt(trip(rng), 'en')} – by {P(staff('sanne'))}
Pax {P(p.full.upper())} (seat 21F) presented residence card {ID(gen_doc(rng, 'VB'))} and passport; residence card expired 3 days ago. Contacted IND help desk: receipt letter of renewal application accepted for re-entry within Schengen. Boarded at 10:02.
Copy of receipt letter NOT kept (not needed)."""


# ---------------------------------------------------------------- en, without personal data -------
@scenario("en", False)
def en_np_eu261(rng, k):
    if k == 0:
        return """Hi,

Quick question before I file anything: my flight from Edinburgh (HW 826, 10 June) landed 3 hours and 4 minutes late according to the app, but only 2 hours 55 minutes according to the arrivals board. Which time counts for EU261 – touchdown or doors open? The distance is about 800 km, so I think it would be €250.

Thanks in advance"""
    return f"""Dear passenger,

Thank you for your question. For compensation under Regulation (EC) No 261/2004 the arrival time is the moment at least one aircraft door is opened (CJEU case C-452/13, Germanwings). Our records show that the doors of HW 826 on 10 June opened at 14:37 local time, 3 hours and 2 minutes after the scheduled arrival of 11:35.

You can file your claim at heidewind.example/claim. Please have your booking reference ready; you will receive a claim number within 48 hours.

Kind regards,
Heidewind Airlines – Claims
{FOOT_HW}"""


@scenario("en", False)
def en_np_baggage(rng, k):
    if k == 0:
        return """Hello,

What is the cabin baggage allowance on the Basic fare? The website says 40 x 30 x 20 cm, but my backpack is 42 x 30 x 18 cm. Will that be a problem at the gate? And can I bring a 20,000 mAh power bank and my camera battery (98 Wh)?

Cheers"""
    return f"""Dear passenger,

On Basic fares one under-seat item of max. 40 x 30 x 20 cm is included; a slightly larger soft backpack that fits in the sizer is accepted. A 10 kg trolley (55 x 40 x 23 cm) can be added for €18 per flight online or €35 at the gate.

Lithium batteries: up to 100 Wh per battery without approval, 100–160 Wh with approval (max. 2), always in the cabin. A 20,000 mAh power bank at 3.7 V is 74 Wh, so that is fine.

Kind regards,
Passenger Service Kempenveld
T {ORG_TEL_INT} | WhatsApp {WA_TEL_INT}"""


@scenario("en", False)
def en_np_parking(rng, k):
    if k == 0:
        return f"""Hello,

I booked "Valet Parking Plus" (product code {HN('VP-24-KR')} on the invoice) for 5–19 August, but I now see there is also "P3 Long Stay" (code {HN('LP-14-TR')}) which is €70 cheaper. Can I switch? Invoice no. 2025-PRK-004417, amount €149.00, paid with Visa ending 0019.

Also: is the P3 shuttle bus running at 4 am? Our flight leaves at 06:05.

Thank you!"""
    return f"""Dear guest,

Yes, you can switch free of charge up to 24 hours before arrival via kempenveld-airport.example/parking/manage; the difference of €70.00 will be refunded to the card you paid with within 5 working days.

The P3 shuttle runs 24/7, every 10 minutes between 04:00 and 23:00 and on request at night (call the number on the bus stop, {ORG_TEL_INT}). The walk from P3 to the terminal takes about 12 minutes.

Kempenveld Parking
{ADDR_AP}, the Netherlands"""


@scenario("en", False)
def en_np_app_bug(rng, k):
    if k == 0:
        return """Bug report – Heidewind iOS app

App version: 5.3.0.2 (build 2211)
Device: iPhone 13 mini, iOS 17.5.1, 2048 MB free
Steps: open "My trips" > tap boarding pass > app closes
Time: 2025-06-12 07:41:03 CEST
Error in log: NSURLErrorDomain -1001 (timeout) to api.heidewind.example
Network: airport Wi-Fi "Kempenveld-Free", got IP 10.88.14.201, DNS 10.88.0.1
Workaround: mobile data works."""
    return """Release notes – Kempenveld Airport kiosk software

Version 4.12.0.3 (2025-05-28)
- Fix: printing of bag tags failed when the PNR contained a digit 0 and the letter O
- Fix: Spanish translation of "Gate closes at"
Version 4.12.0.2 (2025-05-14)
- New: self-service bag drop for HW flights to Split and Porto
- Known issue: kiosks 3 and 7 need a restart after 72 h uptime
Rollout: pier A kiosks first (10.20.1.0/24), then pier B (10.20.2.0/24)."""


@scenario("en", False)
def en_np_auto_reply(rng, k):
    if k == 0:
        return f"""This is an automatic reply.

Thank you for contacting Passenger Service Kempenveld. We have received your message and will reply within 3 working days. Your case number is PS-2025-118734.

Urgent question about a flight today? Call {ORG_TEL_INT} or message us on WhatsApp {WA_TEL_INT} (07:00–22:00).

{SIG_PS_EN}
{FOOT_AP}"""
    return f"""Automatic reply: Heidewind Claims – out of office hours

Our claims team works Monday to Friday, 09:00–17:00 CET. Your e-mail will be handled on the next working day. Please do not send your claim twice; duplicate claims delay processing.

Heidewind Airlines B.V., {ADDR_HW}, the Netherlands
Chamber of Commerce {KVK_HW} | VAT {BTW_HW}"""


@scenario("en", False)
def en_np_stats(rng, k):
    if k == 0:
        return """On-time performance, Heidewind Airlines, May 2025

| route | flights | on time (≤15 min) | avg delay | cancelled |
|---|---:|---:|---:|---:|
| KVD–AGP (Málaga) | 62 | 81% | 14 min | 0 |
| KVD–DUB (Dublin) | 44 | 73% | 21 min | 2 |
| KVD–EDI (Edinburgh) | 31 | 90% | 7 min | 0 |
| KVD–KRK (Kraków) | 26 | 88% | 9 min | 1 |

Total passengers: 18,412. Mishandled bags: 3.1 per 1,000 passengers."""
    return """week,pir_opened,pir_closed,delivered_within_48h,damaged,pilfered
2025-W20,41,38,92%,9,1
2025-W21,57,49,88%,14,0
2025-W22,36,40,95%,6,0
2025-W23,48,45,90%,11,2"""


@scenario("en", False)
def en_np_social(rng, k):
    if k == 0:
        return """Heidewind Airlines @HeidewindAir
✈️ Due to fog at Kempenveld this morning, flights HW 612, HW 702 and HW 715 are delayed by up to 90 minutes. Please check your flight status before travelling to the airport. We're sorry for the inconvenience 🙏 #fog #Kempenveld

@daily_flyer_uk replying to @HeidewindAir
will HW 826 to Edinburgh be affected? 👀

Heidewind Airlines @HeidewindAir
@daily_flyer_uk HW 826 is currently on schedule (dep. 11:20). We'll send an SMS if that changes."""
    return """kempenveld.airport · Instagram
Summer is here ☀️ From 1 July our new multi-storey car park P4 opens with 2,048 spaces, 120 EV chargers and a covered walkway to the terminal. Book online and save up to 30%! 🚗⚡
#KempenveldAirport #P4 #parking #summer2025

💬 brabant_spotter: nice, finally covered parking 👏
💬 kempenveld.airport: @brabant_spotter see you there! 😊"""


@scenario("en", False)
def en_np_lost_property(rng, k):
    if k == 0:
        return """Hello,

I think I left my e-reader (Kobo Clara, black cover with a sticker of a whale) in the seat pocket on HW 903 from Dublin last Saturday, seat 12F. Has anything been found? I filled in the online form, reference LF-2025-0611-17, but I haven't heard back.

I can pay for shipping to Ireland if needed.

Thanks"""
    return f"""Dear passenger,

Items found on board are kept by the cabin crew and handed to Lost & Found at the destination airport. Items from HW flights arriving at Kempenveld are registered within 48 hours at kempenveld-airport.example/lost-found.

Shipping within the EU costs €24.50 (tracked). Valuables such as passports and phones can only be collected in person or sent by registered mail.

Lost & Found Kempenveld Airport
{ADDR_AP} | {ORG_TEL_INT}"""


@scenario("en", False)
def en_np_incident(rng, k):
    if k == 0:
        t = gen_elf9(rng)
        return f"""Incident summary – IT service desk
Ticket number: {t}
Opened: 2025-06-18 05:52, priority P2
Affected: check-in desks row C (C01–C12), DCS client v7.4.1.0
Symptom: boarding passes print without barcode
Cause: printer driver update pushed overnight (package 2025.06.17.3)
Fix: driver rolled back at 06:31; all desks back online at 06:44
Impact: HW 612 and HW 614 boarded 15 min late, no missed connections."""
    return """Ops briefing 19-06 – arrivals hall

- Belt 2 out of service 08:00–12:00 for maintenance; use belts 1 and 3.
- HW 633 from Gran Canaria (ETA 14:10) has 7 wheelchairs, 2 with own e-chair batteries; ambulift ordered.
- Expected peak 16:00–18:00: 4 arrivals, ± 720 pax.
- Radio channel for baggage hall changed to channel 6.
- Reminder: found items to desk 14 within 30 min; log in LF system with a photo."""


# ---------------------------------------------------------------- de, with personal data ----------
@scenario("de", True)
def de_koffer_verloren(rng, k):
    p = person(rng, rng.choice(["de", "tr", "pl"]))
    st, pc, town = de_addr(rng)
    fl, dest, d = gen_flight(rng), rng.choice(["Palma de Mallorca", "Antalya", "Gran Canaria", "Faro"]), trip(rng)
    pir = gen_pir(rng)
    if k == 0:
        return f"""Betreff: Koffer nicht angekommen – {fl} aus {dest}

Sehr geehrte Damen und Herren,

am {dfmt(d, 'de')} bin ich mit {fl} aus {dest} in Kempenveld gelandet, mein Koffer kam jedoch nicht an. Am Gepäckschalter wurde die Meldung {pir} aufgenommen.
Bitte liefern Sie den Koffer an meine Adresse: {AD(st)}, {PC(pc)} {town}. Tagsüber erreichen Sie mich unter {PH(de_mobile_form(rng, gen_de_mobile(rng)))}, abends unter {PH(de_landline_form(rng, gen_de_landline(rng)))}.

Mit freundlichen Grüßen
{P(p.full)}
{EM(email_for(rng, p))}"""
    _, tag_s = gen_tag(rng)
    return f"""Online-Formular Gepäckermittlung (kempenveld-airport.example/deutsch)
Nachname: {P(p.last)}
Vorname: {P(p.first)}
Flugnummer / Datum: {fl} / {dfmt(d, 'de')}
Vorgangsnummer (PIR): {pir}
Gepäckanhänger: {tag_s}
Beschreibung: roter Hartschalenkoffer, Marke Rimowa, Namensschild am Griff
Lieferadresse: {AD(st)}
PLZ / Ort: {PC(pc)} {town}
Telefon: {PH(de_landline_form(rng, gen_de_landline(rng), 1))}
E-Mail: {EM(email_for(rng, p))}
Hinweis: bitte nicht vor 15 Uhr liefern"""


@scenario("de", True)
def de_koffer_beschaedigt(rng, k):
    p = person(rng, rng.choice(["de", "tr"]))
    fl, d, pir = gen_flight(rng), trip(rng), gen_pir(rng)
    iban = gen_iban(rng, "DE")
    if k == 0:
        return f"""Betreff: Schadensmeldung Koffer – {pir}

Guten Tag,

bei der Ankunft mit {fl} am {dfmt(d, 'dew')} war mein Koffer stark beschädigt (Rollen abgebrochen, Schale gerissen). Der Schaden wurde am Schalter aufgenommen ({pir}), Fotos liegen bei. Der Kostenvoranschlag der Firma {NP('Koffer-Reparatur Hülsmann')} in Aachen beläuft sich auf 142,80 €.

Bitte überweisen Sie den Betrag auf mein Konto:
IBAN: {IB(iban_spaced(iban))}
Kontoinhaber: {P(p.full)}

Mit freundlichen Grüßen
{P(p.full)}"""
    return f"""Hallo Frau {P(staff('heike', 'last'))},

vielen Dank für Ihre schnelle Antwort. Leider verstehe ich die niederländische Nachricht unten nicht ganz – heißt das, dass die 95 € schon überwiesen wurden? Auf meinem Konto {IB(iban)} ist bisher nichts eingegangen.

Gruß
{P(p.first)}

-----Ursprüngliche Nachricht-----
Von: Bagagedienst Kempenveld <bagage@kempenveld-airport.example>
Gesendet: Montag, 16. Juni 2025 10:04
An: {P(p.full)}
Betreff: Schadeclaim {pir}

Beste {P(p.full)},

Uw claim is goedgekeurd. Wij maken € 95,00 over; de betaling wordt binnen 10 werkdagen verwerkt.

Met vriendelijke groet,
{P(staff('kirsten'))}
Bagagedienst Kempenveld Airport"""


@scenario("de", True)
def de_fluggastrechte(rng, k):
    fl, d, pnr = gen_flight(rng), trip(rng), gen_pnr(rng)
    if k == 0:
        origin = rng.choice(["de", "tr"])
        fam = family(rng, origin, 3)
        st, pc, town = de_addr(rng)
        return f"""Betreff: Ausgleichszahlung nach Fluggastrechte-Verordnung – {fl} am {dfmt(d, 'de')}

Sehr geehrte Damen und Herren,

unser Flug {fl} (Buchungscode {pnr}) ist am {dfmt(d, 'de')} mit einer Verspätung von 4 Stunden und 35 Minuten in Kempenveld angekommen. Gemäß Art. 7 der Verordnung (EG) Nr. 261/2004 stehen uns je 400 € zu.

Reisende:
1. {P(fam[0].full)}
2. {P(fam[1].full)}
3. {P(fam[2].full)} (Kind, 9 Jahre)

Bitte überweisen Sie 1.200 € auf das Konto {IB(gen_iban(rng, 'DE'))} (Kontoinhaber: {P(fam[0].full)}).

Mit freundlichen Grüßen
{P(fam[0].full)}
{AD(st)}
{PC(pc)} {town}"""
    cl = person(rng, rng.choice(["de", "pl", "tr"]))
    ra = person(rng, "de", "f", avoid=(cl.first, cl.surname))
    return f"""Rechtsanwaltskanzlei {NP('Tillmanns & Pütz')}
Reiserecht · Verbraucherrecht

Unser Zeichen: 0{rng.randrange(100, 999)}/25 RB
Ihr Zeichen: {pnr}

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir {cl.herr} {P(cl.full)}, wohnhaft in Mönchengladbach, anwaltlich vertreten. {'Unser Mandant' if cl.sex == 'm' else 'Unsere Mandantin'} war Fluggast auf {fl} am {dfmt(d, 'dew')}; der Flug wurde kurzfristig annulliert.

Wir fordern Sie auf, die Ausgleichsleistung von 250 € bis zum 15.07.2025 auf unser Anderkonto {IB(iban_spaced(gen_iban(rng, 'DE')))} zu zahlen. Eine Vollmacht liegt bei.

Mit freundlichen Grüßen
{P(ra.full)}
Rechtsanwältin
Tel. {PH(de_landline_form(rng, gen_de_landline(rng, '2161'), 0))}"""


@scenario("de", True)
def de_parken(rng, k):
    if k == 0:
        p = person(rng, "de")
        return f"""Betreff: Parkhaus P2 – Ausfahrt nicht möglich, doppelt bezahlt

Guten Tag,

am Sonntagabend konnte ich das Parkhaus P2 nicht verlassen, weil die Kamera mein Kennzeichen {LP(gen_de_plate(rng))} nicht erkannt hat. Ich musste am Automaten 96,00 € zahlen, obwohl ich online bereits gebucht hatte (Reservierung PRK-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}, bezahlt mit Kreditkarte ****{rng.randrange(1000, 9999)}).

Bitte erstatten Sie den doppelt gezahlten Betrag.

Freundliche Grüße
{P(p.full)}
{PH(de_mobile_form(rng, gen_de_mobile(rng)))}"""
    h = staff("heike", "first")
    return f"""Chat Kempenveld Parking (Deutsch) – {dfmt(trip(rng), 'de')}
[06:41] Besucher: Hallo, ich stehe an der Schranke P3, sie geht nicht auf
[06:41] {P(h)} (Flughafen Kempenveld): Guten Morgen! Wie lautet Ihr Kennzeichen?
[06:42] Besucher: {LP(gen_de_plate(rng))}, Mietwagen aber ist ein niederländisches: {LP(gen_kenteken(rng))}
[06:43] {P(h)} (Flughafen Kempenveld): Danke, ich habe die Reservierung auf dem niederländischen Kennzeichen gefunden. Die Schranke öffnet jetzt.
[06:43] Besucher: Super, danke!"""


@scenario("de", True)
def de_assistenz(rng, k):
    fl, dest, d, pnr = gen_flight(rng), rng.choice(DEST), trip(rng), gen_pnr(rng)
    if k == 0:
        son = person(rng, "de", "m")
        father = person(rng, "de", "m", surname=son.surname, avoid=(son.first,))
        return f"""Betreff: Anmeldung Rollstuhlservice für meinen Vater – {pnr}

Guten Tag,

mein Vater {P(father.full)}, geb. {DOB(dfmt(gen_date(rng, 1936, 1950), 'de'))}, fliegt am {dfmt(d, 'de')} mit {fl} nach {dest}. Er kann keine Treppen steigen und benötigt einen Rollstuhl bis ins Flugzeug (WCHC). Ich begleite ihn bis zur Sicherheitskontrolle.

Rückfragen gerne an mich: {PH(de_mobile_form(rng, gen_de_mobile(rng), 2))}.

Vielen Dank und freundliche Grüße
{P(son.full)}"""
    caller = person(rng, rng.choice(["de", "tr"]), "f")
    mother = person(rng, caller.origin, "f", surname=caller.surname, avoid=(caller.first,))
    return f"""Telefonnotiz – {dfmt(trip(rng), 'de')} 15:20 – {P(staff('heike'))}
Anruferin: {P(caller.full)} (Tochter) für Mutter {P(mother.full)}, Geburtsdatum {DOB(dfmt(gen_date(rng, 1938, 1952), 'dew'))}
Buchung {pnr}, {fl} am {dfmt(d, 'de')}; Mutter ist stark sehbehindert, braucht Begleitung ab Check-in.
Rückruf erbeten: {PH(de_landline_form(rng, gen_de_landline(rng), 3))}
Erledigt: PRM-Anmeldung (BLND) an {P(staff('priya', 'first'))} weitergeleitet."""


@scenario("de", True)
def de_namensaenderung(rng, k):
    fl, d, pnr = gen_flight(rng), trip(rng), gen_pnr(rng)
    if k == 0:
        p = person(rng, "de", surname=rng.choice(["Weißenborn", "Rößner", "Große-Lohmann"]))
        wrong = p.last.replace("ß", "ss").replace("ö", "oe")
        return f"""Betreff: Falscher Name in der Buchung {pnr}

Sehr geehrte Damen und Herren,

in meiner Buchung steht der Name „{P(p.first + ' ' + wrong)}“, in meinem Reisepass steht jedoch „{P(p.full)}“. Reisepassnummer: {ID(gen_doc(rng, 'DE'))}. Bitte passen Sie den Namen für den Flug {fl} am {dfmt(d, 'de')} an, damit es beim Boarding keine Probleme gibt.

Mein Geburtsdatum für die API-Daten: {DOB(dfmt(gen_date(rng, 1960, 2000), 'de'))}.

Mit freundlichen Grüßen
{P(p.full)}"""
    p = person(rng, rng.choice(["tr", "de"]))
    return f"""Hallo,

ich reise nur mit meinem Personalausweis (Nummer {ID(gen_doc(rng, 'DE'))}, gültig bis 2031). Beim Online-Check-in für {fl} verlangt das System eine Reisepassnummer. Kann ich die Ausweisnummer eintragen?

Danke und Gruß
{P(p.full)}
Handy {PH(de_mobile_form(rng, gen_de_mobile(rng), 4))}"""


@scenario("de", True)
def de_vielflieger(rng, k):
    p = person(rng, rng.choice(["de", "pl", "tr"]))
    if k == 0:
        a1, pc1, t1 = de_addr(rng)
        a2, pc2, t2 = de_addr(rng)
        return f"""Betreff: Adressänderung Skypoints-Konto

Liebes Skypoints-Team,

ich bin umgezogen und bitte Sie, meine Adresse zu ändern.

Alt: {AD(a1)}, {PC(pc1)} {t1}
Neu: {AD(a2)}, {PC(pc2)} {t2}

Zur Identifikation: Mitgliedsnummer {gen_elf9(rng)}, geboren am {DOB(dfmt(gen_date(rng, 1955, 1999), 'dew'))}, niederländische Bürgerservicenummer {BS(bsn_form(rng, gen_bsn(rng), 2))} (ich arbeite in Venlo).

Viele Grüße
{P(p.full)}"""
    return f"""Skypoints – Änderung der Kontaktdaten
| Feld | bisher | neu |
|---|---|---|
| E-Mail | {EM(email_for(rng, p))} | {EM(email_for(rng, p, 2))} |
| Telefon | {PH(de_landline_form(rng, gen_de_landline(rng), 2))} | {PH(de_mobile_form(rng, gen_de_mobile(rng), 2))} |
| Geburtsdatum | {DOB(dfmt(gen_date(rng, 1960, 1998), 'de'))} | – |
Antrag gestellt von {P(p.full)} am {dfmt(trip(rng), 'de')} um {hhmm(rng)} Uhr, IP {IP(gen_ipv4(rng))}."""


@scenario("de", True)
def de_erstattung(rng, k):
    p = person(rng, rng.choice(["de", "tr", "ua"]))
    pnr = gen_pnr(rng)
    while True:
        d9 = digits(rng, 9, "123456789")
        ok = [f"NL{d9}B{x:02d}" for x in range(1, 100) if mod97(f"NL{d9}B{x:02d}")]
        if ok and not elfproef(d9):
            btw = ok[0]
            break
    if k == 0:
        c = card_make(rng, rng.choice(["5412", "4921", "5168"]), 16)
        c_f = f"{c[:4]}-{c[4:8]}-{c[8:12]}-{c[12:]}"
        return f"""Betreff: Erstattung Sitzplatzreservierung

Guten Tag,

für die Buchung {pnr} habe ich zweimal 24,00 € für Sitzplätze bezahlt, aber nur eine Reservierung erhalten. Bezahlt wurde mit der Kreditkarte {CC(c_f)}. Bitte erstatten Sie 24,00 € auf diese Karte.

Mit freundlichen Grüßen
{P(p.full)}"""
    return f"""Guten Tag Frau {P(staff('heike', 'last'))},

wie telefonisch besprochen hier meine Bankverbindung für die Erstattung des annullierten Fluges HW 811 (Buchung {pnr}, Betrag 318,60 €):

Kontoinhaber: {P(p.full)}
IBAN: {IB(iban_spaced(gen_iban(rng, 'DE')))}
BIC: COLSDE33

Da es eine Geschäftsreise war, stellen Sie die Gutschrift bitte auf mein niederländisches Einzelunternehmen aus:
{NP(p.last + ' Übersetzungen')} (eenmanszaak), KvK-Nummer {KVK(digits(rng, 8, '6789'))}, USt-IdNr. {BTW(btw)}

Vielen Dank!
{P(p.first)}"""


@scenario("de", True)
def de_weiterleitung(rng, k):
    agent = person(rng, "de")
    cust = person(rng, rng.choice(["de", "pl", "tr"]), "f", avoid=(agent.first, agent.surname))
    pnr = gen_pnr(rng)
    if k == 0:
        return f"""Von: {P(agent.full)} <{EM(email_for(rng, agent, 0, 'reisewelt-niederrhein.example.com'))}>
Gesendet: Donnerstag, 5. Juni 2025 11:47
An: deutsch@kempenveld-airport.example
Betreff: WG: Umbuchung {pnr}

Hallo liebes Team,

anbei die Anfrage unserer Kundin {P(cust.full)}. Könnten Sie die Umbuchung direkt vornehmen und die Bestätigung an sie und in Kopie an uns senden?

Viele Grüße aus Kleve
{P(agent.full)}
Reisewelt Niederrhein GmbH

-----Ursprüngliche Nachricht-----
Von: {P(cust.full)} <{EM(email_for(rng, cust))}>
Gesendet: Mittwoch, 4. Juni 2025 20:15
Betreff: Umbuchung {pnr}

Hallo, ich möchte meinen Rückflug HW 744 vom 16.08. auf den 23.08. verschieben. Erreichbar bin ich unter {PH(de_mobile_form(rng, gen_de_mobile(rng), 0))}.
LG {P(cust.first)}"""
    return f"""Von: {P(staff('heike'))} <heike.bruggemann@kempenveld-airport.example>
An: {P(cust.full)} <{EM(email_for(rng, cust))}>
Cc: {P(agent.full)} <{EM(email_for(rng, agent, 1, 'reisewelt-niederrhein.example.com'))}>
Betreff: AW: Umbuchung {pnr}

{cust.geehrt} {P(cust.last)},

Ihr Rückflug wurde auf HW 744 am 23.08.2025, Abflug 15:40, umgebucht. Die Umbuchungsgebühr von 35,00 € wurde Ihrem Reisebüro in Rechnung gestellt (Rechnungsnummer 2025-RB-00871).

Mit freundlichen Grüßen
{P(staff('heike'))}
{SIG_PS_DE}"""


@scenario("de", True)
def de_familie(rng, k):
    a, b, baby = family_sexes(rng, "tr", "mf" + rng.choice("mf"))
    pnr = gen_pnr(rng)
    if k == 0:
        return f"""Betreff: Baby nachbuchen – {pnr}

Merhaba / Guten Tag,

wir fliegen am 2. August mit HW 744 nach Antalya und möchten unser Baby nachbuchen:

Name: {P(baby.full)}
Geburtsdatum: {DOB(dfmt(gen_date(rng, 2024, 2025), 'de'))}
Kinderreisepass: {ID(gen_doc(rng, 'DE'))}

Die Eltern {P(a.full)} und {P(b.full)} sind bereits gebucht. Rückruf bitte unter {PH(de_landline_form(rng, gen_de_landline(rng, '221'), 0))}.

Viele Grüße
{P(a.first)}"""
    return f"""Hallo,

für die API-Daten unserer Reise ({pnr}):
- {P(a.full)}, geb. {DOB(dfmt(gen_date(rng, 1982, 1995), 'de'))}, Personalausweis {ID(gen_doc(rng, 'DE'))}
- {P(b.full)}, geb. {DOB(dfmt(gen_date(rng, 1982, 1995), 'de'))}, türkischer Reisepass {ID('U' + digits(rng, 8, '123456789'))}
- {P(baby.full)}, geb. {DOB(dfmt(gen_date(rng, 2023, 2024), 'de'))}, Kinderreisepass {ID(gen_doc(rng, 'DE'))}

Gruß {P(a.first)}"""


@scenario("de", True)
def de_whatsapp(rng, k):
    p = person(rng, rng.choice(["de", "pl", "ua"]))
    dd = "21.06.25"
    if k == 0:
        return f"""[{dd}, 07:55] {P(p.full)}: Guten Morgen, mein Flug nach München HW 851 steht auf „gestrichen“. Was jetzt?
[{dd}, 07:58] Kempenveld Airport: Guten Morgen! Hier ist {P(staff('heike', 'first'))}. Sie wurden automatisch auf HW 851 morgen um 17:25 umgebucht. Alternativ erstatten wir den Ticketpreis.
[{dd}, 08:01] {P(p.full)}: Morgen ist zu spät, ich habe einen Termin. Bitte erstatten.
[{dd}, 08:04] Kempenveld Airport: In Ordnung. Bitte senden Sie mir Ihre IBAN, dann veranlasse ich die Erstattung.
[{dd}, 08:06] {P(p.full)}: {IB(gen_iban(rng, 'DE'))}
[{dd}, 08:07] Kempenveld Airport: Danke, erledigt 👍 Die Gutschrift erfolgt innerhalb von 7 Werktagen."""
    return f"""[{dd}, 19:12] {P(p.full)}: Hallo, ich habe meine Jacke im Flugzeug vergessen (HW 715, Platz 17C)
[{dd}, 19:15] Kempenveld Airport: Guten Abend! Wie sieht die Jacke aus?
[{dd}, 19:16] {P(p.full)}: schwarze Regenjacke, Jack Wolfskin, im Ärmel ist ein Schlüssel
[{dd}, 19:20] Kempenveld Airport: Die Jacke wurde gefunden 🙂 Sollen wir sie schicken? Versand innerhalb der EU 24,50 €.
[{dd}, 19:22] {P(p.full)}: Ja bitte an {AD(de_addr(rng)[0])}, {PC(rng.choice(DE_TOWNS)[1])} – bezahle ich per Link
[{dd}, 19:23] Kempenveld Airport: Link folgt. Viele Grüße, {P(staff('youssef', 'first'))}"""


@scenario("de", True)
def de_interne_notiz(rng, k):
    if k == 0:
        p = person(rng, rng.choice(["de", "tr"]), "m")
        return f"""Interne Notiz – Deutscher Schalter – {dfmt(trip(rng), 'de')}
Verfasst von {P(staff('heike'))}

Kunde {P(p.full)} hat zum dritten Mal wegen PIR {gen_pir(rng)} angerufen. Koffer ist laut WorldTracer seit gestern in Kempenveld, Zustellung an {AD(de_addr(rng)[0])} ist heute mit dem Kurier geplant. Kunde ist sehr verärgert und verlangt 300 € für Ersatzkäufe; Belege fehlen noch.
Rückruf zugesagt bis 16 Uhr unter {PH(de_mobile_form(rng, gen_de_mobile(rng), 0))}. Bitte an {P(staff('kirsten', 'first'))} übergeben, falls ich schon weg bin."""
    rows = []
    used = set()
    for i in range(3):
        p = person(rng, rng.choice(["de", "tr", "pl", "nl"]), avoid=tuple(used))
        used |= {p.first, p.surname}
        rows.append(f"| {gen_pir(rng)} | {P(p.full)} | {PH(de_mobile_form(rng, gen_de_mobile(rng), 0))} | {['zugestellt', 'in Kempenveld', 'noch in Palma'][i]} |")
    return f"""Übergabe Deutscher Schalter (Spätschicht) – offene Gepäckfälle

| Vorgang | Fluggast | Telefon | Status |
|---|---|---|---|
""" + "\n".join(rows) + f"\n\nÜbergeben von {P(staff('heike', 'first'))} an die Frühschicht."


# ---------------------------------------------------------------- de, without personal data -------
@scenario("de", False)
def de_np_gepaeck(rng, k):
    if k == 0:
        return """Guten Tag,

wir fliegen im Juli zu viert nach Palma (HW 708). Wie viel Freigepäck ist im Tarif „Basic“ enthalten? Können wir einen Kinderwagen und einen Autositz kostenlos mitnehmen? Und darf ein Rollkoffer mit 55 x 40 x 23 cm als Handgepäck in die Kabine?

Vielen Dank im Voraus
Familie aus Krefeld"""
    return f"""Sehr geehrte Reisende,

im Tarif Basic ist ein Handgepäckstück bis 40 x 30 x 20 cm enthalten. Ein Trolley bis 10 kg (55 x 40 x 23 cm) kostet online 18 €, Aufgabegepäck bis 23 kg 45 € pro Strecke.
Kinderwagen und Autositz werden pro Kind kostenlos befördert; der Kinderwagen kann bis zur Flugzeugtür mitgenommen werden.

Mit freundlichen Grüßen
Ihr Passagierservice
{SIG_PS_DE}"""


@scenario("de", False)
def de_np_parktarife(rng, k):
    if k == 0:
        return f"""Hallo,

was kostet das Parken im P3 für 10 Tage vom 2. bis 12. August? Gibt es Ladestationen für E-Autos und wie lange fährt der Shuttlebus zum Terminal? Ich habe einen Gutscheincode ({HN('PK-48-TR')}) aus einer Werbeaktion – gilt der auch für P3?

Danke!"""
    return f"""Guten Tag,

das Online-Ticket P3 Langzeitparken kostet für 10 Tage 59,00 € (Artikelnummer {HN('LP-10-TR')}); vor Ort zahlen Sie 18,00 € pro Tag. Der Aktionscode {HN('PK-48-TR')} gilt leider nur für P2 Überdacht.
Ladestationen (11 kW) finden Sie auf P2, Ebene -1. Der Shuttlebus von P3 fährt rund um die Uhr, tagsüber alle 10 Minuten.

Mit freundlichen Grüßen
Kempenveld Parking
{ADDR_AP}, Niederlande · Tel. {ORG_TEL_INT}"""


@scenario("de", False)
def de_np_fluggastrechte_info(rng, k):
    if k == 0:
        return """Guten Tag,

mein Flug HW 851 aus München am 3. Juni kam 3 Stunden und 20 Minuten zu spät an. Die Entfernung München – Kempenveld beträgt etwa 600 km. Steht mir eine Entschädigung zu und wie hoch wäre sie? Der Pilot sagte etwas von „Streik der Fluglotsen in Frankreich“, aber wir sind doch gar nicht über Frankreich geflogen?

Mit freundlichen Grüßen"""
    return f"""Sehr geehrte Fluggäste,

nach der Verordnung (EG) Nr. 261/2004 beträgt die Ausgleichszahlung bei Flügen bis 1500 KM 250 €, bei Flügen zwischen 1500 und 3500 km 400 € und darüber hinaus 600 €. Voraussetzung ist eine Ankunftsverspätung von mindestens drei Stunden, die nicht auf außergewöhnliche Umstände zurückgeht.

Anträge stellen Sie unter heidewind.example/de/anspruch. Sie erhalten innerhalb von 48 Stunden eine Vorgangsnummer.

Heidewind Airlines B.V. · {ADDR_HW} · Niederlande
Handelsregister (KvK) {KVK_HW} · USt-IdNr. {BTW_HW}"""


@scenario("de", False)
def de_np_autoreply(rng, k):
    if k == 0:
        vg = gen_elf9(rng)
        return f"""Automatische Antwort

Vielen Dank für Ihre Nachricht an den deutschsprachigen Passagierservice. Ihre Anfrage wurde unter der Vorgangsnummer {vg} registriert. Wir antworten innerhalb von drei Werktagen.

Bei dringenden Fragen zu einem Flug am heutigen Tag erreichen Sie uns unter {ORG_TEL_INT2} (täglich 07:00–22:00 Uhr).

{SIG_PS_DE}
{FOOT_AP}"""
    return f"""Automatische Antwort: Abwesenheit

Das Postfach deutsch@kempenveld-airport.example wird vom 23.06. bis 27.06.2025 nur eingeschränkt bearbeitet. Bitte wenden Sie sich in dieser Zeit an service@kempenveld-airport.example oder per WhatsApp an {WA_TEL_INT}.

Flughafen Kempenveld – Passagierservice"""


@scenario("de", False)
def de_np_app(rng, k):
    if k == 0:
        return """Hallo,

seit dem Update auf Version 5.3.0.2 stürzt die Heidewind-App auf meinem Pixel 7 (Android 14) beim Öffnen der Bordkarte ab. Fehlermeldung: „HW-ERR-4021 Sitzung abgelaufen“. Neu installieren hat nicht geholfen, 2048 MB Speicher sind frei.
Buchung ist für morgen 06:35, Sitz 3A. Muss ich die Bordkarte ausdrucken?

Gruß"""
    return """Störungsmeldung Check-in-Automaten – 12.06.2025
08:10 Kiosk 5 zeigt „Netzwerk nicht verfügbar“ (IP 10.20.2.15, Switch-Port 14)
08:25 Kiosk-Software Version 4.12.0.3 neu gestartet, ohne Erfolg
08:40 Techniker vor Ort, Netzwerkkabel getauscht
08:52 Kiosk 5 wieder in Betrieb
Ticket: INC-2025-06-0533, Priorität 3"""


@scenario("de", False)
def de_np_statusfrage(rng, k):
    if k == 0:
        return """Guten Abend,

landet HW 708 aus Palma heute pünktlich? In der App steht 22:45, auf der Website 23:10. Ich hole meine Eltern ab und komme aus Aachen – lohnt es sich, früher loszufahren? Wo kann ich kurz parken, ohne gleich 10 € zu bezahlen?

Danke!"""
    return """[21:58] Besucher: Hallo, ist HW 708 schon gelandet?
[21:59] Flughafen Kempenveld: Guten Abend! HW 708 ist um 21:51 gelandet, das Gepäck kommt auf Band 3.
[22:00] Besucher: und wo kann ich warten?
[22:00] Flughafen Kempenveld: Im Ankunftsbereich, Ausgang A. Kiss & Ride ist 10 Minuten kostenlos, P1 kostet die erste halbe Stunde 3,50 €.
[22:01] Besucher: danke 👍"""


@scenario("de", False)
def de_np_fundsachen(rng, k):
    if k == 0:
        return """Guten Tag,

ich habe am 14. Mai am Gate B2 meine Sonnenbrille (Ray-Ban, braunes Etui) liegen lassen, Flug HW 811. Ich habe das Online-Formular ausgefüllt, Referenz LF-2025-0514-09. Gibt es schon etwas Neues? Ich würde die Versandkosten übernehmen.

Freundliche Grüße aus Düren"""
    return f"""Sehr geehrte Reisende,

Fundsachen werden am Flughafen Kempenveld drei Monate aufbewahrt. Die Abholung ist täglich von 07:00 bis 21:00 Uhr am Schalter 14 in der Abflughalle möglich. Der Versand innerhalb der EU kostet 24,50 €, innerhalb der Niederlande 12,95 €; die Zahlung erfolgt vorab per Link.

Lost & Found · Flughafen Kempenveld
{ADDR_AP}, Niederlande"""


@scenario("de", False)
def de_np_statistik(rng, k):
    if k == 0:
        return """Deutschsprachige Anfragen – Mai 2025

| Kategorie | Anzahl | Anteil | Ø Bearbeitungszeit |
|---|---:|---:|---:|
| Gepäck (PIR) | 214 | 38 % | 2,1 Tage |
| Fluggastrechte | 151 | 27 % | 19 Tage |
| Parken | 88 | 16 % | 0,8 Tage |
| Assistenz | 47 | 8 % | 0,5 Tage |
| Sonstiges | 62 | 11 % | 1,4 Tage |

Gesamt: 562 Anfragen (Vormonat 498, +12,9 %)."""
    return """Flug;Datum;Plan;Ist;Verspätung (Min);Grund
HW 811;02.06.2025;09:15;09:22;7;-
HW 851;03.06.2025;17:25;20:45;200;Streik Fluglotsen FR
HW 708;04.06.2025;19:40;19:58;18;Slot
HW 744;05.06.2025;15:40;15:38;0;-"""


# === SCENARIOS END ===


# ==================================================================================================
# self test
# ==================================================================================================
def nl_phone_valid(v):
    r = phone_parse(v)
    if not r or r[0] not in ("NL", "national"):
        return False
    nsn = r[1]
    return bool(NL_MOBILE.fullmatch(nsn) or NL_FIXED.fullmatch(nsn) or NL_VOIP.fullmatch(nsn))


def nl_doc_valid(v):
    c = v.replace(" ", "")
    return bool(NL_DOC.fullmatch(c)) and "O" not in c


def self_test():
    n = 0

    def ok(cond, what):
        nonlocal n
        n += 1
        if not cond:
            raise AssertionError("self test: " + what)

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "999999990",
              "111111110", "696579303", "103349856", "044126396", "656412689", "460455977", "879119330"]:
        ok(bsn_value_valid(v), f"bsn {v}")
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        ok(not bsn_value_valid(v), f"not bsn {v}")
    ok(bank11("123456789") and not elfproef("123456789"), "bank-11 trap")
    ok(bank11("999999990") and elfproef("999999990"), "ends in 0")
    ok(onderwijsnummer("101222331") and not onderwijsnummer("100252333"), "onderwijsnummer")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789",
              "NL20INGB0001234567", "NL39RABO0300065264", "NL44RABO0123456789", "NL86INGB0002445588",
              "NL68KNAB0123456789", "NL32BUNQ2012345678", "BE71 0961 2345 6769", "DE89370400440532013000",
              "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606", "FR76 3000 6000 0112 3456 7890 189",
              "GB82WEST12345698765432", "BE68539007547034", "NL91\u00a0ABNA 0417 1643 00"]:
        ok(iban_valid(v), f"iban {v}")
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300",
              "DE89370400440532013001", "BE68539007547035"]:
        ok(not iban_valid(v), f"not iban {v}")
    ok(iban_make("NL", "ABNA0417164300") == "NL91ABNA0417164300", "iban check digits")
    ok(iban_make("DE", "370400440532013000") == "DE89370400440532013000", "iban check digits DE")
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67", "0111-123456",
              "085 123 4567", "091 123 4567", "06 12345678", "06 1234 5678", "06-12 34 56 78", "0612345678",
              "(06) 12345678", "+31 6 12345678", "+316-12345678", "0031 6 1234 5678", "020 123 4567",
              "+31(0)20-1234567", "+31-20-1234567", "+31.20.123.45.67", "020/1234567", "0031-(0)20-1234567"]:
        ok(nl_phone_valid(v), f"nl phone {v}")
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "069 1234567",
              "0676 123456", "020-123456", "012-3456789", "0800-1234", "0900-1234567"]:
        ok(not nl_phone_valid(v), f"not nl phone {v}")
    ok(phone_key("06-12345678") == phone_key("+31 (0)6 1234 5678") == phone_key("0031612345678"), "phone key")
    for v in ["+32 470 12 34 56", "0470 12 34 56", "+32 2 511 22 33", "+32 9 265 12 34", "+32 50 44 86 86"]:
        ok(phone_valid(v), f"be phone {v}")
    for v in ["+32 470 12 34 5", "+32 2 123 45 67", "+32 9 123 45 67"]:
        ok(not phone_valid(v), f"not be phone {v}")
    for v in ["+49 30 12345678", "0151 23456789", "+49 (0)221 1234567", "0049 171 1234567"]:
        ok(phone_valid(v), f"de phone {v}")
    ok(not phone_valid("+49 151 234"), "not de phone")
    for v in ["07700 900123", "+44 7700 900123", "0113 496 0123", "+44 161 496 0456", "020 7946 0321"]:
        ok(phone_valid(v), f"uk drama {v}")
    ok(not phone_valid("+44 7911 123456"), "uk outside drama range")
    ok(phone_valid("+48 512 345 678"), "pl mobile")
    for v in ["1012 AB", "1012AB", "1012 ab", "9999 ZZ", "1000 AA"]:
        ok(nl_postcode_valid(v), f"postcode {v}")
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        ok(not nl_postcode_valid(v), f"not postcode {v}")
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        ok(nl_doc_valid(v), f"doc {v}")
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        ok(not nl_doc_valid(v), f"not doc {v}")
    ok(doc_valid("III-V123AL568") and not doc_valid("III-V1O3BL568") and not doc_valid("III-V103BL568"),
       "residence document (no 0/O)")
    expect = {"AB-12-34": 1, "12-34-XY": 2, "12-AB-34": 3, "GB-12-DF": 4, "XB-PK-12": 5, "12-DF-GH": 6,
              "12-GBX-3": 7, "1-KBB-12": 8, "VB-123-X": 9, "G-123-BB": 10, "GBB-12-X": 11, "G-12-BBB": 12,
              "1-BB-123": 13, "123-BB-1": 14}
    for v, sc in expect.items():
        ok(kenteken_sidecode(v) == sc, f"kenteken {v}")
        ok(kenteken_sidecode(v.replace("-", "")) == sc, f"kenteken compact {v}")
        ok(kenteken_sidecode(v.lower()) == sc, f"kenteken lower {v}")
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123", "GB-1-2DF"]:
        ok(not kenteken_sidecode(v), f"not kenteken {v}")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        ok(mod97(btw_compact(v)), f"btw mod97 {v}")
        ok(btw_id_valid(v), f"btw id {v}")
    ok(ob_valid("NL004495445B01") and not btw_id_valid("NL004495445B01"), "OB-nummer")
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL111234567B01",
              "NL12345678B01"]:
        ok(not btw_id_valid(v) and not ob_valid(v), f"not btw {v}")
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "30569309025904", "6759649826438453"]:
        ok(card_valid(v), f"card {v}")
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        ok(not card_valid(v), f"not card {v}")
    ok(luhn("490154203237518"), "IMEI trap is Luhn-valid")
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM",
              "info@bakkerij-de-groot.frl"]:
        ok(email_valid(v), f"email {v}")
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld", "icon@2x.png"]:
        ok(not email_valid(v), f"not email {v}")
    ok(ip_public("8.8.8.8") and not ip_public("192.168.1.10") and not ip_public("256.1.1.1")
       and not ip_public("010.001.001.001") and not ip_public("2001:db8::1") and not ip_public("10.20.4.17")
       and not ip_public("127.0.0.1"), "ip")
    for v in ["12-03-1985", "1-4-1990", "03/07/1979", "29.02.1992", "5 mei 1960", "17 okt. 2001", "12. März 1984",
              "March 20, 1995", "1985-03-12"]:
        ok(dob_valid(v), f"dob {v}")
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999", "12-03-2031"]:
        ok(not dob_valid(v), f"not dob {v}")
    # organisation data
    for v in ORG["ibans"] + [ORG_IBAN_AP, ORG_IBAN_HW]:
        ok(iban_valid(v), f"org iban {v}")
    ok(btw_id_valid(BTW_AP) and ob_valid(BTW_HW) and not btw_id_valid(BTW_HW), "org btw")
    for v in ORG["phones"] + [ORG_TEL_INT, ORG_TEL_INT2, ORG_TEL_DASH, HW_TEL_INT, WA_TEL_DASH, WA_TEL_INT]:
        ok(phone_valid(v, org_ok=True) and phone_key(v) in ORG_PHONE_KEYS, f"org phone {v}")
    for v in ORG_POSTCODES:
        ok(nl_postcode_valid(v), f"org postcode {v}")
    ok(all(re.fullmatch(r"\d{8}", x) for x in ORG["kvk"]), "org kvk")
    toml_path = os.path.join(HERE, "pii-scrubber.toml")
    if os.path.exists(toml_path):
        import tomllib
        with open(toml_path, "rb") as fh:
            ok(tomllib.load(fh)["organisation"] == ORG, "pii-scrubber.toml [organisation] == ORG")
    # generators, 300 rounds each
    rng = random.Random(SEED + ":selftest")
    for _ in range(300):
        ok(elfproef(gen_bsn(rng)) and not elfproef(gen_nonelf9(rng)), "gen bsn")
        b = gen_bsn(rng)
        for f in range(4):
            ok(bsn_value_valid(bsn_form(rng, b, f)), "bsn forms")
        for cc in ("NL", "BE", "DE", "GB", "IE", "PL", "ES"):
            ib = gen_iban(rng, cc)
            ok(iban_valid(ib) and iban_valid(iban_spaced(ib)) and iban_valid(ib.lower()), f"gen iban {cc}")
        mob = gen_mobile(rng)
        for f in range(12):
            v = mobile_form(rng, mob, f)
            ok(nl_phone_valid(v) and phone_key(v) == "NL" + mob, f"mobile form {v}")
        ll = gen_landline(rng)
        for f in range(6 if ll[:2] in NL_AREAS2 else 4):
            v = landline_form(rng, ll, f)
            ok(nl_phone_valid(v) and phone_key(v) == "NL" + ll, f"landline form {v}")
        be = gen_be_gsm(rng)
        for f in range(5):
            ok(phone_valid(be_gsm_form(rng, be, f)), "be gsm")
        dm = gen_de_mobile(rng)
        for f in range(6):
            ok(phone_valid(de_mobile_form(rng, dm, f)), "de mobile")
        dl = gen_de_landline(rng)
        for f in range(5):
            ok(phone_valid(de_landline_form(rng, dl, f)), "de landline " + de_landline_form(rng, dl, f))
        ok(all(phone_valid(x) for x in gen_uk(rng) + gen_uk(rng, "land")), "uk")
        ok(phone_valid(gen_pl_mobile(rng)), "pl")
        ok(nl_postcode_valid(gen_postcode(rng, 1000, 9999)), "gen postcode")
        for kind in ("N", "I", "DE", "UK", "IE", "IN", "VB", "RB"):
            ok(doc_valid(gen_doc(rng, kind)), f"gen doc {kind}")
        ok(kenteken_sidecode(gen_kenteken(rng)) is not None, "gen kenteken")
        ok(plate_valid(gen_de_plate(rng)), "gen de plate")
        ok(ip_public(gen_ipv4(rng)) and ip_public(gen_ipv6(rng)), "gen ip")
        ok(card_valid(card_make(rng, "4" + digits(rng, 5), 16)) and card_valid(card_make(rng, "2223", 16)), "gen card")
        ok(dob_valid(dfmt(gen_date(rng, 1930, 2025), rng.choice(["nl", "nl1", "nlw", "slash", "iso", "en", "us", "de",
                                                                  "dew"]))), "gen date")
        ok(not phone_valid(gen_tag(rng)[0]), "bag tag is no phone")
    return n


# ==================================================================================================
# audit
# ==================================================================================================
ORG_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)*(?:kempenveld-airport|heidewind)\.example")
BIRTH_WORDS = re.compile(r"geboren|geb\.|geboortedatum|\bborn\b|date of birth|\bDOB\b|geburtsdatum|birth",
                         re.I)
REF_WORDS = re.compile(r"claim|dossier|factuur|invoice|rechnung|order|bestel|ticket|referen|skypoints|member|"
                       r"mitglied|vorgang|buchung|boeking|kenmerk|zeichen|transac|klantnummer|kundennummer|customer|"
                       r"reserv|voucher|case|lidnummer|lid", re.I)
VERSION_WORDS = re.compile(r"version|versie|build|firmware|release|software|\bv$|client v|update", re.I)
UNIT_PAIRS = {"MB", "KB", "GB", "TB", "KM", "KG", "PK", "CM", "MM", "WH", "KW"}
DATE_RE = r"(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [A-Za-zä]{3,9}\.? \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})"

NAME_STOP = {"van", "der", "den", "de", "te", "ten", "ter", "in", "'t", "het", "El", "Ait", "Van", "De", "A", "On"}


def name_tokens():
    toks = set()
    for males, females, surnames in NAMES.values():
        for nm in males + females + surnames:
            for t in re.split(r"[\s\-]+", nm):
                if t and t not in NAME_STOP and len(t) >= 3:
                    toks.add(t)
    for f, l in STAFF.values():
        for t in re.split(r"[\s\-]+", f + " " + l):
            if t and t not in NAME_STOP and len(t) >= 3:
                toks.add(t)
    return sorted(toks)


NAME_TOKENS = name_tokens()
NAME_RE = re.compile(r"(?<![\w'’])(" + "|".join(re.escape(t) for t in sorted(NAME_TOKENS, key=len, reverse=True))
                     + r")(?![\w])", re.I)


def mask(text, ranges, ch="\u2588"):
    t = list(text)
    for a, b in ranges:
        for i in range(a, b):
            if t[i] != "\n":
                t[i] = ch
    return "".join(t)


def is_org_value(label, v):
    if "Kempenveld" in v or "Heidewind" in v:
        return True
    if label == "PHONE":
        return phone_key(v) in ORG_PHONE_KEYS
    if label == "IBAN":
        return iban_compact(v) in {iban_compact(x) for x in ORG["ibans"]}
    if label == "KVK":
        return v in ORG["kvk"]
    if label in ("BTW_ID", "BSN"):
        return btw_compact(v) in ORG["btw"]
    if label == "EMAIL":
        return bool(ORG_EMAIL_RE.fullmatch(v))
    if label == "POSTCODE":
        return v in ORG_POSTCODES
    if label == "ADDRESS":
        return any(v.startswith(x) for x in ORG_STREETS)
    return False


def audit_record(r):
    errs = []
    text, spans, nps, hns, pii = r["text"], r["spans"], r["nps"], r["hns"], r["pii"]
    rid = r["id"]

    def err(msg):
        errs.append(f"{rid} ({r['scenario']}/{r['k']}): {msg}")

    if any(c in text for c in (_B, _M, _E, _NB, _NE, _HB, _HE)):
        err("markup left")
    if bool(spans) != pii:
        err(f"has spans = {bool(spans)} but scenario pii = {pii}")
    prev_end = -1
    for a, b, label, value in spans:
        if label not in LABELS:
            err(f"label {label}")
        if not (0 <= a < b <= len(text)) or text[a:b] != value:
            err(f"span mismatch {value!r}")
        if a < prev_end:
            err(f"overlap at {value!r}")
        prev_end = b
        if value != value.strip() or (value[0] in "([{,;:.-\"'" and not (label == "PHONE" and value[0] == "(")) \
                or value[-1] in ",;:!?)]}\"'-":
            err(f"span edge {label} {value!r}")
        if value.endswith(".") and not (label == "PERSON" and re.search(r"(?:^|[\s.])[A-Z]\.$", value)):
            err(f"span ends with a dot {label} {value!r}")
        if not VALIDATORS[label](value):
            err(f"invalid {label} {value!r}")
        if is_org_value(label, value):
            err(f"organisation value labelled {label} {value!r}")
        if label == "DATE_OF_BIRTH":
            before = text[max(0, a - 100):a]
            line_start = text.rfind("\n", 0, a) + 1
            line = text[line_start:text.find("\n", a) if text.find("\n", a) >= 0 else len(text)]
            table_ok = ("|" in line or ";" in line) and BIRTH_WORDS.search(text[:line_start])
            if not BIRTH_WORDS.search(before) and not table_ok:
                err(f"no birth word before DOB {value!r}")
    span_ranges = [(a, b) for a, b, _, _ in spans]
    org_ranges = [(mo.start(), mo.end()) for mo in ORG_EMAIL_RE.finditer(text)]
    for ib in ORG["ibans"]:   # the organisation's IBANs in any written form (their digits contain a mobile shape)
        pat = r"[ \u00a0]?".join(re.escape(ch) for ch in ib)
        org_ranges += [(mo.start(), mo.end()) for mo in re.finditer(pat, text, re.I)]
    masked = mask(text, span_ranges + org_ranges)
    masked_hn = mask(masked, hns)
    # repeats of labelled values
    for a, b, label, value in spans:
        if len(value) >= 3 and value in masked:
            err(f"unlabelled repeat of {label} {value!r}")
    # e-mail addresses
    for mo in EMAIL_RE.finditer(masked):
        err(f"unlabelled e-mail {mo.group(0)!r}")
    # IBANs
    for mo in re.finditer(r"(?i)(?<![\w])[A-Z]{2}\d{2}(?:[ \u00a0.\-]?[A-Z0-9]){10,32}", masked):
        c = iban_compact(mo.group(0))
        for L in range(15, min(len(c), 34) + 1):
            if iban_valid(c[:L]) and c[:L] not in ORG["ibans"]:
                err(f"unlabelled IBAN {mo.group(0)!r}")
    # BSN-shaped numbers passing the elfproef
    for mo in re.finditer(r"(?<![\w.,/\-])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .\-]\d{3}[ .\-]\d{3}|\d{2}\.\d{2}\.\d{2}\.\d{3})"
                          r"(?![\w]|[.,\-/]\d)", masked):
        c = re.sub(r"\D", "", mo.group(0))
        if elfproef(c):
            ls = masked.rfind("\n", 0, mo.start()) + 1
            if not REF_WORDS.search(masked[max(ls, mo.start() - 40):mo.start()]):
                err(f"elfproef-valid number without a reference word {mo.group(0)!r}")
    # the 8-digit BSN form (leading zero dropped) after a BSN word
    for mo in re.finditer(r"(?i)(bsn|burgerservicenummer|sofi)[^\d\n]{0,15}(?<!\d)(\d{8})(?!\d)", masked):
        if elfproef(mo.group(2).zfill(9)):
            err(f"unlabelled 8-digit BSN {mo.group(2)!r}")
    # cards
    for mo in re.finditer(r"(?<![\d*])\d(?:[ \-]?\d){11,18}(?!\d)", masked):
        if card_valid(mo.group(0)):
            err(f"unlabelled card {mo.group(0)!r}")
    # IPv4 / IPv6
    for mo in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\d|\.\d)", masked):
        if ip_public(mo.group(0)) and not VERSION_WORDS.search(masked[max(0, mo.start() - 80):mo.start()]):
            err(f"unlabelled public IPv4 {mo.group(0)!r}")
    for mo in re.finditer(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])", masked):
        if ip_public(mo.group(0)):
            err(f"unlabelled public IPv6 {mo.group(0)!r}")
    # phone numbers (international and national written forms)
    for mo in re.finditer(r"(?<![\w+])(?:\+|00)\d{2}[\s\-./()]*(?:\(0\)[\s\-.]*)?\d(?:[\s\-./]?\d){5,12}", masked):
        if phone_valid(mo.group(0), org_ok=True) and phone_key(mo.group(0)) not in ORG_PHONE_KEYS:
            err(f"unlabelled phone {mo.group(0)!r}")
    for mo in re.finditer(r"(?<![\w+.,])\(?0\d{1,4}\)?(?:[\s\-./]{0,3}\d){5,10}(?![\d])", masked):
        cand = mo.group(0)
        if phone_valid(cand, org_ok=True) and phone_key(cand) not in ORG_PHONE_KEYS:
            # national numbers that are not NL/BE/DE/UK-valid are fine; dates (dd-mm-yyyy) are excluded by shape
            if not re.match(r"\d{2}[-.]\d{2}[-.]\d{4}", cand):
                err(f"unlabelled national phone {cand!r}")
    # NL postcodes (upper case)
    for mo in re.finditer(r"(?<![\w])([1-9]\d{3}) ?([A-Z]{2})(?![\w])", masked_hn):
        pair = mo.group(2)
        if pair in UNIT_PAIRS or pair in ("SA", "SD", "SS") or mo.group(0) in ORG_POSTCODES:
            continue
        err(f"unlabelled postcode-shaped {mo.group(0)!r}")
    # btw / OB numbers
    for mo in re.finditer(r"(?i)(?<![\w])(?:NL)?[ ]?\d{9}[ ]?B[ ]?\d{2}(?![\w])", masked):
        if btw_compact(mo.group(0)) not in ORG["btw"] and "NL" + btw_compact(mo.group(0)) not in ORG["btw"]:
            err(f"unlabelled btw/OB number {mo.group(0)!r}")
    # KvK numbers
    for mo in re.finditer(r"(?i)(kvk|kamer van koophandel|chamber of commerce|handelsregister)\D{0,30}?(\d{8})(?!\d)",
                          masked):
        if mo.group(2) not in ORG["kvk"]:
            err(f"unlabelled KvK number {mo.group(2)!r}")
    # birth dates
    for mo in BIRTH_WORDS.finditer(masked):
        after = masked[mo.end():mo.end() + 40]
        dm = re.match(r"[\s:.]*(?:op|am|on|den|le|is)?[\s:]*(" + DATE_RE + ")", after)
        if dm and dob_valid(dm.group(1)):
            err(f"unlabelled date after a birth word {dm.group(1)!r}")
    # kentekens and plates
    for mo in re.finditer(r"(?<![\w\-])[A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,3}(?![\w\-])", masked_hn):
        if kenteken_sidecode(mo.group(0)):
            err(f"unlabelled kenteken-shaped {mo.group(0)!r}")
    for mo in re.finditer(r"(?i)(kenteken|kennzeichen|plate|nummerplaat)\W{1,5}([A-Za-z0-9\- ]{6,10})", masked_hn):
        tok = mo.group(2).strip()
        if plate_valid(tok) or kenteken_sidecode(tok.split()[0] if tok.split() else tok):
            err(f"unlabelled plate after plate word {tok!r}")
    # document numbers after document words
    for mo in re.finditer(r"(?i)(paspoort|passport|id-kaart|identiteitskaart|reisepass|personalausweis|ausweis|"
                          r"documentnummer|residence|verblijfsdocument|kinderreisepass)[^\n]{0,40}", masked):
        for tm in re.finditer(r"(?<![\w-])([A-Z0-9]{9}|[A-Z]{2}\d{7}|[A-Z]\d{7,8}|\d{9}|(?:I|II|III|IV|V)-V[A-Z0-9]{8})(?![\w])",
                              mo.group(0)):
            if doc_valid(tm.group(0)) and re.search(r"\d", tm.group(0)):
                err(f"unlabelled document number {tm.group(0)!r}")
    # names from the inline lists and staff
    nm_masked = mask(masked, nps)
    for mo in NAME_RE.finditer(nm_masked):
        err(f"unlabelled name token {mo.group(0)!r}")
    return errs


# e-mails and letters pasted from Windows clients keep their CRLF line ends
CRLF_TEXTS = {("nl_terugbetaling", 0), ("nl_claimbureau", 0), ("nl_np_autoreply", 0), ("en_claims_agency", 0),
              ("en_np_auto_reply", 0), ("de_weiterleitung", 0), ("de_fluggastrechte", 1), ("de_np_autoreply", 0),
              ("nl_zakelijke_factuur", 0)}


def build():
    items = []
    for name, lang, pii, f in SCENARIOS:
        for k in (0, 1):
            rng = random.Random(f"{SEED}:{name}:{k}")
            marked = f(rng, k)
            if (name, k) in CRLF_TEXTS:
                marked = crlf(marked)
            text, spans, nps, hns = render(marked)
            items.append({"scenario": name, "lang": lang, "pii": pii, "k": k, "text": text, "spans": spans,
                          "nps": nps, "hns": hns})
    out = []
    for lang in ("nl", "en", "de"):
        lst = [x for x in items if x["lang"] == lang]
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(lst)
        for i, x in enumerate(lst, 1):
            x["id"] = f"{PREFIX}-{lang}-{i:03d}"
            out.append(x)
    return out


def to_record(x):
    t = x["text"]
    spans = []
    for a, b, label, _ in x["spans"]:
        sb = len(t[:a].encode("utf-8"))
        eb = sb + len(t[a:b].encode("utf-8"))
        spans.append({"start": sb, "end": eb, "label": label})
    return {"id": x["id"], "lang": x["lang"], "text": t, "spans": spans}


def audit(items, payload):
    errs = []
    for x in items:
        errs += audit_record(x)
    texts = [x["text"] for x in items]
    if len(set(texts)) != len(texts):
        errs.append("duplicate texts")
    counts = {lang: sum(1 for x in items if x["lang"] == lang) for lang in ("nl", "en", "de")}
    if counts != {"nl": 60, "en": 50, "de": 40} or len(items) != 150:
        errs.append(f"language counts {counts}")
    free = sum(1 for x in items if not x["spans"])
    if free / len(items) < 0.35:
        errs.append(f"PII-free share {free}/{len(items)} < 35 %")
    # re-read the serialised JSONL and re-slice every span from the UTF-8 bytes
    lines = payload.decode("utf-8").split("\n")
    if lines[-1] != "" or len(lines) != 151:
        errs.append("JSONL line count")
    for line, x in zip(lines, items):
        rec = json.loads(line)
        if set(rec) != {"id", "lang", "text", "spans"} or rec["id"] != x["id"] or rec["lang"] != x["lang"]:
            errs.append(f"record keys/id {rec.get('id')}")
        bt = rec["text"].encode("utf-8")
        if len(rec["spans"]) != len(x["spans"]):
            errs.append(f"{rec['id']}: span count")
        last = 0
        for sp, (_, _, label, value) in zip(rec["spans"], x["spans"]):
            if set(sp) != {"start", "end", "label"} or sp["label"] != label or sp["start"] < last:
                errs.append(f"{rec['id']}: span fields/order")
            last = sp["end"]
            try:
                got = bt[sp["start"]:sp["end"]].decode("utf-8")
            except UnicodeDecodeError:
                errs.append(f"{rec['id']}: span not on a character boundary")
                continue
            if got != value:
                errs.append(f"{rec['id']}: byte slice {got!r} != {value!r}")
    return errs


def stats(items):
    from collections import Counter
    c = {lang: Counter() for lang in ("nl", "en", "de")}
    for x in items:
        for _, _, label, _ in x["spans"]:
            c[x["lang"]][label] += 1
    print(f"{'label':<15}{'nl':>6}{'en':>6}{'de':>6}{'total':>7}")
    for label in LABELS:
        row = [c[l][label] for l in ("nl", "en", "de")]
        print(f"{label:<15}{row[0]:>6}{row[1]:>6}{row[2]:>6}{sum(row):>7}")
    tot = [sum(c[l].values()) for l in ("nl", "en", "de")]
    print(f"{'all':<15}{tot[0]:>6}{tot[1]:>6}{tot[2]:>6}{sum(tot):>7}")
    for lang in ("nl", "en", "de"):
        lst = [x for x in items if x["lang"] == lang]
        print(f"{lang}: {len(lst)} messages, {sum(1 for x in lst if not x['spans'])} without personal data")
    free = sum(1 for x in items if not x["spans"])
    print(f"PII-free: {free}/{len(items)} = {100 * free / len(items):.1f} %")
    lens = sorted(len(x["text"].encode("utf-8")) for x in items)
    print(f"length bytes: min {lens[0]}, median {lens[len(lens) // 2]}, max {lens[-1]}")
    print(f"non-ASCII texts: {sum(1 for x in items if any(ord(ch) > 127 for ch in x['text']))}; "
          f"emoji (4-byte) texts: {sum(1 for x in items if any(ord(ch) > 0xFFFF for ch in x['text']))}; "
          f"CRLF texts: {sum(1 for x in items if chr(13) + chr(10) in x['text'])}; "
          f"NBSP texts: {sum(1 for x in items if chr(160) in x['text'])}")


def main():
    n = self_test()
    print(f"self test: {n} checks passed")
    items = build()
    payload = "".join(json.dumps(to_record(x), ensure_ascii=False) + "\n" for x in items).encode("utf-8")
    errs = audit(items, payload)
    if errs:
        for e in errs:
            print("AUDIT:", e)
        print(f"{len(errs)} audit errors – gold.jsonl NOT written")
        sys.exit(1)
    print("audit: ok")
    stats(items)
    if "--check" in sys.argv:
        print("sha256 (not written):", hashlib.sha256(payload).hexdigest())
        return
    with open(OUT, "wb") as fh:
        fh.write(payload)
    with open(OUT, "rb") as fh:
        again = fh.read()
    assert again == payload and not audit(items, again)
    print("wrote", OUT)
    print("sha256:", hashlib.sha256(again).hexdigest())


if __name__ == "__main__":
    main()
