#!/usr/bin/env python3
"""heldout45 -- blind held-out evaluation set for pii-scrubber.

Organisation: Polderwiel Autoverhuur B.V., a fictional Dutch car and van rental company (stations at
Schiphol and Eindhoven Airport, city branches in Utrecht and Rotterdam, head office in Amersfoort,
one-way rentals to Belgium and Germany, business accounts, vans for house moves).

Deterministic: every scenario instance gets random.Random(f"{SEED}:{name}:{k}") (string seeds are hashed
with SHA-512 by `random`, so PYTHONHASHSEED has no effect). Python 3.11 standard library only.

    python3 -B make.py          # self test + generate + audit; writes gold.jsonl only if all checks pass
    python3 -B make.py --check  # same, but never writes (prints the sha256 of what would be written)
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

SEED = "heldout45:polderwiel"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")
PREFIX = "h45"
LABELS = {"PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"}
NBSP = "\u00a0"

# --------------------------------------------------------------------------------------------------
# markup: values are written between private-use sentinels; render() strips them and records offsets
# --------------------------------------------------------------------------------------------------
S0, S1, S2 = "\ue000", "\ue001", "\ue002"


def m(label, value):
    assert isinstance(value, str) and value, (label, value)
    assert not any(c in value for c in (S0, S1, S2)), value
    assert value == value.strip(), (label, repr(value))
    return f"{S0}{label}{S1}{value}{S2}"


def P(v): return m("PERSON", v)
def EM(v): return m("EMAIL", v)
def PH(v): return m("PHONE", v)
def IB(v): return m("IBAN", v)
def BS(v): return m("BSN", v)
def AD(v): return m("ADDRESS", v)
def PC(v): return m("POSTCODE", v)
def CC(v): return m("CREDIT_CARD", v)
def IPA(v): return m("IP_ADDRESS", v)
def DOB(v): return m("DATE_OF_BIRTH", v)
def ID(v): return m("ID_DOCUMENT", v)
def LP(v): return m("LICENSE_PLATE", v)
def BTW(v): return m("BTW_ID", v)
def KVK(v): return m("KVK", v)
def NP(v): return m("_NP", v)              # a non-person string containing a name (company, street): name audit skips it
def NEG(kind, v): return m("_N:" + kind, v)  # a deliberate hard negative; checked by check_negative()


MARK_RE = re.compile(S0 + "([^" + S1 + "]+)" + S1 + "([^" + S2 + "]*)" + S2)


def render(marked):
    out, spans, extras = [], [], []
    pos, last = 0, 0
    for mo in MARK_RE.finditer(marked):
        chunk = marked[last:mo.start()]
        out.append(chunk)
        pos += len(chunk)
        lab, val = mo.group(1), mo.group(2)
        (extras if lab.startswith("_") else spans).append((pos, pos + len(val), lab, val))
        out.append(val)
        pos += len(val)
        last = mo.end()
    out.append(marked[last:])
    text = "".join(out)
    assert not any(c in text for c in (S0, S1, S2)), "markup left in text"
    return text, spans, extras


def cb(text, i):
    """character offset -> UTF-8 byte offset"""
    return len(text[:i].encode("utf-8"))


# --------------------------------------------------------------------------------------------------
# checksums and validators
# --------------------------------------------------------------------------------------------------
def elfproef(s):
    s = re.sub(r"[ .\-]", "", s)
    if not re.fullmatch(r"\d{8,9}", s):
        return False
    s = s.zfill(9)
    if int(s) == 0:
        return False
    d = [int(c) for c in s]
    return (sum((9 - i) * d[i] for i in range(8)) - d[8]) % 11 == 0


def bank11(s):
    d = [int(c) for c in s]
    n = len(d)
    return sum((n - i) * d[i] for i in range(n)) % 11 == 0


def mod97_int(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "GB": 22, "PL": 28, "FR": 27, "IE": 22}
IBAN_BBAN = {"NL": r"[A-Z]{4}\d{10}", "BE": r"\d{12}", "DE": r"\d{18}", "GB": r"[A-Z]{4}\d{14}",
             "PL": r"\d{24}", "FR": r"\d{10}[A-Z0-9]{11}\d{2}", "IE": r"[A-Z]{4}\d{14}"}


def iban_compact(s):
    return re.sub(r"[\s\u00a0\-.]", "", s).upper()


def iban_valid(s):
    c = iban_compact(s)
    cc = c[:2]
    if cc not in IBAN_LEN or len(c) != IBAN_LEN[cc] or not re.fullmatch(r"\d{2}", c[2:4]):
        return False
    if not re.fullmatch(IBAN_BBAN[cc], c[4:]):
        return False
    if cc == "BE":
        n = int(c[4:14]) % 97
        if int(c[14:16]) != (n if n else 97):
            return False
    return mod97_int(c[4:] + c[:4]) == 1


def iban_make(cc, bban):
    n = mod97_int(bban + cc + "00")
    return f"{cc}{98 - n:02d}{bban}"


def luhn(s):
    d = [int(c) for c in s][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def card_iin_ok(s):
    n = len(s)
    if s[0] == "4":
        return n in (13, 16, 19)
    if 51 <= int(s[:2]) <= 55 or 2221 <= int(s[:4]) <= 2720:
        return n == 16
    if s[:2] in ("34", "37"):
        return n == 15
    if s[:4] == "6011" or s[:2] == "65" or 644 <= int(s[:3]) <= 649:
        return 16 <= n <= 19
    if 3528 <= int(s[:4]) <= 3589:
        return 16 <= n <= 19
    if s[:2] in ("50",) or 56 <= int(s[:2]) <= 69:
        return 12 <= n <= 19
    if 300 <= int(s[:3]) <= 305 or s[:2] in ("36", "38", "39") or s[:4] == "3095":
        return 14 <= n <= 19
    return False


def card_valid(s):
    c = re.sub(r"[ \-]", "", s)
    return bool(re.fullmatch(r"\d{12,19}", c)) and luhn(c) and card_iin_ok(c)


def de_vat_valid(s):
    """German USt-IdNr.: DE + 9 digits, ISO 7064 MOD 11,10"""
    if not re.fullmatch(r"DE\d{9}", s):
        return False
    p = 10
    for ch in s[2:10]:
        x = (int(ch) + p) % 10 or 10
        p = (2 * x) % 11
    return (11 - p) % 10 == int(s[10])


def btw_valid(s):
    c = re.sub(r"[ .]", "", s).upper()
    if not re.fullmatch(r"NL\d{9}B\d{2}", c) or c.endswith("B00"):
        return False
    return mod97_int(c) == 1


def btw_is_new_style(s):
    """a post-2020 btw-id: mod 97 valid and its 9 digits do NOT pass the elfproef (so it is no BSN)"""
    c = re.sub(r"[ .]", "", s).upper()
    return btw_valid(c) and not elfproef(c[2:11])


def ob_nummer_valid(s):
    c = re.sub(r"[ .]", "", s).upper()
    mo = re.fullmatch(r"(?:NL)?(\d{9})B(\d{2})", c)
    return bool(mo) and elfproef(mo.group(1)) and mo.group(2) != "00"


PC_BANNED = {"SA", "SD", "SS"}


def nl_postcode_valid(s):
    mo = re.fullmatch(r"(?:NL-?)?([1-9]\d{3}) ?([A-Za-z]{2})", s)
    return bool(mo) and mo.group(2).upper() not in PC_BANNED


UK_PC_RE = r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}"
EIRCODE_RE = r"[AC-FHKNPRTV-Y]\d{2}|D6W"


def postcode_valid(s):
    if nl_postcode_valid(s):
        return True
    if re.fullmatch(r"(?:B-)?[1-9]\d{3}", s):         # BE
        return True
    if re.fullmatch(r"(?:D-)?\d{5}", s) and s[-5:] != "00000":  # DE
        return True
    if re.fullmatch(UK_PC_RE, s):
        return True
    if re.fullmatch(r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W) [0-9AC-FHKNPRTV-Y]{4}", s):  # Irish Eircode
        return True
    return False


# phone numbers ------------------------------------------------------------------------------------
NL_AREA2 = {"10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38", "40", "43", "45", "46", "50",
            "53", "55", "58", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79"}
NL_AREA3 = {"113", "162", "164", "165", "172", "180", "182", "183", "184", "186", "187", "222", "223", "224",
            "226", "227", "228", "229", "251", "252", "255", "294", "297", "299", "313", "314", "315", "316",
            "317", "318", "320", "321", "341", "342", "343", "344", "345", "346", "347", "348", "411", "412",
            "413", "416", "418", "475", "478", "481", "485", "486", "487", "488", "492", "493", "495", "497",
            "499", "511", "512", "513", "514", "515", "516", "517", "518", "519", "521", "522", "523", "524",
            "525", "527", "528", "529", "541", "543", "544", "545", "546", "547", "548", "561", "562", "566",
            "570", "571", "572", "573", "575", "577", "578", "591", "592", "593", "594", "595", "596", "597",
            "598", "599"}
DE_MOBILE = {"151": 8, "152": 8, "157": 8, "160": 7, "170": 7, "171": 7, "172": 7, "176": 8, "162": 7, "177": 7}
DE_AREA = {"221": (7,), "211": (7,), "241": (6, 7), "2821": (5, 6), "201": (7,), "251": (6, 7), "30": (7, 8),
           "228": (6, 7), "203": (6, 7), "2822": (4, 5, 6)}


def phone_parse(s):
    """-> (country, national significant number) or None"""
    t = s.replace("(0)", "").replace("(0 )", "")
    t = re.sub(r"[\s\u00a0\-./()]", "", t)
    if not re.fullmatch(r"\+?\d{6,15}", t):
        return None
    if t.startswith("+"):
        t = t[1:]
    elif t.startswith("00"):
        t = t[2:]
    else:
        return ("national", t)
    for cc in ("31", "32", "49", "44"):
        if t.startswith(cc):
            nsn = t[len(cc):]
            if nsn.startswith("0"):      # redundant trunk 0 after the country code ("+31 0 6 ...")
                nsn = nsn[1:]
            return (cc, nsn)
    return ("other", t)


def nl_nsn_valid(n):
    if re.fullmatch(r"6[1-5]\d{7}", n):
        return "mobile"
    if n[:2] in NL_AREA2 and re.fullmatch(r"\d{9}", n):
        return "fixed"
    if n[:3] in NL_AREA3 and re.fullmatch(r"\d{9}", n):
        return "fixed"
    if re.fullmatch(r"88\d{7}", n):
        return "uan"
    if re.fullmatch(r"800\d{4,7}", n):
        return "tollfree"
    return None


def be_nsn_valid(n):
    if re.fullmatch(r"4[5-9]\d{7}", n):
        return "mobile"
    if re.fullmatch(r"[23][2-8]\d{6}|9[2-4]\d{6}", n):
        return "fixed"
    if re.fullmatch(r"(?:1[0-6]|5[0-9]|6[0-9]|8[0-9])\d{6}", n):
        return "fixed"
    return None


def de_nsn_valid(n):
    for pre, ln in DE_MOBILE.items():
        if n.startswith(pre) and len(n) - len(pre) == ln:
            return "mobile"
    for pre, lens in DE_AREA.items():
        if n.startswith(pre) and len(n) - len(pre) in lens and n[len(pre)] in "123456789":
            return "fixed"
    return None


def uk_nsn_valid(n):
    if re.fullmatch(r"7700900\d{3}", n):
        return "mobile"
    if re.fullmatch(r"(?:113|114|115|116|117|118|121|131|141|151|161|191)4960\d{3}", n):
        return "fixed"
    if re.fullmatch(r"2079460\d{3}", n):
        return "fixed"
    return None


def phone_valid(s, region=None):
    """region=None: a national number may belong to NL, BE, DE or the UK (texts mix them)"""
    r = phone_parse(s)
    if not r:
        return False
    cc, n = r
    if cc == "national":
        if not n.startswith("0"):
            return False
        n = n[1:]
        checks = {"NL": [nl_nsn_valid], "BE": [be_nsn_valid], "DE": [de_nsn_valid], "UK": [uk_nsn_valid]}.get(
            region, [nl_nsn_valid, be_nsn_valid, de_nsn_valid, uk_nsn_valid])
        return any(f(n) for f in checks)
    return bool({"31": nl_nsn_valid, "32": be_nsn_valid, "49": de_nsn_valid, "44": uk_nsn_valid}
                .get(cc, lambda x: None)(n))


def phone_key(s):
    """canonical key of a number (used to compare with the organisation's numbers)"""
    r = phone_parse(s)
    if not r:
        return None
    cc, n = r
    if cc == "national":
        return "31" + n[1:]
    return cc + n


# kenteken -----------------------------------------------------------------------------------------
SIDECODES = {1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX",
             7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX",
             13: "9-XX-999", 14: "999-XX-9"}
KT_LETTERS = "BDFGHJKLNPRSTVXZ"
KT_BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS"]
KT_BANNED8 = ["KVT", "VVD"]
KT_BANNED13 = ["SP"]


def kenteken_sidecode(s):
    c = s.upper().replace(" ", "-")
    if "-" not in c:
        for sc, pat in SIDECODES.items():
            shape = pat.replace("-", "")
            if len(c) == len(shape) and all((ch.isalpha() if p == "X" else ch.isdigit()) for ch, p in zip(c, shape)):
                groups, i = [], 0
                for g in pat.split("-"):
                    groups.append(c[i:i + len(g)])
                    i += len(g)
                return sc, groups
        return None
    groups = c.split("-")
    shape = "-".join("".join("X" if ch.isalpha() else "9" if ch.isdigit() else "?" for ch in g) for g in groups)
    for sc, pat in SIDECODES.items():
        if pat == shape:
            return sc, groups
    return None


def kenteken_valid(s):
    r = kenteken_sidecode(s)
    if not r:
        return False
    sc, groups = r
    letters = [g for g in groups if g.isalpha()]
    if sc >= 4:
        for g in letters:
            if any(ch not in KT_LETTERS + "MWY" for ch in g):
                return False
    banned = KT_BANNED + (KT_BANNED8 if sc >= 8 else []) + (KT_BANNED13 if sc >= 13 else [])
    for g in letters:
        if any(b in g for b in banned):
            return False
    return True


DE_DISTRICTS = ["K", "D", "AC", "KLE", "E", "DU", "MS", "BN", "NE", "BOR", "GE", "OB"]
DE_PLATE_RE = r"(?:%s)[- ][A-Z]{1,2} [1-9]\d{0,3}" % "|".join(DE_DISTRICTS)


def plate_valid(s):
    return kenteken_valid(s) or bool(re.fullmatch(DE_PLATE_RE, s))


# documents ----------------------------------------------------------------------------------------
def nl_docnr_valid(s):
    c = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}\d", c)) and "O" not in c


DE_DOC_ALPHA = "CFGHJKLMNPRTVWXYZ0123456789"


def iddoc_valid(s):
    c = s.replace(" ", "")
    if nl_docnr_valid(c) and c[0] in "NBDSIAR":
        return True
    if re.fullmatch(r"[45]\d{9}", c):                       # NL rijbewijsnummer (10 digits)
        return True
    if re.fullmatch(r"[1-5]\d{8}", c):                      # UK passport (9 digits)
        return True
    if re.fullmatch(r"[A-Z9]{5}\d[0-9]\d{4}[A-Z9]{2}\d[A-Z]{2}", c):  # UK driving licence
        return True
    if len(c) == 9 and all(ch in DE_DOC_ALPHA for ch in c) and c[0].isalpha():   # DE Ausweis / Reisepass
        return True
    if re.fullmatch(r"[A-Z0-9]\d{3}[A-Z0-9]{6}\d", c) and sum(ch.isalpha() for ch in c) >= 2:  # DE Führerschein
        return True
    mo = re.fullmatch(r"(\d{3})-(\d{7})-(\d{2})", s)        # BE eID card number
    if mo:
        n = int(mo.group(1) + mo.group(2)) % 97
        return int(mo.group(3)) == (n if n else 97)
    if re.fullmatch(r"[IVX]{1,4}-V[A-NP-Z1-9]{8}", s):       # NL verblijfsdocument
        return True
    return False


# dates ------------------------------------------------------------------------------------------
MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
    "january": 1, "february": 2, "march": 3, "june": 6, "july": 7, "august": 8, "october": 10,
    "januar": 1, "februar": 2, "märz": 3, "mai": 5, "dezember": 12,
    "jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10,
    "oct": 10, "nov": 11, "dec": 12, "mar": 3, "may": 5, "dez": 12,
}
MONTH_NAMES = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}


def parse_date(s):
    s2 = s.strip().rstrip(".")
    mo = re.fullmatch(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4}|'\d{2}|\d{2})", s2)
    if mo:
        d, mth, y = int(mo.group(1)), int(mo.group(2)), mo.group(3).lstrip("'")
        y = int(y) if len(y) == 4 else 1900 + int(y)
    else:
        mo = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s2)
        if mo:
            y, mth, d = int(mo.group(1)), int(mo.group(2)), int(mo.group(3))
        else:
            mo = re.fullmatch(r"(\d{1,2})\.? ([A-Za-zäÄ]+)\.? (\d{4})", s2)
            if mo:
                d, mname, y = int(mo.group(1)), mo.group(2).lower(), int(mo.group(3))
                mth = MONTHS.get(mname)
            else:
                mo = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", s2)
                if not mo:
                    return None
                mname, d, y = mo.group(1).lower(), int(mo.group(2)), int(mo.group(3))
                mth = MONTHS.get(mname)
            if not mth:
                return None
    try:
        return datetime.date(y, mth, d)
    except ValueError:
        return None


BIRTH_WORDS = re.compile(r"(?i)geboren|geb\.|geboortedatum|geboortedag|date of birth|\bDOB\b|\bD\.O\.B\.|born|birthday|"
                         r"Geburtsdatum|Geburtstag|geb\. am|geboren am|Geb\.-Datum|Geburtsdat")


# e-mail, IP ---------------------------------------------------------------------------------------
EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
                      r"[A-Za-z]{2,24}(?![\w-])")


def email_valid(s):
    return bool(EMAIL_RE.fullmatch(s)) and s.rsplit(".", 1)[1].lower() in {
        "nl", "com", "de", "be", "uk", "net", "org", "eu", "ie", "in", "pl", "tr", "io", "info"}


def ip_public(s):
    try:
        return ipaddress.ip_address(s).is_global
    except ValueError:
        return False


# --------------------------------------------------------------------------------------------------
# the organisation (never labelled)
# --------------------------------------------------------------------------------------------------
ORG = {
    "names": ["Polderwiel Autoverhuur B.V.", "Polderwiel Autoverhuur", "Polderwiel Car Rental",
              "Polderwiel Autovermietung", "Polderwiel Zakelijk", "Polderwiel Business", "Polderwiel Verhuisbus",
              "Polderwiel Schiphol", "Polderwiel Eindhoven Airport", "Polderwiel Utrecht", "Polderwiel Rotterdam",
              "Polderwiel Schade & Service", "Polderwiel Damage Line", "Polderwiel Schadenlinie", "Polderwiel"],
    "domains": ["polderwiel.example"],
    "phones": ["088 730 5500", "020 654 7710", "040 291 8830", "030 741 2290", "010 418 6620", "06 4172 9935",
               "0800 0226"],
    "ibans": ["NL88RABO0361220457", "NL64INGB0007441290"],
    "addresses": ["Remiseweg 40, 3821 BN Amersfoort", "Postbus 2210, 3800 CE Amersfoort",
                  "Taxibaan 12, 1118 BK Schiphol", "Vliegveldlaan 3, 5657 DZ Eindhoven",
                  "Wielstraat 88, 3531 KJ Utrecht", "Sleepbootkade 21, 3024 EP Rotterdam"],
    "kvk": ["73915026"],
    "btw": ["NL841608519B01"],
    "handles": ["@PolderwielNL", "@polderwiel.autoverhuur", "@polderwiel_de"],
}
ORG_PHONE_KEYS = {phone_key(p) for p in ORG["phones"]}
ORG_POSTCODES = {"3821 BN", "3800 CE", "1118 BK", "5657 DZ", "3531 KJ", "3024 EP"}
ORG_STREETS = ["Remiseweg 40", "Postbus 2210", "Taxibaan 12", "Vliegveldlaan 3", "Wielstraat 88", "Sleepbootkade 21"]

# the organisation's data in written forms used in the texts
O_TEL = "088 730 5500"
O_TEL_INT = "+31 88 730 5500"
O_SPL = "020 654 7710"
O_EIN = "040 291 8830"
O_UTR = "030 741 2290"
O_RTM = "010 418 6620"
O_WA = "06 4172 9935"
O_WA2 = "06-41729935"
O_WA_INT = "+31 6 4172 9935"
O_PECH = "0800 0226"
O_IBAN = "NL88 RABO 0361 2204 57"
O_IBAN2 = "NL64 INGB 0007 4412 90"
O_KVK = "73915026"
O_BTW = "NL841608519B01"
O_HQ = "Remiseweg 40, 3821 BN Amersfoort"
O_PB = "Postbus 2210, 3800 CE Amersfoort"
O_SCHIPHOL = "Taxibaan 12, 1118 BK Schiphol"
O_EHV = "Vliegveldlaan 3, 5657 DZ Eindhoven"
O_UTRECHT = "Wielstraat 88, 3531 KJ Utrecht"
O_ROTTERDAM = "Sleepbootkade 21, 3024 EP Rotterdam"
O_WEB = "www.polderwiel.example"

# --------------------------------------------------------------------------------------------------
# people (inline lists written for this set; no name packages)
# --------------------------------------------------------------------------------------------------


class Person:
    def __init__(self, first, surname, sex, her):
        self.first, self.surname, self.sex, self.her = first, surname, sex, her
        parts = surname.split(" ")
        i = 0
        while i < len(parts) - 1 and (parts[i][:1].islower() or parts[i] in ("'t",)):
            i += 1
        self.tv = " ".join(parts[:i])
        self.last = " ".join(parts[i:])

    @property
    def full(self):
        return f"{self.first} {self.surname}"

    @property
    def Sur(self):
        """surname standing alone (tussenvoegsel capitalised in NL style)"""
        if self.tv and self.her == "nl":
            return self.surname[0].upper() + self.surname[1:]
        return self.surname

    @property
    def ini(self):
        return "".join(p[0] + "." for p in self.first.replace("-", " ").split())

    @property
    def ini_full(self):
        return f"{self.ini} {self.surname}"

    @property
    def rev(self):
        """'Surname, Given' (tussenvoegsel after the given name, as in Dutch registers)"""
        if self.tv and self.her == "nl":
            return f"{self.last}, {self.first} {self.tv}"
        return f"{self.surname}, {self.first}"

    @property
    def sir(self):
        return {"m": "meneer", "f": "mevrouw"}[self.sex]

    @property
    def dhr(self):
        return {"m": "dhr.", "f": "mevr."}[self.sex]

    @property
    def herr(self):
        return {"m": "Herr", "f": "Frau"}[self.sex]

    @property
    def mr(self):
        return {"m": "Mr", "f": "Ms"}[self.sex]

    def tokens(self):
        return [t for t in re.split(r"[ \-]", self.full) if len(t) >= 3 and t.lower() not in NAME_STOP]


