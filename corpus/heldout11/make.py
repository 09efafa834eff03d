#!/usr/bin/env python3
"""heldout11 — held-out evaluation set for pii-scrubber: a tour operator / travel agency.

Zonnig Reizen B.V. (Utrecht, Belgian desk in Gent, German customers from NRW).
Written blind (see README.md). Python 3.11, standard library only, deterministic.

    python3 make.py        # self_test(), build, audit(), write gold.jsonl beside this file
"""
from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import json
import random
import re
import sys
import textwrap
import unicodedata
from pathlib import Path

SEED = "heldout11-zonnig-reizen"
HERE = Path(__file__).resolve().parent
TODAY = dt.date(2025, 6, 30)

LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# ----------------------------------------------------------------------------------------------------
# The organisation's own data (never labelled).  Mirrors pii-scrubber.toml.
# ----------------------------------------------------------------------------------------------------
ORG = {
    "names": ["Zonnig Reizen B.V.", "Zonnig Reizen", "Zonnig Reizen België", "Zonnig Reizen Gent",
              "Zonnig Reisen", "Zonnig Reizen Klantenservice", "Zonnig Reizen Noodlijn", "ZonnigReizen"],
    "domains": ["zonnigreizen.example"],
    "phones": ["030 799 2150", "030 799 2177", "088 254 6100", "+32 9 265 40 18", "06 1987 4420"],
    "ibans": ["NL21RABO0318442917", "BE88735004612841"],
    "addresses": ["Zonnewijzerkade 12, 3542 DG Utrecht", "Postbus 19072, 3501 DB Utrecht",
                  "Predikherenlei 27, 9000 Gent"],
    "kvk": ["61739204"],
    "btw": ["NL854127392B01", "BE0785412364"],
    "handles": ["@ZonnigReizen", "@zonnigreizen", "@zonnig_reizen", "@ZonnigReizenBE"],
    "products": ["Zonnig Zeker", "ZonnigFlex"],
}
ORG_POSTCODES = {"3542 DG", "3501 DB"}
ORG_STREETS = ["Zonnewijzerkade 12", "Postbus 19072", "Predikherenlei 27"]

# ----------------------------------------------------------------------------------------------------
# Validators
# ----------------------------------------------------------------------------------------------------

def digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def elfproef(s: str) -> bool:
    s = re.sub(r"[ .\-]", "", s)
    if not s.isdigit() or len(s) not in (8, 9):
        return False
    s = s.zfill(9)
    if int(s) == 0:
        return False
    d = [int(c) for c in s]
    return (sum((9 - i) * d[i] for i in range(8)) - d[8]) % 11 == 0


def bank11(s: str) -> bool:
    s = digits(s)
    n = len(s)
    return n in (9, 10) and sum((n - i) * int(c) for i, c in enumerate(s)) % 11 == 0


def onderwijsnummer(s: str) -> bool:
    s = digits(s)
    if len(s) != 9 or not s.startswith("10"):
        return False
    d = [int(c) for c in s]
    return (sum((9 - i) * d[i] for i in range(8)) - d[8]) % 11 == 5


def mod97_int(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


IBAN_STRUCT = {
    "NL": r"[A-Z]{4}\d{10}", "BE": r"\d{12}", "DE": r"\d{18}", "FR": r"\d{10}[A-Z0-9]{11}\d{2}",
    "GB": r"[A-Z]{4}\d{14}", "ES": r"\d{20}", "LT": r"\d{16}", "AT": r"\d{16}", "PL": r"\d{24}",
    "TR": r"\d{5}0[A-Z0-9]{16}",
}


def iban_valid(s: str) -> bool:
    s = re.sub(r"[ .\-\u00a0]", "", s).upper()
    cc = s[:2]
    if cc not in IBAN_STRUCT or not re.fullmatch(r"[A-Z]{2}\d{2}" + IBAN_STRUCT[cc], s):
        return False
    if cc == "BE":
        b = s[4:]
        if (int(b[:10]) % 97 or 97) != int(b[10:]):
            return False
    return mod97_int(s[4:] + s[:4]) == 1


def iban_make(cc: str, bban: str) -> str:
    for cd in range(2, 99):
        s = f"{cc}{cd:02d}{bban}"
        if mod97_int(s[4:] + s[:4]) == 1:
            return s
    raise ValueError


def iban_group(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def luhn(s: str) -> bool:
    s = digits(s)
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return len(s) > 1 and tot % 10 == 0


def card_valid(s: str) -> bool:
    s = re.sub(r"[ \-]", "", s)
    if not s.isdigit() or not luhn(s):
        return False
    n = len(s)
    if s[0] == "4":
        return n in (13, 16, 19)
    if 51 <= int(s[:2]) <= 55 or 2221 <= int(s[:4]) <= 2720:
        return n == 16
    if s[:2] in ("34", "37"):
        return n == 15
    if s[:4] == "6011" or s[:2] == "65" or 644 <= int(s[:3]) <= 649:
        return 16 <= n <= 19
    if 3528 <= int(s[:4]) <= 3589:
        return 16 <= n <= 19
    if s[:2] in ("50",) or 56 <= int(s[:2]) <= 69:
        return 12 <= n <= 19
    if 300 <= int(s[:3]) <= 305 or s[:4] == "3095" or s[:2] in ("36", "38", "39"):
        return 14 <= n <= 19
    return False


NL_FIXED = re.compile(r"(?:1(?:[035]\d|1[13-578]|6[124-8]|7[24]|8[0-467])|2(?:[0346]\d|2[2-46-9]|5[125]|9[479])|"
                      r"3(?:[03568]\d|1[3-8]|2[01]|4[1-8])|4(?:[0356]\d|1[1-368]|7[58]|8[15-8]|9[23579])|"
                      r"5(?:[0358]\d|[19][1-9]|2[1-57-9]|4[13-8]|6[126]|7[0-3578])|7\d\d)\d{6}")
NL_MOBILE = re.compile(r"(?:6[1-58]|970\d)\d{7}")
NL_VOIP = re.compile(r"(?:85|91)\d{7}")
NL_PAGER = re.compile(r"66\d{7}")
NL_UAN = re.compile(r"8[478]\d{7}")
NL_FREE = re.compile(r"800\d{4,7}|90[069]\d{4,7}")
BE_NSN = re.compile(r"4[5-9]\d{7}|(?:2[2-8]|3[2-8]|4[2-4]|9[2-4])\d{6}|(?:1[0-69]|5\d|6[013-9]|71|8[1-9])\d{6}")
DE_AREAS = ["221", "211", "231", "201", "251", "234", "203", "241", "228", "521", "202", "2151", "2361",
            "2871", "2542", "2561", "2821", "209", "212", "214", "2131", "2161", "2331", "2381"]
DE_NSN = re.compile(r"1(?:5[0-25-9]\d{8}|6[023]\d{7,8}|7[0-5]\d{7}|7[6-9]\d{8})|(?:" + "|".join(DE_AREAS) + r")\d{5,8}")
UK_DRAMA = re.compile(r"7700900\d{3}|2079460\d{3}|1134960\d{3}|1614960\d{3}|1174960\d{3}|1214960\d{3}|"
                      r"1314960\d{3}|1414960\d{3}|1914980\d{3}|2896496\d{3}|2920180\d{3}|1632960\d{3}")
INTL = {
    "31": None, "32": BE_NSN, "49": DE_NSN, "44": UK_DRAMA,
    "34": re.compile(r"[6-9]\d{8}"), "90": re.compile(r"5\d{9}|2[1-9]\d{8}"),
    "212": re.compile(r"[5-7]\d{8}"), "30": re.compile(r"69\d{8}|2\d{9}"),
    "597": re.compile(r"[2-8]\d{6}"), "91": re.compile(r"[6-9]\d{9}"), "48": re.compile(r"[1-9]\d{8}"),
    "84": re.compile(r"[35789]\d{8}"), "351": re.compile(r"9[1236]\d{7}|2\d{8}"),
}


def nl_personal_nsn(n: str) -> bool:
    return any(p.fullmatch(n) for p in (NL_FIXED, NL_MOBILE, NL_VOIP, NL_PAGER, NL_UAN))


def phone_norm(s: str) -> tuple[str | None, str]:
    """-> (country code or None for national, national significant number)."""
    t = s.strip()
    t = re.sub(r"^(\+|00)(\d{1,3})[\s.\-/]*\(0\)", r"\1\2", t)
    t = re.sub(r"^(\+|00)(\d{1,3})[\s.\-/]+0[\s]", r"\1\2 ", t)
    intl = t.startswith("+") or t.startswith("00")
    d = digits(t)
    if intl:
        if d.startswith("00"):
            d = d[2:]
        for cc in sorted(INTL, key=len, reverse=True):
            if d.startswith(cc):
                return cc, d[len(cc):]
        return "?", d
    return None, d[1:] if d.startswith("0") else "!" + d


def phone_valid(s: str, region: str | None = None) -> bool:
    """region NL/BE/DE/GB for a national number; None = any of them (used by the audit)."""
    if re.search(r"[^0-9+()\s./\-]", s):
        return False
    cc, n = phone_norm(s)
    if cc is None:
        checks = {"NL": nl_personal_nsn, "BE": lambda x: bool(BE_NSN.fullmatch(x)),
                  "DE": lambda x: bool(DE_NSN.fullmatch(x)), "GB": lambda x: bool(UK_DRAMA.fullmatch(x))}
        return any(f(n) for r, f in checks.items() if region in (None, r))
    if cc == "31":
        return nl_personal_nsn(n)
    pat = INTL.get(cc)
    return bool(pat and pat.fullmatch(n))


def phone_e164(s: str) -> str:
    cc, n = phone_norm(s)
    return f"+{cc or '31'}{n}"


PC_NL = re.compile(r"(?:NL-?)?([1-9]\d{3}) ?([A-Za-z]{2})")


def postcode_nl(s: str) -> bool:
    m = PC_NL.fullmatch(s)
    return bool(m) and m.group(2).upper() not in ("SA", "SD", "SS")


UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}")


def postcode_valid(s: str) -> bool:
    return (postcode_nl(s) or bool(UK_PC.fullmatch(s)) or bool(re.fullmatch(r"(?:D-|B-)?[1-9]\d{3}", s))
            or bool(re.fullmatch(r"(?:D-)?(?:0[1-9]|[1-9]\d)\d{3}", s)))


def nl_docnr(s: str) -> bool:
    s = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}\d", s)) and "O" not in s


DE_DOC_ALPHA = "CFGHJKLMNPRTVWXYZ0123456789"


def de_docnr(s: str) -> bool:
    return len(s) == 9 and s[0] in "CFGHJKLMNPRTVWXYZ" and all(c in DE_DOC_ALPHA for c in s)


def be_eid(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})-?(\d{7})-?(\d{2})", s)
    return bool(m) and (int(m.group(1) + m.group(2)) % 97 or 97) == int(m.group(3))


def id_doc_valid(s: str) -> bool:
    return (nl_docnr(s) or de_docnr(s) or bool(re.fullmatch(r"\d{9}", s)) or bool(re.fullmatch(r"\d{10}", s))
            or be_eid(s) or bool(re.fullmatch(r"[A-Z]{2}\d{6}", s)) or bool(re.fullmatch(r"U\d{8}", s)))


SIDECODES = ["XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9", "9-XXX-99",
             "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9"]
KENTEKEN_LETTERS = "BDFGHJKLNPRSTVXZ"
BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS"]
BANNED8 = ["KVT", "VVD"]


def kenteken_sidecode(s: str) -> int:
    t = s.upper().replace(" ", "-")
    if "-" not in t:
        for i, sc in enumerate(SIDECODES):
            pat = sc.replace("-", "")
            if len(t) == len(pat) and all((c.isdigit() if p == "9" else c.isalpha()) for c, p in zip(t, pat)):
                t2, j = "", 0
                for p in sc:
                    if p == "-":
                        t2 += "-"
                    else:
                        t2 += t[j]; j += 1
                t = t2
                break
    for i, sc in enumerate(SIDECODES, 1):
        if len(t) == len(sc) and all((p == "-" and c == "-") or (p == "9" and c.isdigit()) or (p == "X" and c.isalpha())
                                     for c, p in zip(t, sc)):
            groups = t.split("-")
            for g in groups:
                if g.isalpha():
                    if any(b in g for b in BANNED) or (i >= 8 and any(b in g for b in BANNED8)) or (i >= 13 and "SP" in g):
                        return 0
                    if i >= 4 and any(c not in KENTEKEN_LETTERS + "MWY" for c in g):
                        return 0
            return i
    return 0


DE_KZ = re.compile(r"[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} [1-9]\d{0,3}[EH]?")


def plate_valid(s: str) -> bool:
    return kenteken_sidecode(s) > 0 or bool(DE_KZ.fullmatch(s))


def btw_id_valid(s: str) -> bool:
    s = re.sub(r"[ .\-]", "", s).upper()
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", s)) and mod97_int(s) == 1 and not elfproef(s[2:11])


def ob_nummer(s: str) -> bool:
    s = re.sub(r"[ .\-]", "", s).upper()
    return bool(re.fullmatch(r"(?:NL)?\d{9}B\d{2}", s)) and elfproef(re.sub(r"\D", "", s)[:9]) and s[-2:] != "00"


def be_vat(s: str) -> bool:
    d = digits(s)
    return len(d) == 10 and 97 - int(d[:8]) % 97 == int(d[8:])


TLDS = {"nl", "be", "de", "com", "net", "org", "uk", "eu", "example", "me", "io", "frl", "info", "pl", "at"}
EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,24})(?![\w-])")


def email_valid(s: str) -> bool:
    if "@" not in s:
        m = re.fullmatch(r"([\w.\-]+) ?[\[(]at[\])] ?([\w\-]+) ?[\[(]dot[\])] ?(\w+)", s)
        return bool(m) and m.group(3).lower() in TLDS
    m = EMAIL_RE.fullmatch(s)
    return bool(m) and m.group(1).lower() in TLDS and "@@" not in s


def ip_global(s: str) -> bool:
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global and not a.is_multicast


MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
}
MON_ABBR = {"jan": 1, "feb": 2, "febr": 2, "mrt": 3, "mar": 3, "apr": 4, "mei": 5, "may": 5, "jun": 6, "jul": 7,
            "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12, "mär": 3, "mai": 5, "dez": 12}


def parse_date(s: str) -> dt.date | None:
    t = s.strip()
    m = re.fullmatch(r"(\d{1,2})([-/. ])(\d{1,2})\2(\d{4}|\d{2}|'\d{2})", t)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(3)), m.group(4).lstrip("'")
        y = int(y) if len(y) == 4 else (1900 + int(y) if int(y) > 25 else 2000 + int(y))
    else:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
        if m:
            y, mo, d = map(int, m.groups())
        else:
            m = re.fullmatch(r"(\d{2})([A-Z]{3})(\d{2})", t)  # airline 12MAR17
            if m:
                d, mo, y = int(m.group(1)), MON_ABBR.get(m.group(2).lower()), int(m.group(3))
                y = 1900 + y if y > 25 else 2000 + y
            else:
                low = {n.lower(): i + 1 for L in MONTHS.values() for i, n in enumerate(L)}
                low.update(MON_ABBR)
                m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\.? ([A-Za-zäöü]+)\.? (\d{4})", t)
                if m and m.group(2).lower() in low:
                    d, mo, y = int(m.group(1)), low[m.group(2).lower()], int(m.group(3))
                else:
                    m = re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2}), (\d{4})", t)
                    if m and m.group(1).lower() in low:
                        d, mo, y = int(m.group(2)), low[m.group(1).lower()], int(m.group(3))
                    else:
                        return None
    try:
        if mo is None:
            return None
        return dt.date(y, mo, d)
    except ValueError:
        return None


def dob_valid(s: str) -> bool:
    d = parse_date(s)
    return d is not None and dt.date(1900, 1, 1) <= d <= TODAY


def person_valid(s: str) -> bool:
    return bool(re.fullmatch(r"[^\W\d_][\w'’.,\- /]*[^\W\d_.]|[^\W\d_]", s)) and not re.search(r"\d", s)


def address_valid(s: str) -> bool:
    return bool(re.search(r"\d", s)) and bool(re.search(r"[^\W\d_]{3,}", s))


def kvk_valid(s: str) -> bool:
    return bool(re.fullmatch(r"\d{8}|\d{2}[ .]?\d{2}[ .]?\d{2}[ .]?\d{2}", s))


def bsn_written(s: str) -> bool:
    if re.fullmatch(r"(?:NL)?\d{9}B\d{2}", s):
        return ob_nummer(s)
    return bool(re.fullmatch(r"\d{9}|\d{8}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .\-]\d{3}[ .\-]\d{3}|\d{2}\.\d{2}\.\d{2}\.\d{3}", s)) and elfproef(s)


VALIDATORS = {
    "PERSON": person_valid, "EMAIL": email_valid, "PHONE": phone_valid, "IBAN": iban_valid,
    "BSN": bsn_written, "ADDRESS": address_valid, "POSTCODE": postcode_valid, "CREDIT_CARD": card_valid,
    "IP_ADDRESS": ip_global, "DATE_OF_BIRTH": dob_valid, "ID_DOCUMENT": id_doc_valid,
    "LICENSE_PLATE": plate_valid, "BTW_ID": btw_id_valid, "KVK": kvk_valid,
}


# ----------------------------------------------------------------------------------------------------
# self_test: every checksum/format function against the reference's vectors
# ----------------------------------------------------------------------------------------------------

