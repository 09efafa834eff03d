#!/usr/bin/env python3
"""heldout14 generator: a Dutch staffing / temp agency (uitzendbureau), Maaskracht Uitzendgroep B.V.

Python 3.11, standard library only. Deterministic: every instance uses random.Random(<string>) (string seeds
are hashed with SHA-512 by `random`, so PYTHONHASHSEED has no effect). Writes gold.jsonl next to this file,
prints statistics and the sha256 of gold.jsonl. Refuses to write if any self-check or audit fails.
"""
import datetime
import hashlib
import json
import os
import random
import re
import sys

SEED = "heldout14-maaskracht-v1"
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------------------------------------
# markup: values are written with mark(LABEL, value); render() strips the sentinels and records byte offsets
S0, S1, S2 = "\ue000", "\ue001", "\ue002"
LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]


def mark(label, value):
    assert label in LABELS, label
    assert value == value.strip() and value, repr(value)
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


def render(marked):
    out, spans, nbytes, i = [], [], 0, 0
    while i < len(marked):
        c = marked[i]
        if c == S0:
            j = marked.index(S1, i)
            k = marked.index(S2, j)
            label, value = marked[i + 1:j], marked[j + 1:k]
            assert S0 not in value
            b = len(value.encode("utf-8"))
            spans.append({"start": nbytes, "end": nbytes + b, "label": label, "_value": value})
            out.append(value)
            nbytes += b
            i = k + 1
        else:
            out.append(c)
            nbytes += len(c.encode("utf-8"))
            i += 1
    return "".join(out), spans


# ---------------------------------------------------------------------------------------------------------
# validators (from shared/reference/dutch-pii-formats.md)
def bsn_ok(s):
    d = re.sub(r"[ .\-\u00a0]", "", s)
    if not d.isdigit() or len(d) not in (8, 9):
        return False
    d = d.zfill(9)
    if int(d) == 0:
        return False
    return (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 0


def _num36(s):
    return int("".join(str(int(c, 36)) for c in s))


IBAN_LEN = {"NL": 18, "DE": 22, "BE": 16, "PL": 28, "RO": 24, "PT": 25, "ES": 24, "GB": 22, "UA": 29, "FR": 27}
IBAN_RE = {"NL": r"[A-Z]{4}\d{10}", "DE": r"\d{18}", "BE": r"\d{12}", "PL": r"\d{24}", "RO": r"[A-Z]{4}[0-9A-Z]{16}",
           "PT": r"\d{21}", "ES": r"\d{20}", "GB": r"[A-Z]{4}\d{14}", "UA": r"\d{6}[0-9A-Z]{19}",
           "FR": r"\d{10}[0-9A-Z]{11}\d{2}"}


def iban_ok(s):
    c = re.sub(r"[ .\-\u00a0]", "", s).upper()
    cc = c[:2]
    if cc not in IBAN_LEN or len(c) != IBAN_LEN[cc] or not re.fullmatch(IBAN_RE[cc], c[4:]):
        return False
    return _num36(c[4:] + c[:4]) % 97 == 1


def iban_make(cc, bban):
    n = _num36(bban + cc + "00")
    return f"{cc}{98 - n % 97:02d}{bban}"


def btw_ok(s):
    c = re.sub(r"[ .\-\u00a0]", "", s).upper()
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", c)) and c[-2:] != "00" and _num36(c) % 97 == 1


def luhn_ok(s):
    d = re.sub(r"[ \-\u00a0]", "", s)
    if not d.isdigit():
        return False
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def card_iin_ok(s):
    d = re.sub(r"[ \-\u00a0]", "", s)
    if d[0] == "4" and len(d) in (13, 16, 19):
        return True
    if (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720) and len(d) == 16:
        return True
    if d[:2] in ("34", "37") and len(d) == 15:
        return True
    return False


def postcode_nl_ok(s):
    c = s.replace(" ", "").replace("\u00a0", "")
    return bool(re.fullmatch(r"[1-9]\d{3}[A-Z]{2}", c)) and c[4:] not in ("SA", "SD", "SS")


def docnr_nl_ok(s):
    c = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}[0-9]", c)) and "O" not in c


def pl_id_ok(s):
    c = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{3}\d{6}", c):
        return False
    vals = [int(ch, 36) for ch in c]
    w = [7, 3, 1, 0, 7, 3, 1, 7, 3]
    return sum(a * b for a, b in zip(vals, w)) % 10 == vals[3]


def nl_phone_ok(s):
    d = re.sub(r"[^\d+]", "", s.replace("(0)", ""))
    if d.startswith("+31"):
        d = "0" + d[3:]
    elif d.startswith("0031"):
        d = "0" + d[4:]
    if re.fullmatch(r"06[1-58]\d{7}", d):
        return True
    return bool(re.fullmatch(r"0(10|13|40|77|46|43|73|76|30|20|24|26|492|493|495|475|478|416|418|85)\d+", d)) and len(d) == 10


SIDECODE = [r"[A-Z]{2}-\d{2}-\d{2}", r"\d{2}-\d{2}-[A-Z]{2}", r"\d{2}-[A-Z]{2}-\d{2}", r"[A-Z]{2}-\d{2}-[A-Z]{2}",
            r"[A-Z]{2}-[A-Z]{2}-\d{2}", r"\d{2}-[A-Z]{2}-[A-Z]{2}", r"\d{2}-[A-Z]{3}-\d", r"\d-[A-Z]{3}-\d{2}",
            r"[A-Z]{2}-\d{3}-[A-Z]", r"[A-Z]-\d{3}-[A-Z]{2}", r"[A-Z]{3}-\d{2}-[A-Z]", r"[A-Z]-\d{2}-[A-Z]{3}",
            r"\d-[A-Z]{2}-\d{3}", r"\d{3}-[A-Z]{2}-\d"]
BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS", "KVT", "VVD", "SP"]


def kenteken_ok(s):
    c = s.upper().replace(" ", "-")
    if not any(re.fullmatch(p, c) for p in SIDECODE):
        return False
    letters = "".join(ch for ch in c if ch.isalpha())
    groups = re.findall(r"[A-Z]+", c)
    return not any(b in g for g in groups for b in BANNED)


def de_plate_ok(s):
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} \d{1,4}", s))


def date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
        return 1940 <= y <= 2008
    except ValueError:
        return False


# ---------------------------------------------------------------------------------------------------------
# the organisation (never labelled)
ORG = {
    "names": ["Maaskracht Uitzendgroep B.V.", "Maaskracht Uitzendgroep", "Maaskracht", "Maaskracht Payroll",
              "Maaskracht Logies", "Logies De Dorsvloer", "Maaskracht Tilburg", "Maaskracht Personaldienstleistungen"],
    "domains": ["maaskracht.example"],
    "phones": ["077 320 4500", "013 744 2810", "06 4821 7730"],
    "ibans": ["NL60RABO0312556740", "NL52INGB0007391842"],
    "addresses": ["Nijverheidsweg 88, 5916 NX Venlo", "Postbus 3170, 5902 RD Venlo",
                  "Heierhoeveweg 7, 5928 RW Venlo", "Ringbaan-Oost 302, 5013 CD Tilburg"],
    "kvk": ["71843026"],
    "btw": ["NL763777523B01"],
    "handles": ["@maaskracht", "@maaskracht_jobs", "@MaaskrachtWerkt"],
}
RSIN = "763777523"
TRANSMAAS_KVK = "68214597"        # client company Trans-Maas Logistics B.V. (a business customer: KVK / BTW_ID are labelled)
TRANSMAAS_BTW = "NL859204316B65"
LHN = "763777523L01"  # loonheffingennummer of the agency (RSIN + L01)
ORG_IBAN_SP = "NL60 RABO 0312 5567 40"
ORG_IBAN2 = "NL52INGB0007391842"

# staff (PERSON wherever they occur)
STAFF = {
    "yvonne": ("Yvonne", "Lemmens", "recruiter Venlo"),
    "kevin": ("Kevin", "Hoeymakers", "planner"),
    "ellen": ("Ellen", "Smeets", "payroll"),
    "marek": ("Marek", "Nowicki", "housing coordinator"),
    "anja": ("Anja", "Kemperdick", "German desk"),
    "ruben": ("Ruben", "Matulessy", "intercedent Tilburg"),
}


def staff(key, full=True):
    f, l, _ = STAFF[key]
    return f"{f} {l}" if full else f


# ---------------------------------------------------------------------------------------------------------
# synthetic people (hand-written lists for this set)
NAMES = {
    "pl": {"F": ["Katarzyna", "Agnieszka", "Małgorzata", "Joanna", "Zofia", "Weronika"],
           "M": ["Łukasz", "Paweł", "Grzegorz", "Tomasz", "Wojciech", "Przemysław"],
           "SF": ["Wróblewska", "Szczepańska", "Kołodziej", "Zielińska", "Dąbrowska", "Pietrzak", "Jabłońska"],
           "SM": ["Wróblewski", "Szczepański", "Kołodziej", "Zieliński", "Jabłoński", "Michalak", "Gałązka"]},
    "ro": {"F": ["Ioana", "Andreea", "Mihaela", "Florentina", "Daniela"],
           "M": ["Ionuț", "Mihai", "Ștefan", "Bogdan", "Cătălin", "Răzvan"],
           "S": ["Popescu", "Dumitrașcu", "Stănescu", "Munteanu", "Ciobanu", "Răducanu", "Vâlcu"]},
    "pt": {"F": ["Conceição", "Joana", "Mariana", "Inês"], "M": ["João", "Tiago", "Gonçalo", "Sebastião"],
           "S": ["Magalhães", "Fonseca", "Guimarães", "Simões", "Carvalhão", "Loureiro"]},
    "es": {"F": ["Begoña", "Nuria", "Maite"], "M": ["Íñigo", "Alejandro", "Sergio", "Joaquín"],
           "S": ["Ibáñez", "Muñoz Ortega", "Castañeda", "Peñalver", "Ordóñez"]},
    "in": {"F": ["Ananya", "Priyanka", "Lakshmi", "Divya"], "M": ["Rohan", "Arjun", "Siddharth", "Karthik"],
           "S": ["Venkataraman", "Kulkarni", "Menon", "Chaudhary", "Pillai", "Raghunathan"]},
    "sy": {"F": ["Rasha", "Lina", "Nour"], "M": ["Yazan", "Omar", "Khaled", "Firas"],
           "S": ["Al-Hamwi", "Haddad", "Kassab", "Darwish", "Al-Sabbagh"]},
    "er": {"F": ["Selam", "Yohanna", "Freweyni"], "M": ["Tesfay", "Habtom", "Filmon", "Mussie"],
           "S": ["Ghebremedhin", "Tesfamariam", "Berhane", "Woldu", "Kidane"]},
    "ua": {"F": ["Oksana", "Iryna", "Yuliia"], "M": ["Dmytro", "Oleksandr", "Taras", "Bohdan"],
           "S": ["Kovalenko", "Bondarchuk", "Hrytsenko", "Melnychuk", "Savchuk"]},
    "de": {"F": ["Jördis", "Käthe", "Svenja", "Anke", "Gesine"], "M": ["Jörg", "Björn", "Heiko", "Uwe", "Malte"],
           "S": ["Schöttler", "Großkämper", "Terhoeven", "Brüggemann", "Wilmsen", "Heußen", "Kötter"]},
    "gb": {"F": ["Siobhan", "Harriet", "Kirsty"], "M": ["Callum", "Gareth", "Ewan", "Rhys"],
           "S": ["Pryce-Whitmore", "Haddleton", "McCrindle", "Ashworth", "Tolliver"]},
    "nl": {"F": ["Sanne", "Marloes", "Femke", "Ilse", "Noor", "Esmée"], "M": ["Bram", "Joost", "Sjoerd", "Thijs", "Ruud", "Teun"],
           "S": ["van Lieshout", "ter Haar", "Kuijpers", "de Wijs", "van 't Zand", "Verhoeven", "van der Veeken",
                 "Timmermans", "Gielen", "op de Laak"]},
}
NATION = {"pl": ("Pools", "Polish", "polnisch"), "ro": ("Roemeens", "Romanian", "rumänisch"),
          "pt": ("Portugees", "Portuguese", "portugiesisch"), "es": ("Spaans", "Spanish", "spanisch"),
          "in": ("Indiaas", "Indian", "indisch"), "sy": ("Syrisch", "Syrian", "syrisch"),
          "er": ("Eritrees", "Eritrean", "eritreisch"), "ua": ("Oekraïens", "Ukrainian", "ukrainisch"),
          "de": ("Duits", "German", "deutsch"), "gb": ("Brits", "British", "britisch"), "nl": ("Nederlands", "Dutch", "niederländisch")}


