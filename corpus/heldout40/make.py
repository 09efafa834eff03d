#!/usr/bin/env python3
"""heldout40 -- blind held-out evaluation set for pii-scrubber.

Organisation: Zonnegloed Installaties B.V., a fictional Dutch installer of solar panels, heat pumps and
home batteries (Apeldoorn) with customers in NL, Belgium and Germany.

Python 3.11, standard library only.  Deterministic: every message instance gets its own
random.Random(f"{SEED}:{scenario}:{k}") (string seeds are hashed with SHA-512 inside `random`, so
PYTHONHASHSEED has no influence).  Run:  python3 -B make.py
The self test and the audit run first; gold.jsonl is written only if both pass.
"""
import calendar
import hashlib
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata

SEED = "heldout40-zonnegloed-v1"
PREFIX = "h40"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")

LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# ---------------------------------------------------------------------------------------------
# markup: values are written into the texts between private-use sentinels; render() strips them
# ---------------------------------------------------------------------------------------------
S_OPEN, S_MID, S_CLOSE, S_EXEMPT = "\ue000", "\ue001", "\ue002", "\ue003"


def m(label, value):
    assert label in LABELS, label
    assert value and value == value.strip(), repr(value)
    return f"{S_OPEN}{label}{S_MID}{value}{S_CLOSE}"


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
def KT(v): return m("LICENSE_PLATE", v)
def BTW(v): return m("BTW_ID", v)
def KVK(v): return m("KVK", v)


def X(kind, value):
    """A deliberate hard negative / non-person string: rendered as plain text, remembered for the audit."""
    return f"{S_EXEMPT}{kind}{S_MID}{value}{S_CLOSE}"


def NP(v): return X("NP", v)          # company / street / product names containing name-like tokens


def render(marked):
    out, spans, exempt = [], [], []
    i, pos = 0, 0
    while i < len(marked):
        ch = marked[i]
        if ch in (S_OPEN, S_EXEMPT):
            j = marked.index(S_MID, i)
            kind = marked[i + 1:j]
            e = marked.index(S_CLOSE, j)
            val = marked[j + 1:e]
            assert S_OPEN not in val and S_EXEMPT not in val, "nested markup"
            (spans if ch == S_OPEN else exempt).append((pos, pos + len(val), kind, val))
            out.append(val)
            pos += len(val)
            i = e + 1
        else:
            assert ch not in (S_MID, S_CLOSE), "stray sentinel"
            out.append(ch)
            pos += 1
            i += 1
    return "".join(out), spans, exempt


# ---------------------------------------------------------------------------------------------
# validators
# ---------------------------------------------------------------------------------------------
def elfproef(d9):
    if not re.fullmatch(r"\d{9}", d9) or int(d9) == 0:
        return False
    t = sum((9 - i) * int(d9[i]) for i in range(8)) - int(d9[8])
    return t % 11 == 0


def bsn_ok(s):
    s = s.strip()
    mo = re.fullmatch(r"(?:NL)?\s?([\d .]{9,13}?)\.?\s?B\d{2}", s, re.I)      # old omzetbelastingnummer
    if mo:
        s = mo.group(1)
    d = re.sub(r"[ .-]", "", s)
    if not re.fullmatch(r"\d{8,9}", d):
        return False
    return elfproef(d.zfill(9))


def onderwijs_ok(s):
    d = re.sub(r"[ .-]", "", s)
    if not re.fullmatch(r"10\d{7}", d):
        return False
    t = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return t % 11 == 5


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "GB": 22, "FR": 27, "PL": 28, "LU": 20, "AT": 20, "ES": 24, "IT": 27}
IBAN_BBAN = {"NL": r"[A-Z]{4}\d{10}", "BE": r"\d{12}", "DE": r"\d{18}", "GB": r"[A-Z]{4}\d{14}",
             "FR": r"\d{10}[A-Z0-9]{11}\d{2}", "PL": r"\d{24}", "LU": r"\d{3}[A-Z0-9]{13}", "AT": r"\d{16}",
             "ES": r"\d{20}", "IT": r"[A-Z]\d{10}[A-Z0-9]{12}"}


def _b36(s):
    return "".join(str(int(ch, 36)) for ch in s)


def iban_compact(s):
    return re.sub(r"[\s\u00a0.-]", "", s).upper()


def iban_ok(s):
    c = iban_compact(s)
    cc = c[:2]
    if cc not in IBAN_LEN or len(c) != IBAN_LEN[cc] or not re.fullmatch(r"\d\d", c[2:4]):
        return False
    if not re.fullmatch(IBAN_BBAN[cc], c[4:]):
        return False
    if cc == "BE":
        n = int(c[4:14]) % 97
        if (n or 97) != int(c[14:16]):
            return False
    return int(_b36(c[4:] + c[:4])) % 97 == 1


def iban_make(cc, bban):
    n = int(_b36(bban + cc + "00")) % 97
    return f"{cc}{98 - n:02d}{bban}"


def luhn_ok(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        t += v
    return t % 10 == 0


def card_brand(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720) and n == 16:
        return "mastercard"
    if d[:2] in ("34", "37") and n == 15:
        return "amex"
    if (d[:4] == "6011" or 644 <= int(d[:3]) <= 649 or d[:2] == "65") and 16 <= n <= 19:
        return "discover"
    if 3528 <= int(d[:4]) <= 3589 and 16 <= n <= 19:
        return "jcb"
    if (300 <= int(d[:3]) <= 305 or d[:4] == "3095" or d[:2] in ("36", "38", "39")) and 14 <= n <= 19:
        return "diners"
    if (d[:2] == "50" or 56 <= int(d[:2]) <= 69) and 12 <= n <= 19:
        return "maestro"
    return None


def card_ok(s):
    d = re.sub(r"[ -]", "", s)
    return bool(re.fullmatch(r"\d{12,19}", d)) and luhn_ok(d) and card_brand(d) is not None


PC_BANNED = {"SA", "SD", "SS"}


def nl_postcode_ok(s):
    mo = re.fullmatch(r"(?:NL-?)?([1-9]\d{3}) ?([A-Za-z]{2})", s)
    return bool(mo) and mo.group(2).upper() not in PC_BANNED


UK_PC = r"(?:[A-Z]{1,2}\d[A-Z\d]?) \d[A-Z]{2}"


def postcode_ok(s):
    return (nl_postcode_ok(s) or bool(re.fullmatch(r"(?:B-)?[1-9]\d{3}", s))          # BE
            or bool(re.fullmatch(r"(?:D-)?(?:0[1-9]|[1-9]\d)\d{3}", s))                # DE
            or bool(re.fullmatch(UK_PC, s)))


# NL numbering plan (libphonenumber metadata quoted in the reference)
NL_FIXED = re.compile(r"(?:1(?:[035]\d|1[13-578]|6[124-8]|7[24]|8[0-467])|2(?:[0346]\d|2[2-46-9]|5[125]|9[479])|"
                      r"3(?:[03568]\d|1[3-8]|2[01]|4[1-8])|4(?:[0356]\d|1[1-368]|7[58]|8[15-8]|9[23579])|"
                      r"5(?:[0358]\d|[19][1-9]|2[1-57-9]|4[13-8]|6[126]|7[0-3578])|7\d\d)\d{6}")
NL_MOBILE = re.compile(r"(?:6[1-58]|970\d)\d{7}")
NL_VOIP = re.compile(r"(?:85|91)\d{7}")
NL_UAN = re.compile(r"8[478]\d{7}")
BE_MOBILE = re.compile(r"4[5-9]\d{7}")
BE_FIXED = re.compile(r"(?:[23][2-8]\d{6}|4[2-4]\d{6}|9[2-4]\d{6}|(?:1[0-69]|5[0-9]|6[0-9]|8[0-79]|71)\d{6})")
DE_AREAS = ["30", "40", "69", "89", "221", "211", "241", "251", "2821", "2822", "2823", "2871", "2562", "5921",
            "491", "2861", "2842"]
UK_OK = re.compile(r"(?:7700900\d{3}|(?:113|114|115|116|117|118|121|131|141|151|161)4960\d{3}|2079460\d{3})")


def phone_parts(s):
    """-> (country, nsn) or None.  Accepts +CC / 00CC / (0) / national trunk 0 and separators."""
    t = s.strip()
    if re.search(r"[^\d +()./-]", t):
        return None
    t = t.replace("(0)", "")
    d = re.sub(r"[ ()./-]", "", t)
    for cc, code in (("NL", "31"), ("BE", "32"), ("DE", "49"), ("GB", "44"), ("PL", "48")):
        for pre in ("+" + code, "00" + code):
            if d.startswith(pre):
                rest = d[len(pre):]
                if rest.startswith("0"):
                    rest = rest[1:]
                return cc, rest
    if d.startswith("0") and not d.startswith("00"):
        return "NAT", d[1:]
    return None


def phone_valid_in(cc, nsn):
    if cc == "NL":
        return bool(NL_FIXED.fullmatch(nsn) or NL_MOBILE.fullmatch(nsn) or NL_VOIP.fullmatch(nsn))
    if cc == "BE":
        return bool(BE_MOBILE.fullmatch(nsn) or BE_FIXED.fullmatch(nsn))
    if cc == "DE":
        if re.fullmatch(r"1(?:5\d|6[02]|7\d)\d{7,8}", nsn):
            return True
        return any(nsn.startswith(a) and 9 <= len(nsn) <= 11 and nsn[len(a)] != "0" for a in DE_AREAS)
    if cc == "GB":
        return bool(UK_OK.fullmatch(nsn))
    if cc == "PL":
        return bool(re.fullmatch(r"(?:5[0137-9]|6[069]|7[2389]|88)\d{7}", nsn))
    return False


def phone_ok(s, region=None):
    p = phone_parts(s)
    if not p:
        return False
    cc, nsn = p
    if cc == "NAT":
        return any(phone_valid_in(c, nsn) for c in ((region,) if region else ("NL", "BE", "DE", "GB")))
    return phone_valid_in(cc, nsn)


def phone_e164(s):
    p = phone_parts(s)
    if not p:
        return None
    cc, nsn = p
    if cc == "NAT":
        for c, code in (("NL", "31"), ("BE", "32"), ("DE", "49"), ("GB", "44")):
            if phone_valid_in(c, nsn):
                return "+" + code + nsn
        return None
    code = {"NL": "31", "BE": "32", "DE": "49", "GB": "44", "PL": "48"}[cc]
    return "+" + code + nsn if phone_valid_in(cc, nsn) else None


TLDS = {"nl", "be", "de", "com", "net", "org", "eu", "uk", "co.uk", "me", "io", "pl", "at", "ie", "in", "info",
        "frl", "email", "biz"}
EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
                      r"[A-Za-z]{2,24}(?![\w-])")


def email_ok(s):
    if not EMAIL_RE.fullmatch(s):
        return False
    dom = s.split("@")[1].lower()
    return any(dom.endswith("." + t) for t in TLDS) and ".." not in s


def ip_ok(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    if "." in s and any(len(o) > 1 and o.startswith("0") for o in s.split(".")):
        return False
    return a.is_global


# kentekens: the 14 side codes; letters of modern series without vowels, C, Q (and here without S/W/M)
SIDECODES = ["LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D", "D-LLL-DD",
             "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D"]
KT_BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS", "KVT", "VVD", "SP"]
KT_LETTERS = "BDFGHJKLNPRTVXZ"


def kenteken_sidecode(s):
    c = re.sub(r"[\s-]", "", s).upper()
    if len(c) != 6:
        return None
    parts_given = re.split(r"[\s-]", s.upper()) if re.search(r"[\s-]", s) else None
    for i, sc in enumerate(SIDECODES, 1):
        shape = sc.replace("-", "")
        if all((ch.isdigit() if t == "D" else ch.isalpha()) for ch, t in zip(c, shape)):
            if parts_given and [len(p) for p in parts_given] != [len(p) for p in sc.split("-")]:
                continue
            letters = "".join(ch for ch in c if ch.isalpha())
            groups = [g for g in re.findall(r"[A-Z]+", c)]
            if any(b in g for g in groups for b in KT_BANNED):
                return None
            if i >= 4 and any(ch not in KT_LETTERS + "SWM" for ch in letters):
                return None
            if i >= 7 and sum(ch.isdigit() for ch in c) < 2:
                return None
            return i
    return None


DE_KREISE = {"KLE", "BOH", "AC", "BOR", "NOH", "COE", "WES", "D", "K", "MS", "GEL", "ST", "LER", "EMD", "HX"}


def de_plate_ok(s):
    mo = re.fullmatch(r"([A-ZÄÖÜ]{1,3})[- ]([A-Z]{1,2})[ -]?(\d{1,4})[EH]?", s)
    return bool(mo) and mo.group(1) in DE_KREISE and not mo.group(3).startswith("0")


def plate_ok(s):
    return kenteken_sidecode(s) is not None or de_plate_ok(s)


def nl_docnr_ok(s):
    c = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", c)) and c[0] in "NBDSIAR"


def res_doc_ok(s):
    return bool(re.fullmatch(r"(?:I|II|III|IV|V)-V[A-NP-Z1-9]{8}", s))


DE_DOC_ALPHA = "CFGHJKLMNPRTVWXYZ0123456789"


def de_doc_ok(s):
    return len(s) == 9 and s[0] in "CFGHJKLMNPRTVWXYZ" and all(ch in DE_DOC_ALPHA for ch in s)


def id_doc_ok(s, ctx=""):
    if nl_docnr_ok(s) or res_doc_ok(s):
        return True
    if de_doc_ok(s) and re.search(r"ausweis|reisepass|pass", ctx, re.I):
        return True
    if re.fullmatch(r"\d{9}", s) and re.search(r"passport", ctx, re.I):
        return True
    if re.fullmatch(r"\d{10}", s) and re.search(r"rijbewijs|driving licen|führerschein", ctx, re.I):
        return True
    return False


def btw_mod97(s):
    c = re.sub(r"[\s.]", "", s).upper()
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", c)) and int(_b36(c)) % 97 == 1


def btw_ok(s):
    c = re.sub(r"[\s.]", "", s).upper()
    return btw_mod97(c) and not elfproef(c[2:11]) and c[-2:] != "00"


def kvk_ok(s, ctx=""):
    return bool(re.fullmatch(r"\d{8}", s.replace(" ", "").replace(".", ""))) and bool(
        re.search(r"kvk|kamer van koophandel|chamber of commerce|handelsregister|coc", ctx, re.I))


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}
MON_SHORT = {"jan": 1, "feb": 2, "febr": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
             "okt": 10, "oct": 10, "nov": 11, "dec": 12}


def parse_date(s):
    s = s.strip()
    mo = re.fullmatch(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})", s)
    if mo:
        return int(mo.group(3)), int(mo.group(2)), int(mo.group(1))
    mo = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if mo:
        return int(mo.group(1)), int(mo.group(2)), int(mo.group(3))
    mo = re.fullmatch(r"(\d{1,2})\.? ([A-Za-zä]+)\.? (\d{4})", s)
    if mo:
        name = mo.group(2)
        for lang in MONTHS:
            low = [x.lower() for x in MONTHS[lang]]
            if name.lower() in low:
                return int(mo.group(3)), low.index(name.lower()) + 1, int(mo.group(1))
        if name.lower() in MON_SHORT:
            return int(mo.group(3)), MON_SHORT[name.lower()], int(mo.group(1))
        return None
    mo = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", s)
    if mo and mo.group(1) in MONTHS["en"]:
        return int(mo.group(3)), MONTHS["en"].index(mo.group(1)) + 1, int(mo.group(2))
    return None


def date_ok(s):
    p = parse_date(s)
    if not p:
        return False
    y, mth, d = p
    return 1900 <= y <= 2025 and 1 <= mth <= 12 and 1 <= d <= calendar.monthrange(y, mth)[1]


BIRTH_WORDS = re.compile(r"geboren|geb\.|geboortedatum|geboortedag|born|birth|d\.o\.b|dob|geburtsdatum|geburtstag|"
                         r"geb\. am|geboren am|°", re.I)


# ---------------------------------------------------------------------------------------------
# synthetic data, written for this set (no Faker or test-data lists)
# ---------------------------------------------------------------------------------------------
TUSSEN = ["van", "de", "der", "den", "het", "'t", "ten", "ter", "te", "op", "in", "van't", "v.d.", "el", "al",
          "von", "zu", "da", "dos", "du", "le", "la", "di", "o'"]

NAMES = {
    # origin: (male first, female first, surnames as (tussenvoegsel, surname))
    "nl": (["Jeroen", "Maarten", "Thijs", "Sjoerd", "Wessel", "Gijs", "Teun", "Rutger", "Hendrik", "Gerrit", "Arjan",
            "Jasper", "Pieter-Jan", "Roel", "Stijn", "Lucas", "Hidde", "Wiebe", "Berend", "Egbert"],
           ["Marloes", "Annelies", "Esmée", "Noëlle", "Daniëlle", "Ingrid", "Hanneke", "Marieke", "Lieke", "Sietske",
            "Jolien", "Wilma", "Gerdien", "Loïs", "Anouk", "Mirjam", "Tineke", "Geertje", "Aaltje", "Renske"],
           [("", "Brinkhuis"), ("", "Veldkamp"), ("", "Scholten"), ("", "Wolters"), ("", "Lubbers"), ("", "Kamphuis"),
            ("", "Nijenhuis"), ("", "Stegeman"), ("", "Hulshof"), ("", "Kolkman"), ("van den", "Hurk"),
            ("van der", "Meulen"), ("ten", "Brinke"), ("van", "Ommeren"), ("van de", "Kolk"), ("de", "Haan"),
            ("te", "Riele"), ("ter", "Horst"), ("van", "Houtum"), ("van der", "Heijden"), ("de", "Vries"),
            ("", "Vermeulen"), ("", "Hoekstra"), ("", "Dijkstra"), ("", "Wiersma"), ("", "Tuinstra"),
            ("", "Bouwhuis"), ("", "Oosterhof"), ("van 't", "Klooster"), ("", "Groothuis"), ("", "Schipper"),
            ("", "Kuipers"), ("", "Wassink"), ("", "Pelgrim"), ("van", "Beek"), ("", "Lammers")]),
    "ma": (["Youssef", "Mohamed", "Bilal", "Hamza", "Soufiane", "Anouar", "Tarik"],
           ["Fatima-Zahra", "Nadia", "Samira", "Khadija", "Imane", "Salma", "Houda"],
           [("", "El Amrani"), ("", "Bouzidi"), ("", "Azzouz"), ("", "Ait Lahcen"), ("", "Benali"),
            ("", "El Ouahabi"), ("", "Tahiri")]),
    "tr": (["Emre", "Burak", "Mehmet", "Oğuz", "Serkan", "Yusuf"],
           ["Elif", "Zeynep", "Büşra", "Merve", "Şeyma", "Gülsüm"],
           [("", "Yılmaz"), ("", "Demir"), ("", "Çelik"), ("", "Şahin"), ("", "Öztürk"), ("", "Aydın"), ("", "Koç")]),
    "sr": (["Ravindre", "Sunil", "Shailesh", "Dinesh"], ["Chandni", "Anjali", "Sharmila", "Rishma"],
           [("", "Ramdin"), ("", "Mahabier"), ("", "Jagessar"), ("", "Sewnath"), ("", "Tjon-A-Fat"),
            ("", "Karsodikromo")]),
    "id": (["Ricardo", "Edwin"], ["Yvette", "Natasja"], [("", "Pattiwael"), ("", "Latuperisa"), ("", "Siahaya")]),
    "pl": (["Paweł", "Tomasz", "Krzysztof", "Marek"], ["Małgorzata", "Agnieszka", "Katarzyna", "Joanna"],
           [("", "Kowalczyk"), ("", "Nowak"), ("", "Zieliński"), ("", "Wróbel"), ("", "Grabowski")]),
    "de": (["Jörg", "Matthias", "Klaus-Dieter", "Stefan", "Lukas", "Henrik", "Uwe", "Florian", "Bernd", "Tobias"],
           ["Käthe", "Birgit", "Annegret", "Sabine", "Jana", "Ulrike", "Heike", "Friederike", "Gudrun", "Anke"],
           [("", "Weißenborn"), ("", "Große-Brömmel"), ("", "Rößler"), ("", "Tenhagen"), ("", "Hüsken"),
            ("", "Brüggemann"), ("", "Lensing"), ("", "Kückelmann"), ("", "Schwering"), ("", "Wienholt"),
            ("", "Heßeling"), ("", "Overkamp"), ("", "Thelen"), ("", "Janßen"), ("van", "Heek"), ("", "Terlinden")]),
    "be": (["Jens", "Dries", "Kobe", "Wim", "Pieter", "Seppe", "Lander"],
           ["Lotte", "Ellen", "Griet", "Hilde", "Fien", "Liesbeth", "Katrien"],
           [("", "Vanderheyden"), ("", "Goossens"), ("", "Verlinden"), ("", "Daems"), ("", "Lambrechts"),
            ("", "Van Hoof"), ("", "Vanhove"), ("", "Vrancken"), ("", "De Smedt"), ("", "Van Damme")]),
    "ob": (["Jérôme", "Marc", "Guido", "Raphael"], ["Nadine", "Corinna", "Marion", "Sandra"],
           [("", "Lambertz"), ("", "Heinen"), ("", "Kohnen"), ("", "Mertens"), ("", "Cremer")]),
    "uk": (["Oliver", "Callum", "Rhys", "Ciarán", "Gareth", "Declan", "Alistair", "Tyler"],
           ["Siobhan", "Aoife", "Harriet", "Imogen", "Bethany", "Niamh", "Charlotte", "Madison"],
           [("", "Whitfield"), ("", "McAllister"), ("", "Pemberton"), ("", "O'Sullivan"), ("", "Fairbairn"),
            ("", "Thornbury"), ("", "Ashworth"), ("", "Kavanagh"), ("", "Whitaker"), ("", "Delgado")]),
    "in": (["Arjun", "Vikram", "Karthik", "Rohan"], ["Ananya", "Meera", "Kavya", "Divya"],
           [("", "Raghavan"), ("", "Iyer"), ("", "Chatterjee"), ("", "Deshpande"), ("", "Nair"),
            ("", "Subramaniam")]),
    "cn": (["Haoran", "Zhiwei"], ["Xiaoling", "Yuting"], [("", "Zhang"), ("", "Chen"), ("", "Liu"), ("", "Huang")]),
    "gh": (["Kwame", "Chinedu", "Olumide"], ["Adwoa", "Ngozi", "Efua"],
           [("", "Owusu"), ("", "Asante"), ("", "Okonkwo"), ("", "Adeyemi")]),
    "ua": (["Oleksandr", "Dmytro"], ["Olena", "Iryna", "Kateryna"], [("", "Kovalenko"), ("", "Shevchuk"),
                                                                   ("", "Bondarenko")]),
    "sy": (["Khaled", "Firas"], ["Rasha", "Lina"], [("", "Al-Hassan"), ("", "Haddad"), ("", "Khoury")]),
    "br": (["Thiago", "João"], ["Larissa", "Beatriz"], [("", "Carvalho"), ("", "Ribeiro"), ("", "Figueiredo")]),
    "it": (["Matteo", "Giuseppe"], ["Chiara", "Giulia"], [("", "Esposito"), ("", "Lombardi"), ("", "Ferraro")]),
    "vn": (["Minh Tuấn", "Đức Anh"], ["Thu Trang", "Ngọc Lan"], [("", "Nguyễn"), ("", "Trần"), ("", "Phạm")]),
}

