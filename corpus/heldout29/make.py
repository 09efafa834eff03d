#!/usr/bin/env python3
"""heldout29 — blind held-out set for pii-scrubber: Stichting Zonnestraal Fonds (fictional charity).

Python 3.11, standard library only, deterministic. Writes gold.jsonl next to this file after a self test
and an audit; refuses to write anything if either fails.
"""
import hashlib
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata
from datetime import date

SEED = "heldout29-zonnestraal"
HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"

# ----------------------------------------------------------------------------- markup
S0, S1, S2, N0, N1 = "\ue000", "\ue001", "\ue002", "\ue003", "\ue004"
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
def KT(v): return m("LICENSE_PLATE", v)
def BTW(v): return m("BTW_ID", v)
def KVK(v): return m("KVK", v)
def NP(v): return f"{N0}{v}{N1}"   # not a person (company names with surnames, streets named after people)


def render(marked):
    out, spans, nps = [], [], []
    i, pos = 0, 0
    while i < len(marked):
        c = marked[i]
        if c == S0:
            j = marked.index(S1, i)
            k = marked.index(S2, j)
            label, value = marked[i + 1:j], marked[j + 1:k]
            assert S0 not in value and N0 not in value
            spans.append((pos, pos + len(value), label, value))
            out.append(value)
            pos += len(value)
            i = k + 1
        elif c == N0:
            k = marked.index(N1, i)
            value = marked[i + 1:k]
            nps.append((pos, pos + len(value)))
            out.append(value)
            pos += len(value)
            i = k + 1
        else:
            out.append(c)
            pos += 1
            i += 1
    return "".join(out), spans, nps


def char_to_byte(text, ci):
    return len(text[:ci].encode("utf-8"))


# ----------------------------------------------------------------------------- checksums / validators
def elfproef(d):
    d = re.sub(r"[ .\-]", "", d)
    if len(d) == 8:
        d = "0" + d
    if not re.fullmatch(r"\d{9}", d) or int(d) == 0:
        return False
    s = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return s % 11 == 0


def bank11(d):
    d = re.sub(r"\D", "", d)
    n = len(d)
    return sum((n - i) * int(d[i]) for i in range(n)) % 11 == 0


def onderwijsnummer(d):
    if not re.fullmatch(r"10\d{7}", d):
        return False
    s = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return s % 11 == 5


def b36(s):
    return "".join(str(int(c, 36)) for c in s)


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "GB": 22, "FR": 27, "LU": 20, "AT": 20, "CH": 21, "PL": 28}
IBAN_BBAN = {"NL": r"[A-Z]{4}\d{10}", "BE": r"\d{12}", "DE": r"\d{18}", "GB": r"[A-Z]{4}\d{14}",
             "FR": r"\d{10}[A-Z0-9]{11}\d{2}", "PL": r"\d{24}"}


def iban_valid(s):
    s = re.sub(r"[ \u00a0.\-]", "", s).upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc]:
        return False
    if cc in IBAN_BBAN and not re.fullmatch(IBAN_BBAN[cc], s[4:]):
        return False
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if int(b36(s[4:] + s[:4])) % 97 != 1:
        return False
    if cc == "BE":
        ten, chk = int(s[4:14]), int(s[14:16])
        if (ten % 97 or 97) != chk:
            return False
    return True


def make_iban(cc, bban):
    n = int(b36(bban + cc + "00"))
    return f"{cc}{98 - n % 97:02d}{bban}"


def btw_mod97(s):
    s = re.sub(r"[ .]", "", s).upper()
    if not re.fullmatch(r"NL\d{9}B\d{2}", s) or s.endswith("B00"):
        return False
    return int(b36(s)) % 97 == 1


def ob_nummer(s):
    s = re.sub(r"[ .]", "", s).upper()
    return bool(re.fullmatch(r"(NL)?\d{9}B\d{2}", s)) and not s.endswith("B00") and elfproef(re.sub(r"\D", "", s)[:9])


def luhn(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        t += v
    return t % 10 == 0


def card_brand(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720) and n == 16:
        return "mc"
    if d[:2] in ("34", "37") and n == 15:
        return "amex"
    if (d.startswith("6011") or 644 <= int(d[:3]) <= 649 or d.startswith("65")) and 16 <= n <= 19:
        return "discover"
    if 3528 <= int(d[:4]) <= 3589 and 16 <= n <= 19:
        return "jcb"
    if (300 <= int(d[:3]) <= 305 or d.startswith("3095") or d[:2] in ("36", "38", "39")) and 14 <= n <= 19:
        return "diners"
    if (d[:2] == "50" or 56 <= int(d[:2]) <= 69) and 12 <= n <= 19:
        return "maestro"
    return None


def card_valid(s):
    d = re.sub(r"[ \-]", "", s)
    return bool(re.fullmatch(r"\d{12,19}", d)) and card_brand(d) is not None and luhn(d)


def postcode_nl(s):
    m_ = re.fullmatch(r"(?:NL-?)?([1-9]\d{3}) ?([A-Za-z]{2})", s)
    return bool(m_) and m_.group(2).upper() not in ("SA", "SD", "SS")


UK_PC = r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}"


def postcode_valid(s):
    return postcode_nl(s) or bool(re.fullmatch(r"[1-9]\d{3}|\d{5}", s)) or bool(re.fullmatch(UK_PC, s))


def docnr_nl(s):
    s = s.replace(" ", "").upper()
    return len(s) == 9 and "O" not in s and bool(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}\d", s))


DE_DOC_ALPHA = "CFGHJKLMNPRTVWXYZ"


def docnr_de(s):
    return bool(re.fullmatch(rf"[{DE_DOC_ALPHA}][{DE_DOC_ALPHA}0-9]{{7}}\d", s))


def residence_doc(s):
    return bool(re.fullmatch(r"(I|II|III|IV|V)-V[A-NP-Z1-9]{8}", s))


def id_valid(s):
    return docnr_nl(s) or docnr_de(s) or residence_doc(s) or bool(re.fullmatch(r"\d{9}", s))


KT_LET = "BDFGHJKLNPRSTVXZ"
SIDECODES = {4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX", 7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X",
             10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX", 13: "9-XX-999", 14: "999-XX-9"}
KT_BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS", "KVT", "VVD", "SP"]


def kenteken_nl(s):
    s = s.upper().replace(" ", "-")
    if "-" not in s:
        return any(kenteken_nl(c) for c in _hyphenations(s))
    shape = "".join("X" if c.isalpha() else "9" if c.isdigit() else "-" for c in s)
    if shape not in SIDECODES.values():
        return False
    letters = "".join(c for c in s if c.isalpha())
    if any(c not in KT_LET for c in letters):
        return False
    for grp in s.split("-"):
        if grp.isalpha() and any(b in grp for b in KT_BANNED):
            return False
    return True


def _hyphenations(s):
    out = []
    for sc in SIDECODES.values():
        parts = sc.split("-")
        if sum(map(len, parts)) != len(s):
            continue
        i, segs = 0, []
        for p_ in parts:
            segs.append(s[i:i + len(p_)])
            i += len(p_)
        out.append("-".join(segs))
    return out


def kennzeichen_de(s):
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9]\d{0,3}", s))


def plate_valid(s):
    return kenteken_nl(s) or kennzeichen_de(s)


NL_AREA2 = ["10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38", "40", "43", "45", "46", "50",
            "53", "55", "58", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79"]
NL_AREA3 = ["111", "113", "114", "115", "117", "118", "161", "162", "164", "165", "166", "167", "168", "172", "174",
            "180", "181", "182", "183", "184", "186", "187", "222", "223", "224", "226", "227", "228", "229", "251",
            "252", "255", "294", "297", "299", "313", "314", "315", "316", "317", "318", "320", "321", "341", "342",
            "343", "344", "345", "346", "347", "348", "411", "412", "413", "416", "418", "475", "478", "481", "485",
            "486", "487", "488", "492", "493", "495", "497", "499", "511", "512", "513", "514", "515", "516", "517",
            "518", "519", "521", "522", "523", "524", "525", "527", "528", "529", "541", "543", "544", "545", "546",
            "547", "548", "561", "562", "566", "570", "571", "572", "573", "575", "577", "578", "591", "592", "593",
            "594", "595", "596", "597", "598", "599"]
UK_DRAMA = [r"7700900\d{3}", r"1134960\d{3}", r"1154960\d{3}", r"1174960\d{3}", r"1184960\d{3}",
            r"1214960\d{3}", r"1314960\d{3}", r"1414960\d{3}", r"1514960\d{3}", r"1614960\d{3}",
            r"2079460\d{3}", r"2890180\d{3}", r"29\d{2}018\d{3}"]


def phone_split(s):
    """-> (country, national significant number) or None."""
    t = s.strip()
    t = t.replace("(0)", "")
    t = re.sub(r"[\s\u00a0./\-()]", "", t)
    if t.startswith("+"):
        t = "00" + t[1:]
    if not t.isdigit():
        return None
    for cc, code in (("NL", "31"), ("BE", "32"), ("DE", "49"), ("GB", "44")):
        if t.startswith("00" + code):
            nsn = t[2 + len(code):]
            if nsn.startswith("0"):
                nsn = nsn[1:]
            return cc, nsn
    if t.startswith("0") and not t.startswith("00"):
        return None, t[1:]
    return None


def nl_nsn_valid(n):
    if re.fullmatch(r"6[1-58]\d{7}", n):
        return "mobile"
    if len(n) == 9 and (n[:2] in NL_AREA2 or n[:3] in NL_AREA3) and n[0] != "6":
        return "fixed"
    if re.fullmatch(r"(85|91)\d{7}", n):
        return "voip"
    if re.fullmatch(r"88\d{7}", n):
        return "uan"
    return None


def be_nsn_valid(n):
    if re.fullmatch(r"4[5-9]\d{7}", n):
        return "mobile"
    if re.fullmatch(r"2[2-8]\d{6}|3[2-8]\d{6}|9[2-4]\d{6}|4[2-4]\d{6}", n):
        return "fixed"
    if re.fullmatch(r"(1[0-69]|5[0-9]|6[0-9]|8[0-9]|7[01])\d{6}", n):
        return "fixed"
    return None


def de_nsn_valid(n):
    if re.fullmatch(r"1(5[0-9]\d{8}|6[0-9]\d{7,8}|7[0-9]\d{7,8})", n):
        return "mobile"
    if re.fullmatch(r"[2-9]\d{6,10}", n):
        return "fixed"
    return None


def uk_nsn_valid(n):
    return "drama" if any(re.fullmatch(p_, n) for p_ in UK_DRAMA) else None


def phone_valid(s, hint=None):
    r_ = phone_split(s)
    if not r_:
        return False
    cc, nsn = r_
    if cc == "NL" or (cc is None and hint in (None, "NL")):
        if nl_nsn_valid(nsn):
            return True
    if cc == "BE" or (cc is None and hint in (None, "BE")):
        if be_nsn_valid(nsn):
            return True
    if cc == "DE" or (cc is None and hint in (None, "DE")):
        if de_nsn_valid(nsn):
            return True
    if cc == "GB" or (cc is None and hint in (None, "GB")):
        if uk_nsn_valid(nsn):
            return True
    return False


EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")
TLDS = {"nl", "be", "de", "com", "net", "org", "uk", "example", "eu", "frl", "io", "ie", "at", "amsterdam"}


def email_valid(s):
    return bool(EMAIL_RE.fullmatch(s)) and s.rsplit(".", 1)[1].lower() in TLDS


def ip_valid(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global


MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10,
    "nov": 11, "dec": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10,
    "august": 8, "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "dezember": 12,
}


def parse_date(s):
    s = s.strip()
    y = mo = d = None
    m_ = re.fullmatch(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})", s)
    if m_:
        d, mo, y = map(int, m_.groups())
    m_ = m_ or None
    if y is None:
        m_ = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
        if m_:
            y, mo, d = map(int, m_.groups())
    if y is None:
        m_ = re.fullmatch(r"(\d{1,2})\.? ([A-Za-zäÄ]+)\.? (\d{4})", s)
        if m_ and m_.group(2).lower() in MONTHS:
            d, mo, y = int(m_.group(1)), MONTHS[m_.group(2).lower()], int(m_.group(3))
    if y is None:
        m_ = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", s)
        if m_ and m_.group(1).lower() in MONTHS:
            d, mo, y = int(m_.group(2)), MONTHS[m_.group(1).lower()], int(m_.group(3))
    if y is None:
        return None
    try:
        dt = date(y, mo, d)
    except ValueError:
        return None
    return dt


def dob_valid(s):
    dt = parse_date(s)
    return dt is not None and 1900 <= dt.year and dt <= date(2025, 11, 1)


BIRTH_WORDS = re.compile(r"(?i)(geboren|geb\.|geboortedatum|geboortedag|jarig|date of birth|\bdob\b|d\.o\.b\.|born|birthday|"
                         r"geburtsdatum|geburtstag|geb\.-datum|geburt)")

# ----------------------------------------------------------------------------- organisation
ORG = {
    "names": ["Stichting Zonnestraal Fonds", "Zonnestraal Fonds Vlaanderen", "Zonnestraal Fonds Deutschland",
              "Zonnestraal Fonds", "Zonnestraal Supporters' Desk", "Zonnestraal"],
    "domains": ["zonnestraalfonds.example"],
    "phones": ["033 467 2900", "06 4170 2255", "09 324 18 60", "0251 9874330"],
    "ibans": ["NL06INGB0006821437", "BE64735041289652", "DE32400602650012345678"],
    "addresses": ["Zonnewijzerhof 3, 3811 KD Amersfoort", "Postbus 2150, 3800 CD Amersfoort",
                  "Kortrijksesteenweg 412, 9000 Gent", "Ludgeristraße 56, 48143 Münster"],
    "kvk": ["41203567"],
    "btw": ["NL816452313B01"],
    "handles": ["@ZonnestraalFonds", "@zonnestraal.fonds", "@zonnestraal_vl"],
}
ORG_RSIN = "816452313"
ORG_CREDITOR_ID = "NL20ZZZ412035670000"


def org_phone_nsns():
    out = set()
    for p_ in ORG["phones"]:
        out.add(phone_split(p_)[1])
    return out


ORG_NSN = org_phone_nsns()
ORG_IBANS = set(ORG["ibans"])

# ----------------------------------------------------------------------------- name lists (written for this set)
NL_F = ["Sanne", "Femke", "Marieke", "Anouk", "Lieke", "Ilse", "Esmée", "Daniëlle", "Willemijn", "Gerda", "Annelies",
        "Hanneke", "Mirjam", "Tineke", "Merel", "Jolanda", "Wilma", "Ingrid", "Noortje", "Fenna", "Marijke", "Loïs"]
NL_M = ["Bram", "Joost", "Pieter", "Sjoerd", "Wouter", "Thijs", "Maarten", "Gert-Jan", "Henk", "Ruben", "Niels",
        "Teun", "Jochem", "Arjen", "Ewout", "Frits", "Hidde", "Sybren", "Gerrit", "Reinier"]
NL_SUR = [("", "Hoekstra"), ("van der", "Meulen"), ("", "Verhoeven"), ("", "Kuipers"), ("", "Wijnands"),
          ("van", "Leeuwen"), ("", "Terpstra"), ("", "Brinkman"), ("de", "Haan"), ("", "Oosterhuis"),
          ("", "Vermeulen"), ("", "Hendriks"), ("", "Veldkamp"), ("ter", "Horst"), ("", "Bosman"),
          ("", "Dekkers"), ("", "Wolters"), ("", "Smeets"), ("", "Roelofs"), ("", "Postma"), ("", "Lubbers"),
          ("van den", "Hurk"), ("", "Scholten"), ("van 't", "Zand"), ("", "Wieringa"), ("", "Heijmans"),
          ("", "Verbeek-Stam"), ("", "Ouwerkerk")]
MA_F = ["Fatima", "Nadia", "Samira", "Latifa", "Khadija"]
MA_M = ["Youssef", "Mohamed", "Karim", "Bilal", "Hamza"]
MA_SUR = [("", "El Amrani"), ("", "Bouzid"), ("", "Ait Haddou"), ("", "Azzouzi"), ("", "El Khattabi")]
TR_F = ["Elif", "Zeynep", "Büşra", "Gülay"]
TR_M = ["Emre", "Burak", "Mehmet", "Oğuz"]
TR_SUR = [("", "Yılmaz"), ("", "Öztürk"), ("", "Aydın"), ("", "Kaya"), ("", "Şahin")]
SR_F = ["Sunita", "Chandni", "Reshma"]
SR_M = ["Ravi", "Dinesh", "Sanjay"]
SR_SUR = [("", "Ramdin"), ("", "Jagessar"), ("", "Sital"), ("", "Mahabier")]
BE_F = ["Lies", "Sofie", "Jolien", "Evelien", "Katrien", "Griet"]
BE_M = ["Wout", "Jens", "Pieter-Jan", "Stijn", "Koen", "Dries"]
BE_SUR = [("", "Van Damme"), ("", "De Smet"), ("", "Peeters"), ("", "Claes"), ("", "Goossens"),
          ("", "Vermeersch"), ("", "Vandenbroucke"), ("", "Declercq"), ("", "Van Acker")]
