#!/usr/bin/env python3
"""heldout48 -- blind held-out evaluation set for pii-scrubber.

Organisation: Avondrood Uitvaartzorg / Avondrood Uitvaartverzekeringen, a fictional Dutch funeral company with
its own funeral insurance (Deventer, a Flemish branch in Gentbrugge, German-speaking customers near the border).

Deterministic: every instance uses random.Random(f"{SEED}:{scenario}:{k}") (string seeds are hashed with SHA-512,
so PYTHONHASHSEED has no effect). Standard library only.

    python3 -B make.py           # self test + audit, then write gold.jsonl, print statistics and sha256
    python3 -B make.py --check   # the same without writing
"""
import datetime
import hashlib
import ipaddress
import json
import os
import random
import re
import sys

SEED = "heldout48:avondrood:2025"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")
PREFIX = "h48"
YEAR = 2025

# --------------------------------------------------------------------------------------------------------------
# The organisation's own data (never labelled; mirrored in pii-scrubber.toml)
# --------------------------------------------------------------------------------------------------------------
ORG_NAMES = ["Avondrood Uitvaartzorg B.V.", "Avondrood Uitvaartverzekeringen N.V.", "Avondrood Uitvaartzorg",
             "Avondrood Uitvaartverzekeringen", "Avondrood Uitvaartzorg Vlaanderen", "Avondrood Bestattungen",
             "Avondrood Funeral Care", "Uitvaartcentrum Avondrood", "Avondrood"]
ORG_DOMAIN = "avondrood.example"
ORG_PHONES = ["0570 612 400", "0800 282 6636", "06 4170 2235", "09 233 45 10"]
ORG_IBANS = ["NL37ABNA0543219876", "NL60RABO0361847290", "BE45068241759389"]
ORG_ADDRESSES = ["Zandpoortweg 40, 7411 KS Deventer", "Postbus 318, 7400 AH Deventer",
                 "Oude Veerweg 3, 7421 BL Deventer", "Lindenhofdreef 12, 9050 Gentbrugge"]
ORG_KVK = ["38274915"]
ORG_BTW = ["NL815230448B01"]
ORG_BE_VAT = "BE 0712.483.905"
ORG_HANDLES = ["@AvondroodUitvaart", "@avondrood_uitvaart"]
ORG_POSTCODES = ["7411 KS", "7411KS", "7400 AH", "7421 BL", "7421BL"]

# Staff are PERSON wherever they appear.
STAFF = {
    "marieke": ("Marieke", "Hoogendoorn"),   # uitvaartverzorger Deventer
    "joost": ("Joost", "Wijnbergen"),        # uitvaartverzorger / meldkamer nachtdienst
    "fenna": ("Fenna", "Oosterbaan"),        # polisadministratie
    "ricardo": ("Ricardo", "Sitaldin"),      # klantenservice / chat / webcare
    "griet": ("Griet", "Vanhoutte"),         # vestiging Vlaanderen
    "sabine": ("Sabine", "Terlinden"),       # German desk
    "dennis": ("Dennis", "Verhulst"),        # financiële administratie (uitkeringen)
}

# --------------------------------------------------------------------------------------------------------------
# Validators
# --------------------------------------------------------------------------------------------------------------


def elfproef(s):
    s = re.sub(r"[ .\-]", "", s)
    if not s.isdigit() or len(s) > 9:
        return False
    s = s.zfill(9)
    if int(s) == 0:
        return False
    d = [int(c) for c in s]
    return (sum((9 - i) * d[i] for i in range(8)) - d[8]) % 11 == 0


def mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


IBAN_STRUCT = {"NL": r"[A-Z]{4}\d{10}", "BE": r"\d{12}", "DE": r"\d{18}", "GB": r"[A-Z]{4}\d{14}",
               "FR": r"\d{10}[A-Z0-9]{11}\d{2}", "PL": r"\d{24}"}


def iban_compact(s):
    return re.sub(r"[\s\u00a0\-]", "", s).upper()


def iban_ok(s):
    c = iban_compact(s)
    cc = c[:2]
    if cc not in IBAN_STRUCT or not re.fullmatch(r"[A-Z]{2}\d{2}" + IBAN_STRUCT[cc], c):
        return False
    if cc == "BE":
        n = int(c[4:14]) % 97 or 97
        if n != int(c[14:16]):
            return False
    return mod97(c[4:] + c[:4]) == 1


def iban_make(cc, bban):
    check = 98 - mod97(bban + cc + "00")
    return f"{cc}{check:02d}{bban}"


def luhn_ok(s):
    d = [int(c) for c in s][::-1]
    tot = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def card_ok(s):
    c = re.sub(r"[ \-]", "", s)
    if not c.isdigit():
        return False
    n = len(c)
    iin = (c.startswith("4") and n in (13, 16, 19)) or (51 <= int(c[:2]) <= 55 and n == 16) \
        or (2221 <= int(c[:4]) <= 2720 and n == 16) or (c[:2] in ("34", "37") and n == 15)
    return iin and luhn_ok(c)


def btw_ok(s):
    c = re.sub(r"[ .\-]", "", s).upper()
    if not re.fullmatch(r"NL\d{9}B\d{2}", c) or c.endswith("B00"):
        return False
    return mod97(c) == 1 and not elfproef(c[2:11])


def ob_ok(s):
    c = re.sub(r"[ .\-]", "", s).upper()
    if c.startswith("NL"):
        c = c[2:]
    return bool(re.fullmatch(r"\d{9}B\d{2}", c)) and not c.endswith("B00") and elfproef(c[:9])


def bsn_ok(s):
    c = s.strip()
    if re.fullmatch(r"(NL)?[\d.]+B\d{2}", c.replace(" ", "")):
        return ob_ok(c)
    if not re.fullmatch(r"\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3}|\d{8}", c):
        return False
    return elfproef(c)


def nl_postcode_ok(s):
    m = re.fullmatch(r"([1-9]\d{3}) ?([A-Za-z]{2})", s)
    return bool(m) and m.group(2).upper() not in ("SA", "SD", "SS")


UK_PC = r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}"


def postcode_ok(s):
    return nl_postcode_ok(s) or bool(re.fullmatch(r"[1-9]\d{3}|\d{5}|" + UK_PC, s)) \
        or bool(re.fullmatch(r"(D-)?\d{5}|B-[1-9]\d{3}", s))


NL_AREA = {"0570": 6, "055": 7, "0575": 6, "053": 7, "026": 7, "024": 7, "0314": 6, "038": 7, "0548": 6,
           "0572": 6, "0544": 6, "0543": 6}
DE_AREA = ("2821", "2822", "2823", "2871", "2562", "2861", "5921", "2826")


def phone_national(s):
    c = s.replace("(0)", "")
    c = re.sub(r"[\s\u00a0\-./()]", "", c)
    for pre, cc in (("+31", "NL"), ("0031", "NL"), ("+32", "BE"), ("0032", "BE"), ("+49", "DE"), ("0049", "DE"),
                    ("+44", "GB"), ("0044", "GB")):
        if c.startswith(pre):
            return cc, "0" + c[len(pre):]
    return None, c


def phone_ok(s):
    cc, n = phone_national(s)
    if not re.fullmatch(r"0\d{8,11}", n):
        return False
    ok = {
        "NL": bool(re.fullmatch(r"06[1-5]\d{7}", n)) or any(
            n.startswith(a) and len(n) == len(a) + ln and n[len(a)] in "23456789" for a, ln in NL_AREA.items()),
        "BE": bool(re.fullmatch(r"04[5-9]\d{7}|09[2-4]\d{6}|05[0-9]\d{6}|02[2-8]\d{6}", n)),
        "DE": bool(re.fullmatch(r"01(5[1-9]\d{8}|6[0-9]\d{7,8}|7[0-9]\d{7,8})", n)) or any(
            n[1:].startswith(a) and 10 <= len(n) <= 11 for a in DE_AREA),
        "GB": bool(re.fullmatch(r"07700900\d{3}|01134960\d{3}|01614960\d{3}|02079460\d{3}", n)),
    }
    return ok[cc] if cc else any(ok.values())


def nl_doc_ok(s):
    return bool(re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", s.replace(" ", "")))


def doc_ok(s):
    c = s.replace(" ", "")
    return nl_doc_ok(c) \
        or bool(re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}", c)) \
        or bool(re.fullmatch(r"\d{9,10}", c)) or bool(re.fullmatch(r"(I|II|III|IV|V)-V[A-NP-Z1-9]{8}", c))


SIDECODES = {1: "XX99 99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX", 7: "99-XXX-9", 8: "9-XXX-99",
             9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX", 13: "9-XX-999", 14: "999-XX-9"}
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
BANNED = ("SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS", "KVT", "VVD", "SP")


def plate_ok(s):
    u = s.upper()
    if re.fullmatch(r"[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{1,4}[EH]?", u):   # DE Kennzeichen
        return True
    c = re.sub(r"[\s\-]", "", u)
    if len(c) != 6:
        return False
    shape = "".join("9" if ch.isdigit() else "X" for ch in c)
    for sc, pat in SIDECODES.items():
        if sc >= 4 and pat.replace("-", "") == shape:
            letters = "".join(ch for ch in c if ch.isalpha())
            if any(ch not in PLATE_LETTERS for ch in letters):
                return False
            groups = re.split(r"\d+", c) + [c]
            if any(b in g for b in BANNED for g in groups if g):
                return False
            return True
    return False


MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
    "januar": 1, "februar": 2, "märz": 3, "mai": 5, "dezember": 12,
    "jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10,
    "nov": 11, "dec": 12, "mar": 3, "oct": 10,
}


def parse_date(s):
    s = s.strip()
    m = re.fullmatch(r"(\d{1,2})([-/. ])(\d{1,2})\2(\d{4})", s)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
    else:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
        if m:
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            m = re.fullmatch(r"(\d{1,2})\.? ([A-Za-zä]+)\.? (\d{4})", s)
            if m:
                d, mo, y = int(m.group(1)), MONTHS.get(m.group(2).lower()), int(m.group(3))
            else:
                m = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", s)
                if not m:
                    return None
                mo, d, y = MONTHS.get(m.group(1).lower()), int(m.group(2)), int(m.group(3))
    if not mo:
        return None
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def dob_ok(s):
    d = parse_date(s)
    return d is not None and 1900 <= d.year <= YEAR


TLDS = ("nl", "be", "de", "com", "net", "org", "uk", "co.uk", "eu", "example", "frl", "ie")
EMAIL_RE = r"[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"


def email_ok(s):
    return bool(re.fullmatch(EMAIL_RE, s)) and s.lower().endswith(tuple("." + t for t in TLDS)) \
        and not s.lower().endswith("@" + ORG_DOMAIN) and not s.lower().endswith("." + ORG_DOMAIN)


def ip_ok(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global


NAME_CH = r"A-Za-zÀ-ÖØ-öø-ÿĀ-žŞşİıĞğ"


def person_ok(s):
    return bool(re.fullmatch(rf"[{NAME_CH}][{NAME_CH} .'\-]*[{NAME_CH}.]", s)) and "  " not in s


def address_ok(s):
    return bool(re.search(r"\d", s)) and bool(re.search(rf"[{NAME_CH}]{{3}}", s))


VALIDATE = {
    "PERSON": person_ok, "EMAIL": email_ok, "PHONE": phone_ok, "IBAN": iban_ok, "BSN": bsn_ok,
    "ADDRESS": address_ok, "POSTCODE": postcode_ok, "CREDIT_CARD": card_ok, "IP_ADDRESS": ip_ok,
    "DATE_OF_BIRTH": dob_ok, "ID_DOCUMENT": doc_ok, "LICENSE_PLATE": plate_ok, "BTW_ID": btw_ok,
    "KVK": lambda s: bool(re.fullmatch(r"\d{8}", s)),
}

# --------------------------------------------------------------------------------------------------------------
# Markup: values are written between private-use sentinels; render() strips them and records byte offsets.
# --------------------------------------------------------------------------------------------------------------
SO, SM, SC, NPO, NPC = "\ue000", "\ue001", "\ue002", "\ue003", "\ue004"


def m(label, v):
    assert label in VALIDATE, label
    return f"{SO}{label}{SM}{v}{SC}"


def P(v): return m("PERSON", v)
def EM(v): return m("EMAIL", v)
def PH(v): return m("PHONE", v)
def IB(v): return m("IBAN", v)
def BSN(v): return m("BSN", v)
def AD(v): return m("ADDRESS", v)
def PC(v): return m("POSTCODE", v)
def CC(v): return m("CREDIT_CARD", v)
def IP(v): return m("IP_ADDRESS", v)
def DOB(v): return m("DATE_OF_BIRTH", v)
def DOC(v): return m("ID_DOCUMENT", v)
def KT(v): return m("LICENSE_PLATE", v)
def BTW(v): return m("BTW_ID", v)
def KVK(v): return m("KVK", v)
def NP(v): return f"{NPO}{v}{NPC}"


def render(src):
    out, spans, nps = [], [], []
    i, pos = 0, 0
    while i < len(src):
        ch = src[i]
        if ch == SO:
            j = src.index(SM, i)
            e = src.index(SC, j)
            label, val = src[i + 1:j], src[j + 1:e]
            assert SO not in val and NPO not in val, val
            spans.append((pos, pos + len(val), label, val))
            out.append(val)
            pos += len(val)
            i = e + 1
        elif ch == NPO:
            e = src.index(NPC, i)
            val = src[i + 1:e]
            nps.append((pos, pos + len(val)))
            out.append(val)
            pos += len(val)
            i = e + 1
        else:
            out.append(ch)
            pos += 1
            i += 1
    return "".join(out), spans, nps


def char2byte(text):
    table, b = [], 0
    for ch in text:
        table.append(b)
        b += len(ch.encode("utf-8"))
    table.append(b)
    return table

# --------------------------------------------------------------------------------------------------------------
# Synthetic data, written for this set
# --------------------------------------------------------------------------------------------------------------
NL_M = ["Gerrit", "Hendrik", "Bert", "Wim", "Johan", "Teun", "Sjoerd", "Maarten", "Arjen", "Ruud", "Jeroen", "Hidde",
        "Gijs", "Evert", "Wouter", "Rutger", "Niels", "Thijs", "Henk", "Frits", "Dirk-Jan"]
NL_F = ["Gerda", "Hennie", "Annie", "Willemien", "Janneke", "Ineke", "Anneke", "Esmée", "Noëlle", "Daniëlle", "Femke",
        "Sanne", "Lieke", "Ilse", "Tineke", "Geesje", "Hilde", "Jolanda", "Gerdien", "Riekje"]
NL_SUR = ["Nijhuis", "Kampman", "Wessels", "Lubbers", "Hofstede", "Voskuil", "Scholten", "Bosman", "Heijink",
          "Oldenhave", "Stegeman", "Brinkhuis", "Tijhuis", "Klumper", "Pasman", "Velthuis", "Roelofs", "Grootenhuis",
          "Wolterink", "Haverkamp", "Nieuwenhuis", "Spijkerman", "Mensink", "Hoekstra", "Rikkerink", "Ruessink"]
NL_TV = [("van der", "Meulen"), ("van", "Hulst"), ("van de", "Wetering"), ("van der", "Heijden"), ("van der", "Vlist"),
         ("van der", "Hoeven"), ("ter", "Horst"), ("ten", "Hove"), ("van 't", "Erve"), ("van der", "Lugt")]
BE_M = ["Pieter-Jan", "Koen", "Bart", "Stijn", "Dries", "Lieven", "Jef", "Wannes"]
BE_F = ["Katrien", "Sofie", "Annelies", "Veerle", "Nathalie", "Lotte", "Marijke", "Ellen"]
BE_SUR = ["Claeys", "Vermeulen", "Goossens", "Verstraete", "Vandenbroucke", "D'hondt", "Van Acker", "Van Damme",
          "Van Hecke", "Baert", "De Meyer", "Vanneste"]
DE_M = ["Jürgen", "Klaus-Dieter", "Heinz", "Matthias", "Stefan", "Bernd", "Uwe", "Günter", "Dieter", "Ralf"]
DE_F = ["Gisela", "Ursula", "Brigitte", "Hannelore", "Monika", "Karin", "Renate", "Käthe", "Heike", "Birgit"]
DE_SUR = ["Janßen", "Hülsmann", "Gerritzen", "Kösters", "Wilmsen", "Schürmann", "Lamers", "Derksen", "Weißenborn",
          "Große-Kathöfer", "van Aaken", "Hendricks", "Tebrügge", "Verhaag"]
UK_M = ["Graham", "Nigel", "Alistair", "Callum", "Rhys", "Owen", "Declan", "Stuart"]
UK_F = ["Siobhan", "Fiona", "Gillian", "Morag", "Aoife", "Bethany", "Harriet", "Eleanor"]
UK_SUR = ["Whitcombe", "Pemberton", "McAllister", "Okonkwo", "Hargreaves", "Ashdown", "Lockwood", "Tennant",
          "Gallagher", "O'Donnell", "Braithwaite", "Fenwick"]
MA_M = ["Mohamed", "Youssef", "Karim", "Hamid", "Rachid"]
MA_F = ["Fatima", "Naima", "Samira", "Khadija", "Nadia"]
MA_SUR = ["El Amrani", "Bouzian", "Ait Ouali", "Benali", "El Khattabi"]
TR_M = ["Mehmet", "Hüseyin", "Emre", "Oğuz", "Mustafa"]
TR_F = ["Ayşe", "Emine", "Gülsüm", "Büşra", "Zeynep"]
TR_SUR = ["Yılmaz", "Doğan", "Öztürk", "Çelik", "Aydın", "Şahin"]
SR_M = ["Radjesh", "Soeresh", "Ramon"]
SR_F = ["Chandni", "Sharmila", "Anjali"]
SR_SUR = ["Ramdin", "Mahabier", "Jagesar", "Sewdien"]
PL_M = ["Paweł", "Krzysztof", "Tomasz"]
PL_F = ["Małgorzata", "Agnieszka", "Ewa"]
PL_SUR = ["Wójcik", "Zając", "Kowalczyk", "Nowakowski"]

ORIGINS = {
    "nl": (NL_M, NL_F, NL_SUR), "be": (BE_M, BE_F, BE_SUR), "de": (DE_M, DE_F, DE_SUR), "uk": (UK_M, UK_F, UK_SUR),
    "ma": (MA_M, MA_F, MA_SUR), "tr": (TR_M, TR_F, TR_SUR), "sr": (SR_M, SR_F, SR_SUR), "pl": (PL_M, PL_F, PL_SUR),
}


class Pn:
    def __init__(self, first, tv, last, sex, origin):
        self.first, self.tv, self.last, self.sex, self.origin = first, tv, last, sex, origin

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.tv, self.last) if x)

    @property
    def sur(self):  # surname standing alone: tussenvoegsel capitalised
        if self.tv:
            return self.tv[0].upper() + self.tv[1:] + " " + self.last
        return self.last[0].upper() + self.last[1:]

    @property
    def sur_inline(self):  # after initials
        return " ".join(x for x in (self.tv, self.last) if x)

    @property
    def ini(self):
        parts = re.split(r"[- ]", self.first)
        return "".join(p[0] + "." for p in parts if p)

    @property
    def ini_sur(self):
        return f"{self.ini} {self.sur_inline}"

    def tokens(self):
        return [t for t in re.split(r"[\s\-']+", self.full) if len(t) >= 3 and t.lower() not in TV_WORDS]


