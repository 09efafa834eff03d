#!/usr/bin/env python3
"""heldout16 — held-out evaluation set: childcare, after-school care (BSO) and a primary school group.

Organisation: Stichting De Wilgenkring (fictional), Eldervoort (fictional town in the Achterhoek, near the German
border). Standard library only; deterministic (string-seeded random.Random per instance, PYTHONHASHSEED-proof).
Writes gold.jsonl next to this file, prints statistics and the sha256 of gold.jsonl.
Spans: UTF-8 byte offsets, end exclusive. Values are written with mark(); render() strips the markup.
"""
import datetime as dt
import hashlib
import ipaddress
import json
import os
import random
import re
import sys

SEED = "heldout16-wilgenkring-v1"
HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# ----------------------------------------------------------------------------------------------------------------
# markup
S0, S1, S2 = "\ue000", "\ue001", "\ue002"


def mark(label, value):
    assert label in LABELS, label
    assert S0 not in value and value == value.strip(), value
    return f"{S0}{label}{S1}{value}{S2}"


def P(v): return mark("PERSON", v)
def EM(v): return mark("EMAIL", v)
def PH(v): return mark("PHONE", v)
def IB(v): return mark("IBAN", v)
def BS(v): return mark("BSN", v)
def AD(v): return mark("ADDRESS", v)
def PC(v): return mark("POSTCODE", v)
def CC(v): return mark("CREDIT_CARD", v)
def IP(v): return mark("IP_ADDRESS", v)
def DOB(v): return mark("DATE_OF_BIRTH", v)
def ID(v): return mark("ID_DOCUMENT", v)
def LP(v): return mark("LICENSE_PLATE", v)
def BTW(v): return mark("BTW_ID", v)
def KVK(v): return mark("KVK", v)


MARK_RE = re.compile(S0 + "([A-Z_]+)" + S1 + "(.*?)" + S2, re.S)


def render(marked):
    out, spans, pos, blen = [], [], 0, 0
    for mm in MARK_RE.finditer(marked):
        pre = marked[pos:mm.start()]
        out.append(pre)
        blen += len(pre.encode("utf-8"))
        val = mm.group(2)
        b = len(val.encode("utf-8"))
        spans.append({"start": blen, "end": blen + b, "label": mm.group(1), "value": val})
        out.append(val)
        blen += b
        pos = mm.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert S0 not in text and S1 not in text and S2 not in text
    return text, spans


# ----------------------------------------------------------------------------------------------------------------
# validators (per shared/reference/dutch-pii-formats.md)
def digits(s): return re.sub(r"\D", "", s)


def bsn_ok(s):
    d = re.sub(r"[ .\-\u00a0]", "", s)
    if not d.isdigit() or len(d) not in (8, 9):
        return False
    d = d.zfill(9)
    if int(d) == 0:
        return False
    t = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return t % 11 == 0


def mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


IBAN_LEN = {"NL": 18, "DE": 22, "BE": 16, "GB": 22, "PL": 28}


def iban_ok(s):
    c = re.sub(r"[ .\-\u00a0]", "", s).upper()
    if c[:2] not in IBAN_LEN or len(c) != IBAN_LEN[c[:2]]:
        return False
    if c[:2] == "NL" and not re.fullmatch(r"NL\d\d[A-Z]{4}\d{10}", c):
        return False
    if c[:2] in ("DE", "BE", "PL") and not c[2:].isdigit():
        return False
    if c[:2] == "BE":
        n = int(c[4:14]) % 97 or 97
        if n != int(c[14:16]):
            return False
    return mod97(c[4:] + c[:4]) == 1


def make_iban(cc, bban):
    return cc + "%02d" % (98 - mod97(bban + cc + "00")) + bban


def btw_ok(s):
    c = re.sub(r"[ .\-\u00a0]", "", s).upper()
    return bool(re.fullmatch(r"NL\d{9}B\d\d", c)) and c[-2:] != "00" and mod97(c) == 1


def luhn_ok(s):
    d = digits(s)
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def card_ok(s):
    d = digits(s)
    if not luhn_ok(d):
        return False
    if d[0] == "4":
        return len(d) in (13, 16, 19)
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return len(d) == 16
    if d[:2] in ("34", "37"):
        return len(d) == 15
    return False


PC_RE = re.compile(r"^[1-9]\d{3} ?[A-Z]{2}$")


def nl_postcode_ok(s):
    return bool(PC_RE.match(s)) and s[-2:] not in ("SA", "SD", "SS")


def docnr_ok(s):
    c = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}[0-9]", c)) and "O" not in c


def de_ausweis_ok(s):
    return bool(re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}", s))


SIDECODES = {7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX",
             13: "9-XX-999", 14: "999-XX-9", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX"}
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS", "KVT", "VVD",
          "SP"]


def kenteken_ok(s):
    c = s.upper().replace(" ", "-")
    for code, pat in SIDECODES.items():
        rx = "^" + pat.replace("9", r"\d").replace("X", "[" + PLATE_LETTERS + "]") + "$"
        if re.match(rx, c) or re.match(rx.replace("-", ""), c.replace("-", "")):
            letters = re.sub(r"[^A-Z]", " ", c).split()
            return not any(b in grp for grp in letters for b in BANNED)
    return False


def de_plate_ok(s):
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{1,4}", s))


def phone_ok(s):
    if not re.fullmatch(r"[+0-9(][0-9 ()./\-\u00a0]+[0-9]", s):
        return False
    d = digits(s)
    if s.startswith("+"):
        d = "00" + d
    if d.startswith("00310"):
        d = "0031" + d[5:]  # redundant trunk 0 in +31 (0)6 ...
    if d.startswith("00490"):
        d = "0049" + d[5:]
    if d.startswith("00440"):
        d = "0044" + d[5:]
    if d.startswith("0031"):
        n = d[4:]
        return len(n) == 9 and (bool(re.match(r"6[1-58]", n)) or n[0] in "1234579")
    if d.startswith("0049"):
        return 9 <= len(d[4:]) <= 11
    if d.startswith("0044"):
        return len(d[4:]) == 10
    if d.startswith("0032"):
        return len(d[4:]) in (8, 9)
    if d.startswith("06"):
        return len(d) == 10 and d[2] in "123458"
    if re.match(r"01[5-7]", d):
        return 11 <= len(d) <= 12          # DE mobile 015x/016x/017x
    if re.match(r"028[27]", d):
        return len(d) in (10, 11)          # DE landline Emmerich/Bocholt/Kleve
    if d.startswith("07700"):
        return len(d) == 11                # UK drama range
    return d[0] == "0" and len(d) == 10 and d[1] != "0"   # NL landline


EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
                      r"[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}


def parse_date(s):
    s2 = s.replace("\u00a0", " ")
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", s2)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    else:
        m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", s2)
        if m:
            d, mo, y = int(m[1]), int(m[2]), int(m[3])
        else:
            m = re.fullmatch(r"(\d{1,2})\.? ([A-Za-zä]+) (\d{4})", s2) or None
            if m:
                d, y = int(m[1]), int(m[3])
                mo = next(i + 1 for L in MONTHS.values() for i, x in enumerate(L) if x == m[2])
            else:
                m = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", s2)
                assert m, s
                mo = MONTHS["en"].index(m[1]) + 1
                d, y = int(m[2]), int(m[3])
    return dt.date(y, mo, d)


def dob_ok(s):
    try:
        d = parse_date(s)
    except Exception:
        return False
    return dt.date(1930, 1, 1) <= d <= dt.date(2025, 12, 31)


def ip_ok(s):
    try:
        return ipaddress.ip_address(s).is_global
    except ValueError:
        return False


VALID = {
    "IBAN": iban_ok, "BSN": bsn_ok, "CREDIT_CARD": card_ok, "BTW_ID": btw_ok, "PHONE": phone_ok,
    "EMAIL": lambda s: bool(EMAIL_RE.fullmatch(s)), "IP_ADDRESS": ip_ok, "DATE_OF_BIRTH": dob_ok,
    "KVK": lambda s: bool(re.fullmatch(r"\d{8}", s.replace(" ", "").replace(".", ""))),
    "POSTCODE": lambda s: nl_postcode_ok(s) or bool(re.fullmatch(r"\d{5}|[1-9]\d{3}", s)),
    "ID_DOCUMENT": lambda s: docnr_ok(s) or de_ausweis_ok(s) or bool(re.fullmatch(r"\d{9}", s)),
    "LICENSE_PLATE": lambda s: kenteken_ok(s) or de_plate_ok(s),
    "ADDRESS": lambda s: bool(re.search(r"\d", s)) and bool(re.search(r"[A-Za-zß]{3}", s)),
    "PERSON": lambda s: bool(re.fullmatch(r"[^\d@\s][^\d@]*", s)) and not s.startswith("@"),
}

# ----------------------------------------------------------------------------------------------------------------
# the organisation (never labelled)
ORG = {
    "names": ["Stichting De Wilgenkring", "De Wilgenkring", "Wilgenkring", "Wilgenkring Kinderopvang",
              "IKC De Wilgenkring", "Wilgenkring International Stream", "KDV De Vlinderhof", "BSO De Boomhut",
              "Peuteropvang Het Egeltje", "Basisschool De Wilgenkring", "Kinderopvang De Wilgenkring"],
    "domains": ["wilgenkring.example"],
    "phones": ["0314 820 400", "0314 820 455", "06 4172 9903"],
    "ibans": ["NL33RABO0312445870", "NL93INGB0007719352"],
    "addresses": ["Molenakker 2, 7004 KR Eldervoort", "Brinkweg 41, 7004 HG Eldervoort",
                  "Kastanjelaan 3, 7005 BT Eldervoort", "Postbus 210, 7000 AE Eldervoort"],
    "kvk": ["41087263"],
    "btw": ["NL856104329B32"],
    "handles": ["@Wilgenkring", "@wilgenkring_opvang", "@wilgenkring.kinderopvang"],
}
ORG_PHONE_DIGITS = {"0314820400", "0314820455", "0641729903"}
ORG_IBAN = ORG["ibans"]
LRK = {"vlinderhof": "184627390215", "boomhut": "207319846552", "egeltje": "563918204771"}
ORG_SIG_NL = ["Stichting De Wilgenkring · Molenakker 2 · 7004 KR Eldervoort · T 0314 820 400 · "
              "info@wilgenkring.example",
              "Wilgenkring Kinderopvang | Postbus 210, 7000 AE Eldervoort | 0314-820400 | KvK 41087263",
              "--\nKinderopvang De Wilgenkring\nKastanjelaan 3, 7005 BT Eldervoort\ntel. (0314) 820 455\n"
              "www.wilgenkring.example"]

# staff (natural persons → PERSON)
STAFF = {
    "marloes": ("Marloes", "Hengeveld"),      # locatiemanager KDV De Vlinderhof
    "jurre": ("Jurre", "Olthof"),             # coördinator BSO De Boomhut
    "sevda": ("Sevda", "Aydın"),              # pedagogisch medewerker groep Vlinders
    "kim": ("Kim", "Wassink"),                # pm peuteropvang Het Egeltje
    "anouk": ("Anouk", "te Winkel"),          # planning & plaatsing
    "ruud": ("Ruud", "Kampshoff"),            # financiële administratie
    "fiona": ("Fiona", "MacLeod"),            # coordinator international stream
    "heike": ("Heike", "Tenhagen"),           # Ansprechpartnerin deutsche Familien
    "bertjan": ("Bert-Jan", "Lubbers"),       # directeur basisschool
    "yara": ("Yara", "Mensink"),              # leerkracht groep 1/2
}

# ----------------------------------------------------------------------------------------------------------------
# hand-written name material (invented for this set)
NAMES = {
    "nl": {"F": ["Femke", "Ilse", "Marieke", "Jorien", "Evelien", "Marjolein", "Roosmarijn", "Hanneke",
                 "Willemijn", "Geertje", "Annemiek", "Ymke", "Jildou", "Wieteke", "Renske", "Dieuwertje",
                 "Loïs", "Sanne-Marie"],
           "M": ["Joost", "Sjoerd", "Thijs", "Wouter", "Gerben", "Maarten", "Hidde", "Jelmer", "Wessel",
                 "Tijmen", "Reinout", "Gijsbert", "Egbert", "Jan-Willem", "Rutger", "Maurits"],
           "S": ["Hulshof", "Wolterink", "te Brake", "Nijland", "ten Haaf", "Heutink", "Zweers", "Geerdink",
                 "van Aalst", "van den Bosch", "van der Meulen", "Oosterink", "Rouwenhorst", "Weijers",
                 "van 't Zand", "Brinkhuis", "ter Horst", "Hoitink", "Klein Gunnewiek", "Roerdink", "Bleumink",
                 "Harmsen", "Tiemessen", "op den Kamp", "Lensink", "de Wilde-Arendsen"],
           "C": ["Fenna", "Sem", "Jip", "Loes", "Mees", "Fleur", "Guus", "Saar", "Teun", "Pien", "Ties",
                 "Juul", "Siem", "Lieve", "Hugo", "Nova", "Vik", "Jesse", "Floortje", "Bente"]},
    "ma": {"F": ["Nadia", "Imane", "Soukaina", "Khadija", "Yasmina", "Samira"],
           "M": ["Youssef", "Bilal", "Hamza", "Anouar", "Redouan", "Tarik"],
           "S": ["El Idrissi", "Bouzian", "Amrani", "Ouali", "Ben Haddou", "Azzouzi"],
           "C": ["Adam", "Nour", "Ilyas", "Lina", "Sami", "Aya", "Rayan"]},
    "tr": {"F": ["Elif", "Zeynep", "Hatice", "Derya", "Tuğba", "Gökçe"],
           "M": ["Emre", "Burak", "Kerem", "Serkan", "Mehmet", "Oğuzhan"],
           "S": ["Öztürk", "Kaya", "Demirci", "Yıldız", "Aksoy", "Çelik"],
           "C": ["Eymen", "Defne", "Ela", "Yusuf", "Miray", "Alperen"]},
    "sr": {"F": ["Sharmila", "Revati", "Kavita", "Ingrid"],
           "M": ["Rajesh", "Dinesh", "Ravindra", "Clyde"],
           "S": ["Ramdin", "Jagessar", "Sewnath", "Bhoelan", "Kromodimedjo", "Tjon-A-Fat"],
           "C": ["Ishaan", "Anaya", "Dev", "Riya"]},
    "pl": {"F": ["Agnieszka", "Katarzyna", "Joanna", "Małgorzata"],
           "M": ["Tomasz", "Krzysztof", "Łukasz", "Paweł"],
           "S": ["Kowalczyk", "Wójcik", "Zając", "Nowak", "Kaczmarek"],
           "C": ["Zofia", "Antoni", "Hanna", "Szymon"]},
    "de": {"F": ["Sabine", "Katrin", "Anja", "Ute", "Nicole", "Jasmin", "Bärbel"],
           "M": ["Jörg", "Matthias", "Torsten", "Uwe", "Sven", "Dirk", "Heinz"],
           "S": ["Schürmann", "Hüging", "Tenbrink", "Böing", "Terhörst", "Wenning", "Kleinen", "Große-Venhaus",
                 "Hoffstädt", "Lüttgens"],
           "C": ["Lena", "Jonas", "Mats", "Ida", "Paul", "Greta", "Emil", "Frieda", "Ole"]},
    "en": {"F": ["Siobhan", "Harriet", "Megan", "Chloe", "Rebecca", "Aoife"],
           "M": ["Callum", "Gareth", "Rory", "Nathan", "Declan", "Oliver"],
           "S": ["Whitfield", "O'Sullivan", "McAllister", "Pembroke", "Ashworth", "Hartley-Rhodes", "Dunmore"],
           "C": ["Freddie", "Isla", "Archie", "Poppy", "Alfie", "Maeve"]},
    "in": {"F": ["Ananya", "Priya", "Lakshmi", "Divya"],
           "M": ["Vikram", "Sridhar", "Arjun", "Karthik"],
           "S": ["Iyer", "Ramaswamy", "Kulkarni", "Deshpande", "Venkataraman"],
           "C": ["Aarav", "Diya", "Vihaan", "Meera"]},
    "x": {"F": ["Larissa", "Lucía", "Giulia", "Olena", "Rania", "Xiaoyu", "Chiamaka"],
          "M": ["Thiago", "Marco", "Dmytro", "Omar", "Haoran", "Chinedu"],
          "S": ["Oliveira Santos", "Fernández Ruiz", "Ferraro", "Marchenko", "Haddad", "Chen", "Okonkwo"],
          "C": ["Mateo", "Sofía", "Leonardo", "Yeva", "Karim", "Yichen", "Adaeze"]},
}
GP = ["Dokter Versteeg", "huisartsenpraktijk Het Hofje", "dr. Ravestein", "Dr. Brouwers-Kamp"]  # GP names below