# staff of the organisation: natural persons, labelled PERSON wherever they appear
STAFF = {
    "sanne": ("Sanne", "", "Hofstede", "planner"),
    "joris": ("Joris", "", "Wetering", "schouwer / werkvoorbereider"),
    "kemal": ("Kemal", "", "Arslan", "hoofdmonteur"),
    "ilse": ("Ilse", "de", "Bruijn-Koster", "klantenservice"),
    "niels": ("Niels", "", "Oudeman", "energieadviseur"),
    "femke": ("Femke", "van 't", "Zand", "administratie & subsidies"),
    "torben": ("Torben", "", "Schulte", "Kundenbetreuung Deutschland"),
    "abena": ("Abena", "", "Mensah", "customer care (English)"),
    "wouter": ("Wouter", "", "Claessens", "adviseur België"),
}


def deaccent(s):
    s = s.replace("ı", "i").replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ø", "o").replace("æ", "ae")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


class Person:
    def __init__(self, first, tv, sur, sex, origin):
        self.first, self.tv, self.sur, self.sex, self.origin = first, tv, sur, sex, origin

    @property
    def last(self):                         # as written after a first name: "van der Meulen"
        return f"{self.tv} {self.sur}" if self.tv else self.sur

    @property
    def Last(self):                         # standing alone (NL capitalises the tussenvoegsel): "Van der Meulen"
        if not self.tv:
            return self.sur
        return self.tv[0].upper() + self.tv[1:] + " " + self.sur

    @property
    def full(self):
        return f"{self.first} {self.last}"

    def initials(self, r):
        ini = self.first[0] + "."
        if r.random() < 0.6:
            ini += r.choice("ABCDEFGHJKLMNPRSTW") + "."
        return f"{ini} {self.last}"

    def sur_first(self):                    # "Meulen, Jeroen van der" is rare; forms write "Van der Meulen, Jeroen"
        return f"{self.Last}, {self.first}"

    def email(self, r, domain=None):
        f = deaccent(self.first).lower().replace(" ", "").replace("'", "")
        l = deaccent(self.last).lower().replace(" ", "").replace("'", "")
        if domain is None:
            domain = r.choice(DOMAINS.get(self.origin, DOMAINS["_"]))
        style = r.randrange(5)
        local = [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{r.randrange(10, 99)}", f"{l}.{f}", f"{f}_{l}"][style]
        return f"{local}@{domain}"

    def __repr__(self):
        return self.full


DOMAINS = {
    "_": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "xs4all.nl", "planet.nl", "icloud.com",
          "live.nl", "proton.me"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "ob": ["skynet.be", "telenet.be", "gmx.net"],
    "be": ["telenet.be", "skynet.be", "gmail.com", "proximus.be"],
    "uk": ["btinternet.com", "gmail.com", "outlook.com", "icloud.com"],
}


def person(r, origin=None, sex=None):
    if origin is None:
        origin = r.choice(["nl"] * 8 + ["ma", "tr", "sr", "id", "pl", "in", "cn", "gh", "ua", "sy", "br", "it", "vn"])
    males, females, surs = NAMES[origin]
    if sex is None:
        sex = r.choice("mf")
    first = r.choice(males if sex == "m" else females)
    tv, sur = r.choice(surs)
    if origin == "pl" and sex == "f" and sur.endswith("ski"):
        sur = sur[:-1] + "a"
    return Person(first, tv, sur, sex, origin)


def people(r, n, origin=None, **kw):
    out, seen = [], set()
    while len(out) < n:
        p = person(r, origin, **kw)
        if p.first in seen or p.sur in seen:
            continue
        seen.update([p.first, p.sur])
        out.append(p)
    return out


# towns: (town, postcode range, area code)
NL_TOWNS = [("Apeldoorn", (7311, 7339), "055"), ("Deventer", (7411, 7429), "0570"), ("Zutphen", (7201, 7207), "0575"),
            ("Epe", (8161, 8162), "0578"), ("Amersfoort", (3811, 3829), "033"), ("Zwolle", (8011, 8048), "038"),
            ("Arnhem", (6811, 6846), "026"), ("Nijmegen", (6511, 6546), "024"), ("Utrecht", (3511, 3585), "030"),
            ("Ede", (6711, 6718), "0318"), ("Harderwijk", (3841, 3848), "0341"), ("Hengelo", (7550, 7559), "074"),
            ("Enschede", (7511, 7548), "053"), ("Doetinchem", (7001, 7009), "0314"), ("Venlo", (5911, 5928), "077"),
            ("Groningen", (9711, 9747), "050"), ("Haarlem", (2011, 2037), "023"), ("Almere", (1311, 1358), "036"),
            ("Voorst", (7383, 7384), "0575"), ("Vaassen", (8171, 8172), "0578"), ("Twello", (7391, 7392), "0571")]
NL_STREETS = ["Zilverschoonweg", "Klaprooslaan", "Zwaluwstraat", "Hoge Veldweg", "Laan van Berkenoord",
              "Molenbeekstraat", "Ganzebloemweg", "Sparrenhof", "Korte Brinkstraat", "Oude Zutphenseweg",
              "Het Hoge Erf", "Dr. Schaepmanstraat", "Prins Hendrikstraat", "Burg. Tromplaan", "Kievitsweide",
              "Roerdompstraat", "Esdoornlaan", "Watermolenweg", "Lijsterbeshof", "Bosrandweg", "Kerkdijk",
              "Wilgenkamp", "Akkerwindeplein", "Schoolsteeg", "Vossenakker", "Heideveldweg", "Populierendreef",
              "Stationssingel", "Koppelkade", "Marktveld", "Laan van Westenenk-Zuid", "Zonnebloemstraat",
              "De Hoge Weide", "Kamperfoelielaan", "Berkenrode", "Oranjesingel"]
NL_ADDITIONS = [""] * 10 + ["a", "b", "A", "-1", "-2", " hs", "-II", " bis", "A-2", "-bg", " B"]
BE_TOWNS = [("Hasselt", "3500", "011"), ("Genk", "3600", "089"), ("Maasmechelen", "3630", "089"),
            ("Lommel", "3920", "011"), ("Turnhout", "2300", "014"), ("Bree", "3960", "089"),
            ("Mol", "2400", "014"), ("Tongeren", "3700", "012")]
BE_STREETS = ["Kiezelstraat", "Heidestraat", "Stalenstraat", "Kapelstraat", "Koolmijnlaan", "Bosuilstraat",
              "Weverstraat", "Meidoornlaan", "Kempische Baan", "Sint-Jansplein"]
OB_TOWNS = [("Eupen", "4700", "087"), ("Kelmis", "4720", "087"), ("Raeren", "4730", "087"),
            ("Sankt Vith", "4780", "080")]
OB_STREETS = ["Hookstraße", "Aachener Straße", "Bergkapellstraße", "Am Kehrweg", "Judenstraße", "Talstraße"]
DE_TOWNS = [("Kleve", "47533", "2821"), ("Emmerich am Rhein", "46446", "2822"), ("Goch", "47574", "2823"),
            ("Bocholt", "46397", "2871"), ("Gronau", "48599", "2562"), ("Nordhorn", "48529", "5921"),
            ("Leer", "26789", "491"), ("Aachen", "52072", "241"), ("Isselburg", "46419", "2874"),
            ("Rees", "46459", "2851")]
DE_STREETS = ["Lindenallee", "Am Mühlenbach", "Gocher Straße", "Kalkarer Str.", "Tiergartenstraße",
              "Hoher Weg", "Brückenstraße", "Zum Reichswald", "Nimweger Straße", "Schwanenstraße",
              "Ackerweg", "Im Wiesengrund", "Kreuzhofstraße", "Dorfstraße"]
DE_AREAS.extend(["2874", "2851"])
UK_STREETS = ["Larkspur Close", "Mill Road", "Kingsmead Avenue", "Hawthorn Grove", "Station Road", "Ferndale Crescent"]
UK_PLACES = [("Leeds", "LS6 2QT", "0113"), ("Bristol", "BS7 8HJ", "0117"), ("Edinburgh", "EH10 4DW", "0131"),
             ("Manchester", "M20 2RN", "0161")]
ALL_STREETS = set(NL_STREETS + BE_STREETS + OB_STREETS + DE_STREETS + UK_STREETS)


class Addr:
    def __init__(self, street, pc, town, area, country):
        self.street, self.pc, self.town, self.area, self.country = street, pc, town, area, country


def nl_pc(r, lo, hi):
    while True:
        letters = r.choice("ABCDEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
        if letters not in PC_BANNED:
            return f"{r.randint(lo, hi)} {letters}"


def nl_addr(r, town=None):
    t = [x for x in NL_TOWNS if x[0] == town][0] if town else r.choice(NL_TOWNS)
    nr = str(r.choice([r.randint(1, 60), r.randint(1, 250)])) + r.choice(NL_ADDITIONS)
    return Addr(f"{r.choice(NL_STREETS)} {nr}", nl_pc(r, *t[1]), t[0], t[2], "NL")


def be_addr(r):
    t = r.choice(BE_TOWNS)
    nr = str(r.randint(1, 180)) + r.choice(["", "", "", " bus 2", " bus 11", "/3", "A"])
    return Addr(f"{r.choice(BE_STREETS)} {nr}", t[1], t[0], t[2], "BE")


def ob_addr(r):
    t = r.choice(OB_TOWNS)
    return Addr(f"{r.choice(OB_STREETS)} {r.randint(1, 120)}{r.choice(['', '', 'a'])}", t[1], t[0], t[2], "BE")


def de_addr(r):
    t = r.choice(DE_TOWNS)
    nr = str(r.randint(1, 140)) + r.choice(["", "", "", "a", "b"])
    return Addr(f"{r.choice(DE_STREETS)} {nr}", t[1], t[0], t[2], "DE")


def uk_addr(r):
    t = r.choice(UK_PLACES)
    return Addr(f"{r.randint(2, 180)} {r.choice(UK_STREETS)}", t[1], t[0], t[2], "GB")


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def nl_mobile(r, style=None):
    nsn = "6" + r.choice("12345") + str(r.randint(1, 9)) + digits(r, 6)
    s = r.randrange(8) if style is None else style
    return [f"06-{nsn[1:]}", f"06 {nsn[1:5]} {nsn[5:]}", f"06{nsn[1:]}", f"+31 6 {nsn[1:5]} {nsn[5:]}",
            f"+31 (0)6 {nsn[1:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}", f"0031 6 {nsn[1:]}", f"06 - {nsn[1:4]} {nsn[4:7]} {nsn[7:]}",
            f"+316{nsn[1:]}"][s]


def nl_fixed(r, area, style=None):
    sub_len = 9 - (len(area) - 1)
    sub = str(r.randint(2, 9)) + digits(r, sub_len - 1)
    s = r.randrange(5) if style is None else style
    if len(area) == 3:
        forms = [f"{area}-{sub}", f"{area} {sub[:3]} {sub[3:]}", f"({area}) {sub[:3]} {sub[3:5]} {sub[5:]}",
                 f"+31 {area[1:]} {sub[:3]} {sub[3:]}", f"+31 (0){area[1:]} {sub[:3]} {sub[3:]}"]
    else:
        forms = [f"{area}-{sub}", f"{area} {sub[:2]} {sub[2:4]} {sub[4:]}", f"({area}) {sub}",
                 f"+31 {area[1:]} {sub}", f"+31 (0){area[1:]}-{sub}"]
    return forms[s]


def be_mobile(r, style=None):
    nsn = "4" + r.choice("789") + digits(r, 7)
    s = r.randrange(3) if style is None else style
    return [f"0{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}", f"+32 {nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}",
            f"0032 {nsn}"][s]


def be_fixed(r, area):
    a = area[1:]
    sub = str(r.randint(2, 8)) + digits(r, 8 - len(a) - 1)
    return f"{area} {sub[:2]} {sub[2:4]} {sub[4:]}" if len(a) == 2 else f"{area} {sub[:3]} {sub[3:5]} {sub[5:]}"


def de_mobile(r, style=None):
    pre = r.choice(["151", "152", "157", "160", "170", "171", "172", "176"])
    sub = str(r.randint(1, 9)) + digits(r, 7 if pre in ("151", "152", "157", "176") else 6)
    s = r.randrange(4) if style is None else style
    return [f"0{pre} {sub}", f"+49 {pre} {sub}", f"0{pre}-{sub}", f"0049 {pre} {sub[:4]} {sub[4:]}"][s]


def de_fixed(r, area, style=None):
    sub = str(r.randint(2, 9)) + digits(r, 10 - len(area) - 1)
    s = r.randrange(4) if style is None else style
    return [f"0{area} {sub}", f"0{area}/{sub}", f"+49 (0){area} {sub}", f"+49 {area} {sub}"][s]


def uk_mobile(r, style=None):
    sub = "900" + digits(r, 3)
    s = r.randrange(3) if style is None else style
    return [f"07700 {sub}", f"+44 7700 {sub}", f"+44 (0)7700 {sub}"][s]


def uk_fixed(r, area):
    return f"{area} 496 0{digits(r, 3)}"


def bsn_pass(r):
    while True:
        d = str(r.randint(1, 9)) + digits(r, 8)
        if elfproef(d):
            return d


def nine_fail(r, first=None):
    while True:
        d = (first or str(r.randint(1, 9))) + digits(r, 9 - len(first or "x"))
        if not elfproef(d):
            return d


def bsn_form(d, style):
    return [d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}",
            f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}"][style]


def nl_iban(r, bank=None, style=0):
    bank = bank or r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB", "RBRB"])
    acct = ("0" if bank in ("INGB",) else "") + digits(r, 10)
    acct = acct[:10]
    return iban_style(iban_make("NL", bank + acct), style)


def be_iban(r, style=1):
    first10 = r.choice(["001", "068", "063", "735", "083", "143", "973", "751"]) + digits(r, 7)
    chk = int(first10) % 97 or 97
    return iban_style(iban_make("BE", f"{first10}{chk:02d}"), style)


def de_iban(r, style=1):
    blz = r.choice(["32450000", "35450000", "42850035", "37040044", "40050150", "39050000", "28050100"])
    return iban_style(iban_make("DE", blz + digits(r, 10)), style)


def gb_iban(r, style=1):
    bank = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"])
    return iban_style(iban_make("GB", bank + digits(r, 6) + digits(r, 8)), style)


def pl_iban(r, style=1):
    return iban_style(iban_make("PL", digits(r, 24)), style)


def iban_style(c, style):
    if style == 0:
        return c
    sp = " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    if style == 1:
        return sp
    if style == 2:
        return c.lower()
    if style == 3:
        return sp.replace(" ", "\u00a0", 1)
    return sp


def card(r, brand="visa", style=1):
    while True:
        if brand == "visa":
            d = "4" + digits(r, 15)
        elif brand == "mc":
            d = r.choice(["51", "52", "53", "54", "55"]) + digits(r, 14)
        elif brand == "mc2":
            d = str(r.randint(2221, 2720)) + digits(r, 12)
        elif brand == "amex":
            d = r.choice(["34", "37"]) + digits(r, 13)
        else:
            d = "6703" + digits(r, 13)              # Bancontact/Maestro 17 digits
        if luhn_ok(d) and card_brand(d):
            break
    if style == 0:
        return d
    if brand == "amex":
        return f"{d[:4]} {d[4:10]} {d[10:]}"
    sep = " " if style == 1 else "-"
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def public_ip(r, v6=False):
    while True:
        if v6:
            s = "2a02:" + ":".join(f"{r.randrange(1, 0xffff):x}" for _ in range(3)) + "::" + f"{r.randrange(1, 0xfff):x}"
        else:
            s = ".".join(str(x) for x in [r.choice([31, 37, 62, 77, 80, 83, 84, 86, 89, 94, 145, 178, 188, 195, 212, 217]),
                                           r.randint(1, 254), r.randint(0, 254), r.randint(1, 254)])
        if ip_ok(s):
            return s


def kenteken(r, sidecode=None):
    while True:
        sc = SIDECODES[(sidecode or r.randint(4, 14)) - 1]
        s = "".join(r.choice(KT_LETTERS) if ch == "L" else (str(r.randint(0, 9)) if ch == "D" else ch) for ch in sc)
        if kenteken_sidecode(s) and not any(g.startswith("0") for g in re.findall(r"\d+", s)):
            return s


def de_plate(r, kreis=None):
    kreis = kreis or r.choice(["KLE", "BOR", "AC", "NOH", "LER", "WES"])
    return f"{kreis}-{r.choice('ABFGHKLMNPRSTVWZ')}{r.choice(['', r.choice('ABDEFGHJKLMNPRSTUVWXYZ')])} {r.randint(1, 9999)}"


def nl_docnr(r, kind="N"):
    al = "ABCDEFGHJKLMNPRSTUVWXZ"
    while True:
        mid = "".join(r.choice("123456789") if r.random() < 0.7 else r.choice(al) for _ in range(6))
        s = kind + r.choice(al) + mid + str(r.randint(1, 9))
        if nl_docnr_ok(s):
            return s


def res_doc(r):
    return r.choice(["II", "III", "IV"]) + "-V" + "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ123456789") for _ in range(8))


def de_docnr(r):
    return r.choice("LMNPRTVWXY") + "".join(r.choice(DE_DOC_ALPHA) for _ in range(8))


def kvk_nr(r):
    return str(r.randint(50, 98)) + digits(r, 6)


def btw_new(r):
    while True:
        d9 = "".join(digits(r, 9))
        if elfproef(d9):
            continue
        for b in range(1, 100):
            s = f"NL{d9}B{b:02d}"
            if btw_mod97(s):
                return s


def ob_nummer(r):
    return f"NL{bsn_pass(r)}B01"


def dob(r, lang, style=None, lo=1941, hi=2001):
    y = r.randint(lo, hi)
    mth = r.randint(1, 12)
    d = r.randint(1, calendar.monthrange(y, mth)[1])
    s = r.randrange(4) if style is None else style
    if s == 0:
        return f"{d:02d}-{mth:02d}-{y}"
    if s == 1:
        mn = MONTHS[lang][mth - 1]
        return f"{mn} {d}, {y}" if lang == "en" and r.random() < 0.5 else (f"{d}. {mn} {y}" if lang == "de" else f"{d} {mn} {y}")
    if s == 2:
        return f"{y}-{mth:02d}-{d:02d}"
    return f"{d:02d}.{mth:02d}.{y}" if lang == "de" else f"{d:02d}/{mth:02d}/{y}"


def gs1_check(body):
    t = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - t % 10) % 10)


def ean18(r):
    body = "8716" + r.choice(["87", "88", "92", "94", "99"]) + digits(r, 11)
    return body + gs1_check(body)


def inverter_sn(r, kind=None):
    kind = kind if kind is not None else r.randrange(5)
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if kind == 0:
        return "ZT" + r.choice(al) + digits(r, 1) + r.choice(al) + digits(r, 4) + r.choice(al)           # string inverter
    if kind == 1:
        return f"7E{digits(r, 6)}-{r.choice(al)}{digits(r, 1)}"                                          # optimiser style
    if kind == 2:
        return f"{r.choice(['21', '22', '23', '24'])}{digits(r, 2)}{r.choice(al)}{r.choice(al)}{digits(r, 6)}"
    if kind == 3:
        return f"HP{digits(r, 4)}-{digits(r, 5)}"                                                        # heat pump
    return f"BT{digits(r, 2)}{r.choice(al)}{digits(r, 7)}"                                               # battery


def ordernr(r, prefix):
    return f"{prefix}-{r.choice(['2024', '2025'])}-{digits(r, 4 if r.random() < 0.5 else 5)}"


def amount(r, lo, hi, style="nl"):
    v = r.randint(lo * 100, hi * 100) / 100
    whole, cents = f"{v:.2f}".split(".")
    g = f"{int(whole):,}"
    if style == "en":
        return f"€{g}.{cents}"
    return f"€ {g.replace(',', '.')},{cents}"


def a_date(r, y=2025, lo_month=1, hi_month=12, style=0):
    mth = r.randint(lo_month, hi_month)
    d = r.randint(1, 28)
    return [f"{d:02d}-{mth:02d}-{y}", f"{d} {MONTHS['nl'][mth - 1]}", f"{d}.{mth:02d}.{y}", f"{d} {MONTHS['en'][mth - 1]} {y}",
            f"{d}. {MONTHS['de'][mth - 1]} {y}", f"{y}-{mth:02d}-{d:02d}"][style]


def hm(r, lo=7, hi=18):
    return f"{r.randint(lo, hi):02d}:{r.choice(['00', '15', '30', '45', '05', '10', '20', '40', '50'])}"


# ---------------------------------------------------------------------------------------------
# the organisation (never labelled)
# ---------------------------------------------------------------------------------------------
ORG_IBAN_1 = iban_make("NL", "RABO" + "0387215640")
ORG_IBAN_2 = iban_make("NL", "INGB" + "0007834291")
ORG_KVK = "72849316"
ORG_RSIN = "859123741"
ORG_BTW = f"NL{ORG_RSIN}B01"
ORG = {
    "names": ["Zonnegloed Installaties B.V.", "Zonnegloed Installaties", "Zonnegloed", "Zonnegloed Service",
              "Zonnegloed Planning", "Zonnegloed Chat", "Zonnegloed Monitor", "Zonnegloed Solar", "Team Zonnegloed"],
    "domains": ["zonnegloed.example"],
    "phones": ["055 578 3310", "06 1983 4420", "085 060 7733"],
    "ibans": [ORG_IBAN_1, ORG_IBAN_2],
    "addresses": ["Dynamoweg 27, 7332 BK Apeldoorn", "Postbus 2210, 7301 EC Apeldoorn"],
    "kvk": [ORG_KVK],
    "btw": [ORG_BTW],
    "handles": ["@ZonnegloedNL", "@zonnegloed_service"],
}
ORG_E164 = {phone_e164(p) for p in ORG["phones"]}
ORG_IBANS_C = {iban_compact(x) for x in ORG["ibans"]}


def org_iban(which=1, style=1):
    return iban_style(ORG_IBAN_1 if which == 1 else ORG_IBAN_2, style)


