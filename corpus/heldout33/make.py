#!/usr/bin/env python3
"""heldout33 — held-out PII evaluation set for a fictional moving and storage company.

Trekvogel Verhuizingen & Opslag B.V. (Tilburg, with a Flemish branch in Antwerpen and a German
GmbH in Kleve) — quotes, inventories, parking permits, damage claims, storage contracts,
payments, UK customs paperwork, crew notes, reviews, complaints, key handovers, care-home
moves and business relocations, in Dutch, English and German.

Python 3.11, standard library only. Deterministic: every scenario instance has its own
string-seeded random.Random (string seeds are hashed with SHA-512 by `random`, so
PYTHONHASHSEED has no effect). Run `python3 make.py`; it runs the self test and the audit,
refuses to write gold.jsonl if anything fails, and prints statistics and the sha256.
"""
import datetime as dt
import hashlib
import ipaddress
import json
import os
import random
import re
import statistics
import sys
from collections import Counter, defaultdict

SEED = "heldout33/trekvogel/v1"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")

LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD",
          "IP_ADDRESS", "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# ---------------------------------------------------------------------------------------------
# markup: values are written between private-use sentinels; render() strips them
# ---------------------------------------------------------------------------------------------
_S, _M, _E = "\ue000", "\ue001", "\ue002"
_MARK = re.compile(_S + r"([A-Z_]+)" + _M + r"(.*?)" + _E, re.S)


def m(label, value):
    assert label in LABELS or label in ("NEG", "ORG"), label
    assert value and value == value.strip(), repr(value)
    assert not any(c in value for c in (_S, _M, _E)), repr(value)
    return f"{_S}{label}{_M}{value}{_E}"


def P(v): return m("PERSON", v)
def EM(v): return m("EMAIL", v)
def PH(v): return m("PHONE", v)
def IB(v): return m("IBAN", v)
def BSN(v): return m("BSN", v)
def AD(v): return m("ADDRESS", v)
def PC(v): return m("POSTCODE", v)
def CC(v): return m("CREDIT_CARD", v)
def IP(v): return m("IP_ADDRESS", v)
def DOB(v): return m("DATE_OF_BIRTH", v)
def ID(v): return m("ID_DOCUMENT", v)
def KT(v): return m("LICENSE_PLATE", v)
def BTW(v): return m("BTW_ID", v)
def KVK(v): return m("KVK", v)
def NEG(v): return m("NEG", v)      # deliberate look-alike (company with a surname, reference number …)
def ORG(v): return m("ORG", v)      # the organisation's own data


def render(marked):
    """Strip markup; return text, spans [(cs, ce, label, value)], regions [(cs, ce, kind, value)]."""
    out, spans, regions = [], [], []
    pos, last = 0, 0
    for mt in _MARK.finditer(marked):
        pre = marked[last:mt.start()]
        assert _S not in pre and _M not in pre and _E not in pre, "nested/broken markup"
        out.append(pre)
        pos += len(pre)
        label, value = mt.group(1), mt.group(2)
        (spans if label in LABELS else regions).append((pos, pos + len(value), label, value))
        out.append(value)
        pos += len(value)
        last = mt.end()
    tail = marked[last:]
    assert _S not in tail and _M not in tail and _E not in tail, "broken markup"
    out.append(tail)
    return "".join(out), spans, regions


# ---------------------------------------------------------------------------------------------
# validators
# ---------------------------------------------------------------------------------------------
def elfproef(num):
    d = re.sub(r"[ .\-]", "", num)
    if not d.isdigit() or len(d) not in (8, 9):
        return False
    d = d.zfill(9)
    if int(d) == 0:
        return False
    s = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return s % 11 == 0


def onderwijsnummer_ok(num):
    d = num.zfill(9)
    if not d.isdigit() or len(d) != 9 or not d.startswith("10"):
        return False
    s = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return s % 11 == 5


def bsn_ok(v):
    c = re.sub(r"[ .\-]", "", v).upper()
    mt = re.fullmatch(r"(?:NL)?(\d{9})B(\d\d)", c)
    if mt:  # old omzetbelastingnummer of a sole trader = BSN + B..
        return elfproef(mt.group(1)) and mt.group(2) != "00"
    return c.isdigit() and len(c) in (8, 9) and elfproef(c)


def _mod97(s):
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "GB": 22, "FR": 27}
IBAN_BBAN = {"NL": r"[A-Z]{4}\d{10}", "BE": r"\d{12}", "DE": r"\d{18}", "GB": r"[A-Z]{4}\d{14}",
             "FR": r"\d{10}[A-Z0-9]{11}\d\d"}


def iban_ok(v):
    c = re.sub(r"[\s\u00a0.\-]", "", v).upper()
    cc = c[:2]
    if cc not in IBAN_LEN or len(c) != IBAN_LEN[cc] or not re.fullmatch(r"\d\d" + IBAN_BBAN[cc], c[2:]):
        return False
    if cc == "BE":
        n = int(c[4:14]) % 97 or 97
        if n != int(c[14:16]):
            return False
    return _mod97(c[4:] + c[:4]) == 1


def btw_ok(v):
    c = re.sub(r"[ .\-]", "", v).upper()
    if not re.fullmatch(r"NL\d{9}B\d\d", c) or c.endswith("B00"):
        return False
    return _mod97(c) == 1 and not elfproef(c[2:11])


def ob_ok(v):
    c = re.sub(r"[ .\-]", "", v).upper()
    return bool(re.fullmatch(r"(?:NL)?\d{9}B\d\d", c)) and bsn_ok(c)


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def card_ok(v):
    d = re.sub(r"[ \-]", "", v)
    if not d.isdigit() or not luhn_ok(d):
        return False
    n = len(d)
    p2, p3, p4, p6 = int(d[:2]), int(d[:3]), int(d[:4]), int(d[:6])
    if d[0] == "4":
        return n in (13, 16, 19)
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
        return n == 16
    if p2 in (34, 37):
        return n == 15
    if p4 in (5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763):
        return 12 <= n <= 19
    if p4 == 6011 or 644 <= p3 <= 649 or p2 == 65 or 622126 <= p6 <= 622925:
        return 16 <= n <= 19
    if 3528 <= p4 <= 3589:
        return 16 <= n <= 19
    if 300 <= p3 <= 305 or p4 == 3095 or p2 in (36, 38, 39):
        return 14 <= n <= 19
    return False


TLDS = {"nl", "be", "de", "com", "net", "org", "eu", "uk", "frl", "io"}
EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
                      r"[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")


def email_ok(v):
    if not EMAIL_RE.fullmatch(v) or "@@" in v:
        return False
    return v.rsplit(".", 1)[1].lower() in TLDS


def ip_ok(v):
    try:
        a = ipaddress.ip_address(v)
    except ValueError:
        return False
    return a.is_global


def ip_syntax(v):
    try:
        ipaddress.ip_address(v)
        return True
    except ValueError:
        return False


# --- phones -----------------------------------------------------------------------------------
NL_AREA2 = {"10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38", "40", "43", "45",
            "46", "50", "53", "55", "58", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79"}
NL_AREA3 = {"111", "113", "114", "115", "162", "164", "165", "166", "167", "168", "172", "174", "180",
            "181", "183", "184", "186", "187", "222", "223", "224", "226", "227", "228", "229", "251",
            "252", "255", "294", "297", "299", "313", "314", "315", "316", "317", "318", "320", "321",
            "341", "342", "343", "344", "345", "346", "347", "348", "411", "412", "413", "416", "418",
            "475", "478", "481", "485", "486", "487", "488", "492", "493", "495", "497", "499", "511",
            "512", "513", "514", "515", "516", "517", "518", "519", "521", "522", "523", "524", "525",
            "527", "528", "529", "541", "543", "544", "545", "546", "547", "548", "561", "562", "566",
            "570", "571", "572", "573", "575", "577", "578", "591", "592", "593", "594", "595", "596",
            "597", "598", "599"}
BE_FIXED = re.compile(r"(?:1[0-69]|[23][2-8]|4[23]|5\d|6[013-57-9]|71|8[1-79]|9[2-4])\d{6}")
BE_MOBILE = re.compile(r"4[5-9]\d{7}")
DE_MOBILE = re.compile(r"15[0-25-9]\d{8}|1(?:6[023]|7\d)\d{7,8}")
DE_AREAS = {"30", "40", "69", "89", "201", "203", "211", "221", "228", "241", "251", "2151", "2161",
            "2821", "2822", "2823", "2831", "2842", "2871", "2801"}
UK_DRAMA = re.compile(r"(?:11[3-8]|121|131|141|151|161|191)4960\d{3}|2079460\d{3}|7700900\d{3}")


def phone_parse(v):
    """-> (cc or None, national significant number) or None."""
    t = v.strip()
    if not re.fullmatch(r"[+(\d][\d\s\-./()]*\d", t):
        return None
    t = t.replace("(0)", "")
    intl = False
    if t.startswith("+"):
        intl, t = True, t[1:]
    elif t.startswith("00"):
        intl, t = True, t[2:]
    d = re.sub(r"[\s\-./()]", "", t)
    if not d.isdigit():
        return None
    if intl:
        for cc in ("31", "32", "49", "44"):
            if d.startswith(cc):
                nsn = d[2:]
                if nsn.startswith("0"):
                    nsn = nsn[1:]
                return cc, nsn
        return None
    if not d.startswith("0") or d.startswith("00"):
        return None
    return None, d[1:]


def nl_nsn_ok(n):
    if re.fullmatch(r"6[1-58]\d{7}", n) or re.fullmatch(r"(?:85|91|88)\d{7}", n):
        return True
    if re.fullmatch(r"66\d{7}", n):  # pager
        return True
    if re.fullmatch(r"97\d{9}", n):  # M2M
        return True
    if len(n) != 9:
        return False
    if n[:2] in NL_AREA2 and n[2] != "0":
        return True
    return n[:3] in NL_AREA3 and n[3] != "0"


def be_nsn_ok(n):
    return bool(BE_MOBILE.fullmatch(n) or BE_FIXED.fullmatch(n))


def de_nsn_ok(n):
    if DE_MOBILE.fullmatch(n):
        return True
    for a in DE_AREAS:
        if n.startswith(a):
            sub = n[len(a):]
            if sub and sub[0] != "0" and 10 <= len(n) <= 11 and 5 <= len(sub) <= 8:
                return True
    return False


def uk_nsn_ok(n):
    return bool(UK_DRAMA.fullmatch(n))


def phone_ok(v):
    p = phone_parse(v)
    if not p:
        return False
    cc, n = p
    checks = {"31": nl_nsn_ok, "32": be_nsn_ok, "49": de_nsn_ok, "44": uk_nsn_ok}
    if cc:
        return checks[cc](n)
    return any(f(n) for f in checks.values())


def nl_phone_ok(v):
    p = phone_parse(v)
    return bool(p) and p[0] in (None, "31") and nl_nsn_ok(p[1])


def nl_mobile_digits(v):
    p = phone_parse(v)
    if p and p[0] in (None, "31") and re.fullmatch(r"6[1-58]\d{7}", p[1]):
        return p[1]
    return None


def phone_key(v):
    p = phone_parse(v)
    return None if not p else p[1]


# --- postcodes, addresses ---------------------------------------------------------------------
def nl_postcode_ok(v):
    c = re.sub(r"[ \-]", "", v).upper()
    if c.startswith("NL"):
        c = c[2:]
    return bool(re.fullmatch(r"[1-9]\d{3}[A-Z]{2}", c)) and c[4:] not in ("SA", "SD", "SS")


UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}")


def postcode_ok(v):
    if re.fullmatch(r"[1-9]\d{3} ?[A-Z]{2}", v):
        return nl_postcode_ok(v)
    if re.fullmatch(r"[1-9]\d{3}", v):          # BE
        return True
    if re.fullmatch(r"(?:0[1-9]|[1-9]\d)\d{3}", v):  # DE
        return True
    return bool(UK_PC.fullmatch(v))


ADDR_RES = [
    re.compile(r"(?:[A-ZÄÖÜ'][\w'’.\-]*|\d+e|van|de|der|den|het|aan|op|in|am|an|im|zum|zur|auf|der|bij|"
               r"t|'t)(?:[ \-][\w'’.\-]+)* \d{1,5}(?:[ \-]?[A-Za-z]{1,3}|-[0-9IV]{1,4}|[ \-](?:bis|hs|bg|I{1,3}|IV))?"
               r"(?: bus \d{1,3})?"),
    re.compile(r"(?:Flat \d{1,3}[A-Z]?, )?\d{1,4}[A-Z]? [A-Z][a-z]+(?: [A-Z][a-z]+)*"),
    re.compile(r"Postbus \d{1,5}"),
]


def address_ok(v):
    if "\n" in v or not re.search(r"\d", v) or not re.search(r"[A-Za-zÄÖÜäöüß]{3}", v):
        return False
    return any(r.fullmatch(v) for r in ADDR_RES)


# --- documents, plates ------------------------------------------------------------------------
DE_DOC = "CFGHJKLMNPRTVWXYZ"


def nl_doc_ok(v):
    c = v.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}\d", c)) and "O" not in c


def id_ok(v):
    c = v.replace(" ", "").upper()
    if nl_doc_ok(c):
        return True
    if re.fullmatch(r"(?:I|II|III|IV|V)-V[A-NP-Z1-9]{8}", c):
        return True
    if re.fullmatch(r"\d{9}", c):                       # UK passport (with context)
        return True
    if re.fullmatch(f"[{DE_DOC}][{DE_DOC}0-9]{{8}}", c):  # German Ausweis / Reisepass
        return True
    return False


SIDECODES = {1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX",
             7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX",
             13: "9-XX-999", 14: "999-XX-9"}
KT_LETTERS = "BDFGHJKLNPRSTVXZ"
KT_BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS"]


def kenteken_sidecode(v):
    c = v.upper().replace(" ", "-")
    compact = c.replace("-", "")
    if len(compact) != 6 or not compact.isalnum():
        return None
    for sc, pat in SIDECODES.items():
        shape = pat.replace("-", "")
        if not all((s == "X" and ch.isalpha()) or (s == "9" and ch.isdigit()) for s, ch in zip(shape, compact)):
            continue
        it = iter(compact)
        hy = "".join("-" if p == "-" else next(it) for p in pat)
        if "-" in c and c != hy:
            continue
        groups = [g for g in hy.split("-") if g.isalpha()]
        banned = list(KT_BANNED) + (["KVT", "VVD"] if sc >= 8 else []) + (["SP"] if sc >= 13 else [])
        if any(b in g for g in groups for b in banned):
            return None
        if sc >= 4 and any(ch in "AEIOUCQ" for g in groups for ch in g):
            return None
        return sc
    return None


DE_DISTRICTS = {"KLE", "D", "K", "AC", "KR", "MG", "DU", "E", "NE", "BOR", "WES", "GEL", "VIE", "BN", "MS"}


def de_plate_ok(v):
    mt = re.fullmatch(r"([A-ZÄÖÜ]{1,3})[- ]([A-Z]{1,2}) ?(\d{1,4})", v)
    if not mt or mt.group(1) not in DE_DISTRICTS:
        return False
    return len(mt.group(1) + mt.group(2) + mt.group(3)) <= 8 and not mt.group(3).startswith("0")


def plate_ok(v):
    return kenteken_sidecode(v) is not None or de_plate_ok(v)


# --- dates ------------------------------------------------------------------------------------
MONTHS = {}
for _i, _n in enumerate("januari februari maart april mei juni juli augustus september oktober november "
                        "december".split(), 1):
    MONTHS[_n] = _i
for _i, _n in enumerate("January February March April May June July August September October November "
                        "December".split(), 1):
    MONTHS[_n] = _i
    MONTHS[_n.lower()] = _i
for _i, _n in enumerate("Januar Februar März April Mai Juni Juli August September Oktober November "
                        "Dezember".split(), 1):
    MONTHS[_n] = _i
for _k, _v in {"jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "okt": 10, "nov": 11, "dec": 12, "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7,
               "Aug": 8, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12}.items():
    MONTHS[_k] = _v


def parse_date(v):
    s = v.strip()
    pats = [(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})", lambda g: (int(g[3]), int(g[2]), int(g[0]))),
            (r"(\d{4})-(\d{2})-(\d{2})", lambda g: (int(g[0]), int(g[1]), int(g[2]))),
            (r"(\d{1,2})\.? ([A-Za-zäöüÄÖÜ]+)\.? (\d{4})", lambda g: (int(g[2]), MONTHS.get(g[1]), int(g[0]))),
            (r"([A-Za-z]+)\.? (\d{1,2}),? (\d{4})", lambda g: (int(g[2]), MONTHS.get(g[0]), int(g[1])))]
    for pat, f in pats:
        mt = re.fullmatch(pat, s)
        if mt:
            y, mo, d = f(mt.groups())
            if not mo:
                return None
            try:
                return dt.date(y, mo, d)
            except ValueError:
                return None
    return None


def dob_ok(v):
    d = parse_date(v)
    return d is not None and 1900 <= d.year <= 2025


def person_ok(v):
    if re.search(r"\d", v) or not re.match(r"[^\W\d_]", v):
        return False
    return not re.match(r"(?i)(dhr|mevr|mw|mr|mrs|ms|dr|herr|frau|de heer|mevrouw|meneer|prof)\b\.?\s", v)


VALIDATORS = {
    "PERSON": person_ok, "EMAIL": email_ok, "PHONE": phone_ok, "IBAN": iban_ok, "BSN": bsn_ok,
    "ADDRESS": address_ok, "POSTCODE": postcode_ok, "CREDIT_CARD": card_ok, "IP_ADDRESS": ip_ok,
    "DATE_OF_BIRTH": dob_ok, "ID_DOCUMENT": id_ok, "LICENSE_PLATE": plate_ok, "BTW_ID": btw_ok,
    "KVK": lambda v: bool(re.fullmatch(r"\d{8}", v)),
}


# ---------------------------------------------------------------------------------------------
# the organisation (never labelled)
# ---------------------------------------------------------------------------------------------
ORG_NAMES = ["Trekvogel Verhuizingen & Opslag B.V.", "Trekvogel Verhuizingen & Opslag", "Trekvogel Verhuizingen",
             "Trekvogel Opslag", "Trekvogel Removals", "Trekvogel Umzüge GmbH", "Trekvogel Umzüge",
             "Trekvogel Verhuizingen België", "Trekvogel"]
ORG_DOMAIN = "trekvogel.example"
ORG_PHONES = ["013 583 2260", "06 4127 9035", "+32 3 289 44 10", "+49 2821 719460"]
ORG_IBANS = ["NL34RABO0372918465", "BE76735048219795", "DE83324500000003817264"]
ORG_ADDRESSES = ["Loodsenweg 27, 5048 AK Tilburg", "Postbus 4127, 5004 JC Tilburg", "Vaartkaai 118, 2060 Antwerpen",
                 "Emmericher Straße 212, 47533 Kleve"]
ORG_KVK = ["59381027"]
ORG_BTW = ["NL844218443B01"]
ORG_HANDLES = ["@TrekvogelVerhuist", "@trekvogel.verhuizingen"]

# written forms used in the texts (all wrapped in ORG())
O_TEL = ["013 583 2260", "013-5832260", "+31 13 583 2260", "+31 (0)13 583 22 60", "(013) 583 22 60"]
O_MOB = ["06 4127 9035", "06-41279035", "+31 6 4127 9035", "06 41 27 90 35"]
O_BE_TEL = ["+32 3 289 44 10", "03 289 44 10"]
O_DE_TEL = ["+49 2821 719460", "02821 719460", "02821/719460"]
O_IBAN_NL = ["NL34 RABO 0372 9184 65", "NL34RABO0372918465"]
O_IBAN_BE = ["BE76 7350 4821 9795", "BE76735048219795"]
O_IBAN_DE = ["DE83 3245 0000 0003 8172 64", "DE83324500000003817264"]


def o(v):
    return ORG(v)


# ---------------------------------------------------------------------------------------------
# synthetic people (inline lists written for this set)
# ---------------------------------------------------------------------------------------------
TUSSEN = ("van der ", "van den ", "van 't ", "van de ", "van ", "de ", "den ", "ter ", "ten ", "te ")
NOT_NAME_TOKENS = {"van", "de", "der", "den", "het", "'t", "ten", "ter", "te", "el", "ait", "von", "zu"}

POOLS = {
    "nl": (["Bram", "Sander", "Thijs", "Joris", "Wouter", "Jeroen", "Stijn", "Luuk", "Daan", "Martijn", "Niels",
            "Maarten", "Hidde", "Jelle", "Teun", "Gijs", "Erik", "Arjen", "Menno", "Sjoerd", "Tijmen",
            "Pieter-Jan", "Wessel", "Jasper"],
           ["Marieke", "Ingrid", "Petra", "Sanne", "Lieke", "Noortje", "Esmée", "Anouk", "Maaike", "Annelies",
            "Janneke", "Loes", "Mirjam", "Daniëlle", "Noëlle", "Evelien", "Willemijn", "Tineke", "Astrid",
            "Suzanne"],
           ["Hendriks", "Verbeek", "Jacobs", "Kuijpers", "Hoekstra", "Timmermans", "Martens", "Verhoeven",
            "Smulders", "Dekkers", "Claassen", "Janssens", "Wijnands", "Rutten", "Schellekens", "Vermeulen",
            "van Gorp", "van Rooij", "Bogaerts", "van Houtum", "Tielemans", "Driessen", "Kwakernaak", "Bosman",
            "van der Heijden", "Oomen", "Mutsters", "van Iersel", "Geerts", "Vromans", "de Bruijn", "Spierings",
            "Ketelaars", "Aarts-Verhoef", "van den Boogaard", "ter Steege"]),
    "old": (["Gerrit", "Henk", "Wim", "Frits", "Cornelis", "Harrie", "Theo"],
            ["Toos", "Truus", "Gerda", "Wilma", "Corrie", "Ria", "Hennie", "Annie", "Mien"],
            None),
    "be": (["Wout", "Jens", "Lander", "Jonas", "Frederik", "Pieter", "Koenraad", "Arne"],
           ["Griet", "Sofie", "Lien", "Katrien", "Nele", "Hanne", "Annelien", "Ilse"],
           ["Van Damme", "De Clercq", "Claes", "Goossens", "Wuyts", "De Smet", "Vercammen", "Mertens",
            "Lambrechts", "Verstraeten", "Van Acker", "Peeters", "Van Looveren", "Willems"]),
    "de": (["Jörg", "Dieter", "Matthias", "Stefan", "Uwe", "Tobias", "Lukas", "Jürgen", "Klaus", "Heinz", "Rainer"],
           ["Käthe", "Ulrike", "Sabine", "Annegret", "Jana", "Lena", "Birgit", "Monika", "Gisela", "Ursula",
            "Hildegard"],
           ["Weißenborn", "Hülsmann", "Schulte-Vennbur", "Schmitz", "Hoffmann", "Janßen", "Kremers", "Theißen",
            "Bäumer", "Verhülsdonk", "Wilmsen", "Brüggemann", "Tönnissen", "Küppers", "Derksen", "Lohmann",
            "van Aaken", "Hermsen"]),
    "uk": (["Oliver", "Rhys", "Declan", "Gareth", "Hamish", "Nathan", "Simon", "Alistair", "Owen", "Dominic"],
           ["Siobhan", "Aoife", "Harriet", "Imogen", "Bethany", "Chloe", "Niamh", "Rosalind", "Eleanor", "Philippa"],
           ["McAllister", "Pritchard", "Okonkwo", "Whitlock", "Ashworth", "Donnelly", "Hargreaves", "Thornton",
            "Blackwood", "Gallagher", "Pemberton", "Sutherland", "Fairbairn", "Kavanagh", "Lindqvist"]),
    "ma": (["Mohamed", "Youssef", "Karim", "Bilal"], ["Nadia", "Yasmina", "Fatima-Zahra", "Naima"],
           ["El Amrani", "Ait Taleb", "Bouzid", "Benali"]),
    "tr": (["Mehmet", "Emre", "Oğuz"], ["Şeyma", "Büşra", "Elif"], ["Yılmaz", "Çelik", "Aydın", "Doğan"]),
    "sr": (["Rishi", "Anand"], ["Chandni", "Sharmila"], ["Ramdin", "Mahabier", "Jagessar"]),
    "pl": (["Paweł", "Tomasz"], ["Małgorzata", "Agnieszka"], ["Nowak", "Wójcik", "Mazur", "Zając"]),
}


