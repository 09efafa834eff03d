#!/usr/bin/env python3
"""heldout23 - held-out evaluation set for pii-scrubber: a Dutch accountancy, tax-advice and payroll bureau.

Written blind (see README.md). Python 3.11, standard library only. Deterministic: every scenario instance gets
its own string-seeded random.Random (string seeds are hashed with SHA-512 by `random`, so PYTHONHASHSEED has no
effect), and nothing that reaches the output depends on set/dict-of-hash iteration order.

    python3 make.py              # self test, generate, audit, write gold.jsonl, print statistics + sha256
    python3 make.py --mutation   # also: remove each gold span in turn and count how often the audit notices

Markup: values are written into texts with m(LABEL, value) (short forms P(), EM(), PH() ...), hard negatives with
neg(KIND, value); both use private-use sentinels that render() strips while recording offsets, so gold spans are
exact by construction. The serialised JSONL is read back and every span is re-sliced from the UTF-8 bytes.
"""
import datetime
import hashlib
import ipaddress
import json
import os
import random
import re
import sys
import tomllib
import unicodedata

SEED = "heldout23:cijferhuis:v1"
HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "h23"

LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# ----------------------------------------------------------------------------------------------------------------
# markup
# ----------------------------------------------------------------------------------------------------------------
S_OPEN, S_SEP, S_CLOSE, N_OPEN, N_CLOSE = "\ue000", "\ue001", "\ue002", "\ue003", "\ue004"
SENTINELS = S_OPEN + S_SEP + S_CLOSE + N_OPEN + N_CLOSE
NBSP = "\u00a0"


def m(label, value):
    assert label in LABELS, label
    assert value and value == value.strip(), repr(value)
    assert not any(c in SENTINELS for c in value), repr(value)
    return S_OPEN + label + S_SEP + value + S_CLOSE


def neg(kind, value):
    """A deliberate hard negative (never labelled). Recorded for the audit and the statistics only."""
    assert value and not any(c in SENTINELS for c in value), repr(value)
    return N_OPEN + kind + S_SEP + value + N_CLOSE


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


def render(marked):
    """Strip the markup. Returns (text, spans, negs) with character offsets: spans [(s, e, label, value)]."""
    out, spans, negs = [], [], []
    pos, i, n = 0, 0, len(marked)
    while i < n:
        c = marked[i]
        if c in (S_OPEN, N_OPEN):
            sep = marked.index(S_SEP, i)
            close = marked.index(S_CLOSE if c == S_OPEN else N_CLOSE, sep)
            kind, value = marked[i + 1:sep], marked[sep + 1:close]
            assert not any(x in SENTINELS for x in value), "nested markup: " + repr(marked[i:close])
            (spans if c == S_OPEN else negs).append((pos, pos + len(value), kind, value))
            out.append(value)
            pos += len(value)
            i = close + 1
        else:
            assert c not in SENTINELS, "stray sentinel"
            out.append(c)
            pos += 1
            i += 1
    return "".join(out), spans, negs


# ----------------------------------------------------------------------------------------------------------------
# validators (algorithms as described in shared/reference/dutch-pii-formats.md)
# ----------------------------------------------------------------------------------------------------------------
def compact(s, strip=" -./"):
    s = s.replace(NBSP, " ").replace("\u202f", " ")
    return "".join(c for c in s if c not in strip)


def elfproef(d):
    if not re.fullmatch(r"\d{9}", d) or int(d) == 0:
        return False
    return (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 0


def bank11(d):
    return len(d) == 9 and sum((9 - i) * int(d[i]) for i in range(9)) % 11 == 0


def bsn_valid(s):
    d = compact(s, " -.")
    if re.fullmatch(r"\d{8}", d):
        d = "0" + d
    return elfproef(d)


def onderwijsnummer_valid(d):
    return (re.fullmatch(r"10\d{7}", d) is not None
            and (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 5)


def ob_valid(s):
    """Old omzetbelastingnummer: NL + 9 digits passing the elfproef + B + 2 digits (not B00)."""
    c = compact(s, " -.").upper()
    mm = re.fullmatch(r"(?:NL)?(\d{9})B(\d{2})", c)
    return bool(mm) and elfproef(mm.group(1)) and mm.group(2) != "00"


def mod97_btw(s):
    c = compact(s, " -.").upper()
    if not re.fullmatch(r"NL\d{9}B\d{2}", c):
        return False
    return int("".join(str(int(ch, 36)) for ch in c)) % 97 == 1


def btw_id_valid(s):
    """New btw-id (since 2020): mod 97 over the whole string; its 9 digits must not be a BSN/RSIN here."""
    c = compact(s, " -.").upper()
    return mod97_btw(c) and not elfproef(c[2:11])


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "GB": 22, "FR": 27, "LU": 20, "PL": 28, "ES": 24, "IE": 22, "AT": 20}
IBAN_BBAN = {"NL": r"[A-Z]{4}\d{10}", "BE": r"\d{12}", "DE": r"\d{18}", "GB": r"[A-Z]{4}\d{14}",
             "FR": r"\d{10}[A-Z0-9]{11}\d{2}", "LU": r"\d{3}[A-Z0-9]{13}", "PL": r"\d{24}",
             "ES": r"\d{20}", "IE": r"[A-Z]{4}\d{14}", "AT": r"\d{16}"}


def iban_mod(s):
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97


def iban_valid(s):
    c = compact(s, " -.").upper()
    cc = c[:2]
    if cc not in IBAN_LEN or len(c) != IBAN_LEN[cc] or not re.fullmatch(r"\d{2}", c[2:4]):
        return False
    if not re.fullmatch(IBAN_BBAN[cc], c[4:]):
        return False
    if cc == "BE":
        n10, chk = int(c[4:14]), int(c[14:16])
        if (n10 % 97 or 97) != chk:
            return False
    return iban_mod(c) == 1


def iban_check_digits(cc, bban):
    n = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    return "%02d" % (98 - n % 97)


def luhn(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def card_valid(s):
    d = compact(s, " -")
    if not d.isdigit() or not luhn(d):
        return False
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return n == 16
    if d[:2] in ("34", "37"):
        return n == 15
    if d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649:
        return 16 <= n <= 19
    if 3528 <= int(d[:4]) <= 3589:
        return 16 <= n <= 19
    if d[:2] in ("50",) or 56 <= int(d[:2]) <= 69:
        return 12 <= n <= 19
    return False


# NL phone patterns (national significant number, from the reference's libphonenumber metadata)
NL_FIXED = re.compile(r"(?:1(?:[035]\d|1[13-578]|6[124-8]|7[24]|8[0-467])|2(?:[0346]\d|2[2-46-9]|5[125]|9[479])|"
                      r"3(?:[03568]\d|1[3-8]|2[01]|4[1-8])|4(?:[0356]\d|1[1-368]|7[58]|8[15-8]|9[23579])|"
                      r"5(?:[0358]\d|[19][1-9]|2[1-57-9]|4[13-8]|6[126]|7[0-3578])|7\d\d)\d{6}")
NL_MOBILE = re.compile(r"6[1-58]\d{7}")


def phone_digits(s, cc):
    """Normalise a written phone number to the national form with trunk 0 for country code cc, or None."""
    t = s.replace(NBSP, " ").strip()
    t = re.sub(r"\(0\)", "", t)
    t = re.sub(r"[\s\-./()]", "", t)
    if t.startswith("+" + cc):
        t = "0" + t[1 + len(cc):]
    elif t.startswith("00" + cc):
        t = "0" + t[2 + len(cc):]
    elif t.startswith("+") or t.startswith("00"):
        return None
    t = re.sub(r"^00", "0", t)  # '+31 0 6 ...' redundant zero
    return t if t.isdigit() else None


def nl_phone_kind(s):
    t = phone_digits(s, "31")
    if not t or not t.startswith("0"):
        return None
    nsn = t[1:]
    if NL_MOBILE.fullmatch(nsn):
        return "mobile"
    if NL_FIXED.fullmatch(nsn):
        return "fixed"
    if re.fullmatch(r"(?:85|91)\d{7}", nsn):
        return "voip"
    if re.fullmatch(r"8[478]\d{7}", nsn):
        return "uan"
    if re.fullmatch(r"800\d{4,7}", nsn):
        return "tollfree"
    if re.fullmatch(r"90[069]\d{4,7}", nsn):
        return "premium"
    return None


DE_AREAS = {"02562": "Gronau", "05921": "Nordhorn", "05922": "Bad Bentheim", "02822": "Emmerich am Rhein",
            "02821": "Kleve", "02871": "Bocholt", "02561": "Ahaus", "05923": "Schüttorf", "0251": "Münster"}
DE_MOBILE = {"0151": 8, "0160": 7, "0170": 7, "0171": 7, "0176": 8, "0152": 8, "0157": 8}


def de_phone_valid(s):
    t = phone_digits(s, "49")
    if not t:
        return False
    for p, n in DE_MOBILE.items():
        if t.startswith(p) and len(t) == len(p) + n:
            return True
    for a in DE_AREAS:
        if t.startswith(a) and 5 <= len(t) - len(a) <= 7 and t[len(a)] in "23456789":
            return True
    return False


def be_phone_valid(s):
    t = phone_digits(s, "32")
    if not t:
        return False
    if re.fullmatch(r"04[5-9]\d{7}", t):
        return True
    if re.fullmatch(r"0[23][2-8]\d{6}", t) or re.fullmatch(r"09[2-4]\d{6}", t):
        return True
    return re.fullmatch(r"0(?:1[1-9]|5[0-9]|8[0-9])\d{6}", t) is not None


def uk_phone_valid(s):
    """UK numbers only in Ofcom's drama ranges."""
    t = phone_digits(s, "44")
    if not t:
        return False
    return re.fullmatch(r"07700900\d{3}|01134960\d{3}|01614960\d{3}|01174960\d{3}|02079460\d{3}|01314960\d{3}",
                        t) is not None


def phone_valid(s):
    return (nl_phone_kind(s) in ("mobile", "fixed", "voip") or de_phone_valid(s) or be_phone_valid(s)
            or uk_phone_valid(s))


def nl_postcode_valid(s):
    c = s.replace(NBSP, " ")
    mm = re.fullmatch(r"([1-9]\d{3}) ?([A-Z]{2})", c)
    return bool(mm) and mm.group(2) not in ("SA", "SD", "SS")


DE_PLZ = {"48599": "Gronau", "48529": "Nordhorn", "48531": "Nordhorn", "48455": "Bad Bentheim",
          "46446": "Emmerich am Rhein", "47533": "Kleve", "46395": "Bocholt", "46397": "Bocholt",
          "48683": "Ahaus", "48465": "Schüttorf", "48143": "Münster"}
BE_PC = {"2018": "Antwerpen", "2060": "Antwerpen", "2300": "Turnhout", "3500": "Hasselt", "3920": "Lommel",
         "2400": "Mol", "3600": "Genk", "9000": "Gent", "3680": "Maaseik"}
UK_PC = re.compile(r"(?:[A-Z]{1,2}\d{1,2}[A-Z]?) \d[A-Z]{2}")


def postcode_valid(s):
    return nl_postcode_valid(s) or s in DE_PLZ or s in BE_PC or UK_PC.fullmatch(s) is not None


def nl_doc_valid(s):
    c = s.replace(" ", "").replace(NBSP, "")
    return re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}[0-9]", c) is not None and "O" not in c


def residence_doc_valid(s):
    mm = re.fullmatch(r"(I|II|III|IV|V)-V([A-Z0-9]{8})", s)
    return bool(mm) and "O" not in mm.group(2) and "0" not in mm.group(2)


def de_ausweis_valid(s):
    return re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}", s) is not None


def uk_passport_valid(s):
    return re.fullmatch(r"\d{9}", s) is not None and not elfproef(s)


def id_valid(s):
    return nl_doc_valid(s) or residence_doc_valid(s) or de_ausweis_valid(s) or uk_passport_valid(s)


SIDECODES = [r"[A-Z]{2}\d{2}\d{2}", r"\d{2}\d{2}[A-Z]{2}", r"\d{2}[A-Z]{2}\d{2}", r"[A-Z]{2}\d{2}[A-Z]{2}",
             r"[A-Z]{2}[A-Z]{2}\d{2}", r"\d{2}[A-Z]{2}[A-Z]{2}", r"\d{2}[A-Z]{3}\d", r"\d[A-Z]{3}\d{2}",
             r"[A-Z]{2}\d{3}[A-Z]", r"[A-Z]\d{3}[A-Z]{2}", r"[A-Z]{3}\d{2}[A-Z]", r"[A-Z]\d{2}[A-Z]{3}",
             r"\d[A-Z]{2}\d{3}", r"\d{3}[A-Z]{2}\d"]
SIDECODE_HY = [r"[A-Z]{2}-\d{2}-\d{2}", r"\d{2}-\d{2}-[A-Z]{2}", r"\d{2}-[A-Z]{2}-\d{2}", r"[A-Z]{2}-\d{2}-[A-Z]{2}",
               r"[A-Z]{2}-[A-Z]{2}-\d{2}", r"\d{2}-[A-Z]{2}-[A-Z]{2}", r"\d{2}-[A-Z]{3}-\d", r"\d-[A-Z]{3}-\d{2}",
               r"[A-Z]{2}-\d{3}-[A-Z]", r"[A-Z]-\d{3}-[A-Z]{2}", r"[A-Z]{3}-\d{2}-[A-Z]", r"[A-Z]-\d{2}-[A-Z]{3}",
               r"\d-[A-Z]{2}-\d{3}", r"\d{3}-[A-Z]{2}-\d"]
KT_BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS", "KVT", "VVD", "SP"]
KT_LETTERS = "BDFGHJKLNPRSTVXZ"


def kenteken_valid(s):
    h = s.upper().replace(" ", "-")
    c = h.replace("-", "")
    if "-" in h:
        if not any(re.fullmatch(p, h) for p in SIDECODE_HY):
            return False
    elif not any(re.fullmatch(p, c) for p in SIDECODES):
        return False
    letters = re.findall(r"[A-Z]+", c)
    if any(b in grp for grp in letters for b in KT_BANNED):
        return False
    return True


DE_KREIS = ["NOH", "BOR", "ST", "KLE", "MS", "COE"]


def kennzeichen_valid(s):
    mm = re.fullmatch(r"([A-ZÄÖÜ]{1,3})-([A-Z]{1,2}) ([1-9]\d{0,3})", s)
    return bool(mm) and mm.group(1) in DE_KREIS


def plate_valid(s):
    return kenteken_valid(s) or kennzeichen_valid(s)


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}
TODAY = datetime.date(2025, 11, 30)


def parse_date(s):
    s = s.replace(NBSP, " ")
    mm = re.fullmatch(r"(\d{1,2})([-/. ])(\d{1,2})\2(\d{4})", s)
    if mm:
        d, mo, y = int(mm.group(1)), int(mm.group(3)), int(mm.group(4))
    else:
        mm = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
        if mm:
            y, mo, d = int(mm.group(1)), int(mm.group(2)), int(mm.group(3))
        else:
            mm = re.fullmatch(r"(\d{1,2})\.? ([A-Za-zä]+) (\d{4})", s)
            mm2 = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", s)
            if mm:
                d, name, y = int(mm.group(1)), mm.group(2), int(mm.group(3))
            elif mm2:
                name, d, y = mm2.group(1), int(mm2.group(2)), int(mm2.group(3))
            else:
                return None
            mo = None
            for names in MONTHS.values():
                if name in names:
                    mo = names.index(name) + 1
            if mo is None:
                return None
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def dob_valid(s):
    d = parse_date(s)
    return d is not None and datetime.date(1900, 1, 1) <= d <= TODAY


EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
                      r"[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")


def email_valid(s):
    return EMAIL_RE.fullmatch(s) is not None


def ip_public(s):
    try:
        return ipaddress.ip_address(s).is_global
    except ValueError:
        return False


def steuerid_valid(s):
    d = compact(s, " ")
    if not re.fullmatch(r"[1-9]\d{10}", d):
        return False
    counts = [d[:10].count(c) for c in "0123456789"]
    if sorted(counts, reverse=True)[:2] not in ([2, 1], [3, 1]):
        return False
    if any(d[i] == d[i + 1] == d[i + 2] for i in range(8)):
        return False
    p = 10
    for ch in d[:10]:
        x = (int(ch) + p) % 10 or 10
        p = (2 * x) % 11
    return (11 - p) % 10 == int(d[10])


def be_rrn_valid(s):
    d = compact(s, " -.")
    if not re.fullmatch(r"\d{11}", d):
        return False
    chk = int(d[9:])
    return 97 - int(d[:9]) % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


def address_valid(s):
    return re.search(r"[A-Za-zÀ-ÿ]{2}", s) is not None and re.search(r"\d", s) is not None and "\n" not in s


def person_valid(s):
    return re.fullmatch(r"[^\W\d_][\w'’.,\- ]*[\w.]", s) is not None and not re.search(r"\d", s)


VALID = {
    "PERSON": person_valid, "EMAIL": email_valid, "PHONE": phone_valid, "IBAN": iban_valid,
    "BSN": lambda s: bsn_valid(s) or ob_valid(s), "ADDRESS": address_valid, "POSTCODE": postcode_valid,
    "CREDIT_CARD": card_valid, "IP_ADDRESS": ip_public, "DATE_OF_BIRTH": dob_valid, "ID_DOCUMENT": id_valid,
    "LICENSE_PLATE": plate_valid, "BTW_ID": btw_id_valid, "KVK": lambda s: re.fullmatch(r"\d{8}", s) is not None,
}


# ----------------------------------------------------------------------------------------------------------------
# the organisation (never labelled) - must equal pii-scrubber.toml
# ----------------------------------------------------------------------------------------------------------------
ORG = {
    "names": ["Cijferhuis Administratie & Belastingadvies B.V.", "Cijferhuis", "Cijferhuis Salarisadministratie",
              "Cijferhuis Belastingadvies", "Cijferhuis Expat Tax Desk", "Cijferhuis Grenzgänger-Service",
              "Cijferhuis Klantportaal"],
    "domains": ["cijferhuis.example"],
    "phones": ["0570 612 400", "0570 612 444", "06 2815 7730"],
    "ibans": ["NL11RABO0312457809", "NL94INGB0007731944"],
    "addresses": ["Zandpoortkade 14, 7411 KT Deventer", "Postbus 2093, 7400 CB Deventer"],
    "kvk": ["64820317"],
    "btw": ["NL862041739B01"],
    "handles": ["@Cijferhuis", "@cijferhuis_nl"],
}
ORG_RSIN = "862041739"
ORG_LH = "862041739L01"
# literal written forms of the organisation's data that occur in the texts (the audit treats them as org regions)
ORG_FORMS = ORG["names"] + ORG["handles"] + [
    "0570 612 400", "0570-612400", "+31 570 612 400", "+31 (0)570 612 400", "0570 612400",
    "0570 612 444", "0570-612444", "+31 570 612 444",
    "06 2815 7730", "06-28157730", "+31 6 2815 7730", "+31 6 28157730", "0628157730",
    "NL11RABO0312457809", "NL11 RABO 0312 4578 09", "NL94INGB0007731944", "NL94 INGB 0007 7319 44",
    "Zandpoortkade 14", "7411 KT", "7411KT", "Postbus 2093", "7400 CB", "POSTBUS 2093", "64820317",
    "NL862041739B01", "NL 8620.41.739.B01", "8620.41.739", ORG_RSIN, ORG_LH, "8620.41.739.L.01",
]
ORG_DOMAIN_RE = re.compile(r"[\w.+-]*@?(?:[\w-]+\.)*cijferhuis\.example(?:/[\w/.\-?=&]*)?")


class Person:
    def __init__(self, first, tv, last, sex, her):
        self.first, self.tv, self.last, self.sex, self.her = first, tv, last, sex, her

    @property
    def sur(self):  # surname as written after a first name / initials
        return (self.tv + " " if self.tv else "") + self.last

    @property
    def Sur(self):  # surname standing alone (Dutch: capitalised tussenvoegsel)
        if not self.tv:
            return self.last
        return self.tv[0].upper() + self.tv[1:] + " " + self.last

    @property
    def full(self):
        return self.first + " " + self.sur

    @property
    def ini(self):
        parts = re.split(r"[-]", self.first)
        return "".join(p[0] + "." for p in parts)

    @property
    def tokens(self):
        return [t for t in re.split(r"[ ]", self.first + " " + self.last) if t]

    def mail_local(self, r):
        f, l = ascii_fold(self.first).lower(), ascii_fold(self.last).lower().replace(" ", "").replace("'", "")
        t = ascii_fold(self.tv).lower().replace(" ", "").replace("'", "")
        return r.choice([f"{f}.{t}{l}", f"{f[0]}.{t}{l}", f"{f}{t}{l}", f"{f}.{l}{r.randint(70, 99)}",
                         f"{f}_{t}{l}", f"{t}{l}.{f[0]}"])

    def mail(self, r, domains):
        return self.mail_local(r) + "@" + r.choice(domains)


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# inline name lists written for this set (no Faker / test-data package)
FIRST = {
    ("nl", "f"): ["Anouk", "Marieke", "Femke", "Ilse", "Sanne", "Esther", "Wendy", "Noortje", "Janneke", "Ineke",
                  "Gerda", "Hilde", "Renske", "Maaike", "Eline", "Lieke", "Anneloes", "Marloes", "Noëlle",
                  "Esmée", "Daniëlle", "Mirjam", "Tineke", "Jolien", "Gerdien", "Harmke", "Willemijn"],
    ("nl", "m"): ["Jeroen", "Bram", "Sjoerd", "Wouter", "Maarten", "Thijs", "Gijs", "Joost", "Ruben", "Niek",
                  "Stefan", "Erik", "Henk", "Gert", "Harm", "Arjen", "Teun", "Hidde", "Jelle", "Koen",
                  "Pieter-Jan", "Jan-Willem", "Egbert", "Gerben", "Roel", "Sander", "Hendrik-Jan"],
    ("ma", "f"): ["Fatima-Zahra", "Samira", "Nadia", "Khadija", "Imane", "Soukaina", "Hafsa"],
    ("ma", "m"): ["Mohamed", "Youssef", "Bilal", "Ilias", "Anouar", "Hamza", "Redouan"],
    ("tr", "f"): ["Elif", "Büşra", "Zeynep", "Gülay", "Merve", "Esra"],
    ("tr", "m"): ["Mehmet", "Emre", "Oğuz", "Burak", "Serkan", "Hakan"],
    ("sr", "f"): ["Sharmila", "Anjali", "Reshma", "Chandni"],
    ("sr", "m"): ["Ravi", "Rajesh", "Sunil", "Dinesh"],
    ("pl", "f"): ["Agnieszka", "Małgorzata", "Katarzyna", "Joanna"],
    ("pl", "m"): ["Paweł", "Tomasz", "Krzysztof", "Grzegorz"],
    ("de", "f"): ["Katharina", "Anja", "Sabine", "Birgit", "Jana", "Käthe", "Ulrike", "Svenja", "Mareike", "Heike"],
    ("de", "m"): ["Jürgen", "Matthias", "Jörg", "Sven", "Tobias", "Florian", "Björn", "Henrik", "Ansgar", "Dieter"],
    ("be", "f"): ["Lien", "Griet", "Katrien", "Sofie", "Leen", "Hanne", "Elke"],
    ("be", "m"): ["Jens", "Stijn", "Bart", "Koenraad", "Dries", "Jef", "Pieter"],
    ("gb", "f"): ["Siobhan", "Charlotte", "Emily", "Hannah", "Rebecca", "Aoife", "Claire"],
    ("gb", "m"): ["Oliver", "James", "Callum", "Declan", "Harry", "Ewan", "Gareth"],
    ("in", "f"): ["Priya", "Ananya", "Deepika", "Kavya", "Lakshmi", "Sneha"],
    ("in", "m"): ["Arjun", "Rohan", "Vikram", "Karthik", "Siddharth", "Aditya"],
    ("br", "f"): ["Juliana", "Camila", "Fernanda"],
    ("br", "m"): ["Thiago", "Rafael", "Gustavo"],
    ("it", "f"): ["Chiara", "Giulia", "Lucía"],
    ("it", "m"): ["Matteo", "Lorenzo", "Alejandro"],
    ("cn", "f"): ["Xiaoling", "Yuting", "Meiling"],
    ("cn", "m"): ["Haoran", "Zhiwei", "Jiahao"],
    ("ua", "f"): ["Olena", "Iryna", "Kateryna"],
    ("ua", "m"): ["Andriy", "Oleksandr", "Dmytro"],
}
SURN = {
    "nl": [("", "Nijhuis"), ("", "Kamphuis"), ("ter", "Horst"), ("van", "Dalen"), ("van der", "Meulen"),
           ("", "Hendriks"), ("", "Brinkman"), ("", "Oosterveld"), ("", "Wessels"), ("te", "Lintelo"),
           ("", "Schuurman"), ("van 't", "Hul"), ("", "Groothuis"), ("", "Klein Gunnewiek"), ("", "Lubbers"),
           ("", "Veldkamp"), ("ten", "Brinke"), ("", "Jansen"), ("de", "Graaf"), ("", "Huisman"),
           ("van den", "Bosch"), ("", "Mensink"), ("", "Stoffers"), ("", "Pasman"), ("", "Rouwenhorst"),
           ("", "Beltman"), ("", "Dijkhuis"), ("", "Wolbers"), ("", "Reinders"), ("in 't", "Veld"),
           ("", "Stegeman"), ("", "Hulshof"), ("", "Bosgoed"), ("", "Grootenhuis"), ("van", "Wijhe")],
    "ma": [("", "El Idrissi"), ("", "Ait Haddou"), ("", "Bouzerda"), ("", "Azzouzi"), ("", "El Khattabi"),
           ("", "Amrani"), ("", "Ouali")],
    "tr": [("", "Yılmaz"), ("", "Öztürk"), ("", "Demir"), ("", "Çelik"), ("", "Aydın"), ("", "Şahin"),
           ("", "Kılıç")],
    "sr": [("", "Ramdin"), ("", "Jagroep"), ("", "Sewdien"), ("", "Mahabier"), ("", "Baldew"),
           ("", "Ramautar"), ("", "Kalloe")],
    "pl": [("", "Nowak"), ("", "Wiśniewsk"), ("", "Kowalczyk"), ("", "Zielińsk"), ("", "Wójcik"),
           ("", "Kamińsk")],
    "de": [("", "Schröder"), ("", "Bergmann"), ("", "Hüsing"), ("", "Große-Wietfeld"), ("", "Overbeck"),
           ("", "Rölver"), ("", "Brinkschulte"), ("", "Niehues"), ("", "Többen"), ("", "Weßling"),
           ("", "Kötter"), ("", "Hölscher"), ("", "Rakers"), ("", "Brüning"), ("", "Hagemann"),
           ("", "Lohmann"), ("", "Stroink")],
    "be": [("", "Van Damme"), ("", "De Smet"), ("", "Peeters"), ("", "Claes"), ("", "Vermeulen"),
           ("", "Janssens"), ("", "Goossens"), ("", "Verhaegen"), ("", "Van Dyck")],
    "gb": [("", "Hargreaves"), ("", "Whitmore"), ("", "O'Connell"), ("", "Pritchard"), ("", "Ashworth"),
           ("", "McAllister"), ("", "Fenwick"), ("", "Thornton"), ("", "Kavanagh")],
    "in": [("", "Iyer"), ("", "Raghunathan"), ("", "Krishnamurthy"), ("", "Bhattacharya"), ("", "Venkatesh"),
           ("", "Kulkarni"), ("", "Deshpande"), ("", "Nair")],
    "br": [("", "Oliveira"), ("", "Carvalho"), ("", "Nascimento"), ("", "Figueiredo")],
    "it": [("", "Rossi"), ("", "Bianchi"), ("", "Moretti"), ("", "Ferrante")],
    "cn": [("", "Zhang"), ("", "Chen"), ("", "Liu"), ("", "Wang")],
    "ua": [("", "Shevchuk"), ("", "Bondarenko"), ("", "Melnyk"), ("", "Kovalenko")],
}
CHILD = {"f": ["Julia", "Tess", "Saar", "Nova", "Liv", "Zoë", "Mila", "Yara", "Evi", "Bente", "Fenna", "Isa"],
         "m": ["Sem", "Luuk", "Mees", "Finn", "Noah", "Jesse", "Thijmen", "Guus", "Siem", "Olivier", "Boaz"]}

