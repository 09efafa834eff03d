#!/usr/bin/env python3
"""heldout41 -- held-out evaluation set for pii-scrubber.

Organisation: Stichting Thuiszorg Wielewaal, a fictional Dutch home-care and district-nursing organisation
(client service desk: care schedules, CAK own-contribution invoices, relatives calling on behalf of clients,
home-visit addresses, key safes, complaints, volunteers; German- and English-speaking relatives).

Python 3.11, standard library only. Deterministic: every message has its own string-seeded random.Random
(string seeds are hashed with SHA-512 by `random`, so PYTHONHASHSEED has no effect).

    python3 -B make.py            self test + build + audit; writes gold.jsonl only if everything passes
    python3 -B make.py --dry-run  same, but writes nothing (prints the sha256 the file would have)

Markup: values are written into the texts with m(LABEL, value[, hint]) between private-use sentinels;
N(kind, value) marks a deliberate hard negative (never labelled, skipped by the "never unlabelled"
scanners, counted per kind). render() strips the markup and records UTF-8 byte offsets.
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

SEED = "heldout41/wielewaal/2025"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")
PREFIX = "h41"

S_OPEN, S_MID, S_CLOSE, N_OPEN, N_CLOSE = "\ue000", "\ue001", "\ue002", "\ue003", "\ue004"
SENTINELS = S_OPEN + S_MID + S_CLOSE + N_OPEN + N_CLOSE

LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]


def m(label, value, hint=""):
    assert label in LABELS, label
    assert not any(c in value for c in SENTINELS), value
    return f"{S_OPEN}{label}{'|' + hint if hint else ''}{S_MID}{value}{S_CLOSE}"


def N(kind, value):
    """A deliberate hard negative (or a non-person string such as a company name): never labelled."""
    assert not any(c in value for c in SENTINELS), value
    return f"{N_OPEN}{kind}{S_MID}{value}{N_CLOSE}"


def P(v): return m("PERSON", v)
def EM(v): return m("EMAIL", v)
def PH(v, cc="NL"): return m("PHONE", v, cc)
def IB(v): return m("IBAN", v)
def BS(v): return m("BSN", v)
def AD(v): return m("ADDRESS", v)
def PC(v, cc="NL"): return m("POSTCODE", v, cc)
def CC(v): return m("CREDIT_CARD", v)
def IP(v): return m("IP_ADDRESS", v)
def DOB(v): return m("DATE_OF_BIRTH", v)
def ID(v, kind): return m("ID_DOCUMENT", v, kind)
def KT(v, cc="NL"): return m("LICENSE_PLATE", v, cc)
def BTW(v): return m("BTW_ID", v)
def KVK(v): return m("KVK", v)
def NP(v): return N("non_person", v)


def render(marked):
    """Strip the markup; return text, spans (char offsets + label + hint + value) and negative regions."""
    out, spans, negs = [], [], []
    pos, i = 0, 0
    while i < len(marked):
        c = marked[i]
        if c in (S_OPEN, N_OPEN):
            j = marked.index(S_MID, i)
            k = marked.index(S_CLOSE if c == S_OPEN else N_CLOSE, j)
            tag, value = marked[i + 1:j], marked[j + 1:k]
            assert not any(x in value for x in SENTINELS), "nested markup"
            if c == S_OPEN:
                label, _, hint = tag.partition("|")
                spans.append({"cs": pos, "ce": pos + len(value), "label": label, "hint": hint, "value": value})
            else:
                negs.append({"cs": pos, "ce": pos + len(value), "kind": tag, "value": value})
            out.append(value)
            pos += len(value)
            i = k + 1
        elif c in SENTINELS:
            raise AssertionError("stray sentinel")
        else:
            out.append(c)
            pos += 1
            i += 1
    return "".join(out), spans, negs


# ----------------------------------------------------------------------------------------------------------
# validators (dutch-pii-formats.md)
# ----------------------------------------------------------------------------------------------------------

def elfproef(d):
    if not re.fullmatch(r"\d{9}", d) or int(d) == 0:
        return False
    return (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 0


def bank11(d):
    return re.fullmatch(r"\d{9,10}", d) is not None and sum((len(d) - i) * int(x) for i, x in enumerate(d)) % 11 == 0


BSN_SHAPES = [r"\d{9}", r"\d{4}\.\d{2}\.\d{3}", r"\d{3} \d{3} \d{3}", r"\d{3}-\d{3}-\d{3}", r"\d{3}\.\d{3}\.\d{3}",
              r"\d{2}\.\d{2}\.\d{2}\.\d{3}"]


def bsn_valid(v):
    c = re.sub(r"[ .\-]", "", v)
    ob = re.fullmatch(r"(?:NL)?(\d{9})B(\d{2})", c, re.I)
    if ob:
        return elfproef(ob.group(1)) and ob.group(2) != "00"
    if not any(re.fullmatch(s, v) for s in BSN_SHAPES) and not re.fullmatch(r"\d{8}", v):
        return False
    if re.fullmatch(r"\d{8}", c):
        c = "0" + c
    return elfproef(c)


def b36(s):
    return "".join(str(int(ch, 36)) for ch in s)


IBAN_SPEC = {"NL": (18, r"[A-Z]{4}\d{10}"), "BE": (16, r"\d{12}"), "DE": (22, r"\d{18}"),
             "GB": (22, r"[A-Z]{4}\d{14}"), "IE": (22, r"[A-Z]{4}\d{14}"), "FR": (27, r"\d{10}[A-Z0-9]{11}\d{2}"),
             "PL": (28, r"\d{24}"), "AT": (20, r"\d{16}"), "LU": (20, r"\d{3}[A-Z0-9]{13}"),
             "ES": (24, r"\d{20}")}


def iban_compact(v):
    return re.sub(r"[ .\-\u00a0]", "", v).upper()


def iban_valid(v):
    c = iban_compact(v)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    spec = IBAN_SPEC.get(c[:2])
    if not spec or len(c) != spec[0] or not re.fullmatch(spec[1], c[4:]):
        return False
    if c[2:4] in ("00", "01", "99"):
        return False
    if int(b36(c[4:] + c[:4])) % 97 != 1:
        return False
    if c[:2] == "BE":  # national check: first 10 digits mod 97 (0 -> 97)
        chk = int(c[4:14]) % 97 or 97
        return chk == int(c[14:16])
    return True


def make_iban(cc, bban):
    return f"{cc}{98 - int(b36(bban + cc + '00')) % 97:02d}{bban}"


def luhn(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def card_brand(d):
    L = len(d)
    p2, p3, p4, p6 = int(d[:2]), int(d[:3]), int(d[:4]), int(d[:6])
    if d[0] == "4" and L in (13, 16, 19):
        return "visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and L == 16:
        return "mastercard"
    if p2 in (34, 37) and L == 15:
        return "amex"
    if (p4 == 6011 or 644 <= p3 <= 649 or p2 == 65 or 622126 <= p6 <= 622925) and 16 <= L <= 19:
        return "discover"
    if 3528 <= p4 <= 3589 and 16 <= L <= 19:
        return "jcb"
    if (300 <= p3 <= 305 or p4 == 3095 or p2 in (36, 38, 39)) and 14 <= L <= 19:
        return "diners"
    if (p2 == 50 or 56 <= p2 <= 69) and 12 <= L <= 19:
        return "maestro"
    return None


def card_valid(v):
    if not re.fullmatch(r"\d[\d -]{10,22}\d", v):
        return False
    d = re.sub(r"[ -]", "", v)
    return 12 <= len(d) <= 19 and luhn(d) and card_brand(d) is not None


NL_FIXED = (r"(?:1(?:[035]\d|1[13-578]|6[124-8]|7[24]|8[0-467])|2(?:[0346]\d|2[2-46-9]|5[125]|9[479])|"
            r"3(?:[03568]\d|1[3-8]|2[01]|4[1-8])|4(?:[0356]\d|1[1-368]|7[58]|8[15-8]|9[23579])|"
            r"5(?:[0358]\d|[19][1-9]|2[1-57-9]|4[13-8]|6[126]|7[0-3578])|7\d\d)\d{6}")
NL_MOBILE = r"(?:6[1-58]|970\d)\d{7}"
NL_UAN = r"8[478]\d{7}"
NL_TOLLFREE = r"800\d{4,7}"
UK_DRAMA = r"(?:7700900|1134960|1614960|1314960|2079460|1632960)\d{3}"


def phone_nsn(v):
    """(country, national significant number) of a written phone number, or None."""
    s = v.strip()
    if not re.fullmatch(r"[+()0-9 ./\-]+", s):
        return None
    s = s.replace("(0)", "")
    d = re.sub(r"[^\d+]", "", s)
    for cc, pfx in (("NL", "31"), ("BE", "32"), ("DE", "49"), ("GB", "44"), ("PL", "48"), ("IE", "353")):
        for p in ("+" + pfx, "00" + pfx):
            if d.startswith(p):
                rest = d[len(p):]
                if rest.startswith("0") and cc == "NL":
                    rest = rest[1:]  # '+31 0 6 ...' redundant trunk zero
                return cc, rest
    if d.startswith("0") and not d.startswith("00"):
        return "", d[1:]
    return None


def phone_valid(v, hint="NL"):
    r = phone_nsn(v)
    if r is None:
        return False
    cc, nsn = r
    cc = cc or hint
    if cc == "NL":
        return bool(re.fullmatch(NL_FIXED, nsn) or re.fullmatch(NL_MOBILE, nsn))
    if cc == "BE":
        return bool(re.fullmatch(r"4[5-9]\d{7}", nsn) or re.fullmatch(r"[23][2-8]\d{6}|9[2-4]\d{6}", nsn)
                    or re.fullmatch(r"(?:1[0-69]|5[0-9]|6[0-9]|8[0-9]|1[1-9])\d{6}", nsn))
    if cc == "DE":
        return bool(re.fullmatch(r"1(?:5\d|6[023]|7\d)\d{7,8}", nsn) or re.fullmatch(r"[2-9]\d{6,10}", nsn))
    if cc == "GB":
        return bool(re.fullmatch(UK_DRAMA, nsn))
    if cc == "IE":
        return bool(re.fullmatch(r"8[35-9]\d{7}", nsn))
    if cc == "PL":
        return bool(re.fullmatch(r"(?:5[0137]|6[069]|7[2389]|88)\d{7}", nsn))
    return False


BANNED_PC = ("SA", "SD", "SS")


def nl_postcode_valid(v, allow_lower=False):
    mm = re.fullmatch(r"([1-9]\d{3}) ?([A-Za-z]{2})", v)
    if not mm:
        return False
    letters = mm.group(2)
    if not allow_lower and letters != letters.upper():
        return False
    return letters.upper() not in BANNED_PC


UK_PC = r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}"


def postcode_valid(v, hint="NL"):
    if hint == "NL":
        return nl_postcode_valid(v, allow_lower=True)
    if hint == "BE":
        return re.fullmatch(r"[1-9]\d{3}", v) is not None
    if hint == "DE":
        return re.fullmatch(r"\d{5}", v) is not None and 1001 <= int(v) <= 99998
    if hint == "GB":
        return re.fullmatch(UK_PC, v) is not None
    return False


SIDECODES = {1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX",
             7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX",
             13: "9-XX-999", 14: "999-XX-9"}
KT_LETTERS = "BDFGHJKLNPRSTVXZ"
KT_BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS"]
KT_BANNED_8 = ["KVT", "VVD"]


def kenteken_sidecode(v):
    """Sidecode of a Dutch registration written with hyphens, spaces or nothing (any case), else None."""
    u = v.upper()
    compact = re.sub(r"[ \-]", "", u)
    if not re.fullmatch(r"[A-Z0-9]{6}", compact):
        return None
    shape = "".join("9" if ch.isdigit() else "X" for ch in compact)
    for sc, pat in SIDECODES.items():
        if pat.replace("-", "") != shape:
            continue
        if re.search(r"[ \-]", u):  # separators must sit where the sidecode puts the hyphens
            groups = re.split(r"[ \-]", u)
            if [len(g) for g in groups] != [len(g) for g in pat.split("-")]:
                return None
        letters = "".join(ch for ch in compact if ch.isalpha())
        groups = [g for g in re.split(r"\d+", compact) if g]
        if sc >= 4 and any(ch not in KT_LETTERS for ch in letters):
            return None
        banned = KT_BANNED + (KT_BANNED_8 if sc >= 8 else []) + (["SP"] if sc >= 13 else [])
        if any(b in g for g in groups for b in banned):
            return None
        return sc
    return None


def de_plate_valid(v):
    return re.fullmatch(r"[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{1,4}[EH]?", v) is not None


def plate_valid(v, hint="NL"):
    return kenteken_sidecode(v) is not None if hint == "NL" else de_plate_valid(v)


def doc_valid(v, hint):
    c = v.replace(" ", "").upper()
    if hint == "NL":
        return re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}\d", c) is not None and "O" not in c
    if hint == "RES":
        return re.fullmatch(r"(?:I|II|III|IV|V)-V[A-NP-Z1-9]{8}", c) is not None
    if hint == "GB":
        return re.fullmatch(r"\d{9}", c) is not None
    if hint == "DE":
        return re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}", c) is not None
    return False


def btw_valid(v):
    c = re.sub(r"[ .\-]", "", v).upper()
    mm = re.fullmatch(r"NL(\d{9})B(\d{2})", c)
    return bool(mm) and mm.group(2) != "00" and int(b36(c)) % 97 == 1 and not elfproef(mm.group(1))


def ob_valid(v):
    c = re.sub(r"[ .\-]", "", v).upper()
    mm = re.fullmatch(r"(?:NL)?(\d{9})B(\d{2})", c)
    return bool(mm) and mm.group(2) != "00" and elfproef(mm.group(1))


EMAIL_RE = r"[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
TLDS = {"nl", "com", "de", "be", "uk", "ie", "net", "org", "eu", "info"}  # no .example: that TLD is the organisation's only


def email_valid(v):
    return re.fullmatch(EMAIL_RE, v) is not None and v.rsplit(".", 1)[1].lower() in TLDS and "@@" not in v


DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def ip_public(v):
    try:
        a = ipaddress.ip_address(v)
    except ValueError:
        return False
    return a.is_global and not any(a in n for n in DOC_NETS if n.version == a.version)


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}
MONTH_LOOKUP = {}
for _lang, _names in MONTHS.items():
    for _i, _n in enumerate(_names):
        MONTH_LOOKUP[_n.lower()] = _i + 1
MONTH_LOOKUP.update({"mrt": 3, "okt": 10, "sept": 9, "jan": 1, "feb": 2, "apr": 4, "aug": 8, "nov": 11, "dec": 12})


def parse_date(v):
    s = v.strip()
    y = mo = d = None
    mm = re.fullmatch(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})", s)
    if mm:
        d, mo, y = int(mm.group(1)), int(mm.group(3)), int(mm.group(4))
    mm = mm or re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if mm and y is None:
        y, mo, d = int(mm.group(1)), int(mm.group(2)), int(mm.group(3))
    if y is None:
        mm = re.fullmatch(r"(\d{1,2})\.? ([A-Za-zä]+)\.? (\d{4})", s)
        if mm and mm.group(2).lower() in MONTH_LOOKUP:
            d, mo, y = int(mm.group(1)), MONTH_LOOKUP[mm.group(2).lower()], int(mm.group(3))
    if y is None:
        mm = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", s)
        if mm and mm.group(1).lower() in MONTH_LOOKUP:
            mo, d, y = MONTH_LOOKUP[mm.group(1).lower()], int(mm.group(2)), int(mm.group(3))
    if y is None:
        mm = re.fullmatch(r"(\d{1,2}) (\d{1,2}) (\d{4})", s)
        if mm:
            d, mo, y = int(mm.group(1)), int(mm.group(2)), int(mm.group(3))
    if y is None:
        return None
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def dob_valid(v):
    dt = parse_date(v)
    return dt is not None and 1900 <= dt.year and dt <= datetime.date(2025, 6, 30)


ADDR_RES = [
    r"[A-ZÄÖÜ'][\w.'’ \-]*? \d{1,5}(?:[a-zA-Z]|-?[A-Z]\b|-\d{1,2}|-(?:I|II|III|IV)| (?:hs|bis|bg)| bus \d{1,3}"
    r"|-[A-Z]-?\d)?",
    r"(?:Flat \d{1,3}, )?\d{1,4}[a-z]? [A-Z][A-Za-z' ]+ (?:Road|Avenue|Street|Lane|Close|Terrace|Crescent|Drive|Way|"
    r"Gardens|Place|Grove|Row)",
    r"Postbus \d{1,5}",
]


def address_valid(v):
    return any(re.fullmatch(p, v, re.I if i == 0 else 0) for i, p in enumerate(ADDR_RES)) and v == v.strip()


def person_valid(v):
    """Letters, spaces, apostrophes, hyphens, dots; may end in an initial's dot ('Kaya, G.F.')."""
    return (re.fullmatch(r"[^\W\d_](?:[^\W\d_]|[ .,'’\-])*(?:[^\W\d_]|(?<=\b[^\W\d_])\.)", v) is not None
            and "  " not in v)


def validate(label, value, hint):
    if label == "PERSON":
        return person_valid(value)
    if label == "EMAIL":
        return email_valid(value)
    if label == "PHONE":
        return phone_valid(value, hint or "NL")
    if label == "IBAN":
        return iban_valid(value)
    if label == "BSN":
        return bsn_valid(value)
    if label == "ADDRESS":
        return address_valid(value)
    if label == "POSTCODE":
        return postcode_valid(value, hint or "NL")
    if label == "CREDIT_CARD":
        return card_valid(value)
    if label == "IP_ADDRESS":
        return ip_public(value)
    if label == "DATE_OF_BIRTH":
        return dob_valid(value)
    if label == "ID_DOCUMENT":
        return doc_valid(value, hint)
    if label == "LICENSE_PLATE":
        return plate_valid(value, hint or "NL")
    if label == "BTW_ID":
        return btw_valid(value)
    if label == "KVK":
        return re.fullmatch(r"\d{8}|\d{4} \d{4}", value) is not None
    return False


# ----------------------------------------------------------------------------------------------------------
# the organisation (never labelled)
# ----------------------------------------------------------------------------------------------------------

ORG = {
    "names": ["Stichting Thuiszorg Wielewaal", "Thuiszorg Wielewaal", "Wielewaal Thuiszorg", "Wielewaal Zorg",
              "Wielewaal Wijkverpleging", "Klantenservice Wielewaal", "Wielewaal Home Care",
              "Wielewaal Häusliche Pflege", "Wielewaal"],
    "domains": ["wielewaalzorg.example"],
    "phones": ["026 702 4400", "06 2034 9917", "088 940 2200", "0800 022 4455"],
    "ibans": ["NL50RABO0312664590", "NL24INGB0007352188"],
    "addresses": ["Kapelhofweg 18, 6822 DZ Arnhem", "Postbus 2140, 6802 CC Arnhem", "Stationsplein 4, 6661 BT Elst"],
    "kvk": ["41057396"],
    "btw": ["NL804117524B01"],
    "handles": ["@WielewaalZorg", "@wielewaal_thuiszorg"],
}
ORG_RSIN = "804117524"
ORG_POSTCODES = ["6822DZ", "6802CC", "6661BT"]
ORG_PHONE_NSN = [phone_nsn(p)[1] for p in ORG["phones"]]
ORG_CREDITOR_ID = None  # computed below (SEPA creditor id, NL + check + ZZZ + KvK + 0000)


def creditor_id(kvk):
    body = kvk + "0000"
    chk = 98 - int(b36(body + "NL00")) % 97
    return f"NL{chk:02d}ZZZ{body}"


ORG_CREDITOR_ID = creditor_id(ORG["kvk"][0])

# written forms of the organisation's data, used in the texts
ORG_TEL = ["026 702 4400", "026-7024400", "+31 26 702 4400", "+31 (0)26 702 44 00", "(026) 702 44 00", "026 - 702 44 00"]
ORG_WA = ["06 2034 9917", "06-20349917", "+31 6 2034 9917", "+31 6 20 34 99 17", "0620349917"]
ORG_NIGHT = ["088 940 2200", "088-9402200", "+31 88 940 2200"]
ORG_FREE = ["0800 022 4455", "0800-0224455"]
ORG_IBAN1 = ["NL50 RABO 0312 6645 90", "NL50RABO0312664590"]
ORG_IBAN2 = ["NL24 INGB 0007 3521 88", "NL24INGB0007352188"]
ORG_KVK = ["KvK 41057396", "KvK-nummer 41057396", "KVK: 4105 7396"]
ORG_BTW = ["btw NL804117524B01", "btw-nr. NL 8041.17.524.B01", "btw-nummer NL804117524B01"]


# ----------------------------------------------------------------------------------------------------------
# name and place pools (invented for this set; no Faker / test-data package)
# ----------------------------------------------------------------------------------------------------------