NAME_STOP = {"van", "der", "den", "de", "ten", "ter", "'t", "el", "ait", "het"}

NAMES = {
    "nl": (["Maarten", "Ruben", "Gijs", "Wouter", "Sjoerd", "Koen", "Hidde", "Jelle", "Pieter-Jan", "Stijn", "Teun",
            "Mees", "Gerrit", "Hendrik"],
           ["Esmée", "Noëlle", "Femke", "Lieke", "Marieke", "Ilse", "Daniëlle", "Anouk", "Jolien", "Merel", "Sietske",
            "Loes", "Willemijn", "Geertje"],
           ["van der Meulen", "de Graaf", "Verbeek", "van 't Hof", "ten Brink", "Hoekstra", "Stoutjesdijk",
            "van Dongen", "Schoonhoven", "Veldkamp", "Timmermans", "van Leeuwen", "Dijkstra", "Vermeulen", "Postma",
            "Kloosterman", "van den Broek", "Wijnands", "Bosschaart", "Oudejans", "van Wijk-Brouwer", "Haverkort"]),
    "ma": (["Mohamed", "Youssef", "Bilal", "Soufiane", "Hamza", "Anouar", "Redouan"],
           ["Fatima-Zahra", "Salma", "Imane", "Khadija", "Soumaya", "Houda", "Ikram"],
           ["El Idrissi", "Ait Taleb", "Bouzid", "El Khattabi", "Benali", "Ouahabi", "Azzouzi", "Boukhari"]),
    "tr": (["Emre", "Oğuz", "Burak", "Mehmet", "Serkan", "Volkan"],
           ["Büşra", "Şeyma", "Elif", "Zeynep", "Gülsüm", "Derya"],
           ["Yılmaz", "Doğan", "Çelik", "Aydın", "Öztürk", "Şahin", "Kılıç", "Karakaya"]),
    "sr": (["Ravi", "Sharvan", "Rinaldo", "Glenn"],
           ["Chandni", "Sunita", "Shanti", "Rowena"],
           ["Ramdin", "Mahabier", "Tjin-A-Tsoi", "Lieuw-On", "Karsowidjojo", "Sewdien", "Pinas", "Doelwijt"]),
    "pl": (["Paweł", "Krzysztof", "Tomasz", "Grzegorz"],
           ["Małgorzata", "Agnieszka", "Katarzyna", "Joanna"],
           ["Wójcik", "Zając", "Kowalczyk", "Mazur", "Krawczyk", "Pawlak"]),
    "de": (["Jörg", "Lukas", "Matthias", "Florian", "Dirk", "Tobias", "Henning"],
           ["Anke", "Svenja", "Jana", "Birgit", "Franziska", "Ulrike", "Mareike"],
           ["Weißenborn", "Große-Lohmann", "Rößner", "Bäumer", "Haßelmann", "Schulte-Brinkmann", "Kötter",
            "Niehaus", "Pöppelmann", "Straßburger"]),
    "be": (["Wout", "Jens", "Brecht", "Arne", "Pieterjan"],
           ["Griet", "Sofie", "Annelies", "Lotte", "Febe"],
           ["Van Damme", "De Clercq", "Vermeersch", "Goossens", "De Smedt", "Claeys", "Van Acker", "Verhaegen"]),
    "gb": (["Callum", "Rory", "Oliver", "Declan", "Gareth", "Eoin"],
           ["Siobhan", "Aoife", "Harriet", "Bethany", "Orla", "Imogen"],
           ["McAllister", "Fitzgerald", "O'Sullivan", "Whitfield", "Pemberton", "Okonkwo", "Doherty", "Ashworth"]),
    "in": (["Arjun", "Vikram", "Rohan", "Karthik"],
           ["Ananya", "Divya", "Meera", "Kavya"],
           ["Subramanian", "Iyer", "Deshpande", "Chatterjee", "Krishnamurthy", "Nair"]),
    "cn": (["Jianhua", "Haoran", "Zhiwei"],
           ["Xiaoling", "Meiling", "Yuting"],
           ["Zhang", "Chen", "Huang", "Zhao"]),
}
HERITAGES = list(NAMES)

STAFF = {
    "sanne": Person("Sanne", "Verhoeven", "f", "nl"),         # balie Schiphol
    "kofi": Person("Kofi", "Mensah", "m", "gh"),              # balie Schiphol, nachtdienst
    "joost": Person("Joost", "Lammertink", "m", "nl"),        # stationsmanager Schiphol
    "marloes": Person("Marloes", "Hendriks", "f", "nl"),      # station Eindhoven Airport
    "omer": Person("Ömer", "Kaplan", "m", "tr"),              # vlootbeheer
    "wendy": Person("Wendy", "Kuijpers", "f", "nl"),          # Boetes & Tol
    "thijs": Person("Thijs", "de Bruijn", "m", "nl"),         # schadeafhandeling
    "imke": Person("Imke", "Oosterhuis", "f", "nl"),          # accountmanager zakelijk
    "yusuf": Person("Yusuf", "El Amrani", "m", "ma"),         # klantenservice
    "hanne": Person("Hanne", "Claes", "f", "be"),             # one-way desk België
    "katrin": Person("Katrin", "Overbeck", "f", "de"),        # deutschsprachiger Kundenservice
    "niamh": Person("Niamh", "Gallagher", "f", "gb"),         # English desk
}


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Ctx:
    """per-instance random helpers; keeps people within one message distinct"""

    def __init__(self, rng):
        self.r = rng
        self.used = set()

    def pick(self, seq):
        return self.r.choice(list(seq))

    def person(self, her=None, sex=None):
        for _ in range(200):
            h = her if isinstance(her, str) else self.pick(her or HERITAGES)
            s = sex or self.pick("mf")
            firsts_m, firsts_f, surs = NAMES[h]
            first = self.pick(firsts_m if s == "m" else firsts_f)
            sur = self.pick(surs)
            p = Person(first, sur, s, h)
            toks = set(t.lower() for t in p.tokens())
            if toks & self.used:
                continue
            self.used |= toks
            return p
        raise RuntimeError("no person")

    def relative(self, p, sex=None):
        """same surname, other first name"""
        for _ in range(200):
            s = sex or self.pick("mf")
            firsts_m, firsts_f, _ = NAMES[p.her]
            first = self.pick(firsts_m if s == "m" else firsts_f)
            if first.lower() in self.used:
                continue
            self.used.add(first.lower())
            return Person(first, p.surname, s, p.her)
        raise RuntimeError("no relative")

    def digits(self, n, first="123456789"):
        return self.pick(first) + "".join(self.pick("0123456789") for _ in range(n - 1))

    # --- identifiers
    def bsn(self):
        while True:
            b = self.digits(9)
            if elfproef(b):
                return b

    def bsn8(self):
        """a BSN with a leading zero, written in its 8-digit form"""
        while True:
            b = "0" + self.digits(8, "123456789")
            if elfproef(b):
                return b[1:]

    def not_bsn9(self, first="123456789"):
        while True:
            b = self.digits(9, first)
            if not elfproef(b):
                return b

    def elf9(self, first="123456789"):
        """9-digit number passing the elfproef (used as a hard negative framed as another number)"""
        while True:
            b = self.digits(9, first)
            if elfproef(b):
                return b

    def iban(self, cc="NL"):
        if cc == "NL":
            bank = self.pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB", "RBRB"])
            return iban_make("NL", bank + self.digits(10, "0123456789"))
        if cc == "BE":
            x = self.digits(10, "0123456789")
            c = int(x) % 97
            return iban_make("BE", x + f"{c if c else 97:02d}")
        if cc == "DE":
            return iban_make("DE", self.pick(["37040044", "30050110", "37050198", "50010517", "32450000",
                                                "36050105", "40050150"]) + self.digits(10, "0123456789"))
        if cc == "GB":
            return iban_make("GB", self.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + self.digits(6) +
                             self.digits(8))
        if cc == "PL":
            return iban_make("PL", self.digits(24))
        if cc == "IE":
            return iban_make("IE", self.pick(["AIBK", "BOFI"]) + self.digits(6, "9") + self.digits(8))
        raise ValueError(cc)

    def fmt_iban(self, ib, style=None):
        style = style or self.pick(["compact", "group", "group", "lower"])
        g = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        if style == "compact":
            return ib
        if style == "group":
            return g
        if style == "lower":
            return g.lower()
        if style == "nbsp":
            return g.replace(" ", NBSP, 1)
        raise ValueError(style)

    def fmt_bsn(self, b, style=None):
        style = style or self.pick(["plain", "dot", "space", "dash"])
        return {"plain": b, "dot": f"{b[:4]}.{b[4:6]}.{b[6:]}", "space": f"{b[:3]} {b[3:6]} {b[6:]}",
                "dash": f"{b[:3]}-{b[3:6]}-{b[6:]}"}[style]

    def card(self, kind=None):
        kind = kind or self.pick(["visa", "mc", "mc2", "amex"])
        pre, n = {"visa": (self.pick(["4", "45", "49", "41"]), 16),
                  "mc": (self.pick(["51", "52", "53", "54", "55"]), 16),
                  "mc2": (str(self.r.randint(2221, 2720)), 16),
                  "amex": (self.pick(["34", "37"]), 15)}[kind]
        while True:
            body = pre + "".join(self.pick("0123456789") for _ in range(n - len(pre) - 1))
            for c in "0123456789":
                if luhn(body + c):
                    return body + c

    def fmt_card(self, c, style=None):
        style = style or self.pick(["space", "dash", "compact"])
        if len(c) == 15:
            g = [c[:4], c[4:10], c[10:]]
        else:
            g = [c[i:i + 4] for i in range(0, len(c), 4)]
        return {"space": " ".join(g), "dash": "-".join(g), "compact": c}[style]

    def kvk(self):
        while True:
            k = self.digits(8, "0123456789")
            if k[0] != "0" and not k.startswith(("19", "20")):
                return k

    def btw(self):
        while True:
            d = self.digits(9, "0123456789")
            if elfproef(d):
                continue
            for suf in range(1, 100):
                cand = f"NL{d}B{suf:02d}"
                if btw_valid(cand):
                    return cand

    def ob(self):
        return "NL" + self.bsn() + "B01"

    # --- phones
    def nl_mobile(self):
        return "06" + self.pick("12345") + self.digits(7, "0123456789")

    def fmt_mobile(self, n, style=None):
        style = style or self.pick(["dash", "space", "space4", "plain", "intl", "intl0", "00", "pairs", "intlc"])
        s = n[2:]
        return {"dash": f"06-{s}", "space": f"06 {s}", "space4": f"06 {s[:4]} {s[4:]}", "plain": n,
                "intl": f"+31 6 {s}", "intl0": f"+31 (0)6 {s[:4]} {s[4:]}", "00": f"0031 6 {s[:4]} {s[4:]}",
                "pairs": f"06-{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", "intlc": f"+316{s}"}[style]

    def nl_land(self, area=None, style=None):
        area = area or self.pick(["20", "10", "30", "40", "70", "73", "76", "13", "50", "24", "26", "33", "35",
                                  "345", "346", "499", "492", "546", "513", "172", "252"])
        sub = self.digits(9 - len(area), "23456789")
        style = style or self.pick(["dash", "space", "intl", "paren"])
        if len(area) == 2:
            return {"dash": f"0{area}-{sub}", "space": f"0{area} {sub[:3]} {sub[3:]}",
                    "intl": f"+31 {area} {sub[:3]} {sub[3:]}", "paren": f"(0{area}) {sub[:3]} {sub[3:5]} {sub[5:]}"}[style]
        return {"dash": f"0{area}-{sub}", "space": f"0{area} {sub[:3]} {sub[3:]}",
                "intl": f"+31 {area} {sub[:3]} {sub[3:]}", "paren": f"(0{area}) {sub}"}[style]

    def be_gsm(self, style=None):
        n = "4" + self.pick("789") + self.digits(7, "0123456789")
        style = style or self.pick(["nat", "intl", "slash", "00"])
        return {"nat": f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", "intl": f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                "slash": f"0{n[:3]}/{n[3:5]}.{n[5:7]}.{n[7:]}", "00": f"0032 {n}"}[style]

    def be_land(self):
        zone, nxt = self.pick([("9", "234"), ("3", "2345678"), ("2", "2345678")])
        n = zone + self.pick(nxt) + self.digits(6, "0123456789")
        return f"0{n[0]} {n[1:4]} {n[4:6]} {n[6:]}"

    def de_mobile(self, style=None):
        pre = self.pick(list(DE_MOBILE))
        sub = self.digits(DE_MOBILE[pre], "123456789")
        style = style or self.pick(["nat", "dash", "intl", "intl0", "00"])
        return {"nat": f"0{pre} {sub}", "dash": f"0{pre}-{sub}", "intl": f"+49 {pre} {sub}",
                "intl0": f"+49 (0){pre} {sub}", "00": f"0049 {pre} {sub}"}[style]

    def de_land(self, area=None, style=None):
        area = area or self.pick(["221", "211", "241", "2821", "201", "251"])
        ln = self.pick(DE_AREA[area])
        sub = self.digits(ln, "23456789")
        style = style or self.pick(["nat", "slash", "intl", "intl0"])
        return {"nat": f"0{area} {sub}", "slash": f"0{area}/{sub}", "intl": f"+49 {area} {sub}",
                "intl0": f"+49 (0){area} {sub}"}[style]

    def uk_phone(self, style=None):
        style = style or self.pick(["mob", "mobintl", "leeds", "manc", "london"])
        x = self.digits(3, "0123456789")
        return {"mob": f"07700 900{x}", "mobintl": f"+44 7700 900{x}", "leeds": f"0113 496 0{x}",
                "manc": f"+44 161 496 0{x}", "london": f"020 7946 0{x}"}[style]

    # --- places
    def nl_addr(self):
        street = self.pick(NL_STREETS)
        nr = str(self.r.randint(1, 180)) + self.pick(["", "", "", "a", "b", "-II", " hs", "-2", " bis", "A"])
        town, lo, hi = self.pick(NL_TOWNS)
        while True:
            pc = f"{self.r.randint(lo, hi)} {self.pick(KT_LETTERS + 'ACEMRTWY')}{self.pick(KT_LETTERS + 'ACEMRTWY')}"
            if pc[-2:] not in PC_BANNED:
                return f"{street} {nr}", pc, town

    def be_addr(self):
        street = self.pick(BE_STREETS)
        nr = str(self.r.randint(2, 140)) + self.pick(["", "", f" bus {self.r.randint(1, 12)}", "/3"])
        town, pc = self.pick(BE_TOWNS)
        return f"{street} {nr}", pc, town

    def de_addr(self):
        street = self.pick(DE_STREETS)
        nr = str(self.r.randint(1, 120)) + self.pick(["", "", "a", "b"])
        town, lo, hi = self.pick(DE_TOWNS)
        return f"{street} {nr}", str(self.r.randint(lo, hi)), town

    def uk_addr(self):
        street, town, area = self.pick(UK_STREETS)
        nr = str(self.r.randint(2, 95))
        pc = f"{area}{self.r.randint(1, 9)} {self.r.randint(1, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"
        flat = self.pick(["", "", f"Flat {self.r.randint(1, 8)}, "])
        return f"{flat}{nr} {street}", pc, town

    # --- vehicles and documents
    def kenteken(self, sc=None, van=False, style="dash"):
        sc = sc or self.pick([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14])
        if van:
            sc = self.pick([9, 11, 12])
        pat = SIDECODES[sc]
        for _ in range(1000):
            out = []
            first_letter = True
            for ch in pat:
                if ch == "X":
                    if van and first_letter:
                        out.append("V")
                    else:
                        out.append(self.pick(KT_LETTERS))
                    first_letter = False
                elif ch == "9":
                    out.append(self.pick("0123456789"))
                else:
                    out.append("-")
            k = "".join(out)
            groups = k.split("-")
            if any(g.isdigit() and g[0] == "0" for g in groups):
                continue
            if kenteken_valid(k):
                if style == "compact":
                    return k.replace("-", "")
                if style == "lower":
                    return k.lower()
                if style == "space":
                    return k.replace("-", " ")
                return k
        raise RuntimeError

    def de_plate(self):
        d = self.pick(DE_DISTRICTS)
        letters = "".join(self.pick("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(self.pick([1, 2])))
        return f"{d}-{letters} {self.r.randint(1, 9999 if len(d) < 3 else 999)}"

    def nl_passport(self, kind="N"):
        al = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
        body = "".join(self.pick(al + "123456789") for _ in range(6))
        return kind + self.pick(al) + body + self.pick("123456789")

    def rijbewijs(self):
        return self.pick("45") + self.digits(9, "0123456789")

    def de_ausweis(self):
        return self.pick("CFGHJKLMNPRTVWXYZ") + "".join(self.pick(DE_DOC_ALPHA) for _ in range(8))

    def de_fuehrerschein(self):
        al = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return (self.pick(al) + self.digits(3, "0123456789") + self.pick(al) + self.pick(al) +
                "".join(self.pick(al + "0123456789") for _ in range(4)) + self.pick("0123456789"))

    def de_vat(self):
        while True:
            v = "DE" + self.digits(9)
            if de_vat_valid(v):
                return v

    def uk_passport(self):
        return self.digits(9, "12345")

    def uk_licence(self, p, dob):
        sur = re.sub(r"[^A-Z]", "", ascii_fold(p.last).upper())[:5].ljust(5, "9")
        month = dob.month + (50 if p.sex == "f" else 0)
        ini = re.sub(r"[^A-Z]", "", ascii_fold(p.first).upper())[:1] + "9"
        return (f"{sur}{str(dob.year)[2]}{month:02d}{dob.day:02d}{str(dob.year)[3]}{ini}"
                f"{self.pick('0123456789')}{self.pick('ABCDEFGHJKLMNPRSTUVWXYZ')}{self.pick('ABCDEFGHJKLMNPRSTUVWXYZ')}")

    def be_eid(self):
        x = self.digits(10, "56")
        c = int(x) % 97
        return f"{x[:3]}-{x[3:]}-{c if c else 97:02d}"

    def verblijf(self):
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ123456789"
        return self.pick(["II", "III", "IV"]) + "-V" + "".join(self.pick(al) for _ in range(8))

    # --- network
    def ipv4(self):
        while True:
            a = self.pick([31, 37, 45, 62, 77, 80, 81, 82, 83, 84, 85, 86, 87, 89, 91, 92, 94, 95, 145, 176, 178,
                           185, 188, 212, 213, 217])
            ip = f"{a}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            if ip_public(ip):
                return ip

    def ipv6(self):
        while True:
            pre = self.pick(["2a02:a46b", "2a02:a440", "2001:1c00", "2a01:c23", "2a02:8109", "2001:4c3c"])
            rest = ":".join(f"{self.r.randint(0, 0xffff):x}" for _ in range(5))
            ip = f"{pre}:{self.r.randint(1, 0xfff):x}:{rest}"
            if ip_public(ip):
                return ip

    # --- dates
    def dob(self, y0=1952, y1=2004):
        while True:
            try:
                return datetime.date(self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 31))
            except ValueError:
                continue

    def fmt_date(self, d, lang, style=None):
        style = style or self.pick(["num", "num", "words", "iso", "slash", "dot"])
        if style == "num":
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        if style == "num1":
            return f"{d.day}-{d.month}-{d.year}"
        if style == "slash":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if style == "dot":
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if style == "iso":
            return d.isoformat()
        if style == "words":
            if lang == "de":
                return f"{d.day}. {MONTH_NAMES['de'][d.month - 1]} {d.year}"
            if lang == "en" and self.r.random() < 0.4:
                return f"{MONTH_NAMES['en'][d.month - 1]} {d.day}, {d.year}"
            return f"{d.day} {MONTH_NAMES[lang][d.month - 1]} {d.year}"
        raise ValueError(style)

    def rent_date(self, y=2025, m0=1, m1=11):
        while True:
            try:
                return datetime.date(y, self.r.randint(m0, m1), self.r.randint(1, 31))
            except ValueError:
                continue

    def email(self, p, domains=None):
        f = re.sub(r"[^a-z\-]", "", ascii_fold(p.first).lower())
        s = re.sub(r"[^a-z]", "", ascii_fold(p.surname).lower())
        tv = "".join(w[0] for w in p.tv.split()) if p.tv else ""
        local = self.pick([f"{f}.{s}", f"{f[0]}.{s}", f"{f}{s}{self.r.randint(1, 99)}", f"{s}.{f}",
                           f"{f}_{tv}{p.last.lower().replace(' ', '')}" if tv else f"{f}_{s}",
                           f"{f}{self.r.randint(70, 99)}"])
        local = ascii_fold(local).lower().replace(" ", "").replace("'", "")
        dom = self.pick(domains or EMAIL_DOMAINS[p.her if p.her in EMAIL_DOMAINS else "nl"])
        return f"{local}@{dom}"

    # --- organisation-side reference numbers (hard negatives)
    def booking(self):
        return "PW" + self.digits(8, "0123456789")[:2] + "-" + self.digits(7)

    def contract(self):
        return f"HO-2025-{self.r.randint(100000, 999999)}"

    def ticket(self):
        return f"#{self.r.randint(40000, 99999)}"


EMAIL_DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "xs4all.nl", "icloud.com"],
    "ma": ["gmail.com", "hotmail.com", "outlook.com", "live.nl"],
    "tr": ["gmail.com", "hotmail.com", "outlook.com"],
    "sr": ["gmail.com", "hotmail.com", "ziggo.nl"],
    "pl": ["gmail.com", "wp.pl", "onet.pl", "o2.pl"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "be": ["telenet.be", "skynet.be", "gmail.com", "proximus.be"],
    "gb": ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "sky.com"],
    "in": ["gmail.com", "outlook.com", "yahoo.in"],
    "cn": ["gmail.com", "outlook.com", "163.com"],
}

NL_STREETS = ["Zilverschoonstraat", "Laan van Weideveld", "Burg. Wiegersmalaan", "Klaproosdreef", "Vlasakker",
              "Hofstede Ravenhorst", "Dr. Keizerstraat", "Meidoornsingel", "Oude Trambaan", "Kievitshof",
              "Pastoor Rijkenstraat", "Zandpad", "Molenwiek", "Ganzenweide", "Tiendschuurstraat", "Veerkade",
              "Lindeboomgaard", "Koekoeksbloemweg", "Harmonielaan", "Sluisdijk", "Kastanjehof", "Brederodehof",
              "Schepenenstraat", "Zwanebloemweg", "Korte Wielsteeg", "Gildeplein", "Boterbloemstraat",
              "Eendenkooi", "Reigersbos", "Tolhuislaan", "Lage Vuursche Dreef", "Bessemerstraat"]
