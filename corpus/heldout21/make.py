#!/usr/bin/env python3
"""heldout21 generator: a Dutch chain of veterinary clinics (Pootwerk Dierenklinieken) with an
insurance and webshop arm. Python 3.11, standard library only, deterministic (string-seeded RNGs).

Values are written into the texts with mark(LABEL, value) using private-use sentinels; render()
strips them and records UTF-8 byte offsets. Everything is re-checked after serialisation, and
gold.jsonl is only written when every check passes.
"""
import datetime
import hashlib
import ipaddress
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

SEED = "heldout21-pootwerk-v1"
PREFIX = "h21"
HERE = os.path.dirname(os.path.abspath(__file__))

S0, S1, S2 = "\ue000", "\ue001", "\ue002"
LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD",
          "IP_ADDRESS", "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]


def mark(label, value):
    assert label in LABELS, label
    value = str(value)
    assert value == value.strip() and value, (label, value)
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
def LP(v): return mark("LICENSE_PLATE", v)
def BTW(v): return mark("BTW_ID", v)
def KVK(v): return mark("KVK", v)


def render(marked):
    out = []
    spans = []
    blen = 0
    i = 0
    pat = re.compile(S0 + r"([A-Z_]+)" + S1 + r"([^" + S0 + S1 + S2 + r"]*)" + S2)
    pos = 0
    for m in pat.finditer(marked):
        pre = marked[pos:m.start()]
        out.append(pre)
        blen += len(pre.encode("utf-8"))
        val = m.group(2)
        start = blen
        out.append(val)
        blen += len(val.encode("utf-8"))
        spans.append({"start": start, "end": blen, "label": m.group(1), "_value": val})
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert S0 not in text and S1 not in text and S2 not in text, "markup left"
    return text, spans


# ----------------------------------------------------------------------------------------------
# checksums / validators
# ----------------------------------------------------------------------------------------------

def elf_ok(d):
    d = re.sub(r"[ .\-]", "", d)
    if not re.fullmatch(r"\d{9}", d) or int(d) == 0:
        return False
    s = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return s % 11 == 0


def b36num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = re.sub(r"[ .\-\u00a0]", "", s).upper()
    lens = {"NL": 18, "BE": 16, "DE": 22, "GB": 22, "FR": 27}
    if s[:2] not in lens or len(s) != lens[s[:2]]:
        return False
    struct = {"NL": r"[A-Z]{4}\d{10}", "BE": r"\d{12}", "DE": r"\d{18}", "GB": r"[A-Z]{4}\d{14}",
              "FR": r"\d{10}[A-Z0-9]{11}\d{2}"}
    if not re.fullmatch(struct[s[:2]], s[4:]):
        return False
    if s[:2] == "BE":
        n10, cc = int(s[4:14]), int(s[14:16])
        if (n10 % 97 or 97) != cc:
            return False
    return b36num(s[4:] + s[:4]) % 97 == 1


def iban_make(cc, bban):
    n = b36num(bban + cc + "00")
    return f"{cc}{98 - n % 97:02d}{bban}"


def luhn_ok(num):
    d = [int(x) for x in re.sub(r"\D", "", num)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def card_ok(s):
    d = re.sub(r"[ \-]", "", s)
    if not d.isdigit() or not luhn_ok(d):
        return False
    if d[0] == "4" and len(d) in (13, 16, 19):
        return True
    if (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720) and len(d) == 16:
        return True
    if d[:2] in ("34", "37") and len(d) == 15:
        return True
    return False


def btw_mod97(s):
    s = s.replace(" ", "").upper()
    # mod 97-10 over the whole string "NL…B.." treated as in stdnum: int(base36 of number) % 97 == 1
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", s)) and b36num(s) % 97 == 1


NL_AREAS = ["010", "013", "015", "020", "023", "024", "026", "030", "033", "035", "036", "038", "040",
            "043", "045", "046", "050", "053", "055", "058", "070", "071", "072", "073", "074", "075",
            "076", "077", "078", "079"]
NL_AREAS4 = ["0111", "0113", "0114", "0115", "0117", "0118", "0161", "0162", "0164", "0165", "0166",
             "0167", "0168", "0172", "0174", "0180", "0181", "0182", "0183", "0184", "0186", "0187",
             "0222", "0223", "0224", "0226", "0227", "0228", "0229", "0251", "0252", "0255", "0294",
             "0297", "0299", "0313", "0314", "0315", "0316", "0317", "0318", "0320", "0321", "0341",
             "0342", "0343", "0344", "0345", "0346", "0347", "0348", "0411", "0412", "0413", "0416",
             "0418", "0475", "0478", "0481", "0485", "0486", "0487", "0488", "0492", "0493", "0495",
             "0497", "0499", "0511", "0512", "0513", "0514", "0515", "0516", "0517", "0518", "0519",
             "0521", "0522", "0523", "0524", "0525", "0527", "0528", "0529", "0541", "0543", "0544",
             "0545", "0546", "0547", "0548", "0561", "0562", "0566", "0570", "0571", "0572", "0573",
             "0575", "0577", "0578", "0591", "0592", "0593", "0594", "0595", "0596", "0597", "0598",
             "0599"]


def phone_ok(s):
    t = s.strip()
    d = re.sub(r"\(0\)", "", t)
    d = re.sub(r"[^\d+]", "", d)
    if d.startswith("00"):
        d = "+" + d[2:]
    if d.startswith("+31"):
        n = d[3:]
        if n.startswith("0"):
            n = n[1:]
        n = "0" + n
        cc = "NL"
    elif d.startswith("+32"):
        n, cc = "0" + d[3:], "BE"
    elif d.startswith("+49"):
        n, cc = "0" + d[3:], "DE"
    elif d.startswith("+44"):
        n, cc = "0" + d[3:], "GB"
    else:
        n, cc = d, None
    if not n.isdigit():
        return False
    if cc in (None, "NL"):
        if re.fullmatch(r"06[1-58]\d{7}", n):
            return True
        if len(n) == 10 and (n[:3] in NL_AREAS or n[:4] in NL_AREAS4):
            return True
        if cc == "NL":
            return False
    if cc in (None, "BE"):
        if re.fullmatch(r"04[5-9]\d{7}", n) or re.fullmatch(r"0(2[2-8]|3[2-8]|9[2-4])\d{6}", n) \
                or re.fullmatch(r"0(50|56|59|11|13|14|15|16)\d{6}", n):
            return True
        if cc == "BE":
            return False
    if cc in (None, "DE"):
        if re.fullmatch(r"01(5[1-9]\d{8}|6[023]\d{7}|7[0-9]\d{7,8})", n):
            return True
        if re.fullmatch(r"0(221|211|2841|2821|2831|251|521|5971|40|30|89|69)\d{5,8}", n):
            return True
        if cc == "DE":
            return False
    if cc in (None, "GB"):
        if re.fullmatch(r"07700900\d{3}", n) or re.fullmatch(r"0(113|114|115|116|117|118|121|131|141|151|161|191)496\d{4}", n) \
                or re.fullmatch(r"020794\d{5}", n) or re.fullmatch(r"01632960\d{3}", n):
            return True
    return False


def postcode_ok(s):
    if re.fullmatch(r"[1-9]\d{3} ?[A-Z]{2}", s):
        return s[-2:] not in ("SA", "SD", "SS")
    if re.fullmatch(r"[1-9]\d{3}", s):          # BE
        return True
    if re.fullmatch(r"\d{5}", s) and s != "00000":  # DE
        return True
    if re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", s):  # UK
        return True
    return False


PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
BANNED = {"GVD", "KKK", "NSB", "PKK", "PSV", "TBS", "SS", "SD", "SA", "KVT", "LPF", "SGP", "PVV", "VVD",
          "TNT", "GGD", "NSF", "PVDA"}
SIDECODES = {7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 5: "XX-XX-99",
             6: "99-XX-XX", 4: "XX-99-XX"}


def plate_ok(s):
    t = s.upper().replace(" ", "-")
    for code, pat in SIDECODES.items():
        rx = "".join({"9": r"\d", "X": "[" + PLATE_LETTERS + "]", "-": "-"}[ch] for ch in pat)
        if re.fullmatch(rx, t) or re.fullmatch(rx.replace("-", ""), t.replace("-", "")):
            groups = [g for g in re.split("-", t) if g.isalpha()]
            return not any(g in BANNED for g in groups)
    if re.fullmatch(r"[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9]\d{0,3}", s):
        return True
    return False


EMAIL_RX = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")

MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
    "januar": 1, "februar": 2, "märz": 3, "mai": 5, "dezember": 12,
}


def parse_date(s):
    s = s.strip()
    m = re.fullmatch(r"(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})", s)
    if m:
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    else:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
        if m:
            y, mo, d = int(m[1]), int(m[2]), int(m[3])
        else:
            m = re.fullmatch(r"(\d{1,2})\.? ([A-Za-zä]+) (\d{4})", s)
            if m:
                d, mo, y = int(m[1]), MONTHS.get(m[2].lower()), int(m[3])
            else:
                m = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", s)
                if not m:
                    return None
                mo, d, y = MONTHS.get(m[1].lower()), int(m[2]), int(m[3])
    if mo is None:
        return None
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


BIRTH_WORDS = ["geboren", "geb.", "geboortedatum", "birth", "born", "dob", "d.o.b", "geburtsdatum",
               "geb.-datum", "geburtstag", "geboortedag"]


def value_ok(label, v):
    if label == "PERSON":
        return not re.search(r"\d|@", v)
    if label == "EMAIL":
        return bool(EMAIL_RX.fullmatch(v))
    if label == "PHONE":
        return phone_ok(v)
    if label == "IBAN":
        return iban_ok(v)
    if label == "BSN":
        return elf_ok(v)
    if label == "ADDRESS":
        return bool(re.search(r"\d", v))
    if label == "POSTCODE":
        return postcode_ok(v)
    if label == "CREDIT_CARD":
        return card_ok(v)
    if label == "IP_ADDRESS":
        try:
            return ipaddress.ip_address(v).is_global
        except ValueError:
            return False
    if label == "DATE_OF_BIRTH":
        d = parse_date(v)
        return d is not None and 1900 <= d.year <= 2025
    if label == "LICENSE_PLATE":
        return plate_ok(v)
    if label == "BTW_ID":
        return btw_mod97(v)
    if label == "KVK":
        return bool(re.fullmatch(r"\d{8}", v))
    if label == "ID_DOCUMENT":
        return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", v))
    return False


# ----------------------------------------------------------------------------------------------
# the organisation
# ----------------------------------------------------------------------------------------------

ORG_IBAN1 = iban_make("NL", "RABO0317482296")
ORG_IBAN2 = iban_make("NL", "INGB0007713052")


def _org_btw():
    r = random.Random(SEED + ":org-btw")
    while True:
        d = f"{r.randint(0, 999999999):09d}"
        s = f"NL{d}B01"
        if btw_mod97(s) and not elf_ok(d):
            return s


ORG_BTW = _org_btw()
ORG_KVK = "62814397"
ORG = {
    "names": ["Pootwerk Dierenklinieken", "Pootwerk", "Dierenkliniek Pootwerk", "Pootwerk Eikendaal",
              "Pootwerk Wolderveen", "Pootwerk Verzekerd", "Pootwerk Shop", "Pootwerk Dierenpension",
              "Pootwerk Tierkliniken", "Pootwerk Vet Clinics", "Pootwerk Pet Insurance"],
    "domains": ["pootwerk.nl", "pootwerkshop.nl"],
    "phones": ["088 765 4300", "0577 402 190", "06 4182 7735"],
    "ibans": [ORG_IBAN1, ORG_IBAN2],
    "addresses": ["Hoefslagweg 3, 3849 PT Eikendaal", "Molenbeekstraat 7, 3871 TK Wolderveen",
                  "Postbus 412, 3840 AK Eikendaal", "Voerkade 18, 3846 RB Eikendaal"],
    "kvk": [ORG_KVK],
    "btw": [ORG_BTW],
    "handles": ["@pootwerk", "@pootwerk.dierenklinieken", "@PootwerkShop"],
}


