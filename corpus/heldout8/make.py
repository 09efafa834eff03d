#!/usr/bin/env python3
"""heldout8 generator: social-media / messenger style, Flemish, Swiss, Austrian, UK/Irish
variants, letters typed from paper, people described in the text, several birth dates per
message, and many hard negatives.

Python 3.11, standard library only. Deterministic: every random choice comes from a
random.Random seeded with a string (string seeds are hashed with SHA-512, independent of
PYTHONHASHSEED); no set or dict iteration order influences the output.

Usage:  python3 make.py            -> writes gold.jsonl next to this file, prints statistics
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import ipaddress
import json
import os
import random
import re
import statistics
import sys
import unicodedata

SEED = "heldout8-2025"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")

LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD",
          "IP_ADDRESS", "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

# ---------------------------------------------------------------------------------------
# markup + render
# ---------------------------------------------------------------------------------------
_O, _M, _C = "\x01", "\x02", "\x03"


def mark(label: str, value: str) -> str:
    assert label in LABELS, label
    assert value and not any(c in value for c in (_O, _M, _C)), value
    return f"{_O}{label}{_M}{value}{_C}"


def PER(v): return mark("PERSON", v)
def EML(v): return mark("EMAIL", v)
def TEL(v): return mark("PHONE", v)
def IBN(v): return mark("IBAN", v)
def BSNm(v): return mark("BSN", v)
def ADR(v): return mark("ADDRESS", v)
def PC(v): return mark("POSTCODE", v)
def CARD(v): return mark("CREDIT_CARD", v)
def IPm(v): return mark("IP_ADDRESS", v)
def DOB(v): return mark("DATE_OF_BIRTH", v)
def DOC(v): return mark("ID_DOCUMENT", v)
def PLATE(v): return mark("LICENSE_PLATE", v)
def BTW(v): return mark("BTW_ID", v)
def KVKm(v): return mark("KVK", v)


def render(src: str):
    """Strip the markup; return (text, spans) with UTF-8 byte offsets, end exclusive."""
    out = bytearray()
    spans = []
    i = 0
    while i < len(src):
        c = src[i]
        if c == _O:
            j = src.index(_M, i)
            k = src.index(_C, j)
            label, val = src[i + 1:j], src[j + 1:k]
            start = len(out)
            out += val.encode("utf-8")
            spans.append({"start": start, "end": len(out), "label": label})
            i = k + 1
        else:
            assert c not in (_M, _C), repr(src[max(0, i - 30):i + 30])
            out += c.encode("utf-8")
            i += 1
    return out.decode("utf-8"), spans


# ---------------------------------------------------------------------------------------
# checksums and format validators (own implementations of the rules in the reference)
# ---------------------------------------------------------------------------------------
def elfproef(num: str) -> bool:
    d = re.sub(r"[ .\-]", "", num)
    if not d.isdigit() or len(d) not in (8, 9):
        return False
    d = d.zfill(9)
    if int(d) == 0:
        return False
    s = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return s % 11 == 0


def onderwijsnummer_ok(num: str) -> bool:
    d = re.sub(r"[ .\-]", "", num)
    if not d.isdigit() or len(d) != 9 or not d.startswith("10"):
        return False
    s = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return s % 11 == 5


def _b36(s: str) -> str:
    return "".join(str(int(ch, 36)) for ch in s)


def mod97(s: str) -> int:
    return int(_b36(s)) % 97


IBAN_STRUCT = {
    "NL": (18, r"[A-Z]{4}\d{10}"), "BE": (16, r"\d{12}"), "DE": (22, r"\d{18}"),
    "AT": (20, r"\d{16}"), "CH": (21, r"\d{5}[0-9A-Z]{12}"), "GB": (22, r"[A-Z]{4}\d{14}"),
    "IE": (22, r"[A-Z]{4}\d{14}"), "LU": (20, r"\d{3}[0-9A-Z]{13}"),
    "FR": (27, r"\d{10}[0-9A-Z]{11}\d{2}"),
}


def iban_ok(v: str) -> bool:
    s = re.sub(r"[\s.\-]", "", v).upper()
    cc = s[:2]
    if cc not in IBAN_STRUCT:
        return False
    ln, rx = IBAN_STRUCT[cc]
    if len(s) != ln or not re.fullmatch(r"[A-Z]{2}\d{2}" + rx, s):
        return False
    if cc == "BE":
        x = int(s[4:14]) % 97 or 97
        if x != int(s[14:16]):
            return False
    return mod97(s[4:] + s[:4]) == 1


def iban_make(cc: str, bban: str) -> str:
    n = int(_b36(bban + cc + "00"))
    return f"{cc}{98 - n % 97:02d}{bban}"


def iban_spaced(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def luhn_ok(d: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix_body: str) -> str:
    for c in "0123456789":
        if luhn_ok(prefix_body + c):
            return prefix_body + c
    raise AssertionError


def card_brand(d: str):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720) and n == 16:
        return "mastercard"
    if d[:2] in ("34", "37") and n == 15:
        return "amex"
    if (d.startswith("6011") or 644 <= int(d[:3]) <= 649 or d.startswith("65")) and 16 <= n <= 19:
        return "discover"
    if 3528 <= int(d[:4]) <= 3589 and 16 <= n <= 19:
        return "jcb"
    if (d[:2] == "50" or 56 <= int(d[:2]) <= 69) and 12 <= n <= 19:
        return "maestro"
    if (300 <= int(d[:3]) <= 305 or d[:4] == "3095" or d[:2] in ("36", "38", "39")) and 14 <= n <= 19:
        return "diners"
    return None


def card_ok(v: str) -> bool:
    d = re.sub(r"[ \-]", "", v)
    return d.isdigit() and 12 <= len(d) <= 19 and card_brand(d) is not None and luhn_ok(d)


def btw_ok(v: str) -> bool:
    """New-style btw-id: NL + 9 digits + B + 2 digits, MOD 97-10 in place; the 9 digits fail
    the elfproef (an elfproef-valid one is an old omzetbelastingnummer = BSN)."""
    s = re.sub(r"[\s.\-]", "", v).upper()
    m = re.fullmatch(r"NL(\d{9})B(\d{2})", s)
    if not m or int(m.group(2)) == 0:
        return False
    return mod97(s) == 1 and not elfproef(m.group(1))


def ob_ok(v: str) -> bool:
    s = re.sub(r"[\s.\-]", "", v).upper()
    m = re.fullmatch(r"NL(\d{9})B(\d{2})", s)
    return bool(m) and int(m.group(2)) > 0 and elfproef(m.group(1))


def bsn_value_ok(v: str) -> bool:
    if re.fullmatch(r"[0-9 .\-]+", v):
        return elfproef(v)
    return ob_ok(v)


def postcode_nl_ok(v: str) -> bool:
    s = re.sub(r"^NL-?", "", v.strip())
    m = re.fullmatch(r"([1-9]\d{3}) ?([A-Za-z]{2})", s)
    return bool(m) and m.group(2).upper() not in ("SA", "SD", "SS")


UK_PC = re.compile(r"(GIR 0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW]?|\d\d|[A-HK-Y]\d[ABEHMNPRVWXY]?|[A-HK-Y]\d\d) \d[ABD-HJLNP-UW-Z]{2})")


def postcode_ok(v: str) -> bool:
    if postcode_nl_ok(v):
        return True
    if re.fullmatch(r"(?:B-|A-|CH-)?[1-9]\d{3}", v):      # BE / AT / CH
        return True
    if re.fullmatch(r"(?:D-)?\d{5}", v) and 1001 <= int(v[-5:]) <= 99998:  # DE
        return True
    return bool(UK_PC.fullmatch(v))


NL_AREA2 = "10 13 15 20 23 24 26 30 33 35 36 38 40 43 45 46 50 53 55 58 70 71 72 73 74 75 76 77 78 79".split()
NL_AREA3 = ("111 113 114 115 117 118 161 162 164 165 166 167 168 172 174 180 181 182 183 184 186 187 222 "
            "223 224 226 227 228 229 251 252 255 294 297 299 313 314 315 316 317 318 320 321 341 342 343 "
            "344 345 346 347 348 411 412 413 416 418 475 478 481 485 486 487 488 492 493 495 497 499 511 "
            "512 513 514 515 516 517 518 519 521 522 523 524 525 527 528 529 541 543 544 545 546 547 548 "
            "561 562 566 570 571 572 573 575 577 578 591 592 593 594 595 596 597 598 599").split()

PHONE_RULES = {
    "31": [r"6[1-58]\d{7}", r"(?:%s)\d{7}" % "|".join(NL_AREA2), r"(?:%s)\d{6}" % "|".join(NL_AREA3),
           r"(?:85|91|84|87|88|66)\d{7}", r"970\d{8}"],
    "32": [r"4[5-9]\d{7}", r"[23][2-8]\d{6}", r"9[2-4]\d{6}", r"(?:1[0-69]|5\d|8[1-79]|6[013-57-9]|71)\d{6}"],
    "49": [r"15[0-25-9]\d{8}", r"16[023]\d{7,8}", r"17\d{8,9}", r"(?:30|40|89)\d{7,8}",
           r"(?:221|341|351|421|761|561|251|211|711|911)\d{6,7}"],
    "43": [r"6(?:64|76|60|50)\d{7}", r"699\d{8}", r"1\d{6,8}", r"(?:316|732|662|512)\d{5,7}"],
    "41": [r"7[5-9]\d{7}", r"(?:44|43|31|61|41|52|71|21|22)\d{7}"],
    "44": [r"7700900\d{3}", r"2079460\d{3}", r"(?:113|114|115|116|117|118|121|131|141|151|161|191)4960\d{3}",
           r"1632960\d{3}", r"2920180\d{3}", r"2896496\d{3}"],
}


def phone_ok(v: str, country: str | None = None) -> bool:
    """National forms are checked against `country` (calling code) or, if None, any country."""
    s = v.replace("(0)", "")
    s = re.sub(r"[\s\-./()]", "", s)
    if s.startswith("+"):
        s = s[1:]
    elif s.startswith("00"):
        s = s[2:]
    else:
        if not s.startswith("0"):
            return False
        nsn = s[1:]
        pool = [PHONE_RULES[country]] if country else list(PHONE_RULES.values())
        return any(re.fullmatch(rx, nsn) for rules in pool for rx in rules)
    for cc, rules in PHONE_RULES.items():
        if s.startswith(cc):
            nsn = s[len(cc):]
            if nsn.startswith("0"):
                nsn = nsn[1:]
            return any(re.fullmatch(rx, nsn) for rx in rules)
    return False


def ip_ok(v: str) -> bool:
    try:
        a = ipaddress.ip_address(v)
    except ValueError:
        return False
    return a.is_global


EMAIL_RX = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")
TLDS = {"com", "nl", "be", "de", "at", "ch", "uk", "ie", "net", "org", "eu", "io", "frl", "info", "me", "example"}


def email_ok(v: str) -> bool:
    if EMAIL_RX.fullmatch(v):
        return v.rsplit(".", 1)[1].lower() in TLDS
    # obfuscated form "naam [at] domein [dot] nl"
    m = re.fullmatch(r"([\w.+-]+) ?[\[(]at[\])] ?([\w-]+(?: ?[\[(]dot[\])] ?[\w-]+)+)", v)
    return bool(m)


MONTHS = {
    # nl
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
    "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "febr": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dec": 12,
    # en
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10,
    "mar": 3, "oct": 10, "august": 8,
    # de
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "dezember": 12,
}


def dob_ok(v: str) -> bool:
    s = v.strip()
    d = mo = y = None
    m = re.fullmatch(r"(\d{1,2})([-/. ])(\d{1,2})\2('?\d{2}|\d{4})", s)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(3)), m.group(4)
    m2 = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m2:
        y, mo, d = m2.group(1), int(m2.group(2)), int(m2.group(3))
    m3 = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th|e|\.)? ?(?:of )?([A-Za-zäÄ]+)\.?,? (\d{4})", s)
    if m3:
        key = m3.group(2).lower()
        if key not in MONTHS:
            return False
        d, mo, y = int(m3.group(1)), MONTHS[key], m3.group(3)
    m4 = re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?, (\d{4})", s)
    if m4:
        key = m4.group(1).lower()
        if key not in MONTHS:
            return False
        d, mo, y = int(m4.group(2)), MONTHS[key], m4.group(3)
    if y is None:
        return False
    y = str(y).lstrip("'")
    yi = int(y)
    if len(y) == 2:
        yi += 1900 if yi > 25 else 2000
    if not 1900 <= yi <= 2025:
        return False
    try:
        _dt.date(yi, mo, d)
    except ValueError:
        return False
    return True


NL_DOC_RX = re.compile(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d")
DE_DOC_RX = re.compile(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}")


def doc_ok(v: str) -> bool:
    s = v.replace(" ", "")
    return bool(NL_DOC_RX.fullmatch(s) or DE_DOC_RX.fullmatch(s) or re.fullmatch(r"\d{9}|\d{10}", s))


SIDECODES = ["XX99XX", "XXXX99", "99XXXX", "99XXX9", "9XXX99", "XX999X", "X999XX", "XXX99X", "X99XXX",
             "9XX999", "999XX9", "XX9999", "9999XX", "99XX99"]
SIDECODE_GROUPS = {"XX-99-XX": 4, "XX-XX-99": 5, "99-XX-XX": 6, "99-XXX-9": 7, "9-XXX-99": 8,
                   "XX-999-X": 9, "X-999-XX": 10, "XXX-99-X": 11, "X-99-XXX": 12, "9-XX-999": 13,
                   "999-XX-9": 14, "XX-99-99": 1, "99-99-XX": 2, "99-XX-99": 3}
BANNED_PLATE = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS"]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


def kenteken_ok(v: str) -> bool:
    s = v.upper().replace(" ", "-")
    shape = re.sub(r"[A-Z]", "X", re.sub(r"\d", "9", s))
    compact = {k.replace("-", ""): n for k, n in SIDECODE_GROUPS.items()}
    if shape in SIDECODE_GROUPS:
        sc = SIDECODE_GROUPS[shape]
    elif "-" not in shape and shape in compact:
        sc = compact[shape]
    else:
        return False
    letters = "".join(re.findall(r"[A-Z]+", s))
    groups = re.findall(r"[A-Z]+", s)
    if sc >= 4 and any(ch not in PLATE_LETTERS for ch in letters):
        return False
    banned = list(BANNED_PLATE) + (["KVT", "VVD"] if sc >= 8 else []) + (["SP"] if sc >= 13 else [])
    return not any(b in g for g in groups for b in banned)


DE_PLATE_RX = re.compile(r"[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9]\d{0,3}[EH]?")


def plate_ok(v: str) -> bool:
    return kenteken_ok(v) or bool(DE_PLATE_RX.fullmatch(v))


def person_ok(v: str) -> bool:
    return (not re.search(r"[\d@#_/\\]", v)) and v[0].isalpha() and v[-1].isalpha() and len(v) <= 60


def address_ok(v: str) -> bool:
    return bool(re.search(r"\d", v)) and bool(re.search(r"[A-Za-zÀ-ÿ]", v)) and v[0].isalnum() and \
        v[-1].isalnum() and len(v) <= 70


def kvk_ok(v: str) -> bool:
    return bool(re.fullmatch(r"\d{8}|\d{4} ?\d{4}|\d{2}\.\d{3}\.\d{3}", v))


VALIDATORS = {
    "PERSON": person_ok, "EMAIL": email_ok, "PHONE": phone_ok, "IBAN": iban_ok, "BSN": bsn_value_ok,
    "ADDRESS": address_ok, "POSTCODE": postcode_ok, "CREDIT_CARD": card_ok, "IP_ADDRESS": ip_ok,
    "DATE_OF_BIRTH": dob_ok, "ID_DOCUMENT": doc_ok, "LICENSE_PLATE": plate_ok, "BTW_ID": btw_ok,
    "KVK": kvk_ok,
}


# extra checksums used for hard negatives
def mod11_10_ok(num: str) -> bool:
    """ISO 7064 MOD 11,10 (German USt-IdNr 9 digits)."""
    p = 10
    for ch in num[:-1]:
        s = (int(ch) + p) % 10 or 10
        p = (2 * s) % 11
    return (11 - p) % 10 == int(num[-1])


def mod11_10_complete(body: str) -> str:
    for c in "0123456789":
        if mod11_10_ok(body + c):
            return body + c
    raise AssertionError


def che_uid_complete(body8: str):
    w = [5, 4, 3, 2, 7, 6, 5, 4]
    s = sum(a * int(b) for a, b in zip(w, body8))
    c = 11 - s % 11
    if c == 11:
        c = 0
    if c == 10:
        return None
    return body8 + str(c)


def uk_vat_ok(d9: str) -> bool:
    s = sum(w * int(x) for w, x in zip(range(8, 1, -1), d9[:7])) + int(d9[7:])
    return s % 97 == 0 or (s + 55) % 97 == 0


def be_enterprise_ok(d10: str) -> bool:
    return 97 - int(d10[:8]) % 97 == int(d10[8:])


def be_rrn_ok(d11: str) -> bool:
    base = int(d11[:9])
    chk = int(d11[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d11[:9]) % 97 == chk


# ---------------------------------------------------------------------------------------
# self test against the reference's test vectors
# ---------------------------------------------------------------------------------------
def self_test():
    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672",
              "696579303", "103349856", "044126396", "656412689", "460455977", "879119330",
              "999999990", "111111110"]:
        assert elfproef(v), v
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        assert not elfproef(v), v
    assert onderwijsnummer_ok("101222331") and not onderwijsnummer_ok("100252333")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789",
              "NL20INGB0001234567", "NL39RABO0300065264", "NL44RABO0123456789", "NL86INGB0002445588",
              "NL68KNAB0123456789", "NL32BUNQ2012345678", "BE71 0961 2345 6769", "BE68539007547034",
              "DE89370400440532013000", "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606",
              "FR76 3000 6000 0112 3456 7890 189", "GB82WEST12345698765432"]:
        assert iban_ok(v), v
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300",
              "DE89370400440532013001", "BE68539007547035"]:
        assert not iban_ok(v), v
    assert iban_make("NL", "ABNA0417164300") == "NL91ABNA0417164300"
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67",
              "0111-123456", "085 123 4567", "091 123 4567", "088 123 4567", "066 123 4567",
              "097012345678", "06 12345678", "06 1234 5678", "06-12 34 56 78", "06 - 123 456 78",
              "(06) 12345678", "+31 6 12345678", "+316-12345678", "+31 (0) 6-123 456 78",
              "0031 6 1234 5678", "+31(0)20-1234567", "0031-(0)20-1234567", "+31-20-1234567",
              "+31.20.123.45.67", "020/1234567",
              "+32 470 12 34 56", "0470 12 34 56", "02 511 22 33", "09 265 12 34", "050 44 86 86",
              "+49 30 12345678", "0151 23456789", "+49 (0)221 1234567", "0049 171 1234567"]:
        nat = v.startswith("0") and not v.startswith("00")
        cc = ("32" if v in ("0470 12 34 56", "02 511 22 33", "09 265 12 34", "050 44 86 86") else
              "49" if v == "0151 23456789" else "31")
        assert phone_ok(v, cc if nat else None), v
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "069 1234567",
              "0676 123456", "020-123456", "012-3456789", "+32 470 12 34 5", "+32 2 123 45 67",
              "+32 9 123 45 67", "+49 151 234"]:
        assert not phone_ok(v, "31"), v
    for v in ["1012 AB", "1012AB", "1012 ab", "NL-2611ET", "9999 ZZ", "1000 AA"]:
        assert postcode_nl_ok(v), v
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        assert not postcode_nl_ok(v), v
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        assert NL_DOC_RX.fullmatch(v.replace(" ", "")), v
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        assert not NL_DOC_RX.fullmatch(v), v
    for v in ["GB-12-DF", "1-KBB-12", "123-BB-1", "XB-PK-12", "12-DF-GH", "12-GBX-3", "VB-123-X",
              "G-123-BB", "GBB-12-X", "G-12-BBB", "1-BB-123", "AB-12-34", "12-34-XY", "12-AB-34"]:
        assert kenteken_ok(v), v
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        assert not kenteken_ok(v), v
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        assert mod97(v) == 1 and btw_ok(v), v
    assert ob_ok("NL004495445B01") and not btw_ok("NL004495445B01")
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL111234567B01",
              "NL12345678B01"]:
        assert not btw_ok(v) and not ob_ok(v), v
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009",
              "378282246310005", "6011111111111117", "3530111333300000", "30569309025904",
              "6759649826438453"]:
        assert card_ok(v), v
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678",
              "490154203237518"]:
        assert not card_ok(v), v
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM",
              "info@bakkerij-de-groot.frl"]:
        assert email_ok(v), v
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld", "icon@2x.png"]:
        assert not email_ok(v), v
    for v in ["8.8.8.8"]:
        assert ip_ok(v), v
    for v in ["192.168.1.10", "256.1.1.1", "192.168.1", "1.2.3.4.5", "010.001.001.001", "2001:db8::1",
              "::1", "fe80::1ff:fe23:4567:890a", "12:30:45", "00:1A:2B:3C:4D:5E", "2001:db8:::1",
              "203.0.113.7", "198.51.100.23", "192.0.2.44", "127.0.0.1", "10.0.0.138", "172.16.4.2"]:
        assert not ip_ok(v), v
    for v in ["12-03-1985", "1-4-1990", "03/07/1979", "29.02.1992", "5 mei 1960", "17 okt. 2001",
              "12-03-'85", "1985-03-12", "March 12, 1985", "3rd March 1990", "12. März 1981"]:
        assert dob_ok(v), v
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999"]:
        assert not dob_ok(v), v
    assert mod11_10_ok("136695976") and not mod11_10_ok("136695977")
    assert be_enterprise_ok("0403019261") and not be_enterprise_ok("0403019262")
    assert be_rrn_ok("85073003328") and be_rrn_ok("00012556777") and not be_rrn_ok("85073003329")
    assert che_uid_complete("11695286") is not None or True


# ---------------------------------------------------------------------------------------
# the organisation (its own data is never labelled)
# ---------------------------------------------------------------------------------------
ORG = {
    "names": ["Wolkenfiets B.V.", "Wolkenfiets", "Wolkenfiets België BV", "Wolkenfiets Service"],
    "domains": ["wolkenfiets.example"],
    "phones": ["088 945 3210", "+32 2 588 41 20"],
    "iban": "NL71RABO0312458766",
    "kvk": "71834562",
    "btw": "NL862241350B01",
    "addresses": ["Windvaanweg 14, 3542 DK Utrecht", "Postbus 2207, 3500 GE Utrecht"],
    "handles": ["@wolkenfiets", "@WolkenfietsNL", "@wolkenfiets_be", "@wolkenfiets_uk", "@wolkenfiets_de"],
}
ORG_PHONE_FORMS = ["088 945 3210", "088-9453210", "+31 88 945 3210", "+31 (0)88 945 32 10", "0031 88 9453210",
                   "088 - 945 32 10", "+32 2 588 41 20", "02 588 41 20", "0032 2 588 41 20"]


def org_phone_digits():
    out = set()
    for p in ORG_PHONE_FORMS:
        s = re.sub(r"[\s\-()+]", "", p.replace("(0)", ""))
        s = re.sub(r"^00", "", s)
        out.add(s.lstrip("0")[-8:])
    return out


# ---------------------------------------------------------------------------------------
# inline word lists (written for this set; no test-data generator lists)
# ---------------------------------------------------------------------------------------
# (female first names, male first names, surnames) per heritage
H = {
    "nl": (["Sanne", "Lotte", "Femke", "Anouk", "Ilse", "Marloes", "Wilma", "Ingrid", "Esmee", "Fenna",
            "Mirjam", "Janneke", "Hanneke", "Maaike", "Tessa", "Eline", "Liesbeth", "Gerda", "Annemiek",
            "Jikke", "Froukje", "Roelie", "Wendelien", "Aukje"],
           ["Bram", "Joost", "Thijs", "Sjoerd", "Wouter", "Gijs", "Maarten", "Ruud", "Henk", "Jeroen",
            "Niels", "Pieter", "Hidde", "Sietse", "Durk", "Teun", "Floris", "Arjen", "Reinier", "Wessel",
            "Gerrit", "Jelmer", "Tjeerd", "Coen"],
           ["de Vries", "van der Meulen", "Bosman", "Wiersma", "Kuipers", "Hoekstra", "van Dijk", "Jansen",
            "Verhoeven", "Brinkman", "Postma", "van den Heuvel", "ter Horst", "Kloosterman", "Schuurman",
            "de Graaf", "Verbeek", "Timmermans", "van Leeuwen", "Veenstra", "Dijkstra", "Hofstede",
            "Oosterhuis", "Nijland", "Rijnders", "Groenewegen", "van 't Hek", "in 't Veld", "Steenbergen",
            "Boersma", "van Wijngaarden", "Haverkamp", "Zijlstra", "ten Cate", "Mulderij", "van der Laan"]),
    "be": (["Griet", "Katrien", "Hanne", "Jolien", "Nele", "Lies", "Sofie", "Ine", "Annelien", "Marieke",
            "Lore", "Febe"],
           ["Wouter", "Pieterjan", "Jens", "Stijn", "Koen", "Dries", "Lander", "Jef", "Bert", "Tuur",
            "Wannes", "Seppe"],
           ["Van den Bossche", "De Smet", "Peeters", "Claes", "Goossens", "Wouters", "Vermeulen",
            "De Backer", "Verstraete", "Janssens", "Mertens", "Van Acker", "De Clercq", "Vandenberghe",
            "Vanhoutte", "D'Hondt", "Van Hecke", "Debruyne", "Lemmens", "Callewaert"]),
    "ma": (["Fatima", "Khadija", "Imane", "Salma", "Naima", "Hafsa", "Samira", "Loubna"],
           ["Yassine", "Nordin", "Soufiane", "Mohamed", "Bilal", "Anouar", "Hamza", "Tarik"],
           ["El Amrani", "Bouzid", "Ait Taleb", "Benali", "El Idrissi", "Azzouzi", "Boukhari",
            "El Khattabi", "Ouali", "Tahiri"]),
    "tr": (["Elif", "Zeynep", "Özlem", "Hatice", "Büşra", "Ayşe", "Derya"],
           ["Emre", "Burak", "Mehmet", "Oğuz", "Serkan", "Kerem", "Volkan"],
           ["Yılmaz", "Öztürk", "Demir", "Aydın", "Çelik", "Şahin", "Korkmaz", "Doğan", "Arslan"]),
    "sr": (["Shanti", "Radha", "Sharmila", "Ivanka", "Romana", "Wiendie"],
           ["Ravi", "Rishi", "Errol", "Glenn", "Sunil", "Humphrey"],
           ["Ramdin", "Sewnarain", "Kromowidjojo", "Pinas", "Linger", "Ramautar", "Jagesar", "Sitaldin"]),
    "mol": (["Femmy", "Nona", "Elsye"], ["Johny", "Benny", "Ruben"],
            ["Latuheru", "Pattiasina", "Tuhumury", "Wattimena", "Manuhutu", "Sahetapy"]),
    "cn": (["Xiaoling", "Lina", "Yuqing", "Xinyi"], ["Wei", "Haoran", "Zhiwei", "Yifan"],
           ["Chen", "Zhang", "Huang", "Liu", "Wu", "Zhou"]),
    "vn": (["Lan", "Ngoc Anh", "Hoa", "Phuong"], ["Minh", "Tuan", "Quang", "Duc"],
           ["Nguyễn", "Trần", "Phạm", "Lê", "Vũ", "Đặng"]),
    "in": (["Ananya", "Priya", "Kavya", "Deepika", "Lakshmi", "Meera"],
           ["Arjun", "Siddharth", "Rohan", "Vikram", "Karthik", "Aditya"],
           ["Iyer", "Menon", "Raghunathan", "Krishnamurthy", "Bhattacharya", "Venkatesan", "Nair", "Kulkarni"]),
    "ng": (["Chidinma", "Ngozi", "Oluwaseun", "Adaeze", "Funmilayo"],
           ["Emeka", "Chukwudi", "Tunde", "Obinna", "Ifeanyi"],
           ["Okonkwo", "Adeyemi", "Okafor", "Eze", "Balogun", "Nwosu"]),
    "gh": (["Akosua", "Abena", "Efua", "Adwoa"], ["Kwame", "Kofi", "Yaw", "Kwabena"],
           ["Mensah", "Boateng", "Asante", "Owusu-Ansah", "Agyeman", "Darko"]),
    "er": (["Selam", "Helen", "Senait", "Luwam"], ["Yonas", "Filmon", "Dawit", "Mebrahtu"],
           ["Tesfamariam", "Haile", "Gebremedhin", "Kidane", "Berhane"]),
    "so": (["Hodan", "Ayaan", "Faduma", "Sahra"], ["Abdirahman", "Mahad", "Liban", "Abdiwali"],
           ["Warsame", "Farah", "Abdullahi", "Jama", "Hersi"]),
    "pl": (["Katarzyna", "Agnieszka", "Małgorzata", "Joanna", "Ewelina"],
           ["Paweł", "Tomasz", "Krzysztof", "Łukasz", "Marek"],
           ["Kowalczyk", "Nowak", "Wójcik", "Kamińsk*", "Zielińsk*", "Wiśniewsk*", "Lewandowsk*"]),
    "ua": (["Oksana", "Iryna", "Olena", "Yulia"], ["Dmytro", "Andriy", "Taras", "Oleksandr"],
           ["Melnyk", "Bondarenko", "Shevchenko", "Kovalenko", "Tkachuk"]),
    "sy": (["Rania", "Lama", "Nour", "Hiba"], ["Ghassan", "Omar", "Firas", "Khaled"],
           ["Haddad", "Al-Khatib", "Darwish", "Al-Hamwi", "Kassab"]),
    "pt": (["Inês", "Beatriz", "Joana", "Mariana"], ["João", "Thiago", "Rui", "Gonçalo"],
           ["Pereira", "Carvalho", "Ferreira da Silva", "Gonçalves", "Rodrigues", "Almeida"]),
    "ph": (["Maricel", "Jocelyn", "Rowena"], ["Jericho", "Ramil", "Arnel"],
           ["Dela Cruz", "Santos", "Bautista", "Macaraeg", "Villanueva"]),
    "de": (["Petra", "Sabine", "Katharina", "Jana", "Anja", "Ursula", "Monika", "Franziska", "Heike",
            "Birgit", "Svenja", "Dörte"],
           ["Stefan", "Jürgen", "Tobias", "Matthias", "Florian", "Uwe", "Dieter", "Jonas", "Torsten",
            "Henrik", "Malte", "Björn"],
           ["Schneider", "Hoffmann", "Zimmermann", "Krüger", "Hartmann", "Lehmann", "Köhler", "Brandt",
            "Neumann", "Schröder", "Engelhardt", "Baumgärtner", "Kretschmer", "Wilhelmi", "Oberdörfer",
            "von Bülow", "Schulte-Wieking", "Meyer-Landrut", "Jablonski", "Thießen"]),
    "at": (["Johanna", "Theresa", "Magdalena", "Veronika", "Christl", "Leonie"],
           ["Lukas", "Alois", "Florian", "Andreas", "Wolfgang", "Raphael"],
           ["Gruber", "Huber", "Pichler", "Moser", "Steiner", "Hofer", "Leitner", "Wallner", "Mayrhofer",
            "Oberhauser", "Rauchenberger", "Pöschl"]),
    "ch": (["Seraina", "Ladina", "Corinne", "Nadine", "Regula", "Annina"],
           ["Reto", "Urs", "Andrin", "Mattia", "Gian-Luca", "Thomas"],
           ["Meier", "Brunner", "Baumann", "Gerber", "Widmer", "Käser", "Bösch", "Hürlimann", "Tschudi",
            "Zwahlen", "Ammann", "Kälin"]),
    "uk": (["Bethan", "Ffion", "Fiona", "Isla", "Eilidh", "Harriet", "Amelia", "Philippa", "Rosalind",
            "Gemma", "Kirsty", "Imogen"],
           ["Gareth", "Rhys", "Callum", "Hamish", "Oliver", "Alistair", "Rupert", "Dylan", "Euan",
            "Stuart", "Toby", "Ewan"],
           ["Pemberton", "Hughes", "Llewellyn", "Ashworth", "Thornton", "Whitfield", "Campbell", "MacLeod",
            "Fraser", "Holloway", "Prendergast", "Featherstone", "Ramsbottom", "Cartwright", "Blackwood"]),
    "ie": (["Siobhán", "Aoife", "Niamh", "Ciara", "Orla", "Saoirse", "Gráinne"],
           ["Ciarán", "Cian", "Pádraig", "Eoin", "Declan", "Tadhg", "Oisín"],
           ["O'Sullivan", "McCarthy", "Fitzgerald", "Byrne", "Walsh", "Kavanagh", "Gallagher",
            "Ní Bhriain", "Mac Giolla Phádraig", "O'Donoghue", "Moynihan"]),
    "it": (["Giulia", "Chiara", "Francesca"], ["Matteo", "Lorenzo", "Davide"],
           ["Romano", "Esposito", "Colombo", "De Luca", "Marchetti"]),
    "gr": (["Eleni", "Dimitra"], ["Giorgos", "Nikos"], ["Papadopoul*", "Konstantinidis", "Alexiou"]),
    "es": (["Lucía", "Carmen"], ["Javier", "Álvaro"], ["Fernández García", "Ruiz Moreno", "Navarro"]),
}

# language-specific pools of heritages (weights by repetition)
POOLS = {
    "nl": ["nl"] * 6 + ["ma", "ma", "tr", "tr", "sr", "sr", "mol", "cn", "vn", "in", "ng", "gh", "er",
                        "so", "pl", "ua", "sy", "pt", "ph", "it"],
    "be": ["be"] * 6 + ["ma", "tr", "pl", "it", "ng", "es"],
    "en": ["uk"] * 5 + ["ie"] * 3 + ["in", "in", "ng", "gh", "pl", "pt", "cn", "it", "gr", "es", "ph", "sy"],
    "de": ["de"] * 6 + ["tr", "tr", "pl", "gr", "it", "sy", "ua", "er", "vn"],
    "at": ["at"] * 5 + ["tr", "pl", "de"],
    "ch": ["ch"] * 5 + ["it", "pt", "de"],
}

# towns: (name, postcode-maker spec)
NL_TOWNS = [("Utrecht", "35"), ("Zwolle", "80"), ("Leeuwarden", "89"), ("Assen", "94"), ("Deventer", "74"),
            ("Tilburg", "50"), ("Almere", "13"), ("Haarlem", "20"), ("Den Bosch", "52"), ("Enschede", "75"),
            ("Nijmegen", "65"), ("Groningen", "97"), ("Heerlen", "64"), ("Middelburg", "43"), ("Alkmaar", "18"),
            ("Amersfoort", "38"), ("Dordrecht", "33"), ("Apeldoorn", "73"), ("Sneek", "86"), ("Emmen", "78")]
BE_TOWNS = [("Gent", "9000"), ("Antwerpen", "2018"), ("Leuven", "3000"), ("Brugge", "8000"), ("Hasselt", "3500"),
            ("Kortrijk", "8500"), ("Mechelen", "2800"), ("Aalst", "9300"), ("Genk", "3600"),
            ("Sint-Niklaas", "9100"), ("Turnhout", "2300"), ("Roeselare", "8800")]
DE_TOWNS = [("Leipzig", "04"), ("Dresden", "01"), ("Köln", "50"), ("Hamburg", "22"), ("Bremen", "28"),
            ("Freiburg im Breisgau", "79"), ("Kassel", "34"), ("Münster", "48"), ("Düsseldorf", "40"),
            ("Stuttgart", "70"), ("Nürnberg", "90"), ("Berlin", "10")]
AT_TOWNS = [("Wien", None), ("Graz", "8010"), ("Linz", "4020"), ("Salzburg", "5020"), ("Innsbruck", "6020")]
CH_TOWNS = [("Zürich", "80"), ("Bern", "30"), ("Basel", "40"), ("Luzern", "60"), ("Winterthur", "84"),
            ("St. Gallen", "90")]
UK_TOWNS = [("Leeds", "LS6"), ("Bristol", "BS3"), ("Manchester", "M14"), ("Glasgow", "G12"), ("Edinburgh", "EH6"),
            ("Cardiff", "CF24"), ("Nottingham", "NG7"), ("Belfast", "BT9"), ("Sheffield", "S11"),
            ("Newcastle upon Tyne", "NE6"), ("York", "YO10"), ("Brighton", "BN2")]
IE_TOWNS = ["Dublin 9", "Dublin 6W", "Cork", "Galway", "Limerick", "Kilkenny"]

NL_STREETS = ["Lindelaan", "Berkenhof", "Kastanjestraat", "Molenweg", "Dorpsstraat", "Prinses Irenestraat",
              "Burgemeester Falkenaweg", "Laan van Vollenhove", "Zonnebloemstraat", "Nieuwe Gracht",
              "Oude Rijksweg", "Vlasakker", "Esdoornlaan", "Schoolstraat", "Wilhelminapark", "Achterom",
              "Kerkpad", "Van Speijkstraat", "Tolhuisweg", "Graaf Florisstraat", "Sluiskade", "Hoge Hondstraat",
              "Ganzenmarkt", "Koekoekstraat", "Plataanweg", "Eikenhorst", "Brink", "Noorderhaven"]
BE_STREETS = ["Kerkstraat", "Stationsstraat", "Steenweg op Gent", "Nieuwstraat", "Kortrijksesteenweg",
              "Antwerpsestraat", "Koningin Astridlaan", "Sint-Jansstraat", "Molenstraat", "Dorp-West",
              "Brugsesteenweg", "Hoogstraat", "Leopoldlaan", "Kouter", "Meersstraat", "Veldstraat"]
DE_STREETS = ["Lindenstraße", "Goethestraße", "Am Mühlbach", "Schillerplatz", "Kastanienallee", "Hauptstraße",
              "Bahnhofstr.", "Rosenweg", "Eichendorffstraße", "An der Alster", "Friedrich-Ebert-Straße",
              "Bergstraße", "Birkenweg", "Kirchgasse", "Am Sonnenhang", "Waldstraße"]
AT_STREETS = [("Mariahilfer Straße", "Wien"), ("Hernalser Hauptstraße", "Wien"), ("Wiedner Gürtel", "Wien"),
              ("Schönbrunner Straße", "Wien"), ("Klosterneuburger Straße", "Wien"), ("Rennweg", "Wien"),
              ("Annenstraße", "Graz"), ("Leonhardstraße", "Graz"), ("Linzer Gasse", "Salzburg"),
              ("Landstraße", "Linz"), ("Maria-Theresien-Straße", "Innsbruck")]
CH_STREETS = ["Bahnhofstrasse", "Seefeldstrasse", "Badenerstrasse", "Schaffhauserstrasse", "Zähringerstrasse",
              "Spitalgasse", "Dorfstrasse", "Rütistrasse", "Hohlstrasse", "Weinbergstrasse"]
UK_STREETS = ["Green Lane", "Mill Road", "Church Street", "Victoria Road", "Station Road", "Westbourne Grove",
              "Hollybank Crescent", "Kingsley Avenue", "Orchard Close", "Marlborough Terrace", "Heathfield Drive",
              "Canal Street", "Beech Grove", "Albion Place"]
IE_STREETS = ["Griffith Avenue", "Harbour View", "Main Street", "Castle Road", "Ashgrove Park", "Seaview Terrace"]

NL_BANKS = ["RABO", "INGB", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"]
UK_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]
IE_BANKS = ["AIBK", "BOFI", "IPBS"]
MAIL_NL = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "icloud.com",
           "xs4all.nl", "planet.nl"]
MAIL_BE = ["telenet.be", "skynet.be", "gmail.com", "hotmail.be", "proximus.be"]
MAIL_DE = ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"]
MAIL_AT = ["gmx.at", "aon.at", "chello.at", "gmail.com"]
MAIL_CH = ["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com"]
MAIL_UK = ["gmail.com", "yahoo.co.uk", "btinternet.com", "outlook.com", "hotmail.co.uk", "icloud.com"]
MAIL_IE = ["eircom.net", "gmail.com", "yahoo.ie", "outlook.ie"]

AGENTS = {"nl": ["Ruben", "Mirte", "Yara", "Jelle", "Lieke", "Noa", "Jasper"],
          "en": ["Hannah", "Ruben", "Mirte", "Jasper"],
          "de": ["Lea", "Jonas", "Mirte", "Ruben"]}

MONTH_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
            "oktober", "november", "december"]
MONTH_NL_ABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]
MONTH_EN_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
MONTH_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
            "November", "Dezember"]


def ordinal(n):
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


class Person:
    def __init__(self, first, last, gender):
        self.first, self.last, self.gender = first, last, gender

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def initials(self):
        parts = re.split(r"[ -]", self.first)
        return "".join(p[0] + "." for p in parts if p)

    @property
    def init_last(self):
        return f"{self.initials} {self.last}"

    @property
    def Last(self):
        """surname standing alone (Dutch rule: particle capitalised)"""
        return self.last[0].upper() + self.last[1:]

    @property
    def surname_key(self):
        """'Surname, Given' form for forms (particle behind the given name as Dutch forms do)."""
        m = re.match(r"((?:[a-z']+ )+)(.*)", self.last)
        if m:
            return f"{m.group(2)}, {self.first} {m.group(1).strip()}"
        return f"{self.last}, {self.first}"


class Gen:
    """All random data of one message."""

    def __init__(self, rng: random.Random, lang: str):
        self.r = rng
        self.lang = lang
        self.used_first, self.used_last = set(), set()

    # -- basics
    def pick(self, seq):
        return self.r.choice(seq)

    def digits(self, n, first_nonzero=False):
        s = "".join(self.r.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.r.choice("123456789") + s[1:]
        return s

    # -- people
    def her(self, pool=None):
        """one heritage for a family"""
        return self.r.choice(POOLS[pool or self.lang])

    def person(self, pool=None, gender=None, double=False, her=None):
        pool = pool or self.lang
        fixed = her
        for _ in range(200):
            her = fixed or (self.r.choice(POOLS[pool]) if pool in POOLS else pool)
            fem, mal, sur = H[her]
            g = gender or self.r.choice("fm")
            first = self.r.choice(fem if g == "f" else mal)
            last = self.r.choice(sur)
            if last.endswith("*"):
                stem = last[:-1]
                last = stem + ("a" if g == "f" else "i") if her == "pl" else stem + ("ou" if g == "f" else "os")
            if double and her in ("nl", "de", "be", "uk"):
                other = self.r.choice(sur)
                if other.endswith("*") or other == last:
                    continue
                last = f"{last}-{other}"
            toks = set(re.split(r"[ -]", last)) - {"van", "de", "der", "den", "ten", "ter", "in", "'t", "von",
                                                     "El", "Al", "De", "Van", "Mac", "Ní", "da", "Dela"}
            if first in self.used_first or toks & self.used_last or first in toks:
                continue
            self.used_first.add(first)
            self.used_last |= toks
            return Person(first, last, g)
        raise RuntimeError("out of names")

    def agent(self):
        for _ in range(50):
            a = self.r.choice(AGENTS[self.lang])
            if a not in self.used_first:
                self.used_first.add(a)
                return a
        raise RuntimeError

    # -- numbers
    def bsn(self):
        while True:
            d = [self.r.randrange(10) for _ in range(8)]
            c = sum((9 - i) * d[i] for i in range(8)) % 11
            if c == 10 or (d[0] == 0 and self.r.random() < 0.8):
                continue
            s = "".join(map(str, d)) + str(c)
            if int(s) and elfproef(s):
                return s

    def non_bsn9(self):
        while True:
            s = self.digits(9, first_nonzero=True)
            if not elfproef(s):
                return s

    def bsn_fmt(self, s, style):
        return {"plain": s, "dots": f"{s[:4]}.{s[4:6]}.{s[6:]}", "space": f"{s[:3]} {s[3:6]} {s[6:]}",
                "dash": f"{s[:3]}-{s[3:6]}-{s[6:]}", "dots2": f"{s[:2]}.{s[2:4]}.{s[4:6]}.{s[6:]}"}[style]

    def iban(self, cc="NL"):
        if cc == "NL":
            bban = self.pick(NL_BANKS) + self.digits(10)
        elif cc == "BE":
            x = self.digits(3, True) + self.digits(7)
            bban = x + f"{int(x) % 97 or 97:02d}"
        elif cc == "DE":
            bban = self.r.choice("12345678") + self.digits(7) + self.digits(10)
        elif cc == "AT":
            bban = self.r.choice("123456") + self.digits(4) + self.digits(11)
        elif cc == "CH":
            bban = "00" + self.digits(3) + self.digits(12)
        elif cc == "GB":
            bban = self.pick(UK_BANKS) + self.digits(6) + self.digits(8)
        elif cc == "IE":
            bban = self.pick(IE_BANKS) + self.digits(6) + self.digits(8)
        elif cc == "LU":
            bban = self.digits(3) + self.digits(13)
        else:
            raise ValueError(cc)
        v = iban_make(cc, bban)
        assert iban_ok(v)
        return v

    def card(self, brand="visa"):
        if brand == "visa":
            body = "4" + self.pick(["539", "921", "716", "000", "484", "658"]) + self.digits(11)
        elif brand == "mc":
            body = self.pick(["5168", "5413", "5355", "2223", "2306", "5574"]) + self.digits(11)
        elif brand == "amex":
            body = self.pick(["34", "37"]) + self.digits(12)
        elif brand == "maestro":
            body = "6759" + self.digits(14)
        else:
            raise ValueError
        v = luhn_complete(body)
        assert card_ok(v), v
        return v

    def card_fmt(self, v):
        if len(v) == 15:
            return f"{v[:4]} {v[4:10]} {v[10:]}"
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))

    def btw(self):
        while True:
            d9 = self.digits(9, True)
            if elfproef(d9):
                continue
            for sfx in ("01", "02"):
                s = f"NL{d9}B{sfx}"
                if mod97(s) == 1:
                    return s

    def kvk(self):
        return self.r.choice("3456789") + self.digits(7)

    def public_ip(self):
        while True:
            a = self.r.choice([31, 37, 45, 46, 62, 77, 78, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91,
                               92, 94, 95, 109, 141, 145, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217])
            v = f"{a}.{self.r.randrange(256)}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"
            if ip_ok(v):
                return v

    def public_ipv6(self):
        pre = self.pick(["2a02:a46f", "2a02:1810", "2001:1c00", "2a01:598", "2a02:8109"])
        groups = [f"{self.r.randrange(1, 65536):x}" for _ in range(4)]
        v = f"{pre}:{groups[0]}:{groups[1]}::{groups[2]}:{groups[3]}"
        assert ip_ok(v), v
        return v

    def date(self, y0, y1):
        while True:
            try:
                return _dt.date(self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28 + self.r.randint(0, 3)))
            except ValueError:
                continue

    # -- phones
    def nl_mobile(self, style=None):
        n = "6" + self.r.choice("1234558") + self.digits(7)  # NSN
        st = style or self.pick(["06-8", "06 4 4", "06nosep", "+31 6", "+31(0)6-", "0031", "06 2222", "06 - 3 3 2"])
        s = n[1:]
        return {"06-8": f"06-{s}", "06 4 4": f"06 {s[:4]} {s[4:]}", "06nosep": f"06{s}",
                "+31 6": f"+31 6 {s}", "+31(0)6-": f"+31(0)6-{s}", "0031": f"0031 6 {s[:4]} {s[4:]}",
                "06 2222": f"06-{s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", "06 - 3 3 2": f"06 - {s[:3]} {s[3:6]} {s[6:]}",
                "+316": f"+316{s}", "06 8": f"06 {s}", "+31 6 2": f"+31 6 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}"}[st]

    def nl_fixed(self):
        if self.r.random() < 0.5:
            a = self.pick(NL_AREA2)
            sub = self.r.choice("23456789") + self.digits(6)
            return self.pick([f"0{a}-{sub}", f"0{a} {sub[:3]} {sub[3:]}", f"(0{a}) {sub[:3]} {sub[3:5]} {sub[5:]}",
                              f"+31 {a} {sub}"])
        a = self.pick(NL_AREA3)
        sub = self.r.choice("23456789") + self.digits(5)
        return self.pick([f"0{a}-{sub}", f"0{a} {sub}", f"0{a} {sub[:2]} {sub[2:4]} {sub[4:]}"])

    def be_mobile(self):
        s = "4" + self.r.choice("56789") + self.digits(7)
        return self.pick([f"0{s[:3]} {s[3:5]} {s[5:7]} {s[7:]}", f"0{s[:3]}/{s[3:5]}.{s[5:7]}.{s[7:]}",
                          f"+32 {s[:3]} {s[3:5]} {s[5:7]} {s[7:]}", f"0032 {s}", f"0{s[:3]}{s[3:]}",
                          f"0{s[:3]} {s[3:6]} {s[6:]}"])

    def be_fixed(self):
        z = self.pick(["2", "3", "9", "50", "56", "16", "11", "15", "53", "89"])
        if z in ("2", "3"):
            sub = self.r.choice("2345678") + self.digits(6)
        elif z == "9":
            sub = self.r.choice("234") + self.digits(6)
        else:
            sub = self.r.choice("23456789") + self.digits(5)
        if len(z) == 1:
            return self.pick([f"0{z} {sub[:3]} {sub[3:5]} {sub[5:]}", f"+32 {z} {sub[:3]} {sub[3:5]} {sub[5:]}"])
        return self.pick([f"0{z} {sub[:2]} {sub[2:4]} {sub[4:]}", f"0{z}/{sub[:2]}.{sub[2:4]}.{sub[4:]}"])

    def de_mobile(self):
        p = self.pick(["151", "160", "171", "176", "152", "162"])
        rest = self.digits(8 if p in ("151", "176", "152") else 7)
        return self.pick([f"0{p} {rest}", f"0{p}-{rest}", f"+49 {p} {rest}", f"+49 (0){p} {rest}", f"0049 {p} {rest}",
                          f"0{p}/{rest}"])

    def de_fixed(self):
        a = self.pick(["30", "40", "89", "221", "341", "351", "421", "761", "561", "251"])
        rest = self.r.choice("2345678") + self.digits(7 if len(a) == 2 else 6)
        return self.pick([f"0{a} {rest}", f"0{a}/{rest}", f"+49 {a} {rest}", f"+49 (0){a} {rest}",
                          f"0{a}-{rest[:3]} {rest[3:]}"])

    def at_phone(self, town="Wien"):
        if self.r.random() < 0.6 or town != "Wien":
            p = self.pick(["664", "676", "660", "650"])
            rest = self.digits(7)
            return self.pick([f"0{p} {rest}", f"+43 {p} {rest}", f"0{p}/{rest[:3]} {rest[3:]}", f"+43 (0){p} {rest}"])
        rest = self.r.choice("2345678") + self.digits(6)
        return self.pick([f"01 {rest[:3]} {rest[3:5]} {rest[5:]}", f"+43 1 {rest}"])

    def ch_phone(self):
        if self.r.random() < 0.6:
            p = self.pick(["79", "78", "76", "77"])
            rest = self.r.choice("2345678") + self.digits(6)
            return self.pick([f"0{p} {rest[:3]} {rest[3:5]} {rest[5:]}", f"+41 {p} {rest[:3]} {rest[3:5]} {rest[5:]}",
                              f"0041 {p} {rest}"])
        p = self.pick(["44", "31", "61", "41", "52", "71"])
        rest = self.r.choice("2345678") + self.digits(6)
        return self.pick([f"0{p} {rest[:3]} {rest[3:5]} {rest[5:]}", f"+41 {p} {rest[:3]} {rest[3:5]} {rest[5:]}"])

    def uk_phone(self, kind=None):
        kind = kind or self.pick(["mob", "mob", "geo", "ldn", "cdf", "bel"])
        x = self.digits(3)
        if kind == "mob":
            return self.pick([f"07700 900{x}", f"+44 7700 900{x}", f"07700900{x}", f"+44 (0)7700 900 {x}"])
        if kind == "geo":
            a = self.pick(["0113", "0114", "0115", "0117", "0121", "0131", "0141", "0161", "0191"])
            return self.pick([f"{a} 496 0{x}", f"+44 {a[1:]} 496 0{x}", f"({a}) 4960{x}"])
        if kind == "ldn":
            return self.pick([f"020 7946 0{x}", f"+44 20 7946 0{x}"])
        if kind == "cdf":
            return f"029 2018 0{x}"
        if kind == "bel":
            return self.pick([f"028 9649 6{x}", f"+44 28 9649 6{x}"])
        return f"01632 960{x}"

    # -- addresses
    def nl_pc(self, prefix2):
        while True:
            letters = self.r.choice("ABCDEGHJKLMNPRTVWXZ") + self.r.choice("ABCDEGHJKLMNPRSTVWXZ")
            if letters not in ("SA", "SD", "SS"):
                return f"{prefix2}{self.digits(2)} {letters}"

    def nl_addr(self):
        town, p2 = self.pick(NL_TOWNS)
        street = self.pick(NL_STREETS)
        nr = str(self.r.randint(1, 180))
        nr += self.pick(["", "", "", "a", "b", "-2", "-II", " hs", "A", " bis"])
        return f"{street} {nr}", self.nl_pc(p2), town

    def be_addr(self):
        town, pc = self.pick(BE_TOWNS)
        street = self.pick(BE_STREETS)
        nr = str(self.r.randint(1, 240)) + self.pick(["", "", " bus 3", " bus 12", "/2", "/0101", "A", " b4"])
        return f"{street} {nr}", pc, town

    def de_addr(self):
        town, p2 = self.pick(DE_TOWNS)
        street = self.pick(DE_STREETS)
        nr = str(self.r.randint(1, 120)) + self.pick(["", "", "", "a", "b", " c"])
        return f"{street} {nr}", p2 + self.digits(3), town

    def at_addr(self):
        street, town = self.pick(AT_STREETS)
        pc = dict(AT_TOWNS)[town]
        if pc is None:
            pc = f"1{self.r.randint(1, 23):02d}0"
        nr = str(self.r.randint(1, 160)) + self.pick(["", f"/{self.r.randint(1, 30)}",
                                                      f"/{self.r.randint(1, 4)}/{self.r.randint(1, 25)}",
                                                      f"/Stiege {self.r.randint(1, 3)}/Top {self.r.randint(1, 20)}"])
        return f"{street} {nr}", pc, town

    def ch_addr(self):
        town, p2 = self.pick(CH_TOWNS)
        street = self.pick(CH_STREETS)
        nr = str(self.r.randint(1, 140)) + self.pick(["", "", "a", "b"])
        return f"{street} {nr}", p2 + self.digits(2), town

    def uk_addr(self):
        town, outward = self.pick(UK_TOWNS)
        street = self.pick(UK_STREETS)
        inward = self.r.choice("123456789") + self.r.choice("ABDEFGHJLNPQRSTUWXYZ") + self.r.choice("ABDEFGHJLNPQRSTUWXYZ")
        nr = str(self.r.randint(1, 140))
        line = self.pick([f"{nr} {street}", f"{nr} {street}", f"Flat {self.r.randint(1, 12)}, {nr} {street}",
                          f"{nr}a {street}"])
        return line, f"{outward} {inward}", town

    def ie_addr(self):
        return f"{self.r.randint(1, 90)} {self.pick(IE_STREETS)}", self.pick(IE_TOWNS)

    # -- e-mail
    def email(self, p: Person, domains):
        f = strip_accents(p.first).lower().replace(" ", "").replace("'", "")
        l = strip_accents(p.last).lower().replace(" ", "").replace("'", "")
        form = self.pick([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{self.r.randint(1, 99)}", f"{f}_{l[:4]}",
                          f"{l}.{f[0]}", f"{f}{self.r.randint(70, 99)}"])
        return f"{form}@{self.pick(domains)}"

    # -- dates of birth
    def dob(self, y0=1935, y1=2019, style=None, lang=None):
        d = self.date(y0, y1)
        lang = lang or self.lang
        st = style or self.pick(["dmy-", "dmy/", "dmy.", "written"])
        if st == "dmy-":
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        if st == "dmy/":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if st == "dmy.":
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if st == "d-m-y":
            return f"{d.day}-{d.month}-{d.year}"
        if st == "iso":
            return d.isoformat()
        if st == "yy":
            return f"{d.day:02d}-{d.month:02d}-'{d.year % 100:02d}"
        if st == "dmyy.":
            return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}" if d.year < 2000 else f"{d.day:02d}.{d.month:02d}.{d.year}"
        if st == "written":
            if lang == "nl":
                return f"{d.day} {MONTH_NL[d.month - 1]} {d.year}"
            if lang == "de":
                return f"{d.day}. {MONTH_DE[d.month - 1]} {d.year}"
            return self.pick([f"{d.day} {MONTH_EN[d.month - 1]} {d.year}", f"{ordinal(d.day)} {MONTH_EN[d.month - 1]} {d.year}",
                              f"{MONTH_EN[d.month - 1]} {d.day}, {d.year}"])
        if st == "abbr":
            if lang == "nl":
                return f"{d.day} {MONTH_NL_ABBR[d.month - 1]} {d.year}"
            return f"{d.day} {MONTH_EN_ABBR[d.month - 1]} {d.year}"
        raise ValueError(st)

    def some_date(self, y0=2025, y1=2025, style="dmy-"):
        return self.dob(y0, y1, style=style)


def strip_accents(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------------------------------
# scenarios
# ---------------------------------------------------------------------------------------
SCEN = []


def scenario(lang, pii, n=2):
    def deco(f):
        SCEN.append((lang, f.__name__, pii, n, f))
        return f
    return deco


def J(*lines):
    return "\n".join(lines)


def org_phone(g):
    return g.pick(ORG_PHONE_FORMS[:6])


def org_iban(g):
    return g.pick(["NL71RABO0312458766", "NL71 RABO 0312 4587 66"])


def order9(g, valid=True):
    """a 9-digit order/ticket/reference number; valid=True -> passes the elfproef (trap)"""
    return g.bsn() if valid else g.non_bsn9()


def nl_docnr(g, first):
    """NL passport / ID-card number: 2 letters, 6 letters-or-digits (mostly digits), 1 digit; no letter O"""
    letters = "ABCDEFGHJKLMNPRSTUVWXZ"
    while True:
        mid = "".join(g.r.choice(letters) if g.r.random() < 0.35 else g.r.choice("123456789") for _ in range(6))
        doc = first + g.r.choice(letters) + mid + g.r.choice("123456789")
        if NL_DOC_RX.fullmatch(doc):
            return doc


def ts(g, fmt, day=None, hh=None):
    """timestamps within one message are monotonic"""
    d = day or g.date(2025, 2025)
    t = getattr(g, "_t", None)  # seconds since midnight
    if t is None or (hh is not None and hh * 3600 > t):
        t = (hh if hh is not None else g.r.randint(8, 20)) * 3600 + g.r.randint(0, 25 * 60)
    else:
        t += g.r.randint(5, 9 * 60)
    g._t = t = min(t, 24 * 3600 - 1)
    h, rest = divmod(t, 3600)
    m, s = divmod(rest, 60)
    return {"wa_ios": f"[{d.day:02d}-{d.month:02d}-{d.year % 100:02d} {h:02d}:{m:02d}:{s:02d}]",
            "wa_and": f"{d.day:02d}/{d.month:02d}/{d.year}, {h:02d}:{m:02d} -",
            "wa_uk": f"[{d.day:02d}/{d.month:02d}/{d.year}, {h:02d}:{m:02d}:{s:02d}]",
            "hm": f"{h:02d}:{m:02d}"}[fmt]


def dstr(d, style="dmy-"):
    if style == "dmy-":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "dmy/":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dmy.":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "nl":
        return f"{d.day} {MONTH_NL[d.month - 1]}"
    if style == "nlY":
        return f"{d.day} {MONTH_NL[d.month - 1]} {d.year}"
    if style == "en":
        return f"{d.day} {MONTH_EN[d.month - 1]}"
    if style == "enY":
        return f"{d.day} {MONTH_EN[d.month - 1]} {d.year}"
    if style == "de":
        return f"{d.day}. {MONTH_DE[d.month - 1]}"
    if style == "deY":
        return f"{d.day}. {MONTH_DE[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


# ======================================== NL: personal data ============================
@scenario("nl", True)
def nl_dm_verhuisd(g, k):
    if k == 0:
        p = g.person("nl")
        street, pc, town = g.nl_addr()
        ostreet, opc, otown = g.nl_addr()
        d = g.date(2025, 2025)
        return J(f"hoi! ff een vraagje 🙈 we zijn vorige week verhuisd, kunnen jullie de service-afspraak van "
                 f"{dstr(d, 'nl')} verzetten naar ons nieuwe adres?",
                 f"{ADR(street.lower())} {PC(pc.replace(' ', ''))} {town.lower()} 🏡",
                 f"oud adres was {ADR(ostreet)} in {otown}, dat mag uit jullie systeem wat mij betreft",
                 "de fiets (Polderpad 3, zwart) staat gewoon in de schuur",
                 f"thx!! groetjes {PER(p.first.lower())} 😘")
    p = g.person("be")
    street, pc, town = g.be_addr()
    return J("Dag Wolkenfiets,",
             f"Wij zijn verhuisd 🙂 Nieuw adres: {ADR(street)}, {PC(pc)} {town}.",
             f"Kan de herstelling van mijn fiets daar opgehaald worden? Ik ben thuis vanaf 17u, mijn gsm is "
             f"{TEL(g.be_mobile())}. Zeker niet bellen voor 9u aub 😅",
             "Alvast merci!",
             "Mvg",
             PER(p.full))


@scenario("nl", True)
def nl_wa_export_gezin(g, k):
    pool = "nl" if k == 0 else "be"
    her = g.her(pool)
    mom = g.person(pool, gender="f", her=her)
    dad = g.person(pool, gender="m", her=her)
    kid1 = g.person(pool, gender="f", her=her).first
    kid2 = g.person(pool, gender="m", her=her).first
    day = g.date(2025, 2025)
    fmt = "wa_ios" if k == 0 else "wa_and"
    lev = day + _dt.timedelta(days=g.r.randint(5, 30))
    agent = g.agent()
    W = "Wolkenfiets" if k == 0 else "Wolkenfiets België"
    if k == 0:
        d1 = g.dob(2009, 2015, "dmy-")
        d2 = g.dob(2012, 2017, "written")
        d3 = g.dob(1975, 1986, "d-m-y")
        return J(
            f"{ts(g, fmt, day, 9)} {PER(mom.full)}: Goedemorgen! Ik wil mijn dochter {PER(kid1)} en mijn zoon {PER(kid2)} "
            f"toevoegen aan ons gezinsabonnement 🚲🚲",
            f"{ts(g, fmt, day, 9)} {PER(mom.full)}: {PER(kid1)} is geboren op {DOB(d1)}, {PER(kid2)} op {DOB(d2)}",
            f"{ts(g, fmt, day, 9)} {PER(mom.full)}: oja en mijn man {PER(dad.full)} wil ook een fiets, geb. {DOB(d3)}",
            f"{ts(g, fmt, day, 10)} {W}: Hoi {PER(mom.first)}! Top, dat kan. We kunnen de fietsen op "
            f"{dstr(lev, 'dmy-')} leveren tussen 8:00 en 12:00 uur. ^{PER(agent)}",
            f"{ts(g, fmt, day, 10)} {PER(mom.full)}: 👍👍 perfect, dank je {PER(agent)}!")
    d1 = g.dob(2008, 2014, "dmy/")
    d2 = g.dob(2010, 2016, "dmy/")
    return J(
        f"{ts(g, fmt, day, 19)} {PER(mom.full)}: Hallo, wij hebben vorige week 2 kinderfietsen besteld (bestelling "
        f"{order9(g, True)}) maar de maat klopt niet denk ik",
        f"{ts(g, fmt, day, 19)} {PER(mom.full)}: {PER(kid1)} is ° {DOB(d1)} en {PER(kid2)} ° {DOB(d2)}, is 24 inch dan niet te groot?",
        f"{ts(g, fmt, day, 20)} {W}: Dag {PER(mom.first)}, voor {PER(kid2)} raden we 20 inch aan. Zullen we de levering van "
        f"{dstr(lev, 'dmy/')} aanpassen? Groetjes, {PER(agent)}",
        f"{ts(g, fmt, day, 20)} {PER(mom.full)}: ja graag! mijn man {PER(dad.first)} is die dag thuis, zijn gsm is {TEL(g.be_mobile())}",
        f"{ts(g, fmt, day, 20)} {W}: Genoteerd 👍")


@scenario("nl", True)
def nl_public_reply_bel_me(g, k):
    p = g.person("nl", gender="m")
    o = order9(g, True)
    if k == 0:
        return J(f"@wolkenfiets al 3 weken wachten op mijn fiets 😡😡 bestelling {o} #wolkenfiets #nooitmeer",
                 "",
                 "↳ @wolkenfiets: Hee, dat is balen! Stuur je ons even een DM met je bestelnummer? Dan zoeken we het uit 🙏",
                 "",
                 f"[DM] ok hier, bestelnr {o}. bel me ff op {TEL(g.nl_mobile('06nosep'))} aub, ben na 5 uur thuis. "
                 f"en nee ik heb geen mail gehad idd",
                 f"[DM] {PER(p.first.lower())}")
    return J(f"wss ben ik niet de enige maar jullie app doet het weer niet 🙄 @wolkenfiets",
             "",
             "↳ @lotte_fietst: bij mij ook niet hoor sinds de update",
             "↳ @wolkenfiets: Klopt, er is een storing, we werken eraan! Meer info: status.wolkenfiets.example",
             "",
             f"[DM naar @wolkenfiets] ff prive: mijn abonnement loopt via mijn vriend {PER(p.full)}, kan hij gebeld worden "
             f"op {TEL(g.nl_mobile('+31 6'))}? hij snapt de app beter dan ik 😂 ticket {order9(g, True)}")


@scenario("nl", True)
def nl_brief_ocr(g, k):
    if k == 0:
        her = g.her("nl")
        p = g.person("nl", gender="m", her=her)
        ta = g.person("nl")
        sp = Person(g.person("nl", gender="f", her=her).first, f"{p.last}-{g.pick(['Bolt', 'Kramers', 'Roodenburg', 'Evers'])}", "f")
        street, pc, town = g.nl_addr()
        klant = order9(g, True)
        d = g.date(2025, 2025)
        return J(f"Dhr. {PER(p.init_last)}",
                 ADR(street),
                 f"{PC(pc)}  {town.upper()}",
                 "",
                 "Wolkenfiets B.V.",
                 f"t.a.v. {'mevr.' if ta.gender == 'f' else 'dhr.'} {PER(ta.init_last)}, afdeling Klantenservice",
                 "Postbus 2207",
                 "3500 GE  UTRECHT",
                 "",
                 f"{town}, {dstr(d, 'nlY')}",
                 "",
                 "Betreft: 0pzegging abonnement",
                 f"Uw kenmerk: WF/2025/{g.digits(5)}",
                 f"Klantnummer: {klant}",
                 "",
                 "Geachte heer/rnevrouw,",
                 "",
                 "Hierbij zeg ik het abonnement op mijn Polderpad 3 op per de eerstvolgende maand. Tevens wil ik het abonne-",
                 f"ment van mijn echtgenote, mevr. {PER(sp.init_last)}, opzeggen (klantnummer {g.non_bsn9()}).",
                 "De fietsen kunnen worden opgehaald op bovenstaand adres. Ik ben overdag bereikbaar op",
                 f"{TEL(g.nl_fixed())}. Zoals besproken met {'mevrouw' if ta.gender == 'f' else 'de heer'} {PER(ta.Last)} aan de telefoon.",
                 f"Het restant van de borg graag terugstorten op {IBN(iban_spaced(g.iban('NL')))} t.n.v. {PER(p.init_last)}.",
                 "",
                 "Met vriendelijke groet,",
                 "",
                 "",
                 PER(p.full),
                 "",
                 "- 1 -")
    p = g.person("be")
    sz = g.person("be", gender="m")
    street, pc, town = g.be_addr()
    rrn_base = f"{g.r.randint(60, 99):02d}{g.r.randint(1, 12):02d}{g.r.randint(1, 28):02d}{g.r.randint(1, 997):03d}"
    rrn = rrn_base + f"{97 - int(rrn_base) % 97:02d}"
    assert be_rrn_ok(rrn)
    rrn_f = f"{rrn[:2]}.{rrn[2:4]}.{rrn[4:6]}-{rrn[6:9]}.{rrn[9:]}"
    return J(PER(p.full.upper()),
             ADR(street),
             f"{PC(pc)} {town}",
             "",
             "Aan: Wolkenfiets België BV",
             "Klantendienst",
             "",
             f"Uw kenmerk: SCH-{g.digits(6)}",
             f"Ons kenmerk: {g.digits(4)}/{p.initials.replace('.', '')}",
             "Betreft: schade aan huurfiets - uw brief van 3 maart 2025",
             "",
             "Geachte heer, mevrouw,",
             "",
             "In antwoord op uw brief betreffende de schade aan de huurfiets (Dijkweg 7, framenr. WF24-"
             f"{g.digits(6)}): de schade is ontstaan op 22 februari toen mijn schoonzoon {PER(sz.full)} de fiets",
             "leende. Hij heeft zelf een verzekering en zal u contacteren.",
             f"Gelieve de factuur op mijn naam te sturen. Rijksregisternummer zoals gevraagd: {rrn_f}",
             f"Voor vragen: {TEL(g.be_fixed())} (na 18u).",
             "",
             "Hoogachtend,",
             "",
             PER(p.full))


@scenario("nl", True)
def nl_messenger_terugstorten(g, k):
    p = g.person("nl")
    agent = g.agent()
    ib = g.iban("NL")
    if k == 0:
        return J(PER(p.full),
                 "hoii ik heb 2x betaald voor mei 😅 (2x €24,95 via ideal)",
                 PER(p.full),
                 f"kunnen jullie het terugstorten op {IBN(ib)}",
                 PER(p.full),
                 f"t.n.v. {PER(p.init_last)} dus",
                 "Wolkenfiets",
                 f"Hoi {PER(p.first)}! Excuus, dat zetten we recht. Het bedrag staat binnen 5 werkdagen op je rekening 💸 ^{PER(agent)}",
                 "Sent 14:32",
                 PER(p.full),
                 "top thx!!")
    sp = iban_spaced(ib)
    cut = sp.index(" ", 10)
    split = sp[:cut] + "\n" + sp[cut + 1:]
    return J(PER(p.full),
             f"goeiemiddag, de borg van de huurfiets (€ 150,00) is nog steeds niet teruggestort?? retour was op 2 april",
             PER(p.full),
             f"rekeningnr is {IBN(split)}",
             PER(p.full),
             "sorry typ vanaf mn telefoon 🙈",
             "Wolkenfiets",
             f"Hoi {PER(p.first)}, we hebben het nagekeken: de terugbetaling is vandaag verwerkt (referentie {order9(g, True)}). "
             f"Groet, {PER(agent)}")


@scenario("nl", True)
def nl_koerier_buren(g, k):
    if k == 0:
        p = g.person("nl")
        kr = g.person("nl", gender="m").first
        nb = g.person("nl")
        nb2 = g.person("nl")
        street, pc, town = g.nl_addr()
        return J("Hallo, mijn pakket (nieuwe accu, zending 3SWLK" + g.digits(10) + ") is volgens de track & trace "
                 "bezorgd maar ik heb niks ontvangen 🤔",
                 f"De bezorger, volgens de buurvrouw een jongen die {PER(kr)} heette, zou het bij de buren hebben "
                 f"afgegeven. Ik heb bij {PER(nb.full)} op nummer 12 en bij fam. {PER(nb2.Last)} aangebeld maar "
                 f"niemand heeft het.",
                 f"Kunnen jullie dit uitzoeken? Mijn adres is {ADR(street)}, {PC(pc)} {town}. Mailen mag ook: {EML(g.email(p, MAIL_NL))}",
                 f"Groet, {PER(p.full)}")
    p = g.person("be", gender="f")
    nb = g.person("be", gender="m")
    street, pc, town = g.be_addr()
    return J("Allee, weer prijs 😤",
             f"De koerier heeft het pakket van mijn zus {PER(g.person('be', gender='f').first)} afgezet bij meneer "
             f"{PER(nb.Last)} van hiernaast, maar die is met verlof tot 20 april.",
             f"Kunnen jullie het opnieuw laten leveren op {ADR(street)} in {PC(pc)} {town}? Liefst in de voormiddag.",
             f"Groetjes {PER(p.first)}")


@scenario("nl", True)
def nl_be_gsm_mail(g, k):
    p = g.person("be")
    vr = g.person("be")
    town = g.pick(BE_TOWNS)[0]
    e = g.email(p, MAIL_BE)
    if k == 0:
        return J(f"Goeiendag, ik ben {PER(p.full)} uit {town}.",
                 f"Mijn fiets heeft een platte band en ik krijg de achterband er niet af 🙈 Kan er iemand langskomen? "
                 f"Mijn gsm is {TEL(g.be_mobile())}, mailen mag ook naar {EML(e)}.",
                 f"Mijn vriendin {PER(vr.first)} heeft trouwens hetzelfde probleem gehad vorige maand.",
                 f"Vele groeten, {PER(p.first)}")
    return J(f"hallo, kunnen jullie mij terugbellen ivm de factuur van maart? (factuur {g.digits(4)}-{g.digits(5)})",
             f"vast nummer {TEL(g.be_fixed())} of gsm {TEL(g.be_mobile())}",
             f"mijn mailadres is veranderd, het is nu {EML(e)}",
             f"en het teveel betaalde (€ 18,50) mag terug op {IBN(iban_spaced(g.iban('BE')))}",
             "",
             "dank u",
             PER(p.full))


@scenario("nl", True)
def nl_papieren_formulier(g, k):
    p = g.person("nl", double=(k == 1))
    street, pc, town = g.nl_addr()
    agent = g.agent()
    e = g.email(p, MAIL_NL)
    d = g.date(2025, 2025)
    if k == 0:
        return J("AANMELDFORMULIER PROEFRIT (papier, overgetypt in de winkel)",
                 f"Naam: {PER(p.surname_key.upper())}",
                 f"Adres: {ADR(street)}        Postcode/plaats: {PC(pc)} {town.upper()}",
                 f"Geb.datum: {DOB(g.dob(1950, 2004, 'dmy-'))}",
                 f"Tel: {TEL(g.nl_mobile('06 4 4'))}     E-rnail: {EML(e)}",
                 "Lengte: 1,78 m   Framemaat: 57 cm   Model: Dijkweg 7",
                 f"Proefrit op: {dstr(d, 'dmy-')} om 10:30",
                 "Handtekening: [handtekening]",
                 f"Ingevoerd door: {PER(agent)}")
    return J("--- gescand formulier, tekst herkend ---",
             "WOLKENFIETS  AANVRAAG ZAKELIJKE LEASE",
             f"Achternaam: {PER(p.last.upper())}      Roepnaam: {PER(p.first)}",
             f"Straat + huisnr: {ADR(street)}",
             f"Postcode: {PC(pc.replace(' ', ''))}   Woonplaats: {town}",
             f"Geboortedatum: {DOB(g.dob(1960, 2000, 'dmy/'))}",
             f"Mobiel: {TEL(g.nl_mobile('06-8'))}",
             f"Werkgever: Bouwbedrijf Gebr. Kok B.V.   Personeelsnr: {g.digits(6)}",
             f"Ingangsdatum lease: {dstr(d, 'dmy/')}",
             "--- einde herkenning (kwaliteit 87%) ---")


@scenario("nl", True)
def nl_kenteken_fietsendrager(g, k):
    p = g.person("nl")
    d = g.date(2025, 2025)
    letters = PLATE_LETTERS
    while True:
        sc = g.pick(["XX-999-X", "X-999-XX", "XXX-99-X", "9-XXX-99", "99-XXX-9"])
        cand = "".join(g.r.choice(letters) if c == "X" else (g.r.choice("123456789") if c == "9" else c) for c in sc)
        if kenteken_ok(cand):
            plate = cand
            break
    if k == 0:
        return J(f"Hoi! Kunnen jullie bij de levering van de {g.pick(['Polderpad 3', 'Havenkade 8'])} ook de "
                 f"fietsendrager monteren? Auto is een Skoda Octavia stationwagen, kenteken {PLATE(plate)}.",
                 f"Afspraak staat op {dstr(d, 'nl')} om 10:00. Parkeren kan voor de deur.",
                 f"gr {PER(p.full)}")
    return J("Vraagje: jullie monteur heeft gisteren bij het ophalen van mijn fiets tegen mijn auto aan gestoten "
             f"(grijze Kia, {PLATE(plate.lower().replace('-', ''))}), er zit nu een kras in de achterbumper 😕",
             "Hoe gaan we dat regelen? Foto's heb ik.",
             f"{PER(p.full)}, {TEL(g.nl_mobile())}")


@scenario("nl", True)
def nl_zzp_factuur(g, k):
    p = g.person("nl")
    kvk = g.kvk()
    btw = g.btw()
    street, pc, town = g.nl_addr()
    bedrijf = g.pick(["Snelle Spaak Koeriers", "Bakfietsbezorging Oost", "Fietskoerier Vliegwiel", "Pedaalpost"])
    if k == 0:
        return J("Hoi, ik ben fietskoerier (eenmanszaak) en wil de 3 fietsen voortaan zakelijk leasen.",
                 f"Kunnen de facturen op naam van {bedrijf}, {ADR(street)}, {PC(pc)} {town}?",
                 f"KvK {KVKm(kvk)} / btw-id {BTW(btw)}",
                 "Factuur 2025-0318 mag nog op mijn prive naam blijven.",
                 f"Groet, {PER(p.full)}")
    return J(f"Beste Wolkenfiets,",
             "",
             "Graag ontvang ik een gecorrigeerde factuur (factuurnummer WF" + g.digits(8) + "), het btw-nummer "
             "ontbreekt. Mijn gegevens:",
             f"{bedrijf}",
             f"KvK-nummer: {KVKm(kvk[:4] + ' ' + kvk[4:])}",
             f"Btw-identificatienummer: {BTW(btw)}",
             f"Contactpersoon: {PER(p.full)}, {TEL(g.nl_mobile('06 2222'))}",
             "",
             "Uw eigen gegevens (KvK 71834562, btw NL862241350B01) staan er wel goed op 😉",
             "",
             "Met vriendelijke groet,",
             PER(p.first))


@scenario("nl", True)
def nl_chat_lowercase(g, k):
    if k == 0:
        p = g.person("nl")
        fr = g.person("nl", gender="m")
        her = g.pick(["in", "in"])
        p = Person(g.pick(H["in"][0]), g.pick(H["in"][2]), "f")
        fr = Person(g.pick(H["in"][1]), p.last, "m")
        g.used_first |= {p.first, fr.first}
        agent = g.agent()
        return J(f"[chat {ts(g, 'hm')}] bezoeker: hoi",
                 f"[chat {ts(g, 'hm')}] bezoeker: ik ben {PER(p.first.lower())}, mijn vriend {PER(fr.first.lower())} en ik hebben "
                 "allebei een abbo bij jullie",
                 f"[chat {ts(g, 'hm')}] bezoeker: kan ik zijn fiets ook ophalen bij de winkel in utrecht? hij zit in het buitenland tot eind mei",
                 f"[chat {ts(g, 'hm')}] {PER(agent)} (Wolkenfiets): Hoi {PER(p.first.lower())}! Dat kan als {PER(fr.first.lower())} "
                 "een machtiging stuurt via de app 👍",
                 f"[chat {ts(g, 'hm')}] bezoeker: oke top thx",
                 f"[chat {ts(g, 'hm')}] bezoeker: zijn mail is {EML(g.email(fr, MAIL_NL))} mocht je hem nodig hebben")
    p = g.person("ma", gender="m")
    z = g.person("ma", gender="f")
    return J("jooo wolkenfiets 😤",
             f"mijn zus {PER(z.first.lower())} heeft haar fiets aan mij gegeven maar de app staat nog op haar naam",
             "hoe zet ik dat om?? ben al 2 uur bezig",
             f"haar nummer is {TEL(g.nl_mobile('06-8'))} als jullie haar moeten bellen",
             f"of mail haar: {EML(strip_accents(z.first).lower() + '.' + strip_accents(z.last).lower().replace(' ', '') + ' [at] hotmail [dot] com')}",
             f"😤 {PER(p.first.lower())}")


@scenario("nl", True)
def nl_gezin_dobs_mail(g, k):
    her = g.her("nl")
    p = g.person("nl", gender="f", her=her)
    kids = [g.person("nl", her=her).first for _ in range(3)]
    lev = g.date(2025, 2025)
    gar = _dt.date(lev.year + 2, lev.month, min(lev.day, 28))
    if k == 0:
        return J(f"Beste mensen van Wolkenfiets,",
                 "",
                 f"Op {dstr(lev, 'nlY')} worden onze drie kinderfietsen geleverd (bestelling WF-{g.digits(7)}). Voor de "
                 "kinderverzekering vroegen jullie de geboortedata:",
                 f"- {PER(kids[0])}: {DOB(g.dob(2012, 2014, 'dmy-'))}",
                 f"- {PER(kids[1])}: {DOB(g.dob(2015, 2016, 'dmy-'))}",
                 f"- {PER(kids[2])}: {DOB(g.dob(2017, 2019, 'dmy-'))}",
                 f"De garantie loopt volgens de bevestiging tot {dstr(gar, 'dmy-')}, klopt dat?",
                 "",
                 "Hartelijke groet,",
                 PER(p.full))
    dad = g.person("nl", gender="m", her=her)
    return J(f"Hallo,",
             f"wij (ik en mijn partner {PER(dad.full)}) hebben vandaag {dstr(lev, 'dmy-')} een gezinsabonnement "
             "afgesloten. In het formulier konden we maar 2 geboortedatums kwijt, dus bij deze de rest:",
             f"{PER(kids[0])} geb. {DOB(g.dob(2013, 2016, 'written'))}, {PER(kids[1])} geb. {DOB(g.dob(2016, 2019, 'abbr'))}",
             f"Ik zelf ben geboren op {DOB(g.dob(1978, 1990, 'dmy-'))} en {PER(dad.first)} op {DOB(g.dob(1976, 1990, 'dmy-'))}.",
             f"Onze afspraak voor de APK van de bakfiets is op {dstr(g.date(2025, 2025), 'dmy-')}.",
             f"Groeten, {PER(p.first)}")


@scenario("nl", True)
def nl_ip_app(g, k):
    p = g.person("nl")
    ip = g.public_ip()
    if k == 0:
        return J("ik kan al 2 dagen niet inloggen in de app (versie 4.12.0.3, android 14) 😩",
                 f"foutmelding: 'toegang geblokkeerd voor IP {IPm(ip)}'",
                 "thuis via wifi (router zegt 192.168.178.1 als gateway), via 4G werkt het wel",
                 f"kunnen jullie die blokkade eraf halen? {PER(p.first)}")
    v6 = g.public_ipv6()
    return J("Hoi, jullie site zegt 'te veel pogingen' bij het betalen van mijn abonnement.",
             f"Mijn IPv6 volgens whatismyip: {IPm(v6)} en IPv4 {IPm(ip)}.",
             "Browser: Firefox 128.0.3, firmware router 7.57 (FRITZ!Box).",
             f"Met vriendelijke groet, {PER(p.init_last)}")


@scenario("nl", True)
def nl_kaart_per_ongeluk(g, k):
    p = g.person("nl")
    if k == 0:
        c = g.card("visa")
        return J(f"oeps ik heb per ongeluk mijn hele kaartnummer in het chatvenster geplakt: {CARD(g.card_fmt(c))} 🙈🙈",
                 "kunnen jullie dat verwijderen?? de betaling van de huur (€ 89,00) ging trouwens gewoon via iDEAL",
                 f"{PER(p.first)}")
    c = g.card("mc")
    return J(f"Beste Wolkenfiets, op de site lukt het niet met mijn Mastercard. Nummer {CARD(c)}, geldig t/m 09/27.",
             f"Mijn oude kaart (eindigend op {g.digits(4)}) is verlopen. Kunnen jullie het handmatig verwerken?",
             f"Gr. {PER(p.full)}")


@scenario("nl", True)
def nl_bsn_lease(g, k):
    p = g.person("nl")
    if k == 0:
        b = g.bsn()
        return J("Hallo, voor de fiets van de zaak via mijn werkgever vroegen jullie mijn BSN en geboortedatum.",
                 f"BSN: {BSNm(g.bsn_fmt(b, g.pick(['dots', 'space', 'plain'])))}",
                 f"Geboortedatum: {DOB(g.dob(1965, 2002, 'dmy-'))}",
                 f"Personeelsnummer {g.digits(7)}, contract ingangsdatum {dstr(g.date(2025, 2025), 'dmy-')}.",
                 f"Groetjes, {PER(p.full)}")
    b = g.bsn()
    return J("hoi! ik ben zzp'er (schilder) en heb een bakfiets bij jullie gekocht",
             f"op de factuur staat mijn oude omzetbelastingnummer: {BSNm('NL' + b + 'B01')} 😬 dat is toch mijn bsn?",
             "graag een nieuwe factuur zonder dat nummer, factuur nr " + order9(g, True),
             f"groet {PER(p.first)}")


@scenario("nl", True)
def nl_paspoort_verhuur(g, k):
    p = g.person("nl")
    doc = nl_docnr(g, "N")
    if k == 0:
        return J("Voor de huur van 2 e-bikes in het weekend van 14 juni vroegen jullie een legitimatie.",
                 f"Paspoortnummer: {DOC(doc)}, geldig tot {dstr(g.date(2027, 2033), 'dmy-')}.",
                 f"Op naam van {PER(p.full)}, geboren {DOB(g.dob(1960, 2000, 'dmy-'))}.",
                 "Moet ik de kopie ook nog mailen?")
    rb = g.r.choice("45") + g.digits(9)
    return J(f"hoi, bij het ophalen van de bakfiets moest ik mijn rijbewijs laten zien en de medewerker heeft het "
             f"rijbewijsnummer ({DOC(rb)}) opgeschreven. waarom eigenlijk? voor een fiets?",
             f"graag verwijderen. {PER(p.init_last)}")


@scenario("nl", True)
def nl_buurman_ophalen(g, k):
    p = g.person("nl")
    nb = g.person("nl", gender="m")
    street, pc, town = g.nl_addr()
    if k == 0:
        return J(f"Hoi, ik ben de hele week weg. Mijn buurman {PER(nb.full)} ({ADR(street)}) neemt de fiets in ontvangst.",
                 f"Zijn nummer:{TEL(g.nl_mobile('06 - 3 3 2'))}. Hij neemt niet altijd op, dus liever appen dan bellen.",
                 f"Bedankt! {PER(p.first)}")
    bv = g.person("nl", gender="f")
    return J(f"dag, de fiets mag morgen worden opgehaald door mijn buurvrouw mevrouw {PER(bv.Last)}",
             f"zij woont op {ADR(street)}, {PC(pc)} {town} (de deur met de blauwe bloempot)",
             f"groet {PER(p.full)}")


@scenario("nl", True)
def nl_insta_thread(g, k):
    p = g.person("nl")
    fr = g.person("nl", gender="m", her=g.her("nl") if k == 0 else None)
    agent = g.agent()
    e = g.email(p, MAIL_NL)
    if k == 0:
        hd = f"{strip_accents(p.first).lower()}_{g.digits(2)}"
        return J("Reactie op post van @wolkenfiets: 'Win een Polderpad 3! Tag een vriend 🚲'",
                 "",
                 "@sanne.fietst: @mees_op_de_fiets deze moeten we hebben 😍",
                 f"@{hd}: doe mee!! tag @fietsfan_utrecht",
                 "",
                 "— DM —",
                 f"{hd}: hoi ik heb gewonnen zeggen jullie? 🥳 mijn mail is {EML(e)}",
                 f"wolkenfiets: Gefeliciteerd {PER(p.first)}! 🎉 We mailen je vandaag. ^{PER(agent)}")
    return J("Instagram DM (export)",
             f"{ts(g, 'hm')} {PER(p.full)}: goedemiddag, mijn zoontje {PER(fr.first)} was op jullie story te zien zonder dat ik "
             "toestemming had gegeven 😠",
             f"{ts(g, 'hm')} {PER(p.full)}: graag verwijderen. het is de story van zaterdag (fietsles in het park)",
             f"{ts(g, 'hm')} wolkenfiets: Wat vervelend, we halen hem direct offline! Excuses. Team Wolkenfiets",
             f"{ts(g, 'hm')} {PER(p.full)}: dank je, mail de bevestiging maar naar {EML(e)}")


@scenario("nl", True)
def nl_wa_groepsrit(g, k):
    a = g.person("nl")
    b = g.person("nl" if k == 0 else "be", gender="m")
    c = g.person("nl")
    day = g.date(2025, 2025)
    street, pc, town = (g.nl_addr() if k == 0 else g.be_addr())
    fmt = "wa_ios"
    return J(f"(doorgestuurd uit onze groepsapp 'Zondagrit 🚴‍♀️')",
             f"{ts(g, fmt, day, 8)} {PER(a.full)}: wie heeft er een pomp mee?",
             f"{ts(g, fmt, day, 8)} {PER(b.first)}: ik! verzamelen bij mij, {ADR(street)}",
             f"{ts(g, fmt, day, 8)} {PER(c.full)}: 👍🏽 ben er om 9",
             f"{ts(g, fmt, day, 11)} {PER(a.full)}: {PER(b.first)} zijn accu is leeg, hij staat stil bij de brug 😂",
             "",
             f"Dus: de accu van mijn vriend ({PER(b.full)}) is na 20 km leeg, terwijl er 80 km beloofd wordt. "
             "Kunnen jullie die testen? Hij woont op het adres hierboven, postcode " + PC(pc) + ".",
             f"Groet {PER(a.first)}")


@scenario("nl", True)
def nl_particles_caps(g, k):
    if k == 0:
        p = Person(g.pick(H["nl"][0]), g.pick(["van der Meulen", "van den Heuvel", "ter Horst", "van 't Hek", "in 't Veld"]), "f")
        g.used_first.add(p.first)
        agent = g.agent()
        return J(f"Geachte mevrouw {PER(p.Last)},",
                 "",
                 "Dank voor uw bericht. Wij hebben uw klacht geregistreerd onder kenmerk KL-" + g.digits(6) + ".",
                 f"Een monteur neemt binnen 3 werkdagen contact op via het nummer dat bij ons bekend is.",
                 "",
                 "Met vriendelijke groet,",
                 f"{PER(agent)} | Klantenservice Wolkenfiets",
                 f"T {org_phone(g)} | klantenservice@wolkenfiets.example",
                 "",
                 f"> Op {dstr(g.date(2025, 2025), 'dmy-')} schreef {PER(p.full)} <{EML(g.email(p, MAIL_NL))}>:",
                 "> IK WIL NU EINDELIJK EEN MONTEUR!!! de fiets staat al 3 weken stil.",
                 f"> {PER(p.init_last.upper())}")
    her = g.her("nl")
    p = g.person("nl", gender="f", her=her)
    q = g.person("tr", gender="m")
    return J("KLACHT",
             f"Namens mijn moeder, mevr. {PER(p.Last)}, ({PER(p.full.upper())} op de factuur) wil ik een klacht indienen.",
             f"Zij is 81 en heeft een driewieler gehuurd, maar de monteur die kwam ({PER(q.first)}, volgens zijn "
             "werkbon) heeft de verkeerde accu geplaatst.",
             f"Bel mij: {TEL(g.nl_mobile('+31(0)6-'))}",
             f"{PER(g.person('nl', her=her).full)}")


# ======================================== NL: no personal data =========================
@scenario("nl", False)
def nl_free_publieke_klacht(g, k):
    if k == 0:
        return J(f"@wolkenfiets jullie beloofden levering op 12-05 en nu staat er 'vertraagd' 🤬🤬 bestelling "
                 f"{order9(g, True)} #wolkenfiets #klantonvriendelijk #fietsfail",
                 "",
                 "↳ @wolkenfiets: Sorry voor het wachten! Stuur ons een DM met je bestelnummer, dan kijken we mee 🚲",
                 "↳ @fietsmaatje030: zelfde hier, al 2 weken 🙄",
                 "↳ @wolkenfiets: @fietsmaatje030 ook jij mag ons een DM sturen!")
    return J("idd echt belachelijk, 3e keer dat de accu het begeeft binnen een jaar 🔋❌",
             f"ticketnummer {order9(g, True)}, al 2x gebeld naar {org_phone(g)} en niemand belt terug",
             "wss gaan we gewoon naar een andere aanbieder. jammer want de fiets zelf is top 👌",
             "#wolkenfiets #service @wolkenfiets @consumentenbond")


@scenario("nl", False)
def nl_free_app_versies(g, k):
    if k == 0:
        return J("Sinds update 4.13.0.2 crasht de app bij het openen van 'Mijn fiets'.",
                 "Toestel: Pixel 7, Android 14, 2048 MB vrij geheugen, app-data 512 MB.",
                 "Bluetooth-module firmware 2.1.0.17, slot firmware v3.4.1.9.",
                 "In de log zie ik alleen: connect to 10.0.0.138:8443 failed, retry via 127.0.0.1.",
                 "Vorige versie (4.12.0.3) werkte prima. Graag een fix 🙏")
    return J("Hoi support, de display van de Havenkade 8 geeft foutcode E-204 en daarna 'BMS 1.0.4.22'.",
             "Accu: 36 V, 4096 MB logopslag vol?? Er staat ook 'test server 192.0.2.15' in het menu.",
             "Gekocht in 2023 en na 1500 KM al 2x dezelfde fout. Garantie loopt nog t/m 2026.",
             "Alvast bedankt!")


@scenario("nl", False)
def nl_free_org_antwoord(g, k):
    if k == 0:
        return J("Hoi!",
                 "",
                 "Bedankt voor je bericht. Je terugbetaling van € 49,90 is vandaag verwerkt en staat binnen 3 werkdagen op je rekening.",
                 "Heb je nog vragen? Je bereikt ons via WhatsApp of op " + org_phone(g) + " (ma-vr 8:30-17:30).",
                 "",
                 "Groetjes,",
                 "Team Wolkenfiets 🚲",
                 "",
                 "Wolkenfiets B.V. · Windvaanweg 14, 3542 DK Utrecht · KvK 71834562 · btw NL862241350B01",
                 f"IBAN {org_iban(g)} · klantenservice@wolkenfiets.example · @WolkenfietsNL")
    return J("Beste klant,",
             "",
             "Je bestelling " + order9(g, False) + " is verzonden en wordt op 3 juni tussen 13:00 en 17:00 bezorgd.",
             "Retourneren? Stuur het pakket naar Wolkenfiets Service, Postbus 2207, 3500 GE Utrecht, o.v.v. je retournummer.",
             "Betalen per overschrijving kan op NL71 RABO 0312 4587 66 t.n.v. Wolkenfiets B.V.",
             "",
             "Met vriendelijke groet,",
             "Klantenservice Wolkenfiets | +31 (0)88 945 32 10 | www.wolkenfiets.example",
             "Dit is een automatisch bericht van noreply@wolkenfiets.example")


@scenario("nl", False)
def nl_free_brief_bedrijf(g, k):
    b = g.bsn()
    if k == 0:
        return J("Rijwielhandel De Kettingkast B.V.",
                 "Afdeling administratie",
                 "",
                 "Aan: Wolkenfiets B.V.",
                 "t.a.v. crediteurenadministratie",
                 "Windvaanweg 14",
                 "3542 DK  UTRECHT",
                 "",
                 f"Ons kenmerk: {g.bsn_fmt(b, 'dots')}",
                 f"Uw kenmerk: PO-{g.digits(6)}",
                 "Betreft: herinnering factuur 2025-0412",
                 "",
                 "Geachte heer/mevrouw,",
                 "",
                 "Volgens onze administratie is factuur 2025-0412 d.d. 14 maart 2025 ad € 1.284,50 nog niet voldaan.",
                 "Wij verzoeken u het bedrag binnen 14 dagen over te maken o.v.v. bovenstaand kenmerk.",
                 "",
                 "Hoogachtend,",
                 "",
                 "Afdeling administratie",
                 "Rijwielhandel De Kettingkast B.V.")
    return J("GEMEENTE - BEHANDELEND AMBTENAAR: ZIE BRIEFHOOFD",
             f"Kenmerk: {order9(g, True)}",
             f"Zaaknummer: Z-2025-{g.digits(6)}",
             "Betreft: vergunning deelfietsen stationsgebied",
             "",
             "Geachte heer/mevrouw,",
             "",
             "Hierbij ontvangt u de ontvangstbevestiging van uw aanvraag van 2 april 2025 voor 40 deelfietsen.",
             "De behandeltermijn is 8 weken. Vermeld bij correspondentie altijd het kenmerk.",
             "",
             "Hoogachtend,",
             "namens het college van burgemeester en wethouders,",
             "team Vergunningen")


@scenario("nl", False)
def nl_free_datums(g, k):
    if k == 0:
        return J("Even voor de duidelijkheid:",
                 "- besteld op 03-02-2025",
                 "- geleverd op 17-02-2025",
                 "- eerste onderhoudsbeurt op 17-08-2025",
                 "- garantie accu tot 17-02-2027, frame 10 jaar",
                 "En nu zegt de monteur dat de garantie al verlopen is?? Kan iemand dit uitleggen pls",
                 "(de fiets is van 2024 en de accu van 2025, dus zeker niet verlopen)")
    return J("hoi, in 2024 en 2025 heb ik elk jaar de jaarlijkse beurt gedaan",
             "wanneer is de volgende? de app zegt 31-12-2025 maar de monteur zei 1 maart",
             "de fiets wordt op 12 augustus 1 jaar 🎂 (geleverd op 12-08-2024), krijgt hij een taartje? haha",
             "groetjes")


@scenario("nl", False)
def nl_free_maskedcard(g, k):
    if k == 0:
        return J("Er is 2x € 34,95 afgeschreven van mijn creditcard (Mastercard **** **** **** " + g.digits(4) + ").",
                 "Transactie-ID's: " + g.digits(12) + " en " + g.digits(12) + ".",
                 "iDEAL kenmerk 0050 " + g.digits(4) + " " + g.digits(4) + " " + g.digits(4) + ".",
                 "Wilt u één van de twee terugboeken? Dank.")
    return J("betaald met visa eindigend op " + g.digits(4) + " (XXXX-XXXX-XXXX-" + g.digits(4) + " in jullie mail)",
             "maar in de app staat 'betaling mislukt' 🤷‍♀️",
             f"bedrag €1.249,00, ordernr {order9(g, False)}",
             "pls checken")


@scenario("nl", False)
def nl_free_productnamen(g, k):
    if k == 0:
        return J("Twijfel tussen de Polderpad 3 en de Dijkweg 7 🤔",
                 "De Havenkade 8 is te duur (€ 3.299). Welke is het beste voor woon-werk, 18 km enkele reis?",
                 "Ik woon vlakbij jullie winkel aan de Oudegracht in Utrecht, kan ik daar een proefrit maken?",
                 "Zag ook dat Hans Anders en Albert Heijn fietsen verkopen, maar ik vertrouw jullie meer 😉")
    return J("Is de winkel aan de Jan van Galenstraat in Amsterdam ook op zondag open?",
             "Ik wil de Polderpad 3 (kleur zeegroen, framemaat 53) ophalen.",
             "Besteld via bol.com, maar de verkoper is Wolkenfiets. Orderreferentie " + order9(g, True) + ".",
             "Tot zondag!")


@scenario("nl", False)
def nl_free_vlaams(g, k):
    if k == 0:
        return J("allee, 't is weer van dat 🙄 de app doet raar sinds de update, wss een bug",
                 "betalen met Bancontact lukt niet, met Payconiq wel",
                 "ik zit in Gent, de fiets staat aan het station Gent-Sint-Pieters",
                 "kunnen jullie iets doen? merci")
    kbo = g.digits(8, True)
    kbo = kbo + f"{97 - int(kbo) % 97:02d}"
    assert be_enterprise_ok(kbo)
    return J("Goeiemiddag,",
             "Wij zijn een fietsenwinkel in Leuven en willen graag verdeler worden van jullie fietsen.",
             f"Ondernemingsnummer BE {kbo[:4]}.{kbo[4:7]}.{kbo[7:]}, btw BE{kbo}.",
             "Kunnen jullie ons de voorwaarden bezorgen? Wij hebben plaats voor een 12-tal fietsen in de toonzaal.",
             "",
             "Vriendelijke groeten,",
             "Fietsen Het Wiel bv")


@scenario("nl", False)
def nl_free_nummers(g, k):
    imei = luhn_complete("35" + g.digits(12))
    assert luhn_ok(imei) and not card_ok(imei)
    if k == 0:
        return J("Mijn gps-tracker meldt zich niet meer aan.",
                 f"Framenummer: WF24A{g.digits(6)}",
                 f"IMEI tracker: {imei}",
                 f"Simkaart: 8931 {g.digits(4)} {g.digits(4)} {g.digits(4)} {g.digits(3)}",
                 f"Mijn klantnummer is {g.non_bsn9()} en het ticket {order9(g, True)}.",
                 "Kunnen jullie de tracker resetten?")
    return J("Vraag over de factuur:",
             f"Factuurnummer {order9(g, True)}, debiteurnummer {g.non_bsn9()}, betalingskenmerk 1000 {g.digits(4)} {g.digits(4)} {g.digits(4)}.",
             "Bedrag € 214,38 incl. 21% btw, vervaldatum 30-06-2025.",
             "Er staat een artikel op (art.nr. 000-451-22, 'Spatbord achter') dat ik niet besteld heb.")


@scenario("nl", False)
def nl_free_wa_business(g, k):
    day = g.date(2025, 2025)
    if k == 0:
        return J(f"{ts(g, 'wa_ios', day, 14)} Jij: hoi, kan ik de afspraak van morgen verzetten?",
                 f"{ts(g, 'wa_ios', day, 14)} Wolkenfiets: Hoi! Dat kan. Past donderdag 10:00 of vrijdag 15:30?",
                 f"{ts(g, 'wa_ios', day, 14)} Jij: vrijdag 15:30 👍",
                 f"{ts(g, 'wa_ios', day, 14)} Wolkenfiets: Staat genoteerd! Afspraaknummer {order9(g, False)}. Tot vrijdag 🚲",
                 f"{ts(g, 'wa_ios', day, 15)} Jij: thx!!")
    return J(f"{ts(g, 'wa_and', day, 21)} Jij: ff checken, zijn jullie maandag open? (2e pinksterdag)",
             f"{ts(g, 'wa_and', day, 21)} Wolkenfiets: Hoi! Maandag zijn we dicht, dinsdag weer open vanaf 9:00 😊",
             f"{ts(g, 'wa_and', day, 21)} Jij: oke top, dan kom ik dinsdag de accu ruilen (bon 2025-{g.digits(5)})",
             f"{ts(g, 'wa_and', day, 21)} Wolkenfiets: 👍")


# ======================================== EN: personal data ============================
@scenario("en", True)
def en_dm_new_flat(g, k):
    p = g.person("uk")
    line, pc, town = g.uk_addr()
    if k == 0:
        return J(f"hi pls can u send the replacement charger to my new flat,{ADR(line.lower())}, {PC(pc)} {town.lower()}",
                 "the old address keeps popping up at checkout 🙄",
                 f"thx 🙏 {PER(p.first.lower())}")
    return J(f"hiya, moved house last wk so the bike service on the {ordinal(g.r.randint(3, 28))} needs to come to",
             ADR(line),
             f"{town}",
             PC(pc),
             f"not the old place!! my mobile is {TEL(g.uk_phone('mob'))} if the mechanic gets lost 😂",
             f"cheers, {PER(p.full)}")


@scenario("en", True)
def en_irish_husband(g, k):
    p = g.person("ie", gender="f")
    h = g.person("ie", gender="m")
    line, town = g.ie_addr()
    e = g.email(p, MAIL_IE)
    if k == 0:
        return J(f"Hi there, my husband {PER(h.full)} ordered a Polderpad 3 for me as a surprise (order WF-IE-{g.digits(6)}) 🥰",
                 f"but it's going to the wrong house - we're at {ADR(line)}, {town} now.",
                 f"Could you update it? You can reach me at {EML(e)}. Go raibh maith agat!",
                 f"{PER(p.first)}")
    return J(f"Dear Sir/Madam,",
             f"I am writing on behalf of my father, {PER(h.init_last)} (born {DOB(g.dob(1938, 1944, 'written', 'en'))}), who is not on social media.",
             f"He hired an e-trike in Galway on 2 May and was charged twice (€ 45.00). Please refund to his account "
             f"{IBN(iban_spaced(g.iban('IE')))}.",
             f"His address for the paperwork: {ADR(line)}, {town}.",
             "",
             "Kind regards,",
             PER(p.full),
             EML(e))


@scenario("en", True)
def en_kids_dobs(g, k):
    her = g.her("en")
    p = g.person("en", gender="f", her=her)
    kids = [Person(g.person("en", gender=x, her=her).first, p.last, x) for x in "fm"]
    dl = g.date(2025, 2025)
    if k == 0:
        return J("Hello!",
                 f"Adding the kids to our family plan as discussed. {PER(kids[0].first)} was born on {DOB(g.dob(2011, 2014, 'written', 'en'))} "
                 f"and {PER(kids[1].first)} (DOB {DOB(g.dob(2014, 2017, 'dmy/'))}).",
                 f"Delivery of the two kids' bikes is booked for {dstr(dl, 'dmy/')}, warranty card says valid until {dstr(dl.replace(year=2027), 'dmy/')}.",
                 f"Thanks a mil, {PER(p.first)} x")
    return J(f"family plan form - couldn't fit everything in the boxes so here goes:",
             f"me: {PER(p.full)}, d.o.b. {DOB(g.dob(1975, 1990, 'dmy/'))}",
             f"{PER(kids[0].full)}: {DOB(g.dob(2010, 2013, 'dmy/'))}",
             f"{PER(kids[1].first)} (same surname lol): {DOB(g.dob(2013, 2016, 'written', 'en'))}",
             f"first payment date 01/{dl.month:02d}/2025, appointment for fitting {dstr(dl, 'enY')}",
             "ta")


@scenario("en", True)
def en_messenger_refund(g, k):
    p = g.person("uk")
    agent = g.agent()
    if k == 0:
        return J(PER(p.full),
                 "hey, u charged me £29.99 twice this month 😬",
                 PER(p.full),
                 f"pls refund to {IBN(g.iban('GB'))}",
                 "Wolkenfiets UK",
                 f"Hi {PER(p.first)}, so sorry about that! Refund is on its way, 3-5 working days. {PER(agent)}",
                 PER(p.full),
                 "legend thx")
    ib = iban_spaced(g.iban("GB"))
    cut = ib.index(" ", 12)
    return J(PER(p.full),
             "deposit for the rental still not back?? returned the bike on the 4th",
             PER(p.full),
             f"acct {IBN(ib[:cut] + chr(10) + ib[cut + 1:])}",
             PER(p.full),
             "sorry fat thumbs",
             "Wolkenfiets UK",
             f"Thanks {PER(p.first)}, processed today (ref {order9(g, True)}). Cheers, {PER(agent)}")


@scenario("en", True)
def en_tweet_call_me(g, k):
    p = g.person("en")
    if k == 0:
        return J(f"@wolkenfiets_uk been on hold for 45 mins 😤 order {order9(g, False)} still not shipped #wolkenfiets",
                 "",
                 "↳ @wolkenfiets_uk: Sorry about the wait! Pop us a DM and we'll sort it 💙",
                 "",
                 f"DM: ok. pls call me back on {TEL(g.uk_phone('mob'))} after 6pm, ta. {PER(p.first)}")
    return J("@wolkenfiets_uk the app won't let me update my phone number ffs",
             "↳ @wolkenfiets_uk: Sorry! DM us the new number and we'll do it for you",
             f"DM: new number is {TEL(g.uk_phone('geo'))} (landline, mobile is dead lol). name's {PER(p.full)}",
             f"DM: account is under my partner's email tho ({EML(g.email(g.person('en'), MAIL_UK))}), is that ok?")


@scenario("en", True)
def en_letter_paper(g, k):
    p = g.person("uk")
    line, pc, town = g.uk_addr()
    d = g.date(2025, 2025)
    geo = g.uk_phone("geo")
    cut = geo.rindex(" ")
    wrap = geo[:cut] + "\n" + geo[cut + 1:]
    if k == 0:
        return J(f"{g.pick(['Mr', 'Dr']) if p.gender == 'm' else g.pick(['Mrs', 'Ms', 'Dr'])} {PER(p.init_last)}",
                 ADR(line),
                 town.upper(),
                 PC(pc),
                 "",
                 f"{d.day} {MONTH_EN[d.month - 1]} {d.year}",
                 "",
                 "Wolkenfiets B.V.",
                 "Customer Relations",
                 "",
                 f"Your ref: WF/UK/{g.digits(5)}",
                 f"Our ref: {p.initials.replace('.', '')}/{g.digits(3)}",
                 "",
                 "Dear Sir or Madam,",
                 "",
                 "Re: cancellation of bicycle subscription",
                 "",
                 "Further to my telephone call of last week, I write to confirm that I wish to cancel my subscription",
                 f"with effect from the end of this month. Please contact me on {TEL(wrap)}",
                 f"or by e-mail at {EML(g.email(p, MAIL_UK))} should you require anything further.",
                 "",
                 "Yours faithfully,",
                 "",
                 PER(p.full.upper()))
    return J("[typed from handwritten letter, scanned]",
             f"To whom it may concern,",
             f"my neighbour {PER(p.full)} asked me to write as they do not have a computer.",
             f"The address is {ADR(line)}, {town} {PC(pc)} and the bike you delivered on "
             f"{dstr(d, 'enY')} has a flat tyre already.",
             f"Please ring {PER(p.first)} on {TEL(g.uk_phone())}. Customer no. {g.digits(8)}.",
             "Many thanks,",
             PER(g.person("uk").full))


@scenario("en", True)
def en_courier_neighbour(g, k):
    p = g.person("en")
    dr = g.person("gh", gender="m")
    nb = g.person("ng", gender="f")
    if k == 0:
        return J(f"so the driver, a guy called {PER(dr.first)}, left my parcel with my neighbour Mrs {PER(nb.last)} at no. 14",
                 f"except Mrs {PER(nb.last)} is away in Lagos till June 🙃 tracking says 'delivered to neighbour'",
                 "can u send a new battery pls? parcel ref 1Z" + g.digits(16),
                 f"{PER(p.first.lower())}")
    line, pc, town = g.uk_addr()
    return J(f"Hi, your courier ({PER(dr.full)} according to the app) dumped the box at the wrong door.",
             f"I'm at {ADR(line)}, {PC(pc)}, he left it with {PER(nb.full)} three doors down.",
             f"She's lovely and brought it round but the box was soaked. Photos attached. {PER(p.full)}",
             EML(g.email(p, MAIL_UK)))


@scenario("en", True)
def en_card_oops(g, k):
    p = g.person("en")
    if k == 0:
        c = g.card("amex")
        return J(f"oops pasted my full card number in the chat: {CARD(g.card_fmt(c))} exp 11/27 🤦 can u delete that",
                 "was trying to pay the £12.50 late return fee",
                 f"{PER(p.first)}")
    c = g.card(g.pick(["visa", "mc"]))
    return J(f"Hi, payment keeps failing. Card is {CARD(c[:4] + '-' + c[4:8] + '-' + c[8:12] + '-' + c[12:])}, the old one ending "
             f"{g.digits(4)} was cancelled.",
             f"Can you try manually? Thanks, {PER(p.full)}")


@scenario("en", True)
def en_ip_blocked(g, k):
    p = g.person("en")
    ip = g.public_ip()
    if k == 0:
        return J("can't log in, says my IP is blocked?? 🤔",
                 f"ip is {IPm(ip)} according to the error page",
                 "using app v5.2.0.1 on iOS 17.4, home router 192.168.1.254",
                 f"{PER(p.first)} ({g.pick(['@', '@'])}{strip_accents(p.first).lower()}rides on insta)")
    return J(f"Hello, your website blocks me at checkout ('suspicious activity from {IPm(ip)}').",
             "It's a shared office connection, build 2.14.3.7 of your app works fine on 4G.",
             f"Best, {PER(p.full)}")


@scenario("en", True)
def en_passport_rental(g, k):
    p = g.person("en")
    if k == 0:
        pn = g.r.choice("15") + g.digits(8)
        return J("Hi, for the weekend rental in Amsterdam you asked for ID.",
                 f"Passport number {DOC(pn)}, name as on passport: {PER(p.full.upper())}, D.O.B. {DOB(g.dob(1965, 2003, 'written', 'en'))}.",
                 f"Pick-up on {dstr(g.date(2025, 2025), 'enY')} at Centraal station. Thanks!")
    doc = nl_docnr(g, "I")
    return J("I live in NL (expat) and only have my Dutch ID card with me.",
             f"ID card number is {DOC(doc)}, would that do for the rental?",
             f"Cheers, {PER(p.full)}")


@scenario("en", True)
def en_insta_export(g, k):
    p = g.person("en")
    fr = g.person("en")
    agent = g.agent()
    h1 = f"{strip_accents(p.first).lower()}.{g.pick(['cycles', 'rides', 'outdoors'])}"
    return J("Instagram messages export",
             f"{h1} · {ts(g, 'hm')}",
             f"hey!! me and my mate {PER(fr.first.lower())} want to do the canal tour on the e-bikes sat 🚴‍♀️🚴",
             f"{h1} · {ts(g, 'hm')}",
             f"booking is under my name, {PER(p.full.lower())}",
             f"wolkenfiets_uk · {ts(g, 'hm')}",
             f"Hi {PER(p.first)}! Found it, 2 bikes at 10:00. See you Saturday 🙌 {PER(agent)}",
             f"{h1} · {ts(g, 'hm')}",
             f"amazing thx x" + ("" if k == 0 else f" oh and {PER(fr.first.lower())}'s number is {TEL(g.uk_phone('mob'))} if we're late"))


@scenario("en", True)
def en_expat_business(g, k):
    p = g.person("en")
    street, pc, town = g.nl_addr()
    kvk = g.kvk()
    btw = g.btw()
    if k == 0:
        return J("Hi, I run a small delivery business in the Netherlands (sole trader) and want 2 cargo bikes on a business lease.",
                 f"Chamber of Commerce (KvK) no. {KVKm(kvk)}, VAT ID {BTW(btw)}.",
                 f"Address: {ADR(street)}, {PC(pc)} {town}.",
                 f"Best, {PER(p.full)} | {TEL(g.nl_mobile('+31 6'))}")
    return J("Invoice query",
             f"Your invoice {order9(g, True)} is missing our VAT number. Company: Canal Couriers, KvK {KVKm(kvk)}, "
             f"VAT {BTW(btw)}.",
             f"Please reissue to {PER(p.full)}, accounts.",
             "Thanks")


@scenario("en", True)
def en_hen_party_group(g, k):
    her = g.her("en")
    ps = [g.person("en", gender="f", her=her if i < 2 else None) for i in range(4)]
    return J("Group booking request 🥂👰",
             f"Hen do for my sister {PER(ps[0].full)} on the {ordinal(g.r.randint(1, 28))} of June, 6 bikes.",
             f"Riders: {PER(ps[1].first)}, {PER(ps[2].full)}, {PER(ps[3].first)} and me, plus the bride and her friend from work.",
             f"Best number to reach me is {TEL(g.uk_phone())}." if k == 0 else
             f"Can you email the confirmation to {EML(g.email(ps[1], MAIL_UK))}?",
             f"xx {PER(ps[1].first)}")


@scenario("en", True)
def en_expat_bsn(g, k):
    p = g.person("en")
    b = g.bsn()
    if k == 0:
        return J("Hello, my employer set up the bike lease and your form asks for my citizen service number.",
                 f"It's {BSNm(g.bsn_fmt(b, 'space'))}, date of birth {DOB(g.dob(1970, 2001, 'dmy-'))}.",
                 f"Contract start {dstr(g.date(2025, 2025), 'dmy-')}. Kind regards, {PER(p.full)}")
    return J(f"pls remove my BSN from my account, I sent it by mistake in the chat last week ({BSNm(b)})",
             f"thx {PER(p.first.lower())}")


@scenario("en", True)
def en_nl_plate(g, k):
    p = g.person("en")
    while True:
        sc = g.pick(["XX-999-X", "X-999-XX", "XXX-99-X", "9-XXX-99", "99-XXX-9"])
        cand = "".join(g.r.choice(PLATE_LETTERS) if c == "X" else (g.r.choice("123456789") if c == "9" else c) for c in sc)
        if kenteken_ok(cand):
            break
    if k == 0:
        return J(f"Can the bike rack be fitted on my car when you deliver? It's a grey Volvo V60, Dutch plate {PLATE(cand)}.",
                 f"Delivery is {dstr(g.date(2025, 2025), 'en')}. {PER(p.full)}")
    return J(f"your delivery guy came in his own car (reg {PLATE(cand)}) and parked it across my driveway for 40 mins 😡",
             f"{PER(p.first)}")


@scenario("en", True)
def en_wa_export_uk(g, k):
    a = g.person("uk")
    b = g.person("en")
    day = g.date(2025, 2025)
    line, pc, town = g.uk_addr()
    return J(f"{ts(g, 'wa_uk', day, 9)} {PER(a.full)}: Hi, is the Dijkweg 7 in stock in Bristol?",
             f"{ts(g, 'wa_uk', day, 9)} Wolkenfiets UK: Hi {PER(a.first)}! Yes, ready for delivery from Thursday 🚲",
             f"{ts(g, 'wa_uk', day, 9)} {PER(a.full)}: great, deliver to my partner {PER(b.full)} at {ADR(line)}, {PC(pc)} pls",
             f"{ts(g, 'wa_uk', day, 9)} {PER(a.full)}: {PER(b.first)}'s home all day thursday" +
             ("" if k == 0 else f", mob {TEL(g.uk_phone('mob'))}"),
             f"{ts(g, 'wa_uk', day, 10)} Wolkenfiets UK: Perfect, booked 👍")


@scenario("en", True, n=1)
def en_all_caps_form(g, k):
    p = g.person("ie")
    line, town = g.ie_addr()
    return J("RENTAL AGREEMENT (PAPER COPY, RETYPED)",
             f"SURNAME: {PER(p.last.upper())}   FIRST NAME: {PER(p.first.upper())}",
             f"ADDRESS: {ADR(line.upper())}, {town.upper()}",
             f"DATE OF BIRTH: {DOB(g.dob(1955, 2004, 'dmy/'))}",
             f"E-MAIL: {EML(g.email(p, MAIL_IE).upper())}",
             f"RENTAL FROM 12/07/2025 TO 19/07/2025, BIKE NO. WF-{g.digits(5)}",
             f"SIGNED: {PER(p.full.upper())}")


# ======================================== EN: no personal data =========================
@scenario("en", False)
def en_free_public_complaint(g, k):
    if k == 0:
        return J(f"@wolkenfiets_uk 3rd time my order's been 'delayed' 🙄 order no. {order9(g, True)} #wolkenfiets #customerservice",
                 "↳ @wolkenfiets_uk: So sorry! Could you DM us so we can look into it? 💙",
                 "↳ @cyclingbristol: same here mate, 2 weeks and counting",
                 "↳ @wolkenfiets_uk: @cyclingbristol we've sent you a DM too!")
    return J("ngl the new app update is rubbish 😂 can't even unlock the bike",
             f"ticket {order9(g, True)} opened 4 days ago, no reply. rang {g.pick(['+31 88 945 3210', '088 945 3210'])} and got the voicemail",
             "anyone else? #wolkenfiets @wolkenfiets_uk @WhichUK")


@scenario("en", False)
def en_free_org_reply(g, k):
    if k == 0:
        return J("Hi there,",
                 "",
                 "Thanks for getting in touch. Your refund of £29.99 has been processed and should reach your account within 5 working days.",
                 "If you have any other questions, just reply to this message or call us on +31 88 945 3210.",
                 "",
                 "Best wishes,",
                 "The Wolkenfiets team 🚲",
                 "Wolkenfiets B.V., Windvaanweg 14, 3542 DK Utrecht, the Netherlands | Chamber of Commerce 71834562 | VAT NL862241350B01",
                 "support@wolkenfiets.example | Twitter/X: @wolkenfiets_uk")
    return J("Your booking is confirmed ✅",
             f"Booking reference: {order9(g, False)}",
             "Pick-up: Wolkenfiets, Windvaanweg 14, 3542 DK Utrecht, Saturday 10:00",
             "Payment: Visa •••• " + g.digits(4) + ", £64.00",
             "Bank transfer details for the deposit: IBAN NL71 RABO 0312 4587 66, BIC RABONL2U",
             "Questions? bookings@wolkenfiets.example")


@scenario("en", False)
def en_free_brands(g, k):
    if k == 0:
        return J("Is the Polderpad 3 better than the ones at Halfords or John Lewis? 🤔",
                 "Saw a similar bike at Marks & Spencer of all places lol. Budget about £1,800.",
                 "I commute Leeds to Bradford, 14 miles each way, bit hilly.")
    return J("quick q - do you deliver to Northern Ireland? Belfast specifically",
             "Evri and Royal Mail won't take bikes apparently, DPD said maybe",
             "would be for the Havenkade 8 in sage green, saw it on ur insta 😍")


@scenario("en", False)
def en_free_router(g, k):
    if k == 0:
        return J("The bike's wifi module won't connect to my home network.",
                 "Router is 192.168.0.1, the bike gets 192.168.0.47, DNS 192.168.0.1.",
                 "Module firmware 1.8.0.2, app version 5.2.0.1 (build 20250311).",
                 "It pings 10.10.0.5 (our NAS) fine but not your server?")
    return J("error log from the app:",
             "2025-04-02T08:14:33Z WARN sync failed host=203.0.113.24 port=443 retry=3",
             "2025-04-02T08:14:35Z INFO fallback 198.51.100.7 ok",
             "client 5.2.0.1 / api 3.1.4.2 / os 17.4.1",
             "any idea?")


@scenario("en", False)
def en_free_company_numbers(g, k):
    while True:
        d9 = g.digits(7, True)
        for chk in range(100):
            if uk_vat_ok(d9 + f"{chk:02d}"):
                break
        else:
            continue
        vat = d9 + f"{chk:02d}"
        break
    if k == 0:
        return J("Hello,",
                 "We're a bike shop in Manchester interested in stocking your cargo bikes.",
                 f"Company No. {g.digits(8)}, VAT reg. GB {vat[:3]} {vat[3:7]} {vat[7:]}.",
                 "Could you send us your trade price list and minimum order quantities?",
                 "",
                 "Kind regards,",
                 "The Spoke & Sprocket Co. Ltd")
    return J("RE: trade account application",
             f"Registered in Northern Ireland, company number NI{g.digits(6)}; VAT GB{vat}.",
             "We trade from Belfast and Lisburn, delivery to the Belfast shop please.",
             "We'd need about 10 units by March; is there a dealer discount above 5 units?",
             "Cheers, Lagan Wheels Ltd")


@scenario("en", False)
def en_free_masked_card(g, k):
    return J(f"charged twice?? £89.00 on card ending {g.digits(4)} (shows as **** **** **** {g.digits(4)} on the receipt)" if k == 0 else
             f"Payment declined on Mastercard XXXX-XXXX-XXXX-{g.digits(4)}, amount £1,249.00",
             f"transaction ids {g.digits(10)} / {g.digits(10)}",
             "please sort asap ta")


@scenario("en", False)
def en_free_dates(g, k):
    if k == 0:
        return J("Timeline for my complaint:",
                 "ordered 03/02/2025, delivered 17/02/2025",
                 "service booked 12/08/2025, warranty until 17/02/2027",
                 "mechanic said the warranty expired on 01/01/2025?? makes no sense")
    return J("for ur records: bike was born on 4 March 2024 lol (that's the build date on the frame sticker)",
             "bought 22nd April 2024, first service 22/10/2024, battery swapped 3 Jan 2025",
             "my birthday's next week so a free service would be a nice present 🎂 jk")


@scenario("en", False)
def en_free_products(g, k):
    if k == 0:
        return J("Which is lighter, the Dijkweg 7 or the Havenkade 8?",
                 "Also does the display need 2048 MB of storage for offline maps? My phone only has 4096 MB free lol",
                 "thx")
    return J("Is the Polderpad 3 available in 53 cm? Saw it at your shop on Church Street in Bristol.",
             "Also the 5000 MA power bank listed with it, is that mAh? 😅")


@scenario("en", False, n=1)
def en_free_refs(g, k):
    return J("Re: invoice query",
             f"Your ref: {order9(g, True)}",
             f"Our ref: {g.bsn_fmt(order9(g, True), 'space')}",
             f"Invoice {order9(g, False)} dated 14/03/2025 shows VAT at 21% instead of 20%.",
             "Please reissue.",
             "Accounts Payable, Bristol Bike Hire Ltd")


# ======================================== DE: personal data ============================
@scenario("de", True)
def de_ch_dm_rechnung(g, k):
    p = g.person("ch")
    street, pc, town = g.ch_addr()
    if k == 0:
        return J("Grüezi mitenand 👋",
                 f"Bitte die Rechnung fürs Velo-Abo an meine neue Adresse schicken: {ADR(street)}, {PC(pc)} {town}.",
                 f"Natel {TEL(g.ch_phone())}, falls der Pöstler nicht klingeln kann 😅 oder per Mail: {EML(g.email(p, MAIL_CH))}",
                 f"S'Guthaben vom alte Abo bitte uf {IBN(iban_spaced(g.iban('CH')))} überwiise.",
                 f"Merci vielmal und en schöne Tag, {PER(p.full)}")
    return J(f"hoi zäme, mini Frau {PER(g.person('ch', gender='f').first)} und ich händ zwei E-Bikes bi eu gmietet",
             f"bitte Quittig an {ADR(street)}, {PC(pc)} {town} und nöd an d'Firma",
             f"tel {TEL(g.ch_phone())}",
             f"lg {PER(p.first.lower())}")


@scenario("de", True)
def de_at_wa_export(g, k):
    p = g.person("at", gender="f")
    street, pc, town = g.at_addr()
    day = g.date(2025, 2025)
    agent = g.agent()
    nick = {"Magdalena": "Magda", "Johanna": "Hanni", "Theresa": "Resi", "Veronika": "Vroni", "Christl": "Christl",
            "Leonie": "Leo"}[p.first]
    lines = [f"{ts(g, 'wa_and', day, 18)} {PER(p.full)}: servus! mei radl is seit gestern kaputt 😩 die kettn springt dauernd",
             f"{ts(g, 'wa_and', day, 18)} {PER(p.full)}: kommt wer vorbei? adresse is {ADR(street)}, {PC(pc)} {town}"]
    if k == 1:
        lines.append(f"{ts(g, 'wa_and', day, 18)} {PER(p.full)}: bin unter {TEL(g.at_phone(town))} erreichbar, "
                     f"ab 16 uhr is mei mann {PER(g.person('at', gender='m').first)} daheim")
    lines += [f"{ts(g, 'wa_and', day, 18)} Wolkenfiets: Grüß Gott! Ja, der Techniker kann am "
              f"{dstr(day + _dt.timedelta(days=g.r.randint(1, 6)), 'dmy.')} kommen. "
              f"LG {PER(agent)}",
              f"{ts(g, 'wa_and', day, 18)} {PER(p.full)}: passt, danke!! lg {PER(nick.lower())}"]
    return J(*lines)


@scenario("de", True)
def de_familie_geb(g, k):
    her = g.her("de")
    p = g.person("de", gender="m", her=her)
    fr = g.person("de", gender="f", her=her)
    t = g.person("de", gender="f", her=her).first
    s = g.person("de", gender="m", her=her).first
    lf = g.date(2025, 2025)
    if k == 0:
        return J("Hallo liebes Wolkenfiets-Team,",
                 f"für das Familien-Abo hier die fehlenden Daten: meine Frau {PER(fr.first)} (geb. {DOB(g.dob(1975, 1988, 'dmy.'))}), "
                 f"unsere Tochter {PER(t)} (geb. am {DOB(g.dob(2008, 2013, 'written', 'de'))}) und unser Sohn {PER(s)}, "
                 f"geboren {DOB(g.dob(2012, 2016, 'dmy.'))}.",
                 f"Lieferung bitte am {dstr(lf, 'dmy.')}, Garantie bis {dstr(lf.replace(year=2027), 'dmy.')} stimmt so.",
                 "",
                 "vg",
                 PER(p.full))
    return J("Guten Tag,",
             f"ich habe am {dstr(lf, 'dmy.')} zwei Kinderräder bestellt (Bestellnr. {order9(g, True)}).",
             f"Geburtsdaten für die Versicherung: {PER(t)} {DOB(g.dob(2012, 2015, 'dmy.'))}, {PER(s)} {DOB(g.dob(2015, 2018, 'dmy.'))}.",
             f"Mein eigenes Geburtsdatum im Konto ist falsch, richtig ist der {DOB(g.dob(1978, 1990, 'written', 'de'))}.",
             f"Danke und lg, {PER(fr.full)}")


@scenario("de", True)
def de_brief_ocr(g, k):
    p = g.person("de")
    street, pc, town = g.de_addr()
    d = g.date(2025, 2025)
    if k == 0:
        return J(f"{PER(p.full)} · {ADR(street)} · {PC(pc)} {town}",
                 "",
                 "Wolkenfiets B.V.",
                 "Kundenservice",
                 "Windvaanweg 14",
                 "3542 DK Utrecht",
                 "NIEDERLANDE",
                 "",
                 f"Ihr Zeichen: WF-DE-{g.digits(5)}",
                 f"Unser Zeichen: {p.initials.replace('.', '')}-{g.digits(3)}",
                 f"{town}, {dstr(d, 'deY')}",
                 "",
                 "Betreff: Kündigung des Leasingvertrags",
                 "",
                 "Sehr geehrte Damen und Herren,",
                 "",
                 "hiermit kündige ich den Leasingvertrag für das E-Bike (Modell Dijkweg 7) fristgerecht zum nächstmöglichen Termin.",
                 f"Bitte bestätigen Sie die Kündigung schriftlich. Telefonisch bin ich unter {TEL(g.de_fixed())} erreichbar.",
                 "",
                 "Mit freundlichen Grüßen",
                 "",
                 PER(p.full))
    a = g.person("at")
    street, pc, town = g.at_addr()
    return J(f"{g.pick(['Frau', 'Herrn'])} {PER(a.full)}",
             ADR(street),
             f"{PC(pc)} {town.upper()}",
             "ÖSTERREICH",
             "",
             f"Ihr Schreiben vom {dstr(d, 'dmy.')}, Aktenzeichen {order9(g, True)}",
             "",
             "Betreff: Reklamation Akku",
             "",
             "Sehr geehrte Damen und Herren,",
             "",
             "der Akku meines E-Bikes ist nach 8 Monaten defekt. Eine Kopie der Rechnung liegt bei.",
             f"Rückfragen gerne per E-Mail an {EML(g.email(a, MAIL_AT))}.",
             "",
             "Mit freundlichen Grüßen",
             PER(a.full))


@scenario("de", True)
def de_iban_erstattung(g, k):
    p = g.person("de" if k == 0 else "at")
    cc = "DE" if k == 0 else g.pick(["AT", "CH"])
    ib = g.iban(cc)
    if k == 0:
        return J(f"Hallo, die Kaution (150 €) ist immer noch nicht zurück 🙄 Rückgabe war am 02.04.",
                 f"Bitte überweisen an {IBN(iban_spaced(ib))}, Kontoinhaber {PER(p.full)}.",
                 "Danke, lg")
    return J(f"Servus, bitte die doppelt abgebuchten 34,90 € auf {IBN(ib)} zurücküberweisen.",
             f"Kontoinhaberin ist meine Frau, {PER(g.person('at', gender='f').full)}.",
             f"lg {PER(p.first)}")


@scenario("de", True)
def de_kennzeichen(g, k):
    p = g.person("de")
    city = g.pick(["M", "K", "HH", "B", "S", "L", "DD", "F", "MS", "KS"])
    plate = f"{city}-{g.r.choice('ABCDEFGHJKLMNPRSTUVWXZ')}{g.r.choice('ABCDEFGHJKLMNPRSTUVWXZ')} {g.r.randint(1, 9999)}"
    if k == 0:
        return J(f"Moin! Könnt ihr bei der Lieferung auch den Fahrradträger montieren? Auto: VW Golf Variant, Kennzeichen {PLATE(plate)}.",
                 f"Termin ist am {dstr(g.date(2025, 2025), 'dmy.')}. vg {PER(p.first)}")
    return J(f"Ihr Lieferwagen hat beim Ausparken meinen Wagen ({PLATE(plate + 'E')}, Elektroauto) gestreift.",
             "Der Fahrer hat nur kurz gewunken und ist weitergefahren. Dashcam-Video habe ich.",
             f"{PER(p.full)}, {TEL(g.de_mobile())}")


@scenario("de", True)
def de_ausweis(g, k):
    p = g.person("de")
    alpha = "CFGHJKLMNPRTVWXYZ"
    doc = g.r.choice("LMNT") + "".join(g.r.choice(alpha) if g.r.random() < 0.4 else g.r.choice("0123456789")
                                       for _ in range(8))
    if k == 0:
        return J("Für die Miete am Wochenende wollten Sie eine Ausweisnummer.",
                 f"Personalausweis: {DOC(doc)}, gültig bis {dstr(g.date(2028, 2034), 'dmy.')}",
                 f"Name: {PER(p.full)}, geb. {DOB(g.dob(1960, 2003, 'dmy.'))}")
    return J(f"bitte meine Ausweisnummer ({DOC(doc)}) aus dem Chatverlauf löschen, hab sie aus Versehen geschickt 🙈",
             f"danke, {PER(p.first.lower())}")


@scenario("de", True)
def de_paketbote_nachbar(g, k):
    p = g.person("de")
    bote = g.person("tr", gender="m")
    nb = g.person("de", gender="m")
    street, pc, town = g.de_addr()
    if k == 0:
        return J(f"Der Paketbote (Herr {PER(bote.last)}, steht auf dem Zettel) hat das Paket bei meinem Nachbarn "
                 f"{PER(nb.full)} abgegeben, der ist aber im Urlaub bis 20.05. 🙄",
                 f"Bitte neu zustellen an {ADR(street)}, {PC(pc)} {town}. Sendungsnummer 00340434{g.digits(12)}.",
                 f"vg {PER(p.first)}")
    nbf = g.person("de", gender="f")
    return J(f"Hallo, euer Fahrer {PER(bote.first)} war super nett 👍 hat sogar das Rad in den Keller getragen.",
             f"Bitte Lob weitergeben! Und meine Nachbarin Frau {PER(nbf.last)} "
             "möchte auch so ein Rad, wie geht das?",
             f"Grüße, {PER(p.full)}")


@scenario("de", True)
def de_insta_reply(g, k):
    p = g.person("de", gender="m")
    q = g.person("de", gender="m")
    if k == 0:
        return J("@wolkenfiets_de wann kommt endlich das Dijkweg 7 in L? warte seit März 😭 #ebike #wolkenfiets",
                 "↳ @wolkenfiets_de: Hey! Voraussichtlich KW 24 🚲",
                 f"DM: ok danke, bitte vormerken für {PER(p.full)}, mail {EML(g.email(p, MAIL_DE))}",
                 f"vg {PER(p.first.lower())}")
    return J("↳ antwort auf story von @wolkenfiets_de:",
             f"haha das bin ich auf dem foto 😂 und hinten mein kumpel {PER(q.first.lower())}",
             "könnt ihr mich markieren? bin @radfahrer_leipzig",
             f"lg {PER(p.first.lower())}")


@scenario("de", True)
def de_ip_gesperrt(g, k):
    p = g.person("de")
    ip = g.public_ip()
    return J("Login in der App geht nicht: 'Zugriff von dieser IP-Adresse gesperrt'.",
             f"Meine IP laut Router: {IPm(ip)} (Fritzbox 7590, FRITZ!OS 7.57, interne IP 192.168.178.23).",
             "App-Version 5.2.0.1 auf Android 14." if k == 0 else "Version 4.13.0.2, iOS 17.4.",
             f"Gruß {PER(p.full)}")


@scenario("de", True)
def de_karte(g, k):
    p = g.person("de")
    c = g.card(g.pick(["visa", "mc"]) if k == 0 else "maestro")
    if k == 0:
        return J(f"Zahlung klappt nicht. Kreditkarte {CARD(g.card_fmt(c))}, gültig bis 08/28.",
                 f"Bitte manuell abbuchen, danke. {PER(p.full)}")
    return J(f"ups hab grad meine ganze kartennummer reingeschickt {CARD(c)} 🤦‍♂️ bitte löschen",
             f"lg {PER(p.first.lower())}")


@scenario("de", True)
def de_nl_expat(g, k):
    p = g.person("de")
    street, pc, town = g.nl_addr()
    if k == 0:
        return J("Hallo, ich wohne seit Kurzem in den Niederlanden und möchte ein Abo abschließen.",
                 f"Adresse: {ADR(street)}, {PC(pc)} {town}. Handy: {TEL(g.nl_mobile('+31 6'))}",
                 f"Das Formular fragt nach meiner BSN: {BSNm(g.bsn_fmt(g.bsn(), 'dots'))}. Ist das richtig so?",
                 f"Viele Grüße, {PER(p.full)}")
    return J(f"Hi, ich bin {PER(p.first)} aus Köln und pendle nach Enschede.",
             f"Kann das Rad an meine Arbeitsadresse geliefert werden? {ADR(street)}, {PC(pc)} {town}",
             f"Meine deutsche Nummer {TEL(g.de_mobile())} geht auch in NL, Mail: {EML(g.email(p, MAIL_DE))}.",
             f"Rechnung bitte an meine Firma in NL (eenmanszaak), KvK {KVKm(g.kvk())}, BTW {BTW(g.btw())}.",
             f"LG {PER(p.first)}")


@scenario("de", True)
def de_ch_familie(g, k):
    her = g.her("ch")
    p = g.person("ch", gender="f", her=her)
    kids = [g.person("ch", her=her).first for _ in range(2)]
    lf = g.date(2025, 2025)
    return J("Grüezi",
             f"Für s'Familie-Abo bruchet ihr no d'Geburtsdatä vo de Chind: {PER(kids[0])} {DOB(g.dob(2011, 2014, 'dmy.'))}, "
             f"{PER(kids[1])} {DOB(g.dob(2014, 2018, 'dmy.'))}.",
             f"Liferig am {dstr(lf, 'dmy.')} passt, aber bitte erst ab 14 Uhr.",
             f"Liebi Grüess, {PER(p.full)}" + ("" if k == 0 else f", {TEL(g.ch_phone())}"))


@scenario("de", True, n=1)
def de_formular_caps(g, k):
    p = g.person("de", double=True)
    street, pc, town = g.de_addr()
    return J("MIETVERTRAG – HANDSCHRIFTLICH, ABGETIPPT",
             f"NAME, VORNAME: {PER((p.last + ', ' + p.first).upper())}",
             f"STRASSE/NR.: {ADR(street.upper())}",
             f"PLZ/ORT: {PC(pc)} {town.upper()}",
             f"GEB.-DATUM: {DOB(g.dob(1950, 2004, 'dmy.'))}",
             f"TEL.: {TEL(g.de_fixed())}",
             "MIETDAUER: 01.08.2025 – 14.08.2025, RAD-NR. WF-" + g.digits(5))


# ======================================== DE: no personal data =========================
@scenario("de", False)
def de_free_public_complaint(g, k):
    if k == 0:
        return J(f"@wolkenfiets_de seit 3 Wochen keine Lieferung 😡 Bestellnummer {order9(g, True)} #wolkenfiets #kundenservice",
                 "↳ @wolkenfiets_de: Das tut uns leid! Schreib uns bitte eine DM mit deiner Bestellnummer 🙏",
                 "↳ @velo_zuerich: bi mir s'gliiche 🙄",
                 f"↳ @wolkenfiets_de: @velo_zuerich Sendungsnummer bitte per DM, dann schauen wir nach!")
    return J("echt jetzt?? 3. mal dass der akku nach 2 monaten hinüber is 😤",
             f"ticket {order9(g, False)}, sendungsnummer 00340434{g.digits(12)}",
             "hotline (+31 88 945 3210) geht nie ran. bitte, macht was",
             "#wolkenfiets @wolkenfiets_de")


@scenario("de", False)
def de_free_versionen(g, k):
    if k == 0:
        return J("Seit dem Update auf 4.13.0.2 stürzt die App beim Öffnen von 'Mein Rad' ab.",
                 "Gerät: Samsung A54, Android 14, 2048 MB RAM frei, App-Daten 512 MB.",
                 "Schloss-Firmware v3.4.1.9, Akku-BMS 1.0.4.22.",
                 "Log: connect 10.0.0.138:8443 failed, retry 127.0.0.1 ok.",
                 "Bitte um Fix, danke!")
    return J("Display zeigt Fehler E-204, Firmware 2.1.0.17.",
             "Rad gekauft 2023, nach 1500 KM schon zweimal derselbe Fehler. Garantie bis 2026.",
             "Im Servicemenü steht 'Testserver 192.0.2.15' – ist das normal?")


@scenario("de", False)
def de_free_org_reply(g, k):
    if k == 0:
        return J("Hallo!",
                 "",
                 "Danke für deine Nachricht. Die Rückerstattung über 49,90 € wurde heute veranlasst.",
                 f"Bei Fragen erreichst du uns per WhatsApp oder unter {g.pick(['+31 88 945 3210', '0031 88 9453210'])} (Mo–Fr 8:30–17:30).",
                 "",
                 "Viele Grüße",
                 "Dein Wolkenfiets-Team 🚲",
                 "",
                 "Wolkenfiets B.V. · Windvaanweg 14, 3542 DK Utrecht, Niederlande · KvK 71834562 · USt-IdNr. NL862241350B01",
                 "kundenservice@wolkenfiets.example · Instagram @wolkenfiets_de")
    return J("Deine Buchung ist bestätigt ✅",
             f"Buchungsnummer: {order9(g, True)}",
             "Abholung: Wolkenfiets, Windvaanweg 14, 3542 DK Utrecht",
             "Kaution per Überweisung: IBAN NL71 RABO 0312 4587 66, BIC RABONL2U, Empfänger Wolkenfiets B.V.",
             "Fragen? buchung@wolkenfiets.example")


@scenario("de", False)
def de_free_firmennummern(g, k):
    ust = mod11_10_complete(g.r.choice("123") + g.digits(7))
    while True:
        che = che_uid_complete(g.digits(8, True))
        if che:
            break
    if k == 0:
        return J("Sehr geehrte Damen und Herren,",
                 "wir sind ein Fahrradhändler in Freiburg und möchten Ihre Lastenräder ins Sortiment aufnehmen.",
                 f"USt-IdNr.: DE{ust}, Steuernummer {g.digits(2)}/{g.digits(3)}/{g.digits(5)}, Amtsgericht Freiburg HRB {g.digits(6)}.",
                 "Bitte senden Sie uns Ihre Händlerkonditionen.",
                 "",
                 "Mit freundlichen Grüßen",
                 "Radhaus Dreisam GmbH")
    return J("Grüezi",
             "Wir sind ein Veloladen in Winterthur und interessieren uns für eine Partnerschaft.",
             f"UID: CHE-{che[:3]}.{che[3:6]}.{che[6:]} MWST, Handelsregister Kanton Zürich.",
             "Könnten Sie uns die Preisliste für Wiederverkäufer zustellen?",
             "",
             "Freundliche Grüsse",
             "Velo Töss AG")


@scenario("de", False)
def de_free_marken(g, k):
    if k == 0:
        return J("Gibt's eure Räder auch bei Billa oder Spar? 😅 Spaß. Aber gibt es einen Händler in Graz oder Linz?",
                 "Oder nur online? Versand nach Österreich kostet wie viel?")
    return J("Kann ich das Dijkweg 7 in der Migros-Filiale in Bern abholen? Oder bei Coop?",
             "Ah nein, Post CH liefert ja. Wie lange dauert das nach Basel?")


@scenario("de", False)
def de_free_datum_karte(g, k):
    if k == 0:
        return J("zur Info:",
                 "bestellt am 03.02.2025, geliefert am 17.02.2025",
                 "Inspektion am 17.08.2025, Garantie Akku bis 17.02.2027",
                 "und jetzt sagt der Mechaniker, die Garantie sei abgelaufen?? 🤷")
    return J(f"Doppelt abgebucht: 2x 34,90 € von Visa **** {g.digits(4)} (XXXX XXXX XXXX {g.digits(4)} auf der Quittung).",
             f"Transaktions-ID {g.digits(12)}, Rechnung vom 14.03.2025.",
             "Bitte eine Buchung stornieren, danke.")


@scenario("de", False, n=1)
def de_free_aktenzeichen(g, k):
    return J("Betreff: Ihre Rechnung",
             f"Unser Zeichen: {order9(g, True)}",
             f"Ihr Zeichen: {g.bsn_fmt(order9(g, True), 'dots')}",
             f"Rechnung Nr. {order9(g, True)} vom 14.03.2025 weist 21 % MwSt. statt 19 % aus.",
             "Wir bitten um Korrektur.",
             "Buchhaltung, Radhaus Dreisam GmbH")


# ---------------------------------------------------------------------------------------
# build, audit, write
# ---------------------------------------------------------------------------------------
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "ten", "in", "op", "von", "zu", "da", "dos", "del",
             "la", "le", "el", "al", "mac", "ní", "mc", "dela", "giolla"}
EDGE_BAD = set(" \t\n\r.,;:!?\"'()[]{}<>«»“”‘’-–—/\\|*_#@")
VETO_9 = re.compile(r"(order|bestel|ticket|factuur|invoice|rechnung|bestellung|auftrag|kenmerk|referen|\bref\b|"
                    r"zeichen|vorgang|klantnummer|klantnr|kundennummer|customer|zending|tracking|sendung|rsin|"
                    r"contract|vertrag|dossier|\bcase\b|transacti|artikel|afspraak|buchung|booking|aktenzeichen|"
                    r"debiteur|zaak)", re.I)
VETO_IP = re.compile(r"(version|versie|\bv\b|build|firmware|bms|\bapi\b|client|\bos\b|ios|android|release|update|"
                     r"app)", re.I)
BIRTH_CTX = re.compile(r"(geboren|geb\.|geb\b|°|geboorte|d\.o\.b|\bdob\b|born|birth|geburt|date of birth)", re.I)
UNIT_PC = {"MB", "KB", "GB", "TB", "KM", "MA", "CM", "MM", "KG", "PK", "HZ", "MS"}


def build():
    recs = []
    for lang, name, pii, n, fn in SCEN:
        for k in range(n):
            rng = random.Random(f"{SEED}:{name}:{k}")
            g = Gen(rng, lang)
            src = fn(g, k)
            text, spans = render(src)
            recs.append({"lang": lang, "scenario": name, "pii": pii, "text": text, "spans": spans})
    out = []
    for lang in ("nl", "en", "de"):
        group = [r for r in recs if r["lang"] == lang]
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(group)
        for i, r in enumerate(group, 1):
            r["id"] = f"h8-{lang}-{i:03d}"
            out.append(r)
    return out


def _cover(text, spans):
    """char index -> label (None if not labelled); spans converted from bytes to chars"""
    b = text.encode("utf-8")
    cov = [None] * len(text)
    cspans = []
    for sp in spans:
        cs = len(b[:sp["start"]].decode("utf-8"))
        ce = len(b[:sp["end"]].decode("utf-8"))
        cspans.append((cs, ce, sp["label"]))
        for i in range(cs, ce):
            cov[i] = sp["label"]
    return cov, cspans


def _covered(cov, s, e, label=None):
    seg = cov[s:e]
    if label is None:
        return all(x is not None for x in seg)
    return all(x == label for x in seg)


def audit(records):
    errs = []
    org_digits = org_phone_digits()
    org_pcs = {"3542 DK", "3500 GE"}
    seen_text = set()
    for rec in records:
        rid, text, spans = rec["id"], rec["text"], rec["spans"]
        E = lambda msg: errs.append(f"{rid} ({rec['scenario']}): {msg}")
        if text in seen_text:
            E("duplicate text")
        seen_text.add(text)
        if any(c in text for c in (_O, _M, _C, "\r")):
            E("markup/CR left in text")
        b = text.encode("utf-8")
        # 1 re-slice + decode at char boundaries
        try:
            cov, cspans = _cover(text, spans)
        except UnicodeDecodeError:
            E("span not on a character boundary")
            continue
        ss = sorted(spans, key=lambda s: (s["start"], s["end"]))
        for a, c in zip(ss, ss[1:]):
            if c["start"] < a["end"]:
                E(f"overlap {a} {c}")
        for sp, (cs, ce, lab) in zip(spans, cspans):
            val = b[sp["start"]:sp["end"]].decode("utf-8")
            if val != text[cs:ce] or not val:
                E(f"re-slice mismatch {sp}")
                continue
            if val[0] in EDGE_BAD or val[-1] in EDGE_BAD:
                if not (lab == "PHONE" and val[0] == "+") and not (lab == "PHONE" and val[0] == "(" and ")" in val):
                    E(f"bad edge {lab} {val!r}")
            for o, cl in ("()", "[]", "{}"):
                if val.count(o) != val.count(cl):
                    E(f"unbalanced brackets {lab} {val!r}")
            if lab not in VALIDATORS or not VALIDATORS[lab](val):
                E(f"invalid value {lab} {val!r}")
            # organisation's own data is never labelled
            dig = re.sub(r"\D", "", val)
            if lab == "PHONE" and dig[-8:] in org_digits:
                E(f"org phone labelled {val!r}")
            if lab == "IBAN" and re.sub(r"\s", "", val).upper() == ORG["iban"]:
                E("org IBAN labelled")
            if lab == "KVK" and dig == ORG["kvk"]:
                E("org KvK labelled")
            if lab == "BTW_ID" and re.sub(r"[\s.]", "", val).upper() == ORG["btw"]:
                E("org btw labelled")
            if lab == "EMAIL" and any(val.lower().endswith("@" + d) or val.lower().endswith("." + d) for d in ORG["domains"]):
                E("org e-mail labelled")
            if lab == "POSTCODE" and val in org_pcs:
                E("org postcode labelled")
            if lab == "DATE_OF_BIRTH" and not BIRTH_CTX.search(text[max(0, cs - 220):cs]):
                E(f"DOB without birth context {val!r}")
            # repeated value labelled everywhere
            rx = (r"(?<!\w)" if val[0].isalnum() else "") + re.escape(val) + (r"(?!\w)" if val[-1].isalnum() else "")
            for m in re.finditer(rx, text):
                if not _covered(cov, m.start(), m.end()):
                    E(f"repeated {lab} value {val!r} unlabelled at {m.start()}")
        # name tokens standing alone elsewhere
        for cs, ce, lab in cspans:
            if lab != "PERSON":
                continue
            for tok in re.split(r"[\s,\-]+", text[cs:ce]):
                if len(tok) < 3 or "." in tok or tok.lower() in PARTICLES:
                    continue
                for m in re.finditer(r"(?<![\w@#/])(?<!\w\.)" + re.escape(tok) + r"(?![\w@/])(?!\.\w)", text, re.I):
                    if cov[m.start()] is None or not _covered(cov, m.start(), m.end()):
                        E(f"name token {tok!r} unlabelled at {m.start()}: {text[max(0, m.start() - 20):m.end() + 20]!r}")
        # unlabelled e-mail addresses
        for m in EMAIL_RX.finditer(text):
            dom = m.group(0).split("@", 1)[1].lower()
            if any(dom == d or dom.endswith("." + d) for d in ORG["domains"]):
                continue
            if not _covered(cov, m.start(), m.end(), "EMAIL"):
                E(f"unlabelled e-mail {m.group(0)!r}")
        # unlabelled public IPv4
        for m in re.finditer(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w]|\.\d)", text):
            if ip_ok(m.group(0)) and not _covered(cov, m.start(), m.end(), "IP_ADDRESS"):
                if not VETO_IP.search(text[max(0, m.start() - 25):m.start()]):
                    E(f"unlabelled public IP {m.group(0)!r}")
        # unlabelled public IPv6
        for m in re.finditer(r"(?<![\w:])[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])", text):
            if ip_ok(m.group(0)) and not _covered(cov, m.start(), m.end(), "IP_ADDRESS"):
                E(f"unlabelled public IPv6 {m.group(0)!r}")
        # unlabelled old omzetbelastingnummer (= BSN) and new btw-id
        for m in re.finditer(r"(?<![\w])NL ?\d{9} ?B\d{2}(?!\w)", text, re.I):
            v = re.sub(r"\s", "", m.group(0)).upper()
            if ob_ok(v) and not _covered(cov, m.start(), m.end(), "BSN"):
                E(f"unlabelled OB number {v!r}")
            if btw_ok(v) and v != ORG["btw"] and not _covered(cov, m.start(), m.end(), "BTW_ID"):
                E(f"unlabelled btw-id {v!r}")
        # unlabelled valid IBAN (groups may be separated by a line break)
        for m in re.finditer(r"(?<![\w])[A-Za-z]{2}\d{2}(?:[A-Za-z0-9]{11,30}|(?:\s[A-Za-z0-9]{4}){2,7}(?:\s[A-Za-z0-9]{1,3})?)(?!\w)", text):
            v = re.sub(r"\s", "", m.group(0)).upper()
            if iban_ok(v) and v != ORG["iban"] and not _covered(cov, m.start(), m.end(), "IBAN"):
                E(f"unlabelled IBAN {m.group(0)!r}")
        # unlabelled elfproef-valid 9-digit numbers
        for m in re.finditer(r"(?<![\w.,\-])(?<!\d )(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3})(?![\w]|[.,\-]\d| \d)", text):
            if elfproef(m.group(0)) and not _covered(cov, m.start(), m.end()):
                line_start = text.rfind("\n", 0, m.start()) + 1
                if not VETO_9.search(text[max(line_start, m.start() - 45):m.start()]):
                    E(f"unlabelled elfproef-valid number {m.group(0)!r}")
        # unlabelled mobiles (NL, BE, UK drama) and cards
        for m in re.finditer(r"(?<![\w+])(?:\+31|0031|0)[\s\-]*(?:\(0\))?[\s\-]*6[\s\-]*[1-58](?:[\s\-]?\d){7}(?!\d)|"
                             r"(?<![\w+])(?:\+32|0032|0)\s?4[5-9]\d[\s/]?\d{2}[\s.]?\d{2}[\s.]?\d{2}(?!\d)|"
                             r"(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|0)7700\s?900\s?\d{3}(?!\d)", text):
            if not _covered(cov, m.start(), m.end(), "PHONE"):
                E(f"unlabelled mobile {m.group(0)!r}")
        # unlabelled international numbers (+CC / 00CC) that are valid, except the organisation's
        for m in re.finditer(r"(?<![\w+])(?:\+|00)(?:31|32|49|43|41|44)(?:[\s\-./]*(?:\(0\))?[\s\-./]*\d){7,13}(?!\d)", text):
            v = m.group(0)
            if phone_ok(v) and re.sub(r"\D", "", v.replace("(0)", ""))[-8:] not in org_digits \
                    and not _covered(cov, m.start(), m.end(), "PHONE"):
                E(f"unlabelled international phone {v!r}")
        # unlabelled UK postcodes
        for m in re.finditer(r"(?<![\w-])" + UK_PC.pattern + r"(?![\w])", text):
            if not _covered(cov, m.start(), m.end(), "POSTCODE"):
                E(f"unlabelled UK postcode {m.group(0)!r}")
        for m in re.finditer(r"(?<![\d\w])\d(?:[ \-]?\d){11,18}(?!\d)", text):
            if card_ok(m.group(0)) and not _covered(cov, m.start(), m.end(), "CREDIT_CARD"):
                E(f"unlabelled card {m.group(0)!r}")
        # unlabelled NL postcodes (upper case letters)
        for m in re.finditer(r"(?<![\w/.\-])[1-9]\d{3} ?[A-Z]{2}(?![\w])", text):
            v = m.group(0)
            if postcode_nl_ok(v) and v[-2:] not in UNIT_PC and v not in org_pcs and not _covered(cov, m.start(), m.end(), "POSTCODE"):
                E(f"unlabelled NL postcode {v!r}")
        # spans exactly when the scenario has personal data
        if bool(spans) != rec["pii"]:
            E(f"pii={rec['pii']} but {len(spans)} spans")
    return errs


def stats(records):
    lines = []
    langs = ("nl", "en", "de")
    cnt = {l: {lab: 0 for lab in LABELS} for l in langs}
    for r in records:
        for sp in r["spans"]:
            cnt[r["lang"]][sp["label"]] += 1
    per_lang = {l: sum(1 for r in records if r["lang"] == l) for l in langs}
    free = {l: sum(1 for r in records if r["lang"] == l and not r["spans"]) for l in langs}
    lens = [len(r["text"].encode("utf-8")) for r in records]
    lines.append(f"messages: " + ", ".join(f"{l} {per_lang[l]}" for l in langs) + f" (total {len(records)})")
    lines.append(f"without personal data: {sum(free.values())} (" + ", ".join(f"{l} {free[l]}" for l in langs) +
                 f"), {100 * sum(free.values()) / len(records):.0f} %")
    lines.append(f"length bytes: min {min(lens)}, median {statistics.median(lens):.0f}, max {max(lens)}; "
                 f">=1KB: {sum(1 for x in lens if x >= 1024)}")
    lines.append("| label | nl | en | de | total |")
    lines.append("|---|---:|---:|---:|---:|")
    tot = {l: 0 for l in langs}
    for lab in LABELS:
        row = [cnt[l][lab] for l in langs]
        for l in langs:
            tot[l] += cnt[l][lab]
        lines.append(f"| `{lab}` | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    lines.append("| **all** | " + " | ".join(str(tot[l]) for l in langs) + f" | {sum(tot.values())} |")
    return "\n".join(lines)


def main():
    self_test()
    records = build()
    errs = audit(records)
    if errs:
        for e in errs:
            print("AUDIT:", e, file=sys.stderr)
        print(f"{len(errs)} audit errors; gold.jsonl NOT written", file=sys.stderr)
        sys.exit(1)
    data = "".join(json.dumps({"id": r["id"], "lang": r["lang"], "text": r["text"], "spans": r["spans"]},
                              ensure_ascii=False) + "\n" for r in records)
    # independent re-check on the serialised bytes
    for line, r in zip(data.splitlines(), records):
        obj = json.loads(line)
        bb = obj["text"].encode("utf-8")
        for sp in obj["spans"]:
            assert VALIDATORS[sp["label"]](bb[sp["start"]:sp["end"]].decode("utf-8")), (obj["id"], sp)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    with open(OUT, "rb") as f:
        raw = f.read()
    for line in raw.decode("utf-8").splitlines():
        obj = json.loads(line)
        bb = obj["text"].encode("utf-8")
        for sp in obj["spans"]:
            v = bb[sp["start"]:sp["end"]].decode("utf-8")
            assert v == v.strip() and VALIDATORS[sp["label"]](v), (obj["id"], sp, v)
    print(stats(records))
    print("sha256", hashlib.sha256(raw).hexdigest())


if __name__ == "__main__":
    main()
