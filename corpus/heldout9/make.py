#!/usr/bin/env python3
"""heldout9 — held-out evaluation set for pii-scrubber.

Woonstichting Lindehof, a fictional social-housing corporation in Arnhem: call-centre and agent notes,
WhatsApp-style tenant messages, web forms / ticket exports / pasted table rows, code-switching,
tenancy letters (arrears, payment arrangements, allocation, neighbour complaints, moving out, deceased
tenants, bewindvoerders / Betreuer), names of many heritages.

Python 3.11, standard library only, fixed seeds, deterministic (no set/dict-order dependence on
PYTHONHASHSEED). Writes gold.jsonl next to this file:
    {"id", "lang", "text", "spans": [{"start", "end", "label"}]}   (UTF-8 byte offsets, end exclusive)

Written blind to the detector: only shared/design.md, shared/reference/dutch-pii-formats.md, the
"Labels"/"Policy" sections of the main README and corpus/heldout8/README.md (format only) were read.
"""
import datetime as dt
import unicodedata
import hashlib
import ipaddress
import json
import os
import random
import re
import sys

SEED = 20251109
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")

LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# ─────────────────────────────────────────────────────────────────────────────────────────────
# Checksums and formats (from shared/reference/dutch-pii-formats.md)
# ─────────────────────────────────────────────────────────────────────────────────────────────


def elfproef(d9):
    """BSN elfproef on exactly 9 digits."""
    if len(d9) != 9 or not d9.isdigit() or int(d9) == 0:
        return False
    s = sum((9 - i) * int(c) for i, c in enumerate(d9[:8])) - int(d9[8])
    return s % 11 == 0


def bsn_ok(s):
    """A BSN as written: plain, dotted, spaced, dashed, 8-digit form, or OB-nummer NL…B01."""
    t = s.strip()
    m = re.fullmatch(r"(?i)NL\s?([0-9. ]{9,13})\s?B\s?0?[0-9]{1,2}", t)
    if m:
        t = m.group(1)
    d = re.sub(r"[ .\-]", "", t)
    if not d.isdigit() or len(d) not in (8, 9):
        return False
    return elfproef(d.zfill(9))


def onderwijsnummer_ok(d):
    d = re.sub(r"[ .\-]", "", d)
    if len(d) != 9 or not d.isdigit() or not d.startswith("10"):
        return False
    s = sum((9 - i) * int(c) for i, c in enumerate(d[:8])) - int(d[8])
    return s % 11 == 5


def bank11(d):
    n = len(d)
    return d.isdigit() and n in (9, 10) and sum((n - i) * int(c) for i, c in enumerate(d)) % 11 == 0


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "FR": 27, "GB": 22, "PL": 28, "AT": 20, "CH": 21, "LU": 20}
IBAN_BBAN = {"NL": r"[A-Z]{4}[0-9]{10}", "BE": r"[0-9]{12}", "DE": r"[0-9]{18}",
             "FR": r"[0-9]{10}[A-Z0-9]{11}[0-9]{2}", "GB": r"[A-Z]{4}[0-9]{14}", "PL": r"[0-9]{24}",
             "AT": r"[0-9]{16}", "CH": r"[0-9]{5}[A-Z0-9]{12}", "LU": r"[0-9]{3}[A-Z0-9]{13}"}


def mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_compact(s):
    return re.sub(r"[\s.\-]", "", s).upper()


def iban_ok(s):
    t = iban_compact(s)
    cc = t[:2]
    if cc not in IBAN_LEN or len(t) != IBAN_LEN[cc] or not t[2:4].isdigit():
        return False
    if not re.fullmatch(IBAN_BBAN[cc], t[4:]):
        return False
    if cc == "BE":
        n = int(t[4:14]) % 97 or 97
        if n != int(t[14:16]):
            return False
    return mod97(t[4:] + t[:4]) == 1


def make_iban(cc, bban):
    chk = 98 - mod97(bban + cc + "00")
    return f"{cc}{chk:02d}{bban}"


def btw_ok(s):
    """New-style btw-id: NL + 9 digits + B + 2 digits, MOD 97-10 in place, 9 digits fail the elfproef."""
    t = re.sub(r"[\s.\-]", "", s).upper()
    m = re.fullmatch(r"NL([0-9]{9})B([0-9]{2})", t)
    if not m or m.group(2) == "00":
        return False
    return mod97(t) == 1 and not elfproef(m.group(1))


def ob_ok(s):
    """Old omzetbelastingnummer: NL + elfproef-valid 9 digits + B + 2 digits."""
    t = re.sub(r"[\s.\-]", "", s).upper()
    m = re.fullmatch(r"NL([0-9]{9})B([0-9]{2})", t)
    return bool(m) and m.group(2) != "00" and elfproef(m.group(1))


def stdnum_btw_ok(s):
    t = re.sub(r"[\s.\-]", "", s).upper()
    m = re.fullmatch(r"NL([0-9]{9})B([0-9]{2})", t)
    return bool(m) and m.group(2) != "00" and (elfproef(m.group(1)) or mod97(t) == 1)


def kvk_ok(s):
    return bool(re.fullmatch(r"[0-9]{8}", re.sub(r"[\s.]", "", s)))


def luhn(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def card_iin_ok(d):
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return n == 16
    if d[:2] in ("34", "37"):
        return n == 15
    if d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649:
        return 16 <= n <= 19
    if 3528 <= int(d[:4]) <= 3589:
        return 16 <= n <= 19
    if 300 <= int(d[:3]) <= 305 or d[:4] == "3095" or d[:2] in ("36", "38", "39"):
        return 14 <= n <= 19
    if d[:2] == "50" or 56 <= int(d[:2]) <= 69:
        return 12 <= n <= 19
    return False


def card_ok(s):
    d = re.sub(r"[\s\-]", "", s)
    return d.isdigit() and 12 <= len(d) <= 19 and card_iin_ok(d) and luhn(d)


NL_AREA2 = "10 13 15 20 23 24 26 30 33 35 36 38 40 43 45 46 50 53 55 58 70 71 72 73 74 75 76 77 78 79".split()
NL_AREA3 = ("111 113 114 115 117 118 161 162 164 165 166 167 168 172 174 180 181 182 183 184 186 187 222 "
            "223 224 226 227 228 229 251 252 255 294 297 299 313 314 315 316 317 318 320 321 341 342 343 "
            "344 345 346 347 348 411 412 413 416 418 475 478 481 485 486 487 488 492 493 495 497 499 511 "
            "512 513 514 515 516 517 518 519 521 522 523 524 525 527 528 529 541 543 544 545 546 547 548 "
            "561 562 566 570 571 572 573 575 577 578 591 592 593 594 595 596 597 598 599").split()
DE_AREAS = ["2821", "2822", "2823", "2826", "2871", "2852", "30", "40", "89", "221", "211", "201", "2151"]
UK_DRAMA = [r"7700900\d{3}", r"1[1-9]14960\d{3}", r"1[1-9]\d4960\d{3}", r"2079460\d{3}", r"29\s?20180\d{3}",
            r"2896496\d{3}"]


def phone_digits(s):
    """-> (kind, digits): kind 'intl' (digits after + / 00) or 'nat' (starts with trunk 0)."""
    t = s.replace("\n", " ")
    t = re.sub(r"\(\s*0\s*\)", "", t)
    t = re.sub(r"[\s\-./()\u00a0]", "", t)
    if t.startswith("+"):
        return "intl", t[1:]
    if t.startswith("00"):
        return "intl", t[2:]
    return "nat", t


def nl_nsn_ok(n):
    if re.fullmatch(r"6[1-58]\d{7}|970\d{8}|(?:85|91)\d{7}|88\d{7}|66\d{7}", n):
        return True
    if len(n) == 9 and (n[:2] in NL_AREA2 or n[:3] in NL_AREA3):
        return True
    return False


def be_nsn_ok(n):
    return bool(re.fullmatch(r"4[5-9]\d{7}|[23][2-8]\d{6}|9[2-4]\d{6}|(?:1[0-69]|5[0-9]|6[0-57-9]|8[0-9])\d{6}", n))


def de_nsn_ok(n):
    if re.fullmatch(r"1(?:5\d|6[023]|7\d)\d{7,8}", n):
        return True
    for a in DE_AREAS:
        if n.startswith(a) and 9 <= len(n) <= 11 and len(n) - len(a) >= 5:
            return True
    return False


def uk_nsn_ok(n):
    return any(re.fullmatch(p, n) for p in UK_DRAMA)


def pl_nsn_ok(n):
    return bool(re.fullmatch(r"(?:5[0137-9]|6[0-9]|7[2-9]|88)\d{7}", n))


def phone_country(s):
    kind, d = phone_digits(s)
    if not d.isdigit():
        return None
    if kind == "intl":
        for cc, f in (("31", nl_nsn_ok), ("32", be_nsn_ok), ("49", de_nsn_ok), ("44", uk_nsn_ok), ("48", pl_nsn_ok)):
            if d.startswith(cc):
                n = d[len(cc):]
                if cc == "31" and n.startswith("0"):      # redundant 0: +31 0 6 …
                    n = n[1:]
                return cc if f(n) else None
        return None
    if not d.startswith("0"):
        return None
    n = d[1:]
    for cc, f in (("31", nl_nsn_ok), ("32", be_nsn_ok), ("49", de_nsn_ok), ("44", uk_nsn_ok)):
        if f(n):
            return cc
    return None


def phone_ok(s):
    return phone_country(s) is not None


def nl_mobile_ok(s):
    kind, d = phone_digits(s)
    if kind == "intl":
        if not d.startswith("31"):
            return False
        d = "0" + d[2:].lstrip("0")
    return bool(re.fullmatch(r"06[1-58]\d{7}", d))


def e164(s):
    cc = phone_country(s)
    kind, d = phone_digits(s)
    if kind == "intl":
        n = d[len(cc):]
        if cc == "31" and n.startswith("0"):
            n = n[1:]
        return "+" + cc + n
    return "+" + cc + d[1:]


UNIT_PAIRS = {"KB", "MB", "GB", "TB", "PB", "KM", "CM", "MM", "KG", "PK", "HZ", "MS", "MA", "KW", "GR", "CC"}


def nl_postcode_ok(s):
    t = re.sub(r"[\s\-]", "", s).upper()
    if t.startswith("NL"):
        t = t[2:]
    return bool(re.fullmatch(r"[1-9][0-9]{3}[A-Z]{2}", t)) and t[4:] not in ("SA", "SD", "SS")


UK_POSTCODE_RE = r"(?:[A-Z]{1,2}[0-9][A-Z0-9]?) [0-9][ABD-HJLNP-UW-Z]{2}"


def postcode_ok(s):
    """NL, DE (5 digits), BE (4 digits) or UK postcode."""
    return (nl_postcode_ok(s) and re.fullmatch(r"[1-9][0-9]{3} ?[A-Za-z]{2}", s) is not None) \
        or re.fullmatch(r"(?:D-)?[0-9]{5}", s) is not None \
        or re.fullmatch(r"(?:B-)?[1-9][0-9]{3}", s) is not None \
        or re.fullmatch(UK_POSTCODE_RE, s) is not None


def nl_docnr_ok(s):
    t = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}[0-9]", t)) and "O" not in t


DE_AUSWEIS_CH = "CFGHJKLMNPRTVWXYZ0123456789"


def de_ausweis_ok(s):
    return len(s) == 9 and s[0] in "LMNPRTVWXY" and all(c in DE_AUSWEIS_CH for c in s)


def verblijf_ok(s):
    m = re.fullmatch(r"(I|II|III|IV|V)-V([A-Z0-9]{8})", s)
    return bool(m) and "O" not in m.group(2) and "0" not in m.group(2)


def id_document_ok(s):
    return (nl_docnr_ok(s) or de_ausweis_ok(s) or verblijf_ok(s)
            or re.fullmatch(r"[0-9]{10}", s) is not None            # rijbewijsnummer
            or re.fullmatch(r"[0-9]{9}", s) is not None)            # 9-digit passport (UK)


SIDECODES = {1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX",
             7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX",
             13: "9-XX-999", 14: "999-XX-9"}
BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS"]
MODERN_LETTERS = "BDFGHJKLNPRSTVXZ"


def kenteken_sidecode(s):
    t = s.upper().replace(" ", "-")
    sep = "-" in t
    for code, pat in SIDECODES.items():
        rx = "".join("[A-Z]" if c == "X" else "[0-9]" if c == "9" else ("-" if sep else "") for c in pat)
        if re.fullmatch(rx, t):
            return code
    return None


def kenteken_ok(s):
    code = kenteken_sidecode(s)
    if code is None:
        return False
    letters = re.sub(r"[^A-Z]", "", s.upper())
    groups = re.findall(r"[A-Z]+", s.upper())
    banned = BANNED + (["KVT", "VVD"] if code >= 8 else []) + (["SP"] if code >= 13 else [])
    if any(b in g for g in groups for b in banned):
        return False
    if code >= 4 and any(c not in MODERN_LETTERS for c in letters):
        return False
    return True


def de_plate_ok(s):
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9][0-9]{0,3}[EH]?", s))


def plate_ok(s):
    return kenteken_ok(s) or de_plate_ok(s)


TLDS = {"nl", "com", "de", "be", "org", "net", "uk", "co.uk", "eu", "info", "example", "pl", "tr", "io", "me"}
EMAIL_RE = r"[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"


def email_ok(s):
    if s.count("@") != 1 or not re.fullmatch(EMAIL_RE, s):
        return False
    return s.rsplit(".", 1)[1].lower() in TLDS


OBF_EMAIL_RE = r"[a-z0-9._\-]+ ?[\[(]at[\])] ?[a-z0-9\-]+(?: ?[\[(]dot[\])] ?[a-z]{2,6})+"


def email_span_ok(s):
    return email_ok(s) or re.fullmatch(OBF_EMAIL_RE, s) is not None


def ip_ok(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return a.is_global


MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "febr": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dec": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10,
    "jänner": 1, "oct": 10, "mar": 3,
}


def parse_date(s):
    """Parse the date forms used in this set; -> datetime.date or None."""
    t = s.strip()
    m = re.fullmatch(r"(\d{1,2})([-/. ])(\d{1,2})\2(\d{4}|'\d{2})", t)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(3)), m.group(4)
        y = int(y) if len(y) == 4 else 1900 + int(y[1:])
    else:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
        if m:
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\.? ([A-Za-zäÄ]+)\.? (\d{4})", t)
            if m:
                d, name, y = int(m.group(1)), m.group(2).lower(), int(m.group(3))
            else:
                m = re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", t)
                if not m:
                    return None
                name, d, y = m.group(1).lower(), int(m.group(2)), int(m.group(3))
            if name not in MONTHS:
                return None
            mo = MONTHS[name]
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def dob_ok(s):
    d = parse_date(s)
    return d is not None and 1900 <= d.year <= 2025


def address_ok(s):
    """Street + house number (NL/DE order or UK order), or a customer's Postbus."""
    return bool(re.search(r"\d", s)) and bool(re.search(r"[A-Za-zÀ-ž]{3}", s)) and (
        re.fullmatch(r"[A-Za-zÀ-žß'.\- ]+ \d{1,5}(?:[ \-]?[A-Za-z]{1,2}\b)?(?:[ \-/]?(?:\d{1,3}|I{1,3}|hs|bg|bis|bus \d{1,3}))?", s)
        or re.fullmatch(r"(?:Flat \d{1,3}, )?\d{1,4}[a-z]? [A-Z][A-Za-z' ]+", s)
        or re.fullmatch(r"(?i)postbus \d{1,5}", s)) is not None


def person_ok(s):
    return bool(re.fullmatch(r"[^\d@#/\\:;!?\n]+", s)) and s.strip() == s and len(s) >= 2


VALIDATORS = {
    "PERSON": person_ok, "EMAIL": email_span_ok, "PHONE": phone_ok, "IBAN": iban_ok, "BSN": bsn_ok,
    "ADDRESS": address_ok, "POSTCODE": postcode_ok, "CREDIT_CARD": card_ok, "IP_ADDRESS": ip_ok,
    "DATE_OF_BIRTH": dob_ok, "ID_DOCUMENT": id_document_ok, "LICENSE_PLATE": plate_ok, "BTW_ID": btw_ok,
    "KVK": kvk_ok,
}


def ean18_check(d17):
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(d17)))
    return str((10 - tot % 10) % 10)


def ean18_ok(s):
    return len(s) == 18 and s.isdigit() and ean18_check(s[:17]) == s[17]


def de_ust_ok(s):
    """DE USt-IdNr: ISO 7064 MOD 11,10 over 8 digits, 9th is the check digit."""
    d = s[2:] if s.startswith("DE") else s
    if len(d) != 9 or not d.isdigit():
        return False
    p = 10
    for c in d[:8]:
        sm = (int(c) + p) % 10 or 10
        p = (2 * sm) % 11
    return (11 - p) % 10 == int(d[8])


def be_rrn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 11:
        return False
    c = int(d[9:])
    return 97 - int(d[:9]) % 97 == c or 97 - int("2" + d[:9]) % 97 == c


# ─────────────────────────────────────────────────────────────────────────────────────────────
# Self test against the reference's vectors
# ─────────────────────────────────────────────────────────────────────────────────────────────


def self_test():
    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303",
              "103349856", "044126396", "656412689", "460455977", "879119330", "999999990", "111111110"]:
        assert bsn_ok(v), v
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        assert not bsn_ok(v), v
    assert bank11("123456789") and bank11("999999990") and bank11("111111110")
    assert onderwijsnummer_ok("101222331") and not onderwijsnummer_ok("100252333")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789",
              "NL20INGB0001234567", "NL39RABO0300065264", "NL44RABO0123456789", "NL86INGB0002445588",
              "NL68KNAB0123456789", "NL32BUNQ2012345678", "BE71 0961 2345 6769", "DE89370400440532013000",
              "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606", "FR76 3000 6000 0112 3456 7890 189",
              "GB82WEST12345698765432"]:
        assert iban_ok(v), v
    assert iban_ok("BE68539007547034")    # mod-97 and national check valid (structure-only, no bank table)
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300",
              "DE89370400440532013001", "BE68539007547035"]:
        assert not iban_ok(v), v
    assert make_iban("NL", "ABNA0417164300") == "NL91ABNA0417164300"
    assert make_iban("DE", "370400440532013000") == "DE89370400440532013000"
    # phones NL
    for v in ["06-12345678", "06 12345678", "06 1234 5678", "06-12 34 56 78", "06 - 123 456 78", "0612345678",
              "(06) 12345678", "+31 6 12345678", "+316-12345678", "+31 (0)6 1234 5678", "+31 (0) 6-123 456 78",
              "+31 0 6 12345678", "0031 6 1234 5678", "0031612345678", "020-1234567", "020 123 4567",
              "(020) 123 45 67", "+31(0)20-1234567", "0031-(0)20-1234567", "+31-20-1234567", "+31.20.123.45.67",
              "020/1234567", "0111-123456", "085 123 4567", "091 123 4567", "088 123 4567", "066 123 4567",
              "097012345678"]:
        assert phone_country(v) == "31", v
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "069 1234567",
              "0676 123456", "020-123456", "012-3456789"]:
        assert phone_country(v) != "31", v
    assert e164("+31 (0)6 1234 5678") == "+31612345678" and e164("0031612345678") == "+31612345678"
    assert e164("020-1234567") == "+31201234567" and e164("097012345678") == "+3197012345678"
    assert nl_mobile_ok("06-12345678") and not nl_mobile_ok("020-1234567")
    # BE / DE / UK drama
    for v in ["+32 470 12 34 56", "0470 12 34 56", "02 511 22 33", "09 265 12 34", "050 44 86 86"]:
        assert be_nsn_ok(phone_digits(v)[1][2:] if v.startswith("+") else phone_digits(v)[1][1:]), v
    assert phone_country("+32 470 12 34 56") == "32" and phone_country("0470 12 34 56") == "32"
    for v in ["+32 470 12 34 5", "02 123 45 67", "09 123 45 67"]:
        assert phone_country(v) != "32", v
    for v in ["+49 30 12345678", "0151 23456789", "+49 (0)221 1234567", "0049 171 1234567"]:
        assert phone_country(v) == "49", v
    assert phone_country("+49 151 234") is None
    assert phone_country("07700 900123") == "44" and phone_country("+44 20 7946 0321") == "44"
    assert phone_country("0113 496 0555") == "44" and phone_country("07700 123456") != "44"
    # postcode
    for v in ["1012 AB", "1012AB", "1012 ab", "NL-2611ET", "9999 ZZ", "1000 AA"]:
        assert nl_postcode_ok(v), v
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        assert not nl_postcode_ok(v), v
    assert postcode_ok("47533") and postcode_ok("SW1A 1AA") and postcode_ok("2000")
    # documents
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        assert nl_docnr_ok(v), v
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        assert not nl_docnr_ok(v), v
    assert verblijf_ok("III-V123AL568") and not verblijf_ok("III-V123AL56") and not verblijf_ok("III-V1O3AL568")
    # kenteken
    for v, code in [("AB-12-34", 1), ("12-34-XY", 2), ("12-AB-34", 3), ("GB-12-DF", 4), ("XB-PK-12", 5),
                    ("12-DF-GH", 6), ("12-GBX-3", 7), ("1-KBB-12", 8), ("VB-123-X", 9), ("G-123-BB", 10),
                    ("GBB-12-X", 11), ("G-12-BBB", 12), ("1-BB-123", 13), ("123-BB-1", 14)]:
        assert kenteken_sidecode(v) == code and kenteken_ok(v), v
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        assert not kenteken_ok(v), v
    assert kenteken_ok("GBB12X") and kenteken_ok("gb 12 df")
    assert de_plate_ok("KLE-MH 482") and de_plate_ok("BOR-X 4412E") and not de_plate_ok("KLE 482")
    # btw
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        assert btw_ok(v), v
    assert ob_ok("NL004495445B01") and not btw_ok("NL004495445B01") and bsn_ok("NL004495445B01")
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL111234567B01",
              "NL12345678B01"]:
        assert not btw_ok(v) and not ob_ok(v), v
    assert stdnum_btw_ok("NL000099998B57") and stdnum_btw_ok("NL004495445B01")
    assert kvk_ok("12345678") and kvk_ok("69599084") and not kvk_ok("1234567") and not kvk_ok("123456789")
    # cards
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009",
              "378282246310005", "6011111111111117", "3530111333300000", "30569309025904", "6759649826438453"]:
        assert card_ok(v), v
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        assert not card_ok(v), v
    assert luhn("490154203237518")       # the IMEI trap is Luhn-valid but has no card IIN
    # e-mail
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM",
              "info@bakkerij-de-groot.frl".replace(".frl", ".nl")]:
        assert email_ok(v), v
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld", "icon@2x.png"]:
        assert not email_ok(v), v
    assert email_span_ok("imke.j [at] gmail [dot] com")
    # IP
    for v in ["8.8.8.8", "2a02:a45:1c7:0:5d1:9e2f:3b:11"]:
        assert ip_ok(v), v
    for v in ["192.168.1.10", "256.1.1.1", "192.168.1", "1.2.3.4.5", "010.001.001.001", "2001:db8::1", "::1",
              "fe80::1ff:fe23:4567:890a", "2001:db8:::1", "1::2::3", "12:30:45", "00:1A:2B:3C:4D:5E",
              "192.0.2.15", "198.51.100.7", "203.0.113.24", "10.0.0.1", "127.0.0.1", "172.16.4.4"]:
        assert not ip_ok(v), v
    # DOB
    for v in ["12-03-1985", "1-4-1990", "03/07/1979", "29.02.1992", "5 mei 1960", "17 okt. 2001",
              "1985-03-12", "5. März 1960", "March 12, 1985", "11th November 1942", "12-03-'85"]:
        assert dob_ok(v), v
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999"]:
        assert not dob_ok(v), v
    # hard-negative helpers
    assert de_ust_ok("DE136695976") and not de_ust_ok("DE136695977")
    assert be_rrn_ok("85.07.30-033.28") and be_rrn_ok("00012556777") and not be_rrn_ok("85073003329")
    assert ean18_ok("871687140000000000"[:17] + ean18_check("871687140000000000"[:17]))