DE_F = ["Sabine", "Katrin", "Heike", "Dörte", "Anja", "Ulrike", "Birgit", "Jutta", "Käthe"]
DE_M = ["Jürgen", "Uwe", "Björn", "Lukas", "Maximilian", "Günter", "Torsten", "Matthias", "Jörg"]
DE_SUR = [("", "Schröder"), ("", "Hoffmann"), ("", "Weißenfels"), ("", "Krüger"), ("", "Lindemann"),
          ("", "Große-Brömmel"), ("", "Niehaus"), ("", "Pohlmann"), ("", "Dreßler"), ("", "Kemper"),
          ("", "Tiemann"), ("", "Overbeck")]
EN_F = ["Hannah", "Siobhan", "Priya", "Olivia", "Fiona", "Chloe", "Imogen", "Aoife", "Ngozi"]
EN_M = ["Oliver", "Ciarán", "Rahul", "Chinedu", "Graham", "Callum", "Dominic", "Alistair"]
EN_SUR = [("", "Whitfield"), ("", "O'Connell"), ("", "McKenna"), ("", "Okafor"), ("", "Pemberton"),
          ("", "Ashworth"), ("", "Sharma"), ("", "Nwosu"), ("", "Fairbairn"), ("", "Hollingsworth"),
          ("", "Kavanagh"), ("", "Thistlewood")]
PL_F, PL_M, PL_SUR = ["Agnieszka", "Małgorzata"], ["Tomasz", "Paweł"], [("", "Kowalczyk"), ("", "Nowicki")]

STAFF = {
    "marloes": ("Marloes", "Hoogendijk"),     # donateursservice NL
    "kevin": ("Kevin", "Adjei"),              # vrijwilligerscoördinator
    "sietske": ("Sietske", "Wiersma"),        # nalatenschappen
    "jeroen": ("Jeroen", "Pauwels"),          # Vlaanderen
    "anke": ("Anke", "Vollmer"),              # Deutschland
    "niamh": ("Niamh", "Gallagher"),          # Supporters' Desk
    "tim": ("Tim", "de Ruijter"),             # events
}

POOLS = {
    "nl": [(NL_F, NL_M, NL_SUR, 6), (MA_F, MA_M, MA_SUR, 1), (TR_F, TR_M, TR_SUR, 1), (SR_F, SR_M, SR_SUR, 1)],
    "be": [(BE_F, BE_M, BE_SUR, 1)],
    "de": [(DE_F, DE_M, DE_SUR, 6), (TR_F, TR_M, TR_SUR, 1), (PL_F, PL_M, PL_SUR, 1)],
    "en": [(EN_F, EN_M, EN_SUR, 5), (NL_F, NL_M, NL_SUR, 1), (PL_F, PL_M, PL_SUR, 1)],
}
TUSSEN = {"van", "der", "den", "de", "ter", "ten", "van't", "'t", "te", "von", "zur"}


def all_name_tokens():
    toks = set()
    for lst in (NL_F, NL_M, MA_F, MA_M, TR_F, TR_M, SR_F, SR_M, BE_F, BE_M, DE_F, DE_M, EN_F, EN_M, PL_F, PL_M):
        for n in lst:
            toks.update(x.lower() for x in re.split(r"[ \-]", n))
    for lst in (NL_SUR, MA_SUR, TR_SUR, SR_SUR, BE_SUR, DE_SUR, EN_SUR, PL_SUR):
        for pre, core in lst:
            toks.update(x.lower() for x in re.split(r"[ \-]", core) if x.lower() not in TUSSEN)
    for f, s in STAFF.values():
        toks.add(f.lower())
        toks.update(x.lower() for x in s.split() if x.lower() not in TUSSEN)
    # particles that are part of surnames but also ordinary words are not tokens to scan for
    for w in ("el", "ait", "van", "de", "damme", "stam"):
        toks.discard(w)
    return toks


NAME_TOKENS = all_name_tokens()
NAME_TOKENS_N = {t.replace("ı", "i") for t in NAME_TOKENS}


class Person:
    def __init__(self, first, pre, core, female):
        self.first, self.pre, self.core, self.female = first, pre, core, female
        self.last = f"{pre} {core}".strip()
        self.full = f"{first} {self.last}"
        self.sur = (pre[:1].upper() + pre[1:] + " " + core) if pre else core   # surname standing alone
        self.ini = ".".join(x[0] for x in re.split(r"[ ]", first)) + "."

    @property
    def title_nl(self): return "mevrouw" if self.female else "meneer"
    @property
    def heer(self): return "mevrouw" if self.female else "de heer"
    @property
    def dhr(self): return "mevr." if self.female else "dhr."
    @property
    def herr(self): return "Frau" if self.female else "Herr"
    @property
    def mr(self): return "Ms" if self.female else "Mr"


def person(r, pool="nl", female=None, used=None):
    pools = POOLS[pool]
    weights = [w for *_, w in pools]
    for _ in range(100):
        fl, ml, sl, _w = r.choices(pools, weights)[0]
        fem = r.random() < 0.5 if female is None else female
        first = r.choice(fl if fem else ml)
        pre, core = r.choice(sl)
        p_ = Person(first, pre, core, fem)
        if used is not None:
            if first in used or core in used:
                continue
            used.update([first, core])
        return p_
    raise RuntimeError("names exhausted")


def staff(key):
    f, s = STAFF[key]
    pre, core = (s.rsplit(" ", 1) if " " in s else ("", s))
    return Person(f, pre, core, key in ("marloes", "sietske", "anke", "niamh"))


# ----------------------------------------------------------------------------- value generators
def gen_bsn(r):
    while True:
        d = "".join(r.choice("0123456789") for _ in range(9))
        if d[0] != "0" and elfproef(d):
            return d


def fmt_bsn(r, d, style=None):
    style = style if style is not None else r.randrange(4)
    return [d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"][style]


def gen_ref9(r, valid=True):
    while True:
        d = "".join(r.choice("0123456789") for _ in range(9))
        if d[0] != "0" and elfproef(d) == valid:
            return d


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB", "RBRB"]


def gen_iban(r, cc="NL"):
    if cc == "NL":
        return make_iban("NL", r.choice(NL_BANKS) + "".join(r.choice("0123456789") for _ in range(10)))
    if cc == "BE":
        ten = r.choice(["001", "063", "068", "143", "363", "731", "973"]) + "".join(r.choice("0123456789") for _ in range(7))
        return make_iban("BE", ten + f"{int(ten) % 97 or 97:02d}")
    if cc == "DE":
        blz = r.choice(["40050150", "40060265", "37050198", "30050110", "36010043", "44050199"])
        return make_iban("DE", blz + "".join(r.choice("0123456789") for _ in range(10)))
    if cc == "GB":
        return make_iban("GB", r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + "".join(r.choice("0123456789") for _ in range(14)))
    raise ValueError(cc)


def fmt_iban(r, s, style=None):
    style = style if style is not None else r.randrange(3)
    grouped = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return [s, grouped, grouped.lower(), grouped.replace(" ", NBSP, 1)][style]


def gen_mobile_nl(r, style=None):
    n = "6" + r.choice("123458") + "".join(r.choice("0123456789") for _ in range(7))
    while n in ORG_NSN:
        n = "6" + r.choice("123458") + "".join(r.choice("0123456789") for _ in range(7))
    d = "0" + n
    forms = [f"{d[:2]}-{d[2:]}", f"{d[:2]} {d[2:6]} {d[6:]}", d, f"+31 6 {d[2:]}", f"+31 (0)6 {d[2:6]} {d[6:]}",
             f"06 - {d[2:5]} {d[5:8]} {d[8:]}", f"0031 6 {d[2:6]} {d[6:]}", f"06-{d[2:4]} {d[4:6]} {d[6:8]} {d[8:]}"]
    return forms[style if style is not None else r.randrange(len(forms))]


def gen_fixed_nl(r, area=None):
    area = area or r.choice(["33", "30", "20", "10", "318", "541", "50", "73", "55", "343"])
    sub_len = 9 - len(area)
    sub = r.choice("23456789") + "".join(r.choice("0123456789") for _ in range(sub_len - 1))
    if len(area) == 2:
        return r.choice([f"0{area}-{sub}", f"0{area} {sub[:3]} {sub[3:]}", f"+31 {area} {sub[:3]} {sub[3:]}"])
    return r.choice([f"0{area}-{sub}", f"0{area} {sub[:2]} {sub[2:4]} {sub[4:]}", f"0{area} {sub}"])


def gen_gsm_be(r):
    n = "4" + r.choice("789") + r.choice("0123456789") + "".join(r.choice("0123456789") for _ in range(6))
    return r.choice([f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0{n[:3]}/{n[3:5]}.{n[5:7]}.{n[7:]}"])


def gen_de_phone(r, mobile=True):
    if mobile:
        pre = r.choice(["151", "152", "157", "160", "171", "172", "176"])
        rest_len = 8 if pre[:2] == "15" or pre == "176" else 7
        rest = r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(rest_len - 1))
        return r.choice([f"0{pre} {rest}", f"+49 {pre} {rest}", f"0{pre}/{rest}", f"0{pre}-{rest}"])
    area = r.choice(["251", "221", "211", "521", "541", "2821", "2871", "241"])
    rest = r.choice("2345689") + "".join(r.choice("0123456789") for _ in range(6 if len(area) == 3 else 5))
    return r.choice([f"0{area} {rest}", f"0{area}/{rest}", f"+49 {area} {rest}", f"+49 (0){area} {rest}"])


def gen_uk_phone(r):
    x = "".join(r.choice("0123456789") for _ in range(3))
    return r.choice([f"07700 900{x}", f"+44 7700 900{x}", f"0161 496 0{x}", f"020 7946 0{x}", f"0113 496 0{x}",
                     f"0117 496 0{x}"])


NL_TOWNS = {"Amersfoort": (3811, 3829), "Utrecht": (3511, 3585), "Amsterdam": (1011, 1098), "Zwolle": (8011, 8045),
            "Groningen": (9711, 9747), "Eindhoven": (5611, 5658), "Leeuwarden": (8911, 8939),
            "Apeldoorn": (7311, 7339), "Haarlem": (2011, 2037), "Nijmegen": (6511, 6546), "Ede": (6711, 6718),
            "Soest": (3761, 3769), "Leusden": (3831, 3835), "Barneveld": (3771, 3774), "Deventer": (7411, 7431)}
NL_STREETS = ["Merelstraat", "Lijsterbeslaan", "Kastanjehof", "Populierenweg", "Laan van Duurswoude",
              "Graaf Adolfstraat", "Bilderdijkstraat", "Kromme Elleboog", "Zuidsingel", "Wevershof", "Leusderweg",
              "Tolsteegsingel", "Dorpsstraat", "Noordereinde", "Kerkewijk", "Amaliastraat", "Hooglandseweg",
              "Bremstraat", "Pelikaanhof", "Vossenlaan", "Zeldertsedreef", "Ruysdaelstraat", "Paardenmarkt",
              "Hertog Karelkade", "Havikstraat", "Weverssingel", "Oude Beekstraat", "Korte Gracht"]
NL_ADD = ["", "", "", "a", "B", "-2", " hs", "-III", " bis", "A-1"]
UNSAFE_PAIRS = {"SA", "SD", "SS", "MB", "GB", "KB", "TB", "KM", "PK", "EN", "IN", "OP", "OM", "AL", "NA", "NU"}


def gen_nl_addr(r, town=None):
    town = town or r.choice(list(NL_TOWNS))
    lo, hi = NL_TOWNS[town]
    while True:
        pair = r.choice("ABCDEFGHJKLMNPRSTVWXZ") + r.choice("ABCDEFGHJKLMNPRSTVWXZ")
        if pair not in UNSAFE_PAIRS:
            break
    pc = f"{r.randint(lo, hi)} {pair}"
    street = f"{r.choice(NL_STREETS)} {r.randint(1, 160)}{r.choice(NL_ADD)}"
    return street, pc, town


BE_TOWNS = {"Gent": "9000", "Antwerpen": "2018", "Leuven": "3000", "Brugge": "8000", "Hasselt": "3500",
            "Mechelen": "2800", "Kortrijk": "8500", "Aalst": "9300", "Lokeren": "9160"}
BE_STREETS = ["Kerkstraat", "Koningin Astridlaan", "Brugsesteenweg", "Overpoortstraat", "Lange Lozanastraat",
              "Meensesteenweg", "Stationsstraat", "Molenstraat", "Vlaanderenstraat"]


def gen_be_addr(r):
    town = r.choice(list(BE_TOWNS))
    street = f"{r.choice(BE_STREETS)} {r.randint(2, 240)}" + r.choice(["", "", f" bus {r.randint(1, 12)}", "/3"])
    return street, BE_TOWNS[town], town


DE_TOWNS = {"Münster": (48143, 48167), "Köln": (50667, 51149), "Düsseldorf": (40210, 40629), "Bielefeld": (33602, 33739),
            "Osnabrück": (49074, 49090), "Aachen": (52062, 52080), "Kleve": (47533, 47533), "Bocholt": (46395, 46399),
            "Gronau": (48599, 48599), "Emsdetten": (48282, 48282)}
DE_STREETS = ["Lindenstraße", "Am Kanonengraben", "Warendorfer Straße", "Kolpingweg", "Ringstraße", "Hüfferstraße",
              "Gartenstraße", "Am Stadtgraben", "Grevener Straße", "Weseler Straße", "Auf der Horst", "Mühlenweg"]


def gen_de_addr(r):
    town = r.choice(list(DE_TOWNS))
    lo, hi = DE_TOWNS[town]
    return f"{r.choice(DE_STREETS)} {r.randint(1, 140)}{r.choice(['', '', 'a', 'b'])}", f"{r.randint(lo, hi)}", town


UK_STREETS = ["Mill Road", "Larkspur Close", "Beech Grove", "Cavendish Avenue", "Hollin Lane", "Marlborough Crescent",
              "Station Road", "Orchard Way", "Kingsley Gardens"]
UK_TOWNS = {"Leeds": "LS", "Manchester": "M", "Bristol": "BS", "Edinburgh": "EH", "York": "YO", "Oxford": "OX",
            "Cardiff": "CF", "Norwich": "NR"}


def gen_uk_addr(r):
    town = r.choice(list(UK_TOWNS))
    pc = f"{UK_TOWNS[town]}{r.randint(1, 20)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    street = f"{r.randint(2, 180)} {r.choice(UK_STREETS)}"
    if r.random() < 0.25:
        street = f"Flat {r.randint(1, 9)}, {street}"
    return street, pc, town


def gen_card(r, brand=None):
    brand = brand or r.choice(["visa", "mc", "mc2", "amex"])
    pre, n = {"visa": (r.choice(["4", "45", "49"]), 16), "mc": (str(r.randint(51, 55)), 16),
              "mc2": (str(r.randint(2221, 2720)), 16), "amex": (r.choice(["34", "37"]), 15)}[brand]
    while True:
        body = pre + "".join(r.choice("0123456789") for _ in range(n - len(pre) - 1))
        for c in "0123456789":
            if luhn(body + c):
                d = body + c
                break
        if card_brand(d):
            break
    if n == 15:
        return f"{d[:4]} {d[4:10]} {d[10:]}"
    return r.choice([" ".join(d[i:i + 4] for i in range(0, 16, 4)), "-".join(d[i:i + 4] for i in range(0, 16, 4)), d])


def gen_ipv4(r):
    while True:
        a = ipaddress.ip_address(".".join(str(r.randint(1, 223)) for _ in range(4)))
        if a.is_global:
            return str(a)


def gen_ipv6(r):
    while True:
        s = "2a02:" + ":".join(f"{r.randint(0, 0xffff):x}" for _ in range(3)) + "::" + f"{r.randint(1, 0xfff):x}"
        if ipaddress.ip_address(s).is_global:
            return s


def gen_dob(r, lo=1940, hi=2006):
    while True:
        try:
            return date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28 if r.random() < 0.5 else 31))
        except ValueError:
            continue