class Fam:
    def __init__(self, rng, origin, n_kids=1):
        N = NAMES[origin]
        self.origin = origin
        self.mum_first = rng.choice(N["F"])
        self.dad_first = rng.choice(N["M"])
        self.surname = rng.choice(N["S"])
        if origin == "x" or rng.random() < 0.3:
            other = NAMES[rng.choice(["nl", "de", "en", "x", "ma"]) if origin == "x" else origin]["S"]
            self.mum_surname = rng.choice([s for s in other if s != self.surname])
        else:
            self.mum_surname = self.surname
        kids = rng.sample(N["C"], n_kids)
        self.kids = kids
        self.mum = f"{self.mum_first} {self.mum_surname}"
        self.dad = f"{self.dad_first} {self.surname}"
        self.kid_full = [f"{k} {self.surname}" for k in kids]


def cap_surname(s):
    return s[0].upper() + s[1:]


# ----------------------------------------------------------------------------------------------------------------
# value generators
def gen_bsn(rng):
    while True:
        s = str(rng.randint(100000000, 699999999))
        if bsn_ok(s):
            return s


def gen_non_bsn9(rng, lo=100000000, hi=999999999):
    while True:
        s = str(rng.randint(lo, hi))
        if not bsn_ok(s):
            return s


def gen_bsn_like_valid(rng):
    return gen_bsn(rng)


def fmt_bsn(rng, s):
    f = rng.randrange(4)
    if f == 0:
        return s
    if f == 1:
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if f == 2:
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    return s


NL_BANKS = ["RABO", "INGB", "ABNA", "SNSB", "TRIO", "ASNB", "BUNQ", "KNAB", "RBRB"]


def gen_iban(rng, cc="NL"):
    if cc == "NL":
        return make_iban("NL", rng.choice(NL_BANKS) + "".join(str(rng.randrange(10)) for _ in range(10)))
    if cc == "DE":
        blz = rng.choice(["42850035", "35860245", "32450000", "42861387", "32460422"])
        return make_iban("DE", blz + "".join(str(rng.randrange(10)) for _ in range(10)))
    if cc == "BE":
        first = "".join(str(rng.randrange(10)) for _ in range(10))
        chk = int(first) % 97 or 97
        return make_iban("BE", first + "%02d" % chk)
    if cc == "GB":
        return make_iban("GB", rng.choice(["NWBK", "BARC", "MIDL"]) + "".join(str(rng.randrange(10))
                                                                              for _ in range(14)))
    raise ValueError(cc)


def fmt_iban(rng, s, nbsp=False):
    f = rng.randrange(3)
    sep = "\u00a0" if nbsp else " "
    if f == 0:
        return s
    g = sep.join(s[i:i + 4] for i in range(0, len(s), 4))
    return g.lower() if (f == 2 and rng.random() < 0.3) else g


def gen_mobile(rng):
    return "06" + rng.choice("123458") + "".join(str(rng.randrange(10)) for _ in range(7))


def fmt_mobile(rng, d):
    n = d[1:]  # 6xxxxxxxx
    f = rng.randrange(9)
    return [f"06-{d[2:]}", f"06 {d[2:]}", f"06 {d[2:6]} {d[6:]}", d, f"+31 6 {d[2:]}",
            f"+31 (0)6 {d[2:6]} {d[6:]}", f"06-{d[2:4]} {d[4:6]} {d[6:8]} {d[8:]}", f"+316-{d[2:]}",
            f"0031 6 {d[2:6]} {d[6:]}"][f]


def gen_landline(rng):
    area = rng.choice(["0314", "0315", "0316", "0543", "026", "024"])
    sub_len = 7 if len(area) == 3 else 6
    sub = str(rng.randint(2, 9)) + "".join(str(rng.randrange(10)) for _ in range(sub_len - 1))
    if len(area) == 4:
        f = rng.randrange(3)
        return [f"{area}-{sub}", f"{area} {sub[:2]} {sub[2:4]} {sub[4:]}", f"({area}) {sub}"][f]
    f = rng.randrange(3)
    return [f"{area}-{sub}", f"{area} {sub[:3]} {sub[3:]}", f"+31 {area[1:]} {sub}"][f]


def gen_de_phone(rng, mobile=True):
    if mobile:
        pre = rng.choice(["0151", "0160", "0171", "0176", "0152"])
        sub = "".join(str(rng.randrange(10)) for _ in range(8 if pre != "0171" else 7))
        f = rng.randrange(4)
        return [f"{pre} {sub}", f"{pre}-{sub}", f"+49 {pre[1:]} {sub}", f"{pre}/{sub}"][f]
    pre = rng.choice(["02822", "02871", "02821"])
    sub = str(rng.randint(2, 9)) + "".join(str(rng.randrange(10)) for _ in range(5))
    return rng.choice([f"{pre} {sub}", f"{pre}/{sub}", f"+49 {pre[1:]} {sub}"])


def gen_uk_phone(rng):
    x = "%03d" % rng.randrange(1000)
    return rng.choice([f"+44 7700 900{x}", f"07700 900{x}", f"+44 (0)7700 900 {x}"])


def gen_nl_pc(rng, compact=False):
    while True:
        n = rng.randint(6900, 7299)
        l = rng.choice("ABCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
        if l not in ("SA", "SD", "SS"):
            return f"{n}{l}" if compact else f"{n} {l}"


NL_STREETS = ["Hoge Eschweg", "Slingeland", "Burg. Vinkesteynstraat", "Laan van Wildenborch", "Veldhoekweg",
              "Koppelsteeg", "Ganzenmarkt", "Boterbloemstraat", "Het Hoge Erf", "Esdoornhof", "Rietvinkpad",
              "Dr. Huber Noodtstraat", "Oude Terborgseweg", "Kerkpad", "Zwarteweg", "Ambachtsmolen",
              "Pastoor Thuisstraat", "Vijverhof", "Klaprooslaan", "Tuinstraat"]
DE_STREETS = ["Hauptstraße", "Am Mühlenbach", "Lindenallee", "Weseler Straße", "Kirchplatz", "Grüner Weg",
              "Zum Schleusenwärter", "Bocholter Straße", "Dornicker Weg", "Heideweg"]
DE_PLACES = [("46446", "Emmerich am Rhein"), ("46399", "Bocholt"), ("47533", "Kleve"), ("46459", "Rees"),
             ("46419", "Isselburg")]
NL_TOWNS = ["Eldervoort", "Varsseveld", "Terborg", "Gaanderen", "Wehl", "Ulft", "Sinderen"]


def gen_nl_addr(rng):
    st = rng.choice(NL_STREETS)
    num = str(rng.randint(1, 180))
    r = rng.random()
    if r < 0.2:
        num += rng.choice("abc")
    elif r < 0.3:
        num += "-" + str(rng.randint(1, 3))
    return f"{st} {num}"


def gen_de_addr(rng):
    return f"{rng.choice(DE_STREETS)} {rng.randint(1, 120)}{rng.choice(['', '', '', 'a'])}"


def gen_date(rng, y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


def fmt_date(rng, d, lang, style=None):
    f = rng.randrange(5) if style is None else style
    if lang == "nl":
        return [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day}-{d.month}-{d.year}",
                f"{d.day} {MONTHS['nl'][d.month - 1]} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
                d.isoformat()][f]
    if lang == "en":
        return [f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}", f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}",
                f"{d.day:02d}/{d.month:02d}/{d.year}", d.isoformat(), f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"][f]
    return [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}",
            f"{d.day}.{d.month}.{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}", d.isoformat()][f]


def gen_docnr(rng, kind="N"):
    al = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
    an = "ABCDEFGHJKLMNPRSTUVWXYZ123456789"
    first = kind if kind in "NI" else rng.choice("NI")
    return first + rng.choice(al) + "".join(rng.choice(an) for _ in range(6)) + str(rng.randint(1, 9))


def gen_ausweis(rng):
    a = "CFGHJKLMNPRTVWXYZ"
    return rng.choice(a) + "".join(rng.choice(a + "0123456789") for _ in range(8))


def gen_kenteken(rng):
    while True:
        code = rng.choice([7, 8, 9, 10, 11, 12, 13, 14, 5, 6])
        s = "".join(str(rng.randrange(10)) if ch == "9" else (rng.choice(PLATE_LETTERS) if ch == "X" else "-")
                    for ch in SIDECODES[code])
        if s[0] == "0":
            continue
        if kenteken_ok(s):
            return s


def gen_de_plate(rng):
    return f"{rng.choice(['KLE', 'BOR', 'WES'])}-{rng.choice('ABDFHKLMNRST')}{rng.choice(['', 'R', 'T', 'E'])} " \
           f"{rng.randint(1, 999)}"


