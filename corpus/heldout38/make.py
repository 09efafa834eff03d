#!/usr/bin/env python3
"""heldout38 generator: a Dutch driving school / motorcycle training centre (Rijopleidingen Pijlstaart).

Python 3.11, standard library only. Deterministic: every message instance uses
random.Random(f"h38:{scenario}:{k}") (string seeds are hashed with SHA-512, so PYTHONHASHSEED has no effect).
Runs a self test and an audit; refuses to write gold.jsonl if anything fails.
"""
import datetime, hashlib, ipaddress, json, os, random, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# ---------------------------------------------------------------- organisation (never labelled)
ORG = {
    "names": ["Rijopleidingen Pijlstaart", "Pijlstaart Rijopleidingen B.V.", "Rijschool Pijlstaart",
              "Motorschool Pijlstaart", "Fahrschule Pijlstaart", "Pijlstaart Driving School", "Pijlstaart"],
    "domains": ["pijlstaart-rijopleidingen.example"],
    "phones": ["033 462 1180", "06 4812 7730"],
    "ibans": ["NL90RABO0347712589", "NL42INGB0006624170"],
    "addresses": ["Kwartelkade 7, 3817 KP Amersfoort", "Postbus 2210, 3800 CE Amersfoort"],
    "kvk": ["70418823"],
    "btw": ["NL858204417B78"],
    "handles": ["@PijlstaartRij", "@pijlstaart.rijopleidingen"],
}
ORG_PHONE_NSN = {"334621180", "648127730"}
ORG_POSTCODES = {"3817 KP", "3817KP", "3800 CE"}
DOM = "pijlstaart-rijopleidingen.example"

# staff are persons (labelled wherever they appear)
STAFF = {"ruben": ("Ruben", "Hoefnagels", "rijinstructeur"), "sevda": ("Sevda", "Karaca", "motorinstructeur"),
         "marjolein": ("Marjolein", "Tiemens", "planning & administratie"), "jeroen": ("Jeroen", "Altena", "eigenaar"),
         "lukas": ("Lukas", "Brinkhaus", "Fahrlehrer"), "femke": ("Femke", "Oudshoorn", "klantenservice")}

# ---------------------------------------------------------------- own small name/street lists (written for this set)
NL_FIRST = ["Daan", "Sem", "Noor", "Fenna", "Jesse", "Lotte", "Thijs", "Mila", "Bram", "Sanne", "Joris", "Esmée",
            "Luuk", "Wessel", "Yara", "Gijs", "Maud", "Tijmen", "Anouk", "Stijn", "Merel", "Yassine", "Imane",
            "Soufiane", "Emre", "Elif", "Dilan", "Ravi", "Shanti", "Pieter-Jan", "Daniëlle", "Roos-Marie"]
NL_SUR = ["Verkerk", "Stoffels", "Ouwehand", "van Leeuwaarden", "de Kanter", "Bosscher", "Timmermans-Rook",
          "van 't Schip", "Heijboer", "Kloppenburg", "ter Wolde", "Pennings", "Rijnders", "El Khatib", "Yılmaz",
          "Aydemir", "Ramdin", "Lachman", "Hoekstra-Bol", "van Dalfsen", "Wijnbergen", "Scheepmaker"]
NL_PARENT_FIRST = ["Marianne", "Hendrik", "Saskia", "Ronald", "Ingrid", "Mustafa", "Fatma", "Wilco", "Petra", "Gerrit"]
DE_FIRST = ["Jonas", "Leonie", "Finn", "Marlene", "Niklas", "Greta", "Felix", "Johanna", "Till", "Clara", "Mats", "Ida"]
DE_SUR = ["Tenbrink", "Hölscher", "Große-Wietfeld", "Kemper", "Schürmann", "Wellbrock", "Roßmöller", "Terhorst",
          "van Heek", "Büscher", "Lammerding", "Overkämping"]
DE_PARENT_FIRST = ["Birgit", "Ralf", "Susanne", "Thorsten", "Heike", "Jürgen"]
EN_FIRST = ["Olivia", "Callum", "Priya", "Declan", "Aisha", "Rhys", "Niamh", "Ethan", "Zoe", "Oliver", "Freya", "Tobias"]
EN_SUR = ["Whitcombe", "Fairbairn", "O'Donnell", "Patel-Hughes", "Ashworth", "McKinnon", "Okafor", "Pemberton",
          "Lindqvist", "Hargreaves", "Castellano", "Nakamura"]
EN_PARENT_FIRST = ["Gillian", "Stuart", "Deborah", "Malcolm", "Ruth", "Anand"]

NL_STREETS = ["Kwikstaartlaan", "Hazelaarhof", "Sluisdijkstraat", "Heggenrankweg", "Buitenvaartkade", "Laan van Wulverhorst",
              "Molenbeekpad", "Zwaluwstraat", "Brederodeplantsoen", "Klaproosdreef", "Oude Eemweg", "Burg. Tersteegstraat"]
NL_TOWNS = [("Amersfoort", 3811, 3829), ("Leusden", 3831, 3836), ("Soest", 3761, 3768), ("Nijkerk", 3861, 3864),
            ("Barneveld", 3771, 3774), ("Hoevelaken", 3871, 3871), ("Baarn", 3741, 3744), ("Woudenberg", 3931, 3931)]
NL_ADDITIONS = ["", "", "", "a", "B", "-2", " hs", "-II", " bis"]
DE_STREETS = ["Lindenallee", "Am Kolkgraben", "Bocholter Straße", "Wiesenweg", "Kapellenstraße", "Zum Hünenberg"]
DE_TOWNS = [("Emmerich am Rhein", "46446"), ("Kleve", "47533"), ("Bocholt", "46397"), ("Gronau", "48599"),
            ("Goch", "47574"), ("Isselburg", "46419")]
UK_STREETS = ["Larch Close", "Marlowe Road", "Beacon Rise", "Tannery Lane", "Orchard Mews"]
UK_TOWNS = [("Bristol", "BS7"), ("Leeds", "LS6"), ("Cardiff", "CF24"), ("York", "YO31"), ("Norwich", "NR2")]
BE_STREETS = ["Kapelstraat", "Hoogveldlaan", "Beukenhof"]
BE_TOWNS = [("Lommel", "3920"), ("Mol", "2400"), ("Hasselt", "3500")]
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB", "RBRB"]
CONS = "BDFGHJKLNPRSTVXZ"

# ---------------------------------------------------------------- markup
O_, M_, C_ = "\ue000", "\ue001", "\ue002"
def m(label, v): return f"{O_}{label}{M_}{v}{C_}"
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
def HN(v): return m("HN", v)      # deliberate hard negative (not gold)
def NP(v): return m("NP", v)      # not a person (company with a surname etc.)
MARK_RE = re.compile(O_ + r"([A-Z_]+)" + M_ + r"(.*?)" + C_, re.S)

def render(src):
    out, spans, regions, pos = [], [], [], 0
    blen = 0
    for mt in MARK_RE.finditer(src):
        pre = src[pos:mt.start()]
        out.append(pre); blen += len(pre.encode())
        lab, val = mt.group(1), mt.group(2)
        s = blen; out.append(val); blen += len(val.encode())
        (spans if lab in LABELS else regions).append({"start": s, "end": blen, "label": lab, "value": val})
        pos = mt.end()
    out.append(src[pos:])
    text = "".join(out)
    assert O_ not in text and M_ not in text and C_ not in text, "unbalanced markup"
    return text, spans, regions

# ---------------------------------------------------------------- validators
def elfproef(d):
    d = re.sub(r"[ .\-]", "", d)
    if not d.isdigit() or len(d) not in (8, 9): return False
    d = d.zfill(9)
    if int(d) == 0: return False
    return (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 0

def m97(s): return int("".join(str(int(c, 36)) for c in s)) % 97
IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "GB": 22, "AT": 20, "FR": 27, "LU": 20}
IBAN_BBAN = {"NL": r"[A-Z]{4}\d{10}", "BE": r"\d{12}", "DE": r"\d{18}", "GB": r"[A-Z]{4}\d{14}", "AT": r"\d{16}",
             "FR": r"\d{10}[A-Z0-9]{11}\d{2}", "LU": r"\d{3}[A-Z0-9]{13}"}
def iban_ok(s):
    c = re.sub(r"[ .\-\u00a0]", "", s).upper()
    cc = c[:2]
    if cc not in IBAN_LEN or len(c) != IBAN_LEN[cc] or not re.fullmatch(IBAN_BBAN[cc], c[4:]): return False
    if not c[2:4].isdigit() or m97(c[4:] + c[:4]) != 1: return False
    if cc == "BE":
        n = int(c[4:14]) % 97 or 97
        if n != int(c[14:16]): return False
    return True

def luhn(d):
    d = re.sub(r"[ \-]", "", d)
    if not d.isdigit(): return False
    t = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2: x = x * 2 - 9 if x > 4 else x * 2
        t += x
    return t % 10 == 0
def card_ok(s):
    d = re.sub(r"[ \-]", "", s)
    if not d.isdigit() or not luhn(d): return False
    if d[0] == "4" and len(d) in (13, 16, 19): return True
    if 51 <= int(d[:2]) <= 55 and len(d) == 16: return True
    if 2221 <= int(d[:4]) <= 2720 and len(d) == 16: return True
    if d[:2] in ("34", "37") and len(d) == 15: return True
    if (d.startswith("6011") or d[:2] == "65") and len(d) == 16: return True
    if 3528 <= int(d[:4]) <= 3589 and len(d) == 16: return True
    if d[:3] in ("300", "301", "302", "303", "304", "305") and len(d) == 14: return True
    return False

def btw_ok(s):  # new btw-id: mod 97 in place, 9 digits fail the elfproef
    c = re.sub(r"[ .\-]", "", s).upper()
    if not re.fullmatch(r"NL\d{9}B\d{2}", c) or c.endswith("B00"): return False
    return m97(c) == 1
def ob_ok(s):   # old omzetbelastingnummer = BSN + B + 2 digits
    c = re.sub(r"[ .\-]", "", s).upper()
    mt = re.fullmatch(r"(?:NL)?(\d{9})B(\d{2})", c)
    return bool(mt) and mt.group(2) != "00" and elfproef(mt.group(1))

