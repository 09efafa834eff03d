#!/usr/bin/env python3
"""Fifth held-out evaluation set for pii-scrubber (Dutch / English / German support messages).

Standard library only, deterministic (seed 5551126).  Writes gold.jsonl next to this file.

Every message below is a hand-written template.  Spans are marked inline as [[LABEL:value]];
the value may contain placeholders that are filled with synthetic values:

  {a} {a.f} {a.l} ...        a person declared in the message header (see Person.render)
  {$kind:arg:arg}            a freshly generated value (IBAN, BSN, phone, postcode, ...)
  {$kind:arg#key} / {#key}   generate once, store under key, reuse later in the message

After substitution the markup is stripped and every span is stored as UTF-8 BYTE offsets
(start inclusive, end exclusive) into the stripped text.
"""
import datetime
import ipaddress
import json
import os
import random
import re
import unicodedata

SEED = 5551126
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")

LABELS = {"PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD",
          "IP_ADDRESS", "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK",
          "HEALTH", "CREDENTIAL"}

rng = random.Random(SEED)

# ---------------------------------------------------------------------------------------------
# Hand-made name lists (first names f/m, surnames s, Dutch surnames with tussenvoegsel tv).
# Combinations are drawn at random; none of this comes from a library's name list.
# ---------------------------------------------------------------------------------------------
NAMES = {
    "nl": dict(f=["Geertje", "Marieke", "Femke", "Hendrika", "Jorien", "Marloes", "Ineke", "Rianne",
                  "Gerdien", "Aaltje", "Lotte", "Wilma", "Annemiek", "Berendina"],
               m=["Wouter", "Joost", "Sieger", "Gerrit", "Thijs", "Reinier", "Diederik", "Teun",
                  "Ruud", "Barend", "Evert", "Hein", "Coen", "Marinus"],
               s=["Bakker", "Smit", "Visser", "Mulder", "Dekker", "Brouwer", "Kuipers", "Verbeek",
                  "Willemsen", "Oosterhuis", "Hoogendoorn", "Timmermans", "Kroeze", "Scheepmaker",
                  "Lamers", "Buitenhuis"],
               tv=["van der Meulen", "de Graaf", "in 't Veld", "van 't Hof", "ter Haar", "van den Broek",
                   "op de Beek", "de Wit", "van Dijk", "van der Linden", "ten Cate", "de Jong",
                   "uit den Bogaard", "van de Kamp", "van Leeuwen", "de Ruiter"]),
    "fy": dict(f=["Wytske", "Tjitske", "Baukje", "Sjoukje", "Geeske", "Antsje"],
               m=["Sjoerd", "Hylke", "Wiebren", "Jelle", "Tsjalling", "Durk", "Lolke"],
               s=["Hoekstra", "Dijkstra", "Wijbenga", "Bouma", "Postma", "Terpstra", "Hettinga",
                  "Zijlstra", "Yntema", "Sikkema"],
               tv=["de Vries", "van der Bijl", "de Haan"]),
    "be": dict(f=["Lieve", "Griet", "Annelies", "Kato", "Marthe", "Hilde", "Ine"],
               m=["Jef", "Wout", "Pieter-Jan", "Seppe", "Koen", "Lowie", "Dirk"],
               s=["Van den Bossche", "Claes", "Peeters", "De Smet", "Vermeulen", "Wouters", "Goossens",
                  "Van Damme", "Maes", "De Clercq", "Verstraete", "Van Acker"]),
    "de": dict(f=["Wiebke", "Anneliese", "Jutta", "Friederike", "Hannelore", "Svenja", "Mareike", "Ilse"],
               m=["Jürgen", "Malte", "Hartmut", "Ulrich", "Detlef", "Jannik", "Torsten", "Volker"],
               s=["Schäfer", "Hoffmann", "Köhler", "Weißenborn", "Brinkmann", "Kästner", "Oberdörfer",
                  "Lindemann", "von Bredow", "Große-Wilde", "Pfannkuch"]),
    "at": dict(f=["Valentina", "Theresia", "Magdalena", "Rosalie"],
               m=["Florian", "Leopold", "Ferdinand", "Korbinian", "Alois"],
               s=["Gruber", "Huber", "Pichler", "Steinwender", "Moosbrugger", "Lechner", "Hofbauer"]),
    "ch": dict(f=["Seraina", "Ursina", "Corinne", "Mirjam"],
               m=["Urs", "Reto", "Beat", "Gian-Luca", "Mathis"],
               s=["Brunner", "Gerber", "Zürcher", "Brändli", "Caflisch", "Tschudi", "Ammann"]),
    "gb": dict(f=["Harriet", "Philippa", "Imogen", "Gemma", "Beverley"],
               m=["Nigel", "Alistair", "Rupert", "Gareth", "Clive", "Tobias"],
               s=["Pemberton", "Ashworth", "Blackwood", "Fairweather", "Thistlethwaite", "Hargreaves",
                  "Whitcombe", "Barraclough"]),
    "ie": dict(f=["Siobhan", "Niamh", "Aoife", "Caoimhe", "Gráinne"],
               m=["Cormac", "Padraig", "Oisín", "Ciarán", "Declan"],
               s=["O'Sullivan", "Ó Briain", "Byrne", "Kavanagh", "O'Dwyer", "McGuinness", "Fitzgerald"]),
    "sc": dict(f=["Morag", "Eilidh", "Catriona", "Isla", "Kirsty"],
               m=["Hamish", "Callum", "Ewan", "Fraser", "Angus"],
               s=["MacLeod", "Urquhart", "Drummond", "McIntyre", "Buchanan", "Mackenzie", "Sinclair"]),
    "tr": dict(f=["Zeynep", "Büşra", "Elif", "Gülşen", "Özlem", "Merve"],
               m=["Emre", "Mehmet", "Barış", "Oğuzhan", "Hakan", "Yusuf"],
               s=["Yılmaz", "Kaya", "Öztürk", "Çelik", "Demir", "Aydın", "Şahin", "Karataş", "Doğan"]),
    "ma": dict(f=["Fatima", "Khadija", "Imane", "Salma", "Nadia", "Hafsa"],
               m=["Youssef", "Soufiane", "Mohamed", "Ilias", "Hamza", "Anouar"],
               s=["El Amrani", "Bouzid", "Ait Taleb", "Ouali", "Benali", "El Idrissi", "Azzouzi", "Bakkali"]),
    "sr": dict(f=["Sharmila", "Priscilla", "Roshni", "Ingrid", "Sunita"],
               m=["Ravindra", "Errol", "Glenn", "Rishi", "Dewanand"],
               s=["Ramdin", "Sewdien", "Kromodimedjo", "Pinas", "Lachmon", "Jadnanansing", "Wongsonadi",
                  "Biharie"]),
    "aw": dict(f=["Shurenska", "Giselle", "Migdalia", "Dayenne"],
               m=["Shurendy", "Quincy", "Jurensley", "Edsel", "Ruthmilo"],
               s=["Martina", "Isenia", "Rosaria", "Doran", "Pieternella", "Trinidad", "Maduro", "Winklaar"]),
    "pl": dict(f=["Agnieszka", "Małgorzata", "Katarzyna", "Zofia", "Beata"],
               m=["Krzysztof", "Wojciech", "Paweł", "Grzegorz", "Łukasz"],
               s=["Kowalczyk", "Zieliński", "Grabowski", "Wiśniewski", "Lewandowski", "Szymański", "Wójcik"]),
    "ro": dict(f=["Andreea", "Ioana", "Mihaela", "Ramona"],
               m=["Ionuț", "Mihai", "Bogdan", "Sorin", "Răzvan"],
               s=["Popescu", "Dumitrescu", "Stănescu", "Constantin", "Munteanu", "Ionescu"]),
    "in": dict(f=["Priya", "Lakshmi", "Ananya", "Deepika", "Shalini"],
               m=["Venkatesh", "Aarav", "Rohan", "Siddharth", "Karthik"],
               s=["Subramanian", "Iyer", "Chatterjee", "Deshpande", "Nair", "Venkataraman", "Kulkarni"]),
    "pk": dict(f=["Ayesha", "Sana", "Mahnoor", "Rabia"],
               m=["Imran", "Bilal", "Usman", "Faisal", "Zeeshan"],
               s=["Qureshi", "Chaudhry", "Siddiqui", "Malik", "Butt", "Hussain"]),
    "cn": dict(f=["Xiaoling", "Meiling", "Yuting", "Jiayi"],
               m=["Wei", "Jun", "Haoran", "Zhiwei"],
               s=["Zhang", "Liu", "Chen", "Huang", "Zhou", "Xu"]),
    "vn": dict(f=["Ngoc Anh", "Thu Trang", "Linh", "Huong"],
               m=["Minh", "Duc", "Quang Huy", "Thanh", "Tuan"],
               s=["Nguyen", "Tran", "Pham", "Vu", "Dang", "Bui"]),
    "so": dict(f=["Hodan", "Ayaan", "Faadumo", "Sahra", "Ifrah"],
               m=["Abdirahman", "Faarax", "Mahad", "Abdiwali", "Liban"],
               s=["Warsame", "Jama", "Farah", "Abdi", "Hirsi", "Mohamud", "Egal"]),
    "er": dict(f=["Senait", "Helen", "Saba", "Luwam", "Yordanos"],
               m=["Yonas", "Tesfay", "Filmon", "Habtom", "Dawit"],
               s=["Tesfamariam", "Ghebremedhin", "Kidane", "Habte", "Tekle", "Berhane", "Woldu"]),
    "sy": dict(f=["Lina", "Nour", "Yara", "Rasha", "Hiba"],
               m=["Rami", "Omar", "Tarek", "Majd", "Firas"],
               s=["Haddad", "Al-Khatib", "Khoury", "Sabbagh", "Al-Hamwi", "Darwish", "Kassab"]),
    "ng": dict(f=["Chiamaka", "Ngozi", "Folasade", "Adaeze"],
               m=["Emeka", "Tunde", "Chukwuemeka", "Babatunde", "Oluwaseun"],
               s=["Okonkwo", "Adeyemi", "Nwosu", "Balogun", "Eze", "Okafor", "Adebayo"]),
    "br": dict(f=["Juliana", "Rafaela", "Thaís", "Larissa", "Gabriela"],
               m=["Thiago", "João Pedro", "Rodrigo", "Felipe", "Caio"],
               s=["Oliveira", "Santos", "Carvalho", "Pereira da Silva", "Souza", "Almeida", "Rocha"]),
    "ua": dict(f=["Mariia", "Yuliia", "Oksana", "Nataliia", "Iryna"],
               m=["Oleksandr", "Bohdan", "Taras", "Dmytro", "Mykola"],
               s=["Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk", "Melnyk", "Kravchenko", "Oliinyk"]),
}

MAIL_DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "xs4all.nl", "live.nl",
           "icloud.com", "planet.nl", "hetnet.nl"],
    "be": ["telenet.be", "skynet.be", "proximus.be", "gmail.com"],
    "en": ["gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com", "icloud.com",
           "protonmail.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de", "gmx.at",
           "bluewin.ch"],
}

_SLUG = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "đ": "d"})


def slug(s):
    s = s.translate(_SLUG)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]", "", s)


USED_FULL, USED_FIRST, USED_SUR = set(), set(), set()


class Person:
    def __init__(self, spec, lang, taken_first, others):
        toks = spec.split()
        origin, gender = toks[0], toks[1]
        sur_spec, tv, share = None, False, None
        n_init = None
        for t in toks[2:]:
            if t == "tv":
                tv = True
            elif re.fullmatch(r"i\d", t):      # i3 = write this person with 3 initials (J.H.M.)
                n_init = int(t[1])
            elif t.startswith("="):
                share = others[t[1:]]
            else:
                sur_spec = t
        self.origin, self.gender, self.lang = origin, gender, lang
        for attempt in range(600):
            first = rng.choice(NAMES[origin][gender])
            if share is not None:
                surname = share.surname
            else:
                parts = (sur_spec or origin).split("+")
                surname = "-".join(self._surname(o, gender, tv if i == 0 else (o == "nl" and rng.random() < .6))
                                   for i, o in enumerate(parts))
            if first in taken_first or (first + " " + surname) in USED_FULL:
                continue
            # prefer first names and surnames not used elsewhere in the set (variety), if the list allows
            if attempt < 300 and (first in USED_FIRST or (share is None and surname in USED_SUR)):
                continue
            break
        else:
            raise RuntimeError("no unique name for " + spec)
        taken_first.add(first)
        USED_FULL.add(first + " " + surname)
        USED_FIRST.add(first)
        USED_SUR.add(surname)
        self.first, self.surname = first, surname
        ini = [p[0] for p in re.split(r"[ -]", first) if p]
        if n_init:
            ini += rng.sample([c for c in "ACEGHJMPTW" if c != ini[0]], max(0, n_init - len(ini)))
        elif origin in ("nl", "fy", "be") and rng.random() < .7:
            ini += rng.sample("ACEGHJMPTW", rng.choice([1, 1, 2]))
        self.initials = "".join(c.upper() + "." for c in ini)
        self._emails = {}

    @staticmethod
    def _surname(origin, gender, tv):
        pool = NAMES[origin]
        if tv and "tv" in pool:
            s = rng.choice(pool["tv"])
        else:
            s = rng.choice(pool["s"] + (pool.get("tv", []) if rng.random() < .3 else []))
        if origin == "pl" and gender == "f":
            s = re.sub(r"([sc])ki$", r"\1ka", s)
        return s

    def standalone_surname(self):
        s = self.surname
        if s[0].islower() and not s.startswith(("von ", "zu ")):
            s = s[0].upper() + s[1:]
        return s

    def email(self, domain=None):
        """Private address (stable per person) or a work address on the given domain."""
        if domain in self._emails:
            return self._emails[domain]
        f, s = slug(self.first), slug(self.surname)
        if domain:
            form = rng.choice(["{f}.{s}", "{i}.{s}", "{f}"])
        else:
            lang = "be" if self.origin == "be" and self.lang == "nl" else self.lang
            domain_ = rng.choice(MAIL_DOMAINS[lang])
            form = rng.choice(["{f}.{s}", "{f}{s}", "{i}.{s}", "{f}_{s}{yy}", "{f}{yy}", "{s}.{f}",
                               "{f}.{s}{n}", "{i}{s}"])
        yy = rng.randint(70, 99) if rng.random() < .5 else rng.randint(1, 9)
        local = form.format(f=f, s=s, i=f[0], yy=yy, n=rng.randint(1, 99))
        addr = local + "@" + (domain or domain_)
        self._emails[domain] = addr
        return addr

    def render(self, attr, domain):
        full = self.first + " " + self.surname
        if attr == "":
            return full
        return {
            "f": lambda: self.first,                       # first name
            "l": self.standalone_surname,                   # surname standing alone (Van der Meulen)
            "ll": lambda: self.surname,                     # surname as written after a first name
            "i": lambda: self.initials + " " + self.surname,        # J.H.M. van der Meulen
            "i1": lambda: self.initials[:2] + " " + self.surname,   # J. van der Meulen
            "lc": lambda: full.lower(),
            "uc": lambda: full.upper(),
            "fl": lambda: self.first.lower(),
            "rev": lambda: self.standalone_surname() + ", " + self.first,  # Müller, Anna
            "e": lambda: self.email(domain),
        }[attr]()


