#!/usr/bin/env python3
"""Fourth held-out set for pii-scrubber: writes gold.jsonl next to this file.

Python 3.11, standard library only, deterministic (seed 20261126).

Messages are hand-written templates. Two kinds of markup are expanded:

  {gen:arg:arg#ref}   a generated value (names, IBAN, BSN, phone, ...). `ref` ties several
                      tokens to the same person inside one message ({full#a} ... {first#a}).
                      Generators with a label become a gold span, the others (badbsn) are
                      plain text.
  [[LABEL:value]]     a hand-written value that is a gold span (addresses, foreign
                      postcodes, health terms, credentials, ...).

After expansion the markup is stripped and every span is stored with UTF-8 BYTE offsets
into the stripped text (end exclusive). All generated values are synthetic; values with a
checksum are built to pass it and are re-validated before the file is written.
"""
from __future__ import annotations

import datetime as _dt
import ipaddress
import json
import random
import re
import unicodedata
from pathlib import Path

SEED = 20261126
R = random.Random(SEED)
HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- names
# Small hand-made lists of first names and surnames of varied origin (Dutch, Flemish,
# Frisian, German, British, Irish, Turkish, Moroccan, Surinamese, Polish, Indian,
# Chinese, Nigerian, Brazilian, Ukrainian). Combinations are drawn at random.
FEMALE = [
    "Sanne", "Annelies", "Femke", "Marloes", "Tjitske", "Wietske", "Hendrikje",
    "Lieselot", "Griet", "Fien", "Katrin", "Ulrike", "Svenja", "Wiebke",
    "Harriet", "Imogen", "Siobhan", "Niamh", "Aoife", "Ayşe", "Elif", "Zeynep",
    "Fatima", "Khadija", "Noura", "Sharmila", "Chandrika", "Shanice",
    "Agnieszka", "Małgorzata", "Priya", "Ananya", "Mei-Ling", "Jiahui",
    "Ngozi", "Chiamaka", "Thaís", "Gabriela", "Oksana", "Yaroslava",
]
MALE = [
    "Jan", "Pieter", "Bram", "Joost", "Wouter", "Gerrit", "Sjoerd", "Hidde",
    "Lodewijk", "Ebbe", "Wannes", "Jef", "Stijn", "Jürgen", "Friedhelm", "Till",
    "Oliver", "Nigel", "Alistair", "Oisín", "Ciarán", "Emre", "Mehmet", "Burak",
    "Youssef", "Mohammed", "Hamza", "Rishi", "Soeniel", "Quincy", "Wojciech",
    "Krzysztof", "Arjun", "Venkatesh", "Wei", "Xiaoming", "Chinonso",
    "Oluwaseun", "Adebayo", "João", "Rodrigo", "Mykola", "Bohdan",
]
# (as written after a first name, as written standing alone after a title)
SURNAMES = [
    ("de Vries", "De Vries"), ("van der Meulen", "Van der Meulen"), ("Bosman", None),
    ("Hoekstra", None), ("Verhoeven", None), ("ten Brink", "Ten Brink"), ("Kuipers", None),
    ("Wijnands", None), ("van 't Hof", "Van 't Hof"), ("Zijlstra", None), ("Schuurmans", None),
    ("Van den Broeck", None), ("De Smet", None), ("Claeys", None), ("Vandenberghe", None),
    ("Peeters", None), ("Wauters", None),
    ("Schröder", None), ("Köhler", None), ("Brandt", None), ("von Ahlen", "von Ahlen"),
    ("Großkreutz", None), ("Lehmkuhl", None),
    ("Whitfield", None), ("Pemberton", None), ("Ashworth", None),
    ("O'Sullivan", None), ("McCarthy", None), ("Fitzgerald", None), ("Ó Briain", None),
    ("Yılmaz", None), ("Demir", None), ("Öztürk", None), ("Kaya", None), ("Çelik", None),
    ("El Amrani", None), ("Bouzid", None), ("Ait Taleb", None), ("Benali", None),
    ("El Khattabi", None),
    ("Ramdin", None), ("Sewdien", None), ("Pinas", None), ("Kanhai", None),
    ("Amatmoekrim", None), ("Doelwijt", None),
    ("Kowalczyk", None), ("Nowak", None), ("Wójcik", None), ("Zieliński", None),
    ("Raghunathan", None), ("Iyer", None), ("Sharma", None), ("Krishnamurthy", None),
    ("Zhang", None), ("Liu", None), ("Chen", None), ("Wong", None),
    ("Okonkwo", None), ("Adeyemi", None), ("Eze", None), ("Okafor", None),
    ("Carvalho", None), ("Nascimento", None), ("dos Santos", "dos Santos"), ("Ferreira", None),
    ("Shevchenko", None), ("Kovalenko", None), ("Bondarenko", None), ("Tkachuk", None),
]

MAIL_DOMAINS = {
    "nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "xs4all.nl",
           "planet.nl", "icloud.com", "telenet.be"],
    "en": ["gmail.com", "yahoo.co.uk", "btinternet.com", "outlook.com", "icloud.com",
           "proton.me"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmx.net", "posteo.de", "gmail.com"],
}

MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]


def fold(s: str) -> str:
    """ASCII local part for an e-mail address."""
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", s.lower())


class Person:
    def __init__(self, first: str, last: tuple[str, str | None]):
        self.first = first
        self.last_full = last[0]
        self.last_alone = last[1] or last[0]

    @property
    def full(self) -> str:
        return f"{self.first} {self.last_full}"

    def initials(self, rng: random.Random) -> str:
        parts = self.first.split("-")
        ini = "".join(p[0] + "." for p in parts)
        if len(parts) == 1 and rng.random() < 0.4:
            ini += rng.choice("ACEHJKMPRTW") + "."
        return f"{ini} {self.last_full}"

    def local(self, rng: random.Random) -> str:
        f, l = fold(self.first), fold(self.last_full)
        style = rng.randrange(6)
        if style == 0:
            return f"{f}.{l}"
        if style == 1:
            return f"{f[0]}.{l}"
        if style == 2:
            return f"{f}{l}{rng.randrange(10, 99)}"
        if style == 3:
            return f"{f}_{l}"
        if style == 4:
            return f"{l}.{f[0]}"
        return f"{f}{rng.randrange(1970, 2005)}"


# --------------------------------------------------------------------------- checksums
def elfproef(d9: str) -> bool:
    if len(d9) != 9 or not d9.isdigit() or int(d9) == 0:
        return False
    s = sum((9 - i) * int(d9[i]) for i in range(8)) - int(d9[8])
    return s % 11 == 0


