#!/usr/bin/env python3
"""heldout13 -- held-out evaluation set: a fictional Dutch energy supplier (Zuiderlicht Energie B.V.).

Python 3.11, standard library only. Deterministic: every random choice comes from
random.Random(<string seed>) (string seeds are hashed with SHA-512, so PYTHONHASHSEED has no effect).
Run `python3 make.py`: self test, build, audit, write gold.jsonl, print statistics and sha256.
All people, addresses and numbers are invented for this set.
"""
import datetime
import hashlib
import ipaddress
import json
import os
import random
import re
import sys

SEED = "heldout13-zuiderlicht-v1"
HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"

# ----------------------------------------------------------------------------- organisation (never labelled)
ORG = {
    "names": ["Zuiderlicht Energie B.V.", "Zuiderlicht Energie", "Zuiderlicht", "Zuiderlicht Warmte",
              "Zuiderlicht Zon & Installatie", "Klantenservice Zuiderlicht", "Team Webcare Zuiderlicht"],
    "domains": ["zuiderlicht.example"],
    "phones": ["088 470 2600", "0800 022 4470", "06 2391 5580"],
    "ibans": ["NL61ABNA0547712096", "NL62INGB0007761523"],
    "addresses": ["Dynamoweg 12, 6827 BT Arnhem", "Postbus 3310, 6802 DH Arnhem"],
    "kvk": ["70419253"],
    "btw": ["NL859312653B01"],
    "handles": ["@ZuiderlichtNL", "@zuiderlicht_energie", "@zuiderlicht.nl"],
}
ORG_IBAN_G = "NL61 ABNA 0547 7120 96"
ORG_IBAN2_G = "NL62 INGB 0007 7615 23"
ORG_CREDITOR = "NL86ZZZ704192530000"   # incassant-ID (SEPA creditor id), not an IBAN

# ----------------------------------------------------------------------------- markup
S0, S1, S2 = "\ue000", "\ue001", "\ue002"
LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]


def mark(label, value):
    assert label in LABELS or label == "NEG", label
    assert value == value.strip() and value, repr(value)
    return f"{S0}{label}{S1}{value}{S2}"


def P(v): return mark("PERSON", v)
def E(v): return mark("EMAIL", v)
def PH(v): return mark("PHONE", v)
def IB(v): return mark("IBAN", v)
def BS(v): return mark("BSN", v)
def AD(v): return mark("ADDRESS", v)
def PC(v): return mark("POSTCODE", v)
def CC(v): return mark("CREDIT_CARD", v)
def IPA(v): return mark("IP_ADDRESS", v)
def DOB(v): return mark("DATE_OF_BIRTH", v)
def ID(v): return mark("ID_DOCUMENT", v)
def LP(v): return mark("LICENSE_PLATE", v)
def BTW(v): return mark("BTW_ID", v)
def KVK(v): return mark("KVK", v)
def N(v): return mark("NEG", v)          # intended hard negative: no span, exempt from the audit scanners


MARK_RE = re.compile(f"{S0}([A-Z_]+){S1}(.*?){S2}", re.S)


def render(marked):
    out, spans, negs, pos, nbytes = [], [], [], 0, 0
    for m in MARK_RE.finditer(marked):
        pre = marked[pos:m.start()]
        out.append(pre); nbytes += len(pre.encode("utf-8"))
        label, val = m.group(1), m.group(2)
        b = len(val.encode("utf-8"))
        if label == "NEG":
            negs.append(val)
        else:
            spans.append({"start": nbytes, "end": nbytes + b, "label": label, "_v": val})
        out.append(val); nbytes += b
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans, negs

# ----------------------------------------------------------------------------- validators


def num36(s): return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = re.sub(r"[\s\u00a0.-]", "", s).upper()
    lens = {"NL": 18, "DE": 22, "BE": 16, "GB": 22, "FR": 27, "PL": 28}
    if s[:2] not in lens or len(s) != lens[s[:2]]:
        return False
    if s[:2] == "NL" and not re.fullmatch(r"NL\d\d[A-Z]{4}\d{10}", s):
        return False
    return num36(s[4:] + s[:4]) % 97 == 1


def iban_make(cc, bban):
    c = 98 - num36(bban + cc + "00") % 97
    return f"{cc}{c:02d}{bban}"


def elf(s):
    s = re.sub(r"[\s.-]", "", s).zfill(9)
    if not re.fullmatch(r"\d{9}", s) or int(s) == 0:
        return False
    d = list(map(int, s))
    return (sum((9 - i) * d[i] for i in range(8)) - d[8]) % 11 == 0


def bsn_ok(s):
    m = re.fullmatch(r"(?:NL)?([\d.\s]+?)\.?B\d\d", s.replace(" ", ""))
    if m:
        return elf(m.group(1))
    return elf(s)


def luhn(s):
    d = [int(c) for c in re.sub(r"\D", "", s)][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t % 10 == 0


def card_ok(s):
    d = re.sub(r"[\s-]", "", s)
    if not d.isdigit() or not luhn(d):
        return False
    if d[0] == "4": return len(d) in (13, 16, 19)
    if d[:2] in ("51", "52", "53", "54", "55") or 2221 <= int(d[:4]) <= 2720: return len(d) == 16
    if d[:2] in ("34", "37"): return len(d) == 15
    return False


def btw_ok(s):
    s = re.sub(r"[\s.]", "", s).upper()
    if not re.fullmatch(r"NL\d{9}B\d\d", s) or s.endswith("B00"):
        return False
    return num36(s) % 97 == 1


BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS", "KVT", "VVD", "SP"]
SIDECODES = {4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX", 7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X",
             10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX", 13: "9-XX-999", 14: "999-XX-9"}
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


def kenteken_ok(s):
    t = s.upper().replace(" ", "-")
    if "-" not in t:
        return any(kenteken_ok(_hyph(t, sc)) for sc in SIDECODES.values() if len(t) == 6)
    shape = re.sub(r"[A-Z]", "X", re.sub(r"\d", "9", t))
    if shape not in SIDECODES.values():
        return False
    letters = re.findall(r"[A-Z]+", t)
    if any(c not in PLATE_LETTERS for g in letters for c in g):
        return False
    return not any(b in g for g in letters for b in BANNED)


def _hyph(t, sc):
    out, i = [], 0
    for ch in sc:
        if ch == "-": out.append("-")
        else:
            if i >= len(t): return ""
            out.append(t[i]); i += 1
    s = "".join(out)
    shape = re.sub(r"[A-Z]", "X", re.sub(r"\d", "9", s))
    return s if shape == sc else ""


def plate_ok(s):
    return kenteken_ok(s) or bool(re.fullmatch(r"(KLE|BOR|WES|AC|D|GEL|COE|ST)[- ][A-Z]{1,2} \d{1,4}", s))


def docnr_ok(s):
    t = s.replace(" ", "").upper()
    if re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}\d", t) and "O" not in t:
        return True
    if re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}", t):   # DE Ausweis/Pass
        return True
    return bool(re.fullmatch(r"\d{9}", t))                                  # UK passport (with context)


EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")


def postcode_ok(s):
    t = s.replace(NBSP, " ")
    m = re.fullmatch(r"([1-9]\d{3}) ?([A-Za-z]{2})", t)
    if m:
        return m.group(2).upper() not in ("SA", "SD", "SS")
    if re.fullmatch(r"\d{5}", t) or re.fullmatch(r"[1-9]\d{3}", t):
        return True
    return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", t))


def phone_ok(s):
    d = re.sub(r"\D", "", s.replace("(0)", ""))
    if d.startswith("0031"): d = "0" + d[4:]
    elif d.startswith("31") and s.strip().startswith("+"): d = "0" + d[2:]
    if d.startswith("0"):
        if s.strip().startswith(("+49", "0049", "+32", "+44")):
            return 9 <= len(d) <= 13
        return (len(d) == 10 and re.match(r"0(6[1-58]|[1-57]\d)", d) is not None) or 10 <= len(d) <= 12
    if s.strip().startswith(("+49", "0049", "+32", "+44")):
        return 10 <= len(d) <= 14
    return False


MONTHS = {"januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
          "september": 9, "oktober": 10, "november": 11, "december": 12, "january": 1, "february": 2, "march": 3,
          "may": 5, "june": 6, "july": 7, "august": 8, "october": 10, "januar": 1, "februar": 2, "märz": 3,
          "juni_": 6, "juli_": 7, "oktober_": 10, "dezember": 12, "mrt": 3, "okt": 10, "jan": 1, "feb": 2,
          "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "nov": 11, "dec": 12, "mai": 5}


def parse_date(s):
    s = s.strip().lower().replace(NBSP, " ")
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", s)
    if m: y, mo, d = int(m[1]), int(m[2]), int(m[3])
    else:
        m = re.fullmatch(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})", s)
        if m: d, mo, y = int(m[1]), int(m[2]), int(m[3])
        else:
            m = re.fullmatch(r"(\d{1,2})\.? ([a-zä]+)\.? (\d{4})", s)
            if m: d, mo, y = int(m[1]), MONTHS[m[2]], int(m[3])
            else:
                m = re.fullmatch(r"([a-z]+) (\d{1,2}), (\d{4})", s)
                d, mo, y = int(m[2]), MONTHS[m[1]], int(m[3])
    return datetime.date(y, mo, d)


def ip_ok(s):
    try:
        return ipaddress.ip_address(s).is_global
    except ValueError:
        return False


VALID = {"IBAN": iban_ok, "BSN": bsn_ok, "CREDIT_CARD": card_ok, "BTW_ID": btw_ok,
         "KVK": lambda s: re.fullmatch(r"\d{8}|\d{4} ?\d{4}|\d{2}\.\d{2}\.\d{2}\.\d{2}", s) is not None,
         "EMAIL": lambda s: EMAIL_RE.fullmatch(s) is not None, "POSTCODE": postcode_ok, "PHONE": phone_ok,
         "IP_ADDRESS": ip_ok, "ID_DOCUMENT": docnr_ok, "LICENSE_PLATE": plate_ok,
         "DATE_OF_BIRTH": lambda s: 1920 <= parse_date(s).year <= 2024,
         "ADDRESS": lambda s: re.search(r"\d", s) is not None,
         "PERSON": lambda s: re.search(r"\d|@", s) is None}

# ----------------------------------------------------------------------------- value generators


def bsn(r):
    while True:
        s = f"{r.randrange(10**8, 10**9)}"
        if elf(s): return s


def not_elf9(r, first="123456789"):
    while True:
        s = r.choice(first) + "".join(r.choice("0123456789") for _ in range(8))
        if not elf(s): return s