def org_phone(which, style):
    if which == "office":
        return ["055 578 3310", "055-5783310", "+31 55 578 3310", "+31 (0)55 578 33 10", "(055) 578 33 10",
                "0031 55 5783310"][style]
    if which == "app":
        return ["06 1983 4420", "06-19834420", "+31 6 1983 4420", "+31 6 19 83 44 20", "0619834420"][style]
    return ["085 060 7733", "085-0607733", "+31 85 060 7733"][style]


def staff(key, form="full"):
    f, tv, s, _ = STAFF[key]
    last = f"{tv} {s}" if tv else s
    if form == "first":
        return f
    if form == "last":
        return (tv[0].upper() + tv[1:] + " " + s) if tv else s
    return f"{f} {last}"


def staff_mail(key):
    f, tv, s, _ = STAFF[key]
    return f"{deaccent(f).lower()}.{deaccent((tv + s).replace(' ', '').replace(chr(39), '')).lower()}@zonnegloed.example"


def sig_nl(key, role=None, r=None, short=False):
    role = role or STAFF[key][3]
    if short:
        return f"{P(staff(key))}\n{role} | Zonnegloed Installaties\n{org_phone('office', 0)}"
    return (f"{P(staff(key))}\n{role[0].upper() + role[1:]}\nZonnegloed Installaties B.V.\nDynamoweg 27, 7332 BK Apeldoorn\n"
            f"T {org_phone('office', 0)} | WhatsApp {org_phone('app', 0)}\nwww.zonnegloed.example")


def footer_nl(style=0):
    if style == 0:
        return (f"Zonnegloed Installaties B.V. · Dynamoweg 27 · 7332 BK Apeldoorn · KvK {ORG_KVK} · "
                f"btw {ORG_BTW} · IBAN {org_iban(1, 1)}")
    return (f"Zonnegloed Installaties B.V. | Postbus 2210, 7301 EC Apeldoorn | KvK-nummer {ORG_KVK} | "
            f"BTW-nr. {ORG_BTW} | Rabobank {org_iban(1, 0)}")


def footer_en():
    return (f"Zonnegloed Installaties B.V. · Dynamoweg 27, 7332 BK Apeldoorn, the Netherlands · Chamber of Commerce "
            f"{ORG_KVK} · VAT {ORG_BTW}")


def footer_de():
    return (f"Zonnegloed Installaties B.V. · Dynamoweg 27 · NL-7332 BK Apeldoorn · Handelsregister (KvK) {ORG_KVK} · "
            f"USt-IdNr. {ORG_BTW} · IBAN {org_iban(1, 1)} · BIC RABONL2U")

# ================================================================ scenarios follow
SCEN = []


def scenario(lang, pii):
    def deco(fn):
        SCEN.append((fn.__name__, lang, pii, fn))
        return fn
    return deco


def quote(block, prefix="> "):
    return "\n".join(prefix + ln if ln else prefix.rstrip() for ln in block.split("\n"))


def wife_of(r, p):
    males, females, _ = NAMES[p.origin]
    sur = p.sur
    if sur.endswith("ski") and p.sex == "m":
        sur = sur[:-1] + "a"
    elif sur.endswith("ska") and p.sex == "f":
        sur = sur[:-1] + "i"
    return Person(r.choice([x for x in (females if p.sex == "m" else males) if x != p.first]), p.tv, sur,
                  "f" if p.sex == "m" else "m", p.origin)


def aanhef(p):
    return "meneer" if p.sex == "m" else "mevrouw"


# ============================================================================ NL with personal data
@scenario("nl", True)
def nl_offerte(r, k):
    c = person(r)
    a = nl_addr(r)
    kwh = r.randrange(2900, 5600, 50)
    if k == 0:
        return (f"Nieuwe offerteaanvraag via www.zonnegloed.example/offerte\nFormulier-ID: WF-2025-{digits(r, 5)}\n"
                f"Ingediend: {a_date(r, 2025, 2, 4)} {hm(r, 19, 23)}\n\n"
                f"Aanhef: {'Dhr.' if c.sex == 'm' else 'Mevr.'}\nVoornaam: {P(c.first)}\nAchternaam: {P(c.last)}\n"
                f"Straat + huisnummer: {AD(a.street)}\nPostcode: {PC(a.pc)}\nWoonplaats: {a.town}\n"
                f"Telefoon: {PH(nl_mobile(r, 2))}\nE-mail: {EM(c.email(r))}\n"
                f"Interesse: zonnepanelen, thuisbatterij\nType dak: schuin dak, pannen, oriëntatie zuid-west\n"
                f"Jaarverbruik stroom: {kwh} kWh\nHoe kent u ons: via de buren\n"
                f"Opmerkingen: We hebben al 6 panelen uit 2014 met een Soladin 600. Kunnen die blijven liggen of "
                f"moeten ze eraf? Bellen liefst na 17:00 uur.")
    w = wife_of(r, c)
    nb = person(r, "nl")
    return (f"Onderwerp: offerte hybride warmtepomp + panelen\n\nGoedemiddag,\n\n"
            f"Via onze buren ({'fam.'} {P(nb.Last)}) hoorden we goede verhalen over jullie. Wij willen graag een "
            f"offerte voor een hybride warmtepomp en ongeveer 10 panelen. Ons adres is {AD(a.street)} in {PC(a.pc)} "
            f"{a.town}; het is een twee-onder-een-kapwoning uit 1978 met een plat dak op de aanbouw (ca. 18 m²).\n\n"
            f"Gasverbruik vorig jaar: 1.640 m³, stroom: {kwh} kWh. Energielabel D.\n"
            f"Ik ben overdag bereikbaar op {PH(nl_mobile(r))}, mijn {'vrouw' if c.sex == 'm' else 'man'} "
            f"{P(w.first)} op {PH(nl_fixed(r, a.area))} (na 18:00).\n\n"
            f"Met vriendelijke groet,\n{P(c.full)}")


@scenario("nl", True)
def nl_schouw(r, k):
    c = person(r)
    a = nl_addr(r)
    off = ordernr(r, "OFF")
    if k == 0:
        nb = person(r, "nl", "m")
        return (f"SCHOUWRAPPORT {off}\nSchouwer: {P(staff('joris'))}\nDatum schouw: {a_date(r, 2025, 3, 5)} {hm(r, 8, 15)}\n"
                f"Klant: {P(c.full)} ({PH(nl_mobile(r, 0))})\nInstallatieadres: {AD(a.street)}, {PC(a.pc)} {a.town}\n\n"
                f"Meterkast: 3-fase, hoofdzekering 3x25A, ruimte voor 2 extra groepen\n"
                f"EAN elektra: {X('EAN', ean18(r))}\nSlimme meter: ja, P1-poort vrij\n"
                f"Dak: zadeldak 40°, Tuile du Nord, zuid-oost, schaduw van schoorsteen na 16:00\n"
                f"Legplan: 14 x 435 Wp = 6,09 kWp, omvormer {X('PC', '5000 VA')} (Hexwatt HX-5K-T)\n"
                f"Kabelroute: via zolder langs schoorsteen, ca. 18 m 6 mm²\n"
                f"Bijzonderheden: buurman {P(nb.full)} (nr. {r.randint(2, 60)}) heeft tot half april een steiger staan; "
                f"klant wil de batterij later bijplaatsen.\nFoto's: 23 stuks in de projectmap.")
    return (f"Hoi {P(staff('kemal', 'first'))},\n\n"
            f"Donderdag {a_date(r, 2025, 4, 6, 1)} staat de installatie bij {aanhef(c)} {P(c.Last)} gepland ({off}).\n"
            f"Adres: {AD(a.street)}, {PC(a.pc)} {a.town}. Klant is thuis vanaf 07:30; sleutel anders bij de "
            f"buurvrouw links.\nBij aankomst even bellen: {PH(nl_mobile(r, 1))}.\n\n"
            f"Materiaal staat klaar op stelling B3: 12 panelen 440 Wp, Hexwatt HX-3.6K, 2 strings, montageset schuin dak. "
            f"Let op: de meterkast is krap, neem de opbouwkast mee.\n\nGroet,\n{P(staff('sanne', 'first'))}\nPlanning")


@scenario("nl", True)
def nl_isde_bsn(r, k):
    c = person(r)
    a = nl_addr(r)
    if k == 0:
        return (f"Onderwerp: ISDE aanvraag warmtepomp\n\nBeste {P(staff('femke', 'first'))},\n\n"
                f"Zoals besproken hierbij mijn gegevens voor de ISDE-subsidie van onze warmtepomp (factuur F2025-{digits(r, 4)}). "
                f"Mijn BSN is {BS(bsn_form(bsn_pass(r), r.choice([0, 1])))} en mijn geboortedatum is {DOB(dob(r, 'nl', 0))}.\n"
                f"De installatie was op {a_date(r, 2025, 1, 3)}, de meldcode van de pomp is KA{digits(r, 5)}.\n"
                f"Rekeningnummer voor de uitbetaling: {IB(nl_iban(r, style=1))}.\n\n"
                f"Ik heb nog geen machtiging in eHerkenning of DigiD geregeld, kunnen jullie het zo indienen?\n\n"
                f"Groeten,\n{P(c.full)}\n{AD(a.street)}\n{PC(a.pc)} {a.town}")
    w = wife_of(r, c)
    d = f"{r.randint(10, 28)}-0{r.randint(4, 9)}-25"
    return (f"[{d} 19:02:11] {P(c.first)}: hoi, moet ik mijn bsn nou sturen voor die subsidie?\n"
            f"[{d} 19:05:40] Zonnegloed: Goedenavond! Nee, stuur uw BSN liever niet via WhatsApp 🙏 U kunt de ISDE zelf "
            f"aanvragen via mijn.rvo.nl met DigiD, of ons een machtiging geven.\n"
            f"[{d} 19:07:02] {P(c.first)}: oeps te laat 🙈 {BS(bsn_pass(r))}\n"
            f"[{d} 19:07:30] {P(c.first)}: en van {P(w.first)} is het {BS(bsn_form(bsn_pass(r), 2))}, de rekening staat op {'haar' if w.sex == 'f' else 'zijn'} naam\n"
            f"[{d} 19:09:14] Zonnegloed: We verwijderen deze berichten uit ons systeem. {P(staff('femke', 'first'))} van de "
            f"administratie belt u morgen over de machtiging.\n"
            f"[{d} 19:09:50] {P(c.first)}: 👍")


@scenario("nl", True)
def nl_financiering(r, k):
    c = person(r)
    a = nl_addr(r)
    if k == 0:
        w = wife_of(r, c)
        return (f"Aanvraag financiering – Energiebespaarlening Warmtefonds\nOfferte: {ordernr(r, 'OFF')}\n\n"
                f"Aanvrager\n  Naam: {P(c.initials(r))}\n  Geboortedatum: {DOB(dob(r, 'nl', 0))}\n"
                f"  Legitimatie: paspoort, documentnummer {ID(nl_docnr(r, 'N'))}, geldig tot {a_date(r, 2031)}\n"
                f"  Adres: {AD(a.street)}, {PC(a.pc)} {a.town}\n  IBAN maandtermijn: {IB(nl_iban(r, style=0))}\n"
                f"  Bruto jaarinkomen: € {r.randint(38, 74)}.{r.randint(100, 900)}\n"
                f"Partner\n  Naam: {P(w.full)}\n  Geboortedatum: {DOB(dob(r, 'nl', 3))}\n\n"
                f"Leenbedrag: {amount(r, 9000, 24000)} – looptijd 15 jaar – rente 3,6 %\n"
                f"Ingevoerd door: {P(staff('niels'))}")
    return (f"Goedemorgen,\n\nVoor de lening bij het Warmtefonds vroegen jullie om een kopie ID. De foto wordt steeds "
            f"wazig, dus hier de gegevens maar:\nidentiteitskaart nr. {ID(nl_docnr(r, 'I'))}, geldig t/m {a_date(r, 2032)}, "
            f"geboren {DOB(dob(r, 'nl', 1))} te Paramaribo.\nMijn BSN staat er ook op ({BS(bsn_form(bsn_pass(r), 4))}), hebben jullie dat ook nodig?\n\n"
            f"Het offertenummer is {ordernr(r, 'OFF')}. Als er nog iets mist hoor ik het graag, ik ben bereikbaar op "
            f"{PH(nl_mobile(r, 3))}.\n\nVriendelijke groet,\n{P(c.full)}")


@scenario("nl", True)
def nl_garantie(r, k):
    c = person(r)
    a = nl_addr(r)
    sn = inverter_sn(r, 0)
    if k == 0:
        return (f"Onderwerp: Omvormer geeft storing (garantie)\n\nHallo,\n\nSinds zaterdag brandt het lampje van de omvormer "
                f"rood, op het scherm staat 'Error 407 – Isolation fault'. Serienummer {X('SN', sn)}, geplaatst op "
                f"{a_date(r, 2023)} door jullie monteurs. De installatie staat op {AD(a.street)} in {a.town}.\n"
                f"In de app zie ik sinds {a_date(r, 2025, 5, 6, 1)} 0 kWh opbrengst, terwijl het zonnig is.\n\n"
                f"Kan er iemand langskomen? Ik werk thuis op maandag en woensdag. Bel gerust: {PH(nl_mobile(r))}.\n\n"
                f"Groet,\n{P(c.full)}")
    gar = f"GAR-2025-{digits(r, 4)}"
    full = c.full
    return (f"[14:02] {P(full)}: Hoi! Panelen doen niks meer ☹️ scherm zegt \"Grid fault\"\n"
            f"[14:03] {P(full)}: foto van het typeplaatje 👇 SN {X('SN', sn)}\n"
            f"[14:10] Zonnegloed Service: Hoi {P(c.first)}, vervelend! Staat de groep in de meterkast nog aan?\n"
            f"[14:12] {P(full)}: ja alles staat aan\n"
            f"[14:20] Zonnegloed Service: Oké, ik maak een garantieclaim aan ({gar}). Kloppen deze gegevens nog: "
            f"{AD(a.street)}, {PC(a.pc.replace(' ', ''))} {a.town}?\n"
            f"[14:21] {P(full)}: klopt 👍\n"
            f"[14:35] {P(staff('ilse', 'first'))} (Zonnegloed): Monteur {P(staff('kemal', 'first'))} komt donderdag tussen 8 en 12 uur. "
            f"Fijne dag!")


@scenario("nl", True)
def nl_terugbetaling(r, k):
    c = person(r)
    if k == 0:
        return (f"Geachte heer/mevrouw,\n\nOp {a_date(r, 2025, 3, 4, 1)} heb ik binnen de bedenktijd de opdracht "
                f"{ordernr(r, 'OFF')} geannuleerd (bevestiging van {P(staff('niels'))} ontvangen). De aanbetaling van "
                f"€ 1.250,00 is inmiddels wel afgeschreven.\n\nWilt u dit bedrag terugstorten op rekening "
                f"{IB(nl_iban(r, style=3))} t.n.v. {P(c.initials(r))}?\n\nMet vriendelijke groet,\n{P(c.full)}")
    w = wife_of(r, c)
    return (f"Hallo Zonnegloed,\n\nDeze maand zijn er twee incasso's van € 12,95 afgeschreven voor het servicecontract "
            f"(SC-{digits(r, 6)}) van onze rekening {IB(nl_iban(r, style=r.choice([0, 2])))}. Kunnen jullie er één "
            f"terugboeken?\nDe machtiging staat op naam van mijn {'man' if w.sex == 'm' else 'vrouw'}, {P(w.full)}, "
            f"maar ik regel de administratie.\n\nBij voorbaat dank,\n{P(c.first)}")


@scenario("nl", True)
def nl_onderaannemer(r, k):
    p = person(r, r.choice(["pl", "tr", "nl", "sr"]), "m")
    if k == 0:
        comp = f"Dakwerken {p.sur}"
        dom = deaccent(comp).lower().replace(" ", "-") + ".nl"
        return (f"Van: {P(p.full)} <{EM('info@' + dom)}>\nAan: facturen@zonnegloed.example\n"
                f"Onderwerp: factuur 2025-0{r.randint(10, 99)} montage {r.choice(['Zwolle', 'Epe', 'Twello'])}\n\n"
                f"Beste {P(staff('femke', 'first'))},\n\nBijgaand de factuur voor de montage bij project {ordernr(r, 'PRJ')}: "
                f"3 dagen à € 440,00 excl. btw, totaal € 1.597,20 incl. 21% btw. Graag betaling binnen 14 dagen.\n\n"
                f"Met vriendelijke groet,\n\n{P(p.full)}\n{NP(comp)}\nKvK {KVK(kvk_nr(r))}\nbtw-id {BTW(btw_new(r))}\n"
                f"IBAN {IB(nl_iban(r, style=1))}\nTel. {PH(nl_mobile(r, 0))}")
    comp = f"Installatiebedrijf {p.sur}"
    return (f"Notitie administratie – inkoopfactuur {comp and NP(comp)}\n\n"
            f"Op de factuur (nr. 25-{digits(r, 3)}) staat nog het oude omzetbelastingnummer {BS(ob_nummer(r))} in plaats van "
            f"het btw-id. {P(p.full)} gebeld op {PH(nl_mobile(r, 6))}: nieuwe factuur volgt met btw-id {BTW(btw_new(r))}.\n"
            f"KvK-nummer {KVK(kvk_nr(r))} klopt met het handelsregister. Betaling naar {IB(nl_iban(r, style=1))} pas na "
            f"ontvangst van de gecorrigeerde factuur.\n\n– {P(staff('femke', 'first'))}")


@scenario("nl", True)
def nl_monitoring(r, k):
    c = person(r)
    ver = f"4.{r.randint(10, 19)}.0.{r.randint(2, 9)}"
    if k == 0:
        return (f"Hallo,\n\nIk kan niet meer inloggen in de Zonnegloed-app. Mijn login is {EM(c.email(r))}.\n"
                f"Gisteren kreeg ik een mail \"Nieuwe login vanaf {IP(public_ip(r))}\" maar dat was ik niet! Ik was "
                f"op dat moment op mijn werk.\n'Wachtwoord vergeten' werkt ook niet, er komt geen mail.\n"
                f"De omvormer zelf zit op 192.168.178.{r.randint(20, 90)} in mijn netwerk, firmware {X('VER', ver)}.\n\n"
                f"Graag snel een reactie,\n{P(c.full)}")
    return (f"[10:41] Bezoeker: hoi, de app zegt dat er is ingelogd vanaf een onbekend apparaat\n"
            f"[10:42] {P(staff('ilse', 'first'))} (Zonnegloed): Goedemorgen! Dat zoeken we uit. Met wie spreek ik?\n"
            f"[10:42] Bezoeker: {P(c.full)}, account {EM(c.email(r))}\n"
            f"[10:44] {P(staff('ilse', 'first'))} (Zonnegloed): Dank u. Ik zie een login vanaf {IP(public_ip(r, v6=r.random() < 0.5))} "
            f"om 03:12. Herkent u dat?\n[10:45] Bezoeker: nee! ik sliep 😳\n"
            f"[10:46] {P(staff('ilse', 'first'))} (Zonnegloed): Ik heb alle sessies afgemeld en u krijgt een resetlink. "
            f"Zet daarna tweestapsverificatie aan. Ticket: INC-{digits(r, 6)}.")


@scenario("nl", True)
def nl_verkoop_woning(r, k):
    c = person(r)
    a = nl_addr(r)
    if k == 0:
        w = wife_of(r, c)
        n1, n2 = people(r, 2)
        a2 = nl_addr(r)
        return (f"Beste mensen van Zonnegloed,\n\nWij hebben ons huis aan de {AD(a.street)} in {a.town} verkocht. De "
                f"panelen en de thuisbatterij gaan mee met de woning. De nieuwe eigenaren zijn {P(n1.full)} en "
                f"{P(n2.full)} ({EM(n1.email(r))}); de sleuteloverdracht is op {a_date(r, 2025, 6, 8, 1)}.\n\n"
                f"Kunt u het servicecontract en de app-toegang aan hen overdragen (EAN-code aansluiting {X('EAN', ean18(r))})? "
                f"Ons nieuwe adres is "
                f"{AD(a2.street)}, {PC(a2.pc)} {a2.town}.\n\nMet vriendelijke groet,\n{P(c.first)} en {P(w.first)} {P(c.last)}")
    prev = person(r, "nl")
    return (f"Goedendag,\n\nSinds {a_date(r, 2025, 2, 5, 1)} wonen wij op {AD(a.street)}, {PC(a.pc)} {a.town}. De vorige "
            f"eigenaar ({aanhef(prev)} {P(prev.Last)}) zei dat er nog 7 jaar garantie op de omvormer zit en dat we bij jullie "
            f"een nieuw app-account kunnen krijgen.\nKlopt dat? Mijn telefoonnummer is {PH(nl_mobile(r))}.\n\n"
            f"Groet,\n{P(c.full)}")


@scenario("nl", True)
def nl_social(r, k):
    c = person(r)
    a = nl_addr(r)
    if k == 0:
        h = "@" + deaccent(c.first).lower() + "_" + str(r.randint(70, 99))
        return (f"{h}: @ZonnegloedNL al 3 weken wachten op een monteur en niemand belt terug 😡 #zonnepanelen "
                f"#klantenservice #{a.town}\n"
                f"@ZonnegloedNL: Vervelend om te lezen! Stuur je ons een DM met je postcode en huisnummer? "
                f"^{P(staff('ilse', 'first'))}\n\n"
                f"--- DM ---\n{h}: postcode {PC(a.pc.replace(' ', ''))}, huisnr {r.randint(1, 90)}. op naam van "
                f"{P(c.full)}, tel {PH(nl_mobile(r, 2))}\n"
                f"@ZonnegloedNL: Dank je! Ik zie dat je storingsmelding nog open staat. {P(staff('kemal', 'first'))} "
                f"belt je vandaag voor een afspraak. ^{P(staff('ilse', 'first'))}")
    return (f"{P(c.full)} schreef op Facebook:\nTop service van Zonnegloed! {P(staff('kemal', 'first'))} en zijn collega "
            f"hebben in één dag 16 panelen en de omvormer gelegd ☀️☀️ Alles netjes opgeruimd. #duurzaam #zonnepanelen\n\n"
            f"Zonnegloed Installaties reageerde:\nDank je wel {P(c.first)}! We geven het door aan "
            f"{P(staff('kemal', 'first'))} 😊 Veel plezier van je panelen!")