def gen_card(rng, kind=None):
    kind = kind or rng.choice(["visa", "mc", "mc2", "amex"])
    pre, n = {"visa": ("4" + str(rng.randint(10000, 99999)), 16), "mc": (str(rng.randint(51, 55)), 16),
              "mc2": (str(rng.randint(2221, 2720)), 16), "amex": (rng.choice(["34", "37"]), 15)}[kind]
    body = pre + "".join(str(rng.randrange(10)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    if n == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    return rng.choice([num, " ".join(num[i:i + 4] for i in range(0, 16, 4)),
                       "-".join(num[i:i + 4] for i in range(0, 16, 4))])


def gen_btw(rng):
    while True:
        d = str(rng.randint(10000000, 999999999)).zfill(9)
        if bsn_ok(d):
            continue
        for c in range(1, 100):
            s = f"NL{d}B{c:02d}"
            if mod97(s) == 1:
                return s


def gen_kvk(rng):
    return str(rng.randint(50000000, 99999999))


def gen_ip(rng):
    while True:
        s = f"{rng.choice([31, 77, 84, 86, 145, 178, 212, 217, 62, 94])}.{rng.randint(1, 254)}." \
            f"{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ip_ok(s):
            return s


def ascii_fold(s):
    import unicodedata
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def email_for(rng, first, last, dom=None):
    f = re.sub(r"[^a-z]", "", ascii_fold(first).lower())
    l = re.sub(r"[^a-z]", "", ascii_fold(last).lower())
    dom = dom or rng.choice(["gmail.com", "hotmail.com", "outlook.com", "kpnmail.nl", "ziggo.nl", "icloud.com",
                             "live.nl", "xs4all.nl"])
    form = rng.randrange(4)
    local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{rng.randint(70, 99)}", f"{l}.{f[0]}"][form]
    return f"{local}@{dom}"


def money(rng, lo, hi, lang="nl"):
    v = rng.randint(lo * 100, hi * 100) / 100
    s = f"{v:,.2f}"
    if lang in ("nl", "de"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def contract_nr(rng):
    return rng.choice([f"CT-2025-{rng.randint(1000, 9999)}", f"PLA/{rng.randint(20000, 29999)}",
                       f"OVK-{rng.randint(100000, 999999)}"])


def invoice_nr(rng):
    return rng.choice([f"F2025-{rng.randint(10000, 99999)}", f"2025.{rng.randint(1000, 9999)}",
                       f"WK-F-{rng.randint(100000, 999999)}"])


def debtor_nr(rng):
    return gen_non_bsn9(rng, 200000000, 499999999)


# ================================================================================================================
# scenarios. Each returns marked text. SCEN entries: (lang, name, has_pii, count, func)
SCEN = []


def scen(lang, pii, count):
    def deco(f):
        SCEN.append((lang, f.__name__, pii, count, f))
        return f
    return deco


def origin_nl(rng):
    return rng.choice(["nl", "nl", "nl", "ma", "tr", "sr", "pl", "nl"])


def staff(key, full=True):
    f, s = STAFF[key]
    return f"{f} {s}" if full else f


GROUPS_NL = ["Vlinders", "Uilen", "Egeltjes", "Kikkers", "Rupsjes", "Vossen"]


# ----------------------------------------------------------------------------------------------- NL with PII
@scen("nl", True, 4)
def nl_registration(rng, k):
    f = Fam(rng, origin_nl(rng))
    kid = f.kids[0]
    dob = gen_date(rng, 2023, 2025) if k % 2 == 0 else gen_date(rng, 2015, 2019)
    dobs = fmt_date(rng, dob, "nl")
    bk, b1, b2 = gen_bsn(rng), gen_bsn(rng), gen_bsn(rng)
    addr, pc = gen_nl_addr(rng), gen_nl_pc(rng)
    town = rng.choice(NL_TOWNS)
    ph1, ph2 = fmt_mobile(rng, gen_mobile(rng)), fmt_mobile(rng, gen_mobile(rng))
    em = email_for(rng, f.mum_first, f.mum_surname)
    iban = gen_iban(rng)
    gpn = rng.choice(["Versteeg", "Ravestein", "Brouwers-Kamp", "Hesselink"])
    opa = rng.choice(NAMES["nl"]["M"]) + " " + f.surname
    opaph = gen_landline(rng)
    soort = "KDV De Vlinderhof, groep " + rng.choice(GROUPS_NL) if dob.year >= 2023 else "BSO De Boomhut"
    start = f"{rng.randint(1, 28)}-{rng.randint(1, 12)}-2026"
    if k in (0, 2):
        return (f"Inschrijfformulier {soort}\n"
                f"Ingediend via wilgenkring.example/inschrijven op 14-09-2025 21:47\n\n"
                f"KIND\nVoornaam:          {P(kid)}\nAchternaam:        {P(cap_surname(f.surname))}\n"
                f"Geboortedatum:     {DOB(dobs)}\nBSN kind:          {BS(fmt_bsn(rng, bk))}\n"
                f"Gewenste startdatum: {start}\nDagen: ma, di, do (07:30–18:30)\n\n"
                f"OUDER/VERZORGER 1\nNaam:              {P(f.mum)}\nBSN:               {BS(b1)}\n"
                f"Adres:             {AD(addr)}\nPostcode/plaats:   {PC(pc)} {town}\n"
                f"Mobiel:            {PH(ph1)}\nE-mail:            {EM(em)}\n\n"
                f"OUDER/VERZORGER 2\nNaam:              {P(f.dad)}\nBSN:               {BS(fmt_bsn(rng, b2))}\n"
                f"Mobiel:            {PH(ph2)}\n\n"
                f"Machtiging doorlopende incasso\nIBAN:              {IB(fmt_iban(rng, iban))}\n"
                f"T.n.v.:            {P(f.mum)}\n\n"
                f"Huisarts:          dr. {P(gpn)}\nNoodcontact:       {P(opa)} (opa), {PH(opaph)}\n"
                f"Bijzonderheden:    geen\n")
    return (f"Hallo,\n\nhierbij willen wij onze zoon/dochter {P(kid)} aanmelden voor {soort}. gegevens:\n\n"
            f"naam kind: {P(kid + ' ' + f.surname)}, geb. {DOB(dobs)}, bsn {BS(bk)}\n"
            f"ouders: {P(f.mum)} (bsn {BS(fmt_bsn(rng, b1))}) en {P(f.dad)} (bsn {BS(b2)})\n"
            f"adres: {AD(addr)}, {PC(pc)} {town}\n"
            f"tel {PH(ph1)} of {PH(ph2)}\n"
            f"rekeningnr voor de incasso: {IB(fmt_iban(rng, iban))}\n"
            f"huisarts is dokter {P(gpn)}. bij nood: opa {P(opa)}, {PH(opaph)}\n\n"
            f"We hebben gezien dat het uurtarief € 10,25 is, klopt dat voor 2026?\n\n"
            f"groetjes,\n{P(f.mum_first)}\n")


@scen("nl", True, 4)
def nl_pickup(rng, k):
    f = Fam(rng, origin_nl(rng))
    kid = f.kids[0]
    grp = rng.choice(GROUPS_NL)
    oma = rng.choice(NAMES[f.origin]["F"]) + " " + rng.choice(NAMES[f.origin]["S"])
    ph = fmt_mobile(rng, gen_mobile(rng))
    day = rng.choice(["vrijdag", "donderdag", "woensdag"])
    if k == 0:
        doc = gen_docnr(rng, "I")
        return (f"Onderwerp: ophalen {P(kid)} {day}\r\n\r\n"
                f"Beste {P(staff('marloes', False))},\r\n\r\n"
                f"{day.capitalize()} wordt {P(kid)} (groep {grp}) opgehaald door mijn moeder, {P(oma)}. "
                f"Zij staat nog niet op de ophaallijst. Ze neemt haar ID-kaart mee, nummer {ID(doc)}. "
                f"Ze is bereikbaar op {PH(ph)}.\r\n\r\nMet vriendelijke groet,\r\n{P(f.mum)}\r\n")
    if k == 1:
        car = gen_kenteken(rng)
        buur = rng.choice(NAMES["nl"]["F"]) + " " + rng.choice(NAMES["nl"]["S"])
        return (f"hoi, vandaag haalt onze buurvrouw {P(buur)} {P(kid)} op bij de BSO, ze komt met de auto "
                f"(grijze Kia, kenteken {LP(car)}) dus ze parkeert even op de Kiss & Ride. haar nummer: "
                f"{PH(ph)}. {P(kid)} weet het 👍\ngr {P(f.dad_first)}")
    if k == 2:
        opa = rng.choice(NAMES["nl"]["M"]) + " " + f.surname
        return (f"Goedemorgen,\n\nVanaf 1 november mag ook opa {P(opa)} {P(kid)} ophalen (ma en do). "
                f"Telefoon opa: {PH(gen_landline(rng))}. Paspoortnummer ivm legitimatie aan de deur: "
                f"{ID(gen_docnr(rng, 'N'))}.\nKunnen jullie dat in het ouderportaal zetten? Het lukte mij niet "
                f"(foutcode 0x80070005, geblokkeerd IP {IP(gen_ip(rng))}).\n\nGroet, {P(f.mum)}\n\n> Op 28 okt. 2025 om 09:12 schreef "
                f"Planning De Wilgenkring <planning@wilgenkring.example>:\n> Wijzigingen in de ophaallijst graag "
                f"schriftelijk doorgeven.\n")
    tante = rng.choice(NAMES[f.origin]["F"])
    return (f"Dag juf {P(staff('yara', False))}, morgen wordt {P(kid)} na schooltijd (14:00) door tante "
            f"{P(tante + ' ' + f.mum_surname)} opgehaald, niet door de BSO-bus. Mocht er iets zijn: "
            f"{PH(ph)}. Alvast bedankt! {P(f.mum_first)} (moeder van {P(kid)}, groep 1/2b)")


@scen("nl", True, 3)
def nl_allergy(rng, k):
    f = Fam(rng, origin_nl(rng))
    kid = f.kids[0]
    dob = fmt_date(rng, gen_date(rng, 2022, 2024), "nl")
    ph = fmt_mobile(rng, gen_mobile(rng))
    gp = rng.choice(["Hesselink", "Versteeg", "Ravestein", "Kamphuis-Ooms"])
    if k == 0:
        return (f"Beste pedagogisch medewerkers van groep Uilen,\n\n{P(kid)} (geb. {DOB(dob)}) heeft een "
                f"pinda-allergie, vastgesteld door het ziekenhuis. In de tas zit een EpiPen. Het medicijnformulier "
                f"is getekend; de huisarts is dr. {P(gp)}, bij twijfel bellen naar "
                f"{PH(ph)} ({P(f.mum)}).\n\nMvg,\n{P(f.mum)}\n")
    if k == 1:
        return (f"notitie 03-11 groep egeltjes: {P(kid.lower())} {P(f.surname.lower())} vanaf vandaag "
                f"lactosevrij (zie dossier), moeder {P(f.mum_first.lower())} brengt eigen melk. puffer 2x p.d. "
                f"om 12:00 en 16:30. mama bereikbaar {PH(ph)}. /{P(staff('kim', False).lower())}")
    return (f"Hoi {P(staff('sevda', False))}! {P(kid)} heeft vannacht koorts gehad (38,9) 🤒 en krijgt "
            f"paracetamol om 11 uur, zit in het vakje. Geboortedatum voor het medicatieformulier: {DOB(dob)}. "
            f"Liefs {P(f.mum_first)} 💛")


@scen("nl", True, 3)
def nl_debit_failure(rng, k):
    f = Fam(rng, origin_nl(rng))
    new = gen_iban(rng)
    old = gen_iban(rng)
    inv = invoice_nr(rng)
    amt = money(rng, 380, 1450)
    if k == 0:
        return (f"Geachte mevrouw {P(f.mum_surname if f.mum_surname[0].isupper() else cap_surname(f.mum_surname))},\n\n"
                f"De incasso van factuur {inv} (€ {amt}, november 2025) is gestorneerd door uw bank (reden MD06). "
                f"Wilt u het bedrag binnen 14 dagen overmaken naar NL33 RABO 0312 4458 70 t.n.v. Stichting De "
                f"Wilgenkring, o.v.v. debiteurnummer {debtor_nr(rng)}?\n\nMet vriendelijke groet,\n"
                f"{P(staff('ruud'))}\nFinanciële administratie\n{ORG_SIG_NL[0]}\n")
    if k == 1:
        return (f"Beste administratie,\n\nexcuses, de incasso ging mis omdat we van bank gewisseld zijn. Oude "
                f"rekening {IB(fmt_iban(rng, old))} is opgeheven, wilt u voortaan afschrijven van "
                f"{IB(fmt_iban(rng, new, nbsp=True))} t.n.v. {P(f.dad)}? Het openstaande bedrag van € {amt} "
                f"heb ik vandaag zelf overgemaakt.\n\nGroeten,\n{P(f.dad)}\nvader van {P(f.kid_full[0])} "
                f"(BSO De Boomhut)\n")
    return (f"WAAROM IS ER 2X AFGESCHREVEN??? factuur {inv} staat 2 keer op mijn rekening "
            f"{IB(new)}. graag vandaag terugstorten, en de vakantieopvang heb ik al met mijn creditcard {CC(gen_card(rng))} betaald. {P(f.mum)} {PH(fmt_mobile(rng, gen_mobile(rng)))}")


@scen("nl", True, 3)
def nl_contract_change(rng, k):
    f = Fam(rng, origin_nl(rng), 2)
    ct = contract_nr(rng)
    if k == 0:
        addr, pc = gen_nl_addr(rng), gen_nl_pc(rng, compact=rng.random() < 0.5)
        return (f"Goedenavond,\n\nWij gaan per 1 februari 2026 verhuizen. Nieuw adres: {AD(addr)}, {PC(pc)} "
                f"{rng.choice(NL_TOWNS)}. Graag ook de contracten van {P(f.kids[0])} ({ct}) en {P(f.kids[1])} "
                f"aanpassen: {P(f.kids[1])} gaat van 2 naar 3 dagen (dinsdag erbij).\n\nVriendelijke groet,\n"
                f"{P(f.mum)} en {P(f.dad)}\n")
    if k == 1:
        return (f"Beste {P(staff('anouk'))},\n\nIk wil het contract {ct} van {P(f.kid_full[0])} opzeggen per "
                f"31-03-2026 i.v.m. verhuizing naar het buitenland (opzegtermijn 1 maand, toch?). De eindafrekening "
                f"mag naar {EM(email_for(rng, f.dad_first, f.surname))}.\n\nm.vr.gr.\n{P(f.dad)}\n")
    dob = fmt_date(rng, dt.date(2022, 4, rng.randint(1, 30)), "nl")
    return (f"Ha {P(staff('anouk', False))}, {P(f.kids[0])} wordt in april 4 (geboren {DOB(dob)}) en gaat dan "
            f"naar groep 1. Kunnen we de KDV-dagen omzetten naar BSO (VSO + NSO) in de Boomhut? Contract {ct}. "
            f"Groet {P(f.mum_first)}")


@scen("nl", True, 3)
def nl_internal_note(rng, k):
    f = Fam(rng, origin_nl(rng))
    kid = f.kids[0]
    if k == 0:
        buur = rng.choice(NAMES["nl"]["F"])
        return (f"overdracht di 14/10 vlinders\n- {P(kid.lower())} vandaag opgehaald door buurvrouw "
                f"{P(buur.lower())}, stond NIET op ophaallijst! moeder gebeld ({PH(fmt_mobile(rng, gen_mobile(rng)))}), "
                f"akkoord gegeven. svp lijst bijwerken\n- lokaal 0.14 verwarming kapot, melding 2025-0881\n"
                f"- 3 kids ziek, bezetting ok (BKR 1:4)\n/{P(staff('sevda', False).lower())}")
    if k == 1:
        return (f"intern – gesprek ouders {P(f.kid_full[0])} 22-10\naanw: {P(staff('marloes'))}, "
                f"{P(staff('sevda'))}, mw {P(f.mum_surname if f.mum_surname[0].isupper() else cap_surname(f.mum_surname))}\n"
                f"- zorgen over taalontwikkeling, ouders staan open voor doorverwijzing logopedie\n"
                f"- vader ({P(f.dad)}) wil voortaan ook de mails, {EM(email_for(rng, f.dad_first, f.surname))}\n"
                f"- vervolg na kerstvakantie (wk 3)\n")
    car = gen_kenteken(rng).lower().replace("-", "") if rng.random() < 0.5 else gen_kenteken(rng)
    return (f"nb parkeerterrein brinkweg: auto {LP(car)} staat al 3 dagen op de plek van de bso-bus. "
            f"is van vader {P(f.dad_first.lower())} ({P(kid)} groep vossen)?? even aanspreken aub. /jo")


@scen("nl", True, 3)
def nl_app_chat(rng, k):
    f = Fam(rng, origin_nl(rng))
    kid = f.kids[0]
    if k == 0:
        return (f"[07:41] {P(f.mum_first)} (mama van {P(kid)}): goeiemorgen! {P(kid)} komt vandaag iets later, "
                f"rond 9 uur, tandarts 🦷\n[07:55] Groep Vlinders: Prima, tot straks! 😊\n[16:02] {P(f.mum_first)} "
                f"(mama van {P(kid)}): papa haalt op vandaag, hij belt vanaf {PH(fmt_mobile(rng, gen_mobile(rng)))}\n")
    if k == 1:
        return (f"Ouderapp – bericht van {P(f.dad)}\n\nheeft iemand de blauwe muts van {P(kid)} gezien?? 🧢 "
                f"staat naam in. en graag even terugbellen op {PH(fmt_mobile(rng, gen_mobile(rng)))} over de "
                f"foto's in de app, ik wil niet dat {P(kid)} er herkenbaar op staat")
    return (f"Foto-update de Uilen 📸: vandaag appeltaart gebakken! 🍎 Met dank aan opa {P(rng.choice(NAMES['nl']['M']))} "
            f"van {P(kid)} die kwam voorlezen.\n— reactie van {P(f.mum_first)}: Wat leuk!! ❤️ {P(kid)} praat nergens "
            f"anders over 😂")


@scen("nl", True, 3)
def nl_custody(rng, k):
    f = Fam(rng, origin_nl(rng))
    kid = f.kids[0]
    if k == 0:
        addr, pc = gen_nl_addr(rng), gen_nl_pc(rng)
        return (f"Geachte heer/mevrouw,\n\nSinds de scheiding woont {P(kid)} om de week bij mij. Mijn nieuwe adres is "
                f"{AD(addr)}, {PC(pc)} {rng.choice(NL_TOWNS)}. Ik wil NIET dat dit adres aan mijn ex, "
                f"{P(f.mum)}, wordt doorgegeven. Er loopt een procedure bij de rechtbank over het gezag.\n"
                f"De facturen graag voortaan 50/50 splitsen, mijn deel via {IB(fmt_iban(rng, gen_iban(rng)))}.\n\n"
                f"{P(f.dad)}\n{PH(fmt_mobile(rng, gen_mobile(rng)))}\n")
    if k == 1:
        return (f"Beste {P(staff('bertjan'))},\n\nIn de bijlage de beschikking. {P(f.dad_first + ' ' + f.surname)} "
                f"heeft geen ouderlijk gezag meer over {P(kid)} en mag niet van school of BSO ophalen. Alleen "
                f"ik en mijn zus {P(rng.choice(NAMES[f.origin]['F']) + ' ' + f.mum_surname)} "
                f"({PH(fmt_mobile(rng, gen_mobile(rng)))}) mogen ophalen.\n\nMet vriendelijke groet,\n{P(f.mum)}\n")
    return (f"intern/vertrouwelijk: vader {P(f.dad)} stond vandaag om 15:10 bij het hek voor {P(kid)} (gr 4). "
            f"volgens dossier geen toestemming (omgangsregeling alleen weekend). {P(staff('jurre', False))} heeft "
            f"moeder gebeld, {P(kid)} is bij ons gebleven tot 17:45. melding gemaakt in ParnasSys.")


@scen("nl", True, 2)
def nl_complaint(rng, k):
    f = Fam(rng, origin_nl(rng))
    kid = f.kids[0]
    if k == 0:
        return (f"Klacht\n\nAl drie keer dit jaar is {P(kid)} (groep Kikkers) door een invalkracht naar de verkeerde "
                f"groep gebracht. Vorige week stond mijn kind om 18:25 nog bij de deur te huilen terwijl ik om 18:00 "
                f"kwam. Ik heb hierover gesproken met {P(staff('marloes'))} maar er verandert niets. Ik verwacht "
                f"een reactie binnen de termijn van de klachtenregeling.\n\n{P(f.mum)}\n{AD(gen_nl_addr(rng))}\n"
                f"{PC(gen_nl_pc(rng))} {rng.choice(NL_TOWNS).upper()}\n")
    return (f"@Wilgenkring wat een bende bij de BSO vandaag, kinderen een uur buiten in de regen 🌧️ mijn kind "
            f"{P(kid)} kwam doorweekt thuis. Bel me maar {PH(fmt_mobile(rng, gen_mobile(rng)))} #kinderopvang "
            f"#eldervoort")


@scen("nl", True, 2)
def nl_toeslag(rng, k):
    f = Fam(rng, origin_nl(rng))
    b1, b2 = gen_bsn(rng), gen_bsn(rng)
    if k == 0:
        return (f"Beste administratie,\n\nDe Belastingdienst vraagt voor de kinderopvangtoeslag een jaaropgave 2025 "
                f"met het BSN van mij en van {P(f.kids[0])}. Mijn BSN is {BS(fmt_bsn(rng, b1))}, dat van "
                f"{P(f.kids[0])} {BS(b2)}. Op de vorige jaaropgave stond een verkeerd BSN (eindigend op 17).\n"
                f"Kunt u een nieuwe sturen naar {EM(email_for(rng, f.mum_first, f.mum_surname))}?\n\n"
                f"Groet, {P(f.mum)}\n")
    return (f"hoi, ik krijg van toeslagen een brief dat het aantal uren niet klopt (ik heb 1.840 uur opgegeven, "
            f"jullie 1.728). mijn burgerservicenummer {BS(b1)}, partner {P(f.dad)} sofinr {BS(fmt_bsn(rng, b2))}. "
            f"kan iemand mij bellen {PH(gen_landline(rng))}? gr {P(f.mum_first)}")


@scen("nl", True, 2)
def nl_social(rng, k):
    f = Fam(rng, origin_nl(rng))
    if k == 0:
        return (f"Super trots op onze {P(f.kids[0])} 🥳 vandaag afscheid van de peuteropvang @wilgenkring_opvang, "
                f"dank aan juf {P(staff('kim', False))} en juf {P(rng.choice(['Esmee', 'Joyce', 'Mirthe']))}!! "
                f"#laatstedag #groep1komeraan")
    return (f"@Wilgenkring DM gestuurd over de wachtlijst, maar nog geen antwoord. naam {P(f.mum)}, "
            f"mail {EM(email_for(rng, f.mum_first, f.mum_surname))} 🙏")


@scen("nl", True, 1)
def nl_zzp_invoice(rng, k):
    f = Fam(rng, "nl")
    return (f"Goedemiddag,\n\nIk heb sinds kort een eenmanszaak (fotografie). Zouden de facturen voor "
            f"{P(f.kids[0])} voortaan op naam van mijn bedrijf Lichtval Fotografie kunnen, KvK {KVK(gen_kvk(rng))}, "
            f"btw-id {BTW(gen_btw(rng))}? Adres blijft {AD(gen_nl_addr(rng))}, {PC(gen_nl_pc(rng))} "
            f"{rng.choice(NL_TOWNS)}.\n\nGroet,\n{P(f.mum)}\n")


@scen("nl", True, 1)
def nl_supplier(rng, k):
    ct = rng.choice(["Jolien", "Menno"]) + " " + rng.choice(["Stapelbroek", "Hilderink"])
    return (f"Factuur 2025-{rng.randint(1000, 9999)} – Groentehuis De Smulhoek B.V.\n\nAan: Stichting De Wilgenkring, "
            f"Postbus 210, 7000 AE Eldervoort\nLevering fruit en groente september, 4 locaties: € "
            f"{money(rng, 900, 2500)} excl. 9% btw\n\nGelieve te betalen op {IB(fmt_iban(rng, gen_iban(rng)))}\n"
            f"KvK {KVK(gen_kvk(rng))} · btw {BTW(gen_btw(rng))}\nContactpersoon: {P(ct)}, "
            f"{PH(fmt_mobile(rng, gen_mobile(rng)))}\n")


@scen("nl", True, 2)
def nl_waitlist(rng, k):
    f = Fam(rng, origin_nl(rng))
    dob = fmt_date(rng, gen_date(rng, 2024, 2025), "nl")
    if k == 0:
        return (f"Beste {P(staff('anouk'))},\n\nWij staan sinds maart op de wachtlijst (nr. W-2025-{rng.randint(100, 999)}) "
                f"voor {P(f.kids[0])}, geboren {DOB(dob)}. Is er al zicht op een plek op de Vlinderhof voor 3 dagen? "
                f"Ik ga per 1 april weer aan het werk.\n\nGroetjes,\n{P(f.mum)}\n{PH(fmt_mobile(rng, gen_mobile(rng)))}\n")
    return (f"Aanmelding wachtlijst peuteropvang Het Egeltje\nkind: {P(f.kid_full[0])}\ngeboortedatum: {DOB(dob)}\n"
            f"VVE-indicatie: ja (via consultatiebureau)\nouder: {P(f.dad)}\ntel: {PH(gen_landline(rng))}\n"
            f"voorkeur: di- en vrijdagochtend 08:30–12:30\n")


@scen("nl", True, 2)
def nl_peuter_reg(rng, k):
    f = Fam(rng, rng.choice(["ma", "tr", "pl", "sr"]))
    dob = fmt_date(rng, gen_date(rng, 2022, 2023), "nl")
    ph = fmt_mobile(rng, gen_mobile(rng))
    if k == 0:
        return (f"Aanmeldformulier Peuteropvang Het Egeltje (LRK {LRK['egeltje']})\n"
                f"| veld | invulling |\n|---|---|\n| Naam kind | {P(f.kid_full[0])} |\n| Geboortedatum | {DOB(dob)} |\n"
                f"| BSN kind | {BS(gen_bsn(rng))} |\n| Naam ouder | {P(f.mum)} |\n| Telefoon | {PH(ph)} |\n"
                f"| Adres | {AD(gen_nl_addr(rng))} |\n| Postcode | {PC(gen_nl_pc(rng))} |\n| Taal thuis | "
                f"{ {'ma': 'Arabisch/Nederlands', 'tr': 'Turks', 'pl': 'Pools', 'sr': 'Sranan/Nederlands'}[f.origin] } |\n")
    return (f"goedendag, mijn naam is {P(f.dad)}. ik wil mijn kind {P(f.kids[0])} inschrijven voor de "
            f"peuteropvang. geboren op {DOB(dob)}. wij wonen {AD(gen_nl_addr(rng))} in "
            f"{rng.choice(NL_TOWNS)}. mijn nummer {PH(ph)}, mijn vrouw {P(f.mum_first)} spreekt beter Nederlands. "
            f"dank u")


# ----------------------------------------------------------------------------------------------- NL without PII
def elf_valid_number(rng):
    return gen_bsn(rng)  # a 9-digit number that passes the elfproef, used as an invoice number (not a BSN)


@scen("nl", False, 4)
def nl_newsletter(rng, k):
    sd = f"{rng.randint(1, 28)} {rng.choice(['oktober', 'november', 'januari', 'maart'])} 2026"
    grp = rng.sample(GROUPS_NL, 2)
    parts = [
        f"Nieuwsbrief De Wilgenkring – {['herfst', 'winter', 'voorjaar', 'zomer'][k]} 2025-2026\n\n",
        f"Beste ouders en verzorgers,\n\nGroep {grp[0]} en de {grp[1]} gaan op {sd} op uitstapje naar de "
        f"kinderboerderij (vertrek 09:15, terug 12:00). Voor de BSO (4-12 jaar) staat er in de herfstvakantie "
        f"een knutselweek op het programma: lokaal 1.03 en het speellokaal.\n\n",
        f"Studiedag basisschool: {rng.randint(1, 28)}-{rng.choice([2, 3, 6])}-2026, de BSO is die dag open vanaf "
        f"07:30 (extra dag € 68,40, aanvragen vóór {rng.randint(1, 20)} februari).\n\n",
        f"Nieuw: Group Sunflowers (international stream, 2-4 jaar) start in januari in ruimte B2.\n\n"
        if k % 2 == 0 else f"Het nieuwe uurtarief KDV wordt € 10,25 (2025: € 9,85); BSO € 9,12 per uur.\n\n",
        f"Vragen? Bel 0314 820 400 of mail info@wilgenkring.example. Volg ons op @Wilgenkring.\n\n"
        f"Stichting De Wilgenkring · KvK 41087263 · LRK KDV {LRK['vlinderhof']} · LRK BSO {LRK['boomhut']}\n",
    ]
    if k == 3:
        parts.insert(2, "Schooljaar 2026-2027: aanmelden voor groep 1/2 kan tot 15 maart. Kinderen die vóór "
                        "1 oktober 2026 vier worden, krijgen voorrang.\n\n")
    return "".join(parts)


@scen("nl", False, 3)
def nl_closure(rng, k):
    if k == 0:
        return ("Sluitingsdagen 2026 KDV De Vlinderhof en BSO De Boomhut\n\n"
                "- Nieuwjaarsdag do 01-01-2026\n- Tweede paasdag ma 06-04-2026\n- Koningsdag ma 27-04-2026\n"
                "- Hemelvaart do 14-05-2026\n- Tweede pinksterdag ma 25-05-2026\n- 24 december: sluiting om 17:00\n"
                "- 25 en 26 december\n\nOp deze dagen wordt niets gefactureerd; ruilen kan via het ouderportaal "
                "(max. 12 ruildagen per jaar, 0-4 jaar en 4-12 jaar apart).\n")
    if k == 1:
        return ("Let op: woensdag 18 maart 2026 is er een studiedag voor alle medewerkers. Peuteropvang Het Egeltje "
                "is gesloten, de BSO opent om 12:00 i.p.v. 07:30. Groep 1 t/m 8 heeft vrij. Incidentele opvang "
                "(08:00–12:00) aanvragen onder vermelding van contractnummer, uiterlijk 4 maart. Tarief incidenteel: "
                "€ 11,40 per uur.\n")
    return ("storing ouderportaal 📵\nhet portaal (mijn.wilgenkring.example) is sinds 06:45 niet bereikbaar, "
            "versie 4.12.0.3 wordt teruggezet. afmelden voor vandaag kan telefonisch via 0314-820455 of "
            "whatsapp 06 4172 9903. excuses!\n")


@scen("nl", False, 3)
def nl_tariff(rng, k):
    inv = elf_valid_number(rng)
    if k == 0:
        return (f"Tarieven 2026 (onder voorbehoud van goedkeuring door de ouderraad)\n\n"
                f"Dagopvang 0-4 jaar: € 10,25 per uur (maximum uurprijs toeslag € 10,25)\n"
                f"Buitenschoolse opvang 4-12 jaar: € 9,12 per uur\nPeuteropvang (2-4 jaar): € 9,85 per uur, "
                f"2 ochtenden van 4 uur\nVakantieopvang: € 9,60 per uur\n\nVoorbeeld: 3 dagen × 11 uur × 52 weken / "
                f"12 = 143 uur per maand = € 1.465,75 bruto.\n")
    if k == 1:
        return (f"Hierbij uw factuur {inv} van december 2025.\nDebiteurnummer: {debtor_nr(rng)}\n"
                f"Contract: {contract_nr(rng)}\nBedrag: € {money(rng, 200, 1800)}\nHet bedrag wordt rond de 28e "
                f"geïncasseerd van het door u opgegeven rekeningnummer. Incassant-ID NL12ZZZ410872630000.\n\n"
                f"{ORG_SIG_NL[1]}\n")
    return (f"Beste ouder, uw betaling voor factuurnummer {inv} is ontvangen op NL93INGB0007719352. "
            f"Het saldo van uw account is nu € 0,00. Dit is een automatisch bericht, niet beantwoorden.\n"
            f"Kinderopvang De Wilgenkring | btw NL856104329B32\n")


@scen("nl", False, 3)
def nl_anon_question(rng, k):
    return [
        "Is de BSO open op 27 en 28 december? En klopt het dat de vakantieopvang 07:30–18:30 is en niet 08:00? "
        "Ons contractnummer is CT-2025-4471.",
        "vraagje: hoeveel uur mag je ruilen per maand, en geldt dat ook voor de flexopvang (min. 2 dagdelen)? "
        "op de site staat 12 ruildagen maar in de app 8 😅",
        f"Goedemorgen, wij verhuizen binnenkort naar Eldervoort en zoeken opvang voor 2 kinderen (1 en 3 jaar) "
        f"vanaf augustus 2026. Hebben jullie plek op de Brinkweg? Wat is het LRK-nummer, dat vraagt de "
        f"toeslagenaanvraag. Alvast bedankt!",
    ][k]


@scen("nl", False, 3)
def nl_roster(rng, k):
    g = rng.sample(GROUPS_NL, 3)
    wk = rng.randint(2, 50)
    return (f"rooster wk {wk} – locatie brinkweg\n"
            f"{g[0]}: 3 pm'ers (ma-vr), 12 kinderen, ruimte 0.14\n{g[1]}: 2 pm'ers + 1 bbl-stagiair, 9 kinderen, "
            f"ruimte 0.16\n{g[2]}: samengevoegd met {g[0]} op vrijdag (BKR 1:5)\nbso-bus vertrekt 14:05 naar "
            f"school, terug 14:25\ninvalpool: 2 uren open (di 13:00-18:30)\nmeldingen: zie ticket 2025-1{rng.randint(100, 999)}\n"
            f"{'' if k else 'LRK KDV ' + LRK['vlinderhof'] + ' – inspectie GGD gepland op ' + str(rng.randint(1, 28)) + '-11'}\n")


@scen("nl", False, 3)
def nl_autoreply(rng, k):
    return [
        "Bedankt voor uw bericht aan De Wilgenkring. Wij reageren binnen 2 werkdagen. Voor afmeldingen op de dag "
        "zelf: bel vóór 09:00 naar 0314 820 400. Bij spoed buiten kantoortijden: +31 6 4172 9903.\n\nStichting De "
        "Wilgenkring | Molenakker 2 | 7004 KR Eldervoort | KvK 41087263\n",
        f"Uw aanmelding voor de wachtlijst is ontvangen (kenmerk W-2025-{rng.randint(100, 999)}). De gemiddelde "
        f"wachttijd voor 0-1 jaar is 6 tot 9 maanden, voor BSO 3 maanden. U ontvangt uiterlijk "
        f"{rng.randint(1, 28)} januari 2026 bericht. Inschrijfgeld € 15,00 wordt niet in rekening gebracht.\n",
        "AUTOMATISCH ANTWOORD: de administratie is gesloten van 22-12-2025 t/m 02-01-2026. Facturen van januari "
        "worden op 05-01-2026 verstuurd. Betalingen: NL33 RABO 0312 4458 70 t.n.v. Stichting De Wilgenkring.\n",
    ][k]


@scen("nl", False, 3)
def nl_school_info(rng, k):
    return [
        f"Groepsindeling schooljaar 2026-2027\n\nGroep 1/2a en 1/2b: lokaal 0.02 en 0.03 (kleuterplein)\n"
        f"Groep 3: lokaal 1.01 · Groep 4/5: lokaal 1.04 · Groep 6 t/m 8: bovenbouwvleugel\nInternational stream "
        f"Year 1-3: lokaal 1.10-1.12\nEerste schooldag: maandag 17 augustus 2026, 08:30. Schooltijden ma, di, do, "
        f"vr 08:30-14:00, wo 08:30-12:15.\nBRIN 07XK · Basisschool De Wilgenkring, Kastanjelaan 3, 7005 BT Eldervoort\n",
        f"Kijkochtend voor nieuwe ouders 👀\nDonderdag {rng.randint(2, 27)} februari, 09:00-11:00, voor kinderen die in "
        f"2026-2027 vier worden (geboortejaar 2022). Aanmelden via wilgenkring.example/kijkochtend. Maximaal 8 "
        f"gezinnen per ronde; de rondleiding duurt 45 minuten en start bij de BSO-ingang (Kastanjelaan 3).\n",
        f"Overblijven/TSO: € 2,10 per keer of strippenkaart 20× € 38,00. Betalen op NL93INGB0007719352 o.v.v. "
        f"TSO-{rng.randint(1000, 9999)}. De kinderen van groep 1 t/m 4 eten in de klas, groep 5 t/m 8 in de aula "
        f"(12:00-12:30). Kosten voor de schoolreis groep 7/8 (3 dagen Ameland): € 95,00.\n",
    ][k]


# ----------------------------------------------------------------------------------------------- EN with PII
def origin_en(rng):
    return rng.choice(["en", "in", "x", "en", "in", "x"])


@scen("en", True, 4)
def en_registration(rng, k):
    f = Fam(rng, origin_en(rng))
    kid = f.kids[0]
    dob = fmt_date(rng, gen_date(rng, 2019, 2023), "en")
    pdob = fmt_date(rng, gen_date(rng, 1982, 1993), "en")
    em = email_for(rng, f.dad_first, f.surname, rng.choice(["gmail.com", "outlook.com", "brightwave-tech.example"]))
    if k in (0, 1):
        return (f"International Stream – enrolment form (school year 2026-2027)\n\n"
                f"Child's full name: {P(f.kid_full[0])}\nDate of birth: {DOB(dob)}\nNationality: "
                f"{ {'en': 'British', 'in': 'Indian', 'x': 'Brazilian'}[f.origin] }\n"
                f"Dutch BSN (child): {BS(gen_bsn(rng))}\nPrevious school: Little Acorns Nursery (Reading)\n"
                f"Requested class: Group Sunflowers (age 2-4) / Year 1\n\n"
                f"Parent 1: {P(f.dad)}, DOB {DOB(pdob)}, BSN {BS(fmt_bsn(rng, gen_bsn(rng)))}\n"
                f"Parent 2: {P(f.mum)}\nHome address: {AD(gen_nl_addr(rng))}, {PC(gen_nl_pc(rng))} Eldervoort\n"
                f"Email: {EM(em)}\nMobile: {PH(fmt_mobile(rng, gen_mobile(rng)))}\n"
                f"Direct debit account: {IB(fmt_iban(rng, gen_iban(rng)))}\n"
                f"Emergency contact: {P(rng.choice(NAMES['en']['F']) + ' ' + rng.choice(NAMES['en']['S']))} "
                f"(neighbour), {PH(fmt_mobile(rng, gen_mobile(rng)))}\n")
    if k == 2:
        return (f"Hi there,\n\nWe've just relocated from Bangalore for my husband's job and would like to register "
                f"our child {P(kid)} for after-school care. {P(kid)} was born on {DOB(dob)} and starts in group 3 "
                f"at the international stream on 5 January. We don't have the BSN yet (appointment at the "
                f"municipality next week), is that a problem for the childcare allowance?\n"
                f"Our temporary address is {AD(gen_nl_addr(rng))}, {PC(gen_nl_pc(rng, True))}.\n\n"
                f"Thanks so much,\n{P(f.mum)}\n{PH(fmt_mobile(rng, gen_mobile(rng)))}\n")
    return (f"hello, registering twins {P(f.kids[0])} & {P(rng.choice([c for c in NAMES[f.origin]['C'] if c != kid]))} "
            f"{P(f.surname)}, DOB {DOB(dob)} (both obviously), for 3 days KDV. "
            f"my email {EM(em)} / uk mobile {PH(gen_uk_phone(rng))} until we get a dutch number. cheers, {P(f.dad_first)}")


@scen("en", True, 3)
def en_pickup(rng, k):
    f = Fam(rng, origin_en(rng))
    kid = f.kids[0]
    nanny = rng.choice(NAMES["x"]["F"]) + " " + rng.choice(NAMES["x"]["S"])
    if k == 0:
        return (f"Dear {P(staff('jurre'))},\n\nFrom next week our au pair, {P(nanny)}, will collect {P(kid)} from "
                f"BSO on Tuesdays and Thursdays at around 17:30. Her passport number is {ID(gen_docnr(rng, 'N'))} "
                f"in case you need to check it, and her phone is {PH(fmt_mobile(rng, gen_mobile(rng)))}.\n\n"
                f"Kind regards,\n{P(f.mum)}\n")
    if k == 1:
        gran = rng.choice(NAMES["en"]["F"]) + " " + f.surname
        return (f"Hi! Grandma ({P(gran)}) is visiting from Leeds and will pick up {P(kid)} today at 3pm. "
                f"UK passport {ID(str(rng.randint(100000000, 999999999)))}. Her mobile: {PH(gen_uk_phone(rng))} 🙂 "
                f"– {P(f.dad_first)}")
    friend = rng.choice(NAMES["nl"]["F"]) + " " + rng.choice(NAMES["nl"]["S"])
    return (f"Quick one – my colleague {P(friend)} will pick up {P(kid)} (Group Sunflowers) this Friday, "
            f"she drives a white Volvo, plate {LP(gen_kenteken(rng))}. She has her Dutch ID card with her "
            f"({ID(gen_docnr(rng, 'I'))}).\nThanks, {P(f.mum)}")


@scen("en", True, 3)
def en_allergy(rng, k):
    f = Fam(rng, origin_en(rng))
    kid = f.kids[0]
    dob = fmt_date(rng, gen_date(rng, 2020, 2023), "en")
    if k == 0:
        return (f"Medical information form\n\nChild: {P(f.kid_full[0])}\nDate of birth: {DOB(dob)}\n"
                f"Allergies: tree nuts, sesame (anaphylaxis)\nMedication: antihistamine 2.5 ml, EpiPen Jr in bag\n"
                f"GP: Dr {P(rng.choice(['Hesselink', 'Kamphuis-Ooms', 'Versteeg']))}, Eldervoort\n"
                f"Parent to call first: {P(f.mum)} {PH(fmt_mobile(rng, gen_mobile(rng)))}\n")
    if k == 1:
        return (f"Hi {P(staff('fiona', False))}, just a heads up that {P(kid)} has been diagnosed with coeliac "
                f"disease, so gluten-free snacks from now on please. Happy to bring our own crackers. The birthday "
                f"({DOB(dob)}) falls on a Wednesday this year – can we bring a gluten-free treat for the group?\n"
                f"{P(f.mum_first)}")
    return (f"note 12/11 sunflowers: {P(kid.lower())} had an asthma attack on the playground 10:20, inhaler given "
            f"(2 puffs), calmed down. dad {P(f.dad_first.lower())} informed by phone "
            f"({PH(fmt_mobile(rng, gen_mobile(rng)))}), picked up early 12:15. form signed. /{P(staff('fiona', False).lower())}")


@scen("en", True, 3)
def en_payment(rng, k):
    f = Fam(rng, origin_en(rng))
    if k == 0:
        return (f"Hello accounts team,\n\nThe direct debit for invoice {invoice_nr(rng)} failed because my Dutch "
                f"account isn't open yet. Could you debit my UK account instead? IBAN {IB(fmt_iban(rng, gen_iban(rng, 'GB')))}, "
                f"account holder {P(f.dad)}.\n\nBest,\n{P(f.dad)}\n")
    if k == 1:
        return (f"I paid the registration fee (€ 15.00) by card over the phone with {P(staff('ruud'))}, but I "
                f"think I gave the wrong number: {CC(gen_card(rng))}, exp 09/28. Can you check it was charged only "
                f"once? Thanks, {P(f.mum)}")
    return (f"Hi, please refund the double charge for October to {IB(fmt_iban(rng, gen_iban(rng)))} "
            f"({P(f.mum)}). Reference {invoice_nr(rng)}. Cheers")


@scen("en", True, 3)
def en_school(rng, k):
    f = Fam(rng, origin_en(rng))
    kid = f.kids[0]
    dob = fmt_date(rng, gen_date(rng, 2016, 2020), "en")
    if k == 0:
        return (f"Dear {P(staff('bertjan'))},\n\nFurther to our meeting, attached are {P(kid)}'s school reports "
                f"from Singapore. {P(kid)} (born {DOB(dob)}) would join Year 3 / groep 5 of the international "
                f"stream. Our new address from 1 March is {AD(gen_nl_addr(rng))}, {PC(gen_nl_pc(rng))} "
                f"{rng.choice(NL_TOWNS)}.\n\nWarm regards,\n{P(f.mum)} and {P(f.dad)}\n")
    if k == 1:
        return (f"From: {P(f.dad)} <{EM(email_for(rng, f.dad_first, f.surname))}>\nTo: international@wilgenkring.example\n"
                f"Subject: class placement\n\nHi {P(staff('fiona', False))}, is it possible that {P(kid)} stays with "
                f"Ms {P(staff('yara', False).replace('Yara', 'Mensink'))} next year? Things have finally settled. "
                f"Best, {P(f.dad_first)}\n")
    return (f"Leerlingdossier (transfer) – {P(f.kid_full[0])}\nDate of birth: {DOB(dob)}\nBSN: {BS(gen_bsn(rng))}\n"
            f"Onderwijsnummer: n/a\nParents: {P(f.mum)}, {P(f.dad)}\nPrevious school: British School of Lisbon\n")


@scen("en", True, 3)
def en_chat(rng, k):
    f = Fam(rng, origin_en(rng))
    kid = f.kids[0]
    if k == 0:
        return (f"[08:02] {P(f.mum_first)} ({P(kid)}'s mum): morning! {P(kid)} didn't sleep well, might be grumpy 😴\n"
                f"[08:10] Group Sunflowers: Thanks for letting us know! We'll keep an eye on things 🌻\n"
                f"[17:45] {P(f.mum_first)} ({P(kid)}'s mum): running 10 min late, so sorry!! call me on "
                f"{PH(fmt_mobile(rng, gen_mobile(rng)))} if needed\n")
    if k == 1:
        return (f"Parent app message from {P(f.dad)}: Hey, is it ok if {P(kid)} brings a scooter tomorrow for "
                f"the trip to the park? 🛴 also my new number is {PH(fmt_mobile(rng, gen_mobile(rng)))}")
    return (f"hiii it's {P(f.mum_first)} 👋 {P(kid)}'s spare clothes are in the red bag, and pls remind the team "
            f"about sunscreen ☀️ thx x")


@scen("en", True, 2)
def en_custody(rng, k):
    f = Fam(rng, origin_en(rng))
    kid = f.kids[0]
    if k == 0:
        return (f"To whom it may concern,\n\n{P(f.mum)} and I are separated. Under the parenting plan {P(kid)} "
                f"lives with me Monday–Wednesday. Please send my copy of the invoices to "
                f"{EM(email_for(rng, f.dad_first, f.surname))} and do not share my new address "
                f"({AD(gen_nl_addr(rng))}, {PC(gen_nl_pc(rng))}) with her.\n\nRegards,\n{P(f.dad)}\n")
    return (f"Dear {P(staff('marloes', False))}, please note that only I have authority to make decisions about "
            f"{P(kid)}'s care until the court hearing on 14 January. The father, {P(f.dad)}, may see {P(kid)} at the "
            f"centre only in the presence of staff. You can reach my lawyer, {P(rng.choice(['mr. J. Lankhorst', 'mr. A. Veenstra']).split(' ', 1)[1])}, "
            f"on {PH(gen_landline(rng))}.\n{P(f.mum)}")


@scen("en", True, 2)
def en_portal(rng, k):
    f = Fam(rng, origin_en(rng))
    if k == 0:
        return (f"Hi support, I can't log into the parent portal, it says 'too many attempts from {IP(gen_ip(rng))}'. "
                f"That's my home IP. Username is {EM(email_for(rng, f.mum_first, f.mum_surname))}. Browser Chrome "
                f"131.0.6778.85. Thanks, {P(f.mum)}")
    return (f"Login alert forwarded by {P(f.dad)}:\n\n> New sign-in to your Wilgenkring parent account\n> IP address: "
            f"{IP(gen_ip(rng))}\n> Location: Düsseldorf, DE\n> Time: 2025-11-03 02:14 CET\n\nThat wasn't me!! "
            f"Please lock the account. {PH(fmt_mobile(rng, gen_mobile(rng)))}")


@scen("en", True, 2)
def en_complaint(rng, k):
    f = Fam(rng, origin_en(rng))
    kid = f.kids[0]
    if k == 0:
        return (f"Formal complaint\n\nOn 6 October my child {P(kid)} came home with a bite mark and nobody told us. "
                f"When I asked, {P(staff('sevda'))} said there was no incident report. I would like to meet "
                f"the location manager.\n\n{P(f.dad)}\n{AD(gen_nl_addr(rng))}\n{PC(gen_nl_pc(rng))} Eldervoort\n")
    return (f"@Wilgenkring 3 weeks and still no answer about the waitlist. Is anyone reading these? "
            f"– {P(f.mum)} (mum of {P(kid)}) #expatlife #childcareNL")


@scen("en", True, 2)
def en_employer(rng, k):
    ct = rng.choice(["Hannah Verweij", "Tobias Leenhouts"])
    return (f"Dear Wilgenkring,\n\nBrightwave Technologies B.V. will pay the childcare costs of our employee "
            f"{P(rng.choice(NAMES['in']['F']) + ' ' + rng.choice(NAMES['in']['S']))} directly (relocation package). "
            f"Please invoice:\nBrightwave Technologies B.V.\nKvK: {KVK(gen_kvk(rng))}\nVAT: {BTW(gen_btw(rng))}\n"
            f"PO number 4500{rng.randint(100000, 999999)}\n\nBest regards,\n{P(ct)}\nHR Mobility\n")


@scen("en", True, 2)
def en_social(rng, k):
    f = Fam(rng, origin_en(rng))
    if k == 0:
        return (f"Huge thanks to the team at @Wilgenkring for making {P(f.kids[0])}'s first week so easy 💛 "
                f"special shout out to {P(staff('fiona'))}! #expatmum #dutchlife")
    return (f"Looking for a babysitter in Eldervoort for Tue evenings, {P(f.kids[0])} is 4. DM me or text "
            f"{PH(fmt_mobile(rng, gen_mobile(rng)))} – {P(f.mum_first)} (@{ascii_fold(f.mum_first).lower()}_in_nl)")


@scen("en", True, 3)
def en_waitlist(rng, k):
    f = Fam(rng, origin_en(rng))
    dob = fmt_date(rng, gen_date(rng, 2024, 2025), "en")
    if k == 0:
        return (f"Hi {P(staff('anouk'))},\n\nCould you tell me where we are on the waiting list? Our youngest, {P(f.kids[0])}, "
                f"(DOB {DOB(dob)}) is registered for 2 days from September. Ref W-2025-{rng.randint(100, 999)}.\n\n"
                f"Many thanks,\n{P(f.dad)}\n")
    if k == 1:
        return (f"Waitlist form\nName of child: {P(f.kid_full[0])}\nDate of birth: {DOB(dob)}\nPreferred start: "
                f"01-09-2026\nDays: Mon, Thu\nParent email: {EM(email_for(rng, f.mum_first, f.mum_surname))}\n")
    return (f"hi, we're moving to {AD(gen_nl_addr(rng))} in eldervoort in june. our little one {P(f.kids[0])} "
            f"was born {DOB(dob)}. any chance of a place at De Vlinderhof? {P(f.mum)}")


# ----------------------------------------------------------------------------------------------- EN without PII
@scen("en", False, 4)
def en_newsletter(rng, k):
    return [
        f"International Stream Newsletter – November\n\nGroup Sunflowers (ages 2-4) and Group Tulips (Year 1) will "
        f"visit the library on {rng.randint(3, 28)} November, leaving at 09:30. Parents' evening for Years 1-3: "
        f"Thursday 20 November, 19:00-21:00, room 1.12. The school photographer comes on 2 December.\n\n"
        f"Reminder: fees for 2026 are € 10.25 per hour (day care) and € 9.12 per hour (BSO). Questions: "
        f"international@wilgenkring.example or 0314 820 400.\n",
        "Welcome to the new school year 2025-2026! 🎒\n\nStart date: Monday 18 August. Drop-off 08:15-08:30, "
        "pick-up 14:00 (Wednesday 12:15). After-school care (BSO, 4-12 years) runs until 18:30 at Kastanjelaan 3. "
        "Half-term: 13-17 October. Winter break: 22 December - 2 January.\n\nFollow @Wilgenkring for photos "
        "(only of children whose parents gave consent).\n",
        f"Sustainability week 🌱: from {rng.randint(2, 20)} March every group (the Owls, the Hedgehogs, Group "
        f"Sunflowers) plants a tree behind building B. Please bring old jam jars labelled with the group name. "
        f"The garden club meets on Fridays 15:00-16:00 (ages 6-12, max. 14 children).\n",
        "Dear parents,\n\nThe annual inspection of our day-care centre was carried out on 9 October; the report "
        f"(LRK {LRK['vlinderhof']}) is available on the national childcare register. No shortcomings were found. "
        "Our staff-to-child ratio on the baby group is 1:3, on the toddler groups 1:8 for 3-4 year olds.\n\n"
        "Stichting De Wilgenkring, Molenakker 2, 7004 KR Eldervoort\n",
    ][k]


@scen("en", False, 3)
def en_termdates(rng, k):
    return [
        "Term dates 2026-2027 (international stream)\nTerm 1: 17 Aug – 18 Dec\nTerm 2: 4 Jan – 26 Mar\n"
        "Term 3: 12 Apr – 9 Jul\nStudy days (no school, BSO open from 07:30): 25 Sep, 3 Feb, 15 Jun\n"
        "King's Day: 27 April (closed)\n",
        "Please note: the centre closes at 17:00 on 24 December and is closed on 25 and 26 December and 1 January. "
        "Swap days can be requested in the app up to 14 days in advance (max. 12 per calendar year).\n",
        f"Field trip consent – Year 2 and Year 3\nDestination: open-air museum, Arnhem\nDate: {rng.randint(1, 28)} "
        f"May 2026, depart 08:45, return 15:30\nCost: € 12.50 per child (pay to NL93 INGB 0007 7193 52, reference "
        f"TRIP26-Y2)\nSupervision: 1 adult per 5 children\n",
    ][k]


@scen("en", False, 3)
def en_fees(rng, k):
    return [
        "Fees 2026\nDay care (0-4): € 10.25/hour\nAfter-school care (4-12): € 9.12/hour\nPre-school (2-4): "
        "€ 9.85/hour\nHoliday care: € 9.60/hour\nExample: 2 days × 10.5 h × 52 weeks / 12 = 91 hours/month.\n"
        "Most working parents receive a childcare allowance (kinderopvangtoeslag) from the Dutch tax authorities.\n",
        f"Your invoice {elf_valid_number(rng)} for January 2026 is ready in the parent portal. Amount due: "
        f"€ {money(rng, 300, 1700, 'en')}. Customer number {debtor_nr(rng)}. The amount will be collected on 28 "
        f"January. Creditor ID NL12ZZZ410872630000.\n",
        f"Registration fee: € 15.00 (non-refundable). Deposit for the international stream: € 250.00, refunded after "
        f"the last invoice. Contract {contract_nr(rng)} runs until the child turns 4 or 13 (BSO). Notice period: "
        f"1 month.\n",
    ][k]


@scen("en", False, 3)
def en_question(rng, k):
    return [
        "Hi, does the after-school care pick children up from other schools as well, or only from the international "
        "stream? We're looking at 3 afternoons a week from September. Thanks!",
        "Is there a sibling discount? We'd have one child in day care (1 yr) and one in BSO (6 yrs).",
        "quick question – what's the LRK number of the BSO? the tax office form asks for it 🙈",
    ][k]


@scen("en", False, 2)
def en_autoreply(rng, k):
    return [
        "Thank you for contacting Wilgenkring International Stream. We aim to reply within 2 working days. "
        "For absences on the day itself please call 0314 820 400 before 9:00 or use the app.\n",
        f"Your waitlist request has been received (reference W-2025-{rng.randint(100, 999)}). Current waiting time "
        f"for 0-1 year olds is 6 to 9 months; for Group Sunflowers (2-4) about 3 months.\n",
    ][k]


@scen("en", False, 3)
def en_policy(rng, k):
    return [
        "Sickness policy: children with a fever above 38.5 °C or who are too unwell to join the group will be sent "
        "home. Children may return 24 hours after the last fever. Medication is only given with a signed form.\n",
        "Photo policy: we only share photos in the parent app with parents of the same group. Photos on social "
        "media (@Wilgenkring) never show faces without written consent. Consent can be changed at any time in "
        "the app under Settings > Privacy.\n",
        "Safety: the front door at Brinkweg 41 opens with the code from the app between 07:15 and 18:45. Please "
        "never let other adults in behind you. Collection by someone not on the list is only possible after a "
        "call from a parent and showing ID.\n",
    ][k]


# ----------------------------------------------------------------------------------------------- DE with PII
def de_place(rng):
    return rng.choice(DE_PLACES)


@scen("de", True, 4)
def de_registration(rng, k):
    f = Fam(rng, "de")
    kid = f.kids[0]
    dob = fmt_date(rng, gen_date(rng, 2018, 2024), "de")
    plz, ort = de_place(rng)
    if k in (0, 1):
        return (f"Anmeldung Kinderbetreuung – De Wilgenkring\n\nKind: {P(f.kid_full[0])}\nGeburtsdatum: {DOB(dob)}\n"
                f"Betreuungsart: {'KDV (0-4 Jahre)' if k == 0 else 'BSO (4-12 Jahre)'}\nGewünschter Beginn: "
                f"01.0{rng.randint(1, 9)}.2026\n\nErziehungsberechtigte: {P(f.mum)} und {P(f.dad)}\n"
                f"Anschrift: {AD(gen_de_addr(rng))}, {PC(plz)} {ort}, Deutschland\nTelefon: "
                f"{PH(gen_de_phone(rng, False))}\nHandy: {PH(gen_de_phone(rng))}\nE-Mail: "
                f"{EM(email_for(rng, f.mum_first, f.mum_surname, rng.choice(['web.de', 'gmx.de', 't-online.de'])))}\n"
                f"SEPA-Lastschrift von: {IB(fmt_iban(rng, gen_iban(rng, 'DE')))}\nKontoinhaber: {P(f.dad)}\n"
                f"Kinderarzt: Dr. {P(rng.choice(['Wessels', 'Heckmann', 'Oberhäuser']))}, {ort}\n")
    if k == 2:
        return (f"Sehr geehrte Frau {P(STAFF['heike'][1])},\n\nwir wohnen in "
                f"{ort} und arbeiten beide in den Niederlanden. Wir möchten unser Kind {P(kid)} (geb. am {DOB(dob)}) "
                f"für drei Tage anmelden. Mein Mann {P(f.dad)} hat einen BSN ({BS(gen_bsn(rng))}), ich noch nicht. "
                f"Reicht das für den Zuschuss (kinderopvangtoeslag)?\n\nMit freundlichen Grüßen\n{P(f.mum)}\n"
                f"{AD(gen_de_addr(rng))}\n{PC(plz)} {ort}\n")
    return (f"hallo, anmeldung für {P(kid.lower())} {P(f.surname.lower())}, geb. {DOB(dob)}, ab sommer bso. "
            f"wir sind {P(f.mum_first.lower())} und {P(f.dad_first.lower())}, handy {PH(gen_de_phone(rng))}. lg")


@scen("de", True, 3)
def de_pickup(rng, k):
    f = Fam(rng, "de")
    kid = f.kids[0]
    oma = rng.choice(["Bärbel", "Ute", "Marlies", "Gisela"]) + " " + rng.choice(NAMES["de"]["S"])
    if k == 0:
        return (f"Liebe {P(staff('heike', False))},\n\nam Freitag holt die Oma, {P(oma)}, {P(kid)} ab. Sie hat ihren "
                f"Personalausweis dabei (Nr. {ID(gen_ausweis(rng))}). Handy: {PH(gen_de_phone(rng))}.\n\n"
                f"Viele Grüße\n{P(f.mum)}\n")
    if k == 1:
        return (f"Abholberechtigte Personen für {P(f.kid_full[0])}:\n1. {P(f.mum)} (Mutter)\n2. {P(f.dad)} (Vater)\n"
                f"3. {P(oma)} (Großmutter), Tel. {PH(gen_de_phone(rng, False))}\n4. Nachbar "
                f"{P(rng.choice(NAMES['de']['M']) + ' ' + rng.choice(NAMES['de']['S']))}, Kennzeichen "
                f"{LP(gen_de_plate(rng))}\nUnterschrift: ____\n")
    return (f"Hallo! Heute holt mein Schwager {P(rng.choice(NAMES['nl']['M']) + ' ' + rng.choice(NAMES['nl']['S']))} "
            f"{P(kid)} ab, er kommt mit dem Auto ({LP(gen_kenteken(rng))}). Ausweisnummer (NL): "
            f"{ID(gen_docnr(rng, 'I'))} 🙂 LG {P(f.mum_first)}")


@scen("de", True, 2)
def de_allergy(rng, k):
    f = Fam(rng, "de")
    kid = f.kids[0]
    if k == 0:
        return (f"Hallo zusammen, {P(kid)} hat eine Laktoseintoleranz und bekommt seit gestern ein Antibiotikum "
                f"(3x täglich, 5 ml). Das Medikament ist im Rucksack. Bei Fragen: {PH(gen_de_phone(rng))}. "
                f"Danke! {P(f.dad)}")
    return (f"Gesundheitsbogen\nName: {P(f.kid_full[0])}\nGeburtsdatum: {DOB(fmt_date(rng, gen_date(rng, 2021, 2024), 'de'))}\n"
            f"Allergien: Hühnerei, Kiwi\nImpfungen: vollständig\nKinderarzt: Dr. med. {P(rng.choice(['Lohmann', 'Wessels']))}, "
            f"Emmerich\nIm Notfall: {P(f.mum)}, {PH(gen_de_phone(rng))}\n")


@scen("de", True, 3)
def de_debit(rng, k):
    f = Fam(rng, "de")
    if k == 0:
        return (f"Sehr geehrte Damen und Herren,\n\ndie Lastschrift für die Rechnung {invoice_nr(rng)} wurde "
                f"zurückgegeben, weil wir die Bank gewechselt haben. Neue Bankverbindung: "
                f"{IB(fmt_iban(rng, gen_iban(rng, 'DE')))} (Kontoinhaberin {P(f.mum)}). Bitte erneut einziehen.\n\n"
                f"Mit freundlichen Grüßen\n{P(f.mum)}\n")
    if k == 1:
        return (f"Sehr geehrter Herr {P(cap_surname(f.surname))},\n\nleider konnte der Betrag von € "
                f"{money(rng, 300, 1300)} für November nicht von Ihrem Konto {IB(fmt_iban(rng, gen_iban(rng, 'DE')))} "
                f"eingezogen werden (Rücklastschrift, Gebühr € 7,50). Bitte überweisen Sie den Betrag auf "
                f"NL33 RABO 0312 4458 70, Verwendungszweck {invoice_nr(rng)}.\n\nMit freundlichen Grüßen\n"
                f"{P(staff('ruud'))}\nFinanzverwaltung De Wilgenkring\n")
    return (f"warum wurde doppelt abgebucht?? konto {IB(gen_iban(rng, 'DE'))}, {P(f.dad)}. bitte zurücküberweisen!!")


@scen("de", True, 2)
def de_contract(rng, k):
    f = Fam(rng, "de")
    if k == 0:
        return (f"Guten Tag {P(staff('anouk'))},\n\nwir möchten den Vertrag {contract_nr(rng)} für {P(f.kids[0])} "
                f"zum 31.03.2026 kündigen, da wir nach Wesel umziehen. Neue Adresse ab April: "
                f"{AD(gen_de_addr(rng))}, {PC('46483')} Wesel.\n\nViele Grüße\n{P(f.dad)}\n")
    return (f"Hallo, ab Januar braucht {P(f.kids[0])} nur noch 2 Tage (Mo+Di). Vertrag {contract_nr(rng)}. "
            f"Die Anmeldegebühr habe ich mit Kreditkarte {CC(gen_card(rng))} bezahlt. Die Rechnung bitte an {EM(email_for(rng, f.dad_first, f.surname, 'gmx.de'))}. Gruß {P(f.dad_first)}")


@scen("de", True, 3)
def de_toeslag(rng, k):
    f = Fam(rng, "de")
    if k == 0:
        return (f"Hallo {P(staff('heike', False))},\n\nfür den niederländischen Kinderbetreuungszuschuss brauche "
                f"ich die Jahresübersicht 2025 mit meiner Bürgerservicenummer {BS(fmt_bsn(rng, gen_bsn(rng)))} und "
                f"der BSN von {P(f.kids[0])} ({BS(gen_bsn(rng))}). Ich bin Grenzgänger und arbeite in Doetinchem.\n\n"
                f"Gruß\n{P(f.dad)}\n")
    if k == 1:
        return (f"Sehr geehrte Damen und Herren,\n\ndie Belastingdienst verlangt eine Bestätigung der Betreuungsstunden "
                f"für {P(f.kid_full[0])}, geboren am {DOB(fmt_date(rng, gen_date(rng, 2019, 2023), 'de'))}. "
                f"BSN des Antragstellers ({P(f.mum)}): {BS(gen_bsn(rng))}. Bitte per Post an "
                f"{AD(gen_de_addr(rng))}, {PC(de_place(rng)[0])} senden.\n\nMit freundlichen Grüßen\n{P(f.mum)}\n")
    return (f"kurze frage: steht auf der jahresabrechnung die richtige BSN? meine ist {BS(gen_bsn(rng))}, "
            f"auf der rechnung steht eine andere (endet auf 31). {P(f.mum_first)}")


@scen("de", True, 2)
def de_chat(rng, k):
    f = Fam(rng, "de")
    kid = f.kids[0]
    if k == 0:
        return (f"[07:38] {P(f.mum_first)} (Mama von {P(kid)}): Guten Morgen, {P(kid)} ist krank 🤧 kommt heute "
                f"nicht.\n[07:50] BSO De Boomhut: Gute Besserung! 💐\n")
    return (f"Nachricht aus der Eltern-App von {P(f.dad)}: Habt ihr {P(kid)}s Trinkflasche gefunden? 🥤 Und bitte "
            f"Rückruf unter {PH(gen_de_phone(rng))} wegen Ferienbetreuung.")


@scen("de", True, 2)
def de_custody(rng, k):
    f = Fam(rng, "de")
    kid = f.kids[0]
    if k == 0:
        return (f"Sehr geehrte Frau {P(STAFF['marloes'][1])},\n\nnach der Trennung hat das Familiengericht Kleve "
                f"mir das alleinige Aufenthaltsbestimmungsrecht für {P(kid)} übertragen. Herr {P(f.dad)} darf "
                f"{P(kid)} nicht mehr abholen. Meine neue Anschrift: {AD(gen_de_addr(rng))}, "
                f"{PC(de_place(rng)[0])} {de_place(rng)[1]}.\n\nMit freundlichen Grüßen\n{P(f.mum)}\n")
    return (f"intern: vater von {P(kid.lower())} ({P(f.dad)}) hat heute angerufen, wollte adresse der mutter wissen. "
            f"NICHT herausgegeben. rückrufnummer {PH(gen_de_phone(rng))}. /{P(staff('heike', False).lower())}")


@scen("de", True, 2)
def de_parking(rng, k):
    f = Fam(rng, "de")
    if k == 0:
        return (f"Hinweis an alle Eltern: Das Fahrzeug mit dem Kennzeichen {LP(gen_de_plate(rng))} blockiert seit "
                f"08:10 die Feuerwehrzufahrt am Brinkweg 41. Bitte sofort umparken! – Team KDV De Vlinderhof")
    return (f"Hallo, mein Auto ({LP(gen_kenteken(rng))}, Leasing vom Arbeitgeber) wurde auf eurem Parkplatz "
            f"angefahren, während ich {P(f.kids[0])} gebracht habe. Habt ihr Kameras? {P(f.dad)}, "
            f"{PH(gen_de_phone(rng))}")


@scen("de", True, 1)
def de_complaint(rng, k):
    f = Fam(rng, "de")
    return (f"Beschwerde\n\nSeit drei Wochen wird {P(f.kids[0])} nach der Schule nicht pünktlich vom BSO-Bus abgeholt "
            f"und wartet allein am Schultor. Ich habe das bereits Herrn {P(STAFF['jurre'][1])} mitgeteilt. "
            f"Ich erwarte eine schriftliche Stellungnahme.\n\n{P(f.mum)}\n{AD(gen_de_addr(rng))}\n"
            f"{PC(de_place(rng)[0])} {de_place(rng)[1]}\n")


@scen("de", True, 2)
def de_social(rng, k):
    f = Fam(rng, "de")
    if k == 0:
        return (f"Danke @Wilgenkring für das tolle Sommerfest! {P(f.kids[0])} hat immer noch Glitzer im Gesicht ✨ "
                f"#grenzenlos #kinderopvang")
    return (f"@wilgenkring_opvang Sucht ihr noch pädagogische Fachkräfte mit deutschem Abschluss? Ich bin "
            f"Erzieherin, {P(f.mum)}, erreichbar unter {EM(email_for(rng, f.mum_first, f.mum_surname, 'web.de'))}")


# ----------------------------------------------------------------------------------------------- DE without PII
@scen("de", False, 3)
def de_newsletter(rng, k):
    return [
        f"Elternbrief – deutschsprachige Familien\n\nLiebe Eltern,\nam {rng.randint(2, 27)}. November findet der "
        f"Laternenumzug statt (Beginn 17:30 an der Kastanjelaan 3). Die Gruppen Vlinders und Uilen basteln ab "
        f"Montag Laternen. Betreuungszeiten unverändert: 07:30–18:30.\nFragen: 0314 820 400 (auch Deutsch).\n",
        "Neu ab Januar: zweisprachige Gruppe 'de Vossen' (Deutsch/Niederländisch) für Kinder von 2-4 Jahren, "
        "Raum 0.16. Plätze: 14. Stundensatz € 10,25. Anmeldung über das Elternportal, Vertrag beginnt am 05.01.2026.\n",
        f"Sommerfest 2026 🎉\nSamstag, 20. Juni, 14:00–17:00 Uhr, Gelände Brinkweg 41. Tombola-Lose € 1,50, "
        f"Erlös für neue Spielgeräte (Ziel € 2.500). LRK-Nummer unserer KDV: {LRK['vlinderhof']}.\n",
    ][k]


@scen("de", False, 3)
def de_closure(rng, k):
    return [
        "Schließtage 2026: 01.01., 06.04. (Ostermontag), 27.04. (Königstag), 14.05. (Christi Himmelfahrt), "
        "25.05. (Pfingstmontag), 25.12. und 26.12. Am 24.12. schließen wir um 17:00 Uhr. Deutsche Feiertage "
        "(z. B. Fronleichnam am 04.06.) sind bei uns normale Betreuungstage.\n",
        "Studientag am Mittwoch, 18.03.2026: Peuteropvang geschlossen, BSO ab 12:00 Uhr geöffnet. Zusätzliche "
        "Betreuung 08:00–12:00 kostet € 11,40 pro Stunde, Anmeldung bis 04.03. mit Vertragsnummer.\n",
        "Ferienbetreuung Herbstferien (NL: 13.–17.10., NRW: 13.–24.10.): für Kinder aus NRW bieten wir in der "
        "zweiten Woche Zusatztage an (mind. 6 Kinder, 4-12 Jahre). Ausflug zum Tierpark am 22.10., Abfahrt 09:00.\n",
    ][k]


@scen("de", False, 3)
def de_tariff(rng, k):
    return [
        "Tarife 2026\nKDV (0-4 Jahre): € 10,25 pro Stunde\nBSO (4-12 Jahre): € 9,12 pro Stunde\nPeuteropvang: "
        "€ 9,85 pro Stunde\nBeispiel: 2 Tage × 10 Std. × 52 Wochen / 12 = 86,7 Std./Monat.\nGrenzgänger können "
        "unter Umständen niederländischen Kinderbetreuungszuschuss erhalten.\n",
        f"Ihre Rechnung {elf_valid_number(rng)} (Dezember 2025) steht im Elternportal. Betrag: € "
        f"{money(rng, 250, 1500)}, Kundennummer {debtor_nr(rng)}. Einzug am 28.12. Gläubiger-ID NL12ZZZ410872630000.\n"
        f"Stichting De Wilgenkring · USt-IdNr. NL856104329B32 · KvK 41087263\n",
        f"Zahlungserinnerung: Rechnungsnummer {invoice_nr(rng)}, fällig seit 15.11.2025, offener Betrag "
        f"€ {money(rng, 80, 900)}. Bitte überweisen Sie auf NL93 INGB 0007 7193 52 (BIC INGBNL2A).\n",
    ][k]


@scen("de", False, 3)
def de_question(rng, k):
    return [
        "Hallo, wir ziehen im Sommer von Bocholt nach Eldervoort. Gibt es in der BSO noch Plätze für ein Kind "
        "(7 Jahre, Gruppe 4) ab dem 17.08.2026? Und wird bei euch auch Deutsch gesprochen?",
        "Kurze Frage: gilt die Kündigungsfrist von einem Monat auch für die Peuteropvang (2-4 Jahre)?",
        "Ist die KDV am 3. Oktober (Tag der Deutschen Einheit) geöffnet? Unser Kind ist in der Gruppe Rupsjes. 😊",
    ][k]


@scen("de", False, 2)
def de_autoreply(rng, k):
    return [
        "Vielen Dank für Ihre Nachricht an De Wilgenkring. Wir antworten innerhalb von 2 Werktagen. Abmeldungen "
        "am selben Tag bitte bis 09:00 Uhr telefonisch: +31 314 820 400.\n",
        "Automatische Antwort: Die Verwaltung ist vom 22.12.2025 bis 02.01.2026 geschlossen. In dringenden Fällen: "
        "WhatsApp +31 6 4172 9903.\nStichting De Wilgenkring, Postbus 210, 7000 AE Eldervoort\n",
    ][k]


# ================================================================================================================
# self test of the validators against the reference's vectors, and of the organisation's data
def self_test():
    checks = 0

    def ok(cond, what):
        nonlocal checks
        checks += 1
        if not cond:
            raise AssertionError("self_test: " + what)

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303",
              "103349856", "044126396", "999999990", "111111110"]:
        ok(bsn_ok(v), "bsn valid " + v)
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        ok(not bsn_ok(v), "bsn invalid " + v)
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789",
              "NL20INGB0001234567", "NL39RABO0300065264", "NL68KNAB0123456789", "NL32BUNQ2012345678",
              "BE71 0961 2345 6769", "DE89370400440532013000", "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432"]:
        ok(iban_ok(v), "iban valid " + v)
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300",
              "DE89370400440532013001", "BE68539007547035"]:
        ok(not iban_ok(v), "iban invalid " + v)
    ok(make_iban("NL", "ABNA0417164300") == "NL91ABNA0417164300", "iban check digits")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        ok(btw_ok(v), "btw valid " + v)
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL12345678B01"]:
        ok(not btw_ok(v), "btw invalid " + v)
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005"]:
        ok(card_ok(v), "card valid " + v)
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        ok(not card_ok(v), "card invalid " + v)
    for v in ["1012 AB", "1012AB", "9999 ZZ", "1000 AA"]:
        ok(nl_postcode_ok(v), "pc valid " + v)
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        ok(not nl_postcode_ok(v), "pc invalid " + v)
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8"]:
        ok(docnr_ok(v), "doc valid " + v)
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        ok(not docnr_ok(v), "doc invalid " + v)
    for v in ["GB-12-DF", "1-KBB-12", "123-BB-1", "12-GBX-3", "VB-123-X", "G-123-BB", "GBB-12-X", "G-12-BBB",
              "1-BB-123", "XB-PK-12", "12-DF-GH", "gbb12x"]:
        ok(kenteken_ok(v), "kenteken valid " + v)
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "ABC-123"]:
        ok(not kenteken_ok(v), "kenteken invalid " + v)
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67",
              "0111-123456", "+31 6 12345678", "06-12 34 56 78", "+49 151 23456789", "0151 23456789",
              "+44 7700 900123", "07700 900456"]:
        ok(phone_ok(v), "phone valid " + v)
    for v in ["06-1234567", "+31 6 1234 567"]:
        ok(not phone_ok(v), "phone invalid " + v)
    for v in ["192.168.1.10", "10.40.2.17", "2001:db8::1", "256.1.1.1", "010.001.001.001"]:
        ok(not ip_ok(v), "ip not public " + v)
    ok(ip_ok("8.8.8.8"), "ip public")
    for v in ["12-03-1985", "1-4-1990", "03/07/1979", "5 mei 1960", "14. März 2021", "March 14, 2021", "2021-03-14"]:
        ok(dob_ok(v), "date valid " + v)
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999"]:
        ok(not dob_ok(v), "date invalid " + v)
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "info@bakkerij-de-groot.frl"]:
        ok(bool(EMAIL_RE.fullmatch(v)), "email valid " + v)
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan@voorbeeld"]:
        ok(not EMAIL_RE.fullmatch(v), "email invalid " + v)
    # organisation
    for v in ORG["ibans"]:
        ok(iban_ok(v), "org iban " + v)
    for v in ORG["btw"]:
        ok(btw_ok(v) and not bsn_ok(v[2:11]), "org btw " + v)
    for v in ORG["phones"]:
        ok(phone_ok(v), "org phone " + v)
    for v in LRK.values():
        ok(len(v) == 12 and v.isdigit(), "lrk")
    ok(not bsn_ok("41087263"), "org kvk is not an 8-digit BSN")
    return checks