def strip_acc(s):
    tbl = str.maketrans("łŁąćęńóśźżșțăâîãçñöäüßíéáúÍÉ'", "lLacenoszzstaaiacnoaubieauIE_")
    return s.translate(tbl).lower().replace(" ", "").replace("-", "").replace("_", "")


class Person:
    def __init__(self, rng, origin, sex=None):
        n = NAMES[origin]
        self.sex = sex or rng.choice("FM")
        self.first = rng.choice(n[self.sex])
        if "S" in n:
            self.last = rng.choice(n["S"])
        else:
            self.last = rng.choice(n["S" + self.sex])
        self.origin = origin
        self.full = f"{self.first} {self.last}"
        if origin == "nl" and self.last[0].islower():
            self.formal = self.last[0].upper() + self.last[1:]
        else:
            self.formal = self.last

    def email(self, rng):
        dom = {"pl": ["wp.pl", "onet.pl", "gmail.com"], "ro": ["yahoo.ro", "gmail.com"], "pt": ["sapo.pt", "gmail.com"],
               "es": ["hotmail.es", "gmail.com"], "in": ["gmail.com", "rediffmail.com"], "sy": ["gmail.com", "hotmail.com"],
               "er": ["gmail.com", "yahoo.com"], "ua": ["ukr.net", "gmail.com"], "de": ["web.de", "gmx.de", "t-online.de"],
               "gb": ["hotmail.co.uk", "btinternet.com"], "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"]}[self.origin]
        a, b = strip_acc(self.first), strip_acc(self.last)
        local = rng.choice([f"{a}.{b}", f"{a}{b}{rng.randint(80, 99)}", f"{a[0]}{b}", f"{b}.{a}{rng.randint(1, 9)}"])
        return f"{local}@{rng.choice(dom)}"


def people(rng, origin, n):
    out, seen = [], set()
    while len(out) < n:
        p = Person(rng, origin)
        if p.first in seen or p.last in seen:
            continue
        seen.update([p.first, p.last])
        out.append(p)
    return out


# ---------------------------------------------------------------------------------------------------------
# value generators
def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def gen_bsn(rng):
    while True:
        d = str(rng.randint(1, 9)) + digits(rng, 7)
        c = sum((9 - i) * int(d[i]) for i in range(8)) % 11
        if c < 10 and bsn_ok(d + str(c)):
            return d + str(c)


def fmt_bsn(b, style):
    return {0: b, 1: f"{b[:4]}.{b[4:6]}.{b[6:]}", 2: f"{b[:3]} {b[3:6]} {b[6:]}", 3: f"{b[:3]}-{b[3:6]}-{b[6:]}"}[style]


def bad_nine(rng):
    """9-digit number that FAILS the elfproef (personnel numbers etc.)"""
    while True:
        d = str(rng.randint(1, 9)) + digits(rng, 8)
        if not bsn_ok(d):
            return d


def bad_eight(rng):
    while True:
        d = str(rng.randint(1, 9)) + digits(rng, 7)
        if not bsn_ok(d):
            return d


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "BUNQ", "KNAB", "TRIO", "RBRB", "REVO"]


def gen_iban(rng, cc):
    if cc == "NL":
        bban = rng.choice(NL_BANKS) + digits(rng, 10)
    elif cc == "DE":
        bban = rng.choice(["32050000", "32070080", "35450000", "32060362", "30050110"]) + digits(rng, 10)
    elif cc == "PL":
        bban = digits(rng, 24)
    elif cc == "RO":
        bban = rng.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + digits(rng, 16)
    elif cc == "PT":
        bban = rng.choice(["0035", "0033", "0007"]) + digits(rng, 17)
    elif cc == "ES":
        bban = rng.choice(["2100", "0049", "0182"]) + digits(rng, 16)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD"]) + digits(rng, 14)
    elif cc == "UA":
        bban = rng.choice(["305299", "322001"]) + digits(rng, 19)
    else:
        raise ValueError(cc)
    ib = iban_make(cc, bban)
    assert iban_ok(ib), ib
    return ib


def sp4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_nl_mobile(rng, style=None):
    d = "6" + rng.choice("1234558") + digits(rng, 7)
    st = rng.randrange(7) if style is None else style
    n = d[1:]
    return [f"06-{n}", f"06 {n[:4]} {n[4:]}", f"06{n}", f"+31 6 {n}", f"+31 (0)6 {n[:4]} {n[4:]}",
            f"06-{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+316{n}"][st]


def gen_nl_fixed(rng, area="077"):
    sub = str(rng.randint(2, 9)) + digits(rng, 6 if len(area) == 3 else 5)
    if len(area) == 3:
        return rng.choice([f"{area}-{sub}", f"{area} {sub[:3]} {sub[3:]}", f"({area}) {sub[:3]} {sub[3:5]} {sub[5:]}"])
    return f"{area}-{sub}"


def gen_foreign_mobile(rng, origin):
    if origin == "pl":
        return rng.choice([f"+48 {rng.choice('5678')}{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
                           f"0048 {rng.choice('5678')}{digits(rng, 8)}"])
    if origin == "ro":
        return f"+40 7{rng.choice('2345')}{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 3)}"
    if origin == "pt":
        return f"+351 9{rng.choice('1236')}{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 3)}"
    if origin == "es":
        return f"+34 6{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"
    if origin == "in":
        return f"+91 9{digits(rng, 4)} {digits(rng, 5)}"
    if origin == "ua":
        return f"+380 67 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}"
    if origin == "de":
        return rng.choice([f"0151 {digits(rng, 8)}", f"+49 160 {digits(rng, 7)}", f"0176-{digits(rng, 8)}",
                           f"+49 (0)172 {digits(rng, 7)}"])
    if origin == "gb":
        return f"07700 900{digits(rng, 3)}"
    if origin == "sy":
        return f"+963 9{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"
    if origin == "er":
        return f"+291 7 {digits(rng, 6)}"
    raise ValueError(origin)


def gen_de_fixed(rng):
    area = rng.choice(["02832", "02821", "02831", "02153", "02157"])
    return rng.choice([f"{area} {digits(rng, 5)}", f"{area}/{digits(rng, 6)}", f"+49 {area[1:]} {digits(rng, 5)}"])


def gen_postcode(rng, first4):
    while True:
        l = rng.choice("BCDEFGHJKLMNPRTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
        if l not in ("SA", "SD", "SS"):
            return f"{first4} {l}"


NL_STREETS = {
    "Venlo": (["5912", "5914", "5921", "5923", "5925"], ["Hogeweg", "Vijverlaan", "Burg. Gommansstraat", "Leeuwerikstraat",
                                                        "Albionstraat", "Laan van Boekhorst", "Molenveldstraat"]),
    "Tegelen": (["5931", "5932"], ["Kerkstraat", "Ubroekweg", "Pastoor Rosbachstraat", "Sint Martinusstraat"]),
    "Blerick": (["5911", "5913"], ["Antoniuslaan", "Kloosterstraat", "Vossenbergstraat"]),
    "Tilburg": (["5014", "5021", "5038", "5041"], ["Ringbaan-West", "Korvelseweg", "Piusstraat", "Bisschop Bekkersweg",
                                                   "Hoefstraat"]),
    "Roermond": (["6041", "6043"], ["Godsweerdersingel", "Kapellerlaan", "Swalmerstraat"]),
    "Helmond": (["5701", "5706"], ["Mierloseweg", "Kanaaldijk N.W.", "Tiendstraat"]),
}
DE_STREETS = [("Gelderner Straße", "47623", "Kevelaer"), ("Hauptstraße", "47638", "Straelen"),
              ("Lobbericher Straße", "41334", "Nettetal"), ("Brückenstraße", "47533", "Kleve"),
              ("Weezer Straße", "47574", "Goch"), ("Kempener Weg", "47918", "Tönisvorst"),
              ("Am Mühlenbach", "47608", "Geldern"), ("Schützenstraße", "47669", "Wachtendonk")]


def gen_nl_address(rng, town=None):
    town = town or rng.choice(list(NL_STREETS))
    pcs, streets = NL_STREETS[town]
    st = rng.choice(streets)
    nr = str(rng.randint(2, 180)) + rng.choice(["", "", "", "a", "B", "-2", " bis", "-III"])
    return f"{st} {nr}", gen_postcode(rng, rng.choice(pcs)), town


def gen_de_address(rng):
    st, plz, town = rng.choice(DE_STREETS)
    return f"{st} {rng.randint(1, 120)}{rng.choice(['', '', 'a', 'b'])}", plz, town


def gen_dob(rng, lang, style=None, young=False):
    while True:
        y = rng.randint(1998, 2006) if young else rng.randint(1962, 2005)
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        if date_ok(y, m, d):
            break
    MN = {"nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                 "november", "december"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                 "November", "Dezember"]}
    st = rng.randrange(4) if style is None else style
    if lang == "de":
        return [f"{d:02d}.{m:02d}.{y}", f"{d}. {MN['de'][m - 1]} {y}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}"][st]
    if lang == "en":
        return [f"{d} {MN['en'][m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{MN['en'][m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}"][st]
    return [f"{d:02d}-{m:02d}-{y}", f"{d} {MN['nl'][m - 1]} {y}", f"{d}-{m}-{y}", f"{y}-{m:02d}-{d:02d}"][st]


def gen_nl_docnr(rng, kind="I"):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return kind + rng.choice(al) + "".join(rng.choice(al + "123456789") for _ in range(6)) + rng.choice("123456789")


def gen_pl_id(rng):
    while True:
        s = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        rest = digits(rng, 5)
        vals = [int(ch, 36) for ch in s] + [int(x) for x in rest]
        w = [7, 3, 1, 7, 3, 1, 7, 3]
        c = sum(a * b for a, b in zip(vals, w)) % 10
        v = f"{s}{c}{rest}"
        if pl_id_ok(v):
            return v


def gen_residence(rng):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ123456789"
    return rng.choice(["I", "II", "III", "IV", "V"]) + "-V" + "".join(rng.choice(al) for _ in range(8))


def gen_de_ausweis(rng):
    al = "CFGHJKLMNPRTVWXYZ"
    return rng.choice(al) + "".join(rng.choice(al + "0123456789") for _ in range(8))


def gen_kenteken(rng):
    cons = "BDFGHJKLNPRSTVXZ"
    while True:
        sc = rng.choice([4, 5, 6, 7, 8, 9, 10, 11, 13, 14])
        tpl = {4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX", 7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X",
               10: "X-999-XX", 11: "XXX-99-X", 13: "9-XX-999", 14: "999-XX-9"}[sc]
        out = "".join(rng.choice(cons) if c == "X" else (str(rng.randint(1, 9)) if c == "9" else c) for c in tpl)
        if kenteken_ok(out):
            return out


def gen_de_plate(rng):
    return f"{rng.choice(['KLE', 'VIE', 'GEL', 'KR', 'NE', 'WES'])}-{rng.choice(['AB', 'JT', 'MK', 'R', 'HW', 'SL'])} {rng.randint(10, 9999)}"


def gen_card(rng, kind):
    while True:
        if kind == "visa":
            d = "4" + digits(rng, 14)
        elif kind == "mc":
            d = rng.choice(["52", "54", "2223"])
            d = d + digits(rng, 15 - len(d))
        else:
            d = "37" + digits(rng, 12)
        for c in "0123456789":
            if luhn_ok(d + c):
                v = d + c
                if card_iin_ok(v):
                    return v


def fmt_card(c):
    if len(c) == 15:
        return f"{c[:4]} {c[4:10]} {c[10:]}"
    return sp4(c)


def gen_kvk(rng):
    return str(rng.randint(5, 9)) + digits(rng, 7)


def gen_btw(rng):
    while True:
        d = digits(rng, 9)
        for s in range(1, 100):
            v = f"NL{d}B{s:02d}"
            if btw_ok(v) and not bsn_ok(d):
                return v


def gen_ip(rng):
    return rng.choice([f"84.{rng.randint(24, 31)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}",
                       f"31.{rng.randint(151, 161)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}",
                       f"2a02:a46{rng.randint(0, 9)}:{rng.randint(4096, 65535):x}:1:{rng.randint(4096, 65535):x}::{rng.randint(2, 250):x}"])


# hard-negative generators
def vacature(rng):
    return rng.choice([f"VAC-2025-{rng.randint(100, 999):04d}", f"vacaturenummer {rng.randint(240000, 259999)}",
                       f"vac. {rng.randint(10000, 99999)}"])


def plaatsing(rng):
    return f"P-{rng.randint(100000, 199999)}"


def periode(rng):
    return f"{rng.randint(1, 13):02d}-2025"


def wage(rng):
    return f"{rng.randint(14, 17)},{rng.randint(0, 99):02d}"


def shift(rng, kind=None):
    early, late, night = ["06:00–14:30", "07:00-15:30", "05:30–14:00"], ["14:30–23:00", "15:00 - 23:30"], ["22:45–07:15"]
    return rng.choice({"early": early, "late": late, "night": night}.get(kind, early + late + night))


def dock(rng):
    return rng.choice([f"dock {rng.randint(1, 48)}", f"gang {rng.choice('ABCDEFGH')}-{rng.randint(1, 40):02d}",
                       f"poort {rng.randint(1, 30)}", f"zone {rng.choice('KLMR')}{rng.randint(1, 9)}"])


def heftruck(rng):
    return f"HT-{rng.randint(2021, 2025)}-{rng.randint(10000, 99999)}"


def _fmt_d(y, m, d, lang):
    if lang == "de":
        return f"{d:02d}.{m:02d}.{y}"
    if lang == "en":
        return f"{d} {['January','February','March','April','May','June','July','August','September','October','November','December'][m-1]} {y}"
    return f"{d}-{m}-{y}"


def date_pair(rng, lang="nl"):
    a = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 500))
    b = a + datetime.timedelta(days=rng.randint(28, 300))
    return _fmt_d(a.year, a.month, a.day, lang), _fmt_d(b.year, b.month, b.day, lang)