@scenario("nl", True)
def nl_hoofdletters(r, k):
    c = person(r, "nl")
    a = nl_addr(r)
    if k == 0:
        return (f"AANGETEKEND\n\nZONNEGLOED INSTALLATIES B.V.\nT.A.V. DE DIRECTIE\nPOSTBUS 2210\n7301 EC  APELDOORN\n\n"
                f"BETREFT: INGEBREKESTELLING OPDRACHT {ordernr(r, 'OFF')}\n\nGEACHTE HEER, MEVROUW,\n\n"
                f"OP {a_date(r, 2024, 5, 9)} HEEFT U BIJ MIJ THUIS, {AD(a.street.upper())} TE {a.town.upper()}, "
                f"ZONNEPANELEN GEPLAATST. SINDS DIE DATUM LEKT HET DAK BIJ DE DAKDOORVOER. IK HEB U DRIE KEER GEBELD EN "
                f"GEMAILD, ZONDER REACTIE. IK GEEF U HIERBIJ 14 DAGEN OM DE LEKKAGE TE VERHELPEN. DOET U DAT NIET, DAN "
                f"LAAT IK HET DOOR EEN ANDER BEDRIJF HERSTELLEN OP UW KOSTEN.\n\nHOOGACHTEND,\n\n{P(c.full.upper())}\n"
                f"{AD(a.street.upper())}\n{PC(a.pc)}  {a.town.upper()}\nTEL. {PH(nl_fixed(r, a.area, 0))}")
    return (f"KLACHT\n\nAAN: ZONNEGLOED, DYNAMOWEG 27, APELDOORN\nVAN: {P(c.initials(r).upper())}, "
            f"{AD(a.street.upper())}, {PC(a.pc)} {a.town.upper()}\n\nIN {X('PC', '2024 EN')} {X('PC', '2025 IS')} DE MONTEUR NU AL VIJF "
            f"KEER GEWEEST VOOR DE WARMTEPOMP. HIJ MAAKT VEEL TE VEEL LAWAAI ('S NACHTS 48 DB). IK WIL DAT DE POMP "
            f"WORDT VERPLAATST OF DAT U HEM TERUGNEEMT.\n\nBEL MIJ NIET, ANTWOORD SCHRIFTELIJK.\n\n{P(c.full.upper())}")


@scenario("nl", True)
def nl_whatsapp_planning(r, k):
    c = person(r)
    a = nl_addr(r)
    d = f"{r.randint(10, 28):02d}-0{r.randint(5, 9)}-2025"
    if k == 0:
        sv = person(r, c.origin, "m")
        return (f"[{d}, 08:14] Zonnegloed Planning: Goedemorgen! Morgen plaatsen onze monteurs de thuisbatterij 🔋 "
                f"Bent u tussen 07:30 en 08:00 thuis?\n"
                f"[{d}, 08:31] {P(c.first)}: Goedemorgen! Ja hoor. Nou ja, mijn schoonvader {P(sv.full)} doet open, "
                f"ik moet werken.\n[{d}, 08:32] {P(c.first)}: Zijn nummer is {PH(nl_mobile(r, 1))}\n"
                f"[{d}, 08:40] Zonnegloed Planning: Top, genoteerd 👍 Wilt u de auto niet voor de garagedeur zetten?\n"
                f"[{d}, 08:41] {P(c.first)}: 😂 komt goed\n"
                f"[{d}, 16:55] Zonnegloed Planning: Nog even ter controle: {AD(a.street)}, {PC(a.pc)} {a.town}. "
                f"Groet, {P(staff('sanne', 'first'))}")
    nb = person(r, "nl", "m")
    return (f"WhatsApp-chat met Zonnegloed\n\n{d} 12:03 - {P(c.full)}: hallo, staat de warmtepomp nog steeds voor "
            f"vrijdag?\n{d} 12:09 - Zonnegloed: Hallo! Ja, vrijdag vanaf 7:30. Kan de bus op de oprit staan?\n"
            f"{d} 12:11 - {P(c.full)}: oprit is vol, maar buurman {P(nb.first)} vindt het goed als jullie bij hem op "
            f"nummer {r.randint(2, 40)} parkeren 🚐\n{d} 12:12 - Zonnegloed: Super, dank u! Fijne middag ☀️\n"
            f"{d} 12:12 - {P(c.full)}: adres voor de zekerheid: {AD(a.street)}, {PC(a.pc)}")


@scenario("nl", True)
def nl_laadpaal(r, k):
    c = person(r)
    a = nl_addr(r)
    if k == 0:
        w = wife_of(r, c)
        return (f"Hallo,\n\nVoor de laadpaal die jullie op {a_date(r, 2025, 5, 7, 1)} komen installeren: de laadpas moet "
                f"gekoppeld worden aan onze auto met kenteken {KT(kenteken(r, r.choice([8, 9, 10, 11])))}. Ook de "
                f"leaseauto van {P(w.first)} (kenteken {KT(kenteken(r, r.choice([12, 13, 14])).replace('-', ''))}) moet "
                f"kunnen laden, kan dat met één pas?\n\nHet adres is {AD(a.street)}, de paal komt naast de voordeur.\n\n"
                f"Groetjes,\n{P(c.full)}")
    return (f"Interne notitie – laadpaal {ordernr(r, 'LP')}\n\nKlant {P(c.initials(r))}, {AD(a.street)}, {a.town}.\n"
            f"Laadpaal 11 kW, serienr. {X('SN', 'LB' + digits(r, 8))}. Kabel 14 m via kruipruimte.\n"
            f"Klant parkeert op eigen oprit, auto {KT(kenteken(r, r.choice([7, 8, 9])).lower())} (Tesla Model 3), "
            f"laadpoort links voor → paal rechts van de deur.\nOpgenomen door {P(staff('joris'))}.")


@scenario("nl", True)
def nl_creditcard(r, k):
    c = person(r)
    if k == 0:
        cc = card(r, r.choice(["visa", "mc", "mc2"]), r.choice([1, 2]))
        last4 = re.sub(r"\D", "", cc)[-4:]
        inner = (f"Van: {P(c.full)} <{EM(c.email(r))}>\nVerzonden: {a_date(r, 2025, 3, 6)} 21:40\n"
                 f"Onderwerp: aanbetaling\n\nIk wilde de aanbetaling via iDEAL doen maar dat lukt niet. Kunnen jullie het van "
                 f"mijn creditcard afschrijven? {CC(cc)}, geldig tot 08/27.\nNaam op de kaart: {P(c.initials(r).upper())}\n\n"
                 f"Groet, {P(c.first)}")
        return (f"Beste {P(c.first)},\n\nDank voor uw bericht. Wilt u ons nooit meer een volledig kaartnummer mailen? Wij "
                f"hebben de kaart eindigend op **** {last4} niet gebruikt en de gegevens uit ons systeem verwijderd. U "
                f"ontvangt vandaag een betaallink voor de aanbetaling van € 950,00.\n\nMet vriendelijke groet,\n"
                f"{P(staff('ilse'))}\nKlantenservice Zonnegloed\n\n{quote(inner)}")
    a = nl_addr(r)
    kvk = ORG_KVK
    cid = "NL" + iban_make("NL", kvk + "0000")[2:4] + "ZZZ" + kvk + "0000"   # creditor id: check over id + NL00
    return (f"MACHTIGING DOORLOPENDE SEPA-INCASSO\nIncassant: Zonnegloed Installaties B.V., Dynamoweg 27, 7332 BK Apeldoorn\n"
            f"Incassant-ID: {cid}\nKenmerk machtiging: SC-{digits(r, 6)}\nReden: servicecontract zonnepanelen\n\n"
            f"Naam: {P(c.full)}\nAdres: {AD(a.street)}\nPostcode en woonplaats: {PC(a.pc)} {a.town}\n"
            f"Rekeningnummer (IBAN): {IB(nl_iban(r, style=r.choice([0, 1])))}\n"
            f"Plaats en datum: {a.town}, {a_date(r, 2025, 2, 6)}\nHandtekening: [getekend]")


@scenario("nl", True)
def nl_doorgestuurd(r, k):
    c = person(r)
    a = nl_addr(r)
    em = c.email(r)
    br = person(r, c.origin, "m")
    br = Person(br.first, c.tv, c.sur, "m", c.origin) if br.first != c.first else person(r, "nl")
    off = f"OFF-2025-0{r.randint(100, 999)}"
    orig = (f"Van: Niels Oudeman <{staff_mail('niels')}>\nVerzonden: maandag {a_date(r, 2025, 4, 4, 1)} 2025 16:40\n"
            f"Aan: {P(c.full)} <{EM(em)}>\nOnderwerp: Offerte {off} zonnepanelen + thuisbatterij\n\n"
            f"Beste {aanhef(c)} {P(c.Last)},\n\nNaar aanleiding van mijn bezoek aan {AD(a.street)} stuur ik u de offerte: "
            f"12 x 440 Wp, omvormer Hexwatt HX-5K, thuisbatterij 10,24 kWh, totaal € 11.874,00 incl. btw.\n\n"
            f"Met vriendelijke groet,\n\n{sig_nl('niels')}")
    orig = orig.replace("Van: Niels Oudeman", f"Van: {P(staff('niels'))}", 1)
    return (f"Van: {P(c.full)} <{EM(em)}>\nVerzonden: dinsdag 22:13\nAan: {P(staff('niels'))} <{staff_mail('niels')}>\n"
            f"Onderwerp: RE: Offerte {off} zonnepanelen + thuisbatterij\n\nHoi {P(staff('niels', 'first'))},\n\n"
            f"Dank voor de offerte. Twee vragen: kan de batterij in de garage (die is niet vorstvrij) en klopt het dat de "
            f"salderingsregeling per 2027 stopt? Mijn {'broer' if br.sex == 'm' else 'zus'} {P(br.full)} heeft in 2023 "
            f"bij jullie panelen laten leggen en is erg tevreden.\n\nGroeten,\n{P(c.first)}\n\n"
            f"-----Oorspronkelijk bericht-----\n{orig}")


@scenario("nl", True)
def nl_csv_planning(r, k):
    rows = []
    for i in range(4 if k == 0 else 3):
        c = person(r)
        a = nl_addr(r, r.choice(["Apeldoorn", "Deventer", "Epe", "Vaassen", "Twello", "Zutphen"]))
        rows.append((c, a))
    if k == 0:
        lines = ["datum;ordernr;klant;adres;postcode;plaats;telefoon;werk"]
        for (c, a) in rows:
            lines.append(f"{a_date(r, 2025, 6, 6)};ORD-25-{digits(r, 4)};{P(c.Last + ', ' + c.first)};{AD(a.street)};"
                         f"{PC(a.pc.replace(' ', ''))};{a.town};{PH(nl_mobile(r, 2))};{r.choice(['12 pnl + omvormer', 'batterij 10 kWh', 'warmtepomp hybride', '8 pnl oost/west'])}")
        return ("Hoi team, planning week 24 (export uit Planner, niet buiten de deur doorsturen):\n\n" + "\n".join(lines)
                + f"\n\nPloeg 1: {P(staff('kemal'))} + stagiair. Ploeg 2 bevestigt morgen.\n– {P(staff('sanne', 'first'))}")
    lines = ["| klant | adres | tel | status |", "|---|---|---|---|"]
    for (c, a) in rows:
        lines.append(f"| {P(c.initials(r))} | {AD(a.street)}, {PC(a.pc)} {a.town} | {PH(nl_fixed(r, a.area, 0))} | "
                     f"{r.choice(['schouw gepland', 'wacht op netbeheerder', 'materiaal besteld'])} |")
    return ("Openstaande schouwen regio Apeldoorn (stand vrijdag):\n\n" + "\n".join(lines) +
            f"\n\nGraag vóór dinsdag afbellen. {P(staff('joris', 'first'))}")


@scenario("nl", True)
def nl_zakelijk(r, k):
    c = person(r, "nl")
    a = nl_addr(r, r.choice(["Epe", "Voorst", "Twello", "Vaassen"]))
    if k == 0:
        firm = f"Melkveebedrijf {c.Last}"
        return (f"Goedemiddag {P(staff('niels', 'first'))},\n\nHierbij de gegevens voor de offerte van de panelen op de "
                f"nieuwe ligboxenstal (ca. 120 panelen, 3x63A aansluiting):\n\n"
                f"Bedrijf: {NP(firm)} V.O.F.\nKvK: {KVK(kvk_nr(r))}\nBtw-id: {BTW(btw_new(r))}\n"
                f"Projectadres: {AD(a.street)}, {PC(a.pc)} {a.town}\nContactpersoon: {P(c.full)}, {PH(nl_mobile(r, 1))}\n"
                f"Facturen naar: {EM('administratie@' + deaccent(c.Last).lower().replace(' ', '').replace(chr(39), '') + '-melkvee.nl')}\n\n"
                f"De stal wordt in september opgeleverd. Kunnen we de netaanvraag nu al doen?\n\nGroet,\n{P(c.first)}")
    firm = f"Bakkerij {c.Last}"
    return (f"Onderwerp: zonnepanelen bakkerij – gegevens voor de factuur\n\nBeste {P(staff('femke', 'first'))},\n\n"
            f"De factuur mag op naam van {NP(firm)}, {AD(a.street)}, {PC(a.pc)} {a.town}.\n"
            f"Kamer van Koophandel {KVK(kvk_nr(r))}, btw-nummer {BTW(btw_new(r))}.\n"
            f"Het gaat om 24 panelen op het platte dak van de winkel (offerte {ordernr(r, 'OFF')}).\n\n"
            f"Met vriendelijke groet,\n{P(c.full)}\n{NP(firm)}")


@scenario("nl", True)
def nl_belgie(r, k):
    c = person(r, "be")
    a = be_addr(r)
    if k == 0:
        reply = (f"Dag {P(c.first)},\n\nZeker, wij werken in heel Belgisch-Limburg. Ik kom graag langs voor een gratis "
                 f"plaatsbezoek. Past dinsdag {a_date(r, 2025, 4, 6, 1)} om 14:00?\n\nVriendelijke groeten,\n"
                 f"{P(staff('wouter'))}\nAdviseur België – Zonnegloed")
        orig = (f"Goeiedag,\n\nWij wonen in {a.town} en hadden graag een offerte voor 16 zonnepanelen en een thuisbatterij. "
                f"Werken jullie ook in Limburg? Ons adres: {AD(a.street)}, {PC(a.pc)} {a.town}.\n"
                f"Gsm: {PH(be_mobile(r, 0))}\n\nMvg,\n{P(c.full)}")
        return reply + f"\n\nOp {a_date(r, 2025, 3, 4, 1)} schreef {P(c.full)} <{EM(c.email(r))}>:\n" + quote(orig)
    return (f"Goedemiddag,\n\nDe factuur van {a_date(r, 2025, 3, 5)} heb ik betaald op {a_date(r, 2025, 5, 6)} van "
            f"rekening {IB(be_iban(r, 1))}, maar vandaag kreeg ik toch een herinnering. Kunnen jullie dat nakijken? "
            f"Mededeling was +++{digits(r, 3)}/{digits(r, 4)}/{digits(r, 5)}+++.\n\nMet vriendelijke groeten,\n"
            f"{P(c.full)}\n{AD(a.street)}\n{PC(a.pc)} {a.town}\nTel. {PH(be_fixed(r, a.area))}")


@scenario("nl", True)
def nl_overspanning(r, k):
    c = person(r)
    a = nl_addr(r)
    if k == 0:
        w = wife_of(r, c)
        return (f"Beste Zonnegloed,\n\nSinds vorige week schakelt onze omvormer op zonnige middagen af door overspanning "
                f"(melding 'Grid overvoltage 253 V'). De netbeheerder zegt dat we eerst via de installateur moeten.\n"
                f"Onze EAN-code is {X('EAN', ean18(r))} en de aansluiting staat op naam van mijn "
                f"{'vrouw' if w.sex == 'f' else 'man'} {P(w.full)}.\nAdres: {AD(a.street)} {PC(a.pc)} {a.town}.\n\n"
                f"Bel me gerust op {PH(nl_mobile(r))}.\n\n{P(c.full)}")
    n1, n2 = people(r, 2, "nl")
    return (f"Hallo,\n\nIn onze straat ({a.town}) vallen bij meerdere huizen de omvormers uit. Bij ons ({AD(a.street)}) "
            f"en ook bij de buren: {P(n1.full)} en de familie {P(n2.Last)}. Ligt dat aan het net of aan de instelling van jullie "
            f"omvormers? Meetwaarden: 251–254 V tussen 12:00 en 15:00.\n\nGroet,\n{P(c.first)}\n{PH(nl_mobile(r, 4))}")


# ============================================================================ NL without personal data
@scenario("nl", False)
def nl_pf_storing(r, k):
    sn = inverter_sn(r, r.choice([0, 2]))
    if k == 0:
        t = hm(r, 9, 16)
        return (f"Chat gestart {a_date(r, 2025, 5, 8)} {t} via www.zonnegloed.example/service\n\n"
                f"Bezoeker: mijn omvormer geeft foutcode E-034, wat betekent dat?\n"
                f"Zonnegloed Chat: E-034 betekent meestal dat de netspanning te hoog is (boven 253 V). Dat gebeurt vaak op "
                f"zonnige middagen als veel buren tegelijk terugleveren.\n"
                f"Bezoeker: het serienummer is {X('SN', sn)}, hij is van 2022\n"
                f"Zonnegloed Chat: Dank u. Dit type valt onder 10 jaar productgarantie. Wilt u een storing melden? Dan "
                f"hebben we uw postcode en huisnummer nodig.\nBezoeker: nee, eerst even afwachten. bedankt!\n"
                f"Zonnegloed Chat: Prima. Tip: in de app vindt u onder Historie > Meldingen hoe vaak het voorkomt. 🌞\n"
                f"Chat beëindigd.")
    return (f"Onderwerp: [Zonnegloed Monitor] Installatie offline sinds 06:00\n\nInstallatie-ID: ZG-INST-{digits(r, 6)}\n"
            f"Omvormer: Hexwatt HX-3.6K, SN {X('SN', sn)}\nLaatste contact: {a_date(r, 2025, 6, 8)} 05:58:41 (UTC+2)\n"
            f"Datalogger: wifi-stick v2.3.1, lokaal IP 192.168.2.{r.randint(10, 200)}, RSSI -78 dBm\n"
            f"Opbrengst vandaag: 0,0 kWh (verwacht: {r.randint(9, 24)},{r.randint(0, 9)} kWh)\n\n"
            f"Controleer of uw router aan staat en of de wifi-stick groen knippert. Is de installatie na 24 uur nog "
            f"offline, bel dan {org_phone('office', 1)} of app naar {org_phone('app', 0)}.\n\n"
            f"Dit is een automatisch bericht van Zonnegloed Monitor. U kunt hierop niet antwoorden.")


@scenario("nl", False)
def nl_pf_offerte_vragen(r, k):
    if k == 0:
        return (f"Bezoeker: wat kost een set van 10 panelen ongeveer?\n"
                f"Zonnegloed Chat: Een set van 10 panelen van 440 Wp (4,4 kWp) met omvormer kost vanaf {amount(r, 4700, 5400)} "
                f"incl. montage en btw. De exacte prijs hangt af van uw dak en meterkast.\n"
                f"Bezoeker: en met een thuisbatterij erbij?\n"
                f"Zonnegloed Chat: Een batterij van 10,24 kWh komt er vanaf {amount(r, 5900, 6900)} bij. Met het einde van "
                f"de salderingsregeling op 1 januari 2027 wordt een batterij interessanter.\n"
                f"Bezoeker: oké, hoe snel kunnen jullie komen kijken?\n"
                f"Zonnegloed Chat: De wachttijd voor een schouw is nu ongeveer {r.randint(2, 5)} weken. U kunt zelf een moment "
                f"kiezen via zonnegloed.example/afspraak.")
    off = f"OFF-2025-0{r.randint(100, 999)}"
    return (f"Onderwerp: Uw vragen over offerte {off}\n\nBeste klant,\n\nHierbij de antwoorden op uw vragen:\n\n"
            f"1. De panelen (12 x 440 Wp, samen 5,28 kWp) leveren naar verwachting {r.randint(4500, 5200)} kWh per jaar.\n"
            f"2. De omvormer heeft {X('PC', '3680 VA')} maximaal vermogen en past op een 1-fase aansluiting (1x35A).\n"
            f"3. De offerte is geldig tot {a_date(r, 2025, 7, 9)}. Het totaalbedrag van {amount(r, 6200, 7900)} incl. 21% btw "
            f"blijft gelijk, ook als de btw op zonnepanelen verandert.\n"
            f"4. Aanbetaling: 20% bij opdracht, restant binnen 14 dagen na oplevering op {org_iban(1, 1)}.\n"
            f"5. De EAN-code van uw aansluiting ({X('EAN', ean18(r))}) hebben we al; de netaanvraag doen wij.\n\n"
            f"Met zonnige groet,\nTeam Verkoop Zonnegloed\n{org_phone('office', 0)}")


@scenario("nl", False)
def nl_pf_isde_info(r, k):
    if k == 0:
        return (f"ISDE 2025 – wat u moet weten\n\nVoor een (hybride) warmtepomp of thuisbatterij? Let op: de ISDE geldt "
                f"voor warmtepompen, zonneboilers en isolatie, niet voor zonnepanelen of batterijen.\n\n"
                f"- Hybride warmtepomp met meldcode KA{digits(r, 5)}: subsidie vanaf € 1.025,00\n"
                f"- Lucht/water-warmtepomp met meldcode KA{digits(r, 5)}: circa € 2.950,00\n"
                f"- Aanvragen kan tot 24 maanden na installatie, dus installatie op 01-03-2025 → uiterlijk 01-03-2027.\n"
                f"- RVO beslist binnen 8 weken; uw zaaknummer begint met ISDE-25-.\n\n"
                f"Wij helpen u graag met de aanvraag; mail naar subsidie@zonnegloed.example.")
    fn = bsn_pass(r)
    return (f"Beste klant,\n\nWe hebben de ISDE-aanvraag voor u ingediend. Uw zaaknummer bij RVO is "
            f"ISDE-25-{nine_fail(r)}. Voor de aanvraag gebruikten we factuurnummer {X('BSN', fn)} van "
            f"{a_date(r, 2025, 2, 4)} en het typeplaatje van de warmtepomp (SN {X('SN', inverter_sn(r, 3))}).\n\n"
            f"U hoort binnen 8 weken van RVO. Het subsidiebedrag ({amount(r, 1000, 3000)}) wordt door RVO rechtstreeks "
            f"aan u uitbetaald.\n\nMet vriendelijke groet,\nAfdeling Subsidies\nZonnegloed Installaties B.V.\n"
            f"subsidie@zonnegloed.example | {org_phone('office', 2)}")


