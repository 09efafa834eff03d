#!/usr/bin/env python3
"""heldout10 — held-out evaluation set for pii-scrubber.

A fibre-internet, TV and mobile provider (Glasnet B.V., Zwolle, fictional): technician reports, pasted
router and app logs, number porting, SIM swaps, call-detail disputes, billing, identity checks, social
media and forwarded e-mail chains, in nl/en/de.

Python 3.11, standard library only. Deterministic: every instance has its own seeded RNG, nothing
depends on hash order. Run `python3 make.py` to (re)write gold.jsonl next to this file; the script
runs self_test() first and audit() on every record, and refuses to write if anything fails.
"""
import datetime
import hashlib
import ipaddress
import json
import random
import re
import sys
import textwrap
import unicodedata
from pathlib import Path

SEED = "heldout10-glasnet-2025"
HERE = Path(__file__).resolve().parent
OUT = HERE / "gold.jsonl"

LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# ---------------------------------------------------------------------------------------------
# Markup: mark(LABEL, value) wraps a value in private-use sentinels; render() strips them and
# records UTF-8 byte offsets.
# ---------------------------------------------------------------------------------------------
M_OPEN, M_SEP, M_CLOSE = "\ue000", "\ue001", "\ue002"


def mark(label, value):
    assert label in LABELS, label
    value = str(value)
    assert value, "empty value"
    assert not any(c in value for c in (M_OPEN, M_SEP, M_CLOSE)), value
    return f"{M_OPEN}{label}{M_SEP}{value}{M_CLOSE}"


def P(v): return mark("PERSON", v)
def EM(v): return mark("EMAIL", v)
def PH(v): return mark("PHONE", v)
def IB(v): return mark("IBAN", v)
def BS(v): return mark("BSN", v)
def AD(v): return mark("ADDRESS", v)
def PC(v): return mark("POSTCODE", v)
def CC(v): return mark("CREDIT_CARD", v)
def IP(v): return mark("IP_ADDRESS", v)
def DOB(v): return mark("DATE_OF_BIRTH", v)
def ID(v): return mark("ID_DOCUMENT", v)
def LP(v): return mark("LICENSE_PLATE", v)
def BTW(v): return mark("BTW_ID", v)
def KVK(v): return mark("KVK", v)


def render(marked):
    out = bytearray()
    spans = []
    i = 0
    while True:
        j = marked.find(M_OPEN, i)
        if j < 0:
            out += marked[i:].encode("utf-8")
            break
        out += marked[i:j].encode("utf-8")
        k = marked.index(M_SEP, j)
        e = marked.index(M_CLOSE, k)
        label = marked[j + 1:k]
        value = marked[k + 1:e]
        assert M_OPEN not in value and M_SEP not in value, "nested markup"
        start = len(out)
        out += value.encode("utf-8")
        spans.append({"start": start, "end": len(out), "label": label})
        i = e + 1
    text = out.decode("utf-8")
    assert not any(c in text for c in (M_OPEN, M_SEP, M_CLOSE)), "markup left over"
    return text, spans


def T(s):
    """Dedent a hand-written template and drop the leading/trailing newline."""
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return s.rstrip("\n")


# ---------------------------------------------------------------------------------------------
# The organisation (never labelled)
# ---------------------------------------------------------------------------------------------
ORG = {
    "names": ["Glasnet B.V.", "Glasnet", "Glasnet België BV", "Glasnet Zakelijk", "Glasnet Business",
              "Glasnet Klantenservice", "Glasnet Storingsdienst"],
    "domains": ["glasnet.example"],
    "phones": ["038 760 4400", "088 452 7100", "+32 3 298 41 70", "06 4127 8830"],
    "ibans": ["NL59INGB0006718342", "BE75363041827551"],
    "addresses": ["Spoelhof 21, 8017 KT Zwolle", "Postbus 1460, 8001 BL Zwolle",
                  "Scheldekaai 88, 2030 Antwerpen", "Ambachtsweg 9, 8061 RP Hasselt"],
    "kvk": ["05064418"],
    "btw": ["NL819043217B01", "BE0719346159"],
    "handles": ["@GlasnetNL", "@glasnet", "@glasnet_storing", "@glasnet.be", "@GlasnetHelpt"],
    "products": ["Glasbox 4200 AX", "Glasbox 2100 AC", "GlasTV Box 4K"],
}
ORG_RSIN = "819043217"
ORG_POSTCODES = ["8017 KT", "8001 BL", "8061 RP"]
ORG_STREETS = ["Spoelhof 21", "Postbus 1460", "Scheldekaai 88", "Ambachtsweg 9"]
# infrastructure addresses that are public but identify no customer: Glasnet's resolvers, gateways
# and backbone hops, and well-known public resolvers
INFRA_IPS = ["194.62.217.53", "194.62.217.54", "194.62.216.1", "194.62.216.9", "194.62.208.17",
             "2a0e:7c40::53", "2a0e:7c40::54", "2a0e:7c40:0:1::1",
             "8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "2001:4860:4860::8888",
             "2606:4700:4700::1111", "80.249.211.74", "62.115.45.113"]

# Glasnet employees who appear in messages. They are natural persons and labelled PERSON.
EMP = {
    "dennis": "Dennis Kloosterman",   # monteur
    "rianne": "Rianne Hofstede",      # monteur
    "yusuf": "Yusuf Demir",           # monteur
    "bram": "Bram Eshuis",            # planning
    "lotte": "Lotte Bouma",           # klantenservice
    "anouk": "Anouk Tjon-A-Fong",     # klantenservice
    "karim": "Karim El Idrissi",      # webcare
    "julia": "Julia Brinkmann",       # Kundenservice (DE)
    "wim": "Wim Van Acker",           # Glasnet België
    "femke": "Femke Dijkstra",        # facturatie
}


def first(full):
    return full.split(" ")[0]


# ---------------------------------------------------------------------------------------------
# Checksums and formats (self-tested against the formats reference)
# ---------------------------------------------------------------------------------------------
def elfproef_sum(d9):
    d = [int(c) for c in d9]
    return sum((9 - i) * d[i] for i in range(8)) - d[8]


def bsn_compact(s):
    s = re.sub(r"[ .\-]", "", s)
    if not s.isdigit():
        return None
    return s.zfill(9)


def bsn_valid(s):
    c = bsn_compact(s)
    if c is None or len(c) != 9 or int(c) == 0:
        return False
    return elfproef_sum(c) % 11 == 0


def bank11_valid(s):
    s = re.sub(r"[ .\-]", "", s)
    if not s.isdigit() or len(s) not in (9, 10):
        return False
    n = len(s)
    return sum((n - i) * int(s[i]) for i in range(n)) % 11 == 0


def onderwijsnummer_valid(s):
    c = bsn_compact(s)
    if c is None or len(c) != 9 or not c.startswith("10"):
        return False
    return elfproef_sum(c) % 11 == 5


def mod97_int(s):
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


IBAN_STRUCT = {
    "NL": (18, r"[A-Z]{4}\d{10}"),
    "BE": (16, r"\d{12}"),
    "DE": (22, r"\d{18}"),
    "FR": (27, r"\d{10}[0-9A-Z]{11}\d{2}"),
    "GB": (22, r"[A-Z]{4}\d{14}"),
    "LT": (20, r"\d{16}"),
}


def iban_compact(s):
    return re.sub(r"[ .\-\u00a0]", "", s).upper()


def iban_valid(s):
    c = iban_compact(s)
    cc = c[:2]
    if cc not in IBAN_STRUCT:
        return False
    length, bban = IBAN_STRUCT[cc]
    if len(c) != length or not c[2:4].isdigit() or not re.fullmatch(bban, c[4:]):
        return False
    if c[2:4] in ("00", "01", "99"):
        return False
    if mod97_int(c[4:] + c[:4]) != 1:
        return False
    if cc == "BE":
        first10, chk = int(c[4:14]), int(c[14:16])
        if (first10 % 97 or 97) != chk:
            return False
    return True


def iban_make(cc, bban):
    n = mod97_int(bban + cc + "00")
    return f"{cc}{98 - n:02d}{bban}"


def iban_group(iban, sep=" "):
    return sep.join(iban[i:i + 4] for i in range(0, len(iban), 4))


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_brand(digits):
    n = len(digits)
    if digits[0] == "4" and n in (13, 16, 19):
        return "visa"
    if 51 <= int(digits[:2]) <= 55 and n == 16:
        return "mastercard"
    if 2221 <= int(digits[:4]) <= 2720 and n == 16:
        return "mastercard"
    if digits[:2] in ("34", "37") and n == 15:
        return "amex"
    if (digits[:2] in ("50",) or 56 <= int(digits[:2]) <= 69) and 12 <= n <= 19:
        return "maestro"
    if (digits[:4] == "6011" or 644 <= int(digits[:3]) <= 649 or digits[:2] == "65") and 16 <= n <= 19:
        return "discover"
    if 3528 <= int(digits[:4]) <= 3589 and 16 <= n <= 19:
        return "jcb"
    if (300 <= int(digits[:3]) <= 305 or digits[:4] == "3095" or digits[:2] in ("36", "38", "39")) and 14 <= n <= 19:
        return "diners"
    return None


def card_valid(s):
    d = re.sub(r"[ \-]", "", s)
    return d.isdigit() and card_brand(d) is not None and luhn_ok(d)


def imei_valid(s):
    d = re.sub(r"[ \-/]", "", s)
    return len(d) == 15 and d.isdigit() and luhn_ok(d)


def iccid_valid(s):
    d = re.sub(r"[ \-]", "", s)
    return d.isdigit() and len(d) in (19, 20) and d.startswith("89") and luhn_ok(d)


# --- NL phone numbering plan (libphonenumber NL metadata as quoted in the reference) -------------
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


def nl_type(nsn):
    for name, rx in (("fixed", NL_FIXED), ("mobile", NL_MOBILE), ("tollfree", NL_TOLLFREE),
                     ("premium", NL_PREMIUM), ("voip", NL_VOIP), ("pager", NL_PAGER), ("uan", NL_UAN)):
        if rx.fullmatch(nsn):
            return name
    return None


def be_type(nsn):
    if re.fullmatch(r"4[5-9]\d{7}", nsn):
        return "mobile"
    if len(nsn) == 8 and nsn.isdigit():
        if nsn[0] in "23":
            return "fixed" if nsn[1] in "2345678" else None
        if nsn[0] == "9":
            return "fixed" if nsn[1] in "234" else None
        if nsn[0] in "15678":
            return "fixed"
    return None


def de_type(nsn):
    if re.fullmatch(r"15\d{9,10}|1[67]\d{8,9}", nsn):
        return "mobile"
    if re.fullmatch(r"[2-9]\d{6,10}", nsn):
        return "fixed"
    return None


def uk_type(nsn):
    # only Ofcom's drama ranges are used in this set
    if re.fullmatch(r"7700900\d{3}", nsn):
        return "mobile"
    if re.fullmatch(r"1\d{2}4960\d{3}|2079460\d{3}", nsn):
        return "fixed"
    return None


INTL = {  # country code -> validator of the national significant number
    "31": nl_type, "32": be_type, "49": de_type, "44": uk_type,
    "212": lambda n: "mobile" if re.fullmatch(r"[67]\d{8}", n) else ("fixed" if re.fullmatch(r"5\d{8}", n) else None),
    "90": lambda n: "mobile" if re.fullmatch(r"5\d{9}", n) else ("fixed" if re.fullmatch(r"[2-4]\d{9}", n) else None),
    "48": lambda n: "mobile" if re.fullmatch(r"(?:5[0137-9]|6[069]|7[2389]|88)\d{7}", n) else None,
    "597": lambda n: "mobile" if re.fullmatch(r"8\d{6}", n) else ("fixed" if re.fullmatch(r"[2-5]\d{5}", n) else None),
    "62": lambda n: "mobile" if re.fullmatch(r"8[1-9]\d{7,10}", n) else None,
    "91": lambda n: "mobile" if re.fullmatch(r"[6-9]\d{9}", n) else None,
}


def phone_parse(s, region="NL"):
    """Return (cc, nsn, type) or None. Accepts the written variants of the reference."""
    t = s.strip()
    t = t.replace("\u00a0", " ")
    t = re.sub(r"\(\s*0\s*\)", "", t)          # +31 (0)6 …
    raw = re.sub(r"[\s\-./()]", "", t)
    if raw.startswith("+"):
        body = raw[1:]
    elif raw.startswith("00"):
        body = raw[2:]
    else:
        body = None
    if body is not None:
        if not body.isdigit():
            return None
        for cc in sorted(INTL, key=len, reverse=True):
            if body.startswith(cc):
                nsn = body[len(cc):]
                if cc in ("31", "32", "49", "44") and nsn.startswith("0"):
                    nsn = nsn[1:]               # redundant trunk 0 (+31 0 6 …)
                typ = INTL[cc](nsn)
                return (cc, nsn, typ) if typ else None
        return None
    if not raw.isdigit() or not raw.startswith("0") or raw.startswith("00"):
        return None
    cc = {"NL": "31", "BE": "32", "DE": "49", "UK": "44"}[region]
    nsn = raw[1:]
    typ = INTL[cc](nsn)
    return (cc, nsn, typ) if typ else None


def phone_valid_any(s):
    for region in ("NL", "BE", "DE", "UK"):
        r = phone_parse(s, region)
        if r:
            return r
    return None


def e164(s):
    r = phone_valid_any(s)
    return f"+{r[0]}{r[1]}" if r else None


ORG_E164 = []  # filled after the self test


# --- postcodes -----------------------------------------------------------------------------------
UNIT_PAIRS = {"KB", "MB", "GB", "TB", "PB", "KM", "CM", "MM", "KG", "PK", "HZ", "MS", "MA", "AX", "AC", "DB", "HD",
              "TV", "GE", "BE", "AN", "EN", "IN", "OP", "OM", "OF", "IS", "AL", "NA", "NU", "IK", "JE", "WE", "ZE",
              "ZO", "JA", "TE", "GA", "DE", "AT", "ON", "OR", "TO", "BY", "AS"}


def nl_postcode_valid(s):
    c = re.sub(r"[ \-]", "", s).upper()
    if c.startswith("NL"):
        c = c[2:]
    return bool(re.fullmatch(r"[1-9]\d{3}[A-Z]{2}", c)) and c[4:] not in ("SA", "SD", "SS")


UK_PC = re.compile(r"(?:[A-Z]{1,2}\d[A-Z\d]?|[A-Z]{1,2}\d{2}) ?\d[ABD-HJLNP-UW-Z]{2}")


def postcode_valid(s):
    if nl_postcode_valid(s):
        return True
    if re.fullmatch(r"[1-9]\d{3}", s):          # BE
        return True
    if re.fullmatch(r"\d{5}", s) and s != "00000":  # DE
        return True
    return bool(UK_PC.fullmatch(s))


# --- documents, plates ---------------------------------------------------------------------------
def nl_docnr_valid(s):
    c = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}[0-9]", c)) and "O" not in c


def de_ausweis_valid(s):
    return bool(re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}", s))


def id_document_valid(s):
    return (nl_docnr_valid(s) or bool(re.fullmatch(r"\d{10}", s)) or de_ausweis_valid(s)
            or bool(re.fullmatch(r"\d{9}", s)))


SIDECODES = {1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX",
             7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX",
             13: "9-XX-999", 14: "999-XX-9"}
BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS"]


def kenteken_sidecode(s):
    c = s.upper().replace(" ", "-")
    for sc, pat in SIDECODES.items():
        rx = "".join("[A-Z]" if ch == "X" else (r"\d" if ch == "9" else "-") for ch in pat)
        rx_compact = "".join("[A-Z]" if ch == "X" else r"\d" for ch in pat if ch != "-")
        if re.fullmatch(rx, c) or ("-" not in c and re.fullmatch(rx_compact, c)):
            letters = re.findall(r"[A-Z]+", c) if "-" in c else None
            if letters is None:
                # split the compact form along the pattern
                parts, pos = [], 0
                for grp in pat.split("-"):
                    parts.append(c[pos:pos + len(grp)])
                    pos += len(grp)
                letters = [p for p in parts if p.isalpha()]
            banned = BANNED + (["KVT", "VVD"] if sc >= 8 else []) + (["SP"] if sc >= 13 else [])
            if any(b in grp for grp in letters for b in banned):
                return None
            if sc >= 4 and any(ch in "AEIOUCQ" for grp in letters for ch in grp):
                return None
            return sc
    return None


def de_kennzeichen_valid(s):
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9]\d{0,3}[EH]?", s))


def plate_valid(s):
    return kenteken_sidecode(s) is not None or de_kennzeichen_valid(s)


# --- btw, kvk ------------------------------------------------------------------------------------
def btw_compact(s):
    return re.sub(r"[ .\-]", "", s).upper()


def btw_id_valid(s):
    """New-style btw-id: NL + 9 digits + B + 2 digits, MOD 97-10 in place, digits fail the elfproef."""
    c = btw_compact(s)
    if not re.fullmatch(r"NL\d{9}B\d{2}", c) or c.endswith("B00"):
        return False
    return mod97_int(c) == 1 and not bsn_valid(c[2:11])


def ob_nummer_valid(s):
    c = btw_compact(s)
    if c.startswith("NL"):
        c = c[2:]
    return bool(re.fullmatch(r"\d{9}B\d{2}", c)) and not c.endswith("B00") and bsn_valid(c[:9])


def stdnum_btw_valid(s):
    c = btw_compact(s)
    if not c.startswith("NL"):
        c = "NL" + c
    if not re.fullmatch(r"NL\d{9}B\d{2}", c) or c.endswith("B00") or int(c[2:11]) == 0:
        return False
    return bsn_valid(c[2:11]) or mod97_int(c) == 1


def be_vat_valid(s):
    c = re.sub(r"[ .\-]", "", s).upper()
    if c.startswith("BE"):
        c = c[2:]
    if len(c) == 9:
        c = "0" + c
    return bool(re.fullmatch(r"[01]\d{9}", c)) and 97 - int(c[:8]) % 97 == int(c[8:])


def de_ustid_valid(s):
    """DE USt-IdNr: DE + 9 digits, ISO 7064 MOD 11,10 check digit."""
    c = re.sub(r"[ .\-]", "", s).upper()
    if c.startswith("DE"):
        c = c[2:]
    if not re.fullmatch(r"[1-9]\d{8}", c):
        return False
    p = 10
    for ch in c[:8]:
        t = (int(ch) + p) % 10 or 10
        p = (2 * t) % 11
    return (11 - p) % 10 == int(c[8])


def kvk_valid(s):
    return bool(re.fullmatch(r"\d{8}", s))


# --- e-mail, IP ------------------------------------------------------------------------------------
EMAIL_RX = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
                      r"[A-Za-z]{2,24}(?![\w-])")
TLDS = {"nl", "be", "de", "com", "net", "org", "eu", "uk", "frl", "info", "example", "io", "me"}


def email_valid(s):
    if not EMAIL_RX.fullmatch(s):
        return False
    return s.rsplit(".", 1)[1].lower() in TLDS


def ip_global(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global and not a.is_multicast


def ip_syntax(s):
    try:
        ipaddress.ip_address(s)
        return True
    except ValueError:
        return False


# --- dates ---------------------------------------------------------------------------------------
MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "febr": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dec": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10,
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juli": 7, "oktober": 10, "dezember": 12,
    "mar": 3, "oct": 10, "august": 8,
}


def parse_date(s):
    s = s.strip()
    m = re.fullmatch(r"(\d{1,2})([-/. ])(\d{1,2})\2(\d{4})", s)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
    else:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
        if m:
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th|\.)? ([A-Za-zäÄ]+)\.? (\d{4})", s)
            if m and m.group(2).lower() in MONTHS:
                d, mo, y = int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3))
            else:
                m = re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?, (\d{4})", s)
                if m and m.group(1).lower() in MONTHS:
                    d, mo, y = int(m.group(2)), MONTHS[m.group(1).lower()], int(m.group(3))
                else:
                    return None
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def dob_valid(s):
    dt = parse_date(s)
    return dt is not None and 1900 <= dt.year <= 2025


# --- addresses -----------------------------------------------------------------------------------
STREET_WORD = r"[A-ZÄÖÜÉa-zäöüßéèëïçşğıłńśźż'’.\-]+"
ADDR_RX = [
    re.compile(rf"(?:{STREET_WORD} )*{STREET_WORD} \d{{1,5}}(?:[a-zA-Z]{{1,2}}| [a-zA-Z]|-\d{{1,3}}|-[A-Za-z]{{1,3}}| bus \d{{1,3}}|/\d{{1,3}}| hs| II| III|-II|-bis| bis)?"),
    re.compile(rf"\d{{1,4}}[a-z]? (?:{STREET_WORD} )*{STREET_WORD}"),            # UK: 72 Green Lane
    re.compile(r"Postbus \d{1,5}|Postfach \d{1,6}|P\.O\. Box \d{1,5}"),
]


def address_valid(s):
    return any(rx.fullmatch(s) for rx in ADDR_RX) and bool(re.search(r"[A-Za-zÄÖÜäöü]{3}", s))