def postcode_nl_ok(s):
    c = re.sub(r"[ \-]", "", s).upper()
    if c.startswith("NL"): c = c[2:]
    return bool(re.fullmatch(r"[1-9]\d{3}[A-Z]{2}", c)) and c[4:] not in ("SA", "SD", "SS")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}")
def postcode_ok(s):
    return postcode_nl_ok(s) and s == s.upper() or bool(re.fullmatch(r"\d{4,5}", s)) or bool(UK_PC.fullmatch(s))

NL_DOC = re.compile(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d")
DE_DOC = re.compile(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}")
RES_DOC = re.compile(r"(?:I|II|III|IV|V)-V[A-NP-Z1-9]{8}")
def nl_doc_ok(s): return bool(NL_DOC.fullmatch(s.replace(" ", "").upper())) and s.replace(" ", "") == s.replace(" ", "").upper()
def id_ok(s, ctx):
    c = s.replace(" ", "")
    if nl_doc_ok(s) or RES_DOC.fullmatch(c): return True
    if re.fullmatch(r"\d{10}", c): return bool(re.search(r"rijbewijs|licen[cs]e|Führerschein", ctx, re.I))
    if re.fullmatch(r"\d{9}", c): return bool(re.search(r"passport", ctx, re.I))
    if DE_DOC.fullmatch(c): return bool(re.search(r"Ausweis|Reisepass|Personalausweis|ID card", ctx, re.I))
    return False

SIDECODES = ["XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9", "9-XXX-99",
             "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9"]
BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS", "KVT", "VVD"]
def _sc_re(sc, hy): return "".join("[A-Z]" if ch == "X" else r"\d" if ch == "9" else ("-" if hy else "") for ch in sc)
def kenteken_ok(s):
    u = s.upper().replace(" ", "-")
    hy = "-" in u
    for i, sc in enumerate(SIDECODES):
        if re.fullmatch(_sc_re(sc, hy), u):
            letters = re.findall(r"[A-Z]+", u)
            if any(b in "".join(letters) for b in BANNED): continue
            if i >= 3 and any(ch not in CONS + "MWY" for ch in "".join(letters)): continue
            return True
    return False
DE_PLATE = re.compile(r"[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} \d{1,4}[EH]?")
def plate_ok(s): return kenteken_ok(s) or bool(DE_PLATE.fullmatch(s))

NL_A2 = set("10 13 15 20 23 24 26 30 33 35 36 38 40 43 45 46 50 53 55 58 70 71 72 73 74 75 76 77 78 79".split())
NL_A3 = set("111 113 318 341 342 343 348 342 577 571 299 294".split())
DE_AREAS = ["30", "40", "69", "89", "221", "211", "251", "2821", "2822", "2871", "2561", "541", "2823"]
def nl_nsn(n):
    if re.fullmatch(r"6[1-58]\d{7}|970\d{8}", n): return True
    return len(n) == 9 and n[0] not in "6089" and (n[:2] in NL_A2 or n[:3] in NL_A3)
def be_nsn(n): return bool(re.fullmatch(r"4[5-9]\d{7}|[23][2-8]\d{6}|9[2-4]\d{6}|(?:50|56|59|11|14)\d{6}", n))
def de_nsn(n, intl=True):
    if re.fullmatch(r"1(?:5[1-9]|6[0-9]|7[0-9])\d{7,8}", n): return True
    return any(n.startswith(a) and 9 <= len(n) <= 11 for a in DE_AREAS if intl or len(a) == 4)
def uk_nsn(n): return bool(re.fullmatch(r"7700900\d{3}|117496\d{4}|161496\d{4}|207946\d{4}", n))
def phone_ok(s):
    t = s.replace("(0)", "")
    if re.search(r"[^\d +\-/.()]", t): return False
    d = re.sub(r"[\s\-/.()]", "", t)
    if d.startswith("+"): d = "00" + d[1:]
    for cc, f in (("0031", nl_nsn), ("0032", be_nsn), ("0049", de_nsn), ("0044", uk_nsn)):
        if d.startswith(cc):
            n = d[4:]
            if n.startswith("0"): n = n[1:]
            return f(n)
    if d.startswith("0") and not d.startswith("00"):
        n = d[1:]
        return nl_nsn(n) or be_nsn(n) or de_nsn(n, False) or uk_nsn(n)
    return False
def phone_nsn(s):
    t = s.replace("(0)", ""); d = re.sub(r"[\s\-/.()]", "", t)
    if d.startswith("+"): d = "00" + d[1:]
    if d.startswith("0031"): d = d[4:]
    elif d.startswith("0"): d = d[1:]
    return d.lstrip("0")

EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")
TLDS = {"nl", "com", "de", "uk", "be", "net", "org", "example", "eu", "io", "frl"}
def email_ok(s): return bool(EMAIL_RE.fullmatch(s)) and s.rsplit(".", 1)[1].lower() in TLDS and "@@" not in s
def ip_ok(s):
    try: a = ipaddress.ip_address(s)
    except ValueError: return False
    return a.is_global

MONTHS = {"januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
          "september": 9, "oktober": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mrt": 3, "apr": 4,
          "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
          "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10,
          "august": 8, "januar": 1, "februar": 2, "märz": 3, "mai": 5, "oktober": 10, "dezember": 12}
def parse_date(s):
    s2 = s.strip().lower().replace(",", "")
    mt = re.fullmatch(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})", s2)
    if mt: d, mo, y = map(int, mt.groups())
    elif (mt := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s2)): y, mo, d = map(int, mt.groups())
    elif (mt := re.fullmatch(r"(\d{1,2})\.? ([a-zä]+)\.? (\d{4})", s2)) and mt.group(2) in MONTHS:
        d, mo, y = int(mt.group(1)), MONTHS[mt.group(2)], int(mt.group(3))
    elif (mt := re.fullmatch(r"([a-z]+) (\d{1,2}) (\d{4})", s2)) and mt.group(1) in MONTHS:
        d, mo, y = int(mt.group(2)), MONTHS[mt.group(1)], int(mt.group(3))
    else: return None
    try: dt = datetime.date(y, mo, d)
    except ValueError: return None
    return dt if 1900 <= y <= 2025 else None
BIRTH_WORDS = re.compile(r"geboren|geb\.|geboortedatum|geb\.datum|born|birth|DOB|D\.O\.B|Geburtsdatum|Geburtstag|°", re.I)

def span_valid(label, v, text, s_char):
    ctx = text[max(0, s_char - 80):s_char]
    if label == "PERSON": return bool(re.fullmatch(r"[^\W\d_][\w'’.,\- ]*[\w.]", v)) and not re.search(r"\d", v)
    if label == "EMAIL": return email_ok(v) and not v.lower().endswith(DOM)
    if label == "PHONE": return phone_ok(v) and phone_nsn(v) not in ORG_PHONE_NSN
    if label == "IBAN": return iban_ok(v) and re.sub(r"[ \u00a0]", "", v).upper() not in ORG["ibans"]
    if label == "BSN": return elfproef(v) or ob_ok(v)
    if label == "ADDRESS": return bool(re.search(r"[A-Za-zÀ-ÿ]{3}", v) and re.search(r"\d", v))
    if label == "POSTCODE": return postcode_ok(v) and v not in ORG_POSTCODES
    if label == "CREDIT_CARD": return card_ok(v)
    if label == "IP_ADDRESS": return ip_ok(v)
    if label == "DATE_OF_BIRTH":
        after = text[s_char:s_char + len(v) + 40]
        return parse_date(v) is not None and bool(BIRTH_WORDS.search(ctx) or BIRTH_WORDS.search(after))
    if label == "ID_DOCUMENT": return id_ok(v, ctx)
    if label == "LICENSE_PLATE": return plate_ok(v)
    if label == "BTW_ID": return btw_ok(v) and v not in ORG["btw"]
    if label == "KVK": return bool(re.fullmatch(r"\d{8}", v)) and bool(re.search(r"kvk|kamer van koophandel|chamber of commerce|handelsregister", text[max(0, s_char - 40):s_char], re.I)) and v not in ORG["kvk"]
    return False

# ---------------------------------------------------------------- generators
def g_bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        c = sum((9 - i) * d[i] for i in range(8)) % 11
        if c < 10:
            s = "".join(map(str, d)) + str(c)
            if elfproef(s): return s
def g_nonbsn9(r):
    while True:
        s = str(r.randint(100000000, 999999999))
        if not elfproef(s): return s
def g_iban(r, cc="NL", spaced=False):
    if cc == "NL": bban = r.choice(NL_BANKS) + "".join(str(r.randint(0, 9)) for _ in range(10))
    elif cc == "DE": bban = "".join(str(r.randint(0, 9)) for _ in range(18))
    elif cc == "AT": bban = "".join(str(r.randint(0, 9)) for _ in range(16))
    elif cc == "GB": bban = r.choice(["BUKB", "NWBK", "LOYD", "MIDL"]) + "".join(str(r.randint(0, 9)) for _ in range(14))
    elif cc == "BE":
        f = "".join(str(r.randint(0, 9)) for _ in range(10)); bban = f + f"{(int(f) % 97 or 97):02d}"
    ck = 98 - m97(bban + cc + "00")
    s = f"{cc}{ck:02d}{bban}"
    assert iban_ok(s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s
def g_card(r, kind="visa"):
    while True:
        pre = {"visa": "4" + str(r.randint(10000, 99999)), "mc": str(r.randint(51, 55)) + str(r.randint(1000, 9999)),
               "mc2": str(r.randint(2221, 2720)) + str(r.randint(10, 99)), "amex": r.choice(["34", "37"]) + str(r.randint(1000, 9999))}[kind]
        n = 15 if kind == "amex" else 16
        body = pre + "".join(str(r.randint(0, 9)) for _ in range(n - len(pre) - 1))
        for c in "0123456789":
            if luhn(body + c):
                s = body + c
                if kind == "amex": return f"{s[:4]} {s[4:10]} {s[10:]}"
                return " ".join(s[i:i + 4] for i in range(0, 16, 4)) if r.random() < 0.7 else s
def g_btw(r):
    while True:
        n = g_nonbsn9(r)
        for sfx in range(1, 100):
            s = f"NL{n}B{sfx:02d}"
            if m97(s) == 1: return s
def g_pc_nl(r, lo, hi):
    while True:
        s = f"{r.randint(lo, hi)} {r.choice('BCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
        if postcode_nl_ok(s) and s not in ORG_POSTCODES: return s
def g_kenteken(r, sc=None):
    while True:
        sc = sc or r.choice(SIDECODES[6:11])
        s = "".join(r.choice(CONS) if ch == "X" else str(r.randint(0, 9)) if ch == "9" else "-" for ch in sc)
        if kenteken_ok(s) and not s.startswith("0"): return s
def g_doc(r, first="N"):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"; al2 = al + "123456789"
    while True:
        s = first + r.choice(al.replace("O", "")) + "".join(r.choice(al2) for _ in range(6)) + str(r.randint(1, 9))
        if nl_doc_ok(s): return s
def g_de_doc(r):
    al = "CFGHJKLMNPRTVWXYZ"; return r.choice(al) + "".join(r.choice(al + "0123456789") for _ in range(8))
def g_rijbewijs(r): return str(r.randint(5100000000, 5999999999))
def g_ip(r):
    while True:
        s = f"{r.randint(31, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if ip_ok(s): return s
def g_mobile_nl(r, form=None):
    n = "6" + str(r.randint(1, 5)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    if n in ORG_PHONE_NSN: return g_mobile_nl(r, form)
    forms = [f"0{n[:1]}-{n[1:]}", f"0{n[:1]} {n[1:]}", f"0{n[:1]} {n[1:5]} {n[5:]}", f"+31 {n[:1]} {n[1:]}",
             f"+31 (0)6 {n[1:5]} {n[5:]}", f"0031{n}", f"0{n}", f"06-{n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+31{n}"]
    s = forms[form if form is not None else r.randrange(len(forms))]
    assert phone_ok(s), s
    return s
def g_fixed_nl(r):
    a = r.choice(["33", "318", "342", "35", "30"])
    sub = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8 - len(a)))
    s = r.choice([f"0{a}-{sub}", f"0{a} {sub[:3]} {sub[3:]}", f"+31 {a} {sub}"])
    if phone_nsn(s) in ORG_PHONE_NSN: return g_fixed_nl(r)
    assert phone_ok(s), s
    return s