def mod97_alnum(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_valid(iban: str) -> bool:
    c = re.sub(r"\s", "", iban).upper()
    return mod97_alnum(c[4:] + c[:4]) == 1


def luhn_valid(num: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", num)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def btw_valid(s: str) -> bool:
    c = s.replace(" ", "").replace(".", "").upper()
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", c)) and mod97_alnum(c) == 1 and c[-2:] != "00"


# --------------------------------------------------------------------------- generators
def digits(n: int, first_nonzero: bool = False) -> str:
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def group(s: str, n: int = 4) -> str:
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def make_bsn() -> str:
    while True:
        d = digits(8, first_nonzero=True)
        r = sum((9 - i) * int(d[i]) for i in range(8)) % 11
        if r < 10:
            cand = d + str(r)
            if elfproef(cand):
                return cand


def make_badbsn() -> str:
    while True:
        d = digits(9, first_nonzero=True)
        if not elfproef(d):
            return d


def iban_check(cc: str, bban: str) -> str:
    n = mod97_alnum(bban + cc + "00")
    return f"{98 - n:02d}"


def make_iban(cc: str) -> str:
    if cc == "nl":
        bban = R.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ", "ASNB", "RBRB"]) + digits(10)
    elif cc == "be":
        first10 = R.choice(["001", "063", "068", "143", "363", "735"]) + digits(7)
        chk = int(first10) % 97 or 97
        bban = first10 + f"{chk:02d}"
    elif cc == "de":
        bban = R.choice(["37040044", "50010517", "10020030", "20041133", "70150000"]) + digits(10)
    elif cc == "gb":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6) + digits(8)
    elif cc == "fr":
        bank, branch, acct = R.choice(["30004", "20041", "30006", "10278"]), digits(5), digits(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = bank + branch + acct + f"{key:02d}"
    elif cc == "es":
        bank, branch, acct = R.choice(["2100", "0049", "0182", "0081"]), digits(4), digits(10)
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(x: str) -> str:
            v = 11 - sum(int(a) * b for a, b in zip(x, w)) % 11
            return str({10: 1, 11: 0}.get(v, v))

        bban = bank + branch + dc("00" + bank + branch) + dc(acct) + acct
    else:
        raise ValueError(cc)
    return cc.upper() + iban_check(cc.upper(), bban) + bban


def g_iban(style: str = "nl") -> str:
    cc, _, fmt = style.partition("_")
    v = make_iban(cc)
    if fmt == "sp":
        return group(v)
    if fmt == "lc":
        return v.lower()
    return v


def g_bsn(style: str = "plain") -> str:
    b = make_bsn()
    return {
        "plain": b,
        "d333": f"{b[:3]}.{b[3:6]}.{b[6:]}",
        "d423": f"{b[:4]}.{b[4:6]}.{b[6:]}",
        "sp": f"{b[:3]} {b[3:6]} {b[6:]}",
        "dash": f"{b[:3]}-{b[3:6]}-{b[6:]}",
    }[style]


def g_ob() -> str:
    return "NL" + make_bsn() + "B01"


def g_btw(style: str = "plain") -> str:
    while True:
        d9 = digits(9)
        if int(d9) == 0 or elfproef(d9):
            continue
        base = int("2321" + d9 + "11")  # N=23 L=21, digits, B=11
        ss = (1 - base * 100) % 97
        if ss == 0:
            ss = 97
        v = f"NL{d9}B{ss:02d}"
        assert btw_valid(v)
        if style == "sp":
            return f"NL {d9[:4]}.{d9[4:6]}.{d9[6:]}.B{ss:02d}"
        return v


def g_kvk() -> str:
    return digits(8, first_nonzero=True)


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_valid(body + c):
            return body + c
    raise AssertionError


def g_card(style: str) -> str:
    brand, _, fmt = style.partition("_")
    if brand == "visa":
        n = luhn_complete("4" + R.choice("0123456789"), 16)
    elif brand == "mc":
        n = luhn_complete("5" + R.choice("12345"), 16)
    elif brand == "mc2":
        n = luhn_complete(str(R.randrange(2221, 2721)), 16)
    elif brand == "amex":
        n = luhn_complete(R.choice(["34", "37"]), 15)
    else:
        raise ValueError(brand)
    if fmt == "sp":
        return f"{n[:4]} {n[4:10]} {n[10:]}" if len(n) == 15 else group(n)
    if fmt == "dash":
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))
    return n


PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
PLATE_BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP",
                "TBS", "KVT", "VVD", "SP"]
SIDECODES = ["XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9", "9-XXX-99", "XX-999-X",
             "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9"]  # sidecodes 4-14


def g_plate(style: str = "dash") -> str:
    while True:
        pat = R.choice(SIDECODES)
        out = []
        for grp in pat.split("-"):
            if grp[0] == "X":
                out.append("".join(R.choice(PLATE_LETTERS) for _ in grp))
            else:
                out.append(R.choice("123456789") + digits(len(grp) - 1))
        letters = [g for g in out if g.isalpha()]
        if any(b in g for g in letters for b in PLATE_BANNED):
            continue
        v = "-".join(out)
        if style == "nodash":
            return v.replace("-", "")
        if style == "lc":
            return v.lower()
        if style == "sp":
            return v.replace("-", " ")
        return v


DOC_CHARS = "ABCDEFGHIJKLMNPQRSTUVWXYZ123456789"  # no O, no 0 (post-2019 numbers)


def _nl_doc(first: str) -> str:
    while True:
        mid = "".join(R.choice(DOC_CHARS) for _ in range(6))
        if any(c.isdigit() for c in mid) and any(c.isalpha() for c in mid):
            return first + R.choice("ABCDEFGHJKLMNPRSTUVWXZ") + mid + R.choice("123456789")


def g_passport() -> str:
    return _nl_doc("N")


def g_idcard() -> str:
    return _nl_doc("I")


def g_rijbewijs() -> str:
    return R.choice("45") + digits(9)


def g_ausweis() -> str:
    al = "CFGHJKLMNPRTVWXYZ"
    return R.choice(al) + "".join(R.choice(al + "0123456789") for _ in range(8))


def g_ukpass() -> str:
    return make_badbsn()  # 9 digits, deliberately not BSN-valid


def g_dob(style: str = "nl_num", kind: str = "") -> str:
    if kind == "kid":
        y = R.randrange(2008, 2017)
    elif kind == "old":
        y = R.randrange(1938, 1952)
    else:
        y = R.randrange(1952, 2004)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return {
        "nl_num": f"{d:02d}-{m:02d}-{y}",
        "nl_short": f"{d}-{m}-{y}",
        "nl_slash": f"{d:02d}/{m:02d}/{y}",
        "nl_word": f"{d} {MONTHS_NL[m - 1]} {y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "en_word": f"{d} {MONTHS_EN[m - 1]} {y}",
        "en_us": f"{MONTHS_EN[m - 1]} {d}, {y}",
        "en_num": f"{d:02d}/{m:02d}/{y}",
        "de_num": f"{d:02d}.{m:02d}.{y}",
        "de_word": f"{d}. {MONTHS_DE[m - 1]} {y}",
    }[style]


def g_ipv4() -> str:
    while True:
        a = R.randrange(2, 224)
        v = f"{a}.{R.randrange(0, 256)}.{R.randrange(0, 256)}.{R.randrange(1, 255)}"
        ip = ipaddress.ip_address(v)
        if ip.is_global and not ip.is_multicast and a not in (10, 100, 127, 169, 172, 192, 198, 203):
            return v


def g_ipv6() -> str:
    pre = R.choice(["2a02:a45f", "2001:1c04", "2a01:4f8", "2a10:3781", "2a02:8109"])
    v = pre + ":" + ":".join(f"{R.randrange(0, 65536):x}" for _ in range(6))
    ip = ipaddress.ip_address(v)
    assert ip.is_global
    return ip.compressed


PC_BANNED = {"SA", "SD", "SS"}


def g_pc(style: str = "nl") -> str:
    while True:
        num = R.randrange(1000, 10000)
        let = R.choice("ABCDEGHJKLMNPRSTVWXZ") + R.choice("ABCDEGHJKLMNPRSTVWXZ")
        if let not in PC_BANNED:
            break
    if style == "nl_ns":
        return f"{num}{let}"
    if style == "nl_lc":
        return f"{num} {let.lower()}"
    return f"{num} {let}"


def sub(n: int) -> str:
    return R.choice("23456789") + digits(n - 1)


def g_nlmob(style: str) -> str:
    n = R.choice("12345") + digits(7)  # after "06"
    a, b = n[:4], n[4:]
    return {
        "dash": f"06-{n}",
        "sp2": f"06 {n}",
        "sp4": f"06 {a} {b}",
        "pairs": f"06-{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
        "plain": f"06{n}",
        "paren": f"(06) {n}",
        "intl": f"+31 6 {n}",
        "intl0": f"+31 (0)6 {a} {b}",
        "intlplain": f"+316{n}",
        "0031": f"0031 6 {a} {b}",
        "dash3": f"06 - {n[:3]} {n[3:6]} {n[6:]}",
    }[style]


NL_AREAS = ["20", "10", "70", "30", "50", "40", "23", "111", "513", "591", "252", "342", "475", "58"]


def g_nlfix(style: str, area: str = "") -> str:
    area = area or R.choice(NL_AREAS)
    s = sub(9 - len(area))
    if len(area) == 2:
        sp, pr = f"{s[:3]} {s[3:]}", f"{s[:3]} {s[3:5]} {s[5:]}"
    else:
        sp, pr = f"{s[:3]} {s[3:]}", f"{s[:2]} {s[2:4]} {s[4:]}"
    return {
        "dash": f"0{area}-{s}",
        "sp": f"0{area} {sp}",
        "paren": f"(0{area}) {pr}",
        "intl": f"+31 {area} {sp}",
        "intl0": f"+31(0){area}-{s}",
        "0031": f"0031 {area} {s}",
        "slash": f"0{area}/{s}",
    }[style]