def person_valid(s):
    if not re.search(r"[^\W\d_]{2}", s):
        return False
    if re.search(r"\d|@|#|https?:|www\.", s):
        return False
    return all(re.fullmatch(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?|[A-Z]\.(?:[A-Z]\.)*|,|'t", tok) for tok in s.replace(",", " , ").split())


VALIDATORS = {
    "PERSON": person_valid,
    "EMAIL": email_valid,
    "PHONE": lambda s: phone_valid_any(s) is not None and phone_valid_any(s)[2] not in ("tollfree", "premium"),
    "IBAN": iban_valid,
    "BSN": lambda s: bsn_valid(s) if not s.upper().startswith("NL") else ob_nummer_valid(s),
    "ADDRESS": address_valid,
    "POSTCODE": postcode_valid,
    "CREDIT_CARD": card_valid,
    "IP_ADDRESS": ip_global,
    "DATE_OF_BIRTH": dob_valid,
    "ID_DOCUMENT": id_document_valid,
    "LICENSE_PLATE": plate_valid,
    "BTW_ID": btw_id_valid,
    "KVK": kvk_valid,
}


# ---------------------------------------------------------------------------------------------
# Self test against the reference's vectors
# ---------------------------------------------------------------------------------------------
def self_test():
    # BSN
    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303",
              "103349856", "044126396", "656412689", "460455977", "879119330", "999999990", "111111110"]:
        assert bsn_valid(v), v
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        assert not bsn_valid(v), v
    assert bank11_valid("999999990") and bank11_valid("111111110") and bank11_valid("123456789")
    assert onderwijsnummer_valid("101222331") and not onderwijsnummer_valid("100252333")
    # IBAN
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789",
              "NL20INGB0001234567", "NL39RABO0300065264", "NL44RABO0123456789", "NL86INGB0002445588",
              "NL68KNAB0123456789", "NL32BUNQ2012345678", "BE71 0961 2345 6769", "DE89370400440532013000",
              "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606", "FR76 3000 6000 0112 3456 7890 189",
              "GB82WEST12345698765432"]:
        assert iban_valid(v), v
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300",
              "DE89370400440532013001", "BE68539007547035"]:
        assert not iban_valid(v), v
    assert mod97_int("539007547034" + "BE68") == 1          # BE68539007547034: mod-97 valid
    assert iban_make("NL", "KNAB0123456789") == "NL68KNAB0123456789"
    assert iban_make("NL", "BUNQ2012345678") == "NL32BUNQ2012345678"
    # NL phones
    for v, e in [("06-12345678", "+31612345678"), ("+31 (0)6 1234 5678", "+31612345678"),
                 ("0031612345678", "+31612345678"), ("020-1234567", "+31201234567"),
                 ("(020) 123 45 67", "+31201234567"), ("0111-123456", "+31111123456"),
                 ("097012345678", "+3197012345678")]:
        assert e164(v) == e, (v, e164(v))
    for v in ["06 12345678", "06 1234 5678", "06-12 34 56 78", "06 - 123 456 78", "0612345678", "(06) 12345678",
              "+31 6 12345678", "+316-12345678", "+31 (0) 6-123 456 78", "+31 0 6 12345678", "0031 6 1234 5678",
              "020 123 4567", "+31(0)20-1234567", "0031-(0)20-1234567", "+31-20-1234567", "+31.20.123.45.67",
              "020/1234567"]:
        assert phone_parse(v) is not None, v
    assert phone_parse("085 123 4567")[2] == "voip" and phone_parse("091 123 4567")[2] == "voip"
    assert phone_parse("088 123 4567")[2] == "uan" and phone_parse("066 123 4567")[2] == "pager"
    for v in ["0800-1234", "0800 1234567"]:
        assert phone_parse(v)[2] == "tollfree", v
    for v in ["0900-1234567", "0906-1234", "0909-1234"]:
        assert phone_parse(v)[2] == "premium", v
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "069 1234567",
              "0676 123456", "020-123456", "012-3456789", "0800-123"]:
        assert phone_parse(v) is None, v
    # BE / DE / UK
    for v in ["+32 470 12 34 56", "0470 12 34 56", "02 511 22 33", "09 265 12 34", "050 44 86 86"]:
        assert phone_parse(v, "BE") is not None, v
    for v in ["+32 470 12 34 5", "02 123 45 67", "09 123 45 67"]:
        assert phone_parse(v, "BE") is None, v
    for v in ["+49 30 12345678", "0151 23456789", "+49 (0)221 1234567", "0049 171 1234567"]:
        assert phone_parse(v, "DE") is not None, v
    assert phone_parse("+49 151 234", "DE") is None
    assert phone_parse("07700 900123", "UK") and phone_parse("+44 7700 900 456")
    assert phone_parse("0113 496 0123", "UK") and phone_parse("020 7946 0018", "UK")
    assert phone_parse("07700 123456", "UK") is None
    # postcodes
    for v in ["1012 AB", "1012AB", "1012 ab", "NL-2611ET", "9999 ZZ", "1000 AA"]:
        assert nl_postcode_valid(v), v
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        assert not nl_postcode_valid(v), v
    assert UK_PC.fullmatch("SW1A 1AA") and UK_PC.fullmatch("M1 1AE") and not UK_PC.fullmatch("1234 AB")
    # documents
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        assert nl_docnr_valid(v), v
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        assert not nl_docnr_valid(v), v
    assert de_ausweis_valid("LZ6311T47") and not de_ausweis_valid("LZ6311T4")
    # kenteken: all sidecode examples valid, invalid vectors rejected
    for v, sc in [("AB-12-34", 1), ("12-34-XY", 2), ("12-AB-34", 3), ("GB-12-DF", 4), ("XB-PK-12", 5),
                  ("12-DF-GH", 6), ("12-GBX-3", 7), ("1-KBB-12", 8), ("VB-123-X", 9), ("G-123-BB", 10),
                  ("GBB-12-X", 11), ("G-12-BBB", 12), ("1-BB-123", 13), ("123-BB-1", 14)]:
        assert kenteken_sidecode(v) == sc, (v, kenteken_sidecode(v))
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        assert kenteken_sidecode(v) is None, v
    assert kenteken_sidecode("GBB12X") == 11 and kenteken_sidecode("gbb12x") == 11
    assert de_kennzeichen_valid("NOH-KL 417") and de_kennzeichen_valid("BOR-A 27") and not de_kennzeichen_valid("NOH-417")
    # btw
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        assert mod97_int(btw_compact(v)) == 1 and stdnum_btw_valid(v), v
    assert btw_id_valid("NL000099998B57") and btw_id_valid("NL002455799B11")
    assert ob_nummer_valid("NL004495445B01") and stdnum_btw_valid("NL004495445B01") and not btw_id_valid("NL004495445B01")
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL111234567B01", "NL12345678B01"]:
        assert not stdnum_btw_valid(v) and not btw_id_valid(v), v
    assert be_vat_valid("BE0403019261") and not be_vat_valid("BE0403019262")
    assert de_ustid_valid("DE136695976") and not de_ustid_valid("DE136695977")
    assert ob_nummer_valid(ORG["btw"][0]) and be_vat_valid(ORG["btw"][1])
    # KvK
    assert kvk_valid("12345678") and kvk_valid("69599084") and not kvk_valid("1234567") and not kvk_valid("123456789")
    # cards and their traps
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "30569309025904", "6759649826438453"]:
        assert card_valid(v), v
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678"]:
        assert not card_valid(v), v
    assert luhn_ok("490154203237518") and not card_valid("490154203237518") and imei_valid("490154203237518")
    # e-mail
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM",
              "info@bakkerij-de-groot.frl"]:
        assert email_valid(v), v
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld", "icon@2x.png"]:
        assert not email_valid(v), v
    # IP
    for v in ["192.168.1.10", "8.8.8.8", "255.255.255.255", "2001:db8::1", "::1", "fe80::1ff:fe23:4567:890a",
              "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "::ffff:192.0.2.128"]:
        assert ip_syntax(v), v
    for v in ["256.1.1.1", "192.168.1", "1.2.3.4.5", "010.001.001.001", "2001:db8:::1", "1::2::3",
              "2001:db8::g1", "12:30:45", "00:1A:2B:3C:4D:5E"]:
        assert not ip_syntax(v), v
    for v in ["192.168.178.1", "10.0.0.138", "127.0.0.1", "192.0.2.15", "203.0.113.24", "198.51.100.7",
              "100.64.0.1", "100.127.255.254", "169.254.10.3", "fe80::1", "fd00:ab::1", "2001:db8::5"]:
        assert not ip_global(v), v
    assert ip_global("8.8.8.8") and ip_global("7.29.0.1")   # a version string can be a global address
    assert not ip_global("239.10.12.1")                     # multicast group, not a host
    # dates
    for v in ["12-03-1985", "1-4-1990", "03/07/1979", "29.02.1992", "5 mei 1960", "17 okt. 2001",
              "25. August 1964", "May 16, 1932", "19th May 1996", "1986-07-02"]:
        assert dob_valid(v), v
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999"]:
        assert parse_date(v) is None, v
    # hard-negative helpers
    assert imei_valid("35 209900 176148 1") is luhn_ok("352099001761481")
    assert iccid_valid("893104100000000000" + [c for c in "0123456789" if luhn_ok("893104100000000000" + c)][0])
    # organisation data is valid in its own right
    assert all(iban_valid(v) for v in ORG["ibans"]) and bsn_valid(ORG_RSIN)
    for ph in ORG["phones"]:
        assert phone_valid_any(ph), ph
    assert all(address_valid(a) for a in ORG_STREETS)
    return True


# ---------------------------------------------------------------------------------------------
# Synthetic data: inline lists written for this set (no Faker, no test-data package)
# ---------------------------------------------------------------------------------------------
# (given, particle, surname); particle "" when none
NAMES = {
    "nl": [("Sjoerd", "", "Wiersma"), ("Tjitske", "", "Hiemstra"), ("Jelmer", "", "Postma"), ("Hylke", "", "Bergsma"),
           ("Geertje", "van der", "Meulen"), ("Marloes", "ten", "Hove"), ("Bart", "van", "Dijkhuizen"),
           ("Gerrit-Jan", "", "Schuurman"), ("Henk", "", "Mensink"), ("Annemieke", "", "Klein Gunnewiek"),
           ("Rutger", "van", "Lohuizen"), ("Evelien", "", "Nijhof"), ("Thijs", "te", "Riele"),
           ("Marieke", "", "Oude Luttikhuis"), ("Jolien", "", "Kamphuis"), ("Wessel", "", "ter Avest"),
           ("Ilse", "", "Veldkamp"), ("Harm", "", "Lubberink"), ("Grietje", "", "Zandbergen"), ("Joost", "van 't", "Erve")],
    "tr": [("Elif", "", "Yıldız"), ("Mehmet", "", "Kaya"), ("Ayşe", "", "Öztürk"), ("Emre", "", "Çelik"),
           ("Zeynep", "", "Arslan"), ("Burak", "", "Şahin"), ("Gülşen", "", "Aydın"), ("Serkan", "", "Koç")],
    "ma": [("Fatima", "", "Bouzid"), ("Youssef", "", "Amrani"), ("Nadia", "", "El Khattabi"), ("Soufiane", "", "Benali"),
           ("Hanan", "", "Aouragh"), ("Bilal", "", "Ouahabi"), ("Samira", "", "Tahiri")],
    "sr": [("Rishi", "", "Ramsaran"), ("Shanti", "", "Jagroep"), ("Marvin", "", "Pinas"), ("Ashwin", "", "Mahabier"),
           ("Sharon", "", "Kromosoeto"), ("Glenn", "", "Tjon Sie Fat"), ("Kavita", "", "Bhoendie")],
    "pl": [("Łukasz", "", "Kowalczyk"), ("Agnieszka", "", "Wiśniewska"), ("Katarzyna", "", "Dąbrowska"),
           ("Piotr", "", "Wójcik"), ("Małgorzata", "", "Lewandowska"), ("Tomasz", "", "Zieliński")],
    "id": [("Dewi", "", "Sahertian"), ("Ruben", "", "Pattinama"), ("Sari", "", "Wibowo"), ("Agus", "", "Santoso"),
           ("Ratna", "", "Hutagalung"), ("Yohan", "", "Latumahina")],
    "in": [("Ananya", "", "Iyer"), ("Vikram", "", "Raghunathan"), ("Priya", "", "Venkatesan"), ("Arjun", "", "Malhotra"),
           ("Sneha", "", "Kulkarni"), ("Rohan", "", "Deshpande"), ("Meera", "", "Subramanian")],
    "de": [("Jürgen", "", "Hölscher"), ("Anke", "", "Terhalle"), ("Heike", "", "Bußmann"), ("Matthias", "", "Overbeck"),
           ("Kerstin", "", "Wehming"), ("Lars", "", "Tenbrink"), ("Birgit", "", "Schäfers"), ("Uwe", "", "Kötter"),
           ("Dörte", "", "Lammers"), ("Friedhelm", "", "Brüning")],
    "be": [("Liesbeth", "", "Vercruysse"), ("Jens", "", "Peeters"), ("Hanne", "", "De Smedt"), ("Pieter-Jan", "", "Claeys"),
           ("Annelies", "", "Van den Bossche"), ("Stijn", "", "Verhaegen"), ("Griet", "", "Wuyts"), ("Koen", "", "Van Hoof")],
    "xp": [("Siobhan", "", "Gallagher"), ("Tom", "", "Whitfield"), ("Chloé", "", "Marchand"), ("Diego", "", "Fernández"),
           ("Mateus", "", "Oliveira"), ("Hannah", "", "Lindqvist"), ("Kwabena", "", "Asante"), ("Mei", "", "Lin"),
           ("Oluwaseun", "", "Adeyemi"), ("Giulia", "", "Ferraro"), ("Niamh", "", "O'Connell"), ("Lucas", "", "Moreau")],
}


FEMALE = {"Tjitske", "Geertje", "Marloes", "Annemieke", "Evelien", "Marieke", "Jolien", "Ilse", "Grietje", "Elif", "Ayşe",
          "Zeynep", "Gülşen", "Fatima", "Nadia", "Hanan", "Samira", "Shanti", "Sharon", "Kavita", "Agnieszka",
          "Katarzyna", "Małgorzata", "Dewi", "Sari", "Ratna", "Ananya", "Priya", "Sneha", "Meera", "Anke", "Heike",
          "Kerstin", "Birgit", "Dörte", "Liesbeth", "Hanne", "Annelies", "Griet", "Siobhan", "Chloé", "Hannah", "Mei",
          "Giulia", "Niamh"}
# relatives' given names per heritage: young (male, female) and elder (male, female)
KIN = {"nl": (["Daan", "Sem", "Finn"], ["Fenna", "Noor", "Yara"], ["Hendrik", "Gerrit"], ["Aaltje", "Hillegonda"]),
       "tr": (["Kerem", "Efe"], ["Defne", "Esra"], ["Osman", "Mustafa"], ["Hatice", "Fadime"]),
       "ma": (["Ilias", "Rayan"], ["Lina", "Aya"], ["Abdelkader", "Mohamed"], ["Khadija", "Rahma"]),
       "sr": (["Dinesh", "Romano"], ["Anjali", "Chantal"], ["Radjinder", "Harry"], ["Sunita", "Soekdei"]),
       "pl": (["Kacper", "Jakub"], ["Zofia", "Ola"], ["Zbigniew", "Henryk"], ["Halina", "Jadwiga"]),
       "id": (["Budi", "Rafael"], ["Indah", "Wulan"], ["Soetomo", "Jopie"], ["Lientje", "Nelly"]),
       "in": (["Aarav", "Kabir"], ["Diya", "Isha"], ["Ramesh", "Sundar"], ["Lakshmi", "Savitri"]),
       "de": (["Jonas", "Finn"], ["Lena", "Mia"], ["Heinz", "Bernd"], ["Ursula", "Ingrid"]),
       "be": (["Wout", "Lowie"], ["Ine", "Fien"], ["Jozef", "Gilbert"], ["Godelieve", "Maria"]),
       "xp": (["Oliver", "Sam"], ["Ella", "Rosa"], ["Patrick", "Gerald"], ["Maureen", "Edith"])}
GROUP_OF = {p: g for g, ps in NAMES.items() for p in ps}


def pick(rng, *groups, n=1, gender=None):
    pool = [p for g in groups for p in NAMES[g]
            if gender is None or (gender == "f") == (p[0] in FEMALE)]
    got = rng.sample(pool, n)
    return got[0] if n == 1 else got


def kin(rng, p, gender, elder=False, same_surname=True):
    """A relative of p: given name from p's heritage, same surname."""
    g = GROUP_OF[p]
    name = rng.choice(KIN[g][(2 if elder else 0) + (0 if gender == "m" else 1)])
    return (name, p[1], p[2]) if same_surname else (name, "", "")


def gen_de_ustid(rng):
    while True:
        c = "DE" + str(rng.randint(1, 9)) + rand_digits(rng, 8)
        if de_ustid_valid(c):
            return c


def full(p):
    g, t, s = p
    return " ".join(x for x in (g, t, s) if x)


def sur(p, cap=True):
    """Surname as written when it stands alone (Dutch: particle capitalised)."""
    g, t, s = p
    if not t:
        return s
    return (t[0].upper() + t[1:] + " " + s) if cap else (t + " " + s)


def given(p):
    return p[0]


def initials(p):
    parts = re.split(r"[- ]", p[0])
    ini = "".join(x[0] + "." for x in parts if x)
    return " ".join(x for x in (ini, p[1], p[2]) if x)


# Towns with postcode range, area code (nl) / zone (be) / PLZ and area code (de)
TOWNS_NL = [("Zwolle", (8011, 8045), "038"), ("Kampen", (8261, 8266), "038"), ("Deventer", (7411, 7429), "0570"),
            ("Enschede", (7511, 7548), "053"), ("Hengelo", (7550, 7559), "074"), ("Oldenzaal", (7571, 7577), "0541"),
            ("Losser", (7581, 7582), "053"), ("Denekamp", (7590, 7591), "0541"), ("Hardenberg", (7771, 7773), "0523"),
            ("Coevorden", (7741, 7742), "0524"), ("Emmen", (7811, 7826), "0591"), ("Winterswijk", (7101, 7107), "0543"),
            ("Venlo", (5911, 5928), "077"), ("Kerkrade", (6461, 6471), "045"), ("Meppel", (7941, 7944), "0522"),
            ("Dalfsen", (7721, 7722), "0529"), ("Raalte", (8101, 8103), "0572"), ("Ommen", (7731, 7731), "0529")]
TOWNS_DE = [("Gronau (Westf.)", "48599", "02562"), ("Nordhorn", "48529", "05921"), ("Bad Bentheim", "48455", "05922"),
            ("Emmerich am Rhein", "46446", "02822"), ("Kleve", "47533", "02821"), ("Bocholt", "46397", "02871"),
            ("Aachen", "52062", "0241"), ("Ahaus", "48683", "02561"), ("Emlichheim", "49824", "05943")]
TOWNS_BE = [("Antwerpen", "2018", "03"), ("Turnhout", "2300", "014"), ("Hasselt", "3500", "011"),
            ("Lommel", "3920", "011"), ("Gent", "9000", "09"), ("Genk", "3600", "089"), ("Mol", "2400", "014")]

STREETS_NL = ["Lisdoddestraat", "Reigerweide", "Kievitslaan", "Boterbloempad", "Zilverschoonhof", "Pinksterbloemstraat",
              "Gruttostraat", "Zandloperweg", "Molenkampsweg", "Esdoornlaan", "Haverakker", "Vlasstraat",
              "Weidebeekstraat", "Markeweg", "Lindeboomsweg", "Brinkhof", "Scholtenhoek", "Veldkampstraat",
              "Eekhoornpad", "Laan van de Kiekendief", "Burgemeester Roelofsstraat", "Kamperfoeliestraat",
              "Smient", "Wilgenroosje", "Tichelwerk", "Ganzenmarkt", "Plataanweg", "Oostermaat", "Hooilandsweg"]
STREETS_DE = ["Gildehauser Straße", "Am Dinkelufer", "Vechtestraße", "Lindenallee", "Ochtruper Weg", "Mühlenesch",
              "Kiefernweg", "Wiesenstraße", "Zum Wehr", "Eper Straße", "Am Hilgenberg", "Van-Delden-Straße"]
STREETS_BE = ["Kerkhofstraat", "Lindenlei", "Boomgaardstraat", "Kapelsestraat", "Klaverdreef", "Populierenlaan",
              "Molenberg", "Heidestraat", "Pastoor Coplaan", "Vennestraat"]

PC_LETTERS = "ABCEGHJKLMNPRTVWXZ"


def nl_postcode(rng, town=None):
    t = town or rng.choice(TOWNS_NL)
    lo, hi = t[1]
    while True:
        letters = rng.choice(PC_LETTERS) + rng.choice(PC_LETTERS)
        if letters not in ("SA", "SD", "SS") and letters not in UNIT_PAIRS:
            break
    return f"{rng.randint(lo, hi)} {letters}"


def pc_form(pc, style):
    if style == "nospace":
        return pc.replace(" ", "")
    if style == "lower":
        return pc.lower()
    if style == "lowernospace":
        return pc.replace(" ", "").lower()
    return pc


def housenr(rng, kind="nl"):
    n = rng.choice([rng.randint(1, 40), rng.randint(1, 160)])
    if kind == "nl":
        return str(n) + rng.choice(["", "", "", "", "a", "B", "-1", "-2", " hs"])
    if kind == "be":
        return str(n) + rng.choice(["", "", " bus 2", " bus 11", "/3"])
    return str(n) + rng.choice(["", "", "a", "b"])


def nl_addr(rng, street=None):
    return f"{street or rng.choice(STREETS_NL)} {housenr(rng)}"


def nl_mobile(rng):
    return "06" + rng.choice("123458") + "".join(str(rng.randrange(10)) for _ in range(7))


def nl_landline(rng, area):
    sub_len = 10 - len(area)
    while True:
        num = area + str(rng.randint(2, 9)) + "".join(str(rng.randrange(10)) for _ in range(sub_len - 1))
        if phone_parse(num):
            return num


def fmt_mobile(d, style):
    """d = '06xxxxxxxx'. Written forms from the reference plus typed variants."""
    n = d[1:]  # 6xxxxxxxx
    forms = {
        "dash": f"{d[:2]}-{d[2:]}",
        "space": f"{d[:2]} {d[2:]}",
        "4x4": f"{d[:2]} {d[2:6]} {d[6:]}",
        "pairs": f"{d[:2]}-{d[2:4]} {d[4:6]} {d[6:8]} {d[8:]}",
        "spdash": f"{d[:2]} - {d[2:5]} {d[5:8]} {d[8:]}",
        "plain": d,
        "paren": f"({d[:2]}) {d[2:]}",
        "intl": f"+31 {n[0]} {n[1:]}",
        "intldash": f"+31{n[0]}-{n[1:]}",
        "intl0": f"+31 (0){n[0]} {n[1:5]} {n[5:]}",
        "intlc": f"+31{n}",
        "0031": f"0031 {n[0]} {n[1:5]} {n[5:]}",
        "0031c": f"0031{n}",
        "odd": f"{d[:4]} {d[4:7]} {d[7:]}",
        "odd2": f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}",
        "allpairs": f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]} {d[8:]}",
    }
    return forms[style]


def fmt_landline(d, style):
    area = d[:3] if d[:3] in ("038", "053", "074", "077", "045", "050", "024", "020") else d[:4]
    sub = d[len(area):]
    if style == "dash":
        return f"{area}-{sub}"
    if style == "space":
        if len(sub) == 7:
            return f"{area} {sub[:3]} {sub[3:]}"
        return f"{area} {sub[:2]} {sub[2:4]} {sub[4:]}"
    if style == "paren":
        return f"({area}) {sub}"
    if style == "intl":
        return f"+31 {area[1:]} {sub}"
    if style == "intl0":
        return f"+31 (0){area[1:]} {sub}"
    return d


def be_mobile(rng):
    return "04" + rng.choice("56789") + rng.choice("0123456789") + "".join(str(rng.randrange(10)) for _ in range(6))


def fmt_be(d, style):
    if style == "slash":
        return f"{d[:4]}/{d[4:6]}.{d[6:8]}.{d[8:]}"
    if style == "intl":
        return f"+32 {d[1:4]} {d[4:6]} {d[6:8]} {d[8:]}"
    if style == "0032":
        return f"0032 {d[1:]}"
    return f"{d[:4]} {d[4:6]} {d[6:8]} {d[8:]}"


def be_landline(rng, zone):
    while True:
        sub_len = 9 - len(zone)
        num = zone + str(rng.randint(2, 4) if zone == "09" else rng.randint(2, 8)) + "".join(
            str(rng.randrange(10)) for _ in range(sub_len - 1))
        if phone_parse(num, "BE"):
            return num


def rand_digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def de_mobile(rng):
    pre = rng.choice(["0151", "0152", "0157", "0160", "0162", "0170", "0171", "0172", "0176", "0177"])
    return pre + rand_digits(rng, 8 if pre.startswith("015") else 7)


def de_landline(rng, area):
    return area + str(rng.randint(2, 9)) + rand_digits(rng, rng.choice([3, 4, 5]))


DE_AREAS = sorted({t[2] for t in TOWNS_DE}, key=len, reverse=True)


def fmt_de(d, style):
    if d.startswith("01"):
        pre, rest = d[:4], d[4:]
    else:
        pre = next(a for a in DE_AREAS if d.startswith(a))
        rest = d[len(pre):]
    if style == "intl":
        return f"+49 {pre[1:]} {rest}"
    if style == "intl0":
        return f"+49 (0){pre[1:]} {rest}"
    if style == "slash":
        return f"{pre}/{rest}"
    if style == "dash":
        return f"{pre}-{rest}"
    return f"{pre} {rest}"