POOLS = {
    "nl": (["Hendrika", "Geertruida", "Wilhelmina", "Aaltje", "Jannigje", "Tineke", "Marijke", "Annemiek", "Gerdien",
            "Liesbeth", "Femke", "Janneke", "Wendelien", "Dieuwke", "Esmée", "Noëlle", "Daniëlle", "Roosmarijn",
            "Hennie", "Gerritdina", "Ingeborg", "Mirjam"],
           ["Gerrit", "Hendrik", "Teunis", "Bartholomeus", "Jochem", "Sjoerd", "Reinier", "Wouter", "Maarten", "Evert",
            "Hidde", "Thijmen", "Gijsbert", "Cornelis", "Dirk-Jan", "Jelle", "Marinus", "Berend", "Wijnand", "Lambertus"],
           [("", "Hoogeveen"), ("van der", "Meulen"), ("", "Schoonderwoerd"), ("", "Bleijenberg"), ("ten", "Brinke"),
            ("van 't", "Klooster"), ("", "Oosterhuis"), ("", "Groenewegen"), ("", "Veldkamp"), ("", "Stoffels"),
            ("van", "Haaften"), ("", "Boerrigter"), ("", "Wubbels"), ("", "Tijhuis"), ("", "Lensink"),
            ("", "Nijenhuis"), ("van", "Ommen"), ("", "Spaanderman"), ("", "Pasveer"), ("te", "Riele"),
            ("", "Geurtsen"), ("", "Mensink"), ("", "Reijnders"), ("", "Aalbers"), ("van den", "Bosch"),
            ("", "Gerritsen"), ("", "Hermsen"), ("", "Willemsen-Tijssen"), ("van", "Gelder"), ("ter", "Horst"),
            ("", "Arendsen"), ("", "Teunissen"), ("", "Derksen"), ("van", "Zuijlen"), ("", "Kolkman"),
            ("", "Wassink"), ("", "Roelofs"), ("de", "Kruijff"), ("", "Hoefnagels")]),
    "ma": (["Fatima", "Khadija", "Nadia", "Samira", "Houda", "Latifa", "Naima"],
           ["Youssef", "Hamza", "Mustafa", "Abdelkader", "Driss", "Karim", "Mohamed"],
           [("", "El Amrani"), ("", "Bouzid"), ("", "Ouali"), ("", "Azzouzi"), ("", "Benali"), ("", "Ait Ouaziz"),
            ("", "El Khattabi"), ("", "Chaouch"), ("", "Boukhriss")]),
    "tr": (["Ayşe", "Emine", "Hatice", "Zeynep", "Gülay", "Sevgi"],
           ["Mehmet", "Yusuf", "İbrahim", "Hüseyin", "Osman", "Kemal"],
           [("", "Kaya"), ("", "Öztürk"), ("", "Arslan"), ("", "Güneş"), ("", "Koç"), ("", "Aksoy"), ("", "Yıldız"),
            ("", "Demirtaş"), ("", "Kılıç")]),
    "sr": (["Rekha", "Sarmi", "Sharda", "Johanna", "Marlène", "Wilma"],
           ["Soeresh", "Ramon", "Wirjo", "Roy", "Anand"],
           [("", "Ramdin"), ("", "Bhagwandin"), ("", "Kromodimedjo"), ("", "Tjon-A-Loi"), ("", "Pinas"),
            ("", "Pattiasina"), ("", "Latuheru"), ("", "Sewdien")]),
    "pl": (["Agnieszka", "Małgorzata", "Katarzyna"], ["Tomasz", "Paweł", "Grzegorz"],
           [("", "Kowalczyk"), ("", "Nowicki"), ("", "Wróbel")]),
    "de": (["Gisela", "Brigitte", "Renate", "Annegret", "Sabine", "Margot", "Hildegard", "Ursel", "Käthe", "Dörte"],
           ["Heinz-Werner", "Ulrich", "Jürgen", "Dieter", "Klaus", "Friedhelm", "Hartmut", "Bernd", "Wolfgang"],
           [("", "Hüsken"), ("", "Terstegen"), ("", "Schmitz-Lörcher"), ("", "Beckmann"), ("", "Kühnel"),
            ("", "Vossenkuhl"), ("", "Hülsmann"), ("", "Overbeck"), ("", "Wößner"), ("", "Tenhagen"), ("", "Pütz"),
            ("", "Janßen"), ("van", "Aaken"), ("", "Verhoeven"), ("", "Brüggemann")]),
    "uk": (["Margaret", "Deborah", "Siobhán", "Niamh", "Hannah", "Priya", "Gwen", "Fiona", "Imogen"],
           ["Graham", "Rupert", "Callum", "Olumide", "Ewan", "Gareth", "Declan", "Nigel", "Alistair"],
           [("", "Holloway"), ("", "Pritchard"), ("", "Ashdown"), ("", "Kettering"), ("", "Fairweather"),
            ("", "Raghunathan"), ("", "Adeyemi"), ("", "Whitcombe"), ("", "McCready"), ("", "Llewellyn"),
            ("", "O'Sullivan"), ("", "Brannigan"), ("", "Thistlewood")]),
    "be": (["Griet", "Lieve", "Annelies", "Veerle"], ["Koen", "Pieter-Jan", "Wim", "Dries"],
           [("", "Van Damme"), ("", "De Clercq"), ("", "Vandenbroucke"), ("", "Claeys"), ("", "Verstraeten")]),
    "misc": (["Mei-Ling", "Thi Lan", "Rahaf", "Selam"], ["Yonas", "Wenjie", "Văn Hải", "Tariq"],
             [("", "Chen"), ("", "Trần"), ("", "Al-Hamwi"), ("", "Tesfamariam"), ("", "Nguyễn")]),
}

STAFF = {  # employees are natural persons: PERSON wherever they appear
    "dewi": ("Dewi", "", "Kartosen", "klantenservice"),
    "jeroen": ("Jeroen", "", "Hulshof", "klantenservice"),
    "fenna": ("Fenna", "", "Oldenkamp", "planning"),
    "kubra": ("Kübra", "", "Demirci", "planning"),
    "marloes": ("Marloes", "", "Tiggelaar", "wijkverpleegkundige"),
    "hanneke": ("Hanneke", "", "Smeenk", "klachtenfunctionaris"),
    "wessel": ("Wessel", "", "Weerdenburg", "vrijwilligerscoördinator"),
    "ursula": ("Ursula", "", "Terwey", "Deutschsprachiger Kundenservice"),
    "bridget": ("Bridget", "", "Okonjo-Baars", "International Desk"),
    "gertjan": ("Gert-Jan", "", "Peppelenbos", "debiteurenadministratie"),
    "soufiane": ("Soufiane", "", "Amrani", "verzorgende IG"),
    "lieke": ("Lieke", "van", "Dalfsen", "verzorgende"),
}

NL_TOWNS = [("Arnhem", 6811, 6846), ("Velp", 6881, 6883), ("Duiven", 6921, 6922), ("Westervoort", 6931, 6932),
            ("Zevenaar", 6901, 6903), ("Huissen", 6851, 6852), ("Oosterbeek", 6861, 6862), ("Dieren", 6951, 6953),
            ("Rheden", 6991, 6991), ("Elst", 6661, 6663)]
NL_STREETS = ["Kastanjehof", "Graaf Ottolaan", "Hoefbladweg", "IJsvogelstraat", "Schependomlaan", "Zuiderveldweg",
              "Burg. Rijkenslaan", "Dr. Willemsenstraat", "Meidoornsingel", "Korenbloemdreef", "Oude Kerkpad",
              "Kruisbessenhof", "Sleedoornstraat", "Veerweg", "Pastoor Bluemersstraat", "Molenbeekpad", "Rozengaarde",
              "Laan van Heijendaal", "Wilgenkamp", "Sint Maartensplein", "Hoge Balijeweg", "Tolhuiskade",
              "Ganzeweide", "Noordelijke Parallelweg", "Esdoornplantsoen"]
PC_LETTERS = "ABCEGHJKLMNPRTVWXZ"
DE_PLACES = [("Kleve", "47533"), ("Emmerich am Rhein", "46446"), ("Goch", "47574"), ("Bocholt", "46395"),
             ("Kalkar", "47546"), ("Rees", "46459"), ("Wesel", "46483"), ("Düsseldorf", "40477")]
DE_AREA = {"Kleve": "2821", "Emmerich am Rhein": "2822", "Goch": "2823", "Bocholt": "2871", "Kalkar": "2824",
           "Rees": "2851", "Wesel": "281", "Düsseldorf": "211"}
DE_STREETS = ["Kalkarer Straße", "Am Mühlenberg", "Tiergartenstraße", "Lindenallee", "Hagsche Straße",
              "Weseler Straße", "Klever Ring", "Gocher Landstraße", "Nierswall", "Schützenstraße", "Am Kapellenacker"]
UK_PLACES = [("Leeds", "LS6 2QB"), ("Manchester", "M20 4TH"), ("Bristol", "BS7 8NU"), ("Edinburgh", "EH10 5PL"),
             ("Norwich", "NR2 3AH"), ("Cardiff", "CF14 3JR"), ("York", "YO31 7EB")]
UK_AREA = {"Leeds": "113", "Manchester": "161", "Edinburgh": "131"}
UK_STREETS = ["Larch Avenue", "Oakfield Road", "Beaconsfield Terrace", "Mill Lane", "Heather Close", "Station Road",
              "Kingsley Crescent", "Orchard Way"]
BE_PLACES = [("Hasselt", "3500"), ("Antwerpen", "2018"), ("Gent", "9000"), ("Genk", "3600"), ("Mechelen", "2800")]
BE_STREETS = ["Kloosterstraat", "Sint-Truidersteenweg", "Kapelstraat", "Groenplaatsstraat", "Molenveld"]


def fold(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Pn:
    def __init__(self, first, tv, core, sex, origin, mid):
        self.first, self.tv, self.core, self.sex, self.origin, self.mid = first, tv, core, sex, origin, mid

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.tv, self.core) if x)

    @property
    def sur(self):
        return " ".join(x for x in (self.tv, self.core) if x)

    @property
    def Sur(self):  # surname standing alone: tussenvoegsel capitalised (NL convention)
        tv = self.tv[0].upper() + self.tv[1:] if self.tv else ""
        return " ".join(x for x in (tv, self.core) if x)

    @property
    def ini(self):
        return self.first[0] + "." + (self.mid + "." if self.mid else "")

    @property
    def ini_name(self):
        return f"{self.ini} {self.sur}"

    @property
    def admin(self):  # 'Meulen, H.J. van der'
        return f"{self.core}, {self.ini}" + (f" {self.tv}" if self.tv else "")


