#!/usr/bin/env python3
"""heldout12 generator: Gemeente Lindewaard (KCC of a fictional Dutch municipality).

Python 3.11, standard library only, deterministic. Writes gold.jsonl beside itself after
self_test() (checksum/format functions against the reference vectors) and audit() (every record)
both pass. Written blind: no detector code, rules, tests or other held-out gold were read.
"""
import datetime
import hashlib
import ipaddress
import json
import os
import random
import re
import sys
import textwrap

SEED = "heldout12:gemeente-lindewaard:v1"
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- markup ----------
S0, S1, S2 = "\ue000", "\ue001", "\ue002"
LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD",
          "IP_ADDRESS", "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]


def mark(label, value):
    assert label in LABELS, label
    assert value == value.strip() and value, repr(value)
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
def DOC(v): return mark("ID_DOCUMENT", v)
def KT(v): return mark("LICENSE_PLATE", v)
def BTW(v): return mark("BTW_ID", v)
def KVK(v): return mark("KVK", v)


def render(marked):
    out, spans, pos = [], [], 0
    i = 0
    while i < len(marked):
        c = marked[i]
        if c == S0:
            j = marked.index(S1, i)
            k = marked.index(S2, j)
            label = marked[i + 1:j]
            value = marked[j + 1:k]
            assert S0 not in value and S1 not in value
            b = value.encode("utf-8")
            spans.append({"start": pos, "end": pos + len(b), "label": label, "_v": value})
            out.append(value)
            pos += len(b)
            i = k + 1
        else:
            assert c not in (S1, S2)
            out.append(c)
            pos += len(c.encode("utf-8"))
            i += 1
    return "".join(out), spans


def clean(s):
    """Dedent a triple-quoted text and strip surrounding blank lines."""
    return textwrap.dedent(s).strip("\n").rstrip()


# ------------------------------------------------------------ validators ----------
def bsn_valid(s):
    s = re.sub(r"[ .\-]", "", s)
    if not s.isdigit() or len(s) not in (8, 9):
        return False
    s = s.zfill(9)
    if int(s) == 0:
        return False
    d = [int(c) for c in s]
    return (sum((9 - i) * d[i] for i in range(8)) - d[8]) % 11 == 0


def bank11_valid(s):
    if not s.isdigit() or len(s) not in (9, 10):
        return False
    n = len(s)
    return sum((n - i) * int(c) for i, c in enumerate(s)) % 11 == 0


def onderwijs_valid(s):
    if not (s.isdigit() and len(s) == 9 and s.startswith("10")):
        return False
    d = [int(c) for c in s]
    return (sum((9 - i) * d[i] for i in range(8)) - d[8]) % 11 == 5


def mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "FR": 27, "GB": 22, "PL": 28, "ES": 24, "IE": 22, "LT": 20}
IBAN_BBAN = {"NL": r"[A-Z]{4}\d{10}", "BE": r"\d{12}", "DE": r"\d{18}", "FR": r"\d{10}[A-Z0-9]{11}\d{2}",
             "GB": r"[A-Z]{4}\d{14}", "PL": r"\d{24}", "ES": r"\d{20}", "IE": r"[A-Z]{4}\d{14}",
             "LT": r"\d{16}"}


def iban_compact(s):
    return re.sub(r"[ .\-\u00a0]", "", s).upper()


def iban_valid(s):
    s = iban_compact(s)
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc] or not s[2:4].isdigit():
        return False
    if not re.fullmatch(IBAN_BBAN[cc], s[4:]):
        return False
    if cc == "BE":
        b = s[4:]
        chk = int(b[:10]) % 97 or 97
        if chk != int(b[10:]):
            return False
    return mod97(s[4:] + s[:4]) == 1


def iban_make(cc, bban):
    n = mod97(bban + cc + "00")
    return f"{cc}{98 - n:02d}{bban}"


def iban_group(s):
    s = iban_compact(s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def luhn_valid(s):
    s = re.sub(r"[ \-]", "", s)
    if not s.isdigit():
        return False
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card_valid(s):
    s = re.sub(r"[ \-]", "", s)
    if not luhn_valid(s):
        return False
    n = len(s)
    if s[0] == "4":
        return n in (13, 16, 19)
    if 51 <= int(s[:2]) <= 55 or 2221 <= int(s[:4]) <= 2720:
        return n == 16
    if s[:2] in ("34", "37"):
        return n == 15
    if s[:4] == "6011" or s[:2] == "65":
        return 16 <= n <= 19
    if 3528 <= int(s[:4]) <= 3589:
        return 16 <= n <= 19
    if s[:2] in ("50",) or 56 <= int(s[:2]) <= 69:
        return 12 <= n <= 19
    return False


NL_FIXED = re.compile(r"(?:1(?:[035]\d|1[13-578]|6[124-8]|7[24]|8[0-467])|2(?:[0346]\d|2[2-46-9]|5[125]|9[479])|3(?:[03568]\d|1[3-8]|2[01]|4[1-8])|4(?:[0356]\d|1[1-368]|7[58]|8[15-8]|9[23579])|5(?:[0358]\d|[19][1-9]|2[1-57-9]|4[13-8]|6[126]|7[0-3578])|7\d\d)\d{6}")
NL_MOBILE = re.compile(r"(?:6[1-58]|970\d)\d{7}")
NL_VOIP = re.compile(r"(?:85|91)\d{7}")
NL_PAGER = re.compile(r"66\d{7}")
NL_UAN = re.compile(r"8[478]\d{7}")
NL_TOLLFREE = re.compile(r"800\d{4,7}")
NL_PREMIUM = re.compile(r"90[069]\d{4,7}")
NL_14 = re.compile(r"140(?:1[035]|2[0346]|3[03568]|4[0356]|5[0358]|8[458])|140(?:1[16-8]|2[259]|3[124]|4[17-9]|5[124679]|7)\d")


def digits_of(s):
    return re.sub(r"\D", "", s)


def phone_e164(s):
    """Return (country, nsn) for a written phone number, or None."""
    t = s.strip()
    t = t.replace("(0)", "")
    intl = t.startswith("+") or t.startswith("00")
    d = digits_of(t)
    if t.startswith("00"):
        d = d[2:]
    if intl:
        for cc in ("31", "32", "49", "44", "48", "90", "212"):
            if d.startswith(cc):
                nsn = d[len(cc):]
                if nsn.startswith("0"):
                    nsn = nsn[1:]
                return cc, nsn
        return None
    return "nat", d


def nl_phone_type(nsn):
    for name, rx in (("mobile", NL_MOBILE), ("fixed", NL_FIXED), ("voip", NL_VOIP), ("pager", NL_PAGER),
                     ("uan", NL_UAN), ("tollfree", NL_TOLLFREE), ("premium", NL_PREMIUM), ("short14", NL_14)):
        if rx.fullmatch(nsn):
            return name
    return None


DE_AREAS = ("2821", "2822", "2823", "2824", "2826", "2827", "2828", "2871", "2872", "2874", "2850", "2851",
            "2852", "281", "211", "221", "30", "40", "89", "201", "203")
UK_DRAMA = re.compile(r"7700900\d{3}|2079460\d{3}|1134960\d{3}|1614960\d{3}|1214960\d{3}|1174960\d{3}|1314960\d{3}")


def phone_valid(s, lang_hint=None):
    """A personal phone number (not toll-free/premium/14-short)."""
    e = phone_e164(s)
    if not e:
        return False
    cc, n = e
    if cc == "nat":
        if not n.startswith("0"):
            return False
        nsn = n[1:]
        t = nl_phone_type(nsn)
        if t in ("mobile", "fixed", "voip", "pager", "uan"):
            return True
        # BE national
        if be_valid(nsn) and lang_hint == "be":
            return True
        if de_valid(nsn) and lang_hint == "de":
            return True
        if UK_DRAMA.fullmatch(nsn) and lang_hint == "uk":
            return True
        return False
    if cc == "31":
        return nl_phone_type(n) in ("mobile", "fixed", "voip", "pager", "uan")
    if cc == "32":
        return be_valid(n)
    if cc == "49":
        return de_valid(n)
    if cc == "44":
        return bool(UK_DRAMA.fullmatch(n))
    if cc == "48":
        return bool(re.fullmatch(r"[5-8]\d{8}", n))
    if cc == "90":
        return bool(re.fullmatch(r"5\d{9}", n))
    if cc == "212":
        return bool(re.fullmatch(r"[67]\d{8}", n))
    return False


def be_valid(nsn):
    return bool(re.fullmatch(r"4[5-9]\d{7}|80[2-8]\d{5}|(?:1[0-69]|[23][2-8]|4[23]|5\d|6[013-57-9]|71|8[1-79]|9[2-4])\d{6}", nsn))


def de_valid(nsn):
    if re.fullmatch(r"1(?:5[0-9]\d{8}|6[0-9]\d{7,8}|7[0-9]\d{7,8})", nsn):
        return True
    for a in DE_AREAS:
        if nsn.startswith(a) and 5 <= len(nsn) - len(a) <= 8 and nsn[len(a)] != "0":
            return True
    return False


def uk_drama(s):
    e = phone_e164(s)
    if not e:
        return False
    cc, n = e
    if cc == "nat":
        n = n[1:]
    elif cc != "44":
        return False
    return bool(UK_DRAMA.fullmatch(n))


def postcode_nl_valid(s):
    t = re.sub(r"[ \-]", "", s).upper()
    if t.startswith("NL"):
        t = t[2:]
    return bool(re.fullmatch(r"[1-9]\d{3}[A-Z]{2}", t)) and t[4:] not in ("SA", "SD", "SS")


UK_PC = re.compile(r"(?:[A-Z]{1,2}\d[A-Z\d]?) \d[ABD-HJLNP-UW-Z]{2}")


def postcode_valid(s):
    return (postcode_nl_valid(s) or bool(re.fullmatch(r"\d{5}", s)) or bool(re.fullmatch(r"[1-9]\d{3}", s))
            or bool(UK_PC.fullmatch(s)))


def docnr_valid(s):
    t = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}[0-9A-Z]{6}[0-9]", t)) and "O" not in t


def residence_doc_valid(s):
    return bool(re.fullmatch(r"(?:I|II|III|IV|V)-V[0-9A-NP-Z]{8}", s)) and "0" not in s[4:]


def de_ausweis_valid(s):
    return bool(re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}", s))


def id_document_valid(s):
    return (docnr_valid(s) or residence_doc_valid(s) or bool(re.fullmatch(r"\d{10}", s))
            or de_ausweis_valid(s) or bool(re.fullmatch(r"\d{9}", s)))


SIDECODES = [r"[A-Z]{2}-\d{2}-\d{2}", r"\d{2}-\d{2}-[A-Z]{2}", r"\d{2}-[A-Z]{2}-\d{2}", r"[A-Z]{2}-\d{2}-[A-Z]{2}",
             r"[A-Z]{2}-[A-Z]{2}-\d{2}", r"\d{2}-[A-Z]{2}-[A-Z]{2}", r"\d{2}-[A-Z]{3}-\d", r"\d-[A-Z]{3}-\d{2}",
             r"[A-Z]{2}-\d{3}-[A-Z]", r"[A-Z]-\d{3}-[A-Z]{2}", r"[A-Z]{3}-\d{2}-[A-Z]", r"[A-Z]-\d{2}-[A-Z]{3}",
             r"\d-[A-Z]{2}-\d{3}", r"\d{3}-[A-Z]{2}-\d"]
BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS"]


def kenteken_sidecode(s):
    t = s.upper().replace(" ", "-")
    if "-" not in t:
        return kenteken_sidecode(rehyphen(t)) if re.fullmatch(r"[A-Z0-9]{6}", t) else None
    for i, rx in enumerate(SIDECODES, 1):
        if re.fullmatch(rx, t):
            groups = [g for g in t.split("-") if g.isalpha()]
            for g in groups:
                for b in BANNED:
                    if b in g and not (b in ("KVT", "VVD") and i < 8):
                        return None
                if i >= 4 and re.search(r"[AEIOUCQ]", g):
                    return None
            return i
    return None


def rehyphen(t):
    """Insert hyphens into a compact kenteken at letter/digit changes, splitting 4-runs of letters."""
    out = re.findall(r"[A-Z]+|\d+", t)
    res = []
    for g in out:
        if len(g) == 4 and g.isalpha():
            res += [g[:2], g[2:]]
        elif len(g) == 4 and g.isdigit():
            res += [g[:2], g[2:]]
        else:
            res.append(g)
    return "-".join(res)


def kenteken_valid(s):
    return kenteken_sidecode(s) is not None


DE_KZ = re.compile(r"[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} \d{1,4}[EH]?")


def plate_valid(s):
    return kenteken_valid(s) or bool(DE_KZ.fullmatch(s))


def btw_id_valid(s):
    t = re.sub(r"[ .\-]", "", s).upper()
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", t)) and mod97(t) == 1


def ob_valid(s):
    t = re.sub(r"[ .\-]", "", s).upper()
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", t)) and bsn_valid(t[2:11]) and t[-2:] != "00"


EMAIL_RX = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")
TLDS = {"nl", "com", "de", "be", "uk", "net", "org", "example", "eu", "info", "io", "frl", "pl", "vn", "in", "ie"}


def email_valid(s):
    return bool(EMAIL_RX.fullmatch(s)) and s.rsplit(".", 1)[1].lower() in TLDS and "@@" not in s