# ─────────────────────────────────────────────────────────────────────────────────────────────
# Generators
# ─────────────────────────────────────────────────────────────────────────────────────────────


def gen_bsn(r, leading_zero=False):
    while True:
        d = ("0" if leading_zero else str(r.randint(1, 9))) + "".join(str(r.randint(0, 9)) for _ in range(8))
        if elfproef(d) and d[1] != "0":
            return d


def gen_not_elf9(r, first=None):
    while True:
        d = (first or str(r.randint(1, 9))) + "".join(str(r.randint(0, 9)) for _ in range(8))
        if not elfproef(d) and not bank11(d):
            return d


def gen_elf9(r, first=None):
    while True:
        d = (first or str(r.randint(1, 9))) + "".join(str(r.randint(0, 9)) for _ in range(8))
        if elfproef(d):
            return d


def fmt_bsn(d, style):
    return {"plain": d, "dot": f"{d[:4]}.{d[4:6]}.{d[6:]}", "space": f"{d[:3]} {d[3:6]} {d[6:]}",
            "dash": f"{d[:3]}-{d[3:6]}-{d[6:]}", "dot2": f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}",
            "eight": d.lstrip("0")}[style]


def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB", "REVO"]


def gen_iban(r, cc, bank=None):
    if cc == "NL":
        return make_iban("NL", (bank or r.choice(NL_BANKS)) + digits(r, 10))
    if cc == "DE":
        blz = bank or r.choice(["32450000", "35850000", "42850035", "36050105", "32060362"])
        return make_iban("DE", blz + digits(r, 10))
    if cc == "BE":
        while True:
            b = str(r.randint(100, 999)) + digits(r, 7)
            c = int(b) % 97 or 97
            return make_iban("BE", b + f"{c:02d}")
    if cc == "PL":
        return make_iban("PL", r.choice(["10205561", "11402004", "10901014"]) + digits(r, 16))
    if cc == "GB":
        return make_iban("GB", r.choice(["BARC", "LOYD", "NWBK", "MIDL"]) + digits(r, 14))
    raise ValueError(cc)


def fmt_iban(iban, style="space"):
    if style == "space":
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if style == "lower":
        return iban.lower()
    if style == "lowerspace":
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)).lower()
    return iban


def gen_card(r, kind):
    prefix, n = {"visa": ("4" + str(r.randint(0, 9)) + digits(r, 4), 16),
                 "mc": (str(r.randint(51, 55)) + digits(r, 4), 16),
                 "mc2": (str(r.randint(2221, 2720)) + digits(r, 2), 16),
                 "amex": (r.choice(["34", "37"]) + digits(r, 4), 15),
                 "maestro": ("6759" + digits(r, 2), 16)}[kind]
    body = prefix + digits(r, n - len(prefix) - 1)
    for c in "0123456789":
        if luhn(body + c):
            return body + c


def fmt_card(d, sep=" "):
    if len(d) == 15:
        return f"{d[:4]}{sep}{d[4:10]}{sep}{d[10:]}"
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def gen_btw(r):
    while True:
        d9 = digits(r, 9)
        if elfproef(d9) or int(d9) == 0:
            continue
        for sfx in range(1, 98):
            v = f"NL{d9}B{sfx:02d}"
            if mod97(v) == 1:
                return v


def gen_kvk(r):
    return str(r.randint(5, 9)) + digits(r, 7)


def gen_kenteken(r, code=None):
    code = code or r.choice([7, 8, 9, 10, 11])
    while True:
        s = "".join(r.choice(MODERN_LETTERS) if c == "X" else str(r.randint(0, 9)) if c == "9" else c
                    for c in SIDECODES[code])
        if s[0] != "0" and kenteken_ok(s):
            return s


def gen_de_plate(r, district):
    letters = "ABDFGHJKLMNPRSTVWXZ"
    p = f"{district}-{''.join(r.choice(letters) for _ in range(r.randint(1, 2)))} {r.randint(1, 9)}{digits(r, r.randint(1, 3))}"
    assert de_plate_ok(p)
    return p


NODOC = "ABCDEFGHIJKLMNPQRSTUVWXYZ123456789"


def gen_nl_passport(r):
    return "N" + r.choice("BCDFHJKLMNPRSTVWXYZ") + "".join(r.choice(NODOC) for _ in range(6)) + str(r.randint(1, 9))


def gen_nl_idcard(r):
    return "I" + r.choice("BCDFHJKLMNPRSTVWXYZ") + "".join(r.choice(NODOC) for _ in range(6)) + str(r.randint(1, 9))


def gen_ausweis(r):
    return r.choice("LMNPRTVWXY") + "".join(r.choice(DE_AUSWEIS_CH) for _ in range(8))


def gen_verblijf(r):
    return r.choice(["I", "II", "III", "IV"]) + "-V" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(8))


def gen_ip4(r):
    while True:
        a = ipaddress.IPv4Address(r.randint(0x01000000, 0xDFFFFFFF))
        if a.is_global and not str(a).startswith(("100.", "127.")):
            return str(a)


def gen_ip6(r):
    pfx = r.choice(["2a02:a46", "2a02:a45", "2001:1c02", "2a01:4f8", "2a10:3781"])
    return pfx + ":" + ":".join(f"{r.randint(0, 0xffff):x}" for _ in range(6))


def gen_nl_mobile(r):
    return "06" + r.choice("123458") + digits(r, 7)      # 061–065, 068 (066 is semafonie, not mobile)


def fmt_nl_mobile(d, style):
    n = d[1:]  # 6xxxxxxxx
    return {
        "dash": f"06-{d[2:]}", "space": f"06 {d[2:]}", "space4": f"06 {d[2:6]} {d[6:]}",
        "pairs": f"06-{d[2:4]} {d[4:6]} {d[6:8]} {d[8:]}", "plain": d, "intl": f"+31 6 {d[2:]}",
        "intl0": f"+31 (0)6 {d[2:6]} {d[6:]}", "00": f"0031 6 {d[2:6]} {d[6:]}", "odd": f"06 {d[2:5]} {d[5:8]} {d[8:]}",
        "odd2": f"0{n[:3]} {n[3:6]} {n[6:]}", "odd3": f"06 - {d[2:5]} {d[5:7]} {d[7:]}",
        "intlplain": f"+31{n}", "pairs2": f"06 {d[2:4]} {d[4:6]} {d[6:8]} {d[8:]}", "paren": f"(06) {d[2:]}",
        "dot": f"06.{d[2:6]}.{d[6:]}", "intlnospace": f"+316{d[2:]}",
    }[style]


def gen_nl_fixed(r, area):
    sub = str(r.randint(2, 9)) + digits(r, (9 - len(area)) - 1)
    return "0" + area + sub


def fmt_nl_fixed(d, style):
    a = 3 if d[1:3] in NL_AREA2 else 4
    area, sub = d[:a], d[a:]
    if style == "dash":
        return f"{area}-{sub}"
    if style == "space":
        return f"{area} {sub[:3]} {sub[3:]}" if len(sub) == 7 else f"{area} {sub[:3]} {sub[3:]}"
    if style == "intl":
        return f"+31 {area[1:]} {sub[:3]} {sub[3:]}"
    if style == "intl0":
        return f"+31 (0){area[1:]} {sub[:3]} {sub[3:5]} {sub[5:]}"
    if style == "paren":
        return f"({area}) {sub[:3]} {sub[3:5]} {sub[5:]}"
    return d


def gen_de_mobile(r):
    return "01" + r.choice(["51", "52", "57", "60", "62", "70", "71", "72", "73", "76"]) + digits(r, r.choice([7, 8]))


def gen_de_fixed(r, area):
    return "0" + area + str(r.randint(2, 9)) + digits(r, r.randint(4, 10 - len(area)))


def gen_be_mobile(r):
    return "04" + r.choice("5789") + digits(r, 7)


def gen_uk_drama(r, kind="mobile"):
    if kind == "mobile":
        return "07700 900" + digits(r, 3)
    if kind == "london":
        return "020 7946 0" + digits(r, 3)
    return "0" + r.choice(["113", "114", "115", "116", "117", "118", "121", "131", "141", "151", "161", "191"]) + " 496 0" + digits(r, 3)


def ean18(r):
    d17 = "8716" + r.choice(["87", "88", "90", "94"]) + digits(r, 11)
    return d17 + ean18_check(d17)


def betalingskenmerk(r):
    while True:
        d = r.choice("1789") + digits(r, 15)
        if not luhn(d):
            return d


def fmt_kenmerk(d):
    return " ".join(d[i:i + 4] for i in range(0, 16, 4))


def gen_date(r, y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(r.randint(a, b))


NL_MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
NL_MON3 = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
MONTHS.update({m.lower(): i + 1 for i, m in enumerate(EN_MON)})
MONTHS.update({m.lower(): i + 1 for i, m in enumerate(DE_MON)})


def fd(d, style):
    return {
        "dash": f"{d.day:02d}-{d.month:02d}-{d.year}", "dash1": f"{d.day}-{d.month}-{d.year}",
        "slash": f"{d.day:02d}/{d.month:02d}/{d.year}", "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "iso": d.isoformat(), "nl": f"{d.day} {NL_MON[d.month - 1]} {d.year}",
        "nl3": f"{d.day} {NL_MON3[d.month - 1]}. {d.year}", "en": f"{d.day} {EN_MON[d.month - 1]} {d.year}",
        "us": f"{EN_MON[d.month - 1]} {d.day}, {d.year}", "de": f"{d.day}. {DE_MON[d.month - 1]} {d.year}",
        "space": f"{d.day:02d} {d.month:02d} {d.year}", "yy": f"{d.day:02d}-{d.month:02d}-'{d.year % 100:02d}",
    }[style]


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def money(r, lo, hi):
    v = r.randint(int(lo * 100), int(hi * 100))
    e, c = divmod(v, 100)
    es = f"{e:,}".replace(",", ".")
    return f"{es},{c:02d}"


# ─────────────────────────────────────────────────────────────────────────────────────────────
# Markup: mark(LABEL, value) → render() strips it and records exact UTF-8 byte offsets
# ─────────────────────────────────────────────────────────────────────────────────────────────

def mark(label, value):
    assert label in LABELS, label
    assert value == value.strip() and value, repr(value)
    return f"\x01{label}\x02{value}\x03"


def P(v):
    return mark("PERSON", v)


def EM(v):
    return mark("EMAIL", v)


def PH(v):
    return mark("PHONE", v)


def IB(v):
    return mark("IBAN", v)


def BS(v):
    return mark("BSN", v)


def AD(v):
    return mark("ADDRESS", v)


def PC(v):
    return mark("POSTCODE", v)


def CC(v):
    return mark("CREDIT_CARD", v)


def IP(v):
    return mark("IP_ADDRESS", v)


def DOB(v):
    return mark("DATE_OF_BIRTH", v)


def DOC(v):
    return mark("ID_DOCUMENT", v)


def KT(v):
    return mark("LICENSE_PLATE", v)


def BTW(v):
    return mark("BTW_ID", v)


def KVK(v):
    return mark("KVK", v)


MARK_RE = re.compile(r"\x01([A-Z_]+)\x02(.*?)\x03", re.S)


def render(marked):
    out, spans, pos, nbytes = [], [], 0, 0
    for m in MARK_RE.finditer(marked):
        pre = marked[pos:m.start()]
        out.append(pre)
        nbytes += len(pre.encode("utf-8"))
        val = m.group(2)
        b = len(val.encode("utf-8"))
        spans.append({"start": nbytes, "end": nbytes + b, "label": m.group(1)})
        out.append(val)
        nbytes += b
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "\x01" not in text and "\x02" not in text and "\x03" not in text, marked
    return text, spans


# ─────────────────────────────────────────────────────────────────────────────────────────────
# The organisation of this set: Woonstichting Lindehof, Arnhem (fictional). Never labelled.
# ─────────────────────────────────────────────────────────────────────────────────────────────

ORG = {
    "names": ["Woonstichting Lindehof", "Lindehof", "Stichting Lindehof", "Lindehof Wonen",
              "Lindehof Klantcontact"],
    "domains": ["lindehof.example"],
    "phones": ["026 384 7100", "088 266 5410", "06 4870 2210"],
    "ibans": ["NL44BNGH0285169377"],
    "addresses": ["Kastanjeplein 3, 6822 LT Arnhem", "Hazelaarhof 8, 6832 KW Arnhem",
                  "Postbus 3085, 6802 DB Arnhem"],
    "kvk": ["09041872"],
    "btw": ["NL801635299B01"],
    "handles": ["@lindehofwonen", "@Lindehof_Arnhem", "@lindehof.huurders"],
    "products": [],
}
ORG_RSIN = "801635299"
ORG_POSTCODES = ["6822 LT", "6832 KW", "6802 DB"]
ORG_E164 = [e164(x) for x in ORG["phones"]]

# written forms of the organisation's own data
ORG_PHONE_FORMS = ["026 384 7100", "026-3847100", "(026) 384 71 00", "+31 26 384 7100", "+31 (0)26 384 71 00",
                   "0031 26 3847100", "026 - 384 71 00", "0263847100"]
ORG_REPAIR_FORMS = ["088 266 5410", "088-2665410", "+31 88 266 5410", "088 - 266 54 10"]
ORG_WA_FORMS = ["06 4870 2210", "06-48702210", "+31 6 48702210", "06 48 70 22 10"]
ORG_IBAN_FORMS = ["NL44 BNGH 0285 1693 77", "NL44BNGH0285169377", "nl44bngh0285169377", "NL44 BNGH 0285169377"]
ORG_EMAILS = ["klantcontact@lindehof.example", "reparaties@lindehof.example", "huurincasso@lindehof.example",
              "verhuur@lindehof.example", "noreply@lindehof.example", "wijkteam.zuid@lindehof.example",
              "wijkteam.noord@lindehof.example", "kundenservice@lindehof.example"]

# Employees of Lindehof named in messages — natural persons, labelled PERSON (as in heldout8).
AGENTS = [("Sanne", "Wolters"), ("Jeroen", "Lubbers"), ("Fatma", "Doğru"), ("Bas", "Meijering"),
          ("Ingrid", "Hermsen"), ("Tobias", "Brandt"), ("Ricardo", "Tjin"), ("Noor", "Haddou"),
          ("Wouter", "Klaassen"), ("Maaike", "Stoltenborg")]

# Contractors (companies, never PERSON)
CONTRACTORS = ["Verbeek & Zn. Loodgieters B.V.", "Schildersbedrijf De Kwast B.V.", "Installatiebedrijf Rijnwaal",
               "Liftservice Oost B.V.", "Glaszetterij Veluwezoom", "Dakwerken Gebr. Hofstede B.V.",
               "Ongediertebestrijding Gelre", "Aannemersbedrijf Bouwcombinatie Rijn & IJssel",
               "CV-Service Arnhem B.V.", "Elektro Mulder & Co"]

# ─────────────────────────────────────────────────────────────────────────────────────────────
# Inline name and place lists (written for this set; not taken from any test-data package)
# ─────────────────────────────────────────────────────────────────────────────────────────────

NAMES = {
    "nl": (["Annelies", "Gerda", "Marieke", "Femke", "Ineke", "Esther", "Petra", "Tineke", "Jolanda", "Lisa",
            "Wilma", "Hennie", "Carla", "Bianca", "Anouk"],
           ["Henk", "Wim", "Joost", "Thijs", "Gerrit", "Dirk", "Bram", "Marco", "Ruud", "Sander", "Jan-Willem",
            "Harrie", "Teun", "Erik", "Frank"],
           ["van den Berg", "Veldhuis", "Hendriks", "Bosman", "Lammers", "Kuipers", "Peters", "Arends",
            "Willemsen", "Janssen", "van Dijk", "Roelofs", "Vermeulen", "Derksen", "Verhoeven", "ten Brinke",
            "van Beek", "Hoogland", "van 't Hul", "Gerritsen", "Thijssen", "van der Zande", "de Graaf",
            "Kersten", "Wassink", "Hulshof", "op den Kamp", "van Ooijen"]),
    "tr": (["Ayşe", "Zeynep", "Hatice", "Elif", "Emine", "Büşra", "Songül"],
           ["Emre", "Mehmet", "Burak", "Yusuf", "Hüseyin", "Murat", "Kemal"],
           ["Yıldız", "Çelik", "Demir", "Öztürk", "Kaya", "Aydın", "Korkmaz", "Şahin", "Güler", "Erdoğan"]),
    "ma": (["Fatima", "Nadia", "Khadija", "Samira", "Naima", "Houda", "Loubna"],
           ["Mohamed", "Youssef", "Hamza", "Rachid", "Mustafa", "Bilal", "Abdelkader"],
           ["El Amrani", "Bouzid", "El Idrissi", "Bennani", "Azzouz", "Ait Taleb", "Chaouch", "El Khatib",
            "Boukhari", "Amezian", "Ouchan", "El Hamdaoui"]),
    "sr": (["Shanti", "Denise", "Soraya", "Sharmila", "Germaine", "Ruth"],
           ["Rishi", "Marlon", "Jerrel", "Ravi", "Clyde", "Romano"],
           ["Ramdin", "Sitaldin", "Pinas", "Kromodimedjo", "Wijngaarde", "Biharie", "Tjon A Fong", "Vlijter",
            "Landveld", "Doelwijt"]),
    "pl": (["Katarzyna", "Agnieszka", "Małgorzata", "Joanna", "Ewelina", "Beata"],
           ["Tomasz", "Paweł", "Michał", "Łukasz", "Krzysztof", "Grzegorz"],
           [("Kowalczyk", "Kowalczyk"), ("Wiśniewski", "Wiśniewska"), ("Zając", "Zając"),
            ("Dąbrowski", "Dąbrowska"), ("Wójcik", "Wójcik"), ("Lewandowski", "Lewandowska"),
            ("Szymański", "Szymańska"), ("Kaczmarek", "Kaczmarek")]),
    "sy": (["Rania", "Lina", "Nour", "Hala", "Dima", "Reem"],
           ["Ahmad", "Khaled", "Omar", "Mahmoud", "Feras", "Bassel"],
           ["Darwish", "Haddad", "Al-Hassan", "Khalil", "Al Masri", "Shaaban", "Kassem", "Najjar"]),
    "er": (["Senait", "Helen", "Mebrat", "Saba", "Lidia"],
           ["Tesfay", "Yonas", "Filmon", "Mebrahtu", "Dawit", "Samuel"],
           ["Gebremedhin", "Haile", "Berhane", "Kidane", "Woldu", "Tesfamariam", "Ghebreyesus"]),
    "cn": (["Xiaoling", "Mei Ling", "Yan", "Li Na", "Suk Ying"],
           ["Wei", "Hao", "Kwok Wai", "Zhiwei", "Chun"],
           ["Chen", "Zhang", "Liu", "Wong", "Lam", "Cheung", "Kwok"]),
    "vn": (["Thị Lan", "Thu Hà", "Ngọc Anh", "Thị Hoa"],
           ["Văn Minh", "Quang Huy", "Đức Anh", "Văn Tùng"],
           ["Nguyễn", "Trần", "Phạm", "Lê", "Hoàng", "Đặng"]),
    "de": (["Ursula", "Sabine", "Heike", "Gisela", "Anke", "Birgit", "Jutta", "Kerstin", "Marlies"],
           ["Jürgen", "Klaus", "Dieter", "Jens", "Björn", "Heinz", "Uwe", "Stefan", "Rüdiger", "Lukas"],
           ["Köhler", "Schäfer", "Brüggemann", "Terhorst", "Hüsken", "Janßen", "Möllers", "Wilmsen", "ter Meer",
            "Lensing", "Schmitz", "Verhülsdonk", "Thönnissen", "Derichs"]),
    "id": (["Dewi", "Sri", "Yvonne", "Wulan", "Martha"],
           ["Budi", "Rudy", "Johan", "Hartono", "Frederik"],
           ["Latuheru", "Pattiasina", "Sahetapy", "Tanamal", "Pelupessy", "Soeleman", "Santoso", "Wattimena"]),
    "intl": (["Priya", "Chiara", "Sofia", "Aisha", "Hannah", "Inês", "Ananya", "Aoife", "Camille", "Lucía"],
             ["Liam", "Diego", "Oluwaseun", "Mateus", "Rohan", "Tom", "Jakub", "Kwame", "Arjun", "Callum"],
             ["Raman", "O'Connor", "Bianchi", "Fernández", "Adeyemi", "Papadopoulou", "Oliveira", "Begum",
              "Whitfield", "Clarke", "Mehta", "Duarte", "Nowak", "Mensah", "Iyer", "McAllister", "Moreau",
              "Romero"]),
}

TUSSEN = ["van", "de", "den", "der", "ter", "ten", "te", "vd", "v.d.", "van 't", "'t", "op", "in", "el", "al", "la",
          "von", "zu", "a", "op den"]


INTL = [("Priya", "Raman", "f"), ("Chiara", "Bianchi", "f"), ("Sofia", "Papadopoulou", "f"), ("Aisha", "Begum", "f"),
        ("Hannah", "Clarke", "f"), ("Inês", "Duarte", "f"), ("Ananya", "Iyer", "f"), ("Aoife", "McAllister", "f"),
        ("Camille", "Moreau", "f"), ("Lucía", "Romero", "f"), ("Liam", "O'Connor", "m"), ("Diego", "Fernández", "m"),
        ("Oluwaseun", "Adeyemi", "m"), ("Mateus", "Oliveira", "m"), ("Rohan", "Mehta", "m"), ("Tom", "Whitfield", "m"),
        ("Jakub", "Nowak", "m"), ("Kwame", "Mensah", "m"), ("Arjun", "Krishnan", "m"), ("Callum", "Fraser", "m")]


def person(r, her, gender=None):
    if her == "intl":
        return r.choice([x for x in INTL if gender is None or x[2] == gender])
    f, m, s = NAMES[her]
    g = gender or r.choice("fm")
    given = r.choice(f if g == "f" else m)
    sur = r.choice(s)
    if isinstance(sur, tuple):
        sur = sur[0] if g == "m" else sur[1]
    return given, sur, g


def people(r, her, n, gender=None):
    """n persons of one heritage with distinct surnames and given names."""
    out, seen_s, seen_g = [], [], []
    while len(out) < n:
        g, s, gd = person(r, her, gender)
        if s in seen_s or g in seen_g:
            continue
        seen_s.append(s)
        seen_g.append(g)
        out.append((g, s, gd))
    return out


def slug(s):
    """ASCII form of a name for e-mail local parts."""
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in s if not unicodedata.combining(c)).lower())