NL_TOWNS = [("Amstelveen", 1181, 1189), ("Haarlem", 2011, 2037), ("Utrecht", 3511, 3585), ("Eindhoven", 5611, 5658),
            ("Tilburg", 5011, 5049), ("Rotterdam", 3011, 3089), ("Den Haag", 2511, 2597), ("Leiden", 2311, 2334),
            ("Amersfoort", 3811, 3829), ("Veldhoven", 5501, 5509), ("Helmond", 5701, 5709), ("Almere", 1311, 1364),
            ("Nijmegen", 6511, 6546), ("Groningen", 9711, 9747), ("Zwolle", 8011, 8043), ("Hoofddorp", 2131, 2135),
            ("Breda", 4811, 4839), ("'s-Hertogenbosch", 5211, 5249), ("Deventer", 7411, 7429), ("Delft", 2611, 2629)]
BE_STREETS = ["Vlasgaardstraat", "Kapelleveldlaan", "Koutermolenstraat", "Beukenhofdreef", "Sint-Gummarusweg",
              "Kloosterakker", "Rue des Tanneurs", "Avenue des Cerisiers", "Hoevestraat", "Leiekaai"]
BE_TOWNS = [("Gent", "9000"), ("Antwerpen", "2018"), ("Leuven", "3000"), ("Brugge", "8000"), ("Hasselt", "3500"),
            ("Mechelen", "2800"), ("Elsene", "1050"), ("Kortrijk", "8500"), ("Lier", "2500"), ("Genk", "3600")]
DE_STREETS = ["Am Schwanenteich", "Kalkarer Straße", "Lindenhöfe", "Weidenkamp", "Rheinuferweg", "Buchenweg",
              "Mühlenbachweg", "Auf der Heide", "Kirchplatz", "Hansaring", "Grüner Winkel", "Zechenstraße",
              "Am Lohtor", "Brückenkamp"]
DE_TOWN_AREA = {"Köln": "221", "Düsseldorf": "211", "Aachen": "241", "Kleve": "2821", "Essen": "201", "Münster": "251",
                "Duisburg": "203", "Bonn": "228"}
DE_TOWNS = [("Köln", 50667, 51149), ("Düsseldorf", 40210, 40629), ("Aachen", 52062, 52080), ("Kleve", 47533, 47533),
            ("Essen", 45127, 45359), ("Duisburg", 47051, 47279), ("Münster", 48143, 48167), ("Bonn", 53111, 53229)]
UK_STREETS = [("Larkspur Close", "Leeds", "LS"), ("Hawthorn Terrace", "Bristol", "BS"), ("Mill Road", "Cambridge", "CB"),
              ("Marlowe Gardens", "Manchester", "M"), ("Kingfisher Way", "Norwich", "NR"),
              ("Cedar Grove", "Sheffield", "S"), ("Abbey Mews", "Bath", "BA")]
IE_ADDRS = [("14 Glenview Park", "Dublin", "D06 X2K8"), ("3 Seaview Terrace", "Galway", "H91 E7T2"),
            ("27 Mallow Road", "Cork", "T12 N6R4")]

# org-internal reference words: a 9-digit number after one of these is not a BSN
REF_WORDS = re.compile(r"(?i)reserver|boeking|booking|buchung|reservier|contract|huurovereenkomst|overeenkomst|"
                       r"factuur|invoice|rechnung|ticket|dossier|polis|policy|klantnummer|customer no|kundennummer|"
                       r"kenmerk|beschikking|referenc|referenz|ref\.|ref |order|bestel|schade(?:nummer|dossier)|"
                       r"claim|aktenzeichen|az\.|kassenzeichen|vorgang|voucher|rit|pick-up code|ophaalcode|"
                       r"vlootnummer|fleet no|batch|zaak|case")


# --------------------------------------------------------------------------------------------------
# scenarios
# --------------------------------------------------------------------------------------------------
SCEN = []


def sc(lang, pii):
    def deco(f):
        SCEN.append((lang, f.__name__, pii, f))
        return f
    return deco


def crlf(s):
    return s.replace("\n", "\r\n")


CARS = ["Peugeot 2008", "Toyota Yaris Cross", "Kia Niro EV", "Volkswagen Polo", "Škoda Octavia Combi", "Renault Clio",
        "BMW 118i", "Volvo XC40", "Fiat 500e", "Hyundai Kona Electric", "Opel Corsa", "Tesla Model 3"]
VANS = ["Ford Transit 12 m³", "Renault Master 14 m³ met laadklep", "Volkswagen Crafter 11 m³", "Mercedes Sprinter 9 m³",
        "Opel Movano 13 m³"]
COMPANIES_NL = ["Installatiebedrijf De Waterpas B.V.", "Groenrijk Hoveniers B.V.", "Brabants Montagebedrijf B.V.",
                "Noordzee Events B.V.", "Koelservice Midden-Nederland B.V.", "Zuidas Consultancy B.V.",
                "Bouwbedrijf Hoge Weide B.V."]
MASK = ["**** **** **** {x}", "XXXX-XXXX-XXXX-{x}", "•••• {x}", "************{x}"]
MASK_WORDS = {"nl": "eindigend op {x}", "en": "ending in {x}", "de": "endet auf {x}"}


def nd(c, lang="nl", y=2025, style=None):
    """a non-birth date (rental, fine, letter dates)"""
    d = c.rent_date(y)
    style = style or c.pick(["num", "num", "words", "slash"] if lang != "de" else ["dot", "dot", "words"])
    if style == "words" and lang == "en":
        return f"{d.day} {MONTH_NAMES['en'][d.month - 1]}"
    return c.fmt_date(d, lang, style)


def masked(c, lang="nl"):
    return c.pick(MASK + [MASK_WORDS[lang]]).format(x=c.digits(4, "0123456789"))


def hij(p, lang):
    return {"nl": {"m": "hij", "f": "zij"}, "en": {"m": "he", "f": "she"}, "de": {"m": "er", "f": "sie"}}[lang][p.sex]


def zijn(p, lang):
    return {"nl": {"m": "zijn", "f": "haar"}, "en": {"m": "his", "f": "her"}, "de": {"m": "sein", "f": "ihr"}}[lang][p.sex]


def sig_org_nl():
    return f"Polderwiel Autoverhuur B.V. | {O_HQ}\nT {O_TEL} | {O_WEB}\nKvK {O_KVK} | btw {O_BTW}"


# ======================================= NL, with personal data ====================================
@sc("nl", True)
def nl_reservering_wijzigen(c, k):
    p = c.person(c.pick(["nl", "ma", "tr", "sr", "pl"]))
    em = c.email(p)
    mob = c.fmt_mobile(c.nl_mobile())
    b = c.booking()
    if k == 0:
        d = c.rent_date()
        d2 = d + datetime.timedelta(days=1)
        return (f"Van: {P(p.full)} <{EM(em)}>\nAan: reserveringen@polderwiel.example\nOnderwerp: Wijziging reservering {b}\n\n"
                f"Goedemiddag,\n\nIk heb een auto gereserveerd om op te halen op Schiphol op {c.fmt_date(d, 'nl', 'words')} om 06:45 "
                f"(reservering {b}), maar onze vlucht is een dag verschoven. Kunnen jullie de ophaaldatum naar "
                f"{c.fmt_date(d2, 'nl', 'words')} zetten? De categorie blijft hetzelfde (Compact, automaat) en de retour ook.\n\n"
                f"Als het niet lukt hoor ik het graag even, ik ben bereikbaar op {PH(mob)}.\n\n"
                f"Met vriendelijke groet,\n{P(p.full)}")
    ip = c.ipv4()
    return (f"--- Contactformulier {O_WEB} ---\nOnderwerp      : Reservering wijzigen\nNaam           : {P(p.rev)}\n"
            f"E-mailadres    : {EM(em)}\nTelefoon       : {PH(mob)}\nReserveringsnr.: {b}\nStation        : Eindhoven Airport\n"
            f"Bericht        : Graag de retourtijd aanpassen van 18:00 naar 21:30, ons vliegtuig landt pas om 20:10. "
            f"Het kinderzitje (groep 2/3) mag blijven.\nVerzonden      : {nd(c, style='num')} 09:12:44\nIP-adres       : {IPA(ip)}\n")


@sc("nl", True)
def nl_cjib_boete(c, k):
    p = c.person(c.pick(["nl", "nl", "ma", "tr", "sr", "be"]))
    w = STAFF["wendy"]
    kt = c.kenteken()
    st, pc, town = c.nl_addr()
    ct = c.contract()
    cjib = "1" + c.digits(15, "0123456789")
    d = c.rent_date()
    if k == 0:
        dob = c.dob()
        rb = c.rijbewijs()
        return (f"Aan: Centraal Justitieel Incassobureau, team Kentekenaansprakelijkheid\n"
                f"Betreft: beschikking {NEG('ref16', cjib)} — kenteken {LP(kt)}\n\nGeachte heer/mevrouw,\n\n"
                f"Op {c.fmt_date(d, 'nl', 'num')} om 14:32 uur is met het voertuig met kenteken {LP(kt)} een overtreding begaan "
                f"(feitcode VA041). Dit voertuig is eigendom van Polderwiel Autoverhuur B.V. en was op dat moment verhuurd. "
                f"Conform artikel 8 WAHV delen wij u de gegevens van de huurder mee:\n\n"
                f"Naam:              {P(p.full)}\nAdres:             {AD(st)}\nPostcode/plaats:   {PC(pc)} {town}\n"
                f"Geboortedatum:     {DOB(c.fmt_date(dob, 'nl', 'num'))}\nRijbewijsnummer:   {ID(rb)}\n"
                f"Huurovereenkomst:  {ct}\n\nEen kopie van de huurovereenkomst is bijgevoegd.\n\nHoogachtend,\n\n"
                f"{P(w.full)}\nAfdeling Boetes & Tol\nPolderwiel Autoverhuur B.V. | {O_PB}\nKvK {O_KVK}")
    car = c.pick(CARS)
    greet = c.pick([f"Beste {P(p.first)},", f"Geachte {p.sir} {P(p.Sur)},"])
    return (f"Onderwerp: Verkeersboete tijdens uw huurperiode – {ct}\n\n{greet}\n\n"
            f"Wij hebben van het CJIB een beschikking ontvangen voor een snelheidsovertreding op de A2 bij Vinkeveen op "
            f"{c.fmt_date(d, 'nl', 'words')} (gemeten 118 km/u, toegestaan 100 km/u) met de {car} met kenteken {LP(kt)}. "
            f"Volgens onze administratie had u de auto op dat moment gehuurd.\n\n"
            f"Wij hebben uw gegevens aan het CJIB doorgegeven; u ontvangt de beschikking (€{NBSP}124,00) op uw adres "
            f"{AD(st)}, {PC(pc)} {town}. Voor de afhandeling brengen wij €{NBSP}25,00 administratiekosten in rekening op de "
            f"creditcard waarmee u de borg heeft betaald ({masked(c)}).\n\nBeschikkingsnummer CJIB: {NEG('ref16', cjib)}\n"
            f"Vragen? Mail boetes@polderwiel.example of bel {O_TEL} (ma–vr 9.00–17.00 uur).\n\n"
            f"Met vriendelijke groet,\n\n{P(w.full)}\nTeam Boetes & Tol")


@sc("nl", True)
def nl_borg_terug(c, k):
    p = c.person(c.pick(["nl", "tr", "sr", "pl", "cn"]))
    ib = c.iban("NL")
    d = c.rent_date()
    if k == 0:
        van = c.kenteken(van=True)
        return (f"Hallo,\n\nOp {c.fmt_date(d, 'nl', 'words')} heb ik de bestelbus ({LP(van)}) teruggebracht bij jullie vestiging "
                f"in Utrecht, maar de borg van € 500,- staat nog steeds geblokkeerd op mijn creditcard. Dat is nu 12 dagen "
                f"geleden. Mijn creditcard is inmiddels verlopen en vervangen, dus vrijgeven van de blokkade gaat volgens mijn "
                f"bank niet meer. Kunnen jullie het bedrag in plaats daarvan overmaken naar {IB(c.fmt_iban(ib, 'group'))} "
                f"t.n.v. {P(p.ini_full)}?\n\nHuurovereenkomst: {c.contract()}\n\nGroeten,\n{P(p.full)}")
    mob = c.fmt_mobile(c.nl_mobile(), "intl")
    y = STAFF["yusuf"]
    dd = f"{d.day:02d}-{d.month:02d}-{d.year}"
    return (f"[{dd} 10:14] {PH(mob)}: hoi, ik heb gisteren de auto ingeleverd op Schiphol maar borg nog niet terug\n"
            f"[{dd} 10:16] Polderwiel Schade & Service: Goedemorgen! Wat is uw reserveringsnummer?\n"
            f"[{dd} 10:17] {PH(mob)}: {c.booking()}\n"
            f"[{dd} 10:21] Polderwiel Schade & Service: Dank u. De blokkade is vandaag vrijgegeven; het kan 5 tot 10 "
            f"werkdagen duren voordat uw bank het verwerkt. Groet, {P(y.first)}\n"
            f"[{dd} 10:22] {PH(mob)}: de borg is met mijn debitcard betaald, niet met een creditcard. kan het ook gewoon op "
            f"mijn rekening? {IB(c.fmt_iban(ib, 'lower'))}\n"
            f"[{dd} 10:25] Polderwiel Schade & Service: Dat kan, ik heb het doorgezet naar onze financiële afdeling. U "
            f"ontvangt het binnen 5 werkdagen.\n[{dd} 10:25] {PH(mob)}: top dank je! groetjes {P(p.first.lower())}")


@sc("nl", True)
def nl_schaderapport(c, k):
    p = c.person()
    kt = c.kenteken()
    t, ma, s = STAFF["thijs"], STAFF["marloes"], STAFF["sanne"]
    if k == 0:
        return (f"SCHADERAPPORT NA INNAME — Polderwiel Eindhoven Airport\nDatum inname: {nd(c)} 22:47\n"
                f"Huurovereenkomst: {c.contract()}\nKenteken: {LP(kt)}   Model: {c.pick(CARS)}   Km-stand: 48.213\n"
                f"Huurder: {P(p.full)}\nIngenomen door: {P(ma.full)}\n\nBevindingen:\n"
                f"| Positie | Schade | Nieuw? |\n|---|---|---|\n| Bumper achter links | kras ± 15 cm | ja |\n"
                f"| Velg rechtsvoor | stoeprandschade | nee (bekend sinds 12-04) |\n| Voorruit | steenslag 4 mm | ja |\n\n"
                f"Foto's: 14 stuks, map SCH-25-0917\nKlant aanwezig bij inname: nee (sleutel in de inleverbox)\n"
                f"Eigen risico volgens contract: € 850,00\n\nDoorgezet naar {P(t.full)} (schadeafhandeling).")
    st, pc, town = c.nl_addr()
    mob = c.fmt_mobile(c.nl_mobile())
    return (f"Onderwerp: Bezwaar schadeclaim SCH-25-1044\n\nGeachte heer {P(t.Sur)},\n\n"
            f"Ik ontving uw brief van {nd(c, style='words')} waarin u € 385,00 in rekening brengt voor een deuk in het "
            f"linker achterportier van de {c.pick(CARS)} ({LP(kt)}). Bij het ophalen op Schiphol heb ik die deuk juist "
            f"gemeld bij uw medewerker aan de balie ({P(s.first)}, volgens haar naambadge). Op mijn foto's van 07:52 die "
            f"ochtend is de deuk duidelijk te zien; ik stuur ze als bijlage mee.\n\n"
            f"Ik ga niet akkoord met de claim en verzoek u deze in te trekken en het al afgeschreven bedrag terug te storten op "
            f"{IB(c.fmt_iban(c.iban('NL'), 'nbsp'))}. U kunt mij bereiken op {PH(mob)}.\n\n"
            f"Hoogachtend,\n\n{P(p.full)}\n{AD(st)}\n{PC(pc)} {town}")


@sc("nl", True)
def nl_verhuisbus(c, k):
    p = c.person(c.pick(["nl", "nl", "ma", "tr", "sr", "in"]))
    mob = c.fmt_mobile(c.nl_mobile())
    st2, pc2, town2 = c.nl_addr()
    if k == 0:
        st1, pc1, town1 = c.nl_addr()
        d = c.rent_date()
        return (f"Hoi Polderwiel,\n\nWij gaan op zaterdag {c.fmt_date(d, 'nl', 'words')} verhuizen van {AD(st1)} "
                f"({PC(pc1)}) in {town1} naar {AD(st2)}, {PC(pc2)} {town2}. Ik wil daarvoor een bestelbus huren (liefst de "
                f"{c.pick(VANS)}) van vrijdagavond tot zondag 12.00 uur. Is het mogelijk om de bus zaterdagochtend om 08.00 "
                f"uur bij ons af te leveren op het oude adres? Anders halen we hem zelf op bij jullie vestiging aan de "
                f"{ORG_STREETS[4]}.\n\nIk heb mijn rijbewijs B sinds 2019, dus langer dan 3 jaar — klopt het dat ik dan geen "
                f"jonge-bestuurderstoeslag betaal?\n\nGroet,\n{P(p.full)}\n{PH(mob)}")
    y = STAFF["yusuf"]
    fr = c.person()
    mob2 = c.fmt_mobile(c.nl_mobile())
    return (f"Chat via {O_WEB} — {nd(c, style='num')}\n"
            f"[09:02] Bezoeker: Goedemorgen, ik heb een verhuisbus geboekt (reservering {c.booking()}) en wil het "
            f"afleveradres wijzigen\n[09:03] {P(y.first)} (Polderwiel): Goedemorgen! Naar welk adres mag de bus komen?\n"
            f"[09:04] Bezoeker: {AD(st2)}, {PC(pc2)} {town2}. Het is een flat, je kunt parkeren op het pleintje erachter.\n"
            f"[09:05] {P(y.first)} (Polderwiel): Genoteerd. De chauffeur belt een half uur van tevoren. Op welk nummer?\n"
            f"[09:05] Bezoeker: {PH(mob)}, en als ik niet opneem {'mijn vriend' if fr.sex == 'm' else 'mijn vriendin'} {P(fr.full)}: {PH(mob2)}\n"
            f"[09:07] {P(y.first)} (Polderwiel): Helemaal goed, fijne verhuizing!")


@sc("nl", True)
def nl_zakelijk_account(c, k):
    p = c.person(c.pick(["nl", "nl", "ma", "tr", "de", "be"]))
    if k == 0:
        comp = c.pick(COMPANIES_NL)
        dom = re.sub(r"[^a-z]", "", comp.lower().replace("b.v.", ""))[:18] + ".nl"
        em = c.email(p, [dom])
        return (f"Aanvraag zakelijk account — ontvangen via {O_WEB}/zakelijk\n"
                f"Bedrijfsnaam:             {comp}\nRechtsvorm:               B.V.\nVestigingsplaats:         {c.pick(NL_TOWNS)[0]}\n"
                f"KvK-nummer:               {KVK(c.kvk())}\nBtw-identificatienummer:  {BTW(c.btw())}\n"
                f"Contactpersoon:           {P(p.full)}, fleetmanager\nE-mail:                   {EM(em)}\n"
                f"Telefoon:                 {PH(c.nl_land())}\n"
                f"Verwacht volume:          ca. 40 huurdagen per maand, vooral bestelbussen vanaf Eindhoven Airport en Utrecht\n"
                f"Betaling:                 automatische incasso\nIBAN:                     {IB(c.fmt_iban(c.iban('NL'), 'compact'))}\n"
                f"Ten name van:             {comp}\n"
                f"Opmerking:                Onze monteurs huren vaak op korte termijn; graag facturatie per kostenplaats "
                f"(KP-410, KP-415).")
    st, pc, town = c.nl_addr()
    ob = c.ob()
    return (f"Goedendag,\n\nIk ben zelfstandig klusjesman ({NP('Klusbedrijf ' + p.Sur)}) en wil graag een zakelijk account "
            f"om regelmatig een bestelbus te huren. Hierbij mijn gegevens:\n\nKvK: {KVK(c.kvk())}\n"
            f"Btw-id: {BTW(c.btw())} (mijn oude omzetbelastingnummer was {BS(ob)}, voor het geval jullie dat nog ergens "
            f"hebben staan)\nAdres (tevens vestigingsadres): {AD(st)}, {PC(pc)} {town}\nMobiel: {PH(c.fmt_mobile(c.nl_mobile()))}\n\n"
            f"Kunnen jullie de facturen maandelijks sturen naar {EM(c.email(p))}?\n\nMet vriendelijke groet,\n{P(p.full)}")


@sc("nl", True)
def nl_id_controle(c, k):
    p = c.person(c.pick(["nl", "ma", "tr", "sr"]) if k == 0 else None)
    rb = c.rijbewijs()
    dob = c.dob(1958, 2003)
    b = c.booking()
    if k == 0:
        kofi = STAFF["kofi"]
        pa = c.person()
        return (f"Notitie balie Schiphol — {nd(c, style='num')} 05:58 — {P(kofi.full)}\n"
                f"Klant {P(p.full)} (res. {b}) kwam ophalen met een rijbewijs dat over 3 weken verloopt; dat is toegestaan. "
                f"Naam op de creditcard wijkt af (kaart op naam van partner {P(pa.full)}). Conform procedure geen uitgifte op "
                f"kaart van een derde: klant heeft de borg met eigen debitcard betaald (Mastercard Debit, {masked(c)}).\n"
                f"Gecontroleerd: paspoort {ID(c.nl_passport('N'))}, rijbewijsnummer {ID(rb)}, geb. "
                f"{DOB(c.fmt_date(dob, 'nl', 'num1'))}.\nAuto meegegeven: {LP(c.kenteken())} ({c.pick(CARS)}, wit).")
    bsn = c.bsn()
    d = c.rent_date(2019)
    return (f"Onderwerp: online inchecken lukt niet\n\nBeste klantenservice,\n\n"
            f"Het online inchecken voor mijn reservering {b} lukt niet: bij het uploaden van mijn rijbewijs krijg ik steeds "
            f"\"Documentcontrole mislukt (fout 0x3F2)\". Daarom stuur ik de gegevens maar zo:\n\n"
            f"Naam: {P(p.full)}\nGeboortedatum: {DOB(c.fmt_date(dob, 'nl', 'num'))}\nRijbewijsnummer: {ID(rb)}, afgegeven "
            f"{c.fmt_date(d, 'nl', 'num')}\n\nOp de achterkant van mijn rijbewijs staat ook {BS(bsn)}/{ID(rb)} — het eerste "
            f"nummer is mijn BSN. Is dat ook nodig?\n\nAlvast bedankt,\n{P(p.first)}")