# ---------------------------------------------------------------------------------------------
# Checksums
# ---------------------------------------------------------------------------------------------
def mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_valid(v):
    v = re.sub(r"[ .-]", "", v).upper()
    return mod97(v[4:] + v[:4]) == 1


def elfproef(d):
    d = re.sub(r"\D", "", d).zfill(9)
    return len(d) == 9 and int(d) > 0 and (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 0


def luhn_ok(num):
    ds = [int(c) for c in re.sub(r"\D", "", num)][::-1]
    return sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(ds)) % 10 == 0


def btw_valid(v):
    v = re.sub(r"[ .]", "", v).upper()
    return bool(re.fullmatch(r"NL\d{9}B\d\d", v)) and mod97(v) == 1 and v[-2:] != "00"


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def ndigits(n):  # no leading zero
    return str(rng.randint(1, 9)) + digits(n - 1)


# ---------------------------------------------------------------------------------------------
# Generators
# ---------------------------------------------------------------------------------------------
def fmt_groups(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def make_iban(cc):
    if cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"]) + digits(10)
    elif cc == "BE":
        first10 = rng.choice(["001", "063", "068", "310", "363", "735", "737", "973"]) + digits(7)
        chk = int(first10) % 97 or 97
        bban = first10 + "%02d" % chk
    elif cc == "DE":
        bban = rng.choice(["37040044", "10010010", "50010517", "70150000", "12030000", "43060967",
                           "20050550", "60050101"]) + digits(10)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6) + digits(8)
    elif cc == "FR":
        bank, branch, acc = rng.choice(["30004", "20041", "30003", "10278", "30002"]), digits(5), digits(11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97
        bban = bank + branch + acc + "%02d" % key
    elif cc == "ES":
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(ten):
            r = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
            return 0 if r == 11 else 1 if r == 10 else r
        bank, branch, acc = rng.choice(["2100", "0049", "0182", "2085", "0081"]), digits(4), digits(10)
        bban = bank + branch + str(dc("00" + bank + branch)) + str(dc(acc)) + acc
    elif cc == "IT":
        odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
        body = rng.choice(["03069", "02008", "05034", "03062"]) + digits(5) + "0000" + digits(8)
        s = 0
        for i, c in enumerate(body):
            idx = int(c) if c.isdigit() else ord(c) - 65
            s += odd[idx] if i % 2 == 0 else idx
        bban = chr(65 + s % 26) + body
    else:
        raise ValueError(cc)
    cd = 98 - mod97(bban + cc + "00")
    return "%s%02d%s" % (cc, cd, bban)


def g_iban(cc, style="c"):
    v = make_iban(cc)
    return {"c": v, "s": fmt_groups(v), "l": v.lower(), "ls": fmt_groups(v).lower()}[style]


def make_bsn():
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        c = sum((9 - i) * d[i] for i in range(8)) % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


def g_bsn(style="p"):
    b = make_bsn()
    return {"p": b, "d3": "%s.%s.%s" % (b[:3], b[3:6], b[6:]), "d4": "%s.%s.%s" % (b[:4], b[4:6], b[6:]),
            "s": "%s %s %s" % (b[:3], b[3:6], b[6:])}[style]


def g_ob():  # old omzetbelastingnummer of an eenmanszaak = BSN + B01 (annotated as BSN)
    return "NL" + make_bsn() + "B01"


def g_btw(style="c"):
    while True:
        d9 = digits(9)
        if not elfproef(d9) and int(d9) > 0:
            break
    xx = (1 - int("2321" + d9 + "11") * 100) % 97 or 97
    v = "NL%sB%02d" % (d9, xx)
    return v.lower() if style == "l" else v


def g_kvk():
    while True:
        k = ndigits(8)
        if k != "12345678":
            return k


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def g_card(kind, style="c"):
    if kind == "visa":
        n = luhn_complete("4", 16)
    elif kind == "mc":
        n = luhn_complete(str(rng.randint(51, 55)), 16)
    elif kind == "mc2":
        n = luhn_complete(str(rng.randint(2221, 2720)), 16)
    elif kind == "amex":
        n = luhn_complete(rng.choice(["34", "37"]), 15)
    elif kind == "maestro":
        n = luhn_complete(rng.choice(["6759", "5018", "6304"]), rng.choice([16, 19]))
    else:
        raise ValueError(kind)
    if style == "c":
        return n
    sep = " " if style == "s" else "-"
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


KENT_SC = {1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX",
           7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX",
           13: "9-XX-999", 14: "999-XX-9"}
KENT_BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS",
               "KVT", "VVD", "SP"]


def g_kent(sc=None, style="d"):
    sc = int(sc) if sc else rng.randint(4, 14)
    while True:
        out = []
        for grp in KENT_SC[sc].split("-"):
            if grp[0] == "X":
                out.append("".join(rng.choice("BDFGHJKLNPRSTVXZ") for _ in grp))
            else:
                out.append(str(rng.randint(1, 9)) + digits(len(grp) - 1))
        if not any(b in g for g in out for b in KENT_BANNED):
            break
    return "-".join(out) if style == "d" else "".join(out)


def g_dekz():
    dist = rng.choice(["B", "M", "K", "HH", "F", "S", "D", "DO", "E", "BN", "AC", "MS", "HB", "H", "L",
                       "DD", "N", "KA", "OS", "KLE"])
    let = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2, 2])))
    num = str(rng.randint(1, 9)) + digits(rng.choice([1, 2, 3, 3]))
    if len(dist) + len(let) + len(num) > 8:
        num = num[:8 - len(dist) - len(let)]
    suffix = "E" if rng.random() < .15 else ""
    return dist + rng.choice(["-", " "]) + let + " " + num + suffix


def _docnr(first):
    alnum = "ABCDEFGHIJKLMNPQRSTUVWXYZ123456789"  # no O, no 0
    while True:
        mid = "".join(rng.choice(alnum) for _ in range(6))
        if sum(c.isdigit() for c in mid) >= 2 and any(c.isalpha() for c in mid):
            break
    return first + rng.choice("ABCDEFGHJKLMNPRSTUVWXZ") + mid + str(rng.randint(1, 9))


def g_pass():
    return _docnr("N")


def g_idk():
    return _docnr("I")


def g_rijb():
    return rng.choice("45") + digits(9)


def g_ausweis():
    return rng.choice("LMNPRTVWXY") + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))


NL_AREAS = ["20", "10", "30", "70", "50", "40", "24", "26", "43", "53", "58", "72", "73", "76", "33", "35",
            "111", "162", "222", "318", "345", "475", "513", "548", "591", "172", "229"]
BE_FIX = [("9", "234"), ("2", "2345678"), ("3", "2345678"), ("50", None), ("16", None), ("11", None),
          ("14", None), ("15", None)]
DE_MOB = ["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179"]
UK_DRAMA = [("20", "7946 0"), ("161", "496 0"), ("131", "496 0"), ("113", "496 0"), ("117", "496 0"),
            ("121", "496 0"), ("141", "496 0"), ("151", "496 0"), ("191", "498 0")]


def g_tel(kind, style=None, area=None):
    if kind == "nl_mob":
        n = rng.choice("123458") + digits(7)
        st = style or rng.choice(["dash", "sp1", "sp4", "pairs", "plain", "paren", "plus", "plus0", "plusc",
                                  "0031", "plusdash", "332"])
        return {"dash": "06-" + n, "sp1": "06 " + n, "sp4": "06 %s %s" % (n[:4], n[4:]),
                "pairs": "06-%s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:]), "plain": "06" + n,
                "paren": "(06) " + n, "plus": "+31 6 " + n, "plus0": "+31 (0)6 %s %s" % (n[:4], n[4:]),
                "plusc": "+316" + n, "0031": "0031 6 %s %s" % (n[:4], n[4:]), "plusdash": "+316-" + n,
                "332": "06 - %s %s %s" % (n[:3], n[3:6], n[6:])}[st]
    if kind == "nl_fix":
        a = area or rng.choice(NL_AREAS)
        sub = str(rng.randint(2, 9)) + digits(6 if len(a) == 2 else 5)
        sp = "%s %s" % (sub[:3], sub[3:])
        par = ("%s %s %s" % (sub[:3], sub[3:5], sub[5:])) if len(sub) == 7 else ("%s %s %s" % (sub[:2], sub[2:4], sub[4:]))
        st = style or rng.choice(["dash", "space", "paren", "plus0", "plus", "plusdash", "0031"])
        return {"dash": "0%s-%s" % (a, sub), "space": "0%s %s" % (a, sp), "paren": "(0%s) %s" % (a, par),
                "plus0": "+31 (0)%s %s" % (a, sp), "plus": "+31 %s %s" % (a, sp),
                "plusdash": "+31(0)%s-%s" % (a, sub), "0031": "0031 %s %s" % (a, sub)}[st]
    if kind == "be_mob":
        n = "4" + str(rng.randint(6, 9)) + digits(7)
        p, r = n[:3], n[3:]
        st = style or rng.choice(["be", "plus", "0032", "slash", "plusc"])
        return {"be": "0%s %s %s %s" % (p, r[:2], r[2:4], r[4:]), "plus": "+32 %s %s %s %s" % (p, r[:2], r[2:4], r[4:]),
                "0032": "0032 " + n, "slash": "0%s/%s.%s.%s" % (p, r[:2], r[2:4], r[4:]), "plusc": "+32" + n}[st]
    if kind == "be_fix":
        z, nxt = rng.choice(BE_FIX) if not area else next(x for x in BE_FIX if x[0] == area)
        if len(z) == 1:
            sub = rng.choice(nxt) + digits(6)
            grp = "%s %s %s" % (sub[:3], sub[3:5], sub[5:])
            sl = "%s.%s.%s" % (sub[:3], sub[3:5], sub[5:])
        else:
            sub = str(rng.randint(2, 9)) + digits(5)
            grp = "%s %s %s" % (sub[:2], sub[2:4], sub[4:])
            sl = "%s.%s.%s" % (sub[:2], sub[2:4], sub[4:])
        st = style or rng.choice(["space", "plus", "slash"])
        return {"space": "0%s %s" % (z, grp), "plus": "+32 %s %s" % (z, grp), "slash": "0%s/%s" % (z, sl)}[st]
    if kind == "de_fix":
        a = area or rng.choice(["30", "40", "69", "89", "221", "211", "231", "201", "711", "511", "341", "351",
                                "421", "251", "241", "2821", "761"])
        sub = str(rng.randint(2, 9)) + digits({2: 7, 3: 6, 4: 5}[len(a)])
        st = style or rng.choice(["space", "slash", "plus0", "plus", "dash", "slashsp"])
        return {"space": "0%s %s" % (a, sub), "slash": "0%s/%s" % (a, sub), "slashsp": "0%s / %s" % (a, sub),
                "plus0": "+49 (0)%s %s" % (a, sub), "plus": "+49 %s %s" % (a, sub), "dash": "0%s-%s" % (a, sub)}[st]
    if kind == "de_mob":
        p = area or rng.choice(DE_MOB)
        sub = digits(8 if p.startswith("15") else 7)
        st = style or rng.choice(["sp", "dash", "plus", "0049", "plus0", "slash", "plain"])
        return {"sp": "0%s %s" % (p, sub), "dash": "0%s-%s" % (p, sub), "plus": "+49 %s %s" % (p, sub),
                "0049": "0049 %s %s" % (p, sub), "plus0": "+49 (0) %s %s" % (p, sub), "slash": "0%s/%s" % (p, sub),
                "plain": "0%s%s" % (p, sub)}[st]
    if kind == "uk_mob":
        n = "7" + rng.choice("4579") + digits(8)
        st = style or rng.choice(["space", "plus", "plus0", "plain"])
        return {"space": "0%s %s" % (n[:4], n[4:]), "plus": "+44 %s %s" % (n[:4], n[4:]),
                "plus0": "+44 (0)%s %s %s" % (n[:4], n[4:7], n[7:]), "plain": "0" + n}[st]
    if kind == "uk_fix":
        a, pre = rng.choice(UK_DRAMA) if not area else next(x for x in UK_DRAMA if x[0] == area)
        sub = pre + digits(3)
        st = style or rng.choice(["space", "plus", "plus0"])
        return {"space": "0%s %s" % (a, sub), "plus": "+44 %s %s" % (a, sub), "plus0": "+44 (0)%s %s" % (a, sub)}[st]
    raise ValueError(kind)