def cap_tussen(sur):
    """Surname standing alone: capitalise the first particle (NL rule)."""
    return sur[0].upper() + sur[1:]


def initials(given):
    return "".join(p[0] + "." for p in re.split(r"[ \-]", given) if p)


STREETS_NL = ["Lupinestraat", "Akeleistraat", "Ratelaarstraat", "Klaprooslaan", "Bremstraat", "Wilgenstraat",
              "Vlierhof", "Korenbloemweg", "Esdoornlaan", "Berkenhof", "Meidoornpad", "Populierenweg",
              "Ligusterhof", "Vuurdoornstraat", "Sleedoornlaan", "Boterbloemstraat", "Zonnebloemweg",
              "Dotterbloempad", "Vogelkersstraat", "Goudenregenlaan", "Laan van Rijnwijk", "Graaf Ottostraat",
              "Kamperfoeliestraat", "Hulstkade", "Weegbreestraat", "Margrietsingel", "Pinksterbloemstraat"]
TOWNS_NL = {"Arnhem": "68", "Nijmegen": "65", "Velp": "688", "Zevenaar": "690", "Ede": "671", "Oosterbeek": "686",
            "Elst": "666", "Duiven": "692", "Westervoort": "693", "Rheden": "699"}
STREETS_DE = ["Lindenallee", "Kalkarer Straße", "Am Mühlenberg", "Tiergartenstraße", "Kirchweg", "Nassauerallee",
              "Emmericher Straße", "Hagsche Straße", "Spyckstraße", "Kapitelstraße", "Bahnhofstraße",
              "Wasserstraße", "Gocher Landstraße", "Rosenweg"]
TOWNS_DE = {"Kleve": "47533", "Emmerich am Rhein": "46446", "Goch": "47574", "Kranenburg": "47559",
            "Bocholt": "46397", "Kalkar": "47546", "Rees": "46459", "Isselburg": "46419"}
STREETS_UK = ["Mill Road", "Green Lane", "Station Road", "Victoria Street", "Elm Grove", "Albany Crescent",
              "Hawthorn Avenue", "Chapel Street", "Beech Road", "Kingsway Close"]
UK_PC = {"LS6 2QT": "Leeds", "M14 5RL": "Manchester", "BS7 8DX": "Bristol", "CF24 4HQ": "Cardiff",
         "EH9 1PR": "Edinburgh", "NE2 4AB": "Newcastle", "B29 6NE": "Birmingham", "G12 8TB": "Glasgow",
         "L15 3HJ": "Liverpool", "NG7 1FT": "Nottingham", "S10 2TN": "Sheffield"}


def nl_postcode(r, town="Arnhem"):
    pre = TOWNS_NL[town]
    num = pre + digits(r, 4 - len(pre))
    if num[0] == "0":
        num = "6" + num[1:]
    while True:
        let = r.choice("ABCDEGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRTVWXZ")
        if let not in ("SA", "SD", "SS") and let not in UNIT_PAIRS:
            pc = f"{num} {let}"
            if pc not in ORG_POSTCODES:
                return pc


def house_no(r, addition=True):
    n = str(r.randint(1, 180))
    if addition and r.random() < 0.35:
        n += r.choice(["a", "b", "A", "B", "-1", "-2", "-3", " hs", " II", "-bis"])
    return n


def nl_addr(r, town="Arnhem", street=None, addition=True):
    st = street or r.choice(STREETS_NL)
    return f"{st} {house_no(r, addition)}", nl_postcode(r, town), town


def de_addr(r, town=None):
    town = town or r.choice(list(TOWNS_DE))
    st = r.choice(STREETS_DE)
    return f"{st} {r.randint(1, 140)}{r.choice(['', '', '', 'a', 'b'])}", TOWNS_DE[town], town


def uk_addr(r):
    pc = r.choice(list(UK_PC))
    return f"{r.randint(2, 190)} {r.choice(STREETS_UK)}", pc, UK_PC[pc]


def nl_complex(r):
    return str(r.randint(1100, 4999))


# ─────────────────────────────────────────────────────────────────────────────────────────────
# Scenario registry
# ─────────────────────────────────────────────────────────────────────────────────────────────

SCENARIOS = []      # (lang, name, has_pii, runs, function)


def scenario(lang, pii, runs=2):
    def deco(f):
        SCENARIOS.append((lang, f.__name__, pii, runs, f))
        return f
    return deco


def agent(r, exclude=()):
    while True:
        a = r.choice(AGENTS)
        if a[0] not in exclude:
            return a


# ═════════════════════════════════════════════════════════════════════════════════════════════
# Dutch scenarios — with personal data
# ═════════════════════════════════════════════════════════════════════════════════════════════

@scenario("nl", True)
def nl_callnote_fast(r, k):
    ag = agent(r)
    if k == 0:
        g, s, _ = person(r, "ma", "f")
        st, pc, _ = nl_addr(r, addition=False)
        c = nl_complex(r)
        tel = fmt_nl_mobile(gen_nl_mobile(r), "dash")
        return (f"klant belt ivm lekkage badkamer plafond, mw {P(s.lower())} ({AD(st.lower())}) complex {c} woning "
                f"{r.randint(1, 40)}B. water loopt bij onderburen langs de lamp. tel {PH(tel)}, cb morgen voor 10u "
                f"ivm planning loodgieter. nb: Verbeek & Zn. Loodgieters B.V. is er vorige week al geweest "
                f"(werkorder WO-25-{digits(r, 5)}), zelfde lekkage?? graag check. /{P(ag[0].lower())}")
    sur = r.choice(["van den Berg", "van der Zande", "van der Linden", "van den Heuvel"])
    short = "vd " + sur.split()[-1].lower()
    st = r.choice(["Klaprooslaan", "Esdoornlaan", "Goudenregenlaan"])
    no = r.randint(3, 60)
    tel = fmt_nl_mobile(gen_nl_mobile(r), "plain")
    fixed = fmt_nl_fixed(gen_nl_fixed(r, "26"), "dash")
    return (f"terugbelverzoek\ndhr. {P(short)} - cv ketel geeft storing F28, huis koud sinds gisteravond. "
            f"tel {PH(tel)} of vast {PH(fixed)}, bereikbaar na 16u.\nadres {AD(f'{st.lower()} {no}')} (let op: nr {no}B "
            f"is de buurvrouw, niet verwarren!!)\ndoorgezet naar CV-Service Arnhem B.V., prio 2, bon "
            f"{digits(r, 6)}. klant wil graag dat monteur eerst belt.\ngr {P(ag[0])}")


@scenario("nl", True)
def nl_handover(r, k):
    a1, a2, a3 = r.sample(AGENTS, 3)
    pinas = person(r, "sr")
    tr = person(r, "tr", "m")
    vn = person(r, "vn")
    pl = person(r, "pl", "m")
    c = nl_complex(r)
    st = r.choice(STREETS_NL)
    stno = r.randint(2, 40)
    if k == 0:
        return (f"overdracht vroege → late dienst {r.randint(3, 28)}-11\n"
                f"- mw {P(pinas[1])} belt terug ivm betalingsregeling, staat nu op € {r.randint(6, 15)*10},- p/m vanaf 1-12. "
                f"alleen bereikbaar op {PH(fmt_nl_mobile(gen_nl_mobile(r), 'space4'))} (vaste nr klopt niet meer)\n"
                f"- dhr {P(tr[1])} ({AD(f'{st} {stno}-2')}): sleutel kwijt, slotenmaker ingeschakeld, factuur komt naar ons. "
                f"kosten doorbelasten? overleggen met {P(a1[0])}\n"
                f"- fam. {P(vn[1])} 3e melding geluid bovenburen (fam. {P(pl[1])}, zelfde portiek nr {stno + 2}). "
                f"doorzetten naar woonconsulent {P(a2[0] + ' ' + a2[1])}\n"
                f"- complex {c} blok C lift weer stuk, Liftservice Oost B.V. gebeld, monteur komt morgen 8-12u\n"
                f"groet {P(a3[0])}")
    return (f"OVERDRACHT weekenddienst\n\n"
            f"1) {P(pinas[0] + ' ' + pinas[1])} - betalingsregeling, wil termijn verschuiven naar de 28e ivm uitkering. "
            f"heb gezegd dat {P(a1[0])} (incasso) maandag belt. nr: {PH(fmt_nl_mobile(gen_nl_mobile(r), 'pairs'))}\n"
            f"2) {AD(f'{st} {stno}')} - buurman {P(tr[0] + ' ' + tr[1])} meldt rook/stank uit berging van "
            f"{P(pl[0] + ' ' + pl[1])}. niks gevonden bij controle. nb: {P(tr[1])} belt vaker, niet escaleren\n"
            f"3) complex {c}: 4 meldingen verstopte afvoer blok B, Verbeek & Zn. Loodgieters B.V. maandag\n"
            f"4) {P(vn[1] + ' ' + vn[0])} (woning {r.randint(1, 30)}A) wil huurtoeslagverklaring, doorgestuurd naar "
            f"verhuur@lindehof.example\n\nfijne zondag, {P(a3[0])}")


@scenario("nl", True)
def nl_whatsapp_tenant(r, k):
    if k == 0:
        g, s, _ = person(r, "ma", "f")
        st, pc, _ = nl_addr(r, addition=False)
        tel = fmt_nl_mobile(gen_nl_mobile(r), "odd")
        return (f"hoi ik woon op de {AD(st.lower())} en de deur van de berging is kapot al 2 weken 😡😡 iemand heeft hem "
                f"opengebroken denk ik kan er iemand komen kijken ik ben er morgen de hele dag\nmijn nummer is "
                f"{PH(tel)}\ngroetjes {P(g.lower())} 🙏")
    g, s, _ = person(r, "tr", "f")
    son = person(r, "tr", "m")[0]
    st, pc, _ = nl_addr(r, addition=False)
    tel = fmt_nl_mobile(gen_nl_mobile(r), "odd2")
    return (f"Hallo dit is {P(g + ' ' + s)} van de {AD(st)} ik spreek dit in want typen gaat niet zo goed de kraan in de "
            f"keuken lekt heel erg en het kastje eronder is helemaal nat mijn zoon {P(son)} heeft de hoofdkraan al "
            f"dicht gedaan dus nu hebben we geen water kunnen jullie vandaag nog iemand sturen bel mij op {PH(tel)} "
            f"of op het nummer van {P(son)} dank u wel 💧💧")


@scenario("nl", True)
def nl_voice_medehuurder(r, k):
    st, pc, _ = nl_addr(r)
    if k == 0:
        g, s, _ = person(r, "nl", "f")
        pg, ps, _ = person(r, "sy", "m")
        b = gen_bsn(r)
        d = gen_date(r, 1984, 1998)
        vd = gen_verblijf(r)
        return (f"ja hallo goedemorgen ik wil graag mijn vriend als medehuurder op het contract laten zetten hij heet "
                f"{P(pg + ' ' + ps)} hij is geboren op {DOB(fd(d, 'nl'))} en zijn bsn is {BS(fmt_bsn(b, 'plain'))} "
                f"hij woont al drie jaar bij mij op {AD(st)} en staat ook ingeschreven bij de gemeente zijn "
                f"verblijfsdocument nummer is {DOC(vd)} moet ik daar een kopie van sturen of is dit genoeg "
                f"groetjes {P(g + ' ' + s)}")
    g, s, _ = person(r, "nl", "m")
    pg, ps, _ = person(r, "pl", "f")
    b = gen_bsn(r)
    d = gen_date(r, 1988, 2000)
    idc = gen_nl_idcard(r)
    return (f"Goedemiddag, ik ben {P(g + ' ' + s)} van {AD(st)}. Mijn partner {P(pg + ' ' + ps)} komt bij mij wonen en "
            f"we willen haar als medehuurder. Gegevens: geboren {DOB(fd(d, 'dash'))}, BSN-nr {BS(fmt_bsn(b, 'dot'))}, "
            f"ID-kaart {DOC(idc)} (geldig tot {fd(gen_date(r, 2027, 2033), 'dash')}). Ze werkt bij een "
            f"distributiecentrum in Nijmegen dus inkomen is er ook, loonstroken kan ik mailen. Wat is de volgende stap? "
            f"Gr. {P(g)}")


@scenario("nl", True)
def nl_webform_repair(r, k):
    hc = f"HC-{r.randint(2009, 2024)}-{digits(r, 5)}"
    if k == 0:
        g, s, _ = person(r, "nl", "f")
        st, pc, _ = nl_addr(r)
        fixed = fmt_nl_fixed(gen_nl_fixed(r, "26"), "space")
        mail = f"{g[0].lower()}.{s.split()[-1].lower().replace(chr(39), '')}{r.randint(50, 75)}@ziggo.nl"
        return (f"--- Reparatieverzoek (webformulier mijn.lindehof.example) ---\n"
                f"Ingediend: {r.randint(1, 27)}-11-2025 21:47\n"
                f"Naam huurder: {P(g + ' ' + s)}\n"
                f"Huurcontractnummer: {hc}\n"
                f"Adres: {AD(st)}\n"
                f"Postcode: {PC(pc)}\n"
                f"Plaats: Arnhem\n"
                f"Telefoonnummer: {PH(fixed)}\n"
                f"Mobiel nummer: \n"
                f"E-mailadres: {EM(mail)}\n"
                f"Ruimte: keuken\n"
                f"Omschrijving: afvoer van de gootsteen loopt niet meer door, al 2x ontstopper gebruikt. ruikt ook.\n"
                f"Voorkeur dagdeel: dinsdag of donderdag ochtend\n"
                f"Toestemming sleutel gebruiken: nee\n"
                f"Bijlagen: IMG_2048.jpg (2,4 MB), IMG_2049.jpg (2,1 MB)")
    g, s, _ = person(r, "cn", "m")
    dg = r.choice(["Mei", "Jenny", "Linda"])
    st, pc, _ = nl_addr(r)
    mob = fmt_nl_mobile(gen_nl_mobile(r), "plain")
    mail = f"{dg.lower()}.{s.lower()}@gmail.com"
    return (f"Formulier: Reparatie melden\nCategorie: Ramen en deuren\nOmschrijving: raam slaapkamer sluit niet meer, "
            f"scharnier gebroken. tocht erg.\n"
            f"Melder: {P(dg + ' ' + s)} (dochter)\n"
            f"Bewoner: {P(s + ', ' + g)}\n"
            f"Contactpersoon: {P(dg + ' ' + s)}\n"
            f"Telefoon contactpersoon: {PH(mob)}\n"
            f"E-mail: {EM(mail)}\n"
            f"Adres woning: {AD(st)}, {PC(pc.replace(' ', ''))} ARNHEM\n"
            f"Complex/woning: {nl_complex(r)}/{r.randint(1, 60)}\n"
            f"Huurcontract: {hc}\n"
            f"Aanwezig: bewoner spreekt weinig Nederlands, graag afspraak via contactpersoon\n"
            f"Akkoord voorwaarden: ja")


@scenario("nl", True)
def nl_ticket_export(r, k):
    ag = agent(r)
    if k == 0:
        m = person(r, "sr")
        n = person(r, "pl")
        st = r.choice(STREETS_NL)
        a, b = r.randint(10, 80), None
        pc = nl_postcode(r)
        return (f"Ticket:       LH-2025-{digits(r, 6)}\n"
                f"Aangemaakt:   {r.randint(1, 27):02d}-11-2025 09:12 door {P(ag[0] + ' ' + ag[1])}\n"
                f"Kanaal:       telefoon\n"
                f"Categorie:    Overlast > Geluid\n"
                f"Prioriteit:   Normaal\n"
                f"Melder:       {P(initials(m[0]) + ' ' + m[1])} ({AD(f'{st} {a}')}, {PC(pc)} Arnhem)\n"
                f"Betreft:      {AD(f'{st} {a + 2}-1')} (bewoner: {P(initials(n[0]) + ' ' + n[1])})\n"
                f"Status:       In behandeling\n"
                f"-----\n"
                f"Notitie {P(ag[0])}: melder geeft aan dat er bijna elke nacht harde muziek is tussen 01:00 en 04:00, "
                f"ook doordeweeks. Heeft zelf al aangebeld, geen reactie. Logboek overlast meegestuurd. "
                f"Vervolg: brief naar {P(n[1])} + buurtbemiddeling aanbieden.")
    t = person(r, "er")
    st, pc, _ = nl_addr(r)
    mail = f"{t[0].lower()}{r.randint(80, 99)}@hotmail.com"
    return (f"=== EXPORT TICKET ===\nnummer=LH-2025-{digits(r, 6)}\ntype=reparatie\nsubtype=sanitair/wc\n"
            f"klantnaam={P(t[1].upper() + ', ' + t[0].upper())}\nadres={AD(st)}\npostcode={PC(pc)}\n"
            f"email={EM(mail)}\ntelefoon={PH(fmt_nl_mobile(gen_nl_mobile(r), 'intlplain'))}\n"
            f"aangemaakt_door={P(ag[0] + ' ' + ag[1])} (KCC)\ncomplex={nl_complex(r)}\nstatus=gepland\n"
            f"afspraak={r.randint(1, 28):02d}-12-2025 08:00-12:00\n=== EINDE ===\n"
            f"opmerking: wc spoelt continu door, vlotter? klant {P(t[0])} thuis vanaf 8u")

@scenario("nl", True)
def nl_table_arrears(r, k):
    hers = ["tr", "ma", "nl", "sr", "pl", "er", "id"]
    r.shuffle(hers)
    rows = []
    for her in hers[:4]:
        g, s, _ = person(r, her)
        st, pc, _ = nl_addr(r)
        rows.append((gen_not_elf9(r, "4"), s, g, st, pc, money(r, 400, 2900), r.choice(["ja", "nee", "in overleg"])))
    ag = agent(r)
    if k == 0:
        out = [f"Beste {P(ag[0])}, hierbij de lijst voor het overleg van donderdag (export incassosysteem, peildatum "
               f"01-11-2025):\n", "huurdernr\tnaam\tadres\tpostcode\tachterstand\tregeling"]
        for hn, s, g, st, pc, amt, reg in rows:
            out.append(f"{hn}\t{P(s + ', ' + g)}\t{AD(st)}\t{PC(pc)}\t€ {amt}\t{reg}")
        out.append("\nLet op: de 3e heeft een beschermingsbewindvoerder, dus alleen via haar/hem communiceren. "
                   "Totaal achterstand staat onderaan in het Excelbestand (tabblad 2).")
        return "\n".join(out)
    out = [f"fyi {P(ag[0].lower())}, uit het dashboard geplakt:\n",
           "| Huurder | Adres | PC | Open bedrag | Regeling | Laatste contact |",
           "|---|---|---|---|---|---|"]
    for hn, s, g, st, pc, amt, reg in rows:
        out.append(f"| {P(g + ' ' + s)} | {AD(st)} | {PC(pc.replace(' ', ''))} | € {amt} | {reg} | "
                   f"{r.randint(1, 30):02d}-10-2025 |")
    out.append("\nde bovenste twee zijn al bij de deurwaarder (dossiers 2025-{0} en 2025-{1}).".format(
        digits(r, 4), digits(r, 4)))
    return "\n".join(out)


@scenario("nl", True)
def nl_bewindvoerder(r, k):
    bw_g, bw_s, bw_gd = person(r, "nl")
    cl = person(r, r.choice(["nl", "sr", "ma", "id"]))
    st, pc, _ = nl_addr(r)
    d = gen_date(r, 1950, 1995)
    iban = gen_iban(r, "NL")
    kvk = gen_kvk(r)
    office_st, office_pc, office_town = nl_addr(r, town=r.choice(["Nijmegen", "Ede", "Velp"]), addition=False)
    mail = f"{bw_g[0].lower()}.{bw_s.split()[-1].lower()}@bewind-oost.nl"
    tel = fmt_nl_fixed(gen_nl_fixed(r, r.choice(["24", "318"])), "space")
    kenm = f"LH/INC/{digits(r, 6)}"
    if k == 0:
        return (f"Aan: Woonstichting Lindehof, afdeling Huurincasso\nPostbus 3085\n6802 DB  ARNHEM\n\n"
                f"Betreft: beschermingsbewind {P(initials(cl[0]) + ' ' + cl[1])}, geboren {DOB(fd(d, 'dash'))}\n"
                f"Uw kenmerk: {kenm}\n\nGeachte heer/mevrouw,\n\n"
                f"Bij beschikking van de rechtbank Gelderland ben ik benoemd tot beschermingsbewindvoerder over de "
                f"goederen van {P(cl[0] + ' ' + cl[1])}, wonende {AD(st)}, {PC(pc)} Arnhem. Ik verzoek u de huur met "
                f"ingang van december te incasseren van de beheerrekening {IB(fmt_iban(iban))} t.n.v. Stichting "
                f"Beheerrekening Bewind Oost inz. {P(cl[1])}. De achterstand van € {money(r, 600, 2400)} wordt in "
                f"12 termijnen voldaan; een voorstel volgt.\n\nCorrespondentie graag uitsluitend naar mij. "
                f"De beschikking en een kopie van de volmacht zijn bijgevoegd.\n\n"
                f"Met vriendelijke groet,\n\n{P(bw_g + ' ' + bw_s)}\nBewindvoering Oost B.V.\n{AD(office_st)}\n"
                f"{PC(office_pc)}  {office_town.upper()}\nT {PH(tel)}\nE {EM(mail)}\nKvK {KVK(kvk)}")
    return (f"Van: {P(bw_g + ' ' + bw_s)} <{EM(mail)}>\nAan: huurincasso@lindehof.example\n"
            f"Onderwerp: RE: betalingsregeling {P(cl[1].upper())} - uw kenmerk {kenm}\n\n"
            f"Goedemiddag {P(r.choice(AGENTS)[0])},\n\nDank voor uw reactie. Cliënt ({P(initials(cl[0]) + ' ' + cl[1])}, "
            f"geb. {DOB(fd(d, 'dash1'))}) gaat akkoord met de regeling van € 75,- per maand bovenop de lopende huur "
            f"(€ {money(r, 620, 880)}). Betaling vanaf de beheerrekening {IB(fmt_iban(iban, 'plain'))}, steeds "
            f"rond de 5e van de maand, met betalingskenmerk {fmt_kenmerk(betalingskenmerk(r))}.\n\n"
            f"Het correspondentieadres wijzigt: niet meer {AD(st)}, maar mijn kantooradres ({AD(office_st)}, "
            f"{PC(office_pc)} {office_town}).\n\nMvg,\n{P(bw_g)}\n\nBewindvoering Oost B.V. | KvK-nr {KVK(kvk)} | "
            f"{PH(tel)}\n\n> Op {r.randint(3, 20)} nov. 2025 om 11:02 schreef Huurincasso Lindehof "
            f"<huurincasso@lindehof.example>:\n> Geachte heer/mevrouw, wij stellen een regeling voor van € 75,- per "
            f"maand. Wilt u dit bevestigen? Met vriendelijke groet, team Huurincasso, tel. {r.choice(ORG_PHONE_FORMS)}")