def g_mobile_de(r):
    p = r.choice(["151", "152", "160", "162", "170", "171", "176"]); sub = "".join(str(r.randint(0, 9)) for _ in range(8))
    s = r.choice([f"0{p} {sub}", f"+49 {p} {sub}", f"0{p}/{sub}", f"0049 {p} {sub[:4]} {sub[4:]}", f"0{p}-{sub}"])
    assert phone_ok(s), s
    return s
def g_fixed_de(r):
    a = r.choice(["2822", "2821", "2871", "2561"]); sub = "".join(str(r.randint(1, 9)) for _ in range(6))
    s = r.choice([f"0{a} {sub}", f"+49 (0){a} {sub}", f"0{a}/{sub}"]); assert phone_ok(s), s
    return s
def g_uk(r):
    s = r.choice([f"07700 900{r.randint(0, 999):03d}", f"+44 7700 900{r.randint(0, 999):03d}", f"0117 496 0{r.randint(0, 999):03d}"])
    assert phone_ok(s), s
    return s
def g_be_mobile(r):
    s = f"04{r.randint(70, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
    s = r.choice([s, "+32 " + s[1:]]); assert phone_ok(s), s
    return s

def person(r, pool):
    f = {"nl": NL_FIRST, "de": DE_FIRST, "en": EN_FIRST, "nlp": NL_PARENT_FIRST, "dep": DE_PARENT_FIRST, "enp": EN_PARENT_FIRST}[pool]
    s = {"nl": NL_SUR, "nlp": NL_SUR, "de": DE_SUR, "dep": DE_SUR, "en": EN_SUR, "enp": EN_SUR}[pool]
    return r.choice(f), r.choice(s)
def cap_sur(s): return s[0].upper() + s[1:]
def emailaddr(r, first, sur):
    lp = re.sub(r"[^a-z]", "", first.lower().replace("é", "e").replace("ë", "e")); ls = re.sub(r"[^a-z]", "", sur.lower().replace("ı", "i").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"))
    return r.choice([f"{lp}.{ls}", f"{lp}{ls}{r.randint(1, 99)}", f"{lp[0]}.{ls}", f"{lp}_{ls[:4]}"]) + "@" + r.choice(
        ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "icloud.com", "web.de", "gmx.de", "btinternet.com"])
def nl_addr(r):
    town, lo, hi = r.choice(NL_TOWNS)
    return f"{r.choice(NL_STREETS)} {r.randint(1, 212)}{r.choice(NL_ADDITIONS)}", g_pc_nl(r, lo, hi), town
def de_addr(r):
    town, plz = r.choice(DE_TOWNS)
    return f"{r.choice(DE_STREETS)} {r.randint(1, 88)}{r.choice(['', '', 'a', 'b'])}", plz, town
def uk_addr(r):
    town, out = r.choice(UK_TOWNS)
    pc = f"{out} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    return f"{r.randint(2, 140)} {r.choice(UK_STREETS)}", pc, town
def dob_nl(r, y0=2005, y1=2008):
    d = datetime.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))
    nlm = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
    return r.choice([d.strftime("%d-%m-%Y"), f"{d.day}-{d.month}-{d.year}", f"{d.day} {nlm[d.month - 1]} {d.year}", d.isoformat(), d.strftime("%d/%m/%Y")])
def dob_en(r, y0=1990, y1=2007):
    d = datetime.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))
    return r.choice([d.strftime("%d/%m/%Y"), f"{d.day} {d.strftime('%B')} {d.year}", f"{d.strftime('%B')} {d.day}, {d.year}", d.isoformat()])
def dob_de(r, y0=1995, y1=2007):
    d = datetime.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))
    dem = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
    return r.choice([d.strftime("%d.%m.%Y"), f"{d.day}. {dem[d.month - 1]} {d.year}", d.strftime("%d.%m.%Y")])
def fdate(r, fmt="nl"):
    d = datetime.date(2025, r.randint(1, 12), r.randint(1, 28))
    return {"nl": d.strftime("%d-%m-%Y"), "de": d.strftime("%d.%m.%Y"), "en": d.strftime("%d/%m/%Y"), "iso": d.isoformat()}[fmt]
def eur(r, lo=40, hi=3200): return f"€ {r.randint(lo, hi)},{r.choice(['00', '50', '95', '25'])}"
def hn_ref9(r): return g_bsn(r)   # elfproef-valid reference number: marked HN where used
def pick(k, opts): return opts[k % len(opts)]
def inv(r): return f"F2025-{r.randint(1000, 9999)}"

def sig_nl(r, key=None, dept="Planning"):
    who = f"{P(' '.join(STAFF[key][:2]))}\n{STAFF[key][2]} | " if key else f"Team {dept} | "
    return (f"\n\nMet vriendelijke groet,\n{who}Rijopleidingen Pijlstaart\nKwartelkade 7, 3817 KP Amersfoort\n"
            f"T 033 462 1180 | WhatsApp 06 4812 7730 | {r.choice(['planning', 'info', 'administratie'])}@{DOM}\n"
            f"KvK 70418823 | btw NL858204417B78 | IBAN NL90 RABO 0347 7125 89")
def sig_en(r, key=None):
    who = f"{P(' '.join(STAFF[key][:2]))}\n" if key else "The office team\n"
    return (f"\n\nKind regards,\n{who}Pijlstaart Driving School (Rijopleidingen Pijlstaart)\nKwartelkade 7, 3817 KP Amersfoort, NL\n"
            f"+31 33 462 1180 | english@{DOM}")
def sig_de(r, key=None):
    who = f"{P(' '.join(STAFF[key][:2]))}\n" if key else "Ihr Team der Fahrschule Pijlstaart\n"
    return (f"\n\nMit freundlichen Grüßen\n{who}Fahrschule Pijlstaart (Rijopleidingen Pijlstaart)\nKwartelkade 7, 3817 KP Amersfoort, Niederlande\n"
            f"Tel. +31 (0)33 462 1180 | deutsch@{DOM} | IBAN NL42 INGB 0006 6241 70")

PACKS = ["pakket Start (20 lessen)", "pakket Compleet (30 lessen + examen)", "spoedcursus 10 dagen", "losse les 60 min",
         "AM-bromfiets cursus", "motor A2 pakket", "faalangstexamen-traject", "opfriscursus"]
CARS = ["lesauto 2 (Polo)", "lesauto 3 (Peugeot 208)", "de Golf automaat (lesauto 5)", "lesauto 6 (Kia e-Niro)",
        "motor 1 (MT-07)", "motor 4 (CB500F)"]

# ================================================================ scenarios: NL with PII
def nl_booking_form(r, k):
    f, s = person(r, "nl"); a, pc, t = nl_addr(r); e = emailaddr(r, f, s)
    return (f"Nieuw aanmeldformulier via website ({fdate(r)} {r.randint(8, 22)}:{r.randint(10, 59)})\n"
            f"--------------------------------\nVoornaam: {P(f)}\nAchternaam: {P(s)}\nGeboortedatum: {DOB(dob_nl(r))}\n"
            f"E-mail: {EM(e)}\nTelefoon: {PH(g_mobile_nl(r))}\nAdres: {AD(a)}\nPostcode: {PC(pc)}\nWoonplaats: {t}\n"
            f"Pakket: {r.choice(PACKS)}\nVoorkeur dagen: {r.choice(['di/do middag', 'za ochtend', 'ma t/m vr na 16u'])}\n"
            f"Opmerking: {r.choice(['ik heb mijn theorie al gehaald!!', 'graag automaat', 'wil graag bij dezelfde instructeur als mijn zus', '-'])}\n"
            f"Formulier-id: WF-{r.randint(100000, 999999)}")
def nl_whatsapp(r, k):
    f, s = person(r, "nl"); st = r.choice(["ruben", "sevda", "femke"]); sf = STAFF[st][0]
    d = fdate(r); return (
        f"[{d} 07:{r.randint(10, 59)}] {P(f)}: hoi {P(sf)} ik ben ziek vandaag 🤒 kan de les van 16:30 verzet worden?\n"
        f"[{d} 07:{r.randint(10, 59)}] {P(sf)} (Pijlstaart): Hoi {P(f)}, beterschap! Binnen 24 uur afzeggen kost normaal €{r.randint(52, 62)},- maar ik kijk even\n"
        f"[{d} 08:0{r.randint(1, 9)}] {P(sf)} (Pijlstaart): donderdag 17:00 kan met {r.choice(CARS)}, ophalen bij {AD(nl_addr(r)[0])}?\n"
        f"[{d} 08:{r.randint(11, 59)}] {P(f)}: jaa top 👍👍 mn moeder belt nog ff over de factuur, haar nummer is {PH(g_mobile_nl(r))}\n"
        f"[{d} 08:{r.randint(11, 59)}] {P(sf)} (Pijlstaart): Prima! gr {P(sf)}")