NL_PC = {"Amsterdam": (1011, 1109), "Rotterdam": (3011, 3089), "Utrecht": (3511, 3585), "Den Haag": (2511, 2597),
         "Groningen": (9711, 9747), "Leeuwarden": (8911, 8941), "Zwolle": (8011, 8048), "Leiden": (2311, 2334),
         "Haarlem": (2011, 2037), "Alkmaar": (1811, 1826), "Eindhoven": (5611, 5658), "Nijmegen": (6511, 6546),
         "Deventer": (7411, 7429), "Tilburg": (5011, 5049), "Breda": (4811, 4839), "Maastricht": (6211, 6229),
         "Almere": (1311, 1364), "Delft": (2611, 2629), "Enschede": (7511, 7548), "Sneek": (8601, 8608),
         "Arnhem": (6811, 6846), "Apeldoorn": (7311, 7339), "Amersfoort": (3811, 3829)}
PC_LETTERS = "ABCDEGHJKLMNPRTVWXZ"
PC_AVOID = {"SA", "SD", "SS", "MB", "GB", "KB", "TB", "PB", "KM", "CM", "MM", "KG", "PK", "HZ", "MS", "AB"}
BE_PC = {"Gent": [9000, 9030, 9040, 9050], "Antwerpen": [2000, 2018, 2060, 2100, 2140], "Leuven": [3000, 3001, 3010],
         "Brugge": [8000, 8200, 8310], "Hasselt": [3500, 3510], "Mechelen": [2800], "Kortrijk": [8500, 8510]}
DE_PC = {"Berlin": (10115, 14199), "Köln": (50667, 51149), "München": (80331, 81929), "Hamburg": (20095, 22769),
         "Leipzig": (4103, 4357), "Münster": (48143, 48167), "Aachen": (52062, 52080), "Kleve": (47533, 47533),
         "Düsseldorf": (40210, 40629), "Bremen": (28195, 28779), "Frankfurt": (60308, 60599),
         "Dresden": (1067, 1328), "Freiburg": (79098, 79117), "Stuttgart": (70173, 70619), "Hannover": (30159, 30669)}
UK_PC = {"Cambridge": [("CB", 1, 5)], "Manchester": [("M", 1, 40)], "Leeds": [("LS", 1, 29)],
         "Edinburgh": [("EH", 1, 17)], "Glasgow": [("G", 1, 53)], "Bristol": [("BS", 1, 16)],
         "York": [("YO", 23, 31)], "Oxford": [("OX", 1, 4)],
         "London": [("N", 1, 22), ("E", 1, 18), ("SE", 1, 28), ("SW", 2, 20), ("NW", 1, 11), ("W", 2, 14)]}


def g_pc(cc, city=None, style="s"):
    if cc == "nl":
        lo, hi = NL_PC[city] if city else (1000, 9999)
        while True:
            let = rng.choice(PC_LETTERS) + rng.choice(PC_LETTERS)
            if let not in PC_AVOID:
                break
        num = rng.randint(lo, hi)
        v = "%d%s%s" % (num, "" if style == "c" else " ", let)
        return v.lower() if style == "lc" else v
    if cc == "be":
        return str(rng.choice(BE_PC[city]))
    if cc == "de":
        lo, hi = DE_PC[city]
        return "%05d" % rng.randint(lo, hi)
    if cc == "uk":
        area, lo, hi = rng.choice(UK_PC[city])
        unit = "ABDEFGHJLNPQRSTUWXYZ"
        return "%s%d %d%s%s" % (area, rng.randint(lo, hi), rng.randint(1, 9), rng.choice(unit), rng.choice(unit))
    raise ValueError(cc)


STREETS = {
    "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Julianalaan", "Stationsweg", "Burgemeester Visserstraat",
           "Laan van Nieuw Oost-Indië", "Van Ostadestraat", "Prinses Irenestraat", "Sluisdijk", "Oudegracht",
           "Het Rond", "Nieuwe Binnenweg", "Tjalkstraat", "Esdoornlaan", "Populierenhof", "Zuiderdiep",
           "Kanaalweg Oost", "Eerste Jan Steenstraat", "De Heeg", "Achterom", "Schoolpad", "Hoofdstraat"],
    "be": ["Kerkstraat", "Veldstraat", "Steenweg op Gierle", "Brugsesteenweg", "Lange Lozanastraat",
           "Koning Albertlaan", "Kapelstraat", "Sint-Pietersnieuwstraat", "Diestsevest", "Dorp-Oost"],
    "de": ["Am Markt", "Lindenallee", "Hauptstraße", "Schillerstr.", "Bahnhofstraße", "Goethestraße",
           "Am Kirchberg", "Kastanienweg", "Auf dem Hügel", "Rosenstraße", "Friedrich-Ebert-Allee",
           "Unter den Eichen", "Kölner Str.", "Grüner Weg"],
    "uk": ["Mill Road", "Green Lane", "Rosebery Crescent", "Church Street", "Victoria Road", "Albert Terrace",
           "Station Approach", "Kings Avenue", "Thornhill Gardens", "Marlborough Place"],
}


def g_street(cc):
    return rng.choice(STREETS[cc])


def g_addr(cc, variant=None):
    st = g_street(cc)
    if cc == "nl":
        num = str(rng.randint(1, 240))
        add = rng.choice(["", "", "", "a", "A", "-II", " hs", "-3", " bis", "B", "-bg", " zw", "-1"])
        v = st + " " + num + add
        return v.lower() if variant == "lc" else v
    if cc == "be":
        num = str(rng.randint(1, 180))
        if variant == "bus" or (variant is None and rng.random() < .4):
            return "%s %s bus %d" % (st, num, rng.randint(1, 12))
        return st + " " + num + rng.choice(["", "", "/2", "A"])
    if cc == "de":
        return st + " " + str(rng.randint(1, 160)) + rng.choice(["", "", "", "a", "b"])
    if cc == "uk":
        num = rng.randint(1, 140)
        if variant == "flat":
            return "Flat %d, %d %s" % (rng.randint(1, 9), num, st)
        return "%d%s %s" % (num, rng.choice(["", "", "", "a", "b"]), st)
    raise ValueError(cc)


def g_postbus():
    return "Postbus %d" % rng.randint(100, 9999)


def g_ip4():
    while True:
        v = "%d.%d.%d.%d" % (rng.choice([31, 37, 46, 62, 77, 80, 81, 82, 84, 85, 87, 89, 91, 94, 95, 145, 176,
                                          178, 185, 188, 212, 213, 217]),
                             rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        if ipaddress.ip_address(v).is_global:
            return v


def g_ip6():
    while True:
        groups = [rng.choice(["2a02", "2a01", "2a00", "2a10", "2a0b"])] + ["%x" % rng.randint(0, 0xffff) for _ in range(7)]
        if rng.random() < .6:  # compressed form with a run of zeros
            v = ":".join(groups[:4]) + "::" + ":".join(groups[6:])
        else:
            v = ":".join(groups)
        ip = ipaddress.ip_address(v)
        if ip.is_global and not ip.is_private:
            return v


NL_M = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december"]
NL_MA = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"]
DE_M = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
        "November", "Dezember"]


def g_dob(fmt, years="1938-2004"):
    lo, hi = (int(x) for x in years.split("-")) if "-" in years else (int(years), int(years))
    y = rng.randint(lo, hi)
    d0 = datetime.date(y, 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
    d, m, y = d0.day, d0.month, d0.year
    return {"nl_num": "%02d-%02d-%d" % (d, m, y), "nl_num2": "%d-%d-%d" % (d, m, y),
            "slash": "%02d/%02d/%d" % (d, m, y), "dots": "%02d.%02d.%d" % (d, m, y),
            "de_num": "%02d.%02d.%d" % (d, m, y), "iso": "%d-%02d-%02d" % (y, m, d),
            "nl_word": "%d %s %d" % (d, NL_M[m - 1], y), "nl_abbr": "%d %s %d" % (d, NL_MA[m - 1], y),
            "en_word": "%d %s %d" % (d, EN_M[m - 1], y), "en_us": "%s %d, %d" % (EN_M[m - 1], d, y),
            "de_word": "%d. %s %d" % (d, DE_M[m - 1], y)}[fmt]


PW_WORDS = ["Zomer", "Tulp", "Fiets", "Sonne", "Hund", "Maple", "Tiger", "Molen", "Schaap", "River", "Kaas",
            "Wolke", "Harbor"]


def g_pw():
    if rng.random() < .6:
        return rng.choice(PW_WORDS) + str(rng.randint(10, 2026)) + rng.choice("!#?$*&")
    alpha = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    while True:
        v = "".join(rng.choice(alpha) for _ in range(10)) + rng.choice("!#%")
        if any(c.isdigit() for c in v):
            return v


def g_pin(n="4"):
    return digits(int(n))


def g_num(rng_spec):  # a house number in a range, e.g. {$num:1-30}
    lo, hi = (int(x) for x in rng_spec.split("-"))
    return str(rng.randint(lo, hi))


GEN = {"iban": g_iban, "bsn": g_bsn, "ob": g_ob, "btw": g_btw, "kvk": g_kvk, "card": g_card, "kent": g_kent,
       "dekz": g_dekz, "pass": g_pass, "idk": g_idk, "rijb": g_rijb, "ausweis": g_ausweis, "tel": g_tel,
       "pc": g_pc, "street": g_street, "addr": g_addr, "postbus": g_postbus, "ip4": g_ip4, "ip6": g_ip6,
       "dob": g_dob, "pw": g_pw, "pin": g_pin, "num": g_num}

# ---------------------------------------------------------------------------------------------
# Template expansion
# ---------------------------------------------------------------------------------------------
PH = re.compile(r"\{(?:\$(?P<gen>[a-z0-9]+)(?P<args>(?::[^{}:#\s]*)*)(?:#(?P<key>\w+))?"
                r"|#(?P<ref>\w+)"
                r"|(?P<p>[a-f])(?:\.(?P<attr>[a-z0-9]+))?(?:@(?P<dom>[\w.-]+))?)\}")
MARK = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]")


def expand(lang, spec, text):
    people, taken = {}, set()
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        k, v = part.split("=", 1)
        people[k.strip()] = Person(v.strip(), lang, taken, people)
    store = {}

    def sub(m):
        if m.group("gen"):
            args = [a for a in m.group("args").split(":")[1:]]
            args = [a if a != "" else None for a in args]
            v = GEN[m.group("gen")](*args)
            if m.group("key"):
                store[m.group("key")] = v
            return v
        if m.group("ref"):
            return store[m.group("ref")]
        return people[m.group("p")].render(m.group("attr") or "", m.group("dom"))
    return PH.sub(sub, text)


def strip_markup(text):
    out, spans, pos, nbytes = [], [], 0, 0
    for m in MARK.finditer(text):
        before = text[pos:m.start()]
        out.append(before)
        nbytes += len(before.encode("utf-8"))
        label, value = m.group(1), m.group(2)
        assert label in LABELS, label
        assert value == value.strip() and value, repr(value)
        start = nbytes
        out.append(value)
        nbytes += len(value.encode("utf-8"))
        spans.append({"start": start, "end": nbytes, "label": label, "_value": value})
        pos = m.end()
    out.append(text[pos:])
    clean = "".join(out)
    assert "[[" not in clean and "]]" not in clean, clean
    assert not PH.search(clean), clean
    return clean, spans


def self_check(rec):
    b = rec["text"].encode("utf-8")
    prev_end = -1
    for s in rec["spans"]:
        v = b[s["start"]:s["end"]].decode("utf-8")
        assert v == s["_value"], (rec["id"], v, s)
        assert s["start"] >= prev_end, ("overlap", rec["id"])
        prev_end = s["end"]
        if s["label"] != "CREDENTIAL":
            assert v[-1] not in ".,;:!?)(" and v[0] not in ".,;:!?)(", (rec["id"], v)
        lab = s["label"]
        if lab == "IBAN":
            assert iban_valid(v), v
        elif lab == "BSN":
            core = v[2:11] if v.upper().startswith("NL") else v
            assert elfproef(core), v
        elif lab == "CREDIT_CARD":
            assert luhn_ok(v), v
        elif lab == "BTW_ID":
            assert btw_valid(v), v
        elif lab == "IP_ADDRESS":
            assert ipaddress.ip_address(v).is_global, v
        elif lab == "KVK":
            assert re.fullmatch(r"\d{8}", v), v


MESSAGES = []


def M(lang, spec, text):
    MESSAGES.append((lang, spec, text))