def spaced(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


ORG_STRINGS = (ORG["names"] + ORG["domains"] + ORG["handles"] + [ORG_KVK, ORG_BTW, ORG_IBAN1, ORG_IBAN2,
               spaced(ORG_IBAN1), spaced(ORG_IBAN2), "088 765 4300", "088-7654300", "+31 88 765 4300",
               "0577 402 190", "+31 577 402 190", "06 4182 7735", "06-41827735", "+31 6 4182 7735",
               "Hoefslagweg 3", "Molenbeekstraat 7", "Postbus 412", "Voerkade 18", "3849 PT", "3871 TK",
               "3840 AK", "3846 RB", "3849PT"])

ORG_SIG_NL = ("Pootwerk Dierenklinieken | Hoefslagweg 3, 3849 PT Eikendaal\n"
              "T 088 765 4300 | WhatsApp 06 4182 7735 | www.pootwerk.nl")
ORG_FOOT = (f"Pootwerk Dierenklinieken B.V. · KvK {ORG_KVK} · btw {ORG_BTW} · IBAN {spaced(ORG_IBAN1)}")

# staff of the organisation: natural persons, labelled PERSON
STAFF = {
    "hoogendam": ("Femke", "Hoogendam"),    # dierenarts Eikendaal
    "bouzidi": ("Yara", "Bouzidi"),         # assistente
    "vanwely": ("Joris", "van Wely"),       # dierenarts Wolderveen
    "kooistra": ("Mirthe", "Kooistra"),     # klantenservice shop
    "wiersma": ("Gerda", "Wiersma"),        # pension
    "pryce": ("Owen", "Pryce"),             # English desk / claims
    "lemberg": ("Katrin", "Lemberg"),       # German desk
    "haverkort": ("Dennis", "Haverkort"),   # claims handler
}

# ----------------------------------------------------------------------------------------------
# synthetic data pools (written for this set)
# ----------------------------------------------------------------------------------------------

PETS = {
    "dog": ["Max", "Bella", "Charlie", "Guus", "Sam", "Bruno", "Otto", "Lotte", "Teddy", "Balou", "Rocky",
            "Saar", "Moos", "Kees", "Bobby", "Luna", "Dexter", "Fientje"],
    "cat": ["Luna", "Jasper", "Bella", "Charlie", "Sam", "Oscar", "Mimi", "Tijger", "Pip", "Frits", "Nala",
            "Milo", "Henk", "Poekie"],
    "horse": ["Jasper", "Guus", "Charlie", "Bella", "Sam", "Donna", "Storm"],
    "rabbit": ["Sam", "Fien", "Pluis", "Henk", "Bella"],
}
PET_NAMES = {n for v in PETS.values() for n in v}

DOG_BREEDS_NL = ["Jack Russell", "Berner Sennen", "Labrador", "Golden Retriever", "Border Collie",
                 "Franse Bulldog", "Stabyhoun", "Kooikerhondje", "ruwharige teckel", "Australian Shepherd",
                 "Drentsche Patrijshond", "Cavalier King Charles"]
CAT_BREEDS_NL = ["Maine Coon", "Britse Korthaar", "Noorse Boskat", "Ragdoll", "Europese Korthaar", "Sphynx"]
DOG_BREEDS_EN = ["Jack Russell", "Bernese Mountain Dog", "Cocker Spaniel", "Whippet", "Border Collie",
                 "Cavalier King Charles", "Staffordshire Bull Terrier", "Labrador"]
CAT_BREEDS_EN = ["Maine Coon", "British Shorthair", "Ragdoll", "Bengal", "Siamese"]
DOG_BREEDS_DE = ["Berner Sennenhund", "Jack Russell", "Rauhaardackel", "Deutscher Schäferhund", "Labrador",
                 "Münsterländer", "Australian Shepherd"]
CAT_BREEDS_DE = ["Maine Coon", "Britisch Kurzhaar", "Norwegische Waldkatze", "Ragdoll"]
MEDS = ["Metacam 1,5 mg/ml", "Apoquel 16 mg", "Bravecto 1000 mg", "Milbemax", "Drontal Plus", "Cytopoint",
        "Librela", "Rimadyl 50 mg", "Vetmedin 5 mg", "Synulox 250 mg", "Previcox 227 mg", "Semintra",
        "Forthyron 200 µg", "Prednisolon 5 mg"]

NL_F = ["Femma", "Lieke", "Ilse", "Marloes", "Annemijn", "Joyce", "Renske", "Wendelien", "Noor", "Esmée",
        "Hester", "Tamara", "Inge", "Daphne", "Mirjam", "Anouk", "Loïs", "Geertje", "Sjoukje", "Carlijn"]
NL_M = ["Ruud", "Gert-Jan", "Bart", "Maarten", "Wouter", "Hidde", "Joost", "Sietse", "Erwin", "Thijs",
        "Pepijn", "Ronald", "Koen", "Dirk", "Freek", "Jelmer", "Arjen", "Harm"]
NL_S = [("van der", "Meulen"), ("", "Brinkhorst"), ("de", "Wilde"), ("", "Terpstra"), ("", "Scholten"),
        ("ter", "Haar"), ("", "Veldkamp"), ("", "Oosterhuis"), ("", "Rietveld"), ("van", "Leeuwen"),
        ("", "Boschma"), ("", "Dijkhuis"), ("van den", "Akker"), ("", "Nijenhuis"), ("", "Lammers"),
        ("", "Hofstede"), ("van 't", "Zand"), ("", "Kamphorst"), ("", "Wolters"), ("ten", "Velde"),
        ("", "Brouwers"), ("", "Hulsebos"), ("de", "Graaf"), ("", "Ploeger"), ("", "Zwiers"),
        ("van", "Dongen"), ("", "Bolhuis"), ("", "Stoffels")]
MA = [("Yasmina", "f", "El Amrani"), ("Khalid", "m", "Azzouz"), ("Nadia", "f", "Ouali"),
      ("Soufiane", "m", "Chaouch"), ("Imane", "f", "Bennani"), ("Bilal", "m", "El Khattabi")]
TR = [("Elif", "f", "Kaya"), ("Emre", "m", "Aydın"), ("Zeynep", "f", "Öztürk"), ("Burak", "m", "Çelik"),
      ("Sevgi", "f", "Yıldırım")]
SR = [("Rakesh", "m", "Ramdin"), ("Shanti", "f", "Jagessar"), ("Dewi", "f", "Karsodikromo"),
      ("Ricardo", "m", "Lieuw-A-Joe")]
PL = [("Agnieszka", "f", "Nowicka"), ("Tomasz", "m", "Wiśniewski")]
EN = [("Harriet", "f", "Pembridge"), ("Oliver", "m", "Thwaites"), ("Priya", "f", "Raman"),
      ("Declan", "m", "Murphy"), ("Siobhan", "f", "Kelly"), ("Megan", "f", "Holt"), ("Rhys", "m", "Llewellyn"),
      ("Tom", "m", "Ashworth"), ("Chloe", "f", "Fairbrother"), ("Aidan", "m", "Sheridan"),
      ("Fiona", "f", "MacLeod"), ("Nathan", "m", "Okonkwo"), ("Lauren", "f", "Whitcombe"),
      ("Gareth", "m", "Pryor"), ("Ananya", "f", "Iyer"), ("Callum", "m", "Rowntree"), ("Imogen", "f", "Hartley"),
      ("Samuel", "m", "Achterberg"), ("Erin", "f", "Gallagher"), ("Kwame", "m", "Mensah")]
DE = [("Jürgen", "m", "Brockmann"), ("Sabine", "f", "Köhler"), ("Anja", "f", "Weißgerber"),
      ("Matthias", "m", "Overbeck"), ("Heike", "f", "Schlüter"), ("Lukas", "m", "Dörflinger"),
      ("Birgit", "f", "Hanebutt"), ("Stefan", "m", "Rühl"), ("Ingrid", "f", "Pfaffenrath"),
      ("Tobias", "m", "Everding"), ("Renate", "f", "Große-Wilde"), ("Dieter", "m", "Kampmann"),
      ("Claudia", "f", "Sträter"), ("Uwe", "m", "Tenhagen"), ("Marlene", "f", "Voßkuhl"),
      ("Henrik", "m", "Bäumer"), ("Jana", "f", "Lüdecke"), ("Florian", "m", "Wienholt")]

NL_STREETS = ["Lijsterbesstraat", "Hazelaarlaan", "Kruidenierssteeg", "Burg. Talsmaweg", "Laan van Rozendaal",
              "Oude Veenkade", "Ganzenmarkt", "Wielewaalpad", "Dokter Stegemanstraat", "Sluisdijk",
              "Korenbloemhof", "Tolhuisweg", "Schapendrift", "Blauwe Reigerlaan", "Pastoor Weijtensstraat",
              "Beukenhorst", "Zuiderhaven", "Klaproosveld", "Eendrachtsingel", "Van Heemstraweg"]
NL_TOWNS = ["Ravenswoude", "Hoornbeek", "Zandhorst", "Meerzicht", "Oosterzande", "Brakelo", "Wolderveen",
            "Eikendaal", "Harlinghorst", "Lindeloo"]
DE_STREETS = ["Lindenhofstraße", "Am Mühlbach", "Kastanienallee", "Rosenweg", "Zum Wiesengrund",
              "Hülser Straße", "Bergische Gasse", "Schöttelweg", "Ährenfeld", "Grüner Winkel", "Jägerpfad"]
DE_TOWNS = ["Eichenfeld", "Bruchhausen am See", "Kaltenbrück", "Weilersdorf", "Niederholt", "Sonnhagen"]
UK_STREETS = ["Green Lane", "Wren Close", "Holloway Gardens", "Mill Farm Road", "Cobbler's Row", "Ashdown Crescent",
              "Kingfisher Way"]
UK_TOWNS = [("Ashcombe", "BS7"), ("Little Fenwick", "LS6"), ("Marlow Vale", "M20"), ("Thornbury Hythe", "CT21")]
BE_STREETS = ["Kapelstraat", "Veldstraat", "Meersdreef", "Hoogstraat"]
BE_TOWNS = [("2870", "Kortemeer"), ("9120", "Zandvliet-Oost"), ("3580", "Bocholtveld")]
MAILDOMS = ["vlindermail.nl", "planet-oost.nl", "kabelthuis.nl", "zeelandnet-mail.nl", "webpost-nl.com"]
MAILDOMS_DE = ["posteo-mail.de", "webpost.de", "kabelnetz-mail.de"]
MAILDOMS_EN = ["btmail-home.co.uk", "outlook-mail.com", "ukonline-post.co.uk"]


class Person:
    def __init__(self, first, prefix, last, sex):
        self.first, self.prefix, self.last, self.sex = first, prefix, last, sex

    @property
    def full(self):
        return f"{self.first} {self.prefix + ' ' if self.prefix else ''}{self.last}"

    @property
    def sur(self):  # surname standing alone (tussenvoegsel capitalised)
        if self.prefix:
            return self.prefix[0].upper() + self.prefix[1:] + " " + self.last
        return self.last

    @property
    def init(self):
        return f"{self.first[0]}. {self.prefix + ' ' if self.prefix else ''}{self.last}"

    @property
    def comma(self):
        return f"{self.last}, {self.first}{' ' + self.prefix if self.prefix else ''}"

    def email(self, r, doms):
        f = self.first.lower().replace("é", "e").replace("ï", "i").replace("ı", "i").replace("ö", "o")
        l = (self.prefix.replace(" ", "").replace("'", "") + self.last).lower()
        for a, b in [("ö", "oe"), ("ü", "ue"), ("ä", "ae"), ("ß", "ss"), ("ı", "i"), ("ç", "c"), ("ś", "s"),
                     ("-", ""), (" ", ""), ("é", "e")]:
            l = l.replace(a, b)
            f = f.replace(a, b)
        form = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{r.randint(70, 99)}", f"{l}.{f[0]}", f"{f}_{l}"])
        return f"{form}@{r.choice(doms)}"


class Ctx:
    def __init__(self, r):
        self.r = r
        self.used = set(PET_NAMES)

    def _take(self, first, prefix, last, sex):
        p = Person(first, prefix, last, sex)
        self.used.add(first)
        self.used.add(last)
        return p

    def person(self, kind="nl", sex=None):
        r = self.r
        for _ in range(200):
            if kind == "nl":
                roll = r.random()
                if roll < 0.72:
                    sx = sex or r.choice("fm")
                    first = r.choice(NL_F if sx == "f" else NL_M)
                    prefix, last = r.choice(NL_S)
                else:
                    first, sx, last = r.choice(r.choice([MA, TR, SR, PL]))
                    prefix = ""
                    if sex and sx != sex:
                        continue
            elif kind == "en":
                first, sx, last = r.choice(EN)
                prefix = ""
                if sex and sx != sex:
                    continue
            else:
                first, sx, last = r.choice(DE)
                prefix = ""
                if sex and sx != sex:
                    continue
            if first in self.used or last in self.used:
                continue
            return self._take(first, prefix, last, sx)
        raise RuntimeError("no person")

    def staff(self, key):
        f, l = STAFF[key]
        p = Person(f, "van" if l.startswith("van ") else "", l.replace("van ", ""), "x")
        self.used.add(f)
        return p

    def pet(self, species="dog"):
        n = self.r.choice(PETS[species])
        return n

    # -- numbers ------------------------------------------------------------------------------
    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def mobile_nl(self, style=None):
        r = self.r
        d = r.choice("123458") + self.digits(7)
        n = "06" + d
        style = style if style is not None else r.randint(0, 7)
        forms = [f"06-{d}", f"06 {d[:4]} {d[4:]}", f"+31 6 {d}", f"06{d}", f"+31 (0)6 {d[:4]} {d[4:]}",
                 f"06 - {d[:3]} {d[3:6]} {d[6:]}", f"0031 6 {d[:4]} {d[4:]}", f"06-{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"]
        return forms[style % len(forms)]

    def fixed_nl(self):
        r = self.r
        if r.random() < 0.5:
            a = r.choice(NL_AREAS)
            s = r.choice("2345789") + self.digits(6)
            return r.choice([f"{a}-{s}", f"{a} {s[:3]} {s[3:]}", f"+31 {a[1:]} {s[:3]} {s[3:]}"])
        a = r.choice(NL_AREAS4)
        s = r.choice("2345789") + self.digits(5)
        return r.choice([f"{a}-{s}", f"{a} {s[:3]} {s[3:]}", f"({a}) {s[:2]} {s[2:4]} {s[4:]}"])

    def mobile_be(self):
        d = self.r.choice("56789") + self.digits(7)
        return self.r.choice([f"04{d[0]}{d[1]} {d[2:4]} {d[4:6]} {d[6:]}", f"+32 4{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"])

    def mobile_de(self):
        r = self.r
        p = r.choice(["151", "152", "160", "170", "171", "176", "157"])
        n = 8 if p in ("151", "152", "157", "176") else 7
        d = self.digits(n)
        return r.choice([f"0{p} {d}", f"+49 {p} {d}", f"0{p}-{d}", f"0049 {p} {d}"])

    def fixed_de(self):
        r = self.r
        a = r.choice(["2841", "2821", "2831", "5971", "221", "211"])
        d = r.choice("2345789") + self.digits(6 if len(a) == 3 else 5)
        return r.choice([f"0{a} {d}", f"0{a}/{d}", f"+49 (0){a} {d}"])

    def phone_uk(self):
        r = self.r
        if r.random() < 0.6:
            d = self.digits(3)
            return r.choice([f"07700 900{d}", f"+44 7700 900{d}", f"+44 (0)7700 900 {d}"])
        a = r.choice(["161", "113", "117", "131"])
        d = self.digits(3)
        return r.choice([f"0{a} 496 0{d}", f"+44 {a} 496 0{d}"])

    def bsn(self, style=0):
        while True:
            d = str(self.r.randint(100000000, 799999999))
            if elf_ok(d):
                break
        return [d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}"][style % 3]

    def fail9(self):
        while True:
            d = str(self.r.randint(100000000, 999999999))
            if not elf_ok(d):
                return d

    def iban_nl(self, style=None):
        bank = self.r.choice(["RABO", "INGB", "ABNA", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB", "RBRB"])
        ib = iban_make("NL", bank + self.digits(10))
        style = style if style is not None else self.r.randint(0, 3)
        return [ib, spaced(ib), spaced(ib), ib.lower() if style == 3 else ib][style]

    def iban_de(self):
        ib = iban_make("DE", self.r.choice(["3205", "3545", "3606", "4285"]) + self.digits(4) + self.digits(10))
        return self.r.choice([ib, spaced(ib)])

    def iban_gb(self):
        ib = iban_make("GB", self.r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + self.digits(14))
        return self.r.choice([ib, spaced(ib)])

    def iban_be(self):
        n10 = self.r.choice(["063", "735", "001", "979"]) + self.digits(7)
        ib = iban_make("BE", n10 + f"{(int(n10) % 97) or 97:02d}")
        return spaced(ib)

    def card(self, kind=None):
        r = self.r
        kind = kind or r.choice(["visa", "mc", "amex", "mc2"])
        if kind == "visa":
            pre, ln = "4" + str(r.randint(10000, 99999)), 16
        elif kind == "mc":
            pre, ln = str(r.randint(51, 55)) + self.digits(4), 16
        elif kind == "mc2":
            pre, ln = str(r.randint(2221, 2720)) + self.digits(2), 16
        else:
            pre, ln = r.choice(["34", "37"]) + self.digits(4), 15
        body = pre + self.digits(ln - len(pre) - 1)
        for c in "0123456789":
            if luhn_ok(body + c):
                num = body + c
                break
        if ln == 15:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        return r.choice([" ".join(num[i:i + 4] for i in range(0, 16, 4)), num,
                         "-".join(num[i:i + 4] for i in range(0, 16, 4))])

    def ipv4(self):
        r = self.r
        while True:
            a = r.choice([31, 37, 45, 62, 77, 80, 81, 82, 84, 86, 87, 89, 94, 145, 176, 178, 185, 188, 212, 213, 217])
            ip = f"{a}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"
            if ipaddress.ip_address(ip).is_global:
                return ip

    def ipv6(self):
        r = self.r
        g = [f"{r.randint(1, 0xffff):x}" for _ in range(4)]
        return f"2a02:{r.choice(['a44', 'a46', '1810', '58'])}{r.randint(0, 0xf):x}:{g[0]}:{g[1]}::{g[2]}:{g[3]}"

    def postcode_nl(self, compact=False):
        r = self.r
        while True:
            num = r.randint(1011, 9999)
            lt = r.choice("ABCDEGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRTVWXZ")
            if lt in ("SA", "SD", "SS", "KG", "MB", "GB", "KB") or str(num).startswith("38"):
                continue
            return f"{num}{lt}" if compact else f"{num} {lt}"

    def housenr(self):
        r = self.r
        n = str(r.randint(1, 180))
        return r.choice([n, n, n, n + r.choice("abc"), n + "-" + str(r.randint(1, 3)), n + " hs", n + "B", n + "-II"])

    def addr_nl(self):
        return (f"{self.r.choice(NL_STREETS)} {self.housenr()}", self.postcode_nl(self.r.random() < 0.2),
                self.r.choice(NL_TOWNS))

    def addr_de(self):
        n = str(self.r.randint(1, 120)) + self.r.choice(["", "", "", "a", "b"])
        return (f"{self.r.choice(DE_STREETS)} {n}", f"{self.r.randint(41000, 59999)}", self.r.choice(DE_TOWNS))

    def addr_uk(self):
        town, out = self.r.choice(UK_TOWNS)
        inward = f"{self.r.randint(1, 9)}{self.r.choice('ABDEFGHJLNPQRSTUWXYZ')}{self.r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        st = f"{self.r.randint(2, 140)} {self.r.choice(UK_STREETS)}"
        if self.r.random() < 0.3:
            st = f"Flat {self.r.randint(1, 9)}, {st}"
        return (st, f"{out} {inward}", town)

    def addr_be(self):
        pc, town = self.r.choice(BE_TOWNS)
        return (f"{self.r.choice(BE_STREETS)} {self.r.randint(2, 90)} bus {self.r.randint(1, 4)}", pc, town)

    def dob(self, lang, style=None):
        r = self.r
        d = datetime.date(r.randint(1948, 2003), r.randint(1, 12), r.randint(1, 28))
        return self.fmt_date(d, lang, style)

    def fmt_date(self, d, lang, style=None):
        r = self.r
        nl = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
              "november", "december"]
        en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
        de = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
              "November", "Dezember"]
        style = style if style is not None else r.randint(0, 3)
        if lang == "nl":
            f = [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day} {nl[d.month - 1]} {d.year}", d.isoformat(),
                 f"{d.day}-{d.month}-{d.year}"]
        elif lang == "en":
            f = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {en[d.month - 1]} {d.year}",
                 f"{en[d.month - 1]} {d.day}, {d.year}", d.isoformat()]
        else:
            f = [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {de[d.month - 1]} {d.year}", d.isoformat(),
                 f"{d.day}.{d.month}.{d.year}"]
        return f[style % len(f)]

    def pet_dob(self, lang, style=None):
        d = datetime.date(self.r.randint(2011, 2024), self.r.randint(1, 12), self.r.randint(1, 28))
        return self.fmt_date(d, lang, style)

    def recent(self, lang, style=None):
        d = datetime.date(2025, self.r.randint(1, 10), self.r.randint(1, 28))
        return self.fmt_date(d, lang, style)

    def chip(self):
        while True:
            c = self.r.choice(["528210", "528140", "981100", "276098", "941000", "826097"]) + self.digits(9)
            if not luhn_ok(c):
                return c

    def ueln(self):
        return "528003" + self.digits(9)

    def weight(self, kind="dog"):
        lo, hi = (3, 6) if kind == "cat" else (6, 42)
        return f"{self.r.randint(lo, hi)},{self.r.randint(0, 9)} kg"

    def period(self, lang):
        d = datetime.date(2025, self.r.randint(1, 11), self.r.randint(1, 20))
        e = d + datetime.timedelta(days=self.r.randint(3, 16))
        return f"{self.fmt_date(d, lang, 0)} t/m {self.fmt_date(e, lang, 0)}" if lang == "nl" else \
            f"{self.fmt_date(d, lang, 0)} – {self.fmt_date(e, lang, 0)}"

    def docnr(self):
        r = self.r
        al = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
        mid = "".join(r.choice(al + "123456789") for _ in range(6))
        return r.choice("NI") + r.choice(al) + mid + r.choice("123456789")

    def plate_nl(self):
        r = self.r
        while True:
            code = r.choice([7, 8, 9, 10, 11, 5, 6])
            pat = SIDECODES[code]
            s = "".join(r.choice("0123456789") if ch == "9" else r.choice(PLATE_LETTERS) if ch == "X" else "-"
                        for ch in pat)
            if plate_ok(s):
                return s

    def plate_de(self):
        r = self.r
        return f"{r.choice(['KLE', 'BOR', 'WES', 'COE', 'ST'])}-{r.choice('ABDFHKLMNRST')}{r.choice(['', 'T', 'K', 'W'])} {r.randint(10, 9999)}"

    def order(self):
        return f"PW{self.r.randint(1000000, 1999999)}"

    def invoice(self):
        return f"F2025-{self.r.randint(10000, 99999)}"

    def claim(self):
        return f"CLM-25-{self.r.randint(100000, 999999)}"

    def polis(self):
        return f"PV-{self.r.randint(10000000, 99999999)}"

    def amount(self):
        return f"{self.r.randint(18, 890)},{self.r.choice(['00', '50', '95', '15', '40'])}"