class Person:
    def __init__(self, first, last, sex, kind):
        self.first, self.sex, self.kind = first, sex, kind
        self.tv, self.last = "", last
        for t in TUSSEN:
            if last.startswith(t):
                self.tv, self.last = t.strip(), last[len(t):]
                break

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.tv, self.last) if x)

    @property
    def sur(self):           # as written after a first name or initials
        return f"{self.tv} {self.last}" if self.tv else self.last

    @property
    def Sur(self):           # standing alone (Dutch: tussenvoegsel capitalised)
        if self.tv and self.kind in ("nl", "old"):
            return f"{self.tv[0].upper()}{self.tv[1:]} {self.last}"
        return self.sur

    @property
    def ini(self):
        return "".join(p[0] + "." for p in self.first.split("-"))

    @property
    def ini_sur(self):
        return f"{self.ini} {self.sur}"

    @property
    def lower(self):
        return self.full.lower()


def person(rng, kind="nl", sex=None, last=None):
    k = kind
    if kind == "mix":
        k = rng.choice(["ma", "tr", "sr", "pl"])
    sex = sex or rng.choice("MF")
    firsts, fems, lasts = POOLS[k]
    first = rng.choice(firsts if sex == "M" else fems)
    if last is None:
        last = rng.choice(lasts if lasts else POOLS["nl"][2])
    return Person(first, last, sex, k)


def people(rng, n, kind="nl", **kw):
    out, seen = [], set()
    while len(out) < n:
        p = person(rng, kind, **kw)
        if p.first in seen or p.last in seen:
            continue
        seen.update((p.first, p.last))
        out.append(p)
    return out


STAFF = {
    "marloes": Person("Marloes", "Verhagen", "F", "nl"),
    "joost": Person("Joost", "Kerkhofs", "M", "nl"),
    "dilara": Person("Dilara", "Öztürk", "F", "tr"),
    "ruben": Person("Ruben", "Pijnenburg", "M", "nl"),
    "gertjan": Person("Gert-Jan", "Wouters", "M", "nl"),
    "mustafa": Person("Mustafa", "El Khatib", "M", "ma"),
    "evi": Person("Evi", "Mutsaers", "F", "nl"),
    "femke": Person("Femke", "Ansems", "F", "nl"),
    "koen": Person("Koen", "van Esch", "M", "nl"),
    "heike": Person("Heike", "Brüning", "F", "de"),
    "callum": Person("Callum", "Reid", "M", "uk"),
    "jordy": Person("Jordy", "Lemmens", "M", "nl"),
    "marco": Person("Marco", "Tenhagen", "M", "de"),
}
ROLE = {
    "marloes": ("planning", "Planning", "Einsatzplanung"),
    "joost": ("inventarisatie & offertes", "Surveyor / quotations", "Besichtigung & Angebote"),
    "dilara": ("klantenservice", "Customer service", "Kundenservice"),
    "ruben": ("ploegleider", "Crew leader", "Teamleiter"),
    "gertjan": ("chauffeur", "Driver", "Fahrer"),
    "mustafa": ("chauffeur/verhuizer", "Driver / mover", "Fahrer / Möbelpacker"),
    "evi": ("schadeafhandeling", "Claims", "Schadenabteilung"),
    "femke": ("debiteurenadministratie", "Accounts", "Buchhaltung"),
    "koen": ("opslag", "Storage", "Lager"),
    "heike": ("Kundenservice Deutschland", "German desk", "Kundenservice Deutschland"),
    "callum": ("internationale verhuizingen", "International removals", "Internationale Umzüge"),
    "jordy": ("chauffeur", "Driver", "Fahrer"),
    "marco": ("chauffeur", "Driver", "Fahrer"),
}


def name_tokens():
    toks = set()
    for firsts, fems, lasts in POOLS.values():
        for n in firsts + fems + (lasts or []):
            for t in re.split(r"[ \-]", n):
                if t and t.lower() not in NOT_NAME_TOKENS:
                    toks.add(t.lower())
    for p in STAFF.values():
        for n in (p.first, p.last):
            for t in re.split(r"[ \-]", n):
                if t and t.lower() not in NOT_NAME_TOKENS:
                    toks.add(t.lower())
    return toks


# ---------------------------------------------------------------------------------------------
# places
# ---------------------------------------------------------------------------------------------
NL_TOWNS = {  # town: (postcode range, area code)
    "Tilburg": ((5011, 5049), "13"), "Breda": ((4811, 4839), "76"), "Eindhoven": ((5611, 5658), "40"),
    "'s-Hertogenbosch": ((5211, 5249), "73"), "Nijmegen": ((6511, 6546), "24"), "Oss": ((5341, 5351), "412"),
    "Waalwijk": ((5141, 5146), "416"), "Dongen": ((5101, 5107), "162"), "Boxtel": ((5281, 5283), "411"),
    "Utrecht": ((3511, 3585), "30"), "Amsterdam": ((1011, 1109), "20"), "Rotterdam": ((3011, 3089), "10"),
    "Den Haag": ((2491, 2599), "70"), "Maastricht": ((6211, 6229), "43"), "Venlo": ((5911, 5928), "77"),
    "Arnhem": ((6811, 6846), "26"), "Goirle": ((5051, 5054), "13"), "Oisterwijk": ((5061, 5062), "13"),
}
ORG_POSTCODES = {"5048 AK", "5004 JC", "2060", "47533"}
NL_STREETS = ["Lijsterbesstraat", "Kievitslaan", "Wilgenhof", "Goudsbloemstraat", "Hoefijzerlaan", "Zandleij",
              "Molenbochtstraat", "Akkerwinde", "Tuinbouwstraat", "Lange Nieuwstraat", "Esdoornlaan", "Weverstraat",
              "Kapelweg", "Populierenlaan", "Zeshoevenweg", "Schapendreef", "Boterbloemweg", "Oude Dijk",
              "Waterlelie", "Brede Vaart", "Stationsstraat", "Zuiderkade", "Ganzerik", "Hazelaarstraat",
              "Beukenhorst", "Meidoornpad", "Laan van Spoordonk", "Korte Schijfstraat", "Touwbaan", "Vlasakker"]
NL_ADD = ["", "", "", "", "a", "b", "A", "-1", "-2", "-II", " hs", " bis", "-B"]
BE_TOWNS = {"Antwerpen": (["2018", "2140"], "3"), "Gent": (["9000", "9040"], "9"),
            "Mechelen": (["2800"], "15"), "Leuven": (["3000", "3010"], "16"), "Hasselt": (["3500"], "11"),
            "Brugge": (["8000"], "50"), "Turnhout": (["2300"], "14"), "Kortrijk": (["8500"], "56"),
            "Lier": (["2500"], "3")}
BE_STREETS = ["Kloosterstraat", "Tramstraat", "Vaartstraat", "Brugsesteenweg", "Diksmuidelaan", "Kapelsestraat",
              "Mechelsesteenweg", "Kortrijksestraat", "Bredabaan", "Zandvoortstraat", "Lindenlei", "Kouterdreef"]
DE_TOWNS = {"Emmerich am Rhein": (["46446"], "2822"), "Goch": (["47574"], "2823"),
            "Köln": (["50667", "50672", "50733", "50823", "50935", "51105"], "221"),
            "Düsseldorf": (["40210", "40219", "40477", "40545", "40597"], "211"),
            "Aachen": (["52062", "52064", "52066", "52070"], "241"), "Krefeld": (["47798", "47799", "47805"], "2151"),
            "Mönchengladbach": (["41061", "41063", "41066"], "2161"), "Duisburg": (["47051", "47053", "47057"], "203"),
            "Essen": (["45127", "45130", "45138"], "201"), "Bonn": (["53111", "53113", "53115"], "228"),
            "Münster": (["48143", "48145", "48147"], "251")}
DE_STREETS = ["Am Schwanenteich", "Kalkarer Straße", "Lindenallee", "Tiergartenstraße", "Nassauer Allee",
              "Gocher Landstraße", "Zülpicher Straße", "Bonner Wall", "Dürener Straße", "Aachener Weg",
              "Rheinuferstraße", "Hohenzollernring", "Kirchplatz", "Uedemer Straße", "Wasserstraße", "Bergstraße",
              "Am Mühlenbach", "Lütticher Straße", "Schillerstraße"]
UK_TOWNS = {"London": (["SW11", "N16", "E17", "SE22", "NW6"], "20"), "Leeds": (["LS6", "LS8"], "113"),
            "Bristol": (["BS6", "BS7"], "117"), "Birmingham": (["B13", "B15"], "121"),
            "Edinburgh": (["EH9", "EH10"], "131"), "Manchester": (["M20", "M14"], "161"),
            "Sheffield": (["S10", "S11"], "114"), "Nottingham": (["NG7", "NG5"], "115"),
            "Reading": (["RG1", "RG4"], "118"), "Glasgow": (["G12", "G41"], "141"),
            "Liverpool": (["L17", "L18"], "151"), "Newcastle upon Tyne": (["NE2", "NE6"], "191")}
UK_STREETS = ["Larkspur Close", "Elmhurst Road", "Cavendish Avenue", "Priory Lane", "Marlowe Gardens",
              "Ashgrove Terrace", "Whitecross Street", "Kingsdown Parade", "Beechwood Grove", "Alder Crescent",
              "Mill Road", "Station Road", "Hawthorn Drive", "Clarendon Place"]
UK_IN = "ABDEFGHJLNPQRSTUWXYZ"


class Addr:
    def __init__(self, street, pc, town, area, country):
        self.street, self.pc, self.town, self.area, self.country = street, pc, town, area, country


def nl_pc(rng, town):
    lo, hi = NL_TOWNS[town][0]
    while True:
        letters = rng.choice("ABCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRTVWXZ")
        pc = f"{rng.randint(lo, hi)} {letters}"
        if letters not in ("SA", "SD", "SS", "KG", "KM", "MB", "GB", "KB", "CM", "MM", "PK", "EN", "IN") \
                and pc not in ORG_POSTCODES:
            return pc


def nl_addr(rng, town=None, add=True, street=None):
    town = town or rng.choice(list(NL_TOWNS))
    street = street or rng.choice(NL_STREETS)
    nr = f"{rng.randint(1, 212)}{rng.choice(NL_ADD) if add else ''}"
    return Addr(f"{street} {nr}", nl_pc(rng, town), town, NL_TOWNS[town][1], "NL")


def be_addr(rng, town=None):
    town = town or rng.choice(list(BE_TOWNS))
    pcs, zone = BE_TOWNS[town]
    nr = str(rng.randint(1, 160)) + rng.choice(["", "", "", " bus 2", " bus 11", "A"])
    return Addr(f"{rng.choice(BE_STREETS)} {nr}", rng.choice(pcs), town, zone, "BE")


def de_addr(rng, town=None):
    town = town or rng.choice(list(DE_TOWNS))
    pcs, area = DE_TOWNS[town]
    nr = str(rng.randint(1, 180)) + rng.choice(["", "", "", "a", "b"])
    return Addr(f"{rng.choice(DE_STREETS)} {nr}", rng.choice(pcs), town, area, "DE")


def uk_addr(rng, town=None, flat=None):
    town = town or rng.choice(list(UK_TOWNS))
    outs, area = UK_TOWNS[town]
    pc = f"{rng.choice(outs)} {rng.randint(1, 9)}{rng.choice(UK_IN)}{rng.choice(UK_IN)}"
    flat = rng.random() < 0.35 if flat is None else flat
    street = f"{rng.randint(2, 140)} {rng.choice(UK_STREETS)}"
    if flat:
        street = f"Flat {rng.randint(1, 12)}, {street}"
    return Addr(street, pc, town, area, "UK")


# ---------------------------------------------------------------------------------------------
# value generators (all checksum-valid where a checksum exists)
# ---------------------------------------------------------------------------------------------
def digits(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def gen_bsn(rng):
    while True:
        d = digits(rng, 8, "123456789")
        s = sum((9 - i) * int(d[i]) for i in range(8)) % 11
        if s < 10:
            return d + str(s)


def gen_ref9(rng, elf):
    """9-digit reference number that does (elf=True) or does not pass the BSN elfproef."""
    while True:
        d = digits(rng, 9, "123456789")
        if elfproef(d) == elf:
            return d


def iban_from(cc, bban):
    n = _mod97(bban + cc + "00")
    return f"{cc}{98 - n:02d}{bban}"


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB", "RBRB"]
DE_BLZ = ["37040044", "30050110", "32450000", "37050198", "35450000", "36050105", "39050000", "40050150"]
BE_BANKS = ["001", "063", "068", "363", "735", "737", "973", "751", "143"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]


def gen_iban(rng, cc="NL"):
    if cc == "NL":
        bban = rng.choice(NL_BANKS) + digits(rng, 10)
    elif cc == "DE":
        bban = rng.choice(DE_BLZ) + digits(rng, 10)
    elif cc == "BE":
        b = rng.choice(BE_BANKS) + digits(rng, 7)
        bban = b + f"{int(b) % 97 or 97:02d}"
    else:
        bban = rng.choice(GB_BANKS) + digits(rng, 6) + digits(rng, 8)
    return iban_from(cc, bban)


def fmt_iban(rng, iban, style=None):
    style = style or rng.choice(["sp", "sp", "sp", "compact", "compact", "lower"])
    if style == "sp":
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if style == "nbsp":
        g = [iban[i:i + 4] for i in range(0, len(iban), 4)]
        return g[0] + "\u00a0" + " ".join(g[1:])
    if style == "lower":
        return iban.lower()
    return iban


def gen_btw(rng):
    while True:
        d = digits(rng, 9, "0123456789")
        if elfproef(d):
            continue
        for xy in range(1, 100):
            c = f"NL{d}B{xy:02d}"
            if _mod97(c) == 1:
                return c


def gen_kvk(rng):
    return digits(rng, 8, "123456789")


def gen_card(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc2", "amex"])
    if kind == "visa":
        body, n = "4" + digits(rng, 5), 16
    elif kind == "mc":
        body, n = str(rng.randint(51, 55)) + digits(rng, 4), 16
    elif kind == "mc2":
        body, n = str(rng.randint(2221, 2720)) + digits(rng, 2), 16
    else:
        body, n = rng.choice(["34", "37"]) + digits(rng, 4), 15
    body += digits(rng, n - 1 - len(body))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, kind


def fmt_card(num, kind):
    if kind == "amex":
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    return " ".join(num[i:i + 4] for i in range(0, 16, 4))


def gen_passport_nl(rng, kind="N"):
    al = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
    return kind + rng.choice(al) + "".join(rng.choice(al + "123456789") for _ in range(6)) + rng.choice("123456789")


def gen_passport_uk(rng):
    return digits(rng, 9, "123456789")


def gen_de_doc(rng, first=None):
    return (first or rng.choice("CFGHJKLMNPRTVWXYZ")) + "".join(rng.choice(DE_DOC + "0123456789") for _ in range(8))


def gen_kenteken(rng, sc=None):
    sc = sc or rng.choice(range(4, 15))
    while True:
        pat = SIDECODES[sc]
        s = "".join(rng.choice(KT_LETTERS) if ch == "X" else rng.choice("0123456789") if ch == "9" else "-"
                    for ch in pat)
        if s[0] == "0" or kenteken_sidecode(s) != sc:
            continue
        return s


def gen_de_plate(rng, district=None):
    district = district or rng.choice(sorted(DE_DISTRICTS))
    while True:
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2])))
        num = str(rng.randint(1, 9999))
        if len(district + letters + num) <= 8:
            return f"{district}-{letters} {num}"


def gen_ip(rng, v6=False):
    while True:
        if v6:
            a = f"2a02:{rng.randint(0xa000, 0xafff):x}:{rng.randint(0, 0xffff):x}:{rng.randint(1, 0xff):x}::{rng.randint(1, 0xfff):x}"
        else:
            a = f"{rng.choice([77, 80, 81, 82, 84, 86, 87, 89, 94, 95, 145, 178, 188, 212, 213, 217])}." \
                f"{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
        if ip_ok(a):
            return a


# phones ------------------------------------------------------------------------------------------
def nl_mobile(rng, style=None):
    n = "6" + rng.choice("123458") + digits(rng, 7)
    style = style if style is not None else rng.randrange(9)
    a, b = n[1:5], n[5:]
    return ["0" + n[0] + "-" + n[1:], "0" + n[0] + " " + n[1:], f"06 {a} {b}", "0" + n, f"+31 6 {n[1:]}",
            f"+31 (0)6 {a} {b}", f"0031 6 {a} {b}", f"06-{n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+316{n[1:]}"][style]


def nl_land(rng, area, style=None):
    sub_len = 9 - len(area)
    sub = digits(rng, 2, "23456789") + digits(rng, sub_len - 2)
    style = style if style is not None else rng.randrange(4)
    if len(area) == 2:
        nat = [f"0{area}-{sub}", f"0{area} {sub[:3]} {sub[3:]}", f"+31 {area} {sub[:3]} {sub[3:]}",
               f"(0{area}) {sub[:3]} {sub[3:5]} {sub[5:]}"]
    else:
        nat = [f"0{area}-{sub}", f"0{area} {sub[:2]} {sub[2:4]} {sub[4:]}", f"+31 {area} {sub}",
               f"0{area} {sub[:3]} {sub[3:]}"]
    return nat[style]


def be_phone(rng, zone=None, mobile=True, style=None):
    style = style if style is not None else rng.randrange(3)
    if mobile:
        n = "4" + rng.choice("56789") + digits(rng, 7)
        return [f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                f"0{n[:3]}/{n[3:5]}.{n[5:7]}.{n[7:]}"][style]
    zone = zone or "3"
    if len(zone) == 1:
        first = "2345678" if zone in "23" else "234"
        n = zone + rng.choice(first) + digits(rng, 6)
        return [f"0{zone} {n[1:4]} {n[4:6]} {n[6:]}", f"+32 {zone} {n[1:4]} {n[4:6]} {n[6:]}",
                f"0{zone}/{n[1:4]}.{n[4:6]}.{n[6:]}"][style]
    n = zone + digits(rng, 6, "23456789")
    return [f"0{zone} {n[2:4]} {n[4:6]} {n[6:]}", f"+32 {zone} {n[2:4]} {n[4:6]} {n[6:]}",
            f"0{zone}/{n[2:4]}.{n[4:6]}.{n[6:]}"][style]


def de_phone(rng, area=None, mobile=False, style=None):
    style = style if style is not None else rng.randrange(3)
    if mobile:
        pre = rng.choice(["151", "152", "157", "160", "170", "171", "172", "175", "176", "178"])
        n = pre + digits(rng, 8 if pre.startswith("15") or pre == "176" or pre == "178" else 7, "123456789")
        return [f"0{pre} {n[3:]}", f"+49 {pre} {n[3:]}", f"0{pre}/{n[3:]}"][style]
    area = area or "221"
    sub = digits(rng, 7 if len(area) <= 3 else 6, "23456789")
    return [f"0{area} {sub}", f"0{area}/{sub}", f"+49 (0){area} {sub}"][style]


def uk_phone(rng, area="20", style=None):
    style = style if style is not None else rng.randrange(3)
    if area == "20":
        sub = "79460" + digits(rng, 3)
        return [f"020 {sub[:4]} {sub[4:]}", f"+44 20 {sub[:4]} {sub[4:]}", f"+44 (0)20 {sub[:4]} {sub[4:]}"][style]
    sub = "4960" + digits(rng, 3)
    return [f"0{area} {sub[:3]} {sub[3:]}", f"+44 {area} {sub[:3]} {sub[3:]}", f"0{area}-{sub[:3]}-{sub[3:]}"][style]


# dates ---------------------------------------------------------------------------------------------
NL_MON = "januari februari maart april mei juni juli augustus september oktober november december".split()
EN_MON = "January February March April May June July August September October November December".split()
DE_MON = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
NL_DAY = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()
EN_DAY = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
DE_DAY = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()


def rdate(rng, y0, y1):
    a, b = dt.date(y0, 1, 1).toordinal(), dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


def move_date(rng):
    while True:
        d = rdate(rng, 2025, 2026)
        if d.weekday() < 6 and dt.date(2025, 3, 1) <= d <= dt.date(2026, 6, 30):
            return d


def fd(d, lang, style=0):
    """format a date; style 0 numeric, 1 long with month name, 2 weekday + long, 3 ISO."""
    if style == 3:
        return d.isoformat()
    if lang == "nl":
        return [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day} {NL_MON[d.month - 1]} {d.year}",
                f"{NL_DAY[d.weekday()]} {d.day} {NL_MON[d.month - 1]}", f"{d.day}-{d.month}-{d.year}"][style]
    if lang == "en":
        return [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {EN_MON[d.month - 1]} {d.year}",
                f"{EN_DAY[d.weekday()]} {d.day} {EN_MON[d.month - 1]}", f"{EN_MON[d.month - 1]} {d.day}, {d.year}"][style]
    return [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {DE_MON[d.month - 1]} {d.year}",
            f"{DE_DAY[d.weekday()]}, {d.day}. {DE_MON[d.month - 1]}", f"{d.day}.{d.month}.{d.year}"][style]