def plaats_pair(rng):
    a = rng.randint(100000, 190000)
    return f"P-{a}", f"P-{a + rng.randint(3, 40)}"


def future_date(rng, lang="nl"):
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    y = rng.choice([2025, 2026])
    if lang == "de":
        return f"{d:02d}.{m:02d}.{y}"
    if lang == "en":
        return f"{d} {['January','February','March','April','May','June','July','August','September','October','November','December'][m-1]} {y}"
    return f"{d}-{m}-{y}"


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def nbsp(s):
    return s.replace(" ", "\u00a0", 1)


# ---------------------------------------------------------------------------------------------------------
# scenarios
TEMPLATES = []


def T(lang, pii, n):
    def deco(f):
        TEMPLATES.append((lang, pii, n, f))
        return f
    return deco


ORIGINS_NL = ["pl", "ro", "nl", "pl", "ua", "pt", "sy", "nl", "ro", "er"]


# ---------------------------------------------------------------- nl, with personal data
@T("nl", True, 3)
def nl_sollicitatie_cv(rng, k):
    p = Person(rng, ["pl", "nl", "ro"][k])
    a, pc, town = gen_nl_address(rng)
    mob = gen_nl_mobile(rng, 1)
    if k == 1:
        mob = mob.replace(" ", "\u00a0")
    em = p.email(rng)
    dob = gen_dob(rng, "nl")
    nat = NATION[p.origin][0]
    vac = vacature(rng)
    jobs = {"pl": ["2021 – 2024  magazijnmedewerker, Magazyn Centralny Sp. z o.o., Stryków",
                   "2018 – 2021  orderpicker, Trans-Maas Logistics B.V., Venlo"],
            "nl": ["2022 – heden  reachtruckchauffeur, Koelhuis Tegelen B.V., Tegelen",
                   "2019 – 2022  productiemedewerker, Greenport Kwekerij Van Rens, Horst"],
            "ro": ["2020 – 2024  operator depozit, AutoParts Carpatica SRL, Pitești",
                   "2017 – 2020  schoonmaak, Hotel Maasboulevard, Venlo"]}[p.origin]
    intro = ["Goedendag,\n\nHierbij solliciteer ik op de vacature orderpicker (" + vac + ") in regio 5928. Mijn cv staat hieronder.",
             "Beste " + P(staff("yvonne", False)) + ",\n\nzoals besproken aan de telefoon stuur ik mijn cv voor " + vac + ".",
             "Hallo,\n\nik wil graag werken via Maaskracht, liefst in de logistiek. ik heb 2 jaar ervaring. hieronder mijn gegevens"][k]
    cv = (f"\n\nCURRICULUM VITAE\nNaam: {P(p.full)}\nAdres: {AD(a)}, {PC(pc)} {town}\nTelefoon: {PH(mob)}\n"
          f"E-mail: {EM(em)}\nGeboortedatum: {DOB(dob)}\nNationaliteit: {nat}\nRijbewijs: B{', BE' if k == 1 else ''}\n"
          f"Heftruckcertificaat: {heftruck(rng)} (geldig tot {future_date(rng)})\n\nWerkervaring\n" + "\n".join(jobs) +
          f"\n\nTalen: {'Pools, Engels, beetje Nederlands' if p.origin == 'pl' else ('Nederlands, Engels' if p.origin == 'nl' else 'Roemeens, Engels, Italiaans')}\n\n")
    close = ["Met vriendelijke groet,\n" + P(p.full), "Groeten,\n" + P(p.first), "mvg " + P(p.full.upper())][k]
    text = intro + cv + close
    return crlf(text) if k == 0 else text


@T("nl", True, 3)
def nl_inschrijfformulier(rng, k):
    p = Person(rng, ["ro", "pl", "er"][k])
    a, pc, town = (("Heierhoeveweg 7", "5928 RW", "Venlo") if k == 0 else gen_nl_address(rng))
    bsn = gen_bsn(rng)
    dob = gen_dob(rng, "nl", style=[0, 3, 2][k])
    ib = gen_iban(rng, "NL")
    if k == 0:
        doc = ("Identiteitskaart (RO)", "RX " + digits(rng, 6))
    elif k == 1:
        doc = ("dowód osobisty", gen_pl_id(rng))
    else:
        doc = ("verblijfsdocument", gen_residence(rng))
    mob = gen_nl_mobile(rng)
    addr_line = ("Adres: Heierhoeveweg 7 kamer " + str(rng.randint(101, 348)) + ", 5928 RW Venlo (Logies De Dorsvloer)"
                 if k == 0 else f"Adres: {AD(a)}, {PC(pc)} {town}")
    if k == 1:
        addr_line = f"adres: {AD(a)}, {PC(pc)} {town.lower()}"
    if k == 1:
        return (f"inschrijfformulier maaskracht — ingevuld via tablet vestiging venlo\n"
                f"achternaam: {P(p.last)}\nvoornaam: {P(p.first)}\ngeb.datum: {DOB(dob)}\nbsn: {BS(fmt_bsn(bsn, 0))}\n"
                f"id-type: {doc[0]}\nnummer: {ID(doc[1])}\nrekening: {IB(ib.lower())}\n{addr_line}\n"
                f"tel: {PH(mob)}\nfunctie: orderpicker fase A, loon {wage(rng)} p/u\nstartdatum: {future_date(rng)}\n")
    return (f"INSCHRIJFFORMULIER UITZENDKRACHT\n\nNaam: {P(p.last.upper() + ', ' + p.first)}\nGeboortedatum: {DOB(dob)}\n"
            f"BSN: {BS(fmt_bsn(bsn, 1 if k == 0 else 2))}\nLegitimatie: {doc[0]}, nr. {ID(doc[1])}\n"
            f"IBAN voor loon: {IB(sp4(ib))}\n{addr_line}\nTelefoon: {PH(mob)}\n"
            f"Plaatsing: {plaatsing(rng)} – Trans-Maas Logistics B.V., {dock(rng)}\n"
            f"Ingeschreven door: {P(staff('yvonne'))}\n")


@T("nl", True, 3)
def nl_loonstrook(rng, k):
    p = Person(rng, ["nl", "pl", "pt"][k])
    pn = bad_nine(rng) if k != 1 else bad_eight(rng)
    per = periode(rng)
    bsn = gen_bsn(rng)
    wrong = gen_bsn(rng)
    ib = gen_iban(rng, ["NL", "PL", "PT"][k])
    uren = rng.choice(["38,5", "40", "36,25"])
    if k == 0:
        return (f"Beste {P(staff('ellen', False))},\n\nOp mijn loonstrook van periode {per} (personeelsnummer {pn}) staat {uren} uur, "
                f"maar ik heb volgens de urenregistratie 42,5 uur gewerkt. Daarnaast staat mijn BSN verkeerd: er staat "
                f"{BS(fmt_bsn(wrong, 0))}, maar het moet {BS(fmt_bsn(bsn, 0))} zijn. Het nettobedrag is € 612,40 i.p.v. ruim € 680.\n"
                f"Loonheffingennummer bovenaan is {LHN}, klopt dat?\n\nMet vriendelijke groet,\n{P(p.full)}\n{PH(gen_nl_mobile(rng))}")
    if k == 1:
        return (f"dzień dobry / goedemiddag\nik ben {P(p.full)}, pers.nr {pn}. mijn loon van periode {per} is niet gekomen! "
                f"ik heb nieuwe rekening, oude is gesloten. nieuwe IBAN: {IB(sp4(ib))} (PKO, Polen). "
                f"graag ook reservering vakantiegeld 8% uitbetalen. tarief was €\u00a0{wage(rng)} bruto.\ndziękuję, {P(p.first)}")
    return (f"Olá,\nik heb vraag over loonstrook week {rng.randint(20, 40)}. Er staat loonheffingskorting nee maar ik wil JA. "
            f"mijn bsn is {BS(fmt_bsn(bsn, 3))}. En betaal aub op mijn Portugese rekening {IB(ib)} want ik ga terug naar Porto "
            f"na contract einde {future_date(rng)}.\nobrigado\n{P(p.first + ' ' + p.last)}")


@T("nl", True, 3)
def nl_ziekmelding(rng, k):
    p = Person(rng, ["pl", "nl", "ro"][k])
    q = Person(rng, p.origin, "F")
    sh = shift(rng)
    if k == 0:
        return (f"[05:12] {P(p.full)}: dzien dobry {P(staff('kevin', False).lower())}, ik ben ziek, koorts, kan niet komen vandaag {sh}\n"
                f"[05:13] {P(p.full)}: mijn vrouw {P(q.first)} belt straks, haar nummer {PH(gen_foreign_mobile(rng, 'pl'))}\n"
                f"[06:40] Maaskracht Planning: Beterschap! Graag ook afmelden bij de klant via 06 4821 7730 en morgen voor 10:00 laten weten hoe het gaat.")
    if k == 1:
        return (f"Ziekmelding\n\nHierbij meld ik mij ziek voor de dienst van morgen ({sh}, {dock(rng)} Koelhuis Tegelen). "
                f"Ik heb de huisarts gebeld en moet rust houden. Mijn vriend {P(q.full)} brengt de sleutel van het kluisje terug.\n\n"
                f"Groetjes,\n{P(p.first)} {P(p.last)}\nTel. {PH(gen_nl_mobile(rng))}")
    return (f"🎤 spraakbericht (0:38), automatisch uitgeschreven:\n\"hallo ja met {P(p.first.lower())} {P(p.last.lower())} eh ik kan vandaag niet komen "
            f"mijn rug is weer eh pijn ik ben bij dokter geweest ik heb papier ik stuur foto ja bel mij terug op {PH(gen_nl_mobile(rng, 1))} dank je\"")


@T("nl", True, 3)
def nl_planning_chat(rng, k):
    ws = people(rng, rng.choice(["pl", "ro", "pt"]), 3)
    kt = gen_kenteken(rng)
    kv = staff("kevin", False)
    lines = [
        f"[18:02] {P(staff('kevin'))}: morgen ochtend 6 man nodig op {dock(rng)}, wie kan?",
        f"[18:04] {P(ws[0].full)}: ik kan 👍",
        f"[18:04] {P(ws[1].first)}: ik ook, maar moet om 14:00 weg",
        f"[18:07] {P(ws[2].full)}: 🎤 spraakbericht: \"{P(kv.lower())} ik rijd met de auto, {LP(kt)}, ik neem {P(ws[0].first)} mee, parkeren bij poort 3 ok?\"",
        f"[18:09] {P(kv)}: ja prima, parkeren P2 achter. starttijd {shift(rng)[:5]}, vergeet veiligheidsschoenen niet",
    ]
    if k == 1:
        lines.insert(3, f"[18:05] {P(kv)}: {P(ws[1].first)} dan tot 13:45 op planning gezet")
    if k == 2:
        lines.append(f"[18:11] {P(ws[1].full)}: kan iemand mij ophalen, Heierhoeveweg 7 kamer 21{rng.randint(0, 9)}")
    return "\n".join(lines)