STAFF = {
    "ruud": Person("Ruud", "", "Hesselink", "m", "nl"),        # directeur, belastingadviseur
    "hanneke": Person("Hanneke", "", "Wolters", "f", "nl"),    # belastingadviseur particulieren, toeslagen
    "gj": Person("Gerrit-Jan", "", "Lammers", "m", "nl"),      # salarisadministrateur
    "yasmina": Person("Yasmina", "", "Bouzid", "f", "ma"),     # boekhouder (WhatsApp)
    "tim": Person("Tim", "", "Oosterhof", "m", "nl"),          # assistent-accountant
    "sarah": Person("Sarah", "", "Whitfield", "f", "gb"),      # Expat Tax Desk
    "monika": Person("Monika", "", "Brüggemann", "f", "de"),   # Grenzgänger-Service
}


def person(r, her="nl", sex=None, last=None):
    sex = sex or r.choice("fm")
    first = r.choice(FIRST[(her, sex)])
    if last is not None:
        tv, ln = last
    else:
        tv, ln = r.choice(SURN[her])
    if her == "pl" and ln.endswith("k") and ln in ("Wiśniewsk", "Zielińsk", "Kamińsk"):
        ln = ln + ("a" if sex == "f" else "i")
    return Person(first, tv, ln, sex, her)


def child(r, fam, sex=None):
    sex = sex or r.choice("fm")
    return Person(r.choice(CHILD[sex]), fam.tv, fam.last, sex, fam.her)


def name_tokens_all():
    toks = []
    for v in FIRST.values():
        toks += v
    for v in SURN.values():
        for tv, ln in v:
            toks += ln.split(" ")
    for v in CHILD.values():
        toks += v
    for p in STAFF.values():
        toks += p.tokens
    out = []
    for t in toks:
        if t in ("Wiśniewsk", "Zielińsk", "Kamińsk"):
            out += [t + "a", t + "i"]
        elif len(t) >= 3 and t not in out and t not in ("Van", "Klein", "Ait"):
            out.append(t)
    return out


# ----------------------------------------------------------------------------------------------------------------
# places (invented or generic street names; synthetic house numbers)
# ----------------------------------------------------------------------------------------------------------------
TOWNS_NL = {
    "Deventer": (["7412", "7413", "7414", "7415", "7416", "7417", "7418", "7421", "7422", "7423", "7424", "7425"],
                 "0570", ["Walstroweg", "Ganzenmarktsteeg", "Kortenaerlaan", "Laan van Borgele", "Hoornwerkstraat",
                          "Colmschaterweg", "Dokter Ariënsstraat", "Sallandsestraat", "Burg. van Marlelaan",
                          "Rielerenk"]),
    "Apeldoorn": (["7311", "7312", "7313", "7314", "7321", "7322", "7323", "7331", "7332"], "055",
                  ["Rietlandenlaan", "Berkenhoflaan", "Zevenhuizerweg", "Marskramerstraat", "Hoge Veluwelaan"]),
    "Zwolle": (["8011", "8012", "8013", "8014", "8021", "8022", "8024", "8031"], "038",
               ["Diezerkade", "Hanzeboog", "Wipstrikdreef", "Oude Veerallee"]),
    "Enschede": (["7511", "7512", "7513", "7514", "7522", "7523", "7531", "7544"], "053",
                 ["Twekkelerhof", "Pathmosdreef", "Boekelerweg"]),
    "Twello": (["7391", "7392"], "0571", ["Wilpsedijk", "Duistervoordseweg", "Kerklaantje"]),
    "Lochem": (["7241", "7242", "7243"], "0573", ["Molenkolk", "Paardenmarktsteeg"]),
    "Raalte": (["8101", "8102"], "0572", ["Heinoseweg-Oost", "Grotestraatje"]),
    "Holten": (["7451", "7452"], "0548", ["Larenseweg", "Dorpsstraatje"]),
    "Amsterdam": (["1054", "1071", "1072", "1073", "1075", "1093", "1097"], "020",
                  ["Van Baerlestraat", "Jacob Obrechtstraat", "Eerste Helmersstraat", "Admiraal de Ruijterweg",
                   "Kinkerstraat"]),
    "Utrecht": (["3512", "3513", "3514", "3521", "3581", "3582"], "030",
                ["Biltstraat", "Amsterdamsestraatweg", "Nachtegaalstraat", "Adelaarstraat"]),
    "Den Haag": (["2513", "2517", "2518", "2582", "2585"], "070",
                 ["Laan van Meerdervoort", "Weimarstraat", "Frederik Hendriklaan", "Elandstraat"]),
    "Arnhem": (["6811", "6812", "6814", "6821", "6824"], "026", ["Sonsbeeksingel", "Steenstraat", "Utrechtseweg"]),
    "Hengelo": (["7551", "7552", "7553", "7555"], "074", ["Deldenerstraat", "Enschedesestraat"]),
    "Eindhoven": (["5611", "5612", "5613", "5615", "5616"], "040", ["Kruisstraat", "Tongelresestraat"]),
}
TOWNS_DE = {
    "Gronau": (["48599"], "02562", ["Enscheder Straße", "Alstätter Damm", "Dinkelstraße", "Ochtruper Straße"]),
    "Nordhorn": (["48529", "48531"], "05921", ["Bentheimer Straße", "Denekamper Straße", "Vechteaue"]),
    "Bad Bentheim": (["48455"], "05922", ["Funkenstiege", "Am Sandfeld", "Schlossstraße"]),
    "Emmerich am Rhein": (["46446"], "02822", ["Netterdensche Straße", "'s-Heerenberger Straße", "Hansaweg"]),
    "Kleve": (["47533"], "02821", ["Nassauerallee", "Tiergartenstraße", "Klever Ring"]),
    "Bocholt": (["46395", "46397"], "02871", ["Dingdener Straße", "Am Aa-Ufer", "Münsterstraße"]),
    "Ahaus": (["48683"], "02561", ["Wüllener Straße", "Am Schloßgraben"]),
    "Schüttorf": (["48465"], "05923", ["Quendorfer Weg", "Salzbergener Straße"]),
}
TOWNS_BE = {
    "Antwerpen": (["2018", "2060"], ["Belgiëlei", "Lange Leemstraat", "Kerkstraat"]),
    "Turnhout": (["2300"], ["Gasthuisstraat", "Victoriestraat"]),
    "Hasselt": (["3500"], ["Kuringersteenweg", "Demerstraat"]),
    "Lommel": (["3920"], ["Luikersteenweg", "Stationsstraat"]),
    "Mol": (["2400"], ["Molenhoek", "Rondweg"]),
    "Genk": (["3600"], ["Hasseltweg", "Winterslagstraat"]),
    "Maaseik": (["3680"], ["Bosstraat", "Weertersteenweg"]),
}
UK_ADDR = [("Manchester", ["M20 2RT", "M20 6BL", "M14 5QD"], ["Beechwood Avenue", "Clarendon Road"]),
           ("Leeds", ["LS6 3EX", "LS6 2NY"], ["Ashville Grove", "Headingley Mount"]),
           ("Bristol", ["BS7 8PL", "BS6 6TQ"], ["Wolseley Road", "Chandos Road"]),
           ("Edinburgh", ["EH10 4BX", "EH9 2JF"], ["Morningside Drive", "Marchmont Crescent"]),
           ("London", ["SW11 5HR", "N16 7UB"], ["Lavender Gardens", "Albion Road"])]
STREETS_ALL = sorted({s for t in TOWNS_NL.values() for s in t[2]} | {s for t in TOWNS_DE.values() for s in t[2]}
                     | {s for t in TOWNS_BE.values() for s in t[1]} | {s for t in UK_ADDR for s in t[2]})