@scenario("nl", False)
def nl_pf_voorraad(r, k):
    codes = [kenteken(r, 4) for _ in range(3)]
    if k == 0:
        return (f"Voorraadtelling magazijn Dynamoweg – vrijdag {a_date(r, 2025, 3, 9, 1)}\n\n"
                f"artikel;omschrijving;aantal;locatie\n"
                f"{X('KENT', codes[0])};montagerail 3,30 m zilver;{r.randint(80, 200)};B1\n"
                f"{X('KENT', codes[1])};dakhaak pannen verstelbaar;{r.randint(300, 900)};B2\n"
                f"{X('KENT', codes[2])};eindklem 30-35 mm zwart;{r.randint(200, 600)};B2\n"
                f"HX-3.6K;omvormer 1-fase;{r.randint(4, 20)};C1\nHX-5K-T;omvormer 3-fase;{r.randint(2, 12)};C1\n"
                f"BAT-10.24;thuisbatterij 10,24 kWh;{r.randint(1, 8)};C3\n"
                f"SD-{X('PC', '2048 MB')};geheugenkaart datalogger;{r.randint(10, 40)};kantoor\n\n"
                f"Tekort dakhaken: bestellen bij groothandel (order PO-{digits(r, 6)}).")
    return (f"Notitie magazijn: levering PO-{digits(r, 6)} is compleet behalve 2 dozen eindklemmen "
            f"({X('KENT', codes[0])}). Pallet PAL-{digits(r, 4)} staat nog bij de expediteur (track & trace "
            f"3S{''.join(r.choice('ABCDEFGHKLMNPQRSTUVWXYZ') for _ in range(4))}{digits(r, 9)}).\n"
            f"De retour-omvormers (RMA-{digits(r, 5)} en RMA-{digits(r, 5)}) gaan maandag met de bus mee.\n"
            f"Artikel {X('KENT', codes[1])} (dakhaak leisteen) is uit het assortiment; vervanger {X('KENT', codes[2])}.")


@scenario("nl", False)
def nl_pf_factuurvraag(r, k):
    fn = bsn_pass(r)
    if k == 0:
        return (f"Contactformulier zonnegloed.example\nNaam: (niet ingevuld)\nKlantnummer: {nine_fail(r)}\nOnderwerp: factuur\n\n"
                f"Bericht: Ik heb een vraag over factuur {X('BSN', fn)} van {a_date(r, 2025, 4, 5)}. Het bedrag was "
                f"€ 1.249,-. Dat heb ik op {a_date(r, 2025, 5, 5)} al betaald met creditcard **** **** **** "
                f"{digits(r, 4)}. Nu krijg ik een herinnering om het over te maken naar {org_iban(1, 1)}. "
                f"Hoe zit dat?")
    return (f"Beste klant,\n\nDank voor uw bericht over factuur {X('BSN', fn)}. De betaling van € 1.249,00 met uw "
            f"creditcard (XXXX-XXXX-XXXX-{digits(r, 4)}) is op {a_date(r, 2025, 5, 6)} bij ons binnengekomen. De "
            f"herinnering is automatisch verstuurd en kunt u negeren.\n\nU hoeft dus niets meer over te maken naar "
            f"{org_iban(1, 0)} of {org_iban(2, 1)}.\n\nMet vriendelijke groet,\nAfdeling Debiteuren\nZonnegloed "
            f"Installaties B.V.\n{footer_nl(1)}")


@scenario("nl", False)
def nl_pf_social(r, k):
    if k == 0:
        h = r.choice(["@zonnig_twello", "@dakvolpanelen", "@energieneutraal_epe"])
        return (f"{h}: @ZonnegloedNL vandaag {r.randint(30, 42)},{r.randint(0, 9)} kWh opgewekt met 14 panelen ☀️☀️ "
                f"record! #zonnepanelen #juni\n"
                f"@ZonnegloedNL: Gefeliciteerd met het record! 🎉 Deel je de screenshot uit de app? #ZonnegloedFamilie\n"
                f"{h}: 👉 zie foto. ook de batterij zat om 11:40 al vol 🔋\n"
                f"@zonnegloed_service: Mooi! Tip: zet de batterij in de app op 'dynamisch tarief', dan laadt hij 's nachts "
                f"niet onnodig bij.")
    return (f"Reacties op Instagram-post 'Nieuwe warmtepomp geplaatst in Vaassen 🏡💚'\n\n"
            f"groene_gerrit_: hoeveel kost zo'n ding?\n@zonnegloed_service: Hangt af van je huis! Een hybride begint rond "
            f"de € 4.500 na ISDE. Stuur ons een DM 😊\n"
            f"wattwijzer.nl: staat de buitenunit niet te dicht bij de schutting? 🤔\n"
            f"@zonnegloed_service: Goede vraag! Er zit 1,2 m tussen, het geluid is op de erfgrens 38 dB(A). "
            f"#warmtepomp #vaassen #gasloos")


@scenario("nl", False)
def nl_pf_autoreply(r, k):
    if k == 0:
        return (f"Automatisch antwoord: Bedankt voor uw e-mail\n\nWe hebben uw bericht ontvangen en reageren binnen 2 "
                f"werkdagen. Uw ticketnummer is ZG-{digits(r, 6)}.\n\n"
                f"Bereikbaarheid: ma–vr 08:00–17:00 via {org_phone('office', 0)}. Storing buiten kantoortijd? Bel "
                f"{org_phone('storing', 1)}. WhatsApp: {org_phone('app', 1)}.\n"
                f"Postadres: Postbus 2210, 7301 EC Apeldoorn\nBezoekadres (showroom): Dynamoweg 27, 7332 BK Apeldoorn\n\n"
                f"{footer_nl(0)}")
    return (f"Afwezigheidsbericht – bouwvak\n\nOnze kantoren zijn gesloten van {a_date(r, 2025, 7, 7, 1)} tot en met "
            f"{a_date(r, 2025, 8, 8, 1)}. Storingen aan omvormers en warmtepompen worden wel opgepakt: bel "
            f"{org_phone('storing', 2)} of app {org_phone('app', 2)}.\nFacturen kunt u blijven betalen op "
            f"{org_iban(1, 1)} (Rabobank) t.n.v. Zonnegloed Installaties B.V.\n\n"
            f"Zonnegloed Installaties B.V., Postbus 2210, 7301 EC Apeldoorn, KvK {ORG_KVK}, "
            f"omzetbelastingnummer {ORG_RSIN[:4]}.{ORG_RSIN[4:6]}.{ORG_RSIN[6:]}.B01")


@scenario("nl", False)
def nl_pf_batterij(r, k):
    if k == 0:
        return (f"Vraag via webformulier (anoniem)\n\nWe hebben 16 panelen (6,8 kWp) en een verbruik van 4.200 kWh. "
                f"Welke thuisbatterij past daarbij? In de folder staat 5,12 kWh en 10,24 kWh. Mijn omvormer is een 1-fase "
                f"model van {X('PC', '3680 VA')}. En wat betekent 'EMS met {X('PC', '2048 MB')} geheugen' – is dat "
                f"belangrijk? Onze meterkast heeft nog 2 vrije groepen.")
    return (f"Antwoord klantenservice (sjabloon B-07)\n\nBij 6,8 kWp en 4.200 kWh adviseren wij meestal 10,24 kWh. De "
            f"batterij laadt met max. {X('PC', '5000 VA')} en werkt met uw 1-fase omvormer samen via de AC-koppeling.\n"
            f"Het EMS-geheugen ({X('PC', '2048 MB')}) bewaart 5 jaar meetdata; daar hoeft u niets mee.\n"
            f"Firmware-versie bij levering: v1.8.{r.randint(2, 9)}. Garantie: 10 jaar of 6.000 cycli.\n\n"
            f"Team Zonnegloed")


@scenario("nl", False)
def nl_pf_storingsmelding(r, k):
    v = f"5.{r.randint(2, 9)}.0.{r.randint(11, 30)}"
    if k == 0:
        return (f"status.zonnegloed.example – Storing monitoringplatform (opgelost)\n\n"
                f"{a_date(r, 2025, 4, 6)} 07:12 – We onderzoeken meldingen dat de app geen actuele opbrengst toont.\n"
                f"07:45 – Oorzaak gevonden: een certificaat op de koppelserver (10.40.2.17) was verlopen.\n"
                f"08:30 – Opgelost. Meetdata van 00:00–08:30 worden automatisch aangevuld.\n\n"
                f"Betrokken app-versies: Android {X('VER', v)}, iOS 5.{r.randint(2, 9)}.1. Incident INC-{digits(r, 6)}.")
    return (f"Intern – postmortem INC-{digits(r, 6)}\n\nTijdlijn (CEST): 02:14 eerste alarm vanaf monitor-03 (10.40.2.23), "
            f"02:40 failover naar monitor-04, 06:55 database weer in sync.\nImpact: ca. {r.randint(800, 2400)} installaties "
            f"zonder live data, geen dataverlies.\nActie: certificaatbewaking toevoegen, app {X('VER', v)} "
            f"uitrollen. Verantwoordelijk: team Platform.")


@scenario("nl", False)
def nl_pf_planning_intern(r, k):
    if k == 0:
        rows = "\n".join(f"- ploeg {p}: ORD-25-{digits(r, 4)} ({t}, {n})" for p, t, n in
                         [("A", "Twello", "16 pnl"), ("A", "Voorst", "batterij"), ("B", "Epe", "hybride wp"),
                          ("C", "Deventer", "laadpaal + 8 pnl")])
        return (f"Weekplanning installaties week {r.randint(20, 40)}\n\n{rows}\n\nLet op: bus 3 gaat woensdag naar de "
                f"garage (APK). Steiger voor ORD-25-{digits(r, 4)} wordt dinsdag om 07:00 geleverd door de "
                f"steigerbouwer. Regio 7334 en 7335 hebben deze week voorrang i.v.m. de netbeheerder.")
    return (f"Planning schouwen – openstaande aantallen per regio (stand {a_date(r, 2025, 5, 9)})\n\n"
            f"Apeldoorn-Zuid: {r.randint(4, 15)}\nApeldoorn-Noord: {r.randint(4, 15)}\nDeventer: {r.randint(2, 9)}\n"
            f"Epe/Vaassen: {r.randint(2, 9)}\nBelgisch-Limburg: {r.randint(1, 6)}\nKreis Kleve: {r.randint(1, 6)}\n\n"
            f"Gemiddelde doorlooptijd aanvraag → schouw: {r.randint(9, 20)} dagen (doel 10).")


@scenario("nl", False)
def nl_pf_garantievoorwaarden(r, k):
    if k == 0:
        return (f"DM via Instagram van @duurzaamwonen_ede:\n\"Hoi! Hoe lang is de garantie op jullie panelen en wat als "
                f"een paneel kapot gaat door hagel? 🌨️\"\n\n@zonnegloed_service:\n\"Hoi! Op de panelen zit 25 jaar "
                f"product- en vermogensgarantie, op de omvormer 10 jaar en op onze montage 5 jaar. Hagelschade valt onder "
                f"je opstalverzekering – check even of zonnepanelen erin staan. Meer info: zonnegloed.example/garantie ☀️\"")
    return (f"Garantievoorwaarden (versie {r.randint(3, 6)}.{r.randint(0, 9)}, geldig vanaf 01-01-2025)\n\n"
            f"Art. 4.2 Een garantieclaim meldt u binnen 30 dagen via garantie@zonnegloed.example met het serienummer "
            f"(bijv. {X('SN', inverter_sn(r, 0))}) en foto's.\nArt. 4.3 Voorrijkosten € 95,00 worden niet berekend als "
            f"de claim wordt toegekend.\nArt. 5.1 Uitgesloten: schade door blikseminslag, overspanning boven 264 V en "
            f"wijzigingen door derden.")


# ============================================================================ EN with personal data
def en_origin(r):
    return r.choice(["uk", "uk", "uk", "in", "cn", "gh", "ua", "sy", "br", "it", "vn", "pl"])


@scenario("en", True)
def en_quote_expat(r, k):
    c = person(r, en_origin(r))
    a = nl_addr(r, r.choice(["Utrecht", "Amersfoort", "Haarlem", "Almere", "Arnhem", "Nijmegen"]))
    if k == 0:
        return (f"Subject: Quote for solar panels – rented house?\n\nHi there,\n\nMy partner and I bought a terraced "
                f"house at {AD(a.street)}, {PC(a.pc)} {a.town} last autumn and would like a quote for solar panels "
                f"(roughly 8–10) and maybe a heat pump later. Our Dutch isn't great yet, so English would be lovely.\n\n"
                f"Best to reach me on my UK mobile {PH(uk_mobile(r))} or by email at {EM(c.email(r))}.\n\n"
                f"Cheers,\n{P(c.full)}")
    return (f"New quote request (EN form)\nSubmitted: {a_date(r, 2025, 3, 6, 5)} {hm(r, 18, 23)}\n\n"
            f"Full name: {P(c.full)}\nStreet and number: {AD(a.street)}\nPostcode: {PC(a.pc)}\nCity: {a.town}\n"
            f"Phone: {PH(nl_mobile(r, 3))}\nEmail: {EM(c.email(r))}\nProduct: home battery\n"
            f"Current system: 12 panels, installed 2019 by another company\n"
            f"Message: We already have panels. Is a battery worth it after 2027? Also, our inverter is a 3-phase "
            f"model, does that matter?")


@scenario("en", True)
def en_financing(r, k):
    c = person(r, en_origin(r))
    a = nl_addr(r)
    if k == 0:
        return (f"Dear {P(staff('niels', 'first'))},\n\nThanks for explaining the Warmtefonds loan. As requested, my details "
                f"for the application:\n\n- Name: {P(c.full)}\n- Date of birth: {DOB(dob(r, 'en', 1))}\n"
                f"- Passport (UK) number: {ID(digits(r, 1).replace('0', '5') + digits(r, 8))}, expires {a_date(r, 2030, style=3)}\n"
                f"- Address: {AD(a.street)}, {PC(a.pc)} {a.town}\n- Bank account: {IB(nl_iban(r, style=1))}\n"
                f"- BSN (in case you need it): {BS(bsn_pass(r))}\n\n"
                f"I've lived in the Netherlands since 2019, so I hope the BKR check is fine.\n\nKind regards,\n{P(c.first)}")
    return (f"Hello,\n\nI'm applying for the financing you offered with quote {ordernr(r, 'OFF')}. I'm not an EU citizen; "
            f"my Dutch residence permit number is {ID(res_doc(r))} (valid until {a_date(r, 2029, style=3)}).\n"
            f"My date of birth is {DOB(dob(r, 'en', 0))}. Please tell me if you also need my employer's statement.\n\n"
            f"Best regards,\n{P(c.full)}\n{PH(nl_mobile(r, 0))}")


@scenario("en", True)
def en_warranty_battery(r, k):
    c = person(r, en_origin(r))
    a = nl_addr(r)
    sn = inverter_sn(r, 4)
    if k == 0:
        return (f"Subject: Battery stuck at 20% – warranty claim\n\nHello,\n\nOur home battery (serial {X('SN', sn)}, "
                f"installed {a_date(r, 2024, style=3)}) has not charged above 20% for a week. The app shows error "
                f"'BMS-12'. We already restarted it twice as described in the manual.\n\nThe installation address is "
                f"{AD(a.street)}, {PC(a.pc)} {a.town}. Someone is home on Tuesdays and Fridays. Phone: "
                f"{PH(nl_mobile(r, 3))}.\n\nThanks,\n{P(c.full)}")
    w = people(r, 2, c.origin, sex="f")[1]
    w = w if w.first != c.first else people(r, 3, c.origin, sex="f")[2]
    return (f"Hi {P(staff('abena', 'first'))},\n\nFollowing up on our call: the technician, {P(staff('kemal'))}, came on "
            f"Monday and replaced the BMS board. Since then the battery works again, but the app still lists the old serial "
            f"{X('SN', sn)}. Could you update it? Also, my partner {P(w.first)} would like her own login "
            f"for the app – her email is {EM(w.email(r))}.\n\nMany thanks,\n{P(c.first)}")


@scenario("en", True)
def en_isde_bsn(r, k):
    c = person(r, en_origin(r))
    if k == 0:
        return (f"Hi,\n\nFor the ISDE subsidy for our heat pump you need some details from me, I think. My citizen service "
                f"number (BSN) is {BS(bsn_form(bsn_pass(r), r.choice([0, 2])))}. The heat pump was installed on "
                f"{a_date(r, 2025, 2, 4, 3)}. My bank account for the payout is {IB(nl_iban(r, style=0))}.\n\n"
                f"Let me know if you need anything else!\n{P(c.full)}")
    return (f"Dear Zonnegloed team,\n\nI tried to apply for ISDE myself on the RVO website but it asks for an "
            f"\"omzetbelastingnummer\" because I am a freelancer. Mine is {BS(ob_nummer(r))}, is that the same as my BSN? "
            f"My KvK number is {KVK(kvk_nr(r))}.\n\nThanks for your help,\n{P(c.full)}\n{PH(uk_mobile(r, 1))}")


@scenario("en", True)
def en_refund_gb(r, k):
    c = person(r, "uk")
    if k == 0:
        return (f"Hello,\n\nWe cancelled order {ordernr(r, 'OFF')} within the 14-day period (confirmation from "
                f"{P(staff('abena'))} on {a_date(r, 2025, 4, 5, 3)}). Please refund the deposit of €1,150.00 to my UK "
                f"account:\n\nIBAN {IB(gb_iban(r, 1))}\nBIC NWBKGB2L\nAccount holder: {P(c.full)}\n\nKind regards,\n"
                f"{P(c.first)}")
    a = uk_addr(r)
    return (f"Hi,\n\nI've sold our holiday home in Zeeland, including the solar panels you installed. Please send the "
            f"final invoice for the service contract to my home address in the UK:\n\n{P(c.full)}\n{AD(a.street)}\n"
            f"{a.town}\n{PC(a.pc)}\n\nAny refund of the prepaid months can go to {IB(gb_iban(r, 0))}.\nPhone: "
            f"{PH(uk_fixed(r, a.area))}\n\nBest,\n{P(c.first)}")


@scenario("en", True)
def en_monitoring_ip(r, k):
    c = person(r, en_origin(r))
    if k == 0:
        return (f"Subject: Suspicious login to my Zonnegloed account\n\nHi,\n\nI got an email saying \"New sign-in from "
                f"{IP(public_ip(r))} (Chrome on Windows)\". That wasn't me – I only use the iPhone app. My account is "
                f"{EM(c.email(r))}. I have already reset my password. Can you check whether anyone changed my battery "
                f"settings?\n\nThanks,\n{P(c.full)}")
    return (f"[09:12] {P(c.first)}: hi, the monitoring app says my inverter is offline but it's on\n"
            f"[09:13] {P(staff('abena', 'first'))} | Zonnegloed: Good morning! Which email is your account under?\n"
            f"[09:13] {P(c.first)}: {EM(c.email(r))}\n"
            f"[09:15] {P(staff('abena', 'first'))} | Zonnegloed: Thanks. The logger last connected from {IP(public_ip(r))}. Did "
            f"you get a new router?\n[09:16] {P(c.first)}: yes! yesterday, new wifi name\n"
            f"[09:17] {P(staff('abena', 'first'))} | Zonnegloed: That's it 🙂 Open the app > Settings > Wi-Fi and connect the "
            f"stick to the new network. The local address will change from 192.168.1.{r.randint(20, 99)} to something "
            f"else, that's fine.")


@scenario("en", True)
def en_social(r, k):
    c = person(r, en_origin(r))
    a = nl_addr(r)
    if k == 0:
        h = "@" + deaccent(c.first).lower() + deaccent(c.sur).lower()[:3] + "_nl"
        return (f"{h}: Day 12 without hot water since @ZonnegloedNL installed our heat pump. Nobody answers the phone. "
                f"#heatpump #customerservice 😤\n"
                f"@ZonnegloedNL: We're really sorry! Please DM us your postcode and house number so we can help today.\n"
                f"--- DM ---\n{h}: {AD(a.street)}, {PC(a.pc)}. name {P(c.full)}. mobile {PH(nl_mobile(r, 1))}\n"
                f"@ZonnegloedNL: Thank you {P(c.first)}. An engineer will call you within the hour. – {P(staff('abena', 'first'))}")
    return (f"LinkedIn comment by {P(c.full)}:\n\"Great to see the team at Zonnegloed finishing the 240-panel roof at our "
            f"office. Special thanks to {P(staff('joris'))} for the survey and {P(staff('kemal'))}'s crew! "
            f"#solar #sustainability\"\n\nZonnegloed Installaties: \"Thank you {P(c.first)}, it was a pleasure! ☀️\"")


@scenario("en", True)
def en_forwarded_landlord(r, k):
    ll = person(r, "nl")
    t = person(r, en_origin(r))
    a = nl_addr(r)
    inner = (f"From: {P(t.full)} <{EM(t.email(r))}>\nSent: {a_date(r, 2025, 4, 5, 3)} 08:02\nTo: {P(ll.full)}\n"
             f"Subject: solar panels\n\nHi {P(ll.first)},\n\nThe inverter in the attic has been beeping since the weekend "
             f"and shows a red light. Could you ask your installer to have a look? I'm home most days, my number is "
             f"{PH(uk_mobile(r))}.\n\nThanks,\n{P(t.first)}")
    if k == 0:
        return (f"From: {P(ll.full)} <{EM(ll.email(r))}>\nTo: service@zonnegloed.example\nSubject: FW: solar panels\n\n"
                f"Hello,\n\nPlease see below from my tenant at {AD(a.street)}, {PC(a.pc)} {a.town}. You installed the "
                f"panels in 2022. Please contact the tenant directly.\n\nRegards,\n{P(ll.initials(r))}\n\n"
                f"---------- Forwarded message ---------\n{inner}")
    return (f"Hi {P(ll.first)},\n\nThanks for forwarding this. We'll call your tenant, {P(t.first)}, today to plan a "
            f"visit to {AD(a.street)}.\n\nBest regards,\n{P(staff('abena'))}\nCustomer Care | Zonnegloed Installaties\n"
            f"{org_phone('office', 2)}\n\n> {inner.replace(chr(10), chr(10) + '> ')}")


@scenario("en", True)
def en_survey_booking(r, k):
    c = person(r, en_origin(r))
    a = nl_addr(r)
    if k == 0:
        return (f"Website chat – {a_date(r, 2025, 5, 6, 3)}\n\n"
                f"[11:02] Visitor: hello, can I book the site survey for the heat pump?\n"
                f"[11:02] {P(staff('abena', 'first'))} (Zonnegloed): Of course! May I have your name and address?\n"
                f"[11:03] Visitor: {P(c.full)}, {AD(a.street)} {PC(a.pc)} {a.town}\n"
                f"[11:04] {P(staff('abena', 'first'))} (Zonnegloed): Thanks! Our surveyor {P(staff('joris', 'first'))} can come "
                f"on Thursday between 13:00 and 15:00. Is that OK?\n"
                f"[11:04] Visitor: perfect 👍 call me on {PH(nl_mobile(r, 0))} if he's late\n"
                f"[11:05] {P(staff('abena', 'first'))} (Zonnegloed): Booked! Reference SCH-{digits(r, 5)}.")
    return (f"Hi {P(staff('joris', 'first'))},\n\nThanks for the survey yesterday. As discussed, my neighbour "
            f"{P(person(r, 'nl').full)} at number {r.randint(2, 60)} is also interested; I gave him your card.\n"
            f"One correction: our house number is {AD(a.street)}, not the number on the quote.\n\nKind regards,\n"
            f"{P(c.full)}")


