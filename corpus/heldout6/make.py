#!/usr/bin/env python3
"""Generator for held-out set 6 (support + social-media inbox), stdlib only.

Writes gold.jsonl next to this file. Deterministic: a fixed seed and no
dependence on hashing order, time or the environment, so two runs give
byte-identical output.

All personal data is synthetic: names are combined from small inline lists,
numbers are generated here and made checksum-valid (IBAN mod-97, BSN
elfproef, Luhn, btw-id mod-97). Spans are recorded while the text is built
(UTF-8 byte offsets, end exclusive) and re-checked at the end.
"""
import json
import os
import random
import re
import sys

SEED = 6_2025_0606
LABELS = {"PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE",
          "CREDIT_CARD", "IP_ADDRESS", "DATE_OF_BIRTH", "ID_DOCUMENT",
          "LICENSE_PLATE", "BTW_ID", "KVK", "HEALTH", "CREDENTIAL"}

# --------------------------------------------------------------------------
# The organisation (example organisation of design.md): never PII.
ORG = "Zonnestraal Software B.V."
ORG_DOMAIN = "zonnestraal.example"
ORG_PHONES = ["088 123 4567", "+31 88 123 4567", "088-1234567", "+31 (0)88 123 45 67"]
ORG_IBAN = ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00"]
ORG_ADDR = "Lichtweg 1, 1234 AB Zonnedorp"
ORG_POSTBUS = "Postbus 99, 1230 AA Zonnedorp"
ORG_KVK = "12345678"
ORG_BTW = "NL123456782B01"
ORG_HANDLE = "@ZonnestraalNL"


# --------------------------------------------------------------------------
# Checksums


def elfproef(d):
    if len(d) != 9 or not d.isdigit() or int(d) == 0:
        return False
    s = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return s % 11 == 0


def _alnum_to_digits(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return int(_alnum_to_digits(s[4:] + s[:4])) % 97 == 1


def iban_make(cc, bban):
    n = int(_alnum_to_digits(bban + cc + "00"))
    return f"{cc}{98 - n % 97:02d}{bban}"


def luhn_ok(s):
    s = s.replace(" ", "").replace("-", "")
    tot = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def btw_ok(s):
    s = s.replace(" ", "").replace(".", "").upper()
    if not re.fullmatch(r"NL\d{9}B\d{2}", s):
        return False
    return int(_alnum_to_digits(s)) % 97 == 1


# reference vectors from the formats reference
assert elfproef("111222333") and elfproef("123456782") and elfproef("999999990")
assert not elfproef("123456789") and not elfproef("111222334") and not elfproef("000000000")
assert iban_ok("NL91ABNA0417164300") and iban_ok("BE71 0961 2345 6769")
assert iban_ok("DE89370400440532013000") and iban_ok("GB82WEST12345698765432")
assert not iban_ok("NL91ABNA0417164301") and not iban_ok("NL00ABNA0417164300")
assert luhn_ok("4111111111111111") and luhn_ok("378282246310005") and luhn_ok("2221000000000009")
assert not luhn_ok("4111111111111112")
assert btw_ok("NL000099998B57") and btw_ok("NL123456789B13") and btw_ok("NL002455799B11")
assert not btw_ok("NL000099998B58") and not btw_ok("NL123456789B01")
assert iban_make("NL", "ABNA0417164300") == "NL91ABNA0417164300"


# --------------------------------------------------------------------------
# Message builder


class M:
    def __init__(self, lang):
        self.lang = lang
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, label, s):
        assert label in LABELS, label
        assert s and s == s.strip(), repr(s)
        b = len(s.encode("utf-8"))
        self.spans.append((self.n, self.n + b, label, s))
        return self.t(s)

    # shorthands
    def per(self, s): return self.p("PERSON", s)
    def ph(self, s): return self.p("PHONE", s)
    def em(self, s): return self.p("EMAIL", s)
    def adr(self, s): return self.p("ADDRESS", s)
    def pc(self, s): return self.p("POSTCODE", s)
    def ib(self, s): return self.p("IBAN", s)
    def hl(self, s): return self.p("HEALTH", s)
    def cr(self, s): return self.p("CREDENTIAL", s)

    def text(self):
        return "".join(self.buf)


# --------------------------------------------------------------------------
# Random values


class P:
    """A synthetic person. full = as written; given / sur for standalone use."""

    def __init__(self, given, sur, g, full=None, sur_alone=None):
        self.given = given
        self.sur = sur
        self.g = g
        self.full = full or f"{given} {sur}"
        # Dutch: particle capitalised when the surname stands alone
        self.sur_alone = sur_alone or (sur[0].upper() + sur[1:])

    def hij(self): return "hij" if self.g == "m" else "zij"
    def hem(self): return "hem" if self.g == "m" else "haar"
    def zijn(self): return "zijn" if self.g == "m" else "haar"
    def he(self): return "he" if self.g == "m" else "she"
    def him(self): return "him" if self.g == "m" else "her"
    def his(self): return "his" if self.g == "m" else "her"
    def er(self): return "er" if self.g == "m" else "sie"
    def ihn(self): return "ihn" if self.g == "m" else "sie"
    def herr(self): return "Herr" if self.g == "m" else "Frau"
    def dhr(self): return "dhr." if self.g == "m" else "mevr."


PEOPLE = {
    "dutch": [("Marloes", "van Rijswijk", "f"), ("Joost", "Verhagen", "m"),
              ("Ilse", "van den Akker", "f"), ("Thijs", "ter Horst", "m"),
              ("Gert-Jan", "Kuiper", "m"), ("Femke", "Oudshoorn", "f"),
              ("Ruud", "van Wijngaarden", "m"), ("Annelot", "Brinkhuis", "f"),
              ("Maarten", "Scheepmaker", "m"), ("Evelien", "de Graaf-Lindeman", "f"),
              ("Wessel", "IJzerman", "m"), ("Roosmarijn", "Hakkert", "f")],
    "frisian": [("Sjoerd", "Hoekstra", "m"), ("Wytske", "Postma", "f"),
                ("Hylke", "Wiersma", "m"), ("Baukje", "van der Meer", "f"),
                ("Tsjerk", "Dijkstra", "m"), ("Aukje", "Bouma", "f")],
    "turkish": [("Kübra", "Aydın", "f"), ("Emre", "Yıldırım", "m"), ("Elif", "Şahin", "f"),
                ("Mehmet", "Öztürk", "m"), ("Zeynep", "Çelik", "f"), ("Burak", "Doğan", "m"),
                ("Hatice", "Yılmaz", "f"), ("Serkan", "Güneş", "m")],
    "moroccan": [("Yassine", "El Amrani", "m"), ("Fatima", "Bouzid", "f"),
                 ("Nordin", "Benali", "m"), ("Samira", "Azzouzi", "f"),
                 ("Hamza", "Ouali", "m"), ("Ikram", "El Idrissi", "f")],
    "syrian": [("Majd", "Darwish", "m"), ("Rasha", "Haddad", "f"), ("Yusuf", "Khalil", "m")],
    "surinamese": [("Shanti", "Ramdin", "f"), ("Rajesh", "Jagesar", "m"),
                   ("Denise", "Sabajo", "f"), ("Ravi", "Bhagwandin", "m"),
                   ("Gracia", "Pinas", "f"), ("Marlon", "Kromodimedjo", "m")],
    "polish": [("Katarzyna", "Wiśniewska", "f"), ("Paweł", "Zieliński", "m"),
               ("Agnieszka", "Wójcik", "f"), ("Łukasz", "Kowalczyk", "m"),
               ("Małgorzata", "Jabłońska", "f")],
    "romanian": [("Răzvan", "Popescu", "m"), ("Ștefan", "Ionescu", "m"),
                 ("Ioana", "Dumitrașcu", "f"), ("Mihaela", "Constantinescu", "f")],
    "indian": [("Priya", "Raghunathan", "f"), ("Ananya", "Iyer", "f"),
               ("Vikram", "Deshpande", "m"), ("Arjun", "Menon", "m"), ("Kavya", "Subramaniam", "f")],
    "nigerian": [("Oluwaseun", "Adeyemi", "m"), ("Chiamaka", "Okonkwo", "f"),
                 ("Emeka", "Nwosu", "m"), ("Ngozi", "Eze", "f"), ("Tolulope", "Bankole", "f")],
    "ukrainian": [("Oksana", "Kovalenko", "f"), ("Dmytro", "Shevchuk", "m"),
                  ("Olena", "Bondarenko", "f"), ("Taras", "Melnyk", "m")],
    "belgian": [("Wouter", "Van den Broeck", "m"), ("Elke", "Claes", "f"),
                ("Sien", "Verhaegen", "f"), ("Jens", "De Smedt", "m"),
                ("Lotte", "Peeters", "f"), ("Pieter-Jan", "Vermeulen", "m")],
    "german": [("Jens", "Hartmann", "m"), ("Annegret", "Vogelsang", "f"),
               ("Henrike", "Albers", "f"), ("Lukas", "Brandstätter", "m"),
               ("Sophie", "Kühne", "f"), ("Matthias", "Große-Wilde", "m"),
               ("Friederike", "von Bülow", "f"), ("Torsten", "Eichhorn", "m"),
               ("Jörg", "Pfannkuch", "m"), ("Ulrike", "Sennewald", "f"), ("Malte", "Ostendorf", "m"),
               ("Svenja", "Rautenberg", "f")],
    "british": [("Siobhan", "Gallagher", "f"), ("Gareth", "Pritchard", "m"),
                ("Eleanor", "Whitcombe", "f"), ("Callum", "McAllister", "m"),
                ("Niamh", "O'Connell", "f"), ("Rhys", "Llewellyn", "m"),
                ("Harriet", "Ashcombe", "f"), ("Declan", "Fairweather", "m")],
    # the organisation's own support agents: their names ARE PII (design/README)
    "agent": [("Sanne", "Kuipers", "f"), ("Rodrigo", "Almeida", "m"), ("Aoife", "Brennan", "f"),
              ("Kerem", "Aksoy", "m"), ("Lieke", "Hofman", "f"), ("Jasper", "Meijer", "m"),
              ("Tobias", "Reinhardt", "m"), ("Noor", "Haddou", "f"),
              ("Daan", "Verstegen", "m"), ("Esra", "Karaca", "f")],
}
# written surname-first (Chinese order); given = the personal name
CHINESE = [("Chen Xiaoling", "Xiaoling", "Chen", "f"), ("Zhang Haoran", "Haoran", "Zhang", "m"),
           ("Li Wei", "Wei", "Li", "m"), ("Wang Meiling", "Meiling", "Wang", "f")]

NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB", "RBRB"]
NL_TOWNS = [("Amsterdam", "10", "020"), ("Rotterdam", "30", "010"), ("Utrecht", "35", "030"),
            ("Den Haag", "25", "070"), ("Leeuwarden", "89", "058"), ("Groningen", "97", "050"),
            ("Eindhoven", "56", "040"), ("Zwolle", "80", "038"), ("Almere", "13", "036"),
            ("Tilburg", "50", "013"), ("Nijmegen", "65", "024"), ("Sneek", "86", "0515"),
            ("Arnhem", "68", "026"), ("Breda", "48", "076"), ("Heerenveen", "84", "0513")]
NL_STREETS = ["Kastanjelaan", "Molenweg", "Tjalkstraat", "Burgemeester de Withstraat",
              "Pieter de Hoochlaan", "Jan van Galenstraat", "Laan van Nieuw Oost-Indië",
              "Sluisdijk", "Zuiderhavenkade", "Esdoornhof", "Vlietsingel", "Oranjeplein",
              "Klaverweide", "Schepenbergstraat", "Tesselschadestraat", "Gerbrandystraat"]
NL_ADDITIONS = ["", "", "", "a", "A", "-II", "-1", " hs", " bis", "-3", " bg", "B"]
BE_TOWNS = [("2000", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"), ("8000", "Brugge"),
            ("2800", "Mechelen"), ("3500", "Hasselt"), ("9300", "Aalst"), ("2018", "Antwerpen")]
BE_STREETS = ["Lange Kievitstraat", "Kerkstraat", "Vlaamsekaai", "Tiensesteenweg",
              "Brusselsepoortstraat", "Grote Markt", "Sint-Pietersnieuwstraat", "Meir"]
DE_TOWNS = [("10961", "Berlin", "030"), ("50823", "Köln", "0221"), ("80469", "München", "089"),
            ("20357", "Hamburg", "040"), ("04275", "Leipzig", "0341"),
            ("60318", "Frankfurt am Main", "069"), ("70176", "Stuttgart", "0711"),
            ("28203", "Bremen", "0421"), ("01099", "Dresden", "0351"), ("44137", "Dortmund", "0231")]
DE_STREETS = ["Bergmannstraße", "Lindenallee", "Kastanienweg", "Ehrenfeldgürtel", "Am Sonnenhang",
              "Schillerstr.", "Gneisenaustraße", "Eichendorffring", "Hohe Straße", "Wilhelmsplatz"]
UK_STREETS = ["Mill Road", "Green Lane", "Victoria Terrace", "Albion Street", "Church Close",
              "Hawthorn Avenue", "Castle Hill", "Nelson Crescent"]
UK_TOWNS = [("CB", "Cambridge"), ("LS", "Leeds"), ("M", "Manchester"), ("BS", "Bristol"),
            ("EH", "Edinburgh"), ("NG", "Nottingham"), ("CF", "Cardiff"), ("BN", "Brighton")]
FREEMAIL = {"nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "xs4all.nl",
                   "live.nl", "telenet.be", "proximus.be"],
            "en": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com"],
            "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de"]}
UNIT_PAIRS = {"MB", "KB", "GB", "TB", "PB", "KM", "CM", "MM", "KG", "PK", "HZ", "MS", "SA", "SD", "SS"}
CONS = "BDFGHJKLNPRSTVXZ"
BANNED_PLATE = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP",
                "TBS", "KVT", "VVD", "SP"]
TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i", "ş": "s", "ç": "c",
                          "ğ": "g", "ș": "s", "ă": "a", "ł": "l", "ń": "n", "ś": "s", "ó": "o",
                          "ź": "z", "ż": "z", "é": "e", "ë": "e", "'": "", "ț": "t", "â": "a",
                          "î": "i", "ą": "a", "ę": "e"})


