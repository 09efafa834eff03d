#!/usr/bin/env python3
"""heldout46 - blind held-out evaluation set for pii-scrubber.

Organisation: Kompasroos Taalinstituut B.V. (fictional), a language school in Amersfoort and Utrecht:
Dutch (NT2) courses and civic-integration (inburgering) programmes for newcomers and expats, plus German
and English business courses.

Deterministic: every message instance gets its own random.Random seeded with a *string*
(f"{SEED}:{scenario}:{k}"); string seeds are hashed with SHA-512 by `random`, so PYTHONHASHSEED has no
effect. Standard library only (Python 3.11).

    python3 -B make.py            # self test + build + audit, writes gold.jsonl only if everything passes
    python3 -B make.py --check    # same, but never writes

Values are written into the texts with m(LABEL, value) between private-use sentinels; render() strips the
markup and records UTF-8 byte offsets, so spans are exact by construction. The serialised JSONL is read
back and every span is re-sliced from the UTF-8 bytes.
"""
import datetime
import hashlib
import ipaddress
import json
import os
import random
import re
import sys

SEED = "heldout46-v1"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")

LABELS = ("PERSON EMAIL PHONE IBAN BSN ADDRESS POSTCODE CREDIT_CARD IP_ADDRESS DATE_OF_BIRTH "
          "ID_DOCUMENT LICENSE_PLATE BTW_ID KVK").split()

# --------------------------------------------------------------------------------------------
# markup
# --------------------------------------------------------------------------------------------
SO, SM, SC = "\ue000", "\ue001", "\ue002"     # span open, label/value separator, span close
NO, NC = "\ue003", "\ue004"                   # non-person region (company names with surnames, ...)


def m(label, value):
    assert label in LABELS, label
    value = str(value)
    assert value and SO not in value and SC not in value, value
    return f"{SO}{label}{SM}{value}{SC}"


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
def NP(v): return f"{NO}{v}{NC}"


def render(marked):
    """Strip markup -> (text, spans[(start_byte, end_byte, label, value)], np_ranges[(start_char, end_char)])."""
    out = []
    spans = []
    nps = []
    nbytes = 0
    nchars = 0
    i = 0
    cur = None
    np_start = None
    while i < len(marked):
        ch = marked[i]
        if ch == SO:
            assert cur is None, "nested span"
            j = marked.index(SM, i)
            cur = [marked[i + 1:j], nbytes, nchars]
            i = j + 1
            continue
        if ch == SC:
            assert cur is not None
            label, sb, sc = cur
            spans.append((sb, nbytes, label, "".join(out)[sc:nchars]))
            cur = None
            i += 1
            continue
        if ch == NO:
            np_start = nchars
            i += 1
            continue
        if ch == NC:
            nps.append((np_start, nchars))
            np_start = None
            i += 1
            continue
        assert ch != SM
        out.append(ch)
        nbytes += len(ch.encode("utf-8"))
        nchars += 1
        i += 1
    assert cur is None and np_start is None
    return "".join(out), spans, nps


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


# --------------------------------------------------------------------------------------------
# validators (re-implemented from shared/reference/dutch-pii-formats.md)
# --------------------------------------------------------------------------------------------
def elfproef(s):
    s = re.sub(r"[ .\-]", "", s)
    if not s.isdigit() or len(s) not in (8, 9):
        return False
    s = s.zfill(9)
    if int(s) == 0:
        return False
    tot = sum((9 - i) * int(s[i]) for i in range(8)) - int(s[8])
    return tot % 11 == 0


def bank11(s):
    s = re.sub(r"\D", "", s)
    n = len(s)
    return sum((n - i) * int(s[i]) for i in range(n)) % 11 == 0


def onderwijsnummer(s):
    s = re.sub(r"[ .\-]", "", s)
    if not (s.isdigit() and len(s) == 9 and s.startswith("10")):
        return False
    tot = sum((9 - i) * int(s[i]) for i in range(8)) - int(s[8])
    return tot % 11 == 5


def _num36(s):
    return int("".join(str(int(c, 36)) for c in s))


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "GB": 22, "FR": 27, "PL": 28, "IE": 22, "ES": 24, "TR": 26}
IBAN_BBAN = {"NL": r"[A-Z]{4}\d{10}", "BE": r"\d{12}", "DE": r"\d{18}", "GB": r"[A-Z]{4}\d{14}",
             "FR": r"\d{10}[A-Z0-9]{11}\d{2}", "PL": r"\d{24}", "IE": r"[A-Z]{4}\d{14}", "ES": r"\d{20}",
             "TR": r"\d{5}[A-Z0-9]{17}"}


def iban_compact(s):
    return re.sub(r"[\s\u00a0.\-]", "", s).upper()


def iban_valid(s):
    c = iban_compact(s)
    cc = c[:2]
    if cc not in IBAN_LEN or len(c) != IBAN_LEN[cc] or not c[2:4].isdigit():
        return False
    if not re.fullmatch(IBAN_BBAN[cc], c[4:]):
        return False
    if cc == "BE" and (int(c[4:14]) % 97 or 97) != int(c[14:16]):
        return False
    return _num36(c[4:] + c[:4]) % 97 == 1


def iban_make(cc, bban):
    n = _num36(bban + cc + "00")
    return f"{cc}{98 - n % 97:02d}{bban}"


def btw_mod97(s):
    c = re.sub(r"[\s.\-]", "", s).upper()
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", c)) and c[-2:] != "00" and _num36(c) % 97 == 1


def ob_number(s):
    """old omzetbelastingnummer: NL + BSN/RSIN + B + 2 digits, 9 digits pass the elfproef"""
    c = re.sub(r"[\s.\-]", "", s).upper()
    return bool(re.fullmatch(r"(NL)?\d{9}B\d{2}", c)) and elfproef(c[-12:-3]) and c[-2:] != "00"


def luhn(s):
    d = [int(x) for x in re.sub(r"\D", "", s)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def card_valid(s):
    d = re.sub(r"[ \-]", "", s)
    if not d.isdigit() or not luhn(d):
        return False
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return n == 16
    if d[:2] in ("34", "37"):
        return n == 15
    if d.startswith("6011") or d[:2] == "65" or 644 <= int(d[:3]) <= 649:
        return 16 <= n <= 19
    if 3528 <= int(d[:4]) <= 3589:
        return 16 <= n <= 19
    if d[:2] in ("50",) or 56 <= int(d[:2]) <= 69:
        return 12 <= n <= 19
    return False


NL_AREA2 = set("10 13 15 20 23 24 26 30 33 35 36 38 40 43 45 46 50 53 55 58 70 71 72 73 74 75 76 77 78 79".split())
NL_AREA3 = set(("111 113 114 115 117 118 161 162 164 165 166 167 168 172 174 180 181 182 183 184 186 187 222 223 "
                "224 226 227 228 229 251 252 255 294 297 299 313 314 315 316 317 318 320 321 341 342 343 344 345 "
                "346 347 348 411 412 413 416 418 475 478 481 485 486 487 488 492 493 495 497 499 511 512 513 514 "
                "515 516 517 518 519 521 522 523 524 525 527 528 529 541 543 544 545 546 547 548 561 562 566 570 "
                "571 572 573 575 577 578 591 592 593 594 595 596 597 598 599").split())
DE_AREA = {"30", "40", "69", "89", "221", "211", "251", "2871", "2821", "2822", "2823", "2841", "2861", "203",
           "201", "231", "228", "541", "5921", "2552", "2562"}


def phone_e164(s):
    """normalise a written phone number to +<digits>, or None"""
    t = s.strip()
    t = t.replace("(0)", "").replace("(0 )", "")
    t = re.sub(r"[\s\u00a0\-./()]", "", t)
    if t.startswith("+"):
        t = t[1:]
    elif t.startswith("00"):
        t = t[2:]
    elif t.startswith("0"):
        return None          # national: needs a country
    return "+" + t if t.isdigit() else None


def phone_valid(s, country="NL"):
    t = s.strip()
    raw = re.sub(r"[\s\u00a0\-./()]", "", t.replace("(0)", ""))
    if not re.fullmatch(r"\+?\d+", raw):
        return False
    if raw.startswith("+") or raw.startswith("00"):
        e = phone_e164(t)
        if e is None:
            return False
        num = e[1:]
    else:
        if not raw.startswith("0"):
            return False
        num = {"NL": "31", "BE": "32", "DE": "49", "GB": "44"}[country] + raw[1:]
    if num.startswith("31"):
        n = num[2:]
        if n.startswith("0"):
            n = n[1:]            # +31 0 6 ... redundant trunk zero
        if re.fullmatch(r"6[1-58]\d{7}", n):
            return True
        if len(n) == 9 and (n[:2] in NL_AREA2 or n[:3] in NL_AREA3):
            return True
        if re.fullmatch(r"(85|91)\d{7}", n):
            return True
        return False
    if num.startswith("32"):
        n = num[2:]
        return bool(re.fullmatch(r"4[5-9]\d{7}", n) or re.fullmatch(r"[23][2-8]\d{6}", n)
                    or re.fullmatch(r"9[2-4]\d{6}", n) or re.fullmatch(r"(5\d|1\d|6\d|8\d)\d{6}", n))
    if num.startswith("49"):
        n = num[2:]
        if re.fullmatch(r"15[0-25-9]\d{8}", n) or re.fullmatch(r"1(6[023]|7\d)\d{7,8}", n):
            return True
        for a in DE_AREA:
            if n.startswith(a) and 9 <= len(n) <= 11:
                return True
        return False
    if num.startswith("44"):
        n = num[2:]
        return bool(re.fullmatch(r"7700900\d{3}", n) or re.fullmatch(r"(113|114|115|116|117|118|121|131|141|151|161|191)4960\d{3}", n)
                    or re.fullmatch(r"2079460\d{3}", n))
    if num.startswith("380"):
        return bool(re.fullmatch(r"(39|50|63|66|67|68|73|93|95|96|97|98|99)\d{7}", num[3:]))
    if num.startswith("90"):
        return bool(re.fullmatch(r"5\d{9}", num[2:]))
    if num.startswith("212"):
        return bool(re.fullmatch(r"[67]\d{8}", num[3:]))
    if num.startswith("963"):
        return bool(re.fullmatch(r"9\d{8}", num[3:]))
    if num.startswith("48"):
        return bool(re.fullmatch(r"(5[0137]|6[069]|7[2389]|88)\d{7}", num[2:]))
    if num.startswith("91"):
        return bool(re.fullmatch(r"[6-9]\d{9}", num[2:]))
    if num.startswith("291"):
        return bool(re.fullmatch(r"7\d{6}", num[3:]))
    return False


PC_BANNED = {"SA", "SD", "SS"}


def postcode_nl(s):
    c = re.sub(r"[\s\-]", "", s.upper())
    if c.startswith("NL"):
        c = c[2:]
    return bool(re.fullmatch(r"[1-9]\d{3}[A-Z]{2}", c)) and c[4:] not in PC_BANNED


UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}")


def postcode_valid(s):
    return postcode_nl(s) or bool(re.fullmatch(r"[1-9]\d{3}", s)) or bool(re.fullmatch(r"\d{5}", s)) \
        or bool(UK_PC.fullmatch(s))


def docnr_nl(s):
    c = s.replace(" ", "").upper()
    return len(c) == 9 and bool(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}\d", c)) and "O" not in c


def residence_doc(s):
    return bool(re.fullmatch(r"(I|II|III|IV|V)-V[A-NP-Z1-9]{8}", s))


DE_DOC_ALPHA = "CFGHJKLMNPRTVWXYZ0123456789"


def docnr_valid(s):
    c = s.replace(" ", "")
    if docnr_nl(c) or residence_doc(s):
        return True
    if re.fullmatch(r"\d{9}", c):                    # UK / US passport, with context
        return True
    if re.fullmatch(r"[A-Z]\d{7}", c):               # Indian passport
        return True
    if len(c) == 9 and all(ch in DE_DOC_ALPHA for ch in c) and c[0] in "CFGHJKLMNPRTVWXYZ":  # DE Ausweis
        return True
    if re.fullmatch(r"[A-Z]{2}\d{6}", c):            # UA foreign passport (2 letters + 6 digits)
        return True
    return False


KENTEKEN_BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS"]
KT_LETTERS = "BDFGHJKLNPRSTVXZ"
SIDECODES = {1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX",
             7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX",
             13: "9-XX-999", 14: "999-XX-9"}


def kenteken_sidecode(s):
    c = s.upper().replace(" ", "-")
    if "-" not in c:
        compact = c
        for sc, pat in SIDECODES.items():
            if len(compact) == 6 and all((ch.isdigit() if p == "9" else ch.isalpha())
                                         for ch, p in zip(compact, pat.replace("-", ""))):
                return kenteken_sidecode(_hyph(compact, pat))
        return None
    for sc, pat in SIDECODES.items():
        if len(c) == len(pat) and all((p == "-" and ch == "-") or (p == "9" and ch.isdigit()) or
                                      (p == "X" and ch.isalpha() and ch.isascii()) for ch, p in zip(c, pat)):
            letters = "".join(ch for ch in c if ch.isalpha())
            groups = [g for g in c.split("-") if g.isalpha()]
            for b in KENTEKEN_BANNED + (["KVT", "VVD"] if sc >= 8 else []) + (["SP"] if sc >= 13 else []):
                if any(b in g for g in groups):
                    return None
            if sc >= 4 and any(ch not in KT_LETTERS + "MWY" for ch in letters):
                return None
            return sc
    return None


def _hyph(c, pat):
    out, j = [], 0
    for p in pat:
        if p == "-":
            out.append("-")
        else:
            out.append(c[j])
            j += 1
    return "".join(out)


DE_PLATE = re.compile(r"[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{1,4}[EH]?")


def plate_valid(s):
    return kenteken_sidecode(s) is not None or bool(DE_PLATE.fullmatch(s))


EMAIL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+\-]*@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}")


def email_valid(s):
    return bool(EMAIL_RE.fullmatch(s))


def ip_public(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global


MONTHS = {}
for _i, _names in enumerate([
        "januari jan january januar jänner", "februari feb febr february februar", "maart mrt march märz",
        "april apr", "mei may mai", "juni jun june", "juli jul july", "augustus aug august",
        "september sep sept", "oktober okt october oct", "november nov", "december dec dezember"], 1):
    for _n in _names.split():
        MONTHS[_n] = _i


def parse_date(s):
    t = s.strip().lower().replace(".", " ").replace(",", " ")
    t = re.sub(r"\s+", " ", t).strip()
    m_ = re.fullmatch(r"(\d{1,2})[-/ ](\d{1,2})[-/ ](\d{4})", t)
    if m_:
        d, mo, y = map(int, m_.groups())
    else:
        m_ = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
        if m_:
            y, mo, d = map(int, m_.groups())
        else:
            m_ = re.fullmatch(r"(\d{1,2}) ([a-zäé]+) (\d{4})", t)
            if m_ and m_.group(2) in MONTHS:
                d, mo, y = int(m_.group(1)), MONTHS[m_.group(2)], int(m_.group(3))
            else:
                m_ = re.fullmatch(r"([a-z]+) (\d{1,2}) (\d{4})", t)
                if m_ and m_.group(1) in MONTHS:
                    d, mo, y = int(m_.group(2)), MONTHS[m_.group(1)], int(m_.group(3))
                else:
                    return None
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def dob_valid(s):
    d = parse_date(s)
    return d is not None and 1900 <= d.year <= 2025


VALIDATE = {
    "PERSON": lambda v: bool(re.fullmatch(r"[^\W\d_][\w'’.,\- ]*[^\W\d_]", v)) and "  " not in v,
    "EMAIL": email_valid,
    "PHONE": lambda v: phone_valid(v, "NL") or phone_valid(v, "DE") or phone_valid(v, "BE") or phone_valid(v, "GB"),
    "IBAN": iban_valid,
    "BSN": lambda v: elfproef(v) or ob_number(v),
    "ADDRESS": lambda v: bool(re.search(r"\d", v)) and bool(re.search(r"[^\W\d_]{3,}", v)),
    "POSTCODE": postcode_valid,
    "CREDIT_CARD": card_valid,
    "IP_ADDRESS": ip_public,
    "DATE_OF_BIRTH": dob_valid,
    "ID_DOCUMENT": docnr_valid,
    "LICENSE_PLATE": plate_valid,
    "BTW_ID": btw_mod97,
    "KVK": lambda v: bool(re.fullmatch(r"\d{8}", v.replace(" ", "").replace(".", ""))),
}

# --------------------------------------------------------------------------------------------
# the organisation (never labelled)
# --------------------------------------------------------------------------------------------
ORG = {
    "names": ["Kompasroos Taalinstituut B.V.", "Kompasroos Taalinstituut", "Taalinstituut Kompasroos",
              "Kompasroos Language Institute", "Sprachinstitut Kompasroos", "Kompasroos"],
    "domains": ["kompasroos-taal.example"],
    "phones": ["033 303 7780", "030 760 2245", "06 2391 5574"],
    "ibans": ["NL70RABO0312847560", "NL51INGB0007731942"],
    "addresses": ["Zuiderhavenkade 21, 3812 PK Amersfoort", "Kanaalpleintje 4, 3531 KZ Utrecht",
                  "Postbus 2140, 3800 CC Amersfoort"],
    "kvk": ["68137429"],
    "btw": ["NL856120650B01"],
    "handles": ["@KompasroosTaal", "@kompasroos.taal"],
}
ORG_RSIN = "856120650"
ORG_POSTCODES = {"3812 PK", "3812PK", "3531 KZ", "3531KZ", "3800 CC", "3800CC"}
ORG_STREETS = ["Zuiderhavenkade 21", "Kanaalpleintje 4", "Postbus 2140"]
ORG_PHONE_E164 = {"+31333037780", "+31307602245", "+31623915574"}
O_TEL = ["033 303 7780", "033-3037780", "+31 33 303 7780", "(033) 303 77 80", "033 - 303 77 80"]
O_TEL_U = ["030 760 2245", "030-7602245", "+31 30 760 2245"]
O_WA = ["06 2391 5574", "06-23915574", "+31 6 2391 5574", "+31 6 23 91 55 74", "0623915574"]
O_IBAN1 = ["NL70 RABO 0312 8475 60", "NL70RABO0312847560"]
O_IBAN2 = ["NL51 INGB 0007 7319 42", "NL51INGB0007731942"]
DOM = "kompasroos-taal.example"

# staff: natural persons -> PERSON
STAFF = {
    "marloes": ("Marloes", "van Eijkelenboom", "F"),     # coördinator inburgering, docent NT2
    "youssef": ("Youssef", "Amrani", "M"),               # docent NT2
    "hanneke": ("Hanneke", "Stoffels", "F"),             # financiële administratie (DUO, betalingsregelingen)
    "sevda": ("Sevda", "Korkmaz", "F"),                  # intake & studieadvies
    "bram": ("Bram", "Wolters", "M"),                    # klantenservice / chat / WhatsApp
    "priya": ("Priya", "Raghunathan", "F"),              # trainer Business English
    "dietrich": ("Dietrich", "Langenkamp", "M"),         # trainer Geschäftsdeutsch, German desk
    "wendelien": ("Wendelien", "Oosterhuis", "F"),       # examenbureau
    "tjeerd": ("Tjeerd", "Wiersma", "M"),                # directeur
}


class Person:
    def __init__(self, first, last, sex, origin):
        self.first, self.last, self.sex, self.origin = first, last, sex, origin

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def Last(self):             # surname standing alone: tussenvoegsel capitalised (NL convention)
        return self.last[0].upper() + self.last[1:]

    @property
    def init(self):
        parts = re.split(r"[-\s]", self.first)
        return "".join(p[0] + "." for p in parts if p)

    @property
    def email_local(self):
        return _ascii(self.first.split("-")[0]).lower() + "." + _ascii(self.last.replace(" ", "").replace("'", "")).lower()

    @property
    def comma(self):            # "Surname, Given"
        return f"{self.Last}, {self.first}"


def staff(key):
    f, l, s = STAFF[key]
    return Person(f, l, s, "staff")


_TR = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "ë": "e", "è": "e", "ï": "i",
                     "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ą": "a", "ę": "e", "ż": "z", "ź": "z", "ć": "c",
                     "ş": "s", "ı": "i", "ğ": "g", "ç": "c", "á": "a", "í": "i", "Ł": "L", "Ş": "S", "Ö": "Oe",
                     "Ü": "Ue", "Ä": "Ae", "Ç": "C", "İ": "I", "Ż": "Z", "Ś": "S", "ã": "a", "â": "a"})


def _ascii(s):
    return s.translate(_TR)