SCEN = []


def sc(lang, pii, n):
    def deco(f):
        SCEN.append((lang, f.__name__, f, pii, n))
        return f
    return deco



# ==============================================================================================
# Dutch scenarios
# ==============================================================================================

@sc("nl", True, 3)
def nl_afspraak(c, k):
    o = c.person("nl")
    if k == 0:
        pet, br = c.pet("dog"), c.r.choice(DOG_BREEDS_NL)
        return (f"Goedemorgen,\n\nIk wil graag een afspraak maken voor onze {br} {pet}. Hij loopt sinds zaterdag mank "
                f"met zijn linker achterpoot en eet slecht. {pet} weegt {c.weight()} en heeft vorig jaar al "
                f"{c.r.choice(MEDS)} gehad.\nKan het donderdag na 17:00 bij Pootwerk Eikendaal? U kunt mij bellen op "
                f"{PH(c.mobile_nl())}.\n\nMet vriendelijke groet,\n{P(o.full)}")
    if k == 1:
        pet, br = c.pet("cat"), c.r.choice(CAT_BREEDS_NL)
        return (f"hoi! kan {pet} (kat, {br.lower()}) morgen langskomen voor de enting + nagels knippen?? "
                f"ze is 3 jaar en woog vorige keer {c.weight('cat')}. liefst na 4 uur want ik werk tot half 4 "
                f"😅 app maar op {PH(c.mobile_nl(3))}\ngroetjes {P(o.first.lower())}")
    pet = c.pet("dog")
    return (f"Onderwerp: Afspraakverzoek via website\n\nNaam eigenaar: {P(o.comma)}\nTelefoon: {PH(c.fixed_nl())}\n"
            f"E-mail: {EM(o.email(c.r, MAILDOMS))}\nNaam dier: {pet}\nSoort/ras: hond / {c.r.choice(DOG_BREEDS_NL)}\n"
            f"Geboortedatum dier: {c.pet_dob('nl', 0)}\nChipnummer: {c.chip()}\n"
            f"Reden bezoek: jaarlijkse vaccinatie, tekenbescherming ({c.r.choice(['Bravecto', 'Seresto-band'])})\n"
            f"Voorkeur locatie: Pootwerk Wolderveen, dinsdagochtend")


@sc("nl", True, 3)
def nl_factuur(c, k):
    o = c.person("nl")
    inv, amt = c.invoice(), c.amount()
    st = c.staff("kooistra")
    if k == 0:
        ib = c.iban_nl()
        return (f"Beste mensen,\n\nOp factuur {inv} van {c.recent('nl', 1)} staat de gebitsbehandeling van Guus twee keer "
                f"(2x € {amt}). Ik heb het hele bedrag al betaald via de betaallink. Willen jullie het teveel betaalde "
                f"terugstorten op {IB(ib)} t.n.v. {P(o.init)}?\n\nKlantnummer {c.fail9()}.\n\nVriendelijke groet,\n"
                f"{P(o.full)}")
    if k == 1:
        ib = c.iban_nl(3)
        return (f"Hallo {P(st.first)},\n\nzoals gisteren aan de telefoon besproken: de creditnota voor bestelling "
                f"{c.order()} (retour 2 zakken Royal Canin Renal 4 kg) mag naar rekening {IB(ib)}. Het andere "
                f"rekeningnummer klopt niet meer sinds ik bij de bunq zit.\n\ngr. {P(o.first)}\n(achternaam {P(o.sur)}, "
                f"als dat nodig is voor de boekhouding)")
    ib = c.iban_nl(1)
    return (f"Geachte heer/mevrouw,\n\nIk heb een aanmaning ontvangen voor factuur {inv} (€ {amt}) maar die is op "
            f"{c.recent('nl', 0)} voldaan vanaf {IB(ib)}. Wilt u dit nakijken? Ik heb het betalingskenmerk "
            f"{c.digits(4)} {c.digits(4)} {c.digits(4)} {c.digits(4)} gebruikt.\n\nHoogachtend,\n{P(o.init)}\n"
            f"{AD(c.addr_nl()[0])}\n{PC(c.postcode_nl())}  {c.r.choice(NL_TOWNS).upper()}")


@sc("nl", True, 3)
def nl_claim(c, k):
    o = c.person("nl")
    pol, cl = c.polis(), c.claim()
    hv = c.staff("haverkort")
    pet = c.pet("dog" if k != 1 else "cat")
    if k == 0:
        return (f"Declaratieformulier Pootwerk Verzekerd\n\nPolisnummer: {pol}\nVerzekeringnemer: {P(o.full)}\n"
                f"Geboortedatum verzekeringnemer: {DOB(c.dob('nl', 0))}\nIBAN voor uitbetaling: {IB(c.iban_nl(1))}\n\n"
                f"Dier: {pet}, {c.r.choice(DOG_BREEDS_NL)}, reu, geboortedatum {c.pet_dob('nl', 0)}\n"
                f"Chipnummer: {c.chip()}\nBehandeling: kruisbandoperatie links, nacontrole 14 dagen\n"
                f"Factuurnummers: {c.invoice()}, {c.invoice()}\nTotaalbedrag: € {c.r.randint(1100, 2900)},00")
    if k == 1:
        return (f"Hallo {P(hv.first)},\n\nnaar aanleiding van claim {cl}: jullie vragen om mijn geboortedatum ter "
                f"controle. Ik ben geboren op {DOB(c.dob('nl', 1))}. {pet} zelf is geboren op {c.pet_dob('nl', 1)} "
                f"(staat ook in het paspoort). De tandsteenbehandeling was op {c.recent('nl', 1)}.\n\n"
                f"Groet,\n{P(o.full)}")
    return (f"Goedemiddag,\n\nIk wil bezwaar maken tegen de afwijzing van claim {cl} (polis {pol}). Volgens jullie was "
            f"de allergie van {pet} een bestaande aandoening, maar de eerste Apoquel-voorschrift is van na de "
            f"ingangsdatum ({c.recent('nl', 0)}). Mijn gegevens: {P(o.full)}, geb. {DOB(c.dob('nl', 3))}, "
            f"{AD(c.addr_nl()[0])}, {PC(c.postcode_nl())} {c.r.choice(NL_TOWNS)}.\nBereikbaar op {PH(c.mobile_nl(1))}.\n\n"
            f"Met vriendelijke groet,\n{P(o.first)}")


@sc("nl", True, 3)
def nl_vermist(c, k):
    o = c.person("nl")
    pet = c.pet("cat" if k != 2 else "dog")
    a = c.addr_nl()
    if k == 0:
        return (f"VERMIST!! Onze kat {pet} is sinds gisteravond weg uit de buurt van de {AD(a[0])} in {a[2]}. "
                f"Cyperse kat, witte sokjes, chip {c.chip()}. Gecastreerd, heeft een nierdieet "
                f"(Hill's k/d). Wie hem ziet: bel {P(o.first)} op {PH(c.mobile_nl(0))}. Delen mag! 🐾 @pootwerk")
    if k == 1:
        return (f"Goedendag, ik wil graag het adres bij de chip van {pet} laten aanpassen want hij is weggelopen en "
                f"we zijn net verhuisd. Chipnummer {c.chip()}. Nieuw adres: {AD(a[0])}, {PC(a[1])} {a[2]}. "
                f"Naam: {P(o.full)}, tel {PH(c.fixed_nl())}. Kunnen jullie de registratie bij de databank "
                f"doorgeven?")
    return (f"Melding via website – vermist dier\n---\nDiersoort: hond ({c.r.choice(DOG_BREEDS_NL)})\nNaam: {pet}\n"
            f"Chip: {c.chip()}\nVermist sinds: {c.recent('nl', 0)} 19:30\nLaatst gezien: bij het bos achter "
            f"de {c.r.choice(NL_STREETS)}\nEigenaar: {P(o.full)}\nAdres: {AD(a[0])}, {PC(a[1])}\n"
            f"Mobiel: {PH(c.mobile_nl(2))}\nE-mail: {EM(o.email(c.r, MAILDOMS))}")


@sc("nl", True, 2)
def nl_gevonden(c, k):
    o = c.person("nl")
    pet = c.pet("dog")
    if k == 0:
        return (f"Hallo, ik heb vanochtend een hondje gevonden, lijkt op een Jack Russell, zonder halsband. Bij jullie "
                f"in Wolderveen hebben ze hem gescand: chip {c.chip()}, volgens de databank heet hij {pet}. "
                f"De eigenaar neemt niet op. Hij zit nu bij mij thuis, {AD(c.addr_nl()[0])}. Bel gerust: "
                f"{PH(c.mobile_nl(5))}.\nGr {P(o.first)}")
    return (f"Notitie balie Pootwerk Eikendaal – gevonden kat\nGebracht door: {P(o.full)} ({PH(c.mobile_nl(6))}), "
            f"gevonden op de parkeerplaats bij de Ganzenmarkt.\nGescand: chip {c.chip()} → geregistreerd als "
            f"'{c.pet('cat')}', geen telefoonnummer actueel. Gewicht {c.weight('cat')}. Opgevangen in pension tot morgen.\n"
            f"— {P(c.staff('bouzidi').first)}")