def ip_valid(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    if a.version == 4 and any(len(o) > 1 and o[0] == "0" for o in s.split(".")):
        return False
    return a.is_global and not a.is_multicast


MONTHS = {
    # nl
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mrt": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
    # en
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10,
    # de
    "august": 8, "januar": 1, "februar": 2, "märz": 3, "mai": 5, "oktober_": 10, "dezember": 12,
}


def parse_date(s):
    s = s.strip()
    m = re.fullmatch(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4}|'\d{2})", s)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
        y = int(y) if not y.startswith("'") else 1900 + int(y[1:])
        return mkdate(y, mo, d)
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return mkdate(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th|\.)? ([A-Za-zä]+)\.? (\d{4})", s)
    if m and m.group(2).lower() in MONTHS:
        return mkdate(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    m = re.fullmatch(r"([A-Za-z]+) (\d{1,2})(?:st|nd|rd|th)?, (\d{4})", s)
    if m and m.group(1).lower() in MONTHS:
        return mkdate(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))
    return None


def mkdate(y, m, d):
    try:
        dt = datetime.date(y, m, d)
    except ValueError:
        return None
    return dt if 1900 <= y <= 2025 else None


def person_valid(s):
    return bool(re.fullmatch(r"[^\d@#\n]+", s)) and any(ch.isalpha() for ch in s)


def address_valid(s):
    return bool(re.search(r"\d", s)) and bool(re.search(r"[A-Za-zÀ-ÿ]{3}", s)) and "\n" not in s


VALIDATORS = {
    "PERSON": person_valid, "EMAIL": email_valid, "PHONE": None, "IBAN": iban_valid,
    "BSN": lambda v: bsn_valid(v) or ob_valid(v), "ADDRESS": address_valid, "POSTCODE": postcode_valid,
    "CREDIT_CARD": card_valid, "IP_ADDRESS": ip_valid, "DATE_OF_BIRTH": lambda v: parse_date(v) is not None,
    "ID_DOCUMENT": id_document_valid, "LICENSE_PLATE": plate_valid, "BTW_ID": btw_id_valid,
    "KVK": lambda v: bool(re.fullmatch(r"\d{8}", v.replace(" ", "").replace(".", ""))),
}


def phone_label_valid(v):
    return any(phone_valid(v, h) for h in (None, "be", "de", "uk"))


VALIDATORS["PHONE"] = phone_label_valid

# --------------------------------------------------------- organisation -----------
ORG = {
    "names": ["Gemeente Lindewaard", "Lindewaard", "KCC Lindewaard", "Klantcontactcentrum Lindewaard",
              "Burgerzaken Lindewaard", "Stadswinkel Lindewaard", "Milieustraat Lindewaard",
              "Team Wmo Lindewaard", "Municipality of Lindewaard", "Gemeinde Lindewaard"],
    "domains": ["lindewaard.example"],
    "phones": ["14 0345", "0345 587 200", "06 3904 1177"],
    "ibans": ["NL82BNGH0285170342", "NL18INGB0006541279"],
    "addresses": ["Raadhuisplein 1, 4191 CV Lindewaard", "Postbus 150, 4190 CD Lindewaard",
                  "Energieweg 14, 4196 HT Lindewaard"],
    "kvk": ["71934862"],
    "btw": ["NL001870348B01"],
    "handles": ["@GemeenteLindewaard", "@gem_lindewaard", "@lindewaard.nl"],
}
ORG_PCS = {"4191 CV", "4190 CD", "4196 HT"}
ORG_STREETS = {"Raadhuisplein 1", "Postbus 150", "Energieweg 14"}
ORG_E164 = {("31", "140345"), ("31", "345587200"), ("31", "639041177")}


def e164_key(s):
    e = phone_e164(s)
    if not e:
        return None
    cc, n = e
    if cc == "nat":
        return ("31", n[1:]) if n.startswith("0") else ("31", n)
    return (cc, n)


# ------------------------------------------------------- inline name lists ---------
# Written for this set; no Faker or test-data package lists.
GIVEN_F = {
    "nl": ["Femke", "Marloes", "Anneke", "Wietske", "Ilse", "Maaike", "Hendrika", "Esmée", "Daniëlle", "Loïs",
           "Geertje", "Noëlle"],
    "ma": ["Fatima-Zahra", "Nadia", "Khadija", "Imane", "Samira", "Loubna", "Ikram"],
    "tr": ["Ayşe", "Elif", "Zeynep", "Gülsüm", "Büşra", "Şeyma"],
    "sr": ["Roshni", "Sharmila", "Priscilla", "Chandni"],
    "pl": ["Agnieszka", "Joanna", "Katarzyna", "Małgorzata"],
    "de": ["Sabine", "Ute", "Anja", "Käthe", "Heike"],
    "be": ["Lien", "Sien", "Griet", "Febe"],
    "uk": ["Eleanor", "Siobhan", "Harriet", "Imogen"],
    "in": ["Priyanka", "Deepika", "Kavitha", "Aishwarya"],
    "cn": ["Xiaoling", "Mei-Ling", "Yutong"],
    "vn": ["Thảo", "Thi Hoa", "Ngọc Anh"],
    "sy": ["Rania", "Lamis", "Nour"],
    "ua": ["Oksana", "Olena"],
}
GIVEN_M = {
    "nl": ["Joost", "Sjoerd", "Thijs", "Gerrit", "Rutger", "Jelle", "Reinier", "Teun"],
    "ma": ["Youssef", "Soufiane", "Bilal", "Hamza", "Driss"],
    "tr": ["Mehmet", "Hüseyin", "Burak", "Oğuz", "Ömer"],
    "sr": ["Ravi", "Glenn", "Jerrel", "Ashwin", "Romano"],
    "pl": ["Krzysztof", "Paweł", "Michał", "Wojciech"],
    "de": ["Jörg", "Dieter", "Klaus", "Björn", "Günther", "Lukas"],
    "be": ["Wout", "Jef", "Brecht", "Lowie"],
    "uk": ["Callum", "Rhys", "Gareth", "Declan"],
    "in": ["Arjun", "Vikram", "Rohan", "Sanjay"],
    "cn": ["Jun", "Haoran", "Zhiwei"],
    "vn": ["Minh Tuấn", "Quang", "Đức"],
    "sy": ["Omar", "Tarek"],
    "ua": ["Dmytro", "Taras"],
}
GIVEN = {h: GIVEN_F[h] + GIVEN_M[h] for h in GIVEN_F}
SURN = {
    "nl": ["van der Werff", "de Ruiter", "Verhoeven", "Huisman", "van Beek", "Kuipers", "Hoekstra", "ten Brink",
           "van 't Hof", "Zwanenburg", "Brinkman", "Oosterveld", "Groeneveld", "van Dalen", "Nijhuis",
           "Veldkamp", "Rijkens", "van Oosterom", "Hageman", "Lammertink"],
    "ma": ["El Amrani", "Bouzid", "Ouali", "Azzouzi", "El Hadiri", "Benali", "Chaouch", "Tahiri", "Ait Brahim"],
    "tr": ["Yılmaz", "Kaya", "Demirci", "Aksoy", "Çetin", "Kılıç", "Şimşek", "Doğan", "Güneş"],
    "sr": ["Ramdin", "Sewdien", "Biharie", "Karsowidjojo", "Lieuw-On", "Tjin-A-Tsoi", "Doekhie", "Mangroelal"],
    "pl": ["Nowak", "Wójcik", "Kowalczyk", "Zając", "Kaczmarek", "Wróbel", "Dudek"],
    "de": ["Schröder", "Weißenborn", "Krüger", "Lüdtke", "Osterhaus", "Strüver", "Große-Kathöfer", "Tenhagen"],
    "be": ["Vermeulen", "De Smedt", "Claeys", "Van Damme", "Goossens", "Vanderhaegen"],
    "uk": ["Whitfield", "Pemberton", "Ashworth", "Fairclough", "McAllister", "Llewellyn"],
    "in": ["Raghunathan", "Iyer", "Kulkarni", "Venkatesh", "Bhattacharya", "Menon"],
    "cn": ["Zhang", "Chen", "Liu", "Huang", "Zhou", "Wang"],
    "vn": ["Nguyễn", "Trần", "Phạm", "Lê", "Võ", "Đặng"],
    "sy": ["Al-Hassan", "Haddad", "Khoury", "Darwish"],
    "ua": ["Kovalenko", "Shevchuk", "Bondarenko", "Tkachenko"],
}
NL_HER = ["nl", "nl", "ma", "tr", "sr", "pl", "be", "sy", "vn"]
EN_HER = ["uk", "in", "cn", "vn", "pl", "ua", "sy", "uk", "in"]
DE_HER = ["de", "de", "tr", "pl", "de"]

# Lindewaard streets (invented) and nearby places
LW_STREETS = ["Kastanjelaan", "Meidoornstraat", "Wilgenhof", "Koestraat", "Hoge Dijk", "Lindenkade",
              "Sluiswachtersweg", "Vlasakker", "Boterbloemstraat", "Klaprooshof", "Gildeplein", "Oude Haven",
              "Laan van Lindestein", "Burg. Hoekstrastraat", "Graaf Willemsingel", "Tiendweg", "Molenerf",
              "Bleekveld", "Populierendreef", "Zwanenwater", "Korte Waardstraat", "Ridder Gijsbertlaan",
              "Appelgaard", "Schoolsteeg", "Dijkgraaf van Eckstraat"]
LW_TOWNS = ["Lindewaard", "Oudewaard", "Lindebroek", "Hemmerdijk"]
NL_OTHER = [("Esdoornweg", "Utrecht", 3500, 3585), ("Prinses Irenestraat", "Tilburg", 5000, 5049),
            ("Vijverhof", "Nijmegen", 6500, 6546), ("Havenkade", "Gorinchem", 4200, 4209),
            ("Zuiderparklaan", "Den Bosch", 5200, 5247)]
DE_STREETS = [("Lindenstraße", "Kleve", "47533"), ("Schützenweg", "Emmerich am Rhein", "46446"),
              ("Am Mühlenbach", "Goch", "47574"), ("Gartenstraße", "Kranenburg", "47559"),
              ("Weseler Straße", "Bocholt", "46395"), ("Hölderlinweg", "Isselburg", "46419"),
              ("Kirchplatz", "Kalkar", "47546"), ("Brückenstraße", "Rees", "46459")]
UK_ADDR = [("Ashdown Road", "Leeds", "LS6 2QT"), ("Granby Street", "Manchester", "M20 4RW"),
           ("Cotham Grove", "Bristol", "BS6 6AL"), ("Marchmont Crescent", "Edinburgh", "EH9 1HN")]


class G:
    """Per-instance value generator (seeded)."""

    def __init__(self, r):
        self.r = r
        self.used = set()

    def name(self, her, sex=None):
        r = self.r
        pool = GIVEN_F[her] if sex == "f" else GIVEN_M[her] if sex == "m" else GIVEN[her]
        for _ in range(100):
            g, s = r.choice(pool), r.choice(SURN[her])
            if g not in self.used and s not in self.used:
                self.used.update([g, s])
                return g, s
        raise RuntimeError("names exhausted")

    def given(self, her, sex=None):
        pool = GIVEN_F[her] if sex == "f" else GIVEN_M[her] if sex == "m" else GIVEN[her]
        for _ in range(100):
            g = self.r.choice(pool)
            if g not in self.used:
                self.used.add(g)
                return g
        raise RuntimeError

    def street(self, pool=None):
        pool = pool or LW_STREETS
        for _ in range(100):
            s = self.r.choice(pool)
            if s not in self.used:
                self.used.add(s)
                return s
        raise RuntimeError

    def hn(self, add=True):
        r = self.r
        n = str(r.randint(2, 148))
        if add and r.random() < 0.35:
            n += r.choice(["a", "B", "-2", " bis", "-1", "A", " hs"])
        return n

    def pc(self, lo=4190, hi=4199):
        r = self.r
        while True:
            v = f"{r.randint(lo, hi)} {r.choice('ABCDEFGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"
            if postcode_nl_valid(v) and v not in ORG_PCS and v not in self.used:
                self.used.add(v)
                return v

    def mobile(self):
        r = self.r
        return "6" + r.choice("1234558") + "".join(r.choice("0123456789") for _ in range(7))

    def landline(self, area="345"):
        r = self.r
        sub = str(r.randint(2, 9)) + "".join(r.choice("0123456789") for _ in range(5 if len(area) == 3 else 6))
        nsn = area + sub
        assert NL_FIXED.fullmatch(nsn), nsn
        return nsn

    def bsn(self):
        r = self.r
        while True:
            v = str(r.randint(1, 7)) + "".join(r.choice("0123456789") for _ in range(8))
            if bsn_valid(v) and v != "001870348":
                return v

    def not_bsn(self):
        r = self.r
        while True:
            v = str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(8))
            if not bsn_valid(v):
                return v

    def iban_nl(self, bank=None):
        r = self.r
        bank = bank or r.choice(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"])
        return iban_make("NL", bank + "".join(r.choice("0123456789") for _ in range(10)))

    def iban_de(self):
        r = self.r
        return iban_make("DE", "3" + "".join(r.choice("0123456789") for _ in range(17)))

    def iban_be(self):
        r = self.r
        b = "".join(r.choice("0123456789") for _ in range(10))
        return iban_make("BE", b + f"{(int(b) % 97) or 97:02d}")

    def iban_gb(self):
        r = self.r
        return iban_make("GB", r.choice(["MIDL", "BARC", "LOYD", "NWBK"]) + "".join(r.choice("0123456789") for _ in range(14)))

    def iban_pl(self):
        r = self.r
        return iban_make("PL", "".join(r.choice("0123456789") for _ in range(24)))

    def plate(self, code=None):
        r = self.r
        C = "BDFGHJKLNPRSTVXZ"
        pats = {4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX", 7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X",
                10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX", 13: "9-XX-999", 14: "999-XX-9"}
        while True:
            c = code or r.choice(list(pats))
            v = "".join(r.choice(C) if ch == "X" else (str(r.randint(1, 9)) if ch == "9" else "-") for ch in pats[c])
            if kenteken_sidecode(v) == c and v not in self.used:
                self.used.add(v)
                return v

    def docnr(self, first="N"):
        r = self.r
        A = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
        AN = "ABCDEFGHJKLMNPRSTUVWXYZ123456789"
        v = first + r.choice(A) + "".join(r.choice(AN) for _ in range(6)) + str(r.randint(1, 9))
        assert docnr_valid(v)
        return v

    def dob(self, y0=1940, y1=2006):
        r = self.r
        return datetime.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))

    def card(self, prefix="4", n=16):
        r = self.r
        while True:
            body = prefix + "".join(r.choice("0123456789") for _ in range(n - len(prefix) - 1))
            for d in "0123456789":
                if luhn_valid(body + d):
                    return body + d

    def digits(self, n, first="123456789"):
        r = self.r
        while True:
            v = r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))
            if n < 12 or not card_valid(v):   # reference numbers are never card-shaped
                return v

    def kvk(self):
        while True:
            v = self.digits(8)
            if v != "71934862":
                return v

    def btw(self):
        r = self.r
        while True:
            nine = self.digits(9)
            if bsn_valid(nine):
                continue
            for b in range(1, 100):
                v = f"NL{nine}B{b:02d}"
                if mod97(v) == 1:
                    return v

    def ob(self, bsn):
        return f"NL{bsn}B01"


# -------------------------------------------------------- formatting helpers -------
def f_mob(nsn, style):
    a, b = nsn[:1], nsn[1:]
    return {
        0: f"06-{b}", 1: f"06 {b[:4]} {b[4:]}", 2: f"+31 6 {b[:4]} {b[4:]}", 3: f"+31 (0)6 {b[:2]} {b[2:4]} {b[4:6]} {b[6:]}",
        4: f"0031 6 {b}", 5: f"06 {b[:2]} {b[2:4]} {b[4:6]} {b[6:]}", 6: f"06{b}", 7: f"+316{b}",
        8: f"(06) {b}", 9: f"06 - {b[:3]} {b[3:6]} {b[6:]}",
    }[style]


def f_land(nsn, style):
    a = nsn[:3] if len(nsn) == 9 and nsn[:3] in ("345", "344", "418", "416", "183", "488", "162") else nsn[:2]
    s = nsn[len(a):]
    return {
        0: f"0{a}-{s}", 1: f"(0{a}) {s[:2]} {s[2:4]} {s[4:]}" if len(s) == 6 else f"(0{a}) {s[:3]} {s[3:5]} {s[5:]}",
        2: f"+31 {a} {s}", 3: f"0{a} {s[:3]} {s[3:]}", 4: f"+31 (0){a} {s}", 5: f"0{a}/{s}",
    }[style]


def f_bsn(v, style):
    return {0: v, 1: f"{v[:4]}.{v[4:6]}.{v[6:]}", 2: f"{v[:3]} {v[3:6]} {v[6:]}", 3: f"{v[:3]}-{v[3:6]}-{v[6:]}",
            4: f"{v[:3]}.{v[3:6]}.{v[6:]}", 5: f"{v[:2]}.{v[2:4]}.{v[4:6]}.{v[6:]}"}[style]


NL_MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def f_date(d, style):
    return {
        "dmy-": f"{d.day:02d}-{d.month:02d}-{d.year}", "dmy/": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmy.": f"{d.day:02d}.{d.month:02d}.{d.year}", "d-m-y": f"{d.day}-{d.month}-{d.year}",
        "iso": d.isoformat(), "nl": f"{d.day} {NL_MON[d.month - 1]} {d.year}",
        "en": f"{d.day} {EN_MON[d.month - 1]} {d.year}", "us": f"{EN_MON[d.month - 1]} {d.day}, {d.year}",
        "de": f"{d.day}. {DE_MON[d.month - 1]} {d.year}", "ord": f"{d.day}{ordsuf(d.day)} {EN_MON[d.month - 1]} {d.year}",
        "nlab": f"{d.day} {NL_MON[d.month - 1][:3]} {d.year}",
    }[style]


def ordsuf(n):
    return "th" if 11 <= n <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def slug(s):
    t = s.lower()
    for a, b in (("ş", "s"), ("ı", "i"), ("ö", "o"), ("ü", "u"), ("ç", "c"), ("ğ", "g"), ("é", "e"), ("ë", "e"),
                 ("ï", "i"), ("ł", "l"), ("ś", "s"), ("ą", "a"), ("ę", "e"), ("ń", "n"), ("ż", "z"), ("ß", "ss"),
                 ("ä", "a"), ("ễ", "e"), ("ầ", "a"), ("ạ", "a"), ("đ", "d"), ("ư", "u"), ("ấ", "a"), ("ả", "a"),
                 ("ọ", "o"), ("ậ", "a"), ("ặ", "a"), ("ũ", "u"), ("ó", "o"), ("'", ""), ("ê", "e"), ("õ", "o")):
        t = t.replace(a, b)
    t = re.sub(r"[^a-z0-9]+", ".", t).strip(".")
    return t


def mail(g, s, dom=None, r=None, style=0):
    dom = dom or "ziggo.nl"
    gs, ss = slug(g), slug(s).replace(".", "")
    return [f"{gs}.{ss}@{dom}", f"{gs[0]}.{ss}@{dom}", f"{gs}{ss}{style + 81}@{dom}", f"{ss}.{gs}@{dom}"][style % 4]


# ------------------------------------------------------------- scenarios ----------
SCEN = []


def sc(lang, pii):
    def deco(f):
        SCEN.append((lang, pii, f.__name__, f))
        return f
    return deco


# Staff of Gemeente Lindewaard (natural persons → PERSON) and public officials (→ PERSON, see README)
KCC1, KCC2, KCC3 = "Ingrid Smulders", "Rachid Boukhari", "Dewi Pattipeilohy"
BZ1 = "Tom Verbruggen"
WMO1 = "Lotte Haverkamp"
HH1 = "Erik-Jan Mulders"
INT1 = "Grace Okafor"
DESK_DE = "Miriam Terhorst"
WETH = "Henk-Jan Boersma"
BURG = "Anneloes Dijkhuizen"
RAAD = "Fatma Karaca"

SIG_NL = [
    """Met vriendelijke groet,

{who}
Klantcontactcentrum | Gemeente Lindewaard
Raadhuisplein 1, 4191 CV Lindewaard
Postbus 150, 4190 CD Lindewaard
T 14 0345 | WhatsApp 06 3904 1177
www.lindewaard.example""",
    """Vriendelijke groet,
{who}
Team Burgerzaken, gemeente Lindewaard
telefoon 14 0345 (ma-vr 8.30-17.00 uur) · e-mail burgerzaken@lindewaard.example
Bezoekadres: Raadhuisplein 1 Lindewaard""",
]


def sig_nl(who, i):
    return SIG_NL[i].format(who=who)