def g_bemob(style: str) -> str:
    n = "4" + R.choice("6789") + digits(7)
    p = f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"
    return {
        "nat": f"0{p}",
        "slash": f"0{n[:3]}/{n[3:5]}.{n[5:7]}.{n[7:]}",
        "intl": f"+32 {p}",
        "0032": f"0032 {n}",
    }[style]


def g_befix(style: str, zone: str = "9") -> str:
    if zone == "9":
        n = "9" + R.choice("234") + digits(6)
    elif zone == "2":
        n = "2" + R.choice("2345678") + digits(6)
    else:
        n = zone + sub(6)
    if len(zone) == 1:
        p = f"{n[0]} {n[1:4]} {n[4:6]} {n[6:]}"
    else:
        p = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
    return {"nat": f"0{p}", "intl": f"+32 {p}"}[style]


DE_MOB = [("151", 8), ("152", 8), ("157", 8), ("160", 7), ("170", 8), ("171", 7), ("176", 8)]


def g_demob(style: str) -> str:
    pre, k = R.choice(DE_MOB)
    s = digits(k)
    return {
        "nat": f"0{pre} {s}",
        "dash": f"0{pre}-{s}",
        "plain": f"0{pre}{s}",
        "sp": f"0{pre} {s[:4]} {s[4:]}",
        "intl": f"+49 {pre} {s}",
        "intl0": f"+49 (0){pre} {s}",
        "0049": f"0049 {pre} {s}",
    }[style]


DE_AREAS = {"30": 8, "40": 8, "221": 7, "89": 8, "69": 8, "521": 7, "211": 7, "761": 7, "228": 7}


def g_defix(style: str, area: str = "") -> str:
    area = area or R.choice(list(DE_AREAS))
    s = sub(DE_AREAS[area])
    return {
        "sp": f"0{area} {s}",
        "slash": f"0{area}/{s}",
        "dash": f"0{area}-{s}",
        "intl": f"+49 {area} {s}",
        "intl0": f"+49 (0){area} {s}",
        "0049": f"0049 {area} {s}",
    }[style]


def g_ukmob(style: str) -> str:
    pre = R.choice(["7911", "7836", "7412", "7564", "7723", "7958"])
    s = digits(6)
    return {
        "nat": f"0{pre} {s}",
        "sp": f"0{pre} {s[:3]} {s[3:]}",
        "intl": f"+44 {pre} {s}",
        "intl0": f"+44 (0){pre} {s}",
        "intlplain": f"+44{pre}{s}",
    }[style]


def g_ukfix(style: str) -> str:
    # Ofcom ranges reserved for drama/fiction: 020 7946 0xxx, 0161 496 0xxx, 0113 496 0xxx, 0117 496 0xxx
    area, mid = R.choice([("20", "7946"), ("161", "496"), ("113", "496"), ("117", "496")])
    last = "0" + digits(3)
    return {
        "sp": f"0{area} {mid} {last}",
        "paren": f"(0{area}) {mid} {last}",
        "intl": f"+44 {area} {mid} {last}",
    }[style]


# --------------------------------------------------------------------------- expansion
class Ctx:
    def __init__(self, lang: str):
        self.lang = lang
        self.people: dict[str, Person] = {}
        self.emails: dict[str, str] = {}

    def person(self, ref: str) -> Person:
        if ref not in self.people:
            pool = FEMALE if ref.startswith("f") else MALE if ref.startswith("m") else FEMALE + MALE
            used_f = {p.first for p in self.people.values()}
            used_l = {p.last_full for p in self.people.values()}
            first = R.choice([x for x in pool if x not in used_f])
            last = R.choice([x for x in SURNAMES if x[0] not in used_l])
            self.people[ref] = Person(first, last)
        return self.people[ref]

    def email(self, ref: str, domain: str = "") -> str:
        key = ref + "|" + domain
        if key not in self.emails:
            local = self.person(ref).local(R) if ref else fold(R.choice(FEMALE + MALE)) + str(R.randrange(10, 99))
            self.emails[key] = f"{local}@{domain or R.choice(MAIL_DOMAINS[self.lang])}"
        return self.emails[key]


def gen(ctx: Ctx, name: str, args: list[str], ref: str) -> tuple[str | None, str]:
    if name in {"full", "first", "last", "init", "fulllc", "firstlc", "lastlc", "fullup"}:
        p = ctx.person(ref)
        v = {
            "full": p.full, "first": p.first, "last": p.last_alone, "fulllc": p.full.lower(),
            "firstlc": p.first.lower(), "lastlc": p.last_full.lower(), "fullup": p.full.upper(),
        }.get(name)
        if name == "init":
            v = p.initials(R)
        return "PERSON", v
    if name == "email":
        return "EMAIL", ctx.email(ref, args[0] if args else "")
    if name == "emailobf":
        local, dom = ctx.email(ref).split("@")
        style = args[0] if args else "br"
        if style == "br":
            return "EMAIL", f"{local} [at] {dom.replace('.', ' [dot] ')}"
        return "EMAIL", f"{local}(at){dom}"
    table = {
        "nlmob": ("PHONE", g_nlmob), "nlfix": ("PHONE", g_nlfix), "bemob": ("PHONE", g_bemob),
        "befix": ("PHONE", g_befix), "demob": ("PHONE", g_demob), "defix": ("PHONE", g_defix),
        "ukmob": ("PHONE", g_ukmob), "ukfix": ("PHONE", g_ukfix),
        "iban": ("IBAN", g_iban), "bsn": ("BSN", g_bsn), "ob": ("BSN", g_ob),
        "card": ("CREDIT_CARD", g_card), "btw": ("BTW_ID", g_btw), "kvk": ("KVK", g_kvk),
        "plate": ("LICENSE_PLATE", g_plate), "passport": ("ID_DOCUMENT", g_passport),
        "idcard": ("ID_DOCUMENT", g_idcard), "rijbewijs": ("ID_DOCUMENT", g_rijbewijs),
        "ausweis": ("ID_DOCUMENT", g_ausweis), "ukpass": ("ID_DOCUMENT", g_ukpass),
        "dob": ("DATE_OF_BIRTH", g_dob), "ipv4": ("IP_ADDRESS", g_ipv4),
        "ipv6": ("IP_ADDRESS", g_ipv6), "pc": ("POSTCODE", g_pc),
        "badbsn": (None, make_badbsn),
    }
    label, fn = table[name]
    return label, fn(*args)


TOKEN = re.compile(r"\{([a-z0-9]+)(?::([A-Za-z0-9_.:-]+))?(?:#([A-Za-z0-9]+))?\}")
SPAN = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]", re.S)


def expand(tpl: str, ctx: Ctx) -> str:
    def rep(m: re.Match) -> str:
        label, value = gen(ctx, m.group(1), m.group(2).split(":") if m.group(2) else [], m.group(3) or "")
        assert "[[" not in value and "]]" not in value
        return f"[[{label}:{value}]]" if label else value
    return TOKEN.sub(rep, tpl)


def strip(marked: str) -> tuple[str, list[dict]]:
    out = bytearray()
    spans = []
    pos = 0
    for m in SPAN.finditer(marked):
        out += marked[pos:m.start()].encode("utf-8")
        value = m.group(2)
        start = len(out)
        out += value.encode("utf-8")
        spans.append({"start": start, "end": len(out), "label": m.group(1), "value": value})
        pos = m.end()
    out += marked[pos:].encode("utf-8")
    text = out.decode("utf-8")
    assert "[[" not in text and "]]" not in text, text
    return text, spans


# --------------------------------------------------------------------------- messages
# Organisation (fictional, as in design.md): Zonnestraal Software B.V., zonnestraal.example,
# 088 123 4567, NL91ABNA0417164300, Lichtweg 1, 1234 AB Zonnedorp, Postbus 99, 1230 AA Zonnedorp,
# KvK 12345678, btw NL123456782B01, @ZonnestraalNL. Never annotated.

