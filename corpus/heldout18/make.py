#!/usr/bin/env python3
"""heldout18 generator: a Dutch online shop with its own parcel delivery (Waddenmarkt).

Python 3.11, standard library only. Deterministic: every instance uses
random.Random(f"{SEED}:{scenario}:{k}") (string seeds are hashed with SHA-512 by `random`,
so PYTHONHASHSEED has no effect). Writes gold.jsonl next to this file, prints statistics
and the sha256. Refuses to write anything if a self-test or audit check fails.
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

SEED = "heldout18-waddenmarkt-v1"
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- organisation (never labelled)
ORG = {
    "names": ["Waddenmarkt B.V.", "Waddenmarkt", "Waddenmarkt Bezorgt", "Waddenmarkt Klantenservice",
              "Waddenmarkt Marktplaats", "Waddenmarkt Customer Care", "Waddenmarkt Kundenservice",
              "Waddenmarkt Retourcentrum"],
    "domains": ["waddenmarkt.example"],
    "phones": ["088 247 6600", "06 4170 2288", "085 760 3310"],
    "ibans": ["NL51INGB0007331526", "NL48RABO0318440297"],
    "addresses": ["Kwelderdijk 40, 8862 TZ Westerkwelder", "Logistiekweg 12, 8869 BH Westerkwelder",
                  "Postbus 2210, 8860 AE Westerkwelder",
                  "Antwoordnummer 4417, 8860 VB Westerkwelder"],
    "kvk": ["80436172"],
    "btw": ["NL862930417B93"],
    "handles": ["@Waddenmarkt", "@waddenmarkt_help", "@WMbezorgt"],
}
ORG_LITERALS = ["8860 VB", "8862 TZ", "8869 BH", "8860 AE", "8862TZ", "Kwelderdijk 40", "Logistiekweg 12", "Postbus 2210",
                "80436172", "NL862930417B93", "NL51INGB0007331526", "NL51 INGB 0007 3315 26",
                "NL48RABO0318440297", "NL48 RABO 0318 4402 97", "088 247 6600", "088-2476600",
                "+31 88 247 6600", "06 4170 2288", "06-41702288", "+31 6 4170 2288", "085 760 3310",
                "+31 85 760 3310"]

# ---------------------------------------------------------------- markup
S0, S1, S2 = "\ue000", "\ue001", "\ue002"
NBSP = "\u00a0"
LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]


def mark(label, value):
    assert label in LABELS, label
    assert value == value.strip() and value, repr(value)
    return f"{S0}{label}{S1}{value}{S2}"


def P(v): return mark("PERSON", v)
def E(v): return mark("EMAIL", v)
def PH(v): return mark("PHONE", v)
def IB(v): return mark("IBAN", v)
def BS(v): return mark("BSN", v)
def AD(v): return mark("ADDRESS", v)
def PC(v): return mark("POSTCODE", v)
def CC(v): return mark("CREDIT_CARD", v)
def IPA(v): return mark("IP_ADDRESS", v)
def DOB(v): return mark("DATE_OF_BIRTH", v)
def ID(v): return mark("ID_DOCUMENT", v)
def KT(v): return mark("LICENSE_PLATE", v)
def BTW(v): return mark("BTW_ID", v)
def KVK(v): return mark("KVK", v)


def render(marked):
    out, spans, pos, i = [], [], 0, 0
    while i < len(marked):
        j = marked.find(S0, i)
        if j < 0:
            out.append(marked[i:]); break
        out.append(marked[i:j])
        pos_b = len("".join(out).encode("utf-8"))
        k = marked.index(S1, j); m = marked.index(S2, k)
        label, value = marked[j + 1:k], marked[k + 1:m]
        out.append(value)
        spans.append({"start": pos_b, "end": pos_b + len(value.encode("utf-8")), "label": label, "_v": value})
        i = m + 1
    text = "".join(out)
    assert S0 not in text and S1 not in text and S2 not in text
    return text, spans


# ---------------------------------------------------------------- validators
def iban_check_digits(cc, bban):
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return "%02d" % (98 - n % 97)


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "FR": 27, "GB": 22, "PL": 28, "ES": 24, "LT": 20}


def iban_valid(s):
    s = re.sub(r"[ \u00a0.-]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s): return False
    if IBAN_LEN.get(s[:2]) != len(s): return False
    if s[:2] == "NL" and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s): return False
    if s[:2] in ("BE", "DE", "PL") and not s[2:].isdigit(): return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def elfproef(d):
    d = re.sub(r"[ .-]", "", d).zfill(9)
    if not re.fullmatch(r"\d{9}", d) or int(d) == 0: return False
    return (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 0


def bank11(d):
    return sum((9 - i) * int(d[i]) for i in range(9)) % 11 == 0


def btw_mod97(s):
    s = re.sub(r"[ .]", "", s).upper()
    if not re.fullmatch(r"NL\d{9}B\d{2}", s) or s.endswith("B00"): return False
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def ob_valid(s):
    s = re.sub(r"[ .]", "", s).upper()
    m = re.fullmatch(r"(?:NL)?(\d{9})B(\d{2})", s)
    return bool(m) and m.group(2) != "00" and elfproef(m.group(1))


def luhn(d):
    d = re.sub(r"[ -]", "", d)
    tot = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2: x = x * 2 - 9 if x * 2 > 9 else x * 2
        tot += x
    return tot % 10 == 0


def card_iin_ok(d):
    d = re.sub(r"[ -]", "", d); n = len(d)
    if d[0] == "4": return n in (13, 16, 19)
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720: return n == 16
    if d[:2] in ("34", "37"): return n == 15
    if d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649: return 16 <= n <= 19
    if 3528 <= int(d[:4]) <= 3589: return 16 <= n <= 19
    if d[:2] in ("50",) or 56 <= int(d[:2]) <= 69: return 12 <= n <= 19
    if 300 <= int(d[:3]) <= 305 or d[:2] in ("36", "38", "39"): return 14 <= n <= 19
    return False


def card_valid(s):
    d = re.sub(r"[ -]", "", s)
    return d.isdigit() and 12 <= len(d) <= 19 and card_iin_ok(d) and luhn(d)


def postcode_valid(s):
    m = re.fullmatch(r"([1-9]\d{3}) ?([A-Za-z]{2})", s)
    return bool(m) and m.group(2).upper() not in ("SA", "SD", "SS")


def any_postcode_valid(s):
    if postcode_valid(s): return True
    if re.fullmatch(r"\d{4,5}", s): return True                      # BE / DE
    return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", s))   # UK


NL_MOBILE = re.compile(r"6[1-58]\d{7}")
NL_FIXED = re.compile(r"(?:1(?:[035]\d|1[13-578]|6[124-8]|7[24]|8[0-467])|2(?:[0346]\d|2[2-46-9]|5[125]|9[479])|3(?:[03568]\d|1[3-8]|2[01]|4[1-8])|4(?:[0356]\d|1[1-368]|7[58]|8[15-8]|9[23579])|5(?:[0358]\d|[19][1-9]|2[1-57-9]|4[13-8]|6[126]|7[0-3578])|7\d\d)\d{6}")


def phone_e164(s):
    t = s.replace("(0)", "")
    d = re.sub(r"[^\d+]", "", t)
    if d.startswith("+"): return d
    if d.startswith("00"): return "+" + d[2:]
    return None


def phone_valid(s, region="NL"):
    e = phone_e164(s)
    d = re.sub(r"\D", "", s.replace("(0)", ""))
    if e is None:
        if region == "NL" and d.startswith("0"): e = "+31" + d[1:]
        elif region == "DE" and d.startswith("0"): e = "+49" + d[1:]
        elif region == "BE" and d.startswith("0"): e = "+32" + d[1:]
        elif region == "GB" and d.startswith("0"): e = "+44" + d[1:]
        else: return False
    if e.startswith("+31"):
        n = e[3:]
        n = n[1:] if n.startswith("0") else n
        return bool(NL_MOBILE.fullmatch(n) or NL_FIXED.fullmatch(n) or re.fullmatch(r"(?:8[478]|85|91)\d{7}", n))
    if e.startswith("+49"):
        n = e[3:]
        return bool(re.fullmatch(r"1[5-7]\d{8,9}", n) or re.fullmatch(r"[2-9]\d{7,10}", n))
    if e.startswith("+32"):
        n = e[3:]
        return bool(re.fullmatch(r"4[5-9]\d{7}", n) or re.fullmatch(r"[23][2-8]\d{6}", n)
                    or re.fullmatch(r"9[2-4]\d{6}", n) or re.fullmatch(r"(?:1[0-69]|5[0-9]|8[0-9])\d{6}", n))
    if e.startswith("+44"):
        n = e[3:]
        return bool(re.fullmatch(r"7700900\d{3}", n) or re.fullmatch(r"(?:113|114|115|116|117|118|121|131|141|151|161|191)4960\d{3}", n)
                    or re.fullmatch(r"2079460\d{3}", n))
    return False


KT_LET = "BDFGHJKLNPRSTVXZ"
BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS", "KVT", "VVD", "SP"]
SIDECODES = {4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX", 7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X",
             10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX", 13: "9-XX-999", 14: "999-XX-9",
             1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99"}


def kenteken_valid(s):
    t = s.upper().replace(" ", "-")
    if "-" not in t:
        cands = []
        for sc, pat in SIDECODES.items():
            p = pat.replace("-", "")
            if len(p) == len(t) and all((c == "X") == ch.isalpha() for c, ch in zip(p, t)):
                parts, i = [], 0
                for g in pat.split("-"):
                    parts.append(t[i:i + len(g)]); i += len(g)
                cands.append("-".join(parts))
        return any(kenteken_valid(c) for c in cands)
    shape = "".join("X" if c.isalpha() else "9" if c.isdigit() else "-" for c in t)
    sc = [k for k, v in SIDECODES.items() if v == shape]
    if not sc: return False
    letters = "".join(c for c in t if c.isalpha())
    groups = [g for g in t.split("-") if g.isalpha()]
    if any(b in g for g in groups for b in BANNED if (b not in ("KVT", "VVD") or sc[0] >= 8) and (b != "SP" or sc[0] >= 13)): return False
    if sc[0] >= 4 and any(c not in KT_LET for c in letters): return False
    return True


def de_plate_valid(s):
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{1,4}[EH]?", s))


def docnr_valid(s):
    t = s.replace(" ", "").upper()
    if re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}\d", t) and "O" not in t: return True      # NL passport / ID card
    if re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}", t): return True  # DE Ausweis / Reisepass
    if re.fullmatch(r"\d{9}", t): return True                                       # UK passport (with context)
    return False


def email_valid(s):
    return bool(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:nl|com|de|be|me|net|org|eu|uk|co\.uk|frl|io)", s))


def ip_public(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global


MONTHS = {"januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
          "september": 9, "oktober": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mrt": 3, "apr": 4,
          "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
          "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10,
          "januar": 1, "februar": 2, "märz": 3, "mai": 5, "juli_": 7, "oktober_": 10, "dezember": 12}


def date_parse(s):
    t = s.strip().lower().replace(".", " ").replace(",", " ")
    m = re.fullmatch(r"(\d{1,2})[-/ ](\d{1,2})[-/ ](\d{4}|'\d{2}|\d{2})", re.sub(r"\s+", " ", s.strip().replace(".", "-")))
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3).lstrip("'")
        y = int(y) + (1900 if len(y) == 2 else 0)
    else:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
        if m:
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            parts = t.split()
            if len(parts) == 3 and parts[0].isdigit() and parts[1] in MONTHS:
                d, mo, y = int(parts[0]), MONTHS[parts[1]], int(parts[2])
            elif len(parts) == 3 and parts[0] in MONTHS and parts[1].isdigit():
                mo, d, y = MONTHS[parts[0]], int(parts[1]), int(parts[2])
            else:
                return None
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def dob_valid(s):
    d = date_parse(s)
    return d is not None and 1920 <= d.year <= 2007


VALIDATE = {
    "IBAN": iban_valid, "BSN": lambda s: elfproef(s) or ob_valid(s), "CREDIT_CARD": card_valid,
    "BTW_ID": btw_mod97, "KVK": lambda s: bool(re.fullmatch(r"\d{8}", s)), "POSTCODE": any_postcode_valid,
    "EMAIL": email_valid, "IP_ADDRESS": ip_public, "DATE_OF_BIRTH": dob_valid, "ID_DOCUMENT": docnr_valid,
    "LICENSE_PLATE": lambda s: kenteken_valid(s) or de_plate_valid(s),
    "PHONE": lambda s: any(phone_valid(s, r) for r in ("NL", "DE", "BE", "GB")),
    "ADDRESS": lambda s: bool(re.search(r"\d", s)) and bool(re.search(r"[A-Za-zÀ-ÿß]{3}", s)),
    "PERSON": lambda s: bool(re.search(r"[^\W\d_]", s)) and not re.search(r"\d|@", s),
}


# ---------------------------------------------------------------- value generators
def digits(r, n): return "".join(r.choice("0123456789") for _ in range(n))


def nl_iban(r, bank=None, grouped=False):
    bank = bank or r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"])
    bban = bank + digits(r, 10)
    s = "NL" + iban_check_digits("NL", bban) + bban
    return group4(s) if grouped else s


def be_iban(r, grouped=True):
    while True:
        b10 = digits(r, 10)
        c = int(b10) % 97 or 97
        bban = b10 + "%02d" % c
        s = "BE" + iban_check_digits("BE", bban) + bban
        if iban_valid(s): return group4(s) if grouped else s


def de_iban(r, grouped=True):
    bban = r.choice(["37040044", "32450000", "40050150", "36050105", "29050101", "50010517"]) + digits(r, 10)
    s = "DE" + iban_check_digits("DE", bban) + bban
    return group4(s) if grouped else s


def group4(s): return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def bsn(r):
    while True:
        d = r.choice("1235678") + digits(r, 8)
        if elfproef(d): return d


def spaced3(d): return f"{d[:3]} {d[3:6]} {d[6:]}"


def nine_fail(r, first="123456789"):
    while True:
        d = r.choice(first) + digits(r, 8)
        if not elfproef(d) and not bank11(d): return d


def card(r, prefix, n):
    while True:
        d = prefix + digits(r, n - len(prefix) - 1)
        for c in "0123456789":
            if luhn(d + c): return d + c


def fmt_card(d):
    if len(d) == 15: return f"{d[:4]} {d[4:10]} {d[10:]}"
    return " ".join(d[i:i + 4] for i in range(0, len(d), 4))


def btw_id(r):
    while True:
        d9 = digits(r, 9)
        if elfproef(d9) or d9[0] == "0": continue
        for x in range(1, 100):
            s = f"NL{d9}B{x:02d}"
            if btw_mod97(s): return s


def ob_nummer(r):
    return "NL" + bsn(r) + "B01"


def de_vat(r):  # ISO 7064 MOD 11,10 (German USt-IdNr.); not one of the 14 labels, left unlabelled
    d = r.choice("123456789") + digits(r, 7)
    p = 10
    for c in d:
        x = (int(c) + p) % 10 or 10
        p = (2 * x) % 11
    return "DE" + d + str((11 - p) % 10)


def kvk(r): return r.choice("3456789") + digits(r, 7)


def mobile(r, style=None):
    n = "6" + r.choice("123458") + digits(r, 7)
    style = style if style is not None else r.randrange(8)
    a = n[1:]
    return ["06-" + a, "06 " + a, f"06 {a[:4]} {a[4:]}", "0" + n, f"+31 6 {a}", f"+31 (0)6 {a[:4]} {a[4:]}",
            f"06-{a[:2]} {a[2:4]} {a[4:6]} {a[6:]}", f"0031 6 {a[:4]} {a[4:]}"][style]


def landline(r):
    area = r.choice(["020", "010", "030", "050", "058", "070", "038", "013", "0513", "0515", "0517", "0345", "0229"])
    sub = r.choice("23456789") + digits(r, 9 - len(area))
    n = area + sub
    if len(area) == 3: return r.choice([f"{area}-{sub}", f"{area} {sub[:3]} {sub[3:]}", f"({area}) {sub[:3]} {sub[3:5]} {sub[5:]}"])
    return r.choice([f"{area}-{sub}", f"{area} {sub[:3]} {sub[3:]}"])


def de_mobile(r):
    pre = r.choice(["151", "160", "170", "171", "176", "157"])
    sub = r.choice("123456789") + digits(r, 7)
    return r.choice([f"0{pre} {sub}", f"+49 {pre} {sub}", f"0{pre}-{sub}", f"+49 (0){pre} {sub}"])


def de_landline(r):
    area, ln = r.choice([("2821", 6), ("281", 6), ("251", 7), ("221", 7), ("211", 7), ("441", 6)])
    sub = r.choice("23456789") + digits(r, ln - 1)
    return r.choice([f"0{area} {sub}", f"0{area}/{sub}", f"+49 {area} {sub}"])


def be_mobile(r):
    n = "4" + r.choice("789") + digits(r, 7)
    return r.choice([f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0{n}"])


def uk_mobile(r):
    return r.choice(["07700 900", "+44 7700 900"]) + digits(r, 3)


PC_LET = "ABCEGHJKLMNPRTVWXZ"


def postcode(r, lo=1000, hi=9999, compact=False):
    while True:
        s = f"{r.randint(lo, hi)} {r.choice(PC_LET)}{r.choice(PC_LET)}"
        if postcode_valid(s) and s[5:] not in ("SA", "SD", "SS") and s[:4] not in ("8862", "8869", "8860"):
            return s.replace(" ", "") if compact else s


def kenteken(r, sc=None):
    while True:
        sc = sc or r.choice([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14])
        s = "".join(r.choice(KT_LET) if c == "X" else r.choice("123456789") if c == "9" else "-" for c in SIDECODES[sc])
        if kenteken_valid(s): return s


def de_plate(r):
    return f"{r.choice(['KLE', 'WES', 'BOR', 'MS', 'K', 'D', 'OL', 'EMD'])}-{r.choice(KT_LET)}{r.choice(KT_LET)} {r.randint(10, 9999)}"


def nl_docnr(r, first="N"):
    al = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
    while True:
        s = first + r.choice(al) + "".join(r.choice(al + "123456789") for _ in range(6)) + r.choice("123456789")
        if docnr_valid(s): return s


def de_ausweis(r):
    al = "CFGHJKLMNPRTVWXYZ"
    return r.choice("LMNPT") + "".join(r.choice(al + "0123456789") for _ in range(8))


def public_ip(r):
    while True:
        s = f"{r.choice([31, 77, 80, 82, 83, 84, 86, 89, 94, 145, 178, 185, 212, 213, 217])}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"
        if ip_public(s): return s


def public_ip6(r):
    return f"2a02:{r.randint(0xa000, 0xa4ff):x}:{r.randint(0x1000, 0xffff):x}:{r.randint(1, 0xff):x}::{r.randint(0x10, 0xfff):x}"


def dob_date(r):
    return datetime.date(r.randint(1942, 2005), r.randint(1, 12), r.randint(1, 28))


NL_MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def ean13(r, prefix="87"):
    d = prefix + digits(r, 12 - len(prefix))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d))
    return d + str((10 - s % 10) % 10)


def order_no(r): return "WM" + r.choice("123") + digits(r, 7)


def postnl_3s(r): return "3S" + "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(4)) + digits(r, 7)


def dhl_jvgl(r): return "JVGL" + digits(r, 16)


def ups_1z(r): return "1Z" + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6)) + digits(r, 10)


def wm_track(r): return "WMB-" + "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ23456789") for _ in range(4)) + "-" + digits(r, 5)


def sku(r):  # article codes shaped like a kenteken with a vowel (so never a valid modern plate)
    return r.choice(["AU", "KA", "BE", "TO", "OU", "EA"]) + "-" + digits(r, 2) + "-" + r.choice(["NB", "XL", "ZW", "GR"])


def masked(r): return r.choice(["**** ", "**** **** **** ", "XXXX-XXXX-XXXX-", "•••• "]) + digits(r, 4)


def imei(r):
    while True:
        d = "35" + digits(r, 12)
        for c in "0123456789":
            if luhn(d + c) and not card_valid(d + c): return d + c


# ---------------------------------------------------------------- people and places (written for this set)
FIRST = {
    "nl": {"f": ["Marloes", "Sietske", "Wietske", "Gerdien", "Hanneke", "Noëlle", "Liesbeth", "Renske", "Esmée", "Fenna", "Jikke", "Annemiek"],
           "m": ["Sjoerd", "Wouter", "Jelle", "Gerrit", "Maarten", "Teun", "Bart-Jan", "Hidde", "Rutger", "Douwe", "Pieter-Bas", "Ids"]},
    "ma": {"f": ["Samira", "Houda", "Imane", "Latifa", "Nawal"], "m": ["Youssef", "Bilal", "Mourad", "Hamza", "Tarik"]},
    "tr": {"f": ["Elif", "Zeynep", "Gülay", "Merve", "Büşra"], "m": ["Emre", "Mehmet", "Burak", "Oğuz", "Serkan"]},
    "sr": {"f": ["Shanti", "Reshma", "Natasha", "Sherida"], "m": ["Ravi", "Dinesh", "Marciano", "Romano"]},
    "pl": {"f": ["Agnieszka", "Katarzyna", "Magdalena"], "m": ["Tomasz", "Piotr", "Grzegorz"]},
    "de": {"f": ["Anke", "Sabine", "Jutta", "Heike", "Käthe", "Friederike"], "m": ["Jörg", "Uwe", "Matthias", "Björn", "Lutz", "Torsten"]},
    "be": {"f": ["Griet", "Sofie", "Lien", "Ann-Sofie"], "m": ["Wim", "Jens", "Stijn", "Pieter-Jan"]},
    "en": {"f": ["Siobhan", "Fiona", "Harriet", "Imogen"], "m": ["Callum", "Gareth", "Rory", "Alistair"]},
    "in": {"f": ["Ananya", "Deepika", "Kavitha"], "m": ["Arjun", "Rohan", "Venkatesh"]},
    "vn": {"f": ["Thị Lan", "Ngọc Anh"], "m": ["Văn Minh", "Đức Huy"]},
    "br": {"f": ["Rafaela", "Luana"], "m": ["Thiago", "Gustavo"]},
    "ng": {"f": ["Ngozi", "Chiamaka"], "m": ["Chidi", "Obinna"]},
    "ua": {"f": ["Oksana", "Iryna"], "m": ["Taras", "Mykola"]},
}
LAST = {
    "nl": ["van der Molen", "Wijnstra", "Hoekema", "van Dalfsen", "ter Horst", "Kloosterboer", "Veenstra", "van 't Zand",
           "Oosterhuis", "Bijlsma", "van Wijngaarden", "Dijkhuis", "ten Hove", "van den Akker", "Roorda", "Hettema", "de Roos-Kamminga", "Schuurmans"],
    "ma": ["El Amrani", "Bouzid", "Ait Taleb", "Azzouzi", "Tahiri", "Ouali"],
    "tr": ["Yıldız", "Çelik", "Aydın", "Öztürk", "Karakuş"],
    "sr": ["Ramdin", "Jagessar", "Kartosen", "Doelwijt", "Sewdien"],
    "pl": ["Kowalczyk", "Lewandowski", "Zając"],
    "de": ["Brinkmann", "Weißgerber", "Großkopf", "Krüger", "Meißner", "Terlinden", "Hövelmann", "Schäfers"],
    "be": ["Van Damme", "De Smet", "Vermeulen", "Claes", "Goossens", "Van den Broeck"],
    "en": ["Whitfield", "Pemberton", "O'Connell", "Haskins", "McAllister"],
    "in": ["Raghunathan", "Iyer", "Krishnamurthy"],
    "vn": ["Nguyễn", "Trần", "Phạm"],
    "br": ["Moreira", "Fagundes"],
    "ng": ["Okonkwo", "Eze"],
    "ua": ["Melnyk", "Bondarenko"],
}
PL_FEM = {"Lewandowski": "Lewandowska"}

STAFF = {"mirthe": ("Mirthe", "Dijkgraaf"), "anass": ("Anass", "Belhaj"), "joyce": ("Joyce", "Tjoe-Awie"),
         "ruben": ("Ruben", "Hazenberg"), "nienke": ("Nienke", "Stallinga"), "benjamin": ("Benjamin", "Achterberg"),
         "claudia": ("Claudia", "Wendling"), "lakshmi": ("Lakshmi", "Natarajan")}
DRIVERS = [("Gerard", "Wiersma"), ("Kemal", "Arslan"), ("Dawid", "Kaczmarek"), ("Ayoub", "Lamrini"), ("Hilbrand", "Tuinstra")]

NL_STREETS = ["Klaproosstraat", "Burg. van Nispenlaan", "Schelpenpad", "Korte Nieuwstraat", "Dotterbloemweg", "Van Swinderenstraat",
              "Oranjesingel", "Reigerbek", "Keizer Karelplein", "Lindengracht", "Sluisweg", "Tjalkstraat", "Pijlkruidhof",
              "Mr. Troelstraweg", "Eikenhorst", "Laan van Vollenhove", "Gansstraat", "Zuiderkade", "Prinses Margrietlaan", "Wolddijk"]
NL_TOWNS = ["Utrecht", "Leeuwarden", "Zwolle", "Almere", "Tilburg", "Groningen", "Rotterdam", "Amersfoort", "Haarlem",
            "Breda", "Deventer", "Sneek", "Nijmegen", "Franeker", "Drachten", "Den Haag"]
DE_STREETS = ["Lindenstraße", "Am Mühlbach", "Kastanienallee", "Weseler Straße", "Grüner Weg", "Schützenstraße", "Hülsstege", "Tiergartenstraße"]
DE_TOWNS = [("47533", "Kleve"), ("46483", "Wesel"), ("48143", "Münster"), ("50667", "Köln"), ("40213", "Düsseldorf"),
            ("26123", "Oldenburg"), ("46395", "Bocholt"), ("26721", "Emden")]
BE_STREETS = ["Kerkstraat", "Veldstraat", "Molenstraat", "Koningin Astridlaan", "Brugsesteenweg", "Lange Lozanastraat"]
BE_TOWNS = [("9000", "Gent"), ("2018", "Antwerpen"), ("3000", "Leuven"), ("8000", "Brugge"), ("3500", "Hasselt")]


class Person:
    def __init__(self, first, last, sex):
        self.first, self.last, self.sex = first, last, sex

    @property
    def full(self): return f"{self.first} {self.last}"

    @property
    def ini(self):
        return ".".join(p[0] for p in self.first.replace("-", " ").split()) + "."

    @property
    def Last(self):  # surname standing alone: capitalised tussenvoegsel (NL convention)
        return self.last[0].upper() + self.last[1:]


def person(r, group=None, sex=None, avoid=()):
    while True:
        g = group or r.choice(["nl", "nl", "nl", "ma", "tr", "sr", "pl", "be", "de", "en", "in", "vn", "br", "ng", "ua"])
        s = sex or r.choice("fm")
        first = r.choice(FIRST[g][s]); last = r.choice(LAST[g])
        if s == "f": last = PL_FEM.get(last, last)
        if first not in avoid and last not in avoid:
            p = Person(first, last, s)
            return p


def people(r, n, groups=None):
    out, used = [], set()
    for i in range(n):
        p = person(r, groups[i] if groups else None, avoid=used)
        used |= {p.first, p.last}
        out.append(p)
    return out


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email_for(r, p, domain=None):
    f = ascii_fold(p.first).lower().replace(" ", "").replace("-", "")
    l = ascii_fold(p.last).lower().replace(" ", "").replace("'", "")
    domain = domain or r.choice(["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "proton.me", "icloud.com"])
    return r.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{l}.{f}", f"{f}_{l[:4]}"]) + "@" + domain


def nl_addr(r, toev=True):
    n = str(r.randint(1, 212))
    if toev and r.random() < 0.35: n += r.choice(["a", "B", "-2", "-III", " hs", " bis", "-1"])
    return f"{r.choice(NL_STREETS)} {n}", postcode(r), r.choice(NL_TOWNS)


def de_addr(r):
    plz, town = r.choice(DE_TOWNS)
    return f"{r.choice(DE_STREETS)} {r.randint(1, 140)}{r.choice(['', '', 'a'])}", plz, town


def be_addr(r):
    pc, town = r.choice(BE_TOWNS)
    return f"{r.choice(BE_STREETS)} {r.randint(1, 160)}{r.choice(['', ' bus 2', ' bus 11'])}", pc, town


def slot(r):
    h = r.choice([8, 10, 12, 14, 16, 18, 19])
    return f"{h:02d}:00–{h + 2:02d}:00"


def eur(r, lo=5, hi=1500):
    v = r.randint(lo * 100, hi * 100) / 100
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def some_date(r, year=2025):
    return datetime.date(year, r.randint(1, 12), r.randint(1, 28))


def d_nl(d): return f"{d.day}-{d.month}-{d.year}"


def d_nl0(d): return f"{d.day:02d}-{d.month:02d}-{d.year}"


def crlf(s): return s.replace("\r\n", "\n").replace("\n", "\r\n")


SIG_NL = ("\n\n--\nWaddenmarkt Klantenservice | 088 247 6600 | klantenservice@waddenmarkt.example\n"
          "Waddenmarkt B.V. · Kwelderdijk 40, 8862 TZ Westerkwelder · KvK 80436172 · btw NL862930417B93")
SIG_EN = ("\n\nWaddenmarkt Customer Care\nT +31 88 247 6600 · WhatsApp +31 6 4170 2288 · care@waddenmarkt.example\n"
          "Waddenmarkt B.V., Kwelderdijk 40, 8862 TZ Westerkwelder, the Netherlands · CoC 80436172")
SIG_DE = ("\n\nWaddenmarkt Kundenservice · Tel. +31 88 247 6600 · kundenservice@waddenmarkt.example\n"
          "Waddenmarkt B.V. · Kwelderdijk 40 · 8862 TZ Westerkwelder · Niederlande · USt-IdNr. NL862930417B93")

SCEN = []


def scenario(lang, pii):
    def deco(f):
        SCEN.append((lang, pii, f.__name__, f))
        return f
    return deco


def staff(key):
    f, l = STAFF[key]
    return Person(f, l, "x")


# ================================================================ NL — with personal data
@scenario("nl", True)
def nl_waar_is_bestelling(r, k):
    c = person(r, "nl" if k == 0 else None); st, pc, town = nl_addr(r); on = order_no(r); tr = postnl_3s(r)
    tel = mobile(r)
    if k == 0:
        t = (f"Onderwerp: Waar blijft bestelling {on}?\n\nGoedemiddag,\n\nOp {d_nl(some_date(r))} heb ik een Philips Airfryer XXL "
             f"(art.nr. HD9285/96) besteld, volgens de mail zou hij gisteren tussen {slot(r)} komen. Er is niemand geweest en "
             f"de track & trace ({tr}) staat al twee dagen op 'gesorteerd'. Ik woon op {AD(st)}, {PC(pc)} {town}, "
             f"de bel doet het gewoon.\n\nKunt u mij bellen op {PH(tel)}? Ik ben na 17:00 thuis.\n\n"
             f"Met vriendelijke groet,\n{P(c.full)}")
    else:
        t = (f"hallo?? al 5 dagen niks gehoord over {on.lower()}. jullie eigen bezorgdienst zegt 'onderweg' maar "
             f"er komt NIKS. {tr} bij postnl zegt 'zending onbekend'. adres is {AD(st.lower())} {PC(pc.replace(' ', '').lower())}, "
             f"bel me maar {PH(tel)}\n\ngr {P(c.first.lower())}")
    return t


@scenario("nl", True)
def nl_bij_de_buren(r, k):
    c = person(r, "nl"); nb = person(r, sex="f", avoid={c.first, c.last}); st, pc, town = nl_addr(r, toev=False); nr = r.randint(2, 90)
    street = st.rsplit(" ", 1)[0]; on = order_no(r)
    if k == 0:
        t = (f"Beste klantenservice,\n\nIn de app staat dat mijn pakket ({on}) is 'afgegeven bij de buren, nr {nr}'. "
             f"Maar op {AD(f'{street} {nr}')} woont {P(nb.full)} en die zegt dat er niets is aangeboden. "
             f"Mijn eigen adres is {AD(st)}, {PC(pc)} {town}.\nKunnen jullie navragen bij de bezorger waar het echt is gebleven?\n\n"
             f"Groet,\n{P(c.full)}\n{PH(mobile(r))}")
    else:
        t = (f"Hoi, de bezorger heeft mijn nieuwe stofzuiger (Dyson V15, 2 doosjes) bij mevrouw {P(nb.Last)} op "
             f"nummer {nr} neergezet. Prima hoor, maar zij is 3 weken op vakantie 🙄 en ik heb 'm nodig. "
             f"Graag volgende keer NIET bij de buren. Bestelling {on}.\n{P(c.first)} ({AD(st)})")
    return t


@scenario("nl", True)
def nl_bezorgnotities(r, k):
    d = Person(*r.choice(DRIVERS), "m"); n1, n2 = people(r, 2, ["nl", None]); st, pc, town = nl_addr(r, toev=False)
    street = st.rsplit(" ", 1)[0]; nr = r.randint(3, 60)
    if k == 0:
        t = (f"ritnotities rit 14 - {P(d.first.lower())}\nstop 07 {order_no(r)}: nt thuis, afgeleverd bij nr {nr}, "
             f"mw. {P(n1.Last.lower())}. foto in app\nstop 08: pakketkluis PK-0231 vak 17, code verstuurd\n"
             f"stop 09: klant wil voortaan achterom, {AD(st.lower())}, hek open\nstop 10 {order_no(r)}: geweigerd (doos nat), retour DC\n"
             f"stop 11: afgeleverd bij buren {AD(f'{street} {nr + 2}')}, dhr. {P(n2.Last)}")
    else:
        t = (f"[Bezorgapp] notitie bij {order_no(r)} door {P(d.full)}, {d_nl0(some_date(r))} 15:42\n"
             f"\"bank 3-zits + hocker. 2 man. klant niet aanwezig, buurvrouw {P(n1.first)} (nr {nr}) heeft getekend. "
             f"hocker beschadigd bij uitladen (hoek), gemeld bij planning. kenmerk schade SCH-25-0{r.randint(1000, 9999)}\"")
    return t


@scenario("nl", True)
def nl_adres_wijzigen(r, k):
    c = person(r); a1 = nl_addr(r); a2 = nl_addr(r); on = order_no(r); em = email_for(r, c)
    if k == 0:
        t = (f"Goedendag,\n\nIk ben net verhuisd en zie dat bestelling {on} nog naar mijn oude adres gaat "
             f"({AD(a1[0])}, {PC(a1[1])} {a1[2]}). Kan het bezorgadres gewijzigd worden naar:\n\n"
             f"{AD(a2[0])}\n{PC(a2[1])}  {a2[2].upper()}\n\nHet account staat op {E(em)}.\n\nDank!\n{P(c.ini + ' ' + c.last)}")
    else:
        t = crlf(f"Van: {P(c.full)} <{E(em)}>\nAan: klantenservice@waddenmarkt.example\nOnderwerp: ander afleveradres\n\n"
                 f"Graag mijn kast (bestelling {on}, levering in week 41) NIET op {AD(a1[0])} bezorgen maar bij mijn "
                 f"werk: {AD(a2[0])}, {PC(a2[1])} {a2[2]}. Daar is iemand van 8 tot 5.\n\nMvg {P(c.first)}")
    return t


@scenario("nl", True)
def nl_cadeau_bestelling(r, k):
    c = person(r); g = person(r, sex="f", avoid={c.first, c.last}); st, pc, town = nl_addr(r); on = order_no(r)
    if k == 0:
        t = (f"Hallo,\n\nIk heb een cadeau besteld ({on}, Lego Technic 42172 + kaartje) voor mijn moeder, {P(g.full)}. "
             f"Het moet naar haar adres: {AD(st)}, {PC(pc)} {town}. Wil de bezorger NIET aanbellen vóór 10 uur? "
             f"En graag geen prijs op de pakbon, het is voor haar verjaardag op {r.randint(1, 28)} {r.choice(NL_MON)}.\n\n"
             f"Hartelijke groet,\n{P(c.full)}\n{PH(mobile(r))}")
    else:
        t = (f"Chat-export #{r.randint(200000, 299999)}\n[09:14] Klant: ik wil iets als cadeau laten bezorgen bij een collega\n"
             f"[09:14] {P(staff('joyce').first)} (Waddenmarkt): Leuk! Je kunt bij het afrekenen 'ander afleveradres' kiezen.\n"
             f"[09:15] Klant: het is voor {P(g.full)}, {AD(st)} in {town}, postcode {PC(pc)}\n"
             f"[09:16] {P(staff('joyce').first)} (Waddenmarkt): Top, dat vul je daar in. Cadeauverpakking kost € 2,95.\n"
             f"[09:16] Klant: dankje! groetjes {P(c.first.lower())}")
    return t


@scenario("nl", True)
def nl_retour_iban(r, k):
    c = person(r, "nl" if k else None); on = order_no(r); ib = nl_iban(r, grouped=(k == 0)); rc = "RT" + digits(r, 8)
    if k == 0:
        t = (f"Geachte heer/mevrouw,\n\nIk heb de Samsung Galaxy Tab S9 (IMEI {imei(r)}) op {d_nl(some_date(r))} "
             f"geretourneerd via het Waddenmarkt-retourpunt, retourcode {rc}. Het bedrag van € {eur(r, 300, 900)} "
             f"is nog niet teruggestort.\n\nGraag terugbetalen op {IB(ib.replace(' ', NBSP))} t.n.v. {P(c.ini + ' ' + c.last)}.\n\n"
             f"Met vriendelijke groet,\n{P(c.full)}")
    else:
        t = (f"retour {on} is gister opgehaald door jullie chauffeur (bon {rc}). ik heb per ideal betaald maar die "
             f"rekening is opgeheven, kunnen jullie het geld naar {IB(ib.lower() if r.random() < .5 else ib)} overmaken? "
             f"staat op naam van mijn vriend {P(person(r, 'nl', 'm', avoid={c.first, c.last}).full)}.\n{P(c.first)}")
    return t


@scenario("nl", True)
def nl_chargeback(r, k):
    c = person(r); on = order_no(r); cd = card(r, r.choice(["4", "5", "2221"]), 16); m = "**** " + cd[-4:]
    em = email_for(r, c)
    if k == 0:
        t = (f"Beste Waddenmarkt,\n\nOp mijn creditcard ({m}) staan twee afschrijvingen van € {eur(r, 40, 400)} voor "
             f"bestelling {on}. Ik heb maar één keer besteld. Mijn bank (ICS) adviseert een chargeback als het niet binnen 14 "
             f"dagen is opgelost. Ik hoor graag via {E(em)}.\n\n{P(c.full)}")
    else:
        t = (f"ik heb betaald met mijn card {CC(fmt_card(cd))} exp 0{r.randint(1, 9)}/2{r.randint(7, 9)} maar de betaling is mislukt "
             f"en toch afgeschreven??? order {on}. wil mn geld terug anders ga ik terugboeken via de bank. "
             f"{P(c.full)}, {E(em)}")
    return t


@scenario("nl", True)
def nl_marketplace_verkoper(r, k):
    c = person(r); kv = kvk(r); bt = btw_id(r); ib = nl_iban(r, grouped=True); shop = r.choice(["Tuinhuys Drenthe", "Fietsplaats Oost", "Kaasboerderij De Weide", "LampLab"])
    st, pc, town = nl_addr(r, toev=False)
    if k == 0:
        t = (f"Beste Marktplaats-team,\n\nWij ({shop}, verkoper-ID S-{digits(r, 6)}) willen ons aanmelden voor "
             f"Waddenmarkt Marktplaats. Gegevens:\nKvK-nummer: {KVK(kv)}\nBtw-id: {BTW(bt)}\nUitbetalingsrekening: {IB(ib)}\n"
             f"Contactpersoon: {P(c.full)}, {PH(landline(r).replace(' ', NBSP))}\nRetouradres: {AD(st)}, {PC(pc)} {town}\n\nGraag ontvang ik de "
             f"commissievoorwaarden (15% op meubels?).\n\nGroet,\n{P(c.first)}")
    else:
        t = (f"Hoi {P(staff('benjamin').first)},\n\nDe uitbetaling van week 38 (€ {eur(r, 800, 6000)}) is nog niet binnen. "
             f"Ons rekeningnummer is gewijzigd naar {IB(ib)}, zie bijgevoegd uittreksel. KvK {KVK(kv)} staat nog op het oude "
             f"adres, dat wordt deze week aangepast. Btw-nummer blijft {BTW(bt)}.\n\nGroeten,\n{P(c.full)}\n{shop}\n{PH(mobile(r))}")
    return t


@scenario("nl", True)
def nl_b2b_factuur(r, k):
    c = person(r); kv = kvk(r); bt = btw_id(r); co = r.choice(["Bouwbedrijf Hiemstra B.V.", "Kinderopvang Het Kraaiennest", "Tandartspraktijk Zuidhorn", "Kantoorpunt Fryslân B.V."])
    st, pc, town = nl_addr(r, toev=False); fn = "F2025-" + digits(r, 6)
    if k == 0:
        t = (f"Goedemorgen,\n\nVoor onze bestelling van 6 bureaustoelen en 3 zit-sta-bureaus ({order_no(r)}) hebben wij een factuur "
             f"op bedrijfsnaam nodig, met btw apart vermeld.\n\n{co}\nt.a.v. {P(c.full)}, administratie\n{AD(st)}\n{PC(pc)} {town}\n"
             f"KvK {KVK(kv)}\nBTW {BTW(bt)}\n\nAlvast bedankt.")
    else:
        t = (f"Factuur {fn} klopt niet: er staat 21% btw op de kinderboeken, dat moet 9% zijn. Graag een creditnota en "
             f"een nieuwe factuur op naam van {co} (KvK-nr. {KVK(kv)}, btw-nr {BTW(bt)}).\n\nMvg,\n{P(c.ini + ' ' + c.last)}\n"
             f"inkoop · {PH(landline(r))}")
    return t


@scenario("nl", True)
def nl_beschadigd(r, k):
    c = person(r); on = order_no(r); ean = ean13(r)
    if k == 0:
        t = (f"Hallo,\n\nVandaag is de LG OLED 65 inch (EAN {ean}) geleverd. Op foto 1 zie je de gedeukte doos, op foto 2 "
             f"de barst linksonder in het scherm, foto 3 is het typeplaatje (model OLED65C44LA). De chauffeur "
             f"({P(Person(*r.choice(DRIVERS), 'm').first)}) heeft de schade op de bon gezet.\n\nBestelnummer {on}. Ik wil graag een "
             f"nieuw exemplaar, geen reparatie.\n\n{P(c.full)}\n{PH(mobile(r))}")
    else:
        t = (f"pakket kwam binnen met een gat erin, 2 van de 6 glazen (Bodum art 11239-10) kapot. foto's heb ik via whatsapp "
             f"naar 06 4170 2288 gestuurd. bestelling {on}.\n-- {P(c.first)} {P(c.last)}")
    return t


@scenario("nl", True)
def nl_chat_postcode(r, k):
    c = person(r); pc = postcode(r); nr = r.randint(1, 150); ag = staff(r.choice(["mirthe", "anass"]))
    on = order_no(r)
    if k == 0:
        t = (f"[14:02] {P(ag.first)} (Waddenmarkt): Goedemiddag, waarmee kan ik helpen?\n[14:02] {P(c.full)}: mijn boodschappen "
             f"zijn niet gekomen, bezorgmoment was 12:00-14:00\n[14:03] {P(ag.first)} (Waddenmarkt): Vervelend! Mag ik je postcode en "
             f"huisnummer?\n[14:03] {P(c.full)}: {PC(pc)} {nr}\n[14:05] {P(ag.first)} (Waddenmarkt): De bus staat vast op de A7, "
             f"verwachte aankomst 14:40. De diepvries zit in koelboxen (-18 °C).")
    else:
        t = (f"Gesprek {r.randint(100000, 999999)} · WhatsApp\nKlant: goeiemorgen, kan ik mijn bezorgmoment verzetten?\n"
             f"Waddenmarkt: Natuurlijk. Wat is je bestelnummer?\nKlant: {on}\nWaddenmarkt: En ter controle je postcode?\n"
             f"Klant: {PC(pc.replace(' ', ''))}\nWaddenmarkt: Dank je. Zaterdag 08:00–10:00 of 18:00–20:00?\nKlant: zaterdag vroeg graag\n"
             f"Waddenmarkt: Staat genoteerd! Fijne dag, ^{P(ag.first)}")
    return t


@scenario("nl", True)
def nl_social_dm(r, k):
    c = person(r); on = order_no(r); pc = postcode(r); em = email_for(r, c)
    h = "@" + ascii_fold(c.first).lower() + r.choice(["_", ""]) + str(r.randint(70, 99))
    if k == 0:
        t = (f"{h}: @Waddenmarkt 3e keer dat mijn pakket 'niet thuis' is terwijl ik gewoon thuis zit 🙃 #waddenmarkt #bezorging\n"
             f"@Waddenmarkt: Hé, dat is balen! Stuur je ons een DM met je bestelnummer?\n"
             f"[DM] {h}: {on}, {P(c.full)}, postcode {PC(pc)}. mail mij maar op {E(em)}")
    else:
        t = (f"Instagram DM aan @waddenmarkt_help\n\"Hoi! Mijn bestelling ({on}) zou vandaag komen maar de app zegt nu morgen. "
             f"Ik ben morgen niet thuis. Kan het naar het afhaalpunt bij de Jumbo? Groetjes {P(c.first)} ({h})\"\n"
             f"Antwoord ^{P(staff('ruben').first)}: Kan! Je krijgt een mail met de afhaalcode.")
    return t


@scenario("nl", True)
def nl_belgische_klant(r, k):
    c = person(r, "be"); st, pc, town = be_addr(r); on = order_no(r); ib = be_iban(r)
    if k == 0:
        t = (f"Dag,\n\nIk woon in België en mijn pakje ({on}) is teruggestuurd omdat 'het adres onvolledig' zou zijn. "
             f"Mijn adres is nochtans {AD(st)}, {PC(pc)} {town}. Mijn gsm is {PH(be_mobile(r))}.\n\n"
             f"Gelieve de verzendkosten (€ 6,95) terug te storten op {IB(ib)}.\n\nMet vriendelijke groeten,\n{P(c.full)}")
    else:
        t = (f"Goeiendag, kunnen jullie ook leveren in Vlaanderen? Ik wil een kast bestellen (Hemnes-look, 2 m hoog) voor "
             f"{AD(st)} in {town}. Graag telefonisch contact: {PH(be_mobile(r))}. Vriendelijke groet, {P(c.full)}")
    return t


@scenario("nl", True)
def nl_afhalen_kenteken(r, k):
    c = person(r); kt = kenteken(r); on = order_no(r)
    if k == 0:
        t = (f"Beste,\n\nIk kom zaterdag de eettafel (bestelling {on}, 3 colli, 64 kg) ophalen bij het magazijn aan de "
             f"Logistiekweg 12. Voor de slagboom: mijn kenteken is {KT(kt)}, een grijze Caddy met aanhanger.\n\n"
             f"Groet, {P(c.full)}")
    else:
        t = (f"Afhaalregistratie XL-balie\nBestelling: {on}\nNaam: {P(c.last + ', ' + c.first)}\nKenteken: {KT(kt.replace('-', '').lower())}\n"
             f"Tijdvak: 10:30–11:00\nPoort: 4")
    return t


@scenario("nl", True)
def nl_leeftijdscheck(r, k):
    c = person(r); dob = dob_date(r); on = order_no(r)
    if k == 0:
        t = (f"Hallo, jullie bezorger wilde de wijn (Rioja Reserva 2019, 6 fl.) niet afgeven omdat ik geen ID bij de hand had. "
             f"Ik ben echt ouder dan 18, geboren op {DOB(d_nl0(dob))}. Mijn paspoortnummer is {ID(nl_docnr(r, 'N'))} als "
             f"jullie het willen controleren. Bestelling {on}.\n{P(c.full)}")
    else:
        t = (f"Onderwerp: ID-controle boodschappen\n\nVoor de leeftijdscheck: ik ben {P(c.full)}, geb. {DOB(f'{dob.day} {NL_MON[dob.month - 1]} {dob.year}')}, "
             f"BSN {BS(bsn(r))} (stond op de kopie ID-kaart {ID(nl_docnr(r, 'I'))} die ik had gestuurd, sorry). Graag de bierkratten "
             f"gewoon leveren, bestelling {on}.")
    return t


@scenario("nl", True)
def nl_account_gehackt(r, k):
    c = person(r); em = email_for(r, c); ip = public_ip(r); on = order_no(r)
    if k == 0:
        t = (f"Dringend!! Er zijn vannacht 2 iPhones 15 Pro (1 TB) besteld op mijn account ({E(em)}) die ik niet heb gedaan. "
             f"In 'mijn inlogactiviteit' zie ik een login vanaf IP {IPA(ip)} om 03:12, ik zat toen te slapen. Bestelling {on} "
             f"graag annuleren en het bezorgadres is ook niet van mij!\n{P(c.full)}\n{PH(mobile(r))}")
    else:
        t = (f"Interne notitie fraude ({order_no(r)}): account {E(em)} overgenomen, bezorgadres gewijzigd naar "
             f"{AD(nl_addr(r)[0])}. Logins vanaf {IPA(ip)} en {IPA(public_ip6(r))}. Klant {P(c.full)} gebeld, wachtwoord gereset. "
             f"— {P(staff('nienke').first)}")
    return t


@scenario("nl", True)
def nl_doorgestuurde_mail(r, k):
    c = person(r); ag = staff("mirthe"); on = order_no(r); st, pc, town = nl_addr(r); em = email_for(r, c)
    t = (f"---------- Doorgestuurd bericht ----------\nVan: {P(ag.full)} <{ascii_fold(ag.first).lower()}.{ag.last.lower()}@waddenmarkt.example>\n"
         f"Aan: planning@waddenmarkt.example\n\nHoi planning, kunnen jullie deze klant inplannen voor een 2-mansbezorging "
         f"(boxspring 180x200)?\n\n> Op {d_nl(some_date(r))} schreef {P(c.full)} <{E(em)}>:\n> Mijn boxspring ({on}) moet naar "
         f"de 3e verdieping, er is geen lift.\n> Adres: {AD(st)}, {PC(pc)} {town}\n> Ik ben bereikbaar op {PH(mobile(r))}.\n\n"
         f"Groet,\n{P(ag.first)}{SIG_NL}")
    return crlf(t) if k else t


@scenario("nl", True)
def nl_partner_telefoon(r, k):
    c = person(r); pa = person(r, sex="m", avoid={c.first, c.last}); st, pc, town = nl_addr(r); on = order_no(r)
    t = (f"Hoi,\n\nMorgen komt de wasmachine (Miele WWD 120, art. {sku(r)}). Ik moet werken, maar mijn {r.choice(['vriend', 'man', 'zoon', 'buurman'])} "
         f"{P(pa.first)} is thuis. Wil de bezorger {P(pa.first)} bellen als hij 10 minuten van tevoren is? Nummer: {PH(mobile(r))}.\n"
         f"Adres blijft {AD(st)}{'' if k else ', ' + PC(pc)}. De oude machine mag mee (oude-apparatenregeling).\n\nGroetjes,\n{P(c.first)}")
    return t


@scenario("nl", True)
def nl_pakketkluis_probleem(r, k):
    c = person(r); em = email_for(r, c); on = order_no(r); code = digits(r, 6)
    t = (f"De pakketkluis bij het station (PK-{r.randint(1000, 9999)}) gaat niet open met code {code}. Op het scherm staat "
         f"'code verlopen' maar ik kreeg hem pas om 11:02. Bestelling {on}, mijn mailadres is {E(em)}.\n"
         f"{'Groet, ' if k == 0 else '- '}{P(c.full)}")
    return t


# ================================================================ NL — no personal data
@scenario("nl", False)
def nl_neg_track(r, k):
    if k == 0:
        return (f"waar blijft mijn pakket?? bestelnummer {order_no(r)}, trackingcode {postnl_3s(r)}. gisteren "
                f"stond er 'bezorging {slot(r)}' en nu ineens 'vertraagd'. ik heb 2 dagen vrij genomen hiervoor 😡\n\n"
                f"Verstuurd vanaf mijn iPhone")
    return (f"Beste Waddenmarkt, de zending met code {wm_track(r)} is volgens de app 'afgeleverd' om 16:47 maar hij ligt niet "
            f"voor de deur en ook niet in de meterkast. Kunnen jullie de bezorgfoto sturen? Bestelling {order_no(r)} "
            f"(2 colli, 1 binnen). Alvast bedankt.")


@scenario("nl", False)
def nl_neg_bezorggebied(r, k):
    if k == 0:
        return (f"Nieuw: avondbezorging in Friesland!\nVanaf {d_nl(some_date(r))} bezorgen onze eigen bussen ook tussen "
                f"18:00 en 22:00 in de postcodegebieden 8401–8409, 8911–8939 en 9001–9012. Boodschappen vóór 14:00 besteld = "
                f"dezelfde avond in huis. Bezorgkosten € 3,95, gratis vanaf € 60. Waddeneilanden (8881–8899) blijven op dinsdag en vrijdag.")
    return (f"Storingsmelding bezorging {d_nl(some_date(r))}: door afsluiting van de Afsluitdijk lopen ritten in de regio 1760–1799 "
            f"en 8860–8869 vertraging op (± 90 min.). Tijdvakken {slot(r)} en {slot(r)} schuiven door. Klanten krijgen automatisch een sms.")


@scenario("nl", False)
def nl_neg_productvraag(r, k):
    if k == 0:
        return (f"Vraagje over de Samsung 65 inch QLED (EAN {ean13(r)}, artikel {sku(r)}): heeft die 4 HDMI 2.1-poorten en past "
                f"hij op een muurbeugel VESA 400x300? En klopt het dat de Android-box die erbij zit maar 2048 MB geheugen heeft? "
                f"Ik twijfel tussen deze en de 55 inch voor €{NBSP}899,00.")
    return (f"Is de powerbank (20.000 mAh, 5000 MA?? staat op de doos) geschikt voor mijn iPhone 15? En mag ik hem retour als hij "
            f"niet bevalt, ik heb hem in de actie van {d_nl(some_date(r))} gekocht (€ 39,95 ipv € 49,95). Artikelcode {sku(r)}.")


@scenario("nl", False)
def nl_neg_afhaalpunt(r, k):
    return (f"Afhaalpunt Waddenmarkt {'Leeuwarden Centrum' if k == 0 else 'Sneek Station'}\nma–vr 08:00–20:00 · za 09:00–17:00 · zo gesloten\n"
            f"Pakketten blijven 7 dagen liggen, daarna retour naar Logistiekweg 12, 8869 BH Westerkwelder.\n"
            f"Neem je afhaalcode ({r.choice('ABCDEFGH')}{digits(r, 5)}) mee; een legitimatiebewijs is alleen nodig bij "
            f"alcohol of medicijnen. Vragen? 088 247 6600 of WhatsApp 06-41702288.")


@scenario("nl", False)
def nl_neg_orderbevestiging(r, k):
    a, b = eur(r, 20, 300), eur(r, 5, 50)
    return (f"Bedankt voor je bestelling {order_no(r)}!\n\n1x Bosch accuboormachine 18V (art. {sku(r)}) € {a}\n"
            f"1x Tony's Chocolonely 180 g (EAN {ean13(r)}) € {b}\nBezorging: {'morgen' if k == 0 else 'donderdag'} {slot(r)}\n"
            f"Btw 21%: € {eur(r, 4, 60)} · btw 9%: € 0,{r.randint(10, 99)}\nBetaald met Mastercard {masked(r)}\n\n"
            f"Waddenmarkt B.V. · KvK 80436172 · btw NL862930417B93 · IBAN NL51 INGB 0007 3315 26")


@scenario("nl", False)
def nl_neg_ritoverzicht(r, k):
    if k:
        return (f"planning zaterdag: 2-mansritten\nrit 31: 11 stops, bankstellen + 2 boxsprings, start 07:30 DC Westerkwelder\n"
                f"rit 32: 9 stops, regio 8400–8450, let op stop 4 geen lift (4e verd.), trapmal mee\nrit 33: eilandrit via veerboot 10:15, "
                f"retour 16:45\nbussen: 07 en 12 (laadklep), 14 in onderhoud")
    return (f"ritoverzicht bus 07 – {d_nl0(some_date(r))}\nstops 42 · afgeleverd 38 · buren 3 · kluis 1 · retour DC 0\n"
            f"km-stand start 184.{digits(r, 3)} / eind 184.{digits(r, 3)}\nopm: stop 19 nt thuis, afgegeven bij nr 14. stop 27 hond "
            f"los, achterom gelegd. stop 33 {order_no(r)} doos 2/2 ontbrak, nagestuurd rit {r.randint(10, 30)}.\n"
            f"laadvermogen benut 1200 KG van 1400 KG")


@scenario("nl", False)
def nl_neg_retourinstructie(r, k):
    if k:
        return (f"Re: retour koelkast\n\nBeste klant,\n\nGrote apparaten (zoals de Bosch KGN39VLCT, {r.randint(60, 80)} kg) halen we zelf op. "
                f"Kies in je account een ophaalmoment; de eerstvolgende ritten in jouw regio zijn {d_nl(some_date(r))} en {d_nl(some_date(r))}, "
                f"tijdvak {slot(r)}. Zorg dat de koelkast 24 uur van tevoren ontdooid is. Retournummer RT{digits(r, 8)}.\n\nMet vriendelijke groet,\n"
                f"Waddenmarkt Retourcentrum")
    return (f"Zo stuur je je bestelling retour:\n1. Vraag een retour aan in je account (binnen 30 dagen).\n2. Je krijgt een QR-code "
            f"(retourcode RT{digits(r, 8)}).\n3. Lever het pakket in bij een Waddenmarkt-punt of plan een ophaalmoment.\n"
            f"Grote artikelen (> 30 kg) halen we gratis op. Retouradres zonder QR: Waddenmarkt Retourcentrum, Antwoordnummer "
            f"4417, 8860 VB Westerkwelder. Terugbetaling binnen 5 werkdagen op je oorspronkelijke betaalmethode.")


@scenario("nl", False)
def nl_neg_storing_app(r, k):
    if k:
        return (f"Hoi, jullie site geeft steeds 'Fout 502' bij afrekenen (Chrome 126.0.6478.127 op Windows 11). Mijn winkelmand: 3x "
                f"HP 305XL cartridge, 1x USB-C hub 7-in-1, totaal € {eur(r, 60, 140)}. Kan ik ook telefonisch bestellen? Winkelmand-ID "
                f"c{digits(r, 6)}-{digits(r, 4)}.")
    return (f"[status.waddenmarkt.example] Storing bezorgapp versie 4.{r.randint(10, 19)}.0.{r.randint(1, 9)} – chauffeurs konden "
            f"tussen 06:10 en 07:25 geen handtekeningen opslaan. Oorzaak: certificaat van api-intern (10.{r.randint(0, 40)}.{r.randint(0, 9)}.{r.randint(2, 250)}) "
            f"verlopen. Opgelost in build 4.{r.randint(10, 19)}.1. Incident INC-{digits(r, 6)}.")


@scenario("nl", False)
def nl_neg_verkopersvoorwaarden(r, k):
    if k:
        return (f"Verkopersportaal – melding\nJe product {sku(r)} (GTIN {ean13(r)}) is offline gehaald: de prijs (€ 0,{r.randint(10, 99)}) wijkt "
                f"meer dan 90% af van de adviesprijs. Pas de prijs aan of neem contact op met het marktplaatsteam via "
                f"marktplaats@waddenmarkt.example. Zaak MP-{digits(r, 6)}.")
    return (f"Marktplaats-update voor verkopers\nPer {d_nl(some_date(r, 2026))} wordt de commissie op elektronica 8,5% (was 7%). "
            f"Uitbetalingen blijven wekelijks op dinsdag. Let op: zet in je productfeed de GTIN (EAN-13, bijv. {ean13(r)}) "
            f"en niet je eigen SKU ({sku(r)}). Facturen voor commissie komen van Waddenmarkt B.V., KvK 80436172, "
            f"IBAN NL48 RABO 0318 4402 97.")


@scenario("nl", False)
def nl_neg_chargeback_notitie(r, k):
    return (f"Chargeback {d_nl0(some_date(r))}\nDispute-ID DP-{digits(r, 8)} · ARN 7{digits(r, 22)}\nKaart {masked(r)} · € {eur(r, 40, 900)}\n"
            f"Reden: 10.4 fraud card-absent. Bewijs aangeleverd: bezorgfoto, GPS-tijdstempel, handtekening. "
            f"Deadline reactie {d_nl(some_date(r))}. Order {order_no(r)} / tracking {wm_track(r)}.")


@scenario("nl", False)
def nl_neg_sociale_post(r, k):
    if k == 0:
        return (f"@Waddenmarkt jullie bezorger zette mijn pakket in de regen 🌧️ doos doorweekt. bestelling {order_no(r)}. "
                f"#klantenservice #bezorging #waddenmarkt")
    return (f"Shoutout naar @WMbezorgt 🙌 gisteren om 21:50 besteld, vanochtend 08:12 al binnen. Zelfs de "
            f"diepvriespizza's nog keihard. #tevreden #boodschappen")


# ================================================================ EN — with personal data
@scenario("en", True)
def en_where_is_order(r, k):
    c = person(r, r.choice(["en", "in", "br", "ng", "ua"])); st, pc, town = nl_addr(r); on = order_no(r)
    if k == 0:
        t = (f"Hi there,\n\nI'm an expat and my Dutch isn't great yet, sorry. I ordered a standing desk (order {on}) and the tracking "
             f"page says \"bezorgd bij de buren\". Which neighbour?? I live at {AD(st)}, {PC(pc)} {town} and nobody on my floor has it.\n\n"
             f"You can reach me on {PH(mobile(r))} or {E(email_for(r, c))}.\n\nThanks,\n{P(c.full)}")
    else:
        t = (f"Order {on} — still nothing after 6 days. UPS number {ups_1z(r)} shows it's been sitting in Amsterdam since Monday. "
             f"Please just refund me. {P(c.first)}\nSent from Outlook for Android")
    return t


@scenario("en", True)
def en_neighbour(r, k):
    c, nb = people(r, 2, ["en", "nl"]); st, pc, town = nl_addr(r, toev=False); street = st.rsplit(" ", 1)[0]; nr = r.randint(2, 80)
    t = (f"Hello,\n\nYour driver left my parcel ({order_no(r)}) with {P(nb.full)} at {AD(f'{street} {nr}')}. I've never met "
         f"{'her' if nb.sex == 'f' else 'him'} and nobody answers the door there. Please don't leave my deliveries with neighbours "
         f"– I'd rather pick them up at the Waddenmarkt point.\n\nBest,\n{P(c.full)}{'' if k else chr(10) + AD(st)}")
    return t


@scenario("en", True)
def en_gift(r, k):
    c = person(r); g = person(r, sex="f", avoid={c.first, c.last}); st, pc, town = nl_addr(r); on = order_no(r)
    t = (f"Hi! I placed a gift order ({on}) for my {r.choice(['colleague', 'sister', 'friend', 'grandmother'])} {P(g.full)}. "
         f"Could you make sure the delivery goes to {AD(st)}, {PC(pc)} {town} and NOT to my billing address? "
         f"Also please leave out the invoice – it's a surprise 🎁. Her phone is {PH(mobile(r))} if the driver needs it.\n\n"
         f"Many thanks,\n{P(c.first)}")
    return crlf(t) if k else t


@scenario("en", True)
def en_return_refund(r, k):
    c = person(r, r.choice(["en", "in", "ua"])); on = order_no(r); rc = "RT" + digits(r, 8)
    ib = nl_iban(r, bank=r.choice(["BUNQ", "REVO", "INGB"]) if False else r.choice(["BUNQ", "INGB", "ABNA"]), grouped=(k == 0))
    t = (f"Dear Waddenmarkt,\n\nI returned the Sony WH-1000XM5 headphones (return code {rc}) two weeks ago. I paid via Klarna but "
         f"Klarna says the order is closed. Please refund € {eur(r, 200, 420)} to my bank account {IB(ib)} "
         f"(account holder {P(c.full)}).\n\nKind regards,\n{P(c.first)}")
    return t


@scenario("en", True)
def en_card_dispute(r, k):
    c = person(r, "en"); cd = card(r, r.choice(["4", "51", "2720", "37"]), 16 if True else 16)
    if cd.startswith("37"): cd = card(r, "37", 15)
    on = order_no(r)
    if k == 0:
        t = (f"I've been charged twice for order {on}. Here is the card I used so you can find the payment: {CC(fmt_card(cd))}, "
             f"expiry 0{r.randint(1, 9)}/28. If this isn't sorted by Friday I'm filing a dispute with my bank.\n{P(c.full)}")
    else:
        t = (f"Re: your dispute DP-{digits(r, 8)}\n\nMy statement shows a payment of € {eur(r, 50, 500)} on card {masked(r)} which I "
             f"did not make. I've attached the screenshot. I'm {P(c.full)}, account {E(email_for(r, c))}.")
    return t


@scenario("en", True)
def en_chat(r, k):
    c = person(r); ag = staff("lakshmi"); pc = postcode(r); nr = r.randint(1, 200); em = email_for(r, c)
    t = (f"Chat transcript {r.randint(300000, 399999)}\n{P(ag.first)} (Waddenmarkt): Hi, you're chatting with {P(ag.first)}. How can I help?\n"
         f"Customer: my groceries were delivered to the wrong house\n{P(ag.first)} (Waddenmarkt): I'm sorry! Can you give me the postcode and "
         f"house number of the delivery?\nCustomer: {PC(pc)}, {nr}{'b' if k else ''}\n{P(ag.first)} (Waddenmarkt): Thanks. Which e-mail is "
         f"the account on?\nCustomer: {E(em)}\n{P(ag.first)} (Waddenmarkt): I've refunded the perishables (€ {eur(r, 10, 80)}) and sent a new slot.")
    return t


@scenario("en", True)
def en_seller_sole_trader(r, k):
    c = person(r); kv = kvk(r); ob = ob_nummer(r); bt = btw_id(r); shop = r.choice(["Handmade by the Canal", "Tiny Pottery Studio", "Retro Radio Repairs"])
    t = (f"Hello Marketplace team,\n\nI run {shop} as a sole trader (eenmanszaak). For the seller account you asked for my tax details:\n"
         f"- Chamber of Commerce (KvK) number: {KVK(kv)}\n- VAT ID: {BTW(bt)}\n"
         f"{'- old VAT number (omzetbelastingnummer) ' + BS(ob) + ', in case your system still needs it' + chr(10) if k == 0 else ''}"
         f"- payout account: {IB(nl_iban(r, grouped=True))}\n\nThanks,\n{P(c.full)}")
    return t


@scenario("en", True)
def en_b2b(r, k):
    c = person(r); kv = kvk(r); bt = btw_id(r); st, pc, town = nl_addr(r, toev=False); co = r.choice(["Brightline Consulting B.V.", "Harbour Coffee Roasters B.V.", "Canalside Dental"])
    t = (f"Hi,\n\nWe'd like to open a business account for office supplies. Company: {co}\nRegistered address: {AD(st)}, {PC(pc)} {town}\n"
         f"CoC number {KVK(kv)}, VAT {BTW(bt)}\nContact: {P(c.full)} (office manager), {PH(landline(r))}\n\nPayment on invoice, 30 days, if possible.")
    return crlf(t) if k else t


@scenario("en", True)
def en_damaged(r, k):
    c = person(r); st, pc, town = nl_addr(r); on = order_no(r)
    t = (f"Subject: Damaged sofa – {on}\n\nThe sofa arrived this morning with a torn corner and a broken leg. Photos attached: "
         f"IMG_{r.randint(1000, 9999)}.jpg (the box, already damaged on arrival), IMG_{r.randint(1000, 9999)}.jpg (the tear, about 12 cm) "
         f"and a close-up of the label (batch 2025/{r.randint(10, 52)}). The drivers said they'd report it.\n\nPlease collect it from "
         f"{AD(st)}{', ' + PC(pc) if k == 0 else ''} and send a replacement.\n{P(c.full)}, {PH(mobile(r))}")
    return t


@scenario("en", True)
def en_account_takeover(r, k):
    c = person(r); em = email_for(r, c)
    t = (f"Someone logged into my account and ordered a MacBook Air 15\" (16 GB / 512 GB). The login alert said the sign-in came from "
         f"{IPA(public_ip6(r) if k else public_ip(r))} (Romania?). My home IP is {IPA(public_ip(r))}. Please cancel everything and lock the account "
         f"{E(em)}.\n— {P(c.full)}")
    return t


@scenario("en", True)
def en_address_change(r, k):
    c = person(r); a1 = nl_addr(r); a2 = nl_addr(r); on = order_no(r)
    t = (f"Hi, quick one: I moved last week. Could you update the delivery address for {on}?\nOld: {AD(a1[0])}, {PC(a1[1])} {a1[2]}\n"
         f"New: {AD(a2[0])}, {PC(a2[1])} {a2[2]}\nThe buzzer says \"{P(c.last.upper() if k else c.Last)}\".\nCheers, {P(c.first)}")
    return t


@scenario("en", True)
def en_driver_complaint(r, k):
    c = person(r); d = Person(*r.choice(DRIVERS), "m"); on = order_no(r)
    t = (f"I want to complain about today's delivery ({on}). The app said my driver was {P(d.first)}. He threw the box over the fence "
         f"and drove off – the glass table top is cracked. I have it on my doorbell camera ({d_nl(some_date(r))}, 13:26). "
         f"Please call me back on {PH(mobile(r))}.\n{P(c.full)}")
    return t


@scenario("en", True)
def en_social(r, k):
    c = person(r); em = email_for(r, c); h = "@" + ascii_fold(c.last).lower().replace(" ", "").replace("'", "") + "_nl"
    t = (f"{h}: Hey @Waddenmarkt, 3 weeks waiting for a refund on a returned blender. Not impressed. #customerservice\n"
         f"@Waddenmarkt: Sorry to hear that! Please DM us your order number and we'll look into it.\n"
         f"[DM] {h}: {order_no(r)} – {P(c.full)}, {E(em)}{', ' + PH(uk_mobile(r)) if k else ''}")
    return t


@scenario("en", True)
def en_age_check(r, k):
    c = person(r, r.choice(["en", "in"])); dob = dob_date(r); pn = digits(r, 9)
    t = (f"Your driver refused to hand over my wine order because I'm not Dutch and he didn't accept my UK driving licence. "
         f"I was born on {DOB(f'{dob.day} {EN_MON[dob.month - 1]} {dob.year}')}, so I'm clearly over 18. My passport number is "
         f"{ID(pn)} if you need it. Order {order_no(r)}."
         + (f" I'm registered in Leeuwarden, citizen service number {BS(spaced3(bsn(r)))}, so I'm not a tourist either."
            if k else "") + f"\n{P(c.full)}")
    return t


@scenario("en", True)
def en_forwarded_internal(r, k):
    c = person(r); ag = staff("anass"); ag2 = staff("nienke"); on = order_no(r)
    t = (f"From: {P(ag.full)}\nTo: {P(ag2.full)}\nSubject: FW: refund not received\n\n{P(ag2.first)}, can you check this one? Refund for "
         f"{on} was approved on {d_nl(some_date(r))}.\n\n-----Original Message-----\nFrom: {P(c.full)} <{E(email_for(r, c))}>\n"
         f"> I still haven't received my € {eur(r, 20, 300)}. Please transfer it to {IB(de_iban(r) if k else be_iban(r))}.")
    return crlf(t) if k == 0 else t


@scenario("en", True)
def en_pickup_car(r, k):
    c = person(r); kt = kenteken(r)
    t = (f"Hi, I'll collect my wardrobe (order {order_no(r)}, 4 boxes) at the Westerkwelder warehouse on Saturday. "
         f"Registration of the car is {KT(kt if k else kt.replace('-', ' '))} (white Volvo estate). Could you have it ready at gate 2? "
         f"{P(c.full)}")
    return t


# ================================================================ EN — no personal data
@scenario("en", False)
def en_neg_tracking(r, k):
    return (f"Three parcels from one order and three different carriers?\n- {postnl_3s(r)} (PostNL)\n- {dhl_jvgl(r)} (DHL)\n- {ups_1z(r) if k else wm_track(r)}\n"
            f"Order {order_no(r)}. Can you tell me which one has the 65\" TV mount? Thanks.")


@scenario("en", False)
def en_neg_product(r, k):
    if k:
        return (f"Before I order: does the Nintendo Switch OLED bundle (article {sku(r)}) come with the 64 GB or the 256 GB card? "
                f"And will your 2-person delivery also take away the box of the 75 inch TV I ordered last month (€ 1.299)?")
    return (f"Question about the iPhone 15 (128 GB, EAN {ean13(r, '019')}) – is it the EU version with eSIM and a physical SIM slot? "
            f"And does the 45 W charger (SKU {sku(r)}) work with it? Your page says 4096 MB RAM for the Pixel but the spec sheet says 8 GB.")


@scenario("en", False)
def en_neg_locker(r, k):
    return (f"Your parcel is waiting in locker WM-L{r.randint(100, 999)} at {'Leeuwarden station' if k else 'the Albert Heijn car park'}.\n"
            f"Compartment {r.randint(1, 60)} · pick-up code {digits(r, 6)} · valid until {d_nl(some_date(r))} 23:59.\n"
            f"Opening hours: daily 06:00–00:00. Questions? care@waddenmarkt.example or +31 88 247 6600.")


@scenario("en", False)
def en_neg_invoice(r, k):
    return (f"Invoice INV-2025-{digits(r, 6)}\nCustomer no. {nine_fail(r)}\nNet €{NBSP}{eur(r, 100, 900)} · VAT 21% € {eur(r, 20, 190)} · Total € {eur(r, 120, 1100)}\n"
            f"Paid by Visa {masked(r)} on {d_nl(some_date(r))}\n"
            f"Waddenmarkt B.V. · CoC 80436172 · VAT NL862930417B93 · IBAN NL51INGB0007331526 · BIC INGBNL2A")


@scenario("en", False)
def en_neg_delivery_area(r, k):
    if k:
        return (f"Hi! Do you deliver to Terschelling? The checkout says 'not available for this postcode' for groceries but "
                f"furniture is fine. I'm only there from 1 to 14 August. Thanks.")
    return (f"Good news for our customers in Groningen: same-day delivery now covers postcode areas 9711–9747 and 9801–9804. "
            f"Order before 13:00, delivered {slot(r)}. Furniture (2-person delivery) still needs 3 working days. "
            f"Islands: Tuesdays and Fridays only.")


@scenario("en", False)
def en_neg_status(r, k):
    if k:
        return (f"Incident report depot Westerkwelder, {d_nl(some_date(r))}: conveyor belt 3 stopped 05:40–06:55, 1,214 parcels delayed. "
                f"Sorter PLC at 10.20.{r.randint(0, 9)}.{r.randint(2, 250)} rebooted. All routes left by 08:10; customers in slots {slot(r)} informed by SMS.")
    return (f"Driver app {'v' if k else 'version '}5.{r.randint(0, 9)}.{r.randint(0, 20)}.{r.randint(1, 99)} crashes on scan. Logs show handheld "
            f"192.168.{r.randint(0, 20)}.{r.randint(2, 250)} timing out against the depot server. Firmware 2.4.1.7 on the Zebra "
            f"TC52 scanners fixes it; rollout to all 140 devices tonight 22:00–02:00.")


@scenario("en", False)
def en_neg_seller_faq(r, k):
    if k:
        return (f"Seller notice: from {d_nl(some_date(r, 2026))} all marketplace parcels must be handed to Waddenmarkt Bezorgt at "
                f"Logistiekweg 12 or collected by our vans. Labels are created in the seller portal (format WMB-XXXX-00000). "
                f"Late hand-over three times in 30 days = listing paused.")
    return (f"Seller FAQ: How fast do I get paid?\nPayouts run every Tuesday for orders delivered at least 14 days earlier. A payout "
            f"reference looks like PO-{digits(r, 4)}-{digits(r, 6)}. Commission is invoiced monthly by Waddenmarkt B.V. (CoC 80436172). "
            f"Tip: list the GTIN ({ean13(r)}) rather than your own article code.")


@scenario("en", False)
def en_neg_dispute_note(r, k):
    return (f"Dispute summary – case CB-{digits(r, 7)}\nCard: Mastercard {masked(r)}, € {eur(r, 30, 700)}\nReason code 4853 (not as described)\n"
            f"Evidence: delivery scan {d_nl(some_date(r))} 11:04, photo, IMEI {imei(r)} of the returned phone does not match the one shipped.\n"
            f"Status: won, funds returned.")


@scenario("en", False)
def en_neg_social(r, k):
    if k == 0:
        return (f"Big thanks to @WMbezorgt – driver carried a 40 kg fridge up 3 floors without complaining 💪 #WaddenmarktDelivers")
    return (f"@Waddenmarkt why does your app say 'delivered' when it's clearly still in the van?? order {order_no(r)} #fail #parcels")


# ================================================================ DE — with personal data
@scenario("de", True)
def de_wo_ist_paket(r, k):
    c = person(r, "de"); st, plz, town = de_addr(r); on = order_no(r)
    if k == 0:
        t = (f"Sehr geehrte Damen und Herren,\n\nich warte seit dem {some_date(r).strftime('%d.%m.%Y')} auf meine Bestellung {on} "
             f"(Kaffeevollautomat, 1 Paket). Die Sendungsverfolgung {dhl_jvgl(r)} zeigt 'Zustellung im Zielland'. Meine Anschrift: "
             f"{AD(st)}, {PC(plz)} {town}. Telefonisch bin ich unter {PH(de_mobile(r))} erreichbar.\n\nMit freundlichen Grüßen\n{P(c.full)}")
    else:
        t = (f"hallo, paket {on} ist immer noch nicht da!!! seit 9 tagen. {P(c.first)} {P(c.last)}, {AD(st)}, {town}. "
             f"bitte um rückruf {PH(de_landline(r))}")
    return t


@scenario("de", True)
def de_nachbar(r, k):
    c = person(r, "de"); nb = person(r, "de", "f", avoid={c.first, c.last}); st, plz, town = de_addr(r); street = st.rsplit(" ", 1)[0]; nr = r.randint(2, 90)
    t = (f"Guten Tag,\n\nlaut Benachrichtigungskarte wurde mein Paket bei Frau {P(nb.last)} in der {AD(f'{street} {nr}')} abgegeben. "
         f"Dort wohnt aber niemand dieses Namens. Bitte klären Sie mit Ihrem Fahrer, wo das Paket ist (Bestellung {order_no(r)}).\n\n"
         f"Viele Grüße\n{P(c.full)}\n{AD(st)}, {PC(plz)} {town}")
    return crlf(t) if k else t


@scenario("de", True)
def de_retoure_iban(r, k):
    c = person(r, r.choice(["de", "pl", "tr"])); rc = "RT" + digits(r, 8); ib = de_iban(r, grouped=(k == 0))
    t = (f"Hallo Waddenmarkt-Team,\n\ndie Retoure {rc} (Staubsaugerroboter, Art.-Nr. {sku(r)}) ist laut DHL seit dem "
         f"{some_date(r).strftime('%d.%m.%Y')} bei Ihnen. Die Erstattung von {eur(r, 150, 600)} € ist noch nicht eingegangen. "
         f"Bitte überweisen Sie den Betrag auf mein Konto {IB(ib)}, Kontoinhaber {P(c.full)}.\n\nDanke und Gruß\n{P(c.first)}")
    return t


@scenario("de", True)
def de_kreditkarte(r, k):
    c = person(r, "de"); cd = card(r, r.choice(["52", "54", "4"]), 16); on = order_no(r)
    if k == 0:
        t = (f"Ihre Zahlungsseite hat meine Kreditkarte abgelehnt, aber abgebucht wurde trotzdem! Karte {CC(fmt_card(cd))}, "
             f"gültig bis 11/27. Bestellung {on}. Ich erwarte eine sofortige Rückbuchung.\n{P(c.full)}")
    else:
        t = (f"Sehr geehrte Damen und Herren, auf meiner Abrechnung (Karte endet auf {cd[-4:]}, also {masked(r)[:-4]}{cd[-4:]}) steht "
             f"eine Belastung von {eur(r, 30, 300)} € von WADDENMARKT*NL, die ich nicht zuordnen kann. Bitte um Aufklärung. "
             f"{P(c.ini + ' ' + c.last)}, {E(email_for(r, c, r.choice(['web.de', 'gmx.de', 't-online.de'])))}")
    return t


@scenario("de", True)
def de_adressaenderung(r, k):
    c = person(r, "de"); a1 = de_addr(r); a2 = de_addr(r); on = order_no(r)
    t = (f"Betreff: Lieferadresse ändern – {on}\n\nHallo,\nbitte liefern Sie das Sofa nicht an {AD(a1[0])}, {PC(a1[1])} {a1[2]}, "
         f"sondern an meine neue Adresse:\n{AD(a2[0])}\n{PC(a2[1])} {a2[2]}\nIch bin ab dem {some_date(r).strftime('%d.%m.')} dort. "
         f"Handy: {PH(de_mobile(r))}\n\nGruß {P(c.first)}")
    return t


@scenario("de", True)
def de_geschenk(r, k):
    c, g = people(r, 2, ["de", "de" if k else "nl"]); on = order_no(r)
    if k:
        st, pc, town = de_addr(r)
    else:
        st, pc, town = nl_addr(r)
    t = (f"Liebes Team, ich habe ein Geschenk für meine {'Enkelin' if g.sex == 'f' else 'Patenkind'} {P(g.first)} bestellt ({on}). Bitte an "
         f"{P(g.full)}, {AD(st)}, {PC(pc)} {town} liefern – ohne Rechnung im Paket. Vielen Dank! {P(c.full)}")
    return t


@scenario("de", True)
def de_beschaedigt(r, k):
    c = person(r, "de"); on = order_no(r)
    t = (f"Guten Tag, der Fernseher (Philips 55PUS8909, EAN {ean13(r)}) kam mit gebrochenem Display an. Fotos vom Karton und vom "
         f"Typenschild habe ich angehängt (3 Stück). Der Fahrer {P(Person(*r.choice(DRIVERS), 'm').first)} hat die Annahme unter Vorbehalt "
         f"quittiert. Bestellnummer {on}. Bitte um Austausch.\nMfG {P(c.full)}\nTel. {PH(de_landline(r))}")
    return t


@scenario("de", True)
def de_haendler(r, k):
    c = person(r, r.choice(["de", "nl"])); kv = kvk(r); bt = btw_id(r); shop = r.choice(["Grenzland Outdoor B.V.", "Möbelwerk Twente B.V.", "Keukenhof Textil"])
    t = (f"Sehr geehrtes Marktplatz-Team,\n\nwir sind ein niederländisches Unternehmen ({shop}) und möchten auf Waddenmarkt verkaufen. "
         f"Handelsregister (KvK): {KVK(kv)}, USt-IdNr.: {BTW(bt)}, deutsche USt-IdNr. {de_vat(r)}.\n"
         f"Ansprechpartner: {P(c.full)}, {PH(mobile(r))}, {E(email_for(r, c, 'grenzland-outdoor.nl' if k else None))}\n\nMit freundlichen Grüßen")
    return t


@scenario("de", True)
def de_chat(r, k):
    c = person(r, "de"); ag = staff("claudia"); st, plz, town = de_addr(r)
    t = (f"Chatprotokoll {r.randint(500000, 599999)}\n[10:11] {P(ag.first)} (Waddenmarkt): Guten Morgen, hier ist {P(ag.first)}. Wie kann ich helfen?\n"
         f"[10:12] Kunde: Mein Paket soll an eine Packstation, geht das?\n[10:12] {P(ag.first)} (Waddenmarkt): Leider nein, wir liefern nur an "
         f"Hausadressen und Waddenmarkt-Abholpunkte.\n[10:13] Kunde: ok dann an {AD(st)} in {town}, {P(c.last)} steht am Klingelschild\n"
         f"[10:14] {P(ag.first)} (Waddenmarkt): Erledigt! Zustellung Donnerstag {slot(r)}.")
    return t


@scenario("de", True)
def de_altersnachweis(r, k):
    c = person(r, "de"); dob = dob_date(r)
    t = (f"Hallo, Ihr Fahrer wollte meinen Ausweis sehen wegen des Whiskys. Ich war nicht da, mein Nachbar durfte nicht unterschreiben. "
         f"Hier meine Daten für die Altersprüfung: {P(c.full)}, geboren am {DOB(f'{dob.day}. {DE_MON[dob.month - 1]} {dob.year}' if k else dob.strftime('%d.%m.%Y'))}, "
         f"Personalausweis-Nr. {ID(de_ausweis(r))}. Bitte neu zustellen, Bestellung {order_no(r)}.")
    return t


@scenario("de", True)
def de_abholung_kennzeichen(r, k):
    c = person(r, "de"); pl = de_plate(r)
    t = (f"Guten Tag, ich hole den Schrank (Bestellung {order_no(r)}) am Samstag im Lager in Westerkwelder ab. Kennzeichen meines "
         f"Transporters: {KT(pl)}. Ankunft ca. 11 Uhr.\nGruß {P(c.full)}")
    return t


@scenario("de", True)
def de_social(r, k):
    c = person(r, "de"); h = "@" + ascii_fold(c.first).lower() + "_" + ascii_fold(c.last).lower()[:5]
    t = (f"{h}: @Waddenmarkt Lieferung nach Deutschland dauert ewig 😤 #Waddenmarkt #Lieferung\n@Waddenmarkt: Das tut uns leid! Schick uns "
         f"bitte eine DM mit deiner Bestellnummer.\n[DM] {h}: {order_no(r)}, {P(c.full)}, PLZ {PC(de_addr(r)[1])}"
         f"{', ' + E(email_for(r, c, 'gmx.de')) if k else ''}")
    return t


# ================================================================ DE — no personal data
@scenario("de", False)
def de_neg_sendung(r, k):
    return (f"Wo bleibt meine Sendung? Bestellnummer {order_no(r)}, Sendungsnummer {dhl_jvgl(r) if k else wm_track(r)}. Angekündigt war "
            f"Zustellung am {some_date(r).strftime('%d.%m.%Y')} zwischen {slot(r).replace('–', ' und ')} Uhr. Seitdem keine Info.")


@scenario("de", False)
def de_neg_produkt(r, k):
    if k:
        return (f"Gibt es den Gaming-Laptop (RTX 4070, 32 GB RAM, 1 TB SSD, Art.-Nr. {sku(r)}) auch mit deutscher Tastatur? Auf der Seite "
                f"steht QWERTY-US. Ich würde ihn nach Deutschland liefern lassen.")
    return (f"Frage zum Artikel {sku(r)}: Ist der 65 Zoll Fernseher (EAN {ean13(r, '40')}) mit DVB-T2 HD kompatibel? "
            f"Und hat die Variante mit 2048 MB Speicher auch WLAN 6? Preis im Prospekt 1.099,00 €, online 999,00 €.")


@scenario("de", False)
def de_neg_abholpunkt(r, k):
    return (f"Waddenmarkt-Abholpunkt {'Emmerich Grenzhaus' if k else 'Gronau Bahnhof'}\nÖffnungszeiten: Mo–Fr 9–19 Uhr, Sa 9–16 Uhr\n"
            f"Abholcode bereithalten (z. B. {r.choice('ABCDEFGH')}{digits(r, 5)}). Pakete liegen 7 Tage, danach Rücksendung an "
            f"Waddenmarkt B.V., Logistiekweg 12, 8869 BH Westerkwelder, Niederlande.")


@scenario("de", False)
def de_neg_rechnung(r, k):
    return (f"Rechnung RE-2025-{digits(r, 6)} · Kundennummer {nine_fail(r)}\nNetto {eur(r, 80, 900)} € · USt. 21 % (NL) · Brutto {eur(r, 100, 1100)} €\n"
            f"Bezahlt per Kreditkarte {masked(r)}\nWaddenmarkt B.V. · KvK 80436172 · USt-IdNr. NL862930417B93 · IBAN NL51 INGB 0007 3315 26")


@scenario("de", False)
def de_neg_liefergebiet(r, k):
    if k:
        return (f"Hallo, liefern Sie Lebensmittel auch nach Deutschland? Ich wohne direkt hinter der Grenze bei Emmerich und "
                f"die Seite sagt nur 'Lieferung nur innerhalb NL'. Möbel gehen ja auch. Danke!")
    return (f"Neu: Lieferung mit eigenen Fahrern jetzt auch in die PLZ-Bereiche 46xxx, 47xxx und 48{r.randint(1, 6)}xx "
            f"(Niederrhein, Münsterland). Versandkosten 6,95 €, ab 75 € frei. Möbel: Lieferung in 5–8 Werktagen, Zeitfenster {slot(r)}.")


@scenario("de", False)
def de_neg_chargeback(r, k):
    return (f"Rückbuchung Fall RB-{digits(r, 7)}\nKarte {masked(r)}, Betrag {eur(r, 30, 500)} €, Grund: Ware nicht erhalten.\n"
            f"Zustellnachweis: Scan {some_date(r).strftime('%d.%m.%Y')} 14:22, Foto, GPS. Auftrag {order_no(r)}. Frist: 10 Tage.")


@scenario("de", False)
def de_neg_app(r, k):
    if k:
        return (f"Ihre App stürzt bei mir ab, sobald ich auf 'Sendung verfolgen' tippe (Samsung Galaxy A54, Android 14, App {r.randint(6, 7)}.{r.randint(0, 9)}.{r.randint(0, 30)}). "
                f"Neu installiert, Cache gelöscht, nichts hilft. Bestellung {order_no(r)}.")
    return (f"Update der Waddenmarkt-App (Version 7.{r.randint(1, 9)}.{r.randint(0, 30)}): Live-Tracking der Fahrer, Zeitfenster ändern bis "
            f"22 Uhr am Vorabend, neue Paketschließfächer in 24 Städten. Bekannter Fehler: iOS 17.{r.randint(1, 6)}.1 zeigt "
            f"Uhrzeiten in UTC.")


@scenario("de", False)
def de_neg_social(r, k):
    if k == 0:
        return "Danke @WMbezorgt 👍 Sofa pünktlich geliefert, Fahrer super nett, Verpackung gleich mitgenommen. #Waddenmarkt"
    return f"@waddenmarkt_help warum kostet Versand nach Deutschland jetzt 6,95 statt 4,95?? #abzocke #onlineshopping"


# ================================================================ self test
def self_test():
    n = 0
    def ok(c, what):
        nonlocal n
        n += 1
        assert c, what
    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "999999990", "696579303", "044126396"]:
        ok(elfproef(v), v)
    for v in ["123456789", "111222334", "000000000", "999999999", "12345678"]:
        ok(not elfproef(v), v)
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL20INGB0001234567", "NL68KNAB0123456789",
              "NL32BUNQ2012345678", "BE71 0961 2345 6769", "DE89370400440532013000", "DE89 3704 0044 0532 0130 00",
              "FR1420041010050500013M02606", "GB82WEST12345698765432"]:
        ok(iban_valid(v), v)
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300", "DE89370400440532013001", "BE68539007547035"]:
        ok(not iban_valid(v), v)
    ok(iban_check_digits("NL", "KNAB0123456789") == "68", "ck")
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67", "0111-123456", "06-12 34 56 78", "+31 0 6 12345678"]:
        ok(phone_valid(v), v)
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "020-123456", "012-3456789", "0800-1234", "0900-1234567"]:
        ok(not phone_valid(v), v)
    for v, reg in [("+32 470 12 34 56", "BE"), ("0470 12 34 56", "BE"), ("02 511 22 33", "BE"), ("050 44 86 86", "BE"),
                   ("+49 30 12345678", "DE"), ("0151 23456789", "DE"), ("+49 (0)221 1234567", "DE"), ("07700 900123", "GB")]:
        ok(phone_valid(v, reg), v)
    for v, reg in [("+32 470 12 34 5", "BE"), ("02 123 45 67", "BE"), ("09 123 45 67", "BE"), ("+49 151 234", "DE"), ("07700 123456", "GB")]:
        ok(not phone_valid(v, reg), v)
    for v in ["1012 AB", "1012AB", "1012 ab", "9999 ZZ", "1000 AA"]:
        ok(postcode_valid(v), v)
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        ok(not postcode_valid(v), v)
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8"]:
        ok(docnr_valid(v), v)
    for v in ["NO1234567", "NP123456A", "XR1001R5"]:
        ok(not docnr_valid(v), v)
    for sc, ex in [(4, "GB-12-DF"), (5, "XB-PK-12"), (6, "12-DF-GH"), (7, "12-GBX-3"), (8, "1-KBB-12"), (9, "VB-123-X"), (10, "G-123-BB"),
                   (11, "GBB-12-X"), (12, "G-12-BBB"), (13, "1-BB-123"), (14, "123-BB-1"), (1, "AB-12-34"), (2, "12-34-XY"), (3, "12-AB-34")]:
        ok(kenteken_valid(ex), ex)
    for v in ["gbb12x", "GB 12 DF", "1kbb12"]:
        ok(kenteken_valid(v), v)
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123", "KA-45-NB"]:
        ok(not kenteken_valid(v), v)
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        ok(btw_mod97(v), v)
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL12345678B01"]:
        ok(not btw_mod97(v), v)
    ok(ob_valid("NL004495445B01"), "ob")
    ok(not ob_valid("NL123456789B01"), "ob2")
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "30569309025904", "6759649826438453"]:
        ok(card_valid(v), v)
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        ok(not card_valid(v), v)
    for v in ["jan.devries@voorbeeld.nl", "info@bakkerij-de-groot.frl"]:
        ok(email_valid(v), v)
    for v in ["jan@@voorbeeld.nl", "icon@2x.png", "jan@voorbeeld"]:
        ok(not email_valid(v), v)
    for v in ["8.8.8.8", "84.12.3.4", "2a02:a46b:5182:1::69"]:
        ok(ip_public(v), v)
    for v in ["192.168.1.10", "10.40.2.17", "256.1.1.1", "010.001.001.001", "2001:db8::1", "::1", "12:30:45", "192.0.2.4"]:
        ok(not ip_public(v), v)
    for v in ["12-03-1985", "1-4-1990", "03/07/1979", "29.02.1992", "5 mei 1960", "17 oktober 2001", "3. März 1971", "7 March 1980", "1985-03-12"]:
        ok(dob_valid(v), v)
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999"]:
        ok(not dob_valid(v), v)
    # organisation's own data
    for ib in ORG["ibans"]: ok(iban_valid(ib), ib)
    for b in ORG["btw"]: ok(btw_mod97(b) and not elfproef(b[2:11]), b)
    for p in ORG["phones"]: ok(phone_valid(p), p)
    for lit in ["NL51 INGB 0007 3315 26", "NL48 RABO 0318 4402 97"]: ok(iban_valid(lit), lit)
    ok(not elfproef("080436172") and not elfproef("80436172"), "org kvk is not an 8-digit BSN")
    # generated values (a sample per generator)
    r = random.Random(SEED + ":selftest")
    for _ in range(200):
        ok(iban_valid(nl_iban(r)) and iban_valid(be_iban(r)) and iban_valid(de_iban(r)), "iban gen")
        ok(elfproef(bsn(r)) and not elfproef(nine_fail(r)), "bsn gen")
        b = btw_id(r); ok(btw_mod97(b) and not elfproef(b[2:11]), b)
        ok(ob_valid(ob_nummer(r)), "ob gen")
        ok(card_valid(card(r, "4", 16)) and card_valid(card(r, "2720", 16)) and card_valid(card(r, "37", 15)), "card gen")
        ok(not card_valid(imei(r)) and luhn(imei(r)), "imei")
        ok(kenteken_valid(kenteken(r)) and de_plate_valid(de_plate(r)), "plate gen")
        ok(phone_valid(mobile(r)) and phone_valid(landline(r)) and phone_valid(de_mobile(r), "DE") and phone_valid(de_landline(r), "DE")
           and phone_valid(be_mobile(r), "BE") and phone_valid(uk_mobile(r), "GB"), "phone gen")
        ok(postcode_valid(postcode(r)) and docnr_valid(nl_docnr(r)) and docnr_valid(de_ausweis(r)), "pc/doc gen")
        ok(ip_public(public_ip(r)) and ip_public(public_ip6(r)), "ip gen")
        ok(not kenteken_valid(sku(r)), "sku")
        e = ean13(r); ok(not card_valid(e), "ean")
    return n


# ================================================================ audit
BIRTH_WORDS = re.compile(r"(?i)geboren|geb\.|geboortedatum|born|date of birth|birthday|geburtsdatum")
ORDER_WORDS = re.compile(r"(?i)bestel|order|factuur|invoice|rechnung|kunden|customer|tracking|sendung|auftrag|retour|ref|dispute|kenmerk|incident")
ALLOWED_PC_SHAPES = {"2048 MB", "5000 MA", "1200 KG", "1400 KG", "4096 MB"}
NAME_STOP = {"van", "der", "den", "de", "ter", "ten", "het", "'t", "Van", "De", "Ter", "Ten", "Den"}


def covered(spans, a, b, labels=None):
    return any(s["start"] <= a and b <= s["end"] and (labels is None or s["label"] in labels) for s in spans)


def org_hit(text, a, b):
    for lit in ORG_LITERALS:
        for m in re.finditer(re.escape(lit), text):
            if m.start() <= a and b <= m.end(): return True
    return False


def audit(rec, pii_expected):
    text, spans = rec["text"], rec["spans"]
    tb = text.encode("utf-8")
    errs = []
    if bool(spans) != pii_expected: errs.append("pii expectation")
    cs = [len(text[:i].encode("utf-8")) for i in range(len(text) + 1)]
    charpos = {b: i for i, b in enumerate(cs)}
    last = -1
    for s in spans:
        if s["start"] < last: errs.append(f"overlap/order {s}")
        last = s["end"]
        if s["start"] not in charpos or s["end"] not in charpos: errs.append(f"not at char boundary {s}"); continue
        v = tb[s["start"]:s["end"]].decode("utf-8")
        if v != s["_v"]: errs.append(f"span text {v!r} != {s['_v']!r}")
        if v != v.strip() or v[0] in ",.;:" or v[-1] in ",.;:": errs.append(f"edge {v!r}")
        if not VALIDATE[s["label"]](v): errs.append(f"invalid {s['label']} {v!r}")
        a, b = charpos[s["start"]], charpos[s["end"]]
        if org_hit(text, a, b) or any(h.lower() in v.lower() for h in ORG["handles"]) or "waddenmarkt" in v.lower():
            errs.append(f"org data labelled {v!r}")
        if s["label"] == "DATE_OF_BIRTH" and not BIRTH_WORDS.search(text[max(0, a - 60):b + 20]):
            errs.append(f"DOB without birth word {v!r}")
    # char-based span list for scanners
    cspans = [{"start": charpos[s["start"]], "end": charpos[s["end"]], "label": s["label"]} for s in spans]
    # every repeat of a labelled value is labelled
    for s in spans:
        v = s["_v"]
        for m in re.finditer(r"(?<![\w@.])" + re.escape(v) + r"(?![\w])", text):
            if not covered(cspans, m.start(), m.end()): errs.append(f"repeat of {v!r} unlabelled")
    # standalone name tokens
    for s in spans:
        if s["label"] != "PERSON": continue
        for tok in re.split(r"[ ,]+", s["_v"]):
            tok = tok.strip(".")
            if len(tok) < 3 or tok in NAME_STOP: continue
            for m in re.finditer(r"(?<![\w])" + re.escape(tok) + r"(?![\w])", text):
                if not covered(cspans, m.start(), m.end(), {"PERSON", "EMAIL"}): errs.append(f"name token {tok!r} unlabelled")
    def must(m, labels, what):
        if not covered(cspans, m.start(), m.end(), labels) and not org_hit(text, m.start(), m.end()):
            errs.append(f"unlabelled {what} {m.group(0)!r}")
    for m in re.finditer(r"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", text):
        if not m.group(0).lower().endswith("waddenmarkt.example"): must(m, {"EMAIL"}, "email")
    for m in re.finditer(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ \u00a0]?[A-Za-z0-9]){10,30}", text):
        g = m.group(0)
        for L in range(len(g), 13, -1):
            if iban_valid(g[:L]) and (L == len(g) or not g[L].isalnum()):
                if not covered(cspans, m.start(), m.start() + L, {"IBAN"}) and not org_hit(text, m.start(), m.start() + L):
                    errs.append(f"unlabelled iban {g[:L]!r}")
                break
    for m in re.finditer(r"(?i)(?<![A-Za-z0-9])(?:NL)?\d{9}B\d{2}(?![A-Za-z0-9])", text):
        if btw_mod97(m.group(0)) or ob_valid(m.group(0)): must(m, {"BTW_ID", "BSN"}, "btw")
    for m in re.finditer(r"(?<![\d-])\d(?:[ -]?\d){11,18}(?![\d])", text):
        if card_valid(m.group(0)): must(m, {"CREDIT_CARD"}, "card")
    for m in re.finditer(r"(?<![\w.])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3})(?![\w]|\.\d)", text):
        if elfproef(m.group(0)) and not ORDER_WORDS.search(text[max(0, m.start() - 40):m.start()]): must(m, {"BSN", "ID_DOCUMENT"}, "bsn-shaped")
    for m in re.finditer(r"(?i)(?:kvk|kamer van koophandel|chamber of commerce|handelsregister|coc)[^0-9\n]{0,20}(\d{8})(?!\d)", text):
        if not covered(cspans, m.start(1), m.end(1), {"KVK"}) and m.group(1) not in ORG["kvk"]: errs.append(f"unlabelled kvk {m.group(1)}")
    for m in re.finditer(r"(?:\+31|0031|(?<!\d)0)[ -]?(?:\(0\)|0 )?[ -]?6[ -]?(?:\d[ -]?){7}\d(?!\d)", text):
        if re.match(r"\d{2}-\d{2}-\d{4}", text[m.start():]): continue   # a date, not a phone
        must(m, {"PHONE", "IBAN", "CREDIT_CARD"}, "nl mobile")
    for m in re.finditer(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])", text):
        if postcode_valid(m.group(0)) and m.group(0) not in ALLOWED_PC_SHAPES: must(m, {"POSTCODE"}, "postcode")
    for m in re.finditer(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])", text):
        if ip_public(m.group(0)) and not re.search(r"(?i)(versie|version|build|firmware|v|ios)\s*$", text[:m.start()]): must(m, {"IP_ADDRESS"}, "ip")
    for m in re.finditer(r"(?<![\w-])[A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,3}(?![\w-])", text):
        if kenteken_valid(m.group(0)): must(m, {"LICENSE_PLATE"}, "kenteken")
    for m in BIRTH_WORDS.finditer(text):
        seg = text[m.end():m.end() + 30]
        dm = re.search(r"\d{1,2}[-./ ]\s?(?:\d{1,2}|[A-Za-zä]+)[-./ ]\s?\d{2,4}", seg)
        if dm and date_parse(dm.group(0).replace(". ", " ").rstrip(".")):
            a = m.end() + dm.start()
            if not covered(cspans, a, a + 1, {"DATE_OF_BIRTH"}): errs.append(f"date after birth word unlabelled {dm.group(0)!r}")
    if "  \n" in text or text != text.strip(): errs.append("trailing whitespace")
    return errs


# ================================================================ build
def build():
    per_lang = {"nl": [], "en": [], "de": []}
    seen = set()
    for lang, pii, name, f in SCEN:
        for k in (0, 1):
            r = random.Random(f"{SEED}:{name}:{k}")
            text, spans = render(f(r, k))
            if text in seen: raise SystemExit(f"duplicate text {name}:{k}")
            seen.add(text)
            per_lang[lang].append((name, k, pii, text, spans))
    records = []
    for lang in ("nl", "en", "de"):
        items = per_lang[lang]
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(items)
        for i, (name, k, pii, text, spans) in enumerate(items, 1):
            records.append(({"id": f"h18-{lang}-{i:03d}", "lang": lang, "text": text, "spans": spans}, pii, name, k))
    return records


def main():
    n_checks = self_test()
    records = build()
    errors = []
    for rec, pii, name, k in records:
        for e in audit(rec, pii):
            errors.append(f"{rec['id']} ({name}:{k}): {e}")
    counts = {l: sum(1 for rec, *_ in records if rec["lang"] == l) for l in ("nl", "en", "de")}
    if counts != {"nl": 60, "en": 50, "de": 40}: errors.append(f"counts {counts}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        raise SystemExit(f"{len(errors)} audit errors; gold.jsonl not written")
    lines = []
    for rec, *_ in records:
        out = {"id": rec["id"], "lang": rec["lang"], "text": rec["text"],
               "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in rec["spans"]]}
        lines.append(json.dumps(out, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # read back: every span re-sliced from the serialised bytes
    for line, (rec, *_ ) in zip(data.decode("utf-8").splitlines(), records):
        o = json.loads(line)
        b = o["text"].encode("utf-8")
        for s, s0 in zip(o["spans"], rec["spans"]):
            assert b[s["start"]:s["end"]].decode("utf-8") == s0["_v"], (o["id"], s)
    with open(os.path.join(HERE, "gold.jsonl"), "wb") as fh:
        fh.write(data)
    # statistics
    tab = {l: {lab: 0 for lab in LABELS} for l in ("nl", "en", "de")}
    free = {"nl": 0, "en": 0, "de": 0}
    lens, nonascii, crlfs, nbsp = [], 0, 0, 0
    for rec, *_ in records:
        lens.append(len(rec["text"].encode("utf-8")))
        if not rec["spans"]: free[rec["lang"]] += 1
        elif any(ord(c) > 127 for c in rec["text"]): nonascii += 1
        crlfs += "\r\n" in rec["text"]; nbsp += "\u00a0" in rec["text"]
        for s in rec["spans"]: tab[rec["lang"]][s["label"]] += 1
    print(f"self-test checks: {n_checks}; audit: {len(records)} records OK")
    print(f"messages: {counts}; PII-free: {free} = {sum(free.values())} ({100 * sum(free.values()) / len(records):.1f} %)")
    lens.sort()
    print(f"length {lens[0]}–{lens[-1]} bytes, median {lens[len(lens) // 2]}; CRLF texts {crlfs}; NBSP texts {nbsp}; PII texts with non-ASCII {nonascii}")
    print("| label | nl | en | de | total |\n|---|---:|---:|---:|---:|")
    for lab in LABELS:
        print(f"| `{lab}` | {tab['nl'][lab]} | {tab['en'][lab]} | {tab['de'][lab]} | {sum(tab[l][lab] for l in tab)} |")
    tot = {l: sum(tab[l].values()) for l in tab}
    print(f"| **all** | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")
    print("sha256", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