# ============================== NL (30 scenarios) ==============================
@sc("nl", True)
def nl_verhuizing(k, g):
    fn, sn = g.name(g.r.choice(["nl", "tr", "ma"]))
    p2 = g.given("nl" if k else "tr", "f")
    c1, c2 = g.given("nl"), g.given("ma")
    if k == 0:
        bsn1, bsn2 = g.bsn(), g.bsn()
        return clean(f"""
        Onderwerp: Verhuizing doorgeven (webformulier)

        --- Formulier Verhuizing doorgeven ---
        Naam aanvrager:      {P(fn + " " + sn)}
        bsn:                 {BS(bsn1)}
        Huidig adres:        {AD(g.street() + " " + g.hn())}, {PC(g.pc())} Lindebroek
        Nieuw adres:         {AD(g.street() + " " + g.hn())}, {PC(g.pc())} Lindewaard
        Verhuisdatum:        01-03-2025
        Meeverhuizende personen:
          1. {P(p2 + " " + sn)}  geb. {DOB(f_date(g.dob(1975, 1995), "dmy-"))}  bsn: {BS(f_bsn(bsn2, 1))}
          2. {P(c1 + " " + sn)}  geb. {DOB(f_date(g.dob(2012, 2020), "dmy-"))}
        E-mailadres:         {EM(mail(fn, sn, "hotmail.com", style=0))}
        Telefoonnummer:      {PH(f_mob(g.mobile(), 6))}
        Toestemming eigenaar nieuw adres: ja (huurwoning, verhuurder Woonstichting Waardwonen)
        ---
        Ingediend op 26-02-2025 om 21:47 via MijnLindewaard. Referentie: VH-2025-018832
        """)
    d1, d2, d3 = g.dob(1978, 1992), g.dob(2011, 2016), g.dob(2017, 2021)
    return clean(f"""
    Goedemiddag,

    Wij zijn op 14 april verhuisd van de {AD(g.street() + " " + g.hn(False))} naar de {AD(g.street() + " " + g.hn())} ({PC(g.pc())}), allebei hier in Lindewaard. Het gaat om mijzelf, mijn vrouw {P(p2)} (geboren {DOB(f_date(d1, "nl"))}) en onze kinderen {P(c1)} (geb. {DOB(f_date(d2, "d-m-y"))}) en {P(c2)} (geb. {DOB(f_date(d3, "d-m-y"))}).
    Het online formulier bleef hangen bij stap 3 van 5, daarom zo per mail. Onze BSN's stuur ik liever niet mee, kan ik die ergens veilig doorgeven?

    Ik ben overdag bereikbaar op {PH(f_land(g.landline("345"), 0))}.

    Met vriendelijke groet,
    {P(fn + " " + sn)}
    """)


@sc("nl", True)
def nl_parkeervergunning(k, g):
    fn, sn = g.name(g.r.choice(NL_HER))
    old, new = g.plate(), g.plate()
    if k == 0:
        return clean(f"""
        Beste medewerker parkeren,

        Ik heb een bewonersvergunning voor zone B (Binnenstad-Noord), vergunningnummer PV-2024-03318. Sinds vorige week rijd ik een andere auto. Oud kenteken {KT(old)}, nieuw kenteken {KT(new)}. Kunt u de vergunning omzetten? De oude auto is verkocht op 3 mei.

        Adres: {AD(g.street() + " " + g.hn())}, {PC(g.pc())} Lindewaard.
        Graag een bevestiging per mail, dank u.

        {P(fn + " " + sn)}
        """)
    return clean(f"""
    hoi, vraagje over de parkeervergunning. mijn leaseauto is vervangen (zelfde leasemaatschappij), het kenteken is nu {KT(new.lower().replace("-", ""))} i.p.v. {KT(old)}. moet ik een nieuwe vergunning aanvragen of kan het worden aangepast? ik woon {AD(g.street() + " " + g.hn(False))}, vergunning staat op naam van {P(fn + " " + sn)}. kosten vorig jaar waren € 96,00 per jaar, klopt dat nog?
    alvast bedankt!! {P(fn.lower())}
    """)


@sc("nl", True)
def nl_bsn_woz(k, g):
    fn, sn = g.name(g.r.choice(NL_HER))
    woz = "1961" + g.digits(8, "0")
    aanslag = g.digits(12)
    b = g.bsn()
    if k == 0:
        return clean(f"""
        Geachte heer/mevrouw,

        Ik heb vandaag de aanslag gemeentelijke belastingen 2025 ontvangen (aanslagnummer {aanslag}). Volgens mij klopt de WOZ-waarde niet: € 412.000 terwijl de buren op nr. 17 € 366.000 hebben. WOZ-objectnummer {woz}.
        Ik sta bij u bekend onder bsn {BS(f_bsn(b, 2))}, dat is misschien handig om mij te vinden.

        Kunt u mij vertellen hoe ik het taxatieverslag kan inzien?

        Met vriendelijke groet,
        {P(fn[0] + ". " + sn)}
        """)
    return clean(f"""
    Hallo, ik probeer in te loggen op het belastingportaal maar het lukt niet. Ik krijg steeds foutcode E-4021. Mijn burgerservicenummer is {BS(b)} en het objectnummer op de beschikking is {woz[:4]} {woz[4:8]} {woz[8:]}. Het belastingnummer bovenaan de brief: {aanslag[:4]}.{aanslag[4:8]}.{aanslag[8:]}. Op de foutpagina staat ook 'uw IP-adres: {IP("2a02:a46b:" + format(g.r.randint(4096, 65535), "x") + ":1:" + format(g.r.randint(4096, 65535), "x") + ":" + format(g.r.randint(256, 65535), "x") + "::" + format(g.r.randint(1, 255), "x"))}' en 'sessie 7f3a-99c1'. Wat doe ik fout?
    Groet {P(fn)}
    """)


@sc("nl", True)
def nl_geboorteaangifte(k, g):
    her = g.r.choice(["nl", "ma", "sr", "tr"])
    fa, sn = g.name(her, "m")
    mo, sm = g.name(g.r.choice(["nl", "pl", "vn"]), "f")
    baby1, baby2 = g.given(her, "f"), g.given("nl", "f")
    bd = datetime.date(2025, g.r.randint(1, 5), g.r.randint(1, 28))
    if k == 0:
        return clean(f"""
        Goedemorgen,

        Ik wil graag een afspraak maken voor de geboorteaangifte van onze dochter. Zij is geboren op {DOB(f_date(bd, "nl"))} om 04:12 uur in het Rivierenland Ziekenhuis. Haar namen worden {P(baby1 + " " + baby2 + " " + sn)}. Ik ben de vader, {P(fa + " " + sn)}; de moeder is {P(mo + " " + sm)}. We zijn niet getrouwd maar ik heb het kind voor de geboorte erkend (akte nr. 2024-E-117).
        Kan het nog deze week? Ik ben bereikbaar op {PH(f_mob(g.mobile(), 1))}.

        Groet,
        {P(fa)}
        """)
    return clean(f"""
    Geboorteaangifte – digitaal formulier
    Kind
      Voornamen: {P(baby1 + " " + baby2)}
      Geslachtsnaam: {P(sn)}
      Geboortedatum: {DOB(f_date(bd, "dmy-"))}   Tijd: 23:58
      Geboorteplaats: Lindewaard (thuisbevalling)
    Ouder 1: {P(mo + " " + sm)}, bsn {BS(g.bsn())}
    Ouder 2: {P(fa + " " + sn)}
    Adres: {AD(g.street() + " " + g.hn())}, {PC(g.pc())} Oudewaard
    Afspraakcode burgerzaken: BZ-7KQ2-93 (dinsdag 10:40, balie 3)
    """)


@sc("nl", True)
def nl_huwelijk(k, g):
    a1, s1 = g.name(g.r.choice(NL_HER))
    a2, s2 = g.name(g.r.choice(NL_HER))
    w1, ws1 = g.name("nl")
    w2, ws2 = g.name(g.r.choice(["sr", "tr", "ma"]))
    if k == 0:
        return clean(f"""
        Beste ambtenaar van de burgerlijke stand,

        Wij ({P(a1 + " " + s1)} en {P(a2 + " " + s2)}) willen ons geregistreerd partnerschap laten omzetten in een huwelijk. Voorkeursdatum vrijdag 19 september 2025, in de trouwzaal van het raadhuis, ca. 14:00 uur. Getuigen: {P(w1 + " " + ws1)} en {P(w2 + " " + ws2)}.
        Onze geboortedata: {P(a1)} {DOB(f_date(g.dob(1980, 1996), "dmy-"))}, {P(a2)} {DOB(f_date(g.dob(1980, 1996), "dmy-"))} (geboren in Paramaribo).
        Wat zijn de kosten voor een ceremonie op vrijdagmiddag? We hadden € 385,- gelezen.

        Liefs, {P(a1)} & {P(a2)}
        """)
    return clean(f"""
    Melding voorgenomen huwelijk
    Partner 1: {P(s1 + ", " + a1)} — geboortedatum {DOB(f_date(g.dob(1970, 1999), "iso"))} — ID-kaart {DOC(g.docnr("I"))}
    Partner 2: {P(s2 + ", " + a2)} — geboortedatum {DOB(f_date(g.dob(1970, 1999), "iso"))} — paspoort {DOC(g.docnr("N"))}
    Getuige 1: {P(w1 + " " + ws1)}
    Getuige 2: {P(w2 + " " + ws2)}
    Gewenste datum: 2025-10-03, eenvoudige voltrekking (gratis, wo 9:00)
    Contact: {EM(mail(a1, s1, "gmail.com", style=1))}
    """)


@sc("nl", True)
def nl_paspoort(k, g):
    fn, sn = g.name(g.r.choice(NL_HER))
    if k == 0:
        return clean(f"""
        Goedendag,

        Mijn paspoort is gisteren gestolen bij het station (tas uit de fietsmand). Aangifte gedaan bij de politie, proces-verbaal nummer PL0900-2025119384. Het ging om paspoort {DOC(g.docnr("N"))}, geldig tot 11-08-2031. Ik vlieg op 2 juli naar Lissabon, kan ik een spoedaanvraag doen? En wat kost dat?

        {P(fn + " " + sn)}
        {PH(f_mob(g.mobile(), 0))}
        """)
    nr = g.docnr("I")
    return clean(f"""
    Verklaring van vermissing – aanvulling
    Ik ben mijn identiteitskaart verloren, waarschijnlijk op de markt zaterdag. Documentnummer: {DOC(nr[:2] + " " + nr[2:8] + " " + nr[8:])} (stond op de kopie in mijn map). Naam op het document: {P(sn.upper() + " " + fn.upper())}.
    Mijn zoon {P(g.given("nl", "m") + " " + sn)} heeft ook een nieuwe ID-kaart nodig, die is in 2024 verlopen. Kunnen we samen komen? Afspraakcode die ik online kreeg: AFS-2025-46H.
    """)


@sc("nl", True)
def nl_wmo(k, g):
    fn, sn = g.name(g.r.choice(["nl", "sr", "ma", "tr"]))
    carer, csn = g.name(g.r.choice(["nl", "pl"]), "f")
    gp = g.name("nl")
    if k == 0:
        return clean(f"""
        Aan Team Wmo Lindewaard,

        Namens mijn moeder, mevrouw {P(sn + "-" + g.name("nl")[1])}, vraag ik huishoudelijke ondersteuning aan. Zij woont zelfstandig aan de {AD(g.street() + " " + g.hn())} en kan sinds de val in februari niet meer zelf schoonmaken. Nu komt de buurvrouw, {P(carer + " " + csn)}, twee keer per week helpen, maar dat kan niet blijvend.
        Haar huisarts is dokter {P(gp[1])} (praktijk De Linde), die weet ervan.
        Mag het keukentafelgesprek bij haar thuis? Ik ben mantelzorger en bereikbaar op {PH(f_mob(g.mobile(), 5))}.

        Met vriendelijke groet,
        {P(fn + " " + sn)}
        """)
    return clean(f"""
    Gespreksverslag keukentafelgesprek (intern) – zaak WMO-25-00731
    Aanwezig: {P(WMO1)} (consulent), cliënt {P(fn + " " + sn)}, dochter {P(carer + " " + sn)}
    Situatie: cliënt woont alleen, {AD(g.street() + " " + g.hn())}, trapje naar voordeur. Mantelzorg door dochter (3x p/w) en zoon {P(g.given("nl", "m") + " " + sn)} (weekend).
    Afspraken: aanvraag trapleuning + hulp bij het huishouden 2 uur p/w. Huisarts {P(gp[0][0] + ". " + gp[1])} wordt niet benaderd, niet nodig.
    Vervolg: beschikking binnen 8 weken, uiterlijk 14-08-2025.
    /{P(WMO1.split()[0].lower())}
    """)


@sc("nl", True)
def nl_openbare_ruimte(k, g):
    fn, sn = g.name(g.r.choice(NL_HER))
    defect = g.street()
    if k == 0:
        return clean(f"""
        Melding openbare ruimte
        Categorie: straatverlichting
        Locatie: lantaarnpaal voor {AD(defect + " " + str(g.r.randint(3, 60)))}, paalnummer LW-0412-07
        Omschrijving: lamp brandt al 2 weken niet, 's avonds pikkedonker op het stuk tussen de school en de bushalte.
        Melder: {P(fn + " " + sn)}
        Terugkoppeling gewenst via: {EM(mail(fn, sn, "kpnmail.nl", style=2))}
        Meldingsnummer: MOR-2025-11873
        """)
    return clean(f"""
    Goedenavond,
    Er ligt al sinds het weekend een grote stapel grofvuil (bank, matras, kapotte kast) naast de ondergrondse containers bij {AD(defect + " 2")}. Het is niet van mij, ik woon zelf op nummer 9. Ook de tegels op de hoek van de {g.street()} liggen los, daar is mijn buurman {P(g.given("tr", "m"))} al over gestruikeld.
    Kan iemand ernaar kijken? U kunt me bellen op {PH(f_land(g.landline("345"), 3))}.
    {P(fn + " " + sn)}
    """)


@sc("nl", True)
def nl_bezwaar_caps(k, g):
    fn, sn = g.name(g.r.choice(NL_HER))
    aanslag = g.digits(14)
    if k == 0:
        return clean(f"""
        AAN HET COLLEGE VAN BURGEMEESTER EN WETHOUDERS VAN DE GEMEENTE LINDEWAARD
        POSTBUS 150
        4190 CD LINDEWAARD

        BETREFT: BEZWAAR TEGEN AANSLAG {aanslag}

        IK MAAK BEZWAAR TEGEN DE AANSLAG AFVALSTOFFENHEFFING. IK WOON ALLEEN EN WORD AANGESLAGEN VOOR EEN MEERPERSOONSHUISHOUDEN (€ 389,40 IN PLAATS VAN € 301,20). DIT IS IN 2024 EN 2025 FOUT GEGAAN.
        HET TE VEEL BETAALDE BEDRAG GRAAG TERUGSTORTEN OP {IB(iban_group(g.iban_nl()))} T.N.V. {P(fn[0] + ". " + sn.upper())}.

        {P(fn.upper() + " " + sn.upper())}
        {AD((g.street() + " " + g.hn(False)).upper())}
        {PC(g.pc())} LINDEWAARD
        """)
    return clean(f"""
    BEZWAARSCHRIFT
    NAAM: {P(sn.upper() + ", " + fn.upper())}
    ADRES: {AD((g.street() + " " + g.hn()).upper())}, {PC(g.pc().replace(" ", ""))} HEMMERDIJK
    DATUM BESLUIT: 12 MEI 2025, KENMERK UIT/2025/04417

    IK BEN HET NIET EENS MET DE WEIGERING VAN MIJN AANVRAAG VOOR EEN GEHANDICAPTENPARKEERKAART. DE ARTS VAN DE KEURING HEEFT MIJ NIET EENS ONDERZOCHT. IK WIL GEHOORD WORDEN.
    MIJN TELEFOON: {PH(f_mob(g.mobile(), 0))}

    HOOGACHTEND,
    {P(fn.upper() + " " + sn.upper())}
    """)


@sc("nl", True)
def nl_social_dm(k, g):
    fn, sn = g.name(g.r.choice(NL_HER))
    h = "@" + slug(fn).replace(".", "") + "_" + str(g.r.randint(70, 99))
    if k == 0:
        return clean(f"""
        DM aan @GemeenteLindewaard
        [09:12] {h}: hoi, onze grijze container is gisteren weer niet geleegd 😡 3e keer deze maand
        [09:40] GemeenteLindewaard: Vervelend! Wil je je postcode en huisnummer sturen? Dan zet ik een melding uit. ^{P(KCC2.split()[0])}
        [09:43] {h}: {PC(g.pc().replace(" ", ""))} nr 41
        [09:44] {h}: staat op naam van {P(fn + " " + sn)}
        [09:51] GemeenteLindewaard: Dank je, melding staat erin (AFV-25-20931). Morgen voor 16:00 komt de wagen langs. ^{P(KCC2.split()[0])}
        """)
    return clean(f"""
    @GemeenteLindewaard waarom staat er al 3 weken een kapotte bank bij de glasbak op het {g.street()}?? niemand ruimt het op 🙄 bel me maar {PH(f_mob(g.mobile(), 6))} dan laat ik foto's zien. groetjes {P(fn.lower())}
    ↳ @GemeenteLindewaard: Hoi {P(fn)}, we sturen je een DM, dan kunnen we het oppakken. ^{P(KCC3.split()[0])}
    """)


@sc("nl", True)
def nl_interne_notitie(k, g):
    fn, sn = g.name(g.r.choice(NL_HER))
    if k == 0:
        return clean(f"""
        Interne notitie Burgerzaken → Belastingen
        Van: {P(BZ1)}
        Aan: team Heffen en Invorderen
        Zaak: Z-2025-004417

        Mevr. {P(sn)} belde vanochtend (tel. {PH(f_mob(g.mobile(), 1))}). Zij is op 1-4 verhuisd naar {AD(g.street() + " " + g.hn())} en krijgt nog steeds de aanslag op het oude adres. BSN gecontroleerd in BRP: {BS(f_bsn(g.bsn(), 0))}, nieuw adres is per 03-04-2025 verwerkt. Graag aanslag {g.digits(12)} verminderen en opnieuw opleggen.

        Groet, {P(BZ1.split()[0])}
        """)
    return clean(f"""
    -- notitie KCC 10:14 --
    klant {P(fn + " " + sn)} aan de balie, vraagt naar status aanvraag kwijtschelding (zaaknr 2025-KW-0338). Heeft uittreksel meegenomen, niet gekopieerd. Geeft aan dat partner {P(g.given("nl"))} ook op het adres staat ingeschreven sinds 2023.
    doorgezet naar {P(KCC1)}, terugbelverzoek op {PH(f_land(g.landline("345"), 0))} (vaste lijn, na 15:00).
    -- {P(KCC3.split()[0])} --
    """)