NL_MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def fmt_date(r, d, lang, style=None):
    forms = {
        "nl": [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day}-{d.month}-{d.year}", f"{d.day} {NL_MON[d.month - 1]} {d.year}",
               f"{d.day:02d}/{d.month:02d}/{d.year}", d.isoformat()],
        "en": [f"{d.day} {EN_MON[d.month - 1]} {d.year}", f"{EN_MON[d.month - 1]} {d.day}, {d.year}",
               f"{d.day:02d}/{d.month:02d}/{d.year}", d.isoformat()],
        "de": [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {DE_MON[d.month - 1]} {d.year}", f"{d.day}.{d.month}.{d.year}"],
    }[lang]
    return forms[style if style is not None else r.randrange(len(forms))]


def gen_docnr(r, first=None):
    al = "ABCDEFGHJKLMNPRSTUVWXZ"
    an = al + "123456789"
    first = first or r.choice("NI")
    return first + r.choice(al) + "".join(r.choice(an) for _ in range(6)) + r.choice("123456789")


def gen_docnr_de(r):
    al = DE_DOC_ALPHA
    return r.choice("LMNPRT") + "".join(r.choice(al + "0123456789") for _ in range(7)) + r.choice("0123456789")


def gen_kenteken(r, sc=None):
    while True:
        sc = sc or r.choice([7, 8, 9, 10, 11, 12, 13, 14, 4, 5, 6])
        pat = SIDECODES[sc]
        s = "".join(r.choice(KT_LET) if c == "X" else r.choice("0123456789") if c == "9" else "-" for c in pat)
        if s[0] == "0":
            continue
        if kenteken_nl(s):
            return s


def gen_kennzeichen(r):
    city = r.choice(["MS", "K", "D", "BOR", "ST", "COE", "KLE", "BI", "OS"])
    return f"{city}-{r.choice('ABCDEFGHJKLMNPRSTUVWXZ')}{r.choice(['', r.choice('ABCDEFGHKLMNPRSTUVZ')])} {r.randint(1, 9999)}"


def gen_btw(r):
    while True:
        d = "".join(r.choice("0123456789") for _ in range(9))
        if elfproef(d):
            continue
        for nn in range(1, 100):
            s = f"NL{d}B{nn:02d}"
            if btw_mod97(s):
                return s


def gen_kvk(r):
    return str(r.randint(10000000, 99999999))


def email_for(r, p_, domains=("gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "xs4all.nl",
                              "live.nl", "icloud.com")):
    f = unicodedata.normalize("NFKD", p_.first.replace("ß", "ss")).encode("ascii", "ignore").decode().lower().replace(" ", "")
    l_ = unicodedata.normalize("NFKD", p_.last.replace("ß", "ss")).encode("ascii", "ignore").decode().lower().replace(" ", "").replace("'", "")
    user = r.choice([f"{f}.{l_}", f"{f[0]}.{l_}", f"{f}{l_}{r.randint(1, 99)}", f"{f}_{l_[:4]}", f"{l_}.{f[0]}"])
    return f"{user}@{r.choice(domains)}"


# ----------------------------------------------------------------------------- signatures (organisation + staff)
def sig_nl(key):
    s = staff(key)
    role = {"marloes": "Donateursservice", "kevin": "Vrijwilligerscoördinator", "sietske": "Nalatenschappen",
            "tim": "Evenementen", "jeroen": "Zonnestraal Fonds Vlaanderen"}[key]
    addr = "Kortrijksesteenweg 412, 9000 Gent | T +32 9 324 18 60" if key == "jeroen" else "Zonnewijzerhof 3, 3811 KD Amersfoort | T 033 467 2900"
    return (f"Met vriendelijke groet,\n{P(s.full)}\n{role} | Stichting Zonnestraal Fonds\n"
            f"{addr}\n{s.first.lower()}@zonnestraalfonds.example | www.zonnestraalfonds.example")


def sig_en(key="niamh"):
    s = staff(key)
    return (f"Kind regards,\n{P(s.full)}\nSupporters' Desk | Stichting Zonnestraal Fonds\n+31 33 467 2900 | supporters@zonnestraalfonds.example")


def sig_de(key="anke"):
    s = staff(key)
    return (f"Mit freundlichen Grüßen\n{P(s.full)}\nZonnestraal Fonds Deutschland\nLudgeristraße 56, 48143 Münster\n"
            f"Tel. 0251 9874330 | deutschland@zonnestraalfonds.example")


# ============================================================================ scenarios
SCEN = []


def scen(lang, pii):
    def deco(f):
        SCEN.append((lang, f.__name__, pii, f))
        return f
    return deco


# ---------------------------------------------------------------------------- NL with personal data
@scen("nl", True)
def nl_mandate_iban_change(r, k):
    p_ = person(r, "nl")
    old, new = gen_iban(r), gen_iban(r)
    dnr = r.randint(1000000, 1999999)
    if k == 0:
        return (f"Geachte heer/mevrouw,\n\nIk wil graag het rekeningnummer voor mijn maandelijkse machtiging wijzigen. "
                f"Mijn donateursnummer is {dnr}. De incasso van € {r.choice(['7,50', '10,00', '12,50', '15,00'])} gaat nu van "
                f"{IB(fmt_iban(r, old, 1))}, dat wordt vanaf {r.choice(['1 januari', '1 maart', 'de volgende maand'])} "
                f"{IB(fmt_iban(r, new, 0))} (ook op mijn naam).\n\nAlvast bedankt,\n{P(p_.full)}")
    s = staff("marloes")
    return (f"hoi,\nnieuwe bank dus nieuw rek nr voor de incasso: {IB(fmt_iban(r, new, 2))}\n"
            f"oude ({IB(fmt_iban(r, old, 0))}) mag weg. donateursnr weet ik niet uit mn hoofd sorry\n"
            f"groetjes {P(p_.first.lower())}\n\n> Op {r.randint(2, 27)} okt. 2025 om 09:{r.randint(10, 59)} schreef "
            f"{P(s.full)} <donateursservice@zonnestraalfonds.example>:\n> Beste {P(p_.first)}, geef uw nieuwe IBAN "
            f"gerust door, dan passen wij de machtiging aan.")


@scen("nl", True)
def nl_storneren(r, k):
    p_ = person(r, "nl")
    ib = gen_iban(r)
    if k == 0:
        return (f"Goedemiddag,\n\nVandaag is er €\u00a025,00 van mijn rekening {IB(fmt_iban(r, ib, 1))} afgeschreven met "
                f"omschrijving 'Zonnestraal Fonds machtiging ZSF-2025-{r.randint(1000, 9999)}'. Ik heb nooit een "
                f"machtiging afgegeven! Ik heb de incasso gestorneerd en wil dat u mijn gegevens verwijdert.\n\n"
                f"{P(p_.full)}\n{PH(gen_mobile_nl(r))}")
    s = staff("marloes")
    t = f"{r.randint(9, 16)}:{r.randint(10, 59)}"
    return (f"[{t}] {P(p_.full)}: goedemiddag ik zie 2x een afschrijving van jullie deze maand\n"
            f"[{t}] Marloes (Zonnestraal): Hallo! Vervelend. Mag ik uw IBAN, dan zoek ik het op?\n"
            f"[{t}] {P(p_.full)}: {IB(fmt_iban(r, ib, 0))}\n"
            f"[{t}] Marloes (Zonnestraal): Ik zie het, de incasso van 3 november is dubbel verwerkt. U krijgt € 10,00 binnen 5 "
            f"werkdagen terug. Groet, {P(s.first)}").replace("Marloes (", P("Marloes") + " (")


@scen("nl", True)
def nl_periodic_gift_form(r, k):
    p_ = person(r, "nl")
    partner = person(r, "nl", female=not p_.female)
    street, pc, town = gen_nl_addr(r)
    ib = gen_iban(r)
    dob, dob2 = gen_dob(r, 1945, 1990), gen_dob(r, 1945, 1990)
    bedrag = r.choice(["120", "250", "300", "500", "1.000"])
    if k == 0:
        return (f"Formulier: Overeenkomst periodieke gift in geld (ingevuld via website)\n"
                f"Kenmerk overeenkomst: PG-2025-{r.randint(100, 999)}\n"
                f"Naam schenker: {P(p_.full)}\nBSN schenker: {BS(fmt_bsn(r, gen_bsn(r), 0))}\n"
                f"Geboortedatum: {DOB(fmt_date(r, dob, 'nl', 0))}\n"
                f"Adres: {AD(street)}\nPostcode en plaats: {PC(pc)} {town}\n"
                f"Jaarlijks bedrag: € {bedrag},00 | Looptijd: 5 jaar\nIBAN: {IB(fmt_iban(r, ib, 1))}\n"
                f"Naam partner: {P(partner.full)}\nBSN partner: {BS(fmt_bsn(r, gen_bsn(r), 1))}\n"
                f"Ontvanger: Stichting Zonnestraal Fonds, RSIN {ORG_RSIN}")
    return (f"Beste mensen van het Zonnestraal Fonds,\n\nHierbij het formulier voor de periodieke gift terug. Ik heb het op "
            f"papier ingevuld, maar voor de zekerheid ook hier mijn gegevens: burgerservicenummer {BS(fmt_bsn(r, gen_bsn(r), 1))}, "
            f"geboren op {DOB(fmt_date(r, dob, 'nl', 2))}, wonend op {AD(street)} in {town} ({PC(pc)}). "
            f"Mijn partner {P(partner.first)} tekent mee (BSN {BS(fmt_bsn(r, gen_bsn(r), 3))}).\nHet bedrag is € {bedrag} per jaar, graag per kwartaal afschrijven van "
            f"{IB(fmt_iban(r, ib, 0))}.\n\nHartelijke groet,\n{P(p_.full)}")


@scen("nl", True)
def nl_volunteer_signup(r, k):
    p_ = person(r, "nl")
    street, pc, town = gen_nl_addr(r)
    dob = gen_dob(r, 1950, 2005) if k == 0 else gen_dob(r, 1944, 1958)
    if k == 0:
        return (f"Aanmelding vrijwilliger (webformulier #{r.randint(20000, 29999)})\n"
                f"Voornaam: {P(p_.first)}\nAchternaam: {P(p_.last)}\nGeboortedatum: {DOB(fmt_date(r, dob, 'nl', 0))}\n"
                f"Straat + huisnummer: {AD(street)}\nPostcode: {PC(pc.replace(' ', ''))}\nWoonplaats: {town}\n"
                f"Telefoon: {PH(gen_mobile_nl(r))}\nE-mail: {EM(email_for(r, p_))}\n"
                f"Interesse: collecteren, evenementen\nVOG aanwezig: nee, graag aanvragen\nBeschikbaar: za/zo")
    return (f"Hallo {P('Kevin')},\n\nVia mijn buurvrouw hoorde ik dat jullie vrijwilligers zoeken voor de collecteweek. "
            f"Ik ben {P(p_.first)}, gepensioneerd en heb tijd! Ik ben geboren op {DOB(fmt_date(r, dob, 'nl', 2))} en woon op "
            f"{AD(street)}, {PC(pc)} {town}. Bellen mag op {PH(gen_fixed_nl(r))}, liever niet mailen.\n\n"
            f"Vriendelijke groet,\n{P(p_.full)}")


@scen("nl", True)
def nl_collector_route(r, k):
    c1, c2 = person(r, "nl"), person(r, "nl")
    street, pc, town = gen_nl_addr(r, "Amersfoort")
    s = staff("kevin")
    wijk = r.choice(["Schothorst", "Kruiskamp", "Soesterkwartier", "Liendert", "Vathorst"])
    if k == 0:
        return (f"Notitie collecteroutes {wijk} (door {P(s.first)})\n"
                f"- {P(c1.full)}: Merelstraat, Havikstraat en het pleintje bij de Pelikaanhof (even nummers)\n"
                f"- {P(c2.full)}: Vossenlaan, Bremstraat. Bereikbaar op {PH(gen_mobile_nl(r))}.\n"
                f"LET OP: bewoner van {AD(street)} wil niet meer aangebeld worden (sticker 'geen collectanten'), "
                f"overslaan. Bussen liggen klaar in kast 3, verzegeld met zegel {r.randint(40000, 49999)}-{r.randint(10, 99)}.")
    return (f"Hoi {P(s.first)}, ik heb de route in {wijk} gelopen. Op de Vossenlaan deed bijna niemand open. "
            f"Mevrouw op {AD(street)} vroeg of ze ook per machtiging kan geven, ze belt zelf nog. "
            f"Bus nr {r.randint(100, 999)} zit vol, opbrengst schat ik € {r.randint(60, 140)},-.\n"
            f"groet {P(c1.first)}\n\nPS {P(c2.first)} kan zaterdag niet, die heeft griep.")


@scen("nl", True)
def nl_legacy_notary(r, k):
    dec = person(r, "nl", female=True)
    exe = person(r, "nl")
    street, pc, town = gen_nl_addr(r)
    dob = gen_dob(r, 1925, 1950)
    notary = person(r, "nl")
    firm = NP(f"Notariskantoor {r.choice(['De Eemhoeve', 'Stadsring', 'Het Lieve Vrouwekerkhof', 'Van Wely & Blom'])}")
    s = staff("sietske")
    if k == 0:
        return (f"Geachte mevrouw {P(s.core)},\n\nIn de nalatenschap van wijlen {P(dec.full)}, geboren op "
                f"{DOB(fmt_date(r, dob, 'nl', 2))}, laatst wonende {AD(street)}, {PC(pc)} {town}, overleden op "
                f"{r.randint(1, 28)} {r.choice(NL_MON)} 2025, is Stichting Zonnestraal Fonds benoemd tot erfgenaam voor "
                f"{r.choice(['een vierde', 'de helft', 'een derde'])} deel. Executeur is {P(exe.full)}.\n"
                f"Wij verzoeken u de bijgevoegde verklaring van aanvaarding (beneficiair) te ondertekenen. "
                f"Ons dossiernummer: {r.randint(2024, 2025)}.{r.randint(1000, 9999)}.\n\n"
                f"Met vriendelijke groet,\n{firm}\nmr. {P(notary.ini + ' ' + notary.last)}, kandidaat-notaris")
    return (f"Beste {P(s.first)},\n\nAls executeur van mijn tante {P(dec.full)} (geb. {DOB(fmt_date(r, dob, 'nl', 0))}) "
            f"stuur ik u het overzicht. Het huis aan de {AD(street)} wordt verkocht via de makelaar; het legaat van € "
            f"{r.choice(['5.000', '10.000', '15.000'])} aan het Zonnestraal Fonds keren wij uit na de akte van verdeling "
            f"bij {firm}.\nU kunt mij bereiken op {PH(gen_mobile_nl(r))}.\n\nMet vriendelijke groet,\n{P(exe.full)}")


@scen("nl", True)
def nl_complaint_fundraiser(r, k):
    p_ = person(r, "nl")
    w = person(r, "nl", female=False)
    plaats = r.choice(["bij het station in Utrecht", "op de markt in Zwolle", "voor de Albert Heijn in Soest",
                       "in winkelcentrum Emiclaer"])
    if k == 0:
        return (f"Ik wil een klacht indienen over een straatwerver van jullie, vandaag rond {r.randint(11, 16)}:{r.choice(['05', '20', '40'])} "
                f"{plaats}. De jongen (op zijn pasje stond {P(w.first)}) liep 50 meter met me mee en bleef aandringen op een "
                f"machtiging van € 15 per maand. Heel onprettig. Ik verwacht een reactie.\n{P(p_.full)}, {PH(gen_mobile_nl(r))}")
    return (f"Goedendag. Uw werver {P(w.full)} stond gisteren {plaats} en zei dat mijn bijdrage 'voor 100% naar de kinderen' gaat. "
            f"Klopt dat wel? Op uw website staat iets anders. Ik ben teleurgesteld.\nMvg {P(p_.ini + ' ' + p_.last)}")


@scen("nl", True)
def nl_gdpr_inzage(r, k):
    p_ = person(r, "nl")
    street, pc, town = gen_nl_addr(r)
    dob = gen_dob(r, 1955, 2000)
    if k == 0:
        return (f"Onderwerp: inzageverzoek AVG art. 15\n\nGeachte functionaris gegevensbescherming,\n\nGraag ontvang ik een "
                f"overzicht van alle persoonsgegevens die Stichting Zonnestraal Fonds van mij verwerkt, inclusief de bron. "
                f"Ter identificatie: {P(p_.full)}, geboortedatum {DOB(fmt_date(r, dob, 'nl', 3))}, e-mail "
                f"{EM(email_for(r, p_))}, vroeger woonachtig op {AD(street)}, {PC(pc)} {town}.\n"
                f"U heeft hiervoor een maand de tijd.\n\nHoogachtend,\n{P(p_.full)}")
    return (f"hoi ik krijg post van jullie maar heb nooit gedoneerd?? hoe komen jullie aan mijn adres ({AD(street)}) "
            f"wil weten waar jullie dit vandaan hebben en dan alles verwijderen\n{P(p_.first.lower())} {P(p_.last.lower())}")