def money(rng, lo, hi, lang="nl"):
    v = rng.randint(lo * 100, hi * 100) / 100
    s = f"{v:,.2f}"
    if lang in ("nl", "de"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def gen_email(rng, p, provider=None):
    provider = provider or rng.choice(["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl",
                                       "planet.nl", "xs4all.nl", "live.nl"])
    f = p.first.lower().replace("ë", "e").replace("é", "e").replace("ö", "o").replace("ü", "u").replace("ä", "a")
    f = f.replace("ß", "ss").replace("ı", "i").replace("ş", "s").replace("ğ", "g").replace("ç", "c")
    f = f.replace("ł", "l").replace("ó", "o").replace("ą", "a").replace("-", "")
    la = p.last.lower().replace(" ", "").replace("'", "")
    for a, b in (("ë", "e"), ("é", "e"), ("ö", "o"), ("ü", "u"), ("ä", "a"), ("ß", "ss"), ("ı", "i"), ("ş", "s"),
                 ("ğ", "g"), ("ç", "c"), ("ł", "l"), ("ó", "o"), ("ą", "a"), ("-", ""), ("ż", "z")):
        la = la.replace(a, b)
    tv = p.tv.replace(" ", "").replace("'", "")
    forms = [f"{f}.{tv}{la}", f"{f[0]}.{tv}{la}", f"{f}{rng.randint(70, 99)}", f"{f}_{la}", f"{tv}{la}.{f[0]}",
             f"{f}.{la}{rng.randint(1, 9)}"]
    return f"{rng.choice(forms)}@{provider}"


# ---------------------------------------------------------------------------------------------
# scenario helpers
# ---------------------------------------------------------------------------------------------
SCENARIOS = []


def scenario(lang, pii):
    def deco(f):
        SCENARIOS.append((f.__name__, lang, pii, f))
        return f
    return deco


def crlf(s):
    return s.replace("\n", "\r\n")


def order_no(rng):
    return f"VH-{rng.choice(['25', '26'])}-{rng.randint(10000, 99999)}"


def quote_no(rng):
    return f"OFF-{rng.choice(['2025', '2026'])}-{rng.randint(1000, 9999)}"


def inv_no(rng):
    return f"F{rng.choice(['2025', '2026'])}-{rng.randint(10000, 99999)}"


def unit_code(rng):
    return f"{rng.choice('ABCDE')}-{rng.randint(101, 348)}"


def fleet_no(rng):
    return f"{rng.randint(3, 28):02d}"


def tm(rng, early=False):
    h = rng.choice([7, 7, 8, 8, 9]) if early else rng.choice([8, 9, 10, 11, 13, 14, 15])
    return f"{h:02d}:{rng.choice(['00', '15', '30', '45'])}"


def ref9(rng, elf=True):
    """a 9-digit reference number; elfproef-valid ones are deliberate traps (NEG)."""
    v = gen_ref9(rng, elf)
    return NEG(v) if elf else v


def m3(rng, lo=8, hi=60):
    return f"{rng.randint(lo, hi)}"


def staff_mail(key):
    p = STAFF[key]
    f = p.first.lower().replace("-", "")
    return o(f"{f}.{p.last.lower().replace(' ', '').replace('ü', 'ue').replace('ö', 'oe')}@{ORG_DOMAIN}")


def sig(rng, lang, key, mail=True):
    p = STAFF[key]
    li = {"nl": 0, "en": 1, "de": 2}[lang]
    greet = {"nl": ["Met vriendelijke groet,", "Vriendelijke groet,", "Groet,"],
             "en": ["Kind regards,", "Best regards,", "Many thanks,"],
             "de": ["Mit freundlichen Grüßen", "Viele Grüße", "Freundliche Grüße"]}[lang]
    comp = {"nl": "Trekvogel Verhuizingen & Opslag", "en": "Trekvogel Removals", "de": "Trekvogel Umzüge GmbH"}[lang]
    lines = [rng.choice(greet), "", P(p.full), f"{ROLE[key][li]} | {o(comp)}"]
    if lang == "de":
        lines.append(f"{o('Emmericher Straße 212, 47533 Kleve')} · Tel. {o(rng.choice(O_DE_TEL))}")
    else:
        lines.append(f"{o('Loodsenweg 27, 5048 AK Tilburg')} · T {o(rng.choice(O_TEL))}")
    if mail:
        lines.append(staff_mail(key))
    return "\n".join(lines)


def team_sig(rng, lang, team=None):
    if lang == "nl":
        t = team or rng.choice(["Team Planning", "Klantenservice", "Team Opslag", "Debiteurenadministratie"])
        return (f"{rng.choice(['Met vriendelijke groet,', 'Vriendelijke groet,'])}\n{t}\n{o('Trekvogel Verhuizingen & Opslag B.V.')}\n"
                f"{o('Loodsenweg 27, 5048 AK Tilburg')} | {o(rng.choice(O_TEL))} | {o('www.trekvogel.example')}")
    if lang == "en":
        t = team or rng.choice(["International Desk", "Customer Service", "Storage Team", "Accounts"])
        return (f"Kind regards,\n{t}\n{o('Trekvogel Removals')}\n{o('Loodsenweg 27, 5048 AK Tilburg')}, the Netherlands\n"
                f"T {o(rng.choice(['+31 13 583 2260', '+31 (0)13 583 22 60']))} | {o('www.trekvogel.example/en')}")
    t = team or rng.choice(["Ihr Trekvogel-Team", "Kundenservice Deutschland", "Disposition"])
    return (f"Mit freundlichen Grüßen\n{t}\n{o('Trekvogel Umzüge GmbH')} · {o('Emmericher Straße 212, 47533 Kleve')}\n"
            f"Tel. {o(rng.choice(O_DE_TEL))} · {o('kleve@trekvogel.example')}\nAmtsgericht Kleve HRB 14027")


def footer_nl():
    return (f"{o('Trekvogel Verhuizingen & Opslag B.V.')} · KvK {o('59381027')} · btw {o('NL844218443B01')} · "
            f"IBAN {o('NL34 RABO 0372 9184 65')}")


# =============================================================================================
# Dutch scenarios (30: 19 with personal data, 11 without)
# =============================================================================================
@scenario("nl", True)
def nl_offerteaanvraag(rng, k):
    c = person(rng, rng.choice(["nl", "nl", "mix"]))
    old, new = nl_addr(rng), nl_addr(rng)
    d = move_date(rng)
    if k == 0:
        ip = gen_ip(rng, v6=rng.random() < 0.3)
        fl = rng.choice(["2e verdieping, geen lift", "3e verdieping, lift aanwezig (max 630 kg)", "begane grond"])
        return (f"Nieuwe offerteaanvraag via {o('trekvogel.example/offerte')}\n"
                f"----------------------------------------\n"
                f"Aanvraagnummer : OA-{d.year}-{rng.randint(1000, 9999)}\n"
                f"Ingediend      : {fd(move_date(rng), 'nl')} {tm(rng)}\n"
                f"Naam           : {P(c.full)}\n"
                f"E-mail         : {EM(gen_email(rng, c))}\n"
                f"Telefoon       : {PH(nl_mobile(rng))}\n"
                f"Huidig adres   : {AD(old.street)}, {PC(old.pc)} {old.town}\n"
                f"Etage          : {fl}\n"
                f"Nieuw adres    : {AD(new.street)}, {PC(new.pc)} {new.town}\n"
                f"Etage          : begane grond\n"
                f"Verhuisdatum   : {fd(d, 'nl')} (flexibel: ja)\n"
                f"Volume (schatting): {m3(rng, 18, 55)} m³\n"
                f"Inpakservice   : {rng.choice(['ja, alleen keuken', 'nee', 'ja, volledig'])}\n"
                f"Opslag         : {rng.choice(['nee', 'ja, ca. 3 maanden', 'weet ik nog niet'])}\n"
                f"Opmerkingen    : amerikaanse koelkast (ca. 180 x 90 x 70 cm) en een piano van ca. 250 kg\n"
                f"IP-adres       : {IP(ip)}\n")
    sib = person(rng, "nl", last=c.sur)
    return (f"Van: {P(c.full)} <{EM(gen_email(rng, c))}>\n"
            f"Onderwerp: offerte verhuizing {fd(d, 'nl', 3)[:7]}\n\n"
            f"hallo,\n\nwij gaan op {fd(d, 'nl', 2)} verhuizen van de {AD(old.street)} ({PC(old.pc)}) in {old.town} "
            f"naar de {AD(new.street)} in {new.town}. het gaat om een 3-kamer appartement op de 3e verdieping, er is "
            f"wel een lift maar die is klein (ca 1,10 m diep). kunnen jullie een offerte maken incl. inpakken van de keuken?\n"
            f"de bank is 2,40 m lang, die past denk ik niet in de lift.\n\n"
            f"mijn {'broer' if sib.sex == 'M' else 'zus'} {P(sib.first)} helpt met de kleine spullen. bereikbaar op {PH(nl_mobile(rng))}, "
            f"liefst na 17:00\n\ngroetjes,\n{P(c.first.lower())}\n")


@scenario("nl", True)
def nl_parkeerontheffing(rng, k):
    a = nl_addr(rng, town=rng.choice(["Tilburg", "Breda", "'s-Hertogenbosch", "Utrecht", "Nijmegen"]))
    d = move_date(rng)
    truck = gen_kenteken(rng, rng.choice([5, 9, 11]))
    c = person(rng)
    if k == 0:
        return (f"Aan: gemeente {a.town}, team vergunningen (via het e-loket)\n"
                f"Onderwerp: aanvraag ontheffing laden/lossen verhuiswagen {fd(d, 'nl')}\n\n"
                f"Geachte heer/mevrouw,\n\nNamens onze klant vragen wij een ontheffing aan voor het parkeren van een "
                f"verhuiswagen op de rijbaan/het trottoir.\n\n"
                f"Datum: {fd(d, 'nl')}, van 07:00 tot 18:00\n"
                f"Locatie: voor {AD(a.street)}, {PC(a.pc)} {a.town}\n"
                f"Bewoner: {P(c.ini_sur)}\n"
                f"Voertuig: bakwagen met laadklep (lengte 9,80 m, 12000 kg), kenteken {KT(truck)}\n"
                f"Wagennummer intern: {fleet_no(rng)}\n"
                f"Benodigde ruimte: 3 parkeervakken (ca. 18 m)\n\n"
                f"De verkeersborden plaatsen wij zelf 48 uur van tevoren.\n\n{sig(rng, 'nl', 'marloes')}\n")
    car = gen_kenteken(rng, rng.choice([7, 8, 10, 12, 13, 14]))
    return (f"Beste {P(c.first)},\n\nVoor {fd(d, 'nl', 2)} vragen wij bij de gemeente een ontheffing aan voor onze wagen "
            f"({KT(truck)}). Uw eigen auto kan daar helaas niet blijven staan. Kunt u ons het kenteken doorgeven? "
            f"Dan zetten we die op de aanvraag voor een tijdelijke plek.\n\n{sig(rng, 'nl', 'marloes', mail=False)}\n\n"
            f"---\n{P(c.first)} schreef:\n> Hoi, mijn auto heeft kenteken {KT(car.lower() if rng.random() < 0.5 else car)}, "
            f"een grijze stationwagen. Staat meestal voor de deur op {AD(a.street)}.\n> Gr {P(c.full)}\n")


@scenario("nl", True)
def nl_inventarislijst(rng, k):
    c = person(rng, rng.choice(["nl", "old", "mix"]))
    a = nl_addr(rng)
    rows = [("Woonkamer", "bank 3-zits", 2.5), ("Woonkamer", "tv-meubel", 0.8), ("Woonkamer", "boekenkast 200x90", 1.2),
            ("Keuken", "amerikaanse koelkast", 1.3), ("Keuken", "dozen servies (12)", 1.2), ("Slaapkamer 1", "bed 180x200", 2.0),
            ("Slaapkamer 1", "kledingkast 3-deurs", 2.4), ("Slaapkamer 2", "bureau", 0.9), ("Zolder", "dozen (20)", 2.0),
            ("Schuur", "fietsen (3)", 1.5), ("Schuur", "grasmaaier", 0.4), ("Tuin", "loungeset", 1.8)]
    rng.shuffle(rows)
    rows = sorted(rows[:rng.randint(7, 10)], key=lambda r: r[0])
    tot = sum(r[2] for r in rows)
    on = order_no(rng)
    if k == 0:
        body = "| kamer | item | m³ |\n|---|---|---:|\n" + "\n".join(
            f"| {r[0]} | {r[1]} | {r[2]:.1f}".replace(".", ",") + " |" for r in rows)
        ts = f"{tot:.1f}".replace(".", ",")
        return (f"Inventarislijst — opdracht {on}\nKlant: {P(c.full)}\nAdres: {AD(a.street)}, {PC(a.pc)} {a.town}\n"
                f"Opgenomen door: {P(STAFF['joost'].full)} op {fd(move_date(rng), 'nl')}\n\n{body}\n"
                f"| **totaal** | | **{ts}** |\n\n"
                + f"Advies: 1 wagen (40 m³) + aanhanger niet nodig. Max. laadvermogen 1000 KG op de laadklep.\n")
    body = "kamer;item;aantal;m3\n" + "\n".join(f"{r[0]};{r[1]};1;{r[2]:.1f}".replace(".", ",") for r in rows)
    return (f"Bijlage: inventaris_{on}.csv\n\n{body}\n\n"
            f"opmerking {P('joost')}: klant {P(c.lower)} ({AD(a.street)}) wil de zolder zelf leeghalen, trap is smal (60 cm). "
            f"piano niet aanwezig. totaal ca. {tot:.0f} m³\n")


@scenario("nl", True)
def nl_schadeclaim(rng, k):
    c = person(rng, rng.choice(["nl", "nl", "mix", "be"]))
    a = nl_addr(rng)
    d = move_date(rng)
    iban = gen_iban(rng, "NL")
    item = rng.choice(["de eettafel (eiken, 220 cm)", "een spiegel van 120 x 80 cm", "de vaatwasser",
                       "de glazen salontafel", "een hanglamp"])
    if k == 0:
        return (f"Onderwerp: schademelding verhuizing {fd(d, 'nl')} — order {order_no(rng)}\n\n"
                f"Goedemiddag,\n\nBij onze verhuizing op {fd(d, 'nl', 1)} is {item} beschadigd geraakt. Er zit een "
                f"kras van ca. 30 cm in en een hoek is afgebroken. Foto's zitten in de bijlage (IMG_{rng.randint(1000, 9999)}.jpg "
                f"t/m IMG_{rng.randint(1000, 9999)}.jpg). De factuur van de tafel (factuurnummer {ref9(rng)}, "
                f"€ {money(rng, 400, 1400)}) stuur ik mee.\n\n"
                f"Mijn inboedelverzekering (polisnummer {ref9(rng)}) verwijst mij naar jullie verzekering.\n"
                f"Graag de vergoeding overmaken op {IB(fmt_iban(rng, iban, 'nbsp'))} t.n.v. {P(c.ini_sur)}.\n\n"
                f"Met vriendelijke groet,\n{P(c.full)}\n{AD(a.street)}\n{PC(a.pc)} {a.town}\n{PH(nl_mobile(rng))}\n")
    ev = STAFF["evi"]
    return (f"Intern — schadedossier SCH-{d.year}-{rng.randint(100, 999)}\n"
            f"Klant: {P(c.full)}, {AD(a.street)}, {PC(a.pc)} {a.town}\n"
            f"Schade: {item}, foto's ontvangen (4 stuks)\n"
            f"Ploeg: {P(STAFF['ruben'].full)} (ploegleider), {P(STAFF['mustafa'].first)}\n"
            f"Aansprakelijk: ja, volgens ploegleider bij het tillen in het trappenhuis\n"
            f"Uitkering: € {money(rng, 150, 900)} op {IB(fmt_iban(rng, iban))}\n"
            f"Polis (onze AVB): {NEG(gen_ref9(rng, True))} — eigen risico € 250,00\n"
            f"/{P(ev.first.lower())}\n")


@scenario("nl", True)
def nl_opslagcontract(rng, k):
    c = person(rng, rng.choice(["nl", "mix", "be"]))
    a = nl_addr(rng)
    b = rdate(rng, 1955, 2001)
    u = unit_code(rng)
    if k == 0:
        return (f"OPSLAGOVEREENKOMST {u}/{rng.randint(2025, 2026)}\n\n"
                f"Huurder\n  Naam:          {P(c.full)}\n  Geboortedatum: {DOB(fd(b, 'nl'))}\n"
                f"  Adres:         {AD(a.street)}, {PC(a.pc)} {a.town}\n  Telefoon:      {PH(nl_mobile(rng))}\n"
                f"  Legitimatie:   paspoort {ID(gen_passport_nl(rng))}\n\n"
                f"Unit {u} — {rng.choice([3, 6, 9, 12])} m³, binnenopslag, verwarmd\n"
                f"Ingangsdatum: {fd(move_date(rng), 'nl')}, minimale duur 1 maand\n"
                f"Huur per maand: € {money(rng, 45, 180)} incl. btw, automatische incasso van {IB(fmt_iban(rng, gen_iban(rng)))}\n\n"
                f"De toegangscode voor de poort ontvangt u apart per sms; deze staat niet in dit contract.\n"
                f"Toegang: ma–za 07:00–22:00. Geen brandbare stoffen.\n\n{footer_nl()}\n")
    return (f"Hoi {P(STAFF['koen'].first)},\n\nik heb de opslagunit ({u}) gehuurd maar de toegangscode werkt niet meer sinds "
            f"gisteren. kun je me een nieuwe sturen? (niet per mail graag)\n"
            f"voor de zekerheid mijn gegevens: {P(c.full)}, geboren op {DOB(fd(b, 'nl', 1))}, id-kaart nr "
            f"{ID(gen_passport_nl(rng, 'I'))}, sofinummer {BSN(gen_bsn(rng))}\n\ngroet {P(c.first)}\n")


@scenario("nl", True)
def nl_verzorgingshuis(rng, k):
    mom = person(rng, "old", sex="F")
    kid = person(rng, "nl", sex="F", last=mom.sur if rng.random() < 0.5 else None)
    sib = person(rng, "nl", sex="M", last=kid.sur)
    b = rdate(rng, 1929, 1945)
    home = nl_addr(rng)
    zh = nl_addr(rng, town=home.town, add=False, street=rng.choice(["Lindehorstlaan", "Kloostertuin", "Eikenhof"]))
    if k == 0:
        return (f"Beste mensen van Trekvogel,\n\nMijn moeder, mevrouw {P(mom.full)}, gaat op {fd(move_date(rng), 'nl', 1)} "
                f"van haar huis aan de {AD(home.street)} naar zorgcentrum De Lindehorst ({AD(zh.street)}, {PC(zh.pc)} "
                f"{zh.town}). Ze krijgt daar een kamer van ca. 22 m² (kamer 1.14, eerste verdieping, met lift).\n\n"
                f"Mee moeten: haar fauteuil, een dressoir, de televisie, een kleine kast en wat dozen. De rest gaat naar "
                f"de kringloop; kunnen jullie dat ook regelen? Mijn moeder heeft dementie en vindt veranderingen "
                f"moeilijk, dus liefst een rustige ploeg en niet te vroeg.\n\n"
                f"Voor uw administratie: mijn moeder is geboren op {DOB(fd(b, 'nl', rng.choice([0, 1])))}, haar BSN is "
                f"{BSN(rng.choice([lambda x: x, lambda x: f'{x[:4]}.{x[4:6]}.{x[6:]}'])(gen_bsn(rng)))}.\n\n"
                f"Ik ben bereikbaar op {PH(nl_mobile(rng))}; mijn broer {P(sib.full)} op {PH(nl_mobile(rng))}.\n\n"
                f"Hartelijke groet,\n{P(kid.full)}\n")
    return (f"notitie huisbezoek {P(STAFF['joost'].first.lower())} — {fd(move_date(rng), 'nl')}\n"
            f"mevr {P(mom.Sur)} ({AD(home.street)}, {PC(home.pc)}), dochter {P(kid.first)} aanwezig.\n"
            f"naar de lindehorst, {AD(zh.street)}. kamer klein, alleen fauteuil + dressoir + tv + 6 dozen. "
            f"ca. 4 m³, 1 bus + 2 man. rollator mee in de cabine. rest kringloop (ca. 15 m³), ophalen week erna.\n"
            f"contact: dochter {PH(nl_mobile(rng))}. niet voor 10:00 beginnen.\n")


@scenario("nl", True)
def nl_aanbetaling_retour(rng, k):
    c = person(rng, rng.choice(["nl", "nl", "mix"]))
    iban = gen_iban(rng)
    q = quote_no(rng)
    if k == 0:
        return (f"hoi, we hebben de verhuizing helaas moeten annuleren (offerte {q}), het huis is niet doorgegaan :( "
                f"kunnen jullie de aanbetaling van € {money(rng, 150, 400)} terugstorten op {IB(fmt_iban(rng, iban, 'lower' if rng.random() < .5 else 'compact'))} "
                f"tnv {P(c.lower)}? alvast bedankt\n")
    f = STAFF["femke"]
    return (f"Beste {P(c.first)},\n\nWe hebben uw annulering van offerte {q} ontvangen. Omdat u meer dan 14 dagen voor de "
            f"verhuisdatum annuleert, krijgt u de volledige aanbetaling van € {money(rng, 150, 400)} terug.\n"
            f"Wij maken het bedrag binnen 5 werkdagen over naar {IB(fmt_iban(rng, iban, 'sp'))} (t.n.v. {P(c.ini_sur)}).\n\n"
            f"{sig(rng, 'nl', 'femke')}\n\n"
            f"-----Oorspronkelijk bericht-----\nVan: {P(c.full)}\nAan: {o('administratie@trekvogel.example')}\n"
            f"Onderwerp: annulering {q}\n\n> Graag de aanbetaling terug op rekening {IB(fmt_iban(rng, iban, 'compact'))}.\n"
            f"> Groet, {P(c.first)}\n")


@scenario("nl", True)
def nl_sleuteloverdracht(rng, k):
    mk = person(rng)
    ll = person(rng, rng.choice(["nl", "old"]), sex="M")
    c = person(rng, rng.choice(["nl", "mix"]))
    a = nl_addr(rng)
    d = move_date(rng)
    if k == 0:
        return (f"Beste {P(c.first)},\n\nKorte bevestiging: de sleuteloverdracht van uw huurwoning aan de {AD(a.street)} "
                f"is op {fd(d, 'nl', 2)} om 16:00, direct nadat onze ploeg klaar is met laden. Namens "
                f"{NEG('Makelaardij Van der Linden')} komt {P(mk.full)} (mobiel {PH(nl_mobile(rng))}); de eigenaar, de heer "
                f"{P(ll.Sur)}, is mogelijk ook aanwezig voor de eindinspectie.\n\nWilt u de meterstanden noteren? Onze "
                f"ploegleider {P(STAFF['ruben'].first)} neemt foto's van de lege kamers.\n\n{sig(rng, 'nl', 'marloes')}\n")
    return (f"[{fd(d, 'nl')} 15:52] {P(mk.full)} ({NEG('Makelaardij Van der Linden')}): ben er over 10 min\n"
            f"[{fd(d, 'nl')} 15:53] {P(STAFF['ruben'].full)}: top, wagen staat voor {AD(a.street)}, we zijn bijna klaar\n"
            f"[{fd(d, 'nl')} 16:07] {P(mk.first)}: sleutels (3 stuks + 1 tag) ontvangen van mevr {P(c.Sur)}\n"
            f"[{fd(d, 'nl')} 16:09] {P(STAFF['ruben'].first)}: 👍 foto's staan in de app bij opdracht {order_no(rng)}\n")


@scenario("nl", True)
def nl_routeblad(rng, k):
    d = move_date(rng)
    truck = gen_kenteken(rng, rng.choice([5, 9, 11]))
    dr, bij = (STAFF["gertjan"], STAFF["mustafa"]) if k == 0 else (STAFF["jordy"], STAFF["ruben"])
    c1, c2 = person(rng), person(rng, "mix")
    a1, a2, a3 = nl_addr(rng, "Tilburg"), nl_addr(rng, "Breda"), nl_addr(rng, "Goirle")
    if k == 0:
        return (f"ROUTEBLAD {fd(d, 'nl')} — wagen {fleet_no(rng)} ({KT(truck)})\n"
                f"chauffeur: {P(dr.full)} | bijrijder: {P(bij.full)}\n"
                f"vertrek depot {o('Loodsenweg 27')} 06:45\n\n"
                f"tijd  | actie | adres | klant | tel\n"
                f"07:30 | laden  | {AD(a1.street)}, {PC(a1.pc)} | {P(c1.ini_sur)} | {PH(nl_mobile(rng, 0))}\n"
                f"12:30 | lossen | {AD(a2.street)}, {PC(a2.pc)} {a2.town} | idem | –\n"
                f"15:00 | ophalen dozen | {AD(a3.street)} | {P(c2.full)} | {PH(nl_land(rng, '13', 0))}\n\n"
                f"let op: laadklep max 1000 KG, parkeervergunning ligt in de cabine\n"
                f"problemen? bel planning {o(rng.choice(O_MOB))} (niet de klant laten bellen naar kantoor)\n")
    trailer = gen_kenteken(rng, rng.choice([4, 6]))
    return (f"route {fd(d, 'nl', 2)}\n{P(dr.first.lower())} + {P(bij.first.lower())}, bus {fleet_no(rng)} "
            f"kenteken {KT(truck.replace('-', ''))} met aanhanger {KT(trailer)}\n"
            f"1) {AD(a1.street)} {a1.town} – {P(c1.Sur)} – bel 30 min van tevoren {PH(nl_mobile(rng, 2))}\n"
            f"2) opslag unit {unit_code(rng)} ophalen (9 m³)\n3) {AD(a2.street)}, {PC(a2.pc)} {a2.town} lossen\n"
            f"terug depot uiterlijk 17:30\n")


@scenario("nl", True)
def nl_bedrijfsverhuizing(rng, k):
    comp = rng.choice(["Brabant Data Solutions B.V.", "Kempenland Accountants B.V.", "Vlasbloem Kinderopvang B.V.",
                       "Orion Installatietechniek B.V.", "Het Groene Blad Uitgevers B.V."])
    c = person(rng)
    old, new = nl_addr(rng, "Tilburg"), nl_addr(rng, rng.choice(["Breda", "Tilburg", "Waalwijk"]))
    kvk, btw = gen_kvk(rng), gen_btw(rng)
    if k == 0:
        it = person(rng, "mix")
        return (f"Onderwerp: kantoorverhuizing {comp}\n\nGoedemorgen,\n\nWij verhuizen ons kantoor van {AD(old.street)} "
                f"naar {AD(new.street)}, {PC(new.pc)} {new.town}. Het gaat om 24 werkplekken, een archief (ca. 80 "
                f"strekkende meter) en een serverrack van 42U (ca. 300 kg).\nVoorkeur: {fd(move_date(rng), 'nl', 2)} na "
                f"16:00 of het weekend erna.\n\nFactuurgegevens:\n{comp}\nKvK {KVK(kvk)}\nbtw-id {BTW(btw)}\n"
                f"Inkoopordernummer: PO-{rng.randint(10000, 99999)}\n\nVoor de IT kunt u contact opnemen met {P(it.full)} "
                f"({EM(gen_email(rng, it, comp.replace(' B.V.', '').lower().replace(' ', '') + '.nl'))}).\n\n"
                f"Met vriendelijke groet,\n{P(c.full)}\nOfficemanager\n{PH(nl_land(rng, '13'))}\n")
    return (f"OPDRACHTBEVESTIGING {order_no(rng)}\n\nOpdrachtgever: {comp}\nKvK-nummer: {KVK(kvk)}\n"
            f"BTW-nummer: {BTW(btw[:2] + ' ' + btw[2:6] + '.' + btw[6:8] + '.' + btw[8:11] + '.' + btw[11:])}\n"
            f"Contactpersoon: {P(c.Sur + ', ' + c.first)}\n"
            f"Van: {AD(old.street)}, {PC(old.pc)} {old.town}\nNaar: {AD(new.street)}, {PC(new.pc)} {new.town}\n"
            f"Volume: ca. {m3(rng, 60, 140)} m³ — 2 wagens, 6 verhuizers, 1 monteur\n"
            f"Prijs: € {money(rng, 3500, 9000)} excl. btw (vaste prijs)\n\n{footer_nl()}\n")


@scenario("nl", True)
def nl_review_social(rng, k):
    c = person(rng, rng.choice(["nl", "mix"]))
    handle = "@" + rng.choice(["verhuisd_en_blij", "nieuwhuis2025", "tilburgmama", "bakfietsbart", "eindelijkthuis_"])
    if k == 0:
        return (f"{P(c.full)} · ⭐⭐⭐⭐⭐\nWat een toppers! {P(STAFF['ruben'].first)} en {P(STAFF['mustafa'].first)} "
                f"hebben in 6 uur ons hele huis (45 m³!) verhuisd, 3 hoog zonder lift 💪💪 Niks kapot. Echt een aanrader "
                f"{o('@TrekvogelVerhuist')} 🙌\n\n"
                f"↳ {o('Trekvogel Verhuizingen')}: Dank je wel {P(c.first)}! We geven het compliment door aan de mannen. "
                f"Veel woonplezier! ^{P(STAFF['dilara'].first)}\n")
    return (f"{NEG(handle)}: eindelijk verhuisd 🏡📦 dank aan de heren van {o('@TrekvogelVerhuist')}, en speciaal "
            f"{P(STAFF['gertjan'].first)} ({o('@trekvogel.verhuizingen')}) die de kast nog even in elkaar heeft gezet 😅 #verhuizen #nieuwhuis\n"
            f"reactie van {NEG('@tilburg_woont')}: "
            f"gefeliciteerd!! 🎉\n"
            f"{NEG(handle)}: haha dank je {P(c.first.lower())} 😘\n")


@scenario("nl", True)
def nl_klacht(rng, k):
    c = person(rng, rng.choice(["nl", "old", "mix"]))
    a = nl_addr(rng)
    on = order_no(rng)
    if k == 0:
        return crlf(f"ONDERWERP: KLACHT ORDER {on}\n\nGOEDENDAG,\n\nIK BEN ZEER ONTEVREDEN. DE PLOEG KWAM 3 UUR TE LAAT EN "
                    f"DE VLOER IN DE GANG VAN {AD(a.street.upper())} IS BESCHADIGD (KRASSEN VAN DE STEEKWAGEN). OOK "
                    f"ONTBREKEN ER 2 DOZEN MET BOEKEN. IN {NEG('2019 EN 2022')} HEB IK OOK AL MET JULLIE VERHUISD EN TOEN "
                    f"GING ALLES GOED.\n\nIK VERWACHT BINNEN 5 WERKDAGEN EEN REACTIE, ANDERS GA IK NAAR DE "
                    f"GESCHILLENCOMMISSIE.\n\n{P(c.full.upper())}\nTEL {PH(nl_mobile(rng))}\n")
    return crlf(f"{P(c.full)}\n{AD(a.street)}\n{PC(a.pc)}  {a.town.upper()}\n\n"
                f"{o('Trekvogel Verhuizingen & Opslag B.V.')}\nt.a.v. de directie\n{o('Postbus 4127')}\n{o('5004 JC')}  TILBURG\n\n"
                f"Betreft: klacht over verhuizing {on}\n\nGeachte heer, mevrouw,\n\nOp {fd(move_date(rng), 'nl', 1)} hebben uw "
                f"medewerkers mijn inboedel verhuisd. Daarbij is de deurpost van mijn nieuwe woning beschadigd. Uw "
                f"medewerker {P(STAFF['evi'].full)} heeft telefonisch toegezegd dat de schade wordt hersteld, maar ik "
                f"heb na drie weken nog niets gehoord.\n\nHoogachtend,\n\n{P(c.ini_sur)}\n")


@scenario("nl", True)
def nl_kaartbetaling(rng, k):
    c = person(rng)
    num, kind = gen_card(rng)
    if k == 0:
        return (f"telefoonnotitie {fd(move_date(rng), 'nl')} {tm(rng)} — {P(STAFF['dilara'].first.lower())}\n"
                f"{P(c.full)} belde over restbetaling {inv_no(rng)} (€ {money(rng, 300, 1800)}). wil telefonisch betalen "
                f"met creditcard, kaartnummer {CC(fmt_card(num, kind))}, geldig t/m {rng.randint(1, 12):02d}/{rng.randint(26, 30)}. "
                f"betaling via terminal gedaan, akkoord. kaartnummer graag uit deze notitie verwijderen na verwerking!\n")
    return (f"Goedemiddag,\n\nIk wil de factuur {inv_no(rng)} graag met mijn creditcard betalen, een betaallink werkt bij mij "
            f"niet. Kaartnummer: {CC(num if rng.random() < .5 else fmt_card(num, kind))}, vervaldatum "
            f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}. De CVC geef ik liever telefonisch door, u kunt mij bellen op "
            f"{PH(nl_land(rng, rng.choice(['13', '76', '40', '73'])))}.\n\nMet vriendelijke groet,\n{P(c.ini_sur)}\n")