@sc("nl", True)
def nl_mail_quoted(k, g):
    fn, sn = g.name(g.r.choice(NL_HER))
    staff = [KCC1, KCC2][k]
    if k == 0:
        return clean(f"""
        Dank u voor de snelle reactie. Dan kom ik donderdag met mijn oude rijbewijs langs.
        {P(fn)}

        Op 6 mei 2025 om 11:02 schreef KCC Lindewaard <kcc@lindewaard.example>:
        > Beste {P(fn + " " + sn)},
        >
        > Uw nieuwe rijbewijs ligt klaar. U kunt het ophalen op werkdagen tussen 8.30 en 16.30 uur. Neem uw oude rijbewijs mee.
        >
        """) + "\n> " + sig_nl(P(staff), 0).replace("\n", "\n> ").replace("> \n", ">\n")
    return clean(f"""
    Van: {P(fn + " " + sn)} <{EM(mail(fn, sn, "outlook.com", style=3))}>
    Verzonden: dinsdag 10 juni 2025 08:15
    Aan: info@lindewaard.example
    Onderwerp: RE: uw vraag over de kapvergunning (zaaknummer Z-2025-006912)

    Goedemorgen, ik begrijp het nog steeds niet: de boom staat in mijn eigen achtertuin. Moet ik echt € 74,50 leges betalen? Bel me gerust: {PH(f_mob(g.mobile(), 3))}.

    -----Oorspronkelijk bericht-----
    Van: Gemeente Lindewaard
    Verzonden: vrijdag 6 juni 2025 16:40
    Beste heer/mevrouw {P(sn)},
    Voor het kappen van een boom met een stamomtrek van meer dan 80 cm op 1,30 m hoogte heeft u een omgevingsvergunning nodig.
    """) + "\n" + sig_nl(P(staff), 1)


@sc("nl", True)
def nl_iban_terugbetaling(k, g):
    fn, sn = g.name(g.r.choice(NL_HER))
    if k == 0:
        return clean(f"""
        Beste mensen,

        Op 3 maart heb ik online de leges voor een paspoort betaald (€ 84,70, betalingskenmerk 5001 2283 4471 9902), maar de afspraak is vervallen omdat ik het document toch niet nodig had. Kunt u het bedrag terugstorten op rekening {IB(g.iban_nl())} ten name van {P(fn + " " + sn)}? Ik heb al eens gebeld, toen kreeg ik {P(KCC2.split()[0])} aan de lijn, die zei dat ik het per mail moest aanvragen.

        Alvast dank,
        {P(fn + " " + sn)}
        """)
    ib = g.iban_nl("RABO")
    return clean(f"""
    Hallo, mijn bijzondere bijstand is toegekend (brief van 22-05-2025, kenmerk BB/25/1187) maar ik heb inmiddels een nieuwe bankrekening. Het oude nummer is opgeheven. Nieuw IBAN: {IB(ib[:4] + " " + ib[4:8] + " " + ib[8:12] + " " + ib[12:16] + " " + ib[16:])} (Rabobank).
    Let op: NIET naar de rekening van de gemeente NL82 BNGH 0285 1703 42 die in de brief staat, daar moet ik toch niks naartoe sturen?
    mvg {P(fn[0] + "." + g.r.choice("JKMPR") + ". " + sn)}
    """)


@sc("nl", True)
def nl_standplaats(k, g):
    fn, sn = g.name(g.r.choice(["tr", "vn", "nl", "sr"]))
    b = g.bsn()
    kvk = g.kvk()
    if k == 0:
        return clean(f"""
        Aanvraag standplaatsvergunning weekmarkt (zaterdag)
        Bedrijfsnaam: Gözleme & Meer (eenmanszaak)
        Eigenaar: {P(fn + " " + sn)}
        KvK-nummer: {KVK(kvk)}
        Btw-id: {BTW(g.btw())}
        Oud btw-nummer (staat nog op de oude facturen): {BS(g.ob(b))}
        Kraam: 6 meter, stroom 16A nodig
        Vestigingsadres: {AD(g.street() + " " + g.hn(False))}, {PC(g.pc())} Lindewaard
        Telefoon: {PH(f_mob(g.mobile(), 2))}
        """)
    return clean(f"""
    Goedemiddag, ik sta met mijn bloemenkraam op de donderdagmarkt (plaats 14). Mijn gegevens zijn gewijzigd: de eenmanszaak is omgezet naar een vof met mijn zwager {P(g.given("nl", "m") + " " + g.name("nl")[1])}. Het nieuwe KvK nummer is {KVK(kvk)}, het btw-identificatienummer {BTW(g.btw())}. Het factuuradres blijft {AD(g.street() + " " + g.hn())}.
    Het marktgeld (€ 18,40 per week) mag voortaan van de zakelijke rekening: {IB(iban_group(g.iban_nl("KNAB")))}.
    Groeten, {P(fn + " " + sn)}
    """)


@sc("nl", True)
def nl_kwijtschelding(k, g):
    fn, sn = g.name(g.r.choice(NL_HER))
    while True:
        fact = g.digits(9)
        if bsn_valid(fact):
            break
    if k == 0:
        return clean(f"""
        Geachte heer, mevrouw,

        Hierbij vraag ik kwijtschelding aan voor de aanslag met aanslagnummer {fact} (dagtekening 28 februari 2025, totaal € 612,35). Ik ontvang een bijstandsuitkering. Bijgevoegd: bankafschriften van de afgelopen 3 maanden van rekening {IB(g.iban_nl("SNSB"))}.
        Mijn partner {P(g.given("nl"))} heeft geen inkomen.

        Met vriendelijke groet,
        {P(fn + " " + sn)}
        {AD(g.street() + " " + g.hn())}
        {PC(g.pc())}  LINDEWAARD
        """)
    return clean(f"""
    Hallo, ik heb een betalingsherinnering gekregen voor factuur {f_bsn(fact, 1)} (hondenbelasting 2025, 2 honden, € 213,00) maar ik had toch een betalingsregeling? 10 termijnen, automatische incasso van {IB(g.iban_nl("ASNB").lower())}. Debiteurnummer {g.not_bsn()}. Wilt u dat nakijken?
    {P(fn + " " + sn)}, tel {PH(f_mob(g.mobile(), 9))}
    """)


@sc("nl", True)
def nl_wethouder(k, g):
    fn, sn = g.name(g.r.choice(NL_HER))
    if k == 0:
        return clean(f"""
        Geachte wethouder {P(WETH.split()[1])},

        Tijdens de informatieavond over de herinrichting van de Koestraat (21 mei) zei u toe dat de bewoners een reactie zouden krijgen op de zorgen over de bomenkap. Die hebben we nog niet gehad. Ik spreek namens 23 huishoudens in de straat.
        Mag ik inspreken bij de commissie Ruimte van 26 juni? Ik ben te bereiken via {EM(mail(fn, sn, "planet.nl", style=0))}.

        Met vriendelijke groet,
        {P(fn + " " + sn)}
        {AD("Koestraat " + g.hn(False))}
        """)
    return clean(f"""
    Aan de griffie,

    Ik wil graag spreekrecht aanvragen voor de raadsvergadering van donderdag 3 juli, agendapunt 7 (Motie M2025-14 over de speeltuin Bleekveld). Ik heb al contact gehad met raadslid {P(RAAD)} en burgemeester {P(BURG)} weet ervan.
    Mijn naam: {P(fn + " " + sn)}, {PH(f_land(g.landline("345"), 1))}.
    """)


@sc("nl", True)
def nl_chat(k, g):
    fn, sn = g.name(g.r.choice(NL_HER))
    agent = [KCC1, KCC3][k]
    a = agent.split()[0]
    if k == 0:
        return clean(f"""
        Chatgesprek www.lindewaard.example/chat — 12-06-2025
        [14:02] {P(a)} (KCC): Goedemiddag, u spreekt met {P(a)}. Waarmee kan ik helpen?
        [14:03] {P(fn)}: hoi ik wil mijn zoon inschrijven op ons adres, hij komt terug uit het buitenland
        [14:03] {P(a)} (KCC): Dat kan! Hoe heet uw zoon en wat is zijn geboortedatum?
        [14:05] {P(fn)}: {P(g.given("nl", "m") + " " + sn)}, geboren {DOB(f_date(g.dob(1996, 2005), "dmy/"))}. hij heeft een nederlands paspoort
        [14:06] {P(a)} (KCC): Dank u. Dan moet hij zelf een afspraak maken, want hij is ouder dan 16. Dat kan via afspraak.lindewaard.example.
        [14:06] {P(fn)}: oke top bedankt
        """)
    return clean(f"""
    chat export (whatsapp KCC 06 3904 1177)
    {P(fn.lower() + " " + sn.lower())}: goeiemorgen, is het milieustraat vandaag open? ik heb 2 kuub tuinafval
    KCC Lindewaard: Goedemorgen! Ja, de Milieustraat aan de Energieweg 14 is open tot 16:00. Tuinafval tot 2 m³ is gratis met uw milieupas. Groet, {P(a)}
    {P(fn.lower() + " " + sn.lower())}: mijn pas is kwijt, nummer was iets met 0044
    KCC Lindewaard: Geen probleem, u kunt ook uw ID laten zien. ^{P(a)}
    """)


@sc("nl", True)
def nl_adresonderzoek(k, g):
    fn, sn = g.name(g.r.choice(NL_HER))
    o1, os1 = g.name(g.r.choice(["pl", "ua", "nl"]), "m")
    if k == 0:
        return clean(f"""
        Beste Burgerzaken,

        Ik kreeg vandaag post van de Belastingdienst voor een zekere {P(o1 + " " + os1)} op mijn adres ({AD(g.street() + " " + g.hn())}). Ik ken deze persoon niet en hij woont hier niet. Volgens de brief is hij geboren op {DOB(f_date(g.dob(1980, 2000), "dmy-"))}. Kan iemand zich zomaar op mijn adres inschrijven?? Ik woon hier sinds 2019 alleen.
        Graag een adresonderzoek.

        {P(fn + " " + sn)}
        {PH(f_mob(g.mobile(), 4))}
        """)
    return clean(f"""
    Melding onjuiste inschrijving
    Melder: {P(fn[0] + ". " + sn)}
    Adres: {AD(g.street() + " " + g.hn())}, {PC(g.pc())} Lindebroek
    Persoon die volgens melder niet (meer) op het adres woont: {P(o1 + " " + os1)}, ex-huurder, vertrokken rond oktober 2024 naar Polen. Nieuw adres onbekend. Laatst bekende nummer {PH("+48 512 " + g.digits(3) + " " + g.digits(3))}.
    Behandelaar: {P(BZ1)}
    """)


def valid9(g):
    while True:
        v = g.digits(9)
        if bsn_valid(v):
            return v


@sc("nl", False)
def nl_openingstijden(k, g):
    if k == 0:
        return clean("""
        Goedemorgen, is de Stadswinkel op Hemelvaartsdag (29 mei) open? En kan ik zonder afspraak een uittreksel BRP ophalen of moet dat altijd met een afspraak? Ik lees op de site iets over de avondopenstelling op donderdag tot 20.00 uur.
        Alvast bedankt.
        """)
    return clean("""
    Vraag via contactformulier
    Onderwerp: openingstijden rond de feestdagen
    Vraag: Hoe laat gaat het gemeentehuis dicht op 24 en 31 december? Ik moet een rijbewijs ophalen (aangevraagd 9 december, bon nr. 31-7702). Bellen naar 14 0345 lukt niet, ik hang al 25 minuten in de wacht.
    Antwoord gewenst per: e-mail (ingevuld bij account)
    """)


@sc("nl", False)
def nl_afvalkalender(k, g):
    if k == 0:
        return clean("""
        Hoi, in de afvalkalender 2025 staat dat het oud papier in de wijk Lindebroek-Zuid op de 2e dinsdag van de maand wordt opgehaald, maar vandaag (dinsdag 8 april) is er niks gekomen. Is de route gewijzigd? In de app (versie 2.14.1) staat 15 april.
        Verder: klopt het dat de gft-container vanaf 1 juli elke week wordt geleegd in de zomer?
        """)
    return clean("""
    Goedendag,
    Onze blauwe container (chipnummer 4D0A 22F1 0093) is bij het legen kapotgegaan, de deksel is eraf. Op de Populierendreef hebben meer mensen dit probleem sinds de nieuwe vrachtwagen. Kost een nieuwe container iets? Op de site lees ik € 45,- maar ook 'gratis bij schade door inzameling'.
    Groet, bewoners van de Populierendreef
    """)


@sc("nl", False)
def nl_openbare_ruimte_anoniem(k, g):
    if k == 0:
        return clean("""
        Melding (anoniem)
        Wat: kuil in het fietspad, ca. 40 cm breed, 10 cm diep
        Waar: fietspad langs de Hoge Dijk, tussen de rotonde en de brug over de Linge, ter hoogte van lichtmast 0412-18
        Sinds: ongeveer 2 weken
        Gevaarlijk in het donker! Vanochtend om 7.45 is er bijna een scholier gevallen.
        """)
    return clean("""
    De bankjes in het park aan het Zwanenwater zijn beklad met graffiti en bij de ingang aan de Molenerf-kant ligt een kapotte afvalbak. Ook hangt er bij de speeltuin een los bord (gemeentelijk nummer SPL-07). Wie moet ik hiervoor bellen, de wijkbeheerder of 14 0345?
    """)


@sc("nl", False)
def nl_parkeerregels(k, g):
    if k == 0:
        return clean("""
        Goedemiddag, wij krijgen in augustus 10 dagen logees. Hoeveel bezoekersuren krijg je per jaar bij een bewonersvergunning? Op de site staat 'max. 250 uur à € 0,60', maar de buren zeggen dat het sinds 2024 € 0,85 is. En geldt het in zone A ook op zondag tussen 12:00 en 17:00?
        """)
    return clean("""
    Vraag: Ik heb een elektrische auto. Mag ik bij de laadpaal op het Gildeplein langer dan 4 uur staan als ik een vergunning voor zone C heb? En komt de gemeente nog met een laadpaal op de Tiendweg? Ik heb daar vorig jaar een aanvraag voor gedaan (aanvraagnummer LP-2024-0087).
    """)


@sc("nl", False)
def nl_raadsvergadering(k, g):
    if k == 0:
        return clean("""
        Kan ik de raadsvergadering van donderdag 26 juni (aanvang 19:30) ook online volgen? En wordt de motie over het zwembad (M2025-21) dan besproken, of is dat agendapunt verschoven naar 10 juli? In de raadsinformatiebrief 2025-042 staat iets anders dan op de site.
        """)
    return clean("""
    Beste griffie,

    Ik zoek het verslag van de commissie Bestuur & Middelen van 15 mei 2025. Op de website staat alleen de agenda (versie 1.3) en de stukken 2025-0418 t/m 2025-0422. Is het verslag al vastgesteld? Ook vraag ik mij af hoe ik me kan aanmelden voor de nieuwsbrief van de raad.

    Met vriendelijke groet,
    Bewonersvereniging Oude Haven
    """)


@sc("nl", False)
def nl_woz_anoniem(k, g):
    woz = "1961" + g.digits(8, "0")
    v9 = valid9(g)
    if k == 0:
        return clean(f"""
        Vraag over WOZ-beschikking 2025
        WOZ-objectnummer: {woz}
        Aanslagnummer: {v9}
        Belastingjaar: 2025, waardepeildatum 1-1-2024
        De waarde is met 14,2% gestegen (van € 318.000 naar € 363.000). Waar kan ik de vergelijkbare verkopen (referentiewoningen) zien? Het kadastrale perceel is LWD01 K 1234.
        """)
    return clean(f"""
    Ik heb 2 aanslagen gekregen voor hetzelfde pand: aanslagnummer {g.digits(16)} en aanslagnummer {v9[:4]} {v9[4:]}. Objectnummer {woz[:4]}-{woz[4:]}. Volgens mij is de tweede dubbel. Het gaat om € 498,12. Graag uitleg, dan betaal ik alleen de juiste.
    """)


@sc("nl", False)
def nl_zaakstatus(k, g):
    n9 = g.not_bsn()
    if k == 0:
        return clean(f"""
        Wat is de status van mijn aanvraag omgevingsvergunning (zaaknummer Z-2025-006311, ingediend 17-03-2025)? De wettelijke termijn van 8 weken is volgens mij op 12 mei verstreken. In het Omgevingsloket staat nog 'in behandeling', OLO-nummer {n9}.
        """)
    return clean(f"""
    Hallo, ik heb op 2 juni een afspraak gemaakt voor een nieuw rijbewijs, bevestigingscode BZ-93KP-4T, 10:20 uur. Ik kan helaas niet. Kan ik omboeken naar 5 of 6 juni? De link in de bevestigingsmail (ref {n9}) geeft een foutmelding 404.
    """)