@scen("nl", True)
def nl_unsubscribe(r, k):
    p_ = person(r, "nl")
    e = email_for(r, p_)
    if k == 0:
        return (f"Wilt u mij afmelden voor de nieuwsbrief en geen post meer sturen? Het gaat om {EM(e)}.\n"
                f"Ik blijf wel donateur via de machtiging.\n\nGroet,\n{P(p_.first)}")
    return (f"AFMELDEN!!! al 3x gevraagd. {EM(e)} uit jullie bestand halen aub 😤\n{P(p_.first.lower())}")


@scen("nl", True)
def nl_sponsorloop_signup(r, k):
    p_ = person(r, "nl")
    nood = person(r, "nl")
    dob = gen_dob(r, 1970, 2012)
    bib = r.randint(1000, 1999)
    if k == 0:
        return (f"Inschrijving Zonnestraal Loop Amersfoort 2026\nStartnummer: {bib}\nAfstand: {r.choice(['5 km', '10 km', '2,5 km (kids)'])}\n"
                f"Naam: {P(p_.full)}\nGeboortedatum: {DOB(fmt_date(r, dob, 'nl', 1))}\nT-shirt: {r.choice(['S', 'M', 'L', 'XL'])}\n"
                f"E-mail: {EM(email_for(r, p_))}\nNoodcontact: {P(nood.full)}, {PH(gen_mobile_nl(r))}\n"
                f"Sponsordoel: € {r.choice(['150', '250', '500'])}\nBetaald: iDEAL, transactie {r.randint(100000000, 999999999)}X")
    kid = person(r, "nl", female=True)
    kdob = gen_dob(r, 2014, 2018)
    return (f"Hoi {P('Tim')}, mijn dochter {P(kid.first)} wil ook meelopen met de kidsrun. Ze is jarig op "
            f"{DOB(fmt_date(r, kdob, 'nl', 2))} dus valt ze nog in de categorie t/m 12? Ik heb haar ingeschreven onder "
            f"startnummer {bib} maar kreeg geen bevestiging op {EM(email_for(r, p_))}.\n\nGroetjes {P(p_.first)}")


@scen("nl", True)
def nl_business_sponsor(r, k):
    p_ = person(r, "nl")
    company = NP(r.choice([f"Bouwbedrijf {p_.core} B.V.", f"{p_.core} Installatietechniek", f"Transportbedrijf {p_.core} & Zn."]))
    kvk, btw = gen_kvk(r), gen_btw(r)
    if k == 0:
        return (f"Beste {P('Tim')},\n\nNamens {company} sponsoren wij graag de drinkpost bij km 5 van de Zonnestraal Loop. "
                f"Voor de factuur: KvK {KVK(kvk)}, btw-nummer {BTW(btw)}, factuuradres zie onze website. "
                f"Bedrag zoals afgesproken € 750,00 excl. btw.\n\nMet vriendelijke groet,\n{P(p_.full)}\n"
                f"directeur | {PH(gen_fixed_nl(r))} | {EM(email_for(r, p_, ('bedrijf.nl', 'hotmail.com')))}")
    return (f"Factuuraanvraag sponsoring (intern)\nSponsor: {company} (eenmanszaak)\nContactpersoon: {P(p_.full)}\n"
            f"KvK-nummer: {KVK(kvk)}\nBTW-id: {BTW(btw)} (op de oude brief stond nog omzetbelastingnummer "
            f"{BS('NL' + gen_bsn(r) + 'B01')})\nPakket: Goud (€ 2.500)\nFactuurnummer volgt uit Exact, "
            f"kostenplaats 4410. Ingevoerd door {P('Tim')}.")


@scen("nl", True)
def nl_mileage_claim(r, k):
    p_ = person(r, "nl")
    kt = gen_kenteken(r)
    ib = gen_iban(r)
    km = r.randint(40, 260)
    if k == 0:
        return (f"Declaratie kilometervergoeding vrijwilliger\nNaam: {P(p_.full)}\nKenteken auto: {KT(kt)}\n"
                f"Ritten: {r.randint(2, 6)} (ophalen collectebussen, oktober)\nTotaal: {km} km x € 0,23 = € {km * 23 / 100:.2f}".replace(".", ",")
                + f"\nUitbetalen op: {IB(fmt_iban(r, ib, 1))}\nAkkoord coördinator: {P('Kevin')}")
    return (f"Hoi {P('Kevin')}, hierbij mijn km's van de collecteweek: {km} km met de auto ({KT(kt.lower().replace('-', ''))}). "
            f"Graag overmaken naar {IB(fmt_iban(r, ib, 0))}. Bonnetje van de parkeergarage zit in de bijlage (€ 6,40).\n"
            f"Dank! {P(p_.first)}")


@scen("nl", True)
def nl_card_payment_event(r, k):
    p_ = person(r, "nl")
    card = gen_card(r, "visa" if k == 0 else "mc")
    s = staff("tim")
    return (f"Interne notitie ({P(s.first)}, evenementen)\nBij de stand op de Zonnestraal Loop viel de pinautomaat uit. "
            f"Een donateur, {P(p_.full)}, heeft op het papieren formulier het volledige kaartnummer {CC(card)} geschreven met "
            f"vervaldatum {r.randint(1, 12):02d}/{r.randint(26, 30)} voor een gift van € {r.choice(['25', '50', '100'])}. "
            f"Dit mogen we niet zo verwerken. Formulier is vernietigd; graag contact via {PH(gen_mobile_nl(r))} "
            f"voor een iDEAL-link. Terminal-ID {r.randint(10000000, 99999999)}, storing gemeld onder SR-{r.randint(100000, 999999)}.")


@scen("nl", True)
def nl_whatsapp_address(r, k):
    p_ = person(r, "nl")
    street, pc, town = gen_nl_addr(r)
    d = f"{r.randint(1, 28)}-{r.randint(1, 12)}-2025"
    if k == 0:
        return (f"[{d} 10:02] {P(p_.full)}: Hallo, ik ben verhuisd. Nieuw adres {AD(street)} {PC(pc)} {town}\n"
                f"[{d} 10:05] Zonnestraal Fonds: Dank je! Mag ik ook je donateursnummer of oude postcode?\n"
                f"[{d} 10:07] {P(p_.full)}: weet ik niet, wel mijn mail {EM(email_for(r, p_))}\n"
                f"[{d} 10:09] Zonnestraal Fonds: Gevonden 👍 Adres is aangepast. Groet, {P('Marloes')}")
    return (f"{d}, 14:31 - {P(p_.first)}: hoi! wij zijn verhuisd naar {AD(street)}, {PC(pc.replace(' ', ''))} {town.upper()}\n"
            f"{d}, 14:33 - Zonnestraal Fonds: Hoi {P(p_.first)}, bedankt voor het doorgeven. Geldt dit voor jou en je partner?\n"
            f"{d}, 14:40 - {P(p_.first)}: ja allebei 🙏")


@scen("nl", True)
def nl_letter_typed(r, k):
    p_ = person(r, "nl")
    street, pc, town = gen_nl_addr(r)
    nstreet, npc, ntown = gen_nl_addr(r)
    head = "(brief overgetypt door donateursservice, origineel ingescand onder scan-{})\n\n".format(r.randint(10000, 99999))
    if k == 0:
        return (head + f"{town}, {r.randint(1, 28)} {r.choice(NL_MON)} 2025\n\nGeachte heren,\n\nWij, fam. {P(p_.sur)}, "
                f"verhuizen per 1 december van {AD(street)} ({PC(pc)} {town}) naar {AD(nstreet)}, {PC(npc)} {ntown}. "
                f"Wilt u de acceptgiro's voortaan daar naartoe sturen? Wij geven al 30 jaar en zijn er nog steeds trots op.\n\n"
                f"Hoogachtend,\n{P(p_.full)}")
    return (head + f"AAN HET ZONNESTRAAL FONDS\nIK WIL MIJN MACHTIGING STOPPEN PER 1 JANUARI. MIJN ADRES IS "
            f"{AD(street.upper())}, {PC(pc)} {town.upper()}.\nMET VRIENDELIJKE GROET\n{P(p_.full.upper())}")


@scen("nl", True)
def nl_vog_camp(r, k):
    p_ = person(r, "nl")
    dob = gen_dob(r, 1975, 2005)
    doc = gen_docnr(r, "I" if k == 0 else "N")
    s = staff("kevin")
    if k == 0:
        return (f"Beste {P(s.first)},\n\nVoor het zomerkamp heb ik de VOG aangevraagd via Justis. Ze vroegen om mijn "
                f"identiteitskaart, nummer {ID(doc)}. Mijn geboortedatum is {DOB(fmt_date(r, dob, 'nl', 0))}, "
                f"voor het geval jullie dat nodig hebben voor de verzekering.\nAanvraagnummer VOG: {r.randint(1000000, 9999999)}.\n\n"
                f"Groeten,\n{P(p_.full)}")
    return (f"Checklist kampleiding (intern, {P(s.full)})\n| naam | VOG | ID gecontroleerd |\n|---|---|---|\n"
            f"| {P(p_.full)} | ontvangen 12-09 | paspoort {ID(doc)} |\n"
            f"| {P(person(r, 'nl').full)} | aangevraagd | nog niet |\nAlle leiding boven de 18.")


@scen("nl", True)
def nl_deceased_donor(r, k):
    dec = person(r, "nl", female=False)
    child = person(r, "nl", female=True if k == 1 else None)
    child.core, child.pre = dec.core, dec.pre
    child = Person(child.first, dec.pre, dec.core, child.female)
    ib = gen_iban(r)
    if k == 0:
        return (f"Beste meneer, mevrouw,\n\nHelaas moet ik u laten weten dat mijn vader {P(dec.full)} op "
                f"{r.randint(1, 28)} september is overleden. Wilt u de maandelijkse incasso van rekening "
                f"{IB(fmt_iban(r, ib, 1))} stopzetten? U kunt mij bereiken op {PH(gen_mobile_nl(r))}.\n\n"
                f"Met vriendelijke groet,\n{P(child.full)}")
    return (f"Telefoonnotitie {P('Marloes')}: dochter van dhr. {P(dec.sur)} belde ({P(child.first)}, {PH(gen_mobile_nl(r))}). "
            f"Vader overleden, incasso stoppen (IBAN eindigt op {ib[-4:]}). Rouwkaart volgt per post. "
            f"Actie: machtiging beëindigd, geen bedankbrief meer sturen.")


@scen("nl", True)
def nl_flemish_donor(r, k):
    p_ = person(r, "be")
    street, pc, town = gen_be_addr(r)
    ib = gen_iban(r, "BE")
    s = staff("jeroen")
    if k == 0:
        return (f"Dag {P(s.first)},\n\nKunnen jullie mij een fiscaal attest bezorgen voor mijn giften van 2025? Ik heb "
                f"{r.choice(['180', '240', '360'])} euro gestort vanaf {IB(fmt_iban(r, ib, 1))}.\nMijn rijksregisternummer "
                f"geef ik liever niet via mail. Adres: {AD(street)}, {PC(pc)} {town}.\nGsm: {PH(gen_gsm_be(r))}\n\n"
                f"Met vriendelijke groeten,\n{P(p_.full)}\n\n-----Oorspronkelijk bericht-----\nVan: {P(staff('jeroen').full)} "
                f"<jeroen@zonnestraalfonds.example>\nOnderwerp: Uw gift aan Zonnestraal Fonds Vlaanderen\n\nDag {P(p_.first)}, hartelijk dank "
                f"voor uw gift. Attesten worden in maart verstuurd.\n{sig_nl('jeroen')}")
    return (f"Hallo, ik heb per vergissing twee keer 50 euro overgeschreven naar jullie rekening BE64 7350 4128 9652 "
            f"(Zonnestraal Fonds Vlaanderen). Kan één storting teruggestort worden op {IB(fmt_iban(r, ib, 0))}?\n"
            f"Vriendelijke groeten, {P(p_.full)}\n{AD(street)} - {PC(pc)} {town}")


@scen("nl", True)
def nl_ip_doubleoptin(r, k):
    p_ = person(r, "nl")
    ip = gen_ipv4(r) if k == 0 else gen_ipv6(r)
    s = staff("marloes")
    return (f"Notitie n.a.v. klacht van {P(p_.full)} (zegt zich nooit te hebben aangemeld):\n"
            f"Aanmelding nieuwsbrief op {r.randint(1, 28)}-0{r.randint(1, 9)}-2025 {r.randint(10, 23)}:{r.randint(10, 59)} "
            f"vanaf IP {IP(ip)}, bevestigd via double opt-in link naar {EM(email_for(r, p_))}. "
            f"Onze eigen webserver (10.20.{r.randint(1, 9)}.{r.randint(2, 250)}) logde de klik om {r.randint(10, 23)}:{r.randint(10, 59)}.\n"
            f"Toch afgemeld en bevestigd per mail. – {P(s.first)}")


# ---------------------------------------------------------------------------- NL without personal data
@scen("nl", False)
def nl_np_incasso_batch(r, k):
    n = r.randint(18000, 26000)
    return (f"Interne memo incasso {r.choice(['november', 'december'])} 2025\n\n"
            f"- Batch ZSF-INC-2025-{r.randint(10, 12)}-{r.randint(1, 3)}: {n} posten, totaal € {n * 11 + r.randint(100, 999):,}".replace(",", ".")
            + f",{r.randint(10, 99)}\n- Incassant-ID {ORG_CREDITOR_ID}, rekening NL06 INGB 0006 8214 37\n"
            f"- Uitvalpercentage vorige maand 2,{r.randint(1, 9)}% (MD06 storneringen: {r.randint(120, 380)})\n"
            f"- Exportbestand pain.008 is 2048 MB groot, daarom gesplitst in 4 delen\n"
            f"- Verwerking {r.randint(24, 27)}-11 om 06:00, ING bevestiging verwacht {r.choice(['ma', 'di'])} 08:30\n"
            f"Vragen? Team Financiën, toestel {r.randint(210, 260)}.")


@scen("nl", False)
def nl_np_anbi_question(r, k):
    if k == 0:
        return (f"Goedemiddag, ik overweeg een periodieke gift van € {r.choice(['600', '1.200', '2.000'])} per jaar. "
                f"Is die volledig aftrekbaar? En heeft u voor de belastingaangifte uw RSIN nodig, dat is toch {ORG_RSIN}? "
                f"Moet de overeenkomst 5 jaar lopen of mag het ook 3 jaar zijn?\n\nGroet, een trouwe donateur")
    return (f"Antwoord standaardvraag ANBI (kennisbank KB-{r.randint(100, 999)}):\n"
            f"Stichting Zonnestraal Fonds is een ANBI (RSIN/fiscaal nummer {ORG_RSIN}). Periodieke giften die "
            f"minimaal 5 jaar lopen zijn zonder drempel aftrekbaar. Gewone giften alleen boven 1% van het drempelinkomen "
            f"(minimaal € 60). Zie ook belastingdienst.nl. Kvk 41203567.")


@scen("nl", False)
def nl_np_collecte_week(r, k):
    wk = r.randint(44, 47)
    return (f"Collecteweek Amersfoort (week {wk}) – indeling wijken\n"
            f"Schothorst-Noord: Merelstraat, Havikstraat, Pelikaanhof, {NP('Anne Frankstraat')}\n"
            f"Soesterkwartier: Kastanjehof, Leusderweg (alleen oneven zijde), {NP('Willem Barentszstraat')}\n"
            f"Binnenstad: Kromme Elleboog, Zuidsingel, Paardenmarkt\n"
            f"Ophalen bussen: {r.choice(['zaterdag', 'zondag'])} tussen 13:00 en 16:00 op Zonnewijzerhof 3. "
            f"Vragen: 033 467 2900 of via WhatsApp 06 4170 2255. Doel dit jaar: € {r.randint(18, 25)}.000.")


@scen("nl", False)
def nl_np_event_info(r, k):
    if k == 1:
        return (f"Beste lopers, nog {r.randint(3, 9)} dagen tot de Zonnestraal Loop! Vergeet je startnummer niet: die liggen "
                f"vanaf vrijdag 16:00 klaar in de hal van Zonnewijzerhof 3. Kleedruimte in sporthal 'De Kei', bagagedepot "
                f"tot 15:30. Verwachting: 14 graden, droog. Heb je een vraag? Bel 033 467 2900 (ma-vr 9-17 uur). Sportieve groet, "
                f"het evenemententeam")
    return (f"Praktische info Zonnestraal Loop {r.choice(['Amersfoort', 'Utrecht'])} – {r.randint(12, 19)} april 2026\n"
            f"Start 10 km: 10:30, 5 km: 11:15, kidsrun 2,5 km: 12:00.\nStartnummers 1001–1850 ophalen bij tent B, "
            f"kidsrun 3001–3400 bij tent C. T-shirts in XS t/m XXL; maat wijzigen kan tot 1 april.\n"
            f"Parkeren: P+R Hoevelaken (€ 5,00), pendelbus elke 15 min. Route langs de {NP('Jan van Goyenstraat')} en "
            f"{NP('Prins Hendriklaan')}, afgesloten van 09:30 tot 14:00.\nInschrijfgeld € 12,50, sponsorgeld minimaal € 50.")