@scenario("nl", True)
def nl_deceased_tenant(r, k):
    mum_g, mum_s, _ = person(r, "nl", "f")
    maiden = r.choice(["van Dam", "Kuiper", "Brinkman", "Mulder", "Hoekstra"])
    st, pc, _ = nl_addr(r)
    ag = agent(r)
    died = gen_date(r, 2025, 2025).replace(month=10)
    if k == 0:
        son = r.choice(["Erik", "Marco", "Ruud", "Frank"])
        iban = gen_iban(r, "NL")
        tel = fmt_nl_mobile(gen_nl_mobile(r), "space")
        return (f"Geachte heer/mevrouw,\n\nOp {fd(died, 'nl')} is mijn moeder, mevrouw {P(initials(mum_g) + ' ' + mum_s + '-' + maiden)}, "
                f"overleden. Zij huurde sinds 1979 de woning aan de {AD(st)} ({PC(pc)}). Als enig erfgenaam zeg ik de "
                f"huur op. Kunt u mij laten weten wanneer de eindinspectie kan plaatsvinden? De woning wordt de komende "
                f"weken leeggehaald door een ontruimingsbedrijf.\n\nDe waarborgsom en eventueel te veel betaalde huur "
                f"mag worden overgemaakt naar {IB(fmt_iban(iban))} t.n.v. {P(initials(son) + ' ' + mum_s)}. "
                f"Een kopie van de akte van overlijden en de verklaring van erfrecht stuur ik mee.\n\n"
                f"Ik ben overdag bereikbaar op {PH(tel)}.\n\nMet vriendelijke groet,\n{P(son + ' ' + mum_s)}\n\n"
                f"-----Oorspronkelijk bericht-----\nVan: {P(ag[0] + ' ' + ag[1])} <klantcontact@lindehof.example>\n"
                f"Verzonden: {r.randint(21, 30)} oktober 2025 14:03\nOnderwerp: Condoleance en huuropzegging\n\n"
                f"Beste heer {P(mum_s)}, gecondoleerd met het verlies van uw moeder. Via dit formulier kunt u de "
                f"huur opzeggen; de opzegtermijn bij overlijden is twee maanden.")
    dtr = r.choice(["Annelies", "Marieke", "Ineke"])
    be_tel = gen_be_mobile(r)
    iban = gen_iban(r, "BE")
    born = gen_date(r, 1932, 1945)
    return (f"Beste mensen van Lindehof,\n\nIk schrijf jullie namens de familie. Mijn vader, {P(r.choice(['Gerrit', 'Henk', 'Wim']) + ' ' + mum_s)} "
            f"(geboren {DOB(fd(born, 'dash'))}), is op {fd(died, 'dash')} in zijn woning {AD(st)} overleden. "
            f"Ik woon zelf al 30 jaar in België en kan niet vaak naar Arnhem komen. Mijn broer "
            f"{P(r.choice(['Dirk', 'Joost', 'Sander']) + ' ' + mum_s)} heeft een sleutel.\n\nKan de opzegging per 1 december? "
            f"Mijn gsm is {PH(f'+32 {be_tel[1:4]} {be_tel[4:6]} {be_tel[6:8]} {be_tel[8:]}')}, e-mail "
            f"{EM(dtr.lower() + '.' + mum_s.split()[-1].lower() + '@telenet.be')}. Terugstorting waarborg op "
            f"{IB(fmt_iban(iban))} (rekening {P(dtr + ' ' + mum_s)}).\n\nHartelijke groeten,\n{P(dtr)}")


@scenario("nl", True)
def nl_payment_thread(r, k):
    g, s, gd = person(r, r.choice(["tr", "ma", "sr", "nl"]))
    ag = ("Fatma", "Doğru")
    iban = gen_iban(r, "NL")
    kenmerk = betalingskenmerk(r)
    hc = f"{r.randint(100, 999)}.{digits(r, 5)}"
    if k == 0:
        return (f"hoi {P('fatma')},\n\nik heb net {money(r, 150, 400)} euro overgemaakt van {IB(fmt_iban(iban, 'space'))} maar "
                f"ben vergeten het betalingskenmerk erbij te zetten 🙈 kan je het toch goed boeken? de rest van de "
                f"achterstand betaal ik de 25e als mijn salaris binnen is.\n\ngroet {P(g + ' ' + s)}\n\n"
                f"Op wo 12 nov. 2025 om 10:14 schreef Huurincasso Lindehof <huurincasso@lindehof.example>:\n"
                f"> Beste {'heer' if gd == 'm' else 'mevrouw'} {P(cap_tussen(s))},\n>\n> Uw huurachterstand bedraagt "
                f"€ {money(r, 900, 2200)}. Wij bieden u een betalingsregeling aan van 6 termijnen. Vermeld bij elke betaling "
                f"het betalingskenmerk {kenmerk} en uw contractnummer {hc}.\n> Onze rekening: {r.choice(ORG_IBAN_FORMS)} "
                f"t.n.v. Woonstichting Lindehof.\n>\n> Met vriendelijke groet,\n> {P(ag[0] + ' ' + ag[1])}\n> "
                f"Medewerker Huurincasso")
    return (f"Onderwerp: bevestiging betalingsregeling contract {hc}\n\nBeste {P(ag[0])},\n\nHierbij bevestig ik de "
            f"afspraak van vanochtend: ik betaal € {r.randint(5, 12)}0,- per maand extra, eerste keer op "
            f"{r.randint(1, 28)} december. Graag ook de maandelijkse huur voortaan automatisch laten afschrijven van "
            f"{IB(fmt_iban(iban, 'plain'))} (ten name van mij en mijn {'vrouw' if gd == 'm' else 'man'} "
            f"{P(person(r, 'nl', 'f' if gd == 'm' else 'm')[0] + ' ' + s)}). Het machtigingsformulier heb ik ondertekend "
            f"teruggestuurd.\n\nBetalingskenmerk voor de achterstand: {fmt_kenmerk(kenmerk)}\n\n"
            f"Vriendelijke groet,\n{P(initials(g) + ' ' + s)}\n{PH(fmt_nl_mobile(gen_nl_mobile(r), 'dash'))}")


@scenario("nl", True)
def nl_neighbour_complaint(r, k):
    me = person(r, "nl")
    nb = person(r, r.choice(["tr", "pl", "nl"]), "m")
    st = r.choice(STREETS_NL)
    n = r.randint(5, 90)
    pc = nl_postcode(r)
    kt = gen_kenteken(r)
    if k == 0:
        return (f"Geachte heer, mevrouw,\n\nIk wil een klacht indienen over mijn buurman, de heer {P(nb[0] + ' ' + nb[1])} "
                f"van {AD(f'{st} {n + 2}')}. Hij parkeert zijn bestelbus (kenteken {KT(kt)}) al maanden op het "
                f"grasveld achter blok B, waardoor de brandweergang geblokkeerd is. Ook staat er regelmatig afval naast "
                f"de container. Ik heb {P(nb[1])} er twee keer op aangesproken maar dat helpt niet. Foto's stuur ik mee.\n\n"
                f"Ik woon zelf op {AD(f'{st} {n}')}, {PC(pc)} Arnhem, en ben bereikbaar op "
                f"{PH(fmt_nl_mobile(gen_nl_mobile(r), 'space4'))}. Graag wil ik anoniem blijven richting de buurman.\n\n"
                f"Met vriendelijke groet,\n{P(me[0] + ' ' + me[1])}")
    kid = person(r, "nl")[0]
    return (f"Klacht overlast honden - {AD(f'{st} {n}')}\n\nSinds de nieuwe huurders op nummer {n + 1} wonen "
            f"(familie {P(nb[1])}) blaffen er de hele dag twee honden. Mevrouw {P(nb[1])} zegt dat ze er niets aan kan "
            f"doen omdat ze werkt. Mijn dochter {P(kid)} kan niet slapen.\nDe wijkbeheerder {P('Ricardo')} is al eens "
            f"langs geweest maar er is niks veranderd. Ook de auto van de zoon ({KT(kt.lower().replace('-', ''))}) staat "
            f"steeds op onze parkeerplaats.\n\n{P(me[0] + ' ' + me[1])}\ntel {PH(fmt_nl_fixed(gen_nl_fixed(r, '26'), 'dash'))}")


@scenario("nl", True)
def nl_zzp_tenant(r, k):
    g, s, gd = person(r, r.choice(["nl", "tr", "pl"]))
    st, pc, _ = nl_addr(r)
    kvk = gen_kvk(r)
    btw = gen_btw(r)
    if k == 0:
        return (f"Goedendag,\n\nIk heb sinds kort een eenmanszaak (kapsalon aan huis, KvK {KVK(kvk)}) en ik wil "
                f"vragen of ik een kleine ruimte in mijn woning ({AD(st)}, {PC(pc)}) mag gebruiken voor klanten. "
                f"Het gaat om max 6 klanten per dag, geen verbouwing. Mijn btw-id is {BTW(btw)} mocht u dat nodig "
                f"hebben voor de administratie.\nIk heb al gekeken in het huurcontract (artikel 6.2) maar snap niet "
                f"goed wat daar staat.\n\nMvg,\n{P(g + ' ' + s)}\nHaarstudio Knipoog")
    kt = gen_kenteken(r)
    return (f"hallo lindehof,\nvraagje: ik ben zzp'er (klusbedrijf, kvk-nummer {KVK(kvk)}, btw "
            f"{BTW(btw[:11] + ' ' + btw[11:])}) en ik heb een bedrijfsbus met kenteken {KT(kt)}. mag die op het terrein "
            f"bij complex {nl_complex(r)} staan of moet ik een vergunning bij de gemeente? ik woon op {AD(st)}.\n"
            f"ook: kunnen jullie mij inhuren voor kleine klussen? heb VCA en referenties.\n"
            f"groeten {P(g + ' ' + s)}\n{PH(fmt_nl_mobile(gen_nl_mobile(r), 'intl'))}")

def tr_upper(s):
    return s.replace("i", "İ").replace("ı", "I").upper()


@scenario("nl", True)
def nl_statushouder(r, k):
    bg = person(r, "nl")
    ag = agent(r)
    if k == 0:
        hg, hs, _ = person(r, "er", "m")
        wg = r.choice(NAMES["er"][0])
        kids = r.sample(["Yonas", "Saba", "Filmon", "Lidia", "Dawit"], 2)
        b = gen_bsn(r)
        dh, dw = gen_date(r, 1980, 1992), gen_date(r, 1985, 1996)
        d1, d2 = gen_date(r, 2012, 2016), gen_date(r, 2017, 2022)
        vd = gen_verblijf(r)
        c = nl_complex(r)
        return (f"Beste {P(ag[0] + ' ' + ag[1])},\n\nNamens VluchtelingenWerk stuur ik de gegevens voor de woningtoewijzing "
                f"(koppeling gemeente Arnhem, complex {c} woning {r.randint(1, 40)}).\n\n"
                f"Hoofdhuurder: {P(hg + ' ' + hs)}, geboren {DOB(fd(dh, 'dash'))}, BSN {BS(fmt_bsn(b, 'dot'))}, "
                f"verblijfsdocument {DOC(vd)}\nGezinshereniging (verwacht januari): echtgenote {P(wg)} "
                f"(geb. {DOB(fd(dw, 'dash'))}) en de kinderen {P(kids[0])} (geb. {DOB(fd(d1, 'dash'))}) en {P(kids[1])} "
                f"(geb. {DOB(fd(d2, 'dash'))}).\n\nDe heer {P(hs)} spreekt Tigrinya en wat Engels; bij de "
                f"contractondertekening op {r.randint(1, 20)} december ben ik aanwezig. Huurtoeslag vragen we samen aan. "
                f"Kale huur € {money(r, 640, 780)}, servicekosten € {money(r, 25, 48)}.\n\nGroet,\n{P(bg[0] + ' ' + bg[1])}\n"
                f"maatschappelijk begeleider\n{PH(fmt_nl_mobile(gen_nl_mobile(r), 'dash'))}")
    hg, hs, _ = person(r, "sy", "m")
    wg = r.choice(NAMES["sy"][0])
    b = gen_bsn(r)
    dh = gen_date(r, 1975, 1990)
    doc = "R" + gen_nl_passport(r)[1:]
    return (f"Hallo,\n\nik ben {P(bg[0])}, taalmaatje van de familie {P(hs)}. Ze hebben de sleutel gekregen van de woning "
            f"aan de {AD(r.choice(STREETS_NL) + ' ' + str(r.randint(2, 90)))} maar het contract staat alleen op naam van "
            f"{P(hg)}. Zijn vrouw {P(wg + ' ' + hs)} wil er ook op. Haar gegevens: geboortedatum "
            f"{DOB(fd(gen_date(r, 1980, 1995), 'dash'))}, BSN {BS(fmt_bsn(gen_bsn(r), 'space'))}, vluchtelingenpaspoort "
            f"{DOC(doc)}.\nVan {P(hg)} zelf: BSN {BS(fmt_bsn(b, 'dash'))}, geboren {DOB(fd(dh, 'nl'))}.\n\n"
            f"Kunnen jullie een afspraak maken op het wijkkantoor (Hazelaarhof 8)? Liefst op woensdag, dan kan ik mee.\n\n"
            f"Groetjes, {P(bg[0] + ' ' + bg[1])}")


@scenario("nl", True)
def nl_codeswitch_en(r, k):
    if k == 0:
        g, s, _ = person(r, "intl")
        st, pc, _ = nl_addr(r)
        mate = person(r, "intl")
        return (f"Hoi Lindehof! Sorry voor mijn Nederlands, ik leer het nog 😅 ik woon sinds september op "
                f"{AD(st)} ({PC(pc)}) met {P(mate[0] + ' ' + mate[1])}. de verwarming in de woonkamer doet niks, "
                f"like literally ice cold, the radiator is only warm at the top. we hebben al ontlucht met dat sleuteltje "
                f"maar het helpt niet. kan er iemand komen? we zijn thuis after 3pm op dinsdag en donderdag. "
                f"mijn nummer: {PH(fmt_nl_mobile(gen_nl_mobile(r), 'intl'))}\n\nbedankt!! {P(g)}")
    g, s, _ = person(r, "nl", "f")
    mate = person(r, "intl")
    return (f"ff checken: is het oké als ik mijn bike in de gang van het portiek zet? mijn roommate {P(mate[0])} zegt dat "
            f"het not allowed is vanwege brandveiligheid lol. the fietsenstalling is full en er staan 3 wrakken in "
            f"sinds forever. can someone clear those out? btw de lamp bij de voordeur is ook stuk, heel creepy 's avonds.\n"
            f"x {P(g.lower())}\n(app me: {PH(fmt_nl_mobile(gen_nl_mobile(r), 'odd3'))})")


@scenario("nl", True)
def nl_urgentie_intake(r, k):
    ag = agent(r)
    if k == 0:
        g, s, _ = person(r, r.choice(["ma", "sr", "nl"]), "f")
        her = r.choice(["ma", "sr", "nl"])
        g, s, _ = person(r, her, "f")
        sis = person(r, her, "f")[0]
        while sis == g:
            sis = person(r, her, "f")[0]
        kids = [x for x in people(r, her, 3) if x[0] not in (g, sis)][:2]
        d0 = gen_date(r, 1985, 1997)
        st, pc, _ = nl_addr(r, town="Velp")
        return (f"intake urgentie {r.randint(3, 28)}-11 (tel.)\nmw {P(g + ' ' + s)} geb {DOB(fd(d0, 'dash'))}, bsn "
                f"{BS(fmt_bsn(gen_bsn(r), 'dot2'))}\n2 kids: {P(kids[0][0])} geb {DOB(fd(gen_date(r, 2013, 2017), 'dash1'))}, "
                f"{P(kids[1][0])} geb {DOB(fd(gen_date(r, 2018, 2022), 'dash1'))}\nwoont nu tijdelijk bij zus "
                f"{P(sis)} op {AD(st)}, {PC(pc)} Velp (sinds scheiding aug.)\ninkomen: bijstand + alimentatie\n"
                f"voorkeur: Presikhaaf/Malburgen ivm school kids\npaspoort gezien: {DOC(gen_nl_passport(r))}\n"
                f"cb vóór vrijdag op {PH(fmt_nl_mobile(gen_nl_mobile(r), 'plain'))}\n/{P(ag[0].lower())}")
    g, s, _ = person(r, r.choice(["tr", "pl", "id"]), "m")
    d0 = gen_date(r, 1960, 1980)
    return (f"NOTITIE inschrijving woningzoekende – {P(initials(g) + ' ' + s)}\n"
            f"geb. {DOB(fd(d0, 'nl3'))}; sofinr {BS(fmt_bsn(gen_bsn(r, leading_zero=True), 'eight'))} (zegt zelf "
            f"'sofinummer', is BSN)\nrijbewijsnr {DOC(str(r.randint(4, 5)) + digits(r, 9))} als legitimatie (geen paspoort, "
            f"verlopen)\ninschrijfgeld € 25,- voldaan, inschrijfnummer WZ-{digits(r, 7)}\n"
            f"zoekt 1-kamer, max. huur € 650,-, liefst begane grond\nmail voor bevestiging: "
            f"{EM(slug(g) + '.' + slug(s) + r.choice(['@outlook.com', '@live.nl', '@kpnmail.nl']))}\n"
            f"gr. {P(ag[0])}")


@scenario("nl", True)
def nl_portal_ip(r, k):
    ag = agent(r)
    g, s, _ = person(r, r.choice(["nl", "cn", "pl", "tr"]), "m")
    if k == 0:
        ip = gen_ip4(r)
        return (f"klant {P(g + ' ' + s)} kan niet inloggen op Mijn Lindehof (app versie 3.12.0.4, Android 14). "
                f"volgens de log {r.randint(8, 20)} mislukte pogingen vanaf {IP(ip)} tussen 02:10 en 02:14, daarna een "
                f"geslaagde login vanaf {IP(gen_ip4(r))}. lokaal adres in de melding was 192.168.1.12 (zijn router). "
                f"account geblokkeerd, resetlink gestuurd naar "
                f"{EM(slug(g) + slug(s)[:3] + str(r.randint(1, 99)) + '@gmail.com')}. klant vraagt "
                f"of iemand anders in zijn account zat, heb doorgezet naar functioneel beheer (ticket FB-{digits(r, 5)}). "
                f"nb dhr {P(s)} wil teruggebeld worden als het is uitgezocht. /{P(ag[0])}")
    ip6 = gen_ip6(r)
    return (f"Beste Lindehof,\n\nSinds de update naar versie 4.0.2 van de app krijg ik steeds 'toegang geweigerd "
            f"(code 403)'. Uw collega {P(ag[0])} vroeg mij mijn IP-adres op te zoeken: volgens whatismyip is het "
            f"{IP(ip6)} (IPv6, glasvezel). Via de 4G van mijn telefoon werkt het wel. Ik gebruik geen VPN.\n\n"
            f"Met vriendelijke groet,\n{P(g + ' ' + s)}\nhuurdernummer {gen_not_elf9(r, '4')}")


@scenario("nl", True)
def nl_card_payment(r, k):
    g, s, _ = person(r, r.choice(["ma", "sr", "nl", "vn"]), "f")
    ag = agent(r)
    if k == 0:
        card = gen_card(r, "visa")
        return (f"[WhatsApp Lindehof Klantcontact · {r.randint(8, 20)}:{r.randint(10, 59)}]\n"
                f"{P(g + ' ' + s)}: goedemiddag kan ik de achterstand met creditcard betalen?? via ideal lukt niet "
                f"mijn limiet is bereikt\n{P(g + ' ' + s)}: {CC(fmt_card(card))} geldig tot 09/27 😅\n"
                f"Lindehof: Beste {P(g)}, stuur nooit uw kaartnummer via WhatsApp. Wij verwijderen dit bericht. U kunt "
                f"betalen via de betaallink in Mijn Lindehof (ook met creditcard). Groet, {P(ag[0])}\n"
                f"{P(g + ' ' + s)}: oke sorry 🙏")
    card = gen_card(r, r.choice(["mc", "mc2"]))
    return (f"Geachte heer/mevrouw,\n\nVia deze mail wil ik de openstaande factuur F-2025-{digits(r, 5)} (reparatie "
            f"kapotte ruit, € {money(r, 120, 340)}) betalen. Ik heb geen Nederlandse bankrekening meer. U mag het bedrag "
            f"afschrijven van mijn Mastercard {CC(fmt_card(card, '-'))}, vervaldatum 03/28. Mijn oude kaart eindigde op "
            f"**** {digits(r, 4)} maar die is geblokkeerd.\n\nMet vriendelijke groet,\n{P(g + ' ' + s)}")


@scenario("nl", True)
def nl_moving_out(r, k):
    g, s, _ = person(r, r.choice(["nl", "id", "sr"]))
    old, opc, _ = nl_addr(r)
    if k == 0:
        town = r.choice(["Nijmegen", "Zevenaar", "Ede"])
        new, npc, _ = nl_addr(r, town=town)
        iban = gen_iban(r, "NL")
        return (f"Beste Lindehof,\n\nHierbij zeg ik de huur op van {AD(old)}, {PC(opc)} Arnhem (contractnr "
                f"{r.randint(100, 999)}.{digits(r, 5)}), per {r.randint(1, 28)} januari 2026. De voorinspectie kan op "
                f"{r.randint(1, 19)} december, liefst na 15:00.\n\nNieuw adres vanaf januari: {AD(new)}, {PC(npc)} {town}. "
                f"De waarborgsom graag terug op {IB(fmt_iban(iban))}.\n\nMeterstanden vandaag: stroom "
                f"{r.randint(10000, 60000)} kWh (EAN {ean18(r)}), gas {r.randint(1000, 9000)},{r.randint(100, 999)} m³ "
                f"(EAN {ean18(r)}).\n\nGroet,\n{P(g + ' ' + s)}\n{PH(fmt_nl_mobile(gen_nl_mobile(r), 'pairs2'))}")
    town = r.choice(["Kleve", "Emmerich am Rhein", "Kranenburg"])
    dst, dpc, _ = de_addr(r, town)
    return (f"heyy we gaan verhuizen naar duitsland!! 🇩🇪📦 {town} is gewoon goedkoper lol. nieuw adres is "
            f"{AD(dst)}, {PC(dpc)} {town}. huur mag eruit per 1 feb, is dat oke? sleutels breng ik naar het "
            f"kantoor op het kastanjeplein. oja mijn nieuwe duitse nummer {PH((lambda m: f'+49 {m[1:4]} {m[4:]}')(gen_de_mobile(r)))} want "
            f"mijn 06 gaat eruit. groetjes {P(g.lower())} van {AD(old.lower())}")