# =============================================================================================
# MESSAGES
# =============================================================================================
# ----------------------------------------------------------------------------- Dutch (60) ----
M("nl", "a=nl m tv i3", """[[PERSON:{a.i}]]
[[ADDRESS:{$addr:nl}]]
[[POSTCODE:{$pc:nl:Zwolle}]]  ZWOLLE

Zwolle, 14 oktober 2026

Zonnestraal Software B.V.
t.a.v. afdeling Klachten
Postbus 99
1230 AA  Zonnedorp

Betreft: klacht over factuur F-2026-118734 (klantnummer 40029817)

Geachte heer, mevrouw,

Op 2 oktober jl. heeft u € 1.234,56 van mijn rekening afgeschreven voor een jaarlicentie die ik in 2023 al had opgezegd. Ik heb dit op 3 oktober telefonisch gemeld (ticketnummer 558120), maar tot op heden heb ik niets meer gehoord.

Ik verzoek u het bedrag binnen 14 dagen terug te storten op [[IBAN:{$iban:NL:s}]] t.n.v. [[PERSON:{a.i}]]. Gebeurt dat niet, dan leg ik de zaak voor aan de Geschillencommissie.

Hoogachtend,

[[PERSON:{a.i}]]""")

M("nl", "", """★☆☆☆☆ Sinds update 4.12.0.218 crasht de app elke keer als ik een factuur open. iPhone 13, iOS 17.6.1, 3x opnieuw geïnstalleerd, 2048 MB vrij dus daar ligt het niet. Eerst was het top, nu onbruikbaar 👎 #zonnestraal #bug""")

M("nl", "a=sr f", """hoi, ik kan sinds gisteren niet meer inloggen. heb al 3x op 'wachtwoord vergeten' geklikt maar er komt geen mail. mijn mailadres is [[EMAIL:{a.e}]] (staat er al jaren op). kunnen jullie me bellen? [[PHONE:{$tel:nl_mob:sp1}]], liefst na 17.00 uur want ik werk tot half 5. alvast bedankt

groetjes, [[PERSON:{a.fl}]]""")

M("nl", "a=nl f tv; b=nl m", """Voicemail ma 16-11 09:42 (doorgezet door receptie)
klant belde, mevrouw [[PERSON:{a.l}]], over de automatische incasso van november. Wil dat die voortaan van een andere rekening gaat: [[IBAN:{$iban:NL:c}]]. Terugbellen op [[PHONE:{$tel:nl_fix:dash}]], liefst tussen 12 en 13 uur. Klantnr. volgens haar 30018742.
— [[PERSON:{b.f}]] (frontoffice)""")

M("nl", "a=ma f; b=nl m", """INTERNE NOTITIE – niet naar klant sturen
Klant ([[PERSON:{a}]], debiteur 7712093) heeft per ongeluk een scan van haar ID-kaart meegestuurd. Documentnummer [[ID_DOCUMENT:{$idk}]], BSN [[BSN:{$bsn:d4}]] stond er ook op. Bijlage verwijderd uit het ticket, klant gemaild dat we dit niet nodig hebben.
Verder: factuuradres wordt [[ADDRESS:{$addr:nl}]], [[POSTCODE:{$pc:nl:Leiden:c}]] Leiden (ingang 1 dec).
/[[PERSON:{b.f}]]""")

M("nl", "a=fy f", """Contactformulier – zonnestraal.example/contact
Onderwerp: Adreswijziging
Geb. datum: [[DATE_OF_BIRTH:{$dob:nl_num}]]
Tel.: [[PHONE:{$tel:nl_mob:plain}]]
Achternaam: [[PERSON:{a.ll}]]
Voornaam: [[PERSON:{a.f}]]
Straat + nr: [[ADDRESS:{$addr:nl}]]
Postcode: [[POSTCODE:{$pc:nl:Leeuwarden}]]
Woonplaats: Leeuwarden
E-mail adres: [[EMAIL:{a.e}]]
Bericht: Per 1 december verhuisd. Graag de nieuwe gegevens gebruiken voor de jaarfactuur en de papieren nieuwsbrief.""")

M("nl", "", """Goedemiddag,

Factuur 2026-004417 van 01-11-2026 klopt niet: er staan 3 licenties à EUR 89.00 op, maar wij hebben er sinds 15 oktober nog maar 2. Het totaal van € 323,07 incl. btw moet dus € 215,38 zijn. Ordernummer is 482910337, ons debiteurnummer 0038816. Kunnen jullie een creditnota sturen?

Alvast bedankt,
Boekhouding – Bakkerij De Korenschoof""")

M("nl", "a=nl f; b=pl m", """Hierbij doorgestuurd, zie onderaan. Kunnen jullie de licentie van [[PERSON:{b.f}]] op mijn account zetten?
[[PERSON:{a.f}]]

---------- Doorgestuurd bericht ---------
Van: [[PERSON:{b}]] <[[EMAIL:{b.e}]]>
Datum: ma 9 nov 2026 om 16:12
Onderwerp: Re: licentie overzetten
Aan: [[PERSON:{a}]] <[[EMAIL:{a.e}]]>

> Hoi [[PERSON:{a.f}]],
>
> Ik gebruik de licentie niet meer (staat nog op mijn oude laptop, versie 7.3.2 build 20261014). Als Zonnestraal hem kan overzetten naar jouw account vind ik het prima. Mijn klantnummer was 55120931.
>
> Groet, [[PERSON:{b.f}]]
> [[PHONE:{$tel:nl_mob:sp4}]]
>
>> Op 8 nov 2026 schreef [[PERSON:{a}]]:
>> Mag ik jouw oude licentie overnemen? Dan hoef ik geen nieuwe te kopen.""")

M("nl", "", """Hallo Amsterdam! 👋 Wie gaat er ook naar de Zonnestraal gebruikersdag op 12 maart in de RAI? Ik ben vooral benieuwd naar versie 5.0 en de nieuwe kassakoppeling. Tickets kosten € 45,- (early bird tot 31-01). #zonnestraal #gebruikersdag""")

M("nl", "a=tr f; b=tr m =a", """Goedenavond,

Mijn zoon [[PERSON:{b}]] (geboren op [[DATE_OF_BIRTH:{$dob:nl_num2:2013}]]) heeft gisteren in de app een jaarabonnement Premium afgesloten met mijn creditcard, zonder dat ik het wist. Hij is 13! Het gaat om de kaart [[CREDIT_CARD:{$card:visa:s}]]; afschrijving € 119,88 op 17-11-2026.
Ik wil het abonnement laten stoppen en het bedrag terug op de kaart. [[PERSON:{b.f}]] heeft beloofd het niet meer te doen 😅

Ik ben overdag bereikbaar op [[PHONE:{$tel:nl_mob:dash}]].

Met vriendelijke groet,
[[PERSON:{a}]]""")

M("nl", "", """Sinds de update naar 5.2.1 kan de kassa geen verbinding meer maken met de bonprinter op 192.168.1.45:9100. Foutmelding: ERR_CONN_REFUSED (code 0x80072EFD). Router is een FRITZ!Box 7590, firmware 7.57. De server draait op 10.0.0.12 met PHP 8.2.12 en MySQL 8.0.35. Ticket 2026-11-0193. Graag snel hulp, het is druk in de winkel.""")

M("nl", "a=aw m", """IK BEN HET ZAT!!! AL DRIE WEKEN GEEN REACTIE OP MIJN MAILS (TICKET 2026-0441). JULLIE HEBBEN TWEE KEER €49,95 AFGESCHREVEN IN OKTOBER. MIJN REKENING IS [[IBAN:{$iban:NL:c}]] EN IK WIL MIJN GELD TERUG. BEL MIJ VANDAAG NOG OP [[PHONE:{$tel:nl_mob:plain}]]!!!
[[PERSON:{a.uc}]]""")

M("nl", "a=be f", """Goeiedag,

Ik woon in België en jullie webwinkel aanvaardt mijn postcode niet. Bij 'postcode' krijg ik telkens 'ongeldig formaat (bv. 1234 AB)'. Mijn adres is nochtans gewoon [[ADDRESS:{$addr:be:bus}]], [[POSTCODE:{$pc:be:Gent}]] Gent.
Kunnen jullie de bestelling (winkelmandje 88-120-443) manueel ingeven? Mijn gsm: [[PHONE:{$tel:be_mob:be}]].

Vriendelijke groeten,
[[PERSON:{a}]]""")

M("nl", "", """Ik krijg de verificatiecode (bijv. 482913) wel per sms binnen, maar na het invullen staat er 'code verlopen'. De klok op mijn telefoon staat goed (12:04). Android 14, app-versie v2.3.1. Ook de code van 12:06 (775031) werkte niet. Wat nu?""")

M("nl", "a=nl m; b=ma f", """Hallo,

Volgens PostNL is mijn pakket (3SZONN0948371) gisteren om 14:12 afgeleverd bij de buren op [[ADDRESS:{$street:nl#s} 16]]. Mijn buurvrouw, mevrouw [[PERSON:{b.l}]], zegt dat ze niets heeft aangenomen. Ik woon zelf op [[ADDRESS:{#s} 14]], [[POSTCODE:{$pc:nl:Haarlem}]] Haarlem.
Kunnen jullie een onderzoek starten of het opnieuw versturen?

Gr. [[PERSON:{a}]]""")

M("nl", "", """Welke kaart staat er nu bij jullie geregistreerd? In het portaal zie ik alleen **** 1234, vervaldatum 08/27. De volgende termijn (EUR 89.00 op 1 december) moet van mijn nieuwe Mastercard gaan, maar toevoegen lukt niet: 'kaart geweigerd (fout 05)'. Graag advies.""")

M("nl", "a=nl f tr+nl", """Goedemorgen,

Op de laatste factuur (F-2026-204488) staan nog onze oude gegevens. Ons btw-id is [[BTW_ID:{$btw}]] en ons KvK-nummer [[KVK:{$kvk}]]. Willen jullie dat aanpassen en de factuur opnieuw sturen?

Met vriendelijke groet,

[[PERSON:{a}]]
Office manager
Hoveniersbedrijf Groen & Zo B.V.
[[ADDRESS:{$addr:nl}]] | [[POSTCODE:{$pc:nl:Alkmaar}]] Alkmaar
T [[PHONE:{$tel:nl_fix:plus0:72}]] | M [[PHONE:{$tel:nl_mob:pairs}]]
[[EMAIL:{a.e@groenenzo.nl}]] | www.groenenzo.nl

Dit bericht is uitsluitend bestemd voor de geadresseerde. Op al onze diensten zijn de algemene voorwaarden van toepassing.""")

M("nl", "", """Beste Klantenservice,

Ik heb uw nummer 088 123 4567 drie keer gebeld maar kreeg steeds een bandje, en op mijn mail aan support@zonnestraal.example (ticket ZS-77120) nog geen antwoord. Mijn vraag is simpel: hoe zet ik de mail 'wachtwoord vergeten' aan voor medewerkers? In de handleiding (paragraaf 3.2.1.4) staat het niet.

Groet, Team Inkoop""")

M("nl", "a=nl m; b=nl f =a i3", """Beste medewerker,

Ik schrijf namens mijn moeder, mevrouw [[PERSON:{b.i}]] (geb. [[DATE_OF_BIRTH:{$dob:nl_abbr:1936-1944}]]). Zij ligt sinds vorige week in het [[HEALTH:ziekenhuis]] en kan zelf niet bellen. Haar abonnement (klantnummer 66120985) mag per direct worden opgezegd; de laatste termijn van € 14,95 hoeft niet meer te worden geïncasseerd.
Als u vragen heeft kunt u mij bellen op [[PHONE:{$tel:nl_fix:space}]] (thuis) of mailen naar [[EMAIL:{a.e}]].

Vriendelijke groeten,
[[PERSON:{a}]] (zoon en mantelzorger)""")

M("nl", "", """Besteld op 9-11: laadkabel art.nr. GX-204-K en wandhouder AB-123-C 🔌⚡ Levering zou 12-11 zijn, nu staat er 'vertraagd'. Track & trace 3SZONN1120482. Wie weet meer? #klantenservice #wachten""")

M("nl", "a=sy m", """Ik heb gisteren via jullie ParkeerApp voor de verkeerde auto betaald 🙈 Ik had kenteken [[LICENSE_PLATE:{$kent:4}]] ingevoerd (de auto van mijn zus), maar ik stond er met mijn eigen auto, kenteken [[LICENSE_PLATE:{$kent:11}]]. Nu heb ik een naheffingsaanslag van € 72,40 (aanslagnummer 2026.118.33.204). Kunnen jullie bevestigen dat er wel betaald is? Transactie-ID TRX-88120934, 17-11-2026 10:02–12:15.

[[PERSON:{a}]]""")

M("nl", "b=nl f", """[14:02] Zonnebot: Waarmee kan ik je helpen?
[14:02] Klant: ik wil mn rijbewijs uploaden voor de leaseaanvraag maar het lukt niet
[14:05] [[PERSON:{b.f}]] (Support): Hoi! Je spreekt met [[PERSON:{b.f}]]. Wat voor foutmelding krijg je?
[14:06] Klant: 'bestand te groot (12 MB)'. rijbewijsnummer is [[ID_DOCUMENT:{$rijb}]] als dat helpt
[14:07] [[PERSON:{b.f}]] (Support): Dank je, maar dat nummer hebben we niet nodig 🙂 Ik heb het uit het gesprek laten verwijderen. Probeer een foto van maximaal 5 MB.
[14:09] Klant: top, gelukt""")

