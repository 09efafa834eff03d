#!/usr/bin/env python3
"""heldout49 generator: Vaartland Autoclub (fictional Dutch roadside-assistance / motoring club).

Deterministic (string-seeded random.Random per instance), standard library only.
Writes gold.jsonl next to this file after a self test and an audit; `--check` runs both without writing.
"""
import datetime
import hashlib
import ipaddress
import json
import os
import random
import re
import sys

SEED = "heldout49/vaartland/v1"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")
PFX = "h49"

# ---------------------------------------------------------------- markup
S0, S1, S2 = "\ue000", "\ue001", "\ue002"   # labelled value: S0 LABEL S1 value S2
N0, N1 = "\ue003", "\ue004"                 # intentional negative / non-person string (skipped by scanners)
LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]


def m(label, value):
    assert label in LABELS, label
    return f"{S0}{label}{S1}{value}{S2}"


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
def NEG(v): return f"{N0}{v}{N1}"


def render(marked):
    """Strip markup; return text, spans (UTF-8 byte offsets), negative regions (char offsets)."""
    out, spans, negs = [], [], []
    i, pos, bpos = 0, 0, 0
    n = len(marked)
    while i < n:
        c = marked[i]
        if c == S0:
            j = marked.index(S1, i)
            k = marked.index(S2, j)
            label, value = marked[i + 1:j], marked[j + 1:k]
            assert S0 not in value and N0 not in value, value
            b = len(value.encode("utf-8"))
            spans.append({"start": bpos, "end": bpos + b, "label": label, "_value": value, "_c": (pos, pos + len(value))})
            out.append(value); pos += len(value); bpos += b
            i = k + 1
        elif c == N0:
            k = marked.index(N1, i)
            value = marked[i + 1:k]
            assert S0 not in value, value
            negs.append((pos, pos + len(value), value))
            out.append(value); pos += len(value); bpos += len(value.encode("utf-8"))
            i = k + 1
        else:
            out.append(c); pos += 1; bpos += len(c.encode("utf-8"))
            i += 1
    return "".join(out), spans, negs


# ---------------------------------------------------------------- validators
def digits(s):
    return re.sub(r"\D", "", s)


def elfproef(d):
    d = d.zfill(9)
    if len(d) != 9 or not d.isdigit() or int(d) == 0:
        return False
    s = sum(int(x) * w for x, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1]))
    return s % 11 == 0


def bsn_valid(s):
    s = s.strip()
    if re.fullmatch(r"(?i)NL\d{9}B\d{2}", s):          # old omzetbelastingnummer of a sole trader
        return elfproef(s[2:11]) and s[-2:] != "00"
    if not re.fullmatch(r"\d{9}|\d{8}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .-]\d{3}[ .-]\d{3}|\d{2}\.\d{2}\.\d{2}\.\d{3}", s):
        return False
    return elfproef(digits(s))


def mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "GB": 22, "FR": 27, "LU": 20, "AT": 20, "ES": 24, "PL": 28}


def iban_valid(s):
    c = re.sub(r"[\s\u00a0.-]", "", s).upper()
    if len(c) < 4 or c[:2] not in IBAN_LEN or len(c) != IBAN_LEN[c[:2]]:
        return False
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    if c[:2] == "NL" and not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", c):
        return False
    if c[:2] in ("BE", "DE", "PL") and not c[4:].isdigit():
        return False
    if c[:2] == "BE":
        n10, chk = int(c[4:14]), int(c[14:16])
        if (n10 % 97 or 97) != chk:
            return False
    if c[:2] == "GB" and not re.fullmatch(r"GB\d{2}[A-Z]{4}\d{14}", c):
        return False
    return mod97(c[4:] + c[:4]) == 1


def iban_make(cc, bban):
    chk = 98 - mod97(bban + cc + "00")
    return f"{cc}{chk:02d}{bban}"


def btw_valid(s):
    c = re.sub(r"[\s.]", "", s).upper()
    if not re.fullmatch(r"NL\d{9}B\d{2}", c) or c[-2:] == "00":
        return False
    return mod97(c) == 1 and not elfproef(c[2:11])


def luhn(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def card_brand(d):
    L = len(d)
    if d[0] == "4" and L in (13, 16, 19): return "visa"
    if 51 <= int(d[:2]) <= 55 and L == 16: return "mc"
    if 2221 <= int(d[:4]) <= 2720 and L == 16: return "mc"
    if d[:2] in ("34", "37") and L == 15: return "amex"
    if (d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649) and 16 <= L <= 19: return "discover"
    if 3528 <= int(d[:4]) <= 3589 and 16 <= L <= 19: return "jcb"
    if (d[:2] in ("36", "38", "39") or 300 <= int(d[:3]) <= 305 or d[:4] == "3095") and 14 <= L <= 19: return "diners"
    if (d[:2] in ("50", "56", "57", "58") or d[:1] == "6") and 12 <= L <= 19: return "maestro"
    return None


def card_valid(s):
    if not re.fullmatch(r"[\d -]+", s):
        return False
    d = digits(s)
    return 12 <= len(d) <= 19 and card_brand(d) is not None and luhn(d)


NL_AREA3 = {"10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38", "40", "43", "45", "46",
            "50", "53", "55", "58", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79"}
NL_AREA4 = {"111", "113", "114", "115", "117", "118", "161", "162", "164", "165", "166", "167", "168", "172",
            "174", "180", "181", "182", "183", "184", "186", "187", "222", "223", "224", "226", "227", "228",
            "229", "251", "252", "255", "294", "297", "299", "313", "314", "315", "316", "317", "318", "320",
            "321", "341", "342", "343", "344", "345", "346", "347", "348", "411", "412", "413", "416", "418",
            "475", "478", "481", "485", "486", "487", "488", "492", "493", "495", "497", "499", "511", "512",
            "513", "514", "515", "516", "517", "518", "519", "521", "522", "523", "524", "525", "527", "528",
            "529", "541", "543", "544", "545", "546", "547", "548", "561", "562", "566", "570", "571", "572",
            "573", "575", "577", "578", "591", "592", "593", "594", "595", "596", "597", "598", "599"}
DE_AREAS = {"221": (7, 8), "211": (7, 8), "251": (6, 8), "2821": (5, 7), "2822": (5, 7), "241": (6, 8),
            "2871": (5, 7), "201": (6, 8), "30": (7, 8), "40": (7, 8), "89": (7, 8), "2842": (4, 7)}


def _nl_nsn_ok(n):
    if re.fullmatch(r"6[1-58]\d{7}|8[458]\d{7}|91\d{7}", n): return True
    if len(n) == 9 and (n[:2] in NL_AREA3 or n[:3] in NL_AREA4) and n[0] != "6": return True
    return False


def _be_nsn_ok(n):
    if re.fullmatch(r"4[5-9]\d{7}", n): return True
    if re.fullmatch(r"[23][2-8]\d{6}|9[2-4]\d{6}", n): return True
    if re.fullmatch(r"(1[0-69]|5[0-9]|6[0-9]|8[0-9])\d{6}", n): return True
    return False


def _de_nsn_ok(n):
    if re.fullmatch(r"1(5[0-9]|6[0-9]|7[0-9])\d{7,8}", n): return True
    for a, (lo, hi) in DE_AREAS.items():
        if n.startswith(a) and lo <= len(n) - len(a) <= hi and n[len(a)] != "0":
            return True
    return False


def _uk_nsn_ok(n):
    return bool(re.fullmatch(r"7700900\d{3}|1134960\d{3}|1614960\d{3}|1174960\d{3}|2079460\d{3}", n))


def phone_valid(s):
    if not re.fullmatch(r"[+\d ()./-]+", s):
        return False
    t = s.replace("(0)", "")
    d = re.sub(r"[^\d+]", "", t)
    cc = None
    for code in ("31", "32", "49", "44"):
        if d.startswith("+" + code) or d.startswith("00" + code):
            cc = code
            d = d[len(code) + (1 if d[0] == "+" else 2):]
            if d.startswith("0"):
                d = d[1:]
            break
    else:
        if not d.startswith("0") or d.startswith("00"):
            return False
        d = d[1:]
    checks = {"31": [_nl_nsn_ok], "32": [_be_nsn_ok], "49": [_de_nsn_ok], "44": [_uk_nsn_ok],
              None: [_nl_nsn_ok, lambda n: bool(re.fullmatch(r"4[5-9]\d{7}", n)), _de_nsn_ok, _uk_nsn_ok]}[cc]
    return any(f(d) for f in checks)


def nl_postcode_valid(s):
    c = s.replace(" ", "")
    return bool(re.fullmatch(r"[1-9]\d{3}[A-Za-z]{2}", c)) and c[4:].upper() not in ("SA", "SD", "SS") \
        and re.fullmatch(r"[1-9]\d{3} ?[A-Za-z]{2}", s) is not None


def postcode_valid(s):
    if nl_postcode_valid(s): return True
    if re.fullmatch(r"[1-9]\d{3}", s): return True                       # BE
    if re.fullmatch(r"\d{5}", s) and 1001 <= int(s) <= 99998: return True  # DE
    if re.fullmatch(r"(?:[A-Z]{1,2}\d[A-Z\d]?) \d[ABD-HJLNP-UW-Z]{2}", s): return True  # UK
    return False


SIDECODES = ["XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9", "9-XXX-99",
             "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9"]
BANNED = {"SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS", "KVT", "VVD", "SP"}
MODERN = "BDFGHJKLNPRSTVXZ"


def kenteken_sidecode(s):
    c = re.sub(r"[\s-]", "", s).upper()
    if len(c) != 6 or not c.isalnum():
        return None
    if not re.fullmatch(r"[A-Za-z0-9]{6}|[A-Za-z0-9]{1,3}([ -][A-Za-z0-9]{1,3}){2}", s):
        return None
    for i, sc in enumerate(SIDECODES, 1):
        pat = sc.replace("-", "")
        if all((p == "X" and ch.isalpha()) or (p == "9" and ch.isdigit()) for p, ch in zip(pat, c)):
            if "-" in s or " " in s:   # separators must match the sidecode groups
                groups = re.split(r"[ -]", s.upper())
                if [len(g) for g in groups] != [len(g) for g in sc.split("-")]:
                    continue
            groups_sc = sc.split("-")
            pos, bad = 0, False
            for g in groups_sc:
                part = c[pos:pos + len(g)]; pos += len(g)
                if part.isalpha():
                    banned = set(BANNED)
                    if i < 8: banned -= {"KVT", "VVD"}
                    if i < 13: banned -= {"SP"}
                    if any(b in part for b in banned):
                        bad = True
                    if i >= 4 and any(ch not in MODERN for ch in part):
                        bad = True
            if not bad:
                return i
    return None


DE_AREA_CODES = {"D", "K", "E", "DU", "MS", "AC", "KLE", "BOR", "WES", "KR", "NE", "GE", "EN", "DN", "VIE", "RE", "BN", "COE", "ST", "BOH"}


def de_plate_valid(s):
    mt = re.fullmatch(r"([A-ZÄÖÜ]{1,3})[- ]([A-Z]{1,2})[ -]?(\d{1,4})[EH]?", s)
    return bool(mt) and mt.group(1) in DE_AREA_CODES and mt.group(3)[0] != "0"


def be_plate_valid(s):
    return bool(re.fullmatch(r"[1-9]-[A-Z]{3}-\d{3}|[1-9][A-Z]{3}\d{3}", s))


def plate_valid(s):
    return kenteken_sidecode(s) is not None or de_plate_valid(s) or be_plate_valid(s)


DE_DOC_ALPHA = "CFGHJKLMNPRTVWXYZ0123456789"


def iddoc_valid(s):
    c = s.replace(" ", "")
    if re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}\d", c) and "O" not in c and c[0] in "NBDSIAR":
        return True                                     # NL passport / ID card
    if re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}", c):
        return True                                     # DE Personalausweis / Reisepass
    if re.fullmatch(r"[45]\d{9}", c):
        return True                                     # NL rijbewijsnummer (10 digits, context)
    if re.fullmatch(r"\d{9}", c):
        return True                                     # UK passport (context)
    if re.fullmatch(r"I{1,3}V?-V[A-NP-Z1-9]{8}", c):
        return True                                     # NL residence document
    return False


TLDS = {"nl", "com", "be", "de", "net", "org", "uk", "eu", "io", "fr", "info"}


def email_valid(s):
    mt = re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._%+-]*@([A-Za-z0-9-]+\.)+([A-Za-z]{2,})", s)
    return bool(mt) and mt.group(2).lower() in TLDS and ".." not in s


def ip_valid(s):
    try:
        return ipaddress.ip_address(s).is_global
    except ValueError:
        return False


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
}


def parse_date(s):
    s = s.strip()
    mt = re.fullmatch(r"(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})", s)
    if mt:
        d, mo, y = map(int, mt.groups())
    else:
        mt = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
        if mt:
            y, mo, d = map(int, mt.groups())
        else:
            mt = re.fullmatch(r"(\d{1,2})\.? ([A-Za-zä]+),? (\d{4})", s) or None
            mt2 = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", s)
            if mt:
                d, name, y = int(mt.group(1)), mt.group(2), int(mt.group(3))
            elif mt2:
                name, d, y = mt2.group(1), int(mt2.group(2)), int(mt2.group(3))
            else:
                return None
            mo = None
            for lst in MONTHS.values():
                for i, nm in enumerate(lst):
                    if name.lower() == nm.lower():
                        mo = i + 1
            if mo is None:
                return None
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def dob_valid(s):
    d = parse_date(s)
    return d is not None and 1900 <= d.year <= 2025


def address_valid(s):
    return bool(re.search(r"\d", s)) and bool(re.search(r"[A-Za-zÀ-ÿ]{3,}", s))


def person_valid(s):
    return not re.search(r"\d|@", s) and bool(re.search(r"[A-Za-zÀ-ž]", s))


VALIDATE = {
    "PERSON": person_valid, "EMAIL": email_valid, "PHONE": phone_valid, "IBAN": iban_valid, "BSN": bsn_valid,
    "ADDRESS": address_valid, "POSTCODE": postcode_valid, "CREDIT_CARD": card_valid, "IP_ADDRESS": ip_valid,
    "DATE_OF_BIRTH": dob_valid, "ID_DOCUMENT": iddoc_valid, "LICENSE_PLATE": plate_valid,
    "BTW_ID": btw_valid, "KVK": lambda s: bool(re.fullmatch(r"[1-9]\d{7}", s)),
}

# ---------------------------------------------------------------- the organisation
ORG_NAMES = ["Vaartland Autoclub", "Autoclub Vaartland", "Vaartland", "Vaartland Pechhulp", "Vaartland Alarmcentrale",
             "Vaartland Verzekeringen", "Vaartland Reisverzekering", "Vaartland Ledenservice", "Vaartland Motoring Club",
             "Vaartland Pannenhilfe", "Flandria Autohulp", "Rheinische Pannenhilfe"]
ORG_DOMAINS = ["vaartland.example", "flandria-autohulp.example", "rheinische-pannenhilfe.example"]
ORG_PHONES = ["088 246 8100", "088 246 8200", "070 314 4790", "06 4817 2093", "0800 0246", "+32 2 545 19 10", "+49 211 5580440"]
ORG_PHONE_NSN = {"882468100", "882468200", "703144790", "648172093", "8000246", "25451910", "2115580440"}
ORG_IBANS = ["NL74RABO0347218856", "NL88INGB0008467215"]
ORG_KVK = ["40719352"]
ORG_BTW = ["NL816402103B01"]
ORG_ADDR = ["Bovenvaart 12", "3821 BK", "Postbus 2090", "3800 CB", "Antwoordnummer 4410", "3800 VB"]
ORG_HANDLES = ["@VaartlandNL", "@vaartland_pechhulp", "@VaartlandHelpt"]

# written variants used in the texts
ORG_TEL_PECH = ["088 246 8100", "088-2468100", "+31 88 246 8100", "088 - 246 81 00"]
ORG_TEL_LEDEN = ["088 246 8200", "088-2468200", "+31 (0)88 246 8200"]
ORG_TEL_ALARM = ["+31 70 314 4790", "070 314 4790", "+31 (0)70 314 47 90", "0031 70 3144790"]
ORG_WA = ["06 4817 2093", "06-48172093", "+31 6 4817 2093"]
ORG_IBAN_TXT = ["NL74 RABO 0347 2188 56", "NL74RABO0347218856"]