def uk_mobile(rng):
    return "07700900" + f"{rng.randint(0, 999):03d}"


def gen_bsn(rng):
    while True:
        s = str(rng.randint(1, 9)) + rand_digits(rng, 8)
        if bsn_valid(s):
            return s


def gen_elf9(rng):
    """An elfproef-valid 9-digit number used as a non-BSN (ticket/order) number."""
    return gen_bsn(rng)


def gen_nonelf9(rng):
    while True:
        s = str(rng.randint(1, 9)) + rand_digits(rng, 8)
        if not bsn_valid(s):
            return s


def bsn_form(b, style):
    if style == "dots":
        return f"{b[:4]}.{b[4:6]}.{b[6:]}"
    if style == "dots2":
        return f"{b[:2]}.{b[2:4]}.{b[4:6]}.{b[6:]}"
    if style == "space":
        return f"{b[:3]} {b[3:6]} {b[6:]}"
    if style == "dash":
        return f"{b[:3]}-{b[3:6]}-{b[6:]}"
    return b


def gen_iban(rng, cc, bank=None):
    if cc == "NL":
        return iban_make("NL", (bank or rng.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"]))
                         + rand_digits(rng, 10))
    if cc == "BE":
        f10 = rng.choice(["063", "001", "068", "735", "363", "973"]) + rand_digits(rng, 7)
        return iban_make("BE", f10 + f"{int(f10) % 97 or 97:02d}")
    if cc == "DE":
        return iban_make("DE", rng.choice(["40351060", "28050100", "32450000", "50010517", "39050000"]) + rand_digits(rng, 10))
    if cc == "LT":
        return iban_make("LT", "32500" + rand_digits(rng, 11))
    if cc == "GB":
        return iban_make("GB", rng.choice(["MIDL", "BARC", "NWBK"]) + rand_digits(rng, 14))
    raise ValueError(cc)


def gen_btw_id(rng):
    """New-style btw-id: mod 97 valid in place, digits fail the elfproef."""
    while True:
        d9 = rand_digits(rng, 9)
        if bsn_valid(d9) or int(d9) == 0:
            continue
        for suf in range(1, 100):
            c = f"NL{d9}B{suf:02d}"
            if mod97_int(c) == 1:
                return c


def gen_kvk(rng):
    return str(rng.randint(1, 9)) + rand_digits(rng, 7)


def gen_card(rng, brand):
    if brand == "visa":
        return luhn_complete("4" + rand_digits(rng, 5), 16, rng)
    if brand == "mc":
        return luhn_complete(str(rng.randint(51, 55)) + rand_digits(rng, 4), 16, rng)
    if brand == "mc2":
        return luhn_complete(str(rng.randint(2221, 2720)) + rand_digits(rng, 2), 16, rng)
    if brand == "amex":
        return luhn_complete(rng.choice(["34", "37"]) + rand_digits(rng, 4), 15, rng)
    raise ValueError(brand)


def card_form(c, style):
    if len(c) == 15:
        return {"space": f"{c[:4]} {c[4:10]} {c[10:]}", "plain": c, "dash": f"{c[:4]}-{c[4:10]}-{c[10:]}"}[style]
    g = [c[i:i + 4] for i in range(0, 16, 4)]
    return {"space": " ".join(g), "dash": "-".join(g), "plain": c}[style]


def gen_imei(rng):
    tac = rng.choice(["35391711", "35467812", "86543204", "35290611", "35875410", "86970305", "35614209"])
    return luhn_complete(tac, 15, rng)


def imei_form(i, style):
    if style == "grouped":
        return f"{i[:2]}-{i[2:8]}-{i[8:14]}-{i[14]}"
    if style == "spaced":
        return f"{i[:2]} {i[2:8]} {i[8:14]} {i[14]}"
    return i


def gen_iccid(rng, length=19):
    return luhn_complete("893104" + rng.choice(["0", "1", "2"]), length, rng)


def iccid_form(i, style):
    if style == "grouped":
        return " ".join(i[j:j + 4] for j in range(0, len(i), 4))
    return i


def gen_mac(rng, style="colon", upper=False):
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFE
    hx = [f"{x:02x}" for x in b]
    if not any(ch.isalpha() for ch in "".join(hx)):
        hx[1] = "a" + hx[1][1]
    if upper:
        hx = [h.upper() for h in hx]
    if style == "dash":
        return "-".join(hx)
    if style == "cisco":
        s = "".join(hx)
        return f"{s[:4]}.{s[4:8]}.{s[8:]}"
    return ":".join(hx)


def gen_pub_ipv4(rng, prefix=None):
    while True:
        if prefix:
            a = f"{prefix}.{rng.randint(2, 254)}"
        else:
            a = f"{rng.choice([31, 37, 45, 77, 80, 81, 82, 84, 85, 86, 87, 88, 89, 92, 94, 145, 176, 178, 188, 194, 212, 213, 217])}." \
                f"{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
        if ip_global(a) and a not in INFRA_IPS:
            return a


def gen_pub_ipv6(rng, prefix="2a0e:7c4"):
    while True:
        a = f"{prefix}{rng.choice('123456789abcdef')}:{rng.randrange(1, 0xffff):x}:{rng.randrange(1, 0xffff):x}:" \
            f"{rng.randrange(1, 0xffff):x}:{rng.randrange(1, 0xffff):x}:{rng.randrange(1, 0xffff):x}:{rng.randrange(1, 0xffff):x}"
        if ip_global(a):
            return str(ipaddress.ip_address(a))


def gen_cgnat(rng):
    return f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def gen_serial(rng, prefix, n, alphabet="0123456789ABCDEF"):
    return prefix + "".join(rng.choice(alphabet) for _ in range(n))


def gen_dob(rng, lo=1945, hi=2004):
    while True:
        try:
            return datetime.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
        except ValueError:
            continue


NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]


def date_form(d, style):
    if style == "dmy":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "dmy1":
        return f"{d.day}-{d.month}-{d.year}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "nl":
        return f"{d.day} {NL_MONTHS[d.month - 1]} {d.year}"
    if style == "en":
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    if style == "us":
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "ord":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.day}{suf} {EN_MONTHS[d.month - 1]} {d.year}"
    if style == "de":
        return f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year}"
    raise ValueError(style)


def gen_nl_docnr(rng, kind):
    alpha = "ABCDEFGHJKLMNPRSTUVWXYZ"
    mid = "".join(rng.choice(alpha + "123456789") for _ in range(6))
    return kind + rng.choice(alpha.replace(kind, "")) + mid + str(rng.randint(1, 9))


def gen_de_ausweis(rng):
    a = "CFGHJKLMNPRTVWXYZ"
    return rng.choice("LMNPRTVWXY") + "".join(rng.choice(a + "0123456789") for _ in range(8))


def gen_kenteken(rng, sidecode):
    letters = "BDFGHJKLNPRSTVXZ"
    pat = SIDECODES[sidecode]
    while True:
        s = "".join(rng.choice(letters) if ch == "X" else (str(rng.randint(0, 9)) if ch == "9" else "-") for ch in pat)
        if s[0] == "0":
            continue
        if kenteken_sidecode(s) == sidecode:
            return s


def emailify(p, rng, domain=None):
    fold = str.maketrans({"ß": "ss", "ł": "l", "Ł": "L", "ı": "i", "ø": "o", "đ": "d", "'": ""})
    g = unicodedata.normalize("NFKD", p[0].translate(fold)).encode("ascii", "ignore").decode().lower().replace(" ", "")
    s = unicodedata.normalize("NFKD", ((p[1] + p[2]) if p[1] else p[2]).translate(fold)).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z]", "", s)
    g = re.sub(r"[^a-z\-]", "", g)
    style = rng.choice(["g.s", "gs", "g_s", "ini.s", "s.g", "gs##"])
    local = {"g.s": f"{g}.{s}", "gs": f"{g}{s}", "g_s": f"{g}_{s}", "ini.s": f"{g[0]}.{s}", "s.g": f"{s}.{g}",
             "gs##": f"{g}{s}{rng.randint(70, 99)}"}[style]
    dom = domain or rng.choice(["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl",
                                "icloud.com", "proton.me", "hetnet.nl"])
    return f"{local}@{dom}"


# ---------------------------------------------------------------------------------------------
# Scenario helpers
# ---------------------------------------------------------------------------------------------
SCENARIOS = []


def scenario(lang, pii):
    def deco(fn):
        SCENARIOS.append((lang, fn.__name__, pii, fn))
        return fn
    return deco


MOB_STYLES = ["dash", "space", "4x4", "pairs", "spdash", "plain", "paren", "intl", "intldash", "intl0", "intlc", "0031",
              "odd", "odd2", "allpairs"]


def mob(rng, styles=None):
    return fmt_mobile(nl_mobile(rng), rng.choice(styles or MOB_STYLES))


def town_nl(rng, names=None):
    pool = [t for t in TOWNS_NL if names is None or t[0] in names]
    return rng.choice(pool)


def home(rng, town=None, street=None):
    """A Dutch customer address: (street+nr, postcode, town, area code)."""
    t = town or town_nl(rng)
    return nl_addr(rng, street), nl_postcode(rng, t), t[0], t[2]


def wo(rng):
    return f"WO-25-{rng.randint(100000, 999999)}"


def inc(rng):
    return f"INC{rng.randint(4000000, 4999999)}"


def klantnr(rng):
    return str(rng.randint(40000000, 49999999))


def factnr(rng):
    return f"F2025-{rng.randint(10, 99)}{rng.randint(1000, 9999)}"


def ont_sn(rng):
    return gen_serial(rng, "GNXS", 8)


def router_sn(rng):
    return gen_serial(rng, rng.choice(["GB42", "GB21", "FB75"]), 10, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")


def fibre_id(rng, code=None):
    return f"GN-{code or rng.choice(['ZWL', 'KMP', 'DEV', 'ENS', 'OLZ', 'HDB', 'EMM', 'VNL'])}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}"


def dbm(rng, lo, hi, comma=True):
    v = f"-{rng.randint(lo, hi)}{',' if comma else '.'}{rng.randint(0, 9)}"
    return f"{v} dBm"


ONT_MODELS = ["Genexis FiberTwist G2110C", "Nokia G-010G-Q", "Huawei HG8010H", "ZTE F601", "Genexis FiberTwist P2410"]
ROUTERS = ["FRITZ!Box 7590 AX", "FRITZ!Box 7530 AX", "Glasbox 4200 AX", "Glasbox 2100 AC", "TP-Link Archer AX55",
           "ASUS RT-AX58U", "Ubiquiti UniFi Dream Machine"]


def fmt_be_land(d):
    """Belgian landline written by zone: 03 231 45 67 / 014 47 51 35."""
    if d[:2] in ("02", "03", "04", "09"):
        return f"{d[:2]} {d[2:5]} {d[5:7]} {d[7:]}"
    return f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}"


def betalingskenmerk(rng):
    while True:
        s = "5001" + rand_digits(rng, 12)
        if not card_valid(s):
            return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def be_ogm(rng):
    """Belgian structured payment reference +++ddd/dddd/ddddd+++ (check = first 10 digits mod 97, 0 -> 97)."""
    d = rand_digits(rng, 10)
    c = int(d) % 97 or 97
    s = d + f"{c:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


def gen_v6_prefix(rng):
    return f"2a0e:7c4{rng.choice('123456789abcdef')}:{rng.randrange(0x1000, 0xffff):x}:{rng.randrange(0x10, 0xff):x}00::"


# =============================================================================================
# Dutch scenarios (30: 19 with personal data, 11 without)
# =============================================================================================
@scenario("nl", True)
def nl_werkbon(rng, k):
    cust = pick(rng, "nl", "tr", "sr", "pl")
    addr, pc, town, area = home(rng, town_nl(rng, ["Zwolle", "Kampen", "Dalfsen", "Raalte"]))
    if k == 0:
        tel = mob(rng)
        sn, mac = ont_sn(rng), gen_mac(rng, "colon", upper=True)
        return T(f"""
            WERKBON {wo(rng)}  |  Glasnet Storingsdienst  |  Spoelhof 21, Zwolle  |  088-4527100
            Type: nieuwe aansluiting FTTH 1000/1000 Mbit/s
            Datum/tijd: 14-03-2025 08:10 – 10:25
            Monteur: {P(EMP['dennis'])} (ploeg Zwolle-Noord, monteur-ID 4417)
            Klant: {P(full(cust))}
            Adres: {AD(addr)}, {PC(pc)} {town}
            Tel. klant: {PH(tel)}

            Uitgevoerd:
            - FTU in meterkast, glasvezel-ID {fibre_id(rng, 'ZWL')}, poort 2 van 4
            - ONT {rng.choice(ONT_MODELS)} SN {sn} geactiveerd op OLT ZWL-03, slot 1/1/7
            - Glasbox 4200 AX geplaatst, serienummer {gen_nonelf9(rng)}, MAC {mac}, firmware 7.29.0.1
            - Rx {dbm(rng, 17, 21)} (ondergrens -27 dBm), Tx 2,3 dBm
            - afgemeld bij planning ({P(first(EMP['bram']))}) om 10:31

            Opmerking: klant wil extra wifi-punt op zolder, offerte via klantenservice.
            Akkoord klant: {P(initials(cust))}
            """)
    tel = mob(rng)
    old_sn, new_sn = ont_sn(rng), ont_sn(rng)
    return T(f"""
        storingsrapport {inc(rng)} — afgehandeld
        monteurs: {P(first(EMP['rianne']))} + {P(first(EMP['yusuf']))}
        klant: mevr. {P(sur(cust))}, {AD(addr)} {town}, bereikbaar op {PH(tel)}
        klacht: internet valt sinds 3 dagen 's avonds weg, lampje PON knippert rood
        gemeten aan ONT: Rx {dbm(rng, 25, 28)} (norm beter dan -24 dBm)
        oorzaak: patchkabel in meterkast geknikt, vermoedelijk bij verbouwing keuken door Bouwbedrijf Ter Steege B.V.
        vervangen: patchkabel SC/APC 2 m + ONT (oud SN {old_sn} -> nieuw SN {new_sn})
        na herstel: Rx {dbm(rng, 18, 20)}, speedtest bekabeld 941/936 Mbit/s, ping 3 ms
        kosten: geen (oorzaak vóór het aansluitpunt? nee, maar coulance akkoord {P(first(EMP['bram']))})
        /{P(first(EMP['rianne']).lower())}
        """)


@scenario("nl", True)
def nl_monteur_notities(rng, k):
    cust = pick(rng, "nl", "ma", "id")
    buur = pick(rng, "nl", "tr", "in", gender="f")
    addr, pc, town, area = home(rng, town_nl(rng, ["Zwolle", "Deventer", "Meppel"]))
    if k == 0:
        tel = mob(rng, ["dash", "plain", "4x4"])
        return T(f"""
            [notities bij {wo(rng)}]
            07:55 onderweg, navigatie stuurt via de Assendorperstraat (afgesloten) → 10 min later
            08:20 ter plaatse {AD(addr.lower())}. klant niet thuis. gebeld {PH(tel)} → voicemail
            08:35 buurvrouw ({P(full(buur))}, nr 14) heeft sleutel, klant had haar gemachtigd via app
            08:40 meterkast: FTU aanwezig, geen ONT. ONT geplaatst, SN {ont_sn(rng)}
            09:15 Rx {dbm(rng, 18, 21)}. router {gen_mac(rng)} gekoppeld, LAN 192.168.2.1
            09:30 sleutel terug bij mevr. {P(sur(buur))}, klant ge-sms't. klaar.
            — {P(first(EMP['yusuf']))}
            """)
    tel, tel2 = mob(rng, ["dash", "space"]), mob(rng, ["plain", "4x4"])
    return T(f"""
        Planning-notitie {wo(rng)} (aangemaakt door {P(EMP['bram'])})
        - afspraak 21-03 ochtendblok geannuleerd door klant ({P(full(cust))}), reden: klant moet onverwacht werken
        - nieuwe afspraak: di 25-03-2025 13:00–17:00, monteur {P(EMP['rianne'])}
        - klant zelf bereikbaar op {PH(tel)}; als geen gehoor: partner {P(given(buur))} op {PH(tel2)}
        - adres: {AD(addr)}, {PC(pc_form(pc, 'nospace'))} {town.upper()} — achterom via de brandgang, hond aanwezig
        - parkeren: oprit van de klant, auto klant (kenteken {LP(gen_kenteken(rng, rng.choice([7, 8, 11])).replace('-', '').lower())}) wordt verplaatst
        - materiaal: ONT {rng.choice(ONT_MODELS)}, 1x Glasbox 2100 AC, 15 m CAT6
        - storingsnummer 088 452 7100 meegeven aan klant
        """)


@scenario("nl", True)
def nl_routerlog(rng, k):
    cust = pick(rng, "nl", "pl", "sr", "tr")
    if k == 0:
        ip4 = gen_pub_ipv4(rng, "194.62.219")
        prefix = gen_v6_prefix(rng)
        mac = gen_mac(rng, "colon", upper=True)
        g = given(cust)
        return T(f"""
            Hoi Glasnet, sinds de update valt mijn internet elke nacht rond 03:00 weg. Hier het logboek van mijn FRITZ!Box 7590 AX (FRITZ!OS 7.57):

            17.03.25 03:02:11 Internetverbinding is verbroken.
            17.03.25 03:02:44 Internetverbinding met succes tot stand gebracht. IP-adres: {IP(ip4)}, DNS-server: 194.62.217.53 en 194.62.217.54, gateway: 194.62.216.1
            17.03.25 03:02:45 IPv6-prefix met succes ontvangen. Nieuwe prefix: {IP(prefix)}/56
            17.03.25 03:04:10 WLAN-apparaat aangemeld (5 GHz), 866 Mbit/s, Galaxy-S23-van-{P(g)}, IP 192.168.178.24, MAC {mac}
            17.03.25 03:05:00 Tijdserver ntp.glasnet.example gesynchroniseerd

            Ik heb al een factory reset gedaan. Glasvezel-ID staat op het kastje: {fibre_id(rng)}.
            Groet, {P(g)}
            """)
    v4, v6 = gen_pub_ipv4(rng, "194.62.221"), gen_pub_ipv6(rng)
    return T(f"""
        Diagnose uit de Glasnet-app (versie 5.12.0.3), zoals gevraagd door jullie medewerker:

        {{
          "wan_ipv4": "{IP(v4)}",
          "wan_ipv6": "{IP(v6)}",
          "lan_ip": "192.168.2.1",
          "cgnat": false,
          "dns": ["194.62.217.53", "2a0e:7c40::53"],
          "ont_serial": "{ont_sn(rng)}",
          "ont_rx_dbm": -22.6,
          "router_mac": "{gen_mac(rng)}",
          "uptime_s": 86231,
          "last_error": "PPP_AUTH_TIMEOUT (code 691)"
        }}

        Dus het lijkt aan de PPP-kant te liggen? Ik werk thuis en heb morgen om 09:00 een belangrijke call.
        {P(full(cust))}
        """)


@scenario("nl", True)
def nl_nummerbehoud(rng, k):
    cust = pick(rng, "nl", "ma", "tr", "in")
    if k == 0:
        d = gen_dob(rng, 1950, 2000)
        num = mob(rng, ["plain", "dash", "space"])
        return T(f"""
            Aanvraag nummerbehoud (webformulier)
            Naam aanvrager: {P(full(cust))}
            Geboortedatum: {DOB(date_form(d, 'dmy'))}
            Huidige provider: Odido (abonnement)
            Klantnummer huidige provider: {gen_nonelf9(rng)}
            Over te zetten nummer: {PH(num)}
            Gewenste overstapdatum: 01-04-2025
            Nieuwe Glasnet simkaart (ICCID): {iccid_form(gen_iccid(rng), 'grouped')}
            Legitimatie: paspoort, documentnummer {ID(gen_nl_docnr(rng, 'N'))}
            Opmerking: graag overzetten op dezelfde dag dat mijn oude abonnement stopt, ik gebruik dit nummer voor de bank-app.
            """)
    kid = kin(rng, cust, "f")
    d = gen_dob(rng, 2007, 2012)
    n1, n2 = mob(rng, ["4x4", "dash"]), mob(rng, ["4x4", "dash"])
    return T(f"""
        Goedemiddag,

        We stappen met het hele gezin over naar Glasnet Vast+Mobiel. Ik wil graag twee nummers meenemen:
        1. mijn eigen nummer {PH(n1)} (nu bij Lebara, prepaid)
        2. het nummer van mijn dochter {P(given(kid))}, {PH(n2)} (zij is geboren op {DOB(date_form(d, 'nl'))}, het abonnement komt op mijn naam)

        De simkaarten zijn gisteren binnengekomen (bestelling 7731-2048). Het pakket zegt "overstapservice binnen 1 werkdag", maar bij het activeren krijg ik foutcode NP-0421.

        Met vriendelijke groet,
        {P(full(cust))}
        """)


@scenario("nl", True)
def nl_simswap(rng, k):
    cust = pick(rng, "nl", "id", "sr", "pl")
    if k == 0:
        num = mob(rng, ["dash", "4x4"])
        return T(f"""
            Beste klantenservice,

            Mijn telefoon is in de gracht gevallen 🙈. Ik heb een nieuw toestel gekocht en een nieuwe simkaart in de winkel gehaald.
            Kunnen jullie mijn nummer {PH(num)} overzetten op de nieuwe sim? Ter controle: mijn geboortedatum is {DOB(date_form(gen_dob(rng), 'slash'))}.

            Nieuwe simkaart ICCID: {gen_iccid(rng)}
            Oude simkaart ICCID: {gen_iccid(rng)}
            IMEI nieuw toestel: {gen_imei(rng)}

            De PUK-code van de oude kaart heb ik niet meer, waar vind ik die? Mijn klantnummer is {klantnr(rng)}.

            Groetjes,
            {P(full(cust))}
            """)
    partner = pick(rng, "nl", "ma", "tr")
    return T(f"""
        Dringend: telefoon gestolen!!

        Vanochtend in de trein van Zwolle naar Deventer is mijn telefoon gestolen. Ik heb aangifte gedaan, proces-verbaalnummer PL0600-2025081734.
        Graag mijn simkaart direct blokkeren. Het gaat om nummer {PH(mob(rng, ['space', 'pairs']))}.
        IMEI van het toestel (staat op de doos): {imei_form(gen_imei(rng), 'grouped')}

        Ik ben nu alleen bereikbaar via mijn huisgenoot {P(full(partner))}, {PH(mob(rng, ['dash']))}, of per mail.
        {P(full(cust))}
        """)


