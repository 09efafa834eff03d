#!/usr/bin/env python3
"""heldout26 — held-out evaluation set: gyms, swimming pools and an amateur sports association.

Generator. Python 3.11, standard library only. Deterministic: every scenario instance gets its own
string-seeded ``random.Random`` (string seeds are hashed with SHA-512, so PYTHONHASHSEED has no effect);
no set or dict iteration order reaches the output.

    python3 make.py              # self test, build, audit, write gold.jsonl + pii-scrubber.toml, print stats
    python3 make.py --mutation   # also: remove every gold span in turn and count how often the audit notices

Values are written into the texts with ``m(LABEL, value)`` (short forms ``P()``, ``PH()``, ``IB()`` …) using
private-use sentinels; ``render()`` strips them and records UTF-8 byte offsets, so spans are exact by
construction. ``N(value)`` marks a deliberate hard negative: it produces no span, but the audit's
"never left unlabelled" scanners accept a hit inside it.
"""
import argparse
import datetime as dt
import hashlib
import ipaddress
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = "heldout26:kwiek-sport:v1"
HERE = Path(__file__).resolve().parent
PREFIX = "h26"
LABELS = ("PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK")
SA, SB, SC = "\ue000", "\ue001", "\ue002"
NBSP = "\u00a0"
TODAY = dt.date(2025, 10, 31)

# ----------------------------------------------------------------------------------------------------------
# markup

def m(label, value):
    if label != "NEG" and label not in LABELS:
        raise ValueError(label)
    if not value or value != value.strip() or any(c in value for c in (SA, SB, SC)):
        raise ValueError(f"bad value {value!r}")
    return f"{SA}{label}{SB}{value}{SC}"


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
def N(v): return m("NEG", v)


MARK_RE = re.compile(f"{SA}([A-Z_]+){SB}(.*?){SC}", re.S)


def render(marked):
    """-> text, byte spans, char spans [(s, e, label, value)], neg char ranges [(s, e)]"""
    out, cspans, negs, last, pos = [], [], [], 0, 0
    for mo in MARK_RE.finditer(marked):
        pre = marked[last:mo.start()]
        out.append(pre)
        pos += len(pre)
        label, val = mo.group(1), mo.group(2)
        out.append(val)
        if label == "NEG":
            negs.append((pos, pos + len(val)))
        else:
            cspans.append((pos, pos + len(val), label, val))
        pos += len(val)
        last = mo.end()
    out.append(marked[last:])
    text = "".join(out)
    if any(c in text for c in (SA, SB, SC)):
        raise ValueError("markup left in text: " + text[:80])

    def b(i):
        return len(text[:i].encode("utf-8"))
    spans = [{"start": b(s), "end": b(e), "label": lab} for s, e, lab, _ in cspans]
    return text, spans, cspans, negs


# ----------------------------------------------------------------------------------------------------------
# validators (re-implemented from shared/reference/dutch-pii-formats.md)

def _strip(s, chars=" .-\u00a0/()"):
    return "".join(c for c in s if c not in chars)


def elfproef(s):
    d = _strip(s, " .-\u00a0")
    if not re.fullmatch(r"\d{8,9}", d):
        return False
    d = d.zfill(9)
    if int(d) == 0:
        return False
    return (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 0


def bank11(s):
    d = _strip(s)
    return len(d) in (9, 10) and sum((len(d) - i) * int(c) for i, c in enumerate(d)) % 11 == 0


def onderwijsnummer(s):
    d = _strip(s)
    if not re.fullmatch(r"10\d{7}", d):
        return False
    return (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 5


def _num36(s):
    return "".join(str(int(c, 36)) for c in s)


IBAN_RE = {"NL": r"NL\d\d[A-Z]{4}\d{10}", "BE": r"BE\d{14}", "DE": r"DE\d{20}", "GB": r"GB\d\d[A-Z]{4}\d{14}",
           "FR": r"FR\d{12}[A-Z0-9]{11}\d\d"}
IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "GB": 22, "FR": 27}


def iban_ok(s):
    t = _strip(s, " .-\u00a0").upper()
    cc = t[:2]
    if cc not in IBAN_RE or not re.fullmatch(IBAN_RE[cc], t):
        return False
    if int(_num36(t[4:] + t[:4])) % 97 != 1:
        return False
    if cc == "BE":
        chk = int(t[4:14]) % 97 or 97
        if chk != int(t[14:16]):
            return False
    return True


def iban_make(cc, bban):
    cd = 98 - int(_num36(bban + cc + "00")) % 97
    return f"{cc}{cd:02d}{bban}"


def luhn(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def card_ok(s):
    d = _strip(s, " -\u00a0")
    if not d.isdigit() or not luhn(d):
        return False
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return n == 16
    if d[:2] in ("34", "37"):
        return n == 15
    if d[:2] == "50" or 56 <= int(d[:2]) <= 69:
        return 12 <= n <= 19
    if 3528 <= int(d[:4]) <= 3589:
        return 16 <= n <= 19
    if 300 <= int(d[:3]) <= 305 or d[:4] == "3095" or d[:2] in ("36", "38", "39"):
        return 14 <= n <= 19
    return False


def btw_ok(s):
    t = _strip(s, " .-\u00a0").upper()
    if not re.fullmatch(r"NL\d{9}B\d\d", t) or t.endswith("B00"):
        return False
    return int(_num36(t)) % 97 == 1


def ob_ok(s):
    """old omzetbelastingnummer: (NL) + BSN/RSIN (elfproef) + B + 2 digits"""
    t = _strip(s, " .-\u00a0").upper()
    mo = re.fullmatch(r"(?:NL)?(\d{9})B(\d\d)", t)
    return bool(mo) and mo.group(2) != "00" and elfproef(mo.group(1))


NL_MOBILE = re.compile(r"(?:6[1-58]|970\d)\d{7}")
NL_FIXED = re.compile(
    r"(?:1(?:[035]\d|1[13-578]|6[124-8]|7[24]|8[0-467])|2(?:[0346]\d|2[2-46-9]|5[125]|9[479])|"
    r"3(?:[03568]\d|1[3-8]|2[01]|4[1-8])|4(?:[0356]\d|1[1-368]|7[58]|8[15-8]|9[23579])|"
    r"5(?:[0358]\d|[19][1-9]|2[1-57-9]|4[13-8]|6[126]|7[0-3578])|7\d\d)\d{6}")


def _national(s, cc):
    t = s.replace(NBSP, " ")
    t = re.sub(r"\(\s*0\s*\)", "", t)
    d = _strip(t, " -./()")
    if not re.fullmatch(r"\+?\d+", d):
        return None
    intl = False
    if d.startswith("+" + cc):
        d, intl = d[1 + len(cc):], True
    elif d.startswith("00" + cc):
        d, intl = d[2 + len(cc):], True
    elif d.startswith("0") and not d.startswith("00"):
        d = d[1:]
    else:
        return None
    if intl and d.startswith("0"):
        d = d[1:]
    return d


def nl_phone(s, kinds=("mobile", "fixed")):
    n = _national(s, "31")
    if n is None:
        return False
    return ("mobile" in kinds and bool(NL_MOBILE.fullmatch(n))) or ("fixed" in kinds and bool(NL_FIXED.fullmatch(n)))


def be_phone(s):
    n = _national(s, "32")
    if n is None:
        return False
    return bool(re.fullmatch(r"4[5-9]\d{7}", n) or re.fullmatch(r"(?:[23][2-8]|9[2-4])\d{6}", n)
                or re.fullmatch(r"(?:1[0-69]|5\d|6[0-57-9]|8[0-79]|71)\d{6}", n))


DE_AREAS = ("30", "40", "69", "89", "221", "228", "241", "2404", "2405", "2406", "2407", "2451", "2452",
            "2453", "2454", "2455", "2456")


def de_phone(s):
    n = _national(s, "49")
    if n is None:
        return False
    if re.fullmatch(r"1(?:5\d\d{8}|6\d\d{7,8}|7\d\d{7,8})", n):
        return True
    return any(n.startswith(a) and 4 <= len(n) - len(a) <= 8 and n[len(a)] != "0" for a in DE_AREAS)


def uk_phone(s):
    n = _national(s, "44")
    if n is None:
        return False
    return bool(re.fullmatch(r"7700900\d{3}|(?:11[3-8]|1[2-9]1)4960\d{3}|2079460\d{3}", n))


def phone_ok(s):
    t = _strip(s.replace(NBSP, " "), " -./()")
    for cc, f in (("31", nl_phone), ("32", be_phone), ("49", de_phone), ("44", uk_phone)):
        if t.startswith("+" + cc) or t.startswith("00" + cc):
            return f(s)
    return nl_phone(s) or be_phone(s) or de_phone(s) or uk_phone(s)


BAD_PC_LETTERS = {"SA", "SD", "SS"}


def nl_postcode(s):
    t = s.replace(NBSP, " ")
    mo = re.fullmatch(r"([1-9]\d{3}) ?([A-Z]{2})", t)
    return bool(mo) and mo.group(2) not in BAD_PC_LETTERS


def postcode_ok(s):
    t = s.replace(NBSP, " ")
    return (nl_postcode(t) or (t == t.lower() and nl_postcode(t.upper())) or bool(re.fullmatch(r"[1-9]\d{3}", t)) or bool(re.fullmatch(r"\d{5}", t) and 1001 <= int(t) <= 99998)
            or bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}", t)))


SIDECODES = {"XX9999": 1, "9999XX": 2, "99XX99": 3, "XX99XX": 4, "XXXX99": 5, "99XXXX": 6, "99XXX9": 7,
             "9XXX99": 8, "XX999X": 9, "X999XX": 10, "XXX99X": 11, "X99XXX": 12, "9XX999": 13, "999XX9": 14}
SIDE_GROUPS = {1: (2, 2, 2), 2: (2, 2, 2), 3: (2, 2, 2), 4: (2, 2, 2), 5: (2, 2, 2), 6: (2, 2, 2), 7: (2, 3, 1),
               8: (1, 3, 2), 9: (2, 3, 1), 10: (1, 3, 2), 11: (3, 2, 1), 12: (1, 2, 3), 13: (1, 2, 3), 14: (3, 2, 1)}
KT_LETTERS = set("BDFGHJKLMNPRSTVWXYZ")
KT_BANNED = ("SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS")


def kenteken_ok(s):
    t = s.upper().replace(" ", "-")
    compact = t.replace("-", "")
    if len(compact) != 6 or not compact.isalnum():
        return False
    typ = "".join("9" if c.isdigit() else "X" for c in compact)
    sc = SIDECODES.get(typ)
    if sc is None:
        return False
    g = SIDE_GROUPS[sc]
    if "-" in t:
        want = "-".join([compact[:g[0]], compact[g[0]:g[0] + g[1]], compact[g[0] + g[1]:]])
        if t != want:
            return False
    letters = [c for c in compact if c.isalpha()]
    if sc >= 4 and any(c not in KT_LETTERS for c in letters):
        return False
    groups = [compact[:g[0]], compact[g[0]:g[0] + g[1]], compact[g[0] + g[1]:]]
    banned = KT_BANNED + (("KVT", "VVD") if sc >= 8 else ()) + (("SP",) if sc >= 13 else ())
    for grp in groups:
        if grp.isalpha() and any(b in grp for b in banned):
            return False
    return True


def de_plate_ok(s):
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} ?[1-9]\d{0,3}[EH]?", s))


def plate_ok(s):
    return kenteken_ok(s) or de_plate_ok(s)


def nl_doc_ok(s):
    t = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}[0-9]", t)) and "O" not in t


def residence_doc_ok(s):
    return bool(re.fullmatch(r"(?:I|II|III|IV|V)-V[A-NP-Z1-9]{8}", s))


def de_ausweis_ok(s):
    return bool(re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}", s))


def doc_ok(s):
    return (nl_doc_ok(s) or residence_doc_ok(s) or de_ausweis_ok(s) or bool(re.fullmatch(r"\d{9}", s))
            or bool(re.fullmatch(r"\d{10}", s)))


MONTHS = {}
for _i, _names in enumerate([
        "januari january januar jänner jan", "februari february februar feb febr", "maart march märz mrt mar",
        "april apr", "mei may mai", "juni june jun", "juli july jul", "augustus august aug",
        "september sep sept", "oktober october okt oct", "november nov", "december dezember dec dez"], 1):
    for _n in _names.split():
        MONTHS[_n] = _i


def parse_date(s):
    t = s.replace(NBSP, " ").strip()
    mo = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if mo:
        y, mth, d = int(mo.group(1)), int(mo.group(2)), int(mo.group(3))
    else:
        mo = re.fullmatch(r"(\d{1,2})([-./ ])(\d{1,2})\2('?\d{2}|\d{4})", t)
        if mo:
            d, mth, ys = int(mo.group(1)), int(mo.group(3)), mo.group(4).lstrip("'")
            y = int(ys) if len(ys) == 4 else (1900 + int(ys) if int(ys) > 25 else 2000 + int(ys))
        else:
            mo = re.fullmatch(r"(\d{1,2})\.? ([A-Za-zäÄ]+)\.? (\d{4})", t)
            if mo and mo.group(2).lower() in MONTHS:
                d, mth, y = int(mo.group(1)), MONTHS[mo.group(2).lower()], int(mo.group(3))
            else:
                mo = re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2}),? (\d{4})", t)
                if mo and mo.group(1).lower() in MONTHS:
                    d, mth, y = int(mo.group(2)), MONTHS[mo.group(1).lower()], int(mo.group(3))
                else:
                    return None
    try:
        return dt.date(y, mth, d)
    except ValueError:
        return None


def dob_ok(s):
    d = parse_date(s)
    return d is not None and dt.date(1900, 1, 1) <= d <= TODAY


EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")
KNOWN_TLDS = {"nl", "com", "de", "be", "uk", "net", "org", "eu", "ie", "io", "frl", "example"}


def email_ok(s):
    return bool(EMAIL_RE.fullmatch(s)) and s.rsplit(".", 1)[1].lower() in KNOWN_TLDS


