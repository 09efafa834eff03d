#!/usr/bin/env python3
"""heldout31 -- held-out PII evaluation set for a Dutch staffing / recruitment agency.

Grenswerk Uitzendgroep B.V. (fictional), offices in Venlo and Enschede, places Dutch, Belgian, German,
Polish, Romanian and English-speaking workers in logistics, production, care and office jobs.

Python 3.11, standard library only.  Deterministic: every scenario instance uses its own
random.Random(f"{SEED}:{scenario}:{k}") (string seeds are hashed with SHA-512 by `random`, so
PYTHONHASHSEED has no influence).  Runs the self test and the audit; refuses to write gold.jsonl if
anything fails; prints statistics and the sha256 of gold.jsonl.

    python3 make.py            # build, check, write gold.jsonl
    python3 make.py --check    # build and check only, write nothing
    python3 make.py --mutate   # also report which removed spans the audit would catch
"""
import datetime as dt
import hashlib
import ipaddress
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = "heldout31-grenswerk-2025"
HERE = Path(__file__).resolve().parent
OUT = HERE / "gold.jsonl"
PREFIX = "h31"

LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# --------------------------------------------------------------------------------------------------
# markup: values are written between private-use sentinels; render() strips them and records offsets
# --------------------------------------------------------------------------------------------------
MO, MS, MC = "\ue000", "\ue001", "\ue002"      # open LABEL sep value close
NO, NC = "\ue003", "\ue004"                     # not-a-person region (company names with surnames,
                                                # streets named after people)


def m(label, value):
    assert label in LABELS, label
    value = str(value)
    assert value and value == value.strip(), repr(value)
    return f"{MO}{label}{MS}{value}{MC}"


def P(v): return m("PERSON", v)
def E(v): return m("EMAIL", v)
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
def NP(v): return f"{NO}{v}{NC}"


def render(marked):
    """-> (text, spans[(cstart, cend, label, value)], np_ranges[(cstart, cend)])"""
    out, spans, nps = [], [], []
    i, pos = 0, 0
    np_start = None
    while i < len(marked):
        ch = marked[i]
        if ch == MO:
            j = marked.index(MS, i)
            label = marked[i + 1:j]
            k = marked.index(MC, j)
            value = marked[j + 1:k]
            if any(c in value for c in (MO, MS, MC, NO, NC)):
                raise ValueError("nested markup in " + repr(value))
            spans.append((pos, pos + len(value), label, value))
            out.append(value)
            pos += len(value)
            i = k + 1
        elif ch == NO:
            np_start = pos
            i += 1
        elif ch == NC:
            nps.append((np_start, pos))
            np_start = None
            i += 1
        elif ch in (MS, MC):
            raise ValueError("stray sentinel")
        else:
            out.append(ch)
            pos += 1
            i += 1
    return "".join(out), spans, nps


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


# --------------------------------------------------------------------------------------------------
# the organisation (never labelled)
# --------------------------------------------------------------------------------------------------
ORG_NAMES = ["Grenswerk Uitzendgroep B.V.", "Grenswerk Uitzendgroep", "Grenswerk Personeelsdiensten",
             "Grenswerk Personalservice", "Grenswerk Staffing", "Grenswerk Venlo", "Grenswerk Enschede",
             "Grenswerk Huisvesting", "Grenswerk"]
ORG_DOMAIN = "grenswerk.example"
ORG_PHONES = ["077 354 8800", "053 480 2210", "06 4172 9930"]
ORG_IBANS = ["NL94RABO0327418856", "NL20INGB0008813274"]
ORG_ADDRESSES = ["Grenshoeve 12, 5928 RB Venlo", "Euregioplein 3, 7511 JK Enschede", "Postbus 3140, 5902 RC Venlo"]
ORG_KVK = ["73920418"]
ORG_BTW = ["NL846903775B01"]
ORG_HANDLES = ["@GrenswerkNL", "@grenswerk_jobs"]
ORG_STRINGS = ORG_NAMES + ORG_PHONES + ORG_IBANS + ORG_ADDRESSES + ORG_KVK + ORG_BTW + ORG_HANDLES + [
    "Grenshoeve 12", "Euregioplein 3", "Postbus 3140", "5928 RB", "7511 JK", "5902 RC", "5928RB", "7511JK"]

# staff are people: labelled PERSON wherever they appear
STAFF = {
    "anouk": ("Anouk", "Verstegen", "f", "recruiter logistiek, Venlo"),
    "thijs": ("Thijs", "Camps", "m", "intercedent productie, Venlo"),
    "kasia": ("Kasia", "Nowicka", "f", "coördinator huisvesting (Pools)"),
    "mihaela": ("Mihaela", "Dumitrescu", "f", "coördinator Roemeense medewerkers"),
    "femke": ("Femke", "Oude Luttikhuis", "f", "vestigingsmanager Enschede"),
    "stefan": ("Stefan", "Kösters", "m", "German desk / Grenzgänger"),
    "ruben": ("Ruben", "Driessen", "m", "salarisadministratie"),
    "hannah": ("Hannah", "Whitfield", "f", "international desk"),
}


def staff_mail(key):
    f, l, _, _ = STAFF[key]
    return f"{f[0].lower()}.{fold(l).lower().replace(' ', '')}@{ORG_DOMAIN}"


# --------------------------------------------------------------------------------------------------
# validators
# --------------------------------------------------------------------------------------------------
def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def bsn_digits_ok(d):
    if not d.isdigit() or len(d) not in (8, 9):
        return False
    d = d.zfill(9)
    if int(d) == 0:
        return False
    return (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 0


def bsn_ok(s):
    s = s.strip()
    mo = re.fullmatch(r"(?:NL)?(\d{4}\.?\d{2}\.?\d{3})\.?B(\d{2})", s.replace(" ", ""))
    if mo:                                              # old omzetbelastingnummer of a sole trader
        return bsn_digits_ok(mo.group(1).replace(".", "")) and mo.group(2) != "00"
    if not re.fullmatch(r"\d{9}|\d{8}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3}|\d{2}\.\d{2}\.\d{2}\.\d{3}", s):
        return False
    return bsn_digits_ok(re.sub(r"[ .\-]", "", s))


def onderwijsnummer_ok(s):
    d = re.sub(r"[ .\-]", "", s)
    if not d.isdigit() or len(d) != 9 or not d.startswith("10"):
        return False
    return (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 5


def mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "PL": 28, "RO": 24, "GB": 22, "FR": 27}
IBAN_BBAN = {"NL": r"[A-Z]{4}\d{10}", "BE": r"\d{12}", "DE": r"\d{18}", "PL": r"\d{24}",
             "RO": r"[A-Z]{4}[A-Z0-9]{16}", "GB": r"[A-Z]{4}\d{14}", "FR": r"\d{10}[A-Z0-9]{11}\d{2}"}


def iban_compact(s):
    return re.sub(r"[\s.\-\u00a0]", "", s).upper()


def pl_sort_ok(d8):
    w = [3, 9, 7, 1, 3, 9, 7]
    return (10 - sum(int(a) * b for a, b in zip(d8[:7], w)) % 10) % 10 == int(d8[7])


def iban_ok(s):
    c = iban_compact(s)
    cc = c[:2]
    if cc not in IBAN_LEN or len(c) != IBAN_LEN[cc] or not c[2:4].isdigit():
        return False
    if not re.fullmatch(IBAN_BBAN[cc], c[4:]):
        return False
    if c[2:4] in ("00", "01", "99") or mod97(c[4:] + c[:4]) != 1:
        return False
    if cc == "BE" and (int(c[4:14]) % 97 or 97) != int(c[14:16]):
        return False
    if cc == "PL" and not pl_sort_ok(c[4:12]):
        return False
    return True


def btw_id_ok(s):
    c = re.sub(r"[ .\-]", "", s).upper()
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", c)) and c[-2:] != "00" and mod97(c) == 1


def ob_nummer_ok(s):
    c = re.sub(r"[ .\-]", "", s).upper()
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", c)) and c[-2:] != "00" and bsn_digits_ok(c[2:11])


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def card_brand(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720) and n == 16:
        return "mastercard"
    if d[:2] in ("34", "37") and n == 15:
        return "amex"
    if (d.startswith("6011") or 644 <= int(d[:3]) <= 649 or d[:2] == "65") and 16 <= n <= 19:
        return "discover"
    if 3528 <= int(d[:4]) <= 3589 and 16 <= n <= 19:
        return "jcb"
    if (300 <= int(d[:3]) <= 305 or d[:4] == "3095" or d[:2] in ("36", "38", "39")) and 14 <= n <= 19:
        return "diners"
    if (d[:2] in ("50",) or 56 <= int(d[:2]) <= 69) and 12 <= n <= 19:
        return "maestro"
    return None


def card_ok(s):
    d = re.sub(r"[ \-]", "", s)
    return d.isdigit() and 12 <= len(d) <= 19 and card_brand(d) is not None and luhn_ok(d)


NL_AREA2 = "10 13 15 20 23 24 26 30 33 35 36 38 40 43 45 46 50 53 55 58 70 71 72 73 74 75 76 77 78 79".split()
NL_AREA3 = ("111 113 114 115 117 118 161 162 164 165 166 167 168 172 174 180 181 182 183 184 186 187 222 "
            "223 224 226 227 228 229 251 252 255 294 297 299 313 314 315 316 317 318 320 321 341 342 343 344 "
            "345 346 347 348 411 412 413 416 418 475 478 481 485 486 487 488 492 493 495 497 499 511 512 513 "
            "514 515 516 517 518 519 521 522 523 524 525 527 528 529 541 543 544 545 546 547 548 561 562 566 "
            "570 571 572 573 575 577 578 591 592 593 594 595 596 597 598 599").split()
DE_AREAS = ["2153", "2157", "2162", "2161", "2151", "2562", "5921", "5922", "2834", "2831", "2821", "211", "221",
            "251", "2166", "2163", "2565", "5924", "30", "40", "69", "89"]
BE_AREA2 = ("11 12 13 14 15 16 19 50 51 52 53 54 55 56 57 58 59 60 61 63 64 65 67 69 71 80 81 82 83 84 85 86 87 "
            "89").split()


def phone_variants(s):
    """-> list of (country, national significant number) readings of a written phone number"""
    t = s.strip()
    t = t.replace("(0)", "")
    t = re.sub(r"[\s\-./()\u00a0]", "", t)
    if t.startswith("+"):
        t = "00" + t[1:]
    if not t.isdigit():
        return []
    res = []
    if t.startswith("00"):
        for cc in ("31", "32", "49", "44", "48"):
            if t[2:].startswith(cc):
                res.append((cc, t[2 + len(cc):]))
        return res
    if t.startswith("0"):
        for cc in ("31", "32", "49", "44"):
            res.append((cc, t[1:]))
    return res


def phone_nsn_ok(cc, n):
    if cc == "31":
        if re.fullmatch(r"(?:6[1-58]|970\d)\d{7}", n):
            return "mobile"
        if len(n) == 9 and (n[:2] in NL_AREA2 or n[:3] in NL_AREA3) and n[0] != "6":
            return "fixed"
        if re.fullmatch(r"(?:85|91)\d{7}", n):
            return "voip"
        return None
    if cc == "32":
        if re.fullmatch(r"4[5-9]\d{7}", n):
            return "mobile"
        if len(n) == 8 and ((n[0] in "23" and n[1] in "2345678") or (n[0] == "9" and n[1] in "234")
                            or n[:2] in BE_AREA2):
            return "fixed"
        return None
    if cc == "49":
        if re.fullmatch(r"15[0-25-9]\d{8}|16[023]\d{7,8}|17\d{8,9}", n):
            return "mobile"
        for a in DE_AREAS:
            if n.startswith(a) and 7 <= len(n) <= 11 and n[len(a)] not in "0":
                return "fixed"
        return None
    if cc == "44":
        if re.fullmatch(r"7700900\d{3}|(?:113|114|115|116|117|118|121|131|141|151|161|191)4960\d{3}|2079460\d{3}", n):
            return "drama"
        return None
    if cc == "48":
        if re.fullmatch(r"(?:5[0137]|6[069]|7[2389]|88)\d{7}", n):
            return "mobile"
        return None
    return None


def phone_ok(s):
    if re.search(r"[^\d\s\-./()+\u00a0]", s):
        return False
    return any(phone_nsn_ok(cc, n) for cc, n in phone_variants(s))


def phone_key(s):
    """E.164-ish key, for comparing written forms"""
    for cc, n in phone_variants(s):
        if phone_nsn_ok(cc, n):
            return "+" + cc + n
    return None


PC_BANNED = {"SA", "SD", "SS"}


def nl_postcode_ok(s):
    mo = re.fullmatch(r"([1-9]\d{3}) ?([A-Za-z]{2})", s)
    return bool(mo) and mo.group(2).upper() not in PC_BANNED


def postcode_ok(s):
    return (nl_postcode_ok(s) or bool(re.fullmatch(r"[1-9]\d{3}", s))                # NL, BE
            or (bool(re.fullmatch(r"\d{5}", s)) and 1001 <= int(s) <= 99998)          # DE
            or bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", s))               # UK
            or bool(re.fullmatch(r"\d{2}-\d{3}", s)))                                  # PL


DOC_NL = re.compile(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]")
DOC_RES = re.compile(r"(?:I|II|III|IV|V)-V[A-NP-Z1-9]{8}")
DE_DOC_ALPHA = "CFGHJKLMNPRTVWXYZ0123456789"


def pl_id_ok(s):
    if not re.fullmatch(r"[A-Z]{3}\d{6}", s):
        return False
    w = [7, 3, 1, 9, 7, 3, 1, 7, 3]
    return sum(int(c, 36) * x for c, x in zip(s, w)) % 10 == 0


def be_eid_ok(s):
    mo = re.fullmatch(r"(\d{3})-?(\d{7})-?(\d{2})", s)
    if not mo:
        return False
    n = int(mo.group(1) + mo.group(2))
    return (n % 97 or 97) == int(mo.group(3))


def doc_kind(s):
    c = s.replace(" ", "")
    if pl_id_ok(c):
        return "pl-id"
    if DOC_NL.fullmatch(c) and "O" not in c:
        return "nl"
    if DOC_RES.fullmatch(s):
        return "nl-residence"
    if pl_id_ok(c):
        return "pl-id"
    if be_eid_ok(s):
        return "be-eid"
    if len(c) == 9 and c[0] in "LMNPRTVWXY" and all(ch in DE_DOC_ALPHA for ch in c) and any(ch.isdigit() for ch in c):
        return "de-ausweis"
    if re.fullmatch(r"\d{9}", c):
        return "9-digit passport (UK/US)"
    if re.fullmatch(r"[A-Z]{2}\d{7}", c):
        return "ie-passport"
    if re.fullmatch(r"\d{10}", c):
        return "nl-rijbewijs"
    return None


def id_ok(s):
    return doc_kind(s) is not None


KT_CONS = set("BDFGHJKLNPRSTVXZ")
KT_SIDECODES = {1: "LL99 99".replace(" ", ""), 2: "9999LL", 3: "99LL99", 4: "LL99LL", 5: "LLLL99", 6: "99LLLL",
                7: "99LLL9", 8: "9LLL99", 9: "LL999L", 10: "L999LL", 11: "LLL99L", 12: "L99LLL", 13: "9LL999",
                14: "999LL9"}
KT_HYPHEN = {1: (2, 4), 2: (2, 4), 3: (2, 4), 4: (2, 4), 5: (2, 4), 6: (2, 4), 7: (2, 5), 8: (1, 4), 9: (2, 5),
             10: (1, 4), 11: (3, 5), 12: (1, 3), 13: (1, 3), 14: (3, 5)}
KT_BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS"]
KT_BANNED8 = ["KVT", "VVD"]


def kenteken_sidecode(s):
    c = re.sub(r"[\s\-]", "", s).upper()
    if len(c) != 6:
        return None
    shape = "".join("L" if ch.isalpha() else "9" if ch.isdigit() else "?" for ch in c)
    for sc, pat in KT_SIDECODES.items():
        if shape != pat:
            continue
        letters = "".join(ch for ch in c if ch.isalpha())
        groups = re.findall(r"[A-Z]+", c)
        if sc >= 4 and not set(letters) <= KT_CONS:
            return None
        for g in groups:
            for b in KT_BANNED + (KT_BANNED8 if sc >= 8 else []) + (["SP"] if sc >= 13 else []):
                if b in g:
                    return None
        if "-" in s:                                      # hyphens must sit where the sidecode puts them
            a, b = KT_HYPHEN[sc]
            if s.upper() != f"{c[:a]}-{c[a:b]}-{c[b:]}":
                return None
        return sc
    return None


DE_KZ_DISTRICTS = ["VIE", "KR", "MG", "KLE", "BOR", "NOH", "D", "NE", "WES", "COE", "ST", "HS", "GEL"]


def de_kennzeichen_ok(s):
    mo = re.fullmatch(r"([A-ZÄÖÜ]{1,3})[- ]([A-Z]{1,2}) ?(\d{1,4})(E?)", s)
    if not mo or mo.group(1) not in DE_KZ_DISTRICTS:
        return False
    return len(mo.group(1) + mo.group(2) + mo.group(3)) <= 8 and not mo.group(3).startswith("0")


def plate_ok(s):
    return kenteken_sidecode(s) is not None or de_kennzeichen_ok(s)


TLDS = {"nl", "com", "de", "be", "pl", "ro", "uk", "ie", "net", "org", "eu", "in", "za", "frl"}
EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")


def email_ok(s):
    return bool(EMAIL_RE.fullmatch(s)) and s.rsplit(".", 1)[1].lower() in TLDS


def ip_ok(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global


MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "febr": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dec": 12,
    "januar": 1, "februar": 2, "märz": 3, "mai": 5, "dezember": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
    "oct": 10, "mar": 3,
}


def parse_date(s):
    s0 = s.strip()
    try:
        mo = re.fullmatch(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})", s0)
        if mo:
            return dt.date(int(mo.group(4)), int(mo.group(3)), int(mo.group(1)))
        mo = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s0)
        if mo:
            return dt.date(int(mo.group(1)), int(mo.group(2)), int(mo.group(3)))
        mo = re.fullmatch(r"(\d{1,2})(?:\.|st|nd|rd|th)? ([A-Za-zäÄ]+)\.?,? (\d{4})", s0)
        if mo and mo.group(2).lower() in MONTHS:
            return dt.date(int(mo.group(3)), MONTHS[mo.group(2).lower()], int(mo.group(1)))
        mo = re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?, (\d{4})", s0)
        if mo and mo.group(1).lower() in MONTHS:
            return dt.date(int(mo.group(3)), MONTHS[mo.group(1).lower()], int(mo.group(2)))
    except ValueError:
        return None
    return None


def dob_ok(s):
    d = parse_date(s)
    return d is not None and dt.date(1940, 1, 1) <= d <= dt.date(2008, 12, 31)


ADDR_RE = re.compile(
    r"(?:ul\. )?[A-Za-zÀ-ž][\w'’.\- ]*?[a-zäöüßé.]\s\d{1,5}(?:\s?[a-zA-Z]{1,2}\b|-[A-Za-z0-9]{1,4}|/\d{1,3}| bus \d{1,3}| hs| bis)?"
    r"|Postbus \d{1,5}"
    r"|(?:Flat \d{1,3}[A-Z]?, |Apartment \d{1,3}, )?\d{1,4}[A-Za-z]? [A-Z][A-Za-z' ]+")


def address_ok(s):
    return bool(ADDR_RE.fullmatch(s))


def person_ok(s):
    if not s or s != s.strip() or re.search(r"[\d@#/:;!?()\[\]<>_]", s):
        return False
    return s[0].isalpha() and s[-1].isalpha() and len(s.split()) <= 6


VALID = {
    "PERSON": person_ok, "EMAIL": email_ok, "PHONE": phone_ok, "IBAN": iban_ok, "BSN": bsn_ok,
    "ADDRESS": address_ok, "POSTCODE": postcode_ok, "CREDIT_CARD": card_ok, "IP_ADDRESS": ip_ok,
    "DATE_OF_BIRTH": dob_ok, "ID_DOCUMENT": id_ok, "LICENSE_PLATE": plate_ok, "BTW_ID": btw_id_ok,
    "KVK": lambda s: bool(re.fullmatch(r"\d{8}", s)),
}