# --------------------------------------------------------------------------------------------
# synthetic name lists (written for this set)
# --------------------------------------------------------------------------------------------
NAMES = {
    "nl": {"M": ["Jeroen", "Maarten", "Thijs", "Sjoerd", "Wouter", "Gijs", "Ruben", "Pieter-Jan", "Joost", "Floris"],
           "F": ["Esmée", "Noëlle", "Marieke", "Femke", "Lieke", "Daniëlle", "Annelies", "Ilse", "Sanne", "Mirjam"],
           "L": ["van der Meulen", "de Ruijter", "van 't Wout", "ter Steege", "van den Broecke", "Brinkhuis",
                 "Wijnands", "Hoogendoorn", "Verhagen", "Kloosterman", "Veldkamp", "Hoekema", "Schipperheijn"]},
    "ma": {"M": ["Mohamed", "Hamza", "Bilal", "Anouar", "Soufiane", "Rachid"],
           "F": ["Fatima-Zahra", "Khadija", "Nadia", "Salma", "Imane", "Hafsa"],
           "L": ["El Idrissi", "Bouzerda", "Ait Lahcen", "El Khattabi", "Azzouzi", "Benali"]},
    "tr": {"M": ["Emre", "Mehmet", "Oğuz", "Burak", "Serkan"],
           "F": ["Elif", "Büşra", "Zeynep", "Gülsüm", "Şeyma"],
           "L": ["Yılmaz", "Doğan", "Şahin", "Öztürk", "Kaya", "Çelik", "Aydın"]},
    "sr": {"M": ["Ravi", "Sunil", "Dwight", "Marlon"],
           "F": ["Chandni", "Sharmila", "Roshni", "Jennifer-Lee"],
           "L": ["Ramdin", "Mahabier", "Tjin-A-Djie", "Karsodikromo", "Lieuw-A-Soe", "Biharie"]},
    "pl": {"M": ["Paweł", "Krzysztof", "Tomasz", "Łukasz"],
           "F": ["Małgorzata", "Agnieszka", "Katarzyna", "Joanna"],
           "LM": ["Wójcik", "Kowalczyk", "Zieliński", "Nowak", "Dąbrowski"],
           "LF": ["Wójcik", "Kowalczyk", "Zielińska", "Nowak", "Dąbrowska", "Wiśniewska"]},
    "de": {"M": ["Jörg", "Matthias", "Klaus-Dieter", "Florian", "Tobias"],
           "F": ["Käthe", "Anke", "Sabine", "Franziska", "Heike"],
           "L": ["Weißenborn", "Hoffmeister", "Brückner", "Schäfer-Lindt", "Kühnel", "Obermaier", "Thielmann"]},
    "be": {"M": ["Stijn", "Jens", "Wannes", "Pieterjan"],
           "F": ["Lien", "Griet", "Sofie", "Katrien"],
           "L": ["Van Damme", "De Clercq", "Vermeulen", "Verstraete", "Van Acker", "Goossens"]},
    "uk": {"M": ["Callum", "Ciarán", "Oliver", "Declan"],
           "F": ["Siobhan", "Aoife", "Harriet", "Niamh"],
           "L": ["McAllister", "O'Sullivan", "Whitfield", "Fitzgerald", "Pemberton", "Ashcroft"]},
    "in": {"M": ["Arjun", "Vikram", "Rohan", "Karthik"],
           "F": ["Ananya", "Deepika", "Lakshmi", "Meera"],
           "L": ["Venkataraman", "Iyer", "Kulkarni", "Banerjee", "Chaudhary", "Menon"]},
    "cn": {"M": ["Haoran", "Zhiwei", "Jianguo"],
           "F": ["Xiaoling", "Yuting", "Jiahui"],
           "L": ["Zhang", "Liu", "Chen", "Huang", "Zhou"]},
    "sy": {"M": ["Ahmad", "Omar", "Khaled", "Mahmoud"],
           "F": ["Rania", "Hiba", "Nour", "Dima"],
           "L": ["Al-Hassan", "Haddad", "Khalil", "Darwish", "Al-Masri"]},
    "er": {"M": ["Tesfay", "Yonas", "Berhane", "Filmon"],
           "F": ["Selam", "Luwam", "Senait", "Helina"],
           "L": ["Gebremedhin", "Tesfamariam", "Haile", "Kidane"]},
    "af": {"M": ["Farid", "Jawad", "Nasrullah"],
           "F": ["Zahra", "Parwana", "Mariam"],
           "L": ["Ahmadzai", "Rahimi", "Noorzai"]},
    "ua": {"M": ["Oleksandr", "Dmytro", "Andrii", "Bohdan"],
           "F": ["Oksana", "Iryna", "Olena", "Kateryna"],
           "L": ["Kovalenko", "Shevchuk", "Bondarenko", "Tkachenko", "Melnyk"]},
    "br": {"M": ["Rodrigo", "Thiago"],
           "F": ["Mariana", "Camila"],
           "L": ["Oliveira", "Carvalho", "Figueiredo"]},
}
NEWCOMER = ["ma", "tr", "sy", "er", "af", "ua", "pl", "sr", "in", "cn", "br"]
REFUGEE = ["sy", "er", "af", "ua"]
EXPAT = ["uk", "in", "cn", "br", "de", "pl", "be"]


def person(rng, origin=None, sex=None, pool=None, avoid=()):
    for _ in range(200):
        o = origin or rng.choice(pool or list(NAMES))
        s = sex or rng.choice("MF")
        d = NAMES[o]
        first = rng.choice(d[s])
        last = rng.choice(d.get("L" + s) or d["L"])
        p = Person(first, last, s, o)
        if first not in avoid and last not in avoid:
            return p
    raise RuntimeError("person")


def relative(rng, p, sex, avoid=()):
    """a family member with the same surname and heritage"""
    d = NAMES[p.origin] if p.origin in NAMES else NAMES["nl"]
    last = p.last
    if p.origin == "pl" and sex != p.sex:
        last = {"Zieliński": "Zielińska", "Zielińska": "Zieliński", "Dąbrowski": "Dąbrowska",
                "Dąbrowska": "Dąbrowski", "Wiśniewska": "Wiśniewski"}.get(last, last)
    for _ in range(100):
        f = rng.choice(d[sex])
        if f != p.first and f not in avoid:
            return Person(f, last, sex, p.origin)
    raise RuntimeError


def name_tokens():
    toks = set()
    for o in NAMES.values():
        for k, lst in o.items():
            for n in lst:
                for t in re.split(r"[\s\-']", n):
                    if len(t) >= 3 and t.lower() not in ("van", "der", "den", "ter", "ait", "tjin"):
                        toks.add(t.lower())
    for f, l, s in STAFF.values():
        for t in re.split(r"[\s\-']", f + " " + l):
            if len(t) >= 3 and t.lower() not in ("van", "der", "den", "ter"):
                toks.add(t.lower())
    return toks


# --------------------------------------------------------------------------------------------
# places (invented streets; real towns with postcode ranges)
# --------------------------------------------------------------------------------------------
NL_TOWNS = {"Amersfoort": (3811, 3829), "Utrecht": (3511, 3585), "Leusden": (3831, 3833), "Soest": (3761, 3768),
            "Nijkerk": (3861, 3864), "Barneveld": (3771, 3774), "Zeist": (3701, 3709), "Houten": (3991, 3995),
            "Baarn": (3741, 3744), "Veenendaal": (3901, 3907), "Hoevelaken": (3871, 3871)}
NL_STREETS = ["Hazelaarsingel", "Weverijstraat", "Laan van Bovenduin", "Burg. Tielemanstraat", "Kapelmeesterhof",
              "Eemschutterweg", "Ganzenveldweg", "Pijlkruidstraat", "Dokter Mesdaglaan", "Oude Vlasakker",
              "Lijnbaansdwarsstraat", "Tolhuiserf", "Roggeveldpad", "Meidoornplantsoen", "Verloren Kostdreef",
              "Boterbloemhof", "Laan der Verenigde Volken", "Korte Bisschopsgang", "Jacob Catskade",
              "Zonnewijzerlaan", "Kruidentuinpad", "Wagenmakersdijk"]
DE_TOWNS = {"Bocholt": "46397", "Kleve": "47533", "Düsseldorf": "40213", "Köln": "50667", "Münster": "48143",
            "Emmerich am Rhein": "46446", "Gronau": "48599", "Nordhorn": "48529"}
DE_STREETS = ["Am Lindenhang", "Schwanenstraße", "Im Krummen Feld", "Auf der Wacht", "Mühlenkamp",
              "Rheinuferstraße", "Heideweg", "Grüner Winkel", "Kirchgasse", "Zum Fährhaus"]
BE_PLACES = [("Veldekensstraat", "2000", "Antwerpen"), ("Kouterdreef", "9000", "Gent"),
             ("Lindenberglaan", "3500", "Hasselt"), ("Groenstraat", "3000", "Leuven")]
UK_PLACES = [("Larch Grove", "LS6 2QT", "Leeds"), ("Harrowby Road", "M14 6PL", "Manchester"),
             ("Ferncliffe Avenue", "BS7 9HD", "Bristol"), ("Kelvinhaugh Terrace", "G3 8NX", "Glasgow")]


def nl_pc(rng, town):
    lo, hi = NL_TOWNS[town]
    while True:
        letters = rng.choice("ABCDEGHJKLMNPRTVWXZ") + rng.choice("ABCDEGHJKLMNPRTVWXZ")
        if letters not in PC_BANNED:
            return f"{rng.randint(lo, hi)} {letters}"


def house_nr(rng, fancy=True):
    n = str(rng.randint(1, 180))
    if fancy:
        r = rng.random()
        if r < 0.15:
            n += rng.choice("abcd")
        elif r < 0.25:
            n += "-" + rng.choice(["II", "III", "1", "2", "bis"])
        elif r < 0.32:
            n += " " + rng.choice(["hs", "bis", "A", "zw"])
        elif r < 0.38:
            n += rng.choice("AB") + "-" + str(rng.randint(1, 4))
    return n


def nl_address(rng, town=None, fancy=True):
    town = town or rng.choice(list(NL_TOWNS))
    return f"{rng.choice(NL_STREETS)} {house_nr(rng, fancy)}", nl_pc(rng, town), town


def de_address(rng):
    town = rng.choice(list(DE_TOWNS))
    return f"{rng.choice(DE_STREETS)} {rng.randint(1, 90)}{rng.choice(['', '', 'a', 'b'])}", DE_TOWNS[town], town


def be_address(rng):
    st, pc, town = rng.choice(BE_PLACES)
    return f"{st} {rng.randint(2, 140)}{rng.choice(['', ' bus 3', ' bus 12', '/2'])}", pc, town


def uk_address(rng):
    st, pc, town = rng.choice(UK_PLACES)
    return f"{rng.randint(3, 99)} {st}", pc, town


# --------------------------------------------------------------------------------------------
# value generators (all synthetic, checksum-valid)
# --------------------------------------------------------------------------------------------
def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def gen_bsn(rng):
    while True:
        s = str(rng.randint(1, 6)) + digits(rng, 8)
        if elfproef(s):
            return s


def gen_bsn0(rng):
    while True:
        s = "0" + str(rng.randint(1, 9)) + digits(rng, 7)
        if elfproef(s):
            return s


def gen_elf9(rng, valid=True, first="123456789"):
    """a 9-digit number passing (valid=True) or failing the elfproef, for hard negatives"""
    while True:
        s = rng.choice(first) + digits(rng, 8)
        if elfproef(s) == valid:
            return s


def fmt_bsn(s, style):
    return {"plain": s, "dot": f"{s[:4]}.{s[4:6]}.{s[6:]}", "space": f"{s[:3]} {s[3:6]} {s[6:]}",
            "dash": f"{s[:3]}-{s[3:6]}-{s[6:]}", "dot2": f"{s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:]}"}[style]


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB", "RBRB", "REVO"]


def gen_iban(rng, cc="NL"):
    if cc == "NL":
        return iban_make("NL", rng.choice(NL_BANKS) + digits(rng, 10))
    if cc == "BE":
        first = rng.choice(["001", "063", "068", "143", "310", "363", "734", "751"]) + digits(rng, 7)
        chk = int(first) % 97 or 97
        return iban_make("BE", f"{first}{chk:02d}")
    if cc == "DE":
        return iban_make("DE", rng.choice(["37040044", "42861387", "35850000", "40050150", "30050110"]) + digits(rng, 10))
    if cc == "GB":
        return iban_make("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + digits(rng, 14))
    if cc == "IE":
        return iban_make("IE", rng.choice(["AIBK", "BOFI"]) + digits(rng, 14))
    if cc == "PL":
        return iban_make("PL", digits(rng, 24))
    raise ValueError(cc)


def fmt_iban(s, style):
    if style == "compact":
        return s
    g = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if style == "spaced":
        return g
    if style == "lower":
        return s.lower()
    if style == "nbsp":
        return g.replace(" ", "\u00a0", 1)
    if style == "lowspaced":
        return g.lower()
    raise ValueError(style)


def gen_mobile(rng):
    return "6" + rng.choice("123458") + digits(rng, 7)       # national significant number (9 digits)


def fmt_mobile(n, style):
    r = n[1:]
    return {"dash": f"06-{r}", "space": f"06 {r}", "44": f"06 {r[:4]} {r[4:]}",
            "pairs": f"06-{r[:2]} {r[2:4]} {r[4:6]} {r[6:]}", "plain": f"0{n}", "intl": f"+31 6 {r}",
            "intl0": f"+31 (0)6 {r[:4]} {r[4:]}", "0031": f"0031 6 {r[:4]} {r[4:]}", "intl_dash": f"+316-{r}",
            "paren": f"(06) {r}", "e164": f"+31{n}", "332": f"06 - {r[:3]} {r[3:6]} {r[6:]}",
            "intl44": f"+31 6 {r[:4]} {r[4:]}"}[style]


MOBILE_STYLES = ["dash", "space", "44", "pairs", "plain", "intl", "intl0", "0031", "intl_dash", "paren", "e164",
                 "332", "intl44"]


def gen_landline(rng, area=None):
    area = area or rng.choice(["33", "30", "318", "35", "342", "33"])
    sub = rng.choice("2345678") + digits(rng, 8 - len(area))
    return area, sub


def fmt_landline(area, sub, style):
    if len(area) == 2:
        return {"dash": f"0{area}-{sub}", "space": f"0{area} {sub[:3]} {sub[3:]}",
                "paren": f"(0{area}) {sub[:3]} {sub[3:5]} {sub[5:]}", "intl": f"+31 {area} {sub[:3]} {sub[3:]}",
                "intl0": f"+31(0){area}-{sub}", "slash": f"0{area}/{sub}"}[style]
    return {"dash": f"0{area}-{sub}", "space": f"0{area} {sub[:3]} {sub[3:]}", "paren": f"(0{area}) {sub}",
            "intl": f"+31 {area} {sub[:3]} {sub[3:]}", "intl0": f"+31 (0){area} {sub}", "slash": f"0{area}/{sub}"}[style]


def gen_de_phone(rng, style=None):
    style = style or rng.choice(["mob", "mob_intl", "land", "land_intl", "mob_dash"])
    if style.startswith("mob"):
        pre = rng.choice(["151", "152", "160", "170", "171", "176"])
        rest = digits(rng, 8 if pre.startswith("15") or pre == "176" else 7)
        return {"mob": f"0{pre} {rest}", "mob_intl": f"+49 {pre} {rest}", "mob_dash": f"0{pre}-{rest}"}[style]
    area = rng.choice(["2871", "2821", "211", "221", "251", "2822"])
    sub = rng.choice("2345678") + digits(rng, 10 - len(area) - 1)
    return {"land": f"0{area}/{sub}", "land_intl": f"+49 (0){area} {sub}"}[style]


def gen_be_gsm(rng, intl=False):
    n = "4" + rng.choice("789") + digits(rng, 7)
    return (f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}" if intl else f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}")


def gen_uk_phone(rng, intl=False):
    n = "900" + digits(rng, 3)
    return f"+44 7700 {n}" if intl else f"07700 {n}"


def gen_card(rng, kind="visa"):
    pre = {"visa": "4" + digits(rng, 5), "mc": str(rng.randint(51, 55)) + digits(rng, 4),
           "mc2": str(rng.randint(2221, 2720)) + digits(rng, 2), "amex": rng.choice(["34", "37"]) + digits(rng, 4)}[kind]
    n = 15 if kind == "amex" else 16
    body = pre + digits(rng, n - len(pre) - 1)
    for c in "0123456789":
        if luhn(body + c):
            return body + c


def fmt_card(s, style="4"):
    if len(s) == 15:
        return f"{s[:4]} {s[4:10]} {s[10:]}" if style != "plain" else s
    return {"4": " ".join(s[i:i + 4] for i in range(0, 16, 4)), "dash": "-".join(s[i:i + 4] for i in range(0, 16, 4)),
            "plain": s}[style]


def gen_btw(rng):
    while True:
        d9 = digits(rng, 9)
        if elfproef(d9) or d9.startswith("0"):
            continue
        for _ in range(40):
            suf = f"{rng.randint(1, 99):02d}"
            s = f"NL{d9}B{suf}"
            if btw_mod97(s):
                return s


def gen_ob(rng):
    return f"NL{gen_bsn(rng)}B01"


def gen_kvk(rng):
    return str(rng.randint(1, 9)) + digits(rng, 7)


def gen_kenteken(rng, sc=None):
    sc = sc or rng.choice([7, 8, 9, 10, 11, 12, 13, 14, 4, 5, 6])
    pat = SIDECODES[sc]
    while True:
        s = "".join(rng.choice(KT_LETTERS) if p == "X" else rng.choice("0123456789") if p == "9" else "-"
                    for p in pat)
        if kenteken_sidecode(s) == sc and not re.search(r"-0|^0", s.replace("-", "-")):
            return s


def gen_docnr(rng, first="N"):
    alpha = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
    while True:
        s = first + rng.choice(alpha.replace("O", "")) + "".join(rng.choice(alpha + "123456789") for _ in range(6)) \
            + rng.choice("123456789")
        if docnr_nl(s):
            return s


def gen_resdoc(rng):
    alpha = "ABCDEFGHJKLMNPRSTUVWXYZ123456789"
    return rng.choice(["I", "II", "III", "IV", "V"]) + "-V" + "".join(rng.choice(alpha) for _ in range(8))


def gen_de_ausweis(rng):
    return rng.choice("CFGHJKLMNPRTVWXYZ") + "".join(rng.choice(DE_DOC_ALPHA) for _ in range(8))


def gen_ip(rng, v6=False):
    while True:
        if v6:
            s = "2a02:" + ":".join(f"{rng.randint(0, 0xffff):x}" for _ in range(3)) + "::" + f"{rng.randint(1, 0xffff):x}"
        else:
            s = ".".join(str(x) for x in (rng.choice([77, 84, 86, 145, 31, 62, 83, 94, 178, 188]),
                                          rng.randint(1, 254), rng.randint(0, 254), rng.randint(1, 254)))
        if ip_public(s):
            return s


MONTH_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTH_EN = "January February March April May June July August September October November December".split()
MONTH_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()


def gen_date(rng, y0=1958, y1=2004):
    while True:
        try:
            return datetime.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 31))
        except ValueError:
            pass


def fmt_date(d, style):
    return {"nl": f"{d.day:02d}-{d.month:02d}-{d.year}", "nl1": f"{d.day}-{d.month}-{d.year}",
            "slash": f"{d.day:02d}/{d.month:02d}/{d.year}", "iso": d.isoformat(),
            "nlw": f"{d.day} {MONTH_NL[d.month - 1]} {d.year}", "enw": f"{d.day} {MONTH_EN[d.month - 1]} {d.year}",
            "us": f"{MONTH_EN[d.month - 1]} {d.day}, {d.year}", "de": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "dew": f"{d.day}. {MONTH_DE[d.month - 1]} {d.year}"}[style]


def later(rng, start=(2025, 1, 6), span=300):
    return datetime.date(*start) + datetime.timedelta(days=rng.randint(0, span))


# --------------------------------------------------------------------------------------------
# scenario helpers
# --------------------------------------------------------------------------------------------
SCENARIOS = []


def scen(lang, pii):
    def deco(f):
        SCENARIOS.append((lang, f.__name__, pii, f))
        return f
    return deco


PROV_NL = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "icloud.com", "proton.me"]
PROV_DE = ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"]
PROV_EN = ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.co.uk", "proton.me"]


def mail(rng, p, prov=None):
    f = _ascii(p.first.split("-")[0]).lower().replace("'", "")
    l = _ascii(p.last).lower().replace(" ", "").replace("'", "").replace("-", "")
    local = rng.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}.{l}{rng.randint(70, 99)}", f"{l}.{f}",
                        f"{f}_{l}{rng.randint(1, 9)}", f"{f}{rng.randint(1985, 2004)}"])
    out = f"{local}@{rng.choice(prov or PROV_NL)}"
    assert out.isascii(), out
    return out


def work_mail(p, domain):
    f = _ascii(p.first.split("-")[0]).lower()
    l = _ascii(p.last).lower().replace(" ", "").replace("'", "")
    return f"{f[0]}.{l}@{domain}"


COUNTRY_NL = {"ma": "Marokko", "tr": "Turkije", "sy": "Syrië", "er": "Eritrea", "af": "Afghanistan", "ua": "Oekraïne",
              "pl": "Polen", "sr": "Suriname", "in": "India", "cn": "China", "br": "Brazilië", "uk": "Verenigd Koninkrijk",
              "de": "Duitsland", "be": "België", "nl": "Nederland"}
COUNTRY_EN = {"ma": "Morocco", "tr": "Turkey", "sy": "Syria", "er": "Eritrea", "af": "Afghanistan", "ua": "Ukraine",
              "pl": "Poland", "sr": "Suriname", "in": "India", "cn": "China", "br": "Brazil", "uk": "United Kingdom",
              "de": "Germany", "be": "Belgium", "nl": "the Netherlands"}
LANGS_NL = {"ma": "Arabisch, Tamazight", "tr": "Turks", "sy": "Arabisch", "er": "Tigrinya", "af": "Dari, Pasjtoe",
            "ua": "Oekraïens, Russisch", "pl": "Pools", "sr": "Sranantongo, Sarnami", "in": "Hindi, Engels",
            "cn": "Mandarijn", "br": "Portugees", "uk": "Engels", "de": "Duits", "be": "Nederlands", "nl": "Nederlands"}


def groep(rng):
    return rng.choice(["B1-AV-03", "B1-OCH-02", "A2-AV-01", "Z-DI-02", "NT2-II-ZA", "KNM-05", "B1-MA/DO-4", "A1-EXP-07"])


def cursistnr(rng):
    return f"KR-{rng.randint(23, 25)}-{rng.randint(1000, 4999)}"