# ================================================================================================================
# audit
BIRTH_RE = re.compile(r"(geboren|geb\.|geboortedatum|geburtsdatum|birth|dob|born|birthday|wordt in april 4)",
                      re.I)
INVOICE_WORDS = re.compile(r"(factuur|factuurnummer|invoice|rechnung|rechnungsnummer)\W{0,3}\w*\W{0,3}$", re.I)
TUSSEN = {"van", "de", "der", "den", "te", "ten", "ter", "op", "het", "'t", "dr.", "Dr", "mr.", "Frau", "Herr",
          "Klein"}
ORG_PCS = {"7004 KR", "7004 HG", "7005 BT", "7000 AE"}


def overlaps(a, b, spans, label=None):
    return any(s["start"] < b and a < s["end"] and (label is None or s["label"] == label) for s in spans)


def audit(rec, has_pii):
    text, spans = rec["text"], rec["spans"]
    bt = text.encode("utf-8")
    errs = []
    prev = -1
    for s in spans:
        val = bt[s["start"]:s["end"]].decode("utf-8")
        if val != s["value"]:
            errs.append(f"slice mismatch {val!r} != {s['value']!r}")
        if val != val.strip() or val[0] in ".,;:()" or val[-1] in ",;:(":
            errs.append(f"edge {val!r}")
        if s["start"] < prev:
            errs.append("overlap/unsorted")
        prev = s["end"]
        if not VALID[s["label"]](val):
            errs.append(f"invalid {s['label']} {val!r}")
        if s["label"] == "DATE_OF_BIRTH":
            pre = bt[max(0, s["start"] - 80):s["start"]].decode("utf-8", "ignore")
            if not BIRTH_RE.search(pre):
                errs.append(f"no birth word before {val!r}")
        d = digits(val)
        if d in ORG_PHONE_DIGITS or d[-9:] in {x[-9:] for x in ORG_PHONE_DIGITS} and s["label"] == "PHONE":
            errs.append(f"org phone labelled {val}")
        if re.sub(r"\s", "", val).upper() in ORG["ibans"] + ORG["btw"] + ORG["kvk"] or "wilgenkring" in val.lower():
            errs.append(f"org data labelled {val}")
    if bool(spans) != has_pii:
        errs.append(f"has_pii={has_pii} but {len(spans)} spans")

    # byte offsets of a char-index match
    def boff(i):
        return len(text[:i].encode("utf-8"))

    # scanners: things that must never be left unlabelled
    for mm in EMAIL_RE.finditer(text):
        if mm.group().lower().endswith("@wilgenkring.example"):
            continue
        if not overlaps(boff(mm.start()), boff(mm.end()), spans, "EMAIL"):
            errs.append(f"unlabelled email {mm.group()}")
    for mm in re.finditer(r"(?i)(?<![A-Za-z0-9])(NL|DE|BE|GB)\d\d[A-Za-z0-9 \u00a0]{10,40}", text):
        c, j = "", mm.start()
        cc = mm.group(1).upper()
        while j < len(text) and len(c) < IBAN_LEN[cc]:
            if text[j] not in " \u00a0":
                c += text[j]
            j += 1
        if iban_ok(c) and c.upper() not in ORG["ibans"]:
            if not overlaps(boff(mm.start()), boff(j), spans, "IBAN"):
                errs.append(f"unlabelled iban {c}")
    for mm in re.finditer(r"(?<![\d.,/])(\d{9}|\d{4}\.\d\d\.\d{3}|\d{3} \d{3} \d{3})(?![\d])", text):
        if bsn_ok(mm.group()) and not overlaps(boff(mm.start()), boff(mm.end()), spans):
            pre = text[max(0, mm.start() - 40):mm.start()]
            if not INVOICE_WORDS.search(pre):
                errs.append(f"unlabelled elfproef number {mm.group()}")
    for mm in re.finditer(r"(?<![\d])(\d[\d \-]{11,21}\d)(?![\d])", text):
        if card_ok(mm.group()) and not overlaps(boff(mm.start()), boff(mm.end()), spans):
            errs.append(f"unlabelled card {mm.group()}")
    for mm in re.finditer(r"(?:\+31|0031|(?<!\d)0)[\s\-()0]{0,5}6[\s\-]?(?:\d[\s\-\u00a0]?){7}\d", text):
        d = digits(mm.group())
        d = "0" + d[-9:]
        if d in ORG_PHONE_DIGITS:
            continue
        if not overlaps(boff(mm.start()), boff(mm.end()), spans, "PHONE"):
            errs.append(f"unlabelled mobile {mm.group()}")
    for mm in re.finditer(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])", text):
        if mm.group() in ORG_PCS or not nl_postcode_ok(mm.group()):
            continue
        if not overlaps(boff(mm.start()), boff(mm.end()), spans, "POSTCODE"):
            errs.append(f"unlabelled postcode {mm.group()}")
    for mm in re.finditer(r"(?i)(kvk|chamber of commerce)\W{0,3}(\d{8})", text):
        if mm.group(2) not in ORG["kvk"] and not overlaps(boff(mm.start(2)), boff(mm.end(2)), spans, "KVK"):
            errs.append(f"unlabelled kvk {mm.group(2)}")
    for mm in re.finditer(r"NL\d{9}B\d\d", text):
        if mm.group() not in ORG["btw"] and not overlaps(boff(mm.start()), boff(mm.end()), spans, "BTW_ID"):
            errs.append(f"unlabelled btw {mm.group()}")
    date_rx = (r"(\d{4}-\d\d-\d\d|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{1,2}\.? [A-Za-zä]+ \d{4}|"
               r"[A-Z][a-z]+ \d{1,2}, \d{4})")
    for mm in re.finditer(r"(?i)(geboren|geb\.|geboortedatum|geburtsdatum|date of birth|dob|born|birthday)"
                          r"[^\n\d]{0,25}?" + date_rx, text):
        if dob_ok(mm.group(2)) and not overlaps(boff(mm.start(2)), boff(mm.end(2)), spans, "DATE_OF_BIRTH"):
            errs.append(f"unlabelled birth date {mm.group(2)}")
    for mm in re.finditer(r"(?i)(id-kaart|id card|passport|paspoortnummer|personalausweis|ausweisnummer)"
                          r"[^\n]{0,30}?(?<![A-Za-z0-9])([A-Z0-9]{9})(?![A-Za-z0-9])", text):
        if not overlaps(boff(mm.start(2)), boff(mm.end(2)), spans, "ID_DOCUMENT"):
            errs.append(f"unlabelled document number {mm.group(2)}")
    for mm in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", text):
        if re.search(r"(?i)(versie|version|build|v)\W{0,2}$", text[max(0, mm.start() - 12):mm.start()]):
            continue
        if ip_ok(mm.group()) and not overlaps(boff(mm.start()), boff(mm.end()), spans, "IP_ADDRESS"):
            errs.append(f"unlabelled public IP {mm.group()}")
    for mm in re.finditer(r"(?i)(kenteken|plate|kennzeichen|auto)\W{1,3}(?:\([^)]*?)?([A-Za-z0-9]{1,3}-[A-Za-z0-9]{1,3}-"
                          r"[A-Za-z0-9]{1,3}|[A-Z]{1,3}-[A-Z]{1,2} \d{1,4}|[a-z0-9]{6})(?![\w-])", text):
        v = mm.group(2)
        if (kenteken_ok(v) or de_plate_ok(v)) and not overlaps(boff(mm.start(2)), boff(mm.end(2)), spans,
                                                               "LICENSE_PLATE"):
            errs.append(f"unlabelled plate {v}")
    # name tokens: every standalone occurrence of a labelled name's token (and of any staff name) is labelled
    toks = set()
    for s in spans:
        if s["label"] == "PERSON":
            for t in re.split(r"[ ]", s["value"]):
                if len(t) >= 3 and t not in TUSSEN:
                    toks.add(t)
    for f, l in STAFF.values():
        toks.add(f)
        toks.add(l.split()[-1])
    for t in toks:
        for mm in re.finditer(r"(?<![\w@.'-])" + re.escape(t) + r"(?![\w'-]|@)", text):
            if not overlaps(boff(mm.start()), boff(mm.end()), spans, "PERSON"):
                errs.append(f"unlabelled name token {t!r}")
    return errs