@scenario("nl", True)
def nl_belgeschil(rng, k):
    cust = pick(rng, "ma", "tr", "nl", "sr")
    if k == 0:
        broer = kin(rng, cust, "m")
        mom = f"+212 6{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        tp = mob(rng, ["dash"])
        bro = mob(rng, ["plain"])
        return T(f"""
            Onderwerp: factuur maart klopt niet

            Factuur {factnr(rng)}, klantnummer {klantnr(rng)}. Op de specificatie staan deze gesprekken:

            12-03 19:42  {PH(mom)}    24:13 min   € 18,40   ← mijn moeder in Nador, klopt
            13-03 08:05  {PH(tp)}       02:10 min   € 0,00    ← onbekend??
            14-03 22:51  0906-8833          11:00 min   € 9,90    ← NOOIT gebeld
            15-03 10:02  {PH(bro)}        05:31 min   € 0,00    ← mijn broer {P(given(broer))}, klopt
            18-03 23:40  0909-4417          08:20 min   € 7,47    ← NOOIT gebeld

            Ik wil de twee 090x-bedragen terug. Kan iemand anders met mijn sim bellen? PIN staat gewoon aan.
            {P(full(cust))}
            """)
    de_n = fmt_de(de_mobile(rng), "intl")
    be_n = fmt_be(be_mobile(rng), "intl")
    col = pick(rng, "de", "be")
    return T(f"""
        Hallo,

        Ik was van 3 t/m 7 maart voor werk in Aken en Luik en nu staat er € 84,12 aan roaming op mijn rekening. Volgens jullie site valt de EU onder mijn bundel?
        Gebeld:
        - {PH(de_n)} (collega {P(full(col))}), 4 gesprekken
        - {PH(be_n)} (hotel in Luik), 1 gesprek
        Data: 2048 MB in Duitsland, 512 MB in België, bundel is 20 GB.
        Graag correctie op factuur {factnr(rng)}.

        {P(full(cust))}
        {PH(mob(rng, ['intl0', 'space']))}
        """)


@scenario("nl", True)
def nl_incasso(rng, k):
    cust = pick(rng, "nl", "in", "id", "pl")
    if k == 0:
        new, old = gen_iban(rng, "NL"), gen_iban(rng, "NL")
        return T(f"""
            Wijziging automatische incasso

            Klantnummer: {klantnr(rng)}
            Naam rekeninghouder: {P(initials(cust))}
            Nieuw rekeningnummer: {IB(iban_group(new))}
            Oud rekeningnummer: {IB(old)} (wordt per 1 mei opgeheven)
            Machtigingskenmerk: GN-MND-{rng.randint(1000000, 9999999)}

            De factuur van april (F2025-041187, € 54,95) is nog van de oude rekening afgeschreven, dat is prima.
            Met vriendelijke groet, {P(full(cust))}
            """)
    vrouw = (rng.choice(["Saskia", "Mirjam", "Wendy", "Dilara"]), "", rng.choice(["Brouwers", "Hendriks", "Kuiper"]))
    ib = gen_iban(rng, "NL", rng.choice(["RABO", "ASNB", "BUNQ"]))
    return T(f"""
        Beste Glasnet,

        Na het opzeggen van mijn tv-pakket heb ik in maart dubbel betaald (2 x € 32,25, factuurnummers F2025-031902 en F2025-031903).
        Willen jullie het teveel betaalde terugstorten op de rekening van mijn vrouw, {P(full(vrouw))}: {IB(iban_group(ib).lower())}?
        Mijn eigen rekening is inmiddels opgeheven.

        Vriendelijke groet,
        {P(full(cust))}
        """)


@scenario("nl", True)
def nl_zakelijk(rng, k):
    own = pick(rng, "nl", "tr", "sr")
    addr, pc, town, area = home(rng)
    if k == 0:
        bsn = gen_bsn(rng)
        return T(f"""
            Goedemiddag,

            Ik heb een zakelijk abonnement (Glasnet Zakelijk Basis) voor mijn schildersbedrijf. Graag de facturen voortaan op bedrijfsnaam:

            Schildersbedrijf Het Penseel
            t.a.v. {P(full(own))}
            {AD(addr)}
            {PC(pc)}  {town.upper()}
            KvK {KVK(gen_kvk(rng))}
            btw-id {BTW(gen_btw_id(rng))}

            Op de factuur van februari staat nog mijn oude btw-nummer {BS('NL' + bsn + 'B01')}. Dat gebruik ik sinds 2020 niet meer (daar zit mijn BSN in!), wilt u dat verwijderen?

            Met vriendelijke groet,
            {P(full(own))}
            {PH(fmt_landline(nl_landline(rng, area), 'dash'))}
            """)
    it = pick(rng, "in", "pl", "nl")
    ib = gen_iban(rng, "NL")
    tel = nl_landline(rng, area)
    return T(f"""
        Beste Glasnet Zakelijk,

        Wij willen onze zakelijke glasvezel uitbreiden van 1 naar 4 Gbit/s en een vast IP-blok (/29). Contactpersoon voor de techniek is onze IT-beheerder {P(full(it))} ({EM(emailify(it, rng, 'ijsselzicht-installatie.nl'))}).
        De incasso mag van onze zakelijke rekening {IB(iban_group(ib))}.

        Met vriendelijke groet,

        {P(full(own))}
        directeur
        Installatietechniek IJsselzicht B.V.
        {AD(addr)}, {PC(pc)} {town}
        T {PH(fmt_landline(tel, 'space'))}
        KvK-nummer {KVK(gen_kvk(rng))} | btw {BTW(gen_btw_id(rng))}
        """)


@scenario("nl", True)
def nl_identiteit(rng, k):
    cust = pick(rng, "nl", "ma", "sr", "id")
    if k == 0:
        d = gen_dob(rng)
        return T(f"""
            Goedemorgen,

            Jullie vroegen om een legitimatiecontrole voor de overname van het contract van mijn vader. Hierbij mijn gegevens:
            Naam: {P(full(cust))}
            Geboortedatum: {DOB(date_form(d, 'dmy'))}
            Identiteitskaart: {ID(gen_nl_docnr(rng, 'I'))}, geldig tot 12-08-2031
            BSN: {BS(bsn_form(gen_bsn(rng), 'dots'))}

            Ik weet niet of jullie het BSN nodig hebben, maar dan heeft u alles. Het klantnummer van mijn vader is {klantnr(rng)}.
            {P(given(cust))}
            """)
    b = gen_bsn(rng)
    rb = str(rng.randint(5000000000, 5999999999))
    d = gen_dob(rng)
    return T(f"""
        Hierbij de gegevens van mijn rijbewijs voor de identificatie (ik heb geen paspoort):
        rijbewijsnummer {ID(rb)}
        op de achterkant staat BSN/rijbewijsnummer {BS(b)}/{ID(rb)}
        geboren {DOB(date_form(d, 'dmy1'))}
        afgegeven 03-02-2021, geldig tot 03-02-2031

        Kan de nieuwe simkaart dan naar mijn nieuwe adres? Dat is {AD(nl_addr(rng))}, {PC(nl_postcode(rng))}.
        Met vriendelijke groet, {P(initials(cust))}
        """)


@scenario("nl", True)
def nl_social_dm(rng, k):
    if k == 0:
        cust = pick(rng, "nl", "tr", "ma")
        h = "@" + rng.choice(["zwolsezwaan", "dalfsen_dreamer", "koffie_en_kabels", "raaltenaar83"])
        pc = nl_postcode(rng, town_nl(rng, ["Zwolle"]))
        return T(f"""
            {h}: al 2 dagen geen internet in heel de wijk 😡😡 en niemand weet iets #glasnet #storing
            GlasnetHelpt: Wat vervelend! Mag ik je postcode en huisnummer? ^{P(first(EMP['karim']))}
            {h}: {PC(pc_form(pc, 'nospace'))} 17
            GlasnetHelpt: Dank je. Er is een kabelbreuk bij graafwerk in de Zwarte Waterallee (aannemer Grondwerken Oosterhof B.V.), monteurs zijn bezig. Verwachte oplossing vandaag 18:00. ^{P(first(EMP['karim']))}
            {h}: ok top. stuur maar een sms als het weer werkt: {PH(mob(rng, ['plain']))} — {P(given(cust))}
            """)
    cust = pick(rng, "be")
    t = rng.choice(TOWNS_BE[:4])
    return T(f"""
        DM aan @glasnet.be
        allee, al sinds gisteren 17u geen tv meer 📺 en internet hapert ook. de decoder geeft "E-204 geen signaal".
        mijn gegevens: {P(full(cust))}, {AD(rng.choice(STREETS_BE) + ' ' + housenr(rng, 'be'))}, {PC(t[1])} {t[0]}
        gsm {PH(fmt_be(be_mobile(rng), 'slash'))}
        ik ben thuis na 16u, de technieker mag dan passeren. merci!
        ↳ @glasnet.be: Dag {P(given(cust))}, we hebben je doorgegeven aan de planning. Dringend? Bel 03/298.41.70. ^{P(first(EMP['wim']))}
        """)


@scenario("nl", True)
def nl_doorgestuurd(rng, k):
    if k == 0:
        cust = pick(rng, "nl", "pl", "sr")
        land = pick(rng, "xp")
        addr, pc, town, area = home(rng)
        ec = emailify(cust, rng)
        el = emailify(land, rng, rng.choice(["gmail.com", "outlook.com"]))
        return T(f"""
            Van: {P(full(cust))} <{EM(ec)}>
            Verzonden: dinsdag 18 maart 2025 09:14
            Aan: Glasnet Klantenservice <klantenservice@glasnet.example>
            Onderwerp: FW: internet in onze nieuwe huurwoning

            Hallo, zie hieronder het antwoord van mijn verhuurder. Volgens de verhuurder ligt er al glasvezel, maar ik zie geen FTU in de meterkast. Kunnen jullie dat nakijken? Adres: {AD(addr)}, {PC(pc)} {town}.

            Groet,
            {P(given(cust))}

            ---------- Forwarded message ---------
            From: {P(full(land))} <{EM(el)}>
            Date: Mon, 17 Mar 2025 at 16:02
            Subject: Re: internet
            To: {P(given(cust))} <{EM(ec)}>

            Hi {P(given(cust))}, the fibre was installed in 2023 by Glasnet, the box should be in the meter cupboard next to the front door. If it isn't there, call me on {PH(mob(rng, ['intl']))}.
            Best, {P(given(land))}
            """)
    board = pick(rng, "nl", "ma", "in")
    mgr = pick(rng, "nl", "be")
    street = rng.choice(STREETS_NL)
    return T(f"""
        Van: {P(full(board))} <{EM(emailify(board, rng))}>
        Aan: zakelijk@glasnet.example
        Onderwerp: Fwd: aanvraag glasvezel VvE {street}

        Beste Glasnet,

        Namens het bestuur van de VvE stuur ik het bericht van onze beheerder door. Wij willen graag een offerte voor het hele complex (24 appartementen).

        Met vriendelijke groet,
        {P(full(board))}, penningmeester

        > On 10 Mar 2025, at 11:37, {P(full(mgr))} <{EM(emailify(mgr, rng, 'vastgoedbeheer-ijsselland.nl'))}> wrote:
        >
        > Dear board members, as discussed, the building has no fibre yet. The nearest distribution point is in the {street} (manhole near the bicycle shed). Glasnet needs written permission from the VvE before they can dig.
        > Kind regards,
        > {P(full(mgr))}
        > Vastgoedbeheer IJsselland B.V. | T {PH(fmt_landline(nl_landline(rng, '038'), 'space'))} | KvK {KVK(gen_kvk(rng))}
        """)


@scenario("nl", True)
def nl_verhuizing(rng, k):
    cust = pick(rng, "nl", "tr", "id", "ma")
    if k == 0:
        a1, p1, t1, _ = home(rng)
        a2, p2, t2, _ = home(rng)
        return T(f"""
            Verhuisservice aanvraag
            Klantnummer: {klantnr(rng)}
            Naam: {P(full(cust))}
            Oud adres: {AD(a1)}, {PC(p1)} {t1}
            Nieuw adres: {AD(a2)}, {PC(pc_form(p2, 'lower'))} {t2}
            Verhuisdatum: 30-04-2025
            Gewenste installatiedatum nieuw adres: zo snel mogelijk na 30-04, liefst op 02-05-2025
            Telefoon: {PH(mob(rng, ['4x4', 'dash']))}
            Opmerking: nieuwe woning is nieuwbouw, volgens de makelaar zit er een FTU in de meterkast (glasvezel-ID onbekend).
            """)
    t = rng.choice(TOWNS_DE)
    street = rng.choice(STREETS_DE)
    return T(f"""
        Goedendag,

        Per 1 juni verhuis ik naar Duitsland ({t[0]}), net over de grens. Ik zeg daarom mijn internet en tv op (contractnummer C-2023-77810, ingangsdatum 01-06-2023).
        De eindafrekening graag naar mijn nieuwe adres:
        {P(full(cust))}
        {AD(street + ' ' + str(rng.randint(1, 80)))}
        {PC(t[1])} {t[0]}
        Duitsland

        Mijn Nederlandse 06 houd ik (prepaid), Duits nummer wordt {PH(fmt_de(de_mobile(rng), 'space'))}.
        De borg van de tv-box (€ 50) graag terugstorten op {IB(gen_iban(rng, 'DE'))}, mijn nieuwe Sparkasse-rekening.
        Kan de Glasbox 4200 AX ingeleverd worden in het Retourcentrum in Hasselt (Ambachtsweg 9)?

        Groet, {P(given(cust))}
        """)


@scenario("nl", True)
def nl_creditcard(rng, k):
    cust = pick(rng, "nl", "in", "pl")
    if k == 0:
        c = gen_card(rng, rng.choice(["visa", "mc"]))
        return T(f"""
            Hallo,

            Mijn incasso is mislukt omdat ik van bank ben gewisseld. Ik wil de openstaande factuur {factnr(rng)} (€ 127,45) eenmalig met mijn creditcard betalen:
            kaartnummer {CC(card_form(c, 'space'))}
            geldig t/m 09/27
            naam op kaart {P(full(cust).upper())}
            (de CVC stuur ik niet mee, die kunnen jullie telefonisch vragen)

            Betalingskenmerk volgens de herinnering: 5001 2250 4417 8820.
            Groeten, {P(given(cust))}
            """)
    boss = pick(rng, "nl", "sr")
    c = gen_card(rng, "amex")
    return T(f"""
        Namens {P(full(boss))} (eigenaar van Lunchroom De Zoete Inval, klantnummer {klantnr(rng)}):
        de aansluitkosten voor de tweede vestiging (€ 249,00, ordernummer {gen_elf9(rng)}) worden betaald met de zakelijke American Express:
        {CC(card_form(c, 'space'))}, vervaldatum 11/26.
        Graag een bevestiging naar mij sturen.

        Met vriendelijke groet,
        {P(full(cust))}, office manager
        """)


@scenario("nl", True)
def nl_belgie(rng, k):
    cust = pick(rng, "be")
    t = rng.choice(TOWNS_BE)
    if k == 0:
        t2 = rng.choice([x for x in TOWNS_BE if x != t])
        ib = gen_iban(rng, "BE")
        return T(f"""
            Beste,

            Ik verhuis op 15 april van {AD(rng.choice(STREETS_BE) + ' ' + housenr(rng, 'be'))}, {PC(t[1])} {t[0]} naar {AD(rng.choice(STREETS_BE) + ' ' + housenr(rng, 'be'))}, {PC(t2[1])} {t2[0]}.
            Kunnen jullie mijn internet en digitale tv meeverhuizen? Op het nieuwe adres is er al een glasvezelaansluiting van de vorige bewoners.
            Domiciliëring graag voortaan op {IB(iban_group(ib))}. De laatste factuur heb ik al overgeschreven met mededeling {be_ogm(rng)}.
            Mijn gsm: {PH(fmt_be(be_mobile(rng), 'x'))}

            Met vriendelijke groeten,
            {P(full(cust))}
            """)
    return T(f"""
        Goeiemiddag,

        Ik heb heel de voormiddag thuisgezeten voor de technieker (afspraak {wo(rng)}, tussen 8u en 12u) en er is niemand gekomen. Ook niet verwittigd!
        Jullie collega {P(EMP['wim'])} had nochtans bevestigd dat het in orde was. Ik moest daarvoor een halve dag verlof nemen.
        Graag een nieuwe afspraak op zaterdag en een compensatie. Bereikbaar op {PH(fmt_be_land(be_landline(rng, t[2])))} of {PH(fmt_be(be_mobile(rng), 'intl'))}.

        {P(full(cust))}
        """)


@scenario("nl", True)
def nl_caps_lower(rng, k):
    cust = pick(rng, "nl", "tr", "sr")
    if k == 0:
        return T(f"""
            IK BEN HET ZAT!!! AL DRIE WEKEN ELKE AVOND GEEN INTERNET EN ELKE KEER KRIJG IK EEN ANDERE MEDEWERKER DIE ZEGT DAT HET AAN MIJN ROUTER LIGT. DE ROUTER IS VAN JULLIE (GLASBOX 4200 AX)!!!
            IK WIL GEBELD WORDEN DOOR EEN MANAGER OP {PH(mob(rng, ['4x4']))} EN ANDERS ZEG IK OP. NIET WEER DOORVERBONDEN MET 038-760 44 00!!!
            STORINGSNUMMERS: {inc(rng)}, {inc(rng)}, {inc(rng)}
            {P(initials(cust).upper())}
            """)
    return T(f"""
        hoi glasnet
        mn tv zegt steeds geen signaal (E-204) en de glasbox knippert oranje
        heb al alles uit en aan gedaan
        adres is {AD(nl_addr(rng).lower())} {PC(pc_form(nl_postcode(rng), 'lowernospace'))}
        bel me ff op {PH(mob(rng, ['plain']))} want ik kan niet inloggen op mijn glasnet
        thx {P(given(cust).lower())}
        """)


@scenario("nl", True)
def nl_codeswitch(rng, k):
    if k == 0:
        mates = pick(rng, "xp", "in", "nl", n=3)
        ip4 = gen_pub_ipv4(rng, "194.62.222")
        return T(f"""
            Hoi Glasnet! Wij zijn met 4 studenten in dit huis en de wifi is echt super slecht upstairs, like 20 Mbit/s max 😩
            Mijn housemate {P(given(mates[0]))} heeft de router al 3x gereboot. {P(given(mates[1]))} zegt dat we een mesh system nodig hebben?
            Our public IP volgens whatismyip.com: {IP(ip4)} — het contract staat op naam van {P(full(mates[2]))}.
            Kunnen jullie remote checken? Modem zegt firmware 7.31.0.4.
            Thanks!! 🙏
            """)
    cust = pick(rng, "xp", "in")
    addr, pc, town, area = home(rng)
    return T(f"""
        Hallo, sorry mijn Nederlands is niet zo goed, I'll try. Ik heb een afspraak gemaakt voor de monteur maar ik heb geen bevestiging gekregen. Is it still on for Thursday?
        My address is {AD(addr)}, {PC(pc)} {town}, en mijn nummer is {PH(mob(rng, ['intl', '0031']))}.
        Dank je wel! {P(given(cust))}
        """)


@scenario("nl", True)
def nl_gezin(rng, k):
    parent = pick(rng, "nl", "ma", "tr", "id")
    if k == 0:
        kid = kin(rng, parent, "m")
        d = gen_dob(rng, 2009, 2013)
        return T(f"""
            Goedemiddag,

            Voor mijn zoon {P(given(kid))} (geboren {DOB(date_form(d, 'dmy'))}) wil ik een sim-only abonnement afsluiten met een limiet van € 10 buitenbundel. Het abonnement komt op mijn naam, {P(full(parent))}, klantnummer {klantnr(rng)}.
            Kan hij zijn huidige prepaidnummer {PH(mob(rng, ['4x4']))} houden?
            Ik wil ook de 0900-nummers blokkeren en de dataroaming buiten de EU uitzetten.

            Groeten,
            {P(given(parent))}
            """)
    vader = kin(rng, parent, "m", elder=True)
    d = gen_dob(rng, 1932, 1945)
    addr, pc, town, area = home(rng)
    return T(f"""
        Geachte heer/mevrouw,

        Mijn vader, {P(full(vader))}, geboren op {DOB(date_form(d, 'nl'))}, kan zelf niet meer bellen met de klantenservice. Hij heeft mij een volmacht gegeven (bijgevoegd als pdf).
        Zijn adres: {AD(addr)}, {PC(pc)} {town}, vaste telefoon {PH(fmt_landline(nl_landline(rng, area), 'space'))}.
        Graag zijn telefoonabonnement omzetten naar het goedkopere Basis Bellen en de papieren factuur naar mijn adres sturen.
        U kunt mij bereiken op {PH(mob(rng, ['spdash', 'odd']))}.

        Met vriendelijke groet,
        {P(full(parent))}
        """)


@scenario("nl", True)
def nl_afspraak(rng, k):
    cust = pick(rng, "nl", "pl", "tr")
    if k == 0:
        buur = pick(rng, "nl", "ma", gender="m")
        plate = gen_kenteken(rng, rng.choice([7, 8, 9, 10, 11]))
        addr, pc, town, area = home(rng)
        return T(f"""
            Hallo,

            Voor de installatie morgen ({wo(rng)}): de monteur kan parkeren op mijn oprit, mijn eigen auto (kenteken {LP(plate)}) zet ik dan op straat.
            Ik ben er tot 11:00, daarna heeft mijn buurman {P(full(buur))} (nr. 23) de sleutel, zijn nummer is {PH(mob(rng, ['dash', 'space']))}.
            Adres nog even voor de zekerheid: {AD(addr)}, {PC(pc)}.
            De meterkast is in de garage, de glasvezelkabel ligt er al sinds de aanleg in de Molenstraat (2024).

            {P(full(cust))}
            """)
    return T(f"""
        Chatgesprek via glasnet.example/chat, 24-03-2025
        [09:12] {P(first(EMP['lotte']))} (Glasnet): Goedemorgen, waarmee kan ik je helpen?
        [09:13] {P(full(cust))}: Goedemorgen, ik wil mijn installatieafspraak verzetten
        [09:13] {P(first(EMP['lotte']))} (Glasnet): Dat kan. Wat is je postcode en huisnummer?
        [09:14] {P(full(cust))}: {PC(nl_postcode(rng))} {rng.randint(1, 99)}
        [09:15] {P(first(EMP['lotte']))} (Glasnet): Ik zie werkorder {wo(rng)} op 26-03. Nieuwe opties: 28-03 of 31-03, beide 08:00–12:00.
        [09:15] {P(full(cust))}: 31-03 graag. en kan de monteur me bellen als hij onderweg is? {PH(mob(rng, ['plain', 'dash']))}
        [09:16] {P(first(EMP['lotte']))} (Glasnet): Genoteerd! Je krijgt een bevestiging per sms.
        """)


@scenario("nl", True)
def nl_speedklacht(rng, k):
    cust = pick(rng, "nl", "sr", "id", "in")
    if k == 0:
        ip4 = gen_pub_ipv4(rng, "194.62.220")
        return T(f"""
            Ik betaal voor 1000 Mbit/s maar haal bekabeld nooit meer dan 310. Screenshot van de speedtest:

            Speedtest by Ookla — Result ID 16938475021
            ISP: Glasnet B.V.   Server: Glasnet (Zwolle)
            Download 309,42 Mbps   Upload 288,10 Mbps   Ping 4 ms
            Extern IP: {IP(ip4)}
            Apparaat: laptop via CAT6 op LAN-poort 1 van de Glasbox 2100 AC (firmware 4.2.1.8)

            Is de 2100 AC wel geschikt voor gigabit? Ik lees dat alleen de 4200 AX dat haalt.
            {P(full(cust))}, klantnummer {klantnr(rng)}
            """)
    v6 = gen_pub_ipv6(rng)
    return T(f"""
        Beste,

        Sinds het onderhoud van 11 maart werkt IPv6 niet goed meer. Mijn router (ASUS RT-AX58U, firmware 3.0.0.4) krijgt wel een adres, maar pings naar buiten gaan niet.
        WAN IPv6: {IP(v6)}
        Link-local: fe80::1a2b:3cff:fe4d:5e6f
        Gateway: fe80::1
        DNS: 2a0e:7c40::53 / 2a0e:7c40::54
        traceroute6 stopt na de eerste hop (2a0e:7c40:0:1::1).
        Kunnen jullie kijken of mijn prefix goed geprovisioned is?

        Groet, {P(initials(cust))}
        """)