@scenario("nl", True)
def nl_woningruil_caps(r, k):
    if k == 0:
        t1 = person(r, "tr", "f")
        t2 = person(r, "nl", "m")
        a1, p1, _ = nl_addr(r)
        a2, p2, _ = nl_addr(r)
        return (f"AANVRAAG WONINGRUIL (ingevuld op papier, overgetypt door balie)\n\n"
                f"HUURDER 1\nNAAM: {P(tr_upper(t1[1] + ', ' + t1[0]))}\nGEB.DATUM: {DOB(fd(gen_date(r, 1950, 1970), 'dash'))}\n"
                f"ADRES: {AD(a1.upper())}\nPOSTCODE/PLAATS: {PC(p1)} ARNHEM\nTEL: {PH(fmt_nl_fixed(gen_nl_fixed(r, '26'), 'dash'))}\n"
                f"WONING: 3-KAMER, 2E ETAGE, GEEN LIFT\n\nHUURDER 2\nNAAM: {P((t2[1] + ', ' + t2[0]).upper())}\n"
                f"GEB.DATUM: {DOB(fd(gen_date(r, 1975, 1995), 'dash'))}\nADRES: {AD(a2.upper())}\nPOSTCODE/PLAATS: {PC(p2)} ARNHEM\n"
                f"TEL: {PH(fmt_nl_mobile(gen_nl_mobile(r), 'dash'))}\nWONING: 2-KAMER, BEGANE GROND\n\n"
                f"REDEN: HUURDER 1 KAN DE TRAP NIET MEER OP, HUURDER 2 WIL MEER RUIMTE VOOR GEZIN\n"
                f"HANDTEKENING 1: ja   HANDTEKENING 2: ja\nontvangen balie {r.randint(1, 20)}-11-2025, paraaf")
    t = person(r, "pl", "f")
    st, pc, _ = nl_addr(r)
    return (f"INSCHRIJFFORMULIER WONINGZOEKENDE\nACHTERNAAM: {P(t[1].upper())}\nVOORNAMEN: {P(t[0].upper())}\n"
            f"GEBOORTEDATUM: {DOB(fd(gen_date(r, 1985, 2000), 'slash'))}\nNATIONALITEIT: POOLS\n"
            f"HUIDIG ADRES: {AD(st.upper())}\nPOSTCODE: {PC(pc)}\nE-MAIL: {EM((t[0][:1] + '.' + 'kowal' + str(r.randint(10, 99)) + '@wp.pl').upper())}\n"
            f"TELEFOON: {PH('+48 ' + str(r.randint(500, 799)) + ' ' + digits(r, 3) + ' ' + digits(r, 3))}\n"
            f"INKOMEN PER JAAR: € 34.800\nGEWENST: 2-KAMER APPARTEMENT, BALKON\n"
            f"opm. balie: telefoon is Pools nummer, Nederlands 06-nummer volgt")

# ═════════════════════════════════════════════════════════════════════════════════════════════
# Dutch scenarios — without personal data (hard negatives)
# ═════════════════════════════════════════════════════════════════════════════════════════════

ORG_FOOTER_NL = ("Woonstichting Lindehof | Kastanjeplein 3, 6822 LT Arnhem | Postbus 3085, 6802 DB Arnhem\n"
                 "T {tel} | spoed {rep} | klantcontact@lindehof.example | KvK 09041872 | btw NL801635299B01 | "
                 "IBAN {iban} (BIC BNGHNL2G)")


def org_footer(r):
    f = ORG_FOOTER_NL.format(tel=r.choice(ORG_PHONE_FORMS), rep=r.choice(ORG_REPAIR_FORMS),
                             iban=r.choice(ORG_IBAN_FORMS))
    if r.random() < 0.5:
        f += f"\nRSIN {ORG_RSIN} | @lindehofwonen"
    return f


@scenario("nl", False)
def nl_lift_storing(r, k):
    c = nl_complex(r)
    if k == 0:
        return (f"storing lift complex {c} blok C, sinds 06:40 stil op 4e verdieping. Liftservice Oost B.V. gebeld "
                f"(storingsnr {digits(r, 7)}), monteur ETA 11:30. storingscode E-0482, laatste keuring "
                f"{r.randint(1, 28):02d}-03-2025 goedgekeurd. briefje in de hal opgehangen. nb: 5e etage heeft 3 "
                f"bewoners 80+, wijkbeheerder belt die vandaag even na. werkorder WO-25-{digits(r, 5)}, budget "
                f"{r.randint(4000, 4999)}-onderhoud. geen personenbevrijding nodig gehad.")
    return (f"collectieve cv complex {c} uitgevallen om 05:12 (melding via GBS), {r.randint(30, 64)} woningen zonder "
            f"warm water. Installatiebedrijf Rijnwaal ter plaatse 07:50. ketel 2 (bouwjaar 2011, serienr "
            f"{digits(r, 6)}-{digits(r, 4)}-{digits(r, 4)}) vervangen onderdeel ontstekingsautomaat, ketel 1 draait op 100%. "
            f"verwacht herstel 14:00. bewoners via app-notificatie (Mijn Lindehof 4.2.1) en sms geïnformeerd; "
            f"storingslijn {r.choice(ORG_REPAIR_FORMS)} heeft tot nu 17 meldingen. kosten o.b.v. raamcontract "
            f"RC-2023-{digits(r, 3)}.")


@scenario("nl", False)
def nl_servicekosten_vraag(r, k):
    if k == 0:
        return (f"hoi, vraagje over de afrekening servicekosten 2024 🤔 mijn voorschot gaat van € {money(r, 30, 40)} naar "
                f"€ {money(r, 45, 60)} per maand?? op de afrekening staat schoonmaak trappenhuis € {money(r, 180, 260)}, "
                f"glasbewassing € {money(r, 40, 80)}, huismeester € {money(r, 90, 150)} en elektra algemene ruimtes "
                f"€ {money(r, 60, 120)}. dat is toch veel voor een portiek zonder lift. ik woon in complex "
                f"{nl_complex(r)}, woning {r.randint(1, 60)}B, 2e verdieping. kan iemand dat uitleggen? thx")
    return (f"Goedemiddag,\n\nIn de brief over de huurverhoging per 1 juli staat dat mijn kale huur € {money(r, 720, 880)} "
            f"wordt en de servicekosten € {money(r, 25, 55)}. Maar in Mijn Lindehof staat bij 'betalingen' een ander "
            f"bedrag (€ {money(r, 760, 940)} totaal). Welke klopt? Mijn betalingskenmerk is {betalingskenmerk(r)}, "
            f"contract {r.randint(100, 999)}.{digits(r, 5)}. Het gaat om een woning van {r.randint(48, 92)} m² met "
            f"energielabel {r.choice('ABC')}.\n\nAlvast bedankt.")


@scenario("nl", False)
def nl_org_letter(r, k):
    old = r.randint(700, 880) + r.randint(0, 99) / 100
    if k == 0:
        return (f"Geachte huurder,\n\nPer 1 juli 2025 wijzigt uw huur. Uw huidige kale huur van € {money(r, 700, 800)} "
                f"wordt verhoogd met 5,5 %. Uw nieuwe kale huur is € {money(r, 740, 850)}. De servicekosten (voorschot "
                f"€ {money(r, 20, 45)}) blijven gelijk. Uw woning (complex {nl_complex(r)}, woning {r.randint(1, 80)}, "
                f"{r.randint(40, 95)} m², energielabel {r.choice('ABC')}, {r.randint(120, 180)} WWS-punten) valt in de "
                f"categorie sociale huur.\n\nBent u het niet eens met de verhoging? Dien dan vóór 1 juli bezwaar in via "
                f"het formulier op mijn.lindehof.example of bel ons. Vermeld uw contractnummer "
                f"{r.randint(100, 999)}.{digits(r, 5)}.\n\nMet vriendelijke groet,\n\nteam Verhuur\n\n" + org_footer(r))
    return (f"Geachte bewoner,\n\nHierbij ontvangt u de jaarafrekening servicekosten 2024 voor complex "
            f"{nl_complex(r)} (blok A t/m D, {r.randint(40, 120)} woningen).\n\n"
            f"post                      kosten complex   uw deel\n"
            f"schoonmaak algemeen       € {money(r, 9000, 15000)}      € {money(r, 100, 200)}\n"
            f"elektra gem. ruimten      € {money(r, 3000, 6000)}       € {money(r, 40, 90)}\n"
            f"onderhoud groen           € {money(r, 2000, 5000)}       € {money(r, 30, 70)}\n"
            f"administratiekosten 5%                      € {money(r, 8, 15)}\n"
            f"totaal                                       € {money(r, 200, 400)}\n"
            f"betaald voorschot                            € {money(r, 200, 400)}\n\n"
            f"Een tegoed storten wij in december terug; een tekort incasseren wij met kenmerk "
            f"{fmt_kenmerk(betalingskenmerk(r))}. Vragen? Mail klantcontact@lindehof.example of bel "
            f"{r.choice(ORG_PHONE_FORMS)}.\n\n" + org_footer(r))


@scenario("nl", False)
def nl_werkzaamheden(r, k):
    if k == 0:
        return (f"Bewonersbrief – werkzaamheden in uw buurt\n\nVan maandag 3 t/m vrijdag 7 november is de Steenstraat "
                f"afgesloten tussen de Jansbeek en het Jansplein. De bus rijdt om via de Velperweg. Het parkeerterrein "
                f"achter blok A is die week niet bereikbaar.\n\nTegelijk vervangt Schildersbedrijf De Kwast B.V. de "
                f"kozijnen aan de voorzijde van de Vlierhof en de Ligusterhof (steiger tot half december). Dakwerken Gebr. "
                f"Hofstede B.V. werkt aan de platte daken van blok C.\n\nVragen? Bel de storingslijn "
                f"{r.choice(ORG_REPAIR_FORMS)} of app ons op {r.choice(ORG_WA_FORMS)}. De bewonerscommissie vergadert op "
                f"{r.randint(10, 27)} november om 19:30 in wijkcentrum De Wissel.")
    c = nl_complex(r)
    return (f"Aankondiging renovatie complex {c}\n\nIn 2026 verbetert Lindehof de {r.randint(60, 140)} woningen rond de "
            f"Margrietsingel en de Weegbreestraat. Het energielabel gaat van D naar A. Aannemersbedrijf Bouwcombinatie "
            f"Rijn & IJssel plaatst HR++-glas, isoleert spouwmuren en vloeren en vervangt de mechanische ventilatie. "
            f"De huurverhoging na renovatie is maximaal € {money(r, 20, 45)} per maand; de energiebesparing schatten wij "
            f"op € {money(r, 40, 75)} per maand. Een modelwoning is te bezichtigen in de Margrietsingel (naast de "
            f"Jumbo), dinsdagen 14-16 uur.\n\nInformatieavond: {r.randint(2, 25)} februari 2026, Eusebiuskerk, zaal 2. "
            f"Aanmelden via wijkteam.noord@lindehof.example.")


@scenario("nl", False)
def nl_ticket_anon(r, k):
    if k == 0:
        return (f"Ticket:       {gen_elf9(r)}\nAangemaakt:   {r.randint(1, 28):02d}-11-2025 22:41 (webformulier)\n"
                f"Categorie:    Overlast > Vervuiling\nMelder:       anoniem\nBetreft:      portiek complex "
                f"{nl_complex(r)} blok D, 3e etage\nPrioriteit:   Laag\n-----\nOmschrijving: al weken vuilniszakken op "
                f"de galerij, ratten gezien bij de containers. Graag ongediertebestrijding. Foto: IMG_{r.randint(1000, 9999)}"
                f".HEIC (3,2 MB)\nActie: doorgezet naar Ongediertebestrijding Gelre, opdracht {digits(r, 8)}.")
    return (f"[{r.randint(1, 28):02d}-11-2025 03:17:44] ALARM rookmelder complex {nl_complex(r)} woning "
            f"{r.randint(1, 40)}A, device id 0x{r.randint(0, 0xffffff):06X}, gateway 10.14.{r.randint(0, 255)}.{r.randint(1, 254)}\n"
            f"[03:17:45] doorgemeld aan meldkamer, ref {gen_not_elf9(r, '7')}\n[03:24:10] brandweer ter plaatse: "
            f"aanbranden pan, geen schade\n[03:40:02] alarm gereset door meldkamer\n[08:05:13] notitie KCC: "
            f"batterij melder controleren, werkorder aangemaakt WO-25-{digits(r, 5)}")


@scenario("nl", False)
def nl_whatsapp_nopii(r, k):
    if k == 0:
        return (f"de container bij blok C is wéér vol 🤮🤮 en er staan 2 matrassen naast. ook de lamp in de galerij "
                f"doet het niet sinds dinsdag, echt pikkedonker om 6 uur. kunnen jullie iemand sturen? foto's "
                f"komen zo 📸📸 (heb het ook al bij @lindehof.huurders gezet)")
    return (f"ja hallo ik bel eigenlijk over de lift want die is alweer kapot sinds zaterdag en ik woon op de zesde "
            f"verdieping met boodschappen is dat echt niet te doen ik heb vorige week ook al gebeld en toen zeiden ze "
            f"dat de monteur dinsdag zou komen maar er is niemand geweest kunnen jullie mij terugbellen dankjewel 🙏 "
            f"complex {nl_complex(r)} trap 2")


@scenario("nl", False)
def nl_meterstanden_note(r, k):
    c = nl_complex(r)
    u = f"{r.randint(1, 40)}{r.choice('ABC')}"
    if k == 0:
        return (f"opname bij mutatie woning {u} complex {c}\nelektra hoog {r.randint(1000, 9999):05d},{r.randint(0, 9)} "
                f"laag {r.randint(1000, 9999):05d},{r.randint(0, 9)}\ngas {r.randint(1000, 4000)},{r.randint(100, 999)} m³\n"
                f"water {r.randint(100, 900):04d} m³\nEAN elektra {ean18(r)}\nEAN gas {ean18(r)}\nsleutels: 3x voordeur, "
                f"2x berging, 1x brievenbus\nmeterkast ok, groepenkast {r.randint(6, 8)} groepen + aardlek\n"
                f"rookmelders 2x getest ok\nvolgende stap: mutatieonderhoud wk {r.randint(46, 51)}")
    return (f"Zählerstände / meterstanden complex {c} woning {u} – nieuwe huurder per 1-12\n"
            f"| meter | EAN | stand | datum |\n|---|---|---|---|\n| elektra | {ean18(r)} | {r.randint(10000, 60000)} kWh | "
            f"{r.randint(1, 30):02d}-11-2025 |\n| gas | {ean18(r)} | {r.randint(1000, 9000)},{r.randint(100, 999)} m³ | "
            f"{r.randint(1, 30):02d}-11-2025 |\n| warmte | — | {r.randint(10, 90)},{r.randint(1, 9)} GJ | {r.randint(1, 30):02d}-11-2025 |\n"
            f"leverancier: Vattenfall (contract op naam vorige huurder tot 30-11)")


@scenario("nl", False)
def nl_inspectie_planning(r, k):
    rows = []
    for _ in range(4):
        rows.append(f"complex {nl_complex(r)} – {r.randint(8, 64)} won – label {r.choice('ABCD')} → "
                    f"{r.choice('AB')} – {r.randint(45, 95)} m² gem. – inspectie {r.randint(1, 28):02d}-{r.choice(['11', '12'])}-2025")
    if k == 0:
        return ("planning schouw wk 47-49 (concept)\n" + "\n".join(rows) + "\nnb: aannemer wil complexen met asbest "
                "(bouwjaar < 1994) eerst, zie rapport ASB-2025-118. budget planmatig onderhoud € 1.240.000 totaal.")
    return ("Hoi team, de conceptplanning voor de energielabelinspecties staat in Teams. Kort:\n" + "\n".join(rows[:3]) +
            f"\nDe EP-adviseur rekent € {money(r, 140, 190)} per woning. Afwijkingen > 5 m² tussen huurcontract en "
            f"NEN 2580-meting graag melden bij Verhuur (in 2024 waren dat er {r.randint(10, 40)}). Thx!")


@scenario("nl", False)
def nl_codeswitch_nopii(r, k):
    if k == 0:
        return (f"quick question: geldt de huurverhoging van 1 juli ook for students met een campuscontract? mijn "
                f"contract zegt 'tijdelijk, max 5 jaar' en ik betaal nu € {money(r, 420, 560)} incl. servicekosten. "
                f"my landlord friend says campuscontracts zijn exempt but I can't find it anywhere on the website. "
                f"complex {nl_complex(r)}, kamer {r.randint(1, 30)}. thanks!!")
    return (f"heeey is de wasruimte in het souterrain nou wel of niet open?? op de deur hangt een briefje 'closed for "
            f"maintenance' maar de huismeester zei gister dat het 'gewoon werkt'. machine 3 en 4 zijn broken sowieso, "
            f"error code F{r.randint(10, 99)}. also de code van de fietsenkelder is veranderd?? niemand weet de nieuwe lol")


@scenario("nl", False)
def nl_table_complexen(r, k):
    head = "| complex | wijk | woningen | bouwjaar | label | gem. kale huur | m² gem. |"
    rows = [head, "|---|---|---|---|---|---|---|"]
    for wijk in r.sample(["Presikhaaf", "Malburgen", "Geitenkamp", "Klarendal", "Spijkerkwartier", "Elderveld",
                          "Rijkerswoerd", "Vredenburg"], 5):
        rows.append(f"| {nl_complex(r)} | {wijk} | {r.randint(12, 180)} | {r.randint(1952, 2019)} | {r.choice('ABCDE')} | "
                    f"€ {money(r, 560, 880)} | {r.randint(42, 98)} |")
    if k == 0:
        return "uit de portefeuillerapportage Q3 (afgerond):\n\n" + "\n".join(rows) + \
            "\n\nbron: vastgoedsysteem, export 2025-10-02 08:14, 2048 regels totaal"
    tab = ["\t".join(c.strip() for c in row.strip("|").split("|")) for row in rows if "---" not in row]
    return "export complexen (tab-gescheiden, uit Excel geplakt):\n" + "\n".join(tab) + \
        f"\n\nopm: complexen met label E/F/G vallen onder de prestatieafspraken met de gemeente (doel 2028)."


@scenario("nl", False)
def nl_app_release(r, k):
    if k == 0:
        return (f"Releasenotes Mijn Lindehof app 4.2.1.7 (Android) / 4.2.1 build 3318 (iOS)\n- inloggen met DigiD "
                f"hersteld (fout 0x{r.randint(0, 0xffff):04X})\n- reparatieverzoek: foto's tot 10 MB, video tot 2048 MB\n"
                f"- betalingsoverzicht toont nu betalingskenmerk (16 cijfers)\n- minimale versie Android 9, iOS 15\n"
                f"Testomgeving: acc.mijn.lindehof.example (whitelist 10.20.4.0/24, proxy 172.16.8.21:3128). "
                f"Voorbeeld-IP in de documentatie: 192.0.2.44. Versie 3.12.0.4 wordt per 1 januari niet meer ondersteund.")
    return (f"Hoi allemaal, vanaf vandaag staat update 4.3.0.2 van het huurdersportaal live. Bekende issues: "
            f"1) sommige huurders zien hun contract dubbel (ticket {gen_elf9(r)}), 2) de pdf van de jaarafrekening is "
            f"soms 0 KB, 3) pushberichten vertraagd op iOS 17.4.1. Servergeheugen verhoogd naar 4096 MB. Meldingen "
            f"graag via het interne formulier, niet via klantcontact@lindehof.example.")

# ═════════════════════════════════════════════════════════════════════════════════════════════
# English scenarios — with personal data
# ═════════════════════════════════════════════════════════════════════════════════════════════

def uk_intl(num):
    d = re.sub(r"\D", "", num)[1:]
    return f"+44 {d[:4]} {d[4:]}" if d.startswith("7") else f"+44 {d[:2]} {d[2:6]} {d[6:]}" if d.startswith("20") \
        else f"+44 {d[:3]} {d[3:6]} {d[6:]}"


@scenario("en", True)
def en_student_whatsapp(r, k):
    g, s, _ = person(r, "intl", "f")
    st, pc, _ = nl_addr(r)
    if k == 0:
        return (f"hey its {P(g.lower())} from room 3 at {AD(st.lower())} 👋 the shower drain is blocked AGAIN 🤢🤢 "
                f"water everywhere on the floor, we tried the plunger thing. can someone come this week?? im around "
                f"after 2 most days. my dutch number isnt working rn so pls use my uk one {PH(uk_intl(gen_uk_drama(r)))} "
                f"thx!!")
    mate = person(r, "intl", "m")
    return (f"hi so um this is {P(g + ' ' + s)} at {AD(st)} {PC(pc)} im using voice typing sorry if its weird so the "
            f"thing is the window in my room doesnt close all the way and its getting really cold and my housemate "
            f"{P(mate[0])} says its been like that since before he moved in so its not us who broke it and also "
            f"theres black stuff on the ceiling in the bathroom corner anyway you can call me on "
            f"{PH(fmt_nl_mobile(gen_nl_mobile(r), 'odd'))} or {P(mate[0])} on {PH(fmt_nl_mobile(gen_nl_mobile(r), 'space'))} "
            f"thank you bye")


@scenario("en", True)
def en_deposit_moveout(r, k):
    g, s, gd = person(r, "intl")
    old, opc, _ = nl_addr(r)
    ua, upc, ucity = uk_addr(r)
    ag = agent(r)
    if k == 0:
        iban = gen_iban(r, "GB")
        return (f"Dear Lindehof team,\n\nFollowing the final inspection on {r.randint(3, 20)} November (thanks to "
                f"{P(ag[0])} for being so quick), could you please refund my deposit of € {money(r, 600, 1200)} to my "
                f"UK account?\n\nIBAN: {IB(fmt_iban(iban))}\nAccount holder: {P(g + ' ' + s)}\n\n"
                f"My forwarding address from December is {AD(ua)}, {ucity} {PC(upc)}, and my UK mobile is "
                f"{PH(gen_uk_drama(r))}. Old address: {AD(old)}, {PC(opc)} Arnhem (contract no. "
                f"{r.randint(100, 999)}.{digits(r, 5)}).\n\nKind regards,\n{P(g)}\n\n"
                f"On {r.randint(1, 20)} Nov 2025, at 09:31, Lindehof Klantcontact <klantcontact@lindehof.example> wrote:\n"
                f"> Dear {'Mr' if gd == 'm' else 'Ms'} {P(s)}, your inspection report is attached. No costs will be "
                f"charged. Please send us your bank details for the deposit.\n> Kind regards, {P(ag[0] + ' ' + ag[1])}\n"
                f"> Woonstichting Lindehof | {r.choice(ORG_PHONE_FORMS)} | KvK 09041872")
    iban = gen_iban(r, "DE")
    return (f"Hi {P(ag[0])},\n\njust checking on the deposit for {AD(old)} — it's been 6 weeks since we handed in the "
            f"keys. We gave you a German IBAN ({IB(fmt_iban(iban, 'plain'))}, in the name of my partner "
            f"{P(person(r, 'de')[0] + ' ' + person(r, 'de')[1])}) because my Dutch account is closed. Reference on "
            f"your letter was DEP-{digits(r, 6)}.\n\nNew address: {AD(ua)}, Manchester {PC(upc)}\n"
            f"Email: {EM(slug(g) + '.' + slug(s) + '@outlook.com')}\n\nCheers,\n{P(g + ' ' + s)}")