@T("nl", True, 3)
def nl_urenbriefje_dispuut(rng, k):
    w = Person(rng, ["ua", "pl", "in"][k])
    planner = Person(rng, "nl")
    wk = rng.randint(26, 38)
    pn = bad_nine(rng)
    ph = gen_nl_fixed(rng, rng.choice(["077", "013"]))
    return (f"Hoi {P(staff('kevin', False))},\n\nIn het urenbriefje van week {wk} van {P(w.full)} (personeelsnr. {pn}) staan "
            f"41,5 uur. Volgens onze prikklok is {P(w.first)} op dinsdag pas om 07:40 binnengekomen i.p.v. 06:00 en heeft hij/zij "
            f"de pauze van 30 min niet afgetekend. Wij keuren 39,75 uur goed. Plaatsingsnummer {plaatsing(rng)}, kostenplaats 4410.\n\n"
            f"Groet,\n{P(planner.full)}\nTeamleider planning | Trans-Maas Logistics B.V.\nT {PH(ph)}"
            + (f" | KvK {KVK(TRANSMAAS_KVK)}" if k != 1 else ""))


@T("nl", True, 3)
def nl_huisvesting(rng, k):
    p = Person(rng, ["ro", "pl", "ua"][k], "M" if k == 1 else None)
    kamer = rng.randint(101, 348)
    kt = gen_kenteken(rng)
    if k == 0:
        a, pc, town = gen_nl_address(rng)
        return (f"Beste {P(staff('marek'))},\n\nIk ga per {future_date(rng)} uit kamer {kamer} van Logies De Dorsvloer. "
                f"Mijn nieuwe adres is {AD(a)}, {PC(pc)} {town}. De borg van € 250,- graag terug op mijn rekening zoals bekend. "
                f"Sleutel nr. K-{kamer} lever ik in bij de receptie.\n\nGroet,\n{P(p.full)}")
    if k == 1:
        return (f"hallo {P(staff('marek', False))}, in kamer {kamer} de douche is kapot al 5 dagen!! en de auto {LP(kt)} "
                f"van mijn kamergenoot {P(p.first)} heeft parkeerboete gekregen bij Heierhoeveweg 7 terwijl hij vergunning heeft. "
                f"huur is € 113,50 per week, dat is veel voor geen warm water. {P(Person(rng, 'pl').full)}")
    return (f"Notitie huisvesting ({P(staff('marek'))}): bewoner {P(p.full)}, kamer {kamer}, gaat over naar woning van "
            f"Maaskracht Logies op {AD(gen_nl_address(rng, 'Tegelen')[0])}. Auto {LP(kt)} parkeervergunning P-{rng.randint(1000, 9999)} "
            f"omzetten. Inhouding huisvesting week {rng.randint(30, 40)} t/m {rng.randint(41, 50)}: € 104,75 p/w (max. conform ABU-cao art. 44).")


@T("nl", True, 3)
def nl_referentie(rng, k):
    w = Person(rng, ["sy", "nl", "pt"][k])
    ref = Person(rng, "nl")
    dob = gen_dob(rng, "nl")
    comp = ["Hotel Maasboulevard", "Zorgcentrum De Lindehof", "Distributiecentrum Blerick Fresh B.V."][k]
    return (f"Geachte {P(staff('yvonne'))},\n\nU vroeg om een referentie voor {P(w.full)}, geboren {DOB(dob)}. "
            f"{P(w.first)} heeft van {future_date(rng)[:-5]}-2022 tot maart 2025 bij {comp} gewerkt als "
            f"{['afwasser en later zelfstandig kok', 'woonbegeleider (nachtdienst)', 'reachtruckchauffeur'][k]}. "
            f"Betrouwbaar, altijd op tijd, nooit ziek geweest. Ik zou {P(w.first)} zo weer aannemen.\n\n"
            f"Met vriendelijke groet,\n{P(ref.full)}\n{['Chef-kok', 'Teamleider zorg', 'Shiftleader'][k]} {comp}\n"
            f"{PH(gen_nl_mobile(rng))}")


@T("nl", True, 3)
def nl_interne_notitie(rng, k):
    p = Person(rng, ["nl", "in", "ua"][k])
    bsn = gen_bsn(rng)
    if k == 0:
        doc = ("ID-kaart", gen_nl_docnr(rng, "I"))
    elif k == 1:
        doc = ("paspoort", rng.choice("KLMNPRTVZ") + digits(rng, 7))
    else:
        doc = ("verblijfsdocument", gen_residence(rng))
    kt = gen_kenteken(rng)
    return (f"INTERN – notitie {P(staff('ruben'))} ({future_date(rng)})\nKandidaat {P(p.full)}: intake gedaan, "
            f"{doc[0]} {ID(doc[1])} gezien (kopie NIET bewaren), BSN {BS(fmt_bsn(bsn, [2, 0, 1][k]))}. "
            f"VCA basis ok, heftruckcert. {heftruck(rng)}. Heeft eigen auto ({LP(kt if k != 1 else kt.lower())}), dus ook vroege dienst Waalwijk mogelijk. "
            f"Voorkeur: fase A, 40 uur, start wk {rng.randint(30, 40)}. Vacature {vacature(rng)}. Terugbellen via {PH(gen_nl_mobile(rng))}."
            + (f" NB: kon niet inloggen in Mijn Maaskracht, account geblokkeerd na 5 pogingen vanaf IP {IP(gen_ip(rng))}; reset gestuurd." if k == 2 else ""))


@T("nl", True, 3)
def nl_zzp(rng, k):
    p = Person(rng, ["nl", "pl", "ro"][k])
    kvk = gen_kvk(rng)
    btw = gen_btw(rng)
    bsn = gen_bsn(rng)
    ib = gen_iban(rng, "NL")
    biz = ["Klusbedrijf De Maasoever", "Schoonmaak & Meer", "TransCarpatia Transport"][k]
    a, pc, town = gen_nl_address(rng)
    old = f"NL{bsn}B01"
    return (f"Goedemiddag,\n\nIk werk als zzp'er ({biz}) en wil via jullie ingezet worden bij de klant in Venlo.\n"
            f"KvK-nummer: {KVK(kvk)}\nBtw-id: {BTW(btw)}\n"
            + (f"(op oude facturen staat nog mijn omzetbelastingnummer {BS(old)})\n" if k != 1 else "")
            + f"Vestigingsadres: {AD(a)}, {PC(pc)} {town}\nIBAN: {IB(sp4(ib))}\nUurtarief € 38,50 excl. btw, betaaltermijn 14 dagen.\n\n"
              f"Groet,\n{P(p.full)}")


@T("nl", True, 3)
def nl_dm(rng, k):
    p = Person(rng, ["nl", "sy", "pl"][k])
    if k == 0:
        return (f"📩 DM aan @maaskracht_jobs\nhoi! zag jullie post over #orderpicker in regio 5015 🙌 ik ben {P(p.first.lower())}, 19 jaar, "
                f"heb al rijbewijs. kan je me appen? {PH(gen_nl_mobile(rng, 2))} of mail {EM(p.email(rng))} 😊")
    if k == 1:
        return (f"DM @MaaskrachtWerkt\nSalam, mijn naam is {P(p.full)}. ik zoek werk in keuken of magazijn, Tilburg. "
                f"ik heb verblijfsvergunning en mag werken. mijn nummer {PH(gen_nl_mobile(rng, 0))}. dank u 🙏")
    return (f"Reactie op Facebook-post \"Nieuwe vacatures productie Horst, vanaf 21 jaar, € 15,06/uur\":\n"
            f"{P(p.full)}: ja interesse!! wij zijn 2 personen, ik en mijn broer {P(Person(rng, 'pl', 'M').first)}. stuur info naar {EM(p.email(rng))} 🇵🇱💪")


@T("nl", True, 3)
def nl_adres_eindafrekening(rng, k):
    p = Person(rng, ["ro", "pl", "es"][k])
    ib = gen_iban(rng, ["RO", "PL", "ES"][k])
    mob = gen_foreign_mobile(rng, p.origin)
    if k == 0:
        a, pc, town = "Strada Mărășești 14, bl. A2", "110017", "Pitești"
        addr = f"{AD('Strada Mărășești 14')}, bl. A2, {PC('110017')} Pitești, Roemenië"
    elif k == 1:
        addr = f"{AD('ul. Leśna 14/3')}, {PC('62-030')} Luboń, Polen"
    else:
        addr = f"{AD('Calle de la Peña 27, 3º B')}, {PC('50012')} Zaragoza, Spanje"
    return (f"Beste Payroll,\n\nMijn contract eindigt op {future_date(rng)}. Wilt u de eindafrekening (vakantiegeld, reservering "
            f"ADV en de laatste periode {periode(rng)}) overmaken naar {IB(sp4(ib) if k != 1 else ib)}? "
            f"De jaaropgave graag opsturen naar mijn adres in het buitenland: {addr}.\n"
            f"Telefoon daar: {PH(mob)}\n\nBedankt voor alles,\n{P(p.full)}")


# ---------------------------------------------------------------- nl, without personal data
@T("nl", False, 3)
def nl_vacature_post(rng, k):
    reg = rng.choice(["5015", "5928", "5912", "6041"])
    return (f"🚚 WE ZOEKEN JOU! 🚚\n{['Orderpickers', 'Reachtruckchauffeurs', 'Afwassers & keukenhulpen'][k]} gezocht in regio {reg} "
            f"({vacature(rng)})\n✅ {['18+', 'vanaf 21 jaar', '18+ (heftruck: 21+)'][k]}\n✅ € {wage(rng)} bruto per uur + 8% vakantiegeld\n"
            f"✅ ploegentoeslag {rng.choice(['20', '25', '30'])}% ({shift(rng)})\n✅ huisvesting mogelijk (€ 113,50 p/w)\n"
            f"Reageer via maaskracht.example/vacatures of app 06 4821 7730\n#uitzendwerk #logistiek #venlo #werkenbij @maaskracht")


@T("nl", False, 3)
def nl_planning_broadcast(rng, k):
    if k == 1:
        return (f"pLANNING WK {rng.randint(30, 45)} koelhuis tegelen!! vroeg {shift(rng, 'early')} = 8 man, laat {shift(rng, 'late')} = 5 man, "
                f"nacht {shift(rng, 'night')} vervalt deze week. vriescel -24 graden: thermokleding ophalen bij poort {rng.randint(1, 9)}, "
                f"borg € 25. vragen -> 06 4821 7730 (alleen appen)")
    if k == 2:
        return (f"Beste uitzendkrachten,\n\nVanaf maandag {future_date(rng)} werken we bij Hotel Maasboulevard met een nieuw rooster: "
                f"ontbijtdienst 06:30–11:00, afwas {shift(rng, 'late')}. Kledinglocker nr. staat op je pas (L-{rng.randint(100, 250)}). "
                f"Loon blijft € {wage(rng)} + 8% vakantiegeld; zondagtoeslag 50% (cao art. {rng.choice(['27', '31'])}).\n\nTeam Planning Maaskracht")
    return (f"📢 Planning week {rng.randint(30, 45)} – Trans-Maas Logistics\nVroege dienst {shift(rng, 'early')}: dock {rng.randint(1, 20)} t/m {rng.randint(21, 48)}\n"
            f"Late dienst {shift(rng, 'late')}: inslag gang {rng.choice('ABCDEF')}-{rng.randint(1, 30):02d} t/m {rng.randint(31, 60)}\n"
            f"Bus vertrekt 05:15 vanaf Heierhoeveweg 7 (Logies De Dorsvloer), terug 14:45.\n"
            f"Minimaal {rng.randint(60, 140)} colli/uur, scanner nr. terug in rek {rng.randint(1, 9)}.\n"
            f"Afmelden uiterlijk 2 uur voor start via 06-48217730. Groet, Team Planning Maaskracht")


@T("nl", False, 3)
def nl_payroll_faq(rng, k):
    return (f"Onderwerp: RE: vraag loonstrook periode {periode(rng)}\n\nBeste medewerker,\n\nDank voor je vraag. Je loon over periode "
            f"{periode(rng)} wordt op {future_date(rng)} overgemaakt. Volgens de ABU-cao (art. {rng.choice(['22', '27', '31', '44'])}) "
            f"bouw je in fase A 8% vakantiegeld en {rng.choice(['10,5', '9,6'])}% reservering feestdagen op. Uurloon € {(w := wage(rng))}, "
            f"overuren 125% (€ {f'{float(w.replace(chr(44), chr(46))) * 1.25:.2f}'.replace(chr(46), chr(44))}). Ons loonheffingennummer is {LHN}; vermeld bij vragen altijd je personeelsnummer "
            f"(8 of 9 cijfers) en niet je BSN.\n\nMet vriendelijke groet,\nTeam Payroll – Maaskracht Uitzendgroep B.V.\n"
            f"Nijverheidsweg 88, 5916 NX Venlo | 077 320 4500 | payroll@maaskracht.example")


