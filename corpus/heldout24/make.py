#!/usr/bin/env python3
"""heldout24 -- held-out evaluation set: a hotel chain with holiday parks and campsites (NL/BE/DE).

Written blind (see README.md). Python 3.11, standard library only. Deterministic: every scenario
instance has its own string-seeded RNG (random.Random(str) hashes the string with SHA-512, so
PYTHONHASHSEED has no influence); no set or dict iteration order is used for choices.

    python3 make.py              # self test, generate, audit, write gold.jsonl, print statistics
    python3 make.py --mutation   # additionally: remove each gold span in turn, does the audit notice?
"""
import datetime as dt
import hashlib
import ipaddress
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = "heldout24:v1"
HERE = Path(__file__).resolve().parent
OUT = HERE / "gold.jsonl"
PREFIX = "h24"

LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD",
          "IP_ADDRESS", "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# ---------------------------------------------------------------------------------------------
# markup: values are written with m(LABEL, value); render() strips the sentinels and records
# UTF-8 byte offsets, so the spans are exact by construction.
# ---------------------------------------------------------------------------------------------
S_OPEN, S_MID, S_CLOSE = "\ue000", "\ue001", "\ue002"
MARK_RE = re.compile(S_OPEN + r"([A-Z_]+)" + S_MID + r"([^" + S_OPEN + S_CLOSE + r"]*)" + S_CLOSE)


def m(label, value):
    assert label in LABELS, label
    assert value and value == value.strip(), repr(value)
    assert not any(c in value for c in (S_OPEN, S_MID, S_CLOSE))
    return f"{S_OPEN}{label}{S_MID}{value}{S_CLOSE}"


def P(v): return m("PERSON", v)
def E(v): return m("EMAIL", v)
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
def BT(v): return m("BTW_ID", v)
def KV(v): return m("KVK", v)


def render(marked):
    """marked text -> (plain text, spans with UTF-8 byte offsets)."""
    out, spans, nbytes, pos = [], [], 0, 0
    for mo in MARK_RE.finditer(marked):
        pre = marked[pos:mo.start()]
        out.append(pre)
        nbytes += len(pre.encode("utf-8"))
        val = mo.group(2)
        b = len(val.encode("utf-8"))
        spans.append({"start": nbytes, "end": nbytes + b, "label": mo.group(1)})
        out.append(val)
        nbytes += b
        pos = mo.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert not any(c in text for c in (S_OPEN, S_MID, S_CLOSE)), "markup left"
    return text, spans


def nb(s):
    """spaces -> no-break spaces (U+00A0)."""
    return s.replace(" ", "\u00a0")


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


# ---------------------------------------------------------------------------------------------
# the organisation (fictional): Vlierhoven Hotels & Parken B.V.
# ---------------------------------------------------------------------------------------------
ORG = {
    "names": ["Vlierhoven Hotels & Parken B.V.", "Vlierhoven Hotels & Parken", "Vlierhoven Hotels",
              "Vlierhoven", "Vlierhoven Reserveringen", "Vlierhoven Reservations", "Vlierhoven Gastenservice",
              "Vlierhoven Guest Relations", "Vlierhoven Gästeservice", "Vlierhoven Groepen & Events",
              "Hotel De Gouden Leeuw", "Landgoed Jan van Arkel", "Vakantiepark De Vlierhof",
              "Camping Het Zwanenmeer", "Strandhotel Anna Maria", "Ferienpark Am Reichswald",
              "Parkhotel Luise Henriette"],
    "domains": ["vlierhoven.example"],
    "phones": ["088 512 3400", "0575 208 140", "0183 740 250", "0111 652 090", "06 2381 4490",
               "+32 59 43 21 70", "+49 2821 99870"],
    "ibans": ["NL55RABO0312554890", "DE37324500000004471290", "BE56068912553088"],
    "addresses": ["Stationsplein 14, 3818 LE Amersfoort", "Postbus 1150, 3800 BD Amersfoort",
                  "Houtmarkt 9, 7201 KL Zutphen", "Arkelsedijk 40, 4206 AC Gorinchem",
                  "Zwanenmeerweg 3, 4328 RG Burgh-Haamstede", "Vlierhofweg 21, 3852 ZA Ermelo",
                  "Zeedijk 211, 8420 De Haan", "Reichswaldallee 5, 47533 Kleve"],
    "kvk": ["71248603"],
    "btw": ["NL861245702B01"],
    "handles": ["@VlierhovenHotels", "@vlierhoven_parken", "@VlierhovenDE", "@campinghetzwanenmeer"],
}
# written forms of the organisation's data that occur in the texts (never inside a span)
ORG_FORMS = [
    "088 512 3400", "088-5123400", "+31 88 512 3400", "0885123400",
    "0575 208 140", "0575-208140", "+31 575 208 140",
    "0183 740 250", "0183-740250",
    "0111 652 090", "0111-652090", "+31 111 652 090",
    "06 2381 4490", "06-23814490", "+31 6 2381 4490",
    "+32 59 43 21 70", "059 43 21 70",
    "+49 2821 99870", "02821 99870", "02821/99870",
    "NL55RABO0312554890", "NL55 RABO 0312 5548 90", "DE37324500000004471290", "DE37 3245 0000 0004 4712 90",
    "BE56068912553088", "BE56 0689 1255 3088",
    "Stationsplein 14", "3818 LE", "Postbus 1150", "3800 BD", "Houtmarkt 9", "7201 KL", "Arkelsedijk 40",
    "4206 AC", "Zwanenmeerweg 3", "4328 RG", "Vlierhofweg 21", "3852 ZA", "Zeedijk 211", "8420",
    "Reichswaldallee 5", "47533", "71248603", "NL861245702B01", "861245702",
] + ORG["names"] + ORG["handles"]

STAFF = {  # employees are persons (labelled)
    "femke": ("Femke", "Roelofsen"),      # reserveringen
    "bart": ("Bart", "Wassink"),          # front office manager Hotel De Gouden Leeuw
    "yasmina": ("Yasmina", "Ouali"),      # groepen & events
    "jolien": ("Jolien", "Verhaeghe"),    # weddings, Landgoed Jan van Arkel
    "ilse": ("Ilse", "Terpstra"),         # housekeeping / lost & found
    "thijs": ("Thijs", "Moonen"),         # guest relations / webcare
    "wim": ("Wim", "Brouwers"),           # campsite manager Het Zwanenmeer
    "sabine": ("Sabine", "Kortekamp"),    # Rezeption Ferienpark Am Reichswald
    "callum": ("Callum", "Reid"),         # group sales / revenue (English desk)
    "dennis": ("Dennis", "Hoogeveen"),    # night auditor
    "lore": ("Lore", "Vandevelde"),       # receptie Strandhotel Anna Maria (BE)
}

# ---------------------------------------------------------------------------------------------
# inline name / street lists written for this set (no Faker, no test-data package)
# ---------------------------------------------------------------------------------------------
NAMES = {
    "nl": {
        "f": ["Anouk", "Sanne", "Lotte", "Marieke", "Esmée", "Noëlle", "Renske", "Wendy", "Marloes", "Joyce",
              "Inge", "Carlijn", "Fleur", "Lieke", "Annemiek", "Tineke", "Hennie", "Gerda", "Loïs", "Maud",
              "Jorieke", "Bregje", "Evelien", "Mirjam", "Daniëlle", "Petra", "Janneke", "Nienke", "Sietske",
              "Willemijn"],
        "m": ["Ruud", "Jeroen", "Gert-Jan", "Pieter-Jan", "Maarten", "Wouter", "Sjoerd", "Koen", "Niels", "Teun",
              "Hidde", "Gijs", "Hylke", "Joost", "Rik", "Arjen", "Henk", "Bram", "Sven", "Ruben", "Jelmer",
              "Stefan", "Erwin", "Marcel", "Wessel", "Douwe"],
        "s": [("", "Oosterhuis"), ("van der", "Meulen"), ("de", "Graaf"), ("van 't", "Zandt"), ("", "Wijnberg"),
              ("ter", "Horst"), ("", "Kuipers"), ("", "Hofstede"), ("", "Scholten"), ("", "Veldkamp"),
              ("", "Stoelinga"), ("", "Nijhuis"), ("", "Kampman"), ("", "Brinkman"), ("", "Vermeulen"),
              ("", "Hoekstra"), ("de", "Kruijf"), ("", "Wolters"), ("", "Tiemens"), ("", "Rijkeboer"),
              ("", "Lankhorst"), ("", "Overdijk"), ("", "Gerritsen"), ("van", "Oorschot"), ("", "Dijkstra"),
              ("", "Bosma"), ("ten", "Cate"), ("", "Huisman"), ("", "Kramer"), ("", "Bleeker"), ("", "Verhoef"),
              ("", "Boonstra"), ("", "Lubbers"), ("van den", "Hoogen"), ("", "Zuidema"), ("", "Bouwhuis")],
    },
    "be": {
        "f": ["Lien", "Eline", "Griet", "Katrien", "Sofie", "Nathalie", "Hanne", "Ine", "Febe", "Marthe"],
        "m": ["Pieter", "Stijn", "Jens", "Lowie", "Jelle", "Wannes", "Bert", "Kobe", "Arne", "Jef"],
        "s": [("", "Van Damme"), ("", "De Smet"), ("", "Peeters"), ("", "Claes"), ("", "Goossens"), ("", "Maes"),
              ("", "Wuyts"), ("", "Vandenberghe"), ("", "De Clercq"), ("", "Verstraeten"), ("", "Van Acker"),
              ("", "Lambrechts"), ("", "Janssens"), ("", "Mertens")],
    },
    "de": {
        "f": ["Katharina", "Birgit", "Ute", "Jana", "Anja", "Heike", "Jutta", "Mareike", "Käthe", "Annegret",
              "Friederike", "Svenja", "Dörte"],
        "m": ["Jörg", "Matthias", "Uwe", "Tobias", "Henrik", "Lukas", "Dieter", "Björn", "Sönke", "Volker",
              "Jürgen", "Hendrik"],
        "s": [("", "Hüsgen"), ("", "Brockmann"), ("", "Terlinden"), ("", "Kösters"), ("", "Tenhagen"),
              ("", "Niehues"), ("", "Overbeck"), ("", "Wübbeling"), ("", "Rößner"), ("", "Kleinhans"),
              ("", "Dörtelmann"), ("", "Heckmann"), ("", "Lückenhaus"), ("", "Hülskamp"), ("", "Böckenholt"),
              ("", "Janßen"), ("", "Thelen"), ("", "Große-Brömmel"), ("", "Schürmann"), ("", "Verhülsdonk")],
    },
    "uk": {
        "f": ["Harriet", "Siobhan", "Chloe", "Imogen", "Niamh", "Rebecca", "Aoife", "Bethany", "Gemma", "Philippa"],
        "m": ["Oliver", "Declan", "Rhys", "Hamish", "Alistair", "Ciaran", "Gareth", "Toby", "Euan", "Dominic"],
        "s": [("", "Whitfield"), ("", "O'Donnell"), ("", "Pemberton"), ("", "Ashworth"), ("", "McAllister"),
              ("", "Thornton"), ("", "Hargreaves"), ("", "Okonkwo"), ("", "Fitzgerald"), ("", "Barraclough"),
              ("", "Kavanagh"), ("", "Llewellyn")],
    },
    "tr": {"f": ["Elif", "Zeynep", "Büşra", "Gülay", "Hatice"], "m": ["Emre", "Oğuz", "Burak", "Serkan", "Mehmet"],
           "s": [("", "Yıldız"), ("", "Aydın"), ("", "Çelik"), ("", "Doğan"), ("", "Şahin"), ("", "Öztürk"),
                 ("", "Arslan")]},
    "ma": {"f": ["Samira", "Nadia", "Fatima-Zahra", "Imane", "Houda"],
           "m": ["Youssef", "Karim", "Bilal", "Hamza", "Mourad"],
           "s": [("", "El Idrissi"), ("", "Bouzid"), ("", "Ait Oufkir"), ("", "Benali"), ("", "El Khatib"),
                 ("", "Aarab"), ("", "Ouazzani")]},
    "pl": {"f": ["Agnieszka", "Małgorzata", "Katarzyna"], "m": ["Paweł", "Tomasz", "Łukasz"],
           "s": [("", "Nowak"), ("", "Mazur"), ("", "Kaczmarek"), ("", "Wójcik"), ("", "Zając")]},
    "sr": {"f": ["Anjali", "Kavita", "Shanti"], "m": ["Ravi", "Dinesh", "Sunil"],
           "s": [("", "Ramdin"), ("", "Sewnarain"), ("", "Baldew"), ("", "Mahabier"), ("", "Jhinkoe")]},
}
PARTICLES = {"van", "der", "de", "den", "ten", "ter", "'t", "van't", "Van", "De", "El", "Ait", "t"}

NL_STREETS = ["Boterbloemstraat", "Zwanenbloemlaan", "Hazelaarhof", "Kievitsweide", "Laan van Ravensteijn",
              "Oude Rijnkade", "Klaverkamp", "Reigersbek", "Molenwiekpad", "Burg. van Roijensingel",
              "Dotterbloemweg", "Vossenakker", "Tjalkstraat", "Merelhof", "Pluimestraat", "Koekoeksdreef",
              "Leemkuil", "Korte Kalkhaven", "Esdoornplantsoen", "Ds. Piersonstraat"]
NL_ADDITIONS = ["", "", "", "", "a", "A", "b", "-2", "-II", " hs", "B-1", " bis", "-1"]
NL_CITIES = [  # city, first two postcode digits, area code
    ("Amsterdam", "10", "020"), ("Utrecht", "35", "030"), ("Zwolle", "80", "038"), ("Groningen", "97", "050"),
    ("Nijmegen", "65", "024"), ("Eindhoven", "56", "040"), ("Leiden", "23", "071"), ("Haarlem", "20", "023"),
    ("Apeldoorn", "73", "055"), ("Deventer", "74", "0570"), ("Breda", "48", "076"),
    ("'s-Hertogenbosch", "52", "073"), ("Enschede", "75", "053"), ("Amersfoort", "38", "033"),
    ("Alkmaar", "18", "072"), ("Delft", "26", "015"), ("Tilburg", "50", "013"), ("Leeuwarden", "89", "058"),
    ("Arnhem", "68", "026"), ("Hoorn", "16", "0229")]
BE_STREETS = ["Kapelstraat", "Boomgaardstraat", "Koolmijnlaan", "Lindendreef", "Steenweg op Mol", "Molenstraat",
              "Kerkdreef", "Veldstraat", "Pastorijstraat", "Heidebloemstraat"]
BE_CITIES = [("Antwerpen", "2018", "03"), ("Gent", "9000", "09"), ("Brugge", "8000", "050"), ("Hasselt", "3500", "011"),
             ("Leuven", "3000", "016"), ("Mechelen", "2800", "015"), ("Mol", "2400", "014"), ("Kortrijk", "8500", "056"),
             ("Genk", "3600", "089")]
DE_STREETS = ["Am Lindenhof", "Uedemer Straße", "Weseler Str.", "Grüner Weg", "Schlehenweg", "Holtkamp",
              "Im Dahlacker", "Tannenbusch", "Mühlenkamp", "Kastanienallee", "Hagebuttenweg"]
DE_CITIES = [("Kranenburg", "47559", "02826"), ("Goch", "47574", "02823"), ("Emmerich am Rhein", "46446", "02822"),
             ("Bocholt", "46397", "02871"), ("Gronau", "48599", "02562"), ("Düsseldorf", "40476", "0211"),
             ("Köln", "50823", "0221"), ("Essen", "45147", "0201"), ("Münster", "48153", "0251"),
             ("Wesel", "46483", "0281"), ("Duisburg", "47051", "0203")]
UK_STREETS = ["Larkspur Avenue", "Abbotsford Road", "Moorland Drive", "Weavers Row", "Beechwood Crescent",
              "Harrowgate Close", "Sandpiper Way", "Quarry Hill Road"]
UK_CITIES = [("Leeds", "LS6 4QD", "0113 496 0"), ("Bristol", "BS7 9NR", "0117 496 0"),
             ("Manchester", "M20 2XY", "0161 496 0"), ("Edinburgh", "EH10 5PJ", "0131 496 0"),
             ("Sheffield", "S11 8TB", "0114 496 0"), ("York", "YO31 8HE", "01632 960 "),
             ("London", "SE22 9QA", "020 7946 0")]

NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]

# ---------------------------------------------------------------------------------------------
# validators (checked against the reference's vectors in self_test)
# ---------------------------------------------------------------------------------------------


def elfproef(s):
    s = re.sub(r"[ .\-]", "", s)
    if not re.fullmatch(r"\d{8,9}", s):
        return False
    s = s.zfill(9)
    if int(s) == 0:
        return False
    d = [int(c) for c in s]
    return (sum((9 - i) * d[i] for i in range(8)) - d[8]) % 11 == 0


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "GB": 22, "FR": 27, "LU": 20}
IBAN_BBAN = {"NL": r"[A-Z]{4}\d{10}", "BE": r"\d{12}", "DE": r"\d{18}", "GB": r"[A-Z]{4}\d{14}",
             "FR": r"\d{10}[A-Z0-9]{11}\d{2}", "LU": r"\d{3}[A-Z0-9]{13}"}