# ---------------- Dutch, without personal data ----------------------------------------------
@scenario("nl", False)
def nl_storingsbericht(rng, k):
    if k == 0:
        return T(f"""
            STORINGSMELDING {inc(rng)} — Zwolle-Zuid
            Status: opgelost (update 14:40)
            Getroffen gebied: postcodes 8011 t/m 8017, deel van Assendorp en Diezerpoort
            Oorzaak: kabelbreuk bij graafwerkzaamheden in de Assendorperstraat door een derde partij (aannemer Grondwerken Oosterhof B.V.).
            Netwerkdeel: POP ZWL-03, OLT-kaart 1/1/4 en 1/1/5, circa 640 aansluitingen
            Begintijd: 25-03-2025 06:12 — eindtijd: 25-03-2025 14:31
            Werkorders: {wo(rng)}, {wo(rng)}
            Klanten kunnen de Glasbox herstarten als de PON-led na 15 minuten nog rood knippert. Bel anders 088 - 452 71 00 of app 06 41 27 88 30.
            """)
    return T(f"""
        Gepland onderhoud — nacht van 02 op 03 april 2025
        Tussen 00:00 en 05:00 vervangen we de core-routers in POP KMP-01 en ZWL-02. Je internet, tv en vaste telefonie kunnen tot 20 minuten wegvallen.
        Betrokken straten in Kampen: Oudestraat, IJsselkade, Burgwal (gedeeltelijk) en de nieuwbouwwijk Onderdijks.
        Wijziging: {rng.randint(240000, 249999)}-CHG, uitvoering door Netwerkbouw Oost B.V. namens Glasnet.
        Zakelijke klanten met een SLA ontvangen een aparte melding via zakelijk@glasnet.example.
        Status volgen: status.glasnet.example of @glasnet_storing
        """)


@scenario("nl", False)
def nl_routerhandleiding(rng, k):
    if k == 0:
        return T(f"""
            Eigen router gebruiken op glasvezel van Glasnet — instellingen
            - Internet-VLAN: 300 (getagd), IPTV-VLAN: 640, VoIP: VLAN 200
            - Verbindingstype: IPoE/DHCP, geen PPPoE-gebruikersnaam nodig
            - IPv6: DHCPv6-PD, prefixgrootte /56 (voorbeeld: 2001:db8:1200::/56)
            - DNS (optioneel): 194.62.217.53 en 194.62.217.54, IPv6 2a0e:7c40::53
            - MTU 1500; standaard LAN-subnet van de Glasbox is 192.168.2.0/24
            - Let op: de MAC-adresfilter op de ONT staat uit; je kunt bijvoorbeeld 00:1A:2B:3C:4D:5E laten staan
            Getest met FRITZ!Box 7530 AX (FRITZ!OS 7.57), Ubiquiti UniFi Dream Machine en TP-Link Archer AX55.
            Meer hulp: glasnet.example/eigen-router
            """)
    return T(f"""
        Veelgestelde vraag: waarom begint mijn WAN-adres met 100.?
        Een deel van de mobiele en tijdelijke aansluitingen zit achter CGNAT. Je router krijgt dan een adres uit 100.64.0.0/10, bijvoorbeeld {gen_cgnat(rng)}, en deelt een publiek adres met andere klanten.
        Wil je een eigen publiek IPv4-adres (voor port forwarding, NAS of camera)? Vraag dat gratis aan in Mijn Glasnet onder Internet > Instellingen.
        Controleer daarna de WAN-status: bij een publiek adres staat er geen 100.x meer, en ook geen 10.x of 192.168.x.
        Documentatievoorbeelden in onze handleidingen gebruiken 192.0.2.10, 198.51.100.20 en 203.0.113.5 — dat zijn geen echte adressen.
        """)


@scenario("nl", False)
def nl_anon_log(rng, k):
    if k == 0:
        cg = gen_cgnat(rng)
        return T(f"""
            Iemand anders ook problemen? Mijn log van vannacht (Glasbox 4200 AX, firmware 7.29.0.1):

            2025-03-26T02:14:09Z WAN DHCP lease renewed, address {cg}, gateway 100.64.0.1
            2025-03-26T02:14:10Z DNS 194.62.217.53 unreachable, fallback 1.1.1.1
            2025-03-26T02:14:31Z PON LOS alarm cleared, Rx -20.7 dBm
            2025-03-26T02:15:02Z WiFi 5GHz channel 100 -> 36 (DFS radar detected)
            2025-03-26T02:15:44Z LAN client 192.168.2.34 (a4:91:b1:22:0c:3e) reconnected
            2025-03-26T02:16:00Z ACS inform to acs.glasnet.example OK

            Het valt elke nacht om 02:14 weg. #glasnet
            """)
    return T(f"""
        Voor wie het interessant vindt: de ping naar 8.8.8.8 is 's avonds ineens 80 ms i.p.v. 4 ms.
        traceroute naar 9.9.9.9:
         1  192.168.2.1      0.6 ms
         2  100.72.0.1       2.1 ms
         3  194.62.216.9     2.4 ms
         4  194.62.208.17    3.0 ms
         5  80.249.211.74    4.8 ms
         6  62.115.45.113   78.9 ms   <-- hier zit het
         7  9.9.9.9         80.2 ms
        Iemand van Glasnet die dit kan doorzetten naar netwerkbeheer? ONT-firmware 3.4.1.12, Rx -19,9 dBm.
        """)


@scenario("nl", False)
def nl_monteur_checklist(rng, k):
    if k == 0:
        return T(f"""
            CHECKLIST OPLEVERING FTTH (intern, versie 2025-02)
            [ ] glasvezel-ID op FTU gelijk aan werkorder (bijv. {fibre_id(rng)})
            [ ] Rx ONT tussen -8 en -27 dBm; bij < -24 dBm connector reinigen en opnieuw meten
            [ ] ONT-serienummer (GNXS…) scannen in de monteurs-app, MAC van de Glasbox noteren
            [ ] speedtest bekabeld ≥ 900 Mbit/s bij 1000/1000, ≥ 3600 Mbit/s bij 4 Gbit/s
            [ ] TV: GlasTV Box 4K gekoppeld, zenderlijst geladen (firmware 2.8.0.19)
            [ ] klant uitleg gegeven over storingsnummer 088 452 7100 en status.glasnet.example
            Voorraad bus: 4x Glasbox 4200 AX, 2x Glasbox 2100 AC, 6x patch SC/APC, 1 lasapparaat (kalibratie 01-2025)
            """)
    return T(f"""
        Overdracht nachtdienst netwerkbeheer, 27-03
        - {inc(rng)}: OLT ZWL-03 kaart 1/1/6 herstart om 01:40, 212 ONT's weer online, Rx gemiddeld -21,3 dBm
        - {inc(rng)}: BNG 194.62.216.1 liet 3 min pakketverlies zien (CPU 96%), leverancier ingeschakeld
        - change {rng.randint(240000, 249999)}-CHG morgen 00:00: firmware OLT naar 6.2.1.14
        - serienummers voor RMA: {ont_sn(rng)}, {ont_sn(rng)} (ONT's met LOS-alarmen), ordernummer leverancier {gen_elf9(rng)}
        - geen klantcontact nodig, klantenservice is ingelicht via het storingsbord
        """)


@scenario("nl", False)
def nl_factuuruitleg(rng, k):
    if k == 0:
        return T(f"""
            Uitleg bij je eerste factuur van Glasnet
            Factuurnummer: {factnr(rng)}   Factuurdatum: 01-04-2025   Klantnummer: {klantnr(rng)}
            Internet 1000 Mbit/s              € 49,95
            GlasTV Compleet                   € 17,50
            Eenmalige aansluitkosten          € 49,00
            Korting eerste 3 maanden         -€ 15,00
            Totaal incl. 21% btw             € 101,45
            Het bedrag wordt rond de 25e afgeschreven met incassant-ID NL95ZZZ050644180000.
            Betaal je liever zelf? Maak het bedrag over naar NL59 INGB 0006 7183 42 t.n.v. Glasnet B.V. o.v.v. betalingskenmerk {betalingskenmerk(rng)}.
            Glasnet B.V. · KvK 05064418 · btw NL819043217B01
            """)
    return T(f"""
        Vraag van een klant in de community: "Op mijn factuur staat ordernummer {gen_elf9(rng)} en referentie {gen_nonelf9(rng)}, welke moet ik gebruiken?"
        Antwoord van de moderator: gebruik altijd het betalingskenmerk (16 cijfers, begint met 5001). Het ordernummer hoort bij je bestelling van de Glasbox, de referentie bij de incasso.
        Vanuit België betaal je naar BE75 3630 4182 7551 (Glasnet België BV, ondernemingsnummer BE 0719.346.159).
        Heb je nog vragen? Bel 038 760 4400 of +32 3 298 41 70 (België).
        """)


@scenario("nl", False)
def nl_social_publiek(rng, k):
    if k == 0:
        return T(f"""
            @GlasnetNL weer geen tv in Kampen-Zuid 😤📺 3e keer deze maand #storing #glasnet
            ↳ @glasnet_storing: Bekend, monteurs zijn onderweg naar de wijkcentrale aan de Flevoweg. Update volgt om 20:00.
            ↳ @ijsselfan_038: hier ook, internet doet het wel. decoder zegt E-204
            ↳ @koffieleut_kmp: bij ons op de Oudestraat alles normaal 🤷‍♀️
            ↳ @glasnet_storing: Opgelost om 19:42. Sorry voor het ongemak! 🙏
            """)
    return T(f"""
        Draadje: waarom je NIET je eigen ONT moet resetten 🧵
        1/ de ONT (het witte kastje) haalt zijn config van de OLT. Reset = tot 30 min geen verbinding.
        2/ kijk liever naar de PON-led: groen = ok, rood knipperen = geen licht (Rx < -28 dBm)
        3/ serienummer staat op de achterkant (GNXS…), noem dat als je @GlasnetHelpt DM't
        4/ en nee, 192.168.2.254 is niet "het IP van de glasvezel" 😅 #glasvezel #techtip
        """)


@scenario("nl", False)
def nl_mobiel_vraag(rng, k):
    if k == 0:
        return T(f"""
            Vraagje: ik heb een eSIM besteld maar de QR-code werkt niet op mijn nieuwe telefoon.
            Instellingen > Over de telefoon zegt:
            IMEI 1: {gen_imei(rng)}
            IMEI 2: {gen_imei(rng)}
            EID: 89049032007008882600{rand_digits(rng, 12)}
            ICCID (fysieke sim): {gen_iccid(rng, 20)}
            Software: One UI 6.1, Android 14, baseband {rng.choice(['S918BXXS3BXA1', 'A546BXXU6CXB2'])}
            Moet ik eerst de fysieke sim deactiveren? Bestelnummer eSIM: 7734-{rng.randint(100000, 999999)}.
            """)
    return T(f"""
        Uw bundeloverzicht maart 2025
        Data: 18.432 MB van 20 GB gebruikt (waarvan 2048 MB in de EU)
        Bellen: 312 van onbeperkt minuten
        Sms: 14
        Betaalde diensten: 0900-nummers geblokkeerd, 0800-nummers gratis
        Voicemail: bel 1233 (gratis binnen de bundel)
        Tip: zet wifi-bellen aan; op glasvezel thuis gaat je bereik dan via je Glasbox 4200 AX.
        """)


@scenario("nl", False)
def nl_beschikbaarheid(rng, k):
    if k == 0:
        return T(f"""
            Goedendag, komt er ook glasvezel in de Vechtstraat en de Zandstraat in Ommen? De buren aan de overkant (even nummers) hebben al een FTU, wij nog niet.
            Op jullie kaart staat "gepland Q3 2025" voor postcodegebied 7731, maar bij de Markt staat al een graafploeg van Netwerkbouw Oost B.V.
            Kan ik me alvast aanmelden zonder dat ik vastzit aan een contract?
            """)
    return T(f"""
        Is het waar dat Glasnet 8 Gbit/s XGS-PON gaat aanbieden in Zwolle-Stadshagen? Ik zag monteurs bij de wijkcentrale aan de Frankhuizerallee met nieuwe kasten (type Nordlink XG-5400, OLT-kasten).
        Mijn huidige Glasbox 4200 AX kan maximaal 2500 Mbit/s, dus ik zou ook een nieuwe router nodig hebben, neem ik aan.
        Alvast bedankt!
        """)


@scenario("nl", False)
def nl_tv_zenders(rng, k):
    if k == 0:
        return T(f"""
            Wijzigingen zenderlijst GlasTV per 1 mei 2025
            Kanaal 12: nieuw — RTV Oost HD (was kanaal 45)
            Kanaal 45: vervalt
            Kanaal 501–512: radiozenders verhuizen naar 601–612
            Frequentieplan DVB-C (alleen voor klanten met oude GlasTV Box): 474 MHz, 482 MHz, 490 MHz, 256-QAM, symbol rate 6900
            Opnameruimte in de cloud: standaard 2048 MB → 4096 MB voor GlasTV Compleet
            Softwareversie GlasTV Box 4K na de update: 2.9.0.4
            """)
    return T(f"""
        Mijn GlasTV Box 4K geeft na de update naar 2.9.0.4 steeds foutcode E-311 ("multicast timeout").
        Box hangt via powerline aan de Glasbox, IGMP-proxy staat aan, IPTV-VLAN 640.
        Decoder-IP is 192.168.2.41, multicastgroep 239.10.12.1. Bij bekabeld direct aan de router werkt alles.
        Iemand een idee of ik iets moet aanpassen in de instellingen van de FRITZ!Box 7590 AX die erachter hangt?
        """)


@scenario("nl", False)
def nl_contractvraag(rng, k):
    if k == 0:
        return T(f"""
            Beste Glasnet,
            Mijn contract (contractnummer C-2022-{rng.randint(10000, 99999)}, ingangsdatum 15-06-2022, debiteurnummer {gen_nonelf9(rng)}) loopt in juni af. Wat kost het verlengen voor 1 jaar en krijg ik dan een nieuwe router?
            Nu heb ik de Glasbox 2100 AC en internet 500 Mbit/s. Kan de 2100 AC ook 1000 Mbit/s aan?
            Alvast bedankt, een tevreden klant sinds 2019
            """)
    return T(f"""
        Goedemiddag,
        Ik heb op 12-02-2025 een opzegging gestuurd (referentie OPZ-{rng.randint(100000, 999999)}), maar ik krijg nog steeds een factuur (nr. {factnr(rng)}, € 54,95).
        De router heb ik op 20-02 teruggestuurd via het PostNL-punt, track & trace 3SGNT{rng.randint(1000000, 9999999)}.
        Wilt u dit rechtzetten?
        """)


@scenario("nl", False)
def nl_graafwerk(rng, k):
    if k == 0:
        return T(f"""
            Beste bewoner,

            In opdracht van Glasnet B.V. leggen wij vanaf maandag 14 april 2025 glasvezel aan in uw straat. Het gaat om de Vlierstraat, de Hazelaarstraat en het Meidoornplein in Dalfsen.
            - week 16: open maken trottoir, even huisnummers
            - week 17: oneven huisnummers en kruising met de Ruitenveenweg
            - week 18: herstraten
            U kunt tijdens de werkzaamheden uw auto niet altijd voor de deur parkeren. Uitvoerder: Netwerkbouw Oost B.V., KLIC-melding {rng.randint(25, 25)}O{rng.randint(1000000, 9999999)}.
            Vragen? Bel Glasnet op 038 760 4400 of schrijf naar Glasnet B.V., Postbus 1460, 8001 BL Zwolle.
            """)
    return T(f"""
        Aan: Netwerkbouw Oost B.V. — afdeling uitvoering
        Cc: planning@glasnet.example
        Onderwerp: graafschade {wo(rng)} Kerkdijk/Hoofdstraat

        Bij het boren onder de Kerkdijk is gisteren om 14:20 een laagspanningskabel van de netbeheerder geraakt (schadenummer GS-2025-{rng.randint(10000, 99999)}).
        De glasvezelbuis (7x 12 mm, kleur oranje) ligt nog niet in de gestuurde boring; 38 aansluitingen aan de Hoofdstraat schuiven een week op.
        Graag voor vrijdag een nieuwe planning en foto's van de herstelde sleuf in het portaal.
        Met vriendelijke groet,
        Team Uitvoering Glasnet
        """)


# =============================================================================================
# English scenarios (25: 17 with personal data, 8 without)
# =============================================================================================
@scenario("en", True)
def en_install(rng, k):
    cust = pick(rng, "xp", "in")
    addr, pc, town, area = home(rng, town_nl(rng, ["Zwolle", "Enschede", "Deventer", "Hengelo"]))
    if k == 0:
        return T(f"""
            Hi there,

            Your engineer {P(first(EMP['dennis']))} came by this morning (job {wo(rng)}) but couldn't finish because the fibre cable in the meter cupboard is "too short to reach the ONT location". He said someone would call me to schedule a second visit with a colleague, but nobody has.
            Address: {AD(addr)}, {PC(pc)} {town}
            Mobile: {PH(mob(rng, ['intl', 'intl0', 'intlc']))}
            I work from home, so any weekday morning is fine.

            Thanks,
            {P(full(cust))}
            """)
    landlord = pick(rng, "nl", "tr", "sr")
    return T(f"""
        Hello,

        I'm renting an apartment at {AD(addr)} ({PC(pc_form(pc, 'nospace'))}, {town}) and want to order your 1 Gbit/s fibre. The booking page says I need written permission from the owner for drilling.
        My landlord is {P(full(landlord))}, you can reach them on {PH(mob(rng, ['dash', 'space']))} — {P(given(landlord))} already agreed by WhatsApp, is a screenshot enough?
        The letting agent (Woonwijzer Makelaars) only answers by e-mail, which takes ages.

        Cheers,
        {P(given(cust))}
        """)


@scenario("en", True)
def en_router_logs(rng, k):
    cust = pick(rng, "xp", "in", "pl")
    if k == 0:
        ip4 = gen_pub_ipv4(rng, "194.62.218")
        return T(f"""
            Hi Glasnet support, my OpenWrt router keeps dropping the PPPoE session every 4 hours. Relevant part of logread:

            Wed Mar 19 14:02:11 2025 daemon.notice pppd[2210]: Connect: pppoe-wan <--> eth1.300
            Wed Mar 19 14:02:12 2025 daemon.info pppd[2210]: CHAP authentication succeeded
            Wed Mar 19 14:02:12 2025 daemon.notice pppd[2210]: local  IP address {IP(ip4)}
            Wed Mar 19 14:02:12 2025 daemon.notice pppd[2210]: remote IP address 194.62.216.1
            Wed Mar 19 14:02:12 2025 daemon.notice pppd[2210]: primary   DNS address 194.62.217.53
            Wed Mar 19 14:02:12 2025 daemon.notice pppd[2210]: secondary DNS address 194.62.217.54
            Wed Mar 19 18:02:13 2025 daemon.info pppd[2210]: LCP terminated by peer
            Wed Mar 19 18:02:15 2025 daemon.info dnsmasq-dhcp[1]: DHCPACK(br-lan) 192.168.1.148 {gen_mac(rng)} laptop

            OpenWrt 23.05.3, kernel 5.15.150. Is there a forced reconnect on your side? Other ISPs don't do this.
            — {P(full(cust))}
            """)
    v6 = gen_pub_ipv6(rng)
    pre = gen_v6_prefix(rng)
    return T(f"""
        Hey, IPv6 on my UniFi gateway stopped working after your maintenance on the 11th. Here's what it shows:

        WAN IPv6 ........ {IP(v6)}
        Delegated prefix  {IP(pre)}/56
        LAN IPv6 ........ fd12:3456:789a::1 (ULA, set by me)
        Link-local GW ... fe80::2e0:4cff:fe68:1
        IPv4 ............ {gen_cgnat(rng)} (!! why CGNAT? I had a public IPv4 before)

        Controller version 8.6.9, firmware 4.0.6. Can you put me back on a public v4 and check the PD?
        {P(given(cust))}
        """)


@scenario("en", True)
def en_porting(rng, k):
    cust = pick(rng, "xp", "in")
    if k == 0:
        d = gen_dob(rng, 1965, 2001)
        uk = uk_mobile(rng)
        return T(f"""
            Hi,

            I'd like to keep my Dutch number {PH(mob(rng, ['4x4', 'dash']))} when moving from Vodafone to Glasnet Mobile. The porting form asks for my date of birth "as known at the current provider": that's {DOB(date_form(d, 'ord'))}.
            Also: can you port my old UK number {PH('+44 ' + uk[1:5] + ' ' + uk[5:])} as well? I still pay £10 a month for it just to receive bank texts.

            Best wishes,
            {P(full(cust))}
            """)
    owner = pick(rng, "nl", "in", "xp")
    addr, pc, town, area = home(rng)
    tel = nl_landline(rng, area)
    return T(f"""
        Dear Glasnet Business,

        We run a small yoga studio (sole trader, KvK {KVK(gen_kvk(rng))}) and want to move our landline {PH(fmt_landline(tel, 'intl'))} to your VoIP package. The number must stay the same because it is printed on all our flyers.
        Studio address: {AD(addr)}, {PC(pc)} {town}.
        Current provider: KPN Zakelijk, contract ends 31-05-2025.

        Kind regards,
        {P(full(owner))}
        """)


@scenario("en", True)
def en_esim(rng, k):
    cust = pick(rng, "xp", "in", "id")
    if k == 0:
        d = gen_dob(rng, 1970, 2003)
        return T(f"""
            Hello, I want to move my eSIM to a new iPhone 16.
            Name: {P(full(cust))}
            Number: {PH(mob(rng, ['intl', 'intlc']))}
            Date of birth: {DOB(date_form(d, 'slash'))} (for the verification)
            Old device IMEI: {gen_imei(rng)}
            New device IMEI: {imei_form(gen_imei(rng), 'spaced')}
            EID new device: 8904903200{rand_digits(rng, 22)}
            The "Transfer from nearby iPhone" option says "carrier does not support eSIM Quick Transfer". Do I need a new QR code?
            """)
    partner = pick(rng, "xp", "nl")
    return T(f"""
        URGENT — lost my phone in Barcelona yesterday. Please block the SIM for {PH(mob(rng, ['plain', 'space']))} right away.
        ICCID (from the original card holder I still have): {iccid_form(gen_iccid(rng), 'grouped')}
        I'm back in NL on Sunday. Until then, please call my partner {P(full(partner))} on {PH(mob(rng, ['intl0']))} if you need to reach me.
        Can the replacement SIM go to the address you have on file? My customer number is {klantnr(rng)}.
        {P(full(cust))}
        """)