# --------------------------------------------------------------------------------------------------
# synthetic data (inline lists written for this set)
# --------------------------------------------------------------------------------------------------
FIRST = {
    ("nl", "m"): ["Jeroen", "Sjoerd", "Bram", "Maarten", "Wouter", "Niels", "Koen", "Stijn", "Gijs", "Teun", "Luuk",
                  "Hidde", "Pieter-Jan", "Geert", "Rik", "Joep", "Sander", "Mathieu", "Twan", "Harm"],
    ("nl", "f"): ["Lieke", "Maud", "Esmée", "Noëlle", "Daniëlle", "Ilse", "Mirjam", "Nienke", "Jolien", "Marloes",
                  "Carlijn", "Loes", "Ineke", "Evi", "Manon", "Anke", "Sietske", "Yvette", "Rianne", "Chantal"],
    ("tr", "m"): ["Yusuf", "Emre", "Burak", "Oğuzhan"], ("tr", "f"): ["Hatice", "Büşra", "Elif", "Zeynep"],
    ("ma", "m"): ["Mohamed", "Bilal", "Anouar", "Soufiane"], ("ma", "f"): ["Samira", "Naima", "Hafsa", "Ikram"],
    ("be", "m"): ["Wout", "Jens", "Dries", "Senne", "Kobe", "Jelle", "Bart", "Tuur"],
    ("be", "f"): ["Lotte", "Fien", "Ine", "Annelies", "Griet", "Lien", "Hanne", "Elien"],
    ("de", "m"): ["Jürgen", "Sven", "Dirk", "Matthias", "Lukas", "Tobias", "Björn", "Uwe", "Jörg", "Hendrik",
                  "Marcel", "Dennis"],
    ("de", "f"): ["Sabine", "Anja", "Katrin", "Jana", "Birgit", "Heike", "Lea", "Nadine", "Jessica", "Ute",
                  "Dörte", "Franziska"],
    ("pl", "m"): ["Paweł", "Krzysztof", "Tomasz", "Michał", "Grzegorz", "Łukasz", "Marcin", "Wojciech", "Dawid",
                  "Przemysław", "Jarosław", "Mateusz"],
    ("pl", "f"): ["Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Ewelina", "Magdalena", "Justyna", "Dorota",
                  "Weronika", "Żaneta"],
    ("ro", "m"): ["Andrei", "Mihai", "Ionuț", "Florin", "Bogdan", "Cătălin", "Adrian", "Vasile", "Marius", "Sorin"],
    ("ro", "f"): ["Ioana", "Elena", "Andreea", "Alexandra", "Cristina", "Mădălina", "Roxana", "Larisa", "Georgiana"],
    ("en", "m"): ["Callum", "Liam", "Declan", "Rhys", "Nathan", "Gareth", "Kieran", "Oliver", "Ciarán", "Jamie"],
    ("en", "f"): ["Siobhan", "Chloe", "Megan", "Aoife", "Bethany", "Niamh", "Harriet", "Imogen", "Lucy", "Shannon"],
    ("in", "m"): ["Arjun", "Rohan", "Vikram", "Siddharth"], ("in", "f"): ["Priya", "Ananya", "Kavya", "Divya"],
    ("za", "m"): ["Thabo", "Sipho", "Pieter"], ("za", "f"): ["Zanele", "Lerato", "Nomvula"],
}
LAST = {
    "nl": ["Hendrikx", "Willems", "Gielen", "Smeets", "Coenen", "Vossen", "Rutten", "Heijnen", "Schreurs", "Geurts",
           "Wijnen", "Kurvers", "Verheijen", "Hovens", "van Lierop", "van den Munckhof", "Rongen", "Thijssen",
           "Seelen", "Oude Nijhuis", "Brinkhuis", "Nijhof", "Kamphuis", "ter Horst", "Assink", "Lansink",
           "Wessels", "Scholten", "Haverkate", "Rouwhorst", "Tijhuis", "Klein Gunnewiek", "Peters-Hoebers",
           "van der Heijden", "Baltussen", "Koppers", "ten Dam", "Stevens", "Linders", "Hermsen"],
    "tr": ["Yılmaz", "Demir", "Kaya", "Öztürk", "Aydın"], "ma": ["El Amrani", "Bouzid", "Ait Ouali", "Belhaj"],
    "be": ["Vanhoof", "Claes", "Goossens", "Vandenbroeck", "Wuyts", "Mertens", "Cuypers", "Van Hout", "Lemmens",
           "Gijbels", "Vanderhoydonck", "Droogmans"],
    "de": ["Schürmann", "Hülsmann", "Terhoeven", "Große-Wietholt", "Böckmann", "Kröger", "Weißkirchen",
           "Büschgens", "Lenßen", "Tophoven", "Hünnekens", "Bongartz", "Heußen", "Thelen", "Brüggemann",
           "Schoemakers", "Plücker", "Oellers"],
    "pl": [("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"), ("Kamiński", "Kamińska"),
           ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"),
           ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"),
           ("Jankowski", "Jankowska"), ("Mazur", "Mazur"), ("Krawczyk", "Krawczyk"), ("Piątek", "Piątek"),
           ("Grabowski", "Grabowska"), ("Pawlak", "Pawlak"), ("Michalski", "Michalska"), ("Wieczorek", "Wieczorek"),
           ("Jabłoński", "Jabłońska"), ("Sobczak", "Sobczak")],
    "ro": ["Popescu", "Ionescu", "Stoica", "Munteanu", "Gheorghe", "Răducanu", "Constantinescu", "Lungu",
           "Ciobanu", "Moldovan", "Sârbu", "Țurcanu", "Bălan", "Neagu", "Vlad", "Oprea"],
    "en": ["Fletcher", "Whitmore", "O'Sullivan", "McAllister", "Pennington", "Hargreaves", "Brennan", "Kavanagh",
           "Ashworth", "Thornton", "Gallagher", "Pritchard", "Doherty", "Okonkwo", "Llewellyn"],
    "in": ["Nair", "Iyer", "Menon", "Raghunathan", "Kulkarni"], "za": ["Naidoo", "Dlamini", "van Wyk", "Mokoena"],
}
HER_LANG = {"nl": "nl", "tr": "nl", "ma": "nl", "be": "nl", "de": "de", "pl": "pl", "ro": "ro", "en": "en",
            "in": "en", "za": "en"}
EMAIL_DOMAINS = {"nl": ["gmail.com", "hotmail.com", "outlook.com", "kpnmail.nl", "ziggo.nl", "home.nl", "live.nl"],
                 "tr": ["gmail.com", "hotmail.com"], "ma": ["gmail.com", "hotmail.com", "outlook.com"],
                 "be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be"],
                 "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "gmx.net"],
                 "pl": ["wp.pl", "o2.pl", "interia.pl", "onet.pl", "gmail.com"],
                 "ro": ["yahoo.com", "gmail.com", "yahoo.ro"], "en": ["gmail.com", "outlook.com", "yahoo.co.uk",
                                                                      "icloud.com", "eircom.net"],
                 "in": ["gmail.com", "outlook.com"], "za": ["gmail.com", "webmail.co.za"]}


class Person:
    def __init__(self, first, last, sex, her):
        self.first, self.last, self.sex, self.her = first, last, sex, her

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def sur(self):                      # surname standing alone: tussenvoegsel capitalised (NL)
        return self.last[0].upper() + self.last[1:]

    @property
    def init(self):
        parts = self.first.split("-")
        return "".join(p[0] + "." for p in parts) + " " + self.last

    @property
    def rev(self):                      # "Surname, Given"
        return f"{self.sur}, {self.first}"

    def mail(self, r, style=None):
        f = fold(self.first).lower().replace(" ", "")
        l = fold(self.last).lower().replace(" ", "").replace("'", "")
        style = style if style is not None else r.randrange(5)
        local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{r.randrange(70, 99)}", f"{l}.{f}", f"{f}_{l}{r.randrange(1, 9)}"][style]
        return f"{local}@{r.choice(EMAIL_DOMAINS[self.her])}"


def mkperson(r, her, sex=None, avoid=()):
    while True:
        sx = sex or r.choice("mf")
        first = r.choice(FIRST[(her, sx)])
        last = r.choice(LAST[her])
        if isinstance(last, tuple):
            last = last[0] if sx == "m" else last[1]
        p = Person(first, last, sx, her)
        if first not in avoid and last not in avoid:
            return p


def people(r, her, n, sex=None):
    out, used = [], set()
    while len(out) < n:
        h = her if isinstance(her, str) else r.choice(her)
        p = mkperson(r, h, sex, avoid=used)
        used |= {p.first, p.last}
        out.append(p)
    return out


def staff(key):
    f, l, sx, _ = STAFF[key]
    return Person(f, l, sx, "nl")


# towns: postcode ranges (NL 4-digit numeric part), streets (invented), phone area code
NL_TOWNS = {
    "Venlo": ((5911, 5916), "77"), "Blerick": ((5921, 5927), "77"), "Tegelen": ((5931, 5932), "77"),
    "Belfeld": ((5951, 5951), "77"), "Reuver": ((5953, 5953), "77"), "Horst": ((5961, 5962), "77"),
    "Sevenum": ((5975, 5975), "77"), "Venray": ((5801, 5807), "478"), "Arcen": ((5944, 5944), "77"),
    "Enschede": ((7511, 7548), "53"), "Hengelo": ((7550, 7559), "74"), "Oldenzaal": ((7571, 7577), "541"),
    "Haaksbergen": ((7481, 7483), "53"), "Losser": ((7581, 7582), "53"), "Roermond": ((6041, 6046), "475"),
}
NL_STREETS = {
    "limburg": ["Molenbeekstraat", "Hagelkruisweg", "Vossenkuil", "Kloosterveld", "Sint Urbanusweg", "Heilige Geestweg",
                "Maasveldstraat", "Klaverweide", "Laan van Bergkamp", "Burg. Bloemartsstraat", "Past. Kerstenstraat",
                "Kazernestraat", "Hertogstraat", "Egelantierstraat", "Schandeloseweg", "Zandpad", "Leeuwerikstraat",
                "Drie Decembersingel", "Koeweidestraat", "Hoogstraat", "Gasthuisstraat", "Peelweg"],
    "twente": ["Veenhofstraat", "Esmarkerweg", "Tuindorpstraat", "Brammelerdijk", "Lasonderkamp", "Pathmosstraat",
               "Hoge Bothofstraat", "Glanerveldweg", "Roomweg", "Dolphiastraat", "Getfertsingel", "Boekelerhof",
               "Twekkelerweg", "Kuipersdijk", "Minkmaatstraat", "Oldenzaalsestraat", "Wesselerbrinkplein"],
}
LIMBURG = ["Venlo", "Blerick", "Tegelen", "Belfeld", "Reuver", "Horst", "Sevenum", "Venray", "Arcen", "Roermond"]
TWENTE = ["Enschede", "Hengelo", "Oldenzaal", "Haaksbergen", "Losser"]
DE_TOWNS = {"Nettetal": (["41334", "41334"], "2153"), "Kaldenkirchen": (["41334"], "2157"),
            "Viersen": (["41747", "41748", "41749", "41751"], "2162"), "Brüggen": (["41379"], "2163"),
            "Straelen": (["47638"], "2834"), "Gronau": (["48599"], "2562"), "Nordhorn": (["48527", "48529", "48531"], "5921"),
            "Bad Bentheim": (["48455"], "5922"), "Mönchengladbach": (["41061", "41063", "41065", "41169"], "2161"),
            "Kleve": (["47533"], "2821")}
DE_STREETS = ["Lobbericher Straße", "Steyler Straße", "Am Kastell", "Hülser Weg", "Gildehauser Weg", "Enscheder Straße",
              "Bentheimer Straße", "Neuenhauser Straße", "Mühlenweg", "Im Hagelkreuz", "Breyeller Straße",
              "Süchtelner Straße", "Ochtruper Straße", "Dülkener Straße", "Kirchplatz", "Am Bruchweg",
              "Venloer Straße", "Haus-Bey-Weg"]
BE_TOWNS = {"Lommel": "3920", "Hamont-Achel": "3930", "Pelt": "3900", "Peer": "3990", "Bocholt": "3950",
            "Maaseik": "3680", "Lanaken": "3620", "Genk": "3600", "Hasselt": "3500"}
BE_STREETS = ["Kapelstraat", "Luikersteenweg", "Stationsstraat", "Kerkhovensesteenweg", "Heuvenstraat", "Bosstraat",
              "Lindelsebaan", "Dorperheide", "Molenstraat", "Kempenlaan"]
UK_STREETS = ["Marlborough Road", "Cedar Close", "Larkhill Road", "Ashfield Avenue", "Chapel Lane", "Victoria Terrace",
              "Oakwood Drive", "Mill Road"]
UK_TOWNS = [("Manchester", "M20 2RN"), ("Leeds", "LS8 1DH"), ("Bristol", "BS7 8PL"), ("Sheffield", "S11 8YB"),
            ("Liverpool", "L18 3HQ"), ("Cardiff", "CF14 4JG"), ("Glasgow", "G12 9LT"), ("Belfast", "BT9 6AD")]
PL_ADDR = [("ul. Kwiatowa", "62-800", "Kalisz"), ("ul. Długa", "80-827", "Gdańsk"), ("ul. Polna", "26-600", "Radom"),
           ("ul. Słoneczna", "42-200", "Częstochowa"), ("ul. Leśna", "97-300", "Piotrków Trybunalski")]

PC_LETTERS = [a + b for a in "ABCDEGHJKLMNPRTVWXZ" for b in "ABCDEGHJKLMNPRTVWXZ" if a + b not in PC_BANNED]


def nl_home(r, region=None, town=None, addition=True):
    """-> (street + number, postcode, town)"""
    if town is None:
        town = r.choice(LIMBURG if region in (None, "limburg") else TWENTE)
    region = "twente" if town in TWENTE else "limburg"
    (lo, hi), _ = NL_TOWNS[town]
    pc = f"{r.randint(lo, hi)} {r.choice(PC_LETTERS)}"
    num = str(r.randint(1, 212))
    if addition:
        x = r.random()
        if x < 0.18:
            num += r.choice("abcd")
        elif x < 0.26:
            num += " " + r.choice("ABC")
        elif x < 0.32:
            num += "-" + str(r.randint(1, 4))
    return f"{r.choice(NL_STREETS[region])} {num}", pc, town


def de_home(r, town=None):
    town = town or r.choice(list(DE_TOWNS))
    plzs, _ = DE_TOWNS[town]
    num = str(r.randint(1, 140)) + (r.choice("ab") if r.random() < 0.2 else "")
    return f"{r.choice(DE_STREETS)} {num}", r.choice(plzs), town


def be_home(r, town=None):
    town = town or r.choice(list(BE_TOWNS))
    num = str(r.randint(1, 180)) + (f" bus {r.randint(1, 12)}" if r.random() < 0.35 else "")
    return f"{r.choice(BE_STREETS)} {num}", BE_TOWNS[town], town


def uk_home(r):
    town, pc = r.choice(UK_TOWNS)
    return f"{r.randint(2, 180)} {r.choice(UK_STREETS)}", pc, town


def pl_home(r):
    st, pc, town = r.choice(PL_ADDR)
    return f"{st} {r.randint(1, 60)}/{r.randint(1, 40)}", pc, town


# ---- numbers ---------------------------------------------------------------------------------------
def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def gen_bsn(r):
    while True:
        d = str(r.randint(1, 7)) + digits(r, 8)
        if bsn_digits_ok(d):
            return d


def gen_elf_ref(r, first="123456789"):
    """9-digit number that passes the elfproef -- used as an order/invoice number (hard negative)"""
    while True:
        d = r.choice(first) + digits(r, 8)
        if bsn_digits_ok(d):
            return d


def gen_non_elf(r, n=9, first="123456789"):
    while True:
        d = r.choice(first) + digits(r, n - 1)
        if not bsn_digits_ok(d):
            return d


def fmt_bsn(d, style):
    return [d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"][style]


def iban_from(cc, bban):
    ck = 98 - mod97(bban + cc + "00")
    return f"{cc}{ck:02d}{bban}"


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB", "RBRB", "REVO"]
DE_BLZ = ["32050000", "31050000", "32060362", "40153768", "40351060", "31460290", "32450000"]
BE_BANKS = ["001", "063", "068", "083", "143", "363", "735", "737", "973", "103"]
PL_BANKS = ["1020", "1050", "1090", "1140", "1160", "1240", "1870"]
RO_BANKS = ["BTRL", "BRDE", "RNCB", "INGB", "BACX", "RZBR"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]


def gen_iban(r, cc):
    if cc == "NL":
        return iban_from("NL", r.choice(NL_BANKS) + "0" + digits(r, 9))
    if cc == "DE":
        return iban_from("DE", r.choice(DE_BLZ) + digits(r, 10))
    if cc == "BE":
        b10 = r.choice(BE_BANKS) + digits(r, 7)
        return iban_from("BE", b10 + f"{(int(b10) % 97 or 97):02d}")
    if cc == "PL":
        s7 = r.choice(PL_BANKS) + digits(r, 3)
        w = [3, 9, 7, 1, 3, 9, 7]
        ck = (10 - sum(int(a) * b for a, b in zip(s7, w)) % 10) % 10
        return iban_from("PL", s7 + str(ck) + digits(r, 16))
    if cc == "RO":
        return iban_from("RO", r.choice(RO_BANKS) + digits(r, 16))
    if cc == "GB":
        return iban_from("GB", r.choice(GB_BANKS) + digits(r, 14))
    raise ValueError(cc)


def fmt_iban(c, style):
    """0 compact, 1 groups of 4, 2 lower-case compact, 3 NBSP after the first group"""
    g = " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    return [c, g, c.lower(), g.replace(" ", "\u00a0", 1)][style]


def gen_btw_id(r):
    """new-style btw-id: mod 97 valid, 9 digits fail the elfproef"""
    while True:
        d = gen_non_elf(r, 9, "0123456789")
        pre = mod97("NL" + d + "B") * 100 % 97
        s = (1 - pre) % 97
        for cand in (s, s + 97):
            if 1 <= cand <= 99:
                v = f"NL{d}B{cand:02d}"
                if btw_id_ok(v) and not ob_nummer_ok(v):
                    return v


def gen_ob(r):
    return f"NL{gen_bsn(r)}B01"


def gen_kvk(r):
    return str(r.randint(1, 9)) + digits(r, 7)


IIN = {"visa": ["4"], "mastercard": ["51", "52", "53", "54", "55", "2221", "2300", "2500", "2720"],
       "amex": ["34", "37"], "maestro": ["6759", "6304"]}
CARD_LEN = {"visa": 16, "mastercard": 16, "amex": 15, "maestro": 16}


def gen_card(r, brand):
    pre = r.choice(IIN[brand])
    n = CARD_LEN[brand]
    while True:
        body = pre + digits(r, n - len(pre) - 1)
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c


def fmt_card(d, style):
    if len(d) == 15:
        return [d, f"{d[:4]} {d[4:10]} {d[10:]}"][style % 2]
    return [d, " ".join(d[i:i + 4] for i in range(0, 16, 4)), "-".join(d[i:i + 4] for i in range(0, 16, 4))][style % 3]


# ---- phones ----------------------------------------------------------------------------------------
def gen_nl_mobile(r):
    return "6" + r.choice("123458") + digits(r, 7)


def fmt_nl_mobile(n, style):
    s = n[1:]
    return [f"06-{s}", f"06 {s[:4]} {s[4:]}", f"06{s}", f"+31 6 {s[:4]} {s[4:]}", f"+316{s}",
            f"0031 6 {s}", f"+31 (0)6 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", f"06 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}"][style]


def gen_nl_fixed(r, town):
    area = NL_TOWNS[town][1]
    return area + r.choice("2345789") + digits(r, 8 - len(area))


def fmt_nl_fixed(n, style):
    a = n[:2] if n[:2] in NL_AREA2 else n[:3]
    s = n[len(a):]
    if len(a) == 2:
        return [f"0{a} {s[:3]} {s[3:]}", f"0{a}-{s}", f"+31 {a} {s[:3]} {s[3:]}", f"0{a} {s[:3]} {s[3:5]} {s[5:]}"][style]
    return [f"0{a} {s[:3]} {s[3:]}", f"0{a}-{s}", f"+31 {a} {s[:3]} {s[3:]}", f"0{a} {s[:2]} {s[2:4]} {s[4:]}"][style]


def gen_de_mobile(r):
    pre = r.choice(["151", "152", "157", "160", "170", "171", "172", "176", "177"])
    return pre + digits(r, 8 if pre in ("151", "152", "157", "176", "177") else 7)


def fmt_de_mobile(n, style):
    return [f"0{n[:3]} {n[3:]}", f"+49 {n[:3]} {n[3:]}", f"0{n[:3]}-{n[3:]}", f"0049 {n[:3]} {n[3:]}",
            f"+49 (0){n[:3]} {n[3:]}", f"0{n[:3]}/{n[3:]}"][style]


def gen_de_fixed(r, town):
    a = DE_TOWNS[town][1]
    return a + r.choice("2345689") + digits(r, r.choice([4, 5]))


def fmt_de_fixed(n, town, style):
    a = DE_TOWNS[town][1]
    s = n[len(a):]
    return [f"0{a} {s}", f"0{a}/{s}", f"+49 {a} {s}", f"0{a}-{s}"][style]


def gen_be_mobile(r):
    return "4" + r.choice("6789") + digits(r, 7)


def fmt_be_mobile(n, style):
    return [f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0{n}",
            f"0032 {n[:3]} {n[3:]}", f"0{n[:3]}/{n[3:5]}.{n[5:7]}.{n[7:]}"][style]


def gen_pl_mobile(r):
    return r.choice(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + digits(r, 7)


def fmt_pl_mobile(n, style):
    return [f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"+48{n}", f"0048 {n[:3]} {n[3:6]} {n[6:]}", f"+48 {n[:3]}-{n[3:6]}-{n[6:]}"][style]


def gen_uk(r, kind="mobile"):
    if kind == "mobile":
        return "7700900" + digits(r, 3)
    return r.choice(["1134960", "1614960", "1174960", "1314960"]) + digits(r, 3)


def fmt_uk(n, style):
    if n.startswith("7"):
        return [f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}", f"0{n}"][style]
    return [f"0{n[:3]} {n[3:6]} {n[6:]}", f"+44 {n[:3]} {n[3:6]} {n[6:]}", f"+44 (0){n[:3]} {n[3:6]} {n[6:]}", f"0{n}"][style]


# ---- documents, plates, IPs --------------------------------------------------------------------------
DOC_LET = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
DOC_ALNUM = "ABCDEFGHIJKLMNPQRSTUVWXYZ123456789"


def gen_nl_doc(r, kind="N"):
    """N.. passport, I.. identity card; no letter O, no digit 0 (numbers issued after 2019)"""
    while True:
        v = kind + r.choice(DOC_LET) + "".join(r.choice(DOC_ALNUM) for _ in range(6)) + r.choice("123456789")
        if sum(c.isdigit() for c in v[2:8]) >= 2 and DOC_NL.fullmatch(v):
            return v


def gen_residence(r):
    alpha = "ABCDEFGHJKLMNPRSTUVWXYZ123456789"
    return r.choice(["I", "II", "III", "IV", "V"]) + "-V" + "".join(r.choice(alpha) for _ in range(8))


def gen_pl_id(r):
    while True:
        v = "".join(r.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(3)) + digits(r, 6)
        if pl_id_ok(v):
            return v


def gen_de_ausweis(r):
    return r.choice("LMNPRTVWXY") + "".join(r.choice(DE_DOC_ALPHA) for _ in range(7)) + r.choice("0123456789")


def gen_be_eid(r):
    n = "59" + digits(r, 8)
    return f"{n[:3]}-{n[3:]}-{(int(n) % 97 or 97):02d}"


def gen_uk_passport(r):
    return str(r.randint(1, 9)) + digits(r, 8)


def gen_ie_passport(r):
    return r.choice(["PA", "PB", "PC", "PD", "PE", "LA"]) + digits(r, 7)


def gen_kenteken(r, sc=None):
    sc = sc or r.choice([7, 8, 9, 10, 11, 12, 13, 14])
    cons = sorted(KT_CONS)
    while True:
        c = "".join(r.choice(cons) if t == "L" else r.choice("0123456789") for t in KT_SIDECODES[sc])
        if c[0] == "0" and sc in (7, 8, 13, 14):
            continue
        a, b = KT_HYPHEN[sc]
        v = f"{c[:a]}-{c[a:b]}-{c[b:]}"
        if kenteken_sidecode(v) == sc:
            return v


def fmt_kenteken(v, style):
    return [v, v.replace("-", ""), v.replace("-", "").lower(), v.replace("-", " "), v.lower()][style]


def gen_kennzeichen(r, district=None):
    d = district or r.choice(["VIE", "KR", "MG", "KLE", "BOR", "NOH"])
    while True:
        mid = "".join(r.choice("ABDEFGHJKLMNPRSTUVWXZ") for _ in range(r.choice([1, 2])))
        num = str(r.randint(1, 9999 if len(d + mid) <= 4 else 999))
        v = f"{d}-{mid} {num}"
        if de_kennzeichen_ok(v):
            return v


def gen_public_ipv6(r):
    while True:
        v = f"2a02:{r.choice(['a46b', 'a210', '8109', '908', '1812'])}:{r.randint(1, 0xffff):x}:{r.randint(0, 0xfff):x}:" \
            f"{r.randint(1, 0xffff):x}:{r.randint(1, 0xffff):x}:{r.randint(1, 0xffff):x}:{r.randint(1, 0xffff):x}"
        if ip_ok(v):
            return v


def gen_public_ip(r):
    while True:
        v = f"{r.choice([31, 37, 62, 77, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 94, 145, 178, 188, 212, 213, 217])}." \
            f"{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if ip_ok(v):
            return v


# ---- dates -------------------------------------------------------------------------------------------
NL_MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def gen_dob(r, lo=1964, hi=2006):
    while True:
        try:
            return dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28 if r.random() < 0.5 else 31))
        except ValueError:
            continue