class G:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self._pools = {}

    def _cycle(self, key, items):
        pool = self._pools.get(key)
        if not pool:
            pool = list(items)
            self.r.shuffle(pool)
            self._pools[key] = pool
        return pool.pop()

    def person(self, kind):
        if kind == "chinese":
            full, given, sur, gen = self._cycle("chinese", CHINESE)
            return P(given, sur, gen, full=full, sur_alone=sur)
        given, sur, gen = self._cycle(kind, PEOPLE[kind])
        return P(given, sur, gen)

    def choice(self, seq):
        return self.r.choice(seq)

    def digits(self, n, first="0123456789"):
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    # -------------------------------------------------- e-mail
    def email(self, p, lang="nl", domain=None):
        g = p.given.lower().translate(TRANSLIT)
        s = p.sur.lower().translate(TRANSLIT).replace(" ", "").replace("-", "")
        local = self.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{g}{s}", f"{g}_{s[:4]}{self.r.randint(70, 99)}",
                             f"{s}.{g[0]}", f"{g}{self.r.randint(1, 99)}"])
        return f"{local}@{domain or self.choice(FREEMAIL[lang])}"

    # -------------------------------------------------- numbers
    def bsn(self, lead_zero=False):
        while True:
            d = ("0" if lead_zero else "") + self.digits(8 if lead_zero else 9, "123456789")
            if elfproef(d) and d not in ("999999990", "123456782", "111222333"):
                return d

    def non_bsn9(self):
        while True:
            d = self.digits(9, "123456789")
            if not elfproef(d):
                return d

    def bsn_written(self, d, form=None):
        form = form if form is not None else self.r.randint(0, 4)
        if form == 0:
            return d
        if form == 1:
            return f"{d[:4]}.{d[4:6]}.{d[6:]}"
        if form == 2:
            return f"{d[:3]} {d[3:6]} {d[6:]}"
        if form == 3:
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        return f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}"

    def nl_iban(self, spaced=None):
        while True:
            s = iban_make("NL", self.choice(NL_BANKS) + self.digits(10))
            if s not in ORG_IBAN:
                break
        assert iban_ok(s)
        return self._space(s, spaced)

    def be_iban(self, spaced=None):
        first10 = self.choice(["001", "063", "068", "310", "363", "735", "973", "751"]) + self.digits(7)
        chk = int(first10) % 97 or 97
        s = iban_make("BE", f"{first10}{chk:02d}")
        assert iban_ok(s)
        return self._space(s, spaced)

    def de_iban(self, spaced=None):
        s = iban_make("DE", self.digits(8, "12345678") + self.digits(10))
        assert iban_ok(s)
        return self._space(s, spaced)

    def at_iban(self, spaced=None):
        s = iban_make("AT", self.digits(5, "123456789") + self.digits(11))
        assert iban_ok(s)
        return self._space(s, spaced)

    def gb_iban(self, spaced=None):
        s = iban_make("GB", self.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + self.digits(14))
        assert iban_ok(s)
        return self._space(s, spaced)

    def _space(self, s, spaced):
        if spaced is None:
            spaced = self.r.random() < 0.6
        if spaced:
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s

    def card(self, kind=None):
        kind = kind or self.choice(["visa", "mc", "mc2", "amex"])
        if kind == "visa":
            pre, ln = "4", 16
        elif kind == "mc":
            pre, ln = self.choice(["51", "52", "53", "54", "55"]), 16
        elif kind == "mc2":
            pre, ln = str(self.r.randint(2221, 2720)), 16
        else:
            pre, ln = self.choice(["34", "37"]), 15
        body = pre + self.digits(ln - len(pre) - 1)
        for c in "0123456789":
            if luhn_ok(body + c):
                num = body + c
                break
        assert luhn_ok(num)
        if ln == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i:i + 4] for i in range(0, 16, 4)]
        sep = self.choice([" ", " ", "-", ""])
        return sep.join(groups)

    def imei(self):
        body = "35" + self.digits(12)
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c

    def btw(self):
        while True:
            nine = self.digits(9)
            if elfproef(nine):
                continue
            for k in range(1, 100):
                s = f"NL{nine}B{k:02d}"
                if btw_ok(s):
                    return s

    def ob_number(self):
        """old omzetbelastingnummer of a sole trader = BSN + B01 (labelled BSN)."""
        while True:
            b = self.bsn()
            s = f"NL{b}B01"
            if not btw_ok(s):
                return s

    def kvk(self):
        while True:
            k = self.digits(8, "3456789")
            if k != ORG_KVK:
                return k

    def plate(self):
        while True:
            code = self.r.randint(4, 14)
            L = lambda n: "".join(self.choice(CONS) for _ in range(n))
            D = lambda n: self.digits(n, "123456789")
            pat = {4: (L(2), D(2), L(2)), 5: (L(2), L(2), D(2)), 6: (D(2), L(2), L(2)),
                   7: (D(2), L(3), D(1)), 8: (D(1), L(3), D(2)), 9: (L(2), D(3), L(1)),
                   10: (L(1), D(3), L(2)), 11: (L(3), D(2), L(1)), 12: (L(1), D(2), L(3)),
                   13: (D(1), L(2), D(3)), 14: (D(3), L(2), D(1))}[code]
            if any(b in x for x in pat if x.isalpha() for b in BANNED_PLATE):
                continue
            return "-".join(pat)

    def de_plate(self):
        city = self.choice(["B", "M", "K", "HH", "F", "S", "DO", "L"])
        letters = "".join(self.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(self.r.randint(1, 2)))
        return f"{city}-{letters} {self.r.randint(10, 9999)}"

    def nl_docnr(self):
        al = "ABCDEFGHIJKLMNPQRSTUVWXYZ"  # no O
        aln = al + "123456789"
        return (self.choice("NI") + self.choice(al) + "".join(self.choice(aln) for _ in range(6))
                + self.choice("123456789"))

    def de_ausweis(self):
        al = "CFGHJKLMNPRTVWXYZ"
        aln = al + "0123456789"
        return self.choice(al) + "".join(self.choice(aln) for _ in range(8))

    def rijbewijs(self):
        return self.digits(10, "45")

    def uk_passport(self):
        while True:
            d = self.digits(9, "123456789")
            if not elfproef(d):
                return d

    def public_ipv4(self):
        a = self.choice([31, 37, 62, 77, 81, 84, 86, 89, 94, 145, 178, 185, 212, 217])
        return f"{a}.{self.r.randint(1, 254)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def public_ipv6(self):
        return "2a02:" + ":".join(f"{self.r.randint(0x1000, 0xffff):x}" for _ in range(3)) + "::" + \
            f"{self.r.randint(1, 0xfff):x}"

    # -------------------------------------------------- phones
    def nl_mobile(self, form=None):
        d = "6" + self.choice("12345") + self.digits(7)  # 9 digits w/o trunk 0
        a, b = d[1:5], d[5:]
        forms = [f"06-{d[1:]}", f"06 {d[1:]}", f"06 {a} {b}", f"06-{d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                 f"0{d}", f"+31 6 {d[1:]}", f"+31 (0)6 {a} {b}", f"+316-{d[1:]}", f"0031 6 {a} {b}",
                 f"(06) {d[1:]}", f"+31{d}", f"06 - {d[1:4]} {d[4:7]} {d[7:]}"]
        return forms[form] if form is not None else self.choice(forms)

    def nl_landline(self, area):
        sub_len = 7 if len(area) == 3 else 6
        sub = self.digits(sub_len, "2345678")
        ar = area[1:]
        if sub_len == 7:
            forms = [f"{area}-{sub}", f"{area} {sub[:3]} {sub[3:]}", f"({area}) {sub[:3]} {sub[3:5]} {sub[5:]}",
                     f"+31 {ar} {sub[:3]} {sub[3:]}", f"+31(0){ar}-{sub}", f"{area}/{sub}"]
        else:
            forms = [f"{area}-{sub}", f"{area} {sub[:2]} {sub[2:4]} {sub[4:]}", f"+31 {ar} {sub}",
                     f"({area}) {sub[:3]} {sub[3:]}"]
        return self.choice(forms)

    def be_mobile(self):
        d = "4" + self.choice("56789") + self.digits(7)
        forms = [f"0{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+32 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                 f"0032 {d}", f"0{d[:3]}/{d[3:5]}.{d[5:7]}.{d[7:]}", f"0{d[:3]} {d[3:6]} {d[6:]}"]
        return self.choice(forms)

    def be_landline(self):
        zone, nxt = self.choice([("2", "2345678"), ("3", "2345678"), ("9", "234")])
        sub = self.digits(7, nxt)
        return self.choice([f"0{zone} {sub[:3]} {sub[3:5]} {sub[5:]}", f"+32 {zone} {sub[:3]} {sub[3:5]} {sub[5:]}"])

    def de_mobile(self):
        pre = self.choice(["151", "152", "160", "162", "170", "171", "172", "176", "177", "157"])
        sub = self.digits(self.choice([7, 8]), "123456789")
        forms = [f"0{pre} {sub}", f"0{pre}-{sub}", f"+49 {pre} {sub}", f"0049 {pre} {sub}",
                 f"+49 (0){pre} {sub[:4]} {sub[4:]}", f"0{pre}/{sub}"]
        return self.choice(forms)

    def de_landline(self, area):
        sub = self.digits(self.choice([7, 8]) if len(area) <= 3 else 7, "2345678")
        forms = [f"{area} {sub}", f"{area}/{sub}", f"+49 {area[1:]} {sub}", f"+49 (0){area[1:]} {sub}",
                 f"{area}-{sub}"]
        return self.choice(forms)

    def uk_mobile(self):
        n = f"{self.r.randint(0, 999):03d}"  # Ofcom drama range 07700 900000-900999
        return self.choice([f"07700 900{n}", f"+44 7700 900{n}", f"+44 (0)7700 900 {n}", f"07700900{n}"])

    def uk_landline(self):
        n = f"{self.r.randint(0, 999):03d}"
        return self.choice([f"020 7946 0{n}", f"+44 20 7946 0{n}", f"0161 496 0{n}",
                            f"+44 (0)161 496 0{n}", f"0113 496 0{n}"])

    # -------------------------------------------------- places
    def nl_postcode(self, prefix):
        while True:
            letters = self.choice("ABCDEGHJKLMNPRTVWXZ") + self.choice("ABCDEGHJKLMNPRTVWXZ")
            if letters not in UNIT_PAIRS:
                break
        num = f"{prefix}{self.r.randint(11, 99)}"
        return self.choice([f"{num} {letters}", f"{num} {letters}", f"{num}{letters}"])

    def nl_street(self):
        return f"{self.choice(NL_STREETS)} {self.r.randint(1, 240)}{self.choice(NL_ADDITIONS)}"

    def nl_place(self):
        town, pre, area = self.choice(NL_TOWNS)
        return self.nl_street(), self.nl_postcode(pre), town, area

    def be_place(self):
        pc, town = self.choice(BE_TOWNS)
        st = self.choice(BE_STREETS)
        nr = self.r.randint(2, 180)
        add = self.choice(["", f" bus {self.r.randint(1, 12)}", f"/{self.r.randint(1, 6)}", f" bus 0{self.r.randint(1, 4)}"])
        return f"{st} {nr}{add}", pc, town

    def de_place(self):
        plz, town, area = self.choice(DE_TOWNS)
        st = self.choice(DE_STREETS)
        nr = f"{self.r.randint(1, 140)}{self.choice(['', '', 'a', 'b', ' c'])}"
        return f"{st} {nr}", plz, town, area

    def uk_place(self):
        pre, town = self.choice(UK_TOWNS)
        pc = f"{pre}{self.r.randint(1, 15)} {self.r.randint(1, 9)}{self.choice('ABDEFGHJLNPQRSTUWXYZ')}{self.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        st = f"{self.r.randint(2, 180)} {self.choice(UK_STREETS)}"
        if self.r.random() < 0.5:
            st = f"Flat {self.r.randint(1, 9)}, {st}"
        return st, pc, town

    # -------------------------------------------------- dates
    def dob(self):
        y = self.r.randint(1948, 2005)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        return y, m, d

    def amount_eur(self):
        return f"€ {self.r.randint(12, 2400)},{self.choice(['00', '95', '50', '99', '40'])}"


NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]


def dob_nl(g):
    y, m, d = g.dob()
    return g.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d} {NL_MONTHS[m - 1]} {y}",
                     f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{y}"])


def dob_en(g):
    y, m, d = g.dob()
    sfx = "th" if 4 <= d <= 20 or 24 <= d <= 30 else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d]
    return g.choice([f"{d:02d}/{m:02d}/{y}", f"{EN_MONTHS[m - 1]} {d}, {y}", f"{d} {EN_MONTHS[m - 1]} {y}",
                     f"{y}-{m:02d}-{d:02d}", f"{d}{sfx} {EN_MONTHS[m - 1][:3]} {y}"])


def dob_de(g):
    y, m, d = g.dob()
    return g.choice([f"{d:02d}.{m:02d}.{y}", f"{d}. {DE_MONTHS[m - 1]} {y}", f"{d}.{m}.{y}"])


DISCLAIMER_NL = ("Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en kan vertrouwelijke "
                 "informatie bevatten. Bent u niet de geadresseerde, verwijder dit bericht dan en stel de "
                 "afzender op de hoogte. Aan dit bericht kunnen geen rechten worden ontleend.")
DISCLAIMER_EN = ("This e-mail and any attachments are confidential and intended solely for the addressee. "
                 "If you have received it in error, please notify the sender and delete it. Any views "
                 "expressed are those of the author and not necessarily of the company.")
DISCLAIMER_DE = ("Diese E-Mail enthält vertrauliche Informationen und ist ausschließlich für den "
                 "Adressaten bestimmt. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte "
                 "sofort den Absender und löschen Sie diese E-Mail. Das unerlaubte Kopieren sowie die "
                 "unbefugte Weitergabe dieser Mail ist nicht gestattet.")


def org_footer_nl(m, g):
    m.t(f"\n--\n{ORG} | {ORG_ADDR} | T {g.choice(ORG_PHONES)} | support@{ORG_DOMAIN}\n"
        f"KvK {ORG_KVK} | btw {ORG_BTW} | IBAN {g.choice(ORG_IBAN)}\n")


def agent_sig(m, g, agent, lang):
    role = {"nl": "Klantenservice", "en": "Customer Support", "de": "Kundenservice"}[lang]
    m.per(agent.full).t(f"\n{role} | {ORG}\nT {g.choice(ORG_PHONES)} | "
                        f"{agent.given.lower().translate(TRANSLIT)}.{agent.sur.lower().translate(TRANSLIT)}@{ORG_DOMAIN}\n")


# ==========================================================================
# DUTCH (incl. Belgian) messages with PII


def nl_mid_subject(g):
    m = M("nl")
    p = g.person(g.choice(["syrian", "moroccan"]))
    w = g.person("dutch")
    inv = f"F2025-{g.r.randint(1000, 9999)}"
    m.t(f"Goedemiddag,\n\nGisteren belde ").per(p.full).t(f" nog over factuur {inv} van {g.amount_eur()}, "
        f"maar er is sindsdien niemand op teruggekomen. ").per(p.given).t(
        f" zou vóór vrijdag 12:00 teruggebeld worden (ticket #{g.r.randint(100000, 999999)}). "
        f"Kunnen jullie {p.hem()} vandaag nog bellen op ").ph(g.nl_mobile()).t(
        f"? Ik regel de administratie, {p.hij()} de inkoop.\n\nGroet,\n").per(w.given).t("\n")
    return m


def nl_belgian_move(g):
    m = M("nl")
    p = g.person("belgian")
    st, pc, town = g.be_place()
    m.t("Dag,\n\nSinds 1 maart woon ik niet meer in Mechelen. Mijn nieuw adres is ").adr(st).t(", ").pc(pc).t(
        f" {town}. Kunnen jullie de jaarfactuur (nr. {g.r.randint(2025000, 2025999)}) voortaan naar daar sturen? "
        "Mijn gsm-nummer blijft hetzelfde: ").ph(g.be_mobile()).t(
        ".\n\nOnze ondernemingsnummer BE0403019261 mag op de factuur blijven staan.\n\nAlvast bedankt,\n").per(p.full).t("\n")
    return m


def nl_cc_list(g):
    m = M("nl")
    a, b, c = g.person("dutch"), g.person("syrian"), g.person("frisian")
    d = g.person("dutch")
    e = g.person("surinamese")
    m.t("Hallo Team!\n\nWe willen drie licenties omzetten naar nieuwe collega's.\ncc: ").per(a.given).t(", ").per(
        b.given).t(" en ").per(c.given).t("\n\n").per(a.given).t(" neemt de licentie over van ").per(d.full).t(
        f" (per 1 april uit dienst), ").per(b.given).t(" en ").per(c.given).t(
        f" krijgen een nieuwe. Het gaat om contract ZS-2024-{g.r.randint(100, 999)}, 3 × € 19,95 per maand, "
        "licentiesleutels ZS7-KQ2M-88TX en ZS7-LP4D-19RW.\n\nGr, ").per(e.given).t("\n")
    return m