@scenario("en", True)
def en_webform_application(r, k):
    g, s, gd = person(r, "intl")
    if k == 0:
        ua, upc, ucity = uk_addr(r)
        return (f"== Housing application (website, English form) ==\nFull name: {P(g + ' ' + s)}\n"
                f"Date of birth: {DOB(fd(gen_date(r, 1990, 2003), 'slash'))}\nNationality: British\n"
                f"Passport number: {DOC(str(r.randint(1, 9)) + digits(r, 8))}\n"
                f"Current address: {AD(ua)}, {ucity} {PC(upc)}, United Kingdom\n"
                f"Email: {EM(slug(g) + str(r.randint(80, 99)) + '@gmail.com')}\nPhone: {PH(uk_intl(gen_uk_drama(r)))}\n"
                f"Employer in NL: Radboud University (PhD contract, 4 years)\nGross monthly income: € {money(r, 2800, 3400)}\n"
                f"Household: 1 adult\nPreferred move-in: 01-02-2026\nHow did you hear about us: colleague\n"
                f"Consent to check references: yes")
    st, pc, _ = nl_addr(r, town=r.choice(["Nijmegen", "Ede"]))
    return (f"Application form — temporary rental (max. 2 years)\n\nApplicant\n  Surname: {P(s)}\n  Given names: "
            f"{P(g)}\n  Born: {DOB(fd(gen_date(r, 1985, 2000), 'en'))}\n  Dutch ID card number: {DOC(gen_nl_idcard(r))}\n"
            f"  BSN: {BS(fmt_bsn(gen_bsn(r), 'plain'))}\n  Address now: {AD(st)}, {PC(pc)}\n  Mobile: "
            f"{PH(fmt_nl_mobile(gen_nl_mobile(r), 'intl0'))}\n  E-mail: \n\nCo-applicant\n  (none)\n\nRemarks: I work "
            f"night shifts at a distribution centre, so please call after 2 pm.")


@scenario("en", True)
def en_agent_note(r, k):
    ag = agent(r)
    ag2 = agent(r, exclude=(ag[0],))
    if k == 0:
        g, s, _ = person(r, "intl", "m")
        st, pc, _ = nl_addr(r, addition=False)
        return (f"called tenant re mould in bathroom, mr {P(s.lower())} ({AD(st)}), says extractor fan broken since "
                f"summer. speaks english only. cb tmrw am on {PH(fmt_nl_mobile(gen_nl_mobile(r), 'dash'))}. nb: toddler "
                f"in the house, prio up to 2. fan type Itho CVE-S eco, ordered via Installatiebedrijf Rijnwaal, "
                f"wo WO-25-{digits(r, 5)}. - {P(ag[0])}")
    a, b = person(r, "intl"), person(r, "vn")
    c = nl_complex(r)
    return (f"handover (eng for {P(ag2[0])} who's new 🙂)\n• {P(a[0] + ' ' + a[1])} – wants a parking permit, told her to "
            f"apply at the gemeente, we only do the garage box (waiting list, she's #{r.randint(5, 40)})\n"
            f"• {P(b[1] + ' ' + b[0])} – leak under the sink fixed, close ticket after she confirms. her son "
            f"translates, his number {PH(fmt_nl_mobile(gen_nl_mobile(r), 'space4'))}\n• complex {c} – intercom broken "
            f"for whole block B, Elektro Mulder & Co is on it\nping me if anything's unclear, {P(ag[0])}")


@scenario("en", True)
def en_codeswitch(r, k):
    g, s, _ = person(r, "intl")
    st, pc, _ = nl_addr(r)
    if k == 0:
        return (f"Goedemorgen! Mijn Nederlands is nog niet zo goed dus I'll switch to English 🙂 The gemeente says they "
                f"need a signed huurcontract before they can register me at {AD(st)}, but my contract in Mijn Lindehof "
                f"still says 'concept'. Could you sign it digitally? Ik heb al een BSN ({BS(fmt_bsn(gen_bsn(r), 'space'))}), "
                f"so it's only the inschrijving that's missing. Bedankt!\n\n{P(g + ' ' + s)}")
    partner = person(r, "nl")
    return (f"Hi, hoi,\n\nwriting in both languages so my partner {P(partner[0])} can read along 😉 We want to add "
            f"{P(partner[0])} to the lease (medehuurder). {P(partner[0] + ' ' + partner[1])} is geboren op "
            f"{DOB(fd(gen_date(r, 1988, 1999), 'dash'))} and has lived here since maart. Wat hebben jullie nodig? "
            f"Loonstroken, uittreksel BRP? Our address is {AD(st)}, {PC(pc)}.\n\nThanks / groetjes,\n{P(g)} & {P(partner[0])}")


@scenario("en", True)
def en_neighbour_complaint(r, k):
    me = person(r, "intl")
    nb = person(r, r.choice(["nl", "tr", "pl"]), "m")
    st = r.choice(STREETS_NL)
    n = r.randint(5, 80)
    if k == 0:
        return (f"Hello,\n\nI'm writing about my downstairs neighbours at {AD(f'{st} {n}-1')}. {P(nb[0] + ' ' + nb[1])} "
                f"and his friends smoke on the balcony every night and it comes straight into our bedroom. I've "
                f"spoken to {P(nb[0])} twice, he just laughs. There's also a dog that barks from 6 am.\n\n"
                f"I live at {AD(f'{st} {n}-2')}. Please don't tell them it was me.\n\nBest,\n{P(me[0] + ' ' + me[1])}\n"
                f"{PH(fmt_nl_mobile(gen_nl_mobile(r), 'intl'))}")
    return (f"noise complaint (again) – the family {P(nb[1])} above us ({AD(f'{st} {n + 2}')}) had a party until "
            f"4am saturday, 3rd time this month. i called the police non-emergency line (0900-8844) and they came by. "
            f"i have recordings if you need. can the woonconsulent {P('Ingrid')} call me? "
            f"{PH(fmt_nl_mobile(gen_nl_mobile(r), 'plain'))} – {P(me[0].lower())}, {AD(f'{st} {n}')}")


@scenario("en", True)
def en_parent_guardian(r, k):
    pg, ps, pgd = person(r, "intl", "f" if k == 1 else None)
    kid, _, kgd = person(r, "intl", "f" if k == 1 else None)
    while kid == pg:
        kid, _, kgd = person(r, "intl", "f" if k == 1 else None)
    st, pc, _ = nl_addr(r)
    if k == 0:
        ua, upc, ucity = uk_addr(r)
        return (f"Dear Sir or Madam,\n\nMy {'son' if kgd == 'm' else 'daughter'} {P(kid + ' ' + ps)} (born "
                f"{DOB(fd(gen_date(r, 2004, 2006), 'en'))}) rents a room from you at {AD(st)}. I am the guarantor on "
                f"the contract. {P(kid)} tells me the heating has not worked for nine days. This is not acceptable in "
                f"November. Please contact me directly on {PH(gen_uk_drama(r, 'geo'))} (home) or by email at "
                f"{EM(slug(pg)[0] + '.' + slug(ps) + '@btinternet.com')}.\n\nYours faithfully,\n"
                f"{P(pg + ' ' + ps)}\n{AD(ua)}\n{ucity}\n{PC(upc)}")
    return (f"Hi, I'm {P(pg + ' ' + ps)}, {P(kid)}'s mum. {P(kid)} is 19 and this is her first time living abroad. She "
            f"got a letter about rent arrears of € {money(r, 400, 900)} but she says she paid by standing order. Could "
            f"you check? Payment reference on her bank statement: {betalingskenmerk(r)}. Her address is {AD(st)} "
            f"({PC(pc)}). You can reach me on {PH(uk_intl(gen_uk_drama(r, 'london')))} — I'm in London, one hour "
            f"behind you.\nThanks so much,\n{P(pg)}")


@scenario("en", True)
def en_ticket_export(r, k):
    ag = agent(r)
    t = person(r, r.choice(["intl", "cn", "sy"]))
    st, pc, _ = nl_addr(r)
    hdr = (f"Ticket #LH-{digits(r, 6)}\nCreated: 2025-11-{r.randint(1, 28):02d} 14:22 by {P(ag[0] + ' ' + ag[1])}\n"
           f"Channel: e-mail\nLanguage: EN\n")
    if k == 0:
        c = person(r, "nl")
        return (hdr + f"Reporter: {P(t[0] + ' ' + t[1])}\nTenant: {P(t[0] + ' ' + t[1])}\nContact person: "
                f"{P(c[0] + ' ' + c[1])} (interpreter)\nContact phone: {PH(fmt_nl_mobile(gen_nl_mobile(r), 'pairs'))}\n"
                f"Address: {AD(st)}, {PC(pc)} Arnhem\nSubject: front door lock broken\n---\nTenant locked out twice this "
                f"week. Locksmith Sleutelservice Arnhem sent, invoice to Lindehof (PO {digits(r, 8)}).")
    return (hdr + f"Tenant: {P(t[1].upper() + ', ' + t[0])}\nUnit: complex {nl_complex(r)} / {r.randint(1, 40)}B\n"
            f"Address: {AD(st)}\nPostcode: {PC(pc)}\nEmail: {EM(slug(t[0]) + '_' + slug(t[1]) + '@yahoo.com')}\n"
            f"Subject: balcony door won't lock\nStatus: waiting for contractor (Glaszetterij Veluwezoom)\n---\n"
            f"Note {P(ag[0])}: tenant sent photos, door frame warped. Quote requested, ref Q-{digits(r, 5)}.")


@scenario("en", True)
def en_card_payment(r, k):
    g, s, _ = person(r, "intl")
    if k == 0:
        card = gen_card(r, "amex")
        return (f"Hi there,\n\nI'd like to pay the outstanding invoice (repair of the broken kitchen cupboard, invoice "
                f"{r.randint(2025000, 2025999)}) by credit card as I don't have iDEAL. Card: American Express "
                f"{CC(fmt_card(card))}, exp 11/27, name on card {P(g.upper() + ' ' + s.upper())}. Please charge € "
                f"{money(r, 60, 190)}.\n\nThanks,\n{P(g)}")
    card = gen_card(r, "visa")
    return (f"[chat transcript, Lindehof website]\n14:02 Visitor: hi can i pay my rent by card\n14:02 {P('Noor')} "
            f"(Lindehof): Hi! Card payments are possible through Mijn Lindehof > Betalen.\n14:03 Visitor: ok its "
            f"{CC(card)} is that enough?\n14:03 {P('Noor')} (Lindehof): Please never share your card number in the chat. "
            f"I have removed it from your file.\n14:04 Visitor: sorry!! i'm {P(g + ' ' + s)} btw\n"
            f"14:05 Visitor: old card ending 4417 also got declined")


@scenario("en", True)
def en_deceased(r, k):
    fg, fs, _ = person(r, r.choice(["nl", "id"]), "m")
    st, pc, _ = nl_addr(r)
    son = r.choice([x for x in NAMES["nl"][1] if x != fg])
    if k == 0:
        return (f"To whom it may concern,\n\nI am writing to inform you that my father, Mr {P(fg + ' ' + fs)}, tenant at "
                f"{AD(st)}, {PC(pc)} Arnhem, passed away on {r.randint(1, 30)} October 2025. He was born on "
                f"{DOB(fd(gen_date(r, 1930, 1942), 'us'))} in Semarang and lived in this flat for 41 years.\n\n"
                f"I live in Scotland and will travel over to clear the flat. Please send the termination documents to "
                f"{EM(slug(son) + '.' + slug(fs) + '@btinternet.com')} or call {PH(gen_uk_drama(r, 'geo'))}.\n\n"
                f"My sister {P(r.choice(['Yvonne', 'Martha', 'Wulan']) + ' ' + fs)} in Velp has a key.\n\nRegards,\n"
                f"{P(son + ' ' + fs)}")
    return (f"Dear {P('Wouter Klaassen')},\n\nThank you for your condolences on the death of my mother, "
            f"Mrs {P(fs)}. As discussed: the keys of {AD(st)} will be returned on "
            f"{r.randint(1, 15)} December. The deposit can go to the estate account {IB(fmt_iban(gen_iban(r, 'NL')))} "
            f"(t.n.v. Erven {P(fs)}). I am the executor; the notary is Notariskantoor Rijnstad.\n\nBest wishes,\n"
            f"{P(son + ' ' + fs)}\n{PH(uk_intl(gen_uk_drama(r)))}")


@scenario("en", True)
def en_ip_login(r, k):
    g, s, _ = person(r, "intl")
    if k == 0:
        return (f"Hello, I can't log into the tenant portal. It says 'too many attempts from your IP address "
                f"({IP(gen_ip4(r))})'. I haven't tried to log in for weeks! My router's local address is 192.168.178.1 "
                f"and I'm on the app version 4.2.1.7. Is someone trying to get into my account? My username is my email, "
                f"{EM(slug(g) + '.' + slug(s) + '@protonmail.com')}.\n\n{P(g + ' ' + s)}")
    ag = agent(r)
    return (f"internal – security check\nlogin alerts for tenant {P(g + ' ' + s)} (Mijn Lindehof)\n"
            f"- 2025-11-{r.randint(1, 28):02d} 03:12 from {IP(gen_ip4(r))} (NL, KPN) – success\n"
            f"- 2025-11-{r.randint(1, 28):02d} 03:15 from {IP(gen_ip6(r))} – failed x6\n"
            f"- test call from our monitoring 203.0.113.10 (ignore)\ntenant confirms first one is hers. password reset "
            f"done, 2FA enabled. closed by {P(ag[0])}")

@scenario("en", True)
def en_sole_trader(r, k):
    g, s, _ = person(r, "intl")
    st, pc, _ = nl_addr(r)
    kvk = gen_kvk(r)
    if k == 0:
        return (f"Hello,\n\nI've just registered as a freelance translator (eenmanszaak) with the Chamber of Commerce, "
                f"KvK number {KVK(kvk)}. My VAT ID is {BTW(gen_btw(r))}. The KvK says I need my landlord's permission to "
                f"use my home address ({AD(st)}, {PC(pc)} Arnhem) as business address. No clients will visit, it's "
                f"just for the registration. Could you send me a short statement?\n\nKind regards,\n{P(g + ' ' + s)}\n"
                f"{P(g + ' ' + s)} Translations · KvK {KVK(kvk)}")
    b = gen_bsn(r)
    return (f"Hi,\n\nfor the commercial space under our flats (unit {r.randint(1, 9)} at complex {nl_complex(r)}): my "
            f"one-man business is registered at the KvK under {KVK(kvk)}. On your form you ask for the VAT number. I only "
            f"have the old omzetbelastingnummer {BS('NL' + b + 'B01')} (my accountant says it contains my BSN, so please "
            f"don't store it longer than needed). The new btw-id should arrive next week.\n\n{P(g)}")


@scenario("en", True)
def en_parking(r, k):
    g, s, _ = person(r, "intl")
    kt = gen_kenteken(r)
    ag = agent(r)
    if k == 0:
        dep = gen_de_plate(r, r.choice(["KLE", "BOR", "WES"]))
        return (f"Dear {P(ag[0])},\n\nmy car (licence plate {KT(kt)}) was towed from the underground garage of complex "
                f"{nl_complex(r)} last night although I have a valid permit for space 14. Also my parents, who visited "
                f"from Germany, got a warning sticker on their car (registration {KT(dep)}) while parked on the visitor "
                f"spots. Who do I talk to about the towing costs (€ 385,00)?\n\n{P(g + ' ' + s)}\nspace 14, permit P-{digits(r, 5)}")
    return (f"garage box application\nname: {P(g + ' ' + s)}\ncar registration: {KT(kt.replace('-', '').lower())}\n"
            f"email: {EM(slug(g) + '@icloud.com')}\ncomment: it's a small car (Toyota Aygo), 3,5 m long. the box at the "
            f"end of row B (nr 22) has been empty since summer.")


@scenario("en", True)
def en_bsn_registration(r, k):
    g, s, _ = person(r, r.choice(["intl", "cn", "er"]))
    st, pc, _ = nl_addr(r)
    if k == 0:
        return (f"Hi, the Belastingdienst says my rent allowance (huurtoeslag) can't be paid because your rent statement "
                f"has the wrong citizen service number for me. Correct one: {BS(fmt_bsn(gen_bsn(r), 'dash'))}. On your "
                f"statement it says {gen_not_elf9(r)}, which isn't even valid. My date of birth is "
                f"{DOB(ordinal(r.randint(1, 28)) + ' ' + EN_MON[r.randint(0, 11)] + ' ' + str(r.randint(1975, 2000)))} if you "
                f"need to check. Address {AD(st)}.\n\nThanks, {P(g)}")
    b = gen_bsn(r, leading_zero=True)
    return (f"Quick one: the letter from the municipality shows my BSN as {BS(fmt_bsn(b, 'eight'))} (they dropped the "
            f"leading zero, it's really {BS(fmt_bsn(b, 'plain'))}). Please use the 9-digit one on the contract. "
            f"Contract number 2025-{digits(r, 5)}, unit {r.randint(1, 40)}B.\n{P(g + ' ' + s)}, {AD(st)}, {PC(pc)}")


@scenario("en", True)
def en_housemates_table(r, k):
    st, pc, _ = nl_addr(r)
    ppl = people(r, "intl", 3)
    if k == 0:
        rows = ["| room | name | date of birth | phone | email |", "|---|---|---|---|---|"]
        for i, (g, s, _) in enumerate(ppl, 1):
            rows.append(f"| {i} | {P(g + ' ' + s)} | {DOB(fd(gen_date(r, 1998, 2006), 'dash'))} | "
                        f"{PH(fmt_nl_mobile(gen_nl_mobile(r), 'space'))} | {EM(slug(g) + '.' + slug(s) + '@student.ru.nl')} |")
        return (f"Hi, as asked, the list of everyone living at {AD(st)} ({PC(pc)}) for the new shared lease:\n\n" +
                "\n".join(rows) + "\n\nRoom 4 is empty since October.")
    rows = ["name\tDOB\tnationality\tmobile"]
    for g, s, _ in ppl:
        rows.append(f"{P(s.upper() + ', ' + g)}\t{DOB(fd(gen_date(r, 1996, 2005), 'dot'))}\t"
                    f"{r.choice(['IT', 'IN', 'PT', 'ES', 'GH', 'IE'])}\t{PH(fmt_nl_mobile(gen_nl_mobile(r), 'intlplain'))}")
    return ("pasted from our spreadsheet (student house, Lindehof contract " + f"{r.randint(100, 999)}.{digits(r, 5)}):\n"
            + "\n".join(rows) + "\n\nwe're all on the lease from 1 Sept, please update your records")


@scenario("en", True)
def en_caps_form(r, k):
    if k == 0:
        sur, giv = r.choice(NAMES["vn"][2]), r.choice(NAMES["vn"][0])
        st, pc, _ = nl_addr(r)
        return (f"TENANT DETAILS CHANGE FORM\nSURNAME: {P(sur.upper())}\nGIVEN NAMES: {P(giv.upper())}\n"
                f"DATE OF BIRTH: {DOB(fd(gen_date(r, 1960, 1980), 'slash'))}\nNATIONALITY: VIETNAMESE / DUTCH\n"
                f"ADDRESS: {AD(st.upper())}\nPOSTCODE: {PC(pc)}\nNEW PHONE: {PH(fmt_nl_mobile(gen_nl_mobile(r), 'dash'))}\n"
                f"NEW EMAIL: {EM((slug(giv) + slug(sur) + '@hotmail.com').upper())}\nREASON: OLD PHONE STOLEN\n"
                f"SIGNED: yes   DATE: {r.randint(1, 20)}/11/2025")
    g, s, _ = person(r, "intl", "m")
    ua, upc, ucity = uk_addr(r)
    return (f"EMERGENCY CONTACT (PLEASE PRINT)\nNAME: {P(g.upper() + ' ' + s.upper())}\nRELATION TO TENANT: FATHER\n"
            f"HOME ADDRESS: {AD(ua.upper())}, {ucity.upper()} {PC(upc)}\nTELEPHONE: {PH(gen_uk_drama(r, 'geo'))}\n"
            f"MOBILE: {PH(uk_intl(gen_uk_drama(r)))}\nTENANT: {P(person(r, 'intl', 'f')[0].upper() + ' ' + s.upper())}, "
            f"UNIT {r.randint(1, 40)}C")


@scenario("en", True)
def en_voice(r, k):
    g, s, _ = person(r, r.choice(["intl", "er", "sy"]))
    st, pc, _ = nl_addr(r)
    if k == 0:
        return (f"hello this is {P(g + ' ' + s)} I live at {AD(st)} and I'm calling about the rent because I lost my job "
                f"in September and I can't pay the full amount this month I can pay maybe half and then the rest in "
                f"January when my new contract starts is that possible please call me back on "
                f"{PH(fmt_nl_mobile(gen_nl_mobile(r), 'odd2'))} I'm home all day thank you very much")
    kid = person(r, "intl")[0]
    return (f"ok so voice message because I'm driving sorry it's {P(g)} from {AD(st.lower())} the thing is our front door "
            f"intercom is not working and my daughter {P(kid)} is coming home alone from school and she can't get in "
            f"so can someone fix it fast please my email is {EM(slug(g) + str(r.randint(10, 99)) + '@gmail.com')} and "
            f"my postcode is {PC(pc)} thanks")


# ═════════════════════════════════════════════════════════════════════════════════════════════
# English scenarios — without personal data
# ═════════════════════════════════════════════════════════════════════════════════════════════

@scenario("en", False)
def en_maintenance_notice(r, k):
    if k == 0:
        return (f"Notice to residents (English translation)\n\nFrom {r.randint(3, 10)} November, Schildersbedrijf De Kwast "
                f"B.V. will paint the window frames of blocks A to D. Scaffolding will stay up for about six weeks. "
                f"Please keep balconies clear. The Steenstraat will be closed to traffic on two days (crane). Bins "
                f"can be put out at the corner of the Jansplein instead.\n\nQuestions: {r.choice(ORG_PHONE_FORMS)} "
                f"(Mon–Fri 8:30–17:00) or klantcontact@lindehof.example. Urgent repairs: {r.choice(ORG_REPAIR_FORMS)}.")
    return (f"Dear residents of complex {nl_complex(r)},\n\nThe roofs of your building will be replaced between "
            f"{r.randint(1, 14)} and {r.randint(15, 28)} March 2026 by Dakwerken Gebr. Hofstede B.V. Solar panels "
            f"({r.randint(40, 90)} panels, 430 Wp each) will be added; the energy label improves from C to A. Your rent "
            f"does not change. Please follow @lindehofwonen for updates.\n\nWoonstichting Lindehof")


@scenario("en", False)
def en_rent_question(r, k):
    if k == 0:
        return (f"Hi, I'm confused about my rent. The contract says base rent € {money(r, 650, 820)} plus service "
                f"charges € {money(r, 25, 60)}, but the monthly amount taken from my account is € {money(r, 700, 900)}. "
                f"Is the difference the heating advance? The flat is {r.randint(38, 70)} m², energy label {r.choice('ABC')}. "
                f"Contract {r.randint(100, 999)}.{digits(r, 5)}. Thanks!")
    old = r.randint(50000, 70000)
    new = old * 1055 // 1000
    return (f"hey quick question, does the rent increase on 1 july also apply if my income went down? my rent is "
            f"€ {old // 100},{old % 100:02d} now and the letter says € {new // 100},{new % 100:02d}. i read something about "
            f"'inkomensafhankelijke huurverlaging' but google translate makes no sense of it lol")