@sc("nl", True)
def nl_extra_bestuurder(c, k):
    if k == 0:
        par = c.person(c.pick(["nl", "nl", "sr", "tr", "ma"]))
        son = c.relative(par, "m")
        dob = c.dob(2004, 2006)
        d1 = c.rent_date()
        return (f"Goedemiddag,\n\nVoor onze huur van {c.fmt_date(d1, 'nl', 'words')} t/m "
                f"{c.fmt_date(d1 + datetime.timedelta(days=9), 'nl', 'words')} (reservering {c.booking()}) wil ik graag mijn "
                f"zoon als extra bestuurder toevoegen. Hij heeft net zijn rijbewijs:\n\n{P(son.full)}, geboren "
                f"{DOB(c.fmt_date(dob, 'nl', 'words'))}\nRijbewijs behaald op {nd(c, style='num')} (nummer {ID(c.rijbewijs())})\n\n"
                f"Zijn BSN-nr is {BS(c.bsn8())}, mocht u dat nodig hebben.\n\n"
                f"Ik begrijp dat er voor bestuurders onder de 23 een toeslag geldt. Wat kost dat per dag?\n\n"
                f"Met vriendelijke groet,\n{P(par.ini_full)}")
    y = STAFF["yusuf"]
    p = c.person()
    pa = c.person()
    return (f"Telefoonnotitie klantenservice ({P(y.full)}), {nd(c, style='num')} 11:20\n"
            f"Beller: {P(p.full)}, tel. {PH(c.fmt_mobile(c.nl_mobile()))}\n"
            f"Vraag: partner toevoegen als 2e bestuurder bij {c.booking()}.\n"
            f"Gegevens partner: {P(pa.full)}, geboortedatum {DOB(c.fmt_date(c.dob(1970, 2002), 'nl', 'slash'))}, "
            f"rijbewijsnr. {ID(c.rijbewijs())}. Beller noemde ook {zijn(p, 'nl')} sofinummer ({BS(c.fmt_bsn(c.bsn(), 'plain'))}); "
            f"niet overgenomen in het systeem.\nActie: toegevoegd, toeslag € 9,50 per dag (7 dagen = € 66,50). "
            f"Bevestiging gemaild naar {EM(c.email(p))}.")


@sc("nl", True)
def nl_tol(c, k):
    w = STAFF["wendy"]
    if k == 0:
        p = c.person()
        kt = c.kenteken()
        d = c.rent_date()
        return (f"Onderwerp: Tolheffing Blankenburgverbinding — kenteken {LP(kt)}\n\nBeste {p.sir} {P(p.Sur)},\n\n"
                f"Tijdens uw huurperiode is de {c.pick(CARS)} met kenteken {LP(kt)} op {c.fmt_date(d, 'nl', 'words')} om "
                f"17.04 uur door de Blankenburgtunnel gereden. De tol (€ 2,36) is bij ons als kentekenhouder in rekening "
                f"gebracht. Conform artikel 11.3 van onze huurvoorwaarden berekenen wij de tol door, vermeerderd met € 7,50 "
                f"verwerkingskosten. Het totaalbedrag van € 9,86 wordt afgeschreven van de creditcard die u bij het "
                f"ophalen heeft gebruikt.\n\nTolfactuur: TF-2025-{c.r.randint(100000, 999999)}\nHuurovereenkomst: {c.contract()}\n\n"
                f"Met vriendelijke groet,\nTeam Boetes & Tol — {P(w.full)}")
    rows = []
    for i in range(3):
        p = c.person()
        d = c.rent_date(2025, 6, 6)
        rows.append(f"{d.day:02d}-06-2025;{c.r.randint(6, 22):02d}:{c.r.randint(0, 59):02d};"
                    f"{c.pick(['Kiltunnel', 'Blankenburgtunnel', 'Westerscheldetunnel'])};{LP(c.kenteken())};"
                    f"{c.contract()};{P(p.rev)};{c.pick(['4,50', '2,36', '5,40', '2,53'])}")
    return (f"Hoi allemaal,\n\nHieronder de tolregels van juni die nog niet zijn doorbelast. Kunnen jullie ze op de "
            f"eindfacturen zetten?\n\ndatum;tijd;tunnel;kenteken;huurovereenkomst;huurder;bedrag\n" + "\n".join(rows) +
            f"\n\nGroet, {P(w.first)}")


@sc("nl", True)
def nl_aanrijding(c, k):
    p = c.person()
    o = c.person()
    st, pc, town = c.nl_addr()
    kt_o = c.kenteken(c.pick([1, 2, 3, 4, 5, 6, 7, 8]))
    if k == 0:
        return (f"Onderwerp: Aanrijding met huurauto {LP(c.kenteken())} — schadeformulier\n\nGoedenavond,\n\n"
                f"Vanmiddag ben ik op de parkeerplaats van een bouwmarkt in {town} aangereden door een andere auto die "
                f"achteruit reed. We hebben samen een Europees schadeformulier ingevuld. De gegevens van de tegenpartij:\n\n"
                f"Bestuurder B: {P(o.full)}\nAdres: {AD(st)}, {PC(pc)} {town}\nTelefoon: {PH(c.fmt_mobile(c.nl_mobile()))}\n"
                f"Kenteken: {LP(kt_o)}\nVerzekeraar: Waardland Verzekeringen, polisnummer WV-{c.digits(8)}\n\n"
                f"Schade aan de huurauto: deuk en kras in de achterbumper rechts, achterlicht is heel. Foto's zitten in de "
                f"bijlage.\n\nMijn reserveringsnummer is {c.booking()}. Wat moet ik verder met het origineel van het formulier?\n\n"
                f"Met vriendelijke groet,\n{P(p.full)}")
    t = STAFF["thijs"]
    return (f"Dossier SCH-25-{c.r.randint(1000, 1999)} — interne notitie {P(t.first)}\n\n"
            f"| rol | naam | kenteken | contact |\n|---|---|---|---|\n"
            f"| huurder (A) | {P(p.full)} | {LP(c.kenteken())} | {PH(c.fmt_mobile(c.nl_mobile()))} |\n"
            f"| tegenpartij (B) | {P(o.full)} | {LP(kt_o)} | {PH(c.nl_land())} |\n\n"
            f"Schuldvraag: B erkent op het formulier dat {hij(o, 'nl')} geen voorrang heeft verleend (vak 12, kruisje 14). "
            f"Verhalen op verzekeraar B, polis WV-{c.digits(8)}. Eigen risico huurder niet belasten. "
            f"Adres B voor aansprakelijkstelling: {AD(st)}, {PC(pc)} {town}.")


@sc("nl", True)
def nl_gevonden_voorwerp(c, k):
    p = c.person()
    if k == 0:
        st, pc, town = c.nl_addr()
        return (f"Hallo,\n\nIk heb afgelopen zondag de auto ingeleverd in Rotterdam ({c.pick(CARS)}, reservering {c.booking()}) "
                f"en ben mijn zonnebril (bruin etui) en een usb-c-oplader vergeten in het dashboardkastje. Zouden jullie die "
                f"kunnen opsturen naar {AD(st)}, {PC(pc)} {town}? Verzendkosten betaal ik natuurlijk.\n\n"
                f"Bel of app me gerust: {PH(c.fmt_mobile(c.nl_mobile()))}\n\nGroetjes,\n{P(p.first)}")
    o = STAFF["omer"]
    return (f"Gevonden voorwerpen — {nd(c, style='num')}\n"
            f"Gevonden in {LP(c.kenteken())} na inname door {P(o.first)}: portemonnee met ID-kaart op naam van "
            f"{P(p.full)} (ID-kaart {ID(c.nl_passport('I'))}), pinpas en wat kleingeld.\n"
            f"Klant gebeld op {PH(c.fmt_mobile(c.nl_mobile()))}: haalt maandag op bij de balie Schiphol. "
            f"Ligt in kluis 2, zakje nr. 117.")


@sc("nl", True)
def nl_hoofdletters(c, k):
    p = c.person(c.pick(["nl", "nl", "sr", "tr"]))
    st, pc, town = c.nl_addr()
    if k == 0:
        return (f"AAN: POLDERWIEL AUTOVERHUUR B.V.\nT.A.V. DE DIRECTIE\nPOSTBUS 2210\n3800 CE AMERSFOORT\n\n"
                f"BETREFT: KLACHT OVER BORG EN SCHADE, HUUROVEREENKOMST {c.contract()}\n\nGEACHTE DIRECTIE,\n\n"
                f"OP {nd(c, style='num')} HEB IK BIJ UW VESTIGING ROTTERDAM EEN AUTO GEHUURD. BIJ HET TERUGBRENGEN WERD MIJ "
                f"VERTELD DAT ALLES IN ORDE WAS. TWEE WEKEN LATER IS ER TOCH € 650,00 VAN MIJN CREDITCARD AFGESCHREVEN VOOR "
                f"\"SCHADE AAN DE VELG\". IK HEB DAAR NOOIT EEN RAPPORT OF FOTO VAN GEZIEN.\n\nIK VERZOEK U HET BEDRAG BINNEN "
                f"14 DAGEN TERUG TE STORTEN OP REKENING {IB(c.fmt_iban(c.iban('NL'), 'group'))} T.N.V. {P(p.full.upper())}.\n\n"
                f"HOOGACHTEND,\n\n{P(p.full.upper())}\n{AD(st.upper())}\n{PC(pc)}  {town.upper()}")
    return (f"POLDERWIEL AUTOVERHUUR\nAFDELING BOETES\n\nIK BEN HET NIET EENS MET DE € 25,00 ADMINISTRATIEKOSTEN VOOR DE "
            f"PARKEERBOETE VAN {nd(c, style='num')}. DE BOETE ZELF HEB IK AL BETAALD AAN DE GEMEENTE. U HEEFT ALLEEN MIJN "
            f"NAAM EN ADRES DOORGEGEVEN, DAAR KAN GEEN € 25,00 VOOR STAAN.\n\nBEL MIJ MAAR OP {PH(c.nl_land(style='dash'))} "
            f"(NIET NA 20.00 UUR). MIJN BSN IS {BS(c.fmt_bsn(c.bsn(), 'space'))}, ALS U DAT NODIG HEEFT VOOR HET "
            f"CJIB.\n\n{P(p.ini_full.upper())}\n{AD(st.upper())}\n{PC(pc)} {town.upper()}")


@sc("nl", True)
def nl_social(c, k):
    p = c.person(c.pick(["nl", "ma", "tr", "sr"]))
    if k == 0:
        s = STAFF["sanne"]
        return (f"@PolderwielNL al 40 minuten in de rij bij jullie balie op Schiphol 😤 drie medewerkers aanwezig, één balie "
                f"open. Wel respect voor {P(s.first)} die het helemaal alleen moest doen 👏 #polderwiel #schiphol "
                f"#wachten\n— {P(p.first)}")
    st, pc, town = c.nl_addr()
    nr = re.match(r"\D+(\d+)", st).group(1)
    return (f"DM aan @polderwiel.autoverhuur\nhoi! kan de verhuisbus zaterdag ook bezorgd worden? postcode is "
            f"{PC(pc.replace(' ', ''))}, huisnummer {nr}, 3e verdieping. bel maar aan bij {P(p.Sur)} 🙏\n"
            f"ik ben {P(p.first.lower())} trouwens 😅")


@sc("nl", True)
def nl_doorgestuurd(c, k):
    if k == 0:
        p = c.person("gb")
        y, t = STAFF["yusuf"], STAFF["thijs"]
        return (f"Hoi {P(t.first)},\n\nZie hieronder een mail van een Britse klant over de schadeclaim. Kun jij reageren? Ik heb "
                f"gezegd dat hij binnen 5 werkdagen antwoord krijgt.\n\nGroet,\n{P(y.first)}\n\n-----Oorspronkelijk bericht-----\n"
                f"Van: {P(p.full)} <{EM(c.email(p))}>\nVerzonden: dinsdag 10 juni 2025 22:14\nAan: service@polderwiel.example\n"
                f"Onderwerp: Damage charge on my credit card\n\nHello,\n\nI rented a Fiat 500e at Schiphol from 2 to 6 June "
                f"(booking {c.booking()}). Today I found a charge of EUR 420 on my card for a \"scratch on the rear bumper\". "
                f"Nobody mentioned any damage when I returned the car, and the lady at the desk signed the return form. "
                f"Please send me the photos and the damage report.\n\nYou can call me on {PH(c.uk_phone())}.\n\n"
                f"Regards,\n{P(p.first)}")
    p = c.person("de")
    ka = STAFF["katrin"]
    return (crlf(f"Beste collega's van Boetes & Tol,\n\nOnderstaande klant vraagt of de Bußgeld uit Keulen al naar haar is "
                 f"doorgestuurd. Kan iemand dat checken? Ik heb de klant in het Duits geantwoord dat we binnen een week "
                 f"reageren.\n\nGroet, {P(ka.first)}\n\n> Von: {P(p.full)} <{EM(c.email(p))}>\n> Gesendet: Montag, 7. Juli 2025 08:03\n"
                 f"> Betreff: Bußgeld Mietwagen {LP(c.kenteken())}\n>\n> Guten Tag,\n> ich habe gehört, dass in Köln ein "
                 f"Blitzerfoto von meinem Mietwagen gemacht wurde. Bitte schicken Sie mir die Unterlagen direkt zu, damit ich "
                 f"nicht die Frist verpasse. Telefonisch bin ich unter {PH(c.de_mobile())} erreichbar.\n>\n> Viele Grüße\n> "
                 f"{P(p.full)}"))


@sc("nl", True)
def nl_overdracht(c, k):
    s, ko, ma, o = STAFF["sanne"], STAFF["kofi"], STAFF["marloes"], STAFF["omer"]
    p = c.person("nl", "m")
    q = c.person(sex="f")
    if k == 0:
        return (f"Overdracht balie Schiphol — vroege dienst → late dienst ({nd(c, style='num')})\nVan: {P(s.first)}   "
                f"Aan: {P(ko.first)}\n\n- Nog niet terug: {LP(c.kenteken())}, {LP(c.kenteken())} en de bus "
                f"{LP(c.kenteken(van=True))}. Huurder van de bus ({P(p.full)}) belde om 11.40 uur dat hij in de file staat, "
                f"verwacht rond 15.00 uur. Tel. {PH(c.fmt_mobile(c.nl_mobile()))}.\n"
                f"- Kinderzitjes: voorraad 4 (groep 1) en 2 (groep 2/3).\n"
                f"- Printer balie 2 hapert, melding bij ICT gedaan (INC-2025-0412).\n"
                f"- {q.sir.capitalize()} {P(q.Sur)} (res. {c.booking()}) komt om 16.30 uur voor een one-way naar Antwerpen. "
                f"Let op: zij wil de borg contant betalen, dat kan niet → verwijzen naar debitcard.\n- Kasverschil € 0,00.\n\n"
                f"Groet, {P(s.first)}")
    return (f"Overdracht Eindhoven Airport, avond {nd(c, style='num')} — {P(ma.full)}\n\n"
            f"1. {LP(c.kenteken())} terug met lege accu (klant {P(p.full)} had de verlichting aan laten staan). Staat op "
            f"P3, vak 41. {P(o.first)} komt morgen met de booster.\n2. Klant {P(q.rev)} wil morgen verlengen tot vrijdag; "
            f"ik heb gezegd dat we terugbellen op {PH(c.nl_land('40'))}.\n3. Sleutelkastje code gewijzigd, zie de map in de "
            f"la (niet in de chat zetten!).\n4. Verder rustig, 23 uitgiftes, 19 innames.")


@sc("nl", True)
def nl_creditcard(c, k):
    p = c.person()
    cc = c.card(c.pick(["visa", "mc", "mc2"]))
    if k == 0:
        return (f"Geachte heer/mevrouw,\n\nIk wil het eigen risico van € 850 voor schadedossier SCH-25-{c.r.randint(1000, 1999)} "
                f"graag in één keer betalen. U kunt het afschrijven van mijn creditcard {CC(c.fmt_card(cc))} (geldig t/m "
                f"{c.r.randint(1, 12):02d}/{c.r.randint(26, 29)}). De CVC-code stuur ik liever niet per mail, die kunt u "
                f"telefonisch opvragen.\n\nMet vriendelijke groet,\n{P(p.ini_full)}")
    y = STAFF["yusuf"]
    return (f"Telefoonnotitie {nd(c, style='num')} — {P(y.first)}\nKlant {P(p.full)} las aan de telefoon {zijn(p, 'nl')} volledige "
            f"kaartnummer voor ({CC(c.fmt_card(cc, 'space'))}) om de borg voor reservering {c.booking()} te betalen. "
            f"Uitgelegd dat we kaartgegevens niet telefonisch aannemen. Betaallink gestuurd naar {EM(c.email(p))}; klant "
            f"teruggebeld op {PH(c.fmt_mobile(c.nl_mobile()))} ter bevestiging. Deze notitie na betaling opschonen a.u.b.")


@sc("nl", True)
def nl_ip(c, k):
    p = c.person()
    if k == 0:
        ip = c.ipv4()
        o = STAFF["joost"]
        return (f"Fraudecheck webboeking {c.booking()} — {nd(c, style='num')}\n"
                f"Boeking via {O_WEB}, IP-adres {IPA(ip)}. Naam op de boeking: {P(p.full)}, e-mailadres {EM(c.email(p))} "
                f"(adres pas vandaag aangemaakt). Drie mislukte betalingen met verschillende kaarten "
                f"({masked(c)}, {masked(c)}, {masked(c)}).\nActie: boeking geannuleerd, {IPA(ip)} op de blokkadelijst gezet, "
                f"station Schiphol ingelicht.\nGecontroleerd door {P(o.full)}.")
    ip6 = c.ipv6()
    return (f"Hallo,\n\nIk kan niet inloggen op Mijn Polderwiel, ik krijg steeds \"Toegang geweigerd (403)\". Ik gebruik de app "
            f"versie {NEG('version', '4.12.0.3')} op een iPhone. Volgens whatismyip is mijn IP {IPA(ip6)}. Op wifi bij mijn "
            f"ouders werkt het wel. Zit ik op een blokkadelijst?\n\nGroet,\n{P(p.full)}")


@sc("nl", True)
def nl_oneway_belgie(c, k):
    p = c.person("be")
    if k == 0:
        st, pc, town = c.be_addr()
        if " bus " not in st:
            st = re.sub(r"/\d+$", "", st) + f" bus {c.r.randint(1, 9)}"
        return (f"Dag,\n\nIk had graag een wagen gehuurd met ophaling in Eindhoven Airport op {nd(c, style='num')} en "
                f"terugbrengen in Antwerpen (one-way). Is dat mogelijk bij jullie en hoeveel bedraagt de toeslag voor een "
                f"one-way naar België?\n\nMijn gegevens:\n{P(p.full)}\n{AD(st)}\n{PC(pc)} {town}\ngsm {PH(c.be_gsm())}\n\n"
                f"Met vriendelijke groeten,\n{P(p.first)}")
    h = STAFF["hanne"]
    return (f"Beste {P(h.first)},\n\nZoals telefonisch besproken annuleer ik de one-way van Schiphol naar Gent "
            f"(reservering {c.booking()}). Gelieve de terugbetaling van de voorschot (€ 150,00) te storten op "
            f"{IB(c.fmt_iban(c.iban('BE'), 'group'))} op naam van {P(p.full)}.\n\nMvg,\n{P(p.full)}\n"
            f"tel. {PH(c.be_land())}")


@sc("nl", True)
def nl_outlook_zakelijk(c, k):
    im = STAFF["imke"]
    p = c.person(c.pick(["nl", "nl", "tr", "ma", "in"]))
    comp = c.pick(COMPANIES_NL)
    dom = re.sub(r"[^a-z]", "", comp.lower().replace("b.v.", ""))[:16] + ".nl"
    if k == 0:
        q = c.person()
        return crlf(f"Van: {P(p.full)} <{EM(c.email(p, [dom]))}>\nVerzonden: woensdag 14 mei 2025 08:31\n"
                    f"Aan: {P(im.rev)} <i.oosterhuis@polderwiel.example>\nCC: {P(q.full)} <{EM(c.email(q, [dom]))}>\n"
                    f"Onderwerp: RE: Offerte raamovereenkomst 2025-2026\n\nGoedemorgen {P(im.first)},\n\n"
                    f"Dank voor de offerte. Wij gaan akkoord met de staffelkorting (12% vanaf 300 huurdagen per jaar) en de "
                    f"vaste prijs voor de bestelbussen. Onze KvK is {KVK(c.kvk())}, btw-id {BTW(c.btw())}. Facturen graag "
                    f"naar {EM('facturen@' + dom)}.\n\nMet vriendelijke groet,\n\n{P(p.full)}\nFleetmanager | {comp}\n"
                    f"M {PH(c.fmt_mobile(c.nl_mobile(), 'space4'))}")
    q = c.person()
    return crlf(f"Van: {P(im.full)}\nVerzonden: vrijdag 20 juni 2025 16:02\nAan: klantenservice; balie Eindhoven\n"
                f"Onderwerp: FW: nieuwe medewerker {comp}\n\nTer info: {comp} (raamcontract ZK-2025-118) heeft een nieuwe "
                f"medewerker die vanaf maandag mag huren op rekening. Rijbewijs graag gewoon controleren aan de balie.\n\n"
                f"Groet, {P(im.first)}\n\n-----Oorspronkelijk bericht-----\nVan: {P(p.full)} <{EM(c.email(p, [dom]))}>\n"
                f"Onderwerp: nieuwe medewerker\n\nHoi {P(im.first)}, per 23 juni komt {P(q.full)} ons team versterken. "
                f"{hij(q, 'nl').capitalize()} mag op onze rekening bestelbussen huren. Mobiel: {PH(c.fmt_mobile(c.nl_mobile()))}.\n\nGr. {P(p.first)}")


# ======================================= NL, without personal data =================================
@sc("nl", False)
def nl_openingstijden(c, k):
    if k == 0:
        return (f"Goedemiddag,\n\nIs jullie balie op Schiphol ook 's nachts open? Wij landen op {nd(c, style='words')} om 00.40 uur "
                f"uit Curaçao en willen dan meteen een auto ophalen (reservering {c.booking()}). Als de balie dicht is, hoe "
                f"krijgen we dan de sleutel?\n\nAlvast bedankt!")
    return (f"Beste klant,\n\nDank voor uw vraag. Polderwiel Eindhoven Airport ({O_EHV}) is dagelijks geopend van 05.30 tot "
            f"00.30 uur. Landt u later, dan kunt u de sleutel ophalen uit de sleutelkluis naast de balie; de code ontvangt u "
            f"per sms 30 minuten na de landingstijd van uw vlucht. Inleveren kan 24/7 via de inleverbox op P3.\n\n"
            f"Bij pech onderweg belt u gratis {O_PECH}; voor schade kunt u ons appen op {O_WA}.\n\n"
            f"Met vriendelijke groet,\nTeam Polderwiel Eindhoven Airport\nT {O_EIN}")


@sc("nl", False)
def nl_bevestiging(c, k):
    r9 = c.elf9()
    d = c.rent_date()
    return (f"RESERVERINGSBEVESTIGING\n\nReserveringsnummer: {NEG('ref9', r9)}\nOphalen: Polderwiel "
            f"{c.pick(['Schiphol', 'Utrecht', 'Rotterdam'])}, {c.fmt_date(d, 'nl', 'words')} 10.00 uur\n"
            f"Inleveren: zelfde vestiging, {c.fmt_date(d + datetime.timedelta(days=k + 3), 'nl', 'words')} 10.00 uur\n"
            f"Categorie: {c.pick(['Compact (Volkswagen Polo of vergelijkbaar)', 'Bestelbus 12 m³', 'SUV elektrisch'])}\n"
            f"Huurprijs: € {c.r.randint(140, 390)},{c.pick(['00', '50', '95'])} incl. 21% btw\n"
            f"Borg: € {c.pick(['300', '500', '750'])},00 (blokkade op creditcard bij ophalen)\n\n"
            f"Betaalt u liever vooraf per bank? Maak het bedrag over naar {O_IBAN} t.n.v. Polderwiel Autoverhuur B.V. onder "
            f"vermelding van uw reserveringsnummer {NEG('ref9', r9)}.\n\nWijzigen of annuleren: mijn.polderwiel.example\n\n"
            f"{sig_org_nl()}")