M("nl", "", """Goedemorgen,

Via de API (v3, endpoint /orders) krijgen we sinds vannacht 02:00 een HTTP 429 terug. Onze klant-ID is 10293847561, de API-key eindigt op ...f3a9 (de rest sturen we liever niet via mail). Batch 2026111801 is half verwerkt: 1.184 van de 2.500 orders. Voorbeelden van mislukte orders: 700412389, 700412390 en 700412392.
Kunnen jullie de rate limit tijdelijk verhogen?

Team E-commerce""")

M("nl", "a=ro f", """Goedendag,
Voor de verificatie van mijn account (zakelijk, 5 gebruikers) vraagt uw systeem steeds om een identiteitsbewijs. Hierbij mijn gegevens, dan is het hopelijk opgelost:
naam: [[PERSON:{a}]]
BSN: [[BSN:{$bsn:s}]]
paspoortnummer: [[ID_DOCUMENT:{$pass}]]
geboortedatum: [[DATE_OF_BIRTH:{$dob:iso}]]
Met vriendelijke groet,
[[PERSON:{a.f}]]""")

M("nl", "", """De licenties die we in 2023 en 2024 hadden liepen via de oude reseller. Sinds 1 januari 2025 betalen we rechtstreeks aan Zonnestraal. Kunt u alle facturen van 2024 in één pdf sturen? Het liefst vóór 31-12 i.v.m. de jaarafsluiting. Het gaat om 14 facturen (nummers 2024-0012 t/m 2024-0418).
Dank!""")

M("nl", "a=fy m", """Goeie,

De koppeling met de bank werkt niet meer sinds de update, ik krijg foutcode 4012. Ik ben veel onderweg, dus app me gerust: [[PHONE:{$tel:nl_mob:plus}]] (WhatsApp), of bel na 18:00.

Groetnis út Snits,
[[PERSON:{a}]]""")

M("nl", "a=nl f; b=gb f", """Sorry, ik antwoord even in het Nederlands. Nee, wij hebben die factuur nooit ontvangen, ook niet in de spam. Kunt u hem opnieuw sturen naar [[EMAIL:{a.e}]]?

Groet,
[[PERSON:{a}]]

Op do 12 nov. 2026 om 10:31 schreef [[PERSON:{b}]] <{b.e@zonnestraal.example}>:
> Dear [[PERSON:{a.f}]],
>
> Our records show that invoice INV-88213 (annual maintenance, EUR 1,250.00) is still open. Could you let us know when we can expect payment?
>
> Kind regards,
> [[PERSON:{b}]]
> Accounts Receivable | Zonnestraal Software B.V.
> +31 88 123 4567""")

M("nl", "", """Escalatie naar 2e lijn: pdf-download faalt in Chrome 130.0.6723.91 op build 4.12.0.218, reproduceerbaar op de testomgeving (10.20.30.40, intern). Zie JIRA ZS-4412. Workaround: Firefox. Geen persoonsgegevens in dit ticket.""")

M("nl", "a=in m", """Hoi support,

Ons kantoor heeft een nieuwe internetverbinding. Het externe IP-adres is nu [[IP_ADDRESS:{$ip4}]] (intern nog steeds 192.168.10.0/24). Kunnen jullie dat adres toevoegen aan de whitelist voor de beheeromgeving? Ons IPv6-adres is [[IP_ADDRESS:{$ip6}]], als jullie dat ook ondersteunen.

Groet,
[[PERSON:{a.f}]] – ICT""")

M("nl", "a=nl f; b=ua m", """Hoi,

Ik heb een account aangemaakt voor onze nieuwe stagiair, [[PERSON:{b}]]. Gebruikersnaam stagiair-inkoop, tijdelijk wachtwoord: [[CREDENTIAL:{$pw}]]
Hij krijgt een foutmelding bij de module Voorraad ('geen rechten', code 403). Kunnen jullie kijken of zijn rol goed staat? [[PERSON:{b.f}]] begint maandag.

Dank je!
[[PERSON:{a.f}]]""")

M("nl", "a=be m", """Geachte,

Gelieve vanaf volgende maand de domiciliëring te laten lopen via mijn nieuwe rekening [[IBAN:{$iban:BE:s}]]. Ook ons adres is gewijzigd: [[ADDRESS:{$addr:be:bus}]], [[POSTCODE:{$pc:be:Antwerpen}]] Antwerpen.
Klantnummer: BE-220871.

Met vriendelijke groeten,
[[PERSON:{a}]]""")

M("nl", "a=so f", """[[PERSON:{a}]] hier, van kinderopvang De Zonnebloem. Ik bel al de hele ochtend naar 088 123 4567 maar krijg steeds de melding dat alle medewerkers in gesprek zijn. Ons ouderportaal geeft sinds 08:15 een witte pagina (versie 2.14.7) en er wachten 46 ouders op de dagrapporten. Bel me alsjeblieft zsm terug op [[PHONE:{$tel:nl_mob:sp4}]].""")

M("nl", "a=nl m i2; b=cn f; c=nl f; d=pk m", """Goedemiddag,

Zoals besproken met uw collega – [[PERSON:{c.f}]] – sturen wij hierbij de getekende offerte (O-2026-3318) retour. Contactpersoon voor de implementatie wordt [[PERSON:{b}]] (projectleider, [[PHONE:{$tel:nl_mob:sp4}]]).

cc [[PERSON:{d}]] (controller)

Met vriendelijke groet,

[[PERSON:{a.i}]]
Directeur""")

M("nl", "a=sr f", """hallo, ik heb de factuur van oktober betaald maar krijg nog steeds een herinnering (kenmerk 2026-HER-00871). heb het bedrag van € 62,50 op 28-10 overgemaakt vanaf [[IBAN:{$iban:NL:l}]]. kunnen jullie dat even checken? anders bel ik maandag wel.

groetjes, [[PERSON:{a.fl}]]""")

M("nl", "a=ma m; b=ma m =a", """Geachte heer/mevrouw,

Wij, de fam. [[PERSON:{a.l}]], hebben op 4 november een kassasysteem besteld (ordernr. 700123985) voor onze bakkerij. Het zou vorige week geleverd worden op ons bezorgadres [[ADDRESS:{$addr:nl}]], [[POSTCODE:{$pc:nl:Rotterdam}]] Rotterdam, maar er is niets gekomen. De bezorger mag ook bellen naar mijn zoon [[PERSON:{b.f}]]: [[PHONE:{$tel:nl_mob:dash}]].

Met vriendelijke groet,
[[PERSON:{a}]]""")

M("nl", "a=nl f", """Beste Zonnestraal,

Ik woon sinds de zomer net over de grens, op [[ADDRESS:{$addr:de}]], [[POSTCODE:{$pc:de:Kleve}]] Kleve. Jullie systeem wil alleen Nederlandse postcodes en telefoonnummers, dus ik kan mijn profiel niet bijwerken. Mijn Duitse vaste nummer is [[PHONE:{$tel:de_fix:slash:2821}]].

Hartelijke groet,
[[PERSON:{a}]]""")

M("nl", "a=nl m tv", """Hallo,

Ik werk dit jaar vanuit Londen en ben op mijn Nederlandse nummer slecht bereikbaar. Willen jullie voor de levering van de hardware (order 551-2026-0877) contact opnemen via mijn Britse mobiel, [[PHONE:{$tel:uk_mob:plus}]]? Mailen kan ook: [[EMAIL:{a.e}]].

Bedankt,
[[PERSON:{a}]]""")

M("nl", "a=nl m i2", """Aanvraag leaseauto – gegevens bestuurder

Naam bestuurder: [[PERSON:{a.i}]]
Geboren op: [[DATE_OF_BIRTH:{$dob:nl_word}]]
Rijbewijsnummer: [[ID_DOCUMENT:{$rijb}]]
Kenteken huidige auto: [[LICENSE_PLATE:{$kent:8}]]
Ingangsdatum contract: 1 februari 2027
Looptijd: 48 maanden, 20.000 km per jaar""")

M("nl", "a=nl m", """Beste administratie,

Mijn eenmanszaak (Schildersbedrijf De Kwast) is ingeschreven bij de Kamer van Koophandel onder nummer [[KVK:{$kvk}]]. Op jullie facturen staat nog mijn oude omzetbelastingnummer [[BSN:{$ob}]]. Dat gebruik ik niet meer; graag vervangen door mijn btw-id [[BTW_ID:{$btw}]].

Groet,
[[PERSON:{a}]]""")

M("nl", "a=br f", """De betaling van mijn upgrade lukt niet. Ik heb alles 3x ingevuld:
kaart: [[CREDIT_CARD:{$card:amex:d}]]
CVC: [[CREDENTIAL:{$pin:4}]]
geldig t/m 09/28
Krijg steeds 'transactie geweigerd (05)'. Ligt het aan jullie of aan mijn bank?
[[PERSON:{a}]]""")

M("nl", "a=nl f", """Beste mensen,

Door een [[HEALTH:burn-out]] ben ik de afgelopen maanden nauwelijks aan mijn administratie toegekomen, vandaar de achterstand op factuur 2026-3391 en 2026-3512. Mijn [[HEALTH:huisarts]] kan dat desgewenst bevestigen. Zou ik een betalingsregeling kunnen treffen van bijvoorbeeld € 50,- per maand?

Vriendelijke groet,
[[PERSON:{a}]]
[[PHONE:{$tel:nl_mob:sp1}]]""")

M("nl", "a=nl m", """Geachte heer/mevrouw,

Met ingang van 1 januari is ons postadres gewijzigd in [[ADDRESS:{$postbus}]], [[POSTCODE:{$pc:nl:Deventer}]] Deventer. Wilt u de papieren facturen voortaan daarheen sturen? Ons bezoekadres blijft ongewijzigd.

Hoogachtend,
[[PERSON:{a.i1}]]
Penningmeester Stichting Muziekvrienden Salland""")

M("nl", "a=nl m; b=vn f", """Hallo,

Wij ([[PERSON:{a}]] en [[PERSON:{b}]]) hebben sinds kort een gezamenlijke rekening. Kunnen jullie het abonnement voortaan daarvan laten incasseren? Rekeningnummer [[IBAN:{$iban:NL:s}]] t.n.v. [[PERSON:{a.i1}]] en/of [[PERSON:{b.i1}]].
Het oude rekeningnummer mag uit jullie systeem.

Groetjes van ons allebei!""")

M("nl", "a=pl f", """ik probeer te betalen maar het veld 'kaartnummer' geeft een rood kruisje. ik typ [[CREDIT_CARD:{$card:mc2:c}]], vervaldatum 11/27, naam op kaart [[PERSON:{a.uc}]]. wat doe ik fout??""")

M("nl", "a=ng m", """Nieuw bericht via het formulier 'Demo aanvragen'
------------------------------------------------
Bedrijf: Logistiek Oost B.V.
Telefoonnummer: [[PHONE:{$tel:nl_fix:space}]]
Naam: [[PERSON:{a}]]
E-mailadres: [[EMAIL:{a.e@logistiekoost.nl}]]
Aantal medewerkers: 51-200
Opmerking: graag een demo in week 49, bij voorkeur dinsdagochtend.
------------------------------------------------
Verzonden op 18-11-2026 09:14 vanaf IP [[IP_ADDRESS:{$ip4}]]""")

M("nl", "a=de m", """Goedendag, ik ben Duitser maar woon in Enschede. Bij het aanmelden voor de parkeervergunning accepteert jullie formulier mijn Duitse kenteken [[LICENSE_PLATE:{$dekz}]] niet (alleen Nederlandse formaten). Hoe los ik dit op? Mvg [[PERSON:{a}]]""")

M("nl", "a=be m", """Ik heb per abuis mijn volledige kaartnummer in het opmerkingenveld van mijn bestelling (nr. 8800312) gezet: [[CREDIT_CARD:{$card:maestro:s}]]. Kunnen jullie dat verwijderen? Het is mijn Maestro-kaart van de bank.
Dank u,
[[PERSON:{a.i1}]]""")

M("nl", "a=nl m tv; b=tr f", """Tel. notitie 17-11 15:30 – dhr. [[PERSON:{a.l}]] belde (nummer afgeschermd). Geeft nieuw e-mailadres door voor de facturen: [[EMAIL:{a.e}]]. Het oude adres mag vervallen. Verder geen vragen; afgehandeld, ticket gesloten. – [[PERSON:{b}]]""")

M("nl", "a=nl f", """Verhuisbericht 📦🇬🇧

Per 1 januari woon ik in Bristol! Nieuw adres: [[ADDRESS:{$addr:uk:flat}]], [[POSTCODE:{$pc:uk:Bristol}]] Bristol, Verenigd Koninkrijk. Kunnen jullie de licentie en de facturen op dit adres zetten? Mijn Nederlandse bankrekening blijft gewoon.

Liefs, [[PERSON:{a.f}]]""")

M("nl", "", """Ik kreeg vanochtend een mail 'Uw factuur is vervallen' met het verzoek € 349,00 over te maken naar een ander rekeningnummer dan normaal. Op jullie site staat NL91 ABNA 0417 1643 00, in de mail stond een nummer dat met NL13 begon. Is dit phishing? De afzender had een vreemd adres, niet op jullie domein zonnestraal.example. Ik heb niets betaald.""")

M("nl", "", """Is er een storing? Sinds 07:45 krijg ik bij inloggen 'Error 502 Bad Gateway'. status.zonnestraal.example zegt 'Alle systemen operationeel' 🙄 Getest in Firefox 132.0.2 en Edge 130.0.2849.80, zelfde probleem. Collega's in Utrecht en Zwolle hebben het ook.""")