@scenario("en", False)
def en_portal_bug(r, k):
    if k == 0:
        return (f"Bug report: the Mijn Lindehof app (version 4.2.1.7, iPhone 13, iOS 17.4.1) crashes when I upload a "
                f"video of the leak. The file is 2048 MB — is there a limit? The error says 'upload failed "
                f"(code 413, server 10.20.4.11)'. On my laptop (Firefox 128.0.3) the same upload stops at 99%. My wifi "
                f"router is at 192.168.1.1, in case you need that. Thanks.")
    return (f"The tenant portal shows 'Service unavailable – node 172.16.40.2 – try again later' since this morning. "
            f"Tried Chrome 130.0.6723.91 and Edge, same. Your status page mentions maintenance on build 4.3.0.2 but "
            f"that was yesterday. The example address in your help page (192.0.2.44) doesn't help me either 😅")


@scenario("en", False)
def en_whatsapp_nopii(r, k):
    if k == 0:
        return ("the washing machine room in block C is flooded again lol 🌊🌊 someone left the hose out of the drain. "
                "also machine 2 eats coins. pls send someone before the weekend 🙏")
    return ("hi! the bike shed code doesn't work anymore 🚲🔒 tried it 5 times. also the light above the entrance is "
            "flickering like a horror movie 👻 thx")


@scenario("en", False)
def en_energy_meter(r, k):
    if k == 0:
        return (f"Meter readings for the move-in report (unit {r.randint(1, 40)}B, complex {nl_complex(r)}):\n"
                f"electricity {r.randint(10000, 60000)} kWh — EAN {ean18(r)}\ngas {r.randint(1000, 9000)},{r.randint(100, 999)} m³ — "
                f"EAN {ean18(r)}\nwater {r.randint(100, 900)} m³\nSmart meter model: Kaifa MA304, firmware 2.1.4.8\n"
                f"Energy supplier from 1 December: Eneco.")
    return (f"Why is my energy label still D on the website? The renovation in 2024 was supposed to bring it to A. "
            f"My advance for heating is € {money(r, 80, 140)} a month for {r.randint(50, 80)} m². The EAN code on my "
            f"bill is {ean18(r)}, if that helps.")


@scenario("en", False)
def en_invoice_refs(r, k):
    if k == 0:
        return (f"Hello, I received two invoices for the same repair: invoice {gen_elf9(r)} dated "
                f"{r.randint(1, 28)}-10-2025 and invoice {gen_not_elf9(r)} dated {r.randint(1, 28)}-11-2025, both "
                f"€ {money(r, 80, 200)}. Payment reference on the first: {fmt_kenmerk(betalingskenmerk(r))}. I paid "
                f"the first one already. Can you cancel the second?")
    return (f"Payment confirmation: € {money(r, 700, 900)} transferred to {r.choice(ORG_IBAN_FORMS)} (Woonstichting "
            f"Lindehof) with reference {betalingskenmerk(r)}. Transaction ID {r.randint(10**11, 10**12 - 1)}. "
            f"Order number in my banking app: {gen_elf9(r)}. Sorry it's late!")


@scenario("en", False)
def en_codeswitch_nopii(r, k):
    if k == 0:
        return ("hoi! quick q: wanneer komt de glasbewassing? the windows at the back are sooo dirty and we can't reach "
                "them from inside. ook: is het toegestaan om plants on the gallery te zetten? merci 🌿")
    return ("Hello, ik heb een vraag about the huurtoeslag form. In box 4 it asks for 'servicekosten die meetellen' — "
            "which of the service costs on my rent specification count? Schoonmaak yes, but energy for the common areas? "
            "Dank je wel!")


@scenario("en", False)
def en_viewing_info(r, k):
    if k == 0:
        return (f"Viewing details – social rental flat, complex {nl_complex(r)}, unit {r.randint(1, 40)}A\n"
                f"Date: {r.randint(1, 20)} December, 16:00–16:30\nMeeting point: main entrance on the Steenstraat side, "
                f"opposite the library (Rozet). Nearest stop: Arnhem Centraal, then bus 3.\nRent: € {money(r, 600, 780)} "
                f"+ service costs € {money(r, 20, 50)}; {r.randint(45, 75)} m²; energy label A; lift: yes.\n"
                f"Bring: proof of income and ID (we don't copy it). Questions: verhuur@lindehof.example")
    return (f"Thanks for your interest in the student rooms near Sonsbeek park. The rooms are {r.randint(12, 20)} m², "
            f"rent € {money(r, 380, 520)} all-in, campus contract max 5 years. Registration via the website only, fee "
            f"€ 25,00. We don't take reservations by phone. Kind regards, team Verhuur")

# ═════════════════════════════════════════════════════════════════════════════════════════════
# German scenarios — with personal data
# ═════════════════════════════════════════════════════════════════════════════════════════════

def fmt_de(num, style):
    area = next((a for a in ["151", "152", "157", "160", "162", "170", "171", "172", "173", "176"] + DE_AREAS
                 if num[1:].startswith(a)), num[1:4])
    sub = num[1 + len(area):]
    return {"space": f"0{area} {sub}", "slash": f"0{area}/{sub}", "intl": f"+49 {area} {sub}",
            "intl0": f"+49 (0){area} {sub}", "dash": f"0{area}-{sub}", "00": f"0049 {area} {sub}"}[style]


@scenario("de", True)
def de_grenzgaenger(r, k):
    g, s, gd = person(r, "de")
    st, pc, _ = nl_addr(r)
    iban = gen_iban(r, "DE")
    if k == 0:
        return (f"Sehr geehrte Damen und Herren,\n\nich wohne seit März in Ihrer Wohnung {AD(st)}, {PC(pc)} Arnhem, "
                f"arbeite aber weiterhin in Kleve. Bitte buchen Sie die Miete ab Januar per Lastschrift von meinem "
                f"deutschen Konto ab: IBAN {IB(fmt_iban(iban))} (Sparkasse Rhein-Maas), Kontoinhaber {P(g + ' ' + s)}. "
                f"Das SEPA-Mandat habe ich unterschrieben beigefügt.\n\nTagsüber bin ich unter "
                f"{PH(fmt_de(gen_de_mobile(r), 'space'))} erreichbar.\n\nMit freundlichen Grüßen\n{P(g + ' ' + s)}")
    town = r.choice(["Emmerich am Rhein", "Kleve", "Goch"])
    dst, dpc, _ = de_addr(r, town)
    ag = agent(r)
    return (f"Hallo {P(ag[0])},\n\nwie am Telefon besprochen kündige ich die Wohnung {AD(st)} zum 31.01.2026. Wir ziehen "
            f"zurück nach Deutschland. Neue Anschrift ab Februar: {AD(dst)}, {PC(dpc)} {town}. Die Kaution bitte auf "
            f"{IB(fmt_iban(iban, 'plain'))} überweisen. Festnetz neu: {PH(fmt_de(gen_de_fixed(r, r.choice(['2821', '2822', '2823'])), 'slash'))}.\n\n"
            f"Viele Grüße\n{P(g)} und {P(person(r, 'de', 'f' if gd == 'm' else 'm')[0] + ' ' + s)}")


@scenario("de", True)
def de_whatsapp(r, k):
    g, s, _ = person(r, "de", "m")
    st, pc, _ = nl_addr(r, addition=False)
    if k == 0:
        return (f"hallo hier ist {P(g.lower())} aus der {AD(st.lower())} 😬 die heizung im bad geht seit freitag nicht "
                f"und es ist echt kalt hier, hab schon entlüftet. könnt ihr jemand schicken?? bin ab 15 uhr da. "
                f"handy {PH(fmt_de(gen_de_mobile(r), 'space'))} lg")
    wife = person(r, "de", "f")[0]
    return (f"Guten Morgen ich spreche das ein weil ich gerade auf der Arbeit bin also bei uns in der {AD(st)} tropft "
            f"es aus der Decke im Flur wahrscheinlich von der Wohnung drüber da wohnt Herr {P(person(r, 'pl', 'm')[1])} "
            f"der ist aber nicht da meine Frau {P(wife)} ist zu Hause rufen Sie bitte sie an unter "
            f"{PH(fmt_nl_mobile(gen_nl_mobile(r), 'odd'))} danke {P(g + ' ' + s)}")


@scenario("de", True)
def de_webform(r, k):
    g, s, _ = person(r, "de")
    town = r.choice(list(TOWNS_DE))
    dst, dpc, _ = de_addr(r, town)
    if k == 0:
        return (f"Wohnungsbewerbung (Formular, Sprache: Deutsch)\nVorname: {P(g)}\nNachname: {P(s)}\n"
                f"Geburtsdatum: {DOB(fd(gen_date(r, 1955, 1995), 'dot'))}\nStraße, Hausnr.: {AD(dst)}\n"
                f"PLZ / Ort: {PC(dpc)} {town}\nTelefon: {PH(fmt_de(gen_de_fixed(r, r.choice(['2821', '2871', '2852'])), 'space'))}\n"
                f"Mobil: \nE-Mail: {EM(slug(g) + '.' + slug(s) + r.choice(['@web.de', '@gmx.de', '@t-online.de']))}\n"
                f"Haushaltsgröße: 2\nNettoeinkommen: 2.950 €\nArbeitgeber: Grenzpendler, Arbeitsplatz in Arnhem ab 01.02.2026\n"
                f"Wunsch: 3-Zimmer, max. 850 € warm")
    return (f"Kontaktformular\nAnliegen: Untervermietung\nE-Mail: {EM(slug(g) + str(r.randint(60, 99)) + '@gmx.de')}\n"
            f"Name: {P(s + ', ' + g)}\nAdresse der Mietwohnung: {AD(nl_addr(r)[0])}\nTelefon: \n"
            f"Nachricht: Ich bin 6 Monate beruflich in Bremen und möchte meine Wohnung in der Zeit an meinen Neffen "
            f"{P(person(r, 'de', 'm')[0] + ' ' + s)} (geb. {DOB(fd(gen_date(r, 1998, 2005), 'dot'))}) untervermieten. "
            f"Ist das erlaubt?")


@scenario("de", True)
def de_codeswitch(r, k):
    g, s, gd = person(r, "de")
    st, pc, _ = nl_addr(r)
    if k == 0:
        return (f"Guten Tag, ik woon sinds 2019 in de woning {AD(st)}, aber jetzt habe ich ein Problem mit dem "
                f"Schimmel im Schlafzimmer. Ik heb al twee keer gebeld, maar niemand kommt vorbei. Können Sie bitte "
                f"einen Termin machen? Mijn nummer is {PH(fmt_de(gen_de_mobile(r), 'intl'))}, ich spreche auch "
                f"Niederländisch, maar schrijven gaat beter in het Duits 🙂\n\nGroeten / Grüße\n{P(g + ' ' + s)}")
    nb = person(r, "nl")
    return (f"hoi lindehof, kurze Frage: mein buurman {P(nb[0] + ' ' + nb[1])} ({AD(r.choice(STREETS_NL) + ' ' + str(r.randint(1, 90)))}) "
            f"hat seinen Schuppen an unsere schutting gebaut, ist dat wel toegestaan? Wir wohnen nebenan, "
            f"postcode {PC(pc)}. Ik wil geen ruzie maar das geht so nicht. lg {P(g.lower())}")


@scenario("de", True)
def de_parking(r, k):
    g, s, _ = person(r, "de")
    if k == 0:
        pl = gen_de_plate(r, r.choice(["KLE", "BOR", "WES", "D"]))
        return (f"Sehr geehrte Damen und Herren,\n\nfür den Stellplatz in der Tiefgarage von Komplex {nl_complex(r)} "
                f"möchte ich das Kennzeichen ändern. Alt: {KT(pl)}, neu: {KT(gen_kenteken(r))} (niederländische "
                f"Zulassung seit Oktober). Stellplatznummer 31, Vertrag SP-{digits(r, 5)}.\n\nMit freundlichen Grüßen\n"
                f"{P(initials(g) + ' ' + s)}")
    pl = gen_de_plate(r, "KLE")
    return (f"hallo, auf unserem parkplatz hinter block B steht seit 3 wochen ein auto mit deutschem kennzeichen "
            f"{KT(pl)}, reifen platt, voll mit laub 🍂. gehört niemandem aus dem haus glaube ich. könnt ihr das "
            f"abschleppen lassen? grüße {P(g)}")


@scenario("de", True)
def de_deceased(r, k):
    fg, fs, _ = person(r, "de", "m")
    dg = person(r, "de", "f")[0]
    st, pc, _ = nl_addr(r)
    town = r.choice(list(TOWNS_DE))
    dst, dpc, _ = de_addr(r, town)
    if k == 0:
        return (f"Sehr geehrte Damen und Herren,\n\nmein Vater, Herr {P(fg + ' ' + fs)}, geb. am "
                f"{DOB(fd(gen_date(r, 1933, 1948), 'dot'))}, ist am {r.randint(1, 28)}.10.2025 verstorben. Er wohnte "
                f"zuletzt in Ihrer Wohnung {AD(st)}, {PC(pc)} Arnhem. Als Erbin kündige ich das Mietverhältnis.\n\n"
                f"Bitte senden Sie alle Unterlagen an meine Anschrift: {P(dg + ' ' + fs)}, {AD(dst)}, {PC(dpc)} {town}. "
                f"Die Sterbeurkunde und den Erbschein lege ich bei.\n\nMit freundlichen Grüßen\n{P(dg + ' ' + fs)}\n"
                f"Tel. {PH(fmt_de(gen_de_fixed(r, r.choice(['2821', '2822', '2823', '2826'])), 'intl0'))}")
    ag = agent(r)
    return (f"Hallo {P(ag[0] + ' ' + ag[1])},\n\ndanke für Ihren Anruf. Wie besprochen räumen wir die Wohnung meiner "
            f"verstorbenen Mutter (Frau {P(fs)}, {AD(st)}) bis zum 15. Dezember. Die Kaution bitte "
            f"auf das Nachlasskonto {IB(fmt_iban(gen_iban(r, 'DE')))} (Erbengemeinschaft {P(fs)}).\n\nMein Bruder "
            f"{P(r.choice(['Jens', 'Uwe', 'Stefan']) + ' ' + fs)} gibt die Schlüssel ab.\n\nViele Grüße\n{P(dg)}\n"
            f"{PH(fmt_de(gen_de_mobile(r), 'intl'))}")


@scenario("de", True)
def de_neighbour(r, k):
    me = person(r, "de")
    nb = person(r, r.choice(["tr", "nl", "pl"]), "m")
    st = r.choice(STREETS_NL)
    n = r.randint(4, 80)
    if k == 0:
        return (f"Beschwerde wegen Lärmbelästigung\n\nSeit Wochen gibt es aus der Wohnung über uns ({AD(f'{st} {n}-3')}) "
                f"laute Musik bis 3 Uhr nachts. Der Mieter, Herr {P(nb[1])}, öffnet nicht, wenn wir klingeln. Auch "
                f"seine Freundin hat uns schon beschimpft. Ein Lärmprotokoll liegt bei.\n\nWir wohnen in "
                f"{AD(f'{st} {n}-2')} und sind unter {PH(fmt_nl_mobile(gen_nl_mobile(r), 'space4'))} erreichbar.\n\n"
                f"{P(me[0] + ' ' + me[1])}")
    return (f"Hallo, ich möchte mich über Familie {P(nb[1])} beschweren ({AD(f'{st} {n}')}). Der Sohn, "
            f"{P(nb[0])}, repariert jeden Samstag Mopeds im Hof, der Lärm und der Benzingeruch sind unerträglich. "
            f"Ich habe mit Herrn {P(nb[1])} gesprochen, ohne Ergebnis. Bitte kümmern Sie sich darum. VG {P(me[0])}")


@scenario("de", True)
def de_betreuer(r, k):
    bg, bs, _ = person(r, "de", "f")
    cl = person(r, r.choice(["de", "nl", "tr"]))
    st, pc, _ = nl_addr(r)
    tel = fmt_de(gen_de_fixed(r, r.choice(["2821", "2823"])), r.choice(["slash", "space"]))
    if k == 0:
        return (f"Betreuungssache {P(cl[0] + ' ' + cl[1])}, geb. {DOB(fd(gen_date(r, 1940, 1965), 'dot'))}, "
                f"BSN (NL) {BS(fmt_bsn(gen_bsn(r), 'space'))}\n"
                f"Az. des Amtsgerichts Kleve: {r.randint(10, 99)} XVII {r.randint(100, 999)}/24\n\n"
                f"Sehr geehrte Damen und Herren,\n\nich bin zur rechtlichen Betreuerin von {P(cl[0] + ' ' + cl[1])} bestellt "
                f"(Aufgabenkreis u. a. Wohnungsangelegenheiten, Vermögenssorge). Meine Betreute wohnt in Ihrer Wohnung "
                f"{AD(st)}, {PC(pc)} Arnhem. Bitte richten Sie Schreiben künftig an mich. Eine Kopie des Betreuerausweises "
                f"ist beigefügt.\n\nMit freundlichen Grüßen\n{P(bg + ' ' + bs)}\nBerufsbetreuerin\nTel. {PH(tel)}\n"
                f"{EM(slug(bg)[0] + '.' + slug(bs) + '@betreuung-niederrhein.de')}")
    return (f"Sehr geehrte Frau {P('Doğru')},\n\nbezüglich der Mietrückstände meines Betreuten {P(cl[0] + ' ' + cl[1])} "
            f"({AD(st)}) teile ich mit, dass die Miete ab Dezember direkt vom Betreuungskonto {IB(fmt_iban(gen_iban(r, 'DE')))} "
            f"überwiesen wird. Der Rückstand von {money(r, 800, 2200)} € wird in Raten von 100 € gezahlt, erstmals am "
            f"15.12.2025. Bitte bestätigen Sie mir das schriftlich.\n\nMit freundlichen Grüßen\n{P(initials(bg) + ' ' + bs)}\n"
            f"Betreuungsbüro Niederrhein, {PH(tel)}")


@scenario("de", True)
def de_ausweis(r, k):
    g, s, _ = person(r, "de")
    if k == 0:
        return (f"Hallo, für den Mietvertrag brauchen Sie noch meine Ausweisdaten. Personalausweisnummer: "
                f"{DOC(gen_ausweis(r))}, gültig bis {fd(gen_date(r, 2027, 2034), 'dot')}, ausgestellt von der Stadt Kleve. "
                f"Geburtsdatum {DOB(fd(gen_date(r, 1970, 2000), 'dot'))}. Eine Kopie schicke ich nicht per E-Mail, das ist "
                f"mir zu unsicher. Gruß {P(g + ' ' + s)}")
    return (f"Sehr geehrte Damen und Herren,\n\nanbei die Angaben zur Identitätsprüfung für die Wohnungsübergabe:\n"
            f"Name: {P(s.upper())}, Vorname: {P(g)}\nAusweisnummer: {DOC(gen_ausweis(r))}\nGeb.-Datum: "
            f"{DOB(fd(gen_date(r, 1960, 1995), 'de'))}\n\nDen Termin am {r.randint(1, 20)}.12. um 10:00 Uhr bestätige ich. "
            f"Mit freundlichen Grüßen\n{P(g + ' ' + s)}")


@scenario("de", True)
def de_agent_note(r, k):
    g, s, gd = person(r, "de")
    if k == 0:
        return (f"Rückruf: {'Fr.' if gd == 'f' else 'Hr.'} {P(s)} wg. Heizungsabrechnung 2024, versteht NL-Brief nicht. "
                f"Tel {PH(fmt_de(gen_de_mobile(r), 'space'))}, morgen vormittags. Adresse {AD(nl_addr(r)[0])}. "
                f"Hinweis: spricht kein NL, Rückruf bitte durch {P('Tobias')}. Vorgang {gen_not_elf9(r, '3')}.\n"
                f"Außerdem: Zugang Mijn Lindehof gesperrt nach 9 Fehlversuchen von {IP(gen_ip4(r))} (nicht die IP des "
                f"Kunden, sagt {'sie' if gd == 'f' else 'er'}). Reset-Link per SMS geschickt.")
    ppl = people(r, "de", 2)
    return (f"Übergabe Spätschicht → Frühschicht (DE-Hotline)\n- {P(ppl[0][0] + ' ' + ppl[0][1])}: Mietschulden, "
            f"Ratenzahlung abgelehnt, will Beschwerde einreichen. Rückruf {PH(fmt_de(gen_de_fixed(r, '2822'), 'space'))}\n"
            f"- {P(ppl[1][0] + ' ' + ppl[1][1])}: Schlüssel verloren, Schlüsseldienst kommt Do.\n- Komplex "
            f"{nl_complex(r)}: Aufzug defekt, Liftservice Oost B.V. informiert\nGruß {P('Tobias')}")


@scenario("de", True)
def de_table(r, k):
    rows = ["Name;Straße;PLZ;Ort;Telefon;Rückstand"]
    for g, s, _ in people(r, "de", 3):
        town = r.choice(list(TOWNS_DE))
        dst, dpc, _ = de_addr(r, town)
        rows.append(f"{P(s + ', ' + g)};{AD(dst)};{PC(dpc)};{town};"
                    f"{PH(fmt_de(gen_de_mobile(r), 'space'))};{money(r, 100, 1500)} €")
    if k == 0:
        return ("Liste ehemaliger Mieter mit Wohnsitz in Deutschland (Export für Inkasso, bitte vertraulich):\n\n"
                + "\n".join(rows) + "\n\nQuelle: Mieterverwaltung, Stand 31.10.2025")
    return ("Hi, hier die CSV aus dem System – die Adressen sind die neuen in DE:\n" + "\n".join(rows[:3]) +
            "\n(Spalte Rückstand inkl. Mahnkosten 15 €)")


@scenario("de", True)
def de_business(r, k):
    g, s, _ = person(r, "de")
    st, pc, _ = nl_addr(r)
    if k == 0:
        return (f"Guten Tag,\n\nich betreibe seit 2024 ein Einzelunternehmen (Fahrradreparatur) in den Niederlanden, "
                f"KvK-Nummer {KVK(gen_kvk(r))}, BTW-ID {BTW(gen_btw(r))}. Ich würde gern die leere Gewerbeeinheit im "
                f"Erdgeschoss von Komplex {nl_complex(r)} mieten. Meine Wohnadresse: {AD(st)}, {PC(pc)} Arnhem.\n\n"
                f"Mit freundlichen Grüßen\n{P(g + ' ' + s)}")
    return (f"Hallo, für die Huurtoeslag-Bescheinigung: meine Bürgerservicenummer lautet {BS(fmt_bsn(gen_bsn(r), 'dot'))}. "
            f"Meine deutsche Steuer-ID brauchen Sie sicher nicht. Ich bin Einzelunternehmer (KvK {KVK(gen_kvk(r))}, "
            f"BTW-ID {BTW(gen_btw(r))}). "
            f"Gruß, {P(g + ' ' + s)}")