def nl_parent_pays(r, k):
    cf, cs = person(r, "nl"); pf = r.choice(NL_PARENT_FIRST); ib = g_iban(r, "NL", spaced=r.random() < .5)
    tit = r.choice(["dhr.", "mevr.", "mw."]); init = f"{pf[0]}."
    return (f"Onderwerp: machtiging lespakket {P(cf)}\n\nGoedemiddag,\n\nIk betaal het rijlespakket van mijn {r.choice(['zoon', 'dochter'])} "
            f"{P(cf + ' ' + cs)} ({r.choice(PACKS)}). Willen jullie het bedrag van {eur(r, 1200, 2900)} in {r.choice(['3', '4', '6'])} termijnen "
            f"afschrijven van rekening {IB(ib)} t.n.v. {tit} {P(init + ' ' + cs)}?\n"
            f"De eerste factuur ({inv(r)}) heb ik al ontvangen. Liever niet naar het adres van mijn ex sturen maar naar "
            f"{AD(nl_addr(r)[0])}.\n\nMet vriendelijke groet,\n{P(pf + ' ' + cs)}\n{PH(g_fixed_nl(r) if r.random() < .5 else g_mobile_nl(r))}")
def nl_cbr_note(r, k):
    f, s = person(r, "nl"); st = r.choice(["ruben", "marjolein"]); doc = g_doc(r, r.choice("NI"))
    res = hn_ref9(r)
    return (f"INTERNE NOTITIE — examenaanvraag\nLeerling: {P(f + ' ' + s)} (leerlingnr. L-{r.randint(20000, 29999)})\n"
            f"geb. {DOB(dob_nl(r))}\nID: {r.choice(['paspoort', 'ID-kaart'])} {ID(doc)}, geldig t/m {fdate(r)[:6]}2031\n"
            f"Praktijkexamen B aangevraagd bij CBR {r.choice(['Amersfoort', 'Utrecht', 'Apeldoorn'])}, reserveringsnummer {HN(res)}\n"
            f"Voorkeur: {r.choice(['ochtend', 'na 13:00', 'geen maandag'])}. Tussentijdse toets behaald op {fdate(r)}.\n"
            f"Auto: {r.choice(CARS[:4])}. Instructeur: {P(STAFF['ruben'][0])}.\n/{P(STAFF[st][0].lower())}")
def nl_bsn_unasked(r, k):
    f, s = person(r, "nl"); b = g_bsn(r); bf = r.choice([b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}"])
    rb = g_rijbewijs(r)
    return (f"Op {fdate(r)} om 10:{r.randint(10, 59)} schreef {P(STAFF['femke'][0] + ' ' + STAFF['femke'][1])} <klantenservice@{DOM}>:\n"
            f"> Voor de CBR-machtiging heb je alleen DigiD nodig, je hoeft ons geen BSN te sturen.\n\n"
            f"oke maar voor de zekerheid: mijn bsn is {BS(bf)} en mijn {r.choice(['rijbewijsnummer', 'rijbewijsnr'])} (AM) is {ID(rb)}\n"
            f"machtiging staat nu op code 95? of hoe heet dat. groetjes {P(f)}")
def nl_own_car(r, k):
    f, s = person(r, "nl"); kt = g_kenteken(r); kt2 = r.choice([kt, kt.replace("-", ""), kt.lower()])
    return (f"Beste {r.choice(['meneer', 'mevrouw'])} {P(STAFF['sevda'][1])},\n\nVoor de AM-les op {fdate(r)} neem ik mijn eigen scooter mee "
            f"({r.choice(['Vespa Primavera', 'Piaggio Zip', 'Kymco Agility'])}, kenteken {KT(kt2)}). Verzekering loopt via mijn vader.\n"
            f"Kan ik hem stallen bij jullie aan de Kwartelkade? Ik woon {r.choice(['niet ver', 'ver weg'])} ({AD(nl_addr(r)[0])}).\n\nGroet,\n{P(f + ' ' + s)}")
def nl_complaint(r, k):
    f, s = person(r, "nl"); tit = r.choice(["dhr.", "mevr."])
    return (f"KLACHT!!!\n\nIK HEB NU AL {r.randint(3, 5)} KEER EEN LES GEHAD DIE NIET DOORGING EN TOCH MOET IK BETALEN. factuur {inv(r)} van {eur(r, 55, 250)} "
            f"klopt dus niet. Instructeur {P(STAFF['ruben'][1])} was {r.choice(['20 min te laat', 'er gewoon niet'])} en nam niet op.\n"
            f"ik wil {P(STAFF['jeroen'][0])} (de eigenaar) spreken. Bel me op {PH(g_mobile_nl(r))} of mail {EM(emailaddr(r, f, s))}.\n\n"
            f"{tit} {P(s)}" + (nl_long_quote(r) if k == 2 else ""))
def nl_long_quote(r):
    return ("\n\n-----Oorspronkelijk bericht-----\nVan: Rijopleidingen Pijlstaart <administratie@" + DOM + ">\n"
            f"Verzonden: {fdate(r)} 09:14\nOnderwerp: Herinnering factuur\n\n> Beste leerling,\n>\n"
            "> Volgens onze administratie staat er nog een bedrag open. Lessen die minder dan 24 uur van tevoren worden geannuleerd,\n"
            "> worden volgens artikel 7.2 van onze algemene voorwaarden (versie 2024-03) in rekening gebracht. Ook lessen die door\n"
            "> de leerling niet worden bijgewoond (no-show) worden volledig gefactureerd. Heeft u vragen over de planning, neem dan\n"
            "> contact op met de planning via 033 462 1180 (ma-vr 08:30-17:00) of stuur een WhatsApp naar 06 4812 7730.\n>\n"
            f"> Openstaand: {eur(r, 55, 250)} | Vervaldatum: {fdate(r)} | Klantnummer {g_nonbsn9(r)}\n"
            "> U kunt betalen via iDEAL in het leerlingportaal of overmaken naar NL90 RABO 0347 7125 89 t.n.v.\n"
            "> Pijlstaart Rijopleidingen B.V. onder vermelding van het factuurnummer. Een betalingsregeling is mogelijk;\n"
            "> vraag daarnaar bij de administratie. Bij uitblijven van betaling kunnen wij helaas geen nieuwe lessen of\n"
            "> examens (CBR) voor u reserveren.\n>\n> Met vriendelijke groet,\n> Team Administratie | Rijopleidingen Pijlstaart\n"
            "> Kwartelkade 7, 3817 KP Amersfoort | Postbus 2210, 3800 CE Amersfoort\n"
            "> KvK 70418823 | btw NL858204417B78\n> Dit bericht is automatisch verzonden; antwoorden op dit adres worden gelezen.")
def nl_payment_plan(r, k):
    f, s = person(r, "nl"); a, pc, t = nl_addr(r); ib = g_iban(r, "NL", True)
    tot = r.randint(900, 2400)
    return (f"Betalingsregeling — bevestiging\n\nBeste {P(f)},\n\nZoals besproken met {P(STAFF['marjolein'][0])} betaal je het openstaande bedrag "
            f"van € {tot},00 in {r.choice([3, 4, 5])} termijnen.\n\nNaam: {P(f + ' ' + s)}\nAdres: {AD(a)}, {PC(pc)} {t}\n"
            f"Incasso van: {IB(ib)}\nEerste termijn: {fdate(r)}\nDossier: BR-{r.randint(2025000, 2025999)}\n"
            f"Let op: bij een gemiste termijn vervalt de regeling." + sig_nl(r, "marjolein", "Administratie"))
def nl_address_change(r, k):
    f, s = person(r, "nl"); a, pc, t = nl_addr(r); a2 = nl_addr(r)[0]
    pcv = r.choice([pc, pc.replace(" ", "")])
    return (f"hoi, ik ben verhuisd! nieuw adres is {AD(a)} {PC(pcv)} {t.upper() if r.random() < .3 else t} "
            f"(was {AD(a2)}). Kunnen jullie me voortaan daar ophalen voor de les? lesauto {r.randint(2, 6)} is prima.\n"
            f"alvast bedankt, {P(f.lower() if r.random() < .5 else f)}")
def nl_zzp(r, k):
    f, s = person(r, "nl"); kv = str(r.randint(50000000, 99999999)); ib = g_iban(r, "NL", r.random() < .5)
    if k % 2: tax = f"btw-id {BTW(g_btw(r))}"
    else: tax = f"omzetbelastingnr. {BS(g_bsn(r) + 'B01')}"
    return (f"Factuur {r.randint(2025001, 2025099)} — inhuur als freelance rijinstructeur\n\nAan: Rijopleidingen Pijlstaart, t.a.v. {P(STAFF['jeroen'][0] + ' ' + STAFF['jeroen'][1])}\n"
            f"Periode: week {r.randint(10, 48)}, {r.randint(18, 32)} lesuren à € {r.randint(38, 46)},00\n"
            f"Totaal excl. btw: {eur(r, 700, 1500)}\n\nRijinstructie Middenland (eenmanszaak)\n{P(f + ' ' + s)}\n"
            f"KvK {KVK(kv)} | {tax}\nIBAN {IB(ib)}\nBetaling binnen 14 dagen graag.")
def nl_medical(r, k):
    f, s = person(r, "nl")
    return (f"Ha {P(STAFF['femke'][0])},\n\nIk heb de Gezondheidsverklaring bij het CBR ingevuld ({fdate(r)}) maar hij staat nog op 'in behandeling'. "
            f"Mijn naam is {P(f + ' ' + s)}, geboren op {DOB(dob_nl(r))}. Kan ik al wel examen aanvragen of moet ik wachten? "
            f"Ik heb gelezen dat het soms {r.randint(4, 10)} weken duurt.\n\nGroeten {P(f)}")
def nl_2todrive(r, k):
    f, s = person(r, "nl"); pf = r.choice(NL_PARENT_FIRST); rb = g_rijbewijs(r)
    return (f"Aanmelding 2toDrive (begeleid rijden)\nKandidaat: {P(f + ' ' + s)}, geb.datum {DOB(dob_nl(r, 2008, 2008))}\n"
            f"Coach 1: {P(pf + ' ' + s)}, rijbewijsnummer {ID(rb)}\nCoach 2: {r.choice(['n.v.t.', 'volgt later'])}\n"
            f"Examen pas na 17e verjaardag; coachpas wordt door CBR gestuurd.\nIngevoerd door {P(STAFF['marjolein'][0])} op {fdate(r)}")

# ================================================================ scenarios: NL without PII
def nl_free_price(r, k):
    return pick(k, [
        f"Hallo, wat kost een losse les bij jullie en hebben jullie ook automaat? Ik zag € {r.randint(55, 69)},- op de site maar bij {r.choice(['Rijschool Vlot', 'Autorijschool Het Stuur'])} is het goedkoper. Zit het examen ({eur(r, 120, 160)}) bij het {r.choice(PACKS)} in?",
        f"hoeveel lessen heb je gemiddeld nodig voor de motor? en is de {r.choice(['MT-07', 'CB500F'])} geschikt voor A2? thx",
        f"Goedendag, mijn werkgever wil een opfriscursus betalen voor {r.randint(2, 5)} collega's. Kunnen jullie een offerte sturen naar de afdeling HR? Wij zitten in Nijkerk. Offerteaanvraag nr. OA-{r.randint(300, 999)}.",
        f"Is lesauto 6 (de Kia) ook geschikt voor het examen automaat? en klopt het dat het CBR tarief per {fdate(r)} omhoog gaat naar {eur(r, 140, 170)}?"])
def nl_free_schedule(r, k):
    rows = "\n".join(f"{d};{r.randint(7, 17):02d}:{r.choice(['00', '30'])};{r.choice(CARS)};instr-{r.randint(1, 6)};{r.choice(['les', 'examen', 'TTT', 'onderhoud'])};{r.randint(60, 120)}"
                     for d in ["ma", "di", "wo", "do", "vr"][:r.randint(3, 5)])
    return (f"Export rooster week {r.randint(2, 50)} (planner v{r.randint(3, 5)}.{r.randint(0, 12)}.{r.randint(0, 9)})\n"
            f"dag;tijd;voertuig;instructeur;type;min\n{rows}\n-- {r.randint(20, 60)} lesuren gepland, bezetting {r.randint(70, 99)}%")
def nl_free_invoice(r, k):
    ref = hn_ref9(r); nref = g_nonbsn9(r)
    return (f"Betaalherinnering\n\nFactuurnummer: {HN(ref)}\nKlantnummer: {nref}\nFactuurdatum: {fdate(r)}\nBedrag: {eur(r)}\n"
            f"Betaald met: {r.choice(['Mastercard', 'Visa'])} **** **** **** {r.randint(1000, 9999)} (gedeeltelijk)\n"
            f"Openstaand: {eur(r, 20, 400)}\nBetalingskenmerk: 7{r.randint(100, 999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}\n"
            f"Maak het bedrag over naar NL90RABO0347712589 o.v.v. het factuurnummer." + sig_nl(r, None, "Administratie"))
def nl_free_system(r, k):
    return (f"[ticket #{r.randint(40000, 49999)}] Lesplanner app crasht na update naar versie {HN(f'{r.randint(4, 6)}.{r.randint(0, 14)}.{r.randint(0, 9)}.{r.randint(1, 30)}')} "
            f"(build {r.randint(1000, 9999)}). Tablet in {r.choice(CARS[:4])} heeft nog {HN('2048 MB')} vrij, Android {r.randint(11, 14)}. "
            f"Server intern 192.168.{r.randint(0, 9)}.{r.randint(2, 250)} reageert wel. Foutcode E-{r.randint(100, 999)}. "
            f"Graag fix voor {fdate(r)}. — planning")
def nl_free_social(r, k):
    return pick(k, [
        f"@PijlstaartRij hoe lang is de wachttijd voor een examen in Amersfoort op dit moment? 😩 #rijbewijs #cbr",
        f"Gefeliciteerd aan al onze geslaagden van deze week!! 🎉🚗 {r.randint(9, 19)} van de {r.randint(20, 25)} in één keer geslaagd. Volg ons op @pijlstaart.rijopleidingen",
        f"Vraagje @PijlstaartRij: mag je met een buitenlands rijbewijs les nemen in de Golf automaat? 🤔",
        f"Storing: onze telefoonlijn 033 462 1180 is tussen 14:00 en 15:30 niet bereikbaar. App ons op 06 4812 7730 📱"])
def nl_free_cbr(r, k):
    lines = "\n".join(f"- {fdate(r)} {r.randint(8, 15)}:{r.choice(['05', '20', '45'])} {r.choice(['B', 'A2', 'AM', 'B-automaat'])} "
                      f"res.nr {HN(hn_ref9(r)) if i == 0 else g_nonbsn9(r)} locatie {r.choice(['Amersfoort', 'Utrecht', 'Apeldoorn', 'Ede'])}"
                      for i in range(r.randint(3, 5)))
    return (f"Overzicht vrijgekomen examenplekken (CBR-capaciteit, batch {r.randint(100, 999)})\n{lines}\n"
            f"Let op: annuleren kost {eur(r, 40, 90)} tenzij > 5 werkdagen vooraf.")

# ================================================================ scenarios: EN with PII
def en_expat_booking(r, k):
    f, s = person(r, "en"); a, pc, t = nl_addr(r)
    return (f"Hi there,\n\nMy name is {P(f + ' ' + s)} and I moved to {t} from {r.choice(['Manchester', 'Dublin', 'Sydney'])} last year. "
            f"I'd like to book the {r.choice(['30-lesson package', 'intensive course'])} in English. Date of birth {DOB(dob_en(r))}, "
            f"I live at {AD(a)}, {PC(pc)} {t}.\nYou can reach me on {PH(r.choice([g_mobile_nl(r), g_uk(r)]))} or {EM(emailaddr(r, f, s))}.\n\nCheers,\n{P(f)}")
def en_licence_exchange(r, k):
    f, s = person(r, "en"); pp = str(r.randint(100000000, 999999999)); rp = "II-V" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(8))
    return (f"On {fdate(r, 'en')}, {P(STAFF['femke'][0] + ' ' + STAFF['femke'][1])} <english@{DOM}> wrote:\n> Could you send us the details of your residence permit?\n\n"
            f"Sure. Residence document {ID(rp)}, UK passport number {ID(pp)}. Born {DOB(dob_en(r, 1985, 2000))}. My South African licence "
            f"(ref {r.choice(['ZA', 'SA'])}-{r.randint(10000, 99999)}) is not exchangeable so I need the full course.\n\nThanks, {P(f + ' ' + s)}")