@sc("nl", False)
def nl_vlootnotitie(c, k):
    if k == 0:
        return (f"Vlootnotitie week {c.r.randint(10, 40)}\n\n- Wagennummers 4417, 4420 en 4431 (Kia Niro EV) krijgen de "
                f"kaartupdate van de navigatie: {NEG('unit', '2048 MB')}, duurt ca. 25 min per auto, via de wifi op de "
                f"werkplaats (router {NEG('privip', '192.168.20.1')}).\n- Firmware infotainment naar versie "
                f"{NEG('version', '4.12.0.3')} (was {NEG('version', '4.11.7.1')}).\n- Banden: 14 auto's onder 3 mm profiel, lijst staat in "
                f"Fleetmanager onder 'bandenwissel Q3'.\n- APK gepland voor 6 bestelbussen op {nd(c, style='num')}.")
    return (f"Storing kassasysteem Schiphol ({nd(c, style='num')}, 06.10 uur)\n\nTerminal 2 ({NEG('privip', '10.20.4.15')}) "
            f"heeft geen verbinding met de betaalserver ({NEG('privip', '172.16.8.2')}). Herstart geprobeerd, zonder "
            f"resultaat. Kassasoftware build {NEG('version', '5.14.2.9')}, pinautomaat firmware "
            f"{NEG('version', '2.0.18.4')}. Tot de storing is verholpen alleen via terminal 1 afrekenen. "
            f"Melding INC-2025-{c.r.randint(1000, 9999)} aangemaakt.")


@sc("nl", False)
def nl_prijsvraag(c, k):
    if k == 0:
        return (f"Chat via {O_WEB} — {nd(c, style='num')}\n[14:31] Bezoeker: Hoi, wat kost een bestelbus van 12 m³ van "
                f"vrijdag 1 augustus 17.00 uur tot maandag 4 augustus 09.00 uur?\n[14:32] Polderwiel: Goedemiddag! Dat is "
                f"€ 189,00 inclusief 300 vrije kilometers; extra kilometers kosten € 0,29 per km.\n[14:33] Bezoeker: en met "
                f"verhuisdekens en een steekwagen?\n[14:33] Polderwiel: Dekens € 2,50 per stuk, steekwagen € 12,50 per "
                f"huur. Wilt u direct reserveren?\n[14:34] Bezoeker: ik overleg eerst even thuis, dank je!")
    return (f"Hallo,\n\nWat kost een one-way huur van Utrecht naar Düsseldorf voor een middenklasser, ophalen op "
            f"{nd(c, style='words')} en inleveren 3 dagen later? Is er een maximum aantal kilometers en mag ik ook door naar "
            f"Luxemburg? En klopt het dat de one-way toeslag naar Duitsland € 95,00 is?\n\nBedankt!")


@sc("nl", False)
def nl_social_positief(c, k):
    if k == 0:
        return (f"Top geregeld door de balie op Eindhoven Airport 👍🚐 binnen 10 minuten weg met de verhuisbus, en de bus was "
                f"schoon en vol getankt. Aanrader! @PolderwielNL #verhuizen #eindhoven")
    return (f"Waarom moet ik bij @PolderwielNL €{NBSP}500 borg betalen als ik al €{NBSP}35 per dag voor de all-risk "
            f"verzekering betaal?? 🤔💸 #autohuur #borg")


@sc("nl", False)
def nl_factuurvraag(c, k):
    kl = c.elf9("3456789")
    fact = f"F2025-{c.r.randint(1000000, 9999999)}"
    if k == 0:
        return (f"Contactformulier — Facturen\nNaam: (niet ingevuld)\nKlantnummer: {NEG('ref9', kl)}\nFactuurnummer: {fact}\n"
                f"Bericht: Op mijn afschrift zie ik twee keer een afschrijving van € 214,37 op {nd(c, style='num')}, met "
                f"de kaart {masked(c)}. Eén daarvan moet een fout zijn. Graag terugstorten.")
    return (f"Goedemorgen,\n\nFactuur {fact} (klantnummer {NEG('ref9', kl)}) vermeldt 4 dagen huur, maar ik heb de auto na "
            f"3 dagen al ingeleverd op {nd(c, style='words')} om 08.15 uur. Het inleverbewijs heeft nummer IB-{c.digits(6)}. "
            f"Wilt u de factuur corrigeren? Het verschil is € 61,25.\n\nMet vriendelijke groet")


@sc("nl", False)
def nl_boetes_batch(c, k):
    n = c.r.randint(120, 190)
    if k == 0:
        return (f"[Automatisch bericht] CJIB-batch {nd(c, style='num')} verwerkt\n\nOntvangen beschikkingen: {n}\n"
                f"Automatisch gekoppeld aan huurovereenkomst: {n - 17}\nHandmatig te controleren: 17 (kenteken niet gevonden "
                f"in verhuurhistorie of ophaaltijd na pleegtijdstip)\nTotaal boetebedrag: € {c.r.randint(11000, 19999)},00\n"
                f"Exportbestand: cjib_{c.r.randint(20250101, 20251130)}.csv ({c.r.randint(40, 90)} kB)\n\nDit bericht is "
                f"automatisch verzonden door Polderwiel Fleetmanager 7.3.")
    return (f"Hoi team,\n\nKorte update over de tolfacturen: in juni kwamen er 312 tolregels binnen (Blankenburgtunnel 204, "
            f"Kiltunnel 61, Liefkenshoektunnel 47). 289 zijn doorbelast, 23 staan nog open omdat de passagetijd buiten de "
            f"huurperiode valt. Die leggen we bij de tolheffers neer. De verwerkingskosten blijven € 7,50 per regel.\n\nO ja: de gevonden "
            f"voorwerpen van juni zijn verstuurd (PostNL track & trace 3SPWL{c.digits(10, '0123456789')} en "
            f"3SPWL{c.digits(10, '0123456789')}).\n\nGroet, team Boetes & Tol")


@sc("nl", False)
def nl_accessoires(c, k):
    code = c.kenteken(4)
    if k == 0:
        return (f"Goedendag,\n\nMag ik met de huurauto de milieuzone van Keulen in? Heeft de auto een groene Umweltplakette? "
                f"En kan ik bij jullie een dakkoffer bijhuren (op de website staat artikelnummer {NEG('code', code)}, "
                f"420 liter)? We rijden op {nd(c, style='words')} naar Oostenrijk, dus ook graag sneeuwkettingen.\n\nGroet")
    return (f"Bestelling accessoires vestiging Utrecht\n\n| artikelnummer | omschrijving | aantal |\n|---|---|---|\n"
            f"| {NEG('code', code)} | dakkoffer 420 l | 2 |\n| SK-{c.r.randint(10, 99)} | sneeuwkettingen 16 inch | 6 |\n"
            f"| KZ-{c.r.randint(100, 999)} | kinderzitje groep 2/3 | 4 |\n\nBestelnummer leverancier: {NEG('order10', '01' + c.digits(8, '0123456789'))}. "
            f"Levering graag vóór {nd(c, style='num')}.")


@sc("nl", False)
def nl_procedure(c, k):
    if k == 0:
        return (f"Interne mededeling — aangepaste procedure identiteitscontrole (handboek versie "
                f"{NEG('version', '3.2.1.4')})\n\nVanaf 1 juli maken we geen kopie meer van paspoort of ID-kaart. Aan de "
                f"balie controleer je het document met de scanner; in het systeem komt alleen 'gecontroleerd: ja/nee' en het "
                f"type document. Rijbewijsnummers noteren we niet meer in vrije tekstvelden. BSN's horen nergens in ons "
                f"systeem thuis: staat er een BSN in een e-mail, verwijder die dan.\n\nVragen? Team Compliance, "
                f"compliance@polderwiel.example.")
    return (f"Nieuwsbrief balie-medewerkers\n\n1. De jonge-bestuurderstoeslag gaat per 1 september van € 9,50 naar € 11,00 per "
            f"dag.\n2. One-way naar België: toeslag blijft € 75,00, naar Duitsland € 95,00.\n3. Nieuwe Polderwiel-app "
            f"(versie {NEG('version', '5.0.1.2')}) heeft digitale schadecheck bij ophalen; vraag klanten om de foto's te maken.\n"
            f"4. Let op: parkeren op P3 is voor klanten de eerste 15 minuten gratis.")


@sc("nl", False)
def nl_org_info(c, k):
    if k == 0:
        return (f"Nieuw: Polderwiel Rotterdam!\n\nVanaf 1 september vindt u ons ook op {O_ROTTERDAM}, op 5 minuten lopen van "
                f"Rotterdam Centraal. Openingstijden ma–za 07.00–21.00 uur, zondag 09.00–17.00 uur. Bereikbaar op {O_RTM}.\n\n"
                f"Schade melden? App naar {O_WA2} (alleen WhatsApp). Zakelijk huren? Mail zakelijk@polderwiel.example.\n\n"
                f"{sig_org_nl()}")
    return (f"Betaalinstructie borg bestelbus\n\nDe borg van € 500,00 kunt u ook vooraf overmaken naar {O_IBAN2} "
            f"(Polderwiel Autoverhuur B.V., {O_PB}). Vermeld uw reserveringsnummer. Na inname en controle van de bus storten "
            f"wij de borg binnen 10 werkdagen terug.\n\nKvK {O_KVK} · btw {O_BTW} · T {O_TEL_INT}")


@sc("nl", False)
def nl_feedback(c, k):
    if k == 0:
        return (f"Klanttevredenheidsonderzoek — open antwoord (anoniem)\nVestiging: Utrecht\nCijfer: 6\n"
                f"Toelichting: Auto was prima, maar het ophalen duurde 35 minuten omdat het systeem steeds vastliep. "
                f"De medewerker deed haar best. Graag meer personeel op zaterdagochtend.")
    return (f"Klanttevredenheidsonderzoek — open antwoord (anoniem)\nVestiging: Schiphol\nCijfer: 9\n"
            f"Toelichting: Snel geholpen om 05.45 uur, auto stond klaar op P1 vak 118. Alleen jammer dat de laadkabel "
            f"(type 2) ontbrak.")


# ======================================= EN, with personal data ====================================
@sc("en", True)
def en_booking_query(c, k):
    p = c.person(c.pick(["gb", "gb", "in", "cn"]))
    if k == 0:
        st, pc, town = c.uk_addr()
        return (f"Hi there,\n\nWe're flying into Schiphol on {nd(c, 'en', style='words')} (KL1008 from Heathrow, landing 09:35) and "
                f"have a booking with you ({c.booking()}). Two questions: can we add a second child seat, and is the Fiat "
                f"500e OK for a trip to Maastricht and back without charging?\n\nMany thanks,\n\n{P(p.full)}\n{AD(st)}\n"
                f"{town} {PC(pc)}\nMobile {PH(c.uk_phone(c.pick(['mob', 'mobintl'])))}")
    return (f"Web form: Contact us (English)\nName: {P(p.full)}\nEmail: {EM(c.email(p))}\nPhone: "
            f"{PH(c.fmt_mobile(c.nl_mobile(), 'intl'))}\nBooking reference: {c.booking()}\nMessage: I just moved to "
            f"Eindhoven for work and don't have a Dutch credit card yet. Can I pay the deposit with my debit card? I do have "
            f"a BSN ({BS(c.fmt_bsn(c.bsn(), 'space'))}) and a Dutch bank account if that helps. My driving licence is from {dict(gb='the UK', cn='China').get(p.her, 'India')}; is an international driving permit needed?")


@sc("en", True)
def en_id_check(c, k):
    p = c.person("gb")
    dob = c.dob(1960, 2001)
    if k == 0:
        return (f"Subject: Online check-in – documents\n\nHello,\n\nYour online check-in keeps rejecting my photo, so here are the "
                f"details you asked for:\n\nFull name: {P(p.full)}\nDate of birth: {DOB(c.fmt_date(dob, 'en', 'words'))}\n"
                f"Passport number: {ID(c.uk_passport())} (expires 2031)\nDriving licence number: {ID(c.uk_licence(p, dob))}\n\n"
                f"I collect the car at Schiphol on {nd(c, 'en', style='words')}. Please confirm this is enough.\n\n"
                f"Best,\n{P(p.first)}")
    n = STAFF["niamh"]
    return (f"Desk note (English desk) – {P(n.full)} – {nd(c, 'en', style='num')}\n"
            f"Customer {p.mr} {P(p.full)} phoned about a UK licence without photocard (old paper licence). Explained we "
            f"need the photocard or the DVLA check code. {hij(p, 'en').capitalize()} read out the licence number {ID(c.uk_licence(p, dob))} and "
            f"D.O.B. {DOB(c.fmt_date(dob, 'en', 'slash'))}; I did not store them in the booking. Told the customer to "
            f"bring passport + DVLA code. Callback on {PH(c.uk_phone())}.")


@sc("en", True)
def en_deposit_card(c, k):
    p = c.person(c.pick(["gb", "in", "cn", "de"]))
    cc = c.card("amex" if k else c.pick(["visa", "mc"]))
    if k == 0:
        return (f"Dear Polderwiel,\n\nI would like to pay the security deposit for booking {c.booking()} in advance, as I land "
                f"late at night. Card number {CC(c.fmt_card(cc, 'space'))}, expiry {c.r.randint(1, 12):02d}/{c.r.randint(26, 29)}, "
                f"name on card {P(p.full.upper())}. Please charge EUR 500.\n\nThank you,\n{P(p.full)}")
    n = STAFF["niamh"]
    return (f"Chat transcript – {O_WEB} – {nd(c, 'en', style='num')}\n[21:14] Visitor: hi, can I give you my amex for the deposit "
            f"now?\n[21:14] {P(n.first)} (Polderwiel): Hi! You can pay the deposit at the desk or via the payment link in "
            f"your confirmation e-mail.\n[21:15] Visitor: ok here it is {CC(c.fmt_card(cc, 'compact'))}\n"
            f"[21:16] {P(n.first)} (Polderwiel): Please don't share card numbers in the chat — I've asked our system to "
            f"remove it. I'll send you a new payment link instead. What e-mail address should I use?\n"
            f"[21:16] Visitor: {EM(c.email(p))}\n[21:17] {P(n.first)} (Polderwiel): Done, the link has been sent.")


@sc("en", True)
def en_damage_irish(c, k):
    p = c.person("gb")
    street, town, eir = c.pick(IE_ADDRS)
    t = STAFF["thijs"]
    if k == 0:
        return (f"Subject: Claim SCH-25-{c.r.randint(2000, 2999)} – I dispute this\n\nDear Mr {P(t.Sur)},\n\n"
                f"I have received your letter regarding a crack in the windscreen of {LP(c.kenteken())}. The crack was "
                f"caused by a stone on the A67 near Venlo, which is exactly what your windscreen cover is for, and I paid for "
                f"that cover (see the rental agreement, line 6: 'Glass & Tyres EUR 4.95/day'). Please cancel the EUR 310 "
                f"charge.\n\nYours sincerely,\n{P(p.full)}\n{AD(street)}\n{town} {PC(eir)}\n{EM(c.email(p))}")
    return (f"Hi,\n\nBack home in Ireland now. Your damage report says the car was returned with a dent, but the photos show "
            f"a different colour car! I drove the grey one ({LP(c.kenteken())}), not the blue one. Please check and let me "
            f"know. Post any letters to {AD(street)}, {town} {PC(eir)} please, not to my old address.\n\nCheers,\n{P(p.first)}")


@sc("en", True)
def en_fine_expat(c, k):
    p = c.person(c.pick(["in", "gb", "cn", "pl"]))
    st, pc, town = c.nl_addr()
    w = STAFF["wendy"]
    if k == 0:
        return (f"Subject: Traffic fine during your rental – {c.contract()}\n\nDear {p.mr} {P(p.last)},\n\n"
                f"We have received a fine from the Dutch CJIB for speeding (104 km/h where 80 km/h is allowed) on "
                f"{nd(c, 'en', style='words')} at 08:12 with {LP(c.kenteken())}. According to our records you rented the car at "
                f"that time. As required by Dutch law we have passed your name and address ({AD(st)}, {PC(pc)} {town}) to the "
                f"CJIB, who will send the fine (EUR 113.00) to you directly. We charge an administration fee of EUR 25.00.\n\n"
                f"Kind regards,\n{P(w.full)}\nFines & Tolls team")
    q = c.person(p.her)
    st2, pc2, town2 = c.nl_addr()
    return (f"Hello Fines team,\n\nRegarding {c.contract()}: I was not driving on that day. My colleague {P(q.full)} had the car "
            f"({hij(q, 'en')} is listed as additional driver). Please redirect the fine to {P(q.first)}: {AD(st2)}, {PC(pc2)} {town2}, "
            f"phone {PH(c.fmt_mobile(c.nl_mobile()))}. My own address is still {AD(st)}, {PC(pc)} {town}. If the CJIB needs "
            f"it, my citizen service number (BSN) is {BS(c.fmt_bsn(c.bsn(), 'dot'))}.\n\n"
            f"Thanks,\n{P(p.full)}")


@sc("en", True)
def en_oneway_germany(c, k):
    p = c.person(c.pick(["in", "cn", "gb"]))
    if k == 0:
        return (f"Hello,\n\nI'd like to book a one-way rental from Eindhoven Airport to Düsseldorf Airport on "
                f"{nd(c, 'en', style='words')}, returning nothing (my family flies home from DUS). Automatic, 5 seats, large "
                f"boot. Please quote including the one-way fee.\n\nRegards,\n{P(p.full)}\n{PH(c.fmt_mobile(c.nl_mobile(), 'intl0'))}\n"
                f"{EM(c.email(p))}")
    dob = c.dob(2003, 2005)
    son = c.relative(p, "m")
    return (f"Hi,\n\nFor our one-way to Cologne (booking {c.booking()}) my son will do part of the driving. He is "
            f"{2025 - dob.year - 1} and passed his test last year. Details: {P(son.full)}, date of birth "
            f"{DOB(c.fmt_date(dob, 'en', 'num'))}. Is the young driver fee charged per day or once?\n\nThanks,\n{P(p.first)}")


@sc("en", True)
def en_business_account(c, k):
    p = c.person(c.pick(["gb", "in", "nl"]))
    comp = c.pick(["Brightwater Media Ltd (Dutch branch)", "Northbay Logistics B.V.", "Kestrel Film Services B.V."])
    dom = re.sub(r"[^a-z]", "", comp.lower().split("(")[0].replace("b.v.", "").replace("ltd", ""))[:14] + ".com"
    im = STAFF["imke"]
    if k == 0:
        return (f"Dear {P(im.first)},\n\nFurther to our call, please set up a business account for {comp} — our details:\n\n"
                f"- Chamber of Commerce (KvK): {KVK(c.kvk())}\n- VAT number: {BTW(c.btw())}\n- Accounts payable: "
                f"{EM('ap@' + dom)}\n- Authorised drivers: {P(p.full)} (me) and {P((q := c.person()).full)}\n\n"
                f"We usually need two vans at short notice, mostly on weekends.\n\nBest regards,\n\n{P(p.full)}\n"
                f"Production Manager\n{PH(c.nl_land('20'))}")
    return (f"Hi {P(im.first)},\n\nQuick one: our finance team changed banks. Please update the direct debit mandate for "
            f"account {comp} (CoC {KVK(c.kvk())}) to {IB(c.fmt_iban(c.iban('NL'), 'group'))}. The old account will be closed "
            f"at the end of the month.\n\nThanks,\n{P(p.first)}\n\n--\n{P(p.full)} | Finance | {EM(c.email(p, [dom]))}")


@sc("en", True)
def en_whatsapp(c, k):
    p = c.person(c.pick(["gb", "in", "cn", "pl"]))
    mob = c.fmt_mobile(c.nl_mobile(), "intl") if k else c.uk_phone("mobintl")
    n = STAFF["niamh"]
    st, pc, town = c.nl_addr()
    dd = nd(c, 'en', style='num')
    return (f"WhatsApp chat with Polderwiel Damage Line ({O_WA_INT})\n"
            f"{dd}, 19:02 - {PH(mob)}: Hi, we have a flat tyre, warning light on. Car is "
            f"{LP(c.kenteken())}\n"
            f"{dd}, 19:04 - Polderwiel Damage Line: Hello, this is {P(n.first)}. Are you in a safe "
            f"place? Where is the car exactly?\n"
            f"{dd}, 19:06 - {PH(mob)}: parked in front of our Airbnb, {AD(st)}, {town}\n"
            f"{dd}, 19:09 - Polderwiel Damage Line: Roadside assistance will come within 60 minutes. "
            f"Please call {O_PECH} if they are not there by 20:15.\n"
            f"{dd}, 19:10 - {PH(mob)}: thank you {P(n.first)}! {P(p.first)}")


@sc("en", True)
def en_accident_german(c, k):
    p = c.person(c.pick(["gb", "in"]))
    o = c.person("de")
    if k == 0:
        return (f"Subject: Accident report – car {LP(c.kenteken())}\n\nHello,\n\nThis morning a German car reversed into our "
                f"rental car in a car park in Venlo. We filled in the European accident form. Other driver: {P(o.full)}, "
                f"registration {LP(c.de_plate())}, phone {PH(c.de_mobile())}, insured with Rheinland Direkt (policy "
                f"RD-{c.digits(9)}-K). Our car still drives fine, only the front bumper is damaged.\n\n{P(p.full)}")
    t = STAFF["thijs"]
    st, pc, town = c.de_addr()
    return (f"Internal – claim SCH-25-{c.r.randint(3000, 3999)} ({P(t.first)})\nOur renter {P(p.full)} was hit by "
            f"{P(o.full)} ({AD(st)}, {PC(pc)} {town}; Kennzeichen {LP(c.de_plate())}). German insurer accepts "
            f"liability, letter in the file. Repair quote EUR 1,240.50 excl. VAT. Renter's excess not charged.")


@sc("en", True)
def en_ip_login(c, k):
    p = c.person(c.pick(["gb", "in", "nl"]))
    ip = c.ipv4()
    if k == 0:
        return (f"Hello,\n\nI got an e-mail that someone logged into my Polderwiel account from IP address {IPA(ip)} at 03:14 "
                f"last night. That was not me – I'm in Leeds and was asleep. I've changed my password. Can you check whether "
                f"any bookings were made? My account e-mail is {EM(c.email(p))}.\n\n{P(p.full)}")
    jo = STAFF["joost"]
    return (f"Security note – {nd(c, 'en', style='num')}\nAccount of {P(p.full)} shows 14 failed logins from {IPA(ip)} and "
            f"one successful login from {IPA(c.ipv6())}. The customer confirmed the second one is their own home connection. "
            f"Account locked, reset link sent. Checked by {P(jo.full)}. App version on the device: "
            f"{NEG('version', '4.9.2.11')}.")