@sc("nl", False)
def nl_autoreply(k, g):
    if k == 0:
        return clean("""
        Dit is een automatisch antwoord.

        Bedankt voor uw e-mail aan de gemeente Lindewaard. Wij reageren binnen 5 werkdagen. Heeft u een spoedeisende vraag? Bel dan 14 0345 (ma t/m vr 8.30–17.00 uur) of app ons via 06-39041177.
        Betalingen voor leges en belastingen: NL82 BNGH 0285 1703 42 t.n.v. Gemeente Lindewaard, o.v.v. het aanslagnummer.

        Gemeente Lindewaard · Raadhuisplein 1 · 4191 CV Lindewaard · Postbus 150, 4190 CD Lindewaard
        KvK 71934862 · btw NL001870348B01 · www.lindewaard.example
        """)
    return clean("""
    --
    GEMEENTE LINDEWAARD | Klantcontactcentrum
    Bezoekadres Raadhuisplein 1, 4191CV Lindewaard | Milieustraat: Energieweg 14
    T: 14 0345 of +31 345 587 200 (vanuit het buitenland)
    IBAN NL18INGB0006541279 (parkeren en marktgelden)
    Volg ons op X en Instagram: @GemeenteLindewaard / @gem_lindewaard
    Deze e-mail is uitsluitend bestemd voor de geadresseerde. Omzetbelastingnummer 0018.70.348.B01
    """)


@sc("nl", False)
def nl_kadaster(k, g):
    n9 = g.not_bsn()
    if k == 0:
        return clean(f"""
        Wij willen een dakkapel plaatsen. Het perceel is kadastraal bekend als gemeente Lindewaard, sectie K, nummer 1234 (LWD01 K 1234), oppervlakte 312 m². Valt dit onder vergunningvrij bouwen? Het bestemmingsplan 'Oudewaard-Centrum 2018' (NL.IMRO.1961.BPoudewaardc-VG01) zegt iets over de voorgevel.
        Referentie makelaar: {n9}.
        """)
    return clean(f"""
    Betreft: splitsingsvergunning pand naast de Oude Haven (kadastraal LWD02 C 877 en LWD02 C 878)
    Vraag: is voor het splitsen in 3 appartementen een vergunning nodig als de gevel niet verandert? Bouwjaar 1927, inhoud ca. 640 m³. Dossiernummer aannemer {n9}, offerte d.d. 4-4-2025.
    """)


@sc("nl", False)
def nl_intern_storing(k, g):
    if k == 0:
        return clean("""
        Aan: alle medewerkers Burgerzaken
        Storing balie-applicatie

        Sinds de update naar versie 3.14.2.1 van de balie-app lukt het aanvragen van reisdocumenten niet op balie 2 en 4 (foutcode RDS-0507). De leverancier werkt aan een patch (build 3.14.2.7). Tot die tijd graag balie 1, 3 en 5 gebruiken. Afspraken na 13:00 worden verschoven; de KCC belt klanten zelf.

        Teamleider Burgerzaken
        """)
    return clean("""
    [intern] DigiD-koppeling MijnLindewaard ligt eruit sinds 08:10. Logius meldt storing op hun kant (incident INC-2025-33817). Klanten die bellen: verwijzen naar het papieren formulier of later opnieuw proberen. Status-pagina: status.lindewaard.example. Server mijn-web-02 (10.40.2.17) draait wel.
    """)


@sc("nl", False)
def nl_social_post(k, g):
    if k == 0:
        return clean("""
        @GemeenteLindewaard wanneer gaan jullie eindelijk iets doen aan de verkeersdrempel op de Sluiswachtersweg??? elke dag bonkt de bus eroverheen, hele huis trilt 🚌💥 #lindewaard #wegwerkzaamheden
        """)
    return clean("""
    Complimenten aan de mensen van de Milieustraat 👏 vanochtend in 10 min klaar, super geholpen met het asbesthoudende golfplaat. @gem_lindewaard #lindewaard
    ↳ @GemeenteLindewaard: Wat fijn om te horen! We geven het door aan de collega's 😊
    """)


@sc("nl", True)
def nl_emigratie(k, g):
    fn, sn = g.name(g.r.choice(["be", "nl", "ma"]))
    bstreet = g.r.choice(["Kapelstraat", "Dorpsstraat", "Stationsstraat", "Ommegangstraat"])
    btown, bpc = g.r.choice([("Lier", "2500"), ("Turnhout", "2300"), ("Hasselt", "3500"), ("Brugge", "8000")])
    gsm = "4" + g.r.choice("789") + g.digits(7, "0123456789")
    if k == 0:
        return clean(f"""
        Goeiendag,

        Ik verhuis op 30 juni naar België en wil mij uitschrijven uit de BRP (vertrek naar het buitenland). Nieuw adres: {AD(bstreet + " " + g.hn(False) + " bus 2")}, {PC(bpc)} {btown}. Mijn bsn-nummer is {BS(f_bsn(g.bsn(), 1))}. Mijn dochter {P(g.given("be", "f") + " " + sn)} (geboren {DOB(f_date(g.dob(2009, 2014), "dmy/"))}) gaat mee.
        Na de verhuizing ben ik bereikbaar op mijn Belgische gsm {PH("0" + gsm[:3] + " " + gsm[3:5] + " " + gsm[5:7] + " " + gsm[7:])}.

        Vriendelijke groeten,
        {P(fn + " " + sn)}
        """)
    return clean(f"""
    Emigratie doorgeven
    naam: {P(fn + " " + sn)}
    bsn: {BS(f_bsn(g.bsn(), 0))}
    vertrekdatum: 15-08-2025
    land: België
    adres buitenland: {AD(bstreet + " " + g.hn(False))}, {PC(bpc)} {btown}
    telefoon: {PH("+32 " + gsm[:3] + " " + gsm[3:5] + " " + gsm[5:7] + " " + gsm[7:])}
    reden aanvraag uittreksel: werkgever vraagt bewijs van uitschrijving (personeelsnr. 004417)
    """)


# ============================== EN (25 scenarios) ==============================
SIG_EN = """Kind regards,

{who}
International Desk | Municipality of Lindewaard
Raadhuisplein 1, 4191 CV Lindewaard, the Netherlands
Phone: 14 0345 (from abroad: +31 345 587 200)
international@lindewaard.example"""


@sc("en", True)
def en_brp_registration(k, g):
    fn, sn = g.name(g.r.choice(EN_HER))
    if k == 0:
        return clean(f"""
        Hi,

        I moved to Lindewaard last month for a job at a logistics company and I need to register in the BRP so I can get my BSN. I booked an appointment online (confirmation code BZ-4TT9-21) but the website asked for my passport number and date of birth and it crashed after I entered them, so here they are:
        Name: {P(fn + " " + sn)}
        Date of birth: {DOB(f_date(g.dob(1985, 2001), "ord"))}
        Passport no.: {DOC(g.digits(9))} (UK)
        Address: {AD(g.street() + " " + g.hn())}, {PC(g.pc())} Lindewaard (room rented from my employer)

        Is the appointment still valid?
        Thanks, {P(fn)}
        """)
    return clean(f"""
    Hello Municipality,
    My wife and I arrived from Chennai on 2 March. We have an appointment for first registration next Tuesday at 11:20. Do we both need to come, or can I register her too? Her name is {P(g.given("in", "f") + " " + sn)}, born {DOB(f_date(g.dob(1988, 1998), "us"))}. We have our birth certificates apostilled and translated.
    Our temporary address is {AD(g.street() + " " + g.hn(False))}.
    Regards,
    {P(fn + " " + sn)}
    {PH("+31 6 " + g.mobile()[1:])}
    """)


@sc("en", True)
def en_deregistration(k, g):
    fn, sn = g.name("uk")
    st, town, pcode = g.r.choice(UK_ADDR)
    mob = "07700 900" + g.digits(3, "0123456789")
    if k == 0:
        return clean(f"""
        Dear Sir/Madam,

        I am leaving the Netherlands on 31 July and moving back to the UK. Please deregister me from the BRP as of that date. My new address will be {AD(str(g.r.randint(3, 90)) + " " + st)}, {town} {PC(pcode)}.
        My Dutch BSN is {BS(f_bsn(g.bsn(), 2))}. Could you confirm by e-mail that the deregistration is done? I need it for my pension fund.
        After 31 July the best way to reach me is {PH(mob)}.

        Yours faithfully,
        {P(fn + " " + sn)}
        """)
    return clean(f"""
    Re: leaving NL
    hi, quick one – we (me + my partner {P(g.given("uk"))}) are moving to {town} in September. Does the municipality inform the tax office automatically? Our UK address: {AD("Flat 4, " + str(g.r.randint(3, 90)) + " " + st)}, {PC(pcode)}. Landline there will be {PH("+44 " + {"Leeds": "113", "Manchester": "161", "Bristol": "117", "Edinburgh": "131"}[town] + " 496 0" + g.digits(3, "0123456789"))}.
    cheers, {P(fn + " " + sn)}
    """)


@sc("en", True)
def en_digid(k, g):
    fn, sn = g.name(g.r.choice(EN_HER))
    ip4 = g.r.choice(["84.241.", "145.53.", "77.161.", "62.194."]) + f"{g.r.randint(1, 254)}.{g.r.randint(1, 254)}"
    if k == 0:
        return clean(f"""
        Hello,

        I can't log in to MijnLindewaard with DigiD. After the SMS code it says "access denied from your location" (error LW-403). I'm on my home connection, IP {IP(ip4)} according to whatismyip. I am using Firefox 126.0.1 on Windows 11.
        My BSN is {BS(g.bsn())} in case you need it to check my account. Email: {EM(mail(fn, sn, "gmail.com", style=0))}

        {P(fn + " " + sn)}
        """)
    return clean(f"""
    Subject: DigiD activation letter never arrived

    Hi, I requested a DigiD on 14 May (request nr DGD-2025-881232) but the activation letter never came. Could it be because my name is written differently in the BRP? My passport says {P(sn.upper() + " " + fn.upper())} but my mail box only has '{P(fn + " " + sn)}'. My citizen service number: {BS(f_bsn(g.bsn(), 1))}.
    PS: MijnLindewaard also e-mailed me about a login from {IP("185.107." + str(g.r.randint(1, 254)) + "." + str(g.r.randint(1, 254)))} on 2 June at 03:14. That wasn't me!
    Thank you!
    """)


@sc("en", True)
def en_residence(k, g):
    fn, sn = g.name(g.r.choice(["in", "cn", "ua", "sy"]))
    rd = g.r.choice(["II", "III", "IV"]) + "-V" + "".join(g.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(8))
    assert residence_doc_valid(rd)
    if k == 0:
        return clean(f"""
        Good afternoon,

        My daughter {P(g.given(g.r.choice(["in", "cn"]), "f") + " " + sn)} joined us through family reunification; she was born on {DOB(f_date(g.dob(2010, 2019), "en"))}. The IND gave her a residence permit, document number {DOC(rd)}. What do we need to bring to register her at our address ({AD(g.street() + " " + g.hn())})?
        Regards,
        {P(fn + " " + sn)}, tel. {PH(f_mob(g.mobile(), 2))}
        """)
    return clean(f"""
    Hi there, I lost my residence card (verblijfsdocument) in the train last Friday. The card number was {DOC(rd)}, valid until 2028. I reported it to the IND already (case 2025-04-17-3391). Do I also need to tell the municipality? My name is {P(fn + " " + sn)}.
    """)


@sc("en", True)
def en_parking(k, g):
    fn, sn = g.name(g.r.choice(EN_HER))
    old, new = g.plate(), g.plate()
    if k == 0:
        return clean(f"""
        Hello, I have a resident parking permit (zone B) and my lease car was replaced. Old licence plate {KT(old)}, new one {KT(new)}. Can you update the permit? I live at {AD(g.street() + " " + g.hn())}. The permit number is PV-2025-00417.
        Many thanks, {P(fn + " " + sn)}
        """)
    return clean(f"""
    Hi, I got a parking fine yesterday (fine number 7302 4471 2290) while my visitor parking session was active in the app. The car was my brother-in-law's, registration {KT(new.replace("-", " "))}. Session started 14:05, fine at 14:20. Can this be cancelled? Screenshot attached.
    {P(fn)}
    """)


@sc("en", True)
def en_lost_passport(k, g):
    fn, sn = g.name("nl", "f") if k == 0 else g.name(g.r.choice(["uk", "in", "pl"]))
    if k == 0:
        nr = g.docnr("N")
        return clean(f"""
        Hi, I'm Dutch but I live in Lindewaard with my English husband and hardly write Dutch anymore, sorry. My Dutch passport {DOC(nr)} expires in October and I want to renew it. Can I keep the old one (it has my visa for Canada)? Also, my husband {P(g.given("uk", "m") + " " + g.name("uk")[1])} needs a Dutch ID card? He is not Dutch.
        Best, {P(fn + " " + sn)}
        """)
    nr = g.docnr("I")
    return clean(f"""
    Lost Dutch ID card – report
    Name: {P(fn + " " + sn)}
    Date of birth: {DOB(f_date(g.dob(1950, 2000), "dmy-"))}
    ID card number: {DOC(nr)}
    Where/when: Schiphol, 11 June 2025, around 18:30 (lost, not stolen)
    Phone: {PH(f_mob(g.mobile(), 4))}
    """)


@sc("en", True)
def en_waste_complaint(k, g):
    fn, sn = g.name(g.r.choice(EN_HER))
    if k == 0:
        return clean(f"""
        Hello,
        For three weeks now my neighbour at {AD(g.street() + " " + g.hn(False))} has been putting his rubbish bags next to the underground container instead of in it. Rats are showing up. I spoke to him ({P(g.given("nl", "m"))}, the man with the white van) but nothing changed. Can enforcement take a look?
        I prefer to stay anonymous to him. You can call me on {PH(f_mob(g.mobile(), 1))}.
        {P(fn + " " + sn)}
        """)
    return clean(f"""
    Hi, which day is the plastic (PMD) collection for {AD(g.street() + " " + g.hn())}? The waste app shows nothing for my postcode {PC(g.pc().replace(" ", ""))}. I moved in on 1 May. Thanks! – {P(fn)}
    """)


@sc("en", True)
def en_refund(k, g):
    fn, sn = g.name(g.r.choice(EN_HER))
    if k == 0:
        ib = g.iban_gb()
        return clean(f"""
        Dear team,

        I paid the fee for my residence registration extract twice (2 × € 16.45, transaction ids 48220137 and 48220139). Please refund one payment to my UK account:
        IBAN {IB(iban_group(ib))}
        BIC MIDLGB22
        Account holder: {P(fn + " " + sn)}

        Thanks in advance
        """)
    return clean(f"""
    Hello, the municipality charged me twice for the dog tax 2025 (assessment number {g.digits(12)}). Please pay back € 109,50 to {IB(g.iban_nl("BUNQ"))} (my bunq account). The other account in your system ({IB(iban_group(g.iban_pl()))}) is my old Polish one, please remove it.
    Best regards,
    {P(fn + " " + sn)}
    """)


@sc("en", True)
def en_marriage(k, g):
    a1, s1 = g.name(g.r.choice(EN_HER))
    a2, s2 = g.name(g.r.choice(["nl", "sr", "tr"]), "f" if k == 0 else None)
    if k == 0:
        return clean(f"""
        Hi!
        My fiancée and I would like to get married at the town hall in Lindewaard. I'm British, she is Dutch. Names: {P(a1 + " " + s1)} (born {DOB(f_date(g.dob(1985, 1997), "ord"))} in Cardiff) and {P(a2 + " " + s2)} (born {DOB(f_date(g.dob(1985, 1997), "dmy-"))}).
        Do I need a certificate of no impediment? And is Saturday 13 September 2025 still available? We'd have about 60 guests.
        Best,
        {P(a1)}
        """)
    return clean(f"""
    Notice of intended marriage – witnesses
    Witness 1: {P(g.given("uk") + " " + g.name("uk")[1])}, passport {DOC(g.digits(9))}
    Witness 2: {P(g.given("nl") + " " + g.name("nl")[1])}, Dutch ID card {DOC(g.docnr("I"))}
    Couple: {P(a1 + " " + s1)} & {P(a2 + " " + s2)}
    Ceremony: Friday 3 October 2025, 15:30, Trouwzaal
    Contact: {EM(mail(a2, s2, "live.nl", style=1))}
    """)


@sc("en", True)
def en_care(k, g):
    fn, sn = g.name(g.r.choice(["uk", "in", "cn"]))
    carer, cs = g.name("pl")
    gp = g.name("nl")
    if k == 0:
        return clean(f"""
        Hello,
        My father ({P(g.given(g.r.choice(["uk", "in"]), "m") + " " + sn)}) came to live with us at {AD(g.street() + " " + g.hn())} in January. He needs help with showering and we are looking into Wmo support. Right now a private carer, {P(carer + " " + cs)}, comes in the mornings. His GP here is Dr {P(gp[1])}.
        Do we apply in his name or mine? My number: {PH(f_mob(g.mobile(), 2))}.
        Kind regards, {P(fn + " " + sn)}
        """)
    return clean(f"""
    Hi {P(WMO1.split()[0])},
    Thanks for the visit on Thursday. As discussed, here are the details of my mother's carers: {P(carer + " " + cs)} (weekdays) and my sister {P(g.given("cn", "f") + " " + sn)} (weekends). Our GP, Dr. {P(gp[0][0] + ". " + gp[1])}, can confirm the situation if needed.
    Best regards,
    {P(fn)}
    """)


@sc("en", True)
def en_social_dm(k, g):
    fn, sn = g.name(g.r.choice(EN_HER))
    if k == 0:
        return clean(f"""
        DM @GemeenteLindewaard
        me: hi! the streetlight in front of {AD(g.street() + " " + str(g.r.randint(2, 50)))} has been flickering for a week, it's right outside the kids' bedroom 😩
        GemeenteLindewaard: Thanks for letting us know! We've logged it (MOR-2025-13302). ^{P(KCC2.split()[0])}
        me: thanks! if the contractor needs access to the garden, call me: {PH(f_mob(g.mobile(), 7))} – {P(fn)}
        """)
    return clean(f"""
    @GemeenteLindewaard hey, is there an English version of the waste calendar? Google translate makes a mess of 'oud papier' 😅 my name's {P(fn + " " + sn)}, just moved here from Hanoi 🇻🇳
    """)


