#!/usr/bin/env python3
"""heldout25 - held-out evaluation set: a Dutch regional public transport operator (Zuiderpoort OV).

Written blind (see README.md). Python 3.11, standard library only, deterministic.

    python3 make.py             writes gold.jsonl + pii-scrubber.toml, prints statistics and the sha256
    python3 make.py --mutation  additionally removes each gold span in turn and counts whether the audit notices

Every value is synthetic. Values are written into the texts with m(LABEL, value) (short forms P(), PH(), IB() ...)
between private-use sentinels; render() strips the sentinels and records UTF-8 byte offsets, so spans are exact by
construction. The serialised file is read back and every span re-sliced from the bytes.
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

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "heldout25/zuiderpoort-ov"
PREFIX = "h25"
LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# ----------------------------------------------------------------------------------------------------------------
# markup
# ----------------------------------------------------------------------------------------------------------------
S_OPEN, S_MID, S_CLOSE = "\ue000", "\ue001", "\ue002"


def m(label, value):
    assert label in LABELS, label
    assert value and value == value.strip(), repr(value)
    assert not any(c in value for c in (S_OPEN, S_MID, S_CLOSE)), value
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
def DB(v): return m("DATE_OF_BIRTH", v)
def ID(v): return m("ID_DOCUMENT", v)
def LP(v): return m("LICENSE_PLATE", v)
def BT(v): return m("BTW_ID", v)
def KV(v): return m("KVK", v)


def render(marked):
    """marked text -> (text, spans with UTF-8 byte offsets, [(label, value)])"""
    out = bytearray()
    spans, values = [], []
    i, n = 0, len(marked)
    while i < n:
        c = marked[i]
        if c == S_OPEN:
            j = marked.index(S_MID, i)
            k = marked.index(S_CLOSE, j)
            label, val = marked[i + 1:j], marked[j + 1:k]
            assert S_OPEN not in val
            start = len(out)
            out += val.encode("utf-8")
            spans.append({"start": start, "end": len(out), "label": label})
            values.append((label, val))
            i = k + 1
        else:
            assert c not in (S_MID, S_CLOSE)
            out += c.encode("utf-8")
            i += 1
    return out.decode("utf-8"), spans, values


# ----------------------------------------------------------------------------------------------------------------
# validators (re-implemented from the rules in shared/reference/dutch-pii-formats.md)
# ----------------------------------------------------------------------------------------------------------------
def elfproef(d9):
    if len(d9) != 9 or not d9.isdigit() or int(d9) == 0:
        return False
    s = sum((9 - i) * int(d9[i]) for i in range(8)) - int(d9[8])
    return s % 11 == 0


def bsn_valid(s):
    d = re.sub(r"[ .\-\u00a0]", "", s)
    if not d.isdigit() or len(d) not in (8, 9):
        return False
    return elfproef(d.zfill(9))


def mod97(s):
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


IBAN_LEN = {"NL": 18, "DE": 22, "BE": 16, "GB": 22, "FR": 27, "LU": 20, "AT": 20}
IBAN_BBAN = {"NL": r"[A-Z]{4}\d{10}", "DE": r"\d{18}", "BE": r"\d{12}", "GB": r"[A-Z]{4}\d{14}",
             "FR": r"\d{10}[A-Z0-9]{11}\d{2}", "LU": r"\d{3}[A-Z0-9]{13}", "AT": r"\d{16}"}


def iban_compact(s):
    return re.sub(r"[ .\-\u00a0]", "", s).upper()


def iban_valid(s):
    c = iban_compact(s)
    cc = c[:2]
    if cc not in IBAN_LEN or len(c) != IBAN_LEN[cc]:
        return False
    if not re.fullmatch(r"[A-Z]{2}\d{2}" + IBAN_BBAN[cc], c):
        return False
    if cc == "BE":
        nat = int(c[4:14]) % 97 or 97
        if nat != int(c[14:16]):
            return False
    return mod97(c[4:] + c[:4]) == 1


def iban_make(cc, bban):
    check = 98 - mod97(bban + cc + "00")
    v = f"{cc}{check:02d}{bban}"
    assert iban_valid(v), v
    return v


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def card_iin_ok(d):
    n = len(d)
    if n < 12:
        return False
    if d[0] == "4":
        return n in (13, 16, 19)
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return n == 16
    if d[:2] in ("34", "37"):
        return n == 15
    if d[:4] == "6011" or 644 <= int(d[:3]) <= 649 or d[:2] == "65":
        return 16 <= n <= 19
    if 3528 <= int(d[:4]) <= 3589:                      # JCB - and every OV-chipkaart number (3528 ...)
        return 16 <= n <= 19
    if d[:2] == "50" or 56 <= int(d[:2]) <= 69:          # Maestro and friends
        return 12 <= n <= 19
    if 300 <= int(d[:3]) <= 305 or d[:4] == "3095" or d[:2] in ("36", "38", "39"):
        return 14 <= n <= 19
    return False


def card_valid(s):
    d = re.sub(r"[ \-\u00a0]", "", s)
    return d.isdigit() and card_iin_ok(d) and luhn_ok(d)


# --- phones -----------------------------------------------------------------------------------------------------
NL_AREA2 = "10 13 15 20 23 24 26 30 33 35 36 38 40 43 45 46 50 53 55 58 70 71 72 73 74 75 76 77 78 79".split()
NL_AREA3 = ("111 113 114 115 117 118 161 162 164 165 166 167 168 172 174 180 181 182 183 184 186 187 222 223 224 226 "
            "227 228 229 251 252 255 294 297 299 313 314 315 316 317 318 320 321 341 342 343 344 345 346 347 348 411 "
            "412 413 416 418 475 478 481 485 486 487 488 492 493 495 497 499 511 512 513 514 515 516 517 518 519 521 "
            "522 523 524 525 527 528 529 541 543 544 545 546 547 548 561 562 566 570 571 572 573 575 577 578 591 592 "
            "593 594 595 596 597 598 599").split()
DE_AREAS = ["241", "2401", "2402", "2403", "2404", "2405", "2406", "2407", "2451", "2452", "2453", "2454", "2456",
            "2821", "2822", "2161", "221", "211", "2431", "2433", "2151", "201", "30", "40", "69", "89"]
PHONE_CHARS = re.compile(r"[+\d][\d \-./()\u00a0]*\d")


def _national(s, cc_prefix):
    """strip an international prefix for country code cc_prefix (e.g. '31'); return national digits with
    a leading trunk 0, or None"""
    t = s.replace("\u00a0", " ").strip()
    if not re.fullmatch(r"[+\d(][\d \-./()]*\d", t):
        return None
    intl = False
    for pre in ("+" + cc_prefix, "00" + cc_prefix):
        if t.startswith(pre):
            t = t[len(pre):]
            intl = True
            break
    if t.startswith("+"):
        return None
    t = t.replace("(0)", "")
    d = re.sub(r"[ \-./()]", "", t)
    if not d.isdigit():
        return None
    if intl:
        if not d.startswith("0"):
            d = "0" + d
    elif not d.startswith("0"):
        return None
    return d


def nl_phone_valid(s):
    d = _national(s, "31")
    if not d:
        return False
    if len(d) != 10:
        return False
    if re.fullmatch(r"06[1-58]\d{7}", d):
        return True
    if d[1:3] in NL_AREA2 or d[1:4] in NL_AREA3:
        return True
    return d[1:3] in ("85", "91", "88")


def be_phone_valid(s):
    d = _national(s, "32")
    if not d:
        return False
    if re.fullmatch(r"04[5-9]\d{7}", d):
        return True
    if re.fullmatch(r"0[23][2-8]\d{6}", d) or re.fullmatch(r"09[2-4]\d{6}", d):
        return True
    return bool(re.fullmatch(r"0(1[0-9]|5[0-9]|6[0-9]|8[0-9])\d{6}", d)) and s.strip().startswith(("+32", "0032"))


def de_phone_valid(s):
    d = _national(s, "49")
    if not d:
        return False
    if re.fullmatch(r"01(5\d|6\d|7\d)\d{7,8}", d):
        return True
    for a in DE_AREAS:
        if d[1:].startswith(a):
            sub = d[1 + len(a):]
            return 4 <= len(sub) <= 8 and sub[0] != "0"
    return False


def uk_phone_valid(s):
    d = _national(s, "44")
    if not d:
        return False
    return bool(re.fullmatch(r"07700900\d{3}", d) or re.fullmatch(r"01(1[3-8]|21|31|41|51|61|91)4960\d{3}", d)
                or re.fullmatch(r"0207946\d{4}", d))


def phone_valid(s):
    return nl_phone_valid(s) or be_phone_valid(s) or de_phone_valid(s) or uk_phone_valid(s)


def phone_key(s):
    """digits of a phone number in international form, for comparing written forms"""
    for cc, f in (("31", nl_phone_valid), ("32", be_phone_valid), ("49", de_phone_valid), ("44", uk_phone_valid)):
        if f(s):
            return cc + _national(s, cc)[1:]
    return None


# --- postcodes, addresses ---------------------------------------------------------------------------------------
def pc_nl_valid(s):
    mm = re.fullmatch(r"([1-9]\d{3}) ?([A-Za-z]{2})", s)
    return bool(mm) and mm.group(2).upper() not in ("SA", "SD", "SS")


def pc_be_valid(s):
    return bool(re.fullmatch(r"[1-9]\d{3}", s))


def pc_de_valid(s):
    return bool(re.fullmatch(r"\d{5}", s)) and "01067" <= s <= "99998"


def pc_uk_valid(s):
    return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}", s))


def postcode_valid(s):
    return pc_nl_valid(s) or pc_be_valid(s) or pc_de_valid(s) or pc_uk_valid(s)


# --- documents, plates, company ids ------------------------------------------------------------------------------
def doc_nl_valid(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s.replace(" ", "")))


def residence_valid(s):
    return bool(re.fullmatch(r"(I|II|III|IV|V)-V[1-9A-NP-Z]{8}", s))


def de_ausweis_valid(s):
    return bool(re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}", s))


def id_document_valid(s):
    return (doc_nl_valid(s) or residence_valid(s) or de_ausweis_valid(s) or bool(re.fullmatch(r"\d{9}", s))
            or bool(re.fullmatch(r"\d{10}", s)))


SIDECODES = {1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX",
             7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX",
             13: "9-XX-999", 14: "999-XX-9"}
KT_LETTERS = "BDFGHJKLNPRSTVXZ"
KT_BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS", "KVT", "VVD", "SP"]


def kenteken_sidecode(s):
    t = s.upper().replace(" ", "-")
    shape = "".join("X" if c.isalpha() else "9" if c.isdigit() else c for c in t)
    for sc, pat in SIDECODES.items():
        if shape == pat or (("-" not in shape) and shape == pat.replace("-", "")):
            return sc
    return None


def kenteken_valid(s):
    sc = kenteken_sidecode(s)
    if not sc:
        return False
    t = s.upper()
    groups = re.findall(r"[A-Z]+", t)
    if any(g in KT_BANNED or any(b in g for b in KT_BANNED if len(b) == 3) for g in groups):
        return False
    if sc >= 4 and any(c not in KT_LETTERS for g in groups for c in g):
        return False
    return True


def de_plate_valid(s):
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} ?[1-9]\d{0,3}", s))


def plate_valid(s):
    return kenteken_valid(s) or de_plate_valid(s)


def btw_valid(s):
    c = re.sub(r"[ .\-]", "", s).upper()
    if not re.fullmatch(r"NL\d{9}B\d{2}", c) or c.endswith("B00"):
        return False
    return mod97(c) == 1


def ob_valid(s):
    c = re.sub(r"[ .\-]", "", s).upper()
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", c)) and elfproef(c[2:11]) and not c.endswith("B00")


def kvk_valid(s):
    return bool(re.fullmatch(r"[0-9]{8}", s))


def ip_valid(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global


EMAIL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+-]*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}")


def email_valid(s):
    return bool(EMAIL_RE.fullmatch(s))


# --- dates --------------------------------------------------------------------------------------------------------
MONTHS = {}
for _i, _names in enumerate([
        "januari jan january januar jänner", "februari feb febr february februar", "maart mrt march märz mär",
        "april apr", "mei may mai", "juni jun june", "juli jul july", "augustus aug august",
        "september sep sept", "oktober okt october oct", "november nov", "december dec dezember"], start=1):
    for _n in _names.split():
        MONTHS[_n] = _i


def parse_date(s):
    s = s.strip()
    mm = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", s)
    if mm:
        d, mo, y = int(mm.group(1)), int(mm.group(2)), int(mm.group(3))
    else:
        mm = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
        if mm:
            y, mo, d = int(mm.group(1)), int(mm.group(2)), int(mm.group(3))
        else:
            mm = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\.? (?:of )?([A-Za-zä]+)\.? (\d{4})", s)
            if mm and mm.group(2).lower() in MONTHS:
                d, mo, y = int(mm.group(1)), MONTHS[mm.group(2).lower()], int(mm.group(3))
            else:
                mm = re.fullmatch(r"([A-Za-z]+) (\d{1,2}),? (\d{4})", s)
                if mm and mm.group(1).lower() in MONTHS:
                    d, mo, y = int(mm.group(2)), MONTHS[mm.group(1).lower()], int(mm.group(3))
                else:
                    return None
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def dob_valid(s):
    d = parse_date(s)
    return bool(d) and 1920 <= d.year <= 2012


# ----------------------------------------------------------------------------------------------------------------
# the organisation (fictional): Zuiderpoort OV B.V., regional buses/trams/trains in Zuid-Limburg, Maastricht
# ----------------------------------------------------------------------------------------------------------------
def _org_rsin():
    base = "86421"
    for x in range(1000, 10000):
        cand = base + str(x)
        if elfproef(cand):
            return cand
    raise AssertionError


ORG_NAMES = ["Zuiderpoort OV B.V.", "Zuiderpoort OV", "Zuiderpoort", "Klantenservice Zuiderpoort",
             "Zuiderpoort Klantenservice", "Zuiderpoort Gevonden Voorwerpen", "Zuiderpoort Reisassistentie",
             "Zuiderpoort Kundenservice", "Zuiderpoort Customer Service", "Team Boetes Zuiderpoort",
             "Verkeersleiding Zuiderpoort"]
ORG_DOMAIN = "zuiderpoort-ov.example"
ORG_PHONES = ["088 517 3300", "088 517 3344", "0800 0517", "06 2840 1190"]
ORG_IBANS = [iban_make("NL", "RABO0142880317"), iban_make("NL", "INGB0007734512")]
ORG_ADDRESSES = ["Remiseweg 20, 6229 RK Maastricht", "Postbus 1180, 6201 BD Maastricht"]
ORG_KVK = "64219837"
ORG_RSIN = _org_rsin()
ORG_BTW = f"NL{ORG_RSIN}B01"
ORG_HANDLES = ["@ZuiderpoortOV", "@zuiderpoort_helpt", "@zuiderpoort.ov"]
ORG_POSTCODES = ["6229 RK", "6229RK", "6201 BD", "6201BD"]


def spaced4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


ORG_IBAN_S = [spaced4(x) for x in ORG_IBANS]   # NLkk RABO 0142 8803 17 ...

# staff (natural persons: labelled PERSON wherever they appear)
STAFF = {
    "ilse": ("Ilse", "Coenen"),            # klantenservice (mail, chat)
    "yusuf": ("Yusuf", "Demirtaş"),        # klantenservice / WhatsApp
    "femke": ("Femke", "Vossen"),          # klantenservice (phone notes, webcare)
    "gerda": ("Gerda", "Jongbloed"),       # gevonden voorwerpen
    "sander": ("Sander", "Pleunis"),       # Team Boetes
    "nina": ("Nina", "Lemmens"),           # reisassistentie
    "liam": ("Liam", "O'Connell"),         # international desk
    "katja": ("Katja", "Offermann"),       # German desk
    "roel": ("Roel", "Vleugels"),          # bus driver
    "hatice": ("Hatice", "Yıldız"),        # bus driver
    "pascal": ("Pascal", "Frijns"),        # bus driver
    "anouk": ("Anouk", "Brouns"),          # train conductor
    "kevin": ("Kevin", "Ramaekers"),       # train conductor
}


def staff(key):
    f, l = STAFF[key]
    return Person(f, l)


def org_toml():
    q = lambda xs: "[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in xs) + "]"
    return ("[organisation]\n"
            f"names     = {q(ORG_NAMES)}\n"
            f"domains   = {q([ORG_DOMAIN])}\n"
            f"phones    = {q(ORG_PHONES)}\n"
            f"ibans     = {q(ORG_IBANS)}\n"
            f"addresses = {q(ORG_ADDRESSES)}\n"
            f"kvk       = {q([ORG_KVK])}\n"
            f"btw       = {q([ORG_BTW])}\n"
            f"handles   = {q(ORG_HANDLES)}\n")


# ----------------------------------------------------------------------------------------------------------------
# inline name and street lists written for this set (no Faker / test-data package)
# ----------------------------------------------------------------------------------------------------------------
NAMES = {
    # pool: (female first names, male first names, surnames)
    "nl": (["Noëlle", "Esmée", "Lieke", "Maud", "Ilona", "Marloes", "Wendy", "Chantal", "Mieke", "Yvonne",
            "Daniëlle", "Loïs", "Jolien", "Sietske", "Margriet", "Anneloes", "Sanne", "Kim-Lotte"],
           ["Joep", "Thijs", "Guus", "Sjors", "Teun", "Pieter-Jan", "Luuk", "Stijn", "Maarten", "Wouter",
            "Jeroen", "Rik", "Huub", "Twan", "Frits", "Gijs", "Ruud", "Jos"],
           ["Schoonbrood", "Vroemen", "Lardinois", "Bemelmans", "Hermans", "Kurvers", "Ubachs", "Smeets",
            "Wetzels", "Crombach", "Lenssen", "Houben", "Vrancken", "Gulpers", "Eurlings", "Meijers",
            "Notermans", "van der Meulen", "de Bruijn", "Stoelinga", "Hoekstra", "van Dooren", "Pinckaers",
            "Moonen", "Ceelen"]),
    "ma": (["Samira", "Nadia", "Fatima-Zahra", "Khadija", "Soumaya"],
           ["Youssef", "Bilal", "Hamza", "Anouar", "Mohammed"],
           ["El Amrani", "Ait Lahcen", "Bouzidi", "El Khatib", "Tahiri", "Ouali"]),
    "tr": (["Gülşen", "Elif", "Büşra", "Şeyma", "Zeynep"],
           ["Oğuzhan", "Emre", "Burak", "Mehmet", "Serkan"],
           ["Yılmaz", "Kaya", "Doğan", "Çelik", "Aydın", "Öztürk"]),
    "sr": (["Priya", "Chandni", "Sharmila"], ["Ravi", "Sunil", "Dinesh"],
           ["Jagessar", "Ramdin", "Soekhlal", "Mahabier"]),
    "de": (["Kerstin", "Anke", "Jutta", "Sabine", "Heike", "Lea-Marie", "Ulrike", "Birgit"],
           ["Jörg", "Dirk", "Matthias", "Uwe", "Lukas", "Sören", "Detlef", "Reinhard"],
           ["Weißhaupt", "Schmitz", "Pütz", "Kohnen", "Hülsmann", "Dahmen", "Offergeld", "Röhrig",
            "Große-Wilde", "Lennartz", "Schäfer", "Thelen", "Küppers"]),
    "be": (["Lotte", "Ine", "Griet", "Annelies", "Hanne"],
           ["Wout", "Jens", "Pieter", "Bart", "Koen"],
           ["Vanhoutte", "De Smedt", "Claes", "Vandeweyer", "Peeters", "Geukens", "Vanderhoven"]),
    "uk": (["Siobhan", "Aoife", "Harriet", "Imogen", "Chloe", "Niamh"],
           ["Callum", "Rhys", "Oliver", "Declan", "Alistair", "Ewan"],
           ["Whitfield", "Pemberton", "Ashworth", "McAllister", "Thornbury", "Gallagher", "Fairclough",
            "Okonkwo"]),
    "xx": (["Olena", "Agnieszka", "Lucía", "Ananya", "Xiaoling", "Ingrid"],
           ["Paweł", "Tunde", "Diego", "Arjun", "Haruto", "Mateus"],
           ["Kowalczyk", "Shevchenko", "Oyelaran", "Fernández", "Castellanos", "Nakamura", "Raghunathan",
            "Lindqvist"]),
}
TUSSEN = {"van", "de", "der", "den", "ten", "ter", "van't", "'t", "el", "le", "la", "da", "di", "du"}


class Person:
    def __init__(self, first, last):
        self.first, self.last = first, last

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def sur(self):                         # surname standing alone: 'Van der Meulen'
        return self.last[0].upper() + self.last[1:]

    @property
    def ini(self):                         # 'J.' / 'P.J.'
        return "".join(p[0] + "." for p in self.first.split("-"))

    @property
    def rev(self):                         # 'Smeets, Joep' / 'Meulen, Joep van der' is avoided: use sur
        return f"{self.sur}, {self.first}"


def person(r, pool="nl", sex=None, used=None, last=None):
    used = used if used is not None else []
    f_list, m_list, l_list = NAMES[pool]
    for _ in range(200):
        s = sex or r.choice("fm")
        first = r.choice(f_list if s == "f" else m_list)
        ln = last or r.choice(l_list)
        toks = {first.lower(), ln.lower()}
        if any(first == p.first or (last is None and ln == p.last) for p in used):
            continue
        p = Person(first, ln)
        used.append(p)
        return p
    raise AssertionError("no unique person")


def ascii_fold(s):
    s = s.replace("ı", "i").replace("ß", "ss").replace("ł", "l").replace("İ", "I")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


MAIL_DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "icloud.com",
           "home.nl", "planet.nl"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"],
    "be": ["telenet.be", "skynet.be", "gmail.com", "proximus.be"],
    "uk": ["btinternet.com", "yahoo.co.uk", "gmail.com", "outlook.com", "proton.me"],
}


def email_for(r, p, region="nl", domain=None):
    f = re.sub(r"[^a-z]", "", ascii_fold(p.first).lower())
    l = re.sub(r"[^a-z]", "", ascii_fold(p.last).lower())
    style = r.randrange(6)
    local = [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{r.randrange(70, 99)}", f"{l}.{f}", f"{f}_{l}",
             f"{f[0]}{l}{r.randrange(1, 9)}"][style]
    return f"{local}@{domain or r.choice(MAIL_DOMAINS[region])}"


# Limburg towns with postcode ranges (4-digit numeric part) and landline area codes
NL_TOWNS = [("Maastricht", 6211, 6229, "043"), ("Heerlen", 6411, 6419, "045"), ("Kerkrade", 6461, 6466, "045"),
            ("Sittard", 6131, 6137, "046"), ("Geleen", 6161, 6167, "046"), ("Venlo", 5911, 5928, "077"),
            ("Roermond", 6041, 6045, "0475"), ("Valkenburg", 6301, 6301, "043"), ("Meerssen", 6231, 6231, "043"),
            ("Brunssum", 6441, 6446, "045"), ("Landgraaf", 6371, 6374, "045"), ("Gulpen", 6271, 6271, "043"),
            ("Beek", 6191, 6191, "046"), ("Echt", 6101, 6101, "0475"), ("Weert", 6001, 6006, "0495"),
            ("Vaals", 6291, 6291, "043"), ("Eijsden", 6245, 6245, "043")]
NL_STREETS = ["Mergelweg", "Bongerdstraat", "Kasteellaan", "Geulstraat", "Hoogveldlaan", "Akkerwindestraat",
              "Molenbeekpad", "Veldkapelweg", "Groenstraat", "Kloosterhof", "Dorpsstraat", "Abdijlaan",
              "Wijngaardsweg", "Koolmijnstraat", "Schachtstraat", "Lindenhofweg", "Laan van Schaesberg",
              "Op de Kamp", "Pelgrimsweg", "Beekdalstraat", "Rozenhof", "Graafschapslaan", "Burg. Quadekkerstraat",
              "Kruisherenstraat", "Steenbakkerijpad", "Hoefijzerstraat", "Vlierbeslaan", "Kalkovenweg"]
DE_TOWNS = [("Aachen", ["52062", "52064", "52066", "52068", "52070", "52072", "52074", "52076"], "241"),
            ("Herzogenrath", ["52134"], "2406"), ("Geilenkirchen", ["52511"], "2451"),
            ("Heinsberg", ["52525"], "2452"), ("Übach-Palenberg", ["52531"], "2451"),
            ("Würselen", ["52146"], "2405"), ("Selfkant", ["52538"], "2456"), ("Kleve", ["47533"], "2821")]
DE_STREETS = ["Jülicher Straße", "Roermonder Straße", "Am Mühlenbach", "Lindenallee", "Kirchweg",
              "Heinsberger Weg", "Schlossparkstraße", "Vaalser Straße", "Kohlscheider Str.", "Am Weiher",
              "Wurmtalweg", "Bergstraße", "Zechenstraße", "Auf der Hüls", "Gangelter Weg"]
BE_TOWNS = [("Lanaken", "3620"), ("Maasmechelen", "3630"), ("Tongeren", "3700"), ("Hasselt", "3500"),
            ("Genk", "3600"), ("Bilzen", "3740"), ("Visé", "4600"), ("Liège", "4000")]
BE_STREETS = ["Molenweg", "Bilzersteenweg", "Sint-Truidersteenweg", "Maastrichtersteenweg", "Kapelstraat",
              "Rue des Houilleurs", "Rue de la Station", "Hoogstraat", "Kiezelweg"]
UK_STREETS = ["Kestrel Way", "Ashgrove Terrace", "Larkspur Close", "Whitebeam Road", "Hollins Drive",
              "Marchmont Crescent", "Alder Grove"]
UK_POSTCODES = ["LS6 2QT", "BS7 8HN", "M20 4RP", "EH9 1HN", "CF14 3LX", "NG7 2JB", "S11 8YL", "G12 9LN"]
UK_TOWNS = {"LS6 2QT": "Leeds", "BS7 8HN": "Bristol", "M20 4RP": "Manchester", "EH9 1HN": "Edinburgh",
            "CF14 3LX": "Cardiff", "NG7 2JB": "Nottingham", "S11 8YL": "Sheffield", "G12 9LN": "Glasgow"}
ALL_STREETS = NL_STREETS + DE_STREETS + BE_STREETS + UK_STREETS


def housenr(r, addition=True):
    n = str(r.choice([r.randint(1, 40), r.randint(1, 40), r.randint(41, 220)]))
    if addition and r.random() < 0.35:
        n += r.choice(["a", "b", "A", "B", "-1", "-2", " bis", "C", " hs"])
    return n


def nl_postcode(r, lo, hi, compact=False):
    while True:
        num = r.randint(lo, hi)
        lt = r.choice("ABCDEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRTVWXZ")
        if lt not in ("SA", "SD", "SS"):
            return f"{num}{lt}" if compact else f"{num} {lt}"


def nl_addr(r, town=None, compact=False):
    t = town or r.choice(NL_TOWNS)
    if isinstance(t, str):
        t = next(x for x in NL_TOWNS if x[0] == t)
    street = f"{r.choice(NL_STREETS)} {housenr(r)}"
    return street, nl_postcode(r, t[1], t[2], compact), t[0]


def de_addr(r, town=None):
    t = town or r.choice(DE_TOWNS)
    if isinstance(t, str):
        t = next(x for x in DE_TOWNS if x[0] == t)
    return f"{r.choice(DE_STREETS)} {r.randint(1, 120)}{r.choice(['', '', '', 'a', 'b'])}", r.choice(t[1]), t[0]


def be_addr(r):
    town, pc = r.choice(BE_TOWNS)
    st = r.choice(BE_STREETS)
    nr = str(r.randint(2, 180))
    if st.startswith("Rue"):
        return f"{st} {nr}", pc, town
    if r.random() < 0.4:
        nr += f" bus {r.randint(1, 12)}"
    return f"{st} {nr}", pc, town


def uk_addr(r):
    pc = r.choice(UK_POSTCODES)
    st = r.choice(UK_STREETS)
    if r.random() < 0.4:
        return f"Flat {r.randint(1, 9)}, {r.randint(2, 90)} {st}", pc, UK_TOWNS[pc]
    return f"{r.randint(2, 140)} {st}", pc, UK_TOWNS[pc]


# ----------------------------------------------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------------------------------------------
def digits(r, n, first_nonzero=False):
    s = "".join(str(r.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(r.randint(1, 9)) + s[1:]
    return s


def nl_mobile(r, style=None):
    d = "6" + r.choice("123458") + digits(r, 7)          # without trunk 0
    style = r.randrange(9) if style is None else style
    a = "0" + d
    forms = [f"{a[:2]}-{a[2:]}", f"{a[:2]} {a[2:]}", f"{a[:2]} {a[2:6]} {a[6:]}", a, f"+31 6 {d[1:]}",
             f"+31 (0)6 {d[1:5]} {d[5:]}", f"{a[:2]}-{a[2:4]} {a[4:6]} {a[6:8]} {a[8:]}", f"0031 6 {d[1:5]} {d[5:]}",
             f"+316{d[1:]}", f"{a[:2]}\u00a0{a[2:6]}\u00a0{a[6:]}"]
    v = forms[style]
    assert nl_phone_valid(v), v
    return v


def nl_landline(r, area, style=None):
    sub_len = 10 - len(area)
    while True:
        sub = digits(r, sub_len)
        if sub[0] not in "01":
            break
    style = r.randrange(5) if style is None else style
    if len(area) == 3:
        forms = [f"{area}-{sub}", f"{area} {sub[:3]} {sub[3:]}", f"({area}) {sub[:3]} {sub[3:5]} {sub[5:]}",
                 f"+31 {area[1:]} {sub[:3]} {sub[3:]}", f"{area}{sub}"]
    else:
        forms = [f"{area}-{sub}", f"{area} {sub[:3]} {sub[3:]}", f"({area}) {sub}", f"+31 {area[1:]} {sub}",
                 f"{area}{sub}"]
    v = forms[style]
    assert nl_phone_valid(v), v
    return v


def be_gsm(r, style=None):
    d = "4" + r.choice("789") + digits(r, 7)
    style = r.randrange(3) if style is None else style
    v = [f"0{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+32 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"0032 {d}"][style]
    assert be_phone_valid(v), v
    return v


def de_mobile(r, style=None):
    pre = r.choice(["151", "160", "170", "171", "176", "157"])
    n = 8 if pre in ("151", "176", "157") else 7
    sub = digits(r, n, first_nonzero=True)
    style = r.randrange(4) if style is None else style
    v = [f"0{pre} {sub}", f"+49 {pre} {sub}", f"0{pre}-{sub}", f"0049 {pre} {sub[:4]} {sub[4:]}"][style]
    assert de_phone_valid(v), v
    return v


def de_landline(r, area, style=None):
    sub = digits(r, 7 if len(area) == 3 else 6, first_nonzero=True)
    style = r.randrange(4) if style is None else style
    v = [f"0{area} {sub}", f"0{area}/{sub}", f"+49 {area} {sub}", f"+49 (0){area} {sub}"][style]
    assert de_phone_valid(v), v
    return v


def uk_mobile(r, style=None):
    sub = f"{r.randint(0, 999):03d}"
    style = r.randrange(3) if style is None else style
    v = [f"07700 900{sub}", f"+44 7700 900{sub}", f"+44 (0)7700 900 {sub}"][style]
    assert uk_phone_valid(v), v
    return v


def uk_landline(r):
    area = r.choice(["0113", "0114", "0117", "0131", "0161"])
    v = f"{area} 496 0{r.randint(0, 999):03d}"
    assert uk_phone_valid(v), v
    return v


NL_BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB", "REVO"]


def iban_fmt(v, style):
    return [v, spaced4(v), v.lower(), spaced4(v).replace(" ", "\u00a0"), spaced4(v).lower()][style]


def nl_iban(r, style=None, bank=None):
    v = iban_make("NL", (bank or r.choice(NL_BANKS)) + digits(r, 10))
    return iban_fmt(v, r.choice([0, 0, 1, 1, 1, 2, 3]) if style is None else style)


def de_iban(r, style=None):
    blz = r.choice(["39050000", "39060180", "37050198", "39550110", "31251220", "10010010"])
    v = iban_make("DE", blz + digits(r, 10))
    return iban_fmt(v, r.choice([0, 1, 1]) if style is None else style)


def be_iban(r, style=None):
    acc = digits(r, 3, True) + digits(r, 7)
    nat = int(acc) % 97 or 97
    v = iban_make("BE", f"{acc}{nat:02d}")
    return iban_fmt(v, r.choice([0, 1, 1]) if style is None else style)


def gb_iban(r, style=None):
    v = iban_make("GB", r.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + r.choice(["601613", "200415", "400530"])
                  + digits(r, 8))
    return iban_fmt(v, r.choice([0, 1]) if style is None else style)


def bsn(r, style=None):
    while True:
        d = digits(r, 9, first_nonzero=True)
        if elfproef(d):
            break
    style = r.randrange(5) if style is None else style
    v = [d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", d][style]
    assert bsn_valid(v)
    return v


def num9(r, elf=False):
    while True:
        d = digits(r, 9, first_nonzero=True)
        if elfproef(d) == elf:
            return d


def card(r, brand=None, style=None):
    brand = brand or r.choice(["visa", "mc", "mc2", "amex", "visa"])
    if brand == "visa":
        d = luhn_complete("4" + digits(r, 14))
    elif brand == "mc":
        d = luhn_complete(str(r.randint(51, 55)) + digits(r, 13))
    elif brand == "mc2":
        d = luhn_complete(str(r.randint(2221, 2720)) + digits(r, 11))
    else:
        d = luhn_complete(r.choice(["34", "37"]) + digits(r, 12))
        style = r.randrange(2) if style is None else style
        v = [f"{d[:4]} {d[4:10]} {d[10:]}", d][style]
        assert card_valid(v)
        return v
    style = r.randrange(4) if style is None else style
    v = [" ".join(d[i:i + 4] for i in range(0, 16, 4)), "-".join(d[i:i + 4] for i in range(0, 16, 4)), d,
         " ".join(d[i:i + 4] for i in range(0, 16, 4))][style]
    assert card_valid(v), v
    return v


def masked_card(r, lang="nl"):
    last4 = digits(r, 4)
    forms = {"nl": [f"**** **** **** {last4}", f"eindigend op {last4}", f"•••• {last4}", f"XXXX XXXX XXXX {last4}",
                    f"5413 33** **** {last4}"],
             "en": [f"**** **** **** {last4}", f"ending in {last4}", f"•••• {last4}", f"ending {last4}",
                    f"4921 81** **** {last4}"],
             "de": [f"**** **** **** {last4}", f"endet auf {last4}", f"•••• {last4}", f"XXXX XXXX XXXX {last4}",
                    f"5232 05** **** {last4}"]}[lang]
    return r.choice(forms)


OV_NUMBERS = []   # (number, luhn_valid) of every OV-chipkaart number written into the set


def ovchip(r, valid=None, style=None):
    good = luhn_complete("3528" + digits(r, 11))
    if valid is None:
        valid = r.random() < 0.5
    num = good if valid else good[:-1] + str((int(good[-1]) + r.randint(1, 9)) % 10)
    assert luhn_ok(num) == valid
    style = r.choice([0, 0, 0, 1, 2]) if style is None else style
    v = [" ".join(num[i:i + 4] for i in range(0, 16, 4)), num, "-".join(num[i:i + 4] for i in range(0, 16, 4))][style]
    OV_NUMBERS.append((v, valid))
    return v


def doc_nl(r, kind="I"):
    alnum = "ABCDEFGHJKLMNPRSTUVWXZ123456789"
    while True:
        v = kind + r.choice("BCDEFGHJKLMNPRSTUVWXZ") + "".join(r.choice(alnum) for _ in range(6)) + str(r.randint(1, 9))
        if doc_nl_valid(v) and sum(c.isdigit() for c in v) >= 3:
            return v


def residence_doc(r):
    v = r.choice(["I", "II", "III", "IV"]) + "-V" + digits(r, 3, True).replace("0", "7") + \
        r.choice("BDFGHKLMNPRTXZ") + r.choice("ABCDEFGHJKLMNPRSTUVWXZ") + digits(r, 3).replace("0", "4")
    assert residence_valid(v), v
    return v


def de_ausweis(r):
    letters = "CFGHJKLMNPRTVWXYZ"
    v = r.choice("LMNPRTVWXY") + "".join(r.choice(letters + "0123456789") for _ in range(8))
    assert de_ausweis_valid(v)
    return v


def kenteken(r, sidecode=None, style=0):
    sidecode = sidecode or r.choice([4, 5, 6, 7, 8, 9, 10, 11, 12, 13])
    pat = SIDECODES[sidecode]
    while True:
        v = "".join(r.choice(KT_LETTERS) if c == "X" else str(r.randrange(10)) if c == "9" else c for c in pat)
        if kenteken_valid(v) and not re.search(r"(?<!\d)0\d", v):
            break
    return [v, v.replace("-", ""), v.lower(), v.replace("-", " ")][style]


def de_plate(r):
    v = f"{r.choice(['AC', 'HS', 'DN', 'HEI', 'KLE', 'MG'])}-{''.join(r.choice('ABCDEFGHKLMNPRSTUVWXZ') for _ in range(r.randint(1, 2)))} {r.randint(1, 9999)}"
    assert de_plate_valid(v)
    return v


def btw_id(r):
    while True:
        d = digits(r, 9, True)
        if elfproef(d):
            continue
        for sfx in range(1, 100):
            v = f"NL{d}B{sfx:02d}"
            if btw_valid(v):
                return v


def kvk(r):
    return digits(r, 8, first_nonzero=True)


def ip4(r):
    while True:
        v = f"{r.choice([31, 37, 46, 62, 77, 78, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 92, 94, 145, 176, 178, 185, 188, 212, 213, 217])}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"
        if ip_valid(v):
            return v


def ip6(r):
    v = f"2a02:{r.randrange(0xa400, 0xa4ff):x}:{r.randrange(0x1000, 0xffff):x}:{r.randrange(1, 0xff):x}:{r.randrange(0x1000, 0xffff):x}:{r.randrange(0x100, 0xfff):x}:{r.randrange(0x1000, 0xffff):x}:{r.randrange(0x10, 0xff):x}"
    assert ip_valid(v)
    return v


NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]


def rand_date(r, y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(r.randint(start, end))


def fmt_date(d, style):
    return {
        "nl": f"{d.day:02d}-{d.month:02d}-{d.year}", "nl1": f"{d.day}-{d.month}-{d.year}",
        "nlw": f"{d.day} {NL_MONTHS[d.month - 1]} {d.year}", "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "iso": d.isoformat(), "de": f"{d.day:02d}.{d.month:02d}.{d.year}", "dew": f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year}",
        "en": f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}", "us": f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
    }[style]


def dob(r, style="nl", y0=1950, y1=2004):
    v = fmt_date(rand_date(r, y0, y1), style)
    assert dob_valid(v), v
    return v


def tdate(r, style="nl", month=None):
    """a date of travel / a letter date in 2025 (not a birth date)"""
    d = rand_date(r, 2025, 2025)
    if month:
        d = d.replace(month=month, day=min(d.day, 28))
    return fmt_date(d, style)


def hhmm(r, h0=6, h1=23):
    return f"{r.randint(h0, h1):02d}:{r.randint(0, 59):02d}"


def euro(r, lo=1.0, hi=60.0, style="nl"):
    v = round(r.uniform(lo, hi), 2)
    s = f"{v:.2f}"
    return ("€ " + s.replace(".", ",")) if style == "nl" else ("€" + s) if style == "en" else (s.replace(".", ",") + " €")


# transit hard negatives
LINES = ["1", "2", "3", "4", "5", "6", "7", "8", "10", "12", "19", "21", "23", "27", "31", "33", "40", "44", "50",
         "57", "59", "61", "66", "73", "350"]
STOPS = ["Heerlen, Busstation", "Maastricht, Markt", "Maastricht, Station", "Sittard, Rosmolen", "Kerkrade, Markt",
         "Vaals, Busstation", "Gulpen, Rotonde", "Valkenburg, Station", "Brunssum, Lindeplein", "Geleen, Oost",
         "Meerssen, Kuileneind", "Maastricht, Mosae Forum", "Heerlen, Zuyderland", "Landgraaf, Op de Kamp",
         "Aachen, Bushof", "Eijsden, Station", "Margraten, Centrum", "Maastricht, Randwyck"]
STATIONS = ["Maastricht", "Maastricht Randwyck", "Maastricht Noord", "Meerssen", "Valkenburg", "Schin op Geul",
            "Heerlen", "Landgraaf", "Kerkrade Centrum", "Sittard", "Geleen Oost", "Roermond", "Venlo", "Weert",
            "Aachen Hbf", "Herzogenrath", "Liège-Guillemins", "Visé", "Eijsden"]


def line(r): return r.choice(LINES)
def busnr(r): return str(r.randint(4101, 7899))
def tripid(r): return f"{r.randint(20250101, 20251231)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}"
def stopcode(r): return str(r.randint(62110001, 62599999))
def trainnr(r): return str(r.choice([r.randint(31501, 32899), r.randint(3501, 3599), r.randint(10201, 10299)]))
def refnr(r): return f"RST-{r.randint(2025000, 2025999)}-{r.randint(1000, 9999)}"
def pvnr(r): return f"PV{r.randint(1, 9)}{digits(r, 3)}-{digits(r, 6)}"
def klantnr(r): return digits(r, 8, True)
def _fresh(r, pool, key):
    """a random pick that differs from the previous pick of the same kind in this instance"""
    prev = getattr(r, key, None)
    v = r.choice([x for x in pool if x != prev])
    setattr(r, key, v)
    return v


def stop(r): return _fresh(r, STOPS, "_last_stop")
def station(r): return _fresh(r, STATIONS, "_last_station")


def two_stations(r):
    a, b = r.sample(STATIONS, 2)
    return a, b


# ----------------------------------------------------------------------------------------------------------------
# scenarios: each is run for k = 0 and k = 1 with random.Random(f"{SEED}:{name}:{k}")
# ----------------------------------------------------------------------------------------------------------------
SCENARIOS = []   # (lang, name, has_pii, fn)


def scen(lang, pii):
    def deco(fn):
        SCENARIOS.append((lang, fn.__name__, pii, fn))
        return fn
    return deco


def money(x, style="nl"):
    s = f"{x:.2f}"
    return ("€ " + s.replace(".", ",")) if style == "nl" else ("€" + s) if style == "en" else (s.replace(".", ",") + " €")


def crlf(s):
    return s.replace("\n", "\r\n")


# ================================================ NL: with personal data =========================================
@scen("nl", True)
def nl_vergeten_uitchecken(r, k):
    used = []
    p = person(r, r.choice(["nl", "nl", "ma", "tr"]), used=used)
    ln, bus = line(r), busnr(r)
    a, b = r.sample(STOPS, 2)
    fare = round(r.uniform(1.6, 3.6), 2)
    if k == 0:
        d = tdate(r, "nlw").rsplit(" ", 1)[0]
        ov = ovchip(r)
        return (f"Onderwerp: vergeten uit te checken {d}\n\nGoedendag,\n\n"
                f"Op {d} ben ik met lijn {ln} van {a} naar {b} gereisd en bij het uitstappen vergeten uit te "
                f"checken (bus {bus}, de paal bij de middendeur was zwart). Er is {money(4)} instaptarief ingehouden, "
                f"terwijl de rit volgens de reisplanner {money(fare)} kost.\n"
                f"Mijn OV-chipkaart: {ov}\n\n"
                f"Kunt u het verschil ({money(4 - fare)}) terugstorten op {IB(nl_iban(r))} t.n.v. {P(p.ini + ' ' + p.last)}?\n\n"
                f"Met vriendelijke groet,\n{P(p.full)}")
    d, d2 = tdate(r, "nl"), tdate(r, "nl")
    return (f"--- Webformulier 'Vergeten uit te checken' ---\n"
            f"Naam:              {P(p.rev)}\n"
            f"E-mailadres:       {E(email_for(r, p))}\n"
            f"Telefoonnummer:    {PH(nl_mobile(r))}\n"
            f"Kaartnummer:       {ovchip(r)}  (OV-chipkaart, persoonlijk)\n"
            f"Reisdatum:         {d}\n"
            f"Incheckhalte:      {a} (haltenummer {stopcode(r)})\n"
            f"Lijn / rit:        {ln} / {tripid(r)}\n"
            f"IBAN:              {IB(nl_iban(r, style=0))}\n"
            f"Toelichting:       chauffeur zei dat ik het online moest aanvragen, paal achterin deed het niet\n"
            f"Ingediend:         {d2} {hhmm(r)} via {ORG_DOMAIN}/vergeten-uitchecken")


@scen("nl", True)
def nl_ovpay_dubbel(r, k):
    p = person(r, r.choice(["nl", "sr", "ma"]))
    bus, ln = busnr(r), line(r)
    d = tdate(r, "nl")
    t1 = hhmm(r, 7, 9)
    if k == 0:
        return (f"hoi zuiderpoort,\n\nik check altijd in met mijn betaalpas (OVpay) maar vanochted is er 2x {money(4)} "
                f"afgeschreven, om {t1} en een minuut later nog een keer, allebei in bus {bus} op lijn {ln}. "
                f"de pas is een debit mastercard: {CC(card(r, r.choice(['mc', 'mc2']), style=0))}. in de app staat bij "
                f"'reizen' alleen de eerste rit, bij de bank allebei (omschrijving 'OVpay {d}').\n"
                f"kunnen jullie die tweede terugzetten?\n\ngroetjes, {P(p.first.lower())}")
    mc = masked_card(r, "nl")
    return (f"Goedemiddag,\n\nOp {d} heb ik met OVpay (bankpas {mc}) ingecheckt op {stop(r)}. Daarna zijn er drie "
            f"afschrijvingen van {money(r.uniform(2, 6))} geweest, transacties TX-{digits(r, 6)}, TX-{digits(r, 6)} "
            f"en TX-{digits(r, 6)}. Ik heb maar één rit gemaakt.\n\n"
            f"Belt u mij even? Ik ben overdag bereikbaar op {PH(nl_mobile(r))}.\n\n{P(p.full)}")


@scen("nl", True)
def nl_boete_pv(r, k):
    p = person(r, r.choice(["nl", "nl", "tr", "ma", "be"]))
    addr, pc, town = nl_addr(r)
    pv = pvnr(r)
    if k == 0:
        c = staff(r.choice(["anouk", "kevin"]))
        a, b = two_stations(r)
        return (f"PV-registratie trein {trainnr(r)} {a}–{b}, {tdate(r, 'nl')} {hhmm(r)}\n"
                f"Conducteur: {P(c.full)} (pnr {r.randint(40100, 40999)})\n"
                f"Reiziger zonder geldig vervoerbewijs, OV-chipkaart {ovchip(r)} niet ingecheckt.\n"
                f"Naam: {P(p.last.upper() + ', ' + p.first)}\n"
                f"Geboortedatum: {DB(dob(r, 'nl', 1960, 2006))}\n"
                f"Adres: {AD(addr)}, {PC(pc)} {town}\n"
                f"Legitimatie: ID-kaart {ID(doc_nl(r, 'I'))}, BSN {BS(bsn(r, 0))}\n"
                f"Boetebedrag {money(50)} + ritprijs {money(r.uniform(3, 12))}, boetenummer {pv}\n"
                f"Reiziger was rustig, wel ontevreden over de kapotte paal op perron 2.")
    ld = tdate(r, "nlw", month=r.randint(6, 12))
    return crlf(f"{P(p.full)}\n{AD(addr)}\n{PC(pc)}  {town.upper()}\n\n"
            f"Zuiderpoort OV B.V.\nt.a.v. Team Boetes\nPostbus 1180\n6201 BD  Maastricht\n\n"
            f"{town}, {ld}\n\nBetreft: bezwaar tegen boete {pv}\n\nGeachte heer/mevrouw,\n\n"
            f"Op {tdate(r, 'nlw', month=r.randint(1, 5))} kreeg ik in bus {busnr(r)} (lijn {line(r)}) een boete van {money(50)} omdat ik niet "
            f"ingecheckt zou zijn. Ik had wel ingecheckt met OVpay, maar de kaartlezer gaf een rood kruis en de "
            f"chauffeur zei dat ik moest doorlopen. Op het formulier werd ook mijn geboortedatum gevraagd: "
            f"{DB(dob(r, 'nl', 1950, 2004))}. Ik verzoek u de boete te vernietigen.\n\nHoogachtend,\n\n{P(p.full)}")


@scen("nl", True)
def nl_studentenreisproduct(r, k):
    if k == 0:
        p = person(r, r.choice(["nl", "tr", "ma", "sr"]))
        return (f"Hoi,\n\nMijn studentenreisproduct (weekabonnement) staat sinds 1 september niet meer op mijn kaart. "
                f"DUO zegt dat het bij jullie ligt. Mijn BSN is {BS(bsn(r))}, geboren {DB(dob(r, 'nl', 2002, 2007))}, "
                f"kaartnummer {ovchip(r, style=1)}. Ophaalautomaat op {station(r)} geeft foutcode 42.\n\n"
                f"Mail me aub op {E(email_for(r, p))}, ik kan niet bellen tijdens colleges.\n{P(p.first)}")
    used = []
    child = person(r, "nl", sex="f", used=used)
    dad = person(r, "nl", sex="m", used=used, last=child.last)
    return (f"Geachte klantenservice,\n\nMijn dochter {P(child.full)} (geb. {DB(dob(r, 'nl1', 2004, 2007))}) studeert "
            f"in Maastricht en heeft een studentenreisproduct. Bij het inchecken in de trein naar {station(r)} krijgt "
            f"ze steeds 'onvoldoende saldo'. Kunt u kijken wat er mis is? Ze zit in de tentamenweek, dus u kunt beter "
            f"mij bellen: {PH(nl_mobile(r, 9))} of {PH(nl_landline(r, r.choice(['043', '045', '046'])))}. Haar "
            f"burgerservicenummer staat hieronder voor het geval jullie bij DUO moeten navragen: {BS(bsn(r, 2))}.\n\n"
            f"Met vriendelijke groet,\n{P(dad.full)}")


@scen("nl", True)
def nl_65plus(r, k):
    p = person(r, "nl", sex="f" if k == 0 else "m")
    if k == 0:
        addr, pc, town = nl_addr(r)
        return (f"Geachte heer, mevrouw,\n\nGraag wil ik het abonnement Dal Vrij 65+ afsluiten. Ik ben geboren op "
                f"{DB(dob(r, 'nlw', 1940, 1959))}, dus ik kom ervoor in aanmerking. Mijn persoonlijke OV-chipkaart "
                f"heeft nummer {ovchip(r)}. Kunt u de bevestiging per post sturen naar {AD(addr)}, {PC(pc)} {town}? "
                f"Voor de zekerheid mijn sofinummer: {BS(bsn(r, 1))}. Ik heb geen computer, dit mailt mijn kleinzoon voor "
                f"mij.\n\nMet vriendelijke groet,\n"
                f"mevr. {P(p.ini + ' ' + p.last)}")
    f = staff("femke")
    return (f"Telefoonnotitie {tdate(r, 'nl')} {hhmm(r, 9, 16)} – {P(f.first)}\n"
            f"Beller: dhr. {P(p.sur)} ({PH(nl_landline(r, r.choice(['043', '045', '046', '0475'])))}), wil 65+ korting. "
            f"Geb.datum volgens beller {DB(dob(r, 'nl', 1938, 1959))}. Abonnement staat op zijn OV-chipkaart {ovchip(r, style=1)}. "
            f"Legt uit dat de automaat op {station(r)} 'product niet gevonden' gaf.\n"
            f"Actie: doorgezet naar backoffice, zaak ZP-2025-{digits(r, 5)}; dhr. {P(p.sur)} wordt binnen 5 "
            f"werkdagen teruggebeld. /{P(f.first.lower())}")


@scen("nl", True)
def nl_gevonden_voorwerp(r, k):
    p = person(r, r.choice(["nl", "ma", "tr", "be"]))
    bus, ln = busnr(r), line(r)
    if k == 0:
        return (f"Beste Gevonden Voorwerpen,\n\nIk ben gisteren in bus {bus} (lijn {ln}, rond {hhmm(r, 7, 22)}) mijn "
                f"portemonnee verloren, bruin leer. Er zit mijn identiteitskaart in (nummer {ID(doc_nl(r, 'I'))}), "
                f"mijn bankpas en een OV-chipkaart {ovchip(r)}. Naam op de kaart: {P(p.full)}.\n"
                f"Als hij gevonden wordt kunt u mij bellen op {PH(nl_mobile(r))}.\n\nAlvast bedankt!")
    drv = staff(r.choice(["roel", "hatice", "pascal"]))
    return (f"Gevonden voorwerp GV-2025-{digits(r, 5)}\n"
            f"Gevonden door: {P(drv.full)} (bus {bus}, dienst {r.randint(101, 399)})\n"
            f"Omschrijving: zwarte rugzak met laptop, agenda en een rijbewijs op naam van {P(p.full)}, "
            f"rijbewijsnummer {ID(digits(r, 10, True))}\n"
            f"Gevonden: {tdate(r, 'nl')} {hhmm(r)}, eindhalte {stop(r)}\n"
            f"Opgeslagen: depot Heerlen, vak {r.randint(1, 40)}. Eigenaar nog niet bereikt "
            f"(geen telefoonnummer in de tas).\n-- {P(staff('gerda').first)}, Gevonden Voorwerpen")


@scen("nl", True)
def nl_klacht_chauffeur(r, k):
    used = []
    p = person(r, r.choice(["nl", "ma", "sr"]), used=used)
    ln, bus = line(r), busnr(r)
    if k == 0:
        q = person(r, "nl", sex="f", used=used)
        return (f"Klacht over de chauffeur van lijn {ln}, bus {bus}, {tdate(r, 'nlw')} rond {hhmm(r, 7, 19)}.\n\n"
                f"De chauffeur reed gewoon door terwijl ik met mijn kinderwagen op de halte {stop(r)} stond te zwaaien. "
                f"Er stond wel een auto op de bushalte geparkeerd (kenteken {LP(kenteken(r, style=r.choice([0, 2])))}), "
                f"maar dat is geen reden. "
                f"Mijn buurvrouw {P(q.full)} stond ernaast en kan het bevestigen. De volgende bus kwam pas na 30 "
                f"minuten, ik was te laat op mijn werk.\n\nGraag een reactie, bel me gerust op {PH(nl_mobile(r))}.\n"
                f"{P(p.full)}")
    y = staff("yusuf")
    dd = tdate(r, "nl1")
    t = [f"17:{x:02d}:{r.randint(10, 59)}" for x in sorted(r.sample(range(0, 59), 6))]
    return (f"[{dd}, {t[0]}] {P(p.full)}: hoi ik wil een klacht indienen over de chauffeur van lijn {ln}\n"
            f"[{dd}, {t[1]}] Zuiderpoort OV: Hoi! Je spreekt met {P(y.first)} van Zuiderpoort. Wat is er gebeurd?\n"
            f"[{dd}, {t[2]}] {P(p.full)}: hij schold me uit omdat mijn ovpay niet werkte 😡 bus {bus} om 16:45 bij "
            f"{stop(r)}\n"
            f"[{dd}, {t[3]}] Zuiderpoort OV: Dat is vervelend! Mag ik je e-mailadres voor de klachtafhandeling?\n"
            f"[{dd}, {t[4]}] {P(p.full)}: {E(email_for(r, p))}\n"
            f"[{dd}, {t[5]}] Zuiderpoort OV: Dankjewel, ik heb het doorgezet (klachtnummer KL-2025-{digits(r, 5)}). "
            f"Groet, {P(y.first)}")


@scen("nl", True)
def nl_reisassistentie(r, k):
    used = []
    p = person(r, r.choice(["nl", "nl", "tr"]), used=used)
    if k == 0:
        q = person(r, "nl", used=used)
        a, b = two_stations(r)
        addr, pc, town = nl_addr(r, "Valkenburg")
        return (f"Aanvraag reisassistentie\n"
                f"Reiziger: {P(p.full)} (elektrische rolstoel)\n"
                f"Begeleider: {P(q.full)}\n"
                f"Datum reis: {tdate(r, 'nl')}, trein {trainnr(r)} van {a} naar {b}, vertrek {hhmm(r, 8, 18)}\n"
                f"Contact: {PH(nl_mobile(r))}\n"
                f"Opmerking: graag ophalen bij de hoofdingang, niet op het perron. Na aankomst gaan we met de "
                f"regiotaxi naar mijn moeder op {AD(addr)}, {PC(pc)} {town}.")
    n = staff("nina")
    ts = sorted(r.sample(range(0, 50), 5))
    return (f"[09:{ts[0]:02d}] {P(n.first)} (Reisassistentie): Goedemorgen, waar kan ik u mee helpen?\n"
            f"[09:{ts[1]:02d}] {P(p.full)}: ik wil hulp bij in- en uitstappen boeken voor zaterdag, "
            f"{station(r)} naar {station(r)}, ik ben slechtziend\n"
            f"[09:{ts[2]:02d}] {P(n.first)} (Reisassistentie): Dat regel ik. Op welk nummer kunnen we u bereiken "
            f"als de trein vertraging heeft?\n"
            f"[09:{ts[3]:02d}] {P(p.full)}: {PH(nl_mobile(r))}, en mijn dochter {P(person(r, 'nl', sex='f', used=used, last=p.last).first)} "
            f"reist mee\n"
            f"[09:{ts[4]:02d}] {P(n.first)} (Reisassistentie): Genoteerd, boeking RA-{digits(r, 6)}. Fijne reis!")


@scen("nl", True)
def nl_incident_chauffeur(r, k):
    used = []
    if k == 0:
        drv = staff(r.choice(["roel", "hatice", "pascal"]))
        p = person(r, r.choice(["nl", "de", "be"]), used=used)
        q = person(r, "nl", used=used)
        addr, pc, town = nl_addr(r)
        return (f"INCIDENTMELDING CHAUFFEUR\n"
                f"Datum/tijd: {tdate(r, 'nl')} {hhmm(r)}\nLijn {line(r)}, rit {tripid(r)}, bus {busnr(r)}\n"
                f"Chauffeur: {P(drv.full)}\n"
                f"Omschrijving: bij het wegrijden van halte {stop(r)} raakte een personenauto (kenteken "
                f"{LP(kenteken(r))}) de linkerspiegel van de bus. Bestuurder: {P(p.full)}, tel. {PH(nl_mobile(r))}, "
                f"woonachtig {AD(addr)}, {PC(pc)} {town}. Schadeformulier ingevuld, foto's gemaakt. Geen gewonden.\n"
                f"Getuige: {P(q.full)} (reiziger), {E(email_for(r, q))}")
    c = staff(r.choice(["anouk", "kevin"]))
    c2 = staff("kevin" if c.first == "Anouk" else "anouk")
    p = person(r, r.choice(["nl", "ma", "xx"]), sex="m", used=used)
    a, b = two_stations(r)
    return (f"Melding agressie & geweld – trein {trainnr(r)} {a}-{b}, {tdate(r, 'nl')}\n\n"
            f"Reiziger weigerde een kaartje te kopen en werd verbaal agressief. Na aankomst in {b} legitimeerde hij "
            f"zich bij de BOA met paspoort {ID(doc_nl(r, 'N'))}; naam {P(p.full)}, geb. {DB(dob(r, 'nl', 1975, 2005))}. "
            f"Politie ter plaatse, registratienummer politie {r.randint(2025000000, 2025999999)}.\n"
            f"Collega {P(c2.full)} was erbij en heeft bodycam-beelden veiliggesteld.\n\n{P(c.full)}, conducteur")


@scen("nl", True)
def nl_zakelijk(r, k):
    p = person(r, r.choice(["nl", "nl", "be"]))
    if k == 0:
        return (f"Goedendag,\n\nWij willen met drie groepen 8 (78 leerlingen en 8 begeleiders) op {tdate(r, 'nlw')} "
                f"met de trein van Sittard naar Maastricht voor een museumbezoek. Kan dat als groepsreis en kunnen "
                f"jullie de factuur sturen naar de stichting?\n\n"
                f"Stichting Basisonderwijs Westelijke Mijnstreek\nKvK {KV(kvk(r))}\nBtw-id {BT(btw_id(r))}\n"
                f"Contactpersoon: {P(p.full)}, {E(email_for(r, p, domain='sbwm-onderwijs.example'))}, "
                f"{PH(nl_landline(r, '046'))}\n\nMet vriendelijke groet,\n{P(p.full)}\ncoördinator excursies")
    addr, pc, town = nl_addr(r, r.choice(["Venlo", "Roermond", "Heerlen"]))
    return (f"Ons bedrijf Mergelland Installatietechniek B.V. wil zakelijke OV-chipkaarten voor 12 medewerkers "
            f"(Zakelijk Vrij Reizen).\n"
            f"KvK-nummer: {KV(kvk(r))}\nBtw-nummer: {BT(btw_id(r))}\nFactuuradres: {AD(addr)}, {PC(pc)} {town}\n"
            f"Incasso van: {IB(nl_iban(r))}\n"
            f"Contact: {P(p.full)} (office manager), {PH(nl_mobile(r))}\n"
            f"Klantnummer bij jullie (oud): {klantnr(r)}")


@scen("nl", True)
def nl_adreswijziging(r, k):
    p = person(r, r.choice(["nl", "ma", "tr", "sr"]))
    a1, pc1, t1 = nl_addr(r, "Kerkrade")
    a2, pc2, t2 = nl_addr(r, "Heerlen", compact=(k == 1))
    if k == 0:
        return crlf(f"Beste klantenservice,\n\nIk ben verhuisd en wil mijn jaarabonnement (abonnementsnummer "
                    f"AB-{digits(r, 3)} {digits(r, 3)}) graag op het nieuwe adres.\nOud: {AD(a1)}, {PC(pc1)} {t1}\n"
                    f"Nieuw: {AD(a2)}, {PC(pc2)} {t2}\nVerhuisdatum {tdate(r, 'nl')}.\n\n"
                    f"Mvg,\n{P(p.full)}\n{E(email_for(r, p))}\n")
    return (f"hallo, nieuw adress voor mijn studenten abonnement: {AD(a2.lower())} {PC(pc2)} heerlen (was "
            f"{AD(a1.lower())} in kerkrade). kaart is de {ovchip(r, style=2)}. groet {P(p.first.lower() + ' ' + p.last.lower())}")


@scen("nl", True)
def nl_incasso(r, k):
    p = person(r, r.choice(["nl", "nl", "tr", "sr"]) if k == 0 else "be")
    if k == 0:
        old, new = nl_iban(r), nl_iban(r)
        return (f"Goedemorgen,\n\nPer 1 mei wil ik de maandelijkse incasso voor mijn Altijd Vrij-abonnement van een "
                f"andere rekening laten afschrijven.\nOud: {IB(old)}\nNieuw: {IB(new)} (t.n.v. {P(p.full)})\n"
                f"Klantnummer {klantnr(r)}. De incasso van april ({money(r.uniform(90, 140))}) mag nog van de oude.\n\n"
                f"Bedankt,\n{P(p.first)}")
    addr, pc, town = be_addr(r)
    return (f"Dag,\n\nIk woon in {town} en pendel elke dag met lijn 57 naar Maastricht. Kan ik mijn abonnement betalen "
            f"via mijn Belgische rekening {IB(be_iban(r))}? Mijn adres is {AD(addr)}, {PC(pc)} {town}. "
            f"Bij vragen: gsm {PH(be_gsm(r))}.\n\nVriendelijke groeten,\n{P(p.full)}")


@scen("nl", True)
def nl_social(r, k):
    used = []
    p = person(r, r.choice(["nl", "ma", "tr"]), used=used)
    ln = line(r)
    if k == 0:
        pc = nl_postcode(r, 6211, 6229)
        return (f"[Tweet] @{ascii_fold(p.first).lower()}_{r.randint(80, 99)}: @ZuiderpoortOV lijn {ln} wéér 20 min te "
                f"laat en de chauffeur zei dat ik maar moest lopen 🙄 #zuiderpoort #ov #limburg\n"
                f"[Reactie] @zuiderpoort_helpt: Vervelend! Stuur je ons een DM met je gegevens? ^{P(staff('femke').first)}\n"
                f"[DM] hoi, hier mijn gegevns: {P(p.full)}, {PH(nl_mobile(r))}, postcode {PC(pc)} nr "
                f"{r.randint(2, 99)}. Het was bus {busnr(r)} om {hhmm(r, 7, 9)}")
    q = person(r, "nl", used=used)
    f = staff("femke")
    return (f"Zuiderpoort OV · bericht: Vanaf maandag rijdt lijn {ln} een omleiding via de Rijksweg, de halte "
            f"{stop(r)} vervalt tijdelijk.\n"
            f"💬 {P(p.full)}: eindelijk, die halte was al maanden onveilig met dat hek\n"
            f"💬 {P(q.full)}: {P(p.first)} helemaal mee eens, maar hoe kom ik nu met de rollator bij de bus?\n"
            f"💬 Zuiderpoort OV: Dank voor jullie reacties, {P(q.first)} en {P(p.first)}! De vervangende halte "
            f"staat 150 m verderop, wel met verhoogd perron. ^{P(f.first)}")


@scen("nl", True)
def nl_doorgestuurd(r, k):
    p = person(r, r.choice(["nl", "nl", "ma", "be"]), sex="m" if k == 1 else None)
    i, s = staff("ilse"), staff("sander")
    mail = E(email_for(r, p))
    if k == 0:
        return (f"Hoi {P(s.first)},\n\nKun jij deze oppakken? Lijkt een boetezaak.\n\nGroet, {P(i.first)}\n\n"
                f"---------- Doorgestuurd bericht ---------\n"
                f"Van: {P(p.full)} <{mail}>\nDatum: {tdate(r, 'nlw')} 21:14\n"
                f"Aan: klantenservice@{ORG_DOMAIN}\nOnderwerp: boete onterecht\n\n"
                f"Ik kreeg een boete (nummer {pvnr(r)}) maar ik had een geldig dagkaartje gekocht in de app. "
                f"Screenshot zit erbij. Mijn telefoon: {PH(nl_mobile(r))}.\n{P(p.first)}")
    return (f"Dank voor de snelle reactie, maar het bedrag klopt nog steeds niet. Ik heb {money(r.uniform(8, 20))} "
            f"betaald en krijg maar {money(r.uniform(1, 7))} terug.\n\n{P(p.first)}\n\n"
            f"> Op {tdate(r, 'nl')} om 10:02 schreef {P(i.full)} <ilse.coenen@{ORG_DOMAIN}>:\n"
            f"> Geachte heer {P(p.sur)},\n>\n"
            f"> Uw restitutie is goedgekeurd (referentie {refnr(r)}) en wordt binnen 10 werkdagen "
            f"overgemaakt.\n>\n> Met vriendelijke groet,\n> {P(i.full)}\n> Klantenservice Zuiderpoort | 088 517 3300")


@scen("nl", True)
def nl_vertraging_restitutie(r, k):
    p = person(r, r.choice(["nl", "nl", "tr", "xx"]))
    a, b = two_stations(r)
    if k == 0:
        return (f"Geld terug bij vertraging\n\nTrein {trainnr(r)} van {a} naar {b} op {tdate(r, 'nl')} had 47 minuten "
                f"vertraging (seinstoring bij Sittard). Ik reisde met OV-chipkaart {ovchip(r)}. Graag de ritprijs van "
                f"{money(r.uniform(3, 9))} retour op {IB(nl_iban(r, style=3))}.\n\n{P(p.full)}")
    return (f"Vertragingscompensatie aanvraag\n"
            f"Reis: {a} → {b}, {tdate(r, 'nlw')}, gepland {hhmm(r, 6, 9)}, aankomst 52 min later\n"
            f"Betaald met: OVpay, kaart {masked_card(r, 'nl')}\n"
            f"Rekening: {IB(nl_iban(r))}\nT.n.v.: {P(p.ini + ' ' + p.last)}\n\n"
            f"Dit is de derde keer deze maand. {P(p.ini + ' ' + p.last)}")


@scen("nl", True)
def nl_pas_gestolen(r, k):
    p = person(r, r.choice(["nl", "nl", "ma", "tr"]))
    if k == 0:
        addr, pc, town = nl_addr(r)
        return (f"Mijn persoonlijke OV-chipkaart is gestolen (kaartnummer {ovchip(r)}, er staat ook mijn foto en "
                f"geboortedatum {DB(dob(r, 'nl', 1960, 2006))} op). Willen jullie hem blokkeren en een vervangende "
                f"kaart sturen naar {AD(addr)}, {PC(pc)} {town}? Er stond nog {money(r.uniform(5, 40))} saldo op en "
                f"een Dal Voordeel abonnement.\n\nGroet, {P(p.full)}")
    f = staff("femke")
    return (f"Chat {tdate(r, 'nl')}\n"
            f"{P(f.first)}: Goedemiddag, u spreekt met {P(f.first)}. Ik help u met het blokkeren. Wat is uw naam?\n"
            f"Klant: {P(p.full)}\n"
            f"{P(f.first)}: En ter verificatie uw geboortedatum?\n"
            f"Klant: geboren {DB(dob(r, 'slash', 1955, 2005))}\n"
            f"{P(f.first)}: Dank u. Kaart {ovchip(r, style=1)} is geblokkeerd, het saldo zetten we over op de nieuwe "
            f"kaart (kosten {money(7.5)}).")


@scen("nl", True)
def nl_camerabeelden(r, k):
    used = []
    p = person(r, r.choice(["nl", "ma", "sr", "tr"]), used=used)
    if k == 0:
        addr, pc, town = nl_addr(r)
        return (f"Verzoek bewaren camerabeelden / inzage (AVG art. 15)\n\n"
                f"Op {tdate(r, 'nl')} rond {hhmm(r, 15, 23)} ben ik in bus {busnr(r)} (lijn {line(r)}) lastiggevallen "
                f"door een medereiziger. Ik heb aangifte gedaan. Graag de camerabeelden bewaren.\n"
                f"Ter identificatie: {P(p.full)}, geboren {DB(dob(r, 'nl', 1965, 2005))}, paspoortnummer "
                f"{ID(doc_nl(r, 'N'))}, BSN {BS(bsn(r, 1))} (staat op mijn paspoort). Adres {AD(addr)}, {PC(pc)} {town}.")
    law = person(r, "nl", used=used)
    return (f"Geachte heer, mevrouw,\n\nNamens mijn cliënt, de heer {P(p.full)}, verzoek ik u de camerabeelden van "
            f"bus {busnr(r)} op {tdate(r, 'nlw')} tussen 17:00 en 18:00 uur veilig te stellen in verband met een "
            f"strafzaak (parketnummer 03/{digits(r, 6)}-25).\n\n"
            f"Met vriendelijke groet,\n\nmr. {P(law.full)}\nAdvocatenkantoor Maasoever\n"
            f"T {PH(nl_landline(r, '043'))}\n{E(email_for(r, law, domain='maasoever-advocaten.example'))}")


@scen("nl", True)
def nl_inlog_ip(r, k):
    p = person(r, r.choice(["nl", "nl", "tr", "sr"]))
    if k == 0:
        return (f"Ik kan niet inloggen op Mijn Zuiderpoort, na drie pogingen geblokkeerd. Foutmelding "
                f"'ERR_LOGIN_403', request-id {digits(r, 4)}-{r.randrange(16**6):06x}. Volgens whatismyip is mijn IP "
                f"{IP(ip4(r))}. Account: {E(email_for(r, p))}. Appversie 4.12.0.3 op Android 14, thuisrouter "
                f"192.168.1.1.\n{P(p.first)}")
    return (f"Formulier: contact\nNaam: {P(p.full)}\nE-mail: {E(email_for(r, p))}\n"
            f"Bericht: waarom kan ik mijn reishistorie van februari niet downloaden als pdf? Ik heb hem nodig voor "
            f"mijn werkgever.\n---\nIP: {IP(r.choice([ip4(r), ip6(r)]))}\n"
            f"User-Agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Version/17.4 Mobile/15E148 Safari/604.1\n"
            f"Verzonden: {tdate(r, 'nl')} {hhmm(r)}")


@scen("nl", True)
def nl_grens(r, k):
    p = person(r, r.choice(["nl", "nl", "de"]) if k == 0 else r.choice(["nl", "be"]))
    if k == 0:
        addr, pc, town = de_addr(r, r.choice(["Herzogenrath", "Übach-Palenberg", "Aachen"]))
        return (f"Goedendag,\n\nIk woon sinds kort in Duitsland ({AD(addr)}, {PC(pc)} {town}) en reis elke werkdag "
                f"met lijn {r.choice(['34', '44', '350'])} naar Kerkrade. Kan ik het abonnement ook laten afschrijven "
                f"van mijn Duitse rekening {IB(de_iban(r))}? Mijn Nederlandse rekening heb ik opgezegd.\n"
                f"Telefonisch ben ik bereikbaar op {PH(de_mobile(r))}.\n\nGroeten,\n{P(p.full)}")
    return (f"Gisteren met de bus van Maastricht naar Tongeren: de chauffeur accepteerde mijn OVpay (Mastercard "
            f"{CC(card(r, 'mc', style=0))}) niet na de grens en ik moest {money(r.uniform(3, 6))} contant bijbetalen (bonnummer {digits(r, 7, True)}). Is dat "
            f"correct? Volgens jullie site geldt OVpay tot en met Tongeren Station.\n"
            f"Contact: {P(p.full)}, {PH(be_gsm(r))}, {E(email_for(r, p, 'be'))}")


# ================================================ NL: without personal data ======================================
def np_table_rows(r, d, a, b, fare, double=True):
    rows = [(d, hhmm(r, 6, 8), "Check-in", a, money(4)), (d, hhmm(r, 8, 9), "Check-uit", b, money(-fare))]
    t = hhmm(r, 16, 17)
    rows.append((d, t, "Check-in", b, money(4)))
    if double:
        rows.append((d, t[:3] + f"{min(int(t[3:]) + 2, 59):02d}", "Check-in", b, money(4)))
    rows.append((d, hhmm(r, 18, 19), "Check-uit", a, money(-fare)))
    return rows


@scen("nl", False)
def nl_np_reishistorie(r, k):
    a, b = r.sample(STOPS, 2)
    fare = round(4 - r.uniform(1.5, 2.6), 2)
    if k == 0:
        d = tdate(r, "nl", month=3)
        rows = np_table_rows(r, d, a, b, fare)
        tab = "\n".join(f"{x[0]}  {x[1]}  {x[2]:<10} {x[3]:<26} {x[4]}" for x in rows)
        return (f"Hoi, hieronder mijn reishistorie uit de app. Waarom is op {d[:5]} twee keer {money(4)} ingehouden?\n\n"
                f"Kaart: OV-chipkaart {ovchip(r)} (anoniem)\n"
                f"Datum       Tijd   Transactie Locatie                    Bedrag\n{tab}\n\nAlvast bedankt.")
    s1, s2 = two_stations(r)
    lines = ["Datum;Check-in;Vertrek;Check-uit;Bestemming;Bedrag;Transactie;Klasse;Product;Opmerkingen"]
    days = sorted(r.sample(range(1, 28), 4))
    for dd in days:
        lines.append(f"{dd:02d}-04-2025;{hhmm(r, 6, 7)};{s1};{hhmm(r, 8, 9)};{s2};€ {r.uniform(3, 7):.2f}".replace(".", ",")
                     + ";Reis;2;Dal Voordeel;")
    return (f"Zie de export hieronder: de rit van {days[-1]:02d}-04 is zonder mijn Dal Voordeel korting afgerekend, "
            f"terwijl het product gewoon op de kaart staat (kaartnummer {ovchip(r, style=1)}).\n\n" + "\n".join(lines))


@scen("nl", False)
def nl_np_ovpay_vraag(r, k):
    if k == 0:
        return (f"Goedemiddag, kan ik met mijn Maestro-pas ({masked_card(r, 'nl')}) ook in de trein naar Aachen "
                f"inchecken met OVpay? En krijg ik dan net als met mijn OV-chipkaart 40% korting in de daluren? "
                f"Ik reis meestal met de RE 18 van {hhmm(r, 9, 11)} vanaf Heerlen.")
    return (f"In de OVpay-app zie ik een openstaande rit van {money(4)} op {tdate(r, 'nl')} (rit-ID "
            f"{r.randrange(16**8):08x}-{r.randrange(16**4):04x}), kaart {masked_card(r, 'nl')}. Ik heb die dag helemaal "
            f"niet gereisd! Het enige wat ik deed was pinnen bij de kiosk op station {station(r)}, "
            f"{money(r.uniform(2, 5))} voor koffie. Hoe kan dat?")


@scen("nl", False)
def nl_np_dienstregeling(r, k):
    ln, bus = line(r), busnr(r)
    if k == 0:
        return (f"Al twee weken rijdt lijn {ln} 's ochtends niet volgens de dienstregeling. De bus van {hhmm(r, 7, 7)} "
                f"vanaf {stop(r)} komt structureel 10 tot 15 minuten te laat (vanochtend weer: bus {bus}), waardoor "
                f"ik de aansluiting op trein {trainnr(r)} mis. Wanneer wordt dit opgelost?")
    return (f"Vraagje over de zomerdienstregeling: rijdt lijn {ln} vanaf {tdate(r, 'nlw', month=7)} nog steeds om het "
            f"kwartier naar {stop(r)}, of alleen in het weekend? En klopt het dat lijn {line(r)} in de "
            f"bouwvak helemaal niet rijdt? Op de site staat 'dienstregeling 2025 versie 3.2.1' maar die pdf opent niet.")


@scen("nl", False)
def nl_np_storing_poortje(r, k):
    st = station(r)
    if k == 0:
        return (f"Melding: op station {st} staan poortjes 3 en 4 bij de ingang Stationsplein al sinds {hhmm(r, 6, 8)} "
                f"open en de kaartlezer van poortje 5 geeft steeds 'kaart niet leesbaar'. Ik heb toen bij paal 2 op "
                f"perron 1b ingecheckt. Wordt mij nu twee keer instaptarief ({money(20)} in de trein) gerekend?")
    bus = busnr(r)
    return (f"STORINGSMELDING MLD-{digits(r, 6)}\nObject: CICO-paal achterdeur, bus {bus} (lijn {line(r)})\n"
            f"Gemeld: {tdate(r, 'nl')} {hhmm(r)} door chauffeur via boordcomputer, dienst {r.randint(101, 399)}\n"
            f"Symptoom: paal zwart, geen reactie op OV-chipkaart en OVpay; voorpaal werkt\n"
            f"Actie: monteur ingepland remise Heerlen, bus blijft in dienst tot {hhmm(r, 18, 20)}\nPrioriteit: 2")


@scen("nl", False)
def nl_np_interne_melding(r, k):
    if k == 0:
        b1, b2 = busnr(r), busnr(r)
        return (f"Verkeersleiding Zuiderpoort – dienstoverdracht {tdate(r, 'nl')} 06:00\n"
                f"- 05:42 bus {b1} (lijn {line(r)}) defect bij {stop(r)}, vervangen door {b2}. Rit {tripid(r)} uitgevallen.\n"
                f"- 06:10 trein {trainnr(r)} Maastricht–Heerlen 12 min vertraging (wisselstoring Valkenburg).\n"
                f"- Halte {stop(r)} (haltenummer {stopcode(r)}) tijdelijk opgeheven i.v.m. wegwerkzaamheden.\n"
                f"- Treinstel {r.randint(2401, 2499)} naar werkplaats, inzet vervangend materieel {r.randint(2501, 2599)}.\n"
                f"Geen bijzonderheden verder. /VL")
    return (f"Van: Planning & Dienstregeling\nAan: alle chauffeurs regio Parkstad\n\n"
            f"Per {tdate(r, 'nlw')} wijzigt de route van lijn {line(r)}: de ritten {r.randint(1001, 1099)} t/m "
            f"{r.randint(1100, 1199)} rijden via {stop(r)}. Nieuwe omloopbladen hangen in de kantine, versie "
            f"2025.{r.randint(2, 9)}. Let op: haltecode {stopcode(r)} is vervallen in de boordcomputer.")


@scen("nl", False)
def nl_np_restitutie_status(r, k):
    if k == 0:
        return (f"Mijn restitutie met referentie {refnr(r)} staat al drie weken op 'in behandeling'. Het gaat om "
                f"{money(r.uniform(4, 30))} van een vergeten check-out op {tdate(r, 'nl')}, restitutienummer "
                f"{num9(r, elf=True)}. In de brief staat 'binnen 10 werkdagen'. Kunt u dit versnellen?")
    return (f"Beste klantenservice,\n\nIk kreeg bericht dat mijn aanvraag (dossiernummer {num9(r, elf=False)}) is "
            f"afgewezen omdat de reis 'buiten de termijn van 6 maanden' valt. Mijn reis was op {tdate(r, 'nl', month=2)}, "
            f"de aanvraag deed ik op {tdate(r, 'nl', month=5)}. Dat is toch binnen 6 maanden? Het gaat om "
            f"{money(r.uniform(10, 40))}.\n\nGroet")


@scen("nl", False)
def nl_np_social(r, k):
    if k == 0:
        return (f"@ZuiderpoortOV waarom rijdt lijn {line(r)} op zondag maar 1x per uur?? Sta hier al 40 min in de "
                f"regen bij {stop(r)} 😤☔ #ov #maastricht #zuiderpoort")
    return (f"Weer geen airco in bus {busnr(r)} op lijn {line(r)} 🥵🥵 Binnen 31 graden om {hhmm(r, 12, 17)}. "
            f"@zuiderpoort.ov doe er wat aan! #zomer #limburg #ovellende")


@scen("nl", False)
def nl_np_abonnement_vraag(r, k):
    if k == 0:
        return (f"Wat is goedkoper voor mij: Dal Voordeel ({money(5.6)} per maand) of Altijd Voordeel "
                f"({money(r.uniform(25, 35))} per maand)? Ik reis 3 dagen per week van {station(r)} naar "
                f"{station(r)}, vertrek rond {hhmm(r, 7, 8)}, enkele reis {money(r.uniform(4, 9))}.")
    return (f"Geldt het Regio Dagkaart Limburg ({money(r.uniform(12, 18))}) ook in de trein naar Aachen Hbf, of "
            f"alleen tot Herzogenrath? En kan ik hem op mijn OV-chipkaart laden bij de automaat op {station(r)}, "
            f"of alleen als e-ticket? We zijn met 2 volwassenen en 2 kinderen (4 en 11 jaar).")


@scen("nl", False)
def nl_np_gevonden_zoek(r, k):
    if k == 0:
        return (f"Ik ben mijn paraplu verloren in bus {busnr(r)}, lijn {line(r)} rond {hhmm(r, 16, 18)} op "
                f"{tdate(r, 'nlw')}. Blauw met witte stippen, houten handvat. Is hij gevonden? Mijn zoekopdracht heeft "
                f"nummer GV-2025-{digits(r, 5)}.")
    return (f"hoi! ik heb in de tram/bus naar {stop(r)} mijn airpods laten liggen (wit hoesje met sticker van een "
            f"cactus 🌵), vrijdag rond {hhmm(r, 22, 23)}, lijn {line(r)}. de 'zoek mijn' app zegt dat ze in de "
            f"remise heerlen liggen lol. kan ik ze daar ophalen?")


@scen("nl", False)
def nl_np_autoreply(r, k):
    if k == 0:
        return (f"Dit is een automatisch antwoord.\n\nBedankt voor uw bericht aan Klantenservice Zuiderpoort. Wij "
                f"reageren binnen 3 werkdagen. Uw referentie: ZP-{digits(r, 7, True)}.\n\n"
                f"Vergeten uit te checken? Vraag uw geld terug via {ORG_DOMAIN}/vergeten-uitchecken.\n"
                f"Spoed? Bel 088 517 3300 (ma-vr 8-20 uur) of app ons via 06 2840 1190.\n\n"
                f"Zuiderpoort OV B.V. | Remiseweg 20, 6229 RK Maastricht | KvK {ORG_KVK} | btw {ORG_BTW}\n"
                f"Betalingen: {ORG_IBAN_S[0]} t.n.v. Zuiderpoort OV B.V.")
    ln = line(r)
    return (f"OMLEIDING LIJN {ln} – {tdate(r, 'nlw')}\n\nVanwege werkzaamheden rijdt lijn {ln} een omleiding. "
            f"De haltes {stop(r)} en {stop(r)} vervallen. Vragen? Zuiderpoort Klantenservice: +31 88 517 3300, "
            f"WhatsApp +31 6 2840 1190, of schrijf naar Postbus 1180, 6201 BD Maastricht.\n"
            f"Gevonden voorwerpen: 088-5173344. Reisassistentie (gratis): 0800-0517.")


@scen("nl", False)
def nl_np_app_storing(r, k):
    if k == 0:
        return (f"Sinds de update naar versie 5.2.0.14 crasht de Zuiderpoort-app bij het openen van 'Mijn reizen'. "
                f"Foutcode E-{r.randint(1000, 9999)}, sessie {r.randrange(16**12):012x}. Toestel: Pixel 7, Android 15. "
                f"Wifi thuis (router 192.168.178.1), op 4G hetzelfde probleem.")
    return (f"Op de website krijg ik bij het aanvragen van restitutie 'Service niet beschikbaar (503)'. In de "
            f"console staat een verwijzing naar 10.24.3.17:8443 en build 3.14.2.1. Browser Firefox 128.0.3. "
            f"Geprobeerd op {tdate(r, 'nl')} om {hhmm(r)} en {hhmm(r)}.")


# ================================================ EN: with personal data =========================================
@scen("en", True)
def en_tourist_ovpay(r, k):
    p = person(r, r.choice(["uk", "xx", "uk"]))
    if k == 0:
        return (f"Hello,\n\nI'm visiting Maastricht for a conference and tapped in on bus {busnr(r)} (line {line(r)}) with "
                f"my credit card. I was charged {money(4, 'en')} three times on {tdate(r, 'en')}. The card is a Visa, "
                f"number {CC(card(r, 'visa', style=r.choice([0, 1])))}, exp 08/27. Please refund the two extra "
                f"charges.\n\nThanks,\n{P(p.full)}")
    return (f"Hi there,\n\nMy partner and I both used the same phone (Apple Pay, card {masked_card(r, 'en')}) to tap "
            f"in on the train from {station(r)} to {station(r)} and now one trip shows as 'incomplete' with a "
            f"{money(20, 'en')} charge. We tapped out at the gate, I promise!\n\nYou can reach me on "
            f"{PH(uk_mobile(r))} or {E(email_for(r, p, 'uk'))}.\n\nCheers,\n{P(p.first)}")


@scen("en", True)
def en_forgot_checkout(r, k):
    p = person(r, r.choice(["xx", "uk", "xx"]))
    if k == 0:
        return (f"Dear Zuiderpoort,\n\nI forgot to check out when leaving tram/bus {line(r)} at {stop(r)} on "
                f"{tdate(r, 'en')} and {money(4, 'en')} boarding fare was kept. My OV-chipkaart number is "
                f"{ovchip(r)}. The actual trip should have cost {money(r.uniform(1.5, 3), 'en')}. I live in "
                f"Maastricht, so please refund to my Dutch account {IB(nl_iban(r, style=1))} (holder "
                f"{P(p.full)}).\n\nKind regards,\n{P(p.full)}")
    l = staff("liam")
    dd = tdate(r, "en")
    ts = sorted(r.sample(range(10, 59), 6))
    return (f"Chat transcript – {dd}\n"
            f"[14:{ts[0]}] {P(l.first)} (Zuiderpoort): Hi, you're chatting with {P(l.first)}. How can I help?\n"
            f"[14:{ts[1]}] Visitor: hi I forgot to tap out yesterday on line {line(r)}\n"
            f"[14:{ts[2]}] {P(l.first)} (Zuiderpoort): No problem. Can I have your name and the card number?\n"
            f"[14:{ts[3]}] Visitor: {P(p.full.lower())}, ov-chip card {ovchip(r, style=1)}\n"
            f"[14:{ts[4]}] {P(l.first)} (Zuiderpoort): Thanks {P(p.first.lower() if r.random() < 0.3 else p.first)}, "
            f"I've submitted refund request {refnr(r)}. Which IBAN should we use?\n"
            f"[14:{ts[5]}] Visitor: {IB(nl_iban(r, style=0))}")


@scen("en", True)
def en_lost_passport(r, k):
    p = person(r, "uk" if k == 0 else r.choice(["xx", "xx", "tr"]))
    if k == 0:
        return (f"URGENT – lost passport\n\nI think I left my passport on the train from {station(r)} to {station(r)} "
                f"this morning (train {trainnr(r)}, 2nd class, rear coach). It's a British passport, number "
                f"{ID(digits(r, 9, True))}, in the name of {P(p.full.upper())}. My flight home is on Sunday. Please "
                f"call me on {PH(uk_mobile(r))} if it turns up.\n\n{P(p.full)}")
    return (f"Hello, I lost a blue folder on bus {busnr(r)} (line {line(r)}) yesterday around {hhmm(r, 8, 18)}. Inside "
            f"is my Dutch residence permit (verblijfsdocument {ID(residence_doc(r))}) and my work contract. My name "
            f"is {P(p.full)}, phone {PH(nl_mobile(r, r.choice([4, 5, 0])))}. I really need the permit back, "
            f"replacing it takes months.")


@scen("en", True)
def en_fine_dispute(r, k):
    p = person(r, r.choice(["uk", "xx"]))
    pv = pvnr(r)
    if k == 0:
        addr, pc, town = uk_addr(r)
        return crlf(f"Re: penalty fare {pv}\n\nDear Team Boetes,\n\nI received a {money(50, 'en')} fine on "
                f"{tdate(r, 'en')} on the train to {station(r)}. The ticket machine at {station(r)} only accepted "
                f"cash, which I didn't have, and the conductor would not let me buy a ticket on board. Your form "
                f"asked for my details, so:\nName: {P(p.full)}\nDate of birth: {DB(dob(r, 'en', 1960, 2004))}\n"
                f"Address: {AD(addr)}, {town} {PC(pc)}, United Kingdom\n\nI ask you to cancel the fine.\n\n"
                f"Yours sincerely,\n{P(p.full)}")
    addr, pc, town = nl_addr(r, "Maastricht")
    s = staff("sander")
    return (f"Hi {P(s.first)},\n\nThanks for your letter about fine {pv}. As requested, my details: "
            f"{P(p.full)}, born {DB(dob(r, 'us', 1980, 2005))}, {AD(addr)}, {PC(pc)} {town}. I'm an exchange student "
            f"at the university and didn't know I had to check in again after changing buses at {stop(r)}. Can I pay "
            f"in instalments?\n\nBest,\n{P(p.first)}")


@scen("en", True)
def en_assistance_booking(r, k):
    used = []
    p = person(r, r.choice(["uk", "xx"]), used=used)
    if k == 0:
        mum = person(r, r.choice(["uk", "xx"]), sex="f", used=used, last=p.last)
        a, b = two_stations(r)
        return (f"Hi,\n\nMy mother {P(mum.full)} (82, uses a wheelchair) is visiting me and we'd like to book travel "
                f"assistance for {tdate(r, 'en')}: train {trainnr(r)} from {a} to {b}, departing {hhmm(r, 9, 15)}. "
                f"I'll travel with her. A ramp is needed at both stations.\n\nMy phone: {PH(nl_mobile(r, 4))}\n\n"
                f"Thanks a lot,\n{P(p.full)}")
    n = staff("nina")
    p = person(r, r.choice(["uk", "xx"]), sex="f")
    return (f"Dear Ms {P(p.sur)},\n\nYour assistance booking RA-{digits(r, 6)} for {tdate(r, 'en')} is confirmed. "
            f"Please be at the meeting point at {station(r)} 15 minutes before departure ({hhmm(r, 8, 17)}). If your "
            f"train is cancelled we will call you on {PH(uk_mobile(r))}.\n\nKind regards,\n{P(n.full)}\n"
            f"Zuiderpoort Reisassistentie | 0800 0517 (free)")


@scen("en", True)
def en_student_expat(r, k):
    p = person(r, "xx")
    if k == 0:
        return (f"Hello, I'm an international student from abroad and I want the student travel product. DUO asked "
                f"for my citizen service number, which is {BS(bsn(r, r.choice([0, 2])))}, and my date of birth "
                f"({DB(dob(r, 'en', 2000, 2006))}). But the machine at {station(r)} says 'no product found'. Can you "
                f"check? My email: {E(email_for(r, p, 'uk'))}\n\n{P(p.first)}")
    return (f"hi! quick q - my personalised ov-chipkaart shows the wrong birthday, day and month are swapped. I was "
            f"born on {DB(dob(r, 'en', 1999, 2006))}. does that matter for the discount? card no {ovchip(r, style=1)}. "
            f"thx, {P(p.first.lower())} ({E(email_for(r, p, 'uk'))})")


@scen("en", True)
def en_driver_complaint(r, k):
    used = []
    p = person(r, r.choice(["uk", "xx"]), used=used)
    q = person(r, r.choice(["uk", "nl"]), used=used)
    if k == 0:
        return (f"I want to complain about the driver of bus {busnr(r)} on line {line(r)}, {tdate(r, 'en')} at "
                f"{hhmm(r, 8, 20)}. He closed the doors on my friend {P(q.full)} while she was getting on with a "
                f"pram, and then drove off shouting. My friend can confirm: {PH(nl_mobile(r))}. I'm on "
                f"{PH(uk_mobile(r))}.\n\n— {P(p.full)}")
    return (f"Hi,\n\nThe driver on line {line(r)} today was amazing – she waited for me at {stop(r)} while I ran from "
            f"the train with two suitcases. I think her name badge said {P(staff('hatice').first)}. Please pass on my "
            f"thanks!\n\nBest wishes,\n{P(p.full)}\n{E(email_for(r, p, 'uk'))}")


@scen("en", True)
def en_incident_report(r, k):
    c = staff(r.choice(["anouk", "kevin"]))
    if k == 0:
        p = person(r, "de")
        a, b = two_stations(r)
        return (f"Incident report (international service) – RE 18, train {trainnr(r)} {a} → {b}\n"
                f"Date: {tdate(r, 'en')}\nConductor: {P(c.full)}\n"
                f"Passenger without valid ticket, German national. Identified with Personalausweis "
                f"{ID(de_ausweis(r))}: {P(p.full)}, date of birth {DB(dob(r, 'de', 1960, 2005))}. Penalty fare "
                f"{pvnr(r)} issued, passenger cooperative. No further action.")
    drv = staff(r.choice(["roel", "pascal"]))
    p = person(r, r.choice(["nl", "uk"]))
    return (f"Vehicle damage report\nBus {busnr(r)}, line {line(r)}, driver {P(drv.full)}\n"
            f"At {hhmm(r)} a van with Dutch plates {LP(kenteken(r, r.choice([7, 8, 9, 10, 11])))} reversed into the "
            f"front bumper at {stop(r)}. Van driver: {P(p.full)}, mobile {PH(nl_mobile(r))}. Insurance details "
            f"exchanged, claim ref CLM-{digits(r, 6)}. Bus taken out of service, replaced by {busnr(r)}.")


@scen("en", True)
def en_business_account(r, k):
    p = person(r, r.choice(["uk", "xx", "nl"]))
    if k == 0:
        return (f"Hello,\n\nWe're a software company in Maastricht (Brightlane Analytics B.V.) and would like business "
                f"travel cards for 25 employees, billed monthly.\n\nChamber of Commerce (KvK): {KV(kvk(r))}\n"
                f"VAT number: {BT(btw_id(r))}\nBilling contact: {P(p.full)}, {E(email_for(r, p, domain='brightlane.example'))}"
                f"\n\nCould you send us an offer? For the first month we'd rather pay by company Amex: "
                f"{CC(card(r, 'amex', style=0))}.\n\nBest regards,\n{P(p.full)}\nHead of Operations")
    addr, pc, town = nl_addr(r, "Sittard")
    return (f"Invoice query – invoice ZP-F-2025-{digits(r, 5)} ({money(r.uniform(800, 3000), 'en')})\n\n"
            f"The invoice shows the wrong VAT ID. Ours is {BT(btw_id(r))}, KvK {KV(kvk(r))}, and our registered "
            f"office moved to {AD(addr)}, {PC(pc)} {town}. Please reissue. Contact: {P(p.full)}, "
            f"{PH(nl_landline(r, '046'))}.")


@scen("en", True)
def en_social_dm(r, k):
    p = person(r, r.choice(["uk", "xx"]))
    if k == 0:
        return (f"@ZuiderpoortOV your ticket machine at {station(r)} ate my €20 note 😤 no receipt, nothing. "
                f"#maastricht #publictransport\n"
                f"↳ @zuiderpoort_helpt: So sorry! Please DM us your name and number and we'll sort it.\n"
                f"↳ DM: it's {P(p.full)}, {PH(uk_mobile(r))}. machine nr {r.randint(1000, 9999)}, {hhmm(r)} today")
    return (f"[Instagram DM to @zuiderpoort.ov]\nhey!! left my kindle on the tram/bus to {stop(r)} 📚😭 it has a "
            f"sticker with my name {P(p.first)} on the back. pls mesage me on whatsapp {PH(nl_mobile(r, 8))} if "
            f"someone finds it 🙏")


@scen("en", True)
def en_chat_export(r, k):
    p = person(r, r.choice(["uk", "xx"]))
    agent = staff(r.choice(["ilse", "liam"]))
    ts = sorted(r.sample(range(0, 59), 6))
    if k == 0:
        pc = nl_postcode(r, 6211, 6229)
        dd = tdate(r, 'iso')
        return (f"{dd} 10:{ts[0]:02d} {P(agent.first)}: Good morning! How can I help?\n"
                f"{dd} 10:{ts[1]:02d} customer: my season ticket card never arrived, ordered 3 weeks ago\n"
                f"10:{ts[2]:02d} {P(agent.first)}: I'm sorry. Could you confirm your email and postcode + house number?\n"
                f"10:{ts[3]:02d} customer: {E(email_for(r, p))} / {PC(pc)} 23-B\n"
                f"10:{ts[4]:02d} {P(agent.first)}: Thanks! I see it was returned to us. I'll resend it today.\n"
                f"10:{ts[5]:02d} customer: great, paid with card {masked_card(r, 'en')} btw")
    addr, pc, town = nl_addr(r)
    return (f"Live chat #{digits(r, 7, True)}\n"
            f"Agent {P(agent.full)} joined\n"
            f"Customer ({P(p.full)}): I moved and my new card should go to {AD(addr)}, {PC(pc)} {town}\n"
            f"{P(agent.first)}: Updated ✔ Anything else?\n"
            f"Customer ({P(p.full)}): no thanks 👍\nChat ended {hhmm(r)}")


@scen("en", True)
def en_forwarded_bilingual(r, k):
    p = person(r, r.choice(["uk", "xx"]))
    i = staff("ilse")
    if k == 0:
        return (f"Sorry, I don't speak Dutch – could you reply in English? I just want to know if my refund for "
                f"{tdate(r, 'en')} was approved.\n\n{P(p.full)}\n\n"
                f"On {tdate(r, 'en')}, {P(i.full)} <klantenservice@{ORG_DOMAIN}> wrote:\n"
                f"> Beste {P(p.sur)},\n> Uw aanvraag {refnr(r)} is in behandeling. U ontvangt binnen 10 werkdagen "
                f"bericht.\n> Met vriendelijke groet,\n> {P(i.full)}, Klantenservice Zuiderpoort")
    l = staff("liam")
    return (f"{P(l.first)}, can you take this one? English customer. – {P(i.first)}\n\n"
            f"-----Original Message-----\nFrom: {P(p.full)} <{E(email_for(r, p, 'uk'))}>\nSent: {tdate(r, 'en')} 08:51\n"
            f"To: Zuiderpoort Customer Service\nSubject: charged twice\n\nI was charged twice on line {line(r)}. "
            f"Please call me back on {PH(uk_landline(r))}.")


@scen("en", True)
def en_address_change(r, k):
    p = person(r, "uk")
    addr, pc, town = nl_addr(r)
    oa, opc, otown = uk_addr(r)
    if k == 0:
        return (f"Hi,\n\nI've just moved from the UK to the Netherlands for work. Please update the address on my "
                f"subscription from {AD(oa)}, {otown} {PC(opc)} to {AD(addr)}, {PC(pc)} {town}.\n\nMany thanks,\n"
                f"{P(p.full)}")
    return crlf(f"Hello,\nplease change my address for the monthly invoices to {AD(addr)}, {PC(pc)} {town}. The old "
                f"one ({AD(oa)}, {PC(opc)}) is no longer valid.\nregards\n{P(p.full)}\nM: {PH(nl_mobile(r))}\n")


@scen("en", True)
def en_account_hacked(r, k):
    p = person(r, r.choice(["uk", "xx"]))
    if k == 0:
        return (f"Someone logged into my Zuiderpoort account and changed the email address! I got a notification "
                f"'new login from {IP(ip4(r))} (Lagos, NG)' at {hhmm(r)}. I never travel there. My original email "
                f"is {E(email_for(r, p, 'uk'))}. Please lock the account.\n{P(p.full)}")
    return (f"Hello, the security email said there was a login from IP {IP(ip6(r))} on {tdate(r, 'en')}. That was "
            f"probably me on the hotel wifi, but I'm not sure. My own home IP is {IP(ip4(r))}. Can you tell me which "
            f"device it was?\n\nThanks, {P(p.first)}")


@scen("en", True)
def en_gdpr_request(r, k):
    p = person(r, r.choice(["xx", "uk"]))
    if k == 0:
        addr, pc, town = nl_addr(r)
        return (f"Subject access request (GDPR Art. 15)\n\nPlease send me all personal data you hold about me, "
                f"including my travel history and camera footage.\n\nFull name: {P(p.full)}\nDate of birth: "
                f"{DB(dob(r, 'en', 1970, 2004))}\nAddress: {AD(addr)}, {PC(pc)} {town}\nEmail: "
                f"{E(email_for(r, p))}\nID card number: {ID(doc_nl(r, 'I'))}\n\nRegards,\n{P(p.full)}")
    return (f"To the data protection officer,\n\nI'd like to know what data you store when I pay with my bank card "
            f"(OVpay). I'm {P(p.full)}, born {DB(dob(r, 'en', 1965, 2003))}, and I travel with card "
            f"{CC(card(r, 'mc2', style=1))}. Please reply to {E(email_for(r, p, 'uk'))}.")


@scen("en", True)
def en_belgian_commuter(r, k):
    p = person(r, "be")
    addr, pc, town = be_addr(r)
    if k == 0:
        return (f"Hello,\n\nI commute daily from {town} to Maastricht on line {r.choice(['57', '63', '45'])}. My "
                f"direct debit failed because my bank changed. New account: {IB(be_iban(r))}. Address for the "
                f"mandate: {AD(addr)}, {PC(pc)} {town}, Belgium.\n\nRegards,\n{P(p.full)}\nGSM {PH(be_gsm(r))}")
    return (f"Hi, Belgian customer here ({P(p.full)}). Your website doesn't accept my Belgian mobile number "
            f"{PH(be_gsm(r, 1))} in the contact form, it says 'invalid format'. Could you update my profile "
            f"manually? Thanks!")


# ================================================ EN: without personal data ======================================
@scen("en", False)
def en_np_howto_ovpay(r, k):
    if k == 0:
        return (f"Hi, quick question before our trip: can we just tap our contactless cards (mine is a Revolut "
                f"Mastercard {masked_card(r, 'en')}) on the buses in Maastricht and on the train to Aachen? Or do we "
                f"need an OV-chipkaart? We're 2 adults staying {r.randint(3, 6)} nights.")
    return (f"I tapped in with my phone at {station(r)} at {hhmm(r, 7, 10)} and tapped out at {station(r)}, but the "
            f"app shows {money(4, 'en')} 'pending' and then {money(r.uniform(2, 8), 'en')}. Is that normal? "
            f"Reference on my bank statement: OVPAY*ZUIDERPOORT {digits(r, 6)}.")


@scen("en", False)
def en_np_delay(r, k):
    a, b = two_stations(r)
    if k == 0:
        return (f"Train {trainnr(r)} from {a} to {b} on {tdate(r, 'en')} was cancelled without any announcement and "
                f"the next one (RE 18) was 35 minutes late. I missed my connection to the IC {trainnr(r)} at Heerlen. "
                f"Am I entitled to compensation? I paid {money(r.uniform(6, 15), 'en')}.")
    return (f"Why does bus line {line(r)} always leave {stop(r)} 2–3 minutes EARLY? Timetable says {hhmm(r, 7, 8)}, "
            f"today bus {busnr(r)} left at least 3 min before that. Third time this week.")


@scen("en", False)
def en_np_lost_item(r, k):
    if k == 0:
        return (f"Hello, I left a grey North Face jacket on bus line {line(r)} on {tdate(r, 'en')}, around "
                f"{hhmm(r, 17, 21)}, somewhere between {stop(r)} and {stop(r)}. There's a house key in the pocket "
                f"with a red keyring. Has it been handed in?\n\nthanks — a very cold tourist 🥶")
    return (f"Lost property query: black Samsonite cabin bag, train {trainnr(r)} {station(r)} → {station(r)}, "
            f"{tdate(r, 'en')}. Luggage tag number LT-{digits(r, 6)}. Can it be sent to my hotel in Amsterdam?")


@scen("en", False)
def en_np_tickets(r, k):
    if k == 0:
        return (f"What's the cheapest way to get from Maastricht Aachen Airport to Maastricht centre? Is there a bus, "
                f"and can I pay with a card on board? Landing {tdate(r, 'en')} at {hhmm(r, 13, 22)}.")
    return (f"Hello! Does the Limburg day ticket ({money(r.uniform(12, 18), 'en')}) include the trains to Liège and "
            f"Aachen? And is there a discount for children aged 8 and 11? We want to visit Valkenburg and the caves "
            f"on {tdate(r, 'en')}.")


@scen("en", False)
def en_np_social(r, k):
    if k == 0:
        return (f"Shoutout to the driver of line {line(r)} who waited for a whole group of confused tourists at "
                f"{stop(r)} 🙌 Dutch public transport > UK public transport #maastricht #travel @ZuiderpoortOV")
    return (f"@ZuiderpoortOV any update on the {hhmm(r, 7, 9)} train from {station(r)}? Board says 'delayed' with no "
            f"time 🙃 #commute #delays")


@scen("en", False)
def en_np_shift_handover(r, k):
    if k == 0:
        return (f"Shift handover – international desk, {tdate(r, 'en')}\n"
                f"- 14 open chats, 6 about OVpay double charges on line {line(r)} (known issue INC-{digits(r, 5)})\n"
                f"- Refunds batch {refnr(r)} sent to finance ({money(r.uniform(200, 900), 'en')} total)\n"
                f"- RE 18 replacement buses from Herzogenrath until {hhmm(r, 20, 23)}\n"
                f"- Ticket machine {r.randint(1000, 9999)} at {station(r)} out of order, ticket T-{digits(r, 6)}")
    return (f"Ops note: bus {busnr(r)} (line {line(r)}) reported brake warning at {hhmm(r)}, swapped with {busnr(r)} at "
            f"depot. Trip {tripid(r)} ran 18 min late. Driver hours fine. Camera unit CU-{digits(r, 5)} to be "
            f"checked by IT.")


@scen("en", False)
def en_np_refund_status(r, k):
    if k == 0:
        return (f"Hi, any news on my refund? Reference {refnr(r)}, amount {money(r.uniform(3, 25), 'en')}, "
                f"submitted {tdate(r, 'en')}. The status page just says 'processing' since then.")
    return (f"Your letter says case number {num9(r, elf=False)} was closed, but I never received the "
            f"{money(r.uniform(10, 40), 'en')}. The case was about the fine on {tdate(r, 'en')}, which you "
            f"agreed to cancel.")


@scen("en", False)
def en_np_app_bug(r, k):
    if k == 0:
        return (f"Bug report: the iOS app (version 4.12.0.3, build 8821) freezes on the 'Tap-in history' screen. "
                f"iPhone 13, iOS 17.5.1. Happens on wifi (gateway 192.168.0.1) and on mobile data.")
    return (f"The journey planner on your website returns 'Error 500' for trips to Aachen. Network tab shows the "
            f"call to 172.20.14.6/api/v2/plan failing, release 3.14.2.1. Tried Chrome 131.0.6778.86 and Safari.")


@scen("en", False)
def en_np_accessibility_q(r, k):
    if k == 0:
        return (f"Do all buses on line {line(r)} have a ramp and space for a wheelchair? I'd like to travel from "
                f"{stop(r)} to {stop(r)} on {tdate(r, 'en')} without booking assistance.")
    return (f"Are guide dogs allowed on your trains to Liège, and do they need a ticket? Travelling "
            f"{tdate(r, 'en')} from {station(r)}.")


# ================================================ DE: with personal data =========================================
@scen("de", True)
def de_grenzpendler_abo(r, k):
    p = person(r, r.choice(["de", "de", "nl"]))
    addr, pc, town = de_addr(r, r.choice(["Aachen", "Herzogenrath", "Würselen"]))
    if k == 0:
        return (f"Sehr geehrte Damen und Herren,\n\nich pendle täglich von {town} nach Heerlen und möchte ein "
                f"Abonnement (Altijd Vrij) abschließen. Abbuchung bitte per Lastschrift von meinem Konto "
                f"{IB(de_iban(r))}.\nAnschrift: {AD(addr)}, {PC(pc)} {town}\nTelefon: "
                f"{PH(de_landline(r, next(t for t in DE_TOWNS if t[0] == town)[2]))}\n\nMit freundlichen Grüßen\n"
                f"{P(p.full)}")
    return (f"Hallo,\nmein Abo wurde zum {tdate(r, 'de')} gekündigt, obwohl ich nichts gekündigt habe!! Kundennummer "
            f"{klantnr(r)}. Bitte rufen Sie mich an: {PH(de_mobile(r))}.\n\nGruß {P(p.first)}\n\n--\n{P(p.full)}\n"
            f"{AD(addr)}\n{PC(pc)} {town}\nTel.:\u00a0{PH(de_mobile(r, 0))}")


@scen("de", True)
def de_bussgeld_einspruch(r, k):
    p = person(r, r.choice(["de", "de", "tr"]))
    pv = pvnr(r)
    addr, pc, town = de_addr(r)
    if k == 0:
        return crlf(f"{P(p.full)}\n{AD(addr)}\n{PC(pc)} {town}\n\nZuiderpoort OV B.V.\nTeam Boetes\nPostbus 1180\n"
                f"6201 BD Maastricht\nNIEDERLANDE\n\n{town}, {tdate(r, 'de')}\n\nEinspruch gegen Bußgeld {pv}\n\n"
                f"Sehr geehrte Damen und Herren,\n\nam {tdate(r, 'dew')} wurde mir im Zug nach {station(r)} eine "
                f"Strafe von {money(50, 'de')} auferlegt. Der Fahrkartenautomat in Herzogenrath war defekt "
                f"(Foto anbei). Geburtsdatum laut Ihrem Formular: {DB(dob(r, 'de', 1955, 2004))}.\n\n"
                f"Mit freundlichen Grüßen\n{P(p.full)}")
    c = staff(r.choice(["anouk", "kevin"]))
    return (f"Kontrolle Zug {trainnr(r)}, {tdate(r, 'de')} {hhmm(r)}\nZugbegleiter: {P(c.full)}\n"
            f"Fahrgast ohne Fahrschein, Personalausweis {ID(de_ausweis(r))}\nName: {P(p.last + ', ' + p.first)}\n"
            f"Geb.: {DB(dob(r, 'de', 1950, 2006))}\nAnschrift: {AD(addr)}, {PC(pc)} {town}\n"
            f"Strafbetrag {money(50, 'de')}, Vorgang {pv}")


@scen("de", True)
def de_fundsache(r, k):
    p = person(r, r.choice(["de", "tr", "de"]))
    if k == 0:
        return (f"Guten Tag,\n\nich habe am {tdate(r, 'dew')} im Bus der Linie {line(r)} (Aachen → Vaals, ca. "
                f"{hhmm(r, 7, 20)}) mein Portemonnaie verloren. Darin: Personalausweis Nr. {ID(de_ausweis(r))}, "
                f"Führerschein, EC-Karte und etwa 40 €. Name: {P(p.full)}. Bitte melden Sie sich unter "
                f"{PH(de_mobile(r))}.\n\nVielen Dank!")
    g = staff("gerda")
    p = person(r, r.choice(["de", "tr"]), sex="f")
    return (f"Sehr geehrte Frau {P(p.sur)},\n\nIhre Tasche (Fundnummer GV-2025-{digits(r, 5)}) wurde in Bus "
            f"{busnr(r)} gefunden und liegt in unserem Depot in Heerlen. Sie können sie mit Ihrem Ausweis abholen "
            f"oder gegen {money(12.5, 'de')} zuschicken lassen.\n\nMit freundlichen Grüßen\n{P(g.full)}\n"
            f"Zuiderpoort Gevonden Voorwerpen | +31 88 517 3344")


@scen("de", True)
def de_ovpay_kreditkarte(r, k):
    p = person(r, r.choice(["de", "de", "xx"]))
    if k == 0:
        return (f"Hallo,\n\nich habe mit meiner Kreditkarte {CC(card(r, r.choice(['mc', 'visa']), style=r.choice([0, 2])))} "
                f"(gültig bis 11/27) im Bus eingecheckt und wurde dreimal belastet, je {money(4, 'de')}, am "
                f"{tdate(r, 'de')}. Bitte erstatten Sie die doppelten Beträge.\n\nViele Grüße\n{P(p.full)}")
    return (f"Guten Tag, bei der Fahrt von {station(r)} nach {station(r)} wurde meine Karte {masked_card(r, 'de')} "
            f"mit {money(20, 'de')} belastet ('unvollständige Reise'). Ich habe aber ausgecheckt! Bitte melden unter "
            f"{E(email_for(r, p, 'de'))}.\n{P(p.first)}")


@scen("de", True)
def de_vergessen_auschecken(r, k):
    p = person(r, r.choice(["de", "nl", "tr"]))
    if k == 0:
        return (f"Guten Tag,\n\nich habe am {tdate(r, 'de')} vergessen, in Linie {line(r)} auszuchecken (OV-Chipkarte "
                f"{ovchip(r)}). Es wurden {money(4, 'de')} einbehalten. Bitte überweisen Sie den Differenzbetrag auf "
                f"mein Konto {IB(de_iban(r))}, Kontoinhaber {P(p.full)}.\n\nDanke und Gruß\n{P(p.first)}")
    k_ = staff("katja")
    return (f"Hallo {P(p.first)},\n\nvielen Dank für Ihre Nachricht. Die Erstattung ({money(r.uniform(1, 3), 'de')}, "
            f"Referenz {refnr(r)}) geht an {IB(de_iban(r))}. Bitte beachten Sie: Bei deutschen Konten kann es 3–5 "
            f"Werktage dauern.\n\nFreundliche Grüße\n{P(k_.full)}\nZuiderpoort Kundenservice – Deutschsprachiger Service")


@scen("de", True)
def de_beschwerde_fahrer(r, k):
    used = []
    p = person(r, r.choice(["de", "de", "tr"]), used=used)
    if k == 0:
        return (f"Beschwerde über den Fahrer der Linie {line(r)} am {tdate(r, 'de')} um {hhmm(r, 7, 20)} Uhr (Bus "
                f"{busnr(r)}). Er hat meine Mutter {P(person(r, 'de', sex='f', used=used, last=p.last).full)} "
                f"mit Rollator an der Haltestelle {stop(r)} stehen lassen. Unmöglich! Rückruf bitte unter "
                f"{PH(de_landline(r, r.choice(['241', '2406', '2451'])))}.\n{P(p.full)}")
    return (f"Hallo, der Busfahrer heute morgen (Linie {line(r)}, {hhmm(r, 6, 8)}) hat beim Aussteigen die Tür "
            f"auf meine Hand geschlossen. Ich möchte, dass das dokumentiert wird.\n— {P(p.full.upper())}, "
            f"{E(email_for(r, p, 'de'))}")


@scen("de", True)
def de_unfall_bericht(r, k):
    drv = staff(r.choice(["roel", "hatice", "pascal"]))
    p = person(r, "de")
    if k == 0:
        return (f"Unfallbericht grenzüberschreitende Linie {r.choice(['34', '44', '350'])}\nDatum: {tdate(r, 'de')}, "
                f"{hhmm(r)}\nFahrer: {P(drv.full)}, Bus {busnr(r)}\nOrt: Kreisverkehr an der Roermonder Straße "
                f"(Höhe Einmündung), Aachen\nBeteiligter PKW: {LP(de_plate(r))}, Fahrer {P(p.full)}, Tel. "
                f"{PH(de_mobile(r))}\nSachschaden vorne rechts, Polizei Aachen vor Ort, Aktenzeichen "
                f"{r.randint(100, 999)}/25-{digits(r, 4)}.")
    return (f"Sehr geehrte Damen und Herren,\n\nIhr Bus (Linie {line(r)}) hat am {tdate(r, 'de')} meinen geparkten "
            f"Wagen mit dem Kennzeichen {LP(de_plate(r))} gestreift. Ihr Fahrer hat mir einen Zettel mit der "
            f"Busnummer {busnr(r)} gegeben. Bitte melden Sie sich wegen der Regulierung.\n\n{P(p.full)}\n"
            f"{PH(de_mobile(r))}")


@scen("de", True)
def de_mobilitaetshilfe(r, k):
    used = []
    p = person(r, r.choice(["de", "de", "nl"]), used=used)
    if k == 0:
        q = person(r, "de", used=used)
        a, b = two_stations(r)
        return (f"Anmeldung Mobilitätshilfe\nReisende: {P(p.full)} (Rollstuhl)\nBegleitung: {P(q.full)}\n"
                f"Fahrt: {tdate(r, 'de')}, Zug {trainnr(r)} {a} → {b}, Abfahrt {hhmm(r, 8, 18)}\n"
                f"Rückfragen: {PH(de_mobile(r))}\nBitte Rampe an beiden Bahnhöfen.")
    n = staff("nina")
    return (f"Sehr geehrte(r) {P(p.full)},\n\nIhre Buchung der Reiseassistenz (RA-{digits(r, 6)}) für den "
            f"{tdate(r, 'dew')} ist bestätigt. Treffpunkt: Servicepunkt {station(r)}, 15 Minuten vor Abfahrt. Bei "
            f"Änderungen rufen wir Sie unter {PH(de_mobile(r))} an.\n\nMit freundlichen Grüßen\n{P(n.full)}\n"
            f"Zuiderpoort Reisassistentie – kostenlos 0800 0517")


@scen("de", True)
def de_gruppenfahrt(r, k):
    p = person(r, "de", sex="f" if k == 0 else None)
    if k == 0:
        return (f"Guten Tag,\n\nunsere Gesamtschule aus Geilenkirchen plant am {tdate(r, 'de')} eine Klassenfahrt "
                f"nach Maastricht (54 Schüler, 4 Lehrkräfte). Gibt es einen Gruppentarif? Die Rechnung bitte an den "
                f"Förderverein, Konto {IB(de_iban(r))}.\n\nAnsprechpartnerin: {P(p.full)}, "
                f"{E(email_for(r, p, domain='gesamtschule-gk.example'))}, {PH(de_landline(r, '2451'))}\n\n"
                f"Mit freundlichen Grüßen\n{P(p.full)}")
    k_ = staff("katja")
    return (f"Sehr geehrte(r) {P(p.full)},\n\nanbei unser Angebot für Ihre Gruppenfahrt am {tdate(r, 'de')}: "
            f"{r.randint(30, 60)} Personen, Tagesticket Gruppe {money(r.uniform(300, 600), 'de')}. Bitte überweisen "
            f"Sie den Betrag bis {tdate(r, 'de')} auf {ORG_IBAN_S[1]} (Zuiderpoort OV B.V.), Verwendungszweck "
            f"GR-{digits(r, 6)}.\n\nFreundliche Grüße\n{P(k_.full)}")


@scen("de", True)
def de_adressaenderung(r, k):
    p = person(r, r.choice(["de", "nl"]))
    if k == 0:
        oa, opc, ot = nl_addr(r, r.choice(["Kerkrade", "Vaals", "Heerlen"]))
        na, npc, nt = de_addr(r)
        return (f"Hallo,\n\nich bin von {ot} nach {nt} umgezogen. Alte Adresse: {AD(oa)}, {PC(opc)} {ot}. Neue "
                f"Adresse: {AD(na)}, {PC(npc)} {nt}. Bitte die Rechnungen für mein Abo ab sofort dorthin.\n\n"
                f"LG {P(p.first)}")
    na, npc, nt = de_addr(r)
    return crlf(f"Adressänderung\n\nName: {P(p.full)}\nNeue Anschrift: {AD(na)}, {PC(npc)} {nt}\n"
                f"Gültig ab: {tdate(r, 'de')}\nE-Mail: {E(email_for(r, p, 'de'))}\n")


@scen("de", True)
def de_datenauskunft(r, k):
    p = person(r, "de")
    addr, pc, town = de_addr(r)
    if k == 0:
        return (f"Auskunftsersuchen nach Art. 15 DSGVO\n\nSehr geehrte Damen und Herren,\n\nbitte teilen Sie mir mit, "
                f"welche personenbezogenen Daten Sie über mich speichern (Reisedaten, OVpay-Transaktionen, "
                f"Videoaufnahmen).\n\nName: {P(p.full)}\nGeburtsdatum: {DB(dob(r, 'de', 1950, 2004))}\n"
                f"Anschrift: {AD(addr)}, {PC(pc)} {town}\nE-Mail: {E(email_for(r, p, 'de'))}\n"
                f"Niederländische BSN (Grenzgänger): {BS(bsn(r, 0))}\n\n"
                f"Mit freundlichen Grüßen\n{P(p.full)}")
    return (f"Guten Tag, ich habe eine Sicherheitswarnung bekommen: Anmeldung bei 'Mein Zuiderpoort' von der "
            f"IP-Adresse {IP(ip4(r))}. Das war nicht ich! Mein Konto läuft auf {E(email_for(r, p, 'de'))}. Bitte "
            f"sperren. Ich bin geboren am {DB(dob(r, 'dew', 1950, 2000))}, falls Sie das zur Prüfung brauchen.\n"
            f"{P(p.full)}")


@scen("de", True)
def de_chat(r, k):
    p = person(r, r.choice(["de", "tr"]))
    kt = staff("katja")
    ts = sorted(r.sample(range(0, 59), 5))
    if k == 0:
        return (f"[11:{ts[0]:02d}] {P(kt.first)} (Zuiderpoort): Guten Tag, wie kann ich helfen?\n"
                f"[11:{ts[1]:02d}] {P(p.first)}: meine OV-Chipkarte {ovchip(r, style=1)} ist gesperrt, warum?\n"
                f"[11:{ts[2]:02d}] {P(kt.first)} (Zuiderpoort): Zur Prüfung: Ihr Name und Geburtsdatum bitte.\n"
                f"[11:{ts[3]:02d}] {P(p.first)}: {P(p.full)}, geb. {DB(dob(r, 'de', 1960, 2005))}\n"
                f"[11:{ts[4]:02d}] {P(kt.first)} (Zuiderpoort): Danke! Die Karte war als verloren gemeldet. Ich "
                f"entsperre sie jetzt.")
    return (f"WhatsApp-Verlauf ({tdate(r, 'de')})\n"
            f"{hhmm(r, 8, 9)} Kunde: Hallo, ich hab meine Jacke im Bus {busnr(r)} liegen lasen\n"
            f"{hhmm(r, 9, 10)} Zuiderpoort: Hallo! Hier ist {P(staff('yusuf').first)}. Welche Farbe hat die Jacke?\n"
            f"{hhmm(r, 10, 11)} Kunde: dunkelgrün, Größe L. Ich bin {P(p.full)}, Handy {PH(de_mobile(r))}\n"
            f"{hhmm(r, 11, 12)} Zuiderpoort: Danke, wir melden uns 👍")


@scen("de", True)
def de_weitergeleitet(r, k):
    p = person(r, "de", sex="m")
    kt = staff("katja")
    i = staff("ilse")
    if k == 0:
        return (f"{P(i.first)}, kannst du kurz schauen? Kunde schreibt auf Deutsch, Erstattung an deutsches Konto. "
                f"Gruß {P(kt.first)}\n\n---------- Weitergeleitete Nachricht ----------\nVon: {P(p.full)} "
                f"<{E(email_for(r, p, 'de'))}>\nBetreff: Erstattung Verspätung\n\nZug {trainnr(r)} hatte 65 Minuten "
                f"Verspätung. Bitte {money(r.uniform(5, 12), 'de')} auf {IB(de_iban(r))} erstatten.\n{P(p.full)}")
    return (f"Danke, aber ich verstehe kein Niederländisch. Können Sie auf Deutsch antworten?\n\n{P(p.first)}\n\n"
            f"Am {tdate(r, 'de')} schrieb {P(i.full)} <klantenservice@{ORG_DOMAIN}>:\n"
            f"> Beste heer {P(p.sur)},\n> Uw klacht over lijn {line(r)} is doorgestuurd naar de vervoerder.\n"
            f"> Met vriendelijke groet,\n> {P(i.full)}\n> Klantenservice Zuiderpoort, 088-517 33 00")


# ================================================ DE: without personal data ======================================
@scen("de", False)
def de_np_fahrplan(r, k):
    if k == 0:
        return (f"Fährt die Linie {r.choice(['34', '44', '350'])} auch an Sonn- und Feiertagen von Aachen Bushof "
                f"nach Kerkrade? Ich finde auf der Website nur den Fahrplan bis {tdate(r, 'de')}. Letzte Abfahrt "
                f"abends um {hhmm(r, 21, 23)}?")
    return (f"Wie komme ich am {tdate(r, 'de')} von Aachen Hbf nach Valkenburg? Über Heerlen mit dem RE 18 und dann "
            f"Zug {trainnr(r)}? Gilt mein Deutschlandticket bis Herzogenrath oder bis Heerlen?")


@scen("de", False)
def de_np_ovpay_frage(r, k):
    if k == 0:
        return (f"Kann ich mit meiner deutschen Girocard (Maestro, {masked_card(r, 'de')}) in Ihren Bussen "
                f"einchecken? Oder nur mit Kreditkarte? Ich fahre {r.randint(2, 5)}x pro Woche nach Maastricht.")
    return (f"Auf meinem Kontoauszug steht 'OVPAY ZUIDERPOORT {digits(r, 8, True)}' über {money(r.uniform(2, 9), 'de')} "
            f"vom {tdate(r, 'de')}. Karte {masked_card(r, 'de')}. Wofür ist das? Ich war an dem Tag nur mit dem "
            f"Zug unterwegs.")


@scen("de", False)
def de_np_verspaetung(r, k):
    if k == 0:
        return (f"Der RE 18 ({trainnr(r)}) ab Aachen Hbf um {hhmm(r, 6, 9)} fällt seit Wochen ständig aus oder kommt "
                f"mit 20+ Minuten Verspätung in Heerlen an. Wann wird das besser? #RE18 ist ein Witz.")
    return (f"Am {tdate(r, 'de')} hatte Ihr Bus der Linie {line(r)} (Bus {busnr(r)}) 40 Minuten Verspätung, ich habe "
            f"meinen Anschlusszug {trainnr(r)} verpasst. Gibt es eine Entschädigung? Ticketpreis "
            f"{money(r.uniform(4, 12), 'de')}.")


@scen("de", False)
def de_np_fundsache_suche(r, k):
    if k == 0:
        return (f"Hallo, wurde in Linie {line(r)} am {tdate(r, 'de')} ein schwarzer Regenschirm (Knirps) gefunden? "
                f"Ich bin gegen {hhmm(r, 15, 19)} an der Haltestelle {stop(r)} ausgestiegen.")
    return (f"Verloren: Brille in rotem Etui, Zug {trainnr(r)} {station(r)} → {station(r)}, {tdate(r, 'dew')}, "
            f"Wagen 2. Suchauftrag Nr. GV-2025-{digits(r, 5)} läuft schon. Gibt es Neuigkeiten?")


@scen("de", False)
def de_np_erstattung_status(r, k):
    if k == 0:
        return (f"Wann wird meine Erstattung (Referenz {refnr(r)}, {money(r.uniform(3, 20), 'de')}) überwiesen? "
                f"Beantragt am {tdate(r, 'de')}, seitdem keine Nachricht.")
    return (f"Ihr Schreiben vom {tdate(r, 'de')} nennt die Vorgangsnummer {num9(r, elf=True)}. Laut Brief werden "
            f"{money(r.uniform(8, 30), 'de')} erstattet, auf meinem Konto ist aber nichts eingegangen.")


@scen("de", False)
def de_np_social(r, k):
    if k == 0:
        return (f"Danke @ZuiderpoortOV für den Ersatzbus ab Herzogenrath heute – pünktlich und sauber 👏 "
                f"#Grenzpendler #Aachen #Heerlen")
    return (f"Schon wieder kein Anschluss in Heerlen 😡 Zug {trainnr(r)} weg, Bus Linie {line(r)} weg. "
            f"@ZuiderpoortOV wie soll man so pendeln? #RE18 #öpnv")


@scen("de", False)
def de_np_tarif(r, k):
    if k == 0:
        return (f"Was kostet eine Einzelfahrt von Vaals nach Maastricht Markt mit dem Bus? Und ist die Tageskarte "
                f"({money(r.uniform(8, 15), 'de')}) auch in Aachen gültig? Wir sind 2 Erwachsene und 1 Kind (6 Jahre).")
    return (f"Gibt es eine Ermäßigung für Senioren ab 65 auch für Fahrgäste mit Wohnsitz in Deutschland? Ich fahre "
            f"regelmäßig von Gangelt nach Sittard, Preis zurzeit {money(r.uniform(4, 8), 'de')} pro Fahrt.")


# ----------------------------------------------------------------------------------------------------------------
# self test: validators against the reference's vectors, generators, the organisation's own data
# ----------------------------------------------------------------------------------------------------------------
def self_test():
    checks = 0

    def ok(cond, what):
        nonlocal checks
        checks += 1
        if not cond:
            raise AssertionError(f"self test failed: {what}")

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "12345672", "012345672", "999999990",
              "111111110", "696579303", "103349856", "044126396", "656412689", "460455977", "879119330"]:
        ok(bsn_valid(v), f"bsn {v}")
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        ok(not bsn_valid(v), f"bsn invalid {v}")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789",
              "NL20INGB0001234567", "NL39RABO0300065264", "NL44RABO0123456789", "NL86INGB0002445588",
              "NL68KNAB0123456789", "NL32BUNQ2012345678", "BE71 0961 2345 6769", "DE89370400440532013000",
              "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606", "FR76 3000 6000 0112 3456 7890 189",
              "GB82WEST12345698765432"]:
        ok(iban_valid(v), f"iban {v}")
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300",
              "DE89370400440532013001", "BE68539007547035"]:
        ok(not iban_valid(v), f"iban invalid {v}")
    ok(iban_make("NL", "KNAB0123456789") == "NL68KNAB0123456789", "iban check digits KNAB")
    ok(iban_make("NL", "BUNQ2012345678") == "NL32BUNQ2012345678", "iban check digits BUNQ")
    for v in ["06-12345678", "06 12345678", "06 1234 5678", "06-12 34 56 78", "0612345678", "(06) 12345678",
              "+31 6 12345678", "+316-12345678", "+31 (0)6 1234 5678", "0031 6 1234 5678", "0031612345678",
              "020-1234567", "020 123 4567", "(020) 123 45 67", "+31(0)20-1234567", "+31-20-1234567",
              "020/1234567", "0111-123456", "085 123 4567", "088 123 4567"]:
        ok(nl_phone_valid(v), f"nl phone {v}")
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "069 1234567",
              "020-123456", "012-3456789", "0800-123"]:
        ok(not nl_phone_valid(v), f"nl phone invalid {v}")
    for v in ["+32 470 12 34 56", "0470 12 34 56", "02 511 22 33", "09 265 12 34"]:
        ok(be_phone_valid(v), f"be phone {v}")
    for v in ["+32 470 12 34 5", "02 123 45 67", "09 123 45 67"]:
        ok(not be_phone_valid(v), f"be phone invalid {v}")
    for v in ["+49 30 12345678", "0151 23456789", "+49 (0)221 1234567", "0049 171 1234567", "0241 4012345"]:
        ok(de_phone_valid(v), f"de phone {v}")
    ok(not de_phone_valid("+49 151 234"), "de phone invalid")
    for v in ["07700 900123", "+44 7700 900456", "0117 496 0123", "020 7946 0321"]:
        ok(uk_phone_valid(v), f"uk phone {v}")
    ok(not uk_phone_valid("07700 123456"), "uk phone outside drama range")
    for v in ["1012 AB", "1012AB", "1012 ab", "9999 ZZ", "1000 AA"]:
        ok(pc_nl_valid(v), f"postcode {v}")
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        ok(not pc_nl_valid(v), f"postcode invalid {v}")
    for v in ["LS6 2QT", "EH9 1HN", "CF14 3LX"]:
        ok(pc_uk_valid(v), f"uk postcode {v}")
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        ok(doc_nl_valid(v), f"doc {v}")
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        ok(not doc_nl_valid(v), f"doc invalid {v}")
    ok(residence_valid("III-V123AL568"), "residence document")
    for sc, v in [(4, "GB-12-DF"), (8, "1-KBB-12"), (14, "123-BB-1"), (7, "12-GBX-3"), (9, "VB-123-X"),
                  (10, "G-123-BB"), (11, "GBB-12-X"), (12, "G-12-BBB"), (13, "1-BB-123"), (5, "XB-PK-12"),
                  (6, "12-DF-GH")]:
        ok(kenteken_valid(v) and kenteken_sidecode(v) == sc, f"kenteken {v}")
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        ok(not kenteken_valid(v), f"kenteken invalid {v}")
    ok(kenteken_valid("gb12df") and kenteken_valid("GB 12 DF"), "kenteken compact / spaced")
    ok(de_plate_valid("AC-KR 418") and not de_plate_valid("AC-KR 0418"), "de plate")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        ok(btw_valid(v), f"btw {v}")
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL12345678B01"]:
        ok(not btw_valid(v), f"btw invalid {v}")
    ok(ob_valid("NL004495445B01") and not btw_valid("NL004495445B01"), "OB-nummer")
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "30569309025904", "6759649826438453", "3782 822463 10005"]:
        ok(card_valid(v), f"card {v}")
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        ok(not card_valid(v), f"card invalid {v}")
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM",
              "info@bakkerij-de-groot.frl"]:
        ok(email_valid(v), f"email {v}")
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld"]:
        ok(not email_valid(v), f"email invalid {v}")
    for v in ["8.8.8.8", "2a02:a46b:5182:1:e957:446b:0:69"]:
        ok(ip_valid(v), f"ip {v}")
    for v in ["192.168.1.10", "10.20.4.17", "172.16.8.4", "127.0.0.1", "192.0.2.7", "198.51.100.3", "203.0.113.9",
              "2001:db8::1", "::1", "fe80::1ff:fe23:4567:890a", "256.1.1.1", "010.001.001.001", "2001:db8:::1",
              "12:30:45", "00:1A:2B:3C:4D:5E", "100.64.1.1"]:
        ok(not ip_valid(v), f"ip not public/invalid {v}")
    for v in ["12-03-1985", "1-4-1990", "03/07/1979", "29.02.1992", "5 mei 1960", "17 okt. 2001", "3. März 1958",
              "March 12, 1985", "12 March 1985", "1985-03-12"]:
        ok(dob_valid(v), f"dob {v}")
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999", "12-03-2025"]:
        ok(not dob_valid(v), f"dob invalid {v}")
    # the organisation's own data
    ok(all(iban_valid(x) for x in ORG_IBANS + ORG_IBAN_S), "org ibans")
    ok(elfproef(ORG_RSIN) and ob_valid(ORG_BTW) and not btw_valid(ORG_BTW), "org RSIN-based btw")
    ok(kvk_valid(ORG_KVK), "org kvk")
    ok(nl_phone_valid("088 517 3300") and nl_phone_valid("088 517 3344") and nl_phone_valid("06 2840 1190"),
       "org phones")
    ok(all(pc_nl_valid(x) for x in ORG_POSTCODES), "org postcodes")
    # generators
    g = random.Random(f"{SEED}:selftest")
    for _ in range(40):
        ok(bsn_valid(bsn(g)) and iban_valid(nl_iban(g)) and iban_valid(de_iban(g)) and iban_valid(be_iban(g))
           and iban_valid(gb_iban(g)), "generated ibans/bsn")
        ok(card_valid(card(g)) and btw_valid(btw_id(g)) and not elfproef(btw_id(g)[2:11]), "generated card/btw")
        ok(kenteken_valid(kenteken(g)) and doc_nl_valid(doc_nl(g)) and de_ausweis_valid(de_ausweis(g)), "docs")
        ok(nl_phone_valid(nl_mobile(g)) and be_phone_valid(be_gsm(g)) and de_phone_valid(de_mobile(g))
           and uk_phone_valid(uk_mobile(g)), "phones")
        ok(not elfproef(num9(g)) and elfproef(num9(g, True)), "num9")
    ov_g = [ovchip(g, True, 1), ovchip(g, False, 1)]
    del OV_NUMBERS[-2:]
    ok(card_valid(ov_g[0]) and not card_valid(ov_g[1]), "OV-chipkaart numbers: 3528 is inside the JCB IIN range")
    return checks


# ----------------------------------------------------------------------------------------------------------------
# audit
# ----------------------------------------------------------------------------------------------------------------
def _name_tokens():
    toks = set()
    for f_list, m_list, l_list in NAMES.values():
        for n in f_list + m_list + l_list:
            for t in re.split(r"[ \-]", n):
                if len(t) >= 3 and t.lower() not in TUSSEN:
                    toks.add(t)
    for f, l in STAFF.values():
        for t in re.split(r"[ \-]", f + " " + l):
            if len(t) >= 3:
                toks.add(t)
    return sorted(toks, key=lambda x: (-len(x), x))


NAME_RE = re.compile(r"(?<![\w'])(" + "|".join(re.escape(t) for t in _name_tokens()) + r")(?![\w])", re.I)
STREET_RE = re.compile(r"(?<![\w])(" + "|".join(re.escape(s) for s in sorted(NL_STREETS + DE_STREETS + BE_STREETS,
                                                                             key=lambda x: -len(x)))
                       + r") \d", re.I)
UK_STREET_RE = re.compile(r"\d+ (" + "|".join(re.escape(s) for s in UK_STREETS) + r")\b")
BIRTH_RE = re.compile(r"(?i)(geboren|geb\.|geboortedatum|geb\.datum|date of birth|born|birthday|geburtsdatum|"
                      r"geburtstag|\bdob\b)")
DATE_RE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [A-Za-zä]{3,9}\.? \d{4}|"
                     r"[A-Z][a-z]+ \d{1,2}, \d{4}")
DOC_RE = re.compile(r"(?i)(paspoort|passport|id-kaart|identiteitskaart|id card|ausweis|reisepass|rijbewijs|"
                    r"führerschein|verblijfsdocument|residence permit)")
DOC_TOKEN_RE = re.compile(r"(?<![\w-])((?=[A-Z0-9]*\d)[A-Z0-9]{9}|(?:I|II|III|IV|V)-V[A-Z0-9]{8}|\d{10})(?![\w-])")
REF_WORDS = re.compile(r"(?i)(ref|referentie|restitutie|dossier|factuur|invoice|order|bestel|transactie|klantnummer|"
                       r"kundennummer|rechnung|vorgang|erstattung|referenz|refund|reference|case|zaak|kenmerk|"
                       r"aktenzeichen|ticket|bon)")
OV_CONTEXT = re.compile(r"(?i)(ov-?chip|ov chip|kaartnummer|card no|chipkarte)")
VERSION_WORDS = re.compile(r"(?i)(versie|version|build|release|\bv|app|firefox|chrome|android|ios)\W{0,3}$")
KVK_RE = re.compile(r"(?i)\b(kvk|kamer van koophandel|chamber of commerce|handelsregister|coc)\b[^\n\d]{0,30}(\d{8})(?!\d)")
BTW_RE = re.compile(r"(?i)(?<![\w])NL ?\d{9} ?B ?\d{2}(?![\w])")
PC_NL_RE = re.compile(r"(?<![\w])([1-9]\d{3}) ?([A-Z]{2})(?![\w])")
PC_NOT = {"SA", "SD", "SS", "KB", "MB", "GB", "TB", "KM", "PK", "MS", "HZ", "EU", "NL", "DE", "BE", "UK", "US", "IC",
          "RE", "OV", "AM", "PM", "ID", "TX", "GV", "ZP", "RA", "PV", "KL", "NS"}
IBAN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ \u00a0]?[A-Za-z0-9]){10,31}")
CARD_RE = re.compile(r"(?<!\d)\d(?:[ \-\u00a0]?\d){11,18}(?!\d)")
BSN_RE = re.compile(r"(?<![\w.,/€+\-])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3}|\d{3}\.\d{3}\.\d{3})"
                    r"(?![\w]|[.,\-/]\d)")
PHONE_RUN_RE = re.compile(r"(?<![\w+])[+(]?\d[\d \-./()\u00a0]*\d")
DATEISH = re.compile(r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}")
IP4_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?![\w]|\.\d)")
IP6_RE = re.compile(r"(?<![\w:])([0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![\w:])")
KT_RE = re.compile(r"(?<![\w-])([A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3})(?![\w-])")
DEPLATE_RE = re.compile(r"(?<![\w-])([A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9]\d{0,3})(?![\w])")

ORG_PHONE_NAT = {_national(x, "31") for x in ORG_PHONES}
PUNCT_EDGE = set(",.;:!?)]}([{\"'-/ \t\r\n\u00a0")


def org_phone(s):
    return _national(s, "31") in ORG_PHONE_NAT


def scan(text):
    """'never left unlabelled' scanners: yield (start_char, end_char, allowed labels, what)"""
    hits = []
    for mm in EMAIL_RE.finditer(text):
        if not mm.group(0).lower().endswith("@" + ORG_DOMAIN):
            hits.append((mm.start(), mm.end(), {"EMAIL"}, "email"))
    iban_hits = []
    for mm in IBAN_RE.finditer(text):
        cc = mm.group(0)[:2].upper()
        if cc not in IBAN_LEN:
            continue
        pos = [mm.start() + i for i, ch in enumerate(mm.group(0)) if ch.isalnum()]
        if len(pos) < IBAN_LEN[cc]:
            continue
        end = pos[IBAN_LEN[cc] - 1] + 1
        val = text[mm.start():end]
        if iban_valid(val):
            iban_hits.append((mm.start(), end))
            if iban_compact(val) not in ORG_IBANS:
                hits.append((mm.start(), end, {"IBAN"}, "iban"))
    in_iban = lambda a, b: any(s < b and a < e for s, e in iban_hits)
    for mm in CARD_RE.finditer(text):
        run = mm.group(0)
        dpos = [i for i, ch in enumerate(run) if ch.isdigit()]
        for n in range(min(19, len(dpos)), 12, -1):
            cand = run[:dpos[n - 1] + 1]
            if card_valid(cand):
                a, b = mm.start(), mm.start() + len(cand)
                ln = text[text.rfind("\n", 0, a) + 1: (text.find("\n", b) if text.find("\n", b) >= 0 else len(text))]
                if not in_iban(a, b) and not (cand.replace(" ", "").replace("-", "").startswith("3528")
                                              and OV_CONTEXT.search(ln)):
                    hits.append((a, b, {"CREDIT_CARD"}, "card"))
                break
    for mm in BSN_RE.finditer(text):
        if bsn_valid(mm.group(1)) and not in_iban(mm.start(), mm.end()):
            before = text[max(text.rfind("\n", 0, mm.start()) + 1, mm.start() - 45):mm.start()]
            if not REF_WORDS.search(before):
                hits.append((mm.start(), mm.end(), {"BSN", "ID_DOCUMENT"}, "bsn"))
    for mm in PHONE_RUN_RE.finditer(text):
        run = mm.group(0)
        ends = [i + 1 for i, ch in enumerate(run) if ch.isdigit() and (i + 1 == len(run) or not run[i + 1].isdigit())]
        for e in reversed(ends):
            cand = run[:e]
            if cand.startswith("(") and ")" not in cand:
                continue
            if DATEISH.search(cand):
                continue
            if phone_valid(cand):
                a, b = mm.start(), mm.start() + e
                if not org_phone(cand) and not in_iban(a, b) and \
                        not re.search(r"(?i)parketnummer\W*$", text[max(0, a - 20):a]):
                    hits.append((a, b, {"PHONE"}, "phone"))
                break
    for mm in PC_NL_RE.finditer(text):
        pair = mm.group(2)
        if pair in PC_NOT or mm.group(0) in ORG_POSTCODES:
            continue
        hits.append((mm.start(), mm.end(), {"POSTCODE"}, "postcode"))
    for mm in IP4_RE.finditer(text):
        if ip_valid(mm.group(1)) and not VERSION_WORDS.search(text[max(0, mm.start() - 20):mm.start()]):
            hits.append((mm.start(), mm.end(), {"IP_ADDRESS"}, "ipv4"))
    for mm in IP6_RE.finditer(text):
        if ":" in mm.group(1) and ip_valid(mm.group(1)):
            hits.append((mm.start(), mm.end(), {"IP_ADDRESS"}, "ipv6"))
    for mm in KVK_RE.finditer(text):
        if mm.group(2) != ORG_KVK:
            hits.append((mm.start(2), mm.end(2), {"KVK"}, "kvk"))
    for mm in BTW_RE.finditer(text):
        if re.sub(r"[ .]", "", mm.group(0)).upper() != ORG_BTW:
            hits.append((mm.start(), mm.end(), {"BTW_ID", "BSN"}, "btw"))
    for mm in BIRTH_RE.finditer(text):
        dm = DATE_RE.search(text, mm.end(), min(len(text), mm.end() + 40))
        if dm:
            hits.append((dm.start(), dm.end(), {"DATE_OF_BIRTH"}, "dob-after-birth-word"))
    for mm in DOC_RE.finditer(text):
        dm = DOC_TOKEN_RE.search(text, mm.end(), min(len(text), mm.end() + 40))
        if dm:
            hits.append((dm.start(), dm.end(), {"ID_DOCUMENT"}, "document"))
    for mm in KT_RE.finditer(text):
        if kenteken_valid(mm.group(1)):
            hits.append((mm.start(), mm.end(), {"LICENSE_PLATE"}, "kenteken"))
    for mm in re.finditer(r"(?i)kenteken\W{1,3}([a-z0-9]{1,3}-[a-z0-9]{2,3}-[a-z0-9]{1,3})(?![\w-])", text):
        if kenteken_valid(mm.group(1)):
            hits.append((mm.start(1), mm.end(1), {"LICENSE_PLATE"}, "kenteken after 'kenteken'"))
    for mm in re.finditer(r"(?<![\w])[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![\w])", text):
        if pc_uk_valid(mm.group(0)):
            hits.append((mm.start(), mm.end(), {"POSTCODE"}, "uk postcode"))
    for mm in DEPLATE_RE.finditer(text):
        hits.append((mm.start(), mm.end(), {"LICENSE_PLATE"}, "de-plate"))
    org_mails = [(mm.start(), mm.end()) for mm in EMAIL_RE.finditer(text)
                 if mm.group(0).lower().endswith("@" + ORG_DOMAIN)]
    for mm in NAME_RE.finditer(text):
        if not any(s <= mm.start() and mm.end() <= e for s, e in org_mails):
            hits.append((mm.start(), mm.end(), {"PERSON", "EMAIL"}, f"name token '{mm.group(1)}'"))
    for mm in STREET_RE.finditer(text):
        hits.append((mm.start(), mm.end() - 1, {"ADDRESS"}, "street + number"))
    for mm in UK_STREET_RE.finditer(text):
        hits.append((mm.start(), mm.end(), {"ADDRESS"}, "uk street"))
    return hits


def char_spans(text, spans):
    b = text.encode("utf-8")
    out = []
    for sp in spans:
        out.append((len(b[:sp["start"]].decode("utf-8")), len(b[:sp["end"]].decode("utf-8")), sp["label"]))
    return out


VALIDATORS = {
    "PERSON": lambda v: bool(re.fullmatch(r"[\w.'’ ,\-]+", v)) and bool(NAME_RE.search(v)),
    "EMAIL": email_valid, "PHONE": phone_valid, "IBAN": iban_valid,
    "BSN": lambda v: bsn_valid(v) or ob_valid(v),
    "ADDRESS": lambda v: bool(re.search(r"\d", v)) and any(s.lower() in v.lower() for s in ALL_STREETS),
    "POSTCODE": postcode_valid, "CREDIT_CARD": card_valid, "IP_ADDRESS": ip_valid, "DATE_OF_BIRTH": dob_valid,
    "ID_DOCUMENT": id_document_valid, "LICENSE_PLATE": plate_valid, "BTW_ID": btw_valid, "KVK": kvk_valid,
}


def audit_record(rec, values, pii, strict=True):
    errs = []
    text = rec["text"]
    b = text.encode("utf-8")
    if any(c in text for c in (S_OPEN, S_MID, S_CLOSE, "\ufffd")):
        errs.append("markup left in text")
    last_end = -1
    for sp in rec["spans"]:
        if sp["label"] not in LABELS:
            errs.append(f"bad label {sp['label']}")
        if sp["start"] < last_end or sp["end"] <= sp["start"]:
            errs.append(f"spans overlap / unsorted at {sp}")
        last_end = sp["end"]
        try:
            val = b[sp["start"]:sp["end"]].decode("utf-8")
        except UnicodeDecodeError:
            errs.append(f"span not on a character boundary {sp}")
            continue
        if val[0] in PUNCT_EDGE and not (sp["label"] == "PHONE" and val[0] in "+("):
            errs.append(f"span starts with punctuation/space: {val!r}")
        if val[-1] in PUNCT_EDGE:
            errs.append(f"span ends with punctuation/space: {val!r}")
        if not VALIDATORS[sp["label"]](val):
            errs.append(f"value not valid for {sp['label']}: {val!r}")
        if sp["label"] == "DATE_OF_BIRTH":
            cs = len(b[:sp["start"]].decode("utf-8"))
            ce = cs + len(val)
            if not BIRTH_RE.search(text[max(0, cs - 80):cs]) and not BIRTH_RE.search(text[ce:ce + 40]):
                errs.append(f"no birth word near DATE_OF_BIRTH {val!r}")
        low = val.lower()
        if ("zuiderpoort" in low or ORG_DOMAIN in low or ORG_KVK in val or ORG_RSIN in re.sub(r"\D", "", val)
                or iban_compact(val) in ORG_IBANS or (sp["label"] == "PHONE" and org_phone(val))
                or val in ORG_POSTCODES):
            errs.append(f"organisation data inside a span: {val!r}")
    cspans = char_spans(text, rec["spans"])
    if strict:
        got = [(l, text[s:e]) for s, e, l in cspans]
        if got != values:
            errs.append("spans differ from the marked values")
        if bool(rec["spans"]) != pii:
            errs.append(f"has spans = {bool(rec['spans'])} but scenario pii = {pii}")
    covered = lambda a, z, labels: any(s <= a and z <= e and l in labels for s, e, l in cspans)
    # every repeat of a labelled value is labelled
    for s, e, l in cspans:
        v = text[s:e]
        if len(v) < 3:
            continue
        pat = (r"(?<![\w])" + re.escape(v) + r"(?![\w])") if l == "PERSON" else re.escape(v)
        for mm in re.finditer(pat, text):
            if not any(s2 <= mm.start() and mm.end() <= e2 for s2, e2, _ in cspans):
                errs.append(f"unlabelled repeat of {l} {v!r}")
    for a, z, labels, what in scan(text):
        if not covered(a, z, labels):
            errs.append(f"unlabelled {what}: {text[a:z]!r}")
    for s, e, l in cspans:
        if l == "ADDRESS":
            mm = re.match(r"(?:,? |\r?\n)(\d{4,5})(?![\w])", text[e:])
            if mm and not covered(e + mm.start(1), e + mm.end(1), {"POSTCODE"}):
                errs.append(f"postcode after address unlabelled: {mm.group(1)!r}")
    return errs


# ----------------------------------------------------------------------------------------------------------------
# build
# ----------------------------------------------------------------------------------------------------------------
def build():
    OV_NUMBERS.clear()
    by_lang = {"nl": [], "en": [], "de": []}
    for lang, name, pii, fn in SCENARIOS:
        for k in (0, 1):
            r = random.Random(f"{SEED}:{name}:{k}")
            marked = fn(r, k)
            text, spans, values = render(marked)
            by_lang[lang].append({"scenario": f"{name}:{k}", "pii": pii, "values": values,
                                  "rec": {"id": None, "lang": lang, "text": text, "spans": spans}})
    out = []
    for lang in ("nl", "en", "de"):
        items = by_lang[lang]
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(items)
        for i, it in enumerate(items, 1):
            it["rec"]["id"] = f"{PREFIX}-{lang}-{i:03d}"
            out.append(it)
    return out


def main():
    mutation = "--mutation" in sys.argv[1:]
    n_checks = self_test()
    items = build()
    errors = []
    texts = set()
    for it in items:
        rec = it["rec"]
        if rec["text"] in texts:
            errors.append(f"{rec['id']} ({it['scenario']}): duplicate text")
        texts.add(rec["text"])
        for e in audit_record(rec, it["values"], it["pii"]):
            errors.append(f"{rec['id']} ({it['scenario']}): {e}")
    counts = {"nl": 0, "en": 0, "de": 0}
    for lang, _, _, _ in SCENARIOS:
        counts[lang] += 2
    if counts != {"nl": 60, "en": 50, "de": 40}:
        errors.append(f"wrong number of messages per language: {counts}")
    if errors:
        for e in errors:
            print("AUDIT:", e)
        print(f"{len(errors)} audit errors - gold.jsonl NOT written")
        sys.exit(1)

    data = "".join(json.dumps(it["rec"], ensure_ascii=False) + "\n" for it in items).encode("utf-8")
    with open(os.path.join(HERE, "gold.jsonl"), "wb") as f:
        f.write(data)
    with open(os.path.join(HERE, "pii-scrubber.toml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(org_toml())
    # read back and re-slice every span from the serialised bytes
    back = []
    with open(os.path.join(HERE, "gold.jsonl"), "rb") as f:
        for line_no, raw in enumerate(f, 1):
            rec = json.loads(raw.decode("utf-8"))
            tb = rec["text"].encode("utf-8")
            for sp in rec["spans"]:
                v = tb[sp["start"]:sp["end"]].decode("utf-8")
                assert v == v.strip() and v, (line_no, sp)
            back.append(rec)
    for it, rec in zip(items, back):
        tb = rec["text"].encode("utf-8")
        assert [(sp["label"], tb[sp["start"]:sp["end"]].decode("utf-8")) for sp in rec["spans"]] == it["values"]
    assert len(back) == 150

    # statistics
    print(f"self test: {n_checks} checks passed; audit: 0 errors in {len(back)} records")
    langs = ("nl", "en", "de")
    table = {l: {lang: 0 for lang in langs} for l in LABELS}
    nopii = {lang: 0 for lang in langs}
    for rec in back:
        if not rec["spans"]:
            nopii[rec["lang"]] += 1
        for sp in rec["spans"]:
            table[sp["label"]][rec["lang"]] += 1
    n_msgs = {lang: sum(1 for x in back if x["lang"] == lang) for lang in langs}
    print(f"messages: " + ", ".join(f"{l} {n_msgs[l]}" for l in langs))
    tot_np = sum(nopii.values())
    print(f"without personal data: {tot_np} ({', '.join(f'{l} {nopii[l]}' for l in langs)}) = "
          f"{100 * tot_np / len(back):.1f} %")
    lens = sorted(len(x["text"].encode("utf-8")) for x in back)
    print(f"length {lens[0]}-{lens[-1]} bytes (median {lens[len(lens) // 2]}); "
          f"non-ASCII {sum(1 for x in back if not x['text'].isascii())}; "
          f"emoji {sum(1 for x in back if any(ord(c) > 0xFFFF for c in x['text']))}; "
          f"CRLF {sum(1 for x in back if chr(13) in x['text'])}; "
          f"NBSP {sum(1 for x in back if chr(0xa0) in x['text'])}")
    print(f"OV-chipkaart numbers in texts: {len(OV_NUMBERS)} (Luhn-valid: {sum(1 for _, v in OV_NUMBERS if v)}), "
          f"none labelled")
    print(f"| label | nl | en | de | total |\n|---|---:|---:|---:|---:|")
    for l in LABELS:
        row = table[l]
        print(f"| `{l}` | {row['nl']} | {row['en']} | {row['de']} | {sum(row.values())} |")
    tl = {lang: sum(table[l][lang] for l in LABELS) for lang in langs}
    print(f"| **all** | {tl['nl']} | {tl['en']} | {tl['de']} | {sum(tl.values())} |")

    if mutation:
        caught = {l: [0, 0] for l in LABELS}
        for it in items:
            rec = it["rec"]
            for j, sp in enumerate(rec["spans"]):
                mut = dict(rec, spans=rec["spans"][:j] + rec["spans"][j + 1:])
                caught[sp["label"]][1] += 1
                if audit_record(mut, None, None, strict=False):
                    caught[sp["label"]][0] += 1
        print("mutation check (span removed -> audit complains): " +
              ", ".join(f"{l} {c}/{n}" for l, (c, n) in caught.items() if n))
    print("sha256 gold.jsonl:", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