def en_card(r, k):
    f, s = person(r, "en"); kind = r.choice(["visa", "mc", "amex", "mc2"])
    return (f"Dear {P(STAFF['marjolein'][0])},\n\nI don't have iDEAL, so please charge invoice {inv(r)} ({eur(r, 200, 900)}) to my card: "
            f"{CC(g_card(r, kind))}, exp {r.randint(1, 12):02d}/{r.randint(26, 30)}, name on card {P(f.upper() + ' ' + s.upper())}.\n\n"
            f"Best,\n{P(f)}")
def en_whatsapp(r, k):
    f, s = person(r, "en"); st = r.choice(["ruben", "sevda"]); sf = STAFF[st][0]; d = fdate(r, 'en')
    return (f"{d}, 18:1{r.randint(0, 9)} - {P(f)}: hey {P(sf)}!! passed my theory 🥳🥳\n"
            f"{d}, 18:2{r.randint(0, 9)} - {P(sf)}: Congrats {P(f)}! 🎉 next lesson Sat 10:00 with {r.choice(CARS)}\n"
            f"{d}, 18:3{r.randint(0, 9)} - {P(f)}: can u pick me up at my friend's place? {AD(nl_addr(r)[0])}, her name's {P(r.choice(['Noor', 'Yara', 'Merel', 'Elif', 'Sanne']))} lol\n"
            f"{d}, 18:4{r.randint(0, 9)} - {P(sf)}: sure 👍")
def en_parent_pays(r, k):
    cf, cs = person(r, "en"); pf = r.choice(EN_PARENT_FIRST); cc = r.choice(["GB", "NL", "BE"])
    return (f"Subject: Re: payment for {P(cf)}'s lessons\n\nHello,\n\nI'm {P(cf)}'s {r.choice(['mum', 'dad'])}. Please refund the cancelled exam fee "
            f"({eur(r, 120, 160)}) to my account {IB(g_iban(r, cc, r.random() < .6))}, account holder {P(pf + ' ' + cs)}. "
            f"Reference: {inv(r)}.\n\nKind regards,\n{P(pf + ' ' + cs)}\n{PH(g_uk(r) if cc == 'GB' else g_be_mobile(r) if cc == 'BE' else g_mobile_nl(r))}")
def en_complaint(r, k):
    f, s = person(r, "en")
    return (f"I am writing to complain about my lesson on {fdate(r, 'en')}. The instructor, Mr {P(STAFF['ruben'][1])}, spent "
            f"{r.randint(10, 25)} minutes on his phone and the car (lesson car {r.randint(2, 6)}) had a warning light on. I paid {eur(r, 55, 70)} for this. "
            f"I expect a refund or a free lesson. Call me at {PH(g_mobile_nl(r))}.\n\n{P(f + ' ' + s)}")
def en_motorcycle(r, k):
    f, s = person(r, "en"); kt = g_kenteken(r, r.choice(["XX-99-XX", "99-XX-XX", "9-XXX-99", "XX-999-X"])); a, pc, t = nl_addr(r)
    return (f"Hi {P(STAFF['sevda'][0])},\n\nfor the A2 lessons I'd like to use my own bike, a {r.choice(['Kawasaki Z650', 'Honda CB500F', 'Yamaha MT-07'])} "
            f"with registration {KT(kt)}. It's insured in my name ({P(f + ' ' + s)}, {AD(a)}, {PC(pc)} {t}). Is that OK for the exam too?\n\n- {P(f)}")