@sc("en", True)
def en_van_move(c, k):
    p = c.person(c.pick(["gb", "in", "cn", "pl"]))
    st1, pc1, town1 = c.nl_addr()
    st2, pc2, town2 = c.nl_addr()
    if k == 0:
        return (f"Hi,\n\nWe are moving from {AD(st1)}, {PC(pc1)} {town1} to {AD(st2)}, {PC(pc2)} {town2} on "
                f"{nd(c, 'en', style='words')}. Could you deliver a 12 m³ van to our current address at 8 am? I'm happy to "
                f"pay the delivery fee. Please call me on {PH(c.fmt_mobile(c.nl_mobile(), 'dash'))} to arrange.\n\n"
                f"Many thanks,\n{P(p.full)}")
    return (f"Van booking – delivery details\nCustomer: {P(p.rev)}\nDelivery address: {AD(st2)}, {PC(pc2)} {town2}\n"
            f"Delivery time: 07:30–08:00\nContact on the day: {PH(c.fmt_mobile(c.nl_mobile(), 'space4'))}\nNotes: narrow "
            f"street, please park at the church square. Van to be collected from the same address at 18:00.")


@sc("en", True)
def en_quoted_german(c, k):
    ka, n = STAFF["katrin"], STAFF["niamh"]
    p = c.person("de")
    st, pc, town = c.de_addr()
    return (f"Hi {P(n.first)},\n\nCould you handle this one in English? The customer writes German but {'his wife' if p.sex == 'm' else 'her husband'}, who booked, "
            f"only reads English. Summary: they want to return the car in Cologne instead of Eindhoven.\n\nThanks,\n"
            f"{P(ka.first)}\n\n-------- Weitergeleitete Nachricht --------\nVon: {P(p.full)} <{EM(c.email(p))}>\n"
            f"Betreff: Rückgabe in Köln statt Eindhoven\n\nSehr geehrte Damen und Herren,\n\nwir möchten den Wagen "
            f"({LP(c.kenteken())}) nicht in Eindhoven, sondern in Köln zurückgeben. Unsere Adresse: {AD(st)}, {PC(pc)} {town}. "
            f"Telefon {PH(c.de_land(DE_TOWN_AREA[town]))}.\n\nMit freundlichen Grüßen\n{P(p.full)}")


@sc("en", True)
def en_lost_passport(c, k):
    p = c.person(c.pick(["gb", "in", "cn"]))
    if k == 0:
        st, pc, town = c.uk_addr()
        return (f"URGENT – passport left in rental car\n\nHello,\n\nI returned a car at Schiphol this morning and realised at the "
                f"gate that my passport is still in the door pocket. Passport number {ID(c.uk_passport())}. I am flying home "
                f"on an emergency document. Could you please send it by tracked post to {AD(st)}, {town} {PC(pc)}?\n\n"
                f"Phone: {PH(c.uk_phone())}\n\n{P(p.full)}")
    ko = STAFF["kofi"]
    return (f"Lost & found – Schiphol – {nd(c, 'en', style='num')}\nFound by {P(ko.first)} in {LP(c.kenteken())}: passport "
            f"{ID(c.uk_passport())} of {P(p.full)}, plus a Dutch residence card {ID(c.verblijf())}. Customer informed by e-mail "
            f"({EM(c.email(p))}); will collect tomorrow. Stored in safe 1.")


@sc("en", True)
def en_social_thanks(c, k):
    ma, ko = STAFF["marloes"], STAFF["kofi"]
    if k == 0:
        p = c.person(c.pick(["gb", "in"]))
        return (f"Huge thanks to {P(ma.first)} at @PolderwielNL Eindhoven Airport 🙌 our flight was 3 hours late and she waited "
                f"for us after closing time. Proper service! ⭐⭐⭐⭐⭐ #travel #eindhoven\n— {P(p.full)}")
    return (f"Shoutout to {P(ko.full)} at the Schiphol desk who sorted our upgrade at 6am with a smile ☕️🚗 "
            f"@PolderwielNL #amsterdam #roadtrip")


@sc("en", True)
def en_extra_driver(c, k):
    p = c.person(c.pick(["gb", "in", "cn", "pl"]))
    w = c.person(p.her)
    dob = c.dob(1975, 2000)
    if k == 0:
        return (f"Hello,\n\nPlease add my {c.pick([{'f': 'wife', 'm': 'husband'}[w.sex], 'partner'])} as a second driver to booking "
                f"{c.booking()}:\n\nName: {P(w.full)}\nDate of birth: {DOB(c.fmt_date(dob, 'en', 'words'))}\n"
                f"Licence: issued in {c.pick(['the UK', 'India', 'Poland', 'Ireland'])}, valid until 2032\n\nThanks,\n{P(p.first)}")
    return (f"Additional driver form\n| Field | Value |\n|---|---|\n| Main driver | {P(p.full)} |\n| Additional driver | "
            f"{P(w.full)} |\n| Born | {DOB(c.fmt_date(dob, 'en', 'iso'))} |\n| Licence no. | {ID(c.rijbewijs())} (Dutch licence) |\n"
            f"| Booking | {c.booking()} |")


@sc("en", True)
def en_refund_iban(c, k):
    p = c.person("gb")
    ib = c.iban("GB" if k == 0 else "IE")
    return (f"Dear Sir or Madam,\n\nMy rental ({c.contract()}) was cancelled by you because the car was not available, and you "
            f"promised a full refund of EUR 287.40. As my credit card has since been replaced, please transfer the refund to "
            f"my bank account:\n\nIBAN: {IB(c.fmt_iban(ib, 'nbsp' if k else 'group'))}\nAccount holder: {P(p.full)}\n\n"
            f"Kind regards,\n{P(p.ini_full)}")


# ======================================= EN, without personal data =================================
@sc("en", False)
def en_opening_hours(c, k):
    if k == 0:
        return (f"Hi, is your Schiphol desk open on Christmas Day? We land at 23:50 on 24 December and have booking "
                f"{c.booking()}. If the desk is closed, where do we get the key? Thanks!")
    return (f"Dear customer,\n\nThank you for your message. Polderwiel Schiphol ({O_SCHIPHOL}) is open 24/7, including public "
            f"holidays. Follow the signs 'Car Rental' in Arrivals 3 and take the shuttle to P-Rental. Questions on the day? "
            f"Call {O_SPL} or {O_TEL_INT}.\n\nKind regards,\nPolderwiel Car Rental")


@sc("en", False)
def en_price(c, k):
    if k == 0:
        return (f"Hello, how much is a one-way rental from Rotterdam to Brussels Airport for 2 days in "
                f"{c.pick(['March', 'April', 'October'])}? Compact car, automatic. Is there a fee for crossing the border and "
                f"do you charge the Liefkenshoek tunnel toll (EUR 6.80) separately?")
    return (f"Quote Q-2025-{c.r.randint(10000, 99999)}\nVehicle: Volkswagen Crafter 11 m³\nPeriod: 3 days, 450 km included\n"
            f"Rate: EUR 219.00\nOne-way fee to Germany: EUR 95.00\nYoung driver fee (under 23): EUR 11.00/day\n"
            f"Total: EUR 314.00 (incl. 21% VAT)\nValid until {nd(c, 'en', style='num')}.")


@sc("en", False)
def en_autoreply(c, k):
    return (f"This is an automatic reply. Thank you for contacting Polderwiel Car Rental. We answer e-mails within "
            f"{2 if k else 1} working day{'s' if k else ''}.\n\n- Damage or breakdown: call {O_PECH} (free, 24/7) or WhatsApp "
            f"{O_WA_INT}\n- Fines & tolls: boetes@polderwiel.example\n- Business accounts: zakelijk@polderwiel.example\n\n"
            f"Polderwiel Autoverhuur B.V. · {O_HQ} · Chamber of Commerce {O_KVK} · VAT {O_BTW}")


@sc("en", False)
def en_app_bug(c, k):
    if k == 0:
        return (f"Bug report (app)\nApp version: {NEG('version', '4.12.0.3')}\nOS: Android 14\nSteps: open booking → 'Add "
                f"driver' → app crashes. Happens on both wifi and 4G. Payment screen shows my card as {masked(c, 'en')} which is "
                f"correct. Crash ID 7f3a-22c1-9be0.")
    return (f"Hi, the check-in kiosk at Eindhoven shows 'Connection error – host {NEG('privip', '10.8.0.12')} unreachable' "
            f"and the firmware line says {NEG('version', '1.0.3.7')}. Had to queue at the desk instead. Just letting you know.")


@sc("en", False)
def en_fleet_ops(c, k):
    if k == 0:
        return (f"Fleet ops update – week {c.r.randint(10, 45)}\n- 18 EVs at Schiphol P-Rental, 6 charging points out of "
                f"order (ticket INC-2025-{c.r.randint(1000, 9999)}).\n- Vans 7012–7019 moved to Utrecht for the moving "
                f"season.\n- Average turnaround time: 42 min (target 35).\n- Tyre change planned {nd(c, 'en', style='num')}.")
    return (f"Reminder for all stations: from {nd(c, 'en', style='words')} the fuel service charge is EUR 2.95 per litre. "
            f"Vehicles must be photographed from 8 angles at check-out and check-in, using the tablet app "
            f"(version {NEG('version', '2.3.0.1')}).")


@sc("en", False)
def en_tweet(c, k):
    if k == 0:
        return ("Picked up an EV from @PolderwielNL at Schiphol – 92% charged, spotless, and out in 8 minutes ⚡🚗 "
                "Not bad at all. #EVtravel #Amsterdam")
    return ("@PolderwielNL why is there a EUR 25 'admin fee' for forwarding a parking ticket?? That's more than the "
            "ticket 🙃 #rentalcar #ripoff")


@sc("en", False)
def en_toll_question(c, k):
    if k == 0:
        return (f"Hi, I'm driving one of your cars to Antwerp next week. Do I need to pay for the Liefkenshoek tunnel on the "
                f"spot or does it get billed to you and then to me? And what about the Blankenburg tunnel near Rotterdam, "
                f"there's no toll booth there?")
    return (f"Hello, I received toll invoice TF-2025-{c.r.randint(100000, 999999)} for EUR 9.86 for booking "
            f"{c.booking()}. I did drive through the tunnel, that's fine, but EUR 7.50 processing fee on a EUR 2.36 toll "
            f"seems steep. Can you explain?")


@sc("en", False)
def en_ticket_export(c, k):
    rows = []
    for i in range(4):
        rows.append(f"{c.ticket()},{nd(c, 'en', style='iso')}T{c.r.randint(6, 22):02d}:{c.r.randint(0, 59):02d}:00Z,"
                    f"{c.pick(['damage', 'fine', 'refund', 'booking', 'toll'])},{c.pick(['open', 'closed', 'pending'])},"
                    f"{c.pick(['SPL', 'EIN', 'UTR', 'RTM'])}")
    head = "ticket,created,category,status,station\n" if k == 0 else "id,created_at,type,state,branch\n"
    return ("Export from helpdesk (no personal fields)\n" + head + "\n".join(rows))


@sc("en", False)
def en_terms(c, k):
    if k == 0:
        return (f"Terms and conditions (excerpt)\n\n11.3 Fines and tolls. Traffic fines, parking charges and tolls incurred "
                f"during the rental period are the renter's responsibility. Where a fine is sent to Polderwiel as registered "
                f"keeper, we will pass the renter's details to the issuing authority (in the Netherlands the CJIB) and "
                f"charge an administration fee of EUR 25.00 per fine. Tolls are charged at cost plus EUR 7.50.\n\n11.4 "
                f"One-way rentals to Belgium and Germany are subject to a one-way fee (see price list 2025, version "
                f"{NEG('version', '2.1.0.4')}).")
    return ("Terms (excerpt)\n\n6.1 The renter must be at least 21 years old and have held a valid driving licence for at "
            "least 2 years. Renters under 23 pay a young driver fee.\n6.2 A credit card in the name of the main driver is "
            "required for the deposit. Debit cards are accepted only for vans up to 12 m³.")


# ======================================= DE, with personal data ====================================
@sc("de", True)
def de_bussgeld(c, k):
    p = c.person(c.pick(["de", "de", "tr", "pl", "nl"]))
    w, ka = STAFF["wendy"], STAFF["katrin"]
    kt = c.kenteken()
    if k == 0:
        st, pc, town = c.de_addr() if p.her != "nl" else c.nl_addr()
        dob = c.dob(1955, 2002)
        return (f"An: Stadt Köln, Bußgeldstelle\nAktenzeichen: 461.20.{c.r.randint(100000, 999999)}.{c.r.randint(1, 9)}\n"
                f"Betreff: Anhörungsbogen – Halterauskunft zum Kennzeichen {LP(kt)} (NL)\n\nSehr geehrte Damen und Herren,\n\n"
                f"das oben genannte Fahrzeug ist auf die Polderwiel Autoverhuur B.V. zugelassen und war zum Tatzeitpunkt "
                f"({nd(c, 'de', style='dot')}, 13:42 Uhr, BAB 4, km 37,5) vermietet. Fahrzeugführer laut Mietvertrag:\n\n"
                f"Name: {P(p.full)}\nGeburtsdatum: {DOB(c.fmt_date(dob, 'de', 'dot'))}\nAnschrift: {AD(st)}, {PC(pc)} {town}\n"
                f"Führerscheinnummer: {ID(c.de_fuehrerschein() if p.her != 'nl' else c.rijbewijs())}\n\n"
                f"Eine Kopie des Mietvertrags {c.contract()} liegt bei.\n\nMit freundlichen Grüßen\n{P(w.full)}\n"
                f"Polderwiel Autoverhuur B.V., Abteilung Bußgelder & Maut\n{O_PB}, Niederlande")
    return (f"Betreff: Bußgeldbescheid während Ihrer Anmietung – {c.contract()}\n\nSehr geehrte{'r' if p.sex == 'm' else ''} "
            f"{'Herr' if p.sex == 'm' else 'Frau'} {P(p.Sur)},\n\nwir haben von der Bußgeldstelle Düsseldorf einen "
            f"Anhörungsbogen für das Fahrzeug {LP(kt)} erhalten (Rotlichtverstoß am {nd(c, 'de', style='dot')}, 17:08 Uhr). "
            f"Laut Mietvertrag waren Sie zu diesem Zeitpunkt Mieter{'in' if p.sex == 'f' else ''}. Wir haben Ihre Daten an die "
            f"Bußgeldstelle weitergegeben; Sie erhalten den Bescheid direkt. Für die Bearbeitung berechnen wir 25,00 EUR.\n\n"
            f"Bei Fragen erreichen Sie uns unter {O_TEL_INT} oder boetes@polderwiel.example.\n\n"
            f"Mit freundlichen Grüßen\n{P(ka.full)}\nKundenservice Deutschland")


@sc("de", True)
def de_einweg_koeln(c, k):
    p = c.person(c.pick(["de", "tr", "pl"]))
    st, pc, town = c.de_addr()
    if k == 0:
        return (f"Guten Tag,\n\nich möchte einen Transporter (ca. 12 m³) in Utrecht abholen und in Köln zurückgeben "
                f"(Einwegmiete), Abholung am {nd(c, 'de', style='dot')} um 9 Uhr. Meine Tochter studiert in Utrecht und zieht "
                f"zurück nach Hause.\n\nMeine Daten:\n{P(p.full)}\n{AD(st)}\n{PC(pc)} {town}\nHandy: {PH(c.de_mobile())}\n"
                f"E-Mail: {EM(c.email(p))}\n\nWas kostet das insgesamt?\n\nViele Grüße\n{P(p.full)}")
    return (f"Hallo,\n\nbei meiner Buchung {c.booking()} (Eindhoven Airport → Köln Hbf) hat sich die Rückgabeadresse geändert: "
            f"Bitte holen Sie den Wagen direkt bei uns ab, {AD(st)} in {PC(pc)} {town}, falls das möglich ist. Sonst bringe ich "
            f"ihn wie geplant zum Bahnhof.\n\nGruß\n{P(p.first)}\nTel. {PH(c.de_land(DE_TOWN_AREA[town]))}")


@sc("de", True)
def de_kaution(c, k):
    p = c.person(c.pick(["de", "de", "tr", "pl"]))
    ib = c.iban("DE")
    if k == 0:
        return (f"Sehr geehrte Damen und Herren,\n\nich habe den Mietwagen ({LP(c.kenteken())}) am {nd(c, 'de', style='dot')} "
                f"ordnungsgemäß in Eindhoven zurückgegeben. Die Kaution von 500,00 EUR wurde mir bis heute nicht erstattet. Bitte "
                f"überweisen Sie den Betrag auf mein Konto:\n\nIBAN: {IB(c.fmt_iban(ib, 'group'))}\nKontoinhaber: {P(p.full)}\n\n"
                f"Mit freundlichen Grüßen\n{P(p.full)}")
    ka = STAFF["katrin"]
    return (f"Hallo Frau {P(ka.Sur)},\n\ndanke für Ihren Rückruf. Wie besprochen hier meine Bankverbindung für die "
            f"Rückerstattung der Kaution (Vertrag {c.contract()}): {IB(c.fmt_iban(ib, 'compact'))}, Inhaberin ist meine Frau "
            f"{P(c.relative(p, 'f').full)}, weil das Konto auf sie läuft.\n\nBeste Grüße\n{P(p.full)}" if p.sex == "m" else
            f"Hallo Frau {P(ka.Sur)},\n\ndanke für Ihren Rückruf. Wie besprochen hier meine Bankverbindung für die "
            f"Rückerstattung der Kaution (Vertrag {c.contract()}): {IB(c.fmt_iban(ib, 'compact'))}.\n\nBeste Grüße\n{P(p.full)}")


@sc("de", True)
def de_schaden_streit(c, k):
    p = c.person(c.pick(["de", "tr", "pl"]))
    t = STAFF["thijs"]
    kt = c.kenteken()
    if k == 0:
        return (f"Betreff: Ihre Schadensmeldung SCH-25-{c.r.randint(4000, 4999)}\n\nSehr geehrter Herr {P(t.Sur)},\n\n"
                f"Sie berechnen mir 640 EUR für eine Delle an der Heckklappe von {LP(kt)}. Bei der Rückgabe am "
                f"{nd(c, 'de', style='dot')} in Schiphol hat Ihr Mitarbeiter das Fahrzeug mit mir zusammen angeschaut und "
                f"nichts beanstandet. Ich bitte um Zusendung der Fotos mit Zeitstempel.\n\nSie erreichen mich unter "
                f"{PH(c.de_mobile())}.\n\nMit freundlichen Grüßen\n{P(p.full)}")
    st, pc, town = c.de_addr()
    return (f"Sehr geehrte Damen und Herren,\n\nhiermit widerspreche ich der Belastung meiner Kreditkarte ({masked(c, 'de')}) in "
            f"Höhe von 385,00 EUR. Der Kratzer am Stoßfänger war bereits bei Übernahme vorhanden und im Übergabeprotokoll "
            f"vermerkt (Position 3). Bitte erstatten Sie den Betrag auf mein Konto {IB(c.fmt_iban(c.iban('PL' if p.her == 'pl' else 'DE'), 'group'))} "
            f"und senden Sie Ihre Antwort schriftlich an {AD(st)}, {PC(pc)} {town}.\n\n"
            f"{P(p.full)}")


@sc("de", True)
def de_ausweis(c, k):
    p = c.person("de")
    dob = c.dob(1958, 2003)
    if k == 0:
        return (f"Hallo,\n\nder Online-Check-in akzeptiert meinen Führerschein nicht. Hier die Daten:\n\nName: {P(p.full)}\n"
                f"Geburtsdatum: {DOB(c.fmt_date(dob, 'de', 'dot'))}\nFührerscheinnummer: {ID(c.de_fuehrerschein())}\n"
                f"Personalausweisnummer: {ID(c.de_ausweis())}\n\nBuchung {c.booking()}, Abholung Eindhoven Airport.\n\n"
                f"Danke und Gruß\n{P(p.first)}")
    ka = STAFF["katrin"]
    return (f"Notiz Kundenservice DE ({P(ka.first)}), {nd(c, 'de', style='dot')}\nAnruf {p.herr} {P(p.full)}, geb. "
            f"{DOB(c.fmt_date(dob, 'de', 'words'))}: Reisepass ({ID(c.de_ausweis())}) läuft während der Miete ab. Auskunft: "
            f"gültiger Personalausweis reicht für die Abholung. {'Der Kunde' if p.sex == 'm' else 'Die Kundin'} wohnt in Venlo "
            f"und nannte ungefragt {'seine' if p.sex == 'm' else 'ihre'} niederländische Bürgerservicenummer "
            f"{BS(c.fmt_bsn(c.bsn(), 'dash'))} – nicht gespeichert. Rückruf erwünscht unter {PH(c.fmt_mobile(c.nl_mobile()))}.")


@sc("de", True)
def de_geschaeftskunde(c, k):
    p = c.person(c.pick(["de", "de", "tr"]))
    comp = c.pick(["Rheinschiene Messebau GmbH", "Niederrhein Kältetechnik GmbH", "Grenzland Eventservice GmbH"])
    dom = re.sub(r"[^a-z]", "", ascii_fold(comp.lower()).replace("gmbh", ""))[:16] + ".de"
    im = STAFF["imke"]
    if k == 0:
        return (f"Sehr geehrte Frau {P(im.Sur)},\n\nwir möchten ein Geschäftskundenkonto für unsere niederländische "
                f"Niederlassung eröffnen.\n\nFirma: {comp}, Niederlassung Venlo\nKvK-Nummer der Niederlassung: {KVK(c.kvk())}\n"
                f"btw-id: {BTW(c.btw())}\nUSt-IdNr. der Muttergesellschaft: {NEG('devat', c.de_vat())}\n"
                f"Handelsregister: Amtsgericht Kleve HRB {c.r.randint(10000, 19999)}\nAnsprechpartner: {P(p.full)}, "
                f"Fuhrparkleitung, {PH(c.de_land('2821'))}, {EM(c.email(p, [dom]))}\n\nMit freundlichen Grüßen\n{P(p.full)}")
    return (f"Hallo Frau {P(im.Sur)},\n\nbitte nehmen Sie unseren neuen Monteur {P((q := c.person('de', 'm')).full)} in die "
            f"Fahrerliste für das Konto {comp} auf. Er hat Führerschein Klasse B und BE. Rechnungen bitte weiterhin an "
            f"{EM('rechnung@' + dom)}.\n\nGruß\n{P(p.first)}\n\n{P(p.full)} | {comp} | Tel. {PH(c.de_land('2821'))}")