@scenario("en", True)
def en_card_payment(r, k):
    c = person(r, en_origin(r))
    if k == 0:
        return (f"Hi,\n\niDEAL doesn't work with my foreign bank, so please charge the deposit (€950) to my Amex: "
                f"{CC(card(r, 'amex'))}, exp 11/27. Cardholder {P(c.full)}.\n\nThanks!\n{P(c.first)}")
    cc = card(r, r.choice(['visa', 'mc2']), 0)
    return (f"Dear {P(c.first)},\n\nThank you for your payment. For your security we removed the card number you e-mailed "
            f"({'**** ' * 3}{cc[-4:]}) from our system. Please use the payment link next time.\n\nKind regards,\n"
            f"{P(staff('abena'))}\n\n> On {a_date(r, 2025, 3, 6, 3)}, {P(c.full)} wrote:\n> please use card {CC(cc)} "
            f"for invoice {ordernr(r, 'INV')}, cvc in next mail\n> {P(c.first)}")


@scenario("en", True)
def en_business(r, k):
    c = person(r, en_origin(r))
    a = nl_addr(r, r.choice(["Almere", "Utrecht", "Amersfoort", "Ede"]))
    if k == 0:
        return (f"Subject: Solar roof for our warehouse – company details\n\nHi {P(staff('niels', 'first'))},\n\n"
                f"Please address the quote to our Dutch entity:\n\nNorthbridge Fulfilment B.V.\n"
                f"Chamber of Commerce (KvK): {KVK(kvk_nr(r))}\nVAT ID: {BTW(btw_new(r))}\n"
                f"Site: {AD(a.street)}, {PC(a.pc)} {a.town}\nContact: {P(c.full)}, Facilities Manager, "
                f"{PH(nl_mobile(r, 3))}\n\nThe roof is about 2,400 m², so we'd like to talk about a 3x250A connection too.\n\n"
                f"Best,\n{P(c.first)}")
    return (f"Hi,\n\nWe run a small B&B and are VAT-registered, so please put our VAT number {BTW(btw_new(r))} and KvK "
            f"{KVK(kvk_nr(r))} on the invoice for the heat pump. Invoice to: {P(c.full)}, {AD(a.street)}, {PC(a.pc)} "
            f"{a.town}.\n\nThanks,\n{P(c.first)}")


@scenario("en", True)
def en_subcontractor(r, k):
    p = person(r, "pl", "m")
    if k == 0:
        comp = f"{p.sur} Roofing"
        return (f"Hello {P(staff('femke', 'first'))},\n\nAttached my invoice no. 2025/0{r.randint(10, 99)} for the roof works "
                f"on project {ordernr(r, 'PRJ')} (4 days, 2 men). Please pay to my Polish account {IB(pl_iban(r, 1))} or to "
                f"the Dutch one {IB(nl_iban(r, 'BUNQ', 1))}.\n\nBest regards,\n{P(p.full)}\n{NP(comp)}\n"
                f"KvK {KVK(kvk_nr(r))} | VAT {BTW(btw_new(r))}\n{PH('+48 ' + str(r.choice([50, 51, 53, 60, 66, 69, 72])) + digits(r, 1) + ' ' + digits(r, 3) + ' ' + digits(r, 3))}")
    return (f"Internal note – subcontractor check\n\n{P(p.full)} ({NP(p.sur + ' Roofing')}) sent a new invoice. His "
            f"KvK {KVK(kvk_nr(r))} is valid, but the VAT number on the invoice ({BTW(btw_new(r))}) differs from the one in "
            f"our system. Asked him by phone ({PH(nl_mobile(r, 1))}) to confirm. Hold payment until then.\n– {P(staff('femke'))}")


@scenario("en", True)
def en_internal_note(r, k):
    c = person(r, en_origin(r))
    a = nl_addr(r)
    if k == 0:
        return (f"Internal note (customer care)\n\nCustomer {P(c.full)} called about noise from the outdoor unit of the "
                f"heat pump at {AD(a.street)}, {a.town}. The neighbours complained to the municipality. Measured 46 dB "
                f"at night. Asked {P(staff('joris'))} to check if we can move the unit to the back garden. Customer prefers "
                f"e-mail: {EM(c.email(r))}.\n\nLogged by {P(staff('abena'))}")
    return (f"Handover for the weekend\n\n- {P(c.initials(r))} ({PH(nl_mobile(r, 0))}): battery fault, part ordered, "
            f"visit Monday.\n- Order {ordernr(r, 'ORD')}: waiting for grid operator, nothing to do.\n"
            f"- Escalation: customer at {AD(a.street)}, {PC(a.pc)} wants compensation for 3 weeks without production. "
            f"{P(staff('niels', 'first'))} will decide.\n\n/{P(staff('abena', 'first').lower())}")


@scenario("en", True)
def en_ev_charger(r, k):
    c = person(r, en_origin(r))
    a = nl_addr(r)
    if k == 0:
        return (f"Hi,\n\nFor the EV charger installation next week: the charging card should be linked to our car, "
                f"license plate {KT(kenteken(r, r.choice([8, 9, 11, 12])))}. We park on the driveway at {AD(a.street)}.\n\n"
                f"Cheers,\n{P(c.first)}")
    return (f"Hello,\n\nThe company charger you installed at {AD(a.street)} doesn't recognise my new lease car. The "
            f"registration is {KT(kenteken(r, r.choice([7, 10, 13, 14])))} (Kia EV6). The old car ({KT(kenteken(r, 5 if r.random() < 0.5 else 6))}) "
            f"can be removed from the account.\n\nThanks,\n{P(c.full)}")


@scenario("en", True)
def en_house_sale(r, k):
    c = person(r, en_origin(r))
    a = nl_addr(r)
    n = person(r, "nl")
    if k == 0:
        return (f"Dear Sir/Madam,\n\nWe are moving back to Dublin and have sold our house at {AD(a.street)}, {PC(a.pc)} "
                f"{a.town}. The new owner, {P(n.full)}, would like to take over the panels' monitoring account. "
                f"Please transfer it to {EM(n.email(r))} after {a_date(r, 2025, 7, 9, 3)}.\n\nKind regards,\n{P(c.full)}")
    return (f"Hi,\n\nWe just bought {AD(a.street)} in {a.town} from {P(n.full)}. The house came with your panels and a "
            f"battery. Can you add us to the warranty? The EAN code of the connection is {X('EAN', ean18(r))}. I'm {P(c.full)}, {PH(nl_mobile(r, 7))}.\n\nThanks!")


@scenario("en", True)
def en_csv_registrations(r, k):
    rows = []
    hdr = "name,postcode,date_of_birth,inverter_serial,installed" if k == 0 else "customer;email;phone;install_date"
    for i in range(3):
        c = person(r, en_origin(r) if i % 2 else None)
        a = nl_addr(r)
        if k == 0:
            rows.append(f"{P(c.full)},{PC(a.pc)},{DOB(dob(r, 'en', 2))},{X('SN', inverter_sn(r, 0))},{a_date(r, 2024, style=5)}")
        else:
            rows.append(f"{P(c.full)};{EM(c.email(r))};{PH(nl_mobile(r, 2))};{a_date(r, 2025, style=5)}")
    intro = ("Manufacturer warranty registrations that failed to upload (please re-submit manually):" if k == 0 else
             "Export of customers who asked for an English-language annual report:")
    return intro + "\n\n" + hdr + "\n" + "\n".join(rows) + "\n\nDelete this file after use, please."


# ============================================================================ EN without personal data
@scenario("en", False)
def en_pf_question(r, k):
    if k == 0:
        return (f"Website chat – visitor (not logged in)\n\n"
                f"Visitor: do you install in English-speaking households too? we just moved here\n"
                f"Zonnegloed Chat: Absolutely! Our customer care team speaks English. Quotes and contracts are available "
                f"in English as well.\nVisitor: and is 10 panels enough for 3,500 kWh a year?\n"
                f"Zonnegloed Chat: In the Netherlands one 440 Wp panel produces roughly 380–420 kWh per year, so 9 or 10 "
                f"panels usually cover 3,500 kWh. A surveyor checks your roof first (free of charge).\n"
                f"Visitor: great, thanks! will book online")
    return (f"Subject: Question about net metering\n\nHello,\n\nI read that net metering (salderen) ends on 1 January "
            f"2027. We have 14 panels and export about 2,100 kWh per year. Would a 5.12 kWh battery pay for itself, or "
            f"should we wait? Also, does your quote include the 0% VAT? Our EAN code is {X('EAN', ean18(r))} if you "
            f"need it for the grid operator.\n\nThanks in advance")


@scenario("en", False)
def en_pf_specs(r, k):
    if k == 0:
        return (f"Product sheet – Hexwatt HX-5K-T (3-phase hybrid inverter)\n\nRated AC power: {X('PC', '5000 VA')}\n"
                f"Max. PV input: 7,500 Wp, 2 MPPTs\nBattery voltage: 150–600 V\nEfficiency: 97.6 %\n"
                f"Data logger: {X('PC', '2048 MB')} flash, Wi-Fi 2.4 GHz, default AP address 10.10.100.254\n"
                f"Firmware (shipped): {X('VER', f'3.{r.randint(10, 30)}.2.{r.randint(1, 9)}')}\n"
                f"Warranty: 10 years (extendable to 15)\nDimensions: 505 × 425 × 180 mm, 21.5 kg")
    return (f"Compare our home batteries\n\n| model | capacity | power | warranty | price incl. VAT |\n|---|---|---|---|---|\n"
            f"| BAT-5.12 | 5.12 kWh | 2.5 kW | 10 yrs | {amount(r, 3400, 3900, 'en')} |\n"
            f"| BAT-10.24 | 10.24 kWh | {X('PC', '5000 VA')} | 10 yrs | {amount(r, 5900, 6900, 'en')} |\n"
            f"| BAT-15.36 | 15.36 kWh | 7.5 kW | 10 yrs | {amount(r, 8200, 9400, 'en')} |\n\n"
            f"All prices include installation on a standard meter cupboard. Quote valid until {a_date(r, 2025, 9, 12, 3)}.")


@scenario("en", False)
def en_pf_autoreply(r, k):
    if k == 0:
        return (f"Auto-reply: Thank you for contacting Zonnegloed\n\nWe have received your message (ticket ZG-{digits(r, 6)}) "
                f"and will reply within two working days.\n\nUrgent fault? Call {org_phone('storing', 2)} (24/7) or "
                f"WhatsApp {org_phone('app', 2)}. Office: {org_phone('office', 2)}, Mon–Fri 8:00–17:00 CET.\n\n{footer_en()}")
    return (f"Out of office: Customer Care (English)\n\nOur English-speaking desk is closed on 29 May 2025 "
            f"(Ascension Day). Messages to service@zonnegloed.example will be answered the next working day. Payments: "
            f"{org_iban(1, 1)}, reference = your invoice number.\n\nZonnegloed Installaties B.V., P.O. Box 2210, "
            f"7301 EC Apeldoorn, NL")


@scenario("en", False)
def en_pf_invoice(r, k):
    fn = bsn_pass(r)
    if k == 0:
        return (f"Contact form (English)\nName: –\nSubject: double charge?\n\nMessage: My bank statement shows two "
                f"payments of €129.00 on {a_date(r, 2025, 5, 6, 3)}, reference {X('BSN', fn)}. I paid with my card "
                f"ending in {digits(r, 4)}. Can you check and refund one? Order number {ordernr(r, 'ORD')}.")
    return (f"Dear customer,\n\nThank you for your message about invoice {X('BSN', fn)}. We checked: the second "
            f"payment of €129.00 was a pre-authorisation by the card terminal and was released on "
            f"{a_date(r, 2025, 5, 6, 3)}. No refund is needed. Your customer number is {nine_fail(r)}.\n\nKind regards,\nAccounts Receivable\nZonnegloed "
            f"Installaties B.V.\n{footer_en()}")


@scenario("en", False)
def en_pf_status(r, k):
    if k == 0:
        return (f"Service update – monitoring app\n\nOn {a_date(r, 2025, 3, 5, 3)} between 02:00 and 04:30 CET we upgraded "
                f"the monitoring platform to version {X('VER', f'6.{r.randint(0, 4)}.1.{r.randint(10, 40)}')}. You may have "
                f"to log in again. Data was not lost. If your logger still shows 'offline' after 24 hours, restart it by "
                f"switching the inverter off and on.")
    return (f"Release notes – Zonnegloed app {r.randint(5, 6)}.{r.randint(1, 9)}.0\n\n- New: hourly dynamic tariff view\n"
            f"- Fixed: battery state of charge stuck at 99 %\n- Fixed: crash on Android 14 when opening History\n"
            f"- Known issue: loggers with firmware below {X('VER', f'2.{r.randint(3, 9)}.0.{r.randint(2, 9)}')} report "
            f"power in 5-minute steps.")


@scenario("en", False)
def en_pf_social(r, k):
    if k == 0:
        return (f"@sunnyside_almere: Shoutout to @ZonnegloedNL – panels installed in ONE day, crew cleaned up "
                f"everything 👏☀️ #solar #netherlands\n@ZonnegloedNL: Thank you so much! Enjoy the sunshine 😎\n"
                f"@greenexpat_nl: how long did you wait for the survey?\n@sunnyside_almere: about 3 weeks, install 5 "
                f"weeks after that")
    return (f"Thread on r/Netherlands: \"Experiences with Zonnegloed for a heat pump?\"\n\n"
            f"u/dutchdrizzle: Had a hybrid installed in March. Survey was thorough, price €6,450 before ISDE.\n"
            f"u/windmill_fan: Same, but it took 2 months because of the grid operator.\n"
            f"u/dutchdrizzle: Tip: ask for the ISDE meldcode in the quote (KA{digits(r, 5)} for mine).")


@scenario("en", False)
def en_pf_subsidy(r, k):
    if k == 0:
        return (f"ISDE subsidy explained (for expats)\n\n1. Check that the heat pump has a meldcode (e.g. "
                f"KA{digits(r, 5)}).\n2. Apply within 24 months after installation via the RVO website with DigiD.\n"
                f"3. Upload the paid invoice and proof of installation.\n4. RVO decides within 8 weeks.\n\n"
                f"Amounts 2025: hybrid heat pump from €1,025; all-electric from €2,225. Questions? "
                f"subsidie@zonnegloed.example")
    return (f"FAQ: Do I need a BSN for the subsidy?\n\nYes – the ISDE is applied for with DigiD, which is linked to your "
            f"BSN. You do not need to send us your BSN: never e-mail it to us. If you give us a mandate (machtiging), we "
            f"apply on your behalf and RVO still uses your DigiD. Processing fee: €{r.choice([49, 59, 75])} excl. VAT.")


@scenario("en", False)
def en_pf_release(r, k):
    if k == 0:
        return (f"Internal – IT change log\n\nCHG-{digits(r, 5)}: firewall rule for the logger VPN (172.16.40.0/24) "
                f"updated.\nCHG-{digits(r, 5)}: CRM upgraded to {X('VER', f'12.{r.randint(1, 9)}.0.{r.randint(100, 250)}')}, "
                f"downtime 12 minutes.\nCHG-{digits(r, 5)}: backup server moved to 10.40.3.10, storage {X('PC', '4096 GB')}.")
    return (f"Internal – phone system\n\nFrom Monday the fault line {org_phone('storing', 0)} is routed to the on-call "
            f"mobile {org_phone('app', 3)} after 17:00. The main number {org_phone('office', 3)} keeps the same menu. "
            f"Extension list v{r.randint(3, 9)} is on the intranet.")


@scenario("en", False)
def en_pf_delivery(r, k):
    if k == 0:
        return (f"Shipping notification\n\nYour order {ordernr(r, 'ORD')} (1 × BAT-10.24, 1 × HX-5K-T) has left our "
                f"warehouse.\nCarrier: DHL Freight – tracking JJD{digits(r, 18)}\nPallet weight: 212 kg\nExpected "
                f"delivery: {a_date(r, 2025, 6, 9, 3)}, 08:00–12:00\n\nThe installer brings the equipment; you do not need "
                f"to be home for the delivery.")
    return (f"Delivery delayed\n\nDue to a shortage of mounting rails, shipment PO-{digits(r, 6)} will arrive "
            f"{r.randint(3, 10)} working days later than planned. All installations scheduled for week "
            f"{r.randint(20, 30)} are moved one week. We will send you a new date by e-mail. Apologies for the "
            f"inconvenience.")


# ============================================================================ DE with personal data
def anrede_de(p):
    return "Herr" if p.sex == "m" else "Frau"


def sg_de(p):
    return "Sehr geehrter Herr" if p.sex == "m" else "Sehr geehrte Frau"


@scenario("de", True)
def de_angebot(r, k):
    c = person(r, "de")
    a = de_addr(r)
    if k == 0:
        return (f"Betreff: Angebot Photovoltaik + Speicher\n\nGuten Tag,\n\nwir wohnen in {a.town}, nur ein paar Kilometer "
                f"von der Grenze, und interessieren uns für eine PV-Anlage (ca. 9 kWp) mit Batteriespeicher. Installieren "
                f"Sie auch in Deutschland?\n\nAnschrift: {AD(a.street)}, {PC(a.pc)} {a.town}\nHandy: {PH(de_mobile(r))}\n"
                f"E-Mail: {EM(c.email(r))}\n\nMit freundlichen Grüßen\n{P(c.full)}")
    return (f"Anfrage über das Kontaktformular (DE)\n\nName: {P(c.sur_first())}\nStraße/Hausnr.: {AD(a.street)}\n"
            f"PLZ/Ort: {PC(a.pc)} {a.town}\nTelefon: {PH(de_fixed(r, a.area))}\nInteresse: Wärmepumpe (Luft/Wasser)\n"
            f"Baujahr Haus: 1994, Wohnfläche 142 m², Ölheizung\nNachricht: Bitte rufen Sie abends an, tagsüber bin ich "
            f"im Schichtdienst. Gruß aus {a.town.split()[0]}, {P(c.first)}")


@scenario("de", True)
def de_rueckerstattung(r, k):
    c = person(r, "de")
    if k == 0:
        return (f"{sg_de(c)} {P(staff('torben', 'last'))},\n\nleider muss ich den Auftrag {ordernr(r, 'OFF')} stornieren, "
                f"da unsere Bank die Finanzierung abgelehnt hat. Bitte überweisen Sie die Anzahlung von 1.500,00 € auf "
                f"folgendes Konto zurück:\n\nKontoinhaber: {P(c.full)}\nIBAN: {IB(de_iban(r, 3))}\n\n"
                f"Mit freundlichen Grüßen\n{P(c.full)}")
    return (f"Hallo Herr {P(staff('torben', 'last'))},\n\ndie Wartungsgebühr wurde zweimal abgebucht (je 149,00 €). Bitte "
            f"erstatten Sie einen Betrag auf {IB(de_iban(r, r.choice([0, 2])))}. Die Rechnungsnummer lautet RE-2025-{digits(r, 5)}.\n\n"
            f"Danke und Gruß\n{P(c.first)}")


@scenario("de", True)
def de_garantie(r, k):
    c = person(r, "de")
    a = de_addr(r)
    sn = inverter_sn(r, r.choice([0, 3]))
    if k == 0:
        return (f"Betreff: Garantiefall Wechselrichter\n\nHallo Zonnegloed-Team,\n\nunser Wechselrichter (Seriennummer "
                f"{X('SN', sn)}) zeigt seit Sonntag \"Fehler 407 – Isolationsfehler\" und speist nichts mehr ein. Die "
                f"Anlage wurde im {MONTHS['de'][r.randint(2, 9)]} 2023 von Ihnen montiert.\n\nAnlagenstandort: "
                f"{AD(a.street)}, {PC(a.pc)} {a.town}\nRückruf bitte unter {PH(de_mobile(r, 2))}.\n\nViele Grüße\n"
                f"{P(c.full)}")
    return (f"Hallo {P(staff('torben', 'first'))},\n\ndanke für den schnellen Termin! Der Techniker ({P(staff('kemal'))}) hat die "
            f"Wärmepumpe repariert, Seriennummer {X('SN', sn)}. Könnten Sie mir noch den Servicebericht an "
            f"{EM(c.email(r))} schicken? Für meine Unterlagen brauche ich auch die Adresse auf dem Bericht: "
            f"{AD(a.street)}, {PC(a.pc)}.\n\nLG {P(c.first)}")


@scenario("de", True)
def de_finanzierung(r, k):
    c = person(r, "de")
    a = de_addr(r)
    if k == 0:
        return (f"Antrag Ratenzahlung – Angebot {ordernr(r, 'OFF')}\n\nName, Vorname: {P(c.sur_first())}\n"
                f"Geburtsdatum: {DOB(dob(r, 'de', 3))}\nAnschrift: {AD(a.street)}, {PC(a.pc)} {a.town}\n"
                f"Personalausweis-Nr.: {ID(de_docnr(r))}\nIBAN: {IB(de_iban(r, 1))}\n"
                f"Monatliches Nettoeinkommen: {r.randint(2, 5)}.{r.randint(100, 900)} €\nLaufzeit: 120 Monate\n\n"
                f"Unterschrift: {P(c.full)}")
    w = wife_of(r, c)
    return (f"Guten Tag {P(staff('torben', 'first'))} {P(staff('torben', 'last'))},\n\nfür die Finanzierung fehlte noch "
            f"das Geburtsdatum {'meiner Frau' if w.sex == 'f' else 'meines Mannes'}: {P(w.first)} ist am {DOB(dob(r, 'de', 1))} geboren. "
            f"Meins ist der {DOB(dob(r, 'de', 3))}. Die Reisepassnummer {'meiner Frau' if w.sex == 'f' else 'meines Mannes'} lautet "
            f"{ID(de_docnr(r))}.\n\nMit besten Grüßen\n{P(c.full)}")