def en_portal_ip(r, k):
    f, s = person(r, "en"); ip = g_ip(r)
    return (f"Support chat transcript #{r.randint(7000, 7999)}\nVisitor: {P(f + ' ' + s)} ({EM(emailaddr(r, f, s))})\n"
            f"Visitor: I keep getting 'access denied' on the lesson portal. It says my IP {IP(ip)} is blocked??\n"
            f"Agent {P(STAFF['femke'][0])}: Sorry about that, the filter blocks after 5 failed logins. I have unblocked it.\n"
            f"Visitor: thanks, browser is Firefox {r.randint(120, 131)}.0.{r.randint(1, 3)}")
def en_id_mismatch(r, k):
    f, s = person(r, "en"); doc = g_doc(r, r.choice("NI"))
    return (f"Internal note (CBR booking) — name mismatch\nPupil booked as \"{P(f + ' ' + s.split('-')[0])}\" but ID card {ID(doc)} says "
            f"{P(f + ' ' + s)}, date of birth {DOB(dob_en(r, 1998, 2007))}. Exam on {fdate(r, 'en')} must be rebooked under the name on the ID. "
            f"Fee {eur(r, 20, 40)} waived. — {P(STAFF['marjolein'][0])}")
def en_company(r, k):
    f, s = person(r, "en"); ef, es = person(r, "nl"); kv = str(r.randint(30000000, 89999999))
    return (f"Dear Sir/Madam,\n\nOur company {r.choice(['Brightline Logistics B.V.', 'Harbourview Solar B.V.', 'Tulip Freight B.V.'])} will pay for driving lessons "
            f"for our new employee {P(ef + ' ' + es)}. Please invoice us: Chamber of Commerce {KVK(kv)}, VAT {BTW(g_btw(r))}, PO number PO-{r.randint(4500000, 4599999)}.\n\n"
            f"Regards,\n{P(f + ' ' + s)}\nHR Business Partner")

# ================================================================ scenarios: EN without PII
def en_free_faq(r, k):
    return pick(k, [
        f"Do you offer lessons in English for the motorcycle A2 licence? And how much is the {r.choice(['theory course', 'exam package'])}? Saw €{r.randint(250, 450)} online.",
        f"Quick question - is the 10-day intensive course ({eur(r, 1900, 2600)}) available in {r.choice(['July', 'August', 'October'])}? thanks!!",
        f"What documents do I need for the practical exam? The CBR website says ID plus the 'machtiging'. Is a residence card OK? Asking for the course starting {fdate(r, 'en')}.",
        f"HI, DO YOU HAVE AUTOMATIC CARS? AND IS PARKING AT KWARTELKADE FREE? THANKS"])
def en_free_invoice(r, k):
    return (f"Invoice {inv(r)}\nDate: {fdate(r, 'en')}\nItems: {r.randint(5, 20)} x driving lesson 60 min @ € {r.randint(55, 65)}.00; exam fee CBR {eur(r, 120, 160)}\n"
            f"VAT 21%: {eur(r, 100, 500)}\nTotal: {eur(r, 600, 2000)}\nPaid by card ending 4{r.randint(100, 999)} (XXXX-XXXX-XXXX-{r.randint(1000, 9999)})\n"
            f"Order ref {HN(hn_ref9(r))} | contract C-{r.randint(2025100, 2025999)}" + sig_en(r))
def en_free_app(r, k):
    return (f"Bug report: the booking app v{r.randint(2, 4)}.{r.randint(0, 20)}.{r.randint(0, 9)} shows the wrong time zone for lessons after {fdate(r, 'en')}. "
            f"Device: iPhone {r.randint(11, 16)}, iOS {r.randint(16, 18)}.{r.randint(0, 5)}, storage {HN('2048 MB')} free. Release 10.4.{r.randint(0, 9)}.{r.randint(1, 99)}. "
            f"Log id 7f3a-{r.randint(1000, 9999)}.")
def en_free_slots(r, k):
    rows = "\n".join(f"{fdate(r, 'iso')},{r.randint(8, 16)}:{r.choice(['00', '30'])},{r.choice(['B', 'A2', 'AM'])},{r.choice(['Amersfoort', 'Utrecht', 'Ede'])},{r.choice(['free', 'taken', 'on hold'])}"
                     for _ in range(r.randint(3, 6)))
    return f"Exam slots export (CSV)\ndate,time,category,location,status\n{rows}\nGenerated {fdate(r, 'iso')}T0{r.randint(6, 9)}:00:00Z by slot-sync 1.{r.randint(2, 9)}"
def en_free_tracking(r, k):
    code = g_kenteken(r, "XX-99-XX")
    return (f"Your theory book order #{r.randint(100000, 999999)} has shipped. Tracking: 3SPJL{r.randint(10000000, 99999999)}. "
            f"Item code {HN(code)} (Theory Book B, 2025 edition) x{r.randint(1, 3)}. Expected {fdate(r, 'en')}. Questions? english@{DOM}")

# ================================================================ scenarios: DE with PII
def de_anmeldung(r, k):
    f, s = person(r, "de"); a, plz, t = de_addr(r)
    return (f"Anmeldung Fahrschule (Formular)\nName: {P(s + ', ' + f)}\nGeburtsdatum: {DOB(dob_de(r))}\nAnschrift: {AD(a)}, {PC(plz)} {t}\n"
            f"Handy: {PH(g_mobile_de(r))}\nE-Mail: {EM(emailaddr(r, f, s))}\nKurs: {r.choice(['Motorrad A2', 'Klasse B (niederländischer Führerschein)', 'AM Roller'])}\n"
            f"Hinweis: {r.choice(['Ich wohne in Deutschland, arbeite aber in Arnheim.', 'Unterricht bitte auf Deutsch.', '-'])}")
def de_eltern(r, k):
    cf, cs = person(r, "de"); pf = r.choice(DE_PARENT_FIRST); cc = r.choice(["DE", "AT", "NL"])
    return (f"Sehr geehrte Damen und Herren,\n\nich übernehme die Kosten für die Fahrstunden meiner {r.choice(['Tochter', 'Sohnes'])} {P(cf)}. "
            f"Bitte buchen Sie die Raten ({eur(r, 200, 600)} monatlich) von meinem Konto {IB(g_iban(r, cc, r.random() < .5))} ab "
            f"(Kontoinhaber: {P(pf + ' ' + cs)}). Rechnungsnummer {inv(r)}.\n\nMit freundlichen Grüßen\n{P(pf + ' ' + cs)}\nTel. {PH(g_fixed_de(r))}")
def de_umschreibung(r, k):
    f, s = person(r, "de"); doc = g_de_doc(r)
    return (f"Am {fdate(r, 'de')} um 09:{r.randint(10, 59)} schrieb {P(STAFF['lukas'][0] + ' ' + STAFF['lukas'][1])}:\n> Für die Anmeldung beim CBR brauchen wir Ihre Ausweisdaten.\n\n"
            f"Hallo Herr {P(STAFF['lukas'][1])},\nPersonalausweis Nr. {ID(doc)}, geboren am {DOB(dob_de(r))} in {r.choice(['Kleve', 'Wesel', 'Bocholt'])}. "
            f"Mein deutscher Führerschein Klasse B ist von {r.randint(2015, 2022)}.\nViele Grüße\n{P(f + ' ' + s)}")
def de_whatsapp(r, k):
    f, s = person(r, "de"); sf = STAFF["lukas"][0]; d = fdate(r, 'de')
    return (f"[{d}, 19:1{r.randint(0, 9)}] {P(f)}: Hi {P(sf)}, kann ich Samstag statt Freitag fahren? 🙏\n"
            f"[{d}, 19:2{r.randint(0, 9)}] {P(sf)}: Klar, Sa 09:00 mit {r.choice(CARS)}. Abholung wie immer {AD(de_addr(r)[0])}?\n"
            f"[{d}, 19:3{r.randint(0, 9)}] {P(f)}: ja passt 😊 falls was ist: {PH(g_mobile_de(r))}")
def de_beschwerde(r, k):
    f, s = person(r, "de")
    return (f"BESCHWERDE\n\nich bin sehr unzufrieden. Die Prüfung am {fdate(r, 'de')} wurde ohne Info abgesagt, Rechnung {inv(r)} über {eur(r, 120, 200)} "
            f"wurde trotzdem abgebucht. Ihr Kollege {P(STAFF['lukas'][0])} meinte, das sei ein Fehler vom CBR.\nBitte um Rückruf: {PH(g_mobile_de(r))}\n\n"
            f"{P(f + ' ' + s)}\n{AD(de_addr(r)[0])}")
def de_motorrad(r, k):
    f, s = person(r, "de")
    if k % 2: pl = f"{r.choice(['KLE', 'BOH', 'WES', 'BOR'])}-{r.choice(CONS)}{r.choice(CONS)} {r.randint(10, 999)}"
    else: pl = g_kenteken(r)
    return (f"Hallo {P(STAFF['sevda'][0])},\nfür die Stunde am {fdate(r, 'de')} komme ich mit meiner eigenen {r.choice(['Suzuki SV650', 'KTM 390 Duke', 'BMW G 310 R'])}, "
            f"Kennzeichen {KT(pl)}. Versicherung ist auf mich ({P(f + ' ' + s)}) angemeldet.\nLG {P(f)}")
def de_ratenzahlung(r, k):
    f, s = person(r, "de"); a, plz, t = de_addr(r)
    return (f"Ratenzahlungsvereinbarung\n\nSchuldner: {P(f + ' ' + s)}\nAnschrift: {AD(a)}, {PC(plz)} {t}\nGeburtsdatum: {DOB(dob_de(r, 1990, 2006))}\n"
            f"Konto: {IB(g_iban(r, r.choice(['DE', 'AT']), True))}\nGesamtbetrag: {eur(r, 800, 2500)}, {r.randint(3, 6)} Raten ab {fdate(r, 'de')}\n"
            f"Vorgang: RZ-{r.randint(10000, 99999)}" + sig_de(r, "marjolein"))
def de_bsn(r, k):
    f, s = person(r, "de"); b = g_bsn(r); a, pc, t = nl_addr(r)
    return (f"Guten Tag,\nich wohne seit {r.randint(2019, 2024)} in den Niederlanden ({AD(a)}, {PC(pc)} {t}). Meine BSN lautet {BS(r.choice([b, b[:3] + ' ' + b[3:6] + ' ' + b[6:]]))}. "
            f"Brauchen Sie die für die Anmeldung zur Theorieprüfung? Die Gemeinde hat mir einen DigiD-Brief geschickt.\nGruß\n{P(f + ' ' + s)}")

