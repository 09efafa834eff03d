#!/usr/bin/env python3
"""heldout28 — held-out evaluation set: a Dutch notary office (Notariskantoor Grachtzijde, Utrecht).

Deterministic generator, Python 3.11 standard library only. Every instance uses its own
string-seeded RNG (random.Random(str) hashes the string with SHA-512, so PYTHONHASHSEED has no
effect). Values are written with sentinel markup; render() strips it and records UTF-8 byte offsets.
Run:  python3 make.py   → writes gold.jsonl next to this file, prints statistics and sha256.
"""
import hashlib, ipaddress, json, os, random, re, sys, datetime

SEED = "heldout28-notariaat"
HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"

# ----------------------------------------------------------------------------------------------
# markup
S, MID, E = "\ue000", "\ue001", "\ue002"
LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

def m(label, v):
    assert label in LABELS or label == "NONP", label
    return f"{S}{label}{MID}{v}{E}"

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
def NP(v): return m("NONP", v)      # a non-person string (company, street) that contains name-like words

def render(marked):
    out, spans, nonp, i = [], [], [], 0
    pos = 0
    while i < len(marked):
        c = marked[i]
        if c == S:
            j = marked.index(MID, i); k = marked.index(E, j)
            label, val = marked[i + 1:j], marked[j + 1:k]
            assert S not in val and MID not in val, val
            (nonp if label == "NONP" else spans).append((pos, pos + len(val), label, val))
            out.append(val); pos += len(val); i = k + 1
        else:
            out.append(c); pos += 1; i += 1
    text = "".join(out)
    assert S not in text and MID not in text and E not in text
    def b(ci): return len(text[:ci].encode("utf-8"))
    bspans = [{"start": b(s), "end": b(e), "label": l} for s, e, l, v in spans]
    return text, bspans, [(s, e, l, v) for s, e, l, v in spans], [(s, e) for s, e, _, _ in nonp]

# ----------------------------------------------------------------------------------------------
# the organisation (never labelled)
ORG = {
    "names": ["Notariskantoor Grachtzijde", "Grachtzijde Notarissen B.V.", "Grachtzijde Notarissen", "Grachtzijde Notaries",
              "Notariat Grachtzijde", "Grachtzijde"],
    "domains": ["grachtzijde.example"],
    "phones": ["030 231 4470", "06 2817 4460"],
    "ibans": ["NL25ABNA0571823064", "NL85RABO0318842957"],
    "addresses": ["Kromme Tuinwal 14, 3512 HR Utrecht", "Postbus 1470, 3500 BL Utrecht"],
    "kvk": ["61894203"],
    "btw": ["NL859412301B01"],
    "handles": ["@GrachtzijdeNotaris"],
}
ORG_FORMS = ["030 231 4470", "030-2314470", "+31 30 231 4470", "+31 (0)30 231 4470", "0031 30 231 4470",
             "06 2817 4460", "06-28174460", "+31 6 2817 4460",
             "NL25 ABNA 0571 8230 64", "NL25ABNA0571823064", "NL85 RABO 0318 8429 57", "NL85RABO0318842957",
             "Kromme Tuinwal 14", "3512 HR", "3512HR", "Postbus 1470", "3500 BL", "61894203", "NL859412301B01",
             "NL 8594.12.301.B01", "ABNANL2A", "RABONL2U", "@GrachtzijdeNotaris"]
ORG_IBAN_SPACED = {"NL25ABNA0571823064": "NL25 ABNA 0571 8230 64", "NL85RABO0318842957": "NL85 RABO 0318 8429 57"}

# staff (persons, labelled): (given, surname-as-written-after-given, initials, role)
STAFF = {
    "hester": ("Hester", "van Wijngaarden", "H.M.", "Van Wijngaarden"),   # notaris
    "bastiaan": ("Bastiaan", "Roelofsen", "B.J.", "Roelofsen"),            # kandidaat-notaris
    "ilse": ("Ilse", "Kamphorst", "I.", "Kamphorst"),                      # notarieel medewerker
    "yvonne": ("Yvonne", "Brandsma", "Y.", "Brandsma"),                    # secretariaat
    "fiona": ("Fiona", "Lockhart", "F.", "Lockhart"),                      # international desk
    "dorothee": ("Dorothee", "Brammertz", "D.", "Brammertz"),              # German desk
    "ruud": ("Ruud", "Tammes", "R.", "Tammes"),                            # derdengelden
}
def SF(key): g, s, _, _ = STAFF[key]; return P(f"{g} {s}")
def SG(key): return P(STAFF[key][0])
def SS(key): return P(STAFF[key][3])
def SI(key): g, s, i, _ = STAFF[key]; return P(f"{i} {s}")

SIG_NL = ("\n--\nNotariskantoor Grachtzijde\nKromme Tuinwal 14, 3512 HR Utrecht | Postbus 1470, 3500 BL Utrecht\n"
          "T 030 231 4470 | www.grachtzijde.example\nDerdengeldrekening NL25 ABNA 0571 8230 64 | KvK 61894203")
SIG_EN = ("\n--\nGrachtzijde Notaries | Kromme Tuinwal 14, 3512 HR Utrecht, the Netherlands\n"
          "T +31 30 231 4470 | international@grachtzijde.example")
SIG_DE = ("\n--\nNotariat Grachtzijde (Notariskantoor Grachtzijde)\nKromme Tuinwal 14, 3512 HR Utrecht, Niederlande\n"
          "Tel. +31 (0)30 231 4470 | deutsch@grachtzijde.example | USt-IdNr. NL859412301B01")

# ----------------------------------------------------------------------------------------------
# synthetic name lists (written for this set)
NAMES = {
    "nl": {"m": ["Johannes", "Maarten", "Gijsbert", "Reinier", "Sjoerd", "Floris", "Jeroen", "Diederik", "Arjen", "Teun",
                 "Wouter", "Thijmen", "Hendrikus", "Laurens", "Evert", "Pieter-Jan"],
           "f": ["Margriet", "Anouk", "Femke", "Marieke", "Liesbeth", "Esmée", "Noëlle", "Hanneke", "Sterre", "Geertruida",
                 "Wilhelmina", "Lieke", "Ilona", "Machteld", "Daniëlle", "Jorien"],
           "s": ["Stoutjesdijk", "Kooistra", "Terpstra", "Wijnands", "Brinkhorst", "Rademaker", "Zwanenburg", "Oosterhuis",
                 "Hakkert", "Tuinstra", "Dijkhuis", "Jongbloed", "Ruijgrok", "van den Akker", "van der Meulen", "van 't Hoff",
                 "ter Horst", "de Graaff", "van Leeuwarden", "Schuttevaer", "Blankevoort", "Hoogendijk", "Verbeek-Zonneveld",
                 "Nieuwenhuizen"]},
    "ma": {"m": ["Youssef", "Karim", "Bilal", "Mehmet", "Emre", "Rajesh", "Anand"],
           "f": ["Samira", "Nadia", "Elif", "Zeynep", "Shanti", "Priyanka", "Fatima-Zahra"],
           "s": ["El Idrissi", "Bouzian", "Aydın", "Yıldız", "Ramdin", "Mahabier", "Ait Taleb", "Çelik"]},
    "be": {"m": ["Wouter", "Jens", "Pieter-Jan", "Koen", "Stijn"],
           "f": ["Els", "Katrien", "Lien", "Griet", "Annelies"],
           "s": ["Van Damme", "De Clercq", "Vandevelde", "Goossens", "Verhaegen", "Van Acker", "De Smedt"]},
    "de": {"m": ["Jürgen", "Matthias", "Heinrich", "Dieter", "Felix", "Ansgar", "Tobias", "Ulrich"],
           "f": ["Ulrike", "Sabine", "Annegret", "Monika", "Katharina", "Bärbel", "Heike", "Friederike"],
           "s": ["Haßelmann", "Wewers", "Terbrack", "Kösters", "Große-Lohmann", "Hülskamp", "Rößner", "Bäumer",
                 "Oltmanns", "Tenhaeff", "Schwertfeger", "van Aaken"]},
    "en": {"m": ["Oliver", "Declan", "Ethan", "Rory", "Daniel", "James", "Callum", "Nathaniel"],
           "f": ["Hannah", "Siobhan", "Priya", "Megan", "Charlotte", "Imogen", "Aoife", "Rebecca"],
           "s": ["Whitcombe", "Pritchard", "Gallagher", "Okonkwo", "Caldwell", "Ashworth", "McAllister", "Pemberton",
                 "Fairweather", "Raman", "Thistlewood", "Hargreaves"]},
}
MIDDLE = {"nl": {"m": ["Petrus", "Cornelis", "Hendrik", "Jacobus", "Willem"], "f": ["Maria", "Johanna", "Catharina", "Elisabeth", "Adriana"]},
          "de": {"m": ["Josef", "Wilhelm", "Karl"], "f": ["Maria", "Luise", "Elisabeth"]},
          "en": {"m": ["Edward", "Thomas", "Patrick"], "f": ["Louise", "Grace", "Anne"]},
          "be": {"m": ["Jozef", "Frans"], "f": ["Maria", "Godelieve"]},
          "ma": {"m": ["Ali", "Kumar"], "f": ["Aïcha", "Devi"]}}

class Person:
    def __init__(self, first, middle, sur, sex, origin):
        self.first, self.middle, self.sur, self.sex, self.origin = first, middle, sur, sex, origin
    @property
    def full(self): return f"{self.first} {self.sur}"
    @property
    def formal(self): return f"{self.first} {self.middle} {self.sur}"
    @property
    def initials(self):
        parts = self.first.split("-") + [self.middle]
        return "".join(p[0] + "." for p in [self.first, self.middle]) if "-" not in self.first else self.first[0] + "." + self.first.split("-")[1][0] + "." + self.middle[0] + "."
    @property
    def surcap(self):   # surname standing alone after a title: tussenvoegsel capitalised (NL)
        return self.sur[0].upper() + self.sur[1:]
    @property
    def core(self):
        return self.sur.split()[-1]

def person(r, origin, sex=None, used=None, sur=None):
    used = used if used is not None else set()
    sex = sex or r.choice("mf")
    for _ in range(200):
        f = r.choice(NAMES[origin][sex]); s = sur or r.choice(NAMES[origin]["s"])
        mid = r.choice(MIDDLE[origin][sex])
        if f not in used and (s not in used or sur):
            used.add(f); used.add(s)
            return Person(f, mid, s, sex, origin)
    raise RuntimeError("names exhausted")

# ----------------------------------------------------------------------------------------------
# places
NL_TOWNS = [("Utrecht", "030", (3511, 3585)), ("Zeist", "030", (3701, 3709)), ("Houten", "030", (3991, 3997)),
            ("Nieuwegein", "030", (3431, 3439)), ("Amersfoort", "033", (3811, 3829)), ("De Bilt", "030", (3731, 3739)),
            ("IJsselstein", "030", (3401, 3404)), ("Bunnik", "030", (3981, 3981)), ("Woerden", "0348", (3441, 3448)),
            ("Hilversum", "035", (1211, 1223))]
NL_STREETS = ["Lindeboomsingel", "Tolhekkade", "Klokkenmakerstraat", "Laan van Zuilenveld", "Burg. Tuinmanlaan",
              "Korte Smeesteeg", "Vlinderhof", "Molenwerf", "Zwaluwenpad", "Weverskade", "Sluiswachterspad",
              "Oranjeboomdreef", "Kapelmeesterlaan", "Hopakkerweg", "Ganzenmarktdwarsstraat", "Zilverschoonplein",
              "Dr. Kuipersstraat", "Johan Wagenaarkade", "Prof. Lorentzhof", "Kastanjegaarde"]
BE_PLACES = [("Antwerpen", "2018"), ("Gent", "9000"), ("Leuven", "3000"), ("Hasselt", "3500"), ("Turnhout", "2300"), ("Mechelen", "2800")]
BE_STREETS = ["Kloosterstraat", "Vlaamsekaai", "Brouwersvliet", "Sint-Jorisstraat", "Kortrijksesteenweg", "Diestsevest"]
DE_PLACES = [("Kleve", "47533", "02821"), ("Emmerich am Rhein", "46446", "02822"), ("Goch", "47574", "02823"),
             ("Düsseldorf", "40213", "0211"), ("Köln", "50667", "0221"), ("Münster", "48143", "0251"), ("Bocholt", "46399", "02871")]
DE_STREETS = ["Kalkarer Straße", "Am Schwanenteich", "Mühlenkamp", "Gocher Weg", "Heidbergstraße", "Wasserburgallee",
              "Lindenhöfe", "Am Stadtgraben", "Tiergartenstraße", "Hoher Weg"]
UK_PLACES = [("Bristol", ["BS6 7QT", "BS8 4LP", "BS7 9EW"], "0117"), ("Manchester", ["M20 2RN", "M14 6HP"], "0161"),
             ("London", ["SW11 5RG", "N16 8JH", "SE22 9AX"], "020")]
UK_STREETS = ["Larkspur Close", "Kestrel Road", "Wellington Gardens", "Hazelmere Avenue", "Quarry Lane", "Abbotsford Road"]

def nl_pc(r, rng_):
    for _ in range(100):
        n = r.randint(*rng_); l = r.choice("ABCDEGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRTVWXZ")
        if l not in ("SA", "SD", "SS"): return f"{n} {l}"