def nl_bsn_payroll(g):
    m = M("nl")
    p = g.person(g.choice(["surinamese", "turkish", "polish"]))
    q = g.person("dutch")
    lead = g.r.random() < 0.25
    b = g.bsn(lead_zero=lead)
    bw = b[1:] if lead else g.bsn_written(b)
    ctx = "BSN-nr" if lead else g.choice(["BSN", "burgerservicenummer", "sofinummer", "bsn"])
    m.t("Beste support,\n\nIn ZonneBoek Salaris wordt de loonstrook van maart voor ").per(p.full).t(
        f" verkeerd berekend (loonperiode 2025-03, personeelsnummer 000{g.r.randint(100, 999)}). {p.zijn().capitalize()} {ctx} ").p(
        "BSN", bw).t(" staat goed in het dossier, maar de aangifte loonheffingen geeft foutcode LH-0417 en "
        f"het bedrag wijkt € {g.r.randint(20, 300)},{g.r.randint(10, 99)} af van februari.\n\n"
        "Kunt u even meekijken?\n\nMet vriendelijke groet,\n").per(q.full).t("\nSalarisadministratie De Kustlijn B.V.\n")
    return m


def nl_kenteken(g):
    m = M("nl")
    p = g.person(g.choice(["turkish", "dutch", "moroccan"]))
    pl1, pl2 = g.plate(), g.plate()
    code = g.plate()
    m.t("Hoi,\n\nIn jullie rittenregistratie-app staat de auto met kenteken ").p("LICENSE_PLATE", pl1).t(
        " nog steeds aan mij gekoppeld, terwijl ik die op 14-02-2025 heb verkocht. Mijn nieuwe auto (").p(
        "LICENSE_PLATE", pl2).t(f") kan ik daardoor niet toevoegen. Het oude kastje (artikelcode {code}) "
        f"heb ik al teruggestuurd met retourlabel RT{g.r.randint(10000000, 99999999)}.\n\nGroetjes,\n").per(p.given).t("\n")
    return m


def nl_business_kvk(g):
    m = M("nl")
    p = g.person(g.choice(["dutch", "frisian", "surinamese"]))
    st, pc, town, area = g.nl_place()
    company = g.choice(["Bakkerij De Zeven Wouden", "Fietsenmakerij Het Spaakje", "Hoveniersbedrijf Groenrijk",
                        "Installatiebedrijf Warmtewacht"])
    dom = company.split()[-1].lower() + ".nl"
    m.t(f"Goedendag,\n\nNamens {company} (KvK ").p("KVK", g.kvk()).t(", btw-id ").p("BTW_ID", g.btw()).t(
        ") wil ik ons abonnement per 1 mei omzetten naar het jaarplan (nu 12 × € 39,00). Facturen graag naar ").em(
        f"administratie@{dom}").t(". Contactpersoon voor de overstap ben ik zelf, bereikbaar op ").ph(
        g.nl_landline(area)).t(".\n\nMet vriendelijke groet,\n\n").per(p.full).t(f"\nOfficemanager\n{company}\n").adr(
        st).t("\n").pc(pc).t(f"  {town.upper()}\n")
    return m


def nl_reversed_crm(g):
    m = M("nl")
    p = g.person("turkish")
    ag = g.person("agent")
    rev = f"{p.sur}, {p.given}"
    m.t("[CRM-export ticket ").t(f"{g.r.randint(40000, 49999)}]\nKlant: ").per(rev).t(
        f" (klantnr. {g.r.randint(20000000, 29999999)})\nKanaal: telefoon → e-mail\n\n").t(
        f"{'Dhr.' if p.g == 'm' else 'Mevr.'} ").per(p.sur).t(
        " vraagt of de automatische incasso vanaf 1 juni van een ander rekeningnummer kan: ").ib(g.nl_iban()).t(
        f". Het oude nummer eindigt op 4410. Gesproken met ").per(ag.given).t(", die heeft bevestigd dat het "
        "mandaat opnieuw getekend moet worden.\n")
    return m


def nl_signature_title(g):
    m = M("nl")
    p = g.person(g.choice(["surinamese", "indian", "dutch"]))
    title = g.choice(["ir.", "drs.", "ing.", "mr."])
    role = g.choice(["Lead developer", "Financieel controller", "Teamleider IT", "Hoofd bedrijfsvoering"])
    m.t(f"Hoi,\n\nDe koppeling met onze webshop stopt elke nacht om 03:00 (log: sync-worker 2.14.7, job "
        f"{g.r.randint(10000, 99999)}, omgeving prod-eu-2). Het lijkt op het probleem uit release 2025.03. "
        "Kunnen jullie dit oppakken? Wij draaien op een VM met 4096 MB geheugen.\n\nWat we al geprobeerd hebben: "
        "de API-sleutel vernieuwd (de oude eindigde op ...9f2c), de webhook opnieuw aangemaakt en de tijdzone van de "
        "server op Europe/Amsterdam gezet. In de logging van de webshop zien we om 02:59:58 nog een geslaagde call "
        "en daarna alleen HTTP 429 (Too Many Requests). Het lijkt dus op rate limiting aan jullie kant, maar volgens "
        "ons contract (Professional, 50.000 calls per dag) zitten we daar ruim onder: gisteren 31.412 calls.\n\n"
        f"Groeten,\n\n{title} ").per(
        p.full).t(f"\n{role} | Kustlicht Retail B.V.\nM: ").ph(g.nl_mobile()).t("\nE: ").em(
        g.email(p, domain="kustlicht.nl")).t("\nKvK-nr. ").p("KVK", g.kvk()).t(" | Btw-nr. ").p("BTW_ID", g.btw()).t(
        f"\n\n{DISCLAIMER_NL}\n")
    return m


def nl_dob_passport(g):
    m = M("nl")
    p = g.person(g.choice(["surinamese", "moroccan", "ukrainian"]))
    place = g.choice(["Paramaribo", "Nador", "Charkiv", "Nieuw-Nickerie"])
    doc = g.nl_docnr()
    m.t("Jullie chatbot vroeg om verificatie, dus bij deze: ik ben ").per(p.full).t(", geboren ").p(
        "DATE_OF_BIRTH", dob_nl(g)).t(f" in {place}, en mijn paspoort (").p("ID_DOCUMENT", doc).t(
        ") kan ik desnoods laten zien. De bestelling van 02-04-2025 (order 7711-2093) staat nog op "
        "'in behandeling'. Wat moet ik nog doen?\n")
    return m


def nl_creditcard(g):
    m = M("nl")
    p = g.person(g.choice(["dutch", "chinese", "polish"]))
    card = g.card(g.choice(["visa", "mc", "mc2"]))
    last4 = card.replace(" ", "").replace("-", "")[-4:]
    m.t("Goedenavond,\n\nIk heb vanmiddag geprobeerd ons jaarabonnement te betalen met mijn creditcard ").p(
        "CREDIT_CARD", card).t(" (geldig t/m 08/27) maar de betaling bleef hangen op 'verwerken'. In mijn bankapp zie "
        f"ik wel een reservering van € 238,80 op **** {last4}. Wordt dat bedrag vrijgegeven?\n\n"
        "Vriendelijke groet,\n").per(p.full).t("\n")
    return m


def nl_ip(g):
    m = M("nl")
    p = g.person(g.choice(["dutch", "frisian"]))
    m.t("Sinds vanochtend krijgen we 'toegang geweigerd' in het beheerportaal. Volgens jullie foutmelding komt "
        "het verzoek van ").p("IP_ADDRESS", g.public_ipv4()).t(" — dat is het IP-adres van ons kantoor in Zwolle. "
        "Intern gebruiken we 192.168.10.0/24, de router staat op 192.168.10.1. Client-versie 6.2.0.14, "
        "foutcode 0x80070005.\n\n").per(p.given).t("\n")
    return m


def nl_frisian_mid(g):
    m = M("nl")
    p = g.person("frisian")
    q = g.person("frisian")
    m.t("Goeie moarn (sorry, Fries 😉),\n\nNadat ").per(p.full).t(
        " van onze ledenadministratie jullie vorige week mailde, is de dubbele afschrijving van € 42,50 nog steeds "
        "niet teruggestort. ").per(p.given).t(" heeft toen ").em(g.email(p)).t(
        f" als contactadres opgegeven, maar {p.hij()} is nu een maand op vakantie. Graag reactie naar mij.\n\n"
        "Tige tank,\n").per(q.full).t("\nPenningmeester IJsclub De Sweach\n")
    return m


def nl_health(g):
    m = M("nl")
    p = g.person(g.choice(["dutch", "moroccan", "turkish"]))
    term1 = g.choice(["ziekenhuis"])
    m.t(f"Excuses voor de late betaling van factuur {g.r.randint(2025000, 2025999)}. Ik heb drie weken in het ").hl(
        term1).t(" gelegen na een ").hl("operatie").t(" en heb mijn post niet bijgehouden. Kan de aanmaning van "
        "€ 15,00 vervallen? Ik maak het openstaande bedrag vandaag over.\n\nVriendelijke groet,\n").per(p.full).t("\n")
    return m


def nl_credential(g):
    m = M("nl")
    p = g.person(g.choice(["moroccan", "turkish", "surinamese"]))
    pw1 = g.choice(["Zomer2024!", "Fietsbel#77", "Kaaskop_1988", "Appeltaart9?"])
    pw2 = g.choice(["Welkom01!", "Tulpen&Co3", "Oranje#2023"])
    m.t("ik kan niet meer inloggen 😩 heb 'wachtwoord vergeten' al 3x geprobeerd maar die mail komt niet aan. "
        "mijn wachtwoord was ").cr(pw1).t(" en daarvoor ").cr(pw2).t(
        ", misschien helpt dat? de sms-code 482913 werkte trouwens ook niet.\n\ngroetjes, ").per(
        p.given.lower()).t("\n")
    return m


def nl_social_reply(g):
    m = M("nl")
    p = g.person(g.choice(["nigerian", "moroccan", "surinamese"]))
    m.t(f"{ORG_HANDLE} schreef: \"Vervelend! Stuur ons een DM met je ordernummer, dan zoeken we het uit 🙏\"\n\n"
        f"Gedaan!! ordernummer ZS-{g.r.randint(10000000, 99999999)}. Ik ben ").per(p.full).t(" btw, mail naar ").em(
        g.email(p)).t(" 📧 en niet naar mijn oude hotmail 🙄 #ZonnestraalHelp\n")
    return m


def nl_landline_note(g):
    m = M("nl")
    p = g.person("surinamese")
    ag = g.person("agent")
    town, pre, area = g.choice(NL_TOWNS[:4])
    m.t(f"Telefoonnotitie 10:42\n{p.dhr().capitalize()} ").per(p.sur).t(" belde vanaf ").ph(g.nl_landline(area)).t(
        f": de pakbon bij levering {g.r.randint(600000, 699999)} klopt niet, er ontbreken 2 van de 5 dozen "
        "(artikel ZS-KAS-200). Graag terugbellen vóór 16:00, daarna is de winkel dicht.\n— notitie door ").per(
        ag.given).t("\n")
    return m


def nl_be_refund(g):
    m = M("nl")
    p = g.person("belgian")
    m.t("Goeiedag,\n\nIk heb per vergissing twee keer betaald (2 × € 59,00, mededeling +++090/9337/55493+++). "
        "Gelieve één betaling terug te storten op ").ib(g.be_iban()).t(" t.n.v. ").per(p.full).t(
        ".\n\nMet vriendelijke groeten,\n").per(p.given).t("\n")
    return m


def nl_polish_colleagues(g):
    m = M("nl")
    a, b = g.person("polish"), g.person("polish")
    w = g.person("dutch")
    m.t("Beste Klantenservice,\n\nOnze nieuwe collega's ").per(a.full).t(" en ").per(b.full).t(
        " hebben nog geen toegang tot de planningsmodule. Kunnen jullie accounts aanmaken voor ").em(
        g.email(a, domain="vanderlinde-logistiek.nl")).t(" en ").em(g.email(b, domain="vanderlinde-logistiek.nl")).t(
        "? ").per(a.given).t(" begint maandag, ").per(b.given).t(" pas op 1 mei.\n\nBvd,\n").per(w.full).t(
        "\nVan der Linde Logistiek\n")
    return m


def nl_ukr_address(g):
    m = M("nl")
    p = g.person("ukrainian")
    st, pc, town, area = g.nl_place()
    ua = f"+380 {g.choice(['50', '67', '93', '97'])} {g.digits(3, '123456789')} {g.digits(2)} {g.digits(2)}"
    m.t("Goedendag. Mijn naam is ").per(p.full).t(f". Ik woon sinds kort in {town} op ").adr(st).t(", ").pc(pc).t(
        ". Mijn Nederlands is niet zo goed, sorry. Het pakket is naar mijn oude adres gestuurd. "
        "Mijn telefoon: ").ph(ua).t(" (WhatsApp). Dank u wel!\n")
    return m


def nl_agent_note(g):
    m = M("nl")
    a1, a2 = g.person("agent"), g.person("agent")
    m.t(f"Interne notitie (gesprek 14:05–14:19, ticket #{g.r.randint(300000, 399999)})\nKlant wil opzeggen per "
        "1-7-2025, twijfelt vanwege de prijsverhoging naar € 24,95. Overgedragen aan ").per(a1.full).t("; ").per(
        a1.given).t(" belt morgen tussen 9 en 11 terug op ").ph(g.nl_mobile()).t(".\n— ").per(a2.given).t("\n")
    return m


def nl_ob_nummer(g):
    m = M("nl")
    p = g.person(g.choice(["dutch", "turkish", "indian"]))
    m.t("Hallo,\n\nIk ben zzp'er (eenmanszaak). Op jullie factuur van 31-03-2025 staat nog mijn oude "
        "omzetbelastingnummer ").p("BSN", g.ob_number()).t(", dat moet mijn btw-id ").p("BTW_ID", g.btw()).t(
        f" zijn. Jullie eigen btw-nummer {ORG_BTW} klopt wel. Kunnen jullie een creditnota en nieuwe factuur "
        "sturen?\n\nDank,\n").per(p.full).t("\n")
    return m


def nl_rijbewijs(g):
    m = M("nl")
    p = g.person(g.choice(["moroccan", "polish", "romanian"]))
    w = g.person("dutch")
    m.t("Voor onze bezorgers registreren we rijbewijzen in jullie HR-module. Bij ").per(p.full).t(
        " is rijbewijsnummer ").p("ID_DOCUMENT", g.rijbewijs()).t(" ingevoerd, maar het systeem geeft "
        "'ongeldig formaat' (veld max. 9 tekens?). Versie 3.4.1, build 5120.\n\n").per(w.given).t("\n")
    return m


def nl_whatsapp_dm(g):
    m = M("nl")
    p = g.person(g.choice(["turkish", "moroccan", "surinamese", "dutch"]))
    m.t("hoi! 👋 mn nummer is veranderd, nieuwe = ").ph(g.nl_mobile(g.choice([8, 5, 10, 1]))).t(
        " (de oude die eindigde op 4411 klopt niet meer) thx!! 🙏🏽\n- ").per(p.given).t("\n")
    return m