NL = [
    # 1 whatsapp
    "hoi! ik ben {firstlc#f1}, had gisteren gebeld over de factuur. kan je me ff terugbellen op {nlmob:plain}? ben er na 17u 😊",
    # 2 free
    "ik krijg steeds code 482913 maar die wordt niet geaccepteerd?? al 3x geprobeerd vandaag, om 14:05, 14:12 en 14:20",
    # 3 web form dump
    "--- Contactformulier zonnestraal.example ---\nNaam: {full#a}\nAdres: [[ADDRESS:Van Heemskerckstraat 41-2]]\n"
    "Postcode/plaats: {pc:nl} Haarlem\nTelefoon: {nlfix:dash:23}\nGeboortedatum: {dob:nl_num}\nE-mail: {email#a}\n"
    "Onderwerp: Opzeggen abonnement\nBericht: Graag mijn abonnement per 1 maart opzeggen. Klantnummer 20418833.",
    # 4 free, forwarded invoice
    "Van: Boekhouding Zonnestraal <facturen@zonnestraal.example>\nVerzonden: dinsdag 4 maart 2025 09:13\n"
    "Onderwerp: Factuur F2025-00871\n\n> Geachte klant,\n> In de bijlage vindt u factuur F2025-00871 van € 1.234,56, "
    "te voldoen vóór 18-03-2025 op NL91 ABNA 0417 1643 00 t.n.v. Zonnestraal Software B.V.\n\n"
    "klopt dit bedrag? vorige maand was het € 987,10 en we hebben niks veranderd aan het abonnement",
    # 5 call note by agent
    "Telefoonnotitie 12-02-2025 10:42 — beller: mevr. {last#f1} (belt namens haar vader, dhr. {full#m1}). "
    "Vader kan niet inloggen sinds update 4.12.0.218. Terugbellen op {nlmob:sp4} tussen 13:00 en 15:00. "
    "Geboortedatum vader ter verificatie genoemd: {dob:nl_word:old} — niet nodig, niet vastgelegd. /{first#m2}",
    # 6 free, tech
    "Na de update naar 4.12.0.218 crasht de kassa-app bij het afdrukken van bonnen. Server draait PHP 8.2.12 op Debian 12, "
    "2048 MB geheugen, intern IP 192.168.1.20. Foutcode E-1042. Ticket #48213 ging over hetzelfde probleem in 2023 en "
    "is toen opgelost met build 4.9.3.",
    # 7 social
    "@ZonnestraalNL al 3 dagen geen reactie op mijn ticket 🙄 #klantenservice #fail. DM me maar, of bel {nlmob:dash} — {first#m1}",
    # 8 Flemish move
    "Goeiedag, ik ben verhuisd. Nieuw adres: [[ADDRESS:Kerkstraat 12 bus 3]], [[POSTCODE:9000]] Gent. Mijn gsm blijft "
    "{bemob:nat}. Kunnen jullie de facturen voortaan naar dat adres sturen? Vriendelijke groeten, {full#a}",
    # 9 free, delivery
    "Bestelling 1100-58231 is volgens PostNL bezorgd (track & trace 3SZNST4821937), maar ik heb niks ontvangen. "
    "Kunnen jullie kijken? Besteldatum 02-03-2025, bedrag € 249,00 incl. btw.",
    # 10 partner, refund
    "Mijn vrouw {full#f1} heeft per ongeluk twee keer betaald voor licentie ZB-PRO-2025. Willen jullie het teveel betaalde "
    "(€ 89,95) terugstorten op haar rekening {iban:nl_sp}? Het ging via haar account, ik schrijf omdat zij op vakantie is.\n"
    "Groet, {init#m1}",
    # 11 lowercase bsn
    "goedemiddag mijn naam is {fulllc#a} en mijn bsn is {bsn:plain}, de belastingdienst zegt dat jullie pakket dat nodig "
    "heeft voor de aangifte?? klopt dat",
    # 12 free, failing 9 digits
    "Hallo, mijn bestelnummer is {badbsn} en het factuurnummer 2025-000417. De betaling van € 1.234,56 is op 14-01-2025 "
    "om 09:42 afgeschreven maar de status staat nog op 'open'.",
    # 13 agent reply with org signature
    "Hoi {first#c},\n\nIk heb je licentie verlengd tot 31-12-2025, je hoeft verder niets te doen. Mocht de kassa na "
    "de herstart nog klagen, stuur dan even een screenshot.\n\nZonnige groet,\n{full#ag}\n"
    "Supportspecialist | Zonnestraal Software B.V.\nLichtweg 1, 1234 AB Zonnedorp\nT 088 123 4567 | support@zonnestraal.example\n"
    "KvK 12345678 | btw NL123456782B01",
    # 14 free, masked card
    "Er is € 59,00 afgeschreven van mijn creditcard **** 4821 terwijl ik in januari heb opgezegd. Transactie-ID "
    "TX-88213-A, datum 03-02-2025. Graag terugboeken.",
    # 15 kenteken
    "Voor de rittenregistratie: de auto met kenteken {plate} is vervangen door een nieuwe, kenteken {plate:nodash}. "
    "Kunnen jullie de koppeling in het dashboard aanpassen? Bestuurder blijft {full#a}.",
    # 16 free, plate-shaped product codes
    "Welk verschil zit er tussen artikel HK-44-TR en HK-45-TR in de webshop? Op de pakbon staat 12-ABC-3 als partijcode. "
    "Ik wil er 40 stuks van, levering in week 14.",
    # 17 business: kvk + btw
    "Graag de factuur op naam van Installatiebedrijf Veldkamp & Zn., KvK-nummer {kvk}, btw-id {btw}. "
    "Contactpersoon is {full#m1}, {nlfix:intl}.",
    # 18 old OB number of eenmanszaak
    "Ik ben zzp'er (eenmanszaak) en op mijn oude facturen staat nog mijn omzetbelastingnummer {ob}. Moet ik dat in "
    "jullie pakket vervangen door mijn nieuwe btw-id {btw}?\ngroetjes {firstlc#f1}",
    # 19 free, units and years
    "De export loopt vast bij 1024 KB. Ik gebruik Windows 11 23H2, build 22631.3155, met 4096 MB RAM. Sinds 2024 is dit "
    "al zo, in 2023 en daarvoor werkte het prima.",
    # 20 forwarded English mail
    "Hallo, zie hieronder. Dit is de klant die ik noemde, kunnen jullie hem helpen? Hij spreekt geen Nederlands.\n\n"
    "Groet, {first#f2}\n\n---------- Doorgestuurd bericht ----------\nVan: {full#m1} <{email:gmail.com#m1}>\n"
    "Datum: ma 10 feb 2025 om 16:22\nOnderwerp: invoice question\n\n> Hi, I was charged twice for my subscription. "
    "My card ends in 7731. Please call me on {ukmob:intl}.\n> Thanks, {first#m1}",
    # 21 free, appointment
    "Kunnen we de installatieafspraak verzetten van donderdag 13 maart 10:00 naar vrijdag 14 maart? Locatie blijft ons "
    "kantoor, zelfde adres als op de offerte (OFF-2025-0193).",
    # 22 health + credential + colleague
    "Sorry voor de late reactie, ik lag een week in het [[HEALTH:ziekenhuis]]. Mijn collega {full#a} heeft intussen "
    "geprobeerd in te loggen met mijn wachtwoord [[CREDENTIAL:Zomer2024!]] maar dat werkt niet meer. Kan het account "
    "ontgrendeld worden?",
    # 23 free, password forgotten, pin payment
    "wachtwoord vergeten en de reset-link in de mail verloopt meteen. ook: bij de kassa-module betaald met pin 45,00 "
    "maar het bonnetje toont 0,00. versie 3.8.1",
    # 24 passport
    "Voor de verificatie van mijn account vroegen jullie een kopie ID. Ik stuur liever alleen het documentnummer van "
    "mijn paspoort: {passport}. Is dat genoeg?\n{full#a}, {pc:nl} Amersfoort",
    # 25 free, org data only
    "Ik heb het bedrag overgemaakt naar NL91ABNA0417164300 (jullie rekening), kenmerk 2025-0312-778. Naar jullie "
    "postadres Postbus 99, 1230 AA Zonnedorp heb ik ook de getekende overeenkomst gestuurd. Bellen naar 088-1234567 "
    "lukt niet, steeds in gesprek.",
    # 26 neighbour, wrong delivery
    "Mijn pakket is bij de buren afgeleverd in plaats van bij mij op [[ADDRESS:Hoefijzerlaan 61]]. De buurvrouw, "
    "{full#f1}, is nu twee weken weg. Kan er een nieuw pakket komen? Mijn nummer: {nlmob:pairs}.",
    # 27 short thanks + name alone
    "top, werkt weer 👍 dank!!\n{first#a}",
    # 28 child dob + bsn 4-2-3
    "Ik wil mijn dochter {first#f2} (geboren {dob:nl_num:kid}) toevoegen aan ons gezinsaccount. Haar BSN is {bsn:d423}. "
    "Of hebben jullie dat niet nodig? – {full#m1}",
    # 29 free, double payment
    "Factuur 2025-0042 (€ 1.815,00) is dubbel betaald, één keer op 3 feb en één keer op 5 feb. Graag het verschil "
    "verrekenen met de volgende factuur, terugstorten hoeft niet.",
    # 30 chat transcript
    "[10:41] {first#c}: hoi, ik kan niet inloggen\n[10:42] {first#ag} (Support): Hoi {first#c}! Op welk e-mailadres "
    "staat je account?\n[10:43] {first#c}: {email#c}\n[10:44] {first#ag} (Support): Dank je, ik stuur een nieuwe link. "
    "De code in de sms is 6 cijfers.\n[10:46] {first#c}: gelukt 👍",
    # 31 free, social
    "@ZonnestraalNL wanneer komt de update voor iOS 17.4? Ook #darkmode graag 🙏 #feedback",
    # 32 IPs
    "Jullie firewall blokkeert ons kantoor. Ons vaste IP is {ipv4}, daarnaast gebruiken we soms de 4G-router "
    "(IPv6 {ipv6}). Foutmelding: 403 Forbidden, request-id 7f3a9c12-88e1.",
    # 33 free, customer number failing elfproef
    "Klantnummer {badbsn}, contract 2024-ZB-1183. Het jaarbedrag van € 1.440,00 wordt in 12 termijnen van € 120,00 "
    "afgeschreven, klopt dat? In 2022 was dat nog per kwartaal.",
    # 34 card + cvc + name on card
    "kan ik gewoon hier mijn creditcard geven? {card:visa_sp} geldig t/m 08/27, cvc [[CREDENTIAL:381]]. naam op "
    "kaart {fullup#a}",
    # 35 free, holidays
    "Is de helpdesk open op Koningsdag 27-04-2025 en op 5 mei? We draaien die dagen de kassa in onze winkel aan de Markt.",
    # 36 address change, couple
    "Per 1 april wonen wij op [[ADDRESS:Laan van Meerdervoort 1184-B]], {pc:nl_ns} Den Haag. Oud adres: "
    "[[ADDRESS:Tweede Helmersstraat 5 hs]], {pc:nl} Amsterdam. Wilt u de tenaamstelling ook aanpassen naar {full#f1} "
    "en {full#m1}?\nFam. {last#m1}",
    # 37 free, return to org
    "Klopt het dat ik moet retourneren naar Lichtweg 1, 1234 AB Zonnedorp o.v.v. RMA-55120? Het pakket weegt 2,4 kg, "
    "40 x 30 x 12 cm.",
    # 38 name at start, pin
    "{full#a} hier, van de sportschool aan de Dorpsstraat. Onze pinautomaat koppelt sinds vanochtend niet meer met "
    "jullie kassasoftware. Bereikbaar op {nlfix:sp}, vraag naar mij of naar {first#b}. De pincode van het beheerdersaccount "
    "is [[CREDENTIAL:7193]] als jullie op afstand willen inloggen.",
    # 39 free, lowercase complaint
    "jullie app is echt traag geworden sinds 5.1, laden duurt 30 sec. ik heb een iphone 13, ios 17.3.1, wifi 500 mbit. "
    "graag fixen",
    # 40 health + IBAN
    "Ik heb een betalingsachterstand omdat ik door een [[HEALTH:burn-out]] een tijd niet kon werken. Kan ik een "
    "betalingsregeling krijgen? Mijn IBAN voor de automatische incasso is {iban:nl}.\n{full#f1}",
    # 41 free, ticket thread
    "Re: [Ticket#2025031410000123] Storing\n\n> On 14 Mar 2025, at 09:12, Zonnestraal Support wrote:\n> We are "
    "investigating the outage.\n\nNog steeds storing hier, sinds 09:00. Onze vestiging in Utrecht kan niet afrekenen.",
    # 42 Flemish refund
    "Beste, hierbij mijn gegevens voor de terugbetaling van de dubbele factuur: rekening {iban:be_sp} op naam van "
    "{full#m1}. Bij vragen: gsm {bemob:slash}.\nMvg",
    # 43 free, bsn question without number
    "Moet ik het BSN ergens invullen in het salarispakket? Ik zie het veld 'burgerservicenummer' maar weet niet of het "
    "verplicht is voor stagiairs.",
    # 44 phone forms, husband
    "Bel mij liever niet op mijn werk ({nlfix:paren:20}) maar op mijn privénummer {nlmob:0031}. Mijn man {first#m1} "
    "is overdag bereikbaar op {nlmob:intl0}.",
    # 45 free, tracking numbers
    "Zending JVGL0621784300123456 is vastgelopen in het sorteercentrum. Referentie 87654321, pakketnummer "
    "00340434161234567890.",
    # 46 agent note, ID card + dob
    "Gespreksnotitie (telefoon, 11:15): klant gaf ongevraagd ID-kaartnummer {idcard} en geboortedatum {dob:nl_slash} "
    "door ter identificatie. Uitgelegd dat dat niet nodig is. Klant: {init#a}, wil teruggebeld worden op {nlmob:sp2}. "
    "— notitie door {first#ag}",
    # 47 free, companies with names
    "Is de koppeling met Exact Online en Moneybird al beschikbaar? Wij kopen ook in via Albert Heijn zakelijk en "
    "Hanos.\nGroet, team inkoop",
    # 48 names in parentheses
    "De licentie staat nog op naam van onze oud-collega ({full#a}), die is per 1 januari vertrokken. Graag overzetten "
    "naar {full#b} ({email:installatiebedrijf-noord.nl#b}).",
    # 49 free, year + word
    "In 2024 in januari hebben we 2 licenties bijbesteld, in 2025 op 3 maart nog 1. Kloppen de aantallen op factuur "
    "2025-0311? Totaal € 3.267,00.",
    # 50 dob, lowercase
    "geboren op {dob:nl_word} in Paramaribo, sinds 1998 in NL — dat vroeg jullie formulier bij 'verificatie'. "
    "waarom moet dat eigenlijk?\n{firstlc#f1}",
    # 51 free, printer
    "De printer (HP LaserJet M404, serienr. VNB3R12345) print de pakbonnen scheef. Instellingen: A4, 1200 dpi, marge "
    "5 mm. Firmware 002.2315A.",
    # 52 Dutch note with German quote
    "Hoi {first#ag2}, kun jij deze Duitse klant helpen? Ik snap zijn vraag niet helemaal.\n\n> Von: {full#m1} "
    "<{email:gmx.de#m1}>\n> Ich habe meine Adresse geändert: [[ADDRESS:Am Hang 3]], [[POSTCODE:53179]] Bonn. "
    "Bitte die Rechnung neu ausstellen.\n\nthx, {first#ag}",
    # 53 free, sms code, masked phone
    "Ik krijg geen sms met de inlogcode op mijn nummer dat eindigt op **78. De code van gisteren (551092) werkte wel.",
    # 54 kenteken lowercase + rijbewijs
    "bekeuring ontvangen voor auto {plate:lc} maar die rijdt niet meer bij ons sinds de lease is overgezet naar "
    "{full#a} (rijbewijsnummer {rijbewijs}). kunnen jullie dat in het wagenparkoverzicht aanpassen",
    # 55 free, years and KB
    "Vraagje: werkt de import ook met bestanden van vóór 2020 of alleen recent? En kan de csv met ; als "
    "scheidingsteken? Ik heb 3 bestanden van elk ~800 KB.",
    # 56 customer Postbus + kvk
    "Stuurt u de aanmaning voortaan naar ons postadres: [[ADDRESS:Postbus 2147]], {pc:nl} Leeuwarden, t.a.v. "
    "{init#a}. Ons KvK-nummer is {kvk}.",
    # 57 free, quoted org reply
    "> Van: Zonnestraal Support <support@zonnestraal.example>\n> Datum: 7 maart 2025 14:03\n> Onderwerp: Uw vraag "
    "(ticket 48213)\n> Wij hebben de storing verholpen.\n\nHelaas nog niet opgelost bij ons. Zelfde fout, code 0x80070005.",
    # 58 payroll: bsn spaced + iban
    "Voor de loonstrook van onze nieuwe medewerker: naam {full#m1}, BSN {bsn:sp}, in dienst per 1-4-2025. Zijn IBAN: "
    "{iban:nl_sp}. Zijn vriendin {first#f1} komt ook bij ons werken, die gegevens volgen later.",
    # 59 free, dates and vat
    "Sinds de update van 28-02-2025 om 23:59 staat de btw op 9% i.p.v. 21% bij artikelgroep 3. Geldt voor "
    "factuurdatum 01-03-2025 en later, vervaldatum 31-03-2025.",
    # 60 sofinummer 3-3-3 + obfuscated mail
    "mijn sofinummer is {bsn:d333} (staat op mijn oude loonstrook). mail me op {emailobf:br#a} want mijn gewone mail "
    "doet het niet\n{firstlc#a}",
]