def fdate(d, style):
    """0 dd-mm-yyyy, 1 d-m-yyyy, 2 dd/mm/yyyy, 3 dd.mm.yyyy, 4 ISO, 5 nl words, 6 de words, 7 en words,
    8 en US words, 9 d.m.yyyy"""
    return [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day}-{d.month}-{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day:02d}.{d.month:02d}.{d.year}", d.isoformat(), f"{d.day} {NL_MON[d.month - 1]} {d.year}",
            f"{d.day}. {DE_MON[d.month - 1]} {d.year}", f"{d.day} {EN_MON[d.month - 1]} {d.year}",
            f"{EN_MON[d.month - 1]} {d.day}, {d.year}", f"{d.day}.{d.month}.{d.year}"][style]


def gen_date25(r, lo=(2025, 1, 6), hi=(2025, 12, 19)):
    a, b = dt.date(*lo), dt.date(*hi)
    return a + dt.timedelta(days=r.randint(0, (b - a).days))


def pick(r, *xs):
    return r.choice(xs)


def gen_weekday(r, wd, lo=(2025, 1, 6), hi=(2025, 12, 19)):
    """a 2025 date falling on weekday wd (0 = Monday)"""
    d = gen_date25(r, lo, hi)
    return d + dt.timedelta(days=(wd - d.weekday()) % 7)


def nlnum(x):
    return f"{x:,}".replace(",", ".")


# --------------------------------------------------------------------------------------------------
# scenarios: each is run twice (k = 0, 1); pii says whether the message must contain gold spans
# --------------------------------------------------------------------------------------------------
SCENARIOS = []


def scenario(lang, pii):
    def deco(f):
        SCENARIOS.append((lang, f.__name__, pii, f))
        return f
    return deco


CLIENTS_NL = ["Transport Hendriks B.V.", "Janssen Logistics Venlo B.V.", "Kusters Kunststoffen B.V.",
              "Gebr. Verheijen Metaal", "Wolters Koeltransport", "Tuinbouwbedrijf Van Lierop",
              "Verhoeven Verpakkingen B.V.", "Brinkman Distributie", "Haverkort Vleeswaren B.V."]
CLIENT_DOMAIN = {"Transport Hendriks B.V.": "transporthendriks.nl", "Janssen Logistics Venlo B.V.": "janssenlogistics.nl",
                 "Kusters Kunststoffen B.V.": "kusters-kunststoffen.nl", "Gebr. Verheijen Metaal": "gebrverheijen.nl",
                 "Wolters Koeltransport": "wolterskoeltransport.nl", "Tuinbouwbedrijf Van Lierop": "vanlierop-tuinbouw.nl",
                 "Verhoeven Verpakkingen B.V.": "verhoevenverpakkingen.nl", "Brinkman Distributie": "brinkman-distributie.nl",
                 "Haverkort Vleeswaren B.V.": "haverkortvleeswaren.nl"}
CLIENTS_OTHER = ["Zorggroep Maasduinen", "Distributiecentrum Trade Port Noord", "Twentse Metaalunie Hengelo",
                 "Kempen Koel & Vries", "Fresh Park Logistics"]
CLIENTS_DE = ["Bäcker Fleischwaren GmbH", "Spedition Terlinden GmbH & Co. KG", "Hüsken Kunststofftechnik GmbH",
              "Autohaus Wienkamp GmbH", "Gebrüder Rademacher Logistik"]


def org_sig_nl(key, r, full=True):
    f, l, _, role = STAFF[key]
    ph = pick(r, "077 354 8800", "+31 77 354 8800", "077-3548800") if key != "femke" else pick(r, "053 480 2210", "+31 53 480 2210")
    lines = [P(f"{f} {l}"), f"{role.capitalize()} | Grenswerk Uitzendgroep B.V."]
    if full:
        lines.append(pick(r, "Grenshoeve 12, 5928 RB Venlo", "Euregioplein 3, 7511 JK Enschede") if key != "femke"
                     else "Euregioplein 3, 7511 JK Enschede")
    lines.append(f"T {ph} | WhatsApp {pick(r, '06 4172 9930', '06-41729930', '+31 6 4172 9930')}")
    lines.append(f"{staff_mail(key)} | www.{ORG_DOMAIN}")
    return "\n".join(lines)


def team_sig(name, lang="nl"):
    tail = {"nl": "Grenswerk Uitzendgroep B.V.", "en": "Grenswerk Staffing", "de": "Grenswerk Personalservice"}[lang]
    return f"{name}\n{tail}\nT 077 354 8800 | {ORG_DOMAIN}"


# ====================================== Dutch ======================================================
@scenario("nl", True)
def nl_sollicitatie_cv(r, k):
    if k == 0:
        p = mkperson(r, pick(r, "nl", "nl", "tr", "ma"))
        a, pc, town = nl_home(r, "limburg")
        mail = p.mail(r)
        d = gen_dob(r, 1978, 2004)
        client = r.choice(CLIENTS_NL[:4])
        vac = f"VAC-25-{r.randint(100, 999)}"
        return f"""Van: {P(p.full)} <{E(mail)}>
Aan: vacatures@{ORG_DOMAIN}
Onderwerp: Sollicitatie orderpicker ({vac})

Goedemiddag,

Via Indeed zag ik jullie vacature {vac} voor orderpicker bij {NP(client)}. Hieronder mijn gegevens, mijn cv zit ook in de bijlage.

PERSONALIA
Naam:              {P(p.full)}
Adres:             {AD(a)}
Postcode/plaats:   {PC(pc)} {town}
Telefoon:          {PH(fmt_nl_mobile(gen_nl_mobile(r), r.randrange(3)))}
E-mail:            {E(mail)}
Geboortedatum:     {DOB(fdate(d, pick(r, 0, 1)))}
Nationaliteit:     Nederlandse
Rijbewijs:         B + heftruckcertificaat (geldig tot {fdate(gen_date25(r), 0)[:-4]}2027)

WERKERVARING
2021 - heden   magazijnmedewerker, {NP(r.choice(CLIENTS_NL[4:]))} (via uitzendbasis)
2018 - 2021    productiemedewerker 3-ploegen

Ik kan per {fdate(gen_date25(r), 1)} beginnen, ook nachtdienst is geen probleem.

Met vriendelijke groet,
{P(p.full)}
"""
    p = mkperson(r, "nl")
    a, pc, town = nl_home(r, "twente")
    d = gen_dob(r, 1985, 2005)
    low = lambda s: s.lower()
    return f"""--- inschrijfformulier {ORG_DOMAIN}/werkzoekenden ---
vestiging: Enschede
functie: productiemedewerker / inpak
naam: {P(low(p.full))}
geb.datum: {DOB(fdate(d, 1))}
adres: {AD(low(a))}
postcode: {PC(pc.replace(' ', ''))}
woonplaats: {town.lower()}
tel: {PH(fmt_nl_mobile(gen_nl_mobile(r), 2))}
email: {E(p.mail(r, 1))}
nationaliteit: NL
beschikbaar: per direct, 32-40 uur
rijbewijs: nee, wel fiets/scooter
opmerking: heb al bij {NP(r.choice(['Twentse Metaalunie Hengelo', 'Brinkman Distributie']))} gewerkt via een ander bureau, contract liep af op {fdate(gen_date25(r), 0)}
"""


@scenario("nl", True)
def nl_id_check(r, k):
    a = staff("thijs") if k == 0 else staff("kasia")
    if k == 0:
        p = mkperson(r, "nl")
        doc = gen_nl_doc(r, "I")
        d = gen_dob(r, 1970, 2005)
        return f"""Interne notitie – ID-controle
Kandidaat: {P(p.full)}
Gezien op: {fdate(gen_date25(r), 0)}, vestiging Venlo
Document: Nederlandse identiteitskaart, documentnummer {ID(doc)}, geldig tot {fdate(gen_date25(r, (2027, 1, 1), (2034, 12, 1)), 0)}
Geboortedatum volgens ID: {DOB(fdate(d, 0))}
BSN (achterkant ID): {BS(fmt_bsn(gen_bsn(r), 0))}
Kopie gemaakt en in het dossier gezet (bewaartermijn 5 jaar na uitdienst, art. 66 Wet LB). Origineel gezien, foto komt overeen.
Plaatsing: {NP(r.choice(CLIENTS_NL))}, start maandag 06:00, fase A.

-- {P(a.first)}
"""
    p = mkperson(r, "pl")
    d = gen_dob(r, 1968, 2004)
    bsn = gen_bsn(r)
    return f"""ID check {P(p.full)} ({P(p.first.lower())} przyjechał wczoraj, huis Kazernestraat)

- dowód osobisty / Poolse ID-kaart nr {ID(gen_pl_id(r))}
- geb. {DOB(fdate(d, 3))} in {pick(r, 'Kalisz', 'Radom', 'Opole', 'Łódź')}
- BSN nog niet bekend -> RNI afspraak gemeente Venlo {fdate(gen_date25(r), 0)} om 09:40
- tot die tijd anoniementarief, dus {P(pick(r, 'Ruben', 'Ruben Driessen'))} even laten weten!!
- bankrekening: {IB(fmt_iban(gen_iban(r, 'PL'), 1))} (Pools, mag volgens hem)

update 14:20 BSN binnen via RNI: {BS(fmt_bsn(bsn, 2))}

{P(a.first)}
"""


@scenario("nl", True)
def nl_iban_wijziging(r, k):
    if k == 0:
        p = mkperson(r, "nl")
        old, new = gen_iban(r, "NL"), gen_iban(r, "NL")
        pn = gen_non_elf(r, 6)
        return f"""Onderwerp: nieuw rekeningnummer voor loon

Hallo {P('Ruben')},

Ik ben overgestapt naar een andere bank. Willen jullie mijn loon vanaf week {r.randint(30, 44)} overmaken op {IB(fmt_iban(new, 3))} t.n.v. {P(p.init)}?
Het oude nummer {IB(fmt_iban(old, 0))} wordt eind van de maand opgeheven.

Personeelsnummer {pn}, ik werk bij {NP(r.choice(CLIENTS_NL))} in de expeditie.
Moet ik nog een formulier invullen of is deze mail genoeg? Op de loonstrook van week {r.randint(20, 29)} stond trouwens € {r.randint(410, 690)},{r.randint(10, 99)} netto, klopt dat met 38 uur?

Groeten,
{P(p.full)}
{PH(fmt_nl_mobile(gen_nl_mobile(r), 0))}
"""
    p = mkperson(r, "ro")
    new = gen_iban(r, pick(r, "NL", "RO"))
    kas = staff("mihaela")
    return f"""[{fdate(gen_date25(r), 3)}, 19:02] {P(p.full)}: Bună seara {P(kas.first)} 🙂 am deschis cont nou la bunq
[19:02] {P(p.full)}: {IB(fmt_iban(new, 0))}
[19:03] {P(p.full)}: salariul de vineri vine pe contul vechi?
[19:15] {P(kas.first)}: Hoi! Loonrun is woensdag, dus deze week nog oud rekeningnummer. Ik zet nieuwe vanaf volgende week. Stuur je wel even screenshot van bankapp met je naam?
[19:16] {P(p.full)}: ok 👍
[19:20] {P(p.full)}: <afbeelding weggelaten>
[19:21] {P(kas.first)}: Top, doorgestuurd naar salarisadministratie ✅
"""


@scenario("nl", True)
def nl_loonheffingskorting(r, k):
    p = mkperson(r, pick(r, "nl", "be", "ma"))
    if k == 0:
        return f"""Beste salarisadministratie,

Ik heb sinds {fdate(gen_date25(r), 5)} een tweede baantje (zaterdag bij een supermarkt) en daar wordt ook loonheffingskorting toegepast. Mijn moeder zegt dat dat niet mag bij twee werkgevers. Kunnen jullie bij Grenswerk de loonheffingskorting stopzetten?
Mijn BSN is {BS(fmt_bsn(gen_bsn(r), 1))} en mijn personeelsnummer {gen_non_elf(r, 6)}.

Verder vraag ik me af hoe het zit met de reserveringen: op mijn loonstrook staat vakantiegeld 8 % en "res. feestdagen" {r.randint(2, 4)},{r.randint(0, 9)}%. Wanneer wordt dat uitbetaald?

Alvast bedankt,
{P(p.full)}
"""
    a, pc, town = nl_home(r)
    d = gen_dob(r, 1962, 2005)
    return f"""OPGAAF GEGEVENS VOOR DE LOONHEFFINGEN (ingevuld, scan onleesbaar -> overgetypt door {P('Ruben')})
Naam en voorletters: {P(p.init)}
Burgerservicenummer: {BS(fmt_bsn(gen_bsn(r), 0))}
Adres: {AD(a)}
Postcode en woonplaats: {PC(pc)} {town.upper()}
Geboortedatum: {DOB(fdate(d, 0))}
Wilt u dat uw werkgever rekening houdt met de loonheffingskorting? [X] Ja, vanaf {fdate(gen_date25(r), 0)}  [ ] Nee
Handtekening: aanwezig

Inlener: {NP(r.choice(CLIENTS_NL))}, plaatsingsnr {r.randint(2500000, 2599999)}
"""


@scenario("nl", True)
def nl_huisvesting(r, k):
    kas = staff("kasia")
    addr, pc, town = nl_home(r, "limburg", addition=False)
    occ = people(r, ["pl", "pl", "ro"], 4)
    if k == 0:
        rows = "\n".join(f"| {i + 1} | {P(o.full)} | {fdate(gen_date25(r), 0)} | {NP(r.choice(CLIENTS_NL))} |" for i, o in enumerate(occ))
        return f"""Hoi {P('Mihaela')},

Overzicht bezetting woning {AD(addr)}, {PC(pc)} {town} (6 bedden, 2 badkamers) per maandag:

| kamer | bewoner | in huis sinds | inlener |
|---|---|---|---|
{rows}
| 5 | leeg | - | - |

Kamer 5 en 6 kunnen de nieuwe jongens van week {r.randint(36, 48)} krijgen. Huur blijft € 112,50 p.p.p.w., inhouding via loonstrook (max. 25 % WML-norm, SNF-gecertificeerd).
Sleutel ligt bij {P(occ[0].first)}. De rookmelder in de gang moet vervangen worden, melding gedaan bij {NP('Wonen Limburg')}.

{P(kas.first)}
"""
    neighbour = mkperson(r, "nl")
    return f"""Klacht buren – woning {AD(addr)} ({town})

{fdate(gen_date25(r), 0)} belde {P(neighbour.full)} ({PH(fmt_nl_fixed(gen_nl_fixed(r, town), 0))}), {'buurman' if neighbour.sex == 'm' else 'buurvrouw'} op nr. {r.randint(2, 60)}, over geluidsoverlast na de late dienst (na 23:30). Bewoners volgens planning: {P(occ[0].full)}, {P(occ[1].full)} en {P(occ[2].full)}.
Afgesproken: {P(kas.first)} gaat donderdag langs met de huisregels in het Pools en Roemeens. Bij herhaling gele kaart volgens huisvestingsreglement art. 7.

Postcode voor de onderhoudsmelding: {PC(pc)}
"""


@scenario("nl", True)
def nl_carpool(r, k):
    drivers = people(r, ["pl", "ro", "nl"], 3)
    if k == 0:
        rows = []
        for dd in drivers:
            rows.append(f"{P(dd.full)};{KT(gen_kenteken(r))};{PH(fmt_nl_mobile(gen_nl_mobile(r), 2))};{r.randint(3, 5)}")
        return f"""Carpoolplanning week {r.randint(2, 51)} – vroege dienst {NP('Kusters Kunststoffen')} (start 05:45)
chauffeur;kenteken;mobiel;plaatsen
""" + "\n".join(rows) + f"""

Kilometervergoeding chauffeurs € 0,23/km (onbelast), passagiers betalen niets. Vertrek 05:10 vanaf parkeerplaats Hogeweg, bus 7 (9-persoons, eigendom Grenswerk) rijdt alleen de late dienst.
Vragen: planning@{ORG_DOMAIN}
"""
    d = drivers[0]
    plate = gen_kenteken(r)
    return f"""[06:12] {P(d.first)}: auto start niet 😩 accu leeg
[06:12] {P(d.first)}: {P(drivers[1].first)} kan jij rijden?
[06:14] {P(drivers[1].full)}: ja maar mijn auto is bij garage, {KT(fmt_kenteken(plate, 2))} staat daar sinds dinsdag
[06:15] Planning Grenswerk: Bus 4 komt jullie om 06:40 ophalen bij de Shell, ik bel {NP('Transport Hendriks')} dat jullie later zijn
[06:15] {P(d.first)}: dzięki!!
[06:31] {P(drivers[2].first)}: ik sta ook bij Shell, kan ik mee?
[06:31] Planning Grenswerk: 👍
"""


@scenario("nl", True)
def nl_ziekmelding(r, k):
    p = mkperson(r, pick(r, "nl", "pl", "tr"))
    if k == 0:
        return f"""[05:02] {P(p.full)}: goedemorgen ik ben ziek, koorts. kan niet komen vandaag bij {NP(r.choice(CLIENTS_NL))}
[05:03] {P(p.full)}: mijn nummer als jullie bellen {PH(fmt_nl_mobile(gen_nl_mobile(r), 1))}
[07:31] Grenswerk Venlo: Beterschap! Ziekmelding is genoteerd voor vandaag {fdate(gen_date25(r), 0)}. Meld je beter via de app of via 077 354 8800. Je krijgt vandaag nog een belletje van de verzuimcoach.
"""
    t = staff("thijs")
    d0 = gen_date25(r)
    return f"""Verzuimnotitie (alleen intern, geen medische info vastleggen!)
Medewerker: {P(p.rev)}
Ziek gemeld: {fdate(d0, 0)} 05:15 via WhatsApp, door {P(t.full)} aangenomen
Bereikbaar op: {PH(fmt_nl_mobile(gen_nl_mobile(r), 0))}
Verwachte duur: onbekend, contact opnieuw over 3 werkdagen
Fase A, uitzendbeding -> dienstverband eindigt bij ziekte, ZW-melding UWV voor {fdate(d0 + dt.timedelta(days=r.randint(3, 9)), 1)}
Inlener geïnformeerd ({NP(r.choice(CLIENTS_NL))}, afdeling planning)
"""


@scenario("nl", True)
def nl_contractverlenging(r, k):
    p = mkperson(r, pick(r, "nl", "be", "ro"))
    a, pc, town = nl_home(r)
    s = gen_date25(r)
    if k == 0:
        return f"""Beste {P(p.first)},

Goed nieuws: {NP(r.choice(CLIENTS_NL))} wil je graag houden! Je huidige contract (fase B, contract {r.randint(2, 4)} van 6) loopt af op {fdate(s, 5)}. We verlengen met 26 weken, t/m {fdate(s + dt.timedelta(days=182), 5)}. Je uurloon gaat naar € {r.randint(14, 17)},{r.randint(10, 95)} bruto (inlenersbeloning, loonschaal C trede 2).

De nieuwe arbeidsovereenkomst sturen we per post naar {AD(a)}, {PC(pc)} {town}, of wil je liever digitaal tekenen?

Groet,
{P('Thijs')}
Grenswerk Venlo
"""
    return f"""Hoi {P(p.first)}, contract is verlengd tm {fdate(s, 1)} (zelfde loon, {r.randint(32, 40)} uur). Digitaal tekenen via de link in je mail van vanochtend, link verloopt na 72 uur. Klopt je adres nog, {AD(a)}? Groetjes {P('Femke')} (Grenswerk Enschede)
"""


@scenario("nl", True)
def nl_referentie(r, k):
    p, ref = people(r, ["nl", "be"], 2)
    t = staff("anouk")
    if k == 0:
        return f"""Referentiecheck – kandidaat {P(p.full)} (vacature VAC-25-{r.randint(100, 999)}, teamleider expeditie)

Gebeld met {P(ref.full)}, voormalig leidinggevende bij {NP(r.choice(['Wolters Koeltransport', 'Brinkman Distributie']))}, {PH(fmt_nl_fixed(gen_nl_fixed(r, 'Venlo'), 0))}.
- Periode: {r.randint(2016, 2020)} t/m {r.randint(2021, 2024)}, {r.randint(8, 25)} mensen onder zich
- Betrouwbaar, goed met planning (WMS Blue Yonder), soms kort door de bocht naar uitzendkrachten
- Zou hem/haar opnieuw aannemen: "ja, zonder twijfel"
Toestemming kandidaat voor dit gesprek: per mail gekregen {fdate(gen_date25(r), 0)}.

{P(t.full)}
"""
    mail = ref.mail(r, 3)
    return f"""Van: {P(ref.full)} <{E(mail)}>
Aan: {staff_mail('anouk')}
Onderwerp: RE: referentie {P(p.full)}

Dag {P('Anouk')},

Excuses voor de late reactie. {P(p.first)} heeft van {r.randint(2015, 2019)} tot vorig jaar bij ons gewerkt als reachtruckchauffeur. Altijd op tijd, nooit schade. Je mag me ook bellen op {PH(fmt_be_mobile(gen_be_mobile(r), 0))} (ik werk tegenwoordig in België).

Groeten,
{P(ref.full)}
"""


@scenario("nl", True)
def nl_inlener_aanvraag(r, k):
    c = mkperson(r, "nl")
    client = r.choice(CLIENTS_NL)
    kvk, btw = gen_kvk(r), gen_btw_id(r)
    if k == 0:
        return f"""Onderwerp: aanvraag 6 orderpickers + 2 reachtruckchauffeurs

Goedemorgen {P('Anouk')},

Voor het piekseizoen (week {r.randint(40, 44)} t/m 51) hebben we extra mensen nodig in DC Venlo-Trade Port: 6 orderpickers (2-ploegen 06:00-14:30 / 14:30-23:00) en 2 reachtruckchauffeurs met certificaat. Tarief conform raamovereenkomst RO-2024-{r.randint(10, 99)}, factor {r.randint(1, 2)},{r.randint(60, 95)}.

Voor jullie nieuwe crediteurendossier: KvK {KVK(kvk)}, btw-id {BTW(btw)}.

Met vriendelijke groet,
{P(c.full)}
Hoofd logistiek | {NP(client)}
M {PH(fmt_nl_mobile(gen_nl_mobile(r), 1))}
{E(c.mail(r, 1).split('@')[0] + '@' + CLIENT_DOMAIN[client])}
"""
    return f"""Gespreksverslag klantbezoek {NP(client)}
Aanwezig: {P(c.full)} (operationeel manager), {P('Anouk Verstegen')}, {P('Thijs Camps')}
- Inlenersbeloning: CAO Beroepsgoederenvervoer, ADV-uren worden uitbetaald
- Nieuw filiaal Hengelo, KvK-nummer {KVK(kvk)} (hoofdvestiging), vestigingsnr {digits(r, 12)}
- Facturen per week, referentie verplicht: PO-{r.randint(40000, 49999)}
- Contact planning: {PH(fmt_nl_fixed(gen_nl_fixed(r, 'Hengelo'), 0))} (vraag naar {P(c.first)})
"""


