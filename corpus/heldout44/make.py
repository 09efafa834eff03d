#!/usr/bin/env python3
"""heldout44 — blind held-out evaluation set for pii-scrubber.

Organisation: Houtwerf Keukens & Interieur B.V. (fictional), a Dutch kitchen and furniture retailer with
showrooms in Amersfoort, Zwolle and Breda, a distribution centre in Veenendaal and one German showroom in
Oberhausen (Houtwerf Küchen GmbH).

Deterministic: every instance uses random.Random(f"{SEED}:{scenario}:{k}") (string seeds are hashed with
SHA-512 by `random`, so PYTHONHASHSEED has no effect). Standard library only (Python 3.11).

Run:  python3 -B make.py          -> self test, build, audit; writes gold.jsonl only if everything passes
      python3 -B make.py --check  -> same, but never writes
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

SEED = "heldout44-houtwerf-v1"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")

LABELS = ("PERSON EMAIL PHONE IBAN BSN ADDRESS POSTCODE CREDIT_CARD IP_ADDRESS DATE_OF_BIRTH "
          "ID_DOCUMENT LICENSE_PLATE BTW_ID KVK").split()
NBSP = "\u00a0"

# ---------------------------------------------------------------------------------------------------------
# validators (re-implemented from the rules in shared/reference/dutch-pii-formats.md)
# ---------------------------------------------------------------------------------------------------------


def digits(s):
    return re.sub(r"\D", "", s)


def elfproef(s):
    d = re.sub(r"[ .\-]", "", s)
    if not d.isdigit():
        return False
    d = d.zfill(9)
    if len(d) != 9 or int(d) == 0:
        return False
    tot = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return tot % 11 == 0


def bank11(s):
    d = digits(s)
    n = len(d)
    return n in (9, 10) and sum((n - i) * int(d[i]) for i in range(n)) % 11 == 0


def onderwijsnummer_ok(s):
    d = digits(s)
    if len(d) != 9 or not d.startswith("10"):
        return False
    tot = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return tot % 11 == 5


def _b36(s):
    return "".join(str(int(c, 36)) for c in s)


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "GB": 22, "IE": 22, "FR": 27, "PL": 28, "LU": 20, "AT": 20,
            "ES": 24, "CH": 21, "IT": 27}
IBAN_BBAN = {"NL": r"[A-Z]{4}\d{10}", "BE": r"\d{12}", "DE": r"\d{18}", "GB": r"[A-Z]{4}\d{14}",
             "IE": r"[A-Z]{4}\d{14}", "FR": r"\d{10}[A-Z0-9]{11}\d{2}", "PL": r"\d{24}"}


def iban_compact(s):
    return re.sub(r"[ .\-\u00a0]", "", s).upper()


def iban_ok(s):
    c = iban_compact(s)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    cc = c[:2]
    if IBAN_LEN.get(cc) != len(c):
        return False
    if cc in IBAN_BBAN and not re.fullmatch(IBAN_BBAN[cc], c[4:]):
        return False
    if cc == "BE":
        n = int(c[4:14]) % 97 or 97
        if n != int(c[14:16]):
            return False
    return int(_b36(c[4:] + c[:4])) % 97 == 1


def iban_make(cc, bban):
    chk = 98 - int(_b36(bban + cc + "00")) % 97
    return f"{cc}{chk:02d}{bban}"


def iban_group(c, sep=" "):
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


def luhn_ok(s):
    d = digits(s)
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return len(d) > 0 and tot % 10 == 0


def card_iin_ok(s):
    d = digits(s)
    n = len(d)
    p2, p3, p4, p6 = int(d[:2]), int(d[:3]), int(d[:4]), int(d[:6])
    if d[0] == "4" and n in (13, 16, 19):
        return True                                   # Visa
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return True                                   # Mastercard
    if p2 in (34, 37) and n == 15:
        return True                                   # Amex
    if (p2 == 50 or 56 <= p2 <= 69) and 12 <= n <= 19:
        return True                                   # Maestro (wide)
    if (p4 == 6011 or 644 <= p3 <= 649 or p2 == 65 or 622126 <= p6 <= 622925) and 16 <= n <= 19:
        return True                                   # Discover
    if 3528 <= p4 <= 3589 and 16 <= n <= 19:
        return True                                   # JCB
    if (300 <= p3 <= 305 or p4 == 3095 or p2 in (36, 38, 39)) and 14 <= n <= 19:
        return True                                   # Diners
    return False


def card_ok(s):
    return luhn_ok(s) and card_iin_ok(s)


def btw_mod97_ok(s):
    c = re.sub(r"[ .\-]", "", s).upper()
    if not re.fullmatch(r"NL\d{9}B\d{2}", c):
        return False
    return int(_b36(c)) % 97 == 1


def btw_id_ok(s):
    """new-style btw-id: mod 97 and 9 digits that do NOT pass the elfproef"""
    c = re.sub(r"[ .\-]", "", s).upper()
    return btw_mod97_ok(c) and not elfproef(c[2:11]) and c[-2:] != "00"


def ob_nummer_ok(s):
    """old omzetbelastingnummer: NL + 9 digits passing the elfproef + B + 2 digits"""
    c = re.sub(r"[ .\-]", "", s).upper()
    m = re.fullmatch(r"(?:NL)?(\d{9})B(\d{2})", c)
    return bool(m) and elfproef(m.group(1)) and m.group(2) != "00"


def btw_make(r):
    while True:
        d9 = "".join(r.choice("0123456789") for _ in range(9))
        if d9[0] == "0" or elfproef(d9):
            continue
        base = int(_b36("NL" + d9 + "B"))
        xx = (1 - base * 100) % 97
        if xx == 0:
            xx = 97
        s = f"NL{d9}B{xx:02d}"
        if btw_id_ok(s):
            return s


def bsn_make(r, zero_lead=False):
    while True:
        d = ("0" + str(r.randint(10000000, 99999999))) if zero_lead else str(r.randint(100000000, 999999999))
        if elfproef(d) and d not in ("999999990", "111222333", "123456782", ORG_RSIN):
            return d


def num9_make(r, passes):
    """a 9-digit reference number that passes (or fails) the elfproef"""
    while True:
        d = str(r.randint(100000000, 999999999))
        if elfproef(d) == passes:
            return d


def bsn_forms(d, form):
    if form == "plain":
        return d
    if form == "dots":
        return f"{d[:4]}.{d[4:6]}.{d[6:]}"
    if form == "space":
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if form == "dash":
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"
    if form == "eight":
        assert d[0] == "0"
        return d[1:]
    raise ValueError(form)


# ---- phones -----------------------------------------------------------------------------------------------
NL_FIXED = re.compile(
    r"(?:1(?:[035]\d|1[13-578]|6[124-8]|7[24]|8[0-467])|2(?:[0346]\d|2[2-46-9]|5[125]|9[479])|"
    r"3(?:[03568]\d|1[3-8]|2[01]|4[1-8])|4(?:[0356]\d|1[1-368]|7[58]|8[15-8]|9[23579])|"
    r"5(?:[0358]\d|[19][1-9]|2[1-57-9]|4[13-8]|6[126]|7[0-3578])|7\d\d)\d{6}")
NL_MOBILE = re.compile(r"(?:6[1-58]|970\d)\d{7}")
NL_VOIP = re.compile(r"(?:85|91)\d{7}")
NL_UAN = re.compile(r"8[478]\d{7}")


def nl_nsn(s):
    t = s.strip()
    t = re.sub(r"\(0\)", "", t)
    t = re.sub(r"[\s.\-/()\u00a0]", "", t)
    if t.startswith("+31"):
        t = t[3:]
    elif t.startswith("0031"):
        t = t[4:]
    elif t.startswith("0"):
        t = t[1:]
    else:
        return None
    if t.startswith("0"):                   # "+31 0 6 ..." redundant trunk 0
        t = t[1:]
    return t if t.isdigit() else None


def nl_phone_type(s):
    n = nl_nsn(s)
    if n is None:
        return None
    if NL_MOBILE.fullmatch(n):
        return "mobile"
    if NL_FIXED.fullmatch(n):
        return "fixed"
    if NL_VOIP.fullmatch(n):
        return "voip"
    if NL_UAN.fullmatch(n):
        return "uan"
    if re.fullmatch(r"800\d{4,7}", n):
        return "tollfree"
    if re.fullmatch(r"90[069]\d{4,7}", n):
        return "premium"
    return None


def be_phone_ok(s):
    t = re.sub(r"[\s.\-/()]", "", s)
    if t.startswith("+32"):
        t = t[3:]
    elif t.startswith("0032"):
        t = t[4:]
    elif t.startswith("0"):
        t = t[1:]
    else:
        return False
    return bool(re.fullmatch(r"4[5-9]\d{7}|[23][2-8]\d{6}|9[2-4]\d{6}|1[0-9]\d{6}|50\d{6}", t))


DE_AREAS = ("208", "203", "201", "2041", "2064", "281", "211", "221", "2871", "2043")


def de_phone_ok(s):
    t = re.sub(r"\(0\)", "", s)
    t = re.sub(r"[\s.\-/()]", "", t)
    if t.startswith("+49"):
        t = t[3:]
    elif t.startswith("0049"):
        t = t[4:]
    elif t.startswith("0"):
        t = t[1:]
    else:
        return False
    if re.fullmatch(r"15\d{9}|1[67]\d{8,9}", t):
        return True
    for a in DE_AREAS:
        if t.startswith(a) and 5 <= len(t) - len(a) <= 8 and t[len(a)] != "0":
            return True
    return False


def uk_drama_ok(s):
    t = re.sub(r"[\s.\-/()]", "", s)
    if t.startswith("+44"):
        t = t[3:]
    elif t.startswith("0044"):
        t = t[4:]
    elif t.startswith("0"):
        t = t[1:]
    else:
        return False
    return bool(re.fullmatch(r"7700900\d{3}|2079460\d{3}|1134960\d{3}|1614960\d{3}|1174960\d{3}", t))


def phone_ok(s):
    return nl_phone_type(s) in ("mobile", "fixed", "voip") or be_phone_ok(s) or de_phone_ok(s) or uk_drama_ok(s)


def phone_key(s):
    """national significant number (country code, trunk 0 and separators removed) to compare written forms"""
    t = re.sub(r"\(0\)", "", s).strip()
    for pre in ("+31", "0031", "+32", "0032", "+49", "0049", "+44", "0044"):
        if t.startswith(pre):
            return digits(t[len(pre):]).lstrip("0")
    return digits(t).lstrip("0")


# ---- postcodes, documents, plates -------------------------------------------------------------------------
def nl_postcode_ok(s):
    c = re.sub(r"[ \-]", "", s)
    if c.upper().startswith("NL"):
        c = c[2:]
    return bool(re.fullmatch(r"[1-9]\d{3}[A-Za-z]{2}", c)) and c[4:].upper() not in ("SA", "SD", "SS")


def uk_postcode_ok(s):
    return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", s))


def postcode_ok(s):
    return (nl_postcode_ok(s) or uk_postcode_ok(s) or bool(re.fullmatch(r"[1-9]\d{3}", s))
            or bool(re.fullmatch(r"(?:D-)?\d{5}", s) and 1000 <= int(s[-5:]) <= 99999))


def nl_docnr_ok(s):
    c = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}\d", c)) and "O" not in c


def residence_doc_ok(s):
    return bool(re.fullmatch(r"(?:I|II|III|IV|V)-V[A-NP-Z1-9]{8}", s))


DE_DOC_ALPHA = "CFGHJKLMNPRTVWXYZ0123456789"


def de_doc_ok(s):
    return len(s) == 9 and all(c in DE_DOC_ALPHA for c in s) and s[0] in "CFGHJKLMNPRTVWXYZ"


SIDECODES = {1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX",
             7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX",
             13: "9-XX-999", 14: "999-XX-9"}
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
PLATE_BANNED = ("SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS")


def kenteken_sidecode(s):
    t = s.upper().replace(" ", "-")
    compact = t.replace("-", "")
    if len(compact) != 6 or not compact.isalnum():
        return None
    for sc, pat in SIDECODES.items():
        shape = pat.replace("-", "")
        if all((c.isalpha() if p == "X" else c.isdigit()) for c, p in zip(compact, shape)):
            if "-" in t and t != "".join(
                    ("-" if p == "-" else c) for p, c in zip(pat, _interleave(compact, pat))):
                continue
            letters = re.findall(r"[A-Z]+", t if "-" in t else _hyph(compact, pat))
            banned = list(PLATE_BANNED) + (["KVT", "VVD"] if sc >= 8 else []) + (["SP"] if sc >= 13 else [])
            if any(b in g for g in letters for b in banned):
                return None
            if sc >= 4 and any(c not in "BDFGHJKLMNPRSTVWXYZ" for g in letters for c in g):
                return None
            return sc
    return None


def _interleave(compact, pat):
    out, i = [], 0
    for p in pat:
        if p == "-":
            out.append("-")
        else:
            out.append(compact[i])
            i += 1
    return out


def _hyph(compact, pat):
    return "".join(_interleave(compact, pat))


def kenteken_ok(s):
    return kenteken_sidecode(s) is not None


def de_plate_ok(s):
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} [1-9]\d{0,3}[EH]?", s))


def de_ustid_ok(s):
    d = s[2:] if s.startswith("DE") else s
    if not re.fullmatch(r"[1-9]\d{8}", d):
        return False
    p = 10
    for ch in d[:8]:
        sm = (int(ch) + p) % 10 or 10
        p = (2 * sm) % 11
    return (11 - p) % 10 == int(d[8])


def de_ustid_make(r):
    while True:
        d = str(r.randint(100000000, 399999999))[:8]
        for last in "0123456789":
            if de_ustid_ok(d + last):
                return "DE" + d + last


EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
                      r"[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")
TLDS = {"nl", "com", "de", "be", "uk", "ie", "net", "eu", "example", "org", "frl", "info", "pl"}


def email_ok(s):
    return bool(EMAIL_RE.fullmatch(s)) and s.rsplit(".", 1)[1].lower() in TLDS and "@@" not in s


def ip_public(s):
    try:
        return ipaddress.ip_address(s).is_global
    except ValueError:
        return False


MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
}
MONTH_ABBR_NL = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()


def parse_date(s):
    s = s.strip()
    m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", s)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
        if m:
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            m = re.fullmatch(r"(\d{1,2})\.? ([A-Za-zä]+)\.? (\d{4})", s)
            m2 = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", s)
            if m:
                d, name, y = int(m.group(1)), m.group(2), int(m.group(3))
            elif m2:
                name, d, y = m2.group(1), int(m2.group(2)), int(m2.group(3))
            else:
                return None
            mo = None
            for lst in MONTHS.values():
                if name in lst:
                    mo = lst.index(name) + 1
            if name.lower() in MONTH_ABBR_NL:
                mo = MONTH_ABBR_NL.index(name.lower()) + 1
            if mo is None:
                return None
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def dob_ok(s):
    d = parse_date(s)
    return d is not None and 1900 <= d.year <= 2025


def fmt_date(dt, style):
    d, m, y = dt.day, dt.month, dt.year
    return {
        "nl_dash": f"{d:02d}-{m:02d}-{y}", "nl_dash_short": f"{d}-{m}-{y}", "slash": f"{d:02d}/{m:02d}/{y}",
        "iso": f"{y}-{m:02d}-{d:02d}", "nl_word": f"{d} {MONTHS['nl'][m - 1]} {y}",
        "en_word": f"{d} {MONTHS['en'][m - 1]} {y}", "en_us": f"{MONTHS['en'][m - 1]} {d}, {y}",
        "de_dot": f"{d:02d}.{m:02d}.{y}", "de_dot_short": f"{d}.{m}.{y}",
        "de_word": f"{d}. {MONTHS['de'][m - 1]} {y}",
    }[style]


def rand_date(r, y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(r.randint(start, end))


def address_ok(s):
    if re.fullmatch(r"Postbus \d{1,5}", s):
        return True
    if re.fullmatch(r"(?:Flat \d+, )?\d{1,4}[a-z]? [A-Z][A-Za-z' ]+ (?:Road|Lane|Street|Close|Avenue|Crescent|Drive|Way|Gardens|Terrace)", s):
        return True
    return bool(re.fullmatch(r"[A-ZÄÖÜ'][\wÀ-ž'.\- ]*[A-Za-zÄÖÜäöüßé.] \d{1,5}(?:[ \-]?[A-Za-z]{1,3}|-\d{1,2}| (?:bus|bte) \d{1,3}|-I{1,3}| hs| bis)?", s))


def clean(s):
    """ASCII local part for e-mail addresses"""
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-_")).lower()


# ---------------------------------------------------------------------------------------------------------
# the organisation (never labelled)
# ---------------------------------------------------------------------------------------------------------
ORG = {
    "names": ["Houtwerf Keukens & Interieur B.V.", "Houtwerf Keukens & Interieur", "Houtwerf Keukens",
              "Houtwerf Wonen", "Houtwerf Küchen GmbH", "Houtwerf Küchen", "Houtwerf Projecten",
              "Houtwerf Kitchens", "Houtwerf"],
    "domains": ["houtwerf.example", "houtwerf-kuechen.example"],
    "phones": ["0318 745 200", "085 303 1740", "06 4817 2290", "+49 208 4693270"],
    "ibans": [iban_make("NL", "RABO0317482056"), iban_make("NL", "INGB0007441293"),
              iban_make("DE", "365500000012345797")],
    "addresses": ["Ambachtsring 18, 3905 NB Veenendaal", "Postbus 310, 3900 AH Veenendaal",
                  "Kruiskamp 44, 3817 GJ Amersfoort", "Meubelplein 7, 8013 RP Zwolle",
                  "Woonplein Noord 3, 4817 ZX Breda", "Am Lindenhafen 8, 46049 Oberhausen"],
    "kvk": ["30194472"],
    "btw": [],            # filled below (RSIN-based omzetbelastingnummer of the B.V.)
    "handles": ["@HoutwerfWonen", "@houtwerf.keukens", "@HoutwerfKuechen"],
}
ORG_RSIN = "823147071"   # checked in self_test: passes the elfproef (it is an RSIN, not a BSN)
ORG["btw"] = [f"NL{ORG_RSIN}B01"]
ORG_VESTIGING = "000045123874"
ORG_USTID = "DE318524671"   # checked in self_test (MOD 11,10)
ORG_HRB = "HRB 31877"
ORG_IBAN_RABO, ORG_IBAN_ING, ORG_IBAN_DE = ORG["ibans"]
ORG_STREETS = ["Ambachtsring 18", "Postbus 310", "Kruiskamp 44", "Meubelplein 7", "Woonplein Noord 3",
               "Am Lindenhafen 8"]
ORG_POSTCODES = ["3905 NB", "3900 AH", "3817 GJ", "8013 RP", "4817 ZX", "3905NB"]

# staff are persons (labelled PERSON wherever they appear)
STAFF = {
    "marloes": ("Marloes", "van der Stap", "f"),      # keukenontwerper Amersfoort
    "jeroen": ("Jeroen", "Hofstede", "m"),            # planner bezorging & montage (DC Veenendaal)
    "sevda": ("Sevda", "Karaman", "f"),               # klantenservice
    "niels": ("Niels", "Wubbolts", "m"),              # financiering / kredietaanvragen
    "priya": ("Priya", "Ramlal", "f"),                # klachten & garantie
    "eline": ("Eline", "Ouwerkerk", "f"),             # accountmanager zakelijk / projecten
    "thomas": ("Thomas", "Brinkhoff", "m"),           # Filialleiter Oberhausen
    "katja": ("Katja", "Wendt", "f"),                 # Küchenplanerin Oberhausen
    "dennis": ("Dennis", "Vermolen", "m"),            # monteur
    "rachid": ("Rachid", "Aznag", "m"),               # monteur
    "ciaran": ("Ciarán", "Whelan", "m"),              # international customers desk
}

# ---------------------------------------------------------------------------------------------------------
# inline name lists (written for this set; no Faker, no name packages)
# ---------------------------------------------------------------------------------------------------------
NAMES = {
    "nl": {"m": ["Joost", "Maarten", "Sander", "Wouter", "Bram", "Thijs", "Gert-Jan", "Ruud", "Koen", "Pieter-Jan",
                 "Hidde", "Stijn", "Arjen", "Teun"],
           "f": ["Esmée", "Noëlle", "Marieke", "Annelies", "Femke", "Daniëlle", "Ilse", "Loïs", "Sanne", "Wilma",
                 "Jolanda", "Mirjam", "Tessa", "Anouk"],
           "sur": ["van den Heuvel", "van 't Zand", "ter Haar", "Verhoeven", "Hoogendoorn", "van der Linden",
                   "Kuipers", "de Graaf", "ten Cate", "Dijkstra", "Veenstra", "van Leeuwen", "Lammers",
                   "Bosman", "Timmermans", "Schuurmans", "van Dongen", "Zwart-de Ruiter", "van der Meulen",
                   "Oosterhuis", "Brinkman", "de Jager"]},
    "be": {"m": ["Wout", "Jens", "Lieven", "Pieter", "Jelle", "Tuur"],
           "f": ["Griet", "Annelien", "Sofie", "Katrien", "Ine", "Lotte"],
           "sur": ["Van Damme", "De Clercq", "Vermeulen", "Claeys", "Van Acker", "Goossens", "Peeters",
                   "De Smet", "Van Hoof", "Wouters"]},
    "ma": {"m": ["Youssef", "Mohamed", "Karim", "Bilal", "Nordin", "Hamza", "Soufiane", "Anouar"],
           "f": ["Fatima", "Nadia", "Samira", "Imane", "Khadija", "Hafsa", "Salma"],
           "sur": ["El Amrani", "Bouzid", "Ait Ouali", "Azzouzi", "El Khattabi", "Benali", "Ouchene",
                   "El Morabit"]},
    "tr": {"m": ["Emre", "Mehmet", "Burak", "Oğuz", "Serkan", "Kaan", "Volkan"],
           "f": ["Elif", "Zeynep", "Büşra", "Şeyma", "Ayşe", "Gülay", "Merve"],
           "sur": ["Yılmaz", "Kaya", "Demir", "Öztürk", "Şahin", "Aydın", "Çelik", "Koç", "Arslan"]},
    "sr": {"m": ["Ravi", "Sunil", "Dwight", "Marciano", "Rishi", "Glenn"],
           "f": ["Sharmila", "Anjali", "Shanti", "Roshni", "Ingrid", "Sabitrie"],
           "sur": ["Ramdin", "Jagesar", "Sewdien", "Kartosen", "Soekhoe", "Lieuw-A-Soe", "Pinas", "Biharie",
                   "Tjon-A-Fat"]},
    "pl": {"m": ["Paweł", "Tomasz", "Krzysztof", "Marek", "Łukasz"],
           "f": ["Małgorzata", "Agnieszka", "Katarzyna", "Joanna", "Dorota"],
           "sur": [("Kowalczyk", "Kowalczyk"), ("Wiśniewski", "Wiśniewska"), ("Nowak", "Nowak"),
                   ("Zieliński", "Zielińska"), ("Wójcik", "Wójcik"), ("Lewandowski", "Lewandowska")]},
    "de": {"m": ["Jörg", "Matthias", "Stefan", "Uwe", "Lukas", "Jürgen", "Dirk", "Henning"],
           "f": ["Käthe", "Sabine", "Ute", "Anke", "Julia", "Birgit", "Heike", "Svenja"],
           "sur": ["Weißenfels", "Brüggemann", "Hölscher", "Große-Wilde", "Kötter", "Dreßen", "Lohmann",
                   "Overbeck", "Pannenbäcker", "Tenhagen", "Wüllner", "Schürmann"]},
    "uk": {"m": ["Callum", "Oliver", "Declan", "Ciarán", "Rhys", "James", "Niall"],
           "f": ["Siobhan", "Aoife", "Harriet", "Megan", "Niamh", "Charlotte", "Imogen"],
           "sur": ["O'Sullivan", "McAllister", "Whitfield", "Pemberton", "Fitzgerald", "Hargreaves", "Doyle",
                   "Kavanagh", "Ashworth"]},
    "in": {"m": ["Arjun", "Vikram", "Rohan", "Siddharth", "Karthik"],
           "f": ["Ananya", "Priyanka", "Deepa", "Kavya", "Shreya"],
           "sur": ["Iyer", "Sharma", "Nair", "Reddy", "Kulkarni", "Banerjee", "Menon"]},
    "cn": {"m": ["Wei", "Hao", "Zhiwei", "Jianhong"],
           "f": ["Xiaoling", "Yuting", "Meiling", "Jiayi"],
           "sur": ["Chen", "Zhang", "Liu", "Huang", "Zhou", "Xu"]},
    "gh": {"m": ["Kwame", "Kofi", "Chidi", "Emeka"],
           "f": ["Ama", "Abena", "Ngozi", "Adaeze"],
           "sur": ["Mensah", "Owusu", "Okeke", "Asante", "Boateng", "Nwosu"]},
    "sy": {"m": ["Rami", "Omar", "Fadi"],
           "f": ["Lina", "Rasha", "Dima"],
           "sur": ["Haddad", "Al-Khatib", "Sabbagh", "Haj Ali"]},
    "pt": {"m": ["João", "Rui", "Nuno"],
           "f": ["Inês", "Joana", "Mariana"],
           "sur": ["Tavares", "Monteiro", "Carvalho", "Gonçalves"]},
}
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "el", "ait", "al", "von", "zu", "a",
             "haj", "tjon", "lieuw", "soe", "fat", "la", "op"}

ORIGINS_NL = ["nl", "nl", "nl", "ma", "tr", "sr", "pl", "be", "in", "cn", "gh", "sy", "pt", "de", "uk"]
ORIGINS_EN = ["uk", "uk", "in", "in", "cn", "gh", "pt", "sy", "nl", "pl", "tr", "ma"]
ORIGINS_DE = ["de", "de", "de", "de", "tr", "pl", "nl", "sy", "pt", "ma"]


class Person:
    def __init__(self, first, last, sex, origin):
        self.first, self.last, self.sex, self.origin = first, last, sex, origin

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def sur(self):
        """surname as written standing alone (Dutch tussenvoegsel capitalised)"""
        return self.last[0].upper() + self.last[1:]

    def ini(self, r=None, two=False):
        f = self.first.split("-")
        i = "".join(x[0] + "." for x in f)
        if two and len(f) == 1 and r is not None:
            i += r.choice("AHJMCWE") + "."
        return i

    def initials_name(self, r=None, two=False):
        return f"{self.ini(r, two)} {self.last}"

    def email(self, r, domain=None):
        f, l = clean(self.first), clean(self.last.replace(" ", ""))
        dom = domain or r.choice(FREEMAIL[self.origin] if self.origin in FREEMAIL else FREEMAIL["nl"])
        style = r.randint(0, 4)
        loc = [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{r.randint(70, 99)}", f"{l}.{f}", f"{f}_{l}"][style]
        return f"{loc}@{dom}"

    def title(self, lang):
        if lang == "nl":
            return "meneer" if self.sex == "m" else "mevrouw"
        if lang == "de":
            return "Herr" if self.sex == "m" else "Frau"
        return "Mr" if self.sex == "m" else "Ms"


FREEMAIL = {
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com", "outlook.com", "xs4all.nl", "live.nl",
           "icloud.com", "planet.nl"],
    "be": ["telenet.be", "skynet.be", "gmail.com", "proximus.be"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"],
    "uk": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "eircom.net"],
    "in": ["gmail.com", "outlook.com", "yahoo.com"],
    "cn": ["gmail.com", "outlook.com", "icloud.com"],
    "pl": ["gmail.com", "wp.pl", "onet.pl", "ziggo.nl"],
}


def person(r, origin=None, sex=None, origins=ORIGINS_NL, avoid=()):
    for _ in range(200):
        o = origin or r.choice(origins)
        s = sex or r.choice("mf")
        first = r.choice(NAMES[o][s])
        sur = r.choice(NAMES[o]["sur"])
        if isinstance(sur, tuple):
            sur = sur[0] if s == "m" else sur[1]
        p = Person(first, sur, s, o)
        if all(p.first != q.first and p.last != q.last for q in avoid):
            return p
    raise RuntimeError("no person")


def people(r, n, origins=ORIGINS_NL, **kw):
    out = []
    for _ in range(n):
        out.append(person(r, origins=origins, avoid=out, **kw))
    return out


def staff(key):
    f, l, s = STAFF[key]
    return Person(f, l, s, "staff")


def relative(r, p, sex=None):
    """family member: same surname, other first name"""
    s = sex or r.choice("mf")
    o = p.origin if p.origin in NAMES else "nl"
    while True:
        f = r.choice(NAMES[o][s])
        if f != p.first:
            last = p.last
            sur = [x for x in NAMES[o]["sur"] if isinstance(x, tuple) and p.last in x]
            if sur:
                last = sur[0][0] if s == "m" else sur[0][1]
            return Person(f, last, s, o)


# ---------------------------------------------------------------------------------------------------------
# inline places and streets (invented street names)
# ---------------------------------------------------------------------------------------------------------
NL_TOWNS = {  # town: (postcode range, area code)
    "Amersfoort": ((3811, 3829), "033"), "Zwolle": ((8011, 8044), "038"), "Breda": ((4811, 4839), "076"),
    "Veenendaal": ((3901, 3909), "0318"), "Utrecht": ((3511, 3585), "030"), "Apeldoorn": ((7311, 7339), "055"),
    "Ede": ((6711, 6718), "0318"), "Leusden": ((3830, 3833), "033"), "Deventer": ((7411, 7439), "0570"),
    "Kampen": ((8261, 8267), "038"), "Oosterhout": ((4901, 4909), "0162"), "Tilburg": ((5011, 5049), "013"),
    "Barneveld": ((3771, 3774), "0342"), "Nijkerk": ((3861, 3864), "033"), "Etten-Leur": ((4871, 4876), "076"),
    "Harderwijk": ((3841, 3849), "0341"), "Soest": ((3761, 3769), "035"), "Dronten": ((8251, 8253), "0321"),
    "Winterswijk": ((7101, 7109), "0543"), "Venlo": ((5911, 5928), "077"),
}
NL_STREETS = ["Zilverschoonlaan", "Ravelijnstraat", "Laan van Weldam", "Burg. Tuinstrastraat", "Kruidhofweg",
              "Wilgenkamp", "Oude Veerkade", "Lijsterbesdreef", "Hoefsmidstraat", "Kolkdijk", "Tolbrugsingel",
              "Sint Jorisplein", "Zandpoortsteeg", "Molenerf", "Klaproosveld", "Schutterspad", "Gerstakker",
              "Laan van Hoogerbrug", "Wolkammersweg", "Koperslagershof", "Dr. Brouwerstraat", "Vlasgaarde",
              "Ekstergracht", "Boterbloemstraat", "Hazelaarlaan", "Sluiswachterskade", "Havikshorst",
              "Kerkeveld", "Turfschipper", "Dijkgraaf Lelystraat", "Populierenhof", "Roggeweide"]
BE_TOWNS = {"Turnhout": "2300", "Hoogstraten": "2320", "Brasschaat": "2930", "Merksplas": "2330",
            "Essen": "2910", "Kapellen": "2950"}
BE_STREETS = ["Lindekensveld", "Kapelweg", "Gasthuisstraat", "Boterpotstraat", "Heikantlei", "Vrijheidsdreef"]
DE_TOWNS = {"Oberhausen": ((46045, 46149), "0208"), "Mülheim an der Ruhr": ((45468, 45481), "0208"),
            "Duisburg": ((47051, 47279), "0203"), "Essen": ((45127, 45359), "0201"),
            "Bottrop": ((46236, 46244), "02041"), "Dinslaken": ((46535, 46539), "02064"),
            "Wesel": ((46483, 46487), "0281"), "Gladbeck": ((45964, 45968), "02043")}
DE_STREETS = ["Am Förderturm", "Schlackenbergweg", "Haldenstraße", "Zechenring", "Knappenweg",
              "Walzwerkstraße", "Kokereiweg", "Ginsterhang", "Lohbergstraße", "Emscheraue", "Am Kettelbusch",
              "Hüttenstr.", "Bergmannsgrund", "Kaue-Allee"]
UK_ADDR = [("Larkfield Road", "Guildford", "GU1 4RT"), ("Marchbank Close", "Leeds", "LS6 2QW"),
           ("Holloway Lane", "Bristol", "BS7 8NJ"), ("Alder Crescent", "Manchester", "M20 6XE")]


def nl_house(r):
    n = r.randint(1, 180)
    return r.choice([str(n), str(n), f"{n}{r.choice('abc')}", f"{n}-{r.choice('AB')}", f"{n}-2", f"{n} hs",
                     f"{n}-II", f"{n}A"])


def nl_postcode(r, town):
    lo, hi = NL_TOWNS[town][0]
    while True:
        pc = f"{r.randint(lo, hi)} {r.choice('BCDEGHJKLMNPRTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        if nl_postcode_ok(pc) and pc not in ORG_POSTCODES:
            return pc


class Addr:
    def __init__(self, street, pc, town, area, country):
        self.street, self.pc, self.town, self.area, self.country = street, pc, town, area, country


def nl_addr(r, town=None):
    town = town or r.choice(sorted(NL_TOWNS))
    st = f"{r.choice(NL_STREETS)} {nl_house(r)}"
    return Addr(st, nl_postcode(r, town), town, NL_TOWNS[town][1], "NL")


def be_addr(r):
    town = r.choice(sorted(BE_TOWNS))
    n = r.randint(2, 160)
    st = f"{r.choice(BE_STREETS)} {n}" + r.choice(["", "", f" bus {r.randint(1, 12)}"])
    return Addr(st, BE_TOWNS[town], town, None, "BE")


def de_addr(r, town=None):
    town = town or r.choice(sorted(DE_TOWNS))
    lo, hi = DE_TOWNS[town][0]
    n = r.randint(1, 140)
    st = f"{r.choice(DE_STREETS)} {n}{r.choice(['', '', 'a', 'b'])}"
    return Addr(st, str(r.randint(lo, hi)), town, DE_TOWNS[town][1], "DE")


def uk_addr(r):
    street, town, pc = r.choice(UK_ADDR)
    n = r.randint(2, 90)
    st = r.choice([f"{n} {street}", f"Flat {r.randint(1, 9)}, {n} {street}"])
    return Addr(st, pc, town, None, "UK")


# ---------------------------------------------------------------------------------------------------------
# value generators (checksum-valid) and their written forms
# ---------------------------------------------------------------------------------------------------------
def nl_mobile(r):
    while True:
        n = "06" + r.choice("1234568") + "".join(r.choice("0123456789") for _ in range(7))
        if nl_phone_type(n) == "mobile" and phone_key(n) != phone_key(ORG["phones"][2]):
            return n


def fmt_mobile(n, form):
    a = n[2:]  # 8 digits after 06
    return {
        "dash": f"06-{a}", "space": f"06 {a}", "space4": f"06 {a[:4]} {a[4:]}",
        "pairs": f"06-{a[:2]} {a[2:4]} {a[4:6]} {a[6:]}", "plain": n, "paren": f"(06) {a}",
        "intl": f"+31 6 {a}", "intl0": f"+31 (0)6 {a[:4]} {a[4:]}", "intldash": f"+316-{a}",
        "0031": f"0031 6 {a[:4]} {a[4:]}", "intlpairs": f"+31 6 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
        "dash3": f"06 - {a[:3]} {a[3:6]} {a[6:]}",
    }[form]


MOBILE_FORMS = ["dash", "space", "space4", "pairs", "plain", "paren", "intl", "intl0", "intldash", "0031",
                "intlpairs", "dash3"]


def nl_landline(r, area):
    k = 10 - len(area)
    while True:
        sub = r.choice("23456789") + "".join(r.choice("0123456789") for _ in range(k - 1))
        n = area + sub
        if nl_phone_type(n) == "fixed" and phone_key(n) != phone_key(ORG["phones"][0]):
            return n


def fmt_landline(n, form):
    if len(n) - 1 == 9 and n[:4] in ("0318", "0342", "0570", "0162", "0341", "0321", "0543"):
        a, s = n[:4], n[4:]
        return {"space": f"{a} {s[:3]} {s[3:]}", "dash": f"{a}-{s}", "pairs": f"{a} {s[:2]} {s[2:4]} {s[4:]}",
                "intl": f"+31 {a[1:]} {s[:3]} {s[3:]}", "intl0": f"+31 (0){a[1:]} {s}", "paren": f"({a}) {s}",
                "plain": n}[form]
    a, s = n[:3], n[3:]
    return {"space": f"{a} {s[:3]} {s[3:]}", "dash": f"{a}-{s}", "pairs": f"({a}) {s[:3]} {s[3:5]} {s[5:]}",
            "intl": f"+31 {a[1:]} {s[:3]} {s[3:]}", "intl0": f"+31 (0){a[1:]}-{s}", "paren": f"({a}) {s}",
            "plain": n}[form]


LAND_FORMS = ["space", "dash", "pairs", "intl", "intl0", "paren"]


def be_gsm(r, form=None):
    n = "04" + r.choice("5789") + "".join(r.choice("0123456789") for _ in range(7))
    a = n[1:]
    form = form or r.choice(["nat", "intl", "0032"])
    return {"nat": f"{n[:4]} {n[4:6]} {n[6:8]} {n[8:]}", "intl": f"+32 {a[:3]} {a[3:5]} {a[5:7]} {a[7:]}",
            "0032": f"0032 {a}"}[form]


def de_mobile(r, form=None):
    pre = r.choice(["151", "152", "157", "160", "162", "170", "171", "172", "176", "178"])
    k = 8 if pre.startswith("15") else r.choice([7, 8])
    sub = r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(k - 1))
    form = form or r.choice(["nat", "slash", "intl", "dash", "intl0"])
    return {"nat": f"0{pre} {sub}", "slash": f"0{pre}/{sub}", "intl": f"+49 {pre} {sub}",
            "dash": f"0{pre}-{sub}", "intl0": f"+49 (0){pre} {sub}"}[form]


def de_landline(r, area, form=None):
    k = r.choice([6, 7]) if len(area) <= 4 else r.choice([5, 6])
    sub = r.choice("2345689") + "".join(r.choice("0123456789") for _ in range(k - 1))
    form = form or r.choice(["nat", "slash", "intl", "dash"])
    return {"nat": f"{area} {sub}", "slash": f"{area}/{sub}", "intl": f"+49 {area[1:]} {sub}",
            "dash": f"{area}-{sub}"}[form]


def uk_phone(r, form=None):
    kind = r.choice(["mob", "mob", "ldn", "leeds", "mcr"])
    x = f"{r.randint(0, 999):03d}"
    form = form or r.choice(["nat", "intl"])
    if kind == "mob":
        return f"07700 900{x}" if form == "nat" else f"+44 7700 900{x}"
    pre = {"ldn": ("020 7946 0", "+44 20 7946 0"), "leeds": ("0113 496 0", "+44 113 496 0"),
           "mcr": ("0161 496 0", "+44 161 496 0")}[kind]
    return (pre[0] if form == "nat" else pre[1]) + x


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB", "REVO"]


def nl_iban(r):
    while True:
        c = iban_make("NL", r.choice(NL_BANKS) + "".join(r.choice("0123456789") for _ in range(10)))
        if c not in ORG["ibans"]:
            return c


def be_iban(r):
    bank = r.choice(["001", "063", "068", "143", "735", "973"])
    acct = "".join(r.choice("0123456789") for _ in range(7))
    chk = int(bank + acct) % 97 or 97
    return iban_make("BE", f"{bank}{acct}{chk:02d}")


def de_iban(r):
    blz = r.choice(["36550000", "35050000", "36010043", "36250000", "35261380", "43060967"])
    return iban_make("DE", blz + "".join(r.choice("0123456789") for _ in range(10)))


def gb_iban(r):
    return iban_make("GB", r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + "".join(r.choice("0123456789") for _ in range(14)))


def ie_iban(r):
    return iban_make("IE", r.choice(["AIBK", "BOFI"]) + "".join(r.choice("0123456789") for _ in range(14)))


def pl_iban(r):
    return iban_make("PL", "".join(r.choice("0123456789") for _ in range(24)))


def fmt_iban(c, form):
    return {"compact": c, "space": iban_group(c), "lower": c.lower(), "nbsp": c[:4] + NBSP + iban_group(c[4:]),
            "lowerspace": iban_group(c).lower()}[form]


def card_make(r, kind):
    pre, n = {"visa": ("4" + r.choice(["539", "916", "024", "571"]), 16),
              "mc": (r.choice(["51", "53", "55", "2223", "2720"]), 16),
              "amex": (r.choice(["34", "37"]), 15)}[kind]
    while True:
        body = pre + "".join(r.choice("0123456789") for _ in range(n - len(pre) - 1))
        for last in "0123456789":
            if luhn_ok(body + last) and card_iin_ok(body + last):
                return body + last


def fmt_card(c, form):
    if len(c) == 15:
        return f"{c[:4]} {c[4:10]} {c[10:]}" if form != "plain" else c
    return {"space": " ".join(c[i:i + 4] for i in range(0, 16, 4)), "dash": "-".join(c[i:i + 4] for i in range(0, 16, 4)),
            "plain": c}[form]


def nl_docnr(r, kind="N"):
    alpha = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
    alnum = "ABCDEFGHJKLMNPRSTUVWXYZ123456789"
    while True:
        s = kind + r.choice(alpha) + "".join(r.choice(alnum) for _ in range(6)) + r.choice("123456789")
        if nl_docnr_ok(s):
            return s


def residence_doc(r):
    alnum = "ABCDEFGHJKLMNPRSTUVWXYZ123456789"
    return r.choice(["II", "III", "IV"]) + "-V" + "".join(r.choice(alnum) for _ in range(8))


def de_doc(r, kind="ausweis"):
    first = "LMNPRTVWXY" if kind == "ausweis" else "CFGHJK"
    return r.choice(first) + "".join(r.choice(DE_DOC_ALPHA) for _ in range(8))


def kenteken_make(r, sc=None):
    while True:
        s = sc or r.choice([4, 5, 6, 7, 8, 9, 10, 11, 13, 14])
        pat = SIDECODES[s]
        out = "".join("-" if p == "-" else (r.choice(PLATE_LETTERS) if p == "X" else r.choice("123456789"))
                      for p in pat)
        if kenteken_sidecode(out) == s:
            return out


def de_plate(r, town=None):
    dist = {"Oberhausen": "OB", "Mülheim an der Ruhr": "MH", "Duisburg": "DU", "Essen": "E",
            "Bottrop": "BOT", "Dinslaken": "WES", "Wesel": "WES", "Gladbeck": "RE"}.get(town, r.choice(["OB", "MH", "DU", "E", "BOT"]))
    letters = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(r.choice([1, 2])))
    return f"{dist}-{letters} {r.randint(1, 9999)}"


def kvk_make(r):
    while True:
        k = str(r.randint(50000000, 99999999))
        if k not in ORG["kvk"]:
            return k


def public_ipv4(r):
    while True:
        ip = ".".join(str(x) for x in (r.choice([31, 37, 62, 77, 80, 81, 84, 86, 89, 94, 145, 176, 178, 185, 212, 213, 217]),
                                       r.randint(1, 254), r.randint(0, 254), r.randint(1, 254)))
        if ip_public(ip):
            return ip


def public_ipv6(r):
    while True:
        ip = "2a02:" + ":".join(f"{r.randint(0, 0xffff):x}" for _ in range(3)) + "::" + f"{r.randint(1, 0xffff):x}"
        if ip_public(ip):
            return ip


# ---------------------------------------------------------------------------------------------------------
# markup: values are written with m(LABEL, value) between private-use sentinels; render() strips them
# ---------------------------------------------------------------------------------------------------------
S0, S1, S2 = "\ue000", "\ue001", "\ue002"     # labelled span
N0, N1 = "\ue003", "\ue004"                   # NP(): a string that is not a person (company, brand, street)
H0, H1, H2 = "\ue005", "\ue006", "\ue007"     # HN(kind, value): a registered hard negative


def m(label, v):
    assert label in LABELS, label
    v = str(v)
    assert v and v == v.strip(), (label, v)
    return f"{S0}{label}{S1}{v}{S2}"


def P(x):
    return m("PERSON", x.full if isinstance(x, Person) else x)


def EM(x):
    return m("EMAIL", x)


def PH(x):
    return m("PHONE", x)


def IB(x):
    return m("IBAN", x)


def BS(x):
    return m("BSN", x)


def AD(x):
    return m("ADDRESS", x.street if isinstance(x, Addr) else x)


def PC(x):
    return m("POSTCODE", x.pc if isinstance(x, Addr) else x)


def CC(x):
    return m("CREDIT_CARD", x)


def IP(x):
    return m("IP_ADDRESS", x)


def DOB(x):
    return m("DATE_OF_BIRTH", x)


def ID(x):
    return m("ID_DOCUMENT", x)


def LP(x):
    return m("LICENSE_PLATE", x)


def BTW(x):
    return m("BTW_ID", x)


def KVK(x):
    return m("KVK", x)


def NP(x):
    return f"{N0}{x}{N1}"


def HN(kind, v):
    return f"{H0}{kind}{H1}{v}{H2}"


def FULLADDR(a, sep=", "):
    """street + number, postcode, town"""
    if a.country == "UK":
        return f"{AD(a)}{sep}{a.town} {PC(a)}"
    return f"{AD(a)}{sep}{PC(a)} {a.town}"


TOKEN_RE = re.compile(r"\ue000([A-Z_]+)\ue001(.*?)\ue002|\ue003(.*?)\ue004|\ue005([a-z_]+)\ue006(.*?)\ue007", re.S)


def render(marked):
    out, spans, nps, hns, pos = [], [], [], [], 0
    n = 0
    for mt in TOKEN_RE.finditer(marked):
        out.append(marked[pos:mt.start()])
        n += len(marked[pos:mt.start()])
        if mt.group(1):
            v = mt.group(2)
            spans.append((n, n + len(v), mt.group(1), v))
        elif mt.group(3) is not None:
            v = mt.group(3)
            nps.append((n, n + len(v)))
        else:
            v = mt.group(5)
            hns.append((n, n + len(v), mt.group(4), v))
        out.append(v)
        n += len(v)
        pos = mt.end()
    out.append(marked[pos:])
    text = "".join(out)
    for ch in (S0, S1, S2, N0, N1, H0, H1, H2):
        assert ch not in text, "markup left in text"
    return text, spans, nps, hns


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


# ---------------------------------------------------------------------------------------------------------
# small helpers for the texts
# ---------------------------------------------------------------------------------------------------------
def order_no(r):
    return f"HW-{r.choice([2024, 2025])}-{r.randint(10000, 99999):06d}"


def quote_no(r):
    return f"OFF-{r.choice([24, 25])}-{r.randint(1000, 19999)}"


def ticket_no(r):
    return f"#{r.randint(100000, 399999)}"


def eur(r, lo, hi, cents=True):
    v = r.randint(lo, hi)
    s = f"{v:,}".replace(",", ".")
    return f"€ {s},{r.choice(['00', '50', '95', '00'])}" if cents else f"€ {s},-"


def when(r, y=2025, m0=1, m1=12):
    return rand_date(r, y, y).replace(month=r.randint(m0, m1), day=r.randint(1, 28))


def workday(r, y=2025, m0=1, m1=12):
    d = when(r, y, m0, m1)
    while d.weekday() > 4:
        d += datetime.timedelta(days=1)
    return d


def chat_times(r, n, gap=(1, 6), start=(8 * 60, 17 * 60)):
    t = r.randint(*start)
    out = []
    for _ in range(n):
        out.append(f"{t // 60:02d}:{t % 60:02d}")
        t += r.randint(*gap)
    return out


def hhmm(r):
    return f"{r.randint(7, 21):02d}:{r.choice(['00', '05', '12', '17', '23', '30', '34', '41', '45', '52'])}"


def nl_d(dt):
    return f"{dt.day} {MONTHS['nl'][dt.month - 1]}"


def de_d(dt):
    return f"{dt.day}. {MONTHS['de'][dt.month - 1]}"


def en_d(dt):
    return f"{dt.day} {MONTHS['en'][dt.month - 1]}"


WEEKDAY = {"nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
           "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
           "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()}


def kenteken_product(r):
    """kenteken-shaped product/colour codes (hard negative, product context only)"""
    return kenteken_make(r, r.choice([4, 5, 6]))


def ean13(r):
    while True:
        body = "87" + "".join(r.choice("0123456789") for _ in range(10))
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        e = body + str((10 - s % 10) % 10)
        if not card_ok(e):
            return e


def annuity(principal, rate, months):
    i = rate / 12
    return principal * i / (1 - (1 + i) ** -months)


def thou(v, cur="€ "):
    return cur + f"{v:,}".replace(",", ".")


def mobile_of(r):
    return fmt_mobile(nl_mobile(r), r.choice(MOBILE_FORMS))


SCEN = []


def sc(lang, pii):
    def deco(fn):
        SCEN.append((lang, fn.__name__, pii, fn))
        return fn
    return deco


# ---------------------------------------------------------------------------------------------------------
# signatures of the organisation
# ---------------------------------------------------------------------------------------------------------
ROLE_NL = {"marloes": "Keukenontwerper showroom Amersfoort", "jeroen": "Planning bezorging & montage",
           "sevda": "Klantenservice", "niels": "Financiering & kredietaanvragen",
           "priya": "Klachten & garantie", "eline": "Accountmanager Zakelijk & Projecten",
           "dennis": "Montage", "rachid": "Montage", "ciaran": "International customers"}
ROLE_EN = {"marloes": "Kitchen designer, Amersfoort showroom", "jeroen": "Delivery & installation planning",
           "sevda": "Customer Service", "niels": "Financing", "priya": "Complaints & Warranty",
           "eline": "Account Manager Business & Projects", "ciaran": "International Customers Desk",
           "katja": "Kitchen planner, Oberhausen"}


def sig_nl(r, key, closing="Met vriendelijke groet,"):
    s = staff(key)
    line = r.choice(["T 0318 745 200 | www.houtwerf.example",
                     "T: +31 (0)318 745 200 · WhatsApp 06-48172290",
                     "Tel. 0318-745200 | klantenservice@houtwerf.example"])
    return f"{closing}\n\n{P(s)}\n{ROLE_NL[key]}\nHoutwerf Keukens & Interieur\n{line}"


def sig_en(r, key, closing="Kind regards,"):
    s = staff(key)
    line = r.choice(["T +31 318 745 200 | www.houtwerf.example/en",
                     "Phone +31 (0)318 745 200 · WhatsApp +31 6 4817 2290"])
    return f"{closing}\n{P(s)}\n{ROLE_EN[key]}\nHoutwerf Kitchens\n{line}"


def footer_nl(r):
    return r.choice([
        f"Houtwerf Keukens & Interieur B.V. · Ambachtsring 18 · 3905 NB Veenendaal · KvK 30194472 · "
        f"btw {ORG['btw'][0]}",
        f"Houtwerf Keukens & Interieur B.V. | Postbus 310, 3900 AH Veenendaal | IBAN {iban_group(ORG_IBAN_RABO)} "
        f"| KvK 30194472",
    ])


FIRM_NP = ["Van Gelder Logistiek B.V.", "Jansen & Zn. Installatietechniek", "Hendriks Bouw B.V.",
           "Zorggroep De Lindenhof", "Smit Transport", "Gemeente Amersfoort", "De Vries Schilderwerken v.o.f."]


# =========================================================================================================
# NL scenarios (30: 19 with personal data, 11 without)
# =========================================================================================================
@sc("nl", True)
def nl_afspraak_ontwerp(r, k):
    p = person(r)
    partner = relative(r, p, "m" if p.sex == "f" else "f") if r.random() < 0.5 else person(r, avoid=[p])
    if k == 0:
        town = r.choice(["Amersfoort", "Leusden", "Nijkerk", "Soest"])
        a = nl_addr(r, town)
        d = when(r, 2025, 1, 11)
        return (f"Nieuw formulier: Afspraak keukenontwerp\n"
                f"Verzonden: {d.day:02d}-{d.month:02d}-2025 {hhmm(r)}\n"
                f"Showroom: Amersfoort (Kruiskamp 44)\n"
                f"Naam: {P(p)}\n"
                f"E-mailadres: {EM(p.email(r))}\n"
                f"Telefoon: {PH(mobile_of(r))}\n"
                f"Adres: {AD(a)}, {PC(a)} {town}\n"
                f"Type afspraak: ontwerpgesprek (90 min)\n"
                f"Voorkeursdatum: {fmt_date(d + datetime.timedelta(days=r.randint(5, 20)), 'nl_dash')} (ochtend)\n"
                f"Budget: € 15.000 – € 20.000\n"
                f"Opmerking: de keukenwand wordt ca. 3,40 m, met kookeiland. "
                f"{'Mijn vriend' if partner.sex == 'm' else 'Mijn vriendin'} {P(partner.first)} komt ook mee. "
                f"Wij hebben al een plattegrond (schaal 1:50).")
    town = r.choice(["Zwolle", "Kampen", "Dronten"])
    a = nl_addr(r, town)
    rel = "man" if partner.sex == "m" else "vrouw"
    tel = fmt_landline(nl_landline(r, NL_TOWNS[town][1]), r.choice(LAND_FORMS))
    return (f"Onderwerp: afspraak maken keuken\n\n"
            f"Goedemiddag,\n\n"
            f"Wij willen graag een afspraak maken in de showroom in Zwolle voor een nieuwe keuken. Ons huis aan de "
            f"{AD(a)} in {town} is van 1978 en de keuken is echt op. Liefst op een zaterdag in "
            f"{MONTHS['nl'][r.randint(2, 10)]}, mijn {rel} {P(partner.first)} werkt doordeweeks.\n"
            f"Ik ben het best bereikbaar op {PH(tel)} (vaste lijn, na 18:00).\n\n"
            f"Groet,\n{P(p)}")


@sc("nl", True)
def nl_bezorgadres_wijzigen(r, k):
    p = person(r)
    od = order_no(r)
    town = r.choice(sorted(NL_TOWNS))
    old, new = nl_addr(r, town), nl_addr(r, town)
    while new.street.split()[0] == old.street.split()[0]:
        new = nl_addr(r, town)
    if k == 0:
        wife = relative(r, p, "f") if p.sex == "m" else person(r, sex="m", avoid=[p])
        d = when(r)
        return (f"Onderwerp: Wijziging bezorgadres order {od}\n\n"
                f"Beste klantenservice,\n\n"
                f"Onze keuken (order {od}, levering gepland in week {r.randint(10, 48)}) moet niet naar ons oude adres "
                f"{AD(old)} maar naar ons nieuwe huis:\n\n"
                f"{AD(new)}\n{PC(new)}  {town.upper()}\n\n"
                f"De sleuteloverdracht is op {nl_d(d)}, vanaf dan kunnen jullie erin. Bellen kan op "
                f"{PH(mobile_of(r))} of met {'mijn vrouw' if wife.sex == 'f' else 'mijn partner'} {P(wife.first)}: "
                f"{PH(mobile_of(r))}.\n\n"
                f"Vriendelijke groet,\n{P(p)}")
    j = staff("jeroen")
    d = workday(r)
    day = f"{d.day:02d}-{d.month:02d}-2025"
    t = chat_times(r, 5, (1, 9))
    return (f"[{day} {t[0]}] {P(p)}: Hoi, is het nog mogelijk het afleveradres aan te passen? We zijn net verhuisd 🙈\n"
            f"[{day} {t[1]}] Houtwerf Planning: Hoi! Dat kan. Wat is het nieuwe adres en uw ordernummer?\n"
            f"[{day} {t[2]}] {P(p)}: {AD(new)}, {PC(new)} {town}. Order {od}\n"
            f"[{day} {t[3]}] {P(p)}: oude adres was {AD(old)}\n"
            f"[{day} {t[4]}] Houtwerf Planning: Genoteerd. De levering blijft op {WEEKDAY['nl'][d.weekday()]} "
            f"{fmt_date(d + datetime.timedelta(days=14), 'nl_dash_short')} tussen 7:00 en 12:00. Groet, {P(j.first)}")


@sc("nl", True)
def nl_financiering_aanvraag(r, k):
    p = person(r, origins=["nl", "ma", "tr", "sr", "nl", "pl"])
    n = staff("niels")
    qn = quote_no(r)
    if k == 0:
        town = r.choice(sorted(NL_TOWNS))
        dob = rand_date(r, 1958, 1999)
        bsn = bsn_make(r)
        sent = when(r)
        return crlf(f"Van: {P(p)} <{EM(p.email(r))}>\n"
                f"Aan: financiering@houtwerf.example\n"
                f"Onderwerp: RE: Aanvraag gespreid betalen offerte {qn}\n\n"
                f"Hallo {P(n.first)},\n\n"
                f"Hierbij de gegevens die u vroeg. Mijn BSN is {BS(bsn_forms(bsn, r.choice(['plain', 'dots', 'space'])))}, "
                f"geboortedatum {DOB(fmt_date(dob, r.choice(['nl_dash', 'nl_word'])))}. Het bedrag mag maandelijks van "
                f"{IB(fmt_iban(nl_iban(r), r.choice(['space', 'compact'])))} worden afgeschreven (t.n.v. "
                f"{P(p.initials_name(r, True))}). Kopie van mijn ID-kaart ({ID(nl_docnr(r, 'I'))}) zit in de bijlage.\n\n"
                f"Groet,\n{P(p.first)}\n\n"
                f"-----Oorspronkelijk bericht-----\n"
                f"Van: {P(n)} <niels.wubbolts@houtwerf.example>\n"
                f"Verzonden: {WEEKDAY['nl'][sent.weekday()]} {nl_d(sent)} 2025 {hhmm(r)}\n"
                f"Onderwerp: Aanvraag gespreid betalen offerte {qn}\n\n"
                f"Beste {p.title('nl')} {P(p.sur)},\n\n"
                f"Voor de aanvraag van 24 maandtermijnen van {eur(r, 180, 640)} hebben wij een kopie van een geldig "
                f"legitimatiebewijs en uw IBAN nodig. Uw BSN hebben wij níet nodig; maak dat op de kopie onleesbaar.")
    partner = relative(r, p, "m" if p.sex == "f" else "f")
    a = nl_addr(r)
    firm = r.choice(FIRM_NP)
    vd = when(r, 2029)
    dob1 = rand_date(r, 1960, 1998)
    dob2 = rand_date(r, dob1.year - 4, dob1.year + 4)
    return (f"Aanvraag Houtwerf Gespreid Betalen — formulier {ticket_no(r)}\n"
            f"Aanvrager: {P(p.sur + ', ' + p.first)}\n"
            f"Geboortedatum: {DOB(fmt_date(dob1, 'iso'))}\n"
            f"BSN: {BS(bsn_forms(bsn_make(r), 'dots'))}\n"
            f"Burgerlijke staat: gehuwd\n"
            f"Partner: {P(partner)} (geb. {DOB(fmt_date(dob2, 'nl_dash'))})\n"
            f"Woonadres: {AD(a)}, {PC(a)} {a.town}\n"
            f"Woonsituatie: koopwoning, hypotheek € 1.120 p/m\n"
            f"Netto inkomen p/m: € {r.randint(2, 4)}.{r.randint(100, 899)}\n"
            f"Werkgever: {NP(firm)}\n"
            f"IBAN: {IB(fmt_iban(nl_iban(r), 'compact'))}\n"
            f"Legitimatie: paspoort {ID(nl_docnr(r, 'N'))}, geldig tot {fmt_date(vd, 'nl_dash')}\n"
            f"Ordernummer: {order_no(r)}\n"
            f"Te financieren: {eur(r, 6000, 24000)}, 36 termijnen\n"
            f"IP-adres aanvraag: {IP(public_ipv4(r))}")


@sc("nl", True)
def nl_klacht_schade(r, k):
    p = person(r)
    od = order_no(r)
    a = nl_addr(r)
    if k == 0:
        ra = staff("rachid")
        return (f"Onderwerp: Beschadigde eettafel en kapotte stoel!!\n\n"
                f"Goedendag,\n\n"
                f"Vanochtend is onze eettafel 'Vlonder' (240 cm, eiken) geleverd, order {od}. Bij het uitpakken zagen we "
                f"een diepe kras over het hele blad en een van de zes stoelen 'Grutto' heeft een gebroken poot. De "
                f"bezorgers ({P(ra.first)} en een collega) hadden haast en wilden niet wachten tot we alles hadden "
                f"gecontroleerd.\n\n"
                f"Foto's zitten in de bijlage. Ik wil een nieuw blad of mijn geld terug ({eur(r, 1400, 2600)}).\n\n"
                f"Bezorgadres: {AD(a)}, {PC(a)} {a.town}\n"
                f"Tel: {PH(mobile_of(r))}\n\n"
                f"{P(p)}")
    d = when(r, 2025, 2, 11)
    name = f"{p.ini()} {p.last}".upper()
    return (f"AAN: HOUTWERF KEUKENS & INTERIEUR B.V.\n"
            f"T.A.V. AFDELING KLACHTEN\n"
            f"POSTBUS 310\n"
            f"3900 AH  VEENENDAAL\n\n"
            f"BETREFT: KLACHT BESCHADIGDE KASTWAND, ORDERNUMMER {od}\n\n"
            f"GEACHTE HEER/MEVROUW,\n\n"
            f"OP {nl_d(d).upper()} IS BIJ MIJ EEN KASTWAND GEMONTEERD. DE ZIJKANT IS GEDEUKT EN DE DEUREN SLUITEN "
            f"NIET. DIT IS AL IN {HN('notpostcode', '2024 EN')} NU WEER GEBEURD MET EEN ANDERE KAST VAN U. IK HEB DRIE "
            f"KEER GEBELD NAAR 0318 745 200 MAAR NIEMAND BELT TERUG. IK VERWACHT BINNEN 14 DAGEN EEN OPLOSSING.\n\n"
            f"HOOGACHTEND,\n\n"
            f"{P(name)}\n"
            f"{AD(a.street.upper())}\n"
            f"{PC(a)}  {a.town.upper()}\n"
            f"TEL. {PH(fmt_landline(nl_landline(r, a.area), 'dash'))}")


@sc("nl", True)
def nl_garantie(r, k):
    p = person(r)
    a = nl_addr(r)
    serial = f"SN {r.randint(100, 999)}-{r.randint(1000, 9999)}-{r.choice('ABCDEFGH')}{r.randint(10, 99)}"
    if k == 0:
        return (f"Onderwerp: Garantie inbouwoven\n\n"
                f"Beste mensen,\n\n"
                f"In maart 2023 hebben wij via jullie een complete keuken gekocht (factuur F2023-{r.randint(10000, 99999)}). "
                f"De {NP('Bosch')}-combimagnetron ({serial}) geeft sinds vorige week foutcode E-11 en warmt niet meer op. "
                f"Valt dit nog binnen de 5 jaar Houtwerf-garantie?\n\n"
                f"Een monteur is welkom op dinsdag of donderdag. Adres: {AD(a)}, {PC(a)} {a.town}. "
                f"Mobiel {PH(mobile_of(r))}.\n\n"
                f"Met vriendelijke groet,\n{P(p.initials_name(r, r.random() < 0.5))}")
    pr = staff("priya")
    d = workday(r)
    d2 = d - datetime.timedelta(days=r.randint(2, 6))
    return (f"Beste {p.title('nl')} {P(p.sur)},\n\n"
            f"Dank voor uw bericht. Wij hebben een servicemonteur ingepland op {WEEKDAY['nl'][d.weekday()]} "
            f"{nl_d(d)} tussen 8:00 en 12:00 uur (servicenummer SRV-25-{r.randint(1000, 9999)}). De reparatie van de "
            f"ladegeleiders valt onder de garantie; u betaalt alleen de voorrijkosten niet.\n\n"
            f"{sig_nl(r, 'priya')}\n\n"
            f"> Op {fmt_date(d2, 'nl_dash_short')} om {hhmm(r)} schreef {P(p)} <{EM(p.email(r))}>:\n"
            f"> De lades van ons keukenblok (gekocht 2022, order HW-2022-{r.randint(10000, 99999):06d}) lopen niet meer dicht, de\n"
            f"> softclose is kapot. Wij wonen op {AD(a)} in {a.town}. Groet, {P(p.first)}")


@sc("nl", True)
def nl_b2b_interieur(r, k):
    e = staff("eline")
    designer = person(r, origins=["nl", "nl", "be", "sr", "tr", "de"])
    client = person(r, avoid=[designer])
    contractor = person(r, sex="m", avoid=[designer, client])
    a = nl_addr(r)
    studio = r.choice(["Studio Lenteweelde", "Atelier Noorderlicht", "Ruimte & Rust interieurontwerp"])
    dom = clean(studio.split()[1] if studio.startswith(("Studio", "Atelier")) else "ruimteenrust") + ".nl"
    code = kenteken_product(r)
    qn = quote_no(r)
    if k == 0:
        tax = f"btw-id {BTW(btw_make(r))}"
    else:
        tax = (f"btw-nummer (het oude, staat nog op mijn briefpapier): "
               f"{BS('NL' + bsn_make(r) + 'B01')}")
    return (f"Hoi {P(e.first)},\n\n"
            f"Zoals besproken bestel ik voor mijn klant {P(client)} de keuken uit offerte {qn}, fronten in kleur "
            f"{HN('notplate', code)} (mat) en werkblad 'Basalt' 12 mm. Levering graag rechtstreeks op het adres van de "
            f"klant: {AD(a)}, {PC(a)} {a.town}. Contactpersoon op de bouw is de aannemer, {P(contractor)} "
            f"({PH(mobile_of(r))}).\n"
            f"Factuur op naam van mijn studio, met 8% projectkorting zoals afgesproken.\n\n"
            f"Groetjes,\n{P(designer)}\n{studio}\n"
            f"KvK {KVK(kvk_make(r))} | {tax}\n"
            f"IBAN {IB(fmt_iban(nl_iban(r), 'space'))}\n"
            f"{EM(clean(designer.first) + '@' + dom)}")


@sc("nl", True)
def nl_projectontwikkelaar(r, k):
    e = staff("eline")
    pl = person(r, origins=["nl", "nl", "nl", "be", "ma", "tr"])
    dev = r.choice(["Eemkwartier Ontwikkeling B.V.", "Bouwcombinatie Havenfront B.V."])
    plan = "Eemkwartier" if dev.startswith("Eem") else "Havenfront"
    n0, n1 = r.randint(1, 20), r.randint(30, 60)
    if k == 0:
        return (f"Onderwerp: Project {plan} fase 2 — keukens bouwnummers {n0} t/m {n1}\n\n"
                f"Geachte mevrouw {P(e.sur)},\n\n"
                f"Namens {dev} bevestig ik de opdracht voor {n1 - n0 + 1} keukens type 'Eem' conform offerte "
                f"{quote_no(r)} (totaal {eur(r, 180000, 320000)} excl. btw). De eerste oplevering staat gepland voor "
                f"bouwnummer {n0} in week {r.randint(10, 30)} van 2026; kopersopties volgen per bouwnummer via het "
                f"kopersportaal.\n\n"
                f"Factuurgegevens: {dev}, KvK {KVK(kvk_make(r))}, btw-id {BTW(btw_make(r))}.\n\n"
                f"Met vriendelijke groet,\n\n{P(pl)}\nProjectleider | {dev}\n"
                f"T {PH(fmt_landline(nl_landline(r, '033'), 'space'))}")
    d = when(r)
    np_firm = "Van Wijlen Vastgoed B.V."
    return (f"Gespreksnotitie {fmt_date(d, 'nl_dash')} — project {plan}\n"
            f"Aanwezig: {P(pl)} ({NP(np_firm)}), {P(e)} (Houtwerf)\n\n"
            f"- Ontwikkelaar wil {n1 - n0 + 1} keukens, bouwnummers {n0}–{n1}, 3 varianten.\n"
            f"- Kopers krijgen een stelpost van € 9.500; meerwerk rechtstreeks met Houtwerf.\n"
            f"- Contract via {NP(np_firm)}, KvK {KVK(kvk_make(r))}.\n"
            f"- {P(pl.first)} stuurt de plattegronden (PDF, versie 3.2) voor vrijdag.\n"
            f"- Actie {P(e.first)}: offerte aanpassen, showroomavond voor kopers plannen.")


@sc("nl", True)
def nl_whatsapp_montage(r, k):
    p = person(r)
    d = workday(r)
    day = f"{d.day:02d}-{d.month:02d}-{str(d.year)[2:]}"
    t = chat_times(r, 6, (2, 25), (7 * 60, 8 * 60 + 30))
    if k == 0:
        de = staff("dennis")
        nb = person(r, avoid=[p])
        return (f"[{day}, {t[0]}] {P(de.first)} (Houtwerf montage): Goedemorgen, wij zijn over ±20 min bij u voor de "
                f"montage van de keuken.\n"
                f"[{day}, {t[1]}] {P(p.first)}: Top! Kunnen jullie op de oprit parkeren? Dan zet ik de auto "
                f"({LP(kenteken_make(r))}) even op straat\n"
                f"[{day}, {t[2]}] {P(de.first)} (Houtwerf montage): Graag, wij hebben een bus van 7 meter 👍\n"
                f"[{day}, {t[3]}] {P(p.first)}: de sleutel ligt bij de buren op nr. {r.randint(2, 40)}, "
                f"{'mevrouw' if nb.sex == 'f' else 'meneer'} {P(nb.sur)}\n"
                f"[{day}, {t[4]}] {P(de.first)} (Houtwerf montage): Prima, tot zo.")
    ra = staff("rachid")
    a = nl_addr(r)
    return (f"[{day}, {t[0]}] {P(p)}: goedemiddag, de naad in het werkblad bij de spoelbak is niet goed, er zit een "
            f"hoogteverschil van 2 mm\n"
            f"[{day}, {t[1]}] Houtwerf Service: Vervelend! Kunt u een foto sturen en uw adres?\n"
            f"[{day}, {t[2]}] {P(p)}: <Media weggelaten>\n"
            f"[{day}, {t[3]}] {P(p)}: {AD(a)} {a.town}\n"
            f"[{day}, {t[4]}] Houtwerf Service: Dank u. Monteur {P(ra.first)} komt {WEEKDAY['nl'][r.randint(0, 4)]} "
            f"tussen 13:00 en 15:00.\n"
            f"[{day}, {t[5]}] {P(p)}: top dank je wel\ngroetjes {P(p.first.lower())}")


@sc("nl", True)
def nl_interne_notitie(r, k):
    p = person(r)
    kn = f"K{r.randint(100000, 999999)}"
    if k == 0:
        se, de = staff("sevda"), staff("dennis")
        dau = relative(r, p, "f")
        return (f"Notitie bij klant {kn} — {fmt_date(when(r), 'nl_dash')} {hhmm(r)}\n"
                f"{p.title('nl').capitalize()} {P(p.sur)} belde: keukenblok linkerkant zakt door, monteur {P(de)} was er "
                f"op {nl_d(when(r))}. Wil teruggebeld worden op {PH(mobile_of(r))}, liefst na 16:00. Dochter {P(dau.first)} "
                f"is morgen thuis om de monteur binnen te laten. Werkbon WB-{r.randint(20000, 89999)} aangemaakt, prio 2.\n"
                f"— {P(se.first)}")
    ni = staff("niels")
    contract = num9_make(r, True)
    return (f"Interne notitie financiering — {fmt_date(when(r), 'nl_dash')}\n"
            f"BKR-toetsing {P(p.initials_name(r, True))} (geb. {DOB(fmt_date(rand_date(r, 1955, 2000), 'nl_dash'))}) "
            f"akkoord, geen lopende registraties. Limiet {eur(r, 8000, 20000, False)}, looptijd 48 mnd, JKP 7,9%.\n"
            f"Contractnummer {HN('notbsn', contract)} aangemaakt in het portaal van de kredietbank; eerste incasso "
            f"rond de 27e.\n"
            f"NB: klant las aan de telefoon ongevraagd {'zijn' if p.sex == 'm' else 'haar'} BSN voor "
            f"({BS(bsn_forms(bsn_make(r), 'space'))}), niet overgenomen in het dossier.\n"
            f"/{P(ni.first.lower())}")


@sc("nl", True)
def nl_creditcheck_partner(r, k):
    p = person(r)
    ni = staff("niels")
    an = person(r, avoid=[p])
    aanvraag = num9_make(r, r.random() < 0.5)
    if k == 0:
        a = nl_addr(r)
        rel = relative(r, p, "m" if p.sex == "f" else "f")
        return (f"Van: Acceptatie Veluwse Kredietbank <{EM('acceptatie@vkb-krediet.nl')}>\n"
                f"Aan: {P(ni)} <niels.wubbolts@houtwerf.example>\n"
                f"Onderwerp: Uitslag toetsing aanvraag {HN('notbsn', aanvraag)}\n\n"
                f"Beste {P(ni.first)},\n\n"
                f"De aanvraag van {P(p)}, geboren {DOB(fmt_date(rand_date(r, 1950, 2001), 'nl_dash'))}, wonende "
                f"{AD(a)} te {a.town}, is afgewezen wegens een lopende BKR-registratie (codering A). Een aanvraag op naam "
                f"van de partner, {P(rel)}, kan wel opnieuw worden ingediend.\n\n"
                f"Met vriendelijke groet,\n{P(an)}\nAcceptatie consumptief krediet\nVeluwse Kredietbank N.V.")
    a = nl_addr(r)
    return (f"Onderwerp: waarom afgewezen??\n\n"
            f"Geachte heer/mevrouw,\n\n"
            f"Gisteren kreeg ik bericht dat mijn aanvraag voor gespreid betalen van de keuken (aanvraagnummer "
            f"{HN('notbsn', aanvraag)}) is afgewezen. Ik begrijp dat niet, ik heb nooit schulden gehad. Kan het zijn dat "
            f"ik ben verwisseld met iemand anders? Ter controle: ik ben geboren op "
            f"{DOB(fmt_date(rand_date(r, 1950, 2001), 'nl_word'))} en woon op {AD(a)}, {PC(a)} {a.town}. Mijn "
            f"BSN-nr is {BS(bsn_forms(bsn_make(r, True), 'eight'))} en mijn ID-kaart heeft nummer "
            f"{ID(nl_docnr(r, 'I'))}.\n\n"
            f"Graag een reactie,\n{P(p)}")


@sc("nl", True)
def nl_social_dm(r, k):
    p = person(r, origins=["nl", "ma", "tr", "sr", "nl"])
    if k == 0:
        a = nl_addr(r)
        return (f"Instagram DM aan @houtwerf.keukens\n\n"
                f"hoi! al 3 weken wacht ik op een nieuwe deur voor mijn kast 😤 ordernr {order_no(r)}. niemand reageert "
                f"op mail. bel me aub even: {PH(fmt_mobile(nl_mobile(r), r.choice(['plain', 'space4', 'dash'])))}\n"
                f"📍 {AD(a)}, {a.town}\n"
                f"😤 {P(p.first.lower())}")
    m_ = staff("marloes")
    return (f"⭐⭐☆☆☆ Review op Facebook — Houtwerf Wonen\n\n"
            f"Prachtige showroom in Amersfoort en {P(m_.first)} heeft ons super geholpen met het ontwerp 👌 maar de "
            f"levering... Drie keer verzet, en toen de bank eindelijk kwam zat er een scheur in de stof. Reactie van "
            f"@HoutwerfWonen: 'we nemen contact op'. Nog steeds niks. #teleurgesteld #houtwerf #nieuwebank\n\n"
            f"{P(p)}")


@sc("nl", True)
def nl_terugbetaling(r, k):
    od = order_no(r)
    if k == 0:
        p = person(r)
        return (f"Onderwerp: Terugbetaling retour stoelen {od}\n\n"
                f"Hallo,\n\n"
                f"Ik heb vier eetkamerstoelen 'Tureluur' retour gebracht naar het distributiecentrum in Veenendaal "
                f"(retourbon RB-{r.randint(10000, 99999)}, {fmt_date(when(r), 'nl_dash_short')}). Het bedrag van "
                f"{eur(r, 380, 900)} mag teruggestort worden op "
                f"{IB(fmt_iban(nl_iban(r), r.choice(['space', 'nbsp', 'lowerspace'])))} t.n.v. {P(p.initials_name())}.\n\n"
                f"Alvast bedankt,\n{P(p.first)}")
    p = person(r, origin="be")
    a = be_addr(r)
    return (f"Dag Houtwerf,\n\n"
            f"Wij kochten in jullie winkel in Breda een salontafel die bij levering gebarsten bleek. Jullie collega "
            f"zei dat we het volledige bedrag terugkrijgen ({eur(r, 300, 800)}). Graag storten op onze Belgische "
            f"rekening {IB(fmt_iban(be_iban(r), 'space'))} op naam van {P(p)}.\n"
            f"Ons adres: {AD(a)}, {PC(a)} {a.town} (België). Gsm {PH(be_gsm(r))}.\n\n"
            f"Met vriendelijke groeten,\n{P(p.first)}")


@sc("nl", True)
def nl_ophalen_dc(r, k):
    p = person(r)
    if k == 0:
        br = person(r, sex="m", avoid=[p])
        d = workday(r, 2025, 1, 11)
        return (f"Beste Houtwerf,\n\n"
                f"Ik kom {WEEKDAY['nl'][d.weekday()]} {nl_d(d)} de kledingkast 'Duinrand' (order {order_no(r)}) "
                f"ophalen bij het DC aan de Ambachtsring. Ik kom met de auto met aanhanger: kenteken auto "
                f"{LP(kenteken_make(r))}, aanhanger {LP(kenteken_make(r, r.choice([9, 11])))}. Als ik niet kan, komt "
                f"mijn zwager {P(br)}.\n\n"
                f"Groeten,\n{P(p)}\n{PH(mobile_of(r))}")
    nb = person(r, avoid=[p])
    rb = str(r.randint(1000000000, 9999999999))
    return (f"Goedemorgen,\n\n"
            f"Ik haal morgen namens mijn buurvrouw {P(nb)} haar bestelling op (pakbon {r.randint(40000, 99999)}). Zij "
            f"heeft een machtiging getekend, die neem ik mee. Mijn naam is {P(p)}; ter controle wat er op de "
            f"achterkant van mijn rijbewijs staat (BSN/rijbewijsnummer): {BS(bsn_make(r))}/{ID(rb)}. Ik rijd een bestelbus met kenteken {LP(kenteken_make(r, r.choice([7, 8, 10])))}.\n\n"
            f"Mvg\n{P(p.first)}")


@sc("nl", True)
def nl_outlook_fw(r, k):
    se, je = staff("sevda"), staff("jeroen")
    od = order_no(r)
    if k == 0:
        ex = person(r, origins=["uk", "in", "cn", "gh"])
        a = nl_addr(r, "Utrecht")
        d = workday(r, 2025, 1, 10)
        d0 = d - datetime.timedelta(days=1)
        text = (f"Van: {P(se)} <sevda.karaman@houtwerf.example>\n"
                f"Verzonden: {WEEKDAY['nl'][d.weekday()]} {nl_d(d)} 2025 {hhmm(r)}\n"
                f"Aan: {P(je)} <planning@houtwerf.example>\n"
                f"Onderwerp: FW: Delivery date kitchen – order {od}\n\n"
                f"{P(je.first)}, kun jij hiernaar kijken? Klant spreekt geen Nederlands, graag in het Engels antwoorden. "
                f"Levering staat nu op week {r.randint(14, 20)}.\n{P(se.first)}\n\n"
                f"From: {P(ex)} <{EM(ex.email(r))}>\n"
                f"Sent: {en_d(d0)} 2025 {hhmm(r)}\n"
                f"To: klantenservice@houtwerf.example\n"
                f"Subject: Delivery date kitchen – order {od}\n\n"
                f"Hi,\nWe were told the kitchen would be delivered in week 14 but the planner now says week 17. We move "
                f"into {AD(a)}, {PC(a)} Utrecht on {en_d(d + datetime.timedelta(days=20))} and will have no kitchen at all. Please call me on "
                f"{PH(fmt_mobile(nl_mobile(r), 'intl'))}.\nThanks, {P(ex.first)}")
        return text
    p = person(r)
    q = relative(r, p, "m" if p.sex == "f" else "f")
    a = nl_addr(r)
    d = when(r)
    return crlf(f"Van: {P(p)} <{EM(p.email(r))}>\n"
                f"Verzonden: {fmt_date(d, 'nl_dash')} {hhmm(r)}\n"
                f"Aan: Klantenservice Houtwerf <klantenservice@houtwerf.example>\n"
                f"CC: {P(q)} <{EM(q.email(r))}>\n"
                f"Onderwerp: Montage keuken verzetten\n\n"
                f"Goedemiddag,\n\n"
                f"De montage van onze keuken op {AD(a)} staat gepland op {nl_d(d + datetime.timedelta(days=10))}, maar de stukadoor is dan nog niet "
                f"klaar. Kunnen we een week opschuiven? Order {od}. {P(q.first)} staat in de cc, die is overdag beter "
                f"bereikbaar.\n\n"
                f"Met vriendelijke groet,\n{P(p)}\n")


@sc("nl", True)
def nl_betaling_creditcard(r, k):
    p = person(r)
    od = order_no(r)
    if k == 0:
        kind = r.choice(["visa", "mc"])
        return (f"Goedemiddag,\n\n"
                f"Het lukt niet om de aanbetaling van {eur(r, 500, 3000)} via de betaallink te doen (foutmelding "
                f"'transactie geweigerd'). Kunnen jullie het van mijn creditcard afschrijven? Nummer "
                f"{CC(fmt_card(card_make(r, kind), r.choice(['space', 'plain'])))}, geldig tot 0{r.randint(1, 9)}/2{r.randint(7, 9)}, "
                f"op naam van {P(p.initials_name())}.\n"
                f"Het gaat om order {od}.\n\n"
                f"Groet, {P(p.first)}")
    last4 = f"{r.randint(1000, 9999)}"
    return (f"Hallo,\n\n"
            f"Ik heb gisteren de restbetaling voor order {od} gedaan met mijn Mastercard "
            f"({HN('notcard', '**** **** **** ' + last4)}), maar in Mijn Houtwerf staat de factuur nog op 'open'. "
            f"Het bedrag ({eur(r, 1000, 6000)}) is wel van mijn rekening {IB(fmt_iban(nl_iban(r), 'space'))} af. Kunt u dit nakijken? Ik ben bereikbaar op "
            f"{PH(mobile_of(r))}.\n\n"
            f"Met vriendelijke groet,\n{P(p)}")


@sc("nl", True)
def nl_geboortedatum_correctie(r, k):
    p = person(r, origins=["nl", "tr", "ma", "pl", "sr"])
    if k == 0:
        dob = rand_date(r, 1960, 1998)
        wrong = dob.replace(year=dob.year + 1) if not (dob.month == 2 and dob.day == 29) else dob.replace(day=28)
        a = nl_addr(r)
        misspelt = p.sur[:-1] + ("e" if p.sur[-1] != "e" else "a")
        return (f"Beste afdeling financiering,\n\n"
                f"In de bevestiging van mijn aanvraag gespreid betalen staan twee fouten. Mijn geboortedatum is "
                f"{DOB(fmt_date(dob, 'nl_dash'))} en niet {DOB(fmt_date(wrong, 'nl_dash'))}, en mijn achternaam is "
                f"{P(p.sur)}, niet {P(misspelt)}. Mijn adres ({AD(a)}, {PC(a)} {a.town}) klopt wel, maar het "
                f"burgerservicenummer ook niet: dat is {BS(bsn_forms(bsn_make(r), 'plain'))}.\n\n"
                f"Met vriendelijke groet,\n{P(p)}")
    q = relative(r, p, "m" if p.sex == "f" else "f")
    return (f"Hoi,\n\nbij de aanvraag van de financiering heb ik per ongeluk de geboortedatum van mijn partner "
            f"{P(q.first)} ingevuld in plaats van de mijne. Mijn eigen geboortedatum is "
            f"{DOB(fmt_date(rand_date(r, 1965, 2000), 'nl_word'))}. Die van {P(q.first)} is "
            f"{DOB(fmt_date(rand_date(r, 1965, 2000), 'nl_dash_short'))}. Sorry voor de moeite!\n\n"
            f"groetjes,\n{P(p.first.lower())}")


@sc("nl", True)
def nl_planning_tabel(r, k):
    je, de, ra = staff("jeroen"), staff("dennis"), staff("rachid")
    d = workday(r)
    rows = []
    ps = people(r, 3)
    for i, p in enumerate(ps):
        a = nl_addr(r, r.choice(["Amersfoort", "Leusden", "Veenendaal", "Ede", "Barneveld", "Nijkerk"]))
        ph = fmt_mobile(nl_mobile(r), r.choice(["plain", "dash", "space"]))
        slot = ["07:30-10:00", "10:00-13:00", "13:30-16:00"][i]
        rows.append((p, a, ph, slot))
    if k == 0:
        head = f"Routeplanning {WEEKDAY['nl'][d.weekday()]} {fmt_date(d, 'nl_dash')} — bus 3 ({P(je.first)})\n"
        lines = ["order;klant;adres;postcode;plaats;telefoon;tijdvak;opmerking"]
        notes = ["2e verdieping, geen lift", "oprit vrijhouden", "hond aanwezig"]
        for (p, a, ph, slot), note in zip(rows, notes):
            lines.append(f"{order_no(r)};{P(p.sur + ', ' + p.first)};{AD(a)};{PC(a)};{a.town};{PH(ph)};{slot};{note}")
        return head + "\n".join(lines)
    lines = [f"**Montage {WEEKDAY['nl'][d.weekday()]} {nl_d(d)}** — team {P(de.first)} + {P(ra.first)}", "",
             "| Tijd | Order | Klant | Adres | Tel |", "|---|---|---|---|---|"]
    for p, a, ph, slot in rows:
        lines.append(f"| {slot} | {order_no(r)} | {P(p)} | {AD(a)}, {PC(a)} {a.town} | {PH(ph)} |")
    lines.append("")
    lines.append("Werkbladen liggen klaar in hal 2, vak 14-C. Wijzigingen graag bij planning melden.")
    return "\n".join(lines)


@sc("nl", True)
def nl_monteur_verslag(r, k):
    p = person(r)
    a = nl_addr(r)
    de, ra = staff("dennis"), staff("rachid")
    if k == 0:
        q = relative(r, p, "f" if p.sex == "m" else "m")
        return (f"OPLEVERRAPPORT MONTAGE — werkbon WB-{r.randint(20000, 89999)}\n"
                f"Datum: {fmt_date(when(r), 'nl_dash')}   Monteurs: {P(de)}, {P(ra)}\n"
                f"Klant: {P(p)}\n"
                f"Adres: {AD(a)}, {PC(a)} {a.town}\n"
                f"Uitgevoerd: keuken geplaatst (3 onderkasten, 2 hoge kasten, eiland 240 cm), werkblad composiet, "
                f"spoelbak + {NP('Quooker')} aangesloten.\n"
                f"Restpunten: plint links ontbreekt (nabestellen art. {r.randint(400000, 499999)}), kras zijpaneel hoge kast.\n"
                f"Akkoord klant: getekend door {P(q)} ({'echtgenote' if q.sex == 'f' else 'echtgenoot'})")
    nb = person(r, avoid=[p])
    return (f"planning, klant {P(p)} niet thuis. wij staan voor de deur {AD(a)}, buurman {P(nb.sur)} weet van niks. "
            f"gebeld naar {PH(mobile_of(r))} geen gehoor. we wachten tot 10:15 en gaan dan door naar de volgende. "
            f"gr {P(de.first.lower())}")


@sc("nl", True)
def nl_terugbelverzoek(r, k):
    p = person(r)
    if k == 0:
        q = person(r, avoid=[p])
        return (f"Terugbelverzoek via houtwerf.example/contact\n"
                f"Naam: {P(p)}\n"
                f"Telefoonnummer: {PH(mobile_of(r))}\n"
                f"Beste moment: na 17:00\n"
                f"Onderwerp: Financiering\n"
                f"Vraag: ik wil de keuken uit offerte {quote_no(r)} in termijnen betalen. Mijn partner {P(q)} is "
                f"zzp'er, is dat een probleem voor de aanvraag?\n"
                f"---\nVerzonden vanaf IP {IP(public_ipv4(r))} op {fmt_date(workday(r), 'nl_dash')} {hhmm(r)}")
    d = workday(r)
    town = r.choice(["Amersfoort", "Zwolle", "Breda", "Apeldoorn", "Barneveld"])
    tel = fmt_landline(nl_landline(r, NL_TOWNS[town][1]), r.choice(["space", "dash"]))
    return (f"Voicemail 0318 745 200 — {fmt_date(d, 'nl_dash')} {hhmm(r)} — nummerweergave {PH(tel)}\n"
            f"Transcriptie (automatisch): \"Ja goedemiddag, u spreekt met {P(p)} uit {town}. Ik bel over de bezorging "
            f"van de boekenkast, die zou vandaag komen maar er is niemand geweest. Wilt u mij terugbellen op "
            f"{PH(tel)}? Dank u wel.\"")


# ---- NL without personal data ---------------------------------------------------------------------------
@sc("nl", False)
def nl_levertijd_vraag(r, k):
    od = order_no(r)
    wk = r.randint(12, 40)
    d = workday(r)
    if k == 0:
        return (f"Hallo,\n\n"
                f"Vorige week heb ik in Zwolle een hoekbank besteld (order {od}). In de bevestiging staat 'levertijd "
                f"6-8 weken'. Klopt het dat de hoes in stof 'Duinrand 04' pas in week {wk} binnenkomt? Van 14 tot en "
                f"met 21 {MONTHS['nl'][r.randint(5, 8)]} zijn we op vakantie.\n\n"
                f"Groet")
    return (f"Beste klant,\n\n"
            f"Uw bestelling {od} staat gepland voor levering op {WEEKDAY['nl'][d.weekday()]} {nl_d(d)}. U ontvangt "
            f"de dag ervoor vóór 18:00 een sms met een tijdvak van 2 uur. Past de datum niet? Verzet de afspraak "
            f"kosteloos via mijn.houtwerf.example tot 72 uur van tevoren, of bel de planningslijn 085 303 1740 "
            f"(ma–vr 8:30–17:30).\n\n"
            f"Met vriendelijke groet,\nTeam Planning Houtwerf")


@sc("nl", False)
def nl_orderbevestiging(r, k):
    od = order_no(r)
    code = kenteken_product(r)
    e1, e2 = ean13(r), ean13(r)
    tot = r.randint(4000, 16000)
    return (f"Orderbevestiging {od}\n\n"
            f"Beste klant,\n\n"
            f"Bedankt voor uw bestelling bij Houtwerf Keukens. Overzicht:\n"
            f"  1x  Keuken 'Eem' greeploos, front {HN('notplate', code)}   art. {r.randint(100000, 199999)}   EAN {e1}\n"
            f"  1x  Werkblad composiet 'Basalt' 12 mm, 3.400 x 640 mm   art. {r.randint(200000, 299999)}   EAN {e2}\n"
            f"  1x  Montage en bezorging (DC Veenendaal)\n"
            f"Totaal: {thou(tot, '€' + NBSP)},00 incl. 21% btw\n"
            f"Aanbetaling (25%): binnen 8 dagen overmaken op {iban_group(ORG_IBAN_RABO)} t.n.v. Houtwerf Keukens & "
            f"Interieur B.V. o.v.v. {od}.\n\n"
            f"{footer_nl(r)}")


@sc("nl", False)
def nl_voorraad_intern(r, k):
    art = num9_make(r, True)
    if k == 0:
        return (f"Voorraadmelding DC Veenendaal — {fmt_date(when(r), 'nl_dash')} {hhmm(r)}\n"
                f"Artikelnummer {HN('notbsn', art)} (hoge kast 60 cm, wit mat): nog 4 op voorraad, 11 in backorder.\n"
                f"EAN {ean13(r)}, locatie hal 3, stelling 14-B.\n"
                f"Leverancier meldt levertijd week {r.randint(10, 40)}. Lopende orders met dit artikel graag "
                f"doorzetten naar planning; showrooms niet meer verkopen tot nader bericht.")
    return (f"Inventarisatie hal 2, {fmt_date(when(r), 'nl_dash')}\n\n"
            f"| locatie | artikel | omschrijving | telling | systeem |\n|---|---|---|---|---|\n"
            f"| 2-07-A | {HN('notbsn', art)} | werkblad eiken 4100 mm | 12 | 14 |\n"
            f"| 2-07-B | {num9_make(r, False)} | zijpaneel hoge kast | 38 | 38 |\n"
            f"| 2-09-C | {r.randint(100000, 999999)} | plint aluminium 2400 mm | 160 | 144 |\n\n"
            f"Verschil artikel {art}: 2 stuks beschadigd afgeboekt (retour leverancier, RMA {r.randint(1000, 9999)}).")


@sc("nl", False)
def nl_it_storing(r, k):
    d = when(r)
    if k == 0:
        return (f"Storing keukenconfigurator kiosk showroom Zwolle\n"
                f"Gemeld: {fmt_date(d, 'iso')} {hhmm(r)}:{r.randint(10, 59)} via balie\n\n"
                f"De configurator (versie {HN('notip', '4.2.0.17')}) loopt vast bij het laden van de 3D-weergave. "
                f"Kiosk-pc heeft {HN('notpostcode', '2048 MB')} werkgeheugen, aanbevolen is 8 GB. Lokale server "
                f"10.20.3.14 reageert traag (ping 480 ms), gateway 192.168.40.1. Foutcode CFG-0x8007000E.\n"
                f"Graag vóór de koopzondag oplossen.")
    return (f"Incident INC-{r.randint(20000, 49999)} — betaalterminal showroom Breda\n"
            f"Status: opgelost\n"
            f"Oorzaak: firmware-update naar {HN('notip', '2.18.104.7')} brak de koppeling met de kassa. Terug naar "
            f"2.17.9, terminal-ID T-{r.randint(100000, 999999)}, IP 172.16.8.23 (intern VLAN 40).\n"
            f"Tijdens de storing zijn 3 pinbetalingen handmatig verwerkt (totaal {eur(r, 2000, 9000)}).")


@sc("nl", False)
def nl_financiering_faq(r, k):
    amt = r.randint(8, 25) * 1000
    if k == 0:
        return (f"Goedendag,\n\n"
                f"Ik overweeg een keuken van ca. {thou(amt)},- en zou die in 60 maanden willen "
                f"afbetalen. Wordt er een BKR-toetsing gedaan? En wat is de rente? Ik heb al een autolening lopen.\n\n"
                f"Bij voorbaat dank")
    mnd = round(annuity(amt, 0.076, 60), 2)
    mnd_s = f"{mnd:.2f}".replace(".", ",")
    return (f"Beste klant,\n\n"
            f"Bij Houtwerf Gespreid Betalen (in samenwerking met Veluwse Kredietbank N.V.) leent u vanaf € 1.000 tot "
            f"€ 40.000 met een looptijd van 12 tot 72 maanden. Voorbeeld: {thou(amt)} in 60 maanden, vaste "
            f"debetrente 7,6%, JKP 7,9%, maandtermijn € {mnd_s}"
            f". Er vindt altijd een toetsing bij het BKR plaats. Let op: geld lenen kost geld.\n\n"
            f"Met vriendelijke groet,\nTeam Financiering Houtwerf")


@sc("nl", False)
def nl_betalingsherinnering(r, k):
    fn = num9_make(r, True)
    kenmerk = "".join(r.choice("0123456789") for _ in range(16))
    while card_ok(kenmerk):
        kenmerk = "".join(r.choice("0123456789") for _ in range(16))
    d = when(r)
    return (f"Betalingsherinnering\n\n"
            f"Beste klant,\n\n"
            f"Volgens onze administratie is factuur {HN('notbsn', fn)} van {fmt_date(d, 'nl_dash')} ({eur(r, 400, 5000)}) "
            f"nog niet voldaan. Wilt u het bedrag binnen 14 dagen overmaken naar "
            f"{ORG_IBAN_ING if k else iban_group(ORG_IBAN_RABO)} onder vermelding van betalingskenmerk "
            f"{HN('notcard', ' '.join(kenmerk[i:i + 4] for i in range(0, 16, 4)))}? Heeft u al betaald, dan kunt u deze "
            f"herinnering als niet verzonden beschouwen.\n\n"
            f"Klantnummer: K{r.randint(100000, 999999)}\n{footer_nl(r)}")


@sc("nl", False)
def nl_social_algemeen(r, k):
    if k == 0:
        return (f"Wat een mooie nieuwe showroom in Breda! 😍 Drie uur rondgelopen en de koffie was top ☕ "
                f"Volgende maand terug voor het ontwerpgesprek 🙌 @HoutwerfWonen #keukeninspiratie #houtwerf "
                f"#nieuwbouw2025\n\n"
                f"↳ Houtwerf Wonen: Wat leuk om te horen! Tot snel in Breda 💚 Vragen vooraf? App ons gerust op "
                f"06 4817 2290.")
    return (f"Tip voor wie een keuken zoekt: vraag bij @HoutwerfWonen naar de outlet in Veenendaal, wij hadden een "
            f"showroomkeuken met 35% korting 🔥🔥 Alleen de montage duurde 2 weken langer dan beloofd.\n"
            f"#keuken #outlet #verbouwing\n"
            f"128 vind-ik-leuks · 14 reacties")


@sc("nl", False)
def nl_b2b_prijsaanvraag(r, k):
    firm = r.choice(["Bouwbedrijf Gebr. Hulshof B.V.", "Hulshof & Teunissen Bouw", "Woonstichting Eemland Wonen"])
    n = r.randint(12, 40)
    if k == 1:
        return (f"Goedemiddag,\n\nwij renoveren {n} huurwoningen in Amersfoort-Schothorst (complex {r.randint(100, 999)}) en "
                f"zoeken een leverancier voor standaardkeukens van max. 2,70 m incl. inductiekookplaat en afzuigkap. "
                f"Plaatsing in bewoonde staat, 1 dag per woning. Kunt u een raamovereenkomst voor 2026–2027 aanbieden?\n\n"
                f"Met vriendelijke groet,\nTeam Vastgoedonderhoud\n{NP(firm)}")
    return (f"Onderwerp: prijsaanvraag {n} keukens plan De Tuinderij fase {k + 2}\n\n"
            f"Geachte heer/mevrouw,\n\n"
            f"Namens {NP(firm)} vragen wij een prijsopgave voor {n} keukens type 'Eem' (greeploos, apparatuur "
            f"middensegment) voor bouwnummers 1 t/m {n}. Oplevering gefaseerd vanaf Q{r.randint(1, 4)} 2026. Graag ook uw "
            f"voorwaarden voor kopersopties en de stelpost per woning.\n"
            f"Tekeningen volgen via ons projectportaal (projectcode TDJ-{r.randint(100, 999)}).\n\n"
            f"Met vriendelijke groet,\nAfdeling Inkoop\n{NP(firm)}")


@sc("nl", False)
def nl_garantievoorwaarden(r, k):
    y = r.randint(2019, 2023)
    if k == 0:
        return (f"Hoi,\n\nhoe lang zit er garantie op de scharnieren en lades? We hebben de keuken in {y} bij jullie "
                f"gekocht en nu hangt een deur scheef. Moet ik de factuur (F{y}-{r.randint(10000, 99999)}) meesturen?\n\n"
                f"m.v.g.")
    return (f"Beste klant,\n\n"
            f"Op kasten, scharnieren en ladegeleiders geldt 10 jaar garantie, op fronten en werkbladen 5 jaar en op "
            f"inbouwapparatuur 2 jaar (uitbreidbaar tot 5 jaar). U kunt een claim indienen via "
            f"houtwerf.example/garantie met uw ordernummer en foto's. Slijtage en schade door onjuist gebruik vallen "
            f"niet onder de garantie.\n\n"
            f"Met vriendelijke groet,\nTeam Klachten & Garantie")


@sc("nl", False)
def nl_planning_intern(r, k):
    d = workday(r)
    if k == 1:
        return (f"Teams-bericht in #planning-dc, {fmt_date(d, 'nl_dash')} {hhmm(r)}:\n"
                f"Let op: de laadklep van vrachtwagen 2 is defect, rit {r.randint(10, 30)} en {r.randint(31, 50)} gaan morgen "
                f"met twee bussen. Hoge kasten (> 220 cm) kunnen niet mee, die schuiven door naar donderdag. Klanten "
                f"worden vandaag vóór 16:00 door klantenservice gebeld. Extra monteur nodig in regio Breda, wie kan?")
    return (f"Planning {WEEKDAY['nl'][d.weekday()]} {fmt_date(d, 'nl_dash_short')}\n"
            f"- Rit {r.randint(10, 30)} (bus V-0{r.randint(1, 9)}): regio Amersfoort-Vathorst, 6 adressen, laadlijst "
            f"{r.randint(20, 50)} colli. Vertrek DC 06:45.\n"
            f"- Rit {r.randint(31, 50)} (vrachtwagen met laadklep): Zwolle en Kampen, 2x hoge kast retour naar DC.\n"
            f"- Wachttijd A1 bij Barneveld: reken op +30 min.\n"
            f"- Monteursteam 2 doet de showroomkeuken in Breda (opbouw nieuwe opstelling, ca. 2 dagen).\n"
            f"Vragen: planning@houtwerf.example of intern toestel 214.")


@sc("nl", False)
def nl_openingstijden(r, k):
    if k == 0:
        return (f"Goedemiddag, is de showroom in Zwolle op tweede paasdag open? En kan ik daar gratis parkeren? "
                f"We willen graag zonder afspraak komen kijken naar eettafels.")
    return (f"Goedemiddag, dank voor uw vraag! Showroom Zwolle (Meubelplein 7, 8013 RP Zwolle) is op tweede paasdag "
            f"open van 11:00 tot 17:00. Parkeren is gratis op het Meubelplein. Voor een ontwerpgesprek adviseren wij "
            f"een afspraak via afspraak.houtwerf.example of 0318-745200. Tot ziens! Team Klantenservice")


# =========================================================================================================
# EN scenarios (25: 16 with personal data, 9 without)
# =========================================================================================================
@sc("en", True)
def en_design_appointment(r, k):
    p = person(r, origins=["uk", "in", "cn", "gh", "uk"])
    if k == 0:
        a = nl_addr(r, r.choice(["Amersfoort", "Leusden", "Soest", "Utrecht"]))
        ph = r.choice([fmt_mobile(nl_mobile(r), r.choice(["intl", "intl0", "0031"])), uk_phone(r, "intl")])
        return (f"Subject: Kitchen design appointment – Amersfoort\n\n"
                f"Hello,\n\n"
                f"My partner and I recently bought a house at {AD(a)}, {PC(a)} {a.town} and would like to book a kitchen "
                f"design appointment in your Amersfoort showroom. Is there a designer who speaks English? A Saturday "
                f"morning would be ideal.\n\n"
                f"You can reach me on {PH(ph)} or by replying to this e-mail.\n\n"
                f"Best wishes,\n{P(p)}\n{EM(p.email(r))}")
    u = uk_addr(r)
    return (f"New enquiry – houtwerf.example/en/appointment\n"
            f"Name: {P(p)}\n"
            f"Email: {EM(p.email(r))}\n"
            f"Phone: {PH(uk_phone(r))}\n"
            f"Preferred showroom: Breda\n"
            f"Preferred date: {fmt_date(when(r), 'slash')} (afternoon)\n"
            f"Message: We are relocating to the Netherlands in the summer and want to order a kitchen before we move. "
            f"Until then our address is {AD(u)}, {u.town} {PC(u)}. Can the appointment be done by video call?")


@sc("en", True)
def en_delivery_issue(r, k):
    p = person(r, origins=ORIGINS_EN)
    od = order_no(r)
    a = nl_addr(r)
    if k == 0:
        return (f"Subject: Where is my sofa?? Order {od}\n\n"
                f"I took a day off work today because your website said delivery between 8 and 12. It is now 14:30 and "
                f"nobody has shown up or called. This is the second time.\n\n"
                f"Address: {AD(a)}, {PC(a)} {a.town}\n"
                f"Mobile: {PH(fmt_mobile(nl_mobile(r), 'intl').replace(' ', NBSP))}\n\n"
                f"If the sofa is not delivered by Friday I want a full refund of {eur(r, 1200, 3400)}.\n\n"
                f"{P(p)}")
    je = staff("jeroen")
    d = when(r)
    return (f"Dear {P(je.first)},\n\n"
            f"Thanks, Thursday works. Please ring the bell at {AD(a)}; the name on the intercom is "
            f"{P(p.last.upper())}. There is a loading bay behind the building.\n\n"
            f"Cheers,\n{P(p.first)}\n\n"
            f"> Op {fmt_date(d, 'nl_dash_short')} om {hhmm(r)} schreef {P(je)} <planning@houtwerf.example>:\n"
            f"> Beste {p.title('nl')} {P(p.sur)}, excuses voor de gemiste levering van order {od}. We kunnen donderdag\n"
            f"> tussen 10:00 en 12:00 leveren. Past dat? (Sorry, my English is not so good.)")


@sc("en", True)
def en_financing_docs(r, k):
    p = person(r, origins=["in", "in", "cn", "uk", "gh", "sy"])
    n = staff("niels")
    if k == 0:
        firm = r.choice(["Brightline Semiconductors B.V.", "Nordhaven Logistics", "Eemvallei Medical Devices B.V."])
        return (f"Hi {P(n.first)},\n\n"
                f"As requested, here is the information for the instalment plan (quote {quote_no(r)}):\n"
                f"- Full name: {P(p)}\n"
                f"- Date of birth: {DOB(fmt_date(rand_date(r, 1975, 1999), 'en_word'))}\n"
                f"- Residence permit no.: {ID(residence_doc(r))} (valid until {fmt_date(when(r, 2028), 'slash')})\n"
                f"- Citizen service number (BSN): {BS(bsn_forms(bsn_make(r), 'dash'))}\n"
                f"- IBAN for the direct debit: {IB(fmt_iban(nl_iban(r), 'space'))}\n"
                f"- Employer: {NP(firm)}, permanent contract\n\n"
                f"Let me know if you need anything else.\n"
                f"Regards,\n{P(p.first)}")
    pp = "".join(r.choice("0123456789") for _ in range(9))
    return (f"Hello,\n\n"
            f"We only arrived in the Netherlands last month and don't have a BSN yet. Can we still apply for the 12-month "
            f"payment plan for the wardrobe (order {order_no(r)})? I can send a copy of my passport instead: UK passport "
            f"number {ID(pp)}, date of birth {DOB(fmt_date(rand_date(r, 1970, 1998), 'en_us'))}.\n\n"
            f"Many thanks,\n{P(p)}")


@sc("en", True)
def en_damage_complaint(r, k):
    p = person(r, origins=ORIGINS_EN)
    a = nl_addr(r)
    if k == 0:
        de, ra = staff("dennis"), staff("rachid")
        return (f"Subject: Scratched worktop after installation\n\n"
                f"Hello,\n\n"
                f"Your fitters {P(de.first)} and {P(ra.first)} installed our kitchen yesterday (order {order_no(r)}). "
                f"This morning we noticed a 20 cm scratch in the composite worktop next to the hob and a chipped corner "
                f"on the island. It was not there before the installation – the protective film was still on when it "
                f"arrived.\n\n"
                f"Photos attached. We are at {AD(a)}, {PC(a)} {a.town}, and home every day after 3 pm.\n\n"
                f"Kind regards,\n{P(p)}")
    q = relative(r, p, "m" if p.sex == "f" else "f")
    return (f"Hi there,\n\n"
            f"one of the legs of our new dining table 'Korhoen' came loose after two weeks and the table top now has a "
            f"crack along the joint. My {'husband' if q.sex == 'm' else 'wife'} {P(q.first)} (cc'd, "
            f"{EM(q.email(r))}) dropped by the Breda showroom and was told to e-mail you.\n"
            f"Delivery address was {AD(a)} in {a.town}.\n\n"
            f"Thanks,\n{P(p.first)}")


@sc("en", True)
def en_warranty_claim(r, k):
    p = person(r, origin=r.choice(["uk", "uk", "in"]))
    if k == 0:
        return (f"Subject: Warranty claim – hinge broken\n\n"
                f"Good afternoon,\n\n"
                f"The soft-close hinge on the larder unit we bought in 2022 (invoice F2022-{r.randint(10000, 99999)}) has "
                f"snapped and the door is hanging off. I believe hinges have a 10-year warranty. Could you send a "
                f"replacement or an engineer?\n\n"
                f"I'm back in the UK for two weeks, so please call my UK number {PH(uk_phone(r))} or e-mail "
                f"{EM(p.email(r))}.\n\n"
                f"Thank you,\n{P(p.initials_name())}")
    pr = staff("priya")
    a = nl_addr(r)
    d = workday(r)
    return (f"Dear {p.title('en')} {P(p.sur)},\n\n"
            f"Thank you for your message. A service engineer will visit you on {WEEKDAY['en'][d.weekday()]} "
            f"{en_d(d)} between 12:00 and 16:00 to replace the drawer runners free of charge (service no. "
            f"SRV-25-{r.randint(1000, 9999)}).\n\n"
            f"{sig_en(r, 'priya')}\n\n"
            f"-----Original Message-----\n"
            f"From: {P(p)} <{EM(p.email(r))}>\n"
            f"Subject: drawers\n\n"
            f"Two of the pan drawers no longer close properly. We live at {AD(a)}, {PC(a)} {a.town}.")


@sc("en", True)
def en_b2b_designer(r, k):
    e = staff("eline")
    if k == 0:
        d = person(r, origin="uk", sex="f")
        client = person(r, avoid=[d])
        a = nl_addr(r, "Utrecht")
        studio = f"{d.sur} Interiors"
        return (f"Hi {P(e.first)},\n\n"
                f"Following our call, I'd like to go ahead with quote {quote_no(r)} for my client {P(client)}: kitchen "
                f"'Eem' in oak veneer, including the tall appliance wall. Delivery to the client's apartment at "
                f"{AD(a)}, {PC(a)} Utrecht – 4th floor, there is a lift.\n\n"
                f"Please invoice {NP(studio)} (registered in the Netherlands):\n"
                f"Chamber of Commerce no. {KVK(kvk_make(r))}\n"
                f"VAT ID {BTW(btw_make(r))}\n"
                f"Bank: {IB(fmt_iban(nl_iban(r), 'compact'))}\n\n"
                f"Best,\n{P(d)}\n{EM(clean(d.first) + '@' + clean(d.last) + '-interiors.nl')}")
    d = person(r, origin="uk")
    client = person(r, avoid=[d])
    comp = r.randint(10000000, 15999999)
    return (f"Dear Houtwerf team,\n\n"
            f"We are a London-based design studio, Whitmore & Finch Ltd (Company No. {comp}), working on a holiday home in "
            f"Breda for {P(client)}. Could you quote for a walnut kitchen with island, delivered and installed in "
            f"September? The client's contact in the Netherlands is their caretaker, reachable on "
            f"{PH(mobile_of(r))}.\n\n"
            f"Kind regards,\n{P(d)}\nSenior Designer, Whitmore & Finch Ltd\n{PH(uk_phone(r, 'nat'))}")


@sc("en", True)
def en_chat_export(r, k):
    p = person(r, origins=ORIGINS_EN)
    od = order_no(r)
    d = workday(r)
    t = chat_times(r, 8, (1, 3))
    agent = staff("sevda") if k == 0 else staff("ciaran")
    role = "Customer Service" if k == 0 else "International Desk"
    a = nl_addr(r)
    return (f"Live chat transcript – houtwerf.example – {fmt_date(d, 'iso')}\n"
            f"[{t[0]}] Visitor: Hi, I ordered a bed frame and the delivery date disappeared from my account\n"
            f"[{t[1]}] {P(agent.first)} ({role}): Hello! Could you give me your order number or your e-mail address?\n"
            f"[{t[2]}] Visitor: {EM(p.email(r))}\n"
            f"[{t[3]}] {P(agent.first)} ({role}): Thanks, I found order {od} for {P(p)}. Can you confirm the postcode "
            f"of the delivery address?\n"
            f"[{t[4]}] Visitor: {PC(a)}, {AD(a)}\n"
            f"[{t[5]}] {P(agent.first)} ({role}): Perfect. The frame is back in stock and will be delivered on "
            f"{WEEKDAY['en'][d.weekday()]}. You'll get a text the day before."
            + ("" if k == 0 else
               f"\n[{t[6]}] Visitor: great. can I pay the remaining balance now? card is "
               f"{CC(fmt_card(card_make(r, 'visa'), 'space'))}\n"
               f"[{t[7]}] {P(agent.first)} ({role}): Please don't share card details in the chat! I'll send you a "
               f"secure payment link by e-mail instead."))


@sc("en", True)
def en_card_payment(r, k):
    p = person(r, origins=ORIGINS_EN)
    od = order_no(r)
    if k == 0:
        return (f"Hi,\n\n"
                f"Your payment link keeps failing (error 'card not supported'). Could you please charge the deposit of "
                f"{eur(r, 800, 2500)} for order {od} to my Amex instead: {CC(fmt_card(card_make(r, 'amex'), 'space'))}, "
                f"expiry 11/27, name on card {P(p.full.upper())}.\n\n"
                f"Thanks,\n{P(p.first)}")
    ip = public_ipv4(r)
    return (f"Hello,\n\n"
            f"I tried to pay the balance for order {od} with my Visa ending in 4417 "
            f"({HN('notcard', 'XXXX-XXXX-XXXX-4417')}) three times and now the payment page says: \"Your IP address "
            f"{IP(ip)} has been temporarily blocked\". I'm on my home connection. Can you unblock me or send an "
            f"invoice I can pay by bank transfer?\n\n"
            f"{P(p)}")


@sc("en", True)
def en_portal_login(r, k):
    p = person(r, origins=ORIGINS_EN)
    if k == 0:
        return (f"Subject: cannot log in to My Houtwerf\n\n"
                f"Hi, since the update to app version {HN('notip', '3.4.1.2')} I can't log in to My Houtwerf – it says "
                f"'unusual location'. I'm at home in Zwolle. My router shows the public IPv6 address "
                f"{IP(public_ipv6(r))} (the local one is 192.168.1.1, if that helps). Password reset link didn't arrive "
                f"either.\n\n"
                f"{P(p)}")
    return (f"Hello support,\n\n"
            f"the financing portal rejected my application form twice with 'session expired'. Screenshot text: "
            f"Request ID 7f3a-11c2, client {IP(public_ipv4(r))}, browser Firefox 128.0.3, build "
            f"{HN('notip', '5.12.0.44')}. Can you check whether my application (quote {quote_no(r)}) was received?\n\n"
            f"Thanks, {P(p.first)}")


@sc("en", True)
def en_outlook_headers(r, k):
    ci, pr, el = staff("ciaran"), staff("priya"), staff("eline")
    p = person(r, origins=ORIGINS_EN)
    d = when(r)
    od = order_no(r)
    if k == 0:
        a = nl_addr(r)
        return crlf(f"From: {P(ci)} <ciaran.whelan@houtwerf.example>\n"
                    f"Sent: {WEEKDAY['en'][d.weekday()]}, {en_d(d)} 2025 {hhmm(r)}\n"
                    f"To: {P(pr)} <priya.ramlal@houtwerf.example>\n"
                    f"Cc: {P(el)} <eline.ouwerkerk@houtwerf.example>\n"
                    f"Subject: FW: Complaint – wardrobe doors (order {od})\n\n"
                    f"{P(pr.first)}, could you pick this one up? Customer is quite upset, doors were replaced once "
                    f"already.\n{P(ci.first)}\n\n"
                    f"-----Original Message-----\n"
                    f"From: {P(p)} <{EM(p.email(r))}>\n"
                    f"Sent: {en_d(d)} 2025 {hhmm(r)}\n"
                    f"To: international@houtwerf.example\n"
                    f"Subject: Complaint – wardrobe doors (order {od})\n\n"
                    f"The new sliding doors still don't close and one panel is warped. Please send someone to "
                    f"{AD(a)}, {PC(a)} {a.town} as soon as possible.\n{P(p)}")
    q = person(r, avoid=[p])
    return crlf(f"From: {P(p)} <{EM(p.email(r))}>\n"
                f"Sent: {fmt_date(d, 'slash')} {hhmm(r)}\n"
                f"To: international@houtwerf.example\n"
                f"Cc: {P(q)} <{EM(q.email(r))}>\n"
                f"Subject: Invoice address for order {od}\n\n"
                f"Hi {P(ci.first)},\n\nplease put the invoice in my colleague's name ({P(q)}, cc), as the company "
                f"reimburses it. Everything else stays the same.\n\nBest,\n{P(p.first)}\n")


@sc("en", True)
def en_pickup_van(r, k):
    p = person(r, origins=ORIGINS_EN)
    d = workday(r)
    if k == 0:
        return (f"Hi,\n\n"
                f"I'd like to collect the bookcases (order {order_no(r)}) from your distribution centre in Veenendaal on "
                f"{WEEKDAY['en'][d.weekday()]} {en_d(d)} around 10am. I've rented a van, registration "
                f"{LP(kenteken_make(r, r.choice([7, 8, 9])))}. Is there a loading dock I should use?\n\n"
                f"Cheers,\n{P(p)}\n{PH(mobile_of(r))}")
    fr = person(r, avoid=[p])
    return (f"Hello, my friend {P(fr)} will pick up my order {order_no(r)} on Saturday because I'm travelling. "
            f"{'He' if fr.sex == 'm' else 'She'}'ll come in {'his' if fr.sex == 'm' else 'her'} own car, a grey estate with Dutch plates {LP(kenteken_make(r).lower())}. He has a "
            f"copy of my order confirmation. Thanks! {P(p.first)}")


@sc("en", True)
def en_assembly_reschedule(r, k):
    p = person(r, origins=ORIGINS_EN)
    q = relative(r, p, "m" if p.sex == "f" else "f")
    a = nl_addr(r)
    d = when(r)
    if k == 0:
        return (f"Subject: Reschedule assembly\n\n"
                f"Hi,\n\n"
                f"The assembly of our wardrobe system at {AD(a)}, {PC(a)} {a.town} is booked for {en_d(d)}, but I'll be "
                f"abroad for work. My {'husband' if q.sex == 'm' else 'wife'} {P(q)} will be home and can let the "
                f"fitters in – please call {'him' if q.sex == 'm' else 'her'} on {PH(mobile_of(r))} on the day.\n\n"
                f"Thank you,\n{P(p)}")
    return (f"Hi team, could we move the kitchen installation from {en_d(d)} to the week after? Our floor tiles are "
            f"delayed. Order {order_no(r)}, address {AD(a)}, {a.town}. You can text me on {PH(mobile_of(r))}. "
            f"Thanks a lot – {P(p.first)}")


@sc("en", True)
def en_social_post(r, k):
    p = person(r, origins=ORIGINS_EN)
    if k == 0:
        return (f"@HoutwerfWonen three weeks and still no replacement door for my wardrobe 🙄 order {order_no(r)}. "
                f"Your chat just says \"we'll get back to you\". #customerservice #fail\n"
                f"– {P(p.first)}\n\n"
                f"↳ Houtwerf Wonen: So sorry to hear this! Could you DM us your phone number? We'll call you today.\n"
                f"↳ DM from @{clean(p.first)}_{r.randint(80, 99)}: it's {P(p)}, {PH(mobile_of(r))}")
    m_ = staff("marloes")
    return (f"Huge thanks to {P(m_.first)} at Houtwerf Amersfoort for designing our dream kitchen 😍🍳 Six weeks from "
            f"first sketch to installation, and the fitters left the place spotless. Highly recommend! "
            f"#kitchenrenovation #dutchhome @HoutwerfWonen\n"
            f"— {P(p)}")


@sc("en", True)
def en_project_developer(r, k):
    e = staff("eline")
    pm = person(r, origins=["uk", "in", "nl", "gh"])
    dev = r.choice(["Riverside Living Development B.V.", "Kade Zuid Real Estate B.V."])
    plots = sorted(r.sample(range(1, 60), 2))
    if k == 0:
        return (f"Dear {P(e.first)},\n\n"
                f"Further to the site meeting, {dev} confirms the order for kitchens in plots {plots[0]}–{plots[1]} "
                f"(block C). Please use the following details on all invoices:\n\n"
                f"{dev}\nChamber of Commerce: {KVK(kvk_make(r))}\nVAT number: {BTW(btw_make(r))}\n"
                f"PO number: PO-{r.randint(2025000, 2025999)}\n\n"
                f"Site contact for deliveries is our site manager {P(pm)}, {PH(mobile_of(r))}.\n\n"
                f"Best regards,\n{P(person(r, avoid=[pm]))}\nProcurement, {dev}")
    return (f"Meeting notes – {dev} – {fmt_date(when(r), 'iso')}\n"
            f"Attendees: {P(pm)} (project manager), {P(e)} (Houtwerf)\n"
            f"1. Show kitchen for plot {plots[0]} to be ready before the buyers' evening.\n"
            f"2. Buyers' options deadline moved to week {r.randint(10, 40)}.\n"
            f"3. {P(pm.first)} to share revised floor plans (v2.3).\n"
            f"4. Payment terms 30 days; retention 5% until handover.")


@sc("en", True)
def en_refund_iban(r, k):
    p = person(r, origin=r.choice(["uk", "uk", "pt", "pl"]))
    od = order_no(r)
    if k == 0:
        ib = gb_iban(r) if p.origin != "pl" else pl_iban(r)
        return (f"Hello,\n\n"
                f"I returned the armchair from order {od} within the 30-day period and was promised a refund of "
                f"{eur(r, 300, 900)}. As I have moved back home, could you pay it into my account "
                f"{IB(fmt_iban(ib, 'space'))} ({P(p)})?\n\n"
                f"Kind regards,\n{P(p.first)}")
    ib = ie_iban(r)
    return (f"Hi, the refund for the cancelled kitchen deposit (order {od}) hasn't arrived yet. It's been 3 weeks. My "
            f"IBAN again: {IB(fmt_iban(ib, 'compact'))}, account holder {P(p.initials_name())}. Regards, {P(p.first)}")


@sc("en", True)
def en_credit_note_internal(r, k):
    ci, ni = staff("ciaran"), staff("niels")
    p = person(r, origins=["in", "cn", "uk", "gh", "sy"])
    if k == 0:
        return (f"{P(ni.first)} – quick note on the application from {P(p)} (DOB "
                f"{DOB(fmt_date(rand_date(r, 1970, 2000), 'slash'))}). The credit check came back 'insufficient history' "
                f"because {'he' if p.sex == 'm' else 'she'} only registered in NL in March. Customer offered a copy of passport "
                f"{ID(nl_docnr(r, 'N') if p.origin == 'nl' else ''.join(r.choice('0123456789') for _ in range(9)))} and "
                f"3 payslips. Can we do a manual review? Amount {eur(r, 5000, 15000)}, 24 months.\n– {P(ci.first)}")
    return (f"Note to file (international desk), {fmt_date(when(r), 'iso')}:\n"
            f"Called {P(p)} back re. rejected instalment plan. Explained the BKR check; customer will reapply together "
            f"with partner. Customer confirmed date of birth {DOB(fmt_date(rand_date(r, 1970, 2000), 'en_word'))} "
            f"and citizen service number {BS(bsn_forms(bsn_make(r), 'dots'))} for the new form. No further action until new application arrives.\n"
            f"Logged by {P(ci)}")


# ---- EN without personal data ---------------------------------------------------------------------------
@sc("en", False)
def en_opening_hours(r, k):
    if k == 0:
        return ("Hi, do you have English-speaking staff at the Breda showroom on Sundays? And is it wheelchair "
                "accessible? We'd like to look at sofas without an appointment.")
    return ("Hello, thanks for your message! Our Breda showroom (Woonplein Noord 3, 4817 ZX Breda) is open Sundays "
            "12:00–17:00 and is fully step-free. Several colleagues speak English; for a design consultation please "
            "book at afspraak.houtwerf.example/en, call +31 318 745 200 or WhatsApp +31 6 4817 2290. Kind regards, "
            "Houtwerf Customer Service")


@sc("en", False)
def en_order_confirmation(r, k):
    od = order_no(r)
    return (f"Order confirmation {od}\n\n"
            f"Dear customer,\n\n"
            f"Thank you for your order with Houtwerf Kitchens.\n"
            f"  1 x Sofa 'Duinrand' 3-seater, fabric {HN('notplate', kenteken_product(r))}   item {r.randint(300000, 399999)}\n"
            f"  1 x Coffee table 'Vlonder' 120 x 60 cm   item {r.randint(300000, 399999)}\n"
            f"  Delivery: week {r.randint(10, 50)} (you'll get a 2-hour window by text)\n"
            f"Total: {thou(r.randint(1500, 4000))},00 incl. VAT. Balance due on delivery.\n"
            f"Bank transfer: {iban_group(ORG_IBAN_ING)}, BIC INGBNL2A, reference {od}.\n\n"
            f"Houtwerf Keukens & Interieur B.V. · Chamber of Commerce 30194472 · VAT {ORG['btw'][0]}")


@sc("en", False)
def en_it_ticket(r, k):
    d = when(r)
    if k == 0:
        return (f"Ticket IT-{r.randint(1000, 9999)}: 3D planner crashes on showroom tablets\n"
                f"Since {fmt_date(d, 'iso')} 09:14 the planner app (v{HN('notip', '6.1.0.12')}) crashes when loading "
                f"island layouts. Tablets have {HN('notpostcode', '4096 MB')} RAM; crash log shows 'OutOfMemory' at "
                f"{fmt_date(d, 'iso')}T09:14:52Z. Render server 10.12.0.5, DNS 10.12.0.2. Affects Amersfoort and Zwolle.")
    return (f"Ticket IT-{r.randint(1000, 9999)} (resolved): web shop checkout returned HTTP 502 between 02:10 and 02:47 "
            f"on {fmt_date(d, 'iso')}. Cause: load balancer health check pointed at 127.0.0.1:8080 after the "
            f"deployment of release {HN('notip', '2.25.4.13')}. 17 orders were retried automatically; no customer "
            f"action needed.")


@sc("en", False)
def en_financing_terms(r, k):
    if k == 0:
        return ("Hello, what is the APR for your instalment plans, and is there a penalty if I pay off the remaining "
                "balance early? I'm thinking of around €12,000 over 36 months.")
    return ("Dear customer, the instalment plan (offered with Veluwse Kredietbank N.V.) has a fixed borrowing rate of "
            "7.6% (APR 7.9%). For €12,000 over 36 months the monthly instalment is €373.83; total amount payable "
            "€13,457.88. Early repayment is possible at any time without a fee. A credit check (BKR) is always "
            "carried out. Kind regards, Houtwerf Financing Team")


@sc("en", False)
def en_warranty_terms(r, k):
    if k == 0:
        return (f"Hi, does the 5-year warranty on the oven transfer to the new owner if we sell our house? The "
                f"kitchen was installed in {r.randint(2020, 2023)} (order {order_no(r)}). Thanks")
    y = r.randint(2019, 2022)
    return (f"Hello, the lacquered fronts on our kitchen from {y} are discolouring near the "
            f"oven. Is that covered? Invoice F{y}-{r.randint(10000, 99999)}, serial "
            f"{r.randint(100, 999)}-{r.randint(1000, 9999)}-K{r.randint(10, 99)}.")


@sc("en", False)
def en_b2b_stock_query(r, k):
    c1, c2 = kenteken_product(r), kenteken_product(r)
    if k == 1:
        return (f"Hi, trade customer here (account TA-{r.randint(1000, 9999)}). Our last delivery had two fronts in the "
                f"wrong colour: we ordered {HN('notplate', c1)} (sage) and received {HN('notplate', c2)} (olive). Packing "
                f"slip PS-{r.randint(100000, 999999)}. Can you swap them before the 20th? Thanks, Purchasing team")
    return (f"Hello,\n\n"
            f"Could you confirm stock and lead times for the following fronts (trade account TA-{r.randint(1000, 9999)}):\n"
            f"- colour code {HN('notplate', c1)}, 60 x 72 cm, qty {r.randint(10, 40)}\n"
            f"- colour code {HN('notplate', c2)}, 40 x 72 cm, qty {r.randint(5, 20)}\n"
            f"We need them on site by week {r.randint(10, 50)}.\n\n"
            f"Thanks,\nPurchasing\n{NP('Harbour & Hearth Interiors Ltd')}")


@sc("en", False)
def en_social_general(r, k):
    if k == 0:
        return ("Just had our kitchen installed by @HoutwerfWonen 🙌 two guys, one day, zero mess. The quartz worktop "
                "looks amazing ✨ #kitchengoals #expatlife #netherlands")
    return ("Question for Dutch homeowners: is a 'greeploos' kitchen worth the extra €1,500? Quoted by Houtwerf in "
            "Zwolle, they say push-to-open drawers wear faster. Thoughts? 🤔 #kitchen #renovation")


@sc("en", False)
def en_invoice_reminder(r, k):
    inv = num9_make(r, True)
    return (f"Payment reminder\n\n"
            f"Dear customer,\n\n"
            f"According to our records, invoice {HN('notbsn', inv)} dated {fmt_date(when(r), 'slash')} "
            f"({eur(r, 200, 3000).replace('€ ', '€')}) is still outstanding. Please transfer the amount within 14 days "
            f"to {iban_group(ORG_IBAN_RABO)} (BIC RABONL2U) quoting invoice number {inv}.\n"
            f"Customer number: {num9_make(r, False)}\n\n"
            f"Houtwerf Keukens & Interieur B.V. | 0318 745 200 | www.houtwerf.example")


@sc("en", False)
def en_delivery_status(r, k):
    d = workday(r)
    trk = f"3SHWF{r.randint(1000000000, 9999999999)}"
    return (f"Your Houtwerf delivery is on its way 🚚\n\n"
            f"Order {order_no(r)} will be delivered on {WEEKDAY['en'][d.weekday()]} {en_d(d)} between "
            f"{r.choice(['08:00 and 10:00', '10:30 and 12:30', '13:00 and 15:00'])}. Small parts ship separately "
            f"with tracking number {trk}. Need to change the slot? Reply CHANGE or call our planning line "
            f"{'+31 85 303 1740' if k else '085-3031740'}.")


# =========================================================================================================
# DE scenarios (20: 12 with personal data, 8 without)
# =========================================================================================================
def sig_de(r, key):
    s = staff(key)
    role = {"thomas": "Filialleiter Oberhausen", "katja": "Küchenplanerin"}[key]
    return (f"Mit freundlichen Grüßen\n{P(s)}\n{role}\nHoutwerf Küchen GmbH · Am Lindenhafen 8 · 46049 Oberhausen\n"
            f"Tel. {r.choice(['0208 4693270', '+49 208 4693270', '0208/4693270'])} · www.houtwerf-kuechen.example")


def de_order(r):
    return f"HWK-{r.choice([2024, 2025])}-{r.randint(1000, 9999)}"


@sc("de", True)
def de_termin(r, k):
    p = person(r, origins=ORIGINS_DE)
    a = de_addr(r)
    if k == 0:
        return (f"Betreff: Termin Küchenplanung Oberhausen\n\n"
                f"Guten Tag,\n\n"
                f"wir möchten gerne einen Termin zur Küchenplanung in Ihrem Studio in Oberhausen vereinbaren. Unser Haus "
                f"in {a.town} ({AD(a)}) wird gerade renoviert, die Küche soll im Herbst kommen. Am liebsten an einem "
                f"Samstagvormittag.\n\n"
                f"Sie erreichen mich unter {PH(de_mobile(r))}.\n\n"
                f"Mit freundlichen Grüßen\n{P(p)}")
    return (f"Kontaktformular houtwerf-kuechen.example\n"
            f"Anrede: {p.title('de')}\n"
            f"Vorname: {P(p.first)}\n"
            f"Nachname: {P(p.last)}\n"
            f"E-Mail: {EM(p.email(r, r.choice(FREEMAIL['de'])))}\n"
            f"Telefon: {PH(de_landline(r, a.area))}\n"
            f"Straße, Hausnummer: {AD(a)}\n"
            f"PLZ / Ort: {PC(a)} {a.town}\n"
            f"Nachricht: Bitte um Rückruf wegen Planung einer Landhausküche, Raum ca. 4,20 x 3,10 m, "
            f"Budget bis 25.000 €.")


@sc("de", True)
def de_lieferadresse(r, k):
    p = person(r, origins=ORIGINS_DE)
    od = de_order(r)
    a = de_addr(r)
    if k == 0:
        return (f"Betreff: Lieferadresse Auftrag {od}\n\n"
                f"Hallo,\n\n"
                f"bitte liefern Sie die Eckbank und den Tisch nicht an meine alte Adresse, sondern an:\n\n"
                f"{P(p)}\n{AD(a)} (3. OG links, kein Aufzug)\n{PC(a)} {a.town}\n\n"
                f"Für den Fahrer: Handy {PH(de_mobile(r))}.\n\n"
                f"Danke und Gruß\n{P(p.first)}")
    d = when(r)
    return (f"Sehr geehrte{'r Herr' if p.sex == 'm' else ' Frau'} {P(p.sur)},\n\n"
            f"vielen Dank für Ihre Nachricht. Die neue Lieferadresse ist hinterlegt; die Lieferung erfolgt am "
            f"{fmt_date(d, 'de_dot')} zwischen 8 und 12 Uhr.\n\n"
            f"{sig_de(r, 'thomas')}\n\n"
            f"Am {fmt_date(d - datetime.timedelta(days=3), 'de_dot')} schrieb {P(p)} <{EM(p.email(r, r.choice(FREEMAIL['de'])))}>:\n"
            f"> Wir ziehen am Monatsende um. Neue Adresse: {AD(a)}, {PC(a)} {a.town}. Auftrag {od}.")


@sc("de", True)
def de_finanzierung(r, k):
    p = person(r, origins=ORIGINS_DE)
    ka = staff("katja")
    firm = r.choice(["Ruhrstahl Service GmbH", "Klinikum Niederrhein gGmbH", "Emschergenossenschaft"])
    if k == 0:
        return (f"Hallo Frau {P(ka.sur)},\n\n"
                f"anbei wie besprochen meine Angaben für die Finanzierung (Angebot {quote_no(r)}):\n\n"
                f"Name: {P(p)}\n"
                f"Geburtsdatum: {DOB(fmt_date(rand_date(r, 1955, 1999), r.choice(['de_dot', 'de_dot_short'])))}\n"
                f"Personalausweis-Nr.: {ID(de_doc(r))}\n"
                f"IBAN: {IB(fmt_iban(de_iban(r), r.choice(['space', 'compact'])))}\n"
                f"Arbeitgeber: {NP(firm)}, seit 2016\n\n"
                f"Die SCHUFA-Auskunft darf eingeholt werden.\n\n"
                f"Viele Grüße\n{P(p.first)}")
    q = relative(r, p, "f" if p.sex == "m" else "m")
    return (f"Liebe Frau {P(ka.sur)},\n\n"
            f"für den Ratenkauf der Küche (36 Monate) wird {'meine Frau' if q.sex == 'f' else 'mein Mann'} {P(q)}, "
            f"geb. am {DOB(fmt_date(rand_date(r, 1955, 1999), 'de_word'))}, {'Mitantragstellerin' if q.sex == 'f' else 'Mitantragsteller'}. "
            f"Die Raten sollen von unserem gemeinsamen Konto {IB(fmt_iban(de_iban(r), 'nbsp'))} abgebucht werden. "
            f"Die Reisepass-Nr. {'meiner Frau' if q.sex == 'f' else 'meines Mannes'} lautet {ID(de_doc(r, 'pass'))}. "
            f"Die Gehaltsnachweise reiche ich am Samstag im Studio nach.\n\n"
            f"Mit freundlichen Grüßen\n{P(p)}")


@sc("de", True)
def de_reklamation(r, k):
    p = person(r, origins=ORIGINS_DE)
    od = de_order(r)
    a = de_addr(r)
    if k == 0:
        return (f"Betreff: Reklamation Arbeitsplatte – Auftrag {od}\n\n"
                f"Sehr geehrte Damen und Herren,\n\n"
                f"bei der Montage am {fmt_date(when(r), 'de_dot')} wurde unsere Arbeitsplatte beschädigt: Neben dem "
                f"Kochfeld ist ein 15 cm langer Riss, und die Kante an der Spüle ist abgeplatzt. Ihr Monteur hat das "
                f"selbst gesehen und fotografiert. Ich erwarte einen Austausch der Platte.\n\n"
                f"Adresse: {AD(a)}, {PC(a)} {a.town}\n"
                f"Erreichbar unter {PH(de_mobile(r))}\n\n"
                f"Mit freundlichen Grüßen\n{P(p)}")
    d = when(r)
    return crlf(f"{P(p)}\n{AD(a)}\n{PC(a)} {a.town}\n\n"
            f"Houtwerf Küchen GmbH\nAm Lindenhafen 8\n46049 Oberhausen\n\n"
            f"{a.town}, den {fmt_date(d, 'de_dot')}\n\n"
            f"Reklamation – Auftrag {od}\n\n"
            f"Sehr geehrte Damen und Herren,\n\n"
            f"der am {fmt_date(d - datetime.timedelta(days=12), 'de_dot')} gelieferte Kleiderschrank 'Duinrand' "
            f"hat eine eingedrückte Seitenwand. Ich bitte um Abholung und Ersatzlieferung innerhalb von 14 Tagen.\n\n"
            f"Mit freundlichen Grüßen\n\n{P(p)}")


@sc("de", True)
def de_garantie(r, k):
    p = person(r, origins=ORIGINS_DE)
    a = de_addr(r)
    if k == 0:
        return (f"Guten Tag,\n\n"
                f"unser Geschirrspüler (Kauf mit der Küche im Mai 2023, Rechnung {de_order(r)}) pumpt nicht mehr ab. "
                f"Fehlercode E24. Ist das noch Garantie? Ein Techniker kann vormittags kommen.\n"
                f"{AD(a)}, {PC(a)} {a.town}, Tel. {PH(de_landline(r, a.area))}\n\n"
                f"Gruß {P(p)}")
    return (f"Sehr geehrte{'r Herr' if p.sex == 'm' else ' Frau'} {P(p.sur)},\n\n"
            f"Ihr Garantiefall ist unter der Nummer GA-{r.randint(10000, 99999)} angelegt. Der Kundendienst des "
            f"Herstellers meldet sich innerhalb von 3 Werktagen bei Ihnen.\n\n"
            f"{sig_de(r, 'katja')}\n\n"
            f"-----Ursprüngliche Nachricht-----\n"
            f"Von: {P(p)} <{EM(p.email(r, r.choice(FREEMAIL['de'])))}>\n"
            f"Betreff: Backofen heizt nicht\n\n"
            f"Der Backofen heizt seit gestern nicht mehr. Bitte rufen Sie mich an: {PH(de_mobile(r))}.")


@sc("de", True)
def de_b2b_innenarchitekt(r, k):
    th = staff("thomas")
    if k == 0:
        arch = person(r, origin="de", sex="f")
        client = person(r, origins=ORIGINS_DE, avoid=[arch])
        a = de_addr(r, "Essen")
        firm = f"{arch.sur} Innenarchitektur GmbH"
        return (f"Sehr geehrter Herr {P(th.sur)},\n\n"
                f"für {'unsere Bauherrin' if client.sex == 'f' else 'unseren Bauherrn'} {P(client)} bestellen wir die Küche gemäß Angebot {quote_no(r)}. Lieferung bitte "
                f"direkt auf die Baustelle {AD(a)}, {PC(a)} Essen; Ansprechpartner vor Ort ist der Bauleiter "
                f"{P(person(r, origin='de', sex='m', avoid=[arch, client]))}.\n\n"
                f"Rechnungsanschrift: {NP(firm)}, Amtsgericht Essen HRB {r.randint(20000, 39999)}, USt-IdNr. "
                f"{de_ustid_make(r)}.\n\n"
                f"Mit freundlichen Grüßen\n{P(arch)}\nDipl.-Ing. Innenarchitektin\n{NP(firm)}")
    pm = person(r, origins=ORIGINS_DE)
    return (f"Guten Tag Herr {P(th.sur)},\n\n"
            f"die Ruhrbogen Wohnbau GmbH plant in Mülheim 14 Eigentumswohnungen (Bauabschnitt 2, Häuser A–C) und "
            f"sucht einen Küchenpartner. Können Sie uns bis Ende des Monats ein Angebot für drei Ausstattungslinien "
            f"machen? Unterlagen stelle ich gern über unseren Datenraum bereit.\n\n"
            f"Freundliche Grüße\n{P(pm)}\nProjektentwicklung\nRuhrbogen Wohnbau GmbH\n"
            f"Mobil {PH(de_mobile(r))} · {EM(clean(pm.first)[0] + '.' + clean(pm.last) + '@ruhrbogen-wohnbau.de')}")


@sc("de", True)
def de_whatsapp(r, k):
    p = person(r, origins=ORIGINS_DE)
    d = workday(r)
    day = f"{d.day:02d}.{d.month:02d}.{str(d.year)[2:]}"
    t = chat_times(r, 5, (1, 12), (7 * 60, 8 * 60 + 30))
    de_ = staff("dennis")
    if k == 0:
        return (f"[{day}, {t[0]}] Houtwerf Montage: Guten Morgen, hier ist {P(de_.first)} von Houtwerf. Wir sind in "
                f"ca. 30 Minuten bei Ihnen.\n"
                f"[{day}, {t[1]}] {P(p)}: Guten Morgen! Bitte nicht vor der Garage parken, da steht mein Auto "
                f"({LP(de_plate(r))}), das brauche ich um 10 Uhr.\n"
                f"[{day}, {t[2]}] Houtwerf Montage: Alles klar, wir stellen uns an die Straße 👍\n"
                f"[{day}, {t[3]}] {P(p)}: Super, danke!")
    a = de_addr(r)
    return (f"[{day}, {t[0]}] Houtwerf Montage: Hallo, wir stehen vor dem Haus, aber finden Ihren Namen nicht an der "
            f"Klingel.\n"
            f"[{day}, {t[1]}] {P(p.first)}: Sorry! {AD(a)} ist richtig, Hinterhaus. Auf der Klingel steht noch "
            f"{P(person(r, origin='de', avoid=[p]).sur)}, das ist der Vormieter 🙈 Wir sind {P(p.sur)}.\n"
            f"[{day}, {t[2]}] Houtwerf Montage: Gefunden, danke!")


@sc("de", True)
def de_grenzgaenger(r, k):
    p = person(r, origin="de")
    a = nl_addr(r, r.choice(["Winterswijk", "Venlo"]))
    se = staff("sevda")
    if k == 0:
        return (f"Guten Tag,\n\n"
                f"wir wohnen seit letztem Jahr in den Niederlanden ({AD(a)}, {PC(a)} {a.town}) und haben im Studio "
                f"Oberhausen eine Küche gekauft. Liefern Sie auch in die Niederlande, und welche Mehrwertsteuer gilt "
                f"dann? Am besten erreichen Sie mich mobil unter {PH(fmt_mobile(nl_mobile(r), 'intl'))}.\n"
                f"Falls wir die Finanzierung über Sie machen: meine Bürgerservicenummer ist "
                f"{BS(bsn_forms(bsn_make(r), 'space'))}, geboren bin ich am {DOB(fmt_date(rand_date(r, 1960, 1995), 'de_dot'))}.\n\n"
                f"Viele Grüße\n{P(p)}\n\n"
                f"> Op {fmt_date(when(r), 'nl_dash_short')} schreef Klantenservice Houtwerf:\n"
                f"> Geachte {'heer' if p.sex == 'm' else 'mevrouw'} {P(p.sur)}, wij leveren ook vanuit Veenendaal naar "
                f"uw adres. Met vriendelijke groet, {P(se.first)}")
    return (f"Hallo zusammen,\n\n"
            f"unser Ferienhaus in {a.town} ({AD(a)}) bekommt eine neue Küche von Ihnen. Der Schlüssel liegt beim "
            f"Nachbarn, {P(person(r, origin='nl', avoid=[p]))}, Tel. {PH(mobile_of(r))}. Bitte melden Sie sich "
            f"einen Tag vorher bei ihm.\n\n"
            f"Gruß\n{P(p)}")


@sc("de", True)
def de_rueckerstattung(r, k):
    p = person(r, origins=ORIGINS_DE)
    od = de_order(r)
    return (f"Sehr geehrte Damen und Herren,\n\n"
            f"ich habe die Stühle aus dem Auftrag {od} fristgerecht zurückgegeben (Rücksendeschein vom "
            f"{fmt_date(when(r), 'de_dot')}). Bitte überweisen Sie die {eur(r, 200, 900).replace('€ ', '')} € auf "
            f"{'mein Konto' if k == 0 else 'das Konto meiner Mutter'} "
            f"{IB(fmt_iban(de_iban(r) if k == 0 else nl_iban(r), 'space' if k == 0 else 'compact'))}, Kontoinhaber"
            f"{'' if k == 0 else 'in'} {P(p if k == 0 else relative(r, p, 'f'))}.\n\n"
            f"Mit freundlichen Grüßen\n{P(p)}")


@sc("de", True)
def de_interne_notiz(r, k):
    p = person(r, origins=ORIGINS_DE)
    if k == 0:
        th = staff("thomas")
        a = de_addr(r)
        return (f"Telefonnotiz {fmt_date(when(r), 'de_dot')} {hhmm(r)}\n"
                f"Anrufer: {p.title('de')} {P(p.sur)} ({a.town}), Auftrag {de_order(r)}\n"
                f"Anliegen: Hochschrank-Tür schließt nicht, Monteur soll nochmal kommen. Rückruf erbeten unter "
                f"{PH(de_landline(r, a.area))}, nur vormittags.\n"
                f"Erledigt von: {P(th.sur)}")
    ka = staff("katja")
    a = de_addr(r)
    return (f"Übergabe an {P(staff('thomas').first)} (Urlaub {P(ka.first)} ab Montag):\n"
            f"- {P(p)}, {AD(a)}, {a.town}: Aufmaß erledigt, Planung V3 schicken, Termin zur Unterschrift offen.\n"
            f"- Ausstellungsküche 'Eem' Nr. 4 reserviert bis Freitag (kein Name hinterlegt).\n"
            f"- Lieferant meldet Verzögerung bei Griffleisten, KW {r.randint(10, 40)}.")


@sc("de", True)
def de_kreditkarte(r, k):
    p = person(r, origins=ORIGINS_DE)
    od = de_order(r)
    if k == 0:
        return (f"Hallo,\n\n"
                f"die Anzahlung für Auftrag {od} möchte ich per Kreditkarte bezahlen: "
                f"{CC(fmt_card(card_make(r, 'mc'), r.choice(['space', 'dash'])))}, gültig bis 09/28, Karteninhaber "
                f"{P(p)}.\n\n"
                f"Gruß {P(p.first)}")
    return (f"Guten Tag, im Studio wurde meine Visa-Karte zweimal belastet (je {eur(r, 400, 1500).replace('€ ', '')} €). Kartennummer "
            f"{CC(fmt_card(card_make(r, 'visa'), 'plain'))}. Bitte erstatten Sie die doppelte Buchung. "
            f"{P(p)}")


@sc("de", True)
def de_social(r, k):
    p = person(r, origins=ORIGINS_DE)
    if k == 0:
        return (f"Kommentar auf Instagram (@HoutwerfKuechen):\n"
                f"Seit 5 Wochen warte ich auf die Ersatzblende 😡 und keiner ruft zurück!!! #houtwerf #kundenservice\n\n"
                f"Direktnachricht:\n"
                f"Hier nochmal meine Nummer: {PH(de_mobile(r))}. {P(p)}, Auftrag {de_order(r)}.")
    ka = staff("katja")
    return (f"Riesiges Dankeschön an {P(ka.first)} aus dem Studio Oberhausen 💛 Die Planung war super, die Küche steht "
            f"seit gestern und wir sind verliebt 😍 #neueküche #houtwerf\n— {P(p.first)} & {P(relative(r, p).first)}")


# ---- DE without personal data ---------------------------------------------------------------------------
@sc("de", False)
def de_oeffnungszeiten(r, k):
    if k == 0:
        return ("Hallo, hat das Studio in Oberhausen am verkaufsoffenen Sonntag geöffnet? Und gibt es Parkplätze direkt "
                "vor der Tür? Wir würden gern ohne Termin vorbeikommen.")
    return ("Guten Tag, vielen Dank für Ihre Anfrage! Unser Studio (Am Lindenhafen 8, 46049 Oberhausen) ist am "
            "verkaufsoffenen Sonntag von 13 bis 18 Uhr geöffnet; Kundenparkplätze befinden sich direkt am Haus. Für eine "
            "Küchenplanung empfehlen wir einen Termin unter +49 208 4693270 oder per E-Mail an "
            "studio@houtwerf-kuechen.example. Ihr Houtwerf-Team")


@sc("de", False)
def de_auftragsbestaetigung(r, k):
    od = de_order(r)
    return (f"Auftragsbestätigung {od}\n\n"
            f"Sehr geehrte Kundin, sehr geehrter Kunde,\n\n"
            f"vielen Dank für Ihren Auftrag.\n"
            f"Pos. 1  Küche 'Eem', Front {HN('notplate', kenteken_product(r))} matt   Art.-Nr. {r.randint(100000, 199999)}\n"
            f"Pos. 2  Arbeitsplatte Keramik 12 mm   Art.-Nr. {r.randint(200000, 299999)}\n"
            f"Pos. 3  Lieferung und Montage\n"
            f"Gesamtbetrag: {r.randint(8, 30)}.{r.randint(100, 999)},00{NBSP}€ inkl. 19{NBSP}% MwSt.\n"
            f"Anzahlung 30 % auf {iban_group(ORG_IBAN_DE)} (Verwendungszweck {od}).\n\n"
            f"Houtwerf Küchen GmbH · Amtsgericht Duisburg {ORG_HRB} · USt-IdNr. {ORG_USTID}")


@sc("de", False)
def de_lieferstatus(r, k):
    d = workday(r)
    return (f"Ihre Lieferung von Houtwerf 🚚\n\n"
            f"Auftrag {de_order(r)} wird am {WEEKDAY['de'][d.weekday()]}, {fmt_date(d, 'de_dot')} zwischen "
            f"{r.choice(['8 und 10', '10 und 12', '13 und 15'])} Uhr geliefert. Kleinteile kommen separat per Paket, "
            f"Sendungsnummer {r.randint(100000000000, 999999999999)}. Termin ändern: Antworten Sie mit ÄNDERN.")


@sc("de", False)
def de_finanzierung_konditionen(r, k):
    if k == 0:
        return ("Guten Tag, bieten Sie auch 0-%-Finanzierung an? Wir planen eine Küche für etwa 18.000 € und würden "
                "gern in 48 Monatsraten zahlen. Wird dafür eine SCHUFA-Abfrage gemacht?")
    return ("Guten Tag, für Käufe im Studio Oberhausen bieten wir eine Finanzierung über unsere Partnerbank an: "
            "Laufzeit 6 bis 72 Monate, 0 % effektiver Jahreszins bei 12 Monaten, danach 5,99 %. Eine SCHUFA-Abfrage "
            "ist erforderlich. Mit freundlichen Grüßen, Ihr Houtwerf-Team Oberhausen")


@sc("de", False)
def de_it_ticket(r, k):
    d = when(r)
    return (f"Ticket IT-{r.randint(1000, 9999)}: Planungs-Tablet Studio Oberhausen\n"
            f"Seit dem Update auf Version {HN('notip', '3.8.1.4' if k == 0 else '3.9.0.22')} startet die Planungs-App "
            f"nicht mehr. Tablet im WLAN 192.168.{r.randint(10, 60)}.0/24, Drucker 192.168.20.15. "
            f"Speicher: {HN('notpostcode', '2048 MB')} frei. Zeitstempel des Absturzes: {fmt_date(d, 'iso')} "
            f"{hhmm(r)}:{r.randint(10, 59)}.")


@sc("de", False)
def de_garantiebedingungen(r, k):
    if k == 0:
        return (f"Hallo, wie lange habe ich Garantie auf die Schubkastenauszüge? Die Küche ist von "
                f"{r.randint(2019, 2023)}, Rechnung {de_order(r)}. Ein Auszug klemmt.")
    return ("Guten Tag, auf Korpusse, Scharniere und Auszüge gewähren wir 10 Jahre Garantie, auf Fronten und "
            "Arbeitsplatten 5 Jahre, auf Elektrogeräte 2 Jahre Herstellergarantie. Bitte senden Sie uns Fotos und die "
            "Auftragsnummer. Ihr Houtwerf-Team")


@sc("de", False)
def de_mahnung(r, k):
    rn = num9_make(r, True)
    return (f"Zahlungserinnerung\n\n"
            f"Sehr geehrte Kundin, sehr geehrter Kunde,\n\n"
            f"die Rechnung {HN('notbsn', rn)} vom {fmt_date(when(r), 'de_dot')} über "
            f"{thou(r.randint(300, 4000), '')},{r.choice(['00', '50', '90'])} € ist noch offen. Bitte überweisen Sie den Betrag "
            f"innerhalb von 10 Tagen auf {ORG_IBAN_DE if k else iban_group(ORG_IBAN_DE)} (BIC WELADED1OBH).\n\n"
            f"Houtwerf Küchen GmbH · {ORG_HRB} · USt-IdNr. {ORG_USTID}")


@sc("de", False)
def de_b2b_anfrage(r, k):
    n = r.randint(6, 30)
    if k == 1:
        return (f"Guten Tag,\n\nals Hausverwaltung betreuen wir {n * 4} Wohneinheiten in Oberhausen-Sterkrade. Bieten Sie "
                f"Rahmenverträge für den Austausch von Einbauküchen bei Mieterwechsel an? Wir rechnen mit ca. {n} Küchen "
                f"pro Jahr, Standardmaß 2,40 m.\n\nMit freundlichen Grüßen\nTechnische Verwaltung\n"
                f"Emscherblick Hausverwaltung GmbH")
    firm = r.choice(["Wohnbau Emscherland GmbH", "Hüttenviertel Projekt GmbH & Co. KG"])
    return (f"Sehr geehrte Damen und Herren,\n\n"
            f"die {firm} plant {n} Wohnungen in {r.choice(['Bottrop', 'Gladbeck', 'Dinslaken'])}, "
            f"Fertigstellung {r.choice(['Q2', 'Q3', 'Q4'])}/2026. Bitte senden Sie uns ein Angebot für Einbauküchen "
            f"(Standardlinie, Geräte mittlere Preisklasse) inklusive Montage. Unser Projektkürzel: "
            f"PRJ-{r.randint(100, 999)}-{k + 1}.\n\n"
            f"Mit freundlichen Grüßen\nEinkauf\n{firm}")


# =========================================================================================================
# build, audit, self test
# =========================================================================================================
BIRTH_WORDS = re.compile(r"(?i)(geboren|geb\.|geboortedatum|date of birth|\bdob\b|\bborn\b|geburtsdatum|birth)")
REF_WORDS = re.compile(
    r"(?i)(order|bestel|factuur|invoice|rechnung|auftrag|artikel|article|\bitem|ean|serie|serial|klantn|customer|"
    r"kunden|ticket|referentie|reference|referenz|kenmerk|zending|tracking|sendung|contract|vertrag|dossier|"
    r"aanvraag|application|antrag|rsin|project|pakbon|werkbon|offerte|quote|angebot|vorgang|\| *2-0)")
VEHICLE_WORDS = re.compile(r"(?i)(kenteken|\bauto\b|\bcar\b|vehicle|kennzeichen|fahrzeug|aanhanger|trailer|"
                           r"registration|plates?\b|bestelbus)")
VERSION_WORDS = re.compile(r"(?i)(versie|version|\bv$|build|firmware|release|update|app )")
DOC_WORDS = re.compile(r"(?i)(paspoort|passport|id-kaart|identiteitskaart|ausweis|reisepass|residence permit|"
                       r"rijbewijs|verblijfs)")
COMMON_WORDS = {"haar", "zand", "graaf", "jager", "heuvel", "linden", "leeuwen", "meulen", "stap", "acker", "smet",
                "hoof", "cate", "wilde", "dongen", "ali", "nair", "kaya", "wendt", "chen", "xu", "liu"}


def name_tokens():
    toks = set()
    for o in NAMES.values():
        for f in o["m"] + o["f"]:
            toks.add(f)
        for s in o["sur"]:
            for v in (s if isinstance(s, tuple) else (s,)):
                for t in v.split(" "):
                    if t.lower() not in PARTICLES and t.lower().strip("'") not in PARTICLES:
                        toks.add(t)
    for f, l, _ in STAFF.values():
        toks.add(f)
        for t in l.split(" "):
            if t.lower() not in PARTICLES:
                toks.add(t)
    return {t for t in toks if len(t) >= 3}


NAME_TOKENS = name_tokens()


def org_phone_keys():
    return {phone_key(p) for p in ORG["phones"]}


def in_ranges(a, b, ranges):
    return any(s <= a and b <= e for s, e in ranges)


def overlaps(a, b, ranges):
    return any(a < e and s < b for s, e in ranges)


def line_before(text, pos, n=40):
    start = text.rfind("\n", 0, pos) + 1
    return text[max(start, pos - n):pos]


def valid_for_label(label, v, text, cs):
    ctx = text[max(0, cs - 80):cs]
    if label == "PERSON":
        return (not re.search(r"[\d@/:]", v)) and v[0].isalpha() and v[-1].isalpha() and v not in ORG["names"]
    if label == "EMAIL":
        return email_ok(v) and not any(v.lower().endswith("@" + d) or v.lower().endswith("." + d) for d in ORG["domains"])
    if label == "PHONE":
        return phone_ok(v) and phone_key(v) not in org_phone_keys()
    if label == "IBAN":
        return iban_ok(v) and iban_compact(v) not in ORG["ibans"]
    if label == "BSN":
        if re.fullmatch(r"NL\d{9}B\d{2}", v):
            return ob_nummer_ok(v) and not btw_mod97_ok(v) and v not in ORG["btw"]
        d = re.sub(r"[ .\-]", "", v)
        if len(d) == 8:
            return elfproef(d) and bool(re.search(r"(?i)bsn|burgerservice|sofi", ctx))
        return len(d) == 9 and elfproef(d) and bool(re.fullmatch(r"\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3}", v)) and d != ORG_RSIN
    if label == "ADDRESS":
        return address_ok(v) and v not in ORG_STREETS
    if label == "POSTCODE":
        return postcode_ok(v) and v not in ORG_POSTCODES
    if label == "CREDIT_CARD":
        return card_ok(v) and bool(re.fullmatch(r"[\d -]+", v))
    if label == "IP_ADDRESS":
        return ip_public(v)
    if label == "DATE_OF_BIRTH":
        return dob_ok(v) and bool(BIRTH_WORDS.search(ctx))
    if label == "ID_DOCUMENT":
        if nl_docnr_ok(v) or residence_doc_ok(v):
            return True
        if de_doc_ok(v) and re.search(r"(?i)ausweis|reisepass", ctx):
            return True
        if re.fullmatch(r"\d{10}", v) and re.search(r"(?i)rijbewijs", ctx):
            return True
        if re.fullmatch(r"\d{9}", v) and re.search(r"(?i)passport", ctx):
            return True
        return False
    if label == "LICENSE_PLATE":
        return (kenteken_ok(v) or de_plate_ok(v)) and bool(VEHICLE_WORDS.search(text[max(0, cs - 120):cs + 60]))
    if label == "BTW_ID":
        return btw_id_ok(v) and v not in ORG["btw"]
    if label == "KVK":
        return bool(re.fullmatch(r"\d{8}", v)) and v not in ORG["kvk"] and bool(
            re.search(r"(?i)kvk|chamber of commerce|handelsregister|kamer van koophandel", ctx))
    return False


def iban_candidates(text):
    """every valid IBAN written compact / grouped / NBSP / lower-case"""
    found = []
    for mt in re.finditer(r"(?i)(?<![A-Za-z0-9])[A-Z]{2}\d{2}", text):
        cc = mt.group().upper()[:2]
        if cc not in IBAN_LEN:
            continue
        want = IBAN_LEN[cc]
        comp, i = "", mt.start()
        while i < len(text) and len(comp) < want:
            ch = text[i]
            if ch.isalnum():
                comp += ch.upper()
            elif ch in " \u00a0" and i + 1 < len(text) and text[i + 1].isalnum():
                pass
            else:
                break
            i += 1
        if len(comp) == want and iban_ok(comp) and not (i < len(text) and text[i].isalnum()):
            found.append((mt.start(), i, comp))
    return found


MOBILE_SCAN = re.compile(r"(?<![\d+])(?:(?:\+|00)31[\s.\-]*(?:\(0\)[\s.\-]*)?|\(?0)6\)?[\s.\-]*(?:\d[\s.\-]{0,3}){7}\d(?!\d)")
BSN_SCAN = re.compile(r"(?<![\w.\-/])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3})(?![\w\-/]|[.,]\d)")
CARD_SCAN = re.compile(r"(?<![\d])(?:\d[ \-]?){11,18}\d(?!\d)")
IPV4_SCAN = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]*\d)")
IPV6_SCAN = re.compile(r"(?i)(?<![\w:])[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])")
PHONE_SCAN = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d ()/\-.\u00a0]{7,20}\d(?!\d)")
PC_SCAN = re.compile(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])")
KVK_SCAN = re.compile(r"(?i)(kvk|kamer van koophandel|chamber of commerce|handelsregister)[^\d\n]{0,25}(\d{8})(?!\d)")
NLB_SCAN = re.compile(r"(?i)(?<![\w])NL ?\d{9} ?B\d{2}(?![\w])")
PLATE_SCAN = re.compile(r"(?i)(?<![\w\-])[A-Z0-9]{1,3}-[A-Z0-9]{1,3}-[A-Z0-9]{1,3}(?![\w\-])")
DATE_SCAN = re.compile(r"(\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [A-Za-zä]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})")
DOC_SCAN = re.compile(r"(?<![\w])([A-Z]{2}[A-Z0-9]{6}\d|\d{9,10}|[A-Z0-9]{9}|I{1,3}V?-V[A-Z0-9]{8})(?![\w])")


def audit(rec):
    errs = []
    text, spans, nps, hns = rec["text"], rec["spans"], rec["nps"], rec["hns"]
    sp_ranges = [(a, b) for a, b, _, _ in spans]
    by_label = {}
    for a, b, lab, v in spans:
        by_label.setdefault(lab, []).append((a, b))
    # structure
    prev = -1
    for a, b, lab, v in spans:
        if lab not in LABELS:
            errs.append(f"bad label {lab}")
        if a < prev:
            errs.append(f"overlap/unsorted at {v!r}")
        prev = b
        if text[a:b] != v:
            errs.append(f"slice mismatch {v!r}")
        if v != v.strip() or not v:
            errs.append(f"whitespace at edge {v!r}")
        if not (v[0].isalnum() or (lab == "PHONE" and v[0] in "+(")):
            errs.append(f"punctuation at start {v!r}")
        if not v[-1].isalnum():
            errs.append(f"punctuation at end {v!r}")
        if a > 0 and text[a - 1].isalnum():
            errs.append(f"span starts inside a word {v!r}")
        if b < len(text) and (text[b].isalnum() and not (lab == "PERSON" and text[b] == "/")):
            errs.append(f"span ends inside a word {v!r}")
        if not valid_for_label(lab, v, text, a):
            errs.append(f"invalid {lab} {v!r}")
        if overlaps(a, b, nps) or overlaps(a, b, [(x, y) for x, y, _, _ in hns]):
            errs.append(f"span overlaps NP/HN {v!r}")
    # repeats of labelled values
    for a, b, lab, v in spans:
        if len(v) < 3:
            continue
        for mt in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
            if not in_ranges(mt.start(), mt.end(), by_label.get(lab, [])):
                if lab == "PERSON" and (in_ranges(mt.start(), mt.end(), nps) or in_ranges(mt.start(), mt.end(), by_label.get("EMAIL", []))):
                    continue
                errs.append(f"unlabelled repeat of {lab} {v!r}")
    # the organisation is never labelled
    org_text_ranges = []
    for o in ORG["addresses"] + ORG_STREETS + ORG["names"] + ORG["handles"] + [ORG["kvk"][0], ORG["btw"][0], ORG_RSIN]:
        for mt in re.finditer(re.escape(o), text):
            org_text_ranges.append((mt.start(), mt.end()))
    for mt in EMAIL_RE.finditer(text):
        if any(mt.group().lower().endswith("@" + d) for d in ORG["domains"]):
            org_text_ranges.append((mt.start(), mt.end()))
    for a, b, lab, v in spans:
        if overlaps(a, b, org_text_ranges):
            errs.append(f"organisation data inside span {v!r}")
    hn_r = [(a, b) for a, b, _, _ in hns]
    # ---- never-left-unlabelled scanners
    for mt in EMAIL_RE.finditer(text):
        e = mt.group()
        if any(e.lower().endswith("@" + d) or e.lower().endswith("." + d) for d in ORG["domains"]):
            continue
        if (mt.start(), mt.end()) not in by_label.get("EMAIL", []):
            errs.append(f"unlabelled e-mail {e!r}")
    iban_r = []
    for a, b, comp in iban_candidates(text):
        iban_r.append((a, b))
        if comp in ORG["ibans"]:
            continue
        if not in_ranges(a, b, by_label.get("IBAN", [])):
            errs.append(f"unlabelled IBAN {comp}")
    for mt in BSN_SCAN.finditer(text):
        v = mt.group(1)
        d = re.sub(r"\D", "", v)
        if not elfproef(d) or d == ORG_RSIN and re.search("RSIN|NL" + ORG_RSIN, text):
            continue
        if overlaps(mt.start(), mt.end(), sp_ranges):
            continue
        if not REF_WORDS.search(line_before(text, mt.start())):
            errs.append(f"elfproef-valid number without reference word {v!r}")
    for mt in CARD_SCAN.finditer(text):
        v = mt.group()
        if card_ok(v) and not in_ranges(mt.start(), mt.end(), by_label.get("CREDIT_CARD", [])) and not overlaps(mt.start(), mt.end(), iban_r):
            errs.append(f"unlabelled card number {v!r}")
    for mt in IPV4_SCAN.finditer(text):
        v = mt.group()
        if ip_public(v) and not in_ranges(mt.start(), mt.end(), by_label.get("IP_ADDRESS", [])):
            if not VERSION_WORDS.search(text[max(0, mt.start() - 25):mt.start()]):
                errs.append(f"unlabelled public IP {v!r}")
    for mt in IPV6_SCAN.finditer(text):
        v = mt.group()
        if ip_public(v) and not in_ranges(mt.start(), mt.end(), by_label.get("IP_ADDRESS", [])):
            errs.append(f"unlabelled public IPv6 {v!r}")
    for mt in MOBILE_SCAN.finditer(text):
        v = mt.group().strip(" -.")
        if nl_phone_type(v) == "mobile" and phone_key(v) not in org_phone_keys():
            if not overlaps(mt.start(), mt.end(), by_label.get("PHONE", [])):
                errs.append(f"unlabelled NL mobile {v!r}")
    for mt in PC_SCAN.finditer(text):
        v = mt.group()
        if not nl_postcode_ok(v):
            continue
        if in_ranges(mt.start(), mt.end(), by_label.get("POSTCODE", [])) or overlaps(mt.start(), mt.end(), org_text_ranges):
            continue
        if v in ORG_POSTCODES or in_ranges(mt.start(), mt.end(), hn_r) or overlaps(mt.start(), mt.end(), sp_ranges):
            continue
        errs.append(f"unlabelled postcode-shaped {v!r}")
    for mt in KVK_SCAN.finditer(text):
        v = mt.group(2)
        if v not in ORG["kvk"] and not in_ranges(mt.start(2), mt.end(2), by_label.get("KVK", [])):
            errs.append(f"unlabelled KvK {v!r}")
    for mt in NLB_SCAN.finditer(text):
        v = mt.group()
        if v.replace(" ", "").upper() in ORG["btw"]:
            continue
        if not (in_ranges(mt.start(), mt.end(), by_label.get("BTW_ID", [])) or in_ranges(mt.start(), mt.end(), by_label.get("BSN", []))):
            errs.append(f"unlabelled NL..B.. number {v!r}")
    for mt in PLATE_SCAN.finditer(text):
        v = mt.group()
        if kenteken_ok(v.upper()) and not in_ranges(mt.start(), mt.end(), by_label.get("LICENSE_PLATE", [])):
            if not in_ranges(mt.start(), mt.end(), [(a, b) for a, b, kd, _ in hns if kd == "notplate"]):
                errs.append(f"unlabelled kenteken-shaped {v!r}")
    for mt in BIRTH_WORDS.finditer(text):
        seg_end = min(len(text), mt.end() + 40)
        dm = DATE_SCAN.search(text, mt.end(), seg_end)
        if dm and parse_date(dm.group()) and not in_ranges(dm.start(), dm.end(), by_label.get("DATE_OF_BIRTH", [])):
            errs.append(f"date after birth word not labelled {dm.group()!r}")
    for mt in DOC_WORDS.finditer(text):
        dm = DOC_SCAN.search(text, mt.end(), min(len(text), mt.end() + 45))
        if dm and not in_ranges(dm.start(), dm.end(), by_label.get("ID_DOCUMENT", [])) and not overlaps(dm.start(), dm.end(), sp_ranges):
            v = dm.group()
            if nl_docnr_ok(v) or residence_doc_ok(v) or re.fullmatch(r"\d{9,10}", v) or de_doc_ok(v):
                errs.append(f"document-like number after document word not labelled {v!r}")
    # streets of the inline lists followed by a house number
    for st in NL_STREETS + DE_STREETS + BE_STREETS + [u[0] for u in UK_ADDR]:
        for mt in re.finditer(re.escape(st) + r"\s+\d", text, re.I):
            if not overlaps(mt.start(), mt.end(), by_label.get("ADDRESS", [])):
                errs.append(f"unlabelled street + number {text[mt.start():mt.end() + 3]!r}")
    # BE / DE postcodes before a town of the inline lists
    for town in list(DE_TOWNS) + list(BE_TOWNS):
        for mt in re.finditer(r"(?<![\w])(\d{4,5}) " + re.escape(town), text):
            if mt.group(1) == "46049":
                continue
            if not in_ranges(mt.start(1), mt.end(1), by_label.get("POSTCODE", [])):
                errs.append(f"unlabelled postcode before {town!r}")
    # any other valid phone number (NL fixed, BE, DE, UK) outside spans
    for mt in PHONE_SCAN.finditer(text):
        v = mt.group().strip(" -./")
        if len(re.sub(r"\D", "", v)) < 9 or overlaps(mt.start(), mt.end(), sp_ranges + iban_r):
            continue
        if re.match(r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}", v):      # a date (+ hour) is not a phone number
            continue
        if phone_ok(v) and phone_key(v) not in org_phone_keys():
            errs.append(f"unlabelled phone number {v!r}")
    # names from the inline lists
    exempt = list(by_label.get("PERSON", [])) + list(by_label.get("EMAIL", [])) + list(nps) + org_text_ranges
    for mt in re.finditer(r"@[\w.]+|\b[\w.\-]+\.example(?:/[\w/\-]*)?|<[^>\n]*@[^>\n]*>", text):
        exempt.append((mt.start(), mt.end()))
    for tok in NAME_TOKENS:
        for mt in re.finditer(r"(?<![\w'])" + re.escape(tok) + r"(?![\w])", text, re.I):
            if in_ranges(mt.start(), mt.end(), exempt):
                continue
            got = mt.group()
            if got != got.capitalize() and got != tok and tok.lower() in COMMON_WORDS:
                continue
            if got.lower() == tok.lower() and got[0].islower() and tok.lower() in COMMON_WORDS:
                continue
            errs.append(f"unlabelled name token {got!r}")
    # registered hard negatives really are negative
    for a, b, kind, v in hns:
        if kind == "notbsn":
            d = re.sub(r"\D", "", v)
            if len(d) != 9 or (elfproef(d) and not REF_WORDS.search(line_before(text, a))):
                errs.append(f"hard negative {v!r} looks like a BSN")
        elif kind == "notcard":
            if card_ok(v):
                errs.append(f"hard negative {v!r} is a valid card")
        elif kind == "notplate":
            line_s, line_e = text.rfind("\n", 0, a) + 1, text.find("\n", b)
            if not kenteken_ok(v) or VEHICLE_WORDS.search(text[line_s:line_e if line_e > 0 else len(text)]):
                errs.append(f"hard negative plate {v!r} not shaped like a kenteken or in vehicle context")
        elif kind == "notpostcode":
            if not nl_postcode_ok(v):
                errs.append(f"hard negative {v!r} is not postcode-shaped")
        elif kind == "notip":
            try:
                ipaddress.IPv4Address(v)
            except ValueError:
                errs.append(f"hard negative {v!r} is not IP-shaped")
            if not VERSION_WORDS.search(text[max(0, a - 25):a]):
                errs.append(f"hard negative {v!r} has no version word")
        else:
            errs.append(f"unknown hard negative kind {kind}")
    if bool(spans) != rec["pii"]:
        errs.append(f"spans present={bool(spans)} but scenario pii={rec['pii']}")
    return errs


def build():
    recs = []
    for lang, name, pii, fn in SCEN:
        for k in (0, 1):
            r = random.Random(f"{SEED}:{name}:{k}")
            marked = fn(r, k)
            text, spans, nps, hns = render(marked)
            recs.append({"lang": lang, "scenario": name, "k": k, "pii": pii, "text": text, "spans": spans,
                         "nps": nps, "hns": hns})
    out = []
    for lang in ("nl", "en", "de"):
        lst = [x for x in recs if x["lang"] == lang]
        random.Random(f"{SEED}:order:{lang}").shuffle(lst)
        for i, x in enumerate(lst, 1):
            x["id"] = f"h44-{lang}-{i:03d}"
            out.append(x)
    return out


def to_json(rec):
    text = rec["text"]
    spans = []
    for a, b, lab, v in rec["spans"]:
        bs = len(text[:a].encode("utf-8"))
        be = bs + len(v.encode("utf-8"))
        spans.append({"start": bs, "end": be, "label": lab})
    return json.dumps({"id": rec["id"], "lang": rec["lang"], "text": text, "spans": spans}, ensure_ascii=False)


def check_serialised(data, recs):
    errs = []
    lines = data.split(b"\n")
    assert lines[-1] == b""
    lines = lines[:-1]
    if len(lines) != len(recs):
        errs.append("line count")
    for line, rec in zip(lines, recs):
        obj = json.loads(line.decode("utf-8"))
        tb = obj["text"].encode("utf-8")
        if obj["text"] != rec["text"] or obj["id"] != rec["id"]:
            errs.append(f"{rec['id']}: text/id changed in serialisation")
        if len(obj["spans"]) != len(rec["spans"]):
            errs.append(f"{rec['id']}: span count")
        last = 0
        for s, (a, b, lab, v) in zip(obj["spans"], rec["spans"]):
            if tb[s["start"]:s["end"]].decode("utf-8") != v or s["label"] != lab:
                errs.append(f"{rec['id']}: byte slice mismatch for {v!r}")
            if s["start"] < last or s["end"] <= s["start"]:
                errs.append(f"{rec['id']}: spans overlap or unsorted")
            last = s["end"]
        if set(obj) != {"id", "lang", "text", "spans"}:
            errs.append(f"{rec['id']}: keys")
    return errs


def self_test():
    n = 0
    fails = []

    def t(cond, what):
        nonlocal n
        n += 1
        if not cond:
            fails.append(what)

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303",
              "103349856", "044126396", "656412689", "460455977", "879119330", "999999990", "111111110"]:
        t(elfproef(v), f"bsn valid {v}")
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        t(not elfproef(v), f"bsn invalid {v}")
    t(bank11("123456789") and bank11("999999990") and bank11("111111110"), "bank 11-test vectors")
    t(onderwijsnummer_ok("101222331") and not onderwijsnummer_ok("100252333"), "onderwijsnummer")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789",
              "NL20INGB0001234567", "NL39RABO0300065264", "NL44RABO0123456789", "NL86INGB0002445588",
              "NL68KNAB0123456789", "NL32BUNQ2012345678", "BE71 0961 2345 6769", "DE89370400440532013000",
              "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606", "FR76 3000 6000 0112 3456 7890 189",
              "GB82WEST12345698765432"]:
        t(iban_ok(v), f"iban valid {v}")
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300",
              "DE89370400440532013001", "BE68539007547035"]:
        t(not iban_ok(v), f"iban invalid {v}")
    t(iban_make("NL", "ABNA0417164300") == "NL91ABNA0417164300", "iban check digits")
    t(iban_make("NL", "KNAB0123456789") == "NL68KNAB0123456789", "iban check digits KNAB")
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "06 12345678", "06 1234 5678", "06-12 34 56 78",
              "06 - 123 456 78", "0612345678", "(06) 12345678", "+31 6 12345678", "+316-12345678",
              "+31 (0) 6-123 456 78", "+31 0 6 12345678", "0031 6 1234 5678", "097012345678"]:
        t(nl_phone_type(v) == "mobile", f"nl mobile {v}")
    for v in ["020-1234567", "(020) 123 45 67", "0111-123456", "020 123 4567", "+31(0)20-1234567", "0031-(0)20-1234567",
              "+31-20-1234567", "+31.20.123.45.67", "020/1234567"]:
        t(nl_phone_type(v) == "fixed", f"nl fixed {v}")
    t(nl_phone_type("085 123 4567") == "voip" and nl_phone_type("091 123 4567") == "voip", "voip")
    t(nl_phone_type("088 123 4567") == "uan", "uan 088")
    t(nl_phone_type("0800-1234") == "tollfree" and nl_phone_type("0900-1234567") == "premium", "0800/0900")
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "069 1234567",
              "0676 123456", "020-123456", "012-3456789", "0800-123"]:
        t(nl_phone_type(v) in (None,), f"nl phone invalid {v}")
    for v in ["+32 470 12 34 56", "0470 12 34 56", "02 511 22 33", "09 265 12 34", "050 44 86 86"]:
        t(be_phone_ok(v), f"be phone {v}")
    for v in ["+32 470 12 34 5", "02 123 45 67", "09 123 45 67"]:
        t(not be_phone_ok(v), f"be phone invalid {v}")
    for v in ["0151 23456789", "+49 (0)221 1234567", "0049 171 1234567", "0208 4693270"]:
        t(de_phone_ok(v), f"de phone {v}")
    t(not de_phone_ok("+49 151 234"), "de phone invalid")
    t(uk_drama_ok("07700 900123") and uk_drama_ok("+44 20 7946 0123") and not uk_drama_ok("07700 123456"), "uk drama")
    for v in ["1012 AB", "1012AB", "1012 ab", "NL-2611ET", "9999 ZZ", "1000 AA"]:
        t(nl_postcode_ok(v), f"postcode {v}")
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        t(not nl_postcode_ok(v), f"postcode invalid {v}")
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        t(nl_docnr_ok(v), f"docnr {v}")
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        t(not nl_docnr_ok(v), f"docnr invalid {v}")
    t(residence_doc_ok("III-V123AL568"), "residence doc")
    for v, sc_ in [("AB-12-34", 1), ("12-34-XY", 2), ("12-AB-34", 3), ("GB-12-DF", 4), ("XB-PK-12", 5),
                   ("12-DF-GH", 6), ("12-GBX-3", 7), ("1-KBB-12", 8), ("VB-123-X", 9), ("G-123-BB", 10),
                   ("GBB-12-X", 11), ("G-12-BBB", 12), ("1-BB-123", 13), ("123-BB-1", 14)]:
        t(kenteken_sidecode(v) == sc_, f"kenteken {v}")
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        t(not kenteken_ok(v), f"kenteken invalid {v}")
    t(kenteken_ok("GBB12X") and kenteken_ok("gb-12-df") and kenteken_ok("GB 12 DF"), "kenteken compact/lower/spaced")
    t(de_plate_ok("OB-HW 412") and de_plate_ok("E-X 12") and not de_plate_ok("OB-HW412"), "de plate")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        t(btw_mod97_ok(v), f"btw valid {v}")
    t(ob_nummer_ok("NL004495445B01"), "OB-nummer valid")
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL12345678B01"]:
        t(not btw_mod97_ok(v), f"btw invalid {v}")
    t(not btw_mod97_ok("NL123456789B01") and not ob_nummer_ok("NL123456789B01") and not ob_nummer_ok("NL111234567B01"),
      "btw neither check")
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "30569309025904", "6759649826438453"]:
        t(card_ok(v), f"card valid {v}")
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        t(not card_ok(v), f"card invalid {v}")
    t(luhn_ok("490154203237518"), "IMEI trap is Luhn-valid")
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM",
              "info@bakkerij-de-groot.frl"]:
        t(email_ok(v), f"email {v}")
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld", "icon@2x.png"]:
        t(not email_ok(v), f"email invalid {v}")
    for v in ["192.168.1.10", "10.20.3.14", "127.0.0.1", "172.16.8.23", "2001:db8::1", "::1", "192.0.2.1"]:
        t(not ip_public(v), f"ip not public {v}")
    for v in ["8.8.8.8", "2.18.104.7", "81.204.17.9"]:
        t(ip_public(v), f"ip public {v}")
    for v in ["256.1.1.1", "010.001.001.001", "2001:db8:::1", "1::2::3", "12:30:45", "00:1A:2B:3C:4D:5E"]:
        t(not ip_public(v), f"ip invalid {v}")
    for v in ["12-03-1985", "1-4-1990", "03/07/1979", "29.02.1992", "5 mei 1960", "12 March 1985", "March 12, 1985",
              "13. Juli 1984", "1985-03-12"]:
        t(dob_ok(v), f"date {v}")
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999"]:
        t(not dob_ok(v), f"date invalid {v}")
    t(de_ustid_ok("DE136695976") and not de_ustid_ok("DE136695977"), "de ustid vectors")
    # the organisation's own data
    t(all(iban_ok(i) for i in ORG["ibans"]), "org ibans valid")
    t(elfproef(ORG_RSIN) and ob_nummer_ok(ORG["btw"][0]), "org btw is an RSIN-based OB-nummer")
    t(de_ustid_ok(ORG_USTID), "org USt-IdNr")
    t(nl_phone_type("0318 745 200") == "fixed" and nl_phone_type("085 303 1740") == "voip"
      and nl_phone_type("06 4817 2290") == "mobile" and de_phone_ok("+49 208 4693270"), "org phones")
    t(all(nl_postcode_ok(p) for p in ORG_POSTCODES), "org postcodes")
    t(phone_key("+31 6 4817 2290") == phone_key("06-48172290") == phone_key("06 4817 2290"), "phone_key forms")
    # generators, 300 rounds each
    r = random.Random(f"{SEED}:selftest")
    for _ in range(300):
        t(elfproef(bsn_make(r)), "bsn_make")
        z = bsn_make(r, True)
        t(z[0] == "0" and elfproef(z[1:]), "bsn_make 8-digit")
        t(btw_id_ok(btw_make(r)), "btw_make")
        t(iban_ok(nl_iban(r)) and iban_ok(be_iban(r)) and iban_ok(de_iban(r)) and iban_ok(gb_iban(r))
          and iban_ok(ie_iban(r)) and iban_ok(pl_iban(r)), "iban generators")
        m_ = nl_mobile(r)
        t(all(nl_phone_type(fmt_mobile(m_, f)) == "mobile" for f in MOBILE_FORMS), "mobile forms")
        town = r.choice(sorted(NL_TOWNS))
        ll = nl_landline(r, NL_TOWNS[town][1])
        t(all(nl_phone_type(fmt_landline(ll, f)) == "fixed" for f in LAND_FORMS), f"landline forms {ll}")
        t(be_phone_ok(be_gsm(r)), "be gsm")
        t(de_phone_ok(de_mobile(r)), "de mobile")
        dt = r.choice(sorted(DE_TOWNS))
        t(de_phone_ok(de_landline(r, DE_TOWNS[dt][1])), "de landline")
        t(uk_drama_ok(uk_phone(r)), "uk phone")
        for kind in ("visa", "mc", "amex"):
            t(card_ok(card_make(r, kind)), f"card_make {kind}")
        t(nl_docnr_ok(nl_docnr(r, "N")) and nl_docnr_ok(nl_docnr(r, "I")), "docnr")
        t(residence_doc_ok(residence_doc(r)), "residence doc gen")
        t(de_doc_ok(de_doc(r)), "de doc gen")
        t(kenteken_ok(kenteken_make(r)), "kenteken gen")
        t(de_plate_ok(de_plate(r)), "de plate gen")
        t(ip_public(public_ipv4(r)) and ip_public(public_ipv6(r)), "ip gen")
        t(nl_postcode_ok(nl_addr(r).pc), "postcode gen")
        t(not card_ok(ean13(r)), "ean13 not a card")
        t(not elfproef(num9_make(r, False)) and elfproef(num9_make(r, True)), "num9")
        t(de_ustid_ok(de_ustid_make(r)), "de ustid gen")
        a = nl_addr(r)
        t(address_ok(a.street) and address_ok(a.street.upper()), f"address {a.street}")
        t(address_ok(de_addr(r).street) and address_ok(be_addr(r).street) and address_ok(uk_addr(r).street), "addresses")
    return n, fails


def stats(recs):
    lines = []
    langs = ("nl", "en", "de")
    cnt = {l: {lab: 0 for lab in LABELS} for l in langs}
    for x in recs:
        for _, _, lab, _ in x["spans"]:
            cnt[x["lang"]][lab] += 1
    free = {l: sum(1 for x in recs if x["lang"] == l and not x["spans"]) for l in langs}
    tot = {l: sum(1 for x in recs if x["lang"] == l) for l in langs}
    lines.append("messages: " + ", ".join(f"{l} {tot[l]}" for l in langs) + f", total {len(recs)}")
    nf = sum(free.values())
    lines.append(f"without personal data: {nf} ({', '.join(f'{l} {free[l]}' for l in langs)}) = {100 * nf / len(recs):.1f} %")
    lines.append(f"| label | nl | en | de | total |")
    lines.append("|---|---:|---:|---:|---:|")
    for lab in LABELS:
        lines.append(f"| `{lab}` | " + " | ".join(str(cnt[l][lab]) for l in langs) + f" | {sum(cnt[l][lab] for l in langs)} |")
    lines.append("| total | " + " | ".join(str(sum(cnt[l].values())) for l in langs) + f" | {sum(sum(c.values()) for c in cnt.values())} |")
    blen = sorted(len(x["text"].encode()) for x in recs)
    lines.append(f"length {blen[0]}–{blen[-1]} bytes, median {blen[len(blen) // 2]}")
    lines.append(f"non-ASCII texts: {sum(1 for x in recs if any(ord(c) > 127 for c in x['text']))}; "
                 f"emoji (4-byte UTF-8): {sum(1 for x in recs if any(ord(c) > 0xFFFF for c in x['text']))}; "
                 f"CRLF: {sum(1 for x in recs if chr(13) + chr(10) in x['text'])}; "
                 f"NBSP: {sum(1 for x in recs if NBSP in x['text'])}")
    hn = {}
    for x in recs:
        for _, _, kd, _ in x["hns"]:
            hn[kd] = hn.get(kd, 0) + 1
    lines.append("registered hard negatives: " + ", ".join(f"{k} {v}" for k, v in sorted(hn.items())))
    return "\n".join(lines)


def mutation_report(recs):
    """how many single removed spans the audit would notice (a check of the audit itself)"""
    caught, total = {}, {}
    for x in recs:
        for i in range(len(x["spans"])):
            lab = x["spans"][i][2]
            y = dict(x)
            y["spans"] = x["spans"][:i] + x["spans"][i + 1:]
            if not y["spans"]:
                y["pii"] = False       # the flag check alone would catch it; test the scanners instead
            total[lab] = total.get(lab, 0) + 1
            if audit(y):
                caught[lab] = caught.get(lab, 0) + 1
    return ", ".join(f"{lab} {caught.get(lab, 0)}/{total[lab]}" for lab in LABELS if lab in total)


def main():
    n, fails = self_test()
    print(f"self test: {n} checks, {len(fails)} failed")
    for f in fails[:40]:
        print("  FAIL", f)
    recs = build()
    errs = []
    texts = set()
    for x in recs:
        if x["text"] in texts:
            errs.append(f"{x['id']}: duplicate text")
        texts.add(x["text"])
        for e in audit(x):
            errs.append(f"{x['id']} ({x['scenario']}:{x['k']}): {e}")
    want = {"nl": 60, "en": 50, "de": 40}
    for l, c in want.items():
        if sum(1 for x in recs if x["lang"] == l) != c:
            errs.append(f"{l}: expected {c} messages")
    if sum(1 for x in recs if not x["spans"]) < 0.35 * len(recs):
        errs.append("fewer than 35 % PII-free messages")
    data = ("\n".join(to_json(x) for x in recs) + "\n").encode("utf-8")
    errs += check_serialised(data, recs)
    print(f"audit: {len(recs)} records, {len(errs)} problems")
    for e in errs[:80]:
        print("  ", e)
    print(stats(recs))
    if fails or errs:
        print("NOT writing gold.jsonl")
        return 1
    if "--mutate" in sys.argv:
        print("audit catches removed spans:", mutation_report(recs))
    if "--check" in sys.argv:
        print("check only; sha256 would be", hashlib.sha256(data).hexdigest())
        return 0
    with open(OUT, "wb") as fh:
        fh.write(data)
    with open(OUT, "rb") as fh:
        back = fh.read()
    e2 = check_serialised(back, recs)
    if e2 or back != data:
        print("re-read failed:", e2[:5])
        return 1
    print("wrote", OUT)
    print("sha256", hashlib.sha256(back).hexdigest())
    return 0


if __name__ == "__main__":
    sys.exit(main())