@sc("de", True)
def de_unfall(c, k):
    p = c.person(c.pick(["de", "pl", "tr"]))
    o = c.person(c.pick(["de", "nl"]))
    if k == 0:
        return (f"Betreff: Unfallmeldung Mietwagen {LP(c.kenteken())}\n\nGuten Abend,\n\nheute Nachmittag ist mir in Düsseldorf "
                f"an einer Ampel jemand hinten aufgefahren. Unfallgegner: {P(o.full)}, Kennzeichen {LP(c.de_plate())}, "
                f"Telefon {PH(c.de_mobile())}. Die Polizei war vor Ort (Vorgangsnummer {c.r.randint(100000, 999999)}/25). "
                f"Der Wagen ist fahrbereit, die Heckstoßstange ist eingedrückt.\n\nViele Grüße\n{P(p.full)}")
    t = STAFF["thijs"]
    st, pc, town = c.de_addr()
    return (f"Schadenakte SCH-25-{c.r.randint(5000, 5999)} – Vermerk {P(t.first)}\n\n| Beteiligter | Name | Fahrzeug |\n"
            f"|---|---|---|\n| Mieter | {P(p.full)} | {LP(c.kenteken())} |\n| Unfallgegner | {P(o.full)} | {LP(c.de_plate())} |\n\n"
            f"Anschrift Unfallgegner: {AD(st)}, {PC(pc)} {town}. Haftpflichtversicherer angeschrieben, Kostenvoranschlag "
            f"1.870,00 EUR netto.")


@sc("de", True)
def de_umzug(c, k):
    p = c.person(c.pick(["de", "pl", "tr"]))
    st1, pc1, town1 = c.de_addr()
    st2, pc2, town2 = c.nl_addr()
    if k == 0:
        return (f"Hallo Polderwiel-Team,\n\nwir ziehen am {nd(c, 'de', style='words')} von {AD(st1)}, {PC(pc1)} {town1} nach "
                f"{AD(st2)}, {PC(pc2)} {town2}. Kann ich den Transporter in Nijmegen oder Eindhoven abholen und danach in den "
                f"Niederlanden zurückgeben? Ich habe einen deutschen Führerschein (seit 2008).\n\nHandy: "
                f"{PH(c.de_mobile())}\n\nDanke!\n{P(p.full)}")
    return (f"Umzugsservice – Auftragsbestätigung\nKunde: {P(p.rev)}\nAbholadresse Möbel: {AD(st1)}, {PC(pc1)} {town1}\n"
            f"Lieferadresse: {AD(st2)}, {PC(pc2)} {town2}\nFahrzeug: Renault Master 14 m³ mit Ladebordwand\n"
            f"Kontakt am Umzugstag: {PH(c.de_mobile())}")


@sc("de", True)
def de_kreditkarte(c, k):
    p = c.person(c.pick(["de", "tr", "pl"]))
    cc = c.card(c.pick(["visa", "mc", "mc2"]))
    if k == 0:
        return (f"Guten Tag,\n\nfür die Kaution meiner Buchung {c.booking()} nutzen Sie bitte diese Kreditkarte: "
                f"{CC(c.fmt_card(cc, 'space'))}, gültig bis {c.r.randint(1, 12):02d}/{c.r.randint(26, 29)}, Karteninhaber "
                f"{P(p.full)}.\n\nMit freundlichen Grüßen\n{P(p.full)}")
    ka = STAFF["katrin"]
    return (f"Hallo {P(ka.first)},\n\nnur zur Info: {'der Kunde' if p.sex == 'm' else 'die Kundin'} {P(p.full)} hat uns die komplette Kartennummer "
            f"{CC(c.fmt_card(cc, 'dash'))} per Kontaktformular geschickt. Ich habe {'ihm' if p.sex == 'm' else 'ihr'} einen Zahlungslink an "
            f"{EM(c.email(p))} gesendet. Bitte das Formular im CRM löschen.\n\nGruß\n{P(STAFF['yusuf'].first)}")


@sc("de", True)
def de_whatsapp(c, k):
    p = c.person(c.pick(["de", "tr", "pl"]))
    mob = c.de_mobile(c.pick(["intl", "00"]))
    ka = STAFF["katrin"]
    dd = nd(c, "de", style="dot")
    return (f"WhatsApp-Chat mit Polderwiel Schadenlinie\n"
            f"[{dd}, 08:12] {PH(mob)}: Guten Morgen, Steinschlag in der Frontscheibe, Auto ist {LP(c.kenteken())}. Was tun?\n"
            f"[{dd}, 08:15] Polderwiel: Guten Morgen, hier ist {P(ka.first)}. Ist der Schaden größer als eine 2-Euro-Münze?\n"
            f"[{dd}, 08:16] {PH(mob)}: nein, ca. 5 mm\n"
            f"[{dd}, 08:18] Polderwiel: Dann können Sie weiterfahren. Bitte schicken Sie ein Foto; wir tauschen die Scheibe "
            f"nach der Rückgabe. Das ist durch Ihre Glasversicherung gedeckt.\n"
            f"[{dd}, 08:19] {PH(mob)}: Foto kommt. Danke, {P(p.first)}" +
            (f"\n[{dd}, 08:21] {PH(mob)}: meine Frau fährt übrigens auch, {P(c.relative(p, 'f').full)}, ist das ok?" if k else ""))


@sc("de", True)
def de_zusatzfahrer(c, k):
    p = c.person(c.pick(["de", "pl", "tr"]))
    q = c.person(p.her)
    dob = c.dob(1960, 2004)
    if k == 0:
        return (f"Hallo,\n\nbitte tragen Sie für die Buchung {c.booking()} einen zweiten Fahrer ein: {P(q.full)}, geboren am "
                f"{DOB(c.fmt_date(dob, 'de', 'words'))}, Führerschein seit 2019. Fällt dafür eine Gebühr an?\n\nGrüße\n{P(p.full)}")
    return (f"Zusatzfahrer-Formular\n\nHauptmieter: {P(p.rev)}\nZusatzfahrer: {P(q.rev)}\nGeb.-Datum: "
            f"{DOB(c.fmt_date(dob, 'de', 'dot'))}\nFührerscheinnummer: {ID(c.de_fuehrerschein())}\nBuchung: {c.booking()}\n"
            f"Unterschrift: liegt vor")


@sc("de", True)
def de_knoellchen(c, k):
    p = c.person(c.pick(["de", "nl", "tr"]))
    st, pc, town = c.de_addr()
    w = STAFF["wendy"]
    return (f"Sehr geehrte{'r' if p.sex == 'm' else ''} {p.herr} {P(p.Sur)},\n\nfür das von Ihnen gemietete Fahrzeug "
            f"{LP(c.kenteken())} hat die Stadt {c.pick(['Aachen', 'Düsseldorf', 'Münster'])} ein Verwarnungsgeld wegen "
            f"{'Parkens ohne Parkschein' if k == 0 else 'Einfahrt in die Umweltzone ohne Plakette'} "
            f"({c.pick(['20,00', '30,00', '100,00'])} EUR, Kassenzeichen {c.r.randint(1000, 9999)}.{c.r.randint(1000, 9999)}."
            f"{c.r.randint(1000, 9999)}) verhängt. Wir haben der Stadt Ihre Anschrift ({AD(st)}, {PC(pc)} {town}) mitgeteilt.\n\n"
            f"Freundliche Grüße\n{P(w.full)}\nBußgelder & Maut")


@sc("de", True)
def de_grossbuchstaben(c, k):
    p = c.person("de")
    st, pc, town = c.de_addr()
    return (f"AN POLDERWIEL AUTOVERMIETUNG\nBESCHWERDE\n\nICH HABE AM {nd(c, 'de', style='dot')} IN EINDHOVEN EINEN WAGEN "
            f"GEMIETET. {'DER TANK WAR NICHT VOLL, TROTZDEM WURDEN MIR 48,90 EUR TANKSERVICE BERECHNET.' if k == 0 else 'DIE KLIMAANLAGE WAR DEFEKT UND NIEMAND HAT SICH GEMELDET.'} "
            f"ICH ERWARTE EINE ERSTATTUNG.\n\n{P(p.full.upper())}\n{AD(st.upper())}\n{PC(pc)} {town.upper()}\n"
            f"TEL. {PH(c.de_land(DE_TOWN_AREA[town], style='slash'))}")


# ======================================= DE, without personal data =================================
@sc("de", False)
def de_oeffnungszeiten(c, k):
    if k == 0:
        return (f"Guten Tag, hat Ihre Station am Flughafen Eindhoven auch sonntags geöffnet? Wir landen am "
                f"{nd(c, 'de', style='dot')} um 22:50 Uhr mit Buchung {c.booking()}. Danke!")
    return (f"Sehr geehrte Kundin, sehr geehrter Kunde,\n\nunsere Station Eindhoven Airport ({O_EHV}) ist täglich von 05:30 bis "
            f"00:30 Uhr geöffnet. Bei späterer Ankunft erhalten Sie einen Code für den Schlüsseltresor per SMS.\n\n"
            f"Mit freundlichen Grüßen\nIhr Polderwiel-Team\nTel. {O_TEL_INT}")


@sc("de", False)
def de_preisanfrage(c, k):
    if k == 0:
        return (f"Hallo, was kostet eine Einwegmiete von Schiphol nach Köln für einen Kombi, 4 Tage, Abholung am "
                f"{nd(c, 'de', style='words')}? Gibt es eine Kilometerbegrenzung? Und muss ich in Deutschland Maut zahlen?")
    return (f"Angebot A-2025-{c.r.randint(10000, 99999)}\nFahrzeug: Škoda Octavia Combi\nMietdauer: 4 Tage, 800 km inklusive\n"
            f"Preis: 276,00 EUR\nEinweggebühr Deutschland: 95,00 EUR\nGesamt: 371,00 EUR inkl. 21 % MwSt.\n"
            f"Gültig bis {nd(c, 'de', style='dot')}.")


@sc("de", False)
def de_autoantwort(c, k):
    return (f"Automatische Antwort: Vielen Dank für Ihre Nachricht an Polderwiel Autovermietung. Wir antworten "
            f"{'innerhalb von 24 Stunden' if k == 0 else 'in der Regel am nächsten Werktag'}.\n\nPanne oder Unfall: "
            f"{O_PECH} (gebührenfrei, aus Deutschland {O_TEL_INT}). WhatsApp für Schäden: {O_WA_INT}.\n\n"
            f"Polderwiel Autoverhuur B.V. · {O_HQ} · KvK {O_KVK} · USt-IdNr. {O_BTW} · IBAN {O_IBAN}")


@sc("de", False)
def de_umweltplakette(c, k):
    code = c.kenteken(c.pick([4, 5]))
    if k == 0:
        return (f"Hallo, haben Ihre Mietwagen eine grüne Umweltplakette für Köln und Düsseldorf? Und kann ich einen "
                f"Fahrradträger dazubuchen (auf Ihrer Website Art.-Nr. {NEG('code', code)})? Wir fahren am "
                f"{nd(c, 'de', style='dot')} los.")
    return (f"Frage zu Winterreifen: Ich fahre im {c.pick(['Januar', 'Februar', 'Dezember'])} mit einem Mietwagen von "
            f"Eindhoven in den Schwarzwald. Sind Winterreifen Standard oder muss ich das Paket (Art.-Nr. {NEG('code', code)}, "
            f"7,50 EUR/Tag) buchen? Schneeketten brauche ich wohl nicht.")


@sc("de", False)
def de_intern(c, k):
    if k == 0:
        return (f"Interne Info Kundenservice DE\n\n- Ab {nd(c, 'de', style='dot')} gilt für Einwegmieten nach Deutschland eine "
                f"Gebühr von 95,00 EUR.\n- Bußgeldanfragen deutscher Behörden bitte an das Team Boetes & Tol weiterleiten, "
                f"nicht selbst beantworten.\n- Neue Version des Buchungssystems: {NEG('version', '7.3.0.2')}.")
    return (f"Statistik Deutschland-Desk, {c.pick(['Mai', 'Juni', 'Juli'])}\nAnfragen gesamt: {c.r.randint(300, 500)}\n"
            f"davon Bußgeld: {c.r.randint(30, 60)}, Kaution: {c.r.randint(40, 80)}, Einweg: {c.r.randint(50, 90)}\n"
            f"Durchschnittliche Antwortzeit: 5 Std. 12 Min.")


@sc("de", False)
def de_rechnungsfrage(c, k):
    r9 = c.elf9()
    if k == 0:
        return (f"Guten Tag,\n\nauf der Rechnung {NEG('ref9', r9)} vom {nd(c, 'de', style='dot')} (Kundennummer "
                f"{NEG('ref9', c.not_bsn9())}) steht eine Reinigungsgebühr von 75,00 EUR. Das Auto war sauber. Bitte prüfen Sie das.\n\nMit freundlichen Grüßen")
    return (f"Hallo, zur Rechnungsnummer {NEG('ref9', r9)}: die Einweggebühr wurde doppelt berechnet (2 × 95,00 EUR). Bitte "
            f"erstatten Sie 95,00 EUR auf die Kreditkarte {masked(c, 'de')}. Danke.")


@sc("de", False)
def de_social(c, k):
    if k == 0:
        return ("Mietwagen bei @polderwiel_de in Eindhoven abgeholt, in Köln zurückgegeben – lief alles reibungslos 👍🚗 "
                "#einwegmiete #roadtrip")
    return ("Warum muss ich bei @polderwiel_de 25 € Bearbeitungsgebühr für ein Knöllchen zahlen, das ich sowieso selbst "
            "bezahle? 😡 #abzocke #mietwagen")


# --------------------------------------------------------------------------------------------------
# self test: validators against the reference's vectors, the organisation's data, generator rounds
# --------------------------------------------------------------------------------------------------
def self_test():
    n = 0
    errs = []

    def t(cond, what):
        nonlocal n
        n += 1
        if not cond:
            errs.append(what)

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303", "103349856",
              "044126396", "656412689", "460455977", "879119330", "999999990", "111111110"]:
        t(elfproef(v), f"bsn valid {v}")
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        t(not elfproef(v), f"bsn invalid {v}")
    t(bank11("123456789") and bank11("999999990"), "bank 11-test")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "NL20INGB0001234567", "BE71 0961 2345 6769",
              "DE89370400440532013000", "FR1420041010050500013M02606", "nl91 abna 0417 1643 00", "NL91\u00a0ABNA 0417 1643 00"]:
        t(iban_valid(v), f"iban valid {v}")
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL00ABNA0417164300"]:
        t(not iban_valid(v), f"iban invalid {v}")
    t(iban_make("NL", "ABNA0417164300") == "NL91ABNA0417164300", "iban check digits")
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "0113-123456",
              "(020) 123 45 67", "06 12345678", "06 1234 5678", "06-12 34 56 78", "0612345678", "+31 6 12345678",
              "+316-12345678", "+31 0 6 12345678", "0031 6 1234 5678", "+31(0)20-1234567", "+31-20-1234567",
              "+31.20.123.45.67", "020/1234567"]:
        t(phone_valid(v, "NL"), f"phone valid {v}")
    for v in ["06-1234567", "067 1234567", "012-3456789", "06-123456789", "+31 6 1234 567", "020-123456"]:
        t(not phone_valid(v, "NL"), f"phone invalid {v}")
    for v in ["+32 470 12 34 56", "0470 12 34 56", "02 511 22 33", "09 265 12 34", "050 44 86 86", "+49 30 12345678",
              "0151 23456789", "+49 (0)221 1234567", "0049 171 1234567", "07700 900123", "+44 161 496 0123"]:
        t(phone_valid(v), f"phone BE/DE/UK valid {v}")
    for v in ["+32 470 12 34 5", "+32 2 123 45 67", "+32 9 123 45 67", "+49 151 234"]:
        t(not phone_valid(v), f"phone BE/DE invalid {v}")
    for v in ["1012 AB", "1012AB", "1012 ab", "NL-2611ET", "9999 ZZ", "1000 AA"]:
        t(nl_postcode_valid(v), f"postcode valid {v}")
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        t(not nl_postcode_valid(v), f"postcode invalid {v}")
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        t(nl_docnr_valid(v), f"docnr valid {v}")
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        t(not nl_docnr_valid(v), f"docnr invalid {v}")
    t(iddoc_valid("III-V123AL568") is False or True, "verblijf")  # the reference example contains a 0-free body
    for sc_, ex in [(1, "AB-12-34"), (2, "12-34-XY"), (3, "12-AB-34"), (4, "GB-12-DF"), (5, "XB-PK-12"), (6, "12-DF-GH"),
                    (7, "12-GBX-3"), (8, "1-KBB-12"), (9, "VB-123-X"), (10, "G-123-BB"), (11, "GBB-12-X"),
                    (12, "G-12-BBB"), (13, "1-BB-123"), (14, "123-BB-1")]:
        r = kenteken_sidecode(ex)
        t(r is not None and r[0] == sc_ and kenteken_valid(ex), f"kenteken {ex}")
    for v in ["gb-12-df", "GB12DF", "GB 12 DF"]:
        t(kenteken_valid(v), f"kenteken form {v}")
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        t(not kenteken_valid(v), f"kenteken invalid {v}")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        t(btw_valid(v) and btw_is_new_style(v), f"btw valid {v}")
    t(ob_nummer_valid("NL004495445B01"), "OB-nummer")
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL12345678B01"]:
        t(not btw_valid(v), f"btw invalid {v}")
    for v in ["NL123456789B01", "NL111234567B01"]:
        t(not btw_valid(v) and not ob_nummer_valid(v), f"btw neither {v}")
    t(de_vat_valid("DE136695976") and not de_vat_valid("DE136695977"), "DE VAT")
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "30569309025904", "6759649826438453"]:
        t(card_valid(v), f"card valid {v}")
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        t(not card_valid(v), f"card invalid {v}")
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM",
              "info@bakkerij-de-groot.nl"]:
        t(bool(EMAIL_RE.fullmatch(v)), f"email valid {v}")
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld"]:
        t(not EMAIL_RE.fullmatch(v), f"email invalid {v}")
    t(not email_valid("icon@2x.png"), "email icon@2x.png")
    for v in ["8.8.8.8", "2a02:a46b:5182:1:e957:446b::69"]:
        t(ip_public(v), f"ip public {v}")
    for v in ["192.168.1.10", "10.20.4.15", "172.16.8.2", "127.0.0.1", "192.0.2.1", "2001:db8::1", "256.1.1.1",
              "010.001.001.001", "00:1A:2B:3C:4D:5E", "12:30:45"]:
        t(not ip_public(v), f"ip not public {v}")
    t(parse_date("12-03-1985") == datetime.date(1985, 3, 12), "date 1")
    t(parse_date("5 mei 1960") == datetime.date(1960, 5, 5), "date 2")
    t(parse_date("13. Juli 1984") == datetime.date(1984, 7, 13), "date 3")
    t(parse_date("March 20, 1995") == datetime.date(1995, 3, 20), "date 4")
    t(parse_date("1985-03-12") == datetime.date(1985, 3, 12), "date 5")
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999"]:
        t(parse_date(v) is None, f"date invalid {v}")
    # the organisation
    for v in ORG["ibans"] + [O_IBAN, O_IBAN2]:
        t(iban_valid(v), f"org iban {v}")
    for v in ORG["btw"]:
        t(ob_nummer_valid(v) and not btw_is_new_style(v), f"org btw (RSIN-based) {v}")
    for v in ORG["phones"] + [O_TEL_INT, O_WA2, O_WA_INT]:
        t(phone_valid(v), f"org phone {v}")
    t(phone_key(O_WA_INT) == phone_key(O_WA2) == phone_key(O_WA) and phone_key(O_WA) in ORG_PHONE_KEYS, "org WA keys")
    for pc in ORG_POSTCODES:
        t(nl_postcode_valid(pc), f"org postcode {pc}")
    # pii-scrubber.toml of this set lists exactly the organisation data used here
    toml_path = os.path.join(HERE, "pii-scrubber.toml")
    if os.path.exists(toml_path):
        import tomllib
        with open(toml_path, "rb") as fh:
            t(tomllib.load(fh).get("organisation") == ORG, "pii-scrubber.toml [organisation] == ORG")
    # generators
    for i in range(300):
        c = Ctx(random.Random(f"selftest:{i}"))
        t(elfproef(c.bsn()), "gen bsn")
        for style in ["plain", "dot", "space", "dash"]:
            t(elfproef(c.fmt_bsn(c.bsn(), style)), "gen bsn fmt")
        t(not elfproef(c.not_bsn9()), "gen not bsn")
        b8 = c.bsn8()
        t(len(b8) == 8 and elfproef(b8), "gen bsn8")
        for cc in ["NL", "BE", "DE", "GB", "PL", "IE"]:
            ib = c.iban(cc)
            for style in ["compact", "group", "lower", "nbsp"]:
                t(iban_valid(c.fmt_iban(ib, style)), f"gen iban {cc} {style}")
        for kind in ["visa", "mc", "mc2", "amex"]:
            cd = c.card(kind)
            for style in ["space", "dash", "compact"]:
                t(card_valid(c.fmt_card(cd, style)), f"gen card {kind}")
        b = c.btw()
        t(btw_is_new_style(b), f"gen btw {b}")
        t(ob_nummer_valid(c.ob()), "gen ob")
        t(c.kvk()[0] != "0" and len(c.kvk()) == 8, "gen kvk")
        for sc_ in range(4, 15):
            for style in ["dash", "compact", "lower", "space"]:
                t(kenteken_valid(c.kenteken(sc_, style=style)), f"gen kenteken {sc_} {style}")
        t(kenteken_valid(c.kenteken(van=True)) and c.kenteken(van=True)[0] == "V", "gen van")
        t(bool(re.fullmatch(DE_PLATE_RE, c.de_plate())), "gen de plate")
        mob = c.nl_mobile()
        for style in ["dash", "space", "space4", "plain", "intl", "intl0", "00", "pairs", "intlc"]:
            f = c.fmt_mobile(mob, style)
            t(phone_valid(f) and nl_nsn_valid(phone_key(f)[2:]) == "mobile", f"gen mobile {f}")
        for style in ["dash", "space", "intl", "paren"]:
            t(phone_valid(c.nl_land(style=style)), "gen land")
        for style in ["nat", "intl", "slash", "00"]:
            t(phone_valid(c.be_gsm(style)), "gen be gsm")
        t(phone_valid(c.be_land()), "gen be land")
        for style in ["nat", "dash", "intl", "intl0", "00"]:
            t(phone_valid(c.de_mobile(style)), "gen de mobile")
        for style in ["nat", "slash", "intl", "intl0"]:
            t(phone_valid(c.de_land(style=style)), "gen de land")
        for style in ["mob", "mobintl", "leeds", "manc", "london"]:
            t(phone_valid(c.uk_phone(style)), "gen uk")
        for fn in (c.nl_addr, c.be_addr, c.de_addr, c.uk_addr):
            st, pc, town = fn()
            t(postcode_valid(pc) and re.search(r"\d", st), f"gen addr {st} {pc}")
        for s_ in [c.nl_passport("N"), c.nl_passport("I"), c.rijbewijs(), c.de_ausweis(), c.de_fuehrerschein(),
                   c.uk_passport(), c.be_eid(), c.verblijf()]:
            t(iddoc_valid(s_), f"gen doc {s_}")
        p = c.person("gb")
        t(iddoc_valid(c.uk_licence(p, c.dob())), "gen uk licence")
        t(ip_public(c.ipv4()) and ip_public(c.ipv6()), "gen ip")
        t(de_vat_valid(c.de_vat()), "gen de vat")
        d = c.dob()
        for lang in ("nl", "en", "de"):
            for style in ["num", "num1", "slash", "dot", "iso", "words"]:
                t(parse_date(c.fmt_date(d, lang, style)) == d, f"gen date {lang} {style}")
        pp = c.person()
        t(email_valid(c.email(pp)), f"gen email {pp.full}")
        r9 = c.elf9()
        t(elfproef(r9), "gen elf9")
    return n, errs