def ip_ok(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global


def address_ok(s):
    t = s.replace(NBSP, " ")
    if re.fullmatch(r"Postbus \d{1,5}", t):
        return True
    if re.fullmatch(r"(?:Flat \d+[A-Z]?, )?\d{1,4}[A-Z]? [A-Z][a-z]+(?: [A-Z][a-z]+)*", t):   # UK
        return True
    suffix = r"(?:[a-zA-Z]|[ -](?:hs|bis|bg|I{1,3}|\d{1,3}|[A-Z])|[A-Z]-\d| bus \d{1,3}|/\d{1,3})?"
    return bool(re.fullmatch(r"[A-Za-z'][^\d\n]*? \d{1,5}" + suffix, t))


def kvk_ok(s):
    return bool(re.fullmatch(r"\d{8}", s))


def value_ok(label, v):
    return {
        "PERSON": lambda x: True,  # checked against the name lists in audit()
        "EMAIL": email_ok, "PHONE": phone_ok, "IBAN": iban_ok,
        "BSN": lambda x: elfproef(x) or ob_ok(x), "ADDRESS": address_ok, "POSTCODE": postcode_ok,
        "CREDIT_CARD": card_ok, "IP_ADDRESS": ip_ok, "DATE_OF_BIRTH": dob_ok, "ID_DOCUMENT": doc_ok,
        "LICENSE_PLATE": plate_ok, "BTW_ID": lambda x: btw_ok(x) and not ob_ok(x), "KVK": kvk_ok,
    }[label](v)


# ----------------------------------------------------------------------------------------------------------
# the organisation (never labelled)

ORG = {
    "names": ["Kwiek Sport B.V.", "Kwiek Sport", "Kwiek", "Kwiek Gym", "Kwiek Zwemmen", "Kwiek Ledenservice",
              "Kwiek Member Services", "Kwiek Mitgliederservice", "Kwiek Gym Heerlen-Centrum", "Kwiek Sittard",
              "Kwiek Maastricht-Randwyck", "Zwembad De Geulpoort", "Sportvereniging Kwiek '58", "sv Kwiek '58",
              "Kwiek '58", "Sportpark Hoefveld"],
    "domains": ["kwieksport.example", "svkwiek58.example"],
    "phones": ["045 711 2000", "045 711 2040", "045 533 1958", "06 2281 4470"],
    "ibans": [iban_make("NL", "RABO0132458790"), iban_make("NL", "INGB0006172958")],
    "addresses": ["Mijnzetellaan 40, 6412 ZK Heerlen", "Postbus 3110, 6401 DC Heerlen",
                  "Geulpoortweg 2, 6372 XR Landgraaf", "Hoefveldweg 15, 6361 HX Nuth"],
    "kvk": ["14083927", "40179364"],
    "btw": ["NL859321472B01"],
    "handles": ["@KwiekSport", "@kwiek_zwemmen", "@svkwiek58"],
}
ORG_IBAN_GYM, ORG_IBAN_CLUB = ORG["ibans"]
ORG_CREDITOR_GYM = "NL16ZZZ140839270000"     # SEPA creditor ids (Incassant-ID): not IBANs, never labelled
ORG_CREDITOR_CLUB = "NL10ZZZ401793640000"


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def org_phone_nationals():
    return {_national(p, "31") for p in ORG["phones"]}


def is_org_value(v):
    t = v.replace(NBSP, " ")
    c = _strip(t, " .-\u00a0").upper()
    if c in ORG["ibans"] or c in ORG["kvk"] or c in [b.upper() for b in ORG["btw"]] or c == ORG["btw"][0][2:]:
        return True
    if "@" in t and t.rsplit("@", 1)[1].lower().split(".", 1)[-1] in ORG["domains"] or \
            ("@" in t and t.rsplit("@", 1)[1].lower() in ORG["domains"]):
        return True
    n = _national(t, "31")
    if n and n in org_phone_nationals():
        return True
    for a in ORG["addresses"]:
        if t and t in a:
            return True
    return False


# Staff and volunteers are persons (labelled wherever they appear)
class Person:
    def __init__(self, given, tv, sur, sex, origin):
        self.given, self.tv, self.sur, self.sex, self.origin = given, tv, sur, sex, origin

    @property
    def full(self):
        return " ".join(x for x in (self.given, self.tv, self.sur) if x)

    @property
    def last(self):
        return (self.tv + " " if self.tv else "") + self.sur

    @property
    def Last(self):          # surname standing alone: tussenvoegsel capitalised (NL convention)
        return (self.tv[0].upper() + self.tv[1:] + " " if self.tv else "") + self.sur

    @property
    def ini(self):
        return self.given[0] + ". " + self.last

    @property
    def rev(self):           # "Surname, Given" (form fields, Sportlink exports)
        return f"{self.Last}, {self.given}"


def _pp(full, sex, origin):
    parts = full.split()
    return Person(parts[0], " ".join(parts[1:-1]), parts[-1], sex, origin)


STAFF = {
    "romy": _pp("Romy Hendrikx", "F", "nl"),          # ledenadministratie Kwiek Sport
    "twan": _pp("Twan Lemmens", "M", "nl"),           # clubmanager Kwiek Gym Heerlen-Centrum
    "yusuf": _pp("Yusuf Demir", "M", "tr"),           # personal trainer
    "chantal": _pp("Chantal Ploumen", "F", "nl"),     # zwemcoördinator Zwembad De Geulpoort
    "owen": _pp("Owen Gallagher", "M", "en"),         # international member desk
    "katrin": _pp("Katrin Dohmen", "F", "de"),        # Mitgliederservice (German desk)
    "sjef": _pp("Sjef Vroemen", "M", "nl"),           # wedstrijdsecretaris voetbal, sv Kwiek '58 (volunteer)
    "ingrid": _pp("Ingrid Crombach", "F", "nl"),      # penningmeester sv Kwiek '58 (volunteer)
    "huub": _pp("Huub Ramakers", "M", "nl"),          # jeugdcoördinator sv Kwiek '58 (volunteer)
    "marieke": _pp("Marieke Schins", "F", "nl"),      # VOG-coördinator / vertrouwenscontactpersoon (volunteer)
    "anke": _pp("Anke Coenen", "F", "nl"),            # secretaris hockey (volunteer)
}

# inline name lists written for this set (no Faker or test-data package)
GIVEN = {
    "nl": {"M": ["Daan", "Thijs", "Bram", "Luuk", "Gijs", "Teun", "Koen", "Joep", "Pim", "Stijn", "Jesse", "Ruben",
                 "Wessel", "Jurre", "Mees", "Siem", "Guus", "Sjoerd", "Niels", "Maarten", "Roel", "Wouter", "Jeroen",
                 "Ramon", "Fons", "Jordy", "Lars", "Sven"],
           "F": ["Sanne", "Lieke", "Femke", "Anouk", "Esmée", "Maud", "Yara", "Nina", "Zoë", "Lotte", "Fenna",
                 "Noëlle", "Ilse", "Manon", "Loes", "Janneke", "Evi", "Tess", "Jolien", "Mirthe", "Britt", "Daniëlle",
                 "Carmen", "Kelly", "Vera", "Nicole", "Bianca", "Mandy"]},
    "ma": {"M": ["Yassin", "Soufiane", "Ilias", "Zakaria", "Anouar", "Bilal", "Hamza"],
           "F": ["Imane", "Nadia", "Hafsa", "Khadija", "Salma", "Yasmina", "Ikram"]},
    "tr": {"M": ["Emre", "Burak", "Mehmet", "Kerem", "Oğuzhan", "Serkan"],
           "F": ["Elif", "Zeynep", "Ayşe", "Büşra", "Gülşen", "Merve"]},
    "de": {"M": ["Jonas", "Leon", "Lukas", "Felix", "Jürgen", "Dirk", "Thorsten", "Björn", "Matthias", "Stefan",
                 "Henrik", "Moritz", "Tobias", "Jannik"],
           "F": ["Hannah", "Lena", "Leonie", "Sophie", "Clara", "Greta", "Sabine", "Claudia", "Heike", "Stefanie",
                 "Jana", "Katharina", "Anja", "Birgit"]},
    "be": {"M": ["Wout", "Jef", "Lowie", "Seppe", "Warre", "Arne", "Kobe", "Jasper"],
           "F": ["Hanne", "Griet", "Tine", "Febe", "Katrien", "Sien"]},
    "en": {"M": ["Liam", "Declan", "Oliver", "Harry", "Callum", "Hamish", "Rory", "Ethan", "Noah", "Alistair"],
           "F": ["Aoife", "Siobhan", "Charlotte", "Emily", "Megan", "Fiona", "Bethany", "Chloe", "Niamh", "Orla"]},
    "in": {"M": ["Rohan", "Arjun", "Vikram", "Karthik"], "F": ["Priya", "Ananya", "Deepa", "Kavya", "Meera"]},
    "pl": {"M": ["Tomasz", "Paweł", "Krzysztof"], "F": ["Kasia", "Magdalena", "Agnieszka"]},
    "br": {"M": ["Thiago", "Rafael"], "F": ["Camila", "Larissa"]},
}
KID_GIVEN = {
    "nl": {"M": ["Daan", "Thijs", "Bram", "Luuk", "Gijs", "Teun", "Koen", "Joep", "Pim", "Stijn", "Jesse", "Ruben",
                 "Wessel", "Jurre", "Mees", "Siem", "Guus", "Lars", "Sven", "Jordy"],
           "F": ["Sanne", "Lieke", "Femke", "Anouk", "Esmée", "Maud", "Yara", "Nina", "Zoë", "Lotte", "Fenna",
                 "Noëlle", "Evi", "Tess", "Mirthe", "Britt"]},
    "de": {"M": ["Jonas", "Leon", "Lukas", "Felix", "Moritz", "Jannik", "Henrik", "Tobias"],
           "F": ["Hannah", "Lena", "Leonie", "Sophie", "Clara", "Greta", "Jana", "Katharina"]},
}
SURNAMES = {
    "nl": ["Lenssen", "Vaessen", "Wetzels", "Houben", "Claessens", "Schreurs", "Smeets", "Custers", "Heijnen",
           "Habets", "Debets", "Ortmans", "Gielen", "Pluijmen", "Bemelmans", "Frissen", "Huntjens", "Kleijnen",
           "Meessen", "Notermans", "Pelzer", "Quaedvlieg", "Souren", "Dassen", "Muijrers", "Xhonneux",
           "van der Linden", "van Leeuwen", "de Vries", "van Oppen", "de Bruijn", "van Rijswijk", "van den Bosch",
           "van der Heijden", "van Gulik", "Verbeek", "Hoekstra", "Kuipers", "Driessen", "Geurts", "Willemsen",
           "Vermeulen", "Scholten", "Wouters", "Hermans", "Janssen", "Jacobs", "Willems", "Verhoeven", "Postma",
           "Dijkstra", "Gerritsen", "van 't Hoff"],
    "ma": ["El Amrani", "Bouzid", "Azzouzi", "Ait Taleb", "Benali", "El Khatib", "Ouali"],
    "tr": ["Yılmaz", "Öztürk", "Kaya", "Şahin", "Aydın", "Çelik", "Doğan"],
    "de": ["Schmitz", "Hoffmann", "Krüger", "Weißhaupt", "Görtz", "Offermanns", "Kreutzer", "Lennartz", "Hilgers",
           "Küpper", "Thelen", "Wirtz", "Brandts", "Schüller", "Pütz", "Frauenrath", "Hamacher", "Nießen",
           "Cormann", "Radermacher", "Mockel"],
    "be": ["Vanderhoven", "Peeters", "Claes", "Vandeput", "Vanhoutte", "Dewitte", "Verheyen", "Goossens",
           "Vrancken", "Lambrechts", "Vanoppen", "Jaspers"],
    "en": ["Fletcher", "Whitaker", "O'Sullivan", "McAllister", "Brennan", "Harrington", "Ashworth", "Kavanagh",
           "Pemberton", "Doherty", "Thornton", "Okafor", "Lindqvist", "Fairclough"],
    "in": ["Sharma", "Iyer", "Reddy", "Menon", "Nair", "Krishnan"],
    "pl": ["Kowalczyk", "Nowak", "Wójcik"],
    "br": ["Oliveira", "Souza", "Carvalho"],
}
TUSSENVOEGSELS = {"van", "der", "den", "de", "'t", "ter", "ten", "op", "het", "in", "te"}

# company names, halls and courts that contain person names: never PERSON (hard negatives)
NONPERSON = ["Bakkerij Van Dam", "Autobedrijf Henk Smit B.V.", "Installatiebedrijf Gebr. Huntjens",
             "Tegelhandel Jo Claessens B.V.", "Fysiotherapie Kleijnen & Meessen", "Johan Cruijff Court",
             "Sporthal De Kamp", "Autohaus Peter Lennartz GmbH", "Autohaus Lennartz", "Metzgerei Willi Offermanns",
             "Harrington's Irish Pub", "Café Bie Nelleke", "Sporthalle Jakob Küpper", "Küpper-Halle",
             "Dakdekkersbedrijf Vaessen & Zn.", "Vaessen & Zn."]


def _name_tokens(s):
    return [t for t in re.findall(r"\w+", s) if t.lower() not in TUSSENVOEGSELS and t != "t"]


NAME_TOKENS = set()
for _o in GIVEN.values():
    for _l in _o.values():
        for _g in _l:
            NAME_TOKENS.update(t.lower() for t in _name_tokens(_g))
for _l in SURNAMES.values():
    for _s in _l:
        NAME_TOKENS.update(t.lower() for t in _name_tokens(_s))
for _p in STAFF.values():
    NAME_TOKENS.update(t.lower() for t in _name_tokens(_p.given + " " + _p.sur))
NAME_TOKENS_ALL = set(NAME_TOKENS)                     # validation of PERSON spans (incl. "El", "Ait")
NAME_TOKENS = {t for t in NAME_TOKENS if len(t) >= 3}  # scanning for unlabelled names
STAFF_TOKENS = {t.lower() for p in STAFF.values() for t in _name_tokens(p.given + " " + p.sur)}


class Ppl:
    """draws people for one message: no given name or surname used twice unless asked (families)"""

    def __init__(self, rng):
        self.rng, self.given, self.sur = rng, set(STAFF_TOKENS), set(STAFF_TOKENS)

    def new(self, origin="nl", sex=None, sur=None, young=False):
        rng = self.rng
        sex = sex or rng.choice("MF")
        names = KID_GIVEN[origin][sex] if young and origin in KID_GIVEN else GIVEN[origin][sex]
        pool = [g for g in names if g.lower() not in self.given]
        g = rng.choice(pool)
        self.given.add(g.lower())
        if sur is None:
            pool = [s for s in SURNAMES[origin] if _name_tokens(s)[-1].lower() not in self.sur]
            sur = rng.choice(pool)
            self.sur.add(_name_tokens(sur)[-1].lower())
        parts = sur.split()
        tv = " ".join(p for p in parts[:-1] if p in TUSSENVOEGSELS) if origin == "nl" else ""
        base = " ".join(parts[len(tv.split()) if tv else 0:])
        return Person(g, tv, base, sex, origin)

    def kid(self, parent, sex=None):
        return self.new(parent.origin, sex, sur=parent.last, young=True)

    def partner(self, p, sex=None):      # same household, own surname
        return self.new(p.origin, sex or ("F" if p.sex == "M" else "M"))


# ----------------------------------------------------------------------------------------------------------
# places (invented street names; real towns and postcode ranges)

NL_TOWNS = [("Heerlen", range(6411, 6420), "45"), ("Kerkrade", range(6461, 6472), "45"),
            ("Landgraaf", range(6371, 6375), "45"), ("Brunssum", range(6441, 6447), "45"),
            ("Sittard", range(6131, 6138), "46"), ("Geleen", range(6161, 6168), "46"),
            ("Maastricht", range(6211, 6230), "43"), ("Valkenburg", range(6301, 6302), "43"),
            ("Nuth", range(6361, 6363), "45"), ("Voerendaal", range(6367, 6368), "45"),
            ("Simpelveld", range(6369, 6370), "45"), ("Meerssen", range(6231, 6232), "43")]
NL_STREETS = ["Mergelweg", "Groeveweg", "Schachtstraat", "Koempelstraat", "Wijngaardsweg", "Kasteelhofweg",
              "Geulstraat", "Bokstraat", "Laan van Hoensbroeck", "Hoogstraat", "Oude Akerweg", "Klimmenderweg",
              "Van Grunsvenplein", "Kloosterkensweg", "Veldhofstraat", "Rennemigstraat", "Eikenderweg",
              "Ganzeweide", "Tongerseweg", "Bemelerweg", "Hertogsingel", "Sint Maartenslaan", "Lindelaan",
              "Prins Hendriklaan", "Burg. Pappersplein", "Kouvenderstraat", "Akerstraat-Noord", "Heiweg",
              "Mauritslaan", "Pastoor Neujeanstraat", "Weverstraat", "Jekerdal", "Nobelstraat", "Dr. Poelsstraat",
              "Wilhelminaplein"]
BE_TOWNS = [("Lanaken", "3620"), ("Maasmechelen", "3630"), ("Tongeren", "3700"), ("Genk", "3600"),
            ("Riemst", "3770"), ("Bilzen", "3740"), ("Dilsen-Stokkem", "3650")]
BE_STREETS = ["Stationsstraat", "Maastrichterstraat", "Europalaan", "Koning Albertlaan", "Rijksweg", "Kiezelweg",
              "Heirbaan", "Molenweidestraat", "Zavelstraat", "Kapelstraat"]
EUPEN_TOWNS = [("Eupen", "4700"), ("Kelmis", "4720"), ("Raeren", "4730"), ("Lontzen", "4710")]
EUPEN_STREETS = ["Herbesthaler Straße", "Bergkapellstraße", "Aachener Straße", "Hookstraße", "Gospertstraße",
                 "Kirchstraße", "Lütticher Straße"]
DE_TOWNS = [("Aachen", ["52062", "52064", "52066", "52068", "52070", "52072", "52074", "52076", "52078"], "241"),
            ("Herzogenrath", ["52134"], "2406"), ("Würselen", ["52146"], "2405"), ("Alsdorf", ["52477"], "2404"),
            ("Geilenkirchen", ["52511"], "2451"), ("Heinsberg", ["52525"], "2452"),
            ("Übach-Palenberg", ["52531"], "2451"), ("Gangelt", ["52538"], "2454")]
DE_STREETS = ["Jülicher Straße", "Vaalser Straße", "Lütticher Straße", "Kapellenweg", "Roermonder Straße",
              "Heinsberger Weg", "Lindenallee", "Auf der Hüls", "Im Grüntal", "Brander Feld", "Schleidener Straße",
              "Am Kupferofen", "Mühlenstraße", "Wurmtalweg", "Grenzlandstraße", "Sankt-Jobser-Straße"]
UK_PLACES = [("Leeds", "113", ["LS6 2QT", "LS8 1NH", "LS17 5PB"]), ("Manchester", "161", ["M20 3HN", "M14 6LT"]),
             ("Bristol", "117", ["BS7 8PL", "BS6 5HR"]), ("Edinburgh", "131", ["EH9 1HN", "EH10 4BF"]),
             ("Sheffield", "114", ["S10 2GW", "S11 8YL"])]
UK_STREETS = ["Kestrel Close", "Mill Road", "Hawthorn Avenue", "Priory Lane", "Elmfield Terrace", "Larkspur Way",
              "Beechwood Grove", "Quarry Bank"]
ALL_STREETS = NL_STREETS + BE_STREETS + EUPEN_STREETS + DE_STREETS + UK_STREETS

BAD_PAIRS = BAD_PC_LETTERS | {"EN", "IN", "OP", "OM", "OF", "IS", "AL", "NA", "NU", "IK", "JE", "WE", "ZE", "ZO",
                              "JA", "TE", "GA", "DE", "AN", "AT", "ON", "OR", "TO", "BY", "AS", "MB", "KB", "GB",
                              "TB", "KM", "CM", "MM", "KG", "PK", "HZ", "MS", "AM", "PM", "ER", "ES", "DU", "ZU",
                              "IM", "UM", "EU", "OK", "ID", "HE", "ME", "US", "NO", "SO", "IT", "IF", "UP", "GO"}
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIG = "0123456789"


def digits(rng, n, first=DIG):
    return rng.choice(first) + "".join(rng.choice(DIG) for _ in range(n - 1))


def house_nr(rng, style="nl"):
    n = str(rng.choice([rng.randint(1, 40), rng.randint(1, 140), rng.randint(2, 260)]))
    if style == "nl":
        return n + rng.choice(["", "", "", "", "", "a", "A", "b", " hs", "-1", "-2", " bis", "B", "-3"])
    if style == "be":
        return n + rng.choice(["", "", "", " bus 2", " bus 11", "/3", "A"])
    if style == "de":
        return n + rng.choice(["", "", "", "", "a", "b"])
    return n


def nl_pc(rng, rr):
    while True:
        letters = rng.choice(UPPER) + rng.choice(UPPER)
        if letters not in BAD_PAIRS:
            return f"{rng.choice(list(rr))} {letters}"


class Addr:
    def __init__(self, street, pc, town, area, country):
        self.street, self.pc, self.town, self.area, self.country = street, pc, town, area, country


def nl_addr(rng, town=None):
    t = next(x for x in NL_TOWNS if x[0] == town) if town else rng.choice(NL_TOWNS)
    return Addr(f"{rng.choice(NL_STREETS)} {house_nr(rng)}", nl_pc(rng, t[1]), t[0], t[2], "NL")


def be_addr(rng, eupen=False):
    town, pc = rng.choice(EUPEN_TOWNS if eupen else BE_TOWNS)
    street = rng.choice(EUPEN_STREETS if eupen else BE_STREETS)
    return Addr(f"{street} {house_nr(rng, 'be' if not eupen else 'de')}", pc, town, None, "BE")


def de_addr(rng):
    town, pcs, area = rng.choice(DE_TOWNS)
    return Addr(f"{rng.choice(DE_STREETS)} {house_nr(rng, 'de')}", rng.choice(pcs), town, area, "DE")


def uk_addr(rng):
    town, area, pcs = rng.choice(UK_PLACES)
    st = f"{rng.randint(2, 88)} {rng.choice(UK_STREETS)}"
    if rng.random() < 0.35:
        st = f"Flat {rng.randint(1, 9)}, {st}"
    return Addr(st, rng.choice(pcs), town, area, "GB")


# ----------------------------------------------------------------------------------------------------------
# value generators (all checked by the validators above)

def nl_mobile(rng, form=None):
    sub = rng.choice("123458") + digits(rng, 7)          # 06 + [1-5,8] + 7 digits
    a, b = sub[:4], sub[4:]
    forms = [f"06-{sub}", f"06 {sub}", f"06 {a} {b}", f"06{sub}", f"+31 6 {sub}", f"+31 (0)6 {a} {b}",
             f"0031 6 {a} {b}", f"06-{sub[:2]} {sub[2:4]} {sub[4:6]} {sub[6:]}", f"+316{sub}",
             f"+31 6 {sub[:2]} {sub[2:4]} {sub[4:6]} {sub[6:]}"]
    v = forms[form] if form is not None else rng.choice(forms)
    assert nl_phone(v, ("mobile",)), v
    return v


def nl_fixed(rng, area="45", form=None):
    sub = digits(rng, 7 if len(area) == 2 else 6, "2345789")
    forms = [f"0{area}-{sub}", f"0{area} {sub[:3]} {sub[3:]}", f"(0{area}) {sub[:3]} {sub[3:5]} {sub[5:]}",
             f"+31 {area} {sub[:3]} {sub[3:]}", f"0{area} {sub}"]
    v = forms[form] if form is not None else rng.choice(forms)
    assert nl_phone(v, ("fixed",)), v
    return v


def be_mobile(rng, form=None):
    sub = rng.choice("789") + digits(rng, 7)
    n = "4" + sub
    forms = [f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0032 {n}",
             f"0{n[:3]}/{n[3:5]}.{n[5:7]}.{n[7:]}"]
    v = forms[form] if form is not None else rng.choice(forms)
    assert be_phone(v), v
    return v


def de_mobile(rng, form=None):
    pre = rng.choice(["151", "152", "157", "160", "170", "171", "172", "176"])
    n = pre + digits(rng, 8 if pre[1] == "5" or pre == "176" else 7, "123456789")
    forms = [f"0{n[:3]} {n[3:]}", f"0{n[:3]}-{n[3:]}", f"+49 {n[:3]} {n[3:]}", f"0049 {n[:3]} {n[3:]}",
             f"+49 (0){n[:3]} {n[3:]}", f"0{n[:3]}/{n[3:]}"]
    v = forms[form] if form is not None else rng.choice(forms)
    assert de_phone(v), v
    return v


def de_fixed(rng, area="241", form=None):
    sub = digits(rng, 7 if area == "241" else 5, "23456789")
    forms = [f"0{area} {sub}", f"0{area}/{sub}", f"+49 {area} {sub}", f"+49 (0){area} {sub}", f"0{area}-{sub}"]
    v = forms[form] if form is not None else rng.choice(forms)
    assert de_phone(v), v
    return v


def uk_phone_gen(rng, area=None, form=None):
    if area is None:
        tail = digits(rng, 3)
        forms = [f"07700 900{tail}", f"+44 7700 900{tail}", f"+44 (0)7700 900{tail}", f"07700900{tail}"]
    else:
        tail = digits(rng, 3)
        forms = [f"0{area} 496 0{tail}", f"+44 {area} 496 0{tail}", f"(0{area}) 496 0{tail}"]
    v = forms[form] if form is not None else rng.choice(forms)
    assert uk_phone(v), v
    return v


NL_BANKS = ["RABO", "INGB", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"]
BE_BANKS = ["001", "063", "068", "310", "363", "734", "735", "751"]
DE_BLZ = ["39050000", "39060180", "37040044", "39162980", "37010050", "39070020"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]


def iban(rng, cc="NL", form="compact", bank=None):
    if cc == "NL":
        bban = (bank or rng.choice(NL_BANKS)) + digits(rng, 10)
    elif cc == "BE":
        first = (bank or rng.choice(BE_BANKS)) + digits(rng, 7)
        bban = first + f"{(int(first) % 97) or 97:02d}"
    elif cc == "DE":
        bban = (bank or rng.choice(DE_BLZ)) + digits(rng, 10)
    elif cc == "GB":
        bban = (bank or rng.choice(GB_BANKS)) + digits(rng, 6) + digits(rng, 8)
    else:
        raise ValueError(cc)
    v = iban_make(cc, bban)
    if form == "spaced":
        v = group4(v)
    elif form == "nbsp":
        v = group4(v, NBSP)
    elif form == "lower":
        v = v.lower()
    elif form == "lowerspaced":
        v = group4(v).lower()
    assert iban_ok(v), v
    return v


def bsn(rng, form="plain"):
    while True:
        d = digits(rng, 9, "123456789")
        if elfproef(d):
            break
    v = {"plain": d, "dotted": f"{d[:4]}.{d[4:6]}.{d[6:]}", "spaced": f"{d[:3]} {d[3:6]} {d[6:]}",
         "dashed": f"{d[:3]}-{d[3:6]}-{d[6:]}", "ob": f"NL{d}B01"}[form]
    assert elfproef(d) and (form != "ob" or ob_ok(v))
    return v


def non_elf9(rng, first="123456789"):
    while True:
        d = digits(rng, 9, first)
        if not elfproef(d):
            return d


def elf9(rng):
    """a 9-digit number that passes the elfproef (used as an invoice/reference number: a hard negative)"""
    while True:
        d = digits(rng, 9, "123456789")
        if elfproef(d):
            return d


def card(rng, scheme="visa", form="spaced"):
    if scheme == "visa":
        body = "4" + digits(rng, 14)
    elif scheme == "mc":
        body = str(rng.randint(51, 55)) + digits(rng, 13)
    elif scheme == "mc2":
        body = str(rng.randint(2221, 2720)) + digits(rng, 11)
    elif scheme == "amex":
        body = rng.choice(["34", "37"]) + digits(rng, 12)
    else:
        raise ValueError(scheme)
    for c in DIG:
        if luhn(body + c):
            d = body + c
            break
    if scheme == "amex":
        v = {"spaced": f"{d[:4]} {d[4:10]} {d[10:]}", "compact": d, "dashed": f"{d[:4]}-{d[4:10]}-{d[10:]}"}[form]
    else:
        v = {"spaced": group4(d), "compact": d, "dashed": group4(d, "-")}[form]
    assert card_ok(v), v
    return v


def btw_id(rng, form="compact"):
    while True:
        d = digits(rng, 9, "0123456789")
        if elfproef(d):
            continue
        base = int(_num36("NL" + d + "B") + "00")
        xx = (1 - base) % 97
        if xx == 0:
            xx = 97
        v = f"NL{d}B{xx:02d}"
        if btw_ok(v) and not ob_ok(v):
            break
    if form == "spaced":
        v = f"NL {d[:4]}.{d[4:6]}.{d[6:]}.B{xx:02d}"
    assert btw_ok(v) and not ob_ok(v), v
    return v


def kvk(rng):
    return digits(rng, 8, "123456789")


def nl_doc(rng, kind="id"):
    alnum = [c for c in UPPER + DIG if c not in "O0"]
    letters = [c for c in UPPER if c != "O"]
    first = {"id": "I", "passport": "N"}[kind]
    while True:
        v = first + rng.choice(letters) + "".join(rng.choice(alnum) for _ in range(6)) + rng.choice("123456789")
        if nl_doc_ok(v) and not kenteken_ok(v):
            return v


def residence_doc(rng):
    alnum = [c for c in UPPER + "123456789" if c != "O"]
    v = rng.choice(["III", "IV", "II"]) + "-V" + "".join(rng.choice(alnum) for _ in range(8))
    assert residence_doc_ok(v)
    return v


def de_ausweis(rng):
    al = "CFGHJKLMNPRTVWXYZ0123456789"
    v = rng.choice("LMNPRTVWXY") + "".join(rng.choice(al) for _ in range(8))
    assert de_ausweis_ok(v)
    return v


def uk_passport(rng):
    return non_elf9(rng, "1256")


def pl_passport(rng):
    v = rng.choice("EFGHJKL") + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 7, "123456789")
    assert nl_doc_ok(v)
    return v


def rijbewijs(rng):
    return digits(rng, 10, "45")


def kenteken(rng, sidecode=None, form="hyphen"):
    sc = sidecode or rng.choice([4, 5, 6, 7, 8, 9, 10, 11])
    typ = next(t for t, s in SIDECODES.items() if s == sc)
    g = SIDE_GROUPS[sc]
    cons = sorted(KT_LETTERS - {"M", "W", "Y"})
    while True:
        c = "".join(rng.choice(cons) if t == "X" else rng.choice(DIG if i else DIG[1:]) for i, t in enumerate(typ))
        v = "-".join([c[:g[0]], c[g[0]:g[0] + g[1]], c[g[0] + g[1]:]])
        if kenteken_ok(v):
            break
    if form == "compact":
        v = c
    elif form == "lower":
        v = v.lower()
    elif form == "space":
        v = v.replace("-", " ")
    assert kenteken_ok(v), v
    return v


def de_plate(rng, district=None):
    d = district or rng.choice(["AC", "HS", "DN", "AC", "HS"])
    v = f"{d}-{rng.choice(UPPER.replace('O', '').replace('Q', ''))}{rng.choice(['', rng.choice('ABCDEFGHKLMNPRSTVWXZ')])} {rng.randint(1, 9999)}"
    assert de_plate_ok(v), v
    return v


def ipv4(rng):
    while True:
        v = f"{rng.choice([31, 62, 77, 80, 81, 84, 85, 86, 89, 94, 145, 178, 188, 212, 213, 217])}." \
            f"{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
        if ip_ok(v):
            return v


def ipv6(rng):
    v = f"2a02:{rng.choice(['a44f', 'a46b', '1810', '58'])}:{rng.randint(1, 0xffff):x}:{rng.randint(0, 0xfff):x}:" \
        f"{rng.randint(1, 0xffff):x}:{rng.randint(1, 0xffff):x}:{rng.randint(1, 0xffff):x}:{rng.randint(1, 0xffff):x}"
    assert ip_ok(v), v
    return v


MONTH_NAMES = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}