EN = [
    # 1 free, tweet
    "@ZonnestraalNL your app logged me out again 😤 3rd time this week. v5.1.2 on Android 14. #bug",
    # 2 UK move
    "Hi team, please update my billing address to [[ADDRESS:Flat 2, 14 Mill Road]], Cambridge [[POSTCODE:CB1 2AD]]. "
    "The old one was [[ADDRESS:72 Green Lane]], Leeds [[POSTCODE:LS6 2QT]].\nCheers, {full#a}",
    # 3 call log, GB IBAN
    "Call log 09:05 – spoke to Mr {last#m1} re: direct debit failing. He read out his account number: {iban:gb_sp}. "
    "Advised to update it via the portal instead. Callback requested on {ukmob:nat} after 4pm. – {first#ag}",
    # 4 free, invoice
    "Invoice INV-2025-03318 shows £1,249.00 but the quote (Q-7781) said £1,149.00. Can you check? Order placed "
    "12/02/2025 14:32.",
    # 5 web form
    "Name: {full#a}\nDate of birth: {dob:en_num}\nEmail: {email#a}\nPhone: {ukfix:sp}\nAddress: "
    "[[ADDRESS:221 Harrow Road]], London [[POSTCODE:W2 5EH]]\nMessage: I never signed up for this newsletter, please "
    "remove all my data.",
    # 6 free, tech
    "Self-hosted install on Ubuntu 22.04, PHP 8.2.12, MySQL 8.0.36. The sync agent (build 4.12.0.218) can't reach "
    "10.0.0.12:8443. Logs attached, trace id 9c1e-4b7a.",
    # 7 husband, card
    "My husband {first#m1} used my card to buy the upgrade by mistake – {card:mc_sp}. Can you refund it and charge "
    "his instead? Thanks, {full#f1}",
    # 8 free, masked card
    "Charged twice on the card ending 4417 (Visa, **** **** **** 4417) on 03/03/2025. Refs CH_3Oq8x and CH_3Oq9a, "
    "€49.99 each.",
    # 9 lowercase
    "hello pls my name is {fulllc#a}, i paid but the licence key never came. my number is {ukmob:intlplain} "
    "whatsapp. thank u",
    # 10 forwarded Dutch mail, English reply
    "Sorry, I don't read Dutch – could someone translate below? My accountant forwarded it.\n\n> Van: {full#m2} "
    "<{email#m2}>\n> Aan: {email#f1}\n> Onderwerp: btw-aangifte Q1\n> Hoi {first#f1}, jouw btw-id {btw} staat "
    "verkeerd op de factuur van Zonnestraal. Groet, {first#m2}\n\n{first#f1}",
    # 11 free, tracking
    "Tracking 1Z999AA10123456784 says delivered on Tue 4 March at 13:12 but nothing here. Order #100482, "
    "2 x USB barcode scanner.",
    # 12 business, Chamber of Commerce
    "We're a Dutch BV, please put our Chamber of Commerce number {kvk} and VAT ID {btw} on the invoices. Contact for "
    "invoicing: {full#a} (finance).",
    # 13 free, 2FA
    "The 2FA code 730214 is rejected, and the backup code ZK4-9QP-22T too. The time on my phone is correct (GMT+1).",
    # 14 Brussels delivery
    "Hi, please change the delivery address for the hardware to [[ADDRESS:Rue Belliard 20 bte 4]], [[POSTCODE:1040]] "
    "Etterbeek. Attention of {full#f1}, mobile {bemob:intl}.\n— {first#m1} (office manager)",
    # 15 free, GDPR question
    "Under GDPR, how long do you keep call recordings? I called last Monday around 3pm about ticket 55120.",
    # 16 sick leave + UK passport
    "Apologies for the delay, I was on [[HEALTH:sick leave]]. You asked for ID for the account transfer: my passport "
    "number is {ukpass}.\n{full#a}",
    # 17 free, 'sick of'
    "Honestly sick of waiting. 3 weeks, 4 emails, ticket #58831 still 'pending'. Is anyone there?",
    # 18 dob US
    "For the age check your form says I'm under 18, but I was born on {dob:en_us}. Can you fix it? Username "
    "sunny_kayak88",
    # 19 chat
    "[14:02] {first#c}: hey, the invoice address is wrong\n[14:02] {first#ag} (Support): Hi {first#c}, what should "
    "it be?\n[14:03] {first#c}: [[ADDRESS:Unit 4, 9 Canal Street]], Manchester [[POSTCODE:M1 3HE]]\n[14:04] "
    "{first#ag} (Support): Updated ✅",
    # 20 free, SKU plate-shaped
    "Does SKU GB-12-DF fit the TX-200 till? The manual (rev. 2.3, p. 14) only lists GB-12-DG.",
    # 21 IPs
    "Someone logged into my account from {ipv4} (not me, I'm in Dublin). Your security mail also listed {ipv6}. "
    "Please lock it.\n{full#a}",
    # 22 free, documentation IP
    "The webhook fails from 203.0.113.45 (our staging box). We're on SDK 3.2.1.4 and Node 20.11.1.",
    # 23 travelling, DE mobile, obfuscated mail
    "I'm travelling in Germany this week, reach me at {demob:intl} or {emailobf:br#a}. — {first#a}",
    # 24 team lead on leave
    "Can the training be on 12 May instead of 9 May? Our team lead {full#a} is away that week.",
    # 25 credential
    "FYI the admin password is [[CREDENTIAL:Tr0ub4dor&3]] – can you check why it doesn't work on the web portal? "
    "It does work in the desktop app.\n{first#m1}",
    # 26 free, reset link
    "The password reset link expires before I can click it (sent 09:14, clicked 09:16). Using Firefox 124.",
    # 27 neighbour
    "My neighbour {full#f1} signed for my parcel, but she says the box was empty. I'm at [[ADDRESS:18 Orchard Close]], "
    "[[POSTCODE:BS3 4HG]]. Landline {ukfix:paren}.",
    # 28 free, transfer to org
    "Paid invoice 2025-0219 by bank transfer to NL91 ABNA 0417 1643 00 on 5 March, reference 2025-0219. Please "
    "confirm receipt.",
    # 29 Spanish IBAN
    "Refund please to my Spanish account {iban:es_sp} – I moved to Valencia last year.\n{full#a}",
    # 30 free, npm
    "npm install fails: @zonnestraal/sdk@2.4.0 requires @angular/core ^17. Also icon@2x.png is missing in the build. "
    "Log: ERR_PEER_DEP 0x1F.",
    # 31 son dob, amex
    "Booking the training for my son {first#m2} (DOB {dob:en_num:kid}). Pay with Amex {card:amex_sp}, exp 11/26.\n"
    "– {full#f1}",
    # 32 free, size limit
    "The export to CSV stops at 2048 MB. Our dataset is ~3.5 GB (2023 and 2024 combined). Is there a limit we can "
    "change?",
    # 33 colleague, NL mobile
    "Hi, this is {full#m1} from the Eindhoven office – our new colleague {full#f2} can't activate her licence. You can "
    "call her on {nlmob:intl}. Her work email is {email:novaparts.nl#f2}.",
    # 34 free, handles
    "@ZonnestraalNL @kassa_kees thanks, the fix in 5.1.3 worked! 🎉 #smallbusiness",
    # 35 customer signature
    "Please cancel PO-88123, we ordered through the reseller instead.\n\nBest,\n{full#a}\nHead of Operations | "
    "Brightwater Logistics Ltd\n[[ADDRESS:3 Harbour Way]], Bristol [[POSTCODE:BS1 5TY]]\nT: {ukfix:sp} | M: "
    "{ukmob:sp}",
    # 36 free
    "Hi! Quick one: do licences renew on 1 Jan or on the purchase date (ours was 17/08/2023)? Thanks, the till team "
    "at Brightwater",
    # 37 citizen service number
    "The payroll module asks for my employee's citizen service number. Is {bsn:d423} the right format or should it be "
    "without dots? Employee: {init#a}",
    # 38 free, 9 digits failing
    "Case number {badbsn} – still no answer after 10 days. Contract ref ZB-2024-7781.",
    # 39 English reply to German quote
    "Replying in English as my German is poor – yes, {full#m1} is our new contact person, his number is {demob:0049}.\n\n"
    "> Am 03.03.2025 um 10:14 schrieb Zonnestraal Support <support@zonnestraal.example>:\n> Wer ist der neue "
    "Ansprechpartner für Ihr Konto?\n\n{first#f1}",
    # 40 free, anniversary date
    "We want to run a 10-year anniversary discount on 01/06/2025 in the till. How do I set 10% off only on that date?",
    # 41 NL passport in English
    "Your colleague asked for proof of identity. Dutch passport no. {passport}, issued 2021. I'd rather not send a "
    "scan.\n{full#a}",
    # 42 free, dear sir or madam
    "Dear Sir or Madam, the direct debit of €29.95 on 28/02 was taken although we cancelled on 15/01 (confirmation no. "
    "CNL-44120). Please refund.\nKind regards, Accounts Payable",
    # 43 daughter, health
    "My daughter {first#f2} has [[HEALTH:diabetes]] and uses the canteen module to log her meals. Can we export the "
    "carb counts? Parent account: {email#f1}",
    # 44 free, batch
    "Batch 20250314-07 failed, 1,204 of 5,000 records imported. Error at row 4821: 'value 2048 exceeds max 1024'.",
    # 45 German writing English
    "Hello, {full#m1} here from Köln (we spoke yesterday). My direct line is {defix:intl0:221}, mobile {demob:dash}. "
    "Our VAT number is DE136695976. Regards",
    # 46 free, emoji
    "Loving the new dashboard 😍 but the dark mode toggle resets at every login. #feedback #ux",
    # 47 lowercase, NL IBAN lowercase
    "hi its {fulllc#f1} again (ticket 58831). still waiting for the refund to {iban:nl_lc} 🙁",
    # 48 free, Jan as month
    "Invoices for Jan and Feb are missing from the portal, March is there. Customer ID 77120.",
    # 49 Ghent shop
    "Ship the replacement scanner to our Ghent shop (attn. {full#m1}): [[ADDRESS:Veldstraat 82]], [[POSTCODE:9000]] "
    "Gent. Phone there {befix:nat:9}.",
    # 50 fleet module, plates
    "The fleet module still shows the old car {plate:sp} for {full#f1}. She drives the new one now, registration "
    "{plate}.",
]