@sc("nl", True, 2)
def nl_verwijsbrief(c, k):
    o = c.person("nl", "f")
    h = c.staff("hoogendam") if k == 0 else c.staff("vanwely")
    spec = c.person("nl")
    pet = c.pet("dog")
    a = c.addr_nl()
    if k == 0:
        return (f"Verwijsbrief\n\nAan: Verwijskliniek De Vlonder, t.a.v. dr. {P(spec.sur)}\nVan: dr. {P(h.full)}, "
                f"Pootwerk Eikendaal\n\nBetreft: {pet}, {c.r.choice(DOG_BREEDS_NL)}, 7 jaar, {c.weight()}, chip "
                f"{c.chip()}\nEigenaar: {P(o.full)}, {AD(a[0])}, {PC(a[1])} {a[2]}, {PH(c.fixed_nl())}\n\n"
                f"Geachte collega {P(spec.sur)},\n\nGraag verwijs ik {pet} voor een echo abdomen i.v.m. een "
                f"verdikte milt. Medicatie: {c.r.choice(MEDS)}. Bloedonderzoek van {c.recent('nl', 0)} bijgevoegd.\n\n"
                f"Collegiale groet,\n{P(h.full)}")
    return (f"Beste {P(spec.first)},\n\nHierbij de gegevens van {pet} (kat, Maine Coon, {c.weight('cat')}) die ik je "
            f"vanmiddag telefonisch aankondigde. Eigenaren zijn {P(o.full)} en haar partner "
            f"{P(c.person('nl', 'm').full)}; zij komen donderdag om 10:30. Dossiernummer bij ons: D-{c.digits(6)}.\n\n"
            f"Groet, {P(h.first)}\nPootwerk Wolderveen · Molenbeekstraat 7 · 0577 402 190")


@sc("nl", True, 3)
def nl_pension(c, k):
    o = c.person("nl")
    a = c.addr_nl()
    pet1, pet2 = c.pet("dog"), c.pet("cat")
    if pet1 == pet2:
        pet2 = "Poekie" if pet1 != "Poekie" else "Mimi"
    nood = c.person("nl", "f")
    if k == 0:
        return (f"Aanmeldformulier Pootwerk Dierenpension\n\n| veld | waarde |\n|---|---|\n| Naam eigenaar | {P(o.full)} |\n"
                f"| Adres | {AD(a[0])}, {PC(a[1])} {a[2]} |\n| Telefoon | {PH(c.mobile_nl(1))} |\n"
                f"| Noodcontact | {P(nood.full)}, {PH(c.mobile_nl(0))} |\n| Dier | {pet1}, {c.r.choice(DOG_BREEDS_NL)}, "
                f"geb. {c.pet_dob('nl', 0)} |\n| Periode | {c.period('nl')} |\n| Ophalen door | noodcontact, ID-kaart {mark('ID_DOCUMENT', c.docnr())} |\n"
                f"| Medicatie | {c.r.choice(MEDS)}, 1x daags bij het ontbijt |\n| Voer | eigen voer, 2 x 180 gram |")
    if k == 1:
        return (f"Hoi {P(c.staff('wiersma').first)}, wij brengen {pet1} en {pet2} zaterdag om 9 uur. {pet1} krijgt 's "
                f"avonds een halve tablet {c.r.choice(MEDS)}. Als er iets is kun je mijn zus bellen, {P(nood.first)}: "
                f"{PH(c.mobile_nl(4))}, wij zitten in Canada en zijn slecht bereikbaar.\nLiefs {P(o.first)} & "
                f"{P(c.person('nl').first)}")
    return (f"Geachte mevrouw {P(c.staff('wiersma').sur)},\n\nHierbij bevestig ik de reservering voor {pet1} "
            f"(reservering PEN-{c.digits(5)}). Vaccinatieboekje: kennelhoest gegeven op {c.recent('nl', 1)}. "
            f"De aanbetaling van € 45,00 heb ik overgemaakt naar NL{ORG_IBAN1[2:]}.\nMijn adres voor de factuur: "
            f"{AD(a[0])}, {PC(a[1])} {a[2]}.\n\nVriendelijke groet,\n{P(o.init)}")


@sc("nl", True, 3)
def nl_retour(c, k):
    o = c.person("nl")
    a = c.addr_nl()
    od = c.order()
    if k == 0:
        return (f"Beste Pootwerk Shop,\n\nIk wil bestelling {od} retourneren: 1x Graanvrij Zalm 12 kg (art. PW-GV-ZA-12, "
                f"EAN {c.digits(13)}). {c.pet('dog')} lust het niet. Kunnen jullie een retourlabel sturen naar "
                f"{EM(o.email(c.r, MAILDOMS))}? Ophalen mag ook: {AD(a[0])}, {PC(a[1])} {a[2]}.\n\nMvg {P(o.full)}")
    if k == 1:
        return (f"mijn pakket ({od}) is volgens track & trace afgeleverd bij nr {c.r.randint(2, 90)} maar daar woont niemand "
                f"die ik ken. ik woon zelf op de {AD(a[0])} {PC(a[1])}. graag opnieuw versturen, het is de krabpaal "
                f"(art. KP-180-GR) voor onze {c.r.choice(CAT_BREEDS_NL)}.\n\n{P(o.full.lower())}")
    return (f"Van: {P(o.full)} <{EM(o.email(c.r, MAILDOMS))}>\nAan: service@pootwerkshop.nl\nOnderwerp: Re: Uw retour "
            f"{od}\n\nDank voor het snelle antwoord. Ik heb het pakket vandaag bij het PostNL-punt afgegeven, "
            f"barcode 3SPWK{c.digits(10)}. De terugbetaling graag op {IB(c.iban_nl(0))}.\n\nGroet, {P(o.first)}")


@sc("nl", True, 2)
def nl_insta(c, k):
    o = c.person("nl")
    pet = c.pet("dog")
    if k == 0:
        return (f"[Instagram DM @{o.first.lower()}_{pet.lower()}_en_ik → @pootwerk]\nhee! jullie hebben een foto van "
                f"{pet} op jullie pagina gezet (de {c.r.choice(DOG_BREEDS_NL)} met het gipsje 😂) mag ik die hebben? en "
                f"kunnen jullie mij terugbellen over de nacontrole, {PH(c.mobile_nl(7))}. groetjes {P(o.first)}")
    return (f"Facebook Messenger – Pootwerk Dierenklinieken\n{P(o.full)}: Goedenavond, is het normaal dat {pet} na de "
            f"castratie nog zo suf is? Hij heeft {c.r.choice(MEDS)} gekregen.\nPootwerk: Hoi {P(o.first)}, dat is de "
            f"eerste 24 uur normaal. Bel bij twijfel de spoedlijn 088 765 4300.\n{P(o.full)}: top, dank jullie wel!")


@sc("nl", True, 3)
def nl_notitie(c, k):
    o = c.person("nl")
    y, h = c.staff("bouzidi"), c.staff("hoogendam")
    pet = c.pet("dog" if k != 1 else "cat")
    if k == 0:
        return (f"Interne notitie – {c.recent('nl', 0)} 14:12 – {P(y.first)} (assistente)\n{P(o.full)} belde: {pet} "
                f"braakt sinds vanochtend, 3x. Gewicht thuis {c.weight()}. Advies: niet voeren tot vanavond. Terugbellen "
                f"door dr. {P(h.sur)} vóór 17:00 op {PH(c.mobile_nl(1))}. Dossier {c.fail9()}.")
    if k == 1:
        return (f"notitie door {P(h.first.lower())}: {pet} ({c.r.choice(CAT_BREEDS_NL)}) T4 te hoog, Felimazole opgehoogd "
                f"naar 2x 2,5 mg. eigenaar ({P(o.sur)}) heeft liever dat we mailen: {EM(o.email(c.r, MAILDOMS))}. "
                f"controle over 3 wk. /{P(y.first.lower())} afspraak ingepland")
    return (f"Overdracht avonddienst\n- {pet}, hond van fam. {P(o.sur)}: infuus loopt, om 22:00 {c.r.choice(MEDS)}\n"
            f"- kat 'Jasper' (asiel, geen eigenaar): hechtingen ok\n- eigenaar {P(o.first)} wil om 21:00 gebeld "
            f"worden: {PH(c.fixed_nl())}\nDienst: {P(h.full)} / {P(y.full)}")


@sc("nl", True, 2)
def nl_doorgestuurd(c, k):
    o = c.person("nl")
    st = c.staff("kooistra") if k == 0 else c.staff("bouzidi")
    if k == 0:
        return (f"---------- Doorgestuurd bericht ----------\nVan: {P(o.full)} <{EM(o.email(c.r, MAILDOMS))}>\n"
                f"Datum: {c.recent('nl', 1)} 08:41\nOnderwerp: abonnement kattenbakkorrels\n\n"
                f"Ik wil mijn abonnement (ABO-{c.digits(6)}) stopzetten, de korrels worden nu bezorgd bij mijn moeder, "
                f"{P(c.person('nl', 'f').full)}, {AD(c.addr_nl()[0])}.\n\n> Op {c.recent('nl', 1)} schreef Pootwerk Shop "
                f"<service@pootwerkshop.nl>:\n> Beste klant, uw volgende levering staat gepland. Vragen? "
                f"088 765 4300.\n\n-- \n{P(st.full)}\nKlantenservice Pootwerk Shop")
    return (f"Fw: vaccinatie Bella\n\n{P(st.first)}, kun jij deze oppakken? Ik ben er morgen niet.\n\n"
            f"-----Oorspronkelijk bericht-----\nVan: {P(o.init)} [mailto:{EM(o.email(c.r, MAILDOMS))}]\n"
            f"Verzonden: {c.recent('nl', 0)} 21:07\nAan: balie@pootwerk.nl\n\nBella (Berner Sennen, 5 jaar) moet haar "
            f"cocktail nog, kan dat op een zaterdag? Mijn nummer is {PH(c.mobile_nl(0))}.\n\n{ORG_SIG_NL}")


@sc("nl", True, 2)
def nl_kaart(c, k):
    o = c.person("nl")
    od = c.order()
    if k == 0:
        return (f"Jullie hebben mijn creditcard twee keer belast voor bestelling {od} (€ {c.amount()}). Kaart: "
                f"{CC(c.card('visa'))}, de tweede afschrijving staat er nog als 'in behandeling'. Graag terugboeken!\n\n"
                f"{P(o.full)}")
    return (f"Goedemiddag,\nbij het afrekenen van de dierenverzekering kreeg ik een foutmelding maar het geld is wel "
            f"van mijn mastercard {CC(c.card('mc'))} afgeschreven. Polisnummer {c.polis()}. Wie kan mij helpen?\n"
            f"groet {P(o.full)}")


@sc("nl", True, 1)
def nl_ip(c, k):
    o = c.person("nl")
    return (f"Ik kan niet meer inloggen op mijn account in de webshop, na 3 pogingen krijg ik 'account geblokkeerd'. "
            f"Volgens de foutpagina is mijn IP {IP(c.ipv4())} tijdelijk geweigerd. Ik gebruik Firefox 128.0.3 op "
            f"mijn laptop thuis (router 192.168.2.254). Klantnummer {c.fail9()}.\nGroet, {P(o.full)}")


@sc("nl", True, 2)
def nl_ambulance(c, k):
    o = c.person("nl")
    pl = c.plate_nl()
    if k == 0:
        return (f"Rit dierenambulance {c.recent('nl', 0)}: aangereden kat (lijkt op een Noorse Boskat) opgehaald bij "
                f"de rotonde, melder {P(o.full)} ({PH(c.mobile_nl(1))}). Veroorzaker reed door, de melder noteerde "
                f"het kenteken {LP(pl)} van de auto. Kat gescand, chip {c.chip()}, eigenaar geïnformeerd.")
    return (f"Hallo, gisteren stond de ambulance van jullie partner met {LP(pl.lower().replace('-', ''))} als kenteken "
            f"dwars voor mijn inrit. Ik snap dat het om een spoedgeval ging (paard Jasper van de buren) maar ik "
            f"kon niet naar mijn werk. Graag een reactie. {P(o.full)}")


@sc("nl", True, 2)
def nl_verhuizing(c, k):
    o = c.person("nl")
    old, new = c.addr_nl(), c.addr_nl()
    if k == 0:
        return (f"Adreswijziging verzekering (polis {c.polis()})\n\nOud adres: {AD(old[0])}, {PC(old[1])} {old[2]}\n"
                f"Nieuw adres: {AD(new[0])}, {PC(new[1])} {new[2]}\nIngangsdatum: {c.recent('nl', 0)}\n"
                f"Verzekerde dieren: {c.pet('dog')} (hond) en {c.pet('rabbit')} (konijn)\n\n{P(o.full)}")
    be = c.addr_be()
    return (f"Geachte Pootwerk Verzekerd,\n\nWij verhuizen naar België. Mijn gegevens voor het dossier: {P(o.full)}, "
            f"geboortedatum {DOB(c.dob('nl', 0))}, BSN {BS(c.bsn(1))} (dat vroeg uw collega). Nieuw adres vanaf "
            f"{c.recent('nl', 1)}: {AD(be[0])}, {PC(be[1])} {be[2]}. Gsm {PH(c.mobile_be())}.\n\n"
            f"Vriendelijke groeten")


@sc("nl", True, 2)
def nl_zakelijk(c, k):
    o = c.person("nl")
    kv = str(c.r.randint(10000000, 99999999))
    while True:
        d = c.digits(9)
        b = f"NL{d}B01"
        if btw_mod97(b) and not elf_ok(d):
            break
    if k == 0:
        return (f"Beste Pootwerk,\n\nVoor mijn trimsalon Vachtwerk wil ik een zakelijk account in de webshop "
                f"(shampoo en vachtproducten in bulk, o.a. art. TR-SH-5L). KvK {KVK(kv)}, btw-id {BTW(b)}. "
                f"Factuuradres: {AD(c.addr_nl()[0])}, {PC(c.postcode_nl())} {c.r.choice(NL_TOWNS)}.\n\n"
                f"Met vriendelijke groet,\n{P(o.full)}\nVachtwerk Trimsalon")
    return (f"Onderwerp: facturen hondenuitlaatservice\n\nGraag op de facturen voortaan onze bedrijfsgegevens: "
            f"Uitlaatservice De Roedel, KvK-nummer {KVK(kv)}, BTW {BTW(b)}. Contactpersoon {P(o.full)}, "
            f"{EM(o.email(c.r, MAILDOMS))}. Het gaat om de bench-huur (order {c.order()}).")


