#!/usr/bin/env python3
"""heldout47 generator: HR & payroll shared-service centre of the retail chain Zeeflank.

Deterministic (string-seeded random.Random per instance), standard library only.
  python3 -B make.py          self test + audit, then write gold.jsonl
  python3 -B make.py --check  self test + audit, write nothing
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

SEED = "heldout47:zeeflank-hr:v1"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")
LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# ----------------------------------------------------------------------------------------------
# markup
# ----------------------------------------------------------------------------------------------
O_, M_, C_ = "\ue000", "\ue001", "\ue002"
NPO, NPC = "\ue003", "\ue004"


def m(label, value):
    assert label in LABELS, label
    value = str(value)
    assert value == value.strip() and value, repr(value)
    return f"{O_}{label}{M_}{value}{C_}"


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
def NP(v): return f"{NPO}{v}{NPC}"   # not a person although it contains a surname


def render(marked):
    """strip markup -> (text, spans[char], np_ranges[char])"""
    out, spans, nps = [], [], []
    pos, i = 0, 0
    while i < len(marked):
        ch = marked[i]
        if ch == O_:
            j = marked.index(M_, i)
            k = marked.index(C_, j)
            label, value = marked[i + 1:j], marked[j + 1:k]
            assert O_ not in value and NPO not in value
            spans.append((pos, pos + len(value), label, value))
            out.append(value)
            pos += len(value)
            i = k + 1
        elif ch == NPO:
            k = marked.index(NPC, i)
            value = marked[i + 1:k]
            nps.append((pos, pos + len(value)))
            out.append(value)
            pos += len(value)
            i = k + 1
        else:
            out.append(ch)
            pos += 1
            i += 1
    return "".join(out), spans, nps


def char_to_byte(text, ci):
    return len(text[:ci].encode("utf-8"))


# ----------------------------------------------------------------------------------------------
# the organisation (never labelled)
# ----------------------------------------------------------------------------------------------
ORG = {
    "names": ["Zeeflank Retail B.V.", "Zeeflank Retail", "Zeeflank België BV", "Zeeflank Handels GmbH",
              "HR Servicedesk Zeeflank", "Salarisadministratie Zeeflank", "Zeeflank Shared Service Center",
              "Ondernemingsraad Zeeflank", "Betriebsrat Zeeflank", "Zeeflank"],
    "domains": ["zeeflank.example"],
    "phones": ["088 512 7300", "06 1742 5590", "02821 97330"],
    "ibans": ["NL44RABO0318204756", "DE68324500000004417285"],
    "addresses": ["Havenkade 40, 3311 BZ Dordrecht", "Postbus 870, 3300 AW Dordrecht",
                  "Industriestraße 12, 47533 Kleve", "Bredabaan 512, 2170 Merksem"],
    "kvk": ["24381907"],
    "btw": ["NL815427335B01"],
    "handles": ["@ZeeflankWerkt", "@zeeflank_hr", "@zeeflank"],
}
ORG_RSIN = "815427335"           # in the btw number and the loonheffingennummer 815427335L01
ORG_PHONE_VARIANTS = ["088 512 7300", "088-5127300", "+31 88 512 7300", "088 - 512 73 00", "0885127300",
                      "06 1742 5590", "06-17425590", "+31 6 1742 5590", "+31 6 17 42 55 90",
                      "02821 97330", "+49 2821 97330", "02821/97330", "+49 (0)2821 97330"]
ORG_IBAN_VARIANTS = ["NL44RABO0318204756", "NL44 RABO 0318 2047 56", "DE68324500000004417285",
                     "DE68 3245 0000 0004 4172 85"]
STAFF = {
    "sanne": ("Sanne", "Hoogeveen", "F"),       # HR-adviseur
    "jeroen": ("Jeroen", "Kalkman", "M"),       # salarisadministratie
    "ouafae": ("Ouafae", "Benali", "F"),        # HR servicedesk / WhatsApp
    "wouter": ("Wouter", "Claeys", "M"),        # payroll België
    "katrin": ("Katrin", "Vollmer", "F"),       # Personalabteilung GmbH Kleve
    "priya": ("Priya", "Nandakumar", "F"),      # HRIS / payroll systems, international desk
    "ellen": ("Ellen", "Schuurbiers", "F"),     # verzuimcoördinator
    "thijs": ("Thijs", "Ouwerkerk", "M"),       # fleet
}

# ----------------------------------------------------------------------------------------------
# synthetic people, places (written for this set)
# ----------------------------------------------------------------------------------------------
POOLS = {
    "nl": {"F": ["Marieke", "Femke", "Ilse", "Annelies", "Roosmarijn", "Esmée", "Noortje", "Wilma", "Gerdien",
                 "Lieke", "Daniëlle", "Sietske", "Hanneke", "Mirjam", "Loïs"],
           "M": ["Joost", "Maarten", "Gert-Jan", "Ruben", "Sjoerd", "Wessel", "Thijmen", "Koen", "Niels",
                 "Hendrik", "Teun", "Jelle", "Rutger", "Sven"],
           "S": [("", "Hoogendoorn"), ("", "Verschoor"), ("", "Kamsteeg"), ("", "Wijnands"), ("", "Versluis"),
                 ("", "Kooijman"), ("", "Blokland"), ("", "Heijstek"), ("", "Rijnsburger"), ("", "Lagerwey"),
                 ("", "Spaargaren"), ("", "Dubbeldam"), ("", "Noordermeer"), ("", "Verweij"), ("", "Gorter"),
                 ("", "Tielemans"), ("van der", "Giessen"), ("van", "Dongen"), ("de", "Ruijter"),
                 ("van den", "Akker"), ("den", "Hartog"), ("van", "Baarle"), ("van", "Kessel"),
                 ("", "Verhoef-Dubbeldam"), ("", "Slingerland")]},
    "ma": {"F": ["Samira", "Hanane", "Ikram", "Soukaina", "Nadia"],
           "M": ["Youssef", "Bilal", "Anouar", "Mourad", "Hamza"],
           "S": [("", "El Amrani"), ("", "Azzouzi"), ("", "Ouali"), ("", "Bakkali"), ("", "El Khattabi")]},
    "tr": {"F": ["Elif", "Zeynep", "Büşra", "Merve"],
           "M": ["Emre", "Burak", "Oğuz", "Serkan"],
           "S": [("", "Yıldırım"), ("", "Aksoy"), ("", "Çakır"), ("", "Öztürk"), ("", "Demirci")]},
    "sr": {"F": ["Shanti", "Radha", "Chandni"], "M": ["Ravi", "Anand", "Sunil"],
           "S": [("", "Ramdin"), ("", "Sewnath"), ("", "Jagesar"), ("", "Kalloe")]},
    "pl": {"F": ["Agnieszka", "Katarzyna", "Małgorzata"], "M": ["Paweł", "Tomasz", "Krzysztof"],
           "S": [("", "Nowak"), ("", "Kowalczyk"), ("", "Wróbel"), ("", "Zając")]},
    "de": {"F": ["Jutta", "Heike", "Anke", "Swantje", "Mareike", "Dörte"],
           "M": ["Jörg", "Uwe", "Dirk", "Torsten", "Lars", "Sören"],
           "S": [("", "Weißkirchen"), ("", "Hüsken"), ("", "Brüggemann"), ("", "Lemkens"), ("", "Janßen"),
                 ("", "Tenhaef"), ("", "Pütz"), ("", "Schmitz-Elsen"), ("", "Kückelhaus"), ("", "Verhülsdonk")]},
    "be": {"F": ["Griet", "Katrien", "Fien", "Annelore"], "M": ["Pieter-Jan", "Jens", "Wannes", "Dries"],
           "S": [("", "Van Hoecke"), ("", "De Meulemeester"), ("", "Peeters"), ("", "Verbiest"),
                 ("", "Goossens"), ("", "Van Gucht")]},
    "uk": {"F": ["Siobhan", "Rebecca", "Harriet", "Niamh"], "M": ["Callum", "Oliver", "Declan", "Rhys"],
           "S": [("", "Thornbury"), ("", "Pemberton"), ("", "Ashworth"), ("", "O'Connell"), ("", "Whitfield")]},
    "in": {"F": ["Ananya", "Divya", "Kavitha"], "M": ["Arjun", "Rohan", "Vikram"],
           "S": [("", "Venkataraman"), ("", "Iyer"), ("", "Chaudhary"), ("", "Menon")]},
    "pt": {"F": ["Inês", "Beatriz"], "M": ["João", "Tiago"], "S": [("", "Carvalho"), ("", "Figueiredo")]},
    "sy": {"F": ["Rasha", "Lina"], "M": ["Khaled", "Omar"], "S": [("", "Al-Hassan"), ("", "Haddad"), ("", "Kassab")]},
    "ua": {"F": ["Olena", "Iryna"], "M": ["Dmytro", "Oleksandr"], "S": [("", "Kovalenko"), ("", "Tkachenko")]},
}
NL_MIX = ["nl"] * 6 + ["ma", "ma", "tr", "tr", "sr", "pl", "be"]
EN_MIX = ["uk", "uk", "uk", "in", "in", "pt", "sy", "ua", "nl", "pl"]
DE_MIX = ["de"] * 6 + ["nl", "nl", "tr", "pl", "ua"]
TV_WORDS = {"van", "der", "den", "de", "het", "'t", "ter", "ten", "el", "van't", "Van", "De"}


class Person:
    def __init__(self, first, tv, sur, sex):
        self.first, self.tv, self.sur, self.sex = first, tv, sur, sex

    def full(self):
        return " ".join(x for x in (self.first, self.tv, self.sur) if x)

    def last(self):
        """surname as written after a first name or initials"""
        return f"{self.tv} {self.sur}" if self.tv else self.sur

    def last_cap(self):
        """surname standing alone (meneer Van der Giessen)"""
        s = self.last()
        return s[0].upper() + s[1:]

    def ini(self, rng, two=False):
        letters = self.first[0] + "."
        if two:
            letters += rng.choice("ACEHJMPW") + "."
        return f"{letters} {self.last()}"

    def rev(self):
        return f"{self.last_cap()}, {self.first}"


def person(rng, mix, sex=None, origin=None):
    origin = origin or rng.choice(mix)
    pool = POOLS[origin]
    sex = sex or rng.choice("FM")
    tv, sur = rng.choice(pool["S"])
    p = Person(rng.choice(pool[sex]), tv, sur, sex)
    p.origin = origin
    return p


def staff(key):
    f, s, sex = STAFF[key]
    return Person(f, "", s, sex)


def asciify(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def email_for(rng, p, country="nl"):
    doms = {"nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "icloud.com",
                   "planet.nl"],
            "be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.be"],
            "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
            "uk": ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk"]}[country]
    f = re.sub(r"[^a-z]", "", asciify(p.first).lower())
    s = re.sub(r"[^a-z]", "", asciify(p.last()).lower())
    form = rng.randrange(5)
    if form == 0:
        local = f"{f}.{s}"
    elif form == 1:
        local = f"{f[0]}{s}{rng.randint(1, 99)}"
    elif form == 2:
        local = f"{f}_{s[:4]}{rng.randint(70, 99)}"
    elif form == 3:
        local = f"{s}.{f[0]}"
    else:
        local = f"{f}{rng.randint(1980, 2006)}"
    return f"{local}@{rng.choice(doms)}"


NL_TOWNS = {  # town: (pc range, area code)
    "Dordrecht": ((3311, 3329), "078"), "Gorinchem": ((4201, 4208), "0183"), "Breda": ((4811, 4839), "076"),
    "Tilburg": ((5011, 5049), "013"), "Zwijndrecht": ((3331, 3335), "078"), "Papendrecht": ((3351, 3356), "078"),
    "Rotterdam": ((3011, 3089), "010"), "Oss": ((5341, 5353), "0412"), "Sliedrecht": ((3361, 3364), "0184"),
    "Leerdam": ((4141, 4143), "0345"), "Oosterhout": ((4901, 4909), "0162"), "Waalwijk": ((5141, 5146), "0416"),
    "Hardinxveld-Giessendam": ((3371, 3373), "0184"), "Utrecht": ((3511, 3585), "030"),
}
BE_TOWNS = {"Antwerpen": ["2000", "2018", "2060"], "Turnhout": ["2300"], "Mechelen": ["2800"], "Gent": ["9000"],
            "Brasschaat": ["2930"], "Lier": ["2500"]}
DE_TOWNS = {"Kleve": "47533", "Goch": "47574", "Emmerich am Rhein": "46446", "Kevelaer": "47623",
            "Geldern": "47608", "Kalkar": "47546"}
DE_AREA = {"Kleve": "02821", "Goch": "02823", "Emmerich am Rhein": "02822", "Kevelaer": "02832",
           "Geldern": "02831", "Kalkar": "02824"}
NL_STREETS = ["Rietgorsweg", "Lindenhoutstraat", "Kwartelpad", "Laan van Oostwaarde", "Burg. Zegerslaan",
              "Zwaluwenhof", "Klaprooskade", "Dr. Heijmansstraat", "Meeuwensingel", "Vlasbloemstraat",
              "Oude Veerdam", "Schildersgaarde", "Pottenbakkerserf", "Hooiberglaan", "Wielewaalplantsoen",
              "Korenaarstraat", "Spinnerijkade", "Touwslagersdreef", "Lijnbaanhof", "Graaf Florisweg"]
BE_STREETS = ["Molenhoekstraat", "Lindelei", "Kapelsesteenweg", "Zavelstraat", "Kasteeldreef", "Begijnenvest",
              "Populierenlaan"]
DE_STREETS = ["Am Rosengarten", "Schleusenstraße", "Wasserburgallee", "Gocher Landstraße", "Lindenkamp",
              "Hagebuttenweg", "Tiergartenstraße", "Keekener Weg", "Mühlenbachstraße"]
UK_STREETS = ["Larch Avenue", "Holloway Crescent", "Mill Road", "Brackendale Close", "Station Terrace"]
UK_OUT = ["LS6", "M14", "BS7", "NG7", "EH6", "CF24", "B29"]
STORES_NL = [("127", "Gorinchem"), ("104", "Dordrecht"), ("131", "Breda"), ("146", "Tilburg"),
             ("152", "Zwijndrecht"), ("163", "Oss"), ("170", "Rotterdam-Zuid"), ("118", "Leerdam")]
STORES_BE = [("B07", "Turnhout"), ("B03", "Mechelen"), ("B11", "Antwerpen-Berchem")]
STORES_DE = [("D02", "Kleve"), ("D05", "Goch"), ("D08", "Emmerich"), ("D09", "Kevelaer")]
PC_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"


def nl_pc(rng, town):
    lo, hi = NL_TOWNS[town][0]
    while True:
        pair = rng.choice(PC_LETTERS) + rng.choice(PC_LETTERS)
        if pair not in ("SA", "SD", "SS"):
            break
    sep = rng.choice([" ", " ", " ", ""])
    return f"{rng.randint(lo, hi)}{sep}{pair}"


def housenr(rng, style="nl"):
    n = str(rng.randint(1, 180))
    r = rng.random()
    if style == "nl":
        if r < 0.15:
            n += rng.choice("abcd")
        elif r < 0.25:
            n += rng.choice(["-II", "-1", " bis", " hs", "B", "-3"])
    elif style == "be":
        if r < 0.35:
            n += rng.choice([" bus 2", " bus 11", "/3", " bus 4"])
    elif style == "de":
        if r < 0.2:
            n += rng.choice("ab")
    return n


def nl_addr(rng):
    town = rng.choice(list(NL_TOWNS))
    return f"{rng.choice(NL_STREETS)} {housenr(rng)}", nl_pc(rng, town), town


def be_addr(rng):
    town = rng.choice(list(BE_TOWNS))
    return f"{rng.choice(BE_STREETS)} {housenr(rng, 'be')}", rng.choice(BE_TOWNS[town]), town


def de_addr(rng):
    town = rng.choice(list(DE_TOWNS))
    return f"{rng.choice(DE_STREETS)} {housenr(rng, 'de')}", DE_TOWNS[town], town


def uk_addr(rng):
    st = f"{rng.randint(2, 140)} {rng.choice(UK_STREETS)}"
    if rng.random() < 0.3:
        st = f"Flat {rng.randint(1, 9)}, {st}"
    pc = f"{rng.choice(UK_OUT)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    return st, pc, rng.choice(["Leeds", "Manchester", "Bristol", "Nottingham", "Edinburgh", "Cardiff", "Birmingham"])


# ----------------------------------------------------------------------------------------------
# numbers (checksum-valid where a checksum exists)
# ----------------------------------------------------------------------------------------------
def elf_sum(d):
    return sum((9 - i) * int(c) for i, c in enumerate(d[:8])) - int(d[8])


def is_bsn_digits(d):
    return len(d) == 9 and d.isdigit() and int(d) > 0 and elf_sum(d) % 11 == 0


def gen_bsn(rng):
    while True:
        d = str(rng.randint(1, 7)) + "".join(rng.choice("0123456789") for _ in range(8))
        if is_bsn_digits(d):
            return d


def gen_elf_ref(rng, first="123456789"):
    """a 9-digit reference number that happens to pass the elfproef"""
    while True:
        d = rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(8))
        if is_bsn_digits(d):
            return d


def gen_non_elf9(rng, first="123456789"):
    while True:
        d = rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(8))
        if not is_bsn_digits(d):
            return d


def fmt_bsn(rng, d, form=None):
    form = rng.randrange(5) if form is None else form
    return [d, d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"][form]


def mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_make(cc, bban):
    return f"{cc}{98 - mod97(bban + cc + '00'):02d}{bban}"


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "RBRB", "TRIO", "BUNQ", "KNAB", "REVO"]
BIC = {"ABNA": "ABNANL2A", "INGB": "INGBNL2A", "RABO": "RABONL2U", "SNSB": "SNSBNL2A", "ASNB": "ASNBNL21",
       "RBRB": "RBRBNL21", "TRIO": "TRIONL2U", "BUNQ": "BUNQNL2A", "KNAB": "KNABNL2H", "REVO": "REVOLT21"}


def gen_iban_nl(rng, bank=None):
    bank = bank or rng.choice(NL_BANKS)
    return iban_make("NL", bank + "".join(rng.choice("0123456789") for _ in range(10)))


def gen_iban_be(rng):
    while True:
        ten = rng.choice(["001", "063", "068", "363", "735", "973", "751"]) + "".join(
            rng.choice("0123456789") for _ in range(7))
        c = int(ten) % 97 or 97
        return iban_make("BE", f"{ten}{c:02d}")


def gen_iban_de(rng):
    blz = rng.choice(["32450000", "32060362", "35650000", "30050110", "36020030", "32351220"])
    return iban_make("DE", blz + "".join(rng.choice("0123456789") for _ in range(10)))


def gen_iban_gb(rng):
    return iban_make("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) +
                     "".join(rng.choice("0123456789") for _ in range(14)))


def gen_iban_pt(rng):
    return iban_make("PT", "".join(rng.choice("0123456789") for _ in range(21)))


def fmt_iban(rng, ib, form=None):
    form = rng.randrange(4) if form is None else form
    grouped = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return [ib, grouped, grouped, ib.lower()][form]


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "GB": 22, "FR": 27, "PT": 25, "PL": 28}
IBAN_RE = {"NL": r"NL\d\d[A-Z]{4}\d{10}", "BE": r"BE\d{14}", "DE": r"DE\d{20}", "GB": r"GB\d\d[A-Z]{4}\d{14}",
           "FR": r"FR\d{12}[0-9A-Z]{11}\d\d", "PT": r"PT\d{23}", "PL": r"PL\d{26}"}


def is_iban(s):
    c = re.sub(r"[\s\u00a0.-]", "", s).upper()
    cc = c[:2]
    if cc not in IBAN_LEN or len(c) != IBAN_LEN[cc] or not re.fullmatch(IBAN_RE[cc], c):
        return False
    if cc == "BE" and (int(c[4:14]) % 97 or 97) != int(c[14:16]):
        return False
    return mod97(c[4:] + c[:4]) == 1


def is_btw_id(s):
    c = re.sub(r"[\s.]", "", s).upper()
    return bool(re.fullmatch(r"NL\d{9}B\d\d", c)) and c[-2:] != "00" and mod97(c) == 1 and not is_bsn_digits(c[2:11])


def is_ob_number(s):
    c = re.sub(r"[\s.]", "", s).upper()
    return bool(re.fullmatch(r"(NL)?\d{9}B\d\d", c)) and is_bsn_digits(c[-12:-3]) and c[-2:] != "00"


def gen_btw(rng):
    while True:
        d = "".join(rng.choice("0123456789") for _ in range(9))
        if is_bsn_digits(d):
            continue
        for suf in range(1, 100):
            cand = f"NL{d}B{suf:02d}"
            if is_btw_id(cand):
                return cand


def gen_kvk(rng):
    while True:
        k = str(rng.randint(10000000, 99999999))
        if k not in ORG["kvk"]:
            return k


def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def card_iin_ok(d):
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return n == 16
    if d[:2] in ("34", "37"):
        return n == 15
    if d[:4] == "6011" or d[:2] == "65":
        return 16 <= n <= 19
    if 3528 <= int(d[:4]) <= 3589:
        return 16 <= n <= 19
    return False


def is_card(s):
    d = re.sub(r"[ -]", "", s)
    return d.isdigit() and 13 <= len(d) <= 19 and card_iin_ok(d) and luhn_ok(d)


def gen_card(rng, kind):
    pre, n = {"visa": ("4", 16), "mc": (rng.choice(["51", "53", "55", "2223"]), 16), "amex": ("37", 15)}[kind]
    while True:
        d = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre)))
        if luhn_ok(d):
            break
    if kind == "amex":
        return f"{d[:4]} {d[4:10]} {d[10:]}"
    return rng.choice([d, " ".join(d[i:i + 4] for i in range(0, 16, 4)), "-".join(d[i:i + 4] for i in range(0, 16, 4))])


def digits(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


# phones ----------------------------------------------------------------------------------------
NL_AREA2 = {"010", "013", "015", "020", "023", "024", "026", "030", "033", "035", "036", "038", "040", "043", "045",
            "046", "050", "053", "055", "058", "070", "071", "072", "073", "074", "075", "076", "077", "078", "079"}
NL_AREA3 = {"0183", "0184", "0345", "0412", "0162", "0416", "0111", "0118", "0168", "0180", "0186", "0413"}


def gen_nl_mobile(rng, form=None):
    nsn = "6" + rng.choice("123458") + "".join(rng.choice("0123456789") for _ in range(7))
    d = nsn[1:]
    forms = [f"06-{d}", f"06 {d[:4]} {d[4:]}", f"0{nsn}", f"+31 6 {d}", f"+31 (0)6 {d[:4]} {d[4:]}",
             f"06 - {d[:3]} {d[3:6]} {d[6:]}", f"0031 6 {d[:4]} {d[4:]}", f"+316{d}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"]
    return forms[rng.randrange(len(forms)) if form is None else form]


def gen_nl_landline(rng, town):
    area = NL_TOWNS[town][1]
    sub = rng.choice("2345789") + "".join(rng.choice("0123456789") for _ in range(9 - len(area)))
    if len(area) == 3:
        return rng.choice([f"{area}-{sub}", f"{area} {sub[:3]} {sub[3:]}", f"({area}) {sub[:3]} {sub[3:5]} {sub[5:]}",
                           f"+31 {area[1:]} {sub[:3]} {sub[3:]}"])
    return rng.choice([f"{area}-{sub}", f"{area} {sub[:3]} {sub[3:]}", f"+31 {area[1:]} {sub[:3]} {sub[3:]}"])


def gen_be_mobile(rng):
    d = "4" + rng.choice("789") + "".join(rng.choice("0123456789") for _ in range(7))
    return rng.choice([f"0{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+32 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                       f"0{d[:3]}/{d[3:5]}.{d[5:7]}.{d[7:]}", f"0032 {d}"])


def gen_de_mobile(rng):
    pre = rng.choice(["151", "152", "157", "160", "170", "171", "172", "175", "176", "177"])
    sub = "".join(rng.choice("0123456789") for _ in range(8 if pre[:2] == "15" else 7))
    sub = rng.choice("123456789") + sub[1:]
    return rng.choice([f"0{pre} {sub}", f"+49 {pre} {sub}", f"0{pre}/{sub}", f"0{pre}-{sub}", f"0049 {pre} {sub}"])


def gen_de_landline(rng, town):
    area = DE_AREA[town]
    sub = rng.choice("2345789") + "".join(rng.choice("0123456789") for _ in range(rng.choice([4, 5])))
    return rng.choice([f"{area} {sub}", f"{area}/{sub}", f"+49 {area[1:]} {sub}", f"+49 (0){area[1:]} {sub}"])


def gen_uk_mobile(rng):
    s = f"{rng.randint(0, 999):03d}"
    return rng.choice([f"07700 900{s}", f"+44 7700 900{s}", f"+44 (0)7700 900 {s}"])


def phone_norm(s):
    t = s.strip()
    t = t.replace("(0)", "")
    t = re.sub(r"[\s().\-/]", "", t)
    if t.startswith("00"):
        t = "+" + t[2:]
    return t


def is_nl_nat(t):
    if re.fullmatch(r"06[1-58]\d{7}", t) or re.fullmatch(r"088\d{7}", t):
        return True
    if len(t) == 10 and t[:3] in NL_AREA2:
        return t[3] != "0"
    if len(t) == 10 and t[:4] in NL_AREA3:
        return t[4] != "0"
    return False


def is_phone(s):
    t = phone_norm(s)
    if t.startswith("+31"):
        t = "0" + t[3:]
        if t.startswith("00"):
            t = t[1:]
        return is_nl_nat(t)
    if t.startswith("+32"):
        b = t[3:]
        return bool(re.fullmatch(r"4[5-9]\d{7}", b) or re.fullmatch(r"[23][2-8]\d{6}|9[2-4]\d{6}", b))
    if t.startswith("+49"):
        return is_de_nat("0" + t[3:])
    if t.startswith("+44"):
        return bool(re.fullmatch(r"7700900\d{3}", t[3:]))
    if not t.startswith("0") or not t.isdigit():
        return False
    if is_nl_nat(t):
        return True
    if re.fullmatch(r"07700900\d{3}", t):
        return True
    if re.fullmatch(r"04[5-9]\d{7}", t) or re.fullmatch(r"0[23][2-8]\d{6}", t):
        return True  # BE
    return is_de_nat(t)


def is_de_nat(t):
    if re.fullmatch(r"01(5[127]\d{8}|6[02]\d{7}|7[0-7]\d{7})", t):
        return True
    for a in DE_AREA.values():
        if t.startswith(a) and 5 <= len(t) - len(a) <= 6 and t[len(a)] not in "01":
            return True
    return False


# postcodes ---------------------------------------------------------------------------------------
def is_postcode(s):
    if re.fullmatch(r"[1-9]\d{3} ?[A-Za-z]{2}", s):
        return s[-2:].upper() not in ("SA", "SD", "SS")
    if re.fullmatch(r"\d{5}", s):
        return s in DE_TOWNS.values()
    if re.fullmatch(r"\d{4}", s):
        return any(s in v for v in BE_TOWNS.values())
    return bool(re.fullmatch(r"[A-Z]{1,2}\d{1,2}[A-Z]? \d[ABD-HJLNP-UW-Z]{2}", s))


# plates --------------------------------------------------------------------------------------------
PLATE_LET = "BDFGHJKLNPRSTVXZ"
SIDECODES = {7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX",
             13: "9-XX-999", 14: "999-XX-9", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX"}
BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS", "KVT", "VVD", "SP"]


def plate_ok(s):
    c = s.upper().replace(" ", "-")
    if "-" not in c:
        return any(plate_ok(x) for x in _hyphenations(c))
    shape = re.sub(r"[A-Z]", "X", re.sub(r"\d", "9", c))
    if shape not in SIDECODES.values():
        return False
    letters = re.sub(r"[^A-Z]", "", c)
    groups = re.findall(r"[A-Z]+", c)
    if any(b in g for g in groups for b in BANNED):
        return False
    return all(ch in PLATE_LET for ch in letters)


def _hyphenations(c):
    for pat in SIDECODES.values():
        if len(pat.replace("-", "")) == len(c):
            out, i = "", 0
            for ch in pat:
                if ch == "-":
                    out += "-"
                else:
                    out += c[i]
                    i += 1
            yield out


def gen_plate(rng, codes=(7, 8, 9, 10, 11, 12, 13, 14), form=None):
    while True:
        pat = SIDECODES[rng.choice(codes)]
        s = "".join(rng.choice(PLATE_LET) if ch == "X" else rng.choice("123456789") if ch == "9" else "-" for ch in pat)
        if plate_ok(s):
            break
    form = rng.randrange(5) if form is None else form
    return [s, s, s, s.replace("-", ""), s.lower()][form]


DE_KZ_CITY = ["KLE", "WES", "D", "DU", "BOR", "KR"]


def gen_de_plate(rng):
    city = rng.choice(DE_KZ_CITY)
    let = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2])))
    num = str(rng.randint(1, 9999))
    return rng.choice([f"{city}-{let} {num}", f"{city} {let} {num}", f"{city}-{let}{num}"])


def is_de_plate(s):
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} ?[1-9]\d{0,3}[EH]?", s))


# documents ------------------------------------------------------------------------------------------
DOC_AL = "ABCDEFGHIJKLMNPQRSTUVWXYZ"          # no O


def gen_nl_doc(rng, kind="N"):
    while True:
        s = kind + rng.choice(DOC_AL) + "".join(rng.choice(DOC_AL + "123456789") for _ in range(6)) + rng.choice("123456789")
        if sum(c.isdigit() for c in s[2:8]) >= 2:
            return s


def is_nl_doc(s):
    return bool(re.fullmatch(r"[A-Z]{2}[0-9A-Z]{6}[0-9]", s)) and "O" not in s


def gen_res_doc(rng):
    return rng.choice(["II", "III", "IV"]) + "-V" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(8))


def is_res_doc(s):
    return bool(re.fullmatch(r"(I|II|III|IV|V)-V[A-Z1-9]{8}", s)) and "O" not in s[3:]


DE_DOC = "CFGHJKLMNPRTVWXYZ0123456789"


def gen_de_ausweis(rng):
    while True:
        s = rng.choice("LMNPRTVWXY") + "".join(rng.choice(DE_DOC) for _ in range(8))
        if sum(c.isdigit() for c in s) >= 3:
            return s


def is_de_doc(s):
    return len(s) == 9 and all(c in DE_DOC for c in s)


def is_id_doc(s):
    c = s.replace(" ", "")
    return (is_nl_doc(c) or is_res_doc(s) or is_de_doc(c) or bool(re.fullmatch(r"[45]\d{9}", c))   # rijbewijs
            or (bool(re.fullmatch(r"\d{9}", c)) and not is_bsn_digits(c))                           # UK passport
            or bool(re.fullmatch(r"[A-Z]\d{7}", c)))                                                  # Indian passport


# dates --------------------------------------------------------------------------------------------
MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}
TODAY = datetime.date(2025, 11, 1)


def gen_date(rng, y0, y1):
    while True:
        try:
            return datetime.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 31))
        except ValueError:
            pass


def fmt_date(rng, d, lang, form=None):
    M = MONTHS[lang]
    if lang == "nl":
        forms = [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day} {M[d.month - 1]} {d.year}", d.isoformat(),
                 f"{d.day}-{d.month}-{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}"]
    elif lang == "en":
        forms = [f"{d.day} {M[d.month - 1]} {d.year}", f"{M[d.month - 1]} {d.day}, {d.year}",
                 f"{d.day:02d}/{d.month:02d}/{d.year}", d.isoformat(), f"{d.day} {M[d.month - 1][:3]} {d.year}"]
    else:
        forms = [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {M[d.month - 1]} {d.year}", f"{d.day}.{d.month}.{d.year}",
                 f"{d.day:02d}.{d.month:02d}.{d.year}"]
    return forms[rng.randrange(len(forms)) if form is None else form]


def parse_date(s):
    s = s.strip()
    mt = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", s)
    try:
        if mt:
            return datetime.date(int(mt[3]), int(mt[2]), int(mt[1]))
        mt = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", s)
        if mt:
            return datetime.date(int(mt[1]), int(mt[2]), int(mt[3]))
        for lang, M in MONTHS.items():
            for i, name in enumerate(M):
                for nm in {name, name[:3]}:
                    mt = re.fullmatch(rf"(\d{{1,2}})\.? {re.escape(nm)} (\d{{4}})", s)
                    if mt:
                        return datetime.date(int(mt[2]), i + 1, int(mt[1]))
                    mt = re.fullmatch(rf"{re.escape(nm)} (\d{{1,2}}), (\d{{4}})", s)
                    if mt:
                        return datetime.date(int(mt[2]), i + 1, int(mt[1]))
    except ValueError:
        return None
    return None


def is_dob(s):
    d = parse_date(s)
    return d is not None and 1900 <= d.year and d <= TODAY


def nd(rng, lang, y0=2025, y1=2025, form=None):
    """a non-birth date"""
    return fmt_date(rng, gen_date(rng, y0, y1), lang, form)


def nd_pair(rng, lang, form=None, gap=(3, 120)):
    """two ordered non-birth dates in 2025/2026"""
    a = gen_date(rng, 2025, 2025)
    b = a + datetime.timedelta(days=rng.randint(*gap))
    f = rng.randrange(5 if lang != "de" else 4) if form is None else form
    return fmt_date(rng, a, lang, f), fmt_date(rng, b, lang, f)


def gen_ipv4(rng):
    while True:
        a = rng.choice([31, 37, 62, 77, 80, 81, 82, 84, 85, 86, 87, 89, 92, 94, 145, 178, 188, 195, 212, 213, 217])
        ip = f"{a}.{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ipaddress.ip_address(ip).is_global:
            return ip


def gen_ipv6(rng):
    while True:
        ip = "2a02:" + ":".join(f"{rng.randint(0, 0xffff):x}" for _ in range(3)) + "::" + f"{rng.randint(1, 0xffff):x}"
        if ipaddress.ip_address(ip).is_global:
            return ip


def is_public_ip(s):
    try:
        return ipaddress.ip_address(s).is_global
    except ValueError:
        return False


EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")


def is_email(s):
    return bool(EMAIL_RE.fullmatch(s)) and not any(s.lower().endswith("@" + d) or s.lower().endswith("." + d)
                                                   for d in ORG["domains"])


def pnr(rng):
    return str(rng.randint(200000, 489999))


def amt(rng, lo, hi, lang="nl"):
    v = rng.randint(lo * 100, hi * 100) / 100
    s = f"{v:,.2f}"
    if lang in ("nl", "de"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def hhmm(rng, h0=7, h1=22):
    return f"{rng.randint(h0, h1):02d}:{rng.randint(0, 59):02d}"


def ticket(rng):
    return rng.choice(["HR-2025-", "SR-", "INC"]) + str(rng.randint(10000, 99999))


# ----------------------------------------------------------------------------------------------
# shared snippets
# ----------------------------------------------------------------------------------------------
def org_phone(rng, which=0):
    return rng.choice([ORG_PHONE_VARIANTS[:5], ORG_PHONE_VARIANTS[5:9], ORG_PHONE_VARIANTS[9:]][which])


def sig_nl(rng, st, role="HR Servicedesk"):
    s = staff(st)
    name = P(s.full()) if rng.random() < 0.7 else P(s.first)
    opening = rng.choice(["Met vriendelijke groet,", "Met vriendelijke groeten,", "Vriendelijke groet,", "Groet,"])
    foot = rng.choice([
        f"{role} | Zeeflank Retail B.V.\nHavenkade 40, 3311 BZ Dordrecht\nT {org_phone(rng)} | WhatsApp {org_phone(rng, 1)}\nhrservicedesk@zeeflank.example",
        f"{role}\nZeeflank Shared Service Center\nPostbus 870, 3300 AW Dordrecht | {org_phone(rng)}\nwww.zeeflank.example/werken",
        f"{role} – Zeeflank\nT: {org_phone(rng)} (ma-vr 8:30-17:00)\nmijn.zeeflank.example",
    ])
    return f"{opening}\n\n{name}\n{foot}"


def sig_en(rng, st, role="HR Service Desk"):
    s = staff(st)
    name = P(s.full()) if rng.random() < 0.7 else P(s.first)
    opening = rng.choice(["Kind regards,", "Best regards,", "Best,", "Many thanks,"])
    foot = rng.choice([
        f"{role} | Zeeflank Retail B.V.\nHavenkade 40, 3311 BZ Dordrecht, the Netherlands\nT {org_phone(rng)} | international@zeeflank.example",
        f"{role}, Zeeflank Shared Service Center\nPhone {org_phone(rng)} (Mon-Fri 8.30-17.00 CET)",
    ])
    return f"{opening}\n{name}\n{foot}"


def sig_de(rng, st="katrin", role="Personalabteilung"):
    s = staff(st)
    name = P(s.full()) if rng.random() < 0.7 else P(s.first)
    opening = rng.choice(["Mit freundlichen Grüßen", "Viele Grüße", "Freundliche Grüße", "MfG"])
    foot = rng.choice([
        f"{role}\nZeeflank Handels GmbH\nIndustriestraße 12, 47533 Kleve\nTel. {org_phone(rng, 2)}\npersonal@zeeflank.example",
        f"{role} | Zeeflank Handels GmbH | Industriestraße 12 | 47533 Kleve\nTelefon {org_phone(rng, 2)} | www.zeeflank.example/de",
    ])
    return f"{opening}\n\n{name}\n{foot}"


MONTHS_NL = MONTHS["nl"]


# ----------------------------------------------------------------------------------------------
# NL scenarios with personal data
# ----------------------------------------------------------------------------------------------
def nl_bank(rng, k):
    p = person(rng, NL_MIX if k < 2 else ["be"])
    nr = pnr(rng)
    if k == 0:
        em = email_for(rng, p)
        ib = gen_iban_nl(rng)
        store = rng.choice(STORES_NL)
        return (f"Van: {P(p.full())} <{EM(em)}>\nAan: HR Servicedesk <hrservicedesk@zeeflank.example>\n"
                f"Onderwerp: Wijziging rekeningnummer salaris\n\nBeste HR Servicedesk,\n\n"
                f"Per de volgende salarisbetaling wil ik mijn loon graag op een nieuwe rekening ontvangen. Mijn oude "
                f"rekening (NL** INGB **** **{rng.randint(10, 99)} {rng.randint(10, 99)}) wordt per {nd(rng, 'nl')} opgeheven.\n\n"
                f"Nieuw IBAN: {IB(fmt_iban(rng, ib, 1))}\nt.n.v. {P(p.ini(rng, rng.random() < 0.5))}\n"
                f"Personeelsnummer: {nr}\nFiliaal: {store[0]} ({store[1]})\n\n"
                f"Moet ik hiervoor nog een formulier invullen in Mijn Zeeflank? Ik heb het daar geprobeerd maar kreeg "
                f"foutcode E-4102.\n\nMet vriendelijke groet,\n{P(p.full())}\n{PH(gen_nl_mobile(rng))}")
    if k == 1:
        ib = gen_iban_nl(rng, rng.choice(["BUNQ", "KNAB", "REVO", "ASNB"]))
        first = p.first.lower()
        return (f"hoi, ik heb sinds kort een nieuwe bank kan mijn salaris voortaan hierop?? {IB(fmt_iban(rng, ib, rng.choice([0, 3])))}\n"
                f"pers nr {nr} , werk bij filiaal {rng.choice(STORES_NL)[0]} op de vers afdeling\n"
                f"de strook van periode {rng.randint(1, 12)} mag nog naar de oude, maakt niet uit\n"
                f"alvast bedankt! {P(first)}")
    ib = gen_iban_be(rng)
    st = rng.choice(STORES_BE)
    return (f"[Webformulier Mijn Zeeflank – Wijziging bankgegevens]\nIngediend: {nd(rng, 'nl', form=0)} {hhmm(rng)}\n"
            f"Formulier-ID: WF-{rng.randint(100000, 999999)}\nLand van tewerkstelling: België\n"
            f"Naam: {P(p.rev())}\nPersoneelsnummer: {nr}\nWinkel: Zeeflank {st[1]} ({st[0]})\n"
            f"Nieuw rekeningnummer (IBAN): {IB(fmt_iban(rng, ib, 1))}\nBIC: {rng.choice(['GEBABEBB', 'KREDBEBB', 'BBRUBEBB'])}\n"
            f"Opmerking: Graag vanaf de loonbrief van {rng.choice(MONTHS_NL)}. Bij vragen mijn gsm: {PH(gen_be_mobile(rng))}\n"
            f"Verklaring: ik verklaar dat de rekening op mijn naam staat [x]")


def nl_address(rng, k):
    p = person(rng, NL_MIX if k < 2 else ["be"])
    if k == 0:
        a1, pc1, t1 = nl_addr(rng)
        a2, pc2, t2 = nl_addr(rng)
        return (f"Onderwerp: adreswijziging\n\nHallo,\n\nIk ben verhuisd en wil graag mijn adres laten aanpassen voor de "
                f"loonstrook en de jaaropgaaf.\n\nOud adres: {AD(a1)}, {PC(pc1)} {t1}\nNieuw adres: {AD(a2)}, {PC(pc2)} {t2}\n"
                f"Ingangsdatum: {nd(rng, 'nl')}\n\nMijn reisafstand naar de winkel wordt nu {rng.randint(4, 38)} km enkele reis, "
                f"dus de reiskostenvergoeding moet ook aangepast worden denk ik?\n\n{rng.choice(['Groetjes', 'Groet', 'Mvg'])},\n"
                f"{P(p.full())}\npers.nr. {pnr(rng)}")
    if k == 1:
        s = staff(rng.choice(["ouafae", "sanne"]))
        a, pc, t = nl_addr(rng)
        t0 = rng.randint(9, 16)
        em = email_for(rng, p)
        return (f"Chat HR Servicedesk — gesprek #{rng.randint(40000, 99999)} — {nd(rng, 'nl', form=0)}\n"
                f"[{t0}:02] {P(s.first)} (HR Servicedesk): Goedemiddag, waarmee kan ik je helpen?\n"
                f"[{t0}:03] {P(p.full())}: ik ben verhuisd hoe geef ik dat door\n"
                f"[{t0}:03] {P(s.first)} (HR Servicedesk): Dat kan via Mijn Zeeflank > Mijn gegevens. Ik kan het ook voor je "
                f"invoeren. Wat is je nieuwe adres en per wanneer?\n"
                f"[{t0}:05] {P(p.full())}: {AD(a.lower())} in {t.lower()}, postcode {PC(pc)}. sinds 1 {rng.choice(MONTHS_NL)}\n"
                f"[{t0}:06] {P(s.first)} (HR Servicedesk): Dank je. Staat je e-mailadres nog goed?\n"
                f"[{t0}:06] {P(p.full())}: nee graag {EM(em)}\n"
                f"[{t0}:07] {P(s.first)} (HR Servicedesk): Aangepast, je ziet het terug op de strook van periode "
                f"{rng.randint(2, 12)}. Fijne dag!")
    a, pc, t = be_addr(rng)
    st = rng.choice(STORES_BE)
    return (f"Dag {P(staff('wouter').first)},\n\nIk verhuis op {nd(rng, 'nl')} naar een nieuw appartement. Mijn nieuw adres "
            f"wordt:\n\n{AD(a)}\n{PC(pc)} {t}\n\nKan dit ook doorgegeven worden aan het sociaal secretariaat voor de "
            f"fiscale fiche? Mijn personeelsnummer is {pnr(rng)} (winkel {st[0]} {st[1]}).\n\n"
            f"Vriendelijke groeten,\n{P(p.full())}\ngsm {PH(gen_be_mobile(rng))}")


def nl_onboarding(rng, k):
    p = person(rng, NL_MIX)
    mgr = person(rng, NL_MIX)
    town = rng.choice(list(NL_TOWNS))
    store = rng.choice(STORES_NL)
    a, pc, t = nl_addr(rng)
    dob = fmt_date(rng, gen_date(rng, 1970, 2007), "nl")
    bsn = gen_bsn(rng)
    ib = gen_iban_nl(rng)
    if k == 0:
        em = email_for(rng, p)
        doc = gen_nl_doc(rng, "I")
        return (f"Van: {P(mgr.full())} <filiaal{store[0]}@zeeflank.example>\nAan: hrservicedesk@zeeflank.example\n"
                f"Onderwerp: Fw: documenten nieuwe medewerker\n\nHoi HR,\n\nHierbij de gegevens van onze nieuwe "
                f"medewerker {P(p.full())}, start {nd(rng, 'nl')} (oproepcontract). Kunnen jullie het dossier aanmaken?\n\n"
                f"Groet,\n{P(mgr.first)}\nFiliaalmanager Zeeflank {store[1]} (filiaal {store[0]})\n\n"
                f"-----Oorspronkelijk bericht-----\nVan: {P(p.full())} <{EM(em)}>\nVerzonden: {nd(rng, 'nl', form=1)} {hhmm(rng)}\n"
                f"Aan: filiaal{store[0]}@zeeflank.example\nOnderwerp: documenten\n\nHallo {P(mgr.first)},\n\n"
                f"Hier mijn gegevens voor het contract:\nBSN: {BS(fmt_bsn(rng, bsn))}\nGeboortedatum: {DOB(dob)}\n"
                f"IBAN: {IB(fmt_iban(rng, ib))}\nAdres: {AD(a)}, {PC(pc)} {t}\n"
                f"Identiteitskaart nr: {ID(doc)}, geldig tot {nd(rng, 'nl', 2029, 2034)}\n\n"
                f"Een kopie van mijn ID zit in de bijlage (afgeschermd met de KopieID-app).\n\nGroetjes {P(p.first)}")
    if k == 1:
        s = staff(rng.choice(["sanne", "jeroen"]))
        doc = gen_nl_doc(rng, "N")
        return (f"Onboarding checklist — dossier HR-2025-{rng.randint(1000, 9999)}\nMedewerker: {P(p.rev())}\n"
                f"Functie: Medewerker vers, {rng.choice([12, 16, 24, 32])} uur, filiaal {store[0]}\nStartdatum: {nd(rng, 'nl', form=0)}\n"
                f"[x] Loonheffingsverklaring ontvangen (loonheffingskorting: {rng.choice(['ja', 'nee'])})\n"
                f"[x] ID gecontroleerd: paspoort {ID(doc)}, geldig t/m {nd(rng, 'nl', 2030, 2035, form=0)}\n"
                f"[x] BSN {BS(fmt_bsn(rng, bsn, 0))} gecontroleerd tegen paspoort\n"
                f"[x] Geboortedatum {DOB(fmt_date(rng, gen_date(rng, 1970, 2003), 'nl', 0))} (geen jeugdloon)\n"
                f"[x] IBAN {IB(fmt_iban(rng, ib, 0))}\n[ ] Aanmelding pensioenfonds (wacht op systeem)\n"
                f"[ ] Kopie ID vernietigen na controle (AVG)\n"
                f"Opmerking: VOG aangevraagd op {nd(rng, 'nl', form=0)}, ref. {rng.randint(1000000, 9999999)}.\n"
                f"Gecontroleerd door {P(s.full())} — {hhmm(rng)}")
    doc = gen_nl_doc(rng, "I")
    return (f"hoi hr\n\nik begin volgende week in de winkel in {store[1]} en {P(mgr.first)} zei dat ik mijn gegevens naar jullie "
            f"moest mailen. mijn bsn is {BS(bsn)} en mijn rekeningnummer {IB(fmt_iban(rng, ib, 0))}. ik ben geboren op {DOB(dob)} "
            f"dus ik krijg toch gewoon volwassen loon?\nmijn id kaart nummer is {ID(doc)}\n\ngr {P(p.first)}\n\n"
            f"Verstuurd vanaf mijn iPhone")


def nl_payslip(rng, k):
    p = person(rng, NL_MIX)
    bsn = gen_bsn(rng)
    per = rng.randint(1, 13)
    if k == 0:
        br, zt, lh, pf = (rng.randint(90000, 240000), rng.randint(4000, 18000), rng.randint(9000, 42000),
                          rng.randint(2000, 9000))
        eur = lambda c: f"{c / 100:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return (f"Onderwerp: Vraag over loonstrook periode {per}\n\nGoedemiddag,\n\nOp mijn loonstrook van periode {per} staat "
                f"veel minder netto dan normaal. Hieronder een stukje van de strook:\n\n"
                f"Werknemer: {P(p.rev())}     Pers.nr: {pnr(rng)}\nBSN: {BS(fmt_bsn(rng, bsn, 2))}     "
                f"Loonheffingennummer: 815427335L01\nTabel: wit / 4-weken     Loonheffingskorting: ja\n"
                f"Bruto loon              € {eur(br)}\nToeslag zondag 100%     € {eur(zt)}\n"
                f"Loonheffing             € {eur(lh)}-\nPensioen PFDH           € {eur(pf)}-\n"
                f"Netto                   € {eur(br + zt - lh - pf)}\n\nIk heb volgens mij niet minder uren gewerkt. "
                f"Kan iemand ernaar kijken?\n\nVriendelijke groet,\n{P(p.full())}")
    if k == 1:
        em = email_for(rng, p)
        qd = nd(rng, "nl", form=1)
        return (f"Beste {P(p.first)},\n\nDank voor je vraag. De hogere inhouding komt doordat in periode {per} ook de "
                f"eindejaarsuitkering is uitbetaald; daarover geldt het tarief voor bijzondere beloningen "
                f"({rng.choice(['37,48', '49,50'])}%). Dat is dus geen fout. De correctie van je reiskosten "
                f"(€ {amt(rng, 10, 60)}) volgt in periode {per + 1}.\n\n{sig_nl(rng, 'jeroen', 'Salarisadministratie')}\n\n"
                f"Op {qd} om {hhmm(rng)} schreef {P(p.full())} <{EM(em)}>:\n> waarom is mijn netto zo laag deze keer??\n"
                f"> mijn bsn staat er ook op: {BS(bsn)}, klopt dat wel dat dat op de strook moet?\n> groet {P(p.first)}")
    nm = p.full().upper()
    ib = gen_iban_nl(rng)
    return (f"WAAROM IS MIJN LOON NOG STEEDS NIET OVERGEMAAKT!!! IEDEREEN IN DE WINKEL HEEFT HET AL. IK HEB HUUR TE BETALEN "
            f"OP DE {rng.randint(25, 28)}E. PERSONEELSNUMMER {pnr(rng)}. HET MOET NAAR {IB(fmt_iban(rng, ib, 1))} EN NIET "
            f"NAAR MIJN OUDE REKENING. BEL MIJ TERUG OP {PH(gen_nl_mobile(rng, rng.choice([0, 2])))}\n{P(nm)}")


def nl_sick(rng, k):
    p = person(rng, NL_MIX)
    mgr = person(rng, NL_MIX)
    store = rng.choice(STORES_NL)
    pro = "Ze" if p.sex == "F" else "Hij"
    if k == 0:
        return (f"Onderwerp: ziekmelding {P(p.full())} filiaal {store[0]}\n\nHoi {P('Ellen')},\n\n{P(p.first)} heeft zich "
                f"vanochtend om {hhmm(rng, 6, 9)} ziek gemeld ({rng.choice(['rugklachten', 'griep', 'migraine'])}, verwacht ongeveer een week). "
                f"{pro} is bereikbaar op {PH(gen_nl_mobile(rng))}. Eerste ziektedag: {nd(rng, 'nl', form=0)}.\n"
                f"De diensten van deze week zijn opgevangen door de invalpool.\n\nGroet,\n{P(mgr.first)}\n"
                f"Teamleider filiaal {store[0]} {store[1]}")
    if k == 1:
        s = staff("ellen")
        return (f"[Verzuimdesk chat {nd(rng, 'nl', form=0)}]\n{P(p.full())}: goedemorgen ik wil me ziek melden, ik kan "
                f"vandaag niet werken\nVerzuimdesk ({P(s.first)}): Goedemorgen, vervelend om te horen. Wat is je "
                f"personeelsnummer en op welk nummer ben je de komende dagen bereikbaar?\n{P(p.full())}: {pnr(rng)} en "
                f"{PH(gen_nl_mobile(rng))}\nVerzuimdesk ({P(s.first)}): Genoteerd. Je hoeft ons niet te vertellen wat je "
                f"hebt. De bedrijfsarts kan contact opnemen. Beterschap!\n{P(p.full())}: dankje")
    town = rng.choice(list(NL_TOWNS))
    return (f"Notitie verzuimregistratie — case VZ-{rng.randint(10000, 99999)}\nMedewerker: {P(p.rev())}, filiaal {store[0]}\n"
            f"Ziekmelding ontvangen via leidinggevende ({P(mgr.full())}) op {nd(rng, 'nl', form=0)} {hhmm(rng)}.\n"
            f"Verblijfadres tijdens ziekte afwijkend: {AD(nl_addr(rng)[0])}, {PC(nl_pc(rng, town))} {town} (bij ouders).\n"
            f"Terugbelnummer: {PH(gen_nl_landline(rng, town))}\nActie: uitnodiging spreekuur bedrijfsarts week "
            f"{rng.randint(2, 50)}. Vastgelegd door {P(staff('ellen').full())}.")


def nl_parental(rng, k):
    p = person(rng, NL_MIX)
    csex = rng.choice("FM")
    child = Person(rng.choice(POOLS["nl"][csex]), p.tv, p.sur, csex)
    d = gen_date(rng, 2024, 2025)
    if d > TODAY:
        d = datetime.date(2025, 6, 14)
    bsn = gen_bsn(rng)
    if k == 0:
        return (f"Beste salarisadministratie,\n\nOp {DOB(fmt_date(rng, d, 'nl', 1))} is onze {'zoon' if csex == 'M' else 'dochter'} "
                f"{P(child.full())} geboren! Ik wil graag betaald ouderschapsverlof opnemen vanaf {nd(rng, 'nl', 2025, 2025)} "
                f"({rng.choice([9, 6, 4])} weken, {rng.choice(['1 dag', '2 dagen'])} per week).\n\nGegevens voor het UWV:\n"
                f"BSN van {P(child.first)}: {BS(fmt_bsn(rng, bsn, 0))}\nGeboortedatum: {DOB(fmt_date(rng, d, 'nl', 0))}\n\n"
                f"Moet ik de uitkering zelf aanvragen of doen jullie dat?\n\nGroeten,\n{P(p.full())}\n"
                f"filiaal {rng.choice(STORES_NL)[0]}, pers.nr. {pnr(rng)}")
    partner = person(rng, NL_MIX, sex=rng.choice("FM"))
    return (f"[Formulier Verlofaanvraag – Geboorte- en ouderschapsverlof]\nAanvrager: {P(p.full())}\n"
            f"Personeelsnummer: {pnr(rng)}\nSoort verlof: aanvullend geboorteverlof (WIEG)\n"
            f"Naam kind: {P(child.full())}\nGeboortedatum kind: {DOB(fmt_date(rng, d, 'nl', 0))}\n"
            f"Naam partner: {P(partner.full())}\nPeriode: {' t/m '.join(nd_pair(rng, 'nl', 0))}\n"
            f"Uren per week: {rng.choice([16, 20, 24])}\nToelichting: {rng.choice(['graag in overleg met mijn teamleider', 'verlof aaneengesloten', '-'])}\n"
            f"Status: ingediend, wacht op akkoord leidinggevende")


def nl_lease(rng, k):
    p = person(rng, NL_MIX)
    plate = gen_plate(rng)
    if k == 0:
        kenmerk = "20" + "".join(rng.choice("0123456789") for _ in range(14))
        return (f"Onderwerp: FW: verkeersboete leaseauto {LP(plate)}\n\nHallo {P(p.first)},\n\nWe ontvingen via de "
                f"leasemaatschappij een beschikking (CJIB-kenmerk {kenmerk}) voor de auto met kenteken {LP(plate)}: "
                f"snelheidsovertreding op {nd(rng, 'nl', form=0)} om {hhmm(rng)} op de A16. Volgens onze administratie reed jij "
                f"in die periode in deze auto. Het bedrag van € {amt(rng, 30, 240)} wordt conform de leaseregeling (art. 7.3) "
                f"ingehouden op je salaris van periode {rng.randint(2, 12)}.\n\n{sig_nl(rng, 'thijs', 'Fleetmanagement')}")
    if k == 1:
        return (f"Leaseaanvraag LA-2025-{rng.randint(100, 999)}\nBerijder: {P(p.full())} (pers.nr. {pnr(rng)})\n"
                f"Functie: regiomanager, categorie B (max. € {amt(rng, 600, 800)} p/m)\nRijbewijsnummer: {ID(digits(rng, 10, '45'))}\n"
                f"Rijbewijs geldig tot: {nd(rng, 'nl', 2028, 2034, form=0)}\nGeboortedatum berijder: "
                f"{DOB(fmt_date(rng, gen_date(rng, 1965, 1998), 'nl', 0))}\nGewenst model: EV, actieradius > 400 km, trekhaak\n"
                f"Huidige leaseauto (inleveren): kenteken {LP(plate)}, km-stand {rng.randint(40000, 160000)}\n"
                f"Bijtelling 2026: 22% tot € 30.000 / 22% daarboven\nAkkoord: {P(staff('thijs').full())}, {nd(rng, 'nl', form=0)}")
    t = rng.randint(8, 17)
    pl = gen_plate(rng, form=rng.choice([3, 4]))
    return (f"[{t}:12] {P(p.first.lower())}: hoi {P('thijs')} ik heb een deuk in de leasebak 🙈 kenteken {LP(pl)}\n"
            f"[{t}:13] {P(p.first.lower())}: iemand is er op de parkeerplaats van de winkel tegenaan gereden\n"
            f"[{t}:20] {P('Thijs')} (Fleet): Vervelend! Vul het schadeformulier in via de app van de leasemaatschappij, "
            f"polisnummer staat op de groene kaart. Was de andere partij bekend?\n"
            f"[{t}:24] {P(p.first.lower())}: ja meneer heet {P(person(rng, NL_MIX, sex='M').full())}, nummer {PH(gen_nl_mobile(rng))}\n"
            f"[{t}:25] {P('Thijs')} (Fleet): Top, zet dat op het formulier. Eigen risico € 250 wordt niet verhaald bij "
            f"schade door derden.")


def nl_leaving(rng, k):
    p = person(rng, NL_MIX)
    em = email_for(rng, p)
    if k == 0:
        a, pc, t = nl_addr(rng)
        return (f"{P(p.full())}\n{AD(a)}\n{PC(pc)}  {t.upper()}\n\nZeeflank Retail B.V.\nt.a.v. HR Servicedesk\nPostbus 870\n"
                f"3300 AW  DORDRECHT\n\n{t}, {nd(rng, 'nl', form=1)}\n\nBetreft: opzegging arbeidsovereenkomst\n\n"
                f"Geachte heer/mevrouw,\n\nHierbij zeg ik mijn arbeidsovereenkomst op met inachtneming van de opzegtermijn "
                f"van één maand. Mijn laatste werkdag is {nd(rng, 'nl', form=1)}. Mijn resterende vakantie-uren "
                f"({rng.randint(8, 90)} uur) wil ik graag laten uitbetalen.\n\nNa mijn vertrek ben ik bereikbaar via {EM(em)}.\n\n"
                f"Met vriendelijke groet,\n\n\n{P(p.full())}")
    if k == 1:
        return (f"Beste {P(p.first)},\n\nHierbij bevestigen wij de ontvangst van je opzegging. Je laatste werkdag is "
                f"{nd(rng, 'nl', form=1)}. De eindafrekening (inclusief {rng.randint(10, 70)} niet-opgenomen vakantie-uren en de "
                f"vakantietoeslag van € {amt(rng, 150, 900)}) ontvang je bij de salarisbetaling van {rng.choice(MONTHS_NL)}.\n"
                f"Je jaaropgaaf 2025 sturen we in februari naar {EM(em)}, zoals je hebt gevraagd. Vergeet niet je "
                f"personeelspas en sleutels in te leveren bij {P(person(rng, NL_MIX).full())} in de winkel.\n\n"
                f"{sig_nl(rng, 'sanne', 'HR-adviseur')}")
    return (f"Interne notitie – uitdienst {nd(rng, 'nl', form=0)}\nMedewerker {P(p.full())} ({pnr(rng)}) vertrekt naar het "
            f"buitenland. Nieuw adres voor de jaaropgaaf: {AD(be_addr(rng)[0])}, {PC(rng.choice(BE_TOWNS['Antwerpen']))} Antwerpen. "
            f"Privémail {EM(email_for(rng, p, 'be'))}. Laatste salaris op {IB(fmt_iban(rng, gen_iban_be(rng), 1))} (BE-rekening, "
            f"gecontroleerd door {P(staff('jeroen').first)}).\nPensioen: waardeoverdracht niet mogelijk, slapersbrief volgt.")


def nl_pension(rng, k):
    p = person(rng, ["nl", "nl", "sr", "ma"])
    dob = gen_date(rng, 1958, 1966)
    if k == 0:
        return (f"Geachte heer/mevrouw,\n\nIk word over twee jaar 67 en wil weten of ik eerder met pensioen kan gaan en wat "
                f"dat betekent voor mijn pensioen bij Pensioenfonds Detailhandel. Mijn geboortedatum is "
                f"{DOB(fmt_date(rng, dob, 'nl', 1))}. Ik werk sinds {rng.randint(1988, 2005)} bij Zeeflank, nu in filiaal "
                f"{rng.choice(STORES_NL)[0]}.\nDeelnemersnummer pensioenfonds: {rng.randint(1000000, 9999999)}\n\n"
                f"U kunt mij overdag bellen op {PH(gen_nl_landline(rng, rng.choice(list(NL_TOWNS))))}.\n\n"
                f"Hoogachtend,\n{P(p.ini(rng, True))}")
    if k == 1:
        s = staff("sanne")
        return (f"Geachte {'heer' if p.sex == 'M' else 'mevrouw'} {P(p.last_cap())},\n\nU vroeg naar de mogelijkheden om "
                f"eerder te stoppen met werken. Op basis van uw geboortedatum ({DOB(fmt_date(rng, dob, 'nl', 0))}) is uw "
                f"AOW-leeftijd 67 jaar. Via de RVU-regeling kunt u maximaal 36 maanden eerder stoppen; de drempelvrijstelling "
                f"bedraagt in 2025 € {amt(rng, 2000, 2100)} bruto per maand.\n\nIk heb een afspraak voor u ingepland op "
                f"{nd(rng, 'nl', form=1)} om {hhmm(rng, 9, 16)} (Teams).\n\n{sig_nl(rng, 'sanne', 'HR-adviseur')}")
    return (f"pensioen vraag\nnaam: {P(p.full())}\ngeb.datum {DOB(fmt_date(rng, dob, 'nl', 0))}\nik heb een brief gehad over "
            f"de nieuwe pensioenregeling (Wtp) per 1-1-2027 maar ik snap er niks van. kan iemand mij bellen "
            f"{PH(gen_nl_mobile(rng))} na 17:00?")


def nl_travel(rng, k):
    p = person(rng, NL_MIX)
    a, pc, t = nl_addr(rng)
    store = rng.choice(STORES_NL)
    km = rng.randint(6, 35)
    if k == 0:
        return (f"Hallo,\n\nIk woon sinds kort op {AD(a)} in {t} en werk in filiaal {store[0]} ({store[1]}). Volgens de "
                f"routeplanner is dat {km} km enkele reis. In de regeling staat € 0,23 per km vanaf 10 km, klopt het dat ik "
                f"dan recht heb op reiskosten?\n\nGroet,\n{P(p.full())}\n{PH(gen_nl_mobile(rng))}")
    if k == 1:
        dagen = rng.randint(8, 20)
        return (f"Declaratie woon-werkverkeer periode {rng.randint(1, 13)}\n| Medewerker | Woonadres | Postcode | Filiaal | km | dagen |\n"
                f"|---|---|---|---|---|---|\n| {P(p.rev())} | {AD(a)} | {PC(pc)} | {store[0]} | {km} | {dagen} |\n"
                f"Berekening: {dagen} × 2 × {km} km × € 0,23 = € {amt(rng, 50, 300)} (onbelast)\nGoedgekeurd: "
                f"{P(staff('jeroen').full())}")
    return (f"goedemiddag, ik ben van fiets naar OV gegaan (bus 388) omdat ik nu in {t} woon, {AD(a)}. moet ik mijn "
            f"ov-abonnement zelf betalen of kan ik de NS Business Card krijgen? kostenplaats {rng.randint(4000, 4999)}.\n"
            f"mvg {P(p.first)}")


def nl_whatsapp(rng, k):
    p = person(rng, NL_MIX)
    s = staff("ouafae")
    d0 = gen_date(rng, 2025, 2025)
    dt = fmt_date(rng, d0, "nl", 0)
    dt2 = fmt_date(rng, d0 + datetime.timedelta(days=1), "nl", 0)
    mob = gen_nl_mobile(rng, rng.choice([3, 4, 7]))
    spk = P(p.full()) if k != 1 else PH(mob)
    if k == 0:
        return (f"[{dt}, 21:14] {spk}: hallo is dit de hr app?\n[{dt}, 21:14] {spk}: mijn loon is nog niet binnen en van "
                f"iedereen van de winkel wel\n[{dt}, 21:15] Zeeflank HR: Dit nummer ({org_phone(rng, 1)}) is bereikbaar op "
                f"werkdagen van 8:30 tot 17:00. We reageren zo snel mogelijk.\n[{dt2}, 08:41] Zeeflank HR: Goedemorgen! Je spreekt "
                f"met {P(s.first)}. Mag ik je personeelsnummer?\n[{dt2}, 08:50] {spk}: {pnr(rng)}\n"
                f"[{dt2}, 08:57] Zeeflank HR: Je salaris is teruggestort door de bank omdat het rekeningnummer niet meer "
                f"bestaat. Wil je je nieuwe IBAN doorgeven in Mijn Zeeflank? Dan maken we het morgen over.")
    if k == 1:
        return (f"[{dt}, 13:02] {spk}: goedemiddag, ik ben {P(p.first)} van de kassa in {rng.choice(STORES_NL)[1]}\n"
                f"[{dt}, 13:03] {spk}: hoeveel vakantiedagen heb ik nog? ik kan het niet vinden in de app\n"
                f"[{dt}, 13:20] Zeeflank HR: Hoi {P(p.first)}! Je saldo staat in Mijn Zeeflank onder Verlof > Saldo. "
                f"Op dit moment {rng.randint(20, 140)},{rng.choice(['0', '5'])} uur. Groet, {P(s.first)}")
    return (f"[{dt}, 17:31] {spk}: hey ik heb een nieuwe telefoon nummer, is {PH(mob)} voortaan\n"
            f"[{dt}, 17:31] {spk}: en mijn mail is nu {EM(email_for(rng, p))}\n"
            f"[{dt2}, 09:05] Zeeflank HR: Dank je {P(p.first)}, aangepast in je dossier. ^{P(s.first)}")


def nl_zzp(rng, k):
    p = person(rng, ["nl", "nl", "be", "tr"])
    kvk = gen_kvk(rng)
    btw = gen_btw(rng)
    ib = gen_iban_nl(rng)
    if k == 0:
        return (f"Beste {P(staff('jeroen').first)},\n\nIn de bijlage mijn factuur 2025-0{rng.randint(10, 99)} voor het inrichten "
                f"van de etalages in {rng.randint(3, 9)} filialen (week {rng.randint(10, 48)}), totaal € {amt(rng, 800, 4200)} "
                f"excl. 21% btw. Betaaltermijn 30 dagen.\n\nMet vriendelijke groet,\n{P(p.full())}\nVisual merchandising\n"
                f"KvK {KVK(kvk)} | btw-id {BTW(btw)}\nIBAN {IB(fmt_iban(rng, ib, 1))} t.n.v. {P(p.ini(rng))}")
    if k == 1:
        ob = "NL" + gen_bsn(rng) + "B01"
        return (f"Interne notitie crediteurenbeheer\nNieuwe crediteur: {NP('Studio ' + p.sur)} (eenmanszaak van "
                f"{P(p.full())})\nKvK-nummer: {KVK(kvk)}\nBtw-identificatienummer: {BTW(btw)}\nLet op: op de eerste "
                f"factuur stond nog het oude omzetbelastingnummer {BS(ob)} — dat bevat het BSN van de ondernemer, niet "
                f"overnemen in Exact.\nIBAN: {IB(fmt_iban(rng, ib, 0))}\nVastgelegd: {P(staff('jeroen').first)}, {nd(rng, 'nl', form=0)}")
    return (f"Van: {P(p.full())} <{EM(email_for(rng, p))}>\nOnderwerp: inhuur via uitzendbureau\n\nGoedemorgen,\n\n"
            f"Namens Flexwerk Drechtsteden B.V. (KvK {KVK(kvk)}) bevestig ik de inzet van {rng.randint(2, 6)} "
            f"uitzendkrachten in het distributiecentrum vanaf week {rng.randint(2, 50)}. Het uurtarief is € "
            f"{amt(rng, 28, 38)}, ABU-cao fase A. Onze btw: {BTW(btw)}.\n\nVragen? Bel me gerust op {PH(gen_nl_mobile(rng))}.\n\n"
            f"Groet,\n{P(p.first)}\nAccountmanager Flexwerk Drechtsteden")


# ----------------------------------------------------------------------------------------------
# NL scenarios without personal data (hard negatives)
# ----------------------------------------------------------------------------------------------
def nl_free_notice(rng, k):
    per = rng.randint(1, 13)
    if k == 0:
        return (f"[Loonwerk {rng.randint(4, 6)}.{rng.randint(0, 12)}.{rng.randint(0, 9)} — systeembericht]\n"
                f"De loonstroken van periode {per} (4-wekenverloning) staan vanaf {nd(rng, 'nl', form=0)} 06:00 in Mijn Zeeflank. "
                f"Uitbetaling op {nd(rng, 'nl', form=0)}. Verwerkingsrun {rng.randint(2025001, 2025400)} is afgerond met "
                f"{rng.randint(3000, 5200)} medewerkers, {rng.randint(0, 14)} uitvallers (zie rapport UIT-{rng.randint(100, 999)}).\n"
                f"Bij vragen: HR Servicedesk {org_phone(rng)} of hrservicedesk@zeeflank.example.")
    if k == 1:
        return (f"GEPLAND ONDERHOUD Mijn Zeeflank\nWanneer: {nd(rng, 'nl', form=1)} van 22:00 tot 02:00\nWat: update naar versie "
                f"{rng.randint(2, 3)}.{rng.randint(10, 40)}.{rng.randint(0, 9)}.{rng.randint(100, 999)}, nieuwe inlogpagina "
                f"(tweestapsverificatie verplicht)\nGevolg: verlofaanvragen en declaraties tijdelijk niet mogelijk. Kassa's en "
                f"roosterplanning werken gewoon.\nIncidentnummer bij storing: INC{rng.randint(100000, 999999)}\n"
                f"Status: status.zeeflank.example")
    return (f"Jaaropgaven 2024 beschikbaar\n\nBeste collega,\n\nJe jaaropgaaf over 2024 staat klaar in Mijn Zeeflank onder "
            f"Documenten. Je hebt hem nodig voor je aangifte inkomstenbelasting (deadline 1 mei). Het fiscaal loon staat in "
            f"kolom 14; de ingehouden loonheffing in kolom 15. Het loonheffingennummer van Zeeflank is 815427335L01.\n"
            f"Ben je uit dienst gegaan? Dan ontvang je de jaaropgaaf per post.\n\nSalarisadministratie Zeeflank")


def nl_free_or(rng, k):
    if k == 0:
        return (f"OR-Nieuwsbrief {rng.choice(['zomer', 'najaar', 'winter'])} 2025\n\n✅ Instemming verleend: nieuwe roosterregels "
                f"(minimaal {rng.randint(3, 4)} uur per dienst, rooster {rng.randint(3, 4)} weken vooruit).\n"
                f"🗓️ Eerstvolgende OR-vergadering: {nd(rng, 'nl', form=1)}, {hhmm(rng, 9, 14)} in Dordrecht (Havenkade 40) en via Teams.\n"
                f"💬 Vragen? Mail or@zeeflank.example of spreek een OR-lid in jouw regio aan.\n"
                f"📊 Uitslag enquête werkdruk: {rng.randint(40, 70)}% van de {rng.randint(900, 1800)} respondenten vindt de "
                f"bezetting op zaterdag te krap.\n\nOndernemingsraad Zeeflank")
    if k == 1:
        return (f"Van de OR: cao Retail Non-Food\n\nPer {nd(rng, 'nl', form=1)} stijgen de lonen met {rng.choice(['3', '3,5', '4'])}%. "
                f"Voor medewerkers in schaal {rng.choice('ABC')} betekent dit € {amt(rng, 40, 95)} bruto per maand extra. "
                f"De eenmalige uitkering van € {rng.randint(150, 400)} (naar rato) wordt in periode {rng.randint(2, 9)} "
                f"uitbetaald. Artikel {rng.randint(4, 12)}.{rng.randint(1, 9)} van de cao regelt de toeslagen voor "
                f"zondagswerk.\nDe volledige tekst vind je op intranet > OR > cao.\n\nnamens de OR, het dagelijks bestuur")
    return (f"OR Nieuwsflits #{rng.randint(12, 80)}\n\nDe OR heeft positief geadviseerd over de overstap naar het nieuwe "
            f"salarispakket. Planning: parallelrun in periode {rng.randint(2, 6)} en {rng.randint(7, 9)}, live per 1 januari. "
            f"Let op: personeelsnummers blijven gelijk, maar je loonstrook krijgt een nieuwe opmaak. Vragen kunnen tot "
            f"{nd(rng, 'nl', form=1)} via de OR-mailbox.\n#samensterk #zeeflank")


def nl_free_autoreply(rng, k):
    t = ticket(rng)
    if k == 0:
        return (f"Automatisch antwoord: uw bericht is ontvangen\n\nBedankt voor uw bericht aan de HR Servicedesk. Uw vraag is "
                f"geregistreerd onder ticketnummer {t}. Wij reageren binnen {rng.choice([2, 3])} werkdagen.\n\n"
                f"Let op: stuur ons nooit een kopie van uw paspoort of identiteitskaart per e-mail. Gebruik de beveiligde "
                f"upload in Mijn Zeeflank.\n\nHR Servicedesk Zeeflank | {org_phone(rng)} | Havenkade 40, 3311 BZ Dordrecht\n"
                f"KvK 24381907 | btw NL815427335B01")
    if k == 1:
        return (f"Afwezigheidsmelding\n\nDe HR Servicedesk is gesloten op 26 december (Tweede Kerstdag) en "
                f"{rng.choice(['29 december', '2 januari'])}. Voor dringende zaken rond verzuim belt u {org_phone(rng)} (keuze 2). "
                f"De salarisbetaling van december vindt plaats op {rng.randint(19, 23)}-12-2025.\n\nMet vriendelijke groet,\n"
                f"HR Servicedesk Zeeflank")
    return (f"[Auto-reply] Re: {t}\nUw verzoek is afgehandeld en gesloten op {nd(rng, 'nl', form=0)} {hhmm(rng)}. Niet "
            f"tevreden? Reageer binnen 14 dagen op deze mail, dan wordt het ticket heropend. Beoordeel ons via "
            f"https://hr.zeeflank.example/feedback?t={t}\n-- Zeeflank Shared Service Center, Postbus 870, 3300 AW Dordrecht")


def nl_free_question(rng, k):
    st = rng.choice(STORES_NL)
    if k == 0:
        return (f"vraagje: wanneer wordt het vakantiegeld dit jaar uitbetaald? vorig jaar was het bij de strook van mei "
                f"maar nu zie ik niks. pers.nr. {pnr(rng)}, filiaal {st[0]}\n\nverstuurd via de Zeeflank app")
    if k == 1:
        return (f"Hallo HR,\n\nNamens het kassateam van filiaal {st[0]} ({st[1]}): klopt het dat de toeslag voor koopavonden "
                f"(na 18:00) vanaf {nd(rng, 'nl', form=1)} omlaag gaat van 50% naar 33%? Er gaat een bericht rond in de "
                f"groepsapp. Onze teamleider is op vakantie tot week {rng.randint(2, 50)}.\n\nGroet,\nTeam kassa {st[1]}")
    return (f"Goedemorgen, ik heb een vraag over de loonheffingskorting. Ik heb sinds {rng.choice(MONTHS_NL)} een tweede baan "
            f"en daar staat de korting ook aan. Bij welke werkgever moet ik die uitzetten? Ik werk bij Zeeflank "
            f"{rng.randint(12, 28)} uur per week. Mijn contractnummer is ARB-{rng.randint(10000, 99999)}. "
            f"Bij voorbaat dank!")


def nl_free_internal(rng, k):
    if k == 0:
        return (f"Werkinstructie SAL-{rng.randint(10, 60)} — loonheffingstabellen 2026\n1. Tabellen witte/groene loon "
                f"inlezen vóór {nd(rng, 'nl', form=0)} (bestand lh2026_v{rng.randint(1, 4)}.csv, sha {rng.randint(10**7, 10**8 - 1):x}).\n"
                f"2. Controle: bruto € 2.500,00 (4-weken) → loonheffing met korting € {amt(rng, 180, 260)}.\n"
                f"3. Arbeidskorting max. € {amt(rng, 5500, 5700)} per jaar; afbouwpunt € {rng.randint(39, 45)}.{rng.randint(100, 999)}.\n"
                f"4. Testrun in omgeving ACC, run-ID {rng.randint(100000000, 999999999)}.\n5. Afwijkingen > € 1 melden in "
                f"teamkanaal #salaris-releases.")
    if k == 1:
        ref = gen_elf_ref(rng)
        return (f"Overdracht salarisadministratie week {rng.randint(2, 50)}\n- Betaalbatch {nd(rng, 'nl', form=0)} verstuurd "
                f"naar de Rabobank (batch-ID {ref}), totaal € {amt(rng, 3000000, 4200000)}\n"
                f"- {rng.randint(3, 9)} stornering(en) door opgeheven rekeningen, tickets aangemaakt\n"
                f"- Factuurnummer loonstrookprinter {gen_non_elf9(rng)}: dubbel geboekt, crediteren\n"
                f"- Pensioenaangifte PFDH over periode {rng.randint(1, 12)} ingediend, kenmerk PA-{rng.randint(10000, 99999)}\n"
                f"- Volgende week: eindejaarsuitkering berekenen (8,33% van het jaarloon)")
    return (f"Notitie teamoverleg Salarisadministratie {nd(rng, 'nl', form=0)}\nAanwezig: 6 collega's, notulen door "
            f"roulerend notulist\n1) Achterstand tickets: {rng.randint(40, 180)} open, waarvan {rng.randint(5, 30)} > 5 werkdagen.\n"
            f"2) Nieuwe Belgische regelgeving mobiliteitsbudget: impact op {rng.randint(10, 40)} medewerkers in BE.\n"
            f"3) Verzoeken tot correctie BSN via Mijn Zeeflank gaan voortaan via de beveiligde upload, niet via mail.\n"
            f"Actiepunten in Planner, deadline {nd(rng, 'nl', form=0)}.")


def nl_free_fleet(rng, k):
    if k == 0:
        return (f"Fleetbericht {rng.choice(MONTHS_NL)}\n\nTankpassen: de nieuwe tankpassen worden verstuurd met PostNL "
                f"(track & trace 3S{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(4))}{rng.randint(10**8, 10**9 - 1)}). "
                f"De oude pas (eindigend op **** **** **** {rng.randint(1000, 9999)}) is geldig tot {nd(rng, 'nl', form=0)}.\n"
                f"Laadpassen: kWh-prijs thuisladen wordt vergoed tegen € 0,{rng.randint(25, 39)} per kWh.\n"
                f"Vragen: fleet@zeeflank.example")
    if k == 1:
        return (f"Leaseregeling 2026 — wijzigingen\n- Normbedragen categorie A/B/C: € 575 / € 720 / € 890 per maand\n"
                f"- Alleen nog volledig elektrische auto's (bijtelling 22% tot € 30.000)\n- Eigen risico schade: € 250 per "
                f"gebeurtenis\n- Lopende contracten (LA-2021-xxx t/m LA-2023-xxx) lopen door tot einddatum\nDe complete regeling "
                f"(versie {rng.randint(3, 6)}.{rng.randint(0, 9)}) staat op intranet > Fleet.")
    codes = [gen_plate(rng, form=0) for _ in range(3)]
    return (f"Inventaris displaymateriaal filiaal {rng.choice(STORES_NL)[0]}\nArtikelcode  Omschrijving          Aantal\n"
            f"{codes[0]}      Gondelkop 120 cm          {rng.randint(1, 9)}\n{codes[1]}      Schapstrip prijs (rood)   "
            f"{rng.randint(20, 90)}\n{codes[2]}      Stoepbord A1              {rng.randint(1, 3)}\n"
            f"Bestellen via de interne webshop, kostenplaats {rng.randint(4000, 4999)}.")


def nl_free_social(rng, k):
    if k == 0:
        return (f"@ZeeflankWerkt hoe lang duurt het nog voor de loonstroken in de app staan?? al 3 dagen foutmelding "
                f"'sessie verlopen' 😤 #zeeflank #loonstrook")
    if k == 1:
        return (f"🎉 We zoeken collega's! Voor onze winkels in Gorinchem, Breda en Oss zoeken we vakkenvullers (vanaf "
                f"{rng.choice([15, 16])} jaar) en een assistent-filiaalmanager. Reiskosten vanaf 10 km, "
                f"{rng.randint(8, 12)}% personeelskorting. Solliciteer via zeeflank.example/vacatures 👉 #vacature #retail "
                f"#werkenbijzeeflank @zeeflank_hr")
    return (f"Reactie op @zeeflank_hr: klopt het dat het loon deze maand op de {rng.randint(20, 28)}e komt ipv de "
            f"{rng.randint(20, 28)}e? ik zie niks op mijn rekening 🤔 (geen dm mogelijk, zet het hier) #vraag")


def nl_free_table(rng, k):
    if k == 0:
        base = datetime.date(2026, 1, rng.randint(5, 9))
        rows = "\n".join(f"{MONTHS_NL[(base + datetime.timedelta(days=28 * i)).month - 1]:<10}| periode {i + 1:<3}| "
                         f"{fmt_date(rng, base + datetime.timedelta(days=28 * i), 'nl', 0)} | "
                         f"{fmt_date(rng, base + datetime.timedelta(days=28 * i + 17), 'nl', 0)}" for i in range(4))
        return (f"Uitbetaaldata 4-wekenverloning 2026 (onder voorbehoud)\nmaand     | periode    | inleverdatum uren | "
                f"uitbetaling\n{rows}\nUren die na de inleverdatum worden goedgekeurd, gaan mee in de volgende periode.")
    if k == 1:
        return (f"Toeslagen cao (per uur)\n| Tijdvak | Toeslag | Looncode |\n|---|---|---|\n| ma-vr 18:00-21:00 | 33% | "
                f"LC-{rng.randint(100, 199)} |\n| za na 18:00 | 50% | LC-{rng.randint(200, 299)} |\n| zondag | 100% | "
                f"LC-{rng.randint(300, 399)} |\n| feestdag | 100% | LC-{rng.randint(400, 499)} |\nBron: cao Retail Non-Food art. 4.6")
    st = rng.sample(STORES_NL, 4)
    rows = "\n".join(f"{s[0]}\t{s[1]:<16}\t{rng.randint(300, 1400)},{rng.randint(0, 9)}\t{rng.randint(0, 60)},{rng.randint(0, 9)}\t"
                     f"{rng.randint(1, 9)},{rng.randint(0, 9)}%" for s in st)
    return (f"Urenoverzicht week {rng.randint(2, 50)} (export {nd(rng, 'nl', form=0)} {hhmm(rng)})\nfiliaal\tplaats\t\tuur "
            f"gewerkt\tmeeruren\tverzuim%\n{rows}\nTotaal afwijkingen t.o.v. begroting: € {amt(rng, 1000, 9000)}")


# ----------------------------------------------------------------------------------------------
# EN scenarios with personal data
# ----------------------------------------------------------------------------------------------
def en_onboard(rng, k):
    p = person(rng, ["uk", "in", "pt", "ua", "sy"])
    a, pc, t = nl_addr(rng)
    dob = fmt_date(rng, gen_date(rng, 1975, 2002), "en")
    if k == 0:
        pp = gen_non_elf9(rng) if rng.random() < 0.5 else rng.choice("JKLMNPRSTZ") + digits(rng, 7)
        return (f"Hi HR team,\n\nI'm starting as a category manager at the Dordrecht office on {nd(rng, 'en', form=0)}. Please "
                f"find my details for the contract below. I don't have a BSN yet – my registration appointment at the "
                f"municipality is on {nd(rng, 'en', form=1)}.\n\nFull name: {P(p.full())}\nDate of birth: {DOB(dob)}\n"
                f"Passport number: {ID(pp)}\nTemporary address: {AD(a)}, {PC(pc)} {t}\nMobile: {PH(gen_uk_mobile(rng) if rng.random() < 0.5 else gen_nl_mobile(rng))}\n\n"
                f"Could you also tell me whether I qualify for the 30% ruling?\n\nThanks,\n{P(p.first)}")
    if k == 1:
        rd = gen_res_doc(rng)
        bsn = gen_bsn(rng)
        return (f"Subject: Re: missing documents – starter {pnr(rng)}\n\nDear {P(staff('priya').first)},\n\nSorry for the delay. "
                f"I finally received my residence permit. The document number is {ID(rd)} and my BSN is "
                f"{BS(fmt_bsn(rng, bsn, rng.choice([0, 3])))}. My new address is {AD(a)}, {PC(pc)} {t}.\n\n"
                f"Best,\n{P(p.full())}\n\n> On {nd(rng, 'en', form=0)}, {P(staff('priya').full())} wrote:\n> Dear "
                f"{P(p.first)}, we still need your BSN and a valid residence document before we can run your first "
                f"payroll (cut-off {nd(rng, 'en', form=0)}).")
    s = staff("priya")
    return (f"Internal note – international starter\nEmployee: {P(p.rev())}\nDOB: {DOB(dob)}\nNationality: "
            f"{dict(uk='British', pt='Portuguese', ua='Ukrainian', sy='Syrian', **{'in': 'Indian'})[p.origin]}\nHighly skilled migrant (kennismigrant) – IND "
            f"application ref. {rng.randint(10**8, 10**9 - 1)}, salary threshold 2025 met (€ {amt(rng, 5600, 7000, 'nl')})\n"
            f"BSN: pending (RNI registration)\nPersonal e-mail: {EM(email_for(rng, p, 'uk'))}\nChecked by {P(s.first)}.")


def en_bank(rng, k):
    p = person(rng, ["uk", "in", "pt", "pl"])
    nr = pnr(rng)
    if k == 0:
        old = gen_iban_gb(rng)
        new = gen_iban_nl(rng)
        return (f"Hello,\n\nI've now opened a Dutch bank account, so please pay my salary into {IB(fmt_iban(rng, new, 1))} "
                f"from next month instead of my UK account {IB(fmt_iban(rng, old, 0))}. The account is in the name of "
                f"{P(p.ini(rng))}.\n\nEmployee no. {nr}\n\nCheers,\n{P(p.full())}")
    if k == 1:
        ib = gen_iban_pt(rng) if rng.random() < 0.5 else gen_iban_nl(rng, "REVO")
        return (f"hi, my salary didnt arrive!! the bank says account closed. new account is {IB(fmt_iban(rng, ib, 0))} "
                f"please send asap, rent is due. {P(p.first.lower())} (emp {nr}, warehouse night shift)")
    ib = gen_iban_nl(rng)
    return (f"Dear {P(p.first)},\n\nWe have updated your bank details. From payroll period {rng.randint(2, 12)} your salary will be "
            f"paid into the account ending in {ib[-4:]}. If you did not request this change, please call us immediately on "
            f"{org_phone(rng)} – we never ask for your login code by phone or e-mail.\n\n{sig_en(rng, 'priya')}")


def en_ruling(rng, k):
    p = person(rng, ["uk", "in", "pt"])
    bsn = gen_bsn(rng)
    if k == 0:
        return (f"Hi,\n\nMy payslip for {rng.choice(MONTHS['en'])} doesn't show the 30% ruling yet, although the Tax Office "
                f"approved it on {nd(rng, 'en', form=0)} (decision ref. {rng.randint(10**7, 10**8 - 1)}). Gross salary is "
                f"€ {amt(rng, 5000, 8000, 'nl')} per month. My BSN is {BS(fmt_bsn(rng, bsn, rng.choice([0, 2])))}.\n\n"
                f"Can this be corrected retroactively?\n\nKind regards,\n{P(p.full())}\nSenior Buyer, Zeeflank Retail")
    if k == 1:
        return (f"Dear {P(p.first)},\n\nThanks for sending the decision. We'll apply the 30% ruling as of your start date and "
                f"correct periods 1 to {rng.randint(3, 9)} in the next payroll run. Please note that from 2027 the percentage "
                f"changes to 27%.\n\n{sig_en(rng, 'jeroen', 'Payroll')}\n\n-----Original Message-----\nFrom: {P(p.full())} "
                f"<{EM(email_for(rng, p, 'uk'))}>\nSent: {nd(rng, 'en', form=4)} {hhmm(rng)}\nSubject: 30% ruling\n\n"
                f"Attached the letter from the Belastingdienst.")
    return (f"payslip question: what is 'loonheffing' and why is it so high?? my colleague {P(person(rng, NL_MIX).first)} "
            f"says I am on the wrong table (white vs green). also my citizen service number on the slip is "
            f"{BS(bsn)} - is that correct? thanks, {P(p.first)}")


def en_sick(rng, k):
    p = person(rng, EN_MIX)
    mgr = person(rng, NL_MIX)
    if k == 0:
        return (f"Hi {P(mgr.first)},\n\nI'm really sorry but I won't be able to come in for my shift today or tomorrow – "
                f"{rng.choice(['I have the flu', 'my back is killing me', 'I had a fever all night'])}. I've informed the "
                f"sick leave desk as well. You can reach me on {PH(gen_nl_mobile(rng))} if needed.\n\n{P(p.first)}")
    if k == 1:
        return (f"Absence notification (system)\nEmployee: {P(p.full())} – store {rng.choice(STORES_NL)[0]}\nReported by: "
                f"{P(mgr.full())} (store manager)\nFirst day of absence: {nd(rng, 'en', form=3)}\nExpected return: unknown\n"
                f"Contact during absence: {PH(gen_nl_mobile(rng))}\nCase number: VZ-{rng.randint(10000, 99999)}\n"
                f"Note: medical details must not be recorded in this system.")
    h = rng.randint(6, 9)
    return (f"[0{h}:12] {P(p.full())}: hi, i need to call in sick, whats the procedure for the warehouse?\n"
            f"[0{h}:19] HR Service Desk ({P(staff('ellen').first)}): Hi {P(p.first)}, please call your shift leader before "
            f"7:00 and we'll register it. Is this the best number to reach you?\n[0{h}:20] {P(p.full())}: yes "
            f"{PH(gen_nl_mobile(rng))}")


def en_parental(rng, k):
    p = person(rng, EN_MIX)
    partner = person(rng, EN_MIX)
    bsex = rng.choice("FM")
    baby = Person(rng.choice(POOLS['uk'][bsex]), p.tv, p.sur, bsex)
    d = gen_date(rng, 2024, 2025)
    if d > TODAY:
        d = datetime.date(2025, 7, 2)
    if k == 0:
        return (f"Hi HR,\n\nHappy news: our {'son' if bsex == 'M' else 'daughter'} {P(baby.full())} was born on {DOB(fmt_date(rng, d, 'en', 0))}! "
                f"I'd like to take my paid birth leave (WIEG) starting {nd(rng, 'en', form=0)}. My partner, "
                f"{P(partner.full())}, works for another company.\n\nThanks,\n{P(p.full())}")
    if k == 1:
        return (f"Leave request form\nName: {P(p.full())}\nEmployee no.: {pnr(rng)}\nType: parental leave (paid part, 9 weeks)\n"
                f"Child's name: {P(baby.first)}\nChild's date of birth: {DOB(fmt_date(rng, d, 'en', 2))}\nStart: "
                f"{nd(rng, 'en', form=2)}\nHours per week: {rng.choice([8, 12, 16])}\nComments: UWV application done online on "
                f"{nd(rng, 'en', form=2)}")
    return (f"Dear {P(p.first)},\n\nCongratulations on the birth of {P(baby.first)}! We have registered your parental leave "
            f"from {' to '.join(nd_pair(rng, 'en', 0))}. The UWV benefit (70% of your daily wage) will be paid "
            f"through payroll.\n\n{sig_en(rng, 'sanne', 'HR Advisor')}")


def en_car(rng, k):
    p = person(rng, EN_MIX)
    plate = gen_plate(rng)
    if k == 0:
        other = person(rng, NL_MIX)
        return (f"Hi {P('Thijs')},\n\nSmall accident this morning with the lease car ({LP(plate)}) in the car park of the "
                f"Breda store. Nobody hurt. The other driver, {P(other.full())}, gave me {'his' if other.sex == 'M' else 'her'} phone number: "
                f"{PH(gen_nl_mobile(rng))}. Photos attached. Do I report this to the lease company myself?\n\n"
                f"Thanks,\n{P(p.full())}")
    if k == 1:
        return (f"Company car handover\nDriver: {P(p.full())}\nPlate: {LP(plate)}\nMileage at handover: "
                f"{rng.randint(30000, 140000)} km\nFuel card: **** {rng.randint(1000, 9999)} (blocked {nd(rng, 'en', form=3)})\n"
                f"Damage: scratch rear bumper (known, file DM-{rng.randint(1000, 9999)})\nReceived by: {P(staff('thijs').full())}")
    return (f"Dear {P(p.first)},\n\nThe parking fine (€ {amt(rng, 60, 120, 'nl')}) for vehicle {LP(plate)} dated "
            f"{nd(rng, 'en', form=0)} will be deducted from your net salary, as set out in the lease policy. If you "
            f"disagree, you can object within 6 weeks.\n\n{sig_en(rng, 'thijs', 'Fleet Management')}")


def en_leaving(rng, k):
    p = person(rng, ["uk", "in", "pt", "ua"])
    em = email_for(rng, p, "uk")
    if k == 0:
        a, pc, t = uk_addr(rng)
        return (f"Hello,\n\nAs discussed with my manager I'm leaving Zeeflank on {nd(rng, 'en', form=0)} and moving back "
                f"to the UK. Please send my final payslip and annual statement (jaaropgaaf) to:\n\n{AD(a)}\n{t}\n{PC(pc)}\n"
                f"United Kingdom\n\nor by e-mail to {EM(em)}. UK mobile: {PH(gen_uk_mobile(rng))}\n\n"
                f"Thanks for everything,\n{P(p.full())}")
    if k == 1:
        r1, r2 = nd_pair(rng, "en", 3, (28, 60))
        return (f"Exit checklist – {P(p.full())}\n[x] Resignation received ({r1})\n[x] Last working day "
                f"{r2}\n[x] Holiday balance: {rng.randint(5, 80)} hrs → pay out\n[ ] Return laptop "
                f"(asset {rng.randint(10000, 99999)}) and badge\n[ ] Private e-mail for annual statement: {EM(em)}\n"
                f"Owner: {P(staff('priya').first)}")
    return (f"Hi {P(staff('priya').first)}, quick one - I left Zeeflank in {rng.choice(MONTHS['en'])} but never got my "
            f"jaaropgaaf. can you email it to {EM(em)}? I don't have access to Mijn Zeeflank anymore. "
            f"thx {P(p.first)}")


def en_ip(rng, k):
    p = person(rng, EN_MIX + NL_MIX)
    ip = gen_ipv4(rng) if k != 2 else gen_ipv6(rng)
    if k == 0:
        return (f"Security notice – Mijn Zeeflank\n\nDear {P(p.first)},\n\nWe noticed a sign-in to your account on "
                f"{nd(rng, 'en', form=0)} at {hhmm(rng)} CET from a new device (Chrome on Windows, IP address {IP(ip)}, "
                f"approx. location: {rng.choice(['Lisbon', 'Kraków', 'Istanbul', 'Leeds'])}). If this was you, no action is "
                f"needed. If not, reset your password at mijn.zeeflank.example/reset.\n\nZeeflank IT Security")
    if k == 1:
        return (f"Hi, I got a security notice about a login from {IP(ip)} but that was me on holiday, using the hotel "
                f"wifi. Is my account blocked now? The app says error 403. Employee {pnr(rng)}.\n{P(p.full())}")
    return (f"Ticket {ticket(rng)} – note by {P(staff('priya').first)}\nUser {P(p.full())} locked out after 5 failed MFA "
            f"attempts. Last successful login from {IP(ip)} (home ISP). Internal gateway 10.20.{rng.randint(0, 255)}.1 "
            f"shows no anomalies. Unlocked, user informed by phone.")


def en_expense(rng, k):
    p = person(rng, EN_MIX)
    card = gen_card(rng, rng.choice(["visa", "mc", "amex"]))
    if k == 0:
        return (f"Hi,\n\nI paid for the team training in Antwerp (€ {amt(rng, 120, 480, 'nl')}, invoice "
                f"INV-{rng.randint(10000, 99999)}) with my own credit card {CC(card)}, exp {rng.randint(1, 12):02d}/{rng.randint(26, 30)}. "
                f"Can this be refunded with my next salary? My account is {IB(fmt_iban(rng, gen_iban_nl(rng), 1))}.\n\n"
                f"{P(p.full())}")
    if k == 1:
        return (f"Dear {P(p.first)},\n\nPlease do not send full card numbers by e-mail – we have removed your card details "
                f"from the ticket. Expenses are refunded through the expense module in Mijn Zeeflank; the amount of "
                f"€ {amt(rng, 30, 300, 'nl')} will be paid with period {rng.randint(2, 12)}.\n\n{sig_en(rng, 'jeroen', 'Payroll')}\n\n"
                f"> From: {P(p.full())}\n> my card no is {CC(card)} if you need it for the refund")
    return (f"Expense claim EXP-{rng.randint(100000, 999999)}\nClaimant: {P(p.rev())}\nDescription: hotel Kleve (store "
            f"opening D0{rng.randint(1, 9)}), 2 nights\nAmount: € {amt(rng, 150, 400, 'nl')}\nPaid with: personal card "
            f"{CC(card)}\nRefund to: {IB(fmt_iban(rng, gen_iban_nl(rng), 0))}\nApprover: {P(person(rng, NL_MIX).full())}")


def en_chat(rng, k):
    p = person(rng, EN_MIX)
    s = staff("priya")
    a, pc, t = nl_addr(rng)
    h = f"{rng.randint(9, 16):02d}"
    if k == 0:
        return (f"Chat transcript – HR Service Desk – {nd(rng, 'en', form=3)}\n[{h}:01] {P(s.first)} (HR): Hello, how can I help?\n"
                f"[{h}:02] {P(p.full())}: hi, I moved, how do I update my address\n[{h}:02] {P(s.first)} (HR): I can do it "
                f"for you. What's your new address?\n[{h}:03] {P(p.full())}: {AD(a)}, {PC(pc)} {t}\n[{h}:04] {P(s.first)} (HR): "
                f"Done! It will show on your next payslip. Anything else?\n[{h}:04] {P(p.full())}: no thats all, thanks!")
    if k == 1:
        return (f"Chat transcript – {nd(rng, 'en', form=3)}\n[{h}:10] {P(p.first)}: hello? is anyone there\n[{h}:11] "
                f"{P(s.first)} (HR): Hi {P(p.first)}, Priya here. What can I do for you?\n[{h}:12] {P(p.first)}: my "
                f"contract ends {nd(rng, 'en', form=0)}, will it be renewed? my manager {P(person(rng, NL_MIX).full())} "
                f"doesn't know\n[{h}:14] {P(s.first)} (HR): I've forwarded your question to your regional HR advisor. "
                f"You'll hear from us within 2 working days.").replace(" Priya here", f" {P('Priya')} here")
    return (f"[{h}:30] {P(p.full())}: hi can you call me back about my pension? {PH(gen_nl_mobile(rng))}\n[{h}:41] "
            f"{P(s.first)} (HR): Sure, I'll ask our pension specialist to call you tomorrow between 10 and 12.")


def en_contractor(rng, k):
    p = person(rng, ["uk", "nl", "in"])
    kvk = gen_kvk(rng)
    btw = gen_btw(rng)
    if k == 0:
        return (f"Invoice {rng.randint(2025001, 2025099)} – payroll system migration consultancy\n\nDear accounts payable,\n\n"
                f"Please find attached my invoice for {rng.randint(8, 20)} days in {rng.choice(MONTHS['en'])} "
                f"(€ {amt(rng, 6000, 19000, 'nl')} excl. VAT).\n\n{P(p.full())}\nIndependent HRIS consultant\n"
                f"Chamber of Commerce (KvK): {KVK(kvk)}\nVAT: {BTW(btw)}\nBank: {IB(fmt_iban(rng, gen_iban_nl(rng), 1))}\n"
                f"Mobile: {PH(gen_nl_mobile(rng))}")
    return (f"Supplier onboarding – {NP(p.sur + ' HR Consulting')}\nContact: {P(p.full())}, {EM(email_for(rng, p))}\n"
            f"KvK number {KVK(kvk)}, VAT ID {BTW(btw)}\nPayment term: 30 days\nApproved by: {P(staff('priya').full())}")


# ----------------------------------------------------------------------------------------------
# EN scenarios without personal data
# ----------------------------------------------------------------------------------------------
def en_free_notice(rng, k):
    if k == 0:
        return (f"Payroll system maintenance\nOn {nd(rng, 'en', form=0)} between 20:00 and 23:30 CET the payroll engine will be "
                f"upgraded from {rng.randint(5, 6)}.{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(10, 99)} to "
                f"{rng.randint(6, 7)}.{rng.randint(0, 3)}.{rng.randint(0, 9)}.{rng.randint(10, 99)}. Payslips will be unavailable. "
                f"Change request CHG{rng.randint(100000, 999999)}, rollback plan approved by the CAB.")
    if k == 1:
        return (f"[ALERT] Batch job PAY_EXPORT_BE failed at {hhmm(rng)} on {nd(rng, 'en', form=3)}\nHost: payroll-app-02 "
                f"(10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)})\nError: SEPA file rejected – "
                f"duplicate message ID {rng.randint(10**9, 10**10 - 1)}\nRetry scheduled: {hhmm(rng)}\nRunbook: "
                f"wiki.zeeflank.example/payroll/runbook#sepa")
    return (f"Reminder: timesheets for period {rng.randint(1, 13)} must be approved by store managers before "
            f"{nd(rng, 'en', form=1)}, 12:00. Unapproved hours will be paid one period later. Questions: "
            f"international@zeeflank.example or {org_phone(rng)}.")


def en_free_policy(rng, k):
    if k == 0:
        return (f"FAQ – travel allowance (version {rng.randint(2, 4)}.{rng.randint(0, 9)}, {nd(rng, 'en', form=4)})\n"
                f"Q: From what distance do I get a travel allowance?\nA: From 10 km one way. € 0.23 per km, max. 60 km, tax-free.\n"
                f"Q: Public transport?\nA: Season tickets are reimbursed in full on presentation of the invoice "
                f"(order no. like NS-{rng.randint(10**7, 10**8 - 1)}).\nQ: Cycling?\nA: Bike plan via the cafeteria scheme, "
                f"max. € {rng.randint(1000, 1500)} every 3 years.")
    if k == 1:
        return (f"Policy update – working from home allowance\nAs of {nd(rng, 'en', form=0)} office staff receive € 2.40 per "
                f"home-working day (2025 tax-free maximum). Days are registered in the time module; the allowance is paid "
                f"monthly in arrears under wage code LC-{rng.randint(500, 599)}. Store and warehouse staff are not eligible.")
    return (f"Holiday allowance 2025\nHoliday allowance (8% of gross annual salary, reference period June–May) will be paid "
            f"with the May payroll on {nd(rng, 'en', form=0)}. Employees who left during the year receive it with their "
            f"final settlement. Example: gross salary € 2,600.00 x 12 x 8% = € 2,496.00.")


def en_free_autoreply(rng, k):
    t = ticket(rng)
    if k == 0:
        return (f"Thank you for contacting the Zeeflank HR Service Desk. Your request has been logged as {t}. We aim to "
                f"respond within 3 working days. For urgent payroll issues call {org_phone(rng)}.\n\nPlease do not reply "
                f"to this message – this mailbox is not monitored.")
    if k == 1:
        return (f"Out of office: the international desk is closed on {nd(rng, 'en', form=1)} (King's Day). We will be back "
                f"the next working day. Zeeflank Retail B.V., Havenkade 40, 3311 BZ Dordrecht, Chamber of Commerce 24381907.")
    return (f"Your case {t} has been resolved.\nCategory: Payslip > Deductions\nResolution time: {rng.randint(1, 9)}d "
            f"{rng.randint(1, 23)}h\nRate us: https://hr.zeeflank.example/csat?c={t}\n– Zeeflank Shared Service Center")


def en_free_question(rng, k):
    if k == 0:
        return (f"Hi, quick one: is the holiday allowance paid in May or June this year? Emp. no. {pnr(rng)}, store "
                f"{rng.choice(STORES_NL)[0]}. Thanks!")
    if k == 1:
        return (f"hello, my payslip says 'LH tabel groen' for period {rng.randint(1, 12)}, what does that mean? is it a "
                f"mistake? i am a student working {rng.randint(8, 16)} hrs/week. sent from the Zeeflank app")
    return (f"Good morning,\n\nCould someone explain the deduction 'PFDH werknemersdeel' of € {amt(rng, 20, 80, 'nl')} on my "
            f"payslip? I'm on a temporary contract (ref. TC-{rng.randint(1000, 9999)}) and I thought pension only starts after "
            f"2 months.\n\nRegards,\nwarehouse team, night shift")


def en_free_wc(rng, k):
    if k == 0:
        return (f"Works Council update (EN)\n\nThe works council agreed to the new scheduling rules: rosters are published "
                f"{rng.randint(3, 4)} weeks ahead and shifts last at least 3 hours. The next meeting is on "
                f"{nd(rng, 'en', form=1)}. Questions can be sent to or@zeeflank.example.\n— Ondernemingsraad Zeeflank")
    if k == 1:
        return (f"Works council survey results: {rng.randint(1000, 2000)} responses ({rng.randint(30, 55)}%). Top 3 "
                f"issues: 1) Saturday staffing, 2) payslip layout, 3) travel allowance below 10 km. Full report (PDF, "
                f"{rng.randint(1, 4)}.{rng.randint(1, 9)} MB) on the intranet.")
    return (f"📢 International staff meet-up on {nd(rng, 'en', form=1)} at the Dordrecht office, {hhmm(rng, 16, 18)}. "
            f"Topics: Dutch tax return, 30% ruling changes, pension. Drinks afterwards 🍻 #ZeeflankInternational")


def en_free_social(rng, k):
    if k == 0:
        return (f"@ZeeflankWerkt your payslip app has been down since this morning 🙄 anyone else? #zeeflank")
    if k == 1:
        return (f"Replying to @zeeflank: great news about the {rng.choice(['3', '3.5', '4'])}% pay rise, but when does it "
                f"actually hit our accounts? 🤑 #retail #paydayplease")
    return (f"We're hiring! 🚀 Payroll specialist (EN/NL), Dordrecht, 32–40 hrs, salary € {rng.randint(3, 4)},"
            f"{rng.randint(100, 900)}–€ {rng.randint(4, 5)},{rng.randint(100, 900)}. Apply at zeeflank.example/jobs "
            f"#hiring #payroll @zeeflank_hr")


# ----------------------------------------------------------------------------------------------
# DE scenarios with personal data
# ----------------------------------------------------------------------------------------------
def anrede_de(p):
    return ("Herr" if p.sex == "M" else "Frau")


def de_umzug(rng, k):
    p = person(rng, DE_MIX)
    a, pc, t = de_addr(rng)
    if k == 0:
        return (f"Betreff: Adressänderung\n\nHallo {P(staff('katrin').first)},\n\nich bin zum {nd(rng, 'de', form=0)} "
                f"umgezogen. Meine neue Anschrift lautet:\n\n{AD(a)}\n{PC(pc)} {t}\n\nBitte auch für die Lohnsteuerbescheinigung "
                f"ändern. Meine Personalnummer ist {pnr(rng)}.\n\nViele Grüße\n{P(p.full())}\nFiliale {rng.choice(STORES_DE)[0]}")
    if k == 1:
        return (f"Änderungsmeldung Stammdaten (Formular P-07)\nName, Vorname: {P(p.rev())}\nPersonalnummer: {pnr(rng)}\n"
                f"Neue Straße, Hausnr.: {AD(a)}\nPLZ, Ort: {PC(pc)} {t}\nTelefon privat: {PH(gen_de_landline(rng, t))}\n"
                f"Gültig ab: {nd(rng, 'de', form=0)}\nUnterschrift Mitarbeiter: ✔ Eingang Personalabteilung: {nd(rng, 'de', form=0)}")
    return (f"hallo zusammen, bin umgezogen, neue adresse {AD(a.lower())}, {PC(pc)} {t.lower()}. handy bleibt "
            f"{PH(gen_de_mobile(rng))}. lg {P(p.first.lower())}")


def de_bank(rng, k):
    p = person(rng, DE_MIX)
    ib = gen_iban_de(rng)
    if k == 0:
        return (f"Sehr geehrte Damen und Herren,\n\nbitte überweisen Sie mein Gehalt ab {rng.choice(MONTHS['de'])} auf mein "
                f"neues Konto:\n\nKontoinhaber: {P(p.full())}\nIBAN: {IB(fmt_iban(rng, ib, 1))}\nBIC: "
                f"{rng.choice(['WELADED1KLE', 'GENODED1KLL', 'COBADEFFXXX'])}\n\nMit freundlichen Grüßen\n{P(p.full())}\n"
                f"Personalnummer {pnr(rng)}")
    if k == 1:
        return (f"Guten Tag {anrede_de(p)} {P(p.last_cap())},\n\nwir haben Ihre neue Bankverbindung "
                f"({IB(fmt_iban(rng, ib, 0))}) zum {nd(rng, 'de', form=0)} hinterlegt. Die Abrechnung für "
                f"{rng.choice(MONTHS['de'])} wird bereits auf das neue Konto überwiesen.\n\n{sig_de(rng)}")
    return (f"Hi Katrin! Mein Gehalt ist zurückgekommen, das alte Konto bei der Sparkasse ist zu. Neues Konto: "
            f"{IB(fmt_iban(rng, ib, rng.choice([0, 3])))}. Sorry für den Stress! {P(p.first)} (Lager, Spätschicht)"
            ).replace("Hi Katrin!", f"Hi {P('Katrin')}!")


def de_einstellung(rng, k):
    p = person(rng, DE_MIX)
    a, pc, t = de_addr(rng)
    dob = fmt_date(rng, gen_date(rng, 1968, 2007), "de")
    if k == 0:
        return (f"Personalfragebogen (Neueinstellung)\nName: {P(p.last_cap())}\nVorname: {P(p.first)}\nGeburtsdatum: {DOB(dob)}\n"
                f"Anschrift: {AD(a)}, {PC(pc)} {t}\nPersonalausweis-Nr.: {ID(gen_de_ausweis(rng))}\nIBAN: "
                f"{IB(fmt_iban(rng, gen_iban_de(rng), 1))}\nEintrittsdatum: {nd(rng, 'de', form=0)}\nFiliale: "
                f"{rng.choice(STORES_DE)[0]}, Minijob ({rng.choice(['538', '556'])} €)\nKrankenkasse: AOK Rheinland/Hamburg")
    if k == 1:
        mgr = person(rng, DE_MIX)
        return (f"Von: {P(mgr.full())} <filiale.kleve@zeeflank.example>\nBetreff: WG: Unterlagen {P(p.full())}\n\n"
                f"Hallo {P(staff('katrin').first)},\n\nanbei die Unterlagen von unserer neuen Aushilfe. Ausweis habe ich "
                f"gesehen (Nr. {ID(gen_de_ausweis(rng))}), Kopie ist vernichtet. Geboren am {DOB(dob)}, also volljährig.\n\n"
                f"Gruß\n{P(mgr.first)}")
    return (f"Hallo Frau {P('Vollmer')},\n\nanbei wie besprochen meine Daten: geb. am {DOB(dob)} in "
            f"{rng.choice(['Kleve', 'Nijmegen', 'Bocholt', 'Duisburg'])}, wohnhaft {AD(a)}, {PC(pc)} {t}. Meine "
            f"Handynummer: {PH(gen_de_mobile(rng))}\n\nMit freundlichen Grüßen\n{P(p.full())}")


def de_krank(rng, k):
    p = person(rng, DE_MIX)
    mgr = person(rng, DE_MIX)
    if k == 0:
        return (f"Hallo {P(mgr.first)},\n\nich bin leider krank und bis einschließlich {nd(rng, 'de', form=0)} "
                f"krankgeschrieben. Die AU ist bei der Krankenkasse (eAU). Ich bin unter {PH(gen_de_mobile(rng))} erreichbar.\n\n"
                f"Gruß {P(p.first)}")
    if k == 1:
        a = gen_date(rng, 2025, 2025)
        d1, d2, d3 = (fmt_date(rng, a + datetime.timedelta(days=x), "de", 0) for x in (0, rng.randint(1, 3), 42))
        return (f"Krankmeldung\nMitarbeiter/in: {P(p.full())} (Filiale {rng.choice(STORES_DE)[0]})\nGemeldet von: "
                f"{P(mgr.full())}, Filialleitung\nErster Krankheitstag: {d1}\neAU abgerufen: ja, "
                f"{d2}\nEntgeltfortzahlung bis: {d3}\nBearbeitet: {P(staff('katrin').full())}")
    return (f"[{hhmm(rng, 6, 8)}] {P(p.full())}: Guten Morgen, ich kann heute nicht kommen, liege flach. Bin "
            f"erreichbar unter {PH(gen_de_mobile(rng))}\n[{hhmm(rng, 8, 9)}] {P(mgr.first)} (Filialleitung): Gute Besserung, "
            f"{P(p.first)}! Ich trag dich aus dem Plan aus.")


def de_elternzeit(rng, k):
    p = person(rng, DE_MIX)
    ksex = rng.choice("FM")
    kid = Person(rng.choice(POOLS['de'][ksex]), p.tv, p.sur, ksex)
    d = gen_date(rng, 2024, 2025)
    if d > TODAY:
        d = datetime.date(2025, 5, 19)
    if k == 0:
        return (f"Antrag auf Elternzeit\n\nSehr geehrte Damen und Herren,\n\nhiermit beantrage ich Elternzeit für mein Kind "
                f"{P(kid.full())}, geboren am {DOB(fmt_date(rng, d, 'de', rng.choice([0, 1])))}, für den Zeitraum vom "
                f"{nd(rng, 'de', form=0)} bis zum {nd(rng, 'de', 2026, 2026, form=0)}. Während der Elternzeit möchte ich in "
                f"Teilzeit ({rng.choice([15, 20, 25])} Std./Woche) weiterarbeiten.\n\nMit freundlichen Grüßen\n{P(p.full())}")
    if k == 1:
        return (f"Sehr geehrte{'r Herr' if p.sex == 'M' else ' Frau'} {P(p.last_cap())},\n\nwir bestätigen Ihre Elternzeit vom "
                f"{nd(rng, 'de', form=0)} bis {nd(rng, 'de', 2026, 2026, form=0)}. Die Geburtsurkunde (Geburtsdatum "
                f"{DOB(fmt_date(rng, d, 'de', 0))}) haben wir erhalten.\n\n{sig_de(rng)}")
    return (f"Hi Katrin, kurze Info: {'unser Sohn' if ksex == 'M' else 'unsere Tochter'} {P(kid.first)} ist am {DOB(fmt_date(rng, d, 'de', 1))} geboren 🎉 ich "
            f"reiche die Elternzeit nächste Woche ein. LG {P(p.first)}").replace("Hi Katrin", f"Hi {P('Katrin')}")


def de_dienstwagen(rng, k):
    p = person(rng, DE_MIX)
    kz = gen_de_plate(rng)
    if k == 0:
        return (f"Betreff: Bußgeldbescheid Dienstwagen {LP(kz)}\n\nHallo {anrede_de(p)} {P(p.last_cap())},\n\nfür das "
                f"Fahrzeug mit dem Kennzeichen {LP(kz)} ist ein Bußgeldbescheid (Az. {rng.randint(100, 999)}.{rng.randint(100000, 999999)}."
                f"{rng.randint(1, 9)}) über {amt(rng, 30, 160)} € eingegangen (Tatzeit {nd(rng, 'de', form=0)}, {hhmm(rng)}). Laut "
                f"Fahrtenbuch waren Sie der Fahrer. Wir behalten den Betrag gemäß Dienstwagenordnung vom Gehalt ein.\n\n"
                f"{sig_de(rng)}")
    if k == 1:
        return (f"Übergabeprotokoll Dienstwagen\nFahrer: {P(p.full())}\nKennzeichen: {LP(kz)}\nKilometerstand: "
                f"{rng.randint(5000, 90000)}\nTankkarte: Nr. **** {rng.randint(1000, 9999)}\nFührerschein geprüft: ja "
                f"({nd(rng, 'de', form=0)})\n1%-Regelung: Bruttolistenpreis {amt(rng, 30000, 55000)} €")
    plate = gen_plate(rng)
    return (f"Hallo {P('Thijs')},\n\nich wohne in Nimwegen und fahre den Firmenwagen privat in NL. Brauche ich für das "
            f"deutsche Kennzeichen {LP(kz)} eine Genehmigung, oder soll ich auf ein NL-Kennzeichen wechseln? Mein Privatwagen "
            f"hat {LP(plate)}, falls das relevant ist.\n\nGruß\n{P(p.full())}")


def de_grenz(rng, k):
    p = person(rng, ["nl", "nl", "de"])
    bsn = gen_bsn(rng)
    a, pc, t = nl_addr(rng)
    if k == 0:
        return (f"Guten Tag,\n\nich wohne in den Niederlanden ({AD(a)}, {PC(pc)} {t}) und arbeite seit "
                f"{rng.choice(MONTHS['de'])} in der Filiale Kleve. Muss ich in Deutschland Lohnsteuer zahlen oder in NL? "
                f"Meine niederländische BSN ist {BS(fmt_bsn(rng, bsn, rng.choice([0, 2])))}.\n\nMit freundlichen Grüßen\n"
                f"{P(p.full())}")
    if k == 1:
        return (f"Notiz Grenzgänger\nMitarbeiter: {P(p.rev())}, Wohnsitz NL ({PC(pc)} {t})\nBSN: {BS(fmt_bsn(rng, bsn, 0))}\n"
                f"A1-Bescheinigung beantragt: {nd(rng, 'de', form=0)} (SVB)\nSteuer: Besteuerung in DE (DBA Art. 14), "
                f"Mitteilung an {P(staff('jeroen').full())} für die NL-Seite.")
    return (f"Hoi {P(staff('katrin').first)}, ich bin {P(p.full())}, Grenzgängerin aus {t}. Die Lohnabrechnung zeigt keine "
            f"Kirchensteuer, stimmt das so? Du erreichst mich unter {PH(gen_nl_mobile(rng))}. Danke!")


def de_austritt(rng, k):
    p = person(rng, DE_MIX)
    em = email_for(rng, p, "de")
    if k == 0:
        a, pc, t = de_addr(rng)
        return (f"{P(p.full())}\n{AD(a)}\n{PC(pc)} {t}\n\nZeeflank Handels GmbH\nPersonalabteilung\nIndustriestraße 12\n"
                f"47533 Kleve\n\n{t}, den {nd(rng, 'de', form=0)}\n\nKündigung meines Arbeitsverhältnisses\n\nSehr geehrte Damen "
                f"und Herren,\n\nhiermit kündige ich mein Arbeitsverhältnis fristgerecht zum {nd(rng, 'de', form=0)}. Bitte "
                f"senden Sie mir die Arbeitsbescheinigung und das Zeugnis an {EM(em)}.\n\nMit freundlichen Grüßen\n{P(p.full())}")
    if k == 1:
        return (f"Hallo {P(p.first)},\n\nanbei die Bestätigung deines Austritts zum {nd(rng, 'de', form=0)}. Die letzte "
                f"Abrechnung inkl. {rng.randint(2, 18)} Resturlaubstagen kommt Ende {rng.choice(MONTHS['de'])}. Die "
                f"Lohnsteuerbescheinigung schicken wir an {EM(em)}.\n\n{sig_de(rng)}")
    return (f"hallo, ich hab zum {nd(rng, 'de', form=0)} gekündigt. wohin kommt meine letzte abrechnung? bitte an "
            f"{EM(em)}, den Zugang zur App hab ich nicht mehr. danke {P(p.first)}")


def de_chat(rng, k):
    p = person(rng, DE_MIX)
    s = staff("katrin")
    h = rng.randint(9, 15)
    return (f"Chatprotokoll Personalservice {nd(rng, 'de', form=0)}\n[{h}:00] {P(s.first)} (Personal): Hallo, wie kann ich "
            f"helfen?\n[{h}:01] {P(p.full())}: meine Lohnabrechnung fehlt in der App\n[{h}:02] {P(s.first)} (Personal): "
            f"Welche Personalnummer?\n[{h}:02] {P(p.full())}: {pnr(rng)}\n[{h}:04] {P(s.first)} (Personal): Die Abrechnung "
            f"wurde an {EM(email_for(rng, p, 'de'))} geschickt, weil Sie die App noch nicht aktiviert haben.\n"
            f"[{h}:05] {P(p.full())}: ah ok danke")


# ----------------------------------------------------------------------------------------------
# DE scenarios without personal data
# ----------------------------------------------------------------------------------------------
def de_free_notice(rng, k):
    if k == 0:
        return (f"Systemhinweis: Die Entgeltabrechnungen für {rng.choice(MONTHS['de'])} stehen ab {nd(rng, 'de', form=0)} "
                f"im Mitarbeiterportal bereit. Auszahlung am {nd(rng, 'de', form=0)}. Abrechnungslauf {rng.randint(100, 999)}/2025, "
                f"Version {rng.randint(3, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}.")
    if k == 1:
        return (f"Wartungsarbeiten am {nd(rng, 'de', form=1)} von 21:00 bis 01:00 Uhr. Zeiterfassung und Urlaubsanträge sind "
                f"in dieser Zeit nicht verfügbar. Ticket-Nr. INC{rng.randint(100000, 999999)}. Zeeflank Handels GmbH, IT")
    return (f"Hinweis der Personalabteilung: Ab {nd(rng, 'de', form=0)} gilt der neue Mindestlohn von 12,82 € pro Stunde. "
            f"Die Minijob-Grenze steigt auf 556 €. Betroffene Verträge (ca. {rng.randint(20, 80)}) werden automatisch angepasst.\n"
            f"Zeeflank Handels GmbH · Industriestraße 12 · 47533 Kleve · Tel. {org_phone(rng, 2)}")


def de_free_br(rng, k):
    if k == 0:
        return (f"Betriebsrat informiert\n\nDie Betriebsvereinbarung zur Arbeitszeit (BV-{rng.randint(1, 12)}/2025) ist "
                f"unterschrieben. Schichten dauern künftig mindestens 4 Stunden, Dienstpläne kommen 3 Wochen im Voraus. "
                f"Nächste Betriebsversammlung: {nd(rng, 'de', form=1)}, {hhmm(rng, 9, 11)} Uhr, Filiale Kleve.\n\nEuer Betriebsrat Zeeflank")
    if k == 1:
        return (f"BR-Newsletter {rng.randint(1, 12)}/2025\n• Inflationsausgleich: {rng.randint(100, 300)} € (anteilig) mit der "
                f"Abrechnung {rng.choice(MONTHS['de'])}\n• Urlaubsplanung 2026 bis {nd(rng, 'de', form=0)} eintragen\n• Fragen "
                f"an betriebsrat@zeeflank.example 📧")
    return (f"Liebe Kolleginnen und Kollegen,\n\ndie Umfrage zum Dienstplan ist ausgewertet: {rng.randint(60, 80)} % wünschen "
            f"sich feste freie Tage. Wir sprechen am {nd(rng, 'de', form=1)} mit der Geschäftsführung darüber.\n\nEuer BR")


def de_free_autoreply(rng, k):
    t = ticket(rng)
    if k == 0:
        return (f"Automatische Antwort: Vielen Dank für Ihre Nachricht an die Personalabteilung. Ihre Anfrage hat die Nummer "
                f"{t}. Wir melden uns innerhalb von 3 Arbeitstagen.\nBitte senden Sie keine Ausweiskopien per E-Mail.\n"
                f"Zeeflank Handels GmbH | Industriestraße 12 | 47533 Kleve")
    if k == 1:
        return (f"Abwesenheitsnotiz: Die Personalabteilung ist vom {' bis '.join(nd_pair(rng, 'de', 0, (2, 14)))} nur "
                f"eingeschränkt erreichbar. In dringenden Fällen: {org_phone(rng, 2)}.")
    return (f"Ihre Anfrage {t} wurde am {nd(rng, 'de', form=0)} um {hhmm(rng)} geschlossen. Bewerten Sie uns unter "
            f"https://hr.zeeflank.example/de/feedback – Zeeflank Shared Service Center")


def de_free_frage(rng, k):
    if k == 0:
        return (f"Hallo, wann wird das Weihnachtsgeld ausgezahlt? Steht nicht auf der Abrechnung für "
                f"{rng.choice(MONTHS['de'])}. Personalnummer {pnr(rng)}, Filiale {rng.choice(STORES_DE)[0]}.")
    if k == 1:
        return (f"Guten Tag, wir (Team Kasse, Filiale Goch) haben eine Frage zu den Zuschlägen: Gilt der Sonntagszuschlag "
                f"von 50 % auch für die Inventur am {nd(rng, 'de', form=0)}? Danke und Gruß, Team Kasse Goch")
    return (f"Frage zur Lohnabrechnung: Was bedeutet die Position 'VWL AG-Anteil {amt(rng, 6, 40)} €'? Und warum ist die "
            f"Steuerklasse jetzt IV statt I? Vertragsnummer AV-{rng.randint(10000, 99999)}. Danke!")


def de_free_tabelle(rng, k):
    if k == 0:
        rows = "\n".join(f"{s[0]} | {s[1]:<9} | {rng.randint(20, 140)} | {rng.randint(0, 30)},{rng.randint(0, 9)} %"
                         for s in STORES_DE)
        return (f"Urlaubsübersicht Q{rng.randint(1, 4)}/2025 (Export {nd(rng, 'de', form=0)})\nFiliale | Ort | offene "
                f"Urlaubstage | Quote\n{rows}")
    if k == 1:
        return (f"Zuschläge (Stand {nd(rng, 'de', form=0)})\nNachtarbeit 22-6 Uhr: 25 %\nSonntag: 50 %\nFeiertag: 100 %\n"
                f"Lohnart LA {rng.randint(1000, 1999)} / {rng.randint(2000, 2999)} / {rng.randint(3000, 3999)}")
    return (f"Schichtplan KW {rng.randint(2, 50)} Filiale Kevelaer\nMo Früh 3 / Spät 2\nDi Früh 3 / Spät 2\nSa Früh 4 / "
            f"Spät 4\nOffene Schichten: {rng.randint(1, 6)} (bitte bis {nd(rng, 'de', form=0)} melden)")


# ----------------------------------------------------------------------------------------------
# registry: (scenario, instances, has personal data)
# ----------------------------------------------------------------------------------------------
REGISTRY = {
    "nl": [(nl_bank, 3, True), (nl_address, 3, True), (nl_onboarding, 3, True), (nl_payslip, 3, True),
           (nl_sick, 3, True), (nl_parental, 3, True), (nl_lease, 3, True), (nl_leaving, 3, True),
           (nl_pension, 3, True), (nl_travel, 3, True), (nl_whatsapp, 3, True), (nl_zzp, 3, True),
           (nl_free_notice, 3, False), (nl_free_or, 3, False), (nl_free_autoreply, 3, False),
           (nl_free_question, 3, False), (nl_free_internal, 3, False), (nl_free_fleet, 3, False),
           (nl_free_social, 3, False), (nl_free_table, 3, False)],
    "en": [(en_onboard, 3, True), (en_bank, 3, True), (en_ruling, 3, True), (en_sick, 3, True),
           (en_parental, 3, True), (en_car, 3, True), (en_leaving, 3, True), (en_ip, 3, True),
           (en_expense, 3, True), (en_chat, 3, True), (en_contractor, 2, True),
           (en_free_notice, 3, False), (en_free_policy, 3, False), (en_free_autoreply, 3, False),
           (en_free_question, 3, False), (en_free_wc, 3, False), (en_free_social, 3, False)],
    "de": [(de_umzug, 3, True), (de_bank, 3, True), (de_einstellung, 3, True), (de_krank, 3, True),
           (de_elternzeit, 3, True), (de_dienstwagen, 3, True), (de_grenz, 3, True), (de_austritt, 3, True),
           (de_chat, 1, True),
           (de_free_notice, 3, False), (de_free_br, 3, False), (de_free_autoreply, 3, False),
           (de_free_frage, 3, False), (de_free_tabelle, 3, False)],
}
LANG_COUNTS = {"nl": 60, "en": 50, "de": 40}


def build():
    recs = []
    for lang in ("nl", "en", "de"):
        items = []
        for fn, n, has_pii in REGISTRY[lang]:
            for k in range(n):
                rng = random.Random(f"{SEED}:{fn.__name__}:{k}")
                marked = fn(rng, k)
                text, spans, nps = render(marked)
                items.append({"scenario": fn.__name__, "k": k, "has_pii": has_pii, "text": text, "cspans": spans,
                              "nps": nps, "lang": lang})
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(items)
        for i, it in enumerate(items, 1):
            it["id"] = f"h47-{lang}-{i:03d}"
            t = it["text"]
            it["spans"] = [{"start": char_to_byte(t, s), "end": char_to_byte(t, e), "label": lab}
                           for s, e, lab, _ in it["cspans"]]
            recs.append(it)
    return recs


def serialise(recs):
    lines = []
    for r in recs:
        lines.append(json.dumps({"id": r["id"], "lang": r["lang"], "text": r["text"], "spans": r["spans"]},
                                ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


# ----------------------------------------------------------------------------------------------
# validators per label
# ----------------------------------------------------------------------------------------------
NAME_CHARS = r"[^\W\d_]"


def valid_value(label, v):
    if label == "PERSON":
        return bool(re.fullmatch(rf"{NAME_CHARS}[\w'’.\- ,]*{NAME_CHARS}\.?", v)) and not re.search(r"\d", v)
    if label == "EMAIL":
        return is_email(v)
    if label == "PHONE":
        return is_phone(v)
    if label == "IBAN":
        return is_iban(v)
    if label == "BSN":
        c = re.sub(r"[ .-]", "", v)
        return is_bsn_digits(c) or is_ob_number(v)
    if label == "ADDRESS":
        return bool(re.search(r"\d", v)) and bool(re.search(r"[A-Za-zäöüß]{3}", v))
    if label == "POSTCODE":
        return is_postcode(v)
    if label == "CREDIT_CARD":
        return is_card(v)
    if label == "IP_ADDRESS":
        return is_public_ip(v)
    if label == "DATE_OF_BIRTH":
        return is_dob(v)
    if label == "ID_DOCUMENT":
        return is_id_doc(v)
    if label == "LICENSE_PLATE":
        return plate_ok(v) or is_de_plate(v)
    if label == "BTW_ID":
        return is_btw_id(v)
    if label == "KVK":
        return bool(re.fullmatch(r"\d{8}", v)) and v not in ORG["kvk"]
    return False


def name_tokens():
    toks = set()
    for pool in POOLS.values():
        for sx in ("F", "M"):
            toks.update(pool[sx])
        for tv, sur in pool["S"]:
            for t in re.split(r"[ \-]", sur):
                if t and t not in TV_WORDS and t.lower() not in {"el", "al", "van", "de"}:
                    toks.add(t)
    for f, s, _ in STAFF.values():
        toks.update([f, s])
    return sorted(toks)


REF_WORDS = re.compile(r"(factuur|invoice|ref|batch|run|kenmerk|ticket|order|message id|decision|application|"
                       r"rechnung|az\.|deelnemer|contract|asset|id)", re.I)
BIRTH_WORDS = re.compile(r"(geboren|geb\.|geboorte|born|birth|dob|geburts)", re.I)


def org_norms():
    ph = {re.sub(r"\D", "", x)[-9:] for x in ORG_PHONE_VARIANTS}
    ib = {x.replace(" ", "") for x in ORG_IBAN_VARIANTS}
    return ph, ib


def audit(recs):
    errs = []
    toks = name_tokens()
    tok_re = re.compile(r"(?<![\w@.])(" + "|".join(re.escape(t) for t in sorted(toks, key=len, reverse=True)) + r")(?![\w])",
                        re.I)
    org_ph, org_ib = org_norms()
    seen = set()
    per_lang = {}
    for r in recs:
        t, rid = r["text"], r["id"]
        per_lang[r["lang"]] = per_lang.get(r["lang"], 0) + 1

        def E(msg):
            errs.append(f"{rid} ({r['scenario']}/{r['k']}): {msg}")
        if t in seen:
            E("duplicate text")
        seen.add(t)
        if re.search("[\ue000-\ue004]", t):
            E("markup left")
        if bool(r["spans"]) != r["has_pii"]:
            E(f"has_pii={r['has_pii']} but {len(r['spans'])} spans")
        b = t.encode("utf-8")
        prev_end = -1
        for sp, (cs, ce, lab, val) in zip(r["spans"], r["cspans"]):
            sv = b[sp["start"]:sp["end"]].decode("utf-8")
            if sv != val:
                E(f"span bytes {sv!r} != {val!r}")
            if sp["start"] < prev_end:
                E("overlap/unsorted")
            prev_end = sp["end"]
            if sv != sv.strip() or re.match(r"[\s,.;:!?()]", sv[0]) or re.search(r"[\s,;:!?(]$", sv):
                E(f"edge whitespace/punct {sv!r}")
            if not valid_value(lab, sv):
                E(f"invalid {lab} {sv!r}")
            if lab == "DATE_OF_BIRTH":
                ctx = t[max(0, cs - 80):ce + 40]
                if not BIRTH_WORDS.search(ctx):
                    E(f"no birth word near {sv!r}")
            # organisation data never inside a span
            dig = re.sub(r"\D", "", sv)
            if lab == "PHONE" and dig[-9:] in org_ph:
                E("org phone labelled")
            if lab == "IBAN" and sv.replace(" ", "").upper() in org_ib:
                E("org iban labelled")
            if "zeeflank" in sv.lower() or ORG_RSIN in dig or "24381907" in dig:
                E(f"org data in span {sv!r}")
        # blank spans and NP strings
        chars = list(t)
        for cs, ce, _, _ in r["cspans"]:
            for i in range(cs, ce):
                chars[i] = "█"
        for s, e in r["nps"]:
            for i in range(s, e):
                chars[i] = "▒"
        bl = "".join(chars)
        # every repeat of a labelled value labelled
        for cs, ce, lab, val in r["cspans"]:
            if len(val) >= 3 and val in bl:
                E(f"unlabelled repeat of {lab} {val!r}")
        # scanners
        for mt in EMAIL_RE.finditer(bl):
            if is_email(mt.group(0)):
                E(f"unlabelled email {mt.group(0)}")
        for mt in re.finditer(r"(?i)\b[A-Z]{2}\d\d(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?", bl):
            c = re.sub(r"\s", "", mt.group(0)).upper()
            for L in range(15, len(c) + 1):
                if is_iban(c[:L]) and c[:L] not in org_ib:
                    E(f"unlabelled IBAN {mt.group(0)}")
        for mt in re.finditer(r"(?<![\w.\-/])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3})(?![\w-]|\.\d)", bl):
            d = re.sub(r"\D", "", mt.group(1))
            if is_bsn_digits(d) and d != ORG_RSIN:
                line_start = bl.rfind("\n", 0, mt.start()) + 1
                if not REF_WORDS.search(bl[max(line_start, mt.start() - 40):mt.start()]):
                    E(f"unlabelled elfproef number {mt.group(1)}")
        for mt in re.finditer(r"(?:\+31|0031|\b0)[\s-]*(?:\(0\))?[\s-]*6[\s-]*(?:\d[\s-]?){8}", bl):
            s = mt.group(0).strip(" -")
            if is_phone(s) and re.sub(r"\D", "", s)[-9:] not in org_ph:
                E(f"unlabelled NL mobile {s}")
        for mt in re.finditer(r"(?<![\w-])[1-9]\d{3} ?[A-Z]{2}(?![\w-])", bl):
            v = mt.group(0)
            if v[-2:] in ("SA", "SD", "SS", "MB", "KB", "GB", "KM"):
                continue
            if not any(v in a for a in ORG["addresses"]):
                E(f"unlabelled postcode {v}")
        for mt in re.finditer(r"(?<![\d*])(?:\d[ -]?){12,18}\d(?!\d)", bl):
            if is_card(mt.group(0)):
                E(f"unlabelled card {mt.group(0)}")
        for mt in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", bl):
            before = bl[max(0, mt.start() - 12):mt.start()].lower()
            if is_public_ip(mt.group(0)) and not re.search(r"(versi|version|v|update naar|to|from)\s*$", before):
                E(f"unlabelled public IP {mt.group(0)}")
        for mt in re.finditer(r"(?i)(geboren|geb\.|geboortedatum|date of birth|born on|born|dob|geburtsdatum)[^\n█]{0,25}?"
                              r"(\d{1,2}[-./ ]\w+[-./ ]\d{4}|\d{4}-\d\d-\d\d)", bl):
            E(f"unlabelled birth date {mt.group(2)}")
        for mt in re.finditer(r"(?i)(kvk|chamber of commerce|handelsregister)[^\d\n]{0,25}(\d{8})(?!\d)", bl):
            if mt.group(2) not in ORG["kvk"]:
                E(f"unlabelled KvK {mt.group(2)}")
        for mt in re.finditer(r"(?i)\bNL ?\d{9} ?B\d\d\b", bl):
            if re.sub(r"\s", "", mt.group(0)).upper() not in ORG["btw"]:
                E(f"unlabelled btw {mt.group(0)}")
        for mt in tok_re.finditer(bl):
            E(f"unlabelled name token {mt.group(0)!r}: …{bl[max(0, mt.start() - 30):mt.end() + 10]!r}")
        if "HEALTH" in {s["label"] for s in r["spans"]}:
            E("HEALTH labelled")
    if per_lang != LANG_COUNTS:
        errs.append(f"language counts {per_lang} != {LANG_COUNTS}")
    free = sum(1 for r in recs if not r["spans"])
    if free < 0.35 * len(recs):
        errs.append(f"PII-free share too low: {free}/{len(recs)}")
    return errs


# ----------------------------------------------------------------------------------------------
# self test (validators against the reference's vectors, organisation data, generators)
# ----------------------------------------------------------------------------------------------
def self_test():
    fails = []

    def ok(cond, what):
        if not cond:
            fails.append(what)
    bsn_c = lambda s: is_bsn_digits(re.sub(r"[ .-]", "", s).zfill(9))
    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303",
              "103349856", "044126396", "656412689", "460455977", "879119330", "999999990", "111111110"]:
        ok(bsn_c(v), f"bsn valid {v}")
    for v in ["123456789", "111222334", "000000000", "999999999", "12345678"]:
        ok(not bsn_c(v), f"bsn invalid {v}")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789",
              "NL20INGB0001234567", "NL39RABO0300065264", "NL44RABO0123456789", "NL86INGB0002445588",
              "NL68KNAB0123456789", "NL32BUNQ2012345678", "BE71 0961 2345 6769", "DE89370400440532013000",
              "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606", "FR76 3000 6000 0112 3456 7890 189",
              "GB82WEST12345698765432"] + ORG["ibans"]:
        ok(is_iban(v), f"iban valid {v}")
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300",
              "DE89370400440532013001", "BE68539007547035"]:
        ok(not is_iban(v), f"iban invalid {v}")
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67", "0111-123456",
              "+32 470 12 34 56", "0470 12 34 56", "+49 30 12345678" if False else "0151 23456789",
              "+49 (0)2821 97330", "07700 900123", "+44 7700 900123"] + ORG_PHONE_VARIANTS:
        ok(is_phone(v), f"phone valid {v}")
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "069 1234567",
              "012-3456789", "020-123456", "+32 470 12 34 5", "+49 151 234", "0800-1234", "0900-1234567"]:
        ok(not is_phone(v), f"phone invalid {v}")
    for v in ["1012 AB", "1012AB", "1012 ab", "9999 ZZ", "1000 AA", "47533", "2300", "LS6 2QB"]:
        ok(is_postcode(v), f"postcode valid {v}")
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        ok(not is_postcode(v), f"postcode invalid {v}")
    for v in ["XR1001R58", "NW1234P56", "IB12F3K47", "EM0000000"]:
        ok(is_nl_doc(v), f"doc valid {v}")
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        ok(not is_nl_doc(v), f"doc invalid {v}")
    ok(is_res_doc("III-V123AL568"), "residence doc")
    for v in ["GB-12-DF", "1-KBB-12", "123-BB-1", "12-GBX-3", "VB-123-X" if False else "VB-123-D", "G-123-BB",
              "GBB-12-X", "G-12-BBB", "1-BB-123", "GBB12X", "gb-12-df"]:
        ok(plate_ok(v), f"plate valid {v}")
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        ok(not plate_ok(v), f"plate invalid {v}")
    for v in ["KLE-AB 123", "D-X 4410", "WES ZR 12"]:
        ok(is_de_plate(v), f"de plate {v}")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        ok(is_btw_id(v), f"btw valid {v}")
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL12345678B01", "NL004495445B01"]:
        ok(not is_btw_id(v), f"btw invalid {v}")
    ok(is_ob_number("NL004495445B01") and is_ob_number(ORG["btw"][0]), "OB numbers")
    ok(is_bsn_digits(ORG_RSIN), "org RSIN passes elfproef (hard negative)")
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000"]:
        ok(is_card(v), f"card valid {v}")
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        ok(not is_card(v), f"card invalid {v}")
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM"]:
        ok(is_email(v), f"email valid {v}")
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld", "hr@zeeflank.example",
              "filiaal127@zeeflank.example"]:
        ok(not is_email(v), f"email invalid {v}")
    for v in ["8.8.8.8", "2a02:a46c:1:2::5"]:
        ok(is_public_ip(v), f"ip public {v}")
    for v in ["192.168.1.10", "10.20.0.1", "127.0.0.1", "203.0.113.5", "2001:db8::1", "256.1.1.1", "010.001.001.001"]:
        ok(not is_public_ip(v), f"ip non-public {v}")
    for v in ["12-03-1985", "5 mei 1960", "1985-03-12", "12.03.1985", "12. März 1985", "March 12, 1985", "29.02.1992"]:
        ok(is_dob(v), f"dob valid {v}")
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999", "12-03-2031"]:
        ok(not is_dob(v), f"dob invalid {v}")
    ok(not is_bsn_digits("123456789") and is_bsn_digits("999999990"), "bank-11 trap")
    # generators, 300 rounds each
    g = random.Random(f"{SEED}:selftest")
    for _ in range(300):
        ok(is_bsn_digits(gen_bsn(g)), "gen_bsn")
        ok(not is_bsn_digits(gen_non_elf9(g)), "gen_non_elf9")
        for ib in (gen_iban_nl(g), gen_iban_be(g), gen_iban_de(g), gen_iban_gb(g), gen_iban_pt(g)):
            ok(is_iban(ib) and is_iban(fmt_iban(g, ib)), f"gen iban {ib}")
        ok(is_btw_id(gen_btw(g)), "gen_btw")
        for kind in ("visa", "mc", "amex"):
            ok(is_card(gen_card(g, kind)), "gen_card")
        ok(is_phone(gen_nl_mobile(g)), "nl mobile")
        ok(is_phone(gen_nl_landline(g, g.choice(list(NL_TOWNS)))), "nl landline")
        ok(is_phone(gen_be_mobile(g)), "be mobile")
        ok(is_phone(gen_de_mobile(g)), "de mobile")
        ok(is_phone(gen_de_landline(g, g.choice(list(DE_TOWNS)))), "de landline")
        ok(is_phone(gen_uk_mobile(g)), "uk mobile")
        ok(plate_ok(gen_plate(g)), "plate")
        ok(is_de_plate(gen_de_plate(g)), "de plate")
        ok(is_nl_doc(gen_nl_doc(g, g.choice("NI"))), "nl doc")
        ok(is_res_doc(gen_res_doc(g)), "res doc")
        ok(is_de_doc(gen_de_ausweis(g)), "de doc")
        ok(is_postcode(nl_addr(g)[1]) and is_postcode(be_addr(g)[1]) and is_postcode(de_addr(g)[1]) and
           is_postcode(uk_addr(g)[1]), "postcodes")
        ok(is_public_ip(gen_ipv4(g)) and is_public_ip(gen_ipv6(g)), "ip")
        for lang in ("nl", "en", "de"):
            ok(is_dob(fmt_date(g, gen_date(g, 1950, 2005), lang)), f"date fmt {lang}")
    return fails


# ----------------------------------------------------------------------------------------------
def stats(recs, data):
    out = []
    labs = {l: {"nl": 0, "en": 0, "de": 0} for l in LABELS}
    for r in recs:
        for s in r["spans"]:
            labs[s["label"]][r["lang"]] += 1
    for lang in ("nl", "en", "de"):
        rs = [r for r in recs if r["lang"] == lang]
        out.append(f"{lang}: {len(rs)} messages, {sum(1 for r in rs if not r['spans'])} without PII")
    free = sum(1 for r in recs if not r["spans"])
    out.append(f"total {len(recs)}, PII-free {free} = {100 * free / len(recs):.1f} %")
    lens = sorted(len(r["text"].encode()) for r in recs)
    out.append(f"length {lens[0]}-{lens[-1]} bytes, median {lens[len(lens) // 2]}; non-ASCII texts "
               f"{sum(1 for r in recs if not r['text'].isascii())}; with emoji "
               f"{sum(1 for r in recs if any(ord(c) > 0xFFFF for c in r['text']))}")
    out.append("| label | nl | en | de | total |\n|---|---:|---:|---:|---:|")
    tot = {"nl": 0, "en": 0, "de": 0}
    for l in LABELS:
        c = labs[l]
        for x in tot:
            tot[x] += c[x]
        out.append(f"| `{l}` | {c['nl']} | {c['en']} | {c['de']} | {sum(c.values())} |")
    out.append(f"| total | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")
    out.append(f"sha256 {hashlib.sha256(data).hexdigest()}")
    return "\n".join(out)


def main():
    check = "--check" in sys.argv
    fails = self_test()
    if fails:
        print("SELF TEST FAILED:", *fails[:50], sep="\n  ")
        sys.exit(1)
    recs = build()
    errs = audit(recs)
    if errs:
        print(f"AUDIT FAILED ({len(errs)}):", *errs[:80], sep="\n  ")
        sys.exit(1)
    data = serialise(recs)
    # read back and re-slice every span from the bytes
    for line, r in zip(data.decode("utf-8").splitlines(), recs):
        obj = json.loads(line)
        bb = obj["text"].encode("utf-8")
        for sp, cs in zip(obj["spans"], r["cspans"]):
            assert bb[sp["start"]:sp["end"]].decode("utf-8") == cs[3]
    print(f"self test ok, audit ok ({len(recs)} records)")
    print(stats(recs, data))
    if check:
        if os.path.exists(OUT):
            same = open(OUT, "rb").read() == data
            print("gold.jsonl up to date" if same else "gold.jsonl differs from generator output")
            if not same:
                sys.exit(1)
        return
    with open(OUT, "wb") as f:
        f.write(data)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