@T("nl", False, 3)
def nl_anoniem_loon(rng, k):
    pn = [bad_nine(rng), bad_eight(rng), bad_nine(rng)][k]
    return [f"chat (anoniem): hoi ik heb vraag, persnr {pn}. waarom is mijn netto lager in periode {periode(rng)}? ik heb 40 uur gewerkt x € {wage(rng)}. "
            f"er staat inhouding huisvesting € 104,75 en zorgverzekering € 34,20?",
            f"Webchat: Goedemorgen, personeelsnummer {pn}. Ik heb in week {rng.randint(20, 40)} drie nachtdiensten gedraaid ({shift(rng, 'night')}), "
            f"maar de toeslag van 30% staat niet op de strook. Plaatsing {plaatsing(rng)}. Kan iemand dit nakijken?",
            f"vraag via app: wanneer krijg ik mijn vakantiegeld? contract tot {future_date(rng)}, fase B, personeelsnr. {pn}, periode {periode(rng)}"][k]


@T("nl", False, 3)
def nl_klantaanvraag(rng, k):
    comp = ["Koelhuis Tegelen B.V.", "Trans-Maas Logistics B.V.", "Zorgcentrum De Lindehof"][k]
    d1, d2 = date_pair(rng)
    return (f"Aanvraag personeel – {comp}\nOrdernummer klant: PO-{rng.randint(4500000, 4599999)}\nAantal: {rng.randint(3, 25)} "
            f"{['orderpickers', 'reachtruckchauffeurs', 'helpenden niveau 2'][k]}\nStartdatum: {d1}, einddatum contract: "
            f"{d2}\nDiensten: {shift(rng, 'early')} en {shift(rng, 'late')}\nLocatie: {dock(rng)}, hal {rng.randint(1, 6)}\nTarief volgens "
            f"raamovereenkomst RO-2024-{rng.randint(10, 99)}, inlenersbeloning schaal {rng.randint(3, 7)} trede {rng.randint(0, 9)}.\n"
            f"Graag bevestiging naar planning@maaskracht.example. Met vriendelijke groet, afdeling Planning {comp}")


@T("nl", False, 3)
def nl_autoreply(rng, k):
    head = ["Automatisch antwoord: Bedankt voor je bericht aan Maaskracht Uitzendgroep. We reageren binnen 2 werkdagen.",
            f"Afwezigheidsbericht Maaskracht Logies: het kantoor van de huisvesting is gesloten t/m {future_date(rng)}. Spoed (lekkage, brand, buitengesloten)? Bel 077 320 4500.",
            f"Ontvangstbevestiging ticket #{rng.randint(100000, 999999)} – Maaskracht Tilburg. Stuur geen kopie van je paspoort of BSN per mail."][k]
    return crlf(head + "\n\n"
                f"Ziekmelden? Bel vóór 06:00 naar 077 320 4500 of app 06 4821 7730.\nVestiging Tilburg: 013 744 2810, Ringbaan-Oost 302, 5013 CD Tilburg\n"
                f"Betalingen (huur logies): {ORG_IBAN_SP} t.n.v. Maaskracht Uitzendgroep B.V.\n"
                f"KvK 71843026 | btw NL763777523B01 | NBBU-lid, SNA-gecertificeerd\n"
                f"Postadres: Postbus 3170, 5902 RD Venlo")


@T("nl", False, 3)
def nl_heftruckcursus(rng, k):
    return (f"Heftruckcursus {future_date(rng)} – {rng.choice(['08:30–16:30', '09:00–17:00'])}\nLocatie: lesruimte 0.{rng.randint(10, 30)}, "
            f"Nijverheidsweg 88 Venlo. Na slagen ontvang je certificaat {heftruck(rng)} (5 jaar geldig). Kosten € 395,- worden "
            f"in {rng.randint(3, 6)} termijnen ingehouden (periode {rng.randint(1, 6):02d}-2025 t/m {rng.randint(7, 13):02d}-2025), tenzij je na 26 weken nog in dienst bent. "
            f"Max. {rng.randint(6, 12)} deelnemers, minimaal 18 jaar. Inschrijven: opleidingen@maaskracht.example")


@T("nl", False, 3)
def nl_urendispuut_anoniem(rng, k):
    return (f"Klacht urenregistratie\nPlaatsing {plaatsing(rng)}, week {rng.randint(20, 45)}: op maandag {shift(rng)} gewerkt maar "
            f"in de app staat 0,00 uur. Dinsdag pauze 2x afgetrokken (2 × 30 min). Totaal moet {rng.choice(['38,5', '40,0', '37,75'])} uur zijn, "
            f"uitbetaald {rng.choice(['32,0', '34,5', '36,0'])}. Verschil × € {wage(rng)} = ca. € {rng.randint(60, 110)},-. Graag correctie in periode {periode(rng)}.")


# ---------------------------------------------------------------- en, with personal data
@T("en", True, 3)
def en_application(rng, k):
    p = Person(rng, ["gb", "in", "es"][k])
    dob = gen_dob(rng, "en", style=[0, 1, 2][k])
    if k == 0:
        home = f"{AD(str(rng.randint(2, 140)) + ' ' + rng.choice(['Larkhill Road', 'Mercer Street', 'Old Mill Lane']))}, Stockport {PC(rng.choice(['SK4 2QT', 'SK2 6LR', 'SK3 9BD']))}"
        ph = gen_foreign_mobile(rng, "gb")
        hist = "2019–2024 Warehouse operative, Pennine Parcels Ltd, Manchester\n2016–2019 Kitchen porter, The Crown & Anchor, Stockport"
    elif k == 1:
        a, pc, town = gen_nl_address(rng, "Tilburg")
        home = f"{AD(a)}, {PC(pc)} {town} (room rented via a friend)"
        ph = gen_nl_mobile(rng, 3)
        hist = "2020–2023 Inventory executive, Sundaram Cold Chain Pvt Ltd, Chennai\n2023–2025 Picker, DC Tilburg-Noord (via another agency)"
    else:
        home = f"{AD('Avenida de Navarra 41, 2º izda')}, {PC('50010')} Zaragoza, Spain"
        ph = gen_foreign_mobile(rng, "es")
        hist = "2018–2024 Camarero / waiter, Hotel Mar Azul, Salou\n2016–2018 Mozo de almacén, Frutas Ebro S.L., Zaragoza"
    return (f"Hi,\n\nI'd like to apply for the {['forklift driver', 'reach truck driver', 'hotel kitchen'][k]} job ({vacature(rng)}). CV below.\n\n"
            f"{P(p.full)}\n{home}\nPhone/WhatsApp: {PH(ph)}\nEmail: {EM(p.email(rng))}\nDate of birth: {DOB(dob)}\n"
            f"Nationality: {NATION[p.origin][1]}\nDriving licence: {['UK full (B, C1)', 'Indian + EU B (exchanged)', 'B'][k]}\n\n"
            f"EXPERIENCE\n{hist}\n\nAvailable from {future_date(rng, 'en')}, happy to do night shifts.\n\nKind regards,\n{P(p.first)}")


@T("en", True, 3)
def en_registration(rng, k):
    p = Person(rng, ["in", "ua", "gb"][k])
    bsn = gen_bsn(rng)
    ib = gen_iban(rng, "NL")
    dob = gen_dob(rng, "en", style=3 if k == 1 else 0)
    if k == 0:
        doc = ("Passport no.", rng.choice("KLMNPRTVZ") + digits(rng, 7))
    elif k == 1:
        doc = ("Passport (UA) number", rng.choice(["FX", "FT", "GC"]) + digits(rng, 6))
    else:
        doc = ("UK passport number", str(rng.randint(1, 9)) + digits(rng, 8))
    body = (f"Dear {P(staff('ruben'))},\n\nAs requested for my registration, here are the missing details:\n\n"
            f"Full name: {P(p.full)}\nDate of birth: {DOB(dob)}\nBSN (citizen service number): {BS(fmt_bsn(bsn, [0, 2, 1][k]))}\n"
            f"{doc[0]}: {ID(doc[1])}\nIBAN for salary: {IB(sp4(ib) if k != 1 else ib)}\n\n"
            f"The BSN letter from the municipality came last week. Do I still need to send a copy of the passport? "
            f"My start date at the client is {future_date(rng, 'en')}.\n\nThanks,\n{P(p.first)}")
    return crlf(body) if k == 2 else body


@T("en", True, 3)
def en_payslip(rng, k):
    p = Person(rng, ["pt", "es", "in"][k])
    ib = gen_iban(rng, ["PT", "ES", "NL"][k])
    per = periode(rng)
    pn = bad_nine(rng)
    return (f"Hello Payroll,\n\nMy payslip for period {per} shows 36.0 hours but I worked 40 (4 × 10 hrs). "
            f"Personnel number {pn}. Also the holiday allowance (8%) is missing. Please pay to my new account "
            f"{IB(sp4(ib))} — the old ING one is closed.\nHourly wage €\u00a0{wage(rng)} gross, CAO art. {rng.choice(['22', '27'])} says overtime is 125%.\n\n"
            f"Best regards,\n{P(p.full)}")


@T("en", True, 3)
def en_housing(rng, k):
    p = Person(rng, ["er", "sy", "gb"][k])
    mates = people(rng, rng.choice(["pl", "ro"]), 2)
    room = rng.randint(101, 348)
    kt = gen_kenteken(rng)
    if k == 0:
        return (f"Hello {P(staff('marek', False))}, room {room} at De Dorsvloer: the heater is broken since Monday. "
                f"Also {P(mates[0].full)} and {P(mates[1].full)} play music until 2 at night, I work early shift {shift(rng, 'early')}. "
                f"Please can I move to another room? Thank you, {P(p.first)}")
    if k == 1:
        return (f"To Maaskracht Logies / {P(staff('marek'))}\n\nI want a parking permit for my car, registration {LP(kt)}, at Heierhoeveweg 7. "
                f"Room {room}. The car is registered on my name since {future_date(rng, 'en')[:-5]} 2025.\n\nRegards\n{P(p.full)}\n{PH(gen_nl_mobile(rng))}")
    a, pc, town = gen_nl_address(rng, "Venlo")
    return (f"Hi {P(staff('marek', False))},\nI'm moving out of the agency housing on {future_date(rng, 'en')} — found a flat at "
            f"{AD(a)}, {PC(pc)} {town} with my partner {P(Person(rng, 'nl', 'F').full)}. Please deduct the last week of rent (€ 113.50) "
            f"and return the deposit. Room {room}, key K-{room}.\nCheers,\n{P(p.full)}")


@T("en", True, 3)
def en_sick(rng, k):
    p = Person(rng, ["er", "sy", "ua"][k])
    rel = Person(rng, p.origin, ["M", "M", "F"][k])
    if k == 0:
        return (f"[04:58] {P(p.full)}: good morning, I am sick today, fever. cannot come to {dock(rng)}. sorry\n"
                f"[04:59] {P(p.full)}: if you need me call my cousin {P(rel.full)} {PH(gen_nl_mobile(rng))}, my phone is broken\n"
                f"[07:31] Maaskracht Planning: Get well soon! Please call 077 320 4500 tomorrow before 10:00.")
    if k == 1:
        return (f"Dear {P(staff('kevin'))},\n\nI report sick from today. My son {P(rel.first)} is in hospital and I must stay with him, "
                f"also I have back pain. I have a doctor letter. I will call back on Thursday.\n\n{P(p.full)}\nPhone {PH(gen_nl_mobile(rng, 4))}")
    return (f"voice message transcript (0:51): \"hello it's {P(p.first.lower())} from the night shift, eh, I'm sick, I went to the "
            f"doctor yesterday, eh, my wife {P(rel.first)} will bring the paper to the office, you can call her on "
            f"{PH(gen_foreign_mobile(rng, 'ua'))}, thank you\"")