# ---------------------------------------------------------------- Dutch, without personal data

@sc("nl", False, 3)
def nl_vrij_dosering(c, k):
    pet = c.pet("dog")
    if k == 0:
        return (f"Vraag via het contactformulier: onze {c.r.choice(DOG_BREEDS_NL)} {pet} weegt nu {c.weight()}. "
                f"Moet de dosis {c.r.choice(MEDS)} dan omhoog? Op het etiket staat 0,1 mg per kg. De vorige "
                f"verpakking (lotnr. {c.r.randint(100000, 999999)}A, THT {c.recent('nl', 0)}) is bijna op.")
    if k == 1:
        return (f"Goedemiddag, onze kater {c.pet('cat')} is op {c.pet_dob('nl', 1)} geboren en is dus nu bijna "
                f"senior. Vanaf welke leeftijd raden jullie een bloedonderzoek aan? Hij krijgt {c.r.choice(MEDS)} en "
                f"eet Renal. Klantnummer {c.fail9()}. Alvast bedankt!")
    return (f"Hoeveel Milbemax moet Charlie krijgen? Hij is een Cavalier King Charles van {c.weight()} en "
            f"Max (onze andere hond, Berner Sennen, {c.weight()}) heeft vorige maand de grote tablet gehad. "
            f"Of kunnen ze allebei Bravecto? groetjes van ons allemaal")


@sc("nl", False, 3)
def nl_vrij_chip(c, k):
    if k == 0:
        return (f"Kan ik bij jullie controleren of chip {c.chip()} goed geregistreerd staat? {c.pet('dog')} is "
                f"geboren op {c.pet_dob('nl', 0)} en gechipt in Polen. Het Europees dierenpaspoort heeft nummer "
                f"PL-{c.digits(7)}, de rabiësvaccinatie is van {c.recent('nl', 0)}.")
    if k == 1:
        return (f"Chipregistratie paard Jasper: UELN {c.ueln()}, transponder {c.chip()}. Geboortedatum (paard): "
                f"{c.pet_dob('nl', 0)}. Stamboek KWPN. Moet het paspoort opgestuurd worden of kan de chip bij de "
                f"volgende entingsronde gecontroleerd worden?")
    return (f"Scanner in behandelkamer 2 geeft foutcode E-04 bij chips die beginnen met 981. Getest met chip "
            f"{c.chip()} (kat Luna) en {c.chip()} (hond Guus). Met de scanner van de balie gaat het goed. "
            f"Storingsnummer leverancier {c.fail9()}.")


@sc("nl", False, 3)
def nl_vrij_webshop(c, k):
    od = c.order()
    if k == 0:
        return (f"Is het Pootwerk huismerk Graanvrij Zalm (art. PW-GV-ZA-12, 12 kg) ook geschikt voor een "
                f"{c.r.choice(DOG_BREEDS_NL)} van 9 maanden? Bestelling {od} staat nog open, ik wacht even met betalen. "
                f"En klopt het dat de 2e zak 50% korting heeft t/m {c.recent('nl', 1)}?")
    if k == 1:
        return (f"Mijn bestelling {od} is incompleet: wel de Kong Classic XL en de Seresto-band (>8 kg), maar "
                f"niet de Hill's Prescription Diet c/d 1,5 kg (EAN {c.digits(13)}). Factuur {c.invoice()}. "
                f"Graag nasturen. 🐈")
    return (f"Retourformulier\nOrdernummer: {od}\nArtikel: Benchkussen 92x63 cm (BK-92-ANT)\nReden: verkeerde maat, "
            f"{c.pet('dog')} past er niet op\nAantal: 1\nRetourcode: RT-{c.digits(6)}\nTerugbetaling via: "
            f"oorspronkelijke betaalmethode (iDEAL)")


@sc("nl", False, 2)
def nl_vrij_pension(c, k):
    if k == 0:
        return (f"Wat kost een verblijf in het Pootwerk Dierenpension in de herfstvakantie voor 2 katten (Mimi en "
                f"Oscar)? Is de kennelhoestvaccinatie ook nodig voor katten? En kan ik ze op zondag brengen aan de "
                f"Hoefslagweg 3 in Eikendaal?")
    return (f"Tarieven Pootwerk Dierenpension 2025\nHond tot 10 kg: € 24,50 p.n.\nHond 10–30 kg: € 28,50 p.n.\n"
            f"Kat: € 16,00 p.n. (2e kat € 12,00)\nMedicatie toedienen: € 2,50 per dag\nBreng- en haaltijden: ma–za "
            f"8:00–10:00 en 17:00–18:30. Adres: Hoefslagweg 3, 3849 PT Eikendaal. Reserveren: pension@pootwerk.nl "
            f"of 088-7654300.")


@sc("nl", False, 3)
def nl_vrij_social(c, k):
    if k == 0:
        return ("Vandaag 🎂 jarig: onze praktijkpoes Bella wordt 12! Ze is geboren op 3 april 2013 en woont al haar hele "
                "leven op de balie van Pootwerk Wolderveen. Taart was er niet, wel een extra schepje Renal 😹 "
                "#pootwerk #praktijkpoes #maincoon")
    if k == 1:
        return (f"@pootwerk dank jullie wel voor de goede zorg voor Sam!! 🐶 na de operatie aan zijn kruisband loopt hij "
                f"weer als een kievit. Vanaf 8,4 kg naar 7,9 kg met het dieetvoer, dus het werkt ook nog 😂 #jackrussell")
    return ("Wie herkent deze pony? Vanochtend loslopend aangetroffen op het fietspad bij de Schapendrift, vos met bles, "
            "ca. 1,35 m. Geen chip gevonden. De pony staat voorlopig bij Pootwerk Eikendaal. Info: 088 765 4300 of DM "
            "@pootwerk.dierenklinieken")


@sc("nl", False, 2)
def nl_vrij_autoreply(c, k):
    if k == 0:
        return (f"Automatisch antwoord\n\nBedankt voor uw bericht aan Pootwerk Dierenklinieken. Wij reageren binnen 2 "
                f"werkdagen. Voor spoed (ook 's nachts) belt u 088 765 4300; voor vragen over bestellingen "
                f"service@pootwerkshop.nl. Betalingen: IBAN {spaced(ORG_IBAN1)} t.n.v. Pootwerk Dierenklinieken B.V. "
                f"o.v.v. uw factuurnummer.\n\n{ORG_FOOT}")
    return (f"Dit is een automatisch bericht van Pootwerk Verzekerd. Uw declaratie {c.claim()} is ontvangen op "
            f"{c.recent('nl', 1)} en wordt binnen 10 werkdagen beoordeeld. Uitkeringen worden overgemaakt vanaf "
            f"{ORG_IBAN2}. Postadres: Postbus 412, 3840 AK Eikendaal. KvK {ORG_KVK}.")


@sc("nl", False, 2)
def nl_vrij_voorraad(c, k):
    if k == 0:
        return (f"Voorraadlijst apotheek Wolderveen ({c.recent('nl', 0)})\n- Metacam 1,5 mg/ml 100 ml: 4 st (lot "
                f"{c.r.randint(1000000, 9999999)})\n- Apoquel 16 mg: 2 doosjes\n- Cytopoint 20 mg: 0 → bestellen\n"
                f"- Bravecto 500 mg: 11\nBestelnummer groothandel: {c.fail9()}. Leverancierscode AUV-{c.digits(5)}.")
    return (f"Storing röntgen: de DR-plaat in Eikendaal geeft sinds vanochtend geen beeld. Ticket leverancier "
            f"{c.fail9()}, serienummer DRX-{c.digits(8)}. Tot de monteur komt (do 10:00) röntgenfoto's in "
            f"Wolderveen laten maken. Software versie 4.12.0.3, server 10.20.1.15.")


@sc("nl", False, 2)
def nl_vrij_polis(c, k):
    if k == 0:
        return (f"Vraag over mijn polis {c.polis()}: is een gebitsbehandeling voor een konijn (Fien, geboren "
                f"{c.pet_dob('nl', 0)}) gedekt in het Basis-pakket? In de voorwaarden (versie 2025.1, art. 4.3) staat "
                f"alleen iets over honden en katten. Eigen risico is € 50 per jaar.")
    return (f"Claim {c.claim()} – status\nDier: kat Luna, Britse Korthaar, geboortedatum dier {c.pet_dob('nl', 0)}\n"
            f"Factuur: {c.invoice()}, behandeldatum {c.recent('nl', 0)}\nVergoed: 80% van € {c.amount()}\n"
            f"Uitbetaling gepland: {c.recent('nl', 0)}")


@sc("nl", False, 2)
def nl_vrij_paard(c, k):
    if k == 0:
        return (f"Paard Jasper (UELN {c.ueln()}, chip {c.chip()}) is gisteren gekoliekt; na Buscopan en een sonde "
                f"weer rustig. Gewicht geschat 585 kg. Morgen controle door de ambulante praktijk, rit R-{c.digits(5)}. "
                f"Factuur volgt op {c.invoice()}.")
    return (f"Kan Guus (pony, Shetlander, 1,02 m) mee in de entingsronde van stal De Hooiberg op {c.recent('nl', 1)}? "
            f"Hij heeft zijn influenza-enting gemist. Zijn UELN is {c.ueln()}. We betalen per stal via factuur.")


# ==============================================================================================
# English scenarios
# ==============================================================================================

@sc("en", True, 3)
def en_booking(c, k):
    o = c.person("en")
    pet = c.pet("dog")
    if k == 0:
        return (f"Hi there,\n\nWe've just moved to Eikendaal from Bristol and need to register our {c.r.choice(DOG_BREEDS_EN)}, "
                f"{pet}, and book her booster. She's 4, about {c.weight()}, and her last vaccination was in the UK "
                f"(Nobivac DHP). Could someone call me on {PH(c.mobile_nl(2))}? I don't speak Dutch yet, sorry!\n\n"
                f"Many thanks,\n{P(o.full)}")
    if k == 1:
        return (f"hey, can i bring {pet} in tomorrow morning? he ate half a chocolate bar (70%!!) about an hour ago. "
                f"he's a whippet, {c.weight()}. my number is {PH(c.phone_uk())} (uk number, roaming). "
                f"- {P(o.first.lower())}")
    return (f"Appointment request (website)\nOwner: {P(o.full)}\nEmail: {EM(o.email(c.r, MAILDOMS_EN))}\n"
            f"Phone: {PH(c.mobile_nl(4))}\nPet: {pet}, dog, {c.r.choice(DOG_BREEDS_EN)}, born {c.pet_dob('en', 1)}\n"
            f"Reason: itchy ears, head shaking; previously treated with Surolan\nPreferred clinic: Pootwerk Wolderveen")


@sc("en", True, 3)
def en_newclient(c, k):
    o = c.person("en")
    a = c.addr_nl()
    pet = c.pet("cat")
    if k == 0:
        return (f"New client registration – Pootwerk Vet Clinics\n\nName: {P(o.full)}\nDate of birth: "
                f"{DOB(c.dob('en', 0))}\nAddress: {AD(a[0])}, {PC(a[1])} {a[2]}\nMobile: {PH(c.mobile_nl(2))}\n"
                f"Email: {EM(o.email(c.r, MAILDOMS_EN))}\nPet: {pet} (cat, {c.r.choice(CAT_BREEDS_EN)}), DOB "
                f"{c.pet_dob('en', 0)}, microchip {c.chip()}\nInsurance: Pootwerk Pet Insurance, policy {c.polis()}")
    if k == 1:
        p2 = c.person("en")
        return (f"Dear Pootwerk team,\n\nMy partner {P(p2.full)} and I would like to add our second cat, {pet}, to our "
                f"account. For the insurance quote you asked for the policyholder's date of birth: mine is "
                f"{DOB(c.dob('en', 1))}. {pet}'s birthday is {c.pet_dob('en', 1)} (approx., she's a rescue).\n\n"
                f"Best,\n{P(o.first)}")
    return (f"Hello,\n\nI'm an expat from Leeds registering with your clinic. Details below:\n- {P(o.full)}, born "
            f"{DOB(c.dob('en', 2))}\n- {AD(a[0])}, {PC(a[1].replace(' ', '') if len(a[1]) > 6 else a[1])} {a[2]}\n"
            f"- UK number {PH(c.phone_uk())} until I get a Dutch SIM\n- dog: {c.pet('dog')}, Jack Russell, chip {c.chip()}\n\n"
            f"Cheers,\n{P(o.first)}")


@sc("en", True, 3)
def en_claim(c, k):
    o = c.person("en")
    pw = c.staff("pryce")
    pet = c.pet("dog")
    if k == 0:
        return (f"Claim form – Pootwerk Pet Insurance\nPolicy no.: {c.polis()}\nPolicyholder: {P(o.full)}\n"
                f"Policyholder date of birth: {DOB(c.dob('en', 0))}\nPet: {pet}, {c.r.choice(DOG_BREEDS_EN)}, "
                f"date of birth {c.pet_dob('en', 0)}\nTreatment: TPLO surgery right hind leg, invoices "
                f"{c.invoice()} and {c.invoice()}\nPay to: {IB(c.iban_nl(1))}")
    if k == 1:
        return (f"Dear {P(pw.first)},\n\nThanks for your call earlier. As discussed, please pay claim {c.claim()} to my "
                f"UK account {IB(c.iban_gb())} (name {P(o.full)}); I closed my ING account when I moved back to "
                f"Manchester.\n\nKind regards,\n{P(o.first)}")
    return (f"Hi, I submitted claim {c.claim()} three weeks ago for {pet}'s dental (Cavalier King Charles, 11 teeth "
            f"extracted, € {c.amount()}). Your colleague {P(c.staff('haverkort').full)} said it would be paid "
            f"within 10 working days. Could you check? {P(o.full)}, {PH(c.mobile_nl(0))}")


@sc("en", True, 3)
def en_lost(c, k):
    o = c.person("en")
    a = c.addr_nl()
    pet = c.pet("cat")
    if k == 0:
        return (f"LOST CAT – {a[2]}: {pet}, grey British Shorthair, neutered male, 5.2 kg, microchipped ({c.chip()}). "
                f"Slipped out on Sunday night near {AD(a[0])}. Very shy. Please check sheds and garages! Call or "
                f"WhatsApp {P(o.first)}: {PH(c.mobile_nl(5))} 🙏")
    if k == 1:
        return (f"Hello, I think I found your client's dog. Black Labrador with a red collar, the tag says "
                f"'{c.pet('dog')}' and your clinic's number. I'm at {AD(a[0])}, {PC(a[1])}. I'll keep him in the garden "
                f"for now. {P(o.full)}, {PH(c.phone_uk())}")
    return (f"Hi, our cat {pet} was found and scanned at your Wolderveen clinic – thank you!! The chip still has our old "
            f"address in England. Could you update it to {AD(a[0])}, {PC(a[1])} {a[2]}? Microchip {c.chip()}. "
            f"Owner: {P(o.full)}.")