def nl_chinese_admin(g):
    m = M("nl")
    p = g.person("chinese")
    w = g.person("dutch")
    m.t("Beste,\n\nWe hebben ").per(p.full).t(" vorige week als tweede beheerder toegevoegd, maar ").per(p.given).t(
        " krijgt geen activatiemail op ").em(g.email(p, domain="dehavenaar.nl")).t(
        ". Spam is gecontroleerd. Kan het liggen aan het filter van Microsoft 365?\n\nGroet,\n").per(w.full).t("\n")
    return m


def nl_be_signature(g):
    m = M("nl")
    p = g.person("belgian")
    st, pc, town = g.be_place()
    m.t("Goedemiddag,\n\nOnze boekhouder vraagt een kopie van alle facturen van 2024 in één pdf. Is dat mogelijk? "
        "Het gaat om klantnummer BE-00813.\n\nMet vriendelijke groeten\n\n").per(p.full).t(
        "\nZaakvoerder – Drukkerij Het Anker bv\n").adr(st).t(", ").pc(pc).t(f" {town}\nGSM ").ph(
        g.be_mobile()).t(" | tel. ").ph(g.be_landline()).t("\n")
    return m


def nl_romanian_mid(g):
    m = M("nl")
    a = g.person("romanian")
    b = g.person("romanian")
    w = g.person(g.choice(["dutch", "frisian"]))
    m.t("Hallo,\n\nVolgens ").per(a.full).t(", die bij ons de planning doet, is de export naar Excel sinds "
        "versie 5.0 kapot. ").per(b.given).t(" van de nachtploeg heeft hetzelfde probleem. Zouden jullie ").per(
        a.given).t(" kunnen mailen op ").em(g.email(a, domain="transportvanes.nl")).t(
        "? Dan kan ").per(a.given).t(" een schermopname sturen.\n\nGroet,\n").per(w.given).t("\n")
    return m


def nl_long_quoted_en(g):
    """Long Dutch reply with quoted English history and an agent signature."""
    m = M("nl")
    p = g.person(g.choice(["moroccan", "turkish", "dutch"]))
    ag = g.person("agent")
    while ag.given in ("Tobias",):
        ag = g.person("agent")
    st, pc, town, area = g.nl_place()
    order = f"ZS-{g.r.randint(10000000, 99999999)}"
    email = g.email(p)
    m.t("Beste ").per(ag.given).t(",\n\nDank voor je snelle antwoord, maar het probleem is helaas nog niet opgelost. "
        f"De licentie staat nog steeds op 'verlopen' en ik kan sinds 28-03-2025 geen facturen meer maken. Ik schrijf "
        "nu maar in het Nederlands, dat gaat me makkelijker af.\n\nVoor de volledigheid: het afleveradres voor de "
        "nieuwe kassaprinter is ").adr(st).t(", ").pc(pc).t(f" {town}. Bel gerust op ").ph(g.nl_mobile()).t(
        f" als er iets onduidelijk is, ik ben er vandaag tot 17:30.\n\nMet vriendelijke groet,\n").per(p.full).t(
        f"\n\nOp 28 mrt. 2025 om 16:02 schreef {ORG} <support@{ORG_DOMAIN}>:\n> Hi ").per(p.given).t(
        f",\n>\n> Thanks for getting in touch. I have reset the licence for order {order} on our side; it can take up\n"
        "> to 2 hours before the app picks up the change. If the status still shows 'expired' after that, please\n"
        "> sign out, clear the cache (Settings > Advanced > Clear cache) and sign in again.\n>\n> Kind regards,\n> ").per(
        ag.full).t(f"\n> Customer Support | {ORG}\n> T {ORG_PHONES[1]} | support@{ORG_DOMAIN}\n>\n"
        f"> On 27 Mar 2025, at 09:15, ").per(p.full).t(" <").em(email).t("> wrote:\n>> Hello,\n>> "
        f"My licence for order {order} says expired but I paid invoice 2025-0331 on 20 March (€ 349,00).\n"
        ">> Could you check? Thanks.\n\n" + DISCLAIMER_EN + "\n")
    return m


def nl_long_quoted_de(g):
    """Long Dutch mail from a Dutch branch quoting German colleagues."""
    m = M("nl")
    p = g.person("dutch")
    d = g.person("german")
    ag = g.person("agent")
    plz_st, plz, dtown, darea = g.de_place()
    m.t("Hallo Zonnestraal,\n\nHieronder de mail van onze Duitse vestiging. Kort samengevat: de factuur voor de "
        "vestiging in ").t(dtown).t(" moet naar hun eigen adres en niet naar ons hoofdkantoor. Het gaat om de "
        "licenties 31 t/m 45 (15 × € 12,50). Kunnen jullie dat aanpassen vóór de volgende factuurrun op 1 mei?\n\n"
        "Alvast dank!\n\n").per(p.full).t("\nInkoop Benelux\n\n---------- Doorgestuurd bericht ---------\n"
        "Von: ").per(d.full).t(" <").em(g.email(d, domain="kranwerk.de")).t(">\nGesendet: Mittwoch, 9. April 2025 "
        "11:24\nBetreff: Rechnungsadresse\n\nHallo ").per(p.given).t(",\n\nbitte gebt dem Softwareanbieter unsere "
        "neue Rechnungsanschrift durch:\n\nKranwerk Service GmbH\n").adr(plz_st).t("\n").pc(plz).t(f" {dtown}\n\n"
        "USt-IdNr. DE136695976. Die Bestellnummer 4500018822 bitte auf jeder Rechnung angeben.\n"
        "Rückfragen gern telefonisch unter ").ph(g.de_landline(darea)).t(".\n\nViele Grüße\n").per(d.given).t(
        "\n\n> Am 02.04.2025 um 16:40 schrieb ").per(p.full).t(":\n> Hallo ").per(d.given).t(
        ",\n> die Lizenzen für euren Standort laufen noch über unseren Vertrag ZS-CT-2021-0311. Der Anbieter kann die "
        "Rechnung\n> aber aufteilen, wenn wir ihm eure Anschrift und eine Bestellnummer geben. Könnt ihr mir beides "
        "schicken?\n> Gruß aus Utrecht\n\n" + DISCLAIMER_DE + "\n")
    return m


# ==========================================================================
# ENGLISH messages with PII


def en_spoke_to(g):
    m = M("en")
    a = g.person("nigerian")
    w = g.person(g.choice(["british", "indian"]))
    m.t("Hello,\n\nI spoke to ").per(a.given).t(f" yesterday about the duplicate charge and {a.he()} promised a refund "
        f"within 5 working days. It is now day 9. Order ZS-{g.r.randint(4000000, 4999999)}, amount £84.00, "
        "charged on 02/04/2025 and again on 03/04/2025. Could someone other than ").per(a.given).t(
        " please have a look?\n\nThanks,\n").per(w.full).t("\n")
    return m


def en_uk_move(g):
    m = M("en")
    p = g.person("british")
    st, pc, town = g.uk_place()
    m.t("Hi there,\n\nWe've moved! New address: ").adr(st).t(f", {town} ").pc(pc).t(
        f". Please update the billing address on account 0041-{g.r.randint(1000, 9999)} and send the replacement "
        "card reader there too. Best number to reach me is ").ph(g.uk_mobile()).t(
        " (not the landline on file).\n\nCheers,\n").per(p.given).t("\n")
    return m


def en_tweet_card(g):
    m = M("en")
    m.t(f"{ORG_HANDLE} you charged my card ").p("CREDIT_CARD", g.card()).t(
        " TWICE for the same subscription 😤😤 fix it today or I'm going to my bank. #scam #ZonnestraalFail 🤬\n")
    return m


def en_signature_title(g):
    m = M("en")
    p = g.person("indian")
    m.t("Dear Billing,\n\nPlease find attached PO 4500021937 for the renewal of 25 seats (quote Q-2025-0117, "
        "total €5,487.50 excl. VAT). Our VAT number changed in January; the new one is on the PO. Kindly "
        "reference the PO on the invoice, otherwise our AP team will reject it.\n\nTwo further points while I have "
        "you: the March invoice (INV-2025-03117) was addressed to our old Sheffield site, which closed last year, and "
        "it was sent to a shared mailbox that nobody monitors any more. Please make sure future invoices go to the "
        "AP address on the PO only. Also, could your team confirm whether the 25 seats include the two read-only "
        "auditor accounts, or whether those are charged separately at £4.50 per month?\n\nKind regards,\n\n").per(
        p.full).t("\nSenior Procurement Lead | Northwind Fabrication Ltd\nD: ").ph(g.uk_landline()).t(" | M: ").ph(
        g.uk_mobile()).t("\n").em(g.email(p, domain="northwind-fab.co.uk")).t(f"\n\n{DISCLAIMER_EN}\n")
    return m


def en_ip(g):
    m = M("en")
    p = g.person(g.choice(["british", "nigerian", "indian"]))
    m.t("Hi Team,\n\nOur office's public IP changed to ").p("IP_ADDRESS", g.public_ipv4()).t(
        " (static, from the new ISP) and the API allow-list still has the old one. Please also remove 10.20.0.5 — "
        "that's internal and should never have been there. Our IPv6 prefix is ").p("IP_ADDRESS", g.public_ipv6()).t(
        ". We are on client 2.8.1 (build 1144).\n\nThanks,\n").per(p.given).t("\n")
    return m


def en_dob(g):
    m = M("en")
    p = g.person(g.choice(["nigerian", "chinese", "indian", "british"]))
    m.t("Hi, for the age check on the student discount: my date of birth is ").p("DATE_OF_BIRTH", dob_en(g)).t(
        f" and my student number is {g.r.randint(2000000, 2999999)} (not sure you need that). The discount code "
        "STUDENT25 was rejected on 14 April.\n\n").per(p.full).t("\n")
    return m


def en_passport(g):
    m = M("en")
    p = g.person(g.choice(["nigerian", "british", "indian"]))
    m.t("Your onboarding form asked for ID, so here goes: passport number ").p("ID_DOCUMENT", g.uk_passport()).t(
        ", expiry 2031. Name as in passport: ").per(p.full).t(". I'd rather not upload a scan if that's okay — "
        "is the number enough?\n")
    return m


def en_gb_refund(g):
    m = M("en")
    p = g.person(g.choice(["british", "nigerian"]))
    m.t(f"Hello,\n\nAs agreed on the phone (ref CS-{g.r.randint(100000, 999999)}), please refund the £120.00 to my "
        "account: ").ib(g.gb_iban()).t(", account holder ").per(p.full).t(
        ". The original payment was made by card ending 7731, but that card has since been cancelled.\n\nThank you,\n").per(
        p.given).t("\n")
    return m


def en_reversed(g):
    m = M("en")
    p = g.person(g.choice(["nigerian", "romanian", "british"]))
    ag = g.person("agent")
    rev = f"{p.sur}, {p.given}"
    m.t(f"[CRM] Contact: ").per(rev).t(f"\nAccount: ACC-{g.r.randint(10000, 99999)} | Plan: Team (20 seats)\n\n"
        "Asked for copies of the Q3 invoices (INV-2024-0712, INV-2024-0809, INV-2024-0911) to be sent to ").em(
        g.email(p, lang="en")).t(". ").per(p.given).t(" also mentioned the reseller discount ended on 30 Sept.\n"
        "Logged by ").per(ag.given).t("\n")
    return m


def en_expat_bsn(g):
    m = M("en")
    p = g.person(g.choice(["indian", "chinese", "romanian"]))
    st, pc, town, area = g.nl_place()
    m.t("Hi, I'm new in the Netherlands and your payroll module asks for my BSN. Is it ok to send it here? It's ").p(
        "BSN", g.bsn_written(g.bsn())).t(". I live at ").adr(st).t(", ").pc(pc).t(f" {town}. My employer is "
        "Albert Heijn's distribution centre but they said to contact you directly.\n\nThanks a lot,\n").per(p.full).t("\n")
    return m


def en_health(g):
    m = M("en")
    p = g.person(g.choice(["british", "nigerian"]))
    t1 = g.choice(["sick leave"])
    t2 = g.choice(["surgery", "chemo"])
    m.t("Hi,\n\nSorry for the slow reply — I've been on ").hl(t1).t(" since February after ").hl(t2).t(
        f" and my colleague didn't forward anything. Could you pause the account until 1 June instead of closing it? "
        "The last invoice (INV-88213) is paid.\n\nBest,\n").per(p.full).t("\n")
    return m


def en_credential(g):
    m = M("en")
    p = g.person(g.choice(["british", "indian", "romanian"]))
    pw = g.choice(["Kw!8zPq2r", "Tr0ub4dor&3", "Summer#2025", "bluefish77!"])
    m.t("ok so the shared admin password is ").cr(pw).t(" — I know, I know, I'll change it once you've fixed the "
        "sync. Also the door PIN for the server room is ").cr(str(g.r.randint(1000, 9999))).t(
        " if your engineer comes on Thursday. The password reset link you sent expired after 15 min btw.\n\n").per(
        p.given).t("\n")
    return m


def en_cc_list(g):
    m = M("en")
    c1 = g.person("chinese")
    a, s = g.person("indian"), g.person("british")
    w = g.person("nigerian")
    m.t("Hi all,\n\ncc: ").per(c1.full).t(", ").per(a.given).t(" and ").per(s.given).t(
        "\n\nWe'd like to move the three of them from the Starter to the Pro plan from next month. ").per(
        c1.sur_alone if g.r.random() < 0.5 else c1.given).t(" needs admin rights; ").per(a.given).t(" and ").per(
        s.given).t(" just need reporting. Invoice to the same PO as before (PO-7781).\n\nBest regards,\n").per(
        w.full).t("\n")
    return m


def en_romanian(g):
    m = M("en")
    a, b = g.person("romanian"), g.person("romanian")
    w = g.person("british")
    m.t("Hello,\n\n").per(a.full).t(" from our Cluj office will take over as account owner. ").per(b.full).t(
        " has left the company, so please remove ").em(g.email(b, domain="meridian-ro.eu")).t(
        " from all notifications. ").per(a.given).t(" can be reached at ").em(
        g.email(a, domain="meridian-ro.eu")).t(".\n\nThanks,\n").per(w.given).t("\n")
    return m


def en_belgian(g):
    m = M("en")
    p = g.person("belgian")
    nr = g.r.randint(2, 90)
    bte = g.r.randint(1, 9)
    street = g.choice(["Rue Belliard", "Avenue Louise", "Chaussée de Wavre", "Rue du Trône"])
    pc, town = g.choice([("1040", "Etterbeek"), ("1050", "Ixelles"), ("1000", "Bruxelles")])
    m.t("Good morning,\n\nCould you send the hardware to our Brussels office instead: ").adr(
        f"{street} {nr} bte {bte}").t(", ").pc(pc).t(f" {town}. Reception is open 8:30–17:00. My mobile is ").ph(
        g.be_mobile()).t(" in case the courier can't find us.\n\nBest,\n").per(p.full).t("\n")
    return m


def en_ngozi_dm(g):
    m = M("en")
    p = g.person("nigerian")
    m.t("hiii it's ").per(p.given).t(" 👩🏾‍💻 from the webinar yesterday!! can u send the slides to ").em(
        g.email(p, lang="en")).t("? ty 💜 ps the replay link on @ZonnestraalNL's bio is broken\n")
    return m


def en_kenteken(g):
    m = M("en")
    p = g.person(g.choice(["dutch", "frisian"]))
    q = g.person(g.choice(["british", "indian"]))
    m.t("Hi,\n\nThe fleet module shows the wrong driver for our van with Dutch plate ").p("LICENSE_PLATE", g.plate()).t(
        ". It is assigned to ").per(p.full).t(f", who left in January; it should be unassigned. Fleet ID "
        f"FL-{g.r.randint(1000, 9999)}, module version 7.1.3.\n\nRegards,\n").per(q.full).t("\n")
    return m


