#!/usr/bin/env python3
"""Held-out test set #2 for pii-scrubber. Deterministic, stdlib only, all data synthetic.
Markup inside templates: \u27e6LABEL|value\u27e7 -> value with a gold span."""
import json, random, re, os

R = random.Random(424242)
OPEN, CLOSE = "\u27e6", "\u27e7"

def M(label, v):
    return f"{OPEN}{label}|{v}{CLOSE}"
def PER(v): return M("PERSON", v)
def EM(v): return M("EMAIL", v)
def PH(v): return M("PHONE", v)
def IB(v): return M("IBAN", v)
def BS(v): return M("BSN", v)
def AD(v): return M("ADDRESS", v)
def PC(v): return M("POSTCODE", v)
def CC(v): return M("CREDIT_CARD", v)
def IP(v): return M("IP_ADDRESS", v)
def DOB(v): return M("DATE_OF_BIRTH", v)
def ID(v): return M("ID_DOCUMENT", v)
def LP(v): return M("LICENSE_PLATE", v)
def BTW(v): return M("BTW_ID", v)
def KVK(v): return M("KVK", v)

PAT = re.compile(OPEN + r"([A-Z_]+)\|(.*?)" + CLOSE, re.S)

def parse(marked):
    out, spans, pos, blen = [], [], 0, 0
    for m in PAT.finditer(marked):
        pre = marked[pos:m.start()]
        out.append(pre); blen += len(pre.encode())
        val = m.group(2)
        assert val == val.strip() and val, repr(val)
        spans.append({"start": blen, "end": blen + len(val.encode()), "label": m.group(1)})
        out.append(val); blen += len(val.encode())
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert OPEN not in text and CLOSE not in text
    return text, spans

# ---------------------------------------------------------------- checksums
def elf_ok(s):
    d = [int(c) for c in s]
    return len(d) == 9 and sum((9 - i) * d[i] for i in range(8)) - d[8] != 0 and \
        (sum((9 - i) * d[i] for i in range(8)) - d[8]) % 11 == 0

def bsn():
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
        c = sum((9 - i) * d[i] for i in range(8)) % 11
        if c < 10:
            s = "".join(map(str, d)) + str(c)
            if elf_ok(s): return s

def nine_fail():
    while True:
        s = str(R.randint(100000000, 999999999))
        if not elf_ok(s): return s

def nine_pass():
    return bsn()

def mod97(s):
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97

def iban(cc, bban):
    chk = 98 - mod97(bban + cc + "00")
    return f"{cc}{chk:02d}{bban}"

def digits(n): return "".join(str(R.randint(0, 9)) for _ in range(n))

def nl_iban():
    bank = R.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ", "RBRB"])
    return iban("NL", bank + str(R.randint(1, 9)) + digits(9))
def be_iban():
    first = str(R.randint(1, 9)) + digits(9)
    c = int(first) % 97 or 97
    return iban("BE", f"{first}{c:02d}")
def de_iban():
    return iban("DE", str(R.randint(1, 8)) + digits(7) + digits(10))
def gb_iban():
    return iban("GB", R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6) + digits(8))
def spaced(s, n=4): return " ".join(s[i:i + n] for i in range(0, len(s), n))
def bad_iban(cc="NL"):
    while True:
        good = {"NL": nl_iban, "BE": be_iban, "DE": de_iban}[cc]()
        chk = int(good[2:4]); bad = (chk + R.randint(1, 50)) % 100
        s = good[:2] + f"{bad:02d}" + good[4:]
        if mod97(s[4:] + s[:4]) != 1: return s

def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        s = body + c
        tot = 0
        for i, ch in enumerate(reversed(s)):
            d = int(ch)
            if i % 2 == 1:
                d *= 2
                if d > 9: d -= 9
            tot += d
        if tot % 10 == 0: return s
def card(kind=None):
    kind = kind or R.choice(["visa", "mc", "amex", "mc2"])
    if kind == "visa": return luhn_complete("4" + str(R.randint(0, 9)), 16)
    if kind == "mc": return luhn_complete("5" + str(R.randint(1, 5)), 16)
    if kind == "mc2": return luhn_complete(str(R.randint(2221, 2720)), 16)
    return luhn_complete(R.choice(["34", "37"]), 15)
def card_fmt(n, style):
    if style == "plain": return n
    if len(n) == 15: return f"{n[:4]} {n[4:10]} {n[10:]}"
    sep = " " if style == "space" else "-"
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))

def btw():
    while True:
        nine = digits(9)
        if nine == "000000000": continue
        for s in range(1, 100):
            v = f"NL{nine}B{s:02d}"
            if mod97(v) == 1: return v

def kvk(): return str(R.randint(1, 9)) + digits(7)

def rrn():  # Belgian national register number (NOT a label in design.md)
    yy, mm, dd = R.randint(50, 99), R.randint(1, 12), R.randint(1, 28)
    cnt = R.randint(1, 997)
    base = f"{yy:02d}{mm:02d}{dd:02d}{cnt:03d}"
    c = 97 - int(base) % 97
    return f"{yy:02d}.{mm:02d}.{dd:02d}-{cnt:03d}.{c:02d}"

CONS = "BDFGHJKLNPRSTVXZ"
BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS", "KVT", "VVD", "SP"]
def kenteken():
    while True:
        sc = R.choice(["XX-99-XX", "99-XX-XX", "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX"])
        s = "".join(R.choice(CONS) if c == "X" else (str(R.randint(1, 9)) if c == "9" else c) for c in sc)
        letters = "".join(ch for ch in s if ch.isalpha())
        if not any(b in letters for b in BANNED): return s

def de_plate():
    city = R.choice(["B", "M", "K", "HH", "F", "S", "MS", "HD", "L", "DO"])
    return f"{city}-{R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')} {R.randint(10, 9999)}"

NOO = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
def nl_docnr(first):
    mid = "".join(R.choice(NOO + "123456789") for _ in range(6))
    return first + R.choice(NOO) + mid + str(R.randint(1, 9))
def de_ausweis():
    s = "CFGHJKLMNPRTVWXYZ"
    return R.choice("LMNPRTVWXY") + "".join(R.choice(s + "0123456789") for _ in range(8))
def uk_passport(): return str(R.randint(1, 9)) + digits(8)

def imei():  # Luhn-valid 15 digits, TAC 35...
    return luhn_complete("35" + digits(6), 15)

# ---------------------------------------------------------------- phones
def nl_mobile():
    sub = str(R.randint(1, 5)) + digits(7)
    return R.choice([
        f"06-{sub}", f"06 {sub}", f"06 {sub[:4]} {sub[4:]}", f"06{sub}",
        f"+31 6 {sub}", f"+31 (0)6 {sub[:4]} {sub[4:]}", f"06-{sub[:2]} {sub[2:4]} {sub[4:6]} {sub[6:]}",
        f"0031 6 {sub[:4]} {sub[4:]}", f"+316{sub}"])
def nl_landline():
    area, n = R.choice([("020", 7), ("010", 7), ("030", 7), ("070", 7), ("050", 7), ("0111", 6), ("0575", 6), ("0181", 6), ("043", 7)])
    sub = str(R.randint(2, 9)) + digits(n - 1)
    return R.choice([f"{area}-{sub}", f"{area} {sub}", f"({area}) {sub}", f"+31 {area[1:]} {sub}"])
def be_mobile():
    sub = str(R.randint(5, 9)) + digits(7)
    return R.choice([f"04{sub[0]}{sub[1]} {sub[2:4]} {sub[4:6]} {sub[6:]}", f"+32 4{sub[:2]} {sub[2:4]} {sub[4:6]} {sub[6:]}",
                     f"04{sub[:2]}/{sub[2:4]}.{sub[4:6]}.{sub[6:]}", f"0032 4{sub}"])
def be_landline():
    return R.choice([f"09 {R.randint(2, 4)}{digits(2)} {digits(2)} {digits(2)}", f"050 {R.randint(3, 4)}{digits(1)} {digits(2)} {digits(2)}",
                     f"03 {R.randint(2, 8)}{digits(2)} {digits(2)} {digits(2)}"])
def de_mobile():
    pre, n = R.choice([("0151", 8), ("0152", 8), ("0176", 8), ("0171", 7), ("0160", 7), ("0170", 7)])
    sub = str(R.randint(1, 9)) + digits(n - 1)
    return R.choice([f"{pre} {sub}", f"{pre}-{sub}", f"{pre}/{sub}", f"+49 {pre[1:]} {sub}", f"+49 (0){pre[1:]} {sub}"])