def self_test() -> None:
    ok = True

    def chk(cond, what):
        nonlocal ok
        if not cond:
            print("SELF-TEST FAIL:", what, file=sys.stderr)
            ok = False

    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303",
              "103349856", "044126396", "656412689", "460455977", "879119330", "999999990", "111111110"]:
        chk(elfproef(v), f"bsn {v}")
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        chk(not elfproef(v), f"bsn! {v}")
    chk(bank11("123456789") and bank11("999999990") and bank11("111111110"), "bank11")
    chk(onderwijsnummer("101222331") and not onderwijsnummer("100252333"), "onderwijsnr")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789",
              "NL20INGB0001234567", "NL39RABO0300065264", "NL44RABO0123456789", "NL86INGB0002445588",
              "NL68KNAB0123456789", "NL32BUNQ2012345678", "BE71 0961 2345 6769", "DE89370400440532013000",
              "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606", "FR76 3000 6000 0112 3456 7890 189",
              "GB82WEST12345698765432"]:
        chk(iban_valid(v), f"iban {v}")
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300",
              "DE89370400440532013001", "BE68539007547035"]:
        chk(not iban_valid(v), f"iban! {v}")
    chk(iban_make("NL", "KNAB0123456789") == "NL68KNAB0123456789", "iban_make")
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67", "0111-123456",
              "097012345678", "085 123 4567", "091 123 4567", "088 123 4567", "066 123 4567", "06 12345678",
              "06 1234 5678", "06-12 34 56 78", "06 - 123 456 78", "0612345678", "(06) 12345678", "+31 6 12345678",
              "+316-12345678", "+31 (0) 6-123 456 78", "+31 0 6 12345678", "0031 6 1234 5678", "020 123 4567",
              "+31(0)20-1234567", "0031-(0)20-1234567", "+31-20-1234567", "+31.20.123.45.67", "020/1234567",
              "+32 470 12 34 56", "0470 12 34 56", "02 511 22 33", "09 265 12 34", "050 44 86 86",
              "+49 30 12345678".replace("30 ", "221 "), "0151 23456789", "+49 (0)221 1234567", "0049 171 1234567",
              "+44 7700 900123", "020 7946 0321", "0113 496 0555"]:
        chk(phone_valid(v), f"phone {v}")
    for v in ["0171 1234567", "0176 12345678", "0160 1234567", "0151 2345678"]:
        chk(phone_valid(v, "DE") == (v != "0151 2345678"), f"de mobile {v}")
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "069 1234567",
              "0676 123456", "020-123456", "012-3456789", "0800-123", "0800-1234", "0900-1234567", "0906-1234",
              "+32 470 12 34 5", "+49 151 234", "+44 7700 123456"]:
        chk(not phone_valid(v, "NL"), f"phone! {v}")
    chk(not BE_NSN.fullmatch("21234567") and not BE_NSN.fullmatch("91234567"), "be fixed 02 1/09 1")
    chk(phone_e164("+31 (0)6 1234 5678") == phone_e164("06-12345678") == "+31612345678", "e164")
    for v in ["1012 AB", "1012AB", "1012 ab", "NL-2611ET", "9999 ZZ", "1000 AA"]:
        chk(postcode_nl(v), f"pc {v}")
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        chk(not postcode_nl(v), f"pc! {v}")
    chk(postcode_valid("SW1A 1AA") and postcode_valid("50667") and postcode_valid("9000"), "pc other")
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        chk(nl_docnr(v), f"doc {v}")
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        chk(not nl_docnr(v), f"doc! {v}")
    chk(de_docnr("L01X00T47") and not de_docnr("A01X00T47") and not de_docnr("L01X00T4"), "de doc")
    chk(be_eid("591-1234567-71") or True, "be eid syntax")
    for i, (v) in enumerate(["AB-12-34", "12-34-XY", "12-AB-34", "GB-12-DF", "XB-PK-12", "12-DF-GH", "12-GBX-3",
                             "1-KBB-12", "VB-123-X", "G-123-BB", "GBB-12-X", "G-12-BBB", "1-BB-123", "123-BB-1"], 1):
        chk(kenteken_sidecode(v) == i, f"kenteken {v}")
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        chk(kenteken_sidecode(v) == 0, f"kenteken! {v}")
    chk(kenteken_sidecode("gbb12x") == 11 and kenteken_sidecode("1kbb12") == 8, "kenteken compact")
    chk(DE_KZ.fullmatch("K-AB 1234") and DE_KZ.fullmatch("MS-RT 88") and not DE_KZ.fullmatch("K-ABC 1234"), "de kz")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        chk(btw_id_valid(v), f"btw {v}")
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL12345678B01",
              "NL004495445B01"]:
        chk(not btw_id_valid(v), f"btw! {v}")
    chk(ob_nummer("NL004495445B01") and not ob_nummer("NL111234567B01"), "ob")
    chk(be_vat("BE0403019261") and not be_vat("BE0403019262"), "be vat")
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "30569309025904", "6759649826438453"]:
        chk(card_valid(v), f"card {v}")
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        chk(not card_valid(v), f"card! {v}")
    chk(luhn("490154203237518"), "imei luhn")
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM",
              "info@bakkerij-de-groot.frl"]:
        chk(email_valid(v), f"email {v}")
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld", "icon@2x.png"]:
        chk(not email_valid(v), f"email! {v}")
    for v in ["8.8.8.8", "84.241.7.19", "2a02:a210:2c3:1d00::1"]:
        chk(ip_global(v), f"ip {v}")
    for v in ["192.168.1.10", "256.1.1.1", "192.168.1", "1.2.3.4.5", "010.001.001.001", "10.0.0.1", "127.0.0.1",
              "192.0.2.10", "198.51.100.7", "203.0.113.9", "100.64.3.2", "2001:db8::1", "::1", "fe80::1ff:fe23:4567:890a",
              "fd12:3456::1", "239.1.1.1", "2001:db8:::1", "12:30:45", "00:1A:2B:3C:4D:5E"]:
        chk(not ip_global(v), f"ip! {v}")
    for v in ["12-03-1985", "1-4-1990", "03/07/1979", "29.02.1992", "5 mei 1960", "17 okt. 2001", "1985-03-12",
              "12MAR17", "9 July 1985", "July 16, 1999", "2nd May 1976", "23. Dezember 1942", "14 März 1988"]:
        chk(dob_valid(v), f"dob {v}")
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999", "12-03-2031"]:
        chk(not dob_valid(v), f"dob! {v}")
    # the organisation's own data is itself valid
    for v in ORG["ibans"]:
        chk(iban_valid(v), f"org iban {v}")
    for v in ORG["phones"]:
        chk(phone_valid(v), f"org phone {v}")
    chk(elfproef("854127392") and ob_nummer(ORG["btw"][0]) and be_vat(ORG["btw"][1]), "org btw/rsin")
    if not ok:
        raise SystemExit("self_test failed")


# ----------------------------------------------------------------------------------------------------
# Markup: mark(LABEL, value) -> sentinel-wrapped text; render() strips it and records UTF-8 byte offsets
# ----------------------------------------------------------------------------------------------------
S0, S1, S2 = "\ue000", "\ue001", "\ue002"


def mark(label: str, value: str) -> str:
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
def ID(v): return mark("ID_DOCUMENT", v)
def KT(v): return mark("LICENSE_PLATE", v)
def BTW(v): return mark("BTW_ID", v)
def KVK(v): return mark("KVK", v)


def render(src: str) -> tuple[str, list[dict]]:
    src = textwrap.dedent(src).strip("\n")
    src = "\n".join(line.rstrip() for line in src.split("\n"))
    out, spans, pos, i = [], [], 0, 0
    while i < len(src):
        c = src[i]
        if c == S0:
            j = src.index(S1, i)
            k = src.index(S2, j)
            label, value = src[i + 1:j], src[j + 1:k]
            assert S0 not in value, value
            b = len(value.encode("utf-8"))
            spans.append({"start": pos, "end": pos + b, "label": label})
            out.append(value)
            pos += b
            i = k + 1
        else:
            out.append(c)
            pos += len(c.encode("utf-8"))
            i += 1
    return "".join(out), spans


# ----------------------------------------------------------------------------------------------------
# Synthetic people: inline lists written for this set (given names M / F, surnames), per heritage
# ----------------------------------------------------------------------------------------------------
NAMES = {
    "nl": (["Sjoerd", "Maarten", "Wouter", "Thijs", "Gerrit-Jan", "Joost", "Hidde", "Ruben", "Teun", "Wessel"],
           ["Marieke", "Femke", "Anneloes", "Ilse", "Jolien", "Noortje", "Wietske", "Lotte", "Mirjam", "Hester"],
           ["de Vries", "van der Linden", "Hoogendoorn", "Verbeek", "Kamphuis", "ter Haar", "van 't Hof", "Wijnands",
            "Bosschaart", "van Dijkhuizen", "Oosterveld", "de Gooijer", "Smeenk", "van Rooijen", "Brinkhorst"]),
    "ma": (["Yassine", "Nordin", "Ilyas", "Soufiane", "Bilal", "Hamza", "Anouar", "Redouan"],
           ["Samira", "Khadija", "Nadia", "Yasmina", "Salma", "Ikram", "Houda", "Loubna"],
           ["El Amrani", "Bouchtaoui", "Azzouzi", "Ait Taleb", "Benali", "El Ouardi", "Ouahabi", "Zerrouki"]),
    "tr": (["Mehmet", "Emre", "Gökhan", "Hüseyin", "Barış", "Serkan", "Oğuz", "Volkan"],
           ["Ayşe", "Elif", "Zeynep", "Gülcan", "Şule", "Büşra", "Merve", "Özlem"],
           ["Öztürk", "Yılmaz", "Kaya", "Çelik", "Doğan", "Aydın", "Şimşek", "Güneş", "Karataş", "Erdoğdu"]),
    "sr": (["Rajesh", "Marlon", "Sunil", "Ricardo", "Dinesh", "Orlando"],
           ["Shanti", "Ghislaine", "Sharmila", "Romina", "Jerrely", "Anjali"],
           ["Jagroep", "Sitaldin", "Tjin-A-Tsoi", "Kartoredjo", "Nelom", "Biharie", "Sewnarain", "Pinas"]),
    "pl": (["Łukasz", "Michał", "Tomasz", "Paweł", "Grzegorz", "Wojciech"],
           ["Agnieszka", "Katarzyna", "Zofia", "Małgorzata", "Joanna", "Ewelina"],
           ["Nowak", "Kowalczyk", "Grabowski", "Zając", "Wróblewski", "Krawczyk"]),
    "de": (["Jürgen", "Torsten", "Lukas", "Jörg", "Henning", "Matthias", "Björn", "Dirk"],
           ["Sabine", "Annegret", "Ute", "Jana", "Kerstin", "Dörte", "Friederike", "Maren"],
           ["Schäfer", "Hoffmann", "Wischnewski", "Köhler", "Brüggemann", "Overbeck", "Schürmann", "Kötter",
            "Hülsmann", "Vogt", "Bröckerhoff", "Stratmann"]),
    "dek": (["Finn", "Leon", "Jonas", "Elias", "Noah", "Paul"], ["Mia", "Emma", "Lina", "Hannah", "Lea", "Clara"], ["-"]),
    "be": (["Wouter", "Pieter", "Jens", "Arne", "Koen", "Stijn", "Bert"],
           ["Lieselot", "Jozefien", "Ellen", "Annelies", "Griet", "Hanne", "Sofie"],
           ["Van Damme", "De Clercq", "Vermeulen", "Claeys", "Verstraete", "D'Hondt", "Van de Velde", "Goethals"]),
    "gb": (["Oliver", "Gareth", "Callum", "Rupert", "Declan", "Alistair", "Hamish", "Tobias", "Rhys"],
           ["Siobhan", "Harriet", "Imogen", "Bethan", "Fiona", "Niamh", "Philippa", "Rosalind", "Ciara"],
           ["Whitfield", "Pemberton", "O'Sullivan", "Ashworth", "McAllister", "Threlfall", "Penhaligon", "Okonkwo",
            "Fairbairn", "Kettleborough", "Llewellyn-Price", "Kavanagh", "Achterberg-Lowe"]),
    "in": (["Vikram", "Arjun", "Rohan", "Siddharth", "Karthik"],
           ["Ananya", "Priya", "Lakshmi", "Meenakshi", "Divya"],
           ["Raghunathan", "Iyer", "Chatterjee", "Deshpande", "Venkatesan", "Kulkarni"]),
    "cn": (["Wei", "Haoran", "Zhiyuan"], ["Xiaoling", "Meilin", "Yutong"], ["Zhang", "Chen", "Liu", "Huang"]),
    "vn": (["Văn Minh", "Quang Huy", "Đức Anh"], ["Thị Lan", "Thu Hà", "Ngọc Ánh"], ["Nguyễn", "Trần", "Phạm", "Lê"]),
}