TV_WORDS = {"van", "der", "den", "de", "ter", "ten", "'t", "het", "el", "ait", "t"}


def person(r, origin="nl", sex=None, last=None):
    ms, fs, surs = ORIGINS[origin]
    sex = sex or r.choice("MF")
    first = r.choice(ms if sex == "M" else fs)
    tv = ""
    if last is not None:
        tv, last = last
    elif origin == "nl" and r.random() < 0.3:
        tv, last = r.choice(NL_TV)
    else:
        last = r.choice(surs)
    return Pn(first, tv, last, sex, origin)


def people(r, n, origin="nl", sexes=None, same_last_of=None):
    """n different people (different first names and, unless same_last_of, different surnames)."""
    res, seen_f, seen_l = [], set(), set()
    while len(res) < n:
        sx = sexes[len(res)] if sexes else None
        lastspec = (same_last_of.tv, same_last_of.last) if same_last_of else None
        p = person(r, origin, sx, lastspec)
        if p.first in seen_f or (not same_last_of and p.last in seen_l):
            continue
        if same_last_of and p.first == same_last_of.first:
            continue
        seen_f.add(p.first)
        seen_l.add(p.last)
        res.append(p)
    return res


def staff(key, part="full"):
    f, l = STAFF[key]
    return {"full": f"{f} {l}", "first": f, "last": l}[part]


NL_STREETS = ["Klaprooshof", "Hoge Esweg", "Sallandsestraat", "Iependreef", "Koekoeksweide", "Schapenkamp",
              "Laan van Zwaluwenburg", "Molenbelt", "Wilhelminastraat", "Burg. Dijkmanlaan", "Korte Bisschopstraat",
              "Het Hoge Veld", "Vlierstraat", "Eikenlaan", "Brinkpad", "Kerkeplein", "Pastoor Ludgerweg",
              "Marktstraat", "Rozemarijnhof", "Oude Raalterweg"]
NL_TOWNS = [("Deventer", 7411, 7429), ("Apeldoorn", 7311, 7339), ("Zutphen", 7201, 7209), ("Raalte", 8101, 8103),
            ("Olst", 8121, 8121), ("Epe", 8161, 8162), ("Holten", 7451, 7452), ("Twello", 7391, 7392),
            ("Bathmen", 7437, 7437), ("Lochem", 7241, 7245)]
BE_STREETS = ["Vlasgaardstraat", "Kerkwegel", "Heirweg", "Oude Abdijstraat", "Kouterdreef", "Molenstraat",
              "Brusselsesteenweg", "Leeuwerikstraat"]
BE_TOWNS = [("Gent", 9000), ("Sint-Amandsberg", 9040), ("Lokeren", 9160), ("Deinze", 9800), ("Eeklo", 9900),
            ("Merelbeke", 9820), ("Zottegem", 9620)]
DE_STREETS = ["Am Mühlenkamp", "Tiergartenstraße", "Gocher Landstraße", "Lindenallee", "Emmericher Weg",
              "Schwanenwall", "Kirchstraße", "Am Sandberg", "Nierswall", "Hoffmannallee"]
DE_TOWNS = [("Kleve", "47533", "2821"), ("Emmerich am Rhein", "46446", "2822"), ("Bocholt", "46395", "2871"),
            ("Gronau", "48599", "2562"), ("Goch", "47574", "2823"), ("Kranenburg", "47559", "2826")]
UK_ADDR = [("Larkspur Close", "Leeds", "LS6 2QT"), ("Mill Road", "Cambridge", "CB1 2AZ"),
           ("Elmfield Avenue", "York", "YO31 8JR"), ("Harrowgate Lane", "Stockton-on-Tees", "TS19 8HE"),
           ("Cedar Grove", "Manchester", "M20 6RL")]


def nl_postcode(r, town=None):
    t = town or r.choice(NL_TOWNS)
    while True:
        pair = r.choice("ABCDEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
        if pair not in ("SA", "SD", "SS"):
            break
    return f"{r.randint(t[1], t[2])} {pair}", t[0]


def housenr(r):
    n = str(r.randint(1, 148))
    x = r.random()
    if x < 0.15:
        n += r.choice("abcd")
    elif x < 0.22:
        n += r.choice(["-1", "-2", " hs", "-II", " A"])
    return n


def nl_addr(r):
    t = r.choice(NL_TOWNS)
    pc, town = nl_postcode(r, t)
    return f"{r.choice(NL_STREETS)} {housenr(r)}", pc, town


def be_addr(r):
    t = r.choice(BE_TOWNS)
    n = str(r.randint(2, 190))
    if r.random() < 0.35:
        n += f" bus {r.randint(1, 12)}"
    return f"{r.choice(BE_STREETS)} {n}", str(t[1]), t[0]


def de_addr(r):
    t = r.choice(DE_TOWNS)
    n = str(r.randint(1, 90)) + (r.choice(["a", "b"]) if r.random() < 0.2 else "")
    return f"{r.choice(DE_STREETS)} {n}", t[1], t[0]


def uk_addr(r):
    s, town, pc = r.choice(UK_ADDR)
    a = f"{r.randint(2, 96)} {s}"
    if r.random() < 0.3:
        a = f"Flat {r.randint(1, 9)}, " + a
    return a, pc, town


def digits(r, n, first_nonzero=True):
    s = str(r.randint(1, 9)) if first_nonzero else str(r.randint(0, 9))
    return s + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def nl_mobile(r):
    return "06" + str(r.randint(1, 5)) + digits(r, 7, False)


def fmt_nl_mobile(r, n, style=None):
    rest = n[2:]
    styles = [f"06-{rest}", f"06 {rest[:4]} {rest[4:]}", n, f"+31 6 {rest}", f"+31 (0)6 {rest[:4]} {rest[4:]}",
              f"06 {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}", f"+316-{rest}", f"0031 6 {rest[:4]} {rest[4:]}"]
    return styles[style] if style is not None else r.choice(styles)


def nl_landline(r, area=None):
    area = area or r.choice(["0570", "055", "0575", "0572", "026", "0548"])
    sub = str(r.randint(2, 9)) + digits(r, NL_AREA[area] - 1, False)
    forms = [f"{area}-{sub}", f"{area} {sub}", f"({area}) {sub}",
             f"+31 {area[1:]} {sub}"] + ([f"{area} {sub[:2]} {sub[2:4]} {sub[4:]}"] if len(sub) == 6 else
                                         [f"{area} {sub[:3]} {sub[3:5]} {sub[5:]}"])
    return r.choice(forms)


def be_gsm(r):
    n = "04" + str(r.randint(7, 9)) + digits(r, 7, False)
    return r.choice([f"{n[:4]} {n[4:6]} {n[6:8]} {n[8:]}", f"+32 {n[1:4]} {n[4:6]} {n[6:8]} {n[8:]}",
                     f"{n[:4]}/{n[4:6]}.{n[6:8]}.{n[8:]}", f"0032 {n[1:]}"])


def de_mobile(r):
    pre = r.choice(["0151", "0160", "0171", "0176", "0152"])
    rest = digits(r, 8 if pre in ("0151", "0176", "0152") else 7)
    return r.choice([f"{pre} {rest}", f"{pre}/{rest}", f"+49 {pre[1:]} {rest}", f"{pre}-{rest}"])


def de_landline(r, area):
    sub = str(r.randint(2, 9)) + digits(r, r.choice([4, 5]), False)
    return r.choice([f"0{area} {sub}", f"0{area}/{sub}", f"+49 {area} {sub}", f"+49 (0){area} {sub}"])


def uk_phone(r):
    x = r.randint(0, 2)
    t = f"{r.randint(0, 999):03d}"
    return [f"07700 900{t}", f"+44 7700 900{t}", f"020 7946 0{t}"][x]


def bsn(r):
    while True:
        s = digits(r, 9)
        if elfproef(s):
            return s


def not_bsn(r, n=9):
    while True:
        s = digits(r, n)
        if not elfproef(s):
            return s


def polisnr(r):
    """9-digit policy numbers in this set always pass the elfproef on purpose (hard negative)."""
    return bsn(r)


def fmt_bsn(r, s):
    return r.choice([s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]


def nl_iban(r):
    return iban_make("NL", r.choice(NL_BANKS) + digits(r, 10, False))


def be_iban(r):
    acc = r.choice(["001", "068", "363", "737", "143", "979"]) + digits(r, 7, False)
    nat = int(acc) % 97 or 97
    return iban_make("BE", acc + f"{nat:02d}")


def de_iban(r):
    blz = r.choice(["32450000", "35850000", "32061384", "42861387", "40154530"])
    return iban_make("DE", blz + digits(r, 10, False))


def gb_iban(r):
    return iban_make("GB", r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(r, 6) + digits(r, 8))


def fmt_iban(r, s, style=None):
    g = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    styles = [s, g, g, s.lower(), g.replace(" ", "\u00a0", 1)]
    return styles[style] if style is not None else r.choice(styles[:3])


def card(r, kind=None):
    kind = kind or r.choice(["visa", "mc", "mc2"])
    pre = {"visa": "4" + str(r.choice([5, 9, 1, 2])) + digits(r, 4, False),
           "mc": str(r.randint(51, 55)) + digits(r, 4, False),
           "mc2": str(r.randint(2221, 2720)) + digits(r, 2, False)}[kind]
    body = pre + digits(r, 15 - len(pre), False)
    for c in "0123456789":
        if luhn_ok(body + c):
            n = body + c
            break
    return r.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4))])


def btw_id(r):
    while True:
        d9 = digits(r, 9, False)
        if elfproef(d9):
            continue
        for s in range(1, 100):
            c = f"NL{d9}B{s:02d}"
            if mod97(c) == 1:
                return c


def kvk(r):
    return digits(r, 8)


def nl_doc(r, kind=None):
    kind = kind or r.choice("NI")
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"
    s = kind + r.choice(al.replace(kind, "")) + "".join(r.choice(al + "123456789") for _ in range(6)) + str(r.randint(1, 9))
    return s


def de_ausweis(r):
    al = "CFGHJKLMNPRTVWXYZ"
    return r.choice("LMNT") + "".join(r.choice(al + "0123456789") for _ in range(8))


def kenteken(r):
    while True:
        sc = r.choice([4, 5, 6, 7, 8, 9, 10, 11])
        pat = SIDECODES[sc]
        s = "".join(r.choice(PLATE_LETTERS) if c == "X" else (str(r.randint(1, 9)) if c == "9" else c) for c in pat)
        if plate_ok(s):
            return s


def de_plate(r, town="KLE"):
    return f"{town}-{r.choice(['AB', 'HK', 'MT', 'RW', 'JS', 'K', 'P'])} {r.randint(1, 9999)}"


def public_ip(r):
    while True:
        a = ipaddress.ip_address(f"{r.choice([31, 37, 62, 77, 80, 84, 85, 86, 145, 178, 188, 212, 217])}."
                                 f"{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}")
        if a.is_global:
            return str(a)


def dob(r, y0=1925, y1=1998):
    return datetime.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


NL_MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]