@sc("en", True, 2)
def en_refund(c, k):
    o = c.person("en")
    inv = c.invoice()
    if k == 0:
        return (f"Hello,\n\nInvoice {inv} charged us for two Cytopoint injections but {c.pet('dog')} only had one "
                f"(the vet, Dr {P(c.staff('hoogendam').sur)}, decided to wait). Please refund the difference to "
                f"{IB(c.iban_nl(1))} in the name of {P(o.init)}.\n\nRegards,\n{P(o.full)}")
    return (f"Could you refund the deposit for the boarding booking (ref PEN-{c.digits(5)})? We cancelled within the "
            f"free period. Belgian account: {IB(c.iban_be())}. Thanks, {P(o.full)}")


@sc("en", True, 3)
def en_card(c, k):
    o = c.person("en")
    od = c.order()
    if k == 0:
        return (f"I was charged twice for order {od}. Both payments went through on my Amex {CC(c.card('amex'))}. "
                f"Please reverse one of them. {P(o.full)}")
    if k == 1:
        return (f"Hi, your checkout keeps rejecting my card. The number is {CC(c.card('visa'))}, expiry 08/27. Is there "
                f"a problem with foreign cards? I'm trying to order the Royal Canin Urinary S/O 7 kg (order {od}).\n\n"
                f"Thanks,\n{P(o.first)}")
    return (f"Dear Pootwerk Shop,\n\nA payment of € {c.amount()} appeared on my statement from you but I have no order. "
            f"Card: {CC(c.card('mc2'))}. I did not authorise this. Please investigate urgently.\n\n{P(o.full)}\n"
            f"{PH(c.phone_uk())}")


@sc("en", True, 2)
def en_ip(c, k):
    o = c.person("en")
    if k == 0:
        return (f"I can't log in to the webshop – 'too many attempts from your IP address ({IP(c.ipv4())})'. I'm on "
                f"version 3.14.2 of your app and the browser is Chrome 126.0.6478.61. Account email "
                f"{EM(o.email(c.r, MAILDOMS_EN))}.\n{P(o.first)}")
    return (f"Security alert from your site says someone logged into my account from {IP(c.ipv4())} at 03:12. That "
            f"wasn't me – I was asleep. My own connection shows {IP(c.ipv6())}. Please lock the account. "
            f"{P(o.full)}")


@sc("en", True, 2)
def en_referral(c, k):
    o = c.person("en")
    h = c.staff("hoogendam")
    spec = c.person("en")
    pet = c.pet("dog")
    ua = c.addr_uk()
    if k == 0:
        return (f"Referral / clinical history\n\nTo: {P(spec.init)}, MRCVS, Thornbury Hythe Veterinary Hospital\n"
                f"From: {P(h.full)}, DVM, Pootwerk Eikendaal\n\nPatient: {pet}, Bernese Mountain Dog, male neutered, "
                f"{c.weight()}, chip {c.chip()}\nOwner: {P(o.full)}, relocating to {AD(ua[0])}, {PC(ua[1])} {ua[2]}\n\n"
                f"Dear {P(spec.first)},\n\n{pet} has been on {c.r.choice(MEDS)} since March for elbow dysplasia. "
                f"Full records attached.\n\nBest wishes,\n{P(h.first)}")
    return (f"Dear Dr {P(spec.sur)},\n\nThank you for seeing {pet} (cat, Maine Coon). The owners, {P(o.full)} and "
            f"{P(c.person('en').full)}, can be reached on {PH(c.phone_uk())}. Echocardiogram from {c.recent('en', 1)} "
            f"attached; HCM suspected.\n\nKind regards,\n{P(c.staff('vanwely').full)}\nPootwerk Wolderveen")


@sc("en", True, 3)
def en_fbdm(c, k):
    o = c.person("en")
    pet = c.pet("dog")
    if k == 0:
        return (f"[Facebook] {P(o.full)}: Hi! Are you open on King's Day? {pet} (Jack Russell) cut his paw on glass "
                f"🥺\n[Facebook] Pootwerk Dierenklinieken: Hi {P(o.first)}, our emergency line 088 765 4300 is open 24/7.")
    if k == 1:
        return (f"instagram dm from @{pet.lower()}.the.bernese: hello!! it's {P(o.first.lower())}, {pet}'s mum 😄 "
                f"loved the photo of him after his grooming. could you send the invoice to "
                f"{EM(o.email(c.r, MAILDOMS_EN))}? thx")
    return (f"Messenger\n{P(o.full)}: hi, is the Seresto collar safe for a rabbit? We have a dog called Bella and "
            f"a rabbit called Sam and the dog has fleas\nPootwerk: Hi {P(o.first)}, no – Seresto is not for rabbits. "
            f"Please book a check for Sam via 088 765 4300. ^Owen".replace("^Owen", f"^{P(c.staff('pryce').first)}"))


@sc("en", True, 2)
def en_forward(c, k):
    o = c.person("en")
    pw = c.staff("pryce")
    if k == 0:
        return (f"FYI {P(c.staff('kooistra').first)} – English customer, can you handle the return?\n\n"
                f"Begin forwarded message:\nFrom: {P(o.full)} <{EM(o.email(c.r, MAILDOMS_EN))}>\n"
                f"Subject: wrong size harness\n\nHi, the Julius-K9 harness (size 2, art. JK9-2-BLK) is too big for "
                f"Charlie. Can I swap it? Order {c.order()}. I'm at {AD(c.addr_nl()[0])} if you want to collect it.\n\n"
                f"--\n{P(pw.full)} | Pootwerk Vet Clinics | English desk")
    return (f"Re: insurance question\n\nHi {P(o.first)},\n\nyes, the Plus policy covers physiotherapy. Kind regards, "
            f"{P(pw.first)}\n\nOn {c.recent('en', 1)}, {P(o.full)} <{EM(o.email(c.r, MAILDOMS_EN))}> wrote:\n> does "
            f"the policy cover hydrotherapy for Bella? She's a Labrador, born {c.pet_dob('en', 1)}.\n> thanks, "
            f"{P(o.first)}")


@sc("en", True, 3)
def en_boarding(c, k):
    o = c.person("en")
    pet = c.pet("dog")
    em = c.person("en")
    if k == 0:
        ua = c.addr_uk()
        return (f"Boarding booking – Pootwerk Dierenpension\n\nOwner | {P(o.full)}\nHome address | {AD(ua[0])}, "
                f"{PC(ua[1])} {ua[2]}\nPhone | {PH(c.phone_uk())}\nEmergency contact | {P(em.full)}, "
                f"{PH(c.mobile_nl(0))} (Dutch passport {mark('ID_DOCUMENT', c.docnr())}, may collect)\nDog | {pet}, "
                f"{c.r.choice(DOG_BREEDS_EN)}, {c.weight()}\nDates | {c.period('en')}\nMedication | {c.r.choice(MEDS)} once daily")
    if k == 1:
        return (f"Hi {P(c.staff('wiersma').first)}, just confirming {pet} and Luna arrive Friday. If anything happens "
                f"please ring my neighbour {P(em.first)} ({PH(c.mobile_nl(1))}) – we'll be hiking in Norway with no "
                f"signal.\nCheers, {P(o.first)}")
    return (f"Hello, can I book two weeks in August for our cats Oscar and Mimi? We live at {AD(c.addr_nl()[0])} and "
            f"can drop them off on the way to Schiphol. Vaccination cards attached (last jab {c.recent('en', 0)}).\n"
            f"Best, {P(o.full)}")


@sc("en", True, 3)
def en_note(c, k):
    o = c.person("en")
    pw, h = c.staff("pryce"), c.staff("hoogendam")
    pet = c.pet("cat")
    if k == 0:
        return (f"Internal note – logged by {P(pw.first)}\nSpoke to {P(o.full)} (English speaker, {PH(c.mobile_nl(2))}) "
                f"about {pet}'s renal diet. Owner wants a call back from Dr {P(h.sur)} about the creatinine result "
                f"(245 µmol/l). File {c.fail9()}.")
    if k == 1:
        return (f"Handover (EN desk): owner {P(o.sur)} called twice about the bill for {pet} (invoice {c.invoice()}). "
                f"Very upset. Please don't call after 18:00, email instead: {EM(o.email(c.r, MAILDOMS_EN))}. /{P(pw.first)}")
    return (f"Consult notes – {pet}, DSH, 6.1 kg\nSeen by: {P(h.full)}\nOwner present: {P(o.first)} (daughter "
            f"{P(c.person('en', 'f').first)} translated)\nPlan: Semintra 4 mg/ml, recheck BP in 2 weeks.")


# ---------------------------------------------------------------- English, without personal data

@sc("en", False, 3)
def en_free_dosage(c, k):
    if k == 0:
        return (f"Quick question – my {c.r.choice(DOG_BREEDS_EN)} Max now weighs {c.weight()}. The Bravecto box says "
                f"10–20 kg but he's right on the border. Should we go up a size? He was born {c.pet_dob('en', 1)}, "
                f"so he's still growing.")
    if k == 1:
        return (f"Is it safe to give Metacam 1.5 mg/ml together with Cytopoint? Our vet in the UK did that for "
                f"our old dog Charlie. Batch number on the bottle: {c.r.randint(100000, 999999)}B, expiry "
                f"{c.recent('en', 0)}.")
    return ("How often should a Maine Coon kitten be dewormed? Luna is 14 weeks, 2.1 kg, and has had Milbemax once. "
            "Her sister Bella (same litter) is at the breeder in Antwerp.")


@sc("en", False, 3)
def en_free_travel(c, k):
    if k == 0:
        return (f"We're travelling to the UK in July with Guus (Berner Sennen). Pet passport NL-{c.digits(7)}, "
                f"chip {c.chip()}, rabies vaccination {c.recent('en', 1)}. Does he need the tapeworm treatment "
                f"24–120 hours before arrival, and can you do that on a Saturday?")
    if k == 1:
        return (f"Can you issue an EU pet passport for our kitten? She was born on {c.pet_dob('en', 2)} and has "
                f"chip {c.chip()}. We're flying to Spain with KLM, flight KL1703. Order reference for the travel "
                f"crate: {c.order()}.")
    return (f"Animal health certificate needed for Jasper (horse, UELN {c.ueln()}) – transport to Ireland on "
            f"{c.recent('en', 2)}. Equine passport number {c.ueln()}. Please quote the cost in advance.")


@sc("en", False, 3)
def en_free_shop(c, k):
    od = c.order()
    if k == 0:
        return (f"Order {od}: the tracking page says 'delivered' but the box with the Hill's z/d 10 kg "
                f"(SKU HD-ZD-10) isn't here. Could you check with the courier? Invoice {c.invoice()}.")
    if k == 1:
        return (f"Do you ship the Pootwerk own-brand senior food to Belgium? Cart total € {c.amount()}, "
                f"promo code SPRING25 isn't working. Product code PW-SEN-7.")
    return (f"Return request\nOrder: {od}\nItem: Cat tree 'Forest' (art. KP-180-GR), box damaged\nReason: arrived "
            f"broken\nRefund method: original payment\nReturn code RT-{c.digits(6)}")


@sc("en", False, 3)
def en_free_social(c, k):
    if k == 0:
        return ("Huge thanks to the night team at @pootwerk – Bella (our 13-year-old Labrador) had a twisted stomach "
                "at 2am and they saved her. 💛 Back home now, 31.4 kg and begging for food already. #GDV #vetsofinstagram")
    if k == 1:
        return ("Happy 10th birthday to Sam, our clinic cat! Born 12 May 2015 in the Eikendaal stables, he's been "
                "supervising reception ever since. 🎉 #pootwerk #clinicCat")
    return ("Found: tabby cat with a blue collar near the station in Wolderveen, no tag. Scanned at Pootwerk "
            "Wolderveen, chip registered abroad. If he's yours, call 0577 402 190 or DM @pootwerk.")


@sc("en", False, 2)
def en_free_autoreply(c, k):
    if k == 0:
        return (f"Thank you for contacting Pootwerk Vet Clinics. Our English desk replies within 2 working days. "
                f"Emergencies: +31 88 765 4300 (24/7). Payments: {ORG_IBAN1}, BIC RABONL2U, quoting your invoice "
                f"number.\nPootwerk Dierenklinieken B.V., Hoefslagweg 3, 3849 PT Eikendaal, Chamber of Commerce "
                f"{ORG_KVK}, VAT {ORG_BTW}")
    return (f"Your claim {c.claim()} has been received by Pootwerk Pet Insurance. Reference your policy "
            f"number in all correspondence. Post: Postbus 412, 3840 AK Eikendaal. WhatsApp: +31 6 4182 7735.")


@sc("en", False, 2)
def en_free_terms(c, k):
    if k == 0:
        return (f"Does the Plus policy have a waiting period for cruciate ligament surgery? Our dog Charlie (born "
                f"{c.pet_dob('en', 1)}) is insured since {c.recent('en', 1)}, policy {c.polis()}. The terms "
                f"(version 2025.1, section 4.3) aren't clear to me.")
    return ("Is there an age limit for new pets on your insurance? Our cat Oscar is 9 and weighs 5.6 kg. We'd want "
            "the Basic package, €14.95 per month.")


@sc("en", False, 2)
def en_free_horse(c, k):
    if k == 0:
        return (f"Visit report – horse Storm, UELN {c.ueln()}, 612 kg. Lameness LF 2/5, nerve block positive. "
                f"Treatment: Equipalazone 2 sachets daily for 5 days. Next visit {c.recent('en', 1)}. Invoice "
                f"{c.invoice()}.")
    return ("Can the ambulatory vet do the dental float for our two ponies, Guus and Charlie, on the same visit? "
            "They're at the livery yard in Harlinghorst. Both were vaccinated in March.")


# ==============================================================================================
# German scenarios
# ==============================================================================================

@sc("de", True, 3)
def de_termin(c, k):
    o = c.person("de")
    pet = c.pet("dog")
    if k == 0:
        return (f"Guten Tag,\n\nwir wohnen direkt hinter der Grenze und möchten einen Termin für unseren "
                f"{c.r.choice(DOG_BREEDS_DE)} {pet} (7 Jahre, {c.weight()}). Er hat seit Tagen Durchfall. Bitte rufen "
                f"Sie mich unter {PH(c.mobile_de())} zurück.\n\nMit freundlichen Grüßen\n{P(o.full)}")
    if k == 1:
        return (f"hallo, kann {pet} morgen zum impfen kommen? sie ist eine maine coon, 3 jahre. bin erreichbar unter "
                f"{PH(c.fixed_de())}, ab 16 uhr. lg {P(o.first.lower())}")
    return (f"Terminanfrage (Webformular)\nName: {P(o.comma)}\nE-Mail: {EM(o.email(c.r, MAILDOMS_DE))}\nTelefon: "
            f"{PH(c.mobile_de())}\nTier: {pet}, Hund, {c.r.choice(DOG_BREEDS_DE)}, geboren {c.pet_dob('de', 0)}\n"
            f"Chipnummer: {c.chip()}\nAnliegen: Zahnsteinentfernung, Kostenvoranschlag erwünscht")