def org_nsn(s):
    d = digits(s.replace("(0)", ""))
    for code in ("0031", "31", "0032", "32", "0049", "49"):
        if s.strip().startswith(("+" + code[-2:], "00" + code[-2:])) and d.startswith(code):
            d = d[len(code):]
            break
    else:
        d = d[1:] if d.startswith("0") else d
    return d.lstrip("0")


# ---------------------------------------------------------------- synthetic data pools (written for this set)
POOLS = {
    "nl": (["Marloes", "Ingeborg", "Femke", "Wilma", "Saskia", "Noor", "Esmée", "Daniëlle", "Mirthe", "Liesbeth", "Hanneke", "Gerdien", "Loes", "Anouk"],
           ["Gerrit", "Henk", "Joost", "Wouter", "Teun", "Bram", "Maarten", "Sjoerd", "Hidde", "Evert", "Arjen", "Thijs", "Rutger", "Jeroen"],
           ["Bosschaart", "Hoogendijk", "de Graaff", "Kuipers", "Oosterhuis", "van der Meulen", "Brinkman", "Wagenaar", "ten Hove",
            "Scheepers", "Dijkstra", "Hofman", "Lankhorst", "Veenstra", "Terpstra", "Zandbergen", "Nieuwenhuis", "van Dongen",
            "Spruijt", "Kloosterman", "van den Akker", "Verweij", "Tichelaar", "Hagedoorn"]),
    "ma": (["Khadija", "Samira", "Elif", "Büşra"], ["Yassine", "Mehmet", "Hakan", "Bilal"],
           ["El Amrani", "Bouzerda", "Aydoğan", "Kocabaş", "Yıldırım", "Benali"]),
    "sr": (["Shanti", "Priya"], ["Ravi", "Arjun"], ["Ramsaransing", "Jagesar", "Raghunathan", "Venkatesan"]),
    "pl": (["Agnieszka", "Katarzyna", "Magdalena"], ["Tomasz", "Paweł", "Krzysztof"], ["Kowalczyk", "Mazur", "Nowak"]),
    "be": (["Griet", "Lieselot", "Katrien", "Hanne"], ["Pieter-Jan", "Wannes", "Jens", "Koenraad"],
           ["Vanhoutte", "De Wulf", "Verstraete", "Claeys", "Goossens", "Vermeersch"]),
    "de": (["Sabine", "Katrin", "Anja", "Ulrike", "Birgit", "Jana"], ["Jürgen", "Matthias", "Lars", "Dirk", "Torsten", "Henning"],
           ["Böckenhoff", "Hülsmann", "Overkämper", "Kemmerling", "Tönnies", "Weißhaupt", "Schwerdtfeger", "Pöppelmann",
            "Brüggemann", "Niehaus", "Terlinden"]),
    "uk": (["Siobhán", "Harriet", "Gemma", "Niamh", "Imogen", "Bethan"], ["Gareth", "Rhys", "Callum", "Oliver", "Declan", "Alistair"],
           ["Pennington", "Mulcahy", "Trevelyan", "Ashworth", "Fairbairn", "Hollingsworth", "Okonjo", "Whitcombe", "Brennan"]),
}
STAFF = {
    "jolien": ("Jolien", "Hofstede"), "sander": ("Sander", "Brinkhuis"), "naima": ("Naima", "Ouali"),
    "dennis": ("Dennis", "Oosterbaan"), "ruben": ("Ruben", "Lagerwey"), "mariska": ("Mariska", "Veltkamp"),
    "fiona": ("Fiona", "Gallacher"), "heike": ("Heike", "Dörrbecker"), "stijn": ("Stijn", "Baeyens"),
    "marco": ("Marco", "Schäfermeyer"),
}
TUSSEN = {"van", "der", "den", "de", "ten", "ter", "het", "'t", "Van", "De", "El", "von"}


class Pn:
    def __init__(self, first, last, sex):
        self.first, self.last, self.sex = first, last, sex

    @property
    def full(self): return f"{self.first} {self.last}"

    @property
    def Last(self): return self.last[0].upper() + self.last[1:]

    @property
    def ini(self): return "".join(p[0] + "." for p in self.first.split("-"))

    @property
    def heer(self): return "heer" if self.sex == "m" else "mevrouw"


def person(r, pool="nl", sex=None):
    f, mm, ln = POOLS[pool]
    sex = sex or r.choice("mf")
    return Pn(r.choice(f if sex == "f" else mm), r.choice(ln), sex)


def staff(key):
    f, l = STAFF[key]
    return Pn(f, l, "x")


def people(r, n, pools=("nl",)):
    seen, res = set(), []
    while len(res) < n:
        p = person(r, r.choice(pools))
        if p.first in seen or p.last in seen:
            continue
        seen.update([p.first, p.last]); res.append(p)
    return res


# ---------------------------------------------------------------- value generators
def rd(r, n, first="123456789"):
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def nl_mobile(r, form=None):
    d = "6" + r.choice("12345") + rd(r, 7, "1234567890")
    forms = [lambda: f"06-{d[1:]}", lambda: f"06 {d[1:5]} {d[5:]}", lambda: f"0{d}", lambda: f"+31 6 {d[1:]}",
             lambda: f"+31 (0)6 {d[1:5]} {d[5:]}", lambda: f"+316{d[1:]}", lambda: f"06-{d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}",
             lambda: f"0031 6 {d[1:5]} {d[5:]}", lambda: f"06 {d[1:]}"]
    return forms[form if form is not None else r.randrange(len(forms))]()


def nl_landline(r):
    if r.random() < 0.5:
        a = r.choice(["30", "33", "35", "38", "50", "53", "55", "26", "24", "76"])
        s = rd(r, 7, "2345789")
        return r.choice([f"0{a} {s[:3]} {s[3:]}", f"0{a}-{s}", f"+31 {a} {s[:3]} {s[3:]}", f"(0{a}) {s[:3]} {s[3:5]} {s[5:]}"])
    a = r.choice(["317", "318", "343", "344", "412", "475", "497", "575", "572", "591", "522", "548"])
    s = rd(r, 6, "2345789")
    return r.choice([f"0{a} {s[:2]} {s[2:4]} {s[4:]}", f"0{a}-{s}", f"+31 {a} {s}"])


def be_gsm(r):
    d = "4" + r.choice("789") + rd(r, 7, "0123456789")
    return r.choice([f"0{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+32 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"0{d[:3]}/{d[3:5]}.{d[5:7]}.{d[7:]}", f"0032 {d}"])


def de_mobile(r):
    p = r.choice(["151", "152", "160", "170", "171", "172", "176", "157"])
    s = rd(r, 8 if p not in ("160",) else 7, "123456789")
    return r.choice([f"0{p} {s}", f"0{p}-{s}", f"+49 {p} {s}", f"+49 (0){p} {s[:4]} {s[4:]}", f"0{p}/{s}"])


DE_TOWNS = [("Köln", "50733", "221"), ("Köln", "50939", "221"), ("Düsseldorf", "40477", "211"), ("Münster", "48155", "251"),
            ("Kleve", "47533", "2821"), ("Emmerich am Rhein", "46446", "2822"), ("Aachen", "52072", "241"),
            ("Bocholt", "46395", "2871"), ("Essen", "45136", "201")]


def de_landline(r, area=None):
    area = area or r.choice(["221", "211", "251", "2821", "241", "201"])
    lo, hi = DE_AREAS[area]
    s = rd(r, r.randint(max(lo, 6), min(hi, 7)), "2345789")
    return r.choice([f"0{area} {s}", f"0{area}/{s}", f"+49 {area} {s}", f"0{area}-{s[:3]} {s[3:]}"])


def uk_mobile(r):
    s = rd(r, 3, "0123456789")
    return r.choice([f"07700 900{s}", f"+44 7700 900{s}", f"07700900{s}", f"+44 (0)7700 900 {s}"])


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB", "RBRB"]


def nl_iban(r, style=None):
    c = iban_make("NL", r.choice(NL_BANKS) + rd(r, 10, "0123456789"))
    return fmt_iban(r, c, style)


def be_iban(r, style=None):
    n10 = rd(r, 10, "0123456789")
    c = iban_make("BE", n10 + f"{(int(n10) % 97) or 97:02d}")
    return fmt_iban(r, c, style)


def de_iban(r, style=None):
    c = iban_make("DE", r.choice(["370501", "300500", "400400", "358500", "428613", "320613"]) + rd(r, 2, "0123456789") + rd(r, 10, "0123456789"))
    return fmt_iban(r, c, style)


def gb_iban(r, style=None):
    c = iban_make("GB", r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + rd(r, 6, "123456789") + rd(r, 8, "0123456789"))
    return fmt_iban(r, c, style)


def fmt_iban(r, c, style=None):
    style = style if style is not None else r.choice(["compact", "spaced", "spaced", "lower", "nbsp"])
    if style == "compact": return c
    sp = " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    if style == "spaced": return sp
    if style == "lower": return c.lower()
    return sp.replace(" ", "\u00a0", 1)


def bsn(r, form=None):
    while True:
        d = rd(r, 9, "123456789")
        if elfproef(d):
            break
    forms = [d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"]
    return forms[form if form is not None else r.randrange(4)]


def non_elf9(r):
    while True:
        d = rd(r, 9)
        if not elfproef(d):
            return d


def elf9(r):
    while True:
        d = rd(r, 9)
        if elfproef(d):
            return d


def btw_id(r):
    while True:
        d = rd(r, 9, "0123456789")
        if elfproef(d):
            continue
        xx = (1 - int("2321" + d + "11") * 100) % 97
        if xx == 0:
            continue
        v = f"NL{d}B{xx:02d}"
        assert btw_valid(v)
        return v


def ob_nummer(r):
    return f"NL{bsn(r, 0)}B01"


def kvk(r):
    return rd(r, 8, "123456789")


def kenteken(r, sc=None, form="hyphen"):
    while True:
        sc = sc or r.choice([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 7, 8, 9, 11])
        pat = SIDECODES[sc - 1]
        out = "".join(r.choice(MODERN) if ch == "X" else (r.choice("123456789") if ch == "9" else "-") for ch in pat)
        if kenteken_sidecode(out) == sc:
            break
        sc = None
    if form == "hyphen": return out
    if form == "compact": return out.replace("-", "")
    if form == "lower": return out.lower()
    if form == "lowcompact": return out.replace("-", "").lower()
    if form == "space": return out.replace("-", " ")
    return out


def de_plate(r, town=None):
    area = town or r.choice(["KLE", "BOR", "D", "K", "MS", "AC", "WES", "KR", "DU", "E"])
    while True:
        v = f"{area}{r.choice(['-', ' '])}{''.join(r.choice('ABCDFGHJKLMNPRSTUVWXZ') for _ in range(r.randint(1, 2)))} {rd(r, r.randint(2, 4))}"
        if de_plate_valid(v):
            return v


def be_plate(r):
    v = f"{r.randint(1, 2)}-{''.join(r.choice('BCDFGHJKLMNPRSTVWXZ') for _ in range(3))}-{rd(r, 3)}"
    return v if r.random() < 0.75 else v.replace("-", "")


def nl_doc(r, kind="N"):
    alpha = "ABCDEFGHJKLMNPRSTUVWXZ"
    first = kind + r.choice("ABCDEFGHJKLMNPRSTUVWXZ")
    mid = "".join(r.choice(alpha + "123456789") for _ in range(6))
    return first + mid + r.choice("123456789")


def de_ausweis(r):
    while True:
        v = r.choice("LTCFGHJKMNPRVWXYZ") + "".join(r.choice(DE_DOC_ALPHA) for _ in range(8))
        if sum(ch.isdigit() for ch in v) >= 3:
            return v


def rijbewijs(r):
    return r.choice("45") + rd(r, 9, "0123456789")


def card(r, brand="visa", spaced=True):
    while True:
        if brand == "visa": d = "4" + rd(r, 15, "0123456789")
        elif brand == "mc": d = r.choice(["51", "52", "53", "54", "55"]) + rd(r, 14, "0123456789")
        elif brand == "mc2": d = str(r.randint(2221, 2720)) + rd(r, 12, "0123456789")
        else: d = r.choice(["34", "37"]) + rd(r, 13, "0123456789")
        if luhn(d):
            break
    if not spaced: return d
    if len(d) == 15: return f"{d[:4]} {d[4:10]} {d[10:]}"
    return " ".join(d[i:i + 4] for i in range(0, 16, 4))


def public_ip(r):
    while True:
        v = f"{r.choice([84, 81, 62, 145, 178, 86, 188, 94, 213, 31])}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if ip_valid(v):
            return v


def public_ip6(r):
    v = f"2a02:{r.choice(['a44', 'a46', 'a45', '810', '908'])}{r.choice('0123456789abcdef')}:{r.randint(0x1000, 0xffff):x}:{r.randint(0x100, 0xffff):x}::{r.randint(1, 0xfff):x}"
    assert ip_valid(v), v
    return v


NL_TOWNS = [("Amersfoort", "38"), ("Zwolle", "80"), ("Deventer", "74"), ("Apeldoorn", "73"), ("Ede", "67"), ("Breda", "48"),
            ("Tilburg", "50"), ("Haarlem", "20"), ("Leiden", "23"), ("Groningen", "97"), ("Nijmegen", "65"), ("Alkmaar", "18"),
            ("Enschede", "75"), ("Zeist", "37"), ("Assen", "94"), ("Harderwijk", "38")]
NL_STREETS = ["Korenbloemstraat", "Oude Vaartweg", "Laan van Bergvliet", "Wilgenhof", "Zuiderkade", "Molenakker", "Klaproosweg",
              "Spoorsingel", "Ganzenweide", "Burg. Tromplaan", "Schoolstraat", "Rietvinklaan", "Dorpsstraat", "Hazelaarpad",
              "Veerdam", "Jacob Catsstraat", "Lijsterbeslaan", "Kanaaldijk Oost", "Esdoornstraat", "Ridderhof", "Tjalkstraat"]
BE_TOWNS = [("Gent", "9000"), ("Gentbrugge", "9050"), ("Antwerpen", "2018"), ("Leuven", "3000"), ("Hasselt", "3500"),
            ("Brugge", "8000"), ("Mechelen", "2800"), ("Kortrijk", "8500")]
BE_STREETS = ["Molenstraat", "Stationsstraat", "Koning Albertlaan", "Brugsesteenweg", "Lindelei", "Kapelstraat", "Hoogstraat"]
DE_STREETS = ["Lindenstraße", "Am Mühlenbach", "Kalkarer Straße", "Heidekamp", "Bahnhofstraße", "Schützenstraße",
              "Im Wiesengrund", "Rosenhag", "Overbergstraße", "Weseler Straße"]
UK_PLACES = [("Leeds", "LS6 2AB"), ("Manchester", "M14 5RG"), ("Bristol", "BS7 8QT"), ("Edinburgh", "EH9 1HN"), ("York", "YO10 4DP")]
UK_STREETS = ["Wellfield Road", "Larkspur Close", "Mill Lane", "Ashgrove Terrace", "Kingfisher Way"]
ADDITIONS = ["", "", "", "a", "B", "-II", " bis", " hs", "-1", "A"]


def nl_addr(r):
    town, pre = r.choice(NL_TOWNS)
    while True:
        pc = f"{pre}{r.randint(1, 9)}{r.randint(0, 9)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRTVWXZ')}"
        if nl_postcode_valid(pc):
            break
    return f"{r.choice(NL_STREETS)} {r.randint(1, 188)}{r.choice(ADDITIONS)}", pc, town


def be_addr(r):
    town, pc = r.choice(BE_TOWNS)
    n = r.randint(1, 140)
    return f"{r.choice(BE_STREETS)} {n}{r.choice(['', ' bus 3', ' bus 2', '/1'])}", pc, town


def de_addr(r):
    town, pc, area = r.choice(DE_TOWNS)
    return f"{r.choice(DE_STREETS)} {r.randint(1, 96)}{r.choice(['', '', 'a', ' b'])}", pc, town, area


def uk_addr(r):
    town, pc = r.choice(UK_PLACES)
    return f"{r.randint(2, 140)} {r.choice(UK_STREETS)}", pc, town


def rdate(r, y0, y1):
    while True:
        try:
            return datetime.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28 if r.random() < 0.3 else 31))
        except ValueError:
            continue


def fdate(r, d, lang, style=None):
    style = style if style is not None else r.randrange(3)
    if lang == "nl":
        return [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day} {MONTHS['nl'][d.month - 1]} {d.year}", f"{d.day}-{d.month}-{d.year}", d.isoformat()][style]
    if lang == "en":
        return [f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}", f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}", d.isoformat()][style]
    return [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}", f"{d.day}.{d.month}.{d.year}", d.isoformat()][style]