def iban_valid(v):
    s = re.sub(r"[\s\u00a0]", "", v).upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc] or not re.fullmatch(IBAN_BBAN[cc], s[4:]):
        return False
    if cc == "BE":
        n10, ck = int(s[4:14]), int(s[14:16])
        if (n10 % 97 or 97) != ck:
            return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_make(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{cc}{98 - n % 97:02d}{bban}"


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def luhn(s):
    d = [int(c) for c in re.sub(r"\D", "", s)][::-1]
    tot = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def card_valid(v):
    s = re.sub(r"[ \-\u00a0]", "", v)
    if not s.isdigit() or not luhn(s):
        return False
    if s[0] == "4":
        return len(s) in (13, 16, 19)
    if 51 <= int(s[:2]) <= 55 or 2221 <= int(s[:4]) <= 2720:
        return len(s) == 16
    if s[:2] in ("34", "37"):
        return len(s) == 15
    return False


def btw_mod97(v):
    s = re.sub(r"[ .\-]", "", v).upper()
    if not re.fullmatch(r"NL\d{9}B\d{2}", s):
        return False
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def btw_id_valid(v):  # new style btw-id: mod 97, 9 digits NOT elfproef-valid
    s = re.sub(r"[ .\-]", "", v).upper()
    return btw_mod97(s) and not elfproef(s[2:11]) and s[-2:] != "00"


def ob_valid(v):  # old omzetbelastingnummer: NL + BSN/RSIN + B + 2 digits
    s = re.sub(r"[ .\-]", "", v).upper()
    return bool(re.fullmatch(r"(NL)?\d{9}B\d\d", s)) and elfproef(s[-12:-3]) and s[-2:] != "00"


def postcode_nl(v):
    s = v.upper().replace("NL-", "")
    mo = re.fullmatch(r"([1-9]\d{3}) ?([A-Z]{2})", s)
    return bool(mo) and mo.group(2) not in ("SA", "SD", "SS")


def postcode_valid(v):
    return (postcode_nl(v) or bool(re.fullmatch(r"[1-9]\d{3}", v)) or bool(re.fullmatch(r"\d{5}", v))
            or bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", v)))


NL_AREA = {"0111", "010", "013", "015", "020", "023", "024", "026", "030", "033", "035", "038", "040", "043", "045", "046",
           "050", "053", "055", "058", "070", "071", "072", "073", "076", "077", "078", "079",
           "0111", "0113", "0114", "0115", "0118", "0183", "0229", "0341", "0342", "0570", "0575", "0577"}
DE_AREA = {"02821", "02826", "02823", "02822", "02871", "02562", "0211", "0221", "0201", "0251", "0281", "0203"}


def phone_nl(n):  # national form, digits only, leading 0
    if re.fullmatch(r"06[1-58]\d{7}|08[58]\d{7}|091\d{7}", n):
        return True
    if len(n) != 10:
        return False
    for k in (3, 4):
        if n[:k] in NL_AREA and n[k] in "123456789":
            return True
    return False


def phone_be(n):
    return bool(re.fullmatch(r"04[5-9]\d{7}", n) or re.fullmatch(r"0[23][2-8]\d{6}", n)
                or re.fullmatch(r"09[2-4]\d{6}", n) or re.fullmatch(r"0(50|59|11|16|15|14|56|89)\d{6}", n))


def phone_de(n):
    if re.fullmatch(r"015[1-9]\d{8}|016[0-3]\d{7,8}|017\d\d{7,8}", n):
        return True
    for a in DE_AREA:
        if n.startswith(a) and 5 <= len(n) - len(a) <= 8 and n[len(a)] != "0":
            return True
    return False


def phone_uk(n):
    return bool(re.fullmatch(r"07700900\d{3}|0(113|114|117|131|161)4960\d{3}|02079460\d{3}|01632960\d{3}", n))


def phone_parse(v):
    """-> (country, national digits) or None."""
    s = v.replace("\u00a0", " ")
    s = s.replace("(0)", "")
    s = re.sub(r"[ \-./()]", "", s)
    for pre, cc in (("+31", "NL"), ("0031", "NL"), ("+32", "BE"), ("0032", "BE"), ("+49", "DE"), ("0049", "DE"),
                    ("+44", "UK"), ("0044", "UK")):
        if s.startswith(pre):
            return cc, "0" + s[len(pre):]
    if re.fullmatch(r"0\d+", s):
        return "?", s
    return None


def phone_valid(v):
    p = phone_parse(v)
    if not p:
        return False
    cc, n = p
    if not n.isdigit():
        return False
    checks = {"NL": [phone_nl], "BE": [phone_be], "DE": [phone_de], "UK": [phone_uk],
              "?": [phone_nl, phone_be, phone_de, phone_uk]}[cc]
    return any(f(n) for f in checks)


NL_DOC_RE = re.compile(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]")
DE_DOC_RE = re.compile(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}")


def doc_valid(v):
    s = v.replace(" ", "")
    return bool(NL_DOC_RE.fullmatch(s) or DE_DOC_RE.fullmatch(s) or re.fullmatch(r"\d{9}", s)
                or re.fullmatch(r"(I|II|III|IV|V)-V[A-NP-Z1-9]{8}", s))


KENTEKEN_TEMPLATES = {1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX",
                      7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX",
                      13: "9-XX-999", 14: "999-XX-9"}
KENTEKEN_SIDECODES = {k: v.replace("X", "[A-Z]").replace("9", r"\d") for k, v in KENTEKEN_TEMPLATES.items()}
MODERN_LETTERS = "BDFGHJKLNPRSTVXZ"
BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS"]
BANNED8 = ["KVT", "VVD"]
BANNED13 = ["SP"]


def kenteken_sidecode(v):
    s = v.upper().replace(" ", "-")
    for sc, pat in KENTEKEN_SIDECODES.items():
        if re.fullmatch(pat, s):
            return sc
    return 0


def kenteken_norm(v):
    """-> hyphenated upper-case form, also for compact ('GBB12X') and spaced ('GB 12 DF') writing."""
    s = v.upper().replace(" ", "-")
    if "-" in s:
        return s
    for tpl in KENTEKEN_TEMPLATES.values():
        flat = tpl.replace("-", "")
        if len(flat) == len(s) and all((c == "X") == ch.isalpha() for c, ch in zip(flat, s)):
            out, i = "", 0
            for c in tpl:
                if c == "-":
                    out += "-"
                else:
                    out += s[i]
                    i += 1
            return out
    return s


def kenteken_valid(v):
    s = kenteken_norm(v)
    sc = kenteken_sidecode(s)
    if not sc:
        return False
    letters = "".join(re.findall(r"[A-Z]+", s))
    groups = re.findall(r"[A-Z]+", s)
    if sc >= 4 and any(c not in MODERN_LETTERS for c in letters):
        return False
    bad = BANNED + (BANNED8 if sc >= 8 else []) + (BANNED13 if sc >= 13 else [])
    return not any(b in g for g in groups for b in bad)


DE_DISTRICTS = ["KLE", "BOR", "WES", "D", "K", "E", "MS", "DU", "BOH", "COE", "ST"]


def de_plate_valid(v):
    mo = re.fullmatch(r"([A-ZÄÖÜ]{1,3})[- ]([A-Z]{1,2}) (\d{1,4})", v)
    return bool(mo) and mo.group(1) in DE_DISTRICTS and mo.group(3)[0] != "0"


def be_plate_valid(v):
    return bool(re.fullmatch(r"[12]-[A-Z]{3}-\d{3}", v))


def plate_valid(v):
    return kenteken_valid(v) or de_plate_valid(v) or be_plate_valid(v)


EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
                      r"[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")


def parse_date(v):
    """-> datetime.date or None; accepts the birth-date forms used in this set."""
    v = v.replace("\u00a0", " ").strip()
    pats = [(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", "dmy"), (r"(\d{4})-(\d{2})-(\d{2})", "ymd"),
            (r"(\d{1,2})-(\d{1,2})-'(\d{2})", "dmy2")]
    for pat, kind in pats:
        mo = re.fullmatch(pat, v)
        if mo:
            a, b, c = (int(x) for x in mo.groups())
            if kind == "ymd":
                y, mth, d = a, b, c
            elif kind == "dmy2":
                d, mth, y = a, b, 1900 + c
            else:
                d, mth, y = a, b, c
            try:
                return dt.date(y, mth, d)
            except ValueError:
                return None
    mo = re.fullmatch(r"(\d{1,2})\.? ([A-Za-zäé]+)\.? (\d{4})", v)
    if mo:
        name = mo.group(2).lower()
        for lst in (NL_MONTHS, EN_MONTHS, DE_MONTHS):
            for i, mn in enumerate(lst):
                if mn.lower() == name or (len(name) >= 3 and mn.lower().startswith(name)):
                    try:
                        return dt.date(int(mo.group(3)), i + 1, int(mo.group(1)))
                    except ValueError:
                        return None
    mo = re.fullmatch(r"([A-Za-z]+) (\d{1,2}),? (\d{4})", v)
    if mo:
        for i, mn in enumerate(EN_MONTHS):
            if mn.lower().startswith(mo.group(1).lower()):
                try:
                    return dt.date(int(mo.group(3)), i + 1, int(mo.group(2)))
                except ValueError:
                    return None
    return None


def dob_valid(v):
    d = parse_date(v)
    return bool(d) and dt.date(1900, 1, 1) <= d <= dt.date(2025, 12, 31)


def ip_public(v):
    try:
        return ipaddress.ip_address(v).is_global
    except ValueError:
        return False


ADDRESS_RE = re.compile(
    r"(Flat \d+, )?\d{1,4} [A-Z][A-Za-z' ]+|"                                     # UK: 27 Larkspur Avenue
    r"[A-ZÄÖÜ'][\w.' \-äöüßéë]*?[ ]\d{1,5}([a-zA-Z]|-\d|-II|-III| hs| bis|B-1| bus \d|/\d)?|"   # NL/BE/DE
    r"Postbus \d{1,5}")


def address_valid(v):
    return bool(ADDRESS_RE.fullmatch(v) or ADDRESS_RE.fullmatch(v[0].upper() + v[1:]))


TITLE_WORDS = {"dhr", "dhr.", "mevr", "mevr.", "mw.", "meneer", "mevrouw", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
               "herr", "frau", "familie", "fam.", "fam", "dr.", "dr", "de heer"}


def person_valid(v):
    if not re.fullmatch(r"[\w'.,\- ]+", v):
        return False
    first = v.split()[0].lower()
    return first not in TITLE_WORDS and (not v.endswith(".") or bool(re.search(r"\b[A-Z]\.$", v)))


def kvk_valid(v):
    return bool(re.fullmatch(r"\d{8}", v.replace(" ", "").replace(".", "")))


VALID = {"PERSON": person_valid, "EMAIL": lambda v: bool(EMAIL_RE.fullmatch(v)), "PHONE": phone_valid,
         "IBAN": iban_valid, "BSN": lambda v: elfproef(v) or ob_valid(v), "ADDRESS": address_valid,
         "POSTCODE": postcode_valid, "CREDIT_CARD": card_valid, "IP_ADDRESS": ip_public,
         "DATE_OF_BIRTH": dob_valid, "ID_DOCUMENT": doc_valid, "LICENSE_PLATE": plate_valid,
         "BTW_ID": btw_id_valid, "KVK": kvk_valid}

# ---------------------------------------------------------------------------------------------
# synthetic value generators
# ---------------------------------------------------------------------------------------------


class Person:
    def __init__(self, first, tv, last, sex, origin):
        self.first, self.tv, self.last, self.sex, self.origin = first, tv, last, sex, origin

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.tv, self.last) if x)

    @property
    def sur(self):  # surname standing alone (Dutch: tussenvoegsel capitalised)
        if self.tv:
            return self.tv[0].upper() + self.tv[1:] + " " + self.last
        return self.last

    @property
    def sur_lc(self):  # surname as part of a full name
        return f"{self.tv} {self.last}" if self.tv else self.last

    @property
    def ini(self):
        return ".".join(p[0] for p in self.first.split("-")) + "."

    @property
    def ini_sur(self):
        return f"{self.ini} {self.sur_lc}"

    @property
    def sur_given(self):  # 'Surname, Given' form field
        return f"{self.last}, {self.first} {self.tv}".strip() if self.tv else f"{self.last}, {self.first}"

    def tokens(self):
        return [t for t in re.split(r"[ \-]", self.full) if t and t not in PARTICLES and len(t) > 1]