@sc("de", True, 3)
def de_versicherung(c, k):
    o = c.person("de")
    pet = c.pet("cat" if k == 1 else "dog")
    lb = c.staff("lemberg")
    if k == 0:
        a = c.addr_de()
        return (f"Antrag Tierkrankenversicherung – Pootwerk Verzekerd\n\nVersicherungsnehmer: {P(o.full)}\n"
                f"Geburtsdatum: {DOB(c.dob('de', 0))}\nAnschrift: {AD(a[0])}, {PC(a[1])} {a[2]}\nIBAN: "
                f"{IB(c.iban_de())}\nTier: {pet}, {c.r.choice(DOG_BREEDS_DE)}, Geburtsdatum des Tieres "
                f"{c.pet_dob('de', 0)}, Chip {c.chip()}\nTarif: Plus, Selbstbeteiligung 50 €")
    if k == 1:
        return (f"Sehr geehrte Frau {P(lb.sur)},\n\nanbei die fehlenden Angaben zur Schadensmeldung {c.claim()}: Mein "
                f"Geburtsdatum ist der {DOB(c.dob('de', 1))}, die Erstattung bitte auf {IB(c.iban_de())}. "
                f"{pet} (Britisch Kurzhaar) wurde am {c.recent('de', 1)} behandelt.\n\nFreundliche Grüße\n"
                f"{P(o.full)}")
    return (f"Hallo,\n\ndie Rechnung {c.invoice()} für {pet} (Kreuzbandriss, {c.weight()}) habe ich eingereicht. "
            f"Ihr Kollege {P(c.staff('haverkort').full)} sagte, ich solle mein Geburtsdatum ergänzen: geb. "
            f"{DOB(c.dob('de', 3))}. Versicherungsnummer {c.polis()}.\n\nGruß aus {c.r.choice(DE_TOWNS)},\n{P(o.first)}")


@sc("de", True, 3)
def de_entlaufen(c, k):
    o = c.person("de")
    pet = c.pet("dog")
    a = c.addr_de()
    if k == 0:
        return (f"ENTLAUFEN: {pet}, Jack Russell Rüde, braun-weiß, seit Sonntag in der Nähe der Grenze bei "
                f"Wolderveen. Chip {c.chip()}. Sehr ängstlich, bitte nicht hinterherlaufen! Hinweise an "
                f"{P(o.first)}: {PH(c.mobile_de())} 🙏🐕")
    if k == 1:
        return (f"Guten Abend, ich habe eine Katze gefunden, grau getigert, ca. 4 kg. Ihre Praxis hat den Chip "
                f"gescannt ({c.chip()}). Die Katze ist jetzt bei mir: {AD(a[0])}, {PC(a[1])} {a[2]}. "
                f"{P(o.full)}, Tel. {PH(c.fixed_de())}")
    return (f"Bitte die Chipdaten von {pet} aktualisieren – neue Adresse: {AD(a[0])}, {PC(a[1])} {a[2]}. Chipnummer "
            f"{c.chip()}, Halterin {P(c.person('de', 'f').full)}, {EM(o.email(c.r, MAILDOMS_DE))}.")


@sc("de", True, 3)
def de_pension(c, k):
    o = c.person("de")
    pet = c.pet("dog")
    nf = c.person("de", "m")
    if k == 0:
        a = c.addr_de()
        return (f"Anmeldung Tierpension\n\n| Feld | Angabe |\n|---|---|\n| Halter | {P(o.full)} |\n| Anschrift | "
                f"{AD(a[0])}, {PC(a[1])} {a[2]} |\n| Handy | {PH(c.mobile_de())} |\n| Notfallkontakt | {P(nf.full)} "
                f"({PH(c.fixed_de())}) |\n| Hund | {pet}, {c.r.choice(DOG_BREEDS_DE)}, {c.weight()} |\n| Zeitraum | "
                f"{c.period('de')} |\n| Medikamente | {c.r.choice(MEDS)} morgens |")
    if k == 1:
        return (f"Liebe Frau {P(c.staff('wiersma').sur)},\n\nwir bringen {pet} und Bella am Samstag. Falls etwas ist, "
                f"bitte meinen Bruder {P(nf.full)} anrufen ({PH(c.mobile_de())}).\n\nViele Grüße\n{P(o.first)}")
    return (f"Hallo Pootwerk Dierenpension, ist für die Herbstferien noch ein Platz frei für zwei Katzen (Oscar und "
            f"Mimi)? Wir sind {P(o.full)} und {P(nf.first)}, Rückruf bitte an {PH(c.mobile_de())}.")


@sc("de", True, 3)
def de_ruecksendung(c, k):
    o = c.person("de")
    a = c.addr_de()
    od = c.order()
    if k == 0:
        return (f"Sehr geehrte Damen und Herren,\n\nich möchte die Bestellung {od} zurücksenden (Hundebett 100x70, "
                f"Art.-Nr. HB-100-GR). Bitte senden Sie das Retourenetikett an {EM(o.email(c.r, MAILDOMS_DE))}.\n"
                f"Lieferadresse war: {AD(a[0])}, {PC(a[1])} {a[2]}.\n\nMit freundlichen Grüßen\n{P(o.full)}")
    if k == 1:
        return (f"paket {od} kam beschädigt an, der futtersack (Royal Canin Maxi Adult 15 kg) war aufgerissen. "
                f"bitte ersatz an {AD(a[0])} in {PC(a[1])} {a[2]} schicken. {P(o.full)}")
    return (f"Von: {P(o.full)} <{EM(o.email(c.r, MAILDOMS_DE))}>\nBetreff: AW: Ihre Rücksendung {od}\n\nDanke, das "
            f"Paket ist unterwegs (Sendungsnummer {c.digits(14)}). Die Erstattung bitte auf {IB(c.iban_de())}.\n"
            f"Gruß {P(o.first)}")


@sc("de", True, 2)
def de_karte(c, k):
    o = c.person("de")
    if k == 0:
        return (f"Meine Kreditkarte {CC(c.card('mc'))} wurde für Bestellung {c.order()} doppelt belastet "
                f"(2 × € {c.amount()}). Bitte um Rückbuchung.\n{P(o.full)}")
    return (f"Guten Tag, beim Bezahlen der Tierarztrechnung {c.invoice()} wurde meine Visa {CC(c.card('visa'))} "
            f"abgelehnt, trotzdem ist der Betrag reserviert. Können Sie das prüfen?\nMfG {P(o.init)}")


@sc("de", True, 2)
def de_ueberweisung(c, k):
    o = c.person("de")
    vw = c.staff("vanwely")
    spec = c.person("de")
    pet = c.pet("dog")
    if k == 0:
        a = c.addr_de()
        spec = c.person("de", "f")
        return (f"Überweisungsschreiben\n\nAn: Tierklinik Kaltenbrück, z. Hd. Frau Dr. {P(spec.sur)}\nVon: "
                f"{P(vw.full)}, Pootwerk Wolderveen\n\nPatient: {pet}, Berner Sennenhund, {c.weight()}, Chip "
                f"{c.chip()}\nBesitzer: {P(o.full)}, {AD(a[0])}, {PC(a[1])} {a[2]}, {PH(c.fixed_de())}\n\n"
                f"Liebe Kollegin {P(spec.sur)},\nich überweise {pet} zur CT-Untersuchung (V. a. Bandscheibenvorfall). "
                f"Bisherige Therapie: {c.r.choice(MEDS)}.\n\nKollegiale Grüße\n{P(vw.full)}")
    return (f"Hallo {P(spec.first)},\n\nkurz zur Info: die Katze Luna von {P(o.full)} kommt morgen um 9 Uhr zu dir "
            f"zur Zahnsanierung. Röntgenbilder vom {c.recent('de', 1)} schicke ich per Mail.\n\nLG {P(vw.first)}")


@sc("de", True, 2)
def de_notiz(c, k):
    o = c.person("de")
    lb = c.staff("lemberg")
    pet = c.pet("cat")
    if k == 0:
        return (f"Notiz (DE-Desk, {P(lb.first)}): Herr {P(o.sur)} hat angerufen, {pet} frisst seit 2 Tagen nicht. "
                f"Rückruf durch Dr. {P(c.staff('hoogendam').sur)} heute noch unter {PH(c.mobile_de())}. Akte {c.fail9()}.")
    return (f"Gesprächsnotiz {c.recent('de', 0)}\nAnruferin: {P(o.full)}\nThema: Rechnung {c.invoice()} für {pet}, "
            f"Position 'Narkose' doppelt\nErledigt: Gutschrift veranlasst\ngez. {P(lb.full)}")


@sc("de", True, 2)
def de_weitergeleitet(c, k):
    o = c.person("de")
    lb = c.staff("lemberg")
    if k == 0:
        return (f"---------- Weitergeleitete Nachricht ----------\nVon: {P(o.full)} <{EM(o.email(c.r, MAILDOMS_DE))}>\n"
                f"Datum: {c.recent('de', 0)}\nBetreff: Futterabo\n\nBitte das Abo ABO-{c.digits(6)} pausieren, wir sind "
                f"im Urlaub. Die Lieferung bitte nicht an {AD(c.addr_de()[0])} schicken.\n\n> Am {c.recent('de', 0)} "
                f"schrieb Pootwerk Shop <service@pootwerkshop.nl>:\n> Ihre nächste Lieferung: Maine Coon Adult 10 kg\n\n"
                f"--\n{P(lb.full)}, Pootwerk Tierkliniken – Deutschsprachiger Kundendienst")
    return (f"AW: Impfung Max\n\n{P(c.staff('bouzidi').first)}, bitte Termin für Max eintragen.\n\n-----Ursprüngliche "
            f"Nachricht-----\nVon: {P(o.init)}\nGesendet: {c.recent('de', 1)}\nMax (Berner Sennenhund) braucht die "
            f"Tollwutimpfung vor dem Urlaub. Handy: {PH(c.mobile_de())}")


@sc("de", True, 1)
def de_tiertaxi(c, k):
    o = c.person("de")
    return (f"Beschwerde: Das Tiertaxi Ihrer Partnerfirma (Kennzeichen {LP(c.plate_de())}) hat heute unsere Einfahrt "
            f"zugeparkt, als es die Stute Donna abholte. Bitte sorgen Sie dafür, dass das nicht wieder passiert.\n"
            f"{P(o.full)}")


@sc("de", True, 2)
def de_login(c, k):
    o = c.person("de")
    if k == 0:
        return (f"Ich komme nicht mehr in mein Kundenkonto im Webshop. Fehlermeldung: 'Zugriff von IP {IP(c.ipv4())} "
                f"gesperrt'. Browser: Firefox 128.0, Router 192.168.178.1. Kundennummer {c.fail9()}.\nGrüße\n"
                f"{P(o.full)}")
    return (f"Hallo, laut Ihrer Sicherheitsmail gab es eine Anmeldung von {IP(c.ipv4())} aus dem Ausland. Das war "
            f"ich nicht! Bitte Konto sperren. {P(o.full)}, {EM(o.email(c.r, MAILDOMS_DE))}")


# ---------------------------------------------------------------- German, without personal data

@sc("de", False, 3)
def de_frei_dosierung(c, k):
    if k == 0:
        return (f"Frage zur Dosierung: Unser {c.r.choice(DOG_BREEDS_DE)} Bruno wiegt jetzt {c.weight()}. Reicht "
                f"eine Tablette Milbemax für große Hunde? Er ist am {c.pet_dob('de', 1)} geboren.")
    if k == 1:
        return (f"Darf unsere Katze Luna (Maine Coon, {c.weight('cat')}) Metacam und Semintra gleichzeitig bekommen? "
                f"Chargennummer {c.r.randint(100000, 999999)}C, haltbar bis {c.recent('de', 0)}.")
    return ("Wie oft soll man einen Welpen entwurmen? Charlie ist 10 Wochen alt, 3,2 kg, und hat beim Züchter "
            "schon Drontal bekommen.")


@sc("de", False, 3)
def de_frei_chip(c, k):
    if k == 0:
        return (f"Ist der Chip {c.chip()} von Teddy (Dackel) bei Ihnen registriert? Er ist am {c.pet_dob('de', 0)} "
                f"geboren und wurde in Deutschland gechippt. EU-Heimtierausweis DE-{c.digits(9)}.")
    if k == 1:
        return (f"Pferd Jasper: UELN {c.ueln()}, Transponder {c.chip()}, Geburtsdatum des Pferdes "
                f"{c.pet_dob('de', 1)}. Bitte beim Equidenpass die Impfung vom {c.recent('de', 1)} nachtragen.")
    return (f"Kann man bei Ihnen eine Katze chippen lassen, die bereits eine Tätowierung hat? Kater Oscar, 6 Jahre. "
            f"Vorgangsnummer beim Tierheim: {c.fail9()}.")


@sc("de", False, 3)
def de_frei_shop(c, k):
    od = c.order()
    if k == 0:
        return (f"Bestellung {od}: Es fehlt das Katzenstreu (Art.-Nr. KS-14-BEN, EAN {c.digits(13)}). Rechnung "
                f"{c.invoice()} ist bereits bezahlt. Bitte nachliefern.")
    if k == 1:
        return (f"Liefern Sie das Pootwerk Graanvrij Zalm (12 kg) auch nach Deutschland? Der Gutscheincode HERBST10 "
                f"funktioniert nicht, Warenkorb {c.amount()} €.")
    return (f"Rücksendung\nBestellnummer: {od}\nArtikel: Transportbox M (TB-M-60)\nGrund: zu klein für Guus\n"
            f"Rücksendecode RT-{c.digits(6)}")


@sc("de", False, 2)
def de_frei_social(c, k):
    if k == 0:
        return ("Danke an das Team von @pootwerk! Unsere Bella (Berner Sennenhund, 11 Jahre) ist nach der OP wieder "
                "fit 🐾 Von 48,2 kg auf 44,9 kg abgenommen! #tierarzt #bernersennenhund")
    return ("Heute feiert Praxiskatze Henk Geburtstag: geboren am 1. Mai 2016 im Stall von Pootwerk Eikendaal 🎂 "
            "#praxiskatze")


@sc("de", False, 1)
def de_frei_autoreply(c, k):
    return (f"Automatische Antwort: Vielen Dank für Ihre Nachricht an Pootwerk Tierkliniken. Deutschsprachiger "
            f"Kundendienst: +31 88 765 4300 (Mo–Fr 9–17 Uhr). Zahlungen bitte auf {spaced(ORG_IBAN1)}. "
            f"Handelsregister (KvK) {ORG_KVK}, USt-IdNr. {ORG_BTW}.")