@sc("en", True)
def en_forward_chain(k, g):
    fn, sn = g.name(g.r.choice(EN_HER))
    if k == 0:
        return clean(f"""
        From: {P(fn + " " + sn)} <{EM(mail(fn, sn, "protonmail.com", style=0))}>
        Sent: Monday, 16 June 2025 09:12
        To: international@lindewaard.example
        Subject: FW: Registration at your address

        Hello, I received the letter below but I don't understand it. Could you explain in English? My landlord {P(g.given("nl", "m") + " " + g.name("nl")[1])} says he did nothing.

        ---------- Doorgestuurd bericht ---------
        Van: Burgerzaken Lindewaard <burgerzaken@lindewaard.example>
        Datum: vr 13 jun 2025 om 14:22
        Onderwerp: Onderzoek naar uw adres (kenmerk ADR-25-00917)

        Geachte heer/mevrouw,
        Wij hebben een signaal ontvangen dat u mogelijk niet (meer) woont op uw adres in de BRP. Wilt u binnen 2 weken contact opnemen via 14 0345?
        Met vriendelijke groet, {P(BZ1)}
        """)
    return clean(f"""
    Thanks {P(INT1.split()[0])}, that helps!
    {P(fn)}

    On Wed, 4 Jun 2025 at 10:01, International Desk wrote:
    > Dear {P(fn + " " + sn)},
    > You can apply for the parking permit online via mijn.lindewaard.example. The fee is € 96 per year.
    """) + "\n> " + SIG_EN.format(who=P(INT1)).replace("\n", "\n> ").replace("> \n", ">\n")


@sc("en", True)
def en_birth(k, g):
    her = g.r.choice(["vn", "cn", "in", "uk"])
    fa, sn = g.name(her, "m")
    mo, ms = g.name(g.r.choice(["nl", "vn", "pl"]), "f")
    bd = datetime.date(2025, g.r.randint(1, 5), g.r.randint(1, 28))
    baby = g.given(her, "m" if k == 0 else "f")
    if k == 0:
        return clean(f"""
        Hello, our son was born at home on {DOB(f_date(bd, "en"))}! 🎉 I need to register the birth within 3 working days, but the earliest appointment online is next week. What should I do?
        Baby: {P(baby + " " + sn)}
        Father: {P(fa + " " + sn)} (me)
        Mother: {P(mo + " " + ms)}
        My phone: {PH(f_mob(g.mobile(), 3))}
        """)
    return clean(f"""
    Hi, for the birth registration tomorrow (appointment code BZ-R7T2-55, 09:40): my partner {P(mo + " " + ms)} cannot come because she is still recovering. I'll come alone with the acknowledgement papers. Our daughter's name will be {P(baby + " " + sn)}, born {DOB(f_date(bd, "dmy/"))}. Is that enough?
    {P(fa)}
    """)


@sc("en", True)
def en_bnb_kvk(k, g):
    fn, sn = g.name(g.r.choice(EN_HER))
    if k == 0:
        return clean(f"""
        Hello, I run a small B&B (2 rooms) from my home at {AD(g.street() + " " + g.hn(False))}, {PC(g.pc())} Lindewaard. For the tourist tax return Q2 the portal asks for my Chamber of Commerce number: it's {KVK(g.kvk())}. VAT number {BTW(g.btw())}. I had 41 overnight stays at € 2.10 each.
        {P(fn + " " + sn)}
        """)
    return clean(f"""
    Dear municipality,
    Please update the details of my sole proprietorship for the market permit. New CoC number: {KVK(g.kvk())}; my old VAT number was {BS(g.ob(g.bsn()))}, the new VAT ID is {BTW(g.btw())}.
    Kind regards,
    {P(fn + " " + sn)}
    {EM(mail(fn, sn, "outlook.com", style=2))}
    """)


@sc("en", True)
def en_alderman(k, g):
    fn, sn = g.name(g.r.choice(EN_HER))
    if k == 0:
        return clean(f"""
        Dear alderman {P(WETH)},

        I'm writing about the noise from the new distribution centre on the Tiendweg. Trucks arrive from 4 a.m. and the reversing beepers wake up the whole street. At the residents' meeting on 10 April you promised a noise measurement. Has it been done?

        Yours sincerely,
        {P(fn + " " + sn)}
        {AD(g.street() + " " + g.hn())}, Lindewaard
        """)
    return clean(f"""
    To Mayor {P(BURG)} and councillor {P(RAAD)}: thank you for attending our neighbourhood barbecue on Saturday! The kids loved the fire engine. Photos are on our Facebook page. – {P(fn + " " + sn)}, chair of the Oude Haven residents' association
    """)


@sc("en", True)
def en_internal(k, g):
    fn, sn = g.name(g.r.choice(EN_HER), "f" if k == 0 else "m")
    if k == 0:
        return clean(f"""
        Internal note – International Desk
        Client {P(fn + " " + sn)} called about her first registration. She has no BSN yet; employer (Riverside Logistics B.V.) needs it before payday on the 25th. Earliest slot offered: 19 June 10:00. Client prefers English. Callback on {PH(f_mob(g.mobile(), 0))}.
        – {P(INT1)}
        """)
    return clean(f"""
    {P(KCC1.split()[0])}, can you check the RNI registration for {P(fn + " " + sn)}? He says he registered at the Stadswinkel in Lindewaard in 2023 as a non-resident, but the BRP shows no BSN. Date of birth per his passport: {DOB(f_date(g.dob(1970, 1995), "dmy-"))}. Thx, {P(INT1.split()[0])}
    """)


@sc("en", True)
def en_card_payment(k, g):
    fn, sn = g.name(g.r.choice(EN_HER))
    card = g.card("4") if k == 0 else g.card("5" + str(g.r.randint(1, 5)))
    if k == 0:
        return clean(f"""
        Hi, the online payment for my ID card application (€ 77,85) failed three times. iDEAL doesn't work with my foreign bank, so can I pay by credit card? Card number {CC(" ".join(card[i:i + 4] for i in range(0, 16, 4)))}, exp 09/27, name {P(fn + " " + sn)}. Please charge it manually.
        """)
    return clean(f"""
    Hello, I was charged twice for the same parking session on 2 June (2 × € 4,80). The charges are on my Mastercard {CC(card)}. Order reference 2025-06-02-77193. Could you reverse one of them?
    Thanks, {P(fn)}
    """)


# ----- EN PII-free
@sc("en", False)
def en_hours(k, g):
    if k == 0:
        return clean("""
        Hi, what are the opening hours of the town hall on Saturdays? I need to pick up my driving licence (application 9 May) and I work Monday to Friday from 8 to 6.
        """)
    return clean("""
    Hello, can I make an appointment for a passport without a DigiD? The booking page keeps redirecting me to the DigiD login. I'm from Belgium and don't have one yet. Thanks in advance!
    """)


@sc("en", False)
def en_documents(k, g):
    if k == 0:
        return clean("""
        Good morning, which documents do I need to bring for my first registration in the Netherlands? I am an EU citizen (Spanish). I have a rental contract starting 1 July and a legalised birth certificate from 2019. Does the birth certificate need to be newer than 6 months?
        """)
    return clean("""
    Hello, my company's HR says I need a "uittreksel BRP met adreshistorie". How much does it cost (is it € 16.45?) and can I request it online in English? The form at lindewaard.example/uittreksel is only in Dutch.
    """)


@sc("en", False)
def en_waste(k, g):
    if k == 0:
        return clean("""
        Hi! Where can I drop off an old washing machine and two mattresses? Is the recycling centre on Energieweg open on Saturday, and do I need to pay? I read something about a limit of 2 m³ per visit.
        """)
    return clean("""
    Hello, I live in an apartment block on the Oude Haven and we share 4 containers. The green bin was not emptied on Monday 9 June, but the grey one was. Is there a new schedule for 2025? The app (v 5.2.0.14) says GFT every two weeks on Thursdays.
    """)


@sc("en", False)
def en_council(k, g):
    if k == 0:
        return clean("""
        Hello, are council meetings in Lindewaard ever held in English or with subtitles? I'd like to follow the debate on 26 June (starts 19:30) about the new swimming pool – agenda item 9, proposal RV-2025-031.
        """)
    return clean("""
    Hi, I'm a student at the university of applied sciences and doing a project on citizen participation. Is the public allowed to attend committee meetings, and can I get the minutes of the meetings from January to April 2025 (documents 2025-0101 to 2025-0388)?
    """)


@sc("en", False)
def en_digid_generic(k, g):
    if k == 0:
        return clean("""
        The DigiD app on my phone (version 6.4.1) says 'Deze functie is niet beschikbaar' when I try to sign the form for the parking permit. Error code 100-3007. Tried on two phones. Is this a problem on your side?
        """)
    return clean("""
    Hi, my DigiD activation code expired (it's valid for 20 days, I was on holiday). Do I need to request a new one via the DigiD website or through the municipality? Reference on the letter: 4400 1287 3309.
    """)


@sc("en", False)
def en_parking_rules(k, g):
    if k == 0:
        return clean("""
        Hello, we're visiting Lindewaard for the weekend of 21–22 June with a campervan (7.2 m). Where can we park overnight? Is the car park at the Lindekade free after 18:00? We saw signs saying '€ 2,40/hr, max 3 hrs'.
        """)
    return clean("""
    Hi, how long does a company parking permit take to process? We applied on 5 May (application no. BV-2025-1144) for 3 vans. It's been 6 weeks.
    """)


@sc("en", False)
def en_autoreply(k, g):
    if k == 0:
        return clean("""
        Automatic reply: thank you for contacting the Municipality of Lindewaard. We will answer within 5 working days. For urgent matters call 14 0345 from a Dutch number or +31 345 587 200 from abroad, Monday to Friday 8:30-17:00. WhatsApp: +31 6 3904 1177.
        Municipality of Lindewaard | PO Box 150, 4190 CD Lindewaard | www.lindewaard.example
        """)
    return clean("""
    --
    Municipality of Lindewaard – International Desk
    Town hall: Raadhuisplein 1, 4191 CV Lindewaard
    Payments: IBAN NL82BNGH0285170342 (BIC BNGHNL2G), Chamber of Commerce 71934862
    This e-mail may contain confidential information. Follow us: @GemeenteLindewaard
    """)


@sc("en", False)
def en_woz(k, g):
    woz = "1961" + g.digits(8, "0")
    if k == 0:
        return clean(f"""
        Hello, I received a WOZ decision (object number {woz}) stating a value of € 287,000 for my apartment. I bought it in 2023 for € 255,000. How do I object, and is there a deadline? The letter is dated 28 February 2025.
        """)
    v9 = valid9(g)
    return clean(f"""
    Hi, could you explain the line 'rioolheffing eigenaar' on my tax assessment (assessment no. {v9})? I'm a tenant, not the owner. Amount € 231,44, due date 30 April.
    """)


# ============================== DE (20 scenarios) ==============================
def de_mob(g, style):
    pre = g.r.choice(["151", "152", "160", "170", "171", "176"])
    rest = g.digits(8 if pre.startswith("15") else 7, "123456789")
    return {0: f"0{pre} {rest}", 1: f"+49 {pre} {rest}", 2: f"0{pre}-{rest}", 3: f"+49 (0){pre} {rest[:4]} {rest[4:]}",
            4: f"0049 {pre} {rest}"}[style]


def de_land(g, style):
    area = g.r.choice(["2821", "2822", "2826", "2871", "2823"])
    rest = g.digits(6, "23456789")
    return {0: f"0{area} {rest}", 1: f"0{area}/{rest[:2]} {rest[2:4]} {rest[4:]}", 2: f"+49 {area} {rest}",
            3: f"(0{area}) {rest}"}[style]


def de_plate(g):
    dist = g.r.choice(["KLE", "BOR", "WES", "D", "E"])
    v = f"{dist}-{g.r.choice('ABCDEFGHKLMNPRSTUVWXZ')}{g.r.choice(['', 'K', 'R', 'S', 'T'])} {g.r.randint(1, 9999)}"
    assert DE_KZ.fullmatch(v)
    return v


def de_ausweis(g):
    A = "CFGHJKLMNPRTVWXYZ"
    return g.r.choice("LMNPRTVWXY") + "".join(g.r.choice(A + "0123456789") for _ in range(8))


@sc("de", True)
def de_grenzgaenger(k, g):
    fn, sn = g.name(g.r.choice(DE_HER))
    st, town, plz = g.r.choice(DE_STREETS)
    if k == 0:
        return clean(f"""
        Sehr geehrte Damen und Herren,

        ich arbeite seit März als Grenzgänger bei einem Betrieb in Lindewaard und wohne weiterhin in Deutschland. Mein Arbeitgeber benötigt meine BSN. Ich habe mich am 12. März als Nichtansässiger (RNI) am Schalter registriert, aber noch keine Bestätigung erhalten.
        Name: {P(fn + " " + sn)}
        Geburtsdatum: {DOB(f_date(g.dob(1965, 2000), "dmy."))}
        Anschrift: {AD(st + " " + g.hn(False))}, {PC(plz)} {town}
        Telefon: {PH(de_mob(g, 0))}

        Mit freundlichen Grüßen
        {P(fn + " " + sn)}
        """)
    return clean(f"""
    Hallo, ich habe die Bestätigung bekommen, danke! Meine Bürgerservicenummer lautet {BS(f_bsn(g.bsn(), 2))}. Meine Frau {P(g.given("de", "f") + " " + sn)} (geb. am {DOB(f_date(g.dob(1965, 2000), "de"))}) fängt im Juli auch in Lindewaard an. Muss sie persönlich kommen oder reicht eine Vollmacht?
    Gruß aus {town}
    {P(fn)}
    """)


@sc("de", True)
def de_parken(k, g):
    fn, sn = g.name(g.r.choice(DE_HER), "f")
    if k == 0:
        return clean(f"""
        Guten Tag, ich bin Pendlerin und parke täglich am Bahnhof Lindewaard. Gibt es eine Pendler-Parkkarte für Autos mit deutschem Kennzeichen? Mein Auto: {KT(de_plate(g))}. Ich arbeite Mo–Fr 7–16 Uhr.
        Viele Grüße
        {P(fn + " " + sn)}
        """)
    return clean(f"""
    Sehr geehrte Damen und Herren,
    ich habe am 04.06.2025 einen Strafzettel (Naheffingsaanslag Nr. {g.digits(12)}) für mein Fahrzeug {KT(de_plate(g))} bekommen, obwohl ich mit der App bezahlt habe. Mein niederländischer Firmenwagen (Kennzeichen {KT(g.plate())}) stand daneben und hatte keinen Zettel. Bitte um Prüfung.
    MfG {P(sn)}
    """)


@sc("de", True)
def de_steuer(k, g):
    fn, sn = g.name(g.r.choice(DE_HER))
    if k == 0:
        return clean(f"""
        Sehr geehrte Damen und Herren,

        für mein Ferienhaus in Oudewaard habe ich einen Bescheid über die Abfallgebühr erhalten (Aanslagnummer {g.digits(14)}). Ich bin dort nur 6 Wochen im Jahr. Bitte erstatten Sie den zu viel gezahlten Betrag von € 142,60 auf mein Konto:
        IBAN: {IB(iban_group(g.iban_de()))}
        Kontoinhaber: {P(fn + " " + sn)}

        Mit freundlichen Grüßen
        {P(fn + " " + sn)}
        """)
    return clean(f"""
    Hallo, wir haben seit Mai einen zweiten Hund. Wie melde ich den für die Hundesteuer an? Abbuchung gerne wie bisher vom Konto {IB(g.iban_de())}. Hundemarke Nr. 0417 (alt). Rechnungsnummer des letzten Bescheids: {valid9(g)}.
    Viele Grüße, {P(fn + " " + sn)}
    """)


@sc("de", True)
def de_heirat(k, g):
    a1, s1 = g.name("de", "f")
    a2, s2 = g.name(g.r.choice(["nl", "tr", "pl"]), "m")
    if k == 0:
        return clean(f"""
        Liebes Standesamt,

        wir möchten im Rathaus Lindewaard heiraten. Ich bin Deutsche und wohne in Emmerich, mein Verlobter wohnt in Lindewaard. Unsere Daten:
        – {P(a1 + " " + s1)}, geboren am {DOB(f_date(g.dob(1980, 1998), "dmy."))} in Wesel, Personalausweis {DOC(de_ausweis(g))}
        – {P(a2 + " " + s2)}, geboren am {DOB(f_date(g.dob(1980, 1998), "dmy-"))} in Lindewaard
        Wunschtermin: Samstag, 16. August 2025, nachmittags.

        Herzliche Grüße
        {P(a1)} und {P(a2)}
        """)
    return clean(f"""
    Betreff: Trauung am 27.09.2025 – Trauzeugen
    Hallo Frau {P(DESK_DE.split()[1])},
    wie besprochen die Trauzeugen: {P(g.given("de") + " " + g.name("de")[1])} und {P(g.given("tr") + " " + g.name("tr")[1])}. Beide bringen ihren Personalausweis mit.
    Meine neue Handynummer ist {PH(de_mob(g, 1))}.
    Liebe Grüße, {P(a1 + " " + s1)}
    """)