DE = [
    # 1 web form
    "Kontaktformular\nName: {full#a}\nStraße: [[ADDRESS:Lindenallee 7]]\nPLZ/Ort: [[POSTCODE:50968]] Köln\n"
    "Geburtsdatum: {dob:de_num}\nTelefon: {defix:slash:221}\nNachricht: Bitte mein Kundenkonto löschen.",
    # 2 free, tech
    "Nach dem Update auf 4.12.0.218 startet die Kasse nicht mehr. Windows 10 22H2, 2048 MB RAM, Fehlercode "
    "0xC000007B. Ticket-Nr. 48213 vom 12.03.2025.",
    # 3 SEPA change
    "Bitte ab April das SEPA-Lastschriftmandat auf mein neues Konto umstellen: {iban:de_sp}. Kontoinhaberin ist "
    "{full#f1}, [[ADDRESS:Zum Sportplatz 11]], [[POSTCODE:79102]] Freiburg.",
    # 4 free, invoice
    "Rechnung RE-2025-00871 über 1.234,56 € ist doppelt abgebucht worden (am 03.03. und 05.03.). Bitte um Gutschrift. "
    "Kundennummer 40051239.",
    # 5 whatsapp + card
    "hallo, bin {firstlc#m1} 👋 ruf mich bitte zurück unter {demob:plain}, geht um die kasse im laden. die "
    "kreditkarte {card:visa} wird dauernd abgelehnt",
    # 6 call note
    "Telefonnotiz 10:20 – Herr {last#m1} rief wegen der Kontosperre an. Hat zur Identifizierung seine "
    "Ausweisnummer {ausweis} und sein Geburtsdatum {dob:de_word} genannt. Rückruf unter {defix:sp:30}. – {first#ag}",
    # 7 free, return
    "Retoure an Lichtweg 1, 1234 AB Zonnedorp, Niederlande – stimmt das? Paket wiegt 2,4 kg, Sendungsnummer "
    "00340434161234567890.",
    # 8 forwarded
    "---------- Weitergeleitete Nachricht ---------\nVon: {full#f1} <{email:web.de#f1}>\nDatum: Mo., 10. März 2025 um "
    "08:12\nBetreff: Zugang\n\n> Hallo {first#m1}, kannst du bitte beim Support nachfragen, warum mein Zugang gesperrt "
    "ist? Meine Handynummer für die SMS ist {demob:intl}.\n\nHallo Support, siehe unten – bitte um Hilfe.\nGruß {first#m1}",
    # 9 free
    "Passwort vergessen, der Link in der Mail funktioniert nicht. Außerdem zeigt das Kartenterminal nach Zahlung mit "
    "PIN 0,00 € an. Version 3.8.1.",
    # 10 credential
    "Mein Passwort lautet [[CREDENTIAL:Sonne2025!]], trotzdem kommt 'ungültige Anmeldedaten'. Benutzer: {email#a}",
    # 11 free, social
    "@ZonnestraalNL wann kommt endlich die deutsche Übersetzung? 🇩🇪 #Kassensystem #Feedback",
    # 12 health + colleague
    "Entschuldigung für die späte Antwort, ich war zwei Wochen [[HEALTH:krankgeschrieben]]. Die Unterlagen schickt "
    "Ihnen meine Kollegin Frau {last#f1} bis Freitag.\nViele Grüße\n{full#m1}",
    # 13 free
    "Unsere USt-IdNr. steht korrekt auf der Rechnung, nur die Bestellnummer 4500123987 fehlt. Könnten Sie die "
    "Rechnung RE-2025-00412 bitte neu ausstellen?",
    # 14 plates DE + NL
    "Für das Fahrtenbuch-Modul: der Firmenwagen mit dem Kennzeichen [[LICENSE_PLATE:HH-KL 2207]] ist ab Montag "
    "{full#m1} zugeordnet, das niederländische Fahrzeug mit Kennzeichen {plate} fährt weiterhin Frau {last#f1}.",
    # 15 free, appointment
    "Können wir die Schulung vom 18.03.2025, 09:00 Uhr auf den 25.03. verschieben? Raum 2.14 ist gebucht.",
    # 16 card 2-series
    "Ich möchte mit Kreditkarte zahlen: {card:mc2_dash}, gültig bis 09/28. Karteninhaber {full#a}.",
    # 17 free, failing 9 digits
    "Auftragsnummer {badbsn}, Lieferschein LS-55120. Die Lieferung ist unvollständig, es fehlen 2 Scanner.",
    # 18 German reply to Dutch quote
    "Leider verstehe ich kein Niederländisch. Können Sie das bitte übersetzen?\n\n> Op 4 mrt 2025 om 11:02 schreef "
    "{full#ag} <support@zonnestraal.example>:\n> Beste {first#a}, uw IBAN {iban:de} is gewijzigd in ons systeem.\n\n"
    "MfG {full#a}",
    # 19 short thanks
    "super, läuft wieder 👍 danke euch!\n{first#a}",
    # 20 signature
    "Bitte die Lizenz auf 3 Arbeitsplätze erweitern.\n\nMit freundlichen Grüßen\n{full#m1}\nGeschäftsführer\n"
    "Tischlerei Brenninkamp GmbH\n[[ADDRESS:Gewerbestraße 14a]]\n[[POSTCODE:33602]] Bielefeld\nTel.: {defix:sp:521} | "
    "Mobil: {demob:sp}\n{email:tischlerei-brenninkamp.de#m1}",
    # 21 free, private IP
    "Der Server (192.168.178.20, FRITZ!Box) erreicht api.zonnestraal.example nicht. TLS 1.3, OpenSSL 3.0.13, Port 443. "
    "Seit 2023 ist das so.",
    # 22 FR IBAN wife
    "Bitte die Erstattung auf das Konto meiner Frau überweisen, sie ist Französin: {iban:fr_sp}, Inhaberin "
    "{full#f1}.\nDanke, {first#m1}",
    # 23 free, codes
    "Gutscheincode SOMMER25 funktioniert nicht, Bestellwert 149,00 €. Der Bestätigungscode 731920 kam per SMS.",
    # 24 lowercase address
    "hallo ich wohne jetzt in der [[ADDRESS:schillerstraße 22]], [[POSTCODE:10625]] berlin, bitte die rechnung "
    "dahin.\n{fulllc#a}",
    # 25 Dutch employee, bsn + dob
    "Für unseren niederländischen Mitarbeiter brauchen wir im Lohnmodul die Bürgerservicenummer? Er hat uns "
    "{bsn:d423} gegeben. Name: {full#m1}, geboren am {dob:de_num}.",
    # 26 free, formal
    "Sehr geehrte Damen und Herren, wir haben die Rechnung vom 12.02.2025 (Nr. 2025-0190) bereits am 14.02. überwiesen."
    "\nMit freundlichen Grüßen\nBuchhaltung",
    # 27 chat
    "[09:12] {first#c}: Hallo, der Drucker druckt nicht\n[09:13] {first#ag} (Support): Guten Morgen {first#c}! "
    "Welches Modell?\n[09:13] {first#c}: Epson TM-T20III, Firmware 30.02\n[09:15] {first#ag} (Support): Ich rufe "
    "Sie gleich unter {defix:sp:40} an, passt das?\n[09:15] {first#c}: ja passt",
    # 28 free, part numbers
    "Im Katalog steht das Ersatzteil unter AB-12-34, auf dem Karton aber AB-12-43. Welches stimmt? Seriennummer "
    "SN 20481024.",
    # 29 Eupen
    "Wir sind ein Betrieb in Eupen. Neue Rechnungsadresse: [[ADDRESS:Aachener Straße 45]], [[POSTCODE:4700]] Eupen. "
    "Ansprechpartner ist {full#m1}, GSM {bemob:0032}.",
    # 30 free, holidays
    "Am 27.04. (Königstag) ist bei euch wohl geschlossen? Wir brauchen am 28.04. ab 08:00 Uhr Support für die Inventur.",
    # 31 mother dob
    "Meine Mutter {full#f1} (geb. {dob:de_num:old}) möchte ein eigenes Konto. Sie spricht wenig Deutsch, bitte rufen "
    "Sie mich an: {demob:intl0}.\n{full#m1}",
    # 32 free, rounding
    "Die Kasse rundet falsch. Beispiel: Bon 2025-03-14-0042, Summe 12,37 € → 12,35 €. Version 5.1.2, Build 7781.",
    # 33 IP
    "Jemand hat sich von {ipv4} aus in meinem Konto angemeldet, das war ich nicht! Bitte sofort sperren.\n{full#a}",
    # 34 free, ID word without number
    "Muss ich für die Kontoübertragung eine Kopie meines Personalausweises schicken? Das möchte ich eigentlich nicht.",
    # 35 Dutch address in German
    "Ich wohne jetzt in den Niederlanden: [[ADDRESS:Kastanjelaan 14]], {pc:nl} Venlo. Bitte die Rechnung dorthin, "
    "nicht mehr an die alte Adresse [[ADDRESS:Bahnhofstraße 9]], [[POSTCODE:41747]] Viersen.\nGruß {first#f1}",
    # 36 free, numbers
    "Der Jahresbericht 2024 zeigt 1.234.567 Buchungen und 2.048 Kunden. Die Datei ist 48 MB groß. Geht das schneller?",
    # 37 tax adviser
    "Bitte schicken Sie die Rechnungen künftig an unsere Steuerberaterin, Frau Dr. {last#f1}: {email:kanzlei-nord.de#f1}",
    # 38 free
    "Schulungstermin bestätigt: Dienstag, 18.03.2025, 10–12 Uhr, 6 Teilnehmer. Bitte die Rechnung an die bekannte "
    "Adresse.",
    # 39 Dutch subsidiary kvk + btw
    "Unsere niederländische Tochter ist bei der KvK unter {kvk} eingetragen, BTW-Nummer {btw}. Bitte auf der Rechnung "
    "ergänzen.\nGruß aus Köln,\n{full#m1}",
    # 40 free, handles
    "@kassa_profi_de danke für den Tipp! Hat mit Version 5.1.3 geklappt 😊 #Einzelhandel",
]