def staff(key):
    f, s = STAFF[key]
    return Person(f, "", s, "?", "staff")


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Gen:
    """per-instance generator: one RNG, no name or value used twice inside one message."""

    def __init__(self, key):
        self.r = random.Random(f"{SEED}:{key}")
        self.used = set()

    # -- generic
    def pick(self, seq):
        return self.r.choice(seq)

    def digits(self, n, first="0123456789"):
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    def uniq(self, fn):
        for _ in range(200):
            v = fn()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("no unique value")

    # -- persons
    def person(self, origin="nl", sex=None, surname=None):
        lst = NAMES[origin]
        sex = sex or self.r.choice("fm")
        first = self.uniq(lambda: self.r.choice(lst[sex]))
        if surname is not None:
            tv, last = surname
        else:
            tv, last = self.uniq(lambda: self.r.choice(lst["s"]))
        return Person(first, tv, last, sex, origin)

    def nl_resident(self, sex=None):
        origin = self.r.choice(["nl", "nl", "nl", "nl", "tr", "ma", "sr", "pl"])
        return self.person(origin, sex)

    def family(self, p, n_children, origin=None):
        """children of p (same surname)."""
        return [self.person(origin or p.origin, surname=(p.tv, p.last)) for _ in range(n_children)]

    # -- contact data
    def email(self, p, domains=("hotmail.com", "gmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl")):
        f = ascii_fold(p.first).lower()
        l = ascii_fold(p.sur_lc).lower().replace(" ", "")
        style = self.r.randrange(6)
        local = [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{self.r.randrange(60, 99)}", f"{l}.{f}",
                 f"{f}_{l}", f"{f}{self.r.choice(['', '.'])}{l[:3]}{self.r.randrange(1, 30)}"][style]
        return f"{local}@{self.r.choice(domains)}"

    def nl_mobile(self, style=None):
        d = self.uniq(lambda: "6" + self.r.choice("123458") + self.digits(7))
        a = "0" + d
        styles = [f"{a[:2]}-{a[2:]}", f"{a[:2]} {a[2:]}", f"{a[:2]} {a[2:6]} {a[6:]}", a,
                  f"+31 6 {d[1:]}", f"+31 (0)6 {d[1:5]} {d[5:]}", f"+316{d[1:]}",
                  f"{a[:2]}-{a[2:4]} {a[4:6]} {a[6:8]} {a[8:]}", f"0031 6 {d[1:5]} {d[5:]}"]
        return styles[style if style is not None else self.r.randrange(len(styles))]

    def nl_landline(self, area):
        n = 10 - len(area)
        sub = self.uniq(lambda: self.digits(n, "2345789"))
        if len(area) == 3:
            return self.r.choice([f"{area}-{sub}", f"{area} {sub[:3]} {sub[3:]}", f"({area}) {sub[:3]} {sub[3:5]} {sub[5:]}",
                                  f"+31 {area[1:]} {sub[:3]} {sub[3:]}"])
        return self.r.choice([f"{area}-{sub}", f"{area} {sub[:2]} {sub[2:4]} {sub[4:]}", f"{area} {sub}",
                              f"+31 {area[1:]} {sub}"])

    def be_mobile(self, style=None):
        d = self.uniq(lambda: "4" + self.r.choice("789") + self.digits(7))
        styles = [f"0{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+32 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"0{d[:3]}/{d[3:5]}.{d[5:7]}.{d[7:]}",
                  f"0{d}"]
        return styles[style if style is not None else self.r.randrange(len(styles))]

    def be_landline(self, zone):
        if zone in ("03", "02"):
            sub = self.digits(7, "2345678")
            return f"{zone} {sub[:3]} {sub[3:5]} {sub[5:]}"
        if zone == "09":
            sub = self.digits(7, "234")
            return f"{zone} {sub[:3]} {sub[3:5]} {sub[5:]}"
        sub = self.digits(6, "2345678")
        return f"{zone} {sub[:2]} {sub[2:4]} {sub[4:]}"

    def de_mobile(self, style=None):
        pre = self.r.choice(["151", "160", "171", "176"])
        n = {"151": 8, "160": 7, "171": 7, "176": 8}[pre]
        sub = self.uniq(lambda: self.digits(n, "123456789"))
        styles = [f"0{pre} {sub}", f"0{pre}-{sub}", f"+49 {pre} {sub}", f"+49 (0){pre} {sub}", f"0{pre}/{sub}",
                  f"0049 {pre} {sub}"]
        return styles[style if style is not None else self.r.randrange(len(styles))]

    def de_landline(self, area):
        n = self.r.choice([6, 7]) if len(area) == 5 else 7
        sub = self.uniq(lambda: self.digits(n, "2345789"))
        return self.r.choice([f"{area} {sub}", f"{area}/{sub}", f"{area}-{sub}", f"+49 {area[1:]} {sub}"])

    def uk_mobile(self, style=None):
        sub = self.uniq(lambda: self.digits(3))
        styles = [f"07700 900{sub}", f"+44 7700 900{sub}", f"+44 (0)7700 900 {sub}", f"07700900{sub}"]
        return styles[style if style is not None else self.r.randrange(len(styles))]

    def uk_landline(self, prefix):
        return prefix + self.uniq(lambda: self.digits(3))

    # -- bank / cards / ids
    def iban_nl(self, bank=None, spaced=None):
        bank = bank or self.r.choice(["RABO", "INGB", "ABNA", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB", "RBRB"])
        v = iban_make("NL", bank + self.digits(10, "0123456789"))
        return self._space(v, spaced)

    def iban_be(self, spaced=None):
        b = self.digits(10, "0123456789")
        bb = b + f"{(int(b) % 97) or 97:02d}"
        return self._space(iban_make("BE", bb), spaced)

    def iban_de(self, spaced=None):
        return self._space(iban_make("DE", self.digits(8, "1234567") + self.digits(10)), spaced)

    def iban_gb(self, spaced=None):
        bank = self.r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"])
        return self._space(iban_make("GB", bank + self.digits(6) + self.digits(8)), spaced)

    def _space(self, v, spaced):
        if spaced is None:
            spaced = self.r.random() < 0.6
        return group4(v) if spaced else v

    def bsn(self, style=0):
        while True:
            s = self.digits(9, "123456789")
            if elfproef(s):
                break
        return [s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"][style]

    def elf_ref(self):  # 9-digit number passing the elfproef, used as a reference (never labelled)
        while True:
            s = self.digits(9, "23456789")
            if elfproef(s):
                return s

    def non_elf(self, n=9):
        while True:
            s = self.digits(n, "123456789")
            if n != 9 or not elfproef(s):
                return s

    def card(self, brand="visa", style=0):
        if brand == "visa":
            body = "4" + self.digits(14)
        elif brand == "mc":
            body = self.r.choice(["51", "52", "53", "54", "55"]) + self.digits(13)
        elif brand == "mc2":
            body = str(self.r.randint(2221, 2720)) + self.digits(11)
        else:  # amex
            body = self.r.choice(["34", "37"]) + self.digits(12)
        for c in "0123456789":
            if luhn(body + c):
                s = body + c
                break
        if len(s) == 15:
            return [f"{s[:4]} {s[4:10]} {s[10:]}", s][style % 2]
        return [f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}", f"{s[:4]}-{s[4:8]}-{s[8:12]}-{s[12:]}", s][style % 3]

    def nl_doc(self, kind="passport"):
        L = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
        mid = "ABCDEFGHJKLMNPRSTUVWXYZ123456789"
        first = "N" if kind == "passport" else "I"
        return first + self.r.choice(L) + "".join(self.r.choice(mid) for _ in range(6)) + self.r.choice("123456789")

    def de_ausweis(self, passport=False):
        A = "CFGHJKLMNPRTVWXYZ0123456789"
        first = "C" if passport else self.r.choice("LMNPRTVWXY")
        return first + "".join(self.r.choice(A) for _ in range(8))

    def uk_passport(self):
        return self.digits(9, "15")

    def kenteken(self, sc=None):
        sc = sc or self.r.choice([4, 5, 6, 7, 8, 9, 10, 11, 12])
        tpl = KENTEKEN_TEMPLATES[sc]
        while True:
            out = "".join(self.r.choice(MODERN_LETTERS) if c == "X" else self.r.choice("123456789") if c == "9" else c
                          for c in tpl)
            if kenteken_valid(out):
                return out

    def de_plate(self, district=None):
        d = district or self.r.choice(["KLE", "BOR", "WES", "D", "MS", "DU", "E"])
        letters = "".join(self.r.choice("ABCDEFGHKLMNPRSTVWXZ") for _ in range(self.r.choice([1, 2])))
        return f"{d}-{letters} {self.digits(self.r.choice([2, 3, 4]), '123456789')}"

    def be_plate(self):
        return f"{self.r.choice('12')}-{''.join(self.r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}-{self.digits(3)}"

    def btw_id(self):
        while True:
            d9 = self.digits(9, "0123456789")
            if elfproef(d9):
                continue
            for cd in range(1, 100):
                v = f"NL{d9}B{cd:02d}"
                if btw_mod97(v):
                    return v

    def kvk(self):
        return self.digits(8, "3456789")

    def ipv4(self):
        while True:
            v = ".".join(str(self.r.randint(1, 254)) for _ in range(4))
            if ip_public(v) and not v.startswith(("100.", "0.")):
                return v

    def ipv6(self):
        while True:
            g = [self.r.choice(["2a02", "2001", "2a01", "2a10"]), f"{self.r.randint(0x1000, 0xffff):x}",
                 f"{self.r.randint(0x100, 0xffff):x}", f"{self.r.randint(0, 0xff):x}"]
            v = ":".join(g) + "::" + f"{self.r.randint(0x10, 0xffff):x}"
            if ip_public(v) and not v.startswith("2001:db8"):
                return v

    # -- places
    def nl_pc(self, prefix=None, compact=False):
        prefix = prefix or str(self.r.randint(10, 99))
        while True:
            pc = prefix + self.digits(2) + " " + "".join(self.r.choice("ABCDEFGHJKLMNPRSTVWXZ") for _ in range(2))
            if postcode_nl(pc) and pc[5:] not in ("MB", "KB", "GB", "KM", "PK", "TB"):
                return pc.replace(" ", "") if compact else pc

    def nl_addr(self):
        city, pre, area = self.r.choice(NL_CITIES)
        street = self.r.choice(NL_STREETS)
        return f"{street} {self.r.randint(1, 180)}{self.r.choice(NL_ADDITIONS)}", self.nl_pc(pre), city, area

    def be_addr(self):
        city, pc, zone = self.r.choice(BE_CITIES)
        street = self.r.choice(BE_STREETS)
        add = self.r.choice(["", "", " bus 2", " bus 11", "/3"])
        return f"{street} {self.r.randint(1, 140)}{add}", pc, city, zone

    def de_addr(self):
        city, pc, area = self.r.choice(DE_CITIES)
        street = self.r.choice(DE_STREETS)
        return f"{street} {self.r.randint(1, 120)}{self.r.choice(['', '', 'a', 'b'])}", pc, city, area

    def uk_addr(self):
        city, pc, tel = self.r.choice(UK_CITIES)
        street = self.r.choice(UK_STREETS)
        num = self.r.randint(2, 140)
        a = f"{num} {street}" if self.r.random() < 0.7 else f"Flat {self.r.randint(1, 9)}, {num} {street}"
        return a, pc, city, tel

    # -- dates
    def date(self, y0, y1):
        return dt.date(y0, 1, 1) + dt.timedelta(days=self.r.randrange((dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))

    def summer(self, year=2025, nights=None):
        a = dt.date(year, 4, 1) + dt.timedelta(days=self.r.randrange(170))
        return a, a + dt.timedelta(days=nights or self.r.randint(2, 14))

    def stay(self, year=2025, nights=None):
        a = self.date(year, year)
        return a, a + dt.timedelta(days=nights or self.r.randint(1, 10))


def D(d, style):
    return {
        "nl": f"{d.day:02d}-{d.month:02d}-{d.year}", "nl1": f"{d.day}-{d.month}-{d.year}",
        "slash": f"{d.day:02d}/{d.month:02d}/{d.year}", "nlw": f"{d.day} {NL_MONTHS[d.month - 1]} {d.year}",
        "iso": d.isoformat(), "enw": f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
        "us": f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}", "de": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "de1": f"{d.day}.{d.month}.{d.year}", "dew": f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year}",
        "nl2": f"{d.day:02d}-{d.month:02d}-'{d.year % 100:02d}",
        "dm": f"{d.day}/{d.month}", "ddm": f"{d.day:02d}-{d.month:02d}", "dedm": f"{d.day:02d}.{d.month:02d}.",
        "nldm": f"{d.day} {NL_MONTHS[d.month - 1]}", "endm": f"{d.day} {EN_MONTHS[d.month - 1]}",
        "dedmw": f"{d.day}. {DE_MONTHS[d.month - 1]}",
    }[style]


def eur(x, style="nl"):
    ent, cent = divmod(round(x * 100), 100)
    if style == "nl":
        return f"€ {ent:,}".replace(",", ".") + f",{cent:02d}"
    if style == "en":
        return f"€{ent:,}.{cent:02d}"
    return f"{ent:,}".replace(",", ".") + f",{cent:02d} €"


def resnr(g):
    return f"VH-{g.r.randint(24, 26)}-{g.digits(6)}"


def be_vat(g):  # Belgian VAT number (not one of the 14 labels; never labelled)
    n8 = "0" + g.digits(7, "3456789")
    return f"BE{n8}{97 - int(n8) % 97:02d}"


def be_vat_valid(v):
    mo = re.fullmatch(r"BE(\d{8})(\d{2})", v)
    return bool(mo) and 97 - int(mo.group(1)) % 97 == int(mo.group(2))


def de_vat(g):  # German USt-IdNr. (ISO 7064 MOD 11,10; not one of the 14 labels; never labelled)
    while True:
        body = g.digits(8, "123456789")
        p = 10
        for c in body:
            s = (int(c) + p) % 10 or 10
            p = (2 * s) % 11
        ck = (11 - p) % 10
        return f"DE{body}{ck}"


def de_vat_valid(v):
    mo = re.fullmatch(r"DE(\d{9})", v)
    if not mo:
        return False
    p = 10
    for c in mo.group(1)[:-1]:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    return (11 - p) % 10 == int(mo.group(1)[-1])


def booking_conf(g):
    return g.digits(10, "2345")


# ---------------------------------------------------------------------------------------------
# scenarios: each function is run twice (k = 0, 1) and returns marked text
# ---------------------------------------------------------------------------------------------
SCENARIOS = []


def scen(lang, pii):
    def deco(fn):
        SCENARIOS.append((lang, pii, fn))
        return fn
    return deco


def pad(marked, n):
    vis = MARK_RE.sub(lambda mo: mo.group(2), marked)
    return marked + " " * max(1, n - len(vis))


def lc(s):
    return s.lower()


# ============================================ NL ==============================================


@scen("nl", True)
def nl_nachtregister(g, k):
    a, d = g.stay(2025, g.r.randint(1, 4))
    if k == 0:
        p = g.person("de")
        q = g.person("de", sex="f" if p.sex == "m" else "m", surname=(p.tv, p.last))
        st, pc, city, _ = g.de_addr()
        bart = staff("bart")
        return f"""NACHTREGISTER — Hotel De Gouden Leeuw, Zutphen
Kamer: {g.r.randint(101, 128)}      Aankomst: {D(a, 'nl')}   Vertrek: {D(d, 'nl')}
Reservering: {resnr(g)}   Tarief: Logies & ontbijt

Achternaam:      {P(p.last)}
Voornamen:       {P(p.first)}
Geboortedatum:   {DOB(D(g.date(1952, 1990), 'nl'))}
Nationaliteit:   Duits
Soort document:  Personalausweis
Documentnummer:  {ID(g.de_ausweis())}
Woonadres:       {AD(st)}, {PC(pc)} {city} (D)
Medereiziger:    {P(q.first)} (echtgenote), zelfde adres

Parkeren: garage P1, sleutelkaart 2x, ontbijt 07:00–10:30.
Ingevoerd door: {P(bart.first)} (FO) — legitimatie gezien ✓"""
    p = g.person("nl")
    q = g.person("nl", sex="f" if p.sex == "m" else "m")
    st, pc, city, _ = g.nl_addr()
    return f"""Goedemiddag,

Jullie vroegen om alvast de gegevens voor het nachtregister door te geven, dus bij deze (reservering {resnr(g)}, aankomst {D(a, 'nldm')}):

1. {P(p.full)}, geboren {DOB(D(g.date(1958, 1996), g.pick(['nl', 'nl1', 'nlw'])))}, Nederlandse, paspoort {ID(g.nl_doc())}
2. {P(q.full)}, geboren {DOB(D(g.date(1958, 1996), g.pick(['nl', 'slash'])))}, Nederlandse, ID-kaart {ID(g.nl_doc('id'))}

Adres: {AD(st)}, {PC(pc)} {city}

We komen rond 17.00 uur. Kunnen we de fietsen ergens binnen zetten?

Met vriendelijke groet,
{P(p.full)}"""


@scen("nl", True)
def nl_rooming_list(g, k):
    if k == 0:
        lead = g.nl_resident()
        rows = []
        lodges = g.r.sample(["Grutto", "Kievit", "Tureluur", "Scholekster", "Lepelaar", "Wulp"], 4)
        for i, lodge in enumerate(lodges):
            ad = g.person("nl")
            kid = g.person("nl", surname=(ad.tv, ad.last))
            note = g.pick(["", "glutenvrij", "", "geen varkensvlees", "kinderbedje"])
            rows.append(f"| {P(ad.full)} | — | {lodge} | {note} |")
            rows.append(f"| {P(kid.full)} | {DOB(D(g.date(2013, 2022), 'nl'))} | {lodge} | kind |")
        table = "\n".join(rows)
        return f"""Hoi {P(staff('yasmina').first)},

Hierbij de indeling voor het korenweekend van Gemengd Koor Cantabile (groepscode GRP-CANT-{g.digits(4)}), 19 t/m 21 september op Vakantiepark De Vlierhof. Geboortedata alleen van de kinderen, voor de kinderkorting.

| Naam | Geb.datum | Lodge | Opm. |
|---|---|---|---|
{table}

Aanbetaling (30%) volgt deze week. Kun je bevestigen dat lodge Grutto en Kievit naast elkaar liggen?

Groet,
{P(lead.full)}
secretaris Cantabile
{PH(g.nl_mobile())}"""
    teacher = g.nl_resident()
    lines = ["Kamer\tAchternaam\tVoornaam\tGeboortedatum\tOpmerking"]
    for room in (11, 11, 12, 12, 14):
        s = g.person(g.pick(["nl", "nl", "tr", "ma", "pl"]))
        lines.append(f"{room}\t{P(s.sur)}\t{P(s.first)}\t{DOB(D(g.date(2013, 2014), 'nl'))}\t{g.pick(['', 'vegetarisch', '', 'notenallergie'])}")
    table = "\n".join(lines)
    return crlf(f"""Beste mevrouw, meneer,

Zoals afgesproken de kamerindeling voor het schoolkamp van groep 8 (boeking {resnr(g)}). Alle leerlingen zijn jonger dan 13 jaar, dus ik ga uit van het groepstarief kinderen.

{table}

Begeleiders slapen in kamer 15 en 16. De lijst met allergieën gaat ook naar de keuken.

Met vriendelijke groet,

{P(teacher.ini_sur)}
leerkracht groep 8, OBS De Regenboog""")


@scen("nl", True)
def nl_refund_iban(g, k):
    p = g.nl_resident()
    if k == 0:
        p = g.person("be")
        return f"""Onderwerp: Annulatie {resnr(g)} – terugbetaling voorschot

Beste,

Helaas moeten wij ons verblijf in Strandhotel Anna Maria (aankomst {D(g.date(2025, 2025), 'slash')}) annuleren. Volgens de voorwaarden krijgen we het voorschot van {eur(g.r.randint(120, 480))} terug omdat we meer dan 30 dagen op voorhand annuleren.

Mag het bedrag teruggestort worden op {IB(g.iban_be())} op naam van {P(p.ini_sur)}?

Bij vragen ben ik bereikbaar op {PH(g.be_mobile())}.

Met vriendelijke groeten,
{P(p.full)}"""
    f = staff("femke")
    ib = g.iban_nl(spaced=False).lower()
    return f"""Chat vlierhoven.example — gesprek #{g.digits(6)}
[14:02] Bezoeker: hoi, wij hebben vorige week te veel betaald voor de lodge, 2x de borg afgeschreven
[14:03] {P(f.first)} (Reserveringen): Hallo! Dat zoek ik voor je uit. Wat is je reserveringsnummer?
[14:03] Bezoeker: {resnr(g)}
[14:05] {P(f.first)} (Reserveringen): Klopt, ik zie twee keer {eur(150)}. Op welke rekening mogen we het terugstorten?
[14:06] Bezoeker: {IB(ib)} op naam van {P(lc(p.full))}
[14:06] Bezoeker: sorry, hoofdletters vergeten haha
[14:07] {P(f.first)} (Reserveringen): Geen probleem 😊 Je ontvangt het binnen 5 werkdagen."""


@scen("nl", True)
def nl_card_sent(g, k):
    p = g.nl_resident()
    if k == 0:
        return f"""Hallo,

In de bevestiging staat dat ik nog een creditcard als garantie moet doorgeven voor de late aankomst. Dat lukte niet via de link (foutmelding), dus dan maar zo:

{g.pick(['Mastercard', 'MasterCard'])} {CC(g.card(g.pick(['mc', 'mc2']), g.r.randrange(3)))}
geldig t/m {g.r.randint(1, 12):02d}/{g.r.randint(26, 29)}
op naam van {P(p.ini_sur.upper())}

Reservering {resnr(g)}, kamer met bad graag.

gr {P(p.first)}"""
    f = staff("femke")
    em = g.email(p)
    card = g.card("visa", 0)
    a, _ = g.stay()
    return f"""Geachte {'heer' if p.sex == 'm' else 'mevrouw'} {P(p.sur)},

U stuurde ons gisteren uw volledige creditcardnummer per e-mail. Voor uw veiligheid hebben wij dat bericht uit onze mailbox verwijderd en het nummer niet opgeslagen. U kunt de garantie veilig doorgeven via de betaallink in uw bevestiging; de kaart eindigend op {card[-4:]} hoeft u niet opnieuw te mailen.

Met vriendelijke groet,
{P(f.full)}
Vlierhoven Reserveringen | 088 512 3400

> Op {D(a - dt.timedelta(days=20), 'nl1')} om 21:14 schreef {P(p.full)} <{E(em)}>:
> Hierbij mijn visa voor de garantie: {CC(card)}, exp {g.r.randint(1, 12):02d}/{g.r.randint(26, 29)}
> Groet, {P(p.first)}"""


@scen("nl", True)
def nl_kenteken_parking(g, k):
    p = g.nl_resident()
    if k == 0:
        kt = g.kenteken(g.pick([7, 8, 9, 10, 11]))
        return f"""Goedemorgen,

Wij staan van 4 t/m 18 juli op plaats {g.r.randint(100, 160)} (boeking {resnr(g)}). Voor de slagboom willen jullie het kenteken weten: {LP(kt)} (grijze Skoda met fietsendrager).
Mijn schoonouders komen het tweede weekend op bezoek, die rijden in een auto met kenteken {LP(g.kenteken(g.pick([4, 5, 6])).replace('-', ''))}. Kunnen die een dagpas krijgen?

Groet,
{P(p.full)}
{PH(g.nl_mobile())}"""
    be = g.person("be")
    return f"""Hallo,

Wij logeren volgend weekend met twee gezinnen in Hotel De Gouden Leeuw en willen de parkeergarage reserveren voor 2 auto's.
- onze wagen: nummerplaat {LP(g.be_plate())} (Volvo XC40, elektrisch — is er een laadpaal?)
- vrienden uit Breda: kenteken {LP(g.kenteken(8))}

Reservatie staat op naam van {P(be.full)}. Mijn gsm: {PH(g.be_mobile())}

Vriendelijke groeten,
{P(be.first)}"""


@scen("nl", True)
def nl_lost_found(g, k):
    p = g.nl_resident()
    st, pc, city, area = g.nl_addr()
    if k == 0:
        return f"""Beste mensen van Hotel De Gouden Leeuw,

Bij het uitchecken afgelopen zondag heb ik mijn blauwe jas in kamer {g.r.randint(201, 230)} laten hangen (in de kast achter de deur). In de binnenzak zit ook een leesbril.
Zouden jullie hem willen opsturen naar:

{P(p.full)}
{AD(st)}
{PC(pc)}  {city.upper()}

De verzendkosten betaal ik natuurlijk, stuur maar een betaalverzoek. Je kunt me bellen op {PH(nb(g.nl_landline(area)))} als er iets is.

Hartelijk dank!
{P(p.first)}"""
    il = staff("ilse")
    return f"""LOST & FOUND – logboek week {g.r.randint(30, 38)}
Gevonden: {D(g.date(2025, 2025), 'nl')}, kamer {g.r.randint(101, 130)}, door {P(il.first)} (HK)
Voorwerp: zwarte laptoplader + leesbril in etui
Gast: {P(p.ini_sur)} (vertrokken), gebeld op {PH(g.nl_mobile())} → wil het graag terug
Verzonden: PostNL 3SVLHV{g.digits(7)} naar {AD(st)}, {PC(pc.replace(' ', ''))} {city}
Kosten: {eur(8.95)} via Tikkie, betaald ✓"""


@scen("nl", True)
def nl_wedding_guests(g, k):
    jol = staff("jolien")
    bride = g.nl_resident("f")
    groom = g.nl_resident("m")
    if k == 0:
        rows = []
        for t in (1, 1, 2, 2, 3, 5):
            x = g.person(g.pick(["nl", "nl", "be", "sr", "tr"]))
            diet = g.pick(["-", "vegetarisch", "-", "notenallergie", "-", "halal", "glutenvrij"])
            rows.append(f"{P(x.full)}\ttafel {t}\t{diet}\t{g.pick(['ja', 'nee', 'ja'])}")
        table = "\n".join(rows)
        return f"""Lieve {P(jol.first)},

Hierbij de definitieve gastenlijst voor het diner op Landgoed Jan van Arkel (13 september). De rest van de tafels volgt morgen, dit zijn de mensen met een dieetwens of overnachting.

Naam\tTafel\tDieet\tOvernachting
{table}

Kunnen de overnachtingen op één factuur (F-nummer graag met onze namen erop)?

Liefs,
{P(bride.first)} & {P(groom.first)}"""
    cm = g.nl_resident()
    return f"""DRAAIBOEK bruiloft {P(bride.sur)} / {P(groom.sur)} — Landgoed Jan van Arkel — za 13-09

14:00 ceremonie in de Oranjerie (trouwambtenaar via gemeente Gorinchem)
15:15 toost + taart, fotograaf Studio Lichtval
18:00 diner Koetshuis, 84 pers., tafels 1–11
Ceremoniemeester: {P(cm.full)}, {PH(g.nl_mobile())} – alle vragen op de dag via hem/haar
Bruidspaar: {P(bride.first)} {PH(g.nl_mobile())} / {P(groom.first)}
Let op: tafel 4 notenallergie (ernstig), tafel 7 twee kinderstoelen.

— {P(jol.first)}"""


@scen("nl", True)
def nl_complaint_callback(g, k):
    p = g.nl_resident()
    if k == 0:
        return f"""Geachte heer/mevrouw,

Wij hebben van {D(g.date(2025, 2025), 'nldm')} een week in lodge {g.r.randint(10, 60)} op Vakantiepark De Vlierhof gezeten en ik ben echt teleurgesteld. De lodge was bij aankomst niet schoongemaakt (haren in de douche, vieze pannen), de hottub werkte de hele week niet en de receptie deed er niets aan.

Voor {nb(eur(g.r.randint(900, 1600)))} verwacht ik iets anders. Ik wil graag een deel van ons geld terug op rekening {IB(g.iban_nl())}. Bel mij aub terug op {PH(g.nl_mobile())}, na 16.00 uur ivm werk.

{P(p.full)}
boeking {resnr(g)}"""
    em = g.email(p)
    return f"""Webformulier – Klacht
Naam: {P(p.full)}
E-mail: {E(em)}
Telefoon: {PH(g.nl_mobile(g.pick([0, 3])))}
Reserveringsnummer: {resnr(g)}
Locatie: Camping Het Zwanenmeer
Omschrijving: sanitairgebouw B was 3 dagen dicht, we moesten steeds naar de andere kant van de camping lopen met 2 kleine kinderen. Ook geen warm water op zondag. graag reactie!!
Toestemming contact: ja
-- verzonden {D(g.date(2025, 2025), 'nl')} 22:41 vanaf IP {IP(g.ipv4())} (formulier-id {g.digits(6)})"""


@scen("nl", True)
def nl_camping_pitch(g, k):
    w = staff("wim")
    p = g.nl_resident()
    if k == 0:
        return f"""Tel.notitie {D(g.date(2025, 2025), 'ddm')} 10:42 – {P(w.first)}
Fam. {P(p.sur)} belde: wil plaats {g.r.randint(100, 130)} i.p.v. plaats {g.r.randint(60, 90)} (dichter bij de speeltuin). Geruild, verschil {eur(4.50)}/nacht.
Komen met camper, kenteken {LP(g.kenteken(g.pick([9, 10, 11])))}, lengte 7,4 m → past op comfortplaats.
Terugbellen voor bevestiging: {PH(g.nl_mobile(g.pick([0, 1])))}
Boeking {resnr(g)} aangepast."""
    mob = g.nl_mobile(4)
    pitch = g.r.randint(100, 130)
    return f"""WhatsApp-export Camping Het Zwanenmeer (06 2381 4490)

[{D(g.date(2025, 2025), 'ddm')}-25 09:14] {PH(mob)}: Goedemorgen! Wij komen vandaag aan (boeking op naam {P(p.sur)}). Is plaats {pitch} al vrij voor 12u? 🙏
[09:21] Camping Het Zwanenmeer: Goedemorgen! Plaats {pitch} is vanaf 12:00 klaar. Bij problemen: 06-23814490. Meld je even bij de receptie. Groet, {P(w.first)}
[09:22] {PH(mob)}: top!! 🚐☀️ tot straks
[09:22] {PH(mob)}: o ja kenteken is {LP(g.kenteken(8))} voor de slagboom"""


@scen("nl", True)
def nl_business_client(g, k):
    c = g.nl_resident()
    if k == 0:
        firm = g.pick(["Hoveniersbedrijf Groenrijk", "Klusbedrijf De Rechte Hoek", "Schilderwerken Kleurvast"])
        st, pc, city, area = g.nl_addr()
        return f"""Goedendag,

Wij (eenmanszaak, 6 personen) willen op vrijdag 21 november onze jaarafsluiting houden in Hotel De Gouden Leeuw: vergaderzaal halve dag + 3-gangendiner.

Gegevens voor de factuur:
{firm}
t.a.v. {P(c.full)}
{AD(st)}, {PC(pc)} {city}
KvK {KV(g.kvk())}
btw-id {BT(g.btw_id())} (op oude facturen staat nog ons omzetbelastingnummer {BS('NL' + g.bsn() + 'B01')}, dat is niet meer geldig)

Graag een offerte naar dit mailadres.

Met vriendelijke groet,
{P(c.full)}
{PH(g.nl_landline(area))}"""
    st, pc, city, _ = g.nl_addr()
    return f"""Aanvraagformulier zakelijke groep
Bedrijfsnaam: Veldhuis Installatietechniek B.V.
KvK-nummer: {KV(g.kvk())}
Btw-nummer: {BT(g.btw_id())}
Contactpersoon: {P(c.sur_given)}
E-mail: {E(g.email(c, ('veldhuis-installatie.nl',)))}
Factuuradres: {AD(st)}, {PC(pc)} {city}
Aantal personen: 18
Datum: 12-03-2026 (aankomst) – 13-03-2026
Wensen: 9 twin-kamers, zaal met beamer, lunch 2x
Inkoopordernummer: PO-{g.digits(6)}"""


@scen("nl", True)
def nl_booking_platform(g, k):
    p = g.nl_resident()
    if k == 0:
        return f"""Booking.com – bericht van gast
Accommodatie: Hotel De Gouden Leeuw
Reserveringsnummer: {booking_conf(g)}
Gast: {P(p.full)}
Aankomst: {D(g.date(2025, 2025), 'nl')} · 2 nachten · 2 volwassenen

Bericht:
Goedenavond, wij komen helaas pas rond 23:30 aan ivm werk. Is de receptie dan nog open of hoe krijgen we de sleutel? Mijn mobiel: {PH(g.nl_mobile())}. Groetjes {P(p.first)}"""
    kids = g.family(p, 2)
    return f"""Hoi hoi!

We hebben via Airbnb lodge Lepelaar geboekt (HM{''.join(g.r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(8))}). We zijn met z'n vieren: ik, mijn man en de kids {P(kids[0].first)} (6) en {P(kids[1].first)} (4). Kan er een kinderbedje bij en hebben jullie een kinderstoel?
{P(kids[0].first)} is heel benieuwd naar de zwemvijver 😄

Groetjes, {P(p.first)}"""


@scen("nl", True)
def nl_review_reply(g, k):
    t = staff("thijs")
    p = g.person("nl")
    if k == 0:
        return f"""Google-recensie ★★☆☆☆ — {P(p.first + ' ' + p.last[0] + '.')}
"Mooie locatie maar de kamer rook naar rook en het ontbijt was om 10:00 al grotendeels op. Voor deze prijs jammer."

Reactie van de eigenaar:
Beste {P(p.first)}, dank voor je eerlijke recensie. Rookgeur hoort er natuurlijk niet te zijn; we hebben kamer {g.r.randint(101, 130)} laten reinigen en de ontbijtbezetting aangepast. We hopen je nog eens te mogen verwelkomen.
Hartelijke groet, {P(t.full)}, Guest Relations"""
    return f"""Facebook – reactie op bericht @VlierhovenHotels
{P(p.full)}: Zijn jullie ook open in de kerstvakantie? En mag de hond mee? 🐶
Vlierhoven Hotels: Hoi {P(p.first)}! Ja, Vakantiepark De Vlierhof is het hele jaar open. In de hondvriendelijke lodges (Grutto & Kievit) is je viervoeter welkom voor {eur(7.50)} per nacht. ^{P(t.first)}"""


@scen("nl", True)
def nl_forwarded(g, k):
    f, y = staff("femke"), staff("yasmina")
    p = g.nl_resident()
    if k == 0:
        return f"""Hoi {P(y.first)}, kun jij deze oppakken? Groepsaanvraag, hoort bij jou.
{P(f.first)}

---------- Doorgestuurd bericht ---------
Van: {P(p.full)} <{E(g.email(p))}>
Datum: {D(g.date(2025, 2025), 'nl1')} 11:37
Aan: reserveringen@vlierhoven.example
Onderwerp: Familieweekend 22 personen

Goedemorgen, wij zoeken voor ons familieweekend (oma wordt 90!) 5 lodges naast elkaar in maart. Kunnen jullie mij bellen op {PH(g.nl_mobile())}? Overdag bereikbaar.
Groet, {P(p.first)}"""
    lore = staff("lore")
    be = g.person("be")
    return f"""Hoi {P(f.first)},

Ter info: onderstaande gast van ons hotel in De Haan wil volgend jaar naar De Vlierhof. Kan jij contact opnemen?

Vriendelijke groeten,
{P(lore.full)}
Receptie Strandhotel Anna Maria | +32 59 43 21 70

-----Oorspronkelijk bericht-----
Van: {P(be.full)} [mailto:{E(g.email(be, ('telenet.be', 'skynet.be', 'proximus.be')))}]
Onderwerp: vakantiepark Nederland?

Dag, wij waren heel tevreden over ons verblijf (kamer 12, zeezicht). Hebben jullie ook iets in Nederland voor 4 personen met een hond? Ik ben telefonisch bereikbaar op {PH(g.be_mobile(0))}.
{P(be.first)}"""


@scen("nl", True)
def nl_child_discount(g, k):
    p = g.nl_resident()
    kids = g.family(p, 2)
    if k == 0:
        return f"""Beste Vlierhoven,

Voor de kinderkorting op ons verblijf ({resnr(g)}): {P(kids[0].first)} is geboren op {DOB(D(g.date(2014, 2019), 'nl'))} en {P(kids[1].first)} op {DOB(D(g.date(2019, 2022), 'nlw'))}. Dan vallen ze toch allebei in de korting t/m 11 jaar?

Alvast bedankt,
{P(p.full)}"""
    return f"""hoi, ik zag dat kinderen t/m 12 jaar gratis ontbijten. geboortedata kids: {P(lc(kids[0].first))} {DOB(D(g.date(2013, 2016), 'slash'))}, {P(lc(kids[1].first))} {DOB(D(g.date(2017, 2021), 'slash'))}. wordt dat nog verrekend? we hebben nl 4x volwassen ontbijt betaald (bon {g.digits(6)}). mag terug op {IB(g.iban_nl(spaced=False))}
groetjes {P(lc(p.first))}"""


@scen("nl", True)
def nl_bsn_sent(g, k):
    p = g.nl_resident()
    if k == 0:
        st, pc, city, _ = g.nl_addr()
        return f"""Goedemiddag,

Voor de online check-in van morgen vroegen jullie een kopie ID. Ik stuur liever geen foto, dus hier de gegevens:

Naam: {P(p.full)}
Geboortedatum: {DOB(D(g.date(1960, 2000), 'nl'))}
Adres: {AD(st)}, {PC(pc)} {city}
ID-kaart nr: {ID(g.nl_doc('id'))}
BSN: {BS(g.bsn(1))}

Is dit genoeg?
Groet,
{P(p.first)}"""
    return f"""Geachte heer/mevrouw,

Bij het inchecken in Hotel De Gouden Leeuw is mijn paspoort gekopieerd. Op die kopie staat ook mijn burgerservicenummer ({BS(g.bsn(g.pick([0, 2])))}). Ik wil graag dat die kopie wordt vernietigd, dat mag volgens mij helemaal niet. Paspoortnummer ter controle: {ID(g.nl_doc())}.

Graag een schriftelijke bevestiging.

{P(p.ini_sur)}"""


@scen("nl", True)
def nl_social_dm(g, k):
    p = g.nl_resident("f")
    st, pc, city, _ = g.nl_addr()
    if k == 0:
        return f"""Instagram DM → @vlierhoven_parken
heyy ik heb de winactie gewonnen 🎉🎉 (weekendje Vlierhof!!) jullie vroegen mijn adres voor de voucher: {AD(lc(st))}, {PC(pc)} {lc(city)} 😊 xx {P(lc(p.first))}"""
    num = g.r.randint(2, 180)
    return f"""Messenger – Vlierhoven Hotels
{P(p.full)}: Hallo, is de kerstbon al verstuurd? Ik heb nog niks ontvangen. Postcode {PC(g.nl_pc(compact=True))} nr {num}. Dank je!
Vlierhoven Hotels: Hoi! Hij is op 18-12 verstuurd als brievenbuspakje. Wil je nog een paar dagen afwachten? Gr. Team Webcare"""


@scen("nl", True)
def nl_group_event(g, k):
    y = staff("yasmina")
    if k == 0:
        hr = g.nl_resident()
        ppl = [g.nl_resident() for _ in range(4)]
        lines = "\n".join(f"- {P(x.full)} – {PH(g.nl_mobile(g.pick([0, 1, 3])))}" for x in ppl)
        return f"""Hoi {P(y.first)},

Voor de teambuilding op 3 oktober (Bakkerij Broodnodig B.V., KvK {KV(g.kvk())}) hierbij de teamcaptains. De escaperoom-organisatie wil hun mobiele nummers hebben om ze op de dag te kunnen appen:

{lines}

Deelnemers totaal: 26. Lunch graag om 12:30, 3 vegetarisch.

Groet,
{P(hr.full)}
HR-adviseur"""
    c = g.nl_resident()
    return f"""Beste {P(y.first)},

Helaas moeten wij de groepsreservering GRP-{g.digits(5)} (busreis 40 pers., 2 nachten) annuleren: de touringcarmaatschappij is failliet. Volgens jullie voorwaarden krijgen we 50% van de aanbetaling terug. Graag terugstorten op {IB(g.iban_nl())} t.n.v. Reisclub De Zwerfkei.

Met vriendelijke groet,
{P(c.full)}
penningmeester, {PH(g.nl_mobile())}"""


@scen("nl", True)
def nl_damage(g, k):
    b = staff("bart")
    p = g.nl_resident()
    lodge = g.r.randint(10, 60)
    if k == 0:
        return crlf(f"""Geachte {'heer' if p.sex == 'm' else 'mevrouw'} {P(p.sur)},

Bij de eindcontrole van lodge {lodge} na uw vertrek op {D(g.date(2025, 2025), 'nl')} troffen wij een gebroken ruit in de achterdeur en een brandplek in het aanrechtblad aan. De herstelkosten bedragen {eur(185)}. Wij verrekenen dit met de borg van {eur(250)}; het restant van {eur(65)} storten wij terug op de rekening waarmee u heeft betaald ({IB(g.iban_nl())}).

Heeft u vragen, dan hoor ik het graag.

Met vriendelijke groet,
{P(b.full)}
Vakantiepark De Vlierhof""")
    st, pc, city, _ = g.nl_addr()
    return f"""Beste {P(b.first)},

Wij zijn het niet eens met de schade aan lodge {lodge}, die ruit was al gebarsten toen wij aankwamen (zie foto's). Stuur de factuur maar naar ons huisadres {AD(st)}, {PC(pc)} {city}, dan gaat het via onze verzekering.
De borg graag volledig terug op {IB(g.iban_nl(spaced=True))} (niet de creditcard).

{P(p.full)}"""


@scen("nl", True)
def nl_internal(g, k):
    if k == 0:
        d = staff("dennis")
        a, b2, c = g.nl_resident(), g.nl_resident(), g.person("de")
        return f"""Overdracht nacht → dag, {D(g.date(2025, 2025), 'nl')}
- kamer 214 ({P(a.sur)}): geluidsoverlast gemeld om 01:10, buren kamer 216 aangesproken. Graag excuses + ontbijt gratis aanbieden.
- kamer 118: mevr. {P(b2.sur)} vertrekt 05:45, taxi besteld bij Taxi Centraal. Rekening al voldaan.
- kamer 301: Herr {P(c.sur)} kwam zonder reservering binnen, walk-in 1 nacht, Ausweis gezien ({ID(g.de_ausweis())}), betaald met pin.
- Kassa klopt, Z-rapport in de la. Lift B maakt weer geluid.
{P(d.first)}"""
    n = g.nl_resident()
    return f"""Notitie night audit — verdachte boeking {resnr(g)}
Boeking via website om 03:12 vanaf IP {IP(g.ipv4())}, 3 kamers voor 2 nachten (totaal {eur(1287.60)}).
Naam op de boeking: {P(n.full)}, e-mail {E(g.email(n, ('protonmail.com', 'mail.com')))}
Betaald met Visa **** **** **** {g.digits(4)}; daarvoor 2 mislukte pogingen met andere kaarten (eindigend op {g.digits(4)} en {g.digits(4)}).
Adyen risk score 87. Voorstel: niet doorzetten tot we telefonisch contact hebben gehad. — {P(staff('dennis').first)}"""


# ---------------------------------------------------------------- NL without personal data


@scen("nl", False)
def nl_clean_availability(g, k):
    a, d = g.stay(2025, g.r.randint(3, 7))
    if k == 0:
        return f"""Goedemiddag,

Hebben jullie van {D(a, 'nldm')} t/m {D(d, 'nldm')} nog een lodge voor 4 personen vrij op Vakantiepark De Vlierhof? We nemen onze hond mee (labrador, 32 kg). Wat kost dat in totaal, inclusief schoonmaak en toeristenbelasting?

Alvast bedankt!"""
    return f"""Hoi! Is plaats 114 of een andere plek aan het water nog vrij in de meivakantie (26-04 t/m 03-05)? We hebben een vouwwagen en 10A stroom nodig, 2 volw + 3 kids. Vorig jaar stonden we op plaats 87, ook prima.
Gr."""


@scen("nl", False)
def nl_clean_confirmation(g, k):
    a, d = g.stay(2025, g.r.randint(1, 3)) if k == 0 else g.summer()
    if k == 0:
        tot = g.r.randint(180, 420) + 0.4
        return f"""Bevestiging van uw reservering {resnr(g)}

Hotel De Gouden Leeuw · Houtmarkt 9, 7201 KL Zutphen
Aankomst: {D(a, 'nl')} vanaf 15:00
Vertrek: {D(d, 'nl')} vóór 11:00
Kamer: Superior tweepersoonskamer (kamer wordt bij aankomst toegewezen)
Totaal: {eur(tot)} incl. toeristenbelasting {eur(3.40 * 2)}
Aanbetaling ontvangen: {nb(eur(round(tot * 0.3, 2)))} op NL55 RABO 0312 5548 90

Wifi: netwerk "GoudenLeeuw-Gast", inloggen met uw kamernummer.
Vragen? Bel 0575 208 140 of app 06 2381 4490.

Vlierhoven Hotels & Parken B.V. · Stationsplein 14, 3818 LE Amersfoort · KvK 71248603 · btw NL861245702B01"""
    return f"""Camping Het Zwanenmeer – boekingsbevestiging
Boekingsnummer: {g.elf_ref()}
Plaats: {g.r.randint(100, 140)} (comfortplaats, 120 m², 10A, water/afvoer)
Periode: {D(a, 'nl')} – {D(d, 'nl')}
Personen: 2 volwassenen, 1 kind (4–11 jr), 1 hond
Bedrag: {eur(g.r.randint(150, 400))} – te voldoen vóór {D(a - dt.timedelta(days=14), 'nl')} op NL55RABO0312554890 o.v.v. het boekingsnummer
Slagboom: uw kenteken kunt u tot 3 dagen voor aankomst doorgeven in de app.
Zwanenmeerweg 3, 4328 RG Burgh-Haamstede · 0111 652 090"""


@scen("nl", False)
def nl_clean_invoice(g, k):
    if k == 0:
        nights = g.r.randint(2, 5)
        price = g.r.randint(95, 160)
        sub = nights * price
        return crlf(f"""FACTUUR F2025-{g.digits(5)}
Factuurdatum: {D(g.date(2025, 2025), 'nl')}
Reservering: {g.elf_ref()}
Debiteurnummer: D{g.digits(6)}

{nights} x logies 2 pers. à {eur(price)}          {eur(sub)}
{nights * 2} x toeristenbelasting à {eur(2.85)}    {eur(nights * 2 * 2.85)}
1 x parkeren garage P1                 {eur(17.50)}
Totaal incl. 9% btw                    {eur(sub + nights * 5.70 + 17.50)}

Betaald met pin (terminal 4471-02) – Hotel De Gouden Leeuw
Vlierhoven Hotels & Parken B.V. · KvK 71248603 · btw NL861245702B01 · IBAN NL55 RABO 0312 5548 90""")
    a, d = g.summer()
    return f"""Creditnota CN-2025-{g.digits(4)} bij factuur F2025-{g.digits(5)}
Omschrijving: restitutie annulering lodge Tureluur ({D(a, 'ddm')} t/m {D(d, 'ddm')})
Bedrag: -{eur(g.r.randint(200, 600))}
Wordt binnen 10 werkdagen teruggestort op de rekening waarmee betaald is.
Kenmerk: {g.non_elf()}
Vragen: facturen@vlierhoven.example of 088-5123400 (optie 3).
Vlierhoven Hotels & Parken B.V. · Postbus 1150, 3800 BD Amersfoort"""


@scen("nl", False)
def nl_clean_camping_rules(g, k):
    if k == 0:
        return f"""📢 Info voor onze kampeerders
- Stroom: 10A op alle comfortplaatsen (plaats 100–140), 6A op de trekkersvelden.
- Stilte van 23:00 tot 07:00 ⏰
- Slagboom opent automatisch op kenteken; gasten zonder aangemeld kenteken melden zich bij de receptie.
- Afval scheiden bij de milieustraat naast sanitairgebouw B ♻️
- Honden aangelijnd, hondenuitlaatveld achter plaats 160.
Fijne vakantie! Team Camping Het Zwanenmeer"""
    return f"""Hoi, klopt het dat de trekkershutten ({g.r.randint(1, 8)} en {g.r.randint(9, 14)}) geen eigen stroom hebben? En kan ik een boottrailer kwijt op de parkeerplaats bij de ingang? Wij komen {D(g.date(2025, 2025), 'ddm')} aan, boeking {resnr(g)}. Dank! 🚤"""


@scen("nl", False)
def nl_clean_allergy(g, k):
    if k == 0:
        return f"""Keuken – ontbijtlijst {D(g.date(2025, 2025), 'nl')}
kamer 214: glutenvrij (coeliakie) – apart broodrooster!
kamer 118: notenallergie, ernstig, EpiPen bij gast
kamer 301: lactosevrij
groep GRP-KOOR-0925: 3x vegan, 1x halal
kamer 122: vertrekt 06:00, ontbijtpakket klaarzetten
Graag aftekenen bij dienstwissel."""
    return f"""Goedemorgen, ik heb voor ons verblijf van {D(g.date(2025, 2025), 'nldm')} (reservering {resnr(g)}) aangegeven dat mijn zoon een pinda-allergie heeft. Kunnen jullie bij het ontbijtbuffet aangeven wat pinda's bevat? En is er een koelkast op de kamer voor zijn medicatie? Alvast dank."""


@scen("nl", False)
def nl_clean_voucher(g, k):
    code = f"VHB-{''.join(g.r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(4))}-{''.join(g.r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(4))}"
    if k == 0:
        return f"""Goedendag, ik heb een cadeaubon {code} van {eur(150)} gekregen. Er staat 'geldig t/m 31-12-2024' op. Kan ik hem nog gebruiken voor een overnachting in Strandhotel Anna Maria in februari? De bon is via de webshop gekocht (bestelnummer {g.digits(8)})."""
    return f"""Vraag via website: "Waar vul ik de actiecode in? Ik heb code ZOMER{g.r.randint(10, 30)} (10% korting) maar het veld 'voucher' zegt ongeldig. Het gaat om 2 nachten Landgoed Jan van Arkel, {eur(389)}." – ontvangen {D(g.date(2025, 2025), 'nl')} 20:41"""


@scen("nl", False)
def nl_clean_review(g, k):
    if k == 0:
        return f"""Zoover – review ★★★★☆ door Zonnezoeker{g.r.randint(50, 79)}
"Prima park, schone lodge, de zwemvijver is top voor kinderen. Minpunt: wifi bij lodges 40–60 slecht. Wij stonden in lodge {g.r.randint(40, 60)}."
Reactie Vlierhoven: Dank voor je review! Het wifi-netwerk in dat deel van het park wordt in het najaar vervangen. Hopelijk tot ziens op De Vlierhof! – Team Gastenservice"""
    return f"""Tripadvisor · "Weekendje weg" · reiziger @fietsenenfrietjes
Heerlijk ontbijt, vriendelijke receptie, kamer 2{g.r.randint(10, 30)} kijkt uit op de Houtmarkt. Aanrader: diner bij Brasserie Meneer Jansen om de hoek. Parkeren in de garage is wel prijzig ({eur(17.50)} per dag). 4/5
Antwoord van Hotel De Gouden Leeuw: Bedankt voor de mooie woorden! Tip: met de fietsarrangementen is parkeren inbegrepen."""


@scen("nl", False)
def nl_clean_lost_item(g, k):
    if k == 0:
        return f"""Hallo, vanochtend uitgecheckt uit kamer {g.r.randint(301, 330)} en mijn telefoonoplader (USB-C, wit) laten liggen. Reservering {resnr(g)}. Kunnen jullie hem bewaren? Ik kom zaterdag langs om hem op te halen. Bedankt!"""
    return f"""Heeft iemand een grijze knuffelolifant gevonden bij de speeltuin of het sanitairgebouw? 😢 Onze dochter kan niet slapen zonder. We staan op plaats {g.r.randint(60, 99)}. #campinghetzwanenmeer #verloren"""


@scen("nl", False)
def nl_clean_platform(g, k):
    a, d = g.stay()
    if k == 0:
        tot = g.r.randint(160, 520)
        return f"""Booking.com – nieuwe reservering
Reserveringsnummer: {booking_conf(g)}
Accommodatie: Strandhotel Anna Maria (ID {g.digits(7)})
Aankomst: {D(a, 'nl')} – Vertrek: {D(d, 'nl')}
Kamer: Deluxe zeezicht, 2 volwassenen
Prijs: {eur(tot)} – commissie {eur(tot * 0.15)}
Betaling: online door Booking.com (virtuele kaart, wordt {D(a, 'ddm')} vrijgegeven)
Opmerking gast: "Graag een rustige kamer"."""
    return f"""Expedia Partner Central — wijziging
Itinerary: {g.digits(13, '7')}
Hotel De Gouden Leeuw · Aankomst gewijzigd naar {D(a, 'nl')} (was {D(a - dt.timedelta(days=7), 'nl')})
Nachten: {(d - a).days} · Tarief: Non-refundable · Netto: {eur(g.r.randint(140, 400))}
Geen actie nodig, de kamer is automatisch aangepast."""


@scen("nl", False)
def nl_clean_parking(g, k):
    if k == 0:
        return f"""Parkeren bij Landgoed Jan van Arkel
Eigen parkeerterrein (gratis, 120 plaatsen), 6 laadpalen (11 kW) bij het Koetshuis. Bij bruiloften raden we aan te carpoolen of de pendelbus vanaf station Gorinchem te nemen (elk half uur, 13:00–01:00).
Adres voor de navigatie: Arkelsedijk 40, 4206 AC Gorinchem. Bereikbaar via 0183 740 250.
Taxi na afloop: Taxibedrijf Gerrit Stam (vaste prijs naar station) of Koos van Rijn Touringcars voor groepen."""
    return f"""Hoi, weet iemand of de parkeergarage van Hotel De Gouden Leeuw hoog genoeg is voor een bus met dakkoffer (2,30 m)? En kost het ook {eur(17.50)} als je na 18:00 pas komt? Reservering {resnr(g)}."""


@scen("nl", False)
def nl_clean_wedding_info(g, k):
    if k == 0:
        return f"""Trouwen op Landgoed Jan van Arkel – arrangement 2026
- Ceremonie Oranjerie (max. 120 pers.): {eur(1450)}
- Diner Koetshuis, 3 gangen: {eur(74.50)} p.p.; kinderen t/m 11 jaar {eur(32.50)}
- Bruidssuite incl. ontbijt: {eur(395)}
- Dieetwensen (vegan, glutenvrij, noten) verwerken wij zonder meerprijs.
Beschikbare zaterdagen: 16 mei, 6 juni, 12 september 2026.
Bruidstaart in samenwerking met Patisserie Anne-Fleur, bloemen door Bloembinderij Tante Door.
Offerte aanvragen: events@vlierhoven.example of 0183 740 250. Team Events"""
    return f"""Goedemiddag, wij gaan in {g.pick(['mei', 'juni', 'september'])} 2026 trouwen en zijn benieuwd naar de mogelijkheden op Landgoed Jan van Arkel voor ongeveer 90 gasten, ceremonie buiten als het weer het toelaat. Is de Oranjerie op {g.r.randint(1, 28)} {g.pick(['mei', 'juni', 'september'])} nog vrij? Hartelijke groet!"""


# ============================================ EN ==============================================


@scen("en", True)
def en_uk_registration(g, k):
    a, d = g.stay(2025, g.r.randint(3, 7))
    p = g.person("uk")
    q = g.person("uk", sex="f" if p.sex == "m" else "m", surname=(p.tv, p.last))
    st, pc, city, tel = g.uk_addr()
    if k == 0:
        return f"""Hello,

For the German registration form (Meldeschein) you asked us to send the details before arrival at Ferienpark Am Reichswald ({D(a, 'endm')}–{D(d, 'endm')}, booking {resnr(g)}):

Lead guest: {P(p.full)}, date of birth {DOB(D(g.date(1965, 1992), g.pick(['enw', 'slash'])))}, British, passport no. {ID(g.uk_passport())}
Partner: {P(q.full)}, DOB {DOB(D(g.date(1965, 1992), 'slash'))}, British, passport {ID(g.uk_passport())}
Home address: {AD(st)}, {city} {PC(pc)}

We'll be arriving by car via the Hook of Holland ferry, probably around 4pm.

Many thanks,
{P(p.first)}"""
    kid = g.person("uk", "m", surname=(p.tv, p.last))
    return f"""Hi there, quick one before we check in tomorrow - your pre-arrival form kept timing out so here are our details for the guest register:
- {P(p.full)}, born {DOB(D(g.date(1970, 1990), 'us'))}, passport {ID(g.uk_passport())}
- {P(q.full)}, born {DOB(D(g.date(1970, 1990), 'us'))}, passport {ID(g.uk_passport())}
- {P(kid.first)} (age 9), travelling on his mum's passport? not sure if that's ok in Germany
Mobile while we're away: {PH(g.uk_mobile())}
Cheers"""


@scen("en", True)
def en_card_in_email(g, k):
    p = g.person(g.pick(["uk", "uk", "nl"]))
    if k == 0:
        return f"""Hi,

The booking page asked for a card to guarantee our late arrival but the 3-D Secure screen never loaded, so I'm sending it here instead. Please use my Amex: {CC(nb(g.card('amex', 0)))}, expiry {g.r.randint(1, 12):02d}/{g.r.randint(26, 29)}, name as on card {P(p.full.upper())}.

Reservation {resnr(g)} – Hotel De Gouden Leeuw, 2 nights.

Thanks,
{P(p.full)}"""
    c = staff("callum")
    card = g.card(g.pick(["visa", "mc"]), 1)
    return f"""[Web chat transcript – {D(g.date(2025, 2025), 'enw')}]
15:41 Guest: hi can I just give you my card number here for the deposit
15:41 {P(c.first)} (Vlierhoven): Hi! Please don't share card details in the chat – I'll send you a secure payment link instead.
15:42 Guest: too late lol {CC(card)}
15:42 Guest: exp 03/28
15:43 {P(c.first)} (Vlierhoven): I've flagged this message for deletion. The payment link is on its way to your e-mail; your card ending {card[-4:]} will not be stored from this chat.
15:44 Guest: ok thanks {P(p.first)}"""


@scen("en", True)
def en_refund(g, k):
    if k == 0:
        p = g.person("uk")
        return f"""Dear Reservations team,

We had to cancel our stay at Strandhotel Anna Maria because of a family emergency (booking {resnr(g)}). Your colleague on the phone said the deposit of {eur(240, 'en')} would be refunded as a goodwill gesture.

Could you please transfer it to my UK account: IBAN {IB(g.iban_gb())}, account name {P(p.ini_sur)}. I don't have a euro account, so I understand there may be a small fee.

Kind regards,
{P(p.full)}
{PH(g.uk_mobile())}"""
    p = g.person(g.pick(["pl", "tr", "sr"]))
    return f"""hello, I live in Utrecht but my Dutch is not so good yet, sorry. We paid twice for lodge Scholekster (2x {eur(312, 'en')} on my credit card statement). Please return the extra payment to my bank account {IB(g.iban_nl(spaced=True))} – {P(p.full)}. Booking number {resnr(g)}. If you need it, my BSN is {BS(g.bsn(g.pick([0, 1])))}. thank you!!"""


@scen("en", True)
def en_group_rooming(g, k):
    cr = staff("callum")
    lead = g.person("uk")
    if k == 0:
        rows = []
        for room in g.r.sample(range(201, 240), 5):
            x = g.person(g.pick(["uk", "nl", "de", "be"]))
            rows.append(f"| {room} | {P(x.full)} | {E(g.email(x, ('northbridge-analytics.co.uk',)))} | {g.pick(['single', 'single', 'twin'])} |")
        rows = "\n".join(rows)
        return f"""Hi {P(cr.first)},

Please find the rooming list for the Northbridge Analytics offsite (group code GRP-NBA-{g.digits(4)}, 3–5 November, Hotel De Gouden Leeuw). Room numbers are the ones you pre-assigned.

| Room | Guest | E-mail (for the e-key) | Type |
|---|---|---|---|
{rows}

Billing: all rooms to master account, extras (bar, minibar) on the guest.

Best,
{P(lead.full)}
Event Manager"""
    lines = ["surname,first_name,arrival,departure,room_type,dietary"]
    for _ in range(4):
        x = g.person(g.pick(["uk", "nl", "de", "tr"]))
        a = dt.date(2025, 11, 3) + dt.timedelta(days=g.r.randint(0, 1))
        lines.append(f"{P(x.sur)},{P(x.first)},{D(a, 'iso')},{D(a + dt.timedelta(days=g.r.randint(1, 2)), 'iso')},{g.pick(['DBL', 'SGL', 'TWN'])},{g.pick(['', 'vegetarian', 'no nuts', ''])}")
    csv = "\n".join(lines)
    return crlf(f"""Hello,

Attached is the updated list as CSV text (the attachment bounced last time):

{csv}

Arrival/departure dates differ per person because of the workshop schedule. Please invoice the conference fee separately.

Regards,
{P(lead.ini_sur)}""")


@scen("en", True)
def en_wedding_guests(g, k):
    jol = staff("jolien")
    bride, groom = g.person("uk", "f"), g.person("nl", "m")
    if k == 0:
        rows = []
        for _ in range(5):
            x = g.person("uk")
            rows.append(f"{P(x.full)} – arriving {g.pick(['Thu 10', 'Fri 11', 'Fri 11', 'Sat 12'])} Sept – {g.pick(['no dietary needs', 'vegan', 'nut allergy', 'coeliac', 'pescatarian'])}")
        rows = "\n".join(rows)
        return f"""Hi {P(jol.first)}!

Here are the overseas guests who will stay at Landgoed Jan van Arkel for our wedding weekend. Could you put them in the courtyard rooms if possible?

{rows}

We'll send the seating plan next week. Thank you so much for everything!!
{P(bride.first)} & {P(groom.first)} x"""
    mum = g.person("uk", "f", surname=(bride.tv, bride.last))
    return f"""Dear {P(jol.first)},

I'm {P(bride.first)}'s mother – {P(mum.full)}. I'd like to pay for three of the guest rooms at the wedding as a surprise (the ones for her grandparents and her aunt). Could you call me on {PH(g.uk_landline(g.pick(UK_CITIES)[2]))} to arrange payment? Please don't mention it to {P(bride.first)} or {P(groom.first)}!

Warm wishes,
{P(mum.first)}"""


@scen("en", True)
def en_lost_found(g, k):
    p = g.person(g.pick(["uk", "uk", "nl"]))
    if k == 0:
        st, pc, city, tel = g.uk_addr()
        return crlf(f"""Hello,

I think I left my Kindle (black, in a green case) in room {g.r.randint(201, 230)} when we checked out of Hotel De Gouden Leeuw on Sunday. If you find it, could you post it to:

{P(p.full)}
{AD(st)}
{city}
{PC(pc)}
United Kingdom

Happy to pay postage by card over the phone: {PH(g.uk_landline(tel))}.

Thank you!""")
    il = staff("ilse")
    return f"""Dear guest,

Good news: our housekeeping colleague {P(il.full)} found a silver bracelet in lodge {g.r.randint(10, 60)} after your stay. Before we ship it, could you please confirm your postal address and describe the clasp?

Kind regards,
Vlierhoven Guest Relations

On {D(g.date(2025, 2025), 'enw')}, {P(p.full)} <{E(g.email(p))}> wrote:
> Did anyone find a bracelet? It was my grandmother's. My number is {PH(g.nl_mobile())} if that's easier."""


@scen("en", True)
def en_complaint_callback(g, k):
    p = g.person(g.pick(["uk", "uk", "nl"]))
    if k == 0:
        return f"""To whom it may concern,

I am writing to complain about our stay at Camping Het Zwanenmeer. We booked a waterfront pitch (no. {g.r.randint(100, 130)}) and were given pitch {g.r.randint(150, 170)} next to the bins. Nobody at reception was able to help and the manager was "not available" for three days.

I expect a partial refund to the account I paid from ({IB(g.iban_gb(spaced=True))}). Please call me on {PH(g.uk_mobile(1))} – I'm not going to write more e-mails.

{P(p.full)}
Booking ref {resnr(g)}"""
    t = staff("thijs")
    return f"""Hi {P(p.first)},

Thanks for your message and I'm sorry the air conditioning in room {g.r.randint(301, 330)} let you down during the heatwave. I've tried calling you on {PH(g.nl_mobile(5) if p.origin == 'nl' else g.uk_mobile(0))} twice today but got your voicemail. I'd like to offer you a refund of one night ({eur(139, 'en')}). Let me know when is a good time to call.

Best wishes,
{P(t.full)}
Guest Relations, Vlierhoven Hotels
+31 88 512 3400"""


@scen("en", True)
def en_booking_platform(g, k):
    p = g.person(g.pick(["uk", "de", "tr", "pl"]))
    if k == 0:
        return f"""Message from guest via Booking.com
Reservation {booking_conf(g)} · Strandhotel Anna Maria · {D(g.date(2025, 2025), 'enw')}

Hi, this is {P(p.full)}. Our flight lands in Brussels at 22:40 so we'll be quite late – around midnight. Is there a key safe? You can text me on {PH(g.uk_mobile() if p.origin == 'uk' else g.de_mobile(2))}. Thanks!"""
    return f"""Expedia – guest message (itinerary {g.digits(13, '7')})
Guest name: {P(p.sur_given)}
Contact e-mail (relay): {E(g.digits(10) + '@m.expediapartnercentral.com')}
Message: "Hello, can we check in early at Hotel De Gouden Leeuw? We arrive by train at 10:30. Also my personal e-mail is {E(g.email(p))} if the relay doesn't work." """.rstrip()


@scen("en", True)
def en_review_reply(g, k):
    t = staff("thijs")
    p = g.person(g.pick(["uk", "de", "be"]))
    home = {"uk": ("Leeds", "United Kingdom"), "de": ("Cologne", "Germany"), "be": ("Antwerp", "Belgium")}[p.origin]
    if k == 0:
        return f"""Tripadvisor review – "Lovely staff, tired rooms" (3/5) – by {P(p.first + ' ' + p.last[0] + '.')}, {home[0]}
"Reception staff were brilliant, especially {P(staff('bart').first)} who sorted our parking. Room 118 needs a refresh though – peeling wallpaper and a noisy fridge."

Management response:
Dear {P(p.first)}, thank you for your kind words about {P(staff('bart').first)} – we've passed them on! Room 118 is scheduled for renovation this winter. Kind regards, {P(t.full)}"""
    return f"""Booking.com review · Score 6.0 · {P(p.first)} ({home[1]})
Liked: the beach is right there. Disliked: the breakfast room was far too crowded at 9.
Property response (Strandhotel Anna Maria): Thank you {P(p.first)}. From April we offer breakfast from 7:00 and in two rooms, so you can choose a quieter moment. — {P(staff('lore').first)}, reception"""


@scen("en", True)
def en_parking_plate(g, k):
    p = g.person(g.pick(["uk", "uk", "pl", "tr"]))
    if k == 0:
        return f"""Hello, we're staying at Vakantiepark De Vlierhof from Friday (lodge Wulp). We picked up a rental car at Schiphol, registration {LP(g.kenteken(g.pick([8, 9, 10, 11, 12])))} – could you add it to the barrier system? The booking is under {P(p.full)}. Cheers!"""
    d = g.person("de", "m")
    return f"""Hi, my German colleague {P(d.full)} will join us at Ferienpark Am Reichswald on Wednesday and drive his own car (number plate {LP(g.de_plate(g.pick(['BOR', 'WES', 'MS'])))}). Can he park next to chalet 23? He'll be there around 7pm. Thanks, {P(p.first)}"""


@scen("en", True)
def en_staff_note(g, k):
    c = staff("callum")
    a, b2 = g.person("uk"), g.person("nl")
    if k == 0:
        return f"""Internal – overbooking {D(g.date(2025, 2025), 'enw')}, Hotel De Gouden Leeuw
We're 3 rooms over after the Northbridge group extended. Walked guests (all confirmed by phone, taxi + dinner on us):
- {P(a.full)} (1 night, {resnr(g)}) → Hotel Berkelzicht, Zutphen
- {P(b2.ini_sur)} (2 nights) → Hotel Berkelzicht
- third room: waiting for {P(g.person('de').full)} to call back
Rate difference charged to cost centre 4410. — {P(c.first)}"""
    return f"""Note by {P(c.full)}, revenue:
Group GRP-{g.digits(5)} (Rotary Club Harrogate, 28 pax) asks for 3 extra twin rooms 14–16 May. Contact {P(a.full)}, {E(g.email(a, ('btinternet.com', 'outlook.com')))}. I've held 3 rooms until Friday at the group rate of {eur(119, 'en')}. Please do not release them to Booking.com."""


@scen("en", True)
def en_fraud_booking(g, k):
    d = staff("dennis")
    n = g.person(g.pick(["uk", "nl", "de"]))
    if k == 0:
        return f"""Fraud check – booking {resnr(g)} (Strandhotel Anna Maria, 4 rooms, {eur(2340, 'en')})
Created {D(g.date(2025, 2025), 'iso')} 02:47 from IP {IP(g.ipv4())} (geolocates to a hosting provider), second attempt from {IP(g.ipv6())}.
Guest name {P(n.full)}; card used: {CC(g.card(g.pick(['visa', 'mc']), 2))} – issuer says the cardholder did not make this booking.
Booking cancelled, chargeback expected. Internal router 192.168.20.1 logs attached. — {P(d.first)}"""
    return f"""Chargeback notification – case CB-{g.digits(8)}
Merchant: Vlierhoven Hotels & Parken B.V. (MID {g.non_elf()})
Reason code 10.4 – Other Fraud, Card-Absent Environment
Cardholder: {P(n.full.upper())}
Card: **** **** **** {g.digits(4)} · ARN {g.digits(23)}
Transaction: {D(g.date(2025, 2025), 'iso')}, {eur(612.40, 'en')}, Hotel De Gouden Leeuw
Guest e-mail on booking: {E(g.email(n, ('mailbox.org', 'gmx.net')))} · booking IP {IP(g.ipv4())}
Respond before the deadline with the signed registration card."""


@scen("en", True)
def en_quoted_dutch(g, k):
    f = staff("femke")
    p = g.nl_resident()
    st, pc, city, area = g.nl_addr()
    if k == 0:
        return f"""Hi {P(p.first)},

Sorry for answering in English – I'm covering for our Dutch desk today. We've changed your booking to the ground-floor lodge as requested, no extra charge.

Best regards,
{P(staff('callum').full)}
Vlierhoven Reservations

Op {D(g.date(2025, 2025), 'nl')} om 09:12 schreef {P(p.full)}:
> Goedemorgen, mijn vader loopt slecht, kunnen we een lodge zonder trap krijgen? Ons adres is gewijzigd naar {AD(st)}, {PC(pc)} {city}. Bel gerust {PH(g.nl_landline(area))}.
> Groet, {P(p.first)}"""
    de = g.person("de")
    return f"""Hi {P(f.first)}, could you reply to this one in German? My German isn't good enough. Guest wants to move her booking. Thanks! {P(staff('callum').first)}

> Von: {P(de.full)} <{E(g.email(de, ('web.de', 'gmx.de', 't-online.de')))}>
> Hallo, können wir unseren Aufenthalt ({resnr(g)}) um eine Woche verschieben? Bitte rufen Sie mich an: {PH(g.de_mobile())}.
> Viele Grüße, {P(de.first)}"""


@scen("en", True)
def en_corporate_invoice(g, k):
    c = g.nl_resident()
    if k == 0:
        st, pc, city, _ = g.nl_addr()
        return f"""Dear Vlierhoven Groups & Events,

Please re-issue invoice F2025-{g.digits(5)} in the name of our company; your version shows my private name. Details:

Lumenpoint Consultancy (sole proprietorship)
attn. {P(c.full)}
{AD(st)}, {PC(pc)} {city}
Chamber of Commerce (KvK) no. {KV(g.kvk())}
VAT ID {BT(g.btw_id())}

The overpaid VAT (€31.20) can go to the business account {IB(g.iban_nl(bank=g.pick(['KNAB', 'BUNQ', 'INGB'])))}.

Thank you,
{P(c.first)}"""
    b = g.person("be")
    return f"""Hello,

For the seminar on 9 October please invoice our Belgian entity: Brouwerij Den Hoppe BV, VAT {be_vat(g)}, {AD('Kerkstraat ' + str(g.r.randint(2, 90)))}, {PC('2000')} Antwerpen. Contact: {P(b.full)}, {E(g.email(b, ('denhoppe.be',)))}.

Our Dutch subsidiary (KvK {KV(g.kvk())}) pays the hotel rooms separately.

Regards,
{P(b.first)}"""


@scen("en", True)
def en_birthday(g, k):
    p = g.person(g.pick(["uk", "nl", "uk"]))
    if k == 0:
        w = g.person(p.origin, "f")
        return f"""Hi! I'm planning a surprise for my partner {P(w.first)}'s 40th – she was born on {DOB(D(g.date(1985, 1986), 'enw'))}, so the big day is during our stay at Landgoed Jan van Arkel. Could you put a bottle of champagne and some flowers in the room (charge it to reservation {resnr(g)})? Please don't mention it at check-in! Thanks a lot, {P(p.first)}"""
    kid = g.person(p.origin, "m", surname=(p.tv, p.last))
    return f"""Hello, our son {P(kid.full)} turns 7 while we're at Vakantiepark De Vlierhof (date of birth: {DOB(D(g.date(2018, 2019), 'slash'))}). Is it possible to book the party room next to the swimming pool for 6 kids on that afternoon? Thanks, {P(p.full)}"""


@scen("en", True)
def en_whatsapp_chat(g, k):
    mob = g.uk_mobile(1) if k == 0 else g.nl_mobile(4)
    p = g.person("uk" if k == 0 else "nl")
    w = staff("wim")
    if k == 0:
        return f"""WhatsApp chat export – Camping Het Zwanenmeer
[{D(g.date(2025, 2025), 'slash')}, 18:02] {PH(mob)}: Hi, we're the Brits in the blue campervan on pitch {g.r.randint(100, 130)} 😅 the electricity keeps tripping
[18:05] Camping Het Zwanenmeer: Hi! Someone from maintenance will come by in 15 min. – {P(w.first)}
[18:31] {PH(mob)}: sorted, thank you!! 🙌 {P(lc(p.first))}
[18:32] Camping Het Zwanenmeer: 👍"""
    return f"""WhatsApp – Vlierhoven (06 2381 4490)
[21:40] {PH(mob)}: hey sorry to bother so late, is the pool open tomorrow morning? my kids want to swim before we leave
[21:44] Vlierhoven: Hi! Yes, from 8:00 to 10:00 for guests who check out. Have a good trip home!
[21:45] {PH(mob)}: perfect, thanks – {P(p.full)}, lodge Tureluur"""


# ============================================ DE ==============================================


@scen("de", True)
def de_meldeschein(g, k):
    a, d = g.stay(2025, g.r.randint(2, 7))
    sab = staff("sabine")
    p = g.person("nl")
    st, pc, city, _ = g.nl_addr()
    if k == 0:
        q = g.person("nl", sex="f" if p.sex == "m" else "m")
        return f"""MELDESCHEIN (BeherbVO NRW) – Ferienpark Am Reichswald, Reichswaldallee 5, 47533 Kleve
Anreise: {D(a, 'de')}   Abreise: {D(d, 'de')}   Chalet: {g.r.randint(1, 40)}   Buchung: {resnr(g)}

Familienname: {P(p.sur)}
Vorname(n): {P(p.first)}
Geburtsdatum: {DOB(D(g.date(1955, 1995), 'de'))}
Staatsangehörigkeit: niederländisch
Anschrift: {AD(st)}, {PC(pc)} {city}, Niederlande
Reisedokument: Reisepass Nr. {ID(g.nl_doc())} (Persoonsnummer lt. Pass: {BS(g.bsn())})
Mitreisende: {P(q.full)}, geb. {DOB(D(g.date(1955, 1995), 'de'))}, ID-Karte {ID(g.nl_doc('id'))}

Unterschrift Gast: ________   Aufgenommen: {P(sab.first + ' ' + sab.last[0] + '.')}"""
    kids = g.family(p, 2)
    rows = "\n".join(f"{pad(P(x.full), 28)}{DOB(D(g.date(2011, 2021), 'de'))}   Kind" for x in kids)
    return f"""Guten Tag,

anbei die Angaben für den Meldeschein, wie am Telefon besprochen (Ankunft {D(a, 'dedm')}, Chalet 17):

Name                         Geburtsdatum   
{pad(P(p.full), 28)}{DOB(D(g.date(1975, 1990), 'de'))}   Erwachsener, Personalausweis (NL) {ID(g.nl_doc('id'))}
{rows}

Wohnanschrift: {AD(st)}, {PC(pc.replace(' ', ''))} {city} (NL)

Mit freundlichen Grüßen
{P(p.full)}"""


@scen("de", True)
def de_kennzeichen(g, k):
    p = g.person("de")
    if k == 0:
        return f"""Hallo liebes Team vom Ferienpark,

wir kommen am Samstag mit zwei Autos: unser Kennzeichen ist {LP(g.de_plate())}, meine Schwester fährt {LP(g.de_plate())}. Können beide am Chalet {g.r.randint(1, 40)} parken oder muss ein Auto auf den großen Parkplatz?

Danke und bis bald !
{P(p.full)}"""
    n = g.person("nl")
    return f"""Parkplatzliste Parkhotel Luise Henriette – {D(g.date(2025, 2025), 'de')}
Tiefgarage Stellplatz 4: {LP(g.de_plate('KLE'))} (Gast {P(p.sur)}, Zi. 212)
Tiefgarage Stellplatz 9: NL-Kennzeichen {LP(g.kenteken(g.pick([6, 7, 8])))} (Gast {P(n.sur)}, Zi. 105)
Stellplatz 12: Hotelbus, nicht belegen
Ausfahrt bis 11:30, danach Tagesticket 12,00 €."""


@scen("de", True)
def de_refund(g, k):
    p = g.person("de")
    if k == 0:
        return f"""Sehr geehrte Damen und Herren,

leider müssen wir unseren Aufenthalt im Ferienpark Am Reichswald (Buchung {resnr(g)}) krankheitsbedingt stornieren. Laut Ihren AGB erhalten wir bei Stornierung bis 28 Tage vor Anreise 80 % zurück.

Bitte überweisen Sie den Betrag auf folgendes Konto:
Kontoinhaber: {P(p.full)}
IBAN: {IB(nb(g.iban_de(spaced=True)))}

Mit freundlichen Grüßen
{P(p.full)}
Tel. {PH(g.de_landline(g.pick(DE_CITIES)[2]))}"""
    n = g.person("nl", "m")
    return f"""Hallo Frau {P(staff('sabine').last)},

danke für das nette Telefonat. Wie besprochen hier die Bankverbindung meines Mannes für die Erstattung der doppelt gebuchten Kurtaxe (2 × 18,40 €): {IB(g.iban_nl(spaced=False))}, Inhaber {P(n.full)}. Wir wohnen in den Niederlanden, daher ein NL-Konto.

Viele Grüße
{P(p.first)}"""


@scen("de", True)
def de_card(g, k):
    p = g.person("de")
    if k == 0:
        return f"""Hallo,

Ihr Online-Formular für die Kreditkartengarantie funktioniert bei mir nicht. Hier die Daten:
Karteninhaber: {P(p.full)}
Mastercard: {CC(g.card('mc2', 0))}
gültig bis {g.r.randint(1, 12):02d}/{g.r.randint(26, 29)}

Buchungsnummer {resnr(g)}, Anreise Freitag.
Gruß {P(p.first)}"""
    sab = staff("sabine")
    card = g.card("visa", 2)
    return f"""Sehr geehrte{'r Herr' if p.sex == 'm' else ' Frau'} {P(p.sur)},

bitte senden Sie uns Kreditkartendaten nicht per E-Mail. Wir haben Ihre Nachricht gelöscht und die Karte nicht gespeichert. Für die Anzahlung erhalten Sie gleich einen sicheren Zahlungslink.

Freundliche Grüße
{P(sab.full)}
Rezeption Ferienpark Am Reichswald · +49 2821 99870

-----Ursprüngliche Nachricht-----
Von: {P(p.full)} <{E(g.email(p, ('web.de', 'gmx.de', 't-online.de')))}>
Betreff: Anzahlung
Meine Visa: {CC(card)} (Ablauf 11/27)"""


@scen("de", True)
def de_lost_found(g, k):
    p = g.person("de")
    st, pc, city, area = g.de_addr()
    if k == 0:
        return crlf(f"""Guten Tag,

ich habe bei meiner Abreise am Sonntag meine Lesebrille (braunes Etui) in Zimmer {g.r.randint(301, 330)} im Parkhotel Luise Henriette liegen lassen. Könnten Sie sie mir bitte zuschicken?

{P(p.full)}
{AD(st)}
{PC(pc)} {city}

Die Portokosten überweise ich gern. Sie erreichen mich unter {PH(g.de_mobile())}.

Mit freundlichen Grüßen
{P(p.full)}""")
    il = staff("ilse")
    return f"""Fundsache Nr. FS-{g.digits(4)} – Ferienpark Am Reichswald
Gefunden am {D(g.date(2025, 2025), 'de')} in Chalet {g.r.randint(1, 40)}: Kinderjacke (rot, Gr. 116), Kuscheltier Hase
Gast: Familie {P(p.sur)}, abgereist; telefonisch erreicht unter {PH(g.de_landline(area))}
Versand an: {AD(st)}, {PC(pc)} {city} – DHL {g.digits(12)}
Weitergeleitet an {P(il.first)} (Zentrale Fundbüro NL) zur Info."""


@scen("de", True)
def de_complaint(g, k):
    p = g.person("de")
    if k == 0:
        a, d = g.stay(2025, 7)
        return crlf(f"""Beschwerde – Aufenthalt {D(a, 'dedm')} bis {D(d, 'dedm')}, Chalet {g.r.randint(1, 40)}

Sehr geehrte Damen und Herren,

das Chalet war bei Anreise nicht gereinigt, die Heizung fiel zwei Nächte aus und die Rezeption war ab 18 Uhr nicht mehr erreichbar. Für 890 € erwarte ich einen anderen Standard. Ich bitte um eine teilweise Erstattung auf mein Konto {IB(g.iban_de(spaced=True))} und einen Rückruf unter {PH(g.de_mobile(g.pick([0, 1, 2])))}.

{P(p.full)}""")
    st, pc, city, area = g.de_addr()
    return f"""Kontaktformular Vlierhoven Gästeservice
Name: {P(p.sur_given)}
E-Mail: {E(g.email(p, ('web.de', 'gmx.de', 't-online.de', 'posteo.de')))}
Telefon: {PH(g.de_landline(area))}
Adresse: {AD(st)}, {PC(pc)} {city}
Betreff: Lärm auf dem Campingplatz
Nachricht: Auf Stellplatz C-41 neben uns wurde jede Nacht bis 2 Uhr gefeiert, Camping Het Zwanenmeer hat nichts unternommen. wir möchten eine Stellungnahme.
---
Gesendet über vlierhoven.example/kontakt · IP {IP(g.ipv6() if g.r.random() < 0.5 else g.ipv4())} · Browser Firefox 128.0"""


@scen("de", True)
def de_group(g, k):
    y = staff("yasmina")
    lead = g.person("de", "m")
    if k == 0:
        rows = []
        for z in (1, 1, 2, 2, 3):
            x = g.person(g.pick(["de", "de", "tr", "pl"]))
            rows.append(f"| {z} | {P(x.full)} | {DOB(D(g.date(1940, 1960), 'de'))} |")
        rows = "\n".join(rows)
        return f"""Hallo Frau {P(y.last)},

für unsere Vereinsfahrt (Kegelclub „Alle Neune“ Goch, 26 Personen, Hotel De Gouden Leeuw) schicke ich die Zimmerliste. Wegen des Seniorenrabatts ab 65 haben Sie nach den Geburtsdaten gefragt:

| Zimmer | Name | Geburtsdatum |
|---|---|---|
{rows}

Der Rest folgt morgen. Busparkplatz bitte reservieren.

Mit freundlichen Grüßen
{P(lead.full)}
1. Vorsitzender"""
    lines = ["Nachname;Vorname;Geb.-Datum;Stellplatz"]
    for pitch in ("C-41", "C-42", "C-43", "C-44"):
        x = g.person("de")
        lines.append(f"{P(x.sur)};{P(x.first)};{DOB(D(g.date(2008, 2012), 'de'))};{pitch}")
    csv = "\n".join(lines)
    return crlf(f"""Hallo,

für das Pfadfinderlager (Stamm Wildgans, Jugendgruppe unter 18) hier die Teilnehmerliste für Camping Het Zwanenmeer. Die Geburtsdaten brauchen Sie ja für den Jugendtarif.

{csv}

Betreuer: {P(lead.full)}, {PH(g.de_mobile())}
Die Anzahlung kommt vom Stammeskonto {IB(g.iban_de(spaced=True))}.
Gruß""")


@scen("de", True)
def de_wedding(g, k):
    jol = staff("jolien")
    a, b2 = g.person("de", "f"), g.person("nl", "m")
    if k == 0:
        rows = "\n".join(f"- {P(g.person('de').full)} ({g.pick(['vegetarisch', 'keine Nüsse', 'ohne Laktose', 'keine Wünsche'])})" for _ in range(5))
        return f"""Liebe Frau {P(jol.last)},

für unsere Hochzeit auf Landgoed Jan van Arkel am 12. September übernachten folgende Gäste aus Deutschland im Landgoed (Zimmer bitte auf unsere Rechnung):

{rows}

Herzliche Grüße
{P(a.first)} & {P(b2.first)}"""
    return f"""Hallo {P(jol.first)},

kurze Frage zum Ablauf: Mein Trauzeuge {P(g.person('de', 'm').full)} möchte eine Rede halten und braucht ein Mikrofon. Er ist unter {PH(g.de_mobile())} erreichbar, falls Sie mit ihm die Technik absprechen möchten. Ansonsten alles wie besprochen!

LG {P(a.first)}"""


@scen("de", True)
def de_platform(g, k):
    p = g.person("de")
    if k == 0:
        return f"""Nachricht über Booking.com – Buchungsnummer {booking_conf(g)}
Unterkunft: Parkhotel Luise Henriette
Gast: {P(p.full)}

Guten Abend, wir reisen mit einem Hund (Dackel, 8 kg) an. Ist das in Ordnung? Außerdem kommen wir erst gegen 21 Uhr. Bei Fragen erreichen Sie mich unter {PH(g.de_mobile())}.
Viele Grüße"""
    a, d = g.summer(2025, 4)
    return f"""Airbnb – Nachricht von {P(p.first)}
„Hallo! Wir haben das Chalet 31 gebucht ({D(a, 'dedm')}–{D(d, 'dedm')}). Gibt es Bettwäsche oder müssen wir sie mitbringen? Mein Mann {P(g.person('de', 'm', surname=(p.tv, p.last)).first)} fragt, ob es einen Grill gibt 😊“
Antwort verfasst von {P(staff('sabine').first)}: Bettwäsche und Handtücher sind inklusive, einen Grill können Sie an der Rezeption für 15 € leihen."""


@scen("de", True)
def de_review_reply(g, k):
    sab = staff("sabine")
    p = g.person("de")
    if k == 0:
        return f"""HolidayCheck-Bewertung (4,2/6) – {P(p.first)} ({g.r.randint(41, 70)}), Familie
„Schöner Park, aber das Schwimmbad war zweimal wegen Wartung geschlossen.“

Kommentar des Hoteliers:
Liebe{'r' if p.sex == 'm' else ''} {P(p.first)}, vielen Dank für Ihre Bewertung. Die Wartung war leider nicht planbar; als Entschädigung haben wir allen betroffenen Gästen einen Gutschein (VHB-Code) geschickt. Herzliche Grüße aus Kleve, {P(sab.full)}"""
    return f"""Google-Rezension ★★★★★ von {P(p.full)}
„Super freundlich, vor allem {P(sab.first)} an der Rezeption! Chalet sauber, Kinder glücklich.“
Antwort des Inhabers: Danke, {P(p.first)}! Wir geben das Lob an {P(sab.first)} weiter. Bis zum nächsten Mal im Ferienpark Am Reichswald!"""


@scen("de", True)
def de_firmenrechnung(g, k):
    if k == 0:
        c = g.person("nl")
        st, pc, city, _ = g.nl_addr()
        return f"""Sehr geehrte Damen und Herren,

bitte stellen Sie die Rechnung für unser Teamevent im Ferienpark Am Reichswald auf unsere niederländische Firma aus:

Grensland Logistiek (Einzelunternehmen)
z. Hd. {P(c.full)}
{AD(st)}, {PC(pc)} {city}, Niederlande
KvK-Nummer {KV(g.kvk())}
USt-IdNr. {BT(g.btw_id())}

Vielen Dank
{P(c.first)}"""
    c = g.person("de", "f")
    st, pc, city, area = g.de_addr()
    return f"""Rechnungsanschrift für die Tagung am 14.11.:
Niederrhein Agrartechnik GmbH
Ansprechpartnerin: {P(c.full)}
{AD(st)}
{PC(pc)} {city}
Handelsregister: Amtsgericht Kleve HRB {g.digits(5)}
USt-IdNr.: {de_vat(g)}
Bestellnummer: {g.non_elf()}
Telefon (Durchwahl Frau {P(c.last)}): {PH(g.de_landline(area))}
Zentrale: 0800 {g.digits(7, '2345')}"""


@scen("de", True)
def de_forward_nl(g, k):
    f, sab = staff("femke"), staff("sabine")
    p = g.person("de", "f" if k == 0 else "m")
    if k == 0:
        return f"""Hoi {P(f.first)}, deze Duitse gast wil naar Camping Het Zwanenmeer, kun jij plaats 114 voor haar vasthouden? Groetjes, {P(sab.first)}

----- Weitergeleitete Nachricht -----
Von: {P(p.full)} <{E(g.email(p, ('web.de', 'gmx.de', 'posteo.de')))}>
Betreff: Stellplatz am Wasser

Hallo, wir waren letztes Jahr auf Platz 114 und möchten ihn gern wieder für den 2.–16. August. Wohnwagen 7,5 m. Sie erreichen mich unter {PH(g.de_mobile())}.
Gruß {P(p.first)}"""
    return f"""{P(f.first)}, FYI – Herr {P(p.sur)} rief an wegen seiner Rechnung (Parkhotel Luise Henriette). Er spricht kein Niederländisch, bitte auf Deutsch antworten. Rückrufnummer: {PH(g.de_landline(g.pick(DE_CITIES)[2]))}. {P(sab.first)}

> Sehr geehrte Damen und Herren, auf der Rechnung RE-25-{g.digits(5)} wurde die Minibar doppelt berechnet (2 × 14,50 €). Bitte korrigieren. {P(p.ini_sur)}"""


# ---------------------------------------------------------------- DE without personal data


@scen("de", False)
def de_clean_anfrage(g, k):
    a, d = g.summer(2025, 7)
    if k == 0:
        return f"""Guten Tag,

haben Sie vom {D(a, 'dedm')} bis {D(d, 'dedm')} noch ein Chalet für 2 Erwachsene und 2 Kinder (5 und 9 Jahre) frei? Wir würden gern unseren Hund (Beagle) mitbringen. Was kostet die Endreinigung, und ist die Kurtaxe im Preis enthalten?

Vielen Dank im Voraus!"""
    return f"""Hallo, gibt es auf Camping Het Zwanenmeer Stellplätze mit eigenem Sanitär? Wir kommen mit einem Wohnmobil (8,20 m) und bräuchten 16A Strom. Zeitraum {D(a, 'dedm')} bis {D(d, 'dedm')} Gruß aus dem Sauerland"""


@scen("de", False)
def de_clean_bestaetigung(g, k):
    a, d = g.stay(2025, g.r.randint(2, 7))
    if k == 0:
        return f"""Buchungsbestätigung {resnr(g)}
Ferienpark Am Reichswald · Reichswaldallee 5 · 47533 Kleve
Chalet: {g.r.randint(1, 40)} (Typ Waldblick, 4 Pers.)
Anreise: {D(a, 'de')} ab 16:00 Uhr · Abreise: {D(d, 'de')} bis 10:00 Uhr
Gesamtpreis: {nb(eur(g.r.randint(400, 1200), 'de'))} inkl. Endreinigung, zzgl. Kurtaxe 2,30 € p. P./Nacht
Anzahlung 30 % bitte auf DE37 3245 0000 0004 4712 90 (Verwendungszweck: Buchungsnummer).
Fragen? +49 2821 99870 · gaesteservice@vlierhoven.example
Vlierhoven Hotels & Parken B.V. · KvK 71248603 · USt-IdNr. NL861245702B01"""
    return f"""Ihre Reservierung im Parkhotel Luise Henriette
Reservierungsnummer: {g.elf_ref()}
Zimmer: Doppelzimmer Komfort, Zimmer {g.r.randint(201, 230)}
Zeitraum: {D(a, 'de')} – {D(d, 'de')}
Frühstück 6:30–10:30 Uhr, Tiefgarage 12,00 € pro Tag
WLAN: Netzwerk „LuiseHenriette-Gast“, Anmeldung mit Zimmernummer
Stornierung kostenfrei bis 48 Stunden vor Anreise."""


@scen("de", False)
def de_clean_rechnung(g, k):
    if k == 0:
        n = g.r.randint(2, 6)
        return f"""RECHNUNG Nr. {g.elf_ref()}
Rechnungsdatum: {D(g.date(2025, 2025), 'de')}
Leistungszeitraum: {D(g.date(2025, 2025), 'de')} – {n} Nächte
Chalet Waldblick 4 Pers.         {eur(n * 119, 'de')}
Endreinigung                      {eur(75, 'de')}
Kurtaxe 2 Pers.                   {eur(n * 4.60, 'de')}
Gesamt (inkl. 7 % MwSt.)          {eur(n * 119 + 75 + n * 4.6, 'de')}
Bezahlt per EC-Karte, Beleg-Nr. {g.digits(6)}
Ferienpark Am Reichswald · IBAN DE37324500000004471290"""
    return f"""Hallo, auf unserer Rechnung RE-25-{g.digits(5)} steht die Kurtaxe für 4 Personen, wir waren aber nur zu dritt (Kind unter 6 ist frei?). Betrag 27,60 € statt 36,80 €. Buchung {resnr(g)}. Bitte um Korrektur, danke."""


@scen("de", False)
def de_clean_stellplatz(g, k):
    if k == 0:
        return f"""Infos zu Ihrem Stellplatz C-41 (Camping Het Zwanenmeer)
• Strom 10A, Adapter CEE an der Rezeption (Pfand 20 €)
• Frischwasser an jeder Säule, Grauwasserentsorgung bei Sanitärgebäude B
• Schranke öffnet nach Kennzeichen-Anmeldung in der App
• Brötchenservice: bis 18 Uhr bestellen, Abholung 7:30–9:30
Schönen Urlaub! 🏕️"""
    return f"""Guten Morgen, Stellplatz {g.r.randint(100, 140)} hier – die Stromsäule zeigt keinen Strom mehr seit heute Nacht. Sicherung ist drin. Können Sie jemanden vorbeischicken? Danke! ⚡"""


@scen("de", False)
def de_clean_allergie(g, k):
    if k == 0:
        return f"""Küchenzettel Frühstück {D(g.date(2025, 2025), 'de')} – Parkhotel Luise Henriette
Zi. 214: laktosefrei
Zi. 118: Nussallergie (schwer!), Gast hat Notfallset dabei
Zi. 305: vegan
Gruppe GRP-KEGEL-{g.digits(4)}: 2× glutenfrei
Bitte an Service weitergeben."""
    return f"""Hallo, wir kommen nächste woche (Buchung {resnr(g)}). Unsere Tochter hat Zöliakie. Bieten Sie glutenfreies Brot zum Frühstück an, oder sollen wir selbst etwas mitbringen? Vielen Dank!"""


@scen("de", False)
def de_clean_gutschein(g, k):
    if k == 0:
        return f"""Guten Tag, ich möchte einen Gutschein über 200 € für den Ferienpark Am Reichswald verschenken. Kann man den auch im Parkhotel Luise Henriette einlösen? Und wie lange ist er gültig? Gutscheincode aus Ihrem Newsletter: WINTER{g.r.randint(20, 25)}-{g.digits(3)}"""
    return f"""Webshop-Bestellung {g.digits(8)} – Gutschein VHB-{''.join(g.r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(4))}-{''.join(g.r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(4))}
Wert: 150,00 € · gültig bis 31.12.2027 · einlösbar in allen Vlierhoven-Häusern
Versand: per E-Mail als PDF · Zahlung: PayPal (Transaktions-ID {g.digits(17)})"""


@scen("de", False)
def de_clean_bewertung(g, k):
    if k == 0:
        return f"""HolidayCheck · Bewertung von „Waldläufer{g.r.randint(60, 90)}“ · 5/6
„Ruhige Lage am Reichswald, Chalet 23 mit Blick ins Grüne. Brötchenservice top, Abendessen im Gasthof Onkel Willi in Kranenburg. WLAN im hinteren Teil schwach.“
Kommentar: Vielen Dank! Das WLAN wird im Winter erweitert. Ihr Team vom Ferienpark Am Reichswald"""
    return f"""Instagram-Kommentar unter @VlierhovenDE: „Wann öffnet das Hallenbad wieder? 🏊‍♀️ #reichswald #urlaubamniederrhein“
Antwort @VlierhovenDE: Ab dem 1. März ist das Bad wieder täglich von 9 bis 20 Uhr geöffnet! 😊"""


@scen("de", False)
def de_clean_wlan(g, k):
    if k == 0:
        return f"""Hallo, das WLAN im Chalet {g.r.randint(1, 40)} bricht ständig ab. Mein Laptop bekommt die Adresse 192.168.{g.r.randint(10, 60)}.{g.r.randint(20, 200)}, Gateway 192.168.{g.r.randint(10, 60)}.1, aber keine Internetverbindung. Speedtest am Handy: 0,8 Mbit/s. Router-Firmware laut Aufkleber 7.57. Können Sie das prüfen?"""
    return f"""Störungsmeldung WLAN Ferienpark – Ticket INC-{g.digits(5)}
Access Point AP-17 (bei Chalet 20–28) offline seit {D(g.date(2025, 2025), 'de')} 14:20
Management-IP 10.{g.r.randint(1, 50)}.{g.r.randint(1, 250)}.17, Controller-Version 8.0.26
Betroffene SSID: „Reichswald-Gast“. Techniker kommt morgen zwischen 8 und 12 Uhr."""


# ---------------------------------------------------------------- EN without personal data


@scen("en", False)
def en_clean_availability(g, k):
    a, d = g.stay(2025, g.r.randint(3, 7))
    if k == 0:
        return f"""Hi there, do you have a two-bedroom lodge availble at Vakantiepark De Vlierhof from {D(a, 'endm')} to {D(d, 'endm')}? Two adults, two kids (4 and 8) and a small dog. Is the swimming pool heated in that period? Thanks!"""
    return f"""Hello, we're cycling from Amsterdam to Bruges and would like a room at Strandhotel Anna Maria on {D(a, 'endm')} for one night. Is there a secure place for two e-bikes, and can we charge them overnight? Many thanks."""


@scen("en", False)
def en_clean_confirmation(g, k):
    a, d = g.stay(2025, g.r.randint(1, 4)) if k == 0 else g.summer()
    if k == 0:
        return crlf(f"""Your booking is confirmed – {resnr(g)}
Strandhotel Anna Maria, Zeedijk 211, 8420 De Haan, Belgium
Check-in: {D(a, 'enw')} from 3 pm · Check-out: {D(d, 'enw')} by 11 am
Room: Deluxe Sea View (room number assigned on arrival)
Total: {eur(g.r.randint(200, 700), 'en')} incl. city tax · Paid: deposit {eur(90, 'en')} · Balance by transfer to BE56 0689 1255 3088
Need help? Call +32 59 43 21 70 or message us on WhatsApp +31 6 2381 4490.
Vlierhoven Hotels & Parken B.V. · KvK 71248603 · VAT NL861245702B01""")
    return f"""Booking confirmation – Camping Het Zwanenmeer
Booking number: {g.elf_ref()}
Pitch: {g.r.randint(100, 140)} (waterfront, 10A, 110 m²)
Dates: {D(a, 'slash')} – {D(d, 'slash')}
Guests: 2 adults, 1 dog
Please pay the balance of {eur(g.r.randint(150, 400), 'en')} to NL55 RABO 0312 5548 90 quoting the booking number.
Barrier access: register your number plate in the app up to 3 days before arrival."""


@scen("en", False)
def en_clean_wifi(g, k):
    if k == 0:
        return f"""Hi, the Wi-Fi in room {g.r.randint(201, 230)} keeps dropping. My laptop gets 192.168.{g.r.randint(2, 60)}.{g.r.randint(20, 200)} but no internet, and the login page for "GoudenLeeuw-Gast" won't load. Phone works fine on 4G. Could someone reset the access point on the 2nd floor? Thanks"""
    return f"""Maintenance log – Vakantiepark De Vlierhof
AP-{g.r.randint(10, 40)} (lodges 40–60) rebooted 09:14, firmware 6.5.62, uplink 10.{g.r.randint(1, 40)}.0.1 OK.
Guest SSID "Vlierhof-Guest" back online 09:20. Speed test 94/38 Mbit/s.
Next: replace AP-{g.r.randint(41, 60)} (water damage). Ticket INC-{g.digits(5)}."""


@scen("en", False)
def en_clean_review(g, k):
    if k == 0:
        return f"""Tripadvisor · "Perfect family base" · 5/5 · by WanderlustFamily{g.r.randint(10, 99)}
"The lodge was spotless and the kids loved the splash pool. Reception gave us great tips for cycling routes."
Response from Vlierhoven Hotels: Thank you for the lovely review! We hope to welcome you back at Vakantiepark De Vlierhof. – The Vlierhoven team"""
    return f"""Google review (2★) by a Local Guide · "Overpriced breakfast"
€24.50 for a buffet that ran out of eggs at 9:30. Room 118 was fine though.
Owner's reply: We're sorry to hear this. We've added a second egg station on weekends. – Guest Relations, Hotel De Gouden Leeuw"""


@scen("en", False)
def en_clean_pets(g, k):
    if k == 0:
        return f"""Hi, is Camping Het Zwanenmeer dog-friendly? We have two greyhounds. Do you have pitches with a fenced area? We'd like to come for 10 nights in September with our caravan (7.2 m). Cheers!"""
    return f"""Pet policy – Vlierhoven holiday parks
Dogs are welcome in lodges marked 🐾 (max. 2 per lodge, {eur(7.50, 'en')} per night). Dogs must be on a lead in the park and are not allowed in the pool area or the restaurant. A dog shower is available next to reception.
Questions? Call 088 512 3400."""


@scen("en", False)
def en_clean_invoice_query(g, k):
    if k == 0:
        return f"""Hello, I recieved invoice F2025-{g.digits(5)} for {eur(468.90, 'en')} but the parking ({eur(17.50, 'en')} x 2) was included in our package according to the confirmation. Could you send a corrected invoice? Reservation {resnr(g)}. Thanks."""
    return f"""Hi, I have a voucher code XMAS-{g.digits(4)}-{''.join(g.r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(2))} worth {eur(100, 'en')} but the website says "code not valid for this property". I'm trying to book Landgoed Jan van Arkel for 21–23 March. Is the voucher only for the holiday parks?"""


@scen("en", False)
def en_clean_event_quote(g, k):
    if k == 0:
        return f"""Quote Q-2026-{g.digits(3)} – conference package, Hotel De Gouden Leeuw
Day delegate rate: {eur(59.50, 'en')} p.p. (room hire, coffee, lunch)
24h rate: {eur(189, 'en')} p.p. incl. single room and dinner
Plenary room "Berkel" (80 theatre-style), 3 break-out rooms ("Hendrick Avercamp", "Judith Leyster", "Jan Steen")
Wi-Fi: dedicated conference network, day voucher WF-DAY-{g.digits(4)} printed on the badges
Option held until {D(g.date(2025, 2025), 'enw')}. Groups & Events, +31 88 512 3400."""
    return f"""Hello, we're a software company planning a 2-day retreat for 35 people in spring. Could you send a quote for Landgoed Jan van Arkel and for Parkhotel Luise Henriette? We need one plenary room, good Wi-Fi and vegetarian catering. Budget around {eur(300, 'en')} per person."""


@scen("en", False)
def en_clean_platform(g, k):
    if k == 0:
        return f"""Airbnb payout notification
Reservation HM{''.join(g.r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(8))} · Lodge Scholekster · 4 nights
Payout: {eur(g.r.randint(400, 900), 'en')} sent to account ending 4890 on {D(g.date(2025, 2025), 'enw')}
Service fee: {eur(g.r.randint(40, 120), 'en')}"""
    return f"""Booking.com: Guest request – reservation {booking_conf(g)}
Special request: "Twin beds please, we're colleagues. Arrival around 7 pm."
Property: Parkhotel Luise Henriette · Room type: Twin Comfort · 2 nights · {eur(g.r.randint(180, 320), 'en')}"""


@scen("en", False)
def en_clean_allergy(g, k):
    if k == 0:
        return f"""Kitchen brief – wedding dinner, Landgoed Jan van Arkel, 84 covers
Table 2: 1x coeliac (separate toaster!)
Table 4: 2x severe nut allergy – no pesto, no praline on dessert
Table 7: 3x vegan, 2 high chairs
Late snack 23:00: bitterballen + vegan option. Allergen matrix on the pass."""
    return f"""Hi, my daughter has a severe sesame allergy. Could the breakfast team at Hotel De Gouden Leeuw let us know which bread is sesame-free? We're in room {g.r.randint(201, 230)} until Sunday. Thank you so much."""


# =============================================================================================
# self test: validators against the reference's vectors, and the organisation's own data
# =============================================================================================


def self_test():
    checks = []

    def ok(cond, what):
        checks.append((bool(cond), what))

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "999999990",
              "111111110", "696579303", "103349856", "044126396"]:
        ok(elfproef(v), f"bsn {v}")
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        ok(not elfproef(v), f"bsn invalid {v}")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "NL20INGB0001234567", "BE71 0961 2345 6769",
              "DE89370400440532013000", "FR1420041010050500013M02606", "nl91abna0417164300"]:
        ok(iban_valid(v), f"iban {v}")
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL00ABNA0417164300"]:
        ok(not iban_valid(v), f"iban invalid {v}")
    ok(iban_make("NL", "ABNA0417164300") == "NL91ABNA0417164300", "iban check digits")
    def nat(v):
        return phone_parse(v)[1]

    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67",
              "0111-123456", "088 123 4567", "085 123 4567"]:
        ok(phone_nl(nat(v)) and phone_valid(v), f"phone nl {v}")
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "067 1234567", "020-123456", "012-3456789",
              "06 01234567"]:
        ok(not phone_nl(nat(v)), f"phone nl invalid {v}")
    for v in ["+32 470 12 34 56", "0470 12 34 56", "02 511 22 33", "09 265 12 34", "050 44 86 86"]:
        ok(phone_be(nat(v)) and phone_valid(v), f"phone be {v}")
    for v in ["+32 470 12 34 5", "02 123 45 67", "09 123 45 67"]:
        ok(not phone_be(nat(v)), f"phone be invalid {v}")
    for v in ["0151 23456789", "+49 (0)221 1234567", "0049 171 1234567", "0171 1234567"]:
        ok(phone_de(nat(v)) and phone_valid(v), f"phone de {v}")
    ok(not phone_valid("+49 151 234"), "phone de invalid +49 151 234")
    for v in ["07700 900123", "0117 496 0123", "+44 7700 900123", "020 7946 0123"]:
        ok(phone_uk(nat(v)) and phone_valid(v), f"phone uk {v}")
    ok(not phone_uk("07700123456"), "uk outside drama range")
    for v in ["1012 AB", "1012AB", "9999 ZZ", "1000 AA", "NL-2611ET"]:
        ok(postcode_nl(v), f"postcode {v}")
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        ok(not postcode_nl(v), f"postcode invalid {v}")
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "III-V123AL568"]:
        ok(doc_valid(v), f"doc {v}")
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        ok(not NL_DOC_RE.fullmatch(v), f"doc invalid {v}")
    for v in ["GB-12-DF", "1-KBB-12", "123-BB-1", "12-GBX-3", "VB-123-X", "G-123-BB", "GBB-12-X", "G-12-BBB",
              "1-BB-123", "AB-12-34", "12-34-XY", "12-AB-34", "XB-PK-12", "12-DF-GH", "GBB12X", "gb-12-df"]:
        ok(kenteken_valid(v), f"kenteken {v}")
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        ok(not kenteken_valid(v), f"kenteken invalid {v}")
    for v in ["KLE-AB 123", "D-XY 1234", "BOR-K 45"]:
        ok(de_plate_valid(v), f"de plate {v}")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        ok(btw_id_valid(v), f"btw {v}")
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL12345678B01"]:
        ok(not btw_mod97(v), f"btw invalid {v}")
    ok(ob_valid("NL004495445B01") and not btw_id_valid("NL004495445B01"), "OB-nummer")
    ok(be_vat_valid("BE0403019261") and not be_vat_valid("BE0403019262"), "BE VAT")
    ok(de_vat_valid("DE136695976") and not de_vat_valid("DE136695977"), "DE VAT")
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "3782 822463 10005"]:
        ok(card_valid(v), f"card {v}")
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        ok(not card_valid(v), f"card invalid {v}")
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "info@bakkerij-de-groot.frl"]:
        ok(EMAIL_RE.fullmatch(v), f"email {v}")
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld"]:
        ok(not EMAIL_RE.fullmatch(v), f"email invalid {v}")
    for v in ["8.8.8.8", "2a02:a46b:5182:1::69"]:
        ok(ip_public(v), f"ip {v}")
    for v in ["192.168.1.10", "10.20.4.17", "172.16.8.4", "127.0.0.1", "2001:db8::1", "256.1.1.1", "010.001.001.001"]:
        ok(not ip_public(v), f"ip not public {v}")
    for v in ["12-03-1985", "5 mei 1960", "17 okt. 2001", "29.02.1992", "1985-03-12", "June 3, 1985", "3. Juni 1985",
              "12-03-'85", "03/07/1979"]:
        ok(dob_valid(v), f"dob {v}")
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999"]:
        ok(not dob_valid(v), f"dob invalid {v}")
    # organisation
    for v in ORG["ibans"]:
        ok(iban_valid(v), f"org iban {v}")
    for v in ORG["phones"]:
        ok(phone_valid(v), f"org phone {v}")
    for v in ORG_FORMS:
        if re.fullmatch(r"[+\d][\d \-/()]+", v) and len(re.sub(r"\D", "", v)) >= 9 and not v.isdigit():
            ok(phone_valid(v), f"org phone form {v}")
    ok(ob_valid(ORG["btw"][0]) and elfproef(ORG["btw"][0][2:11]), "org btw is RSIN-based (elfproef)")
    ok(all(kvk_valid(v) for v in ORG["kvk"]), "org kvk")
    for a in ORG["addresses"]:
        pc = re.search(r"\b(\d{4} [A-Z]{2}|\d{4,5})\b", a).group(1)
        ok(postcode_valid(pc), f"org postcode {pc}")
    bad = [w for c, w in checks if not c]
    if bad:
        raise SystemExit("self test failed: " + "; ".join(bad))
    return len(checks)