def rdate(rng, y0, y1):
    start, end = dt.date(y0, 1, 1), dt.date(y1, 12, 31)
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def fdate(d, style):
    if style == "nl":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "nl_short":
        return f"{d.day}-{d.month}-{d.year}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style in ("nl_words", "en_words", "de_words"):
        lang = style[:2]
        return f"{d.day}{'.' if lang == 'de' else ''} {MONTH_NAMES[lang][d.month - 1]} {d.year}"
    if style == "us_words":
        return f"{MONTH_NAMES['en'][d.month - 1]} {d.day}, {d.year}"
    raise ValueError(style)


def dob(rng, y0, y1, style):
    v = fdate(rdate(rng, y0, y1), style)
    assert dob_ok(v), v
    return v


MAIL_DOMAINS = {"nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "home.nl", "live.nl",
                       "icloud.com", "planet.nl"],
                "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
                "be": ["telenet.be", "skynet.be", "proximus.be", "gmail.com"],
                "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "protonmail.com"]}


def fold(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and (c.isalnum() or c in ".-_")).lower()


def email(rng, p, region=None, domain=None):
    region = region or {"nl": "nl", "ma": "nl", "tr": "nl", "de": "de", "be": "be", "en": "en", "in": "en",
                        "pl": "nl", "br": "en"}[p.origin]
    dom = domain or rng.choice(MAIL_DOMAINS[region])
    g, s = fold(p.given), fold(p.last.replace(" ", ""))
    local = rng.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{g}{s}", f"{g}.{s}{rng.randint(70, 99)}", f"{s}.{g}",
                        f"{g}_{s}", f"{g}{rng.randint(1, 9)}{rng.randint(0, 9)}"])
    v = f"{local}@{dom}"
    assert email_ok(v), v
    return v


def lidnr(rng):
    return digits(rng, 8, "2")          # membership numbers: 8 digits starting with 2 (hard negative)


def pasnr(rng):
    """16-digit membership card number: prefix 7 = no card IIN, made Luhn-valid on purpose (trap)"""
    body = "7031" + digits(rng, 11)
    for c in DIG:
        if luhn(body + c):
            return group4(body + c)


# ----------------------------------------------------------------------------------------------------------
# scenarios register here (see below); each runs twice (k = 0, 1)

SCENARIOS = []


def sc(lang, pii):
    def deco(f):
        SCENARIOS.append((lang, f.__name__, pii, f))
        return f
    return deco


# ----------------------------------------------------------------------------------------------------------
# audit

EDGE = set(" \t\r\n\u00a0.,;:!?()[]{}\"'<>/-")
BIRTH_WORDS = re.compile(r"geboren|\bgeb\.|geboortedatum|geb\.\s?datum|verjaardag|jarig|\bborn\b|birth|\bd\.?o\.?b\b|"
                         r"birthday|geburtsdatum|geburtstag|°", re.I)
REF_WORDS = re.compile(r"factuur|invoice|rechnung|order|bestel|dossier|kenmerk|referentie|reference|\bref\b|"
                       r"lidn|lid nr|member|mitglied|\bpas\b|pasnummer|ticket|zaak|vorgang|aanslag|polis|registratie|"
                       r"transacti|machtiging|mandat|debiteur|klantnummer|kundennummer|aktenzeichen|schade", re.I)
DOC_WORDS = re.compile(r"paspoort|passport|id-kaart|id kaart|identiteitskaart|identity card|id card|documentnummer|"
                       r"document number|ausweis|reisepass|rijbewijs|driving licen[cs]e|verblijfs|residence|"
                       r"führerschein|legitimatie", re.I)
KVK_WORDS = re.compile(r"kvk|kamer van koophandel|chamber of commerce|\bcoc\b|handelsregister", re.I)
PLATE_WORDS = re.compile(r"kenteken|auto\b|\bcar\b|registration|\breg\b|kennzeichen|bus\b|busje|wagen|plate|"
                         r"fahrzeug|vehicle|\bvan\b|polo|golf|transporter|scooter|nummerplaat", re.I)
WORD_RE = re.compile(r"\w+")


def _cov(a, b, cs, negs, org=()):
    return any(s < b and a < e for s, e, *_ in cs) or any(s < b and a < e for s, e in negs) or \
        any(s <= a and b <= e for s, e in org)


def org_ranges(text):
    """where the organisation's own IBANs, phones, KvK/btw numbers and addresses occur (any written form)"""
    out = []
    forms = []
    for v in ORG["ibans"]:
        forms += [v, group4(v), group4(v, NBSP), v.lower()]
    forms += ORG["kvk"] + ORG["btw"] + ORG["addresses"] + [ORG_CREDITOR_GYM, ORG_CREDITOR_CLUB]
    for f in forms:
        for mo in re.finditer(re.escape(f), text):
            out.append(mo.span())
    return out


def _blank_nonperson(text):
    t = text
    for ph in NONPERSON + ORG["names"]:
        t = t.replace(ph, " " * len(ph))
    for h in ORG["handles"]:
        t = t.replace(h, " " * len(h))
    t = re.sub(r"[\w.+-]+@[\w.-]+", lambda mo: " " * len(mo.group(0)), t)  # e-mail local parts
    t = re.sub(r"@\w+", lambda mo: " " * len(mo.group(0)), t)           # handles are never persons
    return t


def _trim_valid(cand, ok):
    """shrink a greedy phone-like match from the right until it validates"""
    c = cand
    while len(re.sub(r"\D", "", c)) >= 8:
        if ok(c):
            return c
        c = c[:-1].rstrip(" -./(")
    return None