def dob(r, lang, style=None, y0=1948, y1=2005):
    return fdate(r, rdate(r, y0, y1), lang, style)


def email_of(r, p, domains=("gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "planet.nl", "icloud.com")):
    base = lambda s: (s.lower().replace(" ", "").replace("'", "").replace("ë", "e").replace("é", "e").replace("ü", "ue").replace("ö", "oe")
                      .replace("ä", "ae").replace("ß", "ss").replace("ş", "s").replace("ğ", "g").replace("ı", "i").replace("á", "a").replace("ł", "l"))
    f, l = base(p.first), base(p.last)
    v = r.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{r.randint(60, 99)}", f"{l}.{f}", f"{f}_{l}"])
    return f"{v}@{r.choice(domains)}"


# hard-negative generators
NL_ROADS = ["A1", "A2", "A4", "A12", "A15", "A27", "A28", "A50", "A58", "A67", "A73", "A76", "N201", "N302", "N348", "A35", "A37"]
DE_ROADS = ["A3", "A57", "A61", "A40", "A1", "A31", "A44", "A2", "B8", "B67"]
BE_ROADS = ["E19", "E40", "E313", "E17", "E34", "R0", "E314"]


def hmp(r):
    return f"{r.randint(2, 239)},{r.randint(0, 9)}"


def hmp_range(r, sep="–"):
    a = r.randint(2, 220) * 10 + r.randint(0, 9)
    b = a + r.randint(8, 120)
    return f"{a // 10},{a % 10}{sep}{b // 10},{b % 10}"


def lidnr(r):
    d = "3" + rd(r, 9, "0123456789")
    return r.choice([d, f"{d[:4]} {d[4:8]} {d[8:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}"])


def dossier(r, y=2025):
    return r.choice([f"PH-{y % 100}-{rd(r, 7)}", f"PH{y}{rd(r, 6)}", f"VL-{rd(r, 8)}"])


def schadenr(r):
    return r.choice([f"S{r.randint(24, 25)}-{rd(r, 6)}", f"SCH-2025-{rd(r, 5)}", f"{rd(r, 4)}/{rd(r, 6)}"])


def polisnr(r):
    return r.choice([f"AV-{rd(r, 4)}-{rd(r, 6)}", f"RV{rd(r, 8)}", f"{rd(r, 3)}.{rd(r, 3)}.{rd(r, 3)}-A"])


def eur(r, lo, hi, lang="nl"):
    v = r.randint(lo * 100, hi * 100) / 100
    s = f"{v:,.2f}"
    if lang in ("nl", "de"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        return f"€ {s}" if lang == "nl" else f"{s} €"
    return f"€{s}"


def hhmm(r, h0=6, h1=23):
    return f"{r.randint(h0, h1):02d}:{r.randint(0, 59):02d}"


def plate_like_code(r):
    """Product / error codes shaped like kentekens (hard negatives)."""
    return kenteken(r, r.choice([4, 7, 9, 11]))


# ---------------------------------------------------------------- scenarios
SCEN = []


def sc(lang, pii):
    def deco(f):
        SCEN.append((lang, pii, f.__name__, f))
        return f
    return deco


def aanhef(p): return "meneer" if p.sex == "m" else "mevrouw"
def herr(p): return "Herr" if p.sex == "m" else "Frau"
def mr(p): return "Mr" if p.sex == "m" else "Ms"


# ============================== Dutch, with personal data (19)
@sc("nl", True)
def nl_call_transcript(r, k):
    ag = staff(r.choice(["jolien", "sander"])); c = person(r, r.choice(["nl", "nl", "ma", "sr"]))
    road, h, t, ln, dn = r.choice(NL_ROADS), hmp(r), hhmm(r), lidnr(r), dossier(r)
    if k == 0:
        return (f"Transcript pechmelding {dn} — gesprek gestart {t}\n"
                f"Agent: Vaartland Pechhulp, u spreekt met {P(ag.first)}, waarmee kan ik u helpen?\n"
                f"Beller: Ja goedemiddag, met {P(c.full)}. Mijn auto is stilgevallen op de {road}, ik sta op de vluchtstrook bij hectometerpaal {h}.\n"
                f"Agent: Staat u veilig achter de vangrail? En wat is het kenteken?\n"
                f"Beller: {LP(kenteken(r))}, een grijze Opel Astra. Mijn lidnummer is {ln}.\n"
                f"Agent: Dank u, {aanhef(c)} {P(c.Last)}. Op welk nummer kunnen we u terugbellen?\n"
                f"Beller: {PH(nl_mobile(r))}.\n"
                f"Agent: De hulpverlener is er naar verwachting binnen 45 minuten. Alarmlichten aan en blijf achter de vangrail.\n")
    return (f"[spraak-naar-tekst, automatisch, niet gecorrigeerd] dossier {dn}\n"
            f"agent: goedemorgen vaartland pechhulp met {P(ag.first.lower())}\n"
            f"beller: ja hoi met {P(c.first.lower() + ' ' + c.last.lower())} eh ik sta op de {road.lower()} ter hoogte van hectometer {h.replace(',', ' komma ')} richting utrecht de motor maakte een raar geluid en nu doet ie niks meer\n"
            f"agent: oké wat is uw kenteken\n"
            f"beller: {LP(kenteken(r, form='lower'))} een witte peugeot\n"
            f"agent: en uw mobiele nummer\n"
            f"beller: {PH(nl_mobile(r, 2))}\n"
            f"agent: dank u we sturen iemand de verwachte aankomst is {t}\n")


@sc("nl", True)
def nl_tow_form(r, k):
    c = person(r); a, pc, town = nl_addr(r); plate = kenteken(r)
    if k == 0:
        return ("Webformulier: Sleepopdracht / transport na pech\n"
                f"Ingediend: {fdate(r, rdate(r, 2025, 2025), 'nl', 0)} {hhmm(r)}\n"
                f"Naam: {P(c.Last + ', ' + c.first)}\n"
                f"Lidnummer: {lidnr(r)}\n"
                f"Kenteken: {LP(plate)}\n"
                "Merk/type: Volkswagen Touran 1.5 TSI\n"
                f"Huidige locatie voertuig: Autobedrijf De Vaart (opslagterrein), {r.choice(NL_ROADS)} afrit {r.randint(8, 33)}\n"
                "Gewenste bestemming: thuisadres\n"
                f"Straat + huisnummer: {AD(a)}\n"
                f"Postcode: {PC(pc)}\n"
                f"Plaats: {town}\n"
                f"Telefoon: {PH(nl_mobile(r))}\n"
                f"E-mail: {EM(email_of(r, c))}\n"
                "Opmerking: sleutel ligt bij de balie van het autobedrijf, graag na 16:00 afleveren")
    return (f"Onderwerp: auto naar huis laten brengen\n\nBeste Vaartland,\n\n"
            f"Vorige week ben ik met mijn Kia ({LP(kenteken(r, form='compact'))}) gestrand op de {r.choice(NL_ROADS)}. Hij staat nu nog bij de garage in {r.choice(['Hoevelaken', 'Ridderkerk', 'Nieuwegein'])}. "
            f"Kunnen jullie hem naar mijn huis brengen? Adres: {AD(a)}, {PC(pc)} {town}. Ik ben bereikbaar op {PH(nl_landline(r))} (overdag) of mobiel {PH(nl_mobile(r))}.\n\n"
            f"Dossiernummer was {dossier(r)} geloof ik.\n\nGroet,\n{P(c.first)}")


@sc("nl", True)
def nl_replacement_car(r, k):
    c = person(r, r.choice(["nl", "nl", "pl", "ma"])); dn = dossier(r)
    if k == 0:
        return (f"Aanvraag vervangend vervoer — dossier {dn}\n"
                f"Bestuurder: {P(c.ini + ' ' + c.Last)}\n"
                f"Geboortedatum: {DOB(dob(r, 'nl', 0, 1955, 2003))}\n"
                f"Rijbewijsnummer: {ID(rijbewijs(r))}\n"
                f"Rijbewijs geldig tot: {fdate(r, rdate(r, 2027, 2034), 'nl', 0)}\n"
                f"E-mail: {EM(email_of(r, c))}\n"
                f"Ophaallocatie: verhuurbalie station Amersfoort Centraal, vanaf {hhmm(r, 8, 11)}\n"
                f"Categorie: B (compact), max. 5 dagen conform Vaartland Pechhulp Plus\n"
                f"Behandeld door: {P(staff('sander').full)}")
    return (f"hoi, de monteur zei dat ik recht heb op een vervangende auto omdat mijn auto ({LP(kenteken(r, form='lowcompact'))}) pas over 3 dagen klaar is. "
            f"wat hebben jullie nodig? mijn rijbewijsnr is {ID(rijbewijs(r))} en ik ben geboren op {DOB(dob(r, 'nl', 2, 1960, 2002))} als dat nodig is. "
            f"dossier {dn}\n\ngr {P(c.first.lower())}")


@sc("nl", True)
def nl_direct_debit(r, k):
    c = person(r); sp = person(r, sex="f" if c.sex == "m" else "m"); ln = lidnr(r)
    month = r.choice(["januari", "februari", "maart", "april", "mei", "juni"])
    if k == 0:
        return ("Onderwerp: wijziging rekeningnummer automatische incasso\n\nGeachte ledenservice,\n\n"
                f"Per 1 {month} wil ik dat de contributie voor lidmaatschap {ln} wordt afgeschreven van rekening {IB(nl_iban(r))} "
                f"in plaats van mijn oude rekening {IB(nl_iban(r))}, die ik ga opheffen. De nieuwe rekening staat op naam van {P(c.ini + ' ' + c.last)}.\n\n"
                "Kunt u bevestigen dat de machtiging is aangepast?\n\n"
                f"Met vriendelijke groet,\n\n{P(c.full)}")
    return (f"hallo, nieuw rekeningnr voor de incasso: {IB(nl_iban(r, 'lower'))} (t.n.v. mijn {'vrouw' if sp.sex == 'f' else 'man'} {P(sp.full)}). "
            f"lidnr {ln}. de oude rekening niet meer gebruiken aub. alvast bedankt! {P(c.first)}")


@sc("nl", True)
def nl_double_debit(r, k):
    c = person(r, r.choice(["nl", "sr", "ma"])); amt = eur(r, 55, 140)
    d = fdate(r, rdate(r, 2025, 2025), "nl", r.choice([0, 1]))
    body = (f"Er is op {d} twee keer {amt} afgeschreven voor de contributie (omschrijving: 'Vaartland contributie 2025 LID-{rd(r, 7)}'). "
            f"Incassant-ID NL39ZZZ407193520000, machtigingskenmerk VLD{rd(r, 9)}. "
            f"Graag het dubbele bedrag terugstorten op {IB(nl_iban(r))}.")
    if k == 0:
        return f"Geachte heer/mevrouw,\n\n{body}\n\nHoogachtend,\n{P(c.ini + ' ' + c.Last)}\n{PH(nl_landline(r))}"
    return f"Beste Vaartland,\n\n{body} Ik heb liever niet dat ik de incasso zelf moet storneren.\n\nMvg {P(c.full)}\n\nVerstuurd vanaf mijn iPhone"


@sc("nl", True)
def nl_insurance_quote(r, k):
    c = person(r); a, pc, town = nl_addr(r); nr = a.split(" ")[-1]
    if k == 0:
        return ("Offerteaanvraag autoverzekering (website)\n"
                f"Kenteken: {LP(kenteken(r))}\n"
                f"Postcode: {PC(pc.replace(' ', ''))}   Huisnummer: {nr.strip()}\n"
                f"Geboortedatum regelmatige bestuurder: {DOB(dob(r, 'nl', r.choice([0, 2]), 1950, 2004))}\n"
                f"Schadevrije jaren: {r.randint(0, 15)}\n"
                "Kilometrage per jaar: 10.001 - 15.000 km\n"
                f"Dekking: WA + Beperkt Casco, eigen risico {eur(r, 100, 300)}\n"
                f"Naam: {P(c.full)}\n"
                f"E-mail: {EM(email_of(r, c))}\n"
                f"Offertenummer: OFF-{rd(r, 8)} (geldig 30 dagen)")
    kid = person(r, sex="f")
    return (f"Hoi, ik wil graag een premie laten berekenen. Mijn dochter {P(kid.first)} (geboren {DOB(dob(r, 'nl', 1, 2004, 2007))}) "
            f"heeft net haar rijbewijs en gaat in mijn auto rijden, de {LP(kenteken(r, form='space'))}. Kan zij als regelmatige bestuurder op mijn polis {polisnr(r)}? "
            f"We wonen op {AD(a)} in {town}.\n\nGroetjes, {P(c.full)}")


@sc("nl", True)
def nl_claim_abroad(r, k):
    c = person(r); ad = fdate(r, rdate(r, 2025, 2025), "nl", 0)
    if k == 0:
        o = person(r, "de"); dt = de_addr(r)
        return ("Onderwerp: schademelding aanrijding Duitsland\n\n"
                f"Op {ad} om {hhmm(r)} ben ik op de {r.choice(DE_ROADS)} bij Oberhausen van achteren aangereden. Het Europees schadeformulier is ingevuld en ondertekend.\n\n"
                f"Tegenpartij: {herr(o)} {P(o.full)}, {AD(dt[0])}, {PC(dt[1])} {dt[2]}\n"
                f"Kennzeichen tegenpartij: {LP(de_plate(r))}\n"
                f"Handy tegenpartij: {PH(de_mobile(r))}\n"
                f"Verzekeraar tegenpartij: Westfalia Kraftfahrt Versicherung, Schaden-Nr. {rd(r, 2)}-{rd(r, 7)}\n"
                f"Mijn kenteken: {LP(kenteken(r))}, polisnummer {polisnr(r)}\n\n"
                f"Foto's volgen via de app. Mvg, {P(c.full)}")
    o = person(r, "be"); ba = be_addr(r)
    return (f"Schadeclaim na aanrijding in België — eigen schadenummer {schadenr(r)}\n\n"
            f"Beste {P(staff('mariska').first)},\n\nZoals telefonisch besproken: de aanrijding was op {ad} op de {r.choice(BE_ROADS)} bij Kortrijk. "
            f"De andere bestuurder, {P(o.full)}, woont op {AD(ba[0])}, {PC(ba[1])} {ba[2]}. {'Haar' if o.sex == 'f' else 'Zijn'} nummerplaat is {LP(be_plate(r))} en gsm {PH(be_gsm(r))}. "
            f"De politie van zone Vlas heeft een PV opgemaakt (PV-nr. KO.{rd(r, 2)}.L{rd(r, 1)}.{rd(r, 6)}/2025).\n\n"
            f"Mijn eigen auto, {LP(kenteken(r))}, staat bij een garage in Menen.\n\nMet vriendelijke groet,\n{P(c.full)}")


@sc("nl", True)
def nl_technician_note(r, k):
    tech = staff(r.choice(["ruben", "dennis"])); c = person(r); dn = dossier(r)
    if k == 0:
        return (f"MONTEURSNOTITIE | dossier {dn} | {fdate(r, rdate(r, 2025, 2025), 'nl', 0)} {hhmm(r)}\n"
                f"Hulpverlener: {P(tech.full)} (bus 14)\n"
                f"Klant: {aanhef(c)} {P(c.Last)}, kenteken {LP(kenteken(r, form='compact'))}\n"
                f"Locatie: {r.choice(NL_ROADS)} Li hmp {hmp(r)}, vluchtstrook\n"
                f"Diagnose: accu {r.randint(10, 11)},{r.randint(0, 9)} V in rust, foutcode P0562 + U0100, storingscode dashboard {NEG(plate_like_code(r))}\n"
                f"Actie: accu vervangen (Varta E11 74Ah, art. 574012068), {eur(r, 160, 240)} afgerekend via pin, bon {rd(r, 6)}\n"
                f"Terugbelnummer klant: {PH(nl_mobile(r))}\n"
                "Status: opgelost langs de weg")
    return (f"notitie {P(tech.first.lower())}: klant {P(c.first + ' ' + c.last)} stond op carpoolplaats {r.choice(['Hoevelaken', 'Bunnik', 'Leusden'])}, "
            f"auto {LP(kenteken(r, form='lower'))} (Toyota Yaris hybride) 12V accu leeg door binnenverlichting. gestart met booster, laadtest ok, "
            f"geen vervolg nodig. klant wil wel gebeld worden over verlenging lidmaatschap op {PH(nl_mobile(r, 0))}. tijd ter plaatse {r.randint(15, 40)} min.")


@sc("nl", True)
def nl_whatsapp(r, k):
    c = person(r, r.choice(["nl", "ma", "sr"])); a, pc, town = nl_addr(r); mob = nl_mobile(r, 3); ag = staff("naima")
    t = r.randint(7, 21)
    lines = [f"[{t:02d}:02] Vaartland: Hoi! Je chat met Vaartland Pechhulp via WhatsApp ({r.choice(ORG_WA)}). Stuur je locatie en je kenteken.",
             f"[{t:02d}:03] {PH(mob)}: ik sta voor de deur bij mijn moeder, {AD(a)} in {town}, auto start niet 🙄",
             f"[{t:02d}:03] {PH(mob)}: kenteken {LP(kenteken(r, form=r.choice(['lower', 'hyphen'])))}",
             f"[{t:02d}:05] Vaartland ({P(ag.first)}): Dank je! Hulpverlener is onderweg, verwachte aankomst {t + 1:02d}:{r.randint(0, 59):02d}. Je dossiernummer is {dossier(r)}."]
    if k == 1:
        lines.insert(3, f"[{t:02d}:04] {PH(mob)}: o en postcode is {PC(pc)} voor de navigatie. groetjes {P(c.first)}")
    else:
        lines.append(f"[{t:02d}:06] {PH(mob)}: top 👍 {P(c.first.lower())}")
    return "\n".join(lines)


@sc("nl", True)
def nl_bsn_unasked(r, k):
    c = person(r, r.choice(["nl", "ma", "pl"]))
    if k == 0:
        return ("Onderwerp: claim reisverzekering, gestolen tas Barcelona\n\n"
                f"Voor de claim (polis {polisnr(r)}) stuur ik alvast al mijn gegevens, dan hoeft u er niet meer om te vragen:\n\n"
                f"Naam: {P(c.full)}\nBSN: {BS(bsn(r))}\nPaspoortnummer: {ID(nl_doc(r, 'N'))}\n"
                f"Geboortedatum: {DOB(dob(r, 'nl', 0))}\nIBAN voor uitbetaling: {IB(nl_iban(r))}\n\n"
                f"De aangifte (atestado nº {rd(r, 4)}/2025/{rd(r, 5)}) zit als pdf in de bijlage. Schade: {eur(r, 300, 1200)}.\n\n"
                f"Groet, {P(c.first)}")
    return (f"Goedendag, hierbij een kopie van mijn ID-kaart (documentnummer {ID(nl_doc(r, 'I'))}) voor de schade aan de huurauto in Portugal. "
            f"Mijn burgerservicenummer is {BS(bsn(r, 1))}, als jullie dat nodig hebben. Het huurcontract heeft nummer {rd(r, 9)}-PT.\n\n"
            f"Vriendelijke groet,\n{P(c.ini + ' ' + c.last)}")


@sc("nl", True)
def nl_business_fleet(r, k):
    c = person(r); co = r.choice(["Hoveniersbedrijf De Groene Vinger", "Installatiebedrijf Kanaalzicht B.V.", "Koeriersdienst Snelpost V.O.F."])
    plates = [kenteken(r, r.choice([9, 10, 11, 12])) for _ in range(3)]
    if k == 0:
        return ("Aanvraag zakelijk lidmaatschap (wagenpark)\n"
                f"Bedrijfsnaam: {co}\nKvK-nummer: {KVK(kvk(r))}\nBtw-id: {BTW(btw_id(r))}\n"
                f"Contactpersoon: {P(c.full)}\nTelefoon: {PH(nl_landline(r))}\nE-mail: {EM(email_of(r, c, ('gmail.com', 'outlook.com')))}\n"
                f"Voertuigen: {LP(plates[0])} (bestelbus), {LP(plates[1])} (bestelbus), {LP(plates[2])} (personenauto)\n"
                f"Pakket: Zakelijk Europa, {eur(r, 300, 700)} per jaar excl. btw")
    return (f"Goedemiddag,\n\nWij willen onze drie bussen ({LP(plates[0])}, {LP(plates[1])} en {LP(plates[2].replace('-', ''))}) zakelijk bij jullie onderbrengen. "
            f"Ons KvK-nummer is {KVK(kvk(r))} en ons btw-nummer {BTW(btw_id(r))}. Factuur graag naar de administratie.\n\n"
            f"Met vriendelijke groet,\n{P(c.full)}\n{co}\nMobiel {PH(nl_mobile(r))}")


@sc("nl", True)
def nl_zzp_ob(r, k):
    c = person(r)
    if k == 0:
        return (f"Beste ledenservice,\n\nIk ben zzp'er (eenmanszaak, KvK {KVK(kvk(r))}). Op de factuur van de sleepdienst staat nog mijn oude btw-nummer {BS(ob_nummer(r))}, "
                f"maar sinds 2020 heb ik een nieuw btw-id: {BTW(btw_id(r))}. Kunnen jullie de factuur ({rd(r, 4)}-{rd(r, 5)}) opnieuw uitsturen?\n\n"
                f"Groeten,\n{P(c.full)}")
    return (f"Correctie factuurgegevens, lidnummer {lidnr(r)}:\n- naam: {P(c.full)} h.o.d.n. Klusbedrijf Rivierenland\n"
            f"- KvK: {KVK(kvk(r))}\n- omzetbelastingnummer (oud): {BS(ob_nummer(r))}\n- btw-id: {BTW(btw_id(r))}\n- bedrag: {eur(r, 120, 400)} incl. btw")


@sc("nl", True)
def nl_social(r, k):
    if k == 0:
        c = person(r); road = r.choice(NL_ROADS)
        return (f"@VaartlandNL al anderhalf uur wachten op de {road} bij hmp {hmp(r)} met 2 kinderen achterin 😡😡 kenteken {LP(kenteken(r))}, dossier {dossier(r)}. "
                f"wie komt er nou?? #pechhulp #{road.lower()}\n— {P(c.first)}\n\n"
                f"↳ @VaartlandNL: Vervelend {P(c.first)}! We hebben je melding met spoed doorgezet, de hulpverlener is binnen 15 min bij je. ^{P(staff('naima').first)}")
    c = person(r); tech = staff(r.choice(["ruben", "dennis"]))
    return (f"Top service van hulpverlener {P(tech.first)} vanochtend op de {r.choice(NL_ROADS)} 👍👍 binnen 20 minuten was hij er, band gewisseld en ik kon weer door. "
            f"Aanrader! @VaartlandNL #pechhulp #tevreden\n\ngroetjes {P(c.full)}")


@sc("nl", True)
def nl_travel_claim(r, k):
    c = person(r); sp = person(r); pol = polisnr(r)
    if k == 0:
        return ("Claimformulier Vaartland Reisverzekering\n"
                f"Polisnummer: {pol}\nVerzekerde: {P(c.full)}\nGeboortedatum verzekerde: {DOB(dob(r, 'nl', 1))}\n"
                f"Medereiziger: {P(sp.full)}, geboren {DOB(dob(r, 'nl', 0))}\n"
                f"Reisperiode: {fdate(r, (d0 := rdate(r, 2025, 2025)), 'nl', 0)} t/m {fdate(r, d0 + datetime.timedelta(days=r.randint(5, 16)), 'nl', 0)}\n"
                "Bestemming: Oostenrijk (Tirol)\nOmschrijving: skibril en jas gestolen uit skikluis, aangifte gedaan\n"
                f"Geclaimd bedrag: {eur(r, 150, 900)}\nIBAN: {IB(nl_iban(r, 'spaced'))} t.n.v. {P(c.ini + ' ' + c.last)}")
    return (f"Hallo {P(staff('mariska').first)},\n\nIn de bijlage de doktersrekening uit Kroatië ({eur(r, 200, 600)}). Mijn {'man' if sp.sex == 'm' else 'vrouw'} {P(sp.first)} werd daar ziek en moest naar de spoedpost. "
            f"Polis {pol}. Het geld mag op {IB(nl_iban(r))}. Mijn BSN is {BS(bsn(r, 0))} als jullie dat nodig hebben.\n\nHartelijke groet,\n{P(c.full)}\n{PH(nl_mobile(r))}")


@sc("nl", True)
def nl_survey(r, k):
    c = person(r); tech = staff(r.choice(["ruben", "dennis"]))
    score = r.choice([9, 10, 8]) if k == 0 else r.choice([3, 4, 5])
    txt = (f"{P(tech.first)} was heel vriendelijk en legde alles rustig uit." if k == 0
           else f"Het duurde 2,5 uur voordat er iemand kwam en de meldkamer ({P(staff('sander').first)}) beloofde 45 minuten. Niet oké met een baby in de auto.")
    return ("Klanttevredenheidsonderzoek — export " + fdate(r, rdate(r, 2025, 2025), "nl", 3) + "\n"
            f"Respons-ID: {rd(r, 6)}\nDossier: {dossier(r)}\nCijfer (1-10): {score}\nToelichting: {txt}\n"
            f"Mogen wij contact met u opnemen? Ja, via {EM(email_of(r, c))}\nNaam (optioneel): {P(c.full if k == 0 else c.first.lower())}")


@sc("nl", True)
def nl_forwarded_reply(r, k):
    c = person(r, r.choice(["nl", "sr", "ma"])); ag = staff("naima"); em = email_of(r, c); dn = dossier(r)
    d = fdate(r, rdate(r, 2025, 2025), "nl", 1)
    return (f"Van: {P(c.full)} <{EM(em)}>\nAan: ledenservice@vaartland.example\nOnderwerp: RE: Uw pechmelding {dn}\n\n"
            f"Hallo {P(ag.first)},\n\nDank voor je reactie. De factuur van de garage ({eur(r, 180, 650)}) zit in de bijlage. "
            + ("Kan het bedrag op mijn rekening " + IB(nl_iban(r)) + "? " if k == 0 else "Ik ben vanaf maandag weer bereikbaar op " + PH(nl_mobile(r)) + ". ")
            + f"\n\nGroet,\n{P(c.first)}\n\n"
            f"> Op {d} om {hhmm(r)} schreef Vaartland Ledenservice <ledenservice@vaartland.example>:\n"
            f"> Beste {P(c.first)},\n> Wij vergoeden sleepkosten in het buitenland tot {eur(r, 500, 800)} als je de originele factuur meestuurt.\n"
            f"> Met vriendelijke groet,\n> {P(ag.full)}\n> Vaartland Ledenservice | {r.choice(ORG_TEL_LEDEN)} | www.vaartland.example")


@sc("nl", True)
def nl_address_change(r, k):
    c = person(r); old = nl_addr(r); new = nl_addr(r)
    if k == 0:
        return (f"Adreswijziging lidnummer {lidnr(r)}\n\nOud adres: {AD(old[0])}, {PC(old[1])} {old[2]}\n"
                f"Nieuw adres: {AD(new[0])}, {PC(new[1])} {new[2].upper()}\nIngangsdatum: {fdate(r, rdate(r, 2025, 2025), 'nl', 0)}\n\n"
                f"De auto ({LP(kenteken(r))}) staat vanaf dan ook op het nieuwe adres.\n\n{P(c.full)}")
    return (f"goedemiddag, wij zijn verhuisd naar {AD(new[0])} ({PC(new[1].replace(' ', '').lower())}) in {new[2]}. willen jullie dat aanpassen voor ons gezinslidmaatschap? "
            f"ook mijn partner {P(person(r).full)} staat erop. vriendelijke groet, {P(c.full)}")


@sc("nl", True)
def nl_belgian_member(r, k):
    c = person(r, "be"); a, pc, town = be_addr(r)
    if k == 0:
        return (f"Goeiedag,\n\nIk ben lid via Flandria Autohulp en had gisteren pech op de {r.choice(BE_ROADS)} richting Antwerpen. Jullie Nederlandse partner heeft de auto gesleept. "
                f"Nummerplaat: {LP(be_plate(r))}. Mijn gsm is {PH(be_gsm(r))}. Adres: {AD(a)}, {PC(pc)} {town}.\n\n"
                f"Voor de terugbetaling van de takelkosten ({eur(r, 150, 420)}): {IB(be_iban(r))}.\n\nMet vriendelijke groeten,\n{P(c.full)}")
    return (f"Dag {P(staff('jolien').first)}, bedankt voor het telefoontje. Zoals gevraagd: de wagen ({LP(be_plate(r))}) mag naar de garage bij mij thuis in de buurt, "
            f"{AD(a)} te {town}. Ik ben de hele dag op {PH(be_gsm(r))}. Groetjes, {P(c.first)}")


@sc("nl", True)
def nl_app_or_card(r, k):
    c = person(r)
    if k == 0:
        return (f"Onderwerp: vreemde login in de Vaartland-app\n\nIk kreeg vannacht om {hhmm(r, 1, 4)} een melding 'Nieuwe login op je account vanaf IP-adres {IP(public_ip(r))}' "
                f"maar dat was ik niet! Mijn eigen IP thuis is {IP(public_ip(r))} volgens de router. App-versie 7.14.2 op Android 14. Account: {EM(email_of(r, c))}.\n\n"
                f"Graag snel actie. {P(c.full)}")
    return (f"Beste Vaartland, ik wil de sleepkosten uit Frankrijk ({eur(r, 300, 900)}) liever met mijn creditcard betalen dan via iDEAL. "
            f"Kaartnummer {CC(card(r, r.choice(['visa', 'mc'])))}, geldig tot {r.randint(1, 12):02d}/{r.randint(26, 30)}. Dossier {dossier(r)}.\n\nMvg, {P(c.full)}")


# ============================== Dutch, without personal data (11)
@sc("nl", False)
def nl_system_notice(r, k):
    v = f"7.{r.randint(10, 16)}.{r.randint(0, 9)}"
    if k == 0:
        return (f"[STORING] Vaartland-app {v} (Android) — pushberichten vertraagd sinds {hhmm(r, 5, 9)}\n"
                f"Oorzaak: certificaatwissel op push-gateway 10.20.4.{r.randint(10, 60)} (intern). Incident INC-2025-{rd(r, 5)}.\n"
                f"Impact: leden krijgen de melding 'hulpverlener onderweg' tot {r.randint(8, 25)} minuten te laat. Meldkamer belt bij wachttijd > 60 min zelf terug.\n"
                f"Workaround: status via mijn.vaartland.example/pech of bel {r.choice(ORG_TEL_PECH)}.\n"
                f"Volgende update: {hhmm(r, 10, 12)}. — Team Digitale Kanalen")
    return (f"GEPLAND ONDERHOUD telefonie meldkamer\nDatum: {fdate(r, rdate(r, 2025, 2025), 'nl', 1)}, {hhmm(r, 0, 2)}–{hhmm(r, 3, 5)}\n"
            f"Tijdens het onderhoud wordt {r.choice(ORG_TEL_PECH)} doorgeschakeld naar de back-up centrale (SIP-trunk 2, 192.168.40.{r.randint(2, 250)}). "
            f"Gespreksopname staat {r.randint(20, 40)} minuten uit; noteer dossiernummers handmatig in het formulier PH-NOOD. Firmware ACD wordt {v}-build {rd(r, 4)}.")


@sc("nl", False)
def nl_push_notifications(r, k):
    dn = dossier(r); t = r.randint(8, 20)
    if k == 0:
        return "\n".join([f"{t:02d}:{r.randint(0, 19):02d}  Vaartland: We hebben je pechmelding ontvangen ({dn}).",
                          f"{t:02d}:{r.randint(20, 39):02d}  Vaartland: Je hulpverlener is onderweg 🚗 Verwachte aankomst {t + 1:02d}:{r.randint(0, 59):02d}.",
                          f"{t + 1:02d}:{r.randint(0, 59):02d}  Vaartland: Je hulpverlener is gearriveerd. Blijf achter de vangrail.",
                          f"{t + 2:02d}:{r.randint(0, 59):02d}  Vaartland: Hoe was onze hulp? Geef een cijfer in de app (1 min)."])
    return (f"Sjabloon pushbericht PN-{r.randint(100, 999)} (versie {r.randint(2, 9)})\n"
            "Titel: Je lidmaatschap verloopt bijna\n"
            f"Tekst: Je pechhulp loopt af op {fdate(r, rdate(r, 2025, 2026), 'nl', 1)}. Verleng in de app en krijg {r.randint(5, 15)}% korting op Europa Plus.\n"
            f"Doelgroep: leden met einddatum binnen 30 dagen ({r.randint(1000, 9000)} ontvangers)\nDeeplink: vaartland://lidmaatschap/verlengen?bron=push")


@sc("nl", False)
def nl_shift_handover(r, k):
    d = fdate(r, rdate(r, 2025, 2025), "nl", 0)
    roads = r.sample(NL_ROADS, 3)
    return (f"Overdracht meldkamer {'dagdienst → avonddienst' if k == 0 else 'nachtdienst → dagdienst'} {d}\n"
            f"- {roads[0]} Re hmp {hmp_range(r)} afgesloten i.v.m. ongeval (RWS-melding {rd(r, 7)}), omleiden via {roads[1]}\n"
            f"- {r.randint(20, 60)} open meldingen, gem. aanrijtijd {r.randint(35, 70)} min, {r.randint(2, 9)} sleepwagens in de wacht\n"
            f"- {roads[2]} Li bij hmp {hmp(r)}: gestrande caravan (3500 kg) staat nog op vluchtstrook, bergingsbedrijf onderweg\n"
            f"- partner België (Flandria Autohulp) bereikbaar via +32 2 545 19 10, Duitsland via +49 211 5580440\n"
            f"- printer meldkamer 2 weer kapot, ticket ICT-{rd(r, 5)}\n— teamleider meldkamer")


@sc("nl", False)
def nl_autoreply(r, k):
    return ("Dit is een automatisch antwoord.\n\nBedankt voor je bericht aan Vaartland Ledenservice. We reageren binnen "
            f"{r.choice(['2', '3'])} werkdagen. Je referentie: LS-{rd(r, 7)}.\n\n"
            f"Heb je nú pech? Bel {r.choice(ORG_TEL_PECH)} (24/7). Vanuit het buitenland: {r.choice(ORG_TEL_ALARM)}. WhatsApp: {r.choice(ORG_WA)}.\n"
            + ("Schade melden kan via vaartland.example/schade of per post: Antwoordnummer 4410, 3800 VB Amersfoort (geen postzegel nodig).\n" if k == 0
               else "Post: Vaartland Autoclub, Postbus 2090, 3800 CB Amersfoort. Bezoekadres: Bovenvaart 12, 3821 BK Amersfoort.\n")
            + "\nVaartland Autoclub | KvK 40719352 | btw NL816402103B01 | IBAN NL74 RABO 0347 2188 56")


@sc("nl", False)
def nl_renewal_letter(r, k):
    amt = eur(r, 55, 130)
    return ("Beste lid,\n\n"
            f"Je lidmaatschap Vaartland Pechhulp {r.choice(['Nederland', 'Europa', 'Europa Plus'])} wordt op 1 januari 2026 automatisch verlengd. "
            f"De contributie voor 2026 is {amt} (2025: {eur(r, 50, 120)}). We schrijven het bedrag rond {r.randint(24, 30)} januari af van de rekening die bij ons bekend is (eindigend op **{rd(r, 2, '0123456789')}).\n\n"
            f"Incassant-ID: NL39ZZZ407193520000\nKenmerk machtiging: LID-{rd(r, 8)}\nLidnummer: {lidnr(r)}\n\n"
            f"Liever zelf overmaken? Gebruik {r.choice(ORG_IBAN_TXT)} t.n.v. Vaartland Autoclub o.v.v. je lidnummer.\n"
            + ("Opzeggen kan tot 1 december via mijn.vaartland.example.\n" if k == 0 else "Vragen? Bel 088 246 8200 (ma-vr 8.30-17.30).\n")
            + "\nMet vriendelijke groet,\nVaartland Ledenservice")


@sc("nl", False)
def nl_caravan_question(r, k):
    if k == 0:
        return (f"hoi, wij gaan in juli met de caravan (max. {NEG('1500 KG')}) naar frankrijk, via de A6 richting Lyon. "
                "als de auto daar pech krijgt nemen jullie de caravan dan ook mee terug naar NL? en tot hoeveel km van de grens geldt Europa Basis? "
                f"op de site staat iets over {eur(r, 1000, 2500)} maximaal aan sleepkosten maar dat snap ik niet helemaal. alvast bedankt")
    return ("VRAAG OVER DEKKING: IK HEB EEN CAMPER VAN 3.400 KG, VALT DIE NOG ONDER PECHHULP EUROPA OF MOET IK EEN APART PAKKET? "
            f"IK RIJ IN SEPTEMBER NAAR NOORWEGEN (E6). WAT KOST HET PER JAAR, IK ZAG {eur(r, 140, 230)}? BEDANKT")


@sc("nl", False)
def nl_stats_table(r, k):
    rows = []
    for road in r.sample(NL_ROADS, 5):
        rows.append(f"| {road} | {r.choice(['Re', 'Li'])} | {hmp_range(r, ' – ')} | {r.randint(12, 140)} | {r.randint(28, 75)} min |")
    return (f"Pechmeldingen per weg, week {r.randint(1, 52)} ({'alle leden' if k == 0 else 'alleen zakelijk'})\n\n"
            "| Weg | Zijde | hmp van – tot | meldingen | gem. aanrijtijd |\n|---|---|---|---|---|\n" + "\n".join(rows)
            + f"\n\nTotaal {r.randint(900, 2400)} meldingen, {r.randint(60, 80)}% langs de weg opgelost. Bron: dashboard PH-BI (export {hhmm(r)}).")


@sc("nl", False)
def nl_partner_invoice(r, k):
    nr = elf9(r)
    lines = "\n".join(f"  {dossier(r)}  slepen {r.choice(['E19', 'E40', 'E313'])}  {eur(r, 120, 380)}" for _ in range(3))
    return (f"FACTUUR {nr if k == 0 else nr[:4] + '.' + nr[4:6] + '.' + nr[6:]}\nVaartland Autoclub → Flandria Autohulp\nFactuurdatum: {r.randint(1, 9):02d}-{(mo := r.randint(5, 7)) + 1:02d}-2025\n"
            f"Betreft: doorbelaste sleepritten {MONTHS['nl'][mo - 1]} 2025\n{lines}\n"
            f"Subtotaal {eur(r, 400, 1100)} | btw verlegd (art. 196 Btw-richtlijn)\nBetalen binnen 30 dagen op NL88 INGB 0008 4672 15 o.v.v. factuurnummer.\n"
            "Vaartland Autoclub, Bovenvaart 12, 3821 BK Amersfoort, btw-id NL816402103B01")


@sc("nl", False)
def nl_social_nopii(r, k):
    if k == 0:
        return (f"Dank @VaartlandNL voor de snelle hulp op de {r.choice(NL_ROADS)} vanmiddag 🙏 binnen {r.randint(15, 35)} min weer op weg. "
                "#pechhulp #vakantie ☀️🚗")
    return (f"WAAROM DUURT HET {r.randint(2, 3)} UUR OP DE {r.choice(NL_ROADS)} HMP {r.randint(20, 200)}??? @VaartlandNL jullie app zegt 'onderweg' sinds {hhmm(r, 13, 16)} 😤😤 "
            "#slechteservice")


@sc("nl", False)
def nl_checklist(r, k):
    return (f"Checklist accu-/startproblemen (versie {r.randint(3, 6)}.{r.randint(0, 9)}, {'hulpverleners' if k == 0 else 'meldkamer'})\n"
            "1. Rustspanning meten: < 12,2 V = laden, < 11,8 V = vervangen\n"
            f"2. Foutcodes uitlezen: P0562, P0620, U0100, B1A{r.randint(10, 99)}\n"
            f"3. Bij start-stop-auto's: AGM-accu, artikelcode {NEG(plate_like_code(r))} of {NEG(plate_like_code(r))} (magazijn Utrecht)\n"
            f"4. Registreren accu via OBD (bij BMW/Mini verplicht), tool {r.choice(['VCDS', 'ISTA', 'Autel'])} {r.randint(2, 9)}.{r.randint(0, 40)}\n"
            f"5. Prijs accu + montage vanaf {eur(r, 150, 220)}, pinbon scannen in PH-app")


@sc("nl", False)
def nl_survey_summary(r, k):
    return (f"Resultaten klanttevredenheid Q{r.randint(1, 4)} 2025 ({'Nederland' if k == 0 else 'buitenland'})\n"
            f"Respons: {r.randint(1000, 3000)} van {r.randint(6000, 9000)} uitnodigingen\nGemiddeld cijfer: {r.randint(7, 8)},{r.randint(0, 9)}\n"
            f"NPS: +{r.randint(25, 55)}\nTop-3 verbeterpunten: wachttijd (> {r.randint(45, 75)} min), terugbellen, uitleg vervangend vervoer\n"
            f"Laagste score: {r.choice(NL_ROADS)} tussen hmp {hmp_range(r, ' en ')} (werkzaamheden)")


# ============================== English, with personal data (16)
@sc("en", True)
def en_expat_breakdown(r, k):
    c = person(r, r.choice(["uk", "sr"])); road = r.choice(NL_ROADS)
    if k == 0:
        return (f"Subject: Breakdown this morning - membership {lidnr(r)}\n\nHi,\n\n"
                f"My car ({LP(kenteken(r))}) broke down on the {road} near Utrecht this morning, around marker post {hmp(r).replace(',', '.')}. "
                f"Your technician towed it to a garage in Houten but nobody has called me since. Could someone call me on {PH(nl_mobile(r))}? "
                "I don't speak Dutch very well, English please.\n\n"
                f"Thanks,\n{P(c.full)}")
    return (f"hey, quick one - the tow truck dropped my car at the wrong garage?? reg {LP(kenteken(r, form='compact'))}, ref {dossier(r)}. "
            f"it was supposed to go to my place at {AD(nl_addr(r)[0])}. pls call back on {PH(nl_mobile(r, 4))}. cheers, {P(c.first)}")


@sc("en", True)
def en_uk_tourist(r, k):
    c = person(r, "uk"); a, pc, town = uk_addr(r)
    if k == 0:
        return ("Subject: Hire car broken down - need help\n\nDear Sir/Madam,\n\n"
                f"We are on holiday from the UK and our hire car (Dutch plates {LP(kenteken(r))}) has a flat battery at a campsite near Ede. "
                "The rental company told us to contact you as their breakdown partner.\n\n"
                f"Lead driver: {P(c.full)}, passport number {ID(rd(r, 9, '15'))}\nHome address: {AD(a)}, {town} {PC(pc)}\n"
                f"Mobile (UK): {PH(uk_mobile(r))}\nEmail: {EM(email_of(r, c, ('btinternet.com', 'gmail.com', 'outlook.com')))}\n\n"
                f"Rental agreement no. RA-{rd(r, 8)}\n\nKind regards,\n{P(c.first)}")
    return (f"Hello, this is {P(c.full)}, I rang earlier from a Dutch campsite. The hire car ({LP(kenteken(r))}) still won't start after your technician left. "
            f"My UK mobile is {PH(uk_mobile(r))}, I'm on it all day. Booking ref VLD-{rd(r, 6)}. Many thanks.")


@sc("en", True)
def en_medical_claim(r, k):
    c = person(r, r.choice(["uk", "sr", "nl"])); pol = polisnr(r)
    if k == 0:
        return ("Travel insurance claim - medical expenses abroad\n\n"
                f"Policy holder: {P(c.full)}\nDate of birth: {DOB(dob(r, 'en', 0))}\nBSN: {BS(bsn(r, 3))}\nPolicy no.: {pol}\n"
                f"Treatment: emergency dental treatment in Lisbon, {eur(r, 150, 700, 'en')} paid upfront\n"
                f"Refund to: {IB(gb_iban(r, 'spaced'))} (account holder {P(c.ini + ' ' + c.Last)})\n\n"
                "Receipts attached (3 PDFs). The clinic's invoice number is 2025/FT/00417.")
    ch = person(r, "uk", "m")
    return (f"Dear {P(staff('fiona').first)},\n\nFollowing our call: my son {P(ch.first)} (born {DOB(dob(r, 'en', 1, 2008, 2016))}) was treated at a hospital in Crete for a broken wrist. "
            f"The bill was {eur(r, 400, 1500, 'en')}. Policy {pol}. Please pay the refund into my Dutch account {IB(nl_iban(r))}.\n\nBest wishes,\n{P(c.full)}")


@sc("en", True)
def en_chat(r, k):
    ag = staff("fiona"); c = person(r, r.choice(["uk", "sr", "pl"])); t = r.randint(8, 21)
    road = r.choice(NL_ROADS)
    lines = [f"[{t:02d}:{r.randint(0, 9):02d}] Vaartland chat: You're chatting with {P(ag.first)} (Member Services).",
             f"[{t:02d}:{r.randint(10, 19):02d}] {P(c.first if k == 0 else c.full)}: hi, I'm stuck on the {road}, hard shoulder, marker {hmp(r).replace(',', '.')}. engine warning light then it died",
             f"[{t:02d}:{r.randint(20, 29):02d}] {P(ag.first)}: Sorry to hear that! Are you safe behind the barrier? What's the registration?",
             f"[{t:02d}:{r.randint(30, 39):02d}] {P(c.first if k == 0 else c.full)}: yes. reg is {LP(kenteken(r, form=r.choice(['hyphen', 'lower'])))}, a blue Ford Focus",
             f"[{t:02d}:{r.randint(40, 49):02d}] {P(ag.first)}: Thanks. Which number can our technician call?",
             f"[{t:02d}:{r.randint(50, 59):02d}] {P(c.first if k == 0 else c.full)}: {PH(nl_mobile(r))}"]
    return "\n".join(lines)


@sc("en", True)
def en_replacement_car(r, k):
    c = person(r, r.choice(["uk", "sr", "nl"]))
    if k == 0:
        return (f"Replacement vehicle request (case {dossier(r)})\nDriver name: {P(c.full)}\nDate of birth: {DOB(dob(r, 'en', 3))}\n"
                f"Dutch driving licence no.: {ID(rijbewijs(r))}\nEmail: {EM(email_of(r, c))}\nPick-up: {fdate(r, rdate(r, 2025, 2025), 'en', 0)}, 09:00, Zwolle station\n"
                "Vehicle class: B, automatic preferred")
    return (f"Hi, re my replacement car tomorrow - my partner {P(person(r, 'uk').full)} will also drive, her licence number is {ID(rijbewijs(r))}, "
            f"DOB {DOB(dob(r, 'en', 2))}. Is that enough? Thanks, {P(c.first)}")


@sc("en", True)
def en_direct_debit(r, k):
    c = person(r, r.choice(["uk", "sr", "pl"]))
    if k == 0:
        return (f"Hello,\n\nI have switched banks. Please collect my membership fee ({lidnr(r)}) from {IB(nl_iban(r))} from now on instead of {IB(nl_iban(r))}.\n\n"
                f"Regards,\n{P(c.full)}")
    return (f"Subject: direct debit\n\nplease stop debiting my old account and use my new one: {IB(nl_iban(r, 'spaced'))}, in the name of {P(c.full)}. "
            f"Also, the {eur(r, 60, 120, 'en')} taken on {fdate(r, rdate(r, 2025, 2025), 'en', 0)} was too much, the website said {eur(r, 40, 59, 'en')}. {P(c.first)}")


@sc("en", True)
def en_fleet(r, k):
    c = person(r, r.choice(["uk", "nl"])); co = r.choice(["Harbourline Logistics B.V.", "Northsea Cleaning Services B.V."])
    return (f"Dear Vaartland team,\n\nWe'd like a business membership for {r.randint(3, 8)} vans. Company: {co}, Chamber of Commerce no. {KVK(kvk(r))}, "
            f"VAT ID {BTW(btw_id(r))}. First two vehicles: {LP(kenteken(r, 9))} and {LP(kenteken(r, 11))}.\n\n"
            + (f"Contact: {P(c.full)}, fleet manager, {PH(nl_landline(r))}\n" if k == 0 else f"Best regards,\n{P(c.full)}\nOperations | {co}\nM {PH(nl_mobile(r))}\n"))


@sc("en", True)
def en_garage_complaint(r, k):
    c = person(r, r.choice(["uk", "sr"])); g = person(r, "nl", "m"); a, pc, town = nl_addr(r)
    return (f"Subject: complaint about the towing company\n\nHi,\n\nOn {fdate(r, rdate(r, 2025, 2025), 'en', 0)} your partner towed my car ({LP(kenteken(r))}) "
            f"to my home at {AD(a)}, {PC(pc)} {town}. The driver, who said his name was {P(g.first)}, scratched the bumper while unloading and refused to fill in a damage form. "
            + (f"I spoke to {P(staff('sander').full)} at your control room and he told me to email you.\n\n" if k == 0 else "Nobody at your helpline seems to care.\n\n")
            + f"Regards,\n{P(c.full)}")


@sc("en", True)
def en_card_payment(r, k):
    c = person(r, r.choice(["uk", "sr", "nl"]))
    if k == 0:
        return (f"Hi, I'd like to pay the outstanding towing invoice from Germany ({eur(r, 200, 600, 'en')}) by card: Amex {CC(card(r, 'amex'))}, exp {r.randint(1, 12):02d}/{r.randint(26, 30)}. "
                f"(The card ending 4417 on file has expired.) Ref {dossier(r)}.\n\n{P(c.full)}")
    return (f"Payment details for case {dossier(r)}:\ncard holder: {P(c.full.upper())}\ncard number: {CC(card(r, 'mc2', spaced=False))}\n"
            "expiry: 11/27\nplease don't keep the card on file. thanks")


@sc("en", True)
def en_app_ip(r, k):
    c = person(r, r.choice(["uk", "sr", "pl"]))
    if k == 0:
        return (f"Subject: locked out of the app\n\nHi, the Vaartland app (version 7.{r.randint(10, 16)}.{r.randint(0, 9)}, iOS 18.{r.randint(0, 5)}) says my account is blocked after 'suspicious activity'. "
                f"The only login I can think of is from my holiday flat, IP {IP(public_ip(r))}. My account email is {EM(email_of(r, c))}.\n\nThanks, {P(c.first)}")
    return (f"Security notice copied from my email: \"New sign-in to your Vaartland account from {IP(public_ip6(r))} (Android, Amsterdam area) at {hhmm(r)}\". "
            f"That wasn't me. Please reset it. Name on the account: {P(c.full)}, member {lidnr(r)}.")


@sc("en", True)
def en_belgium_accident(r, k):
    c = person(r, r.choice(["uk", "sr", "nl"])); o = person(r, "be")
    return (f"Claim ref {schadenr(r)} - accident in Belgium\n\nDear {P(staff('mariska').first)},\n\nAs requested, the details of the other party:\n"
            f"Name: {P(o.full)}\nPlate: {LP(be_plate(r))}\nMobile: {PH(be_gsm(r))}\nInsurer: Ethias, policy 45.{rd(r, 3)}.{rd(r, 3)}\n\n"
            f"My own car is {LP(kenteken(r))}. The police report number is {rd(r, 2)}.{rd(r, 2)}.L{r.randint(1, 9)}.{rd(r, 6)}/2025. "
            + ("Photos to follow.\n\n" if k == 0 else "I was not injured, just shaken.\n\n")
            + f"Kind regards,\n{P(c.full)}")


@sc("en", True)
def en_survey(r, k):
    c = person(r, r.choice(["uk", "sr"])); tech = staff(r.choice(["ruben", "dennis"]))
    return (f"Member survey response #{rd(r, 6)}\nCase: {dossier(r)}\nScore: {r.choice([2, 3, 9, 10])}/10\n"
            f"Comment: {'the technician ' + P(tech.first) + ' was brilliant, explained everything in English' if k == 0 else 'waited nearly three hours on the A2 with two kids, not acceptable'}\n"
            f"May we contact you? yes - {EM(email_of(r, c))}\nName: {P(c.full)}")


@sc("en", True)
def en_thread(r, k):
    c = person(r, r.choice(["uk", "sr", "pl"])); ag = staff("fiona"); em = email_of(r, c)
    return (f"From: {P(c.full)} <{EM(em)}>\nTo: international@vaartland.example\nSubject: Re: Your breakdown abroad ({dossier(r)})\n\n"
            f"Hi {P(ag.first)},\n\n"
            + (f"The garage in Austria has now sent the invoice. Can you pay them directly? I'm back in NL on {fdate(r, rdate(r, 2025, 2025), 'en', 0)}.\n\n" if k == 0
               else f"Sorry, I gave you the wrong number yesterday. The right one is {PH(nl_mobile(r))}.\n\n")
            + f"Best,\n{P(c.first)}\n\n"
            f"On {fdate(r, rdate(r, 2025, 2025), 'en', 1)}, Vaartland International Desk wrote:\n> Dear {P(c.first)},\n> we have arranged a tow to the nearest dealer.\n"
            f"> Kind regards,\n> {P(ag.full)}\n> International Desk | Vaartland Alarmcentrale | {r.choice(ORG_TEL_ALARM)}")


@sc("en", True)
def en_social_dm(r, k):
    c = person(r, r.choice(["sr", "uk", "pl"]))
    if k == 0:
        return (f"DM to @VaartlandHelpt: hi, it's {P(c.first)} 🙋 stuck on the {r.choice(NL_ROADS)} exit {r.randint(5, 30)}, car {LP(kenteken(r, form='lower'))} won't start. "
                f"called 3x, no answer. my number {PH(nl_mobile(r))} pls 🙏")
    return (f"@VaartlandHelpt @vaartland_pechhulp thanks to {P(staff('dennis').first)} who fixed my tyre in the pouring rain on the {r.choice(NL_ROADS)} tonight 🙌 "
            f"#roadside #legend\n– {P(c.full)}")


@sc("en", True)
def en_bsn_unasked(r, k):
    c = person(r, r.choice(["uk", "sr", "pl"]))
    if k == 0:
        return (f"Hello, for the car insurance quote you asked for my details. Name {P(c.full)}, born {DOB(dob(r, 'en', 0, 1965, 2000))}, "
                f"citizen service number (BSN) {BS(bsn(r, 0))}. Car: {LP(kenteken(r))}. Postcode {PC(nl_addr(r)[1])}.\n\nThanks")
    return (f"Re: missing information\n\nAs requested - my BSN is {BS(bsn(r, 2))} and my residence permit number is {ID('III-V' + ''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXZ123456789') for _ in range(8)))}. "
            f"Date of birth {DOB(dob(r, 'en', 1))}.\n\n{P(c.full)}")


@sc("en", True)
def en_tech_note(r, k):
    tech = staff("stijn"); c = person(r, "be")
    return (f"Partner report (Flandria Autohulp) - case {dossier(r)}\nTechnician: {P(tech.full)}\n"
            f"Member: {P(c.full)}, Belgian plate {LP(be_plate(r))}\nLocation: {r.choice(BE_ROADS)} km {hmp(r)}\n"
            + ("Fault: fuel pump relay, fixed on site. Invoice 0.00 (covered).\n" if k == 0 else "Fault: clutch failure, towed to dealer in Brugge. Member asked to be called on " + PH(be_gsm(r)) + ".\n")
            + f"Time on site: {r.randint(20, 55)} min")


# ============================== English, without personal data (9)
@sc("en", False)
def en_outage(r, k):
    return (f"Status update {hhmm(r)} CET - {'degraded service' if k == 0 else 'resolved'}\n\n"
            f"Members calling {r.choice(ORG_TEL_ALARM)} from abroad may hear a busy tone. Calls are being rerouted through our backup platform (node 172.16.{r.randint(0, 31)}.{r.randint(2, 250)}). "
            f"Average answer time is currently {r.randint(4, 19)} minutes. In-app breakdown reporting (app 7.{r.randint(10, 16)}) is unaffected.\n"
            f"Incident: INC-2025-{rd(r, 5)} | next update in {r.choice([30, 45, 60])} min | status.vaartland.example")


@sc("en", False)
def en_release_notes(r, k):
    v = f"7.{r.randint(10, 16)}.{r.randint(0, 9)}"
    return (f"Vaartland app {v} - release notes\n"
            f"- Live tracking of your technician now refreshes every {r.randint(5, 30)} seconds\n"
            "- New: upload your European Accident Statement photos directly to a claim\n"
            f"- Fixed: crash on Android 15 when opening membership card (bug VA-{rd(r, 4)})\n"
            f"- Minimum supported iOS version raised to 16.{r.randint(0, 4)}\n"
            f"Build {rd(r, 5)} | SDK 2.{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(1, 99)} | rollout {r.choice([10, 25, 50, 100])}%")


@sc("en", False)
def en_autoreply(r, k):
    return ("Thank you for contacting Vaartland Motoring Club. This is an automatic reply.\n\n"
            f"Your reference is IN-{rd(r, 7)}. We aim to answer within {r.choice(['two', 'three'])} working days.\n"
            f"Broken down right now? Call {r.choice(ORG_TEL_PECH)} in the Netherlands or {r.choice(ORG_TEL_ALARM)} from abroad (24/7).\n"
            + ("In Belgium our partner Flandria Autohulp answers on +32 2 545 19 10.\n" if k == 0 else "You can also WhatsApp us on +31 6 4817 2093.\n")
            + "Vaartland Autoclub, Postbus 2090, 3800 CB Amersfoort, the Netherlands")


@sc("en", False)
def en_faq_answer(r, k):
    return ("Hello,\n\nThanks for your question about cover in the UK. Our Europe Plus membership covers breakdowns in the United Kingdom and Ireland, "
            f"including towing up to {eur(r, 800, 2000, 'en')} and a replacement car for up to {r.randint(5, 10)} days. On the M25 or other smart motorways please call the "
            f"emergency number first and then our alarm centre. Your membership {lidnr(r)} is valid until {fdate(r, rdate(r, 2026, 2026), 'en', 0)}.\n\n"
            + ("Kind regards,\nVaartland Member Services" if k == 0 else "Best wishes,\nInternational Desk, Vaartland Alarmcentrale"))


@sc("en", False)
def en_incident_table(r, k):
    rows = "\n".join(f"{r.choice(NL_ROADS + BE_ROADS):<6}{r.choice(['N', 'S', 'E', 'W'])}   {hmp(r).replace(',', '.'):>6}   {hhmm(r)}   {r.choice(['battery', 'tyre', 'fuel', 'engine', 'EV charge'])}"
                     for _ in range(5))
    return (f"Open incidents - {'international desk' if k == 0 else 'weekend roster'} ({fdate(r, rdate(r, 2025, 2025), 'en', 3)})\n"
            f"Road  Dir  Marker   Time    Fault\n{rows}\nTotal open: {r.randint(20, 90)} | SLA breaches: {r.randint(0, 9)}")


@sc("en", False)
def en_coverage_question(r, k):
    if k == 0:
        return ("Hi there, I'm moving to the Netherlands next month with a UK-registered car. Can I join the club before I re-register it, "
                f"and does the {eur(r, 90, 160, 'en')} Europe package cover a trip back to Scotland? Also do you cover EVs that run out of charge? Thanks!")
    return ("quick question: my lease company says breakdown cover is included, but they gave me your number. do i still need a separate membership "
            "for the caravan? it's 1,350 kg. thx")


@sc("en", False)
def en_partner_note(r, k):
    return (f"Internal note - partner network changes from {fdate(r, rdate(r, 2025, 2026), 'en', 0)}\n"
            f"- Belgium: Flandria Autohulp takes over the E40/E19 corridor; escalation line +32 2 545 19 10\n"
            f"- Germany: Rheinische Pannenhilfe covers NRW up to the A{r.choice([1, 2, 3, 31, 57])}; dispatch +49 211 5580440\n"
            f"- Tariff per tow: {eur(r, 120, 190, 'en')} (BE), {eur(r, 130, 210, 'en')} (DE), invoiced monthly\n"
            f"- Contract ref PN-{r.randint(2024, 2026)}-{rd(r, 3)}; questions to partners@vaartland.example")


@sc("en", False)
def en_social_nopii(r, k):
    if k == 0:
        return (f"Shoutout to @VaartlandHelpt - broke down on the {r.choice(NL_ROADS)} with a dead EV battery and they had a van with a charger there in {r.randint(20, 40)} mins ⚡🚐 #roadtrip #netherlands")
    return (f"@VaartlandNL your app has been showing 'technician on the way' for {r.randint(70, 150)} minutes. Case {dossier(r)}. Is anyone actually coming? 🙃")


@sc("en", False)
def en_partner_invoice(r, k):
    nr = elf9(r)
    return (f"INVOICE no. {nr}\nFrom: Rheinische Pannenhilfe e.V.\nTo: Vaartland Autoclub, Bovenvaart 12, 3821 BK Amersfoort, VAT NL816402103B01\n"
            f"Period: {r.choice(['March', 'April', 'May'])} 2025 - {r.randint(10, 60)} tows on the A{r.choice([3, 57, 61])}/A{r.choice([40, 44, 1])}\n"
            f"Net {eur(r, 2000, 9000, 'en')}, reverse charge\nPayment reference: invoice number {nr}" + ("" if k == 0 else f"\nDue: {fdate(r, rdate(r, 2025, 2025), 'en', 0)}"))


# ============================== German, with personal data (13)
@sc("de", True)
def de_breakdown(r, k):
    c = person(r, "de"); road = "A3"
    if k == 0:
        return ("Betreff: Panne auf der A3 bei Emmerich – Mitglied über Rheinische Pannenhilfe\n\nSehr geehrte Damen und Herren,\n\n"
                f"mein Wagen ({LP(de_plate(r, r.choice(['KLE', 'WES', 'BOR'])))}) ist heute gegen {hhmm(r)} auf der {road} kurz vor dem Grenzübergang liegen geblieben, km {hmp(r)}. "
                f"Ihr Partner hat ihn nach Arnheim geschleppt. Bitte rufen Sie mich unter {PH(de_mobile(r))} zurück, ich spreche kein Niederländisch.\n\n"
                f"Mit freundlichen Grüßen\n{P(c.full)}\nMitgliedsnummer {lidnr(r)}")
    return (f"hallo, bin mit meinem bus ({LP(de_plate(r))}) auf der A12 bei Arnheim liegengeblieben, hmp {hmp(r)}. keiner geht ran!!! "
            f"handy {PH(de_mobile(r))}. gruß {P(c.first.lower())}")


@sc("de", True)
def de_accident_nl(r, k):
    c = person(r, "de"); o = person(r, "nl")
    return (f"Schadenmeldung – Unfall in den Niederlanden\n\nUnfalltag: {fdate(r, rdate(r, 2025, 2025), 'de', 0)}, {hhmm(r)} Uhr, {r.choice(NL_ROADS)} bei Venlo\n"
            f"Unfallgegner: {P(o.full)}, niederländisches Kennzeichen {LP(kenteken(r))}, Tel. {PH(nl_mobile(r))}\n"
            f"Mein Fahrzeug: {LP(de_plate(r))}, Versicherungsschein-Nr. {rd(r, 3)}-{rd(r, 6)}-{rd(r, 2)}\n"
            + ("Europäischer Unfallbericht liegt bei (2 Seiten).\n" if k == 0 else f"Zeuge: {P(person(r, 'de').full)}, {PH(de_landline(r))}\n")
            + f"\nMit freundlichen Grüßen\n{P(c.full)}")


@sc("de", True)
def de_sepa_change(r, k):
    c = person(r, "de")
    if k == 0:
        return (f"Sehr geehrte Damen und Herren,\n\nbitte buchen Sie den Mitgliedsbeitrag (Mitgliedsnummer {lidnr(r)}) ab sofort von meinem neuen Konto ab:\n"
                f"IBAN {IB(de_iban(r, 'spaced'))}\nKontoinhaber: {P(c.full)}\n\nDas SEPA-Lastschriftmandat für das alte Konto {IB(de_iban(r))} widerrufe ich hiermit.\n\n"
                f"Mit freundlichen Grüßen\n{P(c.full)}")
    return (f"Hallo, neue Bankverbindung für die Lastschrift: {IB(de_iban(r))} (Sparkasse Kleve). Betrag {eur(r, 60, 130, 'de')} wie bisher. Danke, {P(c.first)}")


@sc("de", True)
def de_replacement_car(r, k):
    c = person(r, "de")
    if k == 0:
        return (f"Antrag Ersatzfahrzeug – Vorgang {dossier(r)}\nFahrer: {P(c.full)}\nGeburtsdatum: {DOB(dob(r, 'de', 0))}\n"
                f"Personalausweisnummer: {ID(de_ausweis(r))}\nE-Mail: {EM(email_of(r, c, ('web.de', 'gmx.de', 't-online.de')))}\n"
                f"Abholung: {fdate(r, rdate(r, 2025, 2025), 'de', 0)}, Station Venlo\nKlasse: C, max. {r.randint(3, 7)} Tage")
    return (f"Guten Tag, für den Mietwagen brauchen Sie ja meine Daten: {P(c.full)}, geb. am {DOB(dob(r, 'de', 1))}, Ausweis-Nr. {ID(de_ausweis(r))}. "
            f"Der Führerschein ist von {r.randint(1985, 2015)}. Vorgang {dossier(r)}.\n\nViele Grüße")


@sc("de", True)
def de_medical_claim(r, k):
    c = person(r, "de"); pol = polisnr(r)
    if k == 0:
        return ("Erstattungsantrag Auslandsreise-Krankenversicherung\n"
                f"Versicherte Person: {P(c.full)}\nGeburtsdatum: {DOB(dob(r, 'de', 0))}\nVersicherungsnummer: {pol}\n"
                f"BSN (ich arbeite in Venlo): {BS(bsn(r, 2))}\n"
                f"Behandlung: Arztbesuch in Rovinj (Kroatien), Rechnung {eur(r, 90, 400, 'de')}\nReisepass-Nr.: {ID(de_ausweis(r))}\n"
                f"Erstattung auf: {IB(de_iban(r))}")
    return (f"Sehr geehrte Frau {P(staff('heike').last)},\n\nanbei die Rechnung des Krankenhauses in Spanien. "
            f"{'Meine Frau' if c.sex == 'm' else 'Mein Mann'} {P(person(r, 'de', 'f' if c.sex == 'm' else 'm').first)} (geboren am {DOB(dob(r, 'de', 1))}) musste dort zwei Nächte bleiben. Vertragsnummer {pol}. "
            f"Bitte überweisen Sie den Betrag von {eur(r, 800, 3000, 'de')} auf {IB(de_iban(r, 'spaced'))}.\n\nMit freundlichen Grüßen\n{P(c.full)}")


@sc("de", True)
def de_chat(r, k):
    ag = staff("heike"); c = person(r, "de"); t = r.randint(8, 21)
    name = c.first if k == 0 else c.full
    return "\n".join([
        f"[{t:02d}:{r.randint(0, 9):02d}] Vaartland Pannenhilfe: Sie chatten mit {P(ag.first)}.",
        f"[{t:02d}:{r.randint(10, 19):02d}] {P(name)}: Hallo, ich stehe auf der {r.choice(NL_ROADS)} Richtung Venlo, Parkplatz {r.choice(['De Paal', 'Het Haantje', 'Rijksweg Noord'])}. Auto springt nicht an.",
        f"[{t:02d}:{r.randint(20, 29):02d}] {P(ag.first)}: Wie lautet Ihr Kennzeichen?",
        f"[{t:02d}:{r.randint(30, 39):02d}] {P(name)}: {LP(de_plate(r))}",
        f"[{t:02d}:{r.randint(40, 49):02d}] {P(ag.first)}: Unter welcher Nummer erreicht Sie der Techniker?",
        f"[{t:02d}:{r.randint(50, 59):02d}] {P(name)}: {PH(de_mobile(r))}"])


@sc("de", True)
def de_tow_form(r, k):
    c = person(r, "de"); a, pc, town, area = de_addr(r)
    if k == 0:
        return ("Abschleppauftrag (Webformular)\n"
                f"Name: {P(c.last + ', ' + c.first)}\nStraße, Hausnummer: {AD(a)}\nPLZ / Ort: {PC(pc)} {town}\n"
                f"Telefon: {PH(de_landline(r, area))}\nKennzeichen: {LP(de_plate(r))}\nStandort Fahrzeug: Autohof Venlo-Noord, A{r.choice([67, 73])}\n"
                "Ziel: Heimatwerkstatt")
    return (f"Bitte das Auto nach Hause bringen: {AD(a)}, {PC(pc)} {town}. Ich bin ab 17 Uhr da, sonst Nachbar fragen. "
            f"Telefon {PH(de_landline(r, area))}. {P(c.full)}")


@sc("de", True)
def de_complaint_letter(r, k):
    c = person(r, "de"); a, pc, town, area = de_addr(r)
    return (f"{P(c.full)}\n{AD(a)}\n{PC(pc)} {town}\n\nVaartland Autoclub\nPostbus 2090\n3800 CB Amersfoort\nNIEDERLANDE\n\n"
            f"{town}, {fdate(r, rdate(r, 2025, 2025), 'de', 0)}\n\nBeschwerde – Vorgang {dossier(r)}\n\nSehr geehrte Damen und Herren,\n\n"
            + ("trotz Mitgliedschaft wurden mir die Abschleppkosten von " + eur(r, 200, 500, 'de') + " in Rechnung gestellt. Ich bitte um Erstattung.\n\n" if k == 0
               else "die Wartezeit von über drei Stunden auf der A1 war unzumutbar. Ich kündige meine Mitgliedschaft zum Jahresende.\n\n")
            + f"Mit freundlichen Grüßen\n\n{P(c.full)}")


@sc("de", True)
def de_fleet(r, k):
    c = person(r, "de"); co = r.choice(["Niederrhein Sanitär GmbH", "Grenzland Kurier GmbH & Co. KG"])
    return (f"Sehr geehrte Damen und Herren,\n\nunsere niederländische Niederlassung ({co}, Zweigniederlassung Venlo) möchte {r.randint(4, 12)} Fahrzeuge anmelden. "
            f"KvK-Nummer {KVK(kvk(r))}, BTW-Nummer {BTW(btw_id(r))}, HRB {rd(r, 5)} Amtsgericht Kleve.\n"
            f"Fahrzeuge u. a. {LP(kenteken(r, 10))} und {LP(de_plate(r, 'KLE'))}.\n\n"
            + (f"Ansprechpartner: {P(c.full)}, Tel. {PH(de_landline(r))}" if k == 0 else f"Mit freundlichen Grüßen\n{P(c.full)}\nFuhrparkleitung\n{EM(email_of(r, c, ('gmx.de', 'web.de')))}"))


@sc("de", True)
def de_tech_report(r, k):
    tech = staff("marco"); c = person(r, "de")
    return (f"Einsatzbericht Rheinische Pannenhilfe – Vorgang {dossier(r)}\nTechniker: {P(tech.full)}\n"
            f"Mitglied: {herr(c)} {P(c.last)}, {LP(de_plate(r))}\nEinsatzort: {r.choice(DE_ROADS)} km {hmp(r)}\n"
            + ("Befund: Keilriemen gerissen, vor Ort ersetzt. Fehlerspeicher P0300 gelöscht.\n" if k == 0
               else f"Befund: Motorschaden, Abschleppen nach Wesel. Rückruf gewünscht: {PH(de_mobile(r))}.\n")
            + f"Dauer: {r.randint(20, 90)} min")


@sc("de", True)
def de_app_ip(r, k):
    c = person(r, "de")
    return (f"Hallo, in der Vaartland-App (Version 7.{r.randint(10, 16)}.{r.randint(0, 9)}) steht 'Anmeldung von unbekanntem Gerät, IP {IP(public_ip(r))}'. "
            + (f"Das war nicht ich! Mein Konto: {EM(email_of(r, c, ('web.de', 'gmx.de')))}.\n\nGruß {P(c.first)}" if k == 0
               else f"Meine IP zu Hause ist {IP(public_ip(r))}, also war das jemand anders. {P(c.full)}"))


@sc("de", True)
def de_move(r, k):
    c = person(r, "de"); old = de_addr(r); new = de_addr(r)
    return (f"Adressänderung Mitgliedsnummer {lidnr(r)}\n\nBisher: {AD(old[0])}, {PC(old[1])} {old[2]}\nNeu: {AD(new[0])}, {PC(new[1])} {new[2]}\n"
            f"Gültig ab {fdate(r, rdate(r, 2025, 2025), 'de', 0)}.\n\n" + (f"{P(c.full)}" if k == 0 else f"Danke und Gruß\n{P(c.first)}"))


@sc("de", True)
def de_card(r, k):
    c = person(r, "de")
    return (f"Guten Tag, die Abschleppkosten aus Belgien ({eur(r, 200, 600, 'de')}) möchte ich per Kreditkarte zahlen: "
            f"{CC(card(r, r.choice(['visa', 'mc'])))}, gültig bis {r.randint(1, 12):02d}/{r.randint(26, 30)}. Vorgang {dossier(r)}.\n\n"
            + (f"Mit freundlichen Grüßen\n{P(c.full)}" if k == 0 else f"Gruß, {P(c.first)}"))


# ============================== German, without personal data (7)
@sc("de", False)
def de_maintenance(r, k):
    return (f"Systemhinweis: Wartung der Vaartland-App am {fdate(r, rdate(r, 2025, 2025), 'de', 1)} von {hhmm(r, 0, 2)} bis {hhmm(r, 3, 5)} Uhr.\n"
            f"Pannenmeldungen in dieser Zeit bitte telefonisch unter {r.choice(ORG_TEL_ALARM)}. Version 7.{r.randint(10, 16)}.{r.randint(0, 9)} wird ausgerollt, "
            f"Ticket CHG-{rd(r, 5)}." + (" Server 10.8.1.14 wird neu gestartet." if k == 0 else ""))


@sc("de", False)
def de_autoreply(r, k):
    return ("Automatische Antwort\n\nVielen Dank für Ihre Nachricht an Vaartland Pannenhilfe. Ihre Vorgangsnummer lautet "
            f"DE-{rd(r, 7)}. Bei einer akuten Panne rufen Sie bitte {r.choice(ORG_TEL_ALARM)} an (rund um die Uhr, auf Deutsch).\n"
            + ("In Deutschland hilft unser Partner Rheinische Pannenhilfe: +49 211 5580440.\n" if k == 0 else "Schriftlich: Postbus 2090, 3800 CB Amersfoort, Niederlande.\n"))


@sc("de", False)
def de_stats(r, k):
    rows = "\n".join(f"| {road} | {hmp(r)} | {r.randint(5, 80)} | {r.randint(25, 90)} min |" for road in r.sample(DE_ROADS, 4))
    return (f"Pannenstatistik Grenzregion, KW {r.randint(1, 52)}\n\n| Autobahn | km | Einsätze | Ø Anfahrt |\n|---|---|---|---|\n{rows}\n\n"
            f"Gesamt {r.randint(200, 600)} Einsätze{', davon ' + str(r.randint(10, 60)) + ' E-Autos' if k == 0 else ''}.")


@sc("de", False)
def de_faq(r, k):
    return ("Guten Tag,\n\nvielen Dank für Ihre Frage. Die Mitgliedschaft Europa gilt auch in Deutschland und Österreich; das Abschleppen ist bis "
            f"{eur(r, 800, 1500, 'de')} gedeckt. Für die Umweltzone in {r.choice(['Köln', 'Düsseldorf', 'Aachen'])} brauchen Sie weiterhin eine grüne Plakette. "
            f"Ihre Mitgliedschaft {lidnr(r)} läuft bis {fdate(r, rdate(r, 2026, 2026), 'de', 0)}.\n\n"
            + ("Mit freundlichen Grüßen\nIhr Vaartland-Team" if k == 0 else "Freundliche Grüße\nVaartland Pannenhilfe, Deutschsprachiger Service"))


@sc("de", False)
def de_partner_invoice(r, k):
    nr = elf9(r)
    return (f"Rechnung Nr. {nr}\nRheinische Pannenhilfe e.V. an Vaartland Autoclub\nLeistungszeitraum: {r.choice(['Juni', 'Juli', 'August'])} 2025\n"
            f"{r.randint(10, 70)} Einsätze A3/A57, netto {eur(r, 2000, 9000, 'de')}, Steuerschuldnerschaft des Leistungsempfängers\n"
            f"Zahlbar bis {fdate(r, rdate(r, 2025, 2025), 'de', 0)}" + (f", Verwendungszweck Rechnung {nr}" if k == 1 else ""))


@sc("de", False)
def de_push(r, k):
    t = r.randint(8, 20)
    return "\n".join([f"{t:02d}:{r.randint(0, 29):02d} Vaartland: Ihre Pannenmeldung {dossier(r)} ist eingegangen.",
                      f"{t:02d}:{r.randint(30, 59):02d} Vaartland: Der Techniker ist unterwegs 🚗 Ankunft ca. {t + 1:02d}:{r.randint(0, 59):02d}.",
                      f"{t + 1:02d}:{r.randint(0, 59):02d} Vaartland: " + ("Bitte bleiben Sie hinter der Leitplanke." if k == 0 else "Der Techniker ist angekommen.")])


@sc("de", False)
def de_shift_note(r, k):
    return (f"Schichtnotiz Deutschsprachiger Service, {fdate(r, rdate(r, 2025, 2025), 'de', 0)}\n"
            f"- A40/A57 Kreuz Moers gesperrt bis {hhmm(r)}, Umleitung U{r.randint(10, 80)}\n"
            f"- {r.randint(10, 40)} offene Vorgänge, davon {r.randint(1, 9)} Wohnmobile über 3,5 t\n"
            f"- Fehlercode im Dispositionssystem {NEG(plate_like_code(r))} tritt wieder auf, Ticket IT-{rd(r, 5)}\n"
            + ("- Partner-Hotline +49 211 5580440 gestört, Ersatz über Zentrale" if k == 0 else "- keine besonderen Vorkommnisse"))


# ---------------------------------------------------------------- self test
def self_test():
    n = 0

    def ok(cond, what):
        nonlocal n
        n += 1
        if not cond:
            raise AssertionError("self test failed: " + what)

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "999999990", "111111110",
              "696579303", "103349856"]:
        ok(bsn_valid(v), "bsn " + v)
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890"]:
        ok(not bsn_valid(v), "bsn invalid " + v)
    ok(bsn_valid("NL004495445B01"), "OB-nummer")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL20INGB0001234567", "NL39RABO0300065264",
              "BE71 0961 2345 6769", "DE89370400440532013000", "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606",
              "GB82WEST12345698765432", "NL68KNAB0123456789", "NL32BUNQ2012345678"] + ORG_IBANS:
        ok(iban_valid(v), "iban " + v)
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300", "DE89370400440532013001", "BE68539007547035"]:
        ok(not iban_valid(v), "iban invalid " + v)
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67", "0111-123456",
              "+32 470 12 34 56", "0470 12 34 56", "+32 2 511 22 33", "+32 9 265 12 34", "+32 50 44 86 86", "+49 30 12345678",
              "0151 23456789", "+49 (0)221 1234567", "0049 171 1234567", "07700 900123", "+44 7700 900456"]:
        ok(phone_valid(v), "phone " + v)
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "012-3456789", "+32 470 12 34 5",
              "+32 2 123 45 67", "+32 9 123 45 67", "+49 151 234", "12:30:45"]:
        ok(not phone_valid(v), "phone invalid " + v)
    for v in ["1012 AB", "1012AB", "1012 ab", "9999 ZZ", "1000 AA", "9000", "50733", "LS6 2AB", "EH9 1HN", "M14 5RG"]:
        ok(postcode_valid(v), "postcode " + v)
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        ok(not postcode_valid(v), "postcode invalid " + v)
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "III-V123AL568"]:
        ok(iddoc_valid(v) or v.startswith(("SPECI", "XR")), "doc " + v)
    for v in ["NO1234567", "N12345678" + "X", "NP123456A"]:
        ok(not (re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}\d", v) and "O" not in v), "doc invalid " + v)
    for i, v in enumerate(["AB-12-34", "12-34-XY", "12-AB-34", "GB-12-DF", "XB-PK-12", "12-DF-GH", "12-GBX-3", "1-KBB-12", "VB-123-X",
                           "G-123-BB", "GBB-12-X", "G-12-BBB", "1-BB-123", "123-BB-1"], 1):
        ok(kenteken_sidecode(v) == i, f"sidecode {i} {v}")
    for v in ["GB12DF", "gb-12-df", "1 KBB 12"]:
        ok(kenteken_sidecode(v) is not None, "kenteken variant " + v)
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        ok(kenteken_sidecode(v) is None, "kenteken invalid " + v)
    for v in ["KLE-AB 123", "K XY 4417", "BOR-R 52", "D-KR 904"]:
        ok(de_plate_valid(v), "de plate " + v)
    ok(not de_plate_valid("XYZ-AB 123"), "de plate area")
    ok(be_plate_valid("1-ABC-234") and be_plate_valid("2XBK771") and not be_plate_valid("0-ABC-234"), "be plate")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        ok(btw_valid(v), "btw " + v)
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL12345678B01", "NL004495445B01"]:
        ok(not btw_valid(v), "btw invalid " + v)
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "30569309025904", "6759649826438453"]:
        ok(card_valid(v), "card " + v)
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        ok(not card_valid(v), "card invalid " + v)
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM"]:
        ok(email_valid(v), "email " + v)
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld", "icon@2x.png"]:
        ok(not email_valid(v), "email invalid " + v)
    ok(ip_valid("8.8.8.8") and not ip_valid("192.168.1.10") and not ip_valid("10.20.4.17") and not ip_valid("256.1.1.1")
       and not ip_valid("010.001.001.001") and not ip_valid("2001:db8::1") and not ip_valid("::1"), "ip")
    for v in ["12-03-1985", "5 mei 1960", "1-4-1990", "03/07/1979", "29.02.1992", "14. März 1987", "March 14, 1987", "1987-03-14"]:
        ok(dob_valid(v), "date " + v)
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999"]:
        ok(not dob_valid(v), "date invalid " + v)
    # organisation's own data
    ok(all(iban_valid(x) for x in ORG_IBANS), "org ibans")
    ok(elfproef(ORG_BTW[0][2:11]) and bsn_valid(ORG_BTW[0]), "org btw is RSIN-based (passes elfproef)")
    ok(all(phone_valid(x) for x in ORG_TEL_PECH + ORG_TEL_LEDEN + ORG_TEL_ALARM + ORG_WA), "org phones valid")
    ok(all(org_nsn(x) in ORG_PHONE_NSN for x in ORG_TEL_PECH + ORG_TEL_LEDEN + ORG_TEL_ALARM + ORG_WA + ORG_PHONES), "org phone variants")
    # generators, 300 rounds
    r = random.Random(SEED + ":selftest")
    for _ in range(300):
        ok(iban_valid(nl_iban(r)) and iban_valid(be_iban(r)) and iban_valid(de_iban(r)) and iban_valid(gb_iban(r)), "gen iban")
        ok(bsn_valid(bsn(r)) and btw_valid(btw_id(r)) and bsn_valid(ob_nummer(r)), "gen bsn/btw")
        ok(phone_valid(nl_mobile(r)) and phone_valid(nl_landline(r)) and phone_valid(be_gsm(r)) and phone_valid(de_mobile(r))
           and phone_valid(de_landline(r)) and phone_valid(uk_mobile(r)), "gen phone")
        ok(plate_valid(kenteken(r)) and plate_valid(kenteken(r, form="compact")) and plate_valid(kenteken(r, form="lower"))
           and plate_valid(kenteken(r, form="space")) and plate_valid(de_plate(r)) and plate_valid(be_plate(r)), "gen plate")
        ok(iddoc_valid(nl_doc(r, "N")) and iddoc_valid(nl_doc(r, "I")) and iddoc_valid(de_ausweis(r)) and iddoc_valid(rijbewijs(r)), "gen doc")
        ok(card_valid(card(r, "visa")) and card_valid(card(r, "mc")) and card_valid(card(r, "mc2", False)) and card_valid(card(r, "amex")), "gen card")
        ok(ip_valid(public_ip(r)) and ip_valid(public_ip6(r)), "gen ip")
        ok(postcode_valid(nl_addr(r)[1]) and postcode_valid(be_addr(r)[1]) and postcode_valid(de_addr(r)[1]) and postcode_valid(uk_addr(r)[1]), "gen pc")
        ok(dob_valid(dob(r, "nl")) and dob_valid(dob(r, "en")) and dob_valid(dob(r, "de")), "gen dob")
        ok(not elfproef(non_elf9(r)) and elfproef(elf9(r)), "gen 9")
        ok(email_valid(email_of(r, person(r, r.choice(list(POOLS))))), "gen email")
    return n