@sc("de", False, 2)
def de_frei_pferd(c, k):
    if k == 0:
        return (f"Besuchsbericht Pferd Storm (UELN {c.ueln()}): Hufrehe vorne beidseits, Gewicht ca. 540 kg. "
                f"Therapie: Equipalazone, Boxenruhe 3 Wochen. Nächster Besuch {c.recent('de', 1)}. Rechnung {c.invoice()}.")
    return ("Können Sie die Zahnbehandlung von unseren Ponys Guus und Sam beim nächsten Stallbesuch machen? Beide "
            "wurden im März geimpft.")


# ==============================================================================================
# self test, build, audit
# ==============================================================================================

def self_test():
    n = 0
    def ok(cond, what):
        nonlocal n
        n += 1
        if not cond:
            raise SystemExit(f"self_test failed: {what}")
    for v in ["111222333", "123456782", "1112.22.333", "999999990"]:
        ok(elf_ok(v), v)
    for v in ["123456789", "111222334", "000000000"]:
        ok(not elf_ok(v), v)
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL20INGB0001234567",
              "BE71 0961 2345 6769", "DE89370400440532013000", "FR1420041010050500013M02606", "GB82WEST12345698765432",
              "NL68KNAB0123456789", "NL32BUNQ2012345678"]:
        ok(iban_ok(v), v)
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL00ABNA0417164300", "DE89370400440532013001",
              "NL91ABN00417164300"]:
        ok(not iban_ok(v), v)
    ok(iban_make("NL", "KNAB0123456789") == "NL68KNAB0123456789", "iban_make")
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67", "0111-123456",
              "+32 470 12 34 56", "0470 12 34 56", "+49 30 12345678" if False else "0151 23456789",
              "+49 (0)221 1234567", "0049 171 1234567", "07700 900123", "+44 161 496 0123"]:
        ok(phone_ok(v), v)
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "020-123456",
              "012-3456789", "088 765 4300" if False else "0800-123", "+49 151 234"]:
        ok(not phone_ok(v), v)
    for v in ["1012 AB", "1012AB", "9999 ZZ", "1000 AA", "LS6 2QT", "47551", "2870"]:
        ok(postcode_ok(v), v)
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        ok(not postcode_ok(v), v)
    for v in ["4111111111111111", "5555555555554444", "2221000000000009", "378282246310005", "4111 1111 1111 1111",
              "3782 822463 10005"]:
        ok(card_ok(v), v)
    for v in ["4111111111111112", "1234567812345678", "378282246310006", "490154203237518"]:
        ok(not card_ok(v), v)
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13"]:
        ok(btw_mod97(v), v)
    for v in ["NL000099998B58", "NL123456789B56", "NL12345678B01"]:
        ok(not btw_mod97(v), v)
    ok(elf_ok("004495445"), "OB-nummer digits pass elfproef")
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "info@bakkerij-de-groot.frl"]:
        ok(EMAIL_RX.fullmatch(v) is not None, v)
    for v in ["@angular/core", "jan@@voorbeeld.nl"]:
        ok(EMAIL_RX.fullmatch(v) is None, v)
    for v in ["192.168.2.254", "10.20.1.15", "192.168.178.1", "127.0.0.1", "203.0.113.5"]:
        ok(not value_ok("IP_ADDRESS", v), v)
    ok(value_ok("IP_ADDRESS", "84.12.40.7"), "public ip")
    for v in ["GB-12-DF" if False else "GT-12-DF", "1-KBB-12", "12-BBB-3", "KLE-HT 418"]:
        ok(plate_ok(v), v)
    for v in ["1-NSB-12", "AB-1234"]:
        ok(not plate_ok(v), v)
    for v in ["12-03-1985", "5 mei 1960", "1985-03-12", "14. März 1988", "March 14, 1988", "14/03/1988"]:
        ok(parse_date(v) is not None, v)
    for v in ["31-02-1990", "29-02-1991", "32-01-2000"]:
        ok(parse_date(v) is None, v)
    # organisation's own data
    ok(iban_ok(ORG_IBAN1) and iban_ok(ORG_IBAN2), "org ibans")
    ok(btw_mod97(ORG_BTW) and not elf_ok(ORG_BTW[2:11]), "org btw")
    for p in ORG["phones"]:
        ok(phone_ok(p) or re.fullmatch(r"088 \d{3} \d{4}", p), p)
    for a in ORG["addresses"]:
        ok(postcode_ok(re.search(r"\d{4} [A-Z]{2}", a).group(0)), a)
    # pets never share a name with a person pool
    persons = {f for f in NL_F + NL_M} | {x[0] for x in MA + TR + SR + PL + EN + DE} | {v[0] for v in STAFF.values()}
    ok(not (persons & PET_NAMES), f"pet/person overlap {persons & PET_NAMES}")
    return n


TUSSEN = {"van", "der", "de", "den", "ter", "ten", "'t", "het", "t"}


def person_tokens(v):
    toks = []
    for t in re.split(r"[\s,]+", v):
        t = t.strip(".")
        if len(t) < 3 or t.lower() in TUSSEN:
            continue
        toks.append(t)
    return toks


NL_MOBILE_RX = re.compile(r"(?<![\d+])(?:06|\+31 ?\(0\) ?6|\+31 ?6|0031 ?6)[\s-]*(?:\d[\s-]?){7}\d(?!\d)")
IBAN_RX = re.compile(r"(?i)(?<![A-Z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}")
CARDISH_RX = re.compile(r"(?<![\d])\d(?:[ -]?\d){12,18}(?!\d)")
IPV4_RX = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
NINE_RX = re.compile(r"(?<![\d.])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3})(?![\d.])")


def covered(spans, s, e):
    return any(sp["start"] <= s and e <= sp["end"] for sp in spans)


def overlaps(spans, s, e):
    return any(sp["start"] < e and s < sp["end"] for sp in spans)


def audit(recs, pii_flags):
    errs = []
    texts = set()
    for rec in recs:
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        b = text.encode("utf-8")
        if text in texts:
            errs.append(f"{rid}: duplicate text")
        texts.add(text)
        if bool(spans) != pii_flags[rid]:
            errs.append(f"{rid}: pii flag {pii_flags[rid]} but {len(spans)} spans")
        prev = -1
        for sp in spans:
            s, e, lab = sp["start"], sp["end"], sp["label"]
            if lab not in LABELS:
                errs.append(f"{rid}: bad label {lab}")
            if s < prev or e <= s:
                errs.append(f"{rid}: unsorted/overlapping span {sp}")
            prev = e
            try:
                v = b[s:e].decode("utf-8")
            except UnicodeDecodeError:
                errs.append(f"{rid}: span not at char boundary {sp}")
                continue
            if v != sp["_value"]:
                errs.append(f"{rid}: span text {v!r} != intended {sp['_value']!r}")
            if v != v.strip() or v[0] in ",.;:()" or v[-1] in ",;:()":
                errs.append(f"{rid}: whitespace/punct at edge {v!r}")
            if not value_ok(lab, v):
                errs.append(f"{rid}: invalid {lab} value {v!r}")
            if lab == "PERSON" and any(t in PET_NAMES for t in person_tokens(v)):
                errs.append(f"{rid}: pet name in PERSON {v!r}")
            if lab == "DATE_OF_BIRTH":
                before = b[max(0, s - 70):s].decode("utf-8", "ignore").lower()
                if not any(w in before for w in BIRTH_WORDS):
                    errs.append(f"{rid}: DOB without birth word {v!r}")
        # character-offset view for scanners
        def cspans():
            out = []
            for sp in spans:
                cs = len(b[:sp["start"]].decode("utf-8"))
                ce = len(b[:sp["end"]].decode("utf-8"))
                out.append({"start": cs, "end": ce, "label": sp["label"], "v": sp["_value"]})
            return out
        cs = cspans()
        # organisation's own data never labelled
        for o in ORG_STRINGS:
            for m in re.finditer(re.escape(o), text):
                if overlaps(cs, m.start(), m.end()):
                    errs.append(f"{rid}: organisation data {o!r} labelled")
        for m in EMAIL_RX.finditer(text):
            dom = m.group(0).split("@")[1].lower()
            if dom in ORG["domains"]:
                if overlaps(cs, m.start(), m.end()):
                    errs.append(f"{rid}: org e-mail labelled")
            elif not covered(cs, m.start(), m.end()):
                errs.append(f"{rid}: unlabelled e-mail {m.group(0)}")
        for m in IBAN_RX.finditer(text):
            cand = m.group(0)
            for ln in range(len(cand), 14, -1):
                sub = cand[:ln].rstrip()
                if iban_ok(sub):
                    if sub.replace(" ", "").upper() in (ORG_IBAN1, ORG_IBAN2):
                        break
                    if not covered(cs, m.start(), m.start() + len(sub)):
                        errs.append(f"{rid}: unlabelled IBAN {sub}")
                    break
        for m in CARDISH_RX.finditer(text):
            if card_ok(m.group(0)) and not covered(cs, m.start(), m.end()):
                errs.append(f"{rid}: unlabelled card {m.group(0)}")
        for m in IPV4_RX.finditer(text):
            try:
                g = ipaddress.ip_address(m.group(0)).is_global
            except ValueError:
                continue
            pre = text[max(0, m.start() - 12):m.start()].lower()
            if g and not re.search(r"versi(e|on)|\bv$", pre) and not covered(cs, m.start(), m.end()):
                errs.append(f"{rid}: unlabelled public IP {m.group(0)}")
        for m in NINE_RX.finditer(text):
            if elf_ok(m.group(0)) and not covered(cs, m.start(), m.end()):
                errs.append(f"{rid}: unlabelled elfproef number {m.group(0)}")
        for m in NL_MOBILE_RX.finditer(text):
            digits = re.sub(r"\D", "", m.group(0))[-8:]
            if digits == "41827735":
                continue
            if not covered(cs, m.start(), m.end()):
                errs.append(f"{rid}: unlabelled NL mobile {m.group(0)}")
        for m in re.finditer(r"(?<!\d)[1-9]\d{3} ?[A-Z]{2}(?![A-Za-z])", text):
            if m.group(0)[-2:] in ("SA", "SD", "SS"):
                continue
            if any(m.group(0) in o for o in ORG_STRINGS + ORG["addresses"]):
                continue
            if not covered(cs, m.start(), m.end()):
                errs.append(f"{rid}: unlabelled NL postcode {m.group(0)}")
        for m in re.finditer(r"(?i)(kvk|kvk-nummer|chamber of commerce|handelsregister \(kvk\))\D{0,12}(\d{8})(?!\d)", text):
            if m.group(2) != ORG_KVK and not covered(cs, m.start(2), m.end(2)):
                errs.append(f"{rid}: unlabelled KvK {m.group(2)}")
        # every repeat of a person's name is labelled
        toks = set()
        for sp in cs:
            if sp["label"] == "PERSON":
                toks.update(person_tokens(sp["v"]))
        for t in toks:
            for m in re.finditer(r"(?i)(?<![\w-])" + re.escape(t) + r"(?![\w-])", text):
                if not covered(cs, m.start(), m.end()):
                    errs.append(f"{rid}: unlabelled occurrence of name token {t!r}")
        # every repeat of any labelled value is labelled
        for sp in cs:
            for m in re.finditer(re.escape(sp["v"]), text):
                if not covered(cs, m.start(), m.end()):
                    errs.append(f"{rid}: unlabelled repeat of {sp['label']} {sp['v']!r}")
    return errs


def build():
    per_lang = defaultdict(list)
    for lang, name, f, pii, n in SCEN:
        for k in range(n):
            r = random.Random(f"{SEED}:{name}:{k}")
            c = Ctx(r)
            marked = f(c, k)
            text, spans = render(marked)
            per_lang[lang].append((name, k, pii, text, spans))
    recs, flags = [], {}
    for lang in ["nl", "en", "de"]:
        items = per_lang[lang]
        random.Random(f"{SEED}:order:{lang}").shuffle(items)
        for i, (name, k, pii, text, spans) in enumerate(items, 1):
            rid = f"{PREFIX}-{lang}-{i:03d}"
            recs.append({"id": rid, "lang": lang, "text": text, "spans": spans, "_scenario": f"{name}#{k}"})
            flags[rid] = pii
    return recs, flags


def main():
    nchecks = self_test()
    recs, flags = build()
    errs = audit(recs, flags)
    counts = Counter(r["lang"] for r in recs)
    want = {"nl": 60, "en": 50, "de": 40}
    if dict(counts) != want:
        errs.append(f"language counts {dict(counts)} != {want}")
    free = sum(1 for r in recs if not r["spans"])
    if free / len(recs) < 0.35:
        errs.append(f"only {free} PII-free messages")
    lines = []
    for r in recs:
        out = {"id": r["id"], "lang": r["lang"], "text": r["text"],
               "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in r["spans"]]}
        lines.append(json.dumps(out, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # read back: re-slice every span from the serialised bytes
    for line, r in zip(data.decode("utf-8").splitlines(), recs):
        o = json.loads(line)
        tb = o["text"].encode("utf-8")
        for s, sp in zip(o["spans"], r["spans"]):
            if tb[s["start"]:s["end"]].decode("utf-8") != sp["_value"]:
                errs.append(f"{o['id']}: read-back mismatch")
    if errs:
        for e in errs:
            print("AUDIT:", e, file=sys.stderr)
        raise SystemExit(f"{len(errs)} audit errors; gold.jsonl not written")
    with open(os.path.join(HERE, "gold.jsonl"), "wb") as fh:
        fh.write(data)
    # statistics
    tab = defaultdict(Counter)
    for r in recs:
        for s in r["spans"]:
            tab[s["label"]][r["lang"]] += 1
    print(f"self_test: {nchecks} checks passed; audit: {len(recs)} records clean")
    print(f"messages: {dict(counts)}; PII-free: {free} ({100 * free / len(recs):.1f} %) "
          f"{dict(Counter(r['lang'] for r in recs if not r['spans']))}")
    lens = sorted(len(r["text"].encode()) for r in recs)
    print(f"length bytes: min {lens[0]} median {lens[len(lens) // 2]} max {lens[-1]}; "
          f"non-ASCII texts {sum(1 for r in recs if not r['text'].isascii())}; "
          f"emoji texts {sum(1 for r in recs if any(ord(ch) > 0xFFFF for ch in r['text']))}")
    print("| label | nl | en | de | total |\n|---|---:|---:|---:|---:|")
    tot = Counter()
    for lab in LABELS:
        c = tab[lab]
        tot.update(c)
        print(f"| `{lab}` | {c['nl']} | {c['en']} | {c['de']} | {sum(c.values())} |")
    print(f"| **all** | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")
    print("sha256(gold.jsonl) =", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