@scenario("nl", True)
def nl_uk_douane(rng, k):
    c = person(rng, "nl", sex="F")
    pt = person(rng, rng.choice(["nl", "uk"]), sex="M")
    u = uk_addr(rng)
    a = nl_addr(rng)
    if k == 0:
        return (f"Hoi {P(STAFF['callum'].first)},\n\nHierbij de gegevens voor het ToR01-formulier (Transfer of Residence):\n\n"
                f"1. {P(c.full)} — geboren {DOB(fd(rdate(rng, 1970, 1998), 'nl'))} — paspoortnummer {ID(gen_passport_nl(rng))}\n"
                f"2. {P(pt.full)} — geboren {DOB(fd(rdate(rng, 1968, 1998), 'nl'))} — paspoort {ID(gen_passport_nl(rng) if pt.kind == 'nl' else gen_passport_uk(rng))}\n\n"
                f"Huidig adres: {AD(a.street)}, {PC(a.pc)} {a.town}\nNieuw adres: {AD(u.street)}, {u.town} {PC(u.pc)}\n"
                f"Verwachte aankomst van de inboedel: week {rng.randint(10, 48)}. Het volume is volgens de offerte 38 m³ "
                f"(1 container van 20ft).\n\nGroetjes,\n{P(c.first)}\n")
    return (f"Dossier UK-{rng.randint(2025, 2026)}-{rng.randint(100, 999)} · export NL → UK\n"
            f"Aanvrager: {P(c.Sur + ', ' + c.first)} | geb.datum {DOB(fd(rdate(rng, 1970, 1998), 'nl', 3))} | "
            f"ID: {ID(gen_passport_nl(rng, 'N'))}\n"
            f"Afleveradres UK: {AD(u.street)}, {u.town}, {PC(u.pc)}\n"
            f"Telefoon UK: {PH(uk_phone(rng, u.area))}\n"
            f"BSN (voor de uitschrijving, door klant gestuurd): {BSN(gen_bsn(rng))}\n"
            f"Documenten: ToR01 ingediend, referentie ToR{rng.randint(100000, 999999)}; inventaris in 2 talen; kopie paspoort ontvangen\n"
            f"Behandeld door: {P(STAFF['callum'].full)}\n")


@scenario("nl", True)
def nl_adrescorrectie(rng, k):
    c = person(rng)
    a = nl_addr(rng, add=False)
    wrong = a.street
    nr = wrong.rsplit(" ", 1)[1]
    right = wrong.rsplit(" ", 1)[0] + " " + nr + rng.choice(["a", "-2", "b", " bis"])
    if k == 0:
        return (f"Hallo,\n\nIn de opdrachtbevestiging ({order_no(rng)}) staat het nieuwe adres verkeerd: niet "
                f"{AD(wrong)} maar {AD(right)}, {PC(a.pc)} {a.town}. Het is de bovenwoning, de ingang zit aan de "
                f"zijkant. Kunnen jullie dat aanpassen voor de chauffeur?\n\nGroet,\n{P(c.full)}\n{PH(nl_mobile(rng))}\n")
    return (f"Beste {P(c.first)},\n\nDank voor je bericht. We hebben het adres aangepast naar {AD(right)}, {PC(a.pc)} {a.town} "
            f"(was: {AD(wrong)}). De chauffeur belt je een half uur voor aankomst.\n\n{sig(rng, 'nl', 'dilara')}\n")


@scenario("nl", True)
def nl_doorgestuurd(rng, k):
    c = person(rng, rng.choice(["nl", "be"]))
    a = nl_addr(rng) if c.kind == "nl" else be_addr(rng)
    q = quote_no(rng)
    ph = nl_mobile(rng) if c.kind == "nl" else be_phone(rng)
    em = gen_email(rng, c, "telenet.be" if c.kind == "be" else None)
    j = STAFF["joost"]
    return crlf(f"---------- Doorgestuurd bericht ---------\nVan: {P(j.full)} <{staff_mail('joost')}>\n"
            f"Datum: {fd(move_date(rng), 'nl', 1)} {tm(rng)}\nAan: {o('planning@trekvogel.example')}\nOnderwerp: Fwd: offerte {q}\n\n"
            f"{P(STAFF['marloes'].first)}, kun jij deze inplannen? Klant is akkoord.\n\n"
            f"> Op {fd(move_date(rng), 'nl', 0)} schreef {P(c.full)} <{EM(em)}>:\n"
            f"> Beste {P(j.first)},\n> Akkoord met offerte {q} (€ {money(rng, 900, 3200)} incl. btw). "
            f"Adres om in te laden: {AD(a.street)}, {PC(a.pc)} {a.town}.\n"
            f"> Ik ben overdag bereikbaar op {PH(ph)}.\n> Groet, {P(c.first)}\n>\n"
            f">> {P(j.first)} schreef:\n>> In de bijlage de offerte voor 28 m³, inclusief demontage van 2 kasten.\n")


@scenario("nl", True)
def nl_whatsapp(rng, k):
    c = person(rng, rng.choice(["nl", "mix"]))
    pt = person(rng, rng.choice(["nl", "mix"]), sex="M" if c.sex == "F" else "F")
    a = nl_addr(rng)
    d = move_date(rng)
    ds = fd(d, "nl", 3 if k else 0)
    return (f"WhatsApp-chat met Trekvogel Planning ({o(rng.choice(O_MOB))})\n"
            f"[{ds} 07:02] Trekvogel Planning: Goedemorgen! De ploeg van {P(STAFF['ruben'].first)} is om 07:30 bij u.\n"
            f"[{ds} 07:05] {P(c.full)}: top, we staan klaar. bel aan bij {AD(a.street)}, de bel beneden doet het niet, "
            f"dan even bellen naar {PH(nl_mobile(rng, rng.choice([0, 3, 7])))}\n"
            f"[{ds} 07:41] {P(c.full)}: mijn {'vriend' if pt.sex == 'M' else 'vriendin'} {P(pt.first)} wacht bij het nieuwe huis vanaf 11u\n"
            f"[{ds} 07:43] Trekvogel Planning: Genoteerd 👍\n"
            f"[{ds} 12:58] {P(c.full)}: alles staat erin! 2 stoelpoten los maar verder 🎉\n"
            f"[{ds} 13:04] Trekvogel Planning: Fijn! Stuur gerust een foto van de stoel, dan kijkt {P(STAFF['evi'].first)} ernaar.\n")


@scenario("nl", True)
def nl_eenmanszaak(rng, k):
    c = person(rng, rng.choice(["nl", "mix"]))
    shop, heavy = rng.choice([("Kapsalon Knip & Krul", "De kappersstoelen (3 stuks, elk ca. 75 kg) moeten"),
                              ("Fietsreparatie De Spaak", "De werkbank (ca. 180 kg) moet"),
                              ("Atelier Lijst & Doek", "De snijtafel (ca. 140 kg, 2,50 m lang) moet"),
                              ("Bakkerij Het Korenaar", "De deegmachine (ca. 220 kg) moet")])
    old, new = nl_addr(rng), nl_addr(rng)
    kvk = gen_kvk(rng)
    if k == 0:
        ob = gen_bsn(rng)
        return (f"Beste,\n\nIk verhuis mijn zaak ({shop}) van {AD(old.street)} naar {AD(new.street)}, {PC(new.pc)} "
                f"{new.town}. Graag de factuur op naam van de zaak:\n\n{shop}\nt.n.v. {P(c.full)}\nKvK {KVK(kvk)}\n"
                f"omzetbelastingnummer {BSN('NL' + ob + 'B01')}\nIBAN {IB(fmt_iban(rng, gen_iban(rng)))}\n\n"
                f"{heavy} los van de vloer gehaald worden.\n\nGroet,\n{P(c.first)}\n")
    return (f"Factuuradres gewijzigd — {order_no(rng)}\n\nKlant: {shop} (eenmanszaak), eigenaar {P(c.ini_sur)}\n"
            f"KvK-nummer {KVK(kvk)} · btw-id {BTW(gen_btw(rng))}\nNieuw vestigingsadres: {AD(new.street)}, {PC(new.pc)} {new.town}\n"
            f"Vestigingsnummer (12 cijfers) {digits(rng, 12, '1234')} — niet nodig op de factuur.\n"
            f"Gewijzigd door {P(STAFF['femke'].first)} op {fd(move_date(rng), 'nl')}\n")


@scenario("nl", True)
def nl_piano(rng, k):
    c = person(rng)
    nb = person(rng, rng.choice(["nl", "old"]), sex="M")
    a = nl_addr(rng)
    nba = nl_addr(rng, town=a.town, add=False)
    if k == 0:
        return (f"Beste Trekvogel,\n\nVoor de verhuizing op {fd(move_date(rng), 'nl', 1)} nog twee dingen:\n"
                f"- de vleugel (Yamaha C3, ca. 320 kg, 186 cm lang) moet via het balkon naar buiten; op de 2e verdieping. "
                f"Is een hijslift mogelijk?\n- de hijslift kan alleen op de oprit van de buren ({AD(nba.street)}); "
                f"buurman {P(nb.full)} vindt dat goed, zijn nummer is {PH(nl_land(rng, a.area))}.\n\n"
                f"Ons adres: {AD(a.street)}, {PC(a.pc)} {a.town}\n\nGroeten,\n{P(c.full)}\n")
    return (f"{P(STAFF['joost'].first)} — inventarisatie {fd(move_date(rng), 'nl')}\n"
            f"klant {P(c.full)}, {AD(a.street)} ({a.town}), 2e etage, balkondeur 92 cm breed\n"
            f"- vleugel 320 kg → hijslift nodig (24 m mast), opstelplaats oprit buurman ({P(nb.Sur)}, {AD(nba.street)})\n"
            f"- pianotransport 2 man extra, toeslag € 385,00\n- max. belasting balkon onbekend, klant vraagt VvE\n")


# ---- Dutch messages without personal data -----------------------------------------------------
@scenario("nl", False)
def nl_pf_prijsvraag(rng, k):
    v = m3(rng, 25, 60)
    if k == 0:
        return (f"Goedendag,\n\nWat kost ongeveer een verhuizing van een tussenwoning (ca. {v} m³) van Tilburg naar Groningen? "
                f"We wonen op de begane grond, het nieuwe huis heeft 2 verdiepingen en een zolder met vlizotrap. "
                f"Is er een toeslag voor een zaterdag? En rekenen jullie per m³ of per uur?\n\nAlvast bedankt!\n")
    return (f"chat widget — bezoeker #{rng.randint(10000, 99999)} ({tm(rng)})\n"
            f"bezoeker: hoi, hoeveel kost een verhuisdoos? en hoeveel kg mag erin\n"
            f"Trekvogel: Hallo! Een verhuisdoos (60 x 40 x 40 cm, 96 liter) kost € 2,95; een boekendoos € 2,25. "
            f"Advies: max. 20 kg per doos. Bij afname van 50+ dozen bezorgen we gratis.\n"
            f"bezoeker: ok top en een garderobedoos?\nTrekvogel: € 12,50 per stuk, of € 4,00 huur per week.\n")


@scenario("nl", False)
def nl_pf_wagenpark(rng, k):
    return (f"Werkplaats — weekoverzicht {rng.randint(2, 50)}\n\n"
            f"wagen {fleet_no(rng)} (bakwagen 7500 KG): APK gehaald op {fd(move_date(rng), 'nl')}, remblokken vervangen\n"
            f"wagen {fleet_no(rng)} (trekker): tachograaf gekalibreerd, volgende keuring {fd(move_date(rng), 'nl')}\n"
            f"bus {fleet_no(rng)}: laadklep 1000 KG gekeurd (certificaat LK-{rng.randint(2025, 2026)}-{rng.randint(100, 999)})\n"
            f"verhuislift VL-{rng.randint(2, 9)}: mast 24 m, max. 250 kg, kabel vervangen (onderdeel {NEG(gen_kenteken(rng, 4))})\n"
            f"aanhanger A-{rng.randint(1, 9)}: verlichting defect, besteld bij leverancier, order {ref9(rng, True)}\n\n"
            f"Kilometerstanden: {rng.randint(120, 480)}.{rng.randint(100, 999)} km gem. per wagen. Diesel: "
            f"{rng.randint(1800, 4200)} liter deze week.\n— werkplaats\n")


@scenario("nl", False)
def nl_pf_factuur(rng, k):
    if k == 1:
        inv = gen_ref9(rng, True)
        return (f"Betalingsherinnering\n\nGeachte klant,\n\nVolgens onze administratie is factuur {NEG(inv)} van "
                f"{fd(move_date(rng), 'nl', 1)} (€ {money(rng, 300, 2400)}) nog niet betaald. Wilt u het bedrag binnen 7 "
                f"dagen overmaken naar {o(rng.choice(O_IBAN_NL))} o.v.v. {NEG(inv)}? Heeft u al betaald, dan kunt u deze "
                f"herinnering als niet verzonden beschouwen.\n\n{team_sig(rng, 'nl', 'Debiteurenadministratie')}\n")
    inv = gen_ref9(rng, True)
    amt = money(rng, 450, 4800)
    return (f"Factuur {NEG(inv)}\n\nGeachte klant,\n\nIn de bijlage vindt u factuur {NEG(inv)} voor opdracht {order_no(rng)} "
            f"(factuurdatum {fd(move_date(rng), 'nl')}).\n\nTe betalen: € {amt} incl. 21% btw\n"
            f"Betalingstermijn: 14 dagen\nBetalingskenmerk: 1{rng.randint(100, 999)} {rng.randint(1000, 9999)} "
            f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}\n"
            f"Rekening: {o(rng.choice(O_IBAN_NL))} t.n.v. {o('Trekvogel Verhuizingen & Opslag B.V.')}\n\n"
            f"Vragen? Bel {o(rng.choice(O_TEL))} of mail {o('administratie@trekvogel.example')}.\n\n{footer_nl()}\n")


@scenario("nl", False)
def nl_pf_opslagtarieven(rng, k):
    rows = [("A", 3, 45), ("B", 6, 79), ("C", 9, 109), ("D", 12, 139), ("E", 18, 189)]
    if k == 0:
        t = "| type | volume | prijs p/m |\n|---|---|---|\n" + "\n".join(
            f"| {r[0]} | {r[1]} m³ | € {r[2]},00 |" for r in rows)
    else:
        t = "type;volume_m3;prijs_per_maand\n" + "\n".join(f"{r[0]};{r[1]};{r[2]},00" for r in rows)
    return (f"Tarieven {o('Trekvogel Opslag')} {rng.choice(['2025', '2026'])}\n\n{t}\n\n"
            f"Units B-101 t/m B-148 zijn verwarmd. Toegang met persoonlijke code (nooit per e-mail). "
            f"Minimale huurperiode 1 maand; opzegtermijn 14 dagen. Verzekerde waarde standaard € 10.000,00, "
            f"uit te breiden tot € 50.000,00.\nAdres depot: {o('Loodsenweg 27, 5048 AK Tilburg')}\n")


@scenario("nl", False)
def nl_pf_verhuistips(rng, k):
    if k == 1:
        return (f"Checklist: {rng.choice([4, 5, 6])} weken voor de verhuizing\n"
                f"[ ] huur opzeggen (let op de opzegtermijn: meestal 1 maand)\n"
                f"[ ] parkeerontheffing: die vragen wij aan, u geeft alleen datum en adres door\n"
                f"[ ] dozen bestellen (gemiddeld 15 per kamer; 60 x 40 x 40 cm)\n"
                f"[ ] meterstanden noteren op de verhuisdag\n"
                f"[ ] adreswijziging binnen 5 dagen na de verhuizing doorgeven aan de gemeente\n\n"
                f"Tip: een wasmachine weegt ca. 70 kg, een amerikaanse koelkast 120–150 kg. Onze verhuislift tilt max. "
                f"250 kg. Woont u aan de {NEG('Piet Heinstraat')} of de {NEG('Koningin Wilhelminalaan')}? Daar geldt een "
                f"laad- en losverbod na 11:00.\n\n{team_sig(rng, 'nl', 'Klantenservice')}\n")
    return (f"Nieuwsbrief {o('Trekvogel')} — {rng.choice(['voorjaar', 'zomer', 'najaar'])} {rng.choice(['2025', '2026'])}\n\n"
            f"📦 Inpaktips\n- Boeken in kleine dozen (max. 20 kg)\n- Matrassen in een hoes (160 x 200 cm: hoes M)\n"
            f"- Koelkast 24 uur vooraf ontdooien\n\n"
            f"🚚 Parkeren in de binnenstad\nIn de {NEG('Willem II-straat')} en op de {NEG('Burgemeester Brokxlaan')} geldt "
            f"een venstertijd tot 11:00. Op de {NEG('Jan Heijnsstraat')} mag de verhuislift niet op het fietspad.\n\n"
            f"💡 Wist je dat een gemiddelde eengezinswoning 45 tot 60 m³ inboedel heeft? Een wagen van 40 m³ "
            f"weegt beladen ca. 12000 kg.\n\nAfmelden: {o('www.trekvogel.example/afmelden')}\n")