class Gen:
    """Value generators on one message's RNG."""

    def __init__(self, r):
        self.r = r

    def ch(self, xs):
        return self.r.choice(xs)

    def digits(self, n, first="0123456789"):
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    # people
    def person(self, origin="nl", sex=None, avoid=()):
        f, mm, sur = POOLS[origin]
        while True:
            sx = sex or self.r.choice("fm")
            first = self.r.choice(f if sx == "f" else mm)
            tv, core = self.r.choice(sur)
            mid = self.r.choice("ABCDEFGHJKLMNPRSTW") if self.r.random() < 0.6 else ""
            p = Pn(first, tv, core, sx, origin, mid)
            if p.core not in [a.core for a in avoid] and p.first not in [a.first for a in avoid]:
                return p

    def relative(self, of, sex=None, same_name=True, avoid=()):
        f, mm, _ = POOLS[of.origin]
        while True:
            sx = sex or self.r.choice("fm")
            first = self.r.choice(f if sx == "f" else mm)
            if first != of.first and first not in [a.first for a in avoid]:
                break
        if same_name or (of.sex == "m" and sx == "m"):  # a son carries his father's surname
            return Pn(first, of.tv, of.core, sx, of.origin, self.r.choice("ABCDEFGHJKLMNPRSTW"))
        other = self.person(of.origin, sx, avoid=(of,) + tuple(avoid))
        return Pn(first, other.tv, other.core, sx, of.origin, other.mid)

    def email(self, p, domains=("gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.com", "outlook.com", "xs4all.nl")):
        fi = fold(p.first).lower().replace(" ", "").replace("-", "")
        co = fold(p.core).lower().replace(" ", "").replace("'", "")
        tv = fold(p.tv).lower().replace(" ", "").replace("'", "")
        style = self.r.randrange(5)
        local = [f"{fi}.{tv}{co}", f"{fi[0]}.{tv}{co}", f"{fi}{co}{self.r.randrange(10, 99)}", f"{co}.{fi[0]}",
                 f"{fi}_{co}"][style]
        return f"{local}@{self.ch(domains)}"

    # phones
    def nl_mobile(self):
        while True:
            nsn = "6" + self.ch("123458") + self.digits(7)
            if nsn not in ORG_PHONE_NSN:
                return nsn

    def fmt_mobile(self, nsn, style=None):
        s = nsn[1:]
        styles = [f"06-{s}", f"06 {s[:4]} {s[4:]}", f"06 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", f"+31 6 {s[:4]} {s[4:]}",
                  f"+31 (0)6 {s}", f"0031 6 {s}", f"06{s}", f"+316{s}", f"06 - {s[:3]} {s[3:6]} {s[6:]}"]
        return styles[self.r.randrange(len(styles)) if style is None else style]

    def nl_fixed(self, area=None, town=None):
        if town:
            area = {"Zevenaar": "316", "Dieren": "313", "Rheden": "313", "Elst": "481"}.get(town, "26")
        area = area or self.ch(["26", "26", "24", "316", "313", "481"])
        while True:
            nsn = area + self.digits(9 - len(area), "2345789")
            if re.fullmatch(NL_FIXED, nsn) and nsn not in ORG_PHONE_NSN:
                return nsn

    def fmt_fixed(self, nsn, style=None):
        a = 2 if nsn[:2] in ("26", "24") else 3
        area, sub = nsn[:a], nsn[a:]
        if a == 2:
            styles = [f"0{area} {sub[:3]} {sub[3:]}", f"0{area}-{sub}", f"+31 {area} {sub[:3]} {sub[3:]}",
                      f"(0{area}) {sub[:3]} {sub[3:5]} {sub[5:]}", f"0{area} {sub[:3]} {sub[3:5]} {sub[5:]}"]
        else:
            styles = [f"0{area} {sub}", f"0{area}-{sub}", f"+31 {area} {sub[:3]} {sub[3:]}", f"0{area} {sub[:2]} {sub[2:4]} {sub[4:]}"]
        return styles[self.r.randrange(len(styles)) if style is None else style]

    def de_phone(self, place=None, mobile=None):
        mobile = self.r.random() < 0.5 if mobile is None else mobile
        if mobile:
            pfx = self.ch(["151", "160", "170", "171", "176"])
            sub = self.digits(8 if pfx.startswith("15") else 7, "123456789")
            return self.ch([f"0{pfx} {sub}", f"+49 {pfx} {sub}", f"0{pfx}/{sub}", f"0049 {pfx} {sub[:3]} {sub[3:]}"])
        area = DE_AREA.get(place or "Kleve", "2821")
        sub = self.digits(6 if len(area) == 4 else 7, "23456789")
        return self.ch([f"0{area} {sub}", f"0{area}/{sub}", f"+49 {area} {sub}", f"+49 (0){area} {sub[:3]} {sub[3:]}"])

    def uk_phone(self, place=None):
        if place in UK_AREA and self.r.random() < 0.5:
            a = UK_AREA[place]
            tail = "0" + self.digits(3)
            return self.ch([f"0{a} 496 {tail}", f"+44 {a} 496 {tail}"])
        tail = self.digits(3)
        return self.ch([f"07700 900{tail}", f"+44 7700 900{tail}", f"+44 (0)7700 900 {tail}", f"07700 900 {tail}"])

    def be_gsm(self):
        s = "4" + self.ch("5789") + self.digits(7)
        return self.ch([f"0{s[:3]} {s[3:5]} {s[5:7]} {s[7:]}", f"+32 {s[:3]} {s[3:5]} {s[5:7]} {s[7:]}",
                        f"0032 {s}", f"0{s[:3]}/{s[3:5]}.{s[5:7]}.{s[7:]}"])

    # numbers
    def bsn(self):
        while True:
            d = self.digits(9, "123456789")
            if elfproef(d) and d != ORG_RSIN:
                return d

    def fmt_bsn(self, d, style=None):
        styles = [d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"]
        return styles[self.r.randrange(4) if style is None else style]

    def ref9(self, elf):
        """A 9-digit reference that passes (elf=True) or fails the elfproef."""
        while True:
            d = self.digits(9, "123456789")
            if elfproef(d) == elf and not bank11(d):
                return d

    def iban(self, cc="NL", bank=None):
        if cc == "NL":
            bank = bank or self.ch(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"])
            while True:
                v = make_iban("NL", bank + self.digits(10))
                if v not in ORG["ibans"]:
                    return v
        if cc == "DE":
            return make_iban("DE", self.ch(["32450000", "35850000", "42860003", "40154530", "30050110"]) + self.digits(10))
        if cc == "BE":
            first = self.ch(["063", "001", "735", "979", "310"]) + self.digits(7)
            return make_iban("BE", first + f"{int(first) % 97 or 97:02d}")
        if cc == "GB":
            return make_iban("GB", self.ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + self.digits(6) + self.digits(8))
        if cc == "IE":
            return make_iban("IE", self.ch(["AIBK", "BOFI"]) + self.digits(6) + self.digits(8))
        raise ValueError(cc)

    def fmt_iban(self, v, spaced=None):
        spaced = self.r.random() < 0.6 if spaced is None else spaced
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if spaced else v

    def card(self, brand="visa"):
        if brand == "visa":
            body = "4" + self.ch(["539", "921", "716", "485"]) + self.digits(11)
        elif brand == "mastercard":
            body = self.ch(["5168", "5412", "2223", "5355"]) + self.digits(11)
        else:
            body = self.ch(["37", "34"]) + self.digits(12)
        for x in "0123456789":
            if luhn(body + x):
                return body + x

    def fmt_card(self, d):
        if len(d) == 15:
            return f"{d[:4]} {d[4:10]} {d[10:]}"
        return self.ch([" ".join(d[i:i + 4] for i in range(0, 16, 4)), "-".join(d[i:i + 4] for i in range(0, 16, 4)), d])

    def kvk(self):
        while True:
            v = self.digits(8, "3456789")
            if v not in ORG["kvk"]:
                return v

    def btw(self):
        while True:
            d = self.digits(9)
            if elfproef(d):
                continue
            for suf in range(1, 100):
                v = f"NL{d}B{suf:02d}"
                if btw_valid(v):
                    return v

    def kenteken(self, sc=None):
        sc = sc or self.ch([7, 8, 9, 10, 11, 4, 5, 6])
        while True:
            pat = SIDECODES[sc]
            v = "".join(self.ch(KT_LETTERS) if c == "X" else (self.ch("123456789" if i == 0 else "0123456789") if c == "9" else c)
                        for i, c in enumerate(pat))
            if kenteken_sidecode(v) == sc:
                return v

    def de_plate(self, place="Kleve"):
        dist = {"Kleve": "KLE", "Emmerich am Rhein": "KLE", "Goch": "KLE", "Bocholt": "BOR", "Kalkar": "KLE",
                "Rees": "WES", "Wesel": "WES", "Düsseldorf": "D"}.get(place, "KLE")
        return f"{dist}-{''.join(self.ch('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(self.ch([1, 2])))} {self.r.randrange(1, 9999)}"

    def doc_nl(self, kind="N"):
        al = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
        first = {"N": self.ch("NB"), "I": "I"}[kind]
        return first + self.ch(al) + "".join(self.ch(al + "123456789") for _ in range(6)) + self.ch("123456789")

    def doc_de(self):
        al = "CFGHJKLMNPRTVWXYZ"
        return self.ch("LTMN") + "".join(self.ch(al + "0123456789") for _ in range(8))

    def doc_res(self):
        return self.ch(["II", "III", "IV"]) + "-V" + "".join(self.ch("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(8))

    def ip4(self):
        while True:
            v = ".".join(str(self.r.randrange(1, 224)) if i == 0 else str(self.r.randrange(0, 256)) for i in range(4))
            if ip_public(v):
                return v

    def ip6(self):
        while True:
            v = f"2a02:{self.r.randrange(0x1800, 0xa7ff):x}:{self.r.randrange(0, 0xffff):x}:{self.r.randrange(0, 0xffff):x}::{self.r.randrange(1, 0xfff):x}"
            if ip_public(v):
                return v

    # places
    def nl_addr(self, town=None):
        t = [x for x in NL_TOWNS if x[0] == town][0] if town else self.ch(NL_TOWNS)
        while True:
            pc = f"{self.r.randint(t[1], t[2])}{self.ch(PC_LETTERS)}{self.ch(PC_LETTERS)}"
            if pc[4:] not in BANNED_PC and pc not in ORG_POSTCODES:
                break
        num = str(self.r.randint(1, 186))
        add = self.ch(["", "", "", "", "a", "b", "-II", " hs", "-1", " bis", "A"])
        street = f"{self.ch(NL_STREETS)} {num}{add}"
        return street, pc, t[0]

    def fmt_pc(self, pc, style=None):
        styles = [f"{pc[:4]} {pc[4:]}", pc, f"{pc[:4]} {pc[4:]}"]
        return styles[self.r.randrange(3) if style is None else style]

    def de_addr(self, place=None):
        town, plz = [x for x in DE_PLACES if x[0] == place][0] if place else self.ch(DE_PLACES)
        return f"{self.ch(DE_STREETS)} {self.r.randint(1, 140)}{self.ch(['', '', 'a', 'b'])}", plz, town

    def uk_addr(self, place=None):
        town, pc = [x for x in UK_PLACES if x[0] == place][0] if place else self.ch(UK_PLACES)
        street = f"{self.r.randint(2, 190)} {self.ch(UK_STREETS)}"
        if self.r.random() < 0.3:
            street = f"Flat {self.r.randint(1, 12)}, {street}"
        return street, pc, town

    def be_addr(self, place=None):
        town, pc = [x for x in BE_PLACES if x[0] == place][0] if place else self.ch(BE_PLACES)
        street = f"{self.ch(BE_STREETS)} {self.r.randint(2, 230)}" + self.ch(["", "", f" bus {self.r.randint(1, 12)}"])
        return street, pc, town

    # dates
    def date(self, y0, y1):
        a, b = datetime.date(y0, 1, 1).toordinal(), datetime.date(y1, 12, 31).toordinal()
        return datetime.date.fromordinal(self.r.randint(a, b))

    def visit_date(self):
        return datetime.date(2025, self.r.randint(3, 6), self.r.randint(1, 28))

    def time(self):
        return f"{self.r.randint(7, 21):02d}:{self.ch(['00', '15', '30', '45', '10', '40'])}"

    def amount(self, lo, hi, lang="nl"):
        v = self.r.randint(int(lo * 100), int(hi * 100)) / 100
        s = f"{v:,.2f}"
        if lang in ("nl", "de"):
            s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        return s

    def keysafe(self):
        while True:
            c = self.digits(4)
            if c not in ("1234", "0000", "1111"):
                return c


def nlnum(x):
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def fdate(d, style):
    if style == "dmy-":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "dmy-s":
        return f"{d.day}-{d.month}-{d.year}"
    if style == "dmy/":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dmy.":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "nl":
        return f"{d.day} {MONTHS['nl'][d.month - 1]} {d.year}"
    if style == "en":
        return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"
    if style == "us":
        return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
    if style == "de":
        return f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}"
    raise ValueError(style)


def staff(key):
    f, tv, c, role = STAFF[key]
    return Pn(f, tv, c, "", "staff", "")



# ----------------------------------------------------------------------------------------------------------
# scenario helpers
# ----------------------------------------------------------------------------------------------------------

SCENARIOS = []


def scen(lang, pii):
    def deco(f):
        SCENARIOS.append((f.__name__, lang, pii, f))
        return f
    return deco


def quote(s):
    return "\n".join("> " + line if line else ">" for line in s.split("\n"))


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def o(kind, v):
    return N("org_" + kind, v)


def o_tel(g): return o("phone", g.ch(ORG_TEL))
def o_wa(g): return o("phone", g.ch(ORG_WA))
def o_night(g): return o("phone", g.ch(ORG_NIGHT))
def o_free(g): return o("phone", g.ch(ORG_FREE))
def o_iban(g, which=1): return o("iban", g.ch(ORG_IBAN1 if which == 1 else ORG_IBAN2))
def o_mail(local): return o("email", f"{local}@wielewaalzorg.example")
def o_url(path=""): return o("url", "www.wielewaalzorg.example" + path)


def o_addr(g, which=0, sep=", "):
    return o("address", ["Kapelhofweg 18{}6822 DZ Arnhem", "Postbus 2140{}6802 CC Arnhem",
                         "Stationsplein 4{}6661 BT Elst"][which].format(sep))


def o_addr_upper(g, which=1, sep="\n"):
    return o("address", ["Kapelhofweg 18{}6822 DZ Arnhem", "Postbus 2140{}6802 CC Arnhem",
                         "Stationsplein 4{}6661 BT Elst"][which].format(sep).upper())


def close_nl(g):
    return g.ch(["Met vriendelijke groet,", "Vriendelijke groet,", "Groet,", "Mvg,", "Hartelijke groet,"])


def close_en(g):
    return g.ch(["Kind regards,", "Best wishes,", "Many thanks,", "Regards,", "Best,"])


def close_de(g):
    return g.ch(["Mit freundlichen Grüßen", "Viele Grüße", "Freundliche Grüße", "Beste Grüße"])


ROLE = {
    "nl": {"klantenservice": "Klantenservice", "planning": "Planning & roosters", "wijkverpleegkundige":
           "Wijkverpleegkundige team Arnhem-Noord", "klachtenfunctionaris": "Klachtenfunctionaris",
           "vrijwilligerscoördinator": "Vrijwilligerscoördinator", "debiteurenadministratie": "Debiteurenadministratie",
           "verzorgende IG": "Verzorgende IG", "verzorgende": "Verzorgende", "International Desk": "International Desk",
           "Deutschsprachiger Kundenservice": "Duitstalige klantenservice"},
    "en": {"klantenservice": "Client Service Desk", "planning": "Scheduling", "wijkverpleegkundige":
           "District Nurse, team Arnhem-Noord", "klachtenfunctionaris": "Complaints Officer", "International Desk":
           "International Desk", "debiteurenadministratie": "Accounts Receivable",
           "vrijwilligerscoördinator": "Volunteer Coordinator"},
    "de": {"Deutschsprachiger Kundenservice": "Deutschsprachiger Kundenservice", "klantenservice": "Kundenservice",
           "planning": "Einsatzplanung", "klachtenfunctionaris": "Beschwerdestelle",
           "wijkverpleegkundige": "Gemeindepflegefachkraft", "debiteurenadministratie": "Debitorenbuchhaltung"},
}
STAFF_MAIL = {"dewi": "klantenservice", "jeroen": "klantenservice", "fenna": "planning", "kubra": "planning",
              "marloes": "team.arnhemnoord", "hanneke": "klachten", "wessel": "vrijwilligers", "ursula": "deutsch",
              "bridget": "international", "gertjan": "debiteuren", "soufiane": "team.velp", "lieke": "team.velp"}


def org_sig(g, key, lang="nl"):
    s = staff(key)
    role = ROLE[lang].get(STAFF[key][3], STAFF[key][3])
    orgname = {"nl": g.ch(["Thuiszorg Wielewaal", "Stichting Thuiszorg Wielewaal", "Wielewaal Zorg"]),
               "en": "Wielewaal Home Care", "de": "Wielewaal Häusliche Pflege"}[lang]
    tl = {"nl": "T", "en": "T", "de": "Tel."}[lang]
    lines = [P(s.full), f"{role} | {o('name', orgname)}", f"{tl} {o_tel(g)} | WhatsApp {o_wa(g)}",
             f"{o_mail(STAFF_MAIL[key])} | {o_url()}"]
    if g.r.random() < 0.5:
        lines.append(o_addr(g, g.ch([0, 1])))
    if g.r.random() < 0.4:
        lines.append(f"{o('kvk', g.ch(ORG_KVK))} | IBAN {o_iban(g)}")
    return "\n".join(lines)


# ----------------------------------------------------------------------------------------------------------
# Dutch scenarios (30: 19 with personal data, 11 without)
# ----------------------------------------------------------------------------------------------------------

@scen("nl", True)
def nl_telefoonnotitie(g, k):
    mother = g.person(g.ch(["nl", "nl", "sr", "ma", "tr"]), "f")
    child = g.relative(mother, sex="f" if k == 0 else "m", same_name=(k == 1))
    street, pc, town = g.nl_addr()
    dob = g.date(1929, 1946)
    agent, planner, nurse = staff(g.ch(["jeroen", "dewi"])), staff(g.ch(["kubra", "fenna"])), staff("marloes")
    mob = g.fmt_mobile(g.nl_mobile())
    dt = g.visit_date()
    if k == 0:
        return (f"Telefoonnotitie klantenservice — {fdate(dt, 'dmy-')} {g.time()}\n"
                f"Aangenomen door: {P(agent.first)}\n"
                f"Beller: {P(child.full)} (dochter), tel. {PH(mob)}\n"
                f"Betreft: mevr. {P(mother.ini_name)}, geb. {DOB(fdate(dob, 'dmy-'))}\n"
                f"Adres: {AD(street)}, {PC(g.fmt_pc(pc))} {town}\n"
                f"Cliëntnummer: {N('client_no', g.digits(7, '123456789'))}\n\n"
                "Vraag: moeder krijgt sinds week 14 ochtendzorg (steunkousen, medicatie). Dochter vraagt of het bezoek "
                "op dinsdag en vrijdag na 08:30 kan, i.v.m. vervoer naar de dagbesteding om 09:15.\n"
                "Sleutelkluis naast de voordeur, code staat in het dossier (niet in deze notitie).\n"
                f"Actie: doorgezet naar planning ({P(planner.first)}). Terugbellen vóór vrijdag 12:00.")
    age = 2025 - dob.year
    return (f"notitie tel. {fdate(dt, 'dmy-s')} – zoon {P(child.full)} belde ({PH(mob)}) namens zijn moeder "
            f"mw. {P(mother.Sur)}, {AD(street)} {town}. mw. is {age} (geb. {DOB(fdate(dob, 'nl'))}) en valt de laatste "
            "weken vaker. vraagt om extra avondbezoek + beoordeling door de wijkverpleegkundige. heb gezegd dat "
            f"{P(nurse.first)} deze week contact opneemt. indicatie nu 6 uur p/w, klantnr "
            f"{N('client_no', g.digits(7, '123456789'))}. /{P(agent.first.lower())}")


@scen("nl", True)
def nl_aanmeldformulier(g, k):
    cl = g.person(g.ch(["nl", "nl", "tr", "ma", "sr", "pl"]))
    contact = g.relative(cl, same_name=g.r.random() < 0.5)
    gp = g.person("nl", avoid=(cl, contact))
    street, pc, town = g.nl_addr()
    dob = g.date(1930, 1952)
    bsn = g.bsn()
    tel = g.fmt_fixed(g.nl_fixed(town=town))
    mob = g.fmt_mobile(g.nl_mobile())
    rel = ("dochter" if contact.sex == "f" else "zoon")
    polis = g.digits(10, "123456789")
    if k == 0:
        return ("Aanmeldformulier wijkverpleging — ingediend via " + o_url("/aanmelden") +
                f" op {fdate(g.visit_date(), 'dmy-')} om {g.time()}\n"
                "------------------------------------------------------------\n"
                f"Naam cliënt:         {P(cl.full)}\n"
                f"Geboortedatum:       {DOB(fdate(dob, 'dmy-'))}\n"
                f"BSN:                 {BS(g.fmt_bsn(bsn, 0))}\n"
                f"Adres:               {AD(street)}\n"
                f"Postcode + plaats:   {PC(g.fmt_pc(pc, 0))} {town}\n"
                f"Telefoon:            {PH(tel)}\n"
                f"Huisarts:            {P(gp.ini_name)}, Gezondheidscentrum De Laar\n"
                f"Zorgverzekeraar:     ZorgSamen, polisnummer {N('policy_no', polis)}\n"
                f"Contactpersoon:      {P(contact.full)} ({rel}), {PH(mob)}, {EM(g.email(contact))}\n"
                "Gevraagde zorg:      wondzorg na ziekenhuisopname, hulp bij douchen 3x per week\n"
                "Toestemming gegevens delen met huisarts: ja")
    return ("Nieuwe aanmelding (webformulier)\n\n"
            f"Voorletters en achternaam: {P(cl.ini_name)}\n"
            f"Geb.datum: {DOB(fdate(dob, 'nl'))}\n"
            f"Burgerservicenummer: {BS(g.fmt_bsn(bsn, g.ch([1, 2])))}\n"
            f"Straat + huisnr: {AD(street)}\n"
            f"Postcode: {PC(pc.lower())}   Woonplaats: {town.lower()}\n"
            f"Telefoon: {PH(mob)}\n"
            f"Ingevuld door: {P(contact.full)} ({rel})\n"
            f"E-mail voor bevestiging: {EM(g.email(contact))}\n"
            f"Vraag: mijn {'moeder' if cl.sex == 'f' else 'vader'} komt over 2 weken thuis uit de revalidatie en "
            "heeft dan hulp nodig bij aankleden en insuline spuiten. Kan dat vanaf maandag 07:30?")


@scen("nl", True)
def nl_cak_vraag_mail(g, k):
    agent = staff(g.ch(["dewi", "jeroen"]))
    street, pc, town = g.nl_addr()
    amt = g.amount(18, 95)
    ref = f"{g.digits(4, '123456789')} {g.digits(4)} {g.digits(4)}"
    if k == 0:
        mother = g.person(g.ch(["nl", "sr", "nl"]), "f")
        son = g.relative(mother, "m", same_name=True)
        mob = g.fmt_mobile(g.nl_mobile())
        return (f"Onderwerp: Re: vraag over eigen bijdrage CAK\n\n"
                f"Goedemiddag {P(agent.first)},\n\n"
                f"Dank voor uw uitleg. Toch snap ik het nog niet. Mijn moeder, mevrouw {P(mother.full)}, kreeg van het "
                f"CAK een factuur van € {amt} over periode 4 (kenmerk {N('cak_ref', ref)}). Zij krijgt alleen "
                "wijkverpleging en daar geldt toch geen eigen bijdrage voor? Alleen de huishoudelijke hulp via de Wmo "
                "loopt via het CAK, dacht ik.\n\n"
                f"Kunt u mij bellen op {PH(mob)}? Ik regel haar post sinds ze in het voorjaar is gevallen.\n\n"
                f"{close_nl(g)}\n{P(son.full)}\n\n"
                f"> Op {fdate(g.visit_date(), 'dmy-s')} om {g.time()} schreef {o('name', 'Klantenservice Wielewaal')} "
                f"<{o_mail('klantenservice')}>:\n"
                f"> Beste meneer {P(son.Sur)},\n"
                "> Het CAK stelt de eigen bijdrage vast op basis van inkomen en vermogen; wij hebben geen invloed op de\n"
                "> hoogte. Wijkverpleging valt onder de Zorgverzekeringswet en kent geen eigen risico.\n"
                + quote(f"{close_nl(g)}\n\n" + org_sig(g, 'dewi' if agent.first == 'Dewi' else 'jeroen')))
    cl = g.person("nl")
    tel = g.fmt_fixed(g.nl_fixed(town=town))
    return ("Geachte Wielewaal,\n\n"
            f"Ik heb een brief van het CAK gekregen met een rekening van € {amt} per 4 weken. Op de brief staat "
            f"relatienummer {N('cak_ref', g.digits(10, '123456789'))}. Ik krijg van u alleen hulp bij het douchen "
            "(2 keer per week) en de alarmknop. Moet ik dit echt betalen? Ik ben 86 en doe niet aan internet, mijn "
            "kleinzoon typt dit voor mij.\n\n"
            f"Ik ben {P(cl.full)}, {AD(street)}, {PC(g.fmt_pc(pc))} {town}. Mijn telefoonnummer is {PH(tel)}, "
            "'s ochtends ben ik altijd thuis. Mijn burgerservicenummer staat ook op de brief: "
            f"{BS(g.fmt_bsn(g.bsn(), g.ch([1, 2])))}.\n\n"
            f"{close_nl(g)}\n{P(cl.ini_name)}")


@scen("nl", True)
def nl_incasso_wijziging(g, k):
    cl = g.person(g.ch(["nl", "nl", "tr", "ma"]))
    new, old = g.iban("NL"), g.iban("NL")
    cnr = g.digits(7, "123456789")
    if k == 0:
        return ("Formulier: wijziging machtiging doorlopende SEPA-incasso\n"
                f"Klantnummer: {N('client_no', cnr)}\n"
                f"Naam rekeninghouder: {P(cl.admin)}\n"
                f"Nieuw IBAN: {IB(g.fmt_iban(new))}\n"
                f"Oud IBAN: {IB(g.fmt_iban(old))}\n"
                f"Ingangsdatum: 1 {MONTHS['nl'][g.r.randint(5, 8)]} 2025\n"
                "Betreft: personenalarmering (€ 19,95 per maand) en wasservice\n"
                f"Incassant-ID: {N('org_creditor_id', ORG_CREDITOR_ID)}\n"
                f"Ondertekend (digitaal): {P(cl.full)}, {fdate(g.visit_date(), 'dmy-')}")
    street, pc, town = g.nl_addr()
    spaced = g.fmt_iban(new, True)
    if g.r.random() < 0.5:
        spaced = spaced.replace(" ", "\u00a0")
    return (f"Beste mensen van {o('name', 'Wielewaal')},\n\n"
            "Wij zijn overgestapt naar een andere bank. Wilt u de maandelijkse incasso voor de alarmering van mijn "
            f"vader voortaan afschrijven van {IB(spaced)} t.n.v. {P(cl.ini_name)}? Het oude rekeningnummer "
            f"({IB(g.fmt_iban(old, False))}) wordt per 1 juli opgeheven. Klantnummer {N('client_no', cnr)}.\n\n"
            f"Adres van mijn vader: {AD(street)}, {PC(g.fmt_pc(pc))} {town}.\n\n"
            f"{close_nl(g)}\n{P(g.relative(cl, 'f', same_name=False).full)}")


@scen("nl", True)
def nl_verhuizing(g, k):
    father = g.person(g.ch(["nl", "nl", "ma", "sr"]), "m")
    daughter = g.relative(father, "f", same_name=False)
    s1, p1, t1 = g.nl_addr()
    s2, p2, t2 = g.nl_addr()
    mob = g.fmt_mobile(g.nl_mobile())
    d = g.visit_date()
    if k == 0:
        return (f"Onderwerp: verhuizing vader per {fdate(d, 'dmy-s')}\n\n"
                "Goedemorgen,\n\n"
                f"Mijn vader, {P(father.full)}, verhuist op {fdate(d, 'nl')} van {AD(s1)}, {PC(g.fmt_pc(p1))} {t1} "
                f"naar ons huis: {AD(s2)}, {PC(g.fmt_pc(p2))} {t2}. Hij krijgt nu ochtend- en avondzorg "
                "(aankleden, ogen druppelen, medicatie uit de baxterrol).\n"
                "Kan de zorg vanaf die dag op het nieuwe adres doorgaan? Ons adres valt volgens mij onder jullie team "
                "Zuid. De sleutelkluis verhuist mee; de nieuwe code geef ik telefonisch door.\n\n"
                f"Bereikbaar op {PH(mob)} (ook WhatsApp).\n\n"
                f"{close_nl(g)}\n{P(daughter.first)}")
    return ("Adreswijziging cliënt (formulier " + o_url("/wijzigen") + ")\n\n"
            f"Naam cliënt: {P(father.full)}\n"
            f"Oud adres: {AD(s1)}, {PC(p1)} {t1}\n"
            f"Nieuw adres: {AD(s2)}\n"
            f"Postcode nieuw: {PC(g.fmt_pc(p2, 0))}    Plaats: {t2}\n"
            f"Verhuisdatum: {fdate(d, 'dmy-')}\n"
            f"Nieuw telefoonnummer: {PH(g.fmt_fixed(g.nl_fixed(town=t2)))}\n"
            f"Ingevuld door: {P(daughter.full)} (dochter, mantelzorger)\n"
            "Opmerking: de rolstoel en hoog-laagbed worden op 2 juni door de leverancier verplaatst.")


@scen("nl", True)
def nl_whatsapp_planning(g, k):
    d = g.visit_date()
    if k == 0:
        father = g.person(g.ch(["ma", "tr", "nl"]), "m")
        son = g.relative(father, "m", same_name=True)
        planner, carer = staff("fenna"), staff("soufiane")
        street, pc, town = g.nl_addr()
        mob = g.fmt_mobile(g.nl_mobile(), g.ch([0, 1, 3]))
        dd = f"{d.day:02d}-{d.month:02d}-25"
        return (f"[{dd}, 07:41:12] Wielewaal Planning: Goedemorgen! U spreekt met {P(planner.first)} van de planning 😊 "
                "Waarmee kan ik helpen?\n"
                f"[{dd}, 07:43:55] {P(son.full)}: Goedemorgen {P(planner.first)}. Mijn vader, meneer {P(father.Sur)}, "
                "moet vandaag om 10:15 naar de oogarts. Kan de ochtendzorg eerder, rond 08:00?\n"
                f"[{dd}, 07:45:02] Wielewaal Planning: Ik kijk even mee 👀 Om welk adres gaat het?\n"
                f"[{dd}, 07:46:30] {P(son.full)}: {AD(street)}, {PC(g.fmt_pc(pc))} {town}\n"
                f"[{dd}, 07:48:11] Wielewaal Planning: Gelukt! {P(carer.first)} komt om 07:55. Fijne dag!\n"
                f"[{dd}, 07:48:40] {P(son.full)}: Top, dank je wel 🙏 Als er iets is: {PH(mob)}")
    gm = g.person("nl", "f")
    gd = g.relative(gm, "f", same_name=g.r.random() < 0.5)
    street, pc, town = g.nl_addr()
    planner = staff("kubra")
    mob = g.fmt_mobile(g.nl_mobile(), 3)
    dd = f"{d.day:02d}-{d.month:02d}-2025"
    return (f"WhatsApp-chat met {PH(mob)}\n"
            f"{dd} 18:02 - {P(gd.full)}: hoi! oma {P(gm.full)} heeft morgen geen avondzorg nodig, ze blijft slapen "
            "bij ons 😊\n"
            f"{dd} 18:02 - {P(gd.full)}: adres is {AD(street)} in {town}\n"
            f"{dd} 18:05 - Wielewaal Planning: Dank je! Geldt dat alleen voor morgen "
            f"({fdate(d + datetime.timedelta(days=1), 'dmy-')})?\n"
            f"{dd} 18:07 - {P(gd.full)}: ja alleen morgen, overmorgen gewoon weer om 21:00 👍 groetjes "
            f"{P(gd.first.lower())}\n"
            f"{dd} 18:09 - Wielewaal Planning: Doorgegeven aan het avondteam. Groet, {P(planner.first)}")


@scen("nl", True)
def nl_klacht(g, k):
    father = g.person(g.ch(["nl", "nl", "sr", "tr"]), "m")
    child = g.relative(father, same_name=g.r.random() < 0.6)
    street, pc, town = g.nl_addr()
    d = g.visit_date()
    mob = g.fmt_mobile(g.nl_mobile())
    kf = staff("hanneke")
    if k == 0:
        carer = staff("lieke")
        return (f"Onderwerp: Klacht over avondzorg {fdate(d, 'dmy-s')}\n\n"
                f"Geachte mevrouw {P(kf.core)},\n\n"
                f"Hierbij dien ik een klacht in namens mijn vader, de heer {P(father.ini_name)}, {AD(street)} in {town}.\n"
                f"Op {fdate(d, 'nl')} is de avondzorg niet gekomen. Om 22:40 heb ik zelf het nachtnummer "
                f"{o_night(g)} gebeld; daar wist niemand ervan. Mijn vader heeft de hele nacht in zijn stoel geslapen.\n"
                f"De verzorgende die de volgende ochtend kwam ({P(carer.first)}) was heel lief en kon er niets aan doen, "
                "maar dit is de derde keer sinds maart.\n\n"
                "Ik verwacht binnen 14 dagen een schriftelijke reactie.\n\n"
                f"{close_nl(g)}\n{P(child.full)}\n{PH(mob)}")
    return ("Klachtenformulier — " + o('name', 'Thuiszorg Wielewaal') + "\n"
            f"Naam indiener: {P(child.full)}\n"
            f"Relatie tot cliënt: {'dochter' if child.sex == 'f' else 'zoon'}\n"
            f"Naam cliënt: {P(father.full)}\n"
            f"Geboortedatum cliënt: {DOB(fdate(g.date(1931, 1948), 'dmy-'))}\n"
            f"Adres cliënt: {AD(street)}, {PC(g.fmt_pc(pc))} {town}\n"
            f"Telefoon: {PH(mob)}\n"
            f"E-mail: {EM(g.email(child))}\n"
            f"Datum voorval: {fdate(d, 'dmy-')}\n"
            "Omschrijving: medewerkers wisselen steeds, elke dag een ander gezicht. Mijn vader heeft dementie en "
            "raakt daar erg van in de war. Graag een vast team van maximaal 4 mensen.\n"
            "Ik wil: een gesprek met de teamleider")


@scen("nl", True)
def nl_vrijwilliger_aanmelding(g, k):
    v = g.person(g.ch(["nl", "nl", "ma", "tr", "sr", "misc"]))
    street, pc, town = g.nl_addr()
    mob = g.fmt_mobile(g.nl_mobile())
    if k == 0:
        return ("Aanmelding vrijwilliger — project Boodschappenmaatje\n"
                f"Naam: {P(v.full)}\n"
                f"Geboortedatum: {DOB(fdate(g.date(1952, 2004), 'dmy-'))}\n"
                f"Adres: {AD(street)}, {PC(g.fmt_pc(pc))} {town}\n"
                f"Mobiel: {PH(mob)}\n"
                f"E-mail: {EM(g.email(v))}\n"
                "Beschikbaar: dinsdag- en donderdagmiddag, 13.30–16.30 uur\n"
                f"VOG: aangevraagd via Justis; legitimatie identiteitskaart nr. {ID(g.doc_nl('I'), 'NL')}\n"
                f"IBAN voor reiskostenvergoeding: {IB(g.fmt_iban(g.iban('NL')))}\n"
                "Hoe kent u ons: via de nieuwsbrief van de bibliotheek")
    w = staff("wessel")
    return (f"Hoi {P(w.first)},\n\n"
            f"Ik ben {P(v.first)}, {2025 - g.r.randint(1998, 2005)} jaar en tweedejaars student verpleegkunde. Ik wil "
            "graag vrijwilliger worden bij het maatjesproject, het liefst op woensdag. Voor de VOG-aanvraag vroegen "
            f"jullie mijn paspoortnummer: {ID(g.doc_nl('N'), 'NL')}.\n"
            f"Ik woon op {AD(street)} in {town}, bellen of appen kan op {PH(mob)}.\n\n"
            f"Groetjes,\n{P(v.full)}")


@scen("nl", True)
def nl_declaraties_csv(g, k):
    w, gj = staff("wessel"), staff("gertjan")
    vols = []
    for _ in range(3):
        vols.append(g.person(g.ch(["nl", "nl", "ma", "tr", "sr", "pl"]), avoid=tuple(vols)))
    month = MONTHS["nl"][g.r.randint(2, 5)]
    rows = []
    for v in vols:
        km = g.r.randint(12, 180)
        park = g.ch([0, 0, 3.6, 5.4])
        total = f"{km * 0.23 + park:.2f}".replace(".", ",")
        ib = g.iban("NL")
        if k == 0:
            rows.append(f"{P(v.full)};{IB(ib)};{km};{str(park).replace('.', ',')};{total};Boodschappenmaatje")
        else:
            rows.append(f"| {P(v.admin)} | {IB(g.fmt_iban(ib, True))} | {km} | € {total} |")
    if k == 0:
        table = "naam;iban;km;parkeren;bedrag;project\n" + "\n".join(rows)
    else:
        table = "| Vrijwilliger | Rekeningnummer | Km | Vergoeding |\n|---|---|---|---|\n" + "\n".join(rows)
    return (f"Hoi {P(gj.first)},\n\n"
            f"Hieronder de declaraties van de vrijwilligers over {month}. Graag uitbetalen vóór de 25e, "
            "kostenplaats 4410 (vrijwilligerswerk).\n\n" + table + "\n\n"
            f"Groet,\n{P(w.full)}\nVrijwilligerscoördinator | {o('name', 'Wielewaal Zorg')}")


@scen("nl", True)
def nl_sleutelkluis_notitie(g, k):
    cl = g.person(g.ch(["nl", "nl", "ma", "sr", "tr"]))
    street, pc, town = g.nl_addr()
    if k == 0:
        dau = g.relative(cl, "f", same_name=False)
        return (f"Nieuwe cliënt per maandag: mevr. {P(cl.ini_name)}, {AD(street)}, {town}.\n"
                f"Sleutelkluis rechts naast de achterdeur, code {N('keysafe', g.keysafe())}. Hond aanwezig (lief).\n"
                f"Dochter {P(dau.first)} is eerste contactpersoon: {PH(g.fmt_mobile(g.nl_mobile()))}.\n"
                "Insuline 3x daags volgens schema in de map, bloedsuiker meten voor het ontbijt. Wondzorg rechter "
                "onderbeen ma-wo-vr.\n"
                f"/{P(staff('marloes').first.lower())}")
    old, new = g.keysafe(), g.keysafe()
    return ("Let op collega's avonddienst route Velp-Zuid:\n"
            f"de code van de sleutelkluis bij meneer {P(cl.Sur)} ({AD(street)}) is gewijzigd naar "
            f"{N('keysafe', new)}. De oude code ({N('keysafe', old)}) werkt niet meer. Kluis hangt nu links van de "
            "garagedeur i.p.v. bij de voordeur.\n"
            f"Groet, {P(staff('soufiane').first)}")


@scen("nl", True)
def nl_doorgestuurd_ziekenhuis(g, k):
    pt = g.person(g.ch(["nl", "nl", "ma", "tr", "sr"]))
    tn = g.person("nl", "f", avoid=(pt,))
    partner = g.relative(pt, "f" if pt.sex == "m" else "m", same_name=False, avoid=(tn,))
    street, pc, town = g.nl_addr()
    dob = g.date(1933, 1955)
    d = g.visit_date()
    fwd, to = staff("dewi"), staff("marloes")
    mail = g.email(tn, ("rijnoever-ziekenhuis.nl",))
    return (f"Hoi {P(to.first)},\n\nZie hieronder, kun jij de intake plannen? Komt vrijdag thuis.\n\n"
            f"Groet, {P(fwd.first)}\n\n"
            "---------- Doorgestuurd bericht ----------\n"
            f"Van: {P(tn.full)} <{EM(mail)}>\n"
            f"Datum: {fdate(d, 'nl')} {g.time()}\n"
            f"Aan: {o_mail('zorgbemiddeling')}\n"
            f"Onderwerp: Overdracht {P(pt.ini_name)}\n\n"
            "Geachte collega's,\n\n"
            f"Per {fdate(d, 'dmy-')} wordt ontslagen naar huis: {P(pt.full)}, geboren {DOB(fdate(dob, g.ch(['dmy-', 'nl'])))}, "
            f"BSN {BS(g.fmt_bsn(g.bsn(), g.ch([0, 1])))}.\n"
            f"Adres: {AD(street)}, {PC(g.fmt_pc(pc))} {town}.\n"
            "Zorgvraag: wondzorg sternum na CABG, 1x daags; hulp bij ADL ochtend; medicatie aanreiken.\n"
            f"Contactpersoon: {P(partner.full)} ({'echtgenote' if partner.sex == 'f' else 'echtgenoot'}), "
            f"{PH(g.fmt_fixed(g.nl_fixed()))}.\n\n"
            f"{close_nl(g)}\n{P(tn.full)}\nTransferverpleegkundige, Transferpunt Ziekenhuis Rijnoever (toestel 4471)")


@scen("nl", True)
def nl_brief_hoofdletters(g, k):
    cl = g.person("nl", "m" if k == 0 else "f")
    street, pc, town = g.nl_addr("Arnhem" if k == 0 else None)
    inv = g.ref9(True)
    d = g.visit_date()
    if k == 0:
        return (f"DHR. {P(cl.ini_name.upper())}\n{AD(street.upper())}\n{PC(g.fmt_pc(pc, 0))}  {town.upper()}\n\n"
                "AAN: THUISZORG WIELEWAAL\nT.A.V. DEBITEURENADMINISTRATIE\n" + o_addr_upper(g, 1, g.ch(["\n", "\n", "  "])) + "\n\n"
                f"{town.upper()}, {fdate(d, 'dmy-')}\n\n"
                f"BETREFT: FACTUUR {N('inv9_elf', inv)} / KLANTNUMMER {N('client_no', g.digits(7, '123456789'))}\n\n"
                "GEACHTE HEER, MEVROUW,\n\n"
                f"HIERBIJ MAAK IK BEZWAAR TEGEN DE FACTUUR VAN € {g.amount(40, 160)} VOOR HET PERSONENALARM. HET ALARM "
                "IS AL SINDS FEBRUARI OPGEZEGD. IK HEB DAT TOEN TELEFONISCH DOORGEGEVEN AAN UW MEDEWERKER.\n"
                "IK VERZOEK U DE FACTUUR TE CREDITEREN.\n\n"
                f"HOOGACHTEND,\n\n{P(cl.ini_name.upper())}")
    son = g.relative(cl, "m", same_name=True)
    return ("AAN THUISZORG WIELEWAAL\n\n"
            f"NAMENS MIJN MOEDER MEVR. {P(cl.full.upper())}, GEB. {DOB(fdate(g.date(1928, 1940), 'dmy-'))}, "
            f"WONENDE {AD(street.upper())} TE {town.upper()}, WIL IK HET VOLGENDE MELDEN.\n"
            "DE ZORG KOMT STEEDS OP ANDERE TIJDEN, SOMS OM 7.00 UUR EN SOMS PAS OM 11.30 UUR. MIJN MOEDER KAN DAN NIET "
            "NAAR HET TOILET. DIT IS ZO NIET LANGER VOL TE HOUDEN.\n"
            f"GRAAG CONTACT MET MIJ OP {PH(g.fmt_fixed(g.nl_fixed(town=town), 0))}.\n\n"
            f"MET VRIENDELIJKE GROET,\n{P(son.full.upper())}")


@scen("nl", True)
def nl_route_overdracht(g, k):
    rows, people = [], []
    for i in range(4):
        p = g.person(g.ch(["nl", "nl", "ma", "tr", "sr"]), avoid=tuple(people))
        people.append(p)
        street, pc, town = g.nl_addr(g.ch(["Velp", "Rheden", "Dieren"]))
        t = f"{17 + i}:{g.ch(['00', '15', '30', '45'])}"
        tit = "mw." if p.sex == "f" else "dhr."
        note = g.ch([f"kluis {N('keysafe', g.keysafe())}", "bellen 3x, doet zelf open", f"kluis achterom, code {N('keysafe', g.keysafe())}",
                     "steunkousen uit, ogen druppelen", "medicatie aanreiken, insuline 18 E"])
        if k == 0:
            rows.append(f"{t};{tit} {P(p.Sur)};{AD(street)};{town};{note}")
        else:
            rows.append(f"- {t} {tit} {P(p.Sur)}, {AD(street)} ({town}) – {note}")
    d = g.visit_date()
    head = f"Route Velp-Zuid avond {d.day}/{d.month} — overdracht (niet doorsturen buiten het team)\n"
    body = ("tijd;cliënt;adres;plaats;bijzonderheden\n" + "\n".join(rows)) if k == 0 else "\n".join(rows)
    return (head + body + f"\n\nLet op: dhr./mw. op plek 3 heeft vanaf morgen geen avondzorg meer (opname).\n"
            f"Groet, {P(staff('lieke').first)}")


@scen("nl", True)
def nl_social_facebook(g, k):
    if k == 0:
        a = g.person(g.ch(["nl", "ma", "tr"]))
        agent = staff("dewi")
        return (f"Bericht op de Facebookpagina van {o('name', 'Thuiszorg Wielewaal')}\n"
                f"{P(a.full)} · 2 u\n"
                "Al 3 dagen niemand gezien voor de avondronde bij mijn schoonmoeder in Duiven 😡😡 En bij "
                f"{o_tel(g)} neemt niemand op. Is dit de zorg waar we voor betalen?? #thuiszorg #wielewaal "
                "#zorginfarct\n👍 14  💬 6\n\n"
                f"Reactie van {o('name', 'Wielewaal Zorg')}:\n"
                f"Hallo {P(a.first)}, wat vervelend om te lezen! Wil je ons een privébericht sturen met de naam en het "
                f"adres van je schoonmoeder? Dan zoeken we het vandaag nog uit. ^{P(agent.first)}")
    father = g.person("nl", "m")
    street, pc, town = g.nl_addr(g.ch(["Duiven", "Westervoort", "Zevenaar"]))
    h = g.ch(["@koffieleut_duiven", "@liemersmeisje", "@fietsfanaat_026", "@mantelzorger_z"])
    nurse_first = g.person("nl", "f", avoid=(father,)).first
    hnr = re.search(r"\d+", street).group()
    agent = staff("jeroen")
    return (f"{h}: Sorry {o('handle', '@WielewaalZorg')} maar zuster {P(nurse_first)} was vanochtend weer een uur te laat "
            "bij mijn vader. Hij zat al die tijd te wachten zonder ontbijt 😞 #thuiszorg #Liemers\n"
            f"{o('handle', '@WielewaalZorg')}: {h} Dat is echt niet de bedoeling, excuses! Stuur je ons een DM met postcode "
            f"+ huisnummer? Dan pakken we het op met het team. ^{P(agent.first)}\n"
            f"DM van {h}: het gaat om {P(father.full)}, {PC(g.fmt_pc(pc, 0))} {hnr} in {town}\n"
            f"DM van {o('handle', '@WielewaalZorg')}: Dank je, doorgezet naar de teamleider. Je hoort vandaag nog van ons.")


@scen("nl", True)
def nl_overlijden(g, k):
    mother = g.person(g.ch(["nl", "nl", "sr", "ma"]), "f")
    son = g.relative(mother, "m", same_name=True)
    street, pc, town = g.nl_addr()
    s2, p2, t2 = g.nl_addr()
    d = g.visit_date()
    ib = g.iban("NL")
    mob = g.fmt_mobile(g.nl_mobile())
    if k == 0:
        return ("Onderwerp: overlijden " + P(mother.full) + "\n\n"
                "Beste mensen,\n\n"
                f"Op {fdate(d, 'nl')} is mijn moeder, {P(mother.full)}, rustig overleden. Wij willen jullie heel erg "
                "bedanken voor de goede zorg van de afgelopen twee jaar, vooral het ochtendteam.\n"
                "Wilt u de zorg en de alarmering stopzetten? De sleutel van de kluis leggen wij donderdag terug.\n"
                f"De laatste factuur graag naar mij: {AD(s2)}, {PC(g.fmt_pc(p2))} {t2}. Een eventuele terugbetaling "
                f"kan op {IB(g.fmt_iban(ib))} t.n.v. {P(son.ini_name)}.\n"
                f"Telefonisch ben ik bereikbaar op {PH(mob)}.\n\n"
                f"{close_nl(g)}\n{P(son.full)}")
    return (f"Notitie klantenservice {fdate(d, 'dmy-')}\n"
            f"Overlijden gemeld door zoon {P(son.first)} ({PH(mob)}): mevr. {P(mother.ini_name)}, "
            f"geb. {DOB(fdate(g.date(1926, 1942), 'dmy-'))}, {AD(street)}, {town}, overleden op "
            f"{fdate(d, 'dmy-')}.\n"
            f"- zorg per direct gestopt, planning geïnformeerd ({P(staff('kubra').first)})\n"
            f"- alarmering: ophalen kastje + kluis leegmaken ({N('keysafe', g.keysafe())}), afspraak dinsdag\n"
            f"- eindafrekening naar zoon, terugbetaling op {IB(g.fmt_iban(ib, False))}\n"
            f"/{P(staff('dewi').first)}")


@scen("nl", True)
def nl_alarmering(g, k):
    cl = g.person(g.ch(["nl", "nl", "tr", "sr"]))
    c1 = g.relative(cl, same_name=g.r.random() < 0.5)
    c2 = g.person("nl", avoid=(cl, c1))
    street, pc, town = g.nl_addr()
    dob = g.date(1927, 1945)
    if k == 0:
        return ("Aanvraag personenalarmering\n"
                f"Cliënt: {P(cl.full)}\n"
                f"Geboortedatum: {DOB(fdate(dob, 'dmy-'))}\n"
                f"Adres: {AD(street)}\n"
                f"Postcode/plaats: {PC(g.fmt_pc(pc, 0))} {town}\n"
                f"Telefoon vast: {PH(g.fmt_fixed(g.nl_fixed(town=town)))}\n"
                f"Sleutelkluis: ja, code {N('keysafe', g.keysafe())} (alleen voor meldkamer)\n"
                f"Contactpersoon 1: {P(c1.full)}, {PH(g.fmt_mobile(g.nl_mobile()))}\n"
                f"Contactpersoon 2: {P(c2.full)} ({'buurvrouw' if c2.sex == 'f' else 'buurman'}), {PH(g.fmt_mobile(g.nl_mobile()))}\n"
                "Abonnement: alarmering met opvolging door Wielewaal, € 19,95 per maand\n"
                f"Gewenste installatiedatum: {fdate(g.visit_date(), 'dmy-')}")
    return (f"Beste {o('name', 'Wielewaal')},\n\n"
            f"Voor mijn {'moeder' if cl.sex == 'f' else 'vader'} ({P(cl.full)}, geboren {DOB(fdate(dob, 'nl'))}) wil ik "
            f"graag een alarmknop aanvragen. {'Ze' if cl.sex == 'f' else 'Hij'} woont alleen op "
            f"{AD(street)}, {PC(g.fmt_pc(pc))} {town}. Als het alarm afgaat, wil ik als eerste gebeld worden: "
            f"{PH(g.fmt_mobile(g.nl_mobile()))}. Tweede contact is {'de buurvrouw' if c2.sex == 'f' else 'de buurman'}, {P(c2.full)}, "
            f"{PH(g.fmt_fixed(g.nl_fixed()))}.\nEr hangt al een sleutelkluis bij de voordeur.\n\n"
            f"{close_nl(g)}\n{P(c1.full)}")


@scen("nl", True)
def nl_zzp_factuur(g, k):
    z = g.person(g.ch(["nl", "nl", "sr", "ma", "pl"]))
    street, pc, town = g.nl_addr()
    kv, bt, ib = g.kvk(), g.btw(), g.iban("NL")
    n = g.r.randint(8, 18)
    rate = g.ch([48.5, 52.5, 55.0])
    if k == 0:
        return (f"{P(z.full)} — zelfstandig verpleegkundige\n{AD(street)}, {PC(g.fmt_pc(pc))} {town}\n"
                f"KvK {KVK(kv)} | btw-id {BTW(bt)} | IBAN {IB(g.fmt_iban(ib))}\n\n"
                "Aan: " + o('name', 'Stichting Thuiszorg Wielewaal') + ", " + o_addr(g, 1) + "\n"
                f"Factuurnummer: {N('invoice_no', '2025-0' + str(g.r.randint(10, 99)))}    Factuurdatum: "
                f"{fdate(g.visit_date(), 'dmy-')}\n\n"
                f"Diensten mei 2025, route Velp-Zuid: {n} diensten × 7,5 uur × € {nlnum(rate)} = "
                f"€ {nlnum(n * 7.5 * rate)}\n"
                "Btw: vrijgesteld (art. 11 lid 1 sub g Wet OB)\n"
                "Betaling binnen 30 dagen.")
    gj = staff("gertjan")
    return (f"Beste {P(gj.first)},\n\n"
            "Mijn factuur over april is volgens jullie portaal afgekeurd omdat mijn gegevens niet klopten. Bij deze "
            f"nogmaals: KvK-nummer {KVK(kv)}, btw-identificatienummer {BTW(bt)}. Mijn rekeningnummer is gewijzigd "
            f"naar {IB(g.fmt_iban(ib))}.\n"
            f"In jullie systeem staat nog mijn oude omzetbelastingnummer {BS('NL' + g.bsn() + 'B01')}; dat is mijn BSN "
            "en mag eruit.\n"
            f"Zou je de factuur opnieuw willen laten beoordelen? Referentie portaal {N('ticket', 'ZZP-' + g.digits(6))}.\n\n"
            f"{close_nl(g)}\n{P(z.full)}\n{PH(g.fmt_mobile(g.nl_mobile()))}")


@scen("nl", True)
def nl_schade_kenteken(g, k):
    if k == 0:
        cl = g.person("nl")
        dr = g.person(g.ch(["nl", "tr", "pl"]), "m", avoid=(cl,))
        col = staff(g.ch(["soufiane", "lieke"]))
        street, pc, town = g.nl_addr()
        return ("Schademelding (intern)\n"
                f"Datum: {fdate(g.visit_date(), 'dmy-')}, ca. {g.time()}\n"
                f"Locatie: voor de woning van cliënt {P(cl.ini_name)}, {AD(street)}, {town}\n"
                f"Medewerker: {P(col.full)}, leaseauto nr. 17 uit het wagenpark\n"
                f"Tegenpartij: bestelbus met kenteken {KT(g.kenteken(g.ch([9, 10, 11])))}, bestuurder {P(dr.full)}, "
                f"tel. {PH(g.fmt_mobile(g.nl_mobile()))}\n"
                f"Verzekeraar tegenpartij: Rijnlanden Verzekeringen, polisnr. {N('policy_no', g.digits(8, '123456789'))}\n"
                "Schade: linkerportier en spiegel. Europees schadeformulier ingevuld, foto's in de bijlage.")
    v = g.person(g.ch(["nl", "nl", "sr"]), "m")
    kt = g.kenteken(g.ch([7, 8, 11]))
    if g.r.random() < 0.5:
        kt = kt.replace("-", "").lower()
    rides = "\n".join(f"- {fdate(datetime.date(2025, 5, d), 'dmy-')}: {g.ch(['ziekenhuis Rijnoever', 'polikliniek Velp', 'fysiotherapie Duiven'])}, "
                      f"{g.r.randint(8, 40)} km" for d in sorted(g.r.sample(range(1, 29), 3)))
    return (f"Declaratie vrijwillige chauffeur — {P(v.full)}\n"
            f"Auto: eigen auto, kenteken {KT(kt)}\n"
            f"Ritten mei:\n{rides}\n"
            f"Uitbetalen op: {IB(g.fmt_iban(g.iban('NL')))}\n"
            f"Akkoord coördinator: {P(staff('wessel').first)}")


@scen("nl", True)
def nl_belgische_dochter(g, k):
    mother = g.person(g.ch(["nl", "be"]), "f")
    dau = g.person("be", "f") if k == 0 else g.person("be", "m")
    street, pc, town = g.nl_addr(g.ch(["Huissen", "Elst", "Arnhem"]))
    bs, bp, bt = g.be_addr()
    return (f"Beste,\n\n"
            f"Ik ben {P(dau.full)}, {'de dochter' if dau.sex == 'f' else 'de zoon'} van {P(mother.full)} die in "
            f"{town} woont ({AD(street)}, {PC(g.fmt_pc(pc))}). Zelf woon ik in België: {AD(bs)}, {PC(bp, 'BE')} {bt}.\n"
            "Mama wordt volgende week ontslagen uit het ziekenhuis en zal thuiszorg nodig hebben, 's morgens en "
            "'s avonds. Kunnen jullie dat opnemen? Ik kan pas in het weekend langskomen.\n"
            f"Mijn gsm: {PH(g.be_gsm(), 'BE')}. Mailen mag ook naar {EM(g.email(dau, ('telenet.be', 'skynet.be', 'proximus.be')))}.\n\n"
            f"Met vriendelijke groeten,\n{P(dau.first)}")


@scen("nl", False)
def nl_free_rooster_vraag(g, k):
    if k == 0:
        return ("Contactformulier (geen cliëntgegevens ingevuld)\n"
                "Onderwerp: tijden avondzorg\n"
                "Vraag: Kan de avondzorg op zaterdag eerder komen, rond 19.00 uur in plaats van 21.15 uur? Mijn moeder "
                "ligt dan al in bed te wachten. In de zorgovereenkomst staat 10,5 uur per week. Het klantnummer weet "
                "ik niet uit mijn hoofd, het staat op de factuur van april.\n"
                "Hoe wilt u antwoord: telefonisch\n"
                f"Verzonden: {fdate(g.visit_date(), 'dmy-')} {g.time()} via {o_url('/contact')}")
    w = g.r.randint(18, 26)
    days = ["ma", "di", "wo", "do", "vr", "za", "zo"]
    lines = "\n".join(f"{d} {g.ch(['07:15', '07:30', '07:45', '08:00'])}–{g.ch(['07:45', '08:15', '08:30'])} ochtendzorg"
                      + (f", {g.ch(['20:30', '21:00', '21:15'])} avondzorg" if g.r.random() < 0.6 else "")
                      for d in days)
    return (f"Zorgrooster week {w} (versie 2, gewijzigd op {fdate(g.visit_date(), 'dmy-')})\n{lines}\n"
            f"Wijzigingen doorgeven uiterlijk 48 uur vooraf via {o_tel(g)} of WhatsApp {o_wa(g)}.")


@scen("nl", False)
def nl_free_autoreply(g, k):
    t = f"WLW-2025-{g.digits(7, '123456789')}"
    if k == 0:
        return ("Automatisch antwoord\n\n"
                f"Bedankt voor uw bericht. U krijgt binnen 2 werkdagen antwoord (ticketnummer {N('ticket', t)}).\n\n"
                "Vragen over de eigen bijdrage? Die wordt vastgesteld en geïnd door het CAK, niet door ons. Voor "
                "wijkverpleging betaalt u geen eigen bijdrage en geen eigen risico. Voor huishoudelijke hulp via de "
                "Wmo geldt in 2025 een eigen bijdrage van maximaal € 21,80 per maand.\n"
                f"Extra diensten (alarmering, wasservice) betaalt u aan ons: {o_iban(g)} o.v.v. het factuurnummer.\n\n"
                f"Bereikbaar op werkdagen 8.30–17.00 uur: {o_tel(g)}. 's Nachts bij spoed: {o_night(g)}.\n"
                f"{o('name', 'Stichting Thuiszorg Wielewaal')} · {o_addr(g, 0)} · {o('kvk', g.ch(ORG_KVK))} · "
                f"{o('btw', g.ch(ORG_BTW))}")
    return (f"Hallo! Dit is het automatische antwoord van {o('name', 'Wielewaal Zorg')} op WhatsApp ({o_wa(g)}). 👋\n"
            "We lezen mee van maandag t/m vrijdag 8.00–20.00 uur en in het weekend 9.00–17.00 uur.\n"
            f"Is het spoed? Bel dan {o_night(g)} (24/7). Een afspraak verzetten kan ook via {o_url('/mijn')}.\n"
            f"Uw bericht heeft nummer {N('ticket', t)}.")


@scen("nl", False)
def nl_free_debiteuren(g, k):
    invs = [g.ref9(True), g.ref9(True), g.ref9(False), g.ref9(True)]
    amts = [g.amount(19, 240) for _ in invs]
    kenm = " ".join(g.digits(4, "78") if i == 0 else g.digits(4) for i in range(4))
    if k == 0:
        lst = "\n".join(f"- factuur {N('inv9_elf' if elfproef(i) else 'ref9', i)}: € {a}" for i, a in zip(invs, amts))
        return ("Herinneringsrun mei — overzicht debiteuren\n\n"
                f"Openstaand > 30 dagen:\n{lst}\n\n"
                f"Storneringen incassobatch {N('batch', '2025-05-B')}: 7 stuks, reden MD06 (3×) en AC04 (4×). "
                f"Betalingskenmerk voor handmatige betaling: {N('payment_ref', kenm)}.\n"
                "Tweede herinnering gaat op 12 juni de deur uit, daarna overdracht aan het incassobureau.\n"
                "Team Debiteuren")
    lst = "\n".join(f"{N('inv9_elf' if elfproef(i) else 'ref9', g.fmt_bsn(i, 1))};€ {a};{fdate(g.visit_date(), 'dmy-')}"
                    for i, a in zip(invs, amts))
    return ("Export openstaande posten (alleen factuurnummers, geen cliëntgegevens)\n"
            f"factuurnr;bedrag;vervaldatum\n{lst}\n"
            f"Totaal: € {g.amount(300, 900)} — controle door team Debiteuren, versie {N('version', '3.2.1')}")


@scen("nl", False)
def nl_free_werkinstructie_sleutelkluis(g, k):
    code_ex = g.keysafe()
    if k == 0:
        return ("Werkinstructie sleutelkluizen (versie 3.2, mei 2025)\n\n"
                "1. Noteer de code nooit in de vrije tekst van het dossier; gebruik het afgeschermde veld.\n"
                "2. Fabrieksinstelling is 0000: laat de familie bij plaatsing direct een eigen code kiezen (geen "
                "geboortejaar zoals 1948, geen 1234).\n"
                f"3. Kluistype KeyGarant, artikelcode {N('kenteken_code', g.kenteken(g.ch([4, 5, 6])))}; reserveonderdelen via "
                f"inkoop (bestelnummer {N('order_no', 'INK-' + g.digits(5))}).\n"
                f"4. Voorbeeld in de training: code {N('keysafe', code_ex)} wordt na de oefening gewist.\n"
                f"5. Kluis kapot? Meld het via {o_free(g)} (gratis) of {o_mail('facilitair')}.")
    return ("Teams-bericht van de teamleider aan team Arnhem-Noord:\n"
            "Collega's, herinnering: codes van sleutelkluizen NIET in de groepsapp zetten. Vorige week stonden er "
            f"twee in ({N('keysafe', g.keysafe())} en {N('keysafe', g.keysafe())}), die zijn inmiddels gewijzigd. "
            "Gebruik het beveiligde veld in ZorgPlan Mobiel (vanaf versie "
            f"{N('version', '7.3.' + str(g.r.randint(1, 9)))}). Vragen? Bel de servicedesk, toestel 4410. Dank jullie wel!")


@scen("nl", False)
def nl_free_storing_app(g, k):
    inc = f"INC-2025-{g.digits(5, '123456789')}"
    if k == 0:
        return (f"Storingsmelding {N('ticket', inc)} — ZorgPlan Mobiel\n"
                f"Versie app: {N('version', '7.3.' + str(g.r.randint(1, 9)))} (build {N('version', '20250' + str(g.r.randint(3, 6)) + '12.4')})\n"
                "Toestel: teamtelefoon Samsung A54, Android 14, opslag vrij 2,1 GB van 128 GB\n"
                f"Server: {N('private_ip', '10.20.4.' + str(g.r.randint(2, 250)))}:8443, geheugen "
                f"{N('size_mb', '2048 MB')} toegewezen\n"
                "Probleem: routes van de avonddienst worden niet gesynchroniseerd sinds 16:45; foutcode E-4096.\n"
                "Workaround: uitloggen, cache wissen, opnieuw inloggen met de teamcode.\n"
                "Melder: team Velp-Zuid, prioriteit 2")
    return (f"Update {N('ticket', inc)}: de koppeling met het planningssysteem is hersteld om {g.time()}. "
            f"Oorzaak: certificaat verlopen op de proxy ({N('private_ip', '192.168.' + str(g.r.randint(1, 20)) + '.' + str(g.r.randint(2, 250)))}). "
            f"Het geheugen van de sync-service is verhoogd naar {N('size_mb', '4096 MB')}. Rapportages over week "
            f"{g.r.randint(18, 24)} worden vannacht opnieuw gedraaid. — Servicedesk ICT")


@scen("nl", False)
def nl_free_nieuwsbrief(g, k):
    if k == 0:
        return ("Nieuwsbrief vrijwilligers — juni 2025\n\n"
                f"☀️ Zomerfeest op zaterdag 28 juni, 14.00–17.00 uur, in de tuin van ons kantoor aan de "
                f"{o('address', 'Kapelhofweg 18')} in Arnhem. Aanmelden vóór 20 juni via {o_mail('vrijwilligers')} "
                f"of {o_tel(g)}.\n\n"
                "Reiskosten: de vergoeding blijft € 0,23 per km. De vrijwilligersvergoeding is maximaal € 190 per "
                "maand en € 1.900 per jaar.\n\n"
                "Nieuw: training 'omgaan met dementie' op 3 en 10 september, 19.30 uur. Nog 12 plekken vrij.\n"
                "#vrijwilligers #Wielewaal")
    return ("Vrijwilligersnieuws najaar 2025\n"
            "- Cursus EHBO voor maatjes: 7 oktober, 9.30–12.30 uur, Teampost Elst "
            f"({o('address', 'Stationsplein 4, 6661 BT Elst')}).\n"
            "- Het boodschappenproject groeit: 46 maatjes, 71 cliënten, 1.240 uur in het eerste halfjaar.\n"
            "- Declaraties voortaan uiterlijk de 5e van de maand indienen.\n"
            f"Vragen? {o_mail('vrijwilligers')} | {o_wa(g)}")


@scen("nl", False)
def nl_free_anonieme_vraag(g, k):
    if k == 0:
        return ("Hallo, ik heb een vraag voor iemand anders, ik zet er even geen namen in.\n"
                "Mijn moeder is 88 en krijgt nu 2 keer per week hulp bij het douchen. De huisarts zegt dat er "
                "wijkverpleging nodig is voor haar benen. Moet ze dan opnieuw een eigen bijdrage betalen, bovenop "
                f"de € 21,80 die ze nu aan het CAK betaalt? En hoe lang is de wachttijd op dit moment?\n"
                "Alvast bedankt, een bezorgde dochter")
    return ("Vraag via het chatvenster (anoniem): Wat kost een personenalarm per maand en zit er een opzegtermijn "
            "op? Mijn oom woont in Rheden en wil liever geen camera. Kan het ook met een halszender die "
            f"waterdicht is? Ik zag € 19,95 op de site staan, maar op de folder van 2024 staat € 18,50.")


@scen("nl", False)
def nl_free_routecijfers(g, k):
    rows = []
    for _ in range(4):
        rc = f"{g.ch(['ARN', 'VLP', 'DVN', 'ZVN'])}-{g.ch(['N', 'Z', 'O'])}-{g.r.randint(1, 12):02d}"
        rows.append(f"{N('route_code', rc)};{g.r.randint(9, 24)};{g.r.randint(6, 19)} min;{g.r.randint(31, 140)} km;"
                    f"{g.r.randint(88, 100)}%")
    return (f"Routecijfers week {g.r.randint(15, 25)} (export planning, {fdate(g.visit_date(), 'dmy-')})\n"
            "route;cliënten;gem. reistijd;km;op tijd\n" + "\n".join(rows) + "\n"
            f"Hulpmiddelenpool: tillift type {N('kenteken_code', g.kenteken(g.ch([4, 5, 6])))} (3 stuks), "
            f"douchestoel art. {N('order_no', g.digits(6))}.\n"
            "Opmerking: route VLP-Z-04 wordt per 1 juli gesplitst.")


@scen("nl", False)
def nl_free_webcare(g, k):
    h = g.ch(["@koffieleut_duiven", "@liemersmeisje", "@fietsfanaat_026", "@oranjetompoes", "@betuwebloesem"])
    if k == 0:
        return (f"{h}: Eindelijk de factuur van de alarmering begrepen, dankzij de uitleg van jullie klantenservice 👍 "
                f"#tevreden\n"
                f"{o('handle', '@WielewaalZorg')}: {h} Wat fijn om te horen! Voor vragen over uw factuur kunt u ons "
                f"altijd bellen op {o_tel(g)} of mailen naar {o_mail('klantenservice')}. Fijne dag! ^Team Webcare")
    return (f"Instagram-reactie op de post over de Dag van de Wijkverpleging (19 mei):\n"
            f"{h}: Wat een toppers zijn jullie 💐💐 elke ochtend om 7.30 uur staan ze klaar!\n"
            f"{o('handle', '@wielewaal_thuiszorg')}: Dank je wel, we geven het door aan alle teams ❤️ #wijkverpleging "
            "#dankjewel")


@scen("nl", False)
def nl_free_vrijwilligersrooster(g, k):
    days = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
    rows = "\n".join(f"{d};{g.ch(['09.30–12.00', '13.30–16.00', '14.00–16.30'])};"
                     f"{g.ch(['boodschappen', 'wandelen', 'koffie-uurtje', 'begeleiding ziekenhuisbezoek'])};"
                     f"{g.r.randint(1, 4)}" for d in days)
    return (f"Vrijwilligersrooster {'juli' if k == 0 else 'augustus'} 2025 — nog openstaande diensten\n"
            f"dag;tijd;activiteit;nog nodig\n{rows}\n"
            f"Inschrijven via {o_url('/vrijwilligers')} of bij de coördinator (toestel 4420).")


@scen("nl", False)
def nl_free_tarieven(g, k):
    return (f"Tarieven aanvullende diensten {'2025 (versie 2.1, geldig vanaf 1-1-2025)' if k == 0 else '2026 (concept, versie 0.4)'}\n"
            f"personenalarmering met opvolging      € {g.amount(18, 22)} per maand   code {N('product_code', 'PA-' + g.digits(3))}\n"
            f"sleutelkluis plaatsen                  € {g.amount(79, 99)} eenmalig    code {N('product_code', 'SK-' + g.digits(3))}\n"
            f"wasservice                             € {g.amount(12, 16)} per zak     code {N('product_code', 'WS-' + g.digits(3))}\n"
            f"maaltijdservice (bezorging)            € {g.amount(6, 9)} per maaltijd\n"
            "Prijzen inclusief btw waar van toepassing. Wijkverpleging en persoonlijke verzorging (Zvw) zijn voor "
            "de cliënt gratis; de eigen bijdrage voor Wmo-hulp loopt via het CAK.\n"
            f"{o('name', 'Stichting Thuiszorg Wielewaal')} · {o('kvk', g.ch(ORG_KVK))} · {o('btw', g.ch(ORG_BTW))}")


# ----------------------------------------------------------------------------------------------------------
# English scenarios (25: 16 with personal data, 9 without)
# ----------------------------------------------------------------------------------------------------------

@scen("en", True)
def en_son_uk_request(g, k):
    mother = g.person(g.ch(["uk", "uk", "nl"]), "f")
    child = g.relative(mother, "m" if k == 0 else "f", same_name=(k == 0))
    street, pc, town = g.nl_addr()
    place = g.ch([x[0] for x in UK_PLACES])
    us, upc, utown = g.uk_addr(place)
    dob = g.date(1934, 1950)
    if k == 0:
        return ("Subject: Home care for my mother in " + town + "\n\n"
                "Dear Sir or Madam,\n\n"
                f"My mother, {P(mother.full)}, lives on her own at {AD(street)}, {PC(g.fmt_pc(pc, 0))} {town}. She is "
                f"{2025 - dob.year} (born {DOB(fdate(dob, g.ch(['en', 'us'])))}, BSN {BS(g.fmt_bsn(g.bsn(), 0))}) and since her fall in March she "
                "struggles with washing and dressing. Her GP suggested we contact you about district nursing.\n"
                "I live in the UK and can only visit every other month, so please contact me first: "
                f"{PH(g.uk_phone(place), 'GB')} or {EM(g.email(child, ('btinternet.com', 'gmail.com', 'outlook.com')))}.\n\n"
                f"{close_en(g)}\n{P(child.full)}\n{AD(us)}, {utown} {PC(upc, 'GB')}")
    return (f"Hi there,\n\nquick one from {utown}: Mum ({P(mother.first)}) starts with your morning visits next week and "
            f"I wanted to check the address is right on your side: {AD(street)}, {PC(g.fmt_pc(pc))} {town}. Her date "
            f"of birth on the referral was wrong, it should be {DOB(fdate(dob, 'dmy/'))}.\n"
            f"You can reach me on {PH(g.uk_phone(place), 'GB')} (UK, evenings best).\n\n"
            f"Thanks so much,\n{P(child.first)}")


@scen("en", True)
def en_webform_expat(g, k):
    cl = g.person(g.ch(["uk", "misc", "uk"]))
    street, pc, town = g.nl_addr("Arnhem" if k == 0 else None)
    dob = g.date(1940, 1975)
    mob = g.fmt_mobile(g.nl_mobile(), g.ch([3, 4, 5]))
    if k == 0:
        return ("Home care request (English form) — " + o_url("/en/request") + "\n"
                f"Full name: {P(cl.full)}\n"
                f"Date of birth: {DOB(fdate(dob, 'dmy/'))}\n"
                f"Citizen service number (BSN): {BS(g.fmt_bsn(g.bsn(), 0))}\n"
                f"Address: {AD(street)}\n"
                f"Postcode: {PC(g.fmt_pc(pc, 0))}   City: {town}\n"
                f"Phone: {PH(mob)}\n"
                f"Email: {EM(g.email(cl))}\n"
                "Preferred language: English\n"
                "Care needed: help with compression stockings mornings and evenings after knee surgery\n"
                "Referred by: hospital discharge team")
    partner = g.relative(cl, "f" if cl.sex == "m" else "m", same_name=False)
    return ("Request for district nursing — submitted by partner\n\n"
            f"Client: {P(cl.admin)}\nDOB: {DOB(fdate(dob, 'en'))}\nBSN: {BS(g.fmt_bsn(g.bsn(), 1))}\n"
            f"Home address: {AD(street)}, {PC(g.fmt_pc(pc))} {town}\n"
            f"Submitted by: {P(partner.full)} (partner), {PH(mob)}\n"
            "Notes: we moved from Edinburgh in 2021; my partner has MS and needs help with insulin injections. We "
            "speak a little Dutch but prefer English.")


@scen("en", True)
def en_cak_letter_question(g, k):
    father = g.person(g.ch(["nl", "uk", "sr"]), "m")
    dau = g.relative(father, "f", same_name=False)
    agent = staff("bridget")
    street, pc, town = g.nl_addr()
    ref = g.digits(10, "123456789")
    if k == 0:
        return ("Hello,\n\n"
                f"My father, {P(father.full)}, received a letter from something called \"CAK\" asking for € "
                f"{g.amount(20, 120, 'en')} every four weeks (reference {N('cak_ref', ref)}). Is this a scam? He only gets "
                "help with showering from your team. He doesn't read Dutch and I live in Canada.\n"
                f"Please call me on {PH(g.fmt_mobile(g.nl_mobile(), 3))} when I'm in the Netherlands next week, or reply "
                "by email.\n\n"
                f"{close_en(g)}\n{P(dau.full)}\n\n"
                f"> From: {P(agent.full)} <{o_mail('international')}>\n"
                f"> Dear Ms {P(dau.core)},\n"
                "> The CAK (Centraal Administratie Kantoor) is a government agency that collects the personal "
                "contribution for care under the Social Support Act (Wmo). It is not a scam. We do not set the amount.\n"
                + quote(f"{close_en(g)}\n" + org_sig(g, "bridget", "en")))
    return (f"Hi {P(agent.first)},\n\n"
            f"Following up on our call: the CAK letter for my father {P(father.ini_name)} ({AD(street)}, {town}) "
            f"says the contribution starts on 1 June. Reference {N('cak_ref', ref)}. Does your invoice number "
            f"{N('inv9_elf', g.ref9(True))} replace it, or are these two separate bills?\n\n"
            f"Cheers,\n{P(dau.first)}")


@scen("en", True)
def en_refund_iban(g, k):
    cl = g.person("uk" if k == 0 else g.ch(["uk", "misc"]))
    inv = g.ref9(g.r.random() < 0.5)
    amt = g.amount(30, 200, "en")
    if k == 0:
        ib = g.iban("GB")
        return ("Subject: Refund — invoice paid twice\n\n"
                "Dear Accounts team,\n\n"
                f"We paid invoice {N('inv9_elf' if elfproef(inv) else 'ref9', inv)} (EUR {amt}) twice by mistake, once "
                "by bank transfer and once by direct debit. Could you refund the duplicate payment to my UK account?\n\n"
                f"IBAN: {IB(g.fmt_iban(ib, True))}\nAccount holder: {P(cl.full)}\nBIC: NWBKGB2L\n\n"
                f"{close_en(g)}\n{P(cl.full)}")
    ib = g.iban(g.ch(["IE", "NL"]))
    return (f"Hello, this is {P(cl.full)}. The last invoice for my mother's alarm service "
            f"({N('invoice_no', 'INV-2025-' + g.digits(5))}) was charged after the service had already been "
            f"cancelled. Please refund € {g.amount(18, 60, 'en')} to {IB(g.fmt_iban(ib))}. I already spoke to "
            f"{P(staff('gertjan').first)} from your accounts department on the phone. Thanks!")


@scen("en", True)
def en_complaint(g, k):
    cl = g.person(g.ch(["uk", "nl", "misc"]))
    street, pc, town = g.nl_addr()
    d = g.visit_date()
    carer, kf = staff(g.ch(["soufiane", "lieke"])), staff("hanneke")
    if k == 0:
        return ("Formal complaint\n\n"
                f"Dear Ms {P(kf.core)},\n\n"
                f"I am writing about the care for my husband at {AD(street)}, {PC(g.fmt_pc(pc))} {town}. On "
                f"{fdate(d, 'en')} the evening visit was scheduled for 20:30 but nobody came until 23:10. When I called "
                f"{o_tel(g)} I was told the route was 'understaffed'. This is the fourth time in six weeks.\n"
                f"I want to stress that {P(carer.first)}, who eventually came, was kind and professional.\n\n"
                f"{close_en(g)}\n{P(cl.full if cl.sex == 'f' else g.relative(cl, 'f', same_name=True).full)}")
    return (f"Complaint form (EN)\nName: {P(cl.full)}\nPhone: {PH(g.fmt_mobile(g.nl_mobile()))}\n"
            f"Client address: {AD(street)}, {town}\nDate of incident: {fdate(d, 'dmy/')}\n"
            f"Description: the nurse did not speak any English and left without explaining the new medication. Please "
            "make sure at least one English-speaking carer is on the team.\nOutcome wanted: a call back from a team leader")


@scen("en", True)
def en_volunteer_signup(g, k):
    v = g.person(g.ch(["uk", "misc", "uk"]))
    street, pc, town = g.nl_addr(g.ch(["Arnhem", "Arnhem", "Velp"]))
    w = staff("wessel")
    if k == 0:
        return ("Volunteer sign-up (international students)\n"
                f"Name: {P(v.full)}\n"
                f"Date of birth: {DOB(fdate(g.date(1998, 2005), 'en'))}\n"
                f"Address in NL: {AD(street)}, {PC(g.fmt_pc(pc, 0))} {town}\n"
                f"Mobile: {PH(g.fmt_mobile(g.nl_mobile(), g.ch([3, 4])))}\n"
                f"Email: {EM(g.email(v, ('student.han.nl', 'gmail.com')))}\n"
                f"Passport number (for the VOG certificate): {ID(g.digits(9, '123456789'), 'GB')}\n"
                "Languages: English, some Dutch (A2)\n"
                "Availability: weekends, 2 hours")
    return (f"Hi {P(w.first)},\n\nthanks for the introduction meeting yesterday! For the VOG application you asked for "
            f"the number of my Dutch residence permit: {ID(g.doc_res(), 'RES')}. My address is {AD(street)}, "
            f"{PC(g.fmt_pc(pc))} {town}, and my phone is {PH(g.fmt_mobile(g.nl_mobile()))}.\n\n"
            f"{close_en(g)}\n{P(v.first)}")


@scen("en", True)
def en_chat_transcript(g, k):
    vis = g.person(g.ch(["uk", "misc", "nl"]))
    agent = staff(g.ch(["jeroen", "bridget"]))
    ip = g.ip4() if k == 0 else g.ip6()
    street, pc, town = g.nl_addr()
    return (f"Chat transcript {N('ticket', 'C-' + g.digits(5, '123456789'))} — {o_url('/chat')}\n"
            f"Visitor: {P(vis.full)} | {EM(g.email(vis))} | IP {IP(ip)} | Chrome {N('version', '124.0.6367.91')}\n"
            f"[10:02] Visitor: hi, my aunt gets evening care from you, can I see the schedule online?\n"
            f"[10:03] {P(agent.first)} (Wielewaal): Hello {P(vis.first)}! Only the client or an authorised family "
            "member can log in to Mijn Wielewaal. Are you registered as her contact person?\n"
            f"[10:05] Visitor: not yet. she lives at {AD(street)}, {PC(g.fmt_pc(pc))} {town}\n"
            f"[10:06] {P(agent.first)} (Wielewaal): Thank you. I will send the authorisation form to your email "
            "address. Your aunt needs to sign it.\n"
            "[10:07] Visitor: great thanks 👍\n"
            "[10:07] — chat closed by agent —")


@scen("en", True)
def en_forwarded_discharge(g, k):
    pt = g.person(g.ch(["uk", "uk", "misc"]))
    liaison = g.person("nl", "f", avoid=(pt,))
    street, pc, town = g.nl_addr()
    dob = g.date(1936, 1958)
    fwd = staff("bridget")
    to = staff("marloes")
    return (f"Hi {P(to.first)}, an English-speaking client for your team, see below. Can you do the intake on "
            f"Thursday? {P(fwd.first)}\n\n"
            "-------- Forwarded message --------\n"
            f"From: {P(liaison.full)} <{EM(g.email(liaison, ('rijnoever-ziekenhuis.nl',)))}>\n"
            "Subject: Discharge — request for district nursing\n\n"
            "Dear colleagues,\n\n"
            f"{'Mr' if pt.sex == 'm' else 'Mrs'} {P(pt.full)}, date of birth {DOB(fdate(dob, g.ch(['dmy-', 'en'])))}, "
            f"BSN {BS(g.fmt_bsn(g.bsn(), g.ch([0, 2])))}, will be discharged on {fdate(g.visit_date(), 'en')}.\n"
            f"Home address: {AD(street)}, {PC(g.fmt_pc(pc))} {town}.\n"
            "Care needed: wound care after hip replacement (daily), help with showering 3x a week.\n"
            "The patient speaks English only.\n\n"
            f"{close_en(g)}\n{P(liaison.full)}\nTransfer nurse, Rijnoever Hospital")


@scen("en", True)
def en_keysafe_instructions(g, k):
    father = g.person(g.ch(["uk", "nl"]), "m")
    child = g.relative(father, same_name=True)
    street, pc, town = g.nl_addr()
    return (f"Hi,\n\nfor Dad's care starting Monday ({P(father.full)}): the address is {AD(street)}, "
            f"{PC(g.fmt_pc(pc))} {town}. The key safe is to the left of the garage door, code {N('keysafe', g.keysafe())}. "
            "Please ring the bell first, he is a bit deaf but he likes to know someone is coming.\n"
            f"If the code doesn't work, call me on {PH(g.uk_phone() if k == 0 else g.fmt_mobile(g.nl_mobile()), 'GB' if k == 0 else 'NL')}.\n\n"
            f"Thanks,\n{P(child.first)}")


@scen("en", True)
def en_whatsapp_family(g, k):
    mother = g.person(g.ch(["uk", "misc"]), "f")
    son = g.relative(mother, "m", same_name=True)
    planner = staff(g.ch(["kubra", "fenna"]))
    street, pc, town = g.nl_addr()
    d = g.visit_date()
    ds = f"{d.day:02d}/{d.month:02d}/2025"
    return (f"{ds}, 09:14 - {P(son.full)}: Hello, this is {P(son.first)}, son of {P(mother.full)} 🙂 Mum has a hospital "
            "appointment on Thursday at 11. Could the morning visit be at 8 instead of 9.30?\n"
            f"{ds}, 09:20 - Wielewaal Planning: Good morning! Which address is it, please?\n"
            f"{ds}, 09:21 - {P(son.full)}: {AD(street)} in {town}\n"
            f"{ds}, 09:26 - Wielewaal Planning: Done ✅ The carer will come at 8:00 on Thursday. Kind regards, {P(planner.first)}\n"
            f"{ds}, 09:27 - {P(son.full)}: Brilliant, thank you!! 🙏🙏")


@scen("en", True)
def en_bereavement(g, k):
    father = g.person("uk", "m")
    son = g.relative(father, "m", same_name=True)
    street, pc, town = g.nl_addr()
    ib = g.iban("IE" if k == 0 else "GB")
    return ("Subject: My father, " + P(father.full) + "\n\n"
            "Dear all,\n\n"
            f"I am sorry to let you know that my father passed away on {fdate(g.visit_date(), 'en')} at home, at "
            f"{AD(street)} in {town}. Thank you for the wonderful care your nurses gave him over the last months.\n"
            "Could you please stop all visits and the alarm service? Any refund for May can be paid to my account:\n"
            f"{IB(g.fmt_iban(ib, True))} (account name {P(son.ini_name)}).\n"
            f"I'm back in {'Cork' if k == 0 else 'Bristol'} now; my mobile is "
            f"{PH(g.uk_phone(), 'GB') if k == 1 else PH('+353 87 ' + g.digits(3) + ' ' + g.digits(4), 'IE')}.\n\n"
            f"With thanks,\n{P(son.full)}")


@scen("en", True)
def en_card_payment(g, k):
    cl = g.person(g.ch(["uk", "misc"]))
    agent = staff("bridget")
    card = g.card("visa" if k == 0 else g.ch(["mastercard", "amex"]))
    inv = g.ref9(True)
    return (f"Hello,\n\nplease charge my card for invoice {N('inv9_elf', inv)} (€ {g.amount(40, 180, 'en')}):\n"
            f"{CC(g.fmt_card(card))}, exp {g.r.randint(1, 12):02d}/{g.r.randint(26, 30)}, name on card {P(cl.full)}.\n"
            "I can't get the iDEAL link to work from a UK bank.\n\n"
            f"{close_en(g)}\n{P(cl.first)}\n\n"
            f"> Dear {P(cl.first)}, for your safety please do not send card numbers by e-mail. We have deleted the "
            f"number from our system. You can pay by bank transfer to {o_iban(g)} (BIC RABONL2U) with the invoice "
            f"number as reference. Kind regards, {P(agent.full)}")


@scen("en", True)
def en_moving_to_uk(g, k):
    mother = g.person(g.ch(["uk", "nl"]), "f")
    dau = g.relative(mother, "f", same_name=False)
    s1, p1, t1 = g.nl_addr()
    place = g.ch([x[0] for x in UK_PLACES])
    us, upc, utown = g.uk_addr(place)
    return ("Dear Client Service team,\n\n"
            f"My mother {P(mother.full)} will move in with us in {utown} on {fdate(g.visit_date(), 'en')}. Her last "
            f"day at {AD(s1)}, {PC(g.fmt_pc(p1))} {t1} will be the Friday before. Please stop the care from that date "
            "and send the final invoice to our UK address:\n"
            f"{AD(us)}\n{utown}\n{PC(upc, 'GB')}\nUnited Kingdom\n\n"
            f"My phone: {PH(g.uk_phone(place), 'GB')}\n\n"
            f"{close_en(g)}\n{P(dau.full)}")


@scen("en", True)
def en_social_tweet(g, k):
    a = g.person(g.ch(["uk", "misc"]))
    h = g.ch(["@velp_expat", "@rainy_arnhem", "@tulipsandtea", "@dutchdad_diaries"])
    agent = staff("bridget")
    if k == 0:
        return (f"{P(a.full)} {h} · 3h\n"
                f"{o('handle', '@WielewaalZorg')} third time this week nobody turned up for my dad's evening meds. He's 91 "
                "and lives alone in Velp. Nobody answers the phone after 5pm. #homecare #expatlife #netherlands\n"
                "🔁 12  ❤️ 31\n"
                f"{o('handle', '@WielewaalZorg')} replying to {h}: We're really sorry, this should not happen. Could you "
                f"DM us your dad's postcode and house number? We'll look into it tonight. ^{P(agent.first)}")
    street, pc, town = g.nl_addr("Velp")
    return (f"DM from {h} ({P(a.full)}): Hi, it's about my father, {P(g.relative(a, 'm', same_name=True).full)}, "
            f"{PC(g.fmt_pc(pc))}, number {re.search(r'[0-9]+', street).group()}. Evening visit missed again yesterday.\n"
            f"DM from {o('handle', '@WielewaalZorg')}: Thanks, passed on to the team leader for Velp. She'll call you tomorrow "
            f"morning. ^{P(agent.first)}")


@scen("en", True)
def en_internal_note(g, k):
    cl = g.person(g.ch(["uk", "nl", "misc"]))
    nb = g.person(g.ch(["nl", "uk"]), avoid=(cl,))
    street, pc, town = g.nl_addr()
    return (f"Note International Desk, {fdate(g.visit_date(), 'dmy-')}\n"
            f"Call from {P(nb.full)} ({'neighbour' if k == 0 else 'friend'} of client {P(cl.ini_name)}), "
            f"{PH(g.fmt_mobile(g.nl_mobile()) if k == 0 else g.fmt_fixed(g.nl_fixed()))}.\n"
            f"Client at {AD(street)}, {town} did not open the door this morning for the 08:15 visit; neighbour has a "
            "spare key and found the client well but confused. GP informed by the team.\n"
            f"The caller asks that our carers stop parking in front of his garage (his car: {KT(g.kenteken(g.ch([7, 8, 10, 11])))}).\n"
            f"Follow-up: {P(staff('marloes').first)} to visit tomorrow; family in Australia to be emailed.\n"
            f"— {P(staff('bridget').first)}")


@scen("en", True)
def en_agency_invoice(g, k):
    z = g.person(g.ch(["uk", "misc"]))
    street, pc, town = g.nl_addr()
    nsh = g.r.randint(6, 16)
    return (f"INVOICE\n{P(z.full)}, independent nurse (ZZP)\n{AD(street)}, {PC(g.fmt_pc(pc, 0))} {town}\n"
            f"Chamber of Commerce (KvK): {KVK(g.kvk())}\nVAT ID: {BTW(g.btw())}"
            + (f" (replaces my old VAT number {BS('NL' + g.bsn() + 'B01')})" if k == 1 else "") + "\n"
            f"Bank: {IB(g.fmt_iban(g.iban('NL')))}\n\n"
            f"To: {o('name', 'Wielewaal Home Care')}, Accounts Payable, {o_addr(g, 1)}\n"
            f"Invoice no. {N('invoice_no', 'ZZP-' + str(2025) + '-' + g.digits(3))}, date {fdate(g.visit_date(), 'en')}\n"
            f"{nsh} night shifts × 8 h × € 56.00 — total € {nsh * 8 * 56:,.2f}\n"
            "VAT exempt (art. 11(1)(g) Dutch VAT Act). Payment term: 30 days.")


@scen("en", False)
def en_free_faq(g, k):
    if k == 0:
        return ("Re: Do I have to pay for district nursing?\n\n"
                "Thank you for your question. District nursing and personal care are covered by the basic Dutch health "
                "insurance (Zvw): there is no personal contribution and no deductible (eigen risico). Domestic help "
                "arranged by the municipality (Wmo) does have a contribution, collected by the CAK: in 2025 at most "
                "€ 21.80 per month.\n"
                f"Questions? Call {o_tel(g)} (Mon–Fri 8:30–17:00) or e-mail {o_mail('international')}.\n"
                f"International Desk, {o('name', 'Wielewaal Home Care')}")
    return ("Auto-reply: Thank you for contacting the International Desk. We answer e-mails in English within two "
            f"working days. Your reference is {N('ticket', 'INT-' + g.digits(6, '123456789'))}. For urgent care "
            f"questions outside office hours please call {o_night(g)}. Our postal address is {o_addr(g, 1)}, "
            "the Netherlands.")


@scen("en", False)
def en_free_invoice_batch(g, k):
    invs = [g.ref9(True), g.ref9(False), g.ref9(True)]
    lst = "\n".join(f"  {N('inv9_elf' if elfproef(i) else 'ref9', i)}   € {g.amount(15, 300, 'en')}   due {fdate(g.visit_date(), 'dmy-')}"
                    for i in invs)
    return (f"Batch {N('batch', 'B-2025-' + g.digits(3))} exported to the CAK portal on {fdate(g.visit_date(), 'en')} at "
            f"{g.time()}.\nInvoices in this batch (amounts incl. VAT where applicable):\n{lst}\n"
            f"Errors: 0. Warnings: {g.r.randint(1, 4)} (address check skipped for clients abroad).\n"
            f"File size 1.8 MB, checksum {N('hash', hashlib.sha1(str(g.r.random()).encode()).hexdigest()[:12])}.")


@scen("en", False)
def en_free_it_ticket(g, k):
    return (f"IT ticket {N('ticket', 'INC-2025-' + g.digits(5, '123456789'))} — scheduling app crashes on login\n"
            f"App version {N('version', '7.2.' + str(g.r.randint(0, 9)))}, iOS 17.5.1, device memory "
            f"{N('size_mb', g.ch(['4096 MB', '2048 MB']))}.\n"
            f"Steps: open app → login with team code → crash after 3 seconds. Logs show timeout to "
            f"{N('private_ip', '10.20.' + str(g.r.randint(0, 9)) + '.' + str(g.r.randint(2, 250)))} (internal API).\n"
            f"Reported by: night team Arnhem-Noord, {g.r.randint(3, 7)} users affected. Priority: high.")


@scen("en", False)
def en_free_visit_window(g, k):
    if k == 0:
        return ("Hello, a general question before we sign up: in what time window do the morning visits take place? "
                "My mother-in-law is used to getting up at 6:30 and would like to be dressed by 8:00. Also, is it "
                "possible to have the same two or three carers every week? Thank you!")
    return ("Hi! Do your nurses also come on Sundays and on public holidays like King's Day (27 April) and Christmas? "
            "And if a visit is cancelled by us less than 24 hours ahead, is there a fee? Many thanks.")


@scen("en", False)
def en_free_masked_card(g, k):
    last4 = g.digits(4)
    masked = g.ch([f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}", f"•••• {last4}"])
    return (f"Payment confirmation\nAmount: € {g.amount(19, 250, 'en')}\nCard: {N('masked_card', masked)} "
            f"({g.ch(['Visa', 'Mastercard'])})\nTransaction ID: {N('transaction_id', 'TX' + g.digits(12))}\n"
            f"Date: {fdate(g.visit_date(), 'en')}, {g.time()}\n"
            f"Merchant: {o('name', 'Wielewaal Home Care')}, Arnhem NL\n"
            "Status: authorised. Please keep this e-mail for your records.")


@scen("en", False)
def en_free_volunteer_event(g, k):
    return (f"Volunteer {'coffee morning' if k == 0 else 'summer walk'} for international volunteers\n"
            f"When: {fdate(g.visit_date(), 'en')}, {g.ch(['10:00–12:00', '10:30–12:30', '14:00–16:00'])}\n"
            f"Where: our office, {o_addr(g, 0)} (3rd floor, lift available)\n"
            "Free parking behind the building; bus 2 and 7 stop at the door.\n"
            f"Sign up: {o_mail('vrijwilligers')} or via WhatsApp {o_wa(g)}. Travel costs: € 0.23 per km.\n"
            "#volunteering #Arnhem")


@scen("en", False)
def en_free_keysafe_guide(g, k):
    return ("How to use your key safe (guide for families, v2.0)\n"
            "1. Choose a 4-digit code that is not a birth year or a street number.\n"
            f"2. Our standard model is the KeyGarant {N('kenteken_code', g.kenteken(g.ch([4, 5, 6])))}; spare parts have article "
            f"number {N('order_no', g.digits(6))}.\n"
            f"3. Example: to change the code from the factory setting 0000 to {N('keysafe', g.keysafe())}, open the "
            "back panel and move the pins.\n"
            f"4. Tell the team your new code by phone ({o_tel(g)}), never by e-mail or social media.")


@scen("en", False)
def en_free_delivery_tracking(g, k):
    tr = g.ch(["3SWLB", "3SDEV", "JVGL"]) + g.digits(10)
    return (f"Your order {N('order_no', 'WW-' + g.digits(6))} of care aids (shower chair, raised toilet seat) has been "
            f"shipped.\nTracking code: {N('tracking', tr)}\nExpected delivery: {fdate(g.visit_date(), 'en')}, "
            f"{g.ch(['between 09:00 and 13:00', 'between 12:00 and 17:00', 'between 13:30 and 18:00'])}.\n"
            f"Parcel size 60 × 40 × 35 cm, weight 7.4 kg. Questions about delivery: {o_free(g)}.")


@scen("en", False)
def en_free_privacy_notice(g, k):
    if k == 1:
        return ("Privacy notice for volunteers (English version 1.1)\n"
                "We process your name, contact details and your VOG certificate only to organise volunteer work. "
                "Travel expense claims are kept for 7 years (tax rules). You can ask for access or deletion via "
                f"{o_mail('privacy')} or by post: {o_addr(g, 1)}.\n"
                f"Registered with the Chamber of Commerce: {o('kvk', 'KvK 41057396')}.")
    return ("Privacy notice (summary, English version 1.3)\n"
            f"Controller: {o('name', 'Stichting Thuiszorg Wielewaal')}, {o_addr(g, 0)}, registered with the Chamber of "
            f"Commerce under number {o('kvk', '41057396')}, VAT {o('btw', 'NL804117524B01')}.\n"
            f"Data protection officer: {o_mail('privacy')}. We keep client records for 20 years as required by the "
            "Medical Treatment Contracts Act (WGBO). Complaints: Dutch Data Protection Authority.\n"
            f"Last updated {fdate(datetime.date(2025, g.r.randint(1, 5), g.r.randint(1, 28)), 'en')}.")


# ----------------------------------------------------------------------------------------------------------
# German scenarios (20: 13 with personal data, 7 without)
# ----------------------------------------------------------------------------------------------------------

@scen("de", True)
def de_tochter_anfrage(g, k):
    mother = g.person(g.ch(["de", "nl"]), "f")
    dau = g.relative(mother, "f", same_name=False) if k == 0 else g.relative(mother, "m", same_name=True)
    street, pc, town = g.nl_addr(g.ch(["Zevenaar", "Duiven", "Westervoort"]))
    place = g.ch(["Emmerich am Rhein", "Kleve", "Rees"])
    ds, dplz, dtown = g.de_addr(place)
    dob = g.date(1930, 1948)
    rel = "Tochter" if dau.sex == "f" else "Sohn"
    return ("Betreff: Anfrage häusliche Pflege für meine Mutter\n\n"
            "Sehr geehrte Damen und Herren,\n\n"
            f"meine Mutter, {P(mother.full)}, geb. {DOB(fdate(dob, g.ch(['dmy.', 'de'])))}, wohnt seit {N('year_pc_shape', '1971 in')} {town} "
            f"({AD(street)}, {PC(g.fmt_pc(pc))}). Nach einem Sturz braucht sie morgens Hilfe beim Waschen und "
            "Anziehen. Sie spricht Deutsch und etwas Niederländisch.\n"
            f"Ich bin ihr{'e' if rel == 'Tochter' else ''} {rel} und wohne in {dtown}: {AD(ds)}, {PC(dplz, 'DE')} {dtown}. "
            f"Sie erreichen mich unter {PH(g.de_phone(place), 'DE')} oder per E-Mail an "
            f"{EM(g.email(dau, ('web.de', 'gmx.de', 't-online.de')))}.\n\n"
            f"{close_de(g)}\n{P(dau.full)}")


@scen("de", True)
def de_rechnung_sepa(g, k):
    cl = g.person(g.ch(["de", "nl"]))
    son = g.relative(cl, "m", same_name=True)
    ib = g.iban("DE")
    kd = g.digits(7, "123456789")
    if k == 0:
        return ("Guten Tag,\n\n"
                f"ab sofort möchte ich die Rechnungen für {'meinen Vater' if cl.sex == 'm' else 'meine Mutter'} ({P(cl.full)}, Kundennummer "
                f"{N('client_no', kd)}) per SEPA-Lastschrift von meinem deutschen Konto bezahlen:\n"
                f"IBAN {IB(g.fmt_iban(ib, True))}, Kontoinhaber {P(son.full)}, Sparkasse Rhein-Maas.\n"
                f"Die Rechnung Nr. {N('inv9_elf', g.ref9(True))} vom {fdate(g.visit_date(), 'dmy.')} über "
                f"{g.amount(20, 140)} € habe ich bereits überwiesen.\n\n"
                f"{close_de(g)}\n{P(son.full)}")
    agent = staff("ursula")
    dau = g.relative(cl, 'f', same_name=False)
    return (f"Hallo Frau {P(agent.core)},\n\n"
            f"wie am Telefon besprochen hier meine Bankverbindung für die Rückerstattung: {IB(g.fmt_iban(ib, False))} "
            f"(Kontoinhaberin {P(dau.full)}). Es geht um die doppelt abgebuchte "
            f"Rechnung {N('ref9', g.ref9(False))} {'meines Vaters' if cl.sex == 'm' else 'meiner Mutter'}.\n\n"
            f"{close_de(g)}\n{P(dau.first)}")


@scen("de", True)
def de_beschwerde(g, k):
    cl = g.person(g.ch(["de", "nl"]), "m")
    son = g.relative(cl, same_name=True)
    street, pc, town = g.nl_addr()
    d = g.visit_date()
    kf, ag = staff("hanneke"), staff("ursula")
    if k == 0:
        return (f"Sehr geehrte Frau {P(kf.core)},\n\n"
                f"hiermit beschwere ich mich über die Versorgung meines Vaters, Herrn {P(cl.full)}, {AD(street)}, "
                f"{PC(g.fmt_pc(pc))} {town}. Am {fdate(d, 'de')} kam der Abenddienst erst um 23:30 Uhr. Mein Vater ist "
                "90 Jahre alt und saß bis dahin im Rollstuhl.\n"
                f"Frau {P(ag.core)} vom deutschsprachigen Kundenservice hat mir versprochen, dass Sie sich melden.\n\n"
                f"{close_de(g)}\n{P(son.full)}\n{PH(g.de_phone(), 'DE')}")
    return (f"Beschwerdeformular (DE)\nName: {P(son.admin)}\nTelefon: {PH(g.de_phone(), 'DE')}\n"
            f"Betroffene Person: Herr {P(cl.Sur)}, {AD(street)}, {town}\nDatum: {fdate(d, 'dmy.')}\n"
            "Beschreibung: Die Pflegekraft hat die Stützstrümpfe nicht angezogen und war nach 5 Minuten wieder weg.\n"
            "Gewünscht: Rückruf auf Deutsch")


@scen("de", True)
def de_whatsapp(g, k):
    mother = g.person("de", "f")
    dau = g.relative(mother, "f", same_name=False)
    street, pc, town = g.nl_addr()
    planner = staff(g.ch(["kubra", "fenna"]))
    d = g.visit_date()
    ds = f"{d.day:02d}.{d.month:02d}.25"
    return (f"[{ds}, 16:02:11] {P(dau.full)}: Hallo, hier ist {P(dau.first)} 👋 die Tochter von {P(mother.full)}. "
            "Meine Mutter hat morgen einen Arzttermin in Kleve, können Sie den Morgenbesuch auf 7:30 legen?\n"
            f"[{ds}, 16:10:40] Wielewaal Planning: Guten Tag! Wir schauen gerne. Um welche Adresse geht es?\n"
            f"[{ds}, 16:11:02] {P(dau.full)}: {AD(street)}, {PC(g.fmt_pc(pc))} {town}\n"
            f"[{ds}, 16:15:37] Wielewaal Planning: Erledigt 👍 Morgen um 7:30. Viele Grüße, {P(planner.first)}\n"
            f"[{ds}, 16:16:05] {P(dau.full)}: Vielen Dank!! 😊 Falls etwas ist, meine Handynummer: "
            f"{PH(g.de_phone(mobile=True), 'DE')}")


@scen("de", True)
def de_kontaktformular(g, k):
    cl = g.person(g.ch(["de", "de", "pl", "tr"]))
    street, pc, town = g.nl_addr()
    dob = g.date(1935, 1960)
    return ("Kontaktformular (Deutsch) — " + o_url("/de/kontakt") + "\n"
            f"Name: {P(cl.full)}\n"
            f"Geburtsdatum: {DOB(fdate(dob, 'dmy.'))}\n"
            f"Bürgerservicenummer (BSN): {BS(g.fmt_bsn(g.bsn(), g.ch([0, 2])))}\n"
            f"Adresse: {AD(street)}, {PC(g.fmt_pc(pc))} {town}\n"
            f"Telefon: {PH(g.fmt_fixed(g.nl_fixed(town=town)) if k == 0 else g.fmt_mobile(g.nl_mobile()))}\n"
            "Anliegen: Ich bin Grenzgänger und arbeite in Deutschland, meine Frau braucht nach der OP Hilfe bei der "
            "Wundversorgung. Übernimmt meine niederländische Krankenversicherung das?\n"
            "Rückmeldung per: Telefon")


@scen("de", True)
def de_schluesseltresor(g, k):
    cl = g.person(g.ch(["de", "nl"]))
    son = g.relative(cl, "m", same_name=(k == 0))
    street, pc, town = g.nl_addr()
    return ("Guten Tag,\n\n"
            f"für die Pflege {'meines Vaters' if cl.sex == 'm' else 'meiner Mutter'}"
            f" ({P(cl.full)}, {AD(street)}, {town}) haben wir jetzt einen Schlüsseltresor neben der Haustür "
            f"angebracht. Der Code lautet {N('keysafe', g.keysafe())}. Bitte den Schlüssel nach jedem Besuch wieder "
            "hineinlegen und den Code verstellen.\n"
            f"Bei Problemen bin ich erreichbar unter {PH(g.de_phone(), 'DE')}.\n\n"
            f"{close_de(g)}\n{P(son.first)}")


@scen("de", True)
def de_ehrenamt(g, k):
    v = g.person("de")
    street, pc, town = g.nl_addr(g.ch(["Arnhem", "Elst"])) if k == 1 else (None, None, None)
    place = g.ch(["Kleve", "Emmerich am Rhein", "Goch"])
    ds, dplz, dtown = g.de_addr(place)
    w = staff("wessel")
    if k == 0:
        return ("Anmeldung Ehrenamt (grenzüberschreitendes Projekt)\n"
                f"Name: {P(v.full)}\n"
                f"Geburtsdatum: {DOB(fdate(g.date(1955, 2003), 'dmy.'))}\n"
                f"Anschrift: {AD(ds)}, {PC(dplz, 'DE')} {dtown}\n"
                f"Telefon: {PH(g.de_phone(place), 'DE')}\n"
                f"E-Mail: {EM(g.email(v, ('web.de', 'gmx.de', 't-online.de')))}\n"
                f"Personalausweisnummer (für das VOG): {ID(g.doc_de(), 'DE')}\n"
                "Sprachen: Deutsch, Niederländisch (gut)\n"
                "Verfügbar: mittwochs und samstags")
    return (f"Hallo {P(w.first)},\n\nich studiere in Nijmegen und würde gerne als Maatje mitmachen. Für die VOG hier "
            f"meine Ausweisnummer: {ID(g.doc_de(), 'DE')}. Meine Adresse in den Niederlanden: {AD(street)}, "
            f"{PC(g.fmt_pc(pc))} {town}; Handy {PH(g.de_phone(mobile=True), 'DE')}.\n\n"
            f"Viele Grüße\n{P(v.first)}")


@scen("de", True)
def de_todesfall(g, k):
    father = g.person("de", "m")
    child = g.relative(father, same_name=True)
    street, pc, town = g.nl_addr()
    place = g.ch(["Kleve", "Bocholt", "Wesel"])
    ds, dplz, dtown = g.de_addr(place)
    return ("Sehr geehrte Damen und Herren,\n\n"
            f"leider muss ich Ihnen mitteilen, dass mein Vater, {P(father.full)}, am {fdate(g.visit_date(), 'de')} "
            f"verstorben ist. Er wohnte zuletzt in {AD(street)}, {town}. Bitte beenden Sie alle Leistungen.\n"
            f"Eine eventuelle Rückerstattung bitte auf mein Konto: {IB(g.fmt_iban(g.iban('DE'), k == 0).replace(' ', chr(160)))}. "
            f"Post bitte an {AD(ds)}, {PC(dplz, 'DE')} {dtown}.\n"
            f"Für Rückfragen: {PH(g.de_phone(place), 'DE')}.\n\n"
            f"{close_de(g)}\n{P(child.full)}")


@scen("de", True)
def de_umzug(g, k):
    father = g.person("de", "m")
    son = g.relative(father, "m", same_name=True)
    street, pc, town = g.nl_addr()
    place = g.ch(["Bocholt", "Kleve", "Emmerich am Rhein"])
    ds, dplz, dtown = g.de_addr(place)
    return (f"Hallo Frau {P(staff('ursula').core)},\n\n"
            f"mein Vater {P(father.ini_name)} zieht am {fdate(g.visit_date(), 'dmy.')} zu uns nach {dtown}. "
            f"Die Pflege in {town} ({AD(street)}, {PC(g.fmt_pc(pc))}) endet damit. Die neue Anschrift für die "
            f"Schlussrechnung lautet: {AD(ds)}, {PC(dplz, 'DE')} {dtown}.\n"
            "Den Hausnotruf holen Sie bitte am letzten Tag ab, der Schlüsseltresor bleibt am Haus.\n\n"
            f"{close_de(g)}\n{P(son.full)}\n{PH(g.de_phone(place), 'DE')}")


@scen("de", True)
def de_notiz_kennzeichen(g, k):
    cl = g.person("nl" if k == 0 else "de")
    nb = g.person("de", "m", avoid=(cl,))
    street, pc, town = g.nl_addr()
    place = g.ch(["Kleve", "Emmerich am Rhein", "Bocholt"])
    plate = g.de_plate(place)
    return (f"Notiz deutschsprachiger Kundenservice, {fdate(g.visit_date(), 'dmy.')}\n"
            f"Anruf von Herrn {P(nb.Sur)} ({PH(g.de_phone(place), 'DE')}), Neffe von {P(cl.full)}, {AD(street)} in "
            f"{town}. Er parkt mittwochs mit seinem Wagen (Kennzeichen {KT(plate, 'DE')}) in der Einfahrt und bittet, "
            "dass unsere Mitarbeiter nicht davor parken. Außerdem möchte er als Kontaktperson eingetragen werden.\n"
            f"Weitergeleitet an Team Liemers. — {P(staff('ursula').first)}")


@scen("de", True)
def de_weitergeleitet_krankenhaus(g, k):
    pt = g.person("de")
    sd = g.person("de", "f", avoid=(pt,))
    street, pc, town = g.nl_addr(g.ch(["Zevenaar", "Duiven", "Westervoort"]))
    dob = g.date(1932, 1955)
    return (f"Hallo {P(staff('marloes').first)}, bitte Aufnahme planen, {'der Patient' if pt.sex == 'm' else 'die Patientin'} spricht nur Deutsch. Gruß "
            f"{P(staff('ursula').first)}\n\n"
            "----- Weitergeleitete Nachricht -----\n"
            f"Von: {P(sd.full)} <{EM(g.email(sd, ('kkh-kleve.de',)))}>\n"
            "Betreff: Überleitung häusliche Pflege NL\n\n"
            "Sehr geehrte Kolleginnen und Kollegen,\n"
            f"{'Herr' if pt.sex == 'm' else 'Frau'} {P(pt.full)}, geb. am {DOB(fdate(dob, g.ch(['dmy.', 'de'])))}, "
            f"wohnhaft {AD(street)}, {PC(g.fmt_pc(pc))} {town}, wird am {fdate(g.visit_date(), 'dmy.')} entlassen.\n"
            "Benötigt: Wundversorgung Unterschenkel 1x täglich, Kompressionsstrümpfe morgens.\n"
            f"Angehörige: {P(g.relative(pt, same_name=True, avoid=(sd,)).full)}, {PH(g.de_phone(), 'DE')}\n\n"
            f"{close_de(g)}\n{P(sd.full)}\nSozialdienst, Krankenhaus Kleve")


@scen("de", True)
def de_brief_grossbuchstaben(g, k):
    cl = g.person("de", "m" if k == 0 else "f")
    street, pc, town = g.nl_addr()
    return (f"{P(cl.full.upper())}\n{AD(street.upper())}\n{PC(g.fmt_pc(pc, 0))} {town.upper()}\n\n"
            f"AN {o('name', 'WIELEWAAL')} HÄUSLICHE PFLEGE\n" + o_addr_upper(g, 1) + "\n\n"
            f"WIDERSPRUCH GEGEN DIE RECHNUNG {N('inv9_elf', g.ref9(True))} VOM {fdate(g.visit_date(), 'dmy.')}\n\n"
            "SEHR GEEHRTE DAMEN UND HERREN,\n"
            f"ICH WIDERSPRECHE DER RECHNUNG ÜBER {g.amount(30, 200)} EURO. DER HAUSNOTRUF WURDE NIE ANGESCHLOSSEN.\n"
            "BITTE STORNIEREN SIE DIE RECHNUNG.\n\n"
            f"HOCHACHTUNGSVOLL\n{P(cl.full.upper())}")


@scen("de", True)
def de_kartenzahlung(g, k):
    cl = g.person("de")
    card = g.card("mastercard" if k == 0 else "visa")
    return ("Guten Tag,\n\n"
            f"bitte buchen Sie die offene Rechnung ({g.amount(25, 150)} €) von meiner Kreditkarte ab: "
            f"{CC(g.fmt_card(card))}, gültig bis {g.r.randint(1, 12):02d}/{g.r.randint(26, 30)}, Karteninhaber "
            f"{P(cl.full)}. Eine Überweisung aus Deutschland dauert bei meiner Bank leider immer sehr lange.\n\n"
            f"{close_de(g)}\n{P(cl.full)}\n\n"
            f"> Sehr geehrte{'r Herr' if cl.sex == 'm' else ' Frau'} {P(cl.Sur)}, bitte senden Sie uns keine "
            "Kartennummern per E-Mail; wir haben die Nachricht gelöscht. Sie können per Überweisung auf "
            f"{o_iban(g, 2)} zahlen.\n>\n" + quote("Mit freundlichen Grüßen\n" + org_sig(g, "ursula", "de")))


@scen("de", False)
def de_free_eigenbeitrag_faq(g, k):
    return ("Häufige Frage: Muss ich für die Gemeindepflege (wijkverpleging) zuzahlen?\n"
            "Nein. Die Gemeindepflege wird von der niederländischen Grundversicherung (Zvw) bezahlt, ohne "
            "Eigenanteil und ohne Selbstbehalt. Für Haushaltshilfe über die Gemeinde (Wmo) erhebt das CAK einen "
            "Eigenbeitrag von höchstens 21,80 € pro Monat (2025).\n"
            f"Fragen auf Deutsch: {o_tel(g)} (Mo–Fr 9–16 Uhr) oder {o_mail('deutsch')}.\n"
            f"{o('name', 'Wielewaal Häusliche Pflege')}, {o_addr(g, 0)}, Niederlande, USt-IdNr. {o('btw', 'NL804117524B01')}")


@scen("de", False)
def de_free_rechnungsliste(g, k):
    invs = [g.ref9(True), g.ref9(False), g.ref9(True)]
    lst = "\n".join(f"Rechnung {N('inv9_elf' if elfproef(i) else 'ref9', i)} vom {fdate(g.visit_date(), 'dmy.')}: "
                    f"{g.amount(15, 200)} €" for i in invs)
    return (f"Übersicht offener Rechnungen (Kassenzeichen {N('payment_ref', g.digits(4, '123456789') + ' ' + g.digits(4) + ' ' + g.digits(4))})\n"
            f"{lst}\nBitte überweisen Sie den Gesamtbetrag auf {o_iban(g)} (BIC RABONL2U).\n"
            "Debitorenbuchhaltung")


@scen("de", False)
def de_free_besuchszeiten(g, k):
    if k == 0:
        return ("Guten Tag, eine allgemeine Frage: Zu welchen Zeiten kommt die Morgenpflege normalerweise? Meine "
                "Schwiegermutter steht um 7 Uhr auf und möchte um 8:30 Uhr frühstücken. Und gibt es auch Besuche am "
                "Sonntag? Vielen Dank im Voraus!")
    return ("Hallo, kann man die Pflege für zwei Wochen pausieren, wenn wir im August (4.–18.8.) mit der Familie in "
            "den Urlaub fahren? Kostet das etwas? Danke!")


@scen("de", False)
def de_free_app_stoerung(g, k):
    return (f"Störung {N('ticket', 'INC-2025-' + g.digits(5, '123456789'))}: Die App 'Mijn Wielewaal' zeigt bei "
            f"deutschen Handynummern eine Fehlermeldung. Betroffen: Version {N('version', '3.4.' + str(g.r.randint(0, 9)))}, "
            f"Android und iOS. Server {N('private_ip', '172.16.' + str(g.r.randint(0, 31)) + '.' + str(g.r.randint(2, 250)))}, "
            f"Speicher {N('size_mb', '2048 MB')}. Workaround: Nummer ohne Leerzeichen eingeben. Behoben in Version "
            f"{N('version', '3.5.0')}.")


@scen("de", False)
def de_free_schluesseltresor_hinweise(g, k):
    return ("Hinweise zum Schlüsseltresor (für Angehörige)\n"
            "- Wählen Sie einen vierstelligen Code, kein Geburtsjahr und keine Hausnummer.\n"
            f"- Beispiel aus der Anleitung: Werkseinstellung 0000, danach z. B. {N('keysafe', g.keysafe())}.\n"
            f"- Modell KeyGarant {N('kenteken_code', g.kenteken(g.ch([4, 5, 6])))}, Ersatzteil-Nr. {N('order_no', g.digits(6))}.\n"
            f"- Teilen Sie den Code nur telefonisch mit: {o_tel(g)}.")


@scen("de", False)
def de_free_lieferung(g, k):
    return (f"Ihre Bestellung {N('order_no', 'WW-' + g.digits(6))} (Duschhocker, Toilettensitzerhöhung) wurde "
            f"versendet. Sendungsnummer: {N('tracking', g.ch(['3SWLB', '3SDEV']) + g.digits(10))}. Voraussichtliche "
            f"Zustellung am {fdate(g.visit_date(), 'dmy.')} zwischen {g.ch(['9', '10', '13'])} und "
            f"{g.ch(['14', '17', '18'])} Uhr. Paketgröße 60 × 40 × 35 cm, 7,4 kg.")


@scen("de", False)
def de_free_ehrenamt_veranstaltung(g, k):
    return (f"Einladung: {'Ehrenamtlichen-Treffen' if k == 0 else 'Sommerfest'} für deutschsprachige Ehrenamtliche\n"
            f"Wann: {fdate(g.visit_date(), 'de')}, 14:00–17:00 Uhr\n"
            f"Wo: {o_addr(g, 2)} (Teampost Elst)\n"
            f"Anmeldung bis eine Woche vorher: {o_mail('vrijwilligers')} oder WhatsApp {o_wa(g)}.\n"
            "Fahrtkosten: 0,23 € pro km. Wir freuen uns auf Sie! #Ehrenamt #Grenzregion")


# ----------------------------------------------------------------------------------------------------------
# self test
# ----------------------------------------------------------------------------------------------------------

def self_test():
    fails = []
    n = 0

    def chk(cond, what):
        nonlocal n
        n += 1
        if not cond:
            fails.append(what)

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303",
              "103349856", "044126396", "656412689", "460455977", "879119330", "999999990", "111111110"]:
        chk(bsn_valid(v), f"bsn valid {v}")
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        chk(not bsn_valid(v), f"bsn invalid {v}")
    chk(bank11("123456789") and not elfproef("123456789"), "bank-11 trap")
    chk(bsn_valid("NL004495445B01") and not btw_valid("NL004495445B01"), "OB-nummer is BSN")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789",
              "NL20INGB0001234567", "NL39RABO0300065264", "NL44RABO0123456789", "NL86INGB0002445588",
              "NL68KNAB0123456789", "NL32BUNQ2012345678", "BE71 0961 2345 6769", "DE89370400440532013000",
              "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606", "FR76 3000 6000 0112 3456 7890 189",
              "GB82WEST12345698765432", "NL91\u00a0ABNA\u00a00417\u00a01643\u00a000"]:
        chk(iban_valid(v), f"iban valid {v}")
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300",
              "DE89370400440532013001", "BE68539007547035"]:
        chk(not iban_valid(v), f"iban invalid {v}")
    chk(make_iban("NL", "ABNA0417164300") == "NL91ABNA0417164300", "iban check digits")
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67", "0111-123456",
              "06 12345678", "06 1234 5678", "06-12 34 56 78", "+31 6 12345678", "+316-12345678", "0031 6 1234 5678",
              "+31(0)20-1234567", "+31-20-1234567", "020/1234567", "+31 0 6 12345678"]:
        chk(phone_valid(v), f"phone valid {v}")
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "069 1234567",
              "020-123456", "012-3456789", "0800-1234", "0900-1234567", "088 123 4567"]:
        chk(not phone_valid(v), f"phone invalid (for a person) {v}")
    for v in ["+32 470 12 34 56", "0470 12 34 56", "02 511 22 33", "09 265 12 34", "050 44 86 86"]:
        chk(phone_valid(v, "BE"), f"be phone valid {v}")
    for v in ["+32 470 12 34 5", "02 123 45 67", "09 123 45 67"]:
        chk(not phone_valid(v, "BE"), f"be phone invalid {v}")
    for v in ["+49 30 12345678", "0151 23456789", "+49 (0)221 1234567", "0049 171 1234567"]:
        chk(phone_valid(v, "DE"), f"de phone valid {v}")
    chk(not phone_valid("+49 151 234", "DE"), "de phone invalid")
    chk(phone_valid("07700 900123", "GB") and phone_valid("+44 161 496 0123", "GB"), "uk drama range")
    chk(not phone_valid("07911 123456", "GB"), "uk outside drama range")
    for v in ["1012 AB", "1012AB", "1012 ab", "9999 ZZ", "1000 AA"]:
        chk(postcode_valid(v), f"postcode valid {v}")
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        chk(not postcode_valid(v), f"postcode invalid {v}")
    chk(nl_postcode_valid("2048 MB") and not nl_postcode_valid("2023 en"), "postcode traps")
    for v, ok in [("SPECI2014", True), ("XR1001R58", True), ("NW1234P56", True), ("IB12F3K47", True),
                  ("XR 1001R5 8", True), ("EM0000000", True), ("NO1234567", False), ("N12345678", False),
                  ("NP123456A", False), ("XR1001R5", False)]:
        chk(doc_valid(v, "NL") == ok, f"docnr {v}")
    chk(doc_valid("III-V123AL568", "RES"), "residence document")
    for v in ["AB-12-34", "12-34-XY", "12-AB-34", "GB-12-DF", "XB-PK-12", "12-DF-GH", "12-GBX-3", "1-KBB-12",
              "VB-123-X", "G-123-BB", "GBB-12-X", "G-12-BBB", "1-BB-123", "123-BB-1", "gbb12x", "GB 12 DF"]:
        chk(kenteken_sidecode(v) is not None, f"kenteken valid {v}")
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        chk(kenteken_sidecode(v) is None, f"kenteken invalid {v}")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        chk(btw_valid(v), f"btw valid {v}")
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL111234567B01", "NL12345678B01"]:
        chk(not btw_valid(v), f"btw invalid {v}")
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "30569309025904", "6759649826438453"]:
        chk(card_valid(v), f"card valid {v}")
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        chk(not card_valid(v), f"card invalid {v}")
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM",
              "info@bakkerij-de-groot.frl".replace(".frl", ".nl")]:
        chk(email_valid(v), f"email valid {v}")
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld", "icon@2x.png"]:
        chk(not email_valid(v), f"email invalid {v}")
    for v in ["8.8.8.8", "2a02:a46c:1f2e::1"]:
        chk(ip_public(v), f"ip public {v}")
    for v in ["192.168.1.10", "256.1.1.1", "010.001.001.001", "10.40.2.17", "127.0.0.1", "2001:db8::1", "203.0.113.9"]:
        chk(not ip_public(v), f"ip not public {v}")
    for v in ["12-03-1985", "1-4-1990", "03/07/1979", "29.02.1992", "5 mei 1960", "12 March 1938", "March 12, 1938",
              "12. März 1938", "1985-03-12"]:
        chk(dob_valid(v), f"date valid {v}")
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999", "12-03-1885"]:
        chk(not dob_valid(v), f"date invalid {v}")
    # the organisation's own data
    chk(all(iban_valid(v) for v in ORG["ibans"]), "org ibans valid")
    chk(ob_valid(ORG["btw"][0]) and elfproef(ORG_RSIN) and ORG["btw"][0][2:11] == ORG_RSIN, "org btw is RSIN-based")
    chk(all(nl_postcode_valid(p) for p in ORG_POSTCODES), "org postcodes valid")
    chk(phone_valid("026 702 4400") and phone_valid("06 2034 9917"), "org phones valid")
    chk(all(phone_nsn(v)[1] in ORG_PHONE_NSN for v in ORG_TEL + ORG_WA + ORG_NIGHT + ORG_FREE), "org phone forms")
    chk(all(iban_compact(v) in ORG["ibans"] for v in ORG_IBAN1 + ORG_IBAN2), "org iban forms")
    chk(int(b36(ORG_CREDITOR_ID[7:] + ORG_CREDITOR_ID[:4])) % 97 == 1, "org creditor id check digits")
    # the shipped config carries exactly this organisation
    import tomllib
    with open(os.path.join(HERE, "pii-scrubber.toml"), "rb") as fh:
        chk(tomllib.load(fh).get("organisation") == ORG, "pii-scrubber.toml [organisation] == ORG")
    # generators
    for i in range(300):
        g = Gen(random.Random(f"selftest:{i}"))
        chk(phone_valid(g.fmt_mobile(g.nl_mobile())), "gen mobile")
        chk(phone_valid(g.fmt_fixed(g.nl_fixed())), "gen fixed")
        chk(phone_valid(g.de_phone(), "DE"), "gen de phone")
        chk(phone_valid(g.uk_phone(g.ch(["Leeds", "York"])), "GB"), "gen uk phone")
        chk(phone_valid(g.be_gsm(), "BE"), "gen be gsm")
        chk(bsn_valid(g.fmt_bsn(g.bsn())), "gen bsn")
        chk(elfproef(g.ref9(True)) and not elfproef(g.ref9(False)), "gen ref9")
        for cc in ("NL", "DE", "BE", "GB", "IE"):
            chk(iban_valid(g.fmt_iban(g.iban(cc))), f"gen iban {cc}")
        for b in ("visa", "mastercard", "amex"):
            chk(card_valid(g.fmt_card(g.card(b))), f"gen card {b}")
        chk(btw_valid(g.btw()), "gen btw")
        chk(kenteken_sidecode(g.kenteken()) is not None, "gen kenteken")
        chk(de_plate_valid(g.de_plate(g.ch([x[0] for x in DE_PLACES]))), "gen de plate")
        chk(doc_valid(g.doc_nl(g.ch("NI")), "NL") and doc_valid(g.doc_de(), "DE") and doc_valid(g.doc_res(), "RES"), "gen docs")
        chk(ip_public(g.ip4()) and ip_public(g.ip6()), "gen ip")
        st, pc, _ = g.nl_addr()
        chk(address_valid(st) and postcode_valid(g.fmt_pc(pc)), f"gen nl addr {st} {pc}")
        st, pc, _ = g.de_addr()
        chk(address_valid(st) and postcode_valid(pc, "DE"), f"gen de addr {st}")
        st, pc, _ = g.uk_addr()
        chk(address_valid(st) and postcode_valid(pc, "GB"), f"gen uk addr {st}")
        st, pc, _ = g.be_addr()
        chk(address_valid(st) and postcode_valid(pc, "BE"), f"gen be addr {st}")
        for o_ in POOLS:
            p = g.person(o_)
            chk(person_valid(p.full) and person_valid(p.ini_name) and person_valid(p.Sur), f"gen person {p.full}")
            chk(email_valid(g.email(p)), f"gen email {p.full}")
        d = g.date(1925, 2005)
        for st in ("dmy-", "dmy-s", "dmy/", "dmy.", "iso", "nl", "en", "us", "de"):
            chk(parse_date(fdate(d, st)) == d, f"date roundtrip {st}")
    return n, fails