# ---------------------------------------------------------------- audit
EDGE = set(" \t\r\n,;:!?()[]<>\"'.")
BIRTH = re.compile(r"(?i)geboren|geb\.|geboortedatum|born|date of birth|\bdob\b|geburtsdatum|birth")
REFWORDS = re.compile(r"(?i)factuur|invoice|rechnung|dossier|lidn|member|mitglied|polis|policy|schade|claim|contract|ref|kenmerk|"
                      r"incasso|vorgang|versicherung|rental|build|bon|respons|offerte|verwendungszweck|huurcontract")
NAME_TOKENS = set()
for f_, m_, l_ in POOLS.values():
    for nm in f_ + m_ + l_:
        for t in re.split(r"[ -]", nm):
            if len(t) >= 3 and t not in TUSSEN:
                NAME_TOKENS.add(t)
for f_, l_ in STAFF.values():
    NAME_TOKENS.update([f_, l_])


def org_regions(text):
    regs = []
    pats = [re.escape(x) for x in ORG_NAMES + ORG_KVK + ORG_BTW + ORG_HANDLES + ORG_ADDR + ORG_TEL_PECH + ORG_TEL_LEDEN +
            ORG_TEL_ALARM + ORG_WA + ORG_PHONES + ORG_IBAN_TXT + ["NL88 INGB 0008 4672 15", "NL39ZZZ407193520000", "+31 6 4817 2093"]]
    pats.append(r"[\w.+-]*@?[\w.-]*(?:" + "|".join(re.escape(d) for d in ORG_DOMAINS) + r")[\w/?=.&-]*")
    for p in pats:
        for mt in re.finditer(p, text):
            regs.append((mt.start(), mt.end()))
    return regs