def audit(rec):
    errs = []
    text, cs, negs = rec["text"], rec["cspans"], rec["negs"]

    def err(msg):
        errs.append(f"{rec['id']} ({rec['scenario']}/{rec['k']}): {msg}")

    for a, b in zip(cs, cs[1:]):
        if b[0] < a[1]:
            err(f"overlap {a} {b}")
    org_long = [n for n in ORG["names"] if len(n) > 6]
    for s, e, lab, v in cs:
        if text[s:e] != v:
            err(f"span text mismatch {v!r}")
        if v[0] in EDGE or v[-1] in EDGE:
            err(f"edge char in {lab} {v!r}")
        if not value_ok(lab, v):
            err(f"invalid {lab} {v!r}")
        if is_org_value(v) or any(n in v for n in org_long):
            err(f"organisation data labelled: {v!r}")
        if lab == "PERSON":
            for t in _name_tokens(v):
                if t.lower() not in NAME_TOKENS_ALL and not re.fullmatch(r"[A-Z]", t):
                    err(f"PERSON token not in lists: {t!r} in {v!r}")
            for ph in NONPERSON:
                for mo in re.finditer(re.escape(ph), text):
                    if mo.start() <= s and e <= mo.end():
                        err(f"PERSON inside non-person name {ph!r}")
        if lab == "DATE_OF_BIRTH":
            near = text[max(0, s - 120):s] + " " + text[e:e + 40]
            line_start = text.rfind("\n", 0, s) + 1
            line = text[line_start:text.find("\n", e) if text.find("\n", e) >= 0 else len(text)]
            table = bool(re.search(r"[;\t|]", line)) and any(
                BIRTH_WORDS.search(ln) and re.search(r"[;\t|]", ln) for ln in text[:line_start].splitlines())
            if not (BIRTH_WORDS.search(near) or table):
                err(f"DATE_OF_BIRTH without birth word: {v!r}")
        if lab == "ID_DOCUMENT" and not DOC_WORDS.search(text[max(0, s - 90):s]):
            err(f"ID_DOCUMENT without document word: {v!r}")
        if lab == "KVK" and not KVK_WORDS.search(text[max(0, s - 30):s]):
            err(f"KVK without KvK word: {v!r}")
        if lab == "LICENSE_PLATE" and not PLATE_WORDS.search(text[max(0, s - 120):e + 60]):
            err(f"LICENSE_PLATE without vehicle word: {v!r}")
    # every repeat of a labelled value is labelled
    for s, e, lab, v in cs:
        if lab == "PERSON":
            continue
        for mo in re.finditer(re.escape(v), text):
            if not any(a <= mo.start() and mo.end() <= b for a, b, *_ in cs):
                err(f"unlabelled repeat of {lab} {v!r}")
    orgr = org_ranges(text)
    cov = lambda a, b: _cov(a, b, cs, negs, orgr)  # noqa: E731

    # scanners: never left unlabelled
    for mo in EMAIL_RE.finditer(text):
        if not is_org_value(mo.group(0)) and not cov(*mo.span()):
            err(f"unlabelled e-mail {mo.group(0)!r}")
    for mo in re.finditer(r"(?<![A-Za-z0-9])([A-Za-z]{2})\d{2}", text):
        cc = mo.group(1).upper()
        if cc not in IBAN_LEN:
            continue
        i, comp = mo.start(), ""
        while i < len(text) and len(comp) < IBAN_LEN[cc]:
            ch = text[i]
            if ch.isalnum():
                comp += ch
            elif ch not in " \u00a0.-":
                break
            i += 1
        if len(comp) == IBAN_LEN[cc] and iban_ok(comp) and not is_org_value(comp) and not cov(mo.start(), i):
            err(f"unlabelled IBAN {comp!r}")
    for mo in re.finditer(r"(?<!\d)\d(?:[ \-\u00a0]?\d){11,18}(?!\d)", text):
        if card_ok(mo.group(0)) and not cov(*mo.span()):
            err(f"unlabelled card {mo.group(0)!r}")
    for mo in re.finditer(r"(?<![\w.,])(\d{9}|\d{8}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .\-]\d{3}[ .\-]\d{3})(?!\w|[.,]\d)", text):
        v = mo.group(0)
        if len(v) == 8 and not re.search(r"bsn|sofi|burgerservice|citizen|bürgerservice", text[max(0, mo.start() - 40):mo.start()], re.I):
            continue
        if elfproef(v) and not cov(*mo.span()) and not is_org_value(v):
            line_start = text.rfind("\n", 0, mo.start()) + 1
            if not REF_WORDS.search(text[max(line_start, mo.start() - 40):mo.start()]):
                err(f"unlabelled elfproef number {v!r}")
    for mo in re.finditer(r"(?i)(?:NL)?\s?\d{4}\.?\d{2}\.?\d{3}\.?\s?B\d\d", text):
        v = mo.group(0).strip()
        if (btw_ok(v) or ob_ok(v)) and not cov(*mo.span()) and not is_org_value(v):
            err(f"unlabelled btw/OB number {v!r}")
    phone_pats = [
        (r"(?:\+31|0031)[ \-\u00a0]?(?:\(0\)\s?)?[1-9][\d \-().\u00a0]{7,14}\d", nl_phone),
        (r"(?<![\d+])0[1-9][\d \-()./\u00a0]{7,13}\d", lambda x: nl_phone(x) or be_phone(x) or de_phone(x) or uk_phone(x)),
        (r"\(0\d{2,4}\)[\d \-\u00a0]{6,12}\d", phone_ok),
        (r"(?:\+|00)(?:32|49|44)[ \-\u00a0]?(?:\(0\)\s?)?[1-9][\d \-()./\u00a0]{6,15}\d", phone_ok),
    ]
    for pat, ok in phone_pats:
        for mo in re.finditer(pat, text):
            v = _trim_valid(mo.group(0), ok)
            if v and not is_org_value(v) and not cov(mo.start(), mo.start() + len(v)):
                err(f"unlabelled phone {v!r}")
    for mo in re.finditer(r"(?<!\w)[1-9]\d{3}[ \u00a0]?[A-Z]{2}(?!\w)", text):
        v = mo.group(0)
        if nl_postcode(v) and not cov(*mo.span()) and not any(v.replace(NBSP, " ") in a for a in ORG["addresses"]):
            err(f"unlabelled postcode {v!r}")
    for mo in re.finditer(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w]|\.\d)", text):
        if ip_ok(mo.group(0)) and not cov(*mo.span()):
            err(f"unlabelled public IPv4 {mo.group(0)!r}")
    for mo in re.finditer(r"(?<![\w:])[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])", text):
        if ip_ok(mo.group(0)) and not cov(*mo.span()):
            err(f"unlabelled public IPv6 {mo.group(0)!r}")
    for mo in KVK_WORDS.finditer(text):
        for m2 in re.finditer(r"(?<!\d)\d{8}(?!\d)", text[mo.end():mo.end() + 30]):
            a = mo.end() + m2.start()
            if not cov(a, a + 8) and not is_org_value(m2.group(0)):
                err(f"unlabelled KvK {m2.group(0)!r}")
    date_re = re.compile(r"(?<![\d.])(?:\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4}|\d{4}-\d\d-\d\d|\d{1,2}\.? [A-Za-zä]+\.? \d{4}|"
                         r"[A-Z][a-z]+ \d{1,2},? \d{4})(?![\d])")
    header_birth = [ln for ln in text.splitlines() if BIRTH_WORDS.search(ln) and re.search(r"[;\t|]", ln)]
    for mo in date_re.finditer(text):
        if not dob_ok(mo.group(0)) or cov(*mo.span()):
            continue
        line_start = text.rfind("\n", 0, mo.start()) + 1
        line_end = text.find("\n", mo.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        near = text[max(0, mo.start() - 60):mo.start()] + " " + text[mo.end():mo.end() + 25]
        if BIRTH_WORDS.search(near) or (header_birth and re.search(r"[;\t|]", line)):
            err(f"unlabelled date near a birth word {mo.group(0)!r}")
    for mo in BIRTH_WORDS.finditer(text):
        window = text[mo.end():mo.end() + 45]
        for m2 in re.finditer(r"\d{1,2}[-./ ]\d{1,2}[-./ ]\d{2,4}|\d{4}-\d\d-\d\d|\d{1,2}\.? [A-Za-zä]+\.? \d{4}|[A-Z][a-z]+ \d{1,2},? \d{4}", window):
            a = mo.end() + m2.start()
            if dob_ok(m2.group(0)) and not cov(a, a + len(m2.group(0))):
                err(f"unlabelled date after birth word {m2.group(0)!r}")
    for mo in DOC_WORDS.finditer(text):
        for m2 in re.finditer(r"[A-Z0-9][A-Z0-9\-]{7,13}", text[mo.end():mo.end() + 60]):
            v = m2.group(0)
            a = mo.end() + m2.start()
            if (nl_doc_ok(v) or residence_doc_ok(v) or de_ausweis_ok(v) or re.fullmatch(r"\d{9,10}", v)) \
                    and not cov(a, a + len(v)):
                err(f"unlabelled document number {v!r}")
    for mo in re.finditer(r"(?<![\w-])[A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,3}(?![\w-])", text):
        if kenteken_ok(mo.group(0)) and not cov(*mo.span()):
            err(f"unlabelled kenteken {mo.group(0)!r}")
    for mo in PLATE_WORDS.finditer(text):
        for m2 in re.finditer(r"(?<![\w-])(?:[A-Za-z0-9]{6}|[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} ?\d{1,4})(?![\w-])", text[mo.end():mo.end() + 40]):
            a = mo.end() + m2.start()
            if (kenteken_ok(m2.group(0)) or de_plate_ok(m2.group(0))) and not cov(a, a + len(m2.group(0))):
                err(f"unlabelled plate after vehicle word {m2.group(0)!r}")
    for s, e, lab, v in cs:       # a postcode right after a labelled street address
        if lab != "ADDRESS":
            continue
        m2 = re.match(r"(?:,? ?\n?(?:[A-Z][a-zäöü\-]+\n)?)\s*([1-9]\d{3}\s?[A-Za-z]{2}|\d{4,5}|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})(?!\w)",
                      text[e:e + 40])
        if m2 and postcode_ok(m2.group(1)) and not cov(e + m2.start(1), e + m2.end(1)):
            err(f"unlabelled postcode after address {m2.group(1)!r}")
    for st in ALL_STREETS:
        for mo in re.finditer(re.escape(st) + r" \d", text):
            if not cov(*mo.span()):
                err(f"unlabelled street + number {st!r}")
    blank = _blank_nonperson(text)
    for mo in WORD_RE.finditer(blank):
        if mo.group(0).lower() in NAME_TOKENS:
            if not any(s <= mo.start() and mo.end() <= e and lab == "PERSON" for s, e, lab, _ in cs) \
                    and not any(s <= mo.start() and mo.end() <= e for s, e in negs):
                err(f"unlabelled name token {mo.group(0)!r}")
    if rec["pii"] != bool(cs):
        err(f"pii flag {rec['pii']} but {len(cs)} spans")
    return errs


# ----------------------------------------------------------------------------------------------------------
# helpers for writing texts

def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def S(key):
    return STAFF[key]


def pick(rng, *xs):
    return rng.choice(xs)


def match_date(rng, y=2025, months=(9, 10, 11), weekday=5):
    d = dt.date(y, rng.choice(months), rng.randint(1, 21))
    return d + dt.timedelta(days=(weekday - d.weekday()) % 7)


DAGEN = ["ma", "di", "wo", "do", "vr", "za", "zo"]
TAGE = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
CLUBS = ["RKVV De Sterrenhoek", "VV Mergelland", "SC Kasteelpark", "RKSV Geuldal '31", "VV Heidebloem",
         "SV Terworm Noord"]
HOCKEYCLUBS = ["HC Heuvelland", "MHC Mijnstreek", "HC Jekervallei", "HV Kempenbroek"]


# ==========================================================================================================
# Dutch — with personal data (19 scenarios)

@sc("nl", True)
def nl_aanmelding(rng, k, ppl):
    if k == 0:
        p = ppl.new(pick(rng, "nl", "nl", "ma", "tr"))
        a = nl_addr(rng)
        return f"""Nieuwe aanmelding via kwieksport.example/aanmelden
-------------------------------------------------
Abonnement:        All-in Flex (12 mnd) – € 39,95 p/m
Vestiging:         {pick(rng, 'Kwiek Gym Heerlen-Centrum', 'Kwiek Sittard', 'Kwiek Maastricht-Randwyck')}
Voornaam:          {P(p.given)}
Achternaam:        {P(p.last)}
Geboortedatum:     {DOB(dob(rng, 1968, 2006, 'nl'))}
Straat + huisnr:   {AD(a.street)}
Postcode:          {PC(a.pc.replace(' ', ''))}
Woonplaats:        {a.town.upper()}
Mobiel:            {PH(nl_mobile(rng, 3))}
E-mail:            {EM(email(rng, p))}
IBAN:              {IB(iban(rng, 'NL'))}
Rekeninghouder:    {P(p.ini)}
Startdatum:        01-11-2025
Inschrijfgeld:     € 19,95 (actiecode HERFST25)
Machtiging:        akkoord op 12-10-2025 21:14 vanaf IP {IP(ipv4(rng))}
Lidnummer (nieuw): {N(lidnr(rng))}"""
    p = ppl.new("nl", "F")
    q = ppl.partner(p)
    a = nl_addr(rng, "Sittard")
    return f"""Onderwerp: aanmelden voor 2 personen (duo)

Hallo,

Wij willen ons graag allebei inschrijven voor het duo-abonnement (€ 64,90 per maand) bij Kwiek Sittard.
Ik ben {P(p.full)}, geboren {DOB(dob(rng, 1980, 1999, 'nl_words'))}, en mijn vriend heet {P(q.full)} (geb. {DOB(dob(rng, 1978, 1999, 'nl_short'))}). Hij heeft nog geen pasfoto, die maken jullie toch aan de balie?
We wonen samen op {AD(a.street)}, {PC(a.pc)} {a.town}.
De contributie mag van mijn rekening: {IB(iban(rng, 'NL', 'nbsp'))} t.n.v. {P(p.ini)}.
Bel gerust op {PH(nl_mobile(rng, 1))} als er nog iets mist.

Groetjes,
{P(p.given)}"""


@sc("nl", True)
def nl_opzegging(rng, k, ppl):
    if k == 0:
        p = ppl.new(pick(rng, "nl", "nl", "tr"))
        a = nl_addr(rng, pick(rng, "Maastricht", "Geleen"))
        nr = lidnr(rng)
        return crlf(f"""Betreft: opzegging lidmaatschap – lidnummer {N(nr)}

Geachte heer/mevrouw,

Hierbij zeg ik mijn abonnement bij Kwiek Gym Heerlen-Centrum op per 30-11-2025. Ik verhuis naar {AD(a.street)}, {PC(a.pc.replace(' ', NBSP))} {a.town} en daar zit geen vestiging van jullie in de buurt.
Wilt u de automatische incasso van rekening {IB(iban(rng, 'NL'))} na de laatste termijn (november) stopzetten?
Mijn ledenpas ({N(pasnr(rng))}) lever ik in bij de balie, kluisje 118 heb ik al leeggemaakt.

Met vriendelijke groet,

{P(p.full)}
{PH(nl_mobile(rng, 0))}""")
    p = ppl.new("nl", "F")
    nr = lidnr(rng)
    ib = iban(rng, "NL")
    return f"""[09:12, 3-10-2025] {P(p.full.lower())}: hoi ik wil mn abbo opzeggen, ben zwanger en mag van de verloskundige voorlopig niet meer aan de gewichten 😕 lidnr {N(nr)}
[09:40, 3-10-2025] Kwiek Ledenservice: Hoi {P(p.given)}! Gefeliciteerd 🎉 Opzeggen kan per de 1e van de maand met 1 maand opzegtermijn. Je kunt ook bevriezen (max. 6 mnd, € 5 p/m). Groetjes, {P(S('romy').given)}
[09:43, 3-10-2025] {P(p.full.lower())}: oh bevriezen is beter! zelfde rekening blijft ({IB(ib)})
[09:44, 3-10-2025] Kwiek Ledenservice: Staat erin per 01-11-2025 👍"""


@sc("nl", True)
def nl_machtiging(rng, k, ppl):
    par = ppl.new(pick(rng, "nl", "nl", "ma"))
    kid = ppl.kid(par, "M" if k == 0 else "F")
    other = ppl.partner(par)
    if k == 0:
        return f"""Beste ledenadministratie,

Vanaf de volgende termijn wil ik de contributie van onze zoon {P(kid.full)} (JO13-2, lidnr {N(lidnr(rng))}) van een andere rekening laten afschrijven.
Nieuw rekeningnummer: {IB(iban(rng, 'NL', 'spaced'))}
Ten name van: {P(other.full)}
De oude rekening (NL** RABO **** **41 07) wordt opgeheven, dus de incasso van oktober (€ 47,50) graag ook opnieuw.

Vriendelijke groet,
{P(par.full)}
{PH(nl_mobile(rng))}"""
    a = nl_addr(rng, pick(rng, "Kerkrade", "Landgraaf", "Brunssum"))
    return f"""WIJZIGINGSFORMULIER DOORLOPENDE SEPA-MACHTIGING
Incassant:                 Sportvereniging Kwiek '58
Incassant-ID:              {ORG_CREDITOR_CLUB}
Kenmerk machtiging:        KW58-{N(digits(rng, 6, '1234'))}
Naam lid:                  {P(kid.full)}          Team: MO15-1 (rugnr 14)
Naam rekeninghouder:       {P(other.rev)}
IBAN:                      {IB(iban(rng, 'NL'))}
Adres rekeninghouder:      {AD(a.street)}  {PC(a.pc)}  {a.town.upper()}
Plaats en datum:           {a.town}, 14-09-2025
Handtekening:              (getekend)
-- retour aan penningmeester {P(S('ingrid').full)}, p/a Hoefveldweg 15, 6361 HX Nuth"""


@sc("nl", True)
def nl_zwemles(rng, k, ppl):
    mom = ppl.new(pick(rng, "nl", "nl", "tr", "ma"), "F")
    if k == 0:
        kid = ppl.kid(mom, "F")
        return f"""Hallo,

Graag wil ik mijn dochter aanmelden voor zwemles (diploma A) bij Zwembad De Geulpoort.
Naam: {P(kid.full)}
Geboortedatum: {DOB(dob(rng, 2019, 2020, 'nl'))}
Ze heeft al watergewenning gehad in Brunssum (4 maanden). Voorkeur: woensdag 15:30 of zaterdag 09:15, baan 1-2.
Ouder: {P(mom.full)}, tel. {PH(nl_mobile(rng, 2))}, {EM(email(rng, mom))}

Alvast bedankt!"""
    dad = ppl.partner(mom, "M")
    k1 = ppl.kid(dad, "F")
    k2 = ppl.kid(dad, "M")
    return f"""Goedemiddag {P(S('chantal').given)},

Zoals vanochtend aan de rand van het bad besproken: {P(k1.given)} heeft zaterdag haar A-diploma gehaald 🎉 en mag door naar B (groep B2, za 10:00).
Haar broertje {P(k2.given)} wil nu ook beginnen, hij is op {DOB(dob(rng, 2019, 2020, 'nl_words'))} geboren dus net 5. Kan hij in dezelfde tijd, dan hoeven we maar één keer te rijden?
Lidnummers: {N(lidnr(rng))} ({P(k1.given)}) en die van {P(k2.given)} krijgen we nog.

Groet,
{P(dad.full)}"""


@sc("nl", True)
def nl_ouders_app(rng, k, ppl):
    coach = ppl.new("nl", "M")
    p1 = ppl.new(pick(rng, "nl", "tr"), "F")
    k1 = ppl.kid(p1, "M")
    p2 = ppl.new(pick(rng, "nl", "ma"), "M")
    k2 = ppl.kid(p2, "M")
    p3 = ppl.new("nl", "F")
    if k == 0:
        d = match_date(rng)
        return f"""[18:02, {d.day}-{d.month}-2025] {P(coach.full)}: Zaterdag uit bij {pick(rng, *CLUBS)} JO11-1, aftrap 10:30, verzamelen 09:30 bij het clubhuis. Wie kan er rijden? 🚗
[18:05, {d.day}-{d.month}-2025] {P(p1.given)} (mama {P(k1.given)}): Ik kan 3 kinderen meenemen
[18:06, {d.day}-{d.month}-2025] {P(p2.full)}: {P(k2.given)} is ziek, hij kan niet 🤒
[18:10, {d.day}-{d.month}-2025] {P(p3.given)}: ik rij ook. wie mee wil app me even op {PH(nl_mobile(rng, 0))}
[18:11, {d.day}-{d.month}-2025] {P(coach.given)}: Top! Shirts nr 4 t/m 11 liggen bij {P(p1.given)}, graag meenemen 👕 Uitslag vorige week was trouwens 6-2 gewonnen 💪"""
    return f"""{P(coach.given)} (trainer JO9-4): Wasrooster najaar staat in de app. Deze week wast {P(p3.full)} de tenues.
{P(p2.given)}: welkom aan de nieuwe ouders! Zijn jullie al in de groep?
~ {P(p1.given)}: Ja, ik ben {P(p1.full)}, moeder van {P(k1.given)}. Mijn nummer is {PH(nl_mobile(rng, 5))} voor de rijlijst 😊
{P(coach.given)}: Welkom {P(p1.given)}! Training is di en do 17:30-18:30 op veld 3, wedstrijden za 08:45 verzamelen.
{P(p2.given)}: en niet vergeten: bidon met naam erop, vorige week lagen er weer 5 in de kantine"""


@sc("nl", True)
def nl_wedstrijdverslag(rng, k, ppl):
    pl = [ppl.new(pick(rng, "nl", "nl", "nl", "ma", "tr"), "M" if k == 0 else "F") for _ in range(4)]
    writer = ppl.new("nl")
    if k == 0:
        opp = pick(rng, *CLUBS)
        return f"""Heren 3 – {opp} 3: 3-1

Op een zonnig Sportpark Hoefveld (veld 2) pakte Heren 3 de volle buit. Na 12 minuten opende {P(pl[0].full)} de score na een voorzet van {P(pl[1].full)}. In de 34e minuut kopte onze nummer 9, {P(pl[2].full)}, de 2-0 binnen.
Na rust kwam {' '.join(opp.split()[1:])} terug tot 2-1, maar invaller {P(pl[3].full)} besliste het duel in de 88e minuut: 3-1.
Man of the match: {P(pl[0].Last)}. Volgende week thuis tegen VV Heidebloem 3, aftrap 14:30. Shirtsponsor Autobedrijf Henk Smit B.V. trakteert na afloop op de eerste ronde in de kantine 🍺

Verslag: {P(writer.given)}"""
    opp = pick(rng, *HOCKEYCLUBS)
    return f"""Dames 1 speelt gelijk in topper ({opp} D1 – Kwiek '58 D1: 2-2)

Zondag om 12:45 op het kunstgras van {opp} (veld 1). Al na 4 minuten stond Kwiek achter, maar uit een strafcorner tikte {P(pl[0].full)} de gelijkmaker binnen. Vlak voor rust werd het 2-1 na een mooie solo van aanvoerder {P(pl[1].full)} (rugnummer 7).
In het derde kwart kreeg {P(pl[2].given)} een groene kaart, en in de overtal scoorde {' '.join(opp.split()[1:])} de 2-2. Keeper {P(pl[3].full)} hield met twee reddingen in de laatste minuut een punt vast.
Stand: Kwiek D1 staat 3e met 14 punten uit 7 wedstrijden. De zaalcompetitie start op 7 december in Sporthal De Kamp.
#hockey #dames1 #kwiek58"""


@sc("nl", True)
def nl_bardienst(rng, k, ppl):
    ps = [ppl.new(pick(rng, "nl", "nl", "nl", "ma", "tr", "be")) for _ in range(5)]
    if k == 0:
        rows = []
        slots = [("za 01-11", "08:30-12:30"), ("za 01-11", "12:30-17:00"), ("zo 02-11", "09:00-13:00"),
                 ("za 08-11", "08:30-12:30"), ("za 08-11", "12:30-17:00")]
        for (d, t), p in zip(slots, ps):
            rows.append(f"{d}   | {t}   | {P(p.full)}{' ' * max(1, 24 - len(p.full))}| {PH(nl_mobile(rng, rng.choice([0, 2, 3])))}")
        body = "\n".join(rows)
        return f"""Bardienstrooster november – kantine Sportpark Hoefveld

datum      | tijd          | naam                    | telefoon
{body}

Ruilen? Regel het onderling en geef het door aan {P(S('ingrid').full)} (penningmeester@svkwiek58.example).
De kassalade wordt om 17:00 geteld, de sleutel ligt bij het wedstrijdsecretariaat. Pinautomaat werkt weer (storing 14-10 opgelost)."""
    lines = []
    teams = ["JO9-2", "JO9-4", "JO10-1", "JO11-3", "MO11-1"]
    for i, (t, p) in enumerate(zip(teams, ps)):
        lines.append(f"{t} – {pick(rng, *CLUBS)} {t.split('-')[0]}-{rng.randint(1, 3)} | veld {rng.randint(1, 4)}{'ab'[i % 2]} | "
                     f"{8 + i // 2:02d}:{'00' if i % 2 == 0 else '45'} | scheids: {P(p.given + ' ' + p.last)}")
    return f"""Scheidsrechtersrooster pupillen, zaterdag 18 oktober
(pupillen fluiten we zelf, dus ouders: fluitje mee!)

""" + "\n".join(lines) + f"""

Afmelden uiterlijk donderdag bij {P(S('sjef').full)}, wedstrijdsecretaris, via {PH(nl_mobile(rng, 0))} (alleen app).
Let op: JO11-3 speelt op het halve veld, wedstrijdduur 2 x 30 min."""


@sc("nl", True)
def nl_vog(rng, k, ppl):
    p = ppl.new(pick(rng, "nl", "nl", "ma", "be"))
    a = nl_addr(rng)
    mk = S("marieke")
    if k == 0:
        return f"""Hoi {P(mk.given)},

Voor de VOG-aanvraag (ik word trainer van JO8-1) hierbij mijn gegevens:
Volledige naam: {P(p.full)}
Geboren: {DOB(dob(rng, 1975, 2005, 'nl'))} te Heerlen
BSN: {BS(bsn(rng, 'plain'))}
Adres: {AD(a.street)}, {PC(a.pc)} {a.town}
E-mail voor de link van Justis: {EM(email(rng, p))}

Groet, {P(p.given)}"""
    em = email(rng, p)
    return f"""---------- Doorgestuurd bericht ---------
Van: {P(p.full)} <{EM(em)}>
Datum: di 7 okt. 2025 om 20:41
Onderwerp: VOG vrijwilliger zwemles
Aan: <vog@svkwiek58.example>

Beste mevrouw {P(mk.Last)},

Vanaf november help ik mee als badassistent bij de zaterdagles (groep A1-A3). Voor de VOG: naam {P(p.full)}, geboortedatum {DOB(dob(rng, 1960, 2003, 'nl_short'))}, BSN {BS(bsn(rng, 'dashed'))}, ID-kaart {ID(nl_doc(rng, 'id'))}. Mijn adres is {AD(a.street)} in {a.town}.
Moet ik de € 41,35 zelf betalen of doet de vereniging dat?

Met vriendelijke groet,
{P(p.full)}"""


@sc("nl", True)
def nl_camera(rng, k, ppl):
    p = ppl.new(pick(rng, "nl", "nl", "ma", "tr"))
    if k == 0:
        return f"""Goedenavond,

Vanmiddag tussen 14:00 en 15:30 is op jullie parkeerplaats bij Zwembad De Geulpoort mijn auto ({LP(kenteken(rng))}) aangereden. Er zit een flinke deuk in het achterportier. Een andere bezoeker zag een witte bestelbus wegrijden, kenteken waarschijnlijk {LP(kenteken(rng, form='compact'))}.
Mogen de camerabeelden van de parkeerplaats bekeken worden? Ik heb aangifte gedaan (registratienummer {N('2025' + digits(rng, 6))}).

Mijn naam is {P(p.full)}, bereikbaar op {PH(nl_mobile(rng, 4))}.
Alvast bedankt."""
    staff = S("twan")
    return f"""Hallo,

Dinsdagavond (rond 20:15) is mijn fiets gestolen uit het fietsenrek voor Kwiek Gym Heerlen-Centrum, terwijl ik aan het trainen was. Het is een zwarte Gazelle met een groen krat, framenummer {N('GZ' + digits(rng, 8))}. {P(staff.given)} van de balie zei dat er een camera boven de ingang hangt.
Kunnen jullie de beelden bewaren tot de politie ze opvraagt? Mijn mailadres is {EM(email(rng, p))}.

Groetjes, {P(p.full)}"""


@sc("nl", True)
def nl_kluis(rng, k, ppl):
    p = ppl.new(pick(rng, "nl", "nl", "tr", "pl"))
    if k == 0:
        return f"""Hallo, gisteravond (ma 6 okt, ca. 19:45) is uit kluisje 231 in de herenkleedkamer van Kwiek Sittard mijn portemonnee gestolen. Er zat o.a. mijn ID-kaart in (documentnummer {ID(nl_doc(rng, 'id'))}) en mijn pinpas (eindigend op {N(digits(rng, 4))}). De ID-kaart heb ik inmiddels als gestolen gemeld bij de gemeente.
Zijn er beelden van de gang? Het slot was niet geforceerd, het sleuteltje had ik gewoon bij me.

{P(p.full)}
{PH(nl_mobile(rng, 1))}"""
    staff = S("twan")
    return f"""Balienotitie Kwiek Gym Heerlen-Centrum – 09-10-2025 07:10
Gevonden in kluis 118 (sleutel zat er nog in): rijbewijs op naam van {P(p.full)}, geb. {DOB(dob(rng, 1970, 2004, 'nl'))}, achterkant BSN/rijbewijsnummer {BS(bsn(rng))}/{ID(rijbewijs(rng))}.
Eigenaar gebeld op {PH(nl_mobile(rng, 0))}, komt het vanavond na 18:00 ophalen. Ligt in de kluis achter de balie (envelop 14).
/{P(staff.given)}"""


@sc("nl", True)
def nl_klacht(rng, k, ppl):
    p = ppl.new(pick(rng, "nl", "nl", "ma", "be"))
    pt = S("yusuf")
    if k == 0:
        return crlf(f"""Onderwerp: klacht personal training

Goedemiddag,

Ik heb in september een pakket van 10 PT-sessies gekocht (€ 450,-) bij {P(pt.full)}. Inmiddels zijn er 3 sessies door hem afgezegd, de laatste keer 10 minuten van tevoren terwijl ik al in de kleedkamer stond. Met mijn knieblessure heb ik die begeleiding juist nodig.
Ik wil graag dat de afgezegde sessies worden verlengd of terugbetaald op {IB(iban(rng, 'NL', 'spaced'))}.
Mijn lidnummer is {N(lidnr(rng))}. Bellen kan ook: {PH(nl_mobile(rng, 6))}.

Met vriendelijke groet,
{P(p.full)}""")
    q = ppl.new("nl", "M")
    return f"""Beste {P(S('twan').given)},

Ik wil melding maken van grensoverschrijdend gedrag in de vrije-gewichtenruimte. Een man (hij heet {P(q.full)}, traint altijd op di/do rond 19:00) maakt opmerkingen over vrouwen die trainen en filmt met zijn telefoon. Ik ben niet de enige die dat merkt.
Ik wil liever niet dat hij weet dat dit van mij komt. Je kunt mij bereiken via {EM(email(rng, p))}.

{P(p.given)}"""


@sc("nl", True)
def nl_sponsorcontract(rng, k, ppl):
    ing = S("ingrid")
    if k == 0:
        c = ppl.new("nl", "M", sur="Huntjens")
        a = nl_addr(rng, "Voerendaal")
        return f"""Van: {P(ing.full)} <penningmeester@svkwiek58.example>
Aan: bestuur@svkwiek58.example
Onderwerp: Sponsorovereenkomst Installatiebedrijf Gebr. Huntjens – JO13-2 en JO13-3

Hoi allen,

Getekend retour! Gegevens voor de factuur:
Installatiebedrijf Gebr. Huntjens V.O.F.
Contactpersoon: {P(c.full)}
{AD(a.street)}, {PC(a.pc)} Voerendaal
KvK {KVK(kvk(rng))}
Btw-id {BTW(btw_id(rng))}
Bedrag: € 1.250,- per seizoen (2025-2026 en 2026-2027): shirts JO13-2/JO13-3 + reclamebord langs veld 1.
Eventuele restitutie naar {IB(iban(rng, 'NL', 'spaced', 'RABO'))}.

Groet, {P(ing.given)}"""
    c = ppl.new("nl", "F")
    a = nl_addr(rng, pick(rng, "Heerlen", "Kerkrade"))
    return f"""SPONSOROVEREENKOMST nr. SP-2025-07

Partijen:
1. Sportvereniging Kwiek '58, Hoefveldweg 15, 6361 HX Nuth, KvK 40179364, hierna: de vereniging;
2. Bakkerij Van Dam, gevestigd {AD(a.street)}, {PC(a.pc)} {a.town}, ingeschreven in het handelsregister onder KvK-nummer {KVK(kvk(rng))}, btw-identificatienummer {BTW(btw_id(rng, 'spaced'))}, vertegenwoordigd door {P(c.full)}, eigenaar.

Art. 2 – De sponsor betaalt € 750,- per jaar, voor het eerst op 01-01-2026, op rekening {ORG_IBAN_CLUB} t.n.v. Sportvereniging Kwiek '58.
Art. 3 – De vereniging plaatst het logo op de trainingspakken van MO15-1 en bij het scorebord van het Johan Cruijff Court.
Art. 4 – De overeenkomst loopt tot 30-06-2027 en wordt niet stilzwijgend verlengd."""


@sc("nl", True)
def nl_factuur_zzp(rng, k, ppl):
    p = ppl.new(pick(rng, "nl", "nl", "be", "pl"))
    a = nl_addr(rng)
    if k == 0:
        return f"""FACTUUR 2025-031

Aan: Kwiek Sport B.V., t.a.v. crediteurenadministratie, Postbus 3110, 6401 DC Heerlen

Van: {P(p.full)} – zwem- en aquasportinstructeur
{AD(a.street)}
{PC(a.pc)}  {a.town.upper()}
KvK: {KVK(kvk(rng))}   Btw-id: {BTW(btw_id(rng))}
Factuurdatum: 30-09-2025   Vervaldatum: 30-10-2025

Omschrijving                          uren   tarief     bedrag
Aquajoggen Geulpoort (sept)           12     € 42,50    € 510,00
Zwemles groep B3 (invalbeurten)        4     € 38,00    € 152,00
Subtotaal € 662,00 | btw 21% € 139,02 | Totaal € 801,02

Graag overmaken op {IB(iban(rng, 'NL', 'spaced'))} t.n.v. {P(p.ini)} o.v.v. factuurnummer."""
    return f"""Hoi {P(S('romy').given)},

Bijgaand (nou ja, hieronder, de pdf lukte niet) mijn factuur voor de bootcamplessen van augustus en september:
- 16 lessen à € 55,- = € 880,-
- Ik ben vrijgesteld van btw (KOR), dus geen btw.
Mijn KvK is {KVK(kvk(rng))}, omzetbelastingnummer {BS(bsn(rng, 'ob'))} (nog de oude, de nieuwe heb ik niet bij de hand).
Betaling graag op {IB(iban(rng, 'NL'))}.

Sportieve groet,
{P(p.full)}
{PH(nl_mobile(rng, 2))}"""


@sc("nl", True)
def nl_gastpas(rng, k, ppl):
    p = ppl.new(pick(rng, "nl", "ma", "tr"), "F")
    if k == 0:
        sis = ppl.new(p.origin, "F", sur=p.last)
        return f"""Hoi!

Mijn zus komt 2 weken logeren en wil graag mee sporten. Kan ik voor haar een gastpas (10 bezoeken) kopen? Moet ik haar gegevens doorgeven?
Naam: {P(sis.full)}, geboren {DOB(dob(rng, 1985, 2005, 'nl'))}. Ze neemt haar paspoort mee als legitimatie.
Betalen mag met mijn creditcard: {CC(card(rng, 'mc'))}, geldig t/m 03/28.
Ik ben zelf lid onder nummer {N(lidnr(rng))} en zit meestal in Kwiek Sittard.

Groetjes {P(p.given)} 😊"""
    h1, h2 = ppl.new("nl"), ppl.new(pick(rng, "tr", "be"))
    g1, g2 = ppl.new("nl"), ppl.new(pick(rng, "ma", "nl"))
    return f"""Introducé-registratie balie Kwiek Maastricht-Randwyck – week 41
datum  | lid (host)          | lidnr     | introducé           | betaald
07-10  | {P(h1.full)}{' ' * max(1, 20 - len(h1.full))}| {N(lidnr(rng))}  | {P(g1.full)}{' ' * max(1, 20 - len(g1.full))}| € 12,50 pin
09-10  | {P(h2.full)}{' ' * max(1, 20 - len(h2.full))}| {N(lidnr(rng))}  | {P(g2.full)}{' ' * max(1, 20 - len(g2.full))}| gratis (actie)
Max. 4 introducés per lid per jaar. Legitimatie gezien: ja/ja."""


@sc("nl", True)
def nl_ledenlijst(rng, k, ppl):
    coach = ppl.new("nl")
    if k == 0:
        kids = [ppl.new(pick(rng, "nl", "nl", "ma", "tr", "be"), "F", young=True) for _ in range(5)]
        rows = []
        for i, c in enumerate(kids):
            rel = rng.choice(UPPER) + "".join(rng.choice(UPPER + DIG) for _ in range(6))
            rows.append(f"{N(rel)};{P(c.rev)};{DOB(dob(rng, 2011, 2012, 'nl'))};{PH(nl_mobile(rng, 3))};{rng.randint(2, 24)}")
        return crlf(f"""Hoi {P(coach.given)}, hierbij de export uit Sportlink voor de teamapp van MO15-1:

relatiecode;naam;geboortedatum;telefoon ouder;rugnr
""" + "\n".join(rows) + f"""

Groet, {P(S('huub').given)} (jeugdcoördinator)""")
    kids = [ppl.new(pick(rng, "nl", "nl", "ma", "tr", "pl"), young=True) for _ in range(4)]
    rows = []
    for c in kids:
        rows.append(f"{P(c.full)}\t{DOB(dob(rng, 2016, 2019, 'nl_short'))}\t{pick(rng, 'A', 'A', 'B')}\t{PH(nl_mobile(rng, 0))}")
    return f"""Lesgroep B2 (za 10:00, bad 2) – lijst voor de nieuwe badjuf

Naam kind\tGeb.datum\tDiploma\tOuder mobiel
""" + "\n".join(rows) + f"""

Bijzonderheden: 2 kinderen hebben een zwembandje-vrijstelling, zie map. Vragen: {P(S('chantal').given)}."""


@sc("nl", True)
def nl_pt_boeking(rng, k, ppl):
    c = ppl.new(pick(rng, "nl", "nl", "ma", "be"))
    pt = S("yusuf")
    if k == 0:
        return f"""[07:58] {P(c.given)}: Hoi {P(pt.given)}, kan ik donderdag om 18:00 een sessie boeken? Mijn schouder is nog wat stijf na vorige week 😅
[08:15] {P(pt.full)} (PT Kwiek Heerlen-Centrum): Morning! Donderdag 18:00 staat. Zaal 2, rack 3. Neem je schema mee.
[08:16] {P(c.given)}: top. Factuur voor het 10-rittenpakket graag naar {EM(email(rng, c))}
[08:20] {P(pt.full)} (PT Kwiek Heerlen-Centrum): Komt goed 👍 Nog 7 sessies over op je kaart."""
    return f"""Intakeformulier personal training
Naam: {P(c.full)}
Leeftijd: {rng.randint(28, 55)}
Telefoon: {PH(nl_mobile(rng, 7))}
Doel: 10 km hardlopen onder de 55 min (Heuvelland Loop, 15-03-2026)
Blessures/aandachtspunten: achillespees links, geen diepe squats
Voorkeurstrainer: {P(pt.given)} of {P(S('twan').given)}
Beschikbaar: ma/wo na 19:00, za ochtend"""


@sc("nl", True)
def nl_blessure(rng, k, ppl):
    par = ppl.new(pick(rng, "nl", "nl", "tr"))
    kid = ppl.kid(par, "M")
    coach = ppl.new("nl", "M")
    if k == 0:
        return f"""Hoi {P(coach.given)},

{P(kid.given)} heeft bij de wedstrijd van zaterdag (3-3 tegen VV Mergelland) zijn pols gebroken, het zit 6 weken in het gips. Hij komt wel kijken bij de trainingen.
Hij is vanaf woensdag onder behandeling bij Fysiotherapie Kleijnen & Meessen. Moeten we nog iets invullen voor de ongevallenverzekering van de club? Polisnummer op de site is {N(digits(rng, 8, '6'))}.

Groeten,
{P(par.full)}
{PH(nl_mobile(rng, 0))}"""
    ps = [ppl.new(pick(rng, "nl", "ma", "be"), "F") for _ in range(3)]
    return f"""📋 Afmeldingen training di 19:00 (Dames 2)
- {P(ps[0].full)} – enkel, nog 2 weken rust
- {P(ps[1].given)} – werk
- {P(ps[2].full)} – ziek
We zijn met 11, dus partijvorm 5 tegen 5 + keeper. Velden 3 en 4 zijn gereserveerd tot 20:30.
– {P(coach.given)}"""


@sc("nl", True)
def nl_adreswijziging(rng, k, ppl):
    p = ppl.new(pick(rng, "nl", "nl", "ma", "tr"))
    if k == 0:
        a1, a2 = nl_addr(rng), nl_addr(rng)
        return f"""Contactformulier kwieksport.example – onderwerp: gegevens wijzigen

Naam: {P(p.full)}
Lidnummer: {N(lidnr(rng))}
Bericht: Per 1 november verhuis ik van {AD(a1.street)}, {PC(a1.pc)} {a1.town} naar {AD(a2.street)}, {PC(a2.pc)} {a2.town}. Verder staat mijn geboortedatum verkeerd in de app, het moet {DOB(dob(rng, 1970, 2004, 'nl'))} zijn (dag en maand zijn omgedraaid). Daardoor krijg ik geen verjaardagskorting 😉
---
Verzonden op {N('13-10-2025')} om 22:07 vanaf {IP(ipv4(rng))}"""
    a = nl_addr(rng)
    return f"""nieuw adres: {AD(a.street.lower()[0] + a.street[1:])} {PC(a.pc.lower().replace(' ', ''))} {a.town.lower()}
pas mag op de mat blijven liggen ik haal m wel op in heerlen
groetjes {P(p.given.lower())}"""


@sc("nl", True)
def nl_jeugdfonds(rng, k, ppl):
    par = ppl.new(pick(rng, "ma", "tr", "nl", "pl"))
    kid = ppl.kid(par)
    if k == 0:
        iw = ppl.new("nl", "F")
        a = nl_addr(rng, pick(rng, "Heerlen", "Kerkrade", "Brunssum"))
        bd = rdate(rng, 2012, 2018)
        return f"""Geachte ledenadministratie,

Via het Jeugdfonds Sport & Cultuur Limburg is de contributie voor onderstaand kind toegekend (aanvraagnummer {N('JFSC-' + digits(rng, 6))}, € 225,- voor seizoen 2025-2026):

Naam kind: {P(kid.full)}
Geboortedatum: {DOB(fdate(bd, 'nl'))}
BSN: {BS(bsn(rng, 'dotted'))}
Ouder/verzorger: {P(par.full)}
Adres: {AD(a.street)}, {PC(a.pc)} {a.town}
Sport: voetbal, team JO{2026 - bd.year}-{rng.randint(1, 4)}

Het bedrag wordt rechtstreeks aan de vereniging overgemaakt. Wilt u de incasso voor dit lid stopzetten?

Met vriendelijke groet,
{P(iw.full)}
Schoolmaatschappelijk werker, Basisschool De Klimop
{EM(email(rng, iw, domain='bsdeklimop.nl'))}"""
    return f"""Goedendag, mijn zoon {P(kid.given)} wil graag op hockey. Wij hebben de Meedoen-pas van de gemeente (pasnummer {N('MP' + digits(rng, 7))}). De gemeente vraagt dat de club het BSN van het kind op het formulier zet, dat is {BS(bsn(rng, 'spaced'))}.
Kunnen jullie het formulier invullen en terugsturen? Mijn telefoon is {PH(nl_mobile(rng, 1))}.
Dank u wel, {P(par.full)}"""


# Dutch — without personal data (11 scenarios)

@sc("nl", False)
def nl_zwemrooster(rng, k, ppl):
    if k == 0:
        return f"""Zwemlesrooster Zwembad De Geulpoort – vanaf maandag {pick(rng, 3, 10, 17)} november

Diploma A:  ma + wo 15:30-16:15 (bad 2, baan 1-3), za 09:15-10:00
Diploma B:  di + do 16:15-17:00 (bad 2, baan 4-6), za 10:00-10:45
Diploma C:  za 10:45-11:30 (bad 1, 25 m)
Snorkelen (na C): vr 17:00-17:45

Afzwemmen A/B/C: zaterdag 13 december, 12:30 uur. Ouders op de tribune, max. 2 per kind, toegang € 2,50.
Lesgeld: € 14,25 per les, per 4 weken vooruit geïncasseerd door Kwiek Sport B.V. (incassant-ID {ORG_CREDITOR_GYM}).
Vragen? Bel de receptie: 045 711 2040 (ma-vr 08:00-21:00) of mail zwemles@kwieksport.example."""
    wk = rng.randint(44, 48)
    return f"""LET OP: in week {wk} is bad 1 gesloten i.v.m. onderhoud aan de beweegbare bodem.
De lessen van diploma C schuiven door naar bad 2 (ma 17:00, wo 17:00), banen 5 en 6.
Banenzwemmen: alleen di/do 07:00-08:30, max. 3 banen. Aquajoggen vervalt op {DAGEN[rng.randint(0, 4)]} 10:00.
Watertemperatuur bad 2 is tijdelijk 29,5 °C in plaats van 31 °C.
Onze excuses voor het ongemak! – Team Zwemmen, Zwembad De Geulpoort"""


@sc("nl", False)
def nl_programma(rng, k, ppl):
    d = match_date(rng, weekday=5)
    rows = []
    teams = ["JO8-1", "JO9-2", "JO11-1", "JO13-2", "MO15-1", "JO17-1", "Heren 1", "Heren 3", "Vrouwen 1"] if k == 0 else \
            ["JO10-3", "JO12-1", "MO13-1", "JO15-2", "JO19-1", "Heren 2", "Heren 4", "35+ 1"]
    t = 8 * 60 + 30
    for tm in teams:
        home = rng.random() < 0.5
        opp = f"{pick(rng, *CLUBS)} {tm.split('-')[0] if '-' in tm else tm}" + (f"-{rng.randint(1, 3)}" if "-" in tm else "")
        rows.append(f"{t // 60:02d}:{t % 60:02d}  {('Kwiek ' + tm + ' – ' + opp) if home else (opp + ' – Kwiek ' + tm):<52} veld {rng.randint(1, 4)}  kl. {rng.randint(1, 12)}")
        t += rng.choice([45, 60, 75])
    return f"""Programma {DAGEN[5]} {d.day:02d}-{d.month:02d}-{d.year} – Sportpark Hoefveld
tijd   wedstrijd                                             veld  kleedkamer
""" + "\n".join(rows) + f"""

Uitslagen vorige week: {'Heren 1 – VV Heidebloem 1 2-0, JO13-2 – SC Kasteelpark JO13-1 4-4, MO15-1 – RKVV De Sterrenhoek MO15-2 1-3' if k == 0 else 'Heren 2 – VV Mergelland 2 1-1, JO12-1 – RKSV Geuldal JO12-2 0-7, 35+ 1 – SC Kasteelpark 35+ 2 3-2'}.
Kantine open vanaf 08:00. Parkeren bij het Johan Cruijff Court is vol? Gebruik P2 aan de Hoefveldweg."""


@sc("nl", False)
def nl_tarieven(rng, k, ppl):
    if k == 0:
        return f"""Tarieven Kwiek Sport per 1 januari 2026

Abonnement              per 4 weken   jaarcontract
Basic (gym)             € 24,95       € 22,50
All-in Flex             € 39,95       € 35,95
All-in + zwemmen        € 46,50       € 41,95
Student (t/m 26 jaar)   € 21,95       n.v.t.
Inschrijfgeld € 19,95, vervangende pas € 7,50, kluishuur € 4,- per maand.

Betalen via automatische incasso rond de 26e van de maand. Handmatig overmaken kan naar {group4(ORG_IBAN_GYM)} t.n.v. Kwiek Sport B.V. onder vermelding van je lidnummer.
Kwiek Sport B.V. | Mijnzetellaan 40, 6412 ZK Heerlen | KvK 14083927 | btw NL859321472B01"""
    return f"""Contributie sv Kwiek '58 – seizoen 2025/2026
Jeugd t/m O11: € 135,- | O12 t/m O19: € 175,- | senioren: € 225,- | 35+/recreanten: € 150,- | niet-spelend lid: € 40,-
Hockey (alle leeftijden): toeslag veldhuur € 35,-
In 3 termijnen: 1 september, 1 december, 1 maart. Machtiging via Sportlink-app of het formulier in de kantine.
Rekening {ORG_IBAN_CLUB} (Sportvereniging Kwiek '58, Nuth), KvK 40179364.
Achterstand > 60 dagen = geen speelgerechtigheid (KNVB-reglement art. 13)."""


@sc("nl", False)
def nl_poortstoring(rng, k, ppl):
    if k == 0:
        return f"""Storing toegangspoortjes Kwiek Sittard – {rng.randint(2, 9):02d}-10-2025

07:02 poortje 2 accepteert geen passen meer (foutcode E-417). Reader 192.168.40.{rng.randint(20, 60)} reageert niet op ping, poortje 1 (192.168.40.{rng.randint(61, 99)}) wel.
07:15 controller herstart, firmware {N('4.12.0.' + str(rng.randint(2, 9)))} → probleem blijft.
07:40 leverancier gebeld (ticket {N('ACX-' + digits(rng, 6))}), monteur komt tussen 10:00 en 12:00.
Tot die tijd leden handmatig inchecken: pasnummer intikken op de baliecomputer (alle 16 cijfers, bv. {N(pasnr(rng))}).
– receptie Sittard"""
    return f"""Hoi allemaal,

De Kwiek-app (versie {N('3.8.' + str(rng.randint(1, 9)) + '.' + str(rng.randint(10, 99)))} op Android) laat sinds gisteren bij sommige leden de QR-code niet zien. Oplossing: uitloggen, app-cache wissen, opnieuw inloggen. Lukt het niet, dan kan de balie een tijdelijke pas uitdraaien (geldig 7 dagen).
De oude chip-tags (04:A2:{rng.randint(10, 99)}:7C:3B:80) werken gewoon nog bij de poortjes.
Groet, Team Digitaal"""


@sc("nl", False)
def nl_kluizen(rng, k, ppl):
    if k == 0:
        a, b = rng.randint(100, 150), rng.randint(151, 199)
        return f"""Mededeling: vanaf 1 december worden de huurkluisjes {a} t/m {b} in de damesgang vervangen.
Huurders van deze kluisjes krijgen per mail een nieuw nummer (serie 300). De huur (€ 4,- per maand) loopt gewoon door.
Spullen die op 30 november nog in een oude kluis liggen, bewaren we 4 weken bij de balie.
Dagkluisjes 1 t/m 99 blijven werken met een muntje van € 0,50 of je ledenpas."""
    return f"""Gevonden voorwerpen Zwembad De Geulpoort, week {rng.randint(40, 44)}:
- blauwe zwembril (Speedo), kleedhokje 12
- sleutelbos met 3 sleutels + Ajax-hanger, bad 2
- roze handdoek met eenhoorn, familiekleedkamer
- grijze hoodie maat 152, tribune
- kluissleutel nr. {rng.randint(200, 260)} (oranje bandje)
Ophalen bij de receptie tot 31-12-2025, daarna gaat alles naar de kringloop."""


@sc("nl", False)
def nl_sponsor_nieuws(rng, k, ppl):
    if k == 0:
        return f"""Nieuwe shirtsponsor voor Heren 3! 🎉

Autobedrijf Henk Smit B.V. uit Voerendaal is de komende drie seizoenen hoofdsponsor van Heren 3. Zaterdag om 14:30 worden de nieuwe shirts (rood-wit, rugnummers 1 t/m 18) gepresenteerd vóór de thuiswedstrijd tegen VV Heidebloem 3.
Ook Bakkerij Van Dam blijft aan boord: zij sponsoren de vlaai na elke thuisoverwinning van de JO9.
Interesse in sponsoring? Mail sponsoring@svkwiek58.example of kom langs in de bestuurskamer (do 20:00-21:30)."""
    return f"""Opening Johan Cruijff Court bij Sportpark Hoefveld

Woensdag 5 november om 15:00 openen we het nieuwe Cruyff Court naast veld 4. Het court (42 x 22 m) is tot 21:00 vrij toegankelijk voor iedereen uit de buurt.
Met dank aan Tegelhandel Jo Claessens B.V., Installatiebedrijf Gebr. Huntjens en de gemeente Beekdaelen.
Programma: 15:00 opening, 15:30 toernooitje JO9/JO10 (teams van 4), 17:00 patat bij Café Bie Nelleke."""


@sc("nl", False)
def nl_social_post(rng, k, ppl):
    if k == 0:
        return f"""📣 WEEKENDUITSLAGEN ⚽🏑
JO13-2 🆚 SC Kasteelpark: {rng.randint(2, 6)}-{rng.randint(0, 3)} ✅
MO15-1 🆚 RKSV Geuldal '31: 2-2 🤝
Heren 3 🆚 VV Mergelland: 3-1 ✅
Dames 1 (hockey) 🆚 HC Heuvelland: 1-4 ❌
Dank aan @bakkerijvandam voor de vlaai en aan @HenkSmitAuto voor de nieuwe shirts!
#kwiek58 #amateurvoetbal #zaterdagvoetbal @svkwiek58"""
    return f"""Zwemles-update 🏊‍♀️ Afgelopen zaterdag hebben {rng.randint(18, 31)} kanjers hun diploma A gehaald en {rng.randint(8, 17)} hun diploma B! Volgende afzwemmoment: 13-12 om 12:30.
Nog plek in de lesgroepen op woensdag 15:30 👉 kwieksport.example/zwemles
#zwemles #diplomaA #Geulpoort @kwiek_zwemmen"""


@sc("nl", False)
def nl_voorwaarden(rng, k, ppl):
    if k == 0:
        return f"""Beste lid,

Je vroeg hoe opzeggen werkt. Kort samengevat (art. 7 van onze algemene voorwaarden):
- Jaarcontract: opzeggen kan tegen het einde van de looptijd, opzegtermijn 1 maand.
- Na het eerste jaar: maandelijks opzegbaar, opzegtermijn 1 maand.
- Bevriezen: bij blessure of zwangerschap max. 6 maanden, € 5,- per maand.
De factuur waar je naar verwijst (factuurnummer {N(elf9(rng))}, € 39,95) betreft de termijn van oktober en blijft dus staan.

Sportieve groet,
Kwiek Ledenservice
045 711 2000 | leden@kwieksport.example"""
    return f"""Herinnering: openstaande factuur {N(elf9(rng))}
Debiteurnummer: {N(non_elf9(rng))}
Bedrag: € 47,50 (contributie jeugd, termijn 2)
Vervaldatum: 15-10-2025
Dit bedrag kon niet worden afgeschreven (storneringscode MS03). Wij verzoeken u het bedrag binnen 14 dagen over te maken op {group4(ORG_IBAN_CLUB)} t.n.v. Sportvereniging Kwiek '58 o.v.v. het factuurnummer.
Penningmeester sv Kwiek '58 – penningmeester@svkwiek58.example"""


@sc("nl", False)
def nl_vrijwilligers(rng, k, ppl):
    if k == 0:
        return f"""Gezocht: vrijwilligers! 🙋
Voor het jeugdtoernooi op zaterdag 13 juni 2026 (JO8 t/m JO12, 48 teams) zoeken we nog:
- 6 mensen voor de bardienst (08:00-12:00 en 12:00-17:00)
- 4 scheidsrechters voor de JO11/JO12-poules (velden 1a t/m 2b)
- 2 EHBO'ers (diploma nodig)
Alle vrijwilligers die met jeugd werken hebben een VOG nodig; die vraagt de club gratis voor je aan via de regeling van Justis.
Aanmelden bij het wedstrijdsecretariaat, wedstrijdsecretariaat@svkwiek58.example."""
    return f"""Oproep: badassistenten zaterdagochtend
Voor de lesgroepen A1 t/m A3 (09:15-11:30) zoeken we 3 badassistenten vanaf 16 jaar. Je helpt de lesgever in het water, krijgt een gratis zwemabonnement en je kunt je Zwemonderwijs-certificaat (niveau 2) halen.
Een VOG is verplicht (kosteloos via de club). Interesse? Laat je gegevens achter bij de receptie van Zwembad De Geulpoort of bel 045 711 2040."""


@sc("nl", False)
def nl_clubkampioenschap(rng, k, ppl):
    if k == 0:
        return f"""Uitslagen clubkampioenschappen zwemmen (zondag 19 oktober), top 3 per categorie
50 m vrije slag meisjes 2014-2015: 1. startnr. {rng.randint(100, 140)} – 00:38,{rng.randint(10, 99)} | 2. startnr. {rng.randint(141, 160)} – 00:39,{rng.randint(10, 99)} | 3. startnr. {rng.randint(161, 180)} – 00:41,0{rng.randint(1, 9)}
50 m rugslag jongens 2012-2013: 1. startnr. {rng.randint(200, 230)} – 00:36,{rng.randint(10, 99)} | 2. startnr. {rng.randint(231, 260)} – 00:37,{rng.randint(10, 99)}
4 x 25 m wisselslag estafette: 1. team Dolfijnen – 01:12,{rng.randint(10, 99)}
Namen en alle tijden staan in de clubapp (alleen voor leden). Medailles worden uitgereikt op 26-10 om 11:00."""
    return f"""Stand competitie Heren 3, na speelronde {rng.randint(6, 9)}:
1. VV Heidebloem 3        8  19  +14
2. Kwiek '58 Heren 3       8  17  +9
3. RKVV De Sterrenhoek 4  8  15  +6
4. SC Kasteelpark 3       8  12   0
5. VV Mergelland 3        8   9  -5
Topscorer: onze nummer 9 met 8 goals. Volgende ronde: 15-11, 14:30 thuis (veld 2)."""


@sc("nl", False)
def nl_vraag_anoniem(rng, k, ppl):
    if k == 0:
        return f"""hoi, vraagje: kan ik met mijn all-in flex ook in Kwiek Maastricht-Randwyck trainen of alleen in Heerlen? en is de sauna bij zwembad de geulpoort inbegrepen of is dat € 6,50 extra? mijn pas is nr {N(pasnr(rng))}
Verstuurd vanaf mijn iPhone"""
    return f"""Goedemorgen, mijn zoontje (7) wil graag op voetbal. Kan hij eerst 3 keer gratis meetrainen? Hij is geboren in 2018, dus dat wordt JO8 of JO9? En welke schoenen heeft hij nodig op kunstgras, noppen of multi-studs?
Bedankt alvast!"""


# ==========================================================================================================
# English — with personal data (15 scenarios)

@sc("en", True)
def en_signup(rng, k, ppl):
    p = ppl.new(pick(rng, "en", "en", "in"))
    if k == 0:
        a = nl_addr(rng, "Maastricht")
        ukp = rng.choice(UK_PLACES)
        return f"""Hi there,

My name is {P(p.full)} and I just moved to Maastricht from {ukp[0]} for a postdoc at the university. I'd like to join Kwiek Maastricht-Randwyck (the All-in Flex with swimming).
A few questions:
1. Can I pay by direct debit from a UK account? It's {IB(iban(rng, 'GB', 'spaced'))}. My Dutch account (ING) won't be open until November.
2. My address here is {AD(a.street)}, {PC(a.pc)} Maastricht.
3. I don't have a BSN yet – is that a problem?

You can reach me on {PH(nl_mobile(rng, 4))} (Dutch) or {PH(uk_phone_gen(rng))} (UK).

Cheers,
{P(p.given)}"""
    a = nl_addr(rng, pick(rng, "Maastricht", "Heerlen"))
    return f"""Online registration – Kwiek Sport (English form)
First name ........ {P(p.given)}
Surname ........... {P(p.last)}
Date of birth ..... {DOB(dob(rng, 1975, 2004, 'slash'))}
Address ........... {AD(a.street)}
Postcode/City ..... {PC(a.pc)} {a.town}
Mobile ............ {PH(nl_mobile(rng, 5))}
Email ............. {EM(email(rng, p))}
Membership ........ Basic (gym), 4-weekly, € 24,95
IBAN .............. {IB(iban(rng, 'NL', 'spaced', pick(rng, 'INGB', 'BUNQ', 'ABNA')))}
Account holder .... {P(p.full.upper())}
Referred by ....... member no. {N(lidnr(rng))}
Submitted ......... 2025-10-09 07:52 from {IP(ipv6(rng))}"""


@sc("en", True)
def en_cancel(rng, k, ppl):
    p = ppl.new("en")
    if k == 0:
        a = uk_addr(rng)
        return crlf(f"""Subject: Cancellation – moving back to the UK

Dear Kwiek team,

I'm afraid I have to cancel my membership (no. {N(lidnr(rng))}) as we're relocating back to the UK at the end of November. Please send the final invoice to my new address:
{AD(a.street)}
{a.town}
{PC(a.pc)}
United Kingdom

If there's any refund for the unused part of the annual contract, please transfer it to {IB(iban(rng, 'NL'))} (still open until January).

Many thanks for two great years – and say bye to {P(S('yusuf').given)} for me!

Best wishes,
{P(p.full)}
{PH(uk_phone_gen(rng, a.area))}""")
    a = de_addr(rng)
    return f"""Hello,

I'm moving to {a.town} in Germany for work, so I'd like to either cancel or transfer my membership to a partner gym if that's possible. From 1 December my address will be {AD(a.street)}, {PC(a.pc)} {a.town}.
I'd rather keep paying from my current account than set up a German one.
My German mobile is {PH(de_mobile(rng, 2))}.

Thanks,
{P(p.full)}"""


@sc("en", True)
def en_swim_kids(rng, k, ppl):
    mom = ppl.new(pick(rng, "en", "in", "br"), "F")
    if k == 0:
        k1, k2 = ppl.kid(mom, "F"), ppl.kid(mom, "M")
        return f"""Hello,

I'd like to register my two children for swimming lessons at Zwembad De Geulpoort:
- {P(k1.full)}, born {DOB(dob(rng, 2016, 2017, 'en_words'))} – she did Stage 4 in England, so maybe she can go straight to diploma B?
- {P(k2.full)}, born {DOB(dob(rng, 2019, 2020, 'en_words'))} – complete beginner, a bit scared of water.
Saturday mornings would be ideal. Is there a lesson in English, or at least a teacher who speaks some English?

Kind regards,
{P(mom.full)}
{PH(nl_mobile(rng, 6))}"""
    kid = ppl.kid(mom, "M")
    return f"""Re: swimming lessons – waiting list

Thanks {P(S('chantal').given)}! To answer your questions: {P(kid.given)}'s date of birth is {DOB(dob(rng, 2018, 2019, 'us_words'))}, he can do about 10 metres front crawl without a float and he's fine putting his face in the water. He has no diploma, we just had lessons at a leisure centre in Manchester.
We can do Wednesday 15:30 or Saturday 09:15. Our email is {EM(email(rng, mom))}.

Best,
{P(mom.given)}"""


@sc("en", True)
def en_guest_pass(rng, k, ppl):
    p = ppl.new(pick(rng, "en", "en", "in"))
    if k == 0:
        g1 = ppl.new("en", "F")
        g2 = ppl.new("en", "M", sur=g1.last)
        return f"""Hi,

My in-laws are visiting from Dublin for two weeks and would love to use the pool. Could you set up two guest passes (10 visits each, € 45,- per card I think)?
Names: {P(g1.full)} and {P(g2.full)}.
Please charge my card: {CC(card(rng, 'visa'))}, exp 08/27, name on card {P(p.full.upper())}.

Thanks so much!
{P(p.given)}"""
    return f"""[14:02] {P(p.given)}: Hi! Can I buy a day pass online for a friend? She's only here on Saturday.
[14:05] Kwiek Member Services ({P(S('owen').given)}): Hi {P(p.given)}, day passes are € 12,50 at the desk, online isn't possible yet unfortunately.
[14:06] {P(p.given)}: Ah ok. Could you take it from my Amex and just put her name on the list? {CC(card(rng, 'amex'))}
[14:09] Kwiek Member Services ({P(S('owen').given)}): Please don't send card numbers in the chat 🙏 I've removed it from our side. She can just pay at the desk with card or cash."""


@sc("en", True)
def en_locker_theft(rng, k, ppl):
    p = ppl.new(pick(rng, "en", "in"))
    if k == 0:
        return f"""Hello,

Yesterday evening (around 20:30) my locker at Kwiek Maastricht-Randwyck (no. 64, women's changing room) was broken into. My bag with my British passport (passport number {ID(uk_passport(rng))}) and my house keys were taken. I reported it to the police at the Maastricht station (reference {N('PL2300-2025' + digits(rng, 6))}).
Could you please check the CCTV in the corridor and let me know if anything turns up?

{P(p.full)}
{PH(nl_mobile(rng, 8))}"""
    return f"""Hi, I think I left my residence card in the locker room on Tuesday (locker 212, men's side). It's the Dutch residence permit card, document number {ID(residence_doc(rng))}. Has anyone handed it in? I need it for my appointment at the IND on Friday.
Thanks, {P(p.full)} – {EM(email(rng, p))}"""


@sc("en", True)
def en_pt_booking(rng, k, ppl):
    c = ppl.new(pick(rng, "en", "in", "br"))
    pt = S("yusuf")
    if k == 0:
        return f"""[Mon 19:42] {P(c.full)}: Hey {P(pt.given)}, can we move Thursday's session to Friday 7am? Got a work dinner on Thursday 😬
[Mon 20:10] {P(pt.given)} (PT): Friday 07:00 works. Same plan: deadlifts + core. Don't forget your lifting belt.
[Mon 20:11] {P(c.full)}: legend 🙌 also could you send the nutrition plan to my work email? {EM(email(rng, c, domain='brightwavelabs.nl'))}
[Mon 20:15] {P(pt.given)} (PT): Will do tomorrow. 6 sessions left on your 12-pack."""
    return f"""Thanks for your email – sorry I wasn't clear!

I wanted to cancel Saturday's session with {P(pt.full)}, not the whole package. I still have 4 sessions left. Could you put them back on my account?

{P(c.given)}

> Op 14 okt. 2025 om 09:12 schreef Kwiek Ledenservice <leden@kwieksport.example>:
> Beste {P(c.given)},
> Je PT-pakket is per 01-11-2025 stopgezet. Het restant (€ 180,-) wordt binnen 10 werkdagen teruggestort.
> Met sportieve groet, {P(S('romy').full)}"""


@sc("en", True)
def en_cctv(rng, k, ppl):
    p = ppl.new(pick(rng, "en", "in", "pl"))
    if k == 0:
        return f"""Hi,

On Sunday around 11:00 someone reversed into my bike in the car park of Zwembad De Geulpoort. The driver stopped, we had a short chat and he said he'd call me, but he never did. It was a grey VW Polo, registration {LP(kenteken(rng))}, and he said his name was {P(ppl.new('nl', 'M').full)}.
Could you check whether the car park camera caught it? I'd like the footage (or at least a still) for my insurance.

Thanks,
{P(p.full)}
{PH(nl_mobile(rng, 9))}"""
    return f"""Subject: Subject Access Request (GDPR art. 15) – CCTV

Dear Sir/Madam,

Under the GDPR I request a copy of any CCTV footage of me recorded at Kwiek Gym Heerlen-Centrum on Friday 10 October 2025 between 18:00 and 19:30. To help you identify me: my name is {P(p.full)}, date of birth {DOB(dob(rng, 1970, 2003, 'en_words'))}, and I was wearing a yellow jacket. My membership number is {N(lidnr(rng))}.
Please reply to {EM(email(rng, p))} within one month.

Yours faithfully,
{P(p.full)}"""


@sc("en", True)
def en_hockey(rng, k, ppl):
    if k == 0:
        ps = [ppl.new(pick(rng, "en", "en", "nl", "in", "be"), "F") for _ in range(6)]
        lines = [f"GK  {P(ps[0].full)} (1)", f"DEF {P(ps[1].full)} (4), {P(ps[2].full)} (5)",
                 f"MID {P(ps[3].full)} (8, capt.), {P(ps[4].given)} (10)", f"FWD {P(ps[5].full)} (11)"]
        return f"""Ladies 3 (International) – line-up for Sunday vs {pick(rng, *HOCKEYCLUBS)} L4
Push-back 11:15, meet 10:15 at Sportpark Hoefveld, pitch 2 (water pitch, bring shin guards!)

""" + "\n".join(lines) + f"""
Subs: whoever shows up 😄 – let me know by Friday.
Umpires from our side: {P(ps[2].given)} and {P(ps[4].given)} for the 09:30 MO12-1 game.
– {P(S('anke').given)}"""
    ps = [ppl.new(pick(rng, "en", "nl", "de", "in"), "M") for _ in range(4)]
    opp = pick(rng, *HOCKEYCLUBS)
    return f"""Veterans (M40) match report: {opp} 1 – 3 Kwiek '58

Cold and wet in Maastricht, but what a game. {P(ps[0].full)} opened from a short corner in the 9th minute, {' '.join(opp.split()[1:])} equalised just before half time. After the break {P(ps[1].full)} put us back in front with a reverse stick shot, and {P(ps[2].given)} sealed it at 3-1 with four minutes to go.
Green card for {P(ps[3].full)} (he says it was harsh). Next up: home vs HC Jekervallei, Sunday 16 Nov, 12:30.
Drinks in the clubhouse afterwards – first round courtesy of Harrington's Irish Pub."""


@sc("en", True)
def en_dd_change(rng, k, ppl):
    p = ppl.new(pick(rng, "en", "in", "br"))
    if k == 0:
        q = ppl.partner(p)
        return f"""Hi,

Could you please change the direct debit for our family membership (members {N(lidnr(rng))} and {N(lidnr(rng))}) to my husband's account from November?
IBAN: {IB(iban(rng, 'NL', 'nbsp', pick(rng, 'BUNQ', 'INGB', 'ABNA')))}
Account holder: {P(q.full)}
Do you need a new mandate signed, or is this email enough?

Regards,
{P(p.full)}"""
    return f"""Hello, I got a letter that my payment of € 39,95 bounced (reason code AC04). My old Dutch account is closed, I now bank in Belgium since we moved to Lanaken. New IBAN: {IB(iban(rng, 'BE', 'spaced'))}. Please collect the missed amount together with next month's, that's fine.
{P(p.full)}, member {N(lidnr(rng))}"""


@sc("en", True)
def en_vog(rng, k, ppl):
    p = ppl.new(pick(rng, "en", "pl"))
    mk = S("marieke")
    if k == 0:
        a = nl_addr(rng)
        return f"""Dear {P(mk.given)},

Happy to help out as assistant coach for JO10-2! For the VOG (certificate of conduct) you asked for my details:
Full name: {P(p.full)}
Date of birth: {DOB(dob(rng, 1972, 2001, 'en_words'))}, born in {pick(rng, 'Cork', 'Leeds', 'Pune', 'Gdańsk')}
Citizen service number (BSN): {BS(bsn(rng, 'plain'))}
Address: {AD(a.street)}, {PC(a.pc)} {a.town}
Passport no.: {ID(pl_passport(rng) if p.origin == 'pl' else uk_passport(rng))}

Let me know if you need anything else.
{P(p.given)}"""
    return f"""Hi {P(mk.given)}, I got the VOG link from Justis but it asks for a DigiD, which I don't have yet (only arrived in August). Can I do it on paper? My BSN is {BS(bsn(rng, 'dotted'))} if that helps, and my phone is {PH(nl_mobile(rng, 0))}.
Thanks – {P(p.full)} (bar shifts + U10 referee)"""


@sc("en", True)
def en_invoice(rng, k, ppl):
    if k == 0:
        p = ppl.new(pick(rng, "en", "in", "br"), "F")
        a = nl_addr(rng, "Maastricht")
        return f"""INVOICE #{rng.randint(40, 90)}

From: {P(p.full)} – Yoga & Pilates Instructor
{AD(a.street)}, {PC(a.pc)} Maastricht
Chamber of Commerce (KvK): {KVK(kvk(rng))}
VAT ID: {BTW(btw_id(rng))}

To: Kwiek Sport B.V., Mijnzetellaan 40, 6412 ZK Heerlen
Date: 1 October 2025

Vinyasa Flow, Kwiek Maastricht-Randwyck, September (8 classes × € 60,00) .... € 480,00
VAT 21% ........................................................... € 100,80
Total ............................................................. € 580,80

Payment within 14 days to {IB(iban(rng, 'NL', 'compact', pick(rng, 'KNAB', 'BUNQ', 'TRIO')))} in the name of {P(p.ini)}."""
    c = ppl.new(pick(rng, "en", "in"), "M")
    a = nl_addr(rng, "Maastricht")
    return f"""Hi {P(S('ingrid').given)},

Great to meet you at the club evening! As discussed, Brightwave Labs B.V. would like to sponsor the Ladies 3 (International) hockey team for the 2025/26 season (€ 600, shirts + a banner).
Our details for the invoice:
Brightwave Labs B.V.
{AD(a.street)}, {PC(a.pc)} Maastricht
CoC {KVK(kvk(rng))} | VAT {BTW(btw_id(rng))}
Invoices to {EM('finance@brightwavelabs.nl')}, att. {P(c.full)}

Best,
{P(c.given)}"""


@sc("en", True)
def en_parents_chat(rng, k, ppl):
    ps = [ppl.new(pick(rng, "en", "in", "br", "pl", "nl")) for _ in range(4)]
    kid = ppl.kid(ps[0], "M")
    if k == 0:
        return f"""[08:31] {P(ps[0].full)}: Morning all! Match at 10:00 is at SC Kasteelpark, pitch 5. Leaving the clubhouse at 09:15 🚗
[08:33] {P(ps[1].given)}: We'll be a bit late but we can bring {P(kid.given)} back after the match 👍
[08:34] {P(ps[2].full)}: I can take 2 more kids. If anyone needs a lift text me on {PH(nl_mobile(rng, 8))}
[08:40] {P(ps[3].given)}: Thanks! Ours is sick, so one less 🤧
[08:41] {P(ps[0].given)}: No problem, get well soon! Final score last week 5-5 btw, what a game"""
    return f"""Carpool list JO11-International (Saturday away games)
Sat 18 Oct – drivers: {P(ps[0].full)} ({PH(nl_mobile(rng, 2))}), {P(ps[1].full)} ({PH(nl_mobile(rng, 6))})
Sat 25 Oct – home game, no driving
Sat 1 Nov – drivers: {P(ps[2].full)}, {P(ps[3].full)}
Can't make your turn? Swap with someone and post it here. Max. 3 kids per car, booster seats under 1.35 m!"""


@sc("en", True)
def en_login(rng, k, ppl):
    p = ppl.new(pick(rng, "en", "in", "nl"))
    if k == 0:
        day = rng.randint(10, 20)
        return f"""INC-{digits(rng, 5)} – suspicious logins on member portal account
Account: {EM(email(rng, p))} (member {N(lidnr(rng))}, {P(p.full)})
{day}-10-2025 02:14:07 UTC  login OK    from {IP(ipv4(rng))} (user agent: Chrome 131.0.6778.86, Windows)
{day}-10-2025 02:15:41 UTC  e-mail change attempt BLOCKED, from {IP(ipv4(rng))}
member's usual IP: {IP(ipv6(rng))} (home, Maastricht)
Action: password reset forced, sessions revoked, member informed by phone. Internal gateway 10.20.0.1 and proxy 172.16.4.12 not involved.
– IT servicedesk"""
    ip = ipv4(rng)
    return f"""Hi, the app keeps saying my account is locked after 3 attempts, but I haven't tried to log in at all. Could someone be trying to get into my account? My router says my public IP is {IP(ip)}, in case you can see other addresses in your logs.
My login email is {EM(email(rng, p))}.
{P(p.full)}"""


@sc("en", True)
def en_incident(rng, k, ppl):
    if k == 0:
        par = ppl.new(pick(rng, "en", "in", "br"))
        kid = ppl.kid(par)
        lg = ppl.new("nl")
        return f"""INCIDENT REPORT – Zwembad De Geulpoort
Date/time: 11-10-2025, 10:40
Location: pool 2, steps near lane 6
Person involved: {P(kid.full)} (child), DOB {DOB(dob(rng, 2016, 2019, 'nl'))}
What happened: slipped on the steps, small cut on the chin. First aid given, plaster applied, no further treatment needed.
Parent informed: {P(par.full)}, {PH(nl_mobile(rng, 1))}
Lifeguard on duty: {P(lg.full)}
Reported to: {P(S('chantal').full)} (swimming coordinator)"""
    m1 = ppl.new(pick(rng, "en", "in"))
    w = ppl.new("nl")
    return f"""Incident log Kwiek Gym Heerlen-Centrum – Tue 14 Oct, 19:25
Member {P(m1.full)} dropped a 20 kg plate on his foot at rack 3. Ice applied, member went home by taxi, said he'd see his GP tomorrow.
Witness: {P(w.full)}, also a member.
Floor staff: {P(S('twan').full)}. Rack 3 checked, no defects. Follow-up call planned for Thursday."""


@sc("en", True)
def en_social_dm(rng, k, ppl):
    p = ppl.new(pick(rng, "en", "in", "br"), "F")
    if k == 0:
        kid = ppl.kid(p)
        return f"""Instagram DM to @kwiek_zwemmen
hey! can someone call me back on {PH(nl_mobile(rng, 9))}? it's {P(p.full)}, about my daughter {P(kid.given)}'s swimming group – she's been moved to Wednesday and that doesn't work for us 🙈 thanks!!"""
    lg = ppl.new("nl", "M")
    return f"""Huge thanks to lifeguard {P(lg.given)} at Zwembad De Geulpoort who spotted my son struggling in the deep end this morning and was in the water within seconds 🙏💙 You're a hero. @KwiekSport please pass this on!
#grateful #Geulpoort #swimsafety"""


# English — without personal data (10 scenarios)

@sc("en", False)
def en_timetable(rng, k, ppl):
    if k == 0:
        return f"""Group classes – Kwiek Maastricht-Randwyck (from Mon {pick(rng, 3, 10, 17)} Nov)
Mon 07:00 HIIT (Studio 1) | 12:15 Core 30 (Studio 2) | 19:00 Spinning (Bike room, 24 bikes)
Tue 09:30 Pilates (Studio 2) | 18:30 BodyPump (Studio 1) | 20:00 Yoga Flow – in English
Wed 07:00 Spinning | 19:30 Boxing Bootcamp (outside, field 4 at Sportpark Hoefveld)
Thu 18:30 Zumba (Studio 1) | 19:45 Aqua Fit (Zwembad De Geulpoort, pool 2)
Booking opens 48 hours in advance in the app; no-shows are charged € 5,-."""
    return f"""Pool schedule – Zwembad De Geulpoort, autumn half-term (week {rng.randint(42, 44)})
Lane swimming: daily 07:00-09:00 and 12:00-13:30 (lanes 1-4, 25 m)
Recreational swimming with slide: 13:30-17:00 (wave machine every hour on the hour)
Toddler pool: 09:00-12:00, water 32 °C
Tickets: adults € 6,20, children 2-12 € 4,90, 10-visit card € 52,-. Members of Kwiek Sport with All-in + swimming: free."""


@sc("en", False)
def en_faq(rng, k, ppl):
    if k == 0:
        return f"""Hi,

Thanks for your question! Yes, you can freeze your membership for up to 6 months (for example when you're travelling), at € 5,- per month. Just send us an email at least 2 weeks before the start date with your membership number and the period.
Cancelling is possible with one month's notice after the first year; annual contracts end on their renewal date.

Kind regards,
Kwiek Member Services
+31 45 711 2000 | members@kwieksport.example | WhatsApp +31 6 2281 4470"""
    return f"""Q: Do I need a BSN to become a member?
A: No. We only need your name, date of birth, address and a European bank account (IBAN) for the direct debit. You don't need to send us your BSN, passport or residence permit – please don't!
Q: Can I pay with a foreign bank account?
A: Yes, any SEPA account (for example BE, DE, IE or FR) works. UK accounts only by card at the desk.
Q: Is there a student discount?
A: Yes, up to age 26 with a valid student card: € 21,95 per 4 weeks."""


@sc("en", False)
def en_match_post(rng, k, ppl):
    if k == 0:
        return f"""What a weekend for Kwiek '58! 🏑⚽
✅ Ladies 3 (International) 4-1 vs HC Jekervallei L4
✅ Heren 3 3-1 vs VV Mergelland 3
🤝 MO15-1 2-2 vs RKSV Geuldal '31
❌ JO17-1 0-2 vs SC Kasteelpark
Shout-out to our shirt sponsor Autobedrijf Henk Smit B.V. and to Bakkerij Van Dam for the post-match vlaai 🥧
#kwiek58 #hockey #grassroots @svkwiek58"""
    return f"""Our brand-new Johan Cruijff Court is open! 🎉 Free to use every day until 21:00, right next to pitch 4 at Sportpark Hoefveld. Tournament for U9/U10 on Wednesday 5 Nov from 15:30 – teams of 4, sign up at the clubhouse bar.
Photos 📸 by our volunteer team on svkwiek58.example/news
#CruyffCourt #kwiek58 #community"""


@sc("en", False)
def en_closure(rng, k, ppl):
    if k == 0:
        return f"""NOTICE: Pool 1 at Zwembad De Geulpoort will be closed from {rng.randint(3, 7)} to {rng.randint(14, 21)} November for maintenance of the movable floor.
Lane swimming moves to pool 2 (lanes 5-6), Tue/Thu 07:00-08:30 only. Aqua jogging is cancelled on Friday 10:00.
Swimming lessons (diploma C) move to Mon/Wed 17:00 in pool 2.
We apologise for the inconvenience – Team Swimming."""
    return f"""Storm warning (code orange) for Thursday: all outdoor training sessions at Sportpark Hoefveld from 16:00 are cancelled, including hockey on the water pitch and football on fields 1-4. Indoor training for JO8/JO9 moves to Sporthal De Kamp, 17:00-18:00 (hall 2).
Matches on Saturday go ahead unless you hear otherwise before 07:30 via the app."""


@sc("en", False)
def en_app_bug(rng, k, ppl):
    if k == 0:
        return f"""Bug report – Kwiek app
App version: {N('5.2.0.' + str(rng.randint(10, 40)))} (iOS 18.1)
Device: iPhone 14, device ID {N(''.join(rng.choice('0123456789ABCDEF') for _ in range(8)) + '-' + ''.join(rng.choice('0123456789ABCDEF') for _ in range(4)))}
Member no.: {N(lidnr(rng))}
Steps: open app → "Book class" → select Thursday → app crashes.
Expected: class list. Works on Wi-Fi at the gym (connects to 192.168.50.1), crashes on 4G.
Sent from my iPhone"""
    return f"""Hello, the QR code in the app doesn't open the turnstile at Kwiek Sittard since the update. The screen shows "error 0x80070005". My card number is {N(pasnr(rng))}, membership {N(lidnr(rng))}. The staff let me in manually twice now, but it's a bit annoying at 6:30 am 😅"""


@sc("en", False)
def en_lost_found(rng, k, ppl):
    if k == 0:
        return f"""Lost property – Kwiek Gym Heerlen-Centrum (October)
• black AirPods case – found at rack {rng.randint(1, 6)}, 07-10
• water bottle "Liverpool FC" – studio 2, 09-10
• lifting gloves size M – locker {rng.randint(100, 180)}, 12-10
• silver ring – women's shower, 15-10 (handed to the manager)
Ask at the reception desk; items are kept until 30 November."""
    return f"""Hi, I lost a blue Adidas sports bag on Saturday between 09:00 and 11:00 at the hockey fields (probably near pitch 2, next to the dugout). Inside: shin guards, a stick (Grays, 36.5 inch) and a mouthguard. There's no name on it but the stick has a sticker of Kwiek '58 Ladies 3.
Could you let me know if it turns up? Thanks!"""


@sc("en", False)
def en_sponsor_news(rng, k, ppl):
    if k == 0:
        return f"""Sponsor news: we're delighted to welcome Fysiotherapie Kleijnen & Meessen as our new medical partner for the 2025/26 season. Their physios will be at the clubhouse every Tuesday from 19:00 to 21:00 for quick checks after training (free for members).
Thanks also to Installatiebedrijf Gebr. Huntjens, who sponsored the new LED floodlights on pitches 3 and 4 (€ 18.500)."""
    return f"""Club evening – Friday 21 November, 20:00, clubhouse Sportpark Hoefveld
Agenda: 1. opening 2. annual accounts 2024/25 (treasurer) 3. new membership fees 4. plans for the second artificial pitch 5. any other business
Drinks afterwards sponsored by Harrington's Irish Pub. The meeting is bilingual (Dutch/English); slides in English will be on the website."""


@sc("en", False)
def en_price_question(rng, k, ppl):
    if k == 0:
        return f"""Hi! Quick question – is the € 19,95 joining fee also charged if I sign up during the open week (3-9 Nov)? And is there a family discount if my partner and I both take All-in Flex? Thanks in advance!"""
    return f"""Hi, I was charged twice this month (2 × € 46,50 on 26 Sept, reference {N('KW' + digits(rng, 10))}). Could you refund one of them? It went to the same account as always, you should have it on file. Thanks."""


@sc("en", False)
def en_referees(rng, k, ppl):
    if k == 0:
        return f"""Call for referees! ⚽
We still need 5 volunteers to referee youth matches (U8-U11) on Saturday mornings between 08:45 and 12:00. No experience needed – there's a free 2-hour course on Monday 10 Nov, 19:30, in the clubhouse (Dutch, with English slides).
Youth referees under 16 get € 5,- per match in their "clubkas" card. Sign up at the match secretariat or via wedstrijdsecretariaat@svkwiek58.example."""
    return f"""Training times for the International teams (season 2025/26)
Ladies 3: Tue 20:30-22:00, pitch 2 (water pitch)
Veterans M40: Thu 20:00-21:30, pitch 1
JO11-International: Wed 17:00-18:15, field 3b
Kit: home shirt red/white, away shirt navy. Order via the club webshop before 15 Nov (size chart 116-XXL)."""


@sc("en", False)
def en_invoice_query(rng, k, ppl):
    if k == 0:
        return f"""Hello, I received invoice {N(elf9(rng))} for € 135,- (youth fee, instalment 1) but my son already paid via the Jeugdfonds. Could you check this? Member number {N(lidnr(rng))}.
Sent from my Galaxy"""
    return f"""Dear member,

Your payment of € 24,95 for the period 29-09-2025 to 26-10-2025 could not be collected (reason: insufficient funds). We will try again on 10-11-2025 together with the next instalment.
You can also pay manually to {ORG_IBAN_GYM} (Kwiek Sport B.V.), quoting invoice number {N(elf9(rng))}.

Kwiek Member Services"""


# ==========================================================================================================
# German — with personal data (12 scenarios)

@sc("de", True)
def de_anmeldung(rng, k, ppl):
    p = ppl.new(pick(rng, "de", "de", "tr", "pl"), "F" if k else None)
    a = de_addr(rng)
    if k == 0:
        return f"""Anmeldung Mitgliedschaft – Kwiek Gym Heerlen-Centrum

Vorname: {P(p.given)}
Nachname: {P(p.last)}
Geburtsdatum: {DOB(dob(rng, 1965, 2005, 'de'))}
Straße/Hausnr.: {AD(a.street)}
PLZ/Ort: {PC(a.pc)} {a.town}
Land: Deutschland
Handy: {PH(de_mobile(rng))}
E-Mail: {EM(email(rng, p))}
Tarif: All-in Flex, 4-wöchentlich 39,95 €
IBAN: {IB(iban(rng, 'DE', 'spaced'))}
Kontoinhaber/in: {P(p.full)}
SEPA-Lastschriftmandat erteilt: ja (Gläubiger-ID {ORG_CREDITOR_GYM})
Online-Anmeldung vom 11.10.2025, 22:41 Uhr, IP-Adresse {IP(ipv4(rng))}"""
    q = ppl.partner(p)
    return crlf(f"""Guten Tag,

mein Mann und ich möchten uns gerne für das Duo-Abo (64,90 € pro Monat) anmelden. Wir wohnen in {a.town}, also nur 15 Minuten von Heerlen entfernt.
Unsere Daten:
{P(p.full)}, geb. {DOB(dob(rng, 1970, 1995, 'de_words'))}
{P(q.full)}, geb. {DOB(dob(rng, 1968, 1995, 'de'))}
Anschrift: {AD(a.street)}, {PC(a.pc)} {a.town}
Telefon: {PH(de_fixed(rng, a.area))}
Die Beiträge sollen bitte von unserem gemeinsamen Konto {IB(iban(rng, 'DE'))} abgebucht werden.

Mit freundlichen Grüßen
{P(p.full)}""")


@sc("de", True)
def de_kuendigung(rng, k, ppl):
    p = ppl.new(pick(rng, "de", "de", "tr"))
    if k == 0:
        a = de_addr(rng)
        return crlf(f"""{P(p.full)}
{AD(a.street)}
{PC(a.pc)} {a.town}

Kwiek Sport B.V.
Postbus 3110
6401 DC Heerlen
NIEDERLANDE

{a.town}, den 02.10.2025

Kündigung meiner Mitgliedschaft, Mitgliedsnummer {N(lidnr(rng))}

Sehr geehrte Damen und Herren,

hiermit kündige ich meine Mitgliedschaft fristgerecht zum nächstmöglichen Zeitpunkt. Bitte bestätigen Sie mir die Kündigung schriftlich und teilen Sie mir das Datum mit, an dem die letzte Abbuchung von meinem Konto {IB(iban(rng, 'DE', 'spaced'))} erfolgt.

Mit freundlichen Grüßen

{P(p.full)}""")
    return f"""Hallo Kwiek-Team,
ich möchte mein Abo zum 31.12. kündigen, ich ziehe nach München. Mitgliedsnummer {N(lidnr(rng))}. Die Kündigungsbestätigung bitte an {EM(email(rng, p))}.
Danke und viele Grüße
{P(p.given)}

Von meinem iPhone gesendet"""


@sc("de", True)
def de_schwimmkurs(rng, k, ppl):
    mom = ppl.new(pick(rng, "de", "de", "tr"), "F")
    kid = ppl.kid(mom, pick(rng, "M", "F"))
    if k == 0:
        return f"""Sehr geehrte Frau {P(S('chantal').Last)},

wir möchten unser Kind für den Schwimmkurs (Diploma A) im Zwembad De Geulpoort anmelden. Es hat in Deutschland schon das Seepferdchen gemacht – zählt das?
Name: {P(kid.full)}
Geburtsdatum: {DOB(dob(rng, 2017, 2019, 'de'))}
Erziehungsberechtigte: {P(mom.full)}
Telefon: {PH(de_mobile(rng, 2))}
Am besten passt samstags 09:15 oder mittwochs 15:30.

Viele Grüße aus {pick(rng, 'Herzogenrath', 'Aachen', 'Übach-Palenberg')}
{P(mom.full)}"""
    return f"""Hallo {P(S('katrin').given)},

danke für die schnelle Antwort! Hier noch die fehlenden Angaben für die Warteliste:
Kind: {P(kid.given)} ({DOB(dob(rng, 2018, 2020, 'de_words'))} geboren)
Elternteil: {P(mom.full)}, {EM(email(rng, mom))}
{P(kid.given)} schwimmt schon ca. 10 m ohne Hilfe, hat aber noch Angst beim Tauchen.

LG {P(mom.given)}"""


@sc("de", True)
def de_schliessfach(rng, k, ppl):
    p = ppl.new(pick(rng, "de", "de", "pl"))
    if k == 0:
        return f"""Guten Abend,

heute (Di., 14.10.) wurde zwischen 18:30 und 20:00 mein Spind Nr. 147 im Umkleidebereich von Kwiek Gym Heerlen-Centrum aufgebrochen. Gestohlen wurden mein Portemonnaie mit Personalausweis (Ausweisnummer {ID(de_ausweis(rng))}), Führerschein und etwa 60 € Bargeld sowie der Autoschlüssel – das Auto ({LP(de_plate(rng))}) stand zum Glück noch auf dem Parkplatz.
Ich habe Anzeige bei der Politie Heerlen erstattet. Können Sie die Videoaufnahmen sichern?

{P(p.full)}
{PH(de_mobile(rng, 0))}"""
    return f"""Hallo, ich habe am Samstag im Zwembad De Geulpoort meinen Spindschlüssel (Nr. 233, gelbes Band) verloren und musste das Schloss aufbrechen lassen. An der Kasse sagte man mir, das kostet 25 €. Das finde ich zu viel, weil das Band schon vorher kaputt war. Bitte buchen Sie den Betrag auf meine Kreditkarte zurück: {CC(card(rng, 'visa', 'compact'))}.
Mein Name ist {P(p.full)}, Sie erreichen mich unter {PH(de_mobile(rng, 4))}."""


@sc("de", True)
def de_spielbericht(rng, k, ppl):
    ps = [ppl.new(pick(rng, "de", "de", "nl", "tr"), "M" if k == 0 else "F") for _ in range(4)]
    if k == 0:
        return f"""Spielbericht Heren 2: Kwiek '58 – {pick(rng, *CLUBS)} 2 ⚽ 4:2

Unsere deutschen Jungs aus dem Grenzland waren wieder stark! {P(ps[0].full)} traf schon in der 5. Minute, {P(ps[1].full)} legte per Elfmeter das 2:0 nach. Nach dem Anschlusstreffer und dem 2:2 kurz nach der Pause war es {P(ps[2].given)}, der mit einem Doppelpack (71., 84.) alles klar machte.
Gelbe Karte für {P(ps[3].full)} wegen Meckerns 🙄
Nächstes Spiel: Sa. 14:30 auswärts, Treffpunkt 13:15 am Vereinsheim."""
    opp = pick(rng, *HOCKEYCLUBS)
    return f"""Damen 2 (Hockey) gewinnt knapp: Kwiek '58 – {opp} D3 3:2

Bei Regen auf Platz 2 (Wasserkunstrasen) brauchten wir eine Halbzeit, um ins Spiel zu kommen. {P(ps[0].full)} glich per Siebenmeter aus, danach trafen {P(ps[1].full)} und – nach schöner Vorarbeit von {P(ps[2].given)} – {P(ps[3].full)} zum 3:1. Das 3:2 fiel erst in der letzten Minute.
Danke an Metzgerei Willi Offermanns für die Würstchen nach dem Spiel! 🌭"""


@sc("de", True)
def de_eupen(rng, k, ppl):
    p = ppl.new("de")
    a = be_addr(rng, eupen=True)
    if k == 0:
        return f"""Guten Tag,

ich wohne in {a.town} (Ostbelgien) und möchte Mitglied im Kwiek Gym Heerlen-Centrum werden. Geht das Lastschriftverfahren auch mit einem belgischen Konto?
Meine Daten:
{P(p.full)}
{AD(a.street)}
{PC(a.pc)} {a.town}, Belgien
GSM: {PH(be_mobile(rng, 0).replace(' ', NBSP))}
IBAN: {IB(iban(rng, 'BE', 'spaced'))}

Mit freundlichen Grüßen
{P(p.full)}"""
    return f"""Hallo zusammen, mein Sohn spielt bei euch in der JO15-2 und wir sind von Kelmis nach {a.town} umgezogen. Neue Adresse: {AD(a.street)}, {PC(a.pc)} {a.town}. Meine Handynummer bleibt {PH(be_mobile(rng, 1))}.
Bitte auch in Sportlink ändern.
Gruß {P(p.full)}"""


@sc("de", True)
def de_trainer_rechnung(rng, k, ppl):
    p = ppl.new("de", pick(rng, "M", "F"))
    a = de_addr(rng)
    if k == 0:
        return f"""RECHNUNG Nr. 2025-{rng.randint(10, 60)}

{P(p.full)} – Schwimmtrainer/in (freiberuflich)
{AD(a.street)}, {PC(a.pc)} {a.town}
Steuernummer: {N('202/5' + digits(rng, 3) + '/' + digits(rng, 4))}

an: Kwiek Sport B.V., Mijnzetellaan 40, 6412 ZK Heerlen, Niederlande
Rechnungsdatum: 30.09.2025

Leistung: Aquafitness-Kurse Zwembad De Geulpoort, September 2025, 10 × 45 Min. à 40,00 € = 400,00 €
Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.

Bitte überweisen Sie den Betrag bis zum 14.10.2025 auf mein Konto:
{IB(iban(rng, 'DE', 'spaced'))} ({pick(rng, 'Sparkasse Aachen', 'Aachener Bank', 'Postbank')})"""
    return f"""Hallo {P(S('romy').given)},

anbei meine Daten für die Honorarabrechnung der Vertretungsstunden (Spinning, 3 × im Oktober):
Name: {P(p.full)}
Anschrift: {AD(a.street)}, {PC(a.pc)} {a.town}
Bankverbindung: {IB(iban(rng, 'DE'))}
Tel.: {PH(de_fixed(rng, a.area, 2))}
Seit Juli habe ich eine niederländische Eenmanszaak: KvK-Nummer {KVK(kvk(rng))}, btw-id {BTW(btw_id(rng))}. Bitte also mit 21 % btw abrechnen.

Viele Grüße
{P(p.given)}"""


@sc("de", True)
def de_video(rng, k, ppl):
    p = ppl.new(pick(rng, "de", "tr"))
    if k == 0:
        return f"""Betreff: Videoaufnahmen Parkplatz

Sehr geehrte Damen und Herren,

am Sonntag, den 12.10.2025, wurde mein Fahrrad (E-Bike, Cube, schwarz) zwischen 10:00 und 12:30 vom Fahrradständer vor dem Zwembad De Geulpoort gestohlen, obwohl es abgeschlossen war. Auf dem Parkplatz hängen Kameras. Ich bitte Sie, die Aufnahmen zu sichern und der Polizei zur Verfügung zu stellen (Aktenzeichen {N('PL2300-2025' + digits(rng, 6))}).
Für Rückfragen: {PH(de_mobile(rng, 1))} oder {EM(email(rng, p))}.

Mit freundlichen Grüßen
{P(p.full)}"""
    w = ppl.new("de", "F")
    return f"""Hallo {P(S('katrin').given)},

wie telefonisch besprochen: Beim Ausparken hat am Freitagabend ein Transporter mit dem Kennzeichen {LP(kenteken(rng, pick(rng, 9, 10, 11)))} meinen Spiegel abgefahren und ist weitergefahren. Eine andere Besucherin, {P(w.full)}, hat es auch gesehen und ist bereit, als Zeugin auszusagen. Mein eigenes Auto: {LP(de_plate(rng))}.
Gibt es Kamerabilder vom Parkplatz?

Gruß {P(p.full)}"""


@sc("de", True)
def de_eltern_chat(rng, k, ppl):
    ps = [ppl.new(pick(rng, "de", "de", "nl", "tr")) for _ in range(3)]
    kid = ppl.kid(ps[1], "F")
    coach = ppl.new("de", "M")
    if k == 0:
        return f"""[19:03] {P(coach.full)}: Hallo Eltern der MO13-1! Samstag Auswärtsspiel in Kerkrade, Anstoß 11:00, Treffpunkt 10:00 am Vereinsheim. Wer fährt? 🚙
[19:07] {P(ps[0].given)}: Ich kann 3 Mädels mitnehmen
[19:09] {P(ps[1].full)}: {P(kid.given)} hat Fieber, sie fällt leider aus 🤒
[19:12] {P(ps[2].given)}: Ich fahre auch. Bitte kurz per WhatsApp melden: {PH(de_mobile(rng, 0))}
[19:15] {P(coach.given)}: Super, danke! Trikots Nr. 2–14 hat {P(ps[0].given)}."""
    return f"""[07:45] {P(ps[0].full)}: Guten Morgen, weiß jemand, ob das Training heute wegen Sturm ausfällt?
[07:52] {P(coach.given)} (Trainer): Ja, alles draußen fällt aus. Ersatz: Halle (Sporthal De Kamp) 17:00-18:00, Halle 2.
[07:53] {P(ps[1].given)}: Danke! Kann jemand {P(kid.given)} mitnehmen? Ich arbeite bis 18 Uhr. Meine Nummer falls was ist: {PH(nl_mobile(rng, 4))}
[07:55] {P(ps[2].given)}: Ich nehme sie mit 👍"""


@sc("de", True)
def de_pt(rng, k, ppl):
    c = ppl.new(pick(rng, "de", "de", "pl"))
    pt = S("yusuf")
    if k == 0:
        return f"""Hallo {P(pt.given)},

ich würde gerne ein 5er-Paket Personal Training bei dir buchen (Ziel: Rückenschmerzen loswerden, Rumpfkraft). Am besten dienstags oder donnerstags ab 19 Uhr.
Die Rechnung bitte an {EM(email(rng, c))}, meine Handynummer ist {PH(de_mobile(rng, 3))}. Bezahlen würde ich gern per Kreditkarte: {CC(card(rng, 'mc2', 'dashed'))} (gültig bis 11/27).

Sportliche Grüße
{P(c.full)}"""
    return f"""Buchungsbestätigung Personal Training
Kunde/Kundin: {P(c.rev)}
Trainer: {P(pt.full)}
Termine: Do. 23.10. 19:00 | Do. 30.10. 19:00 | Do. 06.11. 19:00 (Raum 2, Rack 3)
Paket: 3 × 60 Min., 165,00 € (bezahlt mit Karte, ****{N(digits(rng, 4))})
Absage bis 24 Stunden vorher kostenlos."""


@sc("de", True)
def de_sepa(rng, k, ppl):
    par = ppl.new(pick(rng, "de", "tr"))
    kid = ppl.kid(par)
    a = de_addr(rng)
    if k == 0:
        return f"""SEPA-LASTSCHRIFTMANDAT
Zahlungsempfänger: Sportvereniging Kwiek '58, Hoefveldweg 15, 6361 HX Nuth, Niederlande
Gläubiger-Identifikationsnummer: {ORG_CREDITOR_CLUB}
Mandatsreferenz: KW58-{N(digits(rng, 6, '1234'))}

Mitglied: {P(kid.full)}, Mannschaft JO{rng.randint(9, 15)}-{rng.randint(1, 3)}
Kontoinhaber/in: {P(par.rev)}
Anschrift: {AD(a.street)}, {PC(a.pc)} {a.town}
IBAN: {IB(iban(rng, 'DE', 'spaced'))}
BIC: {pick(rng, 'AACSDE33XXX', 'GENODED1AAC', 'PBNKDEFFXXX')}
Ort, Datum: {a.town}, 01.09.2025"""
    return f"""Hallo {P(S('ingrid').given)},

die Lastschrift für die Beiträge meiner Tochter {P(kid.given)} ist zurückgegangen, weil ich das Konto gewechselt habe. Tut mir leid! Neue IBAN: {IB(iban(rng, 'DE'))}, Kontoinhaber ist weiterhin {P(par.full)}. Bitte die Rücklastschriftgebühr (3,50 €) einfach mit abbuchen.

Viele Grüße"""


@sc("de", True)
def de_vog(rng, k, ppl):
    p = ppl.new("de")
    mk = S("marieke")
    a = de_addr(rng)
    if k == 0:
        return f"""Liebe Frau {P(mk.Last)},

für meine Tätigkeit als Jugendtrainer (JO12-1) benötigen Sie eine VOG. Da ich in Deutschland wohne, habe ich ein erweitertes Führungszeugnis beantragt; das niederländische Formular fragt aber trotzdem nach folgenden Angaben:
Name: {P(p.full)}
Geburtsdatum: {DOB(dob(rng, 1970, 2003, 'de'))}
Geburtsort: {pick(rng, 'Aachen', 'Düren', 'Mönchengladbach')}
Personalausweis-Nr.: {ID(de_ausweis(rng))}
Anschrift: {AD(a.street)}, {PC(a.pc)} {a.town}

Reicht das deutsche Führungszeugnis aus?
Mit freundlichen Grüßen
{P(p.full)}"""
    return f"""Hallo {P(mk.given)}, kurze Frage: Für die VOG verlangt Justis eine niederländische BSN. Ich habe eine, weil ich in Maastricht arbeite: {BS(bsn(rng, 'spaced'))}. Geburtsdatum {DOB(dob(rng, 1975, 2004, 'de'))}. Kannst du den Antrag damit starten? Danke, {P(p.given)}"""


# German — without personal data (8 scenarios)

@sc("de", False)
def de_kursplan(rng, k, ppl):
    if k == 0:
        return f"""Kursplan Kwiek Gym Heerlen-Centrum (ab Mo., {pick(rng, 3, 10, 17)}.11.)
Mo 07:00 HIIT (Raum 1) | 19:00 Spinning (Bike-Raum, 24 Räder)
Di 09:30 Pilates (Raum 2) | 18:30 BodyPump (Raum 1)
Mi 19:30 Boxen Bootcamp (draußen, Platz 4, Sportpark Hoefveld)
Do 19:45 Aquafitness (Zwembad De Geulpoort, Becken 2, 31 °C)
Buchung 48 Std. vorher per App; bei Nichterscheinen 5,- € Gebühr."""
    return f"""Schwimmkurse für Kinder – Zwembad De Geulpoort
In den Niederlanden lernen Kinder für die Zwemdiploma A, B und C (kein Seepferdchen). Diploma A entspricht ungefähr dem Bronze-Abzeichen.
Kurszeiten: Mi 15:30 und Sa 09:15 (A), Sa 10:00 (B), Sa 10:45 (C). Preis: 14,25 € pro Stunde, Abbuchung alle 4 Wochen.
Unterricht auf Niederländisch, unsere Schwimmlehrer sprechen aber auch Deutsch. Anmeldung: zwemles@kwieksport.example"""


@sc("de", False)
def de_preise(rng, k, ppl):
    if k == 0:
        return f"""Beiträge 2026 (Kwiek Sport B.V.)
Basic 24,95 € | All-in Flex 39,95 € | All-in + Schwimmen 46,50 € | Student (bis 26) 21,95 € – jeweils pro 4 Wochen
Aufnahmegebühr 19,95 €, Ersatzkarte 7,50 €.
Abbuchung per SEPA-Lastschrift (Gläubiger-ID {ORG_CREDITOR_GYM}) um den 26. des Monats. Überweisung möglich auf {group4(ORG_IBAN_GYM)}, BIC RABONL2U.
Kwiek Sport B.V., Mijnzetellaan 40, 6412 ZK Heerlen, Niederlande – KvK 14083927 – USt-IdNr. NL859321472B01"""
    return f"""Hallo,

vielen Dank für Ihre Anfrage. Mitglieder aus Deutschland und Belgien sind bei uns herzlich willkommen! Sie brauchen nur ein SEPA-Konto (DE, BE, NL …), eine deutsche Handynummer ist kein Problem.
Für Fragen erreichen Sie unseren Mitgliederservice unter +31 45 711 2000 (Mo–Fr 9–17 Uhr) oder per WhatsApp unter +31 6 2281 4470.

Mit sportlichen Grüßen
Ihr Kwiek Mitgliederservice"""


@sc("de", False)
def de_schliessung(rng, k, ppl):
    if k == 0:
        return f"""Wichtige Info: Vom {rng.randint(3, 7)}. bis {rng.randint(14, 21)}. November ist Becken 1 im Zwembad De Geulpoort wegen Wartungsarbeiten geschlossen.
Bahnenschwimmen nur Di/Do 07:00–08:30 in Becken 2 (Bahnen 5–6). Die Sauna bleibt geöffnet (täglich 10–22 Uhr, Damensauna Di).
Wir bitten um Ihr Verständnis!"""
    return f"""Unwetterwarnung für Donnerstag: Alle Trainingseinheiten im Freien auf dem Sportpark Hoefveld fallen ab 16:00 Uhr aus (Fußball Plätze 1–4, Hockey Platz 1 und 2). Das Hallentraining der JO8/JO9 findet in der Sporthal De Kamp statt, 17:00–18:00 Uhr.
Spiele am Samstag finden statt, sofern bis 07:30 Uhr keine Absage in der App steht."""


@sc("de", False)
def de_app(rng, k, ppl):
    if k == 0:
        return f"""Hallo, seit dem Update auf Version {N('6.1.0.' + str(rng.randint(10, 40)))} stürzt die Kwiek-App auf meinem Samsung ab, sobald ich einen Kurs buchen will. Mitgliedsnummer {N(lidnr(rng))}, Kartennummer {N(pasnr(rng))}. Im WLAN des Studios (192.168.50.1) geht es, im Mobilnetz nicht.
Gesendet von meinem Galaxy"""
    return f"""Guten Tag, mir wurden im September zwei Mal 46,50 € abgebucht (Referenz {N('KW' + digits(rng, 10))} und {N('KW' + digits(rng, 10))}). Können Sie eine Abbuchung zurückerstatten? Das Konto ist dasselbe wie immer.
Vielen Dank!"""


@sc("de", False)
def de_spielplan(rng, k, ppl):
    d = match_date(rng, weekday=6)
    if k == 0:
        return f"""Spielplan Hockey, Sonntag {d.day:02d}.{d.month:02d}.{d.year} – Sportpark Hoefveld
09:30  MO12-1 – HC Heuvelland MO12-2      Platz 1
11:15  Damen 3 (International) – HC Jekervallei D4   Platz 2 (Wasser)
12:45  Herren 1 – MHC Mijnstreek H1       Platz 1
14:30  Veteranen M40 – HV Kempenbroek     Platz 2
Letzter Spieltag: Damen 1 – HC Heuvelland D1 2:2, Herren 1 – HC Jekervallei H2 5:1."""
    return f"""Ergebnisse Samstag: JO13-2 – SC Kasteelpark 4:4 | MO15-1 – RKSV Geuldal '31 2:2 | Heren 3 – VV Mergelland 3 3:1 | JO17-1 – VV Heidebloem 0:2
Tabelle Heren 3: Platz 2 mit 17 Punkten aus 8 Spielen (Torverhältnis 21:12).
Nächster Heimspieltag: 15.11., Anstoß Heren 3 um 14:30 Uhr auf Platz 2."""


@sc("de", False)
def de_fundsachen(rng, k, ppl):
    if k == 0:
        return f"""Fundsachen Zwembad De Geulpoort (Oktober)
– blaue Schwimmbrille (Kabine {rng.randint(1, 30)})
– Schlüsselbund mit Alemannia-Anhänger
– rosa Handtuch mit Einhorn
– Spindschlüssel Nr. {rng.randint(200, 260)} (oranges Band)
Abholung an der Kasse bis 31.12.2025."""
    return f"""Hallo, ich habe am Samstag nach dem Hockeyspiel meine Tasche auf Platz 2 (neben der Bank) liegen lassen: schwarz, Marke Adidas, darin Schienbeinschoner und ein Schläger (Grays, 36,5 Zoll). Falls jemand sie gefunden hat, bitte an der Bar abgeben. Danke!"""


@sc("de", False)
def de_sponsoring(rng, k, ppl):
    if k == 0:
        return f"""Neuer Sponsor für unsere Damen 2! 🏑
Das Autohaus Peter Lennartz GmbH aus Übach-Palenberg unterstützt die Mannschaft ab sofort mit neuen Trikots und einem Mannschaftsbus für Auswärtsfahrten. Vielen Dank an das ganze Team vom Autohaus Lennartz!
Auch die Metzgerei Willi Offermanns bleibt an Bord – die Bratwurst nach dem Heimspiel ist gesichert 🌭
#kwiek58 #hockey #Grenzland"""
    return f"""Einladung zum Vereinsabend am Freitag, 21. November, 20:00 Uhr im Vereinsheim Sportpark Hoefveld
Tagesordnung: 1. Begrüßung 2. Jahresabschluss 2024/25 3. Beiträge 2026 4. Kunstrasenplatz Nr. 2 5. Verschiedenes
Die Sitzung ist zweisprachig (NL/DE). Anmeldung nicht nötig."""


@sc("de", False)
def de_frage(rng, k, ppl):
    if k == 0:
        return f"""Hallo, mein Sohn ist 8 Jahre alt und hat in Aachen schon das Seepferdchen und das Bronze-Abzeichen gemacht. Muss er trotzdem mit Diploma A anfangen? Und gibt es einen Kurs am Samstag vor 10 Uhr? Vielen Dank im Voraus!"""
    return f"""Guten Tag, gibt es bei Ihnen eine Familienmitgliedschaft? Wir sind 2 Erwachsene und 2 Kinder (6 und 9 Jahre) und würden gerne schwimmen und ins Fitnessstudio gehen. Wohnen in Herzogenrath, also sehr nah. Grüße aus dem Nachbarland!"""


# ==========================================================================================================
# self test: validators against the reference's vectors, and the organisation's own data

def self_test():
    checks = []

    def t(name, got, want=True):
        checks.append((name, got == want))

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303",
              "103349856", "044126396", "656412689", "460455977", "879119330", "999999990", "111111110"]:
        t(f"bsn {v}", elfproef(v))
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        t(f"bsn {v}", elfproef(v), False)
    t("bank11 123456789", bank11("123456789"))
    t("bank11 999999990", bank11("999999990"))
    t("onderwijsnr 101222331", onderwijsnummer("101222331"))
    t("onderwijsnr 100252333", onderwijsnummer("100252333"), False)
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789",
              "NL20INGB0001234567", "NL39RABO0300065264", "NL44RABO0123456789", "NL86INGB0002445588",
              "NL68KNAB0123456789", "NL32BUNQ2012345678", "BE71 0961 2345 6769", "DE89370400440532013000",
              "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606", "FR76 3000 6000 0112 3456 7890 189",
              "GB82WEST12345698765432", "NL91" + NBSP + "ABNA" + NBSP + "0417" + NBSP + "1643" + NBSP + "00"]:
        t(f"iban {v}", iban_ok(v))
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300",
              "DE89370400440532013001", "BE68539007547035", ORG_CREDITOR_GYM, ORG_CREDITOR_CLUB]:
        t(f"iban {v}", iban_ok(v), False)
    t("iban_make", iban_make("NL", "ABNA0417164300"), "NL91ABNA0417164300")
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67", "0111-123456",
              "06 12345678", "06 1234 5678", "06-12 34 56 78", "06 - 123 456 78", "0612345678", "(06) 12345678",
              "+31 6 12345678", "+316-12345678", "+31 (0) 6-123 456 78", "+31 0 6 12345678", "0031 6 1234 5678",
              "020 123 4567", "+31(0)20-1234567", "0031-(0)20-1234567", "+31-20-1234567", "+31.20.123.45.67",
              "020/1234567", "097012345678", "045 711 2000", "046 420 5858", "043-3512345", "0475 123456"]:
        t(f"nl phone {v}", nl_phone(v))
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "069 1234567",
              "0676 123456", "020-123456", "012-3456789", "0800-1234", "0900-1234567"]:
        t(f"nl phone {v}", nl_phone(v), False)
    for v in ["+32 470 12 34 56", "0470 12 34 56", "02 511 22 33", "09 265 12 34", "050 44 86 86", "0470/12.34.56"]:
        t(f"be phone {v}", be_phone(v))
    for v in ["+32 470 12 34 5", "02 123 45 67", "09 123 45 67"]:
        t(f"be phone {v}", be_phone(v), False)
    for v in ["+49 30 12345678", "0151 23456789", "+49 (0)221 1234567", "0049 171 1234567", "0241 4711234",
              "02406 81234"]:
        t(f"de phone {v}", de_phone(v))
    t("de phone +49 151 234", de_phone("+49 151 234"), False)
    for v in ["07700 900123", "+44 113 496 0123", "(0161) 496 0789"]:
        t(f"uk phone {v}", uk_phone(v))
    for v in ["07700 123456", "0113 123 4567"]:
        t(f"uk phone {v}", uk_phone(v), False)
    for v in ["1012 AB", "1012AB", "9999 ZZ", "1000 AA", "1012" + NBSP + "AB"]:
        t(f"postcode {v}", nl_postcode(v))
    t("postcode 1012 ab (lower)", postcode_ok("1012 ab"))
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        t(f"postcode {v}", nl_postcode(v), False)
    for v in ["3620", "52062", "LS6 2QT", "EH9 1HN", "M20 3HN"]:
        t(f"postcode {v}", postcode_ok(v))
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        t(f"docnr {v}", nl_doc_ok(v))
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        t(f"docnr {v}", nl_doc_ok(v), False)
    t("residence III-V123AL568", residence_doc_ok("III-V123AL568"))
    t("residence III-V1230L568 (0)", residence_doc_ok("III-V1230L568"), False)
    for v in ["AB-12-34", "12-34-XY", "12-AB-34", "GB-12-DF", "XB-PK-12", "12-DF-GH", "12-GBX-3", "1-KBB-12",
              "VB-123-X", "G-123-BB", "GBB-12-X", "G-12-BBB", "1-BB-123", "123-BB-1", "GBB12X", "gb-12-df", "GB 12 DF"]:
        t(f"kenteken {v}", kenteken_ok(v))
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123", "JO13-2", "MO15-1"]:
        t(f"kenteken {v}", kenteken_ok(v), False)
    for v in ["AC-KW 512", "HS-B 4421", "DN-XY 87"]:
        t(f"de plate {v}", de_plate_ok(v))
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        t(f"btw {v}", btw_ok(v))
    t("OB NL004495445B01", ob_ok("NL004495445B01"))
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL111234567B01", "NL12345678B01"]:
        t(f"btw {v}", btw_ok(v) or ob_ok(v), False)
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "30569309025904", "6759649826438453"]:
        t(f"card {v}", card_ok(v))
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        t(f"card {v}", card_ok(v), False)
    t("IMEI trap is Luhn-valid", luhn("490154203237518"))
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM",
              "info@bakkerij-de-groot.frl"]:
        t(f"email {v}", email_ok(v))
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld", "icon@2x.png"]:
        t(f"email {v}", email_ok(v), False)
    for v in ["8.8.8.8", "84.241.17.3", "2a02:a46b:5182:1:e957:446b::69"]:
        t(f"ip global {v}", ip_ok(v))
    for v in ["192.168.1.10", "10.20.4.17", "172.16.4.12", "127.0.0.1", "2001:db8::1", "256.1.1.1",
              "010.001.001.001", "2001:db8:::1", "00:1A:2B:3C:4D:5E", "12:30:45", "192.0.2.7"]:
        t(f"ip not global {v}", ip_ok(v), False)
    for v in ["12-03-1985", "5 mei 1960", "1-4-1990", "03/07/1979", "29.02.1992", "17 okt. 2001", "14. März 1988",
              "March 12, 1985", "1985-03-12"]:
        t(f"dob {v}", dob_ok(v))
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999", "12-03-2031"]:
        t(f"dob {v}", dob_ok(v), False)
    for v in ["Kerkstraat 12a", "Laan van Meerdervoort 123a", "Burg. de Monchyplein 10-II", "Kerkstraat 12 hs",
              "Postbus 626", "72 Green Lane", "Flat 2, 14 Mill Road", "Hauptstraße 5", "Kerkstraat 12 bus 3"]:
        t(f"address {v}", address_ok(v))
    # the organisation's own data
    for v in ORG["ibans"]:
        t(f"org iban {v}", iban_ok(v))
    for v in ORG["phones"]:
        t(f"org phone {v}", nl_phone(v))
    t("org btw is an RSIN-based OB number", ob_ok(ORG["btw"][0]))
    t("org btw is not a mod-97 btw-id", btw_ok(ORG["btw"][0]), False)
    for a in ORG["addresses"]:
        t(f"org postcode in {a}", nl_postcode(re.search(r"\d{4} [A-Z]{2}", a).group(0)))
    for v in ORG["kvk"]:
        t(f"org kvk {v}", kvk_ok(v))
    t("org phone recognised in another written form", is_org_value("+31 45 711 2000"))
    t("org iban recognised spaced", is_org_value(group4(ORG_IBAN_GYM)))
    # generators
    rng = random.Random(f"{SEED}:selftest")
    for _ in range(200):
        t("gen bsn", elfproef(bsn(rng)))
        t("gen btw", btw_ok(btw_id(rng)) and not ob_ok(btw_id(rng)))
        t("gen pasnr is no card", card_ok(pasnr(rng)), False)
        t("gen uk passport fails elfproef", elfproef(uk_passport(rng)), False)
        t("gen kenteken", kenteken_ok(kenteken(rng, rng.randint(4, 11))))
        t("gen iban BE", iban_ok(iban(rng, "BE")))
        t("gen elf9", elfproef(elf9(rng)))
    failed = [n for n, ok in checks if not ok]
    return len(checks), failed