@sc("de", True)
def de_reisepass(k, g):
    fn, sn = g.name(g.r.choice(["nl", "de"]), "f")
    st, town, plz = g.r.choice(DE_STREETS)
    if k == 0:
        return clean(f"""
        Guten Tag,
        ich bin Niederländerin, wohne aber seit 2016 in {town}. Mein niederländischer Reisepass ({DOC(g.docnr("N"))}) wurde mir im Urlaub in Spanien gestohlen. Die Anzeige der Guardia Civil habe ich. Kann ich den neuen Pass in Lindewaard beantragen, obwohl ich in Deutschland wohne?
        {P(fn + " " + sn)}, {AD(st + " " + g.hn(False))}, {PC(plz)} {town}
        """)
    return clean(f"""
    Verlustmeldung Identitätskarte
    Name: {P(sn + ", " + fn)}
    Geburtsdatum: {DOB(f_date(g.dob(1955, 2003), "dmy."))}
    Dokumentnummer: {DOC(g.docnr("I"))}
    Verloren am: 08.06.2025 in Nijmegen
    Rückruf bitte unter {PH(de_land(g, 1))}
    """)


@sc("de", True)
def de_muell(k, g):
    fn, sn = g.name(g.r.choice(DE_HER))
    if k == 0:
        return clean(f"""
        Hallo,
        ich besitze eine Ferienwohnung in der {AD(g.street() + " " + g.hn())} in Lindebroek. Die graue Tonne wurde seit drei Wochen nicht geleert. Der Nachbar, Herr {P(g.name("nl")[1])}, sagt, die Tonne sei nicht angemeldet. Das stimmt nicht, ich zahle seit 2021 die Gebühr.
        Bitte rufen Sie mich an: {PH(de_land(g, 2))}.
        {P(fn + " " + sn)}
        """)
    return clean(f"""
    Beschwerde: vor unserem Haus ({AD(g.street() + " " + g.hn(False))}, {PC(g.pc())}) liegt seit dem Sturm ein umgestürzter Baum auf dem Gehweg. Meine Mutter, {P(g.given("de", "f") + " " + sn)}, kommt mit dem Rollator nicht vorbei. Bitte dringend entfernen!
    {P(fn)}
    """)


@sc("de", True)
def de_wmo(k, g):
    fn, sn = g.name("de")
    carer = g.name("pl", "f")
    if k == 0:
        return clean(f"""
        Sehr geehrte Frau {P(WMO1.split()[1])},
        vielen Dank für das Gespräch. Wie besprochen, die Pflege meines Vaters ({P(g.given("de", "m") + " " + sn)}, {AD(g.street() + " " + g.hn())}) übernimmt tagsüber Frau {P(carer[0] + " " + carer[1])} aus Kleve. Am Wochenende bin ich da.
        Können Sie mir den Antrag für den Treppenlift auf Deutsch schicken?
        Mit freundlichen Grüßen
        {P(fn + " " + sn)}
        """)
    return clean(f"""
    Hallo, ich bin die Betreuerin von Frau {P(sn)} in der {AD(g.street() + " " + g.hn())}. Sie braucht einen Rollstuhl über die Wmo. Ihr Hausarzt ist Dr. {P(g.name("nl")[1])}. Erreichbar bin ich unter {PH(de_mob(g, 2))}. Gruß, {P(carer[0])}
    """)


@sc("de", True)
def de_forward(k, g):
    fn, sn = g.name(g.r.choice(DE_HER), "m")
    if k == 0:
        return clean(f"""
        Hallo Frau {P(DESK_DE.split()[1])}, können Sie mir erklären, was in diesem Brief steht? Ich spreche leider kaum Niederländisch.
        Danke, {P(fn + " " + sn)}

        Von: Gemeente Lindewaard <belastingen@lindewaard.example>
        Gesendet: Freitag, 6. Juni 2025 11:47
        An: {EM(mail(fn, sn, "web.de", style=0))}
        Betreff: Herinnering aanslag gemeentelijke belastingen

        Geachte heer {P(sn)},
        Wij hebben uw betaling van aanslag {g.digits(12)} nog niet ontvangen. Wilt u € 318,20 binnen 14 dagen overmaken naar NL82 BNGH 0285 1703 42?
        Met vriendelijke groet,
        Team Belastingen, Postbus 150, 4190 CD Lindewaard, telefoon 14 0345
        """)
    return clean(f"""
    Vielen Dank, {P(DESK_DE.split()[0])}! Dann überweise ich es heute.

    Am 10.06.2025 um 09:30 schrieb Gemeinde Lindewaard:
    > Sehr geehrter Herr {P(sn)},
    > es handelt sich um eine Zahlungserinnerung. Bitte überweisen Sie den Betrag auf das Konto der Gemeinde (IBAN NL82BNGH0285170342).
    > Mit freundlichen Grüßen
    > {P(DESK_DE)}
    > Gemeinde Lindewaard – Kundenkontaktzentrum, Raadhuisplein 1, 4191 CV Lindewaard, Tel. +31 345 587 200
    """)


@sc("de", True)
def de_umzug(k, g):
    fn, sn = g.name(g.r.choice(DE_HER))
    if k == 0:
        return clean(f"""
        Umzugsmeldung innerhalb Lindewaard
        Bisherige Adresse: {AD(g.street() + " " + g.hn())}, {PC(g.pc())} Lindewaard
        Neue Adresse: {AD(g.street() + " " + g.hn())}, {PC(g.pc())} Oudewaard
        Datum: 01.07.2025
        Umziehende Personen:
        | Name | Geburtsdatum |
        | {P(fn + " " + sn)} | {DOB(f_date(g.dob(1970, 1990), "dmy."))} |
        | {P(g.given("de") + " " + sn)} | {DOB(f_date(g.dob(2008, 2015), "dmy."))} |
        E-Mail: {EM(mail(fn, sn, "gmx.de", style=1))}
        """)
    return clean(f"""
    Guten Tag, wir ziehen zum 15. August von der {AD(g.street() + " " + g.hn(False))} in die {AD(g.street() + " " + g.hn())}. Mit mir zieht mein Lebensgefährte {P(g.given("de", "m") + " " + g.name("de")[1])} um, geboren am {DOB(f_date(g.dob(1970, 1995), "de"))}. Reicht es, wenn ich das für uns beide melde?
    Grüße {P(fn + " " + sn)}, {PH(de_mob(g, 3))}
    """)


@sc("de", True)
def de_geburt(k, g):
    fa, sn = g.name("de", "m")
    mo = g.given("de", "f")
    bd = datetime.date(2025, g.r.randint(1, 5), g.r.randint(1, 28))
    baby = g.given("de", "m" if k == 0 else None)
    if k == 0:
        return clean(f"""
        Hallo, unser Sohn {P(baby + " " + sn)} ist am {DOB(f_date(bd, "de"))} im Krankenhaus in Lindewaard geboren. Wir wohnen in Kleve. Müssen wir die Geburt in den Niederlanden anzeigen oder beim Standesamt Kleve? Eltern: {P(fa + " " + sn)} und {P(mo + " " + sn)}.
        Viele Grüße
        """)
    return clean(f"""
    Geburtsanzeige – Termin am Dienstag 10:40 (Code BZ-9MX4-07)
    Kind: {P(baby + " " + sn)}, geboren {DOB(f_date(bd, "dmy."))}, 03:15 Uhr
    Vater: {P(fa + " " + sn)}, Reisepass Nr. {DOC(de_ausweis(g))}
    Mutter: {P(mo + " " + sn)}
    """)


@sc("de", True)
def de_social(k, g):
    fn, sn = g.name(g.r.choice(DE_HER))
    if k == 0:
        return clean(f"""
        @GemeenteLindewaard Seit 2 Wochen ist die Brücke am Zwanenwater für Radfahrer gesperrt und es gibt keine Umleitung!! Ich fahre jeden Tag aus Emmerich zur Arbeit 🚲😤 Bitte melden: {PH(de_mob(g, 4))} – {P(fn)}
        """)
    return clean(f"""
    @GemeenteLindewaard Hallo, spricht bei euch jemand Deutsch? Ich brauche Hilfe mit der Anmeldung. LG {P(fn + " " + sn)}
    ↳ @GemeenteLindewaard: Hallo {P(fn)}, ja! Unsere Kollegin {P(DESK_DE.split()[0])} hilft Ihnen gern. Schreiben Sie uns eine DM 🙂
    """)


@sc("de", True)
def de_widerspruch(k, g):
    fn, sn = g.name("de")
    if k == 0:
        return clean(f"""
        WIDERSPRUCH GEGEN DEN BESCHEID VOM 02.05.2025, AKTENZEICHEN UIT/2025/03318

        HIERMIT LEGE ICH WIDERSPRUCH EIN. DIE PARKGEBÜHR WURDE KORREKT BEZAHLT (APP-BELEG LIEGT VOR). ICH BITTE UM ERSTATTUNG VON € 72,00 AUF {IB(iban_group(g.iban_de()))}.

        {P(fn.upper() + " " + sn.upper())}
        {AD(g.r.choice(DE_STREETS)[0].upper() + " " + g.hn(False))}
        """)
    st, town, plz = g.r.choice(DE_STREETS)
    return clean(f"""
    AN DIE GEMEINDE LINDEWAARD, POSTBUS 150, 4190 CD LINDEWAARD
    WIDERSPRUCH
    ICH, {P(fn.upper() + " " + sn.upper())}, WOHNHAFT {AD((st + " " + g.hn(False)).upper())}, {PC(plz)} {town.upper()}, WIDERSPRECHE DER ABLEHNUNG MEINES ANTRAGS AUF EINE STANDPLATZGENEHMIGUNG. KVK-NUMMER MEINES BETRIEBS: {KVK(g.kvk())}.
    """)


@sc("de", True)
def de_kreditkarte(k, g):
    fn, sn = g.name(g.r.choice(DE_HER))
    if k == 0:
        card = g.card("4")
        return clean(f"""
        Guten Tag, die Zahlung der Touristensteuer für unseren Campingplatz-Aufenthalt (Buchungsnr. 2025-0714-33) ist fehlgeschlagen. Bitte buchen Sie den Betrag von € 18,90 von meiner Kreditkarte ab: {CC(card[:4] + "-" + card[4:8] + "-" + card[8:12] + "-" + card[12:])}, gültig bis 11/26, Karteninhaber {P(fn + " " + sn)}.
        """)
    card = g.card("37", 15)
    return clean(f"""
    Hallo, auf meiner Amex-Abrechnung steht eine Abbuchung „GEM LINDEWAARD PARKEREN“ über € 45,00, die ich nicht zuordnen kann. Kartennummer {CC(card[:4] + " " + card[4:10] + " " + card[10:])}. Ich war im Mai gar nicht in Lindewaard. Gruß {P(fn + " " + sn)}
    """)


# ----- DE PII-free
@sc("de", False)
def de_oeffnung(k, g):
    if k == 0:
        return clean("""
        Guten Tag, wann hat das Rathaus am Samstag geöffnet? Ich möchte einen Auszug aus dem Melderegister (BRP) abholen. Muss ich vorher einen Termin vereinbaren? Ich wohne in Deutschland und habe keine DigiD.
        """)
    return clean("""
    Hallo, ist das Bürgerbüro zwischen Weihnachten und Neujahr geöffnet? Am 27.12. und 30.12. hätte ich Zeit. Vielen Dank!
    """)


@sc("de", False)
def de_parkinfo(k, g):
    if k == 0:
        return clean("""
        Hallo, wir kommen am Samstag, 14. Juni, mit dem Wohnmobil nach Lindewaard. Wo dürfen wir parken und was kostet es? Auf dem Parkplatz an der Lindenkade steht „€ 2,40 pro Stunde, max. 3 Std.“ – gilt das auch am Wochenende?
        """)
    return clean("""
    Guten Tag, gilt die Umweltzone in Lindewaard auch für Diesel-Fahrzeuge mit Euro 5? Und brauche ich eine Plakette wie in Deutschland? Danke.
    """)


@sc("de", False)
def de_muellkalender(k, g):
    if k == 0:
        return clean("""
        Hallo, wo finde ich den Abfallkalender 2025 für Hemmerdijk? In der App (Version 4.12.0.3) wird für unsere Straße nichts angezeigt. Und wann wird der Sperrmüll abgeholt – muss ich den anmelden?
        """)
    return clean("""
    Guten Tag, darf ich Grünschnitt bei der Milieustraat in der Energieweg 14 abgeben, wenn ich nicht in Lindewaard wohne? Ich habe einen Garten in Oudewaard (Kleingartenverein, Parzelle 17).
    """)


@sc("de", False)
def de_ratssitzung(k, g):
    if k == 0:
        return clean("""
        Sehr geehrte Damen und Herren, wird in der Ratssitzung am 3. Juli (19:30 Uhr) auch über die neue Radverbindung nach Emmerich gesprochen? Ich habe den Vorschlag RV-2025-027 gelesen und würde gern zuhören. Ist die Sitzung öffentlich?
        """)
    return clean("""
    Hallo, gibt es die Protokolle der Gemeinderatssitzungen auch auf Deutsch? Uns interessiert besonders der Beschluss zur grenzüberschreitenden Buslinie 58 vom 20.03.2025.
    """)


@sc("de", False)
def de_autoreply(k, g):
    if k == 0:
        return clean("""
        Automatische Antwort: Vielen Dank für Ihre Nachricht an die Gemeinde Lindewaard. Wir antworten innerhalb von 5 Werktagen. Aus Deutschland erreichen Sie uns unter +31 345 587 200 (Mo–Fr 8:30–17:00 Uhr).
        Gemeinde Lindewaard · Raadhuisplein 1 · 4191 CV Lindewaard · Niederlande
        Bankverbindung: IBAN NL82 BNGH 0285 1703 42 · USt-IdNr. NL001870348B01
        """)
    return clean("""
    --
    Gemeinde Lindewaard | Kundenkontaktzentrum (KCC)
    Postanschrift: Postbus 150, 4190 CD Lindewaard
    Telefon 14 0345 (nur aus den Niederlanden) · WhatsApp +31 6 39 04 11 77
    Handelsregister (KvK) 71934862 · www.lindewaard.example/deutsch
    """)


@sc("de", False)
def de_aktenzeichen(k, g):
    if k == 0:
        return clean(f"""
        Hallo, ich habe eine Zahlungsaufforderung mit dem Kassenzeichen {g.digits(16)} und dem Aktenzeichen Z-2025-004812 erhalten. Betrag € 96,00, fällig am 30.06.2025. Wofür ist das? Auf dem Schreiben steht nur „Parkeervergunning“.
        """)
    return clean(f"""
    Guten Tag, zu meinem Antrag (Vorgangsnummer {g.not_bsn()}, eingereicht am 02.04.2025) habe ich noch keine Antwort. Die gesetzliche Frist von 8 Wochen ist abgelaufen. Bitte um kurze Rückmeldung.
    """)


@sc("de", False)
def de_bsn_info(k, g):
    if k == 0:
        return clean("""
        Guten Tag, ich fange am 1. September als Grenzgänger in Lindewaard an und habe noch keine BSN. Wie lange dauert die Registrierung als Nichtansässiger, und welche Dokumente brauche ich? Reicht der deutsche Personalausweis?
        """)
    return clean("""
    Hallo, mein Arbeitgeber fragt nach einer „BSN“. Ist das dasselbe wie die deutsche Steuer-ID? Und kann ich die Nummer online beantragen oder nur am Schalter? Danke für die Info.
    """)