@scenario("nl", True)
def nl_whatsapp_kandidaat(r, k):
    p = mkperson(r, pick(r, "nl", "ma", "tr", "be"))
    a = staff("anouk") if k == 0 else staff("femke")
    s = gen_date25(r)
    if k == 0:
        return f"""WhatsApp-chat met {P(p.full)}
{fdate(s, 2)} 10:14 - {P(a.first)} (Grenswerk): Hoi {P(p.first)}! Je cv ziet er goed uit. Heb je donderdag om 13:30 tijd voor een kennismaking op kantoor, Grenshoeve 12?
{fdate(s, 2)} 10:41 - {P(p.full)}: Ja hoor. Moet ik iets meenemen?
{fdate(s, 2)} 10:42 - {P(a.first)} (Grenswerk): Je ID-kaart of paspoort en je bankpas (voor je IBAN). Parkeren kan voor de deur.
{fdate(s, 2)} 10:43 - {P(p.full)}: 👌 tot donderdag
{fdate(s, 2)} 16:05 - {P(p.full)}: Sorry ander nummer van mij vanaf nu: {PH(fmt_nl_mobile(gen_nl_mobile(r), 0))}
"""
    return f"""[{fdate(s, 1)} 08:50] {P(a.first)}: goedemorgen {P(p.first)}, de heftruckcursus is verschoven naar volgende week dinsdag 08:00 (locatie {NP('Twentse Metaalunie Hengelo')}, poort 2)
[{fdate(s, 1)} 08:57] {P(p.first)}: oke en wie betaalt die cursus
[{fdate(s, 1)} 09:01] {P(a.first)}: wij, € 285,- excl. btw, als je minimaal 13 weken blijft
[{fdate(s, 1)} 09:02] {P(p.first)}: deal. mijn broer {P(mkperson(r, p.her, 'm').first)} zoekt ook werk, mag ik je nummer geven
[{fdate(s, 1)} 09:02] {P(a.first)}: natuurlijk! 053 480 2210 of dit nummer
"""


@scenario("nl", True)
def nl_zzp(r, k):
    p = mkperson(r, "nl")
    kvk = gen_kvk(r)
    if k == 0:
        return f"""Onderwerp: factuur week {r.randint(10, 50)} – heftruckinstructie

Hallo {P('Ruben')},

Bijgaand mijn factuur {r.randint(2025001, 2025099)} voor de VCA/heftruckinstructie aan jullie nieuwe mensen (3 dagdelen à € 195,-).
Let op: mijn btw-nummer is veranderd, het oude omzetbelastingnummer {BS(gen_ob(r))} niet meer gebruiken. Nieuw btw-id: {BTW(gen_btw_id(r))}. KvK {KVK(kvk)}.

Graag betalen op {IB(fmt_iban(gen_iban(r, 'NL'), 1))} t.n.v. {NP(p.last[0].upper() + p.last[1:] + ' Opleidingen')}.

Gr. {P(p.full)}
"""
    return f"""Checklist ZZP'er via Grenswerk (Wet DBA)
Naam: {P(p.full)}
KvK-nummer: {KVK(kvk)}
Btw-id: {BTW(gen_btw_id(r))}
VAR/modelovereenkomst: nr. 9051{r.randint(10000, 99999)} (Belastingdienst)
Uurtarief: € {r.randint(38, 55)},- excl. btw
Aansprakelijkheidsverzekering: ja, polis {r.choice('ABCDEFGH')}{r.randint(1000000, 9999999)}
Beoordeeld door: {P('Femke Oude Luttikhuis')}, {fdate(gen_date25(r), 0)}
"""


@scenario("nl", True)
def nl_urenbriefje_correctie(r, k):
    ws = people(r, ["pl", "ro", "nl"], 4)
    wk = r.randint(2, 50)
    if k == 0:
        p = ws[0]
        return f"""hallo,

in mijn urenbriefje van week {wk} (urenbriefje nr {gen_elf_ref(r)}) staat dinsdag 6,5 uur maar ik heb 9,25 gewerkt, overwerk tot 16:15 want vrachtwagen van {NP('Wolters Koeltransport')} was laat. Mijn teamleider {P(mkperson(r, 'nl').full)} heeft het al goedgekeurd in de app.
graag aanpassen en toeslag 125% erbij

{P(p.full)}
tel {PH(fmt_pl_mobile(gen_pl_mobile(r), 0))}
"""
    rows = "\n".join(f"{P(w.rev)};{gen_non_elf(r, 6)};{r.randint(30, 40)},{pick(r, '00', '25', '50', '75')};{r.randint(0, 6)},{pick(r, '00', '50')}" for w in ws)
    return f"""Export urenregistratie week {wk} – {NP(r.choice(CLIENTS_NL))}
naam;personeelsnr;uren_100;uren_overwerk
{rows}
totaal;;{r.randint(140, 160)},25;{r.randint(5, 15)},50
Gecontroleerd door inlener op {fdate(gen_date25(r), 0)} 16:04, export v2.3.1
"""


@scenario("nl", True)
def nl_interne_notitie(r, k):
    p = mkperson(r, pick(r, "nl", "be"))
    d = gen_dob(r, 1980, 2005)
    if k == 0:
        plate = gen_kenteken(r)
        return f"""{P('Thijs')} → {P('Anouk')}: kandidaat {P(p.full)} ({p.sex == 'm' and 'hij' or 'zij'} is {2025 - d.year}, geboren {DOB(fdate(d, 0))}) kan per direct. Heeft rijbewijs B (nr. {ID(str(r.randint(4000000000, 5999999999)))}) en eigen auto ({KT(plate)}), dus ook inzetbaar in Horst zonder bus. Belt zelf terug na 17:00 op {PH(fmt_nl_mobile(gen_nl_mobile(r), 0))}. Voorstel: {NP('Tuinbouwbedrijf Van Lierop')}, oogst, € 14,40/u. Jij akkoord?
"""
    a, pc, town = nl_home(r)
    return f"""notitie {P('femke')}: {P(p.full.lower())} belde, is verhuisd naar {AD(a)} {PC(pc)}, nog niet doorgegeven aan de gemeente. geboortedatum in systeem was fout ({DOB(fdate(d, 1))} moet zijn {DOB(fdate(d.replace(day=min(d.day + 1, 28)), 1))}), aangepast. mail komt nog.
"""


@scenario("nl", True)
def nl_adreswijziging(r, k):
    p = mkperson(r, pick(r, "nl", "tr", "pl"))
    a1, pc1, t1 = nl_home(r)
    a2, pc2, t2 = nl_home(r)
    mail = p.mail(r)
    if k == 0:
        return f"""Van: {E(mail)}
Onderwerp: adreswijziging

Beste Grenswerk,

Per 1 {NL_MON[r.randint(0, 11)]} woon ik niet meer op {AD(a1)} in {t1} maar op {AD(a2)}, {PC(pc2)} {t2}. Kunnen jullie dat aanpassen voor de loonstroken en de jaaropgaaf?
Mijn personeelsnummer is {gen_non_elf(r, 6)}. Ik werk via jullie bij {NP(r.choice(CLIENTS_NL))}.

Mvg,
{P(p.full)}
"""
    return f"""Wijzigingsformulier personeelsgegevens
------------------------------------------
Naam                : {P(p.full)}
Oud adres           : {AD(a1)}, {PC(pc1)} {t1}
Nieuw adres         : {AD(a2)}
Postcode / plaats   : {PC(pc2)} {t2}
Ingangsdatum        : {fdate(gen_date25(r), 0)}
E-mail              : {E(mail)}
Reden               : verhuizing (niet meer in huisvesting Grenswerk -> inhouding huur stoppen!)
Verwerkt            : {P('R. Driessen')}
"""


@scenario("nl", True)
def nl_verblijfsvergunning(r, k):
    p = mkperson(r, pick(r, "in", "za"))
    d = gen_dob(r, 1975, 2000)
    return f"""Interne check arbeidsmigrant (niet-EU) – {P(p.full)}
Nationaliteit: {'Indiase' if p.her == 'in' else 'Zuid-Afrikaanse'}
Verblijfsdocument: {ID(gen_residence(r))}, aantekening "arbeid vrij toegestaan, TWV niet vereist"
Geboren: {DOB(fdate(d, pick(r, 0, 5)))}
BSN: {BS(fmt_bsn(gen_bsn(r), pick(r, 0, 3)))}
Document gecontroleerd via VerificatieApp ({fdate(gen_date25(r), 0)}), echtheidskenmerken ok.
Let op: geldig tot {fdate(gen_date25(r, (2026, 1, 1), (2029, 12, 1)), 0)} -> reminder 3 mnd vooraf in systeem (taak #{r.randint(30000, 39999)}).
""" if k == 0 else f"""Hoi {P('Hannah')},

Kun jij de documenten van {P(p.full)} nog checken? Paspoort heb ik gezien, maar het verblijfsdocument ({ID(gen_residence(r))}) ligt nog bij de IND voor verlenging. {P(p.first)} heeft een brief van de IND met kenmerk {r.randint(1000000000, 9999999999)} als bewijs dat {'hij' if p.sex == 'm' else 'zij'} mag werken tijdens de aanvraag.
Geboortedatum in de brief: {DOB(fdate(d, 0))}.

{P('Thijs')}
"""


@scenario("nl", True)
def nl_reservering(r, k):
    p = mkperson(r, pick(r, "nl", "pl", "ro"))
    if k == 0:
        return f"""goedemiddag ik wil graag mijn reservering vakantiegeld en vakantiedagen laten uitbetalen, ik ga {r.randint(4, 8)} weken naar huis. Op mijn laatste loonstrook staat reservering vakantiegeld € {r.randint(380, 1200)},{r.randint(10, 99)} en {r.randint(40, 120)},5 uur vakantie.
bank {IB(fmt_iban(gen_iban(r, 'NL'), 2))}
dank je wel
{P(p.full)}, personeelsnr {gen_non_elf(r, 6)}
"""
    return f"""Beste {P(p.first)},

Je verzoek om uitbetaling van je reserveringen is verwerkt in loonrun {r.randint(30, 50)}. Je ontvangt het bedrag rond {fdate(gen_date25(r), 5)} op je bekende rekening {IB(fmt_iban(gen_iban(r, pick(r, 'NL', 'PL', 'RO')), 1))}.
Let op: over het uitbetaalde vakantiegeld wordt het bijzonder tarief ingehouden (tabel {2025}), dat kan hoger uitvallen dan je gewend bent.

Met vriendelijke groet,
{P('Ruben Driessen')}
Salarisadministratie Grenswerk
"""


@scenario("nl", True)
def nl_belgische_werknemer(r, k):
    p = mkperson(r, "be")
    a, pc, town = be_home(r)
    if k == 0:
        return f"""Dag {P('Thijs')},

Ik woon in {town} en werk via jullie bij {NP(r.choice(CLIENTS_NL))}. Mijn loon komt op mijn Belgische rekening {IB(fmt_iban(gen_iban(r, 'BE'), 1))}, maar jullie houden Nederlandse loonheffing in én ik moet in België ook aangifte doen? Mijn boekhouder zegt dat ik een formulier 276 Front. nodig heb.

Adres voor de brief: {AD(a)}, {PC(pc)} {town}
Gsm: {PH(fmt_be_mobile(gen_be_mobile(r), pick(r, 0, 1)))}

Groetjes,
{P(p.full)}
"""
    return f"""Dossier grensarbeider BE – {P(p.full)} (° {DOB(fdate(gen_dob(r, 1970, 2004), 2))})
Identiteitskaart (eID) nr: {ID(gen_be_eid(r))}
BSN (via RNI Venlo): {BS(fmt_bsn(gen_bsn(r), 1))}
Woonadres: {AD(a)}, {PC(pc)} {town} (België)
A1-verklaring: niet nodig, werkt alleen in NL
Reiskosten: {r.randint(28, 65)} km enkele reis, € 0,23/km
"""


@scenario("nl", True)
def nl_intake_formulier(r, k):
    p = mkperson(r, pick(r, "nl", "ro", "pl"))
    a, pc, town = nl_home(r)
    nood = mkperson(r, p.her)
    d = gen_dob(r, 1966, 2006)
    bsn = gen_bsn(r)
    if k == 0:
        return f"""INSCHRIJVING UITZENDKRACHT – intake {fdate(gen_date25(r), 0)}
Achternaam, voornaam ....... {P(p.rev)}
Geboortedatum .............. {DOB(fdate(d, 2))}
BSN ........................ {BS(fmt_bsn(bsn, 2))}
Identiteitsbewijs .......... {'paspoort ' + ID(gen_nl_doc(r, 'N')) if p.her == 'nl' else 'ID-kaart ' + ID(gen_pl_id(r)) if p.her == 'pl' else 'paspoort (RO) — kopie in dossier'}
Adres ...................... {AD(a)}
Postcode / Woonplaats ...... {PC(pc)} / {town}
IBAN ....................... {IB(fmt_iban(gen_iban(r, 'NL'), 1))}
Noodcontact ................ {P(nood.full)}, {PH(fmt_pl_mobile(gen_pl_mobile(r), 0) if p.her == 'pl' else fmt_nl_mobile(gen_nl_mobile(r), 0))}
Loonheffingskorting ........ ja
Functie .................... productiemedewerker, {NP(r.choice(CLIENTS_NL))}
Intake door ................ {P('Thijs Camps')}
"""
    return crlf(f"""Registratie via app – {P(p.full)}

Persoonlijke gegevens
  Geboortedatum: {DOB(fdate(d, 4))}
  Burgerservicenummer: {BS(bsn)}
  Telefoon: {PH(fmt_nl_mobile(gen_nl_mobile(r), 4))}
  E-mail: {E(p.mail(r))}
  Adres: {AD(a)}, {PC(pc)} {town}

Bank
  IBAN: {IB(fmt_iban(gen_iban(r, 'NL'), 0))}

Status: wacht op kopie ID (upload mislukt, bestand > 10 MB)
Aangemaakt via app v4.12.3 vanaf IP {IP(gen_public_ip(r))}
""")


# ---- Dutch, without personal data ------------------------------------------------------------------
@scenario("nl", False)
def nl_vacature(r, k):
    vac = f"VAC-25-{r.randint(100, 999)}"
    if k == 0:
        return f"""VACATURE {vac} – Reachtruckchauffeur (m/v/x) | Venlo Trade Port | 2-ploegen

Wat ga je doen?
Je lost en laadt trailers voor {NP('Janssen Logistics Venlo')} en zet pallets weg tot 11 meter hoogte (reachtruck 2500 KG, mast 11,5 m).

Wat bieden wij?
- € 15,22 bruto per uur + 19 % ploegentoeslag (avond) en € 2,50 p/d reiskosten vanaf 10 km
- Na 26 weken kans op vast contract bij de inlener
- Start: maandag {fdate(gen_weekday(r, 0), 5)}, diensten 06:00–14:30 en 14:30–23:00

Wat vragen wij?
- Certificaat reachtruck (of bereid om te halen, cursus op kosten van Grenswerk)
- Goede beheersing van Nederlands, Engels of Duits

Reageren? App ons via 06 4172 9930 of mail vacatures@{ORG_DOMAIN} o.v.v. {vac}.
Grenswerk Uitzendgroep B.V. · Grenshoeve 12, 5928 RB Venlo · KvK 73920418 · ABU-lid, NEN 4400-1 gecertificeerd
"""
    return f"""📣 WE ZOEKEN JOU! #werkeninvenlo #uitzendwerk
{r.randint(12, 30)} productiemedewerkers voor {NP('Kusters Kunststoffen')} in Tegelen 🏭
💶 € 14,71 p/u + toeslagen (ploegendienst 5x8 -> tot 35 %)
🕕 start {fdate(gen_date25(r), 1)}, geen ervaring nodig
📍 bus vanaf station Venlo, halte Kaldenkerkerweg
Solliciteren? Link in bio of bel 077 354 8800 ☎️  {vac}
@GrenswerkNL
"""


@scenario("nl", False)
def nl_factuur_inlener(r, k):
    client = r.choice(CLIENTS_NL)
    inv = gen_elf_ref(r)
    wk = r.randint(2, 50)
    uren = r.randint(800, 1900)
    if k == 0:
        return f"""FACTUUR
Factuurnummer: {inv}
Factuurdatum: {fdate(gen_date25(r), 0)}
Debiteur: {NP(client)}, t.a.v. crediteurenadministratie
Uw referentie: PO-{r.randint(40000, 49999)} / week {wk}

Omschrijving                      uren      tarief     bedrag
Orderpicker fase A              {uren},50   € 28,14   € {nlnum(uren * 28)},{r.randint(10, 99)}
Toeslag ploegendienst 19 %        {r.randint(100, 300)},00   € 5,35    € {r.randint(600, 1600)},50
Reiskosten                          -         -       € 412,50
Subtotaal excl. btw                                    € {nlnum(uren * 33)},{r.randint(10, 99)}
Btw 21 %

Betaling binnen 14 dagen op NL94 RABO 0327 4188 56 t.n.v. Grenswerk Uitzendgroep B.V. o.v.v. factuurnummer {inv}.
KvK 73920418 · btw NL846903775B01 · G-rekening conform Wet ketenaansprakelijkheid: NL20INGB0008813274
"""
    return f"""Geachte heer/mevrouw,

Volgens onze administratie staat factuur {inv} van {fdate(gen_date25(r), 0)} (€ {nlnum(r.randint(12000, 48000))},{r.randint(10, 99)}) nog open. Wilt u het bedrag binnen 7 dagen overmaken naar NL94RABO0327418856? Het deel van 25 % dat op de G-rekening NL20 INGB 0008 8132 74 gestort moet worden, is inbegrepen.
Hebt u al betaald? Dan kunt u deze herinnering als niet verzonden beschouwen.

Met vriendelijke groet,
Debiteurenbeheer
Grenswerk Uitzendgroep B.V. | 077 354 8800 | debiteuren@{ORG_DOMAIN}
"""


@scenario("nl", False)
def nl_rooster(r, k):
    d0 = gen_date25(r)
    days = [d0 + dt.timedelta(days=i) for i in range(5)]
    if k == 0:
        rows = "\n".join(f"{fdate(d, 0)} | {pick(r, '06:00-14:30', '14:30-23:00', '22:45-06:15')} | hal {r.randint(1, 4)} | dock {r.randint(10, 48)}" for d in days)
        return f"""Rooster week {d0.isocalendar()[1]} – ploeg B, {NP('Transport Hendriks')} (DC Blerick)
datum | dienst | hal | dock
{rows}

Let op: dinsdag komt de audit (IFS 8), veiligheidsschoenen S3 en hesje verplicht. Pauze 30 min onbetaald + 2 x 15 min betaald.
Ruilen van diensten alleen via de app (versie 4.12 of hoger), niet via de teamleider.
"""
    return f"""Beste medewerkers,

In week {d0.isocalendar()[1]} draaien we bij {NP('Haverkort Vleeswaren')} extra zaterdagdiensten (07:00–12:30, toeslag 150 %). Inschrijven kan t/m {fdate(d0, 5)} 12:00 via de planningsapp. We hebben 24 plekken, vol = vol.
Vervoer: bus 2 en bus 5 rijden vanaf de vaste opstapplaatsen, vertrek 06:20.

Team Planning Grenswerk Venlo
"""


@scenario("nl", False)
def nl_cao_uitleg(r, k):
    if k == 0:
        return f"""Veelgestelde vraag: wat zijn reserveringen op mijn loonstrook?

Als uitzendkracht onder de ABU-cao bouw je elke week reserveringen op:
- vakantiegeld: 8 % van je brutoloon, uitbetaling in de laatste week van mei (of bij uitdienst);
- vakantiedagen: minimaal 10,87 % (24 dagen bij fulltime), opneembaar of uit te laten betalen;
- kort verzuim en feestdagen: {r.randint(2, 3)},{r.randint(1, 9)} %.
Loonheffingskorting mag maar bij één werkgever tegelijk worden toegepast. Werk je ook ergens anders? Geef dan via het formulier "opgaaf gegevens loonheffingen" aan waar je de korting wilt.
Meer info: {ORG_DOMAIN}/loonstrook of bel de salarisadministratie op 077 354 8800 (ma–vr 09:00–16:00).
"""
    return f"""Uitleg codes loonstrook (versie {r.randint(3, 5)}.{r.randint(0, 9)}, {fdate(gen_date25(r), 0)})
1000 Uurloon 100 %
1020 Toeslag 125 % / 150 % (overwerk)
1105 Ploegentoeslag 19 % / 24 % / 35 %
3100 Reservering vakantiegeld 8,00 %
3110 Reservering vakantie-uren 10,87 %
4000 Inhouding huisvesting (max € 117,30 p/w)
4010 Inhouding zorgverzekering collectief
7001 Loonheffing (tabel wit, 4-wekenloon)
Het nummer rechtsboven (bijv. 2025-{r.randint(10, 52)}-{r.randint(100000, 999999)}) is het loonstrooknummer, geen personeelsnummer.
"""


@scenario("nl", False)
def nl_huisregels(r, k):
    if k == 0:
        return f"""HUISREGELS GRENSWERK HUISVESTING (versie {fdate(gen_date25(r), 0)})
1. Huur € {r.randint(98, 117)},{pick(r, '00', '50')} per persoon per week, inclusief gas/water/licht en wifi.
2. Stilte tussen 23:00 en 07:00 – ook in de tuin.
3. Geen bezoek dat blijft slapen zonder toestemming van de coördinator.
4. Vuilnis: grijze container dinsdag, groene container om de week (oneven weken).
5. Roken alleen buiten. Rookmelders niet afplakken (boete € 150,-).
6. DEZE REGELS GELDEN IN 2025 EN 2026 VOOR ALLE WONINGEN.
Bij storing: bel 06 4172 9930 (24/7) of meld via {ORG_DOMAIN}/huisvesting.
Woningen: Kazernestraat, Schandeloseweg en het Park Maasveld (chalets 1–24).
"""
    return f"""ZASADY DOMU / REGULI CASA / HUISREGELS – kort
🚭 nie palić w domu / nu se fumează în casă / niet roken in huis
🔇 23:00–07:00 cisza / liniște / stilte
🗑️ śmieci: wtorek / gunoi: marți / afval: dinsdag
🔑 zgubiony klucz € 75 / cheie pierdută € 75 / sleutel kwijt € 75
📞 06 4172 9930 (Grenswerk Huisvesting, PL/RO/NL/EN)
"""


@scenario("nl", False)
def nl_systeem_storing(r, k):
    if k == 0:
        return f"""Storingsmelding INC-{r.randint(20000, 29999)}
De urenapp (FlexTijd v{r.randint(4, 5)}.{r.randint(10, 19)}.0.{r.randint(1, 9)}) geeft sinds 07:12 een timeout bij het goedkeuren van urenbriefjes. Oorzaak: de koppeling met de salarisserver (10.20.0.{r.randint(5, 60)}, poort 8443) draait op 2048 MB werkgeheugen en loopt vol bij de maandagpiek.
Workaround: urenbriefjes na 10:00 opnieuw indienen. Geen gegevens verloren.
Update volgt om 11:00.
– Team ICT Grenswerk
"""
    return f"""Onderhoud planningssysteem zaterdag {fdate(gen_weekday(r, 5), 5)} 22:00 – zondag 02:00
Upgrade naar release 2025.{r.randint(1, 4)} (build {r.randint(4000, 4999)}). Tijdens het onderhoud zijn de app en het portaal (portal.{ORG_DOMAIN}) niet bereikbaar. Diensten van zondag zijn al ingepland; wijzigingen graag voor vrijdag 16:00 doorgeven.
Checksum update-pakket: {hashlib.sha1(str(r.random()).encode()).hexdigest()[:16]}
"""