@scen("nl", False)
def nl_np_website_bug(r, k):
    return (f"Melding ICT #{r.randint(4000, 4999)}: doneerpagina geeft foutcode 502 na kiezen iDEAL.\n"
            f"Plugin versie 5.{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(1, 20)}, PHP 8.2.{r.randint(10, 20)}, "
            f"loadbalancer 192.168.{r.randint(1, 20)}.{r.randint(2, 254)}, app-server 10.20.{r.randint(1, 9)}.{r.randint(2, 254)}.\n"
            f"Tijdstip eerste fout: {r.randint(1, 28)}-11-2025 {r.randint(7, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)}. "
            f"Ongeveer {r.randint(20, 90)} mislukte transacties, order-ID's ZSF-{r.randint(100000, 199999)} t/m "
            f"ZSF-{r.randint(200000, 299999)}.\nWorkaround: Chrome 131.0.6778.86 werkt wel.")


@scen("nl", False)
def nl_np_anonymous_gift(r, k):
    ref = gen_ref9(r, True)
    return (f"Ik heb vorige week € {r.choice(['250', '500', '1.000'])} overgemaakt naar NL06INGB0006821437 met "
            f"betalingskenmerk {ref} maar ik zie het niet terug in Mijn Zonnestraal. Klopt dat, of duurt dat even? "
            f"Ik wil anoniem blijven dus graag geen bedankbrief.\n(verstuurd via contactformulier, geen naam opgegeven)")


@scen("nl", False)
def nl_np_newsletter(r, k):
    if k == 1:
        return (f"Goedemorgen, ik kreeg de acceptgiro van de eindejaarsactie maar ik betaal al via automatische incasso. "
                f"Moet ik die acceptgiro (kenmerk 4100 {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}) nu weggooien? "
                f"Ik wil niet dubbel betalen. Dank voor uw antwoord.")
    return (f"waarom krijg ik jullie nieuwsbrief van {r.randint(1, 28)} november nu al 3x binnen?? en de link naar "
            f"'lees verder' gaat naar een 404. verder leuk hoor, mooi stuk over het project in {r.choice(['Ede', 'Emmen', 'Zelhem'])}. "
            f"{r.choice(['😅', '🙈', ''])}")


@scen("nl", False)
def nl_np_legacy_stats(r, k):
    return (f"Kwartaalrapportage nalatenschappen Q{r.randint(2, 3)} 2025\n"
            f"Lopende dossiers: {r.randint(30, 60)} (waarvan {r.randint(3, 9)} met vruchtgebruik)\n"
            f"Ontvangen: € {r.randint(400, 900)}.{r.randint(100, 999)} (begroot € 650.000)\n"
            f"Grootste afwikkelingen: dossiers NAL-2025-00{r.randint(10, 99)} en NAL-2024-01{r.randint(10, 99)}, via "
            f"{NP('Notariskantoor Van Wely & Blom')} en {NP('Kuipers Notarissen')}.\n"
            f"Aandachtspunt: erfbelasting ANBI 0%, vrijstelling art. 32 SW. Volgende overleg {r.randint(1, 28)}-01 om 14:00, zaal 2.14.")


@scen("nl", False)
def nl_np_social_post(r, k):
    return (f"@ZonnestraalFonds wat een top dag gisteren bij de loop!! {r.choice(['🏃‍♀️', '☀️', '💛'])} {r.randint(3, 12)} km "
            f"in de regen en toch {r.randint(200, 900)} euro opgehaald met ons team van {NP('Hoekman Bakkerij')}. "
            f"Volgend jaar weer! #ZonnestraalLoop #{r.choice(['Amersfoort', 'Eemland'])} #2025")


@scen("nl", False)
def nl_np_agenda(r, k):
    if k == 1:
        return (f"Verslag bestuursvergadering {r.randint(1, 28)}-10-2025 (concept)\nAanwezig: voltallig bestuur, directeur, "
                f"notulist. Besluiten: B-2025-{r.randint(10, 40)} jaarrekening 2024 vastgesteld (baten € 4,{r.randint(1, 9)} mln); "
                f"B-2025-{r.randint(41, 60)} CBF-erkenning verlengen; B-2025-{r.randint(61, 80)} nieuwe bank voor Vlaanderen "
                f"uitgesteld. Rekening BE64 7350 4128 9652 blijft voorlopig. Volgende vergadering 14-01-2026, 16:00.")
    return (f"Agenda vrijwilligersoverleg {r.randint(1, 28)} {r.choice(['januari', 'februari'])} 2026, 19:30–21:00\n"
            f"Locatie: Zonnewijzerhof 3, Amersfoort (zaal 'De Eem', 1e verdieping)\n1. Opening\n2. Terugblik collecteweek "
            f"(opbrengst € {r.randint(18, 25)}.{r.randint(100, 999)},{r.randint(10, 99)})\n3. Nieuwe collectebussen (type CB-{r.randint(200, 400)})\n"
            f"4. Planning loop 2026 – 2026 EN 2027 DATA VASTLEGGEN\n5. Rondvraag\nAanmelden via vrijwilligers@zonnestraalfonds.example.")


@scen("nl", False)
def nl_np_supplier(r, k):
    return (f"Offerte {r.choice(['OF', 'Q'])}-2025-{r.randint(1000, 9999)} – T-shirts Zonnestraal Loop\n"
            f"{r.randint(800, 1500)} stuks, maten XS–XXL, opdruk 2 kleuren, levering week {r.randint(8, 12)}.\n"
            f"Prijs € 4,{r.randint(10, 95)} per stuk excl. btw, verzendkosten € 95,00. Geldig tot 31-12-2025.\n"
            f"Factuur t.a.v. Stichting Zonnestraal Fonds, Postbus 2150, 3800 CD Amersfoort, btw NL816452313B01.\n"
            f"Artikelcode TS-{r.randint(100, 999)}-ORG, kleur 'zonnegeel' (Pantone 116 C).")


# ---------------------------------------------------------------------------- EN with personal data
@scen("en", True)
def en_gift_aid(r, k):
    p_ = person(r, "en")
    street, pc, town = gen_uk_addr(r)
    if k == 0:
        return (f"Gift Aid declaration (online form)\nTitle: {p_.mr}\nFirst name: {P(p_.first)}\nSurname: {P(p_.last)}\n"
                f"Home address: {AD(street)}, {town}\nPostcode: {PC(pc)}\nPhone: {PH(gen_uk_phone(r))}\n"
                f"Email: {EM(email_for(r, p_, ('btinternet.com', 'gmail.com', 'outlook.com')))}\n"
                f"[x] I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax than the amount "
                f"of Gift Aid claimed on all my donations in that tax year it is my responsibility to pay any difference.\n"
                f"Declaration date: {r.randint(1, 28)}/{r.randint(1, 12):02d}/2025")
    return (f"Hello,\n\nI've been giving £{r.choice(['10', '20', '25'])} a month since the spring. I forgot to tick the "
            f"Gift Aid box - can I still add it? My details: {P(p_.full)}, {AD(street)}, {town} {PC(pc)}.\n\n"
            f"Cheers,\n{P(p_.first)}")


@scen("en", True)
def en_expat_direct_debit(r, k):
    p_ = person(r, "en")
    ib = gen_iban(r)
    if k == 0:
        return (f"Hi there,\n\nI recently moved to Utrecht and would like to set up a monthly donation of € "
                f"{r.choice(['15', '20', '30'])} by direct debit. My Dutch account is {IB(fmt_iban(r, ib, 1))} "
                f"(in my name). The Dutch form on your website is a bit beyond my Dutch, sorry! You can call me on "
                f"{PH(gen_mobile_nl(r))} after 6 pm.\n\nBest,\n{P(p_.full)}")
    s = staff("niamh")
    return (f"Webchat transcript #{r.randint(50000, 59999)}\n{P(s.first)} (Supporters' Desk): Hi, how can I help?\n"
            f"Visitor: hi, I want to change the account for my monthly gift to {IB(fmt_iban(r, ib, 0))}\n"
            f"{P(s.first)} (Supporters' Desk): Sure. Could you confirm your name and email?\n"
            f"Visitor: {P(p_.full)}, {EM(email_for(r, p_))}\n"
            f"{P(s.first)} (Supporters' Desk): Done, the next collection on 25 November will use the new account.")


@scen("en", True)
def en_refund_card(r, k):
    p_ = person(r, "en")
    card = gen_card(r, "amex" if k == 0 else "mc2")
    amt = r.choice(["35", "50", "75"])
    return (f"Dear Zonnestraal team,\n\nI was charged twice (€{amt} each) for my donation at the Amsterdam charity "
            f"dinner on {r.randint(1, 28)} October. The card used was {CC(card)}. Transaction refs "
            f"TX{r.randint(10000000, 99999999)} and TX{r.randint(10000000, 99999999)}. Please refund one of them.\n\n"
            f"Thanks,\n{P(p_.full)}\n{PH(gen_uk_phone(r) if k == 0 else gen_mobile_nl(r))}")


@scen("en", True)
def en_volunteer_signup(r, k):
    p_ = person(r, "en")
    street, pc, town = gen_nl_addr(r)
    dob = gen_dob(r, 1960, 2004)
    if k == 0:
        return (f"Volunteer application (English form)\nFull name: {P(p_.full)}\nDate of birth: {DOB(fmt_date(r, dob, 'en', 0))}\n"
                f"Address: {AD(street)}, {PC(pc)} {town}\nMobile: {PH(gen_mobile_nl(r))}\nEmail: {EM(email_for(r, p_))}\n"
                f"Languages: English, some Dutch\nAvailability: weekday evenings\nVOG: will apply once accepted")
    return (f"Hi {P('Kevin')},\n\nFollowing our call: I'd love to help at the collection week. For the insurance you "
            f"asked for my DOB, it's {DOB(fmt_date(r, dob, 'en', 1))}. I live at {AD(street)} in {town}.\n\nThanks!\n{P(p_.first)}")


@scen("en", True)
def en_legacy_executor(r, k):
    dec = person(r, "en")
    exe = person(r, "en")
    street, pc, town = gen_uk_addr(r)
    dob = gen_dob(r, 1928, 1950)
    firm = NP(r.choice(["Hargreaves & Lowe LLP", "Whitcombe Solicitors", "Tern Valley Probate Ltd"]))
    s = staff("sietske")
    if k == 0:
        return (f"Dear {s.title_nl.replace('mevrouw', 'Ms')} {P(s.core)},\n\nRe: Estate of the late {P(dec.full)} "
                f"(date of birth {DOB(fmt_date(r, dob, 'en', 0))}), formerly of {AD(street)}, {town} {PC(pc)}.\n\n"
                f"I act as executor. The will leaves a pecuniary legacy of £{r.choice(['2,000', '5,000', '10,000'])} to "
                f"Stichting Zonnestraal Fonds. Grant of probate was issued on {r.randint(1, 28)} {r.choice(EN_MON)} 2025 "
                f"(ref. PA-{r.randint(100000, 999999)}). Please confirm your bank details for the transfer.\n\n"
                f"Yours sincerely,\n{P(exe.full)}\nExecutor, c/o {firm}")
    return (f"Note to file ({P(s.first)}): call with {P(exe.full)} ({PH(gen_uk_phone(r))}), executor for "
            f"{P(dec.full)}. Legacy expected Q1; solicitors are {firm}. Sent them our IBAN NL06 INGB 0006 8214 37 and the "
            f"ANBI letter. No inheritance tax due on our share.")


@scen("en", True)
def en_gdpr_sar(r, k):
    p_ = person(r, "en")
    dob = gen_dob(r, 1955, 2000)
    street, pc, town = gen_nl_addr(r)
    if k == 0:
        return (f"Subject: Subject access request\n\nUnder Article 15 GDPR I request a copy of all personal data you hold "
                f"about me. For identification: name {P(p_.full)}, born {DOB(fmt_date(r, dob, 'en', 1))}, email "
                f"{EM(email_for(r, p_))}, previous address {AD(street)}, {PC(pc)} {town}.\n\nRegards,\n{P(p_.full)}")
    return (f"please delete everything you have on me. I never signed up, someone used my email "
            f"{EM(email_for(r, p_))} for your lottery thing. I want written confirmation. - {P(p_.first)}")


@scen("en", True)
def en_trek_passport(r, k):
    p_ = person(r, "en")
    nood = person(r, "en")
    dob = gen_dob(r, 1965, 2002)
    doc = str(r.randint(100000000, 999999999)) if k == 0 else gen_docnr(r, "N")
    return (f"Zonnestraal Himalaya Trek 2026 – participant details\nName (as in passport): {P(p_.full.upper() if k else p_.full)}\n"
            f"Passport number: {ID(doc)}\nNationality: {'British' if k == 0 else 'Dutch'}\n"
            f"Date of birth: {DOB(fmt_date(r, dob, 'en', 2))}\nPassport expiry: {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2028, 2034)}\n"
            f"Emergency contact: {P(nood.full)}, {PH(gen_uk_phone(r) if k == 0 else gen_mobile_nl(r))}\n"
            f"T-shirt: {r.choice(['M', 'L'])} | Fundraising target: €3,500 | Booking ref HT26-{r.randint(100, 999)}")


@scen("en", True)
def en_unsubscribe_chat(r, k):
    p_ = person(r, "en")
    s = staff("niamh")
    e = email_for(r, p_)
    if k == 0:
        t = sorted(r.sample(range(10, 60), 4))
        return (f"[14:{t[0]}] {P(p_.first)}: hi can you take me off the mailing list\n"
                f"[14:{t[1]}] {P(s.first)} (Zonnestraal): Of course! Which address should I remove?\n"
                f"[14:{t[2]}] {P(p_.first)}: {EM(e)}\n"
                f"[14:{t[3]}] {P(s.first)} (Zonnestraal): Done - you'll get one confirmation email. Have a nice day, {P(p_.first)}!")
    return (f"Unsubscribe request\nFrom: \"{P(p_.full)}\" <{EM(e)}>\nMessage: Please remove me, I get too many emails. Thanks")


@scen("en", True)
def en_corporate_match(r, k):
    p_ = person(r, "en")
    kvk, btw = gen_kvk(r), gen_btw(r)
    co = NP(r.choice(["Brightwater Analytics B.V.", "Northgate Software B.V.", "Lumen Freight B.V."]))
    return (f"Hello,\n\n{co} will match the donations our staff raised at the charity run (total €{r.randint(3, 9)},{r.randint(100, 999)}). "
            f"For our finance team please invoice: {co}, Chamber of Commerce {KVK(kvk)}, VAT {BTW(btw)}, PO number "
            f"PO-{r.randint(40000, 49999)}.\n\nKind regards,\n{P(p_.full)}\nPeople & Culture Lead\n{PH(gen_fixed_nl(r))}")


@scen("en", True)
def en_complaint_fundraiser(r, k):
    p_ = person(r, "en")
    w = person(r, "nl", female=False)
    if k == 0:
        return (f"I'd like to complain about one of your door-to-door fundraisers who came to my flat in Amsterdam-Oost "
                f"at 8.45 pm yesterday. He said his name was {P(w.first)} and he would not accept 'no'. He also asked for my "
                f"bank card to 'scan' it. Is this normal?\n{P(p_.full)}\n{PH(gen_mobile_nl(r))}")
    return (f"Complaint ref CMP-{r.randint(1000, 9999)}: the fundraiser ({P(w.full)}, badge ZF-{r.randint(100, 999)}) told my "
            f"elderly neighbour she had to sign up today. Please look into it. - {P(p_.first)}")


@scen("en", True)
def en_periodic_gift_expat(r, k):
    p_ = person(r, "en")
    partner = person(r, "en")
    bsn = gen_bsn(r)
    return (f"Dear Supporters' Desk,\n\nI'd like to turn my yearly gift into a periodieke gift for the tax deduction. "
            f"My citizen service number (BSN) is {BS(fmt_bsn(r, bsn, 0 if k == 0 else 1))}. My partner {P(partner.full)} "
            f"will co-sign; we're not married but registered partners. Is a 5-year agreement of €{r.choice(['500', '750'])} a "
            f"year fine?\n\nWarm regards,\n{P(p_.full)}")