# --------------------------------------------------------------------------- checks
def check_value(label: str, v: str) -> None:
    c = re.sub(r"[\s.\-/]", "", v)
    if label == "IBAN":
        assert iban_valid(v), v
    elif label == "BSN":
        d = c[2:11] if c.upper().startswith("NL") else c
        assert elfproef(d), v
    elif label == "CREDIT_CARD":
        assert luhn_valid(c) and re.fullmatch(r"4\d{15}|5[1-5]\d{14}|2(22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)\d{12}|3[47]\d{13}", c), v
    elif label == "BTW_ID":
        assert btw_valid(v), v
    elif label == "KVK":
        assert re.fullmatch(r"\d{8}", v), v
    elif label == "IP_ADDRESS":
        assert ipaddress.ip_address(v).is_global, v
    elif label == "DATE_OF_BIRTH":
        assert re.search(r"(19|20)\d\d", v), v
    elif label == "POSTCODE":
        m = re.fullmatch(r"([1-9]\d{3}) ?([A-Za-z]{2})", v)
        if m:
            assert m.group(2).upper() not in PC_BANNED, v
        else:
            assert re.fullmatch(r"\d{4,5}|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", v), v
    elif label == "EMAIL":
        assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]{2,}|[a-z0-9._]+ \[at\] [a-z0-9-]+( \[dot\] [a-z]+)+", v), v
    elif label == "PHONE":
        assert len(re.sub(r"\D", "", v)) >= 9, v
    assert v == v.strip(), repr(v)
    if label != "CREDENTIAL":  # a password may end in punctuation; every other value may not
        assert v[-1] not in ".,;:!?)", repr(v)


def build() -> list[dict]:
    records = []
    for lang, tpls in (("nl", NL), ("en", EN), ("de", DE)):
        for i, tpl in enumerate(tpls, 1):
            ctx = Ctx(lang)
            text, spans = strip(expand(tpl, ctx))
            raw = text.encode("utf-8")
            last_end = -1
            for s in spans:
                assert raw[s["start"]:s["end"]].decode("utf-8") == s["value"]
                assert s["start"] >= last_end, (lang, i)
                last_end = s["end"]
                check_value(s["label"], s["value"])
            records.append({
                "id": f"h4-{lang}-{i:03d}",
                "lang": lang,
                "text": text,
                "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in spans],
            })
    return records


def main() -> None:
    records = build()
    assert [sum(r["lang"] == l for r in records) for l in ("nl", "en", "de")] == [60, 50, 40]
    with open(HERE / "gold.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    free = sum(not r["spans"] for r in records)
    print(f"{len(records)} messages, {sum(len(r['spans']) for r in records)} spans, "
          f"{free} PII-free ({free / len(records):.0%})")


if __name__ == "__main__":
    main()