def de_landline():
    area, n = R.choice([("030", 8), ("040", 8), ("089", 8), ("0221", 7), ("069", 8), ("0711", 7), ("0341", 7)])
    sub = str(R.randint(2, 9)) + digits(n - 1)
    return R.choice([f"{area} {sub}", f"{area}/{sub}", f"{area}-{sub}", f"+49 {area[1:]} {sub}"])
def uk_phone():
    return R.choice([f"07700 900{digits(3)}", f"+44 7700 900{digits(3)}", f"0113 496 0{digits(3)}",
                     f"+44 20 7946 0{digits(3)}", f"020 7946 0{digits(3)}", f"0161 496 0{digits(3)}"])

# ---------------------------------------------------------------- names, places
NL_FIRST_F = ["Sanne", "Femke", "Maaike", "Lotte", "Ilse", "Anouk", "Marloes", "Esther", "Inge", "Hanneke", "Willemijn", "Fleur", "Rianne", "Mirjam", "Ymke", "Jolien", "Tessel", "Geertje", "Noor", "Wietske"]
NL_FIRST_M = ["Daan", "Joris", "Wouter", "Thijs", "Bram", "Ruben", "Koen", "Jeroen", "Niels", "Sjoerd", "Gerrit", "Teun", "Hidde", "Stijn", "Gijs", "Maarten", "Rutger", "Freek", "Siebe", "Olaf"]
NL_LAST = ["de Vries", "van Dijk", "Hoekstra", "van der Meulen", "Kuipers", "Verhoeven", "de Graaf", "Postma", "van Leeuwen", "Brinkman", "ter Horst", "Wijnands", "Oosterhuis", "van den Broek", "Hendriks", "Veenstra", "de Ruiter", "Molenaar", "van Wijk", "Timmermans", "Groeneveld", "Kleiterp", "Dijkhuizen", "Bosschaert", "van Ommeren", "Stoelinga", "Haverkamp", "Luijendijk"]
BE_FIRST = ["Wout", "Lien", "Jens", "Elke", "Pieter-Jan", "Nele", "Kobe", "Griet", "Sander", "Hanne", "Bart", "Katrien"]
BE_LAST = ["Van den Bossche", "Peeters", "Claes", "Wouters", "De Smet", "Vermeulen", "Goossens", "Maes", "Janssens", "Van Damme", "De Clercq", "Verstraete"]
EN_FIRST = ["Oliver", "Chloe", "Hannah", "Callum", "Priya", "Gareth", "Siobhan", "Tom", "Rachel", "Imran", "Eleanor", "Declan", "Megan", "Rhys", "Fiona", "Alistair", "Naomi", "Kieran"]
EN_LAST = ["Whitfield", "Okafor", "Patel", "Hargreaves", "Brennan", "Lockwood", "Pemberton", "Ashworth", "McAllister", "Thornton", "Fairbairn", "Kowalski", "Douglas", "Rowntree", "Abernethy", "Cartwright"]
DE_FIRST = ["Jonas", "Lena", "Matthias", "Sabine", "Florian", "Katrin", "Tobias", "Annika", "Dieter", "Ulrike", "Henrik", "Miriam", "Lukas", "Franziska", "Jürgen", "Bettina"]
DE_LAST = ["Schneider", "Hoffmann", "Wagner", "Brandt", "Zimmermann", "Krüger", "Vogel", "Lehmann", "Hartmann", "Köhler", "Schäfer", "Böttcher", "Großmann", "Oberländer", "Weißenborn", "Kästner"]

NL_STREETS = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Lindelaan", "Populierenlaan", "Vondelstraat", "Julianalaan", "Beukenhof", "Zeeweg", "Havenkade", "Burgemeester Visserlaan", "Laan van Nieuw Oosteinde", "Oude Gracht", "Spoorsingel", "Van Speijkstraat", "Esdoornstraat", "Wilhelminaplein", "Kastanjedreef", "Noorderdijk", "Schoolsteeg"]
NL_TOWNS = ["Utrecht", "Zwolle", "Haarlem", "Leeuwarden", "Tilburg", "Amersfoort", "Groningen", "Delft", "Apeldoorn", "Deventer", "Breda", "Nijmegen", "Alkmaar", "Hoorn"]
BE_STREETS = ["Stationsstraat", "Kapelsesteenweg", "Dorpsplein", "Brugsesteenweg", "Sint-Pietersnieuwstraat", "Lindenlaan", "Kouter", "Vaartstraat"]
BE_PLACES = [("9000", "Gent"), ("2000", "Antwerpen"), ("3000", "Leuven"), ("8000", "Brugge"), ("2800", "Mechelen"), ("3500", "Hasselt"), ("8500", "Kortrijk")]
DE_STREETS = ["Hauptstraße", "Lindenweg", "Goetheplatz", "Bahnhofstraße", "Schillerstraße", "Rosenweg", "Friedrich-Ebert-Straße", "Gartenstr.", "Am Mühlbach", "Kirchplatz", "Waldweg", "Lessingstraße"]
DE_PLACES = [("10115", "Berlin"), ("50667", "Köln"), ("80331", "München"), ("20095", "Hamburg"), ("04109", "Leipzig"), ("48143", "Münster"), ("69117", "Heidelberg"), ("28195", "Bremen"), ("01067", "Dresden")]
UK_STREETS = ["Green Lane", "Albert Road", "Church Street", "Mill Close", "Victoria Avenue", "Station Road", "Park Crescent", "Beech Grove", "Queen's Drive"]
UK_PLACES = [("LS6 2QT", "Leeds"), ("M14 5RB", "Manchester"), ("BS8 1TH", "Bristol"), ("EH9 1PR", "Edinburgh"), ("CF24 4HQ", "Cardiff"), ("NG7 2RD", "Nottingham"), ("SW9 8LJ", "London"), ("OX4 1DS", "Oxford"), ("YO10 5DD", "York")]

TRANS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "'": ""})
def email_for(first, last, domains):
    f = first.lower().translate(TRANS).replace("-", "")
    l = last.lower().translate(TRANS).replace(" ", "").replace("-", "")
    local = R.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}_{l}{R.randint(70, 99)}", f"{f}{R.randint(1, 99)}", f"{l}.{f}"])
    return f"{local}@{R.choice(domains)}"

def cap_last(last):  # surname standing alone: capitalise tussenvoegsel
    return last[0].upper() + last[1:]

USED = set()

class Person:
    def __init__(self, lang, gender=None):
        for _ in range(50):
            self._make(lang, gender)
            if self.first not in USED and self.last not in USED:
                break
        USED.add(self.first); USED.add(self.last)

    def _make(self, lang, gender):
        if lang == "nl":
            g = gender or R.choice("fm")
            self.first = R.choice(NL_FIRST_F if g == "f" else NL_FIRST_M); self.last = R.choice(NL_LAST)
            doms = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "xs4all.nl", "live.nl", "planet.nl", "home.nl"]
        elif lang == "be":
            g = gender or R.choice("fm")
            self.first = R.choice(BE_FIRST); self.last = R.choice(BE_LAST)
            doms = ["telenet.be", "skynet.be", "proximus.be", "gmail.com"]
        elif lang == "en":
            g = gender or R.choice("fm")
            self.first = R.choice(EN_FIRST); self.last = R.choice(EN_LAST)
            doms = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com"]
        else:
            g = gender or R.choice("fm")
            self.first = R.choice(DE_FIRST); self.last = R.choice(DE_LAST)
            doms = ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"]
        self.g = g
        self.full = f"{self.first} {self.last}"
        self.email = email_for(self.first, self.last, doms)
        self.lastc = cap_last(self.last)

# ---------------------------------------------------------------- dates, numbers
NL_M = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
NL_MS = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DE_M = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
NL_WD = ["ma", "di", "wo", "do", "vr", "za", "zo"]
EN_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DE_WD = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]

def ymd(y0=1940, y1=2008):
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)
def dob_nl():
    y, m, d = ymd()
    return R.choice([f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d} {NL_M[m-1]} {y}",
                     f"{y}-{m:02d}-{d:02d}", f"{d} {NL_MS[m-1]} {y}"])
def dob_en():
    y, m, d = ymd()
    suf = "th" if d in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return R.choice([f"{d} {EN_M[m-1]} {y}", f"{EN_M[m-1]} {d}, {y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}",
                     f"{d}{suf} {EN_M[m-1]} {y}", f"{d} {EN_M[m-1][:3]} {y}"])
def dob_de():
    y, m, d = ymd()
    return R.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {DE_M[m-1]} {y}", f"{y}-{m:02d}-{d:02d}"])