# ================================================================ scenarios: DE without PII
def de_free_preise(r, k):
    return pick(k, [
        f"Guten Tag, was kostet eine Fahrstunde (45 oder 60 Minuten?) und bieten Sie Unterricht auf Deutsch an? Ich wohne in Emmerich. Danke!",
        f"Hallo, gibt es bei Ihnen Motorrad A2 Intensivkurse im {r.choice(['Mai', 'Juni', 'September'])}? Preis ca. {eur(r, 1400, 2200)}?",
        f"Ist die Theorieprüfung beim CBR auch auf Deutsch möglich? Und wie lange dauert es bis zum Prüfungstermin ({r.randint(6, 14)} Wochen?)",
        f"Wie viel kostet die Prüfungsgebühr {fdate(r, 'de')[-4:]}? Auf der Website steht {eur(r, 130, 160)}, am Telefon (+31 33 462 1180) wurde etwas anderes gesagt."])
def de_free_rechnung(r, k):
    return (f"Rechnung Nr. {inv(r)} vom {fdate(r, 'de')}\nKundennummer: {g_nonbsn9(r)}\nLeistung: {r.randint(5, 15)} Fahrstunden à {eur(r, 55, 65)}\n"
            f"Summe: {eur(r, 400, 1200)} inkl. 21 % BTW\nReferenz: {HN(hn_ref9(r))}\nBitte überweisen an IBAN NL42 INGB 0006 6241 70 (BIC INGBNL2A)." + sig_de(r))
def de_free_pruefung(r, k):
    return (f"Prüfungstermine {r.choice(['Klasse B', 'A2', 'AM'])} – Stand {fdate(r, 'de')}\n" +
            "\n".join(f"* {fdate(r, 'de')}, {r.randint(8, 15)}:{r.choice(['00', '40'])} Uhr, Ort: {r.choice(['Amersfoort', 'Arnheim', 'Ede'])}, Reservierung {g_nonbsn9(r)}" for _ in range(r.randint(2, 4))) +
            f"\nStornierung bis {r.randint(3, 7)} Werktage vorher kostenlos.")
def de_free_system(r, k):
    return (f"Systemhinweis: Das Buchungsportal wird am {fdate(r, 'de')} von 22:00 bis 02:00 Uhr gewartet (Version {r.randint(3, 5)}.{r.randint(0, 9)}.{r.randint(0, 9)}). "
            f"Artikelnummer Warnweste {HN(g_kenteken(r, 'XX-99-XX'))}, Bestand {r.randint(10, 90)} Stück. Ticket INC-{r.randint(10000, 99999)}.")

SCENARIOS = [
    ("nl", True, nl_booking_form, 4), ("nl", True, nl_whatsapp, 4), ("nl", True, nl_parent_pays, 4), ("nl", True, nl_cbr_note, 4),
    ("nl", True, nl_bsn_unasked, 3), ("nl", True, nl_own_car, 3), ("nl", True, nl_complaint, 3), ("nl", True, nl_payment_plan, 3),
    ("nl", True, nl_address_change, 3), ("nl", True, nl_zzp, 3), ("nl", True, nl_medical, 2), ("nl", True, nl_2todrive, 2),
    ("nl", False, nl_free_price, 4), ("nl", False, nl_free_schedule, 3), ("nl", False, nl_free_invoice, 4),
    ("nl", False, nl_free_system, 3), ("nl", False, nl_free_social, 4), ("nl", False, nl_free_cbr, 4),
    ("en", True, en_expat_booking, 4), ("en", True, en_licence_exchange, 3), ("en", True, en_card, 3), ("en", True, en_whatsapp, 4),
    ("en", True, en_parent_pays, 3), ("en", True, en_complaint, 3), ("en", True, en_motorcycle, 3), ("en", True, en_portal_ip, 3),
    ("en", True, en_id_mismatch, 3), ("en", True, en_company, 3),
    ("en", False, en_free_faq, 4), ("en", False, en_free_invoice, 4), ("en", False, en_free_app, 3), ("en", False, en_free_slots, 4),
    ("en", False, en_free_tracking, 3),
    ("de", True, de_anmeldung, 4), ("de", True, de_eltern, 3), ("de", True, de_umschreibung, 3), ("de", True, de_whatsapp, 4),
    ("de", True, de_beschwerde, 3), ("de", True, de_motorrad, 3), ("de", True, de_ratenzahlung, 3), ("de", True, de_bsn, 3),
    ("de", False, de_free_preise, 4), ("de", False, de_free_rechnung, 4), ("de", False, de_free_pruefung, 3), ("de", False, de_free_system, 3),
]

# ================================================================ self test
def self_test():
    fails = []
    def chk(name, got, exp):
        if got != exp: fails.append(f"{name}: got {got}, expected {exp}")
    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "12345672", "012345672", "999999990", "111111110",
              "696579303", "103349856", "044126396", "656412689", "460455977", "879119330"]: chk(f"bsn {v}", elfproef(v), True)
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]: chk(f"bsn {v}", elfproef(v), False)
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789", "NL20INGB0001234567",
              "NL39RABO0300065264", "NL44RABO0123456789", "NL86INGB0002445588", "NL68KNAB0123456789", "NL32BUNQ2012345678",
              "BE71 0961 2345 6769", "DE89370400440532013000", "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606",
              "FR76 3000 6000 0112 3456 7890 189", "GB82WEST12345698765432"]: chk(f"iban {v}", iban_ok(v), True)
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300", "DE89370400440532013001",
              "BE68539007547035"]: chk(f"iban {v}", iban_ok(v), False)
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67", "0111-123456", "097012345678",
              "06 1234 5678", "06-12 34 56 78", "+31 6 12345678", "+316-12345678", "+32 470 12 34 56", "0470 12 34 56",
              "+49 30 12345678", "0151 23456789", "+49 (0)221 1234567", "0049 171 1234567", "07700 900123"]: chk(f"phone {v}", phone_ok(v), True)
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "067 1234567", "069 1234567", "020-123456", "012-3456789",
              "+32 470 12 34 5", "+49 151 234", "06-12-2023"]: chk(f"phone {v}", phone_ok(v), False)
    for v in ["1012 AB", "1012AB", "NL-2611ET", "9999 ZZ", "1000 AA"]: chk(f"pc {v}", postcode_nl_ok(v), True)
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]: chk(f"pc {v}", postcode_nl_ok(v), False)
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]: chk(f"doc {v}", nl_doc_ok(v), True)
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]: chk(f"doc {v}", nl_doc_ok(v), False)
    chk("rijbewijs ctx", id_ok("5123456789", "rijbewijsnummer "), True); chk("rijbewijs no ctx", id_ok("1700000000", "ref "), False)
    chk("res doc", id_ok("III-V123AL568", ""), True)
    for v in ["AB-12-34", "12-34-XY", "12-AB-34", "GB-12-DF", "XB-PK-12", "12-DF-GH", "12-GBX-3", "1-KBB-12", "VB-123-X", "G-123-BB",
              "GBB-12-X", "G-12-BBB", "1-BB-123", "123-BB-1", "gbb12x"]: chk(f"kt {v}", kenteken_ok(v), True)
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]: chk(f"kt {v}", kenteken_ok(v), False)
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]: chk(f"btw {v}", btw_ok(v), True)
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL111234567B01", "NL12345678B01"]: chk(f"btw {v}", btw_ok(v), False)
    chk("ob NL004495445B01", ob_ok("NL004495445B01"), True); chk("ob NL111234567B01", ob_ok("NL111234567B01"), False)
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005", "6011111111111117",
              "3530111333300000", "30569309025904"]: chk(f"card {v}", card_ok(v), True)
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]: chk(f"card {v}", card_ok(v), False)
    chk("luhn imei", luhn("490154203237518"), True)
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM", "info@bakkerij-de-groot.frl"]: chk(f"email {v}", email_ok(v), True)
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld", "icon@2x.png"]: chk(f"email {v}", email_ok(v), False)
    for v in ["8.8.8.8", "2a02:a46b:5182:1::69"]: chk(f"ip {v}", ip_ok(v), True)
    for v in ["192.168.1.10", "10.40.2.17", "127.0.0.1", "256.1.1.1", "010.001.001.001", "2001:db8::1", "192.0.2.1", "00:1A:2B:3C:4D:5E"]: chk(f"ip {v}", ip_ok(v), False)
    for v in ["12-03-1985", "5 mei 1960", "17 okt 2001", "03/07/1979", "29.02.1992", "1985-03-12", "March 12, 1985", "13. Juli 1984"]:
        chk(f"date {v}", parse_date(v) is not None, True)
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999"]: chk(f"date {v}", parse_date(v) is not None, False)
    # organisation data is consistent and never valid as a customer value
    for i in ORG["ibans"]: chk(f"org iban {i}", iban_ok(i), True)
    chk("org btw mod97", m97(ORG["btw"][0]) == 1, True); chk("org btw elfproef fails", elfproef(ORG["btw"][0][2:11]), False)
    for p in ORG["phones"]: chk(f"org phone {p}", phone_ok(p), True)
    # generators
    for i in range(300):
        r = random.Random(f"selftest:{i}")
        chk("g_bsn", elfproef(g_bsn(r)), True); chk("g_nonbsn9", elfproef(g_nonbsn9(r)), False)
        for cc in ("NL", "DE", "BE", "GB", "AT"): chk(f"g_iban {cc}", iban_ok(g_iban(r, cc, i % 2 == 0)), True)
        for kd in ("visa", "mc", "mc2", "amex"): chk(f"g_card {kd}", card_ok(g_card(r, kd)), True)
        b = g_btw(r); chk("g_btw", btw_ok(b) and not elfproef(b[2:11]), True)
        chk("g_kenteken", kenteken_ok(g_kenteken(r)), True); chk("g_doc", nl_doc_ok(g_doc(r, "N")), True)
        chk("g_ip", ip_ok(g_ip(r)), True); chk("g_pc", postcode_nl_ok(g_pc_nl(r, 3811, 3829)), True)
        for g in (g_mobile_nl, g_fixed_nl, g_mobile_de, g_fixed_de, g_uk, g_be_mobile): chk(g.__name__, phone_ok(g(r)), True)
        chk("dob_nl", parse_date(dob_nl(r)) is not None, True); chk("dob_en", parse_date(dob_en(r)) is not None, True)
        chk("dob_de", parse_date(dob_de(r)) is not None, True)
    return fails