# ------------------------------------------------------------- self test ----------
def self_test():
    ok = []

    def t(cond, what):
        if not cond:
            raise AssertionError("self_test: " + what)
        ok.append(what)

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303",
              "103349856", "044126396", "656412689", "460455977", "879119330", "999999990", "111111110"]:
        t(bsn_valid(v), "bsn valid " + v)
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        t(not bsn_valid(v), "bsn invalid " + v)
    t(bank11_valid("123456789") and bank11_valid("999999990"), "bank 11-test")
    t(onderwijs_valid("101222331") and not onderwijs_valid("100252333"), "onderwijsnummer")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789",
              "NL20INGB0001234567", "NL39RABO0300065264", "NL44RABO0123456789", "NL86INGB0002445588",
              "NL68KNAB0123456789", "NL32BUNQ2012345678", "BE71 0961 2345 6769", "DE89370400440532013000",
              "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606", "FR76 3000 6000 0112 3456 7890 189",
              "GB82WEST12345698765432"]:
        t(iban_valid(v), "iban valid " + v)
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300",
              "DE89370400440532013001", "BE68539007547035"]:
        t(not iban_valid(v), "iban invalid " + v)
    t(iban_make("NL", "KNAB0123456789") == "NL68KNAB0123456789", "iban check digits")
    t(iban_make("NL", "BUNQ2012345678") == "NL32BUNQ2012345678", "iban check digits 2")
    for v, e in [("06-12345678", "612345678"), ("+31 (0)6 1234 5678", "612345678"), ("0031612345678", "612345678"),
                 ("020-1234567", "201234567"), ("(020) 123 45 67", "201234567"), ("0111-123456", "111123456"),
                 ("097012345678", "97012345678"), ("06 12345678", "612345678"), ("06-12 34 56 78", "612345678"),
                 ("+316-12345678", "612345678"), ("+31 (0) 6-123 456 78", "612345678"), ("+31 0 6 12345678", "612345678"),
                 ("+31(0)20-1234567", "201234567"), ("0031-(0)20-1234567", "201234567"), ("+31.20.123.45.67", "201234567"),
                 ("020/1234567", "201234567"), ("085 123 4567", "851234567"), ("088 123 4567", "881234567"),
                 ("066 123 4567", "661234567")]:
        t(phone_valid(v) and e164_key(v) == ("31", e), "nl phone valid " + v)
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "069 1234567",
              "0676 123456", "020-123456", "012-3456789", "0800-123", "0800-1234", "0900-1234567", "0906-1234",
              "0909-1234"]:
        t(not phone_valid(v), "nl phone not personal " + v)
    t(nl_phone_type("8001234") == "tollfree" and nl_phone_type("9001234567") == "premium", "toll/premium types")
    t(nl_phone_type("140345") == "short14" and nl_phone_type("14020") == "short14", "14 numbers")
    for v in ["+32 470 12 34 56", "02 511 22 33", "09 265 12 34", "050 44 86 86"]:
        t(phone_valid(v, "be"), "be phone " + v)
    for v in ["+32 470 12 34 5", "02 123 45 67", "09 123 45 67"]:
        t(not phone_valid(v, "be"), "be phone invalid " + v)
    for v in ["+49 30 12345678", "0151 23456789", "+49 (0)221 1234567", "0049 171 1234567"]:
        t(phone_valid(v, "de"), "de phone " + v)
    t(not phone_valid("+49 151 234", "de"), "de phone invalid")
    for v in ["07700 900123", "+44 20 7946 0321", "0113 496 0999", "+44 161 496 0000"]:
        t(uk_drama(v) and phone_valid(v, "uk"), "uk drama " + v)
    t(not uk_drama("07700 123456") and not uk_drama("+44 20 7946 1234"), "uk non-drama")
    for v in ["1012 AB", "1012AB", "1012 ab", "NL-2611ET", "9999 ZZ", "1000 AA"]:
        t(postcode_nl_valid(v), "postcode valid " + v)
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        t(not postcode_nl_valid(v), "postcode invalid " + v)
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        t(docnr_valid(v), "docnr valid " + v)
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        t(not docnr_valid(v), "docnr invalid " + v)
    t(residence_doc_valid("III-V123AL568"), "residence doc")
    ex = ["AB-12-34", "12-34-XY", "12-AB-34", "GB-12-DF", "XB-PK-12", "12-DF-GH", "12-GBX-3", "1-KBB-12",
          "VB-123-X", "G-123-BB", "GBB-12-X", "G-12-BBB", "1-BB-123", "123-BB-1"]
    for i, v in enumerate(ex, 1):
        t(kenteken_sidecode(v) == i, f"kenteken sidecode {i} {v}")
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        t(not kenteken_valid(v), "kenteken invalid " + v)
    t(kenteken_valid("gbb12x") and kenteken_valid("GB 12 DF") and kenteken_valid("xbpk12"), "kenteken compact/space/lower")
    t(plate_valid("KLE-AB 123") and plate_valid("D-K 4711") and not plate_valid("KLE-123"), "DE Kennzeichen")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        t(btw_id_valid(v), "btw valid " + v)
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL111234567B01",
              "NL12345678B01"]:
        t(not btw_id_valid(v), "btw invalid " + v)
    t(ob_valid("NL004495445B01") and not btw_id_valid("NL004495445B01"), "OB-nummer")
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "6759649826438453"]:
        t(card_valid(v), "card valid " + v)
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        t(not card_valid(v), "card invalid " + v)
    t(luhn_valid("490154203237518"), "IMEI trap is Luhn-valid")
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM",
              "info@bakkerij-de-groot.frl"]:
        t(email_valid(v), "email valid " + v)
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld", "icon@2x.png"]:
        t(not email_valid(v), "email invalid " + v)
    t(ip_valid("8.8.8.8") and ip_valid("84.241.17.3") and ip_valid("2a02:a440:1:2::7"), "ip global")
    for v in ["192.168.1.10", "10.40.2.17", "127.0.0.1", "100.64.1.1", "192.0.2.1", "198.51.100.7", "203.0.113.9",
              "2001:db8::1", "::1", "fe80::1ff:fe23:4567:890a", "256.1.1.1", "010.001.001.001", "2001:db8:::1",
              "12:30:45", "00:1A:2B:3C:4D:5E", "239.10.12.1"]:
        t(not ip_valid(v), "ip not labelled " + v)
    for v in ["12-03-1985", "5 mei 1960", "03/07/1979", "29.02.1992", "1985-03-12", "March 12, 1985",
              "12th March 1985", "12. März 1985", "17 okt 2001"]:
        t(parse_date(v) is not None, "date " + v)
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999"]:
        t(parse_date(v) is None, "date invalid " + v)
    # organisation's data is itself valid
    for v in ORG["ibans"]:
        t(iban_valid(v), "org iban")
    t(bsn_valid(ORG["btw"][0][2:11]) and ob_valid(ORG["btw"][0]), "org btw is RSIN-based OB number")
    t(nl_phone_type("140345") == "short14", "org 14 number")
    t(phone_valid("0345 587 200") and phone_valid("06 3904 1177"), "org phones valid")
    return len(ok)


# ----------------------------------------------------------------- audit ----------
BIRTH_WORDS = re.compile(r"geboren|geb\.|geboortedatum|geboortedata|date of birth|born|DOB|geburtsdatum|"
                         r"geboren am|geburtsdaten", re.I)
NEG_CONTEXT = re.compile(r"order|bestel|factuur|aanslag|belasting|kenmerk|zaak|referentie|\bref\b|klantnummer|"
                         r"debiteur|objectnummer|meldings|dossier|invoice|reference|assessment|case|ticket|booking|"
                         r"rechnung|bescheid|aktenzeichen|kassenzeichen|vorgang|buchung|transaction|olo|request|"
                         r"omzetbelasting", re.I)
PARTICLES = {"van", "der", "den", "de", "ter", "ten", "te", "het", "al", "el", "ait", "le", "on", "tsoi", "tjin",
             "lieuw", "große", "thi"}
POSTCODE_NEG_OK = {"2024 EN"}


def audit(records):
    errs = []
    texts = set()
    for rec in records:
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        E = lambda m: errs.append(f"{rid}: {m}")
        if text in texts:
            E("duplicate text")
        texts.add(text)
        if any(c in text for c in (S0, S1, S2)):
            E("markup left")
        b = text.encode("utf-8")
        last_end = -1
        covered = []
        for s in spans:
            if s["start"] < last_end:
                E(f"overlap/unsorted at {s}")
            last_end = s["end"]
            try:
                v = b[s["start"]:s["end"]].decode("utf-8")
            except UnicodeDecodeError:
                E(f"span not at char boundary {s}")
                continue
            if v != s.get("_v", v):
                E(f"slice {v!r} != marked {s.get('_v')!r}")
            if v != v.strip() or v[:1] in ".,;:!?)]'\"" or v[-1:] in ".,;:!?([-'\"" and not (s["label"] == "PERSON" and v.endswith(".")):
                E(f"bad span edge {v!r}")
            if s["label"] not in LABELS:
                E(f"bad label {s['label']}")
            elif not VALIDATORS[s["label"]](v):
                E(f"invalid {s['label']} value {v!r}")
            # character offsets of the span
            cs = len(b[:s["start"]].decode("utf-8"))
            ce = cs + len(v)
            covered.append((cs, ce, s["label"], v))
            lab = s["label"]
            # organisation never labelled
            if lab == "PHONE" and e164_key(v) in ORG_E164:
                E(f"org phone labelled {v}")
            if lab == "IBAN" and iban_compact(v) in ORG["ibans"]:
                E(f"org iban labelled {v}")
            if lab == "POSTCODE" and v.upper().replace(" ", "") in {p.replace(" ", "") for p in ORG_PCS}:
                E(f"org postcode labelled {v}")
            if lab == "ADDRESS" and v in ORG_STREETS:
                E(f"org address labelled {v}")
            if lab in ("KVK", "BTW_ID", "BSN") and re.sub(r"\D", "", v) in ("71934862", "001870348"):
                E(f"org number labelled {v}")
            if lab == "EMAIL" and v.lower().endswith("lindewaard.example"):
                E(f"org email labelled {v}")
            if lab == "DATE_OF_BIRTH":
                ctx = text[max(0, cs - 160):cs] + " | " + text[ce:ce + 60]
                if not BIRTH_WORDS.search(ctx):
                    E(f"DOB without birth word {v!r}")

        def is_cov(a, z):
            return any(c0 <= a and z <= c1 for c0, c1, _, _ in covered)

        # repeats: labelled values elsewhere must be labelled
        for cs, ce, lab, v in covered:
            for m in re.finditer(r"(?<![\w@])" + re.escape(v) + r"(?!\w)", text):
                if not is_cov(m.start(), m.end()):
                    E(f"repeat of {lab} {v!r} unlabelled at {m.start()}")
        # name tokens: no unlabelled standalone token of a labelled name
        masked = re.sub(r"\S+@\S+|@\w[\w.]*|\S+\.example\S*", lambda m: " " * len(m.group()), text)
        for cs, ce, lab, v in covered:
            if lab != "PERSON":
                continue
            for tok in re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*", v):
                if len(tok) < 3 or tok.lower() in PARTICLES:
                    continue
                for m in re.finditer(r"(?<![\w-])" + re.escape(tok) + r"(?![\w-])", masked, re.I):
                    if not is_cov(m.start(), m.end()):
                        E(f"name token {tok!r} unlabelled at {m.start()}: {text[max(0, m.start() - 20):m.end() + 20]!r}")
        # never left unlabelled
        for m in EMAIL_RX.finditer(text):
            if not m.group().lower().endswith("lindewaard.example") and not is_cov(m.start(), m.end()):
                E(f"unlabelled email {m.group()}")
        for m in re.finditer(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]){10,30}", text):
            cand = m.group()
            for L in range(len(cand), 13, -1):
                sub = cand[:L]
                if sub[-1] == " ":
                    continue
                if iban_valid(sub):
                    if iban_compact(sub) not in ORG["ibans"] and not is_cov(m.start(), m.start() + L):
                        E(f"unlabelled IBAN {sub}")
                    break
        for m in re.finditer(r"(?<![\w.,/-])(?:NL)?\d{9}B\d{2}(?!\w)", text, re.I):
            t = m.group().upper()
            if (btw_id_valid(t) or ob_valid(t)) and t not in ORG["btw"] and not is_cov(m.start(), m.end()):
                E(f"unlabelled btw/ob {t}")
        for m in re.finditer(r"(?<![\d.,/-])(?<!\d )(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .-]\d{3}[ .-]\d{3}|\d{2}\.\d{2}\.\d{2}\.\d{3})(?![\d]|[ .,-]\d)", text):
            digits = re.sub(r"\D", "", m.group())
            if digits == "001870348" or not bsn_valid(digits):
                continue
            if is_cov(m.start(), m.end()):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            ctx = text[max(line_start, m.start() - 40):m.start()]
            if not NEG_CONTEXT.search(ctx):
                E(f"unlabelled elfproef number {m.group()!r} ctx {ctx!r}")
        for m in re.finditer(r"(?<![\w-])[A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,3}(?![\w-])", text):
            if kenteken_valid(m.group()) and not is_cov(m.start(), m.end()):
                E(f"unlabelled kenteken {m.group()}")
        for m in re.finditer(r"(?<![\w])(?:\+31|0031)?[ \-]?(?:\(0\))?[ \-]?0?6[ \-]?(?:\d[ \-]?){8}(?!\d)", text):
            d = digits_of(m.group().replace("(0)", ""))
            if d.startswith("0031"):
                d = d[4:]
            elif d.startswith("31"):
                d = d[2:]
            d = d.lstrip("0")
            if NL_MOBILE.fullmatch(d) and ("31", d) not in ORG_E164:
                a = m.start() + (len(m.group()) - len(m.group().lstrip()))
                if not is_cov(a, m.end()) and not any(c0 <= a < c1 for c0, c1, _, _ in covered):
                    E(f"unlabelled NL mobile {m.group()!r}")
        for m in re.finditer(r"(?<![\w-])[1-9]\d{3} ?[A-Z]{2}(?![\w])", text):
            if postcode_nl_valid(m.group()) and m.group() not in POSTCODE_NEG_OK and \
                    m.group().replace(" ", "") not in {p.replace(" ", "") for p in ORG_PCS} and not is_cov(m.start(), m.end()):
                E(f"unlabelled postcode {m.group()!r}")
        for m in BIRTH_WORDS.finditer(text):
            seg = text[m.end():m.end() + 40]
            for dm in re.finditer(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th|\.)? [A-Za-zä]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}", seg):
                if parse_date(dm.group()) and not is_cov(m.end() + dm.start(), m.end() + dm.end()):
                    E(f"unlabelled date after birth word {dm.group()!r}")
        for m in re.finditer(r"(?<![\d])(?:\d[ -]?){11,18}\d(?!\d)", text):
            if card_valid(m.group()) and not is_cov(m.start(), m.end()):
                E(f"unlabelled card {m.group()!r}")
        for m in re.finditer(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])", text):
            pre = text[max(0, m.start() - 25):m.start()].lower()
            if ip_valid(m.group()) and not re.search(r"versi|version|\bv\s?$|build|app|firmware", pre) \
                    and not is_cov(m.start(), m.end()):
                E(f"unlabelled public IP {m.group()!r}")
        for m in re.finditer(r"(?:kvk|coc|chamber of commerce|handelsregister)[^\d\n]{0,25}(\d{8})(?!\d)", text, re.I):
            if m.group(1) != "71934862" and not is_cov(m.start(1), m.end(1)):
                E(f"unlabelled KvK {m.group(1)}")
        for m in re.finditer(r"(?:paspoort|passport|id card|id-kaart|identiteitskaart|documentnummer|dokumentnummer|"
                             r"personalausweis|reisepass|card number|document number|ausweis)[^\n]{0,40}", text, re.I):
            for t in re.finditer(r"(?<![\w-])[A-Z0-9][A-Z0-9 -]{7,14}[0-9](?![\w-])", m.group()):
                tok = t.group()
                if (docnr_valid(tok) and re.search(r"[A-Z]", tok)) or residence_doc_valid(tok) or re.fullmatch(r"\d{9}", tok):
                    a = m.start() + t.start()
                    if not is_cov(a, a + len(tok)):
                        E(f"unlabelled document number {tok!r}")
        if bool(spans) != rec["_pii"]:
            E(f"PII flag mismatch: {len(spans)} spans, scenario pii={rec['_pii']}")
    return errs


# ----------------------------------------------------------------- build ----------
def build():
    by_lang = {"nl": [], "en": [], "de": []}
    for lang, pii, name, f in SCEN:
        for k in (0, 1):
            g = G(random.Random(f"{SEED}:{name}:{k}"))
            text, spans = render(f(k, g))
            by_lang[lang].append({"lang": lang, "text": text, "spans": spans, "_pii": pii, "_sc": name})
    out = []
    for lang in ("nl", "en", "de"):
        lst = by_lang[lang]
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(lst)
        for i, rec in enumerate(lst, 1):
            rec["id"] = f"h12-{lang}-{i:03d}"
            out.append(rec)
    return out


def serialise(records):
    lines = []
    for rec in records:
        o = {"id": rec["id"], "lang": rec["lang"], "text": rec["text"],
             "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in rec["spans"]]}
        lines.append(json.dumps(o, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def stats(records):
    from collections import Counter
    per = Counter()
    lab = {l: Counter() for l in LABELS}
    free = Counter()
    for r in records:
        per[r["lang"]] += 1
        if not r["spans"]:
            free[r["lang"]] += 1
        for s in r["spans"]:
            lab[s["label"]][r["lang"]] += 1
    print("messages:", dict(per), "PII-free:", dict(free), f"= {sum(free.values())}/{len(records)}"
          f" ({100 * sum(free.values()) / len(records):.1f} %)")
    print(f"{'label':15} {'nl':>4} {'en':>4} {'de':>4} {'all':>5}")
    tot = Counter()
    for l in LABELS:
        c = lab[l]
        tot.update(c)
        print(f"{l:15} {c['nl']:>4} {c['en']:>4} {c['de']:>4} {sum(c.values()):>5}")
    print(f"{'all':15} {tot['nl']:>4} {tot['en']:>4} {tot['de']:>4} {sum(tot.values()):>5}")
    lens = sorted(len(r["text"].encode()) for r in records)
    nonascii = sum(1 for r in records if r["spans"] and any(ord(c) > 127 for c in r["text"]))
    emoji = sum(1 for r in records if any(ord(c) > 0xFFFF for c in r["text"]))
    print(f"bytes: min {lens[0]} median {lens[len(lens) // 2]} max {lens[-1]}; PII messages with non-ASCII: "
          f"{nonascii}; texts with 4-byte chars: {emoji}")


def main():
    n = self_test()
    print(f"self_test: {n} checks passed")
    records = build()
    counts = {l: sum(1 for r in records if r["lang"] == l) for l in ("nl", "en", "de")}
    errs = audit(records)
    if counts != {"nl": 60, "en": 50, "de": 40}:
        errs.append(f"language counts {counts}")
    free = sum(1 for r in records if not r["spans"])
    if free < 0.30 * len(records):
        errs.append(f"PII-free share too low: {free}")
    data = serialise(records)
    # read back: spans sliced from the serialised bytes equal the marked values
    for line, rec in zip(data.decode("utf-8").splitlines(), records):
        o = json.loads(line)
        tb = o["text"].encode("utf-8")
        for s, s0 in zip(o["spans"], rec["spans"]):
            if tb[s["start"]:s["end"]].decode("utf-8") != s0["_v"]:
                errs.append(f"{o['id']}: read-back mismatch")
    if errs:
        for e in errs:
            print("AUDIT:", e, file=sys.stderr)
        print(f"{len(errs)} audit errors; gold.jsonl NOT written", file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "gold.jsonl"), "wb") as fh:
        fh.write(data)
    stats(records)
    print("sha256", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