def nl_postcode(r, town):
    while True:
        letters = r.choice("ABCDEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            return r.choice(TOWNS_NL[town][0]) + " " + letters


def nl_housenr(r):
    n = r.randint(1, 240)
    return r.choice([str(n), str(n), str(n), f"{n}{r.choice('abc')}", f"{n}{r.choice('ABC')}", f"{n}-{r.randint(1, 3)}",
                     f"{n} hs" if n < 200 else str(n)])


def nl_address(r, town=None):
    town = town or r.choice(sorted(TOWNS_NL))
    return r.choice(TOWNS_NL[town][2]) + " " + nl_housenr(r), nl_postcode(r, town), town


def de_address(r, town=None):
    town = town or r.choice(sorted(TOWNS_DE))
    n = r.randint(1, 160)
    hn = r.choice([str(n), str(n), f"{n}a", f"{n} b"])
    return r.choice(TOWNS_DE[town][2]) + " " + hn, r.choice(TOWNS_DE[town][0]), town


def be_address(r, town=None):
    town = town or r.choice(sorted(TOWNS_BE))
    n = r.randint(1, 180)
    hn = r.choice([str(n), f"{n} bus {r.randint(1, 12)}", f"{n}/{r.randint(1, 4)}", str(n)])
    return r.choice(TOWNS_BE[town][1]) + " " + hn, TOWNS_BE[town][0][0] if len(TOWNS_BE[town][0]) == 1 else \
        r.choice(TOWNS_BE[town][0]), town


def uk_address(r):
    town, pcs, streets = r.choice(UK_ADDR)
    n = r.randint(2, 96)
    st = r.choice(streets)
    a = r.choice([f"{n} {st}", f"{n} {st}", f"Flat {r.randint(1, 6)}, {n} {st}"])
    return a, r.choice(pcs), town


# ----------------------------------------------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------------------------------------------
def gen_bsn(r, lead_zero=False):
    while True:
        d = ("0" if lead_zero else str(r.randint(1, 9))) + "".join(str(r.randint(0, 9)) for _ in range(8))
        if elfproef(d) and not bank11(d):
            return d


def gen_rsin(r):
    while True:
        d = r.choice("8") + "".join(str(r.randint(0, 9)) for _ in range(8))
        if elfproef(d) and d != ORG_RSIN:
            return d


def gen_not_bsn(r, first="123456789"):
    while True:
        d = r.choice(first) + "".join(str(r.randint(0, 9)) for _ in range(8))
        if not elfproef(d):
            return d


def gen_elf9(r, first="23456789"):
    """9 digits passing the elfproef, for reference numbers that are deliberately BSN-shaped (hard negatives)."""
    while True:
        d = r.choice(first) + "".join(str(r.randint(0, 9)) for _ in range(8))
        if elfproef(d):
            return d


def fmt_bsn(d, st):
    return {"plain": d, "dots": f"{d[:4]}.{d[4:6]}.{d[6:]}", "space": f"{d[:3]} {d[3:6]} {d[6:]}",
            "dash": f"{d[:3]}-{d[3:6]}-{d[6:]}", "dots2": f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}"}[st]


NL_BANKS = ["RABO", "INGB", "ABNA", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB", "RBRB"]


def gen_iban(r, cc="NL", bank=None):
    if cc == "NL":
        bban = (bank or r.choice(NL_BANKS)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    elif cc == "DE":
        blz = r.choice(["40050150", "40154530", "42850035", "32450000", "35850000", "40160050", "42861387"])
        bban = blz + "".join(str(r.randint(0, 9)) for _ in range(10))
    elif cc == "BE":
        n10 = r.choice(["001", "063", "068", "363", "735", "973"]) + "".join(str(r.randint(0, 9)) for _ in range(7))
        bban = n10 + "%02d" % (int(n10) % 97 or 97)
    elif cc == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + "".join(str(r.randint(0, 9)) for _ in range(14))
    elif cc == "FR":
        bban = "".join(str(r.randint(0, 9)) for _ in range(21)) + "%02d" % r.randint(10, 96)
        # French RIB key is not checked here; mod 97 of the IBAN is
    elif cc == "IE":
        bban = r.choice(["AIBK", "BOFI"]) + "".join(str(r.randint(0, 9)) for _ in range(14))
    else:
        raise ValueError(cc)
    ib = cc + iban_check_digits(cc, bban) + bban
    assert iban_valid(ib), ib
    return ib


def fmt_iban(ib, st):
    if st == "compact":
        return ib
    if st == "lower":
        return ib.lower()
    sep = NBSP if st == "nbsp" else " "
    return sep.join(ib[i:i + 4] for i in range(0, len(ib), 4))


def gen_btw(r):
    """New-style btw-id: 9 digits that fail the elfproef, suffix B01..B99 chosen so that mod 97 == 1."""
    while True:
        d = gen_not_bsn(r, "0123456789")
        for suf in range(1, 100):
            s = f"NL{d}B{suf:02d}"
            if mod97_btw(s):
                assert btw_id_valid(s)
                return s


def gen_kvk(r):
    while True:
        k = r.choice("56789") + "".join(str(r.randint(0, 9)) for _ in range(7))
        if k not in ORG["kvk"]:
            return k


def gen_nl_mobile(r):
    return "06" + r.choice("123458") + "".join(str(r.randint(0, 9)) for _ in range(7))


def fmt_nl_mobile(d, st):
    n = d[2:]  # 8 digits after 06
    return {"dash": f"06-{n}", "space": f"06 {n}", "grp": f"06 {n[:4]} {n[4:]}", "compact": d,
            "pairs": f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", "intl": f"+31 6 {n}", "intl0": f"+31 (0)6 {n[:4]} {n[4:]}",
            "intlgrp": f"+31 6 {n[:4]} {n[4:]}", "00": f"0031 6 {n[:4]} {n[4:]}", "nbsp": f"06{NBSP}{n[:4]}{NBSP}{n[4:]}",
            "paren": f"(06) {n}"}[st]


def gen_nl_fixed(r, area):
    sub_len = 10 - len(area)
    while True:
        sub = r.choice("2345789") + "".join(str(r.randint(0, 9)) for _ in range(sub_len - 1))
        if nl_phone_kind(area + sub) == "fixed" and area + sub not in [compact(p) for p in ORG["phones"]]:
            return area, sub


def fmt_nl_fixed(area, sub, st):
    if len(area) == 3:
        g = f"{sub[:3]} {sub[3:]}"
    else:
        g = f"{sub[:3]} {sub[3:]}"
    return {"dash": f"{area}-{sub}", "space": f"{area} {g}", "intl": f"+31 {area[1:]} {g}",
            "intl0": f"+31 (0){area[1:]} {g}", "paren": f"({area}) {g}", "slash": f"{area}/{sub}"}[st]


def gen_de_mobile(r):
    p = r.choice(sorted(DE_MOBILE))
    return p, r.choice("2345789") + "".join(str(r.randint(0, 9)) for _ in range(DE_MOBILE[p] - 1))


def fmt_de_mobile(p, n, st):
    return {"space": f"{p} {n}", "dash": f"{p}-{n}", "intl": f"+49 {p[1:]} {n}", "intl0": f"+49 (0){p[1:]} {n}",
            "00": f"0049 {p[1:]} {n}", "slash": f"{p}/{n}"}[st]


def gen_de_fixed(r, area):
    return area, r.choice("2345789") + "".join(str(r.randint(0, 9)) for _ in range(5))


def fmt_de_fixed(a, n, st):
    return {"space": f"{a} {n}", "slash": f"{a}/{n}", "intl": f"+49 {a[1:]} {n}", "paren": f"({a}) {n[:2]} {n[2:4]} {n[4:]}",
            "dash": f"{a}-{n}"}[st]


def gen_be_mobile(r):
    return "04" + r.choice("789") + "".join(str(r.randint(0, 9)) for _ in range(7))


def fmt_be_mobile(d, st):
    return {"space": f"{d[:4]} {d[4:6]} {d[6:8]} {d[8:]}", "intl": f"+32 {d[1:4]} {d[4:6]} {d[6:8]} {d[8:]}",
            "compact": d, "slash": f"{d[:4]}/{d[4:6]}.{d[6:8]}.{d[8:]}"}[st]


def gen_uk_mobile(r):
    return "07700 900" + "%03d" % r.randint(0, 999)


def gen_uk_fixed(r):
    a = r.choice(["0161 496 0", "0113 496 0", "0117 496 0", "020 7946 0", "0131 496 0"])
    return a + "%03d" % r.randint(0, 999)


def uk_intl(s):
    return "+44 " + s[1:]


def gen_card(r, kind):
    while True:
        if kind == "visa":
            d = "4" + "".join(str(r.randint(0, 9)) for _ in range(15))
        elif kind == "mc":
            d = str(r.randint(51, 55)) + "".join(str(r.randint(0, 9)) for _ in range(14))
        elif kind == "mc2":
            d = str(r.randint(2221, 2720)) + "".join(str(r.randint(0, 9)) for _ in range(12))
        elif kind == "amex":
            d = r.choice(["34", "37"]) + "".join(str(r.randint(0, 9)) for _ in range(13))
        else:
            raise ValueError(kind)
        if card_valid(d):
            return d


def fmt_card(d, st):
    if len(d) == 15:
        return {"grp": f"{d[:4]} {d[4:10]} {d[10:]}", "compact": d, "dash": f"{d[:4]}-{d[4:10]}-{d[10:]}"}[st]
    return {"grp": " ".join(d[i:i + 4] for i in range(0, 16, 4)), "compact": d,
            "dash": "-".join(d[i:i + 4] for i in range(0, 16, 4))}[st]


def gen_ip4(r):
    while True:
        ip = f"{r.choice([31, 37, 62, 77, 80, 81, 82, 83, 84, 86, 89, 92, 94, 145, 178, 188, 212, 213, 217])}." \
             f"{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"
        if ip_public(ip):
            return ip


def gen_nl_doc(r, kind):
    alnum = "ABCDEFGHIJKLMNPQRSTUVWXYZ123456789"
    while True:
        d = kind + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(r.choice(alnum) for _ in range(6)) + str(r.randint(1, 9))
        if nl_doc_valid(d) and sum(c.isdigit() for c in d) >= 3:
            return d


def gen_residence(r):
    digits, letters = "123456789", "ABCDEFGHJKLMNPRSTUVWXYZ"
    body = "".join(r.choice(digits) for _ in range(3)) + "".join(r.choice(letters) for _ in range(2)) + \
        "".join(r.choice(digits) for _ in range(3))
    return r.choice(["II", "III", "IV"]) + "-V" + body


def gen_de_ausweis(r):
    chars = "CFGHJKLMNPRTVWXYZ0123456789"
    return r.choice("LMNT") + "".join(r.choice(chars) for _ in range(8))


def gen_uk_passport(r):
    while True:
        d = r.choice("1256") + "".join(str(r.randint(0, 9)) for _ in range(8))
        if uk_passport_valid(d):
            return d


def gen_kenteken(r):
    sc = r.choice([4, 5, 6, 7, 8, 9, 10, 11])
    toks = re.findall(r"\[A-Z\](?:\{\d\})?|\\d(?:\{\d\})?|-", SIDECODE_HY[sc - 1])
    while True:
        out = ""
        for t in toks:
            if t == "-":
                out += "-"
                continue
            cnt = int(t[-2]) if t.endswith("}") else 1
            if t.startswith("\\d"):
                out += "".join(str(r.randint(0, 9)) for _ in range(cnt))
            else:
                out += "".join(r.choice(KT_LETTERS) for _ in range(cnt))
        if kenteken_valid(out) and not re.search(r"-0\d|^0", out):
            return out


def gen_kennzeichen(r, kreis=None):
    kreis = kreis or r.choice(["NOH", "BOR", "KLE", "ST"])
    letters = "".join(r.choice("ABDEFGHKLMNPRSTUVWZ") for _ in range(r.choice([1, 2])))
    return f"{kreis}-{letters} {r.randint(1, 9)}{''.join(str(r.randint(0, 9)) for _ in range(r.choice([1, 2, 3])))}"


def gen_steuerid(r):
    while True:
        d = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(9))
        for c in "0123456789":
            if steuerid_valid(d + c):
                return d + c


def gen_rrn(r, y, mo, d):
    seq = r.randint(1, 997)
    base = f"{y % 100:02d}{mo:02d}{d:02d}{seq:03d}"
    chk = 97 - int(("2" if y >= 2000 else "") + base) % 97
    s = f"{base[:2]}.{base[2:4]}.{base[4:6]}-{base[6:9]}.{chk:02d}"
    assert be_rrn_valid(s)
    return s


def gen_date(r, y0, y1):
    while True:
        y, mo, d = r.randint(y0, y1), r.randint(1, 12), r.randint(1, 31)
        try:
            return datetime.date(y, mo, d)
        except ValueError:
            pass


def fmt_date(dt, st, lang="nl"):
    d, mo, y = dt.day, dt.month, dt.year
    return {"dmy": f"{d:02d}-{mo:02d}-{y}", "dmy1": f"{d}-{mo}-{y}", "slash": f"{d:02d}/{mo:02d}/{y}",
            "dot": f"{d:02d}.{mo:02d}.{y}", "iso": f"{y}-{mo:02d}-{d:02d}",
            "long": (f"{d}. {MONTHS['de'][mo - 1]} {y}" if lang == "de" else f"{d} {MONTHS[lang][mo - 1]} {y}"),
            "us": f"{MONTHS['en'][mo - 1]} {d}, {y}"}[st]


def eur(r, lo, hi, st="nl", cents=True):
    v = r.randint(lo * 100, hi * 100) if cents else r.randint(lo, hi) * 100
    e, c = divmod(v, 100)
    if st == "en":
        return f"€{e:,}.{c:02d}"
    ee = f"{e:,}".replace(",", ".")
    if st == "de":
        return f"{ee},{c:02d} €"
    if st == "nbsp":
        return f"€{NBSP}{ee},{c:02d}"
    return f"€ {ee},{c:02d}" if cents else f"€ {ee}"


def gmail(r):
    return r.choice(["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "icloud.com"])


# ----------------------------------------------------------------------------------------------------------------
# audit
# ----------------------------------------------------------------------------------------------------------------
BIRTH_RE = re.compile(r"(?i)geboren|\bgeb\b\.?|geboortedatum|geb\.\s?datum|geboortedag|verjaardag|jarig|\bborn\b|"
                      r"date of birth|birth ?date|\bdob\b|d\.o\.b\.|birthday|geburtsdatum|geburtstag|geb\.-datum|"
                      r"\bgeb-datum")
DATE_AFTER_BIRTH = re.compile(
    r"(?i)(?:geboren(?: op| am)?|geb\.|geboortedatum|date of birth|born(?: on)?|\bdob|geburtsdatum|geb\.-datum)"
    r"[\s:,|]{0,6}(\d{1,2}[-/. ]\d{1,2}[-/. ]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [A-Za-zä]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})")
DATE_ANY = re.compile(r"(?<![\d.\-/])(?:\d{1,2}[-/. ]\d{1,2}[-/. ]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [A-Za-zä]+ \d{4}|"
                      r"[A-Z][a-z]+ \d{1,2}, \d{4})(?![\d])")
PUNCT_EDGE = set(" \t\r\n" + NBSP + ",;:!?()[]{}<>\"'`|/\\-–—")
NAME_TOKENS = None
LOWER_WORDS = {"leen", "mees", "pieter"}  # first names that are also (Dutch) words or occur in street names
FIRST_LOWER = sorted({n.lower() for v in list(FIRST.values()) + list(CHILD.values()) for n in v}
                     | {p.first.lower() for p in STAFF.values()} - LOWER_WORDS)
NAME_UPPER = sorted({t.upper() for v in list(FIRST.values()) + list(CHILD.values()) for t in v if len(t) >= 3}
                    | {t.upper() for v in SURN.values() for _, ln in v for t in ln.split() if len(t) >= 4})
STOP_TOKENS = {"van", "der", "den", "de", "ter", "ten", "te", "het", "in", "'t"}


def org_regions(text):
    regs = []
    for f in ORG_FORMS:
        i = text.find(f)
        while i >= 0:
            regs.append((i, i + len(f)))
            i = text.find(f, i + 1)
    for mm in ORG_DOMAIN_RE.finditer(text):
        regs.append(mm.span())
    return regs


def overlaps(a, b, regs):
    return any(a < y and x < b for x, y in regs)


def word_occurrences(text, tok):
    return [mm.span() for mm in re.finditer(r"(?<![\w])" + re.escape(tok) + r"(?![\w])", text)]


def candidates(text):
    """'never left unlabelled' scanners: yield (start, end, expected_label, what)."""
    for mm in EMAIL_RE.finditer(text):
        yield mm.start(), mm.end(), "EMAIL", "email"
    for mm in re.finditer(r"(?i)(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{1,4}){3,8}", text):
        raw = mm.group(0)
        cc = raw[:2].upper()
        if cc in IBAN_LEN:
            # shortest prefix whose compact form has the country's length
            for e in range(len(raw), 3, -1):
                if len(compact(raw[:e], " .-")) == IBAN_LEN[cc] and raw[e - 1].isalnum():
                    if iban_valid(raw[:e]):
                        yield mm.start(), mm.start() + e, "IBAN", "iban"
                    break
    for mm in re.finditer(r"(?<![\d\w])(?:\d[ -]?){11,18}\d(?!\d)", text):
        if card_valid(mm.group(0)):
            yield mm.start(), mm.end(), "CREDIT_CARD", "card"
    for mm in re.finditer(r"(?<![\w.,/-])(\d{9}|\d{8}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3}|"
                          r"\d{2}\.\d{2}\.\d{2}\.\d{3})(?![\w/]|[.,\-]\d|-[A-Z])", text):
        g = mm.group(1)
        if (len(g) != 8 and bsn_valid(g)) or (len(g) == 8 and re.search(r"(?i)(bsn|sofi)\W{0,8}$", text[:mm.start()])
                                                and bsn_valid(g)):
            yield mm.start(), mm.end(), "BSN", "bsn-shaped"
    for mm in re.finditer(r"(?i)(?<!\w)NL ?\d{4}\.?\d{2}\.?\d{3}\.? ?B ?\d{2}(?!\w)", text):
        c = compact(mm.group(0), " .").upper()
        if mod97_btw(c) and not elfproef(c[2:11]):
            yield mm.start(), mm.end(), "BTW_ID", "btw-id"
        elif ob_valid(c):
            yield mm.start(), mm.end(), "BSN", "ob-nummer"
    for mm in re.finditer(r"(?i)(?:kvk|k\.v\.k\.|kamer van koophandel|chamber of commerce|\bcoc\b|handelsregister)"
                          r"[^\d\n]{0,30}?(\d{8})(?!\d)", text):
        yield mm.start(1), mm.end(1), "KVK", "kvk"
    n = len(text)
    a = 0
    while a < n:
        if text[a] in "+0(" and (a == 0 or not (text[a - 1].isalnum() or text[a - 1] in "+.,")):
            best = None
            for e in range(a + 8, min(n, a + 26) + 1):
                if text[e - 1].isdigit() and (e == n or not (text[e].isalnum())):
                    cand = text[a:e]
                    if re.fullmatch(r"[+\d(][\d \u00a0\-/().]*\d", cand) and phone_valid(cand):
                        best = e
            if best:
                yield a, best, "PHONE", "phone"
                a = best
                continue
        a += 1
    for mm in re.finditer(r"(?<![\w])([1-9]\d{3}) ?([A-Z]{2})(?![\w])", text):
        if nl_postcode_valid(mm.group(0)):
            yield mm.start(), mm.end(), "POSTCODE", "postcode"
    for mm in DATE_AFTER_BIRTH.finditer(text):
        if parse_date(mm.group(1)):
            yield mm.start(1), mm.end(1), "DATE_OF_BIRTH", "date after birth word"
    for mm in DATE_ANY.finditer(text):
        if not parse_date(mm.group(0)):
            continue
        ls = text.rfind("\n", 0, mm.start()) + 1
        le = text.find("\n", mm.end())
        le = len(text) if le < 0 else le
        if BIRTH_RE.search(text[max(ls, mm.start() - 30):mm.start()]) or BIRTH_RE.search(text[mm.end():min(le, mm.end() + 15)]):
            yield mm.start(), mm.end(), "DATE_OF_BIRTH", "date next to a birth word on its line"
    # tables: a column whose header carries a birth word holds birth dates
    lines = text.split("\n")
    offs, o = [], 0
    for ln in lines:
        offs.append(o)
        o += len(ln) + 1
    for i, ln in enumerate(lines):
        sep = "|" if ln.count("|") >= 2 else "\t" if ln.count("\t") >= 2 else None
        if not sep:
            continue
        cells = ln.rstrip("\r").split(sep)
        cols = [j for j, c in enumerate(cells) if BIRTH_RE.search(c)]
        if not cols:
            continue
        for i2 in range(i + 1, len(lines)):
            row = lines[i2].rstrip("\r")
            rc = row.split(sep)
            if len(rc) != len(cells):
                break
            for j in cols:
                cell = rc[j].strip()
                if parse_date(cell):
                    a = offs[i2] + sum(len(x) + 1 for x in rc[:j]) + rc[j].index(cell)
                    yield a, a + len(cell), "DATE_OF_BIRTH", "date in a birth-date column"
    for mm in re.finditer(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d]|\.\d)", text):
        if ip_public(mm.group(1)):
            yield mm.start(1), mm.end(1), "IP_ADDRESS", "ipv4"
    for mm in re.finditer(r"(?<![\w-])[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,2}(?![\w-])", text):
        if kenteken_valid(mm.group(0)) and re.search(r"[A-Z]", mm.group(0)):
            yield mm.start(), mm.end(), "LICENSE_PLATE", "kenteken"
    for mm in re.finditer(r"(?i)paspoort|passport|id-kaart|id card|identiteitskaart|identity card|documentnummer|"
                          r"document number|reisepass|personalausweis|ausweis|verblijfs|residence", text):
        seg_end = text.find("\n", mm.end())
        seg_end = len(text) if seg_end < 0 else min(seg_end, mm.end() + 60)
        for tm in re.finditer(r"(?<![\w-])([A-Z0-9][A-Z0-9-]{7,12})(?![\w-])", text[mm.end():seg_end]):
            if id_valid(tm.group(1)):
                yield mm.end() + tm.start(1), mm.end() + tm.end(1), "ID_DOCUMENT", "document number"
    for mm in re.finditer(r"(?i)(?<![\w-])[a-z0-9]{1,3}-[a-z0-9]{2,3}-[a-z0-9]{1,2}(?![\w-])", text):
        if kenteken_valid(mm.group(0)) and re.search(r"[A-Za-z]", mm.group(0)) and mm.group(0) == mm.group(0).lower():
            yield mm.start(), mm.end(), "LICENSE_PLATE", "kenteken (lower case)"
    for mm in re.finditer(r"(?<![\w-])[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9]\d{0,3}(?![\w])", text):
        if kennzeichen_valid(mm.group(0)):
            yield mm.start(), mm.end(), "LICENSE_PLATE", "Kennzeichen"
    for mm in re.finditer(r"(?<![\w:])(?:[0-9a-f]{1,4}:){2,7}(?::|[0-9a-f]{1,4})(?::[0-9a-f]{1,4})*(?![\w:])", text):
        if ip_public(mm.group(0)):
            yield mm.start(), mm.end(), "IP_ADDRESS", "ipv6"
    for mm in re.finditer(r"(?<!\d)(\d{5}) (" + "|".join(re.escape(t) for t in sorted(set(DE_PLZ.values()))) + r")\b", text):
        if mm.group(1) in DE_PLZ:
            yield mm.start(1), mm.end(1), "POSTCODE", "DE postcode + town"
    for mm in re.finditer(r"(?<!\d)(\d{4}) (" + "|".join(re.escape(t) for t in sorted(set(BE_PC.values()))) + r")\b", text):
        if mm.group(1) in BE_PC:
            yield mm.start(1), mm.end(1), "POSTCODE", "BE postcode + town"
    for mm in re.finditer(r"(?<![\w])[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}(?![\w])", text):
        yield mm.start(), mm.end(), "POSTCODE", "UK postcode"
    for st in STREETS_ALL:
        for mm in re.finditer(re.escape(st) + r" \d", text):
            yield mm.start(), mm.end() - 1, "ADDRESS", "listed street + number"
        for mm in re.finditer(r"(?<![\w])\d{1,3} " + re.escape(st), text):
            yield mm.start(), mm.end(), "ADDRESS", "number + listed street"
    global NAME_TOKENS
    if NAME_TOKENS is None:
        NAME_TOKENS = name_tokens_all()
    for tok in NAME_TOKENS:
        for s, e in word_occurrences(text, tok):
            yield s, e, "PERSON", "listed name"
    for tok in FIRST_LOWER:
        for s, e in word_occurrences(text, tok):
            yield s, e, "PERSON", "listed first name in lower case"
    for tok in NAME_UPPER:
        for s, e in word_occurrences(text, tok):
            yield s, e, "PERSON", "listed name in capitals"


def audit_record(text, spans, negs, pii):
    errs = []
    orgs = org_regions(text)
    negr = [(s, e) for s, e, _, _ in negs]
    last = 0
    for s, e, lab, val in spans:
        if text[s:e] != val:
            errs.append(f"span text mismatch {val!r}")
        if s < last:
            errs.append(f"overlap/unsorted at {val!r}")
        last = e
        if not VALID[lab](val):
            errs.append(f"invalid {lab} value {val!r}")
        if val[0] in PUNCT_EDGE or val[-1] in PUNCT_EDGE or (val[-1] == "." and lab not in ("PERSON",)):
            errs.append(f"bad edge {lab} {val!r}")
        if s > 0 and (text[s - 1].isalnum() and val[0].isalnum()):
            errs.append(f"span starts inside a word {lab} {val!r}")
        if e < len(text) and text[e].isalnum() and val[-1].isalnum():
            errs.append(f"span ends inside a word {lab} {val!r}")
        if overlaps(s, e, orgs):
            errs.append(f"organisation data inside span {lab} {val!r}")
        if overlaps(s, e, negr):
            errs.append(f"span overlaps a declared negative {lab} {val!r}")
        if lab == "DATE_OF_BIRTH" and not (BIRTH_RE.search(text[max(0, s - 700):s]) or BIRTH_RE.search(text[e:e + 40])):
            errs.append(f"no birth word before DOB {val!r}")
    if pii and not spans:
        errs.append("PII scenario without spans")
    if not pii and spans:
        errs.append("PII-free scenario with spans: " + ", ".join(f"{l}:{v!r}" for _, _, l, v in spans))

    def accounted(a, b, lab):
        if any(a < e and s < b and l == lab for s, e, l, _ in spans):
            return True
        if lab in ("PHONE", "BSN", "POSTCODE", "CREDIT_CARD") and any(s <= a and b <= e for s, e, _, _ in spans):
            return True  # digits inside another labelled value (e.g. a phone-shaped group inside an IBAN)
        if lab == "PERSON" and any(a < e and s < b and l == "EMAIL" for s, e, l, _ in spans):
            return True
        return overlaps(a, b, negr) or overlaps(a, b, orgs)

    for a, b, lab, what in candidates(text):
        if not accounted(a, b, lab):
            errs.append(f"unlabelled {what} -> {lab}: {text[a:b]!r}")
    # every repeat of a labelled value, every token of a labelled name
    for s, e, lab, val in spans:
        occ = word_occurrences(text, val) if lab == "PERSON" else \
            [(mm.start(), mm.end()) for mm in re.finditer(re.escape(val), text)]
        for a, b in occ:
            if not accounted(a, b, lab):
                errs.append(f"repeat of labelled {lab} {val!r} unlabelled")
        if lab == "PERSON":
            for tok in re.split(r"[ ]+", val):
                tok = tok.strip(".,")
                if len(tok) < 3 or tok.lower() in STOP_TOKENS or re.fullmatch(r"(?:[A-Z]\.)+", tok):
                    continue
                for a, b in word_occurrences(text, tok):
                    if not accounted(a, b, "PERSON"):
                        errs.append(f"name token {tok!r} unlabelled")
    for s, e, kind, val in negs:
        if text[s:e] != val:
            errs.append("neg mismatch")
    return errs


# ----------------------------------------------------------------------------------------------------------------
# self test of the validators against the reference's vectors and of the organisation's data
# ----------------------------------------------------------------------------------------------------------------
def self_test():
    checks = 0

    def ok(cond, what):
        nonlocal checks
        checks += 1
        assert cond, "self test failed: " + what

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303",
              "103349856", "044126396", "656412689", "460455977", "879119330", "999999990", "111111110"]:
        ok(bsn_valid(v), "bsn " + v)
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        ok(not bsn_valid(v), "not bsn " + v)
    ok(bank11("123456789") and bank11("999999990"), "bank 11-test")
    ok(onderwijsnummer_valid("101222331") and not onderwijsnummer_valid("100252333"), "onderwijsnummer")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789",
              "NL20INGB0001234567", "NL39RABO0300065264", "NL44RABO0123456789", "NL86INGB0002445588",
              "NL68KNAB0123456789", "NL32BUNQ2012345678", "BE71 0961 2345 6769", "DE89370400440532013000",
              "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606", "FR76 3000 6000 0112 3456 7890 189",
              "GB82WEST12345698765432"]:
        ok(iban_valid(v), "iban " + v)
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300",
              "DE89370400440532013001", "BE68539007547035"]:
        ok(not iban_valid(v), "not iban " + v)
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "06 12345678", "06 1234 5678", "06-12 34 56 78",
              "0612345678", "(06) 12345678", "+31 6 12345678", "+316-12345678", "+31 0 6 12345678", "0031 6 1234 5678"]:
        ok(nl_phone_kind(v) == "mobile", "mobile " + v)
    for v in ["020-1234567", "(020) 123 45 67", "0111-123456", "+31(0)20-1234567", "0031-(0)20-1234567",
              "+31-20-1234567", "+31.20.123.45.67", "020/1234567", "0570 612 400"]:
        ok(nl_phone_kind(v) == "fixed", "fixed " + v)
    ok(nl_phone_kind("085 123 4567") == "voip" and nl_phone_kind("088 123 4567") == "uan", "voip/uan")
    ok(nl_phone_kind("0800-1234") == "tollfree" and nl_phone_kind("0900-1234567") == "premium", "0800/0900")
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "069 1234567",
              "020-123456", "012-3456789", "0800-123"]:
        ok(nl_phone_kind(v) in (None,), "invalid nl phone " + v)
    for v in ["+32 470 12 34 56", "0470 12 34 56", "02 511 22 33", "09 265 12 34", "050 44 86 86"]:
        ok(be_phone_valid(v), "be " + v)
    for v in ["+32 470 12 34 5", "02 123 45 67", "09 123 45 67"]:
        ok(not be_phone_valid(v), "not be " + v)
    for v in ["0151 23456789", "+49 151 23456789", "0171 1234567", "0049 171 1234567", "02562 812345", "+49 5921 712345"]:
        ok(de_phone_valid(v), "de " + v)
    ok(not de_phone_valid("+49 151 234"), "not de")
    ok(uk_phone_valid("07700 900123") and uk_phone_valid("+44 161 496 0123") and not uk_phone_valid("07700 123456"), "uk")
    for v in ["1012 AB", "1012AB", "9999 ZZ", "1000 AA"]:
        ok(nl_postcode_valid(v), "postcode " + v)
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        ok(not nl_postcode_valid(v), "not postcode " + v)
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        ok(nl_doc_valid(v), "doc " + v)
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        ok(not nl_doc_valid(v), "not doc " + v)
    ok(residence_doc_valid("III-V123AL568"), "residence")
    for v in ["AB-12-34", "12-34-XY", "12-AB-34", "GB-12-DF", "XB-PK-12", "12-DF-GH", "12-GBX-3", "1-KBB-12",
              "VB-123-X", "G-123-BB", "GBB-12-X", "G-12-BBB", "1-BB-123", "123-BB-1", "GBB12X", "gb 12 df"]:
        ok(kenteken_valid(v), "kenteken " + v)
    for v in ["1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        ok(not kenteken_valid(v), "not kenteken " + v)
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        ok(mod97_btw(v), "btw " + v)
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL111234567B01",
              "NL12345678B01"]:
        ok(not mod97_btw(v) and not ob_valid(v), "not btw " + v)
    ok(ob_valid("NL004495445B01") and not mod97_btw("NL004495445B01"), "OB-nummer")
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "6759649826438453"]:
        ok(card_valid(v), "card " + v)
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        ok(not card_valid(v), "not card " + v)
    ok(luhn("490154203237518"), "IMEI trap is Luhn-valid")
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM",
              "info@bakkerij-de-groot.frl"]:
        ok(email_valid(v), "email " + v)
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld"]:
        ok(not email_valid(v), "not email " + v)
    ok(ip_public("8.8.8.8") and not ip_public("192.168.1.10") and not ip_public("10.20.4.17")
       and not ip_public("256.1.1.1") and not ip_public("010.001.001.001"), "ip")
    for v in ["12-03-1985", "1-4-1990", "03/07/1979", "29.02.1992", "5 mei 1960", "1985-03-12", "12. März 1985",
              "March 12, 1985"]:
        ok(dob_valid(v), "date " + v)
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999"]:
        ok(not dob_valid(v), "not date " + v)
    ok(steuerid_valid("36574261809") and steuerid_valid("36 574 261 809") and not steuerid_valid("36574261890")
       and not steuerid_valid("12345678901"), "steuer-id")
    ok(be_rrn_valid("85.07.30-033.28") and be_rrn_valid("00012556777") and not be_rrn_valid("85073003329"), "rrn")
    # organisation
    for ib in ORG["ibans"]:
        ok(iban_valid(ib), "org iban " + ib)
    for ph in ORG["phones"]:
        ok(nl_phone_kind(ph) in ("fixed", "mobile"), "org phone " + ph)
    ok(nl_phone_kind("06 2815 7730") == "mobile", "org WhatsApp number is a mobile")
    ok(ob_valid(ORG["btw"][0]) and elfproef(ORG_RSIN) and ORG["btw"][0] == "NL" + ORG_RSIN + "B01", "org btw/RSIN")
    for f in ORG_FORMS:
        c = compact(f, " -.()+")
        if re.fullmatch(r"\d{9,}", c) and c.startswith("31"):
            ok(nl_phone_kind(f) is not None, "org phone form " + f)
    with open(os.path.join(HERE, "pii-scrubber.toml"), "rb") as fh:
        toml = tomllib.load(fh)
    ok(toml["organisation"] == ORG, "pii-scrubber.toml [organisation] equals ORG")
    return checks


# ----------------------------------------------------------------------------------------------------------------
# scenarios
# ----------------------------------------------------------------------------------------------------------------
SCENARIOS = []


def sc(lang, pii):
    def deco(fn):
        SCENARIOS.append((fn.__name__, lang, pii, fn))
        return fn
    return deco


# ----------------------------------------------------------------------------------------------------------------
# build, audit, write, verify, report
# ----------------------------------------------------------------------------------------------------------------
CRLF_FOR = {("nl_zzp_btw", 1), ("nl_belgische_grensarbeider", 1), ("en_card_payment", 1), ("en_tax_letter", 1),
            ("de_grenzgaenger", 1), ("de_kreditkarte", 1), ("nl_np_factuur", 0), ("en_np_invoice_dispute", 0),
            ("de_np_rechnung", 0), ("nl_np_aanslag_vpb", 0)}


def build():
    recs = []
    for name, lang, pii, fn in SCENARIOS:
        for k in (0, 1):
            r = random.Random(f"{SEED}:{name}:{k}")
            marked = fn(r, k)
            crlf = (name, k) in CRLF_FOR  # mail clients that write CRLF line endings
            if isinstance(marked, tuple):
                marked, opts = marked
                crlf = "crlf" in opts
            marked = marked.strip("\n")
            if crlf:
                marked = marked.replace("\n", "\r\n")
            text, spans, negs = render(marked)
            recs.append(dict(scenario=name, k=k, lang=lang, pii=pii, text=text, spans=spans, negs=negs))
    out = []
    for lang in ("nl", "en", "de"):
        group = [x for x in recs if x["lang"] == lang]
        random.Random(f"{SEED}:order:{lang}").shuffle(group)
        for i, x in enumerate(group, 1):
            x["id"] = f"{PREFIX}-{lang}-{i:03d}"
            out.append(x)
    return out


def to_bytes_spans(text, spans):
    res = []
    for s, e, lab, _ in spans:
        bs = len(text[:s].encode("utf-8"))
        be = bs + len(text[s:e].encode("utf-8"))
        res.append({"start": bs, "end": be, "label": lab})
    return res


def audit_all(recs):
    errs = []
    texts = [x["text"] for x in recs]
    if len(set(texts)) != len(texts):
        errs.append("duplicate texts")
    for x in recs:
        for e in audit_record(x["text"], x["spans"], x["negs"], x["pii"]):
            errs.append(f'{x["id"]} ({x["scenario"]}/{x["k"]}): {e}')
    return errs


def mutation(recs):
    tot, hit = {}, {}
    for x in recs:
        for i, sp in enumerate(x["spans"]):
            lab = sp[2]
            tot[lab] = tot.get(lab, 0) + 1
            rest = x["spans"][:i] + x["spans"][i + 1:]
            if audit_record(x["text"], rest, x["negs"], x["pii"]):
                hit[lab] = hit.get(lab, 0) + 1
    return {lab: (hit.get(lab, 0), tot[lab]) for lab in LABELS if lab in tot}


def stats(recs):
    lines = []
    langs = ("nl", "en", "de")
    cnt = {lab: {l: 0 for l in langs} for lab in LABELS}
    for x in recs:
        for _, _, lab, _ in x["spans"]:
            cnt[lab][x["lang"]] += 1
    nopii = {l: sum(1 for x in recs if x["lang"] == l and not x["spans"]) for l in langs}
    msgs = {l: sum(1 for x in recs if x["lang"] == l) for l in langs}
    lens = sorted(len(x["text"].encode()) for x in recs)
    tot_nopii = sum(nopii.values())
    lines.append(f"messages: nl {msgs['nl']}, en {msgs['en']}, de {msgs['de']} = {len(recs)}")
    lines.append(f"without personal data: {tot_nopii} (nl {nopii['nl']}, en {nopii['en']}, de {nopii['de']}) = "
                 f"{100 * tot_nopii / len(recs):.1f} %")
    lines.append(f"length {lens[0]}-{lens[-1]} bytes, median {lens[len(lens) // 2]}")
    pii_recs = [x for x in recs if x["spans"]]
    lines.append(f"non-ASCII texts: {sum(1 for x in recs if any(ord(c) > 127 for c in x['text']))} "
                 f"(of PII messages: {sum(1 for x in pii_recs if any(ord(c) > 127 for c in x['text']))}); "
                 f"emoji (4-byte UTF-8): {sum(1 for x in recs if any(ord(c) > 0xFFFF for c in x['text']))}; "
                 f"CRLF: {sum(1 for x in recs if chr(13) in x['text'])}; NBSP: {sum(1 for x in recs if NBSP in x['text'])}")
    lines.append("")
    lines.append("| label | nl | en | de | total |")
    lines.append("|---|---:|---:|---:|---:|")
    tl = {l: 0 for l in langs}
    for lab in LABELS:
        row = cnt[lab]
        for l in langs:
            tl[l] += row[l]
        lines.append(f"| `{lab}` | {row['nl']} | {row['en']} | {row['de']} | {sum(row.values())} |")
    lines.append(f"| **all** | {tl['nl']} | {tl['en']} | {tl['de']} | {sum(tl.values())} |")
    negk = {}
    for x in recs:
        for _, _, kind, _ in x["negs"]:
            negk[kind] = negk.get(kind, 0) + 1
    lines.append("")
    lines.append("declared hard negatives: " + ", ".join(f"{k} {v}" for k, v in sorted(negk.items())) +
                 f" (total {sum(negk.values())})")
    return "\n".join(lines)