def recent(fmt="nl"):
    y, m, d = R.choice([2023, 2024, 2025]), R.randint(1, 12), R.randint(1, 28)
    if fmt == "nl": return f"{d:02d}-{m:02d}-{y}"
    if fmt == "nlw": return f"{d} {NL_M[m-1]} {y}"
    if fmt == "en": return f"{d} {EN_M[m-1]} {y}"
    if fmt == "de": return f"{d:02d}.{m:02d}.{y}"
    if fmt == "iso": return f"{y}-{m:02d}-{d:02d}"
def hdr_date(lang):
    y, m, d, wd = 2024, R.randint(1, 12), R.randint(1, 28), R.randint(0, 6)
    hh, mi = R.randint(7, 22), R.randint(0, 59)
    if lang == "nl": return f"{NL_WD[wd]} {d} {NL_MS[m-1].rstrip('.')} {y} om {hh:02d}:{mi:02d}"
    if lang == "en": return f"{EN_WD[wd]}, {d} {EN_M[m-1][:3]} {y} at {hh:02d}:{mi:02d}"
    return f"{d:02d}.{m:02d}.{y} um {hh:02d}:{mi:02d}"
def tm(): return f"{R.randint(7, 22):02d}:{R.randint(0, 59):02d}"
def eur(lo=5, hi=2500):
    v = R.randint(lo * 100, hi * 100)
    e, c = divmod(v, 100)
    es = f"{e:,}".replace(",", ".")
    return f"{es},{c:02d}"
def gbp(lo=5, hi=900):
    v = R.randint(lo * 100, hi * 100); e, c = divmod(v, 100)
    return f"{e:,}.{c:02d}"
def nl_pc():
    while True:
        l = R.choice("ABCDEGHJKLMNPRSTVWXZ") + R.choice("ABCDEGHJKLMNPRSTVWXZ")
        if l not in ("SA", "SD", "SS"): break
    n = R.randint(1000, 9999)
    return R.choice([f"{n} {l}", f"{n} {l}", f"{n}{l}"])
def hnr(lang="nl"):
    n = R.randint(1, 240)
    if lang == "nl": return R.choice([str(n), str(n), f"{n}{R.choice('abc')}", f"{n}-{R.choice(['1', '2', 'II', 'hs', 'bis'])}", f"{n} {R.choice(['A', 'bg', 'rd'])}"])
    return str(n)
def nl_addr(): return f"{R.choice(NL_STREETS)} {hnr()}"
def de_addr(): return f"{R.choice(DE_STREETS)} {R.randint(1, 120)}{R.choice(['', '', 'a', 'b'])}"
def uk_addr(): return f"{R.randint(1, 180)} {R.choice(UK_STREETS)}"
def be_addr():
    n = R.randint(1, 200)
    return f"{R.choice(BE_STREETS)} {R.choice([str(n), f'{n} bus {R.randint(1, 12)}', f'{n}/{R.randint(1, 9)}'])}"
def order(): return str(R.randint(10000000, 99999999))
def inv(): return R.choice([f"F{R.randint(2023, 2025)}-{R.randint(1, 99999):05d}", f"INV-{R.randint(2023, 2025)}-{R.randint(1, 9999):04d}", f"RE-{R.randint(100000, 999999)}"])
def tt(): return R.choice([f"3S{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(4))}{digits(9)}", f"JVGL{digits(14)}", f"1Z{''.join(R.choice('0123456789ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(6))}{digits(10)}", f"00340434{digits(12)}"])
def sku(): return R.choice([f"HX-{R.randint(100, 9999)}-{R.choice(['BL', 'ZW', 'RD', 'GR'])}", f"SKU {digits(7)}", f"art.nr. {digits(6)}", f"{''.join(R.choice('ABCDEFGHKLMNPRSTVWXZ') for _ in range(3))}{digits(5)}"])
def ver(): return f"{R.randint(1, 12)}.{R.randint(0, 30)}.{R.randint(0, 9)}"
def pub_ip():
    return f"{R.choice([31, 62, 77, 81, 84, 85, 89, 94, 145, 176, 178, 185, 213, 217])}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"
def pub_ip6():
    h = lambda: f"{R.randint(1, 0xffff):x}"
    return R.choice([f"2a02:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}", f"2a02:a46e:{h()}:0:{h()}::{h()}", f"2001:1c02:{h()}:{h()}::{h()}"])
def priv_ip(): return R.choice([f"192.168.{R.randint(0, 2)}.{R.randint(2, 254)}", f"10.{R.randint(0, 20)}.{R.randint(0, 254)}.{R.randint(2, 254)}", f"172.16.{R.randint(0, 31)}.{R.randint(2, 254)}"])
def mac(): return ":".join(f"{R.randint(0, 255):02X}" for _ in range(6))
def quote(text, depth=1):
    p = ">" * depth
    return "\n".join((p + " " + l) if l else p for l in text.split("\n"))

# ================================================================ NL templates (with PII)
SHOPS_NL = ["Fietsplaats", "Jassenhuys", "Tuincentrum De Linde", "Wooncentrum Het Anker", "Koffiebranderij Noord", "Huishoudwinkel De Pan"]

def nl_thread_refund():
    c, a = Person("nl"), Person("nl")
    shop = R.choice(SHOPS_NL); ib = nl_iban(); ib = R.choice([ib, spaced(ib)])
    aanhef = "mevrouw" if c.g == "f" else "meneer"
    inner = (f"Goedemiddag,\n\nIk heb de jas (artikel {sku()}, maat M) op {recent()} teruggestuurd vanaf het PostNL-punt. "
             f"Mijn adres is {AD(nl_addr())}, {PC(nl_pc())} {R.choice(NL_TOWNS)}, voor het geval u het label wilt controleren. "
             f"Ik ben overdag bereikbaar op {PH(nl_mobile())}.\n\nVriendelijke groet,\n{PER(c.full)}")
    mid = (f"Beste {aanhef} {PER(c.lastc)},\n\nWij hebben uw retourzending met track & trace {tt()} op {recent()} ontvangen. "
           f"Om het bedrag van € {eur(40, 300)} terug te storten hebben wij uw IBAN nodig; in ons systeem staat alleen een iDEAL-betaling.\n\n"
           f"Met vriendelijke groet,\n{PER(a.full)}\nKlantenservice {shop}\n\n"
           f"Op {hdr_date('nl')} schreef {PER(c.full)} <{EM(c.email)}>:\n" + quote(inner))
    top = (f"Onderwerp: Re: Re: Retour bestelling {order()}\n\nHallo {PER(a.first)},\n\nDank voor het snelle antwoord. "
           f"Het rekeningnummer waarop het geld terug mag is {IB(ib)} t.n.v. {PER(c.full)}. Het ging om factuur {inv()}.\n\n"
           f"Groet,\n{PER(c.first)}\n\nOp {hdr_date('nl')} schreef {PER(a.full)} (Klantenservice {shop}):\n\n" + quote(mid))
    return top

def nl_form():
    c = Person("nl"); pc = nl_pc()
    body = R.choice([
        f"Mijn abonnement (contract {digits(7)}) is per {recent()} opgezegd, maar op {recent()} is er toch € {eur(10, 90)} afgeschreven. Graag terugstorten.",
        f"De monteur zou op {recent()} tussen 08:00 en 12:00 komen maar is niet verschenen. Ik heb een halve dag vrij genomen. Graag een nieuwe afspraak, liefst na 15:30.",
        f"Ik heb twee keer dezelfde factuur ontvangen ({inv()}, bedrag € {eur(20, 400)}). Welke moet ik betalen?",
    ])
    return (f"Nieuw bericht via het contactformulier (formulier-id {digits(6)}, verzonden {recent()} {tm()})\n\n"
            f"Naam: {PER(c.full)}\nAdres: {AD(nl_addr())}\nPostcode: {PC(pc)}\nWoonplaats: {R.choice(NL_TOWNS)}\n"
            f"Telefoonnummer: {PH(R.choice([nl_mobile(), nl_landline()]))}\nE-mailadres: {EM(c.email)}\n"
            f"Geboortedatum: {DOB(dob_nl())}\nKlantnummer: {digits(8)}\nOnderwerp: {R.choice(['Facturatie', 'Storing', 'Afspraak', 'Overig'])}\n"
            f"Bericht:\n{body}\n\n-- \nDit bericht is automatisch gegenereerd. IP-adres afzender: {IP(pub_ip())}")

