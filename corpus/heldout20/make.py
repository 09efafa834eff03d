#!/usr/bin/env python3
"""heldout20 generator: student office / international office of the fictional
Hogeschool Dijkzicht (Oostervaart).  Python 3.11, standard library only.

Deterministic: every instance uses random.Random(f"{SEED}:{scenario}:{k}") (string
seeds are hashed with SHA-512 by `random`, PYTHONHASHSEED plays no role); nothing is
iterated in set/dict-hash order when writing.  Run `python3 make.py`; it self-tests
the validators, audits every record and only then writes gold.jsonl.
"""
import datetime
import hashlib
import ipaddress
import json
import os
import random
import re
import sys

SEED = "heldout20-dijkzicht-v1"
HERE = os.path.dirname(os.path.abspath(__file__))

LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD",
          "IP_ADDRESS", "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# ---------------------------------------------------------------- markup
S0, S1, S2 = "\ue000", "\ue001", "\ue002"


def mark(label, value):
    assert label in LABELS, label
    value = str(value)
    assert S0 not in value and value == value.strip(), value
    return f"{S0}{label}{S1}{value}{S2}"


def P(v): return mark("PERSON", v)
def E(v): return mark("EMAIL", v)
def PH(v): return mark("PHONE", v)
def IB(v): return mark("IBAN", v)
def BS(v): return mark("BSN", v)
def AD(v): return mark("ADDRESS", v)
def PC(v): return mark("POSTCODE", v)
def CC(v): return mark("CREDIT_CARD", v)
def IP(v): return mark("IP_ADDRESS", v)
def DOB(v): return mark("DATE_OF_BIRTH", v)
def ID(v): return mark("ID_DOCUMENT", v)
def KE(v): return mark("LICENSE_PLATE", v)
def BTW(v): return mark("BTW_ID", v)
def KVK(v): return mark("KVK", v)


def render(marked):
    out, spans, pos, i = [], [], 0, 0
    pat = re.compile(re.escape(S0) + r"([A-Z_]+)" + re.escape(S1) + r"(.*?)" + re.escape(S2), re.S)
    for m in pat.finditer(marked):
        pre = marked[i:m.start()]
        out.append(pre)
        pos += len(pre.encode("utf-8"))
        val = m.group(2)
        b = len(val.encode("utf-8"))
        spans.append({"start": pos, "end": pos + b, "label": m.group(1), "value": val})
        out.append(val)
        pos += b
        i = m.end()
    out.append(marked[i:])
    text = "".join(out)
    assert S0 not in text and S1 not in text and S2 not in text, "markup left"
    return text, spans


# ---------------------------------------------------------------- validators
def elfproef(d):
    d = re.sub(r"[ .\-]", "", d)
    if len(d) == 8:
        d = "0" + d
    if not re.fullmatch(r"\d{9}", d) or int(d) == 0:
        return False
    s = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return s % 11 == 0


def mod97(s):
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


IBAN_STRUCT = {"NL": r"[A-Z]{4}\d{10}", "DE": r"\d{18}", "BE": r"\d{12}", "GB": r"[A-Z]{4}\d{14}",
               "PL": r"\d{24}", "FR": r"\d{10}[A-Z0-9]{11}\d{2}", "ES": r"\d{20}"}


def iban_ok(v):
    c = re.sub(r"[ .\-\u00a0]", "", v).upper()
    cc = c[:2]
    if cc not in IBAN_STRUCT or not re.fullmatch(r"\d{2}", c[2:4]):
        return False
    if not re.fullmatch(IBAN_STRUCT[cc], c[4:]):
        return False
    if cc == "BE" and (int(c[4:14]) % 97 or 97) != int(c[14:16]):
        return False
    if cc == "PL" and not pl_sort_ok(c[4:12]):
        return False
    return mod97(c[4:] + c[:4])


def pl_sort_ok(s):
    w = [3, 9, 7, 1, 3, 9, 7]
    return (10 - sum(int(a) * b for a, b in zip(s[:7], w)) % 10) % 10 == int(s[7])


def luhn(d):
    d = re.sub(r"[ \-]", "", d)
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
    if not d.isdigit() or not luhn(d):
        return False
    if d[0] == "4":
        return len(d) in (13, 16, 19)
    if re.match(r"5[1-5]", d) or 2221 <= int(d[:4]) <= 2720:
        return len(d) == 16
    if re.match(r"3[47]", d):
        return len(d) == 15
    return False


NL_AREA2 = ["010", "013", "015", "020", "023", "024", "026", "030", "033", "035", "036", "038", "040",
            "043", "045", "046", "050", "053", "055", "058", "070", "071", "072", "073", "074", "075",
            "076", "077", "078", "079"]
NL_AREA3 = ["0111", "0162", "0172", "0228", "0252", "0314", "0318", "0341", "0345", "0413", "0475",
            "0495", "0513", "0522", "0543", "0546", "0572", "0591", "0597"]


def nl_nsn(v):
    d = re.sub(r"[^\d+]", "", v.replace("(0)", ""))
    if d.startswith("+31"):
        d = d[3:]
    elif d.startswith("0031"):
        d = d[4:]
    elif d.startswith("0"):
        d = d[1:]
    else:
        return None
    return d


def phone_ok(v):
    """Rough numbering-plan validation per country for the written forms used in this set."""
    d = re.sub(r"[^\d+]", "", v.replace("(0)", ""))
    if d.startswith("00"):
        d = "+" + d[2:]
    intl = {"+31": r"6[1-58]\d{7}|8[4578]\d{7}|[1-57]\d{8}", "+32": r"4[5-9]\d{7}", "+49": r"1[5-7]\d{8,9}|(221|251|2821)\d{7}",
            "+44": r"7700900\d{3}", "+90": r"5\d{9}", "+234": r"[78]0\d{8}", "+91": r"[6-9]\d{9}",
            "+62": r"8\d{9,10}", "+86": r"1[3-9]\d{9}", "+48": r"[5-8]\d{8}", "+34": r"[67]\d{8}"}
    for cc, pat in intl.items():
        if d.startswith(cc):
            n = d[len(cc):]
            if cc == "+31" and len(n) == 9 and not n.startswith(("6", "8")):
                return "0" + n[:2] in NL_AREA2 or "0" + n[:3] in NL_AREA3
            return bool(re.fullmatch(pat, n))
    if not d.startswith("0"):
        return False
    n = d[1:]
    if re.fullmatch(r"6[1-58]\d{7}|8[4578]\d{7}", n):
        return True
    if len(n) == 9 and ("0" + n[:2] in NL_AREA2 or "0" + n[:3] in NL_AREA3):
        return True
    return bool(re.fullmatch(r"4[5-9]\d{7}|1[5-7]\d{8,9}|(221|251|2821)\d{7}|7700900\d{3}", n))


BAD_PC = {"SA", "SD", "SS"}


def nl_postcode_ok(v):
    m = re.fullmatch(r"([1-9]\d{3}) ?([A-Z]{2})", v)
    return bool(m) and m.group(2) not in BAD_PC


def postcode_ok(v):
    if nl_postcode_ok(v):
        return True
    if re.fullmatch(r"\d{4,5}", v):  # BE / DE
        return True
    return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}", v))


DOC_RES = [
    r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d",            # NL passport / ID card
    r"(I|II|III|IV|V)-V[A-NP-Z1-9]{8}",        # NL residence document
    r"E[A-NP-Z]\d{7}|E\d{8}",                  # CN passport
    r"[A-Z]\d{7}",                             # IN / ID passport
    r"A\d{8}|U\d{8}",                          # NG / TR passport
    r"[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}",      # DE Personalausweis
    r"\d{9}",                                  # UK passport
    r"[A-Z]{3}\d{6}",                          # ES DNI-style passport (PAA123456)
]


def doc_ok(v):
    c = v.replace(" ", "")
    return any(re.fullmatch(p, c) for p in DOC_RES)


KEN_LET = "BDFGHJKLNPRSTVXZ"
BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS", "KVT", "VVD", "SP"]
SIDECODES = {7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X"}


def kenteken_ok(v):
    c = v.upper().replace(" ", "-")
    for sc, pat in SIDECODES.items():
        if len(c) == len(pat) and all((p == "9" and ch.isdigit()) or (p == "X" and ch in KEN_LET) or (p == "-" and ch == "-")
                                      for p, ch in zip(pat, c)):
            letters = "".join(ch for ch in c if ch.isalpha())
            return not any(b in letters for b in BANNED)
    return False


def btw_ok(v):
    c = v.replace(" ", "").replace(".", "").upper()
    m = re.fullmatch(r"NL(\d{9})B(\d{2})", c)
    return bool(m) and m.group(2) != "00" and mod97(c)


EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")


def email_ok(v):
    return bool(EMAIL_RE.fullmatch(v))


def ip_ok(v):
    try:
        a = ipaddress.ip_address(v)
    except ValueError:
        return False
    return a.is_global and not a.is_multicast and not a.is_reserved


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
}


def parse_date(v):
    m = re.fullmatch(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})", v)
    if m:
        return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
    if m:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for lang, ms in MONTHS.items():
        for i, mn in enumerate(ms):
            m = re.fullmatch(r"(\d{1,2})\.? " + mn + r",? (\d{4})", v, re.I)
            if m:
                return datetime.date(int(m.group(2)), i + 1, int(m.group(1)))
            m = re.fullmatch(mn + r" (\d{1,2}),? (\d{4})", v, re.I)
            if m:
                return datetime.date(int(m.group(2)), i + 1, int(m.group(1)))
    raise ValueError(v)


def dob_ok(v):
    try:
        d = parse_date(v)
    except ValueError:
        return False
    return 1940 <= d.year <= 2008


def kvk_ok(v):
    return bool(re.fullmatch(r"\d{8}", v))


def address_ok(v):
    return bool(re.search(r"\d", v)) and bool(re.search(r"[A-Za-zÀ-ÿ]{3}", v))


def person_ok(v):
    return bool(re.search(r"[A-Za-zÀ-ɏ]", v)) and not re.search(r"\d|@", v)


def bsn_ok(v):
    return elfproef(re.sub(r"^NL|B\d\d$", "", v))


VALIDATORS = {"PERSON": person_ok, "EMAIL": email_ok, "PHONE": phone_ok, "IBAN": iban_ok, "BSN": bsn_ok,
              "ADDRESS": address_ok, "POSTCODE": postcode_ok, "CREDIT_CARD": card_ok, "IP_ADDRESS": ip_ok,
              "DATE_OF_BIRTH": dob_ok, "ID_DOCUMENT": doc_ok, "LICENSE_PLATE": kenteken_ok, "BTW_ID": btw_ok,
              "KVK": kvk_ok}


def iban_check(cc, bban):
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{98 - n % 97:02d}"


# ---------------------------------------------------------------- organisation
ORG = {
    "names": ["Hogeschool Dijkzicht", "Dijkzicht", "Dijkzicht University of Applied Sciences",
              "Hochschule Dijkzicht", "Studentenservice Dijkzicht", "Student Service Desk Dijkzicht",
              "International Office Dijkzicht", "Examencommissie Dijkzicht", "Studentenservice",
              "International Office"],
    "domains": ["dijkzicht.example"],
    "phones": ["088 412 7700", "088 412 7750", "06 4172 9035"],
    "ibans": ["NL" + iban_check("NL", "ABNA0532817460") + "ABNA0532817460",
              "NL" + iban_check("NL", "RABO0341129076") + "RABO0341129076"],
    "addresses": ["Dijkzichtlaan 2, 3844 KT Oostervaart", "Postbus 3300, 3840 AH Oostervaart",
                  "Havenkade 117, 3845 BR Oostervaart"],
    "kvk": ["41298375"],
    "btw": [],   # filled below (RSIN-based OB-style number)
    "handles": ["@HSDijkzicht", "@dijkzicht_intl", "@dijkzicht.studentenservice"],
}
ORG_RSIN = "812047345"
assert elfproef(ORG_RSIN)
ORG["btw"] = [f"NL{ORG_RSIN}B01"]
ORG_IBAN1, ORG_IBAN2 = ORG["ibans"]


def spaced4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


ORG_IBAN1_SP = spaced4(ORG_IBAN1)
ORG_IBAN2_SP = spaced4(ORG_IBAN2)