@scenario("nl", False)
def nl_pf_planning(rng, k):
    d = move_date(rng)
    lines = []
    for i in range(rng.randint(4, 6)):
        lines.append(f"{order_no(rng)} | {tm(rng, True)} | {m3(rng, 6, 55)} m³ | wagen {fleet_no(rng)} | "
                     f"{rng.choice(['2 man', '3 man', '4 man + lift'])} | {rng.choice(['Tilburg', 'Breda', 'Oss', 'Dongen', 'Eindhoven'])}")
    return (f"Dagplanning {fd(d, 'nl', 2)}\n\norder | start | volume | wagen | ploeg | plaats\n" + "\n".join(lines)
            + f"\n\nOpslag uitleveringen: unit {unit_code(rng)}, unit {unit_code(rng)}\n"
              f"Ordernummer groupage Antwerpen: {ref9(rng, True)}\nReserve: bus {fleet_no(rng)}\n")


@scenario("nl", False)
def nl_pf_gemeente_info(rng, k):
    if k == 1:
        return (f"chat — klantenservice\nbezoeker: moet ik zelf een ontheffing voor de verhuiswagen aanvragen?\n"
                f"Trekvogel: Nee, dat doen wij. We hebben alleen de verhuisdatum en het adres nodig, dat staat al in uw "
                f"offerte. De kosten (tussen € 25,00 en € 95,00) rekenen we door zonder opslag.\n"
                f"bezoeker: en als de wagen niet in de straat past?\nTrekvogel: Dan zetten we hem om de hoek, bijvoorbeeld "
                f"op de {NEG('Burgemeester Letschertweg')}, en rijden we met een kleine bus (3500 KG) heen en weer.\n")
    return (f"Hoe zit het met een parkeerontheffing voor de verhuiswagen?\n\n"
            f"In de meeste gemeenten vraagt u een ontheffing aan minimaal 5 werkdagen voor de verhuisdatum. De "
            f"kosten liggen tussen € 25,00 en € 95,00. Wij regelen dit voor u als u dat op het offerteformulier "
            f"aangeeft; we hebben daarvoor alleen de datum en het adres nodig — het kenteken van onze wagen vullen wij zelf in.\n\n"
            f"Let op: in {rng.choice(['Utrecht', 'Amsterdam', 'Den Haag', 'Maastricht'])} moet het bord 48 uur van tevoren "
            f"staan. Een verhuislift op de stoep vraagt soms een aparte melding (max. 3500 KG asdruk).\n\n{team_sig(rng, 'nl', 'Team Planning')}\n")


@scenario("nl", False)
def nl_pf_anonieme_klacht(rng, k):
    if k == 0:
        return (f"Jullie verhuiswagen (de witte met het vogellogo, wagen {fleet_no(rng)}) stond vanochtend van 8 tot 11 "
                f"helemaal op het fietspad aan de {NEG('Ringbaan-Oost')}. Levensgevaarlijk met al die scholieren. "
                f"Graag doorgeven aan de chauffeur.\n\nEen buurtbewoner\n")
    return (f"Reactieformulier — categorie: overlast\nOrder: onbekend\nBericht: er staan sinds {fd(move_date(rng), 'nl', 1)} "
            f"twaalf lege verhuisdozen van jullie bij de containers op het pleintje. kunnen die weg?\n"
            f"Naam: (niet ingevuld)\nE-mail: (niet ingevuld)\n")


@scenario("nl", False)
def nl_pf_leverancier(rng, k):
    if k == 1:
        return (f"Creditnota {ref9(rng, True)}\n\nBetreft: retour 40 x verhuisdoos art. {NEG(gen_kenteken(rng, 4))} "
                f"(natte pallet bij levering)\nBedrag: -€ {money(rng, 60, 140)} excl. btw\nOorspronkelijke factuur: "
                f"{ref9(rng, True)}\n\nHet bedrag verrekenen wij met de volgende levering aan {o('Trekvogel Verhuizingen')}.\n\n"
                f"Afdeling Debiteuren\n{NEG('Verpakkingen Hoogerheide B.V.')}\n")
    c1, c2 = NEG(gen_kenteken(rng, 4)), NEG(gen_kenteken(rng, 7))
    return (f"Geachte inkoper,\n\nUw bestelling {ref9(rng, True)} is verzonden:\n"
            f"- 400 x verhuisdoos art. {c1} (60x40x40, dubbelgolf)\n- 120 x boekendoos art. {c2}\n"
            f"- 8 pallets à 1000 KG, levering aan {o('Loodsenweg 27')} dock 3\n\n"
            f"Vervoerder: {NEG('Transportbedrijf Van Oorschot')}, track & trace 3SVHB{rng.randint(10**8, 10**9 - 1)}.\n"
            f"Factuur volgt separaat (debiteurnummer {rng.randint(100000, 999999)}).\n\n"
            f"Met vriendelijke groet,\nAfdeling Verkoop\n{NEG('Verpakkingen Hoogerheide B.V.')}\n")


@scenario("nl", False)
def nl_pf_makelaar(rng, k):
    if k == 1:
        return (f"Intern — makelaars met samenwerkingsafspraak ({rng.choice(['2025', '2026'])})\n\n"
                f"| kantoor | plaats | korting | code |\n|---|---|---|---|\n"
                f"| {NEG('Makelaardij Van der Linden')} | Tilburg | 10% | MVL |\n"
                f"| {NEG('Van Gils & Partners Makelaars')} | Breda | 7% | VGP |\n"
                f"| {NEG('Hendriks Wonen & Makelaardij')} | Oss | 5% | HWM |\n\n"
                f"Afspraak: de makelaar krijgt het overdrachtsrapport (foto's + meterstanden) binnen 24 uur per mail.\n")
    return (f"Samenwerking {NEG('Makelaardij Van der Linden')} × {o('Trekvogel')}\n\n"
            f"Klanten van {NEG('Makelaardij Van der Linden')} en {NEG('Van Gils & Partners Makelaars')} krijgen "
            f"{rng.choice([5, 7, 10])}% korting op een verhuizing of de eerste maand opslag. Gebruik code "
            f"MVL{rng.randint(2025, 2026)} op het offerteformulier.\n\nSleuteloverdracht: onze ploegleider belt de makelaar "
            f"zodra de woning leeg is. Meterstanden en foto's komen in het overdrachtsrapport (formulier SO-{rng.randint(10, 99)}).\n"
            f"Vragen: {o('makelaars@trekvogel.example')}\n")


@scenario("nl", False)
def nl_pf_verzekering(rng, k):
    if k == 1:
        return (f"SCHADEFORMULIER (leeg exemplaar, versie {rng.randint(3, 9)}.{rng.randint(0, 9)})\n\n"
                f"Naam: ______________________\nOrdernummer: VH-__-_____\nDatum verhuizing: __-__-____\n"
                f"Omschrijving schade: ______________________\nFoto's bijgevoegd: ja / nee\n"
                f"Eigen verzekeraar + polisnummer (optioneel): ______________________\n\n"
                f"Intern: transportpolis Trekvogel {ref9(rng, True)}, opslagpolis {ref9(rng, True)}, "
                f"maximaal € 50.000,00 per opdracht.\n")
    b = gen_ref9(rng, True)
    dotted = f"{b[:4]}.{b[4:6]}.{b[6:]}"
    return (f"Verzekering tijdens de verhuizing\n\nAlle verhuizingen zijn verzekerd via onze transportpolis (polisnummer "
            f"{NEG(dotted)}) tot € 50.000,00 per opdracht, eigen risico € 250,00 per schadegeval. Voor opslag geldt "
            f"een aparte polis ({ref9(rng, True)}).\n\nSchade melden binnen 7 dagen via "
            f"{o('schade@trekvogel.example')} met foto's en het ordernummer (VH-..). Zelf ingepakte dozen zijn alleen "
            f"verzekerd bij zichtbare schade aan de buitenkant.\n\n{team_sig(rng, 'nl', 'Schadeafdeling')}\n")


# =============================================================================================
# English scenarios (25: 16 with personal data, 9 without)
# =============================================================================================
@scenario("en", True)
def en_uk_inbound(rng, k):
    c = person(rng, "uk")
    u = uk_addr(rng)
    n = nl_addr(rng, rng.choice(["Eindhoven", "Utrecht", "Amsterdam", "Den Haag", "Nijmegen"]))
    d = move_date(rng)
    if k == 0:
        return (f"Hello,\n\nWe're relocating from {u.town} to {n.town} for work and would like a quote for a door-to-door "
                f"removal. Current address: {AD(u.street)}, {u.town} {PC(u.pc)} — second-floor flat, no lift, and the "
                f"street has a residents' parking zone so you'd need a bay suspension.\n"
                f"New address: {AD(n.street)}, {PC(n.pc)} {n.town} (ground floor, small garden).\n\n"
                f"We'd like to move around {fd(d, 'en', 1)}. Roughly a 2-bed flat, maybe 25 m³? Plus two bikes and a "
                f"piano that weighs about 200 kg.\n\nBest,\n{P(c.full)}\n{PH(uk_phone(rng, u.area))} | {EM(gen_email(rng, c, rng.choice(['btinternet.com', 'gmail.com', 'outlook.com'])))}\n")
    return (f"Quote request — form export\nName: {P(c.full)}\nEmail: {EM(gen_email(rng, c, 'gmail.com'))}\n"
            f"Phone: {PH(uk_phone(rng, u.area, 1))}\nFrom: {AD(u.street)}, {u.town}, {PC(u.pc)}\n"
            f"To: {AD(n.street)}, {PC(n.pc)} {n.town}\nMove date: {fd(d, 'en', 0)}\nVolume: {m3(rng, 15, 50)} m³\n"
            f"Storage: {rng.choice(['no', 'yes - 2 months', 'not sure'])}\nHow did you hear about us: colleague\n")


@scenario("en", True)
def en_tor01(rng, k):
    c = person(rng, "uk")
    pt = person(rng, rng.choice(["uk", "nl"]), sex="F" if c.sex == "M" else "M")
    u = uk_addr(rng)
    n = nl_addr(rng)
    b1, b2 = rdate(rng, 1965, 1997), rdate(rng, 1965, 1997)
    if k == 0:
        return (f"Hi {P(STAFF['callum'].first)},\n\nAs requested, the details for the Transfer of Residence application:\n\n"
                f"Main applicant: {P(c.full)}\nDate of birth: {DOB(fd(b1, 'en', 1))}\nPassport number: {ID(gen_passport_uk(rng))}\n"
                f"Spouse: {P(pt.full)}, born {DOB(fd(b2, 'en', 3))}, passport {ID(gen_passport_uk(rng) if pt.kind == 'uk' else gen_passport_nl(rng))}\n\n"
                f"Address in the Netherlands since 2019: {AD(n.street)}, {PC(n.pc)} {n.town}\n"
                f"New UK address: {AD(u.street)}, {u.town} {PC(u.pc)}\n\n"
                f"The goods can arrive any day after the 14th. Do you need copies of the passports?\n\nCheers,\n{P(c.first)}\n")
    return (f"ToR01 checklist — job {order_no(rng)}\n"
            f"[x] applicant: {P(c.Sur.upper() + ', ' + c.first)}\n[x] DOB {DOB(fd(b1, 'en', 0))}\n"
            f"[x] passport no. {ID(gen_passport_uk(rng))} (expires {fd(rdate(rng, 2027, 2034), 'en', 0)})\n"
            f"[x] proof of 12 months abroad: rental contract {AD(n.street)}, {n.town}\n"
            f"[ ] ToR reference — awaiting HMRC (usually 5–10 working days)\n"
            f"[x] inventory in English, 212 items, est. value £ {rng.randint(8, 40)},000\n— {P(STAFF['callum'].first)}\n")


@scenario("en", True)
def en_expat_refund(rng, k):
    c = person(rng, rng.choice(["uk", "mix"]))
    iban = gen_iban(rng, "NL")
    q = quote_no(rng)
    if k == 0:
        return (f"Dear Trekvogel team,\n\nWe cancelled our move ({q}) because my contract was extended. Could you please "
                f"refund the deposit of € {money(rng, 200, 500, 'en').replace(',', '')} to {IB(fmt_iban(rng, iban, 'nbsp'))} "
                f"(account holder {P(c.full)})? If you need it for your records, my BSN is {BSN(gen_bsn(rng))}.\n\n"
                f"Thanks a lot,\n{P(c.first)}\n")
    return (f"Hiya, quick one - leaving NL next month, deposit for {q} should go back to my dutch account "
            f"{IB(fmt_iban(rng, iban, 'compact'))} before I close it on the 30th. citizen service number "
            f"{BSN(rng.choice([lambda b: b, lambda b: f'{b[:4]}.{b[4:6]}.{b[6:]}', lambda b: f'{b[:3]} {b[3:6]} {b[6:]}'])(gen_bsn(rng)))} "
            f"in case the bank asks. ta, {P(c.first.lower())}\n")


@scenario("en", True)
def en_damage(rng, k):
    c = person(rng, "uk")
    u = uk_addr(rng)
    iban = gen_iban(rng, "GB")
    cl = f"CLM-{rng.randint(2025, 2026)}-{rng.randint(1000, 9999)}"
    if k == 0:
        return (f"Subject: Damage claim — delivery to {u.town}\n\nHello,\n\nOur furniture was delivered to {AD(u.street)}, "
                f"{PC(u.pc)} on {fd(move_date(rng), 'en', 1)}. Unfortunately the oak sideboard (180 x 45 x 80 cm) has a "
                f"cracked top and one of the dining chairs is missing a leg. Photos attached (6 files, 14 MB).\n\n"
                f"Invoice number {inv_no(rng)}, your reference {order_no(rng)}. Our home insurer's policy number is "
                f"{ref9(rng, True)} but they say your transit cover applies first.\n\n"
                f"Please pay any settlement to {IB(fmt_iban(rng, iban, 'sp'))} ({P(c.ini_sur)}).\n\n"
                f"Regards,\n{P(c.full)}\n{PH(uk_phone(rng, u.area))}\n")
    return (f"Claim {cl} — summary for approval\nClaimant: {P(c.full)}\nDelivery address: {AD(u.street)}, {u.town}\n"
            f"Items: sideboard (repair quote £ 240), chair (replacement £ 95)\nCrew: {P(STAFF['gertjan'].full)}, "
            f"{P(STAFF['jordy'].full)} (truck {KT(gen_kenteken(rng, 11))})\nPayout account: {IB(fmt_iban(rng, iban, 'compact'))}\n"
            f"Recommendation: approve £ 335. — {P(STAFF['evi'].first)}\n")


@scenario("en", True)
def en_storage_access(rng, k):
    c = person(rng, rng.choice(["uk", "mix"]))
    pt = person(rng, rng.choice(["uk", "nl"]))
    u = unit_code(rng)
    if k == 0:
        return (f"Hi {P(STAFF['koen'].first)},\n\nI'm renting unit {u} (9 m³) and will be abroad for three months. My "
                f"{rng.choice(['partner', 'brother-in-law', 'friend'])} {P(pt.full)} needs to collect some boxes in the "
                f"meantime. Can you add {'him' if pt.sex == 'M' else 'her'} as an authorised person? Their passport number is "
                f"{ID(gen_passport_uk(rng) if pt.kind == 'uk' else gen_passport_nl(rng))}.\n\n"
                f"I'll give them the access code myself, so no need to send it.\n\nThanks,\n{P(c.full)}\n")
    return (f"Storage log — unit {u}\n{fd(move_date(rng), 'en', 0)} 10:12  access granted: {P(c.full)} (holder)\n"
            f"{fd(move_date(rng), 'en', 0)} 16:40  access granted: {P(pt.full)} (authorised, ID checked: passport "
            f"{ID(gen_passport_uk(rng) if pt.kind == 'uk' else gen_passport_nl(rng))})\n"
            f"{fd(move_date(rng), 'en', 0)} 09:05  gate code reset on request (new code sent by SMS)\n"
            f"note: contract {u}/2025, monthly € 109.00, paid until end of month\n")


@scenario("en", True)
def en_card(rng, k):
    c = person(rng, rng.choice(["uk", "mix", "nl"]))
    num, kind = gen_card(rng, rng.choice(["visa", "mc", "amex", "mc2"]))
    inv = inv_no(rng)
    if k == 0:
        return (f"Hi,\n\nThe payment link for invoice {inv} keeps failing, so here are my card details to charge the "
                f"balance (€ {money(rng, 300, 2500, 'en')}):\n{'Amex' if kind == 'amex' else 'Visa' if kind == 'visa' else 'Mastercard'} "
                f"{CC(fmt_card(num, kind))}, exp {rng.randint(1, 12):02d}/{rng.randint(26, 30)}\n"
                f"Name on card: {P(c.full.upper())}\n\nThanks,\n{P(c.first)}\n")
    return (f"Dear {P(c.first)},\n\nThank you — we have charged the card ending {num[-4:]} and invoice {inv} is now paid. "
            f"For your security, please never send full card numbers by e-mail; we have deleted your message "
            f"containing {CC(fmt_card(num, kind))} from our mailbox.\n\n{sig(rng, 'en', 'femke')}\n")


@scenario("en", True)
def en_reviews(rng, k):
    r1, r2 = person(rng, "uk"), person(rng, rng.choice(["nl", "mix"]))
    if k == 0:
        return (f"Google reviews — {o('Trekvogel Removals')}\n\n"
                f"★★★★★ {P(r1.full)} · 2 weeks ago\nMoved us from {rng.choice(['Bristol', 'Leeds', 'Reading'])} to Tilburg "
                f"door to door. {P(STAFF['callum'].first)} sorted the customs paperwork and the crew were brilliant 🙌\n\n"
                f"★★☆☆☆ {P(r2.full)} · 1 month ago\nGood movers but arrived 2 hours late and nobody called. Box 14 of 60 "
                f"is still missing.\n↳ Response from the owner: Sorry {P(r2.first)}, we've asked {P(STAFF['evi'].first)} "
                f"to contact you about the missing box.\n")
    return (f"{NEG('@relocating_rach')} on Instagram: new flat, new city 🇳🇱✨ huge thanks to {o('@TrekvogelVerhuist')} "
            f"and especially {P(STAFF['mustafa'].first)} + {P(STAFF['gertjan'].first)} who carried a 90 kg wardrobe up 4 "
            f"flights of stairs 😳💪\n\ncomment by {P(r1.full)}: they moved us too last year, can confirm 10/10\n")


@scenario("en", True)
def en_complaint_late(rng, k):
    c = person(rng, rng.choice(["uk", "mix"]))
    n = nl_addr(rng)
    on = order_no(rng)
    return crlf(f"From: {P(c.full)} <{EM(gen_email(rng, c))}>\nTo: {o('service@trekvogel.example')}\nSubject: RE: Your move {on}\n\n"
                f"Hi,\n\nThis isn't good enough. We took a day off work, the crew were due at 8 and arrived at 11:20. "
                f"Nobody answered on {o(rng.choice(O_TEL))} or on the WhatsApp number {o(rng.choice(O_MOB))} all morning. I expect part of the fee back.\n\n"
                f"{P(c.first)}\n{PH(nl_mobile(rng))}\n\n"
                f"> On {fd(move_date(rng), 'en', 1)}, {P(STAFF['marloes'].full)} wrote:\n"
                f"> Dear {(('Mr ' if c.sex == 'M' else 'Ms ') + P(c.Sur)) if k else P(c.first)},\n> Your move from {AD(n.street)} is confirmed for 08:00. The crew "
                f"leader is {P(STAFF['ruben'].first)}.\n> Kind regards, {P(STAFF['marloes'].first)}\n")


@scenario("en", True)
def en_company_relocation(rng, k):
    hr = person(rng, "uk")
    emps = people(rng, 3, rng.choice(["uk", "mix"]))
    kvk, btw = gen_kvk(rng), gen_btw(rng)
    ads = [nl_addr(rng, rng.choice(["Eindhoven", "Utrecht", "Breda"])) for _ in emps]
    rows = "\n".join(f"{i + 1}. {P(e.full)} — {AD(a.street)}, {PC(a.pc)} {a.town} — {rng.choice(['1-bed', '2-bed', '3-bed'])}, "
                     f"{m3(rng, 12, 40)} m³" for i, (e, a) in enumerate(zip(emps, ads)))
    if k == 0:
        return (f"Dear Trekvogel,\n\nNorthbank Analytics is relocating three employees from our London office to our "
                f"Dutch entity. Please quote per employee:\n\n{rows}\n\n"
                f"Invoicing entity: Northbank Analytics B.V., KvK {KVK(kvk)}, VAT {BTW(btw)}, PO to follow.\n"
                f"{P(emps[0].first)} already has a Dutch citizen service number ({BSN(gen_bsn(rng))}) if that helps with "
                f"the paperwork.\n\n"
                f"Kind regards,\n{P(hr.full)}\nHR Operations, Northbank Analytics Ltd\n{PH(uk_phone(rng, '20'))}\n")
    return (f"Relocation batch RB-{rng.randint(100, 999)} — client Northbank Analytics B.V.\n"
            f"Chamber of Commerce no. {KVK(kvk)} · VAT ID {BTW(btw)}\n\n{rows}\n\n"
            f"Client contact: {P(hr.full)} (HR). Rate card C applies; storage up to 30 days included.\n")


@scenario("en", True)
def en_care_home(rng, k):
    dad = person(rng, "old", sex="M")
    son = person(rng, rng.choice(["uk", "nl"]), sex="M", last=dad.sur)
    home = nl_addr(rng, "Breda")
    ch = nl_addr(rng, "Breda", add=False, street=rng.choice(["Zorgvlied", "Vredeoord", "Lindehorstlaan"]))
    u = uk_addr(rng)
    if k == 0:
        return (f"Dear Sir or Madam,\n\nI live in the UK and I'm arranging my father's move into a care home in Breda. "
                f"He is {P(dad.full)}, currently at {AD(home.street)}, {PC(home.pc)} Breda. He moves to the care home at "
                f"{AD(ch.street)} (room 2.07, about 20 m²) in the week of {fd(move_date(rng), 'en', 1)}.\n\n"
                f"Only a few things go with him: armchair, a small bookcase, TV and some boxes. The rest of the house "
                f"needs clearing. I can't be there on the day, but my cousin {P(person(rng).full)} will let you in.\n\n"
                f"Best wishes,\n{P(son.full)}\n{AD(u.street)}, {u.town} {PC(u.pc)}\n{PH(uk_phone(rng, u.area))}\n")
    return (f"Job note (EN for family) — house clearance + small move\nClient: {P(dad.ini_sur)} (father, DOB "
            f"{DOB(fd(rdate(rng, 1928, 1944), 'en', 1))}), contact son "
            f"{P(son.first)} in the UK ({PH(uk_phone(rng, u.area, 1))})\nFrom: {AD(home.street)}, Breda\nTo: {AD(ch.street)}, "
            f"{PC(ch.pc)} Breda\nVolume to care home: ~4 m³; clearance: ~30 m³ (charity shop + recycling)\n")