@scenario("nl", False)
def nl_urenbriefje_herinnering(r, k):
    wk = r.randint(2, 50)
    if k == 0:
        return f"""Herinnering: urenbriefje week {wk} uiterlijk maandag 10:00 indienen!
Te laat = loon een week later. Gebruik de app of lever het papieren briefje in bij de portier van {NP('Verhoeven Verpakkingen')}.
Vermeld altijd je personeelsnummer en het plaatsingsnummer (staat op je bevestiging, begint met 25).
Vragen? salaris@{ORG_DOMAIN}
"""
    refs = [gen_elf_ref(r) for _ in range(3)]
    return f"""Overzicht ontbrekende urenbriefjes week {wk} (inlener {NP('Gebr. Verheijen Metaal')})
urenbriefje {refs[0]} – afdeling lasserij – nog niet goedgekeurd
urenbriefje {refs[1]} – afdeling expeditie – retour: pauze ontbreekt
urenbriefje {refs[2]} – afdeling poedercoating – ok, wacht op export
Totaal {r.randint(3, 9)} open, deadline verwerking dinsdag 12:00 (loonrun {wk}).
"""


@scenario("nl", False)
def nl_busvervoer(r, k):
    if k == 0:
        return f"""Busschema vanaf maandag {fdate(gen_weekday(r, 0), 0)}
Bus 1 (Sevenum): 05:05 Kerkplein – 05:12 Horsterweg – 05:25 {NP('Fresh Park Logistics')}
Bus 3 (Tegelen): 05:10 hoek {NP('Jan van Cleefstraat')}/Maasstraat – 05:18 station Tegelen – 05:35 Trade Port West
Bus 4 (Blerick): 13:50 Antoniuslaan (bij de kerk) – 14:05 {NP('Transport Hendriks')}
Wie niet bij de opstapplaats staat, wordt niet opgehaald. Te laat = zelf regelen, geen vergoeding.
Vragen: 06 4172 9930 (alleen WhatsApp)
"""
    return f"""Wijziging vervoer ivm wegwerkzaamheden {NP('Burgemeester Gommansstraat')}:
opstapplaats verschuift naar de bushalte Prof. Gelissensingel (t/m week {r.randint(30, 45)}). Vertrektijden blijven gelijk (05:15 en 13:45). Bus 6 (busje 8-persoons) rijdt tijdelijk niet; passagiers gaan mee met bus 2.
"""


@scenario("nl", False)
def nl_autoreply(r, k):
    if k == 0:
        return f"""Automatisch antwoord: Bedankt voor je bericht aan Grenswerk Venlo.
We reageren binnen 1 werkdag. Ziekmelden? Bel vóór 07:00 naar 077 354 8800 of app naar +31 6 4172 9930.
Vestiging Enschede: 053 480 2210 · Euregioplein 3, 7511 JK Enschede
Post: Postbus 3140, 5902 RC Venlo
"""
    d0 = gen_date25(r)
    return f"""Dit is een automatisch bericht. Van {fdate(d0, 0)} t/m {fdate(d0 + dt.timedelta(days=r.randint(3, 12)), 0)} is de salarisadministratie beperkt bereikbaar (loonrun {r.randint(20, 50)}). Vragen over je loonstrook? Kijk eerst op {ORG_DOMAIN}/loonstrook. Urgent: 077-3548800, keuze 3.
Grenswerk Uitzendgroep B.V. · KvK 73920418 · btw NL846903775B01
"""


@scenario("nl", False)
def nl_loonstrook_uitleg(r, k):
    ref = gen_elf_ref(r)
    if k == 0:
        run = r.randint(10, 50)
        return f"""Onderwerp: correctie loonrun {run}

Collega's, in loonrun {run} is de ploegentoeslag bij {NP('Kusters Kunststoffen')} met 19 % i.p.v. 24 % berekend (batchnummer {ref}). De correctie gaat mee in de volgende run; getroffen: {r.randint(20, 60)} medewerkers, totaal € {r.randint(3000, 9000)},{r.randint(10, 99)} bruto.
Niemand hoeft iets te doen. Vragen van medewerkers graag doorzetten naar salaris@{ORG_DOMAIN}.
Salarisadministratie
"""
    return f"""Vraag uit de groepsapp (geanonimiseerd): "waarom krijg ik minder netto in week 5 dan in week 4?"
Antwoord: in een vierwekenperiode met een gebroken maand rekent het salarispakket met de maandtabel; het bijzonder tarief ({r.randint(36, 49)},{r.randint(10, 99)} %) geldt voor vakantiegeld en eindejaarsuitkering. Ordernummer van de tabellenset: {ref}. Bedrag tabel {2025}: heffingskorting max € 3.068.
"""


@scenario("nl", False)
def nl_weekcijfers(r, k):
    if k == 0:
        return f"""Weekcijfers vestiging Venlo – week {r.randint(2, 50)}
Plaatsingen: {r.randint(380, 460)} (+{r.randint(1, 9)} % t.o.v. vorige week)
Nieuwe inschrijvingen: {r.randint(40, 90)} (NL {r.randint(10, 20)}, PL {r.randint(10, 30)}, RO {r.randint(5, 20)}, overig {r.randint(1, 9)})
Bezettingsgraad huisvesting: {r.randint(88, 99)} % ({r.randint(300, 340)} van 352 bedden)
Verzuim: {r.randint(3, 7)},{r.randint(0, 9)} % (doel < 5 %)
Omzet: € {nlnum(r.randint(600000, 900000))} (budget € {nlnum(r.randint(600000, 900000))})
Top-3 inleners: {NP('Janssen Logistics Venlo')}, {NP('Transport Hendriks')}, {NP('Kusters Kunststoffen')}
Ordernummer rapportage: {gen_elf_ref(r)}
"""
    return f"""Agenda teamoverleg recruitment (dinsdag 08:30, zaal Maas, Grenshoeve 12)
1. Opening + mededelingen
2. Piekseizoen: {r.randint(120, 180)} extra mensen nodig wk 44–51, status per inlener
3. Nieuwe huisvestingslocatie Park Maasveld (chalets 25–40), oplevering {fdate(gen_date25(r), 5)}
4. Vacatures met lage respons: VAC-25-{r.randint(100, 999)}, VAC-25-{r.randint(100, 999)} (heftruck nachtdienst)
5. SNA-audit NEN 4400-1 op {fdate(gen_date25(r), 0)}
6. Rondvraag
Bellen in: 077 354 8800, toestel 214 (pin volgt in de uitnodiging)
"""


# ====================================== English ====================================================
@scenario("en", True)
def en_application_cv(r, k):
    p = mkperson(r, pick(r, "en", "en", "za", "in"))
    d = gen_dob(r, 1975, 2003)
    if k == 0:
        a, pc, town = uk_home(r)
        return f"""Subject: Application – Warehouse Team Lead (ref. VAC-25-{r.randint(100, 999)})

Dear Grenswerk team,

Please find my details below. I am relocating to Venlo with my partner in {EN_MON[r.randint(0, 11)]} and I am available from then.

Name: {P(p.full)}
Current address: {AD(a)}, {town} {PC(pc)}, United Kingdom
Mobile: {PH(fmt_uk(gen_uk(r), pick(r, 0, 1)))}
Email: {E(p.mail(r))}
Date of birth: {DOB(fdate(d, 7))}
Nationality: {'British / Irish' if p.her == 'en' else 'South African' if p.her == 'za' else 'Indian'}
Right to work in NL: {'no, I will need a residence permit' if p.her != 'en' else 'yes, I also hold an Irish passport'}

Experience
2019–present  Shift supervisor, 3PL warehouse (24/7, 140 FTE)
2015–2019     Reach truck operator (RTITB licensed)

Kind regards,
{P(p.first)}
"""
    a, pc, town = nl_home(r)
    return f"""Hi! I saw your post on Facebook for English-speaking production workers 🙂
my name is {P(p.full.lower())}, I'm {2025 - d.year} (born {DOB(fdate(d, 2))}), already living in NL at {AD(a)} {PC(pc)} {town}.
no Dutch yet but learning (A2). I have a BSN and a Dutch bank account.
whatsapp me on {PH(fmt_nl_mobile(gen_nl_mobile(r), pick(r, 3, 4)))} anytime after 6pm
thx
"""


@scenario("en", True)
def en_inmail(r, k):
    p = mkperson(r, pick(r, "en", "in", "nl"))
    h = staff("hannah")
    if k == 0:
        return f"""InMail · {P(h.full)} → {P(p.full)}
Hi {P(p.first)}, I came across your profile and your experience with WMS implementations at a 3PL stood out. One of our clients near Venlo ({NP('Fresh Park Logistics')}) is looking for an English-speaking inventory control lead, 40 hrs, €3,800–4,400 gross/month, hybrid 1 day. Open to a quick chat this week?
Best, {P(h.first)} | Grenswerk Staffing | {ORG_DOMAIN}/en
"""
    return f"""Re: InMail – Inventory control lead
{P(p.full)} · 2nd
Thanks {P(h.first)}, sounds interesting. I'm on holiday until the 14th but you can call me after that on {PH(fmt_uk(gen_uk(r), 1) if p.her == 'en' else fmt_nl_mobile(gen_nl_mobile(r), 3))} or email {E(p.mail(r, 0))}. Could you share the salary range in writing and whether relocation support is offered?
Cheers, {P(p.first)}
"""


@scenario("en", True)
def en_id_check(r, k):
    p = mkperson(r, "en")
    d = gen_dob(r, 1970, 2004)
    if k == 0:
        return f"""ID check – {P(p.full)}
Document: UK passport no. {ID(gen_uk_passport(r))}, expiry {fdate(gen_date25(r, (2027, 1, 1), (2034, 12, 1)), 7)}
Date of birth: {DOB(fdate(d, 7))}
BSN: not yet – RNI appointment booked at Venlo town hall, {fdate(gen_date25(r), 7)} 10:20
Payroll: anonymous tariff (52 %) until BSN is known, explained to candidate ✅
Checked by {P('Hannah')}
"""
    return f"""Hi {P('Hannah')},

Here are the details you asked for. I've got an Irish passport, number {ID(gen_ie_passport(r))}, and my BSN came through yesterday: {BS(fmt_bsn(gen_bsn(r), pick(r, 0, 2)))}.
My date of birth is {DOB(fdate(d, 8))} (the RNI letter has it the European way, {DOB(fdate(d, 0))}, in case that's confusing).

Thanks,
{P(p.full)}
"""


@scenario("en", True)
def en_residence_permit(r, k):
    p = mkperson(r, pick(r, "in", "za"), "m" if k == 0 else None)
    d = gen_dob(r, 1978, 2000)
    if k == 0:
        return f"""Dear {P('Hannah Whitfield')},

As requested, my residence permit details: document number {ID(gen_residence(r))}, valid until {fdate(gen_date25(r, (2026, 3, 1), (2029, 12, 1)), 7)}, "arbeid vrij toegestaan". My BSN is {BS(fmt_bsn(gen_bsn(r), 1))}. My wife {P(mkperson(r, p.her, 'f').first)} will apply for a job with you as well; her permit is still being processed by the IND (V-number {r.randint(3000000000, 3999999999)}).

Regards,
{P(p.full)}
Date of birth: {DOB(fdate(d, 7))}
"""
    return f"""Internal – right-to-work check
Candidate: {P(p.rev)}
Permit type: residence permit (highly skilled migrant), card no. {ID(gen_residence(r))}
DOB: {DOB(fdate(d, 0))}
Employer sponsor: client is a recognised sponsor? -> NO, so we cannot employ via KM scheme; advise candidate.
Decision: {P('Femke')} / {P('Hannah')}, {fdate(gen_date25(r), 0)}
"""


@scenario("en", True)
def en_payslip_iban(r, k):
    p = mkperson(r, pick(r, "en", "ro", "pl"))
    if k == 0:
        old, new = gen_iban(r, "GB"), gen_iban(r, "NL")
        return f"""Subject: Bank details change + payslip week {r.randint(10, 50)}

Hello payroll,

I finally opened a Dutch account, please pay my wages into {IB(fmt_iban(new, 3))} from now on instead of my UK one ({IB(fmt_iban(old, 0))}). 
Also, on my last payslip the line "res. vak.geld" shows €{r.randint(100, 400)}.{r.randint(10, 99)} – is that paid out in May or when I leave?

Many thanks,
{P(p.full)}
employee no. {gen_non_elf(r, 6)}
"""
    new = gen_iban(r, pick(r, "RO", "PL"))
    return f"""hi {P('Ruben')}, my salary this week did not arrive 😟 I changed bank last week to {IB(fmt_iban(new, 1))} - maybe the problem? I need money for rent. please call me {PH(fmt_nl_mobile(gen_nl_mobile(r), 0))}
{P(p.first)}
"""


@scenario("en", True)
def en_housing(r, k):
    a, pc, town = nl_home(r, "twente" if k else "limburg", addition=False)
    ps = people(r, ["pl", "ro", "en"], 3)
    if k == 0:
        return f"""Hello,

I am writing about the house at {AD(a)}, {PC(pc)} {town}. The heating has been broken since Friday and it is 14 degrees inside. {P(ps[1].full)} and {P(ps[2].full)} (rooms 2 and 4) also complained. The landlord's guy gave us this number {PH(fmt_nl_mobile(gen_nl_mobile(r), 1))} but nobody answers.
Can Grenswerk please fix this, we pay €{r.randint(98, 117)}.50 every week.

{P(ps[0].first)}
"""
    return f"""Housing note – {fdate(gen_date25(r), 7)}
Moved {P(ps[0].full)} from the chalet park (chalet {r.randint(1, 24)}) to {AD(a)} ({PC(pc)}), room {r.randint(1, 6)}. Key handed over by {P('Kasia')}. Deposit €{r.randint(100, 250)} already paid by card ({CC(fmt_card(gen_card(r, pick(r, 'visa', 'mastercard')), 2))}, see payment log), no new deposit.
Rent deduction continues at the same rate, payroll informed.
"""


@scenario("en", True)
def en_carpool(r, k):
    ps = people(r, ["en", "pl", "ro", "in"], 3)
    if k == 0:
        return f"""[06:01, {fdate(gen_date25(r), 2)}] {P(ps[0].first)}: morning all, I'm driving today, silver Skoda {KT(fmt_kenteken(gen_kenteken(r), pick(r, 0, 3)))}, leaving 05:20 from the Shell on the ring road
[06:02] {P(ps[1].first)}: 👍 me + {P(ps[2].first)}
[06:02] {P(ps[0].first)}: petrol money is €3 each as usual
[06:15] {P(ps[2].full)}: {P(ps[0].first)} can you pick me up at {AD(nl_home(r)[0])}? bike has a flat
[06:16] {P(ps[0].first)}: ok 5 min
"""
    return f"""Car-pool registration form
Driver: {P(ps[0].full)}
Licence plate: {KT(gen_kenteken(r))}
Driving licence no.: {ID(str(r.randint(4000000000, 5999999999)))}
Passengers: {P(ps[1].full)}, {P(ps[2].full)}
Route: Venray – Trade Port West, shift 06:00–14:30
Mileage allowance: €0.23/km, paid via payslip (code 5200)
"""


@scenario("en", True)
def en_sick_report(r, k):
    p = mkperson(r, pick(r, "en", "ro", "pl"))
    if k == 0:
        return f"""hi it's {P(p.full)}, i'm sick today and tomorrow, can't come to {NP(r.choice(CLIENTS_NL))}. doctor appointment at 11. sorry!! you can reach me on {PH(fmt_nl_mobile(gen_nl_mobile(r), pick(r, 0, 2)))}
"""
    return f"""Absence log – {fdate(gen_date25(r), 0)}
{P(p.full)} called in sick at 05:40 (night shift). Informed client planner. Spoke to {P(p.first)} again at 14:00; expects to be back Monday. No medical details recorded (GDPR).
Logged by {P('H. Whitfield')}
"""


@scenario("en", True)
def en_reference_request(r, k):
    p, ref = people(r, "en", 2)
    if k == 0:
        return f"""Dear {P(ref.full)},

{P(p.full)} has applied through Grenswerk Staffing for a position as warehouse supervisor and has named you as a referee from {NP('Pennine Freight Ltd')}. Would you be willing to answer a few short questions by phone? We could call you on {PH(fmt_uk(gen_uk(r, 'fixed'), 0))} any day next week between 10:00 and 16:00 (CET).

Kind regards,
{P('Hannah Whitfield')}
International Desk, Grenswerk Staffing
+31 77 354 8800
"""
    return f"""From: {P(ref.full)} <{E(ref.mail(r))}>
To: international@{ORG_DOMAIN}
Subject: Reference – {P(p.full)}

Hi {P('Hannah')},

Happy to confirm {P(p.first)} worked for us from {r.randint(2016, 2019)} to {r.randint(2022, 2024)} as a team leader on nights. Reliable, good with new starters, left on good terms. Best to reach me on my mobile, {PH(fmt_uk(gen_uk(r), 0))}.

Best,
{P(ref.first)}
"""


@scenario("en", True)
def en_contract_extension(r, k):
    p = mkperson(r, pick(r, "en", "in", "ro"))
    s = gen_date25(r)
    if k == 0:
        return f"""Dear {P(p.first)},

Good news – {NP(r.choice(CLIENTS_NL))} would like to extend your assignment. Your current contract ends on {fdate(s, 7)}; the new one runs until {fdate(s + dt.timedelta(days=182), 7)} (phase B, contract 2 of 6). Hourly wage: €{r.randint(14, 17)}.{r.randint(10, 95)} gross, plus 19 % shift allowance.
You will receive the contract via the e-sign portal today. Please sign within 3 working days.

Kind regards,
{P('Thijs Camps')}
"""
    return f"""Hi {P('Thijs')}, thanks for the extension! One question: my address changed, it's now {AD(nl_home(r)[0])} – can you put that on the new contract? And is the €{r.randint(14, 17)}.{r.randint(10, 95)} including the holiday allowance or not?
{P(p.full)}
"""


@scenario("en", True)
def en_internal_note(r, k):
    p = mkperson(r, pick(r, "en", "za", "in"))
    d = gen_dob(r, 1980, 2004)
    if k == 0:
        return f"""{P('Hannah')} → {P('Anouk')}, {fdate(gen_date25(r), 2)} 15:02
Spoke to {P(p.full)} today, good candidate for the English-speaking QA role at {NP('Verhoeven Verpakkingen')}. DOB {DOB(fdate(d, 0))}, lives in Venlo, no car (bike). Mobile {PH(fmt_nl_mobile(gen_nl_mobile(r), 3))}. Can start {fdate(gen_date25(r), 7)}. Could you check with the client whether nights are mandatory?
"""
    return f"""note for {P('ruben')}: {P(p.first.lower())} ({P(p.full)}) says the 30%-ruling question is NOT for us, {'he' if p.sex == 'm' else 'she'} has to ask the tax office {'himself' if p.sex == 'm' else 'herself'}. {'his' if p.sex == 'm' else 'her'} BSN for the wage tax statement is {BS(fmt_bsn(gen_bsn(r), 0))}. born {DOB(fdate(d, 7))}. – {P('hannah')}
"""


@scenario("en", True)
def en_card_payment(r, k):
    p = mkperson(r, pick(r, "en", "in"))
    card = gen_card(r, pick(r, "visa", "mastercard", "amex"))
    if k == 0:
        return f"""Hello,

I paid the housing deposit online last week but the payment page crashed, and my bank shows the charge twice. Card used: {CC(fmt_card(card, 1))}, exp 0{r.randint(1, 9)}/2{r.randint(7, 9)}. Could you refund one of the two charges of €{r.randint(150, 250)}.00?
Or pay it back to my Dutch account {IB(fmt_iban(gen_iban(r, 'NL'), 1))}.

Thanks,
{P(p.full)}
"""
    return f"""Refund request (payment portal) – ticket #{r.randint(50000, 59999)}
Name on card: {P(p.full.upper())}
Card number: {CC(fmt_card(card, 0))}
Amount: €{r.randint(150, 250)}.00 (duplicate)
Note from finance: NEVER ask for full card numbers by mail – refund via PSP reference {gen_elf_ref(r)} instead.
"""


@scenario("en", True)
def en_portal_login(r, k):
    p = mkperson(r, pick(r, "en", "pl", "ro"))
    ip = gen_public_ip(r)
    if k == 0:
        return f"""Hi, I can't log in to the worker portal (portal.{ORG_DOMAIN}), it says "account locked – too many attempts from {IP(ip)}". That's my home internet. My login is {E(p.mail(r))}. Please unlock it, I need to submit my hours before Monday 10:00.
{P(p.first)}
"""
    return f"""Security alert (automated)
Portal user {E(p.mail(r))} – 6 failed logins in 2 minutes
Source address: {IP(ip)} (NL, consumer ISP)
Internal proxy: 10.20.0.{r.randint(2, 200)}
Action: account locked for 30 minutes. Ticket INC-{r.randint(20000, 29999)} created.
"""


@scenario("en", True)
def en_address_change(r, k):
    p = mkperson(r, pick(r, "en", "za"))
    a, pc, town = nl_home(r, "twente" if k else "limburg")
    if k == 0:
        ua, upc, utown = uk_home(r)
        return f"""Subject: new address

Hi,

I've moved out of the shared house. My new address is {AD(a)}, {PC(pc)} {town}. Please send my annual statement there. Old UK address ({AD(ua)}, {utown} {PC(upc)}) can be deleted from your system.

Best,
{P(p.full)}
"""
    return f"""Change of address form
Name: {P(p.full)}
New address: {AD(a)}
Postcode: {PC(pc.replace(' ', ''))}
Town: {town}
Effective date: {fdate(gen_date25(r), 7)}
Still in Grenswerk housing? no
"""


@scenario("en", True)
def en_zzp_freelancer(r, k):
    p = mkperson(r, pick(r, "en", "in"))
    return f"""Hi {P('Femke')},

I'm registered as a freelancer (eenmanszaak) now, so for the training sessions I'll invoice you directly. My KvK number is {KVK(gen_kvk(r))} and my VAT ID is {BTW(gen_btw_id(r))}. Invoice {r.randint(2025001, 2025099)} attached, €{r.randint(600, 1800)} excl. VAT.
Account: {IB(fmt_iban(gen_iban(r, 'NL'), pick(r, 0, 1)))} ({P(p.init)})

Thanks!
{P(p.first)}
""" if k == 0 else f"""Supplier onboarding – freelance trainer
Name: {P(p.full)}
Chamber of Commerce (KvK): {KVK(gen_kvk(r))}
VAT: {BTW(gen_btw_id(r))}
Rate: €{r.randint(45, 75)}/hour excl. VAT
Approved: {P('F. Oude Luttikhuis')}
"""


@scenario("en", True)
def en_interview_scheduling(r, k):
    p = mkperson(r, pick(r, "en", "in", "za"))
    mgr = mkperson(r, "nl")
    s = gen_date25(r)
    if k == 0:
        return f"""Hi {P(p.first)},

Your interview with {P(mgr.full)} (operations manager at {NP('Brinkman Distributie')}) is confirmed for {fdate(s, 7)} at 14:00. Address: ask for {P(mgr.sur)} at reception, gate 3, the building next to the truck parking on the {NP('Edisonstraat')}.
Bring your passport and safety shoes; there will be a short walk through the warehouse.

If you're running late, call me on 06 4172 9930.

Good luck!
{P('Hannah')}
"""
    return f"""Interview slots – QA coordinator (client {NP('Haverkort Vleeswaren')})
{fdate(s, 0)} 09:30  {P(p.full)} (Teams; {E(p.mail(r))})
{fdate(s, 0)} 11:00  {P(mkperson(r, 'ro').full)} (on site)
{fdate(s, 0)} 13:30  cancelled
Panel: {P(mgr.full)}, {P('Hannah Whitfield')}
"""