def fd(r, d, lang, style=None):
    """format a date; style picks one of the language's written forms."""
    forms = {
        "nl": [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day}-{d.month}-{d.year}", f"{d.day} {NL_MON[d.month - 1]} {d.year}",
               f"{d.day:02d}/{d.month:02d}/{d.year}"],
        "en": [f"{d.day} {EN_MON[d.month - 1]} {d.year}", f"{EN_MON[d.month - 1]} {d.day}, {d.year}",
               f"{d.day:02d}/{d.month:02d}/{d.year}", d.isoformat()],
        "de": [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {DE_MON[d.month - 1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}"],
    }[lang]
    return forms[style] if style is not None else r.choice(forms)


def recent(r, lo=280, hi=330):
    """a 2025 date (day of year lo..hi) -- for deaths, invoices, appointments; never labelled."""
    return datetime.date(YEAR, 1, 1) + datetime.timedelta(days=r.randint(lo, hi))


def eur(r, lo, hi, lang="nl"):
    v = r.randint(lo * 100, hi * 100) / 100
    s = f"{v:,.2f}"
    if lang in ("nl", "de"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        return f"€ {s}" if lang == "nl" else f"{s} €"
    return f"€{s}"


def hhmm(r, h0=8, h1=17):
    return f"{r.randint(h0, h1):02d}:{r.choice(['00', '15', '30', '45'])}"


class Clock:
    """increasing chat timestamps"""
    def __init__(self, r, h0=9, h1=16):
        self.r, self.t = r, r.randint(h0 * 60, h1 * 60)

    def __call__(self):
        self.t += self.r.randint(0, 3)
        return f"{self.t // 60:02d}:{self.t % 60:02d}"


def dossier(r):
    return f"UV-{YEAR}-{r.randint(100, 2999):04d}"


def mailaddr(r, p, dom=None):
    dom = dom or r.choice(["ziggo.nl", "kpnmail.nl", "hotmail.com", "gmail.com", "planet.nl", "xs4all.nl"])
    f = p.first.lower().replace("ë", "e").replace("é", "e").replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")
    l = p.last.lower().replace(" ", "").replace("'", "").replace("ß", "ss").replace("ü", "ue").replace("ö", "oe")
    l = l.replace("ä", "ae").replace("ı", "i").replace("ş", "s").replace("ç", "c").replace("ğ", "g").replace("ł", "l")
    f = f.replace("ı", "i").replace("ş", "s").replace("ç", "c").replace("ğ", "g").replace("ł", "l").replace("-", "")
    tv = p.tv.replace(" ", "").replace("'", "")
    return r.choice([f"{f}.{tv}{l}", f"{f[0]}.{tv}{l}", f"{f}{l}{r.randint(1, 99)}", f"{tv}{l}.{f[0]}"]) + "@" + dom

# --------------------------------------------------------------------------------------------------------------
# Scenarios. Each runs twice (k = 0, 1). has_pii says whether the message must carry gold spans.
# --------------------------------------------------------------------------------------------------------------
SCEN = []


def sc(lang, pii):
    def deco(fn):
        SCEN.append((lang, fn.__name__, fn, pii))
        return fn
    return deco


SIG_NL = ("Avondrood Uitvaartzorg | Zandpoortweg 40, 7411 KS Deventer\n"
          "T 0570 612 400 | dag en nacht 0800 282 6636 | www.avondrood.example")
SIG_BE = ("Avondrood Uitvaartzorg Vlaanderen | Lindenhofdreef 12, 9050 Gentbrugge\n"
          "T 09 233 45 10 | ondernemingsnummer BE 0712.483.905 | gent@avondrood.example")
SIG_EN = ("Avondrood Funeral Care | Zandpoortweg 40, 7411 KS Deventer, the Netherlands\n"
          "+31 570 612 400 | 24/7 +31 800 282 6636 | www.avondrood.example/en")
SIG_DE = ("Avondrood Bestattungen (Avondrood Uitvaartzorg B.V.) | Zandpoortweg 40, 7411 KS Deventer, Niederlande\n"
          "Tel. +31 570 612 400 | deutsch@avondrood.example | KvK 38274915 | USt-IdNr. NL815230448B01")


def rel_nl(p, kind="kind"):
    return {"kind": "dochter" if p.sex == "F" else "zoon", "partner": "echtgenote" if p.sex == "F" else "echtgenoot"}[kind]


def rel_en(p, kind="kind"):
    return {"kind": "daughter" if p.sex == "F" else "son", "partner": "wife" if p.sex == "F" else "husband"}[kind]


def rel_de(p, kind="kind"):
    return {"kind": "Tochter" if p.sex == "F" else "Sohn", "partner": "Ehefrau" if p.sex == "F" else "Ehemann"}[kind]


def aanhef_nl(p):
    return "mevrouw" if p.sex == "F" else "de heer"


def mr_nl(p):
    return "mevr." if p.sex == "F" else "dhr."


# ---------------------------------------------------------------- nl, with personal data
@sc("nl", True)
def nl_melding_overlijden(r, k):
    d = person(r, "nl")
    kid = person(r, "nl", last=(d.tv, d.last)) if r.random() < 0.5 else people(r, 2)[1]
    while kid.first == d.first:
        kid = person(r, "nl")
    ad, pc, town = nl_addr(r)
    b = dob(r, 1928, 1950)
    dd = recent(r)
    mob = fmt_nl_mobile(r, nl_mobile(r))
    pol = polisnr(r)
    if k == 0:
        return (f"MELDING OVERLIJDEN - meldkamer Avondrood\n"
                f"Melding ontvangen: {fd(r, dd, 'nl', 0)} {hhmm(r, 19, 23)}\n"
                f"Aangenomen door: {P(staff('joost'))}\n"
                f"Overledene: {P(d.full)}\n"
                f"Geboortedatum: {DOB(fd(r, b, 'nl', 0))}\n"
                f"Overleden: {fd(r, dd, 'nl', 0)}, thuis\n"
                f"Adres: {AD(ad)}, {PC(pc)} {town}\n"
                f"Melder: {P(kid.full)} ({rel_nl(kid)})\n"
                f"Tel. melder: {PH(mob)}\n"
                f"Verzekerd: ja, polisnummer {pol} (pakket Natura Plus)\n"
                f"Lijkschouw huisarts: gedaan\n"
                f"Wens familie: verzorging thuis, daarna opbaring Oude Veerweg 3\n"
                f"Actie: {P(staff('marieke', 'first'))} belt morgen om 09:30 voor het regelgesprek.")
    return (f"nachtdienst {fd(r, dd, 'nl', 1)} {hhmm(r, 0, 5)} /{P(staff('joost', 'first').lower())}\n"
            f"belde: {mr_nl(kid)} {P(kid.sur)}, {rel_nl(kid)} van {P(d.full)} (geb. {DOB(fd(r, b, 'nl', 1))})\n"
            f"vannacht overleden in zorgcentrum, vorig adres {AD(ad)} {PC(pc)} {town}. arts is geweest\n"
            f"familie wil graag vóór 10u iemand op de afdeling. polis loopt bij ons, nr {pol}\n"
            f"melder bereikbaar op {PH(mob)}, liever niet vóór 7u bellen\n"
            f"doorgezet naar {P(staff('marieke', 'first').lower())} ivm planning")


@sc("nl", True)
def nl_aangifte_gemeente(r, k):
    d = person(r, "nl")
    b = dob(r, 1930, 1955)
    dd = recent(r)
    s = bsn(r)
    akte = f"{YEAR}-{r.choice('ABC')}-{r.randint(100, 999)}"
    town = r.choice(["Deventer", "Olst-Wijhe", "Raalte", "Lochem"])
    if k == 0:
        return (f"Aan: Burgerzaken gemeente {town} (via het eLoket voor uitvaartondernemers)\n"
                f"Onderwerp: aangifte van overlijden {dossier(r)}\n\n"
                f"Geachte medewerker Burgerzaken,\n\n"
                f"Namens de familie doe ik aangifte van het overlijden van:\n"
                f"naam: {P(d.full)}\n"
                f"BSN: {BSN(fmt_bsn(r, s))}\n"
                f"geboren op {DOB(fd(r, b, 'nl', 2))}\n"
                f"overleden op {fd(r, dd, 'nl', 2)} om {hhmm(r, 1, 23)} in gemeente {town}\n"
                f"identiteitsbewijs overledene: {'paspoort' if r.random() < 0.5 else 'ID-kaart'} {DOC(nl_doc(r))} (wordt ingeleverd)\n\n"
                f"De verklaring van overlijden (A- en B-formulier) is bijgevoegd. Graag ontvangen wij het verlof tot "
                f"begraven en 2 afschriften van de akte.\n\n"
                f"Met vriendelijke groet,\n{P(staff('marieke'))}\nuitvaartverzorger\n{SIG_NL}")
    return (f"[intern] checklist aangifte - dossier {dossier(r)}\n"
            f"[x] A-formulier ontvangen ({fd(r, dd, 'nl', 0)})\n"
            f"[x] BSN overledene gecontroleerd: {BSN(s)} = {P(d.ini_sur)}, geb {DOB(fd(r, b, 'nl', 0))}\n"
            f"[x] digitale aangifte ingediend, akte {akte}\n"
            f"[x] rijbewijs {DOC(digits(r, 10))} en ID-kaart {DOC(nl_doc(r, 'I'))} ingeleverd bij gemeente\n"
            f"[ ] verlof tot cremeren ophalen (balie gemeente {town}, vanaf 13:00)\n"
            f"[ ] melding pensioenfonds/SVB: door familie zelf\n"
            f"-- {P(staff('dennis', 'first'))}")


@sc("nl", True)
def nl_uitkering_erfgenamen(r, k):
    d = person(r, "nl")
    h = person(r, "nl", last=(d.tv, d.last))
    while h.first == d.first:
        h = person(r, "nl", last=(d.tv, d.last))
    ib = nl_iban(r)
    pol = polisnr(r)
    ad, pc, town = nl_addr(r)
    ph = fmt_nl_mobile(r, nl_mobile(r))
    amt = eur(r, 1500, 9000)
    if k == 0:
        return (f"Van: {P(h.full)} <{EM(mailaddr(r, h))}>\n"
                f"Aan: uitkeringen@avondrood.example\n"
                f"Onderwerp: uitkering polis {pol}\n\n"
                f"Goedemiddag,\n\n"
                f"Mijn {'moeder' if d.sex == 'F' else 'vader'}, {P(d.full)}, is op {fd(r, recent(r), 'nl', 2)} overleden. "
                f"De uitvaart is inmiddels geweest en de nota van {amt} is door u met de verzekering verrekend. "
                f"Volgens uw brief blijft er nog een bedrag over dat aan de erfgenamen wordt uitgekeerd. "
                f"Wij zijn met z'n tweeën en mijn {'broer' if r.random() < 0.5 else 'zus'} is akkoord dat alles naar mijn rekening gaat:\n"
                f"{IB(fmt_iban(r, ib))} t.n.v. {P(h.ini_sur)}\n\n"
                f"De verklaring van erfrecht van de notaris stuur ik als bijlage mee.\n\n"
                f"Met vriendelijke groet,\n{P(h.full)}\n{AD(ad)}\n{PC(pc)} {town}\n{PH(ph)}")
    return (f"Webformulier: uitkering aanvragen\n"
            f"----------------------------------\n"
            f"Polisnummer:            {pol}\n"
            f"Naam verzekerde:        {P(d.full)}\n"
            f"Datum overlijden:       {fd(r, recent(r), 'nl', 0)}\n"
            f"Naam aanvrager:         {P(h.full)}\n"
            f"Relatie:                {rel_nl(h)}\n"
            f"IBAN voor uitkering:    {IB(fmt_iban(r, ib, 0))}\n"
            f"Telefoon:               {PH(ph)}\n"
            f"Bijlagen:               verklaring_erfrecht.pdf (312 kB)\n"
            f"Opmerking:              graag snel want de rekening van de steenhouwer komt eraan\n"
            f"Verzonden:              {fd(r, recent(r), 'nl', 0)} {hhmm(r)}:{r.randint(10, 59)}")


@sc("nl", True)
def nl_verhuizing_polis(r, k):
    p = person(r, "nl")
    old_ad, old_pc, old_t = nl_addr(r)
    new_ad, new_pc, new_t = nl_addr(r)
    b = dob(r, 1945, 1985)
    pol = polisnr(r)
    if k == 0:
        return (f"Onderwerp: adreswijziging\n\n"
                f"Beste mensen van Avondrood,\n\n"
                f"Per 1 december verhuizen wij van {AD(old_ad)} in {old_t} naar {AD(new_ad)}, {PC(new_pc)} {new_t}. "
                f"Willen jullie dat aanpassen voor de uitvaartverzekering? Het polisnummer is {pol}, "
                f"ter controle mijn geboortedatum: {DOB(fd(r, b, 'nl', 1))}.\n"
                f"De premie mag gewoon van dezelfde rekening blijven komen.\n\n"
                f"Groetjes,\n{P(p.full)}")
    return (f"Mijn Avondrood - wijziging persoonsgegevens\n"
            f"Polis: {pol}\n"
            f"Verzekeringnemer: {P(p.ini_sur)}\n"
            f"Oud adres: {AD(old_ad)}, {PC(old_pc)} {old_t.upper()}\n"
            f"Nieuw adres: {AD(new_ad)}, {PC(new_pc)} {new_t.upper()}\n"
            f"Ingangsdatum: {fd(r, recent(r, 330, 360), 'nl', 0)}\n"
            f"Status: verwerkt door {P(staff('fenna'))} op {fd(r, recent(r), 'nl', 0)}")


@sc("nl", True)
def nl_premie_incasso(r, k):
    p = person(r, r.choice(["nl", "nl", "tr", "ma", "sr"]))
    old, new = nl_iban(r), nl_iban(r)
    pol = polisnr(r)
    b = dob(r, 1950, 1990)
    if k == 0:
        return (f"hallo,\n\nik heb een nieuwe bankrekening, wil graag dat de premie voortaan van {IB(fmt_iban(r, new, 3))} "
                f"wordt afgeschreven ipv {IB(fmt_iban(r, old))}. die oude rekening wordt eind van de maand opgeheven.\n"
                f"polisnummer {pol}, de polis staat op mijn naam ({P(p.full)}, geboren {DOB(fd(r, b, 'nl', 0))}).\n"
                f"kunnen jullie bevestigen dat de incasso van december goed gaat?\n\n"
                f"bvd\n{P(p.first)}")
    return (f"Wijziging machtiging doorlopende SEPA-incasso\n\n"
            f"Naam rekeninghouder: {P(p.full)}\n"
            f"Nieuw IBAN: {IB(fmt_iban(r, new, 1))}\n"
            f"Vorig IBAN: {IB(fmt_iban(r, old, 1))}\n"
            f"Polisnummer: {pol}\n"
            f"Incassant: Avondrood Uitvaartverzekeringen N.V., incassant-ID NL98ZZZ382749150000\n"
            f"Ingangsdatum: eerstvolgende premietermijn\n"
            f"Handtekening: ontvangen (scan)\n"
            f"Verwerkt: {P(staff('fenna', 'first'))}")


@sc("nl", True)
def nl_condoleance_moderatie(r, k):
    d = person(r, "nl")
    a, b2 = people(r, 2, r.choice(["nl", "nl", "be"]))
    ip1, ip2 = public_ip(r), public_ip(r)
    if k == 0:
        return (f"[condoleance.avondrood.example] 2 nieuwe berichten wachten op goedkeuring\n"
                f"Condoleanceregister: {P(d.full)}\n\n"
                f"#1 van {P(a.full)} ({EM(mailaddr(r, a))}), IP {IP(ip1)}\n"
                f"\"Veel sterkte voor de hele familie. {P(d.first)} was altijd zo'n fijne {'buurvrouw' if d.sex == 'F' else 'buurman'}."
                f" Wij denken aan jullie.\"\n\n"
                f"#2 van {P(b2.first)} ({EM(mailaddr(r, b2))}), IP {IP(ip2)}\n"
                f"\"Gecondoleerd. Ik heb jaren met {P(d.first)} in het koor gezeten.\"\n\n"
                f"Goedkeuren: https://condoleance.avondrood.example/beheer/queue\n"
                f"Dit is een automatisch bericht.")
    return (f"Moderatielog condoleanceregister {dossier(r)}\n"
            f"{fd(r, recent(r), 'nl', 0)} {hhmm(r, 9, 22)}  AFGEWEZEN  afzender {P(a.full)}  ip={IP(ip1)}  reden: reclame-link\n"
            f"{fd(r, recent(r), 'nl', 0)} {hhmm(r, 9, 22)}  GOEDGEKEURD  afzender {P(b2.full)}  ip={IP(ip2)}\n"
            f"  tekst: 'Lieve familie {P(d.sur)}, heel veel sterkte in deze moeilijke tijd.'\n"
            f"beoordeeld door {P(staff('ricardo', 'first'))}")


@sc("nl", True)
def nl_bloemen(r, k):
    d = person(r, "nl")
    o = person(r, "nl")
    ph = fmt_nl_mobile(r, nl_mobile(r))
    order = f"BL-{r.randint(10000, 99999)}"
    if k == 0:
        return (f"Nieuwe bloemenbestelling {order}\n"
                f"Product: rouwstuk ovaal, wit/paars (art. RS-40-W)  {eur(r, 65, 140)}\n"
                f"Voor de uitvaart van: {P(d.full)}\n"
                f"Afleveren: Uitvaartcentrum Avondrood, Oude Veerweg 3, 7421 BL Deventer, uiterlijk {fd(r, recent(r), 'nl', 2)} 10:00\n"
                f"Lint links: 'Rust zacht lieve {P(d.first)}'\n"
                f"Lint rechts: 'Buren van nr. {r.randint(2, 60)}'\n"
                f"Besteld door: {P(o.full)}, {EM(mailaddr(r, o))}, {PH(ph)}\n"
                f"Betaling: iDEAL, voldaan\n"
                f"Leverancier: Bloemsierkunst Klaproos")
    return (f"Hoi, ik wil graag bloemen laten bezorgen bij de afscheidsdienst van {P(d.full)} "
            f"donderdag. Budget ongeveer 75 euro, iets met witte rozen. Op het kaartje: "
            f"'Met liefde, {P(o.first)} en de kinderen'. Rekening graag naar mij sturen: {P(o.full)}, {EM(mailaddr(r, o))}. "
            f"Als er vragen zijn bel me even op {PH(ph)}. Dank!")


@sc("nl", True)
def nl_factuur_vraag(r, k):
    p = person(r, "nl")
    d = person(r, "nl", last=(p.tv, p.last))
    while d.first == p.first:
        d = person(r, "nl", last=(p.tv, p.last))
    fac = f"{YEAR}{r.randint(10000, 99999)}"
    ib = nl_iban(r)
    ad, pc, town = nl_addr(r)
    if k == 0:
        return (f"Geachte heer/mevrouw,\n\n"
                f"Op factuur {fac} voor de uitvaart van mijn {'moeder' if d.sex == 'F' else 'vader'} {P(d.full)} staan "
                f"de kosten voor de koffietafel twee keer vermeld ({eur(r, 300, 700)}). Ik heb het volledige bedrag al "
                f"overgemaakt. Wilt u het teveel betaalde terugstorten op {IB(fmt_iban(r, ib))}?\n\n"
                f"Hoogachtend,\n\n{P(p.ini_sur)}\n{AD(ad)}\n{PC(pc)}  {town.upper()}")
    return (f"Notitie bij factuur {fac} (debiteur {r.randint(20000, 69999)})\n"
            f"{P(p.full)} belde: dubbel gefactureerd, koffietafel. Klopt, regel 14 en 21.\n"
            f"Creditnota aangemaakt, terugbetaling naar {IB(fmt_iban(r, ib, 0))}.\n"
            f"Post naar {AD(ad)}, {PC(pc)} {town}.\n"
            f"-- {P(staff('dennis'))}")


@sc("nl", True)
def nl_whatsapp(r, k):
    p = person(r, "nl")
    sib = people(r, 1)[0]
    ph = fmt_nl_mobile(r, nl_mobile(r))
    mk = staff("marieke", "first")
    ck = Clock(r, 8, 10)
    if k == 0:
        return (f"[{ck()}] {P(p.full)}: Goedemorgen {P(mk)}, mijn broer {P(sib.first)} wil ook graag bij het regelgesprek "
                f"zijn maar hij komt uit Groningen. Kan het om 14 uur ipv 11?\n"
                f"[{ck()}] Avondrood: Goedemorgen, dat is geen probleem. Ik kom om 14:00 naar u toe. Groet, {P(mk)}\n"
                f"[{ck()}] {P(p.full)}: Top. Zijn nummer is {PH(ph)} als je hem nodig hebt 👍\n"
                f"[{ck()}] Avondrood: Dank u, tot vanmiddag.")
    return (f"{P(p.first.lower())}: kunnen we de kist nog een keer open zien voor de sluiting? oma wil graag afscheid nemen\n"
            f"Avondrood ({P(mk)}): Natuurlijk. Vrijdag tussen 16:00 en 17:00 is de familiekamer vrij.\n"
            f"{P(p.first.lower())}: oke. {P(sib.first.lower())} rijdt oma, die belt je als ze er is ({PH(ph)})\n"
            f"Avondrood ({P(mk)}): Prima, ik zet het in de planning 🙏")


@sc("nl", True)
def nl_rouwkaart(r, k):
    d = person(r, "nl", sex=r.choice("MF"))
    kids = people(r, 3, sexes=[None, None, None])
    b = dob(r, 1930, 1952)
    dd = recent(r)
    ad, pc, town = nl_addr(r)
    place_b = r.choice(["Olst", "Wijhe", "Diepenveen", "Bathmen", "Schalkhaar"])
    if k == 0:
        return (f"DRUKPROEF rouwkaart - dossier {dossier(r)} - graag voor 16:00 akkoord\n\n"
                f"Verdrietig, maar dankbaar voor alles wat {'zij' if d.sex == 'F' else 'hij'} voor ons betekend heeft, "
                f"nemen wij afscheid van\n\n"
                f"{P(d.full)}\n\n"
                f"* {place_b}, {DOB(fd(r, b, 'nl', 2))}     † Deventer, {fd(r, dd, 'nl', 2)}\n\n"
                f"{P(kids[0].first)} en {P(kids[1].first)}\n{P(kids[2].first)}\nKlein- en achterkleinkinderen\n\n"
                f"Correspondentieadres: {AD(ad)}, {PC(pc)} {town}\n"
                f"De afscheidsdienst is op {fd(r, dd + datetime.timedelta(days=6), 'nl', 2)} om 11.00 uur in de aula van "
                f"Uitvaartcentrum Avondrood.")
    return (f"Hoi {P(staff('marieke', 'first'))},\n\nNog twee dingen voor de kaart van {'mam' if d.sex == 'F' else 'pap'}: "
            f"de geboortedatum moet {DOB(fd(r, b, 'nl', 1))} zijn, niet {DOB(fd(r, dob(r, 1930, 1952), 'nl', 1))} zoals in de proef. "
            f"En achter de naam van {P(kids[1].first)} moet nog 'en partner', sorry!\n"
            f"Correspondentieadres blijft {AD(ad)}, {PC(pc)} {town}.\n\nGroet {P(kids[0].first)}")


@sc("nl", True)
def nl_vlaanderen_melding(r, k):
    d = person(r, "be")
    kid = person(r, "be", last=("", d.last))
    while kid.first == d.first:
        kid = person(r, "be", last=("", d.last))
    ad, pc, town = be_addr(r)
    g = be_gsm(r)
    if k == 0:
        return (f"Beste,\n\nMijn {'moeder' if d.sex == 'F' else 'vader'}, {P(d.full)}, is deze nacht overleden in het "
                f"woonzorgcentrum te {town}. {'Zij' if d.sex == 'F' else 'Hij'} had een begrafenisverzekering bij jullie via de vestiging in Gentbrugge. "
                f"Kan er iemand contact opnemen om alles te regelen? Ik ben het best bereikbaar op mijn gsm {PH(g)}.\n"
                f"Het adres van {'mama' if d.sex == 'F' else 'papa'} was {AD(ad)}, {PC(pc)} {town}.\n\n"
                f"Vriendelijke groeten,\n{P(kid.full)}")
    return (f"Verslag telefoon {fd(r, recent(r), 'nl', 3)} - vestiging Gentbrugge\n"
            f"Oproep van {P(kid.full)} ({rel_nl(kid)}) i.v.m. overlijden {P(d.full)}.\n"
            f"Domicilie overledene: {AD(ad)}, {PC(pc)} {town}. Opbaring gewenst in ons funerarium.\n"
            f"Gsm familie: {PH(g)}. Afspraak morgen 10u met {P(staff('griet'))}.\n"
            f"Opmerking: rijksregisternummer volgt via de gemeente, niet telefonisch gevraagd.")


@sc("nl", True)
def nl_vlaanderen_factuur(r, k):
    p = person(r, "be")
    ib = be_iban(r)
    fac = f"VL{YEAR}-{r.randint(1000, 9999)}"
    if k == 0:
        return (f"Dag {P(staff('griet', 'first'))},\n\n"
                f"Bedankt nog voor de mooie afscheidsplechtigheid. Ik heb wel een vraag over factuur {fac}: de "
                f"rouwbrieven staan erop aan {eur(r, 200, 400)} maar de drukker heeft ons rechtstreeks gefactureerd. "
                f"Mag het verschil teruggestort worden op {IB(fmt_iban(r, ib))}?\n\n"
                f"Met vriendelijke groeten,\n{P(p.full)}")
    return (f"Interne nota Gentbrugge\nKlant {P(p.sur)} - factuur {fac}\n"
            f"Rouwbrieven dubbel aangerekend. Terugbetaling {eur(r, 150, 400)} op {IB(fmt_iban(r, ib, 0))} "
            f"goedgekeurd door {P(staff('griet', 'first'))}, uit te voeren door {P(staff('dennis', 'first'))} (Deventer).\n"
            f"Overschrijving vanaf BE45 0682 4175 9389 met mededeling +++{r.randint(100, 999)}/{r.randint(1000, 9999)}/{r.randint(10000, 99999)}+++")


@sc("nl", True)
def nl_crematorium_planning(r, k):
    d = person(r, "nl")
    cars = [kenteken(r) for _ in range(2)]
    kin = people(r, 2)
    dt = fd(r, recent(r, 300, 330), "nl", 2)
    if k == 0:
        return (f"Planning crematie {dossier(r)}\n"
                f"Crematorium Ter Wilgen, aula 2, {dt}, {hhmm(r, 10, 15)} - 1,5 uur\n"
                f"Overledene: {P(d.full)}\n"
                f"Uitvaartleider: {P(staff('marieke'))}, assistent {P(staff('joost'))}\n"
                f"Verwacht: ca. {r.randint(40, 160)} personen, condoleance na afloop in de koffiekamer\n"
                f"Muziek: 3 nummers (lijst volgt via familie)\n"
                f"Parkeren voor de deur: volgauto familie {KT(cars[0])} en {KT(cars[1])} (aangemeld bij de slagboom)\n"
                f"Rouwauto vertrekt 45 min. eerder vanaf de Oude Veerweg.")
    return (f"Hoi {P(staff('joost', 'first'))}, voor morgen (uitvaart {P(d.sur)}): de familie rijdt zelf achter de rouwauto aan. "
            f"Kentekens voor de slagboom bij Ter Wilgen: {KT(cars[0].replace('-', ''))} ({P(kin[0].first)}) en "
            f"{KT(cars[1])} ({P(kin[1].first)}). Wil jij die vanavond nog doorgeven? Thx, {P(staff('marieke', 'first'))}")


@sc("nl", True)
def nl_steenhouwer(r, k):
    p = person(r, "nl", sex="M")
    bt, kv, ib = btw_id(r), kvk(r), nl_iban(r)
    ph = nl_landline(r)
    firm = NP(f"Natuursteen {p.sur}")
    d = person(r, "nl")
    fac = f"{YEAR}-{r.randint(100, 999)}"
    if k == 0:
        return (f"FACTUUR {fac}\n{firm}\n{P(p.full)}, steenhouwer\n"
                f"KvK {KVK(kv)} | btw {BTW(bt)} | IBAN {IB(fmt_iban(r, ib, 1))} | {PH(ph)}\n\n"
                f"Aan: Avondrood Uitvaartzorg B.V., t.a.v. crediteurenadministratie, Postbus 318, 7400 AH Deventer\n"
                f"Betreft: grafmonument {P(d.full)}, begraafplaats Oosterhof vak C, rij 4, graf 17\n"
                f"Staande steen Belgisch hardsteen, letters verdiept  {eur(r, 1800, 3200)}\n"
                f"Plaatsing  {eur(r, 180, 300)}\nbtw 21%\n"
                f"Betaling binnen 30 dagen o.v.v. factuurnummer.")
    return (f"Hoi {P(staff('dennis', 'first'))},\n\nIk heb van {P(p.full)} (steenhouwer) een factuur binnen zonder btw-nummer erop. "
            f"Hij heeft het nu doorgegeven: {BTW(bt)}, KvK-nummer {KVK(kv)}. Kun je hem als crediteur aanmaken? "
            f"Betalen op {IB(fmt_iban(r, ib))}. Graf is van {P(d.full)}, Oosterhof vak B.\n\nGr, {P(staff('marieke', 'first'))}")


@sc("nl", True)
def nl_verzekerde_toevoegen(r, k):
    par = person(r, "nl")
    ch = person(r, "nl", last=(par.tv, par.last))
    while ch.first == par.first:
        ch = person(r, "nl", last=(par.tv, par.last))
    b = dob(r, 2010, 2024)
    s = bsn(r)
    pol = polisnr(r)
    if k == 0:
        return (f"Beste polisadministratie,\n\nOnze {'dochter' if ch.sex == 'F' else 'zoon'} moet nog worden meeverzekerd op "
                f"onze gezinspolis {pol}.\nNaam: {P(ch.full)}\nGeboortedatum: {DOB(fd(r, b, 'nl', 0))}\n"
                f"BSN: {BSN(fmt_bsn(r, s))}\n\nKinderen tot 18 zijn toch gratis meeverzekerd? Dan hoeft de premie niet omhoog.\n\n"
                f"Vriendelijke groet,\n{P(par.full)}")
    return (f"Gesprek via chat {fd(r, recent(r), 'nl', 0)}\n"
            f"Klant: {P(par.ini_sur)} wil kind bijschrijven op polis {pol}\n"
            f"Kind: {P(ch.first)}, geb. {DOB(fd(r, b, 'nl', 1))}, bsn {BSN(s)}\n"
            f"Uitgelegd: kinderen t/m 17 premievrij, vanaf 18 eigen polis.\n"
            f"Afgehandeld: {P(staff('fenna'))}")


@sc("nl", True)
def nl_klacht(r, k):
    p = person(r, "nl")
    ph = fmt_nl_mobile(r, nl_mobile(r))
    if k == 0:
        return (f"Ik ben echt teleurgesteld. Bij de uitvaart van mijn schoonvader afgelopen vrijdag stond de koffie er niet "
                f"toen we binnenkwamen en de muziek werd in de verkeerde volgorde afgespeeld. Dhr. {P(staff('joost', 'last'))} "
                f"zei dat het aan het crematorium lag maar dat vind ik te makkelijk. Wij hebben hier {eur(r, 8000, 11000)} "
                f"voor betaald!! Graag een reactie, bel mij maar: {PH(ph)}\n\n{P(p.full)}")
    return (f"KLACHT - ONTVANGEN VIA CONTACTFORMULIER\nNaam: {P(p.full.upper())}\nTel: {PH(ph)}\n"
            f"Bericht: de rekening klopt niet en niemand belt terug. ik heb al 3x gebeld en gesproken met "
            f"{P(staff('ricardo', 'first'))}, die zou het doorgeven. Ik wil nu een leidinggevende spreken.\n"
            f"Toegewezen aan: {P(staff('marieke'))} (teamleider)")


@sc("nl", True)
def nl_erfgenaam_id(r, k):
    h = person(r, "nl")
    doc = nl_doc(r, "N" if k == 0 else "I")
    b = dob(r, 1955, 1990)
    s = bsn(r)
    notary = person(r, "nl")
    pol = polisnr(r)
    if k == 0:
        return (f"Goedendag,\n\nU vroeg om een kopie van mijn legitimatie voor de uitkering van polis {pol}. "
                f"Ik stuur liever geen scan via de mail, dus hierbij de gegevens:\n"
                f"paspoortnummer {DOC(doc)}, geldig tot {fd(r, recent(r, 1, 300).replace(year=2031), 'nl', 0)}\n"
                f"geboren {DOB(fd(r, b, 'nl', 2))}\nBSN {BSN(s)}\n"
                f"De verklaring van erfrecht is opgemaakt door notaris {P(notary.ini_sur)}.\n\n"
                f"Met vriendelijke groet,\n{P(h.full)}")
    return (f"Interne notitie uitkering polis {pol}\n"
            f"Legitimatie erfgenaam {P(h.full)} gecontroleerd aan de balie (ID-kaart {DOC(doc)}, geb. {DOB(fd(r, b, 'nl', 0))}). "
            f"Klant had ook zijn BSN ({BSN(fmt_bsn(r, s))}) op het formulier gezet - niet nodig, doorgestreept.\n"
            f"Verklaring van erfrecht: mr. {P(notary.full)}.\n- {P(staff('dennis', 'first'))}")


@sc("nl", True)
def nl_social(r, k):
    d = person(r, "nl")
    if k == 0:
        return (f"Vandaag afscheid genomen van onze lieve opa {P(d.full)} 🕊️ Wat een mooie dienst. Speciale dank aan "
                f"{P(staff('marieke', 'first'))} van @AvondroodUitvaart, jij maakte het zo persoonlijk ❤️ "
                f"#afscheid #rustzacht #deventer")
    return (f"@avondrood_uitvaart dank jullie wel voor de goede zorg voor {'mama' if d.sex == 'F' else 'papa'} ({P(d.first)}) de afgelopen week. "
            f"{P(staff('joost', 'first'))} en {P(staff('marieke', 'first'))} jullie zijn toppers 🙏🙏 #dankbaar\n"
            f"— Avondrood: Wat lief om te lezen. Veel sterkte de komende tijd. ^{P(staff('ricardo', 'first'))}")


@sc("nl", True)
def nl_auto_overledene(r, k):
    d = person(r, "nl")
    kid = person(r, "nl", last=(d.tv, d.last))
    while kid.first == d.first:
        kid = person(r, "nl", last=(d.tv, d.last))
    kt = kenteken(r)
    ad, pc, town = nl_addr(r)
    if k == 0:
        return (f"Hallo {P(staff('marieke', 'first'))},\n\nVraagje: de rouwstoet vertrekt vanaf het huis van "
                f"{'mama' if d.sex == 'F' else 'papa'}, {AD(ad)}. Er staat nog {'haar' if d.sex == 'F' else 'zijn'} auto voor de deur "
                f"(kenteken {KT(kt)}), moet die weg voor de rouwauto? Dan zet ik hem vrijdagochtend bij de buren.\n"
                f"En weten jullie hoe we de auto op naam van de erfgenamen krijgen?\n\n{P(kid.first)}")
    return (f"Nalatenschap checklist (gemaakt met familie {P(d.sur)}, {fd(r, recent(r), 'nl', 0)})\n"
            f"- woning {AD(ad)}, {PC(pc)} {town}: huur opzeggen (1 maand)\n"
            f"- auto kenteken {KT(kt)}: overschrijven bij RDW door {P(kid.full)}\n"
            f"- abonnementen: krant, telefoon, streamingdienst\n"
            f"- polis Avondrood: afgewikkeld, restant uitkering naar erfgenamen")


# ---------------------------------------------------------------- nl, without personal data
@sc("nl", False)
def nl_nieuwsbrief(r, k):
    d = recent(r, 305, 335)
    return (f"Nieuwsbrief Avondrood - {NL_MON[d.month - 1]} {YEAR}\n\n"
            f"Herdenkingsavond\nOp {fd(r, d, 'nl', 2)} om 19.30 uur houden wij in Uitvaartcentrum Avondrood, Oude Veerweg 3, "
            f"onze jaarlijkse herdenkingsavond. Aanmelden kan tot {fd(r, d - datetime.timedelta(days=7), 'nl', 2)} via "
            f"www.avondrood.example/herdenken of 0570 612 400.\n\n"
            f"Premie {YEAR + 1}\nDe premies stijgen per 1 januari met {r.choice(['2,1', '2,4', '2,8'])}% (indexatie). "
            f"Voor een gemiddelde Natura-polis is dat ongeveer {eur(r, 0, 1)} per maand.\n\n"
            f"Rouwverwerking\nDe lotgenotengroep start weer op dinsdag {r.randint(2, 28)} januari, 6 bijeenkomsten, kosteloos.\n\n"
            f"Afmelden voor deze nieuwsbrief? Klik hier of mail naar nieuwsbrief@avondrood.example.\n"
            f"Avondrood Uitvaartverzekeringen N.V. | KvK 38274915 | Postbus 318, 7400 AH Deventer")


@sc("nl", False)
def nl_storing(r, k):
    inc = f"INC-{YEAR}-{r.randint(1000, 9999)}"
    v = f"{r.randint(3, 5)}.{r.randint(0, 12)}.{r.randint(0, 9)}"
    return (f"[STATUS] {inc} - Mijn Avondrood {'storing' if k == 0 else 'gepland onderhoud'}\n"
            f"Gemeld: {fd(r, recent(r), 'nl', 0)} {hhmm(r, 6, 22)} | Prioriteit: {r.choice(['P2', 'P3'])}\n"
            f"Omschrijving: inloggen op mijn.avondrood.example geeft foutcode 502 na update naar versie {v} (app-versie 5.2.0.{r.randint(10, 99)}).\n"
            f"Getroffen: portaal polisoverzicht, uploaden documenten. Condoleanceregister werkt normaal.\n"
            f"Technisch: loadbalancer 10.20.{r.randint(1, 9)}.{r.randint(2, 250)} -> app01/app02, health check faalt sinds "
            f"{hhmm(r, 0, 23)}:{r.randint(10, 59)} UTC. Rollback naar {r.randint(3, 5)}.{r.randint(0, 12)}.{r.randint(0, 9)} ingepland.\n"
            f"Klanten die bellen: verwijzen naar 0570 612 400, meldingen van overlijden altijd via 0800 282 6636.\n"
            f"Volgende update: {hhmm(r, 8, 20)}")


@sc("nl", False)
def nl_premiebrief(r, k):
    return (f"Sjabloon brief premie-aanpassing (versie {r.randint(2, 9)}, {fd(r, recent(r), 'nl', 0)})\n\n"
            f"Geachte [aanhef] [achternaam],\n\n"
            f"Per 1 januari {YEAR + 1} wordt de premie van uw uitvaartverzekering met polisnummer [polisnummer] aangepast. "
            f"Uw nieuwe maandpremie wordt [bedrag]. De verzekerde uitkering stijgt mee met {r.choice(['2,0', '2,5', '3,0'])}%.\n"
            f"U hoeft niets te doen. Betaalt u niet via automatische incasso? Maak dan het bedrag over naar "
            f"NL37 ABNA 0543 2198 76 t.n.v. Avondrood Uitvaartverzekeringen N.V. onder vermelding van uw polisnummer.\n\n"
            f"Met vriendelijke groet,\n[naam medewerker]\nPolisadministratie\n"
            f"KvK 38274915 | btw NL815230448B01 | AFM-vergunning {r.randint(12000000, 12099999)}")


@sc("nl", False)
def nl_autoreply(r, k):
    if k == 0:
        return (f"Dank voor uw bericht. Wij reageren binnen twee werkdagen.\n\n"
                f"Wilt u een overlijden melden? Bel dan dag en nacht 0800 282 6636 (gratis). "
                f"Voor vragen over uw polis kunt u op werkdagen bellen met 0570 612 400 of appen naar 06-41702235.\n\n"
                f"Avondrood Uitvaartzorg\nZandpoortweg 40\n7411 KS Deventer\nwww.avondrood.example")
    return (f"AUTOMATISCH ANTWOORD - vestiging Gentbrugge\n"
            f"Ons kantoor is gesloten op {fd(r, recent(r, 300, 315), 'nl', 2)} (Allerheiligen/Allerzielen). "
            f"Bij een overlijden zijn wij 24/24 bereikbaar op 09 233 45 10.\n{SIG_BE}")


@sc("nl", False)
def nl_bloemen_status(r, k):
    rows = []
    for _ in range(4):
        rows.append(f"BL-{r.randint(10000, 99999)} | RS-{r.randint(10, 99)}-{r.choice(['W', 'P', 'R'])} | "
                    f"{r.choice(['afgeleverd', 'onderweg', 'in productie'])} | 3SAVR{r.randint(10 ** 9, 10 ** 10 - 1)} | {hhmm(r, 7, 12)}")
    return (f"Dagoverzicht bloemen {fd(r, recent(r), 'nl', 0)} - Bloemsierkunst Klaproos -> Avondrood\n"
            f"order | artikel | status | track & trace | tijd\n" + "\n".join(rows) +
            f"\nAfleveradres alle orders: Uitvaartcentrum Avondrood, Oude Veerweg 3, 7421BL Deventer\n"
            f"Vragen: bel de winkel, niet de familie.")


@sc("nl", False)
def nl_planning_anoniem(r, k):
    rows = sorted(f"{hhmm(r, 9, 16)}  {dossier(r)}  {r.choice(['crematie', 'begrafenis', 'afscheidsdienst'])}  "
            f"{r.choice(['aula 1', 'aula 2', 'Ter Wilgen', 'Oosterhof', 'kerk Welle'])}  {r.randint(20, 220)} pers."
            for _ in range(5))
    return (f"Weekplanning uitvaartleiders week {r.randint(40, 48)}\n" + "\n".join(rows) +
            f"\nRouwauto 1 naar onderhoud do. {hhmm(r)}; reserve is de Mercedes (code RA-2).\n"
            f"Koelcel 3 defect, monteur komt vrijdag (werkorder WO-{r.randint(10000, 99999)}).")


@sc("nl", False)
def nl_chat_kosten(r, k):
    return (f"Bezoeker: wat kost een uitvaart gemiddeld bij jullie? mijn ouders zijn niet verzekerd\n"
            f"Avondrood: Goedemiddag. Een eenvoudige crematie begint rond {eur(r, 4200, 5200)}, een begrafenis vaak "
            f"{eur(r, 6500, 8500)} of meer, afhankelijk van grafrechten in de gemeente.\n"
            f"Bezoeker: en kunnen ze nu nog een verzekering afsluiten? ze zijn {r.randint(68, 79)} en {r.randint(68, 79)}\n"
            f"Avondrood: Ja, tot 85 jaar kan dat. Op www.avondrood.example/premie kunt u een berekening maken.\n"
            f"Bezoeker: ok dank je\n"
            f"Avondrood: Graag gedaan. Chat-ID {r.randint(100000, 999999)} - u kunt dit gesprek downloaden.")


@sc("nl", False)
def nl_factuur_export(r, k):
    lines = []
    for _ in range(5):
        n = polisnr(r)
        lines.append(f"factuur {n};{fd(r, recent(r), 'nl', 0)};{eur(r, 400, 9000)};21%;{r.choice(['open', 'betaald', 'herinnering'])}")
    return (f"Export debiteuren {fd(r, recent(r), 'nl', 0)} (alleen nummers, geen namen)\n"
            f"kenmerk;datum;bedrag;btw;status\n" + "\n".join(lines) +
            f"\nTotaal open: {eur(r, 12000, 30000)}\nBetalingen naar NL60 RABO 0361 8472 90.")


@sc("nl", False)
def nl_vlaanderen_info(r, k):
    return (f"Beste,\n\nBij een overlijden in Vlaanderen zorgen wij voor de aangifte bij de burgerlijke stand van de "
            f"gemeente. U hoeft daarvoor enkel de identiteitskaart van de overledene en het attest van de arts mee te geven. "
            f"De kosten voor een begrafenis starten bij {eur(r, 3500, 4500)} incl. btw; de gemeentelijke retributie voor "
            f"een concessie ({r.choice([10, 20, 30])} jaar) rekent de gemeente apart aan.\n"
            f"Onze openingsuren: ma-vr 9u-17u, za 9u-12u.\n\n{SIG_BE}")


@sc("nl", False)
def nl_polisoverzicht(r, k):
    return (f"Polisoverzicht (print {fd(r, recent(r), 'nl', 0)} {hhmm(r)})\n"
            f"Polisnummer: {polisnr(r)}\nRelatienummer: {not_bsn(r)}\nProduct: Natura Plus, ingangsdatum 01-0{r.randint(1, 9)}-{r.randint(1995, 2015)}\n"
            f"Verzekerd bedrag: {eur(r, 6000, 12000)}\nPremie: {eur(r, 8, 30)} p/m\n"
            f"Incasso-rekening: NL** **** **** **{r.randint(10, 99)} {r.randint(10, 99)}\n"
            f"Laatste betaling: kaart **** **** **** {r.randint(1000, 9999)}\n"
            f"Status: actief | Dekking buitenland: ja | Repatriëring: ja")


@sc("nl", False)
def nl_tevredenheid(r, k):
    return (f"Resultaten nabestaandenonderzoek Q{r.randint(2, 3)} {YEAR}\n"
            f"Respons: {r.randint(180, 320)} van {r.randint(600, 800)} ({r.randint(25, 45)}%)\n"
            f"Gemiddeld rapportcijfer: {r.randint(7, 8)},{r.randint(0, 9)}\n"
            f"NPS: +{r.randint(40, 70)}\n"
            f"Meest genoemd positief: persoonlijke aandacht, rust, duidelijke kostenbegroting\n"
            f"Verbeterpunten: bereikbaarheid in het weekend, factuur te laat ({r.randint(10, 25)}% > 6 weken)\n"
            f"Vestiging Gentbrugge apart: {r.randint(7, 8)},{r.randint(0, 9)} (n={r.randint(20, 60)})")


# ---------------------------------------------------------------- en, with personal data
@sc("en", True)
def en_expat_death(r, k):
    w = person(r, "uk", sex="F")
    h = person(r, "uk", sex="M", last=("", w.last))
    ad, pc, town = nl_addr(r)
    mob = fmt_nl_mobile(r, nl_mobile(r), r.choice([3, 4]))
    ukp = uk_phone(r)
    bro = person(r, "uk", "M", ("", w.last))
    while bro.first == h.first:
        bro = person(r, "uk", "M", ("", w.last))
    if k == 0:
        return (f"Hello,\n\nI'm sorry to write in English. My husband {P(h.full)} passed away last night at the hospital "
                f"in Deventer. We have a funeral policy with you (I think it was taken out in 2019). His family in England "
                f"would like him to be buried in Leeds - is repatriation covered?\n\n"
                f"We live at {AD(ad)}, {PC(pc)} {town}. You can reach me on {PH(mob)}; his brother {P(bro.first)} "
                f"is on {PH(ukp)}.\n\nThank you,\n{P(w.first)}")
    return (f"Call note {fd(r, recent(r), 'en', 3)} - English-speaking family\n"
            f"Caller: {P(w.full)} (wife of deceased {P(h.full)})\n"
            f"Home address: {AD(ad)}, {PC(pc)} {town}\n"
            f"Mobile: {PH(mob)}; UK contact (sister-in-law) {PH(ukp)}\n"
            f"Deceased's residence document (verblijfsdocument) {DOC('II-V' + ''.join(r.choice('ABCDEFGHJKLMNPRSTVWXYZ123456789') for _ in range(8)))} - to be handed in at the municipality\n"
            f"Wish: repatriation to the UK, burial in Leeds. Policy covers repatriation up to {eur(r, 3000, 6000, 'en')}.\n"
            f"Next step: {P(staff('marieke'))} to visit tomorrow 10:00, English please.")


@sc("en", True)
def en_payout_uk(r, k):
    heir = person(r, "uk")
    d = person(r, "nl")
    ib = gb_iban(r)
    pp = digits(r, 9)
    ad, pc, town = uk_addr(r)
    pol = polisnr(r)
    if k == 0:
        return (f"Dear Sir or Madam,\n\nRe: policy {pol} - {P(d.full)}\n\n"
                f"I am one of the heirs of {P(d.full)}, my late {'aunt' if d.sex == 'F' else 'uncle'}. The notary in Deventer "
                f"has confirmed that the remaining benefit may be paid to me. My bank details:\n"
                f"IBAN {IB(fmt_iban(r, ib, 1))}\nBIC {ib[4:8]}GB{'2L' if ib[4:8] in ('NWBK', 'LOYD') else '22'}\n\n"
                f"As proof of identity: British passport no. {DOC(pp)}.\n\n"
                f"Yours faithfully,\n{P(heir.full)}\n{AD(ad)}\n{town}\n{PC(pc)}")
    return (f"Payout form (EN) - submitted {fd(r, recent(r), 'en', 3)}\n"
            f"Policy number: {pol}\nInsured person: {P(d.full)}\nApplicant: {P(heir.full)}\n"
            f"Address: {AD(ad)}, {town} {PC(pc)}, United Kingdom\n"
            f"Passport number: {DOC(pp)}\nIBAN: {IB(fmt_iban(r, ib, 0))}\n"
            f"Checked by {P(staff('dennis'))}: OK, pay in EUR, bank charges SHA")


@sc("en", True)
def en_add_partner(r, k):
    p = person(r, r.choice(["uk", "pl", "uk"]))
    q = person(r, r.choice(["nl", "uk"]), sex="F" if p.sex == "M" else "M")
    b = dob(r, 1970, 1995)
    s = bsn(r)
    pol = polisnr(r)
    if k == 0:
        ck = Clock(r)
    return (f"Hi there,\n\nI'd like to add my partner {P(q.full)} to my funeral insurance (policy {pol}). "
                f"{'She' if q.sex == 'F' else 'He'} was born on {DOB(fd(r, b, 'en', 0))}. {'Her' if q.sex == 'F' else 'His'} "
                f"citizen service number is {BSN(fmt_bsn(r, s))} if you need it.\n"
                f"Could you let me know what the new monthly premium will be?\n\nCheers,\n{P(p.first)}")
    return (f"Chat transcript\n[{ck()}] Visitor ({P(p.full)}): hello, can I add my partner to the policy?\n"
            f"[{ck()}] {P(staff('ricardo'))}: Of course. May I have the name and date of birth?\n"
            f"[{ck()}] Visitor ({P(p.full)}): {P(q.full)}, DOB {DOB(fd(r, b, 'en', 2))}, BSN {BSN(s)}\n"
            f"[{ck()}] {P(staff('ricardo'))}: Thank you. Just so you know, we don't need the BSN - I have removed it from our notes.")


@sc("en", True)
def en_condolence(r, k):
    d = person(r, "uk")
    a, b2 = people(r, 2, "uk")
    ip = public_ip(r)
    ip6 = f"2a02:{r.randint(0xa000, 0xafff):x}:{r.randint(0x1000, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}"
    if k == 0:
        return (f"Online condolence register - new entry awaiting approval\n"
                f"Register: In memory of {P(d.full)}\n"
                f"Name: {P(a.full)}\nE-mail: {EM(mailaddr(r, a, r.choice(['btinternet.com', 'gmail.com', 'outlook.com'])))}\n"
                f"IP: {IP(ip)}\n"
                f"Message: \"Dear {P(b2.first)} and family, so sorry to hear about {P(d.first)}. "
                f"Fond memories of our years in Rotterdam. Thinking of you all.\"\n"
                f"Approve or reject at condoleance.avondrood.example/admin")
    return (f"Spam filter report - condolence register\n"
            f"Blocked: 3 entries from IPv6 {IP(ip6)} (links to a casino site)\n"
            f"Released manually: entry by {P(a.full)} from {IP(ip)} - false positive, contained the word 'loan' "
            f"('{P(d.first)} once gave me a loan of his bike...')\n"
            f"Filter rules version 2.3.1 | reviewed by {P(staff('ricardo', 'first'))}")


@sc("en", True)
def en_invoice_card(r, k):
    p = person(r, r.choice(["uk", "uk", "pl"]))
    c = card(r)
    inv = f"{YEAR}{r.randint(10000, 99999)}"
    if k == 0:
        return (f"Hello,\n\nI'd like to pay invoice {inv} ({eur(r, 900, 4000, 'en')}) by credit card as I'm abroad and "
                f"my Dutch bank app doesn't work. Card number {CC(c)}, expiry {r.randint(1, 12):02d}/{r.randint(27, 30)}, "
                f"name on card {P(p.full.upper())}.\n\nRegards,\n{P(p.full)}")
    return (f"Internal: customer {P(p.full)} e-mailed a full card number for invoice {inv}: {CC(c)}. "
            f"We cannot process card payments by e-mail - please delete the mail after sending the customer the "
            f"payment link (iDEAL/card via pay.avondrood.example). Logged by {P(staff('dennis', 'first'))}.")


@sc("en", True)
def en_chat(r, k):
    p = person(r, r.choice(["uk", "ma", "tr"]))
    e = mailaddr(r, p, "gmail.com")
    ph = fmt_nl_mobile(r, nl_mobile(r), 3) if k == 0 else uk_phone(r)
    ck = Clock(r)
    return (f"Live chat - www.avondrood.example/en\n"
            f"{ck()} {P(staff('ricardo'))}: Good afternoon, how can I help?\n"
            f"{ck()} Visitor: hi my name is {P(p.full)}, my {'mother' if k == 0 else 'father'} passed away on Sunday and I "
            f"think she had a policy with you but I can't find the papers\n"
            f"{ck()} {P(staff('ricardo'))}: I'm very sorry for your loss. I can look it up with the full name and date of death.\n"
            f"{ck()} Visitor: can you email me instead? {EM(e)} or call {PH(ph)}\n"
            f"{ck()} {P(staff('ricardo'))}: Of course. A colleague from the policy team, {P(staff('fenna'))}, will call you today.")


@sc("en", True)
def en_memorial_card(r, k):
    d = person(r, "uk")
    kids = people(r, 2, "uk")
    b = dob(r, 1932, 1955)
    dd = recent(r)
    if k == 0:
        return (f"Proof - memorial card (EN), order MC-{r.randint(1000, 9999)}\n\n"
                f"In loving memory of\n{P(d.full)}\n"
                f"Born {DOB(fd(r, b, 'en', 0))} in Glasgow - died {fd(r, dd, 'en', 0)} in Deventer\n\n"
                f"Forever in our hearts,\n{P(kids[0].first)}, {P(kids[1].first)} and the grandchildren\n\n"
                f"Font: Garamond 14 pt | 120 cards | {eur(r, 150, 300, 'en')}")
    return (f"Hi {P(staff('marieke', 'first'))},\n\nA small correction for Dad's card: his date of birth is "
            f"{DOB(fd(r, b, 'en', 1))} (the proof says {DOB(fd(r, dob(r, 1932, 1955), 'en', 1))}). "
            f"Everything else looks lovely.\n\nBest wishes,\n{P(kids[0].full)}")


@sc("en", True)
def en_flower_order(r, k):
    o = person(r, "uk")
    d = person(r, "nl")
    ad, pc, town = uk_addr(r)
    return (f"Flower order (international) #{r.randint(40000, 49999)}\n"
            f"Ordered by: {P(o.full)}\nBilling address: {AD(ad)}, {town} {PC(pc)}, UK\n"
            f"Phone: {PH(uk_phone(r))}\n"
            f"Deliver to: Avondrood funeral centre, Oude Veerweg 3, Deventer - funeral of {P(d.full)}\n"
            f"Card text: \"With deepest sympathy, {P(o.first)} {'& family' if k else 'and all at the office'}\"\n"
            f"Paid: card ending {r.randint(1000, 9999)} (masked), {eur(r, 60, 150, 'en')}")


@sc("en", True)
def en_address_change(r, k):
    p = person(r, r.choice(["uk", "pl"]))
    oad, opc, ot = uk_addr(r)
    nad, npc, nt = nl_addr(r)
    pol = polisnr(r)
    b = dob(r, 1955, 1990)
    return (f"Subject: change of address{' - urgent' if k else ''}\n\n"
            f"Hello,\n\nPlease update my address for policy {pol}. We have moved back to the Netherlands "
            f"from {AD(oad)}, {ot} {PC(opc)}. New address: {AD(nad)}, {PC(npc)} {nt}.\n"
            f"Date of birth for verification: {DOB(fd(r, b, 'en', k))}.\n\n"
            f"Kind regards,\n{P(p.ini_sur if k else p.full)}")


@sc("en", True)
def en_social(r, k):
    mum = person(r, "uk", sex="F")
    if k == 0:
        return (f"@AvondroodUitvaart been waiting 3 weeks for the final invoice for my mum's funeral 😤 "
                f"Can someone please get back to me? Name on the file is {P(mum.full)}. #customerservice\n\n"
                f"Reply from @AvondroodUitvaart: We're sorry for the wait. Please send us a DM with your file number "
                f"and we'll sort it out today. ^{P(staff('ricardo', 'first'))}")
    return (f"Just want to say thank you to {P(staff('joost', 'first'))} and the team at Avondrood who looked after "
            f"{P(mum.first)} (my mum) with so much care 💐 The Dutch way of doing funerals is different but it was perfect. "
            f"#grief #thankyou @avondrood_uitvaart")


@sc("en", True)
def en_internal_note(r, k):
    d = person(r, "uk")
    rel = people(r, 2, "uk")
    return (f"Internal note - dossier {dossier(r)} ({P(d.full)})\n"
            f"Relatives arriving from the UK on flight KL{r.randint(1000, 1999)}, {fd(r, recent(r), 'en', 0)}. "
            f"{P(rel[0].full)} ({PH(uk_phone(r))}) will be the main contact; {P(rel[1].first)} speaks some Dutch.\n"
            f"They asked for an English-speaking celebrant - {P(staff('marieke', 'first'))} to check with the crematorium.\n"
            f"{'They have a hire car (registration ' + KT(kenteken(r)) + '), please reserve a parking space at the centre.' if k else 'No flowers, donations to the hospice instead.'}")


@sc("en", True)
def en_executor(r, k):
    sol = person(r, "uk")
    d = person(r, "uk")
    b = dob(r, 1935, 1960)
    s = bsn(r)
    ib = nl_iban(r)
    ad, pc, town = nl_addr(r)
    return (f"{NP('Hargrove & Finch LLP') if k else NP('Pembroke Lane Solicitors')}\n"
            f"Dear Sirs,\n\nEstate of {P(d.full)} (date of birth {DOB(fd(r, b, 'en', 0))}, late of {AD(ad)}, {PC(pc)} {town})\n\n"
            f"We act for the executors. Please confirm whether the deceased held a funeral policy with you. For your "
            f"records, the deceased's citizen service number was {BSN(s)} and the estate account is "
            f"{IB(fmt_iban(r, ib, 1))}.\n\nYours faithfully,\n{P(sol.full)}\nPartner")


@sc("en", True)
def en_celebrant_invoice(r, k):
    p = person(r, r.choice(["uk", "nl"]))
    bt, kv, ib = btw_id(r), kvk(r), nl_iban(r)
    return (f"INVOICE {YEAR}-{r.randint(10, 99)}\nFrom: {P(p.full)} - independent funeral celebrant\n"
            f"Chamber of Commerce (KvK): {KVK(kv)}\nVAT number: {BTW(bt)}\nIBAN: {IB(fmt_iban(r, ib, 1))}\n\n"
            f"To: Avondrood Funeral Care, Postbus 318, 7400 AH Deventer\n"
            f"Ceremony {fd(r, recent(r), 'en', 0)}, dossier {dossier(r)}: preparation + ceremony (English)  {eur(r, 350, 600, 'en')}\n"
            f"Travel {r.randint(20, 90)} km x €0.23\nVAT 21%\nPayment within 14 days.")


@sc("en", True)
def en_ghent_expat(r, k):
    p = person(r, r.choice(["uk", "pl"]))
    ad, pc, town = be_addr(r)
    g = be_gsm(r)
    ib = be_iban(r)
    return (f"Hello {P(staff('griet', 'first'))},\n\nThank you for your help with my father's funeral last week. "
            f"As discussed, please send the final invoice to {AD(ad)}, {PC(pc)} {town}, and refund the deposit to "
            f"{IB(fmt_iban(r, ib))}. My mobile is {PH(g)}{' if anything is unclear' if k else ''}.\n\n"
            f"Kind regards,\n{P(p.full)}")


@sc("en", True)
def en_login_alert(r, k):
    p = person(r, r.choice(["uk", "nl"]))
    e = mailaddr(r, p)
    ip = public_ip(r)
    return (f"Security alert - mijn.avondrood.example\n"
            f"Hello {P(p.first)},\n\n"
            f"We noticed a new sign-in to your account ({EM(e)}) on {fd(r, recent(r), 'en', 3)} at {hhmm(r, 0, 23)} from "
            f"IP address {IP(ip)} ({r.choice(['Amsterdam', 'Frankfurt', 'Brussels'])}, {r.choice(['Chrome 131', 'Firefox 133', 'Safari 18.1'])}).\n"
            f"If this was you, no action is needed. If not, reset your password at mijn.avondrood.example/reset.\n\n"
            f"Avondrood Funeral Care - this is an automated message, please do not reply.")


@sc("en", True)
def en_fwd_notary(r, k):
    nt = person(r, "nl")
    d = person(r, "nl")
    heirs = people(r, 2, "uk" if k else "nl")
    ibs = [nl_iban(r), gb_iban(r) if k else nl_iban(r)]
    return (f"---------- Forwarded message ---------\n"
            f"From: {P(nt.full)} <{EM(mailaddr(r, nt, 'notaris-ijsselkade.nl'))}>\n"
            f"Subject: FW: estate {P(d.full)} / policy payout\n\n"
            f"Dear colleagues at Avondrood,\n\nPlease find below the heirs and their accounts for the remaining benefit "
            f"({eur(r, 800, 4000, 'en')}), to be split equally:\n"
            f"1. {P(heirs[0].full)} - {IB(fmt_iban(r, ibs[0], 1))}\n"
            f"2. {P(heirs[1].full)} - {IB(fmt_iban(r, ibs[1], 1))}\n\n"
            f"Kind regards,\n{P(nt.full)}, notary\n\n"
            f"> On {fd(r, recent(r), 'en', 0)} {P(staff('dennis'))} wrote:\n> Could you confirm the heirs and their bank details?")


# ---------------------------------------------------------------- en, without personal data
@sc("en", False)
def en_newsletter(r, k):
    return (f"Avondrood Funeral Care - newsletter for our English-speaking members ({EN_MON[recent(r).month - 1]} {YEAR})\n\n"
            f"* Remembrance evening: {fd(r, recent(r, 320, 340), 'en', 0)}, 7.30 pm, Oude Veerweg 3, Deventer. English interpretation available.\n"
            f"* Premiums {YEAR + 1}: +{r.choice(['2.1', '2.4', '2.8'])}% indexation from 1 January.\n"
            f"* New: plan your own funeral wishes online at www.avondrood.example/en/wishes.\n"
            f"Questions? Call +31 570 612 400 or WhatsApp +31 6 4170 2235.\n"
            f"Unsubscribe: newsletter@avondrood.example")


@sc("en", False)
def en_maintenance(r, k):
    return (f"Scheduled maintenance - customer portal\n"
            f"Window: {fd(r, recent(r), 'en', 3)} 22:00 - 02:00 CET\n"
            f"Change: CHG-{r.randint(10000, 99999)}, upgrade of the policy engine from {r.randint(7, 8)}.{r.randint(0, 9)}.{r.randint(0, 20)} "
            f"to {r.randint(8, 9)}.{r.randint(0, 9)}.{r.randint(0, 20)}\n"
            f"Affected: mijn.avondrood.example, document upload, payment links\n"
            f"Not affected: condolence registers, 24/7 line 0800 282 6636\n"
            f"Rollback host: 192.168.{r.randint(0, 20)}.{r.randint(2, 250)} | monitoring: 127.0.0.1:{r.randint(8000, 9999)}")


@sc("en", False)
def en_autoreply(r, k):
    return (f"Thank you for your message{' about your policy' if k else ''}. Our office is closed until Monday "
            f"{fd(r, recent(r), 'en', 0)}.\n\nTo report a death, please call us day and night on +31 800 282 6636 (free from "
            f"a Dutch line) or +31 570 612 400 from abroad.\n\n{SIG_EN}")


@sc("en", False)
def en_pricing(r, k):
    return (f"Q: How much does a cremation cost in the Netherlands?\n"
            f"A: With Avondrood a basic cremation starts at {eur(r, 4200, 5200, 'en')}. The crematorium fee "
            f"({eur(r, 900, 1400, 'en')}) and the death notice in a newspaper (from {eur(r, 350, 600, 'en')}) are extra. "
            f"Repatriation to the UK or Ireland is usually {eur(r, 3500, 6500, 'en')}.\n"
            f"Q: Is the funeral policy valid abroad?\nA: Yes, the Natura Plus policy covers repatriation from any EU country "
            f"(policy conditions art. {r.randint(4, 9)}.{r.randint(1, 6)}).")


@sc("en", False)
def en_invoice_export(r, k):
    rows = [f"INV {polisnr(r)} | {fd(r, recent(r), 'en', 3)} | {eur(r, 300, 9000, 'en')} | {r.choice(['paid', 'overdue', 'open'])}"
            for _ in range(5)]
    return (f"Accounts receivable - English-language files, week {r.randint(40, 48)}\n"
            f"invoice | date | amount | status\n" + "\n".join(rows) +
            f"\nAll payments to NL60RABO0361847290 (BIC RABONL2U).")


@sc("en", False)
def en_terms_update(r, k):
    return (f"Update to our policy conditions\n\nFrom 1 January {YEAR + 1} the conditions of the Natura and Natura Plus "
            f"funeral policies change: the waiting period for new policies is reduced from {r.choice([12, 24])} to "
            f"{r.choice([3, 6])} months, and cash payouts of up to {eur(r, 1000, 2500, 'en')} are possible when relatives "
            f"arrange the funeral elsewhere. Version {r.randint(2, 4)}.{r.randint(0, 9)} of the conditions is available at "
            f"www.avondrood.example/en/conditions.\n\nAvondrood Uitvaartverzekeringen N.V., Chamber of Commerce 38274915")


@sc("en", False)
def en_delivery(r, k):
    return (f"Your order has been shipped!\nOrder {r.randint(100000, 999999)} - urn model VB-{r.randint(100, 999)}-{r.choice('KLNP')} "
            f"(ceramic, grey)\nCarrier: DHL, tracking JVGL{r.randint(10 ** 11, 10 ** 12 - 1)}\n"
            f"Expected delivery: {fd(r, recent(r), 'en', 0)} between {hhmm(r, 8, 12)} and {hhmm(r, 13, 18)}\n"
            f"Delivery address: Avondrood funeral centre (pick-up point)\n"
            f"Questions: orders@avondrood.example")


@sc("en", False)
def en_dashboard(r, k):
    return (f"Weekly service dashboard (auto-generated {fd(r, recent(r), 'en', 3)} {hhmm(r)})\n"
            f"Tickets opened: {r.randint(120, 260)} | closed: {r.randint(110, 250)} | median first reply: {r.randint(1, 9)}h{r.randint(10, 59)}m\n"
            f"Death notifications via 24/7 line: {r.randint(20, 60)}\n"
            f"Payouts processed: {r.randint(15, 45)} (total {eur(r, 60000, 190000, 'en')})\n"
            f"Top categories: invoice (31%), policy change (22%), condolence register (9%)\n"
            f"SLA breaches: {r.randint(0, 5)} (tickets #{r.randint(40000, 49999)}, #{r.randint(40000, 49999)})")


@sc("en", False)
def en_anon_chat(r, k):
    return (f"Visitor: do you also do funerals for people who weren't insured with you?\n"
            f"Avondrood: Yes, anyone can come to us, insured or not.\n"
            f"Visitor: and is it possible to have the ashes sent to Ireland?\n"
            f"Avondrood: It is. We arrange the paperwork (urn passport) and courier; costs are about {eur(r, 250, 450, 'en')}.\n"
            f"Visitor: great thanks, I'll talk to my family first\n"
            f"Avondrood: Take your time. Reference for this chat: C-{r.randint(10000, 99999)}.")


# ---------------------------------------------------------------- de, with personal data
def de_town(r):
    return r.choice(DE_TOWNS)


@sc("de", True)
def de_sterbefall(r, k):
    d = person(r, "de")
    kid = person(r, "de", last=(d.tv, d.last))
    while kid.first == d.first:
        kid = person(r, "de", last=(d.tv, d.last))
    ad, plz, town = de_addr(r)
    area = [t[2] for t in DE_TOWNS if t[0] == town][0]
    tel = de_landline(r, area) if k == 0 else de_mobile(r)
    if k == 0:
        return (f"Sehr geehrte Damen und Herren,\n\n"
                f"{'mein Vater' if d.sex == 'M' else 'meine Mutter'}, {P(d.full)}, ist heute Nacht im "
                f"Krankenhaus in Deventer verstorben. {'Er' if d.sex == 'M' else 'Sie'} hatte bei Ihnen eine Sterbegeldversicherung. "
                f"Die Beisetzung soll in {town} stattfinden, wo {'er' if d.sex == 'M' else 'sie'} zuletzt gewohnt hat "
                f"({AD(ad)}, {PC(plz)} {town}). Können Sie die Überführung nach Deutschland übernehmen?\n\n"
                f"Sie erreichen mich unter {PH(tel)}.\n\nMit freundlichen Grüßen\n{P(kid.full)}")
    return (f"Telefonnotiz {fd(r, recent(r), 'de', 0)}, {hhmm(r, 0, 6)} Uhr (Nachtdienst {P(staff('joost'))})\n"
            f"Anruf von {'Frau' if kid.sex == 'F' else 'Herrn'} {P(kid.sur)}, {rel_de(kid)} von {P(d.full)}\n"
            f"Verstorben im Pflegeheim, Wohnanschrift: {AD(ad)}, {PC(plz)} {town}\n"
            f"Handy: {PH(tel)}\nWunsch: Überführung nach {town}, Erdbestattung. Rückruf durch {P(staff('sabine'))} morgen früh.")


@sc("de", True)
def de_auszahlung(r, k):
    h, d = people(r, 2, "de")
    ib = de_iban(r)
    aw = de_ausweis(r)
    b = dob(r, 1950, 1985)
    pol = polisnr(r)
    ad, plz, town = de_addr(r)
    if k == 0:
        return (f"Betreff: Auszahlung Sterbegeld, Police {pol}\n\n"
                f"Sehr geehrte Frau {P(staff('sabine', 'last'))},\n\n"
                f"wie telefonisch besprochen sende ich Ihnen meine Daten für die Auszahlung an die Erben nach "
                f"{P(d.full)}:\n\nKontoinhaber: {P(h.full)}\nIBAN: {IB(fmt_iban(r, ib, 1))}\n"
                f"Personalausweis-Nr.: {DOC(aw)}\nGeburtsdatum: {DOB(fd(r, b, 'de', 0))}\n"
                f"Anschrift: {AD(ad)}, {PC(plz)} {town}\n\n"
                f"Den Erbschein des Amtsgerichts reiche ich nach.\n\nMit freundlichen Grüßen\n{P(h.full)}")
    return (f"Auszahlungsanweisung (intern) - Police {pol}\n"
            f"Empfänger: {P(h.ini_sur)}, geb. {DOB(fd(r, b, 'de', 1))}\n"
            f"Konto: {IB(fmt_iban(r, ib, 0))}\n"
            f"Identifikation: Personalausweis {DOC(aw)} (Kopie geprüft und gelöscht)\n"
            f"Betrag: {eur(r, 500, 5000, 'de')}\nFreigabe: {P(staff('dennis'))} / {P(staff('sabine'))}")


@sc("de", True)
def de_adresse(r, k):
    p = person(r, "de")
    oad, opc, ot = nl_addr(r)
    nad, nplz, nt = de_addr(r)
    pol = polisnr(r)
    return (f"Hallo liebes Avondrood-Team,\n\nwir sind {'zum 1. Dezember' if k else 'letzten Monat'} von {AD(oad)} in {ot} "
            f"nach Deutschland gezogen. Neue Adresse: {AD(nad)}, {PC(nplz)} {nt}. Bitte ändern Sie das für meine "
            f"Versicherung (Nummer {pol}). Bleibt der Schutz bestehen, wenn wir nicht mehr in den Niederlanden wohnen?\n\n"
            f"Viele Grüße\n{P(p.first) if k else P(p.full)}")


@sc("de", True)
def de_kondolenz(r, k):
    d = person(r, "de")
    a = person(r, "de")
    e = mailaddr(r, a, r.choice(["web.de", "gmx.de", "t-online.de"]))
    ip = public_ip(r)
    return (f"Neuer Eintrag im Kondolenzbuch für {P(d.full)}\n"
            f"Von: {P(a.full)} <{EM(e)}>{'  |  IP ' + IP(ip) if k else ''}\n"
            f"\"Liebe Familie {P(d.sur)}, in stiller Trauer denken wir an {P(d.first)}. "
            f"{'Die gemeinsamen Jahre im Schützenverein bleiben unvergessen.' if k else 'Herzliches Beileid aus Kleve.'}\"\n"
            f"Freigeben: condoleance.avondrood.example/de/admin")


@sc("de", True)
def de_karte(r, k):
    p = person(r, "de")
    c = card(r)
    inv = f"RE-{YEAR}-{r.randint(1000, 9999)}"
    return (f"Guten Tag,\n\nich möchte die Rechnung {inv} über {eur(r, 900, 4000, 'de')} per Kreditkarte bezahlen: "
            f"{CC(c)}, gültig bis {r.randint(1, 12):02d}/{r.randint(27, 30)}.{' Bitte bestätigen Sie den Eingang.' if k else ''}\n\n"
            f"MfG {P(p.full)}")


@sc("de", True)
def de_chat(r, k):
    p = person(r, "de")
    tel = de_mobile(r)
    sb = staff("sabine", "first")
    ck = Clock(r)
    return (f"Chatverlauf {fd(r, recent(r), 'de', 0)}\n"
            f"{ck()} {P(sb)} (Avondrood): Guten Tag, wie kann ich helfen?\n"
            f"{ck()} Besucher: hallo, hier ist {P(p.full)}. mein {'Mann' if p.sex == 'F' else 'Bruder'} liegt im Sterben, "
            f"wir möchten vorab klären wie eine Beerdigung in den Niederlanden abläuft\n"
            f"{ck()} {P(sb)} (Avondrood): Das tut mir sehr leid. Ich rufe Sie gern an - unter welcher Nummer?\n"
            f"{ck()} Besucher: {PH(tel)}{' ab 17 Uhr' if k else ''}\n"
            f"{ck()} {P(sb)} (Avondrood): Danke, ich melde mich heute noch.")


@sc("de", True)
def de_trauerkarte(r, k):
    d = person(r, "de")
    kids = people(r, 2, "de")
    b = dob(r, 1930, 1955)
    ad, plz, town = de_addr(r)
    return (f"Korrekturabzug Trauerkarte ({dossier(r)})\n\n"
            f"In Liebe und Dankbarkeit nehmen wir Abschied von\n{P(d.full)}\n"
            f"geb. {DOB(fd(r, b, 'de', k))}   gest. {fd(r, recent(r), 'de', k)}\n\n"
            f"{P(kids[0].first)} und {P(kids[1].first)} mit Familien\n\n"
            f"Traueranschrift: Familie {P(d.sur)}, {AD(ad)}, {PC(plz)} {town}\n"
            f"Die Beisetzung findet im engsten Familienkreis statt.")


@sc("de", True)
def de_blumen(r, k):
    o = person(r, "de")
    d = person(r, "nl")
    e = mailaddr(r, o, r.choice(["web.de", "gmx.de"]))
    return (f"Blumenbestellung aus Deutschland\nBesteller: {P(o.full)}\nE-Mail: {EM(e)}\nTelefon: {PH(de_mobile(r))}\n"
            f"Trauerfeier: {P(d.full)}, Uitvaartcentrum Avondrood\n"
            f"Gesteck: {r.choice(['weiße Lilien', 'rote Rosen', 'Herbststrauß'])}, {eur(r, 50, 120, 'de')}\n"
            f"Schleife: \"In stillem Gedenken - {P(o.first)}{' und ' + P(person(r, 'de', 'M' if o.sex == 'F' else 'F').first) if k else ''}\"")


@sc("de", True)
def de_planung(r, k):
    d = person(r, "de")
    pl = [de_plate(r, r.choice(["KLE", "BOR", "WES"])) for _ in range(2)]
    return (f"Ablaufplan Beisetzung {P(d.full)} ({dossier(r)})\n"
            f"Überführung: Deventer -> Friedhof {r.choice(['Emmerich', 'Kleve', 'Kranenburg'])}, Abfahrt {hhmm(r, 7, 10)}\n"
            f"Leitung: {P(staff('marieke'))}, Dolmetscherin {P(staff('sabine'))}\n"
            f"Trauerkolonne: Fahrzeuge der Familie mit den Kennzeichen {KT(pl[0])} und {KT(pl[1])} folgen dem Bestattungswagen.\n"
            f"Grenzübertritt: Leichenpass liegt vor (Nr. LP-{r.randint(1000, 9999)}/{YEAR}).")


@sc("de", True)
def de_versicherte_person(r, k):
    gp = person(r, "de")
    ch = person(r, "de")
    b = dob(r, 2012, 2024)
    s = bsn(r)
    pol = polisnr(r)
    return (f"Hallo,\n\nich möchte {'meinen Enkel' if ch.sex == 'M' else 'meine Enkelin'} {P(ch.full)} (geboren am "
            f"{DOB(fd(r, b, 'de', k))}) in meine Versicherung {pol} aufnehmen. Die Familie wohnt in Enschede, "
            f"die Bürgerservicenummer ist {BSN(fmt_bsn(r, s))}.\n\nFreundliche Grüße\n{P(gp.full)}")


@sc("de", True)
def de_beschwerde(r, k):
    p = person(r, "de")
    tel = de_landline(r, de_town(r)[2])
    if k == 0:
        return (f"BESCHWERDE!!! ICH WARTE SEIT 6 WOCHEN AUF DIE ABRECHNUNG FÜR DIE BEERDIGUNG MEINER MUTTER. "
                f"NIEMAND RUFT ZURÜCK. ICH BIN UNTER {PH(tel)} ERREICHBAR. {P(p.full.upper())}")
    return (f"Sehr geehrte Frau {P(staff('sabine', 'last'))},\n\nleider muss ich mich beschweren: die Trauerfeier begann "
            f"mit 20 Minuten Verspätung und der Sarg war nicht wie vereinbart geschmückt. Ich bitte um Rückruf unter {PH(tel)}.\n\n"
            f"{P(p.full)}")


@sc("de", True)
def de_erbschein(r, k):
    d = person(r, "de")
    heirs = people(r, 2, "de", same_last_of=d)
    bs = [dob(r, 1955, 1985) for _ in heirs]
    return (f"Amtsgericht {r.choice(['Kleve', 'Emmerich', 'Bocholt'])} - Nachlassgericht\nAktenzeichen {r.randint(1, 20)} VI {r.randint(100, 999)}/{YEAR - 2000}\n\n"
            f"ERBSCHEIN\nEs wird bezeugt, dass {P(d.full)}, verstorben am {fd(r, recent(r, 200, 280), 'de', 1)}, beerbt worden ist von:\n"
            f"1. {P(heirs[0].full)}, geb. am {DOB(fd(r, bs[0], 'de', 0))}, zu 1/2\n"
            f"2. {P(heirs[1].full)}, geb. am {DOB(fd(r, bs[1], 'de', 0))}, zu 1/2\n\n"
            f"(Abschrift, eingereicht zur Auszahlung der Police {polisnr(r)})")


@sc("de", True)
def de_lastschrift(r, k):
    p = person(r, "de")
    ib = de_iban(r) if k == 0 else nl_iban(r)
    pol = polisnr(r)
    return (f"SEPA-Lastschriftmandat - Änderung\nVersicherungsnehmer: {P(p.full)}\nVersicherungsnummer: {pol}\n"
            f"Neue Bankverbindung: {IB(fmt_iban(r, ib, 4 if k else 1))}\n"
            f"Gültig ab: nächster Beitragstermin\n"
            f"Gläubiger-ID: NL98ZZZ382749150000 (Avondrood Uitvaartverzekeringen N.V.)\n"
            f"Bearbeitet: {P(staff('fenna'))}")


# ---------------------------------------------------------------- de, without personal data
@sc("de", False)
def de_newsletter(r, k):
    return (f"Avondrood Bestattungen - Informationen für unsere Kunden in Deutschland\n\n"
            f"Gedenkabend am {fd(r, recent(r, 320, 340), 'de', 1)} um 19:30 Uhr, Oude Veerweg 3, Deventer (mit Übersetzung).\n"
            f"Beitragsanpassung {YEAR + 1}: +{r.choice(['2,1', '2,4', '2,8'])} % (Indexierung).\n"
            f"Überführungen nach Deutschland: Pauschale ab {eur(r, 1200, 1800, 'de')}.\n"
            f"Fragen? deutsch@avondrood.example oder +31 570 612 400.\n{SIG_DE}")


@sc("de", False)
def de_wartung(r, k):
    return (f"Wartungshinweis: Das Kundenportal mijn.avondrood.example ist am {fd(r, recent(r), 'de', 0)} von 22:00 bis "
            f"02:00 Uhr nicht erreichbar (Änderung CHG-{r.randint(10000, 99999)}, Version {r.randint(7, 9)}.{r.randint(0, 9)}.{r.randint(0, 30)}).\n"
            f"Sterbefälle melden Sie bitte jederzeit telefonisch: +31 800 282 6636.\n"
            f"Interner Hinweis: Proxy 172.16.{r.randint(0, 31)}.{r.randint(2, 250)} wird neu gestartet.")


@sc("de", False)
def de_autoreply(r, k):
    return (f"Vielen Dank für Ihre Nachricht. Unser deutschsprachiger Service ist {'bis' if k else 'ab'} "
            f"{fd(r, recent(r), 'de', 1)} {'nicht besetzt' if k else 'wieder für Sie da'}.\n"
            f"Im Sterbefall erreichen Sie uns rund um die Uhr unter +31 800 282 6636 oder per WhatsApp +31 6 4170 2235.\n\n{SIG_DE}")


@sc("de", False)
def de_faq(r, k):
    return (f"Häufige Fragen: Bestattung in Deutschland\n"
            f"Wie lange dauert eine Überführung? In der Regel {r.randint(2, 4)} Werktage, inklusive Leichenpass.\n"
            f"Was kostet das? Ab {eur(r, 1200, 1800, 'de')} zzgl. Friedhofsgebühren der Gemeinde.\n"
            f"Zahlt die Versicherung? Ja, bis zu {eur(r, 3000, 6000, 'de')} gemäß Artikel {r.randint(4, 9)} der Bedingungen.\n"
            f"Brauche ich einen deutschen Bestatter? Nein, wir arbeiten mit Partnern in Kleve und Bocholt zusammen.")


@sc("de", False)
def de_rechnung_export(r, k):
    rows = [f"Rechnung {polisnr(r)} | {fd(r, recent(r), 'de', 0)} | {eur(r, 300, 9000, 'de')} | {r.choice(['bezahlt', 'offen', 'Mahnung 1'])}"
            for _ in range(4)]
    return (f"Offene Posten Kunden DE (Stand {fd(r, recent(r), 'de', 0)})\n" + "\n".join(rows) +
            f"\nZahlungen bitte auf NL37 ABNA 0543 2198 76, BIC ABNANL2A.")


@sc("de", False)
def de_beitrag(r, k):
    return (f"Mitteilung zur Beitragsanpassung\n\nSehr geehrte Kundin, sehr geehrter Kunde,\n\n"
            f"zum 01.01.{YEAR + 1} steigt Ihr Monatsbeitrag um {r.choice(['2,1', '2,4', '2,8'])} %. Die Versicherungssumme "
            f"erhöht sich entsprechend. Bei Zahlung per Überweisung geben Sie bitte Ihre Versicherungsnummer an.\n"
            f"Bankverbindung: NL37ABNA0543219876\n\nIhr Team von Avondrood Bestattungen")


@sc("de", False)
def de_lieferstatus(r, k):
    return (f"Sendungsstatus Urne\nAuftrag {r.randint(100000, 999999)}, Artikel UR-{r.randint(10, 99)}-{r.choice(['GX', 'BL', 'ZT'])}\n"
            f"Sendungsnummer: 00340{r.randint(10 ** 14, 10 ** 15 - 1)}\n"
            f"Zustellung voraussichtlich {fd(r, recent(r), 'de', 0)} zwischen {hhmm(r, 8, 11)} und {hhmm(r, 12, 17)} Uhr\n"
            f"Abholstation: Avondrood Bestattungen, Deventer")


# --------------------------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------------------------
LANG_ORDER = ("nl", "en", "de")


def build():
    recs, meta = [], []
    for lang in LANG_ORDER:
        items = []
        for (lg, name, fn, pii) in SCEN:
            if lg != lang:
                continue
            for k in (0, 1):
                r = random.Random(f"{SEED}:{name}:{k}")
                src = fn(r, k)
                if random.Random(f"{SEED}:crlf:{name}:{k}").random() < 0.08:
                    src = src.replace("\n", "\r\n")
                text, spans, nps = render(src)
                items.append((name, k, pii, text, spans, nps))
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(items)
        for i, (name, k, pii, text, spans, nps) in enumerate(items, 1):
            tb = char2byte(text)
            rec = {"id": f"{PREFIX}-{lang}-{i:03d}", "lang": lang, "text": text,
                   "spans": [{"start": tb[s], "end": tb[e], "label": lab} for (s, e, lab, _v) in spans]}
            recs.append(rec)
            meta.append({"scenario": name, "k": k, "pii": pii, "values": [(lab, v) for (_s, _e, lab, v) in spans],
                         "nps": nps})
    return recs, meta


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


# --------------------------------------------------------------------------------------------------------------
# Self test: validators against the reference's vectors, generators, and the organisation's own data
# --------------------------------------------------------------------------------------------------------------
def self_test():
    fails, n = [], 0

    def check(cond, what):
        nonlocal n
        n += 1
        if not cond:
            fails.append(what)

    for v in ("111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303",
              "103349856", "044126396", "656412689", "460455977", "879119330", "999999990", "111111110"):
        check(elfproef(v), f"bsn valid {v}")
    for v in ("123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"):
        check(not elfproef(v), f"bsn invalid {v}")
    for v in ("NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "NL20INGB0001234567", "BE71 0961 2345 6769",
              "DE89370400440532013000", "FR1420041010050500013M02606", "nl91abna0417164300", "NL91\u00a0ABNA 0417 1643 00"):
        check(iban_ok(v), f"iban valid {v}")
    for v in ("NL91ABNA0417164301", "NL91ABNA041716430", "NL00ABNA0417164300"):
        check(not iban_ok(v), f"iban invalid {v}")
    for v in ("06-12345678", "+31 (0)6 1234 5678", "0031612345678", "0570-234567",
              "+32 470 12 34 56", "0470 12 34 56", "09 265 12 34", "050 44 86 86", "+49 (0)2821 712345",
              "0151 23456789", "0049 171 1234567", "07700 900123", "+44 7700 900123", "020 7946 0123",
              "0475/12.34.56", "+316-12345678", "0031 6 1234 5678", "(055) 523 45 67"):
        check(phone_ok(v), f"phone valid {v}")
    for v in ("06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "012-3456789",
              "+32 470 12 34 5", "09 123 45 67", "+49 151 234", "12-11-2025", "0800 282 6636"):
        check(not phone_ok(v), f"phone invalid {v}")
    for v in ("1012 AB", "1012AB", "1012 ab", "9999 ZZ", "1000 AA", "9000", "47533", "LS6 2QT", "M20 6RL"):
        check(postcode_ok(v), f"postcode valid {v}")
    for v in ("0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"):
        check(not postcode_ok(v), f"postcode invalid {v}")
    for v in ("SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "III-V123AL568", "LZ6311T47", "123456789"):
        check(doc_ok(v), f"doc valid {v}")
    for v in ("NO1234567", "N12345678", "NP123456A", "XR1001R5"):
        check(not nl_doc_ok(v), f"NL doc invalid {v}")
    for v in ("GB-12-DF", "1-KBB-12", "123-BB-1", "12-GBX-3", "VB-123-X", "G-123-BB", "GBB-12-X", "G-12-BBB",
              "1-BB-123", "gb12df", "GB 12 DF", "KLE-AB 123", "BOR-K 4711"):
        check(plate_ok(v), f"plate valid {v}")
    for v in ("12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"):
        check(not plate_ok(v), f"plate invalid {v}")
    for v in ("NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"):
        check(btw_ok(v), f"btw valid {v}")
    for v in ("NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL111234567B01",
              "NL12345678B01", "NL004495445B01"):
        check(not btw_ok(v), f"btw invalid {v}")
    check(ob_ok("NL004495445B01") and bsn_ok("NL004495445B01"), "OB-nummer")
    for v in ("4111111111111111", "5555555555554444", "2221000000000009", "378282246310005", "4111 1111 1111 1111"):
        check(card_ok(v), f"card valid {v}")
    for v in ("4111111111111112", "1234567812345678", "5555555555554445", "378282246310006", "490154203237518"):
        check(not card_ok(v), f"card invalid {v}")
    for v in ("jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM",
              "info@bakkerij-de-groot.frl"):
        check(email_ok(v), f"email valid {v}")
    for v in ("@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld", "icon@2x.png",
              "info@avondrood.example"):
        check(not email_ok(v), f"email invalid {v}")
    for v in ("8.8.8.8", "84.241.197.63", "2a02:a4f:1234::1"):
        check(ip_ok(v), f"ip valid {v}")
    for v in ("192.168.1.10", "10.20.3.4", "127.0.0.1", "192.0.2.1", "2001:db8::1", "::1", "256.1.1.1",
              "010.001.001.001", "172.16.4.5"):
        check(not ip_ok(v), f"ip non-global/invalid {v}")
    for v in ("12-03-1985", "1-4-1990", "03/07/1979", "29.02.1992", "5 mei 1960", "12 March 1941",
              "March 12, 1941", "1985-03-12", "3. März 1950"):
        check(dob_ok(v), f"date valid {v}")
    for v in ("31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999", "12-03-2031"):
        check(not dob_ok(v), f"date invalid {v}")
    check(person_ok("Anna-Sophie ter Horst-Bakker") and person_ok("J.P. van der Berg") and person_ok("D'hondt"),
          "person ok")
    # the organisation's own data
    for v in ORG_IBANS:
        check(iban_ok(v), f"org iban {v}")
    check(ob_ok(ORG_BTW[0]) and not btw_ok(ORG_BTW[0]), "org btw is an RSIN-based OB-nummer")
    check(elfproef("815230448"), "org RSIN passes elfproef")
    be = re.sub(r"\D", "", ORG_BE_VAT)
    check(97 - int(be[:8]) % 97 == int(be[8:]), "org BE vat check")
    for v in ("0570 612 400", "06 4170 2235", "09 233 45 10"):
        check(phone_ok(v), f"org phone {v}")
    for v in ORG_POSTCODES:
        check(nl_postcode_ok(v), f"org postcode {v}")
    # generators: 300 rounds each
    r = random.Random(f"{SEED}:selftest")
    for _ in range(300):
        check(elfproef(bsn(r)), "gen bsn")
        check(not elfproef(not_bsn(r)), "gen not_bsn")
        check(iban_ok(nl_iban(r)) and iban_ok(be_iban(r)) and iban_ok(de_iban(r)) and iban_ok(gb_iban(r)), "gen iban")
        check(phone_ok(fmt_nl_mobile(r, nl_mobile(r))), "gen nl mobile")
        check(phone_ok(nl_landline(r)), "gen nl landline")
        check(phone_ok(be_gsm(r)) and phone_ok(de_mobile(r)) and phone_ok(uk_phone(r)), "gen be/de/uk phone")
        check(phone_ok(de_landline(r, r.choice(DE_TOWNS)[2])), "gen de landline")
        check(card_ok(card(r)), "gen card")
        check(btw_ok(btw_id(r)), "gen btw")
        check(doc_ok(nl_doc(r)) and doc_ok(de_ausweis(r)), "gen doc")
        check(plate_ok(kenteken(r)) and plate_ok(de_plate(r)), "gen plate")
        check(ip_ok(public_ip(r)), "gen ip")
        check(postcode_ok(nl_postcode(r)[0]), "gen postcode")
        dd = dob(r)
        for lang in LANG_ORDER:
            check(dob_ok(fd(r, dd, lang)), f"gen date {lang}")
    return n, fails


# --------------------------------------------------------------------------------------------------------------
# Audit of every record
# --------------------------------------------------------------------------------------------------------------
REF_WORDS = ("polis", "policy", "police", "versicherung", "factuur", "invoice", "inv ", "rechnung", "kenmerk",
             "dossier", "order", "akte", "ticket", "chat-id", "referentie", "vorgang", "aktenzeichen", "debiteur")
BIRTH_WORDS = r"(geboren(?: am| op)?|geb\.(?: am)?|geboortedatum|born(?: on)?|date of birth|DOB|Geburtsdatum)"
DATE_RX = (r"(\d{1,2}[-/. ]\d{1,2}[-/. ]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [A-Za-zä]+\.? \d{4}|"
           r"[A-Z][a-z]+ \d{1,2}, \d{4})")
VEHICLE_WORDS = ("kenteken", "kennzeichen", "plate", "auto", "car", "fahrzeug")
DOC_WORDS = r"(paspoort\w*|passport(?: no\.| number)?|ID-kaart|Personalausweis(?:-Nr\.)?|Ausweis\w*|documentnummer)"
ORG_PHONE_DIGITS = {phone_national(p)[1] for p in ORG_PHONES}

NAME_TOKENS = set()
for _ms, _fs, _ss in ORIGINS.values():
    for _n in _ms + _fs + _ss:
        NAME_TOKENS.update(t for t in re.split(r"[\s\-']+", _n) if len(t) >= 3 and t.lower() not in TV_WORDS)
for _tv, _l in NL_TV:
    NAME_TOKENS.add(_l)
for _f, _l in STAFF.values():
    NAME_TOKENS.update((_f, _l))
NAME_TOKENS.discard("Große")   # also the ordinary German adjective


def org_masked(text):
    """text with the organisation's own strings blanked (same length)."""
    t = text
    pats = [re.escape(x) for x in ORG_NAMES] + [r"[\w.+\-]*@?[\w.\-]*avondrood\.example[\w/.\-]*", r"@AvondroodUitvaart",
                                                  r"@avondrood_uitvaart", r"NL98ZZZ382749150000"]
    for ib in ORG_IBANS:
        pats.append(r"\s?".join(re.escape(c) for c in ib))
    for ph in ORG_PHONES:
        dg = phone_national(ph)[1]
        pats.append(r"(?:\+3[12][\s-]*(?:\(0\))?\s*)?" + r"[\s\-./]?".join(re.escape(c) for c in dg.lstrip("0")))
    for x in ORG_ADDRESSES + ORG_KVK + ORG_BTW + ORG_POSTCODES + [ORG_BE_VAT, "815230448"]:
        pats.append(re.escape(x))
    for p in pats:
        t = re.sub(p, lambda mm: "\u2591" * len(mm.group(0)), t)
    return t


def audit(recs, meta):
    errs = []
    seen = set()
    for rec, mt in zip(recs, meta):
        rid, text = rec["id"], rec["text"]

        def err(msg):
            errs.append(f"{rid} ({mt['scenario']}:{mt['k']}): {msg}")

        if text in seen:
            err("duplicate text")
        seen.add(text)
        if any(c in text for c in (SO, SM, SC, NPO, NPC)):
            err("markup left in text")
        if bool(rec["spans"]) != mt["pii"]:
            err(f"has spans = {bool(rec['spans'])} but scenario pii = {mt['pii']}")
        b = text.encode("utf-8")
        tb = char2byte(text)
        byte2char = {x: i for i, x in enumerate(tb)}
        free = list(text)
        last_end = -1
        cspans = []
        for sp, (lab, val) in zip(rec["spans"], mt["values"]):
            s, e = sp["start"], sp["end"]
            if s < last_end or e <= s:
                err(f"span order/overlap at {s}")
            last_end = e
            if s not in byte2char or e not in byte2char:
                err(f"span not on a character boundary {s}-{e}")
                continue
            v = b[s:e].decode("utf-8")
            if v != val or sp["label"] != lab:
                err(f"span value mismatch {v!r} != {val!r}")
            if v != v.strip() or re.match(r"[\s,;:()\"'!?]", v[0]) or re.search(r"[\s,;:()\"'!?\-]$", v):
                err(f"span edge {v!r}")
            if not VALIDATE[lab](v):
                err(f"invalid {lab} {v!r}")
            if "avondrood" in v.lower() or org_masked(v) != v:
                err(f"organisation data inside span {v!r}")
            cs, ce = byte2char[s], byte2char[e]
            cspans.append((cs, ce, lab, v))
            for i in range(cs, ce):
                free[i] = "\u2592"
            if lab == "DATE_OF_BIRTH":
                before = text[max(0, cs - 160):cs]
                if not re.search(BIRTH_WORDS + r"|[*°]|birth|Birth|geboorte|born|Geburt|\bgeb\b", before, re.I):
                    err(f"no birth word before DOB {v!r}")
        for (a, z) in mt["nps"]:
            for i in range(a, z):
                free[i] = "\u2593"
        free = org_masked("".join(free))
        # every repeat of a labelled value is labelled
        for (cs, ce, lab, v) in cspans:
            if len(v) >= 4:
                for mm in re.finditer(re.escape(v), free):
                    err(f"unlabelled repeat of {lab} {v!r}")
        # name tokens
        for mm in re.finditer(rf"[{NAME_CH}]+", free):
            tok = mm.group(0)
            if any(tok.lower() == t.lower() for t in NAME_TOKENS):
                err(f"unlabelled name token {tok!r}")
        # scanners
        for mm in re.finditer(EMAIL_RE, free):
            err(f"unlabelled e-mail {mm.group(0)!r}")
        for mm in re.finditer(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ \u00a0]?[A-Za-z0-9]{4}){2,7}(?:[ \u00a0]?[A-Za-z0-9]{1,4})?", free):
            c = iban_compact(mm.group(0))
            if any(iban_ok(c[:L]) for L in range(15, len(c) + 1)):
                err(f"unlabelled IBAN {mm.group(0)!r}")
        for mm in re.finditer(r"(?<![\w.\-/])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3})(?![\w])", free):
            if elfproef(mm.group(1)):
                line = free[:mm.start()].rsplit("\n", 1)[-1][-40:].lower()
                if not any(w in line for w in REF_WORDS):
                    err(f"unlabelled elfproef number {mm.group(0)!r}")
        for mm in re.finditer(r"(?<![\w+])(?:\+|00)?\(?\d[\d\s()\-/.]{7,}\d(?![\w])", free):
            cand = mm.group(0).strip()
            if phone_ok(cand) and phone_national(cand)[1] not in ORG_PHONE_DIGITS:
                err(f"unlabelled phone {cand!r}")
        for mm in re.finditer(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])", free):
            if nl_postcode_ok(mm.group(0)):
                err(f"unlabelled postcode {mm.group(0)!r}")
        for mm in re.finditer(r"(?<![\d])(?:\d[ \-]?){12,18}\d(?![\d])", free):
            if card_ok(mm.group(0)):
                err(f"unlabelled card {mm.group(0)!r}")
        for mm in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", free):
            if ip_ok(mm.group(0)) and not re.search(r"(versi\w*|version|build|v)\s*$", free[:mm.start()], re.I):
                err(f"unlabelled public IP {mm.group(0)!r}")
        for mm in re.finditer(r"(KvK|Chamber of Commerce|Handelsregister|KvK-nummer)[^\d\n]{0,15}(\d{8})(?!\d)", free):
            err(f"unlabelled KvK {mm.group(2)!r}")
        for mm in re.finditer(r"NL\s?\d{9}\s?B\d{2}", free, re.I):
            err(f"unlabelled NL..B.. number {mm.group(0)!r}")
        for mm in re.finditer(BIRTH_WORDS + r"[^\d\n\u2592]{0,25}" + DATE_RX, free, re.I):
            if parse_date(mm.group(2)):
                err(f"unlabelled date after birth word {mm.group(0)!r}")
        for mm in re.finditer(DOC_WORDS + r"[^\w\n]{0,5}([A-Z0-9]{9})(?![\w])", free, re.I):
            if doc_ok(mm.group(2)):
                err(f"unlabelled document number {mm.group(0)!r}")
        if any(w in text.lower() for w in VEHICLE_WORDS):
            for mm in re.finditer(r"(?<![\w\-])[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,2}(?![\w\-])", free):
                if plate_ok(mm.group(0)) and re.search(r"kenteken|kennzeichen|plate", free[max(0, mm.start() - 60):mm.start()], re.I):
                    err(f"unlabelled plate {mm.group(0)!r}")
    return errs


# --------------------------------------------------------------------------------------------------------------
# Statistics and main
# --------------------------------------------------------------------------------------------------------------
LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]