# ----------------------------------------------------------------------------------------------------------
# build
# ----------------------------------------------------------------------------------------------------------

CRLF_SCENARIOS = {"nl_cak_vraag_mail", "nl_overlijden", "en_bereavement", "de_todesfall", "en_refund_iban"}


def build():
    by_lang = {"nl": [], "en": [], "de": []}
    for name, lang, pii, f in SCENARIOS:
        for k in (0, 1):
            g = Gen(random.Random(f"{SEED}:{name}:{k}"))
            marked = f(g, k)
            if name in CRLF_SCENARIOS and k == 1:
                marked = crlf(marked)
            text, spans, negs = render(marked)
            by_lang[lang].append({"scenario": name, "k": k, "pii": pii, "lang": lang, "text": text, "spans": spans,
                                  "negs": negs})
    items = []
    for lang in ("nl", "en", "de"):
        lst = by_lang[lang]
        random.Random(f"{SEED}:order:{lang}").shuffle(lst)
        for i, it in enumerate(lst, 1):
            it["id"] = f"{PREFIX}-{lang}-{i:03d}"
            items.append(it)
    for it in items:
        t = it["text"]
        for sp in it["spans"]:
            sp["start"] = len(t[:sp["cs"]].encode("utf-8"))
            sp["end"] = len(t[:sp["ce"]].encode("utf-8"))
    return items