@T("en", True, 3)
def en_client_planner(rng, k):
    ws = people(rng, rng.choice(["pl", "ro", "in", "pt"]), 2)
    pl = Person(rng, ["gb", "nl", "de"][k])
    return (f"Hi {P(staff('kevin', False))},\n\nFeedback week {rng.randint(20, 45)} from Trans-Maas Logistics, {dock(rng)}:\n"
            f"- {P(ws[0].full)}: excellent, 142 colli/hr, we would like to offer a longer contract.\n"
            f"- {P(ws[1].full)}: came late 3×, left scanner in aisle {rng.choice('CDE')}-{rng.randint(1, 40):02d}. Please talk to {P(ws[1].first)}.\n"
            f"Timesheets for placement {plaatsing(rng)} approved except Tuesday.\n\nBest,\n{P(pl.full)}\nShift manager | "
            f"Trans-Maas Logistics B.V. | {PH(gen_nl_fixed(rng, '077'))}"
            + (f"\nChamber of Commerce {KVK(TRANSMAAS_KVK)} · VAT {BTW(TRANSMAAS_BTW)}" if k == 1 else ""))


@T("en", True, 3)
def en_reference(rng, k):
    w = Person(rng, ["pl", "pt", "in"][k])
    ref = Person(rng, "gb")
    dob = gen_dob(rng, "en", style=0)
    return (f"Subject: Reference request – {P(w.full)} (DOB {DOB(dob)})\n\nDear {'Mr' if ref.sex == 'M' else 'Ms'} {P(ref.formal)},\n\n"
            f"{P(w.first)} has given your name as a referee for the period at Pennine Parcels Ltd. Could you confirm the dates of employment "
            f"and the role? You can reply to this e-mail or call me on 077 320 4500.\n\nKind regards,\n{P(staff('yvonne'))}\n"
            f"Recruiter | Maaskracht Uitzendgroep B.V. | yvonne.lemmens@maaskracht.example\n\n"
            f"> From: {P(ref.full)} <{EM(ref.email(rng))}>\n> Happy to help, {P(w.first)} was one of our best pickers.")


@T("en", True, 3)
def en_internal_note(rng, k):
    p = Person(rng, ["sy", "er", "in"][k])
    res = gen_residence(rng)
    bsn = gen_bsn(rng)
    ip = gen_ip(rng)
    if k == 2:
        return (f"Internal – {P(staff('ruben'))}: candidate {P(p.full)} could not log in to the Maaskracht app, 5 failed attempts from "
                f"IP {IP(ip)} (not our network). Account locked, new link sent. BSN on file ends with the wrong digit — corrected to "
                f"{BS(bsn)} after checking the letter. Vacancy {vacature(rng)}.")
    return (f"NOTE (recruitment, {P(staff('yvonne'))}) – {P(p.full.upper())}\nResidence permit {ID(res)} (valid until {future_date(rng, 'en')}, "
            f"'arbeid vrij toegestaan'). BSN {BS(fmt_bsn(bsn, 1))}. Speaks Arabic/Tigrinya + basic Dutch (A2). Wants hospitality, "
            f"no nights. Placed at Hotel Maasboulevard from {future_date(rng, 'en')}, {plaatsing(rng)}.")


@T("en", True, 3)
def en_dm(rng, k):
    p = Person(rng, ["gb", "es", "pt"][k])
    return [f"Instagram DM to @maaskracht_jobs:\nhey 👋 saw the post about warehouse jobs 18+ in Venlo. I'm {P(p.first)}, from Leeds, moving to NL next month. "
            f"can u whatsapp me on {PH(gen_foreign_mobile(rng, 'gb'))}? #workinholland",
            f"Facebook comment: {P(p.full)} – Is the hotel job still open? I speak English, Spanish, bit of Dutch 😅 my email {EM(p.email(rng))}",
            f"TikTok DM @MaaskrachtWerkt: olá, my name is {P(p.full)}, I'm in Porto now, I want to come in September. "
            f"my number {PH(gen_foreign_mobile(rng, 'pt'))} 🙏🇵🇹"][k]


@T("en", True, 4)
def en_card_payment(rng, k):
    p = Person(rng, ["gb", "in", "es", "ua"][k])
    card = gen_card(rng, ["visa", "mc", "amex", "visa"][k])
    if k == 3:
        ip = gen_ip(rng)
        return (f"Hi, I tried to pay the forklift course (€ 395) in the portal, card {CC(fmt_card(card))}, exp 09/27, but it says "
                f"'blocked from {IP(ip)}'. That's my home internet. Can you help? {P(p.full)}")
    return (f"Hello,\n\nI want to pay the deposit for the room (€ 250) by card because my Dutch account is not open yet. "
            f"Card number {CC(fmt_card(card) if k != 1 else card)}, valid till {rng.randint(1, 12):02d}/{rng.randint(26, 29)}. "
            f"Booking reference {rng.choice(['LOG', 'DV'])}-{rng.randint(10000, 99999)}.\n\nThanks,\n{P(p.full)}")


# ---------------------------------------------------------------- en, without personal data
@T("en", False, 3)
def en_job_ad(rng, k):
    return (f"📣 NOW HIRING in Venlo & Tilburg – {['order pickers', 'forklift drivers (certificate required)', 'hotel housekeeping'][k]}\n"
            f"✔ {['18+', 'age 21+', '18+, no experience needed'][k]}\n✔ € {wage(rng)} gross/hour + 8% holiday pay\n"
            f"✔ housing available (€ 113.50/week, max. per CAO)\n✔ shifts {shift(rng)} / {shift(rng)}\nRef. {vacature(rng)} – "
            f"postcode area {rng.choice(['5928', '5015', '5912'])}\nApply: maaskracht.example/en/jobs or DM @maaskracht_jobs\n#jobsNL #warehousejobs #expatjobs")


@T("en", False, 3)
def en_shift_notice(rng, k):
    return (f"Shift update week {rng.randint(30, 45)}\nEarly: {shift(rng, 'early')} at {dock(rng)}\nLate: {shift(rng, 'late')} – inbound, aisle {rng.choice('ABCDEF')}-{rng.randint(1, 40):02d}\n"
            f"Night: {shift(rng, 'night')} (30% allowance)\nBus leaves Logies De Dorsvloer 05:10 sharp. Bring your badge (no. on the back, e.g. B-{rng.randint(1000, 9999)}).\n"
            f"Cancel at least 2 hrs before via +31 6 4821 7730. – Maaskracht Planning")


@T("en", False, 3)
def en_payroll_faq(rng, k):
    return (f"Re: when do I get paid?\n\nHi,\n\nWe pay every 4 weeks. Period {periode(rng)} is paid on {future_date(rng, 'en')}. "
            f"Your payslip shows: hours × € {wage(rng)}, 8% holiday allowance, {rng.choice(['10.5', '9.6'])}% reserve for public holidays, and the "
            f"housing deduction (€ 104.75/week). Wage tax number of the agency: {LHN}. Questions? Always quote your personnel number, never your BSN.\n\n"
            f"Maaskracht Payroll | payroll@maaskracht.example | 077 320 4500")


@T("en", False, 3)
def en_house_rules(rng, k):
    return (f"House rules Logies De Dorsvloer (Heierhoeveweg 7, 5928 RW Venlo)\n1. Quiet hours 22:00–07:00.\n2. Max. {rng.randint(2, 4)} persons per room; "
            f"rooms {rng.randint(101, 150)}–{rng.randint(151, 199)} are non-smoking.\n3. Rent € 113.50/week, deducted from your wage (CAO art. 44).\n"
            f"4. Check-out before 11:00 on your contract end date.\n5. Lost key: € 35,-. Defects: WhatsApp 06 4821 7730 (photo + room number).")


@T("en", False, 3)
def en_tax_question(rng, k):
    pn = bad_nine(rng) if k != 1 else bad_eight(rng)
    return [f"quick question – personnel no. {pn}. do I get the tax credit (loonheffingskorting) if I also work in Poland? period {periode(rng)} my net was € 1.184,33 for 152 hrs",
            f"Web chat: Hello, I am on contract until {future_date(rng, 'en')}, phase A, number {pn}. Will I get the 30% ruling? Gross is € {wage(rng)}/h.",
            f"Hi team, the annual statement (jaaropgave) 2024 for personnel number {pn} shows 2 employers, is that right? I only worked via you from week 12 to week 48."][k]


@T("en", False, 4)
def en_client_order(rng, k):
    d1, d2 = date_pair(rng, "en")
    p1, p2 = plaats_pair(rng)
    return (f"Order confirmation {rng.choice(['OC', 'ORD'])}-{rng.randint(2025000, 2025999)}\nClient: {['Koelhuis Tegelen B.V.', 'Hotel Maasboulevard', 'Greenport Kwekerij Van Rens', 'Trans-Maas Logistics B.V.'][k]}\n"
            f"Positions: {rng.randint(2, 30)} × {['reach truck driver', 'housekeeping', 'harvest worker', 'order picker'][k]}\nStart: {d1}   End: {d2}\n"
            f"Shift: {shift(rng)}   Location: {dock(rng)}\nRate according to framework agreement RO-2024-{rng.randint(10, 99)}; placement numbers {p1} to {p2}.\n"
            f"Maaskracht Uitzendgroep B.V. – KvK 71843026 – VAT NL763777523B01")


# ---------------------------------------------------------------- de, with personal data
@T("de", True, 3)
def de_bewerbung(rng, k):
    p = Person(rng, "de")
    a, plz, town = gen_de_address(rng)
    dob = gen_dob(rng, "de", style=[0, 1, 0][k])
    body = (f"Sehr geehrte Damen und Herren,\n\nhiermit bewerbe ich mich als {['Staplerfahrer/in', 'Kommissionierer/in', 'Pflegehelfer/in'][k]} "
            f"(Stellennummer {vacature(rng)}). Ich wohne in {town}, direkt an der Grenze, und kann gut nach Venlo pendeln.\n\n"
            f"LEBENSLAUF\nName: {P(p.full)}\nAnschrift: {AD(a)}, {PC(plz)} {town}\nGeburtsdatum: {DOB(dob)}\n"
            f"Telefon: {PH(gen_foreign_mobile(rng, 'de'))}\nE-Mail: {EM(p.email(rng))}\nStaatsangehörigkeit: deutsch\nFührerschein: Klasse B{', C1E' if k == 0 else ''}\n\n"
            f"2019–2025 Lagerist, Euro Pallet Service GmbH, Krefeld\n2015–2019 Ausbildung Fachkraft für Lagerlogistik, Niers-Spedition GmbH & Co. KG, Geldern\n\n"
            f"Mit freundlichen Grüßen\n{P(p.full)}")
    return crlf(body) if k == 1 else body


@T("de", True, 3)
def de_anmeldung(rng, k):
    p = Person(rng, ["de", "pl", "de"][k])
    bsn = gen_bsn(rng)
    ib = gen_iban(rng, "DE" if k != 1 else "PL")
    dob = gen_dob(rng, "de", style=[0, 2, 1][k])
    doc = ("Personalausweis", gen_de_ausweis(rng)) if k != 1 else ("Dowód osobisty", gen_pl_id(rng))
    a, plz, town = gen_de_address(rng)
    return (f"Hallo {P(staff('anja'))},\n\nanbei die Angaben für meine Anmeldung:\n\nName: {P(p.last + ', ' + p.first)}\nGeburtsdatum: {DOB(dob)}\n"
            f"BSN (Bürgerservicenummer): {BS(fmt_bsn(bsn, [0, 2, 1][k]))}\n{doc[0]}-Nr.: {ID(doc[1])}\nBankverbindung für den Lohn: {IB(sp4(ib))}\n"
            f"Wohnadresse: {AD(a)}, {PC(plz)} {town}\n\nDie BSN habe ich letzte Woche bei der Gemeinde Venlo (RNI-Schalter) bekommen. "
            f"Beginn laut Vertrag: {future_date(rng, 'de')}.\n\nViele Grüße\n{P(p.first)}")


@T("de", True, 3)
def de_lohnabrechnung(rng, k):
    p = Person(rng, "de")
    pn = bad_nine(rng) if k != 2 else bad_eight(rng)
    bsn = gen_bsn(rng)
    return (f"Guten Tag Frau {P(STAFF['anja'][1])},\n\nauf meiner Lohnabrechnung (Periode {periode(rng)}, Personalnummer {pn}) "
            f"fehlt die Schichtzulage für {rng.randint(3, 6)} Nachtschichten ({shift(rng, 'night')}). Außerdem steht dort eine falsche BSN; "
            f"richtig ist {BS(fmt_bsn(bsn, [0, 1, 0][k]))}. Als Grenzgänger zahle ich Lohnsteuer in den Niederlanden – stimmt die "
            f"Lohnsteuernummer {LHN}? Stundenlohn € {wage(rng)} brutto, Urlaubsgeld 8\u00a0%.\n\nMit freundlichen Grüßen\n{P(p.full)}")