def stats(recs, data):
    out = []
    per = {l: sum(1 for r in recs if r["lang"] == l) for l in LANG_ORDER}
    free = {l: sum(1 for r in recs if r["lang"] == l and not r["spans"]) for l in LANG_ORDER}
    nfree = sum(free.values())
    out.append("messages: " + ", ".join(f"{l} {per[l]}" for l in LANG_ORDER) + f", total {len(recs)}")
    out.append(f"PII-free: {nfree} ({', '.join(f'{l} {free[l]}' for l in LANG_ORDER)}) = {100 * nfree / len(recs):.1f} %")
    lens = sorted(len(r["text"].encode()) for r in recs)
    out.append(f"length {lens[0]}-{lens[-1]} bytes, median {lens[len(lens) // 2]}")
    out.append(f"non-ASCII texts {sum(1 for r in recs if any(ord(c) > 127 for c in r['text']))}, "
               f"emoji texts {sum(1 for r in recs if any(ord(c) > 0xFFFF for c in r['text']))}, "
               f"CRLF texts {sum(1 for r in recs if chr(13) in r['text'])}, "
               f"NBSP texts {sum(1 for r in recs if chr(160) in r['text'])}")
    out.append("| label | nl | en | de | total |")
    out.append("|---|---:|---:|---:|---:|")
    tot = {l: 0 for l in LANG_ORDER}
    for lab in LABELS:
        c = {l: sum(1 for r in recs if r["lang"] == l for s in r["spans"] if s["label"] == lab) for l in LANG_ORDER}
        for l in LANG_ORDER:
            tot[l] += c[l]
        out.append(f"| `{lab}` | {c['nl']} | {c['en']} | {c['de']} | {sum(c.values())} |")
    out.append(f"| **all** | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")
    out.append("sha256 " + hashlib.sha256(data).hexdigest())
    return "\n".join(out)