def en_kvk(g):
    m = M("en")
    p = g.person(g.choice(["indian", "british", "chinese"]))
    m.t("Hello,\n\nWe are a Dutch B.V. (Chamber of Commerce number ").p("KVK", g.kvk()).t(", VAT ").p(
        "BTW_ID", g.btw()).t(") and would like to be invoiced without Dutch VAT being shown separately — is that "
        "possible, or does reverse charge not apply within NL? Our current invoice is 2025-0415 for €1,180.00.\n\n"
        "Kind regards,\n").per(p.full).t("\nFinance, Lumen Labs B.V.\n")
    return m


def en_thanks_agent(g):
    m = M("en")
    a = g.person("agent")
    m.t("Just wanted to say thanks to ").per(a.given).t(" on your phone line this morning — ").per(a.given).t(
        " sorted out our VAT settings in 5 minutes after two weeks of back-and-forth. Give ").t(
        "them a raise! 🙌 (ticket 77120)\n")
    return m


def en_de_customer(g):
    m = M("en")
    p = g.person("german")
    st, plz, town, area = g.de_place()
    m.t("Hello,\n\nwriting in English as our German support contact is on holiday. Please ship the replacement "
        "terminal to ").adr(st).t(", ").pc(plz).t(f" {town}, Germany. You can call me at ").ph(g.de_mobile()).t(
        " if DHL needs anything.\n\nBest regards\n").per(p.full).t("\n")
    return m


def en_long_quoted_nl(g):
    """Long English mail quoting a Dutch exchange, with agent signature and disclaimer."""
    m = M("en")
    p = g.person(g.choice(["indian", "british", "nigerian"]))
    ag = g.person("agent")
    col = g.person("dutch")
    m.t("Hi ").per(ag.given).t(",\n\nApologies for replying in English — my Dutch colleague ").per(col.full).t(
        " is off this week and I'm covering. I've read the thread below via a translator. If I understand correctly, "
        "the data export will be available again after the maintenance window on Sunday 13 April between 02:00 and "
        "06:00 CET, and the export from before 1 January 2024 will not be included automatically.\n\n"
        "Could you confirm whether we can request the older data separately? Our auditors need the full 2023 "
        "ledger by 30 April. If it is easier to discuss by phone, I'm on ").ph(g.uk_mobile()).t(
        " most afternoons.\n\nMany thanks,\n").per(p.full).t("\nGroup Controller, Harbourside Holdings\n\n"
        "-----Original Message-----\nFrom: ").per(ag.full).t(f" <support@{ORG_DOMAIN}>\nSent: 08 April 2025 15:47\n"
        "Subject: RE: Export boekhouding 2023 [#").t(f"{g.r.randint(500000, 599999)}]\n\nBeste ").per(col.given).t(
        ",\n\nDe export is tijdelijk uitgeschakeld vanwege onderhoud. Na zondag kun je hem weer starten via "
        "Rapportages > Export. Gegevens van vóór 1 januari 2024 staan in het archief en moeten apart worden "
        "aangevraagd.\n\nMet vriendelijke groet,\n").per(ag.full).t(f"\nKlantenservice | {ORG}\n"
        f"T {ORG_PHONES[0]}\n\n> Van: ").per(col.full).t(" <").em(g.email(col, domain="harboursideholdings.com")).t(
        ">\n> Hoi, de export van 2023 geeft een lege csv (0 KB). Klopt dat?\n\n" + DISCLAIMER_EN + "\n")
    return m


# ==========================================================================
# GERMAN messages with PII


def de_nachdem(g):
    m = M("de")
    p = g.person("turkish")
    w = g.person("german")
    m.t("Guten Tag,\n\nnachdem ").per(p.full).t(" Ihnen am Montag schrieb, dass wir die Lizenz um ein Jahr "
        "verlängern, haben wir nichts mehr gehört. ").t(f"{p.herr()} ").per(p.sur).t(
        " ist jetzt bis Ende April im Urlaub, bitte melden Sie sich direkt bei mir unter ").ph(g.de_mobile()).t(
        f".\n\nVertragsnummer: V-2023-{g.r.randint(1000, 9999)}\n\nMit freundlichen Grüßen\n").per(w.full).t("\n")
    return m


def de_rueckruf_note(g):
    m = M("de")
    p = g.person("turkish")
    ag = g.person("agent")
    pron = "Er" if p.g == "m" else "Sie"
    m.t(f"{p.herr()} ").per(p.sur).t(" hat um 14:32 angerufen, Rückruf bitte unter ").ph(g.de_mobile()).t(
        f". Es geht um Rechnung RE-2025-{g.r.randint(10000, 99999)} (Betrag 1.249,00 €), die doppelt abgebucht "
        f"wurde. {pron} ist ab 16 Uhr nicht mehr erreichbar.\n– ").per(ag.given).t("\n")
    return m


def de_umzug(g):
    m = M("de")
    p = g.person(g.choice(["german", "polish", "ukrainian"]))
    st, plz, town, area = g.de_place()
    m.t("Hallo zusammen,\n\nwir sind umgezogen. Neue Anschrift ab 1. Mai: ").adr(st).t(", ").pc(plz).t(
        f" {town}. Bitte die Lieferadresse für das Abo (Kundennummer 10{g.r.randint(100000, 999999)}) ändern; "
        "die Rechnungsadresse bleibt vorerst gleich.\n\nDanke und schöne Grüße\n").per(p.full).t("\n")
    return m


def de_lastschrift(g):
    m = M("de")
    p = g.person(g.choice(["german", "turkish", "romanian"]))
    m.t("Sehr geehrte Damen und Herren,\n\nbitte ändern Sie das SEPA-Lastschriftmandat auf folgende Bankverbindung: "
        "IBAN ").ib(g.de_iban()).t(", Kontoinhaber ").per(p.full).t(
        f". Die Mandatsreferenz ZS-M-{g.r.randint(100000, 999999)} kann gleich bleiben. Die Abbuchung vom 03.04.2025 "
        "über 89,00 € ist bereits erfolgt.\n\nMit freundlichen Grüßen\n").per(p.full).t("\n")
    return m


def de_ausweis(g):
    m = M("de")
    p = g.person(g.choice(["german", "ukrainian", "polish"]))
    m.t("Ihr Chatbot wollte eine Ausweiskopie, das möchte ich nicht. Meine Ausweisnummer ist ").p(
        "ID_DOCUMENT", g.de_ausweis()).t(" (ausgestellt am 14.02.2021), geboren bin ich am ").p(
        "DATE_OF_BIRTH", dob_de(g)).t(". Reicht das für die Altersprüfung?\n\nGruß ").per(p.given).t("\n")
    return m


def de_kennzeichen(g):
    m = M("de")
    p = g.person("german")
    m.t("Hallo,\n\nim Fuhrparkmodul steht bei unserem Firmenwagen noch das alte Kennzeichen ").p(
        "LICENSE_PLATE", g.de_plate()).t(". Das neue Kennzeichen lautet ").p("LICENSE_PLATE", g.de_plate()).t(
        f". Fahrzeug-ID FZ-{g.r.randint(100, 999)}, Version 7.1.3. Bitte korrigieren, sonst stimmt das "
        "Fahrtenbuch nicht.\n\nViele Grüße\n").per(p.full).t("\n")
    return m


def de_health(g):
    m = M("de")
    p = g.person(g.choice(["german", "turkish"]))
    m.t("Hallo,\n\nich war drei Wochen ").hl("krankgeschrieben").t(" und konnte deshalb die Frist für die "
        f"Kündigung (31.03.) nicht einhalten. Können Sie ausnahmsweise zum 30.04. kündigen? Vertragsnummer "
        f"V-{g.r.randint(100000, 999999)}.\n\nMit freundlichen Grüßen\n").per(p.full).t("\n")
    return m


def de_credential(g):
    m = M("de")
    p = g.person(g.choice(["german", "polish", "ukrainian"]))
    pw = g.choice(["Sonne2024!", "Kaffee&Kuchen7", "Hamburg#1887", "Zugspitze_99"])
    m.t("Ich komme nicht mehr rein. Mein Passwort lautet ").cr(pw).t(
        ", das hat bis gestern funktioniert. Den Link „Passwort vergessen“ habe ich schon zweimal benutzt, der "
        "Bestätigungscode 771204 wird aber abgelehnt.\n\n").per(p.given).t("\n")
    return m


def de_austria(g):
    m = M("de")
    p = g.person(g.choice(["german", "romanian", "polish"]))
    st = f"{g.choice(['Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Herrengasse'])} {g.r.randint(2, 120)}/{g.r.randint(1, 9)}/{g.r.randint(1, 20)}"
    pc = g.choice(["1070", "1030", "8010", "4020"])
    town = {"1070": "Wien", "1030": "Wien", "8010": "Graz", "4020": "Linz"}[pc]
    mob = f"+43 {g.choice(['664', '660', '676', '699'])} {g.digits(7, '123456789')}"
    m.t("Grüß Gott,\n\nich bin aus Österreich und möchte das Abo auf meine neue Adresse umstellen: ").adr(st).t(
        ", ").pc(pc).t(f" {town}. Die Rückerstattung bitte auf mein Konto ").ib(g.at_iban()).t(
        ". Erreichbar bin ich unter ").ph(mob).t(".\n\nLiebe Grüße\n").per(p.full).t("\n")
    return m


def de_signature(g):
    m = M("de")
    p = g.person("german")
    plz_st, plz, town, area = g.de_place()
    m.t("Sehr geehrte Damen und Herren,\n\nanbei unsere Bestellung 4500019911 über 10 weitere Arbeitsplätze. Bitte "
        "senden Sie die Auftragsbestätigung an die unten stehende Adresse.\n\nBitte beachten Sie außerdem: Ab dem "
        "01.07.2025 nehmen wir nur noch elektronische Rechnungen im Format XRechnung oder ZUGFeRD 2.2 an. "
        "Papierrechnungen und einfache PDF-Dateien werden ab diesem Datum von unserem Rechnungseingangssystem "
        "automatisch abgewiesen. Die Leitweg-ID bzw. unsere Bestellnummer muss auf jeder Rechnung stehen.\n\n"
        "Mit freundlichen Grüßen\n\nDr. ").per(
        p.full).t(f"\n{'Leiterin' if p.g == 'f' else 'Leiter'} Einkauf\nBrenner & Voss Maschinenbau GmbH\n").adr(plz_st).t(" · ").pc(plz).t(
        f" {town}\nTel. ").ph(g.de_landline(area)).t("\n").em(g.email(p, domain="brenner-voss.de")).t(
        "\nHRB 45517, Amtsgericht " + town + f"\n\n{DISCLAIMER_DE}\n")
    return m


def de_ukr_colleague(g):
    m = M("de")
    p = g.person("ukrainian")
    w = g.person("german")
    m.t(f"Hallo Support,\n\nunsere neue {'Kollegin' if p.g == 'f' else 'Kollege'} ").per(p.full).t(" braucht einen Zugang zur Buchhaltung. ").per(
        p.given).t(" spricht Englisch und Ukrainisch, die Einladung also bitte auf Englisch an ").em(
        g.email(p, lang="de")).t(".\n\nDanke!\n").per(w.given).t("\n")
    return m


def de_card(g):
    m = M("de")
    p = g.person(g.choice(["german", "turkish"]))
    m.t("Guten Abend,\n\nmeine Kreditkarte ").p("CREDIT_CARD", g.card(g.choice(["visa", "mc", "amex"]))).t(
        " wurde am 02.04. doppelt mit je 49,00 € belastet. Bitte erstatten Sie eine Buchung. In der Bestellübersicht "
        "steht nur „Visa •••• 4417“, das ist eine alte Karte.\n\nMfG\n").per(p.full).t("\n")
    return m


def de_ip(g):
    m = M("de")
    p = g.person("german")
    m.t("Hallo,\n\nunser Büro wird seit heute Morgen gesperrt, laut Fehlermeldung für die IP ").p(
        "IP_ADDRESS", g.public_ipv4()).t(" bzw. ").p("IP_ADDRESS", g.public_ipv6()).t(". Das sind unsere festen Adressen. Intern laufen wir über die FritzBox "
        "(192.168.178.1), Client-Version 4.3.0-rc2.\n\nGruß\n").per(p.given).t("\n")
    return m


def de_cc_names(g):
    m = M("de")
    a, b = g.person("german"), g.person("german")
    c = g.person("polish")
    w = g.person("german")
    m.t("Moin,\n\ncc: ").per(a.given).t(", ").per(b.given).t(" und ").per(c.given).t(
        f"\n\nbitte alle drei ab dem 1. Juni in die Gruppe „Lager Nord“ verschieben. ").per(c.given).t(
        " braucht zusätzlich Leserechte auf die Inventur 2024.\n\nDanke,\n").per(w.full).t("\n")
    return m


def de_social(g):
    m = M("de")
    p = g.person(g.choice(["german", "turkish"]))
    m.t(f"{ORG_HANDLE} seit dem Update 4.3 stürzt die App bei jedem Start ab 😡😡 Hab schon 3x neu installiert. "
        "Meldet euch bitte per Mail: ").em(g.email(p, lang="de")).t(" #zonnestraal #bug\n")
    return m


def de_whatsapp(g):
    m = M("de")
    p = g.person(g.choice(["ukrainian", "romanian", "turkish"]))
    m.t("Hallo, hier ist ").per(p.given).t(" 👋 Meine neue Handynummer: ").ph(g.de_mobile()).t(
        ". Bitte für SMS-Codes ändern. Danke!! 🙏🏻\n")
    return m


def de_long_quoted_en(g):
    m = M("de")
    p = g.person("german")
    ag = g.person("agent")
    plz_st, plz, town, area = g.de_place()
    m.t("Hallo ").per(ag.given).t(",\n\nvielen Dank für die schnelle Antwort. Leider hat das Zurücksetzen nichts "
        "gebracht: Beim Export der DATEV-Datei erscheint weiterhin „Fehler 0x3F – Konto nicht gefunden“. Ich habe "
        "die Schritte aus Ihrer Mail genau befolgt (Cache geleert, abgemeldet, neu angemeldet, Version 4.3.1 "
        "Build 20250402).\n\nFalls ein Techniker vorbeikommen muss: Unsere Adresse ist ").adr(plz_st).t(", ").pc(
        plz).t(f" {town}, 3. OG, bitte bei „Empfang“ klingeln. Telefonisch bin ich unter ").ph(
        g.de_landline(area)).t(" erreichbar.\n\nMit freundlichen Grüßen\n").per(p.full).t(
        "\nBuchhaltung, Kessler Dämmtechnik GmbH\n\n-------- Original Message --------\nFrom: ").per(ag.full).t(
        f" <support@{ORG_DOMAIN}>\nDate: 10 April 2025 09:12\n\nDear {'Mr' if p.g == 'm' else 'Ms'} ").per(p.sur).t(
        ",\n\nI'm sorry, I don't speak German, so I'm replying in English. Please clear the cache via Settings > "
        "Advanced, sign out and sign in again. If the export still fails, send us the log file from "
        "%APPDATA%\\Zonnestraal\\logs (it contains no personal data).\n\nKind regards,\n").per(ag.full).t(
        f"\nCustomer Support | {ORG}\n{ORG_ADDR}\n\n" + DISCLAIMER_DE + "\n")
    return m


# ==========================================================================
# PII-FREE messages (hard negatives only)