@scen("en", True)
def en_callback_note(r, k):
    p_ = person(r, "en")
    s = staff("niamh")
    return (f"Callback request – logged by {P(s.first)}\nCaller: {P(p_.full)}\nNumber: {PH(gen_uk_phone(r) if k == 0 else gen_mobile_nl(r))}\n"
            f"Best time: {r.choice(['Tue', 'Wed', 'Thu'])} after {r.randint(2, 5)} pm\n"
            f"Topic: wants to leave a gift in their will, asked for the legacy brochure (code LEG-EN-2025).")


@scen("en", True)
def en_event_parking(r, k):
    p_ = person(r, "en")
    kt = gen_kenteken(r)
    return (f"Hi {P('Tim')},\n\nI'm volunteering at the water station on Sunday. Could I get a parking permit for the "
            f"crew car park? Car registration {KT(kt if k == 0 else kt.replace('-', ' '))}, a grey Toyota. I'll arrive around 07:45.\n\n"
            f"Cheers,\n{P(p_.first)}")


@scen("en", True)
def en_ip_fraud(r, k):
    ips = [gen_ipv4(r) for _ in range(2)]
    p_ = person(r, "en")
    return (f"Security note (card-testing attack on the donate page)\nBetween 02:10 and 02:40 we saw {r.randint(300, 900)} "
            f"attempts of €1 donations, mostly from {IP(ips[0])} and {IP(ips[1])}. One successful charge used the email "
            f"{EM(email_for(r, p_))}; the cardholder {P(p_.full)} confirmed by phone it wasn't them. "
            f"Rate limit now 5/min per IP; WAF rule WAF-{r.randint(1000, 9999)} active. Internal proxy 172.16.{r.randint(0, 31)}.{r.randint(2, 250)} not affected.")


@scen("en", True)
def en_address_change(r, k):
    p_ = person(r, "en")
    a1, a2 = gen_uk_addr(r), gen_uk_addr(r)
    if k == 1:
        return (f"Dear {P(p_.first)},\n\nThank you for letting us know. We have updated your Gift Aid record to {AD(a2[0])}, "
                f"{a2[2]} {PC(a2[1])}. Your declaration stays valid; no new form is needed.\n\n{sig_en()}\n\n"
                f"> Please change my address from {AD(a1[0])} to the new one above. {P(p_.full)}")
    return (f"Hello, please update my address for the Gift Aid records. Old: {AD(a1[0])}, {a1[2]} {PC(a1[1])}. "
            f"New: {AD(a2[0])}, {a2[2]} {PC(a2[1])}. Supporter number {r.randint(2000000, 2999999)}.\n"
            f"Many thanks, {P(p_.full)}")


@scen("en", True)
def en_in_memoriam(r, k):
    dec = person(r, "en", female=True)
    org = person(r, "en")
    return (f"Hi, I set up an in-memory fundraising page for my mum {P(dec.full)} who passed away in {r.choice(EN_MON)}. "
            f"The page is zonnestraalfonds.example/inmemory/{r.randint(1000, 9999)}. Could you send the total so far to "
            f"{EM(email_for(r, org))}? Friends keep asking.\nThank you,\n{P(org.first)}")


# ---------------------------------------------------------------------------- EN without personal data
@scen("en", False)
def en_np_gift_aid_faq(r, k):
    if k == 1:
        return (f"Hi, my employer in London runs payroll giving. Can I use it for Zonnestraal, or only for UK-registered "
                f"charities? I currently give €{r.choice(['10', '12'])} a month by SEPA from my Dutch account. Also: does the "
                f"£{r.choice(['5', '8'])} I put in the collection tin at the Leeds run count for Gift Aid? Cheers")
    return (f"Quick question: can a Dutch charity even claim Gift Aid? I pay UK tax but live in Haarlem half the year. "
            f"I give £{r.choice(['15', '25'])} a month through the UK page. Also, is the 25% added on top of my gift or "
            f"taken out of it? Thanks in advance (sent from the contact form, no reply needed if it's on the FAQ).")


@scen("en", False)
def en_np_event_info(r, k):
    return (f"Charity Run Amsterdam – runner info (EN)\nDate: Sunday {r.randint(5, 26)} April 2026. Bib pick-up Saturday "
            f"12:00–17:00 at Zonnewijzerhof 3, Amersfoort or on the day from 08:00 at the Olympic Stadium. Bibs 5001–5800 "
            f"are for the 10K, 6001–6400 for the 5K. Shirt sizes XS–XXL (unisex). Lockers €2. Questions: "
            f"supporters@zonnestraalfonds.example or +31 33 467 2900.")


@scen("en", False)
def en_np_payment_log(r, k):
    return (f"Incident INC-{r.randint(20000, 29999)} – failed SEPA batch\n"
            f"08:{r.randint(10, 59)} sftp upload from 10.20.{r.randint(1, 9)}.{r.randint(2, 250)} to bank gateway OK\n"
            f"08:{r.randint(10, 59)} bank rejected file: AM05 duplicate (msgId ZSF2025{r.randint(1000000, 9999999)})\n"
            f"09:{r.randint(10, 59)} resubmitted with new msgId; 17,{r.randint(100, 999)} transactions, €{r.randint(180, 260)},{r.randint(100, 999)}.{r.randint(10, 99)}\n"
            f"Client version 3.{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(10, 99)}, DNS 192.168.{r.randint(0, 9)}.1. Root cause: retry job ran twice.")


@scen("en", False)
def en_np_anbi_question(r, k):
    if k == 1:
        return (f"Is Stichting Zonnestraal Fonds on the ANBI register? Our company (a small design studio in Rotterdam) wants "
                f"to donate €{r.choice(['1,500', '2,000', '2,500'])} at year end and our bookkeeper needs the RSIN {ORG_RSIN} "
                f"confirmed in writing. Invoice not needed, just a letter. Thanks!")
    return (f"Hello! Are donations to you tax deductible in the Netherlands? My accountant asked for your RSIN and "
            f"whether you're an ANBI. I found {ORG_RSIN} on the website but the Chamber of Commerce number 41203567 is different - "
            f"which one does she need? Thanks, a regular donor from Den Haag")


@scen("en", False)
def en_np_newsletter(r, k):
    return (f"Loved the autumn newsletter! The photo of the kids in {r.choice(['Zelhem', 'Emmen', 'Hengelo'])} made my day "
            f"{r.choice(['😊', '🌞', ''])}. One typo though: page 3 says the run raised €1.2 million in 2024, I think you mean 2025? "
            f"Keep up the good work.")


@scen("en", False)
def en_np_supplier_quote(r, k):
    return (f"Quote Q-{r.randint(10000, 99999)} for Stichting Zonnestraal Fonds\n"
            f"{r.randint(2, 6)}x event gazebo 3x3 m, branded, €{r.randint(300, 500)}.00 each\n"
            f"{r.randint(20, 60)}x beach flag 'Zonnestraal', €{r.randint(40, 80)}.50 each\n"
            f"Delivery to Zonnewijzerhof 3, 3811 KD Amersfoort, week {r.randint(10, 14)}. Payment 30 days. Valid until 31/01/2026.\n"
            f"Sales: Brightline Events Ltd (company no. 0{r.randint(1000000, 9999999)}).")


@scen("en", False)
def en_np_social_dm(r, k):
    return (f"hey @ZonnestraalFonds 👋 is the sunflower pin from the collection still for sale? saw it at the stand in "
            f"{r.choice(['Utrecht Centraal', 'Leiden', 'Breda'])} last week but they had run out. would buy 5 {r.choice(['🌻', '💛'])}")


@scen("en", False)
def en_np_stats(r, k):
    return (f"Supporters' Desk weekly stats (week {r.randint(40, 50)})\nChats: {r.randint(80, 160)} | Emails: {r.randint(120, 260)} | "
            f"Calls: {r.randint(40, 90)}\nTop topics: Gift Aid ({r.randint(15, 30)}%), direct debit changes ({r.randint(10, 25)}%), "
            f"run registrations ({r.randint(5, 15)}%)\nAverage first response 3h{r.randint(10, 59)}m; CSAT 4.{r.randint(1, 8)}/5.\n"
            f"Backlog tickets SD-{r.randint(7000, 7999)} to SD-{r.randint(8000, 8999)} closed.")


@scen("en", False)
def en_np_bank_recon(r, k):
    ref = gen_ref9(r, True)
    return (f"Reconciliation note: incoming GBP transfers land on the EUR account NL06 INGB 0006 8214 37 after conversion "
            f"(rate {r.randint(114, 119)/100:.4f}). Unmatched items this month: ref {ref} (€{r.randint(20, 90)}.00), "
            f"ref {gen_ref9(r, False)} (€{r.randint(100, 300)}.00), batch GA-2025-{r.randint(10, 99)}. Gift Aid claim "
            f"period 2025-Q{r.randint(1, 3)} submitted to HMRC, charity ref XR{r.randint(10000, 99999)}.")


# ---------------------------------------------------------------------------- DE with personal data
@scen("de", True)
def de_zuwendungsbestaetigung(r, k):
    p_ = person(r, "de")
    street, pc, town = gen_de_addr(r)
    if k == 0:
        return (f"Sehr geehrte Damen und Herren,\n\nbitte senden Sie mir eine Zuwendungsbestätigung für meine Spenden "
                f"im Jahr 2025 ({r.choice(['3', '4', '6'])} Überweisungen, insgesamt {r.randint(150, 600)} €) an folgende Anschrift:\n\n"
                f"{P(p_.full)}\n{AD(street)}\n{PC(pc)} {town}\n\nDie Bestätigung gerne auch per E-Mail an {EM(email_for(r, p_, ('web.de', 'gmx.de', 't-online.de')))}.\n\n"
                f"Mit freundlichen Grüßen\n{P(p_.full)}")
    return (f"Hallo {P('Anke')},\nich brauche für das Finanzamt eine Spendenquittung über die {r.randint(50, 200)} Euro vom "
            f"Spendenlauf. Meine Adresse hat sich geändert: {AD(street)}, {PC(pc)} {town}.\nDanke und Gruß aus {town},\n{P(p_.first)}")


@scen("de", True)
def de_lastschrift_change(r, k):
    p_ = person(r, "de")
    ib = gen_iban(r, "DE")
    if k == 0:
        return (f"Guten Tag,\n\nich habe die Bank gewechselt. Bitte buchen Sie meine monatliche Spende ab sofort von "
                f"meinem neuen Konto ab: IBAN {IB(fmt_iban(r, ib, 1))}, Kontoinhaber {P(p_.full)}.\nFür Rückfragen: "
                f"{PH(gen_de_phone(r, r.random() < 0.5))}\n\nViele Grüße\n{P(p_.full)}")
    return (f"hallo, neue iban für das SEPA-Lastschriftmandat: {IB(fmt_iban(r, ib, 0))}\nmandatsreferenz hab ich nicht zur hand\n"
            f"lg {P(p_.first.lower())}\n\n-----Ursprüngliche Nachricht-----\nVon: Zonnestraal Fonds Deutschland "
            f"<deutschland@zonnestraalfonds.example>\nBetreff: Ihr SEPA-Lastschriftmandat (Mandatsreferenz ZSF-DE-{r.randint(10000, 99999)})\n\n"
            f"Hallo {P(p_.first)}, Ihre letzte Lastschrift ist zurückgekommen (Rückgabegrund AC04). Bitte senden Sie uns Ihre neue IBAN.\n\n{sig_de()}")


@scen("de", True)
def de_volunteer_signup(r, k):
    p_ = person(r, "de")
    street, pc, town = gen_de_addr(r)
    dob = gen_dob(r, 1955, 2006)
    return (f"Anmeldung Ehrenamt (Webformular)\nName: {P(p_.last)}, {P(p_.first)}\nGeburtsdatum: {DOB(fmt_date(r, dob, 'de', 0))}\n"
            f"Straße/Hausnr.: {AD(street)}\nPLZ/Ort: {PC(pc)} {town}\nHandy: {PH(gen_de_phone(r))}\n"
            f"E-Mail: {EM(email_for(r, p_, ('web.de', 'gmx.de', 'posteo.de')))}\nEinsatz: {r.choice(['Spendenlauf', 'Infostand', 'Büro'])}\n"
            f"Erweitertes Führungszeugnis: wird beantragt") if k == 0 else (
        f"Liebe Frau {P('Vollmer')},\n\nich möchte mich gern beim Infostand in {town} engagieren. Geboren bin ich am "
        f"{DOB(fmt_date(r, dob, 'de', 1))}, also über 18 :-) und wohne in der {AD(street)}. Erreichbar bin ich "
        f"abends unter {PH(gen_de_phone(r, False))}.\n\nHerzliche Grüße\n{P(p_.full)}")


@scen("de", True)
def de_nachlass(r, k):
    dec = person(r, "de", female=True)
    ra = person(r, "de")
    ra_t = "Rechtsanwältin" if ra.female else "Rechtsanwalt"
    street, pc, town = gen_de_addr(r)
    dob = gen_dob(r, 1925, 1950)
    firm = NP(r.choice(["Kanzlei am Prinzipalmarkt", "Rechtsanwälte Sternberg & Partner mbB", "Kanzlei Domplatz"]))
    if k == 0:
        return (f"Nachlasssache {P(dec.full)}, geb. am {DOB(fmt_date(r, dob, 'de', 0))}, zuletzt wohnhaft {AD(street)}, "
                f"{PC(pc)} {town}\nUnser Zeichen: {r.randint(100, 999)}/25 {r.choice(['ST', 'KL'])}\n\nSehr geehrte Damen und Herren,\n\n"
                f"als Testamentsvollstrecker teile ich mit, dass die Erblasserin Ihrer Stiftung ein Vermächtnis von "
                f"{r.choice(['5.000', '12.500', '20.000'])} € zugewandt hat. Der Erbschein (AG {town}, Az. {r.randint(10, 99)} VI {r.randint(100, 999)}/25) liegt vor.\n\n"
                f"Mit freundlichen Grüßen\n{P(ra.full)}\n{ra_t}\n{firm}")
    return (f"Aktennotiz ({P('Anke')}): Telefonat mit {ra_t} {P(ra.full)} ({firm}, {PH(gen_de_phone(r, False))}) "
            f"zum Nachlass {P(dec.full)}. Vermächtnis wird nach Ablauf der Ausschlagungsfrist überwiesen; "
            f"Spendenkonto DE32 4006 0265 0012 3456 78 mitgeteilt.")


@scen("de", True)
def de_dsgvo_auskunft(r, k):
    p_ = person(r, "de")
    dob = gen_dob(r, 1950, 2000)
    street, pc, town = gen_de_addr(r)
    if k == 0:
        return (f"Betreff: Auskunftsersuchen nach Art. 15 DSGVO\n\nSehr geehrte Damen und Herren,\n\nich bitte um Auskunft über "
                f"alle zu meiner Person gespeicherten Daten. Zur Identifizierung: {P(p_.full)}, Geburtsdatum "
                f"{DOB(fmt_date(r, dob, 'de', 0))}, {AD(street)}, {PC(pc)} {town}, E-Mail {EM(email_for(r, p_, ('gmx.de', 'web.de')))}.\n\n"
                f"Mit freundlichen Grüßen\n{P(p_.full)}")
    return (f"Bitte löschen Sie meine Daten vollständig und bestätigen Sie das schriftlich. Ich habe nie gespendet. "
            f"Meine E-Mail ist {EM(email_for(r, p_, ('gmx.de', 't-online.de')))}.\n{P(p_.full)}")


@scen("de", True)
def de_ruecklastschrift(r, k):
    p_ = person(r, "de")
    ib = gen_iban(r, "DE")
    return (f"Sehr geehrte Damen und Herren,\n\nSie haben am {r.randint(1, 28)}.{r.randint(1, 11)}.2025 {r.choice(['20', '30', '50'])} € von meinem Konto "
            f"{IB(fmt_iban(r, ib, 3 if k == 0 else 1))} abgebucht, obwohl ich das Mandat im Sommer gekündigt habe. Ich habe die "
            f"Lastschrift zurückgegeben. Bitte stellen Sie die Abbuchungen endgültig ein.\n\n{P(p_.full)}")


@scen("de", True)
def de_spendenlauf_anmeldung(r, k):
    p_ = person(r, "de")
    nood = person(r, "de")
    dob = gen_dob(r, 1965, 2012)
    return (f"Anmeldung Zonnestraal Spendenlauf Münster 2026\nTeilnehmer: {P(p_.full)}\nGeburtsdatum: {DOB(fmt_date(r, dob, 'de', 2))}\n"
            f"Strecke: {r.choice(['5 km', '10 km'])} | T-Shirt-Größe: {r.choice(['S', 'M', 'L', 'XL'])} | Startnummer: {r.randint(2000, 2999)}\n"
            f"Notfallkontakt: {P(nood.full)}, {PH(gen_de_phone(r))}\nE-Mail: {EM(email_for(r, p_, ('gmx.de', 'web.de')))}\n"
            f"Startgeld 15,00 € bezahlt (PayPal, Transaktion {r.randint(10, 99)}X{r.randint(100000, 999999)}K)")