@scenario("en", True)
def en_card(rng, k):
    cust = pick(rng, "xp", "in", "tr")
    if k == 0:
        c = gen_card(rng, "visa")
        return T(f"""
            Hi,
            My direct debit bounced because my Dutch bank account isn't open yet. Can I pay invoice {factnr(rng)} (EUR 84.90) by card instead?
            Card: {CC(card_form(c, 'dash'))}, exp 04/28, name {P(full(cust))}.
            I'll give you the CVV over the phone if needed.
            Regards, {P(given(cust))}
            """)
    c = gen_card(rng, "mc2")
    return T(f"""
        Hello, I see a charge of € 149,00 "GLASNET INSTALL FEE" on my Mastercard ending {c[-4:]}, but the installation was supposed to be free with the spring promo (order {gen_elf9(rng)}).
        Full card number in case you need it for the refund: {CC(card_form(c, 'plain'))}
        Please refund to the same card. Otherwise I will file a chargeback with my bank.
        {P(full(cust))}
        """)


@scenario("en", True)
def en_direct_debit(rng, k):
    cust = pick(rng, "xp", "pl", "in")
    if k == 0:
        ib = gen_iban(rng, "LT")
        return T(f"""
            Hi team,
            Can you switch my direct debit to my Revolut account? IBAN {IB(iban_group(ib))}, BIC REVOLT21, account holder {P(full(cust))}.
            My Dutch bank account is being closed at the end of the month. Customer number {klantnr(rng)}.
            Thank you!
            """)
    sp = pick(rng, "xp", "pl", "in", gender="f")
    ib = gen_iban(rng, "BE")
    return T(f"""
        Hello,
        Please use my wife's Wise account for the monthly payments from now on:
        Account holder: {P(full(sp))}
        IBAN: {IB(ib)}
        She has agreed (she is cc'd on this mail: {EM(emailify(sp, rng))}).
        Best regards,
        {P(full(cust))}
        """)


@scenario("en", True)
def en_id_check(rng, k):
    cust = pick(rng, "xp", "in")
    if k == 0:
        d = gen_dob(rng)
        return T(f"""
            Hi, your colleague {P(first(EMP['anouk']))} asked me to send identification to transfer the contract to my name (my housemate is moving out).
            Full name: {P(full(cust))}
            Date of birth: {DOB(date_form(d, 'en'))}
            UK passport number: {ID(str(rng.randint(100000000, 999999999)))}
            BSN: {BS(bsn_form(gen_bsn(rng), 'space'))}
            Please let me know if you need a scan of the passport as well.
            """)
    rb = str(rng.randint(5000000000, 5999999999))
    d = gen_dob(rng)
    return T(f"""
        For the identity check: I exchanged my Indian licence for a Dutch one last year, so here is my Dutch driving licence number: {ID(rb)}.
        Born {DOB(date_form(d, 'us'))} in Pune.
        My citizen service number is {BS(gen_bsn(rng))}, but I read online that you aren't supposed to ask for that, so please delete it if you don't need it.
        {P(full(cust))}
        """)


@scenario("en", True)
def en_social(rng, k):
    cust = pick(rng, "xp", "in")
    if k == 0:
        h = "@" + rng.choice(["dutchexpat_life", "zwolle_runner", "coffee.and.cables", "bikeandbytes"])
        return T(f"""
            {h}: @GlasnetNL third outage this week, working from home is impossible 🙃 #glasnet #fibre
            @GlasnetHelpt: Hi! Sorry to hear that. Could you DM us your postcode and house number? ^{P(first(EMP['karim']))}
            [DM] {h}: {PC(nl_postcode(rng))} 12, the ONT light is blinking red. you can call me on {PH(mob(rng, ['intl']))}, ask for {P(given(cust))}
            [DM] @GlasnetHelpt: Thanks {P(given(cust))}! There's a fibre cut near your street, engineers expected to fix it by 16:00 today. ^{P(first(EMP['karim']))}
            """)
    return T(f"""
        WHY IS MY INTERNET DOWN AGAIN?!? 4TH TIME IN MARCH. I PAY FOR 1000 MBIT AND GET NOTHING. TICKET {inc(rng)} STILL "IN PROGRESS".
        CALL ME BACK ON {PH(mob(rng, ['dash']))} — {P(full(cust).upper())}
        #glasnet #worstisp
        """)


@scenario("en", True)
def en_forwarded(rng, k):
    cust = pick(rng, "xp", "in")
    if k == 0:
        ec = emailify(cust, rng)
        return T(f"""
            From: {P(full(cust))} <{EM(ec)}>
            To: klantenservice@glasnet.example
            Subject: Fwd: Uw aanvraag {wo(rng)}

            Hi, I got the message below but my Dutch isn't good enough. Does this mean the installation is cancelled? I never asked for that.
            {P(given(cust))}

            -------- Doorgestuurd bericht --------
            Van: {P(EMP['lotte'])} <klantenservice@glasnet.example>
            Datum: 20 maart 2025 10:12
            Aan: {EM(ec)}
            Onderwerp: Uw aanvraag

            Beste {P(sur(cust))},

            Helaas kunnen we de installatie op 24-03 niet uitvoeren: volgens onze gegevens is er in uw straat nog geen glasvezel aangelegd. We plannen een nieuwe afspraak zodra de aanleg klaar is.

            Met vriendelijke groet,
            {P(EMP['lotte'])}
            Klantenservice Glasnet | +31 (0)38 760 44 00 | Spoelhof 21, 8017 KT Zwolle
            """)
    it = pick(rng, "in", "pl", "xp")
    addr, pc, town, area = home(rng)
    return T(f"""
        From: {P(full(it))} <{EM(emailify(it, rng, 'brightloop-software.nl'))}>
        Sent: Thursday, 20 March 2025 16:47
        To: zakelijk@glasnet.example
        Subject: FW: static IP for the office

        Hi Glasnet Business, forwarding our internal thread. Can you confirm the static IPv4 address is included in the Zakelijk Plus package?

        > From: {P(EMP['femke'])} <facturatie@glasnet.example>
        > Dat klopt, het vaste IP-adres zit in Zakelijk Plus (€ 79,00 p/m excl. btw).

        --
        {P(full(it))} | IT & Facilities
        Brightloop Software B.V.
        {AD(addr)}, {PC(pc)} {town}, the Netherlands
        T {PH(fmt_landline(nl_landline(rng, area), 'intl0'))} | M {PH(mob(rng, ['intl']))}
        CoC {KVK(gen_kvk(rng))} | VAT {BTW(gen_btw_id(rng))}
        """)