# ================================================================ audit
NAME_TOKENS = sorted({n for lst in (NL_FIRST, NL_SUR, NL_PARENT_FIRST, DE_FIRST, DE_SUR, DE_PARENT_FIRST, EN_FIRST, EN_SUR, EN_PARENT_FIRST) for n in lst}
                     | {x for v in STAFF.values() for x in v[:2]})
def _covered(a, b, ivs): return any(s < b and a < e for s, e in ivs)
def audit(records, meta):
    errs = []
    texts = Counter(rec["text"] for rec in records)
    for t, c in texts.items():
        if c > 1: errs.append(f"duplicate text: {t[:60]!r}")
    for rec, (pii, regions) in zip(records, meta):
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        b = text.encode()
        def tag(x): errs.append(f"{rid}: {x}")
        if pii and not spans: tag("PII scenario without spans")
        if not pii and spans: tag("PII-free scenario with spans")
        last = 0; civ = []
        for sp in spans:
            s, e, lab = sp["start"], sp["end"], sp["label"]
            if lab not in LABELS: tag(f"bad label {lab}")
            if s < last: tag("spans overlap/unsorted")
            last = e
            try: v = b[s:e].decode()
            except UnicodeDecodeError: tag(f"span {s}-{e} not on char boundary"); continue
            try: b[:s].decode()
            except UnicodeDecodeError: tag(f"start {s} not on char boundary")
            if v != v.strip() or not v or v[0] in ",.;:" or v[-1] in ",;:": tag(f"span edge {v!r}")
            cs = len(b[:s].decode()); civ.append((cs, cs + len(v)))
            if not span_valid(lab, v, text, cs): tag(f"invalid {lab}: {v!r}")
            if lab == "POSTCODE" and v in ORG_POSTCODES: tag("org postcode labelled")
            for o in ORG["names"] + [DOM]:
                if o in v: tag(f"org data inside span {v!r}")
        # every repeat of a labelled value is labelled (or inside a span)
        for sp in spans:
            v = b[sp["start"]:sp["end"]].decode()
            for mt in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
                if not _covered(mt.start(), mt.end(), civ): tag(f"value {v!r} also unlabelled")
        # exclusion intervals: spans, HN/NP regions, organisation data
        hiv = [(len(b[:g['start']].decode()), len(b[:g['end']].decode())) for g in regions]
        oiv = []
        for o in ORG["names"] + ORG["addresses"] + ORG["btw"] + ORG["kvk"] + ORG["handles"] + ["NL90 RABO 0347 7125 89", "NL42 INGB 0006 6241 70"] + ORG["ibans"]:
            oiv += [(mt.start(), mt.end()) for mt in re.finditer(re.escape(o), text)]
        for mt in re.finditer(r"[\w.+-]+@" + re.escape(DOM), text): oiv.append((mt.start(), mt.end()))
        excl = civ + hiv + oiv
        def free(a, z): return not _covered(a, z, excl)
        for mt in EMAIL_RE.finditer(text):
            if free(mt.start(), mt.end()): tag(f"unlabelled e-mail {mt.group()}")
        for mt in re.finditer(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ \u00a0]?[A-Za-z0-9]{4}){2,7}(?:[ \u00a0]?[A-Za-z0-9]{1,3})?", text):
            if iban_ok(mt.group()) and free(mt.start(), mt.end()): tag(f"unlabelled IBAN {mt.group()}")
        for mt in re.finditer(r"(?<![\dA-Za-z.\-])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ \-]\d{3}[ \-]\d{3}|\d{8})(?![\dA-Za-z]|[.\-]\d)", text):
            if elfproef(mt.group()) and len(re.sub(r"\D", "", mt.group())) == 9 and free(mt.start(), mt.end()):
                tag(f"unlabelled elfproef-valid number {mt.group()} (not a marked hard negative)")
        for mt in re.finditer(r"(?<!\d)(?:\d[ \-]?){12,18}\d(?!\d)", text):
            if card_ok(mt.group()) and free(mt.start(), mt.end()): tag(f"unlabelled card {mt.group()}")
        for mt in re.finditer(r"(?:\+31|0031|(?<!\d)0)[ \-]?(?:\(0\)[ \-]?)?6[ \-]?(?:\d[ \-]?){7}\d(?!\d)", text):
            if phone_ok(mt.group()) and phone_nsn(mt.group()) not in ORG_PHONE_NSN and free(mt.start(), mt.end()): tag(f"unlabelled mobile {mt.group()}")
        for mt in re.finditer(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])", text):
            if postcode_nl_ok(mt.group()) and mt.group() not in ORG_POSTCODES and free(mt.start(), mt.end()): tag(f"unlabelled postcode {mt.group()}")
        for mt in re.finditer(r"(?<![\w\-])[A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,3}(?![\w\-])", text):
            if kenteken_ok(mt.group()) and free(mt.start(), mt.end()): tag(f"unlabelled kenteken-shaped {mt.group()}")
        for mt in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", text):
            if ip_ok(mt.group()) and free(mt.start(), mt.end()): tag(f"unlabelled public IP {mt.group()}")
        for mt in re.finditer(r"(?i)(geboren(?: am| op)?|geb\.(?:datum)?|geboortedatum|date of birth|born|Geburtsdatum|DOB)[: ]+(\S+(?: \S+){0,2})", text):
            for cand in (mt.group(2), " ".join(mt.group(2).split()[:2]), mt.group(2).split()[0].rstrip(",.")):
                if parse_date(cand.rstrip(",.")) and free(mt.start(2), mt.start(2) + len(cand)): tag(f"unlabelled date after birth word {cand}")
        for mt in re.finditer(r"(?i)(?:kvk|chamber of commerce|handelsregister)[^\d\n]{0,12}(\d{8})(?!\d)", text):
            if mt.group(1) not in ORG["kvk"] and free(mt.start(1), mt.end(1)): tag(f"unlabelled KvK {mt.group(1)}")
        for mt in re.finditer(r"(?i)(?<![A-Z0-9])NL\d{9}B\d{2}(?![A-Z0-9])", text):
            if free(mt.start(), mt.end()): tag(f"unlabelled NL..B.. number {mt.group()}")
        for mt in re.finditer(r"(?i)(?:paspoort|ID-kaart|ID card|Ausweis\w* Nr\.|passport number|residence document|rijbewijsnummer|rijbewijsnr)\S*(?: \(AM\))?(?: is)? ([A-Z0-9\-]{9,13})", text):
            if id_ok(mt.group(1), text[max(0, mt.start(1) - 80):mt.start(1)]) and free(mt.start(1), mt.end(1)): tag(f"unlabelled document number {mt.group(1)}")
        pers = [iv for iv, sp in zip(civ, spans) if sp["label"] in ("PERSON", "EMAIL", "ADDRESS")] + hiv
        for nm in NAME_TOKENS:
            for mt in re.finditer(r"(?<!\w)" + re.escape(nm) + r"(?!\w)", text):
                if not _covered(mt.start(), mt.end(), pers): tag(f"name {nm!r} outside PERSON span")
        for g in regions:
            if g["label"] not in ("HN", "NP"): tag(f"unknown region {g['label']}")
    return errs

# ================================================================ build
def build():
    by_lang = {"nl": [], "en": [], "de": []}
    for lang, pii, fn, n in SCENARIOS:
        for k in range(n):
            r = random.Random(f"h38:{fn.__name__}:{k}")
            src = fn(r, k)
            text, spans, regions = render(src)
            by_lang[lang].append((text, spans, regions, pii, fn.__name__))
    records, meta = [], []
    for lang in ("nl", "en", "de"):
        items = by_lang[lang]
        random.Random(f"h38:shuffle:{lang}").shuffle(items)
        for i, (text, spans, regions, pii, name) in enumerate(items, 1):
            records.append({"id": f"h38-{lang}-{i:03d}", "lang": lang, "text": text,
                            "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in spans]})
            meta.append((pii, regions))
    return records, meta

def main():
    fails = self_test()
    if fails:
        print("SELF TEST FAILED:\n  " + "\n  ".join(fails[:60])); sys.exit(1)
    print("self test: ok")
    records, meta = build()
    errs = audit(records, meta)
    # re-read the serialisation and re-slice every span
    data = "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records).encode()
    for line, rec in zip(data.decode().splitlines(), records):
        back = json.loads(line)
        if back != rec: errs.append(f"{rec['id']}: JSON round trip differs")
    langs = Counter(r["lang"] for r in records)
    if langs != Counter({"nl": 60, "en": 50, "de": 40}): errs.append(f"language counts {dict(langs)}")
    free = [r for r in records if not r["spans"]]
    if len(free) / len(records) < 0.35: errs.append(f"PII-free share {len(free)}/{len(records)} < 35 %")
    if errs:
        print(f"AUDIT FAILED ({len(errs)}):\n  " + "\n  ".join(errs[:80])); sys.exit(1)
    print("audit: ok")
    with open(os.path.join(HERE, "gold.jsonl"), "wb") as fh: fh.write(data)
    print(f"messages: {dict(langs)}; PII-free: {len(free)} ({100 * len(free) / len(records):.1f} %) "
          f"nl {sum(1 for r in free if r['lang'] == 'nl')}, en {sum(1 for r in free if r['lang'] == 'en')}, de {sum(1 for r in free if r['lang'] == 'de')}")
    lens = sorted(len(r["text"].encode()) for r in records)
    print(f"length bytes: {lens[0]}-{lens[-1]} (median {lens[len(lens) // 2]}); non-ASCII texts: {sum(1 for r in records if not r['text'].isascii())}; "
          f"emoji texts: {sum(1 for r in records if any(ord(c) > 0xFFFF for c in r['text']))}")
    print(f"{'label':15}" + "".join(f"{l:>6}" for l in ("nl", "en", "de", "total")))
    tot = Counter()
    for lab in LABELS:
        c = Counter(r["lang"] for r in records for s in r["spans"] if s["label"] == lab)
        tot.update(c)
        print(f"{lab:15}" + "".join(f"{c[l]:>6}" for l in ("nl", "en", "de")) + f"{sum(c.values()):>6}")
    print(f"{'all':15}" + "".join(f"{tot[l]:>6}" for l in ("nl", "en", "de")) + f"{sum(tot.values()):>6}")
    print("sha256 gold.jsonl:", hashlib.sha256(data).hexdigest())

if __name__ == "__main__":
    main()