M("nl", "", """@ZonnestraalNL hoe kom ik van jullie nieuwsbrief af?? Al 4x op 'afmelden' geklikt, vandaag wéér 3 mails 📧📧📧 #spam #afmelden""")

M("nl", "", """Goedemiddag,

Graag schrijven wij 4 medewerkers in voor de cursus 'Zonnestraal Boekhouding voor gevorderden' op 06-12-2026 van 09:30 tot 12:00 in Zonnedorp (Lichtweg 1). De kosten van € 1.196,00 excl. btw mogen op factuur, inkoopordernummer PO-77120. Lunch is niet nodig.

Met vriendelijke groet,
Afdeling HR""")

M("nl", "", """De export naar CSV stopt steeds bij 1.048.576 regels. De server heeft 512 GB schijfruimte en 32 GB RAM, dus dat zou geen probleem moeten zijn. Bestand: export_2026-11-18_0915.csv (ca. 2048 MB). Kunnen we de export opknippen per kwartaal? Versie 4.12.0.218 op Windows Server 2022.""")

M("nl", "", """Na de update naar versie 10.2.0.1 (daarvoor 9.8.4.12) wordt bij het betalen de verkeerde kaart getoond: XXXX-XXXX-XXXX-4321 in plaats van de nieuwe. Het gaat om abonnement ABO-20931, termijn van 1 december. Graag uitzoeken, ik wil niet dubbel betalen.""")

M("nl", "", """Hoi! Mijn bestelling 2026-NL-449102 zou dinsdag 24-11 tussen 10:00 en 14:00 geleverd worden. Nu staat er in de track & trace (JVGL06123456789012) 'bezorging uitgesteld'. Is er al een nieuwe datum? Het gaat om 2 bonprinters (art.nr. BP-220-X) en 6 rollen papier.""")

M("nl", "", """Hallo Boekhouding!

Kleine vraag: kan de btw-aangifte over Q3 (juli t/m september) ook nog met de oude rapportagemodule? In de nieuwe zie ik bij rubriek 1a € 48.211,00 en bij 5b € 9.118,34, maar de oude gaf € 9.118,43. Afrondingsverschil of bug? We draaien 4.11.9.""")

M("nl", "", """app is sinds v2.3.1 echt traag geworden, laden van het dashboard duurt 20+ sec. 3/5 omdat support wel snel reageert. android 14, samsung a54.""")

M("nl", "", """Klant gebeld om 11:20, geen gehoor, voicemail ingesproken. Morgen tussen 9 en 10 opnieuw proberen. Ticket 2026-118-4471 heropend, prioriteit normaal. Geen nieuwe info.""")

M("nl", "", """Beste Zonnestraal,

Op 03-11 heb ik € 89,00 overgemaakt naar NL91ABNA0417164300 met betalingskenmerk 7000 1234 5678 9012, maar in het portaal staat de factuur nog open. Mijn bank zegt dat het geld is bijgeschreven. Kunt u het even nakijken? Factuurnummer 2026-10-7781.

Bij voorbaat dank.""")

# --------------------------------------------------------------------------- English (50) ----
M("en", "a=gb f", """[[PERSON:{a}]]
[[ADDRESS:{$addr:uk:flat}]]
Cambridge
[[POSTCODE:{$pc:uk:Cambridge}]]

18 November 2026

Dear Sir or Madam,

I am writing to complain about the renewal of my subscription (account ZS-UK-20418). Despite cancelling on 2 October, I was charged £89.00 on 1 November and again £89.00 on 15 November. Your online chat closed my case (ref. 4471-AC) without a reply.

Please refund both payments to the card you charged and confirm this in writing. I can be reached on [[PHONE:{$tel:uk_mob:space}]] during office hours.

Yours faithfully,

[[PERSON:{a}]]""")

M("en", "", """1 star. Sync broken since 4.12.0.218. Ticket #99812 ignored for 9 days. Export to Excel gives 0 KB files. Don't buy.""")

M("en", "a=in f", """hi there, i moved to [[ADDRESS:{$addr:nl:lc}]] [[POSTCODE:{$pc:nl:Utrecht:lc}]] utrecht last month and your app still sends the invoices to my old address in amsterdam. i changed it in settings but it doesnt save (spinner forever). my number is [[PHONE:{$tel:nl_mob:plain}]] if you need to call. cheers [[PERSON:{a.fl}]]""")

M("en", "a=ng m; b=gb m", """VM 16:20 (transcribed by [[PERSON:{b.f}]], 2nd line)
Caller: Mr [[PERSON:{a.l}]] – said the name twice, not sure about the spelling. Re: card charged twice for the same invoice (INV-2026-7731, GBP 149.00). Would like a call back on [[PHONE:{$tel:uk_fix:plus0}]] before 6pm UK time; he's at his desk Tue–Thu only and on [[HEALTH:sick leave]] from the 30th.""")

M("en", "a=vn f; b=in m", """Internal note – do NOT send to customer
Customer [[PERSON:{a}]] uploaded a photo of her Dutch passport to prove account ownership. Passport no. [[ID_DOCUMENT:{$pass}]] and DOB [[DATE_OF_BIRTH:{$dob:nl_num}]] were visible. Image removed from the attachment store (job 55102). Ownership verified via the billing e-mail instead. Closing.
– [[PERSON:{b.f}]]""")

M("en", "a=sc m", """Web form: Account recovery
Email address: [[EMAIL:{a.e}]]
Phone: [[PHONE:{$tel:uk_mob:plain}]]
Full name: [[PERSON:{a}]]
Address line 1: [[ADDRESS:{$addr:uk}]]
Town/City: Edinburgh
Postcode: [[POSTCODE:{$pc:uk:Edinburgh}]]
Date of birth: [[DATE_OF_BIRTH:{$dob:slash}]]
What went wrong?: Locked out after changing phones, authenticator app gone.""")

M("en", "", """Hello,

Invoice INV-2026-00418 dated 3 Nov 2026 lists 3 seats at EUR 89.00 each, but we reduced to 2 seats on 15 October (confirmation from your team, case 2026-10-5523). The total should be EUR 215.38 incl. VAT, not EUR 323.07. Our PO number is 4500918273. Please issue a credit note.

Thanks,
Finance team""")

M("en", "a=ie f; b=sc m; c=cn m", """Hi Support,

See the thread below – our auditor needs the invoices from 2025 re-issued with our new company name. Can you help?

Best,
[[PERSON:{a.f}]]

From: [[PERSON:{b}]] <[[EMAIL:{b.e@thistleaudit.co.uk}]]>
Sent: Tuesday, 17 November 2026 11:02
To: [[PERSON:{a}]] <[[EMAIL:{a.e}]]>
Cc: [[PERSON:{c}]] <[[EMAIL:{c.e}]]>
Subject: RE: Year-end documents

> Hi [[PERSON:{a.f}]],
> We still need the 2025 invoices from Zonnestraal in the new name. [[PERSON:{c.f}]] will collect them on Friday.
> Kind regards,
> [[PERSON:{b}]]
> Senior Auditor, Thistle & Co. Audit
> [[PHONE:{$tel:uk_fix:space}]]""")

M("en", "", """Dear Customer Service,

After upgrading our server to PHP 8.2.12 the plugin (v2.3.1) throws 'Call to undefined function zs_get_token()'. The server is at 192.168.20.14 behind NAT, MySQL 8.0.35, 16 GB RAM. Rolling back to PHP 8.1.27 fixes it. Is there a build for 8.2 yet?

Regards,
IT Department""")

M("en", "a=gb f; b=er f", """Hello,

I'm writing for my friend [[PERSON:{b}]], who doesn't read Dutch well. She received a letter from your collections partner about an unpaid invoice (2026-5120, € 212,00) that she says she already paid. The letter also shows her citizen service number, [[BSN:{$bsn:p}]], which I find worrying – why would a software company have that?
[[PERSON:{b.f}]] can be reached at [[PHONE:{$tel:nl_mob:sp4}]], or via me.

Kind regards,
[[PERSON:{a}]]""")

M("en", "", """Security question: we see failed logins on our admin account from 203.0.113.45 and 198.51.100.7 (per your audit log export, 02:14–02:19 UTC). Our own traffic comes from 10.8.0.0/16 via VPN and 127.0.0.1 for the local agent. Agent version 4.4.19.2. Can you block the first two? Case SEC-2026-0091.""")

M("en", "a=sc m", """WHERE IS MY REFUND??? YOU PROMISED IT FOR 2 NOVEMBER. THREE WEEKS LATER STILL NOTHING. THE ACCOUNT FOR THE REFUND IS [[IBAN:{$iban:GB:s}]], SAME AS I SENT BEFORE. SORT IT OUT.
[[PERSON:{a.uc}]]""")

M("en", "a=ie m", """Hi,

I've moved to Lyon for work and switched banks. Could you change the direct debit for my subscription to my French account? IBAN: [[IBAN:{$iban:FR:s}]]. The old Irish account will be closed at the end of December.

Go raibh maith agat,
[[PERSON:{a}]]""")

M("en", "", """The app says 'Your verification code is 739204' but when I type it in it says invalid. Tried twice more (codes 118342 and 560917). iOS 18.1, app 4.12.0. Am I doing something wrong?""")

M("en", "a=sc f; b=sc m =a", """Hello there,

My father, [[PERSON:{b}]], has been in [[HEALTH:hospital]] since Friday after a fall and I'm handling his post. He pays for your bookkeeping package for his small joinery business. Could you pause the subscription for three months? His customer number is 30418822.
You can call me on [[PHONE:{$tel:uk_mob:space}]] – I'm [[PERSON:{a.f}]], his daughter.

Thanks so much,
[[PERSON:{a}]]""")

M("en", "", """My card ending 4321 expired and I've got a new one. Your billing page still shows XXXX-XXXX-XXXX-4321 and the 'Update card' button is greyed out. Next payment is GBP 24.00 on 1 Dec. Please don't let it fail – I don't want to lose access.""")

M("en", "a=ng f", """Good morning,

Please find attached our signed order form for 12 additional licences (quote Q-2026-1187). Invoices should go to our accounts payable team.

Many thanks,

[[PERSON:{a}]]
Head of Operations
Riverside Freight Ltd
[[ADDRESS:{$addr:uk}]]
Manchester [[POSTCODE:{$pc:uk:Manchester}]]
Direct: [[PHONE:{$tel:uk_fix:space:161}]] | Mobile: [[PHONE:{$tel:uk_mob:plus}]]
[[EMAIL:{a.e@riversidefreight.co.uk}]]
Registered in England and Wales No. 09912345 | VAT GB 294 7613 55""")

M("en", "", """Hello London team!

Quick one: is the Zonnestraal user conference in Amsterdam on 12 March also streamed? Our office in Leeds can't travel. If so, at what time – 09:30 CET? Your number +31 88 123 4567 just rings out, hence the e-mail.

Cheers,
The Leeds office""")

M("en", "a=pk f; b=in f", """[09:12] [[PERSON:{b.f}]] (Support): Good morning! How can I help?
[09:12] [[PERSON:{a}]]: hi, I was charged in EUR but I'm in the UK
[09:13] [[PERSON:{b.f}]] (Support): Sorry about that, [[PERSON:{a.f}]]. Can you share the invoice number?
[09:14] [[PERSON:{a}]]: INV-2026-8812. also my new address for the invoices is [[ADDRESS:{$addr:uk}]], [[POSTCODE:{$pc:uk:Leeds}]]
[09:15] [[PERSON:{b.f}]] (Support): Updated! You'll get a corrected invoice in GBP within 24 hours.""")

M("en", "a=ch m", """Hi, I'm using your ParkEasy module at our office car park in Rotterdam. A visitor registered his rental car with the Dutch plate [[LICENSE_PLATE:{$kent:10}]] but the barrier didn't open, although the camera log shows the plate was read correctly. Any idea? — [[PERSON:{a}]]""")

M("en", "a=ua f", """Hello,

Your system blocked me ('too many attempts from your IP'). My home IP is [[IP_ADDRESS:{$ip4}]], and on my phone it shows [[IP_ADDRESS:{$ip6}]]. I'm not a bot, I just forgot my password :( Could you unblock me?

[[PERSON:{a}]]""")

M("en", "a=gb m", """Sorry if this is the wrong place. My colleague left and I need access to his admin account. His username was 'admin-finance' and the password he gave me is [[CREDENTIAL:{$pw}]] but it says 'account locked'. Can you send the reset to my e-mail, [[EMAIL:{a.e}]]?
[[PERSON:{a.f}]]""")

M("en", "", """Hi,

Can we move the onboarding call from Thursday 26 Nov 14:00 CET to Friday 27 Nov 10:30 CET? Same Teams link is fine. Agenda: data migration (approx. 48,000 records), user roles, and the 30-day trial extension (trial ID T-55821).

Thanks!""")

M("en", "a=in m", """Hi team,

I'm trying to recover my account but your security check asks for the date of birth on file. I was born on [[DATE_OF_BIRTH:{$dob:en_us}]], but it keeps saying it doesn't match. Maybe I entered it the American way when I signed up? My e-mail is [[EMAIL:{a.e}]].

Regards,
[[PERSON:{a}]]""")

M("en", "a=pk m", """payment failed again. i used my debit card [[CREDIT_CARD:{$card:maestro:c}]] and it said 'card type not supported'. is maestro not accepted?? need the licence today for a client demo. ring me on [[PHONE:{$tel:uk_mob:plain}]]
- [[PERSON:{a.f}]]""")