@scenario("de", True)
def de_creditcard(r, k):
    g, s, _ = person(r, "de")
    if k == 0:
        card = gen_card(r, "mc")
        return (f"Sehr geehrte Damen und Herren,\n\nich habe kein niederländisches Konto. Können Sie die Reparaturkosten "
                f"(Rechnung {gen_elf9(r)}, {money(r, 80, 250)} €) von meiner Kreditkarte abbuchen? Mastercard "
                f"{CC(fmt_card(card))}, gültig bis 05/28, Karteninhaber {P(g + ' ' + s)}.\n\nMit freundlichen Grüßen\n"
                f"{P(g + ' ' + s)}\nTel. {PH(fmt_de(gen_de_fixed(r, '2871'), 'space'))}")
    card = gen_card(r, "visa")
    return (f"hallo, die zahlung über ideal geht bei mir nicht (deutsche bank). kann ich mit visa zahlen? "
            f"{CC(fmt_card(card, '-'))} 😅 oder ist das nicht sicher? lg {P(g.lower())}")


# ═════════════════════════════════════════════════════════════════════════════════════════════
# German scenarios — without personal data
# ═════════════════════════════════════════════════════════════════════════════════════════════

@scenario("de", False)
def de_baustelle(r, k):
    if k == 0:
        return (f"Information für unsere deutschsprachigen Mieter\n\nVom {r.randint(3, 10)}. bis {r.randint(11, 20)}. "
                f"November ist die Steenstraat zwischen Jansbeek und Jansplein gesperrt. Die Buslinie fährt über die "
                f"Velperweg. Schildersbedrijf De Kwast B.V. streicht die Fensterrahmen der Blöcke A bis D. Bei Fragen: "
                f"{r.choice(ORG_PHONE_FORMS)} oder kundenservice@lindehof.example. Notfälle: {r.choice(ORG_REPAIR_FORMS)}.\n\n"
                f"Woonstichting Lindehof · USt-IdNr. NL801635299B01 · Bankverbindung {r.choice(ORG_IBAN_FORMS)}")
    return (f"Liebe Bewohnerinnen und Bewohner von Komplex {nl_complex(r)},\n\nab Februar 2026 erneuern wir die "
            f"Dächer. Die Arbeiten übernimmt Dakwerken Gebr. Hofstede B.V. Es werden {r.randint(40, 90)} Solarmodule "
            f"montiert, das Energielabel steigt von C auf A. Ihre Miete ändert sich nicht.\n\nWoonstichting Lindehof, "
            f"Kastanjeplein 3, 6822 LT Arnhem · KvK 09041872")


@scenario("de", False)
def de_nebenkosten(r, k):
    if k == 0:
        return (f"Guten Tag, ich verstehe die Nebenkostenabrechnung 2024 nicht. Vorauszahlung {money(r, 25, 45)} € im "
                f"Monat, jetzt soll ich {money(r, 120, 320)} € nachzahlen. Reinigung Treppenhaus {money(r, 150, 260)} €, "
                f"Hausmeister {money(r, 80, 140)} €. Die Wohnung hat {r.randint(48, 80)} m². Vertragsnummer "
                f"{r.randint(100, 999)}.{digits(r, 5)}. Danke für eine Erklärung.")
    return (f"Ist die Mieterhöhung zum 1. Juli korrekt? Kaltmiete alt {money(r, 650, 780)} €, neu {money(r, 690, 820)} €, "
            f"das sind mehr als 5 %. Wohnung {r.randint(1, 40)}B, Energielabel {r.choice('BCD')}, {r.randint(55, 85)} m².")


@scenario("de", False)
def de_app_bug(r, k):
    if k == 0:
        return ("Die App Mijn Lindehof (Version 4.2.1.7) stürzt beim Hochladen von Fotos ab. Fehlermeldung: 'Upload "
                "fehlgeschlagen – Server 10.20.4.11 nicht erreichbar'. Handy: Pixel 7, Android 14. Speicher frei: 2048 MB. "
                "Im Browser (Firefox 128.0.3) klappt es auch nicht.")
    return ("Seit dem Update 4.3.0.2 kann ich mich nicht mehr mit DigiD anmelden, es kommt 'Fehler 0x80070005'. Mein "
            "Router (192.168.178.1) ist in Ordnung, andere Seiten gehen. Auf der Hilfeseite steht als Beispiel "
            "198.51.100.7 – was soll ich damit?")


@scenario("de", False)
def de_whatsapp_nopii(r, k):
    if k == 0:
        return ("moin 👋 der müllcontainer hinter block C ist schon wieder voll und daneben liegen säcke, die möwen "
                "reißen alles auf 🤢 könnt ihr die abholung früher machen?")
    return ("hallo! im treppenhaus ist seit gestern das licht kaputt, 2. und 3. etage komplett dunkel 😕 "
            "bitte schnell reparieren, danke! (hab's auch an @Lindehof_Arnhem geschickt)")


@scenario("de", False)
def de_zaehlerstand(r, k):
    if k == 0:
        return (f"Zählerstände bei Einzug (Wohnung {r.randint(1, 40)}A, Komplex {nl_complex(r)}):\nStrom "
                f"{r.randint(10000, 60000)} kWh, EAN {ean18(r)}\nGas {r.randint(1000, 9000)},{r.randint(100, 999)} m³, "
                f"EAN {ean18(r)}\nWasser {r.randint(100, 900)} m³\nAnbieter ab 01.12.: Vattenfall")
    return (f"Frage: auf meiner Energierechnung steht EAN-Code {ean18(r)}, aber im Mietvertrag {ean18(r)}. "
            f"Welcher ist richtig? Der Zähler im Keller hat die Nummer E{digits(r, 10)}.")


@scenario("de", False)
def de_termin(r, k):
    if k == 0:
        return (f"Terminbestätigung Wohnungsabnahme\nVertragsnummer: {gen_elf9(r)}\nKomplex {nl_complex(r)}, Wohnung "
                f"{r.randint(1, 40)}B\nTermin: {r.randint(1, 28)}.12.2025, 09:30–10:00 Uhr\nBitte Schlüssel (3x Haustür, "
                f"2x Keller) mitbringen. Zählerstände notieren wir gemeinsam.\nUnser Zeichen: LH/VH/{digits(r, 5)}\n"
                f"Woonstichting Lindehof · {r.choice(ORG_PHONE_FORMS)}")
    return (f"Ihr Aktenzeichen {gen_elf9(r)} – Rückfrage: Ist der Termin zur Wohnungsbesichtigung am "
            f"{r.randint(1, 28)}.01.2026 um 14 Uhr noch aktuell? Wir kommen zu zweit. Treffpunkt am Haupteingang "
            f"(Seite Steenstraat)?")


@scenario("de", False)
def de_codeswitch_nopii(r, k):
    if k == 0:
        return ("Hallo, kurze vraag: mag ik op het balkon een Satellitenschüssel aufhängen? Im huurcontract steht "
                "nichts darüber. Danke alvast!")
    return ("goedemiddag, ich schreibe mal auf Deutsch weil es einfacher ist: die Gegensprechanlage bei Eingang B "
            "werkt niet meer sinds de storm. Graag repareren, danke!")


# ═════════════════════════════════════════════════════════════════════════════════════════════
# AUDIT
# ═════════════════════════════════════════════════════════════════════════════════════════════

BIRTH_RE = re.compile(r"(?i)(geboren|geb\.|geb\b|geboorte|°|\bdob\b|d\.o\.b\.|born|birth|geburts|geb\.-datum|"
                      r"date of birth|birthday)")
VERSION_RE = re.compile(r"(?i)(versie|version|\bv\.?|build|firmware|app|release|update|client|api)\s*$")
VETO_RE = re.compile(r"(?i)(order|ticket|factuur|invoice|rechnung|kenmerk|referentie|reference|\bref\b|zeichen|"
                     r"aktenzeichen|contract|vertrag|huurdernummer|huurdernr|relatienummer|klantnummer|kundennummer|"
                     r"mieternummer|dossier|zaaknummer|werkorder|rsin|bon\b|tenant no|tenant number|"
                     r"vorgang|auftrag|complex|werknummer|case)")
TUSSEN_TOKENS = {"van", "den", "der", "ter", "ten", "het", "de", "el", "al", "la", "von", "zu", "op", "in", "vd",
                 "thi", "thị", "van't", "a"}
PUNCT_EDGE = set(" \t\n.,;:!?\"'`-–—/\\()[]{}<>*·")


def _covered(spans_chr, a, b):
    return any(s <= a and b <= e for s, e, _ in spans_chr)


def _org_value(label, v):
    if label == "PHONE":
        return phone_country(v) is not None and e164(v) in ORG_E164
    if label == "IBAN":
        return iban_compact(v) in ORG["ibans"]
    if label == "KVK":
        return re.sub(r"\D", "", v) in ORG["kvk"]
    if label in ("BTW_ID", "BSN"):
        c = re.sub(r"[\s.\-]", "", v).upper()
        return c in ORG["btw"] or ORG_RSIN in c
    if label == "POSTCODE":
        return re.sub(r"\s", "", v).upper() in [p.replace(" ", "") for p in ORG_POSTCODES]
    if label == "EMAIL":
        return v.lower().rsplit("@", 1)[-1].endswith("lindehof.example")
    if label == "ADDRESS":
        return any(v.lower() in a.lower() for a in ORG["addresses"])
    if label == "PERSON":
        return any(v.lower() == n.lower() or v.lower() in n.lower().split() for n in ORG["names"])
    return False


def scan_must_label(text):
    """Yield (start, end, what) of values that must always be labelled (character offsets)."""
    for m in re.finditer(r"(?<![\w.+\-])" + EMAIL_RE + r"(?![\w\-])", text):
        if email_ok(m.group()) and not m.group().lower().endswith("lindehof.example"):
            yield m.start(), m.end(), "email"
    for m in re.finditer(r"(?i)(?<![A-Za-z0-9])([A-Z]{2})(\d{2})", text):
        cc = m.group(1).upper()
        if cc not in IBAN_LEN:
            continue
        need, i, got = IBAN_LEN[cc], m.start(), 0
        j = i
        while j < len(text) and got < need:
            ch = text[j]
            if ch.isalnum() and ch.isascii():
                got += 1
            elif ch in " \n" and j + 1 < len(text) and text[j + 1].isalnum() and text[j - 1] != " ":
                pass
            else:
                break
            j += 1
        if got == need and (j >= len(text) or not text[j].isalnum()) and iban_ok(text[i:j]):
            if iban_compact(text[i:j]) not in ORG["ibans"]:
                yield i, j, "iban"
    for m in re.finditer(r"(?i)(?<![A-Za-z0-9])NL ?\d{9} ?B\d{2}(?![A-Za-z0-9])", text):
        if (btw_ok(m.group()) or ob_ok(m.group())) and m.group().upper().replace(" ", "") not in ORG["btw"]:
            yield m.start(), m.end(), "btw/ob"
    for m in re.finditer(r"(?<![\d])(?:\d[ \-]?){12,18}\d(?![\d])", text):
        if card_ok(m.group()):
            yield m.start(), m.end(), "card"
    for m in re.finditer(r"(?<!\d)(?<!\d\.)(?:\d{1,3}\.){3}\d{1,3}(?!\d|\.\d)", text):
        if ip_ok(m.group()) and not VERSION_RE.search(text[max(0, m.start() - 25):m.start()]):
            yield m.start(), m.end(), "ipv4"
    for m in re.finditer(r"(?<![\w:])[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])", text):
        if m.group().count(":") >= 2 and ip_ok(m.group()):
            yield m.start(), m.end(), "ipv6"
    # phones: NL mobile, BE mobile, UK drama mobile, any valid +CC / 00CC number
    for m in re.finditer(r"(?<![\w+])(?:\+|00)?\(?\d(?:\d|[ \-./()]{1,3}(?=[\d(]))*", text):
        cand = m.group()
        parts = [(p.start(), p.end()) for p in re.finditer(r"\+?\(?\d+\)?", cand)]
        for a in range(len(parts)):
            for b in range(a, min(len(parts), a + 7)):
                s0, e0 = m.start() + parts[a][0], m.start() + parts[b][1]
                sub = text[s0:e0]
                if re.search(r"\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\.\d{1,2}\.\d{4}", sub):
                    continue
                kind, dgs = phone_digits(sub)
                ok = False
                if kind == "intl" and (sub.startswith("+") or sub.startswith("00")):
                    ok = phone_country(sub) is not None
                elif kind == "nat":
                    ok = nl_mobile_ok(sub) or re.fullmatch(r"04[5-9]\d{7}", dgs) is not None \
                        or re.fullmatch(r"07700900\d{3}", dgs) is not None
                if ok and e164(sub) not in ORG_E164:
                    # must not be part of a longer digit run on either side
                    yield s0, e0, "phone"
    for m in re.finditer(r"(?<![\w€.,])([1-9]\d{3}) ?([A-Z]{2})(?![\w])", text):
        if m.group(2) in UNIT_PAIRS or m.group(2) in ("SA", "SD", "SS"):
            continue
        if f"{m.group(1)} {m.group(2)}" in ORG_POSTCODES:
            continue
        yield m.start(), m.end(), "nl-postcode"
    for m in re.finditer(r"(?<![\w])" + UK_POSTCODE_RE + r"(?![\w])", text):
        yield m.start(), m.end(), "uk-postcode"
    for m in re.finditer(r"(?<![\w.,\-])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3})(?![\w]|[.,\-]\d| \d)",
                         text):
        d = re.sub(r"\D", "", m.group())
        if not elfproef(d) or d == ORG_RSIN:
            continue
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        line = text[ls:le if le >= 0 else len(text)]
        if VETO_RE.search(text[max(ls, m.start() - 40):m.start()]):
            continue
        if any(c in line for c in "\t|;") and VETO_RE.search(text[:ls]):
            continue                                  # table row under a header with a veto word
        yield m.start(), m.end(), "elfproef-9"
    # KvK: 8 digits shortly after a KvK word
    for m in re.finditer(r"(?i)(?:kvk|kamer van koophandel|chamber of commerce)[^\d\n]{0,25}(?<!\d)(\d{8})(?!\d)", text):
        if m.group(1) not in ORG["kvk"]:
            yield m.start(1), m.end(1), "kvk"
    # kentekens with hyphens, DE Kennzeichen
    for m in re.finditer(r"(?<![\w-])[A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,2}(?![\w-])", text):
        if kenteken_ok(m.group()) and re.search(r"[A-Za-z]", m.group()) and re.search(r"\d", m.group()):
            yield m.start(), m.end(), "kenteken"
    for m in re.finditer(r"(?<![\w-])[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9]\d{0,3}[EH]?(?!\w)", text):
        yield m.start(), m.end(), "de-plate"
    # a date right after a birth word
    for m in re.finditer(r"(?i)(?:geboren(?: op| am)?|geb\.(?: am)?|geb|born(?: on)?|dob|date of birth|geboortedatum|"
                         r"geburtsdatum|geb\.-datum|geb\.datum)[:\s]{1,3}(\d{1,2}[-./ ]\d{1,2}[-./ ]\d{4}|\d{1,2}\.? "
                         r"[A-Za-zä]+\.? \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2}(?:st|nd|rd|th) [A-Z][a-z]+ \d{4})", text):
        if dob_ok(m.group(1)):
            yield m.start(1), m.end(1), "dob"
    # NL/DE document numbers after a document word
    for m in re.finditer(r"(?i)(?:paspoort|passport|id-kaart|id card number|ausweis\w*|document\w*|vluchtelingenpaspoort|"
                         r"rijbewijsnr|verblijfsdocument)[^\n]{0,20}?(?<![\w-])([A-Z0-9-]{9,13})(?![\w-])", text):
        v = m.group(1)
        if nl_docnr_ok(v) or de_ausweis_ok(v) or verblijf_ok(v) or re.fullmatch(r"\d{9,10}", v):
            yield m.start(1), m.end(1), "id-document"


def audit(records):
    errors = []
    seen = set()

    def err(rec, msg):
        errors.append(f"{rec['id']}: {msg}")

    for rec in records:
        text = rec["text"]
        raw = text.encode("utf-8")
        if text in seen:
            err(rec, "duplicate text")
        seen.add(text)
        if any(c in text for c in "\x01\x02\x03"):
            err(rec, "markup left over")
        spans = sorted(rec["spans"], key=lambda s: (s["start"], s["end"]))
        if spans != rec["spans"]:
            err(rec, "spans not sorted")
        chr_spans = []
        for i, sp in enumerate(spans):
            if sp["label"] not in LABELS:
                err(rec, f"unknown label {sp['label']}")
            try:
                val = raw[sp["start"]:sp["end"]].decode("utf-8")
                pre = raw[:sp["start"]].decode("utf-8")
            except UnicodeDecodeError:
                err(rec, f"span {sp} not at character boundaries")
                continue
            a = len(pre)
            b = a + len(val)
            if text[a:b] != val:
                err(rec, f"re-slice mismatch {sp}")
            chr_spans.append((a, b, sp["label"]))
            if i and sp["start"] < spans[i - 1]["end"]:
                err(rec, f"overlap {spans[i - 1]} {sp}")
            if not val or val[0] in PUNCT_EDGE and not (val[0] in "+(" and sp["label"] == "PHONE") \
                    or val[-1] in PUNCT_EDGE and not (val[-1] == ")" and "(" in val):
                err(rec, f"edge whitespace/punctuation in {sp['label']} {val!r}")
            if val.count("(") != val.count(")") or val.count("[") != val.count("]"):
                err(rec, f"unbalanced brackets {val!r}")
            if not VALIDATORS[sp["label"]](val):
                err(rec, f"invalid {sp['label']} {val!r}")
            if _org_value(sp["label"], val):
                err(rec, f"organisation's own value labelled: {sp['label']} {val!r}")
            if sp["label"] == "DATE_OF_BIRTH":
                ls = text.rfind("\n", 0, a) + 1
                window = text[max(0, a - 90):a]
                ok = bool(BIRTH_RE.search(window))
                if not ok:
                    line = text[ls:text.find("\n", a) if text.find("\n", a) >= 0 else len(text)]
                    if any(c in line for c in "\t|;"):
                        ok = bool(BIRTH_RE.search(text[:ls]))
                if not ok:
                    err(rec, f"DOB without birth word before it: {val!r}")
        # labelled value occurring again must be labelled again
        for a, b, lab in chr_spans:
            v = text[a:b]
            if len(v) < 2:
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
                if not _covered(chr_spans, m.start(), m.end()):
                    err(rec, f"{lab} value {v!r} occurs unlabelled at {m.start()}")
        # tokens of labelled names standing alone elsewhere
        masked = list(text)
        for a, b, _ in chr_spans:
            for i in range(a, b):
                masked[i] = " "
        masked = "".join(masked)
        masked = re.sub(EMAIL_RE, lambda m: " " * len(m.group()), masked)
        masked = re.sub(r"@[\w.]+|https?://\S+|\b[\w.-]+\.example\S*", lambda m: " " * len(m.group()), masked)
        for a, b, lab in chr_spans:
            if lab != "PERSON":
                continue
            for tok in re.findall(r"[^\W\d_]+", text[a:b]):
                if len(tok) < 3 or tok.lower() in TUSSEN_TOKENS:
                    continue
                for m in re.finditer(r"(?<![^\W\d_])" + re.escape(tok) + r"(?![^\W\d_])", masked, re.I):
                    err(rec, f"name token {tok!r} unlabelled at {m.start()}")
        for a, b, what in scan_must_label(text):
            if not _covered(chr_spans, a, b):
                err(rec, f"unlabelled {what}: {text[a:b]!r}")
        if bool(spans) != rec["_pii"]:
            err(rec, f"has spans = {bool(spans)} but scenario pii = {rec['_pii']}")
    return errors


# ═════════════════════════════════════════════════════════════════════════════════════════════
# Build
# ═════════════════════════════════════════════════════════════════════════════════════════════

TARGET = {"nl": 60, "en": 50, "de": 40}


def build():
    self_test()
    by_lang = {lang: [] for lang in TARGET}
    for lang, name, pii, runs, f in SCENARIOS:
        for k in range(runs):
            r = random.Random(f"{SEED}:{name}:{k}")
            text, spans = render(f(r, k))
            by_lang[lang].append({"lang": lang, "text": text, "spans": spans, "_pii": pii, "_scn": name})
    records = []
    for lang in TARGET:
        lst = by_lang[lang]
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(lst)
        for i, rec in enumerate(lst, 1):
            rec["id"] = f"h9-{lang}-{i:03d}"
            records.append(rec)
    return records, by_lang


def stats(records):
    lines = []
    langs = list(TARGET)
    cnt = {lab: {lg: 0 for lg in langs} for lab in LABELS}
    for rec in records:
        for sp in rec["spans"]:
            cnt[sp["label"]][rec["lang"]] += 1
    msgs = {lg: sum(1 for r in records if r["lang"] == lg) for lg in langs}
    free = {lg: sum(1 for r in records if r["lang"] == lg and not r["spans"]) for lg in langs}
    nfree = sum(free.values())
    lens = sorted(len(r["text"].encode()) for r in records)
    four = sum(1 for r in records if any(len(c.encode()) == 4 for c in r["text"]))
    lines.append(f"messages: " + ", ".join(f"{lg} {msgs[lg]}" for lg in langs) + f"; total {len(records)}")
    lines.append(f"PII-free: {nfree} (" + ", ".join(f"{lg} {free[lg]}" for lg in langs)
                 + f") = {100 * nfree / len(records):.0f} %")
    lines.append(f"length bytes: min {lens[0]}, median {lens[len(lens) // 2]}, max {lens[-1]}; "
                 f"texts with 4-byte UTF-8 characters: {four}")
    lines.append("| label | " + " | ".join(langs) + " | total |")
    lines.append("|---|" + "---:|" * (len(langs) + 1))
    tot = {lg: 0 for lg in langs}
    for lab in LABELS:
        row = cnt[lab]
        for lg in langs:
            tot[lg] += row[lg]
        lines.append(f"| `{lab}` | " + " | ".join(str(row[lg]) for lg in langs) + f" | {sum(row.values())} |")
    lines.append("| **all** | " + " | ".join(str(tot[lg]) for lg in langs) + f" | {sum(tot.values())} |")
    return "\n".join(lines)


def main():
    records, by_lang = build()
    for lang, n in TARGET.items():
        assert len(by_lang[lang]) == n, (lang, len(by_lang[lang]), n)
    errors = audit(records)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"AUDIT FAILED: {len(errors)} problem(s); gold.jsonl not written", file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps({"id": rec["id"], "lang": rec["lang"], "text": rec["text"], "spans": rec["spans"]},
                                ensure_ascii=False) + "\n")
    # re-read and re-slice from the serialised bytes
    with open(OUT, "rb") as fh:
        for line in fh:
            rec = json.loads(line)
            b = rec["text"].encode("utf-8")
            for sp in rec["spans"]:
                b[sp["start"]:sp["end"]].decode("utf-8")
    print(stats(records))
    print("scenarios:", len(SCENARIOS), "| with PII:", sum(1 for s in SCENARIOS if s[2]))
    with open(OUT, "rb") as fh:
        print("sha256", hashlib.sha256(fh.read()).hexdigest())


if __name__ == "__main__":
    main()