# =============================================================================================
# audit
# =============================================================================================
BIRTH_RE = re.compile(r"(?i)\bgeb\b\.?|geboren|geboortedat|geb\.datum|geburtsdat|geb\.-datum|\bborn\b|date of birth|"
                      r"\bDOB\b|birth")
DOC_RE = re.compile(r"(?i)paspoort|passport|reisepass|ausweis|id-kaart|id-karte|documentnummer|reisedokument|"
                    r"identiteitskaart")
REF_RE = re.compile(r"(?i)reserv|boeking|booking|factuur|invoice|rechnung|buchung|kenmerk|bestell|order|"
                    r"referen|\bMID\b")
DATE_RE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|'\d\d)|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [A-Za-zä]+\.? \d{4}|"
                     r"[A-Z][a-z]+ \d{1,2}, \d{4}")
ALL_FIRST = sorted({n for o in NAMES.values() for sx in ("f", "m") for n in o[sx]} | {v[0] for v in STAFF.values()})
ALL_SUR = sorted({s for o in NAMES.values() for _, s in o["s"]} | {v[1] for v in STAFF.values()})
NAME_TOKENS = sorted({t for n in ALL_FIRST + ALL_SUR for t in re.split(r"[ \-]", n)
                      if t and t not in PARTICLES and len(t) > 2})