# ---- English, without personal data -------------------------------------------------------------------
@scenario("en", False)
def en_vacancy(r, k):
    vac = f"VAC-25-{r.randint(100, 999)}"
    if k == 0:
        return f"""JOB | English-speaking Order Picker – Venlo ({vac})
• €14.71 gross/hour + 19–35 % shift allowance, paid weekly
• Housing available (€{r.randint(98, 117)}.50/week, shared room, SNF certified), bus to work included
• 5x8 rotating shifts, 38–40 hours, start {fdate(gen_date25(r), 7)}
• Scanner work (Zebra MC9300, 2048 MB app memory – yes, it's old), max. 23 kg lifting
No Dutch needed. Apply: international@{ORG_DOMAIN} or WhatsApp +31 6 4172 9930 with "{vac}".
Grenswerk Staffing – part of Grenswerk Uitzendgroep B.V., Grenshoeve 12, 5928 RB Venlo
"""
    return f"""We're hiring 🚚 Day-shift drivers (C/CE) for {NP('Wolters Koeltransport')}, Venlo – Germany – Belgium. Code 95 required. €{r.randint(17, 19)}.{r.randint(10, 90)}/h + expenses (€{r.randint(30, 49)},- per overnight). Apply via {ORG_DOMAIN}/jobs/{vac.lower()} #logistics #hiring @grenswerk_jobs
"""


@scenario("en", False)
def en_faq_bsn(r, k):
    if k == 0:
        return f"""FAQ – How do I get a BSN?
If you don't live in the Netherlands yet (or only stay < 4 months), you register in the RNI (non-residents' records) at one of the 19 RNI desks – the nearest are Venlo and Enschede. Bring your passport or EU ID card. You get your citizen service number (BSN) on the spot, printed on a letter. It looks like the specimen 999999990 used in government examples – never send a photo of the real letter by WhatsApp, show it at our office.
Until we have your BSN, we must withhold wage tax at the anonymous rate (52 %).
"""
    return f"""FAQ – Why does my payslip show "tabel groen"?
Some payments (e.g. holiday allowance paid in one go) are taxed with the "special rate" table. The percentage depends on your annual salary: for €{nlnum(r.randint(20, 40) * 1000)} it is roughly {r.randint(36, 38)}.{r.randint(10, 99)} %. Over the full year it evens out via your income tax return. Reference document: Payroll guide v{r.randint(2, 4)}.{r.randint(0, 9)}, section 4.2.1.
"""


@scenario("en", False)
def en_shift_roster(r, k):
    d0 = gen_date25(r)
    rows = "\n".join(f"{fdate(d0 + dt.timedelta(days=i), 7)}  | {pick(r, 'early 06:00–14:30', 'late 14:30–23:00', 'night 22:45–06:15')} | line {r.randint(1, 6)}" for i in range(4))
    if k == 0:
        return f"""Roster team C – {NP('Kusters Kunststoffen')}, week {d0.isocalendar()[1]}
{rows}
Overtime this week is voluntary (125 %). Swap requests via the app only; version 4.12 or higher required.
"""
    return f"""Reminder for all night-shift workers at {NP('Haverkort Vleeswaren')}: from week {d0.isocalendar()[1]} the night shift starts at 22:30 instead of 22:45 (hygiene check). Bus 5 leaves 15 minutes earlier, at 21:50. Your hours are paid from 22:30. Questions: planning@{ORG_DOMAIN}
"""


@scenario("en", False)
def en_invoice_client(r, k):
    inv = gen_elf_ref(r)
    if k == 0:
        return f"""INVOICE {inv}
Date: {fdate(gen_date25(r), 7)}
Customer: {NP('Fresh Park Logistics')} (customer no. {r.randint(10000, 99999)})
Your PO: 45{r.randint(10000000, 99999999)}
Description: temporary staff week {r.randint(2, 50)} – {r.randint(300, 900)} hours at €{r.randint(27, 34)}.{r.randint(10, 99)}
Total excl. VAT: €{nlnum(r.randint(10000, 30000)).replace('.', ',')}.{r.randint(10, 99)}
VAT 21 %
Please pay within 14 days to NL94 RABO 0327 4188 56 (BIC RABONL2U), quoting invoice number {inv}.
Grenswerk Uitzendgroep B.V. · Chamber of Commerce 73920418 · VAT NL846903775B01
"""
    return f"""Dear accounts payable,

Our invoice {inv} dated {fdate(gen_date25(r), 7)} has not been paid yet. The remaining balance is €{r.randint(2000, 9000)}.{r.randint(10, 99)}. Please note that 25 % must be paid into our G-account NL20 INGB 0008 8132 74 (Dutch chain liability act).
Tracking of the paper copy: 3SGRW{r.randint(10000000, 99999999)}

Kind regards,
Accounts receivable, Grenswerk Staffing
"""


@scenario("en", False)
def en_housing_rules(r, k):
    if k == 0:
        return f"""House rules – Grenswerk housing (English)
1. Rent €{r.randint(98, 117)}.50 per person per week, deducted from your wages (max. 25 % of the minimum wage).
2. Quiet hours 23:00–07:00.
3. Guests may not stay overnight without permission.
4. Bins: grey bin Tuesday, green bin every other week.
5. Report repairs via {ORG_DOMAIN}/housing or WhatsApp 06-41729930.
Locations: Kazernestraat, Schandeloseweg and Park Maasveld (chalets 1–40).
"""
    return f"""Moving-out checklist
☐ room clean, bed stripped
☐ fridge shelf empty
☐ keys (2) returned to the coordinator – lost key €75
☐ final meter reading noted (chalet meters start with 871{r.randint(100000, 999999)})
Deposit is refunded within 30 days after inspection.
"""


@scenario("en", False)
def en_holiday_pay(r, k):
    if k == 0:
        return f"""Holiday allowance explained
You build up 8 % holiday allowance on your gross wage every week. It is paid in the last week of May (payroll run 22) or when your contract ends. Holiday hours: 10.87 % of worked hours. Example: 40 hours/week × €14.71 = €588.40 gross → €47.07 holiday allowance per week.
Public holidays ({fdate(gen_date25(r), 7)}, Christmas) are paid from the public-holiday reserve.
"""
    return f"""Q: Why is there a deduction "ZVW" and "coll. verz." on my payslip?
A: "coll. verz." is the collective health insurance premium (€{r.randint(130, 160)}.{r.randint(10, 99)}/month) if you joined our collective policy (policy number 7{r.randint(10000000, 99999999)}). ZVW is the income-related contribution (6.51 %), paid by the employer. Only visible, not deducted.
"""


@scenario("en", False)
def en_it_notice(r, k):
    if k == 0:
        return f"""Planned maintenance – worker portal
Saturday {fdate(gen_weekday(r, 5), 7)}, 22:00–02:00 CET. Release 5.{r.randint(1, 9)}.{r.randint(0, 20)} adds Polish and Romanian translations and fixes the timesheet upload limit (now 20 MB). During maintenance the app shows "503". Server IP for whitelisting on client networks remains 10.20.0.{r.randint(5, 60)} (VPN only).
"""
    return f"""Known issue: timesheet app crashes on Android 14 when the camera is used. Workaround: update to app version 4.12.3 (build {r.randint(4000, 4999)}), or upload a photo from the gallery. Affected devices: ~{r.randint(5, 15)} %. Bug ID GW-{r.randint(1000, 9999)}.
"""


@scenario("en", False)
def en_newsletter(r, k):
    if k == 0:
        return f"""Grenswerk International – newsletter {EN_MON[r.randint(0, 11)]}
🎉 {r.randint(40, 80)} new colleagues from 9 countries started this month!
📚 Free Dutch lessons (A1/A2) every Wednesday 18:30 at Grenshoeve 12 – sign up before {fdate(gen_date25(r), 7)}.
🚲 Bike lease: €{r.randint(7, 12)}.50/week, deducted from your wages.
🏠 Park Maasveld: 16 new chalets ready in week {r.randint(10, 50)}.
Questions? international@{ORG_DOMAIN} · +31 77 354 8800
"""
    return f"""Safety update: {r.randint(3, 9)} forklift incidents in Q{r.randint(1, 4)}, none with injury. Remember: max 10 km/h in the halls, horn at every crossing, and pallets above 2,000 kg only with the counterbalance truck. Toolbox meeting {fdate(gen_date25(r), 7)} 13:45, canteen hall 2.
"""


@scenario("en", False)
def en_order_confirmation(r, k):
    o = gen_elf_ref(r)
    if k == 0:
        return f"""Order confirmation {o}
Client: {NP('Distributiecentrum Trade Port Noord')}
Requested: {r.randint(4, 20)} order pickers, {r.randint(1, 4)} reach truck drivers, week {r.randint(2, 50)}–{r.randint(2, 50)}
Shifts: 06:00–14:30 / 14:30–23:00
Rate card: RC-2025-{r.randint(10, 99)} (factor {r.randint(1, 2)}.{r.randint(60, 95)})
Confirmed by Grenswerk Staffing, planning@{ORG_DOMAIN}
"""
    return f"""Re: order {o} – we can fill {r.randint(3, 8)} of the {r.randint(9, 12)} positions from Monday; the rest from week {r.randint(2, 50)} (new group arriving from Poland on the bus, arrival {fdate(gen_date25(r), 7)} around 18:00). Induction at your site Tuesday 08:00, gate 4.
Planning team, Grenswerk Venlo
"""


# ====================================== German =====================================================
def gen_steuer_id(r):
    """German steuerliche Identifikationsnummer (NOT a label of this set): 11 digits, ISO 7064 MOD 11,10"""
    while True:
        ds = list("0123456789")
        r.shuffle(ds)
        body = ds[:9]
        body.insert(r.randint(1, 9), r.choice(body))
        if body[0] == "0":
            continue
        return "".join(body) + str(steuer_id_check("".join(body)))


def steuer_id_check(d10):
    prod = 10
    for ch in d10:
        s = (int(ch) + prod) % 10 or 10
        prod = (s * 2) % 11
    c = 11 - prod
    return 0 if c == 10 else c


def steuer_id_ok(s):
    d = s.replace(" ", "")
    return len(d) == 11 and d.isdigit() and d[0] != "0" and steuer_id_check(d[:10]) == int(d[10])


def gen_de_vat(r):
    """German USt-IdNr. (NOT a label of this set: BTW_ID is the Dutch NL...B.. number only)"""
    d = str(r.randint(1, 9)) + digits(r, 7)
    return f"DE{d}{steuer_id_check(d)}"


def de_vat_ok(s):
    return bool(re.fullmatch(r"DE\d{9}", s)) and steuer_id_check(s[2:10]) == int(s[10])


def sv_check(core11):
    """core: area(2) + DDMMYY + letter + serial(2) -> check digit"""
    dd = core11[:8] + f"{ord(core11[8]) - 64:02d}" + core11[9:11]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(sum(int(x) for x in str(int(a) * b)) for a, b in zip(dd, w)) % 10


def gen_sv_nummer(r, p, d):
    """German Rentenversicherungsnummer (NOT a label of this set); contains the birth date as DDMMYY"""
    core = f"{r.choice(['13', '15', '16', '18', '65'])}{d.day:02d}{d.month:02d}{d.year % 100:02d}{fold(p.last)[0].upper()}" \
           f"{r.randint(0, 49) if p.sex == 'm' else r.randint(50, 99):02d}"
    return core + str(sv_check(core))


@scenario("de", True)
def de_bewerbung(r, k):
    p = mkperson(r, "de")
    a, plz, town = de_home(r)
    d = gen_dob(r, 1968, 1996)
    if k == 0:
        return f"""Betreff: Bewerbung als Staplerfahrer (Stellen-Nr. VAC-25-{r.randint(100, 999)})

Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich als Grenzgänger um die Stelle als Staplerfahrer in Venlo. Meinen Lebenslauf finden Sie im Anhang, die wichtigsten Angaben hier:

Name:               {P(p.full)}
Anschrift:          {AD(a)}, {PC(plz)} {town}
Telefon:            {PH(fmt_de_mobile(gen_de_mobile(r), pick(r, 0, 2)))}
E-Mail:             {E(p.mail(r))}
Geburtsdatum:       {DOB(fdate(d, 3))}
Staatsangehörigkeit: deutsch
Führerschein:       Klasse B, BE; Staplerschein seit 2016

Ich könnte ab dem {fdate(gen_date25(r), 3)} anfangen.

Mit freundlichen Grüßen
{P(p.full)}
"""
    return f"""Lebenslauf (Auszug, aus PDF kopiert; Upload über das Bewerberportal von {IP(gen_public_ipv6(r))})
PERSÖNLICHE DATEN
{P(p.full)}
geb. am {DOB(fdate(d, 6))} in {pick(r, 'Viersen', 'Krefeld', 'Mönchengladbach', 'Gronau (Westf.)', 'Nordhorn')}
{AD(a)} · {PC(plz)} {town}
Handy {PH(fmt_de_mobile(gen_de_mobile(r), pick(r, 1, 3)))} · {E(p.mail(r, 1))}
BERUFSERFAHRUNG
seit 2020 Lagerist, {NP(r.choice(CLIENTS_DE))}
2016–2020 Produktionshelfer (Zeitarbeit)
"""


@scenario("de", True)
def de_grenzgaenger_steuer(r, k):
    p = mkperson(r, "de")
    a, plz, town = de_home(r)
    if k == 0:
        return f"""Hallo Herr {P('Kösters')},

ich wohne in {town} und arbeite seit {DE_MON[r.randint(0, 11)]} über Grenswerk in Venlo. Meine Frage: Muss ich das niederländische Gehalt in Deutschland in der Steuererklärung angeben (Progressionsvorbehalt)? Mein Steuerberater braucht eine Bescheinigung mit meiner BSN {BS(fmt_bsn(gen_bsn(r), 0))} und meiner deutschen Steuer-ID {gen_steuer_id(r)}.
Bitte schicken Sie die Jahresopgaaf an {AD(a)}, {PC(plz)} {town}.

Viele Grüße
{P(p.full)}
"""
    return f"""Notiz Grenzgänger-Sprechstunde {fdate(gen_date25(r), 3)}
Gast: {P(p.full)} ({town})
- Steuer-ID (DE) {gen_steuer_id(r)} – nur für das deutsche Finanzamt, nicht in unser System!
- BSN vorhanden: {BS(fmt_bsn(gen_bsn(r), 1))}
- Krankenversicherung: weiterhin AOK über Formular S1, an Zorginstituut weitergeleitet
- Fragen zur 183-Tage-Regel -> Merkblatt Grenzgänger v3 mitgegeben
Berater: {P('Stefan Kösters')}
"""


@scenario("de", True)
def de_sv_nummer(r, k):
    p = mkperson(r, "de")
    d = gen_dob(r, 1965, 2004)
    if k == 0:
        return f"""Ausweisprüfung – {P(p.full)}
Personalausweis Nr. {ID(gen_de_ausweis(r))}, gültig bis {fdate(gen_date25(r, (2027, 1, 1), (2034, 12, 1)), 3)}
Geburtsdatum: {DOB(fdate(d, 3))}
Sozialversicherungsnummer (DE): {gen_sv_nummer(r, p, d)} – für A1/S1-Antrag, nicht für die Lohnabrechnung
BSN: beantragt (RNI Enschede, Termin {fdate(gen_date25(r), 3)})
geprüft: {P('S. Kösters')}
"""
    return f"""Sehr geehrte Frau {P('Oude Luttikhuis')},

anbei die fehlenden Angaben: mein Reisepass hat die Nummer {ID(gen_de_ausweis(r))}, mein Geburtsdatum ist der {DOB(fdate(d, 6))}. Meine Rentenversicherungsnummer lautet {gen_sv_nummer(r, p, d)}, falls Sie die für das Formular A1 brauchen.

Freundliche Grüße
{P(p.full)}
"""


@scenario("de", True)
def de_iban_aenderung(r, k):
    p = mkperson(r, pick(r, "de", "pl"))
    new = gen_iban(r, "DE" if p.her == "de" else pick(r, "DE", "PL"))
    if k == 0:
        return f"""Betreff: Änderung Bankverbindung

Guten Tag,

bitte überweisen Sie meinen Lohn ab sofort auf mein neues Konto:
IBAN {IB(fmt_iban(new, 3))}
Kontoinhaber: {P(p.full)}
Die alte Sparkassen-IBAN {IB(fmt_iban(gen_iban(r, 'DE'), 0))} ist ab dem {fdate(gen_date25(r), 3)} gekündigt.

Personalnummer {gen_non_elf(r, 6)}, Einsatz bei {NP(r.choice(CLIENTS_NL))}.

Danke und Gruß
{P(p.first)}
"""
    return f"""[{fdate(gen_date25(r), 3)}, 20:11] {P(p.full)}: Hallo {P('Stefan')}, neue IBAN {IB(fmt_iban(new, 0))}
[20:12] {P(p.full)}: ab nächste Woche bitte
[20:40] {P('Stefan')}: Danke, geht an die Lohnbuchhaltung. Bitte noch kurz Screenshot vom Konto mit Namen schicken 🙏
"""


@scenario("de", True)
def de_fahrgemeinschaft(r, k):
    ps = people(r, ["de", "de", "pl"], 3)
    if k == 0:
        return f"""Fahrgemeinschaft Kaldenkirchen → Venlo (Frühschicht)
Fahrer: {P(ps[0].full)}, Kennzeichen {KT(gen_kennzeichen(r, 'VIE'))}, Handy {PH(fmt_de_mobile(gen_de_mobile(r), 0))}
Mitfahrer: {P(ps[1].full)}, {P(ps[2].full)}
Abfahrt 05:15 Bahnhof Kaldenkirchen, Rückfahrt 14:45
Kilometergeld 0,23 €/km wird über die Lohnabrechnung bezahlt (Lohnart 5200).
"""
    return f"""[05:20] {P(ps[0].first)}: Bin heute mit dem Auto meiner Schwester unterwegs, grauer Golf {KT(gen_kennzeichen(r, pick(r, 'KR', 'MG', 'NOH', 'BOR')))}
[05:21] {P(ps[1].first)}: ok, stehe am Bäcker
[05:23] {P(ps[2].first)}: ich komme heute mit meinem polnischen Kollegen, sein Auto hat NL Kennzeichen {KT(fmt_kenteken(gen_kenteken(r), 0))}, er fährt hinter uns
"""


@scenario("de", True)
def de_krankmeldung(r, k):
    p = mkperson(r, pick(r, "de", "pl"))
    if k == 0:
        return f"""Hallo, hier ist {P(p.full)}. Ich bin krank und kann heute und morgen nicht zur Arbeit bei {NP(r.choice(CLIENTS_NL))} kommen. Die AU kommt per Post. Erreichbar unter {PH(fmt_de_mobile(gen_de_mobile(r), pick(r, 0, 1, 2)))}.
Gruß {P(p.first)}
"""
    return f"""Krankmeldung {fdate(gen_date25(r), 3)} 05:30
Mitarbeiter: {P(p.rev)}
Angenommen von: {P('Stefan')}
Rückruf unter: {PH(fmt_de_fixed(gen_de_fixed(r, 'Nettetal'), 'Nettetal', pick(r, 0, 1)))}
Hinweis: In NL keine AU vom Arzt nötig, Kontrolle durch Verzuimcoach (Arbodienst). Keine Diagnose notieren!
"""


@scenario("de", True)
def de_vertragsverlaengerung(r, k):
    p = mkperson(r, "de")
    a, plz, town = de_home(r)
    s = gen_date25(r)
    if k == 0:
        return f"""{P(p.full)}
{AD(a)}
{PC(plz)} {town}
DEUTSCHLAND

Venlo, {fdate(gen_date25(r), 6)}

Verlängerung Ihres Arbeitsvertrags (Phase B)

Sehr geehrte{'r Herr' if p.sex == 'm' else ' Frau'} {P(p.last)},

Ihr Einsatz bei {NP(r.choice(CLIENTS_NL))} wird bis zum {fdate(s, 6)} verlängert. Ihr Stundenlohn beträgt ab dann {r.randint(14, 17)},{r.randint(10, 95)} € brutto. Alle übrigen Bedingungen bleiben unverändert.

Mit freundlichen Grüßen
{P('Stefan Kösters')}
Grenswerk Personalservice
"""
    return f"""Hallo {P('Stefan')}, danke für die Verlängerung! Kleine Korrektur: ich bin umgezogen, neue Adresse ist {AD(a)} in {PC(plz)} {town}. Bitte den Vertrag dahin schicken. LG {P(p.first)}
"""


@scenario("de", True)
def de_unterkunft(r, k):
    p = mkperson(r, "pl")
    a, pc, town = nl_home(r, "limburg", addition=False)
    if k == 0:
        return f"""Guten Tag,
ich bin {P(p.full)} aus Polen, ich wohne im Haus von Grenswerk in {AD(a)}, {PC(pc)} {town}. Seit drei Tagen kein warmes Wasser. Bitte schnell reparieren. Meine Telefon {PH(fmt_pl_mobile(gen_pl_mobile(r), pick(r, 0, 2)))} (polnische Nummer), ich spreche Polnisch und nur wenig Deutsch.
Danke
"""
    pl_a, pl_pc, pl_town = pl_home(r)
    return f"""Notiz Unterkunft {fdate(gen_date25(r), 3)}: {P(p.full)} zieht aus ({AD(a)}), fährt zurück nach Polen. Post bitte an Heimatadresse: {AD(pl_a)}, {PC(pl_pc)} {pl_town}. Kaution {r.randint(100, 250)} € zurück auf PL-Konto {IB(fmt_iban(gen_iban(r, 'PL'), 1))}.
– {P('Kasia')}
"""


@scenario("de", True)
def de_referenz(r, k):
    p, ref = people(r, "de", 2)
    if k == 0:
        return f"""Telefonnotiz Referenz – Bewerber {P(p.full)}
Gesprächspartner: {P(ref.full)}, Schichtleiter{'' if ref.sex == 'm' else 'in'} bei {NP(r.choice(CLIENTS_DE))}, Tel. {PH(fmt_de_fixed(gen_de_fixed(r, 'Viersen'), 'Viersen', pick(r, 0, 1, 2)))}
- zuverlässig, Staplerschein, keine Unfälle
- Kündigung durch Arbeitnehmer (Umzug)
- würde ihn/sie wieder einstellen
{P('Stefan Kösters')}, {fdate(gen_date25(r), 3)}
"""
    return f"""Von: {P(ref.full)} <{E(ref.mail(r))}>
Betreff: Arbeitszeugnis {P(p.full)}

Hallo Herr {P('Kösters')},

anbei wie besprochen das Arbeitszeugnis (PDF). {P(p.first)} war bei uns von {r.randint(2015, 2019)} bis {r.randint(2021, 2024)} als Kommissionierer beschäftigt, Note "stets zu unserer vollsten Zufriedenheit".

Mit freundlichen Grüßen
{P(ref.full)}
Personalabteilung
"""