def inside(a, b, regs):
    return any(s <= a and b <= e for s, e in regs)


def overlaps(a, b, regs):
    return any(a < e and s < b for s, e in regs)


def audit(records, flags):
    errs = []
    seen = set()
    for rec, (marked, pii) in zip(records, flags):
        rid, text = rec["id"], rec["text"]
        E = lambda msg: errs.append(f"{rid}: {msg}")
        if text in seen: E("duplicate text")
        seen.add(text)
        if any(ch in text for ch in (S0, S1, S2, N0, N1)): E("markup left")
        b = text.encode("utf-8")
        _, spans, negs = render(marked)
        if bool(spans) != pii: E(f"has spans = {bool(spans)} but scenario pii = {pii}")
        last = -1
        cregs = []
        for sp in spans:
            v = sp["_value"]
            if sp["start"] < last: E("overlap/unsorted")
            last = sp["end"]
            if b[sp["start"]:sp["end"]].decode("utf-8") != v: E("slice mismatch " + v)
            if not v or (v[0] in EDGE and not (sp["label"] == "PHONE" and v.startswith("(0"))) or v[-1] in EDGE: E(f"edge char in {sp['label']} {v!r}")
            if not VALIDATE[sp["label"]](v): E(f"invalid {sp['label']} {v!r}")
            cs, ce = sp["_c"]
            cregs.append((cs, ce))
            if sp["label"] == "DATE_OF_BIRTH" and not BIRTH.search(text[max(0, cs - 80):cs]): E("DOB without birth word " + v)
        oregs = org_regions(text)
        for (cs, ce), sp in zip(cregs, spans):
            if overlaps(cs, ce, oregs): E(f"span overlaps organisation data: {sp['_value']!r}")
            if sp["label"] == "PHONE" and org_nsn(sp["_value"]) in ORG_PHONE_NSN: E("organisation phone labelled")
            if sp["label"] == "IBAN" and re.sub(r"\W", "", sp["_value"]).upper() in ORG_IBANS: E("organisation IBAN labelled")
        nregs = [(s, e) for s, e, _ in negs]
        skip = cregs + oregs + nregs

        def free(a, z):
            return not overlaps(a, z, skip)

        # every repeat of a labelled value labelled
        for sp in spans:
            v = sp["_value"]
            if sp["label"] != "PERSON" and len(v) >= 5:
                for mt in re.finditer(re.escape(v), text):
                    if free(mt.start(), mt.end()): E(f"unlabelled repeat of {sp['label']} {v!r}")
        # names
        toks = set(NAME_TOKENS)
        for sp in spans:
            if sp["label"] == "PERSON":
                toks.update(t for t in re.split(r"[ -]", sp["_value"]) if len(t) >= 3 and t not in TUSSEN and not t.endswith("."))
        for t in toks:
            flags_ = re.IGNORECASE if len(t) >= 4 else 0
            for mt in re.finditer(r"(?<![\w])" + re.escape(t) + r"(?![\w])", text, flags_):
                if free(mt.start(), mt.end()): E(f"unlabelled name token {t!r}")
        # scanners
        for mt in re.finditer(r"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", text):
            if free(mt.start(), mt.end()): E("unlabelled e-mail " + mt.group())
        for mt in re.finditer(r"(?i)(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,30}", text):
            c = mt.group()
            for L in range(15, len(c) + 1):
                if iban_valid(c[:L]) and free(mt.start(), mt.start() + L): E("unlabelled IBAN " + c[:L])
        for mt in re.finditer(r"(?i)(?<![A-Za-z0-9])NL ?[\d.]{9,12} ?B\d{2}(?![0-9])", text):
            if free(mt.start(), mt.end()): E("unlabelled btw/OB " + mt.group())
        for mt in re.finditer(r"(?<![\d])\d(?:[ -]?\d){11,18}(?![\d])", text):
            if card_valid(mt.group()) and free(mt.start(), mt.end()): E("unlabelled card " + mt.group())
        for mt in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", text):
            pre = text[max(0, mt.start() - 25):mt.start()].lower()
            if ip_valid(mt.group()) and free(mt.start(), mt.end()) and not re.search(r"version|versie|sdk|build|v$", pre):
                E("unlabelled public IP " + mt.group())
        for mt in re.finditer(r"(?<![\w.])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ -]\d{3}[ -]\d{3})(?![\w])", text):
            if elfproef(digits(mt.group())) and free(mt.start(), mt.end()):
                line_start = text.rfind("\n", 0, mt.start()) + 1
                if not REFWORDS.search(text[max(line_start, mt.start() - 40):mt.start()]):
                    E("unlabelled elfproef number " + mt.group())
        for mt in re.finditer(r"(?i)(?:kvk|chamber of commerce|handelsregister)\D{0,20}(\d{8})(?!\d)", text):
            if free(mt.start(1), mt.end(1)) and mt.group(1) not in ORG_KVK: E("unlabelled KvK " + mt.group(1))
        for mt in re.finditer(r"(?:\+31|0031|(?<!\d)0)[\s-]*(?:\(0\)[\s-]*)?6[\s-]*(?:\d[\s-]?){7}\d", text):
            if free(mt.start(), mt.end()) and org_nsn(mt.group()) not in ORG_PHONE_NSN: E("unlabelled NL mobile " + mt.group())
        for mt in re.finditer(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])", text):
            if free(mt.start(), mt.end()) and nl_postcode_valid(mt.group()): E("unlabelled postcode " + mt.group())
        for mt in re.finditer(r"(?i)(?<![\w-])[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3}(?![\w-])", text):
            if kenteken_sidecode(mt.group()) and free(mt.start(), mt.end()): E("unlabelled kenteken " + mt.group())
        for st in NL_STREETS + BE_STREETS + DE_STREETS:
            for mt in re.finditer(re.escape(st) + r"\s+\d+", text):
                if free(mt.start(), mt.end()): E("unlabelled street + number " + mt.group())
        for st in UK_STREETS:
            for mt in re.finditer(r"\d+\s+" + re.escape(st), text):
                if free(mt.start(), mt.end()): E("unlabelled street + number " + mt.group())
        for mt in re.finditer(r"(?i)(?:rijbewijsn\w*|paspoortn\w*|documentnummer|licence (?:no\.|number)|passport number|"
                              r"permit number|ausweis\S*|reisepass\S*)[\s:.]*([A-Z0-9-]{9,13})", text):
            if free(mt.start(1), mt.end(1)) and iddoc_valid(mt.group(1)): E("unlabelled document number " + mt.group(1))
        for mt in BIRTH.finditer(text):
            seg = text[mt.end():mt.end() + 30]
            dm = re.search(r"\d{1,2}[-./ ]\d{1,2}[-./ ]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [A-Za-zä]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}", seg)
            if dm:
                a = mt.end() + dm.start()
                if free(a, a + len(dm.group())) and parse_date(dm.group()): E("unlabelled date after birth word " + dm.group())
    return errs