def nl_chat():
    c, a = Person("nl"), Person("nl", "f"); addr = nl_addr(); pc = nl_pc(); nr = addr.split(" ")[-1]
    t0 = R.randint(8, 20)
    return (f"Chatgesprek #{digits(7)} – {recent('nlw')}\n"
            f"[{t0:02d}:41] Klant: goedemorgen, mijn pakket is nog steeds niet bezorgd (bestelling {order()})\n"
            f"[{t0:02d}:42] {PER(a.first)} (Klantenservice): Goedemorgen! Vervelend om te horen. Mag ik uw postcode en huisnummer?\n"
            f"[{t0:02d}:42] Klant: {PC(pc)}\n"
            f"[{t0:02d}:43] Klant: {AD(addr)} in {R.choice(NL_TOWNS)}\n"
            f"[{t0:02d}:44] {PER(a.first)} (Klantenservice): Dank u. Ik zie dat de vervoerder het op {recent()} om {tm()} heeft aangeboden. Op welk nummer kan de bezorger u bereiken?\n"
            f"[{t0:02d}:45] Klant: {PH(nl_mobile())}, of mail naar {EM(c.email)}\n"
            f"[{t0:02d}:46] {PER(a.first)} (Klantenservice): Genoteerd. Het pakket wordt morgen tussen 14:00 en 17:30 opnieuw aangeboden.\n"
            f"[{t0:02d}:46] Klant: top, dank je! groetjes {PER(c.first)}")

def nl_kenteken():
    c = Person("nl")
    return (f"Geachte heer/mevrouw,\n\nOp {recent()} om {tm()} heb ik geparkeerd in parkeergarage Centrum (P{R.randint(1, 6)}), "
            f"maar de slagboom herkende mijn kenteken {LP(kenteken())} niet. Ik heb toen bij de automaat betaald (€ {eur(3, 30)}) "
            f"en ook nog via de app (transactie {digits(10)}) – dus dubbel. Mijn abonnement (pasnummer {digits(6)}) was gewoon geldig tot {recent()}.\n\n"
            f"Mijn gegevens: {PER(c.full)}, {AD(nl_addr())}, {PC(nl_pc())} {R.choice(NL_TOWNS)}. Mobiel {PH(nl_mobile())}.\n\n"
            f"Met vriendelijke groet,\n{PER(c.full)}")