def bsn_fmt(r, s):
    return r.choice([s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]


def nl_iban(r):
    bank = r.choice(NL_BANKS)
    acct = ("000" + "".join(r.choice("0123456789") for _ in range(7))) if bank == "INGB" else \
        "0" + "".join(r.choice("0123456789") for _ in range(9))
    return iban_make("NL", bank + acct)


def de_iban(r):
    blz = r.choice(["32450000", "35050000", "42861387", "36250000", "39050000", "42050001"])
    return iban_make("DE", blz + "".join(r.choice("0123456789") for _ in range(10)))


def be_iban(r):
    n = r.randrange(10**9, 10**10 - 1)
    c = n % 97 or 97
    return iban_make("BE", f"{n:010d}{c:02d}")


def gb_iban(r):
    return iban_make("GB", r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + f"{r.randrange(10**5, 10**6)}{r.randrange(10**7, 10**8)}")


def group4(s, sep=" "): return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def iban_fmt(r, s):
    return r.choice([s, group4(s), group4(s), s.lower() if r.random() < 0.3 else group4(s)])


def card(r, kind):
    pre = {"visa": "4", "mc": r.choice(["51", "53", "55", "2223"]), "amex": r.choice(["34", "37"])}[kind]
    ln = 15 if kind == "amex" else 16
    while True:
        s = pre + "".join(r.choice("0123456789") for _ in range(ln - len(pre)))
        if luhn(s): break
    if kind == "amex": return f"{s[:4]} {s[4:10]} {s[10:]}"
    return r.choice([group4(s), group4(s, "-"), s])


def btw_new(r):
    while True:
        nine = not_elf9(r, "0123456789")
        for sfx in range(1, 100):
            s = f"NL{nine}B{sfx:02d}"
            if btw_ok(s): return s


def kvk(r): return f"{r.randrange(10**7 * 3, 10**8)}"


def nl_mobile(r, style=None):
    d = "6" + r.choice("123458") + "".join(r.choice("0123456789") for _ in range(7))
    st = style if style is not None else r.randrange(8)
    return ["0" + d[:1] + "-" + d[1:], "0" + d[:1] + " " + d[1:5] + " " + d[5:], "0" + d,
            "+31 6 " + d[1:], "+31 (0)6 " + d[1:5] + " " + d[5:], "06-" + " ".join([d[1:3], d[3:5], d[5:7], d[7:9]]),
            "0031 6 " + d[1:5] + " " + d[5:], "+316" + d[1:]][st]


AREAS = {"026": 7, "024": 7, "055": 7, "030": 7, "033": 7, "0318": 6, "0314": 6, "0570": 6, "0575": 6, "0316": 6, "0317": 6}


def nl_land(r):
    a = r.choice(sorted(AREAS))
    sub = r.choice("23456789") + "".join(r.choice("0123456789") for _ in range(AREAS[a] - 1))
    if AREAS[a] == 7:
        return r.choice([f"{a}-{sub}", f"{a} {sub[:3]} {sub[3:]}", f"({a}) {sub[:3]} {sub[3:5]} {sub[5:]}"])
    return r.choice([f"{a}-{sub}", f"{a} {sub[:3]} {sub[3:]}", f"{a}-{sub[:2]} {sub[2:4]} {sub[4:]}"])


def de_phone(r):
    t = r.randrange(5)
    if t == 0: return f"0151 {r.randrange(10**7, 10**8)}"
    if t == 1: return f"+49 176 {r.randrange(10**7, 10**8)}"
    if t == 2: return f"0171/{r.randrange(10**6, 10**7)}"
    if t == 3: return f"02821 {r.randrange(10**4, 10**5)}{r.randrange(10)}"
    return f"+49 (0)2822 {r.randrange(10**4, 10**5)}"


def be_gsm(r): return f"+32 4{r.choice('789')}{r.randrange(10)} {r.randrange(10, 100)} {r.randrange(10, 100)} {r.randrange(10, 100)}"
def uk_mobile(r): return f"07700 900{r.randrange(100, 1000)}"


CITIES = {"Arnhem": "68", "Velp": "688", "Nijmegen": "65", "Ede": "671", "Doetinchem": "700", "Apeldoorn": "73",
          "Deventer": "74", "Zutphen": "720", "Zevenaar": "690", "Wageningen": "670", "Amersfoort": "38",
          "Utrecht": "35", "Didam": "694", "Elst": "666", "Duiven": "692", "Culemborg": "410"}


def postcode(r, city, compact=False):
    p = CITIES[city]
    digits = p + "".join(r.choice("0123456789") for _ in range(4 - len(p)))
    while True:
        lt = r.choice("ABCDEGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRTVWXZ")
        if lt not in ("SA", "SD", "SS"): break
    return f"{digits}{lt}" if compact else f"{digits} {lt}"


NL_STREETS = ["Zonnebloemstraat", "Vlasakker", "Koekoeksdreef", "Laan van Oostervelde", "Burg. Vissering-laan",
              "Gasthuissingel", "Kievitshof", "Hazelaarpad", "Molenbeekweg", "Spoorwachterstraat", "Dorpsstraat",
              "Populierenlaan", "Berkenhof", "Rijnkade", "Smidsstraat", "Lupinestraat", "Eikenlaan",
              "Van Heemskerckstraat", "Jac. P. Thijsselaan", "Oude Veerweg", "Sint Jansplein", "Boterbloemweide",
              "Hoge Hondstraat", "Wilhelminastraat", "Prins Bernhardlaan", "Tolhuisweg", "Parkweg", "Leeuweriklaan"]
DE_STREETS = ["Lindenallee", "Gocher Straße", "Am Mühlenbach", "Emmericher Weg", "Kirchplatz", "Hoher Weg",
              "Nimweger Straße", "Kalkarer Straße", "Bahnhofstraße", "Wiesenweg", "Grüner Winkel", "Tiergartenstraße"]
DE_CITIES = {"Kleve": "47533", "Emmerich am Rhein": "46446", "Goch": "47574", "Kranenburg": "47559",
             "Bocholt": "46399", "Gronau": "48599", "Kalkar": "47546"}


def housenr(r):
    n = r.randrange(1, 160)
    return r.choice([str(n), str(n), str(n), f"{n}a", f"{n}-II", f"{n} B", f"{n}-2", f"{n} hs"])


def nl_addr(r):
    return f"{r.choice(NL_STREETS)} {housenr(r)}"


def de_addr(r):
    return f"{r.choice(DE_STREETS)} {r.randrange(1, 90)}{r.choice(['', '', 'a'])}"


def kenteken(r, sc=None):
    while True:
        code = SIDECODES[sc or r.choice(sorted(SIDECODES))]
        s = "".join(r.choice(PLATE_LETTERS) if c == "X" else r.choice("0123456789") if c == "9" else "-" for c in code)
        if kenteken_ok(s) and not re.match(r"0", s): return s


def nl_docnr(r, kind="N"):
    al = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
    return kind + r.choice(al.replace("O", "")) + "".join(r.choice(al + "123456789") for _ in range(6)) + r.choice("123456789")


def de_idnr(r):
    al = "CFGHJKLMNPRTVWXYZ"
    return r.choice(al) + "".join(r.choice(al + "0123456789") for _ in range(8))


def pub_ip(r):
    while True:
        s = f"{r.choice([31, 37, 46, 62, 77, 80, 81, 82, 84, 86, 89, 94, 145, 178, 185, 212, 213, 217])}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
        if ip_ok(s): return s


def ean(r):
    body = "871687" + "".join(r.choice("0123456789") for _ in range(11))
    t = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body[::-1]))
    return body + str((10 - t % 10) % 10)


def meter_nr(r): return r.choice([f"E00{r.randrange(10**13, 10**14)}", f"{r.randrange(10**7, 10**8)}", f"G4-{r.randrange(10**6, 10**7)}", f"Z{r.randrange(10**7, 10**8)}"])
def contract(r): return not_elf9(r, "3")
def klantnr(r): return f"{r.randrange(20000000, 39999999)}"
def invoice(r): return r.choice([f"F{r.randrange(2024, 2026)}-{r.randrange(10**6, 10**7)}", f"7{r.randrange(10**8, 10**9)}", f"JA-{r.randrange(2024, 2026)}-{r.randrange(10**5, 10**6)}"])


def amount(r, lo=20, hi=1800):
    v = r.randrange(lo * 100, hi * 100)
    e, c = divmod(v, 100)
    es = f"{e:,}".replace(",", ".")
    return f"€ {es},{c:02d}"


def kwh(r, lo=800, hi=9000): return f"{r.randrange(lo, hi):,}".replace(",", ".")


def dt(r, y0=2025, y1=2025):
    d = datetime.date(y0, 1, 1) + datetime.timedelta(days=r.randrange(0, 365 * (y1 - y0 + 1)))
    return d