def neg_nl_order(g):
    m = M("nl")
    k = g.non_bsn9()
    m.t(f"Hallo Team!\n\nBestelling 2025-{g.r.randint(100000, 999999)} (besteld op 14-03-2025, € 1.249,00 incl. btw) "
        f"is nog steeds niet geleverd. Track & trace: 3SZNSL{g.digits(9)}. Klantnummer {k}. De status staat sinds "
        "18-03 op 'onderweg'. Kunnen jullie navragen bij PostNL waar het pakket blijft?\n\nGroet,\n"
        "Financiële administratie\n")
    assert not elfproef(k)
    return m


def neg_nl_bug(g):
    m = M("nl")
    m.t(f"Hoi Support,\n\nNa de update naar versie 4.12.{g.r.randint(2, 9)} (build 20250311.{g.r.randint(1, 9)}) gebruikt "
        "de app 2048 MB geheugen en loopt vast bij het openen van rapport 2023. Log:\n\n"
        "2025-03-14 09:41:07,221 ERROR [sync-worker] pid 48213 connect 192.168.178.20:5432 timeout after 30000 ms\n"
        "2025-03-14 09:41:37,225 WARN  [sync-worker] retry 3/5 host 10.0.0.12\n"
        "2025-03-14 09:42:07,230 INFO  [ui] heap 1843 MB / 2048 MB\n\n"
        "Windows 11 23H2, 16 GB RAM, schijf 512 GB. Commit a3f9c2e, ticket #88213.\n")
    return m


def neg_nl_social(g):
    m = M("nl")
    v = g._cycle("nl_social_v", [0, 1, 2])
    if v == 0:
        m.t(f"{ORG_HANDLE} 3 dagen geen verbinding met de kassa 😤😤😤 en niemand reageert 🤦🏼‍♀️ "
            "#storing #zonnestraal #ondernemersleed\n")
    elif v == 1:
        m.t(f"Ons gezin 👨‍👩‍👧‍👦 gebruikt jullie huishoudboekje-app al jaren maar sinds v3.8 zijn alle categorieën weg?! "
            f"@Consumentenbond kijk even mee 👀 cc {ORG_HANDLE}\n")
    else:
        m.t(f"JULLIE APP IS WEER PLAT!!! 🔥🔥 al 2 uur geen pinbetalingen in de zaak. {ORG_HANDLE} @Marktplaats_NL "
            "doe er iets aan #storing\n")
    return m


def neg_nl_orgdata(g):
    m = M("nl")
    m.t(f"Hoi Support,\n\nOp factuur 2025-F-{g.r.randint(100, 999):05d} staat jullie IBAN {ORG_IBAN[1]}, maar op de "
        f"website zie ik {ORG_IBAN[0]} — is dat hetzelfde? Ook KvK {ORG_KVK} en btw {ORG_BTW} staan erop. Wij betalen "
        f"pas als het klopt, dat begrijpen jullie vast. Bellen naar {ORG_PHONES[2]} lukt niet (alleen een bandje), "
        f"en een brief naar {ORG_POSTBUS} duurt te lang.\n\nGroeten van de crediteurenadministratie\n")
    return m


def neg_nl_products(g):
    m = M("nl")
    m.t("Goedemorgen,\n\nWij gebruiken de koppeling Marktplein 3 en het kassathema Boulevard 12. Sinds vrijdag toont "
        "Marktplein 3 geen voorraad meer voor onze vestiging aan de Kerkstraat in Den Bosch. Kan dat aan release "
        "2025.4 liggen? Het thema Havenkade 2 had dit probleem niet.\n\nMet vriendelijke groet,\nTeam Webshop\n")
    return m


def neg_nl_towns(g):
    m = M("nl")
    m.t(f"Hoi Support, kan de levering van de week naar volgende week? Ik zit van de week in Ede en Best voor een beurs "
        f"en daarna in Bergen op Zoom. Bezorgvenster graag tussen 08:00 en 12:00, order 2025-{g.r.randint(1000, 9999)}. "
        "Dank! 😊\n")
    return m


def neg_nl_codes(g):
    m = M("nl")
    c1, c2 = g.plate(), g.plate()
    m.t(f"Beste,\n\nIn zending 3SZNSL{g.digits(9)} ontbreken artikel {c1} (bevestigingsbeugel) en artikel {c2} "
        f"(afdekkap). Pakbon {g.r.randint(50000, 59999)}, 2 × € 14,95. De doos was beschadigd. Foto's volgen.\n\n"
        "Groet, magazijn\n")
    return m


def neg_nl_masked(g):
    m = M("nl")
    l4 = g.digits(4)
    m.t(f"Ik zie twee afschrijvingen op mijn creditcard **** **** **** {l4} op 02-03-2025, elk € 59,95. "
        "In de winkel heb ik die dag ook betaald met pin 45,00 bij de PIN-automaat, maar dat was iets anders. "
        f"Graag één afschrijving terug. Transactie-ID TX-{g.digits(10)}.\n")
    return m


def neg_nl_smscode(g):
    m = M("nl")
    m.t(f"de link van 'wachtwoord vergeten' werkt niet en de verificatiecode {g.digits(6, '123456789')} is "
        "volgens de app ongeldig. ook de code van de tweestapsverificatie komt pas na 10 min binnen. "
        "hoe reset ik mijn wachtwoord dan?? 🙄\n")
    return m


def neg_nl_companies(g):
    m = M("nl")
    m.t("Hallo,\n\nOnze grootste klanten zijn Albert Heijn, Van Lanschot en Jansen Installatietechniek B.V. Kunnen we "
        "de omzetrapportage per klant exporteren? Nu komt alles op één regel. Verder: de route via de Jan van "
        "Galenstraat is afgesloten, dus de monteur moet via de Admiraal de Ruijterweg komen.\n\nBedankt!\n"
        "Team Planning\n")
    return m


def neg_nl_idioms(g):
    m = M("nl")
    m.t("Ik word er echt ziek van: alweer een storing, de derde deze maand. De opname van het gesprek met jullie "
        "servicedesk (14:10, 12 min) kan ik ook niet afspelen in het portaal. Dit is het recept voor een "
        "opzegging, echt waar. 🙃\n")
    return m


def neg_nl_manual(g):
    m = M("nl")
    m.t("In jullie handleiding (hoofdstuk 3.2.1.4) staat als voorbeeld-BSN 999999990 en als voorbeeld-IBAN "
        f"{ORG_IBAN[0]}. Als ik dat voorbeeld-BSN invul bij een testmedewerker krijg ik 'ongeldig'. Ook het "
        "voorbeeld-btw-nummer NL123456789B01 uit de handleiding wordt geweigerd. Welke testwaarden moet ik "
        "gebruiken?\n")
    return m


def neg_nl_belgian(g):
    m = M("nl")
    m.t("Goeiedag,\n\nOnze betaling met gestructureerde mededeling +++123/4567/89012+++ is volgens jullie nog niet "
        "ontvangen. Factuur 2025/00412 van 14/03/2025, € 1.210,00, ondernemingsnummer 0403.019.261. Gelieve te "
        "bevestigen of de betaling goed is toegekomen.\n\nVriendelijke groeten,\nDe boekhouding\n")
    return m


def neg_nl_9digit(g):
    m = M("nl")
    a, b = g.non_bsn9(), g.non_bsn9()
    c = g.bsn()  # elfproef-valid but explicitly an invoice number: not a BSN
    m.t(f"Graag retour aanmelden voor ordernummers {a} en {b} (beide besteld op 03-03-2025). Op factuurnummer {c} "
        f"staan ze allebei. Retourcode RMA-2025-{g.r.randint(1000, 9999)}, gewicht 2,4 kg.\n")
    return m


def neg_nl_greeting(g):
    m = M("nl")
    m.t("Beste Klantenservice,\n\nNamens Team Inkoop de vraag of de licenties voor 2026 al geoffreerd kunnen worden. "
        "We verwachten 40 tot 45 gebruikers en willen graag jaarlijkse facturatie, vooraf. De huidige "
        "overeenkomst (OVK-2022-014) loopt af op 31-12-2025.\n\nMet vriendelijke groet,\nTeam Inkoop\n"
        "Gemeente Zuidplas\n")
    return m


def neg_nl_datetime(g):
    m = M("nl")
    m.t("Hoi,\n\nDe installatie-afspraak staat op di 22-04-2025 om 09:30. Kan dit naar do 24-04? Contractduur "
        "36 mnd, ingangsdatum 01-05-2025, opzegtermijn 1 maand. Ons bedrijf bestaat trouwens 40 jaar "
        "(opgericht 12-03-1985), dus misschien is er een jubileumkorting? 😉\n\nGr. de zaak\n")
    return m


def neg_nl_long_monitor(g):
    m = M("nl")
    m.t("Hallo Support,\n\nHieronder de automatische melding die we vannacht kregen. Kunnen jullie kijken of dit aan "
        "jullie kant lag? Wij hebben niets veranderd.\n\nTeam ICT\n\n---------- Doorgestuurd bericht ---------\n"
        f"Van: ZonneMonitor <noreply@{ORG_DOMAIN}>\nDatum: zo 13 apr. 2025 om 03:14\nOnderwerp: [KRITIEK] "
        "Synchronisatie mislukt (omgeving prod-eu-2)\n\nMelding 2025-04-13T01:14:07Z\n"
        "Component:   sync-agent 5.2.0 (build 20250402.7)\nHost:        vm-kassa-03 (10.12.4.31)\n"
        "Gateway:     172.16.0.1\nDNS:         192.168.1.1\nExtern:      203.0.113.45 (documentatievoorbeeld)\n"
        "MAC:         00:1A:2B:3C:4D:5E\nGeheugen:    3712 MB / 4096 MB\nUptime:      41 d 07:22:19\n"
        "Job-ID:      7f3c9e21-0b6d-4e9a-9c1a-2d8e4f6b1a77\nFoutcode:    E-SYNC-0417\n\n"
        "Wat kunt u doen?\n1. Controleer of de agent draait (Diensten > Zonnestraal Sync).\n"
        "2. Herstart de agent.\n3. Blijft de fout bestaan, neem dan contact op met de servicedesk via "
        f"{ORG_PHONES[0]} (werkdagen 08:00–18:00) of support@{ORG_DOMAIN}.\n\nU ontvangt deze melding omdat "
        "u beheerder bent van abonnement ABO-2021-0093. Meldingen uitzetten kan via Instellingen > Meldingen.\n\n"
        f"{ORG} · {ORG_ADDR} · KvK {ORG_KVK} · btw {ORG_BTW}\n\n{DISCLAIMER_NL}\n")
    return m


# ---------------------------------------------------------------- English


def neg_en_billing(g):
    m = M("en")
    m.t(f"Dear Billing,\n\nInvoice INV-2025-{g.r.randint(10000, 99999)} (£1,249.00, due 30/04/2025) does not reference "
        "our PO 4500018822, so our AP system has put it on hold. Could you reissue it with the PO number, or send a "
        "credit note (CN-0091 style) and a new invoice?\n\nThanks,\nAccounts Payable\n")
    return m


def neg_en_capwords(g):
    m = M("en")
    m.t("Hi Team,\n\nMark as read doesn't work in the Inbox view since 3.2. Will this be fixed in 3.3? May I also "
        "ask why the Reading and Bath branches see different totals in the Sale report? Both are on the same "
        "price list. Hope to hear soon!\n\nBest,\nStore Operations\n")
    return m


def neg_en_version(g):
    m = M("en")
    m.t("Bug report: after upgrading from v10.2.0.1 to v10.3.0.0 the agent reports its version as 1.2.3.4 "
        "(sic). Test environment: API at 203.0.113.45, IPv6 2001:db8::7, local proxy 127.0.0.1:8080, "
        "VPN subnet 10.8.0.0/16. Section 4.2.1.3 of the admin guide says this shouldn't happen. "
        "MAC of the test box: 00:1A:2B:3C:4D:5E.\n")
    return m


def neg_en_tweet(g):
    m = M("en")
    v = g._cycle("en_tweet_v", [0, 1])
    if v == 0:
        m.t(f"{ORG_HANDLE} sick of waiting 3 days for a reply 😒 ticket #{g.r.randint(100000, 999999)} #customerservice #fail\n")
    else:
        m.t(f"honestly {ORG_HANDLE} is the only software company whose support actually picks up 🙌🏽🙌🏽 "
            "shoutout to the night shift 🌙 #smallbusiness\n")
    return m


def neg_en_tracking(g):
    m = M("en")
    m.t(f"Hello, the replacement reader hasn't arrived. Royal Mail tracking JD0146000{g.digits(11)} says "
        f"'delivered to neighbour' but no neighbour has it. The UPS one (1Z{g.digits(6)}{g.digits(10)}) for the "
        "stand is also stuck in Coventry since 11 April. Order total £312.40.\n")
    return m


def neg_en_imei(g):
    m = M("en")
    m.t(f"The handheld scanner keeps rebooting. Device IMEI {g.imei()}, serial SN-8842-KX, firmware 5.4.2, "
        "battery 4000 mAh at 87 %. Warranty until 2026-09-30. Happy to send it in.\n")
    return m


def neg_en_product_street(g):
    m = M("en")
    m.t("Hi,\n\nWe bought the Abbey Road 2 template pack and the Kingsway 5 theme for our store. The Abbey Road 2 "
        "header breaks on mobile (iOS 17.4, Safari). Is there a patch, or should we switch to Kingsway 5? Our "
        "licence key is TPL-7Q2K-99XD.\n\nThanks\n")
    return m


def neg_en_otp(g):
    m = M("en")
    m.t(f"The password reset link never arrives (checked spam). When I log in with SMS instead, the one-time code "
        f"{g.digits(6, '123456789')} is rejected as 'expired' immediately. Reset password button just spins. Help!\n")
    return m


def neg_en_dates(g):
    m = M("en")
    m.t("Hi,\n\nCan we move the onboarding webinar from March 4th 2025 10:00 CET to 2025-03-11T10:00:00Z? Also, "
        "our anniversary sale starts on 12 March — we were founded on 12/03/1985 — so please don't schedule "
        "maintenance that week.\n\nThanks!\nMarketing\n")
    return m


def neg_en_zwj(g):
    m = M("en")
    m.t("🏳️‍🌈 Could you add a Pride theme for the storefront again this June? 👨‍👩‍👧‍👦 Our customers loved it last "
        "year. 🧑🏽‍🍳 Also the chef emoji in product names breaks the receipt printer (prints ????). Model TM-T20III.\n")
    return m


def neg_en_orgdata(g):
    m = M("en")
    m.t(f"Quick check before we pay: is {ORG_IBAN[1]} really your account? We received a mail from a look-alike "
        f"domain asking us to pay to a different IBAN. Your invoice footer shows {ORG}, {ORG_ADDR}, "
        f"KvK {ORG_KVK}, VAT {ORG_BTW}. I'll call {ORG_PHONES[1]} to verify as well.\n")
    return m


def neg_en_long(g):
    m = M("en")
    m.t("Hello,\n\nWe received the notice below about the price increase from 1 June 2025. We have been a customer "
        "since 2016 and this is the third increase in 18 months: from €19.95 to €24.95 per seat per month, which for "
        "our 45 seats means €2,700.00 more per year. The notice was only sent in Dutch, which most of our team "
        "can't read, and it mentions 'nieuwe functies' without saying which.\n\n"
        "Before we decide whether to renew (contract ZS-CT-2019-0042, renewal date 31/05/2025), could you tell us:\n"
        "1. which features justify the increase;\n2. whether annual prepayment still gets the 10 % discount;\n"
        "3. whether the 2048 MB storage limit per seat changes.\n\nRegards,\nThe Accounts Team\nHarbour Lane Opticians Ltd\n\n"
        f"---- Forwarded ----\nFrom: {ORG} <nieuwsbrief@{ORG_DOMAIN}>\nDate: 1 April 2025\n\n"
        "Beste klant,\n\nPer 1 juni 2025 passen wij onze tarieven aan. Het nieuwe tarief bedraagt € 24,95 per "
        "gebruiker per maand (excl. btw). Hiermee investeren we in nieuwe functies en een betere beveiliging. "
        "Vragen? Neem contact op via " + ORG_PHONES[0] + f" of support@{ORG_DOMAIN}.\n\nMet zonnige groet,\n"
        f"{ORG}\n{ORG_POSTBUS}\n\n{DISCLAIMER_EN}\n")
    return m