# ==========================================================================================================
# build, check, write

def build():
    per_lang = {"nl": [], "en": [], "de": []}
    for lang, name, pii, f in SCENARIOS:
        for k in (0, 1):
            rng = random.Random(f"{SEED}:{name}:{k}")
            marked = f(rng, k, Ppl(rng))
            text, spans, cspans, negs = render(marked)
            per_lang[lang].append({"scenario": name, "k": k, "pii": pii, "lang": lang, "text": text,
                                   "spans": spans, "cspans": cspans, "negs": negs})
    out = []
    for lang in ("nl", "en", "de"):
        recs = per_lang[lang]
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(recs)
        for i, r in enumerate(recs, 1):
            r["id"] = f"{PREFIX}-{lang}-{i:03d}"
            out.append(r)
    return out


def serialise(recs):
    lines = [json.dumps({"id": r["id"], "lang": r["lang"], "text": r["text"], "spans": r["spans"]},
                        ensure_ascii=False) for r in recs]
    return ("\n".join(lines) + "\n").encode("utf-8")


def reslice(data, recs):
    errs = []
    for line, r in zip(data.decode("utf-8").splitlines(), recs):
        obj = json.loads(line)
        b = obj["text"].encode("utf-8")
        if len(obj["spans"]) != len(r["cspans"]):
            errs.append(f"{obj['id']}: span count")
        for sp, (_, _, lab, val) in zip(obj["spans"], r["cspans"]):
            try:
                got = b[sp["start"]:sp["end"]].decode("utf-8")
            except UnicodeDecodeError:
                errs.append(f"{obj['id']}: span cuts a UTF-8 sequence")
                continue
            if got != val or sp["label"] != lab or sp["label"] not in LABELS:
                errs.append(f"{obj['id']}: re-slice mismatch {got!r} != {val!r}")
            if got != got.strip():
                errs.append(f"{obj['id']}: whitespace at span edge")
    return errs