SIG_NL = ("Studentenservice Dijkzicht | Dijkzichtlaan 2, 3844 KT Oostervaart | 088 412 7700 | "
          "studentenservice@dijkzicht.example")
SIG_INT = ("International Office | Dijkzicht University of Applied Sciences\n"
           "Dijkzichtlaan 2, 3844 KT Oostervaart, the Netherlands | +31 88 412 7750 | international@dijkzicht.example")
SIG_DE = ("International Office – Hochschule Dijkzicht\nDijkzichtlaan 2, 3844 KT Oostervaart, Niederlande\n"
          "Tel. +31 (0)88 412 7750 · international@dijkzicht.example")
FOOT = f"Hogeschool Dijkzicht · KvK 41298375 · btw {ORG['btw'][0]} · IBAN {ORG_IBAN1_SP}"

# ---------------------------------------------------------------- synthetic people and places
NAMES = {
    "nl": (["Sanne", "Mirthe", "Lieke", "Fenna", "Jorien", "Marloes", "Esmée", "Annelot", "Wietske", "Hanneke", "Loïs", "Femke"],
           ["Daan", "Thijs", "Ruben", "Sjoerd", "Jeroen", "Wouter", "Niels", "Joost", "Gijs", "Maarten", "Stijn", "Teun"],
           ["Hoogeveen", "van Dijkhuis", "Brinkman", "ter Horst", "Veldkamp", "Schuttevaer", "Oosterbeek", "Kamphuis",
            "van Leeuwaarden", "Rietveld", "Wolters", "de Kruijf", "van 't Zand", "Holtkamp", "Verhoef", "Smeulders",
            "Bosgra", "Haverkort", "Nijenhuis", "van der Linde"]),
    "tr": (["Elif", "Zeynep", "Büşra", "Merve", "Şeyma", "Gülsen"], ["Emre", "Mehmet", "Oğuz", "Burak", "Kerem", "Serkan"],
           ["Yıldız", "Aydın", "Çelik", "Kaya", "Öztürk", "Demirtaş", "Karakuş"]),
    "ma": (["Salma", "Imane", "Khadija", "Nadia", "Hafsa", "Ikram"], ["Yassine", "Bilal", "Anouar", "Hamza", "Soufiane", "Rachid"],
           ["El Amrani", "Bouzidi", "Ait Taleb", "Benali", "El Khattabi", "Ouahabi", "Azzouzi"]),
    "cn": (["Xiaoyu", "Meiling", "Jiayi", "Yuting", "Shuang"], ["Hao", "Zhiwei", "Yifan", "Haoran", "Zeyu"],
           ["Zhang", "Wang", "Chen", "Liu", "Zhou", "Huang", "Xu"]),
    "in": (["Priya", "Ananya", "Kavya", "Sneha", "Ishita"], ["Arjun", "Rohan", "Vikram", "Siddharth", "Karthik"],
           ["Raghunathan", "Iyer", "Deshpande", "Malhotra", "Kulkarni", "Banerjee"]),
    "pl": (["Małgorzata", "Agnieszka", "Zofia", "Katarzyna", "Joanna"], ["Paweł", "Tomasz", "Krzysztof", "Jakub", "Łukasz"],
           ["Nowak", "Kowalczyk", "Wróbel", "Mazur", "Kaczmarek", "Pietrzak"]),
    "es": (["Lucía", "Carmen", "Marta", "Paula", "Inés"], ["Javier", "Alejandro", "Diego", "Sergio", "Álvaro"],
           ["García Moreno", "Fernández Ruiz", "Navarro", "Jiménez Ortega", "Castillo", "Romero Vidal"]),
    "de": (["Jana", "Lena", "Friederike", "Anke", "Käthe", "Svenja"], ["Jörg", "Lukas", "Matthias", "Florian", "Henning", "Torben"],
           ["Schäfer", "Brückner", "Weißkopf", "Hoffmeister", "Große-Wilde", "Kühnel", "Overbeck"]),
    "ng": (["Chiamaka", "Ngozi", "Adaeze", "Funmilayo", "Ifeoma"], ["Chukwuemeka", "Oluwaseun", "Tunde", "Ikenna", "Babatunde"],
           ["Okonkwo", "Adeyemi", "Eze", "Balogun", "Nwosu", "Olatunji"]),
    "id": (["Putri", "Siti", "Ayu", "Ratna", "Wulan"], ["Budi", "Agus", "Rizky", "Bayu", "Fajar"],
           ["Wibowo", "Setiawan", "Hartono", "Nugroho", "Santoso", "Kusumawati"]),
    "uk": (["Hannah", "Chloe", "Imogen", "Bethany"], ["Oliver", "Callum", "Rhys", "Alistair"],
           ["Whitfield", "Ashworth", "Pembridge", "Thistlewood", "Calloway"]),
    "be": (["Lotte", "Ine", "Griet", "Elke"], ["Wout", "Pieter-Jan", "Jens", "Bart"],
           ["Van Hoorebeke", "De Clercq", "Vermeulen", "Goossens", "Van Damme"]),
}
INTL = ["tr", "ma", "cn", "in", "pl", "es", "de", "ng", "id", "uk"]
ALLH = ["nl", "nl", "nl"] + INTL

NL_STEMS = ["Hazelaar", "Lijster", "Korenbloem", "Vlasakker", "Meidoorn", "Zandloper", "Kieviet", "Smidse",
            "Ketelboeter", "Zilvermeeuw", "Klaproos", "Brouwerij", "Wederik", "Lisdodde", "Hooiberg", "Roggeakker"]
NL_SUF = ["straat", "weg", "laan", "hof", "singel", "pad", "dreef", "kade", "plein"]
NL_LONG = ["Laan van Hogeveld", "Burgemeester Kranenburgsingel", "Tweede Rozendwarsstraat", "Dokter Zeemanstraat",
           "Oude Veerweg", "Jan Steenhoffstraat", "Prof. Lorentzkade", "Korte Brouwersgracht"]
NL_TOWNS = ["Utrecht", "Zwolle", "Amersfoort", "Deventer", "Harderwijk", "Oostervaart", "Leeuwarden", "Nijmegen",
            "Apeldoorn", "Ede", "Enschede", "Tiel"]
DE_STEMS = ["Linden", "Kastanien", "Mühlen", "Birken", "Schloss", "Weber", "Kirchhof", "Fasanen", "Rosen", "Schützen"]
DE_SUF = ["straße", "weg", "allee", "gasse", "ring"]
DE_TOWNS = ["Münster", "Bocholt", "Kleve", "Osnabrück", "Köln", "Düsseldorf", "Emmerich", "Gronau"]
UK_STEMS = ["Ashcombe", "Mill Orchard", "Beckett", "Hawthorn", "Larkspur", "Cranbrook", "Elmstead"]
UK_SUF = ["Road", "Lane", "Close", "Street", "Avenue", "Terrace"]
UK_AREAS = [("LS", "Leeds"), ("M", "Manchester"), ("BS", "Bristol"), ("EH", "Edinburgh"), ("NE", "Newcastle"),
            ("CF", "Cardiff"), ("OX", "Oxford")]


class Person:
    def __init__(self, first, last, h, sex):
        self.first, self.last, self.h, self.sex = first, last, h, sex

    @property
    def full(self):
        if self.h == "cn":
            return f"{self.first} {self.last}"
        return f"{self.first} {self.last}"

    @property
    def rev(self):
        return f"{self.last}, {self.first}"

    @property
    def ini(self):
        return f"{self.first[0]}. {self.last}"

    @property
    def lastcap(self):  # surname with capital (for 'Mevr. Van Dijkhuis', 'Herr …')
        return self.last[0].upper() + self.last[1:]