@scenario("en", True)
def en_key_handover(rng, k):
    ll = person(rng, rng.choice(["nl", "old"]))
    t = person(rng, "uk")
    a = nl_addr(rng, rng.choice(["Utrecht", "Amsterdam", "Eindhoven"]))
    d = move_date(rng)
    return (f"Hi {P(t.first)},\n\nConfirming the end-of-tenancy handover at {AD(a.street)}, {PC(a.pc)} {a.town} on "
            f"{fd(d, 'en', 2)} at 15:30. Our crew will have finished loading by then. The landlord, {P(ll.full)}, will do "
            f"the inspection together with {NEG('Makelaardij Van der Linden')} (their agent {P(person(rng).full)}).\n"
            f"Please bring all keys (2 front door, 1 bike shed, 1 mailbox).\n\n{sig(rng, 'en', 'callum')}\n")


@scenario("en", True)
def en_route_sheet(rng, k):
    d = move_date(rng)
    truck = gen_kenteken(rng, rng.choice([5, 9, 11]))
    trl = gen_kenteken(rng, rng.choice([4, 6]))
    c = person(rng, "uk")
    u = uk_addr(rng)
    n = nl_addr(rng)
    return (f"INTERNATIONAL ROUTE SHEET — {fd(d, 'en', 1)}\nTruck {fleet_no(rng)}: {KT(truck)} + trailer {KT(trl)}\n"
            f"Drivers: {P(STAFF['gertjan'].full)} / {P(STAFF['mustafa'].full)}\n\n"
            f"Day 1  07:00 load at {AD(n.street)}, {PC(n.pc)} {n.town} (approx. {m3(rng, 20, 45)} m³)\n"
            f"       21:00 ferry Hook of Holland → Harwich, booking ref SB{rng.randint(100000, 999999)}\n"
            f"Day 2  10:30 deliver {AD(u.street)}, {u.town} {PC(u.pc)} — customer {P(c.full)}, {PH(uk_phone(rng, u.area))}\n"
            f"       parking bay suspended 08:00–18:00 (council ref PS/{rng.randint(10000, 99999)})\n"
            f"Gross weight loaded: {rng.randint(8, 14)},{rng.randint(100, 999)} kg. Customs: ToR on board.\n")


@scenario("en", True)
def en_portal_chat(rng, k):
    c = person(rng, rng.choice(["uk", "mix"]))
    ip = gen_ip(rng, v6=(k == 1))
    t = rng.randint(9 * 60, 16 * 60)
    stamps = []
    for _ in range(5):
        stamps.append(f"{t // 60:02d}:{t % 60:02d}")
        t += rng.randint(1, 4)
    ts = iter(stamps)

    def tm(_rng):
        return next(ts)
    return (f"[{tm(rng)}] {P(c.full)}: hi, the customer portal keeps saying \"access denied from your network\"\n"
            f"[{tm(rng)}] {P(STAFF['dilara'].first)} (Trekvogel): Sorry about that! Could you tell me your public IP address? "
            f"You can see it on whatismyip.\n"
            f"[{tm(rng)}] {P(c.full)}: {IP(ip)} — my laptop says 192.168.{rng.randint(0, 2)}.{rng.randint(10, 99)} though\n"
            f"[{tm(rng)}] {P(STAFF['dilara'].first)} (Trekvogel): The first one is the one we need, I've unblocked it. "
            f"The 192.168 address is your home network, that's fine. Please try again.\n"
            f"[{tm(rng)}] {P(c.full)}: works now, thanks! my login is {EM(gen_email(rng, c))}\n")


@scenario("en", True)
def en_address_correction(rng, k):
    c = person(rng, "uk")
    u = uk_addr(rng, flat=True)
    fl, rest = u.street.split(", ", 1)
    wrong_flat = f"Flat {int(fl.split()[1]) + rng.randint(1, 5)}, {rest}"
    if k == 0:
        return (f"Hello, small correction for job {order_no(rng)}: the delivery address is {AD(u.street)}, {u.town} "
                f"{PC(u.pc)}, NOT {AD(wrong_flat)} as on the booking. Flats 1-6 share one entrance, buzzer on the left.\n"
                f"Thanks, {P(c.first)} ({PH(uk_phone(rng, u.area))})\n")
    return (f"Booking amended by {P(STAFF['callum'].first)}: delivery address changed from {AD(wrong_flat)} to "
            f"{AD(u.street)} ({u.town}, {PC(u.pc)}) at the request of {P(c.full)}.\n")


@scenario("en", True)
def en_deposit_gb(rng, k):
    c = person(rng, "uk")
    iban = gen_iban(rng, "GB")
    return (f"Hi there,\n\nWe've now moved back to the UK and the storage unit is empty. Please return the storage deposit "
            f"(€ 150.00) to my UK account:\nIBAN {IB(fmt_iban(rng, iban, 'sp' if k == 0 else 'compact'))}\n"
            f"BIC {iban[4:8]}GB2L\nAccount name: {P(c.full)}\n\nThe unit code was {unit_code(rng)}.\n\nMany thanks,\n{P(c.first)}\n")


@scenario("en", True)
def en_belgian(rng, k):
    c = person(rng, "be")
    a = be_addr(rng)
    n = nl_addr(rng, rng.choice(["Breda", "Tilburg", "Eindhoven"]))
    iban = gen_iban(rng, "BE")
    if k == 0:
        return (f"Hello,\n\nI'm writing in English because my Dutch is Flemish 😄. We move from {AD(a.street)}, {PC(a.pc)} "
                f"{a.town} to {AD(n.street)}, {PC(n.pc)} {n.town}. The quote says € 1,950 — can I pay the deposit from my "
                f"Belgian account {IB(fmt_iban(rng, iban, 'sp'))}? And please call me on my gsm {PH(be_phone(rng))}.\n\n"
                f"Kind regards,\n{P(c.full)}\n")
    return (f"Call note — Belgian customer {P(c.full)} (gsm {PH(be_phone(rng, style=1))}, landline "
            f"{PH(be_phone(rng, a.area, mobile=False))}). Moving from {AD(a.street)}, {a.town} to {n.town}. "
            f"Wants refunds to {IB(fmt_iban(rng, iban, 'compact'))}. Quote sent by {P(STAFF['joost'].first)}. "
            f"Deposit goes to the account of {o('Trekvogel Verhuizingen België')}, {o(rng.choice(O_IBAN_BE))}; for the "
            f"survey {'he' if c.sex == 'M' else 'she'} can call the Antwerp office ({o('Vaartkaai 118')}) on "
            f"{o(rng.choice(O_BE_TEL))}.\n")


# ---- English messages without personal data --------------------------------------------------
@scenario("en", False)
def en_pf_quote_question(rng, k):
    if k == 0:
        return (f"Hi, roughly how much would it cost to move a 3-bed house (about {m3(rng, 35, 60)} m³) from Eindhoven to "
                f"Manchester? We'd need 4 weeks of storage in between. Do you charge per cubic metre or per load? "
                f"Also, is a 1000 KG piano a problem?\n\nThanks!\n")
    return (f"Website chat #{rng.randint(10000, 99999)}\nvisitor: do you do part loads to the UK?\n"
            f"Trekvogel: Yes — we run a groupage trip to the UK every 2 weeks. Minimum 5 m³, priced per m³ (from € 95 per m³).\n"
            f"visitor: and customs?\nTrekvogel: We prepare the paperwork; you'll need a ToR reference if you're moving your "
            f"residence. Next departures: week {rng.randint(10, 20)} and week {rng.randint(21, 30)}.\n")


@scenario("en", False)
def en_pf_customs_info(rng, k):
    if k == 1:
        return (f"Moving from the UK to the Netherlands — what we need\n\n"
                f"- A completed request for relief from import duties for household goods (Dutch customs form, we send "
                f"it to you pre-filled).\n- Proof that you lived outside the EU for at least 12 months.\n"
                f"- An inventory in English or Dutch; values in € or £.\n\nPlease do not e-mail copies of passports; "
                f"upload them in the customer portal ({o('portal.trekvogel.example')}), where they are deleted 30 days "
                f"after delivery. Transit Harwich → Hook of Holland takes 7 hours; trailers up to 3500 KG axle load.\n\n"
                f"{team_sig(rng, 'en', 'International Desk')}\n")
    return (f"Moving to the UK — customs in brief\n\n1. Apply for Transfer of Residence relief (form ToR01) at least 2 weeks "
            f"before the move.\n2. Send us the ToR reference (format ToR + 6 digits) — we put it on the export declaration.\n"
            f"3. Inventory: one line per box, in English, with values in £.\n4. Not allowed: plants, soil, meat and dairy.\n\n"
            f"Transit time Tilburg → London: 2 days (ferry Hook of Holland–Harwich or Rotterdam–Hull). Vehicle max. 40 tonnes, "
            f"our box trucks carry up to 7500 KG.\n\n{team_sig(rng, 'en', 'International Desk')}\n")


@scenario("en", False)
def en_pf_invoice(rng, k):
    inv = gen_ref9(rng, True)
    return (f"Invoice {NEG(inv)} — {o('Trekvogel Removals')}\n\nJob: {order_no(rng)} (international, NL → UK)\n"
            f"Transport 32 m³ ........ € {money(rng, 2200, 3400, 'en')}\nPacking materials ....... € {money(rng, 80, 240, 'en')}\n"
            f"Customs handling ........ € 175.00\nVAT 0% (export)\n\nPlease pay within 14 days to {o(rng.choice(O_IBAN_NL))} "
            f"(BIC RABONL2U) quoting invoice number {NEG(inv)}.\nCoC {o('59381027')} · VAT {o('NL844218443B01')}\n")


@scenario("en", False)
def en_pf_fleet(rng, k):
    return (f"Fleet update (internal)\n- Truck {fleet_no(rng)}: new tail lift fitted, rated 1500 KG.\n"
            f"- Truck {fleet_no(rng)}: tachograph download due {fd(move_date(rng), 'en', 0)}.\n"
            f"- Van {fleet_no(rng)}: sold; replacement arrives week {rng.randint(10, 40)}.\n"
            f"- Trailer T-{rng.randint(1, 6)}: axle load 3500 KG, plated for UK runs.\n"
            f"Ferry account number: {rng.randint(100000, 999999)}. Fuel cards re-issued (ask the office).\n")


@scenario("en", False)
def en_pf_packing(rng, k):
    if k == 1:
        return (f"Crating for artwork and mirrors\n\n- Small crate 80 x 60 x 15 cm, max 25 kg\n- Large crate "
                f"160 x 120 x 20 cm, max 80 kg\n- Corner protectors: item {NEG(gen_kenteken(rng, 9))}\n\nCrates are "
                f"built in our workshop; allow 3 working days. Price from € 85 per crate.\n")
    return (f"Packing guide\n\n| box | size (cm) | max weight |\n|---|---|---|\n| standard | 60 x 40 x 40 | 20 kg |\n"
            f"| book | 40 x 30 x 30 | 15 kg |\n| wardrobe | 50 x 60 x 110 | 25 kg |\n\n"
            f"Label each box with the room and a number (e.g. KITCHEN 7/40). Fragile items: use code {NEG(gen_kenteken(rng, 4))} "
            f"bubble wrap (width 100 cm). A 40 m³ truck holds about 300 standard boxes.\n")


@scenario("en", False)
def en_pf_storage_terms(rng, k):
    if k == 1:
        return (f"Storage FAQ\n\nQ: Can someone else open my unit?\nA: Yes. Add an authorised person in the portal; "
                f"they show ID at reception the first time.\n\nQ: I forgot my gate code.\nA: Call "
                f"{o(rng.choice(['+31 13 583 2260', '+31 (0)13 583 22 60']))} during office hours. We reset it and send a new "
                f"code by SMS — never by e-mail.\n\nQ: Can I store a car?\nA: Only in the outdoor bays (P-01 to P-24), "
                f"max. 2000 KG, with the battery disconnected.\n")
    return (f"Storage terms (summary)\n\n- Units from 3 m³ to 18 m³; codes A-101 to E-348.\n- Access 07:00–22:00 with a "
            f"personal gate code (sent by SMS, never by e-mail).\n- Insurance cover up to € 10,000 per unit; extend on request.\n"
            f"- Notice period 14 days. Deposits are refunded within 10 working days after the unit is empty.\n\n"
            f"{team_sig(rng, 'en', 'Storage Team')}\n")


@scenario("en", False)
def en_pf_review_handles(rng, k):
    if k == 1:
        return (f"Trustpilot · Verified customer · ★★★★☆\n\"Good value. Crew of three, 38 m³ in under six hours. Only "
                f"minus: the quote said 8:00 and they came at 8:40.\"\n\nReply from {o('Trekvogel Removals')}: Thanks "
                f"for the review! We've passed the feedback on timing to our planning team. 🙏\n")
    h1, h2 = rng.choice(["@movingmadness", "@tilburg_expats", "@bristol2brabant"]), rng.choice(["@homesweethome_nl", "@dutchlife_uk"])
    return (f"{NEG(h1)}: shoutout to {o('@TrekvogelVerhuist')} 🚚📦 moved 3 floors in 5 hours, zero damage ⭐⭐⭐⭐⭐\n"
            f"{NEG(h2)}: did they do the UK customs too?\n{NEG(h1)}: yes!! all of it. worth every euro 💶\n"
            f"{o('@TrekvogelVerhuist')}: Thank you so much! 🙏 Enjoy the new place.\n")


@scenario("en", False)
def en_pf_ferry(rng, k):
    return (f"Crossings week {rng.randint(5, 50)}\n\n| day | route | dep | arr | booking |\n|---|---|---|---|---|\n"
            + "\n".join(f"| {rng.choice(EN_DAY[:5])} | {rng.choice(['Hook of Holland–Harwich', 'Rotterdam–Hull', 'Calais–Dover'])} | "
                        f"{rng.choice(['09:00', '14:15', '21:00', '22:30'])} | {rng.choice(['17:15', '06:00', '08:00', '19:45'])} | "
                        f"SB{rng.randint(100000, 999999)} |" for _ in range(rng.randint(3, 5)))
            + f"\n\nDriver hours: max 9 h per day, 45 min break after 4.5 h.\n")


@scenario("en", False)
def en_pf_insurance_faq(rng, k):
    if k == 1:
        return (f"How claims work\n\n1. Report within 7 days with photos and your job number.\n2. You receive a claim "
                f"reference (format CLM-YYYY-NNNN).\n3. A loss adjuster may visit for claims above € 2,500.\n"
                f"4. We pay within 30 days to the account you give us.\n\nLiability for goods in storage: up to "
                f"€ 10,000 per unit (policy {ref9(rng, True)}). Transit: up to € 50,000 per job.\n\n"
                f"{team_sig(rng, 'en', 'Customer Service')}\n")
    return (f"FAQ: Am I insured during the move?\n\nYes. Our transit policy (no. {ref9(rng, True)}, underwriter "
            f"{NEG('Hollandse Transportverzekeringen N.V.')}) covers up to € 50,000 per job with an excess of € 250. "
            f"Items you pack yourself are covered for visible external damage only. Report damage within 7 days "
            f"to {o('claims@trekvogel.example')}, quoting your job number (VH-..-.....).\n")


# =============================================================================================
# German scenarios (20: 13 with personal data, 7 without)
# =============================================================================================
@scenario("de", True)
def de_anfrage(rng, k):
    c = person(rng, rng.choice(["de", "de", "mix"]))
    a = de_addr(rng, rng.choice(["Köln", "Düsseldorf", "Aachen", "Krefeld", "Essen"]))
    n = nl_addr(rng, rng.choice(["Eindhoven", "Venlo", "Maastricht", "Nijmegen"]))
    d = move_date(rng)
    if k == 0:
        car = gen_de_plate(rng, {"Köln": "K", "Düsseldorf": "D", "Aachen": "AC", "Krefeld": "KR", "Essen": "E"}[a.town])
        return (f"Sehr geehrte Damen und Herren,\n\nwir ziehen am {fd(d, 'de', 0)} von {AD(a.street)}, {PC(a.pc)} {a.town} "
                f"nach {AD(n.street)}, {PC(n.pc)} {n.town}. Die Wohnung liegt im 3. OG, es gibt einen Aufzug (Innenmaß "
                f"1,10 x 1,40 m). Wir schätzen ca. {m3(rng, 20, 45)} m³.\n\nFür die Halteverbotszone: unser eigenes Auto "
                f"({KT(car)}) können wir in die Tiefgarage stellen.\n\nBitte um ein Angebot inkl. Küchenabbau.\n\n"
                f"Mit freundlichen Grüßen\n{P(c.full)}\nTel. {PH(de_phone(rng, a.area))}\n{EM(gen_email(rng, c, rng.choice(['web.de', 'gmx.de', 't-online.de'])))}\n")
    return (f"Anfrage über Formular (DE)\nName: {P(c.Sur + ', ' + c.first)}\nE-Mail: {EM(gen_email(rng, c, 'gmx.de'))}\n"
            f"Mobil: {PH(de_phone(rng, mobile=True))}\nAuszug: {AD(a.street)}, {PC(a.pc)} {a.town} (EG)\n"
            f"Einzug: {AD(n.street)}, {PC(n.pc)} {n.town} (2. OG, kein Aufzug)\nWunschtermin: {fd(d, 'de', 2)}\n"
            f"Sonstiges: Klavier (ca. 230 kg), Aquarium 400 l\nIP-Adresse: {IP(gen_ip(rng))} · Formular-ID {rng.randint(100000, 999999)}\n")


@scenario("de", True)
def de_halteverbot(rng, k):
    a = de_addr(rng, rng.choice(["Köln", "Düsseldorf", "Goch", "Mönchengladbach", "Duisburg"]))
    d = move_date(rng)
    c = person(rng, "de")
    truck_nl = gen_kenteken(rng, rng.choice([5, 9, 11]))
    truck_de = gen_de_plate(rng, "KLE")
    if k == 0:
        return (f"Antrag auf Einrichtung einer Halteverbotszone für einen Umzug\n\n"
                f"Antragsteller: {o('Trekvogel Umzüge GmbH')}, {o('Emmericher Straße 212, 47533 Kleve')}\n"
                f"Ort: vor {AD(a.street)}, {PC(a.pc)} {a.town}\nDatum: {fd(d, 'de', 0)}, 07:00–17:00 Uhr\n"
                f"Länge: 20 m\nFahrzeuge: LKW 7,49 t, amtl. Kennzeichen {KT(truck_de)}; Anhänger aus NL, Kennzeichen {KT(truck_nl)}\n"
                f"Bewohner: {P(c.full)}\n\nDie Schilder werden 72 Stunden vorher aufgestellt.\n\n{sig(rng, 'de', 'heike')}\n")
    return (f"Hallo {P(STAFF['heike'].first)},\n\ndie Stadt hat die Halteverbotszone vor {AD(a.street)} genehmigt "
            f"(Aktenzeichen 32/{rng.randint(1000, 9999)}/{d.year}). Bitte tragt das Kennzeichen {KT(truck_de)} "
            f"nach, das war im Antrag leer. {'Der Kunde, Herr' if c.sex == 'M' else 'Die Kundin, Frau'} {P(c.sur)}, stellt {'sein' if c.sex == 'M' else 'ihr'} Auto woanders hin.\n\n"
            f"Gruß {P(STAFF['marco'].first)}\n")


@scenario("de", True)
def de_schaden(rng, k):
    c = person(rng, "de")
    a = de_addr(rng)
    iban = gen_iban(rng, "DE")
    if k == 0:
        return crlf(f"Betreff: Schadensmeldung Auftrag {order_no(rng)}\n\nGuten Tag,\n\nbeim Umzug am {fd(move_date(rng), 'de', 1)} "
                f"wurde unser Kleiderschrank (Eiche, 2,20 m) beschädigt: eine Tür ist gesplittert. Fotos anbei. "
                f"Rechnungsnummer Ihrer Rechnung: {ref9(rng, True)}. Versicherungsschein unserer Hausrat: {ref9(rng, True)}.\n\n"
                f"Bitte überweisen Sie die Entschädigung auf {IB(fmt_iban(rng, iban, 'sp'))} (Kontoinhaber {P(c.full)}).\n\n"
                f"Mit freundlichen Grüßen\n{P(c.full)}\n{AD(a.street)}\n{PC(a.pc)} {a.town}\n")
    return (f"Schadenakte S-{rng.randint(2025, 2026)}-{rng.randint(100, 999)}\nKunde: {P(c.ini_sur)}, {AD(a.street)}, {PC(a.pc)} {a.town}\n"
            f"Schaden: Kleiderschranktür, Reparatur durch Tischlerei {NEG('Hülsmann & Söhne')} (Kostenvoranschlag 380,00 €)\n"
            f"Auszahlung an: {IB(fmt_iban(rng, iban, 'compact'))}\nBearbeitung: {P(STAFF['evi'].full)} / {P(STAFF['heike'].full)}\n")


@scenario("de", True)
def de_einlagerung(rng, k):
    c = person(rng, rng.choice(["de", "mix"]))
    a = de_addr(rng)
    b = rdate(rng, 1950, 2002)
    u = unit_code(rng)
    if k == 0:
        return (f"LAGERVERTRAG Nr. L-{u}\n\nMieter: {P(c.full)}\nGeburtsdatum: {DOB(fd(b, 'de', 0))}\n"
                f"Anschrift: {AD(a.street)}, {PC(a.pc)} {a.town}\nAusweis: Personalausweis Nr. {ID(gen_de_doc(rng))}\n"
                f"Lagereinheit: {u}, {rng.choice([6, 9, 12])} m³\nMiete: {money(rng, 79, 139, 'de')} € monatlich per SEPA-Lastschrift "
                f"von {IB(fmt_iban(rng, gen_iban(rng, 'DE'), 'sp'))}\n\nDen Zugangscode erhalten Sie per SMS. Er wird nicht "
                f"per E-Mail versendet.\n")
    return (f"hallo, ich hab bei euch die box {u} gemietet. mein ausweis ist abgelaufen, hier die neue nummer: "
            f"{ID(gen_de_doc(rng))}. geb. am {DOB(fd(b, 'de', 3))}, falls ihr das zum abgleichen braucht. ich wohne "
            f"inzwischen in NL, meine BSN ist {BSN(gen_bsn(rng))}. "
            f"lg {P(c.first.lower())}\n")


@scenario("de", True)
def de_pflegeheim(rng, k):
    mom = person(rng, "de", sex="F")
    kid = person(rng, "de", sex="F", last=mom.sur if rng.random() < .5 else None)
    a = de_addr(rng, rng.choice(["Goch", "Emmerich am Rhein"]))
    ph = de_addr(rng, a.town)
    if k == 0:
        return (f"Sehr geehrte Frau {P(STAFF['heike'].last)},\n\nmeine Mutter, {P(mom.full)}, zieht am "
                f"{fd(move_date(rng), 'de', 1)} aus ihrer Wohnung ({AD(a.street)}, {PC(a.pc)} {a.town}) in das "
                f"Seniorenheim St. Martinus, {AD(ph.street)}. Sie hat dort ein Zimmer mit 19 m².\n\n"
                f"Mitnehmen möchte sie: Sessel, Kommode, Fernseher, ein Regal und ca. 8 Kartons. Die restlichen Möbel "
                f"sollen entsorgt werden. Sie sitzt im Rollstuhl, deshalb wäre es schön, wenn jemand ruhig mit ihr "
                f"spricht.\n\nSie erreichen mich unter {PH(de_phone(rng, a.area))} oder {PH(de_phone(rng, mobile=True))}.\n\n"
                f"Mit freundlichen Grüßen\n{P(kid.full)}\n")
    return (f"Besichtigung {fd(move_date(rng), 'de', 0)} — {P(STAFF['heike'].first)}\nFrau {P(mom.sur)} (geb. "
            f"{DOB(fd(rdate(rng, 1930, 1945), 'de', 0))}), {AD(a.street)} ({a.town}), Tochter {P(kid.first)} anwesend.\nZiel: {AD(ph.street)}, {PC(ph.pc)} {a.town} (Seniorenheim, 1. OG, Aufzug)\n"
            f"Volumen Umzug ca. 5 m³, Entrümpelung ca. 25 m³. Kontakt Tochter: {PH(de_phone(rng, mobile=True, style=0))}\n")