@scen("de", True)
def de_firmenspende(r, k):
    p_ = person(r, "de")
    co = NP(r.choice([f"{p_.core} Haustechnik GmbH", f"Autohaus {p_.core} GmbH & Co. KG", f"Bäckerei {p_.core} e.K."]))
    return (f"Sehr geehrte Frau {P('Vollmer')},\n\nwie besprochen spendet die {co} für jeden gelaufenen Kilometer 2 €. "
            f"Bitte stellen Sie die Zuwendungsbestätigung auf die Firma aus (HRB {r.randint(10000, 19999)}, Amtsgericht "
            f"{r.choice(['Münster', 'Coesfeld', 'Steinfurt'])}).\nAnsprechpartner bin ich: {P(p_.full)}, {PH(gen_de_phone(r, False))}, "
            f"{EM(email_for(r, p_, ('firma.de', 'web.de')))}.\n\nMit freundlichen Grüßen\n{P(p_.full)}")


@scen("de", True)
def de_beschwerde_werber(r, k):
    p_ = person(r, "de")
    w = person(r, "de")
    return (f"Beschwerde: Ihr Standwerber vor dem Hauptbahnhof {r.choice(['Münster', 'Osnabrück'])} ({P(w.first)}, laut Ausweis) "
            f"hat mich heute um {r.randint(10, 17)}:{r.choice(['05', '30', '45'])} Uhr regelrecht verfolgt und meine Telefonnummer "
            f"verlangt. So geht man nicht mit Menschen um. Rückruf bitte unter {PH(gen_de_phone(r))}.\n{P(p_.full)}")


@scen("de", True)
def de_whatsapp_umzug(r, k):
    p_ = person(r, "de")
    street, pc, town = gen_de_addr(r)
    d = f"{r.randint(1, 28)}.{r.randint(1, 11)}.25"
    t = sorted(r.sample(range(10, 60), 3))
    if k == 1:
        return (f"{P(p_.first)}: hallo zusammen, kurze Info: unsere Post bitte ab jetzt an {AD(street)} in {PC(pc)} {town} 📬\n"
                f"Zonnestraal Fonds Deutschland: Hallo {P(p_.first)}, vielen Dank! Gilt das auch für die Zuwendungsbestätigung?\n"
                f"{P(p_.first)}: ja bitte, die letzte ging noch an die alte Adresse")
    return (f"[{d}, 18:{t[0]}] {P(p_.full)}: Hallo, wir sind umgezogen! Neue Adresse {AD(street)}, {PC(pc)} {town}\n"
            f"[{d}, 18:{t[1]}] Zonnestraal Fonds Deutschland: Danke, {P(p_.first)}! Ist notiert. Viele Grüße, {P('Anke')}\n"
            f"[{d}, 18:{t[2]}] {P(p_.full)}: {r.choice(['👍', 'Super, danke!'])}")


@scen("de", True)
def de_fahrtkosten(r, k):
    p_ = person(r, "de")
    kz = gen_kennzeichen(r)
    ib = gen_iban(r, "DE")
    km = r.randint(30, 220)
    return (f"Fahrtkostenabrechnung Ehrenamt\nName: {P(p_.full)}\nFahrzeug (amtl. Kennzeichen): {KT(kz)}\n"
            f"Fahrten: Infostand {r.choice(['Kleve', 'Bocholt', 'Gronau'])} am {r.randint(1, 28)}.10.2025, hin und zurück {km} km\n"
            f"Pauschale 0,30 €/km = {km * 3 // 10},{km * 3 % 10}0 €\n"
            f"Bankverbindung: {IB(fmt_iban(r, ib, 1))}\nGeprüft: {P('Anke')}")


@scen("de", True)
def de_kartenzahlung(r, k):
    p_ = person(r, "de")
    card = gen_card(r, "visa" if k == 0 else "mc")
    return (f"Hallo,\n\nbeim Sommerfest wollte ich mit Karte spenden, das Gerät ging aber nicht. Ihre Helferin meinte, ich solle "
            f"Ihnen die Kartennummer schicken: {CC(card)}, gültig bis {r.randint(1, 12):02d}/{r.randint(27, 30)}. Bitte "
            f"{r.choice(['50', '80', '100'])} € abbuchen.\n\nGruß\n{P(p_.full)}")


@scen("de", True)
def de_fuehrungszeugnis(r, k):
    p_ = person(r, "de")
    dob = gen_dob(r, 1960, 2005)
    doc = gen_docnr_de(r)
    return (f"Liebe Frau {P('Vollmer')},\n\nfür die Jugendfreizeit reiche ich das erweiterte Führungszeugnis nach. Beim "
            f"Bürgeramt wurde mein Personalausweis (Nr. {ID(doc)}) kontrolliert; Geburtsdatum laut Ausweis "
            f"{DOB(fmt_date(r, dob, 'de', 0))}. Das Zeugnis kommt direkt zu Ihnen (Belegart OE).\n\nViele Grüße\n{P(p_.full)}")


# ---------------------------------------------------------------------------- DE without personal data
@scen("de", False)
def de_np_spendenquittung_faq(r, k):
    return (f"Guten Tag, reicht für das Finanzamt bei Spenden bis 300 € der Kontoauszug als Nachweis oder brauche ich eine "
            f"Zuwendungsbestätigung? Und stellen Sie als niederländische Stiftung überhaupt deutsche Bestätigungen aus? "
            f"Ich habe {r.choice(['zweimal', 'dreimal'])} je {r.choice(['50', '100'])} € auf DE32 4006 0265 0012 3456 78 überwiesen. Danke!")


@scen("de", False)
def de_np_lauf_info(r, k):
    return (f"Infos Spendenlauf Münster {r.randint(7, 28)}.06.2026\nStart: 10:00 Uhr am Aasee, Startnummernausgabe ab 08:30 "
            f"(Nr. 2001–2900). T-Shirts S–XXL. Parken am P+R Weseler Straße, Shuttle alle 10 Min.\nStartgeld 15 €, "
            f"Kinder bis 12 frei. Kontakt: deutschland@zonnestraalfonds.example, Tel. 0251 9874330.")


@scen("de", False)
def de_np_sammelbestaetigung(r, k):
    return (f"Interne Notiz: Sammelbestätigungen 2025 werden am {r.randint(10, 25)}.01.2026 versendet. Vorlage ZB-{r.randint(10, 99)}/2026, "
            f"Freistellungsbescheid FA Münster-Innenstadt vom 14.03.2024, StNr. 336/5{r.randint(100, 999)}/{r.randint(1000, 9999)}. "
            f"Anzahl Spender: {r.randint(900, 2400)}, Summe {r.randint(80, 190)}.{r.randint(100, 999)},{r.randint(10, 99)} €. "
            f"Druckerei-Auftrag {r.randint(40000, 49999)}-{r.randint(1, 9)}.")


@scen("de", False)
def de_np_newsletter(r, k):
    if k == 1:
        return (f"Hallo, der Link zur Spendenquittung im Newsletter vom {r.randint(1, 28)}.11. führt zu einer Fehlerseite "
                f"(Code 403). Ich habe Firefox 132.0.2 und Windows 11 benutzt. Können Sie das prüfen? Danke und schöne Grüße aus Emsdetten")
    return (f"Warum bekomme ich Ihren Newsletter auf Niederländisch?? Ich spreche kein Wort. Bitte auf Deutsch umstellen, "
            f"Kundennummer weiß ich nicht. Danke {r.choice(['🙂', ''])}")


@scen("de", False)
def de_np_technik(r, k):
    return (f"Ticket IT-{r.randint(1000, 9999)}: Spendenformular (DE) lädt nicht.\nVersion 4.{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(1, 30)} "
            f"auf Staging 10.30.{r.randint(1, 9)}.{r.randint(2, 250)}, Gateway 192.168.{r.randint(0, 20)}.1, Fehler HTTP 504 seit "
            f"{r.randint(1, 28)}.11.2025 {r.randint(6, 22)}:{r.randint(10, 59)} Uhr. Betroffen ca. {r.randint(10, 60)} Spenden, "
            f"Referenzen SP-DE-{r.randint(10000, 99999)} ff.")


@scen("de", False)
def de_np_kontoauszug(r, k):
    ref = gen_ref9(r, True)
    return (f"Kontoauszug Nr. {r.randint(10, 52)}/2025, Spendenkonto DE32400602650012345678\n"
            f"{r.randint(1, 28)}.11. Gutschrift 120,00 EUR Verwendungszweck SPENDE REF {ref}\n"
            f"{r.randint(1, 28)}.11. Gutschrift 35,50 EUR Verwendungszweck Spendenlauf Startnr 2314\n"
            f"{r.randint(1, 28)}.11. Lastschrift 9,90 EUR Kontoführung\nSaldo {r.randint(40, 90)}.{r.randint(100, 999)},{r.randint(10, 99)} EUR")


@scen("de", False)
def de_np_social(r, k):
    if k == 1:
        return (f"Frage per Instagram-DM an @ZonnestraalFonds: Gibt es den Spendenlauf {r.choice(['2026', 'nächstes Jahr'])} auch in "
                f"Köln oder nur in Münster? Wir wären mit {r.randint(8, 25)} Leuten aus dem Sportverein dabei 🏃‍♂️🏃‍♀️")
    return (f"@ZonnestraalFonds Toller Lauf heute am Aasee {r.choice(['🏃', '☀️', '💪'])} {r.randint(400, 900)} Läuferinnen und Läufer, "
            f"und das bei 30 Grad! Grüße vom Team {NP('Lindemann Logistik GmbH')} #Spendenlauf #Münster")


# ============================================================================ build
def build():
    recs = []
    meta = []
    for lang in ("nl", "en", "de"):
        items = []
        for (lg, name, pii, f) in SCEN:
            if lg != lang:
                continue
            for k in (0, 1):
                r = random.Random(f"{SEED}:{name}:{k}")
                marked = f(r, k)
                r2 = random.Random(f"{SEED}:crlf:{name}:{k}")
                if r2.random() < 0.09 and not re.search(r"^\[", marked, re.M):
                    marked = marked.replace("\n", "\r\n")
                items.append((name, k, pii, marked))
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(items)
        for i, (name, k, pii, marked) in enumerate(items, 1):
            text, spans, nps = render(marked)
            rid = f"h29-{lang}-{i:03d}"
            bspans = [{"start": char_to_byte(text, s), "end": char_to_byte(text, e), "label": lab} for s, e, lab, _v in spans]
            recs.append({"id": rid, "lang": lang, "text": text, "spans": bspans})
            meta.append({"id": rid, "scenario": name, "k": k, "pii": pii, "spans": spans, "nps": nps, "text": text})
    return recs, meta


# ============================================================================ self test
def self_test():
    n = 0

    def ok(cond, what):
        nonlocal n
        n += 1
        if not cond:
            raise AssertionError(f"self test failed: {what}")

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303", "103349856",
              "044126396", "656412689", "460455977", "879119330", "999999990", "111111110"]:
        ok(elfproef(v), f"bsn {v}")
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        ok(not elfproef(v), f"bsn invalid {v}")
    ok(bank11("123456789"), "bank11")
    ok(onderwijsnummer("101222331") and not onderwijsnummer("100252333"), "onderwijsnummer")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789", "NL20INGB0001234567",
              "NL39RABO0300065264", "NL44RABO0123456789", "NL86INGB0002445588", "NL68KNAB0123456789", "NL32BUNQ2012345678",
              "BE71 0961 2345 6769", "DE89370400440532013000", "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606",
              "FR76 3000 6000 0112 3456 7890 189", "GB82WEST12345698765432"]:
        ok(iban_valid(v), f"iban {v}")
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300", "DE89370400440532013001",
              "BE68539007547035"]:
        ok(not iban_valid(v), f"iban invalid {v}")
    ok(make_iban("NL", "KNAB0123456789") == "NL68KNAB0123456789", "iban check digits")
    ok(make_iban("NL", "BUNQ2012345678") == "NL32BUNQ2012345678", "iban check digits 2")
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67", "0111-123456",
              "085 123 4567", "091 123 4567", "06 1234 5678", "06-12 34 56 78", "06 - 123 456 78", "+31 6 12345678",
              "+316-12345678", "+31 0 6 12345678", "0031 6 1234 5678", "+31(0)20-1234567", "0031-(0)20-1234567",
              "+31.20.123.45.67", "020/1234567"]:
        ok(phone_valid(v, "NL"), f"phone nl {v}")
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "069 1234567", "020-123456",
              "012-3456789"]:
        ok(not phone_valid(v, "NL"), f"phone nl invalid {v}")
    for v in ["+32 470 12 34 56", "0470 12 34 56", "02 511 22 33", "09 265 12 34", "050 44 86 86"]:
        ok(phone_valid(v, "BE"), f"phone be {v}")
    for v in ["+32 470 12 34 5", "02 123 45 67", "09 123 45 67"]:
        ok(not phone_valid(v, "BE"), f"phone be invalid {v}")
    for v in ["+49 30 12345678", "0151 23456789", "+49 (0)221 1234567", "0049 171 1234567"]:
        ok(phone_valid(v, "DE"), f"phone de {v}")
    ok(not phone_valid("+49 151 234", "DE"), "phone de invalid")
    for v in ["07700 900123", "+44 7700 900456", "0161 496 0789", "020 7946 0123"]:
        ok(phone_valid(v, "GB"), f"phone uk {v}")
    ok(not phone_valid("07700 123456", "GB"), "uk non-drama")
    for v in ["1012 AB", "1012AB", "1012 ab", "NL-2611ET", "9999 ZZ", "1000 AA"]:
        ok(postcode_nl(v), f"postcode {v}")
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        ok(not postcode_nl(v), f"postcode invalid {v}")
    ok(postcode_valid("EH9 1HN") and postcode_valid("48143") and postcode_valid("9000"), "postcodes uk/de/be")
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        ok(docnr_nl(v), f"docnr {v}")
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        ok(not docnr_nl(v), f"docnr invalid {v}")
    ok(residence_doc("III-V123AL568") if False else residence_doc("II-V8KGP6LTU"), "residence doc")
    for v in ["GB-12-DF", "1-KBB-12", "123-BB-1", "12-GBX-3", "VB-123-X", "G-123-BB", "GBB-12-X", "G-12-BBB", "1-BB-123",
              "gbb12x", "GB 12 DF"]:
        ok(kenteken_nl(v), f"kenteken {v}")
    for v in ["12-ABC-3", "1-NSB-12", "AB-1234", "12-SS-GH", "1-AB-1234", "ABC-123"]:
        ok(not kenteken_nl(v), f"kenteken invalid {v}")
    ok(kennzeichen_de("MS-ZF 482") and not kennzeichen_de("MS-ZF482"), "kennzeichen")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        ok(btw_mod97(v), f"btw {v}")
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL12345678B01"]:
        ok(not btw_mod97(v), f"btw invalid {v}")
    ok(ob_nummer("NL004495445B01") and not btw_mod97("NL004495445B01"), "OB-nummer")
    ok(not ob_nummer("NL111234567B01") and not btw_mod97("NL111234567B01"), "neither")
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "30569309025904", "6759649826438453"]:
        ok(card_valid(v), f"card {v}")
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        ok(not card_valid(v), f"card invalid {v}")
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM", "info@bakkerij-de-groot.frl"]:
        ok(email_valid(v), f"email {v}")
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld", "icon@2x.png"]:
        ok(not email_valid(v), f"email invalid {v}")
    ok(ip_valid("8.8.8.8"), "ip")
    for v in ["192.168.1.10", "10.1.2.3", "127.0.0.1", "2001:db8::1", "::1", "fe80::1ff:fe23:4567:890a", "256.1.1.1",
              "010.001.001.001", "2001:db8:::1", "12:30:45", "00:1A:2B:3C:4D:5E", "192.0.2.5", "198.51.100.7", "203.0.113.9"]:
        ok(not ip_valid(v), f"ip not global/invalid {v}")
    for v in ["12-03-1985", "5 mei 1960", "1-4-1990", "03/07/1979", "29.02.1992", "17 okt 2001", "March 20, 1995",
              "13. Juli 1984", "1985-03-12"]:
        ok(dob_valid(v), f"dob {v}")
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999"]:
        ok(not dob_valid(v), f"dob invalid {v}")
    # organisation's own data
    for v in ORG["ibans"]:
        ok(iban_valid(v), f"org iban {v}")
    for v in ORG["phones"]:
        ok(phone_valid(v), f"org phone {v}")
    ok(ob_nummer(ORG["btw"][0]) and elfproef(ORG_RSIN), "org btw is RSIN-based OB-nummer")
    cid = ORG_CREDITOR_ID
    ok(int(b36(cid[7:] + cid[:2] + cid[2:4])) % 97 == 1, "creditor id")
    for pc in ("3811 KD", "3800 CD"):
        ok(postcode_nl(pc), "org postcode")
    # generators, many rounds
    r = random.Random(f"{SEED}:selftest")
    for _ in range(300):
        ok(elfproef(gen_bsn(r)), "gen bsn")
        for cc in ("NL", "BE", "DE", "GB"):
            ok(iban_valid(gen_iban(r, cc)), f"gen iban {cc}")
        ok(phone_valid(gen_mobile_nl(r), "NL"), "gen mobile")
        ok(phone_valid(gen_fixed_nl(r), "NL"), "gen fixed")
        ok(phone_valid(gen_gsm_be(r), "BE"), "gen gsm")
        ok(phone_valid(gen_de_phone(r, True), "DE") and phone_valid(gen_de_phone(r, False), "DE"), "gen de phone")
        ok(phone_valid(gen_uk_phone(r), "GB"), "gen uk phone")
        a = gen_nl_addr(r)
        ok(postcode_nl(a[1]), "gen postcode")
        ok(postcode_valid(gen_uk_addr(r)[1]) and postcode_valid(gen_de_addr(r)[1]) and postcode_valid(gen_be_addr(r)[1]), "gen pcs")
        ok(card_valid(gen_card(r)), "gen card")
        ok(ip_valid(gen_ipv4(r)) and ip_valid(gen_ipv6(r)), "gen ip")
        ok(docnr_nl(gen_docnr(r)) and docnr_de(gen_docnr_de(r)), "gen docnr")
        ok(kenteken_nl(gen_kenteken(r)) and kennzeichen_de(gen_kennzeichen(r)), "gen plates")
        b = gen_btw(r)
        ok(btw_mod97(b) and not elfproef(b[2:11]), "gen btw")
        ok(dob_valid(fmt_date(r, gen_dob(r), r.choice(["nl", "en", "de"]))), "gen dob")
        ok(elfproef(gen_ref9(r, True)) and not elfproef(gen_ref9(r, False)), "gen ref")
    return n