class G:
    def __init__(self, key):
        self.r = random.Random(key)
        self.tokens = set()

    def choice(self, seq):
        return seq[self.r.randrange(len(seq))]

    def digits(self, n, first_nonzero=False):
        s = "".join(str(self.r.randrange(10)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randrange(1, 10)) + s[1:]
        return s

    # people
    def person(self, h=None, sex=None):
        for _ in range(200):
            hh = h or self.choice(ALLH)
            sx = sex or self.choice("fm")
            fs, ms, ls = NAMES[hh]
            first = self.choice(fs if sx == "f" else ms)
            last = self.choice(ls)
            toks = {t for t in re.split(r"[ \-']+", first + " " + last) if len(t) > 2}
            if toks & self.tokens:
                continue
            self.tokens |= toks
            return Person(first, last, hh, sx)
        raise RuntimeError("names exhausted")

    def first(self, h, sex):
        opts = [f for f in NAMES[h][0 if sex == "f" else 1] if f not in self.tokens]
        f = self.choice(opts)
        self.tokens.add(f)
        return f

    def relative(self, p, sex):
        return Person(self.first(p.h, sex), p.last, p.h, sex)

    def intl(self, sex=None):
        return self.person(self.choice(INTL), sex)

    # numbers
    def bsn(self, form="plain", lead0=False):
        while True:
            d = ("0" + self.digits(8)) if lead0 else self.digits(9, True)
            if elfproef(d) and int(d):
                break
        if form == "plain":
            return d
        if form == "spaced":
            return f"{d[:3]} {d[3:6]} {d[6:]}"
        if form == "dotted":
            return f"{d[:4]}.{d[4:6]}.{d[6:]}"
        if form == "dash":
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        if form == "eight":
            assert lead0
            return d[1:]
        raise ValueError(form)

    def not_bsn(self, n=9):
        while True:
            d = self.digits(n, True)
            if not elfproef(d):
                return d

    def bsn_shaped_valid(self):
        """a 9-digit number that passes the elfproef (used with invoice/order words as a hard negative)"""
        while True:
            d = self.digits(9, True)
            if elfproef(d):
                return d

    def studentnr(self):
        return self.choice("34") + self.digits(6)

    def iban(self, cc="NL", form="sp"):
        if cc == "NL":
            bban = self.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"]) + self.digits(10)
        elif cc == "DE":
            bban = self.choice(["37050198", "40050150", "30050110", "36050105", "28550000"]) + self.digits(10)
        elif cc == "BE":
            b = self.choice(["063", "735", "001", "068", "979"]) + self.digits(7)
            bban = b + f"{(int(b) % 97) or 97:02d}"
        elif cc == "GB":
            bban = self.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + self.digits(14)
        elif cc == "PL":
            while True:
                s = self.digits(8, True)
                if pl_sort_ok(s):
                    break
            bban = s + self.digits(16)
        elif cc == "ES":
            bban = self.digits(20)
        else:
            raise ValueError(cc)
        if cc == "ES":  # national check digits of the CCC
            def es_dc(x):
                w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
                r = 11 - sum(int(a) * b for a, b in zip(x, w[-len(x):])) % 11
                return {10: 1, 11: 0}.get(r, r)
            ent = bban[:8]
            acc = bban[10:]
            bban = ent + str(es_dc(ent)) + str(es_dc(acc)) + acc
        v = cc + iban_check(cc, bban) + bban
        assert iban_ok(v), v
        if form == "sp":
            return spaced4(v)
        if form == "lower":
            return v.lower()
        return v

    def card(self, kind="visa", spaced=True):
        while True:
            pre = "4" if kind == "visa" else self.choice(["51", "53", "55", "2223"])
            body = pre + self.digits(15 - len(pre))
            for c in "0123456789":
                if luhn(body + c):
                    d = body + c
                    break
            if card_ok(d):
                break
        return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if spaced else d

    def mobile_nl(self, form=None):
        n = "6" + self.choice("123458") + self.digits(7)
        form = form if form is not None else self.r.randrange(7)
        return [f"06-{n[1:]}", f"06 {n[1:5]} {n[5:]}", f"0{n}", f"+31 6 {n[1:]}",
                f"+31 (0)6 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0031 6 {n[1:5]} {n[5:]}", f"06 - {n[1:4]} {n[4:7]} {n[7:]}"][form]

    def land_nl(self, form=None):
        if self.r.random() < 0.5:
            a = self.choice(NL_AREA2)
            s = self.choice("2345789") + self.digits(6)
            form = form if form is not None else self.r.randrange(3)
            return [f"{a} {s[:3]} {s[3:]}", f"{a}-{s}", f"+31 {a[1:]} {s[:3]} {s[3:]}"][form]
        a = self.choice(NL_AREA3)
        s = self.choice("2345789") + self.digits(5)
        form = form if form is not None else self.r.randrange(3)
        return [f"{a} {s[:3]} {s[3:]}", f"{a}-{s}", f"+31 {a[1:]} {s}"][form]

    def phone_be(self):
        n = "4" + self.choice("5789") + self.digits(7)
        return self.choice([f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"])

    def phone_de(self, mobile=True):
        if mobile:
            p = self.choice(["151", "152", "160", "170", "176"])
            n = self.digits(8, True)
            return self.choice([f"0{p} {n}", f"+49 {p} {n}", f"0{p}-{n}"])
        a = self.choice(["221", "251", "2821"])
        n = self.choice("2345678") + self.digits(6)
        return self.choice([f"0{a} {n}", f"+49 (0){a} {n}"])

    def phone_uk(self):
        n = self.digits(3)
        return self.choice([f"07700 900{n}", f"+44 7700 900{n}"])

    def phone_intl(self, h):
        r = self
        if h == "tr":
            return f"+90 5{r.digits(2)} {r.digits(3)} {r.digits(2)} {r.digits(2)}"
        if h == "ng":
            return f"+234 {r.choice(['803', '806', '813', '708'])} {r.digits(3)} {r.digits(4)}"
        if h == "in":
            return f"+91 9{r.digits(4)} {r.digits(5)}"
        if h == "id":
            return f"+62 812-{r.digits(4)}-{r.digits(4)}"
        if h == "cn":
            return f"+86 13{r.digits(1)} {r.digits(4)} {r.digits(4)}"
        if h == "pl":
            return f"+48 5{r.digits(2)} {r.digits(3)} {r.digits(3)}"
        if h == "es":
            return f"+34 6{r.digits(2)} {r.digits(2)} {r.digits(2)} {r.digits(2)}"
        if h == "de":
            return self.phone_de()
        if h == "uk":
            return self.phone_uk()
        if h == "be":
            return self.phone_be()
        return self.mobile_nl()

    # places
    def pc_nl(self, compact=False):
        while True:
            l2 = self.choice("ABCDEGHJKLMNPRSTVWXZ") + self.choice("ABCDEGHJKLMNPRSTVWXZ")
            if l2 not in BAD_PC:
                break
        d = str(self.r.randrange(1000, 10000))
        return f"{d}{l2}" if compact else f"{d} {l2}"

    def street_nl(self):
        if self.r.random() < 0.3:
            s = self.choice(NL_LONG)
        else:
            s = self.choice(NL_STEMS) + self.choice(NL_SUF)
        n = str(self.r.randrange(1, 240))
        add = self.choice(["", "", "", "a", "B", "-2", " bis", "-III", " hs"])
        return f"{s} {n}{add}"

    def street_de(self):
        if self.r.random() < 0.25:
            return f"{self.choice(['Am Mühlbach', 'Im Kornfeld', 'An der Aa', 'Zum Fischerhaus'])} {self.r.randrange(1, 60)}"
        return f"{self.choice(DE_STEMS)}{self.choice(DE_SUF)} {self.r.randrange(1, 120)}{self.choice(['', '', 'a', 'b'])}"

    def pc_de(self):
        return f"{self.r.randrange(10000, 99999)}"

    def street_uk(self):
        base = f"{self.r.randrange(2, 180)} {self.choice(UK_STEMS)} {self.choice(UK_SUF)}"
        return base if self.r.random() < 0.7 else f"Flat {self.r.randrange(1, 9)}, {base}"

    def pc_uk(self):
        a, town = self.choice(UK_AREAS)
        inward = str(self.r.randrange(1, 10)) + self.choice("ABDEFGHJLNPQRSTUWXYZ") + self.choice("ABDEFGHJLNPQRSTUWXYZ")
        return f"{a}{self.r.randrange(1, 20)} {inward}", town

    def street_be(self):
        return self.choice([f"Veldekensstraat {self.r.randrange(2, 90)} bus {self.r.randrange(1, 6)}",
                            f"Kapelsesteenweg {self.r.randrange(2, 300)}", f"Rue des Tanneurs {self.r.randrange(2, 60)}",
                            f"Hoogstraat {self.r.randrange(2, 90)}"])

    def pc_be(self):
        return self.choice([("2000", "Antwerpen"), ("9000", "Gent"), ("4700", "Eupen"), ("3500", "Hasselt"), ("1050", "Elsene")])

    # misc
    def dob(self, lang, y0=1996, y1=2006, form=None):
        d = datetime.date(self.r.randrange(y0, y1 + 1), self.r.randrange(1, 13), self.r.randrange(1, 29))
        mo = MONTHS[lang][d.month - 1]
        forms = {
            "nl": [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day} {mo} {d.year}", d.isoformat(), f"{d.day}-{d.month}-{d.year}"],
            "en": [f"{d.day} {mo} {d.year}", f"{mo} {d.day}, {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}", d.isoformat()],
            "de": [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {mo} {d.year}", d.isoformat()],
        }[lang]
        return forms[form if form is not None else self.r.randrange(len(forms))]

    def date_plain(self, lang, year=2025):
        d = datetime.date(year, self.r.randrange(1, 13), self.r.randrange(1, 29))
        if lang == "de":
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if lang == "en":
            return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"
        return f"{d.day}-{d.month}-{d.year}"

    def passport_nl(self, first="N"):
        al = "ABCDEFGHJKLMNPRSTUVWXZ"
        mid = "".join(self.choice(al + "123456789") for _ in range(6))
        return first + self.choice(al) + mid + str(self.r.randrange(1, 10))

    def res_doc(self):
        al = "ABCDEFGHJKLMNPRSTUVWXZ123456789"
        return self.choice(["II", "III", "IV"]) + "-V" + "".join(self.choice(al) for _ in range(8))

    def passport_foreign(self, h):
        if h == "cn":
            return "E" + self.choice("ABCDEFGH") + self.digits(7)
        if h in ("in", "id"):
            return self.choice("KLMNPRTUVZ") + self.digits(7)
        if h == "ng":
            return "A" + self.digits(8)
        if h == "tr":
            return "U" + self.digits(8)
        if h == "uk":
            return self.digits(9, True)
        if h == "es":
            return "PA" + self.choice("ABCDE") + self.digits(6)
        if h == "de":
            return self.choice("CFGHJK") + "".join(self.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(7)) + str(self.r.randrange(10))
        return self.passport_nl()

    def kenteken(self):
        while True:
            sc = self.choice(sorted(SIDECODES))
            v = "".join(self.choice(KEN_LET) if c == "X" else str(self.r.randrange(1, 10)) if c == "9" else "-"
                        for c in SIDECODES[sc])
            if kenteken_ok(v):
                return v

    def kvk(self):
        return self.digits(8, True)

    def btw(self):
        while True:
            n = self.digits(9)
            if elfproef(n):
                continue
            for s in range(1, 100):
                v = f"NL{n}B{s:02d}"
                if mod97(v):
                    return v

    def ipv4(self):
        while True:
            v = ".".join(str(self.r.randrange(1, 255)) for _ in range(4))
            if ip_ok(v) and int(v.split(".")[0]) < 224 and not v.startswith(("100.", "192.", "172.", "10.")):
                return v

    def ipv6(self):
        v = "2a02:" + ":".join(f"{self.r.randrange(0x100, 0xffff):x}" for _ in range(3)) + "::" + f"{self.r.randrange(1, 0xfff):x}"
        assert ip_ok(v)
        return v

    def email(self, p, dom=None):
        dom = dom or self.choice(["gmail.com", "outlook.com", "hotmail.nl", "ziggo.nl", "yahoo.com", "kpnmail.nl",
                                  "web.de", "icloud.com", "qq.com", "proton.me"])
        f = ascii_fold(p.first).lower().replace(" ", "")
        l = ascii_fold(p.last).lower().replace(" ", "").replace("'", "")
        local = self.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{self.r.randrange(1, 99)}", f"{l}.{f}", f"{f}_{l[:4]}"])
        return f"{local}@{dom}"

    def school_mail(self, p):
        f = ascii_fold(p.first).lower()
        l = ascii_fold(p.last).lower().replace(" ", "").replace("'", "")
        return f"{f}.{l}@student.dijkzicht-hs.example"


FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ë": "e", "ï": "i", "í": "i", "á": "a",
                      "ó": "o", "ú": "u", "ñ": "n", "ç": "c", "ş": "s", "ğ": "g", "ı": "i", "İ": "i", "ł": "l", "ś": "s", "ż": "z",
                      "ź": "z", "ć": "c", "ń": "n", "ą": "a", "ę": "e", "Ł": "L", "Ş": "S", "Ç": "C", "Ö": "O", "Ü": "U",
                      "Ä": "A", "Á": "A", "É": "E", "ô": "o", "Ż": "Z"})


def ascii_fold(s):
    return s.translate(FOLD)


# ---------------------------------------------------------------- staff (employees are PERSON)
STAFF = {
    "adv": Person("Marieke", "Stolwijk", "nl", "f"),      # studieadviseur
    "desk": Person("Hüseyin", "Arslan", "tr", "m"),       # Studentenservice
    "io": Person("Laura", "Bennink", "nl", "f"),          # International Office
    "house": Person("Ngoc Anh", "Tran", "vn", "f"),       # housing officer
    "doc": Person("Jannes", "Feenstra", "nl", "m"),       # docent HBO-ICT
    "stage": Person("Renate", "Oudshoorn", "nl", "f"),    # stagecoördinator
    "exam": Person("Pieter-Bas", "Wagenaar", "nl", "m"),  # secretaris examencommissie
    "de": Person("Wiebke", "Hollander", "de", "f"),       # German desk
}
STAFF_TOKENS = {t for p in STAFF.values() for t in re.split(r"[ \-']+", p.first + " " + p.last) if len(t) > 2}
A, D, I_, H, T, S_, X, W = (STAFF[k] for k in ["adv", "desk", "io", "house", "doc", "stage", "exam", "de"])

SCEN = []


def sc(lang, pii):
    def deco(f):
        SCEN.append((lang, pii, f.__name__, f))
        return f
    return deco


def course(g):
    return g.choice(["INF-2.3B", "BUS2024", "ICT-1.4A", "MKT-3.1", "LOG2.2", "IBMS-1.2C", "HRM-2.4", "CMD-3.3A", "BK-1.1"])


def room(g):
    return g.choice(["D1.024", "A0.17", "C2.105", "B3.12", "D0.08", "E1.33"])


def grade(g):
    return g.choice(["5,4", "7,5", "6,8", "4,9", "8,1", "5,5", "6,0"])


# ================================================================ NL with personal data (19)
@sc("nl", True)
def nl_studielink(g, k):
    s = g.person(g.choice(["nl", "tr", "ma"]))
    snr, bsn, dob, tel = g.studentnr(), g.bsn(g.choice(["plain", "spaced", "dotted"])), g.dob("nl"), g.mobile_nl()
    if k == 0:
        return f"""Onderwerp: inschrijving via Studielink lukt niet

Beste Studentenservice,

Mijn inschrijfverzoek voor de bachelor Bedrijfskunde (BUS2024, voltijd) staat al drie weken op 'in behandeling'. In Studielink staat mijn BSN {BS(bsn)} en als geboortedatum {DOB(dob)}. Ik heb al wel een studentnummer gekregen ({snr}).
Het verzoeknummer is SL-2025-{g.digits(6)}. Kunt u mij bellen op {PH(tel)}?

Met vriendelijke groet,
{P(s.full)}"""
    return f"""--- Webformulier 'Vraag over inschrijving' ---
Naam ............: {P(s.rev)}
Studentnummer ...: {snr}
Burgerservicenr. : {BS(bsn)}
Geboortedatum ...: {DOB(dob)}
Opleiding .......: HBO-ICT (ICT-1.4A), start 1 september 2025
Telefoon ........: {PH(tel)}
Vraag ...........: ik heb me op 3 juni aangemeld maar mijn Studielink-verzoek is nog niet afgerond. Moet ik nog iets uploaden?"""


@sc("nl", True)
def nl_refund(g, k):
    s = g.person()
    iban, snr = g.iban("NL", g.choice(["sp", "compact"])), g.studentnr()
    amt = g.choice(["1.273,50", "636,75", "2.530,00", "424,50"])
    if k == 0:
        return f"""Hallo,

Ik heb me per 1 februari uitgeschreven (studentnummer {snr}) en heb recht op teruggave van collegegeld, volgens mij € {amt}. Ik had het collegegeld in één keer overgemaakt naar {ORG_IBAN1_SP}. Willen jullie de terugbetaling storten op {IB(iban)} t.n.v. {P(s.ini)}?

Alvast bedankt,
{P(s.first)}"""
    return f"""Goedemiddag {P(D.first)},

Zoals telefonisch besproken: graag de restitutie collegegeld (€ {amt}, factuur 2025-CG-{g.digits(5)}) naar mijn nieuwe rekening {IB(iban)}. De oude rekening is opgeheven.
Studentnummer {snr}, opleiding Logistiek (LOG2.2).

groet,
{P(s.full.upper())}"""


@sc("nl", True)
def nl_parent(g, k):
    child = g.person(g.choice(["nl", "ma", "tr"]), "m")
    par = g.relative(child, "f")
    tel, mail = g.mobile_nl(), g.email(par)
    if k == 0:
        return f"""Geachte heer/mevrouw,

Ik schrijf namens mijn zoon {P(child.first)}. Hij durft zelf niet te bellen. Hij heeft voor het vak Statistiek (BUS2024) een {grade(g)} gehaald en wil weten of hij mag herkansen op 24 juni in lokaal {room(g)}. Zijn studentnummer is {g.studentnr()}.
U kunt mij bereiken op {PH(tel)} of via {E(mail)}.

Met vriendelijke groet,
{P(par.full)} (moeder van {P(child.full)})"""
    return f"""Beste mevrouw {P(A.last)},

Mijn zoon {P(child.full)} heeft een brief gekregen over het bindend studieadvies. Hij heeft nu 38 van de 60 EC. Kunnen wij samen met hem een afspraak maken? Mijn telefoonnummer is {PH(tel)}.

Groeten,
{P(par.ini)}"""


@sc("nl", True)
def nl_address_change(g, k):
    s = g.person()
    st, pc, town, tel = g.street_nl(), g.pc_nl(g.r.random() < 0.3), g.choice(NL_TOWNS), g.mobile_nl()
    dob = g.dob("nl")
    if k == 0:
        return f"""Formulier adreswijziging (ingevuld via Mijn Dijkzicht)
Achternaam: {P(s.last)}
Voornaam: {P(s.first)}
Geboortedatum: {DOB(dob)}
Studentnummer: {g.studentnr()}
Nieuw adres: {AD(st)}
Postcode + plaats: {PC(pc)} {town}
Ingangsdatum: 1-10-2025
Telefoon: {PH(tel)}
Kenteken (parkeervergunning P2): {KE(g.kenteken())}
Opmerking: graag ook de OV-brief naar dit adres."""
    return f"""hoi studentenservice, ik ben verhuisd, mijn nieuwe adres is {AD(st)}, {PC(pc)} {town.upper()}. kunnen jullie dat aanpassen want mijn diploma-uitnodiging moet daar heen. ik ben {P(s.first.lower())} uit klas {course(g)}
tel {PH(tel)}"""


@sc("nl", True)
def nl_internship(g, k):
    s = g.person()
    c = g.person("nl", "m" if k else None)
    comp = g.choice(["Vrachtwijzer B.V.", "Koekoek Media V.O.F.", "Polderdata B.V.", "Installatietechniek Gerrits & Zn"])
    kvk, tel, mail = g.kvk(), g.land_nl(), g.email(c, g.choice(["vrachtwijzer.example", "polderdata.example", "koekoekmedia.example"]))
    if k == 0:
        return f"""Beste {P(S_.first)},

Hierbij de gegevens van mijn stagebedrijf voor de stageovereenkomst (periode 3 en 4, 30 EC):
Bedrijf: {comp}, KvK-nummer {KVK(kvk)}
Praktijkbegeleider: {P(c.full)}, {E(mail)}, tel. {PH(tel)}
Startdatum: 2 februari 2026

De overeenkomst heb ik geüpload in Osiris onder zaak STG-2026-{g.digits(4)}.

Groet,
{P(s.full)}
{g.studentnr()}"""
    return f"""Notitie stagebureau – {P(S_.ini)}
Gesprek met dhr. {P(c.last)} van {comp} (KvK {KVK(kvk)}): stagiair {P(s.full)} functioneert goed, tussenbeoordeling een {grade(g)}. Dhr. {P(c.last)} vraagt om een extra gesprek; hij is bereikbaar op {PH(tel)}. Eindpresentatie gepland op 19 juni, lokaal {room(g)}."""


@sc("nl", True)
def nl_adviser_note(g, k):
    s = g.person()
    if k == 0:
        return f"""[intern] gespreksverslag studieadviseur {P(A.full)}
Student: {P(s.rev)} ({g.studentnr()}), propedeuse HRM-2.4
- 41 EC behaald, BSA-norm 50 EC
- herkansing Recht 1 op 2 juli (D1.024), vorige poging {grade(g)}
- afspraak: {P(s.first)} meldt zich voor 15 juni bij de examencommissie
- vervolgafspraak 8 juli, 10:30 uur
/{P(A.first.lower())}"""
    return f"""Notitie {P(A.first)}: gesproken met {P(s.full)} over studievertraging. Student heeft stage (30 EC) uitgesteld naar semester 2. {P(s.last)} wil switchen naar deeltijd per 1 februari; doorverwezen naar Studentenservice voor de wijziging in Studielink. Zaak ADV-25-{g.digits(5)}."""


@sc("nl", True)
def nl_whatsapp(g, k):
    s = g.person(g.choice(["nl", "ma", "tr"]))
    mail, tel = g.email(s), g.mobile_nl(g.choice([0, 2, 3]))
    return f"""[09:12] {P(s.first.lower() if k else s.full)}: hoi, ik krijg geen mail meer van dijkzicht
[09:13] Studentenservice ({P(D.first)}): Goedemorgen! Welk mailadres staat bij jou geregistreerd?
[09:15] {P(s.first.lower() if k else s.full)}: {E(mail)}, en mijn nummer is {PH(tel)} als jullie willen bellen
[09:16] Studentenservice ({P(D.first)}): Dank je. Ik zie het al, er stond een typfout in. Aangepast. Check je spam ook even 🙂
[09:17] {P(s.first.lower() if k else s.full)}: top thx"""


@sc("nl", True)
def nl_exam_complaint(g, k):
    s = g.person()
    g2 = grade(g)
    if k == 0:
        return f"""Geachte examencommissie,

Ik wil bezwaar maken tegen de beoordeling van het tentamen Databases (INF-2.3B) van 14 maart. Ik kreeg een {g2}, maar bij de inzage heeft meneer {P(T.last)} gezegd dat vraag 4 verkeerd is nagekeken. Mijn studentnummer is {g.studentnr()}.

Met vriendelijke groet,
{P(s.full)}"""
    return f"""Aan: {P(X.full)}, secretaris examencommissie
Van: {P(T.full)}

{P(X.first)}, ter info: student {P(s.ini)} ({g.studentnr()}) heeft gelijk over vraag 4, het cijfer wordt {g2} → 6,2. Ik pas het aan in Osiris vóór vrijdag.
{P(T.first)}"""


@sc("nl", True)
def nl_emergency(g, k):
    s = g.person()
    rel = g.choice(["moeder", "vader", "partner", "zus", "oom"])
    c = g.person(s.h, "f" if rel in ("moeder", "zus") else ("m" if rel != "partner" else None))
    if rel != "partner":
        c = Person(c.first, s.last, s.h, c.sex)
    tel = g.mobile_nl() if k == 0 else g.land_nl()
    return f"""Wijziging noodcontact (Mijn Dijkzicht)
Student: {P(s.full)}, {g.studentnr()}
Noodcontact: {P(c.full)} ({rel})
Telefoon noodcontact: {PH(tel)}
Reden wijziging: {g.choice(['oud nummer klopt niet meer', 'verhuisd', 'ik ga op uitwisseling naar Valencia'])}"""


@sc("nl", True)
def nl_diploma(g, k):
    s = g.person()
    st, pc, town, dob = g.street_nl(), g.pc_nl(), g.choice(NL_TOWNS), g.dob("nl", 1985, 1999)
    if k == 0:
        return f"""Geachte heer, mevrouw,

In 2019 ben ik afgestudeerd bij de opleiding Commerciële Economie. Ik ben mijn diploma kwijtgeraakt bij een verhuizing en wil graag een gewaarmerkte kopie en een cijferlijst.
Naam: {P(s.full)}
Geboren op {DOB(dob)} te {g.choice(['Kampen', 'Istanbul', 'Nador', 'Paramaribo', 'Zwolle'])}
Adres: {AD(st)}, {PC(pc)} {town}
De leges van € 25,00 heb ik overgemaakt naar {ORG_IBAN2_SP}.

Met vriendelijke groet,
{P(s.ini)}"""
    return f"""Beste Studentenservice, mag ik een Engelstalige cijferlijst (transcript) voor een sollicitatie? Ik ben {P(s.full)}, geboortedatum {DOB(dob)}, afgestudeerd in 2021 (IBMS). Graag per post naar {AD(st)} {PC(pc)} {town}. Dank! {P(s.first)}"""


@sc("nl", True)
def nl_group_list(g, k):
    ps = [g.person() for _ in range(4)]
    rows = "\n".join(f"| {P(p.rev if k == 0 else p.full)} | {g.studentnr()} | {g.choice(['voorzitter', 'notulist', 'planner', 'lid'])} |" for p in ps)
    return f"""Projectgroep 7 – Minor Smart Logistics (LOG2.2), begeleider {P(T.full)}

| naam | studentnr | rol |
|---|---|---|
{rows}

Eerste overleg: dinsdag 9 september, 13:45 in {room(g)}. Deadline plan van aanpak week 38 (15 EC project)."""


@sc("nl", True)
def nl_dm(g, k):
    s = g.person(g.choice(["nl", "ma", "tr", "pl"]))
    tel = g.mobile_nl(g.choice([0, 2, 6]))
    if k == 0:
        return f"""DM aan @HSDijkzicht: hee ik heb mn ov-kaart nog niet gekregen en ik moet morgen naar stage 😩 kunnen jullie me appen? {PH(tel)} groetjes {P(s.first.lower())}"""
    return f"""Instagram DM @dijkzicht.studentenservice
{P(s.full)}: mijn collegekaart is gestolen, mag ik een nieuwe? ik sta ingeschreven als {P(s.full)}, nummer {g.studentnr()}. bel me maar op {PH(tel)}"""


@sc("nl", True)
def nl_bsn_osiris(g, k):
    s = g.person("nl")
    if k == 0:
        bsn = g.bsn("eight", lead0=True)
        return f"""Hoi,

In Osiris staat mijn BSN verkeerd. Het moet zijn: {BS(bsn)} (de nul vooraan valt steeds weg). Daardoor lukt de koppeling met DUO niet.

{P(s.full)}"""
    bsn = g.bsn(g.choice(["dotted", "dash"]))
    return f"""Goedemorgen, bij de aanvraag van mijn OV-studentenkaart zegt DUO dat mijn burgerservicenummer niet bij jullie bekend is. Mijn burgerservicenummer is {BS(bsn)}. Inschrijving nr. {g.not_bsn()} (verzoeknummer Studielink). Groet, {P(s.full)}"""


@sc("nl", True)
def nl_login(g, k):
    s = g.person()
    ip = g.ipv4() if k == 0 else g.ipv6()
    return f"""Melding servicedesk #{g.digits(6)}
Van: {P(s.full)} <{E(g.school_mail(s))}>
Ik kan sinds vanochtend niet inloggen op Brightspace, ik krijg 'account tijdelijk geblokkeerd'. Volgens de foutmelding kwam de laatste poging van IP {IP(ip)}, dat ben ik niet geweest! Ik gebruik Chrome 126.0.6478.127 op Windows 11.
Vak: {course(g)}, inleverdeadline vanavond 23:59."""


@sc("nl", True)
def nl_housing(g, k):
    s = g.person(g.choice(INTL))
    lord = g.person("nl", "m")
    st, pc, iban, tel = g.street_nl(), g.pc_nl(), g.iban("NL"), g.mobile_nl()
    return f"""Beste {P(H.first)},

Via de kamerbemiddeling van Dijkzicht heb ik een kamer gevonden op {AD(st)}, {PC(pc)} Oostervaart. De verhuurder, {P(lord.full)}, vraagt € 850 borg op rekening {IB(iban)} voordat ik de sleutel krijg. Is dat normaal? Zijn nummer is {PH(tel)}. Ik heb nog geen contract gezien.

Groet,
{P(s.full)}"""


@sc("nl", True)
def nl_payment_plan(g, k):
    s = g.person(g.choice(["nl", "ma", "tr"]))
    rel = g.choice(["vader", "moeder", "tante", "oom"])
    par = g.person(s.h, "f" if rel in ("moeder", "tante") else "m")
    if rel in ("vader", "moeder"):
        par = Person(par.first, s.last, s.h, par.sex)
    iban = g.iban("NL", g.choice(["sp", "compact", "lower"]))
    return f"""Machtiging collegegeld 2025-2026 (10 termijnen)
Student: {P(s.full)} – {g.studentnr()}
Betaler: {P(par.full)} ({rel})
IBAN betaler: {IB(iban)}
Termijnbedrag: € 253,00 (+ € 5,00 administratiekosten)
Eerste afschrijving: 30 september 2025
Handtekening: {P(par.ini)}"""


@sc("nl", True)
def nl_forward_en(g, k):
    s = g.person("nl")
    c = g.person(g.choice(["uk", "es", "de"]))
    mail = g.email(c, g.choice(["uni-valencia.example", "hs-muenster.example", "leeds-beckett.example"]))
    return f"""Hoi {P(I_.first)},

Zie hieronder het antwoord van de partneruniversiteit over mijn uitwisseling. Kun jij de learning agreement tekenen?

Groet, {P(s.first)}

---------- Doorgestuurd bericht ----------
Van: {P(c.full)} <{E(mail)}>
Datum: 3 mrt. 2025 14:02
Onderwerp: RE: Erasmus+ nomination

Dear {P(s.first)},
Thank you, your nomination from Dijkzicht has been received. Please upload your learning agreement (30 ECTS) before 15 April. Courses MKT-3.1 and BK-1.1 are equivalent.
Kind regards,
{P(c.full)}
Incoming Mobility"""


@sc("nl", True)
def nl_company_invoice(g, k):
    c = g.person("nl")
    btw, kvk, iban = g.btw(), g.kvk(), g.iban("NL")
    comp = g.choice(["Trainingsbureau Overvecht", "Schrijfcoach Noord", "Bureau Taalkracht"])
    return f"""Factuur {g.digits(4)}-{g.digits(3)}
{comp} – {P(c.full)}
KvK {KVK(kvk)} · btw-id {BTW(btw)}{'' if k == 0 else ' (oud omzetbelastingnummer ' + BS('NL' + g.bsn() + 'B01') + ')'}
Aan: Hogeschool Dijkzicht, t.a.v. crediteurenadministratie, Postbus 3300, 3840 AH Oostervaart
Omschrijving: workshop academisch schrijven voor studenten IBMS-1.2C (2 dagdelen)
Bedrag: € 1.150,00 excl. btw
Graag binnen 30 dagen overmaken naar {IB(iban)} o.v.v. het factuurnummer.
Vragen? {P(c.first)} – {PH(g.mobile_nl())}"""


@sc("nl", True)
def nl_id_copy(g, k):
    s = g.person(g.choice(["nl", "ma", "tr"]))
    doc = g.passport_nl("I" if k == 0 else "N")
    dob = g.dob("nl")
    kind = "identiteitskaart" if k == 0 else "paspoort"
    return f"""Beste Studentenservice,

Voor mijn inschrijving vroegen jullie om een kopie van mijn {kind}. Ik heb die niet kunnen uploaden, dus hier de gegevens:
documentnummer {ID(doc)}, geldig tot {g.date_plain('nl', 2031)}
geboortedatum {DOB(dob)}
{'persoonsnummer ' + BS(g.bsn('dotted')) if k == 0 else 'BSN (achterkant): ' + BS(g.bsn('plain'))}
naam zoals in {kind}: {P(s.full.upper())}

Mvg, {P(s.first)}"""


# ================================================================ NL without personal data (11)
@sc("nl", False)
def nl_rooster(g, k):
    return f"""Roosterwijziging week {g.choice(['37', '41', '46'])}

Het hoorcollege {course(g)} van dinsdag verhuist van {room(g)} naar de Aletta Jacobs-zaal (gebouw D, begane grond). Het werkcollege van donderdag vervalt; de stof wordt behandeld in de online les van vrijdag 10:30–12:00.
Vragen? Mail roosterbureau@dijkzicht.example of bel 088 412 7700.
– Roosterbureau Hogeschool Dijkzicht"""


@sc("nl", False)
def nl_resit_notice(g, k):
    return f"""Herkansingen blok {k + 2}: aanmelden kan t/m {g.date_plain('nl')} via Osiris. Let op: wie voor het eerste tentamen lager dan een 5,5 had, mag één keer herkansen. Cijfers onder de 4,0 tellen niet mee voor de compensatieregeling.
Tentamenlocaties: {room(g)}, {room(g)} en de Simon Stevin-hal. Neem je collegekaart mee. Inleveren na 23:59 = niet nagekeken.
Examencommissie Dijkzicht"""


@sc("nl", False)
def nl_fees_autoreply(g, k):
    return f"""Automatisch antwoord – Studentenservice

Bedankt voor je bericht. Wij reageren binnen 3 werkdagen. Collegegeld 2025-2026: wettelijk € 2.601, instellingstarief € 13.350. Betalen kan in één keer of in 10 termijnen via een machtiging. Handmatig overmaken: {ORG_IBAN1_SP if k == 0 else ORG_IBAN1} t.n.v. Hogeschool Dijkzicht, o.v.v. je studentnummer (7 cijfers).
Telefonisch: 088-4127700 (ma–vr 9–17 uur), WhatsApp 06 4172 9035.
{FOOT}"""


@sc("nl", False)
def nl_anon_bsa(g, k):
    return f"""hoi, vraagje: ik heb nu 47 EC en de BSA-norm is 50. telt een {grade(g)} voor {course(g)} mee als ik de herkansing op {g.date_plain('nl')} haal? en klopt het dat de 15 EC van de stage pas in blok 4 worden bijgeschreven? mijn aanvraagnummer bij de examencommissie is {g.not_bsn()}. alvast bedankt!!"""


@sc("nl", False)
def nl_osiris_batch(g, k):
    inv = g.bsn_shaped_valid()
    return f"""[intern] Batchverwerking Osiris – {g.date_plain('nl')}
- 1.284 inschrijfverzoeken uit Studielink verwerkt, 37 uitval (foutcode SL-417)
- factuurnummer {inv} (collegegeld, instellingstarief) handmatig gecorrigeerd
- ordernummer drukwerk {g.not_bsn()} nog niet geleverd
- job osiris-sync-03 draaide op 10.12.4.31, versie 4.12.0.3
Geen persoonsgegevens in deze log opnemen aub. — team Applicatiebeheer"""


@sc("nl", False)
def nl_building(g, k):
    return f"""Let op: het Minnaertgebouw is van {g.date_plain('nl')} tot en met de kerstvakantie gesloten wegens renovatie. Tentamens verhuizen naar het Aletta Jacobsgebouw (zalen {room(g)} t/m {room(g)}). De fietsenstalling aan de Havenkade blijft open. Studiepunten (EC) en roosters veranderen niet.
Facilitair Bedrijf Dijkzicht"""


@sc("nl", False)
def nl_grades_published(g, k):
    return f"""Beste studenten van {course(g)},

De cijfers van het tentamen van {g.date_plain('nl')} staan in Osiris. Gemiddeld cijfer: {grade(g)}, slagingspercentage 64 %. Inzage: {g.date_plain('nl')}, 12:00–13:00 in {room(g)}. Herkansing in week 27. De opdracht voor de Florence Nightingale-leerlijn telt voor 2 EC.

Met vriendelijke groet,
het docententeam"""


@sc("nl", False)
def nl_org_info(g, k):
    return f"""{'Contactgegevens Hogeschool Dijkzicht' if k == 0 else 'Colofon – studiegids ' + g.choice(['HBO-ICT', 'Logistiek', 'IBMS'])}
Bezoekadres: Dijkzichtlaan 2, 3844 KT Oostervaart (campus Noord: Havenkade 117, 3845 BR Oostervaart)
Postadres: Postbus 3300, 3840 AH Oostervaart
T 088 412 7700 · International Office +31 88 412 7750
KvK-nummer 41298375 · btw-nummer {ORG['btw'][0]} · IBAN {ORG_IBAN2_SP} (leges, diploma's)
Studielink-code instelling: 31DZ · BRIN 29XK"""


@sc("nl", False)
def nl_vacatures(g, k):
    return f"""Stagebank update {g.date_plain('nl')}
- Afstudeerstage data-analyse bij een logistiek bedrijf in Zwolle (30 EC, vanaf februari), vacaturenummer ST-{g.digits(5)}
- Meewerkstage marketing, 4 dagen p/w, vergoeding € 450 p/m, ref. {g.not_bsn()}
- Onderzoeksstage Lectoraat Circulaire Economie, Havenkade 117 lokaal {room(g)}
Reageren via de stagebank; vragen aan stagebureau@dijkzicht.example."""


@sc("nl", False)
def nl_opendag(g, k):
    return f"""📣 Open dag zaterdag {g.date_plain('nl')}! Proefstuderen bij de minor Jan Amos Comenius Onderwijsinnovatie, rondleiding door het Hedy Lamarr Lab en infosessies over de Max Havelaar-case in Business (BUS2024). Aanmelden via dijkzicht.example/opendag. Volg ons op @HSDijkzicht #opendag"""


@sc("nl", False)
def nl_wifi_tweet(g, k):
    return f"""@HSDijkzicht de wifi in gebouw D doet het wéér niet 🙄 heb om 11:00 tentamen {course(g)} in {room(g)}. eduroam zegt 'authenticatie mislukt', ticket {g.digits(7)} al 2 dagen open"""


# ================================================================ EN with personal data (16)
@sc("en", True)
def en_residence_permit(g, k):
    s = g.intl()
    pp, dob = g.passport_foreign(s.h), g.dob("en")
    nat = {"tr": "Turkish", "ma": "Moroccan", "cn": "Chinese", "in": "Indian", "pl": "Polish", "es": "Spanish",
           "de": "German", "ng": "Nigerian", "id": "Indonesian", "uk": "British"}[s.h]
    if k == 0:
        return f"""Dear International Office,

My IND application for the residence permit (study) is still pending. My details:
Full name: {P(s.last.upper() + ' ' + s.first)}
Nationality: {nat}
Date of birth: {DOB(dob)}
Passport number: {ID(pp)}
Programme: International Business (IBMS-1.2C), start 1 September 2025
The IND reference on my MVV letter is 2507-{g.digits(4)}-{g.digits(4)}.

Best regards,
{P(s.full)}"""
    rd = g.res_doc()
    return f"""Hi {P(I_.first)}, quick question - my verblijfsvergunning (card no. {ID(rd)}) expires on 31 January 2026 but my programme runs until June. Do I apply for the extension myself or does Dijkzicht do it? I was born on {DOB(dob)} if you need it for the form. Thanks, {P(s.first)}"""


@sc("en", True)
def en_bsn_registration(g, k):
    s = g.intl()
    bsn = g.bsn(g.choice(["plain", "dotted", "spaced"]))
    st, pc = g.street_nl(), g.pc_nl()
    if k == 0:
        return f"""Hello,

I finally registered at the municipality and received my BSN: {BS(bsn)}. My address is {AD(st)}, {PC(pc)} Oostervaart. Can you update this in Osiris so that my DUO and health insurance paperwork go through? Student number {g.studentnr()}.

Cheers,
{P(s.full)}"""
    return f"""Subject: citizen service number for payroll (student assistant job)

Dear {P(D.first)},
HR asks for my citizen service number before my contract as a student assistant for {course(g)} can start. It is {BS(bsn)}. I live at {AD(st)} ({PC(pc)}). For the staff parking permit: my car's registration is {KE(g.kenteken().lower())}.
Kind regards, {P(s.ini)}"""


@sc("en", True)
def en_housing_complaint(g, k):
    s = g.person("uk" if k == 0 else g.choice(INTL))
    lord = g.person("nl", "m")
    st, pc = g.street_nl(), g.pc_nl()
    home_st, (home_pc, town) = g.street_uk(), g.pc_uk()
    return f"""Dear {P(H.full)},

The heating at {AD(st)}, {PC(pc)} Oostervaart has not worked for two weeks. I reported it to the landlord, Mr {P(lord.last)}, four times. Could the housing office contact him? His mobile is {PH(g.mobile_nl())}.
If you need to send me letters, my home address in the UK is {AD(home_st)}, {town} {PC(home_pc)}; my UK phone is {PH(g.phone_uk())}.

Thanks,
{P(s.full)}"""


@sc("en", True)
def en_refund_foreign_iban(g, k):
    s = g.intl()
    par = g.relative(s, "m")
    cc = g.choice(["DE", "BE", "GB", "PL", "ES"])
    iban = g.iban(cc, g.choice(["sp", "compact"]))
    return f"""Dear Sir or Madam,

I am the father of {P(s.full)} (student number {g.studentnr()}). {P(s.first)} withdrew from the programme on 1 November and we paid the full institutional fee of EUR 13,350. Please refund the remaining months to my account:
IBAN: {IB(iban)}
Account holder: {P(par.full)}

Regards,
{P(par.full)}
{PH(g.phone_intl(s.h))}"""


@sc("en", True)
def en_card_double(g, k):
    s = g.intl()
    card = g.card("visa" if k == 0 else "mc")
    return f"""Hi,

I paid the application fee of € 100 for the Master's pre-master with my card {CC(card)} and it was charged twice (transaction IDs 88213-{g.digits(5)} and 88213-{g.digits(5)}). Please refund one of them.

{P(s.full)}
{E(g.email(s))}"""


@sc("en", True)
def en_emergency_abroad(g, k):
    s = g.intl()
    m = g.relative(s, "f")
    langs = {"tr": "Turkish, some English", "ma": "Arabic, French", "cn": "Mandarin", "in": "Hindi, English", "pl": "Polish",
             "es": "Spanish", "de": "German, English", "ng": "English, Igbo", "id": "Indonesian", "uk": "English"}[s.h]
    return f"""Emergency contact form – International students
Student name: {P(s.full)}
Student number: {g.studentnr()}
Emergency contact: {P(m.full)}
Relationship: mother
Phone (incl. country code): {PH(g.phone_intl(s.h))}
E-mail: {E(g.email(m))}
Language(s) spoken: {langs}"""


@sc("en", True)
def en_transcript_uk(g, k):
    s = g.person(g.choice(["uk", "ng", "in"]))
    st, (pc, town) = g.street_uk(), g.pc_uk()
    dob = g.dob("en")
    return f"""Dear Student Service Desk,

I need an official transcript of records sent to the admissions office of a university in {town} for my Master's application. Please post two sealed copies to:
{P(s.full)}
{AD(st)}
{town}
{PC(pc)}
United Kingdom

For identification: date of birth {DOB(dob)}, former student number {g.studentnr()}, graduated July 2024 (IBMS, 240 ECTS).

Many thanks,
{P(s.first)}"""


@sc("en", True)
def en_chat_io(g, k):
    s = g.person(g.choice(["id", "cn", "in"]))
    tel = g.phone_intl(s.h) if k == 0 else g.mobile_nl()
    nm = s.first if k == 0 else s.first.lower()
    return f"""Chat transcript – International Office (web chat)
[14:02] {P(nm)}: hi, I arrive at Schiphol on 24 August, is someone picking us up?
[14:03] {P(I_.first)} (International Office): Hi {P(s.first)}! Yes, the welcome team is at the meeting point between 11:00 and 17:00. What is your flight number?
[14:05] {P(nm)}: KL 810. my number is {PH(tel)} (whatsapp)
[14:05] {P(I_.first)} (International Office): Thanks, noted. See you soon!"""


@sc("en", True)
def en_internship_germany(g, k):
    s = g.person(g.choice(["nl", "in", "pl"]))
    c = g.person("de")
    mail = g.email(c, g.choice(["lagertechnik-rhein.example", "solarwerk-ems.example"]))
    return f"""Dear {P(S_.full)},

I found an internship in Germany (Logistics, 30 ECTS, Feb–June). Company supervisor: {P(c.full)}, {E(mail)}, phone {PH(g.phone_de(g.r.random() < 0.5))}. Could you check whether the company qualifies so that I can submit the placement agreement before the deadline of 15 December?

Best,
{P(s.full)}
{g.studentnr()} | LOG2.2"""


@sc("en", True)
def en_login(g, k):
    s = g.intl()
    ip4, ip6 = g.ipv4(), g.ipv6()
    return f"""Ticket #{g.digits(6)} – Cannot log in to the student portal
Reported by: {P(s.full)} ({E(g.school_mail(s))})
Description: "Since Monday I get error AADSTS50053. The security page lists sign-ins from {IP(ip4)} and {IP(ip6)}; the first one is my home connection, the second one I don't recognise."
Browser: Firefox 128.0.3, OS macOS 14.5
Internal note: MFA reset by {P(D.first)}, VPN gateway 10.20.0.1 not involved."""


@sc("en", True)
def en_forward_nl(g, k):
    s = g.intl()
    return f"""Hi,

Can someone explain this email? I don't understand Dutch well.
{P(s.full)}

> Op {g.date_plain('nl')} schreef {P(D.full)} <studentenservice@dijkzicht.example>:
> Beste {P(s.first)},
> Je inschrijving is afgerond, maar we missen nog je bewijs van vooropleiding. Upload dit vóór 1 oktober, anders wordt je inschrijving voor {course(g)} beëindigd.
> Met vriendelijke groet,
> {P(D.full)}
> Studentenservice Dijkzicht | 088 412 7700"""


@sc("en", True)
def en_group_emails(g, k):
    ps = [g.intl() for _ in range(3)] + [g.person("nl")]
    lines = "\n".join(f"{i + 1}. {P(p.rev if (i + k) % 2 else p.full)} – {E(g.school_mail(p))}" for i, p in enumerate(ps))
    return f"""Group 4, Project Cross-Cultural Marketing (MKT-3.1), tutor: {P(T.full)}

{lines}

Presentation: week 44, room {room(g)}. Peer assessment counts for 20 % of the 5 ECTS."""


@sc("en", True)
def en_resit_chat(g, k):
    s = g.person(g.choice(["cn", "id", "in", "es"]))
    return f"""hey its {P(s.first.lower())} from {course(g)} 👋 i missed the exam on friday because of the train strike. can i still do the resit in week 27? i got a {grade(g)} on the assignment. my student nr is {g.studentnr()}. thx
-- reply --
Hi {P(s.first)}, please submit a request to the exam board via Osiris (form EXC-07). Regards, {P(T.ini)}"""


@sc("en", True)
def en_cn_passport(g, k):
    s = g.person("cn")
    pp, rd = g.passport_foreign("cn"), g.res_doc()
    return f"""Dear International Office,

I received a new passport from the Chinese embassy in The Hague. New passport number {ID(pp)}. My residence card number is {ID(rd)} and my BSN is {BS(g.bsn('dash'))}. Please update my file so the IND has the correct details.

Name in passport: {P((s.last + ' ' + s.first).upper())}
Phone: {PH(g.mobile_nl())}

Thank you,
{P(s.full)}"""


@sc("en", True)
def en_parent_es(g, k):
    d = g.person("es", "f")
    m = g.person("es", "f")
    dob = g.dob("en", 2007, 2008)
    return f"""Dear Sirs,

My daughter {P(d.full)} (born {DOB(dob)}) applied for the Bachelor in Communication & Multimedia Design. She is still 17 at enrolment; do you need my consent as a parent? You can reach me at {PH(g.phone_intl('es'))} or {E(g.email(m))}.

Kind regards,
{P(m.full)}"""


@sc("en", True)
def en_adviser_note(g, k):
    s = g.person("pl")
    return f"""[internal] Study adviser note – {P(A.full)}
Student {P(s.full)} ({g.studentnr()}) is on Erasmus in Kraków this semester. {P(s.first)} asked whether 24 ECTS instead of 30 are enough; agreed if MKT-3.1 is retaken in block 3. Contact during exchange: {PH(g.phone_intl('pl'))}. Follow-up 12 March, Teams.
– {P(A.first)}"""


# ================================================================ EN without personal data (9)
@sc("en", False)
def en_exam_schedule(g, k):
    return f"""Exam schedule block {k + 1}
- {course(g)} Financial Accounting: {g.date_plain('en')}, 09:00–11:00, room {room(g)}
- {course(g)} Intercultural Management: {g.date_plain('en')}, 13:30–15:30, Aletta Jacobs Hall
- Resits: week 27. Register before the deadline; late registration costs € 25.
Pass mark 5.5 (Dutch scale). Questions: examboard@dijkzicht.example"""


@sc("en", False)
def en_ects_info(g, k):
    return f"""FAQ – credits and grading
One ECTS credit equals 28 hours of study. A full year is 60 ECTS; the binding study advice (BSA) norm is 50 ECTS. Grades are given from 1 to 10; a 5,5 (or 5.5) is a pass. Minor programmes are 30 ECTS, e.g. the Victor Papanek Design Minor or the Grace Hopper Data Track. Application numbers have 9 digits, e.g. {g.not_bsn()}."""


@sc("en", False)
def en_ind_procedure(g, k):
    return f"""How to apply for your residence permit (non-EU students)
{'1.' if k == 0 else 'Step 1:'} Dijkzicht University of Applied Sciences submits the application to the IND as your recognised sponsor.
2. Pay the IND fee (€ 228) and the tuition deposit to {ORG_IBAN1_SP} (reference: your application number).
3. Collect your residence card at the IND desk; bring your passport.
Questions: international@dijkzicht.example, +31 88 412 7750, or WhatsApp +31 6 4172 9035.
{SIG_INT}"""


@sc("en", False)
def en_housing_list(g, k):
    return f"""Housing update: 42 rooms are still available for the September intake. Rent € 430–€ 610 per month incl. utilities, deposit € 500. Rooms are in the Havenkade complex (Havenkade 117) and in two student buildings near the station. Registration closes {g.date_plain('en')}. Booking reference format: DZH-25-{g.digits(4)}.
International Office"""


@sc("en", False)
def en_appeal(g, k):
    return f"""Procedure for grade appeals
If you disagree with the grade for a course (e.g. {course(g)}), first request an inspection within 10 working days. After that, you may lodge an appeal with the Examination Appeals Board via the online form. Case numbers look like CBE-2025-{g.digits(3)}. The board decides within 6 weeks. Average processing time last year: 27 days."""


@sc("en", False)
def en_erasmus(g, k):
    return f"""Erasmus+ deadlines 2026-2027
- Nomination for autumn semester: {g.date_plain('en', 2026)}
- Learning agreement signed: 4 weeks before departure
- Erasmus+ grant: € 450–€ 600 per month, paid in two instalments
Partner universities in Valencia, Kraków, Leeds and Münster offer 30 ECTS packages. The Johan de Witt travel grant covers up to € 300 extra."""


@sc("en", False)
def en_outage(g, k):
    return f"""Status update – student portal
Between 02:00 and 04:30 the portal (build 5.3.1.22) was unavailable. Root cause: certificate expiry on load balancer 10.40.7.12 (internal). All submissions for {course(g)} with deadline 23:59 yesterday are accepted until tonight. Incident INC-{g.digits(7)}. No personal data was affected.
ICT Service Desk"""


@sc("en", False)
def en_newsletter(g, k):
    return f"""International Student Newsletter #{k + 5}
🎉 Welcome week starts 25 August! Meet your buddy at the Havenkade campus. Don't forget: register at the municipality within 5 days to receive a BSN (you need it for work and health insurance). Tuition fee 2025-2026: € 2,601 (EU) / € 13,350 (non-EU). Follow @dijkzicht_intl for updates."""


@sc("en", False)
def en_anon_question(g, k):
    return f"""Anonymous question via the feedback box: "Is it true that I lose my residence permit if I get fewer than 50 ECTS in year 1? I have 44 now and a {grade(g)} for {course(g)}. Application nr {g.not_bsn()}." """.strip()


# ================================================================ DE with personal data (13)
@sc("de", True)
def de_enrolment(g, k):
    s = g.person("de")
    st, pc, town = g.street_de(), g.pc_de(), g.choice(DE_TOWNS)
    dob, tel = g.dob("de"), g.phone_de()
    if k == 0:
        return f"""Sehr geehrte Damen und Herren,

ich möchte mich für den Bachelor Logistik (LOG2.2) einschreiben, habe aber noch keine niederländische BSN. Reicht meine deutsche Adresse?
Name: {P(s.full)}
Geburtsdatum: {DOB(dob)}
Anschrift: {AD(st)}, {PC(pc)} {town}
Handy: {PH(tel)}

Mit freundlichen Grüßen
{P(s.full)}"""
    return f"""Hallo liebes International Office, ich bin {P(s.first)} ({P(s.full)}, geb. {DOB(dob)}), wohne in {town} ({AD(st)}, {PC(pc)}) und pendle ab September. Muss ich mich trotzdem über Studielink anmelden? Erreichbar unter {PH(tel)}. LG {P(s.first)}"""


@sc("de", True)
def de_parents_refund(g, k):
    d = g.person("de", "f")
    f = g.relative(d, "m")
    iban = g.iban("DE", g.choice(["sp", "compact"]))
    return f"""Sehr geehrte Frau {P(W.last)},

unsere Tochter {P(d.full)} hat ihr Studium zum 31.01. abgebrochen. Wir bitten um Rückerstattung der zu viel gezahlten Studiengebühren (4 Monate à € 260,10) auf folgendes Konto:
IBAN {IB(iban)}, Kontoinhaber {P(f.full)}.
Rückfragen gerne telefonisch unter {PH(g.phone_de(False))}.

Mit freundlichen Grüßen
{P(f.full)}"""


@sc("de", True)
def de_internship(g, k):
    s = g.person(g.choice(["nl", "de"]))
    c = g.person("de", "m")
    mail = g.email(c, g.choice(["muensterland-logistik.example", "emsdata.example"]))
    return f"""Hallo Frau {P(S_.last)},

mein Praktikumsbetrieb hat die Vereinbarung unterschrieben. Ansprechpartner dort ist Herr {P(c.full)} (Tel. {PH(g.phone_de(False))}, {E(mail)}). Praktikumszeitraum 02.02.–26.06.2026, 30 ECTS, Modul {course(g)}.

Viele Grüße
{P(s.full)}
Matrikelnummer {g.studentnr()}"""


@sc("de", True)
def de_housing(g, k):
    s = g.person(g.choice(["de", "pl", "tr"]))
    lord = g.person("nl", "m")
    st, pc, iban = g.street_nl(), g.pc_nl(), g.iban("NL")
    return f"""Liebe {P(H.first)},

ich habe ein Zimmer in der {AD(st)} ({PC(pc)} Oostervaart) gefunden. Der Vermieter, Herr {P(lord.last)}, möchte die Kaution (€ 900) vorab auf {IB(iban)} überwiesen haben. Kannst du prüfen, ob er seriös ist? Ich habe nur seine Handynummer: {PH(g.mobile_nl())}.

Danke und viele Grüße
{P(s.first)}"""


@sc("de", True)
def de_ausweis(g, k):
    s = g.person("de")
    doc, dob = g.passport_foreign("de"), g.dob("de")
    kind = "Personalausweis" if k == 0 else "Reisepass"
    return f"""Guten Tag,

für die Einschreibung sende ich die Daten meines {kind}es, da der Upload nicht funktioniert:
{'Ausweisnummer' if k == 0 else 'Passnummer'}: {ID(doc)}
Name: {P(s.last.upper())}, Vorname: {P(s.first)}
Geburtsdatum: {DOB(dob)}
gültig bis: {g.date_plain('de', 2032)}

Mit freundlichen Grüßen
{P(s.ini)}"""


@sc("de", True)
def de_bsn(g, k):
    s = g.person(g.choice(["de", "pl"]))
    bsn = g.bsn(g.choice(["spaced", "plain", "dotted"]))
    return f"""Hallo,

ich habe jetzt meine Bürgerservicenummer von der Gemeinde bekommen. Meine BSN lautet {BS(bsn)}. Bitte tragen Sie sie in Osiris ein, damit ich meinen Nebenjob als studentische Hilfskraft anfangen kann (Vertrag Nr. HK-2025-{g.digits(4)}).

Gruß
{P(s.full)}"""


@sc("de", True)
def de_grade_complaint(g, k):
    s = g.person("de")
    return f"""Sehr geehrter Herr {P(T.last)},

in der Klausur {course(g)} vom {g.date_plain('de')} habe ich eine {grade(g)} bekommen. Bei Aufgabe 3 wurden mir 4 von 10 Punkten abgezogen, obwohl die Lösung dem Musterlösungsblatt entspricht. Könnten wir einen Termin zur Einsicht vereinbaren, z. B. in Raum {room(g)}?

Mit freundlichen Grüßen
{P(s.full)}
Studierendennummer {g.studentnr()}"""


@sc("de", True)
def de_dm(g, k):
    s = g.person(g.choice(["de", "tr", "pl"]))
    tel = g.phone_de()
    return f"""Insta-DM an @dijkzicht_intl: hii ich bin {P(s.first.lower())} aus münster 🙈 ich hab die mail wegen dem einführungstag nicht bekommen, könnt ihr mir schreiben? {PH(tel)} (whatsapp) danke!!"""


@sc("de", True)
def de_forward_nl(g, k):
    s = g.person("de")
    return f"""Hallo Frau {P(W.last)},

ich verstehe die folgende Mail nicht ganz. Heißt das, dass ich die Prüfung wiederholen muss?
Viele Grüße, {P(s.first)}

-----Ursprüngliche Nachricht-----
Von: {P(X.full)} <examencommissie@dijkzicht.example>
Gesendet: {g.date_plain('de')} 11:40
Betreff: Besluit examencommissie

Beste {P(s.first)},
De examencommissie heeft je verzoek (zaak EXC-25-{g.digits(4)}) afgewezen. Je kunt het vak {course(g)} herkansen in blok 4.
Met vriendelijke groet,
{P(X.ini)}, secretaris"""


@sc("de", True)
def de_emergency(g, k):
    s = g.person("de")
    m = g.relative(s, "f")
    st, pc, town = g.street_de(), g.pc_de(), g.choice(DE_TOWNS)
    return f"""Notfallkontakt (Formular)
Studierende/r: {P(s.full)}
Notfallkontakt: {P(m.full)}, Mutter
Telefon: {PH(g.phone_de(g.r.random() < 0.5))}
Adresse: {AD(st)}, {PC(pc)} {town}"""


@sc("de", True)
def de_login(g, k):
    s = g.person("de")
    ip = g.ipv4()
    return f"""Hallo IT-Servicedesk,

seit dem Update auf Version 2.14.0.3 komme ich nicht mehr in Brightspace. Fehlermeldung: "Zugriff von {IP(ip)} verweigert". Das ist die IP von meinem Router zu Hause in {g.choice(DE_TOWNS)}. Ticketnummer {g.digits(7)}.

Gruß
{P(s.full)} ({E(g.school_mail(s))})"""


@sc("de", True)
def de_zeugnis(g, k):
    s = g.person("de")
    st, pc, town, dob = g.street_de(), g.pc_de(), g.choice(DE_TOWNS), g.dob("de", 1990, 2002)
    return f"""Sehr geehrte Damen und Herren,

ich benötige für meine Bewerbung ein englischsprachiges Transcript of Records sowie eine beglaubigte Kopie meines Bachelorzeugnisses (Abschluss 2023, 240 ECTS).
{P(s.full)}, geboren am {DOB(dob)}
{AD(st)}
{PC(pc)} {town}
E-Mail: {E(g.email(s))}

Die Gebühr von 25,00 € habe ich auf {ORG_IBAN2} überwiesen.
Mit freundlichen Grüßen
{P(s.full)}"""


@sc("de", True)
def de_eupen(g, k):
    s = g.person("be", "f")
    st, (pc, town) = g.street_be(), g.pc_be()
    iban = g.iban("BE")
    return f"""Guten Tag,

ich bin Studentin aus Belgien und habe die Anmeldegebühr doppelt bezahlt. Bitte erstatten Sie 100 € auf mein belgisches Konto {IB(iban)} zurück.
Meine Adresse: {AD(st)}, {PC(pc)} {town}, GSM {PH(g.phone_be())}.

Freundliche Grüße
{P(s.full)}"""


# ================================================================ DE without personal data (7)
@sc("de", False)
def de_pruefungen(g, k):
    return f"""Prüfungstermine Block {k + 2}
{course(g)}: {g.date_plain('de')}, 09:00 Uhr, Raum {room(g)}
{course(g)}: {g.date_plain('de')}, 13:30 Uhr, Raum {room(g)}
Anmeldung bis 14 Tage vorher in Osiris. Bestehensgrenze 5,5. Bei Fragen: examencommissie@dijkzicht.example
Hochschule Dijkzicht – Examencommissie"""


@sc("de", False)
def de_gebuehren(g, k):
    return f"""Studiengebühren {'2025/2026' if k == 0 else '2026/2027'} für deutsche Studierende: gesetzlicher Beitrag 2.601 €, im ersten Jahr halbiert (1.300,50 €). Zahlung per Lastschrift in 10 Raten oder Überweisung an {ORG_IBAN1_SP}, BIC ABNANL2A, Verwendungszweck: Studierendennummer.
Rückfragen: +31 88 412 7750 (Mo–Fr 9–16 Uhr).
{SIG_DE}"""


@sc("de", False)
def de_wohnen(g, k):
    return f"""Wohnungssuche in Oostervaart – Tipps
Zimmer kosten 400–650 € warm. Seien Sie vorsichtig bei Anzeigen, die eine Kaution vor der Besichtigung verlangen. Die Hochschule vermittelt Zimmer im Wohnheim Havenkade (Havenkade 117). Wartelistennummer: WL-{g.digits(5)}. Eine Anmeldung bei der Gemeinde ist Pflicht, sonst gibt es keine BSN."""


@sc("de", False)
def de_anerkennung(g, k):
    return f"""Anerkennung von Studienleistungen
Aus Deutschland mitgebrachte Module können bis max. 30 ECTS angerechnet werden. Eine deutsche 2,3 entspricht etwa einer niederländischen 7,5. Antrag über das Formular EXC-12; Bearbeitungsnummer z. B. {g.not_bsn()}. Entscheidung innerhalb von 6 Wochen. Das Modul „Konrad Zuse Programmierlabor“ (ICT-1.4A) ist nicht anrechenbar."""


@sc("de", False)
def de_bibliothek(g, k):
    return f"""Die Mediathek im Aletta Jacobsgebouw ist vom {g.date_plain('de')} bis {g.date_plain('de')} nur eingeschränkt geöffnet (10–16 Uhr). Ausleihen über den Studierendenausweis; Mahngebühr 0,20 € pro Tag. Gruppenräume {room(g)} und {room(g)} können online reserviert werden."""


@sc("de", False)
def de_wartung(g, k):
    return f"""Wartungsarbeiten: Am Samstag zwischen 06:00 und 10:00 Uhr ist Osiris nicht erreichbar (Version 7.3.1.4 wird eingespielt, Server 192.168.40.12). Abgaben für {course(g)} mit Frist am Samstag werden bis Sonntag 23:59 akzeptiert. Störungsnummer INC-{g.digits(7)}."""


@sc("de", False)
def de_erasmus(g, k):
    return f"""Erasmus+-Austausch: Bewerbungsschluss für das Wintersemester ist der {g.date_plain('de', 2026)}. Partnerhochschulen in Münster, Leeds, Valencia und Kraków. Förderung 450–600 € pro Monat. Das Learning Agreement (30 ECTS) muss 4 Wochen vor Abreise unterschrieben sein. Infos unter dijkzicht.example/erasmus oder bei der Sprechstunde in Raum {room(g)}."""


# ---------------------------------------------------------------- self test of the validators
def self_test():
    n = 0

    def chk(cond, what):
        nonlocal n
        assert cond, what
        n += 1
    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "12345672", "999999990", "696579303"]:
        chk(elfproef(v), v)
    for v in ["123456789", "111222334", "000000000", "999999999", "12345678"]:
        chk(not elfproef(v), v)
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL20INGB0001234567",
              "BE71 0961 2345 6769", "DE89370400440532013000", "GB82WEST12345698765432", "NL68KNAB0123456789"]:
        chk(iban_ok(v), v)
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL00ABNA0417164300", "DE89370400440532013001", "BE68539007547035"]:
        chk(not iban_ok(v), v)
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67", "0111-123456",
              "+32 470 12 34 56", "0470 12 34 56", "+49 (0)221 1234567", "0151 23456789", "07700 900123"]:
        chk(phone_ok(v), v)
    for v in ["06-1234567", "067 1234567", "012-3456789", "+31 6 1234 567", "020-123456"]:
        chk(not phone_ok(v), v)
    for v in ["1012 AB", "1012AB", "9999 ZZ"]:
        chk(nl_postcode_ok(v), v)
    for v in ["1012 SS", "1012 SA", "0123 AB", "10123 AB", "1012 ab"]:
        chk(not nl_postcode_ok(v), v)
    for v in ["XR1001R58", "NW1234P56", "IB12F3K47", "III-V123AL568"]:
        chk(doc_ok(v), v)
    for v in ["NO1234567", "NP123456A"]:
        chk(not doc_ok(v), v)
    for v in ["1-KBB-12", "12-GBX-3"]:
        chk(kenteken_ok(v), v)
    for v in ["1-NSB-12", "12-ABC-3", "AB-1234"]:
        chk(not kenteken_ok(v), v)
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13"]:
        chk(btw_ok(v), v)
    for v in ["NL000099998B58", "NL123456789B56", "NL12345678B01"]:
        chk(not btw_ok(v), v)
    for v in ["4111111111111111", "5555555555554444", "2221000000000009", "378282246310005", "4111 1111 1111 1111"]:
        chk(card_ok(v), v)
    for v in ["4111111111111112", "1234567812345678", "490154203237518"]:
        chk(not card_ok(v), v)
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk"]:
        chk(email_ok(v), v)
    for v in ["@angular/core", "jan@@voorbeeld.nl"]:
        chk(not email_ok(v), v)
    chk(ip_ok("8.8.8.8") and not ip_ok("192.168.1.10") and not ip_ok("10.40.7.12") and not ip_ok("256.1.1.1")
        and not ip_ok("2001:db8::1"), "ip")
    chk(not ip_ok("229.64.147.68") and ip_ok("69.70.46.206"), "multicast")
    chk(dob_ok("12-03-1985") and dob_ok("5 mei 1960") and dob_ok("12. März 2001") and dob_ok("March 12, 1985"), "dob")
    chk(not dob_ok("31-02-1990") and not dob_ok("29-02-1991"), "dob invalid")
    # organisation data
    for v in ORG["ibans"]:
        chk(iban_ok(v), v)
    chk(elfproef(ORG_RSIN), "org rsin passes elfproef (trap)")
    for v in ORG["phones"]:
        chk(phone_ok(v), v)
    chk(all(nl_postcode_ok(a.split(", ")[1][:7]) for a in ORG["addresses"]), "org postcodes")
    return n