@scenario("en", True)
def en_call_dispute(rng, k):
    cust = pick(rng, "in", "id", "pl")
    g = GROUP_OF[cust]
    rel = kin(rng, cust, rng.choice(["m", "f"]))
    if k == 0:
        intl = {"in": f"+91 {rng.randint(70000, 99999)} {rng.randint(10000, 99999)}",
                "id": f"+62 812 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                "pl": f"+48 {rng.choice(['501', '601', '791'])} {rng.randint(100, 999)} {rng.randint(100, 999)}"}[g]
        return T(f"""
            Hello,

            My March bill ({factnr(rng)}) is € 212,37 instead of the usual € 25. The call list shows:
            - 14 calls to {PH(intl)} (my {'brother' if rel[0] in KIN[g][0] else 'sister'} {P(given(rel))}) — € 163,20
            - 2 calls to 0900-1515 — I have never called this number
            My bundle is "Unlimited NL + 100 min international", so the first 100 minutes should be free.
            Please correct this.

            {P(full(cust))}
            """)
    col = pick(rng, "nl", "xp")
    return T(f"""
        Hi, my itemised bill lists a call on 18-03 at 23:14 to {PH(mob(rng, ['dash']))} lasting 47 min. I didn't make that call — my phone was off.
        The number belongs to my former colleague {P(full(col))}, so it might be a mix-up with the number I had before (porting done on 12-03, ref. PORT-{rng.randint(100000, 999999)}).
        Could you check whether the number {PH(mob(rng, ['4x4']))} is really mine now?
        Thanks, {P(given(cust))}
        """)


@scenario("en", True)
def en_moving_abroad(rng, k):
    cust = pick(rng, "xp", "be", "in")
    if k == 0:
        t = rng.choice(TOWNS_BE)
        return T(f"""
            Hello,

            I'm moving from Zwolle to {t[0]} for work on 1 May. Can I take my Glasnet contract with me to Belgium, or do I need to sign up with Glasnet België?
            New address: {AD(rng.choice(STREETS_BE) + ' ' + housenr(rng, 'be'))}, {PC(t[1])} {t[0]}
            Belgian mobile: {PH(fmt_be(be_mobile(rng), 'intl'))}
            I'd like the final invoice sent there.

            Thanks a lot,
            {P(full(cust))}
            """)
    uk_towns = [("Leeds", "LS6 2QT", "0113"), ("Sheffield", "S10 2TN", "0114"), ("Bristol", "BS7 8NH", "0117"), ("Newcastle", "NE4 5TF", "0191")]
    t = rng.choice(uk_towns)
    return T(f"""
        Hi,

        I'm cancelling everything because I'm moving back to the UK on 30 April. The router and TV box go back to your returns centre (Ambachtsweg 9, Hasselt), I've got the label.
        Please send the final bill to:
        {P(full(cust))}
        {AD(str(rng.randint(2, 140)) + ' ' + rng.choice(['Ashgrove Road', 'Kelso Terrace', 'Mill Lane', 'Orchard Close']))}
        {t[0]} {PC(t[1])}
        United Kingdom
        UK phone: {PH(t[2] + ' 496 0' + str(rng.randint(100, 999)))}

        Cheers for everything!
        """)


@scenario("en", True)
def en_lowercase_chat(rng, k):
    cust = pick(rng, "xp", "in", "sr")
    if k == 0:
        return T(f"""
            whatsapp chat with glasnet (06 4127 8830)
            [10:02] {P(given(cust).lower())}: hi my tv box says error e-204 since this morning
            [10:03] glasnet: Hi! This is {P(first(EMP['anouk']))}. Can you send your postcode + house number?
            [10:05] {P(given(cust).lower())}: {PC(pc_form(nl_postcode(rng), 'lower'))} 8
            [10:07] glasnet: Thanks. I'm resetting your TV profile remotely, please restart the box in 5 min. ^{P(first(EMP['anouk']))}
            [10:15] {P(given(cust).lower())}: works now!! thx
            """)
    return T(f"""
        hey so my internet is super slow since yesterday like 40 mbit instead of 500
        already restarted the glasbox twice
        im at {AD(nl_addr(rng).lower())} {PC(pc_form(nl_postcode(rng), 'lowernospace'))}
        pls call {PH(mob(rng, ['plain']))} after 5pm, {P(full(cust).lower())}
        """)


@scenario("en", True)
def en_engineer_complaint(rng, k):
    cust = pick(rng, "xp", "in", "nl")
    if k == 0:
        buur = pick(rng, "nl", "tr", "ma")
        return T(f"""
            Dear Glasnet,

            I want to file a complaint about the installation on 17 March (work order {wo(rng)}). Your engineer {P(EMP['yusuf'])} drilled through the wall into my neighbour's hallway. My neighbour, {P(full(buur))}, is (understandably) furious and wants the damage repaired.
            I have photos. Who will pay for the plasterer? {P(sur(buur))} asked me to give you their number: {PH(mob(rng, ['dash']))}.

            Kind regards,
            {P(full(cust))}
            {AD(nl_addr(rng))}
            """)
    return T(f"""
        Hi, just wanted to say thanks to {P(first(EMP['rianne']))} who came today — she fixed the signal (it was -27.5 dBm, now -18.9 dBm) and explained everything patiently. 10/10 service!
        If she has a bonus system, please let her manager know. 😊
        {P(full(cust))}, customer {klantnr(rng)}
        """)


@scenario("en", True)
def en_student_house(rng, k):
    mates = pick(rng, "xp", "in", "id", "pl", n=3)
    if k == 0:
        d = gen_dob(rng, 1998, 2005)
        return T(f"""
            Hi,
            We're a student house and the contract holder ({P(full(mates[0]))}) moved back home last month. {P(given(mates[1]))} wants to take over the contract.
            New holder: {P(full(mates[1]))}, born {DOB(date_form(d, 'dmy'))}, e-mail {EM(emailify(mates[1], rng))}
            Old holder's e-mail for confirmation: {EM(emailify(mates[0], rng))}
            {P(given(mates[2]))} (cc) is the third housemate and is fine with it.
            Cheers!
            """)
    return T(f"""
        Hello, quick question about splitting the bill in our house.
        The contract is on {P(full(mates[0]))}'s name, but {P(full(mates[1]))} and {P(full(mates[2]))} would like to pay their share directly.
        Is it possible to have three direct debits for one contract? If not, we'll just use Tikkie 😅
        {P(given(mates[0]))}
        """)


@scenario("en", True)
def en_codeswitch(rng, k):
    cust = pick(rng, "xp", "in", "de")
    if k == 0:
        addr, pc, town, area = home(rng)
        return T(f"""
            Goedemiddag! Sorry, my Dutch is niet zo goed yet. I ordered the Vast+Mobiel bundle and the sim arrived, but the router is nog niet geleverd.
            Track & trace says "afgeleverd bij buren" but which buren?? 🙈 Address is {AD(addr)}, {PC(pc)}.
            Bedankt alvast, {P(given(cust))} ({PH(mob(rng, ['dash']))})
            """)
    return T(f"""
        Hallo Glasnet — English ok? The monteur said "de glasvezel is doorgemeten, alles in orde", but the ONT still shows LOS.
        He left a note: "Rx -31 dBm, lassen in de wijkkast nodig". What does lassen mean and when will someone come?
        Thanks, {P(full(cust))}, tel {PH(mob(rng, ['4x4']))}
        """)


@scenario("en", True)
def en_parking(rng, k):
    cust = pick(rng, "xp", "in")
    if k == 0:
        plate = gen_kenteken(rng, rng.choice([8, 9, 10, 11]))
        return T(f"""
            Hi, for tomorrow's installation: visitor parking on our street needs a permit. I've registered your engineer's van, but the app also asks for "your own licence plate" — mine is {LP(plate)}.
            Can you confirm the engineer will park in bay 14? My number: {PH(mob(rng, ['intl']))}.
            {P(given(cust))}
            """)
    inlaw = pick(rng, "de")
    return T(f"""
        Hello, the engineer is coming on Saturday between 8 and 12. My in-laws ({P(full(inlaw))} and family) are visiting that weekend and their car (German plates, {LP('BOR-' + rng.choice(['KT', 'HL', 'AB']) + ' ' + str(rng.randint(10, 999)))}) will be in our driveway, so please park on the street.
        {P(full(cust))}
        """)


@scenario("en", True)
def en_security(rng, k):
    cust = pick(rng, "xp", "in", "nl")
    if k == 0:
        a, b = gen_pub_ipv4(rng), gen_pub_ipv4(rng)
        return T(f"""
            Hi, I got an e-mail "new login to Mijn Glasnet" that wasn't me. The login history shows:
            2025-03-22 03:14  {IP(a)}  Chrome 122 on Windows  (not me!)
            2025-03-22 09:02  {IP(gen_pub_ipv4(rng, '194.62.220'))}  Safari on iPhone  (me, home)
            2025-03-21 18:40  {IP(b)}  Chrome 122 on Windows  (not me!)
            I've changed my password. Can you block the unknown sessions? Account: {EM(emailify(cust, rng))}
            {P(full(cust))}
            """)
    return T(f"""
        Hello, someone called me pretending to be from Glasnet and asked for my bank details to "refund an overpayment". The caller ID was {PH(mob(rng, ['plain']))}.
        I didn't give anything. Just letting you know so you can warn other customers.
        {P(full(cust))}
        """)


# ---------------- English, without personal data ---------------------------------------------
@scenario("en", False)
def en_status(rng, k):
    if k == 0:
        return T(f"""
            Service status — Zwolle and Kampen
            Issue: TV channels freezing for some customers (error E-311)
            Started: 26-03-2025 19:05   Resolved: 26-03-2025 21:40
            Cause: a multicast routing change in POP ZWL-02 during planned maintenance ({rng.randint(240000, 249999)}-CHG)
            Affected: GlasTV Box 4K with software 2.9.0.4; older boxes were not affected
            If your box still shows E-311, unplug it for 30 seconds. Internet and telephony were not affected.
            Follow @glasnet_storing for updates.
            """)
    return T(f"""
        Planned maintenance (English summary)
        Night of 9 to 10 April 2025, 00:00–04:00: upgrade of all OLTs in Deventer and Raalte to firmware 6.2.1.14.
        Expect up to 3 short interruptions of about 5 minutes each. No action needed on your side.
        Business customers with a 4-hour SLA will receive a separate notice with change number {rng.randint(240000, 249999)}-CHG.
        Questions: +31 88 452 7100 (24/7 fault line) or support@glasnet.example.
        """)


@scenario("en", False)
def en_log_private(rng, k):
    if k == 0:
        return T(f"""
            Anyone else seeing this on the Glasbox 4200 AX (firmware 7.29.0.1)? Pasted from the event log:
            [2025-03-24 21:14:02] DHCP: WAN lease obtained {gen_cgnat(rng)}/10, gw 100.64.0.1
            [2025-03-24 21:14:03] DNS: upstream 194.62.217.53 timeout, switching to 8.8.8.8
            [2025-03-24 21:14:30] WLAN: client {gen_mac(rng, 'dash', upper=True)} deauth reason 7
            [2025-03-24 21:15:01] NAT: port forward 8443 -> 192.168.2.50:443 ignored (CGNAT active)
            [2025-03-24 21:15:09] VPN: WireGuard peer 10.8.0.2 handshake OK
            Port forwarding obviously doesn't work behind CGNAT. How do I get a public IP?
            """)
    return T(f"""
        For the docs/wiki: example config for a Glasnet business line (all addresses are documentation ranges):
        interface WAN
          ip address 203.0.113.14 255.255.255.248
          ip route 0.0.0.0 0.0.0.0 203.0.113.9
          ipv6 address 2001:db8:4a1:100::2/64
        interface LAN
          ip address 192.168.10.1 255.255.255.0
        ntp server 194.62.217.53
        Replace the 203.0.113.x block with the one in your welcome letter.
        """)


@scenario("en", False)
def en_speed_q(rng, k):
    if k == 0:
        return T(f"""
            Question: I have the 4 Gbit/s plan but my PC's network card is only 2.5 GbE. Speedtest shows 2350 Mbit/s down, 2280 up.
            Router: Glasbox 4200 AX, LAN port 1 (10 GbE). Cable: CAT6a, 3 m. Ping 2 ms, jitter 0.4 ms.
            Is it worth upgrading to a 10 GbE card (about € 90) or will I never see more than ~3500 Mbit/s anyway?
            """)
    return T(f"""
        Wi-Fi 6 vs 6E question. My laptop gets 870 Mbit/s on 5 GHz channel 100 (160 MHz) at 2 m from the router, but only 120 Mbit/s in the bedroom.
        Would a FRITZ!Box 7590 AX with two FRITZ!Repeater 3000 AX units help, or should I go for the Glasnet mesh (Glasbox 4200 AX + 2 satellites)?
        The house is from 1932, thick brick walls.
        """)


@scenario("en", False)
def en_imei_q(rng, k):
    if k == 0:
        return T(f"""
            Does Glasnet support VoLTE on imported phones? My phone (bought in Singapore) shows:
            IMEI: {gen_imei(rng)}
            IMEI SV: 12
            Model: XQ-DQ72, firmware 67.1.A.2.112
            SIM: Glasnet, ICCID {iccid_form(gen_iccid(rng), 'grouped')}
            Calls drop back to 3G, which will be switched off soon. Is my TAC whitelisted?
            """)
    return T(f"""
        Quick one: which ICCID do I give when activating the replacement SIM — the 19-digit number on the card ({gen_iccid(rng)}) or the 20-digit one on the holder ({gen_iccid(rng, 20)})?
        The activation page keeps saying "invalid SIM number". Order {gen_nonelf9(rng)}.
        """)


@scenario("en", False)
def en_invoice_q(rng, k):
    if k == 0:
        return T(f"""
            Hi, trying to understand my first bill:
            Invoice {factnr(rng)}, dated 01-04-2025, customer no. {klantnr(rng)}
            Fibre 1000 Mbit/s ........ € 49,95
            Connection fee ........... € 49,00 (one-off)
            Pro-rata 18-31 March ..... € 22,48
            Total ..................... € 121,43
            What is "pro-rata"? My contract started on 18-03-2025. And the payment reference {betalingskenmerk(rng)} — do I need it if I have direct debit?
            """)
    return T(f"""
        Hello, I paid invoice {factnr(rng)} twice by mistake (once by iDEAL, transaction id 0050001{rng.randint(1000000, 9999999)}, and once by direct debit).
        Order number on the invoice: {gen_elf9(rng)}. Can the extra € 54,95 be deducted from next month instead of refunded?
        """)


@scenario("en", False)
def en_social_public(rng, k):
    if k == 0:
        return T(f"""
            @GlasnetNL @glasnet is your network down in Deventer? ONT light red since 07:30 #glasnet #outage
            ↳ @glasnet_storing: Yes, there's a fibre cut at the Hanzeweg caused by road works. Engineers on site, ETA 13:00.
            ↳ @expat_in_deventer: same here, working from a café now ☕️
            ↳ @glasnet_storing: Fixed at 12:41! Thanks for your patience 💚
            """)
    return T(f"""
        PSA for other expats in Zwolle: if your Glasnet TV box shows E-204, it's not your box. Check status.glasnet.example first, and don't pay the € 35 "engineer visit" they offer on the phone if it's a network issue 🙄
        Also: DM @GlasnetHelpt, they're way faster than the phone line (038 760 4400). #expatlife #zwolle
        """)


@scenario("en", False)
def en_jobsheet(rng, k):
    if k == 0:
        return T(f"""
            ENGINEER JOB SHEET (template, EN version for international customers)
            Work order: {wo(rng)}    Job ref: {gen_elf9(rng)}    Date: __-__-2025    Time on site: __:__
            Customer name: ______________    Signature: ______________
            ONT model / serial: ______ / GNXS________
            Rx level (dBm): _____ (OK if between -8 and -27)
            Router MAC: __:__:__:__:__:__
            Speed test result (Mbit/s): down ____ up ____
            Notes: ____________________________________
            """)
    return T(f"""
        Installation checklist for English-speaking customers
        1. We check the fibre ID on the wall box (FTU) against your work order.
        2. We install the ONT and measure the light level (target: better than -24 dBm).
        3. We connect the Glasbox and run a speed test. On 1000/1000 you should see 900+ Mbit/s wired.
        4. We activate TV (GlasTV Box 4K) and show you the app.
        Average visit: 90 minutes. Questions afterwards: 038 760 4400 or WhatsApp 06 4127 8830.
        """)


@scenario("en", False)
def en_coverage(rng, k):
    if k == 0:
        return T(f"""
            Hi, is fibre available in the new Stadshagen development (streets around the Frankhuizerallee and Twistvlietpad)? The developer said "Glasnet is coming", but your postcode checker says "not yet" for 8043.
            We move in on 1 June and both work from home, so we need something from day one. Is there a temporary 5G option?
            """)
    return T(f"""
        Does Glasnet cover the area between Denekamp and Nordhorn? We're buying a farmhouse just on the Dutch side of the border, off the Nordhornsestraat. There's no fibre on the road yet.
        If not, what speeds does your 5G home internet reach there? The nearest mast is apparently in Lattrop.
        """)


# =============================================================================================
# German scenarios (20: 13 with personal data, 7 without)
# =============================================================================================
@scenario("de", True)
def de_anschluss(rng, k):
    cust = pick(rng, "de")
    if k == 0:
        addr, pc, town, area = home(rng, town_nl(rng, ["Losser", "Denekamp", "Oldenzaal", "Winterswijk"]))
        return T(f"""
            Sehr geehrte Damen und Herren,

            wir sind im Januar von Gronau nach {town} gezogen und möchten Glasfaser bei Ihnen bestellen. Im Zählerschrank ist schon ein Glasfaser-Abschlusspunkt (FTU) mit der Nummer {fibre_id(rng, 'OLZ')}.
            Unsere Adresse: {AD(addr)}, {PC(pc)} {town}
            Erreichbar bin ich am besten mobil unter {PH(fmt_de(de_mobile(rng), 'intl'))} (deutsche Nummer) oder per E-Mail an {EM(emailify(cust, rng, rng.choice(['gmx.de', 'web.de', 't-online.de'])))}.
            Ist ein Techniker-Termin auch samstags möglich? Der Techniker kann in unserer Einfahrt parken, unser Auto ({LP(rng.choice(['BOR', 'NOH', 'COE']) + '-' + rng.choice(['JB', 'KH', 'WT']) + ' ' + str(rng.randint(100, 9999)))}) stellen wir dann an die Straße.

            Mit freundlichen Grüßen
            {P(full(cust))}
            """)
    addr, pc, town, area = home(rng, town_nl(rng, ["Venlo", "Kerkrade"]))
    return T(f"""
        Guten Tag,

        ich habe seit dem 01.02.2025 einen Vertrag über 500 Mbit/s (Kundennummer {klantnr(rng)}) für meine Wohnung in {town}, {AD(addr)}.
        Ich wohne aber noch hauptsächlich in Aachen. Können die Rechnungen an meine deutsche Adresse gehen?
        {P(full(cust))}, {AD(rng.choice(STREETS_DE) + ' ' + str(rng.randint(1, 90)))}, {PC('52062')} Aachen
        Tel. {PH(fmt_de(de_landline(rng, '0241'), 'slash'))}

        Vielen Dank
        """)


@scenario("de", True)
def de_techniker(rng, k):
    cust = pick(rng, "de", "tr", "pl", gender="f" if k == 1 else None)
    if k == 0:
        addr, pc, town, area = home(rng, town_nl(rng, ["Enschede", "Losser", "Hengelo"]))
        return T(f"""
            Hallo Glasnet,

            Ihr Techniker, Herr {P(EMP['yusuf'].split()[1])}, war heute bei mir ({AD(addr)}, {PC(pc)} {town}). Er hat ein Signal von {dbm(rng, 25, 27)} gemessen und gesagt, dass der Stecker im Verteilerkasten an der Straße getauscht werden muss. Dafür käme ein anderes Team.
            Bis dahin habe ich nur 50 Mbit/s statt 1000. Wann kommt das Team? Auftragsnummer {wo(rng)}.
            Rückruf bitte unter {PH(fmt_de(de_mobile(rng), 'space'))}.

            Gruß
            {P(full(cust))}
            """)
    return T(f"""
        Sehr geehrte Frau {P(sur(cust))},

        wie telefonisch besprochen, hier die Zusammenfassung des Technikerbesuchs vom 18.03.2025 (Auftrag {wo(rng)}):
        - Techniker: {P(EMP['rianne'])}
        - ONT getauscht (alte Seriennummer {ont_sn(rng)}, neue {ont_sn(rng)})
        - Empfangspegel vorher {dbm(rng, 26, 28)}, nachher {dbm(rng, 18, 20)}
        - Router Glasbox 4200 AX auf Firmware 7.29.0.1 aktualisiert
        Die Störung ist damit behoben. Für Rückfragen erreichen Sie uns unter 038 760 4400 (Option 4 für Deutsch).

        Mit freundlichen Grüßen
        {P(EMP['julia'])}
        Kundenservice Glasnet

        Glasnet B.V. · Spoelhof 21 · 8017 KT Zwolle · Tel. +31 38 760 44 00 · KvK 05064418 · USt-IdNr. NL819043217B01 · IBAN NL59 INGB 0006 7183 42
        """)


@scenario("de", True)
def de_router_log(rng, k):
    cust = pick(rng, "de")
    if k == 0:
        ip4 = gen_pub_ipv4(rng, "194.62.219")
        pre = gen_v6_prefix(rng)
        return T(f"""
            Hallo, seit gestern Abend bricht die Verbindung ständig ab. Auszug aus den Ereignissen meiner FRITZ!Box 7530 AX (FRITZ!OS 7.57):

            21.03.25 22:14:03 Internetverbindung wurde getrennt.
            21.03.25 22:14:31 Internetverbindung wurde erfolgreich hergestellt. IP-Adresse: {IP(ip4)}, DNS-Server: 194.62.217.53 und 194.62.217.54, Gateway: 194.62.216.1
            21.03.25 22:14:32 IPv6-Präfix wurde erfolgreich bezogen. Neues Präfix: {IP(pre)}/56
            21.03.25 22:31:50 Zeitüberschreitung bei der PPP-Aushandlung.
            21.03.25 22:32:19 WLAN-Gerät hat sich neu angemeldet (2,4 GHz), 144 Mbit/s, PC-{P(given(cust))}, IP 192.168.178.31

            Was kann ich noch tun? Neustart habe ich schon gemacht.
            {P(full(cust))}
            """)
    v6 = gen_pub_ipv6(rng)
    return T(f"""
        Guten Abend,
        mein Synology NAS ist von außen nicht mehr erreichbar. DSM zeigt als externe IPv6 {IP(v6)}, IPv4 aber {gen_cgnat(rng)} — also CGNAT?
        Früher hatte ich eine öffentliche IPv4. Lokal: 192.168.2.20, Gateway 192.168.2.1, DSM 7.2.1-69057.
        Bitte wieder auf öffentliche IPv4 umstellen.
        Viele Grüße, {P(initials(cust))}
        """)


@scenario("de", True)
def de_rufnummer(rng, k):
    cust = pick(rng, "de", "tr", "pl")
    if k == 0:
        d = gen_dob(rng, 1955, 1998)
        return T(f"""
            Antrag auf Rufnummernmitnahme
            Name: {P(sur(cust))}, Vorname: {P(given(cust))}
            geb. am {DOB(date_form(d, 'dot'))}
            Mitzunehmende Rufnummer: {PH(mob(rng, ['dash', '4x4']))}
            Bisheriger Anbieter: Lebara NL (Prepaid)
            Neue SIM-Karte (ICCID): {gen_iccid(rng)}
            Wunschtermin: 15.04.2025
            Hinweis: Die Nummer ist auch mein WhatsApp-Konto, bitte keinen Tag ohne Netz.
            """)
    mut = kin(rng, cust, "f", elder=True)
    d = gen_dob(rng, 1938, 1952)
    return T(f"""
        Hallo,
        ich möchte die Handynummer meiner Mutter, {P(full(mut))}, zu Glasnet mitnehmen: {PH(mob(rng, ['space']))}.
        Ihr Geburtsdatum ist der {DOB(date_form(d, 'de'))} (das wird bei der Portierung abgefragt, sagt ihr alter Anbieter).
        Der Vertrag soll auf mich laufen ({P(full(cust))}, Kundennummer {klantnr(rng)}).
        Danke!
        """)


@scenario("de", True)
def de_sim_verloren(rng, k):
    cust = pick(rng, "de")
    if k == 0:
        d = gen_dob(rng)
        return T(f"""
            Betreff: SIM-Karte verloren – bitte sperren

            Guten Tag,
            ich habe mein Handy samt SIM-Karte verloren. Bitte sperren Sie die Nummer {PH(mob(rng, ['intl', 'intl0']))}.
            IMEI des Geräts: {gen_imei(rng)}
            Zur Identifizierung: {P(full(cust))}, Geburtsdatum {DOB(date_form(d, 'dot'))}, Personalausweisnummer {ID(gen_de_ausweis(rng))}.
            Eine Ersatz-SIM bitte an die bekannte Adresse.

            Mit freundlichen Grüßen
            {P(full(cust))}
            """)
    return T(f"""
        Hallo, ich habe die Ersatz-SIM bekommen (ICCID {iccid_form(gen_iccid(rng), 'grouped')}), aber sie lässt sich nicht aktivieren. Fehlermeldung: "SIM nicht bereitgestellt (Code 38)".
        Die alte Karte hatte die Nummer {PH(mob(rng, ['dash']))}. Den PUK habe ich aus dem Kundenportal, der funktioniert auch nicht.
        Grüße aus Gronau, {P(given(cust))}
        """)


@scenario("de", True)
def de_lastschrift(rng, k):
    cust = pick(rng, "de")
    if k == 0:
        ib = gen_iban(rng, "DE")
        return T(f"""
            SEPA-Lastschriftmandat – Änderung der Bankverbindung
            Kontoinhaber: {P(full(cust))}
            IBAN: {IB(iban_group(ib))}
            BIC: {rng.choice(['WELADED1GRO', 'NOLADE21NOH', 'GENODEM1GRN'])}
            Kundennummer: {klantnr(rng)}
            Gültig ab der nächsten Rechnung. Das alte Konto bei der Rabobank wird gekündigt.
            Ort, Datum: Gronau, 24.03.2025
            """)
    partner = pick(rng, "de", gender="m" if cust[0] in FEMALE else "f")
    wen = "meines Partners" if partner[0] not in FEMALE else "meiner Partnerin"
    ib = gen_iban(rng, "DE")
    return T(f"""
        Hallo,
        ich habe die Rechnung {factnr(rng)} doppelt bezahlt (einmal per Überweisung, einmal per Lastschrift). Bitte erstatten Sie die 64,90 € auf das Konto {wen}:
        {P(full(partner))}, {IB(ib)}
        Danke und viele Grüße
        {P(full(cust))}
        """)


@scenario("de", True)
def de_weitergeleitet(rng, k):
    cust = pick(rng, "de")
    ec = emailify(cust, rng, rng.choice(["gmx.de", "web.de", "t-online.de"]))
    if k == 0:
        return T(f"""
            Von: {P(full(cust))} <{EM(ec)}>
            Gesendet: Montag, 24. März 2025 08:41
            An: kundenservice@glasnet.example
            Betreff: WG: Ihre Störungsmeldung {inc(rng)}

            Guten Morgen, leider verstehe ich die untenstehende Nachricht nicht ganz. Heißt das, der Schaden liegt bei mir im Haus und ich muss bezahlen?
            {P(given(cust))}

            ----- Weitergeleitete Nachricht -----
            Van: Glasnet Storingsdienst <storing@glasnet.example>
            Onderwerp: Uw storingsmelding

            Beste {P(sur(cust))},
            Onze monteur {P(EMP['dennis'])} heeft vastgesteld dat de glasvezelkabel in uw woning (na het aansluitpunt) beschadigd is. Herstel binnenshuis valt niet onder de storingsservice; de kosten bedragen € 95,00.
            Met vriendelijke groet, Glasnet Storingsdienst
            """)
    verm = pick(rng, "xp")
    addr, pc, town, area = home(rng, town_nl(rng, ["Kerkrade", "Venlo", "Winterswijk"]))
    return T(f"""
        Von: {P(full(cust))} <{EM(ec)}>
        An: kundenservice@glasnet.example
        Betreff: WG: fibre box

        Hallo, mein Vermieter schreibt, dass ich den Glasfaser-Anschluss selbst beauftragen muss. Bitte um Rückruf: {PH(fmt_de(de_mobile(rng), 'intl0'))}.
        Wohnung: {AD(addr)}, {PC(pc)} {town}

        > From: {P(full(verm))} <{EM(emailify(verm, rng))}>
        > Hi {P(given(cust))}, the previous tenant cancelled the Glasnet contract, but the FTU is still in the cupboard. You'll have to order a new subscription yourself. Regards, {P(given(verm))}
        """)


@scenario("de", True)
def de_gewerbe(rng, k):
    own = pick(rng, "de", "tr")
    addr, pc, town, area = home(rng, town_nl(rng, ["Venlo", "Kerkrade", "Enschede"]))
    if k == 0:
        bsn = gen_bsn(rng)
        return T(f"""
            Sehr geehrte Damen und Herren,

            ich betreibe als Einzelunternehmer (eenmanszaak) einen kleinen Online-Shop in {town} und habe bei Ihnen Glasnet Zakelijk. Bitte ändern Sie die Rechnungsdaten:
            Fahrradteile {P(sur(own))}
            Inh. {P(full(own))}
            {AD(addr)}, {PC(pc)} {town}
            KvK-Nummer: {KVK(gen_kvk(rng))}
            BTW-Nr. (neu): {BTW(gen_btw_id(rng))}
            Auf der letzten Rechnung steht noch meine alte Umsatzsteuernummer {BS('NL' + bsn_form(bsn, 'plain') + 'B01')} – die enthält meine BSN und sollte dort nicht mehr stehen.

            Mit freundlichen Grüßen
            {P(full(own))}
            """)
    it = pick(rng, "de", "pl")
    return T(f"""
        Guten Tag,

        für unsere niederländische Niederlassung in {town} benötigen wir eine zweite Glasfaserleitung mit fester IPv4.
        Ansprechpartner vor Ort: {P(full(it))}, {PH(fmt_landline(nl_landline(rng, area), 'intl0'))}, {EM(emailify(it, rng, 'vechtetal-logistik.de'))}

        Vechtetal Logistik GmbH · {AD('Eper Straße ' + str(rng.randint(100, 240)))} · {PC('48599')} Gronau · HRB {rng.randint(3000, 9999)} Amtsgericht Coesfeld · USt-IdNr. {gen_de_ustid(rng)}
        Niederlassung Nederland: KvK {KVK(gen_kvk(rng))}
        """)


@scenario("de", True)
def de_social_caps(rng, k):
    cust = pick(rng, "de")
    if k == 0:
        return T(f"""
            SEIT DREI TAGEN KEIN INTERNET IN DENEKAMP!!! @GlasnetNL ANTWORTET NICHT, HOTLINE 45 MINUTEN WARTESCHLEIFE. ICH ARBEITE IM HOMEOFFICE!!!
            RUFT MICH AN: {PH(fmt_de(de_mobile(rng), 'intl'))} – {P(full(cust).upper())}
            #glasnet #störung
            """)
    return T(f"""
        @GlasnetHelpt hallo, seit dem Update zeigt meine GlasTV Box nur noch "E-311". DM ist raus 🙏
        [DM] ich bins, {P(full(cust))}, Kundennr {klantnr(rng)}, PLZ {PC(nl_postcode(rng, town_nl(rng, ['Losser', 'Denekamp'])))}
        [DM] @GlasnetHelpt: Danke {P(given(cust))}! Wir setzen die Box aus der Ferne zurück. Bitte 10 Minuten warten. ^{P(first(EMP['karim']))}
        """)


@scenario("de", True)
def de_kreditkarte(rng, k):
    cust = pick(rng, "de", "pl")
    if k == 0:
        c = gen_card(rng, rng.choice(["visa", "mc"]))
        return T(f"""
            Hallo,
            ich möchte die offene Rechnung {factnr(rng)} (89,85 €) einmalig per Kreditkarte bezahlen, weil mein niederländisches Konto noch nicht eröffnet ist.
            Kartennummer: {CC(card_form(c, 'space'))}
            Gültig bis: 06/27
            Karteninhaber: {P(full(cust))}
            Die Prüfziffer nenne ich Ihnen gern am Telefon.
            """)
    c = gen_card(rng, "amex")
    return T(f"""
        Guten Tag, bitte buchen Sie die Anschlussgebühr für unser Ferienhaus (Auftrag {wo(rng)}) von meiner American Express ab: {CC(card_form(c, 'dash'))}, gültig bis 02/26.
        {P(full(cust))}
        """)


@scenario("de", True)
def de_umzug(rng, k):
    cust = pick(rng, "de", "pl", "tr")
    t = rng.choice(TOWNS_DE)
    if k == 0:
        return T(f"""
            Kündigung wegen Umzug ins Ausland

            Sehr geehrte Damen und Herren,
            hiermit kündige ich meinen Internet- und TV-Vertrag (Vertragsnummer C-2022-{rng.randint(10000, 99999)}) zum 31.05.2025, da ich nach Deutschland ziehe.
            Neue Anschrift ab 01.06.2025:
            {P(full(cust))}
            {AD(rng.choice(STREETS_DE) + ' ' + str(rng.randint(1, 120)) + rng.choice(['', 'a', 'b']))}
            {PC(t[1])} {t[0]}
            Telefon: {PH(fmt_de(de_landline(rng, t[2]), 'space'))}
            Ein eventuelles Guthaben überweisen Sie bitte auf mein deutsches Konto {IB(iban_group(gen_iban(rng, 'DE')))}.
            Bitte senden Sie mir den Rücksendeschein für Glasbox und TV-Box.

            Mit freundlichen Grüßen
            {P(full(cust))}
            """)
    return T(f"""
        Hallo, kurze Frage: ich ziehe innerhalb von {t[0]} um, von {AD(rng.choice(STREETS_DE) + ' ' + str(rng.randint(1, 60)))} in die {AD(rng.choice(STREETS_DE) + ' ' + str(rng.randint(1, 60)))}. Mein Glasnet-Mobilvertrag läuft ja über die Niederlande – muss ich die Adressänderung melden?
        Meine Nummer: {PH(mob(rng, ['intl']))}
        LG {P(given(cust))}
        """)


@scenario("de", True)
def de_codeswitch(rng, k):
    cust = pick(rng, "de")
    if k == 0:
        addr, pc, town, area = home(rng, town_nl(rng, ["Kerkrade", "Venlo"]))
        return T(f"""
            Hallo Glasnet, ik probeer het in het Nederlands, aber mein Niederländisch ist nicht so gut 😅
            De monteur is gisteren geweest, maar de tv werkt nog niet. Die Box zeigt "Kein Signal".
            Adres: {AD(addr)}, {PC(pc)} {town}. Bellen graag op mijn Duitse nummer {PH(fmt_de(de_mobile(rng), 'dash'))}.
            Danke / bedankt, {P(full(cust))}
            """)
    buur = pick(rng, "nl", gender="f")
    return T(f"""
        Guten Tag! Meine Nachbarin, mevrouw {P(sur(buur))}, hat mir geholfen, das Formular auszufüllen, aber die Seite sagt "postcode onbekend".
        Unsere Postleitzahl ist {PC(nl_postcode(rng, town_nl(rng, ['Losser', 'Denekamp', 'Oldenzaal'])))} – ist das Haus vielleicht noch nicht im System? Die Straße ist neu (Neubaugebiet hinter dem Sportpark).
        Danke, {P(full(cust))}
        """)


@scenario("de", True)
def de_einzelverbindung(rng, k):
    cust = pick(rng, "de", "pl")
    if k == 0:
        sis = kin(rng, cust, "f")
        return T(f"""
            Einspruch gegen Rechnung {factnr(rng)}

            Im Einzelverbindungsnachweis stehen Gespräche, die ich nicht geführt habe:
            03.03. 21:12  0900-1234567   19 Min.   14,25 €
            05.03. 22:40  0906-7788      31 Min.   23,25 €
            Die anderen Gespräche stimmen, z. B. die Anrufe bei meiner Schwester {P(full(sis))} unter {PH(fmt_de(de_mobile(rng), 'intl'))} (Auslandsminuten im Paket).
            Bitte erstatten Sie die 37,50 €.
            {P(full(cust))}
            """)
    col = pick(rng, "de", "nl")
    return T(f"""
        Guten Tag,
        in meiner Rechnung steht am 12.03. ein Anruf von 2 Stunden zu {PH(fmt_landline(nl_landline(rng, '053'), 'dash'))}. Das ist die Nummer meines Kollegen {P(full(col))}, aber wir haben nur 5 Minuten telefoniert.
        Kann es sein, dass die Verbindung nicht getrennt wurde? Ich hatte danach Probleme mit meinem Handy (Software 14.2.0.118).
        {P(full(cust))}
        """)


# ---------------- German, without personal data ----------------------------------------------
@scenario("de", False)
def de_stoerung_status(rng, k):
    if k == 0:
        return T(f"""
            Störungsmeldung {inc(rng)} (Ticket {gen_elf9(rng)}) – Region Losser/Denekamp
            Seit 06:40 Uhr sind Internet und TV in Teilen von Losser (Postleitzahl 7581) gestört. Ursache: Stromausfall in der Verteilerstation an der Gronausestraat.
            Betroffen sind etwa 320 Anschlüsse am POP OLZ-01. Voraussichtliche Behebung: 12:00 Uhr.
            Unsere Techniker sind vor Ort. Aktuelle Infos: status.glasnet.example oder @glasnet_storing.
            """)
    return T(f"""
        Wartungsarbeiten in der Nacht vom 08. auf den 09.04.2025
        Zwischen 01:00 und 04:00 Uhr tauschen wir in Kerkrade und Landgraaf Netzwerktechnik aus (Change {rng.randint(240000, 249999)}-CHG).
        Internet, Telefon und TV können bis zu 15 Minuten ausfallen. Die Straßen Hoofdstraat, Kerkradersteenweg und Nieuwstraat sind nicht betroffen, dort läuft das Netz über POP HRL-02.
        Fragen: 0031 38 7604400 (Option 4, Deutsch) oder kundenservice@glasnet.example.
        """)


@scenario("de", False)
def de_log_privat(rng, k):
    if k == 0:
        return T(f"""
            Kennt jemand diese Meldungen? Glasbox 4200 AX, Firmware 7.29.0.1:
            24.03.2025 02:14:09 DHCP-Lease erneuert, WAN {gen_cgnat(rng)}, Gateway 100.64.0.1
            24.03.2025 02:14:10 DNS 194.62.217.53 nicht erreichbar, Ersatz 9.9.9.9
            24.03.2025 02:14:31 PON LOS aufgehoben, Empfangspegel -20,7 dBm
            24.03.2025 02:15:44 LAN-Gerät 192.168.2.34 ({gen_mac(rng, 'colon', upper=True)}) neu verbunden
            Jede Nacht um 02:14 dasselbe.
            """)
    return T(f"""
        Frage zur Portfreigabe: In der Glasbox habe ich TCP 8080 auf 192.168.2.60 freigegeben, aber von außen geht nichts. Die WAN-Adresse ist 100.93.12.7.
        Zum Testen habe ich auch 10.0.0.5 (VPN) und 127.0.0.1 probiert. In der Anleitung stehen Beispiele wie 198.51.100.23 – das ist ja keine echte Adresse.
        Brauche ich eine öffentliche IPv4?
        """)


@scenario("de", False)
def de_vertragsfragen(rng, k):
    if k == 0:
        return T(f"""
            Guten Tag,
            ich habe am 14.03.2025 den Tarif Glasfaser 1000 bestellt (Bestellnummer {gen_elf9(rng)}, Auftragsnummer {wo(rng)}). Laut Auftragsbestätigung beginnt der Vertrag am 01.04.2025, die Mindestlaufzeit beträgt 12 Monate.
            Kann ich auf 24 Monate wechseln, um die Anschlussgebühr (49,00 €) zu sparen?
            Vielen Dank im Voraus.
            """)
    return T(f"""
        Hallo, auf meiner Rechnung steht die Referenz {gen_nonelf9(rng)} und die Kundennummer {klantnr(rng)}. Welche Nummer muss ich bei der Überweisung angeben?
        Ich zahle von einem deutschen Konto (Sparkasse), das geht doch nach NL59 INGB 0006 7183 42, oder?
        """)


@scenario("de", False)
def de_social_public(rng, k):
    if k == 0:
        return T(f"""
            @GlasnetNL Habt ihr eine Störung in Kerkrade? Seit 19 Uhr kein Internet 😤 #glasnet #störung
            ↳ @glasnet_storing: Ja, leider. Ein Kabel wurde bei Bauarbeiten an der Hoofdstraat beschädigt. Techniker sind unterwegs, Update um 21:00.
            ↳ @grenzgaenger_52: bei uns in Herzogenrath-Kohlscheid auch nix (wir sind Kunden über die NL-Seite)
            ↳ @glasnet_storing: Behoben um 20:47 💚
            """)
    return T(f"""
        Tipp für alle Grenzgänger: Die Glasnet-Hotline hat eine deutsche Option (038 760 4400, dann 4). WhatsApp geht auch: 06 4127 8830.
        Und wer die FRITZ!Box 7590 AX statt der Glasbox nutzen will: VLAN 300, Internet per DHCP, fertig. #glasfaser #grenzregion
        """)


@scenario("de", False)
def de_tv_empfang(rng, k):
    if k == 0:
        return T(f"""
            Frage zur GlasTV Box 4K (Software 2.9.0.4): Kann ich deutsche Sender (ARD, ZDF, WDR) empfangen?
            In der Senderliste sehe ich nur Kanal 1–250 mit NL- und BE-Sendern. Auf Kanal 601–612 sind Radiosender.
            Speicher für Aufnahmen: 2048 MB laut Einstellungen – reicht das für einen Film?
            """)
    return T(f"""
        Meine GlasTV Box 4K zeigt Fehler E-204 („Kein Signal“), obwohl Internet funktioniert. Box-IP 192.168.2.41, Multicast 239.10.12.1, IPTV-VLAN 640.
        Die Box hängt über einen Switch (TP-Link TL-SG108E, Firmware 1.0.0 Build 20230218) an der Glasbox 4200 AX. IGMP-Snooping ist aktiv.
        Was muss ich ändern?
        """)


@scenario("de", False)
def de_roaming(rng, k):
    if k == 0:
        return T(f"""
            Hallo, ich nutze meine Glasnet-SIM hauptsächlich in Deutschland (Grenzpendler). Im März: 18.432 MB Daten, davon 16.384 MB in DE.
            Gilt das noch als „Roam like at home“? Vertragsnummer {gen_elf9(rng)}. Mein Handy: IMEI {gen_imei(rng)}, SIM ICCID {gen_iccid(rng)}.
            Ich möchte keine Sperre wegen „dauerhaftem Roaming“ bekommen.
            """)
    return T(f"""
        Welche APN-Einstellungen brauche ich für die Glasnet-SIM in einem LTE-Router (Teltonika RUT241, Firmware RUT2M_R_00.07.06.10)?
        APN „internet.glasnet“ funktioniert, aber IPv6 nicht. Der Router zeigt als WAN 100.88.3.19 und als DNS 194.62.217.53.
        """)


@scenario("de", False)
def de_ausbau(rng, k):
    if k == 0:
        return T(f"""
            Guten Tag, kommt Glasnet auch nach Dinxperlo? Wir wohnen auf der niederländischen Seite der Grenzstraße, genau gegenüber von Suderwick. Die Nachbarn auf der deutschen Seite haben schon Glasfaser von einem deutschen Anbieter.
            Laut Ihrer Karte ist die Postleitzahl 7091 „in Planung“. Gibt es einen Termin?
            """)
    return T(f"""
        Wann wird in Emmerich-Elten ausgebaut? Ich habe gelesen, dass Glasnet über die Grenze ins Kreis Kleve expandiert. In der Zevenaarer Straße liegen schon Leerrohre.
        Falls nicht, gibt es eine Vorregistrierung ohne Vertrag?
        """)


# ---------------------------------------------------------------------------------------------
# Audit
# ---------------------------------------------------------------------------------------------
PARTICLES = {"van", "der", "den", "de", "ter", "ten", "te", "het", "op", "in", "von", "zu", "zum", "la", "le", "del",
             "dos", "da", "du", "el", "al", "oude", "klein", "sie", "fat"}
BIRTH_WORDS = re.compile(r"(?i)geboren|geb\.|geboorte|°|\bDOB\b|d\.o\.b|date of birth|\bborn\b|birth|geburts|geb\.-datum")
VERSION_WORDS = re.compile(r"(?i)(firmware|versie|version|build|release|\bfw\b|\bsw\b|fritz!os|\bos\b|\bapp\b|\bver\.?|"
                           r"software|update|api|client|agent|bootloader|image|kernel)[^\n]{0,14}$")
BSN_VETO = re.compile(r"(?i)(order|bestel|ticket|factuur|invoice|rechnung|contract|vertrag|kenmerk|referentie|\bref\b|"
                      r"zeichen|vorgang|klant|customer|kunden|werkorder|work order|job|auftrag|serie|serial|s/n|\bsn\b|"
                      r"rsin|case|zaak|incident|melding|dossier|storing|störung|betaling|payment|zahlung|aanvraag|request|"
                      r"antrag|pv|proces-verbaal|aangifte|anzeige|mandaat|mandat|machtiging|debiteur|account)")
DOC_WORDS = re.compile(r"(?i)(paspoort(?:nummer)?|documentnummer|document number|id-kaart|identiteitskaart|rijbewijs(?:nummer)?|"
                       r"passport(?: number| no\.?)?|id card(?: number)?|driving licen[cs]e(?: number)?|personalausweis(?:nummer)?|"
                       r"ausweisnummer|ausweis-nr\.?|reisepass|passnummer|führerschein(?:nummer)?)")
PRODUCT_CODES = ["4200 AX", "2100 AC", "7590 AX", "7530 AX", "6660 AX", "5530 AX", "3000 AX", "1800 AX", "6000 AX",
                 "1200 AX", "4060 AX", "5400 AX"]


def char_spans(text, spans):
    b = text.encode("utf-8")
    out = []
    for s in spans:
        cs = len(b[:s["start"]].decode("utf-8"))
        ce = len(b[:s["end"]].decode("utf-8"))
        out.append((cs, ce, s["label"]))
    return out


def audit_record(rec, pii_expected, problems):
    rid, text, spans = rec["id"], rec["text"], rec["spans"]
    b = text.encode("utf-8")
    err = lambda msg: problems.append(f"{rid}: {msg}")

    def covered(s, e, label=None):
        return any(cs <= s and e <= ce and (label is None or lab == label) for cs, ce, lab in cspans)

    def overlaps(s, e):
        return any(cs < e and s < ce for cs, ce, _ in cspans)

    if any(c in text for c in (M_OPEN, M_SEP, M_CLOSE)):
        err("markup left over")
    if spans != sorted(spans, key=lambda s: (s["start"], s["end"])):
        err("spans not sorted")
    for s in spans:
        try:
            b[:s["start"]].decode("utf-8")
            b[:s["end"]].decode("utf-8")
        except UnicodeDecodeError:
            err(f"span not on a character boundary {s}")
            return
    cspans = char_spans(text, spans)
    for i in range(1, len(spans)):
        if spans[i]["start"] < spans[i - 1]["end"]:
            err(f"overlap {spans[i - 1]} {spans[i]}")
    if bool(spans) != pii_expected:
        err(f"PII flag: expected {'spans' if pii_expected else 'no spans'}")

    for (cs, ce, label), s in zip(cspans, spans):
        v = text[cs:ce]
        if b[s["start"]:s["end"]].decode("utf-8") != v:
            err("re-slice mismatch")
        if v != v.strip():
            err(f"whitespace at span edge {label} {v!r}")
        if not v:
            err("empty span")
            continue
        lead_ok = "+(" if label == "PHONE" else ""
        if unicodedata.category(v[0])[0] in "PS" and v[0] not in lead_ok and not (label == "PERSON" and v[0] in "'"):
            err(f"leading punctuation {label} {v!r}")
        if unicodedata.category(v[-1])[0] in "PS" and not (v[-1] == ")" and "(" in v) and not (label == "IP_ADDRESS" and v.endswith("::")):
            err(f"trailing punctuation {label} {v!r}")
        if v.count("(") != v.count(")"):
            err(f"unbalanced brackets {label} {v!r}")
        if not VALIDATORS[label](v):
            err(f"invalid {label} {v!r}")
        # organisation's data is never labelled
        if label == "PHONE" and e164(v) in ORG_E164:
            err(f"organisation phone labelled {v!r}")
        if label == "IBAN" and iban_compact(v) in ORG["ibans"]:
            err("organisation IBAN labelled")
        if label == "KVK" and v in ORG["kvk"]:
            err("organisation KvK labelled")
        if label in ("BTW_ID", "BSN") and (btw_compact(v) in ORG["btw"] or ORG_RSIN in re.sub(r"\D", "", v)):
            err("organisation btw/RSIN labelled")
        if label == "POSTCODE" and nl_postcode_valid(v) and re.sub(r"[ \-]", "", v).upper() in [p.replace(" ", "") for p in ORG_POSTCODES]:
            err("organisation postcode labelled")
        if label == "EMAIL" and v.lower().split("@")[1].endswith("glasnet.example"):
            err("organisation e-mail labelled")
        if label == "ADDRESS" and v in ORG_STREETS:
            err("organisation address labelled")
        if label == "PERSON" and ("glasnet" in v.lower() or v in ORG["names"]):
            err("organisation name labelled as PERSON")
        if label == "DATE_OF_BIRTH":
            before = text[max(0, cs - 90):cs]
            if not BIRTH_WORDS.search(before):
                # table rows: the birth word may be in the header line
                lines_before = text[:cs].split("\n")
                header = next((ln for ln in lines_before[:-1] if "|" in ln or "\t" in ln or ";" in ln), "")
                if not BIRTH_WORDS.search(header):
                    err(f"DOB without birth word {v!r}")
        # a labelled value occurring again must be labelled again
        for m in re.finditer(r"(?<![\w])" + re.escape(v) + r"(?![\w])", text):
            if not covered(m.start(), m.end(), label):
                err(f"repeated value not labelled {label} {v!r}")

    # name tokens standing alone
    masked = text
    for rx in (EMAIL_RX, re.compile(r"(?<![\w@])@[\w.]+"), re.compile(r"https?://\S+|\b[\w.-]+\.example\b\S*")):
        masked = rx.sub(lambda m: " " * len(m.group(0)), masked)
    for cs, ce, label in cspans:
        if label != "PERSON":
            continue
        for tok in re.findall(r"[^\W\d_]+", text[cs:ce]):
            if len(tok) < 3 or tok.lower() in PARTICLES:
                continue
            for m in re.finditer(r"(?<![^\W\d_])" + re.escape(tok) + r"(?![^\W\d_])", masked, re.I):
                if not covered(m.start(), m.end(), "PERSON"):
                    err(f"name token {tok!r} unlabelled at {m.start()}")

    # --- scanners: things that must never be left unlabelled -----------------------------------
    for m in EMAIL_RX.finditer(text):
        v = m.group(0)
        if not email_valid(v):
            continue
        if v.lower().split("@")[1].endswith("glasnet.example"):
            continue
        if not covered(m.start(), m.end(), "EMAIL"):
            err(f"e-mail unlabelled {v!r}")
    for m in re.finditer(r"(?i)(?<![\w])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,30}", text):
        cand = m.group(0)
        for ln in range(len(cand), 13, -1):
            sub = cand[:ln]
            if sub.endswith(" "):
                continue
            if iban_valid(sub):
                if iban_compact(sub) not in ORG["ibans"] and not covered(m.start(), m.start() + ln, "IBAN"):
                    err(f"IBAN unlabelled {sub!r}")
                break
    for m in re.finditer(r"(?i)(?<![\w])NL ?\d{9} ?B ?\d{2}(?!\w)|(?<![\w])NL ?\d{4}\.\d{2}\.\d{3}\.?B\d{2}(?!\w)", text):
        v = m.group(0)
        if btw_compact(v) in ORG["btw"]:
            continue
        if (btw_id_valid(v) or ob_nummer_valid(v)) and not covered(m.start(), m.end()):
            err(f"btw/OB unlabelled {v!r}")
    # digit runs split into groups; every window of whole groups is a candidate
    for m in re.finditer(r"\d+(?:[ \-]\d+)*", text):
        groups = [(g.start() + m.start(), g.end() + m.start()) for g in re.finditer(r"\d+", m.group(0))]
        for i in range(len(groups)):
            for j in range(i, len(groups)):
                s, e = groups[i][0], groups[j][1]
                digits = re.sub(r"\D", "", text[s:e])
                if 13 <= len(digits) <= 19 and card_valid(digits):
                    if s > 0 and text[s - 1].isalnum():
                        continue
                    if not covered(s, e, "CREDIT_CARD"):
                        err(f"card unlabelled {text[s:e]!r}")
    v4 = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?!\.?\d)")
    for m in v4.finditer(text):
        v = m.group(0)
        if not ip_global(v) or v in INFRA_IPS:
            continue
        line_before = text[:m.start()].rsplit("\n", 1)[-1]
        if VERSION_WORDS.search(line_before[-30:]):
            continue
        if not covered(m.start(), m.end(), "IP_ADDRESS"):
            err(f"public IPv4 unlabelled {v!r}")
    for m in re.finditer(r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])", text):
        v = m.group(0)
        if ip_syntax(v) and ip_global(v) and str(ipaddress.ip_address(v)) not in INFRA_IPS:
            if not covered(m.start(), m.end(), "IP_ADDRESS"):
                err(f"public IPv6 unlabelled {v!r}")
    # phones
    pm = text

    def mask_date(mm):
        d, mo = int(mm.group(1)), int(mm.group(2))
        return "x" * len(mm.group(0)) if 1 <= d <= 31 and 1 <= mo <= 12 else mm.group(0)
    pm = re.sub(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})(?:[-/.]\d{2,4})?(?!\d)", mask_date, pm)
    for rx in (re.compile(r"\d{4}-\d{2}-\d{2}"), re.compile(r"\d{1,2}:\d{2}(?::\d{2})?"), v4,
               re.compile(r"(?i)\b[0-9a-f]{2}(?:[:-][0-9a-f]{2}){5}\b")):
        pm = rx.sub(lambda mm: "x" * len(mm.group(0)), pm)
    for m in re.finditer(r"[+(]?\d[\d\-./() ]*\d", pm):
        cand_s = m.start()
        groups = [(g.start() + cand_s, g.end() + cand_s) for g in re.finditer(r"\d+", m.group(0))]
        for i in range(len(groups)):
            for j in range(i, min(len(groups), i + 7)):
                s, e = groups[i]
                e = groups[j][1]
                if s > 0 and text[s - 1] == "+":
                    s -= 1
                elif s > 1 and text[s - 1] == "(" and text[s - 2] == "+":
                    continue
                w = text[s:e]
                if s > 0 and (text[s - 1].isalnum() or text[s - 1] in ".,/"):
                    continue
                if e < len(text) and (text[e].isalnum() or (text[e] in ".,/-" and e + 1 < len(text) and text[e + 1].isdigit())):
                    continue
                intl = w.startswith("+") or w.startswith("00")
                r = None
                for region in ("NL", "BE", "UK", "DE"):
                    r = phone_parse(w, region)
                    if r and (intl or r[2] == "mobile"):
                        break
                    r = None
                if not r:
                    continue
                if f"+{r[0]}{r[1]}" in ORG_E164:
                    continue
                if not overlaps(s, e) or not covered(s, e):
                    err(f"phone unlabelled {w!r}")
    for m in re.finditer(r"(?<![\w])([1-9]\d{3}) ?([A-Z]{2})(?![\w])", text):
        v = m.group(0)
        if m.group(2) in ("SA", "SD", "SS") or m.group(2) in UNIT_PAIRS:
            continue
        if f"{m.group(1)} {m.group(2)}" in ORG_POSTCODES or f"{m.group(1)} {m.group(2)}" in PRODUCT_CODES:
            continue
        if not covered(m.start(), m.end(), "POSTCODE"):
            err(f"postcode unlabelled {v!r}")
    for m in re.finditer(r"(?<![\w])(?:[A-Z]{1,2}\d[A-Z\d]?|[A-Z]{1,2}\d{2}) \d[ABD-HJLNP-UW-Z]{2}(?![\w])", text):
        if not covered(m.start(), m.end(), "POSTCODE"):
            err(f"UK postcode unlabelled {m.group(0)!r}")
    bsn_forms = re.compile(r"(?<![\w.\-/])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{2}\.\d{2}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3})(?![\w\-/]|[ .]\d)")
    for m in bsn_forms.finditer(text):
        v = m.group(0)
        if not bsn_valid(v) or covered(m.start(), m.end()):
            continue
        if m.start() >= 2 and text[m.start() - 1] == " " and text[m.start() - 2].isdigit():
            continue
        line_before = text[:m.start()].rsplit("\n", 1)[-1][-40:]
        if BSN_VETO.search(line_before):
            continue
        err(f"elfproef-valid 9-digit number unlabelled {v!r}")
    for m in re.finditer(r"(?i)(kvk|k\.v\.k\.|chamber of commerce|handelsregister|kamer van koophandel|coc)[^\n]{0,25}?(?<!\d)(\d{8})(?!\d)", text):
        if m.group(2) in ORG["kvk"]:
            continue
        if not covered(m.start(2), m.end(2), "KVK"):
            err(f"KvK unlabelled {m.group(2)!r}")
    for m in re.finditer(r"(?<![\w-])[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3}(?![\w-])", text):
        if kenteken_sidecode(m.group(0)) and not covered(m.start(), m.end(), "LICENSE_PLATE"):
            err(f"kenteken unlabelled {m.group(0)!r}")
    for m in re.finditer(r"(?<![\w-])[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9]\d{0,3}[EH]?(?!\w)", text):
        if not covered(m.start(), m.end(), "LICENSE_PLATE"):
            err(f"Kennzeichen unlabelled {m.group(0)!r}")
    date_rx = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [A-Za-zä]+\.? \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2}(?:st|nd|rd|th) [A-Z][a-z]+ \d{4}")
    for m in BIRTH_WORDS.finditer(text):
        after = text[m.end():m.end() + 40]
        dm = date_rx.search(after)
        if dm and parse_date(dm.group(0)) and "\n" not in after[:dm.start()]:
            s = m.end() + dm.start()
            if not covered(s, s + len(dm.group(0)), "DATE_OF_BIRTH"):
                err(f"date after birth word unlabelled {dm.group(0)!r}")
    for m in DOC_WORDS.finditer(text):
        after = text[m.end():m.end() + 30]
        dm = re.search(r"(?<![\w])[A-Z0-9]{9,10}(?![\w])", after)
        if dm and re.search(r"\d", dm.group(0)) and id_document_valid(dm.group(0)) and "\n" not in after[:dm.start()]:
            s = m.end() + dm.start()
            if not covered(s, s + len(dm.group(0))):
                err(f"document number unlabelled {dm.group(0)!r}")