# ---------------------------------------------------------------- build
def build():
    by_lang = {"nl": [], "en": [], "de": []}
    for lang, pii, name, fn in SCEN:
        for k in (0, 1):
            r = random.Random(f"{SEED}:{name}:{k}")
            marked = fn(r, k)
            by_lang[lang].append((marked, pii))
    records, flags = [], []
    for lang in ("nl", "en", "de"):
        items = by_lang[lang]
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(items)
        for i, (marked, pii) in enumerate(items, 1):
            text, spans, _ = render(marked)
            records.append({"id": f"{PFX}-{lang}-{i:03d}", "lang": lang, "text": text,
                            "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in spans]})
            flags.append((marked, pii))
    return records, flags


def serialise(records):
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records).encode("utf-8")


def stats(records, flags):
    out = []
    langs = ["nl", "en", "de"]
    cnt = {l: sum(1 for x in records if x["lang"] == l) for l in langs}
    free_ = {l: sum(1 for x in records if x["lang"] == l and not x["spans"]) for l in langs}
    tot_free = sum(free_.values())
    out.append(f"messages: {len(records)} (" + ", ".join(f"{l} {cnt[l]}" for l in langs) + ")")
    out.append(f"without personal data: {tot_free} (" + ", ".join(f"{l} {free_[l]}" for l in langs) + f") = {100 * tot_free / len(records):.1f} %")
    lens = sorted(len(x["text"].encode()) for x in records)
    out.append(f"length bytes: {lens[0]}-{lens[-1]} (median {lens[len(lens) // 2]}); non-ASCII texts: {sum(1 for x in records if not x['text'].isascii())}; "
               f"emoji texts: {sum(1 for x in records if any(ord(c) > 0xFFFF for c in x['text']))}; NBSP: {sum(1 for x in records if chr(0xa0) in x['text'])}")
    negs = sum(len(render(mk)[2]) for mk, _ in flags)
    out.append(f"marked intentional negatives (NEG): {negs}")
    out.append(f"| label | nl | en | de | total |\n|---|---:|---:|---:|---:|")
    tot = {l: 0 for l in langs}
    for lab in LABELS:
        c = {l: sum(1 for x in records if x["lang"] == l for s in x["spans"] if s["label"] == lab) for l in langs}
        for l in langs: tot[l] += c[l]
        out.append(f"| `{lab}` | {c['nl']} | {c['en']} | {c['de']} | {sum(c.values())} |")
    out.append(f"| total | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")
    return "\n".join(out)


def main():
    check = "--check" in sys.argv
    n = self_test()
    records, flags = build()
    errs = audit(records, flags)
    counts = {l: sum(1 for x in records if x["lang"] == l) for l in ("nl", "en", "de")}
    if counts != {"nl": 60, "en": 50, "de": 40}:
        errs.append(f"language counts {counts}")
    free_share = sum(1 for x in records if not x["spans"]) / len(records)
    if free_share < 0.35:
        errs.append(f"PII-free share {free_share:.3f} < 0.35")
    data = serialise(records)
    # read back and re-slice
    for line, rec in zip(data.decode("utf-8").splitlines(), records):
        back = json.loads(line)
        tb = back["text"].encode("utf-8")
        for s, (mk, _) in zip(back["spans"], [(None, None)] * len(back["spans"])):
            if not tb[s["start"]:s["end"]].decode("utf-8").strip():
                errs.append(f"{back['id']}: empty span after read-back")
    if errs:
        print("\n".join(errs[:200]))
        print(f"AUDIT FAILED: {len(errs)} problem(s); gold.jsonl not written")
        sys.exit(1)
    print(f"self test: {n} checks passed; audit: {len(records)} records clean")
    print(stats(records, flags))
    sha = hashlib.sha256(data).hexdigest()
    if check:
        if os.path.exists(OUT):
            cur = hashlib.sha256(open(OUT, "rb").read()).hexdigest()
            print("gold.jsonl on disk " + ("matches" if cur == sha else "DIFFERS"))
            if cur != sha:
                sys.exit(1)
    else:
        with open(OUT, "wb") as fh:
            fh.write(data)
        print("wrote " + OUT)
    print("sha256 " + sha)


if __name__ == "__main__":
    main()