# ================================================================================================================
def build():
    quota = {"nl": 60, "en": 50, "de": 40}
    records, errors = [], []
    for lang in ("nl", "en", "de"):
        items = []
        for (lg, name, pii, count, fn) in SCEN:
            if lg != lang:
                continue
            for k in range(count):
                rng = random.Random(f"{SEED}:{name}:{k}")
                marked = fn(rng, k)
                r2 = random.Random(f"{SEED}:{name}:{k}:style")
                if "\r\n" not in marked and marked.count("\n") >= 4 and r2.random() < 0.2:
                    marked = marked.replace("\n", "\r\n")
                if "€ " in marked and r2.random() < 0.3:
                    marked = marked.replace("€ ", "€\u00a0")
                text, spans = render(marked)
                items.append((name, k, pii, text, spans))
        if len(items) != quota[lang]:
            raise SystemExit(f"{lang}: {len(items)} instances, want {quota[lang]}")
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(items)
        for i, (name, k, pii, text, spans) in enumerate(items, 1):
            rec = {"id": f"h16-{lang}-{i:03d}", "lang": lang, "text": text, "spans": spans,
                   "_scenario": f"{name}:{k}", "_pii": pii}
            for e in audit(rec, pii):
                errors.append(f"{rec['id']} ({name}:{k}): {e}")
            records.append(rec)
    texts = [r["text"] for r in records]
    if len(set(texts)) != len(texts):
        errors.append("duplicate texts")
    return records, errors