def main():
    n_checks = self_test()
    recs = build()
    errs = audit_all(recs)
    if errs:
        print("\n".join(errs[:300]))
        print(f"AUDIT FAILED: {len(errs)} problem(s); gold.jsonl not written", file=sys.stderr)
        sys.exit(1)
    path = os.path.join(HERE, "gold.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for x in recs:
            rec = {"id": x["id"], "lang": x["lang"], "text": x["text"], "spans": to_bytes_spans(x["text"], x["spans"])}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # read back: re-slice every span from the serialised bytes
    with open(path, "rb") as fh:
        raw = fh.read()
    back = [json.loads(line) for line in raw.decode("utf-8").splitlines()]
    assert len(back) == len(recs) == 150
    for x, b in zip(recs, back):
        tb = b["text"].encode("utf-8")
        assert b["id"] == x["id"] and b["text"] == x["text"]
        for sp, (_, _, lab, val) in zip(b["spans"], x["spans"]):
            assert tb[sp["start"]:sp["end"]].decode("utf-8") == val and sp["label"] == lab
            assert sp["label"] in LABELS
        assert len(b["spans"]) == len(x["spans"])
    print(f"self test: {n_checks} checks passed; audit: 150 records, 0 problems")
    print(stats(recs))
    if "--mutation" in sys.argv:
        res = mutation(recs)
        print("mutation (audit notices a removed span): " +
              ", ".join(f"{lab} {h}/{t}" for lab, (h, t) in res.items()))
    print("sha256 gold.jsonl:", hashlib.sha256(raw).hexdigest())


# ---- shared pieces -----------------------------------------------------------------------------------------------
ORG_TEL = {"main": ["0570 612 400", "0570-612400", "+31 570 612 400"], "salaris": ["0570 612 444", "0570-612444"],
           "app": ["06 2815 7730", "06-28157730", "+31 6 2815 7730"]}


def otel(r, which="main"):
    return r.choice(ORG_TEL[which])


def sig_nl(r, st, role, short=False):
    if short:
        return f"Groet,\n{P(st.first)}\n{role} | Cijferhuis | {otel(r)}"
    return (f"Met vriendelijke groet,\n\n{P(st.full)}\n{role}\nCijferhuis Administratie & Belastingadvies B.V.\n"
            f"Zandpoortkade 14, 7411 KT Deventer | T {otel(r)}\nwww.cijferhuis.example")


def sig_en(r, st, role):
    return (f"Kind regards,\n\n{P(st.full)}\n{role} | Cijferhuis Expat Tax Desk\nZandpoortkade 14, 7411 KT Deventer, "
            f"the Netherlands\nT {r.choice(['+31 570 612 400', '+31 (0)570 612 400'])} | expat@cijferhuis.example")


def sig_de(r, st, role):
    return (f"Mit freundlichen Grüßen\n\n{P(st.full)}\n{role} | Cijferhuis Grenzgänger-Service\n"
            f"Zandpoortkade 14, 7411 KT Deventer (NL)\nTel. +31 570 612 400 | grenzgaenger@cijferhuis.example")


def mob(r, styles=("dash", "space", "grp", "compact", "pairs", "intl", "intl0", "intlgrp")):
    return fmt_nl_mobile(gen_nl_mobile(r), r.choice(styles))


def rel_nr(r):
    return str(r.randint(40100, 48999))


def betalingskenmerk(r):
    while True:
        d = r.choice("01") + "".join(str(r.randint(0, 9)) for _ in range(15))
        if not card_valid(d):
            return " ".join(d[i:i + 4] for i in range(0, 16, 4))


def lh_nummer(r, style="plain"):
    rs = gen_rsin(r)
    return {"plain": rs + "L01", "dots": f"{rs[:4]}.{rs[4:6]}.{rs[6:]}.L.01", "space": rs + " L01"}[style]


def dmy(dt):
    return f"{dt.day:02d}-{dt.month:02d}-{dt.year}"


# ================================================================================================================
# NL - with personal data
# ================================================================================================================
@sc("nl", True)
def nl_ib_stukken(r, k):
    c = person(r, r.choice(["nl", "nl", "sr", "tr"]))
    pa = person(r, r.choice(["nl", "nl", "ma"]), sex="m" if c.sex == "f" else "f")
    b1, b2 = gen_bsn(r), gen_bsn(r)
    dob_p = gen_date(r, 1958, 1994)
    ib = gen_iban(r, "NL")
    hw = STAFF["hanneke"]
    if k == 0:
        emp = r.choice(["Veldkamp Installatietechniek B.V.", "Groothuis Transport B.V.", "Zorggroep Salland"])
        return f"""Onderwerp: stukken aangifte inkomstenbelasting 2024

Beste {P(hw.first)},

Hierbij de gegevens voor onze aangifte IB over 2024. Vorig jaar heeft u het ook voor ons gedaan (relatienummer {neg('relatienummer', rel_nr(r))}).

Mijn gegevens: {P(c.full)}, BSN {BS(fmt_bsn(b1, r.choice(['plain', 'dots'])))}
Fiscaal partner: {P(pa.full)}, geboren {DOB(fmt_date(dob_p, r.choice(['dmy', 'long'])))}, BSN {BS(fmt_bsn(b2, 'plain'))}

- jaaropgaaf {neg('company', emp)}, loonheffingennummer {neg('loonheffingennummer', lh_nummer(r))}, fiscaal loon {eur(r, 38000, 61000)}
- jaaropgaaf UWV (WW januari t/m maart): {eur(r, 2100, 5400)}
- hypotheekrente 2024: {eur(r, 6200, 11800)}, WOZ-waarde (peildatum 1-1-2023): {eur(r, 285, 460, cents=False)}.000
- giften aan ANBI's: {eur(r, 150, 900)}

De teruggave graag op {IB(fmt_iban(ib, 'spaced'))} t.n.v. {P(c.ini + ' ' + c.sur)}. Dat is ook de rekening waar de voorlopige aanslag van af gaat.

De uiterste datum is 1 mei 2025 toch? Of hebben jullie uitstel voor ons aangevraagd?

Met vriendelijke groet,
{P(c.full)}
{PH(mob(r))}"""
    return f"""hoi {P(hw.first.lower())},

hierbij de dingen voor de aangifte van 2024 . jaaropgave zit in de bijlage (scan is {neg('postcode-shape', '1024 KB')} ofzo, hoop dat t lukt via het portaal)

bsn van mij {BS(fmt_bsn(b1, 'plain'))} en van {P(pa.first.lower())} {BS(fmt_bsn(b2, 'space'))}
ohja {P(pa.first.lower())} is geboren op {DOB(fmt_date(dob_p, 'dmy1'))} als je dat nog nodig hebt voor het partnerdeel

we hebben in juli de auto verkocht (bijtelling stopt dan toch?) en de kinderopvang liep tot 31 augustus. de voorlopige aanslag 2025 ({eur(r, 80, 260)} per maand) klopt volgens mij niet meer

teruggave op {IB(fmt_iban(ib, 'compact'))} graag, niet meer op de oude ING rekening

groetjes {P(c.first.lower())}"""


@sc("nl", True)
def nl_kinderopvang(r, k):
    par = person(r, r.choice(["nl", "nl", "tr", "ma"]), sex="f")
    dad = person(r, "nl", sex="m")
    c1, c2 = child(r, dad), child(r, dad)
    while c2.first == c1.first:
        c2 = child(r, dad)
    d1, d2 = gen_date(r, 2014, 2018), gen_date(r, 2021, 2024)
    hw = STAFF["hanneke"]
    lrk = gen_elf9(r, "12") if k == 0 else gen_not_bsn(r, "12")
    opvang = r.choice(["Kinderdagverblijf De Boomhut", "Kinderopvang Het Speelkwartier", "BSO 't Klimrek"])
    if k == 0:
        a, pc, town = nl_address(r, r.choice(["Deventer", "Twello", "Apeldoorn"]))
        return f"""Geachte mevrouw {P(hw.last)},

Per 1 september gaat onze jongste naar de opvang en we willen de kinderopvangtoeslag laten aanpassen. Kunt u dat voor ons in Mijn toeslagen zetten?

Kinderen:
- {P(c1.full)}, geboren {DOB(fmt_date(d1, 'dmy'))} (naar de bso, 3 middagen)
- {P(c2.first)}, geboren {DOB(fmt_date(d2, 'dmy'))} (dagopvang, 2 dagen)

Opvang: {neg('company', opvang)}, LRK-nummer {neg('lrk-nummer', lrk)}
Uren per maand: 92 (dagopvang) en 40 (bso); uurprijs {eur(r, 9, 11, 'nbsp')} resp. {eur(r, 8, 10, 'nbsp')}
Ingangsdatum: {neg('date', '01-09-2025')}

Toeslagpartner: {P(dad.full)}, BSN {BS(fmt_bsn(gen_bsn(r), 'dots'))}
Mijn BSN: {BS(fmt_bsn(gen_bsn(r), 'plain'))}

Met vriendelijke groet,

{P(par.full)}
{AD(a)}
{PC(pc)} {town}"""
    who = par.first + " " + par.sur
    c1 = child(r, dad, sex="f")
    while c1.first == c2.first:
        c1 = child(r, dad, sex="f")
    t = r.choice(["08:14", "09:02", "19:47"])
    return f"""[12-08-25 {t}] {P(who)}: Goedemorgen! vraagje over de kinderopvangtoeslag
[12-08-25 {t[:3]}{int(t[3:]) + 1:02d}] {P(who)}: {P(c1.first)} gaat vanaf oktober naar de bso, ze is op {DOB(fmt_date(d1, 'dmy1'))} geboren. moet ik dat zelf doorgeven?
[12-08-25 {t[:3]}{int(t[3:]) + 7:02d}] Cijferhuis | {P(hw.first)}: Goedemorgen, nee dat doen wij voor je. Ik heb het LRK-nummer van de bso nodig en het aantal uren per maand 🙂
[12-08-25 {t[:3]}{int(t[3:]) + 9:02d}] {P(who)}: LRK is {neg('lrk-nummer', lrk)}, {neg('company', opvang)}. 60 uur per maand, {eur(r, 8, 10)} per uur
[12-08-25 {t[:3]}{int(t[3:]) + 10:02d}] {P(who)}: en {P(c2.first)} (geb. {DOB(fmt_date(d2, 'dmy'))}) blijft gewoon op de dagopvang
[12-08-25 {t[:3]}{int(t[3:]) + 12:02d}] Cijferhuis | {P(hw.first)}: Top, ik zet het vandaag door. Je krijgt binnen 8 weken een nieuwe beschikking van Dienst Toeslagen."""


@sc("nl", True)
def nl_zzp_btw(r, k):
    z = person(r, r.choice(["nl", "nl", "pl", "sr"]))
    bsn = gen_bsn(r)
    btw = gen_btw(r)
    kvk = gen_kvk(r)
    ym = STAFF["yasmina"]
    firm = r.choice(["Studio Lichtval", "Klusbedrijf De Handige Hand", "Tekstbureau Komma", "Hoveniersbedrijf Groenrijk"])
    if k == 0:
        omzet = r.randint(12000, 26000)
        om = f"€ {omzet:,},00".replace(",", ".", 1) if omzet >= 1000 else f"€ {omzet},00"
        bt = omzet * 21
        btw_s = f"€ {bt // 100:,},{bt % 100:02d}".replace(",", ".", 1)
        return f"""Hallo {P(ym.first)},

Ik heb mijn btw-aangifte over Q2 nog niet ingediend, ik zie in het portaal dat de deadline 31 juli was 🙈 Kun je helpen? Gegevens:

Bedrijf: {neg('company', firm)}
KvK: {KVK(kvk)}
btw-id: {BTW(btw)}
Omzetbelastingnummer (oud, staat nog op de brieven van de Belastingdienst): {BS('NL' + bsn + 'B01')}

Omzet Q2: {om} excl. btw, dus 21% = {btw_s}
Voorbelasting: {eur(r, 600, 1900)} (o.a. factuur {neg('factuurnummer', '2025-0' + str(r.randint(100, 399)))} van de drukker)
Eigen facturen: {neg('factuurnummer', '2025-041')} t/m {neg('factuurnummer', '2025-057')}

Groet,
{P(z.first)}
{PH(mob(r, ('nbsp',)))}"""
    kenmerk = betalingskenmerk(r)
    mail = z.mail(r, [gmail(r)])
    return f"""---------- Doorgestuurd bericht ---------
Van: {P(z.full)} <{EM(mail)}>
Datum: di 4 mrt 2025 om 21:12
Aan: administratie@cijferhuis.example
Onderwerp: brief belastingdienst naheffing

kunnen jullie hiernaar kijken? ik snap er niks van, de aangifte heb ik wel gedaan denk ik??

> Belastingdienst
> Naheffingsaanslag omzetbelasting
> Omzetbelastingnummer: {BS('NL' + bsn + 'B01')}
> Tijdvak: 01-10-2024 t/m 31-12-2024
> Dagtekening: 14 februari 2025
> Te betalen: {eur(r, 180, 900)} (waarvan verzuimboete € 68,00)
> Betaal uiterlijk 28-03-2025 onder vermelding van betalingskenmerk {neg('betalingskenmerk', kenmerk)}

btw-id op mijn facturen is {BTW(btw)} en kvk {KVK(kvk)}, voor als je dat nodig hebt. ({neg('company', firm)})

mvg {P(z.first.lower())}"""


@sc("nl", True)
def nl_personeelslijst(r, k):
    boss = person(r, "nl")
    gj = STAFF["gj"]
    zaak = r.choice(["Lunchroom De Korenbloem VOF", "Bakkerij Het Volkorenhuys B.V.", "Fietsenmaker Trapper VOF"])
    rows = []
    people = [person(r, r.choice(["nl", "nl", "nl", "tr", "ma", "pl", "sr"])) for _ in range(4)]
    if k == 0:
        for x in people:
            dob = gen_date(r, 1962, 2006)
            ind = gen_date(r, 2016, 2025)
            rows.append(f"| {P(x.full)} | {DOB(fmt_date(dob, 'dmy'))} | {BS(fmt_bsn(gen_bsn(r), 'plain'))} | "
                        f"{neg('date', dmy(ind))} | {r.choice([12, 16, 24, 32, 38])} | € {r.randint(14, 22)},{r.randint(0, 99):02d} | "
                        f"{IB(fmt_iban(gen_iban(r), 'compact'))} |")
        table = "\n".join(rows)
        leave = people[r.randint(0, 3)]
        return f"""Beste {P(gj.first)},

Zoals besproken hierbij de gegevens van ons personeel voor de overstap naar jullie salarisadministratie per 1 januari 2026. Loonheffingennummer van de zaak is {neg('loonheffingennummer', lh_nummer(r))}.

| Naam | Geb.datum | BSN | In dienst | Uren/wk | Uurloon | IBAN |
|---|---|---|---|---|---|---|
{table}

{P(leave.first)} heeft nog 46 verlofuren staan uit 2025, die mogen mee naar 2026.

Groeten,
{P(boss.full)}
{neg('company', zaak)}""", {"crlf"}
    for i, x in enumerate(people):
        dob = gen_date(r, 1960, 2007)
        a, pc, town = nl_address(r, r.choice(["Deventer", "Deventer", "Twello", "Holten", "Raalte"]))
        rows.append(f"{101 + i}\t{P(x.first + ' ' + x.sur)}\t{DOB(fmt_date(dob, r.choice(['dmy', 'slash'])))}\t"
                    f"{BS(fmt_bsn(gen_bsn(r), 'plain'))}\t{AD(a)}\t{PC(pc)}\t{town}\t{r.choice(['ja', 'ja', 'nee'])}")
    table = "\n".join(rows)
    return f"""Hoi,

Nieuwe loonadministratie, hierbij de lijst (uit Excel geplakt). Wil je checken of de loonheffingskorting goed staat? Bij {P(people[2].first)} twijfel ik, die heeft ook een baan bij de Jumbo.

pers.nr\tnaam\tgeboortedatum\tbsn\tadres\tpostcode\twoonplaats\tloonheffingskorting
{table}

Loonheffingennummer: {neg('loonheffingennummer', lh_nummer(r, 'dots'))}
Eerste loonaangifte tijdvak januari 2026, uiterlijk 28-02-2026.

{P(boss.first)}
namens {neg('company', zaak)}"""


@sc("nl", True)
def nl_nieuwe_medewerker(r, k):
    w = person(r, r.choice(["nl", "nl", "pl", "tr", "ma"]), sex="m" if k == 1 else None)
    boss = person(r, "nl", sex="m")
    gj = STAFF["gj"]
    a, pc, town = nl_address(r, r.choice(["Deventer", "Apeldoorn", "Twello", "Lochem"]))
    if k == 0:
        dob = gen_date(r, 1970, 2004)
        return f"""Onderwerp: Nieuwe medewerker per 1-10-2025

{P(gj.first)},

Per 1 oktober komt er iemand bij in de werkplaats. Gegevens:

Naam: {P(w.last + ', ' + w.first + (' ' + w.tv if w.tv else ''))}
Adres: {AD(a)}, {PC(pc)} {town}
Geboortedatum: {DOB(fmt_date(dob, 'dmy'))}
BSN: {BS(fmt_bsn(gen_bsn(r), r.choice(['dots', 'plain'])))}
ID-kaart: {ID(gen_nl_doc(r, 'I'))}, geldig tot {neg('date', dmy(gen_date(r, 2027, 2034)))}
IBAN: {IB(fmt_iban(gen_iban(r), 'spaced'))}
Telefoon: {PH(mob(r))}
Functie: monteur, 38 uur, {eur(r, 2600, 3100)} bruto per maand, proeftijd 1 maand
Loonheffingskorting: ja

Kopie ID (voor- en achterkant) zit als bijlage.

{P(boss.first)}
{neg('company', 'Rijwielhandel De Spaak B.V.')}"""
    dob = gen_date(r, 2005, 2007)
    fn = w.first.lower()
    return f"""hoi gerrit-jan

we hebben een nieuwe jongen aangenoemen, {P(fn + ' ' + w.sur.lower())}. begint 15-09-2025 als hulpkracht in de weekenden, oproepcontract. hij woont nog bij z'n ouders op de {AD(a)} in {town}. geboren {DOB(fmt_date(dob, 'long'))} dus nog jeugdloon denk ik?

bsn heeft hij niet bij de hand, stuurt hij zelf naar jullie. zijn nummer is {PH(mob(r, ('compact', 'dash')))} als je iets nodig hebt

gr {P(boss.first.lower())}""".replace("hoi gerrit-jan", "hoi " + P("gerrit-jan"))


@sc("nl", True)
def nl_app_boekhouder(r, k):
    c = person(r, r.choice(["nl", "nl", "tr"]))
    ym = STAFF["yasmina"]
    kt = gen_kenteken(r)
    if k == 0:
        return f"""[03-02-2025, 08:51] {P(c.full)}: Goedemorgen {P(ym.first)}, ik heb de bonnetjes van januari in de app gezet
[03-02-2025, 08:53] {P(ym.first)} (Cijferhuis): Goedemorgen! Dank je. Is de tankbon van 27-01 van de bus of van je privéauto?
[03-02-2025, 09:10] {P(c.full)}: Van de bus, {LP(kt)}. De privéauto tank ik nooit zakelijk
[03-02-2025, 09:12] {P(ym.first)} (Cijferhuis): 👍 Dan boek ik hem op de bus. Bestelauto met grijs kenteken, dus geen bijtelling zolang je de Verklaring uitsluitend zakelijk gebruik hebt.
[03-02-2025, 09:14] {P(c.full)}: Die heb ik. Verklaringnummer {neg('referentie', 'VUZ' + str(r.randint(1000000, 9999999)))}
[03-02-2025, 09:15] {P(ym.first)} (Cijferhuis): Prima, dan zet ik het in je dossier. Fijne dag!"""
    kt2 = gen_kenteken(r)
    return f"""[21-11-2025 16:02] {P(c.first.lower())}: hoi! vraagje. ik rij nu sinds 1 juni een auto van de zaak ({LP(kt2.lower())}), hoeveel bijtelling is dat?
[21-11-2025 16:05] {P(ym.first)} (Cijferhuis): Hoi! Dat hangt af van de cataloguswaarde en of hij elektrisch is. Weet je de waarde?
[21-11-2025 16:09] {P(c.first.lower())}: {eur(r, 38000, 52000, cents=False)} ofzo en ja elektrisch. ik rij privé denk ik {neg('postcode-shape', '4500 KM')} per jaar
[21-11-2025 16:11] {P(ym.first)} (Cijferhuis): Dan 17% tot € 30.000 en 22% over de rest, naar rato vanaf juni. Ik reken het uit en zet het in de loonadministratie van december 👍
[21-11-2025 16:12] {P(c.first.lower())}: top dankje 🙏"""


@sc("nl", True)
def nl_adreswijziging(r, k):
    c = person(r, r.choice(["nl", "nl", "ma", "sr"]))
    pa = person(r, "nl", sex="m" if c.sex == "f" else "f")
    town = r.choice(["Deventer", "Zwolle", "Apeldoorn", "Enschede"])
    a1, pc1, t1 = nl_address(r, town)
    a2, pc2, t2 = nl_address(r, r.choice(["Deventer", "Twello", "Raalte"]))
    if k == 0:
        return f"""Goedemiddag,

Wilt u onze gegevens aanpassen? Per 15 augustus wonen wij op {AD(a2)}, {PC(pc2)} {t2}.
Oude adres: {AD(a1)}, {PC(pc1)} {t1} (daar komt tot eind september nog post binnen via de doorstuurservice).

Telefoon blijft {PH(mob(r))}, e-mail voortaan {EM(c.mail(r, [gmail(r)]))}.

Met vriendelijke groet,
{P(c.full)} en {P(pa.first)}"""
    return f"""Formulier: adreswijziging (Cijferhuis Klantportaal)
Ingediend: 02-10-2025 22:41
Relatienummer: {neg('relatienummer', rel_nr(r))}
Naam: {P(c.ini + ' ' + c.sur)}
Nieuw adres: {AD(a2)}
Postcode/plaats: {PC(pc2.replace(' ', ''))} {t2.upper()}
Ingangsdatum: {neg('date', '01-11-2025')}
Telefoon: {PH(mob(r, ('compact', 'dash', 'intl')))}
E-mail: {EM(c.mail(r, [gmail(r)]))}
Opmerking: ook de post van de eenmanszaak graag naar het nieuwe adres, en de machtiging voor de toeslagen van mijn partner ({P(pa.full)}) loopt gewoon door toch?"""


@sc("nl", True)
def nl_belgische_grensarbeider(r, k):
    c = person(r, "be")
    a, pc, town = be_address(r)
    bsn = gen_bsn(r)
    dob = gen_date(r, 1970, 1998)
    rrn = gen_rrn(r, dob.year, dob.month, dob.day)
    gsm = gen_be_mobile(r)
    ib = gen_iban(r, "BE")
    if k == 0:
        return f"""Goeiedag,

Ik woon in {town} en werk sinds maart bij een installatiebedrijf in Eindhoven. Mijn werkgever vroeg een BSN en ik heb er intussen één: {BS(fmt_bsn(bsn, r.choice(['plain', 'space'])))}. Kunnen jullie mijn Nederlandse aangifte doen (buitenlands belastingplichtige, 2024)?

Mijn gegevens:
{P(c.full)}
{AD(a)}
{PC(pc)} {town}
gsm {PH(fmt_be_mobile(gsm, r.choice(['space', 'slash'])))}
Rijksregisternummer: {neg('rijksregisternummer', rrn)}

Loon wordt gestort op {IB(fmt_iban(ib, 'spaced'))}, de teruggave mag daar ook op.

Met vriendelijke groeten,
{P(c.first)}"""
    hw = STAFF["hanneke"]
    mail = c.mail(r, ["telenet.be", "skynet.be", "proximus.be"])
    return f"""Beste meneer {P(c.last)},

Dank voor uw bericht. Omdat u in België woont en in Nederland werkt, bent u in Nederland buitenlands belastingplichtige. Wij hebben uw jaaropgaaf 2024 nodig en de Belgische aanslag (aanslagbiljet) over 2024. Ons tarief voor een C-biljet is {eur(r, 295, 395)} incl. btw.

{sig_nl(r, hw, 'Belastingadviseur')}

> Op 12 mei 2025 om 10:31 schreef {P(c.full)} <{EM(mail)}>:
> Goeiedag, ik woon in {town} ({AD(a)}) en werk sinds vorig jaar in Eindhoven.
> Mijn BSN is {BS(fmt_bsn(bsn, 'plain'))}. U kan mij bellen op {PH(fmt_be_mobile(gsm, 'intl'))}.
> Mvg, {P(c.first)}""" if c.sex == "m" else \
        f"""Beste mevrouw {P(c.last)},

Dank voor uw bericht. Omdat u in België woont en in Nederland werkt, bent u in Nederland buitenlands belastingplichtige. Wij hebben uw jaaropgaaf 2024 nodig en het Belgische aanslagbiljet over 2024. Ons tarief voor een C-biljet is {eur(r, 295, 395)} incl. btw.

{sig_nl(r, hw, 'Belastingadviseur')}

> Op 12 mei 2025 om 10:31 schreef {P(c.full)} <{EM(mail)}>:
> Goeiedag, ik woon in {town} ({AD(a)}) en werk sinds vorig jaar in Eindhoven.
> Mijn BSN is {BS(fmt_bsn(bsn, 'plain'))}. U kan mij bellen op {PH(fmt_be_mobile(gsm, 'intl'))}.
> Mvg, {P(c.first)}"""


@sc("nl", True)
def nl_interne_notitie(r, k):
    c = person(r, r.choice(["nl", "nl", "tr", "ma", "sr"]))
    tim, hw, ruud = STAFF["tim"], STAFF["hanneke"], STAFF["ruud"]
    if k == 0:
        return f"""NOTITIE – dossier {neg('dossiernummer', 'D-2025-0' + str(r.randint(100, 999)))}
Klant: {P(c.full)} (relatienr. {neg('relatienummer', rel_nr(r))})
Gesproken met: klant zelf, telefonisch
Datum: 18-03-2025 14:20, duur 12 min.

Klant belde over de voorlopige aanslag IB 2025, wil deze laten verlagen ivm lagere winst (verwacht {eur(r, 18, 31, cents=False)}.000 i.p.v. {eur(r, 40, 55, cents=False)}.000). BSN {BS(fmt_bsn(gen_bsn(r), 'dots'))} gecontroleerd in het machtigingenregister, machtiging loopt tot 31-12-2026.
Terugbellen op {PH(mob(r))} na 16:00, niet op het vaste nummer.
Actie: verzoek herziening voorlopige aanslag indienen, {P(hw.first)} kijkt mee.
/{P(tim.first.lower())}"""
    pa = person(r, "nl", sex="f" if c.sex == "m" else "m")
    dob = gen_date(r, 1949, 1960)
    return f"""Van: {P(ruud.full)} <ruud.hesselink@cijferhuis.example>
Aan: {P(hw.full)} <hanneke.wolters@cijferhuis.example>
Onderwerp: overdracht {P(c.Sur)} (AOW + pensioen)

{P(hw.first)},

Kun jij het dossier van {'dhr.' if c.sex == 'm' else 'mevr.'} {P(c.Sur)} overnemen? {P(c.first)} is geboren op {DOB(fmt_date(dob, 'dmy'))} en krijgt sinds dit jaar AOW, de partner ({P(pa.first)}) nog niet. Daardoor klopt de verdeling van de heffingskortingen niet meer en de zorgtoeslag 2025 moet omlaag.

Telefoon: {PH(fmt_nl_fixed(*gen_nl_fixed(r, r.choice(['0570', '0571', '055'])), r.choice(['dash', 'space'])))} (vast, liefst 's ochtends)
Aanslag IB 2024 is binnen, aanslagnummer {BS(fmt_bsn(gen_bsn(r), 'dots'))}.H.46.01 – nog niet gecontroleerd.

Dank!
{P(ruud.first)}"""


@sc("nl", True)
def nl_wwft_onboarding(r, k):
    ubo = person(r, r.choice(["nl", "nl", "tr", "de"]))
    tim = STAFF["tim"]
    kvk = gen_kvk(r)
    bv = r.choice(["Dakdekkersbedrijf Hoog & Droog B.V.", "Sallandse Grondverzet B.V.", "Holding Veluwezoom B.V.",
                   "Webwinkel Kantoorkast B.V."])
    a, pc, town = nl_address(r)
    dob = gen_date(r, 1961, 1995)
    if k == 0:
        return f"""Cliëntenonderzoek Wwft – nieuwe klant
Onderneming: {neg('company', bv)}
KvK-nummer: {KVK(kvk)}
RSIN: {neg('rsin', gen_rsin(r))}
Vestigingsnummer: {neg('vestigingsnummer', '0000' + str(r.randint(10000000, 99999999)))}
SBI-code: 43911, opgericht 2019
Bestuurder / UBO (100%): {P(ubo.full)}
Geboortedatum: {DOB(fmt_date(dob, 'dmy'))}
Identiteitsbewijs: paspoort {ID(gen_nl_doc(r, 'N'))}, geldig tot {neg('date', dmy(gen_date(r, 2027, 2034)))}
Woonadres: {AD(a)}, {PC(pc)} {town}
PEP-check: negatief. Sanctielijst: geen hit.
Risicoprofiel: standaard
Gecontroleerd door: {P(tim.full)} op 07-04-2025"""
    pa = person(r, "nl", sex="f" if ubo.sex == "m" else "m")
    return f"""Beste {P(tim.first)},

Hierbij de gegevens voor jullie cliëntenonderzoek. De BV is {neg('company', bv)}, KvK {KVK(kvk)}.

Aandeelhouders (elk 50%):
1. ikzelf, {P(ubo.full)}, ID-kaart nummer {ID(gen_nl_doc(r, 'I'))}
2. mijn {'vrouw' if pa.sex == 'f' else 'man'} {P(pa.full)}, paspoort {ID(gen_nl_doc(r, 'N'))}

Wij wonen allebei op {AD(a)} in {town}. Kopieën van de documenten (zonder BSN, dat hebben we met de KopieID-app afgeschermd) zitten in de bijlage.

Vriendelijke groet,
{P(ubo.first)}"""


@sc("nl", True)
def nl_toeslag_terugvordering(r, k):
    c = person(r, r.choice(["nl", "nl", "sr", "ma", "pl"]))
    hw = STAFF["hanneke"]
    if k == 0:
        kenm = f"{r.randint(10, 99)}.{r.randint(100, 999)}.{r.randint(100, 999)}"
        return f"""Onderwerp: FW: brief toeslagen terugbetalen??

Hoi {P(hw.first)}, zie hieronder, moet ik dit echt betalen? We hebben toch netjes het inkomen doorgegeven. groet {P(c.first)}

-----
Dienst Toeslagen
Definitieve berekening zorgtoeslag 2023
Burgerservicenummer: {BS(fmt_bsn(gen_bsn(r), 'dots'))}
Naam: {P(c.ini + ' ' + c.sur)}
Kenmerk: {neg('kenmerk', kenm)}
Datum: 9 september 2025

U heeft over 2023 {eur(r, 1100, 1500)} zorgtoeslag ontvangen. U had recht op {eur(r, 600, 1000)}.
U moet het verschil terugbetalen. Betalingskenmerk: {neg('betalingskenmerk', betalingskenmerk(r))}
Betaal vóór 1 december 2025 of vraag een betalingsregeling aan."""
    son = child(r, c, sex="m")
    dob = datetime.date(2007, r.randint(1, 10), r.randint(1, 28))
    return f"""Goedemiddag mevrouw {P(hw.last)},

Mijn zoon {P(son.first)} is op {DOB(fmt_date(dob, 'long'))} geboren en dus 18 geworden, en hij heeft een bijbaantje bij de Albert Heijn. Telt hij nu mee voor de huurtoeslag als medebewoner? Hij verdient ongeveer € 650 per maand.

Zijn BSN is {BS(fmt_bsn(gen_bsn(r), 'plain'))}, die van mij staat in jullie systeem.

Huur is {eur(r, 690, 880)} kale huur + € 48,50 servicekosten.

Vriendelijke groet,
{P(c.full)}
{PH(mob(r))}"""


@sc("nl", True)
def nl_scheiding(r, k):
    c = person(r, "nl", sex="f")
    ex = person(r, r.choice(["nl", "nl", "de"]), sex="m")
    a_home, pc_home, town = nl_address(r, r.choice(["Deventer", "Apeldoorn", "Zwolle"]))
    a_ex, pc_ex, t_ex = nl_address(r)
    if k == 0:
        return f"""Beste mensen,

Mijn man en ik zijn per 1 juni uit elkaar. {P(ex.first)} woont nu op {AD(a_ex)}, {PC(pc_ex)} {t_ex} en staat daar ook ingeschreven.
Moeten we over 2025 nog samen aangifte doen als fiscale partners? Ik begreep dat je dat tot de datum van uitschrijving bent.

Zijn gegevens: {P(ex.full)}, BSN {BS(fmt_bsn(gen_bsn(r), 'space'))}, geboren {DOB(fmt_date(gen_date(r, 1965, 1990), 'dmy'))}.

Ik blijf in het huis aan de {AD(a_home)}. De hypotheek ({neg('hypotheeknummer', str(r.randint(10000000, 99999999)) + '-01')}) staat op beider naam, WOZ-waarde {eur(r, 290, 480, cents=False)}.000.

Groet,
{P(c.full)}"""
    return f"""Onderwerp: verdeling eigen woning 2025 – {P(c.Sur)}/{P(ex.Sur)}

Hallo {P(STAFF['ruud'].first)},

Zoals telefonisch besproken. Het convenant is getekend op 22-09-2025 (mediator: {neg('company', 'Mediationpraktijk Salland')}).
- {P(c.first)} neemt de woning over ({AD(a_home)}, {PC(pc_home)} {town}) en de eigenwoningschuld van {eur(r, 180, 260, cents=False)}.000
- {P(ex.first)} krijgt een vergoeding van {eur(r, 35, 70, cents=False)}.000, verhuist per 1-10-2025
- Aanslag IB 2024 van {P(ex.first)}: aanslagnummer {BS(fmt_bsn(gen_bsn(r), 'dots'))}.H.46.01, nog {eur(r, 400, 2000)} te betalen

Kun jij de gevolgen voor de hypotheekrenteaftrek doorrekenen? Tarief 37,48% / 49,50%.

{P(c.first)}"""


@sc("nl", True)
def nl_loonstrook_vraag(r, k):
    w = person(r, r.choice(["nl", "pl", "tr", "ma", "nl"]))
    gj = STAFF["gj"]
    ib = gen_iban(r)
    pnr = "00" + str(r.randint(100, 999))
    if k == 0:
        return f"""Goedemiddag,

Mijn loonstrook van oktober klopt neit: ik heb 12 overuren gemaakt maar ik zie er maar 8 staan (8 × € 21,40). Mijn personeelsnummer is {neg('personeelsnummer', pnr)}, ik werk bij {neg('company', 'Metaalbewerking Twello B.V.')} in de productie.

Ook mijn nieuwe rekeningnummer: {IB(fmt_iban(ib, 'nbsp'))} (vanaf november graag daarop, de oude rekening wordt opgeheven).

Groet,
{P(w.full)}
{PH(mob(r))}"""
    return f"""Beste {P(w.first)},

Je hebt gelijk, de overuren van week 42 waren niet verwerkt. Dat corrigeren we in de strook van november (4 uur × € 21,40 × 125%). Je nieuwe rekening {IB(fmt_iban(ib, 'spaced'))} staat erin per 25-11-2025.

{sig_nl(r, gj, 'Salarisadministratie', short=True)}

-----Oorspronkelijk bericht-----
Van: {P(w.full)}
Verzonden: maandag 10 november 2025 17:02
Aan: salaris@cijferhuis.example
Onderwerp: loonstrook oktober, personeelsnr {neg('personeelsnummer', pnr)}

ik mis 4 overuren en heb een nieuwe bankrekening, zie boven. bel me gerust {PH(mob(r, ('compact', 'dash')))}""", {"crlf"}


@sc("nl", True)
def nl_vof_vennoten(r, k):
    v1 = person(r, "nl")
    v2 = person(r, r.choice(["nl", "tr", "ma"]))
    kvk = gen_kvk(r)
    vof = r.choice(["Stukadoorsbedrijf Gladwerk VOF", "Café De Waag VOF", "Installatiebedrijf Warm & Droog VOF"])
    if k == 0:
        return f"""Beste {P(STAFF['ruud'].first)},

Wij starten per 1 januari met onze vof en willen dat jullie de boekhouding en aangiftes doen.

{neg('company', vof)}
KvK {KVK(kvk)}
btw-id {BTW(gen_btw(r))}

Vennoot 1: {P(v1.full)}, BSN {BS(fmt_bsn(gen_bsn(r), 'plain'))}
Vennoot 2: {P(v2.full)}, BSN {BS(fmt_bsn(gen_bsn(r), 'plain'))}
Winstverdeling 60% / 40%, inbreng elk € 5.000.

Kunnen we de ondernemersaftrek allebei krijgen? We werken allebei ruim 1.225 uur.

Groet,
{P(v1.first)} & {P(v2.first)}"""
    a, pc, town = nl_address(r)
    return f"""Hallo,

Graag willen we een loonheffingennummer aanvragen voor onze vof ({neg('company', vof)}, KvK {KVK(kvk)}). De eerste medewerker begint 1 maart 2026, 24 uur per week.

Correspondentieadres is het woonadres van {P(v1.first)}: {AD(a)}, {PC(pc)} {town}. Bereikbaar op {PH(mob(r))} of via {EM(v1.mail(r, [gmail(r)]))}.

Met vriendelijke groet,
{P(v1.full)} (vennoot)"""


@sc("nl", True)
def nl_portaal_login(r, k):
    c = person(r, r.choice(["nl", "nl", "tr", "sr"]))
    ip = gen_ip4(r)
    mail = c.mail(r, [gmail(r)])
    if k == 0:
        return f"""Van: Cijferhuis Klantportaal <noreply@cijferhuis.example>
Aan: {EM(mail)}
Onderwerp: Nieuwe inlog op uw account

Beste {P(c.full)},

Er is ingelogd op uw account bij Cijferhuis Klantportaal:
Datum/tijd: 12-10-2025 23:41
IP-adres: {IP(ip)} (locatie: Nijmegen, NL)
Apparaat: Chrome {neg('version', '129.0.6668.90')} op Windows

Was u dit niet? Wijzig dan direct uw wachtwoord via portaal.cijferhuis.example en bel ons op {otel(r)}.

Dit is een automatisch bericht."""
    return f"""dit was ik NIET!! ik zat gewoon thuis te slapen. wie is {IP(ip)}?? thuis heb ik een ander adres (de router zegt {neg('private-ip', '192.168.1.' + str(r.randint(2, 250)))} maar dat is intern toch)

bel me aub even op {PH(mob(r))}, ik wil weten of iemand mijn aangifte heeft gezien

{P(c.first)} {P(c.sur)}""".replace(P(c.first) + " " + P(c.sur), P(c.full))


@sc("nl", True)
def nl_erfbelasting(r, k):
    mom = person(r, "nl", sex="f")
    kids = [person(r, "nl", sex=s, last=(mom.tv, mom.last)) for s in ("f", "m", r.choice("fm"))]
    while len({x.first for x in kids}) < 3:
        kids[2] = person(r, "nl", sex=r.choice("fm"), last=(mom.tv, mom.last))
    a, pc, town = nl_address(r, r.choice(["Deventer", "Holten", "Lochem"]))
    dob = gen_date(r, 1929, 1945)
    if k == 0:
        return f"""Geachte heer {P(STAFF['ruud'].last)},

Onze moeder, {P(mom.full)}, is op 3 maart 2025 overleden. Zij is geboren op {DOB(fmt_date(dob, 'long'))}. Wij willen graag dat u de aangifte erfbelasting en de laatste aangifte IB verzorgt.

Erfgenamen: {P(kids[0].first)}, {P(kids[1].first)} en {P(kids[2].first)} {P(mom.sur)}, ieder voor een derde.
Haar BSN: {BS(fmt_bsn(gen_bsn(r), 'plain'))}
De woning aan de {AD(a)} ({PC(pc)} {town}) heeft een WOZ-waarde van {eur(r, 260, 420, cents=False)}.000 (peildatum 1-1-2024).
Notaris: {neg('company', 'Notariskantoor Van Wijhe & Partners')}.

Met vriendelijke groet,
namens de familie,
{P(kids[0].full)}""".replace(P(kids[2].first) + " " + P(mom.sur), P(kids[2].first + " " + mom.sur))
    return f"""Erfbelasting {P(mom.Sur)} – notitie {P(STAFF['ruud'].first)}, 14-04-2025

Overleden: 03-03-2025. Aangifte erfbelasting uiterlijk 8 maanden na overlijden (3-11-2025), uitstel aangevraagd.
Erflater: {P(mom.ini + ' ' + mom.sur)}, geb. {DOB(fmt_date(dob, 'dmy'))}, laatst wonend {AD(a)}, {PC(pc)} {town}.
Erfgenamen: 3 kinderen, contactpersoon {P(kids[1].full)} ({PH(mob(r))}).
Verkrijging per kind ca. {eur(r, 120, 190, cents=False)}.000, vrijstelling kind 2025 € 25.490, tarief 10% / 20%.
Nog nodig: saldi per overlijdensdatum, polis uitvaartverzekering ({neg('polisnummer', gen_not_bsn(r))})."""


@sc("nl", True)
def nl_creditcard(r, k):
    c = person(r, r.choice(["nl", "nl", "de", "gb"]))
    card = gen_card(r, r.choice(["visa", "mc", "mc2"]))
    fnr = "F2025-0" + str(r.randint(1000, 1999))
    if k == 0:
        return f"""Goedendag,

Ik wil factuur {neg('factuurnummer', fnr)} ({eur(r, 600, 1400)}) betalen met mijn creditcard, mijn zakelijke rekening is even leeg tot de klant betaalt.
Kaartnummer {CC(fmt_card(card, r.choice(['grp', 'compact'])))}, geldig t/m 08/28.
Kunnen jullie dat afschrijven? Anders graag een betaallink.

Met vriendelijke groet,
{P(c.full)}"""
    tim = STAFF["tim"]
    return f"""Beste {P(c.first)},

Wij kunnen helaas geen creditcards afschrijven. Wilt u uw kaartnummer in het vervolg niet meer mailen? Wij hebben het uit ons systeem verwijderd. U kunt factuur {neg('factuurnummer', fnr)} betalen via de iDEAL-link in het portaal of overmaken naar NL11 RABO 0312 4578 09 o.v.v. het factuurnummer.

{sig_nl(r, tim, 'Debiteurenbeheer')}

> Van: {P(c.full)}
> kunt u de factuur van mijn Mastercard halen? {CC(fmt_card(gen_card(r, 'mc'), 'grp'))} exp 11/27
> (de pas eindigend op {neg('masked-card', '4471')} is verlopen)"""


@sc("nl", True)
def nl_eigen_woning(r, k):
    c = person(r, "nl")
    pa = person(r, r.choice(["nl", "sr", "be"]), sex="f" if c.sex == "m" else "m")
    a, pc, town = nl_address(r, r.choice(["Deventer", "Apeldoorn", "Zwolle", "Enschede"]))
    if k == 0:
        return f"""Hoi {P(STAFF['hanneke'].first)},

We hebben per 1 juli een huis gekocht: {AD(a)}, {PC(pc)} {town}. Koopsom {eur(r, 360, 520, cents=False)}.000, hypotheek {eur(r, 300, 440, cents=False)}.000 (annuïtair, 30 jaar, rente 3,85% vast voor 10 jaar, leningnummer {neg('leningnummer', str(r.randint(100, 999)) + '.' + str(r.randint(100, 999)) + '.' + str(r.randint(100, 999)))}).
Ik en {P(pa.first)} zijn fiscaal partner. Kunnen we de hypotheekrenteaftrek zo verdelen dat het meeste bij mij terechtkomt? Ik zit in de 49,50%-schijf.

Notaris- en advieskosten: {eur(r, 3200, 5200)}, taxatie € 695,00.

Groetjes,
{P(c.full)}"""
    woz = str(r.randint(100, 999)) + "0000" + str(r.randint(10000, 99999))
    return f"""Goedemorgen,

Ik wil bezwaar maken tegen de WOZ-beschikking 2025 van ons huis op {AD(a)}. WOZ-objectnummer {neg('woz-objectnummer', woz)}, waarde {eur(r, 410, 560, cents=False)}.000, volgens ons {eur(r, 350, 400, cents=False)}.000 (de buren op nummer {neg('housenumber', str(r.randint(2, 99)))} zijn voor minder verkocht).
Kunnen jullie dat doen? Termijn loopt tot 14-04-2025.

{P(c.ini + ' ' + c.sur)}
{PH(fmt_nl_fixed(*gen_nl_fixed(r, TOWNS_NL[town][1]), 'space'))}"""


@sc("nl", True)
def nl_auto_km(r, k):
    c = person(r, r.choice(["nl", "nl", "pl"]))
    kt = gen_kenteken(r)
    if k == 0:
        return f"""Beste {P(STAFF['yasmina'].first)},

Voor de jaarrekening 2024: mijn auto ({LP(kt)}, een Škoda Octavia uit 2019) staat op de zaak. Ik heb 14.230 zakelijke kilometers gereden en ca. 420 privé, dus onder de 500 km. Rittenregistratie zit in de bijlage (xlsx, {neg('postcode-shape', '2048 KB')}).
Uren: 1.410 uur, dus urencriterium gehaald.
Afschrijving graag over 5 jaar, restwaarde {eur(r, 2500, 5000, cents=False)}.

Groet,
{P(c.full)}
{PH(mob(r))}"""
    ritten = []
    for d in ("02-01", "03-01", "07-01", "09-01"):
        van, naar = r.choice([("Deventer", "Zwolle"), ("Deventer", "Apeldoorn"), ("Raalte", "Deventer"), ("Deventer", "Enschede")])
        ritten.append(f"{d}-2025 | {van} | {naar} | {r.randint(30, 120)} | {LP(kt)} | klantbezoek")
    rows = "\n".join(ritten)
    return f"""rittenregistratie jan (eerste week) voor de bijtelling-check, rest volgt

datum | van | naar | km | kenteken | doel
{rows}

{P(c.first.lower())}"""


# ================================================================================================================
# NL - without personal data (hard negatives only)
# ================================================================================================================
@sc("nl", False)
def nl_np_nieuwsbrief(r, k):
    if k == 0:
        return f"""NIEUWSBRIEF CIJFERHUIS – december 2025

Beste relatie,

Het jaar loopt ten einde. Een paar data en bedragen om te onthouden:
• Aangifte IB 2025 kan vanaf 1 maart 2026; uiterste datum zonder uitstel is 1 mei 2026.
• Zelfstandigenaftrek 2026: € 1.200 (2025: € 2.470). MKB-winstvrijstelling: 12,70 %.
• Kleineondernemersregeling: omzetgrens € 20.000; aanmelden minimaal 4 weken voor het nieuwe kwartaal.
• Btw-aangifte Q4 2025: uiterlijk 31 januari 2026.
• Loonaangifte december: uiterlijk {neg('date', '31-01-2026')}.

Stukken kunt u uploaden in Cijferhuis Klantportaal (maximaal {neg('postcode-shape', '2048 MB')} per bestand) of mailen naar stukken@cijferhuis.example.

Vragen? Bel {otel(r)} of app {otel(r, 'app')}. Volg ons ook op LinkedIn en Instagram: @Cijferhuis en @cijferhuis_nl.

Cijferhuis Administratie & Belastingadvies B.V. | Zandpoortkade 14, 7411 KT Deventer | KvK 64820317 | btw NL862041739B01"""
    return f"""Cijferhuis nieuwsflits: box 3 en het overbruggingsstelsel

Na het arrest van de Hoge Raad van 6 juni 2024 kunt u bezwaar maken tegen de box 3-heffing als uw werkelijke rendement lager was dan het forfaitaire rendement (2024: 6,04 % over overige bezittingen, 1,03 % over banktegoeden). Het heffingvrij vermogen is € 57.000 per persoon (€ 114.000 voor fiscale partners).

Rekenvoorbeeld: spaargeld € 84.000, aandelen € 31.500, schuld € 0 → grondslag sparen en beleggen € 58.500 → belasting ca. € 1.114,00 (36 %).

Wilt u dat wij het werkelijk rendement berekenen? Dat kost € 145,00 excl. btw per aangifte. Stuur een mail met onderwerp "box 3 {neg('jaar', '2024')}" naar info@cijferhuis.example.

Team Belastingadvies"""


@sc("nl", False)
def nl_np_btw_vraag(r, k):
    if k == 0:
        omzet = r.randint(9, 19)
        return f"""Vraag via contactformulier (naam: niet ingevuld, e-mail: niet ingevuld)
Ontvangen: 14-05-2025 07:58

Ik verkoop taarten en cupcakes vanuit huis (sinds maart) en zit nu op ongeveer € {omzet}.400 omzet. Moet ik 9% of 21% btw rekenen? En geldt de KOR dan voor mij, de grens is toch € 20.000? Mijn laatste factuur was nummer {neg('factuurnummer', '2025-0' + str(r.randint(10, 60)))}, daar stond geen btw op.

Alvast bedankt!"""
    fact = gen_elf9(r)
    return f"""Goedemorgen,

Wij hebben als onderaannemer in de bouw een factuur gekregen van een stukadoor met 21% btw erop ({eur(r, 2000, 9000)} + {eur(r, 420, 1890)} btw), factuurnummer {neg('factuurnummer-elfproef', fact)}. Volgens ons had die btw verlegd moeten worden. Moeten we de factuur terugsturen of kunnen we de btw gewoon aftrekken in de aangifte van het 2e kwartaal?

Met vriendelijke groet,
{neg('company', 'Schildersbedrijf Kleurrijk VOF')}
(namens de vennoten)"""


@sc("nl", False)
def nl_np_aanslag_vpb(r, k):
    rs = gen_rsin(r)
    bv = r.choice(["Sallandse Houtbouw B.V.", "Bakker Logistiek Holding B.V.", "IJsselzicht Vastgoed B.V."])
    if k == 0:
        return f"""FW: aanslag vpb 2023

Zie hieronder, klopt dit bedrag? Vorig jaar was het veel lager. 

> Belastingdienst
> Aanslag vennootschapsbelasting 2023
> {neg('company', bv)}
> RSIN/fiscaal nummer: {neg('rsin', rs)}
> Aanslagnummer: {neg('aanslagnummer', rs[:4] + '.' + rs[4:6] + '.' + rs[6:] + '.V.36.01')}
> Dagtekening: 21 maart 2025
> Belastbaar bedrag: {eur(r, 70000, 190000, cents=False)}
> Te betalen: {eur(r, 13000, 36000)}
> Betaal vóór 2 mei 2025 o.v.v. betalingskenmerk {neg('betalingskenmerk', betalingskenmerk(r))}

Graag reactie voor eind van de maand.
Namens de directie"""
    return f"""Onderwerp: voorlopige aanslag vpb 2025 – {neg('company', bv)}

Goedemiddag,

De voorlopige aanslag vpb 2025 is gebaseerd op een winst van {eur(r, 200, 340, cents=False)}.000, maar door het verlies op het project in Olst verwachten we dit jaar hooguit € 90.000. Kunnen jullie een verzoek om vermindering indienen? Fiscaal nummer van de BV is {neg('rsin', rs[:4] + '.' + rs[4:6] + '.' + rs[6:])}.

Tarief 19% tot € 200.000, daarboven 25,8%.

Met vriendelijke groet,
De directie"""


@sc("nl", False)
def nl_np_checklist_loon(r, k):
    rows = []
    for code in ("KL-0231", "KL-0418", "KL-0577", "KL-0602"):
        lh = lh_nummer(r, r.choice(["plain", "dots"]))
        rows.append(f"| {neg('klantcode', code)} | {neg('loonheffingennummer', lh)} | {r.randint(2, 31)} | {eur(r, 4000, 40000)} | open |")
    if k == 0:
        table = "\n".join(rows)
        return f"""Checklist loonaangifte november 2025 (tijdvak 11)

| klant | loonheffingennummer | werknemers | loonheffing | status |
|---|---|---|---|---|
{table}

Deadline aangifte en betaling: {neg('date', '31-12-2025')}. Let op: bij KL-0577 eindejaarsuitkering 8,33% meenemen en WKR-ruimte 1,92% van de loonsom tot € 400.000.

Team Salaris"""
    return f"""Interne mededeling salarisadministratie

Vanaf 1 januari 2026 wijzigt het minimumloon naar € 14,71 per uur (21 jaar en ouder). Controleer bij alle klanten de jeugdlonen (18 jaar: 50%, 19 jaar: 60%, 20 jaar: 80%).
Werkgeversnummer Cijferhuis zelf: {neg('loonheffingennummer', ORG_LH)}.
Loonaangiften over december worden automatisch klaargezet op {neg('date', '05-01-2026')}; verwerkingsbestanden max. {neg('postcode-shape', '1500 KB')}.

Team Salaris"""


@sc("nl", False)
def nl_np_autoreply(r, k):
    if k == 0:
        return f"""Automatisch antwoord: Hartelijk dank voor uw bericht aan Cijferhuis.

Wij reageren binnen 2 werkdagen. In de aangifteperiode (maart t/m april) kan dit 5 werkdagen zijn.
Dringend? Bel {otel(r)} (ma–vr 8:30–17:00). Salarisadministratie: {otel(r, 'salaris')}.
WhatsApp: {otel(r, 'app')}

Betalingen: NL11 RABO 0312 4578 09 t.n.v. Cijferhuis Administratie & Belastingadvies B.V.
Postadres: Postbus 2093, 7400 CB Deventer
KvK 64820317 | btw NL862041739B01"""
    return f"""Onderwerp: Afwezigheidsmelding

Ons kantoor is gesloten van 24 december 2025 t/m 1 januari 2026. Vanaf vrijdag 2 januari zijn wij weer bereikbaar.

Loonstroken december worden op 23 december verwerkt. Uitbetaling via NL94 INGB 0007 7319 44 (derdenrekening salarissen) gebeurt op 24 december.

Met spoed? App {otel(r, 'app')}, wij kijken 1× per dag.

Cijferhuis | Zandpoortkade 14, 7411 KT Deventer | www.cijferhuis.example"""


@sc("nl", False)
def nl_np_factuur(r, k):
    fnr = f"F2025-0{r.randint(1000, 1999)}"
    bv = r.choice(["Sallandse Grondverzet B.V.", "Holding Veluwezoom B.V.", "Café De Waag VOF"])
    bedrag = r.randint(900, 3200)
    btw = bedrag * 21
    if k == 0:
        def money(cents):
            e, c = divmod(cents, 100)
            return f"€ {e:,}".replace(",", ".") + f",{c:02d}"
        return f"""FACTUUR {neg('factuurnummer', fnr)}
Factuurdatum: {neg('date', '03-11-2025')}   Vervaldatum: {neg('date', '17-11-2025')}
Relatienummer: {neg('relatienummer', rel_nr(r))}
Aan: {neg('company', bv)}, t.a.v. de administratie

Omschrijving                                   Bedrag
Samenstellen jaarrekening 2024                  {money(bedrag * 100)}
Aangifte vennootschapsbelasting 2024            € 395,00
Btw 21%                                         {money(btw + 8295)}
Totaal                                          {money(bedrag * 100 + 39500 + btw + 8295)}

Gelieve te voldoen op NL11RABO0312457809 o.v.v. {fnr}.
Cijferhuis Administratie & Belastingadvies B.V. | KvK 64820317 | btw NL862041739B01"""
    return f"""Herinnering – factuur {neg('factuurnummer', fnr)}

Geachte heer/mevrouw,

Volgens onze administratie is factuur {fnr} van 3 oktober 2025 ({eur(r, 800, 2400)}) nog niet betaald. Wij verzoeken u het bedrag binnen 14 dagen over te maken naar NL11 RABO 0312 4578 09 onder vermelding van het factuurnummer.

Heeft u inmiddels betaald? Dan kunt u deze herinnering als niet verzonden beschouwen.

Afdeling debiteuren
Cijferhuis | {otel(r)}"""


@sc("nl", False)
def nl_np_rekenvoorbeeld(r, k):
    if k == 0:
        return f"""Rekenvoorbeeld bijtelling auto van de zaak (2025)

Cataloguswaarde incl. btw en bpm: €{NBSP}42.500
Elektrisch, datum eerste toelating 2025: 17% over de eerste €{NBSP}30.000 = €{NBSP}5.100
22% over het meerdere (€ 12.500) = € 2.750
Bijtelling per jaar: € 7.850, per maand € 654,17
Eigen bijdrage werknemer: € 75,00 per maand (mag van de bijtelling af)

Let op: een bestelauto met grijs kenteken en een verklaring uitsluitend zakelijk gebruik valt er niet onder. Het kentekenregistratienummer (tenaamstellingscode) hoeft u niet te sturen.

Polisnummer leasecontract bij vragen: {neg('polisnummer', gen_not_bsn(r))}"""
    return f"""Rekenvoorbeeld hypotheekrenteaftrek 2025

Betaalde rente: € 11.240,00
Eigenwoningforfait (WOZ € 380.000 × 0,35%): € 1.330,00
Saldo eigenwoningregeling: € 9.910,00 negatief
Aftrek tegen maximaal 37,48% = € 3.714,27
(in 2024 was dat 36,97%)

Voor een inkomen boven € 76.817 wordt het voordeel beperkt. De volgnummers in dit voorbeeld ({neg('referentie', gen_not_bsn(r))} en {neg('referentie', gen_not_bsn(r))}) zijn interne rekenregels, geen klantgegevens."""


@sc("nl", False)
def nl_np_storing(r, k):
    if k == 0:
        return f"""STORING Cijferhuis Klantportaal – 14-10-2025

Sinds 09:15 kunnen bestanden groter dan {neg('postcode-shape', '2048 MB')} niet worden geüpload. Oorzaak: update naar versie {neg('version', '4.12.0.3')} van de uploadmodule. De interne server ({neg('private-ip', '10.20.4.17')}) is herstart; de fout is nog niet opgelost.

Workaround: splits de pdf of stuur de stukken naar stukken@cijferhuis.example (max. 25 MB).
Verwachte oplossing: vandaag 16:00. Status: status.cijferhuis.example"""
    return f"""Gepland onderhoud

Zaterdag 8 november 2025 van 06:00 tot 10:00 is Cijferhuis Klantportaal niet bereikbaar in verband met onderhoud (upgrade database naar {neg('version', '16.4.1')}, nieuwe TLS-certificaten).

Machtigingen, DigiD-koppelingen en uw dossiernummers (bijv. {neg('dossiernummer', 'D-2024-0388')}) blijven ongewijzigd. Vanaf dan is de uploadlimiet {neg('postcode-shape', '4096 MB')}.

Excuses voor het ongemak.
Team ICT"""


@sc("nl", False)
def nl_np_kinderopvang_algemeen(r, k):
    if k == 0:
        return f"""Chat (anonieme bezoeker) – 03-06-2025

Bezoeker: hoi, hoeveel uur kinderopvang krijg je eigenlijk vergoed?
Cijferhuis: Hallo! Maximaal 230 uur per maand per kind. Het maximale uurtarief in 2025 is € 10,25 voor dagopvang en € 9,12 voor bso.
Bezoeker: en als ik maar 3 dagen werk?
Cijferhuis: Sinds 2023 maakt het aantal gewerkte uren niet meer uit. Wel moet u allebei werken of een traject volgen.
Bezoeker: ok dank je. moet ik mijn LRK-nummer opgeven of dat van de opvang?
Cijferhuis: Dat van de opvang, het staat op uw contract (9 cijfers, bijv. {neg('lrk-nummer', gen_not_bsn(r, '12'))})."""
    return f"""Veelgestelde vraag: ik moet toeslag terugbetalen, wat nu?

1. Controleer het inkomen waarop de berekening is gebaseerd (toetsingsinkomen 2024).
2. Klopt het? Dan kunt u een betalingsregeling aanvragen: minimaal € 45,00 per maand, maximaal 24 maanden.
3. Klopt het niet? Dien binnen 6 weken na de datum op de beschikking bezwaar in.

De kenmerken op brieven van Dienst Toeslagen (zoals {neg('kenmerk', f"{r.randint(10, 99)}.{r.randint(100, 999)}.{r.randint(100, 999)}")}) en het betalingskenmerk hebben we nodig om u te helpen. Uw BSN hoeft u niet te mailen, dat staat in uw dossier."""


@sc("nl", False)
def nl_np_wkr(r, k):
    if k == 0:
        return f"""Goedemiddag,

Wij willen onze 14 medewerkers een kerstpakket geven van € 75 per persoon en een eindejaarsbonus in de vorm van een cadeaubon van € 150. Past dat in de vrije ruimte van de werkkostenregeling? Onze fiscale loonsom is ongeveer € 612.000.

Loonheffingennummer: {neg('loonheffingennummer', lh_nummer(r))}

Met vriendelijke groet,
{neg('company', 'Drukkerij Hanzestad B.V.')}
Afdeling P&O"""
    return f"""Vraag over reiskosten

Mag ik mijn personeel € 0,23 per km onbelast vergoeden voor woon-werkverkeer, ook als ze met de fiets komen? Het gaat om 6 mensen, gemiddeld 18 km enkele reis, 214 werkdagen.
Dat is toch 6 × 36 × 214 × 0,23 = € 10.632,- per jaar? Moet dat in de WKR-ruimte of is het gericht vrijgesteld?

Groet, de directie van {neg('company', 'Rijwielhandel De Spaak B.V.')}"""


@sc("nl", False)
def nl_np_planning(r, k):
    if k == 0:
        return f"""Planning jaarwerk 2024 – stand per 30-09-2025

Jaarrekeningen BV's: 41 van 58 klaar (dossiers {neg('dossiernummer', '2024-118')} t/m {neg('dossiernummer', '2024-164')} nog open)
Aangiften vpb 2024: deadline uitstelregeling {neg('date', '01-05-2026')}
Aangiften IB particulieren: 212 ingediend, 17 wachten op stukken
Gemiddelde doorlooptijd: 11,4 dagen

Prioriteit: dossiers met een voorlopige aanslag boven € 10.000.

Team Jaarwerk"""
    return f"""Uitstelregeling belastingconsulenten 2024 – overzicht

Aangevraagd voor 147 IB-dossiers en 38 vpb-dossiers.
Vaste deadline IB: 1 mei 2026. Vpb: 1 mei 2026 (jaarrekening gereed).
Steekproef Belastingdienst: 5% van de dossiers, melding via het Digipoort-kenmerk ({neg('referentie', 'DP-' + str(r.randint(10000000, 99999999)))}).
Aantal dossiers zonder machtiging: 9 → machtigingscodes per post versturen.

Team Particulieren"""


def mod1110_check(d):
    p = 10
    for ch in d:
        x = (int(ch) + p) % 10 or 10
        p = (2 * x) % 11
    return (11 - p) % 10


def gen_de_vat(r):
    d = str(r.randint(1, 3)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    return "DE" + d + str(mod1110_check(d))


def gen_ip6(r):
    while True:
        ip = f"2a02:{r.randint(0xa000, 0xafff):x}:{r.randint(0x1000, 0xffff):x}:{r.randint(1, 0xff):x}:" \
             f"{r.randint(0x1000, 0xffff):x}:{r.randint(0x100, 0xfff):x}:{r.randint(0x1000, 0xffff):x}:{r.randint(1, 0xffff):x}"
        if ip_public(ip):
            return ip


EXPAT = ["in", "in", "gb", "gb", "br", "it", "cn", "ua", "pl"]


# ================================================================================================================
# EN - with personal data
# ================================================================================================================
@sc("en", True)
def en_30pct(r, k):
    c = person(r, r.choice(EXPAT))
    sarah = STAFF["sarah"]
    a, pc, town = nl_address(r, r.choice(["Amsterdam", "Utrecht", "Den Haag", "Eindhoven"]))
    if k == 0:
        hr = person(r, r.choice(["nl", "gb"]), sex="f")
        firm = r.choice(["Brightwave Analytics B.V.", "Nordlicht Robotics B.V.", "Tulip Payments B.V."])
        return f"""Subject: 30% ruling application – new hire

Hi {P(sarah.first)},

Please find below the details of our new hire for the joint 30% ruling request. Start date: {neg('date', '1 September 2025')}. {'She' if c.sex == 'f' else 'He'} was recruited from abroad (lived more than 150 km from the Dutch border for 16 of the last 24 months).

Name: {P(c.full)}
Date of birth: {DOB(fmt_date(gen_date(r, 1984, 1999), r.choice(['long', 'iso']), 'en'))}
{'Passport number' if c.her == 'gb' else 'Residence document'}: {ID(gen_uk_passport(r)) if c.her == 'gb' else ID(gen_residence(r))}{' (UK)' if c.her == 'gb' else ' (passport copy to follow)'}
BSN: {BS(fmt_bsn(gen_bsn(r), 'plain'))}
Address in NL: {AD(a)}, {PC(pc)} {town}
Gross salary: €72,000 per year (above the 2025 threshold of €46,660)
Employer's wage tax number: {neg('loonheffingennummer', lh_nummer(r))}

Best,
{P(hr.full)}
HR Manager | {neg('company', firm)}
{EM(ascii_fold(hr.first).lower() + '.' + ascii_fold(hr.last).lower().replace(' ', '') + '@' + firm.split()[0].lower() + '.example')}"""
    w = person(r, c.her if c.her != "pl" else "in", sex="f" if c.sex == "m" else "m")
    return f"""hi sarah,

my employer said you need my residence permit nr for the 30% thing, its {ID(gen_residence(r))}. BSN is {BS(fmt_bsn(gen_bsn(r), 'space'))}, got it last week at the gemeente.
my {'wife' if w.sex == 'f' else 'husband'} {P(w.first)} came with me (dob {DOB(fmt_date(gen_date(r, 1986, 1998), 'slash'))}), does {'she' if w.sex == 'f' else 'he'} need to do anything? {'she' if w.sex == 'f' else 'he'} doesnt work here yet

cheers,
{P(c.first.lower())}""".replace("hi sarah,", "hi " + P("sarah") + ",")


@sc("en", True)
def en_m_form(r, k):
    c = person(r, "gb")
    pa = person(r, r.choice(["gb", "it", "in"]), sex="f" if c.sex == "m" else "m")
    ua, upc, utown = uk_address(r)
    a, pc, town = nl_address(r, r.choice(["Utrecht", "Amsterdam", "Deventer"]))
    if k == 0:
        return f"""Dear Cijferhuis Expat Tax Desk,

We moved to the Netherlands on {neg('date', '14 February 2024')} and I understand we have to file an M-form for 2024. Some details:

Previous address: {AD(ua)}, {utown} {PC(upc)}, United Kingdom
Current address: {AD(a)}, {PC(pc)} {town}
My BSN: {BS(fmt_bsn(gen_bsn(r), 'dots'))}
Partner: {P(pa.full)}, born {DOB(fmt_date(gen_date(r, 1980, 1995), 'long', 'en'))}, BSN {BS(fmt_bsn(gen_bsn(r), 'dots'))}

We both worked in the UK until January (P45 and P60 attached). Could you send us a quote?

Kind regards,
{P(c.full)}"""
    return f"""M-FORM QUESTIONNAIRE 2024 – completed by client

1. Full name: {P(c.last + ', ' + c.first)}
2. Date of birth: {DOB(fmt_date(gen_date(r, 1975, 1996), 'dmy'))}
3. Date of immigration: {neg('date', '03-06-2024')}
4. Address before immigration: {AD(ua)}, {PC(upc)} {utown} (UK)
5. Address in NL: {AD(a)}, {PC(pc)} {town}
6. Fiscal partner in 2024: yes – {P(pa.full)}
7. Foreign income before immigration: £{r.randint(18, 40)},{r.randint(100, 999)} (UK employment)
8. Worldwide assets on 1 Jan 2025: approx. €{r.randint(40, 160)},000
9. Phone: {PH(mob(r, ('intl', 'intlgrp', 'intl0')))}"""


@sc("en", True)
def en_bsn_chat(r, k):
    c = person(r, r.choice(EXPAT))
    sarah = STAFF["sarah"]
    mail = c.mail(r, ["gmail.com", "outlook.com", "yahoo.co.uk", "protonmail.com"])
    if k == 0:
        who = c.full
        return f"""[09:31] Visitor ({P(who)}): Hi, I need help with my Dutch tax return, I'm new here
[09:32] {P(sarah.first)} (Cijferhuis): Welcome! Happy to help. Did you receive a BSN already?
[09:33] {P(who)}: yes, {BS(fmt_bsn(gen_bsn(r), 'space'))}
[09:34] {P(sarah.first)} (Cijferhuis): Thanks – in future please don't share it in the chat, I'll send you a secure upload link instead. What's the best e-mail address?
[09:35] {P(who)}: {EM(mail)}
[09:35] {P(who)}: and my number is {PH(mob(r, ('intl', 'intlgrp', 'compact')))} if calling is easier
[09:36] {P(sarah.first)} (Cijferhuis): Perfect, you'll get the link within 10 minutes 👍"""
    return f"""whatsapp export 18/03/2025

18/03/2025, 20:14 - {P(c.first.lower())}: hello is this the expat tax desk?
18/03/2025, 20:15 - Cijferhuis: Hi! Yes, this is Cijferhuis. How can we help?
18/03/2025, 20:17 - {P(c.first.lower())}: my tax return, I got a blue envelope about a "voorlopige aanslag" with betalingskenmerk {neg('betalingskenmerk', betalingskenmerk(r))} and I dont understand it
18/03/2025, 20:17 - {P(c.first.lower())}: my name is {P(c.full)}, bsn {BS(gen_bsn(r, lead_zero=True)[1:])}
18/03/2025, 20:21 - Cijferhuis: Thanks {P(c.first)}. Could you e-mail a photo of the letter to expat@cijferhuis.example? One of our advisers will call you tomorrow.
18/03/2025, 20:22 - {P(c.first.lower())}: ok, {EM(mail)} is my mail. thx!"""


@sc("en", True)
def en_freelancer(r, k):
    c = person(r, r.choice(["gb", "br", "it", "ua", "in"]))
    kvk = gen_kvk(r)
    yas = STAFF["yasmina"]
    if k == 0:
        return f"""Hi {P(yas.first)},

Quick question about my Q3 VAT return. I'm a freelance UX designer (eenmanszaak since March), KvK {KVK(kvk)}, VAT ID {BTW(gen_btw(r))}.

Invoices Q3:
- INV-2025-014: €4,200.00 + 21% VAT (Dutch client)
- INV-2025-015: €2,750.00, reverse charge – client in Germany, their VAT ID {neg('vat-de', gen_de_vat(r))}
- INV-2025-016: €960.00 + 21% VAT

I also bought a laptop (€1,899.00 incl. VAT). If there's a refund, my business account is {IB(fmt_iban(gen_iban(r, 'NL', r.choice(['BUNQ', 'KNAB', 'INGB'])), 'spaced'))}.

Thanks!
{P(c.first)}"""
    bsn = gen_bsn(r)
    return f"""Hello,

I registered as a sole trader in 2019, before the new VAT IDs. The Belastingdienst still writes to me with my old omzetbelastingnummer {BS('NL' + bsn + 'B01')} – should I still use that on my invoices? My invoices show VAT ID {BTW(gen_btw(r))} and Chamber of Commerce number {KVK(kvk)}.

Also, does the small business scheme (KOR) make sense for me? Turnover 2024 was about €17,800.

Best regards,
{P(c.full)}
{PH(mob(r, ('intl', 'intlgrp')))}"""


@sc("en", True)
def en_payroll_new_hire(r, k):
    gj = STAFF["gj"]
    firm = r.choice(["Tulip Payments B.V.", "Brightwave Analytics B.V.", "Canal Games B.V."])
    if k == 0:
        rows = []
        for cc in ("NL", r.choice(["DE", "GB", "IE"]), "NL"):
            x = person(r, r.choice(EXPAT + ["nl"]))
            rows.append(f"| {P(x.full)} | {DOB(fmt_date(gen_date(r, 1978, 2002), 'iso'))} | {BS(fmt_bsn(gen_bsn(r), 'plain'))} | "
                        f"{neg('date', '2025-' + r.choice(['10', '11']) + '-01')} | €{r.randint(3, 7)},{r.randint(100, 950)} | {IB(fmt_iban(gen_iban(r, cc), 'compact'))} |")
        table = "\n".join(rows)
        hr = person(r, "nl")
        return f"""Hi {P(gj.first)},

Three new people joining {neg('company', firm)} this autumn, please add them to the payroll:

| Name | Date of birth | BSN | Start | Gross/month | IBAN |
|---|---|---|---|---|---|
{table}

All full-time (40 h), holiday allowance 8%, no 30% ruling yet (application pending for the second one).

Thanks,
{P(hr.first)}
People Ops"""
    x = person(r, r.choice(EXPAT), sex="m")
    a, pc, town = nl_address(r, r.choice(["Amsterdam", "Utrecht", "Den Haag"]))
    return f"""Hi payroll team,

Our new developer {P(x.full)} starts on Monday. His details:
- personal e-mail: {EM(x.mail(r, ['gmail.com', 'outlook.com']))}
- phone: {PH(mob(r))}
- address: {AD(a)}, {PC(pc)} {town}
- date of birth: {DOB(fmt_date(gen_date(r, 1990, 2001), 'us'))}
BSN is not there yet, he has an appointment at the municipality on the 14th. Can we pay the first salary without it (anonymous rate 52%?).

Cheers,
People Ops, {neg('company', firm)}"""


@sc("en", True)
def en_childcare(r, k):
    c = person(r, r.choice(EXPAT), sex="f")
    h = person(r, c.her, sex="m", last=(c.tv, c.last))
    kid = child(r, h, sex="f" if k == 0 else "m")
    if k == 0:
        return f"""Hello,

Our daughter {P(kid.first)} (born {DOB(fmt_date(gen_date(r, 2022, 2024), 'long', 'en'))}) starts at {neg('company', 'Kinderdagverblijf Het Speelkwartier')} on {neg('date', '6 January 2026')}, three days a week. We'd like to apply for childcare benefit (kinderopvangtoeslag).
My husband {P(h.full)} and I both work full-time. The daycare's LRK number is {neg('lrk-nummer', gen_elf9(r, '12'))}, the hourly rate is €10.95 (so above the maximum of €10.25, I know).

Could you arrange this for us? My BSN is {BS(fmt_bsn(gen_bsn(r), 'plain'))}.

Thank you!
{P(c.full)}"""
    return f"""[14:02] {P(c.first)}: Hi {P(STAFF['hanneke'].first)}, quick one – the Belastingdienst letter says they need the date of birth of our son for the childcare benefit
[14:05] {P(STAFF['hanneke'].first)} (Cijferhuis): Hi {P(c.first)}! Yes, it's missing in the application. Can you send it?
[14:06] {P(c.first)}: {P(kid.first)}, date of birth {DOB(fmt_date(gen_date(r, 2021, 2024), 'iso'))}
[14:06] {P(c.first)}: and his BSN {BS(fmt_bsn(gen_bsn(r), 'dots'))}
[14:09] {P(STAFF['hanneke'].first)} (Cijferhuis): Thanks, I'll add it today. You should get a new decision within 8 weeks."""


@sc("en", True)
def en_box3(r, k):
    c = person(r, r.choice(["gb", "in", "it", "br"]))
    pa = person(r, "nl", sex="f" if c.sex == "m" else "m")
    if k == 0:
        return f"""Hi,

For our 2024 return, here are our accounts on 1 January 2024 (box 3):

- joint savings with {P(pa.first)}, {IB(fmt_iban(gen_iban(r, 'NL'), 'spaced'))}: €{r.randint(20, 80)},{r.randint(100, 999)}.{r.randint(10, 99)}
- my current account {IB(fmt_iban(gen_iban(r, 'NL'), 'compact'))}: €{r.randint(2, 9)},{r.randint(100, 999)}.{r.randint(10, 99)}
- UK savings account {IB(fmt_iban(gen_iban(r, 'GB'), 'spaced'))}: £{r.randint(10, 30)},{r.randint(100, 999)}
- investment account (ETFs): €{r.randint(30, 90)},{r.randint(100, 999)}

We are fiscal partners, please allocate box 3 as tax-efficiently as possible.

Best,
{P(c.full)}"""
    return f"""Dear {P(STAFF['sarah'].first)},

My late aunt left me part of her savings in Germany. The money was transferred on {neg('date', '12 August 2024')} from her account {IB(fmt_iban(gen_iban(r, 'DE'), 'spaced'))} to mine ({IB(fmt_iban(gen_iban(r, 'NL'), 'compact'))}). The executor is {P(person(r, 'de').full)}.

Do I have to report this in the Netherlands (inheritance tax) or only in Germany? The amount was €{r.randint(25, 95)},000.

Kind regards,
{P(c.full)}"""


@sc("en", True)
def en_card_payment(r, k):
    c = person(r, r.choice(EXPAT))
    card = gen_card(r, r.choice(["amex", "visa", "mc"]))
    if k == 0:
        return f"""Hi,

Please charge the fee for the 30% ruling application (€495.00) to my credit card:
{CC(fmt_card(card, 'grp'))}
Name on card: {P(c.full.upper())}
Expiry: 03/27

My bank transfer from abroad keeps failing.
{P(c.first)}"""
    sarah = STAFF["sarah"]
    return f"""Dear {P(c.first)},

Thank you. For your security we do not process card numbers sent by e-mail and we have deleted your message from our system. Please pay invoice {neg('factuurnummer', 'F2025-0' + str(r.randint(1000, 1999)))} via the payment link in Cijferhuis Klantportaal, or by bank transfer to NL11 RABO 0312 4578 09 (BIC RABONL2U).

{sig_en(r, sarah, 'Expat tax adviser')}

-----Original Message-----
From: {P(c.full)}
Sent: 4 November 2025 11:52
Subject: payment

card no {CC(fmt_card(card, 'compact'))}, exp 03/27. thanks"""


@sc("en", True)
def en_company_car(r, k):
    c = person(r, r.choice(EXPAT))
    if k == 0:
        return f"""Hello,

My employer gave me a lease car from 1 March 2025 (Tesla Model 3, registration {LP(gen_kenteken(r))}, list price €44,990). I understand there is a "bijtelling" of 17%/22% added to my salary. I only drive about 400 km privately per year – can I avoid the addition if I keep a trip log?

Thanks,
{P(c.full)}
{PH(mob(r))}"""
    return f"""Hi {P(STAFF['gj'].first)},

Heads-up for payroll: {P(c.full)} changes lease car on 15 October. Old car {LP(gen_kenteken(r))} goes back, new car is {LP(gen_kenteken(r).lower())} (Kia EV6, catalogue value €52,400, first registration {neg('date', '2025-10-09')}). Please adjust the taxable benefit from the October payroll.

Regards,
Fleet & Facilities
{neg('company', 'Nordlicht Robotics B.V.')}"""


@sc("en", True)
def en_portal_login(r, k):
    c = person(r, r.choice(EXPAT))
    mail = c.mail(r, ["gmail.com", "outlook.com", "yahoo.co.uk"])
    if k == 0:
        return f"""Hello,

I just received a login alert from Cijferhuis Klantportaal for my account ({EM(mail)}): someone logged in at 03:12 from IP address {IP(gen_ip4(r))}, apparently in Romania. That was not me! I've changed my password. Can you check whether anything was downloaded (my tax return with all my details is in there)?

Regards,
{P(c.full)}"""
    return f"""Subject: FW: New sign-in to your account

Is this legit? I was on a train to Brussels at the time, maybe it was the train wifi?

> New sign-in to Cijferhuis Klantportaal
> Account: {EM(mail)}
> Time: 2025-09-21 18:44 CEST
> IP address: {IP(gen_ip6(r))}
> Browser: Firefox {neg('version', '131.0.2')} on macOS {neg('version', '14.6.1')}

{P(c.first)}"""


@sc("en", True)
def en_partner(r, k):
    c = person(r, r.choice(EXPAT))
    pa = person(r, r.choice(["nl", "gb", "it"]), sex="f" if c.sex == "m" else "m")
    a, pc, town = nl_address(r, r.choice(["Utrecht", "Amsterdam", "Den Haag", "Eindhoven"]))
    if k == 0:
        return f"""Hi {P(STAFF['hanneke'].first)},

My partner {P(pa.full)} and I bought a flat at {AD(a)}, {PC(pc)} {town} in April. The mortgage is in both our names (50/50). As fiscal partners, can we allocate all mortgage interest to me? I earn more (€98,000 vs. €41,000).

Also, the notary fees (€3,180.00) – deductible in 2025?

Thanks,
{P(c.first)}"""
    kid = child(r, c)
    return f"""Dear Sir/Madam,

Are we fiscal partners for 2025? We are not married, but we have lived together at {AD(a)} since 1 March 2025 and we have a child together: {P(kid.first)}, born {DOB(fmt_date(gen_date(r, 2023, 2025), 'long', 'en'))}.
My partner is {P(pa.full)}, born {DOB(fmt_date(gen_date(r, 1985, 1996), 'long', 'en'))}.
We are not registered partners and have no notarial cohabitation agreement.

Best regards,
{P(c.full)}"""


@sc("en", True)
def en_tax_letter(r, k):
    c = person(r, r.choice(EXPAT))
    bsn = gen_bsn(r)
    if k == 0:
        return f"""Hi, can you explain this letter? Google Translate says I have to pay but I already paid in March.

> Belastingdienst
> Aanslag inkomstenbelasting en premie volksverzekeringen 2024
> Aanslagnummer {BS(fmt_bsn(bsn, 'dots'))}.H.46.01
> {P(c.ini + ' ' + c.sur)}
> Burgerservicenummer {BS(fmt_bsn(bsn, 'dots'))}
> Dagtekening 26 september 2025
> Te betalen: € 1.284,00 vóór 7 november 2025
> Betalingskenmerk {neg('betalingskenmerk', betalingskenmerk(r))}

Thanks, {P(c.first)}"""
    hw = STAFF["hanneke"]
    return f"""Thank you! Just to be sure I understand: the return is filed and I'll get €2,316 back within 3 months? And the 30% ruling was applied?

{P(c.first)}

> Op 3 juni 2025 om 15:20 schreef {P(hw.full)} <hanneke.wolters@cijferhuis.example>:
>
> Beste {P(c.first)},
>
> Uw aangifte IB 2024 is vandaag ingediend (ontvangstbevestiging {neg('referentie', 'AB-' + str(r.randint(1000000, 9999999)))}). Volgens onze berekening krijgt u € 2.316 terug. De 30%-regeling is toegepast op uw loon van {neg('company', 'Tulip Payments B.V.')} (vanaf maart).
> Het geld komt op uw rekening {IB(fmt_iban(gen_iban(r), 'spaced'))}.
>
> Met vriendelijke groet,
> {P(hw.full)}"""


@sc("en", True)
def en_internal(r, k):
    sarah, hw = STAFF["sarah"], STAFF["hanneke"]
    c1 = person(r, r.choice(EXPAT), sex="f")
    c2 = person(r, r.choice(EXPAT))
    if k == 0:
        return f"""Hi {P(hw.first)},

Handover while I'm on leave (27 Oct – 7 Nov):
1. {P(c1.full)} – 30% ruling, starts 1 Oct. If the decision (beschikking) arrives, please call her on {PH(mob(r))} and forward it to her employer's HR.
2. {P(c2.full)} – M-form 2024 waiting for the UK P60. Reminder sent 14 Oct, deadline (extension) 1 May 2026.
3. Dossier {neg('dossiernummer', 'EXP-2025-0' + str(r.randint(100, 999)))} (no client contact needed) – just file the letter.

Thanks a lot!
{P(sarah.first)}"""
    return f"""CALL LOG – Expat Tax Desk – 12 Nov 2025

11:04 incoming, 7 min – {P(c1.full)}, asks whether her 30% ruling continues after a job change (new employer from 1 Dec). Told her: yes if new employer applies within 4 months. Call back on {PH(gen_uk_mobile(r))} (UK number, she's in Leeds this week).
11:20 incoming, 2 min – wrong number (looking for the municipality).
11:43 outgoing – {P(c2.full)}, voicemail.
logged by {P(sarah.first)}"""


@sc("en", True)
def en_toeslag(r, k):
    c = person(r, r.choice(EXPAT))
    if k == 0:
        return f"""Hello,

I received a letter saying I have to pay back €1,240 of healthcare allowance (zorgtoeslag) for 2023, because my income was higher than estimated. I can't pay it all at once. Can you set up a payment plan for me?

BSN: {BS(fmt_bsn(gen_bsn(r), 'plain'))}
Reference on the letter: {neg('kenmerk', f"{r.randint(10, 99)}.{r.randint(100, 999)}.{r.randint(100, 999)}")}
Monthly payments may be collected from {IB(fmt_iban(gen_iban(r), 'spaced'))}.

Thank you,
{P(c.full)}"""
    pa = person(r, r.choice(EXPAT), sex="m")
    return f"""Hi {P(STAFF['hanneke'].first)},

My boyfriend {P(pa.first)} moved in with me on 1 September. Does that change my rent benefit (huurtoeslag)? His income this year is about €38,000 and he's registered at my address since then. His BSN is {BS(fmt_bsn(gen_bsn(r), 'space'))}, mine you have.

Rent: €742.16 + €51.20 service costs.

Best,
{P(c.first)}"""


@sc("en", True)
def en_identification(r, k):
    c = person(r, "gb" if k == 0 else r.choice(["gb", "in", "br"]))
    if k == 0:
        if c.her == "gb":
            docs = (f"- British passport: {ID(gen_uk_passport(r))}, valid until {neg('date', '2031-04-30')}\n"
                    f"- Dutch residence document (Withdrawal Agreement): {ID(gen_residence(r))}")
        else:
            docs = (f"- Dutch residence permit: {ID(gen_residence(r))}, valid until {neg('date', '2029-08-31')}\n"
                    f"- passport: at the embassy for renewal, copy follows")
        return f"""Hi,

For your client identification (I understand you need this under the anti-money-laundering rules):
{docs}
- Date of birth: {DOB(fmt_date(gen_date(r, 1970, 1995), 'long', 'en'))}

I uploaded the copies in the portal (BSN blacked out).

Regards,
{P(c.full)}"""
    pa = person(r, "nl", sex="f" if c.sex == "m" else "m")
    return f"""Hi {P(STAFF['tim'].first)},

You asked for my partner's ID details as well, as we're both shareholders in the holding: {P(pa.full)}, Dutch ID card number {ID(gen_nl_doc(r, 'I'))}, born {DOB(fmt_date(gen_date(r, 1975, 1995), 'dmy'))}.

Thanks,
{P(c.first)}"""


@sc("en", True)
def en_new_address(r, k):
    c = person(r, r.choice(EXPAT))
    if k == 0:
        a, pc, town = nl_address(r, r.choice(["Amsterdam", "Utrecht", "Den Haag"]))
        return f"""Hi,

I've moved within {town}. New address from 1 December: {AD(a)}, {PC(pc)} {town}. Please update your records, also for the tax authority if you have my authorisation (machtiging).

My phone number stays the same: {PH(mob(r))}.

Regards,
{P(c.full)}"""
    ua, upc, utown = uk_address(r)
    return f"""Dear Cijferhuis,

We are leaving the Netherlands on 31 January 2026 and moving back to the UK. From February our address will be:

{AD(ua)}
{utown} {PC(upc)}
United Kingdom

UK mobile: {PH(gen_uk_mobile(r))}. Please also file our emigration return (M-form 2026) next year and tell us what we need to do about the 30% ruling.

Kind regards,
{P(c.full)} and family"""


# ================================================================================================================
# EN - without personal data
# ================================================================================================================
@sc("en", False)
def en_np_30pct_rules(r, k):
    if k == 0:
        return f"""Question via website form (anonymous)

Hi, I'm moving to the Netherlands in March 2026 for a job in Eindhoven. Will I still get the 30% ruling? I read it's going down to 27% and that there's a salary cap. My offer is €61,500 gross per year plus 8% holiday allowance. I'm 29 and have a master's degree, so the lower salary norm of €35,468 (2025) might apply?

Thanks in advance!"""
    return f"""FAQ – 30% ruling (Expat Tax Desk, updated {neg('date', '2025-11-01')})

• Maximum duration: 5 years. From 2027 the percentage becomes 27%.
• Salary norm 2025: €46,660 taxable salary (€35,468 for employees under 30 with a master's degree).
• Cap: the ruling applies to salary up to the public-sector norm (€246,000 in 2025).
• The employer and employee apply together within 4 months of the start date.
• Our fee: €495.00 excl. VAT per application; invoices show our VAT number NL862041739B01.

Questions? expat@cijferhuis.example or {r.choice(['+31 570 612 400', '+31 (0)570 612 400'])}."""


@sc("en", False)
def en_np_newsletter(r, k):
    if k == 0:
        return f"""Cijferhuis Expat Tax Desk – newsletter, autumn 2025

1. Box 3: the tax authority now accepts proof of actual returns. If your real return in 2024 was below 6.04% on investments, you may object.
2. Dutch tax return 2025: from 1 March 2026, deadline 1 May 2026. We request an extension for all our clients by default.
3. Leaving the Netherlands? Tell us at least 6 weeks before you deregister.
4. Our office is closed on 26 December and 2 January.

Upload documents via Cijferhuis Klantportaal (max. {neg('postcode-shape', '2048 MB')} per file)."""
    return f"""Invitation: free webinar "Your first Dutch tax return"

Date: Thursday {neg('date', '12 February 2026')}, 19:30–20:30 CET
Topics: M-form vs. regular return, 30% ruling, box 3, healthcare allowance
Speaker: one of our expat tax advisers
Registration: portal.cijferhuis.example/webinar (code {neg('referentie', 'WEB-2026-02')})

Places are limited to 150. The slides ({neg('postcode-shape', '1200 KB')}, PDF) will be e-mailed afterwards."""


@sc("en", False)
def en_np_invoice_dispute(r, k):
    fnr = f"F2025-0{r.randint(1000, 1999)}"
    firm = r.choice(["Canal Games B.V.", "Brightwave Analytics B.V.", "Tulip Payments B.V."])
    if k == 0:
        return f"""Subject: Invoice {neg('factuurnummer', fnr)} – disputed

Dear Accounts Receivable,

We received invoice {fnr} dated {neg('date', '3 October 2025')} for €2,340.00 excl. VAT (payroll Q3). Our contract ({neg('referentie', 'CTR-2023-114')}) states a fixed fee of €1,950.00 per quarter for up to 25 employees. We had 23 employees in Q3.

Please send a credit note for the difference (€390.00 + 21% VAT = €471.90).

Kind regards,
Finance team, {neg('company', firm)}"""
    return f"""Dear Finance team,

Thank you for your message about invoice {neg('factuurnummer', fnr)}. You are right: the Q3 fee should have been €1,950.00 excl. VAT. Credit note {neg('factuurnummer', 'C2025-0' + str(r.randint(100, 199)))} for €471.90 incl. VAT is attached and will be offset against the next invoice.

Our bank details for future payments: NL11 RABO 0312 4578 09, BIC RABONL2U.

Accounts Receivable
Cijferhuis Administratie & Belastingadvies B.V."""


@sc("en", False)
def en_np_portal_help(r, k):
    if k == 0:
        return f"""Help article: uploading documents

- Accepted formats: PDF, JPG, PNG, XLSX.
- Maximum file size: {neg('postcode-shape', '2048 MB')}; maximum 40 files per upload.
- Supported browsers: Chrome {neg('version', '128.0.6613.84')} or newer, Firefox 130, Safari 17.
- Uploads from company networks may be blocked; ask your IT department to allow portal.cijferhuis.example.
- If an upload stalls at 99%, clear your cache and try again.

Error code {neg('referentie', 'UPL-413')} means the file is too large."""
    return f"""Help article: two-factor authentication

Lost your phone? You can reset two-factor authentication yourself:
1. Go to portal.cijferhuis.example/reset-2fa
2. Enter the recovery code you saved when you activated 2FA (16 characters, e.g. {neg('example-code', 'ABCD-EFGH-JKLM-NPQR')}).
3. Scan the new QR code with your authenticator app.

No recovery code? Call us on +31 570 612 400. We will never ask for your password."""


@sc("en", False)
def en_np_vat(r, k):
    if k == 0:
        return f"""Hello,

I'm a Dutch sole trader and I do consulting for a company in Belgium. Do I charge 21% VAT or is it reverse charged? Their VAT number is {neg('vat-be', 'BE0403019261')}. My invoice number would be {neg('factuurnummer', '2025-' + str(r.randint(100, 199)))} and the amount €3,600.

Also, do I need to file an ICP return (intra-community supplies) every quarter?

Thanks"""
    return f"""Quick question – if I join the small business scheme (KOR) from 1 January 2026, can I still deduct the VAT on the laptop I bought in December 2025 (€1,452.00 incl. €252.00 VAT)? Turnover this year will be around €18,900, so below €20,000. 

Sent from my iPhone"""


@sc("en", False)
def en_np_autoreply(r, k):
    if k == 0:
        return f"""Automatic reply: Thank you for contacting Cijferhuis Expat Tax Desk.

We answer within 2 working days (in March and April within 5).
Urgent? Call {r.choice(['+31 570 612 400', '+31 (0)570 612 400'])}, Monday–Friday 9:00–17:00 CET.
Please do not send your BSN, passport or bank card details by e-mail; use the secure upload in Cijferhuis Klantportaal.

Cijferhuis Administratie & Belastingadvies B.V., Zandpoortkade 14, 7411 KT Deventer, the Netherlands
Chamber of Commerce 64820317 | VAT NL862041739B01"""
    return f"""Out of office

The Expat Tax Desk is closed from 22 December 2025 to 2 January 2026. Messages will be answered from 5 January.
For payroll questions please contact our payroll team on +31 570 612 444.
Payments: NL11RABO0312457809 (BIC RABONL2U) – please mention your invoice number."""


@sc("en", False)
def en_np_payroll_calendar(r, k):
    if k == 0:
        rows = []
        for mo in ("January", "February", "March", "April"):
            rows.append(f"| {mo} 2026 | {r.randint(18, 21)} {mo[:3]} | {r.randint(23, 26)} {mo[:3]} | "
                        f"{neg('date', 'end of ' + ('February' if mo == 'January' else 'March' if mo == 'February' else 'April' if mo == 'March' else 'May'))} |")
        table = "\n".join(rows)
        return f"""Payroll calendar 2026 – all clients

| period | input deadline | salary paid | wage tax return due |
|---|---|---|---|
{table}

Holiday allowance (8%) is paid in May. Our own wage tax number for reference: {neg('loonheffingennummer', ORG_LH)}.

Payroll team"""
    return f"""Holiday allowance – how it works

Employees in the Netherlands receive at least 8% of their gross annual salary as holiday allowance (vakantiegeld), usually paid in May or June. Example: gross salary €4,250 per month → €4,080 holiday allowance per year (12 × 4,250 × 8%).
The special tax rate (bijzonder tarief) applies, e.g. 49.50% in the highest bracket.

Payroll team, Cijferhuis Salarisadministratie"""


@sc("en", False)
def en_np_box3_rates(r, k):
    if k == 0:
        return f"""Box 3 rates (deemed return)

| year | savings | other assets | debts | tax rate |
|---|---:|---:|---:|---:|
| 2023 | 0.92% | 6.17% | 2.46% | 32% |
| 2024 | 1.03% | 6.04% | 2.47% | 36% |
| 2025 | 1.44% | 5.88% | 2.62% | 36% |

Tax-free allowance: €57,000 per person (2025). Green investments: extra exemption of €26,312.
Source: Belastingdienst, checked {neg('date', '2025-06-30')}."""
    return f"""Example calculation box 3 (2025, fiscal partners)

Savings: €62,000 × 1.44% = €892.80
Shares: €148,000 × 5.88% = €8,702.40
Total return: €9,595.20 on €210,000 → 4.57%
Basis after allowance (€114,000): €96,000 → benefit €4,386.43 → tax (36%) €1,579.11

Reference numbers in this example ({neg('referentie', gen_not_bsn(r))}) are for internal use."""


@sc("en", False)
def en_np_rsin_question(r, k):
    rs = gen_rsin(r)
    if k == 0:
        return f"""Hi,

We just incorporated a B.V. and received three different numbers from the Chamber of Commerce and the tax authority. Which one do we use where?

- RSIN: {neg('rsin', rs)}
- wage tax number: {neg('loonheffingennummer', rs + 'L01')}
- a 12-digit branch number: {neg('vestigingsnummer', '0000' + str(r.randint(10000000, 99999999)))}

Our VAT ID hasn't arrived yet.

Thanks,
the founders of {neg('company', 'Canal Games B.V.')}"""
    return f"""Short answer from our payroll team:

The RSIN ({neg('rsin', rs)} in your case) is the tax number of the company itself; you use it for corporate income tax. The wage tax number is the RSIN plus L01 ({neg('loonheffingennummer', rs[:4] + '.' + rs[4:6] + '.' + rs[6:] + '.L.01')}) and goes on payslips and the wage tax return. The branch number is only used by the Chamber of Commerce.

None of these is personal data, but please don't mix them up with the BSN of an employee.

Cijferhuis Salarisadministratie"""


def steuernummer(r, land="NI"):
    if land == "NI":  # Niedersachsen FF/BBB/UUUUP
        return f"{r.randint(50, 69)}/{r.randint(100, 999)}/{r.randint(10000, 99999)}"
    return f"{r.randint(300, 399)}/{r.randint(1000, 9999)}/{r.randint(1000, 9999)}"  # NRW FFF/BBBB/UUUP


def de_tel(r, town):
    if r.random() < 0.5:
        p, n = gen_de_mobile(r)
        return fmt_de_mobile(p, n, r.choice(["space", "dash", "intl", "slash"]))
    a, n = gen_de_fixed(r, TOWNS_DE[town][1])
    return fmt_de_fixed(a, n, r.choice(["space", "slash", "intl", "paren"]))


# ================================================================================================================
# DE - with personal data
# ================================================================================================================
@sc("de", True)
def de_grenzgaenger(r, k):
    c = person(r, "de")
    mo = STAFF["monika"]
    town = r.choice(["Gronau", "Nordhorn", "Bad Bentheim", "Ahaus"])
    a, pc, t = de_address(r, town)
    if k == 0:
        return f"""Sehr geehrte Frau {P(mo.last)},

ich wohne in {town} und arbeite seit dem 1. April 2025 bei einer Firma in Enschede. Mein Arbeitgeber zieht niederländische Lohnsteuer ab. Muss ich in Deutschland trotzdem eine Steuererklärung abgeben?

Meine Daten:
Name: {P(c.full)}
Anschrift: {AD(a)}, {PC(pc)} {t}
Steuer-ID: {neg('steuer-id', gen_steuerid(r))}
BSN (niederländische Steuernummer): {BS(fmt_bsn(gen_bsn(r), r.choice(['plain', 'space'])))}
Telefon: {PH(de_tel(r, town))}
E-Mail: {EM(c.mail(r, ['web.de', 'gmx.de', 't-online.de', 'gmx.net']))}
IBAN für Erstattungen: {IB(fmt_iban(gen_iban(r, 'DE'), 'spaced'))}

Mit freundlichen Grüßen
{P(c.full)}"""
    sal = "Herrn" if c.sex == "m" else "Frau"
    return f"""Hallo Frau {P(mo.last)},

anbei das Schreiben vom Finanzamt. Ich verstehe nicht, warum ich nachzahlen soll, der Lohn aus Holland ist doch dort versteuert?

> Finanzamt {'Nordhorn' if town in ('Nordhorn', 'Bad Bentheim') else 'Ahaus'}
> Steuernummer: {neg('steuernummer', steuernummer(r, 'NI' if town in ('Nordhorn', 'Bad Bentheim') else 'NW'))}
> Identifikationsnummer: {neg('steuer-id', gen_steuerid(r))}
> {sal} {P(c.full)}
> {AD(a)}
> {PC(pc)} {t}
> Einkommensteuerbescheid 2024 vom {neg('date', '18.09.2025')}
> Festgesetzt: {eur(r, 400, 2600, 'de')} (Progressionsvorbehalt ausländische Einkünfte: {eur(r, 30000, 52000, 'de')})

Viele Grüße
{P(c.first)}
Tel. {PH(de_tel(r, town))}"""


@sc("de", True)
def de_ansaessigkeit(r, k):
    c = person(r, "de")
    town = r.choice(["Bad Bentheim", "Schüttorf", "Nordhorn", "Emmerich am Rhein"])
    a, pc, t = de_address(r, town)
    dob = gen_date(r, 1960, 1996)
    mo, hw = STAFF["monika"], STAFF["hanneke"]
    if k == 0:
        return f"""Guten Tag,

anbei meine Angaben für die Ansässigkeitsbescheinigung (Formular der Belastingdienst, muss vom Finanzamt abgestempelt werden):

Name: {P(c.full)}
geb. am {DOB(fmt_date(dob, 'dot'))}
wohnhaft: {AD(a)}, {PC(pc)} {t}
BSN: {BS(fmt_bsn(gen_bsn(r), 'dots'))}
deutsche Steuernummer: {neg('steuernummer', steuernummer(r))}

Das Formular schicke ich per Post an Ihr Postfach (POSTBUS 2093, 7400 CB Deventer).

Freundliche Grüße
{P(c.first)} {P(c.last)}""".replace(P(c.first) + " " + P(c.last), P(c.full))
    return f"""Guten Tag {'Herr' if c.sex == 'm' else 'Frau'} {P(c.last)},

meine Kollegin hat mir Ihren Fall weitergeleitet (siehe unten, auf Niederländisch). Wir brauchen nur noch den Stempel des Finanzamts auf der Ansässigkeitsbescheinigung, dann beantragen wir die Erstattung der niederländischen Lohnsteuer ({eur(r, 800, 3100, 'de')}).

{sig_de(r, mo, 'Grenzgänger-Beratung')}

> Van: {P(hw.full)}
> Aan: {P(mo.full)}
> Onderwerp: {P(c.last)}, woonachtig in {t}
>
> Hoi {P(mo.first)}, {'dhr.' if c.sex == 'm' else 'mevr.'} {P(c.last)} (geb. {DOB(fmt_date(dob, 'dmy'))}) woont in {t} en werkt in Hengelo. Kun jij de woonplaatsverklaring met {'hem' if c.sex == 'm' else 'haar'} regelen? Telefoon {PH(de_tel(r, town))}.
> Groet, {P(hw.first)}"""


@sc("de", True)
def de_kinder(r, k):
    c = person(r, "de", sex="f" if k == 0 else None)
    town = r.choice(["Emmerich am Rhein", "Kleve", "Bocholt"])
    k1_ = Person(r.choice(CHILD["f"]), "", c.last, "f", "de")
    k2_ = Person(r.choice(CHILD["m"]), "", c.last, "m", "de")
    d1, d2 = gen_date(r, 2012, 2017), gen_date(r, 2019, 2023)
    if k == 0:
        return f"""Hallo,

wir wohnen in {town}, ich arbeite seit Januar in Arnheim (Vollzeit), mein Mann in Deutschland. Haben wir Anspruch auf niederländisches Kindergeld (kinderbijslag) oder nur auf deutsches?

Unsere Kinder:
- {P(k1_.full)}, geb. {DOB(fmt_date(d1, 'dot'))}
- {P(k2_.full)}, geb. {DOB(fmt_date(d2, 'long', 'de'))}

Kindergeldnummer bei der Familienkasse: {neg('kindergeldnummer', str(r.randint(100, 999)) + 'FK' + str(r.randint(100000, 999999)))}

Danke und viele Grüße
{P(c.full)}"""
    mo = STAFF["monika"]
    who = c.first + " " + c.last
    return f"""[05.11.25, 18:02] {P(who)}: Guten Abend Frau {P(mo.last)}, die SVB will die Geburtsdaten der Kinder nochmal haben
[05.11.25, 18:03] {P(who)}: {P(k1_.first)} ist am {DOB(fmt_date(d1, 'long', 'de'))} geboren, {P(k2_.first)} am {DOB(fmt_date(d2, 'long', 'de'))}
[05.11.25, 18:20] {P(mo.first)} (Cijferhuis): Danke! Ich trage das morgen im Formular ein. Die Kinderbijslag wird pro Quartal gezahlt, das erste Mal Anfang Januar.
[05.11.25, 18:21] {P(who)}: super, danke 🙏"""


@sc("de", True)
def de_firmenwagen(r, k):
    c = person(r, "de")
    town = r.choice(["Nordhorn", "Gronau", "Schüttorf"])
    if k == 0:
        return f"""Hallo Frau {P(STAFF['monika'].last)},

mein Arbeitgeber in Hengelo stellt mir ab 1. Dezember einen Firmenwagen mit niederländischem Kennzeichen ({LP(gen_kenteken(r))}, VW ID.4, Listenpreis 47.300 €). Ich wohne in {town}. Darf ich damit in Deutschland privat fahren, und wird die Privatnutzung in NL (bijtelling 17 %/22 %) oder in Deutschland (1 %-Regelung) versteuert?

Gruß
{P(c.full)}
{PH(de_tel(r, town))}"""
    kz = gen_kennzeichen(r, {"Nordhorn": "NOH", "Gronau": "BOR", "Schüttorf": "NOH"}[town])
    return f"""Guten Tag,

für die Steuererklärung 2024: Ich fahre mit meinem Privatwagen ({LP(kz)}) jeden Tag von {town} nach Enschede, 38 km einfach, an 212 Tagen. Die Entfernungspauschale ist 0,30 € bzw. ab dem 21. km 0,38 €, oder? Parkkosten am Arbeitsplatz 2,50 € pro Tag.

MfG {P(c.first)} {P(c.last)}""".replace(P(c.first) + " " + P(c.last), P(c.full))


@sc("de", True)
def de_neuer_mitarbeiter(r, k):
    w = person(r, "de")
    town = r.choice(["Gronau", "Nordhorn", "Bocholt", "Kleve"])
    a, pc, t = de_address(r, town)
    gj = STAFF["gj"]
    if k == 0:
        hr = person(r, "nl", sex="f")
        return f"""Hallo {P(gj.first)},

wir bekommen einen neuen Mitarbeiter aus Deutschland (Grenzgänger), Beginn {neg('date', '01.11.2025')}. Bitte in die Lohnabrechnung aufnehmen:

Name: {P(w.full)}
Geburtsdatum: {DOB(fmt_date(gen_date(r, 1965, 2003), 'dot'))}
Anschrift: {AD(a)}, {PC(pc)} {t}
Personalausweis-Nr.: {ID(gen_de_ausweis(r))}
BSN: {BS(fmt_bsn(gen_bsn(r), 'plain'))}
IBAN: {IB(fmt_iban(gen_iban(r, 'DE'), r.choice(['spaced', 'compact'])))}
Steuer-ID (DE): {neg('steuer-id', gen_steuerid(r))}
Krankenversicherung: AOK (deutsche Versicherung über A1-Bescheinigung? bitte prüfen)

Danke!
{P(hr.first)}
{neg('company', 'Twentse Kunststofftechniek B.V.')}"""
    return f"""Sehr geehrte Damen und Herren,

für meine Lohnabrechnung bei {neg('company', 'Twentse Kunststofftechniek B.V.')} hier meine Daten: ich heiße {P(w.full)}, bin am {DOB(fmt_date(gen_date(r, 1970, 2002), 'long', 'de'))} geboren und wohne in der {AD(a)} in {PC(pc)} {t}.
Mein Gehalt bitte auf {IB(fmt_iban(gen_iban(r, 'DE'), 'spaced'))} überweisen. Die BSN habe ich gestern bekommen: {BS(fmt_bsn(gen_bsn(r), 'space'))}.

Bei Fragen: {PH(de_tel(r, town))}

Mit freundlichen Grüßen
{P(w.full)}"""


@sc("de", True)
def de_zzp(r, k):
    c = person(r, "de")
    kvk = gen_kvk(r)
    btw = gen_btw(r)
    if k == 0:
        return f"""Hallo Frau {P(STAFF['yasmina'].last)},

ich bin seit diesem Jahr selbständige Übersetzerin/Übersetzer (eenmanszaak) in Enschede, KvK {KVK(kvk)}, btw-id {BTW(btw)}. Ein Kunde in Münster hat die USt-IdNr. {neg('vat-de', gen_de_vat(r))} – muss ich auf der Rechnung niederländische btw ausweisen oder gilt Reverse Charge? Die Rechnung ({neg('rechnungsnummer', '2025-0' + str(r.randint(10, 99)))}) wäre über 3.480,00{NBSP}€.

Viele Grüße
{P(c.full)}""".replace("Übersetzerin/Übersetzer", "Übersetzerin" if c.sex == "f" else "Übersetzer")
    return f"""Könnten Sie kurz auf meine Rechnungsvorlage schauen, ob alle Pflichtangaben drauf sind?

---
{P(c.full)} – Fotografie
{AD(nl_address(r, 'Enschede')[0])}, Enschede
KvK: {KVK(kvk)} | btw-id: {BTW(btw)}
Bank: {IB(fmt_iban(gen_iban(r, 'NL', r.choice(['RABO', 'INGB', 'KNAB'])), 'spaced'))}

Rechnung Nr. {neg('rechnungsnummer', 'R-2025-' + str(r.randint(100, 199)))}, Datum {neg('date', '15.10.2025')}
Hochzeitsreportage 8 Std. … 1.450,00 €
btw 21 % … 304,50 €
Gesamt … 1.754,50 €
---

Danke, {P(c.first)}"""


@sc("de", True)
def de_umzug(r, k):
    c = person(r, "de")
    if k == 0:
        town = r.choice(["Bocholt", "Kleve", "Ahaus"])
        a, pc, t = de_address(r, town)
        return f"""Hallo,

wir sind umgezogen. Neue Anschrift ab 01.10.2025:
{AD(a)}
{PC(pc)} {t}

Telefon: {PH(de_tel(r, town))}
E-Mail: {EM(c.mail(r, ['web.de', 'gmx.de', 't-online.de']))}

Bitte auch an die Belastingdienst weitergeben (Sie haben ja die Vollmacht).

Gruß {P(c.full)}"""
    a_nl, pc_nl, t_nl = nl_address(r, "Deventer")
    a, pc, t = de_address(r, "Kleve")
    return f"""Sehr geehrte Frau {P(STAFF['monika'].last)},

ich ziehe zum 1. Dezember von Deventer zurück nach Deutschland. Meine alte Adresse: {AD(a_nl)}, {PC(pc_nl)} {t_nl}; neue Adresse: {AD(a)}, {PC(pc)} {t}.
Ich arbeite weiterhin in Nijmegen. Was muss ich bei der Abmeldung in den Niederlanden (BRP) und bei der Steuer beachten? Ist für 2025 dann eine M-Erklärung nötig?

Mit freundlichen Grüßen
{P(c.full)}
Handy {PH(fmt_de_mobile(*gen_de_mobile(r), 'intl'))}"""


@sc("de", True)
def de_whatsapp(r, k):
    c = person(r, "de")
    mo = STAFF["monika"]
    if k == 0:
        return f"""[14.03.25, 07:48] {P(c.full)}: Moin Frau {P(mo.last)}, kurze Frage: brauchen Sie die Jahresopgaaf 2024 im Original?
[14.03.25, 08:31] {P(mo.first)} (Cijferhuis): Guten Morgen! Nein, ein Foto oder PDF reicht. Gerne über das Portal hochladen.
[14.03.25, 08:33] {P(c.full)}: Das Portal sagt Datei zu groß 🙈 ({neg('postcode-shape', '2048 KB')} ist das Limit?)
[14.03.25, 08:35] {P(mo.first)} (Cijferhuis): Das Limit ist viel höher, evtl. ein Browserproblem. Schicken Sie es einfach an grenzgaenger@cijferhuis.example
[14.03.25, 08:36] {P(c.full)}: Ok mach ich. Sie erreichen mich sonst unter {PH(fmt_de_mobile(*gen_de_mobile(r), 'space'))}"""
    return f"""[22.09.25, 21:03] {P(c.first.lower())}: hallo, ist das die nummer vom steuerbüro in deventer?
[22.09.25, 21:03] {P(c.first.lower())}: ich hab ein schreiben von der belastingdienst bekommen, voorlopige aanslag 2025, soll 312 € im monat zahlen. das kann nicht stimmen
[22.09.25, 21:10] Cijferhuis: Guten Abend! Ja, hier ist Cijferhuis. Frau {P(mo.last)} meldet sich morgen bei Ihnen. Unter welchem Namen ist das Dossier?
[22.09.25, 21:12] {P(c.first.lower())}: {P(c.full)}, geboren {DOB(fmt_date(gen_date(r, 1966, 1999), 'dot'))}"""


@sc("de", True)
def de_interne_notiz(r, k):
    c = person(r, "de")
    mo, ruud = STAFF["monika"], STAFF["ruud"]
    if k == 0:
        return f"""Interne Notiz – Grenzgänger-Service
Mandant: {P(c.full)} (Dossier {neg('dossiernummer', 'GG-2025-0' + str(r.randint(100, 999)))})
BSN: {BS(fmt_bsn(gen_bsn(r), 'dots'))} | dt. Steuer-ID: {neg('steuer-id', gen_steuerid(r))}
Status: Antrag auf Erstattung niederländischer Lohnsteuer 2023 (kwalificerende buitenlandse belastingplichtige) eingereicht am 12.06.2025.
Offen: Nachweis 90 %-Regel (Einkünfte NL {eur(r, 38000, 61000, 'de')} von insgesamt {eur(r, 62000, 70000, 'de')}).
Rückruf erbeten unter {PH(fmt_de_mobile(*gen_de_mobile(r), 'dash'))}.
– {P(mo.first)}"""
    return f"""Telefonnotiz 07.05.2025, 10:15 – {P(ruud.first)} für {P(mo.first)}

Anruf von {'Herrn' if c.sex == 'm' else 'Frau'} {P(c.last)} (früher wohnhaft in {r.choice(['Gronau', 'Bocholt', 'Kleve'])}). Will wissen, ob die Rente aus der Deutschen Rentenversicherung in NL besteuert wird (wohnt seit 2021 in Enschede). Versicherungsnummer DRV nicht notiert (nicht nötig).
Bitte zurückrufen: {PH(mob(r, ('dash', 'space', 'intl')))}, ab 14 Uhr.
Er/sie spricht kein Niederländisch.""".replace("Er/sie", "Er" if c.sex == "m" else "Sie")


@sc("de", True)
def de_splitting(r, k):
    c = person(r, "de", sex="m")
    w = person(r, "de", sex="f", last=("", c.last) if r.random() < 0.6 else None)
    if k == 0:
        return f"""Sehr geehrte Damen und Herren,

ich arbeite in den Niederlanden und wohne mit meiner Frau in Kleve. Sie hat kein eigenes Einkommen. Können wir in den Niederlanden als fiscale partners behandelt werden (90 %-Regel)?

Meine Frau: {P(w.full)}, geboren am {DOB(fmt_date(gen_date(r, 1968, 1995), 'long', 'de'))}
Ich: {P(c.full)}, BSN {BS(fmt_bsn(gen_bsn(r), 'plain'))}
Einkommen 2024: 58.400 € brutto (alles NL)

Mit freundlichen Grüßen
{P(c.full)}"""
    return f"""Hallo Frau {P(STAFF['monika'].last)},

wie besprochen die Daten meiner Frau für die Partnerangaben:
Name: {P(w.last + ', ' + w.first)}
Geb.-Datum: {DOB(fmt_date(gen_date(r, 1970, 1994), 'dot'))}
BSN: {BS(fmt_bsn(gen_bsn(r), 'dots'))} (hat sie als Grenzgängerin 2019 bekommen)
Steuer-ID: {neg('steuer-id', gen_steuerid(r))}

Gruß, {P(c.first)}"""


@sc("de", True)
def de_erstattung(r, k):
    c = person(r, "de")
    if k == 0:
        return f"""Guten Tag,

mein Konto bei der Volksbank wurde aufgelöst. Bitte die Erstattung aus der niederländischen Steuererklärung 2024 auf mein neues Konto überweisen lassen:

IBAN: {IB(fmt_iban(gen_iban(r, 'DE'), 'spaced'))}
Kontoinhaber: {P(c.full)}

Die alte Kontonummer bitte löschen.

Danke und Gruß
{P(c.first)}"""
    return f"""Sehr geehrte Frau {P(STAFF['monika'].last)},

die Belastingdienst hat mir 1.146 € erstattet, aber auf ein niederländisches Konto, das ich nicht mehr nutze ({IB(fmt_iban(gen_iban(r, 'NL'), 'compact'))}). Können Sie das ändern? Mein aktuelles Konto ist {IB(fmt_iban(gen_iban(r, 'DE'), 'compact'))}.

{P(c.full)}"""


@sc("de", True)
def de_kreditkarte(r, k):
    c = person(r, "de")
    card = gen_card(r, r.choice(["visa", "mc"]))
    if k == 0:
        return f"""Hallo,

können Sie Ihre Rechnung {neg('rechnungsnummer', 'F2025-0' + str(r.randint(1000, 1999)))} (395,00 €) bitte von meiner Kreditkarte abbuchen? Überweisungen ins Ausland kosten bei meiner Bank 7,50 €.

Kartennummer: {CC(fmt_card(card, r.choice(['grp', 'dash'])))}
gültig bis 09/27
Karteninhaber: {P(c.full)}

Gruß"""
    mo = STAFF["monika"]
    return f"""Guten Tag {'Herr' if c.sex == 'm' else 'Frau'} {P(c.last)},

vielen Dank. Leider können wir keine Kreditkartenzahlungen per E-Mail annehmen; Ihre Nachricht mit der Kartennummer haben wir gelöscht. Überweisungen innerhalb des SEPA-Raums sind kostenlos: NL11 RABO 0312 4578 09, BIC RABONL2U.

{sig_de(r, mo, 'Grenzgänger-Beratung')}

> Am 03.11.2025 um 09:12 schrieb {P(c.full)}:
> bitte von meiner Visa abbuchen: {CC(fmt_card(gen_card(r, 'visa'), 'compact'))}"""


@sc("de", True)
def de_jaaropgaaf(r, k):
    c = person(r, "de")
    if k == 0:
        return f"""Hallo,

auf meiner Jahresopgaaf 2024 steht ein Fiskallohn (fiscaal loon) von {eur(r, 34000, 52000, 'de')}, mein Bruttolohn war aber höher. Ist das richtig? Arbeitgeber: {neg('company', 'Veldhuis Metaal B.V.')}, Lohnsteuernummer {neg('loonheffingennummer', lh_nummer(r))}.
Meine BSN: {BS(fmt_bsn(gen_bsn(r), 'plain'))}

Danke, {P(c.full)}"""
    return f"""Hier die Angaben von der jaaropgaaf, wie gewünscht (abgetippt):

Naam werknemer: {P(c.ini + ' ' + c.last)}
Geboortedatum: {DOB(fmt_date(gen_date(r, 1962, 2000), 'dmy'))}
Burgerservicenummer: {BS(fmt_bsn(gen_bsn(r), 'dots'))}
Werkgever: {neg('company', 'Grensland Logistiek B.V.')}
Loonheffingennummer: {neg('loonheffingennummer', lh_nummer(r, 'dots'))}
Fiscaal loon: {eur(r, 28000, 46000)}
Ingehouden loonheffing: {eur(r, 4000, 9000)}
Toegepaste loonheffingskorting: ja
Periode: 01-01-2024 t/m 31-12-2024

Gruß {P(c.first)}"""


# ================================================================================================================
# DE - without personal data
# ================================================================================================================
@sc("de", False)
def de_np_info(r, k):
    if k == 0:
        return f"""Grenzgänger-Info: Arbeiten in den Niederlanden, wohnen in Deutschland

• Nach dem Doppelbesteuerungsabkommen (DBA) 2012 wird der Arbeitslohn grundsätzlich im Tätigkeitsstaat besteuert (Art. 14).
• In Deutschland gilt der Progressionsvorbehalt: der niederländische Lohn erhöht den Steuersatz auf die übrigen Einkünfte.
• Wer mindestens 90 % seines Welteinkommens in den Niederlanden versteuert, kann als „kwalificerende buitenlandse belastingplichtige" Abzüge geltend machen.
• Homeoffice-Tage in Deutschland bitte genau dokumentieren: der Lohn für diese Tage kann in Deutschland steuerpflichtig sein.
• Frist für die niederländische Erklärung: 1. Mai (mit Fristverlängerung bis {neg('date', '01.05.2026')}).

Cijferhuis Grenzgänger-Service, Tel. +31 570 612 400"""
    return f"""Merkblatt Sozialversicherung für Grenzgänger (Stand {neg('date', '01.07.2025')})

- Wer in NL arbeitet und in DE wohnt, ist in der Regel in NL sozialversichert (A1-Bescheinigung nur bei Entsendung).
- Krankenversicherung: Anmeldung bei einer niederländischen Krankenkasse; Formular S1 für Leistungen in Deutschland.
- Beitragssätze NL 2025: AOW 17,90 %, Anlw 0,10 %, Wlz 9,65 % (bis 38.441 €).
- Kindergeld: vorrangig aus dem Beschäftigungsstaat (kinderbijslag), Differenzbetrag über die Familienkasse.

Fragen? grenzgaenger@cijferhuis.example"""


@sc("de", False)
def de_np_autoreply(r, k):
    if k == 0:
        return f"""Automatische Antwort: Vielen Dank für Ihre Nachricht an den Cijferhuis Grenzgänger-Service.

Wir antworten innerhalb von zwei Werktagen. Dringende Fragen: +31 570 612 400 (Mo–Fr 9–17 Uhr), WhatsApp +31 6 2815 7730.
Bitte senden Sie keine Ausweiskopien oder Steuer-Identifikationsnummern per E-Mail, sondern nutzen Sie das Portal.

Cijferhuis Administratie & Belastingadvies B.V. · Zandpoortkade 14, 7411 KT Deventer, Niederlande
Handelsregister (KvK) 64820317 · USt-IdNr. NL862041739B01"""
    return f"""Abwesenheitsnotiz

Unser Büro ist vom 24.12.2025 bis 01.01.2026 geschlossen. Anfragen zur Lohnabrechnung Dezember richten Sie bitte bis zum 19.12. an salaris@cijferhuis.example.
Zahlungen bitte auf NL11 RABO 0312 4578 09 (BIC RABONL2U) unter Angabe der Rechnungsnummer.

Frohe Feiertage!"""


@sc("de", False)
def de_np_rechnung(r, k):
    rn = gen_elf9(r)
    if k == 0:
        return f"""Sehr geehrte Damen und Herren,

wir haben Ihre Rechnung {neg('rechnungsnummer-elfproef', rn)} vom {neg('date', '14.10.2025')} über 1.190,00 € erhalten (Lohnabrechnung für unsere zwei Mitarbeiter in Enschede). Bitte stellen Sie die Rechnung auf unsere deutsche Gesellschaft aus: {neg('company', 'Westmünsterland Verpackung GmbH')}, USt-IdNr. {neg('vat-de', gen_de_vat(r))}, mit Reverse Charge (Steuerschuldnerschaft des Leistungsempfängers).

Mit freundlichen Grüßen
Buchhaltung"""
    return f"""Guten Tag,

anbei die korrigierte Rechnung {neg('rechnungsnummer', 'F2025-0' + str(r.randint(1000, 1999)))} (ersetzt {neg('rechnungsnummer-elfproef', rn)}):
Leistung: Lohnabrechnung Oktober 2025, 2 Mitarbeiter × 45,00 € = 90,00 €
Umsatzsteuer: 0,00 € – Steuerschuldnerschaft des Leistungsempfängers (Art. 196 MwStSystRL)
Unsere USt-IdNr.: NL862041739B01

Cijferhuis Salarisadministratie"""


@sc("de", False)
def de_np_steuernummer(r, k):
    if k == 0:
        return f"""Häufige Frage: Steuer-ID, Steuernummer oder BSN?

- Steuer-ID (steuerliche Identifikationsnummer): 11 Ziffern, lebenslang, z. B. {neg('steuer-id-beispiel', '36 574 261 809')} (Beispielnummer aus der Dokumentation).
- Steuernummer: vom Finanzamt vergeben, Format je Bundesland, z. B. {neg('steuernummer', '65/123/45678')} (Niedersachsen).
- BSN (burgerservicenummer): 9 Ziffern, Ihre niederländische Steuernummer als Grenzgänger.
- Loonheffingennummer: die Nummer Ihres Arbeitgebers (endet auf L01), z. B. {neg('loonheffingennummer', lh_nummer(r))}.

Bitte senden Sie uns diese Nummern nicht per E-Mail, sondern über das Portal."""
    return f"""Frage aus dem Kontaktformular (ohne Namen):

Mein Arbeitgeber in Venlo hat auf der Gehaltsabrechnung eine „Lohnsteuernummer" {neg('loonheffingennummer', lh_nummer(r, 'dots'))} angegeben. Ist das meine Nummer oder die der Firma? Und muss ich die in meiner deutschen Steuererklärung (Anlage N-AUS) eintragen? Brutto 2024: 44.300 €, niederländische Lohnsteuer 6.812 €."""


@sc("de", False)
def de_np_portal(r, k):
    if k == 0:
        return f"""Hinweis zum Kundenportal

Seit dem Update auf Version {neg('version', '4.12.0.3')} können Dateien bis {neg('postcode-shape', '2048 MB')} hochgeladen werden. Unterstützte Formate: PDF, JPG, PNG. Bei Problemen bitte den Browser-Cache leeren (Chrome {neg('version', '129.0.6668.90')} oder neuer).

Das Portal ist unter portal.cijferhuis.example erreichbar. Die IP-Adresse {neg('private-ip', '10.20.4.17')} in der Fehlermeldung ist unser interner Server – bitte ignorieren."""
    return f"""Wartungsarbeiten am Samstag, {neg('date', '08.11.2025')}, 06:00–10:00 Uhr

Während der Wartung ist das Portal nicht erreichbar. Dokumente, die Sie vorher hochgeladen haben (max. {neg('postcode-shape', '4096 MB')} pro Datei), bleiben erhalten.
Ihre Dossiernummer (z. B. {neg('dossiernummer', 'GG-2025-0417')}) ändert sich nicht.

Ihr Cijferhuis-Team"""


@sc("de", False)
def de_np_fristen(r, k):
    if k == 0:
        return f"""Fristen 2026 für Grenzgänger (Übersicht)

| Erklärung | Frist | mit Verlängerung |
|---|---|---|
| NL Einkommensteuer 2025 | 01.05.2026 | 01.05.2027 (über uns) |
| DE Einkommensteuer 2025 | 31.07.2026 | 28.02.2027 (Steuerberater) |
| Ansässigkeitsbescheinigung | mit der NL-Erklärung | – |
| Antrag Kinderbijslag Q1 | 31.03.2026 | – |

Hinweis: Die Jahresopgaaf (jaaropgaaf) erhalten Sie spätestens Ende Februar."""
    return f"""Erinnerung: Bitte senden Sie uns bis zum {neg('date', '15.03.2026')} folgende Unterlagen:
1. Jaaropgaaf 2025 Ihres niederländischen Arbeitgebers
2. Lohnsteuerbescheinigung, falls Sie auch in Deutschland gearbeitet haben
3. Nachweise über Fahrtkosten (Entfernung, Arbeitstage)
4. Den Einkommensteuerbescheid 2024 (Steuernummer bitte schwärzen)

Honorar für die NL-Erklärung: 245,00 € inkl. 21 % btw; für beide Erklärungen: 490,00 €."""


@sc("de", False)
def de_np_lohn(r, k):
    if k == 0:
        return f"""Lohnabrechnung für Arbeitgeber mit Grenzgängern – was Sie beachten müssen

- Niederländische Lohnsteuer und Sozialversicherung werden einbehalten, Ausnahmen nur mit A1-Bescheinigung.
- Die Heffingskorting (Steuerermäßigung) gilt für Grenzgänger nur teilweise (nur der Steueranteil).
- Das Urlaubsgeld beträgt mindestens 8 % des Bruttolohns.
- Die Lohnsteuer-Anmeldung erfolgt monatlich unter der Loonheffingennummer des Arbeitgebers (z. B. {neg('loonheffingennummer', lh_nummer(r))}).

Cijferhuis Salarisadministratie"""
    return f"""Gehaltsabrechnung Beispiel (monatlich, Grenzgänger, 2025)

Bruttolohn: 4.100,00 €
Loonheffing (Tabelle, ohne Heffingskorting-Anteil Sozialversicherung): 1.248,37 €
Pensionsbeitrag Arbeitnehmer (5,5 %): 225,50 €
Nettolohn: 2.626,13 €
Urlaubsgeld-Rückstellung (8 %): 328,00 €

Personalnummer in diesem Beispiel: {neg('personeelsnummer', '000417')}, Kostenstelle {neg('referentie', 'KS-12')}."""


if __name__ == "__main__":
    main()