def nl_house(r):
    n = str(r.randint(2, 240)); roll = r.random()
    if roll < .15: n += r.choice("abc")
    elif roll < .22: n += r.choice(["-II", "-1", " bis", "A-2", " hs"])
    return n

def nl_addr(r):
    town, area, rng_ = r.choice(NL_TOWNS)
    return {"street": f"{r.choice(NL_STREETS)} {nl_house(r)}", "pc": nl_pc(r, rng_), "town": town, "area": area}

def be_addr(r):
    town, pc = r.choice(BE_PLACES)
    nr = str(r.randint(3, 180)) + (f" bus {r.randint(1, 9)}" if r.random() < .4 else "")
    return {"street": f"{r.choice(BE_STREETS)} {nr}", "pc": pc, "town": town}

def de_addr(r):
    town, pc, area = r.choice(DE_PLACES)
    return {"street": f"{r.choice(DE_STREETS)} {r.randint(2, 120)}{r.choice(['', '', 'a'])}", "pc": pc, "town": town, "area": area}

def uk_addr(r):
    town, pcs, area = r.choice(UK_PLACES)
    return {"street": f"{r.randint(3, 98)} {r.choice(UK_STREETS)}", "pc": r.choice(pcs), "town": town, "area": area}

# ----------------------------------------------------------------------------------------------
# numbers
def elfproef(d):
    d = re.sub(r"[ .\-]", "", d).zfill(9)
    return len(d) == 9 and d.isdigit() and int(d) > 0 and (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 0

def bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0: continue
        c = sum((9 - i) * d[i] for i in range(8)) % 11
        if c < 10:
            s = "".join(map(str, d)) + str(c)
            if elfproef(s): return s

def bsn_fmt(r, s, style=None):
    style = style if style is not None else r.randint(0, 3)
    return [s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"][style]

def non_bsn9(r):
    while True:
        s = str(r.randint(100000000, 999999999))
        if not elfproef(s): return s

def ref9_valid(r):   # elfproef-valid reference number (hard negative)
    return bsn(r)

def mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97

def iban_make(cc, bban):
    return f"{cc}{98 - mod97(bban + cc + '00'):02d}{bban}"

def iban_valid(s):
    s = re.sub(r"[\s\u00a0.\-]", "", s).upper()
    lens = {"NL": 18, "DE": 22, "BE": 16, "GB": 22, "FR": 27}
    return s[:2] in lens and len(s) == lens[s[:2]] and mod97(s[4:] + s[:4]) == 1

def nl_iban(r, bank=None):
    bank = bank or r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB", "RBRB"])
    return iban_make("NL", bank + "".join(str(r.randint(0, 9)) for _ in range(10)))

def de_iban(r):
    return iban_make("DE", r.choice(["32450000", "35850000", "30050110", "37050198", "40050150", "42851310"]) + "".join(str(r.randint(0, 9)) for _ in range(10)))

def be_iban(r):
    b = f"{r.randint(1, 999):03d}{r.randint(0, 9999999):07d}"
    c = int(b) % 97 or 97
    return iban_make("BE", f"{b}{c:02d}")

def gb_iban(r):
    return iban_make("GB", r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + f"{r.randint(100000, 999999)}{r.randint(10000000, 99999999)}")

def spaced(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))

def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)][::-1]
    return sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d)) % 10 == 0

def card(r, kind):
    pre, n = {"visa": ("4" + str(r.randint(10000, 99999)), 16), "mc": (str(r.randint(51, 55)) + str(r.randint(1000, 9999)), 16),
              "amex": (r.choice(["34", "37"]) + str(r.randint(1000, 9999)), 15)}[kind]
    body = pre + "".join(str(r.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c): num = body + c; break
    if kind == "amex": return f"{num[:4]} {num[4:10]} {num[10:]}"
    return " ".join(num[i:i + 4] for i in range(0, 16, 4))

def card_iin_ok(s):
    d = re.sub(r"\D", "", s)
    return ((d[0] == "4" and len(d) in (13, 16, 19)) or (51 <= int(d[:2]) <= 55 and len(d) == 16) or
            (2221 <= int(d[:4]) <= 2720 and len(d) == 16) or (d[:2] in ("34", "37") and len(d) == 15))

def kvk(r): return str(r.randint(10000000, 99999999))

def btw_id(r):
    while True:
        d = f"{r.randint(1000000, 999999999):09d}"
        if elfproef(d): continue
        for suf in range(1, 100):
            s = f"NL{d}B{suf:02d}"
            if mod97(s) == 1: return s

def btw_ok(s):
    s = re.sub(r"[ .]", "", s).upper()
    return bool(re.fullmatch(r"NL\d{9}B\d\d", s)) and mod97(s) == 1 and not elfproef(s[2:11])

DOCL = "ABCDEFGHIJKLMNPQRSTUVWXYZ"   # no O
def nl_doc(r, kind):
    first = {"pass": "N", "id": "I"}[kind]
    mid = "".join(r.choice(DOCL + "123456789") for _ in range(6))
    return first + r.choice(DOCL) + mid + str(r.randint(1, 9))

def nl_doc_ok(s): return bool(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}[0-9]", s)) and "O" not in s

def de_doc(r):
    al = "CFGHJKLMNPRTVWXYZ"
    return r.choice("LTCFGHJK") + "".join(r.choice(al + "0123456789") for _ in range(8))

def de_doc_ok(s): return bool(re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}", s))

def uk_pass(r): return str(r.randint(100000000, 999999999))

def resdoc(r):
    return r.choice(["I", "II", "III", "IV"]) + "-V" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(8))

