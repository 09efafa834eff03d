#!/usr/bin/env python3
"""heldout39 -- blind held-out evaluation set for pii-scrubber.

Organisation: Zaalvol Tickets B.V. (fictional), a Dutch concert and festival ticket seller and event
organiser (ticketing, resale, refunds for cancelled shows, wheelchair/companion tickets, lost tickets,
the Polderklank Festival with its campsite, crew and volunteer sign-ups, artists' agents, B2B box
offices in Belgium and Germany).

Python 3.11, standard library only.  Deterministic: every message instance gets its own
random.Random seeded with a *string* (hashed with SHA-512 by `random`, so PYTHONHASHSEED has no
effect).  `python3 -B make.py` runs the self test and the audit and refuses to write gold.jsonl if
anything fails.  `python3 -B make.py --check` runs everything but writes nothing.
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

SEED = "heldout39/zaalvol/v1"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")

LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD",
          "IP_ADDRESS", "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# ----------------------------------------------------------------------------------------------
# markup: values are written with m(LABEL, value) between private-use sentinels; render() strips
# them and records the spans.  NP() marks a string that contains name-like tokens but is not a
# person (company names with surnames, streets named after people): the name audit skips it.
# ----------------------------------------------------------------------------------------------
MO, MS, MC, NPO, NPC = "\ue000", "\ue001", "\ue002", "\ue003", "\ue004"


def m(label, value):
    assert label in LABELS, label
    assert value and value == value.strip(), repr(value)
    assert not any(c in value for c in (MO, MS, MC, NPO, NPC)), value
    return f"{MO}{label}{MS}{value}{MC}"


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
def NP(v): return f"{NPO}{v}{NPC}"


TOKEN_RE = re.compile(r"\ue000([A-Z_]+)\ue001(.*?)\ue002|\ue003(.*?)\ue004", re.S)


def render(marked):
    """-> (text, spans[(cs, ce, label, value)], nps[(cs, ce)]) with character offsets."""
    out, spans, nps, pos, last = [], [], [], 0, 0
    for mo in TOKEN_RE.finditer(marked):
        chunk = marked[last:mo.start()]
        out.append(chunk)
        pos += len(chunk)
        if mo.group(1):
            val = mo.group(2)
            spans.append((pos, pos + len(val), mo.group(1), val))
        else:
            val = mo.group(3)
            assert MO not in val, "no spans inside NP()"
            nps.append((pos, pos + len(val)))
        out.append(val)
        pos += len(val)
        last = mo.end()
    out.append(marked[last:])
    text = "".join(out)
    assert not any(c in text for c in (MO, MS, MC, NPO, NPC)), "markup left in text"
    return text, spans, nps


def byte_off(text, ci):
    return len(text[:ci].encode("utf-8"))


# ----------------------------------------------------------------------------------------------
# validators (one per label), written from shared/reference/dutch-pii-formats.md
# ----------------------------------------------------------------------------------------------
def bsn_ok(s):
    d = re.sub(r"[ .\-]", "", s)
    if not d.isdigit() or len(d) not in (8, 9):
        return False
    d = d.zfill(9)
    if int(d) == 0:
        return False
    return (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 0


def bank11_ok(d):
    return len(d) == 9 and sum((9 - i) * int(d[i]) for i in range(9)) % 11 == 0


def onderwijs_ok(s):
    d = re.sub(r"[ .\-]", "", s)
    return (len(d) == 9 and d.isdigit() and d.startswith("10")
            and (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 5)


def b36(s):
    return "".join(str(int(c, 36)) for c in s)


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "GB": 22, "FR": 27, "ES": 24, "PL": 28, "IE": 22,
            "PT": 25, "AT": 20, "LU": 20, "IT": 27, "LT": 20}
BBAN_RE = {"NL": r"[A-Z]{4}\d{10}", "BE": r"\d{12}", "DE": r"\d{18}", "GB": r"[A-Z]{4}\d{14}",
           "FR": r"\d{10}[A-Z0-9]{11}\d{2}", "ES": r"\d{20}", "PL": r"\d{24}", "IE": r"[A-Z]{4}\d{14}",
           "PT": r"\d{21}", "AT": r"\d{16}", "LU": r"\d{3}[A-Z0-9]{13}", "IT": r"[A-Z]\d{10}[A-Z0-9]{12}",
           "LT": r"\d{16}"}


def iban_compact(s):
    return re.sub(r"[\s\u00a0.\-]", "", s).upper()


def iban_ok(s):
    c = iban_compact(s)
    cc = c[:2]
    if cc not in IBAN_LEN or len(c) != IBAN_LEN[cc] or not c[2:4].isdigit():
        return False
    if not re.fullmatch(BBAN_RE[cc], c[4:]):
        return False
    if cc == "BE":
        n = int(c[4:14]) % 97 or 97
        if n != int(c[14:16]):
            return False
    return int(b36(c[4:] + c[:4])) % 97 == 1


def make_iban(cc, bban):
    n = int(b36(bban + cc + "00")) % 97
    return f"{cc}{98 - n:02d}{bban}"


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def iin_ok(d):
    L = len(d)
    if d[0] == "4":
        return L in (13, 16, 19)
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return L == 16
    if d[:2] in ("34", "37"):
        return L == 15
    if d[:4] == "6011" or 644 <= int(d[:3]) <= 649 or d[:2] == "65" or 622126 <= int(d[:6]) <= 622925:
        return 16 <= L <= 19
    if 3528 <= int(d[:4]) <= 3589:
        return 16 <= L <= 19
    if 300 <= int(d[:3]) <= 305 or d[:4] == "3095" or d[:2] in ("36", "38", "39"):
        return 14 <= L <= 19
    if d[:2] in ("50",) or 56 <= int(d[:2]) <= 69:
        return 12 <= L <= 19
    return False


def card_ok(s):
    d = re.sub(r"[ \-]", "", s)
    return d.isdigit() and 12 <= len(d) <= 19 and luhn_ok(d) and iin_ok(d)


# --- phones --------------------------------------------------------------------------------------
NL_AREA2 = {"10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38", "40", "43", "45", "46",
            "50", "53", "55", "58", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79"}
NL_AREA3 = {"111", "113", "114", "115", "117", "118", "162", "164", "165", "166", "167", "168", "172", "174",
            "180", "181", "182", "183", "184", "186", "187", "222", "223", "224", "226", "227", "228", "229",
            "251", "252", "255", "294", "297", "299", "313", "314", "315", "316", "317", "318", "320", "321",
            "341", "342", "343", "344", "345", "346", "347", "348", "411", "412", "413", "416", "418", "475",
            "478", "481", "485", "486", "487", "488", "492", "493", "495", "497", "499", "511", "512", "513",
            "514", "515", "516", "517", "518", "519", "521", "522", "523", "524", "525", "527", "528", "529",
            "541", "543", "544", "545", "546", "547", "548", "561", "562", "566", "570", "571", "572", "573",
            "575", "577", "578", "591", "592", "593", "594", "595", "596", "597", "598", "599"}


def nl_national_ok(n):
    """n: national significant number (no trunk 0)."""
    if not n.isdigit() or len(n) != 9:
        return False
    if re.fullmatch(r"6[1-58]\d{7}", n):
        return True
    if n[:2] in ("85", "91", "88"):
        return True
    if n[:2] in NL_AREA2 and n[2] != "0":
        return True
    if n[:3] in NL_AREA3 and n[3] != "0":
        return True
    return False


BE_ZONE2 = {"10", "11", "12", "13", "14", "15", "16", "19", "50", "51", "52", "53", "54", "55", "56", "57", "58",
            "59", "60", "61", "63", "64", "65", "67", "69", "71", "80", "81", "82", "83", "84", "85", "86", "87", "89"}


def be_national_ok(n):
    if not n.isdigit():
        return False
    if len(n) == 9:
        return bool(re.fullmatch(r"4[5-9]\d{7}", n))
    if len(n) == 8:
        if n[0] in "23":
            return n[1] in "2345678"
        if n[0] == "9":
            return n[1] in "234"
        if n[0] == "4":
            return n[1] in "234"                # 04 Liège (fixed line); 047x-049x are mobile prefixes
        return n[:2] in BE_ZONE2
    return False


DE_AREAS = {"221", "211", "251", "241", "201", "231", "2821", "30", "40", "234", "228", "2822", "2871",
            "203", "202", "521", "5251", "89", "69", "711"}


def de_national_ok(n):
    if not n.isdigit():
        return False
    if re.fullmatch(r"15[0-9]\d{8}", n) or re.fullmatch(r"1[67][0-9]\d{7,8}", n):
        return True
    for a in DE_AREAS:
        if n.startswith(a):
            sub = n[len(a):]
            if 5 <= len(sub) <= 8 and sub[0] != "0" and 9 <= len(n) <= 11:
                return True
    return False


def uk_national_ok(n):
    return bool(re.fullmatch(r"7700900\d{3}|1134960\d{3}|1174960\d{3}|1314960\d{3}|1614960\d{3}|"
                             r"2079460\d{3}|1914980\d{3}", n))


PHONE_CC = {"31": nl_national_ok, "32": be_national_ok, "49": de_national_ok, "44": uk_national_ok}


def phone_ok(s, countries=None):
    """valid in the numbering plan of one of `countries` (default: NL, BE, DE, UK)."""
    allowed = countries or PHONE_CC.keys()
    t = s.strip()
    if re.search(r"[^\d\s+()\-./]", t):
        return False
    intl = None
    if t.startswith("+"):
        intl = re.sub(r"\D", "", t[1:])
    elif re.match(r"00\s?[1-9]", t):
        intl = re.sub(r"\D", "", t)[2:]
    if intl is not None:
        cc = intl[:2]
        if cc not in allowed:
            return False
        rest = t
        nat = intl[2:]
        # "(0)" or a redundant 0 after the country code
        if "(0)" in rest or nat.startswith("0"):
            nat = nat[1:] if nat.startswith("0") else nat
        return PHONE_CC[cc](nat)
    d = re.sub(r"\D", "", t)
    if not d.startswith("0") or d.startswith("00"):
        return False
    nat = d[1:]
    return any(PHONE_CC[c](nat) for c in allowed)


def nl_mobile_norm(s):
    d = re.sub(r"\D", "", s)
    if s.strip().startswith("+31") or d.startswith("0031"):
        d = d[4:] if d.startswith("0031") else d[2:]
        if d.startswith("0"):
            d = d[1:]
        return d
    if d.startswith("0"):
        return d[1:]
    return None


# --- postcodes, addresses ------------------------------------------------------------------------
def nl_postcode_ok(s):
    t = re.sub(r"^NL-?", "", s.strip())
    mo = re.fullmatch(r"([1-9]\d{3}) ?([A-Za-z]{2})", t)
    return bool(mo) and mo.group(2).upper() not in ("SA", "SD", "SS") and mo.group(2) in (
        mo.group(2).upper(), mo.group(2).lower())


def be_postcode_ok(s):
    return bool(re.fullmatch(r"(B-)?[1-9]\d{3}", s))


def de_postcode_ok(s):
    return bool(re.fullmatch(r"(D-)?\d{5}", s)) and 1001 <= int(s[-5:]) <= 99998


UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}")


def uk_postcode_ok(s):
    return bool(UK_PC_RE.fullmatch(s))


def postcode_ok(s):
    return nl_postcode_ok(s) or be_postcode_ok(s) or de_postcode_ok(s) or uk_postcode_ok(s)


ADDRESS_RES = [
    re.compile(r"[A-ZÄÖÜ'][\w'’.\- ]*?[A-Za-zäöüßéè.] \d{1,5}(?:[ -]?[A-Za-z]{1,3}\b)?(?:[ -](?:\d{1,2}|I{1,3}|IV|hs|bis|bus \d{1,3}))?"),
    re.compile(r"(?:Flat \d{1,3}, )?\d{1,4}[a-z]? [A-Z][\w'’\- ]+ (?:Road|Street|Lane|Avenue|Close|Place|Crescent|Gardens|Terrace|Way|Drive|Grove|Row|Square|Court|Rise|Walk)"),
    re.compile(r"[Pp]ostbus \d{1,5}"),
]


def address_ok(s):
    return "\n" not in s and any(r.fullmatch(s) for r in ADDRESS_RES)


# --- documents, plates, tax ids -------------------------------------------------------------------
NL_DOC_RE = re.compile(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]")
NL_VRB_RE = re.compile(r"(?:I|II|III|IV|V)-V[A-NP-Z1-9]{8}")
DE_DOC_ALPH = "CFGHJKLMNPRTVWXYZ0123456789"


def nl_doc_ok(s):
    return bool(NL_DOC_RE.fullmatch(s.replace(" ", "").upper())) and s.replace(" ", "") == s.replace(" ", "").upper()


def be_eid_ok(s):
    d = s.replace("-", "").replace(" ", "")
    if not re.fullmatch(r"\d{12}", d):
        return False
    return (int(d[:10]) % 97 or 97) == int(d[10:])


def de_doc_ok(s):
    return len(s) == 9 and s[0] in "LMNPRTVWXY" and all(c in DE_DOC_ALPH for c in s)


def id_doc_ok(s):
    return (nl_doc_ok(s) or bool(NL_VRB_RE.fullmatch(s)) or be_eid_ok(s) or de_doc_ok(s)
            or bool(re.fullmatch(r"[1-9]\d{8}", s))            # UK / US passport (context required)
            or bool(re.fullmatch(r"[1-9]\d{9}", s)))           # NL rijbewijsnummer (context required)


KT_SIDECODES = {1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX",
                7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX",
                13: "9-XX-999", 14: "999-XX-9"}
KT_LETTERS = "BDFGHJKLNPRSTVXZ"
KT_BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS"]


def kt_groups_ok(code, groups):
    for g in groups:
        if g.isalpha():
            if code >= 4 and any(c not in KT_LETTERS + "MWY" for c in g):
                return False
            banned = KT_BANNED + (["KVT", "VVD"] if code >= 8 else []) + (["SP"] if code >= 13 else [])
            if g in banned:
                return False
    return True


def kenteken_ok(s):
    t = s.upper().replace(" ", "-")
    for code, pat in KT_SIDECODES.items():
        if "-" in t:
            if len(t) != len(pat):
                continue
            ok = all((p == "-" and c == "-") or (p == "X" and c.isalpha() and c.isascii())
                     or (p == "9" and c.isdigit()) for p, c in zip(pat, t))
            if ok and kt_groups_ok(code, t.split("-")):
                return True
        else:
            cp = pat.replace("-", "")
            if len(t) != 6:
                continue
            ok = all((p == "X" and c.isalpha() and c.isascii()) or (p == "9" and c.isdigit()) for p, c in zip(cp, t))
            if ok:
                groups, i = [], 0
                for part in pat.split("-"):
                    groups.append(t[i:i + len(part)])
                    i += len(part)
                if kt_groups_ok(code, groups):
                    return True
    return False


DE_KZ_RE = re.compile(r"(?:K|D|MS|AC|E|DO|KLE|BN|BO|DU|GE|OB|WES|BOR|HH|B|M|S|F|KR|NE|SU|GL|LEV|EN|RE)"
                      r"[- ][A-Z]{1,2} ?[1-9]\d{0,3}[EH]?")


def plate_ok(s):
    return kenteken_ok(s) or bool(DE_KZ_RE.fullmatch(s))


def btw_mod97_ok(s):
    c = re.sub(r"[ .\-]", "", s).upper()
    if not re.fullmatch(r"NL\d{9}B\d{2}", c) or c.endswith("B00"):
        return False
    return int(b36(c)) % 97 == 1


def btw_id_ok(s):
    """new-style btw-id: mod 97 and the 9 digits are *not* a BSN."""
    c = re.sub(r"[ .\-]", "", s).upper()
    return btw_mod97_ok(c) and not bsn_ok(c[2:11])


def ob_nummer_ok(s):
    c = re.sub(r"[ .\-]", "", s).upper()
    return bool(re.fullmatch(r"(NL)?\d{9}B\d{2}", c)) and bsn_ok(c[-12:-3]) and not c.endswith("B00")


def kvk_ok(s):
    return bool(re.fullmatch(r"[0-9]{8}", s.replace(" ", "").replace(".", ""))) and s[0] != "0"


EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
                      r"[A-Za-z0-9])?\.)+([A-Za-z]{2,24})(?![\w-])")
TLDS = {"nl", "com", "be", "de", "net", "org", "uk", "eu", "io", "example", "fr", "ie", "frl", "at", "pl", "es"}


def email_ok(s):
    mo = EMAIL_RE.fullmatch(s)
    return bool(mo) and mo.group(1).lower() in TLDS and "@@" not in s


def ip_ok(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}
MONTH_ABBR_NL = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
THIS_YEAR = 2025


def parse_date(s):
    """-> datetime.date or None.  Formats used in this set."""
    t = s.strip()
    mo = re.fullmatch(r"(\d{1,2})([-/. ])(\d{1,2})\2(\d{4})", t)
    if mo:
        d, mth, y = int(mo.group(1)), int(mo.group(3)), int(mo.group(4))
    else:
        mo = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
        if mo:
            y, mth, d = int(mo.group(1)), int(mo.group(2)), int(mo.group(3))
        else:
            mo = re.fullmatch(r"(\d{1,2})\.? ([A-Za-zä]+)\.? (\d{4})", t)
            mo2 = re.fullmatch(r"([A-Za-z]+) (\d{1,2}),? (\d{4})", t)
            if mo:
                d, name, y = int(mo.group(1)), mo.group(2), int(mo.group(3))
            elif mo2:
                name, d, y = mo2.group(1), int(mo2.group(2)), int(mo2.group(3))
            else:
                return None
            mth = None
            for lst in list(MONTHS.values()) + [MONTH_ABBR_NL]:
                low = [x.lower() for x in lst]
                if name.lower() in low:
                    mth = low.index(name.lower()) + 1
            if mth is None:
                return None
    try:
        return datetime.date(y, mth, d)
    except ValueError:
        return None


def dob_ok(s):
    dt = parse_date(s)
    return dt is not None and 1900 <= dt.year <= THIS_YEAR


NAME_CHARS_RE = re.compile(r"[^\W\d_][\w'’.\- ,]*[^\W\d_]", re.U)


def person_ok(s):
    return bool(NAME_CHARS_RE.fullmatch(s)) and "  " not in s and "\n" not in s and not re.search(r"\d", s)


VALIDATORS = {
    "PERSON": person_ok, "EMAIL": email_ok, "PHONE": phone_ok, "IBAN": iban_ok,
    "BSN": lambda s: bsn_ok(s) if re.fullmatch(r"[\d .\-]+", s) else ob_nummer_ok(s),
    "ADDRESS": lambda s: address_ok(s), "POSTCODE": postcode_ok, "CREDIT_CARD": card_ok,
    "IP_ADDRESS": ip_ok, "DATE_OF_BIRTH": dob_ok, "ID_DOCUMENT": id_doc_ok, "LICENSE_PLATE": plate_ok,
    "BTW_ID": btw_id_ok, "KVK": kvk_ok,
}


# ----------------------------------------------------------------------------------------------
# the organisation's own data (never labelled) -- also written to pii-scrubber.toml
# ----------------------------------------------------------------------------------------------
ORG = {
    "names": ["Zaalvol Tickets B.V.", "Zaalvol Tickets BV", "Zaalvol Tickets", "Zaalvol Events", "Zaalvol Resale",
              "Zaalvol", "Polderklank Festival", "Polderklank"],
    "domains": ["zaalvol.example", "polderklank.example"],
    "phones": ["020 894 3310", "06 4172 9058", "+32 3 298 41 70", "+49 221 8873 4410", "0800 0224"],
    "ibans": ["NL52ABNA0583194276", "NL06INGB0007318465", "BE52735041285309", "DE05370501981034567890"],
    "addresses": ["Veemkade 41, 1019 HK Amsterdam", "Postbus 59120, 1040 LC Amsterdam",
                  "Zanddijk 7, 8253 PK Dronten"],
    "kvk": ["70518342"],
    "btw": ["NL861204372B01"],
    "handles": ["@ZaalvolTickets", "@zaalvol", "@polderklankfest"],
}
# every written form of the organisation's data that occurs in the messages (checked: never inside a span)
ORG_FORMS = [
    # phones
    "020 894 3310", "020-8943310", "+31 20 894 3310", "+31 (0)20 894 33 10", "020 - 894 33 10", "0208943310",
    "06 4172 9058", "06-41729058", "+31 6 4172 9058", "+31641729058", "06 41 72 90 58",
    "+32 3 298 41 70", "03 298 41 70", "0032 3 298 41 70",
    "+49 221 8873 4410", "0221 88734410", "0221/8873 4410", "+49 (0)221 8873 4410",
    "0800 0224", "0800-0224",
    # ibans
    "NL52ABNA0583194276", "NL52 ABNA 0583 1942 76", "NL06INGB0007318465", "NL06 INGB 0007 3184 65",
    "BE52735041285309", "BE52 7350 4128 5309", "DE05370501981034567890", "DE05 3705 0198 1034 5678 90",
    # addresses
    "Veemkade 41", "1019 HK", "1019HK", "VEEMKADE 41", "1019 HK AMSTERDAM", "Postbus 59120", "1040 LC",
    "POSTBUS 59120", "Zanddijk 7", "8253 PK", "8253PK",
    # registration
    "70518342", "NL861204372B01", "NL 8612.04.372.B01", "861204372", "8612.04.372",
]
ORG_NAME_TOKENS = {"Zaalvol", "Polderklank"}


# ----------------------------------------------------------------------------------------------
# invented names (written for this set; no Faker or other test-data package)
# ----------------------------------------------------------------------------------------------
POOLS = {
    "nl": {"F": ["Marloes", "Femke", "Sanne", "Esmée", "Noortje", "Lieke", "Daniëlle", "Anouk", "Annemieke",
                 "Fenna", "Tess", "Maartje", "Loïs", "Jikke", "Brechtje", "Hilde", "Wietske", "Jolien", "Mirjam",
                 "Evelien"],
           "M": ["Jeroen", "Bram", "Wouter", "Thijs", "Sjoerd", "Maarten", "Gijs", "Ruben", "Koen", "Pieter-Jan",
                 "Teun", "Joost", "Freek", "Hidde", "Menno", "Stijn", "Douwe", "Wessel", "Rutger", "Jelle"],
           "L": ["Verhoeven", "Kuipers", "van den|Boogaard", "Hoekstra", "de|Graaf", "Schoenmaker", "ter|Horst",
                 "van 't|Veer", "Oosterhuis", "Brinkman", "Veldkamp", "van der|Meulen", "Stoffels", "Dijkema",
                 "Wijnands", "Hofstede", "Vermeulen", "van|Leeuwen", "Bosman", "de|Ruiter", "Timmermans",
                 "Koopmans", "Eijkelboom", "Sikkema", "Lammers", "Uijttewaal", "Nijenhuis", "van|Rossum",
                 "in 't|Zandt", "Groenewegen"]},
    "ma": {"F": ["Imane", "Salma", "Khadija", "Fatima-Zahra", "Nadia", "Soumaya"],
           "M": ["Youssef", "Soufiane", "Nordin", "Bilal", "Hamza", "Anouar"],
           "L": ["El Amrani", "Bouzid", "Ait Lahcen", "El Khatib", "Azzouzi", "Benali", "Ouaali"]},
    "tr": {"F": ["Elif", "Zeynep", "Büşra", "Gülşen", "Merve"],
           "M": ["Emre", "Mert", "Burak", "Gökhan", "Oğuz"],
           "L": ["Yıldız", "Öztürk", "Şahin", "Aksoy", "Çetin", "Kılıç"]},
    "sr": {"F": ["Anjali", "Shanti", "Sharmila", "Nanda"],
           "M": ["Rishi", "Ravi", "Anand", "Kishan"],
           "L": ["Ramdin", "Jagesar", "Sardjoe", "Soekhlal", "Kromodikromo", "Tjong-A-Hung", "Bhikharie"]},
    "an": {"F": ["Shurayra", "Giselle"], "M": ["Shurandy", "Jurgen"], "L": ["Doran", "Rosaria", "Isenia"]},
    "pl": {"F": ["Katarzyna", "Agnieszka", "Małgorzata"], "M": ["Tomasz", "Paweł", "Krzysztof"],
           "L": ["Nowak", "Zając", "Wójcik", "Mazur", "Krawczyk"]},
    "de": {"F": ["Hannah", "Mareike", "Ute", "Käthe", "Svenja", "Jördis", "Friederike"],
           "M": ["Lukas", "Jonas", "Sören", "Jürgen", "Björn", "Matthias", "Ole"],
           "L": ["Schröder", "Weißmann", "Hüsken", "Kötter", "Schäfer", "Große-Bölting", "Nießen", "Overbeck",
                 "Brüggemann", "Lüdtke", "Pfeiffer"]},
    "be": {"F": ["Febe", "Lore", "Griet", "Lotte", "Elke"], "M": ["Wout", "Jens", "Siebe", "Lowie", "Arne"],
           "L": ["Van Damme", "De Smet", "Vermeersch", "Goossens", "Claeys", "Van Acker", "De Wilde", "Van Hecke",
                 "Verstraete"]},
    "uk": {"F": ["Harriet", "Niamh", "Siobhan", "Gemma", "Imogen", "Chloe"],
           "M": ["Oliver", "Callum", "Eamon", "Rhys", "Alastair", "Toby"],
           "L": ["Whitfield", "Thornbury", "O'Driscoll", "McKenna", "Pemberton", "Ashworth", "Fairclough",
                 "Quigley"]},
    "in": {"F": ["Priya", "Kavya", "Ananya"], "M": ["Arjun", "Vikram", "Siddharth"],
           "L": ["Raghunathan", "Iyer", "Deshmukh", "Venkataraman"]},
    "cn": {"F": ["Xiaoling", "Meiling"], "M": ["Haoran", "Zhiwei"], "L": ["Zhang", "Huang", "Xu"]},
    "vn": {"F": ["Thu Trang", "Ngọc Anh"], "M": ["Minh Đức", "Quang Huy"], "L": ["Trần", "Phạm", "Nguyễn"]},
    "wa": {"F": ["Chiamaka", "Abena", "Adaeze"], "M": ["Kwabena", "Oluwaseun", "Kofi"],
           "L": ["Okafor", "Mensah", "Adebayo", "Owusu"]},
    "pt": {"F": ["Thaís", "Luísa"], "M": ["João", "Gonçalo"], "L": ["Carvalho", "Gonçalves", "Araújo"]},
    "es": {"F": ["Nerea", "Ainhoa"], "M": ["Unai", "Álvaro"], "L": ["Etxeberria", "Ibáñez", "Montoya"]},
    "gr": {"F": ["Eleni"], "M": ["Dimitris"], "L": ["Papadakis", "Kyriakou"]},
    "sy": {"F": ["Rania", "Lama"], "M": ["Yazan", "Omar"], "L": ["Al-Hassan", "Haddad", "Khoury"]},
    "ua": {"F": ["Oksana", "Yulia"], "M": ["Dmytro", "Taras"], "L": ["Bondarenko", "Tkachenko", "Kovalenko"]},
    "er": {"F": ["Semhar"], "M": ["Yonas", "Tesfay"], "L": ["Ghebremariam", "Tesfamariam"]},
    "jp": {"F": ["Haruka"], "M": ["Kenji"], "L": ["Morikawa", "Hayashida"]},
}
ORIGINS_BY_LANG = {
    "nl": ["nl"] * 8 + ["ma", "ma", "tr", "tr", "sr", "sr", "an", "pl", "be", "cn"],
    "en": ["uk"] * 5 + ["in", "in", "wa", "wa", "cn", "vn", "pt", "es", "gr", "sy", "ua", "er", "jp", "nl", "pl"],
    "de": ["de"] * 7 + ["tr", "tr", "pl", "gr", "sy", "ua", "nl"],
}


class Person:
    def __init__(self, first, last, sex, origin, tv="", mid=""):
        self.first, self.last, self.sex, self.origin, self.tv, self.mid = first, last, sex, origin, tv, mid

    @property
    def full(self):
        return " ".join(x for x in (self.first, self.tv, self.last) if x)

    @property
    def sur(self):
        """surname standing alone (Dutch: tussenvoegsel capitalised)."""
        if self.tv:
            return self.tv[0].upper() + self.tv[1:] + " " + self.last
        return self.last

    @property
    def surlow(self):
        return " ".join(x for x in (self.tv, self.last) if x)

    @property
    def init(self):
        ini = "".join(p[0] + "." for p in re.split(r"[- ]", self.first)) + (self.mid[0] + "." if self.mid else "")
        return ini + " " + self.surlow

    @property
    def rev(self):
        return f"{self.sur}, {self.first}"

    @property
    def caps(self):
        return self.full.upper()

    def email(self, r, country="nl"):
        f = fold(self.first).lower().replace(" ", "")
        l = fold(self.surlow).lower().replace(" ", "").replace("'", "")
        doms = {"nl": ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "planet.nl",
                       "xs4all.nl", "icloud.com"],
                "be": ["telenet.be", "skynet.be", "proximus.be", "gmail.com"],
                "de": ["web.de", "gmx.de", "t-online.de", "gmx.net", "posteo.de", "gmail.com"],
                "uk": ["btinternet.com", "gmail.com", "yahoo.co.uk", "outlook.com"]}[country]
        form = r.randrange(5)
        loc = [f"{f}.{l}", f"{f[0]}.{l}{r.randint(70, 99)}", f"{l}{f[0]}", f"{f}{l[:1]}{r.randint(1, 99)}",
               f"{f}_{l}"][form]
        return f"{loc}@{r.choice(doms)}"


def fold(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c) and ord(c) < 128)


def split_last(entry):
    if "|" in entry:
        tv, last = entry.split("|")
        return tv, last
    return "", entry


def person(r, lang="nl", sex=None, origin=None, used=None, married=False):
    used = used if used is not None else set()
    for _ in range(200):
        o = origin or r.choice(ORIGINS_BY_LANG[lang])
        s = sex or r.choice("FM")
        pool = POOLS[o]
        first = r.choice(pool[s])
        tv, last = split_last(r.choice(pool["L"]))
        if first in used or last in used:
            continue
        if married and o == "nl" and s == "F" and r.random() < 0.5:
            tv2, last2 = split_last(r.choice(POOLS["nl"]["L"]))
            if last2 not in used and last2 != last:
                last = last + "-" + (tv2 + " " if tv2 else "") + last2 if not tv else last
        mid = r.choice("ACEHJLMPW") if r.random() < 0.4 and o in ("nl", "be", "de") else ""
        used.update([first, last])
        return Person(first, last, s, o, tv, mid)
    raise RuntimeError("name pool exhausted")


def relative(r, p, sex, used):
    for _ in range(100):
        first = r.choice(POOLS[p.origin][sex])
        if first not in used:
            used.add(first)
            return Person(first, p.last.split("-")[0], sex, p.origin, p.tv)
    raise RuntimeError("no relative")


# staff of the organisation: natural persons, labelled PERSON wherever they appear
STAFF = {
    "noor": Person("Noor", "Verheijen", "F", "nl"),            # teamleider klantenservice
    "kwame": Person("Kwame", "Asante-Bruins", "M", "nl"),      # webcare
    "ilse": Person("Ilse", "Tjoa", "F", "nl"),                 # chat / klantenservice
    "dirkjan": Person("Dirk-Jan", "Wolters", "M", "nl"),       # finance, refunds
    "merel": Person("Merel", "Harmsen", "F", "nl"),            # toegankelijkheid (access desk)
    "lena": Person("Lena", "Vogelsang", "F", "de"),            # Kundenservice Deutschland
    "sander": Person("Sander", "Goovaerts", "M", "be"),        # B2B Belgium
    "jasmijn": Person("Jasmijn", "Olthof", "F", "nl"),         # crew coordinator
    "rohan": Person("Rohan", "Mehta", "M", "in"),              # ticketing operations / English desk
    "astrid": Person("Astrid", "Veenstra", "F", "nl"),         # vrijwilligers Polderklank
    "bas": Person("Bas", "van Dongen", "M", "nl"),             # artist liaison / production
}
STAFF["bas"].tv, STAFF["bas"].last = "van", "Dongen"

ALL_NAME_TOKENS = set()
for _o in POOLS.values():
    for _k in ("F", "M"):
        for _n in _o[_k]:
            ALL_NAME_TOKENS.update(_n.split(" "))
    for _e in _o["L"]:
        ALL_NAME_TOKENS.update(t for t in re.split(r"[ \-]", split_last(_e)[1]) if len(t) > 2 and t[0].isupper())
for _p in STAFF.values():
    ALL_NAME_TOKENS.update([_p.first] + [t for t in re.split(r"[ \-]", _p.last) if len(t) > 2])
ALL_NAME_TOKENS -= {"El", "Ait", "Van", "De", "Al", "Tjong", "Hung", "Xu"}


# ----------------------------------------------------------------------------------------------
# places, streets, numbers
# ----------------------------------------------------------------------------------------------
NL_CITIES = [  # city, postcode range, area code
    ("Amsterdam", 1011, 1109, "20"), ("Rotterdam", 3011, 3089, "10"), ("Utrecht", 3511, 3585, "30"),
    ("Den Haag", 2491, 2597, "70"), ("Eindhoven", 5611, 5658, "40"), ("Groningen", 9711, 9747, "50"),
    ("Nijmegen", 6511, 6546, "24"), ("Zwolle", 8011, 8045, "38"), ("Tilburg", 5011, 5049, "13"),
    ("Haarlem", 2011, 2037, "23"), ("Leeuwarden", 8911, 8941, "58"), ("Arnhem", 6811, 6846, "26"),
    ("Breda", 4811, 4839, "76"), ("Maastricht", 6211, 6229, "43"), ("Enschede", 7511, 7548, "53"),
    ("Deventer", 7411, 7431, "570"), ("Almere", 1311, 1364, "36"), ("Leiden", 2311, 2334, "71"),
    ("Delft", 2611, 2629, "15"), ("Alkmaar", 1811, 1827, "72"), ("Amersfoort", 3811, 3829, "33"),
    ("Apeldoorn", 7311, 7339, "55"), ("'s-Hertogenbosch", 5211, 5237, "73"), ("Lelystad", 8211, 8245, "320"),
]
NL_STREETS = ["Kastanjelaan", "Zonnebloemstraat", "Merelpad", "Laan van Lingesteyn", "Burg. Visserstraat",
              "Populierendreef", "Oude Vismarkt", "Hobbemastraat", "Prinses Irenelaan", "Dorpsstraat", "Berkenhof",
              "Schoolstraat", "Vlasakker", "Tolhuisweg", "Lange Nieuwstraat", "Van Speijkstraat", "Spoorsingel",
              "Zeilmakerskade", "Ds. van Dijkweg", "Hofdijk", "Esdoornplantsoen", "Rietgors", "Bolwerk", "Molenwerf",
              "Slotlaan", "Kruisstraat", "Gansstraat", "Mr. Troelstraweg", "Lindengracht", "Weverstraat"]
BE_CITIES = [("Antwerpen", ["2000", "2018", "2060"], "3"), ("Gent", ["9000", "9050"], "9"),
             ("Leuven", ["3000", "3010"], "16"), ("Brugge", ["8000", "8310"], "50"), ("Hasselt", ["3500"], "11"),
             ("Mechelen", ["2800"], "15"), ("Kortrijk", ["8500"], "56"), ("Brussel", ["1000", "1050"], "2")]
BE_STREETS = ["Kerkstraat", "Lange Leemstraat", "Sint-Pietersnieuwstraat", "Brugsesteenweg", "Diestsestraat",
              "Kortrijksesteenweg", "Veldstraat", "Stationsstraat", "Vlaanderenstraat", "Tiensestraat"]
DE_CITIES = [("Köln", 50667, 51149, "221"), ("Düsseldorf", 40210, 40629, "211"), ("Münster", 48143, 48167, "251"),
             ("Aachen", 52062, 52080, "241"), ("Essen", 45127, 45359, "201"), ("Dortmund", 44135, 44388, "231"),
             ("Kleve", 47533, 47533, "2821"), ("Berlin", 10115, 14199, "30"), ("Hamburg", 20095, 22769, "40"),
             ("Bochum", 44787, 44894, "234"), ("Bonn", 53111, 53229, "228")]
DE_STREETS = ["Venloer Straße", "Aachener Straße", "Lindenthalgürtel", "Schillerstraße", "Hüttenweg", "Am Rosengarten",
              "Goethestraße", "Kaiser-Wilhelm-Ring", "Bergstraße", "Mühlenweg", "Hafenstraße", "Wiesenstraße",
              "Im Ellerbrook", "Düsseldorfer Straße", "Lindenstraße", "Körnerstraße"]
DE_PLATE_DISTRICT = {"Köln": "K", "Düsseldorf": "D", "Münster": "MS", "Aachen": "AC", "Essen": "E", "Dortmund": "DO",
                     "Kleve": "KLE", "Berlin": "B", "Hamburg": "HH", "Bochum": "BO", "Bonn": "BN"}
UK_CITIES = [("Leeds", ["LS6", "LS8", "LS11"], "113"), ("Manchester", ["M20", "M14", "M4"], "161"),
             ("Bristol", ["BS7", "BS3", "BS6"], "117"), ("Edinburgh", ["EH9", "EH6", "EH10"], "131"),
             ("London", ["SE15", "N16", "E8"], "20"), ("Nottingham", ["NG7", "NG5"], "115")]
UK_STREETS = ["Ashgrove Road", "Kelso Place", "Mill Lane", "Beaconsfield Avenue", "Larkspur Close", "Albion Street",
              "Wellington Crescent", "Hawthorn Grove", "Cavendish Gardens", "Chapel Row"]


def nl_postcode(r, lo, hi):
    while True:
        letters = r.choice("ABCDEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            return f"{r.randint(lo, hi)} {letters}"


def housenr(r, style="nl"):
    n = str(r.choice([r.randint(1, 40), r.randint(1, 40), r.randint(41, 260)]))
    if style == "nl":
        return n + r.choice(["", "", "", "", "a", "b", "-2", " hs", "-II", "A", "-1", " bis"])
    if style == "de":
        return n + r.choice(["", "", "", "a", "b"])
    return n


class Addr:
    pass


def nl_addr(r, city=None):
    c = next(x for x in NL_CITIES if x[0] == city) if city else r.choice(NL_CITIES)
    a = Addr()
    a.street = f"{r.choice(NL_STREETS)} {housenr(r)}"
    a.pc = nl_postcode(r, c[1], c[2])
    a.city, a.area, a.country = c[0], c[3], "nl"
    return a


def be_addr(r):
    c = r.choice(BE_CITIES)
    a = Addr()
    nr = str(r.randint(2, 180))
    a.street = f"{r.choice(BE_STREETS)} {nr}" + r.choice(["", "", f" bus {r.randint(1, 12)}"])
    a.pc, a.city, a.area, a.country = r.choice(c[1]), c[0], c[2], "be"
    return a


def de_addr(r):
    c = r.choice(DE_CITIES)
    a = Addr()
    a.street = f"{r.choice(DE_STREETS)} {housenr(r, 'de')}"
    a.pc = f"{r.randint(c[1], c[2]):05d}"
    a.city, a.area, a.country = c[0], c[3], "de"
    return a


def uk_addr(r):
    c = r.choice(UK_CITIES)
    a = Addr()
    st = f"{r.randint(2, 140)} {r.choice(UK_STREETS)}"
    a.street = (f"Flat {r.randint(1, 9)}, " + st) if r.random() < 0.3 else st
    a.pc = f"{r.choice(c[1])} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    a.city, a.area, a.country = c[0], c[2], "uk"
    return a


def digits(r, n, first="123456789"):
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def nl_mobile(r, style=None):
    n = "6" + r.choice("12345") + digits(r, 7, "123456789")
    style = r.randrange(8) if style is None else style
    forms = [f"0{n[0]} {n[1:5]} {n[5:]}", f"0{n[0]}-{n[1:]}", f"0{n}", f"+31 {n[0]} {n[1:5]} {n[5:]}",
             f"+31 (0)6 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0{n[0]} {n[1:]}", f"+31{n}",
             f"06-{n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}"]
    return forms[style]


def nl_landline(r, area, style=None):
    sub = digits(r, 9 - len(area), "23456789")
    style = r.randrange(4) if style is None else style
    if len(area) == 2:
        forms = [f"0{area} {sub[:3]} {sub[3:]}", f"0{area}-{sub}", f"+31 {area} {sub[:3]} {sub[3:]}",
                 f"(0{area}) {sub[:3]} {sub[3:5]} {sub[5:]}"]
    else:
        forms = [f"0{area} {sub[:3]} {sub[3:]}", f"0{area}-{sub}", f"+31 {area} {sub}", f"0{area} {sub}"]
    return forms[style]


def be_mobile(r, intl=None):
    n = "4" + r.choice("5789") + r.choice("0123456789") + digits(r, 6, "0123456789")
    intl = r.random() < 0.5 if intl is None else intl
    return f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}" if intl else f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"


def be_landline(r, area):
    if len(area) == 1:
        sub = r.choice("234" if area == "9" else "2345678") + digits(r, 6, "0123456789")
        return f"0{area} {sub[:3]} {sub[3:5]} {sub[5:]}"
    sub = digits(r, 6, "23456789")
    return f"0{area} {sub[:2]} {sub[2:4]} {sub[4:]}"


def de_mobile(r, intl=None):
    pre = r.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179"])
    n = pre + digits(r, 8 if pre.startswith("15") else r.choice([7, 8]), "123456789")
    intl = r.random() < 0.4 if intl is None else intl
    return f"+49 {n[:3]} {n[3:]}" if intl else r.choice([f"0{n[:3]} {n[3:]}", f"0{n[:3]}-{n[3:]}", f"0{n[:3]}/{n[3:]}"])


def de_landline(r, area, intl=None):
    sub = digits(r, {2: 8, 3: r.choice([7, 8]), 4: r.choice([6, 7])}[len(area)], "23456789")
    intl = r.random() < 0.3 if intl is None else intl
    return f"+49 {area} {sub}" if intl else r.choice([f"0{area} {sub}", f"0{area}/{sub}", f"0{area}-{sub}"])


def uk_mobile(r, intl=None):
    n = f"7700 900{r.randint(0, 999):03d}"
    intl = r.random() < 0.5 if intl is None else intl
    return f"+44 {n[:4]} {n[5:]}" if intl else f"0{n[:4]} {n[5:]}"


def uk_landline(r, area):
    x = f"{r.randint(0, 999):03d}"
    if area == "20":
        return f"020 7946 0{x}"
    return f"0{area} 496 0{x}"


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB"]
DE_BLZ = ["37050198", "37040044", "30050110", "10010010", "50010517", "44050199", "36050105", "40050150"]
GB_BANKS = ["NWBK", "BARC", "MIDL", "LOYD", "HBUK"]


def gen_iban(r, cc="NL"):
    if cc == "NL":
        bban = r.choice(NL_BANKS) + "0" + digits(r, 9, "123456789")
    elif cc == "BE":
        first = digits(r, 10, "0123456789")
        chk = int(first) % 97 or 97
        bban = f"{first}{chk:02d}"
    elif cc == "DE":
        bban = r.choice(DE_BLZ) + digits(r, 10, "0123456789")
    elif cc == "GB":
        bban = r.choice(GB_BANKS) + digits(r, 14, "1234567890")
    elif cc == "PL":
        bban = digits(r, 24, "1")
    elif cc == "ES":
        bban = digits(r, 20, "12")
    elif cc == "IE":
        bban = "AIBK" + digits(r, 14, "9")
    else:
        raise ValueError(cc)
    ib = make_iban(cc, bban)
    assert iban_ok(ib), ib
    return ib


def spaced(ib):
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


def gen_bsn(r):
    while True:
        d = [r.randint(1, 6)] + [r.randint(0, 9) for _ in range(7)]
        s = sum((9 - i) * d[i] for i in range(8)) % 11
        if s <= 9:
            v = "".join(map(str, d)) + str(s)
            if bsn_ok(v):
                return v


def bsn_form(r, v, style=None):
    style = r.randrange(4) if style is None else style
    return [v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}", f"{v[:3]}-{v[3:6]}-{v[6:]}"][style]


def ref9_valid(r):
    """a 9-digit number that passes the elfproef (used as an order/invoice number: hard negative)."""
    return gen_bsn(r)


def ref9_invalid(r):
    while True:
        v = digits(r, 9)
        if not bsn_ok(v):
            return v


def gen_card(r, kind):
    if kind == "visa":
        pre, L = "4" + digits(r, 5, "0123456789"), 16
    elif kind == "mc":
        pre, L = r.choice(["51", "52", "53", "54", "55"]) + digits(r, 4, "0123456789"), 16
    elif kind == "mc2":
        pre, L = str(r.randint(2221, 2720)) + digits(r, 2, "0123456789"), 16
    elif kind == "amex":
        pre, L = r.choice(["34", "37"]) + digits(r, 4, "0123456789"), 15
    else:
        raise ValueError(kind)
    body = pre + "".join(r.choice("0123456789") for _ in range(L - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    assert card_ok(num)
    if L == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    sep = r.choice([" ", " ", "-", ""])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_kenteken(r, style=None):
    while True:
        code = r.choice([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14])
        pat = KT_SIDECODES[code]
        s = "".join(r.choice(KT_LETTERS) if ch == "X" else (r.choice("0123456789") if ch == "9" else "-")
                    for ch in pat)
        if kenteken_ok(s) and not s.startswith("0") and "-0" not in s:
            break
    style = r.choice([0, 0, 0, 1, 2, 3]) if style is None else style
    return [s, s.replace("-", ""), s.replace("-", "").lower(), s.replace("-", " ")][style]


def gen_de_plate(r, city):
    dist = DE_PLATE_DISTRICT[city]
    letters = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(r.choice([1, 2])))
    return f"{dist}-{letters} {r.randint(1, 9999)}"


DOC_ALPH = "ABCDEFGHIJKLMNPQRSTUVWXYZ"


def gen_nl_doc(r, kind="N"):
    while True:
        s = kind + r.choice(DOC_ALPH) + "".join(r.choice(DOC_ALPH + "123456789") for _ in range(6)) + r.choice("123456789")
        if nl_doc_ok(s):
            return s


def gen_vrb(r):
    return r.choice(["I", "II", "III", "IV", "V"]) + "-V" + "".join(r.choice("ABCDEFGHJKLMNPRSTVWXZ123456789") for _ in range(8))


def gen_de_doc(r):
    return r.choice("LMNPRTVWXY") + "".join(r.choice(DE_DOC_ALPH) for _ in range(8))


def gen_be_eid(r):
    first = "59" + digits(r, 8, "0123456789")
    chk = int(first) % 97 or 97
    return f"{first[:3]}-{first[3:]}-{chk:02d}"


def gen_btw(r):
    while True:
        nine = digits(r, 9, "123456789")
        if bsn_ok(nine):
            continue
        for suf in range(1, 100):
            c = f"NL{nine}B{suf:02d}"
            if btw_mod97_ok(c):
                return c


def gen_ob(r):
    return f"NL{gen_bsn(r)}B01"


def gen_kvk(r):
    return digits(r, 8, "123456789")


def gen_ipv4(r):
    while True:
        a = ipaddress.ip_address(f"{r.choice([31, 37, 62, 77, 80, 81, 82, 83, 84, 85, 86, 87, 89, 91, 92, 94, 95, 145, 178, 188, 212, 213, 217])}"
                                 f".{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}")
        if a.is_global:
            return str(a)


def gen_ipv6(r):
    pre = r.choice(["2a02:a44c", "2001:1c00", "2a01:c22", "2003:e4", "2a02:8109"])
    groups = [f"{r.randint(1, 0xffff):x}" for _ in range(4)]
    s = str(ipaddress.ip_address(pre + ":" + ":".join(groups) + "::" + f"{r.randint(1, 0xfff):x}"))
    assert ip_ok(s)
    return s


def gen_dob(r, y0=1958, y1=2006):
    while True:
        try:
            return datetime.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28 + r.randint(0, 3)))
        except ValueError:
            pass


def fdate(d, lang, style=0):
    """written date; style 0 numeric, 1 month name, 2 ISO, 3 numeric unpadded / US order"""
    if style == 2:
        return d.isoformat()
    if lang == "nl":
        return [f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day} {MONTHS['nl'][d.month - 1]} {d.year}", "",
                f"{d.day}-{d.month}-{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}"][style]
    if lang == "en":
        return [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}", "",
                f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}", f"{d.day}.{d.month}.{d.year}"][style]
    return [f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}", "",
            f"{d.day}.{d.month}.{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}"][style]


def order_nr(r):
    return f"ZV{r.randint(24, 25)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"


def barcode(r, n=16):
    while True:
        b = r.choice("189") + "".join(r.choice("0123456789") for _ in range(n - 1))
        if not card_ok(b):
            return b


def money(r, lo, hi, lang="nl"):
    v = r.randint(lo * 100, hi * 100) / 100
    s = f"{v:,.2f}"
    if lang in ("nl", "de"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        return f"€ {s}" if lang == "nl" else f"{s} €"
    return f"€{s}"


ACTS = ["The Velvet Moths", "Kraakbeen", "Lichtmast", "Nachtvlinders", "Sundrift", "Mosgroen", "Die Wellenbrecher",
        "Paper Harbour", "Hazelaar Kwartet", "Brakwater", "Neon Reigers", "Ostwind Orchester", "Glass Lagoon",
        "Zoutkeet", "Stormvogels"]
VENUES_NL = ["Zaal De Kolk", "Het Ketelhuis", "Openluchttheater De Duinpan", "Podium Zuidwal", "De Graanbeurs"]


# ----------------------------------------------------------------------------------------------
# scenario helpers
# ----------------------------------------------------------------------------------------------
SCENARIOS = []


def scenario(lang, pii):
    def deco(f):
        SCENARIOS.append((f.__name__, lang, pii, f))
        return f
    return deco


def L(*lines):
    return "\n".join(lines)


WD = {"nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
      "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
      "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]}


def show_date(r, lang, style=0):
    d = datetime.date(2025, 6, 1) + datetime.timedelta(days=r.randint(0, 280))
    w = WD[lang][d.weekday()]
    if style == 1:
        return fdate(d, lang, 0)
    if lang == "nl":
        return f"{w} {d.day} {MONTHS['nl'][d.month - 1]} {d.year}"
    if lang == "en":
        return f"{w} {d.day} {MONTHS['en'][d.month - 1]} {d.year}"
    return f"{w}, {d.day}. {MONTHS['de'][d.month - 1]} {d.year}"


def new_used():
    used = set()
    for p in STAFF.values():
        used.update([p.first, p.last])
    return used


def wa_ts(r, day="14-06-25"):
    return f"{day} 19:{r.randint(30, 42):02d}"


# ================================================================================================
# Dutch -- 30 scenarios (19 with personal data, 11 without)
# ================================================================================================
@scenario("nl", True)
def nl_refund_cancelled(r, k):
    u = new_used()
    p = person(r, "nl", used=u)
    act, venue = r.choice(ACTS), r.choice(VENUES_NL)
    ib = gen_iban(r, "NL")
    if k == 0:
        return L(f"Van: {P(p.full)} <{EM(p.email(r))}>",
                 "Aan: klantenservice@zaalvol.example",
                 f"Onderwerp: Re: Annulering {act} – {venue}",
                 "",
                 "Hallo,",
                 "",
                 f"Ik had 3 kaarten voor {act} in {venue} op {show_date(r, 'nl')}. Het concert is afgelast en volgens "
                 "jullie mail krijg ik automatisch mijn geld terug, maar na 5 weken heb ik nog niets ontvangen. "
                 f"Bestelnummer {order_nr(r)}, totaal {money(r, 90, 160)}.",
                 f"Mijn creditcard is inmiddels vervangen, dus graag terugstorten op {IB(spaced(ib))} t.n.v. {P(p.init)}.",
                 "",
                 "Groet,",
                 P(p.first),
                 "",
                 "> Op 12 mei 2025 om 09:14 schreef Zaalvol Klantenservice <noreply@zaalvol.example>:",
                 f"> Beste klant, helaas gaat {act} niet door. Je ontvangt het volledige bedrag inclusief servicekosten",
                 "> binnen 30 dagen terug via de oorspronkelijke betaalmethode. Vragen? Bel 020 894 3310 (ma-vr 9:00-17:00).")
    f = person(r, "nl", used=u, sex="F")
    return L("--- Webformulier: terugbetaling geannuleerd evenement ---",
             f"Naam: {P(p.full)}",
             f"E-mail: {EM(p.email(r))}",
             f"Telefoon: {PH(nl_mobile(r))}",
             f"Bestelnummer: {order_nr(r)}",
             f"Evenement: {act} – {venue}, {show_date(r, 'nl', 1)}",
             "Aantal tickets: 2 x € 41,50 + 2 x € 2,95 servicekosten",
             "Reden: ik heb via iDEAL betaald maar die rekening is inmiddels opgeheven.",
             f"IBAN: {IB(ib)}",
             f"Ten name van: {P(p.full)}",
             f"Opmerking: mag ook naar mijn vriendin {P(f.full)}, zij heeft de andere kaarten betaald "
             f"(bestelling {order_nr(r)}).",
             "Verzonden: 2025-05-14 22:41 via zaalvol.example/terugbetaling")


@scenario("nl", True)
def nl_wheelchair(r, k):
    u = new_used()
    if k == 0:
        mom = person(r, "nl", sex="F", used=u, married=True)
        son = relative(r, mom, "M", u)
        a = nl_addr(r)
        return L("Aan: toegankelijkheid@zaalvol.example",
                 "Onderwerp: rolstoelplek + begeleider",
                 "",
                 f"Beste mevrouw {P(STAFF['merel'].last)},",
                 "",
                 f"Mijn zoon {P(son.first)} zit sinds een ongeluk in een rolstoel en wil graag naar {r.choice(ACTS)} in "
                 f"{r.choice(VENUES_NL)} ({show_date(r, 'nl')}). Kunnen wij een rolstoelplek met begeleiderskaart "
                 "reserveren? Ik ga zelf mee als begeleider. Hij heeft een Toegankelijkheidspas (nummer "
                 f"TP-2025-{r.randint(100000, 999999)}).",
                 f"Mijn telefoonnummer is {PH(nl_landline(r, a.area))}, graag na 16:00 bellen.",
                 "",
                 "Met vriendelijke groet,",
                 "",
                 P(mom.full),
                 AD(a.street),
                 f"{PC(a.pc)}  {a.city.upper()}")
    p = person(r, "nl", used=u)
    fr = person(r, "nl", used=u, sex="M")
    sis = relative(r, p, "F", u)
    return L("[10:02] Bezoeker: hoi, ik wil 2 rolstoelplekken boeken voor Polderklank zaterdag",
             f"[10:02] {P(STAFF['merel'].first)} (Zaalvol): Hoi! Leuk dat je komt 😊 Voor wie zijn de plekken? En is er "
             "een begeleider?",
             f"[10:04] Bezoeker: voor mij en mijn vriend {P(fr.first.lower())}, we rijden allebei. begeleider is mijn "
             f"zus {P(sis.full)}",
             f"[10:05] {P(STAFF['merel'].first)} (Zaalvol): Top. Mag ik je naam en een mobiel nummer voor de dag zelf?",
             f"[10:05] Bezoeker: {P(p.full.lower())}, {PH(nl_mobile(r, 2))}",
             f"[10:06] {P(STAFF['merel'].first)} (Zaalvol): Dank je! Jullie staan op het platform bij de Hoofdtent, "
             "toegang via Poort B. Parkeren op P1 (invalidenparkeerplaatsen, max 3,5 ton).",
             "[10:07] Bezoeker: super, dankjewel!! 🙏")


@scenario("nl", True)
def nl_lost_ticket(r, k):
    u = new_used()
    p = person(r, "nl", used=u)
    act, venue = r.choice(ACTS), r.choice(VENUES_NL)
    if k == 0:
        return L("Onderwerp: telefoon gestolen, tickets kwijt!!",
                 "",
                 "Goedemiddag,",
                 "",
                 f"Gisteren is mijn telefoon gestolen en daarmee ook mijn e-tickets voor {act} ({show_date(r, 'nl')}, "
                 f"{venue}). Ik heb de tickets besteld met mijn oude mailadres {EM(p.email(r))}, daar kan ik niet "
                 f"meer in. Kunnen jullie ze naar {EM(p.email(r))} sturen?",
                 f"Ter controle: ik ben {P(p.full)}, geboren op {DOB(fdate(gen_dob(r), 'nl', 1))}, en mijn ID-kaart "
                 f"heeft nummer {ID(gen_nl_doc(r, 'I'))}.",
                 "Het bestelnummer weet ik niet meer, ik heb betaald met de creditcard eindigend op 4417.",
                 "",
                 "Alvast bedankt!",
                 P(p.first))
    ph = nl_mobile(r, 3)
    bc = barcode(r)
    return L(f"{wa_ts(r)} - {PH(ph)}: Hoi, ik sta bij de ingang van {venue} en mijn ticket laadt niet 😭",
             "14-06-25 19:43 - Zaalvol: Hoi! Wat vervelend. Kun je je bestelnummer of het e-mailadres van de bestelling sturen?",
             f"14-06-25 19:44 - {PH(ph)}: {EM(p.email(r))} en bestelling {order_nr(r)}",
             f"14-06-25 19:46 - Zaalvol: Gevonden. De tickets staan op naam van {P(p.full)}, klopt dat?",
             f"14-06-25 19:46 - {PH(ph)}: ja dat ben ik",
             "14-06-25 19:47 - Zaalvol: Ik heb ze opnieuw verstuurd. Laat bij de kassa je legitimatie zien, dan scannen "
             f"ze handmatig (barcode eindigt op {bc[-6:]}).",
             f"14-06-25 19:49 - {PH(ph)}: gelukt!! dankjewel 🎉")


@scenario("nl", True)
def nl_resale_payout(r, k):
    u = new_used()
    p = person(r, "nl", used=u)
    ib = gen_iban(r, "NL")
    if k == 0:
        a = nl_addr(r)
        return L("Hallo Zaalvol Resale,",
                 "",
                 f"Ik heb via jullie doorverkoopplatform 2 tickets voor {r.choice(ACTS)} verkocht (listing "
                 f"{r.randint(7000000, 7999999)}), maar de uitbetaling van {money(r, 60, 140)} staat nog steeds op "
                 "'in behandeling'. Het rekeningnummer in mijn account is oud. Kan het naar "
                 f"{IB(spaced(ib).replace(' ', chr(0xa0), 1))}?",
                 "",
                 f"Mijn gegevens: {P(p.full)}, {AD(a.street)}, {PC(a.pc)} {a.city}. Account: {EM(p.email(r))}",
                 "",
                 "Groetjes,",
                 P(p.first))
    return L(f"[21:03] klant: hee ik heb mn tickets doorverkocht maar het geld komt niet",
             f"[21:04] {P(STAFF['ilse'].first)} (Zaalvol): Hoi! Ik kijk even mee. Op welke naam staat je account?",
             f"[21:04] klant: {P(p.full.lower())}",
             f"[21:05] {P(STAFF['ilse'].first)} (Zaalvol): Ik zie het. De uitbetaling gaat 48 uur na het evenement, dus "
             "vrijdag.",
             f"[21:06] klant: ok maar mijn iban is veranderd, nieuwe is {IB(ib.lower())}",
             f"[21:07] {P(STAFF['ilse'].first)} (Zaalvol): Aangepast ✅ Uitbetalingen gaan altijd vanaf NL06 INGB 0007 "
             "3184 65, dus die zie je op je afschrift. Fijne avond!")


@scenario("nl", True)
def nl_camping(r, k):
    u = new_used()
    if k == 0:
        ppl = [person(r, "nl", used=u) for _ in range(4)]
        rows = [f"{P(x.full)};{DOB(fdate(gen_dob(r, 1996, 2006), 'nl', 0))};{EM(x.email(r))}" for x in ppl]
        return L("Hoi Polderklank team,",
                 "",
                 "Wij komen met z'n vieren naar de camping (Camping Oost, groepsveld G). Jullie vroegen om de gegevens "
                 "van iedereen i.v.m. de 18+ check:",
                 "",
                 "naam;geboortedatum;e-mail",
                 *rows,
                 "",
                 f"Bestelling {order_nr(r)} (4x weekend + 4x camping + 1x parkeren P3). Onze camper heeft kenteken "
                 f"{KT(gen_kenteken(r, 0))}.",
                 "",
                 "Groeten,",
                 P(ppl[0].first))
    p = person(r, "nl", used=u, sex="M")
    d = relative(r, p, "F", u)
    fr = person(r, "nl", used=u, sex="M")
    return L("Onderwerp: camperplek CP-114 – ander kenteken",
             "",
             "Hallo,",
             "",
             f"Voor Polderklank hebben we camperplaats CP-114 geboekt. Het kenteken van de camper is veranderd: niet "
             f"meer {KT(gen_kenteken(r, 0))} maar {KT(gen_kenteken(r, 3))} (huurcamper, de eigen camper is kapot).",
             f"Mijn dochter {P(d.first)} (geb. {DOB(fdate(gen_dob(r, 2003, 2006), 'nl', 3))}) rijdt mee met haar vriend "
             f"{P(fr.full)}, die hebben een eigen weekendticket.",
             "Kan dat allemaal op dezelfde plek? Stroom (16A) hebben we al bijbesteld.",
             "",
             "Vriendelijke groet,",
             P(p.init))


@scenario("nl", True)
def nl_crew_signup(r, k):
    u = new_used()
    p = person(r, "nl", used=u)
    a = nl_addr(r)
    if k == 0:
        return L("== Crew aanmelding Polderklank 2025 ==",
                 f"Voornaam: {P(p.first)}",
                 f"Achternaam: {P(p.surlow)}",
                 f"Geboortedatum: {DOB(fdate(gen_dob(r, 1975, 2005), 'nl', 0))}",
                 f"BSN: {BS(gen_bsn(r))}",
                 f"IBAN: {IB(gen_iban(r))}",
                 f"Adres: {AD(a.street)}",
                 f"Postcode + woonplaats: {PC(a.pc.replace(' ', ''))} {a.city}",
                 f"Mobiel: {PH(nl_mobile(r, 1))}",
                 f"E-mail: {EM(p.email(r))}",
                 f"Legitimatie: paspoort {ID(gen_nl_doc(r, 'N'))}",
                 "Functie: stagehand / op- en afbouw",
                 "Beschikbaar: 10 t/m 15 juni",
                 "Maat T-shirt: XL",
                 "Rijbewijs B: ja",
                 "Verzonden via crew.polderklank.example op 02-04-2025 23:17")
    b = relative(r, p, "M", u)
    return L(f"Hoi {P(STAFF['jasmijn'].first)},",
             "",
             f"Hierbij mijn gegevens voor het contract via de payroll: BSN {BS(bsn_form(r, gen_bsn(r), 1))}, rekening "
             f"{IB(spaced(gen_iban(r)))}. Ik woon sinds kort op {AD(a.street)}, {PC(a.pc)} {a.city}. Mijn kopie ID heb ik "
             "in het crewportaal geüpload (ID_voorkant.jpg, 2,4 MB).",
             "",
             f"Is het trouwens goed als mijn broer {P(b.first)} ook meedraait? Hij is 19 en heeft vorig jaar al bij de "
             "afbouw geholpen.",
             "",
             "Groet,",
             P(p.first),
             PH(nl_mobile(r, 0)))


@scenario("nl", True)
def nl_volunteer(r, k):
    u = new_used()
    p = person(r, "nl", used=u)
    if k == 0:
        mom = relative(r, p, "F", u)
        a = nl_addr(r)
        return L(f"Beste {P(STAFF['astrid'].first)},",
                 "",
                 "Ik wil me graag opgeven als vrijwilliger bij de afvalbrigade van Polderklank. Mijn gegevens:",
                 f"- Naam: {P(p.full)}",
                 f"- Geboortedatum: {DOB(fdate(gen_dob(r, 1980, 2006), 'nl', 4))}",
                 f"- Telefoon: {PH(nl_mobile(r))}",
                 f"- Adres: {AD(a.street)}, {PC(a.pc)} {a.city}",
                 f"- Noodcontact: mijn moeder, {P(mom.full)}, {PH(nl_landline(r, a.area, 1))}",
                 "Ik heb vorig jaar ook meegedaan (vrijwilligersnummer V24-0883). Shirtmaat M, 4 diensten van 6 uur is prima.",
                 "",
                 "Groetjes,",
                 P(p.first))
    fr = person(r, "nl", used=u, sex="F")
    return L("@polderklankfest hoi! mag ik als vrijwilliger mee als ik 17 ben? ik word in juli 18 (geboren "
             f"{DOB(fdate(gen_dob(r, 2007, 2007), 'nl', 3))}). mijn vriendin {P(fr.first.lower())} en ik willen allebei "
             f"bij de bar. je kan me appen op {PH(nl_mobile(r, 2))} 🙏🏼",
             f"groetjes {P(p.first.lower())}",
             "",
             "— @polderklankfest: Hoi! Voor de bar moet je helaas 18 zijn, maar bij de afvalbrigade of het infopunt mag "
             "het vanaf 16. Meld je aan via polderklank.example/vrijwilligers 💚")


@scenario("nl", True)
def nl_artist_agent(r, k):
    u = new_used()
    ag = person(r, "nl", used=u)
    ib, kvk, btw = gen_iban(r), gen_kvk(r), gen_btw(r)
    if k == 0:
        col = person(r, "nl", used=u)
        tm = person(r, "nl", used=u)
        return L(f"Van: {P(ag.full)} <{EM(fold(ag.first).lower() + '@noorderlichtbooking.nl')}>",
                 "Aan: bas@zaalvol.example",
                 f"CC: {P(col.full)} <{EM(fold(col.first).lower() + '@noorderlichtbooking.nl')}>",
                 "Onderwerp: Nachtvlinders – Polderklank 2025 – rider + voorschot",
                 "",
                 f"Hoi {P(STAFF['bas'].first)},",
                 "",
                 "Bijgaand de technische rider v3.2 en de hospitality rider. Let op: de band reist met 7 personen + 2 "
                 "crew, graag 9 polsbandjes AAA. Het voorschot (50% van € 14.500 excl. btw) graag binnen 14 dagen op "
                 f"onze rekening {IB(spaced(ib))}.",
                 f"Factuurgegevens: Noorderlicht Booking B.V., KvK {KVK(kvk)}, btw {BTW(btw)}.",
                 f"Tourmanager ter plaatse is {P(tm.full)}, {PH(nl_mobile(r, 0))}.",
                 "",
                 "Groet,",
                 P(ag.first),
                 "",
                 "--",
                 P(ag.full),
                 "Agent | Noorderlicht Booking B.V. | Groningen",
                 f"M {PH(nl_mobile(r, 3))}")
    return L(f"Van: {P(STAFF['bas'].full)} <bas@zaalvol.example>",
             "Aan: finance@zaalvol.example",
             "Onderwerp: FW: factuur Stormvogels Polderklank",
             "",
             f"{P(STAFF['dirkjan'].first)}, kun jij deze betalen? Bedrag klopt met het contract (deal € 6.800 + € 450 "
             "buy-out catering). Let op: het rekeningnummer is gewijzigd t.o.v. vorig jaar, even nabellen met "
             f"{P(ag.sur)} voordat we betalen (phishing-check). Nummer staat hieronder.",
             "",
             "---------- Doorgestuurd bericht ----------",
             f"Van: {P(ag.full)} <{EM(fold(ag.first).lower() + '@stormvogels-muziek.nl')}>",
             "Datum: 2 juni 2025 11:37",
             "Onderwerp: factuur Stormvogels Polderklank",
             "",
             f"Beste {P(STAFF['bas'].first)}, bijgaand factuur 2025-0117. Nieuw rekeningnummer: {IB(ib)}. "
             f"KvK {KVK(kvk)}, btw-id {BTW(btw)}. Bel gerust: {PH(nl_mobile(r, 1))}.",
             P(ag.first))


@scenario("nl", True)
def nl_social_dm(r, k):
    u = new_used()
    p = person(r, "nl", used=u)
    if k == 0:
        h = "@" + fold(p.first).lower() + "_" + str(r.randint(80, 99))
        return L(f"{h}: @ZaalvolTickets al 3 weken wachten op mijn geld voor het afgelaste concert van Lichtmast 😡 "
                 f"bestelling {order_nr(r)} #zaalvol #afgelast",
                 f"@ZaalvolTickets: {h} Hoi! Vervelend dat het zo lang duurt. Stuur je ons een DM met je bestelnummer? "
                 f"^{P(STAFF['kwame'].first)}",
                 f"{h}: DM gestuurd. Ik ben {P(p.full)}, bellen mag ook: {PH(nl_mobile(r, 5))}",
                 "@ZaalvolTickets: Dank je, we bellen je morgen vóór 12:00 👍")
    o = person(r, "nl", used=u)
    return L("Reactie op bericht van Polderklank Festival:",
             "\"Wie heeft er nog 1 weekendticket over? Wil hem overkopen voor de normale prijs, geen woekerprijzen pls "
             f"🙏 app me: {PH(nl_mobile(r, 0))} – {P(p.full)}\"",
             "",
             "Polderklank Festival: Let op: koop alleen via Zaalvol Resale, dan weet je zeker dat je ticket geldig is. "
             "Tickets die buiten het platform worden verkocht kunnen we niet garanderen. 🎟️",
             "",
             f"{P(o.full)}: {P(p.first)} ik heb er nog een, stuur je een pb",
             "14 likes · 3 reacties")


@scenario("nl", True)
def nl_name_change(r, k):
    u = new_used()
    p = person(r, "nl", used=u)
    f = person(r, "nl", used=u, sex="F")
    if k == 0:
        return L("Hallo,",
                 "",
                 f"Ik kan zelf niet naar {r.choice(ACTS)} op {show_date(r, 'nl')}. Mijn collega {P(f.full)} neemt mijn "
                 f"ticket over. Kunnen jullie het op haar naam zetten en naar {EM(f.email(r))} sturen? Het ticket staat "
                 f"nu op naam van {P(p.full)} (bestelling {order_nr(r)}, vak 112, rij 14, stoel 22).",
                 "",
                 "Met vriendelijke groet,",
                 P(p.init))
    return L("Formulier: naamswijziging gepersonaliseerd ticket",
             f"Huidige tickethouder: {P(p.rev)}",
             f"Nieuwe tickethouder: {P(f.rev)}",
             f"E-mail nieuwe tickethouder: {EM(f.email(r))}",
             f"Geboortedatum nieuwe tickethouder (verplicht): {DOB(fdate(gen_dob(r, 1970, 2006), 'nl', 0))}",
             f"Ticketnummer(s): {barcode(r)}, {barcode(r)}",
             "Kosten naamswijziging: € 2,50 per ticket (betaald, transactie 7Q2K-88-1940)")


@scenario("nl", True)
def nl_parking(r, k):
    u = new_used()
    p = person(r, "nl", used=u)
    if k == 0:
        return L("Goedemorgen,",
                 "",
                 "Ik had een parkeerticket voor P3 bij mijn festivalticket, maar de kentekenherkenning bij de slagboom "
                 f"werkte gisteren niet. Ik heb 40 minuten staan wachten. Mijn kenteken is {KT(gen_kenteken(r, 0))}. "
                 f"Later heb ik in de app het kenteken nog gewijzigd naar de auto van mijn vader ({KT(gen_kenteken(r, 1))}), "
                 "misschien ging het daardoor mis?",
                 f"Kunnen jullie de € 15,00 die ik ter plekke heb betaald terugstorten op {IB(gen_iban(r))}?",
                 "",
                 "Groet,",
                 P(p.full))
    return L(f"Notitie parkeren Polderklank – zaterdag 21:40 – door {P(STAFF['jasmijn'].first)}",
             f"Auto met kenteken {KT(gen_kenteken(r, 2))} stond op de nooduitgang van P2. Eigenaar via de omroep "
             f"gevonden: {P(p.full)}, tel. {PH(nl_mobile(r, 1))}. Auto verplaatst, geen boete, wel gewaarschuwd.",
             "Geen verdere actie. (Slagboom P2 heeft storing sinds 19:10, ticket TD-5512 bij techniek.)")


@scenario("nl", True)
def nl_fraud_ip(r, k):
    u = new_used()
    p = person(r, "nl", used=u)
    if k == 0:
        return L("Onderwerp: iemand heeft op mijn account ingelogd!!",
                 "",
                 f"Ik kreeg vanochtend een melding \"nieuwe login vanaf Windows, Lagos\" met IP-adres {IP(gen_ipv4(r))}. "
                 "Dat ben ik niet! Er zijn 4 tickets voor Glass Lagoon gekocht met mijn opgeslagen kaart. Mijn eigen "
                 f"IP thuis is {IP(gen_ipv4(r))}. Graag mijn account blokkeren en bestelling {order_nr(r)} annuleren.",
                 "",
                 P(p.full),
                 PH(nl_mobile(r, 6)),
                 f"account: {EM(p.email(r))}")
    return L("FRAUDECHECK FR-2025-0193 (intern)",
             f"Account: {EM(p.email(r))}",
             f"Klant: {P(p.full)}, belde om 14:20 met {P(STAFF['ilse'].first)}.",
             f"Verdachte logins: {IP(gen_ipv6(r))} en {IP(gen_ipv4(r))} (02:13–02:40, beide buitenland).",
             "Intern: login via kassa-pc 10.12.0.45 (box office) is van ons, negeren.",
             "Actie: wachtwoord gereset, 2FA aangezet, bestelling geannuleerd, chargeback voorkomen.")


@scenario("nl", True)
def nl_letter_caps(r, k):
    u = new_used()
    p = person(r, "nl", used=u)
    a = nl_addr(r)
    if k == 0:
        return L("AAN ZAALVOL TICKETS B.V.",
                 "POSTBUS 59120",
                 "1040 LC AMSTERDAM",
                 "",
                 "BETREFT: TERUGBETALING CONCERT HAZELAAR KWARTET",
                 "",
                 "GEACHTE HEER/MEVROUW,",
                 "",
                 "IK HEB OP 3 MAART TWEE KAARTEN GEKOCHT AAN DE KASSA VAN DE GRAANBEURS VOOR HET CONCERT VAN 18 APRIL. "
                 "HET CONCERT IS NIET DOORGEGAAN. IK HEB GEEN COMPUTER EN KAN HET FORMULIER NIET INVULLEN. IK BEN AL "
                 "KLANT SINDS 2019 EN HEB NOOIT PROBLEMEN GEHAD.",
                 f"WILT U HET GELD (2 X € 32,50) OVERMAKEN OP MIJN REKENING {IB(spaced(gen_iban(r)))}?",
                 f"MIJN TELEFOONNUMMER IS {PH(nl_landline(r, a.area, 0))}. MIJN BURGERSERVICENUMMER IS "
                 f"{BS(bsn_form(r, gen_bsn(r), 2))}, ALS U DAT NODIG HEEFT.",
                 "",
                 "HOOGACHTEND,",
                 "",
                 P(p.caps),
                 AD(a.street.upper()),
                 f"{PC(a.pc)}  {a.city.upper()}")
    return L("GEACHTE MEVROUW, MIJNHEER,",
             "",
             f"OP 2 MEI HEB IK TELEFONISCH (MET MEVROUW {P(STAFF['noor'].last.upper())}) 2 KAARTEN BESTELD VOOR HET "
             "KERSTCONCERT VAN HET OSTWIND ORCHESTER. DEZE ZOUDEN PER POST WORDEN VERSTUURD NAAR "
             f"{AD(a.street.upper())}, {PC(a.pc)} {a.city.upper()}. IK HEB NIETS ONTVANGEN.",
             f"HET BESTELNUMMER IS {order_nr(r)}. WILT U DE KAARTEN OPNIEUW STUREN?",
             "",
             "MET VRIENDELIJKE GROET,",
             P(p.init.upper()),
             f"TEL. {PH(nl_landline(r, a.area, 1))}")


@scenario("nl", True)
def nl_internal_note(r, k):
    u = new_used()
    if k == 0:
        p = person(r, "nl", sex="F", used=u)
        a1, a2 = nl_addr(r), None
        a2 = nl_addr(r, a1.city)
        return L(f"Belnotitie – 11-06-2025 15:12 – {P(STAFF['noor'].first)}",
                 f"Mevr. {P(p.sur)} belde over bestelling {order_nr(r)} (2x Zoutkeet, Podium Zuidwal). De tickets zijn "
                 f"naar een oud adres gestuurd: {AD(a1.street)}, moet zijn {AD(a2.street)}, {PC(a2.pc)} {a2.city}. "
                 f"Adres aangepast, tickets opnieuw verzonden per PostNL (track & trace 3SZVL{r.randint(10**8, 10**9 - 1)}).",
                 f"Terugbellen als ze er vrijdag niet zijn: {PH(nl_mobile(r, 0))}.")
    p1, p2 = person(r, "nl", used=u), person(r, "nl", used=u)
    return L(f"Overdracht avonddienst 13/6 ({P(STAFF['ilse'].first)} → {P(STAFF['kwame'].first)})",
             f"1. {P(p1.full)} – dubbele afschrijving € 89,00, refund aangevraagd bij finance (RF-2025-004418). Wil "
             f"teruggebeld worden op {PH(nl_mobile(r, 5))}.",
             "2. Klacht over het geluid bij Brakwater (te hard, 104 dB gemeten door klant), geen persoonsgegevens, "
             "doorgezet naar productie.",
             f"3. {P(p2.full)} heeft 3x gebeld over een rolstoelplek, {P(STAFF['merel'].first)} pakt het morgen op.",
             "4. Storing app 5.12.2 (iOS) opgelost in 5.12.3.")


@scenario("nl", True)
def nl_delivery_address(r, k):
    u = new_used()
    if k == 0:
        a = person(r, "nl", sex="F", used=u)
        b = person(r, "nl", sex="M", used=u)
        new, old = nl_addr(r), nl_addr(r)
        return L("Beste Zaalvol,",
                 "",
                 f"Wij zijn verhuisd. De papieren cadeaukaarten (bestelling {order_nr(r)}) moeten naar ons nieuwe adres: "
                 f"{AD(new.street)}, {PC(new.pc.replace(' ', ''))} {new.city}. Het oude adres was {AD(old.street)}, "
                 f"{PC(old.pc)} {old.city}.",
                 "",
                 f"Groeten van {P(a.first)} en {P(b.full)}")
    p = person(r, "nl", used=u)
    a = nl_addr(r)
    return L("Formulier: wijziging afleveradres",
             f"Klantnummer: K-{r.randint(10000, 99999)}",
             f"Naam: {P(p.init)}",
             f"Nieuw afleveradres: {AD(a.street)}",
             f"Postcode: {PC(a.pc)}",
             f"Plaats: {a.city}",
             f"Telefoon: {PH(nl_landline(r, a.area, 3))}",
             "Toelichting: graag afgeven bij de buren op nr. 14 als we niet thuis zijn.")


@scenario("nl", True)
def nl_zzp_invoice(r, k):
    u = new_used()
    if k == 0:
        p = person(r, "nl", used=u, sex="M")
        a = nl_addr(r)
        return L(f"Hoi {P(STAFF['jasmijn'].first)},",
                 "",
                 "Hierbij mijn factuur voor de opbouw van Polderklank (factuurnummer 2025-031, 5 dagen à € 320,00 excl. "
                 "btw, totaal € 1.936,00 incl. 21% btw).",
                 "",
                 P(p.full),
                 NP(f"{p.sur} Lichttechniek"),
                 f"{AD(a.street)}, {PC(a.pc)} {a.city}",
                 f"KvK {KVK(gen_kvk(r))} – btw-id {BTW(gen_btw(r))}",
                 f"IBAN {IB(spaced(gen_iban(r)))}",
                 "",
                 f"Let op: op de offerte stond nog mijn oude btw-nummer {BS(gen_ob(r))}, dat is niet meer geldig.")
    ppl = [person(r, "nl", used=u) for _ in range(3)]
    rows = [f"{P(x.full)};{KVK(gen_kvk(r))};{BTW(gen_btw(r))};{IB(gen_iban(r))};{money(r, 900, 2400)}" for x in ppl[:2]]
    rows.append(f"{P(ppl[2].full)};{KVK(gen_kvk(r))};-;{IB(gen_iban(r))};{money(r, 900, 2400)}")
    return L("Finance – betaalrun ZZP crew Polderklank (week 25)",
             "crewlid;kvk;btw-id;iban;bedrag",
             *rows,
             f"Let op: {P(ppl[2].first)} zit in de KOR (kleineondernemersregeling), factuur zonder btw.")


@scenario("nl", True)
def nl_creditcard(r, k):
    u = new_used()
    p = person(r, "nl", used=u)
    if k == 0:
        return L("Hallo,",
                 "",
                 "Mijn betaling mislukt steeds bij het afrekenen (foutcode PAY-3DS-102). Ik heb het 3x geprobeerd met "
                 f"mijn creditcard {CC(gen_card(r, 'visa'))}, vervaldatum 09/27. Is er iets mis met jullie site? Ik wil "
                 f"de kaarten voor Sundrift ({show_date(r, 'nl')}) voordat ze uitverkocht zijn.",
                 "",
                 P(p.first))
    return L(f"[16:40] Bezoeker: betaling lukt niet, kaart {CC(gen_card(r, 'mc2'))}",
             f"[16:41] {P(STAFF['ilse'].first)} (Zaalvol): Hoi! Stuur alsjeblieft nooit je volledige kaartnummer via de "
             "chat 🙏 Ik laat het bericht verwijderen. Probeer het eens met iDEAL of een andere browser.",
             f"[16:42] Bezoeker: oké sorry! iDEAL werkt wel. bevestiging komt op naam {P(p.full)} toch?",
             f"[16:42] {P(STAFF['ilse'].first)} (Zaalvol): Klopt, check ook je spam. Fijne avond!")


@scenario("nl", True)
def nl_youth_dob(r, k):
    u = new_used()
    par = person(r, "nl", used=u)
    kid = relative(r, par, r.choice("FM"), u)
    if k == 0:
        return L("Geachte heer/mevrouw,",
                 "",
                 f"Mijn {'zoon' if kid.sex == 'M' else 'dochter'} {P(kid.first)} wil naar Polderklank (16+, jonger "
                 f"alleen met begeleiding). {'Hij' if kid.sex == 'M' else 'Zij'} is geboren op "
                 f"{DOB(fdate(gen_dob(r, 2008, 2010), 'nl', 0))}. Bij het bestellen werd om een BSN gevraagd?? Dat vind "
                 f"ik vreemd, maar voor de zekerheid: het BSN is {BS(bsn_form(r, gen_bsn(r), 2))}. Ik ga zelf mee als "
                 "begeleider.",
                 "",
                 "Met vriendelijke groet,",
                 P(par.full))
    pa = nl_addr(r)
    return L("Leeftijdscontrole Polderklank – ingevuld formulier",
             f"Naam bezoeker: {P(kid.full)}",
             f"Geboortedatum: {DOB(fdate(gen_dob(r, 2008, 2010), 'nl', 1))}",
             f"Naam ouder/voogd: {P(par.full)}",
             f"Telefoon ouder/voogd: {PH(nl_mobile(r, 4))}",
             f"Adres: {AD(pa.street)}, {PC(pa.pc)} {pa.city}",
             f"Upload: kopie ID-kaart bezoeker (documentnummer {ID(gen_nl_doc(r, 'I'))})",
             "Status: goedgekeurd 03-06-2025 (polsbandje U18 oranje)")


@scenario("nl", True)
def nl_belgian_customer(r, k):
    u = new_used()
    p = person(r, "nl", origin="be", used=u, sex="F")
    a = be_addr(r)
    if k == 0:
        return L(f"Van: {P(STAFF['sander'].full)} <sander.goovaerts@zaalvol.example>",
                 "Aan: klantenservice@zaalvol.example",
                 "Onderwerp: FW: klacht Arena Schelde",
                 "",
                 f"{P(STAFF['noor'].first)}, deze klant kwam binnen via de box office in Antwerpen. Kunnen jullie dit "
                 "oppakken? Ze wil liever gebeld worden dan mailen.",
                 "",
                 f"> Van: {P(p.full)} <{EM(p.email(r, 'be'))}>",
                 "> Verzonden: maandag 9 juni 2025 22:17",
                 "> Onderwerp: klacht Arena Schelde",
                 ">",
                 "> Goeieavond,",
                 "> Zaterdag waren wij bij Mosgroen in Arena Schelde. Onze plaatsen (blok 208, rij F) hadden geen zicht op",
                 "> het podium door een cameratoren. Daarvoor betaal je geen € 67 per ticket. Ik verwacht een gedeeltelijke",
                 "> terugbetaling.",
                 f"> Mijn gsm: {PH(be_mobile(r, False))}",
                 "> Met vriendelijke groeten,",
                 f"> {P(p.full)}",
                 f"> {AD(a.street)}, {PC(a.pc)} {a.city}")
    return L("Dag,",
             "",
             "Het concert van Die Wellenbrecher in Gent werd verplaatst naar 14 februari, maar dan kan ik niet. Volgens "
             f"de voorwaarden heb ik recht op terugbetaling. Mijn rekeningnummer: {IB(spaced(gen_iban(r, 'BE')))}.",
             f"Mijn gegevens: {P(p.full)}, {AD(a.street)}, {PC(a.pc)} {a.city}, gsm {PH(be_mobile(r, True))}.",
             f"Als u mij moet identificeren: identiteitskaart nr. {ID(gen_be_eid(r))}.",
             "",
             "Alvast bedankt,",
             P(p.first))


# --- Dutch, without personal data ------------------------------------------------------------------
def be_vat(r):
    first = r.choice("478") + digits(r, 7, "123456789")
    first = "0" + first[:7]
    chk = 97 - int(first) % 97
    return f"BE {first[:4]}.{first[4:7]}.{first[7]}{chk:02d}"


def imei(r):
    return luhn_complete("35" + digits(r, 12, "0123456789"))


@scenario("nl", False)
def nl_free_order(r, k):
    act, venue = r.choice(ACTS), r.choice(VENUES_NL)
    if k == 0:
        p1 = r.choice([29, 34, 39, 44]) + 0.5
        tot = 2 * p1 + 2 * 2.95 + 0.99
        fmt = lambda v: f"€ {v:.2f}".replace(".", ",")
        return L("Bedankt voor je bestelling bij Zaalvol Tickets!",
                 "",
                 f"Bestelnummer: {order_nr(r)}",
                 f"Evenement: {act} – {venue}",
                 f"Datum: {show_date(r, 'nl')}, deuren 19:30, aanvang 20:30",
                 f"Tickets: 2x Staanplaats à {fmt(p1)}",
                 "Servicekosten: 2x € 2,95",
                 "Transactiekosten: € 0,99",
                 f"Totaal: {fmt(tot)}",
                 f"Betaald met: iDEAL (transactie-ID 00{r.randint(10**13, 10**14 - 1)})",
                 f"Barcodes: {barcode(r)} / {barcode(r)}",
                 "",
                 "Je e-tickets staan ook in de app (versie 5.12 of hoger). Vragen? Bel 020 894 3310 of app 06 4172 9058.",
                 "Zaalvol Tickets B.V. · KvK 70518342 · btw NL861204372B01")
    return L("Hoi,",
             "",
             f"Ik heb gisteren om 23:14 besteld (bestelnummer {ref9_valid(r)}) maar geen bevestiging ontvangen. Er is wel "
             f"€ 58,40 afgeschreven. In de app zie ik 'bestelling in verwerking' met code ERR-409. Ik heb ook al gekeken "
             f"onder ordernummer {ref9_invalid(r)} uit een oude mail, maar dat is van vorig jaar. Kunnen jullie even kijken?",
             "",
             "Alvast dank!",
             "",
             "Verzonden vanaf mijn iPhone")


@scenario("nl", False)
def nl_free_autoreply(r, k):
    if k == 0:
        return L("Dit is een automatisch antwoord.",
                 "",
                 f"Bedankt voor je bericht over de annulering van {r.choice(ACTS)}. We verwerken terugbetalingen op "
                 "volgorde van binnenkomst. Je hoeft niets te doen: het bedrag komt binnen 30 werkdagen terug via de "
                 "betaalmethode waarmee je hebt betaald.",
                 "Heb je per overschrijving betaald? Dan storten wij terug vanaf NL06 INGB 0007 3184 65 (Zaalvol Tickets BV).",
                 "Let op phishing: wij vragen nooit om je pincode of je volledige kaartnummer.",
                 "",
                 "Klantenservice: +31 20 894 3310 (ma t/m vr 09:00–17:00), gratis vanuit NL: 0800-0224",
                 "Postadres: Postbus 59120, 1040 LC Amsterdam",
                 "Bezoekadres: Veemkade 41, 1019 HK Amsterdam",
                 "KvK 70518342 | btw NL 8612.04.372.B01")
    return L("Dit is een automatisch antwoord van Zaalvol Tickets (klantendienst België).",
             "",
             "Bedankt voor je mail. Door de drukte rond de verplaatste concerten in Arena Schelde antwoorden wij binnen "
             "5 werkdagen. Terugbetalingen aan Belgische klanten gebeuren vanaf BE52 7350 4128 5309.",
             "Dringend? Bel +32 3 298 41 70 (werkdagen 10u-16u) of stuur een WhatsApp naar +31 6 4172 9058.",
             "Referentie van je vraag: BE-2025-061-4471",
             "",
             "Zaalvol Tickets B.V. – Veemkade 41, 1019HK Amsterdam – KvK 70518342")


@scenario("nl", False)
def nl_free_app_bug(r, k):
    if k == 0:
        return L("Hoi, de Zaalvol app crasht steeds als ik mijn tickets open.",
                 "Telefoon: Samsung Galaxy A54, Android 14, app-versie 5.12.3 (build 51230417).",
                 "Cache gewist (2048 MB vrijgemaakt 🙃) en opnieuw geïnstalleerd, helpt niet.",
                 "Foutmelding: \"TicketStoreException: 0x80070057 at TicketList.render:112\"",
                 f"IMEI staat in de instellingen: {imei(r)}, als jullie dat nodig hebben.",
                 "Tickets zijn voor zaterdag, dus het is best dringend!")
    return L("Melding via webformulier (categorie: website)",
             "Browser: Chrome 125.0.6422.142 op Windows 11 23H2",
             "Probleem: wachtrij blijft hangen op positie 48213, daarna foutcode 502.",
             "Ik heb mijn router (192.168.178.1) herstart en de DNS op 1.1.1.1 gezet, maakt niks uit.",
             "Screenshot: wachtrij_1024x768.png (1024 KB)",
             f"Sessie-ID: {''.join(r.choice('0123456789abcdef') for _ in range(32))}")


@scenario("nl", False)
def nl_free_sales(r, k):
    if k == 0:
        rows = []
        for act, venue in zip(r.sample(ACTS, 4), r.sample(VENUES_NL, 4)):
            cap = r.choice([800, 1200, 1500, 2400])
            sold = cap - r.randint(0, 120)
            rows.append(f"{act} - {venue};{show_date(r, 'nl', 1)};{cap};{sold};{money(r, 20000, 90000)}")
        return L("Verkoopstand week 24 (intern, niet delen)",
                 "show;datum;capaciteit;verkocht;omzet_excl",
                 *rows,
                 "",
                 "Polderklank dagkaart zaterdag 98% (12.740 / 13.000), camping 91%.",
                 f"Factuurnummer box office Antwerpen: {ref9_valid(r)} (nog open), batchnummer scanners {ref9_invalid(r)}.")
    return L("| batch | shows | refunds | bedrag | status |",
             "|---|---|---:|---:|---|",
             f"| RB-2025-06-01 | Lichtmast (3x) | 4.213 | € 198.711,40 | uitbetaald 03-06-2025 |",
             f"| RB-2025-06-02 | Hazelaar Kwartet | 612 | € 19.890,00 | in behandeling |",
             f"| RB-2025-06-03 | Brakwater (verplaatst) | 87 | € 3.480,00 | wacht op akkoord |",
             "",
             f"SEPA-batch-ID 2025061300417, debiteurnummer {ref9_invalid(r)}. Terugbetalingen gaan van NL06INGB0007318465.")


@scenario("nl", False)
def nl_free_camping_info(r, k):
    if k == 0:
        return L("Campinginfo Polderklank 2025",
                 "- Camping open: do 12 juni 14:00 t/m ma 16 juni 12:00",
                 "- Camping Oost: plekken O-001 t/m O-480, Camping West: W-001 t/m W-350",
                 "- Stroompunt 16A per veld, max 2 kW per tent",
                 "- Gasflessen max 5 kg, geen glas, geen partytenten groter dan 3x3 m",
                 f"- Polsbandje kwijt? Infopunt bij Poort C, kosten € 25,00; je bandje (bijv. PK25-{r.randint(1000, 9999)}-"
                 f"{r.randint(1000, 9999)}) wordt dan geblokkeerd",
                 "- Adres voor de navigatie: Zanddijk 7, 8253 PK Dronten (ingang campers via P5)")
    return L("Hoi! Mag ik een gasfles mee (3 kg) en een kleine barbecue? We staan op Camping West, plek W-212, "
             f"polsbandje PK25-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}. En hoe laat gaat de camping dicht op "
             "maandag? We rijden pas om 14:00 terug ivm werk.",
             "Thx 🏕️")


@scenario("nl", False)
def nl_free_social(r, k):
    if k == 0:
        return L(f"Wat een avond in Podium Zuidwal 🔥🔥 Brakwater speelde ruim 2 uur! Alleen de rij bij de garderobe "
                 "(nummer 1187 😅) was drama. @ZaalvolTickets regel even meer personeel #brakwater #zuidwal",
                 "",
                 "@ZaalvolTickets: Dank voor je feedback! We geven het door aan de zaal. Tot de volgende keer 🎸")
    return L("@polderklankfest wanneer gaat de tweede ticketverkoop open? om 10:00 of 12:00?? vorig jaar zat ik op "
             "plek 48.213 in de wachtrij 😭 #polderklank2025",
             "",
             "@polderklankfest: Woensdag 12:00! Tip: log vooraf in op zaalvol.example en zet je betaalgegevens klaar. "
             "Wachtrij opent 11:45 🎟️")


@scenario("nl", False)
def nl_free_b2b_invoice(r, k):
    if k == 0:
        n = r.randint(900, 1600)
        return L("FACTUUR",
                 "Zaalvol Tickets B.V., Veemkade 41, 1019 HK Amsterdam",
                 f"Aan: Ticketpunt Schelde BV, Antwerpen – BTW {be_vat(r)}",
                 f"Factuurnummer: {ref9_valid(r)}",
                 "Factuurdatum: 05-06-2025, vervaldatum 05-07-2025",
                 f"Omschrijving: correctie afdracht voorverkoop mei 2025, {n // 1000}.{n % 1000:03d} tickets à € 1,10",
                 "BTW verlegd (art. 196 Btw-richtlijn)",
                 "Gelieve te betalen op NL52 ABNA 0583 1942 76 o.v.v. het factuurnummer.",
                 "Zaalvol Tickets B.V. | KvK 70518342 | btw NL861204372B01")
    return L("Creditnota CN-2025-0033",
             "Aan: Rheinkasse Vorverkauf GmbH, Köln (USt-IdNr. DE 318 447 120, HRB 90412)",
             "Betreft: dubbel gefactureerde servicekosten Die Wellenbrecher, 14-03-2025 (312 tickets à € 1,50)",
             "Bedrag: € 468,00 – wordt verrekend met de afdracht van juni.",
             "Vragen: b2b@zaalvol.example of +49 221 8873 4410.")


@scenario("nl", False)
def nl_free_accessibility(r, k):
    if k == 0:
        return L("Goed om te weten: toegankelijkheid",
                 "Rolstoelplekken boek je via toegankelijkheid@zaalvol.example of via 020-8943310 (optie 3).",
                 "Een begeleiderskaart is gratis als je een geldige Toegankelijkheidspas hebt (nummers beginnen met "
                 "TP-, bijv. TP-2025-000123). De pas is 5 jaar geldig.",
                 "Per rolstoelplek mag 1 begeleider mee. In Zaal De Kolk zijn 12 plekken, in Het Ketelhuis 6.",
                 "Invalidenparkeerplaatsen: P1, 40 plekken, max. voertuighoogte 2,10 m.",
                 "Ringleiding in alle zalen; gebarentolk bij 3 concerten per seizoen (zie zaalvol.example/toegankelijk).")
    return L("Goedendag, mijn begeleiderspas verloopt op 31-12-2025. Moet ik voor het concert van 14-01-2026 al een "
             "nieuwe hebben? De pas heeft nummer TP-2020-004471. Ik heb rolstoelplek 7 gereserveerd (reservering "
             "ROL-2211). Graag een reactie per mail, telefoon hoor ik slecht.")


@scenario("nl", False)
def nl_free_merch(r, k):
    if k == 0:
        return L("Hallo, ik heb merch besteld maar het klopt niet:",
                 "- besteld: TS-24-XL (festivalshirt zwart, maat XL) 2x € 29,95",
                 "- ontvangen: TS-24-LM (zelfde shirt, maat L) en de hoodie HD-25-XL ontbreekt",
                 f"Bestelling ZV-MERCH-{r.randint(100000, 999999)}, verzonden met PostNL 3SZVLM{r.randint(10**6, 10**7 - 1)}.",
                 "Kan ik ruilen? Verzendkosten waren € 4,95.")
    return L("artikelcode;omschrijving;maat;EAN;voorraad",
             f"TS-24-XL;Shirt Polderklank 2025 zwart;XL;87{r.randint(10**10, 10**11 - 1)};412",
             f"TS-24-LM;Shirt Polderklank 2025 zwart;L;87{r.randint(10**10, 10**11 - 1)};388",
             f"HD-25-XL;Hoodie Zaalvol logo;XL;87{r.randint(10**10, 10**11 - 1)};74",
             f"PT-01-NB;Poster line-up A2;-;87{r.randint(10**10, 10**11 - 1)};1500")


@scenario("nl", False)
def nl_free_lost_found(r, k):
    if k == 0:
        return L("Gevonden voorwerpen Podium Zuidwal – week 23",
                 "1. Zwarte rugzak (Eastpak), gevonden bij vak 112",
                 "2. Sleutelbos met hanger 'Kastanjelaan' en fietssleutel AXA",
                 "3. iPhone 13 met groen hoesje, IMEI eindigt op 0417",
                 "4. Bankpas, eindigend op 4417 (wordt na 14 dagen vernietigd)",
                 "5. Spijkerjas maat M, garderobenummer 1187",
                 "Ophalen: ma-vr 12:00-17:00 bij de artiesteningang, Veemkade 41.")
    return L("Hoi, ik heb zaterdag mijn jas laten hangen bij de garderobe (bonnetje nummer 0388, rij B). Het is een "
             "beige trenchcoat met een sjaal in de mouw. Kan ik die ophalen of kunnen jullie hem opsturen? Ik betaal de "
             "verzendkosten natuurlijk. Dank!")


@scenario("nl", False)
def nl_free_chatbot(r, k):
    if k == 0:
        return L("Chatbot-log 15-06-2025",
                 "[11:02] Klant: wanneer krijg ik mijn geld terug van lichtmast",
                 "[11:02] Bot: Terugbetalingen voor Lichtmast worden tussen 1 en 30 juli verwerkt. Heb je betaald met "
                 "creditcard **** **** **** 4417? Dan komt het bedrag op die kaart.",
                 "[11:03] Klant: ja klopt",
                 f"[11:03] Bot: Top! Je referentie is RF-2025-{r.randint(100000, 999999)}. Kan ik je nog ergens mee helpen?",
                 "[11:04] Klant: nee dank je 👍")
    return L("[20:11] Klant: hoe laat gaan de deuren open bij kraakbeen vanavond",
             "[20:11] Bot: De deuren van Zaal De Kolk gaan open om 19:30, aanvang 20:30, einde ca. 22:45.",
             "[20:12] Klant: en garderobe prijs?",
             "[20:12] Bot: De garderobe kost € 2,50 per item. Pinnen kan, contant niet.",
             "[20:13] Klant: ok top",
             "[20:13] Bot: Veel plezier! 🎶 (gesprek 8841-A, afgesloten)")


# ================================================================================================
# English -- 25 scenarios (16 with personal data, 9 without)
# ================================================================================================
VENUE_CITY = {"Zaal De Kolk": "Amsterdam", "Het Ketelhuis": "Zwolle", "Openluchttheater De Duinpan": "Bloemendaal",
              "Podium Zuidwal": "Den Haag", "De Graanbeurs": "Breda"}


@scenario("en", True)
def en_refund_uk(r, k):
    u = new_used()
    p = person(r, "en", origin="uk", used=u)
    if k == 0:
        a = uk_addr(r)
        ib = gen_iban(r, "GB")
        return L("Hi there,",
                 "",
                 f"I bought two tickets for Paper Harbour at Zaal De Kolk (Amsterdam) on 21 March, order {order_nr(r)}. "
                 "The show was cancelled, but my card has since been replaced, so the automatic refund bounced. Could "
                 "you refund to my bank account instead?",
                 "",
                 f"Account name: {P(p.full)}",
                 f"IBAN: {IB(spaced(ib))}",
                 f"BIC: {ib[4:8]}GB2L",
                 f"Address: {AD(a.street)}, {a.city} {PC(a.pc)}",
                 f"Phone: {PH(uk_mobile(r))}",
                 "",
                 "Many thanks,",
                 P(p.first))
    p = person(r, "en", origin="uk", used=u, sex="M")
    return L(f"Dear {P(STAFF['rohan'].first)},",
             "",
             f"Thanks for the quick reply. As requested, the refund can go to {IB(gen_iban(r, 'IE'))} (AIB, account "
             f"holder {P(p.full)}). The total was €118.90 for two tickets plus fees.",
             "",
             "Best wishes,",
             P(p.first),
             "",
             f"> On Tue, 10 Jun 2025 at 14:02, {P(STAFF['rohan'].full)} <rohan.mehta@zaalvol.example> wrote:",
             f"> Dear Mr {P(p.last)}, we are sorry about the cancellation. Since the original payment method is no longer",
             "> valid, please send us an IBAN and the name of the account holder.",
             f"> Kind regards, {P(STAFF['rohan'].full)}, Zaalvol Tickets")


@scenario("en", True)
def en_lost_ticket(r, k):
    u = new_used()
    if k == 0:
        p = person(r, "en", origin="uk", used=u)
        return L("Hello Polderklank team,",
                 "",
                 "I lost my wristband on Friday night somewhere near the Bos stage (sorry!). It was registered to "
                 f"{P(p.full)}, date of birth {DOB(fdate(gen_dob(r, 1985, 2004), 'en', 1))}. I can show my passport at "
                 f"the info point tomorrow – passport number {ID(digits(r, 9, '12345'))} – so you can block the old band "
                 f"(PK25-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}) and issue a new one?",
                 "",
                 "Cheers,",
                 P(p.first),
                 PH(uk_mobile(r, True)))
    p = person(r, "en", origin=r.choice(["in", "ua", "sy"]), used=u)
    return L("Subject: e-tickets gone after phone reset",
             "",
             "Hi, I reset my phone and the Zaalvol app lost my tickets for Neon Reigers (Saturday). I live in "
             f"Utrecht as an expat and my residence permit number is {ID(gen_vrb(r))}, if you need to verify me. I was "
             f"born on {DOB(fdate(gen_dob(r, 1984, 2001), 'en', 3))} and the account is under {EM(p.email(r))}.",
             "",
             "Thanks a lot,",
             P(p.full))


@scenario("en", True)
def en_wheelchair(r, k):
    u = new_used()
    p = person(r, "en", used=u, sex="M")
    q = person(r, "en", used=u, sex="F")
    ua = uk_addr(r)
    if k == 0:
        return L("Hi,",
                 "",
                 f"My partner {P(q.first)} uses a wheelchair and I'd like to book the accessible platform for Glass "
                 f"Lagoon on {show_date(r, 'en')}. Do we need to send proof for the free companion ticket? She has an "
                 f"access card (number AC-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}, valid until 2027).",
                 "",
                 "Best,",
                 P(p.full),
                 f"{AD(ua.street)}, {ua.city} {PC(ua.pc)}",
                 f"{PH(uk_mobile(r, False))} | {EM(p.email(r, 'uk'))}")
    return L(f"Hi {P(STAFF['merel'].first)},",
             "",
             f"That's perfect, thanks! For your list: wheelchair user {P(q.full)}, companion {P(p.full)}. Our mobile on "
             f"the day is {PH(nl_mobile(r, 3))} (Dutch SIM).",
             "",
             P(p.first),
             "",
             f"On 4 June 2025, at 11:20, {P(STAFF['merel'].full)} (Zaalvol Access Desk) wrote:",
             f"> Dear {P(p.first)}, I've reserved two spots on the platform (section ROLS-2, row 1) for the show. Could",
             "> you send the names of the wheelchair user and the companion? The companion ticket is free of charge.")


@scenario("en", True)
def en_agent_booking(r, k):
    u = new_used()
    ag = person(r, "en", origin="uk", used=u)
    if k == 0:
        tm = person(r, "en", origin="uk", used=u)
        foh = person(r, "en", used=u)
        return L(f"From: {P(ag.full)} <{EM(fold(ag.first).lower() + '@bluebellartists.co.uk')}>",
                 "To: bas@zaalvol.example",
                 "Subject: Glass Lagoon – Polderklank 2025 – advance",
                 "",
                 f"Hi {P(STAFF['bas'].first)},",
                 "",
                 "Advancing for Glass Lagoon (Saturday 14 June, Bos stage, 19:45–21:00). Party of 6: 4 band + TM "
                 f"{P(tm.full)} + FOH {P(foh.full)}. TM mobile on the day: {PH(uk_mobile(r, True))}.",
                 f"Please process the 50% deposit (€7,250) to our account {IB(spaced(gen_iban(r, 'GB')))} "
                 "(Bluebell Artist Management Ltd).",
                 "",
                 "Best,",
                 P(ag.first),
                 "--",
                 f"{P(ag.full)} | Agent",
                 f"Bluebell Artist Management Ltd | Registered in England No. {r.randint(10**7, 10**8 - 1):08d}",
                 f"T {PH(uk_landline(r, '20'))}")
    m1 = person(r, "en", used=u)
    return L(f"Hi {P(ag.first)},",
             "",
             "Thanks, all received. Hospitality is confirmed for 8 (dressing room 3, catering from 17:00). Parking: one "
             "splitter van on the artist field, plate please by Wednesday. Vegan option noted for "
             f"{P(m1.first)}.",
             "",
             "Cheers,",
             P(STAFF['bas'].full),
             "Artist Liaison | Polderklank Festival",
             "+31 20 894 3310",
             "",
             f"> On 3 Jun 2025, at 16:48, {P(ag.full)} wrote:",
             f"> Hi {P(STAFF['bas'].first)}, updated party list attached. {P(m1.full)} (keys) replaces our old keys player,",
             f"> and {P(m1.first)} is vegan. Best, {P(ag.first)}")


@scenario("en", True)
def en_crew_application(r, k):
    u = new_used()
    a = nl_addr(r)
    if k == 0:
        p = person(r, "en", origin="es", used=u)
        return L("Polderklank Crew Application 2025",
                 f"Full name: {P(p.full)}",
                 f"Date of birth: {DOB(fdate(gen_dob(r, 1990, 2005), 'en', 2))}",
                 "Nationality: Spanish",
                 f"BSN (Dutch citizen service number): {BS(gen_bsn(r))}",
                 "Residence document: n/a (EU citizen)",
                 f"IBAN: {IB(gen_iban(r))}",
                 f"Address in NL: {AD(a.street)}, {PC(a.pc)} {a.city}",
                 f"Mobile: {PH(nl_mobile(r, 3))}",
                 f"Email: {EM(p.email(r))}",
                 f"Self-employed (ZZP): yes – KvK {KVK(gen_kvk(r))}, btw-id {BTW(gen_btw(r))}",
                 "Role preference: stagehand / runner",
                 "T-shirt size: L",
                 "Submitted 2025-04-02 18:55 CEST")
    p = person(r, "en", origin="ua", used=u)
    return L(f"Hello {P(STAFF['jasmijn'].first)},",
             "",
             "Thank you for the interview yesterday. Here are my details for the payroll: my BSN is "
             f"{BS(bsn_form(r, gen_bsn(r), 1))} and my residence document number is {ID(gen_vrb(r))} (valid until "
             f"04/03/2026). Bank account: {IB(spaced(gen_iban(r)))}.",
             f"I live at {AD(a.street)}, {PC(a.pc)} {a.city}. My phone is {PH(nl_mobile(r, 0))}.",
             "",
             "Kind regards,",
             P(p.full))


@scenario("en", True)
def en_camping_group(r, k):
    u = new_used()
    if k == 0:
        ppl = [person(r, "en", origin="uk", used=u) for _ in range(5)]
        return L("Hi! We're a group of five from Edinburgh coming to Polderklank. We booked Camping East (order "
                 f"{order_nr(r)}). We're renting a car in Amsterdam – plate {KT(gen_kenteken(r, 0))} – can you add it to "
                 "our parking ticket instead of the one we typed in (which was wrong)?",
                 f"Names for the camping list: {P(ppl[1].full)}, {P(ppl[2].full)}, {P(ppl[3].full)}, "
                 f"{P(ppl[4].full)} and me, {P(ppl[0].full)}.",
                 "Cheers 🏕️")
    ppl = [person(r, "en", used=u) for _ in range(3)]
    rows = [f"{P(x.full)},{DOB(fdate(gen_dob(r, 1995, 2006), 'en', 2))},PK25-{r.randint(1000, 9999)}" for x in ppl]
    return L("Hi, as requested the details for our group (camping West, pitch W-118):",
             "",
             "name,date_of_birth,wristband",
             *rows,
             "",
             f"Lead booker: {P(ppl[0].first)} ({EM(ppl[0].email(r, 'uk'))})")


@scenario("en", True)
def en_resale_fraud(r, k):
    u = new_used()
    s = person(r, "en", used=u, sex="M")
    if k == 0:
        b = person(r, "en", used=u)
        return L("Hello,",
                 "",
                 f"I bought a ticket via Facebook from someone called {P(s.full)} ({EM(s.email(r))}, phone "
                 f"{PH(nl_mobile(r, 0))}) and paid €120 via a payment link. At the gate the barcode had already been "
                 "scanned. He has blocked me. Can you tell me who the original buyer was? I've reported it to the police "
                 f"(reference 2025{r.randint(100000, 999999)}-1).",
                 "",
                 P(b.first))
    return L("Resale fraud case RS-2025-0077 (internal)",
             f"Seller account: {EM(s.email(r))}; name on account: {P(s.full)}",
             "Listings: 14 tickets for Neon Reigers within 2 hours, all at max price (€ 64.50).",
             f"Login IPs: {IP(gen_ipv4(r))}, {IP(gen_ipv6(r))}",
             f"Payout IBAN: {IB(make_iban('LT', digits(r, 16, '7')))}",
             f"Action: account frozen by {P(STAFF['rohan'].first)} on 12/06, payout blocked, buyers refunded.")


@scenario("en", True)
def en_chat(r, k):
    u = new_used()
    p = person(r, "en", used=u)
    rh = P(STAFF['rohan'].first)
    if k == 0:
        e1 = p.email(r)
        return L("Live chat transcript – 12 Jun 2025",
                 "[14:02] Visitor: hi, my tickets for Sundrift went to the wrong email address",
                 f"[14:02] {rh} (Zaalvol): Hi! I'm {rh}. What's the order number, and which email should they go to?",
                 f"[14:03] Visitor: {order_nr(r)}. I typed {EM(e1.split('@')[0][:-1] + '@' + e1.split('@')[1])} "
                 f"but it should be {EM(e1)}",
                 f"[14:04] {rh} (Zaalvol): Thanks. Can you confirm the name on the order?",
                 f"[14:04] Visitor: {P(p.full)}",
                 f"[14:05] {rh} (Zaalvol): Done – resent to the new address. Anything else?",
                 f"[14:05] Visitor: no that's all, thanks {rh}!")
    return L("[09:31] Visitor: Can someone call me? It's about a group booking of 40 tickets for a school trip.",
             f"[09:32] {P(STAFF['ilse'].first)} (Zaalvol): Sure! Which number, and what time suits you?",
             f"[09:33] Visitor: {PH(uk_landline(r, '113'))} after 3pm UK time please. I'm {P(p.full)}, head of music at "
             "a secondary school in Leeds.",
             f"[09:33] {P(STAFF['ilse'].first)} (Zaalvol): Noted! A colleague from the group desk will call you today.")


@scenario("en", True)
def en_card(r, k):
    u = new_used()
    p = person(r, "en", used=u, sex="M")
    if k == 0:
        return L("Subject: payment keeps failing",
                 "",
                 f"Hello, I'm trying to buy 2 tickets for Glass Lagoon but the payment fails at the last step. The card "
                 f"is {CC(gen_card(r, 'amex'))}, exp 11/27, billing postcode is the Dutch one. Can you charge it manually? "
                 "I really don't want to miss this show.",
                 "",
                 "Thanks,",
                 P(p.full))
    return L(f"From: {P(STAFF['noor'].full)}",
             "To: finance@zaalvol.example",
             "Subject: manual charge – please process and delete",
             "",
             f"Hi {P(STAFF['dirkjan'].first)}, a customer phoned the box office and read out his card so we could "
             f"charge the VIP upgrade (€ 85.00): {CC(gen_card(r, 'visa'))}, name on card {P(p.caps)}. Can you process "
             "it and then delete this mail? I know, not ideal.",
             P(STAFF['noor'].first))


@scenario("en", True)
def en_social(r, k):
    u = new_used()
    if k == 0:
        mum = person(r, "en", origin="uk", used=u, sex="F")
        return L("@ZaalvolTickets my friend and I got turned away at the door because the names on the tickets didn't "
                 f"match our IDs?? The tickets were a gift from my mum, {P(mum.full)}. Nobody told us they were "
                 "personalised 😤 #zaalvol #glasslagoon",
                 "",
                 "@ZaalvolTickets: Hi! So sorry to hear that. Could you DM us your order number? We'll look into it "
                 f"right away. ^{P(STAFF['kwame'].first)}")
    g = person(r, "en", used=u, sex="M")
    return L("@sundrift.band @zaalvol best gig of the year!!! 🔥🔥 and a massive shoutout to the security guy "
             f"{P(g.first)} who found my phone in the pit ❤️ #sundrift #zaalvol",
             "",
             "@zaalvol: So happy to hear that! We'll pass on the compliment 💛")


@scenario("en", True)
def en_escalation(r, k):
    u = new_used()
    p = person(r, "en", used=u, sex="F")
    if k == 0:
        return L("#cs-escalations",
                 f"{P(STAFF['rohan'].full)} 10:14: Escalating order {order_nr(r)} – customer {P(p.full)} was charged "
                 "3x (€ 259.50 each). Bank statement attached. She asks for the refund to "
                 f"{IB(gen_iban(r))} instead of her card because the card is blocked.",
                 f"{P(STAFF['dirkjan'].full)} 10:21: On it. The refund batch goes out Thursday.",
                 f"{P(STAFF['noor'].full)} 10:22: pls also call her back on {PH(nl_mobile(r, 0))}, she's been waiting "
                 "since Monday 🙏")
    return L(f"CS-4471 | Priority: High | Reporter: {P(STAFF['ilse'].full)}",
             "Summary: duplicate account merge",
             f"Description: customer has two accounts, {EM(p.email(r))} and {EM(p.email(r))}. Both belong to "
             f"{P(p.full)} (DOB {DOB(fdate(gen_dob(r), 'en', 0))} confirmed on the phone). Merge into the first, keep "
             "the order history (7 orders since 2021).",
             "Labels: accounts, merge, gdpr-check")


@scenario("en", True)
def en_volunteer(r, k):
    u = new_used()
    p = person(r, "en", used=u)
    if k == 0:
        ec = person(r, "en", used=u)
        va = nl_addr(r)
        return L("Volunteer sign-up – Polderklank 2025",
                 f"Name: {P(p.full)}",
                 f"Date of birth: {DOB(fdate(gen_dob(r, 1985, 2006), 'en', 0))}",
                 f"Phone: {PH(nl_mobile(r, 6))}",
                 f"Address: {AD(va.street)}, {PC(va.pc)} {va.city}",
                 f"Emergency contact: {P(ec.full)} ({PH(uk_mobile(r, True))})",
                 "Preferred team: info point / lost & found",
                 "Languages: English, some Dutch",
                 "Shifts: Friday + Sunday")
    a = nl_addr(r, "Groningen")
    return L(f"Hi {P(STAFF['astrid'].first)}!",
             "",
             "I'm an Erasmus student in Groningen and would love to volunteer at the festival. A friend told me you need "
             f"my address for the volunteer insurance – it's {AD(a.street)}, {PC(a.pc)} Groningen. I was born on "
             f"{DOB(fdate(gen_dob(r, 1999, 2005), 'en', 3))}.",
             "",
             "Looking forward to it,",
             P(p.first))


@scenario("en", True)
def en_transfer(r, k):
    u = new_used()
    p = person(r, "en", used=u, sex="F")
    b = relative(r, p, "M", u)
    if k == 0:
        return L("Hi,",
                 "",
                 f"Can you please transfer my ticket for Paper Harbour to my brother {P(b.full)}? His email is "
                 f"{EM(b.email(r))}. I can't make it because of work. Order {order_nr(r)}, seat: balcony row 3, "
                 "seat 17.",
                 "",
                 "Thank you!",
                 P(p.first))
    return L("Ticket transfer request",
             f"From (current holder): {P(p.full)}",
             f"To (new holder): {P(b.full)}",
             f"New holder's email: {EM(b.email(r, 'uk'))}",
             f"New holder's passport number (required for personalised tickets): {ID(digits(r, 9, '12345'))}",
             "Reason: I'm pregnant and the due date is the week of the festival.",
             f"Tickets: 1x weekend + camping (barcode {barcode(r)})",
             "Fee: €2.50 (paid)")


@scenario("en", True)
def en_guestlist(r, k):
    u = new_used()
    ppl = [person(r, "en", used=u) for _ in range(5)]
    if k == 0:
        return L("Guest list – Paper Harbour – Zaal De Kolk – 21/03",
                 f"1. {P(ppl[0].full)} +1",
                 f"2. {P(ppl[1].full)}",
                 f"3. {P(ppl[2].full)} (photographer, needs photo pit access)",
                 f"4. {P(ppl[3].full)} +1",
                 "Please leave under \"Paper Harbour guests\" at the box office.",
                 f"Contact on the night: {P(ppl[4].full)}, {PH(uk_mobile(r, True))}")
    return L("name;company;pass",
             f"{P(ppl[0].full)};Bluebell Artist Management Ltd;AAA",
             f"{P(ppl[1].full)};{NP(ppl[1].last + ' Lighting')};CREW",
             f"{P(ppl[2].full)};Radio Noordzee;GUEST",
             f"{P(ppl[3].full)};-;GUEST+1",
             "",
             "AAA passes max 12 per act, collect at accreditation desk (opens 12:00).")


@scenario("en", True)
def en_b2b_partner(r, k):
    u = new_used()
    if k == 0:
        c = person(r, "en", origin="be", used=u)
        c2 = person(r, "en", origin="be", used=u)
        return L(f"From: {P(c.full)} <{EM(fold(c.first).lower() + '@ticketpuntschelde.be')}>",
                 "To: sander.goovaerts@zaalvol.example",
                 "Subject: settlement May + new bank account",
                 "",
                 f"Hi {P(STAFF['sander'].first)},",
                 "",
                 "Please find attached our sales report for May (1,412 tickets, commission € 1,553.20). Note that as of "
                 f"1 July our bank account changes to {IB(spaced(gen_iban(r, 'BE')))}. Our VAT number stays "
                 f"{be_vat(r)}.",
                 f"For urgent matters during shows, call my colleague {P(c2.full)} on {PH(be_mobile(r, True))}.",
                 "",
                 "Best regards,",
                 P(c.first),
                 "Ticketpunt Schelde BV",
                 PH(be_landline(r, "3")))
    c = person(r, "en", origin="de", used=u)
    return L(f"Dear {P(STAFF['lena'].first)},",
             "",
             "as discussed, here are the details for the new partner agreement (KartenKontor Münster GmbH, HRB 18834, "
             "USt-IdNr. DE 276 118 430). Payments please to "
             f"{IB(spaced(gen_iban(r, 'DE')))}. My direct line is {PH(de_landline(r, '251', True))}.",
             "",
             "Kind regards",
             P(c.full),
             "Head of Box Office, KartenKontor Münster GmbH")


@scenario("en", True)
def en_age(r, k):
    u = new_used()
    p = person(r, "en", used=u)
    if k == 0:
        d = relative(r, p, "F", u)
        return L("Hello,",
                 "",
                 f"My daughter {P(d.first)} (born {DOB(fdate(gen_dob(r, 2009, 2010), 'en', 1))}) wants to go to "
                 "Polderklank with friends. Is 16 allowed if an adult comes along? I would accompany her – my name is "
                 f"{P(p.full)}.",
                 "",
                 "Regards,",
                 P(p.full))
    return L("[19:20] Visitor: the app says my date of birth doesn't match my ID and it blocks my ticket",
             f"[19:21] {P(STAFF['ilse'].first)} (Zaalvol): Hi! Which date of birth did you enter?",
             f"[19:21] Visitor: {DOB(fdate(gen_dob(r, 1995, 2005), 'en', 0))} which is correct. I'm {P(p.full)}, ID card "
             f"number {ID(gen_nl_doc(r, 'I'))}",
             f"[19:23] {P(STAFF['ilse'].first)} (Zaalvol): Thanks, fixed manually. No need to send your ID number next "
             "time, the date is enough 🙂")


# --- English, without personal data ---------------------------------------------------------------
@scenario("en", False)
def en_free_queue(r, k):
    if k == 0:
        return L("You're in the queue for Polderklank Festival 2025",
                 f"Your place in line: {r.randint(20000, 60000):,}".replace(",", ","),
                 "Estimated wait: 34 minutes (last update 10:07:45 CEST)",
                 f"Queue ID: {''.join(r.choice('0123456789abcdef') for _ in range(8))}-{r.randint(1000, 9999)}",
                 "Do not refresh this page. Max 4 weekend tickets (€ 239.00 each) and 1 parking ticket (€ 35.00) per order.",
                 "Help: zaalvol.example/help or WhatsApp +31 6 4172 9058")
    return L("Hi, I got kicked out of the queue at position 1,204 after waiting 50 minutes?? Error code Q-503 and now "
             "I'm at 38,771. This is ridiculous. I was ready to pay €478 for 2 weekend tickets. Is there anything you "
             "can do? Screenshot attached (IMG_4471.PNG, 3.1 MB).")


@scenario("en", False)
def en_free_release(r, k):
    if k == 0:
        return L("Zaalvol app – release notes 5.13.0 (build 513004)",
                 "- New: Apple Wallet passes for multi-day tickets",
                 "- Fixed: crash on Android 14 when opening tickets (TicketStoreException)",
                 "- Fixed: wrong seat shown for section 112, row 14",
                 "- Scanner firmware 4.12.0.3 required at the gates; older firmware (4.11.x) is rejected",
                 "- Minimum iOS version is now 16.0, minimum Android 10",
                 "Known issue: sync takes up to 90 s on 3G.")
    return L("Ops log – gate scanners Polderklank (Friday)",
             "09:58:12 scanner-07 online 10.20.4.17 fw 4.12.0.3",
             "09:58:40 scanner-08 online 10.20.4.18 fw 4.12.0.3",
             "10:02:03 scanner-07 sync ok (12,740 barcodes, 2048 MB cache)",
             "10:15:27 api gw 172.16.0.5 latency 480 ms (threshold 300 ms)",
             "10:15:29 failover to 127.0.0.1:8443 (local cache)",
             "10:31:00 all gates green")


@scenario("en", False)
def en_free_policy(r, k):
    if k == 0:
        return L("Thank you for contacting Zaalvol Tickets. This is an automatic reply.",
                 "",
                 "If your event was cancelled, you don't need to do anything: refunds are made to the original payment "
                 "method within 30 days. If your event was postponed, your ticket stays valid for the new date.",
                 "Never share your full card number or password with us – we will never ask for them.",
                 "",
                 "Customer service: +31 20 894 3310 (Mon–Fri 9am–5pm CET)",
                 "Zaalvol Tickets B.V., Veemkade 41, 1019 HK Amsterdam, The Netherlands",
                 "Chamber of Commerce 70518342 · VAT NL861204372B01")
    return L("Refunds to UK and other non-euro accounts",
             "We refund in euros only. Your bank may charge a conversion fee (usually £2–£5). Refunds are sent from our "
             "account NL52 ABNA 0583 1942 76 (BIC ABNANL2A) with reference RF-2025-xxxxxx.",
             "Payments to us from abroad: use IBAN NL52ABNA0583194276 and your order number as the reference.",
             "Questions: service@zaalvol.example")


@scenario("en", False)
def en_free_settlement(r, k):
    if k == 0:
        return L("Settlement – Glass Lagoon – Zaal De Kolk – 21 March 2025",
                 "Capacity 1,500 · sold 1,463 · comps 37",
                 "Gross ticket revenue: € 64,377.00",
                 "VAT 9%: € 5,315.53",
                 "Ticketing fees: € 4,389.00",
                 "Artist guarantee: € 18,000.00 vs 80% after costs",
                 f"Invoice no. {ref9_valid(r)} (promoter fee), invoice no. {ref9_invalid(r)} (production)",
                 "Payment within 14 days from Zaalvol Tickets B.V.")
    return L("Hi, quick question about invoice 2025-0412: the hospitality line says 38 meals at € 14.50 = € 551.00 but "
             "we were only 32 people on the day (see day sheet v4). Could you correct it to € 464.00? Our purchase order "
             f"number is PO-{r.randint(10000, 99999)}.",
             "Thanks, the accounts team")


@scenario("en", False)
def en_free_lost_found(r, k):
    if k == 0:
        return L("Lost & found – Polderklank 2025 (as of Monday 12:00)",
                 "- 214 phones (check with the IMEI or lock-screen photo)",
                 "- 96 wallets / cards – bank cards are destroyed after 14 days",
                 "- 1 guitar pedal (Boss DS-1), found at the Bos stage",
                 "- keys with a tag 'Flat 4' (no street)",
                 "Claim via zaalvol.example/lostfound with a description; shipping € 7.95 within the EU.")
    return L("Hi, I think I left my jacket at the cloakroom on Saturday. Ticket number 0417, row C. It's a black Patagonia "
             "with a festival pin on it. Can you post it to me? I'll pay the shipping, of course. Thanks!")


@scenario("en", False)
def en_free_social(r, k):
    if k == 0:
        return L("@ZaalvolTickets why are the fees €4.95 per ticket now?? it was €2.95 last year 😒 #ticketfees",
                 "",
                 "@ZaalvolTickets: Hi! The €4.95 is for the flexible ticket option; the standard fee is still €2.95. "
                 "Check your order summary before you pay 🙂")
    return L("POV: you queued 2 hours for Polderklank and got weekend tickets 🥳🥳 see you in June!! "
             "#polderklank2025 #festivalseason @polderklankfest")


@scenario("en", False)
def en_free_camping(r, k):
    if k == 0:
        return L("Camping FAQ (EN)",
                 "Q: Can I bring a generator? A: No. Power points (16A) are available at camping East, field E2–E4.",
                 "Q: Max tent size? A: 3 x 3 m for regular pitches, up to 6 x 4 m on the comfort field.",
                 "Q: Can I arrive on Wednesday? A: Only with an early-entry add-on (€ 20.00), gates open 14:00.",
                 "Q: Camper vans? A: Camper field C, max 8 m, booking code starts with CP-.")
    return L("Hi, we're coming with a campervan (7.4 m, 3500 kg). Is that OK for the camper field? And can we arrive "
             "at 23:00 on Thursday, our ferry lands at 17:30 in Hook of Holland. Booking CP-2025-118.")


@scenario("en", False)
def en_free_api_log(r, k):
    if k == 0:
        return L("payment-service 2025-06-12T10:14:03Z ERROR order=ZV25-4471-2290 psp=adyen result=REFUSED reason=3DS",
                 "payment-service 2025-06-12T10:14:03Z INFO  card=411111******1111 brand=visa country=NL",
                 "payment-service 2025-06-12T10:14:05Z INFO  retry=1 client=10.40.2.17 ua=\"ZaalvolApp/5.12.3 (iOS 17.4.1)\"",
                 "payment-service 2025-06-12T10:14:09Z INFO  result=AUTHORISED amount=11890 currency=EUR",
                 "ticket-service  2025-06-12T10:14:10Z INFO  issued=2 event=EVT-2025-0614-BOS")
    return L("Incident INC-2291 – duplicate charges",
             "Impact: 312 orders charged twice between 20:01 and 20:19 CEST",
             "Cause: retry storm after PSP timeout (30 s) – see dashboard panel 7",
             "Fix: idempotency key now mandatory (release 2025.06.13-2)",
             "Refunds: batch RB-2025-06-07, € 24,960.00 in total, all cards ending in **** already notified")


@scenario("en", False)
def en_free_merch(r, k):
    if k == 0:
        return L("Hi, I ordered a hoodie (HD-25-XL) and a poster (PT-01-NB) on 2 June, order "
                 f"ZV-MERCH-{r.randint(100000, 999999)}, but only the poster arrived. Tracking says 'delivered' at 14:12. "
                 "Could you check? Thanks!")
    return L("Merch stand totals – Friday",
             "TS-24-XL 212 × € 29.95",
             "TS-24-LM 198 × € 29.95",
             "HD-25-XL 64 × € 54.95",
             "card payments 91%, cash 9%; terminal IDs T-0412 and T-0413")


# ================================================================================================
# German -- 20 scenarios (13 with personal data, 7 without)
# ================================================================================================
@scenario("de", True)
def de_refund(r, k):
    u = new_used()
    p = person(r, "de", used=u)
    a = de_addr(r)
    ib = gen_iban(r, "DE")
    if k == 0:
        return L("Betreff: Erstattung abgesagtes Konzert Ostwind Orchester",
                 "",
                 "Sehr geehrte Damen und Herren,",
                 "",
                 f"das Konzert des Ostwind Orchester am {show_date(r, 'de')} in Venlo wurde abgesagt. Ich habe damals "
                 f"per Überweisung bezahlt (Bestellnummer {order_nr(r)}, 3 Karten à 48,00 €). Bitte überweisen Sie den "
                 f"Betrag auf mein Konto {IB(spaced(ib))} (Kontoinhaber: {P(p.full)}).",
                 "",
                 "Mit freundlichen Grüßen",
                 P(p.full),
                 AD(a.street),
                 f"{PC(a.pc)} {a.city}")
    return L("Kontaktformular – Kategorie: Erstattung",
             f"Vorname: {P(p.first)}",
             f"Nachname: {P(p.last)}",
             f"Straße, Hausnummer: {AD(a.street)}",
             f"PLZ / Ort: {PC(a.pc)} {a.city}",
             f"E-Mail: {EM(p.email(r, 'de'))}",
             f"IBAN: {IB(ib)}",
             f"Nachricht: Konzert von Die Wellenbrecher in Köln verschoben, neuer Termin passt nicht. Bitte um Erstattung "
             f"von 2 × 39,90 € zzgl. Gebühren. Bestellung {order_nr(r)}.")


@scenario("de", True)
def de_lost_ticket(r, k):
    u = new_used()
    p = person(r, "de", used=u)
    if k == 0:
        return L("Hallo,",
                 "",
                 "ich habe mein Festivalbändchen für Polderklank verloren (Freitagabend, irgendwo zwischen Camping Ost und "
                 f"der Hauptbühne). Das Bändchen war auf {P(p.full)} registriert, geboren am "
                 f"{DOB(fdate(gen_dob(r, 1980, 2005), 'de', 0))}. Meine Personalausweisnummer lautet "
                 f"{ID(gen_de_doc(r))}, ich kann den Ausweis am Infopunkt zeigen.",
                 "",
                 "Viele Grüße",
                 P(p.first),
                 PH(de_mobile(r)))
    return L(f"Guten Tag Frau {P(STAFF['lena'].last)},",
             "",
             "leider habe ich die E-Mail mit den Tickets für Neon Reigers gelöscht. Können Sie sie bitte erneut an "
             f"{EM(p.email(r, 'de'))} senden? Zur Identifikation: Geburtsdatum {DOB(fdate(gen_dob(r), 'de', 1))}, "
             "Bestellung vom 02.05.2025 über 89,80 €.",
             "",
             "Mit freundlichen Grüßen",
             P(p.full))


@scenario("de", True)
def de_wheelchair(r, k):
    u = new_used()
    p = person(r, "de", used=u)
    if k == 0:
        b = person(r, "de", used=u)
        wa = de_addr(r)
        return L("Sehr geehrte Damen und Herren,",
                 "",
                 f"ich sitze im Rollstuhl und möchte für das Konzert von Sundrift am {show_date(r, 'de')} einen "
                 "Rollstuhlplatz buchen. Laut Schwerbehindertenausweis (Merkzeichen B) darf eine Begleitperson kostenlos "
                 f"mit. Meine Begleitperson ist {P(b.full)}.",
                 f"Sie erreichen mich unter {PH(de_mobile(r, False))}.",
                 "",
                 "Freundliche Grüße",
                 P(p.full),
                 AD(wa.street),
                 f"{PC(wa.pc)} {wa.city}")
    return L(f"[11:40] {P(STAFF['lena'].first)} (Zaalvol): Guten Tag! Wie kann ich helfen?",
             "[11:41] Besucher: hallo, gibt es in Het Ketelhuis plätze für rollstuhlfahrer?",
             f"[11:41] {P(STAFF['lena'].first)} (Zaalvol): Ja, 6 Plätze mit je einem Begleiterplatz. Für welches Konzert?",
             f"[11:42] Besucher: kraakbeen im oktober. ich bin {P(p.full.lower())}, bitte rückruf unter "
             f"{PH(de_landline(r, r.choice(['221', '251', '2821'])))}",
             f"[11:43] {P(STAFF['lena'].first)} (Zaalvol): Notiert, wir rufen heute noch an.")


@scenario("de", True)
def de_b2b_vvk(r, k):
    u = new_used()
    c = person(r, "de", used=u)
    if k == 0:
        c2 = person(r, "de", used=u, sex="F")
        return L(f"Von: {P(c.full)} <{EM(fold(c.first).lower() + '.' + fold(c.last).lower().replace('-', '') + '@rheinkasse-vvk.de')}>",
                 "An: b2b@zaalvol.example",
                 "Betreff: Abrechnung Mai / neue Bankverbindung",
                 "",
                 f"Hallo {P(STAFF['sander'].first)}, hallo {P(STAFF['lena'].first)},",
                 "",
                 "anbei unsere Abrechnung für Mai (812 Tickets, Provision 893,20 €). Ab dem 01.07.2025 ändert sich unsere "
                 f"Bankverbindung: {IB(spaced(gen_iban(r, 'DE')))}. Unsere USt-IdNr. bleibt DE 318 447 120.",
                 f"Bei Rückfragen zur Abrechnung bitte an meine Kollegin {P(c2.full)}, Tel. {PH(de_landline(r, '221'))}.",
                 "",
                 "Beste Grüße",
                 P(c.full),
                 "Rheinkasse Vorverkauf GmbH · Amtsgericht Köln HRB 90412")
    return L("Gesprächsnotiz B2B – 04.06.2025",
             f"Anruf von {P(c.full)} (KartenKontor Münster GmbH), Handy {PH(de_mobile(r, True))}.",
             "Thema: Kontingent Polderklank (200 Weekendtickets) reicht nicht, Wunsch +80. Preis bleibt 219,00 € netto.",
             f"Zugesagt von {P(STAFF['sander'].first)}: +50, Rest ab 15.06. Lieferung über das B2B-Portal, Partner-ID DE-0417.")


@scenario("de", True)
def de_camping(r, k):
    u = new_used()
    p = person(r, "de", used=u)
    c = r.choice([x[0] for x in DE_CITIES])
    if k == 0:
        return L("Hallo Polderklank-Team,",
                 "",
                 "wir kommen mit dem Wohnmobil auf den Camperplatz (Buchung CP-2025-207). Das Kennzeichen hat sich "
                 f"geändert, neu ist {KT(gen_de_plate(r, c))} (vorher {KT(gen_de_plate(r, c))}). Können Sie das bitte im "
                 "System anpassen, damit die Schranke aufgeht?",
                 "",
                 "Danke und bis bald",
                 P(p.full))
    ppl = [person(r, "de", used=u) for _ in range(3)]
    return L("Gruppenanmeldung Camping Ost – Feld G (bitte Altersnachweis beachten)",
             "| Name | Geburtsdatum | Ticket |",
             "|---|---|---|",
             *[f"| {P(x.full)} | {DOB(fdate(gen_dob(r, 1995, 2006), 'de', 0))} | Weekend + Camping |" for x in ppl],
             "",
             f"Parken: ein Auto, {KT(gen_de_plate(r, c))}. Ansprechpartner: {P(ppl[0].first)}")


@scenario("de", True)
def de_crew(r, k):
    u = new_used()
    p = person(r, "de", used=u)
    a = de_addr(r)
    if k == 0:
        return L("Crew-Bewerbung Polderklank 2025",
                 f"Name: {P(p.full)}",
                 f"Geburtsdatum: {DOB(fdate(gen_dob(r, 1990, 2005), 'de', 0))}",
                 f"Anschrift: {AD(a.street)}, {PC(a.pc)} {a.city}",
                 f"Handy: {PH(de_mobile(r))}",
                 f"E-Mail: {EM(p.email(r, 'de'))}",
                 f"IBAN: {IB(gen_iban(r, 'DE'))}",
                 f"BSN (arbeite in Venlo, falls nötig): {BS(gen_bsn(r))}",
                 f"Personalausweis-Nr.: {ID(gen_de_doc(r))}",
                 "Bereich: Auf- und Abbau, Staplerschein vorhanden",
                 "Verfügbar: 09.06. bis 17.06.2025")
    return L(f"Hallo {P(STAFF['jasmijn'].first)},",
             "",
             "danke für die Zusage! Für den Vertrag: meine neue Anschrift ist "
             f"{AD(a.street)}, {PC(a.pc)} {a.city}, mein Konto ist {IB(spaced(gen_iban(r, 'DE')))}. Eine niederländische "
             "BSN habe ich nicht – reicht die deutsche Steuernummer auf der Rechnung?",
             "",
             "Viele Grüße",
             P(p.first))


@scenario("de", True)
def de_agent(r, k):
    u = new_used()
    ag = person(r, "de", used=u)
    if k == 0:
        return L(f"Von: {P(ag.full)} <{EM(fold(ag.first).lower() + '@tonwerk-booking.de')}>",
                 "An: bas@zaalvol.example",
                 "Betreff: Die Wellenbrecher – Zaal De Kolk – Gage",
                 "",
                 f"Hallo {P(STAFF['bas'].first)},",
                 "",
                 "die Gage (4.500,00 € netto, Reverse Charge) bitte bis 30.06. auf unser Konto "
                 f"{IB(spaced(gen_iban(r, 'DE')))} überweisen. Die Rechnung kommt heute noch per Post an Postbus 59120, "
                 "1040 LC Amsterdam.",
                 f"Am Showtag ist unser Tourmanager erreichbar unter {PH(de_mobile(r, True))}.",
                 "",
                 "Beste Grüße",
                 P(ag.first),
                 "",
                 f"{P(ag.full)} · Tonwerk Booking GmbH · Tel. {PH(de_landline(r, '221'))}")
    tm = person(r, "de", used=u)
    return L(f"Hi {P(ag.first)},",
             "",
             f"kurze Info: {'euer Tourmanager' if tm.sex == 'M' else 'eure Tourmanagerin'} {P(tm.full)} hat sich gestern bei uns gemeldet – der Nightliner kommt mit dem "
             f"Kennzeichen {KT(gen_de_plate(r, 'Köln'))}, bitte für die Zufahrt Tor 3 freischalten.",
             "",
             "Danke!",
             f"{P(STAFF['bas'].first)} (Zaalvol Events)")


@scenario("de", True)
def de_chat(r, k):
    u = new_used()
    p = person(r, "de", used=u)
    ln = P(STAFF["lena"].first)
    if k == 0:
        f = person(r, "de", used=u, sex="F")
        return L(f"[18:02] Besucher: hi, ich hab 2 tickets für mich und meine freundin {P(f.first.lower())} gekauft aber "
                 "nur 1 ist in der app",
                 f"[18:03] {ln} (Zaalvol): Hallo! Auf welchen Namen läuft die Bestellung?",
                 f"[18:03] Besucher: {P(p.full.lower())}",
                 f"[18:05] {ln} (Zaalvol): Danke. Das zweite Ticket muss noch an deine Freundin übertragen werden. Ihre E-Mail?",
                 f"[18:05] Besucher: {EM(f.email(r, 'de'))}",
                 f"[18:06] {ln} (Zaalvol): Erledigt ✅ Viel Spaß beim Konzert!")
    mu = person(r, "de", used=u, sex="F")
    return L(f"[09:15] {ln} (Zaalvol): Guten Morgen, wie kann ich helfen?",
             f"[09:16] Besucher: morgen! meine mutter hat tickets für mich gekauft, auf ihren namen ({P(mu.full)}). "
             "kann ich trotzdem rein?",
             f"[09:16] {ln} (Zaalvol): Ja, solange die Tickets nicht personalisiert sind. Bei Polderklank schon – dann bitte "
             "umschreiben lassen (2,50 €).",
             "[09:17] Besucher: ok danke 👍")


@scenario("de", True)
def de_name_change(r, k):
    u = new_used()
    p = person(r, "de", used=u)
    f = person(r, "de", used=u)
    if k == 0:
        return L("Hallo,",
                 "",
                 f"ich kann leider nicht zu Polderklank. Bitte schreibt mein Weekendticket auf "
                 f"{'meinen Kumpel' if f.sex == 'M' else 'meine Freundin'} {P(f.full)} "
                 f"um, geboren am {DOB(fdate(gen_dob(r, 1990, 2005), 'de', 1))}, E-Mail {EM(f.email(r, 'de'))}. Die "
                 "Gebühr von 2,50 € zahle ich gerne.",
                 f"Ticketnummer: {barcode(r)}",
                 "",
                 "Gruß",
                 P(p.first))
    na = de_addr(r)
    return L("Umschreibung – Formular",
             f"Bisheriger Inhaber: {P(p.rev)}",
             f"Neuer Inhaber: {P(f.rev)}",
             f"Geburtsdatum neuer Inhaber: {DOB(fdate(gen_dob(r, 1990, 2005), 'de', 2))}",
             f"Telefon neuer Inhaber: {PH(de_mobile(r, False))}",
             f"Anschrift neuer Inhaber: {AD(na.street)}, {PC(na.pc)} {na.city}",
             f"Ausweisnummer neuer Inhaber: {ID(gen_de_doc(r))}",
             "Bestätigt am 11.06.2025 um 14:22")


@scenario("de", True)
def de_letter_caps(r, k):
    u = new_used()
    p = person(r, "de", used=u)
    a = de_addr(r)
    if k == 0:
        return L("AN ZAALVOL TICKETS B.V.",
                 "VEEMKADE 41",
                 "1019 HK AMSTERDAM",
                 "NIEDERLANDE",
                 "",
                 "BESCHWERDE",
                 "",
                 "SEHR GEEHRTE DAMEN UND HERREN,",
                 "",
                 "ICH HABE AM 12. MAI ZWEI KARTEN FÜR DAS OSTWIND ORCHESTER PER TELEFON BESTELLT. DIE KARTEN SIND NIE "
                 "ANGEKOMMEN. ICH BITTE UM ZUSENDUNG ODER ERSTATTUNG.",
                 "",
                 "HOCHACHTUNGSVOLL",
                 P(p.caps),
                 AD(a.street.upper()),
                 f"{PC(a.pc)} {a.city.upper()}",
                 f"TEL. {PH(de_landline(r, a.area, False))}")
    return L("SEHR GEEHRTE FRAU " + P(STAFF['lena'].last.upper()) + ",",
             "",
             "VIELEN DANK FÜR IHREN ANRUF. WIE BESPROCHEN HIER MEINE BANKVERBINDUNG FÜR DIE ERSTATTUNG:",
             f"{IB(spaced(gen_iban(r, 'DE')))}, KONTOINHABER {P(p.caps)}.",
             "",
             "MIT FREUNDLICHEN GRÜSSEN",
             P(p.caps))


@scenario("de", True)
def de_card(r, k):
    u = new_used()
    p = person(r, "de", used=u)
    ca = de_addr(r)
    if k == 0:
        return L("Hallo,",
                 "",
                 "die Zahlung klappt nicht. Ich habe es mit meiner Mastercard versucht: "
                 f"{CC(gen_card(r, 'mc'))}, gültig bis 08/26. Rechnungsadresse: {AD(ca.street)}, {PC(ca.pc)} {ca.city}. "
                 "Können Sie die Tickets reservieren, bis es funktioniert?",
                 "",
                 "Danke",
                 P(p.full))
    return L(f"[20:41] Besucher: warum wird meine karte abgelehnt? {CC(gen_card(r, 'visa'))}",
             f"[20:42] {P(STAFF['lena'].first)} (Zaalvol): Bitte senden Sie niemals Ihre vollständige Kartennummer im Chat! "
             "Ich lasse die Nachricht löschen. Meist hilft 3-D Secure in der Banking-App zu bestätigen.",
             f"[20:44] Besucher: ok hat geklappt. danke, {P(STAFF['lena'].first)}!")


@scenario("de", True)
def de_forward(r, k):
    u = new_used()
    p = person(r, "de", used=u)
    if k == 0:
        return L(f"Von: {P(STAFF['lena'].full)} <lena.vogelsang@zaalvol.example>",
                 "An: klantenservice@zaalvol.example",
                 "Betreff: WG: Frage Erstattung",
                 "",
                 f"Hoi {P(STAFF['noor'].first)}, kun jij hier naar kijken? Klant spreekt alleen Duits, ik ben morgen vrij.",
                 "",
                 "-----Ursprüngliche Nachricht-----",
                 f"Von: {P(p.full)} <{EM(p.email(r, 'de'))}>",
                 "Gesendet: Montag, 16. Juni 2025 08:12",
                 "Betreff: Frage Erstattung",
                 "",
                 "Guten Tag, ich warte seit 6 Wochen auf die Erstattung für Lichtmast (Bestellung "
                 f"{order_nr(r)}). Bitte rufen Sie mich an: {PH(de_mobile(r, False))}.",
                 P(p.full))
    return L(f"Hallo {'Herr' if p.sex == 'M' else 'Frau'} {P(p.last)},",
             "",
             "vielen Dank für Ihre Geduld. Die Erstattung wurde heute veranlasst und ist in 3–5 Werktagen auf Ihrem Konto.",
             "",
             f"Mit freundlichen Grüßen",
             f"{P(STAFF['lena'].full)}, Kundenservice Deutschland",
             "Tel. +49 221 8873 4410",
             "",
             "> Op 10 jun. 2025 schreef klantenservice@zaalvol.example:",
             f"> Terugbetaling voor klant {P(p.full)} ({EM(p.email(r, 'de'))}) staat klaar in batch RB-2025-06-02.",
             f"> Groet, {P(STAFF['dirkjan'].first)}")


@scenario("de", True)
def de_volunteer(r, k):
    u = new_used()
    p = person(r, "de", used=u, sex="F")
    if k == 0:
        va = de_addr(r)
        return L("Helferanmeldung Polderklank 2025",
                 f"Name: {P(p.full)}",
                 f"Geburtsdatum: {DOB(fdate(gen_dob(r, 1970, 2006), 'de', 1))}",
                 f"Telefon: {PH(de_mobile(r))}",
                 f"E-Mail: {EM(p.email(r, 'de'))}",
                 f"Anschrift: {AD(va.street)}, {PC(va.pc)} {va.city}",
                 "Team: Infopunkt (Deutsch/Englisch)",
                 "Schichten: Fr 14–20 Uhr, Sa 10–16 Uhr")
    return L(f"Liebe {P(STAFF['astrid'].first)},",
             "",
             f"ich möchte wieder als Helferin dabei sein, diesmal zusammen mit meiner Nachbarin {P(person(r, 'de', used=u, sex='F').full)}. "
             "Wir hätten gern dieselben Schichten (Müllteam, Samstag). Meine Helfernummer vom letzten Jahr war H24-0612.",
             "",
             "Herzliche Grüße",
             P(p.first))


# --- German, without personal data -----------------------------------------------------------------
@scenario("de", False)
def de_free_order(r, k):
    if k == 0:
        return L("Vielen Dank für Ihre Bestellung bei Zaalvol Tickets!",
                 f"Bestellnummer: {order_nr(r)}",
                 f"Veranstaltung: Die Wellenbrecher – Zaal De Kolk, {show_date(r, 'de')}, Einlass 19:00 Uhr",
                 "2 × Stehplatz à 39,90 € + 2 × 2,95 € Servicegebühr = 85,70 €",
                 f"Zahlung: Kreditkarte (Visa **** 4417), Transaktions-ID {r.randint(10**11, 10**12 - 1)}",
                 f"Barcodes: {barcode(r, 18)}, {barcode(r, 18)}",
                 "Fragen? Kundenservice Deutschland: +49 (0)221 8873 4410")
    return L("Hallo, ich habe am Sonntag um 21:48 bestellt (Bestellnummer "
             f"{ref9_valid(r)}), aber keine Bestätigung bekommen. Abgebucht wurden 119,70 €. In der App steht nur "
             "\"Fehler 409\". Können Sie nachsehen? Danke!")


@scenario("de", False)
def de_free_autoreply(r, k):
    if k == 0:
        return L("Automatische Antwort",
                 "",
                 "Vielen Dank für Ihre Nachricht. Wegen der vielen Anfragen zu verschobenen Konzerten antworten wir "
                 "innerhalb von 5 Werktagen.",
                 "Erstattungen an Kundinnen und Kunden in Deutschland erfolgen von unserem Konto DE05 3705 0198 1034 5678 90.",
                 "Bitte senden Sie uns niemals Ihre Kartennummer oder Ihr Passwort.",
                 "",
                 "Zaalvol Tickets B.V. · Veemkade 41 · 1019 HK Amsterdam · Niederlande",
                 "Telefon: 0221 88734410 (Mo–Fr 10–16 Uhr) · KvK 70518342 · USt-IdNr. NL861204372B01")
    return L("Abwesenheitsnotiz: Der Kundenservice Deutschland ist vom 23.12. bis 02.01. nicht besetzt. In dringenden "
             "Fällen erreichen Sie uns per WhatsApp unter +31 6 4172 9058 (Antwort auf Niederländisch oder Englisch). "
             "Ihre Anfrage hat die Nummer DE-2025-12-0412.")


@scenario("de", False)
def de_free_abrechnung(r, k):
    if k == 0:
        return L("Abrechnung Vorverkauf – Mai 2025 – Partner-ID DE-0417",
                 "Verkaufte Tickets: 812",
                 "Umsatz brutto: 32.480,00 €",
                 "Provision 2,75 %: 893,20 €",
                 f"Belegnummer: {ref9_valid(r)}",
                 f"Rechnungsnummer: {ref9_invalid(r)}",
                 "Zahlbar innerhalb von 14 Tagen an Zaalvol Tickets B.V., DE05370501981034567890.")
    return L("| Veranstaltung | Datum | Kontingent | verkauft | Rest |",
             "|---|---|---:|---:|---:|",
             "| Die Wellenbrecher | 14.03.2026 | 300 | 288 | 12 |",
             "| Ostwind Orchester | 20.12.2025 | 150 | 97 | 53 |",
             "| Polderklank Weekend | 12.–15.06.2025 | 200 | 200 | 0 |",
             "Stand: 04.06.2025, 08:00 Uhr")


@scenario("de", False)
def de_free_app(r, k):
    if k == 0:
        return L("Hallo, die App stürzt beim Öffnen der Tickets ab. iPhone 12, iOS 17.4.1, App-Version 5.12.2. "
                 "Neuinstallation hat nicht geholfen, 2048 MB Speicher sind frei. Fehlermeldung: Code 0x1F4 / TKT-500.")
    return L("Fehlermeldung Webshop",
             "Browser: Firefox 126.0.1, Windows 10",
             "Warteschlange: Position 12.204, dann \"Session abgelaufen\" (Code Q-440)",
             "Router neu gestartet (192.168.178.1), kein Unterschied.")


@scenario("de", False)
def de_free_anreise(r, k):
    if k == 0:
        return L("Anreise Polderklank aus Deutschland",
                 "- Mit dem Auto: A3 bis Arnheim, dann A12/A6 Richtung Lelystad, Ausfahrt 12. Navi: Zanddijk 7, 8253 PK "
                 "Dronten.",
                 "- Parken: P3 (15,00 € pro Tag) oder P5 für Wohnmobile (35,00 € fürs Wochenende)",
                 "- Shuttlebus ab Bahnhof Lelystad alle 10 Minuten, 4,50 € pro Fahrt",
                 "- Einlass Freitag ab 12:00 Uhr, Camping ab Donnerstag 14:00 Uhr")
    return L("Hallo, dürfen wir mit einem Anhänger (750 kg, 4 m) auf P5? Wir kommen am Donnerstag gegen 16:30 Uhr an. "
             "Buchungsnummer Parken: PK-2025-0883. Danke!")


@scenario("de", False)
def de_free_social(r, k):
    if k == 0:
        return L("Was für ein Abend mit Die Wellenbrecher in Amsterdam 🤩 Danke @ZaalvolTickets für den schnellen "
                 "Einlass! #wellenbrecher #konzert")
    return L("@polderklankfest gibt es dieses Jahr wieder den Shuttle ab Köln? Letztes Jahr 29 € hin und zurück, Abfahrt "
             "7:30 am Breslauer Platz 🚌 #polderklank2025",
             "",
             "@polderklankfest: Ja! Buchung ab 1. Mai über zaalvol.example/shuttle 🚌")


@scenario("de", False)
def de_free_lost_found(r, k):
    if k == 0:
        return L("Fundsachen Polderklank – Stand Montag",
                 "- 3 Personalausweise (werden an die Gemeinde Dronten übergeben)",
                 "- 41 Handys, 12 Schlüsselbunde, 1 Zelt (Quechua 2 Seconds, Feld G)",
                 "- Bankkarten werden nach 14 Tagen vernichtet",
                 "Abholung/Versand über zaalvol.example/fundbuero, Versand 7,95 € innerhalb der EU.")
    return L("Hallo, ich habe am Samstag meine Jacke an der Garderobe vergessen (Marke 0412, Reihe D). Schwarze "
             "Regenjacke mit Festivalbändchen am Reißverschluss. Können Sie sie schicken? Versandkosten übernehme ich.")


# ================================================================================================
# self test: validators against the reference's vectors, organisation data, generators
# ================================================================================================
class Fail(Exception):
    pass


def self_test():
    n = 0
    errors = []

    def chk(cond, what):
        nonlocal n
        n += 1
        if not cond:
            errors.append(what)

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303",
              "103349856", "044126396", "656412689", "460455977", "879119330", "999999990", "111111110"]:
        chk(bsn_ok(v), f"bsn valid {v}")
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        chk(not bsn_ok(v), f"bsn invalid {v}")
    chk(bank11_ok("123456789") and not bsn_ok("123456789"), "bank-11 trap")
    chk(bank11_ok("999999990") and bsn_ok("999999990"), "ends in 0 passes both")
    chk(onderwijs_ok("101222331") and not onderwijs_ok("100252333"), "onderwijsnummer")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "NL20INGB0001234567", "BE71 0961 2345 6769",
              "DE89370400440532013000", "FR1420041010050500013M02606", "nl91abna0417164300",
              "NL91\u00a0ABNA 0417 1643 00"]:
        chk(iban_ok(v), f"iban valid {v}")
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL00ABNA0417164300", "BE71096123456768"]:
        chk(not iban_ok(v), f"iban invalid {v}")
    chk(make_iban("NL", "ABNA0417164300") == "NL91ABNA0417164300", "iban check digits")
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "0111-123456", "(020) 123 45 67",
              "085 123 4567", "091 123 4567", "088 123 4567", "06 12345678", "06 1234 5678", "06-12 34 56 78",
              "06 - 123 456 78", "0612345678", "(06) 12345678", "+31 6 12345678", "+316-12345678",
              "+31 (0) 6-123 456 78", "+31 0 6 12345678", "0031 6 1234 5678", "+31(0)20-1234567",
              "0031-(0)20-1234567", "+31-20-1234567", "+31.20.123.45.67", "020/1234567",
              "+32 470 12 34 56", "0470 12 34 56", "02 511 22 33", "09 265 12 34", "050 44 86 86",
              "+49 30 12345678", "0151 23456789", "+49 (0)221 1234567", "0049 171 1234567",
              "07700 900123", "+44 7700 900123", "0113 496 0123", "020 7946 0123"]:
        chk(phone_ok(v), f"phone valid {v}")
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "069 1234567",
              "020-123456", "012-3456789", "12-03-2024", "0123456789"]:
        chk(not phone_ok(v, ["31"]), f"NL phone invalid {v}")
    for v in ["+32 470 12 34 5", "02 123 45 67", "09 123 45 67"]:
        chk(not phone_ok(v, ["32"]), f"BE phone invalid {v}")
    chk(not phone_ok("+49 151 234", ["49"]), "DE phone invalid")
    for v in ["12-03-2024", "0123456789", "+33 1 23 45 67 89"]:
        chk(not phone_ok(v), f"phone invalid in every plan {v}")
    for v in ["1012 AB", "1012AB", "1012 ab", "NL-2611ET", "9999 ZZ", "1000 AA"]:
        chk(nl_postcode_ok(v), f"postcode valid {v}")
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        chk(not nl_postcode_ok(v), f"postcode invalid {v}")
    for v in ["LS6 2QT", "M20 3HG", "SE15 4QL", "EH9 1HN"]:
        chk(uk_postcode_ok(v), f"uk postcode {v}")
    chk(be_postcode_ok("9000") and not be_postcode_ok("0900"), "be postcode")
    chk(de_postcode_ok("50667") and de_postcode_ok("01067") and not de_postcode_ok("00999"), "de postcode")
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        chk(nl_doc_ok(v), f"docnr valid {v}")
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        chk(not nl_doc_ok(v), f"docnr invalid {v}")
    chk(bool(NL_VRB_RE.fullmatch("III-V123AL568")), "verblijfsdocument")
    for v in ["AB-12-34", "12-34-XY", "12-AB-34", "GB-12-DF", "XB-PK-12", "12-DF-GH", "12-GBX-3", "1-KBB-12",
              "VB-123-X", "G-123-BB", "GBB-12-X", "G-12-BBB", "1-BB-123", "123-BB-1", "GBB12X", "gb12df", "GB 12 DF"]:
        chk(kenteken_ok(v), f"kenteken valid {v}")
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        chk(not kenteken_ok(v), f"kenteken invalid {v}")
    for v in ["K-AB 1234", "D-TR 904", "BOR-NR 527", "KLE-X 12"]:
        chk(plate_ok(v), f"de plate {v}")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        chk(btw_mod97_ok(v), f"btw mod97 {v}")
    chk(ob_nummer_ok("NL004495445B01"), "OB-nummer")
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL12345678B01"]:
        chk(not btw_mod97_ok(v) and not ob_nummer_ok(v), f"btw invalid {v}")
    for v in ["NL123456789B01", "NL111234567B01"]:
        chk(not btw_mod97_ok(v) and not ob_nummer_ok(v), f"btw neither {v}")
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "30569309025904", "6759649826438453", "3782 822463 10005"]:
        chk(card_ok(v), f"card valid {v}")
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        chk(not card_ok(v), f"card invalid {v}")
    chk(luhn_ok("490154203237518"), "IMEI trap is Luhn-valid")
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM",
              "info@bakkerij-de-groot.frl"]:
        chk(email_ok(v), f"email valid {v}")
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld", "icon@2x.png"]:
        chk(not email_ok(v), f"email invalid {v}")
    chk(ip_ok("8.8.8.8") and ip_ok("84.27.153.201"), "public ipv4")
    for v in ["192.168.1.10", "10.20.4.17", "127.0.0.1", "256.1.1.1", "010.001.001.001", "2001:db8::1", "::1",
              "2001:db8:::1", "1::2::3", "00:1A:2B:3C:4D:5E", "12:30:45", "203.0.113.5"]:
        chk(not ip_ok(v), f"not a public ip {v}")
    for v in ["12-03-1985", "5 mei 1960", "1-4-1990", "03/07/1979", "29.02.1992", "17 okt. 2001", "1985-03-12",
              "March 12, 1985", "3. April 1998", "12 March 1990"]:
        chk(dob_ok(v), f"dob valid {v}")
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999", "12-03-2031"]:
        chk(not dob_ok(v), f"dob invalid {v}")
    chk(be_eid_ok("592-1234567-02") is (int("5921234567") % 97 == 2), "be eid rule")
    # the organisation's own data is valid for its kind (so a detector must use the allowlist)
    for ib in ORG["ibans"]:
        chk(iban_ok(ib), f"org iban {ib}")
    for ph in ORG["phones"][:4]:
        chk(phone_ok(ph), f"org phone {ph}")
    chk(ob_nummer_ok(ORG["btw"][0]) and bsn_ok(ORG["btw"][0][2:11]), "org btw is RSIN-based, digits pass elfproef")
    chk(kvk_ok(ORG["kvk"][0]), "org kvk")
    for a in ORG["addresses"]:
        pc = re.search(r"\d{4} [A-Z]{2}", a).group(0)
        chk(nl_postcode_ok(pc), f"org postcode {pc}")
    for f in ORG_FORMS:
        if re.fullmatch(r"[+\d][\d ()+\-/]+", f) and len(re.sub(r"\D", "", f)) >= 9 and not f.startswith("8612") \
                and f not in ("861204372", "NL52ABNA0583194276") and "0800" not in f:
            chk(phone_ok(f) or iban_ok(f) or bsn_ok(f), f"org form valid {f}")
    # generators
    g = random.Random(f"{SEED}:selftest")
    for _ in range(300):
        chk(bsn_ok(gen_bsn(g)), "gen bsn")
        chk(not bsn_ok(ref9_invalid(g)), "gen ref9 invalid")
        for cc in ("NL", "BE", "DE", "GB", "IE"):
            chk(iban_ok(gen_iban(g, cc)), f"gen iban {cc}")
        for kd in ("visa", "mc", "mc2", "amex"):
            chk(card_ok(gen_card(g, kd)), f"gen card {kd}")
        chk(phone_ok(nl_mobile(g)), "gen nl mobile")
        c = g.choice(NL_CITIES)
        chk(phone_ok(nl_landline(g, c[3])), f"gen nl landline {c[3]}")
        chk(phone_ok(be_mobile(g)), "gen be mobile")
        bc = g.choice(BE_CITIES)
        chk(phone_ok(be_landline(g, bc[2])), f"gen be landline {bc[2]}")
        chk(phone_ok(de_mobile(g)), "gen de mobile")
        dc = g.choice(DE_CITIES)
        chk(phone_ok(de_landline(g, dc[3])), f"gen de landline {dc[3]}")
        chk(phone_ok(uk_mobile(g)) and phone_ok(uk_landline(g, g.choice(["113", "161", "117", "131", "20"]))), "uk")
        chk(kenteken_ok(gen_kenteken(g)), "gen kenteken")
        chk(plate_ok(gen_de_plate(g, dc[0])), "gen de plate")
        chk(nl_doc_ok(gen_nl_doc(g, "N")) and nl_doc_ok(gen_nl_doc(g, "I")), "gen nl doc")
        chk(bool(NL_VRB_RE.fullmatch(gen_vrb(g))), "gen vrb")
        chk(de_doc_ok(gen_de_doc(g)), "gen de doc")
        chk(be_eid_ok(gen_be_eid(g)), "gen be eid")
        chk(btw_id_ok(gen_btw(g)), "gen btw")
        chk(ob_nummer_ok(gen_ob(g)), "gen ob")
        chk(kvk_ok(gen_kvk(g)), "gen kvk")
        chk(ip_ok(gen_ipv4(g)) and ip_ok(gen_ipv6(g)), "gen ip")
        a = nl_addr(g)
        chk(address_ok(a.street) and nl_postcode_ok(a.pc), f"gen nl addr {a.street} {a.pc}")
        a = be_addr(g)
        chk(address_ok(a.street) and be_postcode_ok(a.pc), f"gen be addr {a.street}")
        a = de_addr(g)
        chk(address_ok(a.street) and de_postcode_ok(a.pc), f"gen de addr {a.street}")
        a = uk_addr(g)
        chk(address_ok(a.street) and uk_postcode_ok(a.pc), f"gen uk addr {a.street} {a.pc}")
        chk(address_ok(nl_addr(g).street.upper()), "caps address")
        d = gen_dob(g)
        for lang in ("nl", "en", "de"):
            for st in (0, 1, 2, 3, 4):
                chk(dob_ok(fdate(d, lang, st)) and parse_date(fdate(d, lang, st)) == d, f"fdate {lang} {st}")
        chk(not card_ok(barcode(g)) and not card_ok(barcode(g, 18)), "barcode is not a card")
        chk(not card_ok(imei(g)) and luhn_ok(imei(g)), "imei trap")
        chk(luhn_ok(imei(g)), "imei luhn")
    if errors:
        raise Fail("self test failed: " + "; ".join(errors[:20]) + f" (+{max(0, len(errors) - 20)} more)")
    return n


# ================================================================================================
# audit
# ================================================================================================
BIRTH_RE = re.compile(r"geboren|geb\.|geboortedatum|date of birth|date_of_birth|\bdob\b|\bborn\b|geburtsdatum",
                      re.I)
REF_RE = re.compile(r"bestel|order|factuur|invoice|rechnung|beleg|referent|reference|kenmerk|transact|batch|"
                    r"debiteur|ticket|barcode|vorgang|auftrag|listing|positi", re.I)
DOC_WORD_RE = re.compile(r"paspoort|passport|id-kaart|identiteitskaart|documentnummer|personalausweis|ausweisnummer|"
                         r"residence permit|residence document|verblijfs|id card", re.I)
VERSION_RE = re.compile(r"(firmware|fw|version|versie|build|release|v)\s*$", re.I)
TUSSEN = {"van", "de", "der", "den", "het", "'t", "te", "ter", "ten", "in", "op", "von", "zu", "el", "al", "ait", "du",
          "da", "van't"}
NAME_TOKEN_EXEMPT = {"Große"}
LOWER_EXEMPT = {"elke", "bas", "merel", "lama", "jasmijn", "noor", "lore", "große"}   # also ordinary words
STREET_NAMES = sorted(set(NL_STREETS + BE_STREETS + DE_STREETS + UK_STREETS + ["Lindenstrasse"]), key=len, reverse=True)
PHONE_NAT_RE = re.compile(r"(?<![\w+/.,-])\(?0\d{1,4}\)?(?:[ \-/]{1,3}|\) ?)?\d(?:[ \-/]?\d){4,10}(?![\d])")
TABLE_WORDS = {"DATE_OF_BIRTH": re.compile(r"geboortedatum|date_of_birth|date of birth|geburtsdatum", re.I),
               "KVK": re.compile(r"\bkvk\b", re.I)}
POSTCODE_NEG = {"2048 MB", "1024 KB", "2019 EN"}
KENTEKEN_NEG = {"TS-24-XL", "TS-24-LM", "HD-25-XL", "PT-01-NB"}
IP_NEG = {"1.1.1.1"}


def audit(records, meta):
    errs = []
    seen = set()
    for rec, (name, lang, pii, k, nps) in zip(records, meta):
        text, spans = rec["text"], rec["spans"]
        rid = rec["id"]

        def err(msg):
            errs.append(f"{rid} ({name}/{k}): {msg}")

        if text in seen:
            err("duplicate text")
        seen.add(text)
        if bool(spans) != pii:
            err(f"has spans = {bool(spans)} but scenario pii = {pii}")
        b = text.encode("utf-8")
        prev_end = -1
        char_spans = []
        for sp in spans:
            s, e, lab = sp["start"], sp["end"], sp["label"]
            if lab not in LABELS:
                err(f"unknown label {lab}")
            if s < prev_end:
                err("overlapping or unsorted spans")
            prev_end = e
            try:
                val = b[s:e].decode("utf-8")
                cs = len(b[:s].decode("utf-8"))
            except UnicodeDecodeError:
                err(f"span {s}-{e} not on a character boundary")
                continue
            char_spans.append((cs, cs + len(val), lab, val))
            lead = r"[.,;:!?)\"'«»\-]" if lab == "PHONE" else r"[.,;:!?()\"'«»\-]"
            if val != val.strip() or re.match(lead, val) or re.search(r"[,;:!?()\"'«»\-]$", val):
                err(f"whitespace/punctuation at span edge: {val!r}")
            if not VALIDATORS[lab](val):
                err(f"{lab} value fails its validator: {val!r}")
        # masked copy of the text: spans, NP strings and organisation data replaced by NUL
        mask = list(text)
        for cs, ce, _, _ in char_spans:
            for i in range(cs, ce):
                mask[i] = "\0"
        for cs, ce in nps:
            for i in range(cs, ce):
                mask[i] = "\0"
        for form in ORG_FORMS + ORG["names"] + ORG["handles"]:
            for mo in re.finditer(re.escape(form), text):
                for cs, ce, lab, val in char_spans:
                    if mo.start() < ce and cs < mo.end() and not (lab == "PERSON" and form in ORG["names"] and False):
                        err(f"organisation data {form!r} inside a {lab} span")
                for i in range(mo.start(), mo.end()):
                    mask[i] = "\0"
        for mo in EMAIL_RE.finditer(text):
            dom = mo.group(0).split("@")[1].lower()
            if any(dom == d or dom.endswith("." + d) for d in ORG["domains"]):
                for i in range(mo.start(), mo.end()):
                    mask[i] = "\0"
        scan = "".join(mask)
        in_span = lambda a, z: any(cs <= a and z <= ce for cs, ce, _, _ in char_spans) or \
            any(cs <= a and z <= ce for cs, ce in nps)
        # DOB needs birth context before it
        for cs, ce, lab, val in char_spans:
            if lab == "DATE_OF_BIRTH" and not BIRTH_RE.search(text[max(0, cs - 400):cs]):
                err(f"DATE_OF_BIRTH without a birth word before it: {val!r}")
        # every repeat of a labelled value is labelled
        for cs, ce, lab, val in char_spans:
            if len(val) < 3:
                continue
            pat = (r"(?<!\w)" + re.escape(val) + r"(?!\w)") if lab == "PERSON" else re.escape(val)
            for mo in re.finditer(pat, text):
                if not in_span(mo.start(), mo.end()):
                    err(f"repeat of labelled {lab} {val!r} not labelled")
        # names: tokens of labelled persons, and every name of the inline lists, never unlabelled
        toks = set()
        for cs, ce, lab, val in char_spans:
            if lab == "PERSON":
                for t in re.split(r"[\s,]+", val):
                    parts = [t] + (t.split("-") if "-" in t else [])
                    for q in parts:
                        if "." in q or q.lower() in TUSSEN or len(q) < 3:
                            continue
                        toks.add(q)
        forms = set()
        for t in toks | (ALL_NAME_TOKENS - NAME_TOKEN_EXEMPT):
            forms.update([t, t.upper()])
            if t.lower() not in LOWER_EXEMPT:
                forms.add(t.lower())
        for t in forms:
            for mo in re.finditer(r"(?<![\w'@])" + re.escape(t) + r"(?![\w'])", scan):
                err(f"name token {t!r} unlabelled at {mo.start()}: {text[max(0, mo.start() - 20):mo.end() + 20]!r}")
        # e-mail addresses
        for mo in EMAIL_RE.finditer(scan):
            dom = mo.group(0).split("@")[1].lower()
            if not any(dom == d or dom.endswith("." + d) for d in ORG["domains"]):
                err(f"unlabelled e-mail {mo.group(0)!r}")
        # IBANs (compact, spaced, NBSP, any case)
        for mo in re.finditer(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}", scan):
            cc = mo.group(0)[:2].upper()
            if cc not in IBAN_LEN:
                continue
            comp, i = "", mo.start()
            while i < len(scan) and len(comp) < 34:
                ch = scan[i]
                if ch.isalnum():
                    comp += ch
                elif ch in " \u00a0" and i + 1 < len(scan) and scan[i + 1].isalnum():
                    pass
                else:
                    break
                if len(comp) == IBAN_LEN[cc] and iban_ok(comp):
                    err(f"unlabelled valid IBAN {comp}")
                i += 1
        # cards
        for mo in re.finditer(r"(?<!\d)\d(?:[ \-]?\d){11,22}(?!\d)", scan):
            groups = re.split(r"[ \-]", mo.group(0))
            for a in range(len(groups)):
                for z in range(a + 1, len(groups) + 1):
                    d = "".join(groups[a:z])
                    if 12 <= len(d) <= 19 and card_ok(d):
                        err(f"unlabelled card-valid number {d}")
        # BSN-shaped numbers passing the elfproef
        for mo in re.finditer(r"(?<![\w.,])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}([ .\-])\d{3}\2\d{3}|\d{2}\.\d{2}\.\d{2}\.\d{3})"
                              r"(?![\w]|[.,]\d)", scan):
            if bsn_ok(mo.group(1)):
                line_start = scan.rfind("\n", 0, mo.start()) + 1
                before = text[max(line_start, mo.start() - 40):mo.start()]
                if not REF_RE.search(before):
                    err(f"unlabelled elfproef-valid number {mo.group(1)!r} without a reference word")
        for mo in re.finditer(r"(?i)(?<![\w])(?:NL ?)?\d{9} ?B\d{2}(?!\w)", scan):
            if btw_mod97_ok(mo.group(0).replace(" ", "")) or ob_nummer_ok(mo.group(0).replace(" ", "")):
                err(f"unlabelled btw/OB number {mo.group(0)}")
        # phones: NL mobiles in any form, and any international number
        for mo in re.finditer(r"(?<![\d+])(?:(?:\+31|0031)[\s\-.]?(?:\(0\)[\s\-]?)?|0)6(?:[\s\-.]?\d){8}(?!\d)", scan):
            if phone_ok(mo.group(0)):
                err(f"unlabelled NL mobile {mo.group(0)!r}")
        for mo in re.finditer(r"(?<![\w+])(?:\+|00)\d{2}[\d\s\-./()]{6,20}\d", scan):
            cand = mo.group(0)
            while cand:
                if phone_ok(cand):
                    err(f"unlabelled international phone {cand!r}")
                    break
                cand = re.sub(r"[\s\-./()]*\d$", "", cand) if len(re.sub(r"\D", "", cand)) > 9 else ""
        # postcodes (upper case), public IPs, KvK numbers, kentekens, documents
        for mo in re.finditer(r"(?<![\w])([1-9]\d{3} ?[A-Z]{2})(?![\w])", scan):
            if nl_postcode_ok(mo.group(1)) and mo.group(1) not in POSTCODE_NEG:
                err(f"unlabelled NL postcode {mo.group(1)!r}")
        for mo in re.finditer(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d]|\.\d)", scan):
            if ip_ok(mo.group(1)) and not VERSION_RE.search(scan[max(0, mo.start() - 25):mo.start()]) \
                    and mo.group(1) not in IP_NEG:
                err(f"unlabelled public IPv4 {mo.group(1)}")
        for mo in re.finditer(r"(?<![\w:])([0-9a-fA-F]{1,4}(?:::?[0-9a-fA-F]{1,4}){2,7}(?:::)?)(?![\w:])", scan):
            if ip_ok(mo.group(1)):
                err(f"unlabelled public IPv6 {mo.group(1)}")
        for mo in re.finditer(r"(?i)(kvk|chamber of commerce|kamer van koophandel|handelsregister)[^\n\d]{0,20}(\d{8})(?!\d)",
                              scan):
            err(f"unlabelled KvK number {mo.group(2)}")
        for mo in re.finditer(r"(?<![\w\-])([A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,3})(?![\w\-])", scan):
            if kenteken_ok(mo.group(1)) and mo.group(1) not in KENTEKEN_NEG:
                err(f"unlabelled kenteken-shaped {mo.group(1)!r}")
        for mo in DOC_WORD_RE.finditer(scan):
            tail = scan[mo.end():mo.end() + 75].split("\n")[0]
            for t in re.findall(r"[A-Z0-9][A-Z0-9\-]{7,13}", tail):
                if nl_doc_ok(t) or NL_VRB_RE.fullmatch(t) or de_doc_ok(t) or re.fullmatch(r"\d{9}", t) or be_eid_ok(t):
                    err(f"unlabelled document number {t!r} after {mo.group(0)!r}")
        # national phone numbers (NL/BE/DE/UK) outside spans
        for mo in PHONE_NAT_RE.finditer(scan):
            cand = mo.group(0)
            if re.search(r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}", cand):
                continue
            if phone_ok(cand):
                err(f"unlabelled national phone {cand!r}")
        # streets of the inline lists followed by a house number
        low = scan.lower()
        for st in STREET_NAMES:
            for mo in re.finditer(re.escape(st.lower()) + r"\s+\d", low):
                err(f"unlabelled street + number {scan[mo.start():mo.end() + 6]!r}")
        for st in UK_STREETS:
            for mo in re.finditer(r"(?<![\w])\d{1,4}[a-z]? " + re.escape(st), scan):
                err(f"unlabelled UK address {mo.group(0)!r}")
        for mo in re.finditer(r"\bPLZ\b[^\n\d]{0,10}(\d{5})", scan):
            err(f"unlabelled PLZ {mo.group(1)!r}")
        # the postcode after (or on the line after) an address, and UK postcodes anywhere
        for cs, ce, lab, val in char_spans:
            if lab == "ADDRESS":
                mo = re.match(r"(?:,? *|\r?\n)(?:[A-Za-zäöü]+ )?\(?([1-9]\d{3,4}|[1-9]\d{3} ?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})\b",
                              scan[ce:ce + 40])
                if mo:
                    err(f"unlabelled postcode {mo.group(1)!r} after address {val!r}")
        for mo in re.finditer(r"(?<![\w])[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}(?![\w])", scan):
            err(f"unlabelled UK postcode {mo.group(0)!r}")
        # plates: DE Kennzeichen, compact and spaced kentekens
        for mo in re.finditer(r"(?<![\w-])" + DE_KZ_RE.pattern + r"(?![\w])", scan):
            err(f"unlabelled German plate {mo.group(0)!r}")
        for mo in re.finditer(r"(?<![\w-])(?=([A-Za-z0-9]{1,3}[ \-]?[A-Za-z0-9]{1,3}[ \-]?[A-Za-z0-9]{1,3})(?![\w-]))", scan):
            c = mo.group(1)
            comp = re.sub(r"[ \-]", "", c)
            if len(comp) == 6 and re.search(r"\d", comp) and re.search(r"[A-Za-z]", comp) and kenteken_ok(c) \
                    and c not in KENTEKEN_NEG and (c == c.upper() or (c == c.lower() and c == comp)):
                err(f"unlabelled kenteken-shaped {c!r}")
        # tables whose header names a birth date or KvK column: every such value in the rows is labelled
        lines = scan.split("\n")
        for li, line in enumerate(lines):
            for lab, wre in TABLE_WORDS.items():
                if wre.search(line) and re.search(r"[;,|]", line):
                    for row in lines[li + 1:]:
                        if not row.strip():
                            break
                        if lab == "DATE_OF_BIRTH":
                            for dm in re.finditer(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{2}-\d{2}", row):
                                if parse_date(dm.group(0)):
                                    err(f"unlabelled date in a birth-date table: {dm.group(0)!r}")
                        else:
                            for dm in re.finditer(r"(?<!\d)\d{8}(?!\d)", row):
                                err(f"unlabelled 8-digit number in a KvK table: {dm.group(0)!r}")
        # unlabelled dates after birth words
        for mo in BIRTH_RE.finditer(scan):
            tail = scan[mo.end():mo.end() + 60].split("\n")[0].split("\0")[0]
            for dm in re.finditer(r"\d{1,2}[-/. ]\d{1,2}[-/. ]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [A-Za-zä]+\.? \d{4}|"
                                  r"[A-Z][a-z]+ \d{1,2}, \d{4}", tail):
                if parse_date(dm.group(0)):
                    err(f"unlabelled date after a birth word: {dm.group(0)!r}")
    return errs


# ================================================================================================
# build
# ================================================================================================
CRLF = {("nl_letter_caps", 0), ("de_letter_caps", 1), ("en_agent_booking", 0), ("nl_artist_agent", 1),
        ("de_b2b_vvk", 0), ("en_refund_uk", 0)}


def build():
    per_lang = {"nl": [], "en": [], "de": []}
    for name, lang, pii, f in SCENARIOS:
        for k in (0, 1):
            r = random.Random(f"{SEED}:{name}:{k}")
            marked = f(r, k)
            if (name, k) in CRLF:
                marked = marked.replace("\n", "\r\n")
            text, spans, nps = render(marked)
            per_lang[lang].append((name, lang, pii, k, text, spans, nps))
    records, meta = [], []
    prefix = {"nl": "nl", "en": "en", "de": "de"}
    for lang in ("nl", "en", "de"):
        items = per_lang[lang]
        random.Random(f"{SEED}:order:{lang}").shuffle(items)
        for i, (name, lang_, pii, k, text, spans, nps) in enumerate(items, 1):
            bspans = [{"start": byte_off(text, cs), "end": byte_off(text, ce), "label": lab}
                      for cs, ce, lab, _ in sorted(spans)]
            records.append({"id": f"h39-{prefix[lang]}-{i:03d}", "lang": lang, "text": text, "spans": bspans})
            meta.append((name, lang, pii, k, nps))
            for (cs, ce, lab, val), bs in zip(sorted(spans), bspans):
                assert text.encode("utf-8")[bs["start"]:bs["end"]].decode("utf-8") == val
    return records, meta


def serialise(records):
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records).encode("utf-8")


def stats(records, meta):
    out = []
    langs = {"nl": 0, "en": 0, "de": 0}
    free = {"nl": 0, "en": 0, "de": 0}
    per = {lab: {"nl": 0, "en": 0, "de": 0} for lab in LABELS}
    for rec in records:
        langs[rec["lang"]] += 1
        if not rec["spans"]:
            free[rec["lang"]] += 1
        for sp in rec["spans"]:
            per[sp["label"]][rec["lang"]] += 1
    nfree = sum(free.values())
    lens = sorted(len(r["text"].encode()) for r in records)
    out.append(f"messages: nl {langs['nl']}, en {langs['en']}, de {langs['de']} = {len(records)}")
    out.append(f"without personal data: {nfree} (nl {free['nl']}, en {free['en']}, de {free['de']}) = "
               f"{100 * nfree / len(records):.1f} %")
    out.append(f"length {lens[0]}-{lens[-1]} bytes, median {lens[len(lens) // 2]}; "
               f"non-ASCII texts {sum(1 for r in records if not r['text'].isascii())}; "
               f"with 4-byte emoji {sum(1 for r in records if any(ord(c) > 0xFFFF for c in r['text']))}; "
               f"CRLF {sum(1 for r in records if chr(13) in r['text'])}; "
               f"NBSP {sum(1 for r in records if chr(0xa0) in r['text'])}")
    out.append("| label | nl | en | de | total |")
    out.append("|---|---:|---:|---:|---:|")
    tot = {"nl": 0, "en": 0, "de": 0}
    for lab in LABELS:
        c = per[lab]
        for l in tot:
            tot[l] += c[l]
        out.append(f"| `{lab}` | {c['nl']} | {c['en']} | {c['de']} | {sum(c.values())} |")
    out.append(f"| total | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")
    return "\n".join(out), langs, nfree


def main():
    args = sys.argv[1:]
    n = self_test()
    records, meta = build()
    data = serialise(records)
    digest = hashlib.sha256(data).hexdigest()
    if "--digest" in args:
        print(digest)
        return 0
    errs = audit(records, meta)
    # read back the serialised bytes and re-slice every span
    for line, rec in zip(data.decode("utf-8").splitlines(), records):
        back = json.loads(line)
        tb = back["text"].encode("utf-8")
        for sp in back["spans"]:
            tb[sp["start"]:sp["end"]].decode("utf-8")
        if back != rec:
            errs.append(f"{rec['id']}: JSON round trip differs")
    try:
        import tomllib
        with open(os.path.join(HERE, "pii-scrubber.toml"), "rb") as fh:
            if tomllib.load(fh).get("organisation") != ORG:
                errs.append("pii-scrubber.toml [organisation] differs from ORG in make.py")
    except FileNotFoundError:
        errs.append("pii-scrubber.toml missing")
    st, langs, nfree = stats(records, meta)
    if langs != {"nl": 60, "en": 50, "de": 40}:
        errs.append(f"language counts {langs}")
    if nfree / len(records) < 0.35:
        errs.append(f"PII-free share {nfree}/{len(records)} < 35 %")
    # determinism across hash seeds (runs this script again in --digest mode; writes nothing)
    if "--no-seedcheck" not in args:
        import subprocess
        for hs in ("0", "99", "12345"):
            env = dict(os.environ, PYTHONHASHSEED=hs)
            d2 = subprocess.run([sys.executable, "-B", os.path.abspath(__file__), "--digest"], env=env,
                                capture_output=True, text=True, check=True).stdout.strip()
            if d2 != digest:
                errs.append(f"output differs with PYTHONHASHSEED={hs}")
    print(f"self test: {n} checks passed")
    print(st)
    if errs:
        print(f"AUDIT FAILED ({len(errs)} problems); gold.jsonl NOT written:", file=sys.stderr)
        for e in errs[:80]:
            print("  " + e, file=sys.stderr)
        return 1
    print("audit: passed")
    if "--check" in args:
        print(f"--check: not written; sha256 would be {digest}")
        return 0
    with open(OUT, "wb") as fh:
        fh.write(data)
    print(f"wrote {OUT}\nsha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