def main():
    check_only = "--check" in sys.argv[1:]
    n, fails = self_test()
    if fails:
        print(f"SELF TEST FAILED ({len(fails)} of {n}):", *fails[:40], sep="\n  ")
        sys.exit(1)
    print(f"self test: {n} checks passed")
    recs, meta = build()
    recs2, _ = build()
    data = serialise(recs)
    errs = audit(recs, meta)
    if serialise(recs2) != data:
        errs.append("generator is not deterministic")
    # read back: spans re-sliced from the serialised bytes
    for line, mt in zip(data.decode("utf-8").splitlines(), meta):
        rec = json.loads(line)
        tb = rec["text"].encode("utf-8")
        for sp, (lab, v) in zip(rec["spans"], mt["values"]):
            if tb[sp["start"]:sp["end"]].decode("utf-8") != v:
                errs.append(f"{rec['id']}: read-back mismatch")
    counts = {l: sum(1 for r in recs if r["lang"] == l) for l in LANG_ORDER}
    if counts != {"nl": 60, "en": 50, "de": 40}:
        errs.append(f"wrong language counts {counts}")
    if sum(1 for r in recs if not r["spans"]) < 0.35 * len(recs):
        errs.append("fewer than 35 % PII-free messages")
    if errs:
        print(f"AUDIT FAILED ({len(errs)}):", *errs[:80], sep="\n  ")
        sys.exit(1)
    print(f"audit: {len(recs)} records passed")
    print(stats(recs, data))
    if check_only:
        if os.path.exists(OUT):
            with open(OUT, "rb") as fh:
                same = fh.read() == data
            print("gold.jsonl is up to date" if same else "gold.jsonl DIFFERS from the generator output")
            if not same:
                sys.exit(1)
        return
    with open(OUT, "wb") as fh:
        fh.write(data)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