STREETS = NL_STREETS + BE_STREETS + DE_STREETS
# names of businesses, rooms and hotels that contain given names or surnames: never PERSON (hard negatives)
NOT_PERSONS = ["Patisserie Anne-Fleur", "Bloembinderij Tante Door", "Taxibedrijf Gerrit Stam",
               "Koos van Rijn Touringcars", "Hendrick Avercamp", "Judith Leyster", "Jan Steen",
               "Brasserie Meneer Jansen", "Gasthof Onkel Willi", "Landgoed Jan van Arkel", "Strandhotel Anna Maria",
               "Parkhotel Luise Henriette"]


def byte_to_char(text):
    """map byte offset -> char offset."""
    m_, b = {}, 0
    for i, ch in enumerate(text):
        m_[b] = i
        b += len(ch.encode("utf-8"))
    m_[b] = len(text)
    return m_


def org_ranges(text):
    out = []
    for f in ORG_FORMS:
        for mo in re.finditer(r"(?<![\w])" + re.escape(f) + r"(?![\w])", text):
            out.append((mo.start(), mo.end()))
    for mo in re.finditer(r"[\w.+-]*@?[\w.-]*vlierhoven\.example[\w/.-]*", text):
        out.append((mo.start(), mo.end()))
    return out


def audit_record(text, spans, pii):
    """-> list of error strings (empty = fine). spans: byte offsets."""
    errs = []
    b2c = byte_to_char(text)
    cs = []  # (char start, char end, label, value)
    raw = text.encode("utf-8")
    prev_end = -1
    for sp in spans:
        if sp["start"] not in b2c or sp["end"] not in b2c:
            errs.append(f"span not on char boundary {sp}")
            continue
        if sp["start"] < prev_end or sp["start"] >= sp["end"]:
            errs.append(f"span order/overlap {sp}")
        prev_end = sp["end"]
        a, b = b2c[sp["start"]], b2c[sp["end"]]
        v = text[a:b]
        if raw[sp["start"]:sp["end"]].decode("utf-8") != v:
            errs.append("byte/char mismatch")
        cs.append((a, b, sp["label"], v))
        if sp["label"] not in LABELS:
            errs.append(f"bad label {sp['label']}")
            continue
        if v != v.strip() or not (v[0].isalnum() or v[0] in "+("):
            errs.append(f"edge {sp['label']} {v!r}")
        if not (v[-1].isalnum() or (sp["label"] == "PERSON" and re.search(r"\b[A-Z]\.$", v))):
            errs.append(f"edge end {sp['label']} {v!r}")
        if not VALID[sp["label"]](v):
            errs.append(f"invalid {sp['label']} {v!r}")
        before = text[max(0, a - 90):a]
        if sp["label"] == "DATE_OF_BIRTH" and not BIRTH_RE.search(before) and not re.search(
                r"(?i)geb\.?datum|geboortedatum|geburtsdatum|geb\.-datum", text[:a]):
            errs.append(f"DOB without birth word {v!r}")
        if sp["label"] == "ID_DOCUMENT" and not DOC_RE.search(text[max(0, a - 60):a]):
            errs.append(f"document without document word {v!r}")
        if sp["label"] == "KVK" and not re.search(r"(?i)kvk|chamber of commerce", text[max(0, a - 40):a]):
            errs.append(f"KVK without KvK word {v!r}")
    if bool(cs) != bool(pii):
        errs.append(f"has spans={bool(cs)} but scenario pii={pii}")

    def covered(a, b, labels=None, any_span=False):
        for (x, y, lab, _) in cs:
            if x <= a and b <= y and (any_span or labels is None or lab in labels):
                return True
        return False

    def overlaps_span(a, b):
        return any(x < b and a < y for (x, y, _, _) in cs)

    orgr = org_ranges(text)

    notp = [(mo.start(), mo.end()) for n in NOT_PERSONS for mo in re.finditer(re.escape(n), text)]

    def is_org(a, b):
        return any(x <= a and b <= y for (x, y) in orgr)

    def is_notp(a, b):
        return any(x <= a and b <= y for (x, y) in notp)

    for (x, y) in notp:
        if overlaps_span(x, y):
            errs.append(f"business/room name inside a span: {text[x:y]!r}")

    # nothing of the organisation inside a span
    for (x, y) in orgr:
        if overlaps_span(x, y):
            errs.append(f"organisation data inside a span: {text[x:y]!r}")
    # every repeat of a labelled value labelled with the same label
    for (a, b, lab, v) in cs:
        pat = r"(?<![\w@.])" + re.escape(v) + r"(?![\w@])"
        for mo in re.finditer(pat, text, flags=re.I if lab == "PERSON" else 0):
            if not covered(mo.start(), mo.end(), {lab}) and not covered(mo.start(), mo.end(), {"EMAIL"}):
                errs.append(f"unlabelled repeat of {lab} {v!r}")
    # every token of a labelled name labelled wherever it occurs
    toks = set()
    for (a, b, lab, v) in cs:
        if lab == "PERSON":
            toks |= {t for t in re.split(r"[ \-]", v) if t and t.strip(".") == t and t not in PARTICLES
                     and t.lower() not in PARTICLES and len(t) > 1}
    for t in sorted(toks):
        for mo in re.finditer(r"(?<![\w])" + re.escape(t) + r"(?![\w])", text, flags=re.I):
            if not covered(mo.start(), mo.end(), {"PERSON", "EMAIL"}):
                errs.append(f"name token {t!r} unlabelled")
    # scanners: never left unlabelled
    for mo in EMAIL_RE.finditer(text):
        if not covered(mo.start(), mo.end(), {"EMAIL"}) and not is_org(mo.start(), mo.end()):
            errs.append(f"unlabelled e-mail {mo.group()!r}")
    for mo in re.finditer(r"(?i)(?<![A-Za-z0-9])[a-z]{2}\d{2}", text):
        comp, j = mo.group(), mo.end()
        while j < len(text) and len(comp) < 34:
            ch = text[j]
            if ch.isalnum() and ch.isascii():
                comp += ch
            elif ch in " \u00a0" and j + 1 < len(text) and text[j + 1].isalnum():
                pass
            else:
                break
            j += 1
            cc = comp[:2].upper()
            if cc in IBAN_LEN and len(comp) == IBAN_LEN[cc] and iban_valid(comp):
                if not (j < len(text) and text[j].isalnum()):
                    if not covered(mo.start(), j, {"IBAN"}) and not is_org(mo.start(), j):
                        errs.append(f"unlabelled IBAN {text[mo.start():j]!r}")
                break
    for mo in re.finditer(r"(?<![\d])\d(?:[ \-\u00a0]?\d){12,18}(?![\d])", text):
        if card_valid(mo.group()) and not covered(mo.start(), mo.end(), {"CREDIT_CARD"}):
            errs.append(f"unlabelled card {mo.group()!r}")
    for mo in re.finditer(r"(?<![\d.\-])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3})(?![\d])", text):
        if elfproef(mo.group()) and not covered(mo.start(), mo.end(), any_span=True) \
                and not is_org(mo.start(), mo.end()):
            line_before = text[text.rfind("\n", 0, mo.start()) + 1:mo.start()]
            if not REF_RE.search(line_before[-40:]):
                errs.append(f"unlabelled elfproef number {mo.group()!r}")
    for mo in re.finditer(r"(?i)\bNL\d{9}B\d{2}\b", text):
        if not covered(mo.start(), mo.end(), {"BTW_ID", "BSN"}) and not is_org(mo.start(), mo.end()):
            errs.append(f"unlabelled btw {mo.group()!r}")
    for mo in re.finditer(r"(?i)\b(?:kvk|chamber of commerce)\b[^\d\n]{0,25}(\d{8})\b", text):
        if not covered(mo.start(1), mo.end(1), {"KVK"}) and not is_org(mo.start(1), mo.end(1)):
            errs.append(f"unlabelled KvK {mo.group(1)!r}")
    for mo in BIRTH_RE.finditer(text):
        dm = DATE_RE.search(text, mo.end(), min(len(text), mo.end() + 40))
        if dm and dob_valid(dm.group()) and not covered(dm.start(), dm.end(), {"DATE_OF_BIRTH"}):
            errs.append(f"date after birth word unlabelled {dm.group()!r}")
    for mo in DOC_RE.finditer(text):
        dm = re.compile(r"\b(?=[A-Z0-9]*\d)[A-Z0-9]{9}\b").search(text, mo.end(), min(len(text), mo.end() + 30))
        if dm and not covered(dm.start(), dm.end(), {"ID_DOCUMENT"}):
            errs.append(f"document number unlabelled {dm.group()!r}")
    for mo in re.finditer(r"(?<![\w])(?:\d{4}\.)?\d{1,3}(?:\.\d{1,3}){3}(?![\w.])", text):
        if ip_public(mo.group()) and not covered(mo.start(), mo.end(), {"IP_ADDRESS"}):
            errs.append(f"unlabelled public IP {mo.group()!r}")
    for mo in re.finditer(r"(?<![\w:])[0-9a-f]{4}:[0-9a-f:]{4,}(?![\w:])", text):
        if ip_public(mo.group()) and not covered(mo.start(), mo.end(), {"IP_ADDRESS"}):
            errs.append(f"unlabelled public IPv6 {mo.group()!r}")
    for mo in re.finditer(r"(?<![\d+])(?:\+31 ?(?:\(0\) ?)?6|0031 ?6|06)[ \-]?(?:\d[ \-]?){7}\d(?!\d)", text):
        if phone_valid(mo.group()) and not covered(mo.start(), mo.end(), {"PHONE"}) \
                and not is_org(mo.start(), mo.end()):
            errs.append(f"unlabelled NL mobile {mo.group()!r}")
    for mo in re.finditer(r"\+(?:31|32|44|49)[\d \-()/\u00a0]{7,18}\d", text):
        if phone_valid(mo.group()) and not covered(mo.start(), mo.end(), {"PHONE"}) \
                and not is_org(mo.start(), mo.end()):
            errs.append(f"unlabelled international phone {mo.group()!r}")
    for mo in re.finditer(r"(?<![\w+])0\d[\d \-/()\u00a0]{7,14}\d(?![\d])", text):
        cand = mo.group()
        for cut in range(len(cand), 8, -1):  # the longest valid prefix
            c = cand[:cut].rstrip(" -/(")
            if c and c[-1].isdigit() and phone_valid(c):
                if any(x < mo.start() + len(c) and mo.start() < y and lab != "PHONE" for (x, y, lab, _) in cs):
                    break
                if not covered(mo.start(), mo.start() + len(c), {"PHONE"}) and not is_org(mo.start(), mo.start() + len(c)) \
                        and not re.fullmatch(r"0800.*|090.*", re.sub(r"\D", "", c)):
                    errs.append(f"unlabelled phone {c!r}")
                break
    if BIRTH_RE.search(text):
        for mo in DATE_RE.finditer(text):
            d = parse_date(mo.group())
            if d and d.year <= 2022 and not covered(mo.start(), mo.end(), {"DATE_OF_BIRTH"}):
                errs.append(f"old date in a text with birth words unlabelled {mo.group()!r}")
    for (a, b, lab, v) in cs:
        if lab == "ADDRESS":
            mo = re.match(r"[ ,]*\r?\n?[ ]*([1-9]\d{3}(?: ?[A-Z]{2})?|\d{5})(?![\w])", text[b:b + 30])
            if mo and not covered(b + mo.start(1), b + mo.end(1), {"POSTCODE"}):
                errs.append(f"postcode after address unlabelled {mo.group(1)!r}")
    for mo in re.finditer(r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b", text):
        if not covered(mo.start(), mo.end(), {"POSTCODE"}):
            errs.append(f"UK postcode unlabelled {mo.group()!r}")
    for mo in re.finditer(r"\b[12]-[A-Z]{3}-\d{3}\b", text):
        if not covered(mo.start(), mo.end(), {"LICENSE_PLATE"}):
            errs.append(f"BE plate unlabelled {mo.group()!r}")
    for mo in re.finditer(r"(?i)kenteken|kennzeichen|registration|number plate|nummerplaat", text):
        dm = re.compile(r"[A-Z0-9][A-Z0-9\- ]{4,9}[A-Z0-9]").search(text, mo.end(), min(len(text), mo.end() + 25))
        if dm:
            for cut in range(len(dm.group()), 5, -1):
                c = dm.group()[:cut].strip()
                if plate_valid(c):
                    if not covered(dm.start(), dm.start() + len(c), {"LICENSE_PLATE"}):
                        errs.append(f"plate after vehicle word unlabelled {c!r}")
                    break
    for mo in re.finditer(r"\b[1-9]\d{3} ?[A-Z]{2}\b", text):
        if postcode_nl(mo.group()) and not covered(mo.start(), mo.end(), {"POSTCODE"}) \
                and not is_org(mo.start(), mo.end()):
            errs.append(f"unlabelled postcode {mo.group()!r}")
    for mo in re.finditer(r"\b[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3}\b", text):
        if kenteken_valid(mo.group()) and not covered(mo.start(), mo.end(), {"LICENSE_PLATE"}):
            errs.append(f"unlabelled kenteken {mo.group()!r}")
    for mo in re.finditer(r"\b(?:" + "|".join(DE_DISTRICTS) + r")-[A-Z]{1,2} \d{1,4}\b", text):
        if not covered(mo.start(), mo.end(), {"LICENSE_PLATE"}):
            errs.append(f"unlabelled DE plate {mo.group()!r}")
    for st in STREETS:
        for mo in re.finditer(re.escape(st) + r" \d", text, flags=re.I):
            if not covered(mo.start(), mo.end(), {"ADDRESS"}):
                errs.append(f"unlabelled street {mo.group()!r}")
    for st in UK_STREETS:
        for mo in re.finditer(r"\d " + re.escape(st), text):
            if not covered(mo.start(), mo.end(), {"ADDRESS"}):
                errs.append(f"unlabelled UK street {mo.group()!r}")
    for t in NAME_TOKENS:
        for mo in re.finditer(r"(?<![\w])" + re.escape(t) + r"(?![\w])", text, flags=re.I):
            if not covered(mo.start(), mo.end(), {"PERSON", "EMAIL"}) and not is_org(mo.start(), mo.end()) \
                    and not is_notp(mo.start(), mo.end()):
                errs.append(f"listed name {t!r} unlabelled")
    return errs


# =============================================================================================
# build
# =============================================================================================


def build():
    records, meta = [], []
    for lang in ("nl", "en", "de"):
        items = []
        for (l, pii, fn) in SCENARIOS:
            if l != lang:
                continue
            for k in (0, 1):
                g = Gen(f"{fn.__name__}:{k}")
                marked = fn(g, k)
                text, spans = render(marked)
                values = [mo.group(2) for mo in MARK_RE.finditer(marked)]
                items.append((fn.__name__, k, pii, text, spans, values))
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(items)
        for i, (name, k, pii, text, spans, values) in enumerate(items, 1):
            rid = f"{PREFIX}-{lang}-{i:03d}"
            records.append({"id": rid, "lang": lang, "text": text, "spans": spans})
            meta.append({"id": rid, "scenario": name, "k": k, "pii": pii, "values": values})
    return records, meta


def main():
    mutation = "--mutation" in sys.argv
    n_checks = self_test()
    records, meta = build()
    errors = []
    texts = [r["text"] for r in records]
    if len(set(texts)) != len(texts):
        errors.append("duplicate texts")
    for rec, mt in zip(records, meta):
        raw = rec["text"].encode("utf-8")
        vals = [raw[s["start"]:s["end"]].decode("utf-8") for s in rec["spans"]]
        if vals != mt["values"]:
            errors.append(f"{rec['id']}: span values differ from markup")
        for e in audit_record(rec["text"], rec["spans"], mt["pii"]):
            errors.append(f"{rec['id']} ({mt['scenario']}:{mt['k']}): {e}")
    if errors:
        print("\n".join(errors))
        raise SystemExit(f"audit failed: {len(errors)} problems; gold.jsonl not written")
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    OUT.write_bytes(data)
    # read back and re-slice every span from the serialised bytes
    back = [json.loads(line) for line in OUT.read_bytes().decode("utf-8").splitlines()]
    assert len(back) == len(records)
    for rec, mt in zip(back, meta):
        raw = rec["text"].encode("utf-8")
        assert [raw[s["start"]:s["end"]].decode("utf-8") for s in rec["spans"]] == mt["values"], rec["id"]
        assert set(rec) == {"id", "lang", "text", "spans"}
    stats(back, meta, n_checks)
    if mutation:
        mutation_check(back, meta)
    print("sha256", hashlib.sha256(data).hexdigest())


def stats(recs, meta, n_checks):
    langs = ("nl", "en", "de")
    cnt = {(lab, l): 0 for lab in LABELS for l in langs}
    for r in recs:
        for s in r["spans"]:
            cnt[(s["label"], r["lang"])] += 1
    per_lang = {l: sum(1 for r in recs if r["lang"] == l) for l in langs}
    clean = {l: sum(1 for r in recs if r["lang"] == l and not r["spans"]) for l in langs}
    lens = sorted(len(r["text"].encode("utf-8")) for r in recs)
    n_clean = sum(clean.values())
    print(f"self test: {n_checks} checks passed; audit: {len(recs)} records clean")
    print("messages: " + ", ".join(f"{l} {per_lang[l]}" for l in langs) + f"; total {len(recs)}")
    print(f"without personal data: {n_clean} ({', '.join(f'{l} {clean[l]}' for l in langs)}) = "
          f"{100 * n_clean / len(recs):.1f} %")
    print(f"length {lens[0]}-{lens[-1]} bytes, median {lens[len(lens) // 2]}; "
          f"non-ASCII {sum(1 for r in recs if not r['text'].isascii())}; "
          f"emoji {sum(1 for r in recs if any(ord(c) >= 0x1F000 for c in r['text']))}; "
          f"CRLF {sum(1 for r in recs if chr(13) + chr(10) in r['text'])}; "
          f"NBSP {sum(1 for r in recs if chr(160) in r['text'])}")
    print(f"| label | nl | en | de | total |")
    print(f"|---|---:|---:|---:|---:|")
    for lab in LABELS:
        row = [cnt[(lab, l)] for l in langs]
        print(f"| `{lab}` | {row[0]} | {row[1]} | {row[2]} | {sum(row)} |")
    tot = [sum(cnt[(lab, l)] for lab in LABELS) for l in langs]
    print(f"| **all** | {tot[0]} | {tot[1]} | {tot[2]} | {sum(tot)} |")


def mutation_check(recs, meta):
    caught = {lab: [0, 0] for lab in LABELS}
    for r, mt in zip(recs, meta):
        for i, s in enumerate(r["spans"]):
            rest = r["spans"][:i] + r["spans"][i + 1:]
            caught[s["label"]][1] += 1
            if audit_record(r["text"], rest, mt["pii"]):
                caught[s["label"]][0] += 1
    print("mutation check (span removed -> audit complains): " +
          ", ".join(f"{lab} {c}/{n}" for lab, (c, n) in caught.items() if n))


if __name__ == "__main__":
    main()