def money(rng, lo, hi, lang="nl"):
    v = rng.randint(lo // 5, hi // 5) * 5
    if lang == "en":
        return f"€{v:,}.00" if v >= 1000 else f"€{v}.00"
    s = f"{v:,}".replace(",", ".")
    return f"€ {s},00" if lang == "nl" else f"{s},00 €"


def wdate(rng, month=None, days=range(5), year=2025):
    while True:
        d = datetime.date(year, month or rng.randint(1, 12), rng.randint(1, 28))
        if d.weekday() in days:
            return d


def hhmm(rng, n, h0, h1, secs=False):
    """n ascending chat times between h0:00 and h1:59"""
    ts = sorted(rng.sample(range(h0 * 3600, h1 * 3600 + 3599), n))
    return [f"{t // 3600:02d}:{t % 3600 // 60:02d}" + (f":{t % 60:02d}" if secs else "") for t in ts]


def d_nl(d):
    return f"{d.day}-{d.month}-{d.year}"


WEEKDAY_NL = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()
WEEKDAY_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
WEEKDAY_DE = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()


# ============================================================================================
# NL scenarios (30: 19 with personal data, 11 without)
# ============================================================================================
@scen("nl", True)
def nl_intake_form(rng, k):
    p = person(rng, pool=NEWCOMER)
    km = person(rng, "nl", "F")
    st, pc, town = nl_address(rng, rng.choice(["Amersfoort", "Leusden", "Nijkerk"]))
    b = gen_bsn(rng)
    d = gen_date(rng, 1966, 2003)
    mob = gen_mobile(rng)
    if k == 0:
        return f"""Nieuwe aanmelding via {DOM}/aanmelden
Formulier: Intake inburgering (Wet inburgering 2021)
Ingediend op: {fmt_date(later(rng), 'nl')} om 09:{rng.randint(10, 59)}
Referentie formulier: AF-{rng.randint(20000, 29999)}

Achternaam ............. {P(p.Last)}
Voornaam(en) ........... {P(p.first)}
Geboortedatum .......... {DOB(fmt_date(d, 'nl'))}
Geboorteland ........... {COUNTRY_NL[p.origin]}
BSN .................... {BS(fmt_bsn(b, 'dot'))}
Verblijfsdocument nr. .. {ID(gen_resdoc(rng))}
Straat + huisnummer .... {AD(st)}
Postcode ............... {PC(pc)}
Woonplaats ............. {town}
Mobiel ................. {PH(fmt_mobile(mob, rng.choice(['dash', 'plain', '44'])))}
E-mail ................. {EM(mail(rng, p))}
IBAN (eigen bijdrage) .. {IB(fmt_iban(gen_iban(rng, 'NL'), 'spaced'))}
Gewenste route ......... B1-route, avondgroep
Klantmanager gemeente .. {P(km.init + ' ' + km.last)} (Gemeente Eemvallei)
Hoe kent u ons? ........ {rng.choice(['via een vriendin', 'via de gemeente', 'Facebook', 'VluchtelingenWerk'])}
Opmerking .............. Ik werk in de ochtend bij de bakkerij, liefst les na 18:00.
"""
    d2 = fmt_date(d, rng.choice(["nl1", "nlw"]))
    return f"""Onderwerp: inburgering beginnen

Goedemiddag,

Ik wil graag beginnen met de inburgering cursus. Mijn naam is {P(p.full)}, ik ben geboren {DOB(d2)} in {COUNTRY_NL[p.origin]}.
Ik woon nu op {AD(st)}, {PC(pc.replace(' ', ''))} {town}, sinds {rng.choice(['januari', 'februari', 'maart'])}.
Mijn bsn is {BS(fmt_bsn(b, 'space'))}. Mijn klantmanager van de gemeente is mevrouw {P(km.Last)}, zij zegt ik moet zelf mailen.
Ik kan les in de ochtend, middag ik moet kinderen halen van school.
Mijn telefoon {PH(fmt_mobile(mob, 'plain'))} (ook whatsapp)

Dank u wel
{P(p.first)}
"""


@scen("nl", True)
def nl_caseworker_referral(rng, k):
    s = person(rng, "nl")
    if k == 0:
        p = person(rng, "sy", "M")
        w = relative(rng, p, "F")
        w = Person(w.first, rng.choice([x for x in NAMES["sy"]["L"] if x != p.last]), "F", "sy")
        st, pc, town = nl_address(rng, "Amersfoort")
        wm = work_mail(s, "eemvallei.example")
        sent = wdate(rng, 2)
        return f"""Van: {P(s.comma)} <{EM(wm)}>
Verzonden: {WEEKDAY_NL[sent.weekday()]} {sent.day} februari 2025 11:{rng.randint(10, 59)}
Aan: inburgering@{DOM}
Onderwerp: Aanmelding statushouder - {P(p.Last)} (PIP vastgesteld)

Beste {P(staff('marloes').first)},

Hierbij meld ik namens Gemeente Eemvallei dhr. {P(p.full)} aan voor de B1-route. Het PIP is op {rng.randint(1, 20)} februari vastgesteld; de leerbaarheidstoets gaf een goede indicatie.

Gegevens voor het inburgeringsdossier:
- geboren: {DOB(fmt_date(gen_date(rng, 1972, 1999), 'nlw'))} (Homs)
- BSN: {BS(fmt_bsn(gen_bsn(rng), 'dot2'))}
- V-nummer: {rng.randint(2, 4)}{digits(rng, 9)} (alleen voor correspondentie met COA)
- adres: {AD(st)}, {PC(pc)} {town} (sinds 1 maart, woning via Eemwonen)
- tel: {PH(fmt_mobile(gen_mobile(rng), '44'))} (hij spreekt Arabisch en een beetje Engels)

Zijn echtgenote mevr. {P(w.full)} volgt al de Z-route bij jullie (groep Z-DI-02). Graag de lessen van dhr. {P(p.Last)} op andere dagdelen, i.v.m. opvang van de kinderen.
De kosten lopen via het gemeentelijk budget inburgering; wilt u de factuur sturen met kenmerk INB-2025-00{rng.randint(100, 999)}?

Met vriendelijke groet,

{P(s.full)}
Klantmanager Inburgering | Gemeente Eemvallei
T {PH(fmt_mobile(gen_mobile(rng), 'dash'))} (ma t/m do)
"""
    p = person(rng, "ua", "F")
    return f"""Telefoonnotitie {rng.randint(3, 28)}-03 10:{rng.randint(10, 59)}
Gebeld door: {P(s.full)}, klantmanager gem. Heuvelrug-Oost ({PH(fmt_landline(*gen_landline(rng, '343'), 'dash'))})
Betreft: {P(p.full)}, groep {groep(rng)}

- mevr. {P(p.Last)} heeft tijdelijke bescherming (Oekraïne), dus niet inburgeringsplichtig; volgt de cursus vrijwillig via de gemeente.
- nieuw mobiel nummer: {PH('+380 ' + rng.choice(['67', '50', '93']) + ' ' + digits(rng, 3) + ' ' + digits(rng, 2) + ' ' + digits(rng, 2))} werkt niet meer, nu {PH(fmt_mobile(gen_mobile(rng), 'space'))}
- gemeente betaalt t/m juni, daarna wil ze zelf verder (A2 -> B1). Offerte sturen naar klantmanager.
- geen BSN-wijziging, dossier is compleet.

Actie: {P(staff('hanneke').first)} offerte, {P(staff('sevda').first)} plant voortgangsgesprek.
notitie: {P(staff('bram').first)}
"""


@scen("nl", True)
def nl_duo_loan(rng, k):
    p = person(rng, pool=NEWCOMER)
    b = gen_bsn(rng)
    amount = money(rng, 2500, 6000)
    if k == 0:
        return f"""Beste mevrouw {P(staff('hanneke').Last)},

Ik heb bij DUO een lening aangevraagd voor de cursus B1 ({amount}). DUO vraagt het cursusnummer en jullie keurmerk (Blik op Werk).
Mijn aanvraagnummer bij DUO is {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1, 9)}, misschien heeft u dat nodig.
Op de factuur moet ook mijn BSN staan zegt DUO: {BS(fmt_bsn(b, rng.choice(['plain', 'dot'])))}.

Kunt u de factuur direct naar DUO sturen? Ik kan het niet zelf betalen.

Met vriendelijke groet,
{P(p.full)}
cursistnummer {cursistnr(rng)}
tel. {PH(fmt_mobile(gen_mobile(rng), rng.choice(['dash', 'pairs'])))}
"""
    h = staff("hanneke")
    return f"""Beste {P(p.first)},

Dank je voor je bericht. De factuur (nr. 2025-{rng.randint(1000, 4999)}, {amount}) staat klaar in Mijn Inburgering en is gisteren naar DUO gestuurd. DUO betaalt ons rechtstreeks; je hoeft zelf niets over te maken.
Let op: je BSN hoort niet in een e-mail, we hebben het al in je dossier. Ik heb het hieronder uit je bericht weggehaald.

Met vriendelijke groet,
{P(h.full)}
Financiële administratie | Kompasroos Taalinstituut
T {rng.choice(O_TEL)} | administratie@{DOM}

> Van: {P(p.full)} <{EM(mail(rng, p))}>
> Datum: {rng.randint(2, 27)} {rng.choice(['april', 'mei', 'juni'])} 2025 21:{rng.randint(10, 59)}
> Beste {P(h.first)}, ik heb de lening van DUO gekregen, € 10.000 in totaal. Mijn BSN is [verwijderd]. Wanneer komt de rekening?
> Groet {P(p.first)}
"""


@scen("nl", True)
def nl_payment_plan(rng, k):
    p = person(rng, pool=NEWCOMER + ["nl"])
    st, pc, town = nl_address(rng)
    iban = gen_iban(rng, "NL")
    if k == 0:
        n = rng.choice([4, 6, 10])
        return f"""Geachte heer/mevrouw,

Ik wil graag een betalingsregeling voor de eigen bijdrage van de cursus Nederlands A2 ({money(rng, 150, 250)}). Ik betaal liever in {n} termijnen.
U mag het bedrag elke maand automatisch afschrijven van mijn rekening {IB(fmt_iban(iban, rng.choice(['spaced', 'compact'])))} t.n.v. {P(p.init + ' ' + p.last)}.

Mijn adres is {AD(st)}, {PC(pc)} {town}.
Factuurnummer is {gen_elf9(rng, True)} (staat op de brief van {rng.randint(2, 20)} maart).

Alvast bedankt,
{P(p.full)}
"""
    dt = later(rng)
    return f"""MACHTIGING DOORLOPENDE SEPA-INCASSO - betalingsregeling
Incassant: Kompasroos Taalinstituut B.V., {ORG['addresses'][0]}
Incassant-ID: NL{rng.randint(10, 99)}ZZZ{ORG['kvk'][0]}0000
Kenmerk machtiging: KTI-BR-2025-{rng.randint(100, 999)}

Naam rekeninghouder:  {P(p.full)}
Adres:                {AD(st)}
Postcode/woonplaats:  {PC(pc)}  {town.upper()}
IBAN:                 {IB(fmt_iban(iban, 'spaced'))}
Aantal termijnen:     {rng.choice([3, 5, 8])} x {money(rng, 20, 60)}
Eerste incasso:       {fmt_date(dt, 'nl')}
Plaats en datum:      {town}, {fmt_date(dt - datetime.timedelta(days=9), 'nl')}
Handtekening:         (getekend)
"""


@scen("nl", True)
def nl_attendance_note(rng, k):
    g = groep(rng)
    ps = [person(rng, pool=NEWCOMER if sx == "M" else ["sr"], sex=sx) for sx in "MMFM"]
    while len({x.first for x in ps}) < 4 or len({x.last for x in ps}) < 4:
        ps = [person(rng, pool=NEWCOMER if sx == "M" else ["sr"], sex=sx) for sx in "MMFM"]
    y = staff("youssef")
    if k == 0:
        rows = "\n".join(f"| {P(x.full)} | {rng.randint(55, 100)} % | {rng.choice(['-', 'vaak te laat', 'huiswerk ok', 'mist KNM-les 4'])} |" for x in ps)
        return f"""### Presentie groep {g} - week {rng.randint(10, 20)}

| cursist | aanwezig | opmerking |
|---|---|---|
{rows}

Let op: {P(ps[1].first)} onder de 80 %, melden bij de gemeente volgens afspraak (meldplicht bij verzuim).
{P(ps[2].first)} was 2x afwezig wegens ziekte, briefje van de huisarts ligt bij de administratie.
Ingevuld door {P(y.first)}, {fmt_date(later(rng), 'nl')}
"""
    a, b, c, dd = ps
    return f"""Notitie docent - groep {g}, les van {WEEKDAY_NL[rng.randint(0, 3)]}avond

{P(a.first)} en {P(b.first)} waren er niet. {P(a.Last)} heeft wel vooraf gebeld (kind ziek), {P(b.first)} niet - derde keer deze maand.
{P(c.full)} wil overstappen naar de ochtendgroep omdat ze nieuw werk heeft; graag contact via haar nieuwe nummer {PH(fmt_mobile(gen_mobile(rng), 'space'))}.
{P(dd.first)} klaar met schrijfopdrachten 1 t/m 6, kan examen schrijven in juni.

Lokaal 2.14 had weer geen werkende beamer (ticket #{rng.randint(4000, 4999)} bij facilitair).
- {P(y.first)}
"""


@scen("nl", True)
def nl_exam_registration(rng, k):
    p = person(rng, pool=["ma", "tr", "in", "cn", "br", "sy"] if k == 0 else REFUGEE)
    d = gen_date(rng, 1970, 2002)
    w = staff("wendelien")
    exam = later(rng, (2025, 5, 1), 120)
    if k == 0:
        return f"""Onderwerp: aanmelding staatsexamen NT2 programma II

Beste examenbureau,

Ik wil me aanmelden voor het staatsexamen NT2 programma II (spreken en schrijven) op {fmt_date(exam, 'nlw')}.
Voor de identificatie op de examendag neem ik mijn verblijfsdocument mee, nummer {ID(gen_resdoc(rng))}. Ik ben geboren op {DOB(fmt_date(d, 'nl'))}.
Het examengeld ({money(rng, 40, 60)}) heb ik al betaald met iDEAL, betalingskenmerk {rng.randint(1000, 9999)}{rng.randint(1000, 9999)}{rng.randint(1000, 9999)}.

Met vriendelijke groet,
{P(p.full)}
{PH(fmt_mobile(gen_mobile(rng), 'intl'))}
"""
    q = person(rng, pool=NEWCOMER)
    return f"""Examenbureau - intern
Inburgeringsexamens {fmt_date(exam, 'nl')}, locatie Zuiderhavenkade, zaal 0.03
Surveillant: {P(w.full)}

kandidaatnummer;achternaam;voornaam;geboortedatum;ID-bewijs;documentnummer
{gen_elf9(rng, False)};{P(p.Last)};{P(p.first)};{DOB(fmt_date(d, 'iso'))};reisdocument vluchteling;{ID(gen_docnr(rng, 'R'))}
{gen_elf9(rng, False)};{P(q.Last)};{P(q.first)};{DOB(fmt_date(gen_date(rng, 1965, 2000), 'iso'))};verblijfsdocument;{ID(gen_resdoc(rng))}

NB kandidaatnummers zijn de nummers van DUO, niet het BSN. Lijst na afloop vernietigen.
"""


@scen("nl", True)
def nl_employer_order(rng, k):
    c = person(rng, "nl")
    st, pc, town = nl_address(rng, rng.choice(["Amersfoort", "Veenendaal", "Barneveld"]), fancy=False)
    kvk = gen_kvk(rng)
    btw = gen_btw(rng)
    emps = [person(rng, pool=["pl", "ua", "sy", "tr"]) for _ in range(3)]
    while len({e.first for e in emps}) < 3 or len({e.last for e in emps}) < 3:
        emps = [person(rng, pool=["pl", "ua", "sy", "tr"]) for _ in range(3)]
    fam = rng.choice([x for x in ["Verhagen", "Veldkamp", "Brinkhuis"] if x != c.last])
    comp = NP(f"{fam} Installatietechniek B.V.")
    if k == 0:
        lst = "\n".join(f"{i + 1}. {P(e.full)}" for i, e in enumerate(emps))
        return f"""Goedemorgen,

Wij willen drie medewerkers (monteurs) een cursus Nederlands op de werkvloer laten volgen, niveau A2, bij voorkeur op donderdagmiddag in Amersfoort. De kosten zijn voor de werkgever.
{lst}

Factuurgegevens:
{comp}
t.a.v. {P(c.full)}, personeelszaken
{AD(st)}
{PC(pc)} {town}
KvK {KVK(kvk)}
btw-nr. {BTW(btw)}
Onze inkoopordernummer (verplicht op de factuur): PO-{rng.randint(45000, 45999)}

Met vriendelijke groet,
{P(c.full)} | HR-adviseur
{PH(fmt_landline(*gen_landline(rng, rng.choice(['318', '342', '33'])), 'space'))}
{EM(work_mail(c, fam.lower() + '-installatie.example'))}
"""
    return f"""Hoi {P(staff('hanneke').first)},

Nieuwe zakelijke klant voor in-company NT2, graag debiteur aanmaken:
- {comp}, {AD(st)}, {PC(pc)} {town}
- KvK-nummer {KVK(kvk)} / btw-identificatienummer {BTW(btw)}
- contactpersoon {P(c.init + ' ' + c.last)} ({EM(work_mail(c, fam.lower() + '-installatie.example'))})
- deelnemers: {P(emps[0].full)}, {P(emps[1].full)} en {P(emps[2].first)} (achternaam volgt)
- offerte OFF-2025-0{rng.randint(100, 999)} akkoord, {money(rng, 700, 900)} p.p. excl. btw, 20 lessen

Groet,
{P(staff('sevda').first)}
"""


@scen("nl", True)
def nl_address_change(rng, k):
    p = person(rng, pool=NEWCOMER + ["nl"])
    st, pc, town = nl_address(rng)
    st0, pc0, town0 = nl_address(rng)
    b = staff("bram")
    if k == 0:
        t = hhmm(rng, 5, 9, 9)
        return f"""[Chat via {DOM}]
{t[0]} Bezoeker: hallo, ik ben verhuisd. moet ik dat aan jullie doorgeven?
{t[1]} {P(b.first)} (Kompasroos): Hoi! Ja graag, dan klopt je dossier voor DUO. Wat is je naam en je nieuwe adres?
{t[2]} Bezoeker: {P(p.full.lower())}. nieuw adres {AD(st.lower())} {PC(pc.lower())} {town.lower()}, oud was {AD(st0.lower())}
{t[3]} {P(b.first)} (Kompasroos): Dank je {P(p.first)}, ik heb het aangepast. Geef het ook door aan de gemeente als dat nog niet gebeurd is.
{t[4]} Bezoeker: ok dank u
"""
    return f"""Beste mensen van Kompasroos,

Per {rng.randint(1, 28)} {rng.choice(['april', 'mei', 'juni', 'juli'])} woon ik niet meer in {town0} maar in {town}. Mijn nieuwe adres:

{AD(st)}
{PC(pc)}  {town.upper()}

De post voor de examens kan dus naar dit adres. Mijn mobiele nummer blijft hetzelfde ({PH(fmt_mobile(gen_mobile(rng), rng.choice(['intl0', '0031', 'paren'])))}).

Groetjes,
{P(p.first)} ({P(p.last if p.origin != 'nl' else p.Last)})
groep {groep(rng)}
"""


@scen("nl", True)
def nl_whatsapp(rng, k):
    p = person(rng, pool=NEWCOMER)
    b = staff("bram")
    dd = later(rng)
    ds = f"{dd.day:02d}-{dd.month:02d}-{dd.year % 100:02d}"
    if k == 0:
        t = hhmm(rng, 4, 7, 8, secs=True)
        return f"""WhatsApp-chat met {P(p.full)}
[{ds} {t[0]}] {P(p.first)}: goedemorgen ik kan vandaag niet komen, mijn zoon is ziek 🤒
[{ds} {t[1]}] {P(p.first)}: groep {groep(rng).lower()}
[{ds} {t[2]}] Kompasroos Taal: Goedemorgen {P(p.first)}, dank voor het doorgeven. Beterschap voor je zoon! Ik zet het in het systeem. ^{P(b.first)}
[{ds} {t[3]}] {P(p.first)}: dank u 🙏 donderdag ben ik er weer
"""
    rd = gen_resdoc(rng)
    t = hhmm(rng, 3, 19, 19)
    u = hhmm(rng, 2, 9, 9)
    return f"""[{ds} {t[0]}] {P(p.full)}: Hallo ik heb nieuwe verblijfspas gekregen
[{ds} {t[1]}] {P(p.full)}: nummer {ID(rd)} geldig tot {fmt_date(later(rng, (2029, 1, 1), 700), 'nl')}
[{ds} {t[2]}] {P(p.full)}: <foto weggelaten>
[{dd + datetime.timedelta(days=1):%d-%m-%y} {u[0]}] Kompasroos Taal: Dank je wel! Ik heb het nummer in je dossier gezet. Stuur liever geen foto van je pas via WhatsApp, neem hem mee naar de les, dan kijkt {P(staff('sevda').first)} er even naar. Groet, {P(b.first)}
[{dd + datetime.timedelta(days=1):%d-%m-%y} {u[1]}] {P(p.full)}: 👍
"""


@scen("nl", True)
def nl_cancel_refund(rng, k):
    if k == 0:
        p = person(rng, "be")
        iban = gen_iban(rng, "BE")
        return f"""Dag,

Ik moet helaas mijn inschrijving voor de cursus Zakelijk Duits (start {fmt_date(later(rng), 'nl')}) annuleren, mijn werkgever stuurt me vanaf volgende maand naar Gent.
Ik heb het cursusgeld ({money(rng, 450, 650)}) al betaald. Volgens jullie voorwaarden krijg ik bij annulering meer dan 14 dagen voor de start alles terug.
Gelieve de terugbetaling te storten op {IB(fmt_iban(iban, 'spaced'))} (rekening op naam van {P(p.full)}, bank in België).

Met vriendelijke groeten,
{P(p.full)}
GSM {PH(gen_be_gsm(rng, rng.random() < 0.5))}
"""
    p = person(rng, "sr")
    iban = gen_iban(rng, "NL")
    return f"""hallo

ik wil mijn cursus stoppen en geld terug. ik heb twee keer betaald, een keer met ideal en een keer met overschrijving van {money(rng, 80, 120)}.
mijn rekening is {IB(fmt_iban(iban, 'lower'))}
klantnummer {cursistnr(rng)}

groet {P(p.first.lower())}
"""


@scen("nl", True)
def nl_letter_capitals(rng, k):
    p = person(rng, pool=["tr", "ma", "sr", "nl"], sex="M")
    st, pc, town = nl_address(rng, "Amersfoort", fancy=False)
    if k == 0:
        return f"""AAN KOMPASROOS TAALINSTITUUT
POSTBUS 2140
3800 CC AMERSFOORT

BETREFT: OPZEGGING CURSUS NEDERLANDS A2 ({cursistnr(rng)})

GEACHTE HEER, MEVROUW,

HIERBIJ ZEG IK MIJN CURSUS OP PER 1 {rng.choice(['APRIL', 'MEI', 'JUNI'])} 2025. IK GA TERUG NAAR MIJN DORP EN KAN NIET MEER NAAR DE LES KOMEN.
WILT U DE LAATSTE FACTUUR ({money(rng, 30, 60).upper()}) NIET MEER STUREN.

MIJN GEGEVENS:
NAAM: {P(p.full.upper())}
ADRES: {AD(st.upper())}, {PC(pc)} {town.upper()}
GEBOREN: {DOB(fmt_date(gen_date(rng, 1948, 1962), 'nl'))}
SOFINUMMER: {BS(gen_bsn(rng))}

MET VRIENDELIJKE GROET,

{P((p.init + ' ' + p.last).upper())}
"""
    return f"""GEACHTE MEVROUW {P(staff('marloes').Last.upper())},

MIJN VROUW EN IK HEBBEN IN 2024 EN 2025 LES GEHAD BIJ U. ZIJ IS GESLAAGD MAAR IK NIET VOOR KNM.
IK WIL GRAAG EEN NIEUWE KANS, MAAR NIET MEER OP ZATERDAG WANT IK WERK DAN.
U KUNT MIJ BELLEN OP {PH(fmt_mobile(gen_mobile(rng), 'dash'))} OF SCHRIJVEN NAAR {AD(st.upper())}, {PC(pc)} {town.upper()}.

HOOGACHTEND,
{P(p.full.upper())}
"""


@scen("nl", True)
def nl_forward_en(rng, k):
    if k == 0:
        c = person(rng, "uk")
        st, pc, town = nl_address(rng, "Utrecht", fancy=False)
        sent = wdate(rng, 3)
        return f"""Hoi {P(staff('priya').first)},

Kun jij deze oppakken? Het gaat om een Business English-traject voor hun salesteam; de klant schrijft Engels. Ik heb nog niets toegezegd.

Groet,
{P(staff('sevda').first)}

-----Oorspronkelijk bericht-----
Van: {P(c.full)} <{EM(work_mail(c, 'brightwater-logistics.example'))}>
Verzonden: {WEEKDAY_NL[sent.weekday()]} {sent.day} maart 2025 16:{rng.randint(10, 59)}
Aan: business@{DOM}
Onderwerp: In-company English for 6 staff

Hi there,

We're looking for a tailored English course (negotiation, e-mail writing) for six account managers, B2 level, ideally at our office at {AD(st)}, {PC(pc)} {town}. Budget approved for Q2.
Could someone call me this week? Mobile {PH(gen_uk_phone(rng, True))}, or the office on {PH(fmt_landline(*gen_landline(rng, '30'), 'intl'))}.

Best regards,
{P(c.full)}
Head of Sales Benelux | Brightwater Logistics B.V.
"""
    v = person(rng, "nl", "F")
    p = person(rng, "er", "F")
    sent = wdate(rng, 5)
    return f"""Ter info - vrijwilliger van Taalmaatjes Amersfoort, namens {P(p.full)} (groep {groep(rng)}). Kan iemand haar terugbellen over de KNM-toets? - {P(staff('bram').first)}

---------- Forwarded message ---------
From: {P(v.full)} <{EM(mail(rng, v))}>
Date: {WEEKDAY_EN[sent.weekday()]}, {sent.day} May 2025 at 20:{rng.randint(10, 59)}
Subject: question for {P(p.first)}

Hello, I am the language buddy of {P(p.full)}. She does not understand the letter about her KNM exam (she thinks she failed, but the letter says 'voldaan').
Her phone is {PH(fmt_mobile(gen_mobile(rng), 'intl44'))}, she prefers calls in the afternoon. She speaks Tigrinya and some English.
Thanks a lot!
{P(v.first)}
"""


@scen("nl", True)
def nl_social(rng, k):
    if k == 0:
        p = person(rng, pool=NEWCOMER, sex="F")
        return f"""Vandaag mijn inburgeringsexamen gehaald!!! 🎉🇳🇱 Lezen, luisteren, KNM: allemaal voldaan 🙌
Heel veel dank aan juf {P(staff('marloes').first)} en meester {P(staff('youssef').first)} van @KompasroosTaal 💐💐
Volgende stap: staatsexamen B1 😅
#inburgering #geslaagd #nieuwinnederland #amersfoort
- {P(p.first)}

💬 Kompasroos Taal: Gefeliciteerd {P(p.first)}!! Super trots op je 🎈 ^{P(staff('bram').first)}
"""
    mob = gen_mobile(rng)
    return f"""@KompasroosTaal al 3 dagen geen antwoord op mijn mail over de factuur van DUO 😡 ik wil gewoon iemand spreken. bel me: {PH(fmt_mobile(mob, 'dash'))} #klantenservice #slecht

↳ Kompasroos Taal: Sorry voor het lange wachten! We hebben een achterstand door de examenweek. Ik bel je vanmiddag nog op het nummer hierboven. ^{P(staff('hanneke').first)}
↳ Kompasroos Taal: Update: gesproken, opgelost 🙂 Fijne avond!
"""


@scen("nl", True)
def nl_family_enrolment(rng, k):
    origin = rng.choice(["sy", "af", "er", "tr", "ma"])
    h = person(rng, origin, "M")
    w = relative(rng, h, "F")
    if origin in ("ma", "sy", "af", "er"):
        w = Person(w.first, rng.choice([x for x in NAMES[origin]["L"] if x != h.last]), "F", origin)
    st, pc, town = nl_address(rng, rng.choice(["Amersfoort", "Soest", "Baarn"]))
    if k == 0:
        return f"""Goedendag,

Mijn vrouw en ik willen ons samen aanmelden voor de inburgering. De gemeente heeft gezegd dat wij zelf een school mogen kiezen.

1) {P(h.full)}, geboren {DOB(fmt_date(gen_date(rng, 1975, 1995), 'nl'))}, BSN {BS(gen_bsn(rng))}
2) {P(w.full)}, geboren {DOB(fmt_date(gen_date(rng, 1978, 1998), 'nl'))}, BSN-nr {BS(gen_bsn0(rng)[1:])} (begint met een 0, die laat het formulier weg)

Wij wonen op {AD(st)} in {town} ({PC(pc)}). Wij hebben drie kinderen, de jongste is {rng.randint(1, 3)} jaar, daarom liefst niet tegelijk les.
Bereikbaar op {PH(fmt_mobile(gen_mobile(rng), 'pairs'))} ({P(h.first)}) of {EM(mail(rng, w))}.

Met vriendelijke groet,
familie {P(h.last)}
"""
    return f"""Intakeplanning week {rng.randint(14, 30)} - echtpaar {P(h.last)}
- {P(h.first)}: intake {WEEKDAY_NL[rng.randint(0, 4)]} 10:00 bij {P(staff('sevda').first)}, tolk {LANGS_NL[origin].split(',')[0]} aangevraagd (Tolkcentrum, opdrachtnr. TC-{rng.randint(200000, 299999)})
- {P(w.first)}: intake zelfde dag 11:30, kinderopvang geregeld via de gemeente
- adres gecontroleerd in het aanmeldformulier: {AD(st)}, {PC(pc)} {town}
- geboortedatum mevrouw in formulier stond fout ({DOB(fmt_date(gen_date(rng, 1980, 1996), 'nl'))}), juiste datum volgens verblijfsdocument: geb. {DOB(fmt_date(gen_date(rng, 1980, 1996), 'nl'))}
- BSN's staan in het dossier, niet in deze notitie zetten aub
"""


@scen("nl", True)
def nl_parking(rng, k):
    p = person(rng, pool=EXPAT + NEWCOMER)
    kt = gen_kenteken(rng)
    if k == 0:
        return f"""Hallo,

Ik volg vanaf {fmt_date(later(rng), 'nl')} de dagcursus Nederlands (intensief) aan de Zuiderhavenkade. Mag ik parkeren op het terrein achter de school? Op de website staat dat jullie een parkeerontheffing regelen bij de gemeente.
Mijn auto: {rng.choice(['grijze Skoda Octavia', 'blauwe Kia Ceed', 'witte Toyota Yaris'])}, kenteken {LP(kt)}.

Vriendelijke groet,
{P(p.full)}
{PH(fmt_mobile(gen_mobile(rng), 'e164'))}
"""
    q = person(rng, pool=EXPAT + NEWCOMER)
    kt2 = gen_kenteken(rng)
    return f"""Hoi parkeerbeheer,

Voor de intensieve cursus ({fmt_date(later(rng), 'nl')} t/m {fmt_date(later(rng, (2025, 9, 1), 60), 'nl')}) graag twee ontheffingen voor het achterterrein:
- {LP(kt)} ({P(p.full)})
- {LP(kt2.replace('-', '').lower())} ({P(q.full)})
Vakken P-14 en P-15, zoals vorig jaar. Sleutel van de slagboom ligt bij de receptie.

Bedankt!
{P(staff('bram').full)}
Kompasroos Taalinstituut, {rng.choice(O_TEL)}
"""


@scen("nl", True)
def nl_online_ip(rng, k):
    p = person(rng, pool=EXPAT + NEWCOMER)
    ip = gen_ip(rng, v6=(k == 1))
    ver = f"{rng.randint(5, 6)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}.{rng.randint(1, 99)}"
    if k == 0:
        return f"""Goedemiddag,

Ik kom al twee lessen niet in het online klaslokaal (les.{DOM}). Ik krijg de melding 'toegang geweigerd vanaf dit netwerk'.
Mijn IP-adres volgens whatismyip is {IPA(ip)}. Ik gebruik de app versie {ver} op een laptop, router is 192.168.178.1.
Ik volg de avondgroep {groep(rng)}.

Groet,
{P(p.full)}
"""
    return f"""Ticket #{rng.randint(7000, 7999)} - online les blokkeert (intern)
Melder: {P(p.full)}, cursist online A2
Fout: 'IP not allowed' na update van het klaslokaal naar versie {ver}.
IPv6 van de cursist (uit de log): {IPA(ip)}
Proxy-servers van ons zelf: 10.20.4.11 en 10.20.4.12 (allowlist klopt).
Oplossing: geo-filter stond te streng, uitgezet voor NL/BE/DE. Cursist gemaild. - {P(staff('bram').first)}
"""


@scen("nl", True)
def nl_creditcard(rng, k):
    p = person(rng, pool=EXPAT, sex="F")
    card = gen_card(rng, rng.choice(["visa", "mc", "mc2"]))
    if k == 0:
        return f"""Beste klantenservice,

Bij het betalen van het examengeld via de website is mijn creditcard twee keer belast ({money(rng, 40, 60)} op {fmt_date(later(rng), 'nl')}).
Kaartnummer: {CC(fmt_card(card, rng.choice(['4', 'dash'])))}, geldig t/m {rng.randint(1, 12):02d}/{rng.randint(27, 30)}
Kunt u één betaling terugboeken?

Met vriendelijke groet,
{P(p.full)}
"""
    return f"""Hoi {P(staff('hanneke').first)},

Cursist {P(p.full)} heeft in de chat haar volledige kaartnummer gezet ({CC(fmt_card(card, 'plain'))}). Ik heb haar gevraagd dat niet meer te doen.
Het gaat om de dubbele betaling van {fmt_date(later(rng), 'nl')}; in Adyen zie ik alleen **** **** **** {card[-4:]}, transactie {rng.choice('ABCDEFGH')}{digits(rng, 15)}.
Kun jij de refund doen?

{P(staff('bram').first)}
"""


@scen("nl", True)
def nl_zzp_ob(rng, k):
    p = person(rng, "nl")
    b = gen_bsn(rng)
    btw = gen_btw(rng)
    kvk = gen_kvk(rng)
    st, pc, town = nl_address(rng)
    trade = rng.choice(["Vertaalbureau", "Fotografie", "Interieurbouw"])
    if k == 0:
        return f"""Goedemiddag,

Als zzp'er wil ik de cursus Zakelijk Duits (B1) volgen; veel van mijn opdrachtgevers zitten in Noordrijn-Westfalen. De factuur graag op naam van mijn eenmanszaak:

{NP(trade + ' ' + p.Last)}
{AD(st)}, {PC(pc)} {town}
KvK: {KVK(kvk)}
btw-id: {BTW(btw)}

Let op: op mijn oude offertes staat nog mijn oude omzetbelastingnummer {BS('NL' + b + 'B01')}, dat is niet meer geldig.

Met vriendelijke groet,
{P(p.full)}
{PH(fmt_landline(*gen_landline(rng), 'dash'))}
"""
    return f"""Debiteurwijziging (intern)
Klant: {NP(trade + ' ' + p.Last)} (eenmanszaak van {P(p.init + ' ' + p.last)})
Wijziging: btw-nummer op factuur F2025-{rng.randint(300, 999)} was fout. Stond: {BS(fmt_bsn(b, 'plain') + 'B01')} (oud OB-nummer = BSN!), moet zijn: {BTW(btw)}.
KvK {KVK(kvk)} ongewijzigd. Creditnota + nieuwe factuur verstuurd {fmt_date(later(rng), 'nl')}.
- {P(staff('hanneke').first)}
"""


@scen("nl", True)
def nl_intake_report(rng, k):
    p = person(rng, pool=REFUGEE + ["ma", "tr"])
    kid = relative(rng, p, rng.choice("MF"))
    km = person(rng, "nl")
    se = staff("sevda")
    d = gen_date(rng, 1970, 2001)
    if k == 0:
        return f"""Verslag intakegesprek - {fmt_date(later(rng), 'nl')}
Intaker: {P(se.full)}
Cursist: {P(p.full)} (geb. {DOB(fmt_date(d, 'nl'))}, {COUNTRY_NL[p.origin]})
Talen: {LANGS_NL[p.origin]}; leest en schrijft Latijns schrift {rng.choice(['goed', 'redelijk', 'nog niet'])}
Opleiding: {rng.choice(['middelbare school (12 jaar)', 'universiteit, economie', 'basisschool (6 jaar)'])}
Werkervaring: {rng.choice(['kapper', 'boekhouder', 'vrachtwagenchauffeur', 'verpleegkundige'])}
Gezin: gehuwd, {rng.randint(1, 4)} kinderen; oudste {P(kid.first)} ({rng.randint(11, 17)}) helpt met brieven.
Klantmanager: {P(km.full)} (Gemeente Eemvallei), PIP ontvangen.
Verblijfsdocument: {ID(gen_resdoc(rng))}, gecontroleerd (origineel gezien).
Advies: {rng.choice(['B1-route, start na de zomer', 'Z-route, 3 dagdelen', 'B1-route met extra alfabetisering'])}; ONA-module via werkgever regelen.
Leerbaarheidstoets: score {rng.randint(60, 95)} (DUO-norm), geen vrijstellingen.
"""
    return f"""naam;geboortedatum;land;route;klantmanager;tel
{P(p.comma)};{DOB(fmt_date(d, 'slash'))};{COUNTRY_NL[p.origin]};B1;{P(km.init + ' ' + km.last)};{PH(fmt_mobile(gen_mobile(rng), 'plain'))}

^ export uit het intakeformulier, alleen voor {P(se.first)} en {P(staff('marloes').first)}. Niet doorsturen, na invoer in het dossier verwijderen.
"""


# ---------------------------------------------------------------- NL without personal data
@scen("nl", False)
def nl_schedule(rng, k):
    g1, g2 = groep(rng), groep(rng)
    while g2 == g1:
        g2 = groep(rng)
    d = wdate(rng)
    if k == 0:
        return f"""Roosterwijziging week {d.isocalendar()[1]}

Beste cursisten,

Door de examens van DUO op {WEEKDAY_NL[d.weekday()]} {d_nl(d)} vervallen de lessen van groep {g1} en {g2} op die dag. De les wordt ingehaald op zaterdag {d_nl(d + datetime.timedelta(days=(5 - d.weekday()) % 7 or 7))} van 9:30 tot 12:00 in lokaal 1.07.
Het KNM-huiswerk (hoofdstuk 4 en 5) blijft staan.

Vragen? Bel {rng.choice(O_TEL)} of app {rng.choice(O_WA)}.
Team Planning - Kompasroos Taalinstituut, Zuiderhavenkade 21, Amersfoort
"""
    return f"""Rooster Utrecht (Kanaalpleintje 4) - blok {rng.randint(2, 4)}

| groep | dag | tijd | lokaal |
|---|---|---|---|
| {g1} | ma + wo | 09:00-11:30 | U-1.02 |
| {g2} | di + do | 18:30-21:00 | U-0.04 |
| KNM-05 | vr | 13:00-15:00 | U-1.02 |

Start blok: {d_nl(d)}; vakantie 21-07 t/m 29-08. Lesmateriaal: 'Nederlands in gang' (3e druk), ISBN 978-90-469-{rng.randint(1000, 9999)}-{rng.randint(0, 9)}.
Informatie: planning@{DOM} of {rng.choice(O_TEL_U)}.
"""


@scen("nl", False)
def nl_payment_reminder(rng, k):
    fn = gen_elf9(rng, True)
    amt = money(rng, 30, 300)
    if k == 0:
        return f"""Betreft: herinnering factuur {fn}

Beste cursist,

Volgens onze administratie staat factuur {fn} van {fmt_date(later(rng), 'nl')} nog open. Het bedrag van {amt} had uiterlijk {fmt_date(later(rng, (2025, 7, 1), 60), 'nl')} betaald moeten zijn.
Wilt u het bedrag binnen 14 dagen overmaken naar {rng.choice(O_IBAN1)} t.n.v. Kompasroos Taalinstituut B.V., onder vermelding van het factuurnummer?
Betaalt u via DUO? Dan kunt u deze herinnering negeren; de betaling van DUO is dan onderweg.

Een betalingsregeling is mogelijk, mail naar administratie@{DOM}.

Met vriendelijke groet,
Financiële administratie
Kompasroos Taalinstituut B.V. | KvK {ORG['kvk'][0]} | btw {ORG['btw'][0]}
"""
    return f"""Automatisch bericht - betaling ontvangen

Wij hebben uw betaling van {amt} ontvangen voor factuurnummer {fn} (debiteurnummer {rng.randint(40000, 49999)}).
Betaald met: Mastercard **** **** **** {rng.randint(1000, 9999)} op {fmt_date(later(rng), 'nl')} 14:{rng.randint(10, 59)}.
Dit bericht is automatisch verzonden; u kunt er niet op antwoorden.

Kompasroos Taalinstituut B.V. - {ORG['addresses'][2]} - IBAN {rng.choice(O_IBAN2)} - RSIN {ORG_RSIN}
"""


@scen("nl", False)
def nl_exam_newsletter(rng, k):
    if k == 0:
        return f"""Nieuwsbrief examens - voorjaar 2025

📅 Inburgeringsexamens bij ons op locatie: {d_nl(later(rng, (2025, 4, 1), 30))}, {d_nl(later(rng, (2025, 5, 5), 25))} en {d_nl(later(rng, (2025, 6, 2), 20))}.
💶 Examengeld per onderdeel: € 50,00 (KNM € 50,00, ONA gratis).
🎧 De oefenapp is vernieuwd (versie 3.2.0.{rng.randint(1, 9)}); oude versies werken na 1 mei niet meer.
📤 Video-opdrachten voor spreken uploaden: maximaal 2048 MB per bestand, mp4 of mov.

Aanmelden via {DOM}/examens of bij het examenbureau: examens@{DOM}.
Volg ons op Instagram: @kompasroos.taal
"""
    return f"""Examenuitslagen staatsexamen NT2 programma I - ronde {rng.randint(1, 4)}

Van onze {rng.randint(30, 45)} kandidaten zijn er {rng.randint(20, 29)} geslaagd voor alle vier onderdelen. Gemiddelde score lezen: {rng.randint(500, 540)}, luisteren: {rng.randint(490, 530)} (cesuur 500).
De uitslagen staan vanaf {d_nl(later(rng))} 09:00 in Mijn Staatsexamen. Herkansen kan vanaf de volgende ronde; het examengeld is dan opnieuw € 50,00 per onderdeel.
Bij vragen: examens@{DOM} of {rng.choice(O_TEL)} (ma-vr 9-12 uur).
"""


@scen("nl", False)
def nl_it_notice(rng, k):
    if k == 0:
        return f"""[IT] Onderhoud netwerk zaterdag {d_nl(wdate(rng, days=[5]))}

Van 07:00 tot 13:00 is het wifi-netwerk 'Kompasroos-Cursist' in Amersfoort niet beschikbaar. We vervangen de access points (firmware 4.12.0.3 -> 4.14.1.2).
De digiborden (IP 10.12.0.21 t/m 10.12.0.38) krijgen een nieuw adres in 10.12.4.0/24. De printserver blijft 10.12.0.5.
Storingen na het onderhoud graag melden via servicedesk@{DOM}, ticketnummers beginnen met INC-2025-.
"""
    return f"""Changelog lesplatform les.{DOM}

2025.{rng.randint(10, 29)} - release 7.3.1.{rng.randint(10, 99)}
- oefeningen spreken: opnemen tot 15 minuten (was 10)
- max. uploadgrootte verhoogd naar 1024 MB
- bugfix: datum in de presentielijst stond in UTC (bv. 2025-03-04T23:00:00Z i.p.v. 05-03-2025)
- nieuwe DNS-servers 1.1.1.1 en 9.9.9.9 voor de lesserver, gateway 172.16.8.1
Bekende fout: in Safari 17.4.1 laadt de video van les 12 niet.
"""


@scen("nl", False)
def nl_anonymous_question(rng, k):
    if k == 0:
        return f"""Contactformulier {DOM}
Onderwerp: Prijzen
Naam: (niet ingevuld)
E-mail: (niet ingevuld)
Bericht: Wat kost een cursus B1 als ik het zelf betaal en niet via DUO leen? En kan ik in termijnen betalen? Ik werk fulltime dus alleen avond of zaterdag.
Hoe wilt u antwoord?  [x] telefonisch  [ ] e-mail
Toestemming privacyverklaring: ja
Verzonden: {d_nl(later(rng))} 22:{rng.randint(10, 59)}
"""
    return f"""Vraag via de chat (anoniem, {d_nl(later(rng))} 13:{rng.randint(10, 59)}):
"Ik ben uit Polen en woon 2 jaar in Nederland. Moet ik inburgeren of niet? Mijn buurvrouw zegt dat EU-burgers dat niet hoeven."
Antwoord gegeven: EU-burgers zijn niet inburgeringsplichtig; wel welkom in de reguliere cursus A1/A2 ({money(rng, 80, 100)} per blok van 10 lessen).
Categorie: informatie / geen dossier.
"""


@scen("nl", False)
def nl_results_csv(rng, k):
    rows = []
    for g in ["B1-AV-03", "B1-OCH-02", "A2-AV-01", "Z-DI-02", "KNM-05"]:
        n = rng.randint(8, 16)
        rows.append(f"{g};{n};{rng.randint(70, 96)}%;{rng.randint(0, n)};{d_nl(later(rng))}")
    if k == 0:
        body = "\n".join(rows)
        return f"""groep;aantal;presentie;geslaagd_lezen;peildatum
{body}

Bron: export LVS {d_nl(later(rng))} 08:15, bewerkt door team inburgering. Totalen voor de kwartaalrapportage aan de gemeenten (geen persoonsgegevens).
"""
    return f"""Kwartaalrapportage Q{rng.randint(1, 3)} 2025 - gemeente Eemvallei (contractnr. {rng.randint(2023, 2025)}-INB-{rng.randint(10, 99)})

Aantal gestarte inburgeraars: {rng.randint(20, 40)}
Gemiddelde presentie: {rng.randint(78, 92)},{rng.randint(0, 9)} %
Uitval: {rng.randint(1, 5)} (verhuizing {rng.randint(0, 2)}, werk {rng.randint(0, 2)})
Gefactureerd dit kwartaal: {money(rng, 6000, 9000)} (factuur {gen_elf9(rng, True)}, {d_nl(later(rng))})
Gemiddelde leerbaarheidsscore: {rng.randint(70, 85)}
"""


@scen("nl", False)
def nl_duo_wiki(rng, k):
    if k == 0:
        return f"""Wiki > Administratie > DUO-lening inburgering

1. Cursist vraagt zelf de lening aan in Mijn Inburgering (max. € 10.000, voor een statushouder wordt het budget door de gemeente betaald).
2. Wij zetten de factuur klaar in het DUO-portaal (menu 'Facturen' > 'Nieuw'). Factuurnummer = ons debiteurnummer + volgnummer, bijv. 40123-07.
3. In de factuur nooit het BSN typen in het omschrijvingsveld; DUO koppelt via het cursistnummer. Voorbeeld van de weergave: BSN ***.**.*12.
4. Betaling door DUO komt binnen op {rng.choice(O_IBAN2)} met omschrijving 'DUO INB' + 12-cijferig betalingskenmerk.
Laatst bijgewerkt: {d_nl(later(rng))} door team administratie.
"""
    return f"""FAQ: Hoeveel kost inburgeren bij Kompasroos?

B1-route (600 uur): {money(rng, 8500, 10000)} - via de gemeente of een lening van DUO.
Examentraining los: € 395,00.
KNM-cursus (8 lessen): € 240,00.
Let op: de lening van DUO hoeft u niet terug te betalen als u binnen de termijn slaagt.
Zakelijke klanten: prijzen excl. 21% btw. Zie ook {DOM}/tarieven.
"""


@scen("nl", False)
def nl_book_order(rng, k):
    on = gen_elf9(rng, True)
    code = gen_kenteken(rng, 4)
    if k == 0:
        return f"""Orderbevestiging {on}

Beste klant,

Bedankt voor uw bestelling bij Uitgeverij Taalwerk. Overzicht:
- 25x Werkboek KNM (art.nr. {code}) a € 24,95
- 25x Luistercode digitaal (artikelcode {gen_kenteken(rng, 5)}) a € 12,50
- 1x Docentenhandleiding, ISBN 978-90-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}-{rng.randint(0, 9)}
Subtotaal € 937,50, verzendkosten € 0,00.

Afleveradres: Kompasroos Taalinstituut, Zuiderhavenkade 21, 3812 PK Amersfoort
Track & Trace: 3SXYZ{digits(rng, 10)}
Verwachte levering: {d_nl(later(rng))}

Uitgeverij Taalwerk B.V. - klantenservice
"""
    return f"""Retourmelding (intern, magazijn)

Order {on} van Uitgeverij Taalwerk: 3 werkboeken beschadigd (art. {code}). Retourlabel aangevraagd, retournummer RMA-{rng.randint(10000, 99999)}.
Pakket gaat {WEEKDAY_NL[rng.randint(0, 4)]} mee met PostNL (zending 3SXYZ{digits(rng, 10)}).
Doos staat bij de receptie, Zuiderhavenkade 21.
"""


@scen("nl", False)
def nl_room_booking(rng, k):
    d = wdate(rng)
    if k == 0:
        return f"""Reservering bevestigd

Ruimte: lokaal 2.14 (16 pers.), Zuiderhavenkade 21
Datum: {WEEKDAY_NL[d.weekday()]} {d_nl(d)}, 13:00 - 17:00
Doel: oefenexamen spreken, groep {groep(rng)}
Extra: laptopkar #3, koptelefoons (20x), geluidsdichte cabine 2
Gereserveerd door: team examens
Reserveringsnummer: R-{rng.randint(20250000, 20259999)}
"""
    return f"""Hoi allemaal,

Vanaf {d_nl(d)} is lokaal 1.07 niet meer beschikbaar vanwege de verbouwing (tot ongeveer week {rng.randint(30, 40)}). Groepen die daar les hadden wijken uit naar het Kanaalpleintje in Utrecht of naar lokaal 0.03.
De nieuwe indeling staat in het rooster; de wijzigingen zijn aan de cursisten gemaild.

Team Facilitair
"""


@scen("nl", False)
def nl_municipality_capacity(rng, k):
    if k == 0:
        return f"""Van: Team Inburgering Gemeente Eemvallei
Aan: inburgering@{DOM}
Onderwerp: Capaciteit B1-route tweede helft 2025

Goedemiddag,

Wij verwachten in de tweede helft van 2025 ongeveer {rng.randint(25, 45)} nieuwe statushouders met een PIP voor de B1-route en {rng.randint(5, 12)} voor de Z-route.
Kunt u vóór {d_nl(later(rng))} laten weten hoeveel plekken u per maand kunt bieden, en of u avondgroepen kunt starten?
Het raamcontract (kenmerk 2024/INB/0{rng.randint(100, 999)}) loopt tot 31-12-2026.

Met vriendelijke groet,
Team Inburgering
Gemeente Eemvallei
"""
    return f"""Antwoord aan Gemeente Eemvallei (concept)

Wij kunnen per maand {rng.randint(10, 18)} plekken bieden in de B1-route (ochtend en avond) en {rng.randint(4, 8)} in de Z-route. Een extra avondgroep kan starten vanaf {d_nl(later(rng, (2025, 9, 1), 30))} bij minimaal 8 aanmeldingen.
Tarief conform raamcontract: € {rng.randint(11, 14)},{rng.randint(10, 90)} per lesuur.
Contact: inburgering@{DOM}, {rng.choice(O_TEL)}.
"""


@scen("nl", False)
def nl_social_org(rng, k):
    if k == 0:
        return f"""📣 Nieuwe groepen Nederlands A2 en B1 starten in september in Amersfoort én Utrecht!
Ochtend, avond of zaterdag 🕘 Kleine groepen (max. 12) 👩‍🏫
Betalen via DUO of in termijnen 💶
Aanmelden: {DOM}/aanmelden of app ons op {rng.choice(O_WA)}
#nederlandsleren #inburgering #NT2 #amersfoort #utrecht
"""
    return f"""Reactie van @KompasroosTaal onder een vraag over openingstijden:
"Hoi! De receptie aan de Zuiderhavenkade is open van ma t/m vr 8:30-21:30, za 9:00-13:00. In de meivakantie ({d_nl(later(rng, (2025, 4, 26), 1))} t/m {d_nl(later(rng, (2025, 5, 3), 1))}) zijn we alleen telefonisch bereikbaar op {rng.choice(O_TEL)}. Fijne dag! 🌷"
👍 {rng.randint(3, 40)}  💬 {rng.randint(1, 9)}
"""


# ============================================================================================
# EN scenarios (25: 16 with personal data, 9 without)
# ============================================================================================
@scen("en", True)
def en_expat_enrol(rng, k):
    p = person(rng, pool=["in", "cn", "br", "uk"])
    st, pc, town = nl_address(rng, rng.choice(["Utrecht", "Amersfoort", "Zeist"]))
    emp = rng.choice(["Nordlicht Pharma B.V.", "Quayside Analytics B.V.", "Eemland Medical Devices B.V."])
    if k == 0:
        return f"""Hi,

I moved to {town} last month for a job at {emp} and I'd like to join a Dutch A1 evening course, preferably starting in September. My employer reimburses the course, so the invoice can be in my name.
Could you send me the placement test? I have done about 30 lessons on Duolingo, so probably not a complete beginner 🙂

My details:
{P(p.full)}
{AD(st)}, {PC(pc)} {town}
{PH(fmt_mobile(gen_mobile(rng), rng.choice(['intl', 'intl0', 'e164'])))}

Cheers,
{P(p.first)}

P.S. Is there parking near the Utrecht location? I'd come by car (Dutch registration {LP(gen_kenteken(rng))}, lease car from work).
"""
    d = gen_date(rng, 1980, 2001)
    return f"""Enrolment form - Dutch for expats (A1/A2)
Submitted: {fmt_date(later(rng), 'slash')} 23:{rng.randint(10, 59)} CET

First name: {P(p.first)}
Last name: {P(p.last)}
Date of birth: {DOB(fmt_date(d, rng.choice(['slash', 'enw'])))}
Nationality: {COUNTRY_EN[p.origin]}
Street and number: {AD(st)}
Postcode: {PC(pc)}
City: {town}
Mobile: {PH(fmt_mobile(gen_mobile(rng), 'intl'))}
Email: {EM(mail(rng, p, PROV_EN))}
Who pays? [x] my employer  [ ] myself  [ ] DUO loan
Employer / invoice address: {emp}, attn. HR
Course: A1 evening, Utrecht (Kanaalpleintje)
"""


@scen("en", True)
def en_hr_bulk(rng, k):
    hr = person(rng, pool=["nl", "uk", "in"])
    comp = rng.choice(["Quayside Analytics", "Eemland Medical Devices", "Nordlicht Pharma"])
    dom = comp.split()[0].lower() + "-bv.example"
    staffers = []
    seen = set()
    while len(staffers) < 4:
        x = person(rng, pool=["in", "cn", "br", "uk", "pl", "ua"])
        if x.first not in seen and x.last not in seen:
            seen |= {x.first, x.last}
            staffers.append(x)
    kvk, btw = gen_kvk(rng), gen_btw(rng)
    st, pc, town = nl_address(rng, "Amersfoort", fancy=False)
    if k == 0:
        rows = "\n".join(f"{P(x.first)},{P(x.last)},{EM(work_mail(x, dom))},{rng.choice(['A1', 'A2', 'B1'])}" for x in staffers)
        return f"""Hello Kompasroos team,

As discussed on the phone, please find below the four colleagues for the in-company Dutch course starting in {rng.choice(['September', 'October'])}:

first_name,last_name,email,level
{rows}

Invoice details: {comp} B.V., {AD(st)}, {PC(pc)} {town}. Chamber of Commerce no. {KVK(kvk)}, VAT {BTW(btw)}. Please quote PO 4500{digits(rng, 6)}.

Kind regards,
{P(hr.full)}
HR Business Partner | {comp} B.V.
{PH(fmt_landline(*gen_landline(rng, '33'), 'intl'))}
"""
    rows = "\n".join(f"| {P(x.full)} | {rng.choice(['R&D', 'Finance', 'QA', 'Sales'])} | {rng.choice(['A1', 'A2', 'B1'])} | {rng.choice(['Tue', 'Thu'])} 16:00 |" for x in staffers)
    return f"""## In-company Dutch - {comp} - participants (final)

| name | department | level | slot |
|---|---|---|---|
{rows}

Contact at client: {P(hr.full)} ({EM(work_mail(hr, dom))}). Contract ref. KTI-B2B-2025-{rng.randint(10, 99)}; {money(rng, 700, 900, 'en')} per participant excl. VAT; location: client's office, meeting room 'Eem'.
Trainer: {P(staff('priya').full)}. Prepared by {P(staff('sevda').first)}.
"""


@scen("en", True)
def en_caseworker_refugee(rng, k):
    p = person(rng, "er", "M" if k == 0 else None)
    cw = person(rng, "nl")
    st, pc, town = nl_address(rng, rng.choice(["Soest", "Baarn", "Leusden"]))
    if k == 0:
        return f"""Dear Ms {P(staff('sevda').Last)},

cc: Mr {P(p.full)} ({EM(mail(rng, p))})

I am writing in English so that Mr {P(p.Last)} can follow our correspondence. He received his residence permit (asylum, fixed term) last month and has now been housed in {town}.
- residence permit no.: {ID(gen_resdoc(rng))}
- citizen service number (BSN): {BS(fmt_bsn(gen_bsn(rng), 'dash'))}
- address: {AD(st)}, {PC(pc)} {town}
- mobile: {PH(fmt_mobile(gen_mobile(rng), 'space'))} (Tigrinya interpreter recommended for the intake)

His PIP (personal integration plan) has been set for the B1 route. The municipality pays the course costs directly; please invoice us with reference INB/{rng.randint(2025, 2025)}/{rng.randint(1000, 9999)}.

Kind regards,
{P(cw.full)}
Caseworker Civic Integration, Municipality of Heuvelrug-Oost
"""
    return f"""Hello,

My name is {P(p.full)}. I am from Eritrea and I live now in {town}, {AD(st)} ({PC(pc)}). My caseworker {P(cw.first + ' ' + cw.last)} from the municipality told me to write to you for the integration course.
My residence permit number is {ID(gen_resdoc(rng))} and my BSN is {BS(gen_bsn(rng))}.
I want to learn Dutch fast because I want to work as electrician again.
My phone number: {PH(fmt_mobile(gen_mobile(rng), 'plain'))}

Thank you very much.
{P(p.first)}
"""


@scen("en", True)
def en_duo_loan(rng, k):
    p = person(rng, pool=["in", "cn", "br", "ua", "sy"])
    b = gen_bsn(rng)
    d = gen_date(rng, 1975, 2002)
    if k == 0:
        return f"""Hello,

I want to pay the B1 course ({money(rng, 900, 1100, 'en')}) with the loan from DUO. In the DUO portal they ask for my details on your invoice, so please add:
Name: {P(p.full)}
Date of birth: {DOB(fmt_date(d, 'enw'))}
BSN: {BS(fmt_bsn(b, 'dot'))}
Course code: B1-AV-03, start {fmt_date(later(rng), 'enw')}

Many thanks,
{P(p.first)}
"""
    h = staff("hanneke")
    return f"""[Web chat, {fmt_date(later(rng), 'slash')}]
[14:{rng.randint(10, 29)}] {P(p.first)}: hi, does DUO pay you directly or do I pay and DUO refunds me?
[14:{rng.randint(30, 39)}] {P(h.first)} (Kompasroos): DUO pays us directly once you approve the invoice in Mijn Inburgering. The loan covers up to €10,000.
[14:{rng.randint(40, 49)}] {P(p.first)}: ok. my bsn is {BS(fmt_bsn(b, 'plain'))} and born {DOB(fmt_date(d, 'slash'))} if you need it
[14:{rng.randint(50, 59)}] {P(h.first)} (Kompasroos): Thanks, but we don't need that in the chat - it is already in your file. Invoice no. {gen_elf9(rng, True)} is ready for you to approve.
"""


@scen("en", True)
def en_exam_passport(rng, k):
    if k == 0:
        p = person(rng, "uk")
        pp = str(rng.randint(1, 5)) + digits(rng, 8)
        return f"""Subject: State exam NT2 (programme II) - registration

Dear exam office,

I'd like to register for the speaking and writing parts of the NT2 state exam on {fmt_date(later(rng, (2025, 6, 1), 60), 'enw')}. I will bring my British passport as ID: passport number {ID(pp)}, date of birth {DOB(fmt_date(gen_date(rng, 1968, 1999), 'enw'))}.
My Dutch residence document is still being renewed at the IND (appointment {fmt_date(later(rng), 'slash')}).

Best wishes,
{P(p.full)}
{PH(gen_uk_phone(rng, True))} / {PH(fmt_mobile(gen_mobile(rng), 'intl44'))}
"""
    p = person(rng, "in")
    pp = rng.choice("JKLMNPRSTUVWZ") + digits(rng, 7)
    return f"""Hi {P(staff('wendelien').first)},

Following up on our call: for the exam list you need my ID details. Passport (India) no. {ID(pp)}, born {DOB(fmt_date(gen_date(rng, 1980, 1998), 'us'))}.
Name exactly as in the passport: {P(p.last.upper() + ' ' + p.first.upper())}.

Thanks and regards,
{P(p.first)}
"""


@scen("en", True)
def en_webchat(rng, k):
    p = person(rng, pool=EXPAT)
    fr = person(rng, pool=EXPAT, sex="F", avoid=(p.first, p.last))
    b = staff("bram")
    if k == 0:
        return f"""Chat transcript - {DOM} - {fmt_date(later(rng), 'iso')}
[10:42] {P(b.first)} (Support): Hi! How can I help?
[10:43] Visitor: hi, I'd like info on the business English course for my team
[10:43] {P(b.first)} (Support): Sure! Can I have your name and e-mail so our trainer can send you the brochure?
[10:44] Visitor: {P(p.full)}, {EM(mail(rng, p, PROV_EN))}
[10:44] Visitor: or call me {PH(fmt_mobile(gen_mobile(rng), 'intl'))}, after 3pm
[10:45] {P(b.first)} (Support): Great, I've passed it on to {P(staff('priya').first)}, she'll contact you tomorrow.
"""
    return f"""Chat transcript - {DOM} - {fmt_date(later(rng), 'iso')}
[19:02] Visitor: my friend {P(fr.full)} also wants to do the A2 course with me, can we be in the same group?
[19:03] {P(b.first)} (Support): Of course, if there's room. Is your friend registered yet?
[19:05] Visitor: not yet. her email is {EM(mail(rng, fr, PROV_EN))}
[19:06] {P(b.first)} (Support): Thanks, I'll send her the link. And your name?
[19:06] Visitor: {P(p.first.lower())}, group A2-AV-01
[19:07] {P(b.first)} (Support): Noted! 👍
"""


@scen("en", True)
def en_card_double(rng, k):
    p = person(rng, pool=EXPAT)
    card = gen_card(rng, rng.choice(["amex", "visa", "mc"]))
    if k == 0:
        return f"""Hi,

I paid the registration fee ({money(rng, 20, 30, 'en')}) for the Business English course and the amount was charged twice to my card.
Card: {CC(fmt_card(card))}, exp. {rng.randint(1, 12):02d}/{rng.randint(26, 30)}. Transaction time {rng.randint(10, 22)}:{rng.randint(10, 59)} on {fmt_date(later(rng), 'enw')}.
Could you please refund one of the payments?

Thanks,
{P(p.full)}
"""
    return f"""Internal note - refund request

{P(p.full)} reports a double charge on {fmt_date(later(rng), 'slash')}. PSP shows two captures, card ending {card[-4:]} (masked: {'*' * (len(card) - 4)}{card[-4:]}), reference PSP-{digits(rng, 12)}.
Refunded the second capture ({money(rng, 20, 30, 'en')}). Customer informed by e-mail ({EM(mail(rng, p, PROV_EN))}).
- {P(staff('hanneke').first)}
"""


@scen("en", True)
def en_refund_gb(rng, k):
    if k == 0:
        p = person(rng, "uk")
        st, pc, town = uk_address(rng)
        iban = gen_iban(rng, "GB")
        return f"""Hello,

I'm moving back to the UK at the end of this month, so unfortunately I have to cancel the B1 course that was due to start on {fmt_date(later(rng), 'enw')}.
Please refund the course fee to my UK account: {IB(fmt_iban(iban, rng.choice(['spaced', 'compact'])))} (account holder {P(p.full)}).

My new address from the 1st: {AD(st)}, {town} {PC(pc)}.

All the best and thanks for the lessons,
{P(p.first)}
"""
    p = person(rng, "pl")
    iban = gen_iban(rng, "PL")
    return f"""Good afternoon,

I cancelled my participation in the A2 course within the 14-day period (confirmation no. {gen_elf9(rng, False)}). Please send the refund to my Polish account {IB(fmt_iban(iban, 'spaced'))}, because my Dutch account is closed.
Account holder: {P(p.full)}

Regards,
{P(p.full)}
"""


@scen("en", True)
def en_attendance_employer(rng, k):
    hr = person(rng, pool=["nl", "uk"])
    emps = [person(rng, pool=["in", "cn", "br", "ua"]) for _ in range(2)]
    while emps[0].first == emps[1].first or emps[0].last == emps[1].last:
        emps = [person(rng, pool=["in", "cn", "br", "ua"]) for _ in range(2)]
    pr = staff("priya")
    if k == 0:
        return f"""Hi {P(pr.first)},

Quick question from our side: how are {P(emps[0].full)} and {P(emps[1].full)} doing in the Dutch course? Our management asked me for a short update on attendance before we approve the second block.
No need for details, a percentage per person is fine.

Thanks!
{P(hr.first)}
--
{P(hr.full)} | People & Culture | Quayside Analytics B.V.
{PH(fmt_landline(*gen_landline(rng, '30'), 'space'))}
"""
    return f"""Hi {P(hr.first)},

Here's the attendance for block 1 (20 sessions):

| participant | attended | comment |
|---|---|---|
| {P(emps[0].full)} | {rng.randint(15, 20)}/20 | very motivated |
| {P(emps[1].full)} | {rng.randint(10, 16)}/20 | missed sessions due to travel |

Both can continue in block 2. The invoice (no. 2025-{rng.randint(1000, 4999)}) follows from our administration.

Best,
{P(pr.full)}
Trainer Business English & Dutch | Kompasroos Language Institute
{rng.choice(O_TEL)}
"""


@scen("en", True)
def en_quoted_dutch(rng, k):
    p = person(rng, pool=EXPAT)
    m_ = staff("marloes") if k == 0 else staff("wendelien")
    sent = wdate(rng, 5)
    if k == 0:
        return f"""Thank you for the quick answer! I understood most of it (good practice 😄). I'll come to the intake on Thursday then.

Best,
{P(p.first)}

On {WEEKDAY_NL[sent.weekday()]} {sent.day} mei 2025 om 10:{rng.randint(10, 59)} schreef {P(m_.full)} <inburgering@{DOM}>:
> Beste {P(p.first)},
> Je bent welkom voor een intake op donderdag om 14:00 aan de Zuiderhavenkade 21. Neem je verblijfsdocument mee.
> Je mobiele nummer ({PH(fmt_mobile(gen_mobile(rng), 'dash'))}) hebben we genoteerd.
> Met vriendelijke groet,
> {P(m_.full)}
"""
    return f"""Dear {P(m_.first)},

Sorry, I don't fully understand your message below - do I need to register again for the listening part, or is my old result still valid?

Kind regards,
{P(p.full)}

-----Original Message-----
From: {P(m_.full)} <examens@{DOM}>
Sent: {fmt_date(later(rng), 'slash')} 09:{rng.randint(10, 59)}
To: {P(p.full)} <{EM(mail(rng, p, PROV_EN))}>
Subject: RE: uitslag luisteren

Geachte {'heer' if p.sex == 'M' else 'mevrouw'} {P(p.Last)},
Uw uitslag voor luisteren is helaas onvoldoende (score {rng.randint(430, 480)}). U kunt zich opnieuw aanmelden via Mijn Staatsexamen.
Met vriendelijke groet, {P(m_.first)}
"""


@scen("en", True)
def en_address_change(rng, k):
    p = person(rng, pool=EXPAT + ["sy", "ua"])
    st, pc, town = nl_address(rng)
    if k == 0:
        return f"""Hi there, just letting you know I've moved. New address:
{AD(st)}
{PC(pc)} {town}
Phone and email stay the same. Could you send the course certificate to the new address please?
Thanks - {P(p.full)}
"""
    return f"""Subject: change of address

Hello,
from {fmt_date(later(rng), 'enw')} my address is {AD(st)}, {PC(pc.replace(' ', ''))} {town}. The municipality knows already.
Group: {groep(rng)}
{P(p.full)}
"""


@scen("en", True)
def en_zoom_ip(rng, k):
    p = person(rng, pool=EXPAT)
    ip = gen_ip(rng)
    if k == 0:
        return f"""Hi support,

Since yesterday I can't join the online Business English sessions - the platform says my network is blocked. My public IP is {IPA(ip)} (I'm working from a coworking space in Utrecht). I'm on the desktop app, version 6.2.{rng.randint(0, 9)}.{rng.randint(10, 99)}, Windows 11.
Session tonight at 19:00, group BE-ONL-{rng.randint(1, 9)}.

Thanks,
{P(p.full)}
"""
    return f"""Status update ticket INC-2025-{rng.randint(1000, 9999)}
Reported by {P(p.full)}: blocked login. Source IP {IPA(ip)} matched an old rule (range owned by a VPN provider). Internal test host 10.40.2.17 and loopback 127.0.0.1:8443 unaffected.
Rule removed at {rng.randint(9, 17)}:{rng.randint(10, 59)}, customer confirmed access. Closed by {P(staff('bram').first)}.
"""


@scen("en", True)
def en_intake_md(rng, k):
    p = person(rng, pool=["in", "cn", "br", "uk", "ua"])
    d = gen_date(rng, 1970, 2002)
    se = staff("sevda")
    if k == 0:
        return f"""## Intake notes - {P(p.full)}

- **date of birth:** {DOB(fmt_date(d, 'iso'))}
- **nationality:** {COUNTRY_EN[p.origin]}
- **languages:** {rng.choice(['English (C1), Portuguese', 'English (B2), Mandarin', 'Hindi, English (C2)', 'Ukrainian, Russian, English (B1)'])}
- **placement test:** listening A2, reading A2+, writing A1
- **goal:** B1 within a year (job requirement)
- **advice:** A2 evening group, Utrecht, start {fmt_date(later(rng), 'enw')}
- **payment:** employer (see contract)

_Intake by {P(se.first)}, {fmt_date(later(rng), 'slash')}_
"""
    return f"""Intake summary for {P(p.first)} (sent to student)

Dear {P(p.first)},

Thank you for coming in today. As discussed: you start in group A2-AV-01 on {fmt_date(later(rng), 'enw')}; the first lesson is at the Utrecht location, Kanaalpleintje 4 (2nd floor).
We noted your date of birth as {DOB(fmt_date(d, 'enw'))} - please tell us if that is wrong, because it will be printed on your certificate.

Kind regards,
{P(se.full)}
Intake & study advice
"""


@scen("en", True)
def en_social_dm(rng, k):
    p = person(rng, pool=EXPAT + ["sy"])
    if k == 0:
        return f"""Instagram DM to @kompasroos.taal
{P(p.first.lower())}: hii 👋 do you still have places in the saturday A1 group?? 🙏
{P(p.first.lower())}: i'm {P(p.full)}, i tried the form but it gives an error
{P(p.first.lower())}: my whatsapp is {PH(fmt_mobile(gen_mobile(rng), 'intl'))} if easier 😊
@kompasroos.taal: Hi {P(p.first)}! Yes, 2 places left. I'll WhatsApp you the link 📲 ^{P(staff('bram').first)}
"""
    return f"""Tweet by @{_ascii(p.first).lower()}{rng.randint(10, 99)}:
Passed my A2 exam today 🎉🎉 Huge thanks to {P(staff('priya').first)} and {P(staff('youssef').first)} at @KompasroosTaal for the patience with my terrible pronunciation 😂 #dutch #expatlife #inburgering
"""


@scen("en", True)
def en_payment_plan_ie(rng, k):
    p = person(rng, pool=["uk"])
    iban = gen_iban(rng, "IE")
    st, pc, town = nl_address(rng)
    if k == 0:
        return f"""Hello,

Is it possible to pay the intensive course ({money(rng, 1200, 1400, 'en')}) in monthly instalments? I'd be happy to sign a direct debit mandate.
My account is Irish: {IB(fmt_iban(iban, 'nbsp'))} - I hope that works for SEPA.
Address for the mandate: {AD(st)}, {PC(pc)} {town}.

Thanks a million,
{P(p.full)}
"""
    return f"""Payment plan - confirmation

Dear {P(p.first)},

We have set up the payment plan: {rng.choice([4, 6])} instalments, collected on the 25th of each month from {IB(fmt_iban(iban, 'compact'))} (mandate ref. KTI-BR-2025-{rng.randint(100, 999)}).
If a collection fails, we will contact you before charging any fees.

Kind regards,
{P(staff('hanneke').full)}
Finance | Kompasroos Language Institute | {ORG['addresses'][0]}
"""


@scen("en", True)
def en_enrolment_letter(rng, k):
    p = person(rng, pool=["in", "cn", "br", "sy", "ua"])
    d = gen_date(rng, 1975, 2003)
    st, pc, town = nl_address(rng)
    if k == 0:
        return f"""Hi,

The IND asks me for a letter proving that I'm enrolled in a Dutch course (for my residence permit renewal). Could you make one with:
- my full name: {P(p.full)}
- date of birth: {DOB(fmt_date(d, 'slash'))}
- address: {AD(st)}, {PC(pc)} {town}
- course + dates
The deadline from the IND is {fmt_date(later(rng), 'enw')}.

Thank you!
{P(p.first)}
"""
    return f"""TO WHOM IT MAY CONCERN

Amersfoort, {fmt_date(later(rng), 'enw')}

This is to confirm that {P(p.full)}, born on {DOB(fmt_date(d, 'enw'))}, residing at {AD(st)}, {PC(pc)} {town}, is enrolled in the course Dutch B1 (civic integration, B1 route) at Kompasroos Language Institute from {fmt_date(later(rng), 'enw')} until {fmt_date(later(rng, (2026, 1, 1), 150), 'enw')}, 9 hours per week.

Yours faithfully,

{P(staff('tjeerd').full)}
Director, Kompasroos Taalinstituut B.V.
{ORG['addresses'][0]} | {O_TEL[2]} | KvK {ORG['kvk'][0]}
"""


# ---------------------------------------------------------------- EN without personal data
@scen("en", False)
def en_catalogue(rng, k):
    if k == 0:
        return f"""Business English - autumn programme

- Presenting with confidence (6 sessions) - {money(rng, 390, 450, 'en')} p.p.
- Negotiation in English (8 sessions) - {money(rng, 520, 600, 'en')} p.p.
- Writing e-mails that get answered (4 sessions, online) - {money(rng, 190, 240, 'en')} p.p.
All prices excl. 21% VAT. In-company groups of 4-10 people on request.
Start dates: {fmt_date(later(rng, (2025, 9, 1), 20), 'enw')} and {fmt_date(later(rng, (2025, 10, 6), 20), 'enw')}.
Questions: business@{DOM} | {O_TEL[2]}
"""
    return f"""Dutch for expats - levels and duration

| level | sessions | hours | price |
|---|---|---|---|
| A1 | 12 | 30 | €{rng.randint(45, 55)}0.00 |
| A2 | 12 | 30 | €{rng.randint(45, 55)}0.00 |
| B1 | 16 | 40 | €{rng.randint(60, 70)}0.00 |

Evening groups in Amersfoort (Zuiderhavenkade) and Utrecht (Kanaalpleintje). Books not included (approx. €45).
"""


@scen("en", False)
def en_invoice_query(rng, k):
    inv = gen_elf9(rng, True)
    if k == 0:
        return f"""Subject: Invoice {inv} - PO number missing

Dear Sir/Madam,

Our accounts payable department cannot process invoice {inv} dated {fmt_date(later(rng), 'slash')} ({money(rng, 1500, 3000, 'en')}) because the purchase order number is missing.
Please re-issue the invoice with PO 4500{digits(rng, 6)} and upload it to our supplier portal.

Kind regards,
Accounts Payable
Quayside Analytics B.V.
"""
    return f"""Reply sent:

We have credited invoice {inv} (credit note CN-2025-{rng.randint(100, 999)}) and issued invoice {gen_elf9(rng, True)} with the correct PO number. Payment term 30 days to {O_IBAN1[0]} (BIC RABONL2U).
Finance team, Kompasroos Language Institute
"""


@scen("en", False)
def en_status_page(rng, k):
    if k == 0:
        return f"""status.{DOM} - incident report

{fmt_date(later(rng), 'iso')} 18:52 CET - Investigating: online classroom unavailable for some users.
19:10 - Identified: load balancer 10.0.3.4 failed over to 10.0.3.5; sessions started before 18:50 were dropped.
19:31 - Resolved. Platform version 7.3.1.44 running on all nodes. No data lost.
Affected groups: BE-ONL-2, A2-ONL-1. Lessons will be extended by 15 minutes next week.
"""
    return f"""Scheduled maintenance
The learning platform will be updated to release 8.0.0.2 on {fmt_date(later(rng), 'enw')} between 06:00 and 08:00 (UTC+2).
During the update the app shows version 7.9.9.9 and logins are disabled. Nothing to do on your side.
"""


@scen("en", False)
def en_results_table(rng, k):
    rows = "\n".join(f"| {part} | {rng.randint(20, 40)} | {rng.randint(70, 95)} % |" for part in
                     ["Reading", "Listening", "Writing", "Speaking", "KNM"])
    if k == 0:
        return f"""### Civic integration exam results - Q{rng.randint(1, 3)} 2025 (all locations)

| part | candidates | pass rate |
|---|---|---|
{rows}

Source: DUO results file received {fmt_date(later(rng), 'slash')}; figures aggregated, no individual data.
"""
    return f"""Quarterly KPI summary
Attendance (all groups): {rng.randint(80, 92)}.{rng.randint(0, 9)}%
Drop-out: {rng.randint(3, 9)}%
Average time to B1: {rng.randint(9, 14)} months
Customer satisfaction: {rng.randint(7, 8)}.{rng.randint(0, 9)}/10 (n = {rng.randint(100, 200)})
Next review: {fmt_date(later(rng), 'enw')}
"""


@scen("en", False)
def en_generic_question(rng, k):
    if k == 0:
        return f"""Contact form
Name: -
Email: -
Message: Do you offer Dutch courses for spouses of highly skilled migrants? I'm not obliged to integrate but would like to learn. Is there a waiting list for the evening groups in Amersfoort?
Preferred contact: phone call back (number left blank)
"""
    return f"""Question received via chat ({fmt_date(later(rng), 'slash')}, 12:{rng.randint(10, 59)}):
"Can I take the state exam B1 without following a course at your school?"
Answer: yes, the state exam is organised by DUO; we only offer exam training. Registration fee €50 per part, see {DOM}/exams.
Tag: info / no file
"""


@scen("en", False)
def en_newsletter(rng, k):
    if k == 0:
        return f"""Kompasroos newsletter - August 2025

🗓 New A1 evening group starts {fmt_date(wdate(rng, rng.choice([9, 10])), 'enw')} (Utrecht).
🎓 {rng.randint(30, 60)} students passed their integration exam this quarter - congratulations!
📚 Free conversation café every Friday 16:00-17:00 at Zuiderhavenkade 21.
☎️ New phone hours: 9:00-17:00, {O_TEL[2]}.
Follow @KompasroosTaal for updates.
"""
    return f"""Reminder: holiday closure
Our offices are closed from 24 December 2025 to 1 January 2026. Online lessons continue as planned.
For urgent matters: WhatsApp {O_WA[2]} (answered on working days).
"""


@scen("en", False)
def en_room_change(rng, k):
    d = wdate(rng)
    if k == 0:
        return f"""Room change - Business English (group BE-AMF-{rng.randint(1, 4)})
From {WEEKDAY_EN[d.weekday()]} {fmt_date(d, 'enw')}, sessions take place in room 2.09 instead of 1.07 (renovation).
Time unchanged: 17:30-19:30. Parking at the back of the building is for permit holders only.
"""
    return f"""Facilities notice
The lift at Kanaalpleintje 4 will be out of service on {fmt_date(d, 'enw')} from 08:00 to 12:00. Students who need the lift, please contact the front desk ({O_TEL_U[0]}) so we can move your lesson to the ground floor.
"""


@scen("en", False)
def en_policy_excerpt(rng, k):
    if k == 0:
        return f"""Attendance policy (excerpt, version 2025.2)

3.1 Students following the civic-integration route must attend at least 80% of the lessons. Absence is recorded per lesson.
3.2 For students whose course is paid by a municipality, attendance below 80% over four weeks is reported to the caseworker.
3.3 Employers receive attendance figures only with the student's consent.
3.4 We never ask students to send copies of passports, residence permits or bank cards by e-mail or WhatsApp.
"""
    return f"""Privacy statement (excerpt)

We process your citizen service number (BSN) only when the law requires it, for example for DUO invoices. Example of how a BSN is shown in our system: ****.**.123.
Card payments are handled by our payment provider; we only see the last four digits (e.g. XXXX-XXXX-XXXX-4242).
Questions about your data: privacy@{DOM}.
"""


@scen("en", False)
def en_publisher_order(rng, k):
    on = gen_elf9(rng, True)
    if k == 0:
        return f"""Order confirmation {on}

Thank you for your order with Harbourline Education Ltd.
- 40x 'Business English Express' student book (item {gen_kenteken(rng, 4)}), £18.50 each
- 2x teacher's guide (item {gen_kenteken(rng, 6)})
Delivery to: Kompasroos Language Institute, Zuiderhavenkade 21, 3812 PK Amersfoort, NL
Tracking: 1Z{rng.choice('ABCDEFGH')}{digits(rng, 15)} (UPS)
Invoice to follow. VAT reverse-charged (NL customer).
"""
    return f"""Shipping notice for order {on}: 2 parcels, 14.2 kg, dispatched {fmt_date(later(rng), 'enw')}.
Tracking numbers: 1Z{digits(rng, 16)}, 1Z{digits(rng, 16)}.
Customs reference: GB{digits(rng, 12)}-{rng.randint(10, 99)}.
Harbourline Education Ltd - customer services
"""


# ============================================================================================
# DE scenarios (20: 12 with personal data, 8 without)
# ============================================================================================
DE_PLATE_PREFIX = {"Bocholt": "BOR", "Kleve": "KLE", "Düsseldorf": "D", "Köln": "K", "Münster": "MS",
                   "Emmerich am Rhein": "KLE", "Gronau": "BOR", "Nordhorn": "NOH"}


@scen("de", True)
def de_company_course(rng, k):
    fam = rng.choice(["Thielmann", "Obermaier", "Kühnel"])
    hr = person(rng, "de", "F", avoid=(fam,))
    emps = []
    while len(emps) < 3:
        x = person(rng, "de")
        if x.first not in {e.first for e in emps} | {hr.first} and x.last not in {e.last for e in emps} | {hr.last, fam}:
            emps.append(x)
    comp = NP(f"{fam} Fördertechnik GmbH")
    st, pc, town = nl_address(rng, rng.choice(["Veenendaal", "Barneveld", "Nijkerk"]), fancy=False)
    kvk, btw = gen_kvk(rng), gen_btw(rng)
    if k == 0:
        lst = "\n".join(f"- {P(e.full)}" for e in emps)
        return f"""Sehr geehrte Damen und Herren,

die {comp} eröffnet im Herbst eine Niederlassung in {town}. Für drei Mitarbeiter, die dort den Kundendienst übernehmen, möchten wir einen Niederländischkurs (A1 bis A2, Schwerpunkt Telefon und Kundengespräche) buchen:
{lst}

Rechnungsanschrift ist die niederländische Niederlassung:
{comp}, Vestiging {town}
{AD(st)}, {PC(pc)} {town}
KvK-Nummer {KVK(kvk)}, BTW-Nummer {BTW(btw)}

Für Rückfragen erreichen Sie mich unter {PH(gen_de_phone(rng, 'land'))}.

Mit freundlichen Grüßen
{P(hr.full)}
Personalabteilung
"""
    return f"""Interne Notiz (German Desk) - Neukunde {comp}

Ansprechpartnerin: Frau {P(hr.last)}, Personal ({EM(work_mail(hr, fam.lower() + '-foerdertechnik.example'))}, {PH(gen_de_phone(rng, 'land_intl'))})
Teilnehmer: {P(emps[0].full)}, {P(emps[1].full)}, {P(emps[2].full)}
Niederlassung NL: {AD(st)}, {PC(pc)} {town}; KvK {KVK(kvk)}; btw-id {BTW(btw)}
Kurs: Niederländisch für Deutschsprachige, 24 Einheiten, donnerstags 16-18 Uhr, Start KW {rng.randint(36, 42)}
Angebot ANG-2025-{rng.randint(100, 999)}: {money(rng, 800, 1000, 'de')} pro Person zzgl. MwSt.
- {P(staff('dietrich').first)}
"""


@scen("de", True)
def de_expat_enrol(rng, k):
    p = person(rng, "de")
    st, pc, town = de_address(rng)
    if k == 0:
        return f"""Hallo zusammen,

ich ziehe im {rng.choice(['August', 'September', 'Oktober'])} beruflich nach Utrecht und möchte vorher schon mit Niederländisch anfangen. Gibt es bei Ihnen einen Abendkurs A1 für Deutschsprachige, vielleicht auch online?
Bis zum Umzug wohne ich noch in {town}: {AD(st)}, {PC(pc)} {town}.
Am besten erreichen Sie mich mobil unter {PH(gen_de_phone(rng, rng.choice(['mob', 'mob_dash'])))}.

Viele Grüße
{P(p.full)}
"""
    d = gen_date(rng, 1970, 2003)
    return f"""Anmeldung - Niederländisch für Deutschsprachige (A1)
Eingang: {fmt_date(later(rng), 'de')}, 20:{rng.randint(10, 59)} Uhr

Name, Vorname: {P(p.comma)}
Geburtsdatum: {DOB(fmt_date(d, 'de'))}
Straße, Hausnummer: {AD(st)}
PLZ, Ort: {PC(pc)} {town}
Telefon: {PH(gen_de_phone(rng, 'mob_intl'))}
E-Mail: {EM(mail(rng, p, PROV_DE))}
IBAN (SEPA-Lastschrift): {IB(fmt_iban(gen_iban(rng, 'DE'), 'lowspaced'))}
BSN (falls vorhanden): -
Kursort: online
Zahlung: Lastschrift, 3 Raten (Selbstzahler)
"""


@scen("de", True)
def de_refund(rng, k):
    p = person(rng, "de")
    iban = gen_iban(rng, "DE")
    if k == 0:
        return f"""Guten Tag,

leider muss ich den Kurs Geschäftsniederländisch (Beginn {fmt_date(later(rng), 'de')}) stornieren, da mein Projekt in Arnheim abgesagt wurde. Die Kursgebühr von {money(rng, 390, 590, 'de')} habe ich bereits überwiesen.
Bitte erstatten Sie den Betrag auf mein Konto: IBAN {IB(fmt_iban(iban, 'nbsp'))}, Kontoinhaber {P(p.full)}.

Mit freundlichen Grüßen
{P(p.full)}
"""
    return f"""Hallo,

ich habe die Rechnung aus Versehen doppelt bezahlt (Rechnungsnummer {gen_elf9(rng, True)}, je {money(rng, 40, 60, 'de')}). Könnten Sie eine Zahlung zurücküberweisen?
Mein Konto: {IB(fmt_iban(iban, 'compact'))}

Danke und Gruß aus {rng.choice(['Kleve', 'Emmerich', 'Gronau'])},
{P(p.first)}
"""


@scen("de", True)
def de_bsn_question(rng, k):
    p = person(rng, "de", "M" if k == 1 else None)
    b = gen_bsn(rng)
    st, pc, town = nl_address(rng, rng.choice(["Utrecht", "Zeist", "Houten"]))
    d = gen_date(rng, 1965, 2000)
    if k == 0:
        return f"""Sehr geehrte Frau {P(staff('hanneke').Last)},

für die Anmeldung zum Kurs Niederländisch B1 fragt Ihr Formular nach meiner BSN. Ich bin Grenzpendler und habe eine, sie lautet {BS(fmt_bsn(b, 'space'))}.
Ist das wirklich nötig? Ich zahle den Kurs selbst und nicht über DUO.
Meine Adresse in den Niederlanden: {AD(st)}, {PC(pc)} {town}. Geburtsdatum laut Formular: {DOB(fmt_date(d, 'de'))}.

Mit freundlichen Grüßen
{P(p.init + ' ' + p.last)}
"""
    h = staff("hanneke")
    return f"""Sehr geehrter Herr {P(p.last)},

vielen Dank für Ihre Nachricht. Wenn Sie den Kurs selbst bezahlen, benötigen wir Ihre Bürgerservicenummer nicht. Wir haben die Nummer, die Sie uns geschickt haben ({BS(fmt_bsn(b, 'dot'))}), nicht gespeichert; bitte löschen Sie sie auch in Ihrem Postausgang.

Mit freundlichen Grüßen
{P(h.full)}
Finanzverwaltung | Sprachinstitut Kompasroos
{O_TEL[2]} | administratie@{DOM}
"""


@scen("de", True)
def de_exam_id(rng, k):
    p = person(rng, "de")
    d = gen_date(rng, 1968, 2002)
    if k == 0:
        return f"""Guten Tag Frau {P(staff('wendelien').Last)},

hiermit melde ich mich für die Prüfung NT2 Programm I (Lesen, Hören) am {fmt_date(later(rng, (2025, 6, 1), 60), 'dew')} an.
Als Ausweis bringe ich meinen deutschen Personalausweis mit, Ausweisnummer {ID(gen_de_ausweis(rng))}. Geburtsdatum: {DOB(fmt_date(d, 'dew'))}.

Freundliche Grüße
{P(p.full)}
"""
    return f"""Prüfungsliste NT2 - Ergänzung
{P(p.comma)} - geb. am {DOB(fmt_date(d, 'de'))} - Reisepass Nr. {ID(gen_de_ausweis(rng))} - Kandidatennummer {gen_elf9(rng, True)}
Hinweis: Kandidatennummer ist die Nummer von DUO (keine BSN). Liste nach der Prüfung vernichten.
Aufsicht: {P(staff('wendelien').full)}
"""


@scen("de", True)
def de_quoted_nl(rng, k):
    p = person(rng, "de", "M" if k == 1 else None)
    h = staff("hanneke") if k == 0 else staff("marloes")
    sent = wdate(rng, 5)
    if k == 0:
        return f"""Vielen Dank für die schnelle Antwort! Ich verstehe schon ziemlich viel Niederländisch 😊 Dann warte ich auf die neue Rechnung.

Viele Grüße
{P(p.first)}

Von: {P(h.full)} <administratie@{DOM}>
Gesendet: {WEEKDAY_DE[sent.weekday()]}, {sent.day}. Mai 2025 11:{rng.randint(10, 59)}
An: {P(p.full)} <{EM(mail(rng, p, PROV_DE))}>
Betreff: AW: Rechnung falsche Adresse

Beste {P(p.first)},
De factuur is aangepast naar uw nieuwe adres. U ontvangt hem vandaag per e-mail. De oude factuur vervalt.
Met vriendelijke groet,
{P(h.full)}
"""
    st, pc, town = de_address(rng)
    return f"""Liebe Frau {P(h.Last)},

danke für Ihre Mail (unten). Meine Tochter {P(relative(rng, p, 'F').first)} wird den Kurs machen, nicht ich - bitte die Unterlagen an sie schicken, gleiche Adresse: {AD(st)}, {PC(pc)} {town}.

Gruß
{P(p.full)}

-----Ursprüngliche Nachricht-----
Von: {P(h.full)} <inburgering@{DOM}>
Gesendet: {fmt_date(later(rng), 'de')} 14:{rng.randint(10, 59)}
Betreff: Inschrijving cursus A2
> Geachte heer {P(p.last)}, hartelijk dank voor uw inschrijving. Wilt u het intakeformulier nog invullen?
"""


@scen("de", True)
def de_attendance(rng, k):
    ps = []
    while len(ps) < 3:
        x = person(rng, "nl", "FMM"[len(ps)])
        if x.first not in {q.first for q in ps} and x.last not in {q.last for q in ps} and x.last != "Veldkamp":
            ps.append(x)
    d = staff("dietrich")
    if k == 0:
        return f"""Anwesenheit Geschäftsdeutsch B1 - {NP('Veldkamp & Zn. Transport')}, Block 2

{P(ps[0].full)}: 10/10, sehr aktiv, Präsentation über Zollpapiere war super
{P(ps[1].full)}: 7/10 (zwei Termine wegen Kundenbesuchen in Duisburg verpasst)
{P(ps[2].full)}: 9/10

Empfehlung: alle drei weiter in Block 3 (Verhandlungen). Bericht an die Firma nur als Prozentzahl, wie vereinbart.
{P(d.first + ' ' + d.last)}
"""
    return f"""Kurze Notiz nach der Stunde ({fmt_date(later(rng), 'de')})

Frau {P(ps[0].Last)} möchte in die Montagsgruppe wechseln. Herr {P(ps[1].Last)} braucht eine Teilnahmebestätigung für seinen Arbeitgeber (Deutsch B1, 30 Stunden).
{P(ps[2].first)} hat nach einer Lernapp gefragt - Link schicke ich morgen.
- {P(d.first)}
"""


@scen("de", True)
def de_whatsapp(rng, k):
    p = person(rng, "de")
    dd = later(rng)
    ds = f"{dd.day:02d}.{dd.month:02d}.{dd.year % 100:02d}"
    if k == 0:
        return f"""{ds}, 17:{rng.randint(10, 29)} - {P(p.full)}: hallo, ich stehe im Stau auf der A12, bin ca. 20 min später da 🙈
{ds}, 17:{rng.randint(30, 39)} - Kompasroos Taal: Kein Problem, ich sage es {P(staff('dietrich').first)}! Gute Fahrt 🚗
{ds}, 17:{rng.randint(40, 49)} - {P(p.full)}: danke!!
"""
    return f"""{ds}, 09:{rng.randint(10, 29)} - {P(p.first.lower())}: moin, meine neue handynummer ist {PH(gen_de_phone(rng, 'mob'))}, die alte bitte löschen
{ds}, 09:{rng.randint(30, 59)} - Kompasroos Taal: Moin {P(p.first)}, ist geändert. Schönen Tag! ^{P(staff('bram').first)}
"""


@scen("de", True)
def de_capitals(rng, k):
    p = person(rng, "de", "M")
    st, pc, town = de_address(rng)
    if k == 0:
        return f"""AN DAS SPRACHINSTITUT KOMPASROOS
ZUIDERHAVENKADE 21
3812 PK AMERSFOORT
NIEDERLANDE

KÜNDIGUNG DES KURSES NIEDERLÄNDISCH A2

SEHR GEEHRTE DAMEN UND HERREN,

HIERMIT KÜNDIGE ICH MEINEN KURS ZUM {fmt_date(later(rng), 'de')}. ICH BITTE UM EINE SCHRIFTLICHE BESTÄTIGUNG AN FOLGENDE ADRESSE:

{P(p.full.upper())}
{AD(st.upper())}
{PC(pc)} {town.upper()}

MIT FREUNDLICHEN GRÜSSEN
{P(p.full.upper())}
"""
    return f"""SEHR GEEHRTER HERR {P(staff('dietrich').Last.upper())},

ICH HABE SEIT DREI WOCHEN KEINE ANTWORT AUF MEINE FRAGE ZUR RECHNUNG {gen_elf9(rng, True)} ERHALTEN. BITTE RUFEN SIE MICH AN: {PH(gen_de_phone(rng, 'land'))}.

MFG
{P((p.init + ' ' + p.last).upper())}
"""


@scen("de", True)
def de_move(rng, k):
    p = person(rng, "de")
    st, pc, town = nl_address(rng)
    if k == 0:
        return f"""Hallo,

kurze Info: ich bin umgezogen. Neue Anschrift ab sofort:
{AD(st)}
{PC(pc)} {town}
Die Teilnahmebescheinigung bitte dorthin schicken.

Danke und viele Grüße
{P(p.full)}
"""
    st2, pc2, town2 = de_address(rng)
    return f"""Betreff: Adressänderung

Guten Tag, ab dem {fmt_date(later(rng), 'de')} wohne ich wieder in Deutschland: {AD(st2)}, {PC(pc2)} {town2}. Meine alte Adresse ({AD(st)}, {town}) gilt dann nicht mehr.
Den Onlinekurs mache ich weiter.
Gruß {P(p.first)}
"""


@scen("de", True)
def de_card(rng, k):
    p = person(rng, "de", "M" if k == 1 else None)
    card = gen_card(rng, rng.choice(["visa", "mc", "mc2"]))
    if k == 0:
        return f"""Guten Tag,

die Zahlung per Kreditkarte auf Ihrer Webseite hat nicht funktioniert. Können Sie die Kursgebühr direkt von meiner Karte abbuchen?
Kartennummer {CC(fmt_card(card))}, gültig bis {rng.randint(1, 12):02d}/{rng.randint(27, 30)}.

Mit freundlichen Grüßen
{P(p.full)}
"""
    return f"""Hallo {P(staff('hanneke').first)},

Herr {P(p.last)} hat uns seine komplette Kartennummer per Mail geschickt ({CC(fmt_card(card, 'dash'))}). Ich habe ihm einen Zahlungslink geschickt und die Mail gelöscht.
Die fehlgeschlagenen Zahlungsversuche auf der Webseite kamen laut Adyen von der IP-Adresse {IPA(gen_ip(rng))} (Kleve), passt also zu ihm.
Bitte nicht manuell abbuchen.
Gruß, {P(staff('dietrich').first)}
"""


@scen("de", True)
def de_parking(rng, k):
    p = person(rng, "de")
    town = rng.choice(list(DE_PLATE_PREFIX))
    pre = DE_PLATE_PREFIX[town]
    plate = f"{pre}-{rng.choice('ABFGHKLMNPRSTW')}{rng.choice(['', 'K', 'T', 'R'])} {rng.randint(10, 9999)}"
    if k == 0:
        return f"""Hallo,

ich komme für den Intensivkurs jeden Tag mit dem Auto aus {town}. Kann ich auf Ihrem Parkplatz parken? Mein Kennzeichen ist {LP(plate)}.

Danke!
{P(p.full)}
"""
    kt = gen_kenteken(rng)
    return f"""Parkgenehmigungen Intensivkurs KW {rng.randint(30, 40)}:
- {P(p.full)}: {LP(plate)} (deutsches Kennzeichen, bitte beim Parkplatzbetreiber melden)
- {P(person(rng, 'nl').full)}: {LP(kt)}
Stellplätze P-14 und P-15. - {P(staff('bram').first)}
"""


# ---------------------------------------------------------------- DE without personal data
@scen("de", False)
def de_course_offer(rng, k):
    if k == 0:
        return f"""Geschäftsdeutsch für Niederländer - Kursangebot Herbst 2025

- Telefonieren und E-Mails (8 Termine): {money(rng, 290, 390, 'de')} pro Person
- Verhandeln mit deutschen Kunden (10 Termine): {money(rng, 390, 490, 'de')} pro Person
- Inhouse-Kurse ab 4 Teilnehmern, Preise zzgl. 21 % BTW
Start: {fmt_date(later(rng, (2025, 9, 1), 30), 'dew')}. Anmeldung: deutsch@{DOM} oder {O_TEL[0]}.
"""
    return f"""Niederländisch für Deutschsprachige - Niveaus

| Niveau | Termine | Preis |
|---|---|---|
| A1 | 12 | {money(rng, 420, 520, 'de')} |
| A2 | 12 | {money(rng, 420, 520, 'de')} |
| B1 | 16 | {money(rng, 560, 650, 'de')} |

Kursorte: Amersfoort und Utrecht, oder online. Lehrbuch ca. 40 €.
"""


@scen("de", False)
def de_payment_reminder(rng, k):
    rn = gen_elf9(rng, True)
    if k == 0:
        return f"""Zahlungserinnerung zur Rechnung {rn}

Sehr geehrte Kundin, sehr geehrter Kunde,

die Rechnung {rn} vom {fmt_date(later(rng), 'de')} über {money(rng, 150, 300, 'de')} ist noch offen. Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf {O_IBAN1[0]} (BIC RABONL2U), Verwendungszweck: {rn}.

Mit freundlichen Grüßen
Buchhaltung, Sprachinstitut Kompasroos
KvK {ORG['kvk'][0]} · BTW {ORG['btw'][0]}
"""
    return f"""Zahlungseingang bestätigt
Rechnung {rn} · Betrag {money(rng, 150, 300, 'de')} · bezahlt am {fmt_date(later(rng), 'de')} per Visa **** {rng.randint(1000, 9999)}
Kundennummer {rng.randint(40000, 49999)}. Diese Nachricht wurde automatisch erstellt.
"""


@scen("de", False)
def de_timetable(rng, k):
    d = wdate(rng, days=[0])
    if k == 0:
        return f"""Stundenplan Geschäftsdeutsch (Gruppe GD-B1-{rng.randint(1, 4)})
Montag 17:30-19:30, Raum 2.09, Zuiderhavenkade 21
Ausfall am {fmt_date(d, 'de')} (Prüfungswoche), Nachholtermin {fmt_date(d + datetime.timedelta(days=9), 'de')}.
Hausaufgabe: Kapitel 6, Übungen 1-4; Vokabeltest am {fmt_date(d + datetime.timedelta(days=14), 'de')}.
"""
    return f"""Raumänderung: Ab {fmt_date(d, 'dew')} findet der Kurs Niederländisch A2 (online/hybrid) in Raum U-0.04 am Kanaalpleintje statt. Zeit unverändert 18:30-21:00 Uhr. Bei Fragen: {O_TEL_U[1]}.
"""


@scen("de", False)
def de_it(rng, k):
    if k == 0:
        return f"""Hinweis zur Lernplattform
Am {fmt_date(later(rng), 'de')} wird die Plattform auf Version 8.1.0.3 aktualisiert (Wartungsfenster 06:00-07:30 Uhr).
Bitte danach den Browser-Cache leeren. Die App (Android 4.2.1.7 / iOS 4.2.1) muss ebenfalls aktualisiert werden.
Interner Server nach der Umstellung: 10.20.4.30; DNS 9.9.9.9.
"""
    return f"""Störungsmeldung behoben
Ticket INC-2025-{rng.randint(1000, 9999)}: Audioaufnahmen bis 2048 MB wurden abgelehnt (Limit fälschlich 512 MB). Fix in Release 7.3.2.1. Betroffen: {rng.randint(5, 30)} Teilnehmende, keine Daten verloren.
"""


@scen("de", False)
def de_question(rng, k):
    if k == 0:
        return f"""Kontaktformular
Name: (keine Angabe)
Nachricht: Ich wohne in Nordhorn und arbeite in Enschede. Muss ich für einen Niederländischkurs bei Ihnen eine BSN haben? Und gibt es Rabatt, wenn zwei Kollegen zusammen buchen?
Rückmeldung gewünscht per: Telefon (keine Nummer angegeben)
"""
    return f"""Frage im Chat (anonym, {fmt_date(later(rng), 'de')}):
„Kann man die Prüfung auch in Utrecht machen oder nur in Amersfoort?"
Antwort: Die Staatsexamen NT2 organisiert DUO an eigenen Standorten; unsere Prüfungstrainings finden an beiden Standorten statt.
"""


@scen("de", False)
def de_newsletter(rng, k):
    if k == 0:
        return f"""🇳🇱 Neu: Niederländisch-Crashkurs für Grenzpendler - 5 Samstage, Start {fmt_date(wdate(rng, rng.choice([9, 10]), [5]), 'dew')} in Amersfoort.
Kleine Gruppen (max. 10) · Kursgebühr {money(rng, 295, 345, 'de')} · Rechnung an den Arbeitgeber möglich
Infos: {DOM}/deutsch · WhatsApp {O_WA[1]}
#niederländischlernen #grenzpendler #sprachkurs
"""
    return f"""Beitrag von @KompasroosTaal:
„Herzlichen Glückwunsch an alle {rng.randint(10, 25)} Teilnehmenden unseres Geschäftsdeutsch-Kurses, die diese Woche ihr Zertifikat B1 bekommen haben! 🎓 Nächster Kurs startet im Oktober."
❤️ {rng.randint(10, 90)}
"""


@scen("de", False)
def de_table(rng, k):
    rows = "\n".join(f"| GD-B1-{i} | {rng.randint(6, 12)} | {rng.randint(75, 98)} % | {rng.randint(4, 10)} |" for i in range(1, 5))
    if k == 0:
        return f"""### Auswertung Geschäftsdeutsch 2025 (H1)

| Gruppe | Teilnehmende | Anwesenheit | Zertifikate |
|---|---|---|---|
{rows}

Stand {fmt_date(later(rng), 'de')}; Zahlen ohne Personenbezug.
"""
    return f"""Kennzahlen German Desk Q{rng.randint(1, 3)}
Neue Firmenkunden: {rng.randint(2, 8)} · Umsatz: {money(rng, 5000, 9000, 'de')} · Durchschnittliche Gruppengröße: {rng.randint(6, 9)},{rng.randint(0, 9)}
Offene Angebote: ANG-2025-{rng.randint(100, 499)}, ANG-2025-{rng.randint(500, 999)}
"""


@scen("de", False)
def de_book_order(rng, k):
    bn = gen_elf9(rng, True)
    if k == 0:
        return f"""Bestellbestätigung {bn}

Vielen Dank für Ihre Bestellung beim Lernwerk Verlag.
- 30x „Geschäftsdeutsch kompakt B1" (Artikel-Nr. {gen_kenteken(rng, 4)}) à 27,90 €
- 30x Audio-Download-Code (Artikel {gen_kenteken(rng, 1)})
Lieferadresse: Sprachinstitut Kompasroos, Zuiderhavenkade 21, 3812 PK Amersfoort
Sendungsnummer DHL: 00340434{digits(rng, 12)}
Lernwerk Verlag GmbH, Kundenservice
"""
    return f"""Versandbestätigung zur Bestellung {bn}: 1 Paket, {rng.randint(8, 15)},{rng.randint(0, 9)} kg, voraussichtliche Zustellung am {fmt_date(later(rng), 'de')}.
Sendungsnummer: 00340434{digits(rng, 12)}.
"""


# ============================================================================================
# build
# ============================================================================================
CRLF_SET = {("nl_caseworker_referral", 0), ("nl_forward_en", 0), ("nl_letter_capitals", 0), ("nl_employer_order", 0),
            ("en_quoted_dutch", 1), ("en_hr_bulk", 0), ("en_enrolment_letter", 1), ("de_quoted_nl", 0),
            ("de_capitals", 0), ("de_company_course", 0), ("nl_payment_reminder", 0), ("de_payment_reminder", 0)}
WANT = {"nl": 60, "en": 50, "de": 40}


def build():
    records, meta = [], []
    for lang in ("nl", "en", "de"):
        items = []
        for lg, name, pii, f in SCENARIOS:
            if lg != lang:
                continue
            for k in (0, 1):
                rng = random.Random(f"{SEED}:{name}:{k}")
                marked = f(rng, k).strip("\n")
                if (name, k) in CRLF_SET:
                    marked = crlf(marked)
                text, spans, nps = render(marked)
                items.append({"name": name, "k": k, "pii": pii, "text": text, "spans": spans, "nps": nps})
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(items)
        assert len(items) == WANT[lang], (lang, len(items))
        for i, it in enumerate(items, 1):
            rec = {"id": f"h46-{lang}-{i:03d}", "lang": lang, "text": it["text"],
                   "spans": [{"start": s, "end": e, "label": lab} for s, e, lab, _v in it["spans"]]}
            records.append(rec)
            meta.append(it)
    return records, meta


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


# ============================================================================================
# audit
# ============================================================================================
NEG9 = ["factuur", "invoice", "order", "bestel", "rechnung", "kandida", "candidate", "rsin", "confirmation",
        "bevestig", "kenmerk", "reference", "referenz", "sendung", "tracking", "ticket"]
VERSION_WORDS = ["versie", "version", "release", "firmware", "build", "android", "ios", "dns", "app "]
PRODUCT_WORDS = ["art.", "artikel", "item", "code"]
PC_ALLOW = {"2024 EN", "2048 MB", "1024 MB"}
BSN_WORDS = ["bsn", "burgerservicenummer", "sofinummer", "citizen service", "bürgerservicenummer"]
PLATE_WORDS = re.compile(r"(?i)kenteken|registration|kennzeichen|ontheffing|parkeer|parking")
STREET_RE = re.compile(r"(?i)\b(" + "|".join(re.escape(x) for x in sorted(
    NL_STREETS + DE_STREETS + [b[0] for b in BE_PLACES] + [u[0] for u in UK_PLACES], key=len, reverse=True)) + r")\s+\d")
UK_STREET_RE = re.compile(r"(?i)\b\d{1,4} (" + "|".join(re.escape(u[0]) for u in UK_PLACES) + r")\b")
DE_PC_RE = re.compile(r"(?<!\d)\d{5}(?= (" + "|".join(re.escape(t) for t in DE_TOWNS) + r"))", re.I)
UK_PC_RE = re.compile(r"(?<![\w])[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![\w])")
NL_PC_LOWER = re.compile(r"(?i)(?<![\w])[1-9]\d{3} ?[a-z]{2}(?= +(" + "|".join(NL_TOWNS) + r")\b)")
IPV6_RE = re.compile(r"(?i)(?<![\w:])[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])")
BIRTH_RE = re.compile(r"(?i)(geboren|geb\.|geboortedatum|born|date of birth|\bdob\b|geburtsdatum)")
DATE_RE = re.compile(r"(?i)(\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [a-zäé]+ \d{4}|[a-z]+ \d{1,2}, \d{4})")
DOC_RE = re.compile(r"(?i)(paspoort|passport|reisepass|ausweis|verblijfsdocument|verblijfspas|residence permit|"
                    r"residence document|documentnummer|reisdocument|travel document)")
KT_SHAPE = re.compile(r"(?<![\w-])(?:[A-Z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}|[A-Z]{2}-\d{2}-[A-Z]{2}|"
                      r"[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-[A-Z]{2}-[A-Z]{2}|\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}|"
                      r"[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{3}-\d{2}-[A-Z]|[A-Z]-\d{2}-[A-Z]{3}|"
                      r"\d-[A-Z]{2}-\d{3}|\d{3}-[A-Z]{2}-\d)(?![\w-])", re.I)


def _line_prefix(text, pos):
    return text[text.rfind("\n", 0, pos) + 1:pos]


def audit(records, meta, data):
    errs = []
    toks = name_tokens()
    org_ibans = {iban_compact(x) for x in ORG["ibans"]}
    org_digits = {re.sub(r"\D", "", x) for x in ORG["phones"]} | {"31" + re.sub(r"\D", "", x)[1:] for x in ORG["phones"]}
    seen_texts = set()
    lines = data.split(b"\n")
    assert lines[-1] == b"" and len(lines) - 1 == len(records)
    for rec, it, raw in zip(records, meta, lines):
        rid = rec["id"]
        E = lambda msg: errs.append(f"{rid} ({it['name']}/{it['k']}): {msg}")
        back = json.loads(raw.decode("utf-8"))
        if back != rec:
            E("json round trip")
        text = back["text"]
        b = text.encode("utf-8")
        if text in seen_texts:
            E("duplicate text")
        seen_texts.add(text)
        if any(ch in text for ch in (SO, SM, SC, NO, NC)):
            E("markup left")
        # byte -> char map
        b2c = {}
        pos = 0
        for ci, ch in enumerate(text):
            b2c[pos] = ci
            pos += len(ch.encode("utf-8"))
        b2c[pos] = len(text)
        covered = [False] * len(text)
        prev_end = -1
        vals = []
        for sp, (sb, se, lab, val) in zip(back["spans"], it["spans"]):
            s, e, label = sp["start"], sp["end"], sp["label"]
            if label not in LABELS:
                E(f"bad label {label}")
            if s not in b2c or e not in b2c or not s < e:
                E(f"span not on char boundary {s}-{e}")
                continue
            if s < prev_end:
                E(f"overlap/unsorted at {s}")
            prev_end = e
            v = b[s:e].decode("utf-8")
            if v != val or (s, e, label) != (sb, se, lab):
                E(f"re-slice mismatch {v!r} != {val!r}")
            if v != v.strip() or not (v[0].isalnum() or v[0] in "+(") or not v[-1].isalnum():
                E(f"edge whitespace/punctuation {v!r}")
            if not VALIDATE[label](v):
                E(f"invalid {label} {v!r}")
            cs, ce = b2c[s], b2c[e]
            for i in range(cs, ce):
                covered[i] = True
            vals.append((label, v, cs, ce))
            # organisation's data never inside a span
            dv = re.sub(r"\D", "", v)
            if iban_compact(v) in org_ibans or (label == "PHONE" and (dv in org_digits or dv.lstrip("0") in org_digits)) \
                    or ORG["kvk"][0] in dv or ORG_RSIN in dv or "kompasroos" in v.lower() or DOM in v \
                    or any(x in v for x in ORG_STREETS) or v.replace(" ", "") in {p.replace(" ", "") for p in ORG_POSTCODES}:
                E(f"organisation data labelled {v!r}")
            if label == "DATE_OF_BIRTH" and not BIRTH_RE.search(text[max(0, cs - 300):cs]):
                E(f"no birth word before DOB {v!r}")
        if bool(back["spans"]) != it["pii"]:
            E(f"pii flag {it['pii']} but {len(back['spans'])} spans")

        def unc(a, z):
            return not all(covered[a:z])

        # repeats of labelled values
        for label, v, cs, ce in vals:
            if label == "PERSON" or len(v) < 4:
                continue
            for mt in re.finditer(re.escape(v), text):
                if unc(mt.start(), mt.end()):
                    E(f"unlabelled repeat of {label} {v!r}")
        # e-mail addresses
        mask = [False] * len(text)
        for mt in EMAIL_RE.finditer(text):
            for i in range(mt.start(), mt.end()):
                mask[i] = True
            if unc(mt.start(), mt.end()) and not mt.group().lower().endswith("@" + DOM):
                E(f"unlabelled e-mail {mt.group()!r}")
        for mt in re.finditer(r"(?i)\[at\]|\(at\)| apenstaartje ", text):
            if unc(mt.start(), mt.end()):
                E("unlabelled obfuscated e-mail")
        # IBANs
        for mt in re.finditer(r"(?i)(?<![A-Za-z0-9])[A-Z]{2}\d{2}", text):
            cc = mt.group()[:2].upper()
            if cc not in IBAN_LEN:
                continue
            got, j, end = "", mt.start(), mt.start()
            while j < len(text) and len(got) < IBAN_LEN[cc]:
                ch = text[j]
                if ch.isascii() and ch.isalnum():
                    got += ch
                    end = j + 1
                elif not (ch in " \u00a0" and j + 1 < len(text) and text[j + 1].isalnum()):
                    break
                j += 1
            if iban_valid(got) and unc(mt.start(), end) and got.upper() not in org_ibans:
                E(f"unlabelled IBAN {got}")
        # BSN-shaped numbers
        for mt in re.finditer(r"(?<![\w.\-/])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ \-]\d{3}[ \-]\d{3}|\d{2}\.\d{2}\.\d{2}\.\d{3})(?![\w]|[.,\-/]\d)", text):
            if unc(mt.start(), mt.end()) and elfproef(mt.group()):
                pre = _line_prefix(text, mt.start()).lower()
                neg = max((pre.rfind(w) for w in NEG9), default=-1)
                pos_ = max((pre.rfind(w) for w in BSN_WORDS), default=-1)
                if neg < 0 or pos_ > neg:
                    E(f"unlabelled elfproef-valid number {mt.group()!r} without framing (or after a BSN word)")
        for mt in re.finditer(r"(?i)(bsn|burgerservicenummer|sofinummer|citizen service number|bürgerservicenummer)\D{0,25}(\d{8})(?!\d)", text):
            if unc(mt.start(2), mt.end(2)):
                E("unlabelled 8-digit BSN")
        # phones
        for mt in re.finditer(r"(?<![\w+])(?:\+|0)\d[\d \-/().\u00a0]{6,22}\d", text):
            cand = mt.group()
            dg = re.sub(r"\D", "", cand)
            if len(dg) < 9 or re.search(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}", cand):
                continue
            ok = any(phone_valid(cand, c) for c in ("NL", "DE", "BE", "GB"))
            if ok and unc(mt.start(), mt.end()):
                e = phone_e164(cand) or "+31" + dg[1:]
                if e.replace("(0)", "") not in ORG_PHONE_E164 and "+31" + dg.lstrip("0").removeprefix("31") not in ORG_PHONE_E164:
                    E(f"unlabelled phone {cand!r}")
        # postcodes
        for mt in re.finditer(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])", text):
            if unc(mt.start(), mt.end()) and postcode_nl(mt.group()) and mt.group() not in ORG_POSTCODES \
                    and mt.group() not in PC_ALLOW:
                E(f"unlabelled postcode {mt.group()!r}")
        # cards
        for mt in re.finditer(r"(?<![\w\-])(?:\d[ \-]?){11,18}\d(?![\w])", text):
            if card_valid(mt.group()) and unc(mt.start(), mt.end()):
                E(f"unlabelled card {mt.group()!r}")
        # IPs
        for mt in re.finditer(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w]|\.\d)", text):
            if ip_public(mt.group()) and unc(mt.start(), mt.end()):
                pre = _line_prefix(text, mt.start()).lower()
                if not any(w in pre for w in VERSION_WORDS):
                    E(f"unlabelled public IP {mt.group()!r}")
        for mt in IPV6_RE.finditer(text):
            if ":" in mt.group() and ip_public(mt.group()) and unc(mt.start(), mt.end()):
                E(f"unlabelled public IPv6 {mt.group()!r}")
        # addresses from the street lists, DE/UK postcodes, lower-case NL postcodes before a town
        for mt in STREET_RE.finditer(text):
            if unc(mt.start(), mt.end()):
                E(f"unlabelled address {mt.group()!r}")
        for mt in UK_STREET_RE.finditer(text):
            if unc(mt.start(), mt.end()):
                E(f"unlabelled address {mt.group()!r}")
        for mt in re.finditer(r"(?<![\w-])(?:I|II|III|IV|V)-V[A-Z0-9]{8}(?![\w])", text):
            if unc(mt.start(), mt.end()):
                E(f"unlabelled residence document {mt.group()!r}")
        for rx in (DE_PC_RE, UK_PC_RE, NL_PC_LOWER):
            for mt in rx.finditer(text):
                if unc(mt.start(), mt.end()) and mt.group().upper() not in ORG_POSTCODES \
                        and mt.group()[-2:] not in ("in", "en", "op", "te", "om", "of", "at", "on", "to"):
                    E(f"unlabelled postcode {mt.group()!r}")
        # compact / lower-case kentekens when a vehicle word is in the message
        if PLATE_WORDS.search(text):
            for mt in re.finditer(r"(?<![\w-])[A-Za-z0-9]{6}(?![\w-])", text):
                if re.search(r"\d", mt.group()) and re.search(r"[A-Za-z]", mt.group()) and \
                        kenteken_sidecode(mt.group()) and unc(mt.start(), mt.end()):
                    E(f"unlabelled compact kenteken {mt.group()!r}")
        # dates in a birth-date column of a pasted CSV / Markdown table
        tl = text.split("\n")
        for li, line in enumerate(tl):
            sep = ";" if line.count(";") >= 2 else "|" if line.count("|") >= 2 else None
            if not sep or not BIRTH_RE.search(line):
                continue
            cols = [c.strip().lower() for c in line.split(sep)]
            bc = [i for i, c in enumerate(cols) if BIRTH_RE.search(c)]
            off = sum(len(x) + 1 for x in tl[:li + 1])
            for row in tl[li + 1:]:
                if row.count(sep) < 2:
                    break
                cells = row.split(sep)
                cpos = off
                for ci, cell in enumerate(cells):
                    if ci in bc and DATE_RE.search(cell):
                        d = DATE_RE.search(cell)
                        if unc(cpos + d.start(), cpos + d.end()):
                            E(f"unlabelled date in birth-date column {d.group()!r}")
                    cpos += len(cell) + 1
                off += len(row) + 1
        # KvK / btw
        for mt in re.finditer(r"(?i)\b(?:kvk|kamer van koophandel|chamber of commerce|handelsregister)(?:-?nummer|-?nr\.?| no\.)?\W{0,5}(\d{8})\b", text):
            if unc(mt.start(1), mt.end(1)) and mt.group(1) not in ORG["kvk"]:
                E(f"unlabelled KvK {mt.group(1)}")
        for mt in re.finditer(r"(?i)(?<![\w])(?:NL ?)?\d{9} ?B ?\d{2}(?![\w])", text):
            c = re.sub(r"\s", "", mt.group()).upper()
            if unc(mt.start(), mt.end()) and ("NL" + c if not c.startswith("NL") else c) not in ORG["btw"]:
                E(f"unlabelled btw/OB {mt.group()!r}")
        # dates after birth words
        for mt in BIRTH_RE.finditer(text):
            win = text[mt.end():mt.end() + 45]
            d = DATE_RE.search(win)
            if d and parse_date(d.group()) and unc(mt.end() + d.start(), mt.end() + d.end()):
                E(f"unlabelled date after birth word {d.group()!r}")
        # document numbers after document words
        for mt in DOC_RE.finditer(text):
            win_start = mt.end()
            win = text[win_start:win_start + 60].split("\n")[0]
            for tk in re.finditer(r"[A-Z0-9][A-Z0-9\-]{6,14}", win):
                tv = tk.group()
                if any(w in win[:tk.start()].lower() for w in NEG9):
                    continue
                if (docnr_valid(tv) and not re.fullmatch(r"\d{9}", tv) or re.fullmatch(r"\d{9}", tv)) and \
                        unc(win_start + tk.start(), win_start + tk.end()):
                    E(f"unlabelled document number {tv!r}")
        # kentekens / plates
        for mt in KT_SHAPE.finditer(text):
            if unc(mt.start(), mt.end()) and kenteken_sidecode(mt.group()):
                pre = _line_prefix(text, mt.start()).lower()
                if not any(w in pre for w in PRODUCT_WORDS):
                    E(f"unlabelled kenteken {mt.group()!r}")
        for mt in DE_PLATE.finditer(text):
            if unc(mt.start(), mt.end()):
                E(f"unlabelled DE plate {mt.group()!r}")
        # names: every token of the name lists outside spans, company names, e-mails, URLs and handles
        for a, z in it["nps"]:
            for i in range(a, z):
                mask[i] = True
        for mt in re.finditer(r"(?:https?://|www\.)\S+|\S+\.example/\S*|(?<![\w])@[\w.]+", text):
            for i in range(mt.start(), mt.end()):
                mask[i] = True
        for mt in re.finditer(r"[^\W\d_]+", text):
            if mt.group().lower() in toks and unc(mt.start(), mt.end()) and not all(mask[mt.start():mt.end()]):
                E(f"unlabelled name token {mt.group()!r}")
    return errs