# ---------------------------------------------------------------- German


def neg_de_rechnung(g):
    m = M("de")
    m.t(f"Hallo Buchhaltung,\n\ndie Rechnung RE-2025-{g.r.randint(10000, 99999)} vom 03.03.2025 über 1.249,00 € "
        f"enthält unsere Bestellnummer 4500018822 nicht. Kundennummer 10{g.r.randint(100000, 999999)}. Bitte "
        "stornieren und neu ausstellen, Zahlungsziel 30 Tage.\n\nDanke\nKreditorenbuchhaltung\n")
    return m


def neg_de_tracking(g):
    m = M("de")
    m.t(f"Guten Tag, laut DHL (Sendungsnummer 00340434{g.digits(12)}) liegt das Ersatzgerät seit dem 11.04. im "
        "Paketshop, wir haben aber keine Benachrichtigung bekommen. Abholcode? Auftrag A-2025-0719, "
        "Gewicht 1,8 kg.\n")
    return m


def neg_de_version(g):
    m = M("de")
    m.t("Hallo,\n\nnach dem Update auf 4.3.0-rc2 (Build 20250311) startet der Client nicht mehr. Rechner: "
        "Windows 11, 4096 MB RAM, FritzBox 192.168.178.1, VPN 10.0.0.0/8. Die Dokumentation (Kap. 2.4.1.3) nennt "
        "die Testadresse 198.51.100.23 – die erreichen wir. Log-Zeitstempel 2025-04-14 07:58:12.\n\nGruß aus Köln\n")
    return m


def neg_de_social(g):
    m = M("de")
    v = g._cycle("de_social_v", [0, 1])
    if v == 0:
        m.t(f"{ORG_HANDLE} Ihr seid die Besten 🙌🏼 Problem in 5 Minuten gelöst, so muss Support! #danke #kmu\n")
    else:
        m.t(f"Seit 9 Uhr geht bei uns GAR NICHTS 😤😤 {ORG_HANDLE} wann ist die Störung behoben??? #ausfall\n")
    return m


def neg_de_towns(g):
    m = M("de")
    m.t("Hallo,\n\nbitte liefern Sie die Geräte an unsere Filialen in Neustadt an der Weinstraße und Bad Homburg, "
        "nicht an die Zentrale. Die Filiale in der Hauptstraße (Mannheim) ist wegen Umbau geschlossen. "
        "Liefertermin KW 18.\n\nFreundliche Grüße\nLogistik\n")
    return m


def neg_de_passwort(g):
    m = M("de")
    m.t(f"Der Link „Passwort vergessen“ kommt nicht an, und der Bestätigungscode {g.digits(6, '123456789')} wird "
        "abgelehnt. Die PIN-Eingabe am Terminal funktioniert dagegen. Wie setze ich mein Passwort zurück?\n")
    return m


def neg_de_orgdata(g):
    m = M("de")
    m.t(f"Guten Tag,\n\nstimmt Ihre Bankverbindung {ORG_IBAN[0]}? Und die USt-IdNr. {ORG_BTW}? Wir müssen das "
        f"für die Lieferantenanlage prüfen. Ihre Anschrift laut Rechnung: {ORG_ADDR}, Niederlande. Telefon "
        f"{ORG_PHONES[3]}.\n\nMit freundlichen Grüßen\nStammdatenpflege\n")
    return m


def neg_de_companies(g):
    m = M("de")
    m.t("Hallo Support,\n\nwir beliefern u. a. Schmitz & Söhne GmbH, die Deutsche Bahn und Mercedes-Benz. Können "
        "wir Kunden in Gruppen zusammenfassen? Außerdem ist die Karl-Marx-Allee wegen Bauarbeiten gesperrt, daher "
        "verspätet sich die Tour 12.\n\nViele Grüße\nVertriebsinnendienst\n")
    return m


def neg_de_dates(g):
    m = M("de")
    m.t("Hallo,\n\nder Schulungstermin am 22.04.2025 um 09:30 passt uns nicht, ginge der 24.04.? Vertragsbeginn war "
        "01.05.2022, Laufzeit 36 Monate. Unsere GmbH wurde am 12.03.1985 gegründet, falls das für die "
        "Jubiläumsaktion relevant ist. 😉\n\nBeste Grüße\nEure Buchhaltung\n")
    return m


def neg_de_long(g):
    m = M("de")
    m.t("Sehr geehrte Damen und Herren,\n\nwir haben die unten stehende Wartungsankündigung erhalten, leider nur auf "
        "Niederländisch. Unser Team versteht den Text nur teilweise. Soweit wir es verstehen, ist das System am "
        "Sonntag, 13.04.2025, zwischen 02:00 und 06:00 Uhr nicht erreichbar. Betrifft das auch die Kassen in unseren "
        "Filialen (Version 5.2.0, Build 20250402.7)? Wir öffnen sonntags ab 10:00 Uhr, daher wäre das unkritisch – "
        "aber wir möchten sichergehen, dass die Kassen danach automatisch wieder synchronisieren und keine Belege "
        "verloren gehen. Beim letzten Wartungsfenster am 09.02.2025 mussten wir 14 Kassen manuell neu starten.\n\n"
        "Außerdem: Die Ankündigung nennt eine Störungsnummer 0800-0230. Gilt die auch aus Deutschland?\n\n"
        "Mit freundlichen Grüßen\nIT-Koordination\nBäckerei Kornblume GmbH & Co. KG\n\n"
        f"---------- Weitergeleitete Nachricht ----------\nVon: {ORG} <onderhoud@{ORG_DOMAIN}>\nDatum: 07.04.2025\n\n"
        "Beste klant,\n\nOp zondag 13 april 2025 voeren wij tussen 02:00 en 06:00 uur gepland onderhoud uit. Tijdens "
        "dit onderhoud is het portaal niet bereikbaar. Kassa's blijven offline werken en synchroniseren daarna "
        f"automatisch. Storingen melden via 0800-0230 of {ORG_PHONES[0]}.\n\nMet vriendelijke groet,\n"
        f"Team Zonnestraal\n{ORG}, {ORG_ADDR}\n\n{DISCLAIMER_DE}\n")
    return m


def neg_en_shouty(g):
    m = M("en")
    m.t(f"WHY IS MY INVOICE SHOWING £0.00 AND THEN CHARGING £49.99??? ORDER {g.r.randint(50000, 59999)}. "
        "THIRD TIME I'M ASKING. FIX IT!!!! 😡\n")
    return m


def neg_en_companies(g):
    m = M("en")
    m.t("Hello Support Team,\n\nWe supply Marks & Spencer, John Lewis and Sainsbury's from our Leeds warehouse. "
        "Can the stock report be split per retailer? At the moment John Lewis and Marks & Spencer orders end up "
        "on the same line. Also, Abbey Road is closed for roadworks until Friday, so deliveries will be late.\n\n"
        "Kind regards,\nWarehouse Team\n")
    return m


def neg_en_idioms(g):
    m = M("en")
    m.t("Customer service is in our DNA, so it hurts to say this: the new checkout is a headache. It crashes "
        "whenever a basket has more than 40 lines, and the 'retry' button is blind to the error. We're sick of "
        "apologising to customers. Version 8.0.3, build 3312.\n")
    return m


def neg_en_masked(g):
    m = M("en")
    m.t(f"The renewal was charged to a card ending {g.digits(4)} (shown as XXXX-XXXX-XXXX-{g.digits(4)} in the portal), "
        "but that's our old company card. Please update to the card on file for the Team plan and refund the "
        f"duplicate of €299.00. Payment reference PAY-{g.digits(8)}.\n")
    return m


def neg_de_masked(g):
    m = M("de")
    m.t(f"Bei der Verlängerung wurde eine alte Firmenkarte belastet („Mastercard •••• {g.digits(4)}“, gültig bis "
        f"03/25). Bitte auf die hinterlegte Karte umstellen und die Doppelbuchung über 299,00 € erstatten. "
        f"Zahlungsreferenz PAY-{g.digits(8)}, Gutscheincode FRUEHLING25.\n")
    return m


def neg_de_greeting(g):
    c = g.de_plate()
    m = M("de")
    m.t(f"Hallo Team!\n\nLiebe Buchhaltung, liebe Technik,\n\nim Artikelstamm tauchen seit dem Import Codes wie "
        f"„{c}“ als Artikelnummer auf – das sind keine Kennzeichen, sondern unsere Regalplätze (Halle B, Reihe 4). "
        "Kann man das Feld umbenennen? Import-Datei lager_2025-04.csv, 1.204 Zeilen.\n\nBeste Grüße\nLagerteam\n")
    return m


# ==========================================================================
# More scenarios (added for variety)


def nl_zzp_signature(g):
    m = M("nl")
    p = g.person(g.choice(["frisian", "dutch", "turkish"]))
    st, pc, town, area = g.nl_place()
    m.t("Hoi,\n\nKlein vraagje: kan ik de app ook op een tweede laptop gebruiken zonder extra licentie? Ik werk af en "
        "toe bij klanten op locatie.\n\nGroet,\n\n").per(p.full).t(" | Klusbedrijf De Rjochte Hoeke\n").adr(st).t(
        " · ").pc(pc).t(f" {town}\nT ").ph(g.nl_mobile()).t(" · ").em(g.email(p)).t("\nKvK ").p("KVK", g.kvk()).t(
        " · btw-id ").p("BTW_ID", g.btw()).t(" · IBAN ").ib(g.nl_iban()).t("\n")
    return m


def nl_birthday_dm(g):
    m = M("nl")
    p = g.person(g.choice(["moroccan", "surinamese", "dutch", "turkish"]))
    y, mo, d = g.dob()
    dob = g.choice([f"{d:02d}-{mo:02d}-{y}", f"{d} {NL_MONTHS[mo - 1]} {y}"])
    m.t(f"hoii {ORG_HANDLE} 🎂🥳 ik ben deze week jarig en jullie beloofden een verjaardagskorting, maar "
        "code VERJAARDAG10 werkt niet?? in mijn profiel staat geboortedatum ").p("DATE_OF_BIRTH", dob).t(
        " dus dat klopt gewoon 🤷🏽‍♀️ gr ").per(p.given.lower()).t("\n")
    return m


def nl_postbus(g):
    m = M("nl")
    p = g.person(g.choice(["dutch", "indian", "frisian"]))
    town, pre, area = g.choice(NL_TOWNS)
    pb = f"Postbus {g.r.randint(100, 9999)}"
    m.t("Geachte heer/mevrouw,\n\nWilt u de facturen voortaan niet meer naar ons bezoekadres sturen, maar naar ons "
        "postadres: ").adr(pb).t(", ").pc(f"{pre}{g.r.randint(0, 9)}0 {g.choice(['AA', 'AB', 'AC', 'AE', 'AG'])}").t(
        f" {town}, ter attentie van de afdeling crediteuren. Vermeld altijd ons inkoopordernummer (IO-2025-"
        f"{g.r.randint(100, 999)}).\n\nMet vriendelijke groet,\n\n").per(p.full).t(
        "\nTeamleider crediteurenadministratie\nStichting Woonzorg Het Baken · KvK ").p("KVK", g.kvk()).t("\n")
    return m


def nl_nigerian_mid(g):
    m = M("nl")
    p = g.person("nigerian")
    w = g.person(g.choice(["dutch", "surinamese"]))
    m.t("Goedemorgen,\n\nSinds ").per(p.full).t(f" bij ons is vertrokken, komen de facturen nog steeds op {p.zijn()} "
        "naam binnen. Kunnen jullie de contactpersoon wijzigen naar mij? ").per(p.given).t(
        " had ook nog een eigen login, die mag weg. Ons abonnementsnummer is ABO-2019-0771.\n\nBedankt,\n").per(
        w.full).t("\n")
    return m


def nl_bsn_dm(g):
    m = M("nl")
    p = g.person(g.choice(["moroccan", "turkish", "dutch"]))
    m.t("kan je nou eindelijk mijn account koppelen aan de loonstrook?? mijn bsn is ").p("BSN", g.bsn_written(
        g.bsn(), g.choice([0, 3, 2]))).t(" en mijn personeelsnr 4471, al 2x doorgegeven 😤 ").per(p.given.lower()).t("\n")
    return m


def nl_idcard(g):
    m = M("nl")
    p = g.person(g.choice(["dutch", "surinamese", "moroccan"]))
    doc = "I" + g.nl_docnr()[1:]
    m.t("Geachte klantenservice,\n\nBij het aanmaken van de zakelijke rekening werd om legitimatie gevraagd. Mijn "
        "identiteitskaart heeft documentnummer ").p("ID_DOCUMENT", doc).t(" en is geldig tot 12-09-2031. Geb. ").p(
        "DATE_OF_BIRTH", dob_nl(g)).t(f". Ik hoop dat dit volstaat; een kopie stuur ik liever niet mee.\n\n"
        f"Hoogachtend,\n\n{p.dhr()} ").per(p.full).t("\n")
    return m


def nl_huisarts(g):
    m = M("nl")
    p = g.person(g.choice(["dutch", "surinamese", "polish"]))
    m.t("Hallo,\n\nIk moest van de ").hl("huisarts").t(" een paar weken rust nemen vanwege een ").hl("burn-out").t(
        f" en kon daardoor de cursus van 14 april niet volgen. Kan ik kosteloos omboeken naar de sessie in juni? "
        f"Boekingsnummer CUR-{g.r.randint(1000, 9999)}.\n\nGroet,\n").per(p.full).t("\n")
    return m


def en_chinese_mid(g):
    m = M("en")
    p = g.person("chinese")
    w = g.person("british")
    m.t("Hi,\n\n").per(p.full).t(f"'s account was locked after {p.he()} changed phones. ").per(
        p.sur_alone).t(f" can't receive the 2FA codes any more; {p.his()} new number is ").ph(g.uk_mobile()).t(
        ". Could you reset the second factor? We're on the Business plan, tenant ID 7f3c-22a1.\n\nThanks,\n").per(
        w.given).t("\n")
    return m


def en_hr_onboarding(g):
    m = M("en")
    p = g.person(g.choice(["indian", "nigerian", "romanian"]))
    hr = g.person("british")
    m.t("Hello,\n\nNew starter for the HR module, please create the profile so payroll can run in May:\n"
        "Name: ").per(p.full).t("\nStart date: 01/05/2025\nDate of birth: ").p("DATE_OF_BIRTH", dob_en(g)).t(
        "\nPrivate e-mail: ").em(g.email(p, lang="en")).t("\nContract: 36 h/week, cost centre 4410\n\nMany thanks,\n").per(
        hr.full).t("\nPeople Team\n")
    return m


def en_whatsapp_uk(g):
    m = M("en")
    p = g.person("british")
    m.t("hey it's ").per(p.given).t(" from the bakery on the high street 👋 new number: ").ph(g.uk_mobile()).t(
        " – old one's dead 💀 pls update for the delivery texts, cheers 👍🏻\n")
    return m