def nl_payroll():
    c, a, n = Person("nl"), Person("nl"), Person("nl", "f")
    b = bsn(); bf = R.choice([b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}"])
    return (f"Hoi {PER(a.first)},\n\nVoor de nieuwe medewerker die per 1 {R.choice(NL_M)} start hierbij de gegevens die nog ontbraken:\n"
            f"{PER(n.full)}, geboren op {DOB(dob_nl())}, BSN {BS(bf)}. Zij woont op {AD(nl_addr())}, {PC(nl_pc())} {R.choice(NL_TOWNS)}.\n"
            f"Haar IBAN: {IB(nl_iban())}.\nHet contract (nr. {digits(5)}) loopt {R.choice([6, 7, 12])} maanden, 32 uur per week, schaal 7 trede 4, "
            f"bruto € {eur(2800, 3900)} per maand.\n\nGroet,\n{PER(c.full)}\nHR / salarisadministratie")

def nl_belgie():
    c = Person("be"); pc, town = R.choice(BE_PLACES)
    return (f"Dag,\n\nIk woon in België en mijn bestelling {order()} ({R.randint(2, 6)} stuks, totaal € {eur(30, 400)}) werd teruggestuurd naar jullie magazijn. "
            f"Het adres is nochtans correct: {AD(be_addr())}, {PC(pc)} {town}. Mijn gsm-nummer is {PH(be_mobile())}, bel gerust, of op het werk {PH(be_landline())}.\n"
            f"Gelieve het bedrag terug te storten op {IB(spaced(be_iban()))}.\n"
            f"Jullie registratieformulier vroeg ook mijn rijksregisternummer; ik heb {rrn()} ingevuld maar ik zie niet goed waarom dat nodig is.\n\n"
            f"Met vriendelijke groeten,\n{PER(c.full)}")

def nl_zzp():
    c = Person("nl")
    return (f"Goedemiddag,\n\nIk ben zzp'er (schilder) en wil mijn account omzetten naar een zakelijk account. Mijn gegevens:\n"
            f"Bedrijfsnaam: Schildersbedrijf De Kwast\nKvK-nummer: {KVK(kvk())}\nBtw-id: {BTW(btw())}\n"
            f"Vestigingsadres: {AD(nl_addr())}, {PC(nl_pc())} {R.choice(NL_TOWNS)}\nContactpersoon: {PER(c.full)}, tel. {PH(nl_mobile())}\n\n"
            f"Graag de facturen vanaf factuur {inv()} opnieuw uitschrijven op de bedrijfsnaam, incl. 21% btw (nu staat er € {eur(50, 900)} excl.).\n\n"
            f"Groet,\n{PER(c.first)}")

def nl_card():
    c = Person("nl"); n = card(); st = R.choice(["plain", "space", "dash"])
    return (f"Hallo,\n\nBij het afrekenen van mijn hotelboeking (reservering {digits(4)}-{digits(4)}) is mijn creditcard twee keer belast: 2× € {eur(80, 700)}. "
            f"Het gaat om kaartnummer {CC(card_fmt(n, st))} (geldig t/m {R.randint(1, 12):02d}/{R.randint(26, 30)}). "
            f"Op het afschrift van {recent()} staan beide transacties met kenmerk {digits(6)}.\n\nKunnen jullie één van de twee terugboeken?\n\n"
            f"{PER(c.full)}\n{PH(nl_mobile())}")

def nl_passport():
    c, w, a = Person("nl", "m"), Person("nl", "f"), Person("nl")
    return (f"Beste {PER(a.first)},\n\nVoor de groepsreis naar Lissabon ({recent()} t/m {recent()}) geef ik hierbij de reisgegevens van mijn vrouw en mij door:\n"
            f"- {PER(c.full)}, geboren {DOB(dob_nl())}, paspoortnummer {ID(nl_docnr('N'))}\n"
            f"- {PER(w.full)}, geboren {DOB(dob_nl())}, ID-kaart {ID(nl_docnr('I'))}\n"
            f"Vluchtnummer TP{R.randint(600, 699)}, vertrek {tm()}, boekingscode {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}. "
            f"De aanbetaling van € {eur(200, 800)} is op {recent()} overgemaakt.\n\nHartelijke groet,\n{PER(c.first)}")

def nl_ip():
    c = Person("nl"); ip = R.choice([pub_ip(), pub_ip(), pub_ip6()]); x = R.randint(0, 2); dd = R.randint(10, 28)
    return (f"Hoi support,\n\nSinds de update naar versie {ver()} kan ik niet meer inloggen op het portaal. Ik krijg de melding "
            f"\"toegang geweigerd (code 403)\". Volgens jullie statuspagina zou mijn IP geblokkeerd zijn. Mijn publieke IP-adres is {IP(ip)} (thuis), "
            f"de router zelf is 192.168.{x}.1.\n\nLog:\n2024-03-{dd} 08:14:02 WARN  auth: blocked login from {IP(ip)} (attempt 5/5)\n"
            f"2024-03-{dd} 08:14:09 INFO  auth: client 192.168.{x}.{R.randint(2, 250)} retry after 300s\n"
            f"2024-03-{dd} 08:15:40 INFO  app: build {ver()} started in 1.84s\n\nKunnen jullie het deblokkeren?\n\nGroet, {PER(c.first)}")

def nl_verhuizing():
    c = Person("nl")
    return (f"Beste klantenservice,\n\nPer {recent('nlw')} verhuizen wij van {AD(nl_addr())} ({PC(nl_pc())}) naar {AD(nl_addr())}, "
            f"{PC(nl_pc())} {R.choice(NL_TOWNS)}. Willen jullie het leveringsadres voor het abonnement (klantnr. {digits(8)}) aanpassen? "
            f"Ons vaste nummer {PH(nl_landline())} vervalt dan; we zijn vanaf dat moment alleen nog bereikbaar op {PH(nl_mobile())}.\n\n"
            f"Alvast bedankt!\nFam. {PER(c.last)}")

def nl_derde():
    c, m = Person("nl"), Person("nl", "f")
    return (f"Goedemorgen,\n\nIk mail namens mijn moeder, mevrouw {PER(m.lastc)}, die zelf geen e-mail heeft. Haar telefoonnummer is {PH(nl_landline())}, "
            f"zij woont op {AD(nl_addr())} in {R.choice(NL_TOWNS)}. Kunnen jullie haar rechtstreeks bellen over het bezoek van de monteur op {recent()}? "
            f"Haar geboortedatum is {DOB(dob_nl())}, mochten jullie die nodig hebben om haar te vinden in het systeem.\n\n"
            f"Met vriendelijke groet,\n{PER(c.full)}")

def nl_rijbewijs():
    c = Person("nl")
    return (f"Hallo,\n\nIk heb bij jullie een auto gehuurd (contract {digits(6)}), kenteken {LP(kenteken())}. Bij het ophalen is mijn rijbewijs gescand; "
            f"het rijbewijsnummer is {ID(str(R.randint(4, 5)) + digits(9))}. Nu krijg ik een boete van € {eur(40, 300)} voor te hard rijden op {recent()} om {tm()} "
            f"op de A{R.randint(1, 50)}, maar toen stond de auto al weer bij jullie op het terrein (ingeleverd {recent()}, kilometerstand {R.randint(10000, 99999)}).\n\n"
            f"{PER(c.full)}, {EM(c.email)}")

def nl_dochter():
    c, k = Person("nl", "f"), Person("nl")
    k.last = c.last
    return (f"Hoi!\n\nVoor de zwemlessen van mijn dochter {PER(k.first)}: zij is geboren op {DOB(dob_nl())}, dus volgens mij valt ze nog onder het kindertarief "
            f"(€ {eur(8, 15)} per les i.p.v. € {eur(16, 25)}). Toch is er op {recent()} het volle bedrag geïncasseerd van {IB(nl_iban().lower() if R.random() < 0.3 else nl_iban())}. "
            f"Zou iemand mij kunnen terugbellen op {PH(nl_mobile())}?\n\nGroetjes,\n{PER(c.first)}")

def nl_obfusc():
    c = Person("nl"); f = c.first.lower(); dom = R.choice(["ziggo", "kpnmail", "xs4all", "planet"])
    return (f"[{tm()}] klant: ik krijg jullie mails niet meer binnen sinds {recent()}\n"
            f"[{tm()}] medewerker: Vervelend! Welk e-mailadres staat er bij u ingesteld?\n"
            f"[{tm()}] klant: {EM(f'{f}{R.randint(60, 99)} [at] {dom} [dot] nl')} (zonder spaties natuurlijk)\n"
            f"[{tm()}] medewerker: Dank u, ik zie dat dit adres op de blokkadelijst stond na 3 bounces. Ik heb het vrijgegeven.\n"
            f"[{tm()}] klant: super, bedankt. {PER(c.first)}")

NL_PII = [nl_thread_refund, nl_form, nl_chat, nl_kenteken, nl_payroll, nl_belgie, nl_zzp, nl_card, nl_passport,
          nl_ip, nl_verhuizing, nl_derde, nl_rijbewijs, nl_dochter, nl_obfusc]

# ================================================================ NL templates (no PII, hard negatives)
def nl_neg_complaint():
    o = R.choice([nine_fail(), nine_pass()])
    return (f"Onderwerp: Klacht bestelling {o} – nog steeds niet geleverd\n\nGoedendag,\n\n"
            f"Op {recent()} heb ik bij jullie besteld (ordernummer {o}, factuurnummer {inv()}). Totaalbedrag € {eur(100, 1900)}, waarvan € {eur(4, 9)} verzendkosten. "
            f"Volgens track & trace {tt()} lag het pakket op {recent()} om {tm()} 'bij de buren', maar niemand in de straat heeft iets ontvangen. "
            f"Het gaat om artikel {sku()} (2 stuks à € {eur(10, 90)}) en een geheugenkaart van 2048 MB.\n"
            f"Uw collega beloofde op {recent()} dat het binnen 3–5 werkdagen opgelost zou zijn. Inmiddels zijn we 14 dagen verder. "
            f"Ik verwacht uiterlijk {recent()} een terugbetaling, anders dien ik een klacht in bij de Geschillencommissie (dossier {R.randint(2023, 2025)}/{digits(5)}).\n\n"
            f"Een teleurgestelde klant")

def nl_neg_tech():
    return (f"Sinds firmware {ver()} (build 2024.{R.randint(1, 12):02d}.{R.randint(1, 28):02d}) valt de wifi elke nacht om 03:15 weg. "
            f"Modem: type CX-{R.randint(1000, 9999)}, serienummer {''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))}{digits(10)}, MAC {mac()}. "
            f"Interne IP {priv_ip()}, DNS 10.0.0.53, gateway 192.168.178.1. Ik heb al een fabrieksreset gedaan (stap 4.2.1 uit de handleiding, versie 10.2.0.1).\n"
            f"Snelheidstest van {recent()} {tm()}: {R.randint(300, 950)},{R.randint(0, 9)} Mbit/s down, {R.randint(20, 90)},{R.randint(0, 9)} up, ping {R.randint(5, 30)} ms. "
            f"Het abonnement kost € {eur(40, 70)} per maand voor 1000 Mbit/s, dus ik verwacht wel wat meer.\nIn 2023 en 2024 had ik dit probleem niet.")

def nl_neg_docs():
    return (f"Hallo,\n\nIn de handleiding (pagina {R.randint(5, 40)}, versie {ver()}) staat als voorbeeld-IBAN {spaced(bad_iban('NL'))}, "
            f"maar als ik dat nummer in jullie rekentool invoer krijg ik 'ongeldig rekeningnummer'. Ook het voorbeeld {bad_iban('NL')} op de website werkt niet.\n"
            f"Ons referentienummer is {nine_pass()} (zo staat het op de brief van {recent()}), het betalingskenmerk is {digits(4)} {digits(4)} {digits(4)} {digits(4)}.\n"
            f"Verder klopt het btw-bedrag niet: 21% van € {eur(100, 900)} is toch geen € {eur(10, 300)}?\n\nMet vriendelijke groet,\nde penningmeester van Volkstuinvereniging Ons Genoegen")

def nl_neg_chat():
    t = R.randint(8, 18)
    return (f"[{t:02d}:02] Klant: hoi, zijn jullie op tweede paasdag open?\n"
            f"[{t:02d}:03] Medewerker: Goedemorgen! Op maandag {recent('nlw')} zijn we open van 10:00 tot 17:00.\n"
            f"[{t:02d}:03] Klant: en kan ik dan een bestelling van {recent()} ophalen? nummer {order()}\n"
            f"[{t:02d}:04] Medewerker: Zeker, neem de bevestiging mee (de QR-code of de code {digits(4)}-{digits(4)}). Let op: de Kerkstraat is die dag afgesloten vanwege de markt, parkeren kan bij P+R Noord (€ 2,50 per dag).\n"
            f"[{t:02d}:05] Klant: top. van de week al 2x geprobeerd te bellen naar 0800 maar kwam er niet door\n"
            f"[{t:02d}:05] Medewerker: Excuses daarvoor, de wachttijd was gisteren 35 minuten. Fijne dag!")

def nl_neg_bevestiging():
    return (f"---------- Doorgestuurd bericht ----------\nOrderbevestiging {order()}\n\n"
            f"1× Stofzuiger VX-{R.randint(100, 999)} ({sku()})       € {eur(99, 399)}\n2× Filterset 4-pack ({sku()})    € {eur(9, 30)}\n"
            f"Verzendkosten                              € 0,00\nTotaal incl. btw                           € {eur(120, 450)}\n\n"
            f"Betaald met Mastercard **** **** **** {digits(4)} op {recent()} om {tm()}\nVerwachte levering: {recent('nlw')} tussen 14:00 en 16:30\n"
            f"Retourneren kan tot 30 dagen na ontvangst via retourcode RT{digits(8)}.\n\n"
            f"Hierboven de bevestiging. De filterset is niet meegeleverd, alleen de stofzuiger. Kunnen jullie die alsnog sturen?")

def nl_neg_energie():
    return (f"Geachte heer/mevrouw,\n\nIn de jaarafrekening van {recent()} (contractnummer {R.randint(2019, 2024)}-NL-{digits(5)}) staat een meterstand van "
            f"{digits(5)} kWh, terwijl ik op {recent()} {digits(5)} heb doorgegeven (foto bijgevoegd). EAN-code aansluiting: 8716{digits(14)}.\n"
            f"Daardoor moet ik € {eur(300, 1500)} bijbetalen en gaat het voorschot omhoog van € {eur(90, 150)} naar € {eur(160, 260)} per maand. "
            f"Ook is het vastrecht (€ {eur(5, 9)} per maand) twee keer gerekend over de periode 01-01 t/m 31-03.\n"
            f"Graag een gecorrigeerde nota vóór {recent()}.\n\nMet vriendelijke groet,\neen klant sinds 2016")

def nl_neg_belgie():
    return (f"Dag,\n\nIk betaalde factuur {inv()} van € {eur(20, 300)} met de gestructureerde mededeling +++{digits(3)}/{digits(4)}/{digits(5)}+++ via Bancontact, "
            f"maar kreeg op {recent()} toch een herinnering met € 15,00 administratiekosten. De betaling is vertrokken op {recent()} om {tm()} "
            f"(transactiereferentie {digits(16)}).\nWillen jullie dat rechtzetten? Het artikel (fietsonderdeel KL-{R.randint(10, 99)}-TR, maat 28 inch) is trouwens ook nog niet geleverd.\n\nGroeten")

NL_NEG = [nl_neg_complaint, nl_neg_tech, nl_neg_docs, nl_neg_chat, nl_neg_bevestiging, nl_neg_energie, nl_neg_belgie]

# ================================================================ EN templates (with PII)
def en_thread():
    c, a = Person("en"), Person("en"); pc, town = R.choice(UK_PLACES)
    inner = (f"Hi,\n\nI ordered the walnut bookcase (order {digits(3)}-{digits(7)}-{digits(7)}) on {recent('en')} and was told it would arrive within 10 working days. "
             f"It's now been three weeks. The delivery address is {AD(uk_addr())}, {town} {PC(pc)}. Please ring me on {PH(uk_phone())} "
             f"before sending the van, as the road is narrow.\n\nThanks,\n{PER(c.full)}")
    mid = (f"Dear {PER(c.first)},\n\nThank you for your patience. Our carrier reports the parcel (ref. {tt()}) was held at the depot because of a "
           f"missing door number. I have now added it and rebooked delivery for {recent('en')} between 07:00 and 13:00.\n\nKind regards,\n{PER(a.full)}\nCustomer Care\n\n"
           f"On {hdr_date('en')}, {PER(c.full)} <{EM(c.email)}> wrote:\n" + quote(inner))
    top = (f"Subject: RE: RE: Bookcase still not delivered\n\nHello {PER(a.first)},\n\nNobody came on the rebooked day either. I waited in from 7 until 2. "
           f"I'd like a refund of the £{gbp(200, 700)} delivery surcharge, or I'll cancel the whole order.\n\n{PER(c.first)}\n\n"
           f"On {hdr_date('en')}, {PER(a.full)} wrote:\n" + quote(mid))
    return top

def en_form():
    c = Person("en"); pc, town = R.choice(UK_PLACES)
    return (f"New submission – \"Request a callback\" form\nSubmitted: {recent('iso')} {tm()}:{R.randint(10, 59)} UTC\n\n"
            f"Name: {PER(c.full)}\nAddress: {AD(uk_addr())}\nTown: {town}\nPostcode: {PC(pc)}\nPhone: {PH(uk_phone())}\nEmail: {EM(c.email)}\n"
            f"Date of birth: {DOB(dob_en())}\nPolicy number: HH-{digits(8)}\nPreferred time: after 17:30\n"
            f"Message: My home insurance renewal went up from £{gbp(200, 400)} to £{gbp(500, 900)} without any claims. Please call me to discuss.")

def en_chat_card():
    c, a = Person("en"), Person("en"); n = card(); st = R.choice(["plain", "space", "space", "dash"])
    return (f"Live chat transcript – session {digits(9)}\n"
            f"[14:02] {PER(a.first)} (Agent): Hi, thanks for contacting us. How can I help?\n"
            f"[14:02] Customer: hi the payment for my subscription keeps failing, error code PAY-402\n"
            f"[14:03] Customer: card is {CC(card_fmt(n, st))} exp {R.randint(1, 12):02d}/{R.randint(26, 30)}\n"
            f"[14:04] {PER(a.first)} (Agent): Please don't share full card numbers in chat – I'll ask for this to be removed. "
            f"The failure on {recent('en')} was a 3-D Secure timeout (reference {digits(12)}).\n"
            f"[14:05] Customer: ok sorry. can you just email me at {EM(c.email)}\n"
            f"[14:05] {PER(a.first)} (Agent): Sure. You'll receive a new payment link within 15 minutes.")

def en_passport():
    c, s = Person("en"), Person("en")
    return (f"Hello,\n\nWe are booked on the ferry crossing on {recent('en')} (booking ref {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(3))}{digits(6)}). "
            f"The online check-in keeps rejecting our passport details. They are:\n\n"
            f"1. {PER(c.full)} – passport number {ID(uk_passport())}, date of birth {DOB(dob_en())}\n"
            f"2. {PER(s.full)} – passport number {ID(uk_passport())}, date of birth {DOB(dob_en())}\n\n"
            f"Both passports are valid until 2031. Vehicle: 1 car, under 1.85 m, £{gbp(150, 400)} paid.\n\nBest,\n{PER(c.first)}")

def en_iplog():
    c = Person("en"); ip1, ip2 = pub_ip(), pub_ip6()
    return (f"Hi security team,\n\nI got an alert that someone logged into my account. The last logins page shows:\n\n"
            f"{recent('iso')} 02:13:44 UTC  login ok     {IP(ip1)}   Chrome 122.0.6261.94 / Windows\n"
            f"{recent('iso')} 02:14:10 UTC  2FA changed  {IP(ip1)}\n{recent('iso')} 19:40:02 UTC  login ok     {IP(ip2)}   Safari 17.3 / iOS\n\n"
            f"The last one is me (home broadband), the first two are not. I've changed my password already. Account email: {EM(c.email)}\n\n"
            f"Cheers,\n{PER(c.full)}")

def en_expat():
    c = Person("en"); b = bsn()
    return (f"Dear Sir/Madam,\n\nI moved to the Netherlands last year and started working for a company in {R.choice(NL_TOWNS)}. My payslip for {R.choice(EN_M)} shows "
            f"the wrong tax rate. My BSN is {BS(b)} and my salary should be paid into {IB(spaced(nl_iban()))}, not into my old UK account.\n"
            f"My address here is {AD(nl_addr())}, {PC(nl_pc())} {R.choice(NL_TOWNS)}. Dutch mobile: {PH(nl_mobile())}.\n\n"
            f"Many thanks,\n{PER(c.full)}")

def en_refund_gb():
    c = Person("en")
    return (f"Hi,\n\nI returned the headphones (RMA {digits(6)}) on {recent('en')}; your portal says the return was accepted on {recent('en')} but I still haven't "
            f"received the €{eur(60, 300)} refund. The card I paid with has since been cancelled, so please refund by bank transfer to "
            f"{IB(gb_iban())} (account holder {PER(c.full)}).\n\nRegards,\n{PER(c.first)}")

def en_move():
    c = Person("en"); pc, town = R.choice(UK_PLACES); pc2, town2 = R.choice(UK_PLACES)
    return (f"Hello team,\n\nFrom {recent('en')} my wife and I will be living at {AD(uk_addr())}, {town2} {PC(pc2)}. Please update the billing and delivery "
            f"address on account {digits(10)} (currently {AD(uk_addr())}, {town} {PC(pc)}). Our landline is being disconnected; "
            f"the best number is my mobile, {PH(uk_phone())}.\n\nThanks,\n{PER(c.full)}")

def en_car():
    c = Person("en")
    return (f"Hi,\n\nI rented a car from your Schiphol branch (agreement {digits(8)}). The car, a grey hatchback with Dutch registration {LP(kenteken())}, "
            f"was returned on {recent('en')} at {tm()} with a full tank, yet you charged me €{eur(40, 120)} for fuel and €{eur(20, 80)} for \"cleaning\".\n"
            f"Please refund both charges.\n\n{PER(c.full)}\n{PH(R.choice([uk_phone(), nl_mobile()]))}")

def en_hr():
    c, e = Person("en"), Person("en")
    return (f"Hi {PER(c.first)},\n\nQuick one for the pension enrolment: new starter {PER(e.full)} (employee no. {R.randint(1000, 9999)}) joins on "
            f"{recent('en')}. DOB {DOB(dob_en())}, NI category A, salary band 4. Home address {AD(uk_addr())}, {PC(R.choice(UK_PLACES)[0])}. "
            f"Personal email {EM(e.email)}.\n\nThanks!")

def en_mixed_thread():
    c, a = Person("en"), Person("nl")
    inner = (f"Hello,\n\nI'm staying in Amsterdam until {recent('en')} and my bike was taken to the depot. The frame number is WAZ{digits(7)}. "
             f"You can reach me on {PH(nl_mobile())} or at {EM(c.email)}.\n\n{PER(c.full)}")
    mid = (f"Beste {PER(c.first)},\n\nUw fiets staat in het depot aan de Kabelweg. Ophalen kost € 27,50. Neem een geldig identiteitsbewijs mee.\n\n"
           f"Met vriendelijke groet,\n{PER(a.full)}\n\nOp {hdr_date('nl')} schreef {PER(c.full)} <{EM(c.email)}>:\n" + quote(inner))
    return (f"Sorry, I don't read Dutch very well – do I need to bring my passport? My passport number is {ID(uk_passport())} if you need to note it in advance.\n\n"
            f"{PER(c.first)}\n\nOn {hdr_date('en')}, {PER(a.full)} wrote:\n" + quote(mid))

EN_PII = [en_thread, en_form, en_chat_card, en_passport, en_iplog, en_expat, en_refund_gb, en_move, en_car, en_hr, en_mixed_thread]

# ================================================================ EN no-PII
def en_neg_complaint():
    return (f"Subject: Complaint – order #{digits(3)}-{digits(7)}-{digits(7)}\n\nHello,\n\nI'm writing about invoice INV-{R.randint(2023, 2025)}-{digits(5)} dated {recent('en')}. "
            f"I was charged €{eur(200, 1500)} but the quote (Q-{digits(6)}) said €{eur(150, 1200)} including VAT. The parcel, tracking number {tt()}, "
            f"arrived on {recent('en')} at {tm()} with the box crushed; item SKU {digits(8)}-{R.choice(['A', 'B', 'C'])} (4096 MB graphics card) does not start.\n"
            f"I have been a customer since 2014 and have spent well over €10.000,00 with you. I expect either a replacement or a full refund within 14 days.\n\nA very unhappy customer")

def en_neg_bug():
    return (f"Steps to reproduce (app v{ver()}, build {digits(4)}, Android 14):\n1. Open Settings > Sync\n2. Set server to {priv_ip()}:8443\n"
            f"3. Tap \"Test connection\"\n\nExpected: OK. Actual: \"TLS handshake failed\" after 30.2 s.\n\nLog excerpt:\n"
            f"{recent('iso')}T{tm()}:07.118Z ERROR net.Client connect 203.0.113.{R.randint(1, 254)}:443 timeout (retry 3/3)\n"
            f"{recent('iso')}T{tm()}:07.120Z DEBUG net.Dns resolved sync.internal -> 10.0.{R.randint(0, 9)}.{R.randint(2, 250)}\n"
            f"{recent('iso')}T{tm()}:07.121Z WARN  ui.Main frame time 48 ms (limit 16 ms)\n\n"
            f"Same on v{ver()}; worked on 1.2.3.4 (the old beta). Device IMEI {imei()} in case you need it for the crash report.")

def en_neg_chat():
    return (f"[09:12] Customer: hi, do you price match?\n[09:13] Agent: Hello! We match prices of UK retailers on identical items, within 7 days of purchase.\n"
            f"[09:14] Customer: the kettle is £{gbp(20, 60)} at another shop, I paid £{gbp(60, 90)} on {recent('en')}\n"
            f"[09:15] Agent: No problem – please reply with the receipt number (starts with R-) and a link to the other offer.\n"
            f"[09:16] Customer: R-{digits(4)}-{digits(4)}-{digits(3)}\n[09:18] Agent: Done, £{gbp(5, 30)} will be back on your card ending {digits(4)} in 3-5 working days.")

def en_neg_gdpr():
    return (f"To whom it may concern,\n\nUnder Article 17 of the GDPR I request that you delete all personal data you hold about me, including order history "
            f"from 2019 to 2024 and any marketing preferences. My account was closed on {recent('en')} (ticket {digits(7)}).\n"
            f"Please confirm within one month (30 days) as required. Note that your privacy policy (version {ver()}, last updated {recent('en')}) "
            f"says data is kept for 7 years, which seems excessive.\n\nRegards")

def en_neg_specs():
    return (f"Hi,\n\nThe laptop I bought (model ZB-{R.randint(100, 999)}, serial 5CD{digits(7)}) is listed with 16384 MB RAM and 1024 GB SSD but the system report shows "
            f"8192 MB and 512 GB. BIOS version {ver()}, firmware 10.2.0.1. Price paid: €{eur(700, 1800)} on {recent('en')}.\n"
            f"Card used ended in {digits(4)} (Visa). The sample card number printed in your manual, 4000 1234 5678 9010, doesn't even pass validation, by the way.\n"
            f"Please advise whether I can swap it at the store.")

EN_NEG = [en_neg_complaint, en_neg_bug, en_neg_chat, en_neg_gdpr, en_neg_specs]

# ================================================================ DE templates (with PII)
def de_addrline():
    plz, ort = R.choice(DE_PLACES)
    return f"{AD(de_addr())}, {PC(plz)} {ort}"

def de_thread():
    c, a = Person("de"), Person("de")
    anrede = "Frau" if c.g == "f" else "Herr"
    inner = (f"Guten Tag,\n\nich habe am {recent('de')} einen Kühlschrank (Bestellnr. {digits(9)}) bestellt, der beim Transport beschädigt wurde "
             f"(Delle in der Tür, Fotos anbei). Lieferadresse: {de_addrline()}. Sie erreichen mich tagsüber unter {PH(de_mobile())}.\n\n"
             f"Mit freundlichen Grüßen\n{PER(c.full)}")
    mid = (f"Sehr geehrte{'' if c.g == 'f' else 'r'} {anrede} {PER(c.last)},\n\nvielen Dank für Ihre Nachricht und die Fotos. Wir bieten Ihnen einen Preisnachlass von "
           f"{eur(50, 200)} € oder einen Austausch an. Bitte teilen Sie uns mit, was Ihnen lieber ist.\n\nFreundliche Grüße\n{PER(a.full)}\nKundenservice\n\n"
           f"Am {hdr_date('de')} schrieb {PER(c.full)} <{EM(c.email)}>:\n" + quote(inner))
    return (f"Betreff: AW: AW: Reklamation Kühlschrank\n\nHallo {anrede} {PER(a.last)},\n\nich nehme den Austausch. Bitte liefern Sie nicht vor dem {recent('de')}, "
            f"da wir bis dahin verreist sind. Meine Frau ist unter {PH(de_landline())} erreichbar.\n\nGruß\n{PER(c.first)}\n\n"
            f"Am {hdr_date('de')} schrieb {PER(a.full)}:\n" + quote(mid))

def de_form():
    c = Person("de"); plz, ort = R.choice(DE_PLACES)
    return (f"Kontaktformular – neue Anfrage (ID {digits(6)}, {recent('de')} {tm()} Uhr)\n\nAnrede: {'Frau' if c.g == 'f' else 'Herr'}\n"
            f"Name: {PER(c.full)}\nAdresse: {AD(de_addr())}\nPLZ/Ort: {PC(plz)} {ort}\nTelefon: {PH(R.choice([de_mobile(), de_landline()]))}\n"
            f"E-Mail: {EM(c.email)}\nGeburtsdatum: {DOB(dob_de())}\nVertragsnummer: V-{digits(7)}\n"
            f"Nachricht: Seit dem {recent('de')} funktioniert mein Internetanschluss nur mit 16 Mbit/s statt 250 Mbit/s. Ich zahle {eur(39, 60)} € im Monat. "
            f"Bitte schicken Sie einen Techniker, am besten vormittags zwischen 08:00 und 12:00.")

def de_chat():
    c, a = Person("de"), Person("de")
    return (f"Chatprotokoll {digits(8)} – {recent('de')}\n[10:42] Kunde: hallo, meine Rechnung {inv()} ist doppelt abgebucht worden\n"
            f"[10:42] {PER(a.first)} (Support): Guten Morgen! Das schaue ich mir gern an. Auf welches Konto wurde abgebucht?\n"
            f"[10:43] Kunde: {IB(R.choice([de_iban(), spaced(de_iban())]))}\n[10:44] Kunde: zweimal {eur(20, 200)} € am {recent('de')}\n"
            f"[10:45] {PER(a.first)} (Support): Danke. Die zweite Abbuchung wird storniert, das Geld ist in 3–5 Werktagen zurück.\n"
            f"[10:46] Kunde: super danke, grüße {PER(c.first)}")

def de_ausweis_tpl():
    c = Person("de")
    return (f"Hallo,\n\ndie Aktivierung meiner SIM-Karte (Auftrag {digits(10)}) hängt seit {recent('de')} bei der Identitätsprüfung. Beim Video-Ident wurde mein "
            f"Personalausweis mit der Nummer {ID(de_ausweis())} geprüft, ausgestellt am {recent('de')}. Geburtsdatum laut Ausweis: {DOB(dob_de())}.\n"
            f"Trotzdem steht im Kundenportal \"Identität nicht bestätigt\". Rufnummer der neuen Karte wäre {PH(de_mobile())}.\n\n"
            f"Viele Grüße\n{PER(c.full)}")

def de_lastschrift():
    c = Person("de")
    return (f"Sehr geehrte Damen und Herren,\n\nbitte ändern Sie ab sofort das Lastschriftmandat für Kundennummer {digits(8)}. Neue Bankverbindung:\n"
            f"Kontoinhaber: {PER(c.full)}\nIBAN: {IB(spaced(de_iban()))}\nBIC: {R.choice(['COBADEFFXXX', 'DEUTDEDBKOE', 'GENODEF1S02'])}\n\n"
            f"Meine Anschrift hat sich ebenfalls geändert: {de_addrline()}.\n\nMit freundlichen Grüßen\n{PER(c.full)}")

def de_kennzeichen():
    c = Person("de")
    return (f"Guten Tag,\n\nich habe am {recent('de')} von {tm()} bis {tm()} Uhr im Parkhaus am Hauptbahnhof geparkt (Ticket-Nr. {digits(10)}). Beim Ausfahren "
            f"wurde mein Kennzeichen {LP(de_plate())} nicht erkannt und ich musste den Tageshöchstsatz von {eur(20, 35)} € zahlen, obwohl ich einen Dauerparkvertrag habe "
            f"(Vertrag {digits(6)}, {eur(60, 120)} € monatlich).\nBitte erstatten Sie mir den Betrag.\n\nMfG\n{PER(c.full)}\n{de_addrline()}")

def de_nl_worker():
    c = Person("de")
    return (f"Hallo,\n\nich wohne in Deutschland und arbeite seit {recent('de')} in den Niederlanden. Für die Lohnabrechnung brauchen Sie meine BSN: "
            f"{BS(bsn())}. Gehalt bitte auf mein deutsches Konto {IB(de_iban())}. Wohnadresse: {de_addrline()}. Handy: {PH(de_mobile())}.\n"
            f"Ich bin am {DOB(dob_de())} geboren, falls das für die Anmeldung wichtig ist.\n\nBeste Grüße\n{PER(c.first)}")

def de_iplog():
    c = Person("de"); ip = R.choice([pub_ip(), pub_ip6()])
    return (f"Hallo Support,\n\nmein Konto wurde gesperrt (\"zu viele Anmeldeversuche\"). Ich war das aber nicht. Laut Sicherheitsprotokoll:\n"
            f"{recent('de')} 03:12:55  Anmeldung fehlgeschlagen  IP {IP(pub_ip())}\n{recent('de')} 03:13:02  Anmeldung fehlgeschlagen  IP {IP(pub_ip())}\n"
            f"Meine eigene IP zu Hause ist {IP(ip)}, im Heimnetz {priv_ip()}. Bitte entsperren Sie das Konto {EM(c.email)}.\n\nDanke\n{PER(c.full)}")

def de_dritte():
    c, m = Person("de"), Person("de", "f")
    return (f"Sehr geehrtes Team,\n\nich schreibe für meine Nachbarin, Frau {PER(m.last)}, die kein Internet hat. Ihr Telefonanschluss ({PH(de_landline())}) ist seit "
            f"{recent('de')} tot, Störungsnummer {digits(8)}. Ihre Adresse: {AD(de_addr())}; sie ist {R.randint(78, 92)} Jahre alt und auf das Telefon angewiesen. "
            f"Bitte rufen Sie mich unter {PH(de_mobile())} an, um einen Termin zu vereinbaren.\n\nMit freundlichen Grüßen\n{PER(c.full)}")

DE_PII = [de_thread, de_form, de_chat, de_ausweis_tpl, de_lastschrift, de_kennzeichen, de_nl_worker, de_iplog, de_dritte]

# ================================================================ DE no-PII
def de_neg_reklamation():
    return (f"Betreff: Reklamation Bestellung {nine_pass()}\n\nSehr geehrte Damen und Herren,\n\nzu meiner Bestellung {nine_pass()} vom {recent('de')} (Rechnungsnummer {inv()}, "
            f"Betrag {eur(200, 1500)} €) wurde laut Sendungsverfolgung ({tt()}) am {recent('de')} um {tm()} Uhr zugestellt – angekommen ist nur ein Paket von drei. "
            f"Es fehlen Artikel {sku()} und {sku()} im Wert von {eur(50, 300)} €.\n"
            f"Ihre Hotline hat mir am {recent('de')} eine Gutschrift über 25,00 € angeboten, das reicht nicht. Ich erwarte bis zum {recent('de')} die Nachlieferung.\n\nMit freundlichen Grüßen")

def de_neg_tech():
    return (f"Hallo,\n\nnach dem Update auf Version {ver()} startet die Software nicht mehr (Fehlercode 0x80070005). Betriebssystem Windows 11 23H2, Build 22631.{R.randint(1000, 4000)}. "
            f"Der Lizenzserver läuft bei uns auf {priv_ip()}, Port 27000; der Proxy ist 10.0.0.8:3128. Mit Version 10.2.0.1 ging es noch.\n"
            f"Lizenzschlüssel-ID (nicht der Schlüssel selbst): LIC-{digits(4)}-{digits(4)}. Arbeitsspeicher 32768 MB, Grafik 8192 MB.\nBitte um Rückmeldung bis {recent('de')}.")

def de_neg_docs():
    return (f"Guten Tag,\n\nin Ihrer Anleitung zur SEPA-Überweisung ist die Beispiel-IBAN {spaced(bad_iban('DE'))} angegeben – die wird von meiner Bank als ungültig abgelehnt. "
            f"Bitte korrigieren Sie das. Außerdem fehlt im Verwendungszweck-Beispiel die Kundennummer ({digits(4)}-{digits(4)}).\n"
            f"Die Steuer auf Rechnung {inv()} ist mit 19 % von {eur(100, 900)} € auch falsch berechnet.\n\nGruß")

def de_neg_chat():
    return (f"[08:58] Kunde: Hallo, haben Sie am {recent('de')} geöffnet?\n[08:59] Mitarbeiter: Guten Morgen! Ja, von 09:00 bis 18:00 Uhr, samstags bis 14:00.\n"
            f"[09:00] Kunde: und kann ich die Bestellung {digits(10)} dort abholen?\n[09:01] Mitarbeiter: Ja, bitte den Abholcode {digits(6)} mitbringen. Die Lieferung ist für {tm()} Uhr angekündigt.\n"
            f"[09:02] Kunde: danke, bis dann")

def de_neg_strom():
    return (f"Sehr geehrte Damen und Herren,\n\nin der Jahresabrechnung vom {recent('de')} (Vertragskonto {digits(12)}) wurde der Zählerstand {digits(6)} kWh geschätzt, "
            f"obwohl ich am {recent('de')} den Stand {digits(6)} gemeldet habe. Zählernummer 1ESY{digits(10)}, Marktlokation DE{digits(9)}.\n"
            f"Die Nachzahlung von {eur(300, 1200)} € und der neue Abschlag von {eur(80, 200)} € sind daher falsch.\n\nFreundliche Grüße")

DE_NEG = [de_neg_reklamation, de_neg_tech, de_neg_docs, de_neg_chat, de_neg_strom]

# ================================================================ assemble
def run():
    plan = [("nl", NL_PII, 41), ("nl", NL_NEG, 19), ("en", EN_PII, 33), ("en", EN_NEG, 17), ("de", DE_PII, 27), ("de", DE_NEG, 13)]
    recs = []
    for lang, funcs, n in plan:
        for i in range(n):
            f = funcs[i % len(funcs)]
            USED.clear()
            text, spans = parse(f())
            recs.append({"id": f"h2-{lang}-{len([r for r in recs if r['lang'] == lang]) + 1:03d}", "lang": lang,
                         "kind": f.__name__, "text": text, "spans": spans})
    # sanity: offsets map to non-blank, stripped values
    for r in recs:
        b = r["text"].encode()
        for s in r["spans"]:
            v = b[s["start"]:s["end"]].decode()
            assert v == v.strip() and v, (r["id"], v)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    free = sum(1 for r in recs if not r["spans"])
    print(f"{len(recs)} records, {free} PII-free ({free / len(recs):.0%}), {sum(len(r['spans']) for r in recs)} spans -> {out}")

if __name__ == "__main__":
    run()