M("en", "a=cn m; b=nl f", """Hello [[PERSON:{b.f}]],

Sorry, my Dutch is not good enough yet, so I reply in English. Yes, please cancel the old contract and start the new one on 1 January. The new invoice address is [[ADDRESS:{$addr:nl}]], [[POSTCODE:{$pc:nl:Delft}]] Delft.

Best regards,
[[PERSON:{a}]]

-----Oorspronkelijk bericht-----
Van: [[PERSON:{b}]] <{b.e@zonnestraal.example}>
Verzonden: maandag 16 november 2026 14:03
Aan: [[PERSON:{a}]] <[[EMAIL:{a.e}]]>
Onderwerp: Uw contract 2026-C-1183

Beste heer [[PERSON:{a.l}]],

Uw huidige contract loopt af op 31-12-2026. Wilt u het omzetten naar het nieuwe abonnement?

Met vriendelijke groet,
[[PERSON:{b}]]
Zonnestraal Software B.V. | 088 123 4567""")

M("en", "a=vn f", """hello, my invoices only show my first name but the company is registered to me. pls change it to my full name, [[PERSON:{a}]]. thanks, [[PERSON:{a.fl}]]""")

M("en", "a=ro m", """Hi,

Your checkout rejects my card [[CREDIT_CARD:{$card:mc2:s}]] (expiry 03/29) with 'unknown card type'. It's a normal Mastercard from the 2-series. Can you fix the validation? Order reference CART-4481902.

[[PERSON:{a}]]""")

M("en", "a=br f", """Hello,

You cancelled my plan correctly, thank you, but the refund of EUR 89.00 still hasn't arrived. Please transfer it to my Spanish account, [[IBAN:{$iban:ES:s}]] (account holder [[PERSON:{a}]]). My old Dutch account is closed.

Obrigada,
[[PERSON:{a.f}]]""")

M("en", "a=er m", """Dear Sir/Madam,

For the refund of the double payment (invoices 2026-7012 and 2026-7013) please use my Italian bank account: IBAN [[IBAN:{$iban:IT:c}]], holder [[PERSON:{a.i1}]]. I have lived in Milan since September.

Best regards,
[[PERSON:{a}]]""")

M("en", "a=sy f", """Hi! I'm setting up the payroll module for our small company and testing it with my own data first. Stupidly I typed my real BSN [[BSN:{$bsn:d3}]] and my Dutch passport number [[ID_DOCUMENT:{$pass}]] into the test environment – can you make sure those are wiped from the test database (tenant 8812-TEST)?
Thanks, [[PERSON:{a}]]""")

M("en", "a=gb m; b=ng f", """Hi,

I use your rental-management app for two flats. The system keeps sending my tenant's rent reminders to me instead of to her. Tenant: [[PERSON:{b}]], [[ADDRESS:{$addr:uk:flat}]], [[POSTCODE:{$pc:uk:London}]], e-mail [[EMAIL:{b.e}]]. Her landline is [[PHONE:{$tel:uk_fix:space:20}]]. Could you check the settings on property P-0022?

Thanks,
[[PERSON:{a}]]""")

M("en", "a=ua f; b=ua m =a", """Good afternoon,

I am from Ukraine and live now in Apeldoorn. I want to register my son [[PERSON:{b}]] for the student licence of your software (school project). He is born [[DATE_OF_BIRTH:{$dob:dots:2009-2011}]]. Our address: [[ADDRESS:{$addr:nl}]], [[POSTCODE:{$pc:nl:Apeldoorn}]] Apeldoorn. Phone [[PHONE:{$tel:nl_mob:plus0}]].

Thank you very much,
[[PERSON:{a}]]""")

M("en", "a=er f; b=nl m", """Case note 2026-11-18 (phone, inbound, 7 min)
Caller: [[PERSON:{a}]]. Wanted to know why her account was suspended – the payment failed because the card on file expired (**** 8830). Advised her to add a new card in the portal; she'll do it tonight. Also asked us to use [[EMAIL:{a.e}]] for all future mail instead of the old address. Updated. – [[PERSON:{b.i1}]]""")

M("en", "a=so m", """Hello, my name is [[PERSON:{a}]] and I am a taxi driver. I use your app for my bookkeeping. Since last week the mileage log doesn't save for my car ([[LICENSE_PLATE:{$kent:13}]]). I have a meeting with the tax office on 2 December so I need it fixed. Call me on [[PHONE:{$tel:nl_mob:dash}]] please.""")

M("en", "a=be f", """Hi,

I'm Belgian, living in Ghent, and your registration form won't accept my address. Street: [[ADDRESS:{$addr:be:bus}]]. Postcode: [[POSTCODE:{$pc:be:Gent}]]. It says 'postcode must be 4 digits + 2 letters'. Same problem with my mobile, [[PHONE:{$tel:be_mob:slash}]]. Please fix this for Belgian customers!

[[PERSON:{a}]]""")

M("en", "a=de f", """Hello from Cologne,

We're evaluating your software for our office (3 users). Before we sign: do you have a German-language invoice template? Please call me at [[PHONE:{$tel:de_fix:plus0:221}]] or write to [[EMAIL:{a.e}]]. Our office is at [[ADDRESS:{$addr:de}]], [[POSTCODE:{$pc:de:Köln}]] Köln, if you want to send brochures.

Best,
[[PERSON:{a}]]""")

M("en", "a=gb m", """@ZonnestraalNL your app just ate 3 weeks of invoices 😤😤 restored from backup v2.3.0, still missing 14 entries. #fail #accounting #zonnestraal — [[PERSON:{a.f}]]""")

M("en", "a=sr m; b=ie f", """Dear Zonnestraal team,

Please update our company details for the 2027 contract:
Chamber of Commerce (KvK) number: [[KVK:{$kvk}]]
VAT ID: [[BTW_ID:{$btw}]]
Billing contact: [[PERSON:{b}]], [[EMAIL:{b.e@nordwindlogistics.nl}]]

Kind regards,
[[PERSON:{a}]]
CFO, Nordwind Logistics B.V.

cc: [[PERSON:{b}]]""")

M("en", "", """Quick question about versions: is v2.3.10 newer than v2.3.9? Your download page lists 2.3.1, 2.3.9 and 2.3.10 in a weird order. We're on build 4.12.0.218 with PHP 8.2.12. The changelog link returns a 404.""")

M("en", "", """Hello,

We were charged EUR 1,234.56 on 2 November for the annual plan, but our quote (Q-2026-3310) said EUR 1,134.56 – a difference of EUR 100.00. Customer number 88120934. Could you credit the difference on the next invoice?

Regards,
Accounts Payable""")

M("en", "", """Where is my hardware order? Tracking 1Z999AA10123456784 hasn't updated since 19 Nov. Case CASE-0042-7781 opened on 20 Nov, no reply. Order value GBP 642.90. Not happy.""")

M("en", "", """Hi Amsterdam office! 👋

Loved the webinar yesterday (recording ID WB-2026-11-17). Two questions: 1) will the slides be shared, 2) does the new reporting module support fiscal years starting 1 April? We're a UK charity.

Thanks!""")

M("en", "", """Our backup job fails with 'quota exceeded'. The plan says 512 GB, the dashboard shows 498.7 GB used, but the local folder is only 2048 MB. Is the version history (90 days) counted too? Account tier: Business 3.""")

M("en", "", """Order 591023847 arrived damaged (2 of 5 receipt printers). Replacement order 591023848 was created automatically but charged again (EUR 379.00). Please reverse the second charge. RMA number RMA-77413.""")

M("en", "", """Please delete my account and all associated data under GDPR Art. 17. Account ID 7710-2291, created in 2019. I no longer use your service. Confirm by replying to this address.""")

M("en", "", """The password reset link you send expires after 15 minutes, but it arrives after 20 (mail timestamps 08:01 and 08:21 UTC). So I can never reset. Please extend it or fix your mail queue. Also, the SMS code 402118 never arrived.""")

M("en", "", """API returns the wrong timezone: created_at '2026-11-18T09:14:22Z' shows as 18-11-2026 10:14 in the UI for our NYC users, it should be 04:14. Tenant 4410, API v3.2.1, SDK 1.0.0-beta.7.""")

M("en", "", """Internal: customer confirmed the issue is resolved after clearing the cache (Chrome 130). Closing ticket 2026-12-0041. No personal data shared. Satisfaction survey sent.""")

M("en", "", """#zonnestraal down again?? status page says 'all systems operational' 🙄 can't open any invoices since 10:15. anyone else? #outage #saas""")

# ---------------------------------------------------------------------------- German (40) ----
M("de", "a=de m", """[[PERSON:{a}]]
[[ADDRESS:Am Markt {$num:1-30}]]
[[POSTCODE:{$pc:de:Münster}]] Münster

Münster, den 16. November 2026

Beschwerde – Kundennummer 40028813, Rechnung R-2026-11873

Sehr geehrte Damen und Herren,

trotz fristgerechter Kündigung zum 30.09.2026 haben Sie am 01.11.2026 erneut 1.234,56 € abgebucht. Ich fordere Sie auf, den Betrag bis zum 30.11.2026 auf mein Konto [[IBAN:{$iban:DE:s}]] zurückzuüberweisen.

Für Rückfragen erreichen Sie mich unter [[PHONE:{$tel:de_fix:space:251}]].

Mit freundlichen Grüßen

[[PERSON:{a}]]""")

M("de", "a=tr f", """Kontaktformular – Adressänderung
Handy: [[PHONE:{$tel:de_mob:plain}]]
Nachname: [[PERSON:{a.l}]]
Geb.-Datum: [[DATE_OF_BIRTH:{$dob:de_num}]]
Vorname: [[PERSON:{a.f}]]
Straße/Hausnr.: [[ADDRESS:{$addr:de}]]
PLZ/Ort: [[POSTCODE:{$pc:de:Berlin}]] Berlin
E-Mail: [[EMAIL:{a.e}]]
Nachricht: Bitte ab sofort die neue Adresse verwenden. Danke!""")

M("de", "a=de f; b=at m", """Anrufbeantworter, Mo 16.11., 08:57 Uhr – abgetippt von [[PERSON:{b.f}]]
Anruf von Frau [[PERSON:{a.l}]], es geht um die doppelte Abbuchung im Oktober. Bittet um Rückruf unter [[PHONE:{$tel:de_mob:dash}]], am besten vormittags. Kundennummer hatte sie nicht zur Hand.""")

M("de", "a=pl m; b=de f", """INTERN – nicht an den Kunden
Herr [[PERSON:{a}]] hat zur Identifizierung ein Foto seines Personalausweises geschickt (Ausweisnummer [[ID_DOCUMENT:{$ausweis}]]). Haben wir nicht angefordert – Anhang gelöscht, Kunde informiert. Das Geburtsdatum laut Ausweis ([[DATE_OF_BIRTH:{$dob:de_num}]]) wurde ebenfalls aus dem Ticket entfernt.
Gruß [[PERSON:{b.f}]]""")

M("de", "a=de m; b=ch f; c=at f", """Hallo zusammen,

anbei die Mail meiner Kollegin, bitte an die Buchhaltung weiterleiten.

Viele Grüße
[[PERSON:{a}]]

Von: [[PERSON:{b.rev}]] <[[EMAIL:{b.e}]]>
Gesendet: Montag, 16. November 2026 17:44
An: [[PERSON:{a}]] <[[EMAIL:{a.e}]]>
Cc: [[PERSON:{c}]]
Betreff: WG: Lastschrift

> Hallo [[PERSON:{a.f}]],
> die Lastschrift für die Lizenz soll ab Januar von unserem neuen Geschäftskonto kommen: [[IBAN:{$iban:DE:c}]].
> Bitte gib das an Zonnestraal weiter.
> LG [[PERSON:{b.f}]]""")

M("de", "a=de m", """Guten Tag,

unser Firmenwagen mit dem Kennzeichen [[LICENSE_PLATE:{$dekz}]] wird in Ihrem Fuhrparkmodul doppelt angezeigt, einmal mit 12.480 km und einmal mit 21.480 km. Welcher Eintrag ist richtig? Fahrzeug-ID FZ-0042.

Beste Grüße
[[PERSON:{a}]]
Fuhrparkleitung""")

M("de", "a=de m", """ICH HABE JETZT ZUM DRITTEN MAL ANGERUFEN!!! NIEMAND RUFT ZURÜCK. MEINE NUMMER IST [[PHONE:{$tel:de_mob:sp}]]. WENN DAS BIS FREITAG NICHT GELÖST IST, KÜNDIGE ICH. [[PERSON:{a.uc}]]""")

M("de", "a=sy m", """hallo, ich komme nicht mehr in mein konto. die app sagt 'benutzer gesperrt'. meine e-mail ist [[EMAIL:{a.e}]]. bitte schnell helfen, ich brauche die rechnungen für meinen steuerberater. lg [[PERSON:{a.fl}]]""")

M("de", "a=de f", """Sehr geehrtes Team,

ich war die letzten sechs Wochen [[HEALTH:krankgeschrieben]] und konnte mich deshalb nicht um die offenen Rechnungen kümmern (R-2026-0912, R-2026-1044). Ich bitte um eine Ratenzahlung in drei Raten. Mein Konto: [[IBAN:{$iban:DE:s}]].

Vielen Dank für Ihr Verständnis
[[PERSON:{a}]]""")