def en_card_cvc(g):
    m = M("en")
    p = g.person(g.choice(["british", "nigerian", "indian"]))
    m.t("Your payment page keeps timing out so here are the details, please just charge it manually: card ").p(
        "CREDIT_CARD", g.card(g.choice(["visa", "mc"]))).t(", exp 09/27, CVC ").cr(f"{g.r.randint(100, 999)}").t(
        ". Amount €149.00 for invoice 2025-0502.\n\n").per(p.full).t("\n")
    return m


def en_tweet_reply_postcode(g):
    m = M("en")
    p = g.person(g.choice(["nigerian", "british"]))
    st, pc, town = g.uk_place()
    m.t(f"> {ORG_HANDLE}: Sorry to hear that! Could you DM us your order number? 🙏\n\n"
        f"DMing now — order {g.r.randint(50000, 59999)} under the name ").per(p.full).t(", postcode ").pc(pc).t(
        ". 3rd time I've sent this 🙃 #stillwaiting\n")
    return m


def en_mid_object(g):
    m = M("en")
    p = g.person(g.choice(["nigerian", "indian", "romanian"]))
    w = g.person("british")
    m.t("Hello,\n\nOur director, ").per(p.full).t(f", wants to be on every renewal quote from now on. Please don't "
        f"call ").per(p.given).t(f" on {p.his()} mobile though — send the quote to ").em(
        g.email(p, domain="fenwick-andrews.co.uk")).t(" and cc me.\n\nBest wishes,\n").per(w.full).t(
        "\nOffice Manager, Fenwick & Andrews LLP\n")
    return m


def de_reversed(g):
    m = M("de")
    p = g.person(g.choice(["polish", "german", "turkish"]))
    ag = g.person("agent")
    m.t(f"[Ticket #{g.r.randint(600000, 699999)}] Kontakt: ").per(f"{p.sur}, {p.given}").t(
        "\nKanal: Telefon\n\nKunde möchte die Rechnungen künftig als ZUGFeRD-PDF. ").per(p.given).t(
        " ruft zurück, falls die Buchhaltung Fragen hat. Rückrufnummer: ").ph(g.de_mobile()).t(
        ".\nAufgenommen von ").per(ag.full).t("\n")
    return m


def de_nigerian_signature(g):
    m = M("de")
    p = g.person("nigerian")
    m.t("Hallo Zonnestraal-Team,\n\nbitte schicken Sie uns ein Angebot für 15 zusätzliche Lizenzen (Laufzeit 24 "
        "Monate). Unser aktueller Vertrag ist V-2023-0815.\n\nFreundliche Grüße\n\n").per(p.full).t(
        "\nProjektmanagement | Lindqvist Logistik GmbH\nMobil: ").ph(g.de_mobile()).t("\n").em(
        g.email(p, domain="lindqvist-logistik.de")).t("\n")
    return m


def de_geburtstag(g):
    m = M("de")
    p = g.person(g.choice(["german", "turkish", "ukrainian"]))
    m.t("Hallo,\n\nin meinem Profil ist das falsche Geburtsdatum hinterlegt (01.01.1900). Richtig ist: geb. ").p(
        "DATE_OF_BIRTH", dob_de(g)).t(". Ich kann das Feld leider nicht selbst ändern. Kundennummer "
        f"10{g.r.randint(100000, 999999)}.\n\nDanke\n").per(p.full).t("\n")
    return m


def de_iban_dm(g):
    m = M("de")
    p = g.person(g.choice(["german", "polish", "romanian"]))
    m.t("Hi! 👋 Ihr habt mir die 59 € doppelt abgebucht 🙈 Erstattung bitte an ").ib(g.de_iban(True)).t(
        " (Kontoinhaber ").per(p.full).t("). Danke euch 🙏🏼\n")
    return m


def de_long_quoted_nl(g):
    m = M("de")
    p = g.person("german")
    nlp = g.person(g.choice(["dutch", "frisian"]))
    ag = g.person("agent")
    plz_st, plz, town, area = g.de_place()
    m.t(f"Guten Tag {ag.herr()} ").per(ag.sur).t(",\n\nvielen Dank für Ihre Nachricht. Unser niederländischer Kollege ").per(
        nlp.full).t(" hat mir Ihre Antwort weitergeleitet, da ich ab sofort für die Lizenzverwaltung zuständig bin. "
        "Ich habe den Text mit einem Übersetzer gelesen und hoffe, alles richtig verstanden zu haben.\n\n"
        "Wir möchten die 12 Lizenzen der Niederlassung Utrecht zum 30.06.2025 kündigen und dafür 12 neue Lizenzen "
        "für unseren Standort in Deutschland bestellen. Die Rechnung für die neuen Lizenzen soll an folgende "
        "Anschrift gehen:\n\n").adr(plz_st).t("\n").pc(plz).t(f" {town}\n\nFür Rückfragen erreichen Sie mich "
        "unter ").ph(g.de_landline(area)).t(" oder per E-Mail an ").em(g.email(p, domain="veldhuis-gruppe.de")).t(
        ".\n\nMit freundlichen Grüßen\n").per(p.full).t("\nLizenzmanagement, Veldhuis Gruppe\n\n"
        "----- Doorgestuurd bericht -----\nVan: ").per(ag.full).t(f" <support@{ORG_DOMAIN}>\n"
        "Verzonden: dinsdag 8 april 2025 14:51\nAan: ").per(nlp.full).t("\n\nBeste ").per(nlp.given).t(
        ",\n\nLicenties kunnen per kwartaal worden opgezegd, uiterlijk een maand voor het einde van het kwartaal. "
        "Nieuwe licenties voor een Duitse vestiging kunnen op hetzelfde contract, maar dan met een aparte "
        "factuur en Duitse btw-verlegging.\n\nMet vriendelijke groet,\n").per(ag.full).t(
        f"\nKlantenservice | {ORG}\n\n" + DISCLAIMER_DE + "\n")
    return m


def neg_nl_agenda(g):
    m = M("nl")
    m.t(f"Hoi! Kunnen we de demo verzetten? 06-12 om 14:00 past niet, 13-12 om 10:30 wel. Anders bel ik even met "
        f"jullie receptie via {ORG_PHONES[2]} (toestel 204). Offerte OFF-2025-{g.r.randint(100, 999)} hebben we "
        "intussen ontvangen, bedankt! Groetjes van de balie 🙂\n")
    return m


def neg_nl_btw_question(g):
    m = M("nl")
    m.t(f"Goedemiddag,\n\nOp factuur 2025-0{g.r.randint(100, 999)} staat 21% btw over € 1.000,00 = € 210,00, maar wij "
        "zijn een stichting. Volgens art. 11 lid 1 Wet OB zijn wij vrijgesteld, toch? Ons KvK-nummer en RSIN staan al "
        "in het klantportaal. Graag een gecorrigeerde factuur, dan betalen we binnen 14 dagen.\n\n"
        "Met vriendelijke groet,\nHet bestuur\n")
    return m


def neg_en_csv(g):
    m = M("en")
    a, b = g.non_bsn9(), g.non_bsn9()
    m.t("The export looks off, amounts are shifted by one column. First rows:\n\n"
        "date;invoice;customer_id;amount;currency;status\n"
        f"2025-03-01;INV-0412;{a};1,249.00;EUR;paid\n"
        f"2025-03-02;INV-0413;{b};89.50;EUR;open\n"
        "2025-03-02;INV-0414;;;EUR;\n\nExported with version 6.1.0 (build 2291) on 2025-04-02 16:20 UTC.\n")
    return m


def neg_de_hotline(g):
    m = M("de")
    m.t(f"Eure Hotline 0800 1234 567 ist ständig besetzt und die 0900-Nummer kostet 1,99 €/Min. – das kann "
        f"nicht euer Ernst sein. Ticketnummer #{g.r.randint(50000, 59999)}, wir warten seit dem 02.04. auf Antwort. "
        "Bitte per Mail melden!\n")
    return m


# ==========================================================================
# Assembly and checks

PLAN = {
    "nl": ([nl_mid_subject, nl_belgian_move, nl_cc_list, nl_bsn_payroll, nl_kenteken, nl_business_kvk,
            nl_reversed_crm, nl_signature_title, nl_dob_passport, nl_creditcard, nl_ip, nl_frisian_mid,
            nl_health, nl_credential, nl_social_reply, nl_landline_note, nl_be_refund, nl_polish_colleagues,
            nl_ukr_address, nl_agent_note, nl_ob_nummer, nl_rijbewijs, nl_whatsapp_dm, nl_chinese_admin,
            nl_be_signature, nl_romanian_mid, nl_long_quoted_en, nl_long_quoted_de,
            nl_zzp_signature, nl_birthday_dm, nl_postbus, nl_nigerian_mid, nl_bsn_dm, nl_idcard, nl_huisarts,
            # second/third draws with other random values and written forms
            nl_bsn_payroll, nl_bsn_payroll, nl_long_quoted_en, nl_long_quoted_de],
           [neg_nl_order, neg_nl_bug, neg_nl_social, neg_nl_orgdata, neg_nl_products, neg_nl_towns,
            neg_nl_codes, neg_nl_masked, neg_nl_smscode, neg_nl_companies, neg_nl_idioms, neg_nl_manual,
            neg_nl_belgian, neg_nl_9digit, neg_nl_greeting, neg_nl_datetime, neg_nl_long_monitor,
            neg_nl_social, neg_nl_social, neg_nl_agenda, neg_nl_btw_question]),
    "en": ([en_spoke_to, en_uk_move, en_tweet_card, en_signature_title, en_ip, en_dob, en_passport,
            en_gb_refund, en_reversed, en_expat_bsn, en_health, en_credential, en_cc_list, en_romanian,
            en_belgian, en_ngozi_dm, en_kenteken, en_kvk, en_thanks_agent, en_de_customer, en_long_quoted_nl,
            en_chinese_mid, en_hr_onboarding, en_whatsapp_uk, en_card_cvc, en_tweet_reply_postcode,
            en_mid_object,
            en_uk_move, en_dob, en_gb_refund, en_expat_bsn, en_long_quoted_nl],
           [neg_en_billing, neg_en_capwords, neg_en_version, neg_en_tweet, neg_en_tracking, neg_en_imei,
            neg_en_product_street, neg_en_otp, neg_en_dates, neg_en_zwj, neg_en_orgdata, neg_en_long,
            neg_en_shouty, neg_en_companies, neg_en_idioms, neg_en_masked, neg_en_tweet, neg_en_csv]),
    "de": ([de_nachdem, de_rueckruf_note, de_umzug, de_lastschrift, de_ausweis, de_kennzeichen, de_health,
            de_credential, de_austria, de_signature, de_ukr_colleague, de_card, de_ip, de_cc_names, de_social,
            de_whatsapp, de_long_quoted_en,
            de_reversed, de_nigerian_signature, de_geburtstag, de_iban_dm, de_long_quoted_nl,
            de_umzug, de_lastschrift, de_whatsapp, de_card],
           [neg_de_rechnung, neg_de_tracking, neg_de_version, neg_de_social, neg_de_towns, neg_de_passwort,
            neg_de_orgdata, neg_de_companies, neg_de_dates, neg_de_long, neg_de_masked, neg_de_greeting,
            neg_de_social, neg_de_hotline]),
}

NAME_TOKENS = sorted({tok for kind, lst in PEOPLE.items() for gv, sn, _ in lst
                      for tok in [gv] + sn.split() if len(tok) >= 3 and tok[0].isupper()
                      and tok.lower() not in ("van", "den", "der", "von", "ter")}
                     | {tok for full, *_ in CHINESE for tok in full.split() if len(tok) >= 3})


def check_message(rec, is_neg):
    text = rec["text"]
    raw = text.encode("utf-8")
    spans = rec["spans"]
    assert (len(spans) == 0) == is_neg, (rec["id"], is_neg, spans)
    prev_end = -1
    for sp in spans:
        s, e, lab = sp["start"], sp["end"], sp["label"]
        assert 0 <= s < e <= len(raw) and s >= prev_end, (rec["id"], sp)
        prev_end = e
        val = raw[s:e].decode("utf-8")
        assert val == val.strip()
        compact = re.sub(r"[\s.\-/]", "", val)
        if lab == "IBAN":
            assert iban_ok(val) and compact.upper() not in (ORG_IBAN[0],), val
        elif lab == "BSN":
            digits = compact[2:11] if compact.upper().startswith("NL") else compact.zfill(9)
            assert elfproef(digits), val
        elif lab == "CREDIT_CARD":
            assert luhn_ok(compact) and compact[0] in "2345", val
        elif lab == "BTW_ID":
            assert btw_ok(val) and val != ORG_BTW, val
        elif lab == "KVK":
            assert re.fullmatch(r"\d{8}", val) and val != ORG_KVK, val
        elif lab == "POSTCODE":
            if re.fullmatch(r"\d{4} ?[A-Z]{2}", val):
                assert val[-2:] not in UNIT_PAIRS and val[0] != "0", val
        elif lab == "EMAIL":
            assert "@" in val and not val.lower().endswith(ORG_DOMAIN), val
        elif lab == "PHONE":
            assert not any(re.sub(r"\D", "", val).endswith(re.sub(r"\D", "", op)[-9:]) for op in ORG_PHONES), val
    # every occurrence of a labelled person's name parts must itself be inside a span
    covered = [(sp["start"], sp["end"]) for sp in spans]
    toks = set()
    for sp in spans:
        if sp["label"] == "PERSON":
            for tok in re.split(r"[\s,\-']+", raw[sp["start"]:sp["end"]].decode()):
                if len(tok) >= 3 and tok.lower() not in ("van", "der", "den", "ter", "von"):
                    toks.add(tok)
    for tok in sorted(toks):
        for mt in re.finditer(r"(?<![\w@])" + re.escape(tok) + r"(?!\w)", text, flags=re.I):
            bs = len(text[:mt.start()].encode())
            be = bs + len(mt.group().encode())
            assert any(a <= bs and be <= b for a, b in covered), (rec["id"], tok, text[max(0, mt.start() - 30):mt.end() + 30])
    if is_neg:
        for tok in NAME_TOKENS:
            assert not re.search(r"(?<![\w@])" + re.escape(tok) + r"(?!\w)", text), (rec["id"], tok)


def build():
    g = G(SEED)
    out = []
    for lang in ("nl", "en", "de"):
        pii, neg = PLAN[lang]
        msgs = []
        for f in pii:
            m = f(g)
            assert m.lang == lang, f.__name__
            msgs.append((m, False, f.__name__))
        for f in neg:
            m = f(g)
            assert m.lang == lang, f.__name__
            msgs.append((m, True, f.__name__))
        g.r.shuffle(msgs)
        for i, (m, is_neg, fname) in enumerate(msgs, 1):
            text = m.text()
            raw = text.encode("utf-8")
            spans = []
            for s, e, lab, val in sorted(m.spans):
                assert raw[s:e].decode("utf-8") == val, (fname, val)
                spans.append({"start": s, "end": e, "label": lab})
            rec = {"id": f"h6-{lang}-{i:03d}", "lang": lang, "text": text, "spans": spans}
            check_message(rec, is_neg)
            out.append(rec)
    texts = [r["text"] for r in out]
    assert len(set(texts)) == len(texts), "duplicate message text"
    return out


def main():
    recs = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        from collections import Counter
        langs = Counter(r["lang"] for r in recs)
        labels = Counter(sp["label"] for r in recs for sp in r["spans"])
        empty = sum(1 for r in recs if not r["spans"])
        print(len(recs), dict(langs), "pii-free:", empty, dict(sorted(labels.items())))


if __name__ == "__main__":
    main()