@scenario("de", True)
def de_lohnabrechnung(r, k):
    p = mkperson(r, pick(r, "de", "pl"))
    if k == 0:
        return f"""Guten Tag,

in meiner Loonstrook für Woche {r.randint(10, 50)} fehlen die Nachtzuschläge (3 Nächte, je 8 Stunden). Außerdem verstehe ich die Abkürzung "res. vak.uren" nicht. Können Sie mir das erklären? Meine BSN ist {BS(fmt_bsn(gen_bsn(r), 3))}, Personalnummer {gen_non_elf(r, 6)}.

Gruß
{P(p.full)}
{PH(fmt_de_mobile(gen_de_mobile(r), 1))}
"""
    return f"""Hallo {P(p.first)},

die Nachtzuschläge (35 %) werden in der nächsten Abrechnung (Lauf {r.randint(10, 50)}) nachgezahlt, insgesamt {r.randint(80, 160)},{r.randint(10, 99)} € brutto. "res. vak.uren" ist die Reservierung Ihrer Urlaubsstunden (10,87 %).

Viele Grüße
{P('Ruben Driessen')}
Lohnbuchhaltung Grenswerk
"""


@scenario("de", True)
def de_interne_notiz(r, k):
    p = mkperson(r, "de")
    d = gen_dob(r, 1970, 2004)
    if k == 0:
        return f"""{P('Stefan')} an {P('Ruben')}: {'Neuer Grenzgänger' if p.sex == 'm' else 'Neue Grenzgängerin'} {P(p.full)}, geb. {DOB(fdate(d, 3))}, BSN {BS(fmt_bsn(gen_bsn(r), 0))}, Start Montag bei {NP(r.choice(CLIENTS_NL))}. Bitte Loonheffingskorting NICHT anwenden (hat {'er' if p.sex == 'm' else 'sie'} ausdrücklich abgelehnt, arbeitet zusätzlich in DE). Ausweis {ID(gen_de_ausweis(r))} liegt in der Akte.
"""
    return f"""intern: {P(p.full.lower())} ruft ständig wegen der Fahrtkosten an ({PH(fmt_de_mobile(gen_de_mobile(r), 2))}). Bitte klären: Entfernung {r.randint(25, 60)} km, Tarif 0,23 €/km, max. 30 km erstattet laut Vertrag. – {P('Stefan')}
"""


@scenario("de", True)
def de_whatsapp(r, k):
    p = mkperson(r, pick(r, "de", "pl"))
    s = gen_date25(r)
    if k == 0:
        return f"""WhatsApp-Chat mit {P(p.full)}
{fdate(s, 3)}, 09:12 - {P('Stefan')}: Guten Morgen {P(p.first)}, passt Ihnen Donnerstag 10:00 für das Vorstellungsgespräch bei {NP(r.choice(CLIENTS_NL))}?
{fdate(s, 3)}, 09:30 - {P(p.full)}: Ja, passt. Wo genau?
{fdate(s, 3)}, 09:31 - {P('Stefan')}: Trade Port West, Tor 2, fragen Sie nach Herrn {P(mkperson(r, 'nl', 'm').sur)}.
{fdate(s, 3)}, 09:33 - {P(p.full)}: 👍 Danke
"""
    return f"""[{fdate(s, 9)}, 17:48] {P(p.first)}: Hallo, ich habe eine neue Handynummer: {PH(fmt_de_mobile(gen_de_mobile(r), pick(r, 0, 3, 5)))}
[{fdate(s, 9)}, 17:50] Grenswerk Personalservice: Danke, ist geändert ✅
"""


@scenario("de", True)
def de_firmenkunde(r, k):
    c = mkperson(r, "de")
    client = r.choice(CLIENTS_DE)
    if k == 0:
        return f"""Betreff: Anfrage Leiharbeitnehmer (grenzüberschreitend)

Sehr geehrter Herr {P('Kösters')},

wir suchen ab KW {r.randint(10, 50)} für unser Werk in {pick(r, 'Straelen', 'Nettetal', 'Kleve')} 4 Maschinenbediener (3-Schicht). Können Sie niederländische Mitarbeiter über eine AÜ-Erlaubnis stellen? Unsere USt-IdNr. ist {gen_de_vat(r)}, Handelsregister Amtsgericht Krefeld HRB {r.randint(10000, 19999)}.

Rückfragen gerne unter {PH(fmt_de_fixed(gen_de_fixed(r, 'Straelen'), 'Straelen', 0))} oder {E(fold(c.first[0] + '.' + c.last).lower().replace(' ', '') + '@' + 'industrie-niederrhein.de')}.

Mit freundlichen Grüßen
{P(c.full)}
Personalleitung, {NP(client)}
"""
    return f"""Gesprächsnotiz Kunde {NP(client)}, {fdate(gen_date25(r), 3)}
Ansprechpartner{'in' if c.sex == 'f' else ''}: {P(c.full)}, Handy {PH(fmt_de_mobile(gen_de_mobile(r), 0))}
Bedarf: 6 Helfer Lager, Start KW {r.randint(10, 50)}, Tarif iGZ/DGB EG 2
Kommentar: Kunde will auch NL-Kräfte mit Wohnsitz NL -> A1-Bescheinigungen nötig.
– {P('Stefan')}
"""


# ---- German, without personal data --------------------------------------------------------------------
@scenario("de", False)
def de_stellenangebot(r, k):
    vac = f"VAC-25-{r.randint(100, 999)}"
    if k == 0:
        return f"""Stellenangebot {vac}: Produktionshelfer (m/w/d) in Venlo – ideal für Grenzgänger
• 14,71 € brutto/Stunde + 19–35 % Schichtzulage, wöchentliche Auszahlung
• Fahrgemeinschaften ab Kaldenkirchen, Brüggen und Nettetal (Kilometergeld 0,23 €/km)
• Start: {fdate(gen_date25(r), 3)}, 3-Schicht (06:00–14:00 / 14:00–22:00 / 22:00–06:00)
• Sie zahlen Lohnsteuer in den Niederlanden; Beratung zur Grenzgängerregelung inklusive
Bewerbung: deutsch@{ORG_DOMAIN} · Tel. +31 77 354 8800 · Grenswerk Personalservice, Grenshoeve 12, 5928 RB Venlo
"""
    return f"""🔧 Jetzt bewerben: Elektriker (m/w/d) für {NP('Gebr. Verheijen Metaal')} in Venlo, 40 Std., 18,{r.randint(10, 90)} €/h, unbefristete Übernahme möglich. Infos: {ORG_DOMAIN}/de/{vac.lower()} #Grenzgänger #Jobs #Niederrhein
"""


@scenario("de", False)
def de_faq_grenzgaenger(r, k):
    if k == 0:
        return f"""FAQ Grenzgänger – Steuern
Wer in Deutschland wohnt und in den Niederlanden arbeitet, zahlt die Lohnsteuer grundsätzlich in den Niederlanden (Art. 14 DBA NL-DE). In Deutschland wird das Einkommen nur beim Progressionsvorbehalt berücksichtigt (Anlage N-AUS). Ihre deutsche Steuer-ID brauchen wir NICHT – bitte nicht per Mail schicken.
Sozialversicherung: niederländisch (VO 883/2004), Krankenversicherung über Formular S1.
Merkblatt v{r.randint(2, 4)}.{r.randint(0, 9)}, Stand {fdate(gen_date25(r), 3)}.
"""
    return f"""FAQ: Was bedeutet "loonheffingskorting"?
Das ist der niederländische Steuerfreibetrag (Arbeitskorting + algemene heffingskorting). Er darf nur bei einem Arbeitgeber angewendet werden. Grenzgänger ohne Wohnsitz in NL haben oft nur Anspruch auf einen Teil – fragen Sie in der Sprechstunde (donnerstags 16:00–18:00, Grenshoeve 12) nach.
Beispiel 2025: max. 3.068 € allgemein, bis 5.599 € Arbeitskorting.
"""


@scenario("de", False)
def de_schichtplan(r, k):
    d0 = gen_date25(r)
    if k == 0:
        rows = "\n".join(f"{fdate(d0 + dt.timedelta(days=i), 3)} | {pick(r, 'Früh 06:00–14:00', 'Spät 14:00–22:00', 'Nacht 22:00–06:00')} | Linie {r.randint(1, 5)}" for i in range(5))
        return f"""Schichtplan KW {d0.isocalendar()[1]} – {NP('Hüsken Kunststofftechnik')}, Team Grenswerk
{rows}
Schichttausch nur über die App (ab Version 4.12). Bei Fragen: Planung +31 6 4172 9930.
"""
    return f"""Achtung: Wegen Inventur am {fdate(d0, 6)} entfällt die Spätschicht bei {NP('Janssen Logistics Venlo')}. Die Stunden werden nicht vergütet, außer Sie werden für die Inventur eingeteilt (Liste hängt in Halle 3 aus). Bus 2 fährt an dem Tag nur um 05:20.
"""


@scenario("de", False)
def de_rechnung(r, k):
    inv = gen_elf_ref(r)
    if k == 0:
        return f"""RECHNUNG Nr. {inv}
Datum: {fdate(gen_date25(r), 3)}
Kunde: {NP(r.choice(CLIENTS_DE))} (Kundennr. {r.randint(10000, 99999)})
Leistung: Arbeitnehmerüberlassung KW {r.randint(2, 50)}, {r.randint(200, 700)} Std. à {r.randint(29, 36)},{r.randint(10, 99)} €
Nettobetrag: {nlnum(r.randint(8000, 24000))},{r.randint(10, 99)} €
Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge)
Bankverbindung: NL94 RABO 0327 4188 56, BIC RABONL2U
Grenswerk Uitzendgroep B.V. · KvK 73920418 · USt-IdNr. NL846903775B01
"""
    return f"""Zahlungserinnerung zu Rechnung {inv} vom {fdate(gen_date25(r), 3)} – offener Betrag {nlnum(r.randint(3000, 9000))},{r.randint(10, 99)} €. Bitte überweisen Sie auf NL94RABO0327418856. Sendungsnummer des Originals: 00340434{r.randint(1000000000, 9999999999)}.
Debitorenbuchhaltung Grenswerk Personalservice
"""


@scenario("de", False)
def de_busfahrplan(r, k):
    if k == 0:
        return f"""Busfahrplan Grenzgänger (gültig ab {fdate(gen_date25(r), 3)})
Linie A: 05:00 Brüggen Marktplatz – 05:12 Kaldenkirchen Bahnhof – 05:30 Venlo Trade Port
Linie B: 13:20 Nettetal-Lobberich, Haltestelle Ingenhovenstraße – 13:45 {NP('Fresh Park Logistics')}
Linie C: 21:15 Straelen, Parkplatz am Kuhdyck – 21:40 Venlo-Blerick
Fahrt kostenlos für Grenswerk-Mitarbeiter. Bitte Mitarbeiterausweis zeigen.
"""
    return f"""Änderung: Wegen Bauarbeiten an der {NP('Konrad-Adenauer-Straße')} hält Linie A bis KW {r.randint(20, 50)} an der Ersatzhaltestelle Sportplatz. Abfahrt unverändert 05:12.
"""


@scenario("de", False)
def de_systemhinweis(r, k):
    if k == 0:
        return f"""Systemhinweis: Die Zeiterfassungs-App wird am {fdate(gen_date25(r), 6)} auf Version 5.{r.randint(0, 9)}.{r.randint(0, 20)} aktualisiert. Neu: Stundenzettel auf Deutsch, Upload bis 20 MB. Alte Versionen (< 4.12) funktionieren ab dann nicht mehr. Server intern 10.20.0.{r.randint(2, 200)}, kein Handlungsbedarf für Mitarbeiter.
"""
    return f"""Störung behoben (Ticket INC-{r.randint(20000, 29999)}): Stundenzettel der KW {r.randint(2, 50)} wurden doppelt angezeigt. Ursache: Synchronisation mit 2048 MB Cache-Limit. Alle Daten korrekt, keine Aktion nötig.
"""


@scenario("de", False)
def de_abwesenheitsnotiz(r, k):
    if k == 0:
        return f"""Automatische Antwort: Vielen Dank für Ihre Nachricht. Das Grenzgänger-Team ist bis {fdate(gen_date25(r), 3)} nicht erreichbar. In dringenden Fällen: +31 77 354 8800 (Zentrale Venlo) oder WhatsApp +31 6 4172 9930. Krankmeldungen bitte vor 07:00 Uhr telefonisch.
Grenswerk Personalservice · Grenshoeve 12 · 5928 RB Venlo · Niederlande
"""
    return f"""Automatische Antwort – Lohnbuchhaltung: Ihre Anfrage ist eingegangen (Vorgangsnummer {gen_elf_ref(r)}). Wir antworten innerhalb von 3 Werktagen. Bitte senden Sie uns keine Ausweiskopien per E-Mail; nutzen Sie das Portal portal.{ORG_DOMAIN}.
"""


# ==================================================================================================
# build
# ==================================================================================================
CRLF_INSTANCES = {("nl_sollicitatie_cv", 0), ("nl_adreswijziging", 0), ("nl_factuur_inlener", 0),
                  ("en_application_cv", 0), ("en_reference_request", 1), ("en_invoice_client", 0),
                  ("de_bewerbung", 0), ("de_vertragsverlaengerung", 0), ("de_rechnung", 0), ("nl_referentie", 1)}


def char_to_byte(text):
    out, b = [0], 0
    for ch in text:
        b += len(ch.encode("utf-8"))
        out.append(b)
    return out


def build():
    recs = {"nl": [], "en": [], "de": []}
    for lang, name, pii, f in SCENARIOS:
        for k in (0, 1):
            r = random.Random(f"{SEED}:{name}:{k}")
            marked = f(r, k)
            if (name, k) in CRLF_INSTANCES:
                marked = crlf(marked)
            marked = marked.strip().replace(f"B.V.{NC}.", f"B.V.{NC}")
            text, spans, nps = render(marked)
            recs[lang].append({"lang": lang, "scen": name, "k": k, "pii": pii, "text": text, "spans": spans,
                               "nps": nps})
    out = []
    for lang in ("nl", "en", "de"):
        lst = recs[lang]
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(lst)
        for i, rec in enumerate(lst, 1):
            rec["id"] = f"{PREFIX}-{lang}-{i:03d}"
            out.append(rec)
    return out


def to_json(rec):
    c2b = char_to_byte(rec["text"])
    spans = [{"start": c2b[s], "end": c2b[e], "label": lab} for s, e, lab, _ in rec["spans"]]
    return json.dumps({"id": rec["id"], "lang": rec["lang"], "text": rec["text"], "spans": spans}, ensure_ascii=False)


# ==================================================================================================
# audit
# ==================================================================================================
BIRTH_RE = re.compile(r"°|geboren|geb\.|geb |geboortedatum|geb\.datum|born|date of birth|\bdob\b|birth|geburtsdatum|"
                      r"geb\. am|geboren am", re.I)
REF_WORDS = re.compile(r"order|factuur|invoice|rechnung|batch|urenbriefje|timesheet|vorgangsnummer|referen|specimen|"
                       r"bestell|sendung|tracking|kenmerk|v-number|po\b|ordernummer|tabellenset|rapportage", re.I)
VERSION_WORDS = re.compile(r"(?:version|versie|release|build|v)\s*$", re.I)
ALLOWED_PC = {"2048 MB", "2500 KG", "2025 EN"}
ORG_PHONE_KEYS = {phone_key(p) for p in ORG_PHONES}
ORG_IBAN_C = {iban_compact(i) for i in ORG_IBANS}
MASK = "\u2588"


def name_tokens():
    toks = set()
    for lst in FIRST.values():
        for n in lst:
            toks.update(t for t in re.split(r"[ \-]", n) if len(t) >= 3)
    for lst in LAST.values():
        for n in lst:
            for v in (n if isinstance(n, tuple) else (n,)):
                toks.update(t for t in re.split(r"[ \-]", v) if len(t) >= 3 and t[0].isupper())
    for f, l, _, _ in STAFF.values():
        toks.add(f)
        toks.update(t for t in re.split(r"[ \-]", l) if len(t) >= 3 and t[0].isupper())
    toks -= {"Oude", "Klein", "Große", "Van", "Hout", "Horst"}   # Horst is also a town
    return sorted(toks)


STREETS = sorted({x for v in NL_STREETS.values() for x in v} | set(DE_STREETS) | set(BE_STREETS) | set(UK_STREETS)
                 | {x[0] for x in PL_ADDR}, key=len, reverse=True)
STREET_RE = re.compile(r"(?i)(?<![\w])(?:" + "|".join(re.escape(x) for x in STREETS) + r")\s+\d|(?<![\w])\d{1,4} (?:"
                       + "|".join(re.escape(x) for x in UK_STREETS) + r")")
NAME_TOKENS = name_tokens()
NAME_RE = re.compile(r"(?<![\w'])(" + "|".join(re.escape(t) for t in NAME_TOKENS) + r")(?![\w'])")
DATE_RE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [A-Za-zä]+\.? \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}")


def masked_text(text, spans, nps):
    chars = list(text)
    for s, e, *_ in spans:
        for i in range(s, e):
            chars[i] = MASK
    for s, e in nps:
        for i in range(s, e):
            chars[i] = MASK
    t = "".join(chars)
    for o in ORG_STRINGS:
        t = t.replace(o, MASK * len(o))
    t = re.sub(r"[\w.+-]*@?(?:[\w-]+\.)*" + re.escape(ORG_DOMAIN) + r"(?:/[\w\-/]*)?", lambda mo: MASK * len(mo.group(0)), t)
    return t


def scan_unlabelled(text, spans, nps):
    """'never left unlabelled' scanners over the text outside spans, NP regions and organisation data"""
    errs = []
    t = masked_text(text, spans, nps)

    def line_before(pos, n=40):
        ls = t.rfind("\n", 0, pos) + 1
        return t[max(ls, pos - n):pos]

    for mo in EMAIL_RE.finditer(t):
        dom = mo.group(0).split("@")[1].lower()
        if not (dom == ORG_DOMAIN or dom.endswith("." + ORG_DOMAIN)):
            errs.append(f"unlabelled e-mail {mo.group(0)!r}")
    for mo in re.finditer(r"(?<![\w])[A-Za-z]{2}\d{2}(?:[ \u00a0]?[A-Za-z0-9]{4}){2,7}(?:[ \u00a0]?[A-Za-z0-9]{1,4})?", t):
        c = iban_compact(mo.group(0))
        for n in set(IBAN_LEN.values()):
            if iban_ok(c[:n]) and c[:n] not in ORG_IBAN_C:
                errs.append(f"unlabelled IBAN {mo.group(0)!r}")
    for mo in re.finditer(r"(?<![\w.,\-])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3})(?![\w]|[.,-]\d)", t):
        if bsn_ok(mo.group(0)) and not REF_WORDS.search(line_before(mo.start())):
            errs.append(f"unlabelled BSN-valid number {mo.group(0)!r}")
    for mo in re.finditer(r"(?<![\w+])(?:\+31|0031)[ -]?(?:\(0\)[ -]?)?6(?:[ -]?\d){8}(?!\d)|(?<![\w])06(?:[ -]?\d){8}(?!\d)", t):
        key = phone_key(mo.group(0))
        if key and key not in ORG_PHONE_KEYS:
            errs.append(f"unlabelled NL mobile {mo.group(0)!r}")
    for mo in re.finditer(r"(?<![\w])(?:\+|00)(?:32|49|44|48)[\d ()\-/]{7,16}\d", t):
        if phone_key(mo.group(0)):
            errs.append(f"unlabelled international phone {mo.group(0)!r}")
    for mo in re.finditer(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])", t):
        if nl_postcode_ok(mo.group(0)) and mo.group(0) not in ALLOWED_PC:
            errs.append(f"unlabelled NL postcode {mo.group(0)!r}")
    for mo in re.finditer(r"(?<![\w])\d(?:[ -]?\d){11,18}(?![\w])", t):
        if card_ok(mo.group(0)):
            errs.append(f"unlabelled card {mo.group(0)!r}")
    for mo in re.finditer(r"(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?![\w.]|\.\d)", t):
        if ip_ok(mo.group(1)) and not VERSION_WORDS.search(t[max(0, mo.start() - 12):mo.start()]):
            errs.append(f"unlabelled public IP {mo.group(1)!r}")
    for mo in re.finditer(r"(?i)(?<![\w:])[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])", t):
        if ip_ok(mo.group(0)):
            errs.append(f"unlabelled public IPv6 {mo.group(0)!r}")
    for mo in re.finditer(r"(?i)(?:kvk|chamber of commerce|handelsregister|kvk-nummer)[^\n\d]{0,25}(\d{8})(?!\d)", t):
        errs.append(f"unlabelled KvK {mo.group(1)!r}")
    for mo in re.finditer(r"(?i)(?<![\w])NL ?\d{9} ?B\d{2}(?![\w])", t):
        errs.append(f"unlabelled NL...B.. number {mo.group(0)!r}")
    for mo in BIRTH_RE.finditer(t):
        for dm in DATE_RE.finditer(t[mo.end():mo.end() + 40]):
            if parse_date(dm.group(0)):
                errs.append(f"unlabelled date after birth word {dm.group(0)!r}")
    for mo in NAME_RE.finditer(t):
        errs.append(f"unlabelled name token {mo.group(0)!r}")
    ptoks = {tok.lower() for s, e, lab, v in spans if lab == "PERSON" for tok in re.split(r"[ \-,.]+", v)
             if len(tok) >= 3 and tok.lower() not in ("van", "der", "den", "ter", "ten")}
    for mo in re.finditer(r"[^\W\d_]+(?:'[^\W\d_]+)?", t):
        if mo.group(0).lower() in ptoks:
            errs.append(f"unlabelled occurrence of a labelled name {mo.group(0)!r}")
    for mo in re.finditer(r"(?<![\w\-])[A-Z]{2}[A-Z0-9]{6}\d(?![\w\-])|(?<![\w\-])(?:I|II|III|IV|V)-V[A-Z0-9]{8}(?![\w])", t):
        v = mo.group(0)
        if (DOC_NL.fullmatch(v) and "O" not in v and sum(c.isdigit() for c in v) >= 3) or DOC_RES.fullmatch(v) or pl_id_ok(v):
            errs.append(f"unlabelled document number {v!r}")
    for mo in re.finditer(r"(?<![\w\-])[A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,3}(?![\w\-])", t):
        if kenteken_sidecode(mo.group(0)) and re.search(r"\d", mo.group(0)) and re.search(r"[A-Za-z]", mo.group(0)):
            errs.append(f"unlabelled kenteken {mo.group(0)!r}")
    for mo in re.finditer(r"(?<![\w])(?:" + "|".join(DE_KZ_DISTRICTS) + r")-[A-Z]{1,2} ?\d{1,4}(?![\w])", t):
        errs.append(f"unlabelled Kennzeichen {mo.group(0)!r}")
    for mo in re.finditer(r"(?<![\w+])0\d(?:[ \-/]?\d){7,12}(?![\w])", t):
        key = phone_key(mo.group(0))
        if key and key not in ORG_PHONE_KEYS and not re.fullmatch(r"\d{1,2}-\d{1,2}-\d{4}.*", mo.group(0)):
            errs.append(f"unlabelled phone {mo.group(0)!r}")
    for mo in re.finditer(r"(?i)(?:passport|paspoort|ausweis|reisepass|licen[cs]e|rijbewijs|eID|ID-kaart|"
                          r"identiteitskaart|verblijfsdocument|residence|document)[^\n]{0,30}?"
                          r"(?<![\w\-])([A-Z0-9][A-Z0-9\-]{7,13})(?![\w\-])", t):
        if id_ok(mo.group(1)) and re.search(r"\d", mo.group(1)):
            errs.append(f"unlabelled document number after document word {mo.group(1)!r}")
    for mo in re.finditer(r"(?i)(?:kenteken|kennzeichen|plate|skoda|golf|auto)[^\n]{0,30}?"
                          r"(?<![\w\-])([A-Za-z0-9]{1,3}[ \-]?[A-Za-z0-9]{1,4}[ \-]?[A-Za-z0-9]{1,3})(?![\w\-])", t):
        if plate_ok(mo.group(1)) and re.search(r"\d", mo.group(1)) and re.search(r"[A-Za-z]", mo.group(1)):
            errs.append(f"unlabelled plate after vehicle word {mo.group(1)!r}")
    for mo in re.finditer(r"(?<![\w])[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![\w])", t):
        errs.append(f"unlabelled UK postcode {mo.group(0)!r}")
    for mo in STREET_RE.finditer(t):
        errs.append(f"unlabelled street + number {mo.group(0)!r}")
    return errs