def serialise(items):
    lines = []
    for it in items:
        rec = {"id": it["id"], "lang": it["lang"], "text": it["text"],
               "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in it["spans"]]}
        lines.append(json.dumps(rec, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


# ----------------------------------------------------------------------------------------------------------
# audit
# ----------------------------------------------------------------------------------------------------------

BIRTH_RE = re.compile(r"geboren|geb\.|geboortedatum|born|date of birth|\bDOB\b|geburtsdatum", re.I)
KVK_CTX = re.compile(r"kvk|kamer van koophandel|chamber of commerce|handelsregister", re.I)
DOC_CTX = re.compile(r"paspoort|identiteitskaart|ID-kaart|passport|residence permit|ausweis|reisepass|verblijfs", re.I)
VEH_CTX = re.compile(r"kenteken|auto|bestelbus|car|vehicle|kennzeichen|wagen", re.I)
TV_WORDS = {"van", "der", "den", "de", "ten", "ter", "te", "het", "von", "zu", "el", "al"}
COMMON_LOWER = {"lieve", "kaya", "roy", "wilma", "said", "selam", "ramon", "anand"}
DATE_PAT = (r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [A-Za-zä]+\.? \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}")
NEG_CHECKS = {
    "inv9_elf": lambda v: elfproef(re.sub(r"[ .\-]", "", v)),
    "ref9": lambda v: re.fullmatch(r"\d{9}|\d{4}\.\d{2}\.\d{3}", v) is not None and not elfproef(re.sub(r"\D", "", v)),
    "kenteken_code": lambda v: kenteken_sidecode(v) is not None,
    "size_mb": lambda v: nl_postcode_valid(v),
    "keysafe": lambda v: re.fullmatch(r"\d{4}", v) is not None,
    "private_ip": lambda v: ipaddress.ip_address(v).is_private,
    "masked_card": lambda v: re.search(r"[*X•]{4}", v) is not None,
    "org_phone": lambda v: phone_nsn(v)[1] in ORG_PHONE_NSN,
    "org_iban": lambda v: iban_compact(v) in ORG["ibans"],
    "org_email": lambda v: v.endswith("@wielewaalzorg.example"),
    "org_kvk": lambda v: re.sub(r"\D", "", v) in ORG["kvk"],
    "org_btw": lambda v: re.sub(r"[^0-9NLB]", "", v.upper().replace("BTW", "")).endswith(ORG["btw"][0][2:]),
    "org_name": lambda v: v.lower() in [x.lower() for x in ORG["names"]],
    "org_handle": lambda v: v in ORG["handles"],
}


STAFF_TOKENS = {t for f, tv, c, _ in STAFF.values() for t in re.findall(r"[^\W\d_]+", f + " " + c) if len(t) >= 3}


def name_tokens():
    toks = set()
    for f, mm, sur in POOLS.values():
        for nm in f + mm + [c for _, c in sur]:
            for t in re.findall(r"[^\W\d_]+", nm):
                if len(t) >= 3 and t.lower() not in TV_WORDS:
                    toks.add(t)
    for f, tv, c, _ in STAFF.values():
        for t in re.findall(r"[^\W\d_]+", f + " " + c):
            if len(t) >= 3:
                toks.add(t)
    return sorted(toks)


def audit(items, data):
    errs = []
    toks = name_tokens()
    ids = [it["id"] for it in items]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    texts = [it["text"] for it in items]
    if len(set(texts)) != len(texts):
        errs.append("duplicate texts")
    counts = {l: sum(1 for it in items if it["lang"] == l) for l in ("nl", "en", "de")}
    if counts != {"nl": 60, "en": 50, "de": 40}:
        errs.append(f"language counts {counts}")
    free = sum(1 for it in items if not it["spans"])
    if free / len(items) < 0.35:
        errs.append(f"PII-free share {free}/{len(items)}")
    # re-read the serialised bytes
    recs = [json.loads(l) for l in data.decode("utf-8").splitlines()]
    if [r["id"] for r in recs] != ids or len(recs) != 150:
        errs.append("serialised records differ")
    for rec, it in zip(recs, items):
        b = rec["text"].encode("utf-8")
        for s, sp in zip(rec["spans"], it["spans"]):
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(b)):
                errs.append(f"{rec['id']}: bad offsets {s}")
                continue
            for x in (st, en):
                if x < len(b) and (b[x] & 0xC0) == 0x80:
                    errs.append(f"{rec['id']}: offset {x} not on a char boundary")
            if b[st:en].decode("utf-8") != sp["value"]:
                errs.append(f"{rec['id']}: span text mismatch {sp['value']!r}")
        if set(s["label"] for s in rec["spans"]) - set(LABELS):
            errs.append(f"{rec['id']}: unknown label")
    for it in items:
        t, spans, negs, iid = it["text"], it["spans"], it["negs"], it["id"]
        if any(c in t for c in SENTINELS):
            errs.append(f"{iid}: markup left")
        if bool(spans) != it["pii"]:
            errs.append(f"{iid}: pii flag {it['pii']} but {len(spans)} spans ({it['scenario']})")
        prev = -1
        for sp in spans:
            v, lab, hint = sp["value"], sp["label"], sp["hint"]
            if sp["cs"] < prev:
                errs.append(f"{iid}: spans overlap or unsorted at {v!r}")
            prev = sp["ce"]
            if v != v.strip() or not v:
                errs.append(f"{iid}: whitespace at span edge {v!r}")
            if (v[-1] in ".,;:!?)(-/" and not (lab == "PERSON" and re.search(r"\b[A-Z]\.$", v))) or (v[0] in ".,;:!?)-/" ) or (v[0] == "(" and lab != "PHONE"):
                errs.append(f"{iid}: punctuation at span edge {v!r}")
            if not validate(lab, v, hint):
                errs.append(f"{iid}: {lab} value fails validator: {v!r} ({hint})")
            before = t[max(0, sp["cs"] - 80):sp["cs"]]
            after = t[sp["ce"]:sp["ce"] + 40]
            if lab == "DATE_OF_BIRTH" and not (BIRTH_RE.search(before) or re.search(r"geboren", after)):
                errs.append(f"{iid}: DOB without birth word {v!r}")
            if lab == "KVK" and not KVK_CTX.search(t[max(0, sp["cs"] - 40):sp["cs"]]):
                errs.append(f"{iid}: KVK without context {v!r}")
            if lab == "ID_DOCUMENT" and not DOC_CTX.search(before + " " + re.sub(r"\W", " ", before)):
                if not re.search(r"VOG|identit|document|Ausweis", before, re.I):
                    errs.append(f"{iid}: ID_DOCUMENT without context {v!r}")
            if lab == "LICENSE_PLATE" and not VEH_CTX.search(before):
                errs.append(f"{iid}: LICENSE_PLATE without vehicle context {v!r}")
            # the organisation's data never inside a span
            digits = re.sub(r"\D", "", v)
            if lab == "PHONE" and phone_nsn(v) and phone_nsn(v)[1] in ORG_PHONE_NSN:
                errs.append(f"{iid}: organisation phone labelled")
            if lab == "IBAN" and iban_compact(v) in ORG["ibans"]:
                errs.append(f"{iid}: organisation IBAN labelled")
            if lab in ("KVK", "BSN", "BTW_ID") and (digits in ORG["kvk"] or ORG_RSIN in digits):
                errs.append(f"{iid}: organisation number labelled")
            if lab == "EMAIL" and "wielewaalzorg.example" in v.lower():
                errs.append(f"{iid}: organisation e-mail labelled")
            if lab == "POSTCODE" and v.replace(" ", "").upper() in ORG_POSTCODES:
                errs.append(f"{iid}: organisation postcode labelled")
        for ng in negs:
            chkf = NEG_CHECKS.get(ng["kind"])
            if chkf and not chkf(ng["value"]):
                errs.append(f"{iid}: hard negative of kind {ng['kind']} not what it claims: {ng['value']!r}")
        covered = [(sp["cs"], sp["ce"], sp["label"]) for sp in spans]
        negr = [(ng["cs"], ng["ce"], "NEG") for ng in negs]

        def inside(a, z, labels=None, allow_neg=True):
            for s_, e_, lab_ in covered + (negr if allow_neg else []):
                if s_ <= a and z <= e_:
                    return True
            return False

        def need(a, z, what, labels):
            if not inside(a, z, labels):
                errs.append(f"{iid}: unlabelled {what}: {t[a:z]!r}")

        # every repeat of a labelled value is labelled
        for sp in spans:
            v = sp["value"]
            if len(v) < 3:
                continue
            for mm in re.finditer(r"(?<![^\W_])" + re.escape(v) + r"(?![^\W_])", t):
                if not inside(mm.start(), mm.end(), None, allow_neg=False):
                    errs.append(f"{iid}: repeat of labelled value not labelled: {v!r}")
        # never-unlabelled scanners
        for mm in re.finditer(EMAIL_RE, t):
            if not mm.group().lower().endswith("@wielewaalzorg.example"):
                need(mm.start(), mm.end(), "e-mail", {"EMAIL"})
        for mm in re.finditer(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}", t):
            a = mm.start()
            chars, ends = [], []
            j = a
            while j < len(t) and len(chars) < 34:
                c = t[j]
                if c.isascii() and c.isalnum():
                    chars.append(c.upper())
                    ends.append(j + 1)
                elif c in " \u00a0" and chars and j + 1 < len(t) and t[j + 1].isascii() and t[j + 1].isalnum():
                    pass
                else:
                    break
                j += 1
            cand = "".join(chars)
            for L in range(15, len(cand) + 1):
                if iban_valid(cand[:L]):
                    if cand[:L] not in ORG["ibans"]:
                        need(a, ends[L - 1], "IBAN", {"IBAN"})
        for mm in re.finditer(r"(?<![\d])\d(?:[ -]?\d){11,18}(?![\d])", t):
            if card_valid(mm.group()):
                need(mm.start(), mm.end(), "card number", {"CREDIT_CARD"})
        for mm in re.finditer(r"(?<![\w.,\-/])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3}|\d{3}\.\d{3}\.\d{3})(?![\w]|[.,\-]\d)", t):
            d = re.sub(r"\D", "", mm.group())
            if elfproef(d) and d != ORG_RSIN:
                need(mm.start(), mm.end(), "elfproef-valid 9-digit number", {"BSN"})
        for mm in re.finditer(r"(?i)(?<![\w])NL ?\d{4}\.?\d{2}\.?\d{3}\.?B\d{2}(?![\w])", t):
            c = re.sub(r"[ .]", "", mm.group()).upper()
            if c != ORG["btw"][0] and (btw_valid(c) or ob_valid(c)):
                need(mm.start(), mm.end(), "btw/OB number", {"BTW_ID", "BSN"})
        for mm in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", t):
            if ip_public(mm.group()):
                need(mm.start(), mm.end(), "public IPv4", {"IP_ADDRESS"})
        for mm in re.finditer(r"(?<![\w+])(?:(?:\+|00)31[ \-]?(?:\(0\)[ \-]?)?|0)6(?:[ \-]?\d){8}(?!\d)", t):
            r_ = phone_nsn(mm.group())
            if r_ and r_[1] not in ORG_PHONE_NSN:
                need(mm.start(), mm.end(), "NL mobile", {"PHONE"})
        for mm in re.finditer(r"(?<![\w])(?:\+|00)\d{2}[\d ()\-/]{6,}\d", t):
            r_ = phone_nsn(mm.group())
            if r_ and r_[1] not in ORG_PHONE_NSN and any(phone_valid(mm.group(), h) for h in ("NL", "BE", "DE", "GB")):
                need(mm.start(), mm.end(), "international phone", {"PHONE"})
        for mm in re.finditer(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])", t):
            if nl_postcode_valid(mm.group()) and mm.group().replace(" ", "") not in ORG_POSTCODES:
                need(mm.start(), mm.end(), "NL postcode", {"POSTCODE"})
        for mm in re.finditer(r"(?<![\w\-])[A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,3}(?![\w\-])", t):
            if kenteken_sidecode(mm.group()) is not None:
                need(mm.start(), mm.end(), "kenteken", {"LICENSE_PLATE"})
        for mm in re.finditer(r"(?i)(?:geboren|geb\.|geboortedatum|geb\.datum|born|date of birth|\bDOB\b|geburtsdatum)[^\d\n]{0,50}?(" + DATE_PAT + ")", t):
            need(mm.start(1), mm.end(1), "date after a birth word", {"DATE_OF_BIRTH"})
        for mm in re.finditer(r"(?i)(?:kvk|kamer van koophandel|chamber of commerce|handelsregister)[^\d\n]{0,25}(\d{8}|\d{4} \d{4})(?!\d)", t):
            if re.sub(r"\D", "", mm.group(1)) not in ORG["kvk"]:
                need(mm.start(1), mm.end(1), "KvK number", {"KVK"})
        for mm in re.finditer(r"(?i)(?:paspoort|identiteitskaart|passport|residence permit|ausweis)[^\n]{0,40}?\b([A-Z]{2}[A-Z0-9]{6}\d|[A-Z0-9]{9}|\d{9}|(?:I|II|III|IV|V)-V[A-Z0-9]{8})\b", t):
            need(mm.start(1), mm.end(1), "document number after a document word", {"ID_DOCUMENT"})
        for mm in re.finditer(r"(?<![\w+])(?:\+|00)?[0-9][0-9 ()/.\-]{7,18}[0-9](?!\d)", t):
            cand = mm.group()
            digits = re.sub(r"\D", "", cand)
            if len(digits) < 9 or re.match(r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}", cand):  # dates (+ time)
                continue
            r_ = phone_nsn(cand)
            if r_ and r_[1] not in ORG_PHONE_NSN and any(phone_valid(cand, h) for h in ("NL", "BE", "DE", "GB")):
                need(mm.start(), mm.end(), "phone number", {"PHONE"})
        for st in sorted(set(NL_STREETS + DE_STREETS + BE_STREETS + UK_STREETS), key=len, reverse=True):
            for mm in re.finditer(r"(?i)(?<![^\W_])(?:\d{1,4} )?" + re.escape(st) + r"(?: \d{1,5}[a-z]?)?(?![^\W_])", t):
                if re.search(r"\d", mm.group()):
                    need(mm.start(), mm.end(), "street + number", {"ADDRESS"})
        for town_, code_ in DE_PLACES + BE_PLACES:
            for mm in re.finditer(r"(?<!\d)(\d{4,5}) " + re.escape(town_), t):
                need(mm.start(1), mm.end(1), "DE/BE postcode before its town", {"POSTCODE"})
        nl_towns = "|".join(re.escape(x[0]) for x in NL_TOWNS)
        for mm in re.finditer(r"(?i)(?<![\w])([1-9]\d{3} ?[a-z]{2})(?=\s+(?:woonplaats:\s*)?(?:" + nl_towns + r")\b)", t):
            if mm.group(1).replace(" ", "").upper() not in ORG_POSTCODES:
                need(mm.start(1), mm.end(1), "postcode before a town", {"POSTCODE"})
        for mm in re.finditer(r"(?i)(?<![\w:])[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])", t):
            if ip_public(mm.group()):
                need(mm.start(), mm.end(), "public IPv6", {"IP_ADDRESS"})
        for mm in re.finditer(r"(?<![\w])(?:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})(?![\w])", t):
            need(mm.start(), mm.end(), "UK postcode", {"POSTCODE"})
        for mm in re.finditer(r"(?<![\w\-])[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{1,4}(?![\w])", t):
            need(mm.start(), mm.end(), "German registration", {"LICENSE_PLATE"})
        for tok in toks:
            pats = [re.compile(r"(?<![^\W\d_])" + re.escape(tok) + r"(?![^\W\d_])")]
            if (len(tok) >= 5 or tok in STAFF_TOKENS) and tok.lower() not in COMMON_LOWER:
                pats.append(re.compile(r"(?<![^\W\d_])" + re.escape(tok) + r"(?![^\W\d_])", re.I))
            for pat in pats:
                for mm in pat.finditer(t):
                    if not inside(mm.start(), mm.end()):
                        errs.append(f"{iid}: name token {tok!r} outside any span: ...{t[max(0, mm.start() - 30):mm.end() + 10]!r}")
    return errs


# ----------------------------------------------------------------------------------------------------------
# statistics and main
# ----------------------------------------------------------------------------------------------------------

def stats(items, data):
    out = []
    per = {l: {lab: 0 for lab in LABELS} for l in ("nl", "en", "de")}
    for it in items:
        for sp in it["spans"]:
            per[it["lang"]][sp["label"]] += 1
    free = {l: sum(1 for it in items if it["lang"] == l and not it["spans"]) for l in ("nl", "en", "de")}
    nfree = sum(free.values())
    lens = sorted(len(it["text"].encode()) for it in items)
    out.append(f"messages: nl {sum(1 for i in items if i['lang'] == 'nl')}, en {sum(1 for i in items if i['lang'] == 'en')}, "
               f"de {sum(1 for i in items if i['lang'] == 'de')}")
    out.append(f"PII-free: {nfree} (nl {free['nl']}, en {free['en']}, de {free['de']}) = {100 * nfree / len(items):.1f} %")
    out.append(f"length {lens[0]}-{lens[-1]} bytes, median {lens[len(lens) // 2]}")
    out.append(f"non-ASCII texts {sum(1 for i in items if any(ord(c) > 127 for c in i['text']))}, "
               f"emoji texts {sum(1 for i in items if any(ord(c) > 0xFFFF for c in i['text']))}, "
               f"CRLF texts {sum(1 for i in items if chr(13) in i['text'])}, "
               f"NBSP texts {sum(1 for i in items if chr(160) in i['text'])}")
    out.append("| label | nl | en | de | total |")
    out.append("|---|---:|---:|---:|---:|")
    tot = {l: 0 for l in per}
    for lab in LABELS:
        row = [per[l][lab] for l in ("nl", "en", "de")]
        for l, x in zip(("nl", "en", "de"), row):
            tot[l] += x
        out.append(f"| `{lab}` | {row[0]} | {row[1]} | {row[2]} | {sum(row)} |")
    out.append(f"| total | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")
    negk = {}
    for it in items:
        for ng in it["negs"]:
            negk[ng["kind"]] = negk.get(ng["kind"], 0) + 1
    out.append("hard negatives / organisation data (marked): " + ", ".join(f"{k_} {v}" for k_, v in sorted(negk.items())))
    out.append(f"sha256 {hashlib.sha256(data).hexdigest()}")
    return "\n".join(out)


def main():
    dry = "--dry-run" in sys.argv
    n, fails = self_test()
    if fails:
        print(f"SELF TEST FAILED ({len(fails)} of {n}):", *fails[:40], sep="\n  ")
        sys.exit(1)
    print(f"self test: {n} checks passed")
    counts = {"nl": 0, "en": 0, "de": 0}
    for _, lang, _, _ in SCENARIOS:
        counts[lang] += 2
    items = build()
    data = serialise(items)
    errs = audit(items, data)
    if errs:
        print(f"AUDIT FAILED ({len(errs)}):", *errs[:60], sep="\n  ")
        sys.exit(1)
    print("audit: passed")
    print(stats(items, data))
    if dry:
        print("dry run: gold.jsonl not written")
        return
    with open(OUT, "wb") as fh:
        fh.write(data)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