M("de", "a=at m; b=de m", """Servus,

für unseren neuen Kollegen [[PERSON:{b}]] habe ich einen Zugang angelegt. Sein Passwort lautet [[CREDENTIAL:{$pw}]] – er kommt aber trotzdem nicht rein ('Konto nicht aktiviert'). Könnt ihr das prüfen?

Danke und Grüße aus Salzburg
[[PERSON:{a.f}]]""")

M("de", "a=de f; b=gb m", """Hallo Herr [[PERSON:{b.l}]],

ich antworte auf Deutsch, ich hoffe, das ist in Ordnung. Die Lieferung ist angekommen, aber es fehlt ein Kartenleser. Bitte schicken Sie ihn an [[ADDRESS:Lindenallee {$num:2-99}]], [[POSTCODE:{$pc:de:Leipzig}]] Leipzig – das ist unsere Filiale, nicht die Hauptadresse.

Freundliche Grüße
[[PERSON:{a}]]

On 17 Nov 2026, at 09:12, [[PERSON:{b}]] <[[EMAIL:{b.e@kestrel-hardware.co.uk}]]> wrote:
> Dear Ms [[PERSON:{a.l}]],
> Your order HW-44120 (2 terminals, 3 card readers) has been dispatched via DHL, tracking 00340434161234567890.
> Best regards,
> [[PERSON:{b}]]""")

M("de", "a=at f", """Grüß Gott,

ich bin vor Kurzem von Salzburg nach München gezogen. Neue Anschrift: [[ADDRESS:{$addr:de}]], [[POSTCODE:{$pc:de:München}]] München. Telefonisch bin ich jetzt unter [[PHONE:{$tel:de_fix:plus:89}]] erreichbar.

Liebe Grüße
[[PERSON:{a}]]""")

M("de", "a=ch m", """Guten Tag

Ich habe versehentlich meine komplette Kartennummer in das Feld 'Bestellnotiz' eingegeben: [[CREDIT_CARD:{$card:mc:d}]]. Können Sie die Notiz zur Bestellung B-2026-55812 bitte löschen?

Freundliche Grüsse
[[PERSON:{a}]]""")

M("de", "a=tr f; b=tr m =a", """Hallo,

mein Sohn [[PERSON:{b.f}]] hat sich für Ihre Schülerversion angemeldet. Dafür brauchen Sie die Einwilligung der Eltern: Hiermit erlaube ich es. Er ist am [[DATE_OF_BIRTH:{$dob:de_word:2011-2012}]] geboren, sein vollständiger Name ist [[PERSON:{b}]].

Mit freundlichen Grüßen
[[PERSON:{a}]]""")

M("de", "a=pl f", """Guten Tag,

ich arbeite in den Niederlanden und benutze Ihre App für meine Stundenzettel. Beim Export steht meine Bürgerservicenummer [[BSN:{$bsn:p}]] auf jeder Seite, auch auf der Version für meinen Auftraggeber. Kann man das ausblenden? Meine Adresse in den Niederlanden: [[ADDRESS:{$addr:nl}]], [[POSTCODE:{$pc:nl:Tilburg}]] Tilburg.

Danke,
[[PERSON:{a}]]""")

M("de", "a=sy f", """Hallo Support,

seit gestern werde ich beim Login immer wieder abgemeldet. Ihr Sicherheitshinweis sagt 'Anmeldung von unbekannter IP-Adresse [[IP_ADDRESS:{$ip4}]]' – das ist aber meine eigene (Telekom-Anschluss zu Hause). Können Sie diese IP freigeben?

Danke, [[PERSON:{a}]]""")

M("de", "a=de m; c=de f", """Sehr geehrte Damen und Herren,

bitte senden Sie uns ein Angebot für 25 Lizenzen inkl. Schulung.

Mit freundlichen Grüßen

i. A. [[PERSON:{a}]]
Leiter Einkauf
Weser Maschinenbau GmbH
[[ADDRESS:{$addr:de}]] · [[POSTCODE:{$pc:de:Bremen}]] Bremen
Tel. [[PHONE:{$tel:de_fix:slash:421}]]
[[EMAIL:{a.e@weser-maschinenbau.de}]]
Geschäftsführerin: [[PERSON:{c}]] · Amtsgericht Bremen HRB 28815 · USt-IdNr. DE136695976""")

M("de", "a=de f", """Hallo,

ich parke werktags in Venlo und nutze Ihre Park-App. Seit ich ein Auto mit niederländischem Kennzeichen fahre ([[LICENSE_PLATE:{$kent:9}]], Leasingfahrzeug), findet die App mein Fahrzeug nicht mehr. Mein altes deutsches Kennzeichen [[LICENSE_PLATE:{$dekz}]] steht noch im Profil. Bitte löschen.

Grüße [[PERSON:{a.f}]]""")

M("de", "a=ua m; b=de f", """[10:31] [[PERSON:{b.f}]] (Support): Hallo! Wie kann ich helfen?
[10:31] Kunde: hallo, ich bin [[PERSON:{a}]], ich brauche eine Rechnung mit meiner Adresse
[10:32] [[PERSON:{b.f}]] (Support): Gern, [[PERSON:{a.f}]]. Welche Adresse soll drauf?
[10:33] Kunde: [[ADDRESS:{$addr:de}]], [[POSTCODE:{$pc:de:Dresden}]] Dresden
[10:34] [[PERSON:{b.f}]] (Support): Erledigt – die korrigierte Rechnung R-2026-7720 ist unterwegs.""")

M("de", "a=de m", """Betreff: Zahlung fehlgeschlagen
Kartennummer: [[CREDIT_CARD:{$card:visa:c}]]
Gültig bis: 10/28
Prüfnummer: [[CREDENTIAL:{$pin:3}]]
Bitte buchen Sie den Betrag von 49,00 € manuell ab, die Seite hängt immer bei 'Verarbeitung…'.
[[PERSON:{a}]]""")

M("de", "a=nl m; b=nl f", """Guten Tag,

wir sind ein niederländisches Unternehmen mit Niederlassung in Aachen. Für die Rechnungsstellung: KvK-Nummer [[KVK:{$kvk}]], BTW-Nummer [[BTW_ID:{$btw}]]. Ansprechpartnerin ist Frau [[PERSON:{b}]] (Tel. [[PHONE:{$tel:de_fix:plus0:241}]]).

Mit freundlichen Grüßen
[[PERSON:{a}]]""")

M("de", "a=er f", """Guten Morgen, ich heiße [[PERSON:{a}]] und wohne in Frankfurt. Ich habe zweimal für das gleiche Abo bezahlt (2 × 19,99 €). Bitte das Geld zurück auf mein Konto [[IBAN:{$iban:DE:c}]]. Danke! Meine Handynummer: [[PHONE:{$tel:de_mob:0049}]]""")

M("de", "b=nl f", """Endlich!!! 🎉 Nach 3 Wochen läuft die DATEV-Schnittstelle wieder. Danke an [[PERSON:{b.f}]] vom Support, die sich echt reingehängt hat 🙏 #zonnestraal #kundenservice #danke""")

M("de", "a=de f; b=de m", """Hallo,

ich bin [[HEALTH:schwanger]] und ab Januar in Elternzeit. Bitte stellen Sie meinen Zugang bis Dezember 2027 ruhend und übertragen Sie die Admin-Rechte auf meinen Kollegen [[PERSON:{b}]] ([[EMAIL:{b.e@kanzlei-rhein.de}]]).

Viele Grüße
[[PERSON:{a}]]""")

M("de", "a=ng m", """Sehr geehrte Damen und Herren,

mein Name ist [[PERSON:{a}]]. Ich habe Ihre Software für meinen Friseursalon gekauft, aber auf der Rechnung steht die falsche Adresse. Richtig ist: [[ADDRESS:{$addr:de}]], [[POSTCODE:{$pc:de:Düsseldorf}]] Düsseldorf. Telefon: [[PHONE:{$tel:de_fix:dash:211}]].

Vielen Dank
[[PERSON:{a.i1}]]""")

M("de", "", """Sehr geehrtes Support-Team,

nach dem Update auf Version 4.12.0.218 startet der Client nicht mehr (Fehler 0xC0000135). Betriebssystem: Windows 11 23H2, Build 22631.4460, .NET 8.0.10. Server: 192.168.178.20 (FRITZ!Box-Netz). Ticket 2026-DE-4471.

Mit freundlichen Grüßen
IT-Abteilung""")

M("de", "", """Hallo Köln! 👋 Wer kommt am 03.12.2026 um 14:30 zum Zonnestraal-Anwendertreffen im Mediapark? Anmeldung läuft über die Website, Kosten 45,00 € pro Person. #zonnestraal #köln""")

M("de", "", """Guten Tag,

Rechnung Nr. 2026-4471 vom 02.11.2026 weist 1.234,56 € aus, laut Angebot AN-2026-119 waren es 1.134,56 €. Bitte korrigieren Sie die Rechnung oder schreiben Sie uns die Differenz von 100,00 € gut. Unsere Kundennummer: 40029918.

Freundliche Grüße
Buchhaltung""")

M("de", "", """Die Synchronisation bricht bei 512 GB ab, obwohl unser Tarif 1 TB umfasst. Lokal belegt der Ordner nur 2048 MB. Versionsstand 7.3.2 (Build 20261014). Bitte um Prüfung.""")

M("de", "", """Bestellung 770012384: Artikel HB-204-K (Halterung) fehlt, Artikel KL-55-RT (Kabel) wurde doppelt geliefert. Bitte schicken Sie uns einen Retourenschein. Lieferschein LS-2026-11-0871.""")

M("de", "", """Ihre Zahlungsseite zeigt noch meine alte Karte **** 1234 (gültig bis 08/26). Die neue Karte lässt sich nicht hinterlegen, Fehler 'Karte abgelehnt (05)'. Nächste Abbuchung: 19,99 € am 01.12.""")

M("de", "", """Der Bestätigungscode (z. B. 482193) kommt per SMS erst nach 10 Minuten an, dann ist er schon abgelaufen. Handy: iPhone 15, iOS 18.1. Bitte die Gültigkeit verlängern!""")

M("de", "", """Hallo,

ich habe Ihre Nummer +31 88 123 4567 angerufen und wurde an support@zonnestraal.example verwiesen. Frage: Ist Ihre Bankverbindung für Überweisungen aus Deutschland weiterhin NL91 ABNA 0417 1643 00? Auf der alten Rechnung stand das so, auf der neuen fehlt sie.

Danke!""")

M("de", "", """Der Kassendrucker unter 192.168.0.50 wird nicht gefunden. Druckertreiber 3.1.0.12, Firmware 1.0.4.7, Kasse im Netz 10.0.0.0/24. Funktioniert nur nach einem Neustart. Filiale 12 (Hamburg-Altona).""")

M("de", "", """⭐⭐ Funktioniert grundsätzlich, aber seit v2.3.1 stürzt die App beim Scannen von Belegen ab. Der Support antwortet erst nach 5 Tagen. Schade. #zonnestraal""")

M("de", "", """Können wir den Schulungstermin vom 10.12.2026, 09:00–12:00 Uhr, auf den 17.12.2026 verschieben? Die Teilnehmerzahl bleibt bei 6. Bestellnummer 4500731192.""")

M("de", "", """Interne Notiz: Fehler reproduziert (Build 4.12.0.218, Chrome 130). Ursache: Cache-Header. Fix kommt mit 4.12.1. Kunde wurde informiert, Ticket bleibt offen bis zum Release am 24.11. Keine personenbezogenen Daten im Ticket.""")

M("de", "", """Guten Tag, bei der Lieferung zu Auftrag 350882147 fehlt die Rechnung. Sendungsnummer 00340434161234 (DHL), Paket 2 von 3. Rechnungsbetrag laut Auftragsbestätigung 3.499,00 € netto.""")

M("de", "", """Liebe Zonnestraal-Crew,

großes Lob für das neue Dashboard! Eine Bitte: Könnt ihr die Umsatzgrafik auch nach Kalenderwochen (KW 1–53) anzeigen? Wir vergleichen 2024 und 2025 und brauchen das für die Jahresplanung.

Beste Grüße aus Bremen""")

M("de", "", """Hallo Hamburg, hallo Amsterdam – wer ist eigentlich für uns zuständig? 😅 Seit der Umstellung am 01.10. bekommen wir zwei Rechnungen pro Monat (R-2026-10-0411 und R-2026-10-0412), jeweils 89,00 €. Bitte eine davon stornieren.""")


# =============================================================================================
def main():
    counters = {}
    records = []
    for lang, spec, text in MESSAGES:
        counters[lang] = counters.get(lang, 0) + 1
        clean, spans = strip_markup(expand(lang, spec, text))
        rec = {"id": "h5-%s-%03d" % (lang, counters[lang]), "lang": lang, "text": clean, "spans": spans}
        self_check(rec)
        records.append(rec)
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in records:
            rec = dict(rec, spans=[{k: s[k] for k in ("start", "end", "label")} for s in rec["spans"]])
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    labels = {}
    for r in records:
        for s in r["spans"]:
            labels[s["label"]] = labels.get(s["label"], 0) + 1
    free = sum(1 for r in records if not r["spans"])
    print("messages:", len(records), counters)
    print("PII-free: %d (%.1f %%)" % (free, 100.0 * free / len(records)))
    print("spans:", sum(labels.values()), dict(sorted(labels.items())))


if __name__ == "__main__":
    main()