def audit_record(rec):
    errs = []
    text, spans = rec["text"], rec["spans"]
    if any(c in text for c in (MO, MS, MC, NO, NC, MASK)):
        errs.append("markup left in text")
    prev_end = -1
    for s, e, lab, val in spans:
        if lab not in LABELS:
            errs.append(f"unknown label {lab}")
        if lab in ("HEALTH", "CREDENTIAL"):
            errs.append("HEALTH/CREDENTIAL must not be annotated")
        if not (0 <= s < e <= len(text)) or s < prev_end:
            errs.append(f"span order/overlap at {s}")
        prev_end = e
        if text[s:e] != val:
            errs.append(f"span text != value {val!r}")
        if val != val.strip() or val[-1] in ",;:.!?)" or val[0] in ",;:.!?(":
            errs.append(f"whitespace/punctuation at span edge {val!r}")
        if not VALID[lab](val):
            errs.append(f"invalid {lab} {val!r}")
        if lab == "DATE_OF_BIRTH" and not BIRTH_RE.search(text[max(0, s - 120):s]):
            errs.append(f"no birth context before {val!r}")
        # nothing of the organisation inside a span
        low = val.lower()
        if ORG_DOMAIN in low or "grenswerk" in low:
            errs.append(f"organisation inside span {val!r}")
        if lab == "PHONE" and phone_key(val) in ORG_PHONE_KEYS:
            errs.append(f"organisation phone labelled {val!r}")
        if lab == "IBAN" and iban_compact(val) in ORG_IBAN_C:
            errs.append(f"organisation IBAN labelled {val!r}")
        if lab == "KVK" and val in ORG_KVK or lab in ("BTW_ID", "BSN") and val.replace(" ", "") in ORG_BTW:
            errs.append(f"organisation number labelled {val!r}")
        if lab in ("ADDRESS", "POSTCODE") and any(val in o for o in ORG_ADDRESSES):
            errs.append(f"organisation address labelled {val!r}")
        if lab == "PERSON" and any(val in o for o in ORG_NAMES):
            errs.append(f"organisation name labelled {val!r}")
    # every repeat of a labelled value is labelled
    for s, e, lab, val in spans:
        if len(val) < 3:
            continue
        pat = (r"(?<![\w])" if val[0].isalnum() else "") + re.escape(val) + (r"(?![\w])" if val[-1].isalnum() else "")
        for mo in re.finditer(pat, text):
            if not any(a <= mo.start() and mo.end() <= b for a, b, *_ in spans):
                errs.append(f"repeat of {lab} {val!r} unlabelled at {mo.start()}")
    errs += scan_unlabelled(text, spans, rec["nps"])
    if rec["pii"] and not spans:
        errs.append("scenario with personal data has no spans")
    if not rec["pii"] and spans:
        errs.append("PII-free scenario has spans")
    return errs


def audit(recs, lines):
    errs = []
    texts = [r["text"] for r in recs]
    if len(set(texts)) != len(texts):
        errs.append("duplicate texts")
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for rec in recs:
        errs += [f"{rec['id']} ({rec['scen']}/{rec['k']}): {e}" for e in audit_record(rec)]
    # JSON read back: re-slice every span from the UTF-8 bytes
    for rec, line in zip(recs, lines):
        obj = json.loads(line)
        b = obj["text"].encode("utf-8")
        if obj["text"] != rec["text"] or len(obj["spans"]) != len(rec["spans"]):
            errs.append(f"{rec['id']}: JSON round trip")
            continue
        for sp, (_, _, lab, val) in zip(obj["spans"], rec["spans"]):
            if b[sp["start"]:sp["end"]].decode("utf-8") != val or sp["label"] != lab:
                errs.append(f"{rec['id']}: byte span {sp} != {val!r}")
        if set(obj) != {"id", "lang", "text", "spans"}:
            errs.append(f"{rec['id']}: keys")
    return errs


def mutation_report(recs):
    caught, total = {}, {}
    for rec in recs:
        for i, sp in enumerate(rec["spans"]):
            lab = sp[2]
            total[lab] = total.get(lab, 0) + 1
            mut = dict(rec, spans=rec["spans"][:i] + rec["spans"][i + 1:], pii=bool(rec["spans"][:i] + rec["spans"][i + 1:]))
            if audit_record(mut):
                caught[lab] = caught.get(lab, 0) + 1
    return {lab: (caught.get(lab, 0), total[lab]) for lab in LABELS if lab in total}


# ==================================================================================================
# self test: validators against the reference's test vectors, organisation data, generators
# ==================================================================================================
def nl_phone_ok(s):
    return any(cc == "31" and phone_nsn_ok(cc, n) for cc, n in phone_variants(s))


def cc_phone_ok(s, cc0):
    return any(cc == cc0 and phone_nsn_ok(cc, n) for cc, n in phone_variants(s))


def self_test():
    fails, n = [], 0

    def check(cond, what):
        nonlocal n
        n += 1
        if not cond:
            fails.append(what)

    V, I = True, False
    # BSN (reference sections 1 and 18)
    for v, want in [("111222333", V), ("123456782", V), ("1112.22.333", V), ("111 222 333", V), ("012345672", V),
                    ("12345672", V), ("696579303", V), ("103349856", V), ("044126396", V), ("656412689", V),
                    ("460455977", V), ("879119330", V), ("999999990", V), ("111111110", V), ("123456789", I),
                    ("111222334", I), ("000000000", I), ("999999999", I), ("1234567890", I), ("12345678", I)]:
        check(bsn_ok(v) == want, f"bsn {v}")
    check(onderwijsnummer_ok("101222331") and not onderwijsnummer_ok("100252333"), "onderwijsnummer")
    check(not bsn_ok("101222331"), "onderwijsnummer is not a BSN")
    # IBAN (section 2)
    for v, want in [("NL91ABNA0417164300", V), ("NL91 ABNA 0417 1643 00", V), ("nl91abna0417164300", V),
                    ("NL02ABNA0123456789", V), ("NL20INGB0001234567", V), ("NL39RABO0300065264", V),
                    ("NL44RABO0123456789", V), ("NL86INGB0002445588", V), ("NL68KNAB0123456789", V),
                    ("NL32BUNQ2012345678", V), ("BE71 0961 2345 6769", V), ("DE89370400440532013000", V),
                    ("DE89 3704 0044 0532 0130 00", V), ("FR1420041010050500013M02606", V),
                    ("FR76 3000 6000 0112 3456 7890 189", V), ("GB82WEST12345698765432", V),
                    ("NL91ABNA0417164301", I), ("NL91ABNA041716430", I), ("NL91ABN00417164300", I),
                    ("NL00ABNA0417164300", I), ("DE89370400440532013001", I), ("BE68539007547035", I)]:
        check(iban_ok(v) == want, f"iban {v}")
    check(mod97("539007547034" + "BE68") == 1, "BE68539007547034 mod 97")
    check(iban_from("NL", "KNAB0123456789") == "NL68KNAB0123456789", "iban check digits")
    # phones (section 3)
    for v, want in [("06-12345678", V), ("+31 (0)6 1234 5678", V), ("0031612345678", V), ("020-1234567", V),
                    ("(020) 123 45 67", V), ("0111-123456", V), ("085 123 4567", V), ("091 123 4567", V),
                    ("097012345678", V), ("06 12345678", V), ("06 1234 5678", V), ("06-12 34 56 78", V),
                    ("06 - 123 456 78", V), ("0612345678", V), ("(06) 12345678", V), ("+31 6 12345678", V),
                    ("+316-12345678", V), ("0031 6 1234 5678", V), ("+31(0)20-1234567", V), ("+31-20-1234567", V),
                    ("+31.20.123.45.67", V), ("020/1234567", V),
                    ("06-1234567", I), ("06-123456789", I), ("+31 6 1234 567", I), ("06 01234567", I),
                    ("067 1234567", I), ("069 1234567", I), ("0676 123456", I), ("020-123456", I),
                    ("012-3456789", I)]:
        check(nl_phone_ok(v) == want, f"nl phone {v}")
    for v, want in [("+32 470 12 34 56", V), ("0470 12 34 56", V), ("02 511 22 33", V), ("09 265 12 34", V),
                    ("050 44 86 86", V), ("+32 470 12 34 5", I), ("02 123 45 67", I), ("09 123 45 67", I)]:
        check(cc_phone_ok(v, "32") == want, f"be phone {v}")
    for v, want in [("+49 30 12345678", V), ("0151 23456789", V), ("+49 (0)221 1234567", V),
                    ("0049 171 1234567", V), ("+49 151 234", I)]:
        check(cc_phone_ok(v, "49") == want, f"de phone {v}")
    for v in ORG_PHONES + ["+31 77 354 8800", "077-3548800", "+31 53 480 2210", "06-41729930", "+31 6 4172 9930"]:
        check(phone_key(v) in ORG_PHONE_KEYS, f"org phone {v}")
    check(cc_phone_ok("07700 900123", "44") and not cc_phone_ok("07700 123456", "44"), "uk drama range")
    check(cc_phone_ok("+48 601 234 567", "48") and not cc_phone_ok("+48 101 234 567", "48"), "pl mobile")
    # postcodes (section 4)
    for v, want in [("1012 AB", V), ("1012AB", V), ("1012 ab", V), ("NL-2611ET", V), ("9999 ZZ", V), ("1000 AA", V),
                    ("0123 AB", I), ("1012 SS", I), ("1012 SA", I), ("1012 SD", I), ("101 AB", I), ("10123 AB", I),
                    ("1012 A1", I)]:
        check(nl_postcode_ok(re.sub(r"^NL-?", "", v)) == want, f"postcode {v}")
    # documents (section 5)
    for v, want in [("SPECI2014", V), ("XR1001R58", V), ("NW1234P56", V), ("IB12F3K47", V), ("XR 1001R5 8", V),
                    ("EM0000000", V), ("NO1234567", I), ("N12345678", I), ("NP123456A", I), ("XR1001R5", I)]:
        c = v.replace(" ", "")
        check((bool(DOC_NL.fullmatch(c)) and "O" not in c) == want, f"docnr {v}")
    check(bool(DOC_RES.fullmatch("III-V123AL568")), "residence document")
    check(pl_id_ok("ABA300000") and not pl_id_ok("ABA300001"), "polish ID card")
    # kenteken (section 6)
    for v, want in [("AB-12-34", V), ("12-34-XY", V), ("12-AB-34", V), ("GB-12-DF", V), ("XB-PK-12", V),
                    ("12-DF-GH", V), ("12-GBX-3", V), ("1-KBB-12", V), ("VB-123-X", V), ("G-123-BB", V),
                    ("GBB-12-X", V), ("G-12-BBB", V), ("1-BB-123", V), ("123-BB-1", V), ("12-ABC-3", I),
                    ("1-NSB-12", I), ("12-SS-GH", I), ("AB-1234", I), ("1-AB-1234", I), ("ABC-123", I)]:
        check((kenteken_sidecode(v) is not None) == want, f"kenteken {v}")
    check(kenteken_sidecode("gbb12x") == 11 and kenteken_sidecode("GB 12 DF") == 4, "kenteken written forms")
    check(de_kennzeichen_ok("VIE-AB 123") and not de_kennzeichen_ok("XYZ-AB 123"), "de kennzeichen")
    # btw (section 8)
    for v, want in [("NL000099998B57", V), ("NL002455799B11", V), ("NL123456789B13", V), ("NL867530900B02", V),
                    ("NL246813579B75", V), ("NL000099998B58", I), ("NL123456789B56", I), ("NL000055557B34", I),
                    ("NL123456789B01", I), ("NL111234567B01", I), ("NL12345678B01", I)]:
        check(btw_id_ok(v) == want, f"btw {v}")
    check(ob_nummer_ok("NL004495445B01") and bsn_ok("NL004495445B01"), "OB-nummer")
    check(not ob_nummer_ok("NL123456789B01"), "OB invalid")
    # neighbours (section 8 / 15): not labels here, used for hard negatives
    check(de_vat_ok("DE136695976") and not de_vat_ok("DE136695977"), "DE VAT")
    check(steuer_id_ok("36574261809") and steuer_id_ok("36 574 261 809") and not steuer_id_ok("36574261890")
          and not steuer_id_ok("12345678901"), "Steuer-ID")
    check(sv_check("15070649C10") == 3, "SV-Nummer check digit")
    # cards (section 10)
    for v, want in [("4111111111111111", V), ("4111 1111 1111 1111", V), ("5555555555554444", V),
                    ("2221000000000009", V), ("378282246310005", V), ("6011111111111117", V),
                    ("3530111333300000", V), ("30569309025904", V), ("6759649826438453", V),
                    ("4111111111111112", I), ("5555555555554445", I), ("378282246310006", I),
                    ("1234567812345678", I), ("490154203237518", I)]:
        check(card_ok(v) == want, f"card {v}")
    # e-mail (section 11)
    for v, want in [("jan.devries@voorbeeld.nl", V), ("j.de-vries+support@mail.example.co.uk", V),
                    ("Sanne_1990@Gmail.COM", V), ("info@bakkerij-de-groot.frl", V), ("@angular/core", I),
                    ("jan@@voorbeeld.nl", I), ("jan.voorbeeld.nl", I), ("jan@voorbeeld", I), ("icon@2x.png", I)]:
        check(email_ok(v) == want, f"email {v}")
    # IP (section 12)
    for v in ["192.168.1.10", "8.8.8.8", "255.255.255.255", "2001:db8::1", "::1", "fe80::1ff:fe23:4567:890a",
              "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "::ffff:192.0.2.128"]:
        try:
            ipaddress.ip_address(v)
            check(True, v)
        except ValueError:
            check(False, f"ip syntax {v}")
    for v in ["256.1.1.1", "192.168.1", "1.2.3.4.5", "010.001.001.001", "2001:db8:::1", "1::2::3", "2001:db8::g1",
              "12:30:45", "00:1A:2B:3C:4D:5E"]:
        check(not ip_ok(v), f"ip invalid {v}")
    for v in ["192.168.1.10", "10.20.0.5", "127.0.0.1", "2001:db8::1", "203.0.113.7"]:
        check(not ip_ok(v), f"ip not public {v}")
    check(ip_ok("8.8.8.8"), "ip public")
    # dates (section 9)
    for v, want in [("12-03-1985", V), ("5 mei 1960", V), ("1-4-1990", V), ("03/07/1979", V), ("29.02.1992", V),
                    ("17 okt. 2001", V), ("31-02-1990", I), ("29-02-1991", I), ("32-01-2000", I), ("13/13/1999", I)]:
        check((parse_date(v) is not None) == want, f"date {v}")
    # organisation data
    for i in ORG_IBANS:
        check(iban_ok(i), f"org iban {i}")
    check(all(ob_nummer_ok(b) for b in ORG_BTW), "org btw is an RSIN-based OB number")
    check(all(re.fullmatch(r"\d{8}", x) for x in ORG_KVK), "org kvk")
    for a in ORG_ADDRESSES:
        check(nl_postcode_ok(re.search(r"\d{4} [A-Z]{2}", a).group(0)), f"org postcode {a}")
    # generators: 300 rounds each
    r = random.Random(f"{SEED}:selftest")
    for _ in range(300):
        check(bsn_ok(gen_bsn(r)), "gen bsn")
        b = gen_bsn(r)
        check(all(bsn_ok(fmt_bsn(b, s)) for s in range(4)), "fmt bsn")
        e = gen_elf_ref(r)
        check(bsn_digits_ok(e), "gen elf ref")
        check(not bsn_digits_ok(gen_non_elf(r)), "gen non elf")
        for cc in ("NL", "DE", "BE", "PL", "RO", "GB"):
            ib = gen_iban(r, cc)
            check(all(iban_ok(fmt_iban(ib, s)) for s in range(4)), f"gen iban {cc} {ib}")
        bt = gen_btw_id(r)
        check(btw_id_ok(bt) and not ob_nummer_ok(bt), f"gen btw {bt}")
        check(bsn_ok(gen_ob(r)), "gen ob")
        for br in ("visa", "mastercard", "amex", "maestro"):
            cd = gen_card(r, br)
            check(all(card_ok(fmt_card(cd, s)) for s in range(3)) and card_brand(cd) == br, f"gen card {br}")
        nm = gen_nl_mobile(r)
        check(all(nl_phone_ok(fmt_nl_mobile(nm, s)) for s in range(8)), f"gen nl mobile {nm}")
        town = r.choice(list(NL_TOWNS))
        nf = gen_nl_fixed(r, town)
        check(all(nl_phone_ok(fmt_nl_fixed(nf, s)) for s in range(4)), f"gen nl fixed {nf}")
        dm = gen_de_mobile(r)
        check(all(cc_phone_ok(fmt_de_mobile(dm, s), "49") for s in range(6)), f"gen de mobile {dm}")
        dtown = r.choice(list(DE_TOWNS))
        df = gen_de_fixed(r, dtown)
        check(all(cc_phone_ok(fmt_de_fixed(df, dtown, s), "49") for s in range(4)), f"gen de fixed {df}")
        bm = gen_be_mobile(r)
        check(all(cc_phone_ok(fmt_be_mobile(bm, s), "32") for s in range(5)), f"gen be mobile {bm}")
        pm = gen_pl_mobile(r)
        check(all(cc_phone_ok(fmt_pl_mobile(pm, s), "48") for s in range(4)), f"gen pl mobile {pm}")
        for kind in ("mobile", "fixed"):
            u = gen_uk(r, kind)
            check(all(cc_phone_ok(fmt_uk(u, s), "44") for s in range(4)), f"gen uk {u}")
        check(DOC_NL.fullmatch(gen_nl_doc(r, r.choice("NI"))) is not None, "gen nl doc")
        check(doc_kind(gen_residence(r)) == "nl-residence", "gen residence")
        check(doc_kind(gen_pl_id(r)) == "pl-id", "gen pl id")
        check(doc_kind(gen_be_eid(r)) == "be-eid", "gen be eid")
        check(id_ok(gen_de_ausweis(r)), "gen de ausweis")
        check(id_ok(gen_ie_passport(r)), "gen ie passport")
        kt = gen_kenteken(r)
        check(all(plate_ok(fmt_kenteken(kt, s)) for s in range(5)), f"gen kenteken {kt}")
        check(de_kennzeichen_ok(gen_kennzeichen(r)), "gen kennzeichen")
        check(ip_ok(gen_public_ip(r)), "gen ip")
        d = gen_dob(r)
        check(all(dob_ok(fdate(d, s)) for s in range(10)), f"gen dob {d}")
        for fn in (nl_home, de_home, be_home, uk_home, pl_home):
            a, pc, _ = fn(r)
            check(address_ok(a) and postcode_ok(pc), f"gen home {fn.__name__} {a} {pc}")
        check(steuer_id_ok(gen_steuer_id(r)), "gen steuer id")
        check(de_vat_ok(gen_de_vat(r)), "gen de vat")
        check(bool(re.fullmatch(r"\d{8}", gen_kvk(r))), "gen kvk")
        her = r.choice(list(LAST))
        p = mkperson(r, her)
        check(person_ok(p.full) and person_ok(p.rev) and person_ok(p.init) and email_ok(p.mail(r)), f"person {p.full}")
    return n, fails


# ==================================================================================================
# statistics and main
# ==================================================================================================
def stats(recs, digest):
    langs = ("nl", "en", "de")
    print(f"messages: " + ", ".join(f"{l} {sum(r['lang'] == l for r in recs)}" for l in langs) + f", total {len(recs)}")
    free = [r for r in recs if not r["spans"]]
    print(f"without personal data: {len(free)} (" + ", ".join(f"{l} {sum(r['lang'] == l for r in free)}" for l in langs)
          + f") = {100 * len(free) / len(recs):.1f} %")
    lens = sorted(len(r["text"].encode()) for r in recs)
    print(f"length {lens[0]}-{lens[-1]} bytes, median {lens[len(lens) // 2]}")
    n_crlf = sum("\r\n" in r["text"] for r in recs)
    n_nbsp = sum("\u00a0" in r["text"] for r in recs)
    print(f"non-ASCII texts {sum(any(ord(c) > 127 for c in r['text']) for r in recs)}, "
          f"emoji texts {sum(any(ord(c) > 0xFFFF for c in r['text']) for r in recs)}, "
          f"CRLF texts {n_crlf}, NBSP texts {n_nbsp}")
    print(f"| label | nl | en | de | total |\n|---|---:|---:|---:|---:|")
    tot = {l: 0 for l in langs}
    for lab in LABELS:
        c = {l: sum(1 for r in recs if r["lang"] == l for s in r["spans"] if s[2] == lab) for l in langs}
        for l in langs:
            tot[l] += c[l]
        print(f"| `{lab}` | {c['nl']} | {c['en']} | {c['de']} | {sum(c.values())} |")
    print(f"| total | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")
    print(f"sha256 {digest}")


def main():
    n, fails = self_test()
    if fails:
        print(f"SELF TEST FAILED ({len(fails)} of {n}):", *fails[:40], sep="\n  ")
        sys.exit(1)
    print(f"self test: {n} checks ok")
    counts = {}
    for lang, _, pii, _ in SCENARIOS:
        counts[(lang, pii)] = counts.get((lang, pii), 0) + 1
    print("scenarios:", ", ".join(f"{l} {counts.get((l, True), 0)}+{counts.get((l, False), 0)}" for l in ("nl", "en", "de")))
    recs = build()
    lines = [to_json(r) for r in recs]
    errs = audit(recs, lines)
    if errs:
        print(f"AUDIT FAILED ({len(errs)}):", *errs[:80], sep="\n  ")
        sys.exit(1)
    print(f"audit: {len(recs)} records ok")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    if "--mutate" in sys.argv:
        rep = mutation_report(recs)
        print("audit catches a removed span:", ", ".join(f"{lab} {c}/{t}" for lab, (c, t) in rep.items()))
    if "--check" not in sys.argv:
        OUT.write_bytes(data)
        print(f"wrote {OUT.name}")
    stats(recs, digest)


if __name__ == "__main__":
    main()