KT_LET = "BDFGHJKLNPRSTVXZ"
BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS", "KVT", "VVD", "SP"]
def kenteken(r):
    pats = {7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX", 13: "9-XX-999", 14: "999-XX-9"}
    while True:
        p = pats[r.choice(list(pats))]
        s = "".join(r.choice(KT_LET) if c == "X" else (str(r.randint(1, 9)) if c == "9" else c) for c in p)
        if not any(b in seg for seg in s.split("-") for b in BANNED): return s

def kenteken_ok(s):
    shapes = ["99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9", "XX-99-XX"]
    sh = "".join("X" if c.isalpha() else ("9" if c.isdigit() else c) for c in s.upper())
    letters = "".join(ch for ch in s.upper() if ch.isalpha())
    return sh in shapes and all(c in KT_LET for c in letters) and not any(b in seg for seg in re.findall(r"[A-Z]+", s.upper()) for b in BANNED)

def pub_ip(r):
    while True:
        ip = ".".join(str(x) for x in (r.choice([31, 62, 77, 80, 81, 84, 86, 89, 145, 178, 185, 212, 213, 217]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)))
        if ipaddress.ip_address(ip).is_global: return ip

def pub_ip6(r):
    return f"2a02:{r.randint(0x1000, 0xffff):x}:{r.randint(0x100, 0xffff):x}:{r.randint(1, 0xfff):x}::{r.randint(1, 0xff):x}"

# phones
NL_AREAS_2 = {"030", "033", "035", "020", "010", "070"}
def nl_mobile(r, style=None):
    d = "6" + r.choice("123458") + "".join(str(r.randint(0, 9)) for _ in range(7))
    style = style if style is not None else r.randint(0, 6)
    n = d[1:]
    return [f"06-{n}", f"06 {n[:4]} {n[4:]}", f"0{d}", f"+31 6 {n}", f"+31 (0)6 {n[:4]} {n[4:]}",
            f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"0031 6 {n[:4]} {n[4:]}"][style]

def nl_land(r, area, style=None):
    k = 7 if len(area) == 3 else 6
    sub = str(r.randint(2, 8)) + "".join(str(r.randint(0, 9)) for _ in range(k - 1))
    style = style if style is not None else r.randint(0, 2)
    if k == 7:
        return [f"{area} {sub[:3]} {sub[3:]}", f"{area}-{sub}", f"+31 {area[1:]} {sub[:3]} {sub[3:]}"][style]
    return [f"{area} {sub[:3]} {sub[3:]}", f"{area}-{sub}", f"+31 {area[1:]} {sub[:3]} {sub[3:]}"][style]

def be_gsm(r, style=None):
    n = "4" + r.choice("789") + str(r.randint(0, 9)) + "".join(str(r.randint(0, 9)) for _ in range(6))
    style = style if style is not None else r.randint(0, 1)
    return [f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"][style]

def de_mobile(r, style=None):
    p = r.choice(["151", "160", "171", "176", "152"]); sub = "".join(str(r.randint(0, 9)) for _ in range(8 if p[0:2] != "16" else 7))
    sub = str(r.randint(1, 9)) + sub[1:]
    style = style if style is not None else r.randint(0, 2)
    return [f"0{p} {sub}", f"+49 {p} {sub}", f"0{p}-{sub}"][style]

def de_land(r, area, style=None):
    sub = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(r.choice([5, 6])))
    style = style if style is not None else r.randint(0, 1)
    return [f"{area} {sub}", f"+49 {area[1:]} {sub}"][style] if r.random() < .6 else f"{area}/{sub}"

def uk_phone(r, area=None):
    if area is None or r.random() < .5:
        return f"07700 900{r.randint(0, 999):03d}" if r.random() < .5 else f"+44 7700 900{r.randint(0, 999):03d}"
    return {"0117": f"0117 496 0{r.randint(0, 999):03d}", "0161": f"0161 496 0{r.randint(0, 999):03d}",
            "020": f"020 7946 0{r.randint(0, 999):03d}"}[area]

NL_FIXED_AREAS = {"030", "033", "035", "0348", "020", "010", "070"}
def phone_ok(s):
    if s in ORG_FORMS: return False
    d = re.sub(r"[^\d+]", "", s.replace("(0)", ""))
    if d.startswith("+31") or d.startswith("0031"):
        n = d[3:] if d.startswith("+31") else d[4:]
        return bool(re.fullmatch(r"6[1-58]\d{7}", n)) or any(n.startswith(a[1:]) and len(n) == 9 for a in NL_FIXED_AREAS)
    if d.startswith("+32"): return bool(re.fullmatch(r"4[5-9]\d{7}", d[3:]))
    if d.startswith("+49"): return bool(re.fullmatch(r"1[5-7]\d{8,9}|(2821|2822|2823|211|221|251|2871)\d{6,7}", d[3:]))
    if d.startswith("+44"): return bool(re.fullmatch(r"7700900\d{3}", d[3:]))
    if re.fullmatch(r"06[1-58]\d{7}", d): return True
    if re.fullmatch(r"04[7-9]\d{7}", d): return True
    if re.fullmatch(r"01[5-7]\d{8,9}", d): return True
    if re.fullmatch(r"(02821|02822|02823|0211|0221|0251|02871)\d{6,7}", d) and ("/" in s or " " in s): return True
    if re.fullmatch(r"07700900\d{3}|01174960\d{3}|01614960\d{3}|02079460\d{3}", d): return True
    return any(d.startswith(a) and len(d) == 10 for a in NL_FIXED_AREAS)

# dates
MON = {"nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
       "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
       "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]}

def rdate(r, y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal(); d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(r.randint(d0, d1))

def fdate(r, d, lang, style=None):
    style = style if style is not None else r.randint(0, 3)
    if style == 0: return f"{d.day} {MON[lang][d.month - 1]} {d.year}" if lang != "de" else f"{d.day}. {MON['de'][d.month - 1]} {d.year}"
    if style == 1: return f"{d.day:02d}-{d.month:02d}-{d.year}" if lang != "de" else f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 2: return f"{d.day}-{d.month}-{d.year}" if lang == "nl" else (f"{MON['en'][d.month - 1]} {d.day}, {d.year}" if lang == "en" else f"{d.day}.{d.month}.{d.year}")
    return d.isoformat() if lang != "en" else f"{d.day:02d}/{d.month:02d}/{d.year}"

def date_parse(s):
    s = s.strip()
    for lang in MON:
        for i, mn in enumerate(MON[lang]):
            mm = re.fullmatch(r"(\d{1,2})\.? " + mn + r" (\d{4})", s) or re.fullmatch(mn + r" (\d{1,2}), (\d{4})", s)
            if mm: return datetime.date(int(mm.group(2)), i + 1, int(mm.group(1)))
    mm = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", s)
    if mm: return datetime.date(int(mm.group(1)), int(mm.group(2)), int(mm.group(3)))
    mm = re.fullmatch(r"(\d{1,2})[-./](\d{1,2})[-./](\d{4})", s)
    if mm: return datetime.date(int(mm.group(3)), int(mm.group(2)), int(mm.group(1)))
    raise ValueError(s)

def money(r, lo, hi, lang="nl"):
    v = r.randint(lo, hi)
    c = r.randint(0, 99) if r.random() < .5 else 0
    s = f"{v:,}".replace(",", ".") if lang != "en" else f"{v:,}"
    return (f"€ {s},{c:02d}" if lang == "nl" else f"€{s}.{c:02d}" if lang == "en" else f"{s},{c:02d} €")

def dossier(r):
    return f"{r.choice([2025, 2026])}.{r.randint(100, 2999):04d}/{r.choice(['HvW', 'BR', 'IK', 'FL', 'DB'])}"

def kad(r, lang="nl"):
    g = r.choice(["Utrecht", "Zeist", "Houten", "Amersfoort", "Jutphaas", "Vreeswijk"])
    sec, nr = r.choice("ABCDEGHKLMNP"), r.randint(100, 9999)
    if lang == "nl": return f"kadastraal bekend gemeente {g} sectie {sec} nummer {nr}"
    if lang == "en": return f"cadastral designation municipality {g}, section {sec}, number {nr}"
    return f"Katasterbezeichnung Gemeinde {g}, Sektion {sec}, Nummer {nr}"

def crlf(t): return t.replace("\n", "\r\n")

# ----------------------------------------------------------------------------------------------
# scenarios
SCEN = []
def scen(lang, pii):
    def deco(f):
        SCEN.append((lang, pii, f.__name__, f)); return f
    return deco

def deed_party(r, p, lang="nl", birthplace=None, addr=None, doc=None, status=None):
    """Deed-style description of a natural person (comparitie)."""
    a = addr or nl_addr(r)
    bp = birthplace or r.choice(["Utrecht", "Amersfoort", "'s-Hertogenbosch", "Leeuwarden", "Rotterdam", "Zwolle", "Arnhem"])
    dob = rdate(r, 1948, 2000)
    title = "de heer" if p.sex == "m" else "mevrouw"
    doc = doc or ("paspoort", nl_doc(r, "pass"))
    t = (f"{title} {P(p.formal)}, geboren te {bp} op {DOB(fdate(r, dob, 'nl', 0))}, wonende te {PC(a['pc'])} {a['town']}, "
         f"{AD(a['street'])}, zich legitimerende met zijn {doc[0]} met nummer {ID(doc[1])}" if p.sex == "m" else
         f"{title} {P(p.formal)}, geboren te {bp} op {DOB(fdate(r, dob, 'nl', 0))}, wonende te {PC(a['pc'])} {a['town']}, "
         f"{AD(a['street'])}, zich legitimerende met haar {doc[0]} met nummer {ID(doc[1])}")
    if status: t += f", {status}"
    return t, a

# ---------------- nl, with personal data
@scen("nl", True)
def nl_concept_leveringsakte(r, k):
    U = set(); v = person(r, "nl", "m", U); b1 = person(r, "nl", "m", U); b2 = person(r, "nl", "f", U)
    pv, av = deed_party(r, v, status="ongehuwd en niet geregistreerd als partner")
    idc = ("identiteitskaart", nl_doc(r, "id"))
    pb1, ab = deed_party(r, b1, status=f"gehuwd met {P(b2.full)}")
    obj = nl_addr(r)
    if k == 0:
        return (f"CONCEPT d.d. {r.randint(2, 27)}-{r.randint(1, 9):02d}-2025 — dossiernummer {dossier(r)}\n\n"
                f"LEVERING\n\nHeden, {MON['nl'][r.randint(0, 11)]} tweeduizend vijfentwintig, verschenen voor mij, mr. {SI('hester')}, "
                f"notaris te Utrecht:\n1. {pv};\nhierna te noemen: 'verkoper';\n2. {pb1};\nhierna te noemen: 'koper'.\n\n"
                f"De comparanten verklaren dat verkoper aan koper levert: het woonhuis met ondergrond, tuin en erf, staande en gelegen te "
                f"{PC(obj['pc'])} {obj['town']}, {AD(obj['street'])}, {kad(r)}, groot {r.randint(90, 640)} m², "
                f"voor een koopsom van {money(r, 285000, 845000)}.\n\n[opm. {SG('ilse')}: burgerlijke staat koper nog checken, BRP-uittreksel ontbreekt]")
    return (f"Hoi {SG('bastiaan')},\n\nHierbij de comparitie voor de koopakte {dossier(r)}. Koper is {P(b1.full)}; zijn echtgenote "
            f"{P(b2.full)} tekent mee i.v.m. art. 1:88 BW.\n\n{pv};\n\nGraag even nalopen, met name het nummer van de "
            f"{idc[0]} van mevrouw: {ID(idc[1])} (geldig tot {r.randint(2027, 2034)}).\n\nGr {SG('ilse')}")

@scen("nl", True)
def nl_bsn_overdrachtsbelasting(r, k):
    U = set(); a = person(r, "nl", "f", U); b = person(r, "nl", "m", U)
    s1, s2 = bsn(r), bsn(r); d1 = rdate(r, 1990, 2000)
    if k == 0:
        return (f"Geachte heer {SS('bastiaan')},\n\nVoor de startersvrijstelling overdrachtsbelasting vroeg u om onze BSN's en geboortedata. "
                f"Hier zijn ze:\n\n{P(a.full)} – BSN {BS(bsn_fmt(r, s1))} – geboren {DOB(fdate(r, d1, 'nl', 1))}\n"
                f"{P(b.full)} – BSN {BS(bsn_fmt(r, s2))} – geboren {DOB(fdate(r, rdate(r, 1990, 2000), 'nl', 1))}\n\n"
                f"Wij zijn allebei jonger dan 35 en gaan er zelf wonen. De overdracht staat gepland op {r.randint(1, 28)} {MON['nl'][r.randint(0, 11)]}.\n\n"
                f"Met vriendelijke groet,\n{P(a.full)}\n{PH(nl_mobile(r))}")
    return (f"hoi, hier nog de bsn van mij en {P(b.first.lower())} voor de akte, sorry voor de vertraging\n"
            f"ik: {BS(s1)}\n{P(b.first.lower())}: {BS(s2)}\n"
            f"zegt u maar als er nog iets mist!! groetjes {P(a.first.lower())}")

@scen("nl", True)
def nl_iban_uitbetaling(r, k):
    U = set(); p = person(r, "nl", None, U); ib = nl_iban(r); d = dossier(r)
    if k == 0:
        return (f"Geachte heer {SS('ruud')},\n\nNa de levering van ons huis op {r.randint(1, 28)} {MON['nl'][r.randint(0, 11)]} a.s. mag de overwaarde "
                f"uit de derdengeldrekening (NL25 ABNA 0571 8230 64) worden overgemaakt naar ons rekeningnummer:\n\n"
                f"IBAN {IB(spaced(ib))}\nt.n.v. {P(p.initials + ' ' + p.sur)}\n\nUw kenmerk: {d}.\n\nVriendelijke groet,\n{P(p.full)}")
    return (f"[{r.randint(8, 11)}:{r.randint(10, 59)}] {P(p.first)}: goedemorgen! welk rekeningnummer moet ik doorgeven voor de uitbetaling na de verkoop?\n"
            f"[{r.randint(11, 12)}:0{r.randint(1, 9)}] {SG('yvonne')} (Grachtzijde): Goedemorgen, u kunt het rekeningnummer mailen naar derdengelden@grachtzijde.example, "
            f"het liefst met een kopie van een bankafschrift.\n[12:{r.randint(10, 59)}] {P(p.first)}: ok het is {IB(ib.lower() if r.random() < .5 else ib)} "
            f"op naam van mij en mijn man\n[12:{r.randint(10, 59)}] {SG('yvonne')} (Grachtzijde): Dank u, ik zet het door naar {SG('ruud')} van de boekhouding.")

@scen("nl", True)
def nl_testament_afspraak(r, k):
    U = set(); p = person(r, "nl", None, U); q = person(r, "nl", "m" if p.sex == "f" else "f", U); a = nl_addr(r)
    d = rdate(r, 1944, 1975)
    if k == 0:
        return (f"Onderwerp: afspraak testament\n\nGoedemiddag,\n\nMijn vrouw en ik willen graag ons testament laten wijzigen nu de kinderen "
                f"volwassen zijn. Ik ben {P(p.full)}, geboren op {DOB(fdate(r, d, 'nl', 0))}, en mijn partner heet {P(q.full)}. "
                f"Wij wonen aan de {AD(a['street'])} in {a['town']}.\nKunt u mij terugbellen op {PH(nl_land(r, a['area']))} (na 14.00 uur)?\n\n"
                f"Met vriendelijke groet,\n{P(p.initials + ' ' + p.sur)}")
    return (f"Beste {P(p.first)},\n\nBedankt voor je telefoontje. Ik heb een afspraak ingepland voor het testamentgesprek met notaris {SS('hester')} "
            f"op {r.choice(['dinsdag', 'woensdag', 'donderdag'])} {r.randint(1, 28)} {MON['nl'][r.randint(0, 11)]} om {r.randint(9, 15)}.30 uur, "
            f"Kromme Tuinwal 14. Neem a.u.b. je paspoort of ID-kaart mee.\nDe kosten voor twee testamenten bedragen {money(r, 900, 1400)} incl. btw.\n\n"
            f"Met vriendelijke groet,\n{SF('yvonne')}\nsecretariaat" + SIG_NL)

@scen("nl", True)
def nl_verklaring_erfrecht(r, k):
    U = set(); e = person(r, "nl", None, U); h = [person(r, "nl", None, U, sur=e.sur), person(r, "nl", "m", U, sur=e.sur), person(r, "nl", None, U)]
    dob = rdate(r, 1930, 1952); dod = rdate(r, 2024, 2025); addrs = [nl_addr(r) for _ in range(3)]
    lines = "\n".join(f"- {P(x.formal)}, wonende te {PC(a['pc'])} {a['town']}, {AD(a['street'])}" for x, a in zip(h[:2], addrs))
    if k == 0:
        return (f"Dossier {dossier(r)} — verklaring van erfrecht\n\nErflater: {P(e.formal)}, geboren te Utrecht op {DOB(fdate(r, dob, 'nl', 0))}, "
                f"overleden te Zeist op {fdate(r, dod, 'nl', 0)}, laatst wonende te {PC(addrs[2]['pc'])} {addrs[2]['town']}, {AD(addrs[2]['street'])}.\n"
                f"BSN erflater: {BS(bsn_fmt(r, bsn(r), 1))}\n\nErfgenamen (krachtens de wet, ieder voor 1/2):\n{lines}\n\n"
                f"Testamentenregister geraadpleegd op {fdate(r, rdate(r, 2025, 2025), 'nl', 1)}: geen testament. Art. 4:10 lid 1 sub a BW.")
    return (f"Geachte mevrouw {SS('hester')},\n\nOnze vader {P(e.full)} is op {fdate(r, dod, 'nl', 0)} overleden. Hij was geboren op "
            f"{DOB(fdate(r, dob, 'nl', 1))}. De bank vraagt om een verklaring van erfrecht voordat zij zijn rekening {IB(spaced(nl_iban(r)))} vrijgeven.\n"
            f"Mijn broer {P(h[1].first)} en ik zijn de enige kinderen. Mijn adres: {AD(addrs[0]['street'])}, {PC(addrs[0]['pc'])} {addrs[0]['town']}.\n\n"
            f"Met vriendelijke groet,\n{P(h[0].full)}")

@scen("nl", True)
def nl_boedelinventaris(r, k):
    U = set(); e = person(r, "nl", None, U); ex = person(r, "nl", None, U); a = nl_addr(r)
    ib1, ib2 = nl_iban(r), nl_iban(r); kt = kenteken(r)
    t = (f"BOEDELBESCHRIJVING nalatenschap {P(e.full)} (dossier {dossier(r)})\nopgesteld door executeur {P(ex.full)}\n\n"
         f"Activa\n- woning {AD(a['street'])}, {PC(a['pc'])} {a['town']} ({kad(r)}), WOZ-waarde {money(r, 310000, 690000)}\n"
         f"- betaalrekening {IB(ib1)} saldo per overlijdensdatum {money(r, 1200, 18000)}\n"
         f"- spaarrekening {IB(spaced(ib2))} saldo {money(r, 5000, 90000)}\n"
         f"- personenauto {r.choice(['Toyota Yaris', 'Volkswagen Polo', 'Kia Picanto', 'Škoda Fabia'])}, kenteken {LP(kt)}, dagwaarde {money(r, 2500, 14000)}\n\n"
         f"Passiva\n- hypotheek restschuld {money(r, 40000, 210000)}\n- uitvaartkosten {money(r, 6000, 11000)}\n- aanslag IB {r.choice([2023, 2024])}: nog onbekend")
    if k == 1:
        t = f"Beste {SG('ilse')},\n\nZoals besproken de eerste opzet van de boedelbeschrijving. Correcties graag vóór vrijdag.\n\n" + t + f"\n\nGroet,\n{P(ex.first)}"
    return t

@scen("nl", True)
def nl_huwelijkse_voorwaarden(r, k):
    U = set(); a = person(r, "nl", "f", U); b = person(r, r.choice(["nl", "ma"]), "m", U); adr = nl_addr(r)
    wed = rdate(r, 2025, 2026)
    if k == 0:
        return (f"Beste notaris,\n\n{P(b.first)} en ik gaan op {fdate(r, wed, 'nl', 0)} trouwen en willen huwelijkse voorwaarden (koude uitsluiting "
                f"met een verrekenbeding voor de pensioenen). Onze gegevens voor het concept:\n\n"
                f"{P(a.formal)}, geb. {DOB(fdate(r, rdate(r, 1985, 1998), 'nl', 1))}, ID-kaart {ID(nl_doc(r, 'id'))}\n"
                f"{P(b.formal)}, geb. {DOB(fdate(r, rdate(r, 1983, 1998), 'nl', 1))}, paspoort {ID(nl_doc(r, 'pass'))}\n"
                f"Samen wonend: {AD(adr['street'])}, {PC(adr['pc'].replace(' ', ''))} {adr['town']}\n\nHartelijke groet, {P(a.first)} ({EM(a.first.lower().replace('ë', 'e').replace('é', 'e') + '.' + a.core.lower() + '@ziggo.example')})")
    return (f"Notitie {SF('bastiaan')}, bespreking HV {dossier(r)}\n\nAanwezig: {P(a.full)} en {P(b.full)}. Onderneming van dhr. "
            f"{P(b.surcap)} ({NP(b.core + ' Installatietechniek')} v.o.f.) buiten de gemeenschap; periodiek verrekenbeding niet gewenst. Mw. werkt in loondienst.\n"
            f"Contact mw.: {PH(nl_mobile(r))}. Huwelijksdatum {fdate(r, wed, 'nl', 1)}, akte vóór die datum passeren. Art. 1:115 BW uitgelegd.")

@scen("nl", True)
def nl_oprichting_bv(r, k):
    U = set(); a = person(r, "nl", "m", U); b = person(r, "nl", "f", U); hk = kvk(r); bt = btw_id(r)
    hold = f"{a.core} Beheer B.V."
    if k == 0:
        return (f"Goedemiddag,\n\nWij willen een werkmaatschappij oprichten: {NP('Kraanvogel Software B.V.')}; aandeelhouders:\n"
                f"- {NP(hold)} (KvK {KVK(hk)}), 60 aandelen; bestuurder is {P(a.full)}\n"
                f"- {P(b.full)}, privé, 40 aandelen, geboren {DOB(fdate(r, rdate(r, 1975, 1995), 'nl', 0))}, {AD(nl_addr(r)['street'])}\n\n"
                f"Bestuurders: {P(a.initials + ' ' + a.sur)} en {P(b.initials + ' ' + b.sur)}, zelfstandig bevoegd. Geplaatst kapitaal € 100,00.\n"
                f"De holding heeft btw-id {BTW(bt)}.\n\nMvg {P(a.first)}")
    return (f"Checklist oprichting {dossier(r)}\n[x] UBO-verklaring {P(a.full)} (100% via {NP(hold)})\n[x] KvK-uittreksel holding: {KVK(hk)}\n"
            f"[ ] kopie paspoort {P(a.first)}: {ID(nl_doc(r, 'pass'))} — scan onleesbaar, opnieuw opvragen\n[ ] statuten art. 12 blokkeringsregeling\n"
            f"Inschrijving KvK via Grachtzijde Notarissen (61894203). Zie ook art. 2:175 BW.")

@scen("nl", True)
def nl_levenstestament(r, k):
    U = set(); p = person(r, "nl", None, U); c1 = person(r, "nl", None, U, sur=p.sur); c2 = person(r, "nl", None, U)
    d = rdate(r, 1935, 1950); ha = nl_addr(r)
    if k == 0:
        return (f"Geachte heer/mevrouw,\n\nMijn moeder, {P(p.full)} (geboren {DOB(fdate(r, d, 'nl', 0))}), wil een levenstestament laten opstellen. "
                f"Zij wil mij ({P(c1.full)}) en mijn zus {P(c2.full)} als gevolmachtigden benoemen, ieder zelfstandig bevoegd.\n"
                f"Kan de notaris bij haar thuis langskomen? Ze woont in {PC(ha['pc'])}, {AD(ha['street'])}, en loopt slecht.\n"
                f"Mijn nummer: {PH(nl_mobile(r))}, dat van mijn zus {PH(nl_mobile(r))}.\n\nGroet,\n{P(c1.first)}")
    return (f"Volmachtgever: {P(p.formal)}, geboren op {DOB(fdate(r, d, 'nl', 1))}\nGevolmachtigde 1: {P(c1.full)}\nGevolmachtigde 2: {P(c2.full)}\n"
            f"Schenkingsbevoegdheid: ja, beperkt tot gebruikelijke schenkingen\nMedische volmacht: apart document\nRegistratie CLTR na ondertekening\n-- {SG('ilse')}")

@scen("nl", True)
def nl_dossiernotitie_id(r, k):
    U = set(); p = person(r, r.choice(["nl", "ma"]), None, U); doc = nl_doc(r, r.choice(["pass", "id"]))
    return (f"Dossiernotitie {dossier(r)} ({fdate(r, rdate(r, 2025, 2025), 'nl', 1)}, {SG('ilse')})\n"
            f"Identiteit {P(p.full)} vastgesteld aan de hand van {'paspoort' if doc[0] == 'N' else 'identiteitskaart'} {ID(doc)}, "
            f"geldig tot {fdate(r, rdate(r, 2027, 2034), 'nl', 1)}. Geboortedatum {DOB(fdate(r, rdate(r, 1950, 2001), 'nl', 1))} klopt met BRP. "
            f"WWFT-cliëntenonderzoek: geen PEP, herkomst middelen verklaard (verkoop vorige woning). Afwijkende handtekening t.o.v. ID besproken.") if k == 0 else (
            f"{P(p.full.lower())} belde: kan niet met origineel ID komen, heeft alleen foto. Gezegd dat dat niet kan (art. 39 Wna). "
            f"Nieuwe afspraak gemaakt. Terugbellen op {PH(nl_mobile(r, 2))}. /{P('yvonne')}")

@scen("nl", True)
def nl_hypotheekakte(r, k):
    U = set(); a = person(r, "nl", None, U); b = person(r, "nl", None, U); o = nl_addr(r)
    return (f"Concept hypotheekakte — dossier {dossier(r)}\nGeldverstrekker: {NP('Domstad Hypotheken N.V.')}, leningnummer {r.randint(100, 999)}.{r.randint(100, 999)}.{r.randint(100, 999)}\n"
            f"Hypotheekgevers: {P(a.full)} en {P(b.full)}\nHoofdsom {money(r, 250000, 620000)}; inschrijving voor {money(r, 300000, 700000)}\n"
            f"Onderpand: {AD(o['street'])}, {PC(o['pc'])} {o['town']}, {kad(r)}\n"
            f"Opm. {SG('bastiaan')}: bankgarantie ontvangen van {NP('Van den Heuvel Makelaardij')}; ingangsdatum rente {fdate(r, rdate(r, 2025, 2026), 'nl', 1)}.") if k == 0 else (
            f"Beste {SG('ilse')},\n\nIn het concept staat bij mij nog het oude adres, {AD(nl_addr(r)['street'])}. Klopt het dat de bank "
            f"de hypotheekofferte ({money(r, 250000, 500000)}) al heeft gestuurd? Ik ben overdag bereikbaar op {PH(nl_mobile(r))}.\n\nGroeten,\n{P(a.full)}")

@scen("nl", True)
def nl_doorgestuurd_makelaar(r, k):
    U = set(); mk = person(r, "nl", None, U); k1 = person(r, "nl", "m", U); k2 = person(r, "nl", "f", U)
    mail = f"{k1.first.lower()}{k1.core.lower()}@gmail.example"
    return (f"---------- Doorgestuurd bericht ---------\nVan: {P(mk.full)} <{EM(mk.first.lower() + '@domstadwonen.example')}>\n"
            f"Datum: {r.randint(1, 28)} {MON['nl'][r.randint(0, 11)][:3]}. 2025 {r.randint(9, 17)}:{r.randint(10, 59)}\nAan: info@grachtzijde.example\n"
            f"Onderwerp: koopovereenkomst {AD(nl_addr(r)['street'])}\n\nGoedemiddag,\n\nBijgaand de getekende koopovereenkomst. Kopers: {P(k1.full)} en {P(k2.full)}, "
            f"e-mail {EM(mail)}, tel. {PH(nl_mobile(r))}. Notariskeuze bij koper, dat is uw kantoor. Waarborgsom 10% vóór {fdate(r, rdate(r, 2025, 2026), 'nl', 1)}.\n\n"
            f"Met vriendelijke groet,\n{P(mk.full)}\n{NP('Domstad Wonen Makelaars')}\n{PH(nl_land(r, '030'))}")

@scen("nl", True)
def nl_belgische_koper(r, k):
    U = set(); p = person(r, "be", None, U); a = be_addr(r)
    if k == 0:
        return (f"Dag mevrouw {SS('hester')},\n\nIk koop een appartement in Utrecht en woon nog in België. Mijn gegevens:\n"
                f"{P(p.full)}\n{AD(a['street'])}\n{PC(a['pc'])} {a['town']}\ngsm {PH(be_gsm(r))}\n\nHet restant van de koopsom stort ik van mijn Belgische rekening "
                f"{IB(spaced(be_iban(r)))} naar uw derdenrekening. Moet ik daarvoor iets speciaals vermelden?\n\nMet vriendelijke groeten,\n{P(p.full)}")
    return (f"Beste,\n\nWij verkopen de woning van mijn schoonmoeder in Houten. Wil het saldo storten op {IB(be_iban(r))} (KBC). Ik ben zelf "
            f"te bereiken op {PH(be_gsm(r, 1))}.\n\nVriendelijke groeten\n{P(p.first)}\n{AD(a['street'])}, {PC(a['pc'])} {a['town']}")

@scen("nl", True)
def nl_whatsapp_passeren(r, k):
    U = set(); p = person(r, "nl", None, U); a = nl_addr(r)
    return (f"{P(p.first.lower())}: hee is het goed als mijn vriend {P(person(r, 'nl', 'm', U).first)} meekomt naar het passseren? 😊\n"
            f"Grachtzijde: Dat is prima. U wordt {r.choice(['maandag', 'dinsdag', 'vrijdag'])} om {r.randint(9, 16)}:00 verwacht op Kromme Tuinwal 14.\n"
            f"{P(p.first.lower())}: top. oh en ik ben verhuisd, nieuw adres is {AD(a['street'].lower() if k == 1 else a['street'])} {PC(a['pc'])}\n"
            f"Grachtzijde: Dank, we passen het aan in het dossier. Groet, {SG('yvonne')}")

@scen("nl", True)
def nl_correctie_concept(r, k):
    U = set(); p = person(r, "nl", None, U); good = rdate(r, 1960, 1995); bad = good.replace(year=good.year + 1) if not (good.month == 2 and good.day == 29) else good.replace(day=28)
    wrong = p.full.replace("ij", "y") if "ij" in p.full else p.full[:-1]
    return (f"Geachte {SG('ilse')},\n\nIn het concept van de akte staan twee fouten:\n1. mijn naam is {P(p.full)}, niet {P(wrong)}\n"
            f"2. mijn geboortedatum is {DOB(fdate(r, good, 'nl', 1))} en niet {DOB(fdate(r, bad, 'nl', 1))}\n\nVerder akkoord met art. 6 (ontbindende voorwaarden).\n\n"
            f"Met vriendelijke groet,\n{P(p.full)}")

@scen("nl", True)
def nl_schenking(r, k):
    U = set(); o = person(r, "nl", "m", U); c = [person(r, "nl", None, U, sur=o.sur) for _ in range(2)]
    return (f"Geachte heer {SS('bastiaan')},\n\nWij willen {money(r, 20000, 35000)} per kind schenken op papier (schuldigerkenning) en vragen u de akte op te stellen. "
            f"Voor de aangifte schenkbelasting:\n" + "\n".join(f"- {P(x.full)}, BSN {BS(bsn_fmt(r, bsn(r)))}, rekening {IB(spaced(nl_iban(r)))}" for x in c) +
            f"\n\nDe rente wordt 6% (art. 10 SW), jaarlijks te voldoen vóór 31 januari.\n\nVriendelijke groet,\n{P(o.initials + ' ' + o.sur)}" + ("\n" + PH(nl_mobile(r)) if k else ""))

@scen("nl", True)
def nl_echtscheiding_verdeling(r, k):
    U = set(); a = person(r, "nl", "f", U); b = person(r, "nl", "m", U); na = nl_addr(r)
    return (f"Beste notaris,\n\nMijn ex-man {P(b.full)} en ik hebben het convenant getekend. Voor de akte van verdeling: de woning wordt aan mij toebedeeld, "
            f"hij is per {fdate(r, rdate(r, 2025, 2025), 'nl', 0)} verhuisd naar {AD(na['street'])}, {PC(na['pc'])} {na['town']}. "
            f"Zijn e-mail is {EM(b.first.lower()[0] + '.' + b.core.lower() + '@kpnmail.example')}.\nOnze advocaat is mr. {P(person(r, 'nl', None, U).full)} van "
            f"{NP('Lammerts & Kolff Advocaten')}.\n\nGroet,\n{P(a.full)}")

@scen("nl", True)
def nl_eenmanszaak_inbreng(r, k):
    U = set(); p = person(r, "nl", "m", U); s = bsn(r); kk = kvk(r); bt = btw_id(r)
    return (f"Hallo,\n\nIk breng mijn eenmanszaak ({NP(p.core + ' Timmerwerken')}) in in een nieuwe BV. Gegevens eenmanszaak: KvK-nummer {KVK(kk)}, "
            f"btw-id {BTW(bt)}, oude omzetbelastingnummer {BS('NL' + s + 'B01')}.\nDe accountant ({NP('Hofland Accountants')}) stuurt de inbrengbalans per "
            f"1 januari.\n\nGroet, {P(p.full)}\n{PH(nl_mobile(r))}")

@scen("nl", True)
def nl_volmacht_id_kopie(r, k):
    U = set(); p = person(r, "nl", None, U); g = person(r, "nl", None, U)
    return (f"Goedemorgen {SG('yvonne')},\n\nIk kan niet bij het passeren zijn en geef volmacht aan {P(g.full)}. Hierbij de gegevens voor de volmacht:\n"
            f"Naam: {P(p.formal)}\nGeboortedatum: {DOB(fdate(r, rdate(r, 1955, 1999), 'nl', 1))}\nGeboorteplaats: Amersfoort\n"
            f"Paspoortnummer: {ID(nl_doc(r, 'pass'))}\nBSN: {BS(bsn(r))}\n\nDe handtekening laat ik legaliseren bij de gemeente.\n\nVriendelijke groet\n{P(p.first)}")

# ---------------- nl, without personal data (hard negatives)
@scen("nl", False)
def nl_vrij_kadaster(r, k):
    return (f"Kadastraal bericht dossier {dossier(r)}\nPerceel {kad(r)}, groot {r.randint(1, 9)} are {r.randint(10, 99)} centiare.\n"
            f"Verkrijging bij akte d.d. {fdate(r, rdate(r, 1990, 2020), 'nl', 1)}, ingeschreven in register Hypotheken 4 deel {r.randint(20000, 90000)} nummer {r.randint(1, 199)}.\n"
            f"Beperkingen: geen. Erfdienstbaarheid van overpad ten behoeve van {kad(r)}.\nHypotheek ten behoeve van {NP('Domstad Hypotheken N.V.')}: {money(r, 200000, 500000)}.")

@scen("nl", False)
def nl_vrij_tarieven(r, k):
    return (f"Geachte heer/mevrouw,\n\nDank voor uw vraag. Onze tarieven {2025 + k}: enkelvoudig testament {money(r, 450, 650)}, levenstestament {money(r, 550, 750)}, "
            f"huwelijkse voorwaarden vanaf {money(r, 1100, 1500)}, oprichting BV vanaf {money(r, 850, 1200)}; alle bedragen excl. 21% btw en "
            f"kadaster-/registerkosten. Inschrijving in het CTR kost € 8,50.\nU kunt een afspraak maken via 030 231 4470.\n\nMet vriendelijke groet,\nsecretariaat" + SIG_NL)

@scen("nl", False)
def nl_vrij_agenda(r, k):
    rows = "\n".join(f"{r.randint(9, 16)}:{r.choice(['00', '30'])}  {r.choice(['levering', 'hypotheek', 'testament 2x', 'HV', 'oprichting BV', 'verklaring van erfrecht'])}  "
                     f"{dossier(r)}  kamer {r.choice(['Gracht', 'Tuin', 'Bibliotheek'])}" for _ in range(5))
    rows += "\nParkeren: garage aan de Johan Wagenaarkade (de ingang bij de Dr. Kuipersstraat is afgesloten)."
    return f"Passeeragenda {r.choice(['maandag', 'dinsdag', 'woensdag', 'donderdag'])} {r.randint(1, 28)}-{r.randint(1, 12)}-2025\n{rows}\nLet op: kamer Tuin vanaf 15:00 bezet door cursus kandidaat-notarissen."

@scen("nl", False)
def nl_vrij_wet(r, k):
    return ("Intern memo legitieme portie\n\nDe legitieme portie is de helft van het wettelijk erfdeel (art. 4:64 BW). Een beroep moet binnen vijf jaar na het "
            f"overlijden worden gedaan (art. 4:85 BW). Bij een nalatenschap van {money(r, 200000, 900000)} en {r.randint(2, 4)} kinderen ... Let op de "
            "wettelijke verdeling (art. 4:13 BW): kinderen krijgen een niet-opeisbare vordering. Zie ook Asser 4 nr. " + str(r.randint(100, 600)) + ".")

@scen("nl", False)
def nl_vrij_concept_opm(r, k):
    comp = r.choice(["Van den Berg Holding B.V.", "Jansen & De Wit Vastgoed B.V.", "Stichting Administratiekantoor Verhoef"])
    return (f"[Opm. in concept {dossier(r)}]\nArt. {r.randint(4, 14)} kettingbeding: overnemen uit akte d.d. {fdate(r, rdate(r, 1970, 2010), 'nl', 1)}. "
            f"Erfdienstbaarheid t.b.v. {NP(comp)} controleren in Kadaster (Hyp4 deel {r.randint(20000, 90000)} nr {r.randint(1, 200)}). "
            f"Koopsom {money(r, 300000, 900000)}, roerende zaken {money(r, 2000, 9000)}. Datum levering uiterlijk {fdate(r, rdate(r, 2025, 2026), 'nl', 0)}.")

@scen("nl", False)
def nl_vrij_nota(r, k):
    return (f"NOTA VAN AFREKENING — dossiernummer {ref9_valid(r)}\nKoopsom {money(r, 300000, 800000)}\nOverdrachtsbelasting 2% {money(r, 6000, 16000)}\n"
            f"Kadastrale rechten € 175,35\nHonorarium notaris {money(r, 900, 1600)}\nBtw 21% {money(r, 190, 340)}\nTe voldoen uiterlijk {fdate(r, rdate(r, 2025, 2026), 'nl', 1)} "
            f"op derdengeldrekening NL25ABNA0571823064 o.v.v. factuur {ref9_valid(r)}.")

@scen("nl", False)
def nl_vrij_autoreply(r, k):
    return crlf(f"Automatisch antwoord\n\nDank voor uw bericht. Ons kantoor is gesloten van {r.randint(22, 27)} december t/m {r.randint(1, 3)} januari. "
                f"Voor dringende zaken (bijv. een overlijden) kunt u bellen met 06-28174460.\nPostadres: Postbus 1470, 3500 BL Utrecht.\n"
                f"Let op: wij wijzigen nooit per e-mail ons rekeningnummer (NL25 ABNA 0571 8230 64)." + SIG_NL)

@scen("nl", False)
def nl_vrij_nieuwsbrief(r, k):
    return (f"Nieuwsbrief Grachtzijde {r.choice(['voorjaar', 'najaar'])} 2025\n\nErfbelasting {2025 + k}: vrijstelling kinderen {money(r, 25000, 26000)}, partner "
            f"{money(r, 800000, 830000)}. Schenken voor de eigen woning: de jubelton is afgeschaft per 1 januari 2024. Overdrachtsbelasting woningen voor beleggers "
            f"{r.choice(['8%', '10,4%'])}. Lees meer op www.grachtzijde.example/erfbelasting of volg @GrachtzijdeNotaris.")

@scen("nl", False)
def nl_vrij_it(r, k):
    return (f"Storingsmelding cliëntenportaal {r.randint(8, 22)}-{r.randint(1, 12)}-2025\nServer 10.{r.randint(0, 40)}.{r.randint(0, 20)}.{r.randint(2, 250)} reageerde niet; "
            f"gateway 192.168.{r.randint(0, 9)}.1. Versie {r.randint(3, 6)}.{r.randint(0, 12)}.{r.randint(0, 9)} teruggezet. Koppeling KNB-register en Kadaster "
            f"werkte weer om {r.randint(10, 16)}:{r.randint(10, 59)}. Ticket INC-{r.randint(10000, 99999)}.")

@scen("nl", False)
def nl_vrij_checklist(r, k):
    return ("Checklist passeren levering\n- geldig paspoort of identiteitskaart (geen rijbewijs)\n- bij volmacht: gelegaliseerde handtekening\n"
            f"- koopsom uiterlijk {r.randint(2, 5)} werkdagen vóór passeren op derdengeldrekening\n- energielabel en eigendomsbewijs\n"
            f"- sleutels meenemen; meterstanden opnemen\nDossier {dossier(r)} — streefdatum {fdate(r, rdate(r, 2025, 2026), 'nl', 0)}.")

@scen("nl", False)
def nl_vrij_splitsing(r, k):
    return (f"Splitsingsakte {dossier(r)}: appartementsrechten Utrecht {r.choice('KLMN')} {r.randint(1000, 9999)} A-{r.randint(1, 9)} t/m A-{r.randint(10, 20)}, "
            f"aandeel {r.randint(1, 9)}/{r.randint(50, 120)}e. VvE {NP('Vereniging van Eigenaars Gebouw De Kraanvogel')}, KvK-vestigingsnummer "
            f"{r.randint(10**11, 10**12 - 1)}. Modelreglement 2017 van toepassing; art. 5:106 BW. Splitsingstekening ontvangen op {fdate(r, rdate(r, 2025, 2025), 'nl', 1)}.")

# ---------------- en, with personal data
@scen("en", True)
def en_expat_purchase(r, k):
    U = set(); a = person(r, "en", "m", U); b = person(r, "en", "f", U); ad = nl_addr(r)
    if k == 0:
        return (f"Dear {SF('fiona')},\n\nMy partner and I are buying the flat at {AD(ad['street'])}, {PC(ad['pc'])} {ad['town']}. For the deed of transfer:\n\n"
                f"{P(a.formal)}, British, born {DOB(fdate(r, rdate(r, 1980, 1996), 'en', 0))}, passport no. {ID(uk_pass(r))}\n"
                f"{P(b.formal)}, Irish, born {DOB(fdate(r, rdate(r, 1980, 1996), 'en', 2))}, passport no. {ID(r.choice(['PA', 'PB', 'PC', 'LF']) + str(r.randint(1000000, 9999999)))}\n\n"
                f"We are not married and have no registered partnership. Could the deed be explained in English at the signing?\n\nKind regards,\n{P(a.first)} & {P(b.first)}\n{PH(nl_mobile(r, 3))}")
    return (f"Hi {SG('fiona')}, quick one from {P(a.first)} — the mortgage advisor says the lender wants our residence permits too. Mine is {ID(resdoc(r))}, "
            f"{P(b.first)}'s is still being processed by the IND. Is that a problem for the signing on the {r.randint(1, 28)}th? Cheers, {P(a.full)}")

@scen("en", True)
def en_bsn_tax(r, k):
    U = set(); p = person(r, "en", None, U)
    return (f"Hello,\n\nYou asked for my citizen service number (BSN) for the transfer tax return: {BS(bsn_fmt(r, bsn(r)))}. "
            f"My date of birth is {DOB(fdate(r, rdate(r, 1988, 2000), 'en', r.randint(0, 3)))}, so I should still qualify for the starter's exemption.\n\n"
            f"Best,\n{P(p.full)}" + (f"\n{EM(p.first.lower() + '.' + p.core.lower() + '@outlook.example')}" if k else ""))

@scen("en", True)
def en_payout_iban(r, k):
    U = set(); p = person(r, "en", None, U); a = uk_addr(r)
    if k == 0:
        return (f"Dear Mr {SS('ruud')},\n\nFollowing the sale of my late mother's house, please transfer my share of the proceeds to my UK account:\n\n"
                f"Account holder: {P(p.full)}\nIBAN: {IB(spaced(gb_iban(r)))}\nBIC: NWBKGB2L\n\nMy address for your records: {AD(a['street'])}, {a['town']} {PC(a['pc'])}.\n\n"
                f"Regards,\n{P(p.full)}\n{PH(uk_phone(r, a['area']))}")
    return (f"{SG('ruud')} - payout for file {dossier(r)} approved by notary. Seller {P(p.full)} asked to split: 50% to {IB(nl_iban(r))}, 50% to {IB(gb_iban(r))} "
            f"(his daughter {P(person(r, 'en', 'f', U, sur=p.sur).first)}). Please double-check the names with the bank statements. - {SG('fiona')}")

@scen("en", True)
def en_will_appointment(r, k):
    U = set(); a = person(r, "en", None, U); ch = [person(r, "en", None, U, sur=a.sur) for _ in range(2)]
    return (f"Hi there,\n\nI'd like to make a Dutch will. I'm {P(a.full)}, we live in {nl_addr(r)['town']} with our two children, "
            f"{P(ch[0].first)} (born {DOB(fdate(r, rdate(r, 2012, 2020), 'en', 0))}) and {P(ch[1].first)} (born {DOB(fdate(r, rdate(r, 2012, 2020), 'en', 0))}). "
            f"I want my sister in Manchester to be their guardian if something happens to us. Can we do this in English?\n\n"
            f"You can call me on {PH(nl_mobile(r))} any weekday.\n\nThanks,\n{P(a.first)}")

@scen("en", True)
def en_estate_probate(r, k):
    U = set(); d = person(r, "en", "m", U); ex = person(r, "en", None, U); a = uk_addr(r)
    return (f"Dear {SF('hester')},\n\nI am the executor of my uncle, {P(d.formal)}, born {DOB(fdate(r, rdate(r, 1935, 1950), 'en', 0))}, who died in Amersfoort on "
            f"{fdate(r, rdate(r, 2025, 2025), 'en', 0)}. He had a will made at your office in 2011. I have applied for a grant of probate in England as well.\n"
            f"Please write to me at {AD(a['street'])}, {a['town']} {PC(a['pc'])}, or e-mail {EM(ex.first[0].lower() + ex.core.lower() + '@btinternet.example')}.\n\n"
            f"Yours sincerely,\n{P(ex.full)}")

@scen("en", True)
def en_quoted_dutch_reply(r, k):
    U = set(); p = person(r, "en", None, U)
    d = fdate(r, rdate(r, 2025, 2025), 'nl', 0)
    return (f"Thanks, that's clear. I'll bring my passport ({ID(nl_doc(r, 'pass'))}, I'm a dual national).\n{P(p.first)}\n\n"
            f"> Op {d} schreef {SF('ilse')} <dossiers@grachtzijde.example>:\n> Beste {P(p.first)},\n> De akte passeert op vrijdag om 10:00. Neemt u een geldig "
            f"identiteitsbewijs mee?\n> Met vriendelijke groet,\n> {SF('ilse')}")

@scen("en", True)
def en_prenup(r, k):
    U = set(); a = person(r, "en", "f", U); b = person(r, "nl", "m", U)
    return (f"Dear notary,\n\nI (American) am marrying {P(b.full)} (Dutch) in {r.choice(['June', 'September', 'October'])}. We want a prenuptial agreement that "
            f"excludes any community of property. I have a US brokerage account and a house in Ohio. My details: {P(a.formal)}, date of birth "
            f"{DOB(fdate(r, rdate(r, 1984, 1997), 'en', 2))}, US passport {ID(str(r.randint(500000000, 599999999)))}.\n"
            f"Could we have the draft in English (bilingual deed)?\n\nBest regards,\n{P(a.full)}")

@scen("en", True)
def en_bv_formation(r, k):
    U = set(); a = person(r, "en", "m", U); b = person(r, "en", "f", U); kk = kvk(r)
    return (f"Hi {SG('bastiaan')},\n\nFor the incorporation of {NP('Northbridge Analytics B.V.')}: shareholders are {P(a.full)} (70%) and "
            f"{NP('Hargrove Ventures Ltd')} (30%), represented by {P(b.full)}. {P(a.first)} is the sole managing director. Our current Dutch entity "
            f"(Chamber of Commerce {KVK(kk)}, VAT {BTW(btw_id(r))}) will license the IP.\n\nPlease send the UBO questionnaire to {EM(b.first.lower() + '@hargrove.example')}.\n\nThanks,\n{P(a.first)}")

@scen("en", True)
def en_lpa(r, k):
    U = set(); f = person(r, "nl", None, U); c = person(r, "en", None, U)
    return (f"Hello {SG('fiona')},\n\nMy father-in-law, {P(f.full)}, wants a levenstestament naming my wife and me as attorneys. He was born on "
            f"{DOB(fdate(r, rdate(r, 1936, 1952), 'en', 0))} and lives at {AD(nl_addr(r)['street'])}. He only speaks Dutch; my wife will translate.\n"
            f"Home phone: {PH(nl_land(r, '033'))}.\n\nBest wishes,\n{P(c.full)}")

@scen("en", True)
def en_portal_chat(r, k):
    U = set(); p = person(r, "en", None, U); ip = pub_ip(r) if k == 0 else pub_ip6(r)
    return (f"[client portal chat]\n{P(p.full)}: hi, I keep getting 'access denied' when I try to open the draft deed\n{SG('fiona')} (Grachtzijde): Sorry about that! "
            f"Which IP address are you on? Our firewall blocks some VPNs.\n{P(p.full)}: it says {IP(ip)}, I'm on the hotel wifi in Lisbon\n"
            f"{SG('fiona')} (Grachtzijde): Thanks, I've asked IT to whitelist it for 24 hours. The draft is version 3 of {dossier(r)}.")

@scen("en", True)
def en_card_payment(r, k):
    U = set(); p = person(r, "en", None, U); c = card(r, r.choice(["visa", "mc", "amex"]))
    return (f"Hi,\n\nI can't do a bank transfer from my US account in time for the invoice ({money(r, 600, 1500, 'en')}). Can you charge my card instead? "
            f"{CC(c)}, exp {r.randint(1, 12):02d}/{r.randint(27, 30)}.\n\nThanks,\n{P(p.full)}\n\n---\nReply from {SF('ruud')}: We cannot accept card payments by e-mail; "
            f"I have deleted your card details from our file. Please use an international transfer to NL85 RABO 0318 8429 57 (BIC RABONL2U).")

@scen("en", True)
def en_id_note(r, k):
    U = set(); p = person(r, r.choice(["en", "ma"]), None, U)
    return (f"File note ({SG('fiona')}, {fdate(r, rdate(r, 2025, 2025), 'en', 0)}): identity of {P(p.full)} verified — passport {ID(nl_doc(r, 'pass')) if k == 0 else ID(uk_pass(r))}, "
            f"residence document {ID(resdoc(r))}. Date of birth on passport {DOB(fdate(r, rdate(r, 1970, 2000), 'en', 1))}. BSN {BS(bsn(r))} checked against BRP extract. "
            f"Source of funds: savings + gift from parents (gift deed {dossier(r)}).")

@scen("en", True)
def en_mortgage_deed(r, k):
    U = set(); a = person(r, "en", None, U); o = nl_addr(r)
    return (f"Dear {SF('bastiaan')},\n\nThe bank has sent the mortgage offer for {AD(o['street'])} ({PC(o['pc'])}). The borrower is just me, {P(a.full)}, "
            f"but the bank lists my old address. My current address is {AD(nl_addr(r)['street'])} in Utrecht. Mortgage amount {money(r, 250000, 500000, 'en')}, "
            f"loan part numbers 01 and 02.\n\nKind regards,\n{P(a.full)}")

@scen("en", True)
def en_estate_inventory(r, k):
    U = set(); d = person(r, "nl", None, U)
    return (f"Estate of {P(d.full)} — summary for the English-speaking heirs\n\n| item | value |\n|---|---|\n"
            f"| house {AD(nl_addr(r)['street'])} | {money(r, 300000, 700000, 'en')} |\n| current account {IB(spaced(nl_iban(r)))} | {money(r, 1000, 20000, 'en')} |\n"
            f"| car, registration {LP(kenteken(r))} | {money(r, 2000, 12000, 'en')} |\n| funeral costs | -{money(r, 6000, 10000, 'en')} |\n\n"
            f"Prepared by {SF('fiona')}. Date of death and inheritance tax return deadline: see file {dossier(r)}.")

@scen("en", True)
def en_change_address(r, k):
    U = set(); p = person(r, "en", None, U); a = nl_addr(r) if k == 0 else uk_addr(r)
    where = f"{AD(a['street'])}, {PC(a['pc'])} {a['town']}" if k == 0 else f"{AD(a['street'])}, {a['town']} {PC(a['pc'])}"
    return (f"hi, just letting you know we moved! new adress: {where}. new mobile {PH(nl_mobile(r) if k == 0 else uk_phone(r, a['area']))}. "
            f"please update the file for our wills ({dossier(r)}). thanks, {P(p.first.lower())}")

@scen("en", True)
def en_agent_thread(r, k):
    U = set(); ag = person(r, "nl", None, U); cl = person(r, "en", None, U)
    return (f"From: {P(ag.full)} <{EM(ag.first.lower().replace('é', 'e').replace('ë', 'e') + '@kromhoutmakelaars.example')}>\nTo: international@grachtzijde.example\n"
            f"Subject: RE: transfer date\n\nDear {SG('fiona')},\n\nThe buyer, {P(cl.full)}, agrees to move the transfer to the {r.randint(1, 28)}th. Deposit of "
            f"{money(r, 20000, 60000, 'en')} was paid into your client account on {fdate(r, rdate(r, 2025, 2025), 'en', 0)}.\n\nBest regards,\n{P(ag.full)}\n"
            f"{NP('Kromhout Makelaars')} | {PH(nl_land(r, '030'))} | M {PH(nl_mobile(r, 1))}")

# ---------------- en, without personal data
@scen("en", False)
def en_free_process(r, k):
    return ("Buying a home in the Netherlands — how it works at Grachtzijde Notaries\n\n1. The estate agent sends us the signed purchase agreement.\n"
            f"2. We check the Land Registry (Kadaster) and draft the deed of transfer.\n3. You pay the balance to our client account (NL25 ABNA 0571 8230 64) "
            f"at least {r.randint(2, 5)} working days before signing.\n4. Transfer tax is 2% for homes you live in yourself; 0% with the starter's exemption "
            f"(purchase price up to {money(r, 510000, 555000, 'en')}).\nQuestions: +31 30 231 4470.")

@scen("en", False)
def en_free_fees(r, k):
    return (f"Fee estimate for file {dossier(r)}: deed of transfer {money(r, 700, 1100, 'en')}, mortgage deed {money(r, 450, 700, 'en')}, Land Registry fees "
            f"{money(r, 150, 200, 'en')}, 21% VAT on fees. Translation surcharge for an English-language deed: {money(r, 150, 300, 'en')}. "
            f"This estimate is valid until {fdate(r, rdate(r, 2025, 2026), 'en', 0)}.")

@scen("en", False)
def en_free_law(r, k):
    return ("Q: Does Dutch law apply to my estate if I'm British but live in Utrecht?\nA: Under the EU Succession Regulation (650/2012) the law of your "
            "habitual residence applies unless you choose the law of your nationality in your will (art. 22). Under the statutory division (art. 4:13 BW) "
            f"the surviving spouse receives all assets; children get a claim. About {r.randint(30, 60)}% of our international clients make a choice of law.")

@scen("en", False)
def en_free_cadastral(r, k):
    return (f"Land Registry extract explained: the parcel is registered as {kad(r, 'en')}, area {r.randint(100, 900)} m². The previous transfer was registered "
            f"on {fdate(r, rdate(r, 1995, 2020), 'en', 0)} (Hyp4 part {r.randint(20000, 90000)}, no. {r.randint(1, 150)}). There is a right of way "
            "and a qualitative obligation about the shared hedge.")

@scen("en", False)
def en_free_office(r, k):
    return crlf(f"Office closure\n\nOur office at Kromme Tuinwal 14, 3512 HR Utrecht is closed on {r.choice(['King’s Day (27 April)', 'Ascension Day', 'Whit Monday'])}. "
                "In case of a death in the family you can reach the notary on call at +31 6 2817 4460. Post can be sent to Postbus 1470, 3500 BL Utrecht." + SIG_EN)

@scen("en", False)
def en_free_scam(r, k):
    return ("Warning: fraudsters send fake e-mails in the name of notary offices asking buyers to pay into a 'new' account. Grachtzijde Notaries will "
            "NEVER change its client account by e-mail. Our only client account is NL25 ABNA 0571 8230 64 (ABNANL2A). If in doubt, call us on 030 231 4470 "
            f"before paying. Reports: {r.randint(3, 14)} attempted frauds in {2024 + k}.")

@scen("en", False)
def en_free_minutes(r, k):
    return (f"Team meeting {fdate(r, rdate(r, 2025, 2025), 'en', 0)}\n- {r.randint(14, 40)} transfers planned this month; 3 files waiting for mortgage deeds\n"
            f"- new KNB guideline on identification (effective {fdate(r, rdate(r, 2025, 2026), 'en', 0)})\n- English templates for wills updated to v{r.randint(2, 5)}.{r.randint(0, 9)}\n"
            f"- files {dossier(r)} and {dossier(r)}: choice-of-law clause to be reviewed by the notary")

@scen("en", False)
def en_free_tech(r, k):
    return (f"Maintenance notice: the client portal will be offline on Saturday from 07:00 to 11:00 (CET) for the upgrade to version {r.randint(4, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}. "
            f"Internal DNS moves to 10.{r.randint(1, 50)}.0.53; test host 127.0.0.1:8443. Documents uploaded before Friday 18:00 are safe.")

@scen("en", False)
def en_free_companies(r, k):
    return (f"Summary of the shareholders' agreement ({dossier(r)}): {NP('Van den Berg Holding B.V.')} holds 50%, {NP('Morgan & Finch Capital Ltd')} 30%, "
            f"{NP('Stichting Administratiekantoor Hofwijck')} 20%. Drag-along at {r.randint(60, 80)}%; deadlock clause art. {r.randint(8, 15)}; non-compete 24 months. "
            f"Share premium {money(r, 100000, 900000, 'en')}. Governing law: Dutch law; art. 2:195 BW on share transfers applies.")

# ---------------- de, with personal data
@scen("de", True)
def de_kaeufer(r, k):
    U = set(); a = person(r, "de", "m", U); b = person(r, "de", "f", U, sur=a.sur); ad = de_addr(r); obj = nl_addr(r)
    return (f"Sehr geehrte Frau {SS('dorothee')},\n\nwir kaufen das Ferienhaus {AD(obj['street'])}, {PC(obj['pc'])} {obj['town']}. Für die Urkunde unsere Daten:\n\n"
            f"{P(a.formal)}, geb. am {DOB(fdate(r, rdate(r, 1955, 1985), 'de', 1))} in Kleve, Personalausweis-Nr. {ID(de_doc(r))}\n"
            f"{P(b.formal)}, geb. {DOB(fdate(r, rdate(r, 1955, 1985), 'de', 0))}, Personalausweis-Nr. {ID(de_doc(r))}\n"
            f"wohnhaft {AD(ad['street'])}, {PC(ad['pc'])} {ad['town']}\n\nWir sind im gesetzlichen Güterstand der Zugewinngemeinschaft verheiratet.\n\n"
            f"Mit freundlichen Grüßen\n{P(a.full)}" + ("\nTel. " + PH(de_land(r, ad['area'])) if k else ""))

@scen("de", True)
def de_erbschein(r, k):
    U = set(); e = person(r, "de", None, U); h = person(r, "de", None, U, sur=e.sur); a = de_addr(r)
    return (f"Sehr geehrte Damen und Herren,\n\nmein Vater {P(e.full)}, geboren am {DOB(fdate(r, rdate(r, 1932, 1950), 'de', 1))}, ist am "
            f"{fdate(r, rdate(r, 2024, 2025), 'de', 1)} in Goch verstorben. Er besaß eine Wohnung in Nijmegen. Das Amtsgericht Kleve (Nachlassgericht) hat "
            f"einen Erbschein erteilt (Az. {r.randint(1, 20)} VI {r.randint(100, 999)}/25), der mich als Alleinerbin ausweist. Reicht das für die "
            f"Umschreibung in den Niederlanden oder brauchen wir eine verklaring van erfrecht?\n\nMit freundlichen Grüßen\n{P(h.full)}\n{AD(a['street'])}\n{PC(a['pc'])} {a['town']}")

@scen("de", True)
def de_iban_auszahlung(r, k):
    U = set(); p = person(r, "de", None, U)
    return (f"Hallo Frau {SS('dorothee')},\n\nbitte überweisen Sie meinen Anteil aus dem Verkauf auf mein deutsches Konto:\nKontoinhaber: {P(p.full)}\n"
            f"IBAN: {IB(spaced(de_iban(r)) if k == 0 else de_iban(r))}\nBIC: {r.choice(['WELADED1KLE', 'GENODED1KLL', 'COBADEFFXXX'])}\n\n"
            f"Ihr Zeichen: {dossier(r)}.\n\nViele Grüße\n{P(p.first)}")

@scen("de", True)
def de_testament_termin(r, k):
    U = set(); p = person(r, "de", None, U); q = person(r, "de", "m" if p.sex == "f" else "f", U)
    return (f"Guten Tag,\n\nmein Mann und ich wohnen seit {r.randint(2005, 2020)} in Venlo und möchten ein Testament nach niederländischem Recht machen, "
            f"mit Rechtswahl für das deutsche Recht (Art. 22 EuErbVO). Wir heißen {P(p.full)} und {P(q.full)}.\nSie erreichen mich unter "
            f"{PH(de_mobile(r))} oder {PH(nl_mobile(r))}.\n\nFreundliche Grüße\n{P(p.first)}")

@scen("de", True)
def de_vorsorgevollmacht(r, k):
    U = set(); m_ = person(r, "de", "f", U); s = person(r, "de", "m", U, sur=m_.sur); a = nl_addr(r)
    return (f"Sehr geehrte Frau {SS('dorothee')},\n\nmeine Mutter {P(m_.full)} (geb. {DOB(fdate(r, rdate(r, 1933, 1948), 'de', 0))}) lebt in einem Pflegeheim in "
            f"Zeist, {AD(a['street'])}. Sie hat eine deutsche Vorsorgevollmacht für mich. Wird diese in den Niederlanden anerkannt, oder braucht sie ein "
            f"levenstestament?\n\nMit freundlichen Grüßen\n{P(s.full)}\nHandy {PH(de_mobile(r))}")

@scen("de", True)
def de_grenzgaenger_bsn(r, k):
    U = set(); p = person(r, "de", None, U)
    return (f"Hallo,\n\nfür die Steuererklärung (Schenkung an meine Tochter) brauchen Sie meine niederländische Bürgerservicenummer: {BS(bsn_fmt(r, bsn(r)))}. "
            f"Ich arbeite als Grenzgänger in Arnheim. Geburtsdatum {DOB(fdate(r, rdate(r, 1965, 1990), 'de', 1))}.\n\nGruß\n{P(p.full)}")

@scen("de", True)
def de_weitergeleitet(r, k):
    U = set(); ra = person(r, "de", None, U); cl = person(r, "de", None, U)
    return (f"---- Weitergeleitete Nachricht ----\nVon: Rechtsanwältin {P(ra.full)} <{EM(ra.core.lower().replace('ß', 'ss').replace('ö', 'oe').replace('ä', 'ae').replace('ü', 'ue') + '@kanzlei-rheinufer.example')}>\n"
            f"Betreff: Nachlass {P(cl.full)}\n\nSehr geehrte Frau Kollegin,\n\nich vertrete die Erben nach {P(cl.full)}. Bitte senden Sie mir eine Kopie des "
            f"Testaments (Urkundenrolle Nr. {r.randint(100, 999)}/{r.randint(2010, 2020)}). Rückfragen gern unter {PH(de_land(r, r.choice(['0211', '0221'])))}.\n\n"
            f"Mit kollegialen Grüßen\n{P(ra.full)}\n{NP('Kanzlei am Rheinufer')}")

@scen("de", True)
def de_gmbh_bv(r, k):
    U = set(); a = person(r, "de", "m", U); b = person(r, "de", "f", U)
    return (f"Sehr geehrter Herr {SS('bastiaan')},\n\ndie {NP('Terhalle Maschinenbau GmbH')} (Amtsgericht Kleve HRB {r.randint(1000, 19999)}) möchte eine niederländische "
            f"Tochter-B.V. gründen. Geschäftsführer: {P(a.full)} und {P(b.full)}. Bitte schicken Sie den Entwurf der Satzung an {EM(b.first.lower() + '.' + b.core.lower().replace('ö', 'oe').replace('ä', 'ae').replace('ü', 'ue').replace('ß', 'ss') + '@terhalle.example')}.\n\n"
            f"Mit freundlichen Grüßen\n{P(a.full)}")

@scen("de", True)
def de_ehevertrag(r, k):
    U = set(); a = person(r, "de", "f", U); b = person(r, "nl", "m", U); ad = nl_addr(r)
    return (f"Liebe Frau {SS('dorothee')},\n\nwie besprochen unsere Angaben für die huwelijkse voorwaarden (Ehevertrag):\n\nBraut: {P(a.formal)}, geboren "
            f"{DOB(fdate(r, rdate(r, 1985, 1998), 'de', 0))}, Reisepass {ID(de_doc(r))}\nBräutigam: {P(b.formal)}, geboren {DOB(fdate(r, rdate(r, 1985, 1998), 'de', 1))}\n"
            f"gemeinsame Anschrift: {AD(ad['street'])}, {PC(ad['pc'])} {ad['town']}\n\nHerzliche Grüße\n{P(a.first)}")

@scen("de", True)
def de_chat(r, k):
    U = set(); p = person(r, "de", None, U)
    return (f"{P(p.first.lower())}: hallo, brauchen Sie noch die Kopie vom ausweis?\n{SG('dorothee')}: Guten Morgen! Ja, bitte bringen Sie das Original zum Termin mit.\n"
            f"{P(p.first.lower())}: ok. nummer ist {ID(de_doc(r))} falls sie das vorher brauchen\n{SG('dorothee')}: Danke, notiert. Bis {r.choice(['Montag', 'Dienstag', 'Freitag'])}!")

@scen("de", True)
def de_nachlass_inventar(r, k):
    U = set(); e = person(r, "de", None, U)
    return (f"Nachlassverzeichnis {P(e.full)} (Akte {dossier(r)})\n- Girokonto {IB(spaced(nl_iban(r)))}: {money(r, 1000, 20000, 'de')}\n"
            f"- Sparkonto Sparkasse {IB(spaced(de_iban(r)))}: {money(r, 5000, 80000, 'de')}\n- Pkw, niederländisches Kennzeichen {LP(kenteken(r))}: {money(r, 2000, 15000, 'de')}\n"
            f"- Grundbesitz Emmerich (Grundbuch von Emmerich Blatt {r.randint(1000, 9999)}, Flur {r.randint(1, 40)}, Flurstück {r.randint(10, 900)})\nerstellt: {SF('dorothee')}")

@scen("de", True)
def de_adressaenderung(r, k):
    U = set(); p = person(r, "de", None, U); a = de_addr(r)
    return crlf(f"Guten Tag,\n\nich bin umgezogen. Neue Anschrift:\n{P(p.full)}\n{AD(a['street'])}\n{PC(a['pc'])} {a['town']}\nTelefon {PH(de_land(r, a['area']))}\n\n"
                f"Bitte ändern Sie das für die Akte {dossier(r)}.\n\nMfG\n{P(p.full)}")

@scen("de", True)
def de_id_pruefung(r, k):
    U = set(); p = person(r, "de", None, U)
    return (f"Aktennotiz {SG('dorothee')}, {fdate(r, rdate(r, 2025, 2025), 'de', 1)}: Identität {P(p.full)} anhand Personalausweis {ID(de_doc(r))} festgestellt, "
            f"Geburtsdatum {DOB(fdate(r, rdate(r, 1950, 2000), 'de', 1))}. Wohnsitz Deutschland, kein BSN vorhanden — RNI-Eintragung beantragt. Dolmetscherin nicht erforderlich.")

# ---------------- de, without personal data
@scen("de", False)
def de_free_grundbuch(r, k):
    return (f"Grundbuchauszug: Grundbuch von {r.choice(['Kleve', 'Goch', 'Emmerich'])} Blatt {r.randint(1000, 9999)}, Gemarkung {r.choice(['Kellen', 'Materborn', 'Pfalzdorf'])}, "
            f"Flur {r.randint(1, 40)}, Flurstück {r.randint(10, 900)}/{r.randint(1, 9)}, Gebäude- und Freifläche, {r.randint(300, 1500)} m². Abteilung III: "
            f"Grundschuld über {money(r, 100000, 400000, 'de')}. Urkundenrolle Nr. {r.randint(100, 999)}/{2025 - k}.")

@scen("de", False)
def de_free_kosten(r, k):
    return (f"Kostenübersicht (Akte {dossier(r)}): Lieferungsurkunde {money(r, 700, 1100, 'de')}, Hypothekenurkunde {money(r, 400, 700, 'de')}, Katastergebühren "
            f"{money(r, 150, 200, 'de')}, zzgl. 21 % MwSt. Die Grunderwerbsteuer (overdrachtsbelasting) beträgt {r.choice(['2 %', '10,4 %', '8 %'])}. "
            f"Zahlung auf das Anderkonto NL25 ABNA 0571 8230 64.")

@scen("de", False)
def de_free_ablauf(r, k):
    return ("Ablauf eines Immobilienkaufs in den Niederlanden: Der Makler schickt den Kaufvertrag an den Notar; nach drei Tagen Bedenkzeit (art. 7:2 BW) "
            f"ist der Vertrag bindend. Die Übergabe erfolgt durch notarielle Urkunde (levering), die im Kadaster eingetragen wird. Dauer etwa {r.randint(6, 12)} Wochen. "
            "Der Kaufpreis wird über das Anderkonto des Notars abgewickelt.")

@scen("de", False)
def de_free_autoreply(r, k):
    return (f"Automatische Antwort: Vielen Dank für Ihre Nachricht. Unser Büro ist vom {r.randint(20, 27)}.12. bis {r.randint(1, 3)}.01. geschlossen. "
            "In dringenden Fällen (Sterbefall) erreichen Sie uns unter +31 6 2817 4460." + SIG_DE)

@scen("de", False)
def de_free_erbrecht(r, k):
    return ("FAQ: Gilt mein deutsches Testament in den Niederlanden? Ja, ein formgültiges Testament wird nach dem Haager Testamentsformübereinkommen "
            "anerkannt. Für Erbfälle ab dem 17.08.2015 gilt die EuErbVO: maßgeblich ist der gewöhnliche Aufenthalt (Art. 21), es sei denn, Sie wählen Ihr "
            f"Heimatrecht (Art. 22). Ein Erbschein (§ 2353 BGB) wird von niederländischen Banken meist akzeptiert; Kosten für eine verklaring van erfrecht ca. {money(r, 600, 900, 'de')}.")

@scen("de", False)
def de_free_termine(r, k):
    return (f"Terminübersicht Deutschland-Desk, KW {r.randint(2, 50)}\n" + "\n".join(
        f"{r.choice(['Mo', 'Di', 'Mi', 'Do', 'Fr'])} {r.randint(9, 16)}:00 – {r.choice(['Beurkundung Kauf', 'Testamentsbesprechung', 'Ehevertrag', 'Erbschein-Prüfung'])} – Akte {dossier(r)}"
        for _ in range(4)) + "\nDolmetscher über das Register Wbtv bestellt.")

@scen("de", False)
def de_free_warnung(r, k):
    return ("Achtung Betrug: Derzeit kursieren gefälschte E-Mails, angeblich von niederländischen Notaren, mit der Bitte, den Kaufpreis auf ein neues Konto zu "
            "überweisen. Das Notariat Grachtzijde ändert seine Kontoverbindung niemals per E-Mail. Unser Anderkonto: NL25ABNA0571823064. Im Zweifel rufen Sie "
            f"uns an: +31 30 231 4470 (Stand {r.randint(1, 28)}.{r.randint(1, 12)}.2025).")

# ----------------------------------------------------------------------------------------------
# validators used by the audit
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}")
def value_ok(label, v):
    if label == "IBAN": return iban_valid(v) and re.sub(r"\s", "", v).upper() not in ORG["ibans"]
    if label == "BSN":
        mm = re.fullmatch(r"NL(\d{9})B\d\d", v)
        return elfproef(mm.group(1)) if mm else (bool(re.fullmatch(r"\d{9}|\d{4}\.\d\d\.\d{3}|\d{3}([ -])\d{3}\1\d{3}", v)) and elfproef(v))
    if label == "PHONE": return phone_ok(v)
    if label == "POSTCODE":
        mm = re.fullmatch(r"([1-9]\d{3}) ?([A-Z]{2})", v)
        if mm: return mm.group(2) not in ("SA", "SD", "SS")
        return bool(re.fullmatch(r"[1-9]\d{3}|\d{5}", v)) or bool(UK_PC.fullmatch(v))
    if label == "DATE_OF_BIRTH":
        d = date_parse(v); return 1900 <= d.year <= 2025
    if label == "ID_DOCUMENT":
        return (nl_doc_ok(v) or de_doc_ok(v) or bool(re.fullmatch(r"\d{9}", v)) or bool(re.fullmatch(r"(I|II|III|IV)-V[A-NP-Z1-9]{8}", v))
                or bool(re.fullmatch(r"[A-Z]{2}\d{7}", v)))
    if label == "KVK": return bool(re.fullmatch(r"\d{8}", v)) and v not in ORG["kvk"]
    if label == "BTW_ID": return btw_ok(v) and v not in ORG["btw"]
    if label == "CREDIT_CARD": return luhn_ok(v) and card_iin_ok(v)
    if label == "IP_ADDRESS": return ipaddress.ip_address(v).is_global
    if label == "LICENSE_PLATE": return kenteken_ok(v)
    if label == "EMAIL": return bool(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v)) and not v.lower().endswith("grachtzijde.example")
    if label == "ADDRESS": return bool(re.search(r"\d", v)) and bool(re.search(r"[A-Za-zÀ-ÿ]{3}", v))
    if label == "PERSON": return not re.search(r"\d|@", v) and len(v) >= 2
    return False

BIRTH = re.compile(r"(?i)geb\.|geboren|geboorte|born|birth|geburt|\bDOB\b")
REFW = re.compile(r"(?i)dossier|factuur|nota|akte|kenmerk|lening|urkunde|rechnung|invoice|file|reference|az\.")
NAME_TOKENS = sorted({t for o in NAMES.values() for key in ("m", "f") for t in o[key]} |
                     {o2.split()[-1] for o in NAMES.values() for o2 in o["s"]} |
                     {v[0] for v in STAFF.values()} | {v[1].split()[-1] for v in STAFF.values()})
DATE_RX = re.compile(r"\d{1,2}\.? [A-Za-zä]+ \d{4}|\d{4}-\d\d-\d\d|\d{1,2}[-./]\d{1,2}[-./]\d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}")

def audit(rid, text, spans, nonp, pii):
    errs = []
    last = -1
    cov = [False] * len(text)
    for s, e, l, v in spans:
        if s < last: errs.append(f"overlap/unsorted {v!r}")
        last = e
        if text[s:e] != v: errs.append(f"slice {v!r}")
        if v != v.strip() or v.strip(".,;:!?()'\"") != v: errs.append(f"edge {l} {v!r}")
        try:
            ok = value_ok(l, v)
        except Exception as ex:
            ok = False
        if not ok: errs.append(f"invalid {l} {v!r}")
        if l == "DATE_OF_BIRTH" and not BIRTH.search(text[max(0, s - 80):s]): errs.append(f"no birth word {v!r}")
        for o in ORG_FORMS + ORG["names"]:
            if o in v: errs.append(f"org inside span {v!r}")
        for i in range(s, e): cov[i] = True
    # every repeat of a labelled value is covered
    for s, e, l, v in spans:
        i = text.find(v)
        while i >= 0:
            if not all(cov[i:i + len(v)]): errs.append(f"unlabelled repeat {l} {v!r}")
            i = text.find(v, i + 1)
    masked = list(text)
    for i, c in enumerate(cov):
        if c: masked[i] = " "
    for s, e in nonp:
        for i in range(s, e): masked[i] = " "
    mt = "".join(masked)
    for o in sorted(ORG_FORMS + ORG["names"], key=len, reverse=True):
        mt = mt.replace(o, " " * len(o))
    # scanners: nothing of these may be left unlabelled
    for mm in re.finditer(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", mt):
        if not mm.group().lower().endswith("grachtzijde.example"): errs.append(f"unlabelled email {mm.group()!r}")
    for mm in re.finditer(r"(?i)\b[a-z]{2}\d{2}[a-z0-9 \u00a0]{10,40}", mt):
        c = re.sub(r"[ \u00a0]", "", mm.group())
        if any(iban_valid(c[:n]) for n in range(15, min(len(c), 34) + 1)): errs.append(f"unlabelled iban {mm.group()!r}")
    for mm in re.finditer(r"(?<![\w.,/])(\d{4}\.\d{2}\.\d{3}|\d{3}[ -]\d{3}[ -]\d{3}|\d{9})(?![\w])", mt):
        line_start = mt.rfind("\n", 0, mm.start()) + 1
        if elfproef(mm.group()) and not REFW.search(mt[max(line_start, mm.start() - 40):mm.start()]):
            errs.append(f"unlabelled elfproef {mm.group()!r}")
    for mm in re.finditer(r"(?:\+31|0031|\b0)[\s\-]?(?:\(0\))?\s?6[\s\-]?[1-58](?:[\s\-]?\d){7}(?!\d)", mt):
        errs.append(f"unlabelled mobile {mm.group()!r}")
    for mm in re.finditer(r"\b[1-9]\d{3} ?([A-Z]{2})\b", mt):
        if mm.group(1) not in ("SA", "SD", "SS"): errs.append(f"unlabelled postcode {mm.group()!r}")
    for mm in re.finditer(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)", mt):
        if luhn_ok(mm.group()) and card_iin_ok(mm.group()): errs.append(f"unlabelled card {mm.group()!r}")
    for mm in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", mt):
        try:
            if ipaddress.ip_address(mm.group()).is_global: errs.append(f"unlabelled ip {mm.group()!r}")
        except ValueError:
            pass
    for mm in re.finditer(r"(?i)(kvk|chamber of commerce|handelsregister)[^\d\n]{0,20}(\d{8})(?!\d)", mt):
        errs.append(f"unlabelled kvk {mm.group()!r}")
    for mm in re.finditer(r"(?i)NL\d{9}B\d\d", mt):
        errs.append(f"unlabelled btw {mm.group()!r}")
    for mm in BIRTH.finditer(mt):
        dm = DATE_RX.search(mt[mm.end():mm.end() + 30])
        if dm: errs.append(f"unlabelled birth date {dm.group()!r}")
    for t in NAME_TOKENS:
        for mm in re.finditer(r"(?<![\wÀ-ÿ-])" + re.escape(t) + r"(?![\wÀ-ÿ-])", mt, re.I):
            errs.append(f"unlabelled name token {t!r}")
    if bool(spans) != pii: errs.append(f"pii={pii} but {len(spans)} spans")
    return [f"{rid}: {x}" for x in errs]

# ----------------------------------------------------------------------------------------------
def self_test():
    n = 0
    def ck(c, what):
        nonlocal n; n += 1
        assert c, what
    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "999999990", "111111110"]: ck(elfproef(v), v)
    for v in ["123456789", "111222334", "000000000", "999999999"]: ck(not elfproef(v), v)
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL20INGB0001234567", "BE71 0961 2345 6769",
              "DE89370400440532013000", "GB82WEST12345698765432", "NL68KNAB0123456789", "NL32BUNQ2012345678"]: ck(iban_valid(v), v)
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL00ABNA0417164300", "DE89370400440532013001"]: ck(not iban_valid(v), v)
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13"]: ck(btw_ok(v), v)
    for v in ["NL000099998B58", "NL123456789B56", "NL12345678B01", "NL004495445B01"]: ck(not btw_ok(v), v)
    ck(value_ok("BSN", "NL004495445B01"), "OB")
    for v in ["4111111111111111", "5555555555554444", "2221000000000009", "378282246310005"]: ck(luhn_ok(v) and card_iin_ok(v), v)
    for v in ["4111111111111112", "1234567812345678"]: ck(not luhn_ok(v), v)
    ck(luhn_ok("490154203237518") and not card_iin_ok("490154203237518"), "imei")
    for v in ["SPECI2014", "XR1001R58", "NW1234P56"]: ck(nl_doc_ok(v), v)
    for v in ["NO1234567", "N12345678", "NP123456A"]: ck(not nl_doc_ok(v), v)
    for v in ["GB-12-DF", "1-KBB-12", "123-BB-1"]: ck(kenteken_ok(v), v)
    for v in ["12-ABC-3", "1-NSB-12", "AB-1234"]: ck(not kenteken_ok(v), v)
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "+32 470 12 34 56", "0151 23456789", "+49 151 23456789", "07700 900123"]:
        ck(phone_ok(v), v)
    for v in ["06-1234567", "067 1234567", "012-3456789", "030 231 4470"]: ck(not phone_ok(v), v)
    for v in ["1012 AB", "9999 ZZ", "2000", "47533", "BS6 7QT"]: ck(value_ok("POSTCODE", v), v)
    for v in ["1012 SS", "0123 AB", "10123 AB"]: ck(not value_ok("POSTCODE", v), v)
    ck(ipaddress.ip_address("84.12.3.4").is_global and not ipaddress.ip_address("192.168.1.10").is_global, "ip")
    ck(date_parse("12 maart 1980") == datetime.date(1980, 3, 12) and date_parse("3. März 1970") == datetime.date(1970, 3, 3), "dates")
    # organisation's own data is valid and distinct
    for ib in ORG["ibans"]: ck(iban_valid(ib), ib)
    ck(elfproef(ORG["btw"][0][2:11]), "org OB")
    ck(phone_ok("06 12345678") and not phone_ok("06 2817 4460"), "org mobile excluded")
    r = random.Random("selftest")
    for _ in range(300):
        ck(elfproef(bsn(r)), "bsn gen"); ck(iban_valid(nl_iban(r)) and iban_valid(de_iban(r)) and iban_valid(be_iban(r)) and iban_valid(gb_iban(r)), "iban gen")
        ck(btw_ok(btw_id(r)), "btw gen"); ck(nl_doc_ok(nl_doc(r, "pass")) and de_doc_ok(de_doc(r)), "doc gen"); ck(kenteken_ok(kenteken(r)), "kt gen")
        ck(luhn_ok(card(r, "visa")) and luhn_ok(card(r, "amex")), "card gen"); ck(phone_ok(nl_mobile(r)) and phone_ok(be_gsm(r)) and phone_ok(de_mobile(r)), "phone gen")
        b = be_iban(r); ck(int(b[4:14]) % 97 in (int(b[14:]), 0) or int(b[14:]) == 97, "be national check")
    return n