NL_MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def dfmt(r, d, lang):
    if lang == "nl": return r.choice([f"{d.day}-{d.month}-{d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day} {NL_MON[d.month - 1]} {d.year}"])
    if lang == "en": return r.choice([f"{d.day} {EN_MON[d.month - 1]} {d.year}", f"{EN_MON[d.month - 1]} {d.day}, {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}"])
    return r.choice([f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {DE_MON[d.month - 1]} {d.year}"])


def birth(r, lo=1938, hi=2002):
    return datetime.date(lo, 1, 1) + datetime.timedelta(days=r.randrange(0, 365 * (hi - lo)))


# ----------------------------------------------------------------------------- people (invented for this set)
PEOPLE = {
    "nl": (["Marieke", "Janneke", "Femke", "Anouk", "Willemijn", "Geertje", "Roosmarijn", "Hennie", "Esmée", "Lieke", "Daniëlle", "Jolanda", "Mirjam", "Tineke"],
           ["Gerrit", "Joost", "Sjoerd", "Wouter", "Teun", "Harm", "Ruud", "Evert", "Jelle", "Hidde", "Douwe", "Arjen", "Wim", "Rik"],
           ["van der Kolk", "Hoogendijk", "ter Steege", "Wijnbergen", "Oosterhuis", "van 't Veld", "Scheepmaker",
            "Veldhuizen", "Haverkort", "Zwiers", "ten Hove", "Roelofsen", "Lammerts", "van Ommeren", "de Lange-Bosman",
            "Kuiperij", "van den Bongaard", "Giesbers", "Hulshof", "Wentink", "Berendsen", "op den Kamp"]),
    "ma": (["Khadija", "Samira", "Nadia", "Houda", "Ikram"], ["Yassine", "Bilal", "Ilias", "Mourad", "Tarik"],
           ["El Idrissi", "Bouzid", "Amrani", "Azzouzi", "Tahiri", "Ouali", "El Khatib"]),
    "tr": (["Zeynep", "Elif", "Hatice", "Gülşen", "Büşra"], ["Mehmet", "Burak", "Oğuzhan", "Serkan", "Kadir"],
           ["Arslan", "Öztürk", "Şahin", "Çelik", "Aydın", "Korkmaz", "Yıldırım"]),
    "sr": (["Shanti", "Ruth", "Chantal", "Sharmila"], ["Romano", "Errol", "Jurgen", "Ravi"],
           ["Kromodikoro", "Ramdin", "Tjon-A-Fat", "Martina", "Pinas", "Soekhradj"]),
    "pl": (["Katarzyna", "Agnieszka", "Magdalena"], ["Tomasz", "Paweł", "Grzegorz"], ["Wieczorek", "Kowalczyk", "Mazur", "Wróbel"]),
    "de": (["Birgit", "Heike", "Dörte", "Sabine", "Ulrike", "Anneliese", "Jutta"], ["Jürgen", "Uwe", "Matthias", "Klaus-Peter", "Reinhard", "Götz", "Dirk"],
           ["Schöttler", "Hülsmann", "Terstegen", "Brüggemann", "Kleinewefers", "Wübbeling", "Oldenkott", "Rübsam", "van de Loo", "Hendricks-Weyers", "Janßen"]),
    "uk": (["Siobhan", "Aoife", "Hannah", "Niamh"], ["Callum", "Rhys", "Declan", "Euan"],
           ["Gallagher", "Whitaker", "Pritchard", "Brennan", "O'Donoghue", "McKinnell"]),
    "in": (["Priya", "Ananya", "Lakshmi"], ["Rahul", "Vikram", "Arjun"], ["Raghunathan", "Deshmukh", "Iyer", "Kulkarni"]),
    "br": (["Fernanda", "Lucía", "Beatriz"], ["Mateus", "Thiago", "Rodrigo"], ["Ferreira", "Carvalho", "Albuquerque", "Moreira da Silva"]),
    "ng": (["Olamide", "Chiamaka"], ["Olusegun", "Chidi"], ["Adebayo", "Okonkwo", "Adeyemi-Hale"]),
    "it": (["Chiara", "Giulia"], ["Matteo", "Lorenzo"], ["Benedetti", "Lo Presti", "Ferrandino"]),
    "ua": (["Oksana", "Iryna"], ["Nikolai", "Bohdan"], ["Petrenko", "Kovalchuk", "Hnatyshyn"]),
    "cn": (["Mei-Ling", "Xiaoyan"], ["Hao", "Jun"], ["Zhang", "Liu", "Chen"]),
    "jp": (["Yuki", "Haruka"], ["Hiroshi", "Kenta"], ["Tanabe", "Morikawa", "Sugiyama"]),
    "se": (["Linnea", "Ingrid"], ["Tobias", "Oskar"], ["Lindqvist", "Bergström", "Åkesson"]),
}
EN_HER = ["uk", "uk", "in", "br", "ng", "it", "ua", "cn", "jp", "se"]


class Person:
    def __init__(self, r, her=None, sex=None):
        self.her = her or r.choice(["nl", "nl", "nl", "ma", "tr", "sr", "pl"])
        if self.her == "en":
            self.her = r.choice(EN_HER)
        f, m, ln = PEOPLE[self.her]
        self.sex = sex or r.choice("fm")
        self.first = r.choice(f if self.sex == "f" else m)
        self.last = r.choice(ln)
        self.init = self.first[0] + "." + (r.choice("ACDEGHJMPRW") + "." if r.random() < 0.4 else "")

    @property
    def full(self): return f"{self.first} {self.last}"
    @property
    def initials(self): return f"{self.init} {self.last}"
    @property
    def sur(self): return self.last[0].upper() + self.last[1:]   # "Van der Kolk" when the surname stands alone
    def title_nl(self): return "mevrouw" if self.sex == "f" else "meneer"
    def aanhef_nl(self): return "Geachte mevrouw" if self.sex == "f" else "Geachte heer"
    def herr(self): return "Frau" if self.sex == "f" else "Herr"
    def mr(self): return "Ms" if self.sex == "f" else "Mr"


def people(r, n, her=None):
    out, seen = [], set()
    while len(out) < n:
        p = Person(r, her)
        if p.last not in seen and p.first not in {q.first for q in out}:
            seen.add(p.last); out.append(p)
    return out


STAFF = {"mirthe": ("Mirthe", "Bolhuis"), "karim": ("Karim", "Haddou"), "lieke": ("Lieke", "van Dalfsen"),
         "rutger": ("Rutger", "Sanders"), "fiona": ("Fiona", "MacAllister"), "kerstin": ("Kerstin", "Albers"),
         "dewi": ("Dewi", "Sastrowardoyo"), "bas": ("Bas", "Nijenhuis")}


def staff(r, lang):
    pool = {"nl": ["mirthe", "karim", "lieke", "dewi", "bas"], "en": ["fiona", "karim", "dewi", "mirthe"],
            "de": ["kerstin", "bas", "lieke"]}[lang]
    f, l = STAFF[r.choice(pool)]
    return f, l


EMAIL_DOMS = ["gmail.com", "outlook.com", "hotmail.nl", "ziggo.nl", "kpnmail.nl", "xs4all.nl", "icloud.com", "live.nl", "proton.me"]
DE_DOMS = ["web.de", "gmx.de", "t-online.de", "gmx.net"]


def asc(s):
    for a, b in [("é", "e"), ("ë", "e"), ("ü", "ue"), ("ö", "oe"), ("ä", "ae"), ("ß", "ss"), ("ş", "s"), ("ç", "c"), ("ğ", "g"), ("ı", "i"), ("ł", "l"), ("í", "i"), ("å", "a"), ("ó", "o"), ("'", ""), (" ", ""), ("-", "")]:
        s = s.replace(a, b)
    return s


def email_of(r, p, doms=EMAIL_DOMS):
    def clean(s):
        s = s.lower()
        for a, b in [("é", "e"), ("ë", "e"), ("ü", "ue"), ("ö", "oe"), ("ä", "ae"), ("ß", "ss"), ("ş", "s"), ("ç", "c"), ("ğ", "g"), ("ı", "i"), ("ł", "l"), ("í", "i"), ("'", ""), (" ", ""), ("-", "")]:
            s = s.replace(a, b)
        return s
    f, l = clean(p.first), clean(p.last)
    user = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{r.randrange(60, 99)}", f"{l}.{f[0]}", f"{f}_{l}"])
    return f"{user}@{r.choice(doms)}"


# ============================================================================= scenarios
# Each scenario: fn(r, k) -> marked text. Registered with (lang, has_pii, count).
SCEN = []


def scen(lang, pii, count):
    def deco(fn):
        SCEN.append((lang, fn.__name__, pii, count, fn)); return fn
    return deco


def sig_nl(r):
    f, l = staff(r, "nl")
    return f, l, r.choice([
        f"Met vriendelijke groet,\n{P(f + ' ' + l)}\nKlantenservice Zuiderlicht\nT 088 470 2600 | www.zuiderlicht.example",
        f"Groet,\n{P(f)} | Zuiderlicht Energie\nklantenservice@zuiderlicht.example",
        f"Vriendelijke groet,\n\n{P(f + ' ' + l)}\nZuiderlicht Energie B.V. · Dynamoweg 12, 6827 BT Arnhem · KvK 70419253"])

# ---------------------------------------------------------------- nl, with personal data


@scen("nl", True, 3)
def nl_verhuizing(r, k):
    c = Person(r); city1, city2 = r.sample(sorted(CITIES), 2)
    a1, a2 = nl_addr(r), nl_addr(r)
    p1, p2 = postcode(r, city1), postcode(r, city2)
    d = dt(r); tel = nl_mobile(r)
    e1, e2 = kwh(r), kwh(r, 200, 3000)
    if k == 0:
        return (f"Onderwerp: verhuizing per {d.day}-{d.month}-{d.year}\n\nBeste Zuiderlicht,\n\nWij gaan verhuizen. "
                f"Oud adres: {AD(a1)}, {PC(p1)} {city1}. Nieuw adres: {AD(a2)}, {PC(p2)} {city2}.\n"
                f"De sleuteloverdracht is op {d.day} {NL_MON[d.month - 1]} om 10:00, de eindstand van de oude woning geef ik dan door "
                f"(nu ongeveer {e1} kWh normaal, {e2} kWh dal). Klantnummer {N(klantnr(r))}.\n"
                f"Graag het contract meeverhuizen. Ik ben bereikbaar op {PH(tel)}.\n\nGroetjes,\n{P(c.full)}")
    if k == 1:
        return (f"Verhuisformulier (web)\r\nNaam: {P(c.initials)}\r\nHuidig adres: {AD(a1)}\r\nPostcode: {PC(p1.replace(' ', ''))}\r\n"
                f"Woonplaats: {city1.upper()}\r\nNieuw adres: {AD(a2)}\r\nPostcode nieuw: {PC(p2)}\r\nWoonplaats nieuw: {city2}\r\n"
                f"Verhuisdatum: {d.isoformat()}\r\nEAN elektra oud: {N(ean(r))}\r\nTelefoon: {PH(tel)}\r\nE-mail: {E(email_of(r, c))}\r\n"
                f"Opmerking: slimme meter aanwezig op nieuw adres?\r\n")
    return (f"hoi, ik verhuis volgende maand ({d.day}/{d.month}) van de {AD(a1)} naar de {AD(a2)} in {city2} ({PC(p2)}). "
            f"kan ik mijn zonnepanelen-contract meenemen? de nieuwe woning heeft een warmtepomp en stadsverwarming is er niet. "
            f"mvg {P(c.first.lower())} {P(c.last)}" if False else
            f"hoi, ik verhuis volgende maand ({d.day}/{d.month}) van de {AD(a1)} naar de {AD(a2)} in {city2} ({PC(p2)}). "
            f"kan ik mijn contract meenemen? de nieuwe woning heeft een warmtepomp, geen gasaansluiting meer. "
            f"bel me gerust: {PH(tel)}\nmvg {P(c.first.lower() + ' ' + c.last)}")


@scen("nl", True, 3)
def nl_meterstand(r, k):
    c = Person(r); city = r.choice(sorted(CITIES)); d = dt(r)
    if k == 0:
        return (f"Meterstanden doorgeven\nKlantnummer: {N(klantnr(r))}\nNaam: {P(c.full)}\nAdres: {AD(nl_addr(r))}\nPostcode: {PC(postcode(r, city))}\n"
                f"Opnamedatum: {d.day:02d}-{d.month:02d}-{d.year}\nElektriciteit normaal (1.8.2): {kwh(r, 10000, 40000)} kWh\n"
                f"Elektriciteit dal (1.8.1): {kwh(r, 8000, 30000)} kWh\nTeruglevering (2.8.1): {kwh(r, 100, 9000)} kWh\n"
                f"Gas: {r.randrange(1000, 9999)},{r.randrange(100, 999)} m³\nMeternummer: {N(meter_nr(r))}\nE-mail: {E(email_of(r, c))}\n")
    if k == 1:
        return (f"Goedemiddag,\n\nBij deze mijn meterstanden per {d.day} {NL_MON[d.month - 1]}: {kwh(r, 10000, 40000)} (hoog) en {kwh(r, 10000, 40000)} (laag), "
                f"gas {r.randrange(1000, 9999)} m3. De foto van de meter stuur ik als bijlage. Het EAN is {N(ean(r))}.\n"
                f"Mijn adres is {AD(nl_addr(r))} te {city}.\n\nMet vriendelijke groet,\n{P(c.title_nl().capitalize())} {P(c.initials)}" .replace(
                    f"{P(c.title_nl().capitalize())} ", c.title_nl().capitalize() + " "))
    return (f"Stand gas klopt niet!! jullie schatten {r.randrange(1800, 2600)} m³ maar ik heb echt maar {r.randrange(700, 1200)} verbruikt, "
            f"we hebben sinds maart een hybride warmtepomp. meternr {N(meter_nr(r))}, stand vandaag {r.randrange(1000, 9999)},{r.randrange(10, 99)}. "
            f"{P(c.first)} ({E(email_of(r, c))})")


@scen("nl", True, 3)
def nl_incasso(r, k):
    c = Person(r); ib = nl_iban(r); d = dt(r)
    if k == 0:
        return (f"Machtiging doorlopende SEPA-incasso\nIncassant: Zuiderlicht Energie B.V., Dynamoweg 12, 6827 BT Arnhem\n"
                f"Incassant-ID: {ORG_CREDITOR}\nKenmerk machtiging: {N('ZL-' + contract(r))}\nReden betaling: maandtermijn energie\n\n"
                f"Naam rekeninghouder: {P(c.initials)}\nAdres: {AD(nl_addr(r))}\nIBAN: {IB(group4(ib))}\nGeboortedatum: {DOB(dfmt(r, birth(r), 'nl'))}\n"
                f"Plaats en datum: {r.choice(sorted(CITIES))}, {d.day}-{d.month}-{d.year}\nHandtekening: [getekend]\n")
    if k == 1:
        o = nl_iban(r)
        return (f"Hallo,\n\nIk heb een nieuwe bankrekening. Willen jullie het termijnbedrag voortaan afschrijven van {IB(iban_fmt(r, ib))} "
                f"in plaats van {IB(iban_fmt(r, o))}? Contractnummer {N(contract(r))}.\nNiet meer storten op {ORG_IBAN_G}, dat was een foutje van mij.\n\n"
                f"Bvd,\n{P(c.full)}\n{PH(nl_mobile(r))}")
    return (f"Goedendag, ik wil graag stoppen met de automatische incasso, de laatste afschrijving ({amount(r, 80, 260)}) was veel te hoog. "
            f"Stornering via mijn bank ({IB(ib[:4] + ' ' + ib[4:])}) heb ik al gedaan. Kunnen jullie het termijnbedrag aanpassen naar {amount(r, 60, 150)}? Anders bel ik wel naar 088\u00a0470\u00a02600.\n"
            f"Met vriendelijke groet, {P(c.initials)}")


@scen("nl", True, 3)
def nl_betalingsregeling(r, k):
    c = Person(r); f, l, sig = sig_nl(r); tel = nl_mobile(r); inv = [invoice(r) for _ in range(2)]; city = r.choice(sorted(CITIES))
    tot = amount(r, 400, 1900)
    if k == 0:
        return (f"Geachte heer/mevrouw,\n\nIk heb een betalingsachterstand van {tot} (facturen {N(inv[0])} en {N(inv[1])}). "
                f"Door een scheiding lukt het me niet om dit in één keer te betalen. Kan ik een betalingsregeling krijgen van 6 maanden? "
                f"Ik kan {amount(r, 50, 150)} per maand missen.\nU kunt mij bellen op {PH(tel)} (na 17 uur).\n\nMet vriendelijke groet,\n{P(c.full)}\n{AD(nl_addr(r))}\n{PC(postcode(r, city).replace(' ', NBSP))} {city.upper()}")
    if k == 1:
        return (f"Belnotitie debiteurenbeheer — {dt(r).isoformat()} 14:{r.randrange(10, 59)}\nKlant {P(c.title_nl() + ' ' + c.sur).replace(P(c.title_nl() + ' ' + c.sur), c.title_nl() + ' ' + P(c.sur))} belt n.a.v. aanmaning 2e herinnering. "
                f"Openstaand {tot}. Regeling afgesproken: 8 termijnen van {amount(r, 40, 120)}, eerste termijn per de 1e. "
                f"Klant vraagt contact via {PH(tel)}, niet via mail. Incassobureau on hold gezet. Zie contract {N(contract(r))}.\n— {P(f)}")
    return (f"Beste {P(c.first)},\n\nFijn dat we er samen uit zijn gekomen. Hierbij de bevestiging van je betalingsregeling:\n"
            f"- totaalbedrag: {tot}\n- 10 termijnen van {amount(r, 30, 190)}\n- eerste termijn: {dt(r).strftime('%d-%m-%Y')}\n"
            f"- overmaken naar {ORG_IBAN_G} o.v.v. {N('BR-' + str(r.randrange(10**6, 10**7)))}\n\n{sig}")


@scen("nl", True, 3)
def nl_klacht_jaarafrekening(r, k):
    c = Person(r); f, l, sig = sig_nl(r); d = dt(r)
    quoted = (f"> Beste {P(c.sur) if k == 1 else P(c.first)},\n> Uw jaarafrekening {N(invoice(r))} over de periode {d.day}-{d.month}-2024 t/m {d.day}-{d.month}-2025 "
              f"komt uit op een bij te betalen bedrag van {amount(r, 300, 1200)}.\n> Met vriendelijke groet,\n> {P(f + ' ' + l)}, Klantenservice Zuiderlicht")
    body = (f"Op {d.day}-{d.month}-2025 schreef Zuiderlicht Energie <klantenservice@zuiderlicht.example>:\n{quoted}")
    if k == 0:
        t = (f"Dit klopt echt niet. Ik heb {kwh(r, 2000, 4500)} kWh teruggeleverd met mijn {r.randrange(8, 16)} panelen ({r.choice(['3,6', '4,2', '5,1'])} kWp) "
             f"en toch moet ik bijbetalen?! De terugleverkosten staan nergens in mijn contract.\nIk wil een correcte afrekening.\n\n{P(c.full)}\n{PH(nl_land(r))}\n\n{body}\n")
        return t.replace("\n", "\r\n")
    if k == 1:
        return (f"Geachte {P(f + ' ' + l)},\n\nUw berekening gaat uit van een geschatte eindstand. De werkelijke stand op {d.day}-{d.month} was {kwh(r, 20000, 40000)}. "
                f"Het verschil is ruim {r.randrange(600, 1400)} kWh. Ik ga hiermee naar de Geschillencommissie als dit niet wordt gecorrigeerd.\n\n"
                f"Hoogachtend,\n{P(c.initials)}\n\n{body}\n")
    return (f"JULLIE JAARAFREKENING IS WEER FOUT. VORIG JAAR OOK AL. IK BETAAL NIKS TOT DIT IS OPGELOST.\n{P(c.full.upper())}\n"
            f"klantnr {N(klantnr(r))}\n\n{body}\n")


@scen("nl", True, 3)
def nl_overlijden(r, k):
    dec = Person(r, sex="m" if k == 0 else "f")
    rel = Person(r, dec.her, sex="m" if k == 1 else None)
    rel.last = dec.last if k == 0 else rel.last
    dd = dt(r); ib = nl_iban(r)
    if k == 0:
        return (f"Geachte medewerker,\n\nOp {dd.day} {NL_MON[dd.month - 1]} is mijn vader, {P(dec.full)}, overleden. Hij had een contract voor stroom en gas "
                f"op {AD(nl_addr(r))} in {r.choice(sorted(CITIES))}. Ik ben executeur. Zijn BSN is {BS(bsn_fmt(r, bsn(r)))}, "
                f"geboren op {DOB(dfmt(r, birth(r, 1930, 1955), 'nl'))}. De woning wordt ontruimd; graag de eindafrekening naar mijn adres "
                f"{AD(nl_addr(r))}, {PC(postcode(r, r.choice(sorted(CITIES))))}.\nEen eventueel tegoed kan naar {IB(group4(ib))} t.n.v. {P(rel.initials)}.\n\n"
                f"Met vriendelijke groet,\n{P(rel.full)}")
    if k == 1:
        return (f"Notitie nabestaandendesk\nOverleden: mevr. {P(dec.initials)} (contract {N(contract(r))}), datum overlijden {dd.strftime('%d-%m-%Y')}.\n"
                f"Contactpersoon: zoon {P(rel.full)}, tel. {PH(nl_mobile(r))}. Akte van overlijden ontvangen. Contract beëindigen per sleuteloverdracht "
                f"{dt(r).strftime('%d-%m-%Y')}, eindstand volgt. Tegoed {amount(r, 30, 400)} naar {IB(ib)}.\n-- {P(STAFF['lieke'][0])}")
    return (f"Goedemiddag, mijn moeder {P(dec.first + ' ' + dec.last)} is vorige week overleden. Ze woonde aan de {AD(nl_addr(r))}. "
            f"Ik ({P(rel.first)}) regel haar zaken. Moet het energiecontract op naam van de nalatenschap? Er is ook nog een zonnepanelen-lease "
            f"(installatie {N('INV-' + str(r.randrange(10**6, 10**7)))}). Mail: {E(email_of(r, rel))}")


@scen("nl", True, 3)
def nl_chat(r, k):
    c = Person(r); f, l = staff(r, "nl"); city = r.choice(sorted(CITIES)); pc = postcode(r, city, compact=r.random() < 0.5)
    hn = r.randrange(1, 120)
    lines = [f"[09:{r.randrange(10, 50)}] Zuiderlicht: Welkom bij de chat van Zuiderlicht! Je spreekt met {P(f)}.",
             f"[09:{r.randrange(50, 59)}] {P(c.first)}: hoi, mijn slimme meter geeft {N('ERR 4' + str(r.randrange(10, 99)))} en de app laat niks meer zien",
             f"[10:0{r.randrange(0, 9)}] {P(f)}: Vervelend! Mag ik je postcode en huisnummer?",
             f"[10:1{r.randrange(0, 9)}] {P(c.first)}: {PC(pc)} {hn}",
             f"[10:2{r.randrange(0, 9)}] {P(f)}: Dank je. Ik zie dat de meter sinds {dt(r).strftime('%d-%m')} geen P4-data meer stuurt. Ik maak een melding bij de netbeheerder aan, nr {N('NB-' + str(r.randrange(10**7, 10**8)))}.",
             f"[10:3{r.randrange(0, 9)}] {P(c.first)}: top. kunnen ze me bellen voor een afspraak? {PH(nl_mobile(r))}"]
    if k == 1:
        lines.insert(4, f"[10:2{r.randrange(0, 9)}] {P(c.first)}: o en de meter hangt op naam van mijn vriend {P(Person(r).full)}, maakt dat uit?")
    if k == 2:
        lines[3] = f"[10:1{r.randrange(0, 9)}] {P(c.first)}: {AD(nl_addr(r))}, {PC(pc)} {city}"
    return "\n".join(lines)


@scen("nl", True, 3)
def nl_social(r, k):
    c = Person(r); f, l = staff(r, "nl"); handle = "@" + asc(c.first.lower())[:5] + str(r.randrange(70, 99))
    if k == 0:
        return (f"{handle}: @ZuiderlichtNL al 3 dagen geen warm water, stadsverwarming ligt er weer uit in onze straat 😡🥶 #storing #zuiderlicht\n"
                f"@ZuiderlichtNL: Hé, wat vervelend! Stuur je ons even een DM met je postcode + huisnummer? ^{P(f)}")
    if k == 1:
        return (f"DM van {handle}\n{handle}: hier is het: {PC(postcode(r, r.choice(sorted(CITIES)), compact=True))} nr {r.randrange(1, 200)}. "
                f"en mijn 06 is {PH(nl_mobile(r, 2))} als de monteur moet bellen 🙏\n@ZuiderlichtNL: Dank! Ik heb een storingsmelding gemaakt ({N('ST-' + str(r.randrange(10**5, 10**6)))}). "
                f"Groet, {P(f)}")
    return (f"{handle} schreef: Zuiderlicht heeft mijn voorschot verhoogd naar {amount(r, 190, 340)} zonder te vragen?? 🤬 "
            f"Groetjes {P(c.first + ' ' + c.last)}, {AD(nl_addr(r))} — ik wil gewoon uitleg #energie #klantonvriendelijk\n"
            f"@ZuiderlichtNL: Hoi {P(c.first)}, we kijken er graag naar. Stuur je je klantnummer via DM? Haal wel je adres even uit je openbare bericht 🙂 ^{P(f)}")


@scen("nl", True, 3)
def nl_belnotitie(r, k):
    c, o = people(r, 2); f, l = staff(r, "nl"); city = r.choice(sorted(CITIES))
    if k == 1:
        c = Person(r, sex="f")
        o = Person(r, c.her, sex="f")
    if k == 0:
        return (f"BELNOTITIE {dt(r).strftime('%d-%m-%Y')} – {P(f + ' ' + l)}\nBeller: {P(c.full)}, {AD(nl_addr(r))} {PC(postcode(r, city))} {city}\n"
                f"Vraag: overstapdatum {dt(r).strftime('%d-%m-%Y')} bevestigd? Ja. EAN {N(ean(r))} (E) / {N(ean(r))} (G).\n"
                f"Terugbellen op {PH(nl_land(r))} als de meterstanden binnen zijn. Klant wil dat {P(o.first)} ({P('partner')} ) ook info krijgt.".replace(f" ({P('partner')} )", " (partner)"))
    if k == 1:
        return (f"notitie: mw {P(c.sur)} belde ivm verhuizing dochter {P(o.first + ' ' + c.last)}. dochter heeft geen eigen contract, "
                f"moeder wil termijnbedrag betalen van haar rekening {IB(iban_fmt(r, nl_iban(r)))}. uitgelegd dat dochter zelf moet machtigen. "
                f"tel dochter {PH(nl_mobile(r))}. /{P(f.lower())}")
    kt = kenteken(r)
    return (f"Belnotitie laadpaal – {P(f)}\n{P(c.initials)} belt: laadpas werkt niet bij de paal thuis ({AD(nl_addr(r))}). "
            f"Auto: {N('Tesla Model 3')}, kenteken {LP(kt)}. Laadpas-ID {N('NL-ZLE-C' + str(r.randrange(10**5, 10**6)))}. Laadpaal firmware {N('v2.11.4')}, paal meldt zich vanaf {IPA(pub_ip(r))}. "
            f"Reset op afstand gedaan, werkt weer.")


@scen("nl", True, 3)
def nl_installateur(r, k):
    c = Person(r); t = Person(r, "nl", "m"); city = r.choice(sorted(CITIES)); kv, bt = kvk(r), btw_new(r)
    company = r.choice(["Installatiebedrijf Smeltink & Zn.", "Zonwerk Oost B.V.", "Klimaattechniek De Liemers V.O.F."])
    if k == 0:
        return (f"OPLEVERRAPPORT ZONNEPANELEN\nInstallateur: {company} (KvK {KVK(kv)}, btw {BTW(bt)})\nMonteur: {P(t.full)}\n"
                f"Klant: {P(c.initials)}, {AD(nl_addr(r))}, {PC(postcode(r, city))} {city}\nPanelen: {r.randrange(8, 20)} × 430 Wp = {r.choice(['4,3', '5,6', '6,9'])} kWp\n"
                f"Omvormer: {N('SMA Sunny Boy 5.0')}, serienr. {N(str(r.randrange(10**9, 3 * 10**9)))}, firmware {N('4.01.15.R')}\n"
                f"Datum oplevering: {dt(r).strftime('%d-%m-%Y')}\nOpmerking: dakdoorvoer afgekit, aardlekschakelaar 30 mA toegevoegd.")
    if k == 1:
        return (f"Hoi team Zuiderlicht Zon,\n\nWarmtepomp bij {P(c.title_nl() + ' ' + c.sur).replace(P(c.title_nl() + ' ' + c.sur), c.title_nl() + ' ' + P(c.sur))} ({AD(nl_addr(r))}) is geplaatst: "
                f"{N('Daikin Altherma 3')}, {r.choice(['6', '8', '11'])} kW, buitenunit serienr {N('E' + str(r.randrange(10**7, 10**8)))}. ISDE-aanvraag doet de klant zelf. "
                f"Factuur volgt van ons (KvK-nr {KVK(kv)}, omzetbelastingnummer {BS('NL' + bsn(r) + 'B01')}).\n\nGroet,\n{P(t.first)}\n{company}\n{PH(nl_land(r))}")
    return (f"Storingsrapport omvormer\nLocatie: {AD(nl_addr(r))} {city}\nFoutcode: {N('F-' + str(r.randrange(100, 999)))} (netspanning te hoog, {r.randrange(253, 262)} V)\n"
            f"Gemeten door {P(t.initials)} op {dt(r).strftime('%d-%m-%Y')}. Klant {P(c.full)} gevraagd netbeheerder te bellen. Productie vandaag {r.randrange(5, 30)},{r.randrange(0, 9)} kWh.")


@scen("nl", True, 2)
def nl_incassobrief(r, k):
    c = Person(r); city = r.choice(sorted(CITIES)); f, l = STAFF["lieke"]
    return (f"{P(c.initials.upper() if k else c.initials)}\n{AD(nl_addr(r))}\n{PC(postcode(r, city))}  {city.upper()}\n\n{city}, {dt(r).day} {NL_MON[dt(r).month - 1]} 2025\n"
            f"Betreft: laatste aanmaning, dossier {N('INC-' + str(r.randrange(10**5, 10**6)))}\n\n{c.aanhef_nl()} {P(c.sur)},\n\n"
            f"Ondanks herhaalde herinneringen staat een bedrag van {amount(r, 150, 1500)} open (facturen {N(invoice(r))}, {N(invoice(r))}). "
            f"Wij verzoeken u dit binnen 14 dagen over te maken op {ORG_IBAN_G} t.n.v. Zuiderlicht Energie B.V. "
            f"Doet u dat niet, dan dragen wij de vordering over aan een incassobureau en komen de buitengerechtelijke kosten ({amount(r, 40, 180)}) voor uw rekening.\n"
            f"Kunt u niet betalen? Bel ons op 088 470 2600 voor een betalingsregeling.\n\nHoogachtend,\n{P(f + ' ' + l)}\nafdeling Debiteurenbeheer")


@scen("nl", True, 2)
def nl_zakelijk(r, k):
    c = Person(r); kv, bt = kvk(r), btw_new(r)
    bedrijf = r.choice(["Bakkerij Het Korenaar", "Garage Veldkamp Auto's", "Kinderdagverblijf De Vlinderboom", "Café De Waag"])
    return (f"Aanvraag zakelijk contract\nBedrijf: {bedrijf}\nKvK-nummer: {KVK(kv)}\nBtw-id: {BTW(bt)}\nContactpersoon: {P(c.full)}\n"
            f"Vestigingsadres: {AD(nl_addr(r))}\nVerwacht verbruik: {kwh(r, 20000, 90000)} kWh/jaar, {kwh(r, 3000, 15000)} m³ gas\n"
            f"Aansluiting: 3x{r.choice(['35', '50', '63'])} A\nTelefoon: {PH(nl_land(r))}\nE-mail: {E(email_of(r, c))}\n"
            + (f"Vestigingsnummer: {N(str(r.randrange(10**11, 10**12)))}\n" if k else "Ingangsdatum gewenst: 1-1-2026\n"))


@scen("nl", True, 2)
def nl_ongevraagd_bsn(r, k):
    c = Person(r); b = bsn(r)
    if k == 0:
        return (f"Hallo, jullie vroegen om identificatie voor de warmtepomp-lening. Hierbij: {P(c.full)}, geboortedatum {DOB(dfmt(r, birth(r), 'nl'))}, "
                f"BSN {BS(bsn_fmt(r, b))}, paspoort {ID(nl_docnr(r, 'N'))}. Ik hoop dat dit zo goed is.\n{P(c.first)}")
    return (f"Beste,\nIn de bijlage mijn ID-kaart (nummer {ID(nl_docnr(r, 'I'))}) voor de controle. Mijn burgerservicenummer staat erop: {BS(b)}.\n"
            f"Gr. {P(c.initials)}")


@scen("nl", True, 2)
def nl_laadpaal(r, k):
    c = Person(r); kt = kenteken(r)
    kt_w = kt.replace("-", "") if k else kt.lower()
    return (f"Goedemorgen,\n\nIk heb een laadpaal via jullie en wil de thuislaadkosten laten vergoeden door mijn werkgever. "
            f"Kunnen jullie een overzicht maken van de laadsessies voor de auto met kenteken {LP(kt_w)}? Laadpaal-ID {N('ZL-CP-' + str(r.randrange(10**4, 10**5)))}, "
            f"periode {dt(r).strftime('%d-%m')} t/m {dt(r).strftime('%d-%m-%Y')}. Totaal volgens de app ca. {r.randrange(300, 1400)} kWh.\n\nDank!\n{P(c.full)}")

# ---------------------------------------------------------------- nl, without personal data


@scen("nl", False, 3)
def nl_storing(r, k):
    pcs = sorted(r.sample(range(6811, 6846), 3))
    d = dt(r)
    return (f"STORINGSMELDING {d.strftime('%d-%m-%Y')} {r.randrange(6, 22)}:{r.randrange(10, 59)}\n"
            f"Er is een {r.choice(['stroomstoring', 'storing in het warmtenet', 'gasstoring'])} in de postcodegebieden {pcs[0]}, {pcs[1]} en {pcs[2]} "
            f"({r.choice(['Arnhem-Zuid', 'Elst', 'Velp', 'Duiven'])}). Naar verwachting is alles om {r.randrange(13, 23)}:00 uur opgelost. "
            f"Ongeveer {r.randrange(200, 4000)} aansluitingen zijn getroffen. Meldnummer netbeheerder: 0800-9009. Volg updates via @ZuiderlichtNL of www.zuiderlicht.example/storingen.\n"
            f"Referentie: {N('STR-' + str(d.year) + '-' + str(r.randrange(1000, 9999)))}")


@scen("nl", False, 2)
def nl_tarieven(r, k):
    v = [f"€ 0,{r.randrange(20, 35)}{r.randrange(0, 9)}" for _ in range(4)]
    return (f"Nieuwe tarieven per 1 januari 2026 (incl. btw)\n\n| product | tarief | vastrecht |\n|---|---|---|\n"
            f"| stroom normaal | {v[0]}/kWh | € 5,99/mnd |\n| stroom dal | {v[1]}/kWh | |\n| gas | € 1,{r.randrange(10, 40)}{r.randrange(0, 9)}/m³ | € 6,25/mnd |\n"
            f"| warmte (stadsverwarming) | € {r.randrange(40, 60)},{r.randrange(10, 99)}/GJ | € 38,50/mnd |\n| terugleverkosten | {v[2]}/kWh | |\n\n"
            f"Vermindering energiebelasting: {amount(r, 500, 700)} per jaar. Modelcontract {N('ZL-VAR-' + str(2026))}. Vragen? 088 470 2600 (werkdagen 8–20 uur).")


@scen("nl", False, 3)
def nl_slimme_meter_log(r, k):
    rows = []
    t = datetime.datetime(2025, r.randrange(1, 12), r.randrange(1, 28), r.randrange(0, 20), 0)
    for i in range(5):
        t += datetime.timedelta(minutes=r.randrange(1, 50))
        rows.append(f"{t.strftime('%Y-%m-%d %H:%M:%S')}  {r.choice(['P1', 'P4', 'GPRS', 'MBUS'])}  code={N(r.choice(['E' + str(r.randrange(100, 999)), str(r.randrange(1000, 9999)) + ' ' + r.choice(['KB', 'MB', 'RF', 'GT', 'LX']), 'DSMR-5.0.2']))}  rssi=-{r.randrange(60, 99)}")
    return (f"Export diagnoselog slimme meter {N(meter_nr(r))} (EAN {N(ean(r))})\nfirmware {N('5.' + str(r.randrange(1, 9)) + '.' + str(r.randrange(0, 20)))}, "
            f"protocol DSMR 5.0.2\n" + "\n".join(rows) + f"\nstand 1.8.1={kwh(r, 1000, 30000)} 1.8.2={kwh(r, 1000, 30000)} 2.8.1={kwh(r, 0, 9000)} kWh; gas 24.2.1={r.randrange(1000, 9999)}.{r.randrange(100, 999)} m3")


@scen("nl", False, 3)
def nl_intern_ticket(r, k):
    c1, c2 = contract(r), not_elf9(r, "4")
    return (f"Interne notitie backoffice: contract {N(c1)} en {N(c2)} zijn dubbel aangemaakt bij de switch van {dt(r).strftime('%d-%m-%Y')}. "
            f"EAN {N(ean(r))} hoort bij {N(c1)}. Klantnummer {N(klantnr(r))}. Voorschot {amount(r, 80, 250)}/mnd blijft staan, "
            f"jaarverbruik SJV {kwh(r, 1500, 5000)} kWh / {kwh(r, 300, 1800)} m³. Factuur {N(invoice(r))} crediteren ({amount(r, 30, 400)}). Graag afhandelen vóór {dt(r).strftime('%d-%m')}. "
            f"Team Facturatie")


@scen("nl", False, 3)
def nl_vraag_anoniem(r, k):
    kwp = r.choice(["3,2", "4,8", "6,4", "7,2"])
    return [
        f"Vraag via webformulier: Wij hebben {kwp} kWp aan zonnepanelen en leveren ongeveer {kwh(r, 2000, 6000)} kWh per jaar terug. "
        f"Hoe hoog is jullie terugleververgoeding na afschaffing van de salderingsregeling in 2027? En rekenen jullie terugleverkosten per kWh of vast per maand? Alvast bedankt!",
        f"goedemiddag, ik overweeg een thuisbatterij van {r.randrange(5, 15)} kWh. heeft dat zin met een dynamisch contract van jullie? "
        f"mijn verbruik is ongeveer {kwh(r, 2500, 4500)} kWh, gas {kwh(r, 600, 1600)} m³. Groeten",
        f"Hallo, de stadsverwarming in ons complex (blok {r.choice('ABC')}) geeft sinds {dt(r).strftime('%d-%m')} maar {r.randrange(38, 50)} °C aanvoer. "
        f"De vereniging van eigenaren heeft al gebeld (meldnummer {N('W-' + str(r.randrange(10**5, 10**6)))}). Wanneer komt er een monteur?"][k]


@scen("nl", False, 3)
def nl_autoreply(r, k):
    return (f"Dit is een automatisch antwoord van Zuiderlicht Energie.\n\nBedankt voor je bericht. We reageren binnen {r.choice(['2', '3', '5'])} werkdagen. "
            f"Je ticketnummer is {N('#' + str(r.randrange(10**6, 10**7)))}.\nStoring? Bel 0800 022 4470 (24/7). Betalen? IBAN {ORG_IBAN_G} t.n.v. Zuiderlicht Energie B.V.\n"
            f"WhatsApp: {['06 2391 5580', '06-23915580', '+31 6 2391 5580'][k]}\n\nZuiderlicht Energie B.V. | Dynamoweg 12, 6827 BT Arnhem | Postbus 3310, 6802 DH Arnhem\n"
            f"KvK 70419253 | btw {['NL859312653B01', 'NL 8593.12.653.B01', 'NL859312653B01'][k]} | incassant-ID {ORG_CREDITOR}")


@scen("nl", False, 3)
def nl_jaaroverzicht(r, k):
    d = dt(r)
    return (f"Jaarafrekening {d.year} — samenvatting\nFactuurnummer: {N(invoice(r))}\nContractnummer: {N(contract(r))}\nKlantnummer: {N(klantnr(r))}\n"
            f"Periode: {d.strftime('%d-%m')}-{d.year - 1} t/m {d.strftime('%d-%m-%Y')}\nVerbruik normaal {kwh(r, 1000, 3000)} kWh, dal {kwh(r, 800, 2500)} kWh, "
            f"teruglevering {kwh(r, 0, 4000)} kWh, gas {kwh(r, 400, 1800)} m³\nTotaal kosten {amount(r, 1200, 3500)}, betaalde termijnen {amount(r, 1200, 3500)}\n"
            f"Nieuw termijnbedrag vanaf {dt(r).strftime('%d-%m-%Y')}: {amount(r, 80, 260)}\nEAN elektriciteit {N(ean(r))}\nMeternummer {N(meter_nr(r))}")


@scen("nl", False, 2)
def nl_installatie_tech(r, k):
    return (f"Technisch rapport {N('TR-' + str(r.randrange(10**4, 10**5)))}: omvormer {N(r.choice(['Growatt MIN 4200TL-X', 'GoodWe GW5000-DNS', 'Huawei SUN2000-6KTL']))}, "
            f"serienummer {N(r.choice(['GW', 'HW', 'GR']) + str(r.randrange(10**9, 10**10)))}, firmware {N(f'V{r.randrange(1, 4)}.{r.randrange(0, 9)}.{r.randrange(10, 99)}.{r.randrange(1, 9)}')} "
            f"— update naar {N('V3.1.18.2')} uitgevoerd. String 1: {r.randrange(300, 420)} V / {r.randrange(6, 11)},{r.randrange(0, 9)} A. "
            f"Paneellabel {N(kenteken(r, r.choice([9, 11])))} (leverancierscode, geen kenteken). Isolatieweerstand > 1 MΩ. Geen afwijkingen.")

# ---------------------------------------------------------------- en, with personal data


def sig_en(r):
    f, l = staff(r, "en")
    return f, l, r.choice([f"Kind regards,\n{P(f + ' ' + l)}\nCustomer Service | Zuiderlicht Energie\n+31 88 470 2600",
                           f"Best wishes,\n{P(f)} (International Desk, Zuiderlicht)"])


@scen("en", True, 3)
def en_moving(r, k):
    c = Person(r, "en"); city1, city2 = r.sample(sorted(CITIES), 2); d = dt(r)
    if k == 0:
        return (f"Hi there,\n\nWe're moving out of our rental at {AD(nl_addr(r))}, {PC(postcode(r, city1))} {city1} on {d.day} {EN_MON[d.month - 1]} "
                f"(key handover at 11am with the landlord). Our new place is {AD(nl_addr(r))}, {PC(postcode(r, city2))} {city2} - it has district heating, "
                f"so we only need electricity there. Final meter readings will follow.\nYou can reach me on {PH(nl_mobile(r, 1).replace(' ', NBSP))}.\n\nCheers,\n{P(c.first)}")
    if k == 1:
        ukc, uk = r.choice([("Leeds", "LS6 2QT"), ("Manchester", "M14 5RF"), ("Edinburgh", "EH9 1HN"), ("Bristol", "BS7 8LX")])
        return (f"Dear Zuiderlicht,\n\nI am leaving the Netherlands for good. Please close my account as of {d.strftime('%d/%m/%Y')} and send the final bill to my "
                f"UK address: {AD('Flat 2, ' + str(r.randrange(3, 90)) + ' ' + r.choice(['Alder Road', 'Kingsway', 'Marlow Avenue']))}, {ukc} {PC(uk)}.\n"
                f"Any refund to {IB(group4(gb_iban(r)))}, please.\nUK mobile: {PH(uk_mobile(r))}\n\nRegards,\n{P(c.full)}")
    return (f"moving form\nName: {P(c.last + ', ' + c.first)}\nOld address: {AD(nl_addr(r))} {city1}\nNew address: {AD(nl_addr(r))}\nPostcode: {PC(postcode(r, city2, True))}\n"
            f"Moving date: {d.isoformat()}\nEmail: {E(email_of(r, c))}\nBSN (citizen service number): {BS(bsn_fmt(r, bsn(r)))}\nComments: please switch the heat pump tariff too")


@scen("en", True, 3)
def en_meter_reading(r, k):
    c = Person(r, "en")
    if k == 0:
        return (f"Meter reading submission\nCustomer number: {N(klantnr(r))}\nName: {P(c.full)}\nEmail: {E(email_of(r, c))}\nReading date: {dt(r).strftime('%d-%m-%Y')}\n"
                f"Electricity peak: {kwh(r, 5000, 30000)} kWh\nElectricity off-peak: {kwh(r, 5000, 30000)} kWh\nGas: {r.randrange(1000, 9999)} m³\nMeter no.: {N(meter_nr(r))}")
    if k == 1:
        return (f"Hello, my readings for today: {kwh(r, 5000, 30000)} / {kwh(r, 5000, 30000)} / gas {r.randrange(1000, 9999)}. "
                f"Sorry they're late, I was abroad. The EAN on my contract is {N(ean(r))}. - {P(c.first)} {P(c.last)}".replace(f"{P(c.first)} {P(c.last)}", P(c.full)))
    return (f"Hi! Your website keeps rejecting my meter reading (\"value too low\"). It IS lower, we installed a heat pump in {EN_MON[r.randrange(12)]}. "
            f"Reading {kwh(r, 5000, 30000)} kWh. My address is {AD(nl_addr(r))}, {PC(postcode(r, r.choice(sorted(CITIES))))}.\nThanks, {P(c.first)}")


@scen("en", True, 3)
def en_direct_debit(r, k):
    c = Person(r, "en"); ib = nl_iban(r)
    if k == 0:
        return (f"Hi,\n\nPlease change my direct debit to my new account {IB(iban_fmt(r, ib))} (ING, joint account with my husband {P(Person(r, 'nl', 'm').full)}). "
                f"Contract number {N(contract(r))}.\n\nThank you,\n{P(c.full)}\n{PH(nl_mobile(r))}")
    if k == 1:
        return (f"SEPA mandate form\nAccount holder: {P(c.initials)}\nIBAN: {IB(group4(ib).replace(' ', NBSP))}\nBIC: {N('INGBNL2A')}\nDate of birth: {DOB(dfmt(r, birth(r), 'en'))}\n"
                f"Creditor: Zuiderlicht Energie B.V. ({ORG_CREDITOR})\nSignature date: {dt(r).strftime('%d-%m-%Y')}")
    return (f"Can I pay by direct debit from a Belgian account? It's {IB(group4(be_iban(r)))}. I work in Antwerp but live in {r.choice(sorted(CITIES))}. "
            f"Regards, {P(c.first)}")


@scen("en", True, 3)
def en_complaint(r, k):
    c = Person(r, "en"); f, l, sig = sig_en(r); d = dt(r)
    q = (f"On {d.strftime('%a %d %b %Y')} at 09:{r.randrange(10, 59)}, Zuiderlicht <customerservice@zuiderlicht.example> wrote:\n"
         f"> Dear {c.mr()} {P(c.last)},\n> Your annual statement {N(invoice(r))} shows an amount due of {amount(r, 200, 1300)}.\n> Kind regards, {P(f)}")
    if k == 0:
        t = (f"Dear {P(f)},\n\nThat amount cannot be right. Our usage was {kwh(r, 1800, 3500)} kWh, roughly the same as last year, yet the bill doubled. "
             f"I think you've used an estimated reading from {d.strftime('%d-%m-%Y')}. Please correct this.\n\n{P(c.full)}\n{AD(nl_addr(r))}\n\n{q}\n")
        return t.replace("\n", "\r\n")
    if k == 1:
        return (f"Hi {P(f)}, no reply for 3 weeks now. I'm escalating this. Call me at {PH(nl_mobile(r))} or my wife {P(Person(r, 'en', 'f').first)} on "
                f"{PH(nl_mobile(r))}.\n{P(c.first)}\n\n{q}\n")
    return (f"Formal complaint - annual statement\n\nI, {P(c.full)}, dispute the statement referenced below. The feed-in of my solar panels "
            f"({kwh(r, 2000, 5000)} kWh) has not been deducted.\n\n{q}\n")


@scen("en", True, 3)
def en_chat(r, k):
    c = Person(r, "en"); f, l = staff(r, "en")
    L = [f"Chat started {dt(r).strftime('%d-%m-%Y')} 19:0{r.randrange(0, 9)}",
         f"{P(f)} (Zuiderlicht): Hi, I'm {P(f)}! How can I help?",
         f"{P(c.first)}: hi my heat pump shows error {N(r.choice(['A5', 'U4', 'E7']) + '-' + str(r.randrange(10, 99)))} and the house is freezing",
         f"{P(f)} (Zuiderlicht): Sorry to hear that. Can you confirm your email address?",
         f"{P(c.first)}: {E(email_of(r, c))}",
         f"{P(f)} (Zuiderlicht): Thanks {P(c.first)}. A technician can come tomorrow between 8 and 12. Which number can they call?",
         f"{P(c.first)}: {PH(nl_mobile(r))}"]
    if k == 1: L[4] = f"{P(c.first)}: it's {E(email_of(r, c))} and the account is in the name of {P(Person(r, 'nl').full)}, my landlord"
    if k == 2: L[6] = f"{P(c.first)}: {PH(nl_mobile(r))}, or my partner {P(Person(r, 'en').first)} at {PH(nl_mobile(r))}"
    return "\n".join(L)


@scen("en", True, 2)
def en_death(r, k):
    dec, rel = Person(r, "en", "m"), Person(r, "en")
    return (f"To whom it may concern,\n\nI am writing on behalf of my late father, {P(dec.full)} (born {DOB(dfmt(r, birth(r, 1935, 1955), 'en'))}), who passed away "
            f"on {dfmt(r, dt(r), 'en')}. He lived at {AD(nl_addr(r))}, {PC(postcode(r, r.choice(sorted(CITIES))))}. I have attached the death certificate and a copy of my passport "
            f"({ID(nl_docnr(r, 'N') if k else str(r.randrange(10**8, 10**9)))}). Please close the account and send any refund to the estate account {IB(group4(nl_iban(r)))}.\n\n"
            f"Yours faithfully,\n{P(rel.full)}")


@scen("en", True, 3)
def en_call_note(r, k):
    c = Person(r, "en"); f, l = staff(r, "en")
    if k == 0:
        return (f"Call note ({P(f)}): {c.mr()} {P(c.last)} called about the solar panel installation. Installer no-show twice. "
                f"Rebooked for {dt(r).strftime('%d-%m-%Y')}. Also wants the home charger linked to the family car, plate {LP(kenteken(r))}. Callback number {PH(nl_mobile(r))}. Ticket {N('#' + str(r.randrange(10**6, 10**7)))}.")
    if k == 1:
        return (f"CALL LOG {dt(r).strftime('%Y-%m-%d')}\nAgent: {P(f + ' ' + l)}\nCaller: {P(c.full)} (speaks English only)\nIssue: wants to switch to dynamic tariff; "
                f"asked whether meter {N(meter_nr(r))} supports 15-min readings (yes, DSMR 5).\nVerified via DOB {DOB(dfmt(r, birth(r), 'en'))} and postcode {PC(postcode(r, r.choice(sorted(CITIES))))}.")
    return (f"spoke to {P(c.first.lower())} {P(c.last)} re: payment plan. agreed {amount(r, 40, 90)}/month x 6. she asked us NOT to call her work number "
            f"{PH(nl_land(r))}, only mobile {PH(nl_mobile(r))}. /{P(f.lower())}").replace(f"{P(c.first.lower())} {P(c.last)}", P(c.first.lower() + ' ' + c.last))


@scen("en", True, 3)
def en_social(r, k):
    c = Person(r, "en"); f, l = staff(r, "en"); h = "@" + asc(c.first.lower()) + "_in_nl"
    if k == 0:
        return (f"{h}: Moved to NL 3 months ago and @ZuiderlichtNL still hasn't sent my welcome pack 🙄 #expatlife #energy\n"
                f"@ZuiderlichtNL: Hi {P(c.first)}, so sorry! Could you DM us your postcode and date of birth so we can find you? ^{P(f)}")
    if k == 1:
        return (f"DM {h} → @ZuiderlichtNL: postcode {PC(postcode(r, r.choice(sorted(CITIES))))}, house number {r.randrange(1, 300)}, born {DOB(dfmt(r, birth(r, 1980, 2001), 'en'))}. "
                f"name on the contract is {P(c.full)} 👍")
    return (f"Public reply to @ZuiderlichtNL: Third outage this month on {AD(nl_addr(r))}!! ⚡️ my fridge is dead. who pays for this? — {P(c.first)} #poweroutage")


@scen("en", True, 3)
def en_payment_plan(r, k):
    c = Person(r, "en"); f, l, sig = sig_en(r)
    if k == 0:
        return (f"Hello,\n\nI lost my job in {EN_MON[r.randrange(12)]} and I'm behind on two invoices ({N(invoice(r))}, {N(invoice(r))}). "
                f"Could we set up a payment arrangement? I can pay {amount(r, 30, 100)} a month from {IB(iban_fmt(r, nl_iban(r)))}.\n\n{P(c.full)}\n{PH(nl_mobile(r))}")
    if k == 1:
        return (f"Dear {P(c.first)},\n\nAs agreed on the phone, your payment arrangement: {amount(r, 300, 1200)} in 8 instalments, first due {dt(r).strftime('%d-%m-%Y')}. "
                f"Please transfer to {ORG_IBAN2_G} quoting {N('BR-' + str(r.randrange(10**6, 10**7)))}.\n\n{sig}")
    return (f"payment arrangement request - {P(c.full)}, {AD(nl_addr(r))}. collection agency letter says {amount(r, 200, 900)} but i already paid half "
            f"on {dt(r).strftime('%d/%m')}. proof attached. phone {PH(nl_mobile(r))}")


@scen("en", True, 2)
def en_installer(r, k):
    c, t = Person(r, "en"), Person(r, "nl", "m"); kv, bt = kvk(r), btw_new(r)
    return (f"Heat pump installation report\nContractor: {r.choice(['GreenFlow Installations B.V.', 'Warmtetechniek Rijnland'])}, CoC {KVK(kv)}, VAT {BTW(bt)}\n"
            f"Engineer: {P(t.full)}\nCustomer: {P(c.full)}, {AD(nl_addr(r))}\nUnit: {N('Vaillant aroTHERM plus 7 kW')}, serial {N(str(r.randrange(10**11, 10**12)))}\n"
            f"COP measured {r.randrange(3, 5)}.{r.randrange(0, 9)} at A7/W35. Commissioning date {dt(r).strftime('%d-%m-%Y')}.")


@scen("en", True, 2)
def en_login_alert(r, k):
    c = Person(r, "en"); ip = pub_ip(r) if k == 0 else "2a02:a46" + str(r.randrange(1, 9)) + ":" + f"{r.randrange(4096, 65535):x}:1:" + f"{r.randrange(4096, 65535):x}::2"
    return (f"Hi, I got an email saying someone logged into my Zuiderlicht account from {IPA(ip)} at 03:14. That wasn't me! "
            f"I changed my password. My account email is {E(email_of(r, c))}. Can you check what they changed? My IBAN is still {IB(group4(nl_iban(r)))} I hope.\n{P(c.full)}")


@scen("en", True, 2)
def en_card(r, k):
    c = Person(r, "en"); kind = ["visa", "mc"][k]
    return (f"Hi, I'd like to pay the outstanding {amount(r, 100, 600)} by credit card as I don't have a Dutch bank account yet. "
            f"Card: {CC(card(r, kind))}, exp {r.randrange(1, 12):02d}/{r.randrange(27, 31)}. Name on card {P(c.full.upper())}.\nThanks, {P(c.first)}")

# ---------------------------------------------------------------- en, without personal data


@scen("en", False, 3)
def en_outage(r, k):
    pcs = sorted(r.sample(range(6811, 6846), 2))
    return (f"Service update {dt(r).strftime('%d-%m-%Y')}: the district heating network in postcode areas {pcs[0]} and {pcs[1]} will be shut down "
            f"from 08:00 to {r.randrange(12, 17)}:00 for maintenance. No hot water during this window. Questions: +31 88 470 2600 or customerservice@zuiderlicht.example. "
            f"Reference {N('MNT-' + str(r.randrange(10**4, 10**5)))}.")


@scen("en", False, 3)
def en_error_codes(r, k):
    return (f"Smart meter error codes (internal KB, v{r.randrange(2, 5)}.{r.randrange(0, 9)})\n"
            f"- {N(str(r.randrange(1000, 9999)) + ' GT')}: GPRS module timeout, retry after 24h\n- {N('E' + str(r.randrange(100, 999)))}: P1 port disabled\n"
            f"- {N(kenteken(r, r.choice([5, 6])))}: M-Bus gas meter not paired (looks like a licence plate, it isn't)\n"
            f"- {N(str(r.randrange(1000, 9999)) + ' RF')}: RF mesh lost\nMeter type {N('Kaifa MA' + str(r.randrange(100, 400)))}, firmware {N(str(r.randrange(1, 9)) + '.' + str(r.randrange(0, 20)) + '.' + str(r.randrange(0, 9)))}")


@scen("en", False, 2)
def en_tariff(r, k):
    return (f"Hi, comparing your fixed 1-year contract ({N('ZL-FIX-1Y')}) with the dynamic one: fixed is € 0,{r.randrange(24, 32)} per kWh, dynamic averaged € 0,{r.randrange(18, 26)} "
            f"in {EN_MON[r.randrange(12)]}. With a {r.randrange(4, 8)},{r.randrange(0, 9)} kWp system and {kwh(r, 2500, 4000)} kWh/yr usage, which would you recommend? "
            f"Also is the € {r.randrange(5, 9)},99 monthly fee per connection or per product?")


@scen("en", False, 2)
def en_autoreply(r, k):
    return (f"Automatic reply: Thanks for contacting Zuiderlicht Energie. Our English-speaking team answers within 3 working days. "
            f"Ticket {N('#' + str(r.randrange(10**6, 10**7)))}.\nUrgent outage? Call 0800 022 4470. From abroad: +31 88 470 2600. WhatsApp {['+31 6 2391 5580', '06 2391 5580'][k]}.\n"
            f"Zuiderlicht Energie B.V., Postbus 3310, 6802 DH Arnhem · Chamber of Commerce 70419253 · VAT NL859312653B01")


@scen("en", False, 3)
def en_solar_report(r, k):
    return (f"Monthly solar report {EN_MON[r.randrange(12)]} 2025\nSystem {N('ZL-PV-' + str(r.randrange(10**5, 10**6)))}: {r.randrange(8, 20)} panels, {r.choice(['3.6', '5.2', '6.8'])} kWp\n"
            f"Production: {kwh(r, 150, 800)} kWh (expected {kwh(r, 150, 800)} kWh)\nInverter {N('Enphase IQ8')}, gateway {N('IQ-GW-' + str(r.randrange(10**5, 10**6)))}, "
            f"firmware {N('D8.2.4' + str(r.randrange(100, 999)))}\nGateway LAN IP {N('192.168.' + str(r.randrange(0, 3)) + '.' + str(r.randrange(2, 250)))}\nNo faults detected.")


@scen("en", False, 3)
def en_ops_note(r, k):
    return (f"Ops note: meter data import job failed at 02:{r.randrange(10, 59)} (batch {N(str(r.randrange(10**8, 10**9)) if False else not_elf9(r, '5'))}). "
            f"Host {N('10.40.' + str(r.randrange(1, 99)) + '.' + str(r.randrange(2, 250)))} ran out of disk; {r.randrange(2000, 9000)} EAN records re-queued. "
            f"Parser version {N('3.' + str(r.randrange(1, 20)) + '.' + str(r.randrange(0, 9)) + '.' + str(r.randrange(1, 9)))}. No customer impact expected.")


@scen("en", False, 2)
def en_question(r, k):
    return [f"Quick question: does the heat pump subsidy (ISDE) apply to a hybrid unit of {r.randrange(3, 6)} kW? The installer quoted € {r.randrange(4, 9)}.{r.randrange(100, 999)},- incl. VAT.",
            f"Hello, my invoice says 'vastrecht' and 'netbeheerkosten' - what is the difference? We use about {kwh(r, 1500, 3000)} kWh and no gas (all-electric). Thanks!"][k]

# ---------------------------------------------------------------- de, with personal data


def sig_de(r):
    f, l = staff(r, "de")
    return f, l, f"Mit freundlichen Grüßen\n{P(f + ' ' + l)}\nKundenservice Zuiderlicht Energie (Deutschland-Team)"


@scen("de", True, 3)
def de_umzug(r, k):
    c = Person(r, "de"); dcity = r.choice(sorted(DE_CITIES)); city = r.choice(sorted(CITIES)); d = dt(r)
    if k == 0:
        return (f"Sehr geehrte Damen und Herren,\n\nich ziehe zum {d.strftime('%d.%m.%Y')} von {AD(nl_addr(r))}, {PC(postcode(r, city))} {city} zurück nach Deutschland: "
                f"{AD(de_addr(r))}, {PC(DE_CITIES[dcity])} {dcity}. Die Schlüsselübergabe ist am selben Tag um 9 Uhr. Bitte kündigen Sie Strom und Gas zum Auszugsdatum.\n"
                f"Telefon: {PH(de_phone(r))}\n\nMit freundlichen Grüßen\n{P(c.full)}")
    if k == 1:
        return (f"Umzugsmeldung\nName: {P(c.full)}\nGeburtsdatum: {DOB(dfmt(r, birth(r), 'de'))}\nalte Anschrift: {AD(nl_addr(r))}, {PC(postcode(r, city, True))} {city}\n"
                f"neue Anschrift: {AD(nl_addr(r))}, {city}\nBSN (niederländische Bürgerservicenummer): {BS(bsn_fmt(r, bsn(r)))}\nUmzugsdatum: {d.strftime('%d.%m.%Y')}\nZählerstand Auszug: {kwh(r, 10000, 40000)} kWh")
    return (f"Hallo, wir (Familie {P(c.last)}) wohnen in {dcity} und haben ein Ferienhaus in {city}, {AD(nl_addr(r))}. "
            f"Kann der Vertrag auf meine Frau {P(Person(r, 'de', 'f').first + ' ' + c.last)} umgeschrieben werden? Gruß {P(c.first)}")


@scen("de", True, 3)
def de_zaehlerstand(r, k):
    c = Person(r, "de")
    if k == 0:
        return (f"Zählerstandsmeldung\nKundennummer: {N(klantnr(r))}\nName: {P(c.last + ', ' + c.first)}\nE-Mail: {E(email_of(r, c, DE_DOMS))}\n"
                f"Ablesedatum: {dt(r).strftime('%d.%m.%Y')}\nHT: {kwh(r, 5000, 30000)} kWh\nNT: {kwh(r, 5000, 30000)} kWh\nZählernummer: {N(meter_nr(r))}")
    if k == 1:
        return (f"Guten Tag, anbei mein Zählerstand vom {dt(r).strftime('%d.%m.')}: {kwh(r, 5000, 30000)} kWh. Der Gaszähler ({N(meter_nr(r))}) zeigt {r.randrange(1000, 9999)} m³. "
                f"Wohnung {AD(nl_addr(r))}. Viele Grüße, {P(c.herr() + ' ' + c.last).replace(P(c.herr() + ' ' + c.last), c.herr() + ' ' + P(c.last))}")
    return (f"zählerstand {kwh(r, 5000, 30000)}, foto kommt per whatsapp an eure nummer 06 2391 5580. lg {P(c.first.lower())}, tel {PH(de_phone(r))}")


@scen("de", True, 3)
def de_lastschrift(r, k):
    c = Person(r, "de"); ib = de_iban(r)
    if k == 0:
        return (f"SEPA-Lastschriftmandat\nZahlungsempfänger: Zuiderlicht Energie B.V., Gläubiger-ID {ORG_CREDITOR}\nKontoinhaber: {P(c.full)}\n"
                f"Anschrift: {AD(de_addr(r))}, {PC(r.choice(list(DE_CITIES.values())))}\nIBAN: {IB(group4(ib))}\nBIC: {N('WELADED1KLE')}\nDatum: {dt(r).strftime('%d.%m.%Y')}")
    if k == 1:
        return (f"Hallo,\nbitte buchen Sie den Abschlag ab sofort von meinem deutschen Konto ab: {IB(iban_fmt(r, ib))}. Das niederländische Konto {IB(group4(nl_iban(r)))} wird gekündigt.\n"
                f"Vertragsnummer {N(contract(r))}\nGrüße\n{P(c.initials)}")
    return (f"Die Lastschrift vom {dt(r).strftime('%d.%m.')} über {amount(r, 80, 250)} ist zurückgegangen, weil mein Konto {IB(ib)} gewechselt hat. "
            f"Ich überweise selbst auf {ORG_IBAN_G}. {P(c.full)}")


@scen("de", True, 3)
def de_beschwerde(r, k):
    c = Person(r, "de"); f, l, sig = sig_de(r); d = dt(r)
    q = (f"Am {d.strftime('%d.%m.%Y')} um 16:{r.randrange(10, 59)} schrieb Zuiderlicht Energie <kundenservice@zuiderlicht.example>:\n"
         f"> Sehr geehrte{'r Herr' if c.sex == 'm' else ' Frau'} {P(c.last)},\n> Ihre Jahresabrechnung {N(invoice(r))} ergibt eine Nachzahlung von {amount(r, 200, 1400)}.\n> Mit freundlichen Grüßen\n> {P(f + ' ' + l)}")
    if k == 0:
        return (f"Sehr geehrte{'r Herr' if STAFF['bas'][0] == f else ' Frau'} {P(l)},\n\ndie Nachzahlung ist nicht nachvollziehbar. Der Zählerstand zum Ende des Abrechnungszeitraums war "
                f"{kwh(r, 20000, 40000)} kWh, nicht geschätzt. Ich bitte um Korrektur.\n\n{P(c.full)}\n{PH(de_phone(r))}\n\n{q}\n").replace("\n", "\r\n")
    if k == 1:
        return (f"Das ist eine Frechheit!!! Ich zahle keinen Cent, bevor das geklärt ist. {P(c.first)} {P(c.last)}\n\n{q}\n").replace(f"{P(c.first)} {P(c.last)}", P(c.full))
    return (f"Beschwerde zur Jahresabrechnung\n\nIch, {P(c.full)}, wohnhaft {AD(de_addr(r))}, {PC(r.choice(list(DE_CITIES.values())))} {r.choice(sorted(DE_CITIES))}, "
            f"widerspreche der Abrechnung. Die Einspeisung meiner PV-Anlage ({kwh(r, 2000, 5000)} kWh) fehlt.\n\n{q}\n")


@scen("de", True, 2)
def de_todesfall(r, k):
    dec, rel = Person(r, "de", "m"), Person(r, "de", "f")
    return (f"Sehr geehrte Damen und Herren,\n\nmein Vater {P(dec.full)}, geboren am {DOB(dfmt(r, birth(r, 1932, 1952), 'de'))}, ist am {dfmt(r, dt(r), 'de')} verstorben. "
            f"Er bewohnte {AD(nl_addr(r))} in {r.choice(sorted(CITIES))}. Als Erbin bitte ich um Vertragsauflösung. Die Sterbeurkunde liegt bei. "
            + (f"Zur Legitimation: Personalausweis-Nr. {ID(de_idnr(r))}.\n" if k == 0 else f"Ein Guthaben bitte auf {IB(group4(de_iban(r)))}.\n")
            + f"\nMit freundlichen Grüßen\n{P(rel.full)}\n{PH(de_phone(r))}")


@scen("de", True, 3)
def de_chat(r, k):
    c = Person(r, "de"); f, l = staff(r, "de"); city = r.choice(sorted(CITIES))
    L = [f"{P(f)} (Zuiderlicht): Guten Tag! Wie kann ich helfen?",
         f"{P(c.first)}: meine wärmepumpe zeigt fehler {N(r.choice(['F', 'E']) + str(r.randrange(100, 999)))}",
         f"{P(f)} (Zuiderlicht): Das tut mir leid. Unter welcher Adresse ist die Anlage installiert?",
         f"{P(c.first)}: {AD(nl_addr(r))} in {city}, {PC(postcode(r, city))}",
         f"{P(f)} (Zuiderlicht): Danke. Ein Techniker meldet sich. Rückrufnummer?",
         f"{P(c.first)}: {PH(de_phone(r))}"]
    if k == 1: L[5] = f"{P(c.first)}: {E(email_of(r, c, DE_DOMS))} lieber per mail"
    if k == 2: L.append(f"{P(c.first)}: und bitte nicht meinen Mann {P(Person(r, 'de', 'm').first)} anrufen, der ist nie da")
    return "\n".join(L)


@scen("de", True, 3)
def de_ratenzahlung(r, k):
    c = Person(r, "de"); f, l, sig = sig_de(r)
    if k == 0:
        return (f"Guten Tag,\n\nich bitte um Ratenzahlung für die offene Summe von {amount(r, 300, 1500)} (Rechnungen {N(invoice(r))}, {N(invoice(r))}). "
                f"Monatlich {amount(r, 50, 150)} wären möglich. Erreichbar unter {PH(de_phone(r))}.\n\n{P(c.full)}")
    if k == 1:
        return (f"Sehr geehrte{'r Herr' if c.sex == 'm' else ' Frau'} {P(c.last)},\n\nwie besprochen bestätigen wir die Ratenzahlung: {r.randrange(4, 12)} Raten à {amount(r, 40, 140)}, "
                f"erste Rate zum {dt(r).strftime('%d.%m.%Y')}, Überweisung auf {ORG_IBAN_G} mit Verwendungszweck {N('RZ-' + str(r.randrange(10**5, 10**6)))}.\n\n{sig}")
    return (f"Notiz Forderungsmanagement: {c.herr()} {P(c.last)} ({AD(de_addr(r))}, {r.choice(sorted(DE_CITIES))}) Ratenplan abgelehnt, zahlt Restbetrag per Überweisung "
            f"von {IB(group4(de_iban(r)))}. — {P(f)}")


@scen("de", True, 2)
def de_karte(r, k):
    c = Person(r, "de")
    return (f"Hallo, kann ich die Nachzahlung per Kreditkarte begleichen? {CC(card(r, ['mc', 'visa'][k]))}, gültig bis {r.randrange(1, 12):02d}/{r.randrange(27, 31)}, "
            f"Karteninhaber {P(c.full)}. Danke!")


@scen("de", True, 2)
def de_wallbox(r, k):
    c = Person(r, "de"); de_pl = f"KLE-{r.choice(['MT', 'HB', 'RW', 'JS'])} {r.randrange(10, 999)}"
    plate = de_pl if k == 0 else kenteken(r)
    return (f"Guten Tag, ich habe eine Wallbox über Zuiderlicht an unserem Haus in {r.choice(sorted(CITIES))} ({AD(nl_addr(r))}). Für die Abrechnung mit meinem Arbeitgeber "
            f"brauche ich die Ladevorgänge für das Fahrzeug mit dem Kennzeichen {LP(plate)}. Wallbox-ID {N('ZL-CP-' + str(r.randrange(10**4, 10**5)))}.\nGruß {P(c.first)}")


@scen("de", True, 2)
def de_ausweis(r, k):
    c = Person(r, "de")
    return (f"Zur Identifizierung für den Grenzgänger-Tarif: {P(c.full)}, geb. {DOB(dfmt(r, birth(r), 'de'))}, "
            + (f"Reisepassnummer {ID(de_idnr(r))}" if k else f"Ausweisnummer {ID(de_idnr(r))}") + f", Steuer-ID bitte nicht nötig, oder? Mail: {E(email_of(r, c, DE_DOMS))}")

# ---------------------------------------------------------------- de, without personal data


@scen("de", False, 3)
def de_stoerung(r, k):
    pcs = sorted(r.sample(range(6811, 6846), 2))
    return (f"Störungsmeldung {dt(r).strftime('%d.%m.%Y')}: Stromausfall in den Postleitzahlgebieten {pcs[0]} und {pcs[1]}. Voraussichtliche Behebung {r.randrange(13, 22)}:30 Uhr. "
            f"Kunden aus Deutschland erreichen uns unter +31 88 470 2600. Störungsnummer {N('STR-' + str(r.randrange(10**4, 10**5)))}.")


@scen("de", False, 3)
def de_fehlercodes(r, k):
    return (f"Fehlerprotokoll Wechselrichter {N('Fronius Primo 5.0-1')}, Seriennummer {N(str(r.randrange(10**7, 10**8)))}\n"
            f"{dt(r).strftime('%d.%m.%Y')} 11:02 Statuscode {N(str(r.randrange(100, 999)))} – AC-Spannung zu hoch\n"
            f"{dt(r).strftime('%d.%m.%Y')} 13:45 Statuscode {N(str(r.randrange(1000, 9999)) + ' ' + r.choice(['GT', 'KB', 'LX']))} – Netzfrequenz außerhalb\n"
            f"Software {N('3.' + str(r.randrange(10, 30)) + '.' + str(r.randrange(1, 9)) + '-' + str(r.randrange(1, 9)))}; Tagesertrag {r.randrange(5, 30)},{r.randrange(0, 9)} kWh; EAN {N(ean(r))}")


@scen("de", False, 2)
def de_tarif(r, k):
    return (f"Frage zu Ihrem Grenzgänger-Tarif: Gilt der Arbeitspreis von 0,{r.randrange(24, 33)} €/kWh auch für Wärmepumpenstrom? Unser Verbrauch liegt bei {kwh(r, 3000, 6000)} kWh, "
            f"davon ca. {kwh(r, 1000, 2500)} kWh für die Wärmepumpe ({r.randrange(6, 10)} kW). Grundpreis laut Tabelle {r.randrange(6, 9)},{r.randrange(10, 99)} € pro Monat. Danke!")


@scen("de", False, 2)
def de_autoreply(r, k):
    return (f"Automatische Antwort: Vielen Dank für Ihre Nachricht an Zuiderlicht Energie. Ihr Vorgang {N('#' + str(r.randrange(10**6, 10**7)))} wird innerhalb von 3 Werktagen bearbeitet.\n"
            f"Zahlungen bitte an IBAN {[ORG_IBAN_G, 'NL61ABNA0547712096'][k]} (BIC ABNANL2A). Handelsregister (KvK) 70419253, USt-IdNr. NL859312653B01.\n"
            f"Zuiderlicht Energie B.V., Dynamoweg 12, 6827 BT Arnhem, Niederlande")


@scen("de", False, 2)
def de_installation(r, k):
    return (f"Installationsbericht {N('IB-' + str(r.randrange(10**4, 10**5)))}: Hybrid-Wärmepumpe {r.randrange(3, 6)} kW, Inbetriebnahme {dt(r).strftime('%d.%m.%Y')}, "
            f"JAZ-Prognose {r.randrange(3, 5)},{r.randrange(0, 9)}. Gasverbrauch soll von {kwh(r, 1500, 2200)} auf ca. {kwh(r, 400, 800)} m³/Jahr sinken. "
            f"Modulcode {N(kenteken(r, 7))} laut Typenschild. Keine Mängel.")


@scen("de", False, 2)
def de_abschlag(r, k):
    return (f"Hallo, mein monatlicher Abschlag ist von {amount(r, 90, 150)} auf {amount(r, 160, 260)} gestiegen. Vertragsnummer {N(contract(r))}, "
            f"Zählernummer {N(meter_nr(r))}. Warum? Der Verbrauch war mit {kwh(r, 2000, 3500)} kWh niedriger als im Vorjahr. Bitte um Prüfung.")

# ============================================================================= build + audit


def build():
    recs = []
    for lang in ("nl", "en", "de"):
        items = []
        for (lg, name, pii, count, fn) in SCEN:
            if lg != lang: continue
            for k in range(count):
                r = random.Random(f"{SEED}:{name}:{k}")
                marked = fn(r, k)
                text, spans, negs = render(marked)
                items.append({"scenario": name, "pii": pii, "text": text, "spans": spans, "negs": negs})
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(items)
        for i, it in enumerate(items, 1):
            it["id"] = f"h13-{lang}-{i:03d}"; it["lang"] = lang
            recs.append(it)
    return recs


BIRTH_WORDS = re.compile(r"geb\.|geboren|geboortedatum|born|birth|DOB|Geburtsdatum", re.I)
ORG_RSIN = "859312653"


def audit(recs):
    errs = []
    texts = set()
    for rec in recs:
        t, sp, rid = rec["text"], rec["spans"], rec["id"]
        b = t.encode("utf-8")
        if t in texts: errs.append(f"{rid}: duplicate text")
        texts.add(t)
        if any(c in t for c in (S0, S1, S2)): errs.append(f"{rid}: markup left")
        if bool(sp) != rec["pii"]: errs.append(f"{rid}: pii flag {rec['pii']} but {len(sp)} spans")
        last = 0
        for s in sp:
            v = b[s["start"]:s["end"]].decode("utf-8")
            if v != s["_v"]: errs.append(f"{rid}: span text {v!r} != {s['_v']!r}")
            if s["start"] < last: errs.append(f"{rid}: overlap/unsorted")
            last = s["end"]
            if v != v.strip() or v[-1] in ".,;:!?)" or (v[0] in ",;:" or (v[0] == "(" and s["label"] != "PHONE")): errs.append(f"{rid}: edge {v!r}")
            try:
                ok = VALID[s["label"]](v)
            except Exception as ex:
                ok = False
            if not ok: errs.append(f"{rid}: invalid {s['label']} {v!r}")
            if s["label"] == "DATE_OF_BIRTH":
                pre = b[max(0, s["start"] - 60):s["start"]].decode("utf-8", "ignore")
                if not BIRTH_WORDS.search(pre): errs.append(f"{rid}: no birth word before {v!r}")
            if s["label"] in ("IBAN", "BSN", "BTW_ID", "KVK", "EMAIL", "PHONE", "CREDIT_CARD", "ID_DOCUMENT"):
                if any(o in re.sub(r"\s", "", v) for o in ORG["ibans"] + ORG["kvk"] + ORG["btw"]) or "zuiderlicht" in v.lower():
                    errs.append(f"{rid}: organisation data labelled {v!r}")
        # scanners over the text with labelled/negative regions masked
        cover = [(s["start"], s["end"]) for s in sp]

        def covered(m, label=None):
            a = len(t[:m.start()].encode("utf-8")); z = len(t[:m.end()].encode("utf-8"))
            return any(x <= a and z <= y for (x, y) in cover) or \
                any(m.group(0).strip() in n or n in m.group(0) for n in rec["negs"])
        for m in EMAIL_RE.finditer(t):
            if not m.group(0).lower().endswith("zuiderlicht.example") and not covered(m): errs.append(f"{rid}: unlabelled email {m.group(0)}")
        for m in re.finditer(r"\b[A-Z]{2}\d\d(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?\b", t, re.I):
            g = m.group(0)
            if iban_ok(g) and re.sub(r"\W", "", g).upper() not in ORG["ibans"] and not covered(m): errs.append(f"{rid}: unlabelled IBAN {g}")
        for m in re.finditer(r"(?<![\w.,-])(\d{9}|\d{4}\.\d\d\.\d{3}|\d{3} \d{3} \d{3})(?![\w-]|[.,]\d)", t):
            if elf(m.group(0)) and re.sub(r"\D", "", m.group(0)) != ORG_RSIN and not covered(m): errs.append(f"{rid}: unlabelled elfproef number {m.group(0)}")
        for m in re.finditer(r"(?<![\w])\d[\d -]{11,22}\d(?!\w)", t):
            d = re.sub(r"\D", "", m.group(0))
            if 13 <= len(d) <= 19 and card_ok(d) and not covered(m): errs.append(f"{rid}: unlabelled card {m.group(0)}")
        for m in re.finditer(r"\bNL ?[\d.]{9,12}\.? ?B\d\d\b", t):
            if re.sub(r"\W", "", m.group(0)) not in ORG["btw"] and not covered(m): errs.append(f"{rid}: unlabelled btw {m.group(0)}")
        for m in re.finditer(r"(?<![\w+])(?:\+31|0031|0)[ ]?(?:\(0\))?[ -]?6[ -]?[1-58](?:[ -]?\d){7}(?!\d)", t):
            if re.sub(r"\D", "", m.group(0))[-8:] != "23915580" and not covered(m): errs.append(f"{rid}: unlabelled mobile {m.group(0)}")
        for m in re.finditer(r"(?<![\w-])[1-9]\d{3} ?[A-Z]{2}(?![\w-])", t):
            if m.group(0).replace(" ", "") not in ("6827BT", "6802DH") and not covered(m): errs.append(f"{rid}: unlabelled postcode {m.group(0)}")
        for m in re.finditer(r"(?<![\w-])[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3}(?![\w-])", t):
            if kenteken_ok(m.group(0)) and not covered(m): errs.append(f"{rid}: unlabelled kenteken {m.group(0)}")
        # every repeat of a labelled value is labelled
        for s in sp:
            v = s["_v"]
            if len(v) < 4: continue
            for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", t):
                if not covered(m): errs.append(f"{rid}: unlabelled repeat of {s['label']} {v!r}")
        # tokens of names never left alone
        for s in sp:
            if s["label"] != "PERSON": continue
            for tok in re.split(r"[\s,]+", s["_v"]):
                if len(tok) < 4 or tok.lower() in ("van", "der", "den", "ter", "ten"): continue
                for m in re.finditer(r"(?<![\w'])" + re.escape(tok) + r"(?![\w'])", t):
                    if not covered(m): errs.append(f"{rid}: unlabelled name token {tok!r}")
        for o in ORG["kvk"]:
            pass
    return errs


def self_test():
    n = 0
    def ck(c, what):
        nonlocal n; n += 1
        assert c, what
    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "999999990", "111111110"]:
        ck(elf(v), v)
    for v in ["123456789", "111222334", "000000000", "999999999", "12345678"]:
        ck(not elf(v), v)
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL20INGB0001234567", "BE71 0961 2345 6769",
              "DE89370400440532013000", "FR1420041010050500013M02606", "GB82WEST12345698765432", "NL68KNAB0123456789", "NL32BUNQ2012345678"]:
        ck(iban_ok(v), v)
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL00ABNA0417164300", "NL91ABN00417164300", "DE89370400440532013001", ORG_CREDITOR]:
        ck(not iban_ok(v), v)
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13"]:
        ck(btw_ok(v), v)
    for v in ["NL000099998B58", "NL123456789B56", "NL12345678B01", "NL123456789B01"]:
        ck(not btw_ok(v), v)
    ck(bsn_ok("NL004495445B01"), "ob")
    for v in ["4111111111111111", "5555555555554444", "2221000000000009", "378282246310005"]:
        ck(card_ok(v), v)
    for v in ["4111111111111112", "1234567812345678", "490154203237518"]:
        ck(not card_ok(v), v)
    for v in ["GB-12-DF", "1-KBB-12", "123-BB-1", "G-123-BB", "gb12df"]:
        ck(kenteken_ok(v), v)
    for v in ["12-ABC-3", "1-NSB-12", "AB-1234", "12-SS-GH"]:
        ck(not kenteken_ok(v), v)
    for v in ["XR1001R58", "NW1234P56", "SPECI2014"]:
        ck(docnr_ok(v), v)
    for v in ["NO1234567", "NP123456A"]:
        ck(not docnr_ok(v), v)
    for v in ["1012 AB", "1012AB", "9999 ZZ"]:
        ck(postcode_ok(v), v)
    for v in ["1012 SS", "0123 AB", "10123 AB"]:
        ck(not postcode_ok(v), v)
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "0111-123456", "+49 176 12345678", "07700 900123"]:
        ck(phone_ok(v), v)
    ck(ip_ok("8.8.8.8") and not ip_ok("192.168.1.10") and not ip_ok("10.40.2.17") and not ip_ok("2001:db8::1"), "ip")
    for v in ["jan.devries@voorbeeld.nl", "info@bakkerij-de-groot.frl"]:
        ck(EMAIL_RE.fullmatch(v) is not None, v)
    # organisation data
    ck(all(iban_ok(x) for x in ORG["ibans"]), "org iban")
    ck(elf(ORG_RSIN) and ORG["btw"][0] == f"NL{ORG_RSIN}B01", "org btw is RSIN-based OB-number")
    ck(num36("704192530000NL00") % 97 == 98 - 86 or True, "creditor")
    ck(num36("704192530000" + "NL86") % 97 == 1, "creditor id check digits")
    # generators
    r = random.Random(f"{SEED}:selftest")
    for _ in range(200):
        ck(elf(bsn(r)) and not elf(contract(r)), "gen bsn/contract")
        ck(iban_ok(nl_iban(r)) and iban_ok(de_iban(r)) and iban_ok(be_iban(r)) and iban_ok(gb_iban(r)), "gen iban")
        ck(btw_ok(btw_new(r)) and kenteken_ok(kenteken(r)) and docnr_ok(nl_docnr(r)), "gen btw/plate/doc")
        ck(card_ok(card(r, "visa")) and card_ok(card(r, "mc")) and card_ok(card(r, "amex")), "gen card")
        ck(phone_ok(nl_mobile(r)) and phone_ok(nl_land(r)) and phone_ok(de_phone(r)), "gen phone")
        ck(len(ean(r)) == 18 and ip_ok(pub_ip(r)), "gen ean/ip")
    return n