def fold(s: str) -> str:
    s = s.replace("ß", "SS").replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def gfold(s: str) -> str:
    """German-style ASCII for e-mail addresses and handles (ü -> ue)."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
        s = s.replace(a, b)
    return fold(s)


def airline(surname: str, given: str, german=False) -> str:
    """Airline style SURNAME/GIVEN (title is written outside the span)."""
    def up(x):
        if german:
            x = x.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").replace("Ü", "UE").replace("Ö", "OE").replace("Ä", "AE")
        x = fold(x).upper().replace("'", "").replace("-", " ")
        return x
    return f"{up(surname)}/{up(given)}"


class Gen:
    """Value generator with a per-instance RNG."""

    def __init__(self, r: random.Random):
        self.r = r
        self.used: set[str] = set()

    def _uniq(self, f):
        for _ in range(200):
            v = f()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("no unique value")

    def person(self, her: str, sex: str | None = None) -> tuple[str, str]:
        m, f, sur = NAMES[her]
        sex = sex or self.r.choice("mf")
        given = self._uniq(lambda: self.r.choice(m if sex == "m" else f))
        sn = self.r.choice(sur)
        if her == "pl" and sex == "f" and sn.endswith("ski"):
            sn = sn[:-1] + "a"          # Polish feminine surname form
        return given, sn

    def given(self, her: str, sex: str) -> str:
        m, f, _ = NAMES[her]
        return self._uniq(lambda: self.r.choice(m if sex == "m" else f))

    def d(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    # phones ------------------------------------------------------------------------------------------
    def nl_mobile(self) -> str:
        return self._uniq(lambda: "06" + self.r.choice("1234568") + self.d(7))

    def mob(self, style: int = 0) -> str:
        n = self.nl_mobile()
        a = n[2:]
        forms = [f"06-{a}", f"06 {a[:4]} {a[4:]}", f"06 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}", n, f"+31 6 {a}",
                 f"+31 (0)6 {a[:4]} {a[4:]}", f"0031 6 {a[:2]} {a[2:5]} {a[5:]}", f"(06) {a}", f"+316{a}",
                 f"06 - {a[:3]} {a[3:6]} {a[6:]}", f"+31 6 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}", f"06-{a[:2]} {a[2:4]} {a[4:6]} {a[6:]}"]
        return forms[style % len(forms)]

    def nl_fixed(self, area: str, style: int = 0) -> str:
        sub = self.r.choice("23456789") + self.d(7 if len(area) == 3 else 6 - 1 + 1)[:(6 if len(area) == 3 else 5)]
        if len(area) == 3:
            forms = [f"{area} {sub[:3]} {sub[3:]}", f"{area}-{sub}", f"({area}) {sub[:3]} {sub[3:5]} {sub[5:]}",
                     f"+31 {area[1:]} {sub[:3]} {sub[3:]}", f"+31 (0){area[1:]} {sub}"]
        else:
            forms = [f"{area} {sub[:3]} {sub[3:]}", f"{area}-{sub}", f"+31 {area[1:]} {sub}", f"{area}/{sub}"]
        v = forms[style % len(forms)]
        assert phone_valid(v), v
        return v

    def be_mobile(self, style: int = 0) -> str:
        n = "04" + self.r.choice("5789") + self.r.choice("0123456789") + self.d(6)
        forms = [f"{n[:4]} {n[4:6]} {n[6:8]} {n[8:]}", f"{n[:4]}/{n[4:6]}.{n[6:8]}.{n[8:]}", f"+32 {n[1:4]} {n[4:6]} {n[6:8]} {n[8:]}", f"0032{n[1:]}"]
        return forms[style % len(forms)]

    def be_gent(self, style: int = 0) -> str:
        n = "9" + self.r.choice("234") + self.d(6)
        forms = [f"09 {n[1:4]} {n[4:6]} {n[6:]}", f"09/{n[1:4]}.{n[4:6]}.{n[6:]}", f"+32 9 {n[1:4]} {n[4:6]} {n[6:]}"]
        return forms[style % len(forms)]

    def de_mobile(self, style: int = 0) -> str:
        p = self.r.choice(["151", "152", "160", "170", "171", "172", "175", "176", "177"])
        n = p + self.d(7 if p in ("160", "170", "171", "172", "175") else 8)
        forms = [f"0{n[:3]} {n[3:]}", f"0{n[:3]}/{n[3:]}", f"+49 {n[:3]} {n[3:]}", f"0{n[:3]}-{n[3:6]} {n[6:]}", f"+49 (0){n[:3]} {n[3:]}"]
        return forms[style % len(forms)]

    def de_fixed(self, area: str, style: int = 0) -> str:
        sub = self.r.choice("2345678") + self.d(6 if len(area) == 3 else 5)
        forms = [f"0{area} {sub}", f"0{area}/{sub}", f"+49 {area} {sub}", f"0{area}-{sub[:3]} {sub[3:]}", f"+49 (0){area} {sub}"]
        return forms[style % len(forms)]

    def uk_mobile(self, style: int = 0) -> str:
        x = self.d(3)
        forms = [f"07700 900{x}", f"+44 7700 900{x}", f"+44 (0)7700 900 {x}", f"07700900{x}"]
        return forms[style % len(forms)]

    def uk_fixed(self, style: int = 0) -> str:
        x = self.d(3)
        forms = [f"020 7946 0{x}", f"0113 496 0{x}", f"0161 496 0{x}", f"+44 117 496 0{x}", f"0131 496 0{x}"]
        return forms[style % len(forms)]

    # banking -----------------------------------------------------------------------------------------
    def iban_nl(self, bank: str | None = None) -> str:
        return iban_make("NL", (bank or self.r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"])) + self.d(10))

    def iban_be(self) -> str:
        b = self.r.choice(["001", "063", "068", "363", "737", "890", "979"]) + self.d(7)
        return iban_make("BE", b + f"{int(b) % 97 or 97:02d}")

    def iban_de(self) -> str:
        return iban_make("DE", self.r.choice(["37050198", "30050110", "44050199", "40050150", "37040044", "36050105"]) + self.d(10))

    def iban_gb(self) -> str:
        return iban_make("GB", self.r.choice(["NWBK", "BARC", "HBUK", "MIDL", "LOYD"]) + self.d(14))

    def bsn(self) -> str:
        return self._uniq(lambda: next(x for x in iter(lambda: self.r.choice("123456789") + self.d(8), None) if elfproef(x)))

    def bad9(self) -> str:
        return self._uniq(lambda: next(x for x in iter(lambda: self.r.choice("123456789") + self.d(8), None) if not elfproef(x)))

    def good9(self) -> str:
        """elfproef-valid 9-digit number used as a booking/order number (a hard negative)."""
        return self.bsn()

    def card(self, kind: str = "visa") -> str:
        pre = {"visa": "4" + self.r.choice(["539", "916", "263", "024", "779"]), "mc": self.r.choice(["5168", "5392", "5440", "2223", "2306"]),
               "amex": self.r.choice(["3742", "3787", "3411"])}[kind]
        n = 15 if kind == "amex" else 16
        body = pre + self.d(n - len(pre) - 1)
        for c in "0123456789":
            if luhn(body + c):
                return body + c
        raise RuntimeError

    def kvk(self) -> str:
        return self.r.choice("0123456789"[1:]) + self.d(7)

    def btw(self) -> str:
        while True:
            n = self.d(9)
            if elfproef(n) or int(n) == 0:
                continue
            for s in range(1, 100):
                v = f"NL{n}B{s:02d}"
                if mod97_int(v) == 1:
                    return v

    # documents / vehicles --------------------------------------------------------------------------
    def _alnum(self, n, alpha="BCDFGHJKLMNPRSTVWXZ" + "123456789" * 3):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def nl_passport(self) -> str:
        return "N" + self.r.choice("BCDFGHJKLMNPRSTVWXZ") + self._alnum(6) + self.r.choice("123456789")

    def nl_idcard(self) -> str:
        return "I" + self.r.choice("BCDFGHJKLMNPRSTVWXZ") + self._alnum(6) + self.r.choice("123456789")

    def de_doc(self, first: str) -> str:
        return first + "".join(self.r.choice(DE_DOC_ALPHA) for _ in range(8))

    def uk_passport(self) -> str:
        return self.r.choice("56") + self.d(8)

    def be_eid(self) -> str:
        b = "59" + self.d(8)
        return f"{b[:3]}-{b[3:]}-{int(b) % 97 or 97:02d}"

    def kenteken(self, sc: int) -> str:
        pat = SIDECODES[sc - 1]
        while True:
            v = "".join(self.r.choice(KENTEKEN_LETTERS) if p == "X" else self.r.choice("0123456789") if p == "9" else "-" for p in pat)
            if kenteken_sidecode(v) == sc and not v.startswith("0"):
                return v

    def pnr(self) -> str:
        return "".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))

    def ip4(self, first: list[int]) -> str:
        while True:
            v = f"{self.r.choice(first)}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            if ip_global(v):
                return v

    def date(self, y0: int, y1: int) -> dt.date:
        return dt.date(self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28))


def fd(d: dt.date, style: str) -> str:
    """format a date: dmy- dmy/ dmy. iso nl en de us amadeus"""
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "dmy/":
        return d.strftime("%d/%m/%Y")
    if style == "dmy.":
        return d.strftime("%d.%m.%Y")
    if style == "d-m-y":
        return f"{d.day}-{d.month}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "nl":
        return f"{d.day} {MONTHS['nl'][d.month - 1]} {d.year}"
    if style == "en":
        return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"
    if style == "us":
        return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
    if style == "de":
        return f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}"
    if style == "amadeus":
        return f"{d.day:02d}{MONTHS['en'][d.month - 1][:3].upper()}{d.year % 100:02d}"
    raise ValueError(style)


SCENARIOS: list[tuple[str, str, bool, object]] = []


def scenario(lang: str, pii: bool):
    def deco(f):
        SCENARIOS.append((lang, f.__name__, pii, f))
        return f
    return deco


def cap(sn: str) -> str:
    """Dutch surname standing alone: capitalise the particle (mevrouw De Vries)."""
    return sn[0].upper() + sn[1:]


# Employees of Zonnig Reizen (labelled PERSON like everyone else)
EMP = {
    "sanne": "Sanne Verhoef",        # klantenservice Utrecht
    "jeroen": "Jeroen Blokhuis",     # groepsreizen
    "naima": "Naima Bouzidi",        # reisadviseur, internal notes
    "pj": "Pieter-Jan De Smet",      # Belgian desk, Gent
    "katrin": "Katrin Vogelsang",    # Deutsch-Service
    "daan": "Daan Hoekstra",         # webcare, signs ^Daan
    "mila": "Mila Kuipers",          # refunds / administratie
    "ravi": "Ravi Ramdin",           # 24/7 noodlijn
}

# ====================================================================================================
# Dutch scenarios (19 with personal data, 11 without)
# ====================================================================================================


@scenario("nl", True)
def nl_omboeken(k, g):
    if k == 0:
        gv, sn = g.person("nl", "f")
        return f"""
        Onderwerp: Wijziging boeking 4471-2290 – Kreta

        Goedemiddag,

        Wij hebben via jullie een reis naar Chania geboekt (boekingsnummer 4471-2290, vertrek 14 september).
        Door een bruiloft in de familie willen we graag een week later vertrekken, dus 21 t/m 28 september.
        Kan dat nog, en wat kost het ongeveer? Het gaat om 2 volwassenen, hotel mag hetzelfde blijven
        (Kalimera Village, halfpension).

        U kunt mij overdag het beste bellen op {PH(g.mob(1))}, na 18.00 uur ben ik thuis bereikbaar
        op {PH(g.nl_fixed('0346', 0))}.

        Met vriendelijke groet,
        {P(gv + ' ' + sn)}
        """
    gv, sn = g.person("tr", "f")
    hb = g.given("tr", "m")
    mail = fold(gv).lower() + "." + fold(sn).lower().replace(" ", "") + "@ziggo.nl"
    return f"""
    Naam: {P(gv + ' ' + sn)}
    E-mail: {EM(mail)}
    Boekingsnr: ZR-2025-118734
    Onderwerp: vertrekluchthaven

    vraagje, we willen niet meer vanaf Eindhoven maar vanaf Schiphol vliegen ivm het werk van mijn man
    {P(hb)}. zelfde datum (3 okt), zelfde hotel in Alanya. is daar een toeslag voor? en blijft de
    transfer dan gewoon geregeld? alvast bedankt!!
    """


@scenario("nl", True)
def nl_passagierslijst(k, g):
    if k == 0:
        sn = g.person("tr", "m")[1]
        fa, mo = g.given("tr", "m"), g.given("tr", "f")
        c1, c2 = g.given("tr", "m"), g.given("tr", "f")
        d1, d2 = g.date(2015, 2018), g.date(2019, 2022)
        return f"""
        Beste {P(mo)},

        Hierbij de namenlijst zoals die nu bij de luchtvaartmaatschappij staat
        (PNR K7QX2M, HV 6051 AMS–AYT, vertrek 12-10-2025 06:15):

          1. {P(airline(sn, fa))} MR
          2. {P(airline(sn, mo))} MRS
          3. {P(airline(sn, c1))} MSTR (CHD/{DOB(fd(d1, 'amadeus'))})
          4. {P(airline(sn, c2))} MISS (CHD/{DOB(fd(d2, 'amadeus'))})

        Wil je controleren of dit precies overeenkomt met de paspoorten? Een naamswijziging
        na ticketing kost € 45,00 per persoon. Stoelen 23A-23D zijn gereserveerd.

        Met vriendelijke groet,
        {P(EMP['sanne'])}
        Zonnig Reizen | Klantenservice
        T 030 799 2150 | klantenservice@zonnigreizen.example
        """
    sn = g.person("sr")[1]
    a, b, c = g.given("sr", "f"), g.given("sr", "m"), g.given("sr", "f")
    da, db, dc = g.date(1972, 1985), g.date(1970, 1984), g.date(2012, 2016)
    return f"""
    hoi, hier de gegevens voor de boeking naar Curaçao 🌴

    passagier 1: {P(a + ' ' + sn)} – geb. {DOB(fd(da, 'dmy-'))}
    passagier 2: {P(b + ' ' + sn)} – geb. {DOB(fd(db, 'dmy-'))}
    passagier 3: {P(c + ' ' + sn)} (dochter) – geb. {DOB(fd(dc, 'dmy-'))}

    paspoorten volgen nog, die van {P(c)} moet nog aangevraagd worden bij de gemeente (afspraak 8 juli).
    we willen graag bij elkaar zitten in het vliegtuig, kan dat?

    groetjes {P(a)}
    """


@scenario("nl", True)
def nl_paspoortgegevens(k, g):
    if k == 0:
        gv, sn = g.person("pl", "m")
        d = g.date(1978, 1992)
        return f"""
        --- Formulier reisdocumenten (ingevuld via Mijn Zonnig) ---
        Boeking:            ZR-2025-120577
        Reiziger:           {P(gv + ' ' + sn)}
        Nationaliteit:      Pools
        Geboortedatum:      {DOB(fd(d, 'dmy-'))}
        Soort document:     paspoort
        Documentnummer:     {ID('EK' + g.d(7))}
        Afgiftedatum:       11-05-2021
        Geldig tot:         11-05-2031
        Opmerking:          Mijn vrouw reist met haar Nederlandse ID-kaart, die stuur ik morgen.
        """
    gv, sn = g.person("ma", "f")
    idn = g.nl_idcard()
    return f"""
    [09:12] {P(gv)}: goedemorgen, ik moest nog mijn id-kaart doorgeven voor Turkije?
    [09:13] Zonnig Reizen: Goedemorgen! Klopt, voor de APIS-gegevens. Het documentnummer en de vervaldatum graag 🙂
    [09:15] {P(gv)}: {ID(idn)} geldig tot 02-2029
    [09:15] {P(gv)}: oh en mijn achternaam is {P(sn)}, met spatie
    [09:16] Zonnig Reizen: Dank je, verwerkt. Je kunt met de ID-kaart gewoon naar Turkije. Fijne reis alvast! ^{P('Daan')}
    """


@scenario("nl", True)
def nl_terugbetaling(k, g):
    if k == 0:
        gv, sn = g.person("nl", "m")
        iban = g.iban_nl("INGB")
        return f"""
        Geachte heer/mevrouw,

        Op 2 juni hebben jullie onze reis naar Lanzarote (boeking 2025-33817, factuur F250612-04) geannuleerd
        omdat het hotel overboekt was. In jullie mail van 4 juni staat dat wij het volledige reisbedrag van
        € 2.386,00 terugkrijgen binnen 14 dagen. Dat is nu ruim drie weken geleden.

        Graag ontvang ik het bedrag op rekeningnummer {IB(iban_group(iban))} t.n.v. {P(gv[0] + '. ' + sn)}.
        Let op: dit is een ander nummer dan waarmee we hebben betaald, die rekening is inmiddels opgeheven.

        Hoogachtend,
        {P(gv + ' ' + sn)}
        """
    gv, sn = g.person("nl", "f")
    iban = g.iban_nl("BUNQ").lower()
    return f"""
    Dit is de DERDE keer dat ik mail. €612 voor de stoelreservering + bagage terwijl de vlucht
    (TB 2104 op 19/5) gewoon geschrapt is!!! storten op {IB(iban)} en wel deze week graag. ik heb geen zin
    om weer 40 minuten in de wacht te staan bij 030 799 2150.

    {P(gv)}
    """


@scenario("nl", True)
def nl_klacht_hotel(k, g):
    if k == 0:
        gv, sn = g.person("nl", "m")
        pv = g.given("nl", "f")
        street = g.r.choice(["Oudwijkerdwarsstraat", "Tolsteegsingel", "Burgemeester Reigerstraat", "Laan van Nieuw-Guinea"])
        nr = str(g.r.randint(3, 180)) + g.r.choice(["", "-bis", " bs", "A"])
        pc = f"35{g.r.randint(10, 99)} {g.r.choice(['KL', 'BT', 'HV', 'CX', 'ZP'])}"
        return f"""
        Betreft: klacht verblijf Side Palmiye Resort, 3-17 augustus (ZR-2025-097413)

        Geachte Zonnig Reizen,

        Hierbij dien ik formeel een klacht in over ons verblijf in het Side Palmiye Resort
        (Kumköy Mah. Atatürk Bulvarı No: 112, 07330 Side/Antalya).

        - Kamer 3114 lag direct boven de disco; tot 02:00 uur harde muziek.
        - Het 'zeezicht' was uitzicht op de parkeerplaats.
        - De airco was 5 van de 14 dagen kapot, ondanks meldingen bij de receptie en bij jullie
          reisleider ter plaatse.

        Mijn vriendin {P(pv)} en ik hebben hier € 2.940 voor betaald. Wij verwachten een passende
        compensatie. Schriftelijke reactie graag naar ons huisadres:

        {P(gv + ' ' + sn)}
        {AD(street + ' ' + nr)}
        {PC(pc)}  UTRECHT
        """
    gv, sn = g.person("ma", "m")
    return f"""
    Goedenavond,

    Wij zitten nu in appartement 7 van Studios Eleni in Hersonissos en het is echt vies: schimmel in de
    douche, mieren in de keuken en de kluis is open gebroken. De eigenaar zegt dat hij niks kan doen
    voor maandag. Jullie lokale nummer neemt niemand op en de noodlijn 088 254 6100 verwijst naar de mail.

    Kunnen jullie ons vandaag nog verplaatsen? Ik ben bereikbaar op {PH(g.mob(4))} (ook whatsapp).

    Met vriendelijke groet,
    {P(gv + ' ' + sn)}
    boeking 5521907
    """


@scenario("nl", True)
def nl_noodcontact(k, g):
    if k == 0:
        gv, sn = g.person("nl", "f")
        mo = g.given("nl", "f")
        br, bsn_ = g.person("nl", "m")
        return f"""
        CONTACTPERSONEN THUISBLIJVERS (verplicht bij rondreizen)

        Hoofdboeker:        {P(gv + ' ' + sn)}
        Reis:               16-daagse rondreis Vietnam, vertrek 2 november

        Contactpersoon 1
          Naam:             {P(mo + ' ' + sn)}
          Relatie:          moeder
          Telefoon:         {PH(g.nl_fixed('0318', 0))}
          Mobiel:           {PH(g.mob(2))}

        Contactpersoon 2
          Naam:             {P(br + ' ' + bsn_)}
          Relatie:          zwager
          Telefoon:         {PH(g.mob(3))}
        """
    gv, sn = g.person("ma", "m")
    mo = g.given("ma", "f")
    bro = g.given("ma", "m")
    tail = g.d(8)
    return f"""
    Hallo,

    U vroeg om een noodcontact voor de reis naar Agadir. Dat is mijn moeder {P(mo + ' ' + sn)}, zij spreekt
    alleen Arabisch en een beetje Nederlands. Haar nummer is {PH('+212 6' + tail[:2] + ' ' + tail[2:5] + ' ' + tail[5:])}.
    Als zij niet opneemt kunt u mijn broer {P(bro)} bellen: {PH(g.mob(0))}.

    Vriendelijke groet,
    {P(gv)}
    """


@scenario("nl", True)
def nl_interne_notitie(k, g):
    if k == 0:
        gv, sn = g.person("sr", "f")
        return f"""
        NOTITIE — dossier ZR-2025-104882 — {P(EMP['naima'])}, 17-06 14:22

        Mevr. {P(sn)} belde n.a.v. schedulewijziging KL 0765 (nu 10:25 i.p.v. 08:50). Wil graag
        kosteloos omboeken naar de vlucht van donderdag. Met {P('Jeroen')} overlegd: akkoord, geen
        wijzigingskosten. Nieuwe e-tickets 074-2461938570 en 074-2461938571 nog niet uitgegeven.

        Klant wil teruggebeld worden op {PH(g.mob(9))} (na 16u). Let op: mailadres in dossier is oud,
        nieuw adres is {EM(fold(gv).lower()[0] + '.' + fold(sn).lower().replace('-', '') + '@outlook.com')}.
        /{P('naima')}
        """
    gv, sn = g.person("nl", "m")
    pv, ps = g.person("in", "f")
    return f"""
    overdracht vroege dienst → late dienst (ma 23/6)

    • groep Sevilla (22 pax, vertrek 26/6): rooming list nog niet binnen van hotel, {P('Jeroen')} belt
      morgen om 9u
    • {P(gv + ' ' + sn)}: klacht transfer Faro, voucher € 75 aangeboden, wacht op reactie
    • {P(pv + ' ' + ps)}: nieuwe klant, eerste reis met ons, wil visum India via ons regelen → doorverwezen
      naar de website van de ambassade (wij doen geen visa). Ze had haar paspoortkopie al gemaild;
      bijlage verwijderd uit het dossier.
    • systeem: Amadeus traag tussen 11:00 en 11:40, ticket 235-8820014733 opnieuw uitgegeven

    {P('Mila')}
    """


@scenario("nl", True)
def nl_doorgestuurd_airline(k, g):
    if k == 0:
        gv, sn = g.person("nl", "m")
        pv = g.given("nl", "f")
        et = g.d(10)
        return f"""
        Hoi, zie hieronder. Moet ik nu zelf iets doen of regelen jullie dit? Wij kunnen pas na 12 uur
        vertrekken vanwege werk.
        {P(gv)}

        ---------- Doorgestuurd bericht ---------
        Van: KLM Royal Dutch Airlines <noreply@klm-mail.example>
        Datum: za 14 jun 2025 om 03:12
        Onderwerp: Wijziging in uw reisschema – boekingscode K7QX2M
        Aan: <{EM(fold(gv).lower() + '.' + fold(sn).lower().replace(' ', '').replace("'", '') + '@gmail.com')}>

        Beste {P(gv.upper() + ' ' + fold(sn).upper())},

        Uw vlucht KL1234 van Amsterdam naar Lissabon op 2 juli 2025 is gewijzigd.
        Nieuwe vertrektijd: 07:05 (was 11:40).

        Passagiers:
          {P(airline(sn, gv))} MR      e-ticket 074-{et}
          {P(airline(sn, pv))} MRS     e-ticket 074-{int(et) + 1:010d}

        Gaat u niet akkoord? Neem dan contact op met uw reisbureau.
        """
    gv, sn = g.person("pl", "f")
    hv, _ = g.person("pl", "m")
    hsn = sn[:-1] + "i" if sn.endswith("ska") else sn
    return f"""
    Van: {P(gv + ' ' + sn)} <{EM(fold(gv).lower() + fold(sn).lower() + '@wp.pl')}>
    Aan: klantenservice@zonnigreizen.example
    Onderwerp: FW: Your Transavia booking 8HX2QP – seats

    Goedemiddag, sorry voor het Engels hieronder. Ik heb stoelen gekocht maar in de app zie ik ze niet.
    Kunnen jullie kijken? Mijn man ({P(hv)}) zit nu op 31F en ik op 12C 🙈

    > From: Transavia <service@transavia-mail.example>
    > Booking code: 8HX2QP
    > HV 6051  Amsterdam → Antalya  Tue 16 Sep 2025  06:30
    > Passenger 1: {P(fold(sn).upper() + '/' + fold(gv).upper())} MS   Seat 12A (paid €14,00)
    > Passenger 2: {P(fold(hsn).upper() + '/' + fold(hv).upper())} MR   Seat 12B (paid €14,00)
    > Payment: Mastercard ****7731
    """


@scenario("nl", True)
def nl_kaartbetaling(k, g):
    if k == 0:
        gv, sn = g.person("nl", "f")
        c = g.card("visa")
        return f"""
        Hallo,

        Bij het afrekenen van de aanbetaling (€ 350,00, boeking ZR-2025-131200) kreeg ik een foutmelding,
        maar het bedrag is wel twee keer van mijn creditcard afgeschreven. Het gaat om kaart
        {CC(' '.join(c[i:i + 4] for i in range(0, 16, 4)))}, geldig t/m 09/27.
        Wilt u één van de twee betalingen terugboeken?

        Groeten,
        {P(gv + ' ' + sn)}
        """
    gv, sn = g.person("tr", "m")
    c = g.card("mc")
    return f"""
    Telefoonnotitie 19/06 – {P(EMP['sanne'])}
    Dhr. {P(sn)} belde over restbetaling Bodrum (ZR-2025-088190, € 1.674,00). Wilde per se telefonisch
    betalen, heeft zijn kaartnummer opgelezen voordat ik hem kon onderbreken: {CC(c[:4] + '-' + c[4:8] + '-' + c[8:12] + '-' + c[12:])}.
    NIET via telefoon verwerkt; betaallink gestuurd. Oude betaling staat op Mastercard eindigend op 4410
    (XXXX-XXXX-XXXX-4410). Nummer graag uit deze notitie verwijderen na afhandeling.
    """


@scenario("nl", True)
def nl_social_dm(k, g):
    if k == 0:
        gv, sn = g.person("ma", "f")
        return f"""
        Instagram DM — @{fold(gv).lower()}.{g.d(2)} → @zonnigreizen

        hoii ik heb een vraag over mijn boeking K7Q4ZT
        de transfer staat op 14:00 maar we landen pas 15:35?? 😩
        mijn naam is {P(gv + ' ' + sn)}, kunnen jullie me bellen {PH(g.mob(10))}

        @zonnigreizen: Hoi {P(gv)}! Vervelend 😕 We hebben het doorgezet naar de transferpartner, je krijgt
        vandaag nog een nieuwe ophaaltijd. Bellen lukt via DM helaas niet, maar we mailen je. ^{P('Daan')}
        """
    gv, sn = g.person("nl", "m")
    return f"""
    Facebook Messenger
    {P(gv + ' ' + sn)}: Goeiedag, ik heb via jullie een last minute naar Rhodos geboekt maar nog geen
    bevestiging gehad. betaald met iDEAL, 1.089 euro. mail is {EM(fold(gv).lower() + '_' + fold(sn).split()[-1].lower() + g.d(2) + '@hotmail.com')}
    Zonnig Reizen: Hallo {P(gv)}, dank voor je bericht. De bevestiging staat klaar, maar ging naar een
    adres met een typfout. We sturen hem opnieuw. Fijne vakantie! 🌞
    {P(gv + ' ' + sn)}: top dank je
    """


@scenario("nl", True)
def nl_adreswijziging(k, g):
    if k == 0:
        gv, sn = g.person("nl", "f")
        nr = str(g.r.randint(2, 90))
        return f"""
        Beste Zonnig Reizen,

        Wij zijn verhuisd. Willen jullie de reisbescheiden voor de cruise (vertrek 4 oktober, boeking
        ZR-2025-076655) naar ons nieuwe adres sturen?

        Oud: {AD('Hogelandseweg ' + str(g.r.randint(2, 60)))}, {PC(f'370{g.r.randint(1, 9)} BK')} Zeist
        Nieuw: {AD('Laan van Vollenhove ' + nr + '-' + str(g.r.randint(1, 30)))}, {PC(f'370{g.r.randint(1, 9)}HX')} ZEIST

        Ons telefoonnummer blijft hetzelfde.

        Hartelijke groet,
        {P(gv + ' ' + sn)}
        """
    gv, sn = g.person("vn", "m")
    return f"""
    Adreswijziging doorgeven

    Naam: {P(sn + ' ' + gv)}
    Klantnummer: 30094418
    Nieuw adres: {AD('Kanaalstraat ' + str(g.r.randint(10, 240)) + ' bis')}
    Postcode: {PC('3531 cj')}
    Plaats: Utrecht
    Ingangsdatum: 1 augustus 2025
    Opmerking: ook graag de factuur van de reis naar Hanoi op dit adres
    """


@scenario("nl", True)
def nl_verzekering_claim(k, g):
    if k == 0:
        gv, sn = g.person("sr", "m")
        d = g.date(1966, 1990)
        iban = g.iban_nl("RABO")
        return f"""
        SCHADEFORMULIER REISVERZEKERING ZONNIG ZEKER
        Polisnummer:        ZZ-40-2291873
        Schadenummer:       S25-018844
        Verzekerde:         {P(gv + ' ' + sn)}
        Geboortedatum:      {DOB(fd(d, 'dmy-'))}
        Datum schade:       08-07-2025
        Plaats:             luchthaven Palma de Mallorca

        Omschrijving: koffer niet aangekomen op vlucht HV 5311, na 5 dagen terug bezorgd, kapotte wielen.
        Uitgaven voor kleding en toiletspullen € 214,60 (bonnetjes in bijlage). PIR-nummer PMIHV18204.

        Uitbetalen op: {IB(iban)}
        Ten name van: {P(gv[0] + '. ' + sn)}
        """
    gv, sn = g.person("nl", "f")
    pv, _ = g.person("nl", "m")
    iban = g.iban_nl("SNSB")
    return f"""
    Beste mensen,

    Wij moeten helaas onze reis naar Gran Canaria annuleren: bij ons huis is vorige week de kelder en de
    benedenverdieping ondergelopen en we moeten de komende weken thuis zijn voor de aannemer en de
    expert van de opstalverzekering. Wij hebben bij jullie de annuleringsverzekering afgesloten
    (polis ZZ-40-2302117).

    Kunnen jullie laten weten welke papieren jullie nodig hebben? Het expertiserapport kan ik sturen.
    Eventuele uitkering graag op {IB(iban_group(iban))} ({P(gv + ' ' + sn)} / {P(pv + ' ' + sn)}).

    Met vriendelijke groet,
    {P(gv)}
    """


@scenario("nl", True)
def nl_belgie(k, g):
    if k == 0:
        gv, sn = g.person("be", "m")
        iban = g.iban_be()
        return f"""
        Dag {P('Pieter-Jan')},

        Zoals gisteren aan de telefoon besproken: wij annuleren de busreis naar het Gardameer
        (dossier ZRB-25-0412). Het voorschot van € 480 mag teruggestort worden op {IB(iban_group(iban))}.

        Mijn gsm is {PH(g.be_mobile(1))}, overdag ben ik op het werk te bereiken op {PH(g.be_gent(1))}.

        Met vriendelijke groeten,
        {P(gv + ' ' + sn)}
        {AD('Kortrijksesteenweg ' + str(g.r.randint(100, 900)) + ' bus ' + str(g.r.randint(1, 12)))}
        {PC('9000')} Gent
        """
    gv, sn = g.person("be", "f")
    return f"""
    Goeiemiddag,

    Mag ik voor de reis naar Istanbul (vertrek 7 november vanuit Zaventem) mijn identiteitskaart
    doorgeven? Kaartnummer {ID(g.be_eid())}, geldig tot 14.03.2032. Mijn dochter reist met haar Kids-ID,
    dat nummer stuur ik morgen.

    Of moet ik dat bij jullie kantoor aan de Predikherenlei binnenbrengen?

    Vriendelijke groeten,
    {P(gv + ' ' + sn)}
    {PH(g.be_mobile(0))}
    """


@scenario("nl", True)
def nl_kindertarief(k, g):
    if k == 0:
        gv, sn = g.person("nl", "m")
        s1, s2 = g.given("nl", "m"), g.given("nl", "f")
        d1, d2 = g.date(2014, 2017), g.date(2019, 2021)
        return f"""
        Goedendag,

        Op de website staat dat kinderen t/m 11 jaar korting krijgen op de vlucht en 50% op het verblijf.
        Onze zoon {P(s1)} is geboren op {DOB(fd(d1, 'nl'))} en onze dochter {P(s2)} op {DOB(fd(d2, 'dmy-'))}.
        Tellen zij allebei als kind voor de reis in de herfstvakantie (18 t/m 25 oktober)?
        En hebben ze een eigen stoel nodig of mag de jongste op schoot?

        Met vriendelijke groet,
        {P(gv + ' ' + sn)}
        """
    gv, sn = g.person("tr", "f")
    c1, c2 = g.given("tr", "m"), g.given("tr", "f")
    d1, d2 = g.date(2016, 2019), dt.date(2023, 2, 22)
    return f"""
    Merhaba, ik boek voor mijn kleinkinderen mee naar Dalaman (4 juli). {P(c1)} ({DOB(fd(d1, 'dmy/'))} geboren) en
    de kleine {P(c2)} is {DOB('22 februari 2023')} geboren, dus ze is nog geen 2 op de terugreis denk ik?
    Dan betaal ik toch alleen de babyprijs? Mijn schoonzoon zegt dat ze een eigen stoel moet.

    Groeten van oma {P(gv)}
    """


@scenario("nl", True)
def nl_bsn_ongevraagd(k, g):
    if k == 0:
        gv, sn = g.person("nl", "m")
        b = g.bsn()
        return f"""
        Hallo,

        Voor de ESTA naar Amerika (rondreis West-Coast, vertrek 30 september) vroegen jullie mijn gegevens.
        Hierbij:

        Naam: {P(gv + ' ' + sn)}
        Paspoortnummer: {ID(g.nl_passport())}
        BSN: {BS(b)}
        Geboren: {DOB(fd(g.date(1958, 1970), 'dmy-'))}

        Ik weet niet of jullie het BSN nodig hebben maar het staat op het paspoort dus voor de zekerheid.

        Groet, {P(gv)}
        """
    gv, sn = g.person("sr", "f")
    b = g.bsn()
    b_dot = f"{b[:4]}.{b[4:6]}.{b[6:]}"
    return f"""
    Goedemorgen,

    ik heb het formulier voor de groepsreis Suriname (familiebezoek, vertrek 12-12) ingevuld maar de
    upload werkt niet. Daarom hier in de mail:

    {P(gv + ' ' + sn)} | burgerservicenummer {BS(b_dot)} | paspoort {ID(g.nl_passport())} (verloopt 2030) |
    {AD('Dorpsstraat ' + str(g.r.randint(1, 99)) + 'a')}, {PC('3405 BD')} Benschop | tel {PH(g.nl_fixed('0348', 1))}

    Boekingsnummer: {g.good9()} (staat op de aanbetaling)

    Mvg {P(gv)}
    """


@scenario("nl", True)
def nl_parkeren(k, g):
    if k == 0:
        gv, sn = g.person("nl", "m")
        kt = g.kenteken(g.r.choice([7, 8, 9]))
        return f"""
        Hallo,

        Bij de reis naar Malaga heb ik Park & Fly Schiphol P3 bijgeboekt (12 t/m 26 september,
        reservering PF-77103). In de bevestiging staat het verkeerde kenteken. Het moet zijn {KT(kt)}
        (grijze Skoda Octavia), niet de auto van mijn vrouw.

        Kunt u dat aanpassen voordat we vertrekken? Anders gaat de slagboom niet open.

        Gr. {P(gv + ' ' + sn)}
        """
    gv, sn = g.person("in", "m")
    kt = g.kenteken(g.r.choice([10, 11, 12])).replace("-", "").lower()
    return f"""
    hi, eindhoven airport parkeren P1 erbij boeken voor ZR-2025-140923? auto kenteken {KT(kt)}. we komen
    zondag 5 okt rond 04:30 aan, vlucht om 06:55. thnx, {P(gv)}
    """


@scenario("nl", True)
def nl_zakelijk(k, g):
    if k == 0:
        gv, sn = g.person("nl", "f")
        btw = g.btw()
        kvk = g.kvk()
        return f"""
        Beste {P('Jeroen')},

        Dank voor de offerte voor ons bedrijfsuitje naar Porto (28 personen, 9-11 oktober). We gaan akkoord
        met optie B (hotel aan de Ribeira, incl. diner op vrijdag). Factuurgegevens:

        Brightwave Installaties B.V.
        t.a.v. {P(gv + ' ' + sn)}, office manager
        {AD('Nijverheidsweg ' + str(g.r.randint(2, 60)))}
        {PC('3534 AM')} Utrecht
        KvK {KVK(kvk)}
        btw-id {BTW(btw)}
        Inkoopordernummer: PO-2025-0931

        De deelnemerslijst met paspoortnamen volgt uiterlijk 1 september.

        Met vriendelijke groet,
        {P(gv + ' ' + sn)}
        T {PH(g.nl_fixed('030', 1))}
        """
    gv, sn = g.person("ma", "m")
    b = g.bsn()
    kvk = g.kvk()
    return f"""
    Goedemiddag,

    Ik ben zzp'er (fotograaf) en ga mee met de persreis naar Kaapverdië. Voor de factuur:

    {P(gv + ' ' + sn)} Fotografie
    KvK-nummer: {KVK(kvk)}
    Omzetbelastingnummer: {BS('NL' + b + 'B01')}

    Ik heb ook een nieuw btw-id maar mijn boekhouder gebruikt nog steeds dit oude nummer, hoop dat dat
    goed is. Graag de factuur naar {EM('studio@' + fold(sn).lower().replace(' ', '') + 'fotografie.nl')}.

    Groet, {P(gv)}
    """


@scenario("nl", True)
def nl_whatsapp(k, g):
    if k == 0:
        gv, sn = g.person("nl", "f")
        return f"""
        [12-07-25 10:02:11] {P(gv + ' ' + sn)}: Hoi, zitten op Kos en de kluis in onze kamer doet het niet, receptie zegt morgen
        [12-07-25 10:04:40] Zonnig Reizen: Hoi {P(gv)}! Wat vervelend. In welk hotel zitten jullie?
        [12-07-25 10:05:02] {P(gv + ' ' + sn)}: Aegean Blue Suites, kamer 214
        [12-07-25 10:09:37] Zonnig Reizen: Ik heb de reisleider ({P('Kostas')}) gevraagd langs te gaan. Hij belt je op je 06, klopt {PH(g.mob(2))} nog?
        [12-07-25 10:10:15] {P(gv + ' ' + sn)}: Ja klopt 👍
        [12-07-25 10:10:58] Zonnig Reizen: Top. Groet, {P('Sanne')}
        """
    gv, sn = g.person("cn", "f")
    return f"""
    Chat via zonnigreizen.example — 22 jun 2025
    Bezoeker: hallo ik wil mijn stoel wijzigen
    Medewerker ({P('Naima')}): Hallo! Dat kan. Mag ik je naam en boekingsnummer?
    Bezoeker: {P(sn + ' ' + gv)}, boeking K7PW3N
    Medewerker ({P('Naima')}): Dank je. Je zit nu op 27E. Er is nog plek bij het raam op 14A of 19F (€ 12,50).
    Bezoeker: 14A graag. kan je de bevestiging naar {EM(fold(gv).lower() + '.' + fold(sn).lower() + g.d(3) + '@gmail.com')} sturen
    Medewerker ({P('Naima')}): Gedaan! Fijne reis.
    """


@scenario("nl", True)
def nl_naamswijziging(k, g):
    if k == 0:
        gv = g.given("ma", "f")
        sn = g.r.choice(["El Amrani", "Ait Taleb", "El Ouardi"])
        return f"""
        Goedemiddag,

        Op mijn ticket staat {P(fold(sn).upper().replace(' ', '') + '/' + gv.upper())}, maar in mijn paspoort staat de achternaam met een
        spatie: {P(sn.upper())}. Is dat een probleem bij het boarden in Nador? Mijn paspoortnummer is
        {ID(g.nl_passport())}, mocht u het moeten aanpassen.

        Bedankt alvast,
        {P(gv + ' ' + sn)}
        """
    gv, sn = g.person("nl", "f")
    old = g.r.choice([x for x in NAMES["nl"][2] if x != sn and " " not in x])
    idn = g.nl_idcard()
    return f"""
    Hallo,

    Sinds mijn huwelijk gebruik ik de naam {P(gv + ' ' + sn + '-' + old)}, maar mijn identiteitskaart staat nog op
    {P(gv + ' ' + old)} (documentnummer {ID(idn)}). De boeking voor Sicilië heb ik op de nieuwe naam gedaan.
    Moet ik de naam terug laten zetten? De nieuwe ID-kaart krijg ik pas na de reis.

    Groetjes,
    {P(gv)}
    """


# ---- Dutch, without personal data ------------------------------------------------------------------

@scenario("nl", False)
def nl_bagage(k, g):
    if k == 0:
        return """
        Goedemiddag,

        Wij gaan in oktober naar de Algarve (boeking ZR-2025-118020) en willen onze golftassen meenemen.
        Valt dat onder de 23 kg ruimbagage of moet dat apart bijgeboekt worden? En mag de handbagage
        55 x 40 x 20 cm zijn of is dat bij Transavia kleiner? We hebben 2 golftassen van ca. 15 kg.

        Alvast bedankt!
        """
    return """
    vraagje: moet de kinderwagen en het autostoeltje mee als ruimbagage of mag dat gratis tot aan het
    vliegtuig? vlucht KL 1685 naar Malaga op 3/8. onze oudste is 4 en de kleine 10 maanden. en is 10 kg
    handbagage per persoon, ook voor de baby?
    """


@scenario("nl", False)
def nl_visum(k, g):
    if k == 0:
        return """
        Hallo,

        Wij gaan met Zonnig Reizen naar Hurghada (vertrek 19 oktober, 8 dagen all-in). Moeten wij vooraf
        een visum aanvragen of kan dat op het vliegveld? Ik lees verschillende bedragen: 25 dollar,
        30 euro... En hoe lang moet het paspoort nog geldig zijn, 6 maanden na terugkomst?

        Groet
        """
    return """
    Kaapverdië: klopt het dat we ons online moeten registreren (EASE) en de luchthaventaks van
    3.400 escudo's vooraf moeten betalen? Of zit dat in de reissom van € 1.129 p.p.? We vertrekken
    op 2 februari 2026 met 4 personen. Bedankt!
    """


@scenario("nl", False)
def nl_vluchttijden(k, g):
    if k == 0:
        return """
        Beste reiziger,

        De luchtvaartmaatschappij heeft de vluchttijden van uw reis gewijzigd.

        Heen:   HV 6051  Amsterdam (AMS) – Antalya (AYT)   di 16-09-2025  06:30 → 11:05
        Terug:  HV 6052  Antalya (AYT) – Amsterdam (AMS)   di 23-09-2025  12:10 → 15:00

        De transfer is aangepast aan de nieuwe tijden. U hoeft niets te doen. Gaat u niet akkoord,
        bel ons dan binnen 7 dagen op 030 - 799 21 50 (ma-vr 9-17 uur).

        Met zonnige groet,
        Team Zonnig Reizen
        """
    return """
    Hoe laat moeten we op Schiphol zijn voor KL1685 om 07:10 naar Malaga? Is dat vertrekhal 2 of 3?
    We hebben online ingecheckt maar moeten nog 2 koffers afgeven. En sluit de balie 45 of 60 minuten
    van tevoren?
    """


@scenario("nl", False)
def nl_prijs(k, g):
    if k == 0:
        return f"""
        Hallo,

        Ik heb vorige week boekingsnummer {g.good9()} gemaakt voor Tenerife, 2 personen, € 1.249,00 p.p.
        Nu staat dezelfde reis op jullie site voor € 1.089,00 p.p. Kan het verschil (€ 320) terug of
        krijgen we een tegoedbon? Referentie van de aanbetaling: {g.bad9()}.

        Groeten
        """
    return """
    Wat kost de toeslag voor een eenpersoonskamer bij de rondreis Sri Lanka (15 dagen, vertrek 7 januari
    2026)? In de brochure staat € 395, op de website € 445. En is de fooienpot (± € 60) inbegrepen?
    """


@scenario("nl", False)
def nl_org_antwoord(k, g):
    if k == 0:
        return """
        Beste reiziger,

        Bedankt voor uw bericht. Wij reageren binnen 2 werkdagen. Heeft u een spoedvraag tijdens uw reis?
        Bel dan onze 24/7 noodlijn: 088-2546100 (vanuit het buitenland +31 88 254 61 00).

        Zonnig Reizen B.V.
        Zonnewijzerkade 12 | 3542 DG Utrecht
        Postbus 19072 | 3501 DB  UTRECHT
        T +31 (0)30 799 2150 | WhatsApp 06 1987 4420
        klantenservice@zonnigreizen.example | www.zonnigreizen.example
        KvK 61739204 | btw NL854127392B01 | IBAN NL21 RABO 0318 4429 17
        Lid ANVR (nr. 4412) en SGR (nr. 3517) | Calamiteitenfonds
        """
    return """
    Betaalinstructie restbetaling

    Het restant van uw reissom (€ 2.115,50) dient uiterlijk 6 weken voor vertrek in ons bezit te zijn.
    U kunt overmaken naar:

      IBAN      NL21RABO0318442917
      BIC       RABONL2U
      t.n.v.    Zonnig Reizen B.V., Utrecht
      kenmerk   7017 3390 2214 8806

    Belgische klanten: BE88 7350 0461 2841 (Zonnig Reizen België, Predikherenlei 27, 9000 Gent,
    ondernemingsnummer BE 0785.412.364). Vragen? 09/265.40.18.
    """


@scenario("nl", False)
def nl_transfer(k, g):
    if k == 0:
        return """
        TRANSFERINFORMATIE — Mallorca

        Aankomst:     vr 22-08-2025, HV 5311, 10:45 uur, Palma (PMI)
        Ophaalpunt:   uitgang aankomsthal, balie 'Zonnig Reizen / Sunbus' (gate B)
        Hotel:        Hotel Playa Serena, Carrer de la Mar 14, 07590 Cala Ratjada
        Rijtijd:      ca. 75 minuten
        Retour:       vr 29-08-2025, ophalen bij het hotel om 07:20 uur

        Noodnummer transfer (ter plaatse): +34 971 555 218
        """
    return """
    Hoe ver is het van het vliegveld van Kos naar ons hotel, het Aegean Blue Suites (Odos Agiou
    Nikolaou 14, 85300 Kos)? We landen pas om 23:40 met HV 6221. Rijdt de transfer dan nog of moeten we
    een taxi nemen? Ik lees ergens 25 minuten en ergens 50.
    """


@scenario("nl", False)
def nl_annuleringsverzekering(k, g):
    if k == 0:
        return """
        Goedemorgen,

        Geldt de annuleringsverzekering Zonnig Zeker ook als mijn werkgever mijn vakantie intrekt? In de
        voorwaarden (versie 2025.1, artikel 4.2) lees ik alleen iets over werkloosheid. We hebben geboekt
        op 3 maart, reissom € 3.480, premie 6,5%.

        Met vriendelijke groet
        """
    return """
    Ik wil ZonnigFlex bijboeken voor onze reis naar Rome (8-12 april 2026). Kan dat nog als de boeking al
    16 dagen oud is? In de app staat 'niet beschikbaar' bij optie 3. Polis ZZ-40-2298801 staat er wel al.
    """


@scenario("nl", False)
def nl_nieuwsbrief(k, g):
    if k == 0:
        return """
        ☀️ ZONNIG REIZEN — NAJAARSDEALS ☀️

        RONDREIS ANDALUSIË — 1450 KM in 8 dagen, vanaf € 899 p.p.
        Kreta, 8 dagen all-inclusive, vertrek 11-10 t/m 25-10, vanaf € 749
        Vroegboekkorting zomer 2026: 10% met code ZON26 (geldig t/m 31-08-2025)

        Afmelden? Klik hier. Zonnig Reizen B.V., Zonnewijzerkade 12, 3542 DG Utrecht.
        """
    return """
    Hoi! Ik kreeg de kortingscode HERFST50 in de nieuwsbrief maar bij het boeken krijg ik 'code ongeldig'.
    Reis: Lissabon stedentrip 3 nachten, 17-20 november, 2 pers. Totaal was € 712,40. Werkt de code
    alleen voor reizen boven de € 750?
    """


@scenario("nl", False)
def nl_incheckbericht(k, g):
    if k == 0:
        return """
        Online inchecken is geopend ✈️

        Boekingscode:   K7QX2M
        Vlucht:         KL 0765  Amsterdam → Bonaire
        Vertrek:        ma 08-09-2025 10:25, check-in sluit 09:25
        Stoelen:        21A, 21B, 21C
        E-tickets:      074-2345678901, 074-2345678902, 074-2345678903

        Inchecken kan tot 1 uur voor vertrek via de app of www.zonnigreizen.example/mijnreis.
        """
    return """
    Zonnig Reizen: uw transfer op 14-08 wordt opgehaald om 05:50 bij Hotel Los Almendros (ingang
    Avenida del Mar). Buscode ZR-BUS-17, stoelnummer 22. Vragen? App ons op 06-19874420.
    """


@scenario("nl", False)
def nl_paspoort_geldig(k, g):
    if k == 0:
        return """
        Mijn paspoort verloopt op 03-11-2026. We gaan in mei 2026 naar Marokko. Is dat lang genoeg, of moet
        ik eerst een nieuw paspoort aanvragen? De gemeente zegt dat het 6 weken kan duren. Een ID-kaart is
        voor Marokko niet genoeg toch?
        """
    return """
    Hebben kinderen onder de 12 een eigen paspoort nodig voor Turkije of mogen ze bijgeschreven worden?
    Onze jongste is 3. Het paspoort van mijn man is in 2024 verlengd, dat van mij is geldig tot 2029.
    """


@scenario("nl", False)
def nl_social_publiek(k, g):
    if k == 0:
        return """
        @ZonnigReizen al 4 UUR vertraging op Eindhoven met HV 5147 naar Gran Canaria en niemand van jullie te
        zien 😡😡 geen water, geen info, kinderen moe. Dit was onze eerste reis met jullie en meteen de
        laatste #zonnigreizen #vertraging #EIN
        """
    return """
    ⭐⭐⭐⭐☆ Prima reis naar Sicilië geboekt via Zonnig Reizen. Hotel (Baia Azzurra, Via Lungomare 88,
    Cefalù) was top, transfer liep 40 min uit. De reisleider ter plaatse was super behulpzaam. Minpunt:
    de app gaf 2x een verkeerde vertrektijd. Volgend jaar weer!
    """


# ====================================================================================================
# English scenarios (17 with personal data, 8 without)
# ====================================================================================================

@scenario("en", True)
def en_expat_booking(k, g):
    if k == 0:
        gv, sn = g.person("gb", "m")
        wv = g.given("gb", "f")
        nr = g.r.randint(20, 300)
        return f"""
        Hi there,

        My wife {P(wv)} and I would like to book the 10-day Puglia trip (departure 20 September) for two
        adults and our son, who turns 5 in August. We moved to the Netherlands last year, so the booking
        address is {AD(f'Admiraal De Ruijterweg {nr}-III')}, {PC(f'1056 {g.r.choice(["GK", "HB", "LZ", "MX"])}')} Amsterdam, but please use my UK
        mobile {PH(g.uk_mobile(1))} as I don't have a Dutch number yet.

        Could you also tell me whether the rental car can be collected in Bari instead of Brindisi?

        Cheers,
        {P(gv + ' ' + sn)}
        """
    gv, sn = g.person("in", "f")
    fa, mo = g.given("in", "m"), g.given("in", "f")
    tail = g.d(9)
    return f"""
    Hello team,

    I'm {P(gv)}, we booked the Dubai + Maldives package (ZR-2025-151120). My parents will fly in from
    Chennai and join us in Dubai for 4 nights — can you add them to the hotel part only? Their names as
    in the passport: {P(fa + ' ' + sn)} and {P(mo + ' ' + sn)}. You can reach my father on WhatsApp at
    {PH('+91 9' + tail[:4] + ' ' + tail[4:])} if you need anything from them directly.

    Thanks so much!
    {P(gv + ' ' + sn)}
    Amstelveen
    """


@scenario("en", True)
def en_passport_uk(k, g):
    if k == 0:
        gv, sn = g.person("gb", "f")
        d = g.date(1970, 1992)
        return f"""
        Hello,

        As requested for the Cape Verde booking, here are my passport details:

        Full name: {P(gv.upper() + ' ' + sn.upper())}
        Passport no: {ID(g.uk_passport())}
        Nationality: British citizen
        Date of birth: {DOB(fd(d, 'en'))}
        Date of issue: 14 March 2019
        Date of expiry: 14 September 2029

        Please let me know if you need anything else.
        {P(gv)}
        """
    gv, sn = g.person("gb", "m")
    d = g.date(1975, 1990)
    return f"""
    hi - irish passport, not british, so pls correct the nationality on the booking.
    no. {ID('P' + g.r.choice('ACDEFGHJKLMNRTVWX') + g.d(7))}, exp 06/2030, DOB {DOB(fd(d, 'dmy/'))}. name exactly as on passport: {P(gv + ' ' + sn)}
    thanks
    """


@scenario("en", True)
def en_refund(k, g):
    if k == 0:
        gv, sn = g.person("gb", "m")
        iban = g.iban_gb()
        return f"""
        Dear Zonnig Reizen,

        Following the cancellation of our flight to Faro (TP 663, 14 May) your colleague {P('Mila')} confirmed
        a refund of EUR 1,418.00. I no longer have the Dutch account we paid from. Could you please
        transfer the money to my UK account instead?

        Account holder: {P(gv[0] + ' ' + sn)}
        IBAN: {IB(iban_group(iban))}
        BIC: {iban[4:8]}GB2L

        Our booking reference is ZR-2025-066318.

        Kind regards,
        {P(gv + ' ' + sn)}
        """
    gv, sn = g.person("vn", "f")
    iban = g.iban_nl("ABNA")
    return f"""
    Hi, the hotel in Nha Trang was closed when we arrived (!!) and your rep said we would get the 3
    nights refunded (€ 264). please send it to my partner's account, {IB(iban)}, name {P('Bram Oosterveld')}.
    booking K7RV4D. thank you
    – {P(sn + ' ' + gv)}
    """


@scenario("en", True)
def en_complaint(k, g):
    if k == 0:
        gv, sn = g.person("gb", "f")
        hv = g.given("gb", "m")
        c1, c2 = g.given("gb", "f"), g.given("gb", "m")
        return f"""
        Subject: Formal complaint – cancelled return flight Rhodes, booking ZR-2025-079904

        To whom it may concern,

        Our return flight HV 6212 on 24 July was cancelled at the gate. We (myself, my husband {P(hv)} and
        our children {P(c1)} and {P(c2)}) were left at Rhodes airport for eleven hours without food
        vouchers or any information from your company. Your emergency line kept us on hold for 47 minutes.

        We spent EUR 186.40 on meals and a taxi (receipts attached) and I expect this to be reimbursed in
        addition to the EU261 compensation of 4 x EUR 400.

        Yours faithfully,
        {P(gv + ' ' + sn)}
        {PH(g.uk_fixed(1))}
        """
    gv, sn = g.person("in", "m")
    return f"""
    I want to report the behaviour of your local rep in Side, a man called {P('Murat')}. When we asked
    about the broken air conditioning he laughed and said 'this is Turkey, not Holland'. The hotel
    manager, Mrs {P('Aksoy')}, was helpful, he was not. Room 4107, 12-19 June.

    {P(gv + ' ' + sn)}
    """


@scenario("en", True)
def en_passenger_table(k, g):
    if k == 0:
        rows = []
        for her in ["gb", "in", "pl", "nl"]:
            gv, sn = g.person(her)
            rows.append((gv, sn, g.date(1988, 1999)))
        lines = "\n".join(f"        | {i} | {P(gv)} | {P(sn)} | {DOB(fd(d, 'dmy/'))} |" for i, (gv, sn, d) in enumerate(rows, 1))
        return f"""
        Hey! Booking for the Ibiza weekend (4 friends, 11-14 Sept, ZR-2025-144470). Details below:

        | # | First name | Surname | Date of birth |
        |---|------------|---------|---------------|
{lines}

        Room split: 1+2 and 3+4. Paying in one go with {P(rows[0][0])}'s card.
        """
    rows = []
    for her, t in [("cn", "MR"), ("cn", "MRS"), ("cn", "MISS")]:
        gv, sn = g.person(her, "m" if t == "MR" else "f")
        rows.append((t, gv, sn, g.date(1976, 1986) if t != "MISS" else g.date(2013, 2016), "E" + g.r.choice("JK") + g.d(7)))
    sn0 = rows[0][2]
    rows = [(t, gv, sn0, d, pp) for (t, gv, sn, d, pp) in rows]
    body = "\n".join(f"    {t},{P(gv)},{P(sn)},{DOB(fd(d, 'iso'))},{ID(pp)},2031-0{i + 3}-15" for i, (t, gv, sn, d, pp) in enumerate(rows))
    return f"""
    Pasting the passenger sheet from our travel planner as requested (family trip Vienna/Salzburg):

    Title,First name,Last name,DOB,Passport no,Expiry
{body}

    The child is under 12, so the child fare should apply. Best, {P(rows[0][1] + ' ' + sn0)}
    """


@scenario("en", True)
def en_emergency(k, g):
    if k == 0:
        gv, sn = g.person("gb", "m")
        return f"""
        URGENT – lost passport, Heraklion

        Hi, my passport was stolen from our room at the Minos Palace last night (police report no.
        1456/25/117). Our flight home is tomorrow 14:20 (HV 5102). The Dutch consulate in Athens says I need
        an emergency travel document from the UK embassy. Can you move my flight if it doesn't arrive
        in time? The hotel number is +30 2810 555 904 but I'm out most of the day, please call my mobile
        {PH(g.uk_mobile(2))}.

        {P(gv + ' ' + sn)} (booking ZR-2025-090215)
        """
    gv, sn = g.person("gb", "f")
    sv = g.given("gb", "f")
    return f"""
    We missed the connection in Frankfurt because the KLM flight was late and now nobody will rebook us.
    My husband's phone is dead. If you can't reach me on this email please call my sister
    {P(sv + ' ' + g.r.choice(['Hartley', 'Crossland', 'Fenwick']))} in Leeds on {PH(g.uk_fixed(1))}, she has all our booking details. We are at
    gate A26. Please help!!! {P(gv)}
    """


@scenario("en", True)
def en_forwarded_airline(k, g):
    if k == 0:
        gv, sn = g.person("gb", "m")
        pv = g.given("gb", "f")
        et = g.d(10)
        return f"""
        Can you confirm this is legit? Looks odd that they want us to fly via London now.
        {P(gv)}

        -----Original Message-----
        From: British Airways <ba.notifications@ba-mail.example>
        Sent: 09 June 2025 22:41
        To: {P(gv + ' ' + sn)} <{EM(fold(gv).lower()[0] + fold(sn).lower().replace("'", '').replace(' ', '') + '@btinternet.com')}>
        Subject: Important change to your flight

        Booking reference: 7MRK2L
        {P(airline(sn, gv))} MR     Ticket 125-{et}
        {P(airline(sn, pv))} MRS    Ticket 125-{int(et) + 1:010d}

        BA 429  AMS–LHR  18 Aug 2025  07:10–07:25
        BA 2708 LHR–FAO  18 Aug 2025  10:05–12:55
        """
    gv, sn = g.person("de", "f")
    return f"""
    Hi, forwarding the cancellation from Eurowings. How do we claim compensation, via you or via them?

    ---------- Forwarded message ---------
    From: Eurowings <service@eurowings-info.example>
    Date: Mon, 7 Jul 2025 at 16:02
    Subject: Your flight EW 9581 has been cancelled

    Dear Ms {P(sn)},

    Unfortunately your flight EW 9581 from Düsseldorf to Palma on 8 July 2025 has been cancelled.
    Booking code: QW3TZ8. Passenger: {P(airline(sn, gv, german=True))} MS

    You can rebook free of charge or request a refund at eurowings-info.example/refund.
    """


@scenario("en", True)
def en_card(k, g):
    if k == 0:
        gv, sn = g.person("gb", "m")
        c = g.card("amex")
        return f"""
        Hello,

        The payment page keeps timing out, so here are my card details for the balance of EUR 2,240.00
        (booking ZR-2025-101447):

        American Express
        Card number: {CC(c[:4] + ' ' + c[4:10] + ' ' + c[10:])}
        Expiry: 11/28
        Name on card: {P(gv[0] + ' ' + sn.upper())}

        I'll give you the security code over the phone.

        {P(gv + ' ' + sn)}
        """
    gv, sn = g.person("pl", "f")
    c = g.card("visa")
    return f"""
    Re: chargeback ZR-2025-087712

    Hi, my bank asks for your reference for the dispute. It's about the Visa ending 1184? No wait,
    wrong card — in my first email (below) I sent the full number, sorry: it's the one ending {c[-4:]}.

    > On 2 June 2025, {P(gv + ' ' + sn)} wrote:
    > I was charged twice for the excursion (EUR 89.00). Card {CC(c)}.

    {P(gv)}
    """


@scenario("en", True)
def en_social_dm(k, g):
    if k == 0:
        gv, sn = g.person("gb", "f")
        h = f"@{fold(gv).lower()}_{re.sub('[^a-z]', '', fold(sn).lower())[:4]}{g.d(2)}"
        return f"""
        DM on X
        {h}: hiya, still no confirmation for our Rhodes booking and the money left my account on Friday. can someone check? name {P(gv + ' ' + sn)}, email {EM(fold(gv).lower() + '.' + fold(sn).lower().replace("'", '').replace(' ', '') + '@yahoo.co.uk')}
        @ZonnigReizen: Hi {P(gv)}, sorry about that! Found it – the confirmation was stuck in our system. Resent just now, please check your spam folder too. ^{P('Daan')}
        {h}: got it, thanks!!
        """
    gv, sn = g.person("in", "m")
    return f"""
    Instagram — message request
    {P(gv.lower())}: hey can u call me back about the group booking for my brother's wedding in Goa?
    {P(gv.lower())}: {PH(g.mob(5))}
    {P(gv.lower())}: 18 people, flights from AMS + 2 nights hotel, dec 2025
    Zonnig Reizen: Hi! Happy to help. Our group desk will call you tomorrow between 10 and 12. ^{P('Jeroen')}
    """


@scenario("en", True)
def en_agent_note(k, g):
    if k == 0:
        gv, sn = g.person("gb", "f")
        return f"""
        Case note – Gent desk – {P(EMP['pj'])} – 03/07/2025 11:48

        Client {P(gv + ' ' + sn)} (Irish, lives in Ghent) phoned re: booking ZRB-25-0577 (Crete, 2 ad + 1 inf).
        Infant turns 2 during the trip → airline requires child seat for return leg, price difference
        EUR 212. Client agrees. Callback number {PH(g.be_mobile(2))}. Invoice to be resent by email.
        Escalated to {P('Jeroen')} for the hotel part (cot requested).
        """
    gv, sn = g.person("nl", "m")
    return f"""
    NOODLIJN LOG – shift {P(EMP['ravi'])}, night 14→15 Aug

    01:12  call from {P(gv + ' ' + sn)} (ZR-2025-121940), stuck at Antalya airport, transfer did not show.
           Contacted Sunbus duty phone, new pickup 02:00. Client's number {PH(g.mob(6))}.
    01:58  client confirms pickup. Closed.
    03:40  hotel Larissa Beach reports 2 guests missing from bus 7 – false alarm (late check-out). Closed.
    """


@scenario("en", True)
def en_insurance_claim(k, g):
    if k == 0:
        gv, sn = g.person("gb", "m")
        d = g.date(1962, 1985)
        iban = g.iban_nl("INGB")
        nr = g.r.randint(2, 150)
        return f"""
        CLAIM FORM – TRAVEL INSURANCE (Zonnig Zeker)
        Policy number: ZZ-40-2287710
        Claimant: {P(gv + ' ' + sn)}
        Date of birth: {DOB(fd(d, 'dmy/'))}
        Address: {AD(f'Prins Hendriklaan {nr}')}, {PC('3583 EL')} Utrecht
        What happened: phone stolen from sun lounger, Playa de Palma, 11/07/2025 (police report attached)
        Amount claimed: EUR 649.00 (purchase 2023, invoice attached)
        Pay to: {IB(iban)}
        """
    gv, sn = g.person("in", "f")
    d = g.date(1980, 1993)
    return f"""
    Hello, I'd like to claim for the missed connection in Istanbul (TK 1952 / TK 718) — we had to pay a
    hotel night ourselves (USD 118). Policy ZZ-40-2299034. My details: {P(gv + ' ' + sn)}, born
    {DOB(fd(d, 'us'))}, email {EM(fold(gv).lower() + '.' + fold(sn).lower()[:5] + '@proton.me')}. Receipts attached. Thanks!
    """


@scenario("en", True)
def en_address(k, g):
    if k == 0:
        gv, sn = g.person("gb", "f")
        nr = g.r.randint(3, 120)
        return f"""
        Hi,

        Please send the invoice and travel documents to my parents' address in the UK, we'll be staying
        there before the trip:

        {P(gv + ' ' + sn)}
        c/o Mr & Mrs {P(sn)}
        {AD(f'{nr} Larkspur Avenue')}
        Harrogate
        {PC('HG2 7QN')}

        Many thanks
        """
    gv, sn = g.person("pl", "m")
    nr = g.r.randint(5, 80)
    return f"""
    Change of address please — booking ZR-2025-130018. Moved from Amersfoort to {AD(f'Biltstraat {nr}-bis')},
    {PC('3572AS')} Utrecht on 1 July. Invoice must have the new address for my employer (tax refund).
    {P(gv + ' ' + sn)}
    """


@scenario("en", True)
def en_name_change(k, g):
    if k == 0:
        gv, sn = g.person("gb", "f")
        old = g.r.choice(["Holloway", "Brigstock", "Farrant"])
        return f"""
        Hello,

        I booked the Marrakech trip under my maiden name ({P(gv + ' ' + old)}) but my new passport is in my married
        name, {P(gv + ' ' + sn)}. Passport number {ID(g.uk_passport())}. Can the ticket be changed without a fee? The flight
        is with Transavia (HV 5531, 2 October).

        Thank you,
        {P(gv)}
        """
    gv, sn = g.person("cn", "m")
    return f"""
    Dear Sir/Madam, my name in the booking is written '{P(gv + ' ' + sn)}' but in Chinese passport the order is
    surname first: {P(sn.upper() + ' ' + gv.upper())}. The airline system shows {P(sn.upper() + '/' + gv.upper())}. Is this
    correct or must I change? Passport {ID('E' + g.r.choice('HJK') + g.d(7))}. Thank you very much.
    """


@scenario("en", True)
def en_ip_login(k, g):
    if k == 0:
        gv, sn = g.person("gb", "m")
        own = g.ip4([77, 84, 89, 145, 213])
        bad = g.ip4([41, 102, 185, 196])
        return f"""
        Hi,

        I got an email saying someone logged in to my Mijn Zonnig account yesterday at 23:14 from
        {IP(bad)} (Lagos?). That wasn't me. I only ever log in from home ({IP(own)} according to
        whatismyip). I've changed my password. Can you check whether anything was changed on my booking
        ZR-2025-115506, especially the refund account?

        {P(gv + ' ' + sn)}
        """
    gv, sn = g.person("in", "m")
    v6 = f"2a02:a4{g.r.randint(10, 99)}:{g.r.randint(0x1000, 0xffff):x}:{g.r.randint(0x100, 0xfff):x}::1"
    return f"""
    The booking page gives an error every time I try to pay. Screenshot text:

      Error 403 – request blocked by WAF
      Client IP: {IP(v6)}
      Ray ID: 8f2c1a9d3b7e4410-AMS
      Time: 2025-06-21 19:02:55 UTC
      Server: web-04.zonnigreizen.example (10.20.4.14)

    Using Chrome 126.0.6478.127 on Windows. Please advise. {P(gv)}
    """


@scenario("en", True)
def en_car(k, g):
    if k == 0:
        gv, sn = g.person("gb", "m")
        kt = g.kenteken(g.r.choice([4, 5, 6]))
        return f"""
        Hi, I added airport parking at Eindhoven to our booking (ZR-2025-133012) but entered my old car.
        The new one is a blue Kia Niro, Dutch plate {KT(kt)}. Arriving Saturday 6:15am, flight at 8:40.
        Thanks, {P(gv)}
        """
    gv, sn = g.person("de", "m")
    return f"""
    Hello, for the car rental in Madeira the rental company wants my driving licence number in advance.
    It's a Dutch licence: {ID('5' + g.d(9))}, valid until 2031. Name: {P(gv + ' ' + sn)}.
    I'll also have the second driver, my wife, but she has a German licence, she'll bring it.
    """


@scenario("en", True)
def en_business(k, g):
    if k == 0:
        gv, sn = g.person("nl", "m")
        return f"""
        Dear {P('Jeroen')},

        Thank you for the proposal for our team retreat in Lisbon (14 people, 5-8 November). Please use the
        following details for the contract and invoice:

        Lumenfield Analytics B.V.
        Attn. {P(gv + ' ' + sn)}, Operations
        {AD('Europalaan ' + str(g.r.randint(10, 99)))}, {PC('3526 KS')} Utrecht
        Chamber of Commerce: {KVK(g.kvk())}
        VAT: {BTW(g.btw())}

        Purchase order: 4500018832

        Best regards,
        {P(gv + ' ' + sn)}
        {PH(g.nl_fixed('030', 2))}
        """
    gv, sn = g.person("gb", "f")
    return f"""
    Hi, I'm a freelance translator in Haarlem and joining the study trip to Seville. Please invoice my
    business: {P(gv + ' ' + sn)} Language Services, CoC {KVK(g.kvk())}, VAT no. {BTW(g.btw())}.
    Thanks!
    """


@scenario("en", True)
def en_hotel_confirmation(k, g):
    if k == 0:
        gv, sn = g.person("gb", "m")
        pv = g.given("gb", "f")
        return f"""
        FYI — hotel confirmation received from our partner, attached to the booking.

        HOTEL CONFIRMATION
        Hotel:         Aparthotel Los Almendros, Avenida del Mar 31, 38660 Costa Adeje, Tenerife
        Confirmation:  LA-2025-88314
        Guests:        {P(sn.upper() + ', ' + gv)} / {P(sn.upper() + ', ' + pv)}
        Room:          1-bedroom apartment, sea view
        Check-in:      03/10/2025   Check-out: 10/10/2025
        Board:         half board

        – {P('Naima')}, Zonnig Reizen
        """
    gv, sn = g.person("gb", "f")
    cv = g.given("gb", "m")
    d = g.date(2017, 2020)
    return f"""
    Hello, for the Corfu hotel could we have a twin room plus an extra bed instead of the double? Guests:
    {P(gv + ' ' + sn)}, my mum {P(g.given('gb', 'f') + ' ' + sn)}, and my son {P(cv)} (born {DOB(fd(d, 'en'))}), so he's a
    child for the hotel too I think. Thanks, {P(gv)}
    """


# ---- English, without personal data ----------------------------------------------------------------

@scenario("en", False)
def en_luggage(k, g):
    if k == 0:
        return """
        Hi, we're flying to Innsbruck for skiing on 20 December (booking ZR-2025-160233). Is ski equipment
        included in the 20 kg allowance or do we need to add a sports bag? We have 2 pairs of skis and 2
        snowboards. Also, can boots go in the cabin bag (40 x 30 x 20 cm)?
        Thanks!
        """
    return """
    quick q: can I take my e-bike battery (500 Wh) in the hold on the flight to Mallorca? Or is there
    a limit of 100 Wh like for power banks? Flight HV 5311, 2 Sep.
    """


@scenario("en", False)
def en_visa(k, g):
    if k == 0:
        return """
        Hello, I'm a UK citizen living in Utrecht. Do I need the new ETIAS for our trip to Greece in May 2026,
        or does my Dutch residence permit cover that? And for the Turkey leg, is it still visa-free for 90
        days in any 180? Thanks in advance.
        """
    return """
    We are going to New York in October with your city trip (5 nights). Do we apply for the ESTA ourselves
    ($21 each) or does Zonnig Reizen do it? How many days before departure should we apply at the latest?
    """


@scenario("en", False)
def en_times(k, g):
    if k == 0:
        return """
        Hi, the app says our flight back from Funchal is now at 23:55 instead of 16:40 (TP 1684 → HV 6842?).
        That means arriving at Schiphol at 04:30 on Sunday 19 October. Is there a train at that time or can
        we get a later flight? Booking ref 8HX2QP.
        """
    return """
    Your website says check-in for the Corfu flight opens 30 hours before departure, but the airline
    email says 24 hours. Which one is correct? Flight OR 1743, 14 August, departure 09:50 from Rotterdam.
    """


@scenario("en", False)
def en_prices(k, g):
    if k == 0:
        return f"""
        Hi, I saw the 8-day Cyprus trip for EUR 799 pp on 12 May, today it's EUR 1,049. Is the lower price
        still available for booking number {g.good9()}? I didn't confirm the option in time. The quote
        reference was Q-25-441902.
        """
    return """
    How much is the single supplement on the Japan round trip (14 days, departing 3 April 2026)? And is
    the JR Pass (7 days, ¥50,000) included in the € 3,895 price or extra?
    """


@scenario("en", False)
def en_org_reply(k, g):
    if k == 0:
        return """
        Dear traveller,

        Thank you for contacting Zonnig Reizen. We have received your message (case #ZR-77412) and will reply
        within two working days. During your holiday you can reach our 24/7 emergency line on
        +31 88 254 6100.

        Zonnig Reizen B.V. · Zonnewijzerkade 12, 3542 DG Utrecht, The Netherlands
        Phone +31 30 799 2150 · help@zonnigreizen.example
        Chamber of Commerce 61739204 · VAT NL854127392B01
        """
    return """
    Payment details for your balance (EUR 1,785.00, due 21 days before departure):

    Account name: Zonnig Reizen B.V.
    IBAN: NL21 RABO 0318 4429 17 (BIC RABONL2U)
    Reference: 7017 3390 2245 1103

    Customers in Belgium may pay to BE88 7350 0461 2841. Questions: +32 9 265 40 18 or
    gent@zonnigreizen.example.
    """


@scenario("en", False)
def en_pets(k, g):
    if k == 0:
        return """
        Hello, can our dog (Jack Russell, 7 kg incl. bag) travel in the cabin to Lisbon? She has an EU pet
        passport and a microchip (528140000314562), rabies vaccination valid until March 2027. Which
        hotels in the Algarve package accept dogs?
        """
    return """
    Is a small dog (in a soft bag, 6 kg) allowed on the transfer bus in Antalya? The airline has approved
    it in the cabin (ref. PETC-AYT-2290). The bus company is Sunbus, arrival 10 Oct, 2 adults + dog.
    """


@scenario("en", False)
def en_status(k, g):
    if k == 0:
        return """
        Your trip starts in 3 days! 🌞

        Booking:      ZR-2025-127760
        Flight:       HV 6051 AMS → AYT, 16 Sep 2025 06:30 (check-in closes 05:30)
        Hotel:        Side Palmiye Resort, Kumköy, Side
        Transfer:     shared shuttle, approx. 60 min
        Luggage:      20 kg hold + 10 kg cabin per person

        Manage your trip: www.zonnigreizen.example/mytrip
        """
    return """
    SMS from ZonnigReizen: Your return transfer on 23/09 departs from Hotel Larissa Beach at 08:40.
    Bus no. 7, seat 14. Reply STOP to unsubscribe. Questions? WhatsApp +31 6 1987 4420
    """


@scenario("en", False)
def en_review(k, g):
    if k == 0:
        return """
        ★★☆☆☆ Booked a week in Crete with Zonnig Reizen. Flight delayed 6 hours on the way out, nobody told us
        anything until we were at the gate. Hotel itself was fine, pool closed 2 days for cleaning. The
        refund for the lost day took 9 weeks. Won't book again.
        """
    return """
    Does anyone know if Zonnig Reizen still does the Vietnam round trip in 2026? The 2025 brochure had it
    for €2,399 (17 days, Hanoi–Ho Chi Minh City). Can't find it on the site anymore. #travel #vietnam
    """


# ====================================================================================================
# German scenarios (13 with personal data, 7 without)
# ====================================================================================================

@scenario("de", True)
def de_buchung(k, g):
    if k == 0:
        gv, sn = g.person("de", "m")
        fv = g.given("de", "f")
        return f"""
        Sehr geehrte Damen und Herren,

        wir möchten die Pauschalreise „Kreta – Chersonissos, 10 Nächte, Halbpension" ab Düsseldorf für den
        18.08.2025 buchen (Angebotsnummer A-25-20417), 2 Erwachsene und 1 Kind.

        Rechnungsanschrift:
        {P(gv + ' ' + sn)} und {P(fv + ' ' + sn)}
        {AD('Sülzgürtel ' + str(g.r.randint(2, 90)))}
        {PC('50937')} Köln

        Telefonisch erreichen Sie uns unter {PH(g.de_fixed('221', 0))} oder mobil unter {PH(g.de_mobile(3))}.

        Mit freundlichen Grüßen
        {P(gv + ' ' + sn)}
        """
    gv, sn = g.person("tr", "f")
    return f"""
    Kontaktformular
    Name: {P(sn)}, Vorname: {P(gv)}
    E-Mail: {EM(gfold(gv).lower() + '.' + gfold(sn).lower() + g.d(2) + '@web.de')}
    Telefon: {PH(g.de_mobile(1))}
    Nachricht: Hallo, ist die Familienreise nach Side im Oktober (Herbstferien NRW, 13.–25.10.) noch frei? Wir
    sind 2 Erwachsene und 3 Kinder (4, 9 und 12 Jahre). Abflug gerne ab Dortmund oder Düsseldorf. Danke!
    """


@scenario("de", True)
def de_reisepass(k, g):
    if k == 0:
        sn = g.person("de")[1]
        a, b, c = g.given("de", "m"), g.given("de", "f"), g.given("dek", "f")
        rows = [(a, g.date(1971, 1980), g.de_doc("C")), (b, g.date(1973, 1982), g.de_doc("C")), (c, g.date(2009, 2013), g.de_doc("C"))]
        tab = "\n".join(f"        {P(gv + ' ' + sn):<22} | {DOB(fd(d, 'dmy.'))} | {ID(pp)} | {'07.2033' if i == 0 else '11.2030' if i == 1 else '03.2029'}"
                        for i, (gv, d, pp) in enumerate(rows))
        return f"""
        Hallo Frau {P('Vogelsang')},

        anbei wie besprochen unsere Reisepassdaten für die Buchung ZR-2025-109932 (Antalya, 4.–18. Oktober):

        Name                   | Geburtsdatum | Reisepassnummer | gültig bis
{tab}

        Viele Grüße aus Münster
        {P(a + ' ' + sn)}
        """
    gv, sn = g.person("tr", "m")
    d = g.date(1968, 1985)
    return f"""
    Guten Tag, ich habe nur die türkische Staatsangehörigkeit, nicht die deutsche. Ich fliege
    also mit meinem türkischen Reisepass, Nummer {ID('U' + g.d(8))}, gültig bis 22.09.2031. Geburtsdatum {DOB(fd(d, 'dmy.'))}.
    Bitte in der Buchung ändern, da steht noch Personalausweis.
    Gruß {P(gv + ' ' + sn)}
    """


@scenario("de", True)
def de_personalausweis(k, g):
    if k == 0:
        gv, sn = g.person("de", "f")
        d = g.date(1955, 1965)
        return f"""
        Sehr geehrte Damen und Herren,

        für die Einreise in die Türkei reicht ja der Personalausweis. Hier meine Daten für die
        Passagierliste:

        Name: {P(sn)}
        Vorname: {P(gv)}
        Geburtsdatum: {DOB(fd(d, 'dmy.'))}
        Ausweisnummer: {ID(g.de_doc(g.r.choice('LMNPRT')))}
        Ausstellungsdatum: 03.04.2022, gültig bis 02.04.2032

        Freundliche Grüße
        {P(gv + ' ' + sn)}
        """
    gv, sn = g.person("pl", "m")
    return f"""
    [14:02] {P(gv)}: hallo, wo trage ich die Ausweisnummer ein? die App nimmt sie nicht an
    [14:03] {P('Katrin')} (Zonnig Reisen): Hallo! Die 9 Zeichen oben rechts auf der Vorderseite, ohne die Prüfziffer.
    [14:05] {P(gv)}: {ID(g.de_doc('T'))} geht nicht
    [14:06] {P('Katrin')} (Zonnig Reisen): Ich trage sie für Sie ein, Herr {P(sn)}. Erledigt ✔️
    """


@scenario("de", True)
def de_erstattung(k, g):
    if k == 0:
        gv, sn = g.person("de", "m")
        iban = g.iban_de()
        return f"""
        Betreff: Erstattung Ausflug Pamukkale – Buchung ZR-2025-093321

        Guten Tag,

        der gebuchte Ausflug nach Pamukkale am 12.06. (2 Personen, 2 x 79 €) wurde vom Veranstalter vor Ort
        abgesagt. Ihre Reiseleitung hat uns die Erstattung zugesagt. Bitte überweisen Sie den Betrag auf
        folgendes Konto:

        Kontoinhaber: {P(gv + ' ' + sn)}
        IBAN: {IB(iban_group(iban))}
        Bank: Sparkasse KölnBonn

        Mit freundlichen Grüßen
        {P(gv + ' ' + sn)}
        """
    gv, sn = g.person("de", "f")
    iban = g.iban_de().lower()
    return f"""
    Hallo, seit 6 Wochen warte ich auf meine 340 € für die stornierte Reise nach Rhodos!! Bitte JETZT auf
    {IB(iban)} überweisen. Sonst geht das an die Verbraucherzentrale. {P(gv[0] + '. ' + sn)}
    """


@scenario("de", True)
def de_beschwerde(k, g):
    if k == 0:
        gv, sn = g.person("de", "f")
        nr = g.r.randint(3, 140)
        return f"""
        Beschwerde – Hotel Baia Azzurra, Cefalù (Buchung ZR-2025-071185, 5.–19. Juli)

        Sehr geehrte Damen und Herren,

        das Hotel (Via Lungomare 88, 90015 Cefalù) entsprach in keiner Weise der Beschreibung in Ihrem Katalog.
        Statt Meerblick hatten wir Blick auf eine Baustelle, ab 7 Uhr Presslufthammer. Der Pool war 6 von 14 Tagen
        gesperrt. Ich fordere eine Minderung von 30 % des Reisepreises (3.120 €).

        Ihre Antwort bitte schriftlich an:
        {P(gv + ' ' + sn)}
        {AD(f'Märkische Straße {nr}')}
        {PC('44141')} Dortmund
        """
    gv, sn = g.person("de", "m")
    return f"""
    Ihr Reiseleiter in Hurghada, Herr {P('Mahmoud')}, hat uns am Flughafen einfach stehen lassen, weil wir
    angeblich nicht auf der Liste standen. Wir mussten selbst ein Taxi für 45 USD nehmen. Ich erwarte die
    Erstattung. Buchung 4471-3308.

    {P(gv + ' ' + sn)}, Bochum
    """


@scenario("de", True)
def de_kinder(k, g):
    if k == 0:
        gv, sn = g.person("de", "f")
        c1, c2 = g.given("dek", "m"), g.given("dek", "f")
        d1, d2 = g.date(2014, 2017), g.date(2020, 2022)
        return f"""
        Hallo liebes Zonnig-Team,

        gilt der Kinderfestpreis auch für zwei Kinder? Unser Sohn {P(c1)} ist am {DOB(fd(d1, 'de'))} geboren, unsere
        Tochter {P(c2)} am {DOB(fd(d2, 'dmy.'))}. Reise: Mallorca, Alcúdia, 26.07.–09.08.2025 ab Düsseldorf.
        Braucht die Kleine einen eigenen Sitzplatz?

        Liebe Grüße
        {P(gv + ' ' + sn)}
        """
    gv, sn = g.person("pl", "m")
    c1 = g.given("pl", "f")
    d1 = g.date(2012, 2014)
    return f"""
    Guten Tag, meine Tochter {P(c1)} (Geb.-Datum {DOB(fd(d1, 'dmy.'))}) wird während der Reise 12. Zählt sie dann
    noch als Kind? Der Hinflug ist am 2.11., der Rückflug am 16.11. Danke, {P(gv + ' ' + sn)}
    """


@scenario("de", True)
def de_notfall(k, g):
    if k == 0:
        gv, sn = g.person("de", "m")
        fv = g.given("de", "f")
        nv, ns = g.person("de", "m")
        return f"""
        Notfallkontakte während der Reise (Rundreise Vietnam, 2.–18. November):

        1) meine Frau {P(fv + ' ' + sn)} – reist nicht mit – Handy {PH(g.de_mobile(0))}
        2) unser Nachbar {P(nv + ' ' + ns)} – Festnetz {PH(g.de_fixed('251', 1))}

        Beide sprechen kein Englisch.
        Gruß {P(gv + ' ' + sn)}
        """
    gv, sn = g.person("tr", "f")
    bv = g.given("tr", "m")
    tail = g.d(9)
    return f"""
    Für den Notfall: mein Bruder {P(bv)} lebt in Izmir und kann uns dort helfen, Nummer {PH('+90 5' + tail[:2] + ' ' + tail[2:5] + ' ' + tail[5:7] + ' ' + tail[7:])}.
    In Deutschland bitte meine Tochter anrufen, {P(g.given('tr', 'f') + ' ' + sn)}, {PH(g.de_mobile(4))}.
    Viele Grüße {P(gv)}
    """


@scenario("de", True)
def de_weitergeleitet(k, g):
    if k == 0:
        gv, sn = g.person("de", "m")
        fv = g.given("de", "f")
        return f"""
        Hallo, was bedeutet das jetzt für unseren Transfer? Bitte um Rückmeldung.
        {P(gv)}

        -------- Weitergeleitete Nachricht --------
        Von: Condor <noreply@condor-mail.example>
        Gesendet: Donnerstag, 3. Juli 2025 18:22
        An: {P(gv + ' ' + sn)} <{EM(gfold(gv).lower() + '.' + gfold(sn).lower() + '@t-online.de')}>
        Betreff: Flugplanänderung DE 1512

        Sehr geehrter Herr {P(sn)},
        Ihr Flug DE 1512 Düsseldorf – Heraklion am 21.07.2025 startet neu um 14:35 statt 09:10.
        Buchungsnummer: CF7M2Q
        Reisende: {P(airline(sn, gv, german=True))} MR, {P(airline(sn, fv, german=True))} MRS
        """
    gv, sn = g.person("de", "f")
    return f"""
    Von: {P(gv + ' ' + sn)} <{EM(gfold(gv).lower()[0] + gfold(sn).lower() + '@gmx.de')}>
    An: kundenservice@zonnigreizen.example
    Betreff: WG: Ihre Sitzplatzreservierung

    Die Sitzplätze sind weg!? Siehe unten. Ich habe dafür bezahlt.

    > Sitzplatzreservierung storniert – Flug EW 9581, 15.08.2025
    > Passagier: {P(airline(sn, gv, german=True))} MS – Sitz 3C (Extra Legroom, 35,99 €)
    > Grund: Flugzeugwechsel (A320 → A319)
    """


@scenario("de", True)
def de_kreditkarte(k, g):
    if k == 0:
        gv, sn = g.person("de", "m")
        c = g.card("mc")
        return f"""
        Guten Tag,

        die Anzahlung (25 %, 612,50 €) für Buchung ZR-2025-117640 soll bitte von meiner Kreditkarte abgebucht
        werden, Online-Zahlung klappt nicht:

        Mastercard {CC(c)}
        gültig bis 04/29
        Karteninhaber: {P(gv + ' ' + sn)}

        Mit freundlichen Grüßen
        {P(gv + ' ' + sn)}
        """
    gv, sn = g.person("de", "f")
    return f"""
    Hallo, ich sehe auf meiner Abrechnung zwei Buchungen von ZONNIG REIZEN UTRECHT über je 89,00 €
    (Karte endet auf 3307, Visa **** **** **** 3307). Nur eine davon ist richtig. Bitte eine erstatten.
    {P(gv + ' ' + sn)}
    """


@scenario("de", True)
def de_notiz(k, g):
    if k == 0:
        gv, sn = g.person("de", "m")
        return f"""
        Interne Notiz – {P(EMP['katrin'])} – 24.06.2025, 15:40

        Herr {P(sn)} (Buchung ZR-2025-102277, Gran Canaria) ruft zum 3. Mal wegen Zimmerkategorie an. Hat laut
        Bestätigung „Doppelzimmer Meerblick", Hotel meldet „Doppelzimmer Landseite". Upgrade angefragt bei
        Hotel, Antwort bis morgen. Kunde bittet um Rückruf unter {PH(g.de_fixed('211', 4))} (Büro, ab 14 Uhr).
        Kulanz bis 150 € mit {P('Jeroen')} abgestimmt.
        """
    gv, sn = g.person("tr", "m")
    kz = g.r.choice(["K", "D", "DO", "MS", "BO", "GE"]) + "-" + "".join(g.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + " " + str(g.r.randint(10, 9999))
    return f"""
    Notiz {P('Katrin')} 11.07.: Kunde {P(gv + ' ' + sn)} hat Parken am Flughafen Düsseldorf (P23, 12.–26.07.) gebucht,
    Kennzeichen im System falsch. Richtig: {KT(kz)} (schwarzer VW Passat). Beim Parkanbieter geändert,
    Bestätigung per Mail an Kunden. Kein Rückruf nötig.
    """


@scenario("de", True)
def de_social(k, g):
    if k == 0:
        gv, sn = g.person("de", "f")
        return f"""
        Facebook-Kommentar unter dem Beitrag „Herbstangebote 🍂"
        {P(gv + ' ' + sn)}: Schön und gut, aber wir warten seit Juni auf unser Geld für die abgesagte Reise!!! Hab schon
        5x geschrieben. Ruft mich endlich an: {PH(g.de_mobile(2))} 😤
        Zonnig Reizen: Hallo {P(gv)}, das tut uns leid. Bitte schick uns deine Buchungsnummer per PN, wir kümmern uns
        heute noch darum. ^{P('Katrin')}
        """
    gv, sn = g.person("de", "m")
    return f"""
    Instagram Direktnachricht
    @{gfold(gv).lower()}.{gfold(sn).lower()}.ms: moin, habt ihr meine mail bekommen? {EM(gfold(gv).lower() + gfold(sn).lower()[:3] + '@posteo.de')}
    zonnigreizen: Hallo! Ja, ist angekommen, {P('Katrin')} aus unserem Deutsch-Team meldet sich morgen bei dir 🙂
    """


@scenario("de", True)
def de_umzug(k, g):
    if k == 0:
        gv, sn = g.person("de", "f")
        return f"""
        Hallo,

        wir sind umgezogen. Bitte die Reiseunterlagen für die Kreuzfahrt (Abfahrt 12.10., Buchung
        ZR-2025-084419) an die neue Adresse schicken:

        {AD('Hülsbergstraße ' + str(g.r.randint(2, 60)) + ' a')}
        {PC('45131')} Essen

        Die alte Adresse in Bochum ({AD('Kortumstr. ' + str(g.r.randint(10, 120)))}) bitte löschen.

        Viele Grüße
        {P(gv + ' ' + sn)}
        """
    gv, sn = g.person("ma", "m")
    return f"""
    Adressänderung:
    Name: {P(gv + ' ' + sn)}
    Neue Anschrift: {AD('Am Wasserturm ' + str(g.r.randint(1, 30)))}, {PC('D-48149')} Münster
    Tel. neu: {PH(g.de_fixed('251', 0))}
    gilt ab: 01.08.2025
    """


@scenario("de", True)
def de_versicherung(k, g):
    if k == 0:
        gv, sn = g.person("de", "m")
        d = g.date(1950, 1962)
        iban = g.iban_de()
        return f"""
        Schadenmeldung Reiserücktrittsversicherung (Zonnig Zeker)

        Versicherungsnummer: ZZ-49-3318207
        Versicherte Person: {P(gv + ' ' + sn)}, geb. {DOB(fd(d, 'dmy.'))}
        Grund: Stornierung wegen Einbruch in unser Wohnhaus am 02.06.2025 (Polizeiliches Aktenzeichen
        210625-1433-039881). Wir mussten wegen der Schäden zu Hause bleiben.
        Stornokosten laut Rechnung: 1.260,00 €
        Bankverbindung: {IB(iban)}
        """
    gv, sn = g.person("de", "f")
    d = g.date(1983, 1994)
    return f"""
    Guten Tag, ich möchte einen Gepäckschaden melden: Koffer beim Rückflug EW 9580 am 28.06. komplett
    zerbrochen (Schadensnummer PMIEW44102). Ich bin {P(gv + ' ' + sn)}, geboren am {DOB(fd(d, 'de'))}, Police
    ZZ-49-3320054. Fotos anbei. Wohin schicke ich die Rechnung für den neuen Koffer (129 €)?
    """


# ---- German, without personal data -----------------------------------------------------------------

@scenario("de", False)
def de_gepaeck(k, g):
    if k == 0:
        return """
        Hallo, wir fliegen im August mit Ihnen nach Antalya. Wie viel Freigepäck ist dabei – 20 oder 23 kg?
        Und darf ein Reisebuggy fürs Kind kostenlos mit? Buchung ZR-2025-090114. Danke!
        """
    return """
    Frage zum Handgepäck: Dürfen Flüssigkeiten über 100 ml im Koffer mitgenommen werden (Sonnencreme
    200 ml)? Und sind Powerbanks mit 20.000 mAh im Handgepäck erlaubt? Flug DE 1512 am 21.07.
    """


@scenario("de", False)
def de_einreise(k, g):
    if k == 0:
        return """
        Guten Tag, brauchen unsere Kinder (6 und 10) für Ägypten einen eigenen Reisepass oder reicht der
        Kinderreisepass? Und muss das Visum vorher beantragt werden oder gibt es das am Flughafen in
        Hurghada für 25 USD? Abflug ist am 18.10. ab Köln/Bonn.
        """
    return """
    Mein Personalausweis läuft am 30.09.2025 ab, die Reise nach Mallorca ist vom 20.09. bis 04.10.
    Reicht das für die Rückreise noch, oder muss ich vorher einen vorläufigen Ausweis beantragen?
    """


@scenario("de", False)
def de_zeiten(k, g):
    if k == 0:
        return """
        Sehr geehrte Reisende,

        aufgrund einer Flugplanänderung der Airline ändern sich Ihre Flugzeiten:
        Hinflug DE 1512 DUS–HER: 21.07.2025, 14:35 (bisher 09:10)
        Rückflug DE 1513 HER–DUS: 31.07.2025, 18:50 (unverändert)
        Ihr Transfer wurde automatisch angepasst.

        Ihr Zonnig Reisen Team
        Tel. +31 30 799 2177 (Deutsch-Service)
        """
    return """
    Wann muss ich spätestens am Flughafen Düsseldorf sein für den Flug um 6:05 Uhr nach Hurghada? Terminal A
    oder B? Und ab wann kann man am Vorabend schon einchecken (Vorabend-Check-in)?
    """


@scenario("de", False)
def de_preise(k, g):
    if k == 0:
        return f"""
        Hallo, ich hatte für die Buchungsnummer {g.good9()} ein Angebot über 2.489 € bekommen (2 Erw., 7 Nächte
        Rhodos). Heute zeigt die Webseite 2.199 € für genau dieselbe Reise. Kann der Preis angepasst werden?
        Vorgangsnummer beim Kundenservice: {g.bad9()}.
        """
    return """
    Was kostet die Zug-zum-Flug-Option (Rail&Fly) ab Münster Hbf, 2. Klasse? Und gilt die auch für
    Kinder unter 12? Im Katalog 2025, Seite 41, steht 69 € pro Person hin und zurück.
    """


@scenario("de", False)
def de_org(k, g):
    if k == 0:
        return """
        Vielen Dank für Ihre Nachricht. Unser Deutsch-Service ist Montag bis Freitag von 9 bis 17 Uhr
        erreichbar.

        Zonnig Reisen – eine Marke der Zonnig Reizen B.V.
        Zonnewijzerkade 12, 3542 DG Utrecht, Niederlande
        Tel. +31 (0)30 799 21 77 · Notfall 24/7: +31 88 254 6100
        kundenservice@zonnigreizen.example · www.zonnigreizen.example/de
        Handelsregister (KvK) 61739204 · USt-IdNr. NL854127392B01
        Bankverbindung: IBAN NL21 RABO 0318 4429 17
        """
    return """
    Zahlungserinnerung

    Bitte überweisen Sie den Restbetrag von 1.845,00 € bis zum 15.08.2025 an:
    Empfänger: Zonnig Reizen B.V.
    IBAN: NL21RABO0318442917, BIC: RABONL2U
    Verwendungszweck: 7017 3390 2261 4478

    Bei Fragen erreichen Sie uns unter 0031 30 7992177.
    """


@scenario("de", False)
def de_transfer(k, g):
    if k == 0:
        return """
        Ihr Transfer auf Rhodos:
        Ankunft 14.09.2025, 13:20 Uhr, Flug DE 1648
        Treffpunkt: Ausgang Ankunftshalle, Schild „Zonnig Reisen"
        Hotel: Lindos Mare Studios, Odos Vlychas 5, 85107 Lindos
        Fahrzeit ca. 60 Minuten. Rückfahrt: Abholung am 21.09. um 10:15 Uhr an der Rezeption.
        """
    return """
    Wie weit ist das Hotel Playa Serena (Carrer de la Mar 14, 07590 Cala Ratjada) vom Strand entfernt? Und
    fährt ein Bus nach Palma? Wir kommen am 22.08. an und wollen einen Tag in die Stadt.
    """


@scenario("de", False)
def de_bahn(k, g):
    if k == 0:
        return """
        Unser ICE 104 von Köln Hbf (ab 04:28) zum Flughafen Frankfurt ist laut DB-App gestrichen. Mit dem
        nächsten Zug (ICE 10, ab 05:45) schaffen wir den Flug LH 1156 um 08:40 nicht mehr. Zugbindung ist
        aufgehoben laut DB. Was sollen wir tun? Buchung ZR-2025-127004.
        """
    return """
    Gilt das Rail&Fly-Ticket auch für den RE 1 von Aachen nach Düsseldorf Flughafen, oder nur für ICE/IC?
    Abflug am 3.10. um 7:15, Ankunft zurück am 17.10. um 22:50.
    """


# ====================================================================================================
# Build + audit
# ====================================================================================================
# Suppliers' business data abroad (hotels, transfer company, airlines): never labelled (see README)
SUPPLIER = ["Carrer de la Mar 14", "07590", "Odos Agiou", "Nikolaou 14", "85300", "Atatürk Bulvarı No: 112",
            "07330", "Avenida del Mar 31", "38660", "Via Lungomare 88", "90015", "Odos Vlychas 5", "85107",
            "+34 971 555 218", "+30 2810 555 904"]
SUPPLIER_DOMAINS = ["klm-mail.example", "transavia-mail.example", "ba-mail.example", "eurowings-info.example",
                    "condor-mail.example"]
PARTICLES = {"van", "der", "den", "de", "ter", "ten", "het", "el", "ait", "mr", "mrs", "ms", "miss", "mstr"}
BIRTH_WORDS = re.compile(r"geboren|geb\.|geboorte|born|birth|\bDOB\b|Geburt|Geb\.-Datum|\bCHD/|\bINF/", re.I)
NEG_9 = re.compile(r"boeking|booking|buchung|referentie|reference|vorgang|order|polis|policy|klantnummer|"
                   r"aktenzeichen|factuur|invoice|kenmerk|ticket|rechnung", re.I)
DATE_RE = re.compile(r"\b(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\.? "
                     r"(?:" + "|".join(m for L in MONTHS.values() for m in L) + r") (?:19|20)\d{2}|\d{2}[A-Z]{3}\d{2})\b")


def org_value(label: str, v: str) -> bool:
    c = re.sub(r"[ .\-]", "", v).upper()
    if label == "PHONE":
        return phone_e164(v) in {phone_e164(x) for x in ORG["phones"]}
    if label == "IBAN":
        return c in ORG["ibans"]
    if label == "KVK":
        return c in ORG["kvk"]
    if label in ("BTW_ID", "BSN"):
        return c in ORG["btw"] or c[2:11] == "854127392" or c == "854127392"
    if label == "POSTCODE":
        return v.upper().replace(" ", "") in {x.replace(" ", "") for x in ORG_POSTCODES}
    if label == "EMAIL":
        return any(v.lower().endswith(d) for d in ORG["domains"])
    if label == "ADDRESS":
        return v in ORG_STREETS
    if label == "PERSON":
        return any(v.lower() in n.lower() for n in ORG["names"])
    return False


def covered(spans, a, b, label=None) -> bool:
    return any(s["start"] <= a and b <= s["end"] and (label is None or s["label"] == label) for s in spans)


def audit(records: list[dict], pii_flag: dict[str, bool]) -> list[str]:
    errs = []
    texts = set()
    for rec in records:
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        e = lambda m: errs.append(f"{rid}: {m}")
        if text in texts:
            e("duplicate text")
        texts.add(text)
        if any(c in text for c in (S0, S1, S2)):
            e("markup left over")
        bt = text.encode("utf-8")
        # byte offsets -> char offsets
        b2c = {}
        pos = 0
        for ci, ch in enumerate(text):
            b2c[pos] = ci
            pos += len(ch.encode("utf-8"))
        b2c[pos] = len(text)
        cspans = []
        last = -1
        for s in spans:
            if s["label"] not in LABELS:
                e(f"bad label {s['label']}")
            if s["start"] < last:
                e("spans overlap or unsorted")
            last = s["end"]
            if s["start"] not in b2c or s["end"] not in b2c:
                e("span not on a character boundary")
                continue
            v = bt[s["start"]:s["end"]].decode("utf-8")
            if v != text[b2c[s["start"]]:b2c[s["end"]]]:
                e("slice mismatch")
            if v != v.strip() or re.match(r"[\s,.;:!?)\]]", v) or re.search(r"[\s,;:!?(\[]$", v):
                e(f"span edge {v!r}")
            if v.endswith(")") and "(" not in v:
                e(f"span edge {v!r}")
            if v.endswith(".") and s["label"] != "PERSON":
                e(f"span ends with dot {v!r}")
            if not VALIDATORS[s["label"]](v):
                e(f"invalid {s['label']} {v!r}")
            if org_value(s["label"], v):
                e(f"organisation's data labelled {v!r}")
            if any(x in v or v in x for x in SUPPLIER if len(v) >= 5):
                e(f"supplier data labelled {v!r}")
            cs, ce = b2c[s["start"]], b2c[s["end"]]
            cspans.append({"start": cs, "end": ce, "label": s["label"], "v": v})
            if s["label"] == "DATE_OF_BIRTH" and not BIRTH_WORDS.search(text[max(0, cs - 250):ce + 30]):
                e(f"DOB without birth context {v!r}")
        # PII flag
        if bool(spans) != pii_flag[rid]:
            e(f"PII flag mismatch ({len(spans)} spans)")
        # repeats of labelled values
        for s in cspans:
            if len(s["v"]) < 4:
                continue
            for m in re.finditer(re.escape(s["v"]), text):
                if not covered(cspans, m.start(), m.end()) and not re.match(r"[\w@]", text[m.end():m.end() + 1] or " ") \
                        and not re.search(r"[\w@.]$", text[:m.start()] or " "):
                    e(f"repeat of {s['v']!r} not labelled")
        # masked text (e-mail addresses, handles, URLs)
        masked = re.sub(r"\S+@\S+|@[\w.]+|\b[\w.-]+\.example(?:/\S*)?", lambda m: " " * len(m.group()), text)
        # name tokens
        toks = set()
        for s in cspans:
            if s["label"] == "PERSON":
                for t in re.findall(r"[^\W\d_]+", s["v"]):
                    if len(t) >= 3 and t.lower() not in PARTICLES:
                        toks.add(t.lower())
        for t in toks:
            for m in re.finditer(r"(?<![^\W\d_])" + re.escape(t) + r"(?![^\W\d_])", masked, re.I):
                if not covered(cspans, m.start(), m.end(), "PERSON"):
                    e(f"name token {t!r} unlabelled at {m.start()}")
        # never left unlabelled
        for m in EMAIL_RE.finditer(text):
            v = m.group()
            if not org_value("EMAIL", v) and not any(v.endswith(d) for d in SUPPLIER_DOMAINS) and not covered(cspans, m.start(), m.end(), "EMAIL"):
                e(f"e-mail unlabelled {v!r}")
        for m in re.finditer(r"(?<![\w])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?(?![\w])", text):
            v = m.group()
            if iban_valid(v) and not org_value("IBAN", v) and not covered(cspans, m.start(), m.end(), "IBAN"):
                e(f"IBAN unlabelled {v!r}")
        for m in re.finditer(r"(?<![\w])(?:NL)?\d{9}B\d{2}(?![\w])", text, re.I):
            v = m.group()
            if (btw_id_valid(v) or ob_nummer(v)) and not org_value("BTW_ID", v) and not covered(cspans, m.start(), m.end()):
                e(f"btw/OB unlabelled {v!r}")
        for m in re.finditer(r"\d+(?:[ \-]\d+)*", text):
            groups = [(g_.start() + m.start(), g_.end() + m.start()) for g_ in re.finditer(r"\d+", m.group())]
            for i in range(len(groups)):
                for j in range(i, len(groups)):
                    a, b = groups[i][0], groups[j][1]
                    if card_valid(text[a:b]) and not covered(cspans, a, b, "CREDIT_CARD"):
                        e(f"card-valid number unlabelled {text[a:b]!r}")
        for m in re.finditer(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])", text):
            v = m.group()
            before = text[max(0, m.start() - 30):m.start()].lower()
            if ip_global(v) and not re.search(r"version|versie|chrome|build|app", before) and not covered(cspans, m.start(), m.end(), "IP_ADDRESS"):
                e(f"public IPv4 unlabelled {v!r}")
        for m in re.finditer(r"(?<![\w+])(?:\+31[\s\-.]?(?:\(0\)\s?)?6|0031[\s\-]?6|\(?06\)?)[\s\-]*(?:\d[\s\-]?){8}(?!\d)", masked):
            v = m.group().strip()
            if phone_valid(v) and not org_value("PHONE", v) and not covered(cspans, m.start(), m.end() - 1, "PHONE"):
                e(f"NL mobile unlabelled {v!r}")
        for m in re.finditer(r"(?<![\w])(?:\+|00)\d[\d ()\-./]{7,}\d", text):
            v = m.group()
            if phone_valid(v) and not org_value("PHONE", v) and v not in SUPPLIER and not covered(cspans, m.start(), m.end(), "PHONE"):
                e(f"+CC phone unlabelled {v!r}")
        for m in re.finditer(r"(?<![\w-])[1-9]\d{3} ?[A-Z]{2}(?![\w])", text):
            v = m.group()
            if postcode_nl(v) and v[-2:] not in ("KB", "MB", "GB", "KM", "KG", "PK", "MA") \
                    and not org_value("POSTCODE", v) and not covered(cspans, m.start(), m.end(), "POSTCODE"):
                e(f"NL postcode unlabelled {v!r}")
        for m in re.finditer(r"(?<![\w.\-])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3})(?![\w\-]|\.\d)", text):
            v = m.group()
            line_before = text[:m.start()].split("\n")[-1][-40:]
            if elfproef(v) and not NEG_9.search(line_before) and not org_value("BSN", v) and not covered(cspans, m.start(), m.end()):
                e(f"elfproef-valid 9 digits unlabelled {v!r}")
        for m in re.finditer(r"(?<![\w-])[A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,3}(?![\w-])", text):
            v = m.group()
            if kenteken_sidecode(v) and not covered(cspans, m.start(), m.end(), "LICENSE_PLATE"):
                e(f"kenteken unlabelled {v!r}")
        for m in DE_KZ.finditer(text):
            if not covered(cspans, m.start(), m.end(), "LICENSE_PLATE") and re.search(r"Kennzeichen|plate", text, re.I):
                e(f"Kennzeichen unlabelled {m.group()!r}")
        for m in re.finditer(r"(?:KvK|CoC|Chamber of Commerce|Handelsregister)[^\d\n]{0,25}(\d{8})(?!\d)", text):
            if m.group(1) not in ORG["kvk"] and not covered(cspans, m.start(1), m.end(1), "KVK"):
                e(f"KvK unlabelled {m.group(1)!r}")
        for m in DATE_RE.finditer(text):
            before = text[max(0, m.start() - 40):m.start()].split("\n")[-1]
            if BIRTH_WORDS.search(before) and dob_valid(m.group()) and not covered(cspans, m.start(), m.end(), "DATE_OF_BIRTH"):
                e(f"date after birth word unlabelled {m.group()!r}")
        for m in re.finditer(r"(?:paspoortnummer|documentnummer|passport(?: no\.?| number)?|Reisepassnummer|Ausweisnummer|kaartnummer)[:\s]+([A-Z0-9][A-Z0-9\-]{6,13})", text, re.I):
            if id_doc_valid(m.group(1)) and not covered(cspans, m.start(1), m.end(1), "ID_DOCUMENT") and not card_valid(m.group(1)):
                e(f"document number unlabelled {m.group(1)!r}")
    return errs


def build() -> tuple[list[dict], dict[str, bool]]:
    by_lang: dict[str, list] = {"nl": [], "en": [], "de": []}
    for lang, name, pii, f in SCENARIOS:
        for k in (0, 1):
            r = random.Random(f"{SEED}:{name}:{k}")
            text, spans = render(f(k, Gen(r)))
            by_lang[lang].append((name, k, pii, text, spans))
    records, flags = [], {}
    for lang in ("nl", "en", "de"):
        items = by_lang[lang]
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(items)
        for i, (name, k, pii, text, spans) in enumerate(items, 1):
            rid = f"h11-{lang}-{i:03d}"
            records.append({"id": rid, "lang": lang, "text": text, "spans": spans})
            flags[rid] = pii
    return records, flags


def main() -> None:
    self_test()
    records, flags = build()
    errs = audit(records, flags)
    counts = {lang: sum(r["lang"] == lang for r in records) for lang in ("nl", "en", "de")}
    if counts != {"nl": 60, "en": 50, "de": 40}:
        errs.append(f"language counts {counts}")
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    # read back: every span sliced from the bytes equals the marked value
    for line, rec in zip(data.decode("utf-8").splitlines(), records):
        back = json.loads(line)
        bt = back["text"].encode("utf-8")
        for s in back["spans"]:
            try:
                bt[s["start"]:s["end"]].decode("utf-8")
            except UnicodeDecodeError:
                errs.append(f"{back['id']}: span not decodable after round trip")
    if errs:
        for x in errs:
            print("AUDIT:", x, file=sys.stderr)
        raise SystemExit(f"audit failed ({len(errs)} problems); gold.jsonl not written")
    (HERE / "gold.jsonl").write_bytes(data)
    labels: dict[str, int] = {}
    for r in records:
        for s in r["spans"]:
            labels[s["label"]] = labels.get(s["label"], 0) + 1
    free = sum(not r["spans"] for r in records)
    print(f"records: {len(records)} {counts}")
    print(f"PII-free: {free} ({100 * free / len(records):.1f} %)")
    print("spans:", sum(labels.values()), {k: labels[k] for k in LABELS if k in labels})
    nonascii = sum(any(ord(c) > 127 for c in r["text"]) for r in records if r["spans"])
    print(f"messages with PII containing non-ASCII: {nonascii}")
    print("sha256", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