def main():
    n_checks = self_test()
    records, errors = build()
    if errors:
        print("\n".join(errors), file=sys.stderr)
        raise SystemExit(f"{len(errors)} audit errors; gold.jsonl not written")
    lines = []
    for r in records:
        out = {"id": r["id"], "lang": r["lang"], "text": r["text"],
               "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in r["spans"]]}
        lines.append(json.dumps(out, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # read back and re-slice every span from the serialised bytes
    for line, r in zip(data.decode("utf-8").splitlines(), records):
        o = json.loads(line)
        b = o["text"].encode("utf-8")
        for s, s0 in zip(o["spans"], r["spans"]):
            assert b[s["start"]:s["end"]].decode("utf-8") == s0["value"]
    path = os.path.join(HERE, "gold.jsonl")
    with open(path, "wb") as fh:
        fh.write(data)
    # statistics
    per = {lab: {"nl": 0, "en": 0, "de": 0} for lab in LABELS}
    free = {"nl": 0, "en": 0, "de": 0}
    for r in records:
        if not r["spans"]:
            free[r["lang"]] += 1
        for s in r["spans"]:
            per[s["label"]][r["lang"]] += 1
    lens = sorted(len(r["text"].encode("utf-8")) for r in records)
    print(f"self_test checks: {n_checks}")
    print(f"messages: {len(records)} (nl 60, en 50, de 40)")
    print(f"PII-free: {sum(free.values())} (nl {free['nl']}, en {free['en']}, de {free['de']}) = "
          f"{100 * sum(free.values()) / len(records):.1f} %")
    print(f"length bytes: {lens[0]}-{lens[-1]}, median {lens[len(lens) // 2]}")
    print(f"CRLF texts: {sum(1 for r in records if chr(13) in r['text'])}, NBSP texts: "
          f"{sum(1 for r in records if chr(160) in r['text'])}, emoji texts: "
          f"{sum(1 for r in records if any(ord(c) > 0xFFFF for c in r['text']))}, non-ASCII PII texts: "
          f"{sum(1 for r in records if r['spans'] and any(ord(c) > 127 for c in r['text']))}")
    print("| label | nl | en | de | total |")
    print("|---|---:|---:|---:|---:|")
    tot = {"nl": 0, "en": 0, "de": 0}
    for lab in LABELS:
        c = per[lab]
        for l in tot:
            tot[l] += c[l]
        print(f"| `{lab}` | {c['nl']} | {c['en']} | {c['de']} | {sum(c.values())} |")
    print(f"| **all** | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")
    print("sha256", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