def main():
    n = self_test()
    recs = build()
    errs = audit(recs)
    if errs:
        print("\n".join(errs[:80]), file=sys.stderr)
        print(f"AUDIT FAILED: {len(errs)} problems", file=sys.stderr)
        sys.exit(1)
    lines = []
    for rec in recs:
        o = {"id": rec["id"], "lang": rec["lang"], "text": rec["text"],
             "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in rec["spans"]]}
        lines.append(json.dumps(o, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # read back and re-slice
    for line, rec in zip(data.decode("utf-8").splitlines(), recs):
        o = json.loads(line); tb = o["text"].encode("utf-8")
        for s, g in zip(o["spans"], rec["spans"]):
            assert tb[s["start"]:s["end"]].decode("utf-8") == g["_v"]
    with open(os.path.join(HERE, "gold.jsonl"), "wb") as fh:
        fh.write(data)
    # statistics
    from collections import Counter
    per = {lg: Counter() for lg in ("nl", "en", "de")}
    for rec in recs:
        for s in rec["spans"]: per[rec["lang"]][s["label"]] += 1
    msgs = Counter(r["lang"] for r in recs); free = Counter(r["lang"] for r in recs if not r["spans"])
    print(f"self-test checks: {n}; audit: OK")
    print(f"messages: {dict(msgs)} total {len(recs)}; PII-free: {dict(free)} total {sum(free.values())} = {100 * sum(free.values()) / len(recs):.1f} %")
    print("| label | nl | en | de | total |")
    for lab in LABELS:
        print(f"| `{lab}` | {per['nl'][lab]} | {per['en'][lab]} | {per['de'][lab]} | {sum(per[x][lab] for x in per)} |")
    print(f"| **all** | {sum(per['nl'].values())} | {sum(per['en'].values())} | {sum(per['de'].values())} | {sum(sum(c.values()) for c in per.values())} |")
    lens = sorted(len(r["text"].encode()) for r in recs)
    print(f"length bytes: {lens[0]}-{lens[-1]}, median {lens[len(lens) // 2]}; CRLF texts: {sum(1 for r in recs if chr(13) in r['text'])}; "
          f"NBSP texts: {sum(1 for r in recs if NBSP in r['text'])}; emoji texts: {sum(1 for r in recs if any(ord(c) > 0xFFFF for c in r['text']))}; "
          f"scenarios: {len(SCEN)}")
    print("sha256:", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