@scenario("de", True)
def de_firmenumzug(rng, k):
    c = person(rng, "de")
    ct = person(rng, "nl")
    a = de_addr(rng, rng.choice(["Düsseldorf", "Köln", "Krefeld"]))
    n = nl_addr(rng, rng.choice(["Venlo", "Nijmegen", "Eindhoven"]))
    kvk, btw = gen_kvk(rng), gen_btw(rng)
    if k == 0:
        return (f"Sehr geehrte Damen und Herren,\n\nwir verlagern unseren Vertrieb von {AD(a.street)}, {PC(a.pc)} {a.town} "
                f"nach {AD(n.street)}, {PC(n.pc)} {n.town}. Unsere niederländische Tochter ist die Rheinland Sensorik B.V. "
                f"(KvK {KVK(kvk)}, USt-IdNr. {BTW(btw)}); bitte die Rechnung an diese Gesellschaft.\n"
                f"Die deutsche GmbH ist beim Amtsgericht {a.town} unter HRB {rng.randint(10000, 99999)} eingetragen.\n\n"
                f"Umfang: 14 Arbeitsplätze, 2 Serverschränke (je ca. 400 kg), Archiv. Ansprechpartner vor Ort in den "
                f"Niederlanden ist {P(ct.full)} ({PH(nl_mobile(rng))}).\n\nMit freundlichen Grüßen\n{P(c.full)}\nGeschäftsführer\n")
    return (f"Auftragsbestätigung {order_no(rng)} — Firmenumzug\nAuftraggeber: Rheinland Sensorik B.V., "
            f"Handelsregister (KvK) {KVK(kvk)}, USt-IdNr. {BTW(btw)}\nAnsprechpartner: Herr {P(c.Sur)}, "
            f"{EM(gen_email(rng, c, 'rheinland-sensorik.de'))}\nVon: {AD(a.street)}, {PC(a.pc)} {a.town}\nNach: {AD(n.street)}, "
            f"{PC(n.pc)} {n.town}\nFestpreis: {money(rng, 6000, 14000, 'de')} € netto\n")


@scenario("de", True)
def de_kartenzahlung(rng, k):
    c = person(rng, "de")
    num, kind = gen_card(rng, rng.choice(["visa", "mc", "mc2"]))
    if k == 0:
        return (f"Telefonnotiz {fd(move_date(rng), 'de', 0)} {tm(rng)} ({P(STAFF['heike'].first)})\n"
                f"{'Herr' if c.sex == 'M' else 'Frau'} {P(c.sur)} ruft an, möchte die Schlussrechnung ({money(rng, 400, 2000, 'de')} €) per "
                f"Kreditkarte zahlen. Kartennummer {CC(fmt_card(num, kind))}, gültig bis {rng.randint(1, 12):02d}/{rng.randint(26, 30)}. "
                f"Zahlung im Terminal erfasst. Rückruf erwünscht unter {PH(de_phone(rng, mobile=True))}.\n")
    return (f"Hallo,\n\nich möchte die Anzahlung per Kreditkarte leisten: {CC(num)} ({'Visa' if kind == 'visa' else 'Mastercard'}), Ablauf "
            f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}. Die Prüfziffer sage ich Ihnen am Telefon.\n\n"
            f"Viele Grüße\n{P(c.full)}\n")


@scenario("de", True)
def de_bewertung(rng, k):
    c = person(rng, "de")
    if k == 0:
        return (f"{P(c.full)} ★★★★★ vor 3 Tagen\nSuper Umzug von Köln nach Venlo! {P(STAFF['marco'].first)} und "
                f"{P(STAFF['mustafa'].first)} waren pünktlich, freundlich und haben nichts kaputt gemacht 👍🏻 Klare "
                f"Empfehlung.\n\nAntwort von {o('Trekvogel Umzüge')}: Vielen Dank, {P(c.first)}! Wir richten es aus. 😊\n")
    return (f"{NEG('@umzug_mit_hund')}: danke {o('@TrekvogelVerhuist')} 🐶📦 alles heil angekommen, sogar das Aquarium!! "
            f"#umzug #niederlande\n\nKommentar {P(c.full)}: welche firma war das? brauchen wir im Mai auch\n"
            f"{NEG('@umzug_mit_hund')}: die aus Kleve, frag nach {P(STAFF['marco'].first)} 😉\n")


@scenario("de", True)
def de_beschwerde(rng, k):
    c = person(rng, "de")
    a = de_addr(rng)
    if k == 0:
        return crlf(f"BESCHWERDE ZU RECHNUNG {ref9(rng, True)}\n\nSEHR GEEHRTE DAMEN UND HERREN,\n\nSIE HABEN 6 STUNDEN "
                    f"BERECHNET, IHRE LEUTE WAREN ABER NUR 4 STUNDEN DA. AUSSERDEM FEHLT EIN KARTON MIT GESCHIRR. "
                    f"ICH ZAHLE ERST, WENN DAS GEKLÄRT IST.\n\n{P(c.full.upper())}\n{AD(a.street.upper())}\n{PC(a.pc)} {a.town.upper()}\n")
    return crlf(f"{'Sehr geehrter Herr' if c.sex == 'M' else 'Sehr geehrte Frau'} {P(c.sur)},\n\nvielen Dank für Ihre Nachricht zu Rechnung "
                f"{ref9(rng, True)}. Laut Stundenzettel unseres Teamleiters {P(STAFF['ruben'].full)} war das Team von 08:00 bis "
                f"14:10 vor Ort. Den fehlenden Karton suchen wir im Lager.\n\n{sig(rng, 'de', 'heike')}\n")


@scenario("de", True)
def de_umzug_uk(rng, k):
    c = person(rng, "de")
    pt = person(rng, "de", sex="F" if c.sex == "M" else "M", last=c.sur)
    u = uk_addr(rng)
    a = de_addr(rng)
    if k == 0:
        return (f"Hallo {P(STAFF['callum'].first)},\n\nhier die Angaben für die Zollunterlagen (Umzug nach {u.town}):\n\n"
                f"{P(c.full)}, geb. {DOB(fd(rdate(rng, 1965, 1996), 'de', 1))}, Reisepass {ID(gen_de_doc(rng, 'C'))}\n"
                f"{P(pt.full)}, geb. {DOB(fd(rdate(rng, 1965, 1996), 'de', 0))}, Reisepass {ID(gen_de_doc(rng, 'C'))}\n\n"
                f"Bisherige Anschrift: {AD(a.street)}, {PC(a.pc)} {a.town}\nNeue Anschrift: {AD(u.street)}, {u.town} {PC(u.pc)}\n\n"
                f"Viele Grüße\n{P(c.first)}\n")
    return (f"Zollakte UK-{rng.randint(100, 999)} · Familie {P(c.sur)}\nAntragsteller: {P(c.full)} | Geburtsdatum "
            f"{DOB(fd(rdate(rng, 1965, 1996), 'de', 0))} | Pass {ID(gen_de_doc(rng, 'C'))}\nLieferadresse: {AD(u.street)}, "
            f"{PC(u.pc)}\nToR-Referenz: beantragt am {fd(move_date(rng), 'de', 0)}\nSachbearbeiter: {P(STAFF['callum'].full)}\n")


@scenario("de", True)
def de_schluessel(rng, k):
    c = person(rng, "de")
    ll = person(rng, "de", sex="F")
    a = de_addr(rng)
    return (f"Hallo {'Herr' if c.sex == 'M' else 'Frau'} {P(c.sur)},\n\ndie Schlüsselübergabe für die Wohnung {AD(a.street)}, "
            f"{PC(a.pc)} {a.town} findet am {fd(move_date(rng), 'de', 2)} um 15 Uhr statt. Die Vermieterin, Frau "
            f"{P(ll.full)}, kommt zusammen mit der Hausverwaltung {NEG('Immobilien Theißen & Partner')}. "
            f"Unser Teamleiter {P(STAFF['marco'].first)} ist bis zum Schluss dabei.\n\n{sig(rng, 'de', 'heike')}\n")


@scenario("de", True)
def de_tourenplan(rng, k):
    d = move_date(rng)
    t1 = gen_de_plate(rng, "KLE")
    t2 = gen_kenteken(rng, rng.choice([5, 9]))
    c1, c2 = person(rng, "de"), person(rng, "de")
    a1, a2 = de_addr(rng), nl_addr(rng, rng.choice(["Venlo", "Nijmegen", "Arnhem"]))
    return (f"Tourenplan {fd(d, 'de', 2)}\n\nFahrzeug | Kennzeichen | Fahrer\nLKW {fleet_no(rng)} | {KT(t1)} | {P(STAFF['marco'].full)}\n"
            f"LKW {fleet_no(rng)} | {KT(t2)} | {P(STAFF['jordy'].full)}\n\n"
            f"07:30 Beladung {AD(a1.street)}, {PC(a1.pc)} {a1.town} — Kunde {P(c1.full)} ({PH(de_phone(rng, a1.area))})\n"
            f"13:00 Entladung {AD(a2.street)}, {PC(a2.pc)} {a2.town}\n"
            f"16:00 Abholung Kartons bei {P(c2.ini_sur)}, {AD(de_addr(rng).street)}\n\nNutzlast max. 1000 KG auf der Ladebordwand!\n")


@scenario("de", True)
def de_rueckerstattung(rng, k):
    c = person(rng, "de")
    iban = gen_iban(rng, rng.choice(["DE", "DE", "NL"]))
    if k == 0:
        return (f"hallo zusammen, der umzug ist abgesagt (angebot {quote_no(rng)}). bitte die kaution von 200 € zurück auf "
                f"{IB(fmt_iban(rng, iban, 'lower'))}, kontoinhaber {P(c.lower)}. danke!\n")
    return (f"Guten Tag {P(c.full)},\n\nwir haben die Rückerstattung der Kaution (200,00 €) auf Ihr Konto {IB(fmt_iban(rng, iban, 'sp'))} "
            f"veranlasst. Die Gutschrift erfolgt in 3–5 Werktagen.\n\n{sig(rng, 'de', 'femke')}\n")


# ---- German messages without personal data ---------------------------------------------------
@scenario("de", False)
def de_pf_preisanfrage(rng, k):
    if k == 0:
        return (f"Guten Tag,\n\nwas kostet ungefähr ein Umzug einer 3-Zimmer-Wohnung (ca. {m3(rng, 25, 45)} m³) von Krefeld "
                f"nach Eindhoven? 2. Stock, kein Aufzug. Berechnen Sie nach Stunden oder pauschal?\n\nVielen Dank im Voraus\n")
    return (f"Chat #{rng.randint(10000, 99999)}\nBesucher: macht ihr auch Umzüge nach England?\n"
            f"{o('Trekvogel Umzüge')}: Ja, alle zwei Wochen per Sammelladung ab Kleve. Preis ab 95 € pro m³.\n"
            f"Besucher: und wie lange dauert das?\n{o('Trekvogel Umzüge')}: In der Regel 3–5 Werktage inkl. Zoll.\n")


@scenario("de", False)
def de_pf_rechnung(rng, k):
    if k == 1:
        inv = gen_ref9(rng, True)
        return (f"Zahlungserinnerung\n\nSehr geehrte Kundin, sehr geehrter Kunde,\n\nfür die Rechnung {NEG(inv)} vom "
                f"{fd(move_date(rng), 'de', 0)} konnten wir noch keinen Zahlungseingang feststellen "
                f"({money(rng, 400, 2500, 'de')} €). Bitte überweisen Sie den Betrag auf {o(rng.choice(O_IBAN_DE))}.\n\n"
                f"{team_sig(rng, 'de', 'Buchhaltung')}\n")
    inv = gen_ref9(rng, True)
    return (f"Rechnung Nr. {NEG(inv)}\nRechnungsdatum: {fd(move_date(rng), 'de', 0)}\nAuftrag: {order_no(rng)}\n\n"
            f"Umzugsleistung pauschal ............ {money(rng, 1200, 3800, 'de')} €\nVerpackungsmaterial ............... "
            f"{money(rng, 60, 200, 'de')} €\nHalteverbotszone .................. 145,00 €\n\nBitte überweisen Sie den Betrag "
            f"innerhalb von 14 Tagen auf {o(rng.choice(O_IBAN_DE))} unter Angabe der Rechnungsnummer {NEG(inv)}.\n\n"
            f"{o('Trekvogel Umzüge GmbH')} · Amtsgericht Kleve HRB 14027 · Geschäftsführung siehe Impressum\n")


@scenario("de", False)
def de_pf_fuhrpark(rng, k):
    return (f"Fuhrpark Kleve — Stand KW {rng.randint(2, 50)}\nLKW {fleet_no(rng)}: 7500 KG zul. Gesamtgewicht, HU fällig "
            f"{fd(move_date(rng), 'de', 0)}\nLKW {fleet_no(rng)}: Ladebordwand 1000 KG, Prüfung bestanden\n"
            f"Transporter {fleet_no(rng)}: Reifenwechsel erledigt (Teilenummer {NEG(gen_kenteken(rng, 4))})\n"
            f"Möbellift ML-{rng.randint(1, 5)}: 250 kg, 26 m\nTankkarten: neue PINs kommen per Post an die Disposition.\n")


@scenario("de", False)
def de_pf_lagerbedingungen(rng, k):
    if k == 1:
        return (f"FAQ Einlagerung\n\nWer darf an meine Box? — Nur Sie und die Personen, die Sie im Kundenportal als "
                f"bevollmächtigt eintragen. Beim ersten Besuch zeigen sie einen Ausweis vor.\n"
                f"Code vergessen? — Rufen Sie uns an ({o(rng.choice(O_DE_TEL))}); der neue Code kommt per SMS.\n"
                f"Was darf nicht eingelagert werden? — Benzin, Gasflaschen, Lebensmittel, Pflanzen.\n"
                f"Boxgrößen: 3, 6, 9, 12 und 18 m³; Außenstellplätze P-01 bis P-24 (max. 2000 KG).\n")
    return (f"Lagerbedingungen (Auszug)\n\n§ 1 Lagereinheiten von 3 bis 18 m³ (Bezeichnung A-101 bis E-348).\n"
            f"§ 2 Zugang Mo–Sa 07:00–22:00 Uhr mit persönlichem Code; der Code wird nie per E-Mail versendet.\n"
            f"§ 3 Versichert bis 10.000 € je Einheit.\n§ 4 Kündigungsfrist 14 Tage zum Monatsende.\n\n{team_sig(rng, 'de')}\n")


@scenario("de", False)
def de_pf_packtipps(rng, k):
    if k == 1:
        return (f"Checkliste Umzug 🗓️\n6 Wochen vorher: Mietvertrag kündigen, Halteverbotszone beantragen lassen\n"
                f"4 Wochen vorher: Kartons bestellen (ca. 15 pro Zimmer)\n1 Woche vorher: Kühlschrank abtauen, "
                f"Lampen abbauen\nUmzugstag: Zählerstände notieren\nDanach: Ummeldung beim Bürgeramt innerhalb von 2 Wochen\n"
                f"Tipp: Die {NEG('Willy-Brandt-Straße')} und der {NEG('Friedrich-Wilhelm-Platz')} sind morgens oft gesperrt.\n")
    return (f"Packtipps 📦\n- Bücherkartons max. 15 kg (40 x 30 x 30 cm)\n- Umzugskarton 60 x 40 x 40 cm, max. 20 kg\n"
            f"- Kleiderbox 50 x 60 x 110 cm\n- Waschmaschine: Transportsicherung einsetzen!\n"
            f"Ein 40-m³-LKW fasst etwa 300 Kartons. Gesamtgewicht beladen ca. 7500 KG.\n")


@scenario("de", False)
def de_pf_halteverbot_info(rng, k):
    if k == 1:
        return (f"Hinweis für Kunden am Niederrhein\n\nIn Goch, Emmerich und Kalkar beantragen wir die Halteverbotszone "
                f"beim Ordnungsamt; Vorlauf 10 Werktage. Schilder stehen 72 Stunden vorher. Pauschale: 145,00 €.\n"
                f"Enge Straßen, in denen wir mit dem 3500-KG-Transporter pendeln: {NEG('Kurt-Schumacher-Straße')}, "
                f"{NEG('Bismarckplatz')}, {NEG('Graf-Adolf-Straße')}.\n\n{team_sig(rng, 'de', 'Disposition')}\n")
    return (f"Halteverbotszone — so funktioniert's\n\nIn Köln und Düsseldorf muss die Zone mindestens 14 Tage vorher "
            f"beantragt werden, Schilder stehen 72 Stunden vorher. Beispiele für Straßen, in denen es eng wird: "
            f"{NEG('Konrad-Adenauer-Ufer')}, {NEG('Heinrich-Heine-Allee')}, {NEG('Friedrich-Ebert-Straße')}.\n"
            f"Kosten: je nach Stadt 60 bis 180 €. Das Kennzeichen unseres LKW tragen wir selbst ein.\n\n{team_sig(rng, 'de', 'Disposition')}\n")


@scenario("de", False)
def de_pf_termin(rng, k):
    if k == 1:
        d1, d2 = move_date(rng), move_date(rng)
        return (f"Terminverschiebung — Auftrag {order_no(rng)}\n\nIhr Umzug wird wie besprochen vom {fd(d1, 'de', 0)} auf "
                f"den {fd(d2, 'de', 0)} verschoben. Neuer Beginn: {tm(rng, True)} Uhr.\nDie Halteverbotszone melden wir um "
                f"(neuer Vorgang {ref9(rng, True)}). Zusätzliche Kosten entstehen nicht.\n\n{team_sig(rng, 'de')}\n")
    d = move_date(rng)
    return (f"Terminbestätigung Auftrag {order_no(rng)}\n\nUmzugstermin: {fd(d, 'de', 2)}, Beginn {tm(rng, True)} Uhr\n"
            f"Team: 3 Möbelpacker, 1 LKW (40 m³)\nHalteverbotszone: beantragt (Vorgang {ref9(rng, True)})\n"
            f"Geschätzte Dauer: 6–7 Stunden\n\nBitte halten Sie den Aufzug frei.\n\n{team_sig(rng, 'de')}\n")