@scenario("de", True)
def de_wallbox(r, k):
    c = person(r, "de", "f" if k == 0 else None)
    a = de_addr(r)
    kreis = {"Kleve": "KLE", "Emmerich am Rhein": "KLE", "Goch": "KLE", "Bocholt": "BOR", "Gronau": "BOR",
             "Nordhorn": "NOH", "Leer": "LER", "Aachen": "AC", "Isselburg": "BOR", "Rees": "KLE"}[a.town]
    if k == 0:
        return (f"Hallo,\n\nfür die Wallbox-Installation am {a_date(r, 2025, 5, 8, 4)}: Die Ladekarte soll auf unser "
                f"Auto mit dem Kennzeichen {KT(de_plate(r, kreis))} laufen. Der Firmenwagen meines Mannes hat ein "
                f"niederländisches Kennzeichen ({KT(kenteken(r, r.choice([8, 9, 10])))}), geht das auch?\n\n"
                f"Adresse: {AD(a.street)}, {PC(a.pc)} {a.town}\n\nGruß\n{P(c.full)}")
    return (f"Aktennotiz Wallbox {ordernr(r, 'LP')}\n\nKunde: {P(c.initials(r))}, {AD(a.street)}, {a.town}. "
            f"Fahrzeug: {KT(de_plate(r, kreis))} (VW ID.4). Wallbox 11 kW, Anmeldung beim Netzbetreiber erledigt.\n"
            f"Aufgenommen von {P(staff('torben'))}.")


@scenario("de", True)
def de_whatsapp(r, k):
    c = person(r, "de")
    a = de_addr(r)
    d = f"{r.randint(10, 28)}.0{r.randint(4, 9)}.25"
    if k == 0:
        return (f"[{d}, 07:48] {P(c.full)}: Guten Morgen! Kommen die Monteure heute wirklich? Es regnet 🌧️\n"
                f"[{d}, 07:52] Zonnegloed: Guten Morgen! Ja, bei Nieselregen arbeiten wir. Ab 14 Uhr soll es trocken sein ☀️\n"
                f"[{d}, 07:53] {P(c.full)}: Ok 👍 Meine Nachbarin {P(person(r, 'de', 'f').full)} fragt, ob ihr auch bei ihr "
                f"vorbeischauen könnt\n[{d}, 07:55] Zonnegloed: Gerne! Sie kann uns eine Nachricht schicken.\n"
                f"[{d}, 16:10] {P(c.full)}: Alles fertig, super Arbeit!! 🎉🎉")
    return (f"WhatsApp-Verlauf\n\n{d} 18:22 - {P(c.first)}: hallo, die App zeigt 0 W, dabei scheint die Sonne\n"
            f"{d} 18:30 - Zonnegloed: Hallo {P(c.first)}! Um 18:30 ist die Sonne schon hinter dem Haus, das ist normal 🙂 "
            f"Schauen Sie morgen Mittag noch mal?\n{d} 18:31 - {P(c.first)}: ah 🙈 danke! Übrigens: neue Handynummer "
            f"{PH(de_mobile(r, 0))}\n{d} 18:33 - Zonnegloed: Notiert für {AD(a.street)}. Schönen Abend!")


@scenario("de", True)
def de_subunternehmer(r, k):
    p = person(r, "de", "m")
    if k == 0:
        comp = f"Elektro {p.sur} GmbH"
        return (f"Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung Nr. R-{digits(r, 5)} für die Zählerschrankarbeiten "
                f"beim Projekt {ordernr(r, 'PRJ')} in Kleve. Betrag: 2.380,00 € netto (Reverse Charge).\n\n"
                f"Mit freundlichen Grüßen\n{P(p.full)}\nGeschäftsführer\n{NP(comp)} · Amtsgericht Kleve HRB {digits(r, 5)} · "
                f"USt-IdNr. DE{digits(r, 9)}\nIBAN {IB(de_iban(r, 1))}\nTel. {PH(de_fixed(r, r.choice(['2821', '2822', '2823'])))}")
    q = person(r, "nl", "m")
    comp = f"Installatiebedrijf {q.Last}"
    return (f"Guten Tag {P(staff('torben', 'first'))},\n\nwie besprochen erhalten Sie meine Rechnung für die Montage bei "
            f"Ihren deutschen Kunden (KW {r.randint(10, 30)}). Ich bin in den Niederlanden registriert: KvK {KVK(kvk_nr(r))}, "
            f"BTW-Nummer {BTW(btw_new(r))}. Bitte auf mein Konto {IB(nl_iban(r, style=1))} überweisen.\n\n"
            f"Grüße\n{P(q.full)}\n{NP(comp)}\n{PH(nl_mobile(r, 3))}")


@scenario("de", True)
def de_grossbuchstaben(r, k):
    c = person(r, "de")
    a = de_addr(r)
    if k == 0:
        return (f"EINSCHREIBEN\n\nAN ZONNEGLOED INSTALLATIES B.V.\nPOSTBUS 2210\nNL-7301 EC APELDOORN\n\n"
                f"WIDERRUF DES VERTRAGES VOM {a_date(r, 2025, 3, 5, 2)}\n\nHIERMIT WIDERRUFE ICH DEN MIT IHNEN "
                f"GESCHLOSSENEN VERTRAG ÜBER DIE LIEFERUNG UND MONTAGE EINER PHOTOVOLTAIKANLAGE (ANGEBOT "
                f"{ordernr(r, 'OFF')}).\n\n{P(c.full.upper())}\n{AD(a.street.upper())}\n{PC(a.pc)} {a.town.upper()}\n\n"
                f"DATUM: {a_date(r, 2025, 3, 5, 2)}")
    return (f"BESCHWERDE\n\nSEIT DREI WOCHEN WARTE ICH AUF EINEN RÜCKRUF WEGEN DER DEFEKTEN BATTERIE. ICH HABE "
            f"SIEBENMAL ANGERUFEN! BITTE MELDEN SIE SICH UNTER {PH(de_mobile(r, 1))}.\n\n{P(c.full.upper())}, "
            f"{AD(a.street.upper())}, {PC(a.pc)} {a.town.upper()}")


@scenario("de", True)
def de_app_login(r, k):
    c = person(r, "de")
    if k == 0:
        return (f"Betreff: Unbekannte Anmeldung in der App\n\nHallo,\n\nich habe eine Mail bekommen: \"Neue Anmeldung von "
                f"{IP(public_ip(r))}\". Das war nicht ich! Mein Konto läuft auf {EM(c.email(r))}. Bitte sperren Sie "
                f"den Zugang, bis ich ein neues Passwort habe.\n\nGruß\n{P(c.full)}")
    return (f"Ticket #{digits(r, 6)} – interne Notiz\n\nKunde {P(c.full)} meldet fremde Anmeldungen. Log zeigt Zugriffe "
            f"von {IP(public_ip(r))} und {IP(public_ip(r, v6=True))} (beide nicht DE/NL). Sessions beendet, Passwort-Reset "
            f"ausgelöst. Lokaler Logger (192.168.0.{r.randint(20, 99)}) unauffällig, Firmware {X('VER', f'4.{r.randint(10, 20)}.0.{r.randint(2, 9)}')}.\n"
            f"— {P(staff('torben', 'first'))}")


@scenario("de", True)
def de_weitergeleitet(r, k):
    c = person(r, "de")
    a = de_addr(r)
    son = person(r, "de", "m")
    son = Person(son.first, c.tv, c.sur, "m", "de")
    sign = "Mama" if c.sex == "f" else "Papa"
    inner = (f"Von: {P(c.full)} <{EM(c.email(r))}>\nGesendet: {a_date(r, 2025, 3, 6, 4)} 09:14\nAn: {P(son.full)}\n"
             f"Betreff: Solaranlage\n\nHallo {P(son.first)},\n\nkannst du dich bitte um die Firma aus Holland kümmern? "
             f"Die wollen wissen, ob der Zählerschrank im Haus {AD(a.street)} schon umgebaut ist. Ich verstehe das nicht.\n\n"
             f"{sign}")
    if k == 0:
        return (f"Von: {P(son.full)} <{EM(son.email(r))}>\nAn: kundenservice@zonnegloed.example\nBetreff: WG: Solaranlage\n\n"
                f"Guten Tag,\n\nich kümmere mich für {'meine Mutter' if c.sex == 'f' else 'meinen Vater'} "
                f"um die Anlage. Der Zählerschrank ist seit gestern umgebaut (Elektriker hat Foto geschickt). Sie "
                f"erreichen mich unter {PH(de_mobile(r, 1))}.\n\nGruß\n{P(son.full)}\n\n---------- Weitergeleitete "
                f"Nachricht ----------\n{inner}")
    return (f"Hallo Herr {P(son.Last)},\n\nvielen Dank, dann planen wir die Montage für KW {r.randint(20, 30)} ein.\n\n"
            f"Freundliche Grüße\n{P(staff('torben'))}\nKundenbetreuung Deutschland\n{footer_de()}\n\n{quote(inner)}")


@scenario("de", True)
def de_ostbelgien(r, k):
    c = person(r, "ob")
    a = ob_addr(r)
    if k == 0:
        return (f"Guten Tag,\n\nwir wohnen in {a.town} (Ostbelgien) und möchten ein Angebot für 12 Solarmodule. Bedienen Sie "
                f"auch die Deutschsprachige Gemeinschaft? Unser Haus: {AD(a.street)}, {PC(a.pc)} {a.town}. GSM "
                f"{PH(be_mobile(r, 1))}.\n\nMit freundlichen Grüßen\n{P(c.full)}")
    return (f"Hallo {P(staff('wouter', 'first'))},\n\ndie Anzahlung habe ich heute von meinem Konto {IB(be_iban(r, 1))} "
            f"überwiesen, Mitteilung: Angebot {ordernr(r, 'OFF')}. Festnetz: {PH(be_fixed(r, a.area))}.\n\nBis bald\n"
            f"{P(c.first)}")


@scenario("de", True)
def de_vor_ort_termin(r, k):
    c = person(r, "de")
    a = de_addr(r)
    if k == 0:
        return (f"Terminbestätigung Vor-Ort-Besichtigung\n\n{sg_de(c)} {P(c.Last)},\n\nhiermit bestätigen wir Ihren "
                f"Termin am {a_date(r, 2025, 4, 7, 4)} um {hm(r, 8, 15)} Uhr.\nOrt: {AD(a.street)}, {PC(a.pc)} {a.town}\n"
                f"Ihr Berater: {P(staff('torben'))} (spricht Deutsch und Niederländisch)\n\nBitte halten Sie die letzte "
                f"Stromrechnung und den Zugang zum Dachboden bereit.\n\nMit freundlichen Grüßen\nZonnegloed Installaties\n"
                f"{org_phone('office', 3)}")
    nb = person(r, "de")
    return (f"Notiz Besichtigung {a.town}\n\nKunde: {anrede_de(c)} {P(c.Last)}, {AD(a.street)}. Dach Süd, 35°, "
            f"Biberschwanz. Nachbar {P(nb.full)} (Hausnr. daneben) möchte ebenfalls ein Angebot, Tel. "
            f"{PH(de_fixed(r, a.area, 0))}.\nZählerschrank alt (1978), muss erneuert werden.\n— {P(staff('torben', 'first'))}")


# ============================================================================ DE without personal data
@scenario("de", False)
def de_pf_frage(r, k):
    if k == 0:
        return (f"Kontaktformular (DE) – Name nicht angegeben\n\nNachricht: Guten Tag, lohnt sich ein Speicher in Deutschland "
                f"überhaupt noch, wenn die Einspeisevergütung nur 7,94 ct/kWh beträgt? Wir verbrauchen 4.800 kWh im Jahr "
                f"und haben 10,2 kWp auf dem Dach. Und übernehmen Sie die Anmeldung im Marktstammdatenregister? "
                f"Unsere Marktlokations-ID steht auf der Rechnung: {X('MALO', '5' + digits(r, 10))}.")
    return (f"Antwort (Textbaustein DE-04)\n\nVielen Dank für Ihre Anfrage. Bei 4.800 kWh Verbrauch und 10,2 kWp empfehlen wir "
            f"einen Speicher mit 10,24 kWh. Die Anmeldung beim Netzbetreiber und im Marktstammdatenregister "
            f"(Einheiten-Nr. SEE9{digits(r, 11)}) übernehmen wir. Angebote sind {r.choice([14, 30])} Tage gültig.\n\n"
            f"Ihr Zonnegloed-Team")


@scenario("de", False)
def de_pf_autoreply(r, k):
    if k == 0:
        return (f"Automatische Antwort: Vielen Dank für Ihre Nachricht\n\nIhre Anfrage (Ticket ZG-{digits(r, 6)}) ist bei "
                f"uns eingegangen. Unsere deutschsprachige Kundenbetreuung antwortet innerhalb von zwei Werktagen.\n\n"
                f"Telefon: {org_phone('office', 2)} (Mo–Fr 8–17 Uhr)\nStörungsdienst: {org_phone('storing', 2)}\n"
                f"WhatsApp: {org_phone('app', 2)}\nE-Mail: kundenservice@zonnegloed.example\n\n{footer_de()}")
    return (f"Abwesenheitsnotiz\n\nVom {a_date(r, 2025, 12, 12, 4)} bis zum 2. Januar 2026 ist unser Büro geschlossen. "
            f"Störungen melden Sie bitte unter {org_phone('storing', 0)}. Zahlungen bitte weiterhin auf "
            f"{org_iban(1, 0)} (BIC RABONL2U).\n\nZonnegloed Installaties B.V. · Postbus 2210 · 7301 EC Apeldoorn · "
            f"Niederlande")


@scenario("de", False)
def de_pf_rechnung(r, k):
    fn = bsn_pass(r)
    if k == 0:
        return (f"Guten Tag,\n\nzu Rechnungsnummer {X('BSN', fn)} vom {a_date(r, 2025, 4, 6, 2)}: Warum wurde niederländische "
                f"MwSt. (21 %) berechnet? Die Anlage steht in Deutschland, dort gilt für PV 0 % USt. Bitte um Korrektur "
                f"(Betrag 9.480,00 €). Bezahlt habe ich schon mit Karte **** {digits(r, 4)}.\n\nMit freundlichen Grüßen")
    return (f"Sehr geehrte Kundin, sehr geehrter Kunde,\n\ndie Gutschrift zu Rechnung {X('BSN', fn)} über 1.645,29 € (21 % "
            f"MwSt.) wurde am {a_date(r, 2025, 5, 7, 2)} veranlasst. Die korrigierte Rechnung mit 0 % USt. "
            f"(§ 12 Abs. 3 UStG) finden Sie im Kundenportal (Kundennummer {nine_fail(r)}).\n\nFreundliche Grüße\nBuchhaltung Zonnegloed\n{footer_de()}")


@scenario("de", False)
def de_pf_technik(r, k):
    if k == 0:
        return (f"Technische Daten Wärmepumpe ZG-LW 8\n\nHeizleistung A7/W35: 8,1 kW, COP 4,9\nSchallleistung außen: "
                f"52 dB(A)\nKältemittel: R290 (Propan), Füllmenge 0,9 kg\nSpannung: 400 V, Absicherung C16\n"
                f"Regler-Software: {X('VER', f'3.{r.randint(1, 9)}.{r.randint(10, 30)}.{r.randint(1, 9)}')}\n"
                f"Speicher: {X('PC', '2048 MB')} für Betriebsdaten\nAbmessungen: 1.180 × 1.020 × 480 mm")
    return (f"FAQ: Mein Wechselrichter zeigt \"Netzüberspannung\"\n\nDie Spannung im Netz liegt über 253 V. Das "
            f"passiert an sonnigen Tagen, wenn viele Anlagen gleichzeitig einspeisen. Der Wechselrichter schaltet sich "
            f"kurz ab und startet nach 60 Sekunden neu. Tritt das öfter als 10-mal am Tag auf, melden Sie sich mit der "
            f"Seriennummer (z. B. {X('SN', inverter_sn(r, 0))}).")


@scenario("de", False)
def de_pf_status(r, k):
    if k == 0:
        return (f"Störungsmeldung Monitoring-Portal\n\nAm {a_date(r, 2025, 3, 6, 2)} von 03:00 bis 05:15 Uhr (MEZ) war das "
                f"Portal wegen Wartungsarbeiten nicht erreichbar. Die App-Version {X('VER', f'5.{r.randint(1, 9)}.0.{r.randint(10, 40)}')} "
                f"behebt außerdem den Fehler bei der Anzeige des Ladezustands. Es sind keine Daten verloren gegangen.")
    return (f"Hinweis für Kunden in Deutschland\n\nAb {a_date(r, 2025, 7, 9, 4)} ändern sich die Servicezeiten der "
            f"deutschsprachigen Hotline: Mo–Do 8–18 Uhr, Fr 8–14 Uhr. Ticketnummern beginnen künftig mit DE-, z. B. "
            f"DE-{digits(r, 6)}.")


@scenario("de", False)
def de_pf_social(r, k):
    if k == 0:
        return (f"@sonnenkind_kle: Danke @ZonnegloedNL, die Anlage läuft seit 3 Monaten ohne Probleme ☀️ 2.140 kWh bisher! "
                f"#Photovoltaik #Kleve #Energiewende\n@ZonnegloedNL: Das freut uns sehr! 💚 Weiter so!")
    return (f"Kommentar auf Facebook (Seite Zonnegloed Solar):\n\"Wie lange dauert es von der Anfrage bis zur Montage? "
            f"Wohne in der Nähe von Bocholt.\"\n\nAntwort Zonnegloed Solar: \"Aktuell etwa 6–8 Wochen. Für den Kreis Borken "
            f"haben wir Termine ab KW {r.randint(20, 35)} 😊 #Solar #Bocholt\"")


@scenario("de", False)
def de_pf_foerderung(r, k):
    if k == 0:
        return (f"Förderung Wärmepumpe (BEG) – kurz erklärt\n\n- Grundförderung 30 %, Klimageschwindigkeitsbonus 20 %, "
                f"Einkommensbonus 30 %, maximal 70 %\n- Antrag vor Auftragsvergabe über das KfW-Portal\n- Wir liefern die "
                f"Bestätigung zum Antrag (BzA) mit der Nummer, z. B. BzA-{digits(r, 8)}\n- Förderfähige Kosten max. "
                f"30.000 € für die erste Wohneinheit\n\nStand: {a_date(r, 2025, 1, 3, 4)}")
    return (f"Interne Info DE-Team\n\nKfW hat die Bearbeitungszeit auf ca. {r.randint(4, 10)} Wochen erhöht. Bitte Kunden "
            f"darauf hinweisen, dass der Vertrag eine aufschiebende Bedingung (Förderzusage) enthalten muss. Vorlage "
            f"V-DE-{r.randint(10, 99)} im Laufwerk.")


@scenario("de", False)
def de_pf_lieferung(r, k):
    if k == 0:
        return (f"Versandbestätigung\n\nIhre Bestellung {ordernr(r, 'ORD')} (Wallbox 11 kW + Montagematerial) wurde "
                f"versandt.\nSendungsnummer: 00340434{digits(r, 12)}\nVoraussichtliche Zustellung: "
                f"{a_date(r, 2025, 5, 9, 4)}\nGewicht: 9,4 kg\n\nBei Fragen: kundenservice@zonnegloed.example")
    return (f"Lieferverzögerung\n\nWegen eines Engpasses bei Wechselrichtern verschiebt sich Ihre Montage um etwa "
            f"{r.randint(2, 4)} Wochen. Betroffen sind Bestellungen ab ORD-2025-{digits(r, 4)}. Wir melden uns mit einem "
            f"neuen Termin.\n\nIhr Zonnegloed-Team")