# ---------------------------------------------------------------- audit
NEG_WORDS = re.compile(r"(factuur|factuurnummer|ordernummer|order|invoice|ref\.?|referentie|aanvraagnummer|application|"
                       r"Bearbeitungsnummer|verzoeknummer|Inschrijving nr|ticket|Rechnung)", re.I)
ORG_PHONE_DIGITS = {re.sub(r"\D", "", p)[1:] for p in ORG["phones"]}
NAME_STOP = {"van", "der", "den", "ter", "ten", "het", "Van", "De"}


def covered(spans, a, b):
    return any(s["start"] <= a and b <= s["end"] for s in spans)


def audit(rec, pii, errors):
    text, spans = rec["text"], rec["spans"]
    bt = text.encode("utf-8")
    rid = rec["id"]

    def err(msg):
        errors.append(f"{rid}: {msg}")

    def bspan(m_start, m_end):
        return len(text[:m_start].encode()), len(text[:m_end].encode())

    if bool(spans) != pii:
        err(f"pii flag {pii} but {len(spans)} spans")
    last = -1
    for s in spans:
        v = bt[s["start"]:s["end"]].decode("utf-8")
        if s["start"] < last:
            err("overlap/unsorted")
        last = s["end"]
        if v != v.strip() or v[-1] in ".,;:" or v[0] in ".,;:":
            err(f"edge whitespace/punct {v!r}")
        if not VALIDATORS[s["label"]](v):
            err(f"invalid {s['label']} {v!r}")
        if s["label"] == "DATE_OF_BIRTH":
            ctx = bt[max(0, s["start"] - 60):s["start"]].decode("utf-8", "ignore")
            if not re.search(r"geb|born|birth|Geburt|geboren", ctx, re.I):
                err(f"DOB without birth word {v!r}")
        if s["label"] == "EMAIL" and v.lower().endswith("dijkzicht.example"):
            err(f"org email labelled {v}")
        if s["label"] == "IBAN" and re.sub(r"\s", "", v).upper() in ORG["ibans"]:
            err("org IBAN labelled")
        if s["label"] == "PHONE" and re.sub(r"\D", "", v)[-9:] in ORG_PHONE_DIGITS:
            err("org phone labelled")
        if s["label"] == "KVK" and v in ORG["kvk"]:
            err("org kvk labelled")
    # every labelled value repeated elsewhere must be labelled too
    for s in spans:
        v = bt[s["start"]:s["end"]].decode()
        for m in re.finditer(re.escape(v), text):
            a, b = bspan(m.start(), m.end())
            if not covered(spans, a, b):
                err(f"unlabelled repeat of {s['label']} {v!r}")
    # name tokens
    toks = set()
    for s in spans:
        if s["label"] == "PERSON":
            v = bt[s["start"]:s["end"]].decode()
            toks |= {t for t in re.split(r"[ ,.\-']+", v) if len(t) > 2 and t not in NAME_STOP}
    for t in sorted(toks):
        for m in re.finditer(r"(?<![\w])" + re.escape(t) + r"(?![\w])", text):
            a, b = bspan(m.start(), m.end())
            if not covered(spans, a, b):
                err(f"unlabelled name token {t!r}")
    # staff names must be labelled wherever they appear
    for p in STAFF.values():
        for t in re.split(r"[ \-]+", p.first + " " + p.last):
            for m in re.finditer(r"(?<![\w-])" + re.escape(t) + r"(?![\w])", text):
                a, b = bspan(m.start(), m.end())
                if not covered(spans, a, b):
                    err(f"unlabelled staff token {t!r}")
    # scanners: things that must never be left unlabelled
    for m in EMAIL_RE.finditer(text):
        a, b = bspan(m.start(), m.end())
        if not covered(spans, a, b) and not m.group().lower().endswith("@dijkzicht.example"):
            err(f"unlabelled email {m.group()}")
    for m in re.finditer(r"\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,4})?\b", text):
        c = re.sub(r"\s", "", m.group()).upper()
        if iban_ok(c) and c not in ORG["ibans"]:
            a, b = bspan(m.start(), m.end())
            if not covered(spans, a, b):
                err(f"unlabelled IBAN {m.group()}")
    for m in re.finditer(r"(?<![\w.\-])(\d{9}|\d{3} \d{3} \d{3}|\d{4}\.\d{2}\.\d{3}|\d{3}-\d{3}-\d{3})(?![\w\-]|\.\d)", text):
        if elfproef(m.group()):
            a, b = bspan(m.start(), m.end())
            pre = text[max(0, m.start() - 40):m.start()]
            if not covered(spans, a, b) and not NEG_WORDS.search(pre) and m.group() != ORG_RSIN:
                err(f"unlabelled elfproef number {m.group()}")
    for m in re.finditer(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])", text):
        if ip_ok(m.group()):
            a, b = bspan(m.start(), m.end())
            pre = text[max(0, m.start() - 12):m.start()]
            if not covered(spans, a, b) and not re.search(r"versi|version|build|Chrome|Firefox", pre, re.I):
                err(f"unlabelled public IP {m.group()}")
    for m in re.finditer(r"(?<![\w+])(?:\+31 ?6|06)[ -]?\d(?:[ -]?\d){7}(?!\d)", text):
        a, b = bspan(m.start(), m.end())
        if not covered(spans, a, b) and re.sub(r"\D", "", m.group())[-8:] != "41729035":
            err(f"unlabelled NL mobile {m.group()}")
    for m in re.finditer(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])", text):
        a, b = bspan(m.start(), m.end())
        if not covered(spans, a, b) and m.group().replace(" ", "") not in ("3844KT", "3840AH", "3845BR") and nl_postcode_ok(m.group()):
            err(f"unlabelled postcode {m.group()}")
    for m in re.finditer(r"(?<![\d ])(?:\d{4} ?){3}\d{4}(?!\d)", text):
        if card_ok(m.group()):
            a, b = bspan(m.start(), m.end())
            if not covered(spans, a, b):
                err(f"unlabelled card {m.group()}")