# =============================================================================================
# self test
# =============================================================================================
def self_test():
    fails, n = [], 0

    def chk(name, got, want):
        nonlocal n
        n += 1
        if bool(got) != want:
            fails.append(f"{name}: got {got!r}, want {want}")

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303",
              "103349856", "044126396", "656412689", "460455977", "879119330", "999999990", "111111110",
              "123-456-782"]:
        chk(f"bsn {v}", bsn_ok(v), True)
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        chk(f"bsn {v}", bsn_ok(v), False)
    chk("onderwijsnr 101222331", onderwijsnummer_ok("101222331"), True)
    chk("onderwijsnr 100252333", onderwijsnummer_ok("100252333"), False)
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "NL20INGB0001234567", "BE71 0961 2345 6769",
              "DE89370400440532013000", "FR1420041010050500013M02606", "nl91abna0417164300",
              "NL91\u00a0ABNA 0417 1643 00"]:
        chk(f"iban {v}", iban_ok(v), True)
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL00ABNA0417164300", "BE71 0961 2345 6768"]:
        chk(f"iban {v}", iban_ok(v), False)
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67", "0111-123456",
              "085 123 4567", "091 123 4567", "088 123 4567", "066 123 4567", "097012345678", "06 12345678",
              "06 1234 5678", "06-12 34 56 78", "0612345678", "(06) 12345678", "+31 6 12345678", "+316-12345678",
              "+31 (0) 6-123 456 78", "0031 6 1234 5678", "+31(0)20-1234567", "+31-20-1234567", "+31.20.123.45.67",
              "020/1234567", "020 123 4567"]:
        chk(f"nl phone {v}", nl_phone_ok(v), True)
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "069 1234567",
              "0676 123456", "020-123456", "012-3456789"]:
        chk(f"nl phone {v}", nl_phone_ok(v), False)
    for v in ["+32 470 12 34 56", "0470 12 34 56", "02 511 22 33", "09 265 12 34", "050 44 86 86",
              "+49 30 12345678", "0151 23456789", "+49 (0)221 1234567", "0049 171 1234567", "+44 20 7946 0123",
              "0113 496 0456", "+44 (0)161 496 0789"]:
        chk(f"phone {v}", phone_ok(v), True)
    for v in ["+32 470 12 34 5", "+32 2 123 45 67", "+32 9 123 45 67", "+49 151 234", "+44 20 1234 5678",
              "14-03-2025", "0800 1234"]:
        chk(f"phone {v}", phone_ok(v), False)
    for v in ["1012 AB", "1012AB", "1012 ab", "NL-2611ET", "9999 ZZ", "1000 AA"]:
        chk(f"postcode {v}", nl_postcode_ok(v), True)
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        chk(f"postcode {v}", nl_postcode_ok(v), False)
    for v in ["SW11 3QT", "EH9 1HN", "M20 2LN", "2018", "50667"]:
        chk(f"postcode-any {v}", postcode_ok(v), True)
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        chk(f"docnr {v}", nl_doc_ok(v), True)
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        chk(f"docnr {v}", nl_doc_ok(v), False)
    chk("residence III-V123AL568", id_ok("III-V123AL568"), True)
    for v, sc in [("AB-12-34", 1), ("12-34-XY", 2), ("12-AB-34", 3), ("GB-12-DF", 4), ("XB-PK-12", 5),
                  ("12-DF-GH", 6), ("12-GBX-3", 7), ("1-KBB-12", 8), ("VB-123-X", 9), ("G-123-BB", 10),
                  ("GBB-12-X", 11), ("G-12-BBB", 12), ("1-BB-123", 13), ("123-BB-1", 14), ("gbb12x", 11),
                  ("GB 12 DF", 4)]:
        chk(f"kenteken {v}", kenteken_sidecode(v) == sc, True)
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123", "GB-12DF"]:
        chk(f"kenteken {v}", kenteken_sidecode(v), False)
    for v in ["KLE-TV 417", "D-MK 2049", "K-LR 881"]:
        chk(f"de plate {v}", de_plate_ok(v), True)
    for v in ["XYZ-AB 12", "K-LR 0881", "BOR-AB 12345"]:
        chk(f"de plate {v}", de_plate_ok(v), False)
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75",
              "NL 0000.99.998.B57"]:
        chk(f"btw {v}", btw_ok(v), True)
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL111234567B01",
              "NL12345678B01", "NL004495445B01"]:
        chk(f"btw {v}", btw_ok(v), False)
    chk("ob NL004495445B01", ob_ok("NL004495445B01"), True)
    chk("ob as BSN NL004495445B01", bsn_ok("NL004495445B01"), True)
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "30569309025904", "6759649826438453", "3782 822463 10005"]:
        chk(f"card {v}", card_ok(v), True)
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        chk(f"card {v}", card_ok(v), False)
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM",
              "info@bakkerij-de-groot.frl"]:
        chk(f"email {v}", email_ok(v), True)
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld", "icon@2x.png"]:
        chk(f"email {v}", email_ok(v), False)
    for v in ["192.168.1.10", "8.8.8.8", "255.255.255.255", "2001:db8::1", "::1", "fe80::1ff:fe23:4567:890a",
              "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "::ffff:192.0.2.128"]:
        chk(f"ip syntax {v}", ip_syntax(v), True)
    for v in ["256.1.1.1", "192.168.1", "1.2.3.4.5", "010.001.001.001", "2001:db8:::1", "1::2::3", "2001:db8::g1",
              "12:30:45", "00:1A:2B:3C:4D:5E"]:
        chk(f"ip syntax {v}", ip_syntax(v), False)
    for v, want in [("8.8.8.8", True), ("192.168.1.10", False), ("10.40.2.17", False), ("127.0.0.1", False),
                    ("2001:db8::1", False), ("203.0.113.7", False), ("2a02:a46b:5182:1::69", True)]:
        chk(f"ip public {v}", ip_ok(v), want)
    for v in ["12-03-1985", "5 mei 1960", "1-4-1990", "03/07/1979", "29.02.1992", "17 okt. 2001", "12. März 1985",
              "March 12, 1985", "12 March 1985", "1985-03-12"]:
        chk(f"dob {v}", dob_ok(v), True)
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999", "12-03-1885"]:
        chk(f"dob {v}", dob_ok(v), False)
    for v in ["Kalverstraat 92", "Laan van Meerdervoort 123a", "Burg. de Monchyplein 10-II", "Kerkstraat 12 hs",
              "Postbus 626", "72 Green Lane", "Flat 2, 14 Mill Road", "Hauptstraße 5", "Kloosterstraat 14 bus 2",
              "Am Schwanenteich 12a", "Lijsterbesstraat 14 bis"]:
        chk(f"address {v}", address_ok(v), True)
    for v in ["2048 MB geheugen", "Kalverstraat", "straat\n12"]:
        chk(f"address {v}", address_ok(v), False)
    for v in ["Sanne", "J.P. van der Berg", "Anna-Sophie ter Horst-Bakker", "Şeyma Yılmaz"]:
        chk(f"person {v}", person_ok(v), True)
    for v in ["dhr. Jansen", "Frau Müller", "R2D2"]:
        chk(f"person {v}", person_ok(v), False)

    # the organisation's own data
    for v in ORG_IBANS:
        chk(f"org iban {v}", iban_ok(v), True)
    for v in ORG_BTW:
        chk(f"org btw (RSIN-based OB) {v}", ob_ok(v), True)
    for v in ORG_PHONES + O_TEL + O_MOB + O_BE_TEL + O_DE_TEL:
        chk(f"org phone {v}", phone_ok(v), True)
    keys = {phone_key(x) for x in ORG_PHONES}
    for v in O_TEL + O_MOB + O_BE_TEL + O_DE_TEL:
        chk(f"org phone form {v}", phone_key(v) in keys, True)
    for v in O_IBAN_NL + O_IBAN_BE + O_IBAN_DE:
        chk(f"org iban form {v}", re.sub(r"\s", "", v) in ORG_IBANS, True)

    # the TOML next to this script carries the same organisation data
    try:
        import tomllib
        with open(os.path.join(HERE, "pii-scrubber.toml"), "rb") as fh:
            org = tomllib.load(fh)["organisation"]
        for key, want in (("names", ORG_NAMES), ("domains", [ORG_DOMAIN]), ("phones", ORG_PHONES), ("ibans", ORG_IBANS),
                          ("addresses", ORG_ADDRESSES), ("kvk", ORG_KVK), ("btw", ORG_BTW), ("handles", ORG_HANDLES)):
            chk(f"toml {key}", org.get(key) == want, True)
    except FileNotFoundError:
        chk("pii-scrubber.toml present", False, True)

    # generators, 300 rounds each
    r = random.Random(f"{SEED}:selftest")
    for i in range(300):
        chk("gen bsn", bsn_ok(gen_bsn(r)), True)
        chk("gen ref9 elf", elfproef(gen_ref9(r, True)), True)
        chk("gen ref9 non-elf", elfproef(gen_ref9(r, False)), False)
        for cc in ("NL", "BE", "DE", "GB"):
            ib = gen_iban(r, cc)
            chk(f"gen iban {cc} {ib}", iban_ok(ib) and iban_ok(fmt_iban(r, ib)), True)
        chk("gen btw", btw_ok(gen_btw(r)), True)
        num, kind = gen_card(r)
        chk(f"gen card {num}", card_ok(num) and card_ok(fmt_card(num, kind)), True)
        kt = gen_kenteken(r)
        chk(f"gen kenteken {kt}", plate_ok(kt) and plate_ok(kt.lower()) and plate_ok(kt.replace("-", "")), True)
        chk("gen de plate", de_plate_ok(gen_de_plate(r)), True)
        chk("gen passport nl", nl_doc_ok(gen_passport_nl(r)) and nl_doc_ok(gen_passport_nl(r, "I")), True)
        chk("gen de doc", id_ok(gen_de_doc(r)), True)
        chk("gen uk passport", id_ok(gen_passport_uk(r)), True)
        for st in range(9):
            v = nl_mobile(r, st)
            chk(f"gen nl mobile {v}", nl_phone_ok(v) and nl_mobile_digits(v), True)
        town = r.choice(list(NL_TOWNS))
        for st in range(4):
            v = nl_land(r, NL_TOWNS[town][1], st)
            chk(f"gen nl land {v}", nl_phone_ok(v), True)
        bt = r.choice(list(BE_TOWNS))
        for st in range(3):
            for v in (be_phone(r, style=st), be_phone(r, BE_TOWNS[bt][1], False, st)):
                chk(f"gen be phone {v}", phone_ok(v) and phone_ok("+32 " + v[1:] if v.startswith("0") else v), True)
        dtw = r.choice(list(DE_TOWNS))
        for st in range(3):
            for v in (de_phone(r, DE_TOWNS[dtw][1], style=st), de_phone(r, mobile=True, style=st)):
                chk(f"gen de phone {v}", phone_ok(v) and de_nsn_ok(phone_parse(v)[1]), True)
        ut = r.choice(list(UK_TOWNS))
        for st in range(3):
            v = uk_phone(r, UK_TOWNS[ut][1], st)
            chk(f"gen uk phone {v}", phone_ok(v) and uk_nsn_ok(phone_parse(v)[1]), True)
        a = nl_addr(r)
        chk(f"gen nl addr {a.street} {a.pc}", address_ok(a.street) and nl_postcode_ok(a.pc) and a.pc not in ORG_POSTCODES, True)
        for a in (be_addr(r), de_addr(r), uk_addr(r)):
            chk(f"gen addr {a.street} {a.pc}", address_ok(a.street) and postcode_ok(a.pc), True)
        chk("gen ip", ip_ok(gen_ip(r)) and ip_ok(gen_ip(r, True)), True)
        for kind in POOLS:
            p = person(r, kind)
            chk(f"gen person {p.full}", person_ok(p.full) and person_ok(p.Sur) and person_ok(p.ini_sur), True)
            chk(f"gen email {p.full}", email_ok(gen_email(r, p)), True)
        d = rdate(r, 1930, 2005)
        for lang in ("nl", "en", "de"):
            for st in (0, 1, 3):
                chk(f"gen dob {fd(d, lang, st)}", dob_ok(fd(d, lang, st)), True)
    return n, fails


# =============================================================================================
# audit
# =============================================================================================
BIRTH_RE = re.compile(r"(?i)(geboren|geb\.|geboortedatum|born|date of birth|\bdob\b|d\.o\.b\.|geburtsdatum|"
                      r"geburtstag|birth)")
DATE_IN_TEXT = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\.? [A-Za-zäöüÄÖÜ]+\.? "
                          r"\d{4}\b|\b[A-Z][a-z]+ \d{1,2}, \d{4}\b")
REF_WORDS = re.compile(r"(?i)(factuur|invoice|rechnung|order|bestelling|polis|policy|vorgang|versicherungsschein|"
                       r"referentie|reference|dossier)")
UK_PC_IN_TEXT = re.compile(r"(?<![\w])[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}(?![\w])")
PLZ_TOWN = re.compile(r"(?i)(?<![\w.,])\d{4,5} (?:" + "|".join(re.escape(t) for t in list(DE_TOWNS) + list(BE_TOWNS)
                                                              + ["Kleve"]) + r")\b")
_KNOWN_STREETS = NL_STREETS + BE_STREETS + DE_STREETS + ["Lindehorstlaan", "Kloostertuin", "Eikenhof", "Zorgvlied",
                                                         "Vredeoord"]
STREET_NR = re.compile(r"(?i)(?:" + "|".join(re.escape(x) for x in _KNOWN_STREETS) + r")[ ,]{1,2}\d{1,5}(?!\d|[.,:]\d)"
                       r"|\b\d{1,4} (?:" + "|".join(re.escape(x) for x in UK_STREETS) + r")\b")
STREET_NR2 = re.compile(r"[A-Z][a-zäöüß]+(?:straat|laan|weg|hof|pad|dreef|kade|plein|dijk|singel|straße|allee|"
                        r"[ -]Straße| Allee| Weg| Wall| Road| Lane| Close| Avenue| Street| Gardens| Terrace| Grove|"
                        r" Crescent| Drive| Place| Parade)[ ,]{1,2}\d{1,5}(?!\d|[.,:]\d)")
DOC_CTX = re.compile(r"(?i)(passport|pass|ausweis|paspoort|id-kaart|id kaart|reisepass|personalausweis|id)\b[^\n]{0,30}?"
                     r"(?<![\w])([A-Z0-9]{9})(?![\w])")
PLATE_CTX = re.compile(r"(?i)(kenteken|kennzeichen|plate|registration|truck|wagen|bus|lkw)\b[^\n]{0,30}?(?<![\w-])"
                       r"([A-Z0-9]{6})(?![\w-])")
UNIT_PAIRS = {"KG", "KM", "MB", "GB", "KB", "CM", "MM", "PK", "TB"}
BLOCK = "\u2588"


def _org_value_ok(v):
    c = re.sub(r"[\s\u00a0]", "", v).upper()
    if v in ORG_NAMES or ORG_DOMAIN in v or v in ORG_HANDLES or v in ORG_KVK or v in ORG_BTW:
        return True
    if c in ORG_IBANS:
        return True
    if any(v in a for a in ORG_ADDRESSES):
        return True
    pk = phone_key(v)
    return pk is not None and pk in {phone_key(x) for x in ORG_PHONES}


def _span_is_org(label, v):
    c = re.sub(r"[\s\u00a0.\-]", "", v).upper()
    if label == "PHONE":
        return phone_key(v) in {phone_key(x) for x in ORG_PHONES}
    if label == "IBAN":
        return c in ORG_IBANS
    if label in ("KVK", "BTW_ID", "BSN"):
        return c in ORG_KVK or c in ORG_BTW or c in [b[2:11] for b in ORG_BTW]
    if label == "EMAIL":
        return v.lower().endswith(ORG_DOMAIN)
    if label in ("ADDRESS", "POSTCODE"):
        return v in ORG_POSTCODES or any(v in a for a in ORG_ADDRESSES)
    if label == "PERSON":
        return any(v in n for n in ORG_NAMES) or v.startswith("@")
    return False


def masked_text(text, spans, regions):
    t = list(text)
    for cs, ce, *_ in list(spans) + list(regions):
        for i in range(cs, ce):
            t[i] = BLOCK
    return "".join(t)


def scan_unlabelled(masked, toks):
    """'never left unlabelled' scanners over the text outside spans, ORG and NEG regions."""
    hits = []
    for mt in EMAIL_RE.finditer(masked):
        hits.append(("EMAIL", mt.group()))
    for mt in re.finditer(r"(?i)(?<![A-Z0-9])[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?(?![A-Z0-9])",
                          masked):
        if iban_ok(mt.group()):
            hits.append(("IBAN", mt.group()))
    for mt in re.finditer(r"(?<![\w.,/-])(\d{9}|\d{8}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .\-]\d{3}[ .\-]\d{3})(?![\w]|[.,/-]\d)",
                          masked):
        v = mt.group(1)
        if len(v) == 8 and not re.search(r"(?i)(bsn|sofi|burgerservice)\W{0,5}$", masked[max(0, mt.start() - 20):mt.start()]):
            continue
        if elfproef(v):
            hits.append(("BSN", v))
    for mt in re.finditer(r"(?<![\w+])(?:\+|00)?\(?\d[\d \-./()]{6,18}\d(?!\w)", masked):
        v = mt.group()
        if re.match(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}", v):
            continue
        p = phone_parse(v)
        if p and (nl_mobile_digits(v) or (p[0] and phone_ok(v)) or (not p[0] and phone_ok(v) and
                                                                      re.search(r"[\s\-/]", v))):
            hits.append(("PHONE", v))
    for mt in re.finditer(r"(?<![\w])([1-9]\d{3}) ?([A-Z]{2})(?![\w])", masked):
        if mt.group(2) not in UNIT_PAIRS and nl_postcode_ok(mt.group()):
            hits.append(("POSTCODE", mt.group()))
    for mt in UK_PC_IN_TEXT.finditer(masked):
        hits.append(("POSTCODE", mt.group()))
    for mt in PLZ_TOWN.finditer(masked):
        hits.append(("POSTCODE", mt.group()))
    for rx in (STREET_NR, STREET_NR2):
        for mt in rx.finditer(masked):
            hits.append(("ADDRESS", mt.group()))
    for mt in DOC_CTX.finditer(masked):
        if id_ok(mt.group(2)) and re.search(r"\d", mt.group(2)):
            hits.append(("ID_DOCUMENT", mt.group(2)))
    for mt in PLATE_CTX.finditer(masked):
        if kenteken_sidecode(mt.group(2)):
            hits.append(("LICENSE_PLATE", mt.group(2)))
    for mt in re.finditer(r"(?<![\d])(?:\d[ \-]?){12,18}\d(?![\d])", masked):
        if card_ok(mt.group()):
            hits.append(("CREDIT_CARD", mt.group()))
    for mt in re.finditer(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w]|\.\d)", masked):
        if ip_ok(mt.group()):
            hits.append(("IP_ADDRESS", mt.group()))
    for mt in re.finditer(r"(?i)(?<![\w:])[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])", masked):
        if ip_ok(mt.group()):
            hits.append(("IP_ADDRESS", mt.group()))
    for mt in re.finditer(r"(?i)(kvk|kamer van koophandel|chamber of commerce|handelsregister|coc)\D{0,25}?(\d{8})(?!\d)",
                          masked):
        hits.append(("KVK", mt.group(2)))
    for mt in re.finditer(r"(?i)NL ?\d{4}\.?\d{2}\.?\d{3}\.? ?B\d{2}", masked):
        hits.append(("BTW/OB", mt.group()))
    for mt in BIRTH_RE.finditer(masked):
        line_end = masked.find("\n", mt.end())
        window = masked[mt.end(): line_end if line_end >= 0 else len(masked)][:60]
        for dm in DATE_IN_TEXT.finditer(window):
            if parse_date(dm.group()):
                hits.append(("DATE_OF_BIRTH", dm.group()))
    for mt in re.finditer(r"(?i)(?<![\w-])[A-Z0-9]{1,3}[- ][A-Z0-9]{2,3}[- ][A-Z0-9]{1,3}(?![\w-])", masked):
        v = mt.group()
        if re.search(r"[A-Za-z]", v) and re.search(r"\d", v) and kenteken_sidecode(v):
            hits.append(("LICENSE_PLATE", v))
    for mt in re.finditer(r"(?<![\w-])[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{1,4}(?![\w])", masked):
        if de_plate_ok(mt.group()):
            hits.append(("LICENSE_PLATE", mt.group()))
    for mt in re.finditer(r"(?<![\w])[A-Z]{2}[A-Z0-9]{6}\d(?![\w])", masked):
        if nl_doc_ok(mt.group()) and len(re.findall(r"\d", mt.group())) >= 2:
            hits.append(("ID_DOCUMENT", mt.group()))
    for mt in re.finditer(r"[^\W\d_]+", masked):
        if mt.group().lower() in toks:
            hits.append(("PERSON-token", mt.group()))
    return hits


def audit_record(text, spans, regions, toks):
    errs = []
    last_end = -1
    for cs, ce, label, value in spans:
        if cs < last_end:
            errs.append(f"overlap/unsorted at {cs}")
        last_end = ce
        if text[cs:ce] != value:
            errs.append(f"span text mismatch {value!r}")
        if value != value.strip() or not (value[0].isalnum() or (label == "PHONE" and value[0] in "+(")) \
                or not value[-1].isalnum():
            errs.append(f"span edge {label} {value!r}")
        if (cs > 0 and text[cs - 1].isalnum()) or (ce < len(text) and text[ce].isalnum()):
            errs.append(f"span glued to a word {label} {value!r}")
        if not VALIDATORS[label](value):
            errs.append(f"invalid {label} {value!r}")
        if label == "DATE_OF_BIRTH" and not BIRTH_RE.search(text[max(0, cs - 200):cs]):
            errs.append(f"no birth context before {value!r}")
        if _span_is_org(label, value):
            errs.append(f"organisation data labelled {label} {value!r}")
        for rs, re_, kind, rv in regions:
            if rs < ce and cs < re_:
                errs.append(f"span {value!r} overlaps {kind} region {rv!r}")
    for rs, re_, kind, rv in regions:
        if kind == "ORG" and not _org_value_ok(rv):
            errs.append(f"ORG region is not organisation data: {rv!r}")
    covered = [(cs, ce) for cs, ce, *_ in spans]
    for cs, ce, label, value in spans:
        for mt in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text):
            if not any(a <= mt.start() and mt.end() <= b for a, b in covered):
                errs.append(f"unlabelled repeat of {label} {value!r} at {mt.start()}")
    for kind, v in scan_unlabelled(masked_text(text, spans, regions), toks):
        errs.append(f"unlabelled {kind}: {v!r}")
    return errs


# =============================================================================================
# build, check, write
# =============================================================================================
def build():
    items = []
    for name, lang, pii, f in SCENARIOS:
        for k in (0, 1):
            rng = random.Random(f"{SEED}:{name}:{k}")
            text, spans, regions = render(f(rng, k))
            items.append(dict(scenario=name, k=k, lang=lang, pii=pii, text=text, spans=spans, regions=regions))
    out = []
    for lang in ("nl", "en", "de"):
        group = [it for it in items if it["lang"] == lang]
        random.Random(f"{SEED}:order:{lang}").shuffle(group)
        for i, it in enumerate(group, 1):
            it["id"] = f"h33-{lang}-{i:03d}"
            out.append(it)
    return out


def to_record(it):
    t = it["text"]
    spans = []
    for cs, ce, label, _ in it["spans"]:
        spans.append({"start": len(t[:cs].encode("utf-8")), "end": len(t[:ce].encode("utf-8")), "label": label})
    return {"id": it["id"], "lang": it["lang"], "text": t, "spans": spans}


def main():
    n, fails = self_test()
    print(f"self test: {n} checks, {len(fails)} failures")
    for f in fails[:40]:
        print("  FAIL", f)
    items = build()
    toks = name_tokens()
    errors = []
    texts = Counter(it["text"] for it in items)
    for it in items:
        errs = audit_record(it["text"], it["spans"], it["regions"], toks)
        if texts[it["text"]] > 1:
            errs.append("duplicate text")
        if it["pii"] != bool(it["spans"]):
            errs.append(f"scenario pii={it['pii']} but {len(it['spans'])} spans")
        if any(c in it["text"] for c in (_S, _M, _E)):
            errs.append("markup left in text")
        for e in errs:
            errors.append(f"{it['id']} ({it['scenario']}/{it['k']}): {e}")
    counts = Counter(it["lang"] for it in items)
    if counts != Counter({"nl": 60, "en": 50, "de": 40}):
        errors.append(f"language counts {dict(counts)}")
    # serialise and re-read: every span re-sliced from the UTF-8 bytes
    lines = [json.dumps(to_record(it), ensure_ascii=False) for it in items]
    payload = ("\n".join(lines) + "\n").encode("utf-8")
    for line, it in zip(payload.decode("utf-8").splitlines(), items):
        rec = json.loads(line)
        b = rec["text"].encode("utf-8")
        if [s["label"] for s in rec["spans"]] != [s[2] for s in it["spans"]]:
            errors.append(f"{rec['id']}: label order changed")
        prev = -1
        for s, (_, _, label, value) in zip(rec["spans"], it["spans"]):
            if b[s["start"]:s["end"]].decode("utf-8") != value:
                errors.append(f"{rec['id']}: byte slice mismatch {value!r}")
            if s["start"] < prev or s["start"] >= s["end"]:
                errors.append(f"{rec['id']}: bad byte offsets")
            prev = s["end"]
    # mutation check: how many removed spans would the audit catch?
    caught, total = Counter(), Counter()
    for it in items:
        for i, sp in enumerate(it["spans"]):
            rest = it["spans"][:i] + it["spans"][i + 1:]
            total[sp[2]] += 1
            if audit_record(it["text"], rest, it["regions"], toks):
                caught[sp[2]] += 1
    if fails or errors:
        for e in errors[:80]:
            print("  ERROR", e)
        print(f"{len(fails)} self-test failures, {len(errors)} audit errors — gold.jsonl NOT written")
        return 1
    with open(OUT, "wb") as fh:
        fh.write(payload)
    # statistics
    print(f"audit: {len(items)} records OK")
    per = defaultdict(Counter)
    for it in items:
        for sp in it["spans"]:
            per[sp[2]][it["lang"]] += 1
    free = Counter(it["lang"] for it in items if not it["spans"])
    nfree = sum(free.values())
    print(f"messages: nl {counts['nl']}, en {counts['en']}, de {counts['de']}; without personal data: {nfree} "
          f"(nl {free['nl']}, en {free['en']}, de {free['de']}) = {100 * nfree / len(items):.1f} %")
    lens = [len(it["text"].encode()) for it in items]
    print(f"length {min(lens)}–{max(lens)} bytes (median {statistics.median(lens):.0f}); non-ASCII texts "
          f"{sum(1 for it in items if any(ord(c) > 127 for c in it['text']))}; 4-byte UTF-8 (emoji) texts "
          f"{sum(1 for it in items if any(ord(c) > 0xFFFF for c in it['text']))}; CRLF texts "
          f"{sum(1 for it in items if chr(13) in it['text'])}; NBSP texts "
          f"{sum(1 for it in items if chr(160) in it['text'])}")
    print(f"{'label':<15}{'nl':>5}{'en':>5}{'de':>5}{'total':>7}   audit catches a removed span")
    tot = Counter()
    for lab in LABELS:
        c = per[lab]
        tot.update(c)
        print(f"{lab:<15}{c['nl']:>5}{c['en']:>5}{c['de']:>5}{sum(c.values()):>7}   {caught[lab]}/{total[lab]}")
    print(f"{'all':<15}{tot['nl']:>5}{tot['en']:>5}{tot['de']:>5}{sum(tot.values()):>7}   "
          f"{sum(caught.values())}/{sum(total.values())}")
    negs = Counter()
    for it in items:
        for _, _, kind, v in it["regions"]:
            if kind != "NEG":
                continue
            c = re.sub(r"[ .]", "", v)
            if c.isdigit() and len(c) == 9 and elfproef(c):
                negs["elfproef-valid 9-digit reference numbers"] += 1
            elif kenteken_sidecode(v):
                negs["kenteken-shaped product/part codes"] += 1
            elif v.startswith("@"):
                negs["customer handles"] += 1
            else:
                negs["companies/streets named after people, postcode-shaped year pair"] += 1
    print("NEG regions (deliberate look-alikes, unlabelled):", dict(negs))
    print("ORG regions (organisation's own data, unlabelled):", sum(1 for it in items for r in it["regions"] if r[2] == "ORG"))
    print("sha256", hashlib.sha256(payload).hexdigest())
    return 0


if __name__ == "__main__":
    sys.exit(main())