@T("de", True, 3)
def de_krankmeldung(rng, k):
    p = Person(rng, ["de", "pl", "ro"][k])
    if k == 0:
        return (f"Krankmeldung\n\nHallo {P(staff('kevin', False))}, ich bin seit heute krankgeschrieben (bis voraussichtlich {future_date(rng, 'de')}). "
                f"Die AU vom Hausarzt in Kevelaer schicke ich per Post. Meine Schicht {shift(rng)} an Tor {rng.randint(1, 30)} muss jemand übernehmen.\n"
                f"Gruß {P(p.first)}\n{PH(gen_foreign_mobile(rng, 'de'))}")
    if k == 1:
        return (f"[05:01] {P(p.full)}: guten morgen, ich krank heute, nicht kommen. entschuldigung\n[05:02] {P(p.full)}: "
                f"mein Kollege {P(Person(rng, 'pl', 'M').full)} sagt Bescheid bei Schichtleiter\n[06:15] Maaskracht Planning: Gute Besserung! Bitte morgen vor 10 Uhr melden.")
    return (f"Sprachnachricht (0:29), transkribiert: „hallo hier ist {P(p.first.lower())} ich kann heute nicht arbeiten ich habe fieber "
            f"bitte ruf mich zurück auf {PH(gen_nl_mobile(rng, 1))} danke\"")


@T("de", True, 3)
def de_fahrgemeinschaft(rng, k):
    ws = people(rng, "de", 3)
    dp = gen_de_plate(rng)
    kt = gen_kenteken(rng)
    return (f"Fahrgemeinschaft Kevelaer – Venlo (Frühschicht {shift(rng, 'early')})\nFahrer: {P(ws[0].full)}, Auto {LP(dp)}, Handy {PH(gen_foreign_mobile(rng, 'de'))}\n"
            f"Mitfahrer: {P(ws[1].full)}, {P(ws[2].full)}\nTreffpunkt: Parkplatz Busmannstraße, 04:50\n"
            f"Ab {future_date(rng, 'de')} fährt {P(ws[1].first)} mit dem niederländischen Firmenwagen des Kunden ({LP(kt)}), dann Kilometergeld € 0,23/km laut Artikel {rng.randint(30, 40)} CAO.")


@T("de", True, 3)
def de_kunde_planer(rng, k):
    w = Person(rng, ["pl", "ro", "de"][k])
    pl = Person(rng, "de")
    return (f"Hallo {P(staff('anja', False))},\n\nkurze Rückmeldung aus dem Lager Krefeld (Euro Pallet Service GmbH): {P(w.full)} war diese Woche "
            f"dreimal zu spät und hat am Tor {rng.randint(1, 30)} einen Stapler beschädigt (Schadensnummer S-2025-{rng.randint(100, 999)}). "
            f"Bitte mit {P(w.first)} sprechen. Stundenzettel KW {rng.randint(20, 45)} sind freigegeben, Auftrag {plaatsing(rng)}.\n\n"
            f"Viele Grüße\n{P(pl.full)}\nSchichtleitung | Euro Pallet Service GmbH | Tel. {PH(gen_de_fixed(rng))}")


@T("de", True, 3)
def de_unterkunft(rng, k):
    p = Person(rng, ["de", "pl", "ua"][k])
    room = rng.randint(101, 348)
    if k == 0:
        a, plz, town = gen_de_address(rng)
        return (f"Hallo {P(staff('marek', False))},\n\nich ziehe zum {future_date(rng, 'de')} aus Zimmer {room} aus und wohne dann wieder bei meinen Eltern: "
                f"{AD(a)}, {PC(plz)} {town}. Bitte die Kaution (250 €) zurücküberweisen.\n\nGruß\n{P(p.full)}")
    if k == 1:
        return (f"Guten Tag {P(staff('marek'))}, in Zimmer {room} wohnen jetzt 5 Personen, erlaubt sind 4! Neuer Mitbewohner {P(Person(rng, 'ro').full)} "
                f"schläft auf Matratze. Miete 113,50 € pro Woche ist zu viel dafür. {P(p.full)}")
    return (f"Hallo, ich bin {P(p.full)}, Zimmer {room}. Mein Auto ({LP(gen_kenteken(rng))}, gekauft in Venlo) braucht eine Parkkarte für den "
            f"Parkplatz Heierhoeveweg 7. Bitte Rückruf an {PH(gen_nl_mobile(rng))}. Danke!")


@T("de", True, 4)
def de_polnisch_iban(rng, k):
    p = Person(rng, ["pl", "pl", "ro", "ua"][k])
    ib = gen_iban(rng, ["PL", "PL", "RO", "UA"][k])
    mob = gen_foreign_mobile(rng, p.origin)
    return [f"Guten Tag, ich bin {P(p.full)}. Bitte letzte Lohn auf mein polnisches Konto: {IB(ib)}. Ich bin zurück in Polen ab {future_date(rng, 'de')}. Telefon {PH(mob)}. Danke",
            f"hallo {P(staff('anja', False))}, neue kontonummer IBAN {IB(sp4(ib))} (mBank). alte Konto ING geschlossen. gruß {P(p.first.lower())}",
            f"Sehr geehrte Frau {P(STAFF['anja'][1])}, bitte überweisen Sie das Urlaubsgeld auf {IB(sp4(ib))} (Banca Transilvania). "
            f"Erreichbar unter {PH(mob)}. MfG {P(p.full)}",
            f"Hallo Lohnbüro, ich bin {P(p.full)}. Meine ukrainische Konto: {IB(ib)}. Oder bar? Periode {periode(rng)}. Tel {PH(mob)}"][k]


# ---------------------------------------------------------------- de, without personal data
@T("de", False, 3)
def de_stellenanzeige(rng, k):
    return (f"🔧 Jobs in Venlo – nur 15 Minuten von der Grenze! 🇳🇱🇩🇪\n{['Staplerfahrer (m/w/d)', 'Kommissionierer (m/w/d)', 'Pflegehelfer (m/w/d)'][k]}, "
            f"{['ab 18 Jahren', 'ab 21 Jahren', 'ab 18 Jahren, auch Quereinsteiger'][k]}\n💶 € {wage(rng)} brutto/Std. + 8 % Urlaubsgeld\n"
            f"⏰ Schichten {shift(rng)} und {shift(rng)}\n📍 Region {rng.choice(['5928', '5912', '5015'])} – Stellennummer {vacature(rng)}\n"
            f"Deutschsprachige Betreuung: 077 320 4500 oder maaskracht.example/de\n#Grenzgänger #Jobs #Logistik @MaaskrachtWerkt")


@T("de", False, 3)
def de_schichtplan(rng, k):
    return (f"Schichtplan KW {rng.randint(20, 45)}\nFrühschicht {shift(rng, 'early')}: Tor {rng.randint(1, 30)}–{rng.randint(31, 48)}\n"
            f"Spätschicht {shift(rng, 'late')}: Gang {rng.choice('ABCDEF')}-{rng.randint(1, 40):02d}, Kühlzone {rng.choice('KLM')}{rng.randint(1, 9)}\n"
            f"Bitte Sicherheitsschuhe S3 und Warnweste. Absagen mind. 2 Std. vorher: +31 6 4821 7730.\nMaaskracht Planung")


@T("de", False, 3)
def de_lohn_faq(rng, k):
    return (f"Häufige Fragen von Grenzgängern\n• Lohn: alle 4 Wochen, Periode {periode(rng)} am {future_date(rng, 'de')}.\n"
            f"• Steuer: Lohnsteuer in NL, Lohnsteuernummer des Arbeitgebers {LHN}.\n• Zulagen: Nacht 30 %, Samstag 25 %, CAO Artikel {rng.choice(['22', '27', '31'])}.\n"
            f"• Urlaubsgeld 8 %, Feiertagsreservierung {rng.choice(['10,5', '9,6'])} %.\n• Bitte nie die BSN per Mail schicken, nur die Personalnummer (8 oder 9 Ziffern).\n"
            f"Maaskracht Personaldienstleistungen · Nijverheidsweg 88 · 5916 NX Venlo · KvK 71843026")


@T("de", False, 3)
def de_auftrag(rng, k):
    d1, d2 = date_pair(rng, "de")
    return (f"Auftragsbestätigung Nr. {rng.randint(2025000, 2025999)}\nKunde: {['Euro Pallet Service GmbH, Krefeld', 'Niers-Spedition GmbH & Co. KG', 'Rheinland Frische Logistik GmbH'][k]}\n"
            f"Vorgangsnummer {bad_nine(rng)}, Bestellung {rng.randint(4500000000, 4599999999)}\n{rng.randint(2, 20)} Kommissionierer ab {d1} bis {d2}, "
            f"Schicht {shift(rng)}\nVerrechnungssatz gemäß Rahmenvertrag RV-{rng.randint(100, 999)}.\nMaaskracht Uitzendgroep B.V. · USt-IdNr. NL763777523B01")


@T("de", False, 3)
def de_hausordnung(rng, k):
    return (f"Hausordnung Unterkunft De Dorsvloer, Heierhoeveweg 7, 5928 RW Venlo\n1. Nachtruhe 22–7 Uhr.\n2. Höchstens {rng.randint(2, 4)} Personen pro Zimmer "
            f"(Zimmer {rng.randint(101, 199)}–{rng.randint(200, 348)}).\n3. Miete 113,50 € pro Woche, wird mit dem Lohn verrechnet.\n"
            f"4. Schlüsselverlust 35 €. Mängel bitte per WhatsApp an 06-48217730.\n5. Auszug bis 11:00 Uhr am letzten Vertragstag.")


# ---------------------------------------------------------------------------------------------------------
# self test against the reference's vectors
def self_test():
    n = 0
    def ok(c, what):
        nonlocal n
        n += 1
        if not c:
            raise AssertionError("self_test: " + what)
    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "999999990", "111111110",
              "696579303", "103349856", "044126396", "656412689", "460455977", "879119330"]:
        ok(bsn_ok(v), "bsn " + v)
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        ok(not bsn_ok(v), "bsn invalid " + v)
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789", "NL20INGB0001234567",
              "NL39RABO0300065264", "NL68KNAB0123456789", "NL32BUNQ2012345678", "BE71 0961 2345 6769", "DE89370400440532013000",
              "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606", "GB82WEST12345698765432"] + ORG["ibans"]:
        ok(iban_ok(v), "iban " + v)
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300", "DE89370400440532013001"]:
        ok(not iban_ok(v), "iban invalid " + v)
    for v in ["4111111111111111", "5555555555554444", "2221000000000009", "378282246310005", "6011111111111117"]:
        ok(luhn_ok(v), "luhn " + v)
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678"]:
        ok(not luhn_ok(v), "luhn invalid " + v)
    ok(luhn_ok("490154203237518") and not card_iin_ok("490154203237518"), "imei trap")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"] + ORG["btw"]:
        ok(btw_ok(v), "btw " + v)
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL12345678B01"]:
        ok(not btw_ok(v), "btw invalid " + v)
    ok(bsn_ok(RSIN), "org RSIN passes elfproef")
    for v in ["1012 AB", "1012AB", "9999 ZZ", "1000 AA"]:
        ok(postcode_nl_ok(v), "pc " + v)
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB"]:
        ok(not postcode_nl_ok(v), "pc invalid " + v)
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8"]:
        ok(docnr_nl_ok(v), "doc " + v)
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        ok(not docnr_nl_ok(v), "doc invalid " + v)
    for v in ["GB-12-DF", "1-KBB-12", "123-BB-1", "AB-12-34", "12-AB-34", "XB-PK-12", "12-DF-GH", "12-GBX-3", "VB-123-X",
              "G-123-BB", "GBB-12-X", "G-12-BBB", "1-BB-123"]:
        ok(kenteken_ok(v), "kenteken " + v)
    for v in ["1-NSB-12", "12-SS-GH", "AB-1234", "ABC-123"]:
        ok(not kenteken_ok(v), "kenteken invalid " + v)
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "06 1234 5678", "077-3204500"]:
        ok(nl_phone_ok(v), "phone " + v)
    for v in ["06-1234567", "067 1234567", "06 01234567"]:
        ok(not nl_phone_ok(v), "phone invalid " + v)
    ok(pl_id_ok("ABA300000"), "pl id")
    ok(not date_ok(1990, 2, 31) and not date_ok(1991, 2, 29) and date_ok(1992, 2, 29), "dates")
    return n