def audit(records, pii_flags):
    problems = []
    texts = [r["text"] for r in records]
    if len(set(texts)) != len(texts):
        problems.append("duplicate texts")
    for rec in records:
        audit_record(rec, pii_flags[rec["id"]], problems)
    return problems


# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------
def build():
    by_lang = {"nl": [], "en": [], "de": []}
    for lang, name, pii, fn in SCENARIOS:
        for k in (0, 1):
            rng = random.Random(f"{SEED}:{name}:{k}")
            marked = fn(rng, k)
            text, spans = render(marked)
            by_lang[lang].append((name, k, pii, text, spans))
    records, flags, origin = [], {}, {}
    prefix = {"nl": "h10-nl", "en": "h10-en", "de": "h10-de"}
    for lang in ("nl", "en", "de"):
        items = by_lang[lang]
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(items)
        for i, (name, k, pii, text, spans) in enumerate(items, 1):
            rid = f"{prefix[lang]}-{i:03d}"
            records.append({"id": rid, "lang": lang, "text": text, "spans": spans})
            flags[rid] = pii
            origin[rid] = f"{name}[{k}]"
    return records, flags, origin


def stats(records):
    counts = {lab: {"nl": 0, "en": 0, "de": 0} for lab in LABELS}
    msgs = {"nl": 0, "en": 0, "de": 0}
    free = {"nl": 0, "en": 0, "de": 0}
    lengths = []
    for r in records:
        msgs[r["lang"]] += 1
        if not r["spans"]:
            free[r["lang"]] += 1
        lengths.append(len(r["text"].encode("utf-8")))
        for s in r["spans"]:
            counts[s["label"]][r["lang"]] += 1
    lengths.sort()
    lines = [f"messages: nl {msgs['nl']}, en {msgs['en']}, de {msgs['de']}; without personal data: "
             f"{sum(free.values())} (nl {free['nl']}, en {free['en']}, de {free['de']}) = "
             f"{100 * sum(free.values()) / len(records):.0f} %",
             f"length: {lengths[0]}–{lengths[-1]} bytes, median {lengths[len(lengths) // 2]}",
             "| label | nl | en | de | total |", "|---|---:|---:|---:|---:|"]
    tot = {"nl": 0, "en": 0, "de": 0}
    for lab in LABELS:
        c = counts[lab]
        for lg in tot:
            tot[lg] += c[lg]
        lines.append(f"| `{lab}` | {c['nl']} | {c['en']} | {c['de']} | {sum(c.values())} |")
    lines.append(f"| **all** | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")
    nonascii = sum(1 for r in records if r["spans"] and any(ord(ch) > 127 for ch in r["text"]))
    four = sum(1 for r in records if any(ord(ch) > 0xFFFF for ch in r["text"]))
    lines.append(f"messages with personal data and non-ASCII text: {nonascii}; texts with 4-byte characters: {four}")
    return "\n".join(lines)


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n" for r in records).encode("utf-8")


def main():
    assert self_test()
    ORG_E164.extend(e164(p) for p in ORG["phones"])
    records, flags, origin = build()
    problems = audit(records, flags)
    # read the serialised bytes back and re-slice every span
    data = serialise(records)
    for line, rec in zip(data.decode("utf-8").splitlines(), records):
        back = json.loads(line)
        tb = back["text"].encode("utf-8")
        for s, s0 in zip(back["spans"], rec["spans"]):
            if tb[s["start"]:s["end"]] != rec["text"].encode("utf-8")[s0["start"]:s0["end"]]:
                problems.append(f"{rec['id']}: serialised re-slice mismatch")
    counts = {"nl": 0, "en": 0, "de": 0}
    for r in records:
        counts[r["lang"]] += 1
    if counts != {"nl": 60, "en": 50, "de": 40}:
        problems.append(f"wrong language counts {counts}")
    if problems:
        for p in problems:
            rid = p.split(":")[0]
            print(f"AUDIT {p}   <- {origin.get(rid, '')}", file=sys.stderr)
        print(f"{len(problems)} problem(s); gold.jsonl not written", file=sys.stderr)
        sys.exit(1)
    OUT.write_bytes(data)
    print(stats(records))
    print("sha256", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