# ============================================================================================
# self test (reference vectors + generators)
# ============================================================================================
def self_test():
    n = 0

    def ok(cond, what):
        nonlocal n
        n += 1
        if not cond:
            raise AssertionError(f"self test failed: {what}")

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303",
              "103349856", "044126396", "656412689", "460455977", "879119330", "999999990", "111111110"]:
        ok(elfproef(v), f"bsn {v}")
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        ok(not elfproef(v), f"not bsn {v}")
    ok(bank11("123456789") and bank11("999999990") and bank11("111111110"), "bank 11-test")
    ok(onderwijsnummer("101222331") and not onderwijsnummer("100252333"), "onderwijsnummer")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789",
              "NL20INGB0001234567", "NL39RABO0300065264", "NL44RABO0123456789", "NL86INGB0002445588",
              "NL68KNAB0123456789", "NL32BUNQ2012345678", "BE71 0961 2345 6769", "DE89370400440532013000",
              "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606", "FR76 3000 6000 0112 3456 7890 189",
              "GB82WEST12345698765432", "NL91\u00a0ABNA 0417 1643 00"]:
        ok(iban_valid(v), f"iban {v}")
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300",
              "DE89370400440532013001", "BE68539007547035"]:
        ok(not iban_valid(v), f"not iban {v}")
    ok(iban_make("NL", "ABNA0417164300") == "NL91ABNA0417164300", "iban check digits")
    for v in ["06-12345678", "06 12345678", "06 1234 5678", "06-12 34 56 78", "06 - 123 456 78", "0612345678",
              "(06) 12345678", "+31 6 12345678", "+316-12345678", "+31 (0)6 1234 5678", "+31 (0) 6-123 456 78",
              "+31 0 6 12345678", "0031 6 1234 5678", "0031612345678", "020-1234567", "020 123 4567",
              "(020) 123 45 67", "+31(0)20-1234567", "0031-(0)20-1234567", "+31-20-1234567", "+31.20.123.45.67",
              "020/1234567", "0111-123456", "085 123 4567", "091 123 4567"]:
        ok(phone_valid(v), f"phone {v}")
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "069 1234567",
              "0676 123456", "020-123456", "012-3456789"]:
        ok(not phone_valid(v), f"not phone {v}")
    for v in ["+32 470 12 34 56", "02 511 22 33", "09 265 12 34", "050 44 86 86"]:
        ok(phone_valid(v, "BE"), f"be phone {v}")
    ok(phone_valid("0470 12 34 56", "BE"), "be gsm national")
    for v in ["+32 470 12 34 5", "02 123 45 67", "09 123 45 67"]:
        ok(not phone_valid(v, "BE"), f"not be phone {v}")
    for v in ["+49 30 12345678", "0151 23456789", "+49 (0)221 1234567", "0049 171 1234567"]:
        ok(phone_valid(v, "DE"), f"de phone {v}")
    ok(not phone_valid("+49 151 234", "DE"), "not de phone")
    ok(phone_valid("07700 900123", "GB") and phone_valid("+44 7700 900123") and not phone_valid("+44 7700 123456"), "uk drama")
    for v in ["1012 AB", "1012AB", "1012 ab", "NL-2611ET", "9999 ZZ", "1000 AA"]:
        ok(postcode_nl(v), f"postcode {v}")
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        ok(not postcode_nl(v), f"not postcode {v}")
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        ok(docnr_nl(v), f"docnr {v}")
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R58 ".strip()[:8]]:
        ok(not docnr_nl(v), f"not docnr {v}")
    ok(residence_doc("III-V123AL568") and not residence_doc("III-V123AL56O"), "residence doc")
    for sc, ex in {1: "AB-12-34", 2: "12-34-XY", 3: "12-AB-34", 4: "GB-12-DF", 5: "XB-PK-12", 6: "12-DF-GH",
                   7: "12-GBX-3", 8: "1-KBB-12", 9: "VB-123-X", 10: "G-123-BB", 11: "GBB-12-X", 12: "G-12-BBB",
                   13: "1-BB-123", 14: "123-BB-1"}.items():
        ok(kenteken_sidecode(ex) == sc, f"kenteken {ex}")
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        ok(kenteken_sidecode(v) is None, f"not kenteken {v}")
    ok(kenteken_sidecode("gbb12x") == 11 and kenteken_sidecode("GB 12 DF") == 4, "kenteken compact/spaced")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        ok(btw_mod97(v), f"btw {v}")
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL12345678B01"]:
        ok(not btw_mod97(v), f"not btw {v}")
    ok(ob_number("NL004495445B01") and not ob_number("NL123456789B01") and not ob_number("NL111234567B01"), "ob")
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "6759649826438453"]:
        ok(card_valid(v), f"card {v}")
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        ok(not card_valid(v), f"not card {v}")
    ok(luhn("490154203237518"), "imei luhn")
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM",
              "info@bakkerij-de-groot.frl"]:
        ok(email_valid(v), f"email {v}")
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld"]:
        ok(not email_valid(v), f"not email {v}")
    ok(ip_public("8.8.8.8") and not ip_public("192.168.1.10") and not ip_public("10.40.2.17")
       and not ip_public("203.0.113.5") and not ip_public("2001:db8::1") and not ip_public("256.1.1.1")
       and not ip_public("010.001.001.001"), "ip")
    for v in ["12-03-1985", "1-4-1990", "03/07/1979", "29.02.1992", "5 mei 1960", "17 okt. 2001", "1985-03-12",
              "March 12, 1985", "13. Juli 1984", "12 March 1985"]:
        ok(dob_valid(v), f"date {v}")
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999", "12-03-1885"]:
        ok(not dob_valid(v), f"not date {v}")
    # organisation data
    ok(all(iban_valid(x) for x in ORG["ibans"]), "org ibans")
    ok(btw_mod97(ORG["btw"][0]) and ob_number(ORG["btw"][0]) and elfproef(ORG_RSIN), "org btw (RSIN-based, mod 97 too)")
    ok(all(phone_valid(x) for x in ORG["phones"] + O_TEL + O_TEL_U + O_WA), "org phones")
    ok(all(postcode_nl(x) for x in ORG_POSTCODES), "org postcodes")
    ok(all(iban_compact(x) in ORG["ibans"] for x in O_IBAN1 + O_IBAN2), "org iban forms")
    # generators
    rng = random.Random(f"{SEED}:selftest")
    for _ in range(300):
        ok(elfproef(gen_bsn(rng)), "gen bsn")
        ok(not elfproef(gen_elf9(rng, False)) and elfproef(gen_elf9(rng, True)), "gen elf9")
        for cc in ("NL", "BE", "DE", "GB", "IE", "PL"):
            ib = gen_iban(rng, cc)
            ok(iban_valid(ib) and all(iban_valid(fmt_iban(ib, st)) for st in ("spaced", "lower", "nbsp")), f"gen iban {cc}")
        mob = gen_mobile(rng)
        ok(all(phone_valid(fmt_mobile(mob, st)) for st in MOBILE_STYLES), f"gen mobile {mob}")
        a, s = gen_landline(rng)
        ok(all(phone_valid(fmt_landline(a, s, st)) for st in ("dash", "space", "paren", "intl", "intl0", "slash")), "gen landline")
        ok(phone_valid(gen_de_phone(rng), "DE"), "gen de phone")
        ok(phone_valid(gen_be_gsm(rng), "BE") and phone_valid(gen_be_gsm(rng, True)), "gen be gsm")
        ok(phone_valid(gen_uk_phone(rng), "GB") and phone_valid(gen_uk_phone(rng, True)), "gen uk")
        for kind in ("visa", "mc", "mc2", "amex"):
            c = gen_card(rng, kind)
            ok(card_valid(c) and card_valid(fmt_card(c)), f"gen card {kind}")
        bt = gen_btw(rng)
        ok(btw_mod97(bt) and not elfproef(bt[2:11]), "gen btw")
        ok(ob_number(gen_ob(rng)), "gen ob")
        ok(kenteken_sidecode(gen_kenteken(rng)) is not None, "gen kenteken")
        ok(docnr_nl(gen_docnr(rng, rng.choice("NIR"))), "gen docnr")
        ok(residence_doc(gen_resdoc(rng)), "gen resdoc")
        ok(docnr_valid(gen_de_ausweis(rng)), "gen ausweis")
        ok(ip_public(gen_ip(rng)) and ip_public(gen_ip(rng, True)), "gen ip")
        st, pc, town = nl_address(rng)
        ok(postcode_nl(pc) and VALIDATE["ADDRESS"](st), "gen nl address")
        ok(dob_valid(fmt_date(gen_date(rng), rng.choice(["nl", "nl1", "slash", "iso", "nlw", "enw", "us", "de", "dew"]))), "gen date")
        ok(email_valid(mail(rng, person(rng))), "gen mail")
    return n