def toml_text():
    def arr(xs):
        return "[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in xs) + "]"
    o = ORG
    return "\n".join([
        "[organisation]",
        f"names     = {arr(o['names'])}",
        f"domains   = {arr(o['domains'])}",
        f"phones    = {arr(o['phones'])}",
        f"ibans     = {arr(o['ibans'])}",
        f"addresses = {arr(o['addresses'])}",
        f"kvk       = {arr(o['kvk'])}",
        f"btw       = {arr(o['btw'])}",
        f"handles   = {arr(o['handles'])}",
    ]) + "\n"


def stats(recs):
    langs = ("nl", "en", "de")
    counts = {lab: {lg: 0 for lg in langs} for lab in LABELS}
    for r in recs:
        for sp in r["spans"]:
            counts[sp["label"]][r["lang"]] += 1
    n = {lg: sum(1 for r in recs if r["lang"] == lg) for lg in langs}
    free = {lg: sum(1 for r in recs if r["lang"] == lg and not r["spans"]) for lg in langs}
    lens = sorted(len(r["text"].encode("utf-8")) for r in recs)
    lines = [f"Messages: nl {n['nl']}, en {n['en']}, de {n['de']} = {len(recs)}. Without personal data: "
             f"{sum(free.values())} (nl {free['nl']}, en {free['en']}, de {free['de']}) = "
             f"{100 * sum(free.values()) / len(recs):.1f} %.",
             f"Length {lens[0]}–{lens[-1]} bytes (median {lens[len(lens) // 2]}). "
             f"{sum(1 for r in recs if not r['text'].isascii())} texts contain non-ASCII; "
             f"{sum(1 for r in recs if any(ord(c) > 0xFFFF for c in r['text']))} contain emoji (4-byte UTF-8); "
             f"{sum(1 for r in recs if chr(13) in r['text'])} use CRLF; "
             f"{sum(1 for r in recs if NBSP in r['text'])} contain NBSP.",
             "", "| label | nl | en | de | total |", "|---|---:|---:|---:|---:|"]
    tot = {lg: 0 for lg in langs}
    for lab in LABELS:
        c = counts[lab]
        for lg in langs:
            tot[lg] += c[lg]
        lines.append(f"| `{lab}` | {c['nl']} | {c['en']} | {c['de']} | {sum(c.values())} |")
    lines.append(f"| **all** | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")
    return "\n".join(lines)