# ---------------------------------------------------------------- build
def build():
    recs = {"nl": [], "en": [], "de": []}
    for lang, pii, name, f in SCEN:
        for k in (0, 1):
            g = G(f"{SEED}:{name}:{k}")
            g.tokens |= STAFF_TOKENS
            marked = f(g, k).strip()
            text, spans = render(marked)
            recs[lang].append((name, k, pii, text, spans))
    out = []
    for lang in ("nl", "en", "de"):
        lst = recs[lang]
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(lst)
        for i, (name, k, pii, text, spans) in enumerate(lst, 1):
            out.append(({"id": f"h20-{lang}-{i:03d}", "lang": lang, "text": text,
                         "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in spans]},
                        [s["value"] for s in spans], pii, name))
    return out


def main():
    nchecks = self_test()
    import tomllib
    with open(os.path.join(HERE, "pii-scrubber.toml"), "rb") as fh:
        assert tomllib.load(fh)["organisation"] == ORG, "pii-scrubber.toml differs from ORG"
    out = build()
    errors = []
    texts = set()
    lines = []
    for rec, values, pii, name in out:
        if rec["text"] in texts:
            errors.append(f"{rec['id']}: duplicate text")
        texts.add(rec["text"])
        line = json.dumps(rec, ensure_ascii=False, sort_keys=False)
        back = json.loads(line)
        bt = back["text"].encode("utf-8")
        for s, v in zip(back["spans"], values):
            if bt[s["start"]:s["end"]].decode("utf-8") != v:
                errors.append(f"{rec['id']}: span text != value {v!r}")
        audit(back, pii, errors)
        lines.append(line)
    if errors:
        print("\n".join(errors))
        sys.exit(f"{len(errors)} audit errors; gold.jsonl not written")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(os.path.join(HERE, "gold.jsonl"), "wb") as fh:
        fh.write(data)
    # statistics
    cnt = {l: {lab: 0 for lab in LABELS} for l in ("nl", "en", "de")}
    free = {"nl": 0, "en": 0, "de": 0}
    lens = []
    nonascii = emoji = 0
    for rec, values, pii, name in out:
        lens.append(len(rec["text"].encode()))
        if not rec["spans"]:
            free[rec["lang"]] += 1
        for s in rec["spans"]:
            cnt[rec["lang"]][s["label"]] += 1
        nonascii += any(ord(c) > 127 for c in rec["text"])
        emoji += any(ord(c) > 0xFFFF for c in rec["text"])
    print(f"self-test checks: {nchecks}; records: {len(out)}; scenarios: {len(SCEN)}")
    print("messages per lang:", {l: sum(1 for r in out if r[0]['lang'] == l) for l in ('nl', 'en', 'de')})
    print(f"PII-free: {sum(free.values())} {free} = {100 * sum(free.values()) / len(out):.1f} %")
    lens.sort()
    print(f"length bytes: {lens[0]}–{lens[-1]}, median {lens[len(lens) // 2]}; non-ASCII texts {nonascii}; emoji texts {emoji}")
    print("| label | nl | en | de | total |\n|---|---:|---:|---:|---:|")
    tot = {"nl": 0, "en": 0, "de": 0}
    for lab in LABELS:
        row = [cnt[l][lab] for l in ("nl", "en", "de")]
        for l, x in zip(("nl", "en", "de"), row):
            tot[l] += x
        print(f"| `{lab}` | {row[0]} | {row[1]} | {row[2]} | {sum(row)} |")
    print(f"| **all** | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")
    print("sha256(gold.jsonl) =", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