# ============================================================================================
# statistics + main
# ============================================================================================
def stats(records, meta):
    from collections import Counter
    cnt = {lang: Counter() for lang in ("nl", "en", "de")}
    free = Counter()
    lens = []
    for r in records:
        for s in r["spans"]:
            cnt[r["lang"]][s["label"]] += 1
        if not r["spans"]:
            free[r["lang"]] += 1
        lens.append(len(r["text"].encode("utf-8")))
    lens.sort()
    out = ["label         nl   en   de  total"]
    for lab in LABELS:
        row = [cnt[l][lab] for l in ("nl", "en", "de")]
        out.append(f"{lab:<14}{row[0]:>3}  {row[1]:>3}  {row[2]:>3}  {sum(row):>5}")
    tot = [sum(cnt[l].values()) for l in ("nl", "en", "de")]
    out.append(f"{'total':<14}{tot[0]:>3}  {tot[1]:>3}  {tot[2]:>3}  {sum(tot):>5}")
    nfree = sum(free.values())
    out.append(f"messages: {len(records)} (nl {sum(r['lang'] == 'nl' for r in records)}, en {sum(r['lang'] == 'en' for r in records)}, "
               f"de {sum(r['lang'] == 'de' for r in records)}); without personal data: {nfree} "
               f"(nl {free['nl']}, en {free['en']}, de {free['de']}) = {100 * nfree / len(records):.1f} %")
    out.append(f"length {lens[0]}-{lens[-1]} bytes, median {lens[len(lens) // 2]}; non-ASCII texts "
               f"{sum(not r['text'].isascii() for r in records)}; emoji texts "
               f"{sum(any(ord(c) > 0xFFFF for c in r['text']) for r in records)}; CRLF texts "
               f"{sum(chr(13) in r['text'] for r in records)}; NBSP texts {sum(chr(0xa0) in r['text'] for r in records)}")
    return "\n".join(out), nfree


def main():
    check_only = "--check" in sys.argv
    n = self_test()
    print(f"self test: {n} checks passed")
    records, meta = build()
    data = serialise(records)
    errs = audit(records, meta, data)
    txt, nfree = stats(records, meta)
    if nfree / len(records) < 0.35:
        errs.append(f"PII-free share too low: {nfree}/{len(records)}")
    if errs:
        print("\n".join(errs))
        print(f"AUDIT FAILED: {len(errs)} problem(s); gold.jsonl not written")
        sys.exit(1)
    print("audit: ok")
    print(txt)
    if check_only:
        print("--check: not written; sha256 would be", hashlib.sha256(data).hexdigest())
        return
    with open(OUT, "wb") as fh:
        fh.write(data)
    with open(OUT, "rb") as fh:
        again = fh.read()
    assert again == data
    print("wrote", OUT)
    print("sha256", hashlib.sha256(again).hexdigest())


if __name__ == "__main__":
    main()