def main():
    nchk = self_test()
    recs = {"nl": [], "en": [], "de": []}
    for lang, pii, name, f in SCEN:
        for k in (0, 1):
            r = random.Random(f"{SEED}:{name}:{k}")
            marked = f(r, k)
            if name.startswith(("nl_belgische", "de_adres")) and k == 1 or (name in ("nl_hypotheekakte", "en_agent_thread", "de_kaeufer") and k == 0):
                marked = crlf(marked)
            if name in ("nl_iban_uitbetaling", "en_payout_iban", "de_iban_auszahlung") and k == 0:
                # NBSP inside a spaced IBAN, as pasted from a banking app
                marked = re.sub(r"(IBAN:? \ue000IBAN\ue001[A-Z]{2}\d\d) ", "\\1" + NBSP, marked)
            recs[lang].append((name, k, pii, marked))
    out, errs, vals = [], [], []
    for lang in ("nl", "en", "de"):
        lst = recs[lang]
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(lst)
        for i, (name, k, pii, marked) in enumerate(lst, 1):
            rid = f"h28-{lang}-{i:03d}"
            text, bspans, cspans, nonp = render(marked)
            errs += audit(rid, text, cspans, nonp, pii)
            out.append({"id": rid, "lang": lang, "text": text, "spans": bspans}); vals.append([(l, v) for _, _, l, v in cspans])
    texts = [o["text"] for o in out]
    if len(set(texts)) != len(texts): errs.append("duplicate texts")
    if errs:
        print("\n".join(errs[:80]), file=sys.stderr); print(f"{len(errs)} audit errors", file=sys.stderr); sys.exit(1)
    data = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out).encode("utf-8")
    # re-read and re-slice every span from the serialized bytes
    lines = data.decode("utf-8").split("\n")[:-1]
    assert len(lines) == len(out) == 150
    for line, want in zip(lines, vals):
        back = json.loads(line); tb = back["text"].encode("utf-8")
        got = [(sp["label"], tb[sp["start"]:sp["end"]].decode("utf-8")) for sp in back["spans"]]
        assert got == want, (back["id"], got, want)
        assert all(sp["label"] in LABELS and sp["start"] < sp["end"] for sp in back["spans"])
    with open(os.path.join(HERE, "gold.jsonl"), "wb") as fh:
        fh.write(data)
    # statistics
    cnt = {l: {g: 0 for g in ("nl", "en", "de")} for l in LABELS}
    free = {g: 0 for g in ("nl", "en", "de")}; nmsg = {g: 0 for g in ("nl", "en", "de")}
    lens = sorted(len(o["text"].encode()) for o in out)
    for o in out:
        nmsg[o["lang"]] += 1
        if not o["spans"]: free[o["lang"]] += 1
        for sp in o["spans"]: cnt[sp["label"]][o["lang"]] += 1
    print(f"self-test checks: {nchk}; audit: 0 errors")
    print(f"messages: {nmsg}; without PII: {free} = {sum(free.values())} ({100 * sum(free.values()) / len(out):.1f} %)")
    print(f"length bytes: {lens[0]}–{lens[-1]} (median {lens[len(lens) // 2]}); non-ASCII texts: {sum(1 for o in out if not o['text'].isascii())}; "
          f"CRLF: {sum(1 for o in out if chr(13) in o['text'])}; NBSP: {sum(1 for o in out if NBSP in o['text'])}")
    print("| label | nl | en | de | total |\n|---|---:|---:|---:|---:|")
    for l in LABELS:
        c = cnt[l]; print(f"| `{l}` | {c['nl']} | {c['en']} | {c['de']} | {sum(c.values())} |")
    tot = {g: sum(cnt[l][g] for l in LABELS) for g in ("nl", "en", "de")}
    print(f"| total | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")
    print("sha256(gold.jsonl) =", hashlib.sha256(data).hexdigest())

if __name__ == "__main__":
    main()