# ============================================================================ audit
REF_WORDS = re.compile(r"(?i)(kenmerk|\bref\b|referen|transacti|transaction|order|factuur|invoice|rechnung|dossier|batch|"
                       r"rsin|fiscaal nummer|aanvraagnummer|zegel|terminal|msgid|startn|scan-|verwendungszweck)")
UNIT_PAIRS = {"MB", "GB", "KB", "TB", "KM", "PK", "EN"}
VERSION_WORDS = re.compile(r"(?i)(versie|version|v\.?|build|release|chrome|php|plugin)\s*$")


def validate(label, v, lang):
    if label == "PERSON":
        toks = [t for t in re.split(r"[ \-]", v) if t]
        if not toks:
            return False
        for t in toks:
            tl = t.lower()
            if tl in TUSSEN or tl in ("el", "ait", "van", "'t", "damme", "stam") or re.fullmatch(r"([A-Z]\.)+", t):
                continue
            if tl.strip(".").replace("ı", "i") not in NAME_TOKENS_N:
                return False
        return True
    if label == "EMAIL":
        return email_valid(v)
    if label == "PHONE":
        return phone_valid(v)
    if label == "IBAN":
        return iban_valid(v)
    if label == "BSN":
        return elfproef(v) or ob_nummer(v)
    if label == "ADDRESS":
        return bool(re.search(r"\d", v)) and bool(re.search(r"[A-Za-zÄÖÜäöüß]{3,}", v)) and len(v) < 60
    if label == "POSTCODE":
        return postcode_valid(v)
    if label == "CREDIT_CARD":
        return card_valid(v)
    if label == "IP_ADDRESS":
        return ip_valid(v)
    if label == "DATE_OF_BIRTH":
        return dob_valid(v)
    if label == "ID_DOCUMENT":
        return id_valid(v)
    if label == "LICENSE_PLATE":
        return plate_valid(v)
    if label == "BTW_ID":
        return btw_mod97(v) and not elfproef(v[2:11])
    if label == "KVK":
        return bool(re.fullmatch(r"\d{8}", v)) and v not in ORG["kvk"]
    return False


def org_ranges(text):
    """character ranges of the organisation's own data in text"""
    out = []
    pats = [re.escape(x) for x in ORG["names"] + ORG["handles"]]
    pats += [r"[\w.+-]+@(?:[\w-]+\.)*zonnestraalfonds\.example", r"(?:www\.)?zonnestraalfonds\.example[\w/.-]*"]
    pats += [re.escape(a) for a in ORG["addresses"]] + [r"Zonnewijzerhof 3", r"Postbus 2150", r"3811 KD", r"3800 CD",
                                                        r"Ludgeristraße 56", r"48143 Münster", r"Kortrijksesteenweg 412"]
    pats += [re.escape(ORG_RSIN), re.escape(ORG_CREDITOR_ID), re.escape(ORG["btw"][0]), re.escape(ORG["kvk"][0])]
    for ib in ORG["ibans"]:
        pats.append(r"[ \u00a0]?".join(re.escape(c) for c in ib))
    for m_ in re.finditer("|".join(pats), text, re.I):
        out.append((m_.start(), m_.end()))
    # org phones in any written form
    for m_ in re.finditer(r"(?<![\d])(?:\+|00)?[\d][\d \-/.()]{6,18}\d", text):
        ps = phone_split(m_.group(0))
        if ps and ps[1] in ORG_NSN:
            out.append((m_.start(), m_.end()))
    return out


def inside(a, b, ranges):
    return any(s <= a and b <= e for s, e in ranges)


def overlaps(a, b, ranges):
    return any(a < e and s < b for s, e in ranges)


def audit(recs, meta):
    errs = []
    seen = set()
    for rec, mt in zip(recs, meta):
        rid, text, lang = rec["id"], rec["text"], rec["lang"]
        bt = text.encode("utf-8")
        if text in seen:
            errs.append(f"{rid}: duplicate text")
        seen.add(text)
        if any(c in text for c in (S0, S1, S2, N0, N1)):
            errs.append(f"{rid}: markup left")
        spans = mt["spans"]
        cspans = [(s, e) for s, e, _l, _v in spans]
        if bool(spans) != mt["pii"]:
            errs.append(f"{rid}: pii flag {mt['pii']} but {len(spans)} spans")
        prev = 0
        for (s, e, lab, v), bs in zip(spans, rec["spans"]):
            if s < prev:
                errs.append(f"{rid}: spans unsorted/overlapping at {s}")
            prev = e
            if bt[bs["start"]:bs["end"]].decode("utf-8") != v or text[s:e] != v:
                errs.append(f"{rid}: span value mismatch {v!r}")
            if v != v.strip() or not (v[0].isalnum() or (lab == "PHONE" and v[0] in "+(")) or not v[-1].isalnum():
                errs.append(f"{rid}: bad span edge {lab} {v!r}")
            if not validate(lab, v, lang):
                errs.append(f"{rid}: invalid {lab} {v!r}")
            if lab == "DATE_OF_BIRTH" and not BIRTH_WORDS.search(text[max(0, s - 80):s]):
                errs.append(f"{rid}: no birth word before DOB {v!r}")
            if "zonnestraal" in v.lower():
                errs.append(f"{rid}: organisation inside span {v!r}")
        orgr = org_ranges(text)
        for s, e, lab, v in spans:
            if overlaps(s, e, orgr):
                errs.append(f"{rid}: span overlaps organisation data {lab} {v!r}")
        nps = mt["nps"]
        skip = cspans + nps + orgr

        def free(a, b):
            return not overlaps(a, b, skip)

        # every repeat of a labelled value labelled
        for s, e, lab, v in spans:
            for m_ in re.finditer(re.escape(v), text):
                a, b = m_.span()
                if a > 0 and text[a - 1].isalnum() or b < len(text) and text[b].isalnum():
                    continue
                if not any(a == s2 and b == e2 for s2, e2, _l, _v in spans) and not inside(a, b, cspans):
                    errs.append(f"{rid}: unlabelled repeat of {lab} {v!r}")
        # name tokens
        for m_ in re.finditer(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text):
            a, b = m_.span()
            if m_.group(0).lower().replace("ı", "i") in NAME_TOKENS_N and free(a, b):
                errs.append(f"{rid}: unlabelled name token {m_.group(0)!r} at {a}")
        # emails
        for m_ in EMAIL_RE.finditer(text):
            if free(*m_.span()):
                errs.append(f"{rid}: unlabelled email {m_.group(0)!r}")
        # IBANs
        for m_ in re.finditer(r"(?<![A-Za-z0-9])([A-Za-z]{2})(\d{2})", text):
            cc = m_.group(1).upper()
            if cc not in IBAN_LEN:
                continue
            need = IBAN_LEN[cc] - 4
            j, got = m_.end(), ""
            while j < len(text) and len(got) < need:
                c = text[j]
                if c.isalnum():
                    got += c
                elif c not in " \u00a0":
                    break
                j += 1
            cand = text[m_.start():j]
            if iban_valid(cand) and free(m_.start(), j):
                errs.append(f"{rid}: unlabelled IBAN {cand!r}")
        # BSN-shaped numbers passing the elfproef
        for m_ in re.finditer(r"(?<![\w.\-])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ \-]\d{3}[ \-]\d{3}|\d{2}\.\d{2}\.\d{2}\.\d{3})(?![\w\-]|\.\d)", text):
            a, b = m_.span()
            if elfproef(m_.group(0)) and free(a, b):
                line_start = text.rfind("\n", 0, a) + 1
                if not REF_WORDS.search(text[max(line_start, a - 40):a]):
                    errs.append(f"{rid}: unlabelled elfproef number {m_.group(0)!r}")
        # NL mobiles
        for m_ in re.finditer(r"(?<![\d+])(?:(?:\+|00)31[\s.\-]*(?:\(0\)[\s.\-]*)?|0)6(?:[\s.\-]*\d){8}(?!\d)", text):
            if phone_valid(m_.group(0), "NL") and free(*m_.span()):
                errs.append(f"{rid}: unlabelled NL mobile {m_.group(0)!r}")
        # card numbers
        for m_ in re.finditer(r"(?<![\d])\d(?:[ \-]?\d){11,18}(?!\d)", text):
            if card_valid(m_.group(0)) and free(*m_.span()):
                errs.append(f"{rid}: unlabelled card {m_.group(0)!r}")
        # public IPv4
        for m_ in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\d|\.\d)", text):
            if ip_valid(m_.group(0)) and free(*m_.span()) and not VERSION_WORDS.search(text[max(0, m_.start() - 12):m_.start()]):
                errs.append(f"{rid}: unlabelled public IP {m_.group(0)!r}")
        # public IPv6
        for m_ in re.finditer(r"(?<![\w:])[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])", text):
            if ip_valid(m_.group(0)) and free(*m_.span()):
                errs.append(f"{rid}: unlabelled public IPv6 {m_.group(0)!r}")
        # document numbers after document words
        for m_ in re.finditer(r"(?i)(paspoort|passport|identiteitskaart|id-kaart|personalausweis|ausweis|reisepass)[^\n]{0,30}", text):
            for t in re.finditer(r"(?<![\w])[A-Z0-9]{9}(?![\w])", m_.group(0)):
                a = m_.start() + t.start()
                if id_valid(t.group(0)) and free(a, a + 9):
                    errs.append(f"{rid}: unlabelled document number {t.group(0)!r}")
        # kentekens (hyphenated / spaced / compact after a vehicle word) and Kennzeichen
        for m_ in re.finditer(r"(?<![\w-])[A-Za-z0-9]{1,3}[- ][A-Za-z0-9]{2,3}[- ][A-Za-z0-9]{1,3}(?![\w-])", text):
            if re.search(r"[A-Za-z]", m_.group(0)) and re.search(r"\d", m_.group(0)) and kenteken_nl(m_.group(0)) and free(*m_.span()):
                errs.append(f"{rid}: unlabelled kenteken {m_.group(0)!r}")
        for m_ in re.finditer(r"(?i)(kenteken|auto|registration|kennzeichen)[^\n]{0,25}", text):
            for t in re.finditer(r"(?<![\w-])[A-Za-z0-9]{6}(?![\w-])", m_.group(0)):
                a = m_.start() + t.start()
                if re.search(r"\d", t.group(0)) and kenteken_nl(t.group(0)) and free(a, a + 6):
                    errs.append(f"{rid}: unlabelled kenteken {t.group(0)!r}")
        for m_ in re.finditer(r"(?<![\w-])[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9]\d{0,3}(?!\d)", text):
            if free(*m_.span()):
                errs.append(f"{rid}: unlabelled Kennzeichen {m_.group(0)!r}")
        # KvK numbers, btw numbers
        for m_ in re.finditer(r"(?i)(?:kvk|kamer van koophandel|chamber of commerce)[^\d\n]{0,20}(\d{8})(?!\d)", text):
            if free(*m_.span(1)):
                errs.append(f"{rid}: unlabelled KvK {m_.group(1)!r}")
        for m_ in re.finditer(r"NL\d{9}B\d{2}", text):
            if free(*m_.span()):
                errs.append(f"{rid}: unlabelled btw {m_.group(0)!r}")
        # upper-case NL postcodes
        for m_ in re.finditer(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])", text):
            if postcode_nl(m_.group(0)) and m_.group(0)[-2:] not in UNIT_PAIRS and free(*m_.span()):
                errs.append(f"{rid}: unlabelled postcode {m_.group(0)!r}")
        # dates after birth words
        for m_ in BIRTH_WORDS.finditer(text):
            win = text[m_.end():m_.end() + 40]
            for d in re.finditer(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [A-Za-zä]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}", win):
                a = m_.end() + d.start()
                if dob_valid(d.group(0)) and free(a, a + len(d.group(0))):
                    errs.append(f"{rid}: unlabelled date after birth word {d.group(0)!r}")
    return errs


# ============================================================================ main
def stats(recs):
    from collections import Counter
    c = Counter()
    per = Counter()
    free_ = Counter()
    for rec in recs:
        per[rec["lang"]] += 1
        if not rec["spans"]:
            free_[rec["lang"]] += 1
        for s in rec["spans"]:
            c[(s["label"], rec["lang"])] += 1
    return c, per, free_


def main():
    n = self_test()
    recs, meta = build()
    errs = audit(recs, meta)
    if errs:
        print("\n".join(errs[:200]), file=sys.stderr)
        print(f"AUDIT FAILED: {len(errs)} problems; gold.jsonl not written", file=sys.stderr)
        sys.exit(1)
    # serialise, read back, re-check spans from bytes
    lines = [json.dumps(rec, ensure_ascii=False) for rec in recs]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    for line, mt in zip(data.decode("utf-8").splitlines(), meta):
        rec = json.loads(line)
        bt = rec["text"].encode("utf-8")
        for s, (_a, _b, lab, v) in zip(rec["spans"], mt["spans"]):
            assert bt[s["start"]:s["end"]].decode("utf-8") == v and s["label"] == lab
    with open(os.path.join(HERE, "gold.jsonl"), "wb") as fh:
        fh.write(data)
    c, per, free_ = stats(recs)
    print(f"self test: {n} checks ok; audit: {len(recs)} records ok")
    print("messages:", dict(per), "PII-free:", dict(free_), f"= {sum(free_.values())} ({100 * sum(free_.values()) / len(recs):.1f} %)")
    print(f"| label | nl | en | de | total |")
    tot = {"nl": 0, "en": 0, "de": 0}
    for lab in LABELS:
        row = [c[(lab, l)] for l in ("nl", "en", "de")]
        for l, x in zip(("nl", "en", "de"), row):
            tot[l] += x
        print(f"| `{lab}` | {row[0]} | {row[1]} | {row[2]} | {sum(row)} |")
    print(f"| total | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")
    lens = sorted(len(r_["text"].encode()) for r_ in recs)
    print("bytes min/median/max:", lens[0], lens[len(lens) // 2], lens[-1])
    print("CRLF texts:", sum("\r\n" in r_["text"] for r_ in recs), "NBSP texts:", sum(NBSP in r_["text"] for r_ in recs),
          "emoji texts:", sum(any(ord(ch) > 0xFFFF for ch in r_["text"]) for r_ in recs),
          "non-ASCII texts:", sum(any(ord(ch) > 127 for ch in r_["text"]) for r_ in recs))
    print("sha256:", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