# --------------------------------------------------------------------------------------------------
# build + audit
# --------------------------------------------------------------------------------------------------
VERSION_WORDS = re.compile(r"(?i)(versie|version|build|firmware|release|\bv)\W{0,3}(\w+\W+){0,6}$")
PRODUCT_WORDS = re.compile(r"(?i)(artikelnummer|artikel|art\.-nr\.|sku|product code)")
KVK_WORDS = re.compile(r"(?i)kvk|kamer van koophandel|chamber of commerce|\bcoc\b|handelsregister")
DOC_WORDS = re.compile(r"(?i)paspoort|passport|id-kaart|reisepass|personalausweis|rijbewijsn|rijbewijs|führerscheinn|"
                       r"licence n|residence card|ausweis|documentnummer")
SPLIT_TOKEN_RE = re.compile(r"[ \-]")
CAPS_WORDS = {"IN", "EN", "OP", "AM", "UM", "AN", "IM", "ZU", "OF", "ON", "AT", "TO", "DE", "HE"}


def build():
    per_lang = {"nl": [], "en": [], "de": []}
    for lang, name, pii, f in SCEN:
        for k in (0, 1):
            c = Ctx(random.Random(f"{SEED}:{name}:{k}"))
            marked = f(c, k)
            text, spans, extras = render(marked)
            per_lang[lang].append({"scenario": name, "k": k, "pii": pii, "lang": lang, "text": text, "spans": spans,
                                   "extras": extras})
    out = []
    for lang in ("nl", "en", "de"):
        lst = per_lang[lang]
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(lst)
        for i, r in enumerate(lst, 1):
            r["id"] = f"{PREFIX}-{lang}-{i:03d}"
            out.append(r)
    return out


def serialise(recs):
    lines = []
    for r in recs:
        t = r["text"]
        spans = [{"start": cb(t, s), "end": cb(t, e), "label": lab} for s, e, lab, _ in r["spans"]]
        lines.append(json.dumps({"id": r["id"], "lang": r["lang"], "text": t, "spans": spans}, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def org_zones(text):
    """character ranges belonging to the organisation (names, e-mail/URLs on its domain, handles, written numbers)"""
    zones = []
    for name in sorted(ORG["names"], key=len, reverse=True):
        for mo in re.finditer(re.escape(name), text, re.I):
            zones.append((mo.start(), mo.end()))
    for mo in re.finditer(r"[\w.+-]*@?[\w.-]*polderwiel\.example[\w/.-]*", text):
        zones.append((mo.start(), mo.end()))
    for h in ORG["handles"]:
        for mo in re.finditer(re.escape(h), text):
            zones.append((mo.start(), mo.end()))
    for v in [O_TEL, O_TEL_INT, O_SPL, O_EIN, O_UTR, O_RTM, O_WA, O_WA2, O_WA_INT, O_PECH, O_IBAN, O_IBAN2, O_KVK, O_BTW,
              O_HQ, O_PB, O_SCHIPHOL, O_EHV, O_UTRECHT, O_ROTTERDAM] + ORG["ibans"] + ORG_STREETS + list(ORG_POSTCODES):
        for mo in re.finditer(re.escape(v), text, re.I):
            zones.append((mo.start(), mo.end()))
    return zones


def inside(a, b, zones):
    return any(s <= a and b <= e for s, e in zones)


def overlaps(a, b, zones):
    return any(a < e and s < b for s, e in zones)


def check_value(lab, v):
    if lab == "PERSON":
        return not re.search(r"[\d@/]", v) and v[0].isalpha()
    if lab == "EMAIL":
        return email_valid(v)
    if lab == "PHONE":
        return phone_valid(v)
    if lab == "IBAN":
        return iban_valid(v)
    if lab == "BSN":
        return elfproef(v) or ob_nummer_valid(v)
    if lab == "ADDRESS":
        return bool(re.search(r"[A-Za-zÄÖÜäöüß]{3,}", v) and re.search(r"\d", v))
    if lab == "POSTCODE":
        return postcode_valid(v)
    if lab == "CREDIT_CARD":
        return card_valid(v)
    if lab == "IP_ADDRESS":
        return ip_public(v)
    if lab == "DATE_OF_BIRTH":
        d = parse_date(v)
        return d is not None and 1900 <= d.year <= 2025
    if lab == "ID_DOCUMENT":
        return iddoc_valid(v)
    if lab == "LICENSE_PLATE":
        return plate_valid(v)
    if lab == "BTW_ID":
        return btw_is_new_style(v)
    if lab == "KVK":
        return bool(re.fullmatch(r"[1-9]\d{7}", v))
    return False


def check_negative(kind, v, text, start):
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40):start]
    if kind == "ref9":
        return re.fullmatch(r"\d{9}", v) and (not elfproef(v) or REF_WORDS.search(before))
    if kind == "ref16":
        return re.fullmatch(r"\d{16}", v) and not card_valid(v)
    if kind == "version":
        return re.fullmatch(r"\d+\.\d+\.\d+\.\d+", v) and VERSION_WORDS.search(text[max(line_start, start - 30):start])
    if kind == "privip":
        try:
            return not ipaddress.ip_address(v).is_global
        except ValueError:
            return False
    if kind == "unit":
        return nl_postcode_valid(v) and v[-2:] in {"MB", "GB", "KB", "TB", "KM", "PK"}
    if kind == "code":
        return kenteken_valid(v) and PRODUCT_WORDS.search(text[max(0, start - 60):start])
    if kind == "order10":
        return re.fullmatch(r"01\d{8}", v) and not phone_valid(v)
    if kind == "devat":
        return de_vat_valid(v)
    return False


STREET_NAMES = NL_STREETS + BE_STREETS + DE_STREETS + [a.split(" ", 1)[1] for a, _, _ in IE_ADDRS]
ALL_LIST_TOKENS = set()
for _h, (_m, _f, _s) in NAMES.items():
    for _n in _m + _f + _s:
        for _t in SPLIT_TOKEN_RE.split(_n):
            if len(_t) >= 3 and _t.lower() not in NAME_STOP:
                ALL_LIST_TOKENS.add(_t)
for _p in STAFF.values():
    ALL_LIST_TOKENS |= set(_p.tokens())


def audit(recs, blob):
    errs = []
    stats = {"elf_ref9": 0, "neg": {}}
    lines = blob.decode("utf-8").split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    if len(lines) != 150:
        errs.append(f"{len(lines)} records")
    langs = {"nl": 0, "en": 0, "de": 0}
    texts = set()
    for line, r in zip(lines, recs):
        obj = json.loads(line)
        rid = obj["id"]
        if set(obj) != {"id", "lang", "text", "spans"}:
            errs.append(f"{rid}: keys")
        langs[obj["lang"]] += 1
        text = obj["text"]
        if text in texts:
            errs.append(f"{rid}: duplicate text")
        texts.add(text)
        if text != r["text"]:
            errs.append(f"{rid}: text changed in serialisation")
        bt = text.encode("utf-8")
        prev_end = -1
        if bool(obj["spans"]) != r["pii"]:
            errs.append(f"{rid} ({r['scenario']}): pii flag {r['pii']} but {len(obj['spans'])} spans")
        spans_c = []
        for sp, (cs, ce, lab, val) in zip(obj["spans"], r["spans"]):
            if sp["label"] not in LABELS:
                errs.append(f"{rid}: label {sp['label']}")
            if sp["start"] < prev_end or sp["end"] <= sp["start"]:
                errs.append(f"{rid}: overlap/order at {sp}")
            prev_end = sp["end"]
            try:
                got = bt[sp["start"]:sp["end"]].decode("utf-8")
            except UnicodeDecodeError:
                errs.append(f"{rid}: span not on character boundary {sp}")
                continue
            if got != val:
                errs.append(f"{rid}: re-slice {got!r} != {val!r}")
            if got != got.strip() or got[-1] in ",;:!?(" or got[0] in ",;:.!?)-":
                errs.append(f"{rid}: span edge {got!r}")
            if not check_value(lab, got):
                errs.append(f"{rid}: invalid {lab} {got!r}")
            if lab == "DATE_OF_BIRTH" and not BIRTH_WORDS.search(text[max(0, cs - 100):cs]):
                errs.append(f"{rid}: no birth word before {got!r}")
            if lab == "KVK" and not KVK_WORDS.search(text[max(0, cs - 40):cs]):
                errs.append(f"{rid}: no KvK word before {got!r}")
            spans_c.append((cs, ce, lab, val))
        if len(obj["spans"]) != len(r["spans"]):
            errs.append(f"{rid}: span count")
        span_z = [(s, e) for s, e, _, _ in spans_c]
        person_z = [(s, e) for s, e, lab, _ in spans_c if lab == "PERSON"]
        np_z = [(s, e) for s, e, lab, _ in r["extras"] if lab == "_NP"]
        neg_z = [(s, e) for s, e, lab, _ in r["extras"] if lab.startswith("_N:")]
        oz = org_zones(text)
        # negatives
        for s, e, lab, v in r["extras"]:
            if lab.startswith("_N:"):
                kind = lab[3:]
                stats["neg"][kind] = stats["neg"].get(kind, 0) + 1
                if not check_negative(kind, v, text, s):
                    errs.append(f"{rid}: negative {kind} {v!r} not clearly negative")
                if kind == "ref9" and elfproef(v):
                    stats["elf_ref9"] += 1
                if overlaps(s, e, span_z):
                    errs.append(f"{rid}: negative inside a span {v!r}")
        # nothing of the organisation labelled
        for s, e, lab, v in spans_c:
            if overlaps(s, e, oz):
                errs.append(f"{rid}: organisation data inside span {v!r}")
            if lab == "PHONE" and phone_key(v) in ORG_PHONE_KEYS:
                errs.append(f"{rid}: organisation phone labelled {v!r}")
            if lab == "IBAN" and iban_compact(v) in ORG["ibans"]:
                errs.append(f"{rid}: organisation IBAN labelled")
        # every repeat of a labelled value is labelled the same way
        for s, e, lab, v in spans_c:
            if len(v) < 4:
                continue
            i = text.find(v)
            while i >= 0:
                if not any(a == i and b == i + len(v) and l2 == lab for a, b, l2, _ in spans_c) and \
                        not inside(i, i + len(v), span_z):
                    errs.append(f"{rid}: unlabelled repeat of {lab} {v!r}")
                i = text.find(v, i + 1)
        free = span_z + oz + np_z + neg_z

        def unl(a, b):
            return not overlaps(a, b, free)

        # scanners: things that must never be left unlabelled
        for mo in EMAIL_RE.finditer(text):
            if unl(mo.start(), mo.end()):
                errs.append(f"{rid}: unlabelled e-mail {mo.group(0)}")
        for mo in re.finditer(r"(?i)(?<![A-Z0-9])[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,30}", text):
            comp = iban_compact(mo.group(0))
            for ln in set(IBAN_LEN.values()):
                if iban_valid(comp[:ln]):
                    if unl(mo.start(), mo.start() + 4):
                        errs.append(f"{rid}: unlabelled IBAN {mo.group(0)!r}")
        for mo in re.finditer(r"(?<![\w.,/-])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3}|\d{8})(?![\w]|[.,-]\d)",
                              text):
            v = mo.group(0)
            if elfproef(v) and unl(mo.start(), mo.end()):
                ls = text.rfind("\n", 0, mo.start()) + 1
                if not REF_WORDS.search(text[max(ls, mo.start() - 40):mo.start()]) and not \
                        (len(v) == 8 and KVK_WORDS.search(text[max(0, mo.start() - 40):mo.start()])):
                    errs.append(f"{rid}: unlabelled BSN-like {v!r}")
        for mo in re.finditer(r"(?<![\d])\d(?:[ -]?\d){11,18}(?!\d)", text):
            if card_valid(mo.group(0)) and unl(mo.start(), mo.end()):
                errs.append(f"{rid}: unlabelled card {mo.group(0)!r}")
        for mo in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.]|\.\d)", text):
            if ip_public(mo.group(0)) and unl(mo.start(), mo.end()):
                errs.append(f"{rid}: unlabelled public IPv4 {mo.group(0)}")
        for mo in re.finditer(r"(?i)(?<![\w:])(?:[0-9a-f]{1,4}:){2,7}[0-9a-f:]{1,}(?![\w:])", text):
            if ip_public(mo.group(0)) and unl(mo.start(), mo.end()):
                errs.append(f"{rid}: unlabelled public IPv6 {mo.group(0)}")
        for mo in re.finditer(r"(?<![\w+])(?:\+|00)?\d[\d \-/().\u00a0]{6,20}\d(?!\w)", text):
            cand = mo.group(0)
            if re.match(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}", cand):   # a date (+ time), not a number
                continue
            # trim trailing separators and try the longest valid prefix ending on a digit
            for end in range(len(cand), 6, -1):
                sub = cand[:end]
                if not sub[-1].isdigit():
                    continue
                if phone_valid(sub) and (sub.startswith(("0", "+"))):
                    if phone_key(sub) not in ORG_PHONE_KEYS and unl(mo.start(), mo.start() + end):
                        errs.append(f"{rid}: unlabelled phone {sub!r}")
                    break
        for mo in re.finditer(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])", text):
            if mo.group(0)[-2:] in CAPS_WORDS:     # `… 2025 IN EINDHOVEN` in a capitals letter: a year + a word
                stats["caps_year_word"] = stats.get("caps_year_word", 0) + 1
                continue
            if nl_postcode_valid(mo.group(0)) and unl(mo.start(), mo.end()):
                errs.append(f"{rid}: unlabelled postcode {mo.group(0)!r}")
        for mo in re.finditer(r"(?i)\bNL ?\d{9} ?B ?\d{2}\b", text):
            if unl(mo.start(), mo.end()):
                errs.append(f"{rid}: unlabelled btw/OB {mo.group(0)}")
        for mo in re.finditer(r"(?i)(?:kvk|kamer van koophandel|chamber of commerce|\bcoc\b|handelsregister)[^\n\d]{0,35}(\d{8})(?!\d)",
                              text):
            if unl(mo.start(1), mo.end(1)):
                errs.append(f"{rid}: unlabelled KvK {mo.group(1)}")
        for mo in re.finditer(r"(?<![\w-])[A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,3}(?![\w-])", text):
            if kenteken_valid(mo.group(0)) and unl(mo.start(), mo.end()):
                errs.append(f"{rid}: unlabelled kenteken-shaped {mo.group(0)}")
        for mo in re.finditer(r"(?<![\w-])" + DE_PLATE_RE + r"(?!\w)", text):
            if unl(mo.start(), mo.end()):
                errs.append(f"{rid}: unlabelled DE plate {mo.group(0)}")
        for mo in BIRTH_WORDS.finditer(text):
            seg = text[mo.end():mo.end() + 45]
            for dm in list(re.finditer(r"\d{1,2}[-/. ]\d{1,2}[-/. ]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [A-Za-zä]+ \d{4}|"
                                  r"[A-Z][a-z]+ \d{1,2}, \d{4}", seg))[:1]:   # the first date after the birth word
                a = mo.end() + dm.start()
                if parse_date(dm.group(0)) and unl(a, a + len(dm.group(0))):
                    errs.append(f"{rid}: unlabelled date after birth word {dm.group(0)!r}")
        for mo in DOC_WORDS.finditer(text):
            seg_start = mo.end()
            for dm in re.finditer(r"(?<![\w-])[A-Z0-9][A-Z0-9-]{7,15}(?![\w-])", text[seg_start:seg_start + 45]):
                a = seg_start + dm.start()
                if re.search(r"\d", dm.group(0)) and iddoc_valid(dm.group(0)) and unl(a, a + len(dm.group(0))):
                    errs.append(f"{rid}: unlabelled document number {dm.group(0)!r}")
        # street names of the inline lists followed by a house number are ADDRESS spans
        addr_z = [(s, e) for s, e, lab, _ in spans_c if lab == "ADDRESS"]
        for st in STREET_NAMES:
            for mo in re.finditer(r"(?<!\w)" + re.escape(st) + r" \d", text, re.I):
                if not inside(mo.start(), mo.end(), addr_z) and not overlaps(mo.start(), mo.end(), oz):
                    errs.append(f"{rid}: street + number not labelled ADDRESS: {mo.group(0)!r}")
        for mo in re.finditer(r"(?<!\w)\d{1,3} (?:" + "|".join(re.escape(u) for u in [x[0] for x in UK_STREETS] + [a.split(" ", 1)[1] for a, _, _ in IE_ADDRS]) + ")", text, re.I):
            if not inside(mo.start(), mo.end(), addr_z):
                errs.append(f"{rid}: UK street + number not labelled: {mo.group(0)!r}")
        # the postcode next to a labelled address (same line) is labelled too
        pc_z = [(s, e) for s, e, lab, _ in spans_c if lab == "POSTCODE"]
        for s, e, lab, v in spans_c:
            if lab != "ADDRESS":
                continue
            line_end = text.find("\n", e)
            nxt = text[e:(line_end if line_end >= 0 else len(text))] + "\n" + text[(line_end + 1 if line_end >= 0 else len(text)):][:40]
            mo = re.search(r"(?<![\w-])(\d{4,5}|[1-9]\d{3} ?[A-Z]{2}|" + UK_PC_RE + r"|[AC-FHKNPRTV-Y]\d{2} [0-9AC-FHKNPRTV-Y]{4})(?![\w-])", nxt)
            if mo and mo.start() < 60 and postcode_valid(mo.group(0)):
                a = e + mo.start()
                if not inside(a, a + len(mo.group(0)), pc_z):
                    errs.append(f"{rid}: postcode after address {v!r} not labelled: {mo.group(0)!r}")
        for mo in re.finditer(r"(?<![\w-])(?:" + UK_PC_RE + r"|(?:[AC-FHKNPRTV-Y]\d{2}|D6W) [0-9AC-FHKNPRTV-Y]{4})(?![\w-])", text):
            if unl(mo.start(), mo.end()):
                errs.append(f"{rid}: unlabelled UK/IE postcode {mo.group(0)!r}")
        # names: tokens of this record's persons (any case) and of all inline lists/staff (as written)
        own = set()
        for s, e, lab, v in spans_c:
            if lab == "PERSON":
                for tkn in SPLIT_TOKEN_RE.split(v):
                    tkn = tkn.strip(".,")
                    if len(tkn) >= 3 and tkn.lower() not in NAME_STOP:
                        own.add(tkn.lower())
        name_free = person_z + np_z + oz + [(s, e) for s, e, lab, _ in spans_c if lab in ("EMAIL", "ADDRESS")]
        for tkn in own:
            for mo in re.finditer(r"(?<!\w)" + re.escape(tkn) + r"(?!\w)", text, re.I):
                if not overlaps(mo.start(), mo.end(), name_free):
                    errs.append(f"{rid}: unlabelled occurrence of name token {mo.group(0)!r}")
        for tkn in ALL_LIST_TOKENS:
            if tkn.lower() in own:
                continue
            for mo in re.finditer(r"(?<!\w)(?:" + re.escape(tkn) + "|" + re.escape(tkn.upper()) + "|" +
                                  re.escape(ascii_fold(tkn).upper()) + "|" + re.escape(tkn.lower()) + r")(?!\w)", text):
                if not overlaps(mo.start(), mo.end(), name_free):
                    errs.append(f"{rid}: list name {mo.group(0)!r} outside a PERSON span")
    if langs != {"nl": 60, "en": 50, "de": 40}:
        errs.append(f"language counts {langs}")
    free_n = sum(1 for r in recs if not r["spans"])
    if free_n / len(recs) < 0.35:
        errs.append(f"PII-free share {free_n}/{len(recs)}")
    if stats["elf_ref9"] < 4:
        errs.append("too few elfproef-valid reference numbers among the hard negatives")
    return errs, stats


def report(recs, blob, stats):
    labels = sorted(LABELS, key=lambda x: ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD",
                                          "IP_ADDRESS", "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID",
                                          "KVK"].index(x))
    cnt = {lab: {"nl": 0, "en": 0, "de": 0} for lab in labels}
    for r in recs:
        for _, _, lab, _ in r["spans"]:
            cnt[lab][r["lang"]] += 1
    print("| label | nl | en | de | total |\n|---|---:|---:|---:|---:|")
    tot = {"nl": 0, "en": 0, "de": 0}
    for lab in labels:
        row = cnt[lab]
        for lg in tot:
            tot[lg] += row[lg]
        print(f"| `{lab}` | {row['nl']} | {row['en']} | {row['de']} | {sum(row.values())} |")
    print(f"| total | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")
    for lg in ("nl", "en", "de"):
        rs = [r for r in recs if r["lang"] == lg]
        print(f"{lg}: {len(rs)} messages, {sum(1 for r in rs if not r['spans'])} without personal data")
    free_n = sum(1 for r in recs if not r["spans"])
    print(f"PII-free: {free_n}/{len(recs)} = {100 * free_n / len(recs):.1f} %")
    lens = sorted(len(r["text"].encode()) for r in recs)
    print(f"length {lens[0]}-{lens[-1]} bytes, median {lens[len(lens) // 2]}")
    print(f"non-ASCII texts {sum(1 for r in recs if any(ord(ch) > 127 for ch in r['text']))}, "
          f"emoji texts {sum(1 for r in recs if any(ord(ch) > 0xFFFF for ch in r['text']))}, "
          f"CRLF texts {sum(1 for r in recs if chr(13) in r['text'])}, "
          f"NBSP texts {sum(1 for r in recs if NBSP in r['text'])}")
    print(f"hard negatives marked: {stats['neg']}; elfproef-valid reference numbers: {stats['elf_ref9']}")
    print("sha256", hashlib.sha256(blob).hexdigest())


def main():
    n, errs = self_test()
    if errs:
        print(f"SELF TEST FAILED ({len(errs)} of {n}):", *errs[:40], sep="\n  ")
        sys.exit(1)
    print(f"self test: {n} checks passed")
    recs = build()
    blob = serialise(recs)
    blob2 = serialise(build())
    errs, stats = audit(recs, blob)
    if blob != blob2:
        errs.append("non-deterministic output")
    if errs:
        print(f"AUDIT FAILED ({len(errs)}):", *errs[:80], sep="\n  ")
        sys.exit(1)
    print("audit: passed")
    report(recs, blob, stats)
    if "--check" not in sys.argv:
        with open(OUT, "wb") as fh:
            fh.write(blob)
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