# =============================================================================================
# self test: validators against the reference's vectors, the organisation's data, generator rounds
# =============================================================================================
def self_test():
    n = 0

    def ok(cond, what):
        nonlocal n
        n += 1
        if not cond:
            raise AssertionError("self test: " + what)

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303",
              "103349856", "044126396", "656412689", "460455977", "879119330", "999999990", "111111110",
              "NL004495445B01"]:
        ok(bsn_ok(v), f"bsn valid {v}")
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        ok(not bsn_ok(v), f"bsn invalid {v}")
    ok(onderwijs_ok("101222331") and not onderwijs_ok("100252333"), "onderwijsnummer")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "NL20INGB0001234567", "BE71 0961 2345 6769",
              "DE89370400440532013000", "FR1420041010050500013M02606", "nl91abna0417164300", "NL91\u00a0ABNA 0417 1643 00"]:
        ok(iban_ok(v), f"iban valid {v}")
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL00ABNA0417164300", "BE71 0961 2345 6768"]:
        ok(not iban_ok(v), f"iban invalid {v}")
    ok(iban_make("NL", "ABNA0417164300") == "NL91ABNA0417164300", "iban check digits")
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67", "0111-123456",
              "085 123 4567", "+32 470 12 34 56", "0470 12 34 56", "02 511 22 33", "09 265 12 34", "050 44 86 86",
              "+49 30 12345678", "0151 23456789", "+49 (0)221 1234567", "0049 171 1234567", "07700 900123",
              "+44 (0)161 496 0123"]:
        ok(phone_ok(v), f"phone valid {v}")
    for v in ["06-1234567", "067 1234567", "012-3456789", "06 01234567", "06-123456789", "+31 6 1234 567",
              "020-123456", "12-03-2024", "0800-1234", "069 1234567", "0676 123456"]:
        ok(not phone_ok(v, "NL"), f"phone invalid (NL) {v}")
    for v in ["+32 470 12 34 5", "+49 151 234", "02 123 45 67", "09 123 45 67"]:
        ok(not phone_ok(v, "BE" if not v.startswith("+49") else "DE"), f"phone invalid {v}")
    for v in ["1012 AB", "1012AB", "1012 ab", "NL-2611ET", "9999 ZZ", "1000 AA"]:
        ok(nl_postcode_ok(v), f"postcode valid {v}")
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        ok(not nl_postcode_ok(v), f"postcode invalid {v}")
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        ok(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", v.replace(" ", "")) is not None, f"docnr shape {v}")
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        ok(not nl_docnr_ok(v), f"docnr invalid {v}")
    ok(res_doc_ok("III-V123AL568") and not res_doc_ok("III-V123AL56O"), "residence document")
    for v, sc in [("GB-12-DF", 4), ("1-KBB-12", 8), ("123-BB-1", 14), ("AB-12-34", 1), ("12-34-XY", 2),
                  ("12-AB-34", 3), ("XB-PK-12", 5), ("12-DF-GH", 6), ("12-GBX-3", 7), ("VB-123-X", 9),
                  ("G-123-BB", 10), ("GBB-12-X", 11), ("G-12-BBB", 12), ("1-BB-123", 13), ("gbb12x", 11),
                  ("GB 12 DF", 4)]:
        ok(kenteken_sidecode(v) == sc, f"kenteken {v} sidecode {sc} got {kenteken_sidecode(v)}")
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        ok(kenteken_sidecode(v) is None, f"kenteken invalid {v}")
    ok(de_plate_ok("KLE-AB 123") and de_plate_ok("BOR-K 7") and not de_plate_ok("XYZ-AB 123"), "de plates")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        ok(btw_mod97(v), f"btw mod97 {v}")
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL12345678B01"]:
        ok(not btw_mod97(v), f"btw invalid {v}")
    ok(bsn_ok("NL004495445B01") and not btw_mod97("NL004495445B01"), "OB-nummer is BSN-based")
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "30569309025904", "6759649826438453"]:
        ok(card_ok(v), f"card valid {v}")
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        ok(not card_ok(v), f"card invalid {v}")
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM",
              "info@bakkerij-de-groot.frl"]:
        ok(email_ok(v), f"email valid {v}")
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld", "icon@2x.png"]:
        ok(not email_ok(v), f"email invalid {v}")
    for v in ["8.8.8.8", "84.29.131.7", "2a02:a46b:5182:1:e957:446b::69"]:
        ok(ip_ok(v), f"ip public {v}")
    for v in ["192.168.1.10", "10.40.2.17", "127.0.0.1", "192.0.2.1", "2001:db8::1", "::1", "256.1.1.1",
              "010.001.001.001", "12:30:45", "00:1A:2B:3C:4D:5E", "172.16.40.1"]:
        ok(not ip_ok(v), f"ip not public {v}")
    for v in ["12-03-1985", "1-4-1990", "03/07/1979", "29.02.1992", "5 mei 1960", "17 okt 2001", "March 20, 1995",
              "13. Juli 1984", "1985-03-12", "7 July 1995"]:
        ok(date_ok(v), f"date valid {v}")
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999", "12-03-1850"]:
        ok(not date_ok(v), f"date invalid {v}")
    ok(kvk_ok("69599084", "KvK-nummer: ") and not kvk_ok("1234567", "KvK ") and not kvk_ok("20231231", "datum "),
       "kvk")
    ok(gs1_check("87168712000012345") == gs1_check("87168712000012345"), "gs1")
    # the organisation's own data
    ok(all(iban_ok(x) for x in ORG["ibans"]), "org ibans valid")
    ok(elfproef(ORG_RSIN) and bsn_ok(ORG_BTW) and not btw_mod97(ORG_BTW), "org btw is RSIN-based (elfproef)")
    ok(all(phone_e164(p) for p in ORG["phones"]), "org phones valid")
    ok(phone_e164("+31 6 19 83 44 20") in ORG_E164 and phone_e164("055-5783310") in ORG_E164, "org phone forms")
    ok(phone_e164("06 1983 4420") == "+31619834420", "org mobile is a mobile")
    # pii-scrubber.toml carries exactly this organisation
    import tomllib
    with open(os.path.join(HERE, "pii-scrubber.toml"), "rb") as f:
        ok(tomllib.load(f)["organisation"] == ORG, "pii-scrubber.toml [organisation] == ORG in make.py")
    # generators
    for i in range(300):
        r = random.Random(f"selftest:{i}")
        ok(bsn_ok(bsn_pass(r)) and not bsn_ok(nine_fail(r)), "bsn generators")
        for st in range(5):
            ok(bsn_ok(bsn_form(bsn_pass(r), st)), "bsn forms")
        ok(iban_ok(nl_iban(r, style=r.randrange(4))) and iban_ok(be_iban(r)) and iban_ok(de_iban(r)) and
           iban_ok(gb_iban(r)) and iban_ok(pl_iban(r)), "iban generators")
        for b in ["visa", "mc", "mc2", "amex"]:
            ok(card_ok(card(r, b, r.randrange(3))), "card generator " + b)
        for st in range(8):
            ok(phone_ok(nl_mobile(r, st)), f"nl mobile {st}")
        t = r.choice(NL_TOWNS)
        for st in range(5):
            ok(phone_ok(nl_fixed(r, t[2], st)), f"nl fixed {t[2]} {st} {nl_fixed(random.Random(i), t[2], st)}")
        ok(phone_ok(be_mobile(r)) and phone_ok(be_fixed(r, r.choice(BE_TOWNS + OB_TOWNS)[2])), "be phones")
        ok(phone_ok(de_mobile(r)) and phone_ok(de_fixed(r, r.choice(DE_TOWNS)[2])), "de phones")
        ok(phone_ok(uk_mobile(r)) and phone_ok(uk_fixed(r, r.choice(UK_PLACES)[2])), "uk phones")
        ok(nl_postcode_ok(nl_addr(r).pc), "postcode generator")
        ok(kenteken_sidecode(kenteken(r)) is not None and de_plate_ok(de_plate(r)), "plates")
        ok(nl_docnr_ok(nl_docnr(r, "N")) and nl_docnr_ok(nl_docnr(r, "I")) and res_doc_ok(res_doc(r))
           and de_doc_ok(de_docnr(r)), "documents")
        ok(btw_ok(btw_new(r)) and bsn_ok(ob_nummer(r)), "btw / ob")
        ok(ip_ok(public_ip(r)) and ip_ok(public_ip(r, True)), "ip")
        for lang in ("nl", "en", "de"):
            for st in range(4):
                ok(date_ok(dob(r, lang, st)), f"dob {lang} {st}")
        e = ean18(r)
        ok(len(e) == 18 and gs1_check(e[:-1]) == e[-1] and not card_ok(e), "ean18")
        p = person(r)
        ok(email_ok(p.email(r)), "email generator " + p.email(random.Random(i)))
    return n


# =============================================================================================
# build, audit, write
# =============================================================================================
def bytes_off(text, ci):
    return len(text[:ci].encode("utf-8"))


def build():
    recs = []
    for name, lang, pii, fn in SCEN:
        for k in (0, 1):
            r = random.Random(f"{SEED}:{name}:{k}")
            marked = fn(r, k)
            h = int(hashlib.sha256(f"{name}:{k}".encode()).hexdigest(), 16)
            if h % 13 == 0:
                marked = marked.replace("\n", "\r\n")
            text, spans, exempt = render(marked)
            recs.append({"scenario": name, "k": k, "lang": lang, "pii": pii, "text": text, "cspans": spans,
                         "exempt": exempt})
    out = []
    for lang in ("nl", "en", "de"):
        group = [x for x in recs if x["lang"] == lang]
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(group)
        for i, x in enumerate(group, 1):
            x["id"] = f"{PREFIX}-{lang}-{i:03d}"
            out.append(x)
    return out


EDGE_BAD = set(" \t\r\n\u00a0,;:!?()[]<>\"«»|")
ORG_TEXT_RE = [re.compile(re.escape(x), re.I) for x in
               ["Dynamoweg 27", "Postbus 2210", "P.O. Box 2210", "7332 BK", "7301 EC", "Zonnegloed Installaties B.V.",
                "Zonnegloed"]]
ORG_DOMAIN_RE = re.compile(r"(?:[A-Za-z0-9._%+-]+@)?(?:[A-Za-z0-9-]+\.)*zonnegloed\.example(?:/[\w/.-]*)?", re.I)
PHONE_CAND = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d ()./-]{6,}\d(?![\w])")


def org_regions(text):
    regs = []
    for rx in ORG_TEXT_RE + [ORG_DOMAIN_RE]:
        regs += [(mo.start(), mo.end()) for mo in rx.finditer(text)]
    for h in ORG["handles"]:
        regs += [(mo.start(), mo.end()) for mo in re.finditer(re.escape(h), text)]
    for mo in PHONE_CAND.finditer(text):
        for off, sub in phone_hits(mo.group(0)):
            if phone_e164(sub) in ORG_E164:
                regs.append((mo.start() + off, mo.start() + off + len(sub)))
    for ib in ORG["ibans"]:
        pat = r"\s?".join(re.escape(ch) for ch in ib).replace(r"\s?", r"[\s\u00a0]?")
        regs += [(mo.start(), mo.end()) for mo in re.finditer(pat, text, re.I)]
    for d in (ORG_KVK,):
        regs += [(mo.start(), mo.end()) for mo in re.finditer(d, text)]
    for mo in re.finditer(r"(?:NL)?" + r"\.?".join(ORG_RSIN) + r"\.?B01", text):
        regs.append((mo.start(), mo.end()))
    rs = ORG_RSIN
    for mo in re.finditer(re.escape(f"{rs[:4]}.{rs[4:6]}.{rs[6:]}.B01"), text):
        regs.append((mo.start(), mo.end()))
    cid = re.search(r"NL\d\dZZZ" + ORG_KVK + r"0000", text)
    if cid:
        regs.append((cid.start(), cid.end()))
    return regs


def phone_hits(cand):
    """valid phone numbers inside a digit-run candidate: for every token start, the longest valid sub-string
    (so that 'nr. 10). 07700 900123' or two numbers in a row are found).  -> [(offset, number)]"""
    starts = [0] + [i for i in range(1, len(cand)) if cand[i - 1] == " "]
    ends = [i for i in range(1, len(cand) + 1) if i == len(cand) or cand[i] == " "]
    hits, taken = [], 0
    for st in starts:
        if st < taken:
            continue
        for en in reversed(ends):
            if en <= st:
                break
            sub = cand[st:en].strip(" ./-")
            if sub.count("(") != sub.count(")"):
                sub = sub.strip("()")
            if not sub or re.match(r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}", sub):     # a date (and a time), not a phone
                continue
            if phone_ok(sub):
                off = cand.index(sub, st)
                hits.append((off, sub))
                taken = off + len(sub)
                break
    return hits


def covered(regs, s, e):
    return any(a <= s and e <= b for a, b in regs)


def overlaps(regs, s, e):
    return any(a < e and s < b for a, b in regs)


def all_name_tokens():
    toks = set()
    for males, females, surs in NAMES.values():
        for x in males + females + [s for _, s in surs]:
            toks.update(t for t in re.split(r"[\s-]+", x) if len(t) >= 3)
    for f, tv, s, _ in STAFF.values():
        toks.update(t for t in re.split(r"[\s-]+", f + " " + s) if len(t) >= 3)
    toks |= {t[:-1] + "a" for t in toks if t.endswith("ski")}          # Polish feminine surnames
    return {t for t in toks if t.lower() not in TUSSEN_LOW}


TUSSEN_LOW = {t.lower() for t in TUSSEN} | {"van", "de", "der", "den", "'t", "ten", "ter", "te"}
NAME_TOKENS = all_name_tokens()


def person_ok(v):
    for t in re.split(r"[\s-]+", v):
        if not t:
            return False
        if t.lower() in TUSSEN_LOW or re.fullmatch(r"(?:[A-Z][a-z]?\.)+", t) or t.rstrip(",") != t:
            continue
        if t in NAME_TOKENS or t.lower() in {x.lower() for x in NAME_TOKENS} or t.upper() in {x.upper() for x in NAME_TOKENS}:
            continue
        if t in ("A",):                     # Tjon-A-Fat
            continue
        return False
    return True


def address_ok(v):
    if re.fullmatch(r"Postbus \d{1,5}", v):
        return True
    up = v.upper()
    for st in ALL_STREETS:
        S = st.upper()
        if up.startswith(S + " ") and re.fullmatch(
                r"\d{1,5}(?:[A-Z]|-\d{1,3}| HS|-II| BIS|A-2|-BG| B| BUS \d{1,3}|/\d{1,3}|[a-z])?", v[len(st) + 1:], re.I):
            return True
        if re.fullmatch(r"\d{1,4} " + re.escape(st), v):
            return True
    return False


def value_ok(label, v, text, s):
    ctx = text[max(0, s - 200):s]
    if label == "PERSON":
        return person_ok(v)
    if label == "EMAIL":
        return email_ok(v) and "zonnegloed.example" not in v.lower()
    if label == "PHONE":
        return phone_ok(v) and phone_e164(v) not in ORG_E164
    if label == "IBAN":
        return iban_ok(v) and iban_compact(v) not in ORG_IBANS_C
    if label == "BSN":
        return bsn_ok(v)
    if label == "ADDRESS":
        return address_ok(v)
    if label == "POSTCODE":
        return postcode_ok(v)
    if label == "CREDIT_CARD":
        return card_ok(v)
    if label == "IP_ADDRESS":
        return ip_ok(v)
    if label == "DATE_OF_BIRTH":
        wide = text[max(0, s - 500):s]
        return date_ok(v) and bool(BIRTH_WORDS.search(wide))
    if label == "ID_DOCUMENT":
        return id_doc_ok(v, ctx)
    if label == "LICENSE_PLATE":
        return plate_ok(v) and bool(re.search(r"kenteken|auto|car|plate|registration|kennzeichen|fahrzeug", ctx, re.I))
    if label == "BTW_ID":
        return btw_ok(v)
    if label == "KVK":
        return kvk_ok(v, text[max(0, s - 40):s])
    return False


def audit(recs):
    errors = []

    def err(rec, msg):
        errors.append(f"{rec['id']} ({rec['scenario']}:{rec['k']}): {msg}")

    seen = set()
    for rec in recs:
        text = rec["text"]
        if text in seen:
            err(rec, "duplicate text")
        seen.add(text)
        if re.search("[\ue000-\ue003]", text):
            err(rec, "markup left in text")
        spans = rec["cspans"]
        if bool(spans) != rec["pii"]:
            err(rec, f"has spans = {bool(spans)} but scenario pii = {rec['pii']}")
        prev = -1
        for (s, e, lab, val) in spans:
            if s < prev:
                err(rec, f"overlap/unsorted at {s}")
            prev = e
            if text[s:e] != val:
                err(rec, "span text mismatch")
            if val[0] in EDGE_BAD or val[-1] in EDGE_BAD or val != val.strip():
                err(rec, f"bad span edge {val!r}")
            if not value_ok(lab, val, text, s):
                err(rec, f"invalid {lab} {val!r}")
        sp = [(s, e) for s, e, _, _ in spans]
        ex = [(s, e) for s, e, _, _ in rec["exempt"]]
        org = org_regions(text)
        for (s, e) in sp:
            if overlaps(org, s, e):
                err(rec, f"span overlaps organisation data: {text[s:e]!r}")
            if overlaps(ex, s, e):
                err(rec, f"span overlaps an exempt string: {text[s:e]!r}")
        free = sp + ex + org
        # every repeat of a labelled value labelled
        for (s, e, lab, val) in spans:
            if len(val) < 4:
                continue
            for mo in re.finditer(r"(?<![\w@.])" + re.escape(val) + r"(?![\w])", text):
                if not covered(sp, mo.start(), mo.end()):
                    err(rec, f"repeat of labelled {lab} {val!r} not labelled")
        # names: tokens of labelled persons and of all inline lists
        toks = set(NAME_TOKENS)
        for (s, e, lab, val) in spans:
            if lab == "PERSON":
                toks.update(t for t in re.split(r"[\s-]+", val) if len(t) >= 3 and t.lower() not in TUSSEN_LOW
                            and not re.fullmatch(r"(?:[A-Z][a-z]?\.)+", t))
        for t in toks:
            for mo in re.finditer(r"(?<![\w])" + re.escape(t) + r"(?![\w])", text):
                if not covered(free, mo.start(), mo.end()):
                    err(rec, f"name token {t!r} unlabelled at {mo.start()}")
        # scanners: nothing checksum-valid left unlabelled
        for mo in EMAIL_RE.finditer(text):
            if not covered(free, mo.start(), mo.end()):
                err(rec, f"unlabelled e-mail {mo.group(0)!r}")
        for mo in re.finditer(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}", text):
            st = mo.start()
            cc = text[st:st + 2].upper()
            if cc not in IBAN_LEN:
                continue
            comp, j = "", st
            while j < len(text) and len(comp) < IBAN_LEN[cc]:
                ch = text[j]
                if ch.isalnum():
                    comp += ch
                elif ch not in " \u00a0":
                    break
                j += 1
            if len(comp) == IBAN_LEN[cc] and iban_ok(comp) and not covered(free, st, j):
                err(rec, f"unlabelled IBAN {text[st:j]!r}")
        for mo in re.finditer(r"(?<![\w.,-])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3}|"
                              r"\d{2}\.\d{2}\.\d{2}\.\d{3})(?![\w-]|[.,]\d)", text):
            if bsn_ok(mo.group(1)) and not covered(free, mo.start(), mo.end()):
                err(rec, f"unlabelled elfproef-valid number {mo.group(1)!r}")
        for mo in re.finditer(r"(?i)NL\s?[\d.]{9,12}\s?B\d\d", text):
            if not covered(free, mo.start(), mo.end()):
                err(rec, f"unlabelled NL…B.. number {mo.group(0)!r}")
        for mo in re.finditer(r"(?<![\w-])\d(?:[ -]?\d){11,18}(?![\w-])", text):
            if card_ok(mo.group(0)) and not covered(free, mo.start(), mo.end()):
                err(rec, f"unlabelled card number {mo.group(0)!r}")
        for mo in PHONE_CAND.finditer(text):
            for off, sub in phone_hits(mo.group(0)):
                s0 = mo.start() + off
                if not covered(free, s0, s0 + len(sub)):
                    err(rec, f"unlabelled phone number {sub!r}")
        for mo in re.finditer(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])", text):
            if nl_postcode_ok(mo.group(0)) and not covered(free, mo.start(), mo.end()):
                err(rec, f"unlabelled postcode-shaped {mo.group(0)!r}")
        for mo in re.finditer(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])", text):
            if ip_ok(mo.group(0)) and not covered(free, mo.start(), mo.end()):
                err(rec, f"unlabelled public IPv4 {mo.group(0)!r}")
        for mo in re.finditer(r"(?<![\w:])[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])", text):
            if ip_ok(mo.group(0)) and not covered(free, mo.start(), mo.end()):
                err(rec, f"unlabelled public IPv6 {mo.group(0)!r}")
        for mo in re.finditer(r"(?i)(?:kvk|kamer van koophandel|chamber of commerce|handelsregister)[^\d\n]{0,25}(\d{8})(?!\d)", text):
            if not covered(free, mo.start(1), mo.end(1)):
                err(rec, f"unlabelled KvK number {mo.group(1)!r}")
        for mo in BIRTH_WORDS.finditer(text):
            window = text[mo.end():mo.end() + 40]
            for dm in re.finditer(r"\d{1,2}[-/. ]\d{1,2}[-/. ]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [A-Za-zä]+\.? \d{4}|"
                                  r"[A-Z][a-z]+ \d{1,2}, \d{4}", window):
                if date_ok(dm.group(0)):
                    s0 = mo.end() + dm.start()
                    if not covered(sp, s0, s0 + len(dm.group(0))):
                        err(rec, f"unlabelled date after birth word {dm.group(0)!r}")
        for mo in re.finditer(r"(?<![\w-])[A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,3}(?![\w-])", text):
            if kenteken_sidecode(mo.group(0)) and not covered(free, mo.start(), mo.end()):
                err(rec, f"unlabelled kenteken-shaped {mo.group(0)!r}")
    # set-level checks
    langs = {l: sum(1 for x in recs if x["lang"] == l) for l in ("nl", "en", "de")}
    if langs != {"nl": 60, "en": 50, "de": 40}:
        errors.append(f"language counts {langs}")
    free_share = sum(1 for x in recs if not x["cspans"]) / len(recs)
    if free_share < 0.35:
        errors.append(f"PII-free share {free_share:.3f} < 0.35")
    used = {lab for x in recs for (_, _, lab, _) in x["cspans"]}
    if used != set(LABELS):
        errors.append(f"labels without gold: {set(LABELS) - used}")
    return errors


def serialise(recs):
    lines = []
    for x in recs:
        spans = [{"start": bytes_off(x["text"], s), "end": bytes_off(x["text"], e), "label": lab}
                 for (s, e, lab, _) in x["cspans"]]
        lines.append(json.dumps({"id": x["id"], "lang": x["lang"], "text": x["text"], "spans": spans},
                                ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def reread_check(data, recs):
    errs = []
    for line, x in zip(data.decode("utf-8").splitlines(), recs):
        o = json.loads(line)
        b = o["text"].encode("utf-8")
        if len(o["spans"]) != len(x["cspans"]):
            errs.append(o["id"] + ": span count")
        for sp, (_, _, lab, val) in zip(o["spans"], x["cspans"]):
            try:
                got = b[sp["start"]:sp["end"]].decode("utf-8")
            except UnicodeDecodeError:
                errs.append(f"{o['id']}: span not on a UTF-8 boundary")
                continue
            if got != val or sp["label"] != lab or sp["end"] <= sp["start"]:
                errs.append(f"{o['id']}: byte span re-slice mismatch {got!r} != {val!r}")
        ends = [(s["start"], s["end"]) for s in o["spans"]]
        if any(ends[i][1] > ends[i + 1][0] for i in range(len(ends) - 1)):
            errs.append(o["id"] + ": overlapping byte spans")
    return errs


def stats(recs, data):
    print(f"messages: {len(recs)}")
    for l in ("nl", "en", "de"):
        g = [x for x in recs if x["lang"] == l]
        print(f"  {l}: {len(g)} (without PII: {sum(1 for x in g if not x['cspans'])})")
    nfree = sum(1 for x in recs if not x["cspans"])
    print(f"PII-free: {nfree} = {100 * nfree / len(recs):.1f} %")
    print(f"| label | nl | en | de | total |\n|---|---:|---:|---:|---:|")
    tot = {"nl": 0, "en": 0, "de": 0}
    for lab in LABELS:
        c = {l: sum(1 for x in recs if x["lang"] == l for sp in x["cspans"] if sp[2] == lab) for l in tot}
        for l in tot:
            tot[l] += c[l]
        print(f"| `{lab}` | {c['nl']} | {c['en']} | {c['de']} | {sum(c.values())} |")
    print(f"| total | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")
    lens = sorted(len(x["text"].encode()) for x in recs)
    print(f"length {lens[0]}–{lens[-1]} bytes, median {lens[len(lens) // 2]}")
    print(f"non-ASCII texts: {sum(1 for x in recs if any(ord(c) > 127 for c in x['text']))}; "
          f"with emoji (4-byte UTF-8): {sum(1 for x in recs if any(ord(c) > 0xFFFF for c in x['text']))}; "
          f"CRLF: {sum(1 for x in recs if chr(13) in x['text'])}; "
          f"NBSP: {sum(1 for x in recs if chr(160) in x['text'])}; "
          f"hard-negative strings marked: {sum(len(x['exempt']) for x in recs)}")
    print("sha256(gold.jsonl):", hashlib.sha256(data).hexdigest())


def main():
    n = self_test()
    print(f"self test: {n} checks passed")
    recs = build()
    errors = audit(recs)
    if errors:
        for e in errors:
            print("AUDIT:", e)
        print(f"{len(errors)} audit errors – gold.jsonl NOT written")
        sys.exit(1)
    data = serialise(recs)
    errs = reread_check(data, recs)
    if errs:
        for e in errs:
            print("REREAD:", e)
        sys.exit(1)
    print(f"audit: {len(recs)} records passed")
    with open(OUT, "wb") as f:
        f.write(data)
    stats(recs, data)


if __name__ == "__main__":
    main()
