#!/usr/bin/env python3
"""heldout17 — held-out evaluation set: a fictional Dutch insurance company (Damsteegh Verzekeringen).

Standard library only, deterministic (string-seeded random.Random per instance; no hash() of strings,
no set iteration order in the output). Run `python3 make.py`; it self-tests the validators, audits every
record and writes gold.jsonl next to this file only if every check passes, then prints statistics and
the sha256 of gold.jsonl.
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

SEED = "heldout17:damsteegh:v1"
HERE = os.path.dirname(os.path.abspath(__file__))

LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# ----------------------------------------------------------------------------------------------------
# the organisation (never labelled)
# ----------------------------------------------------------------------------------------------------
ORG = {
    "names": ["Damsteegh Verzekeringen N.V.", "Damsteegh Verzekeringen", "Damsteegh", "Damsteegh Schadeservice",
              "Damsteegh Alarmcentrale", "Damsteegh Uitvaartverzekering", "Damsteegh Rechtshulp",
              "Damsteegh Insurance", "Damsteegh Versicherungen"],
    "domains": ["damsteegh.example"],
    "phones": ["088 412 7700", "088 412 7755", "088 412 7711", "06 4270 1189"],
    "ibans": ["NL72ABNA0461872039", "NL23INGB0008305716"],
    "addresses": ["Waarborgplein 1, 3818 KD Amersfoort", "Postbus 2250, 3800 CG Amersfoort"],
    "kvk": ["58213097"],
    "btw": ["NL820471936B63"],
    "handles": ["@DamsteeghNL", "@damsteegh_helpt"],
}

# ----------------------------------------------------------------------------------------------------
# markup: values are written with mark(); render() strips the sentinels and records byte offsets
# ----------------------------------------------------------------------------------------------------
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
def KT(v): return mark("LICENSE_PLATE", v)
def BT(v): return mark("BTW_ID", v)
def KV(v): return mark("KVK", v)


MARK_RE = re.compile(re.escape(S0) + r"([A-Z_]+)" + re.escape(S1) + r"(.*?)" + re.escape(S2), re.S)


def render(marked, crlf=False):
    if crlf:
        marked = marked.replace("\r\n", "\n").replace("\n", "\r\n")
    out, spans, pos, bpos = [], [], 0, 0
    for m in MARK_RE.finditer(marked):
        pre = marked[pos:m.start()]
        out.append(pre)
        bpos += len(pre.encode("utf-8"))
        val = m.group(2)
        b = len(val.encode("utf-8"))
        spans.append({"start": bpos, "end": bpos + b, "label": m.group(1), "_value": val})
        out.append(val)
        bpos += b
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert S0 not in text and S1 not in text and S2 not in text, "markup left"
    return text, spans


# ----------------------------------------------------------------------------------------------------
# validators (written from shared/reference/dutch-pii-formats.md)
# ----------------------------------------------------------------------------------------------------
def bsn_ok(s):
    d = re.sub(r"[ .\-\u00a0]", "", s)
    if not d.isdigit() or len(d) not in (8, 9):
        return False
    d = d.zfill(9)
    if int(d) == 0:
        return False
    tot = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return tot % 11 == 0


def bank11_ok(d):
    return sum((len(d) - i) * int(c) for i, c in enumerate(d)) % 11 == 0


def _to_num(s):
    return int("".join(str(int(c, 36)) for c in s))


IBAN_LEN = {"NL": 18, "DE": 22, "BE": 16, "GB": 22, "FR": 27, "ES": 24, "PL": 28}
IBAN_BBAN = {"NL": r"[A-Z]{4}\d{10}", "DE": r"\d{18}", "BE": r"\d{12}", "GB": r"[A-Z]{4}\d{14}",
             "FR": r"\d{10}[0-9A-Z]{11}\d{2}", "ES": r"\d{20}", "PL": r"\d{24}"}


def iban_ok(s):
    c = re.sub(r"[ .\-\u00a0]", "", s).upper()
    cc = c[:2]
    if cc not in IBAN_LEN or len(c) != IBAN_LEN[cc] or not re.fullmatch(IBAN_BBAN[cc], c[4:]):
        return False
    if not c[2:4].isdigit():
        return False
    return _to_num(c[4:] + c[:4]) % 97 == 1


def iban_make(cc, bban):
    n = _to_num(bban + cc + "00")
    v = f"{cc}{98 - n % 97:02d}{bban}"
    assert iban_ok(v), v
    return v


def iban_group(v, sep=" "):
    return sep.join(v[i:i + 4] for i in range(0, len(v), 4))


def btw_mod97_ok(s):
    c = re.sub(r"[ .\-\u00a0]", "", s).upper()
    if not re.fullmatch(r"NL\d{9}B\d{2}", c) or c.endswith("B00"):
        return False
    return _to_num(c) % 97 == 1


def ob_ok(s):  # old omzetbelastingnummer: BSN/RSIN + B + 2 digits
    c = re.sub(r"[ .\-\u00a0]", "", s).upper()
    m = re.fullmatch(r"(?:NL)?(\d{9})B(\d{2})", c)
    return bool(m) and m.group(2) != "00" and bsn_ok(m.group(1))


def luhn_ok(s):
    d = re.sub(r"[ \-\u00a0]", "", s)
    if not d.isdigit():
        return False
    tot = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def card_ok(s):
    d = re.sub(r"[ \-\u00a0]", "", s)
    if not luhn_ok(d):
        return False
    if d[0] == "4" and len(d) in (13, 16, 19):
        return True
    if (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720) and len(d) == 16:
        return True
    if d[:2] in ("34", "37") and len(d) == 15:
        return True
    return False


def postcode_ok(s):
    c = re.sub(r"[ \-\u00a0]", "", s).upper()
    if c.startswith("NL"):
        c = c[2:]
    return bool(re.fullmatch(r"[1-9]\d{3}[A-Z]{2}", c)) and c[4:] not in ("SA", "SD", "SS")


def docnr_ok(s):
    c = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}\d", c)) and "O" not in c


KT_PATTERNS = {4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX", 7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X",
               10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX", 13: "9-XX-999", 14: "999-XX-9",
               1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99"}
KT_BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS"]
KT_LETTERS = "BDFGHJKLNPRSTVXZ"


def kenteken_sidecode(s):
    c = s.replace(" ", "-").upper()
    for sc, pat in KT_PATTERNS.items():
        if len(c) != len(pat):
            continue
        ok = True
        for ch, p in zip(c, pat):
            if (p == "X" and not ch.isalpha()) or (p == "9" and not ch.isdigit()) or (p == "-" and ch != "-"):
                ok = False
                break
        if not ok:
            continue
        groups = [g for g in c.split("-") if g.isalpha()]
        banned = KT_BANNED + (["KVT", "VVD"] if sc >= 8 else []) + (["SP"] if sc >= 13 else [])
        if any(b in g for g in groups for b in banned):
            return None
        if sc >= 4 and any(ch not in KT_LETTERS for g in groups for ch in g):
            return None
        return sc
    return None


def kenteken_ok(s):
    c = s.upper()
    if "-" not in c and " " not in c:   # compact form: try all hyphenations
        for pat in KT_PATTERNS.values():
            if len(pat.replace("-", "")) == len(c):
                out, i = "", 0
                for p in pat:
                    if p == "-":
                        out += "-"
                    else:
                        out += c[i]
                        i += 1
                if kenteken_sidecode(out):
                    return True
        return False
    return kenteken_sidecode(c) is not None


def de_plate_ok(s):
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} \d{1,4}[EH]?", s))


NL_AREAS2 = ["10", "20", "26", "30", "33", "35", "50", "70"]
NL_AREAS3 = ["341", "318", "570", "575", "513", "488", "344", "342", "522", "182"]


def nl_phone_ok(s):
    d = re.sub(r"[^\d+]", "", s)
    if d.startswith("+31"):
        n = d[3:]
    elif d.startswith("0031"):
        n = d[4:]
    elif d.startswith("0"):
        n = d[1:]
    else:
        return False
    if n.startswith("0"):      # "+31 (0)6…"
        n = n[1:]
    if len(n) != 9:
        return False
    if re.fullmatch(r"6[1-58]\d{7}", n):
        return True
    return n[:2] in NL_AREAS2 + ["88", "85"] or n[:3] in NL_AREAS3


FOREIGN_CC = {"32": (8, 9), "33": (9, 9), "34": (9, 9), "39": (9, 10), "43": (10, 11), "44": (10, 10),
              "49": (10, 11), "351": (9, 9), "30": (10, 10), "66": (9, 9), "1": (10, 10), "90": (10, 10),
              "212": (9, 9), "48": (9, 9)}


def phone_ok(s):
    if nl_phone_ok(s):
        return True
    d = re.sub(r"\(0\)", "", s)
    d = re.sub(r"[^\d+]", "", d)
    if d.startswith("00"):
        d = "+" + d[2:]
    if d.startswith("+"):
        for cc, (lo, hi) in FOREIGN_CC.items():
            if d[1:].startswith(cc) and lo <= len(d) - 1 - len(cc) <= hi:
                return True
        return False
    # national foreign forms (DE 0151…, BE 04xx…, UK 07700 900…)
    return bool(re.fullmatch(r"0(1[5-7]\d{8,9}|2\d{6,9}|4[5-9]\d{7}|7700900\d{3}|\d{3,4}\d{5,8})", d))


EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
                      r"[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")


def email_ok(s):
    return bool(EMAIL_RE.fullmatch(s))


def ip_ok(s):
    try:
        return ipaddress.ip_address(s).is_global
    except ValueError:
        return False


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}


def parse_date(s):
    s2 = s.strip()
    m = re.fullmatch(r"(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})", s2)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s2)
        if m:
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            m = re.fullmatch(r"(\d{1,2})\.? ([A-Za-zä]+) (\d{4})", s2)
            m2 = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", s2)
            if m:
                d, name, y = int(m.group(1)), m.group(2), int(m.group(3))
            elif m2:
                name, d, y = m2.group(1), int(m2.group(2)), int(m2.group(3))
            else:
                return None
            mo = None
            for lst in MONTHS.values():
                if name in lst:
                    mo = lst.index(name) + 1
                elif name.lower() in [x.lower() for x in lst]:
                    mo = [x.lower() for x in lst].index(name.lower()) + 1
            if mo is None:
                return None
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def dob_ok(s):
    d = parse_date(s)
    return d is not None and 1900 <= d.year <= 2025


# ----------------------------------------------------------------------------------------------------
# synthetic data generators (hand-written lists; nothing from Faker or test-data packages)
# ----------------------------------------------------------------------------------------------------
NAMES = {
    "nl": {
        "f": ["Marloes", "Femke", "Wendelien", "Annemiek", "Sietske", "Lieke", "Hester", "Margriet", "Ellemijn",
              "Jikke", "Tineke", "Evelien", "Brechtje", "Geertje", "Roosmarijn", "Ilse"],
        "m": ["Gerrit-Jan", "Wouter", "Joost", "Hidde", "Sjoerd", "Teun", "Reinier", "Maarten", "Auke", "Pieter-Bas",
              "Ruud", "Jelmer", "Thijs", "Klaas", "Onno", "Folkert"],
        "s": [("van der", "Kooij"), ("", "Roukema"), ("de", "Haan"), ("", "Wijnbergen"), ("van", "Dongen"),
              ("ter", "Veld"), ("", "Hoekman"), ("van 't", "Wout"), ("", "Spronk"), ("den", "Ouden"),
              ("", "Zwanenburg"), ("van de", "Pol"), ("", "Bleeker"), ("", "Oosterhuis"), ("de", "Kroon"),
              ("", "Tichelaar"), ("in 't", "Veld"), ("", "Brinkman-Olij"), ("van", "Lieshout"),
              ("", "Knoppersen"), ("ten", "Hove"), ("", "Verschuure"), ("van den", "Akker"), ("", "Hazenberg")],
    },
    "ma": {"f": ["Nadia", "Soukaina", "Ikram", "Salma", "Houda"], "m": ["Bilal", "Ayoub", "Hamza", "Mourad", "Tarik"],
           "s": [("", "El Khattabi"), ("", "Bouzerda"), ("", "Aouragh"), ("", "Ben Haddou"), ("", "Ait Ouali"),
                 ("", "Azzouzi")]},
    "tr": {"f": ["Elif", "Merve", "Zeynep", "Hatice", "Gülay"], "m": ["Emre", "Burak", "Hakan", "Serkan", "Yusuf"],
           "s": [("", "Öztürk"), ("", "Kılıç"), ("", "Aydın"), ("", "Çelik"), ("", "Yıldırım"), ("", "Karakaş")]},
    "sr": {"f": ["Sharmila", "Reshma", "Wendy", "Ingrid"], "m": ["Ravi", "Dinesh", "Romano", "Clyde"],
           "s": [("", "Ramdin"), ("", "Jagessar"), ("", "Sewnath"), ("", "Kromodikoro"), ("", "Pinas"),
                 ("", "Lie-A-Fo")]},
    "pl": {"f": ["Agnieszka", "Katarzyna", "Małgosia"], "m": ["Tomasz", "Grzegorz", "Paweł"],
           "s": [("", "Nowak"), ("", "Mazur"), ("", "Kaczmarek"), ("", "Wróbel")]},
    "de": {"f": ["Ute", "Heike", "Anja", "Friederike", "Jutta", "Sabine", "Dörte"],
           "m": ["Jürgen", "Dirk", "Klaus-Peter", "Matthias", "Uwe", "Björn", "Henning"],
           "s": [("", "Krämer"), ("", "Schulte-Ebbert"), ("", "Lüdtke"), ("", "Overbeck"), ("", "Hülsmann"),
                 ("", "Pöppelmann"), ("", "Terfloth"), ("", "Weißkirchen"), ("", "Brüggemann"), ("", "Kötter")]},
    "uk": {"f": ["Siobhan", "Harriet", "Gemma", "Fiona", "Imogen"], "m": ["Callum", "Rhys", "Graham", "Declan", "Alistair"],
           "s": [("", "Whitcombe"), ("", "Ashdown"), ("", "O'Driscoll"), ("", "McAllister"), ("", "Pennington"),
                 ("", "Trelawney")]},
    "in": {"f": ["Lakshmi", "Divya", "Pooja"], "m": ["Karthik", "Arjun", "Vikram"],
           "s": [("", "Subramanian"), ("", "Venkataraman"), ("", "Kulkarni"), ("", "Iyer")]},
    "cn": {"f": ["Xiaoling", "Mei Ling"], "m": ["Jun Hao", "Wei Jie"], "s": [("", "Chen"), ("", "Lim"), ("", "Tjoa")]},
    "vn": {"f": ["Thanh Trúc", "Ngọc Ánh"], "m": ["Minh Khoa", "Quốc Bảo"], "s": [("", "Phạm"), ("", "Nguyễn"), ("", "Trần")]},
    "gh": {"f": ["Abena", "Akosua"], "m": ["Kwabena", "Kofi"], "s": [("", "Owusu-Ansah"), ("", "Mensah"), ("", "Boateng")]},
    "br": {"f": ["Luana", "Thaís"], "m": ["João Pedro", "Caio"], "s": [("", "Figueiredo"), ("", "Alencar"), ("", "Monteiro")]},
    "es": {"f": ["Begoña", "Ainhoa"], "m": ["Iñaki", "Unai"], "s": [("", "Etxeberria"), ("", "Zubizarreta")]},
    "it": {"f": ["Giulia", "Chiara"], "m": ["Matteo", "Lorenzo"], "s": [("", "Benedetti"), ("", "Lombardi"), ("", "Cavallaro")]},
    "er": {"f": ["Saba", "Helen"], "m": ["Yonas", "Dawit"], "s": [("", "Tesfamariam"), ("", "Ghebremedhin")]},
}
MISC = ["cn", "vn", "gh", "br", "es", "it", "er"]
ORIGIN_W = {"nl": [("nl", 10), ("ma", 2), ("tr", 2), ("sr", 2), ("pl", 1), ("misc", 1), ("de", 1)],
            "en": [("uk", 4), ("in", 2), ("misc", 3), ("nl", 3), ("pl", 1), ("tr", 1)],
            "de": [("de", 10), ("nl", 2), ("tr", 2), ("pl", 1)]}


def _ascii(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("ß", "ss").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, first, tv, last, sex):
        self.first, self.tv, self.last, self.sex = first, tv, last, sex

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.tv, self.last) if x)

    @property
    def sur(self):      # surname standing alone: tussenvoegsel capitalised
        if self.tv:
            return self.tv[0].upper() + self.tv[1:] + " " + self.last
        return self.last

    @property
    def surl(self):     # surname with lower-case tussenvoegsel (after initials)
        return " ".join(x for x in (self.tv, self.last) if x)

    def init(self, two=False, r=None):
        parts = re.split(r"[- ]", self.first)
        ini = "".join(p[0] + "." for p in parts)
        if two and len(parts) == 1 and r is not None:
            ini += r.choice("ACEHJMPW") + "."
        return ini + " " + self.surl

    def mail_local(self, r):
        f, l = _ascii(self.first).lower().replace(" ", ""), _ascii(self.surl).lower().replace(" ", "")
        style = r.randrange(5)
        if style == 0:
            return f"{f}.{l}"
        if style == 1:
            return f"{f[0]}.{l}"
        if style == 2:
            return f"{f}{l}{r.randrange(60, 99)}"
        if style == 3:
            return f"{f}_{l[:6]}"
        return f"{l}.{f[0]}"


def person(r, lang="nl", sex=None, origin=None, avoid=()):
    for _ in range(100):
        if origin is None:
            pool = []
            for o, w in ORIGIN_W[lang]:
                pool += [o] * w
            o = r.choice(pool)
        else:
            o = origin
        if o == "misc":
            o = r.choice(MISC)
        sx = sex or r.choice("fm")
        first = r.choice(NAMES[o][sx])
        tv, last = r.choice(NAMES[o]["s"])
        p = Person(first, tv, last, sx)
        if p.first not in avoid and p.last not in avoid:
            return p
    raise RuntimeError("person")


def family_member(r, p, sex=None):
    """same surname, other first name"""
    o = next((k for k, v in NAMES.items() if (p.tv, p.last) in v["s"]), "nl")
    sx = sex or r.choice("fm")
    first = r.choice([x for x in NAMES[o][sx] if x != p.first])
    return Person(first, p.tv, p.last, sx)


def email(r, p, lang="nl"):
    doms = {"nl": ["ziggo.nl", "kpnmail.nl", "hotmail.com", "gmail.com", "outlook.com", "xs4all.nl", "planet.nl"],
            "en": ["gmail.com", "outlook.com", "icloud.com", "protonmail.com", "yahoo.co.uk"],
            "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"]}[lang]
    return p.mail_local(r) + "@" + r.choice(doms)


NL_STREETS = ["Pimpernelstraat", "Vlasakker", "Kromme Elleboog", "Tolhuislaan", "Meidoornsingel",
              "Burg. Verwoerdstraat", "Schepenenhof", "Korenbloemweg", "Achter de Molen", "Prinses Irenestraat",
              "Zuiderzeedijk", "Spuiweg", "Bongerd", "Lijsterbeshof", "Laan van Nieuw-Oosteinde", "Hooglandseweg",
              "Dr. Schaepmanstraat", "Lange Gasthuisstraat", "Ruiterkamp", "Zwaluwstraat", "Oude Kerkweg",
              "Graaf Florislaan", "Waterhoen", "Rembrandtkade", "Smidsstraat", "Ambachtsweg-Oost"]
NL_TOWNS = ["Amersfoort", "Hoevelaken", "Zeewolde", "Harderwijk", "Deventer", "Zutphen", "Emmeloord", "Heerenveen",
            "Tiel", "Culemborg", "Gouda", "Woerden", "Hengelo", "Goes", "Venlo", "Leusden", "Barneveld", "Nijkerk"]
DE_STREETS = ["Lindenstraße", "Am Mühlenbach", "Weseler Straße", "Kirchplatz", "Grüner Weg", "Hochstraße",
              "Nordwall", "Schützenstraße", "Im Wiesengrund", "Gocher Landstraße"]
DE_TOWNS = [("46446", "Emmerich am Rhein"), ("47533", "Kleve"), ("46399", "Bocholt"), ("48529", "Nordhorn"),
            ("52062", "Aachen"), ("47574", "Goch"), ("48683", "Ahaus"), ("40477", "Düsseldorf")]
UK_ADDR = [("Holloway Crescent", "BS6 5HJ", "Bristol"), ("Abbotsford Road", "LS7 3QB", "Leeds"),
           ("Kestrel Lane", "YO24 1DN", "York"), ("Marlowe Street", "M14 6QT", "Manchester")]


def housenr(r):
    n = str(r.choice([r.randrange(1, 40), r.randrange(1, 150), r.randrange(100, 400)]))
    x = r.random()
    if x < 0.15:
        n += r.choice("abc")
    elif x < 0.22:
        n += r.choice(["-2", "-III", " hs", "-1", " bis"])
    return n


def nl_addr(r):
    return f"{r.choice(NL_STREETS)} {housenr(r)}"


def postcode(r, sep=" "):
    while True:
        pc = f"{r.randrange(1000, 10000)}{sep}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        if postcode_ok(pc) and pc.replace(" ", "") not in ("3818KD", "3800CG", "3818BT"):
            return pc


def nl_mobile(r, fmt=None):
    d = "6" + r.choice("1234558") + "".join(r.choice("0123456789") for _ in range(7))
    fmts = ["06-{a}", "06 {b} {c}", "06 {p} {q} {s} {t}", "+31 6 {a}", "+31 (0)6 {b} {c}", "06{a}", "+316-{a}",
            "0031 6 {b} {c}"]
    a = d[1:]
    f = fmt if fmt is not None else r.choice(fmts)
    return f.format(a=a, b=a[:4], c=a[4:], p=a[:2], q=a[2:4], s=a[4:6], t=a[6:])


def nl_fixed(r, area=None):
    area = area or r.choice(["33", "341", "570", "26", "10", "318", "20", "513", "30"])
    sub = str(r.randrange(2, 10)) + "".join(r.choice("0123456789") for _ in range(8 - len(area)))
    if len(area) == 2:
        fm = r.choice(["0{a} {s3} {s4}", "0{a}-{s}", "+31 {a} {s3} {s4}", "(0{a}) {s3} {s4}"])
        return fm.format(a=area, s=sub, s3=sub[:3], s4=sub[3:])
    fm = r.choice(["0{a} {s3} {s3b}", "0{a}-{s}", "+31 {a} {s}", "(0{a}) {s2} {s2b} {s2c}"])
    return fm.format(a=area, s=sub, s3=sub[:3], s3b=sub[3:], s2=sub[:2], s2b=sub[2:4], s2c=sub[4:])


def de_mobile(r):
    pre = r.choice(["151", "160", "171", "176", "152"])
    rest = "".join(r.choice("0123456789") for _ in range(8 if pre != "160" else 7))
    return r.choice([f"0{pre} {rest}", f"+49 {pre} {rest}", f"0{pre}-{rest}", f"+49 (0){pre} {rest}"])


def de_fixed(r):
    area = r.choice(["2822", "2821", "2871", "5921", "241"])
    sub = str(r.randrange(2, 10)) + "".join(r.choice("0123456789") for _ in range(5))
    return r.choice([f"0{area} {sub}", f"0{area}/{sub}", f"+49 {area} {sub}"])


def uk_mobile(r):
    s = f"{r.randrange(0, 1000):03d}"
    return r.choice([f"07700 900{s}", f"+44 7700 900{s}", f"+44 (0)7700 900 {s}"])


def bsn(r):
    while True:
        d = str(r.randrange(10000000, 999999999)).zfill(9)
        if bsn_ok(d) and not bank11_ok(d):
            return d


def non_bsn9(r):
    while True:
        d = str(r.randrange(100000000, 999999999))
        if not bsn_ok(d):
            return d


def bsn_elf_but_ref(r):
    while True:
        d = str(r.randrange(100000000, 999999999))
        if bsn_ok(d):
            return d


def bsn_fmt(r, d):
    return r.choice([d, d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"])


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"]


def nl_iban(r, grouped=None):
    acc = "".join(r.choice("0123456789") for _ in range(10))
    v = iban_make("NL", r.choice(NL_BANKS) + acc)
    g = r.random() < 0.5 if grouped is None else grouped
    return iban_group(v) if g else v


def de_iban(r):
    v = iban_make("DE", "".join(r.choice("0123456789") for _ in range(18)))
    return r.choice([v, iban_group(v)])


def be_iban(r):
    first10 = "".join(r.choice("0123456789") for _ in range(10))
    chk = int(first10) % 97 or 97
    v = iban_make("BE", f"{first10}{chk:02d}")
    return r.choice([v, iban_group(v)])


def gb_iban(r):
    v = iban_make("GB", r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + "".join(r.choice("0123456789") for _ in range(14)))
    return r.choice([v, iban_group(v)])


def bad_iban(r):
    """IBAN-shaped reference that fails mod-97"""
    while True:
        v = "NL" + f"{r.randrange(10, 99)}" + r.choice(NL_BANKS) + "".join(r.choice("0123456789") for _ in range(10))
        if not iban_ok(v):
            return v


def card(r):
    while True:
        kind = r.choice(["visa", "mc", "mc2"])
        pre = {"visa": "4" + str(r.randrange(10000, 99999)), "mc": str(r.randrange(51, 56)) + str(r.randrange(1000, 9999)),
               "mc2": str(r.randrange(2221, 2721)) + str(r.randrange(10, 99))}[kind]
        body = pre + "".join(r.choice("0123456789") for _ in range(15 - len(pre)))
        for c in "0123456789":
            if luhn_ok(body + c):
                d = body + c
                break
        if card_ok(d):
            return r.choice([d, " ".join(d[i:i + 4] for i in range(0, 16, 4)), "-".join(d[i:i + 4] for i in range(0, 16, 4))])


def kenteken(r, fmt="hyphen"):
    while True:
        sc = r.choice([4, 5, 6, 7, 8, 9, 10, 11])
        pat = KT_PATTERNS[sc]
        v = "".join(r.choice(KT_LETTERS) if p == "X" else (str(r.randrange(1 if i == 0 else 0, 10)) if p == "9" else "-")
                    for i, p in enumerate(pat))
        if kenteken_sidecode(v) == sc:
            if fmt == "compact":
                return v.replace("-", "")
            if fmt == "lower":
                return v.lower()
            return v


def de_plate(r):
    kreis = r.choice(["KLE", "BOR", "WES", "NOH", "AC", "D", "COE", "ST"])
    letters = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(r.choice([1, 2])))
    return f"{kreis}-{letters} {r.randrange(1, 9999)}"


def btw_id(r):
    while True:
        nine = f"{r.randrange(0, 10 ** 9):09d}"
        if bsn_ok(nine):
            continue
        for suf in range(1, 100):
            v = f"NL{nine}B{suf:02d}"
            if btw_mod97_ok(v):
                return v


def kvk(r):
    return str(r.randrange(10000000, 99999999))


def docnr(r, kind="N"):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"
    while True:
        v = kind + r.choice(al) + "".join(r.choice(al + "123456789") for _ in range(6)) + str(r.randrange(1, 10))
        if docnr_ok(v):
            return v


def rijbewijs(r):
    return str(r.randrange(4000000000, 6000000000))


def pub_ip(r):
    while True:
        v = f"{r.choice([31, 37, 62, 77, 80, 81, 84, 85, 86, 89, 92, 145, 178, 188, 194, 213, 217])}." \
            f"{r.randrange(0, 256)}.{r.randrange(0, 256)}.{r.randrange(1, 255)}"
        if ip_ok(v):
            return v


def dob_date(r, lo=1938, hi=2004):
    while True:
        try:
            return datetime.date(r.randrange(lo, hi + 1), r.randrange(1, 13), r.randrange(1, 32))
        except ValueError:
            pass


def fmt_date(r, d, lang="nl", style=None):
    styles = ["dmy-", "dmy-pad", "dmy/", "dmy.", "long", "iso"]
    st = style or r.choice(styles)
    if st == "dmy-":
        return f"{d.day}-{d.month}-{d.year}"
    if st == "dmy-pad":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if st == "dmy/":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if st == "dmy.":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if st == "iso":
        return d.isoformat()
    if st == "us":
        return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
    if lang == "de":
        return f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}"
    return f"{d.day} {MONTHS[lang][d.month - 1]} {d.year}"


def loss_date(r, lang="nl", style=None):
    d = datetime.date(2025, 1, 1) + datetime.timedelta(days=r.randrange(0, 300))
    return fmt_date(r, d, lang, style or r.choice(["dmy-", "dmy-pad", "long"]))


def date_pair(r, lang="nl", style=None, lo=3, hi=40):
    d1 = datetime.date(2025, 1, 1) + datetime.timedelta(days=r.randrange(0, 280))
    d2 = d1 + datetime.timedelta(days=r.randrange(lo, hi))
    st = style or r.choice(["dmy-", "dmy-pad", "long"])
    return fmt_date(r, d1, lang, st), fmt_date(r, d2, lang, st)


def polnr(r):
    return r.choice([f"{r.randrange(10, 99)}-{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}",
                     f"DSV-{r.choice(['AU', 'IB', 'AV', 'RE', 'UV', 'RB'])}-{r.randrange(10000000, 99999999)}",
                     f"P{r.randrange(1000000, 9999999)}"])


def schadenr(r):
    return r.choice([f"S25-{r.randrange(100000, 999999):06d}", f"SCH-2025-{r.randrange(10000, 99999)}",
                     f"{r.randrange(2025000000, 2025999999)}"])


def pvnr(r):
    return r.choice([f"PL{r.choice(['0900', '0600', '1300', '0800'])}-2025{r.randrange(100000, 999999)}",
                     f"2025{r.randrange(1000000, 9999999)}", f"PL0{r.randrange(100, 999)}-{r.randrange(2024, 2026)}-{r.randrange(10000, 99999)}"])


def kenmerk(r):
    """16-digit payment reference (acceptgiro style); starts with 1 or 5 — never a card IIN with valid Luhn"""
    while True:
        d = r.choice("15") + "".join(r.choice("0123456789") for _ in range(15))
        if not card_ok(d):
            return " ".join(d[i:i + 4] for i in range(0, 16, 4))


def amount(r, lo=50, hi=5000, lang="nl"):
    v = r.randrange(lo * 100, hi * 100) / 100
    s = f"{v:,.2f}"
    if lang in ("nl", "de"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def org_phone(r, which=0):
    base = ["088 412 7700", "088 412 7755", "088 412 7711"][which]
    d = base.replace(" ", "")[1:]
    return r.choice([base, f"+31 88 412 {base[-4:]}", f"088-{d[2:]}", f"+31 (0)88 412 {base[-4:]}"])


ORG_WA = ["06 4270 1189", "06-42701189", "+31 6 4270 1189"]
ORG_IBAN1 = ["NL72 ABNA 0461 8720 39", "NL72ABNA0461872039"]
ORG_IBAN2 = ["NL23 INGB 0008 3057 16", "NL23INGB0008305716"]

STAFF = {
    "claims_nl": [Person("Marjolein", "", "Oudshoorn", "f"), Person("Youssef", "", "Amrani", "m"),
                  Person("Anouk", "van", "Wieringen", "f"), Person("Ferdi", "", "Slagboom", "m")],
    "expert": [Person("Bart-Jan", "", "Kleinjan", "m"), Person("Esther", "", "Dobbelsteen", "f")],
    "chat": [Person("Priscilla", "", "Sedney", "f"), Person("Sven", "", "Hoogendijk", "m"),
             Person("Lotte", "", "Vermeulen-Bos", "f")],
    "funeral": [Person("Gerda", "", "Blankevoort", "f")],
    "complaints": [Person("Robbert", "", "Schaapveld", "m")],
    "intl": [Person("Niamh", "", "Corcoran", "f"), Person("Dev", "", "Raghunathan", "m")],
    "de": [Person("Katrin", "", "Wöhrmann", "f"), Person("Hendrik", "", "Altenhöner", "m")],
    "broker_desk": [Person("Mirthe", "", "Zandbergen", "f")],
}


# ----------------------------------------------------------------------------------------------------
# scenarios — Dutch, with personal data
# ----------------------------------------------------------------------------------------------------
INSURERS_NL = ["Meridiaan Verzekeringen", "Polderzeker", "Noorderlicht Schadeverzekering", "Hanzestad Assuradeuren",
               "Lekdijk Verzekeringen", "Kroonpolis Verzekeringen"]


def nl_schademelding_auto(r, k):
    vz, tp = person(r, "nl"), person(r, "nl")
    own_kt, tp_kt = kenteken(r), kenteken(r)
    tp_pol, pol, dt = polnr(r), polnr(r), loss_date(r)
    tp_addr, tp_pc, town = nl_addr(r), postcode(r), r.choice(NL_TOWNS)
    tp_ph, vz_ph = nl_mobile(r), nl_mobile(r)
    ins = r.choice(INSURERS_NL)
    street = r.choice(["de Stationsweg", "de rotonde bij de Computerweg", "het parkeerterrein van de Jumbo",
                       "de kruising Hogeweg/Kapelweg"])
    if k == 0:
        t = (f"Onderwerp: schademelding auto polis {pol}\n\nGeachte heer/mevrouw,\n\nOp {dt} omstreeks 17.40 uur ben ik "
             f"op {street} in {town} aangereden door een auto die van rechts kwam. Mijn auto ({KT(own_kt)}) heeft "
             f"schade aan het linker voorscherm en de koplamp.\n\nGegevens tegenpartij:\nNaam: {P(tp.full)}\n"
             f"Adres: {AD(tp_addr)}, {PC(tp_pc)} {town}\nTelefoon: {PH(tp_ph)}\nKenteken: {KT(tp_kt)}\n"
             f"Verzekerd bij: {ins}, polisnummer {tp_pol}\n\nDe tegenpartij erkent schuld, we hebben samen het "
             f"schadeformulier ingevuld. Foto's stuur ik na.\n\nMet vriendelijke groet,\n{P(vz.init(True, r))}\n"
             f"{PH(vz_ph)}")
        return t, {"crlf": True}
    if k == 1:
        return (f"hoi, ik wil schade melden. gister ({dt}) achteruit rijdend geraakt op {street}. andere bestuurder "
                f"heet {P(tp.full.lower())}, woont {AD(tp_addr.lower())} in {town.lower()}, tel {PH(tp_ph)}. "
                f"{'zijn' if tp.sex == 'm' else 'haar'} auto {KT(tp_kt.lower())} verzekerd bij {ins.lower()} "
                f"(polis {tp_pol}). mijn kenteken {KT(own_kt.replace('-', ''))}. eigen risico is toch € 150? "
                f"bel me maar op {PH(vz_ph)}\n\ngr {P(vz.first.lower())}")
    return (f"[Webformulier schademelding — ingestuurd {dt} 21:14]\nPolisnummer verzekerde: {pol}\n"
            f"Naam verzekerde: {P(vz.full)}\nTelefoon: {PH(vz_ph)}\nKenteken verzekerde: {KT(own_kt)}\n"
            f"Schadedatum: {dt}\nPlaats: {town}, {street}\n--- Tegenpartij ---\nNaam: {P(tp.sur + ', ' + tp.first)}\n"
            f"Straat + huisnr: {AD(tp_addr)}\nPostcode: {PC(tp_pc.replace(' ', ''))}\nWoonplaats: {town}\n"
            f"Telefoon: {PH(tp_ph)}\nKenteken: {KT(tp_kt)}\nMaatschappij: {ins}\nPolisnummer: {tp_pol}\n"
            f"Toelichting: tegenpartij reed door rood, getuige aanwezig (gegevens volgen)")


def nl_eas(r, k):
    a, b = person(r, "nl"), person(r, "nl")
    akt, bkt = kenteken(r), kenteken(r)
    apc, bpc = postcode(r), postcode(r)
    aad, bad = nl_addr(r), nl_addr(r)
    rb = rijbewijs(r)
    dt = loss_date(r, style="dmy-pad")
    gk = f"NL/{r.randrange(100, 999)}/{r.randrange(1000000, 9999999)}"
    hdr = ["Overgetypt van het Europees schadeaangifteformulier (ontvangen per post, scan onleesbaar):",
           "Hierbij het aanrijdingsformulier overgetypt omdat de foto wazig was:",
           "EUROPEES SCHADEAANGIFTEFORMULIER — overgenomen door verzekerde"][k]
    t = (f"{hdr}\n\n1. Datum ongeval: {dt}  tijd: {r.randrange(7, 22)}:{r.choice(['05', '20', '35', '50'])}\n"
         f"2. Plaats: {r.choice(NL_TOWNS)}, {r.choice(['A28 afrit 9', 'Energieweg t.h.v. de tankstation', 'parkeergarage Centrum niveau -1'])}\n"
         f"3. Gewonden: nee   4. Materiële schade andere voertuigen: ja\n\n"
         f"VOERTUIG A\n6. Verzekeringnemer: {P(a.full)}\n   Adres: {AD(aad)}\n   Postcode: {PC(apc)}\n"
         f"   Tel. of e-mail: {EM(email(r, a))}\n7. Kenteken: {KT(akt)}\n8. Maatschappij: Damsteegh Verzekeringen\n"
         f"   Polisnummer: {polnr(r)}  Groene kaart nr.: {gk}\n9. Bestuurder: {P(a.full)}\n"
         f"   Rijbewijs nr.: {ID(rb)}  categorie B  geldig tot {r.randrange(2027, 2035)}\n\n"
         f"VOERTUIG B\n6. Verzekeringnemer: {P(b.sur.upper() + ' ' + b.first.upper())}\n   Adres: {AD(bad.upper())}\n"
         f"   Postcode: {PC(bpc)}\n   Tel.: {PH(nl_mobile(r))}\n7. Kenteken: {KT(bkt)}\n"
         f"8. Maatschappij: {r.choice(INSURERS_NL)}  Polisnummer: {polnr(r)}\n\n12. Omstandigheden A: vak 8 (reed achterop)  "
         f"B: vak 1 (stond stil)\n14. Opmerkingen: B stond stil voor zebrapad")
    return t


def nl_inbraak(r, k):
    vz = person(r, "nl")
    ad, pc, town = nl_addr(r), postcode(r), r.choice(NL_TOWNS)
    pv, ph, ib = pvnr(r), nl_mobile(r), nl_iban(r)
    dt = loss_date(r)
    items = [("laptop (MacBook Air, serienr. C02FK7YHQ6L4)", "1.349,00"), ("sieraden van mijn moeder", "2.200,00"),
             ("spelcomputer + 2 controllers", "489,00"), ("racefiets Gazelle", "1.150,00"),
             ("contant geld", "180,00"), ("iPad 10e gen.", "529,00")]
    r.shuffle(items)
    lst = "\n".join(f"- {a}: € {b}" for a, b in items[:3])
    partner = family_member(r, vz, "f" if vz.sex == "m" else "m") if k != 1 else person(r, "nl")
    if k == 2:
        return (f"Goedemiddag,\n\nIn de nacht van {dt} is er bij ons ingebroken op {AD(ad)} ({PC(pc)}). De politie is "
                f"geweest, het proces-verbaalnummer is {pv}. Achterdeur geforceerd, schade aan kozijn ca. € 650.\n\n"
                f"Gestolen:\n{lst}\n\nMijn vrouw {P(partner.first)} heeft de bonnetjes gescand (bijlage). "
                f"Wilt u de uitkering overmaken op {IB(ib)} t.n.v. {P(vz.init())}?\n\nBereikbaar op {PH(ph)}.\n\n"
                f"Vriendelijke groet,\n{P(vz.full)}")
    return (f"Schademelding inboedel — inbraak\nPolis: {polnr(r)}\n\nBeste {P(STAFF['claims_nl'][k].first)},\n\n"
            f"Zoals vanochtend telefonisch besproken hierbij de lijst. Aangifte gedaan bij politie {town}, "
            f"pv-nr {pv} (datum aangifte {loss_date(r)}). Adres van de woning: {AD(ad)}, {PC(pc)} {town}.\n\n"
            f"{lst}\n\nMede namens {P(partner.full)}. Rekeningnummer voor de uitkering: {IB(ib)}.\n\n"
            f"Groet,\n{P(vz.full)}\ntel. {PH(ph)}")


def nl_polis_wijziging(r, k):
    vz = person(r, "nl")
    partner = person(r, "nl", sex="f" if vz.sex == "m" else "m")
    new_ad, new_pc, town = nl_addr(r), postcode(r), r.choice(NL_TOWNS)
    pdob = dob_date(r, 1960, 2001)
    pol = polnr(r)
    mv = loss_date(r, style="dmy-pad")
    if k == 0:
        return (f"Beste Damsteegh,\n\nPer {mv} wonen wij op een nieuw adres: {AD(new_ad)}, {PC(new_pc)} {town}. Graag "
                f"wijzigen op mijn inboedel- en aansprakelijkheidspolis ({pol}).\nOok wil ik mijn partner "
                f"{P(partner.full)} meeverzekeren, geboren op {DOB(fmt_date(r, pdob))}.\n\nHet woonoppervlak wordt "
                f"ca. 118 m², bouwjaar 1987, rieten dak: nee.\n\nMvg,\n{P(vz.full)}")
    if k == 1:
        b = bsn(r)
        return (f"Goedendag,\n\nwij zijn verhuisd. nieuw adres {AD(new_ad)} {PC(new_pc.lower() if r.random()<0.3 else new_pc)} "
                f"{town}. mijn vriendin {P(partner.first)}" +
                f" komt op de reisverzekering (doorlopend, gezinsdekking). haar geboortedatum is {DOB(fmt_date(r, pdob, style='dmy-'))} "
                f"en haar bsn {BS(bsn_fmt(r, b))} als u dat nodig heeft.\n\ngroeten {P(vz.first)}\npolis {pol}")
    return (f"Wijzigingsformulier (Mijn Damsteegh)\nPolisnummer: {pol}\nWijziging: adres + meeverzekerde\n"
            f"Ingangsdatum wijziging: {mv}\nNieuw adres: {AD(new_ad)}\nPostcode: {PC(new_pc)}\nWoonplaats: {town}\n"
            f"Meeverzekerde naam: {P(partner.full)}\nMeeverzekerde geboortedatum: {DOB(fmt_date(r, pdob, style='iso'))}\n"
            f"Relatie: partner (samenwonend)\nToelichting klant: \"graag per direct, {P(partner.first)} rijdt ook in de auto\"")


def nl_incasso(r, k):
    vz = person(r, "nl")
    ib_new = nl_iban(r)
    kenm = kenmerk(r)
    month = r.choice(["maart", "april", "mei", "juni"])
    staff = STAFF["claims_nl"][3]
    t = (f"Van: {P(vz.full)} <{EM(email(r, vz))}>\nAan: klantenservice@damsteegh.example\n"
         f"Onderwerp: RE: Betalingsherinnering premie {month}\n\nHallo,\n\nDe incasso is gestorneerd omdat mijn oude "
         f"rekening is opgeheven. Wilt u voortaan afschrijven van {IB(ib_new)} t.n.v. {P(vz.init())}? Het "
         f"openstaande bedrag van € {amount(r, 40, 180)} maak ik vandaag zelf over.\n\nGroet, {P(vz.first)}\n\n"
         f"> Op {loss_date(r)} schreef Damsteegh Verzekeringen:\n> Wij konden de premie voor {month} niet incasseren.\n"
         f"> Maak het bedrag over op {r.choice(ORG_IBAN2)} o.v.v. betalingskenmerk {kenm}.\n> Met vriendelijke groet,\n"
         f"> {P(staff.full)}, afdeling Debiteuren")
    return t, {"crlf": k != 1}


def nl_uitvaart(r, k):
    dec = person(r, "nl")
    rel = family_member(r, dec)
    ddob = dob_date(r, 1928, 1950)
    dod = loss_date(r, style="long")
    b = bsn(r)
    ib, ph = nl_iban(r), nl_mobile(r)
    ondern = r.choice(["Uitvaartverzorging De Lindeboom", "Uitvaartzorg Morgenrood", "Uitvaartcentrum Hofrust"])
    funeral = STAFF["funeral"][0]
    rel_word = {"f": "dochter", "m": "zoon"}[rel.sex]
    ddec = "Mijn vader" if dec.sex == "m" else "Mijn moeder"
    if k == 2:
        return (f"Geachte mevrouw {P(funeral.last)},\n\nDank voor uw telefoontje. Zoals gevraagd de gegevens van "
                f"{ddec.lower()}:\nNaam: {P(dec.full)}\nGeboren: {DOB(fmt_date(r, ddob, style='dmy-pad'))}\n"
                f"Overleden: {dod}\nBSN: {BS(b)}\nUitvaartpolis: {polnr(r)} (naturapolis, verzekerd bedrag € 6.850)\n\n"
                f"De nota van {ondern} mag rechtstreeks naar de uitvaartondernemer. Het restant graag op {IB(ib)} "
                f"t.n.v. {P(rel.init())}.\n\nMet vriendelijke groet,\n{P(rel.full)} ({rel_word})\n{PH(ph)}")
    return (f"Goedemorgen,\n\n{ddec} {P(dec.full)} is op {dod} overleden. {'Hij' if dec.sex == 'm' else 'Zij'} had bij u een uitvaartverzekering. "
            f"{'Geboortedatum' if k == 0 else 'geb.'} {DOB(fmt_date(r, ddob))}, laatste adres {AD(nl_addr(r))}, " + (f"bsn {BS(bsn_fmt(r, b))}, " if k == 0 else "") + ""
            f"{PC(postcode(r))} {r.choice(NL_TOWNS)}. De uitvaart wordt geregeld door {ondern}; de crematie is op "
            f"{loss_date(r)} om 14.30 uur.\n\nIk ben de {rel_word} en contactpersoon. U kunt mij bellen op {PH(ph)}. "
            f"Wat heeft u verder nodig, een akte van overlijden?\n\n{P(rel.first)}")


def nl_chat(r, k):
    cu = person(r, "nl")
    ag = STAFF["chat"][k]
    pc, hn = postcode(r, sep=r.choice([" ", ""])), r.randrange(1, 220)
    d = dob_date(r)
    ph = nl_mobile(r)
    hh = r.randrange(9, 20)
    t = (f"[{hh}:02] {P(ag.first)} (Damsteegh): Goedemiddag, u spreekt met {P(ag.first)}. Waarmee kan ik helpen?\n"
         f"[{hh}:02] {P(cu.full)}: hoi ik heb een vraag over mijn glasschade\n"
         f"[{hh}:03] {P(ag.first)} (Damsteegh): Wat vervelend. Mag ik ter controle uw postcode, huisnummer en geboortedatum?\n"
         f"[{hh}:03] {P(cu.full)}: {PC(pc)} {hn}, {DOB(fmt_date(r, d, style='dmy-'))}\n"
         f"[{hh}:04] {P(ag.first)} (Damsteegh): Dank u. Ik zie een ruit-reparatie op schadenummer {schadenr(r)}. Bij "
         f"reparatie geldt geen eigen risico, bij vervanging € 75.\n"
         f"[{hh}:05] {P(cu.full)}: ok. kunnen jullie me morgen bellen? {PH(ph)}\n"
         f"[{hh}:05] {P(ag.first)} (Damsteegh): Ik zet een terugbelverzoek klaar tussen 9:00 en 12:00. Fijne dag!")
    return t


def nl_expert_notitie(r, k):
    vz, tp = person(r, "nl"), person(r, "nl")
    ex = STAFF["expert"][k % 2]
    ad = nl_addr(r)
    t = (f"notitie {r.randrange(1, 28)}/{r.randrange(1, 12)} {P(ex.first.lower())} — dossier {schadenr(r)}\n"
         f"- opname ter plaatse {AD(ad.lower())}, vz dhr/mw {P(vz.surl.lower())} aanwezig, tel {PH(nl_mobile(r, '06{a}'))}\n"
         f"- lekkage vanaf bovenburen (tp {P(tp.full.lower())}), leiding badkamer gesprongen, tp verzekerd via vve-polis\n"
         f"- schade plafond wk + keuken ca € {amount(r, 900, 4800)} excl btw, herstel via hersteller, offerte volgt\n"
         f"- eigen risico n.v.t. (opstal vve), inboedel er € 0\n"
         f"- tp akkoord met verhaal, nr tp: {PH(nl_mobile(r))}\n"
         f"- vervolg: rapport naar {P(STAFF['claims_nl'][k].first.lower())} vóór vrijdag\n/{ex.first.lower()[0]}{ex.last.lower()[0]} (expertise)")
    return t


def nl_tussenpersoon(r, k):
    adv = person(r, "nl")
    cl = person(r, "nl")
    firm = ["Rozendaal & Lanting Assurantiën B.V.", "Assurantiekantoor Veldhuis", "Verzekeringshuys Overbetuwe B.V."][k]
    f_ad, f_pc, f_town = nl_addr(r), postcode(r), r.choice(NL_TOWNS)
    d = dob_date(r, 1950, 2003)
    ktn = kenteken(r)
    kv, bt = kvk(r), btw_id(r)
    return (f"Geachte collega's,\n\nNamens onze relatie {P(cl.init(True, r))} (geb. {DOB(fmt_date(r, d, style='dmy-pad'))}) "
            f"verzoeken wij de autoverzekering per {loss_date(r, style='dmy-pad')} over te zetten op de nieuwe auto met "
            f"kenteken {KT(ktn)} (Škoda Octavia Combi, cataloguswaarde € 38.450). Dekking WA + volledig casco, "
            f"schadevrije jaren {r.randrange(3, 15)}. Oude polis {polnr(r)} mag vervallen.\n\nDe premie graag "
            f"via onze provisierekening blijven incasseren (agentschapsnummer AG-{r.randrange(1000, 9999)}).\n\n"
            f"Met vriendelijke groet,\n\n{P(adv.full)}\n{firm}\n{AD(f_ad)}, {PC(f_pc)} {f_town}\nT {PH(nl_fixed(r))}\n"
            f"{EM(adv.mail_local(r) + '@' + ['rozendaal-lanting.nl', 'veldhuis-assurantien.nl', 'verzekeringshuys.nl'][k])}\n"
            f"KvK {KV(kv)} | " + (f"omzetbelastingnr. {BS('NL' + bsn(r) + 'B01')}" if k == 1 else f"btw {BT(bt)}") +
            f" | AFM-vergunning {r.randrange(12000000, 12099999)}")


def nl_klacht_kifid(r, k):
    cu = person(r, "nl")
    ad, pc, town = nl_addr(r), postcode(r), r.choice(NL_TOWNS)
    cs = STAFF["complaints"][0]
    return (f"{P(cu.init(True, r))}\n{AD(ad)}\n{PC(pc)}  {town.upper()}\n\nDamsteegh Verzekeringen N.V.\nt.a.v. Klachtenbureau, "
            f"dhr. {P(cs.full)}\nPostbus 2250\n3800 CG  AMERSFOORT\n\n{town}, {loss_date(r, style='long')}\n\n"
            f"Betreft: klacht afwijzing rechtsbijstandsdossier RB-{r.randrange(2023, 2026)}-{r.randrange(10000, 99999)}\n\n"
            f"Geachte heer {P(cs.last)},\n\nOp {loss_date(r)} heeft u mijn verzoek om rechtsbijstand in het geschil met mijn "
            f"aannemer afgewezen omdat het geschil vóór de ingangsdatum ({loss_date(r)}) zou zijn ontstaan. Dat is onjuist. "
            f"Als u niet binnen zes weken inhoudelijk reageert, leg ik de klacht voor aan het Kifid (dossier "
            f"aangemaakt onder nummer GC-{r.randrange(100000, 999999)}).\n\nU kunt mij mailen op {EM(email(r, cu))}.\n\n"
            f"Hoogachtend,\n\n{P(cu.full)}")


def nl_social(r, k):
    cu = person(r, "nl")
    h = "@" + _ascii(cu.first).lower() + r.choice(["_", ""]) + str(r.randrange(70, 99))
    pc = postcode(r, sep="")
    ktn = kenteken(r, r.choice(["hyphen", "compact"]))
    if k == 0:
        return (f"{h}: @DamsteeghNL al 3 weken wachten op uitbetaling ruitschade, schadenr {schadenr(r)}. niemand belt terug 😡 "
                f"#klantonvriendelijk\n@DamsteeghNL: Vervelend om te lezen {h}. Stuur je ons een DM met je postcode en "
                f"kenteken? ^{P(STAFF['chat'][1].first)}\n[DM] {h}: {PC(pc)} en {KT(ktn)}. naam {P(cu.full)}")
    if k == 1:
        return (f"[Facebook Messenger]\n{P(cu.full)}: goeie avond, mijn schuur is door de storm ingestort, ik woon "
                f"{AD(nl_addr(r))} {r.choice(NL_TOWNS)}. mag ik al laten opruimen??\n"
                f"Damsteegh Verzekeringen: Hoi {P(cu.first)}, ja, maak eerst foto's en bewaar de bonnen. We nemen "
                f"morgen contact op via {PH(nl_mobile(r))}, klopt dat nummer nog? -{P(STAFF['chat'][2].first)}")
    return (f"@damsteegh_helpt waarom krijg ik 3x een herinnering terwijl ik al betaald heb?? kenmerk staat erop. "
            f"{h}\n—\n@damsteegh_helpt: Hi! Dat zoeken we uit. Wil je je polisnummer en e-mailadres via DM sturen?\n"
            f"[DM] {h}: {polnr(r)} / {EM(email(r, cu))} ({P(cu.first)})")


def nl_reis_claim(r, k):
    cu = person(r, "nl")
    comp = person(r, "nl")
    cardno = card(r)
    country = [("Spanje", "+34 6{0} {1} {2}", "Avenida del Mediterráneo {n}, 03503 Benidorm"),
               ("Italië", "+39 34{0} {1}{2}", "Via dei Gelsomini {n}, 47921 Rimini"),
               ("Portugal", "+351 9{0} {1} {2}", "Rua das Flores {n}, 8200-123 Albufeira")][k]
    v1, v2 = date_pair(r)
    fph = country[1].format(r.randrange(10, 99), r.randrange(100, 999), r.randrange(100, 999))
    return (f"Hallo schadeafdeling,\n\nTijdens onze vakantie in {country[0]} ({v1} t/m {v2}) is mijn "
            f"reisgenoot {P(comp.full)} gevallen en 2 nachten opgenomen in het ziekenhuis. De Damsteegh Alarmcentrale "
            f"(+31 88 412 7711) was ingeschakeld, dossier AC-{r.randrange(100000, 999999)}.\n\nWij verbleven op "
            f"{AD(country[2].format(n=r.randrange(2, 90)).split(',')[0])}. Telefoon van de verhuurder: {PH(fph)}.\n"
            f"De eigen bijdrage van € {amount(r, 80, 400)} heb ik met mijn creditcard {CC(cardno)} betaald (bon in bijlage). "
            f"Het geannuleerde excursieticket kostte € 95,00.\n\nReispolis {polnr(r)}.\n\nMet groet,\n{P(cu.full)}\n"
            f"{PH(nl_mobile(r))}")


# ----------------------------------------------------------------------------------------------------
# scenarios — Dutch, without personal data (hard negatives)
# ----------------------------------------------------------------------------------------------------
def nl_storm_notice(r, k):
    areas = sorted(r.sample(range(1000, 9999), 4))
    dt = loss_date(r, style="long")
    head = ["STORMSCHADE — extra bezetting Schadeservice", "Update stormschade (code oranje)", "Let op: stormschade melden"][k]
    return (f"{head}\n\nNa de storm van {dt} ontvangen wij veel meldingen uit de postcodegebieden {areas[0]}, {areas[1]}, "
            f"{areas[2]} en {areas[3]} (o.a. Zeewolde, Harderwijk en omgeving). Meld uw schade via "
            f"https://www.damsteegh.example/schade of bel {org_phone(r, 1)} (24/7).\n\n- Noodreparatie tot € 1.500 "
            f"mag u zonder overleg laten uitvoeren.\n- Eigen risico opstal: € 250 per gebeurtenis; glas: € 0.\n"
            f"- Bewaar beschadigde spullen tot {loss_date(r)}.\n- Schades boven € 10.000 bezoekt een expert binnen "
            f"5 werkdagen.\n\nWij verwerken meldingen op volgorde; u ontvangt een schadenummer in de vorm "
            f"S25-xxxxxx.\n\nTeam Schadeservice, Damsteegh Verzekeringen")


def nl_premie_tabel(r, k):
    pol = polnr(r)
    rows = []
    for cls in ["WA", "WA + beperkt casco", "Allrisk"]:
        rows.append(f"| {cls:<20} | € {amount(r, 18, 45):>7} | € {amount(r, 25, 70):>7} | € {amount(r, 40, 110):>7} |")
    return (f"Premieoverzicht autoverzekering per {r.choice(['1 januari', '1 april', '1 juli'])} 2026 (polis {pol}, relatienummer {bsn_elf_but_ref(r)})\n\n"
            f"| dekking              | trede 5  | trede 10 | trede 15 |\n|----------------------|----------|----------|----------|\n"
            + "\n".join(rows) +
            f"\n\nEigen risico casco: € {r.choice(['135', '250', '300'])}; bij herstel via een Damsteegh-hersteller "
            f"€ 0. Pechhulp Europa + € 4,95 p/m. Poliskosten eenmalig € 12,50. Korting bij betaling per jaar: 3%.\n"
            f"Contractvervaldatum: {loss_date(r, style='dmy-pad')}; stilzwijgende verlenging met 12 maanden, daarna "
            f"dagelijks opzegbaar.\nVragen? {org_phone(r, 0)} (ma–vr 8.00–20.00 uur).")


def nl_auto_reply(r, k):
    sn, pol = schadenr(r), polnr(r)
    t = (f"Dit is een automatisch bericht.\n\nBedankt voor uw schademelding. Wij hebben deze geregistreerd onder "
         f"schadenummer {sn} (polis {pol}). Vermeld dit nummer bij elk contact.\n\nBinnen 5 werkdagen hoort u van "
         f"ons. Spoed? Bel {org_phone(r, 1)} of app {r.choice(ORG_WA)}. Vanuit het buitenland: +31 88 412 7711.\n\n"
         f"Betalingen aan ons: {r.choice(ORG_IBAN1)} t.n.v. Damsteegh Verzekeringen N.V.\n\nDamsteegh "
         f"Verzekeringen N.V. | Waarborgplein 1, 3818 KD Amersfoort | KvK 58213097 | btw NL820471936B63\n"
         f"Stuur geen wachtwoorden of kopieën van uw ID mee.")
    return t, {"crlf": k == 0}


def nl_interne_memo(r, k):
    rel = [non_bsn9(r) for _ in range(3)]
    return (f"Memo Schadeservice — werkinstructie week {r.randrange(2, 50)}\n\n1. Proces-verbaalnummers noteren in het "
            f"veld 'PV' zonder spaties, bijv. {pvnr(r)} of {pvnr(r)}. Geen scan van de aangifte in de notities.\n"
            f"2. Relatienummers zijn 9 cijfers (bijv. {rel[0]}, {rel[1]}); let op, dit is géén BSN. Bij twijfel "
            f"het relatienummer {rel[2]} opzoeken in CRM.\n3. Betalingskenmerken als {bad_iban(r)} lijken op een IBAN "
            f"maar zijn interne referenties (uit het oude incassosysteem). Niet als rekeningnummer overnemen.\n"
            f"4. Uitkeringen > € 25.000 vier-ogen; limiet hersteller € {amount(r, 2000, 6000)}.\n5. Regresdossiers "
            f"RG-2025-{r.randrange(1000, 9999)} t/m RG-2025-{r.randrange(10000, 19999)} zijn overgedragen aan team Verhaal.\n"
            f"6. Nieuwe storingsnummer IT: toestel 4417.\n\nTeamleider Schadeservice")


def nl_klant_zonder_pii(r, k):
    q = ["Wat is mijn eigen risico bij ruitschade als ik naar een eigen garage ga? Polis",
         "Dekt mijn inboedelverzekering een gestolen fiets uit de gemeenschappelijke berging? Polisnummer",
         "Moet ik mijn reisverzekering aanpassen als ik 65 dagen naar Thailand ga? polis"][k]
    return (f"{q} {polnr(r)}. Ik heb de polisvoorwaarden (versie 2024-03) gelezen maar artikel 7.2 snap ik niet. De "
            f"reparatie kost volgens de offerte € {amount(r, 120, 900)} incl. btw, de dagwaarde is ongeveer "
            f"€ {amount(r, 300, 1500)}. Schade ontstaan op {loss_date(r)} rond 08:15.\n\nAlvast bedankt!\n\n"
            f"Verzonden vanaf mijn iPhone")


def nl_betaalherinnering(r, k):
    kenm = kenmerk(r)
    t = (f"Betalingsherinnering\n\nGeachte relatie,\n\nVolgens onze administratie staat de premie voor polis {polnr(r)} "
         f"over de periode {' t/m '.join(date_pair(r, style='dmy-pad', lo=28, hi=32))} nog open:\n\n"
         f"  premie           € {amount(r, 30, 200)}\n  assurantiebelasting (21%) € {amount(r, 5, 40)}\n  "
         f"aanmaankosten    € 0,00\n\nWilt u het bedrag binnen 14 dagen overmaken op {r.choice(ORG_IBAN1)} "
         f"o.v.v. betalingskenmerk {kenm}? Gebruik niet het oude kenmerk {bad_iban(r)}.\n\nNa {loss_date(r)} schorten "
         f"wij de dekking op (art. 9 Algemene Voorwaarden). Heeft u al betaald, dan kunt u deze brief als niet "
         f"verzonden beschouwen.\n\nAfdeling Debiteuren\nDamsteegh Verzekeringen N.V.\nPostbus 2250, 3800 CG Amersfoort")
    return t, {"crlf": k == 2}


def nl_dekking_vraag(r, k):
    country = ["Marokko", "Turkije", "de VS", "Zwitserland"][k]
    return (f"[chatbot-transcript]\nKlant: dekt de doorlopende reis ook {country}?\nDamsteegh Assistent: Ja, de "
            f"werelddekking geldt voor reizen tot 180 dagen. Medische kosten in {country} worden vergoed tot de kostprijs, "
            f"bagage tot € 3.000 (eigen risico € 50).\nKlant: en annulering?\nDamsteegh Assistent: Annulering is een "
            f"aanvullende dekking (€ 3,25 p/m). Ingangsdatum: de dag na afsluiten, wachttijd 0 dagen.\nKlant: ok en "
            f"als ik op {loss_date(r)} vertrek en op {loss_date(r)} terugkom?\nDamsteegh Assistent: Dan valt dat binnen "
            f"de dekking. Wilt u een medewerker spreken? Bel {org_phone(r, 0)} of kies 'chat met medewerker'.\n"
            f"Klant: nee dank je")


def nl_rechtsbijstand_status(r, k):
    zn = f"RB-2025-{r.randrange(10000, 99999)}"
    if k == 1:
        return (f"Beste verzekerde,\n\nUw verzoek om rechtsbijstand ({zn}) hebben wij op {loss_date(r)} ontvangen. "
                f"Het geschil valt onder de module Consument (verzekerd sinds {loss_date(r, style='dmy-pad')}, "
                f"wachttijd 3 maanden verstreken). Het financieel belang is € {amount(r, 600, 3000)}; boven de "
                f"drempel van € 175 behandelen wij de zaak. Een jurist neemt binnen 10 werkdagen contact op.\n\n"
                f"Stuur geen stukken per WhatsApp; upload ze in Mijn Damsteegh onder zaaknummer {zn}.\n\n"
                f"Team Rechtshulp")
    return (f"Geachte relatie,\n\nIn uw rechtsbijstandszaak {zn} is de zitting bij de kantonrechter verplaatst naar "
            f"{loss_date(r, style='long')} om {r.randrange(9, 16)}.{r.choice(['00', '30'])} uur (rolnummer "
            f"{r.randrange(10000000, 11000000)} CV EXPL {r.randrange(24, 26)}-{r.randrange(1000, 9999)}). De "
            f"wederpartij heeft een tegenvordering ingesteld van € {amount(r, 1500, 9000)}.\n\nDe externe kosten "
            f"(griffierecht € 128,00) komen voor rekening van Damsteegh Rechtshulp; het kostenmaximum van "
            f"€ 50.000 is nog niet bereikt. Uw eigen risico (€ 175) is op {loss_date(r)} verrekend.\n\n"
            f"Reageer via Mijn Damsteegh of rechtshulp@damsteegh.example.\n\nTeam Rechtshulp")


# ----------------------------------------------------------------------------------------------------
# scenarios — English, with personal data
# ----------------------------------------------------------------------------------------------------
def en_expat_car_claim(r, k):
    cu, tp = person(r, "en"), person(r, "nl")
    kt1, kt2 = kenteken(r), kenteken(r)
    tp_ad, tp_pc, town = nl_addr(r), postcode(r), r.choice(NL_TOWNS)
    t = (f"Subject: Accident report - policy {polnr(r)}\n\nHello,\n\nI'm afraid I had a small collision on "
         f"{loss_date(r, 'en')} in {town}. The other driver, {P(tp.full)}, reversed out of a parking space into the side "
         f"of my car ({KT(kt1)}). {'His' if tp.sex == 'm' else 'Her'} details:\n\n  address: {AD(tp_ad)}, {PC(tp_pc)} {town}\n  phone: {PH(nl_mobile(r))}\n"
         f"  registration: {KT(kt2)}\n  insurer: {r.choice(INSURERS_NL)}, policy no. {polnr(r)}\n\nWe filled in the "
         f"European accident statement in Dutch, which I found hard to follow, so please check it. The garage "
         f"quoted EUR {amount(r, 400, 2500, 'en')}.\n\nKind regards,\n{P(cu.full)}\n{PH(nl_mobile(r))}")
    return t, {"crlf": k == 0}


def en_travel_hospital(r, k):
    cu = person(r, "en")
    place = [("Thailand", "+66 8{0} {1} {2}", "Bangkok Riverside Hospital", "THB 45,000"),
             ("Greece", "+30 69{0} {1} {2}", "General Hospital of Chania", "EUR 1,200")][k]
    cardno = card(r)
    brand = "Visa card" if cardno[0] == "4" else "Mastercard"
    ph = place[1].format(r.randrange(1, 10), r.randrange(100, 999), r.randrange(1000, 9999))
    if k == 1:
        ph = f"+30 69{r.randrange(10, 99)} {r.randrange(100, 999)} {r.randrange(100, 999)}"
    return (f"Dear claims team,\n\nI'm writing from {place[0]}. On {loss_date(r, 'en', 'long')} I was admitted to "
            f"{place[2]} after a scooter accident (Damsteegh Alarmcentrale ref. AC-{r.randrange(100000, 999999)}). "
            f"The hospital asked for a deposit of {place[3]}, which I paid with my {brand} "
            f"{CC(cardno)}. Please reimburse it to the card or to my account {IB(nl_iban(r))}.\n\nI can be reached on "
            f"my local number {PH(ph)} until {loss_date(r, 'en', 'long')}, after that on {PH(nl_mobile(r))}.\n\n"
            f"Travel policy {polnr(r)}, family cover.\n\nThanks,\n{P(cu.first)}")


def en_contents_burglary(r, k):
    cu = person(r, "en")
    ad, pc = nl_addr(r), postcode(r)
    return (f"Hi,\n\nOur flat at {AD(ad)}, {PC(pc)} {r.choice(NL_TOWNS)} was broken into on {loss_date(r, 'en', 'long')} "
            f"between 13:00 and 18:30. Police report number {pvnr(r)}. Stolen: Dell XPS 13 (serial 7HXK2Q3), "
            f"Sony headphones, a watch (EUR 640). Window frame damaged.\n\nPlease pay out to {IB(nl_iban(r))} "
            f"(account holder {P(cu.full)}). Phone {PH(nl_mobile(r))}.\n\nBest,\n{P(cu.first)}\n\nContents policy "
            f"{polnr(r)}")


def en_add_partner(r, k):
    cu = person(r, "en")
    pa = person(r, "en", sex="f" if cu.sex == "m" else "m")
    d = dob_date(r, 1965, 2002)
    doc = docnr(r, r.choice("NI"))
    return (f"Hello Damsteegh,\n\nPlease add my {'wife' if pa.sex == 'f' else 'husband'} {P(pa.full)} to our travel "
            f"and liability policies ({polnr(r)}) as of {loss_date(r, 'en', 'long')}. {'Her' if pa.sex == 'f' else 'His'} date of birth is "
            f"{DOB(fmt_date(r, d, 'en', r.choice(['long', 'us', 'dmy/'])))}. In case you need it, {'her' if pa.sex == 'f' else 'his'} "
            f"Dutch {'passport' if doc[0] == 'N' else 'ID card'} number is {ID(doc)} (valid until {loss_date(r, 'en', 'long')[:-4]}2033).\n\n"
            f"Cheers,\n{P(cu.full)}")


def en_direct_debit(r, k):
    cu = person(r, "en")
    ib = gb_iban(r) if k == 0 else nl_iban(r)
    return (f"From: {P(cu.full)} <{EM(email(r, cu, 'en'))}>\nSubject: Direct debit failed?\n\nHi there,\n\n"
            f"I got a letter saying the premium for {r.choice(['August', 'September', 'October'])} could not be "
            f"collected (reference {bad_iban(r)}). I've switched banks, please use {IB(ib)} from now on. Can you "
            f"collect the missed EUR {amount(r, 30, 120, 'en')} again or should I transfer it to "
            f"{r.choice(ORG_IBAN2)}?\n\nThanks,\n{P(cu.first)}")


def en_broker(r, k):
    adv, cl = person(r, "nl"), person(r, "en")
    firm = r.choice(["Expat Cover Partners B.V.", "Lanting Insurance Brokers"])
    d = dob_date(r, 1970, 2000)
    return (f"Dear Ms {P(STAFF['broker_desk'][0].last)},\n\nOn behalf of our client {P(cl.full)} (born "
            f"{DOB(fmt_date(r, d, 'en', 'long'))}), who moved to {AD(nl_addr(r))}, {PC(postcode(r))} "
            f"{r.choice(NL_TOWNS)} last month, we request a home contents policy (sum insured EUR 45,000, excess "
            f"EUR 0) starting {loss_date(r, 'en', 'long')}. The client does not speak Dutch; please send documents in "
            f"English.\n\nKind regards,\n{P(adv.full)}\n{firm}\n{AD(nl_addr(r))}, {PC(postcode(r))} {r.choice(NL_TOWNS)}\n"
            f"Chamber of Commerce {KV(kvk(r))} · VAT {BT(btw_id(r))}\n{PH(nl_fixed(r))}")


def en_chat(r, k):
    cu = person(r, "en")
    ag = STAFF["intl"][k]
    e = email(r, cu, "en")
    A = f"{P(ag.first)} (Damsteegh)"
    return (f"Chat transcript — {loss_date(r, 'en', 'long')}\n{A}: Hi, this is {P(ag.first)}. How can I help?\n"
            f"Visitor: hi, I submitted a claim for my bike but heard nothing\n{A}: Could you give me "
            f"your name and the e-mail address you used?\nVisitor: {P(cu.full)}, {EM(e)}\n{A}: Thanks. I see "
            f"claim {schadenr(r)}, waiting for the purchase receipt. The excess for bikes is EUR 50.\nVisitor: I sent it "
            f"yesterday 16:40\n{A}: I'll link it now. You'll get an update within 2 working days.")


def en_social(r, k):
    cu = person(r, "en")
    h = "@" + _ascii(cu.first).lower() + "_" + _ascii(cu.last).lower()[:5]
    if k == 0:
        return (f"{h}: @DamsteeghNL been on hold for 47 minutes about my travel claim. Is anyone actually working there?\n"
                f"@DamsteeghNL: Sorry about the wait, {h}. Please DM us your claim number and a phone number and we'll "
                f"call you back today. ^{P(STAFF['intl'][0].first)}\n[DM] {h}: claim {schadenr(r)}, call me on {PH(uk_mobile(r))}")
    return (f"[Instagram DM]\n{h}: hi, my house got hit by the hail last night, roof tiles everywhere. I'm {P(cu.full)}, "
            f"{AD(nl_addr(r))} in {r.choice(NL_TOWNS)}. what do I do?\n@DamsteeghNL: Hi {P(cu.first)}, sorry to hear! "
            f"Please file it at damsteegh.example/schade or call 088 412 7755. Take photos first.")


def en_liability(r, k):
    cu, nb = person(r, "en"), person(r, "nl")
    kid = family_member(r, cu, "m")
    return (f"Hello,\n\nMy son {P(kid.first)} (9) kicked a football through the window of our neighbour, {P(nb.full)}, "
            f"at {AD(nl_addr(r))}. {'He' if nb.sex == 'm' else 'She'} has asked us to pay for the glass (quote EUR "
            f"{amount(r, 180, 700, 'en')}). Is this covered by our liability insurance ({polnr(r)})? The neighbour's "
            f"number is {PH(nl_fixed(r))} if you want to arrange it directly.\n\nRegards,\n{P(cu.full)}")


def en_funeral(r, k):
    dec = person(r, "nl")
    rel = person(r, "en")
    d = dob_date(r, 1930, 1948)
    return (f"Dear Ms {P(STAFF['funeral'][0].last)},\n\nI'm writing from the UK about my late {'father' if dec.sex == 'm' else 'mother'}, "
            f"{P(dec.full)}, born {DOB(fmt_date(r, d, 'en', 'long'))}, who passed away on {loss_date(r, 'en', 'long')} "
            f"at home in {r.choice(NL_TOWNS)}. {'He' if dec.sex == 'm' else 'She'} had a funeral policy with you " + ""
            f"({polnr(r)})" + (f"; {'his' if dec.sex == 'm' else 'her'} BSN was {BS(bsn(r))}" if k == 0 else "") + "."
            f" My sister and I are arranging things from abroad.\n\nCould the remaining benefit be paid "
            f"to {IB(gb_iban(r))}? My phone is {PH(uk_mobile(r))} and my address is {AD(str(r.randrange(2, 90)) + ' ' + UK_ADDR[k][0])}, "
            f"{UK_ADDR[k][2]} {PC(UK_ADDR[k][1])}.\n\nWith thanks,\n{P(rel.full)}")


def en_adjuster_note(r, k):
    cu = person(r, "en")
    ex = STAFF["intl"][1 - k]
    return (f"internal note – {P(ex.first.lower())}: spoke to insured {P(cu.full)} re water damage, ground floor "
            f"{AD(nl_addr(r))}. cause: washing machine hose. damage floor + kitchen units approx EUR "
            f"{amount(r, 1500, 6000, 'en')}. insured mentioned tenant upstairs ({P(person(r, 'nl').full)}) also has damage – "
            f"advised them to claim own insurer. photos in dossier {schadenr(r)}. excess EUR 250 applies. next: "
            f"assign {P(STAFF['expert'][k].first)} for on-site visit wk {r.randrange(10, 50)}.")


def en_kifid_complaint(r, k):
    cu = person(r, "en")
    return (f"Formal complaint – claim {schadenr(r)}\n\nTo the complaints department (attn. Mr {P(STAFF['complaints'][0].last)}),\n\n"
            f"Your rejection of my travel claim dated {loss_date(r, 'en', 'long')} says the cancellation was due to a "
            f"pre-existing condition. This is wrong and I enclose the documents again. If I don't receive a proper "
            f"answer within 8 weeks, I will take this to Kifid.\n\n{P(cu.full)}\n{AD(nl_addr(r))}\n{PC(postcode(r))} "
            f"{r.choice(NL_TOWNS)}\n{EM(email(r, cu, 'en'))}")


def en_ip_fraud(r, k):
    cu = person(r, "en")
    ip = pub_ip(r)
    return (f"Fraud desk – case FR-2025-{r.randrange(1000, 9999)}\nMijn Damsteegh account of {P(cu.full)} "
            f"({EM(email(r, cu, 'en'))}): IBAN for payouts changed on {loss_date(r, 'en', 'long')} 03:12 from IP {IP(ip)} "
            f"(not the usual 10.0.{r.randrange(1, 200)}.{r.randrange(1, 200)} via our VPN test, nor the customer's "
            f"known location). New account {IB(nl_iban(r))} blocked pending call-back on the number on file "
            f"{PH(nl_mobile(r))}. Payout of claim {schadenr(r)} (EUR {amount(r, 2000, 9000, 'en')}) on hold. Portal "
            f"version 4.18.2.7.")


def en_new_address(r, k):
    cu = person(r, "en")
    b = bsn(r)
    return (f"Hi,\n\nWe have moved from {AD(nl_addr(r))} to {AD(nl_addr(r))}, {PC(postcode(r))} {r.choice(NL_TOWNS)} "
            f"as of {loss_date(r, 'en', 'long')}. Please update all our policies. My citizen service number (BSN) is "
            f"{BS(bsn_fmt(r, b))}, in case you need it to find me.\n\nBest wishes,\n{P(cu.full)}")


def en_car_abroad(r, k):
    cu = person(r, "en")
    return (f"Hello, my car {KT(kenteken(r))} was damaged in a car park in Lyon (France) on {loss_date(r, 'en', 'long')} – "
            f"hit-and-run, French police report no. {r.randrange(2025000000, 2025999999)}/{r.randrange(10, 99)}. I'm "
            f"staying at a friend's place, {P(person(r, 'en', origin='misc').full)}, phone {PH('+33 6 ' + ' '.join(str(r.randrange(10, 99)) for _ in range(4)))}. "
            f"Can I get it repaired here? Excess on my casco is EUR 300 I think. – {P(cu.full)}, policy {polnr(r)}")


def en_student(r, k):
    cu = person(r, "en", origin=r.choice(["in", "misc", "cn"]))
    d = dob_date(r, 1998, 2006)
    return (f"Hey, I'm an international student and want student contents insurance. Room: {AD(nl_addr(r))}, "
            f"{PC(postcode(r))} {r.choice(NL_TOWNS)}. Name {P(cu.full)}, date of birth {DOB(fmt_date(r, d, 'en', 'dmy/'))}, "
            f"email {EM(email(r, cu, 'en'))}, phone {PH(nl_mobile(r))}. My laptop is worth about EUR 1,100. Thanks!")


# ----------------------------------------------------------------------------------------------------
# scenarios — English, without personal data
# ----------------------------------------------------------------------------------------------------
def en_policy_faq(r, k):
    return (f"Thank you for your question about policy {polnr(r)} (customer number {bsn_elf_but_ref(r)}).\n\nYour car insurance has an excess of EUR "
            f"{r.choice(['135', '250', '400'])} for own damage. Windscreen repair: EUR 0; replacement: EUR 75 (EUR 0 at "
            f"a partner garage). Your no-claims step is {r.randrange(5, 20)}; after one claim you drop to step "
            f"{r.randrange(1, 5)} on {loss_date(r, 'en', 'long')}, the renewal date.\n\nStep table (discount): 1 = 0%, "
            f"5 = 45%, 10 = 65%, 15+ = 75%.\n\nIf you have more questions, call {org_phone(r, 0)} (Mon–Fri 8:00–20:00) "
            f"or reply to this e-mail.\n\nDamsteegh Customer Service")


def en_storm_update(r, k):
    areas = sorted(r.sample(range(1000, 9999), 3))
    return (f"STORM UPDATE {loss_date(r, 'en', 'long').upper()}\n\nWe have received over 2,300 claims, mainly from postal "
            f"areas {areas[0]}, {areas[1]} and {areas[2]}. Expect longer waiting times. Emergency repairs up to EUR 1,500 "
            f"do not need approval. Keep receipts. Report online at damsteegh.example/storm; claims get a number "
            f"like S25-{r.randrange(100000, 999999)}. Line open 24/7: {org_phone(r, 1)}.\n\n@DamsteeghNL")


def en_premium_quote(r, k):
    q = f"Q-{r.randrange(2025, 2026)}-{r.randrange(100000, 999999)}"
    return (f"Your quote {q} (valid until {loss_date(r, 'en', 'long')})\n\nHome contents, sum insured EUR 60,000\n"
            f"  basic        EUR {amount(r, 6, 12, 'en')} / month\n  extended     EUR {amount(r, 9, 18, 'en')} / month\n"
            f"  all risks    EUR {amount(r, 14, 25, 'en')} / month\nLiability (family)  EUR {amount(r, 4, 8, 'en')} / month\n"
            f"Insurance premium tax 21% included. Policy fee EUR 12.50 once. Start date earliest "
            f"{loss_date(r, 'en', 'long')}.\n\nAccept the quote in Mijn Damsteegh. Questions: {org_phone(r, 0)}.")


def en_system_notice(r, k):
    return (f"[IT notice] Claims portal maintenance {loss_date(r, 'en', 'long')} 22:00–02:00 CET. Release "
            f"{r.randrange(3, 6)}.{r.randrange(0, 20)}.{r.randrange(0, 10)}.{r.randrange(1, 40)}. Internal hosts "
            f"10.40.{r.randrange(1, 200)}.{r.randrange(2, 250)} and 192.168.{r.randrange(0, 20)}.{r.randrange(2, 250)} will be "
            f"restarted; test endpoint 198.51.100.{r.randrange(2, 250)}. Scanning queue paused, jobs JOB-{r.randrange(10000, 99999)} "
            f"onwards resume at 02:15. Ticket INC{r.randrange(1000000, 9999999)}. No customer action needed.")


def en_claim_status_auto(r, k):
    t = (f"This is an automatic message.\n\nWe received your claim {schadenr(r)} on {loss_date(r, 'en', 'long')}. "
         f"Status: in review. Estimated decision: 10 working days.\n\nPayments to Damsteegh Verzekeringen N.V.: "
         f"{r.choice(ORG_IBAN1)} (BIC ABNANL2A). From abroad call +31 88 412 7711. WhatsApp "
         f"{r.choice(ORG_WA)}.\n\nDamsteegh Verzekeringen N.V., Waarborgplein 1, 3818 KD Amersfoort, the Netherlands. "
         f"Chamber of Commerce 58213097, VAT NL820471936B63.")
    return t, {"crlf": True}


def en_broker_bulletin(r, k):
    return (f"Intermediary bulletin #{r.randrange(10, 60)} (English edition)\n\nCommission rates from "
            f"{loss_date(r, 'en', 'long')}:\n  car     12.5%\n  home    17.5%\n  travel  20.0%\n  funeral  6.0% (first year)\n\n"
            f"New product codes: DSV-AU-2026, DSV-IB-2026. Old agency numbers AG-{r.randrange(1000, 9999)} to "
            f"AG-{r.randrange(1000, 9999)} migrate on {loss_date(r, 'en', 'long')}. Questions to "
            f"intermediairs@damsteegh.example or {org_phone(r, 0)}.\n\nDamsteegh Verzekeringen N.V. · KvK 58213097 · "
            f"AFM {r.randrange(12000000, 12099999)}")


def en_travel_question(r, k):
    if k == 1:
        return (f"hi, my daughter (17) is going on a school exchange to Canada from {loss_date(r, 'en', 'long')} till "
                f"{loss_date(r, 'en', 'long')}. Is she covered under our family travel policy {polnr(r)}? The school "
                f"asks for proof of cover of at least CAD 1,000,000 in medical costs. thx")
    return (f"Quick question: I'm going skiing in Austria from {loss_date(r, 'en', 'long')} for 9 days. Is winter "
            f"sports cover included in policy {polnr(r)} or do I pay the EUR 1.95/day extra? And is the excess EUR 50 "
            f"or EUR 100 for ski rental damage? Thanks in advance.")


def en_green_card(r, k):
    return (f"Your green card (international motor insurance card) for policy {polnr(r)} is valid from "
            f"{' to '.join(date_pair(r, 'en', 'dmy-pad', 360, 367))}. Countries not crossed out are covered "
            f"(NL, B, D, F, I, E, A, CH, ...). Card number NL/{r.randrange(100, 999)}/{r.randrange(1000000, 9999999)}. "
            f"Print it or keep the PDF on your phone. In case of an accident abroad call +31 88 412 7711.")


def en_kifid_procedure(r, k):
    return (f"How our complaints procedure works\n\n1. Send your complaint to klachten@damsteegh.example or Postbus 2250, "
            f"3800 CG Amersfoort, quoting your policy or claim number.\n2. We confirm within 5 working days and decide "
            f"within 6 weeks.\n3. Not satisfied? Within 3 months you can go to Kifid (Financial Services Complaints "
            f"Tribunal). Fee: EUR 50; claims up to EUR {r.choice(['25,000', '100,000'])} are binding.\n\nReference "
            f"KL-2025-{r.randrange(1000, 9999)}.")


# ----------------------------------------------------------------------------------------------------
# scenarios — German, with personal data
# ----------------------------------------------------------------------------------------------------
def de_unfall(r, k):
    cu, tp = person(r, "de"), person(r, "nl")
    plz, town = r.choice(DE_TOWNS)
    return (f"Sehr geehrte Damen und Herren,\n\nam {loss_date(r, 'de', 'long')} wurde mein Fahrzeug ({KT(de_plate(r))}) "
            f"auf der A3 bei Emmerich von einem niederländischen Pkw gestreift. Angaben des Unfallgegners:\n"
            f"Name: {P(tp.full)}\nAnschrift: {AD(nl_addr(r))}, {PC(postcode(r))} {r.choice(NL_TOWNS)}\n"
            f"Kennzeichen: {KT(kenteken(r))}\nTelefon: {PH(nl_mobile(r))}\nVersicherung: Damsteegh Verzekeringen, "
            f"Police {polnr(r)}\n\nDie Polizei Kleve hat den Unfall aufgenommen (Vorgangsnummer {r.randrange(100000, 999999)}/{r.randrange(24, 26)}). "
            f"Der Schaden beträgt laut Kostenvoranschlag {amount(r, 900, 4000, 'de')} €.\n\nMit freundlichen Grüßen\n"
            f"{P(cu.full)}\n{AD(r.choice(DE_STREETS) + ' ' + str(r.randrange(1, 120)))}\n{PC(plz)} {town}\n{PH(de_mobile(r))}")


def de_einbruch_ferienhaus(r, k):
    cu = person(r, "de")
    return (f"Guten Tag,\n\nin unser Ferienhaus in Zeeland ({AD(nl_addr(r))}, {PC(postcode(r))} Renesse) wurde zwischen "
            f"dem {' und dem '.join(date_pair(r, 'de', 'dmy.', 5, 60))} eingebrochen. Die Politie hat "
            f"die Anzeige unter {pvnr(r)} aufgenommen. Gestohlen: Fernseher, E-Bike, Werkzeug, ca. 3.100 €.\n\n"
            f"Bitte überweisen Sie die Entschädigung auf {IB(de_iban(r))} (Kontoinhaber {P(cu.full)}). Sie erreichen "
            f"mich unter {PH(de_fixed(r))}.\n\nViele Grüße\n{P(cu.full)}\nHausratpolice {polnr(r)}")


def de_reise_krank(r, k):
    cu = person(r, "de")
    comp = family_member(r, cu, "m" if cu.sex == "f" else "f")
    return (f"Hallo,\n\n{'mein Mann' if comp.sex == 'm' else 'meine Frau'} {P(comp.first)} musste im Skiurlaub in Österreich "
            f"({loss_date(r, 'de', 'long')}) ins Landeskrankenhaus Hochsteiermark. Die Rechnung über 2.480,00 € "
            f"habe ich mit der Kreditkarte {CC(card(r))} bezahlt. Der behandelnde Arzt ist unter {PH('+43 664 ' + str(r.randrange(1000000, 9999999)))} "
            f"erreichbar. Reisepolice {polnr(r)}, Notruf-Aktenzeichen AC-{r.randrange(100000, 999999)}.\n\nGruß\n{P(cu.full)}")


def de_adressaenderung(r, k):
    cu = person(r, "de")
    plz, town = r.choice(DE_TOWNS)
    d = dob_date(r)
    return (f"Betreff: Adressänderung\n\nHallo Damsteegh-Team,\n\nich bin von {AD(nl_addr(r))} in {r.choice(NL_TOWNS)} nach "
            f"Deutschland zurückgezogen. Neue Anschrift: {AD(r.choice(DE_STREETS) + ' ' + str(r.randrange(1, 80)))}, "
            f"{PC(plz)} {town}. Zur Identifizierung: {P(cu.full)}, geboren am {DOB(fmt_date(r, d, 'de', r.choice(['long', 'dmy.'])))}, " + (f"BSN {BS(bsn_fmt(r, bsn(r)))}, " if k == 1 else "") + ""
            f"Police {polnr(r)}. Die Haftpflicht soll bis {loss_date(r, 'de', 'dmy.')} weiterlaufen.\n\nMfG {P(cu.last)}")


def de_lastschrift(r, k):
    cu = person(r, "de")
    t = (f"Von: {P(cu.full)} <{EM(email(r, cu, 'de'))}>\nBetreff: Rücklastschrift\n\nSehr geehrte Damen und Herren,\n\n"
         f"die Lastschrift vom {loss_date(r, 'de', 'dmy.')} ({amount(r, 30, 150, 'de')} €) wurde zurückgegeben, weil "
         f"mein altes Konto aufgelöst ist. Bitte buchen Sie künftig von {IB(de_iban(r))} ab, {'Kontoinhaberin' if cu.sex == 'f' else 'Kontoinhaber'} "
         f"{P(cu.full)}. Das SEPA-Mandat (Mandatsreferenz DSV{r.randrange(10000000, 99999999)}) schicke ich unterschrieben zurück.\n\n"
         f"Mit freundlichen Grüßen\n{P(cu.full)}")
    return t, {"crlf": k == 1}


def de_makler(r, k):
    adv, cl = person(r, "de"), person(r, "de")
    d = dob_date(r, 1955, 2000)
    return (f"Sehr geehrte Frau {P(STAFF['de'][0].last)},\n\nfür unseren Mandanten {P(cl.full)}, geb. "
            f"{DOB(fmt_date(r, d, 'de', 'dmy.'))}, bitten wir um ein Angebot für eine Kfz-Versicherung (Grenzpendler, "
            f"Fahrzeug mit deutschem Kennzeichen {KT(de_plate(r))}, Wohnsitz {AD(nl_addr(r))}, {PC(postcode(r))} "
            f"{r.choice(['Venlo', 'Kerkrade', 'Enschede'])}). Schadenfreiheitsklasse SF {r.randrange(3, 25)}.\n\n"
            f"Mit freundlichen Grüßen\n{P(adv.full)}\nVersicherungsmakler, USt-IdNr. DE{r.randrange(100000000, 999999999)}\n"
            f"{PH(de_fixed(r))}")


def de_chat(r, k):
    cu = person(r, "de")
    ag = STAFF["de"][k]
    return (f"{P(ag.first)} (Damsteegh): Guten Tag, hier ist {P(ag.full)} vom deutschen Kundenservice.\n"
            f"Kunde: hallo, ich will meinen neuen Wagen anmelden, Kennzeichen {KT(de_plate(r))}\n"
            f"{P(ag.first)} (Damsteegh): Gern. Ihr Name und Ihre Policennummer?\nKunde: {P(cu.full)}, {polnr(r)}\n"
            f"{P(ag.first)} (Damsteegh): Danke. Der Beitrag ändert sich auf {amount(r, 30, 90, 'de')} € im Monat ab "
            f"{loss_date(r, 'de', 'dmy.')}. Die Selbstbeteiligung bleibt 300 €.\nKunde: passt, danke")


def de_haftpflicht(r, k):
    cu, nb = person(r, "de"), person(r, "de")
    plz, town = r.choice(DE_TOWNS)
    return (f"Guten Abend,\n\nunser Hund hat beim Spaziergang den Zaun {'unseres Nachbarn' if nb.sex == 'm' else 'unserer Nachbarin'} {P(nb.full)} "
            f"({AD(r.choice(DE_STREETS) + ' ' + str(r.randrange(1, 99)))}, {PC(plz)} {town}) beschädigt. {'Herr' if nb.sex == 'm' else 'Frau'} "
            f"{P(nb.last)} hat einen Kostenvoranschlag über {amount(r, 300, 1200, 'de')} € geschickt. Ist das über unsere "
            f"Haftpflicht ({polnr(r)}) gedeckt? Telefon {'des Nachbarn' if nb.sex == 'm' else 'der Nachbarin'}: {PH(de_fixed(r))}.\n\n{P(cu.first)}")


def de_sterbefall(r, k):
    dec = person(r, "de")
    rel = family_member(r, dec)
    d = dob_date(r, 1930, 1950)
    return (f"Sehr geehrte Frau {P(STAFF['funeral'][0].last)},\n\nich teile Ihnen mit, dass mein{'' if dec.sex == 'm' else 'e'} "
            f"{'Vater' if dec.sex == 'm' else 'Mutter'} {P(dec.full)}, geb. am {DOB(fmt_date(r, d, 'de', 'dmy.'))}, am "
            f"{loss_date(r, 'de', 'dmy.')} verstorben ist (Sterbeurkunde Nr. {r.randrange(100, 999)}/2025 Standesamt Kleve). "
            f"Die Sterbegeldversicherung läuft unter {polnr(r)}. Bitte zahlen Sie an {IB(de_iban(r))}.\n\n"
            f"Mit freundlichen Grüßen\n{P(rel.full)}\n{PH(de_mobile(r))}")


def de_beschwerde(r, k):
    cu = person(r, "de")
    return (f"BESCHWERDE zu Schadennummer {schadenr(r)}\n\nSeit {r.randrange(6, 14)} Wochen warte ich auf eine Antwort. "
            f"Wenn ich bis zum {loss_date(r, 'de', 'dmy.')} nichts höre, wende ich mich an Kifid (die niederländische "
            f"Schlichtungsstelle).\n\n{P(cu.full)}\n{EM(email(r, cu, 'de'))}")


def de_notiz(r, k):
    cu = person(r, "de")
    ag = STAFF["de"][1 - k]
    return (f"notiz {P(ag.first.lower())}: vn {P(cu.last.lower())} hat angerufen, rückruf erbeten unter {PH(de_mobile(r))}. "
            f"glasschade windschutzscheibe, kennzeichen {KT(de_plate(r))}, sb 150 €. werkstatt termin "
            f"{loss_date(r, 'de', 'dmy.')} 10:30. an {P(STAFF['claims_nl'][k].first)} weitergeleitet.")


def de_rechtsschutz(r, k):
    cu, ll = person(r, "de"), person(r, "nl")
    return (f"Hallo,\n\nich habe Streit mit {'meinem Vermieter' if ll.sex == 'm' else 'meiner Vermieterin'} in {r.choice(NL_TOWNS)}, {P(ll.full)}, wegen der Kaution "
            f"(1.650 €). Die Wohnung war {AD(nl_addr(r))}. Deckt meine Rechtsschutzversicherung ({polnr(r)}) einen "
            f"Anwalt? Bitte Antwort an {EM(email(r, cu, 'de'))}.\n\nDanke, {P(cu.first)}")


def de_partner_mitversichern(r, k):
    cu = person(r, "de")
    pa = person(r, "de", sex="f" if cu.sex == "m" else "m")
    d = dob_date(r, 1960, 2003)
    doc = "".join(r.choice("CFGHJKLMNPRTVWXYZ") for _ in range(1)) + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    return (f"Hallo,\n\nbitte nehmen Sie {'meine Lebensgefährtin' if pa.sex == 'f' else 'meinen Lebensgefährten'} {P(pa.full)} (Geburtsdatum "
            f"{DOB(fmt_date(r, d, 'de', 'dmy.'))}) in die Familien-Haftpflicht {polnr(r)} auf, ab {loss_date(r, 'de', 'dmy.')}. "
            f"Personalausweisnummer {ID(doc)}, falls benötigt.\n\nGruß {P(cu.full)}")


# ----------------------------------------------------------------------------------------------------
# scenarios — German, without personal data
# ----------------------------------------------------------------------------------------------------
def de_tarif_tabelle(r, k):
    return (f"Beitragsübersicht Hausrat ab {loss_date(r, 'de', 'dmy.')}\n\n| Versicherungssumme | Basis | Komfort |\n"
            f"|---|---|---|\n| 30.000 € | {amount(r, 4, 8, 'de')} € | {amount(r, 6, 11, 'de')} € |\n"
            f"| 60.000 € | {amount(r, 8, 14, 'de')} € | {amount(r, 11, 19, 'de')} € |\n\nSelbstbeteiligung 0 € oder 150 € "
            f"(-10 %). Versicherungssteuer 21 % inklusive. Vertragslaufzeit 1 Jahr, danach täglich kündbar. Fragen: "
            f"{org_phone(r, 0)}.")


def de_sturmwarnung(r, k):
    areas = sorted(r.sample(range(1000, 9999), 3))
    return (f"Sturmwarnung: Nach dem Sturm am {loss_date(r, 'de', 'long')} betreffen viele Meldungen die Postleitzahlgebiete "
            f"{areas[0]}, {areas[1]} und {areas[2]} in den Niederlanden. Notreparaturen bis 1.500 € ohne Rücksprache. "
            f"Schadenmeldung online unter damsteegh.example/schade oder Tel. +31 88 412 7755. Aktenzeichen erhalten Sie "
            f"im Format S25-{r.randrange(100000, 999999)}.")


def de_auto_antwort(r, k):
    t = (f"Automatische Antwort: Vielen Dank für Ihre Nachricht zu Vorgang {schadenr(r)}. Wir melden uns innerhalb "
         f"von 5 Werktagen. Zahlungen bitte an {r.choice(ORG_IBAN1)}, BIC ABNANL2A, Verwendungszweck {polnr(r)}.\n"
         f"Damsteegh Verzekeringen N.V., Waarborgplein 1, 3818 KD Amersfoort, Niederlande · Handelsregister (KvK) "
         f"58213097 · USt-IdNr. NL820471936B63 · Tel. +31 88 412 7700")
    return t, {"crlf": True}


def de_zahlungserinnerung(r, k):
    return (f"Zahlungserinnerung\n\nSehr geehrte Kundin, sehr geehrter Kunde,\n\nfür Police {polnr(r)} ist der Beitrag "
            f"von {amount(r, 20, 150, 'de')} € (fällig am {loss_date(r, 'de', 'dmy.')}) noch offen. Bitte überweisen Sie "
            f"bis {loss_date(r, 'de', 'dmy.')} an {r.choice(ORG_IBAN2)} mit Verwendungszweck "
            f"{kenmerk(r)}. "
            f"Alte Referenz {bad_iban(r)} bitte nicht mehr verwenden.\n\nIhr Damsteegh-Team")


def de_allg_frage(r, k):
    if k == 1:
        return (f"Guten Tag, unser Wohnmobil (Baujahr 2019) steht von November bis März in einer Halle in Venlo. "
                f"Kann ich die Kasko für diese Zeit ruhen lassen? Vertrag {polnr(r)}, Beitrag zurzeit "
                f"{amount(r, 40, 90, 'de')} € im Monat. Vielen Dank im Voraus.")
    return (f"Hallo, gilt meine Kfz-Versicherung {polnr(r)} auch in der Schweiz und brauche ich dafür die Grüne Karte? "
            f"Wir fahren am {loss_date(r, 'de', 'dmy.')} los. Wie hoch ist die Selbstbeteiligung bei Teilkasko, 150 oder "
            f"300 €? Danke!")


def de_interne_info(r, k):
    return (f"Info deutscher Schalter: Aktenzeichen deutscher Polizei bitte vollständig erfassen (z. B. "
            f"{r.randrange(100000, 999999)}/25 oder ST/{r.randrange(1000, 9999)}/2025). Vertragsnummern 9-stellig "
            f"(z. B. {non_bsn9(r)}) sind Kundennummern des Altbestands, keine Steuer-ID. Kulanzgrenze "
            f"{amount(r, 500, 1500, 'de')} €. Teammeeting {loss_date(r, 'de', 'dmy.')} 14:00, Raum 3.12.")


def de_rechtsschutz_status(r, k):
    return (f"Sehr geehrte Versicherungsnehmerin, sehr geehrter Versicherungsnehmer,\n\nin Ihrer Rechtsschutzsache "
            f"RB-2025-{r.randrange(10000, 99999)} wurde der Termin vor dem Amtsgericht Kleve auf den "
            f"{loss_date(r, 'de', 'long')}, {r.randrange(9, 15)}:30 Uhr verlegt (Az. {r.randrange(1, 40)} C "
            f"{r.randrange(100, 999)}/25). Die Deckungszusage umfasst Anwaltskosten bis 50.000 €; Ihre "
            f"Selbstbeteiligung (175 €) wurde verrechnet.\n\nDamsteegh Rechtshulp")


# ----------------------------------------------------------------------------------------------------
# scenario registry
# ----------------------------------------------------------------------------------------------------
SCENARIOS = {
    "nl": {"reps": 3,
           "pii": [nl_schademelding_auto, nl_eas, nl_inbraak, nl_polis_wijziging, nl_incasso, nl_uitvaart, nl_chat,
                   nl_expert_notitie, nl_tussenpersoon, nl_klacht_kifid, nl_social, nl_reis_claim],
           "neg": [nl_storm_notice, nl_premie_tabel, nl_auto_reply, nl_interne_memo, nl_klant_zonder_pii,
                   nl_betaalherinnering, nl_dekking_vraag, nl_rechtsbijstand_status]},
    "en": {"reps": 2,
           "pii": [en_expat_car_claim, en_travel_hospital, en_contents_burglary, en_add_partner, en_direct_debit,
                   en_broker, en_chat, en_social, en_liability, en_funeral, en_adjuster_note, en_kifid_complaint,
                   en_ip_fraud, en_new_address, en_car_abroad, en_student],
           "neg": [en_policy_faq, en_storm_update, en_premium_quote, en_system_notice, en_claim_status_auto,
                   en_broker_bulletin, en_travel_question, en_green_card, en_kifid_procedure]},
    "de": {"reps": 2,
           "pii": [de_unfall, de_einbruch_ferienhaus, de_reise_krank, de_adressaenderung, de_lastschrift, de_makler,
                   de_chat, de_haftpflicht, de_sterbefall, de_beschwerde, de_notiz, de_rechtsschutz,
                   de_partner_mitversichern],
           "neg": [de_tarif_tabelle, de_sturmwarnung, de_auto_antwort, de_zahlungserinnerung, de_allg_frage,
                   de_interne_info, de_rechtsschutz_status]},
}

NBSP_SCENARIOS = {"nl_premie_tabel", "nl_inbraak", "en_contents_burglary", "de_tarif_tabelle", "nl_chat"}


def build():
    records = []
    for lang, cfg in SCENARIOS.items():
        items = []
        for kind in ("pii", "neg"):
            for fn in cfg[kind]:
                for k in range(cfg["reps"]):
                    r = random.Random(f"{SEED}:{fn.__name__}:{k}")
                    res = fn(r, k)
                    marked, opts = (res if isinstance(res, tuple) else (res, {}))
                    if fn.__name__ in NBSP_SCENARIOS and k == 0:
                        # NBSP between currency sign and amount, and inside a phone number of the chat
                        marked = marked.replace("€ ", "€\u00a0").replace("EUR 640", "EUR\u00a0640")
                        if fn.__name__ == "nl_chat":
                            marked = re.sub(r"(\ue001)06([ -])", "\\g<1>06\u00a0", marked, count=1)
                    text, spans = render(marked, crlf=opts.get("crlf", False))
                    items.append({"scenario": fn.__name__, "k": k, "kind": kind, "lang": lang, "text": text,
                                  "spans": spans})
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(items)
        for i, it in enumerate(items, 1):
            it["id"] = f"h17-{lang}-{i:03d}"
        records += items
    return records


# ----------------------------------------------------------------------------------------------------
# audit
# ----------------------------------------------------------------------------------------------------
BIRTH_WORDS = re.compile(r"(geboren|geb\.|geboortedatum|born|birth|geburtsdatum|geboren am)", re.I)
REF_WORDS = re.compile(r"(polis|policy|police|relatie|rolnummer|vertrag|kunden|referen|kenmerk|dossier|schade|claim|"
                       r"rechnung|factuur|invoice|aktenzeichen|vorgang)", re.I)
TUSSEN = {"van", "der", "de", "den", "ter", "ten", "in", "'t", "het", "te"}
STAFF_NAMES = {p.full for g in STAFF.values() for p in g}


def _org_digits():
    return {re.sub(r"\D", "", p)[1:] for p in ORG["phones"]}


def _covered(spans, a, b):
    return any(s["start"] <= a and b <= s["end"] for s in spans)


def _byte(text, ci):
    return len(text[:ci].encode("utf-8"))


def value_ok(label, v):
    n = v.replace("\u00a0", " ")
    if label == "PERSON":
        return bool(re.search(r"[A-Za-zÀ-ɏ]", n)) and not re.search(r"\d|@", n)
    if label == "EMAIL":
        return email_ok(n)
    if label == "PHONE":
        return phone_ok(n)
    if label == "IBAN":
        return iban_ok(n)
    if label == "BSN":
        return bsn_ok(n) or ob_ok(n)
    if label == "ADDRESS":
        return bool(re.search(r"[A-Za-zß]{3}", n)) and bool(re.search(r"\d", n))
    if label == "POSTCODE":
        return postcode_ok(n) or bool(re.fullmatch(r"\d{5}", n)) or bool(re.fullmatch(r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}", n))
    if label == "CREDIT_CARD":
        return card_ok(n)
    if label == "IP_ADDRESS":
        return ip_ok(n)
    if label == "DATE_OF_BIRTH":
        return dob_ok(n)
    if label == "ID_DOCUMENT":
        return docnr_ok(n) or bool(re.fullmatch(r"\d{10}", n)) or bool(re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}", n))
    if label == "LICENSE_PLATE":
        return kenteken_ok(n) or de_plate_ok(n)
    if label == "BTW_ID":
        return btw_mod97_ok(n)
    if label == "KVK":
        return bool(re.fullmatch(r"\d{8}", n))
    return False


def audit(records):
    errs = []
    seen = set()
    org_dig = _org_digits()
    for rec in records:
        t, spans, rid = rec["text"], rec["spans"], rec["id"]
        b = t.encode("utf-8")
        E = lambda m: errs.append(f"{rid} ({rec['scenario']}/{rec['k']}): {m}")
        if t in seen:
            E("duplicate text")
        seen.add(t)
        if (rec["kind"] == "pii") != bool(spans):
            E(f"kind {rec['kind']} but {len(spans)} spans")
        last = 0
        for s in spans:
            v = b[s["start"]:s["end"]].decode("utf-8")
            if v != s["_value"]:
                E(f"slice {v!r} != {s['_value']!r}")
            if s["start"] < last:
                E("overlap/unsorted")
            last = s["end"]
            if v != v.strip() or v[-1] in ".,;:" or v[0] in ".,;:" or (v[0] == "(" and s["label"] != "PHONE"):
                E(f"edge {v!r}")
            if not value_ok(s["label"], v):
                E(f"invalid {s['label']} {v!r}")
            nv = re.sub(r"\D", "", v)
            if s["label"] == "PHONE" and any(nv.endswith(od) for od in org_dig):
                E(f"org phone labelled {v!r}")
            if s["label"] == "IBAN" and v.replace(" ", "") in ORG["ibans"]:
                E("org iban labelled")
            if s["label"] == "KVK" and v in ORG["kvk"]:
                E("org kvk labelled")
            if s["label"] == "BTW_ID" and v in ORG["btw"]:
                E("org btw labelled")
            if "damsteegh" in v.lower():
                E(f"org data labelled {v!r}")
            if s["label"] == "DATE_OF_BIRTH":
                ci = len(b[:s["start"]].decode("utf-8"))
                if not BIRTH_WORDS.search(t[max(0, ci - 160):ci]):
                    E(f"no birth word before DOB {v!r}")
            # every repeat of a labelled value is labelled
            if len(v) >= 4 and s["label"] != "PERSON":
                for m in re.finditer(r"(?<![\w])" + re.escape(v) + r"(?![\w])", t):
                    if not _covered(spans, _byte(t, m.start()), _byte(t, m.end())):
                        E(f"unlabelled repeat of {v!r}")
            if s["label"] == "PERSON":
                for tok in re.split(r"[ ,]+", v):
                    if len(tok) < 3 or tok.lower() in TUSSEN:
                        continue
                    for m in re.finditer(r"(?<![\w'-])" + re.escape(tok) + r"(?![\w'-])", t):
                        if not any(x["label"] == "PERSON" and x["start"] <= _byte(t, m.start()) and _byte(t, m.end()) <= x["end"]
                                   for x in spans):
                            E(f"unlabelled name token {tok!r}")
        # scanners: things that must never be left unlabelled
        for m in EMAIL_RE.finditer(t):
            if not m.group().lower().endswith("damsteegh.example") and not _covered(spans, _byte(t, m.start()), _byte(t, m.end())):
                E(f"unlabelled e-mail {m.group()!r}")
        for m in re.finditer(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,6}(?:[ ]?[A-Za-z0-9]{1,4})?", t):
            cand = m.group()
            for end in range(len(cand), 10, -1):
                c = cand[:end]
                if iban_ok(c):
                    if c.replace(" ", "").upper() not in ORG["ibans"] and not _covered(
                            spans, _byte(t, m.start()), _byte(t, m.start() + end)):
                        E(f"unlabelled IBAN {c!r}")
                    break
        for m in re.finditer(r"(?<![A-Za-z0-9])(?:NL)?\d{9}B\d{2}(?![A-Za-z0-9])", t, re.I):
            c = m.group()
            if (btw_mod97_ok(c) or ob_ok(c)) and c.upper() not in ORG["btw"] and not _covered(
                    spans, _byte(t, m.start()), _byte(t, m.end())):
                E(f"unlabelled btw/OB {c!r}")
        for m in re.finditer(r"(?<![\d])\d(?:[ \-\u00a0]?\d){12,18}(?!\d)", t):
            c = m.group()
            if card_ok(c) and not _covered(spans, _byte(t, m.start()), _byte(t, m.end())):
                E(f"unlabelled card {c!r}")
        for m in re.finditer(r"(?<![\w.\-/])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3})(?![\w/]|\.\d)", t):
            c = m.group()
            if bsn_ok(c) and not _covered(spans, _byte(t, m.start()), _byte(t, m.end())):
                line_start = t.rfind("\n", 0, m.start()) + 1
                if not REF_WORDS.search(t[max(line_start, m.start() - 40):m.start()]):
                    E(f"unlabelled elfproef number {c!r}")
        for m in re.finditer(r"(?<![\d+])(?:\+31|0031|0)[ \-\u00a0]*(?:\(0\))?[ \-\u00a0]*6[ \-\u00a0]?(?:\d[ \-\u00a0]?){7}\d(?!\d)", t):
            c = m.group()
            if re.sub(r"\D", "", c).endswith("642701189"):
                continue
            if not _covered(spans, _byte(t, m.start()), _byte(t, m.end())):
                E(f"unlabelled NL mobile {c!r}")
        for m in re.finditer(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])", t):
            c = m.group()
            if c.replace(" ", "") in ("3818KD", "3800CG", "3818BT"):
                continue
            if postcode_ok(c) and not _covered(spans, _byte(t, m.start()), _byte(t, m.end())):
                E(f"unlabelled postcode {c!r}")
        for m in re.finditer(r"(?<![\w-])[A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,3}(?![\w-])", t):
            c = m.group()
            if kenteken_sidecode(c) and not _covered(spans, _byte(t, m.start()), _byte(t, m.end())):
                E(f"unlabelled kenteken {c!r}")
        for m in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", t):
            c = m.group()
            if ip_ok(c) and not _covered(spans, _byte(t, m.start()), _byte(t, m.end())):
                if not re.search(r"(version|release|versie)\s*$", t[max(0, m.start() - 12):m.start()], re.I):
                    E(f"unlabelled public IP {c!r}")
        for m in re.finditer(r"(?:kvk|chamber of commerce|handelsregister)[^\d\n]{0,12}(\d{8})(?!\d)", t, re.I):
            if m.group(1) not in ORG["kvk"] and not _covered(spans, _byte(t, m.start(1)), _byte(t, m.end(1))):
                E(f"unlabelled KvK {m.group(1)}")
        date_re = (r"\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [A-Za-zä]+ \d{4}|"
                   r"[A-Z][a-z]+ \d{1,2}, \d{4}")
        for m in re.finditer(r"(?:geboren(?: op| am)?|geb\.(?: am)?|geboortedatum(?: is)?|born|date of birth|"
                             r"Geburtsdatum)\W{0,3}(" + date_re + ")", t, re.I):
            if dob_ok(m.group(1)) and not _covered(spans, _byte(t, m.start(1)), _byte(t, m.end(1))):
                E(f"unlabelled birth date {m.group(1)!r}")
        for m in re.finditer(r"(?:paspoort|passport|ID card|identiteitskaart|rijbewijs|Personalausweis)\w*"
                             r"(?: nr\.| number| number is|nummer)?:?\s+(?:is\s+)?([A-Z0-9]{9,10})(?![A-Z0-9])", t, re.I):
            if not _covered(spans, _byte(t, m.start(1)), _byte(t, m.end(1))):
                E(f"unlabelled document number {m.group(1)!r}")
        if rec["kind"] == "neg":
            for nm in STAFF_NAMES:
                for tok in nm.split():
                    if tok in TUSSEN:
                        continue
                    if re.search(r"(?<![\w])" + re.escape(tok) + r"(?![\w])", t):
                        E(f"staff name {tok!r} in PII-free message")
    return errs


# ----------------------------------------------------------------------------------------------------
# self-test of the validators against the reference vectors
# ----------------------------------------------------------------------------------------------------
def self_test():
    n = 0

    def chk(cond, what):
        nonlocal n
        n += 1
        assert cond, what
    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303", "103349856",
              "044126396", "656412689", "460455977", "879119330", "999999990", "111111110"]:
        chk(bsn_ok(v), v)
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        chk(not bsn_ok(v), v)
    chk(bank11_ok("123456789") and bank11_ok("999999990"), "bank11")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789",
              "NL20INGB0001234567", "NL39RABO0300065264", "NL44RABO0123456789", "NL86INGB0002445588", "NL68KNAB0123456789",
              "NL32BUNQ2012345678", "BE71 0961 2345 6769", "BE68539007547034", "DE89370400440532013000",
              "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606", "FR76 3000 6000 0112 3456 7890 189",
              "GB82WEST12345698765432"]:
        chk(iban_ok(v), v)
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300",
              "DE89370400440532013001", "BE68539007547035"]:
        chk(not iban_ok(v), v)
    chk(iban_make("NL", "KNAB0123456789") == "NL68KNAB0123456789", "iban check digits")
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67", "06 12345678",
              "06-12 34 56 78", "+31 6 12345678", "+316-12345678", "+31(0)20-1234567"]:
        chk(nl_phone_ok(v), v)
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "069 1234567",
              "020-123456", "012-3456789"]:
        chk(not nl_phone_ok(v), v)
    for v in ["1012 AB", "1012AB", "1012 ab", "NL-2611ET", "9999 ZZ", "1000 AA"]:
        chk(postcode_ok(v), v)
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        chk(not postcode_ok(v), v)
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        chk(docnr_ok(v), v)
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        chk(not docnr_ok(v), v)
    for v, sc in [("GB-12-DF", 4), ("1-KBB-12", 8), ("123-BB-1", 14), ("AB-12-34", 1), ("12-34-XY", 2), ("12-AB-34", 3),
                  ("XB-PK-12", 5), ("12-DF-GH", 6), ("12-GBX-3", 7), ("VB-123-X", 9), ("G-123-BB", 10),
                  ("GBB-12-X", 11), ("G-12-BBB", 12), ("1-BB-123", 13)]:
        chk(kenteken_sidecode(v) == sc, v)
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        chk(not kenteken_ok(v), v)
    chk(kenteken_ok("GBB12X") and kenteken_ok("gb-12-df") and kenteken_ok("GB 12 DF"), "kenteken forms")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        chk(btw_mod97_ok(v), v)
    chk(ob_ok("NL004495445B01") and not btw_mod97_ok("NL004495445B01"), "OB")
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL111234567B01", "NL12345678B01"]:
        chk(not btw_mod97_ok(v) and not ob_ok(v), v)
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005"]:
        chk(card_ok(v), v)
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        chk(not card_ok(v), v)
    chk(luhn_ok("490154203237518"), "IMEI trap is Luhn-valid")
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM",
              "info@bakkerij-de-groot.frl"]:
        chk(email_ok(v), v)
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld"]:
        chk(not email_ok(v), v)
    chk(ip_ok("8.8.8.8") and not ip_ok("192.168.1.10") and not ip_ok("10.40.2.17") and not ip_ok("198.51.100.7")
        and not ip_ok("256.1.1.1") and not ip_ok("010.001.001.001"), "ip")
    chk(dob_ok("12-03-1985") and dob_ok("5 mei 1960") and not dob_ok("31-02-1990") and not dob_ok("29-02-1991")
        and dob_ok("3. März 1971") and dob_ok("March 12, 1985") and dob_ok("1985-03-12"), "dates")
    # organisation's own data is valid (so a detector would otherwise see it)
    for v in ORG["ibans"] + [x.replace(" ", "") for x in ORG_IBAN1 + ORG_IBAN2]:
        chk(iban_ok(v), v)
    chk(btw_mod97_ok(ORG["btw"][0]) and not bsn_ok(ORG["btw"][0][2:11]), "org btw")
    for v in ORG["phones"] + ORG_WA:
        chk(nl_phone_ok(v), v)
    chk(all(postcode_ok(a.split(", ")[1][:7]) for a in ORG["addresses"]), "org postcodes")
    return n


# ----------------------------------------------------------------------------------------------------
def main():
    ntests = self_test()
    records = build()
    errs = audit(records)
    if errs:
        print("\n".join(errs[:80]), file=sys.stderr)
        print(f"{len(errs)} audit errors; gold.jsonl NOT written", file=sys.stderr)
        sys.exit(1)
    lines = []
    for rec in records:
        out = {"id": rec["id"], "lang": rec["lang"], "text": rec["text"],
               "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in rec["spans"]]}
        lines.append(json.dumps(out, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path = os.path.join(HERE, "gold.jsonl")
    with open(path, "wb") as f:
        f.write(data)
    # read back and re-slice every span from the UTF-8 bytes
    with open(path, "rb") as f:
        back = [json.loads(l) for l in f.read().decode("utf-8").splitlines()]
    assert len(back) == len(records)
    for rb, rec in zip(back, records):
        tb = rb["text"].encode("utf-8")
        for s, s0 in zip(rb["spans"], rec["spans"]):
            assert tb[s["start"]:s["end"]].decode("utf-8") == s0["_value"], (rb["id"], s)
    # statistics
    langs = ["nl", "en", "de"]
    cnt = {l: {lab: 0 for lab in LABELS} for l in langs}
    free = {l: 0 for l in langs}
    msgs = {l: 0 for l in langs}
    for rec in records:
        msgs[rec["lang"]] += 1
        if not rec["spans"]:
            free[rec["lang"]] += 1
        for s in rec["spans"]:
            cnt[rec["lang"]][s["label"]] += 1
    lens = sorted(len(r["text"].encode("utf-8")) for r in records)
    print(f"self-test checks: {ntests}; audit: OK")
    print(f"messages: {sum(msgs.values())} " + " ".join(f"{l} {msgs[l]}" for l in langs))
    nfree = sum(free.values())
    print(f"PII-free: {nfree} ({100 * nfree / len(records):.1f} %) " + " ".join(f"{l} {free[l]}" for l in langs))
    print(f"bytes: min {lens[0]} median {lens[len(lens) // 2]} max {lens[-1]}; "
          f"CRLF texts {sum(1 for r in records if chr(13) in r['text'])}; NBSP texts "
          f"{sum(1 for r in records if chr(160) in r['text'])}; non-ASCII texts "
          f"{sum(1 for r in records if any(ord(c) > 127 for c in r['text']))}")
    print("| label | nl | en | de | total |")
    print("|---|---:|---:|---:|---:|")
    for lab in LABELS:
        print(f"| `{lab}` | " + " | ".join(str(cnt[l][lab]) for l in langs) + f" | {sum(cnt[l][lab] for l in langs)} |")
    print("| **all** | " + " | ".join(str(sum(cnt[l].values())) for l in langs) +
          f" | {sum(sum(cnt[l].values()) for l in langs)} |")
    print("sha256", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