def mutation(recs):
    res = {lab: [0, 0] for lab in LABELS}
    for r in recs:
        for i, sp in enumerate(r["cspans"]):
            r2 = dict(r)
            r2["cspans"] = r["cspans"][:i] + r["cspans"][i + 1:]
            r2["pii"] = r["pii"] if r2["cspans"] else r["pii"]
            res[sp[2]][1] += 1
            if audit(r2):
                res[sp[2]][0] += 1
    return ", ".join(f"{lab} {c}/{n}" for lab, (c, n) in res.items() if n)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mutation", action="store_true", help="remove each gold span in turn and re-run the audit")
    args = ap.parse_args()
    n, failed = self_test()
    if failed:
        sys.exit("self test failed: " + "; ".join(failed[:20]))
    print(f"self test: {n} checks passed")
    recs = build()
    errs = []
    texts = [r["text"] for r in recs]
    if len(set(texts)) != len(texts):
        errs.append("duplicate texts")
    for r in recs:
        errs += audit(r)
    want = {"nl": 60, "en": 50, "de": 40}
    for lg, w in want.items():
        if sum(1 for r in recs if r["lang"] == lg) != w:
            errs.append(f"{lg}: wrong number of messages")
    if sum(1 for r in recs if not r["spans"]) < 0.35 * len(recs):
        errs.append("fewer than 35 % PII-free messages")
    data = serialise(recs)
    errs += reslice(data, recs)
    if errs:
        print("\n".join(errs[:80]))
        sys.exit(f"audit failed: {len(errs)} problems; gold.jsonl not written")
    (HERE / "gold.jsonl").write_bytes(data)
    (HERE / "pii-scrubber.toml").write_text(toml_text(), encoding="utf-8")
    back = (HERE / "gold.jsonl").read_bytes()
    errs = reslice(back, recs)
    if errs:
        sys.exit("re-slice of written file failed: " + "; ".join(errs[:10]))
    print(stats(recs))
    if args.mutation:
        print("mutation check (audit notices a removed span):", mutation(recs))
    print("sha256(gold.jsonl) =", hashlib.sha256(back).hexdigest())


if __name__ == "__main__":
    main()