# ---------------------------------------------------------------------------------------------------------
ORG_VALUES = (ORG["names"] + ORG["phones"] + ORG["ibans"] + ORG["kvk"] + ORG["btw"] + [ORG_IBAN_SP, RSIN, LHN,
              "Nijverheidsweg 88", "Heierhoeveweg 7", "Ringbaan-Oost 302", "5916 NX", "5928 RW", "5013 CD", "5902 RD",
              "06-48217730", "+31 6 4821 7730", "06 4821 7730", "077 320 4500", "013 744 2810"])
NAME_STOP = {"van", "de", "der", "den", "ter", "op", "'t", "Laak", "Zand", "Haar", "Wijs"}
BIRTH_WORDS = ["geb", "geboren", "birth", "dob", "geburt", "born"]


def value_ok(label, v):
    if label == "BSN":
        return bsn_ok(v) or (v.upper().startswith("NL") and v.upper().endswith("B01") and bsn_ok(v[2:-3]))
    if label == "IBAN":
        return iban_ok(v)
    if label == "BTW_ID":
        return btw_ok(v)
    if label == "CREDIT_CARD":
        return luhn_ok(v) and card_iin_ok(v)
    if label == "KVK":
        return bool(re.fullmatch(r"\d{8}", v))
    if label == "EMAIL":
        return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[a-z]{2,}", v))
    if label == "LICENSE_PLATE":
        return kenteken_ok(v) or de_plate_ok(v)
    if label == "POSTCODE":
        return postcode_nl_ok(v) or bool(re.fullmatch(r"\d{5}|\d{2}-\d{3}|\d{6}|[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}", v))
    if label == "PHONE":
        d = re.sub(r"\D", "", v.replace("(0)", ""))
        if v.startswith("06") or v.startswith("+31") or v.startswith("0031"):
            return nl_phone_ok(v)
        if re.fullmatch(r"07700900\d{3}", d):           # UK Ofcom drama range
            return True
        if re.fullmatch(r"(0|49)1[5-7]\d{8,9}", d):     # DE mobile
            return True
        if re.fullmatch(r"(0|49)2(832|821|831|153|157)\d{5,6}", d):  # DE Niederrhein landlines
            return True
        if re.fullmatch(r"(48[5-8]\d{8})|(0048[5-8]\d{8})|(407[2-5]\d{7})|(3519[1236]\d{7})|(346\d{8})|(919\d{9})|"
                        r"(38067\d{7})|(9639\d{8})|(2917\d{6})", d):
            return True
        return nl_phone_ok(v)
    if label == "ID_DOCUMENT":
        c = v.replace(" ", "")
        return (docnr_nl_ok(c) or pl_id_ok(c) or bool(re.fullmatch(r"(I|II|III|IV|V)-V[A-NP-Z1-9]{8}", c))
                or bool(re.fullmatch(r"RX\d{6}|[A-Z]\d{7}|[A-Z]{2}\d{6}|\d{9}|[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}", c)))
    if label == "DATE_OF_BIRTH":
        return bool(re.search(r"(19[4-9]\d|200[0-8])", v))
    if label == "IP_ADDRESS":
        import ipaddress
        try:
            return ipaddress.ip_address(v).is_global
        except ValueError:
            return False
    if label == "ADDRESS":
        return bool(re.search(r"\d", v))
    if label == "PERSON":
        return not re.search(r"\d|@", v)
    return False


def audit(records, pii_flags):
    errs = []
    texts = set()
    for rec, pii in zip(records, pii_flags):
        t, sp, rid = rec["text"], rec["spans"], rec["id"]
        b = t.encode("utf-8")
        if t in texts:
            errs.append(f"{rid}: duplicate text")
        texts.add(t)
        if any(c in t for c in (S0, S1, S2)):
            errs.append(f"{rid}: markup left")
        if pii != bool(sp):
            errs.append(f"{rid}: pii flag {pii} but {len(sp)} spans")
        prev = 0
        covered = []  # char ranges
        for s in sp:
            v = b[s["start"]:s["end"]].decode("utf-8")
            if v != s["_value"]:
                errs.append(f"{rid}: span text {v!r} != {s['_value']!r}")
            if s["start"] < prev:
                errs.append(f"{rid}: overlap/unsorted")
            prev = s["end"]
            if v != v.strip() or v[-1] in ".,;:" or v[0] in ".,;:":
                errs.append(f"{rid}: edge whitespace/punct {v!r}")
            if not value_ok(s["label"], v):
                errs.append(f"{rid}: invalid {s['label']} {v!r}")
            for o in ORG_VALUES:
                if o.replace(" ", "") in v.replace(" ", "") or v in ORG["names"]:
                    errs.append(f"{rid}: org value labelled {v!r}")
            cs = len(b[:s["start"]].decode("utf-8"))
            covered.append((cs, cs + len(v), s["label"]))
            if s["label"] == "DATE_OF_BIRTH":
                ctx = t[max(0, cs - 60):cs].lower()
                if not any(w in ctx for w in BIRTH_WORDS):
                    errs.append(f"{rid}: DOB without birth word {v!r}")

        def is_cov(a, e, label=None):
            return any(x <= a and e <= y and (label is None or l == label) for x, y, l in covered)

        # e-mail spans (char ranges) to skip name checks inside addresses
        mails = [(m.start(), m.end()) for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", t)]
        # every repeat of a labelled value is labelled
        for s in sp:
            v = s["_value"]
            if s["label"] == "PERSON":
                toks = [v] + [x for x in re.split(r"[ ,]+", v) if len(x) >= 3 and x not in NAME_STOP]
                for tok in toks:
                    for m in re.finditer(r"(?<![\w'])" + re.escape(tok) + r"(?![\w])", t, flags=re.I):
                        if any(x <= m.start() < y for x, y in mails):
                            continue
                        if not is_cov(m.start(), m.end(), "PERSON"):
                            errs.append(f"{rid}: unlabelled name occurrence {tok!r} at {m.start()}")
            else:
                for m in re.finditer(re.escape(v), t):
                    if not is_cov(m.start(), m.end()):
                        errs.append(f"{rid}: unlabelled repeat {v!r}")
        # scanners: never left unlabelled
        for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", t):
            if not m.group().endswith("maaskracht.example") and not is_cov(m.start(), m.end(), "EMAIL"):
                errs.append(f"{rid}: unlabelled e-mail {m.group()}")
        for m in re.finditer(r"\b[A-Za-z]{2}\d{2}(?:[ \u00a0]?[A-Za-z0-9]{4}){2,7}(?:[ \u00a0]?[A-Za-z0-9]{1,3})?\b", t):
            g = m.group()
            if iban_ok(g) and re.sub(r"\s", "", g).upper() not in ORG["ibans"] and not is_cov(m.start(), m.end(), "IBAN"):
                errs.append(f"{rid}: unlabelled IBAN {g}")
        for m in re.finditer(r"(?<![\w.\-])(\d{4}\.\d{2}\.\d{3}|\d{3}[ \-]\d{3}[ \-]\d{3}|\d{9})(?![\w]|\.\d)", t):
            g = m.group()
            if bsn_ok(g) and re.sub(r"\D", "", g) != RSIN and not is_cov(m.start(), m.end()):
                errs.append(f"{rid}: unlabelled elfproef number {g}")
        for m in re.finditer(r"(?i)\bNL\d{9}B\d{2}\b", t):
            if m.group().upper() not in ORG["btw"] and not is_cov(m.start(), m.end()):
                errs.append(f"{rid}: unlabelled btw {m.group()}")
        for m in re.finditer(r"(?<![\d])\d(?:[ \-]?\d){12,18}(?![\d])", t):
            g = m.group()
            if luhn_ok(g) and card_iin_ok(g) and not is_cov(m.start(), m.end()):
                errs.append(f"{rid}: unlabelled card {g}")
        for m in re.finditer(r"(?:\+31[ ]?(?:\(0\))?[ ]?6|\b06)[ \-]?\d(?:[ \-]?\d){7}\b", t):
            g = m.group()
            if nl_phone_ok(g) and re.sub(r"\D", "", g)[-8:] != "48217730" and not is_cov(m.start(), m.end(), "PHONE"):
                errs.append(f"{rid}: unlabelled mobile {g}")
        for m in re.finditer(r"\b[1-9]\d{3} ?[A-Z]{2}\b", t):
            g = m.group()
            if postcode_nl_ok(g) and g not in ("5916 NX", "5928 RW", "5013 CD", "5902 RD") and not is_cov(m.start(), m.end()):
                errs.append(f"{rid}: unlabelled postcode {g}")
        for m in re.finditer(r"(?i)kvk[^\n\d]{0,15}(\d{8})\b", t):
            if m.group(1) not in ORG["kvk"] and not is_cov(m.start(1), m.end(1), "KVK"):
                errs.append(f"{rid}: unlabelled kvk {m.group(1)}")
        for m in re.finditer(r"\b[A-Z]{1,3}-\d{1,3}-[A-Z]{1,3}\b|\b\d{1,3}-[A-Z]{2,3}-\d{1,3}\b", t):
            if kenteken_ok(m.group()) and not is_cov(m.start(), m.end()):
                errs.append(f"{rid}: unlabelled kenteken {m.group()}")
        for m in re.finditer(r"(?i)(geb\.?|geboren|date of birth|dob|geburtsdatum|geb\.datum|geboortedatum)[^\n\d]{0,20}(\d{1,4}[-./ ]\w+[-./ ]\d{2,4})", t):
            if not is_cov(m.start(2), m.end(2), "DATE_OF_BIRTH"):
                errs.append(f"{rid}: unlabelled birth date {m.group(2)}")
    return errs


def build():
    by_lang = {"nl": [], "en": [], "de": []}
    for lang, pii, n, f in TEMPLATES:
        for k in range(n):
            rng = random.Random(f"{SEED}:{f.__name__}:{k}")
            marked = f(rng, k)
            text, spans = render(marked)
            by_lang[lang].append((text, spans, pii, f.__name__))
    records, flags = [], []
    for lang in ("nl", "en", "de"):
        items = by_lang[lang]
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(items)
        for i, (text, spans, pii, name) in enumerate(items, 1):
            records.append({"id": f"h14-{lang}-{i:03d}", "lang": lang, "text": text, "spans": spans, "_scenario": name})
            flags.append(pii)
    return records, flags


def main():
    n_self = self_test()
    records, flags = build()
    errs = audit(records, flags)
    if errs:
        for e in errs:
            print("AUDIT:", e, file=sys.stderr)
        sys.exit(1)
    lines = []
    for r in records:
        out = {"id": r["id"], "lang": r["lang"], "text": r["text"],
               "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in r["spans"]]}
        lines.append(json.dumps(out, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # read back: every span re-sliced from the serialised bytes
    for line, r in zip(data.decode("utf-8").splitlines(), records):
        o = json.loads(line)
        tb = o["text"].encode("utf-8")
        for s, s0 in zip(o["spans"], r["spans"]):
            assert tb[s["start"]:s["end"]].decode("utf-8") == s0["_value"]
    with open(os.path.join(HERE, "gold.jsonl"), "wb") as fh:
        fh.write(data)
    # statistics
    langs = ("nl", "en", "de")
    cnt = {l: {lab: 0 for lab in LABELS} for l in langs}
    free = {l: 0 for l in langs}
    msgs = {l: 0 for l in langs}
    lens, nonascii, emoji, crlf_n, nbsp_n = [], 0, 0, 0, 0
    for r in records:
        msgs[r["lang"]] += 1
        if not r["spans"]:
            free[r["lang"]] += 1
        for s in r["spans"]:
            cnt[r["lang"]][s["label"]] += 1
        lens.append(len(r["text"].encode("utf-8")))
        nonascii += any(ord(c) > 127 for c in r["text"])
        emoji += any(ord(c) > 0xFFFF for c in r["text"])
        crlf_n += "\r\n" in r["text"]
        nbsp_n += "\u00a0" in r["text"]
    lens.sort()
    print(f"self-test checks: {n_self}; audit: {len(records)} records OK")
    print("messages:", msgs, "total", len(records))
    tf = sum(free.values())
    print(f"PII-free: {free} total {tf} = {100 * tf / len(records):.1f} %")
    print(f"length bytes: min {lens[0]} median {lens[len(lens) // 2]} max {lens[-1]}; non-ASCII {nonascii}; emoji {emoji}; CRLF {crlf_n}; NBSP {nbsp_n}")
    print("| label | nl | en | de | total |")
    tot = {l: 0 for l in langs}
    for lab in LABELS:
        row = [cnt[l][lab] for l in langs]
        for l in langs:
            tot[l] += cnt[l][lab]
        print(f"| `{lab}` | {row[0]} | {row[1]} | {row[2]} | {sum(row)} |")
    print(f"| **all** | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")
    print("sha256:", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
