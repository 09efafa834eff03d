#!/usr/bin/env python3
"""heldout30 - blind held-out PII evaluation set for pii-scrubber.

Organisation: Huisartsenpraktijk & Apotheek De Lindeboom (fictional GP practice + pharmacy, Sittard area).
Python 3.11, standard library only, deterministic (string-seeded random.Random per scenario instance).
Writes gold.jsonl next to this file only if the self test and the audit pass.
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

SEED = "heldout30-lindeboom-v1"
HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"

# ----------------------------------------------------------------------------------------------
# markup
S0, S1, S2 = "\ue000", "\ue001", "\ue002"      # labelled value: S0 LABEL S1 value S2
N0, N1 = "\ue003", "\ue004"                     # non-person string (company with a surname)
LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]


def m(label, value):
    assert label in LABELS, label
    return f"{S0}{label}{S1}{value}{S2}"


def P(v): return m("PERSON", v)
def E(v): return m("EMAIL", v)
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
def NP(v): return f"{N0}{v}{N1}"


def render(marked):
    """strip markup -> (text, spans as char offsets [(s,e,label,value)], np ranges)"""
    out, spans, nps = [], [], []
    i, pos = 0, 0
    np_start = None
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
            np_start = pos
            i += 1
        elif c == N1:
            nps.append((np_start, pos))
            i += 1
        else:
            out.append(c)
            pos += 1
            i += 1
    return "".join(out), spans, nps


# ----------------------------------------------------------------------------------------------
# validators
def elfproef(d):
    if not re.fullmatch(r"\d{9}", d) or int(d) == 0:
        return False
    s = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return s % 11 == 0


def bsn_valid(v):
    c = re.sub(r"[ .\-]", "", v)
    m_ = re.fullmatch(r"NL(\d{9})B01", c.upper())
    if m_:
        return elfproef(m_.group(1))
    if re.fullmatch(r"\d{8}", c):
        c = "0" + c
    return elfproef(c)


IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "GB": 22, "FR": 27, "LU": 20}
IBAN_BBAN = {"NL": r"[A-Z]{4}\d{10}", "BE": r"\d{12}", "DE": r"\d{18}", "GB": r"[A-Z]{4}\d{14}",
             "FR": r"\d{10}[0-9A-Z]{11}\d{2}", "LU": r"\d{3}[0-9A-Z]{13}"}


def mod97(s):
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def iban_valid(v):
    c = re.sub(r"[ .\-\u00a0]", "", v).upper()
    cc = c[:2]
    if cc not in IBAN_LEN or len(c) != IBAN_LEN[cc] or not re.fullmatch(r"\d{2}", c[2:4]):
        return False
    if not re.fullmatch(IBAN_BBAN[cc], c[4:]):
        return False
    if mod97(c[4:] + c[:4]) != 1:
        return False
    if cc == "BE":
        n = int(c[4:14]) % 97
        if (n or 97) != int(c[14:16]):
            return False
    return True


def iban_check(cc, bban):
    return "%02d" % (98 - mod97(bban + cc + "00"))


def btw_valid(v):
    c = re.sub(r"[ .\-]", "", v).upper()
    if not re.fullmatch(r"NL\d{9}B\d{2}", c) or c.endswith("B00"):
        return False
    return mod97(c) == 1


def luhn(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def card_iin_ok(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return True
    if (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720) and n == 16:
        return True
    if d[:2] in ("34", "37") and n == 15:
        return True
    if (d[:2] in ("50",) or 56 <= int(d[:2]) <= 69) and 12 <= n <= 19:
        return True
    if 3528 <= int(d[:4]) <= 3589 and 16 <= n <= 19:
        return True
    if (300 <= int(d[:3]) <= 305 or d[:4] == "3095" or d[:2] in ("36", "38", "39")) and 14 <= n <= 19:
        return True
    return False


def card_valid(v):
    d = re.sub(r"[ \-]", "", v)
    return bool(re.fullmatch(r"\d{12,19}", d)) and card_iin_ok(d) and luhn(d)


def pc_nl_valid(v):
    c = re.sub(r"[ \-]", "", v)
    if c.upper().startswith("NL"):
        c = c[2:]
    return bool(re.fullmatch(r"[1-9]\d{3}[A-Z]{2}", c)) and c[4:] not in ("SA", "SD", "SS")


UK_PC = r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}"


def postcode_valid(v):
    return pc_nl_valid(v) or bool(re.fullmatch(r"[1-9]\d{3}|\d{5}|" + UK_PC, v))


def docnr_valid(v):
    c = v.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}[0-9A-Z]{6}[0-9]", c)) and "O" not in c


def residence_valid(v):
    return bool(re.fullmatch(r"(I|II|III|IV|V)-V[A-NP-Z1-9]{8}", v))


DE_DOC = "CFGHJKLMNPRTVWXYZ0123456789"


def id_valid(v):
    if docnr_valid(v) or residence_valid(v):
        return True
    if re.fullmatch(r"\d{9}", v):                  # UK passport (with context)
        return True
    return len(v) == 9 and all(ch in DE_DOC for ch in v) and any(ch.isalpha() for ch in v)


SIDECODES = {1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX",
             7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX",
             13: "9-XX-999", 14: "999-XX-9"}
BANNED_KT = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS"]
KT_LETTERS = "BDFGHJKLNPRSTVXZ"


def kenteken_sidecode(v):
    c = v.upper()
    for sc, pat in SIDECODES.items():
        core = "".join("[A-Z]" if ch == "X" else r"\d" if ch == "9" else "{sep}" for ch in pat)
        if any(re.fullmatch(core.replace("{sep}", sep), c) for sep in ("-", " ", "")):
            letters = "".join(ch for ch in c if ch.isalpha())
            groups = [g for g in re.split(r"[- ]|(?<=\d)(?=[A-Z])|(?<=[A-Z])(?=\d)", c) if g]
            banned = list(BANNED_KT) + (["KVT", "VVD"] if sc >= 8 else []) + (["SP"] if sc >= 13 else [])
            if any(b in g for g in groups for b in banned):
                return None
            if sc >= 4 and any(ch in "AEIOUCQ" for ch in letters):
                return None
            return sc
    return None


def plate_valid(v):
    if kenteken_sidecode(v):
        return True
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{1,4}[EH]?", v))


NL_AREA2 = "10 13 15 20 23 24 26 30 33 35 36 38 40 43 45 46 50 53 55 58 70 71 72 73 74 75 76 77 78 79".split()
NL_AREA3 = ("111 113 114 115 117 118 161 162 164 165 166 167 168 172 174 180 181 182 183 184 186 187 222 223 224 "
            "226 227 228 229 251 252 255 294 297 299 313 314 315 316 317 318 320 321 341 342 343 344 345 346 347 "
            "348 411 412 413 416 418 475 478 481 485 486 487 488 492 493 495 497 499 511 512 513 514 515 516 517 "
            "518 519 521 522 523 524 525 527 528 529 541 543 544 545 546 547 548 561 562 566 570 571 572 573 575 "
            "577 578 591 592 593 594 595 596 597 598 599").split()


def nl_nsn_ok(n):
    if re.fullmatch(r"6[1-58]\d{7}", n):
        return True
    if len(n) == 9 and (n[:2] in NL_AREA2 or n[:3] in NL_AREA3):
        return True
    return False


def phone_norm(v):
    s = v.replace("(0)", "")
    s = re.sub(r"[ \-./()\u00a0]", "", s)
    return s


def phone_valid(v):
    s = phone_norm(v)
    cands = []
    for pre, cc in (("+31", "NL"), ("0031", "NL"), ("+32", "BE"), ("0032", "BE"), ("+49", "DE"), ("0049", "DE"),
                    ("+44", "GB"), ("0044", "GB")):
        if s.startswith(pre):
            cands.append((cc, s[len(pre):]))
    if not cands and s.startswith("0") and not s.startswith("00"):
        cands = [(cc, s[1:]) for cc in ("NL", "BE", "DE", "GB")]
    for cc, n in cands:
        if not n.isdigit():
            continue
        if cc == "NL" and nl_nsn_ok(n):
            return True
        if cc == "BE" and (re.fullmatch(r"4[5-9]\d{7}", n) or re.fullmatch(r"(89|11|12|13)[2-9]\d{5}", n)):
            return True
        if cc == "DE" and (re.fullmatch(r"1(5[1-9]|6[0-9]|7[0-9])\d{7,8}", n)
                           or re.fullmatch(r"(2452|2456|2454|2451|2453|241)\d{4,7}", n)):
            return True
        if cc == "GB" and re.fullmatch(r"(7700900|1174960|1614960|2079460)\d{3}", n):
            return True
    return False


EMAIL_RX = r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])"
TLDS = {"nl", "be", "de", "com", "net", "org", "uk", "ie", "eu", "example", "info", "me", "io"}


def email_valid(v):
    return bool(re.fullmatch(EMAIL_RX, v)) and v.rsplit(".", 1)[1].lower() in TLDS


def ip_valid(v):
    try:
        a = ipaddress.ip_address(v)
    except ValueError:
        return False
    return a.is_global


MONTHS = {}
for i, names in enumerate([
        "januari january januar jan", "februari february februar feb febr", "maart march märz mrt mar",
        "april apr", "mei may mai", "juni june jun", "juli july jul", "augustus august aug",
        "september sep sept", "oktober october okt oct", "november nov", "december dezember dec dez"], 1):
    for n in names.split():
        MONTHS[n] = i


def parse_date(v):
    v = v.strip()
    try:
        if re.fullmatch(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}", v):
            d, mo, y = map(int, re.split(r"[-/.]", v))
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            y, mo, d = map(int, v.split("-"))
        elif re.fullmatch(r"\d{1,2}\.? [A-Za-zä]+\.? \d{4}", v):
            a, b, c = v.split(" ")
            d, mo, y = int(a.rstrip(".")), MONTHS[b.rstrip(".").lower()], int(c)
        elif re.fullmatch(r"[A-Za-z]+ \d{1,2}, \d{4}", v):
            a, b, c = v.split(" ")
            mo, d, y = MONTHS[a.lower()], int(b.rstrip(",")), int(c)
        else:
            return None
        dt = datetime.date(y, mo, d)
    except (ValueError, KeyError):
        return None
    if not (1900 <= dt.year <= 2025):
        return None
    return dt


def kvk_valid(v):
    return bool(re.fullmatch(r"\d{8}", v))


def person_valid(v):
    return bool(re.fullmatch(r"[^\W\d_][\w.'’\-, ]*", v)) and not re.search(r"\d", v)


VALID = {
    "PERSON": person_valid, "EMAIL": email_valid, "PHONE": phone_valid, "IBAN": iban_valid, "BSN": bsn_valid,
    "ADDRESS": lambda v: bool(re.search(r"\d", v)) and bool(re.search(r"[^\W\d_]{3}", v)),
    "POSTCODE": postcode_valid, "CREDIT_CARD": card_valid, "IP_ADDRESS": ip_valid,
    "DATE_OF_BIRTH": lambda v: parse_date(v) is not None, "ID_DOCUMENT": id_valid,
    "LICENSE_PLATE": plate_valid, "BTW_ID": lambda v: btw_valid(v) and not elfproef(re.sub(r"\D", "", v)[:9]),
    "KVK": kvk_valid,
}

# ----------------------------------------------------------------------------------------------
# generators (all invented here; no Faker or test-data package)
def gen_bsn(r):
    while True:
        d = "".join(str(r.randint(0, 9)) for _ in range(8))
        if d[0] == "0":
            continue
        s = sum((9 - i) * int(d[i]) for i in range(8)) % 11
        if s == 10:
            continue
        v = d + str(s)
        if elfproef(v):
            return v


def gen_non_bsn9(r):
    while True:
        v = str(r.randint(100000000, 999999999))
        if not elfproef(v):
            return v


def gen_bsn_ref9(r):
    """9-digit number passing the elfproef, used as a reference (polis/factuur) number"""
    return gen_bsn(r)


def fmt_bsn(r, v, style=None):
    style = style if style is not None else r.choice(["plain", "dots", "space", "plain", "dash"])
    return {"plain": v, "dots": f"{v[:4]}.{v[4:6]}.{v[6:]}", "space": f"{v[:3]} {v[3:6]} {v[6:]}",
            "dash": f"{v[:3]}-{v[3:6]}-{v[6:]}"}[style]


NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB", "RBRB"]


def gen_iban(r, cc="NL"):
    if cc == "NL":
        bban = r.choice(NL_BANKS) + "".join(str(r.randint(0, 9)) for _ in range(10))
    elif cc == "BE":
        bank = r.choice(["063", "001", "068", "363", "735", "143", "850"])
        acc = bank + "".join(str(r.randint(0, 9)) for _ in range(7))
        chk = int(acc) % 97 or 97
        bban = acc + "%02d" % chk
    elif cc == "DE":
        blz = r.choice(["31251220", "37050198", "39050000", "37060193", "31250000", "39550110"])
        bban = blz + "".join(str(r.randint(0, 9)) for _ in range(10))
    elif cc == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + "".join(str(r.randint(0, 9)) for _ in range(14))
    v = cc + iban_check(cc, bban) + bban
    assert iban_valid(v)
    return v


def fmt_iban(r, v, style=None):
    style = style or r.choice(["compact", "spaced", "spaced", "lower", "nbsp"])
    sp = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if style == "compact":
        return v
    if style == "spaced":
        return sp
    if style == "lower":
        return v.lower()
    if style == "nbsp":
        return sp[:4] + NBSP + sp[5:]
    return v


def gen_btw(r):
    while True:
        d = gen_non_bsn9(r)
        for suf in range(1, 100):
            v = f"NL{d}B{suf:02d}"
            if btw_valid(v):
                return v


def gen_card(r, kind):
    pre, n = {"visa": (r.choice(["4532", "4916", "4485", "4024"]), 16),
              "mc": (r.choice(["5213", "5412", "5578", "2223", "2718"]), 16),
              "amex": (r.choice(["3714", "3787", "3456"]), 15)}[kind]
    while True:
        body = pre + "".join(str(r.randint(0, 9)) for _ in range(n - len(pre) - 1))
        for c in "0123456789":
            if luhn(body + c):
                return body + c


def fmt_card(v):
    if len(v) == 15:
        return f"{v[:4]} {v[4:10]} {v[10:]}"
    return " ".join(v[i:i + 4] for i in range(0, 16, 4))


PC_LETTERS = "ABCDEFGHJKLMNPRSTVWXZ"


def gen_pc(r, lo, hi):
    while True:
        l2 = r.choice(PC_LETTERS) + r.choice(PC_LETTERS)
        if l2 not in ("SA", "SD", "SS"):
            return f"{r.randint(lo, hi)} {l2}"


def gen_uk_pc(r):
    return r.choice(["BS7", "M20", "LS6", "CF14", "EH10", "SW11", "BT9", "NE2", "OX4", "G12"]) + " " + \
        str(r.randint(1, 9)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")


DOC_CH = "ABCDEFGHJKLMNPQRSTUVWXYZ123456789"


def gen_docnr(r, first="N"):
    return first + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(r.choice(DOC_CH) for _ in range(6)) + \
        str(r.randint(1, 9))


def gen_residence(r):
    return r.choice(["II", "III", "IV"]) + "-V" + "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ123456789") for _ in range(8))


def gen_de_doc(r):
    return r.choice("CFGHJKLMNPRTVWXYZ") + "".join(r.choice(DE_DOC) for _ in range(8))


def gen_kenteken(r):
    while True:
        sc = r.choice([7, 8, 9, 10, 11, 12, 13, 14])
        v = "".join(r.choice(KT_LETTERS) if ch == "X" else str(r.randint(1, 9)) if ch == "9" else "-"
                    for ch in SIDECODES[sc])
        if kenteken_sidecode(v) == sc:
            return v


def gen_de_plate(r):
    return r.choice(["HS", "AC", "GK", "VIE", "DN"]) + "-" + r.choice("ABCDEFGHKLMNPRSTWZ") + \
        r.choice(["", "K", "R", "T"]) + " " + str(r.randint(10, 9999))


def gen_nhs(r):
    while True:
        d = str(r.randint(4, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
        c = 11 - sum((10 - i) * int(d[i]) for i in range(9)) % 11
        if c == 11:
            c = 0
        if c != 10:
            return d + str(c)


def gen_ipv4(r):
    while True:
        v = ".".join(str(x) for x in (r.choice([31, 37, 62, 77, 80, 81, 84, 85, 86, 89, 94, 145, 178, 188, 212, 217]),
                                      r.randint(1, 254), r.randint(0, 255), r.randint(1, 254)))
        if ip_valid(v):
            return v


def gen_ipv6(r):
    while True:
        v = r.choice(["2a02:a46", "2001:1c0", "2a02:58", "2a01:7c8"]) + "%x" % r.randint(0, 15) + ":" + \
            ":".join("%x" % r.randint(1, 0xffff) for _ in range(3)) + "::" + "%x" % r.randint(1, 0xfff)
        if ip_valid(v):
            return v


def gen_nl_mobile(r):
    return "6" + r.choice("12345") + "".join(str(r.randint(0, 9)) for _ in range(7))


def fmt_nl_mobile(r, n, style=None):
    a = n[1:]          # 8 digits after 6
    style = style or r.choice(["dash", "space4", "compact", "intl", "intl0", "pairs", "0031"])
    return {"dash": f"06-{a}", "space4": f"06 {a[:4]} {a[4:]}", "compact": f"06{a}", "intl": f"+31 6 {a}",
            "intl0": f"+31 (0)6 {a[:4]} {a[4:]}", "pairs": f"06 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
            "0031": f"0031 6 {a[:4]} {a[4:]}"}[style]


def gen_nl_land(r, area="46"):
    sub = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(6))
    return r.choice([f"0{area} {sub[:3]} {sub[3:]}", f"0{area}-{sub}", f"+31 {area} {sub[:3]} {sub[3:]}"])


def gen_be_gsm(r):
    d = "4" + r.choice("789") + "".join(str(r.randint(0, 9)) for _ in range(7))
    return r.choice([f"0{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+32 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                     f"0{d[:3]}/{d[3:5]}.{d[5:7]}.{d[7:]}"])


def gen_be_land(r):
    d = "89" + str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(5))
    return f"0{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"


def gen_de_mobile(r):
    pre = r.choice(["151", "160", "170", "171", "176", "157"])
    rest = "".join(str(r.randint(0, 9)) for _ in range(8))
    return r.choice([f"0{pre} {rest}", f"+49 {pre} {rest}", f"0{pre}-{rest[:4]} {rest[4:]}", f"0049 {pre} {rest}"])


def gen_de_land(r):
    area = r.choice(["2452", "2456", "2454", "2451"])
    rest = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(r.choice([4, 5])))
    return r.choice([f"0{area} {rest}", f"0{area}/{rest}", f"+49 {area} {rest}", f"+49 (0){area} {rest}"])


def gen_uk_phone(r):
    x = "%03d" % r.randint(0, 999)
    return r.choice([f"07700 900{x}", f"+44 7700 900{x}", f"0117 496 0{x}", f"0161 496 0{x}",
                     f"020 7946 0{x}", f"+44 20 7946 0{x}"])


def gen_date(r, y0, y1):
    while True:
        try:
            return datetime.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))
        except ValueError:
            pass


NL_MON = "januari februari maart april mei juni juli augustus september oktober november december".split()
EN_MON = "January February March April May June July August September October November December".split()
DE_MON = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()


def fmt_dob(r, d, lang):
    if lang == "nl":
        return r.choice([f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day}-{d.month}-{d.year}",
                         f"{d.day} {NL_MON[d.month - 1]} {d.year}", d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}"])
    if lang == "en":
        return r.choice([f"{d.day} {EN_MON[d.month - 1]} {d.year}", f"{EN_MON[d.month - 1]} {d.day}, {d.year}",
                         f"{d.day:02d}/{d.month:02d}/{d.year}", d.isoformat()])
    return r.choice([f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {DE_MON[d.month - 1]} {d.year}",
                     f"{d.day:02d}.{d.month:02d}.{d.year}"])


# ----------------------------------------------------------------------------------------------
# names, streets, towns (written for this set)
NL_F = ["Marloes", "Femke", "Anouk", "Esmée", "Noëlle", "Daniëlle", "Ilona", "Mirthe", "Hanneke", "Gerda",
        "Ellen", "Wilma", "Jolien", "Maud", "Loes"]
NL_M = ["Thijs", "Joost", "Pieter-Jan", "Sjoerd", "Maarten", "Wouter", "Luuk", "Geert", "Stijn", "Harrie",
        "Frans", "Bart", "Twan", "Jos"]
NL_L = ["Houben", "Lemmens", "Driessen", "Moonen", "Smeets", "Coenen", "Kuijpers", "Dassen", "Frissen",
        "van der Meulen", "van 't Hoff", "Claessens", "Ramakers", "Lenssen", "Beckers", "Vermeulen", "Hendriks",
        "Schoenmakers", "Bours", "Paulissen", "Sijben", "Heijnen"]
MA_F = ["Khadija", "Nadia", "Samira", "Elif", "Zeynep", "Fatma"]
MA_M = ["Youssef", "Mustafa", "Emre", "Bilal", "Hamza"]
MA_L = ["El Khattabi", "Bouzid", "Aksoy", "Öztürk", "Benali", "Yılmaz"]
BE_F = ["Hanne", "Sien", "Lotte", "Elke", "Griet"]
BE_M = ["Jens", "Wout", "Bram", "Pieterjan", "Koen"]
BE_L = ["Vanderstraeten", "Claes", "Wouters", "Vandenbroeck", "Goossens", "Peeters", "Vanhoof"]
DE_F = ["Birgit", "Sabine", "Hannah", "Mareike", "Heike", "Ute", "Jana"]
DE_M = ["Jürgen", "Lukas", "Torsten", "Dirk", "Matthias", "Uwe"]
DE_L = ["Schmitz", "Küppers", "Hilgers", "Beckmann", "Pütz", "Offermanns", "Dahmen", "Görtz", "Laumen",
        "Theißen", "Jöris"]
EN_F = ["Siobhan", "Imogen", "Harriet", "Priyanka", "Aoife", "Bethany", "Fiona"]
EN_M = ["Callum", "Rhys", "Declan", "Aidan", "Tobias", "Oliver", "Ravi"]
EN_L = ["McAllister", "Pemberton", "Okafor", "Whitfield", "Gallagher", "Thornbury", "Ashworth", "Kavanagh",
        "D'Souza", "Fairweather"]
GROUPS = {"nl": (NL_F, NL_M, NL_L), "ma": (MA_F, MA_M, MA_L), "be": (BE_F, BE_M, BE_L),
          "de": (DE_F, DE_M, DE_L), "en": (EN_F, EN_M, EN_L)}

# staff of the practice (persons)
STAFF = {
    "geurtsen": ("Jeroen", "Geurtsen"),        # huisarts
    "vonken": ("Anne-Marie", "Vonken"),        # huisarts
    "aydogan": ("Selin", "Aydoğan"),           # huisarts in opleiding
    "wetzels": ("Sanne", "Wetzels"),           # doktersassistente
    "bemelmans": ("Chantal", "Bemelmans"),     # doktersassistente
    "ramdin": ("Priya", "Ramdin"),             # doktersassistente
    "schrijnemakers": ("Ruud", "Schrijnemakers"),  # praktijkmanager
    "crombach": ("Lieke", "Crombach"),         # apotheker
    "elamrani": ("Yara", "El Amrani"),         # apothekersassistente
    "thelen": ("Katharina", "Thelen"),         # Deutsch sprechende Assistentin
    "brennan": ("Niamh", "Brennan"),           # praktijkondersteuner / practice nurse
}
# other doctors (previous GPs, specialists) - persons too
DOCS = [("Hubert", "Wijnands"), ("Carla", "Meijers"), ("Ingrid", "Pluijmen"), ("Rob", "Stassen"),
        ("Thomas", "Kerckhoffs"), ("Gudrun", "Vossen"), ("Edward", "Linfield")]

TUSSEN = {"van", "der", "de", "den", "'t", "ter", "ten", "el", "von", "van't"}


class Person:
    def __init__(self, first, last):
        self.first, self.last = first, last

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def Last(self):        # surname standing alone: tussenvoegsel capitalised
        return self.last[0].upper() + self.last[1:]

    @property
    def init(self):
        return ".".join(p[0] for p in self.first.split("-")) + "."

    @property
    def ini_last(self):
        return f"{self.init} {self.last}"


def person(r, grp, sex=None):
    f, mm, l = GROUPS[grp]
    sex = sex or r.choice("fm")
    return Person(r.choice(f if sex == "f" else mm), r.choice(l))


def staff(key):
    return Person(*STAFF[key])


def doc(r):
    return Person(*r.choice(DOCS))


NL_STREETS = ["Vlasbloemstraat", "Bosbesweg", "Leyenbroekerweg", "Kollenberglaan", "Haspelsweg",
              "Molenbeekstraat", "Rosmolenpad", "Walramstraat", "Kempkensweg", "Hoogveldsingel", "Kastanjelaan",
              "Ophovenerweg", "Schuttersveld", "Kapelaan Pitonstraat", "Burg. Damenstraat", "Mgr. Vranckenstraat",
              "Laan van Mameren", "Geleenbeeklaan", "Tudderenderweg", "Sanderboutlaan"]
NL_ADD = ["", "", "", "a", "B", "-2", " bis", "A-1", " hs", "c"]
NL_TOWNS = [("Sittard", 6131, 6137), ("Geleen", 6160, 6167), ("Born", 6121, 6125), ("Munstergeleen", 6151, 6151),
            ("Limbricht", 6141, 6141), ("Susteren", 6114, 6114), ("Echt", 6101, 6102), ("Stein", 6171, 6171),
            ("Beek", 6191, 6191)]
BE_STREETS = ["Heirbaan", "Rijksweg", "Stationsstraat", "Dorpsstraat", "Molenweg", "Kerkstraat", "Steenweg"]
BE_TOWNS = [("Maasmechelen", "3630"), ("Lanaken", "3620"), ("Dilsen-Stokkem", "3650"), ("Maaseik", "3680"),
            ("Genk", "3600")]
DE_STREETS = ["Sittarder Straße", "Am Mühlenbach", "Bruchstraße", "Gangelter Weg", "Schulstraße", "Landstraße",
              "Hochstraße", "Am Rodebach"]
DE_TOWNS = [("Gangelt", "52538"), ("Selfkant", "52538"), ("Heinsberg", "52525"), ("Geilenkirchen", "52511"),
            ("Waldfeucht", "52525")]
UK_STREETS = ["Larkspur Close", "Alderney Road", "Mill Lane", "Whitethorn Avenue", "Church Road", "Kestrel Way"]
UK_TOWNS = ["Bristol", "Manchester", "Leeds", "Cardiff", "Edinburgh", "Belfast"]


def nl_addr(r):
    t, lo, hi = r.choice(NL_TOWNS)
    return f"{r.choice(NL_STREETS)} {r.randint(1, 160)}{r.choice(NL_ADD)}", gen_pc(r, lo, hi), t


def be_addr(r):
    t, pc = r.choice(BE_TOWNS)
    return f"{r.choice(BE_STREETS)} {r.randint(1, 240)}" + r.choice(["", " bus 2", " bus 11", "A"]), pc, t


def de_addr(r):
    t, pc = r.choice(DE_TOWNS)
    return f"{r.choice(DE_STREETS)} {r.randint(1, 90)}{r.choice(['', '', 'a', 'b'])}", pc, t


UK_PC_TOWN = {"BS7": "Bristol", "M20": "Manchester", "LS6": "Leeds", "CF14": "Cardiff", "EH10": "Edinburgh",
              "BT9": "Belfast", "OX4": "Oxford", "G12": "Glasgow", "NE2": "Newcastle", "SW11": "London"}


def uk_addr(r):
    pc = gen_uk_pc(r)
    return r.choice(["", f"Flat {r.randint(1, 9)}, "]) + f"{r.randint(2, 140)} {r.choice(UK_STREETS)}", \
        pc, UK_PC_TOWN[pc.split()[0]]


def mail_of(r, p, dom=None):
    dom = dom or r.choice(["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "telenet.be",
                           "web.de", "gmx.de", "t-online.de", "icloud.com", "btinternet.com"])
    first = unicodedata.normalize("NFKD", p.first).encode("ascii", "ignore").decode().lower().replace("-", "")
    last = unicodedata.normalize("NFKD", p.last).encode("ascii", "ignore").decode().lower()
    last = re.sub(r"[^a-z]", "", last)
    return r.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last}{r.randint(1, 99)}",
                     f"{last}.{first[0]}"]) + "@" + dom


# ----------------------------------------------------------------------------------------------
# the organisation (never labelled)
ORG = {
    "names": ["Huisartsenpraktijk & Apotheek De Lindeboom", "Huisartsenpraktijk De Lindeboom",
              "Apotheek De Lindeboom", "Praxis De Lindeboom", "De Lindeboom", "Lindeboom"],
    "domains": ["delindeboom.example"],
    "phones": ["046 452 8100", "046 452 8130", "046 452 8199", "06 2391 5540"],
    "ibans": ["NL96RABO0147362958", "NL69INGB0008824517"],
    "addresses": ["Kloosterhofweg 7, 6134 PD Sittard", "Postbus 1130, 6130 PC Sittard"],
    "kvk": ["71842036"],
    "btw": ["NL862540917B13"],
    "handles": ["@DeLindeboomZorg", "@apotheek.delindeboom"],
}

ORG_SIG_NL = ("Huisartsenpraktijk & Apotheek De Lindeboom\nKloosterhofweg 7, 6134 PD Sittard\n"
              "T 046 452 8100 | Apotheek 046 452 8130 | www.delindeboom.example")
ORG_SIG_EN = ("De Lindeboom GP practice & pharmacy (Huisartsenpraktijk & Apotheek De Lindeboom)\n"
              "Kloosterhofweg 7, 6134 PD Sittard, the Netherlands | +31 46 452 8100 | international@delindeboom.example")
ORG_SIG_DE = ("Praxis De Lindeboom – Hausarztpraxis & Apotheke\nKloosterhofweg 7, 6134 PD Sittard (NL)\n"
              "Tel. +31 46 452 8100 | deutsch@delindeboom.example")
INSURERS_NL = ["CZ", "VGZ", "Menzis", "Zilveren Kruis", "ONVZ", "DSW"]
KASSEN = ["AOK Rheinland/Hamburg", "Techniker Krankenkasse", "Barmer", "DAK-Gesundheit", "IKK classic"]
MEDS = ["omeprazol 20 mg", "metformine 500 mg", "salbutamol inhalator 100 mcg", "levothyroxine 50 mcg",
        "atorvastatine 20 mg", "amlodipine 5 mg", "pantoprazol 40 mg"]

SCEN = []


def S(lang, pii, n):
    def deco(f):
        SCEN.append((f.__name__, lang, pii, n, f))
        return f
    return deco


def hhmm(r):
    return f"{r.randint(8, 17):02d}:{r.choice(['00', '10', '15', '20', '30', '40', '45', '50'])}"


def d_appt(r, lang="nl"):
    d = gen_date(r, 2025, 2025)
    if lang == "nl":
        return f"{d.day} {NL_MON[d.month - 1]}"
    if lang == "en":
        return f"{d.day} {EN_MON[d.month - 1]}"
    return f"{d.day}. {DE_MON[d.month - 1]}"


def dnum(r):
    d = gen_date(r, 2025, 2025)
    return f"{d.day:02d}-{d.month:02d}-2025"


def polis(r):
    return gen_bsn_ref9(r) if r.random() < 0.6 else gen_non_bsn9(r)


# ============================================================================================== NL
@S("nl", True, 3)
def nl_inschrijf(r, k):
    p = person(r, r.choice(["nl", "nl", "ma", "be"]))
    a, pc, t = nl_addr(r)
    dob = fmt_dob(r, gen_date(r, 1940, 2004), "nl")
    g = doc(r)
    gtown = r.choice(["Maastricht", "Heerlen", "Roermond", "Venlo", "Eindhoven"])
    ins = r.choice(INSURERS_NL)
    if k == 1:
        return (f"inschrijfformulier (web) - ingevuld {dnum(r)} {hhmm(r)}\n\nnaam: {P(p.full.lower())}\n"
                f"geb datum: {DOB(dob)}\nbsn: {BS(fmt_bsn(r, gen_bsn(r), 'plain'))}\n"
                f"adres: {AD(a.lower())} {PC(pc.replace(' ', ''))} {t.lower()}\n"
                f"tel: {PH(fmt_nl_mobile(r, gen_nl_mobile(r)))}\nmail: {E(mail_of(r, p))}\n"
                f"verzekering: {ins.lower()} polisnummer {polis(r)}\n"
                f"vorige huisarts: {P(g.Last)} in {gtown}\nopmerking: verhuisd voor werk, graag zsm inschrijven")
    return (f"Onderwerp: Inschrijfformulier nieuwe patiënt (webformulier #{r.randint(20000, 29999)})\n"
            f"Verzonden via www.delindeboom.example/inschrijven op {dnum(r)} om {hhmm(r)}\n\n"
            f"Achternaam:        {P(p.last)}\nVoornamen:         {P(p.first)}\n"
            f"Geboortedatum:     {DOB(dob)}\nBSN:               {BS(fmt_bsn(r, gen_bsn(r)))}\n"
            f"Straat + huisnr.:  {AD(a)}\nPostcode:          {PC(pc)}\nWoonplaats:        {t}\n"
            f"Telefoon:          {PH(fmt_nl_mobile(r, gen_nl_mobile(r)))}\nE-mail:            {E(mail_of(r, p))}\n"
            f"Zorgverzekeraar:   {ins}\nPolisnummer:       {polis(r)}\n"
            f"Vorige huisarts:   dokter {P(g.Last)}, {gtown}\n"
            f"Toestemming LSP:   ja\nAkkoord privacyverklaring: ja (versie 2.3)")


@S("nl", True, 3)
def nl_afspraak(r, k):
    p = person(r, r.choice(["nl", "nl", "ma"]))
    a = staff(r.choice(["wetzels", "bemelmans", "ramdin"]))
    ph = fmt_nl_mobile(r, gen_nl_mobile(r)) if k != 1 else gen_nl_land(r, "46")
    d = d_appt(r)
    body = r.choice([
        f"Goedemorgen,\n\nIk wil graag een afspraak maken bij dokter {P(staff('vonken').Last)} voor mijn zoon. "
        f"Het gaat om een controle, geen spoed. Ik ben het best bereikbaar op {PH(ph)} na 15:00.\n\n"
        f"Met vriendelijke groet,\n{P(p.full)}",
        f"Hallo,\n\nkan mijn afspraak van {d} om {hhmm(r)} verzet worden? ik moet die dag werken. "
        f"bel me even terug op {PH(ph)}\n\ngroetjes {P(p.first)}",
        f"Beste assistente,\n\nGraag zou ik mijn afspraak van {d} annuleren. Ik heb al een nieuwe afspraak "
        f"via de app (referentie AFS-{r.randint(1000, 9999)}).\nTelefoon voor vragen: {PH(ph)}\n\n"
        f"Vriendelijke groeten,\n{P(p.ini_last)}"])
    quote = (f"\n\n-----Oorspronkelijk bericht-----\nVan: Huisartsenpraktijk De Lindeboom <assistentie@delindeboom.example>\n"
             f"Verzonden: {dnum(r)} {hhmm(r)}\nOnderwerp: Herinnering afspraak\n\n"
             f"Beste patiënt,\nU heeft een afspraak op {d}. Verhinderd? Meld dit 24 uur van tevoren via 046 452 8100.\n"
             f"Met vriendelijke groet,\n{P(a.first)}\ndoktersassistente")
    return body + quote


@S("nl", True, 3)
def nl_herhaal_wa(r, k):
    p = person(r, r.choice(["nl", "ma", "nl"]), "f")
    mother = Person(r.choice(NL_F), p.last)
    dob = fmt_dob(r, gen_date(r, 1932, 1950), "nl")
    d = dnum(r)
    med = r.choice(MEDS)
    y = staff("elamrani")
    emo = r.choice(["🙏", "👍", "😊"])
    mins = iter(sorted(r.sample(range(10, 60), 3)))
    return (f"[{d} 08:{r.randint(10, 59)}] {P(p.full)}: goedemorgen, kan ik een herhaalrecept aanvragen voor mijn moeder "
            f"{P(mother.full)} geb {DOB(dob)}? het gaat om de {med}, ze heeft nog voor 3 dagen\n"
            f"[{d} 09:{next(mins)}] Apotheek De Lindeboom: Goedemorgen! Dat is genoteerd, receptnummer R-{r.randint(100000, 999999)}. "
            f"Morgen na 14:00 klaar voor afhalen. Groet, {P(y.first)}\n"
            f"[{d} 09:{next(mins)}] {P(p.full)}: top dankjewel {emo}\n"
            f"[{d} 09:{next(mins)}] {P(p.full)}: kan het ook bezorgd worden? ze woont op {AD(nl_addr(r)[0])}")


@S("nl", True, 3)
def nl_huisbezoek(r, k):
    p = person(r, "nl", "m")
    dt = Person(r.choice(NL_F), p.last if r.random() < .5 else r.choice(NL_L))
    a, pc, t = nl_addr(r)
    ass = staff(r.choice(["wetzels", "bemelmans"]))
    arts = staff(r.choice(["vonken", "geurtsen", "aydogan"]))
    if k == 2:
        return (f"visite {dnum(r)}\n- dhr {P(p.ini_last)}, {AD(a)}, {PC(pc)} {t}\n- dochter {P(dt.first)} belde, "
                f"{PH(fmt_nl_mobile(r, gen_nl_mobile(r)))}\n- sleutelkluisje naast voordeur, code bij dochter\n"
                f"- ingepland bij {P(arts.first)} na spreekuur (ca. 12:30)\n/{P(ass.first.lower())}")
    return (f"Interne notitie – visiteverzoek\nAangenomen door: {P(ass.full)} ({dnum(r)}, {hhmm(r)})\n\n"
            f"Patiënt: dhr. {P(p.full)}, {AD(a)}, {PC(pc)} {t}. Dochter {P(dt.full)} belt namens hem "
            f"({PH(fmt_nl_mobile(r, gen_nl_mobile(r)))}); meneer komt de trap niet meer af. Graag aanbellen bij de "
            f"achterdeur, hond wordt binnengehouden.\nToegewezen aan: dokter {P(arts.Last)}. Urgentie U3, vandaag.")


@S("nl", True, 2)
def nl_verwijs(r, k):
    p = person(r, r.choice(["nl", "ma"]))
    sp = doc(r)
    a, pc, t = nl_addr(r)
    arts = staff(r.choice(["vonken", "geurtsen"]))
    return (f"VERWIJSBRIEF\n\nAan: polikliniek Interne Geneeskunde, Ziekenhuis Westmaas\nt.a.v. dr. {P(sp.full)}\n\n"
            f"Geachte collega {P(sp.Last)},\n\nHierbij verwijs ik {r.choice(['mevrouw', 'de heer'])} {P(p.full)}, "
            f"geboren {DOB(fmt_dob(r, gen_date(r, 1945, 1999), 'nl'))}, BSN {BS(fmt_bsn(r, gen_bsn(r)))}, wonende "
            f"{AD(a)}, {PC(pc)} {t}, naar uw spreekuur voor verdere analyse van de laboratoriumuitslagen "
            f"van {dnum(r)} (zie bijlage). Medicatie: {r.choice(MEDS)} 1dd1.\n\nMet collegiale groet,\n\n"
            f"{P(arts.full)}, huisarts\nAGB-code 01-0{r.randint(10000, 99999)} | Huisartsenpraktijk De Lindeboom")


@S("nl", True, 2)
def nl_dossier(r, k):
    p = person(r, "nl")
    a, pc, t = nl_addr(r)
    g = doc(r)
    return (f"Geachte heer/mevrouw,\n\nPer {dnum(r)} ben ik verhuisd naar {AD(a)}, {PC(pc)} {t}. Ik heb me "
            f"ingeschreven bij de praktijk van dokter {P(g.Last)} en wil graag dat mijn medisch dossier wordt "
            f"overgedragen. Ter identificatie: mijn BSN is {BS(fmt_bsn(r, gen_bsn(r), 'dots'))} en mijn "
            f"geboortedatum {DOB(fmt_dob(r, gen_date(r, 1950, 2000), 'nl'))}.\n\nDe nieuwe praktijk heeft AGB-code "
            f"0101{r.randint(1000, 9999)}.\n\nMet vriendelijke groet,\n{P(p.full)}\n{PH(gen_nl_land(r, r.choice(['46', '43', '45'])))}")


@S("nl", True, 3)
def nl_eigen_risico(r, k):
    p = person(r, r.choice(["nl", "ma"]))
    fact = gen_bsn_ref9(r)
    ib = fmt_iban(r, gen_iban(r, "NL"), "nbsp" if k == 2 else None)
    amt = r.choice(["38,50", "12,45", "74,10", "19,95"])
    return (f"Onderwerp: dubbel betaald factuur {fact}\n\nGoedendag,\n\nIk heb factuur {fact} van € {amt} "
            f"(consult {dnum(r)}) per ongeluk twee keer betaald, een keer via iDEAL en een keer via de bank. "
            f"Kunt u € {amt} terugstorten op {IB(ib)} t.n.v. {P(p.ini_last)}? Mijn eigen risico is "
            f"inmiddels vol (€ 385), dus de rest gaat via {r.choice(INSURERS_NL)}.\n\nGroet,\n{P(p.full)}")


@S("nl", True, 2)
def nl_klacht(r, k):
    p = person(r, "nl")
    a, pc, t = nl_addr(r)
    ass = staff("bemelmans")
    return (f"{P(p.full.upper())}\n{AD(a.upper())}\n{PC(pc)}  {t.upper()}\n\nAan: de praktijkmanager van "
            f"Huisartsenpraktijk De Lindeboom\nPostbus 1130, 6130 PC Sittard\n\n{t}, {dnum(r)}\n\n"
            f"Betreft: klacht over telefonische bereikbaarheid\n\nGeachte heer {P(staff('schrijnemakers').Last)},\n\n"
            f"Op {d_appt(r)} heb ik van 8:00 tot 8:45 in de wacht gestaan. Toen ik eindelijk assistente "
            f"{P(ass.first)} aan de lijn kreeg was het spreekuur vol. Ik vind dit onacceptabel. Ik verwacht een "
            f"reactie binnen 14 dagen. U kunt mij bellen op {PH(gen_nl_land(r, '46'))}.\n\nHoogachtend,\n\n{P(p.ini_last)}")


@S("nl", True, 2)
def nl_portal(r, k):
    p = person(r, "nl")
    ip = gen_ipv4(r) if k == 0 else gen_ipv6(r)
    pr = staff("ramdin")
    dl = dnum(r)
    return (f"Ticket MLB-{r.randint(4000, 4999)} – portaal MijnLindeboom\nMelder: {E(mail_of(r, p))}\n"
            f"Probleem: kan niet inloggen, krijgt steeds 'sessie verlopen'.\n\nLog (geplakt):\n"
            f"{dl} 07:{r.randint(10, 44)}:{r.randint(10, 59)} login_fail user=pt-{r.randint(10000, 99999)} "
            f"src={IP(ip)} via=10.20.4.11 app=portal/3.8.2\n"
            f"{dl} 07:{r.randint(45, 59)}:{r.randint(10, 59)} lockout after 5 attempts, gw 192.168.40.1\n\n"
            f"Actie: account ontgrendeld, wachtwoord-resetlink verstuurd. Patiënt gebeld op "
            f"{PH(fmt_nl_mobile(r, gen_nl_mobile(r)))}.\n— {P(pr.first)}")


@S("nl", True, 2)
def nl_bezorg(r, k):
    ch = person(r, "nl", "m")
    rows = []
    for i in range(1, 4):
        q = person(r, r.choice(["nl", "nl", "ma"]))
        a, pc, t = nl_addr(r)
        rows.append(f"| {i} | {P(q.ini_last)} | {AD(a)}, {PC(pc)} {t} | {PH(fmt_nl_mobile(r, gen_nl_mobile(r)))} | "
                    f"{r.choice(['koelkast', 'handtekening', 'bij buren afgeven', 'na 13:00'])} |")
    return (f"Bezorgroute apotheek – {dnum(r)} – chauffeur {P(ch.first)} (bestelbus apotheek, koelbox mee)\n\n| # | patiënt | adres | tel | opm. |\n|---|---|---|---|---|\n"
            + "\n".join(rows) + "\n\nRetour: ongeopende zakjes terug naar de balie, scanner DX-220 opladen.")


@S("nl", True, 2)
def nl_be(r, k):
    p = person(r, "be")
    a, pc, t = be_addr(r)
    return (f"Dag,\n\nIk werk sinds {NL_MON[r.randint(0, 11)]} in "
            f"Sittard en ben via mijn werkgever ingeschreven bij jullie praktijk (grensarbeider, S1-formulier "
            f"ingediend bij CZ). Mijn adres in België: {AD(a)}, {PC(pc)} {t}. Gsm: {PH(gen_be_gsm(r))}.\n"
            f"Ik kreeg een factuur van € 41,20 maar volgens de mutualiteit moet die via het S1-formulier lopen. "
            f"Als ik toch betaald heb, mag het teruggestort worden op {IB(fmt_iban(r, gen_iban(r, 'BE')))}.\n\n"
            f"Met vriendelijke groeten,\n{P(p.full)}")


@S("nl", True, 2)
def nl_zzp(r, k):
    p = person(r, "nl")
    kvk = str(r.randint(50000000, 99999999))
    comp = NP(f"{p.Last} Fysio & Training")
    if k == 0:
        tax = f"btw-id {BTW(gen_btw(r))}"
    else:
        tax = f"omzetbelastingnummer {BS('NL' + gen_bsn(r) + 'B01')}"
    return (f"Hoi,\n\nVoor de reisvaccinaties ({r.choice(['hepatitis A', 'DTP', 'gele koorts'])}) wil ik graag "
            f"een factuur op naam van mijn eenmanszaak {comp}, KvK {KVK(kvk)}, {tax}. Factuuradres is het "
            f"zaakadres {AD(nl_addr(r)[0])} in Geleen.\n\nBedankt!\n{P(p.first)}")


@S("nl", True, 2)
def nl_kenteken(r, k):
    p = person(r, "nl")
    kt = gen_kenteken(r)
    if k == 1:
        kt = kt.replace("-", "").lower()
    return (f"Notitie balie {dnum(r)} {hhmm(r)}\nAuto met kenteken {KT(kt)} staat weer voor de ambulance-ingang. "
            f"Volgens collega is het de auto van {P(p.full)} (afspraak 10:40 bij de POH). Gebeld op "
            f"{PH(fmt_nl_mobile(r, gen_nl_mobile(r)))}, geen gehoor. Bord 'Vrijhouden – Kloosterhofweg 7' "
            f"hangt er gewoon. Graag bij de volgende keer aanspreken. /{P(staff('wetzels').first)}")


@S("nl", True, 2)
def nl_afhaal_id(r, k):
    p = person(r, "nl")
    b = person(r, r.choice(["nl", "ma"]), "m")
    if k == 0:
        docs = f"zijn ID-kaart mee (documentnummer {ID(gen_docnr(r, 'I'))})"
    else:
        docs = f"zijn paspoort mee, nummer {ID(gen_docnr(r, 'N'))}"
    return (f"Beste apotheek,\n\nOmdat ik na mijn operatie niet kan rijden komt mijn buurman {P(b.full)} morgen mijn "
            f"medicatie ophalen (Opiumwet-middel, dus ik weet dat u legitimatie wilt zien). Hij neemt {docs}. "
            f"Machtiging zit als bijlage bij deze mail.\n\nVriendelijke groet,\n{P(p.full)}\n{E(mail_of(r, p))}")


@S("nl", True, 2)
def nl_vacc(r, k):
    p = person(r, "nl", "f")
    h = person(r, "nl", "m")
    a, pc, t = nl_addr(r)
    return (f"Goedemiddag,\n\nIk heb de uitnodiging voor de griepprik ({d_appt(r)}, 14:00-17:00, locatie Kloosterhofweg) "
            f"ontvangen, maar mijn man {P(h.full)} (geboren {DOB(fmt_dob(r, gen_date(r, 1940, 1960), 'nl'))}) niet, "
            f"terwijl hij ook boven de 60 is. Wij wonen allebei op {AD(a)} in {t}. Kan hij gewoon mee komen?\n\n"
            f"Groetjes,\n{P(p.first)}")


@S("nl", True, 3)
def nl_webchat(r, k):
    p = person(r, r.choice(["nl", "ma", "be"]))
    a = staff(r.choice(["wetzels", "ramdin", "bemelmans"]))
    d = dnum(r)
    return (f"Webchat-export {d}\n[10:{r.randint(10, 30)}] Bezoeker: hoi ik wil graag weten of de uitslag van mijn "
            f"bloedprikken er al is\n[10:{r.randint(31, 40)}] {P(a.first)} (De Lindeboom): Goedemorgen! Mag ik uw naam en "
            f"geboortedatum?\n[10:{r.randint(41, 50)}] Bezoeker: {P(p.full)}, geboren {DOB(fmt_dob(r, gen_date(r, 1955, 2003), 'nl'))}\n"
            f"[10:{r.randint(51, 59)}] {P(a.first)} (De Lindeboom): Dank u. De uitslag is binnen, de dokter belt u "
            f"vanmiddag tussen 13:00 en 14:00 terug. Op welk nummer?\n[11:0{r.randint(0, 9)}] Bezoeker: "
            f"{PH(fmt_nl_mobile(r, gen_nl_mobile(r)))}")


# ---------------------------------------------------------------------------------------- NL, no PII
@S("nl", False, 2)
def nl_autoreply(r, k):
    if k == 0:
        return (f"Automatisch antwoord\n\nBedankt voor uw bericht aan Huisartsenpraktijk & Apotheek De Lindeboom. "
                f"Wij reageren binnen 2 werkdagen. Voor spoed tijdens praktijkuren (08:00–17:00) belt u de spoedlijn "
                f"046 452 8199 (keuze 1). 's Avonds, 's nachts en in het weekend: Huisartsenpost Westelijke Mijnstreek, "
                f"0900 - 8880 (lokaal tarief). Levensbedreigend? Bel 112.\n\nHerhaalrecepten: receptenlijn 046 452 8130 "
                f"of via het portaal. Betalingen: NL96 RABO 0147 3629 58 o.v.v. factuurnummer.\n\n{ORG_SIG_NL}")
    return (f"Dit is een automatisch bericht.\r\nDe praktijk is op {d_appt(r)} gesloten wegens scholing. Waarneming: "
            f"Huisartsenpraktijk Mgr. Nolens, Burg. Damenstraat, tel. via de huisartsenpost.\r\nApotheek De "
            f"Lindeboom is wel open van 10:00 tot 16:00 (WhatsApp 06-23915540, alleen tekst).\r\n\r\n"
            f"KvK 71842036 | btw NL862540917B13 | IBAN NL69INGB0008824517")


@S("nl", False, 2)
def nl_rooster(r, k):
    w = r.randint(10, 48)
    return (f"Planning week {w} (praktijkmanager)\n\nma: spreekkamer 1 + 2 bezet, POH-spreekuur 13:00–16:30 in kamer 4\n"
            f"di: HAIO heeft terugkomdag, telefoon extra bemensen 08:00–10:00\nwo: griepprik-overleg 12:15, "
            f"lunchruimte\ndo: storing telefooncentrale verwacht 06:00–07:30 (Voys ticket #{r.randint(100000, 999999)})\n"
            f"vr: inventarisatie apotheek, kluis controleren (2 personen)\n\nUren assistentie totaal: {r.randint(110, 150)},5 "
            f"| budget Q{r.randint(1, 4)}: € {r.randint(40, 60)}.{r.randint(100, 999)},00\nVakantie: graag vóór 1 maart "
            f"indienen via het roosterprogramma (versie 5.2.0.14).")


@S("nl", False, 2)
def nl_herhaal_info(r, k):
    return r.choice([
        "Herhaalrecepten bij De Lindeboom – zo werkt het\n\n1. Bestel vóór 10:00 via het portaal, de app of de "
        "receptenlijn (046 452 8130, 24 uur per dag).\n2. Na 2 werkdagen liggen uw medicijnen klaar in de afhaalkluis "
        "(naast de ingang, Kloosterhofweg 7).\n3. Bezorgen kan binnen 6131–6137 en 6160–6167 op di en do (€ 0,00).\n"
        "Let op: medicijnen uit de Opiumwet geven wij alleen af op vertoon van een geldig legitimatiebewijs.",
        "FAQ: waarom kost mijn herhaalrecept geld?\nDe terhandstelling (€ 7,16 per regel, tarief 2025) valt onder "
        "uw eigen risico van € 385. Heeft u een vraag over uw zorgverzekeraar? Kijk op www.delindeboom.example/"
        "vergoedingen of bel 046 452 8130 tussen 14:00 en 16:00."]) + f"\n\n(pagina bijgewerkt {dnum(r)})"


@S("nl", False, 2)
def nl_leverancier(r, k):
    on = gen_bsn_ref9(r)
    return (f"Bestelbevestiging groothandel – ordernummer {on}\nLeverdatum: {dnum(r)}, venster 06:30–07:15\n\n"
            f"| artikel | ZI-nummer | aantal | lot |\n|---|---|---|---|\n"
            f"| {MEDS[0]} | {r.randint(10000000, 19999999)} | 12 | EK{r.randint(1000, 9999)} |\n"
            f"| {MEDS[3]} | {r.randint(10000000, 19999999)} | 6 | LX{r.randint(1000, 9999)}B |\n"
            f"| griepvaccin 0,5 ml | {r.randint(10000000, 19999999)} | 400 | VX-{r.randint(10, 99)}-{r.randint(100, 999)} |\n\n"
            f"Koelkastlogger TL-{r.randint(100, 999)}: firmware 2.4.1, geheugen 2048 MB, laatste uitlezing 2-8 °C OK.\n"
            f"Totaal € {r.randint(2, 9)}.{r.randint(100, 999)},{r.randint(10, 99)} excl. btw. Debiteurnummer {gen_non_bsn9(r)}.")


@S("nl", False, 2)
def nl_declaratie(r, k):
    lines = "\n".join(f"{gen_bsn_ref9(r) if i % 2 else gen_non_bsn9(r)};{r.choice(['13001', '13003', '13012', '12000'])};"
                      f"{dnum(r)};{r.randint(9, 45)},{r.randint(10, 99)};{r.choice(['OK', 'AFGEWEZEN 0041', 'OK'])}"
                      for i in range(4))
    return (f"Retourinformatie declaraties {r.choice(INSURERS_NL)} – batch {r.randint(2025000, 2025999)}\n"
            f"AGB praktijk 01058812 | AGB apotheek 06012734\n\ndeclaratienummer;prestatie;datum;bedrag;status\n{lines}\n\n"
            f"Afgewezen regels opnieuw indienen vóór {dnum(r)}. Vragen: declaraties@delindeboom.example")


@S("nl", False, 2)
def nl_it(r, k):
    return (f"Onderhoud portaal MijnLindeboom – {dnum(r)} 22:00–23:30\n\nVersie 3.8.2 → 3.9.0. De app-server "
            f"(10.20.4.11:8443) en de database (10.20.4.12) worden herstart. NTP via 192.168.40.1. Geen patiëntgegevens "
            f"geraakt. Back-up: 2048 MB snapshot, checksum {hashlib.sha1(str(r.random()).encode()).hexdigest()[:12]}.\n"
            f"Test na afloop: inloggen met testaccount, herhaalrecept bestellen, uitslag openen. Documentatie: "
            f"handleiding hoofdstuk 4.12.0.3.")


@S("nl", False, 2)
def nl_griep(r, k):
    return (f"Griepprik {2025} – draaiboek\n\nDatum: {d_appt(r)} en {d_appt(r)}, 13:30–17:00\nLocatie: gymzaal aan de "
            f"Kapelaan Pitonstraat (parkeren aan de Burg. Damenstraat of bij sporthal Haspelsweg)\n"
            f"Vaccins: 2 × 400 stuks, lot FLU-{r.randint(1000, 9999)}, houdbaar tot 06-2026\nBezetting: 4 prikkers, 2 "
            f"aan de scanner, 1 gastvrouw. Verwacht: ca. {r.randint(600, 900)} patiënten (60+ en risicogroepen).\n"
            f"Registratie in HIS onder code VAC-{r.randint(10, 99)}.")


@S("nl", False, 2)
def nl_anon_vraag(r, k):
    return r.choice([
        f"Vraag via contactformulier (anoniem)\n\nhoe lang duurt het voordat de uitslag van bloedonderzoek binnen is? "
        f"ik heb op {d_appt(r)} laten prikken om 8:15 en nog niks gehoord. moet ik zelf bellen of belt de assistente? "
        f"mijn polisnummer bij {r.choice(INSURERS_NL)} is {polis(r)} als dat nodig is",
        f"Contactformulier\nOnderwerp: eigen risico\nBericht: Telt een telefonisch consult bij de huisarts mee voor "
        f"het eigen risico? Ik kreeg een rekening van € {r.randint(10, 40)},{r.randint(10, 99)} van jullie apotheek "
        f"(factuurnummer {gen_bsn_ref9(r)}). Alvast bedankt."])


@S("nl", False, 2)
def nl_nieuwsbrief(r, k):
    return (f"Nieuwsbrief De Lindeboom – {NL_MON[r.randint(0, 11)]} 2025\n\n• Nieuwe openingstijden apotheek: ma–vr "
            f"08:00–18:00, za 10:00–13:00.\n• Parkeren: de parkeerplaats aan de Kloosterhofweg is vernieuwd; bij drukte "
            f"kunt u terecht aan de Mgr. Vranckenstraat.\n• Onze praktijk werkt samen met Thuiszorg Maasland en "
            f"{NP('Taxi Stassen Zorgvervoer')}.\n• De bloedafname verhuist naar de Albert Heijn-zijde van het winkelcentrum.\n"
            f"• Nieuw: e-consult via het portaal (versie 3.9).\n\nVolg ons op @DeLindeboomZorg.")


@S("nl", False, 2)
def nl_review(r, k):
    return (f"Reactie op Google-review ({r.randint(1, 3)} sterren, {dnum(r)}):\n\nBeste reviewer, wat vervelend dat u "
            f"zo lang moest wachten aan de telefoon. Wij hebben sinds {d_appt(r)} een terugbelfunctie. Wilt u uw "
            f"ervaring met ons bespreken? Mail naar praktijkmanager@delindeboom.example of bel 046 452 8100. "
            f"Uw naam of gegevens hoeven hier niet te staan.\n— Team De Lindeboom")


@S("nl", False, 2)
def nl_bankwijziging(r, k):
    return (f"Let op: gewijzigd rekeningnummer\n\nVanaf {dnum(r)} betaalt u facturen van de apotheek op "
            f"NL69 INGB 0008 8245 17 (BIC INGBNL2A). Facturen van de huisartsenpraktijk blijven op NL96RABO0147362958. "
            f"Vermeld altijd het factuurnummer (bijv. {gen_bsn_ref9(r)}). Wij vragen nooit per sms of WhatsApp om "
            f"geld over te maken!\nHuisartsenpraktijk & Apotheek De Lindeboom, KvK 71842036, btw-nummer NL862540917B13.")


# ============================================================================================== EN
@S("en", True, 3)
def en_register(r, k):
    p = person(r, "en")
    a, pc, t = nl_addr(r)
    nhs = gen_nhs(r)
    mob = fmt_nl_mobile(r, gen_nl_mobile(r), r.choice(["intl", "intl0", "space4"]))
    return (f"Subject: Registering as new patients\n\nHello,\n\nMy partner and I moved from {r.choice(UK_TOWNS)} to "
            f"{t} last month for work (I'm at the chemicals site in Geleen). I'd like to register with your practice. "
            f"My details:\n\nName: {P(p.full)}\nDate of birth: {DOB(fmt_dob(r, gen_date(r, 1970, 2000), 'en'))}\n"
            f"BSN (from the gemeente): {BS(fmt_bsn(r, gen_bsn(r)))}\nAddress: {AD(a)}, {PC(pc)} {t}\n"
            f"Mobile: {PH(mob)} (my UK number {PH(gen_uk_phone(r))} still works too)\n"
            f"Insurance: {r.choice(INSURERS_NL)}, policy no. {polis(r)}\nPrevious GP: {r.choice(['Riverside', 'Elm Tree', 'Westfield'])} "
            f"Surgery, NHS number {nhs[:3]} {nhs[3:6]} {nhs[6:]}\n\nThanks in advance,\n{P(p.first)}")


@S("en", True, 3)
def en_webchat(r, k):
    p = person(r, r.choice(["en", "en", "de"]))
    a = staff(r.choice(["brennan", "ramdin"]))
    d = dnum(r)
    h0 = r.randint(8, 16)
    mins = sorted(r.sample(range(0, 60), 6))
    tt = iter(f"{h0:02d}:{x:02d}" for x in mins)
    def hhmm(_r):
        return next(tt)
    return (f"Chat transcript {d} (website)\n{hhmm(r)} Visitor: hi, do you speak english? I need an appointment, "
            f"not urgent\n{hhmm(r)} {P(a.first)}: Hi! Yes of course. Can I have your full name and date of birth?\n"
            f"{hhmm(r)} Visitor: {P(p.full.lower() if k == 2 else p.full)}, born {DOB(fmt_dob(r, gen_date(r, 1960, 2005), 'en'))}\n"
            f"{hhmm(r)} {P(a.first)}: Thank you. I have {d_appt(r, 'en')} at 10:20 with Dr {P(staff('aydogan').Last)}. Does that work?\n"
            f"{hhmm(r)} Visitor: perfect. if anything changes please text {PH(fmt_nl_mobile(r, gen_nl_mobile(r)))}\n"
            f"{hhmm(r)} {P(a.first)}: Booked ✔ Reference APT-{r.randint(10000, 99999)}.")


@S("en", True, 3)
def en_repeat(r, k):
    p = person(r, "en")
    y = staff("crombach")
    med = r.choice(MEDS)
    crlf = k == 1
    t = (f"Hi {P(y.first)},\n\nCould you please prepare my repeat prescription for {med}? I'm running out on "
         f"Friday. I'll pick it up Thursday after 5pm, or my husband {P(Person(r.choice(EN_M), p.last).first)} will.\n\n"
         f"Cheers,\n{P(p.full)}\n{PH(gen_uk_phone(r))}\n\n"
         f"On {dnum(r)} at {hhmm(r)}, Apotheek De Lindeboom <apotheek@delindeboom.example> wrote:\n"
         f"> Dear patient, your prescription (no. R-{r.randint(100000, 999999)}) is ready for collection.\n"
         f"> Pick-up locker code will be sent by SMS. Questions: 046 452 8130.\n> Kind regards, {P(y.full)}")
    return t.replace("\n", "\r\n") if crlf else t


@S("en", True, 2)
def en_ehic_card(r, k):
    p = person(r, "en")
    mum = Person(r.choice(EN_F), p.last)
    ehic = "80826" + "".join(str(r.randint(0, 9)) for _ in range(15))
    card = gen_card(r, "visa" if k == 0 else "mc")
    return (f"Dear practice,\n\nMy mother {P(mum.full)} was visiting from Ireland and saw Dr {P(staff('geurtsen').Last)} "
            f"on {d_appt(r, 'en')}. She has a European Health Insurance Card (card no. {ehic}, valid until "
            f"{dnum(r)}), but your desk said the invoice (€ 58.20, invoice {gen_bsn_ref9(r)}) has to be paid first. "
            f"Please charge my card: {CC(fmt_card(card))}, exp {r.randint(1, 12):02d}/{r.randint(26, 30)}.\n\n"
            f"Best,\n{P(p.full)}")


@S("en", True, 2)
def en_transfer_uk(r, k):
    p = person(r, "en")
    a, pc, t = uk_addr(r)
    return (f"Hello,\n\nWe are moving back to the UK on {d_appt(r, 'en')}. Could you please send my medical records "
            f"to my new GP, or to me at {AD(a)}, {t} {PC(pc)}? The new surgery will ask for a GP2GP transfer code "
            f"(TR-{r.randint(1000, 9999)}). If you need me, please use my UK number {PH(gen_uk_phone(r))}.\nDate of birth for your records: "
            f"{DOB(fmt_dob(r, gen_date(r, 1965, 1999), 'en'))}.\n\nMany thanks for everything,\n{P(p.full)}")


@S("en", True, 2)
def en_portal(r, k):
    p = person(r, "en")
    ip = gen_ipv4(r) if k else gen_ipv6(r)
    return (f"hi, i cant log into the patient portal. it says 'too many attempts from {IP(ip)}'. that is my home "
            f"wifi i think. I'm using the app version 3.8.2 on android 14. my login email is {E(mail_of(r, p))}. "
            f"can someone reset it? thx, {P(p.first.lower())}")


@S("en", True, 2)
def en_homevisit(r, k):
    p = person(r, "en")
    f = Person(r.choice(EN_M), p.last)
    a, pc, t = nl_addr(r)
    return (f"Dear Dr {P(staff('vonken').Last)},\n\nMy father {P(f.full)} (born {DOB(fmt_dob(r, gen_date(r, 1930, 1945), 'en'))}) "
            f"lives with us at {AD(a)}, {PC(pc)} {t}. He had a fall this morning and cannot get to the practice. "
            f"Could someone come for a home visit today? Please call me on {PH(fmt_nl_mobile(r, gen_nl_mobile(r)))}.\n\n"
            f"Kind regards,\n{P(p.full)}")


@S("en", True, 2)
def en_complaint(r, k):
    p = person(r, "en")
    a = staff(r.choice(["bemelmans", "wetzels"]))
    return (f"To the practice manager,\n\nI am writing to complain about the way I was treated at the desk on "
            f"{d_appt(r, 'en')}. The assistant, {P(a.first)}, refused to give me an appointment because I did not "
            f"speak Dutch. I have been a patient since 2019 (patient number {r.randint(100000, 999999)}).\n"
            f"I would like a written apology. You can reach me at {E(mail_of(r, p))}.\n\nYours faithfully,\n{P(p.ini_last)}")


@S("en", True, 2)
def en_refund(r, k):
    p = person(r, "en")
    ib = gen_iban(r, "GB" if k == 0 else "NL")
    biz = (f" The invoice should be addressed to my sole-proprietor business (Chamber of Commerce {KVK(str(r.randint(60000000, 99999999)))}, "
           f"VAT ID {BTW(gen_btw(r))}).") if k == 1 else ""
    return (f"Hi,\n\nI was charged twice for the travel vaccination (invoice {gen_non_bsn9(r)}, € 64.00). Could you "
            f"refund one payment to {IB(fmt_iban(r, ib))} (account holder {P(p.full)})? The money left my account "
            f"on {dnum(r)}.{biz}\n\nRegards,\n{P(p.first)}")


@S("en", True, 2)
def en_internal(r, k):
    p = person(r, "en")
    rm = staff("schrijnemakers")
    return (f"Internal note – {dnum(r)}\nFrom: {P(rm.full)} (practice manager)\nTo: all assistants\n\n"
            f"Patient {P(p.full)} registered via the English form but the BSN field contains "
            f"{BS(fmt_bsn(r, gen_bsn(r), 'space'))}, which does not match the BRP check. Please call them on "
            f"{PH(fmt_nl_mobile(r, gen_nl_mobile(r)))} before the first consult. Do NOT e-mail the BSN back.\n"
            f"Ticket INT-{r.randint(100, 999)}.")


@S("en", True, 2)
def en_dm(r, k):
    p = person(r, "en")
    a, pc, t = nl_addr(r)
    return (f"Instagram DM to @apotheek.delindeboom\n\nhey!! can you deliver my meds today instead of tomorrow? "
            f"address is {AD(a.lower())}, {PC(pc)} {t.lower()} – ring twice the bell is broken 🙈 "
            f"i'm home after 4\n- {P(p.first.lower())}")


@S("en", True, 2)
def en_referral(r, k):
    p = person(r, "en")
    sp = doc(r)
    return (f"Hello,\n\nDr {P(staff('geurtsen').Last)} said he would send a referral letter (verwijsbrief) to "
            f"Dr {P(sp.full)} at the hospital in Maastricht, but the hospital hasn't received it. Could you check? "
            f"The patient is me, {P(p.full)}, date of birth {DOB(fmt_dob(r, gen_date(r, 1950, 2000), 'en'))}.\n\n"
            f"Thanks,\n{P(p.first)}\n{PH(fmt_nl_mobile(r, gen_nl_mobile(r), 'intl'))}")


@S("en", True, 3)
def en_family(r, k):
    p = person(r, "en")
    mem = [Person(f, p.last) for f in r.sample(EN_F + EN_M, 2) if f != p.first][:2] or [Person("Rhys", p.last)]
    rows = "\n".join(f"| {P(x.full)} | {DOB(fmt_dob(r, gen_date(r, 2010, 2022), 'en'))} | child |" for x in mem)
    return (f"Dear De Lindeboom,\n\nPlease register my children as well (I registered on {dnum(r)}):\n\n"
            f"| Name | Date of birth | Relation |\n|---|---|---|\n{rows}\n\nSame address and insurance as me "
            f"(policy {polis(r)}).\n\nBest regards,\n{P(p.full)}")


@S("en", True, 2)
def en_residence(r, k):
    p = person(r, r.choice(["en", "ma"]))
    return (f"Hello pharmacy team,\n\nYou asked for ID to collect my prescription on behalf of my wife. I don't have "
            f"a Dutch passport – is my residence permit OK? Its number is {ID(gen_residence(r))}, valid until "
            f"{dnum(r)}.\n\nThank you,\n{P(p.full)}")


# ---------------------------------------------------------------------------------------- EN, no PII
@S("en", False, 2)
def en_autoreply(r, k):
    if k == 1:
        return (f"Out of office: the International Desk is closed until {d_appt(r, 'en')}. Repeat prescriptions: "
                f"use the portal or call the pharmacy line +31 (0)46 452 8130. Invoices: pay to "
                f"NL96 RABO 0147 3629 58, quoting the invoice number.\n\n{ORG_SIG_EN}")
    return (f"Auto-reply: Thank you for contacting De Lindeboom. We answer e-mails within two working days. For urgent "
            f"matters during office hours call +31 46 452 8199; evenings and weekends call the out-of-hours GP service "
            f"(huisartsenpost) on 0900 - 8880. In an emergency, dial 112.\n\n{ORG_SIG_EN}")


@S("en", False, 2)
def en_ehic_faq(r, k):
    return (f"FAQ – I am insured abroad. What do I pay?\n\n• EU/EEA visitors with a European Health Insurance Card "
            f"(EHIC): bring the card; we bill via the Dutch liaison body. A consult costs € {r.randint(30, 40)},{r.randint(10, 99)}.\n"
            f"• UK visitors: the UK GHIC is accepted since 2021.\n• German Krankenkasse (e.g. AOK, TK, Barmer): "
            f"please pay and claim the invoice back.\n• Cross-border workers with an S1 form: register with CZ first.\n"
            f"Updated {dnum(r)}, page version 2.1.")


@S("en", False, 2)
def en_outage(r, k):
    return (f"Service notice: the patient portal and app (v3.9.0) are unavailable on {d_appt(r, 'en')} from 22:00 "
            f"to 23:30 CET for maintenance. Repeat prescriptions ordered before 21:45 will be processed as usual. "
            f"Status page: status.delindeboom.example. Error code E-503 during this window is expected.")


@S("en", False, 2)
def en_invoice_explain(r, k):
    return (f"Understanding your pharmacy invoice\n\nInvoice no. {gen_bsn_ref9(r)} – dated {dnum(r)}\n"
            f"Line 1: dispensing fee (terhandstelling) € 7.16\nLine 2: {r.choice(MEDS)}, 90 tablets € 4.85\n"
            f"Line 3: first-dispensing consultation € 14.{r.randint(10, 99)}\nTotal € 26.{r.randint(10, 99)}, "
            f"due within 14 days to NL69 INGB 0008 8245 17.\nMost of this counts towards your deductible (eigen "
            f"risico, € 385 in 2025).")


@S("en", False, 2)
def en_vacc_info(r, k):
    return (f"Flu vaccination {2025}: invitations go out in week {r.randint(38, 41)}. Sessions on {d_appt(r, 'en')} and "
            f"{d_appt(r, 'en')}, 13:30–17:00, at the gym hall on Kapelaan Pitonstraat. Bring the invitation letter "
            f"(barcode VAC-{r.randint(100000, 999999)}). No appointment needed. Questions? Call 046 452 8100 after 11:00.")


@S("en", False, 2)
def en_anon_q(r, k):
    return r.choice([
        f"Question from the website form (no name given): does the practice accept patients who live in Belgium "
        f"but work in Sittard? My employer is in the 6135 area and my insurer is CZ (policy {polis(r)}).",
        f"Anonymous question: how long are blood test results kept in the portal? Mine from {dnum(r)} disappeared "
        f"after the update to version 3.9. Using Firefox 126.0.1 on Windows."])


@S("en", False, 2)
def en_pharmacy_hours(r, k):
    return (f"Pharmacy opening hours (from {d_appt(r, 'en')})\nMon–Fri 08:00–18:00 | Sat 10:00–13:00 | Sun closed\n"
            f"Collection locker at Kloosterhofweg 7 open 24/7 – code by text message.\nWhatsApp (text only): "
            f"+31 6 2391 5540\nOut of hours: the on-duty pharmacy is listed on the door and on www.delindeboom.example/dienst.")


@S("en", False, 2)
def en_billing_table(r, k):
    rows = "\n".join(f"| {gen_bsn_ref9(r)} | {dnum(r)} | € {r.randint(9, 60)}.{r.randint(10, 99)} | "
                     f"{r.choice(['paid', 'open', 'reminder 1'])} |" for _ in range(4))
    return (f"Open items – foreign insured patients (export {dnum(r)})\n\n| invoice | date | amount | status |\n"
            f"|---|---|---|---|\n{rows}\n\nNames removed for this report. Contact billing@delindeboom.example.")


@S("en", False, 2)
def en_social_reply(r, k):
    return (f"@DeLindeboomZorg replied: Sorry to hear that! We don't discuss medical details on social media. "
            f"Please send us a private message or call 046-4528100 (Mon–Fri 8:00–17:00). "
            f"{r.choice(['🙂', ''])} #DeLindeboom #Sittard")


# ============================================================================================== DE
@S("de", True, 3)
def de_anmeldung(r, k):
    p = person(r, "de")
    a, pc, t = de_addr(r)
    vn = r.choice("ABCDEFGHKLMNPRSTVWZ") + gen_non_bsn9(r)
    return (f"Betreff: Anmeldung als neue Patientin/neuer Patient\n\nSehr geehrte Damen und Herren,\n\nich wohne in "
            f"{t} und arbeite in Sittard. Ich möchte mich bei Ihnen anmelden.\n\nName: {P(p.last + ', ' + p.first)}\n"
            f"Geburtsdatum: {DOB(fmt_dob(r, gen_date(r, 1955, 2003), 'de'))}\nAnschrift: {AD(a)}, {PC(pc)} {t}\n"
            f"Telefon: {PH(gen_de_land(r) if k == 1 else gen_de_mobile(r))}\nE-Mail: {E(mail_of(r, p))}\n"
            f"Krankenkasse: {r.choice(KASSEN)}, Versichertennummer {vn}\n\nMit freundlichen Grüßen\n{P(p.full)}")


@S("de", True, 3)
def de_absage(r, k):
    p = person(r, "de")
    th = staff("thelen")
    body = r.choice([
        f"Hallo Frau {P(th.Last)},\n\nleider muss ich meinen Termin am {d_appt(r, 'de')} um {hhmm(r)} Uhr absagen, "
        f"mein Sohn ist krank. Können Sie mir einen neuen Termin vorschlagen? Am besten per SMS an {PH(gen_de_mobile(r))}.\n\n"
        f"Viele Grüße\n{P(p.first)}",
        f"Guten Tag,\n\nhiermit sage ich den Termin (Buchungsnummer T-{r.randint(10000, 99999)}) ab. Bitte rufen Sie "
        f"mich zurück unter {PH(gen_de_land(r))}.\n\nMfG\n{P(p.full)}"])
    return body + (f"\n\n> Am {dnum(r)} schrieb Praxis De Lindeboom <deutsch@delindeboom.example>:\n> Erinnerung: Ihr "
                   f"Termin bei Dr. {P(staff('vonken').Last)}. Absagen bitte bis 24 Std. vorher.\n> Gruß, {P(th.first)}")


@S("de", True, 3)
def de_rezept_wa(r, k):
    p = person(r, "de", "f")
    d = dnum(r)
    return (f"[{d}, 07:{r.randint(10, 59)}] {P(p.full)}: Guten Morgen, ich bräuchte ein Folgerezept für "
            f"{r.choice(MEDS).replace('mg', 'mg')} 😊 Geht das bis Freitag?\n[{d}, 08:{r.randint(10, 59)}] Apotheek De "
            f"Lindeboom: Guten Morgen, ja, das geht. Rezeptnummer R-{r.randint(100000, 999999)}. Abholung ab Donnerstag "
            f"14 Uhr. Gruß, {P(staff('thelen').first)}\n[{d}, 08:{r.randint(10, 59)}] {P(p.full)}: Danke! Meine "
            f"Nachbarin {P(person(r, 'de', 'f').full)} holt es ab, sie bringt ihren Ausweis mit")


@S("de", True, 3)
def de_erstattung(r, k):
    p = person(r, "de")
    ib = fmt_iban(r, gen_iban(r, "DE"), "nbsp" if k == 0 else None)
    return (f"Sehr geehrte Damen und Herren,\n\nmeine Krankenkasse ({r.choice(KASSEN)}) erstattet die Rechnung "
            f"Nr. {gen_bsn_ref9(r)} vom {dnum(r)} über 46,80 € nur, wenn ich sie vorher bezahle. Ich habe jedoch "
            f"bereits zweimal überwiesen. Bitte erstatten Sie den doppelten Betrag auf mein Konto:\nIBAN {IB(ib)}\n"
            f"Kontoinhaber: {P(p.full)}\n\nMit freundlichen Grüßen\n{P(p.ini_last)}")


@S("de", True, 2)
def de_hausbesuch(r, k):
    p = person(r, "de")
    a, pc, t = de_addr(r)
    return (f"Notiz Hausbesuch ({dnum(r)}, aufgenommen von {P(staff('thelen').full)})\nPatient: Herr {P(p.Last)}, "
            f"{AD(a)}, {PC(pc)} {t} (DE – Grenzgänger-Regelung prüfen!)\nRückruf Ehefrau: {PH(gen_de_mobile(r))}\n"
            f"Anfahrt ca. 15 Min. über die N276, Klingel defekt, bitte anrufen.\nArzt: Dr. {P(staff('geurtsen').Last)}")


@S("de", True, 2)
def de_ueberweisung(r, k):
    p = person(r, "de")
    sp = doc(r)
    return (f"Sehr geehrte Frau Dr. {P(sp.Last)},\n\nanbei die Überweisung für Ihre Patientin/Ihren Patienten "
            f"{P(p.full)}, geb. am {DOB(fmt_dob(r, gen_date(r, 1940, 2000), 'de'))}, wohnhaft in Deutschland. Die "
            f"Laborwerte vom {dnum(r)} finden Sie im Anhang.\n\nMit kollegialen Grüßen\n{P(staff('vonken').full)}\n"
            f"Hausärztin, Praxis De Lindeboom")


@S("de", True, 2)
def de_akte(r, k):
    p = person(r, "de")
    a, pc, t = de_addr(r)
    return (f"Guten Tag,\n\nich ziehe zurück nach Deutschland und bin ab {d_appt(r, 'de')} bei einer Hausarztpraxis in "
            f"{t} (Praxis Dr. {P(doc(r).Last)}). Bitte senden Sie meine Patientenakte dorthin. Meine neue Anschrift: "
            f"{AD(a)}, {PC(pc)} {t}.\n\nGeburtsdatum: {DOB(fmt_dob(r, gen_date(r, 1950, 1999), 'de'))}\n\nDanke und "
            f"viele Grüße\n{P(p.full)}")


@S("de", True, 2)
def de_portal(r, k):
    p = person(r, "de")
    ip = gen_ipv4(r) if k == 0 else gen_ipv6(r)
    return (f"Hallo,\n\nich komme nicht ins Patientenportal. Die Meldung lautet: 'Zugriff gesperrt – IP {IP(ip)}'. "
            f"Ich nutze die App Version 3.8.2, mein Router ist 192.168.178.1. Meine Login-Adresse ist "
            f"{E(mail_of(r, p))}.\n\nGruß\n{P(p.first)}")


@S("de", True, 2)
def de_abholung(r, k):
    p = person(r, "de")
    if k == 0:
        return (f"Hallo Apotheke,\n\nmein Mann {P(person(r, 'de', 'm').full)} holt morgen meine Medikamente ab. Er zeigt "
                f"seinen Personalausweis (Nr. {ID(gen_de_doc(r))}). Er parkt kurz vor der Tür, Kennzeichen "
                f"{KT(gen_de_plate(r))}, bitte nicht abschleppen lassen 😅\n\nLG {P(p.first)}")
    return (f"Notiz Apotheke {dnum(r)}: Abholung Betäubungsmittel durch {P(p.full)}, Reisepass {ID(gen_de_doc(r))} "
            f"geprüft. Auto mit niederländischem Kennzeichen {KT(gen_kenteken(r))} auf dem Behindertenparkplatz – "
            f"bitte beim nächsten Mal ansprechen. /{P(staff('elamrani').first)}")


@S("de", True, 2)
def de_beschwerde(r, k):
    p = person(r, "de")
    a, pc, t = de_addr(r)
    return (f"{P(p.full)}\n{AD(a)}\n{PC(pc)} {t}\n\nAn die Praxisleitung\nPraxis De Lindeboom\nKloosterhofweg 7\n"
            f"6134 PD Sittard\nNIEDERLANDE\n\n{t}, den {dnum(r).replace('-', '.')}\n\nBeschwerde\n\nSehr geehrter Herr "
            f"{P(staff('schrijnemakers').Last)},\n\nich habe dreimal versucht, telefonisch einen Termin zu bekommen. "
            f"Niemand hat Deutsch gesprochen. Ich erwarte eine Antwort.\n\nMit freundlichen Grüßen\n{P(p.ini_last)}")


@S("de", True, 2)
def de_grenzgaenger(r, k):
    p = person(r, "de")
    return (f"Guten Tag,\n\nals Grenzgänger habe ich vom Arbeitgeber eine niederländische BSN bekommen: "
            f"{BS(fmt_bsn(r, gen_bsn(r), r.choice(['plain', 'dots'])))}. Reicht das für die Anmeldung, oder brauchen "
            f"Sie noch die S1-Bescheinigung? Meine Handynummer: {PH(gen_de_mobile(r))}.\n\nGruß\n{P(p.full)}")


# ---------------------------------------------------------------------------------------- DE, no PII
@S("de", False, 2)
def de_autoreply(r, k):
    if k == 1:
        return (f"Abwesenheitsnotiz: Der deutschsprachige Service ist bis {d_appt(r, 'de')} nicht "
                f"besetzt. Rezepte bitte über das Portal oder die Rezeptlinie 046-4528130 bestellen.\n\n{ORG_SIG_DE}")
    return (f"Automatische Antwort: Vielen Dank für Ihre Nachricht an die Praxis De Lindeboom. Wir antworten innerhalb "
            f"von zwei Werktagen. In dringenden Fällen: +31 46 452 8199. Nachts und am Wochenende: Huisartsenpost, "
            f"0900 - 8880. Notfall: 112.\n\n{ORG_SIG_DE}")


@S("de", False, 2)
def de_feiertage(r, k):
    return (f"Öffnungszeiten an den Feiertagen {2025}\n\n{d_appt(r, 'de')}: geschlossen\n{d_appt(r, 'de')}: "
            f"08:00–12:00\nKarneval (Elfter im Elften, 11.11.): normal geöffnet\nApotheke: Notdienst siehe Aushang.\n"
            f"Parken: Kloosterhofweg oder Mgr. Vranckenstraat (nicht vor der Einfahrt).")


@S("de", False, 2)
def de_rechnung_info(r, k):
    return (f"Hinweis zu Ihrer Rechnung\n\nRechnungsnummer {gen_bsn_ref9(r)}, Datum {dnum(r).replace('-', '.')}\n"
            f"Konsultation 32,{r.randint(10, 99)} €, Zuschlag Ausland 0,00 €\nBitte überweisen Sie an IBAN NL96 RABO "
            f"0147 3629 58 (BIC RABONL2U) unter Angabe der Rechnungsnummer. Für die Erstattung durch Ihre Krankenkasse "
            f"(z. B. AOK oder TK) benötigen Sie die Rechnung im Original.")


@S("de", False, 2)
def de_impf(r, k):
    return (f"Grippeimpfung {2025}: Termine am {d_appt(r, 'de')} und {d_appt(r, 'de')}, 13:30–17:00 Uhr, Turnhalle "
            f"Kapelaan Pitonstraat. Bitte Einladungsschreiben (Code VAC-{r.randint(100000, 999999)}) mitbringen. "
            f"Patienten mit deutscher Krankenkasse zahlen 18,50 €.")


@S("de", False, 2)
def de_itlog(r, k):
    return (f"Störungsprotokoll Patientenportal {dnum(r)}\n22:01 Wartungsmodus an (Build 3.9.0-rc2)\n22:14 Datenbank "
            f"10.20.4.12 neu gestartet\n22:40 Tests OK, Speicher 2048 MB frei\n23:05 Wartungsmodus aus\n"
            f"Keine personenbezogenen Daten betroffen. Ticket MLB-{r.randint(4000, 4999)}.")


@S("de", False, 2)
def de_kasse_faq(r, k):
    return (f"FAQ: Ich bin in Deutschland gesetzlich versichert – was muss ich tun?\n\nBringen Sie Ihre Gesundheitskarte "
            f"(Rückseite = Europäische Krankenversicherungskarte) mit. Ohne Karte stellen wir eine Rechnung "
            f"(Beispiel: 38,40 € für eine Konsultation). Grenzgänger melden sich mit dem Formular S1 bei CZ an. "
            f"Stand: {dnum(r).replace('-', '.')}, Version 1.{r.randint(2, 9)}.")


@S("de", False, 2)
def de_anon(r, k):
    return r.choice([
        f"Kontaktformular (ohne Namen): Kann ich als Deutscher ohne niederländische Versicherung bei Ihnen ein "
        f"Rezept einlösen? Es ist ein E-Rezept aus Heinsberg, Code {r.randint(1000, 9999)}-{r.randint(1000, 9999)}-ABCD.",
        f"Anonyme Frage: Wie lange dauern die Laborergebnisse? Blutabnahme war am {dnum(r).replace('-', '.')} um "
        f"8:10 Uhr. Vorgangsnummer {gen_non_bsn9(r)}."])


# ----------------------------------------------------------------------------------------------
# organisation masking
ORG_NSN = {phone_norm(x)[1:] for x in ORG["phones"]}
ORG_IBAN = set(ORG["ibans"])
PHONE_CAND = re.compile(r"(?<![\w+])(?:\+31|0031)?[ \-]?(?:\(0\))?[ \-]?0?\d(?:[ \-]?\d){7,9}(?!\d)")
IBAN_CAND = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ \u00a0\-]?[A-Za-z0-9]{1,4}){3,8}")


def org_ranges(text):
    rs = []
    for nm in sorted(ORG["names"], key=len, reverse=True):
        for mo in re.finditer(re.escape(nm), text):
            rs.append((mo.start(), mo.end()))
    for mo in re.finditer(r"[\w.+-]*@?(?:[\w-]+\.)*delindeboom\.example(?:/[\w/-]*)?", text):
        rs.append((mo.start(), mo.end()))
    for h in ORG["handles"]:
        for mo in re.finditer(re.escape(h), text):
            rs.append((mo.start(), mo.end()))
    for mo in PHONE_CAND.finditer(text):
        n = phone_norm(mo.group(0)).lstrip("+")
        for pre in ("0031", "31", "0"):
            if n.startswith(pre) and n[len(pre):] in ORG_NSN:
                rs.append((mo.start(), mo.end()))
                break
    for mo in IBAN_CAND.finditer(text):
        c = re.sub(r"[ \u00a0\-]", "", mo.group(0)).upper()
        for ib in ORG_IBAN:
            if c.startswith(ib):
                rs.append((mo.start(), mo.end()))
    for s in ORG["kvk"] + ORG["btw"] + ["Kloosterhofweg 7", "Kloosterhofweg", "6134 PD", "Postbus 1130", "6130 PC"]:
        for mo in re.finditer(re.escape(s), text):
            rs.append((mo.start(), mo.end()))
    return rs


# ----------------------------------------------------------------------------------------------
# build
def build():
    recs = []
    for name, lang, pii, n, f in SCEN:
        for k in range(n):
            r = random.Random(f"{SEED}:{name}:{k}")
            marked = f(r, k)
            if "\r\n" not in marked and random.Random(f"{SEED}:crlf:{name}:{k}").random() < 0.07:
                marked = marked.replace("\n", "\r\n")
            text, spans, nps = render(marked)
            recs.append({"scenario": f"{name}:{k}", "lang": lang, "pii": pii, "text": text, "cspans": spans,
                         "nps": nps})
    out = []
    for lang in ("nl", "en", "de"):
        group = [x for x in recs if x["lang"] == lang]
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(group)
        for i, x in enumerate(group, 1):
            x["id"] = f"h30-{lang}-{i:03d}"
            t = x["text"]
            x["spans"] = [{"start": len(t[:s].encode()), "end": len(t[:e].encode()), "label": lab}
                          for s, e, lab, v in x["cspans"]]
            out.append(x)
    return out


def serialise(recs):
    return "".join(json.dumps({"id": x["id"], "lang": x["lang"], "text": x["text"], "spans": x["spans"]},
                              ensure_ascii=False) + "\n" for x in recs)


# ----------------------------------------------------------------------------------------------
# audit
BIRTH_RX = re.compile(r"(?i)(geboren|geb\b|geb\.|geboortedatum|born|date of birth|DOB|geburtsdatum|geb\. am)")
REF_RX = re.compile(r"(?i)(polis|policy|factuur|invoice|rechnung|recept|prescription|rezept|order|bestel|"
                    r"patiënt|patient|referentie|reference|ref\b|dossier|declaratie|claim|versicherten|agb|batch|lot\b|"
                    r"ticket|kenmerk|nhs|debiteur|vorgang|zi-nummer|buchung)")
VERSION_RX = re.compile(r"(?i)(versie|version|v|build|release|firmware)\W{0,3}$")
PUNCT = set(" \t\r\n\u00a0.,;:!?()[]{}\"'-/|")


def name_tokens():
    toks = set()
    names = []
    for f, mm, l in GROUPS.values():
        names += f + mm + l
    for a, b in list(STAFF.values()) + DOCS:
        names += [a, b]
    for nm in names:
        for t in nm.split():
            if t.lower() not in TUSSEN and len(t) >= 3:
                toks.add(t)
    return sorted(toks)


NAME_TOKS = name_tokens()
NAME_RX = re.compile(r"(?i)(?<![\w'’])(" + "|".join(re.escape(t) for t in NAME_TOKS) + r")(?![\w])")
DATE_RX = r"(\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? [A-Za-zä]+\.? \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})"


def audit(recs):
    errs = []
    texts = set()
    for x in recs:
        t, sp, rid = x["text"], x["cspans"], x["id"]
        def err(msg):
            errs.append(f"{rid} ({x['scenario']}): {msg}")
        if t in texts:
            err("duplicate text")
        texts.add(t)
        if any(ch in t for ch in (S0, S1, S2, N0, N1)):
            err("markup left")
        if bool(sp) != x["pii"]:
            err(f"has spans={bool(sp)} but scenario pii={x['pii']}")
        b = t.encode()
        prev = -1
        for (s, e, lab, v), js in zip(sp, x["spans"]):
            if s < prev:
                err(f"spans unsorted/overlap at {v!r}")
            prev = e
            if b[js["start"]:js["end"]].decode() != v or t[s:e] != v:
                err(f"offset mismatch {v!r}")
            if not v or v[0] in PUNCT or v[-1] in PUNCT:
                err(f"edge punctuation/whitespace {lab} {v!r}")
            if not VALID[lab](v):
                err(f"invalid {lab} {v!r}")
            if lab == "DATE_OF_BIRTH" and not BIRTH_RX.search(t[max(0, s - 160):s]):
                err(f"no birth word before {v!r}")
        # the serialised form
        j = json.loads(json.dumps({"text": t, "spans": x["spans"]}, ensure_ascii=False))
        for js, (s, e, lab, v) in zip(j["spans"], sp):
            if j["text"].encode()[js["start"]:js["end"]].decode() != v:
                err("re-slice mismatch")
        covered = [(s, e) for s, e, lab, v in sp]
        def inside(a, z, ranges=covered):
            return any(s <= a and z <= e for s, e in ranges)
        # every repeat of a labelled value labelled
        for s, e, lab, v in sp:
            rx = re.escape(v)
            if lab == "PERSON":
                rx = r"(?<![\w])" + rx + r"(?![\w])"
            for mo in re.finditer(rx, t):
                if not inside(mo.start(), mo.end()):
                    err(f"unlabelled repeat of {lab} {v!r}")
        # nothing of the organisation inside a span
        orgr = org_ranges(t)
        for s, e, lab, v in sp:
            for a, z in orgr:
                if a < e and s < z:
                    err(f"organisation data inside span {lab} {v!r}")
        # masked text for the "never left unlabelled" scanners
        chars = list(t)
        for a, z in covered + orgr + x["nps"]:
            for i in range(a, z):
                chars[i] = " " if t[i] in "\r\n" else "\u2591"
        mt = "".join(ch if ch != "\u2591" else " " for ch in chars)
        # keep line structure, but masked bits become spaces
        for mo in re.finditer(EMAIL_RX, mt):
            err(f"unlabelled e-mail {mo.group(0)!r}")
        for mo in IBAN_CAND.finditer(mt):
            c = re.sub(r"[ \u00a0\-]", "", mo.group(0)).upper()
            if c[:2] in IBAN_LEN and iban_valid(c[:IBAN_LEN[c[:2]]]):
                err(f"unlabelled IBAN {mo.group(0)!r}")
        for mo in re.finditer(r"(?<![\w.,\-])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ \-]\d{3}[ \-]\d{3})(?![\w\-]|[.,]\d)", mt):
            if elfproef(re.sub(r"\D", "", mo.group(0))):
                line = mt[mt.rfind("\n", 0, mo.start()) + 1:mo.start()]
                blk = mt.rfind("\n\n", 0, mo.start())
                blk = 0 if blk < 0 else blk + 2
                header = mt[blk:mt.find("\n", blk)]
                full = mt[mt.rfind("\n", 0, mo.start()) + 1:(mt.find("\n", mo.start()) + 1 or len(mt) + 1) - 1]
                in_table = ("|" in full or ";" in full) and REF_RX.search(header)
                tail = line[-60:]
                refs = [mm.end() for mm in REF_RX.finditer(tail)]
                bsnw = [mm.end() for mm in re.finditer(r"(?i)(bsn|burgerservice|sofi|citizen service|bürgerservice)", tail)]
                exempt = bool(refs) and (not bsnw or max(refs) > max(bsnw))
                if not exempt and not in_table:
                    err(f"unlabelled elfproef-valid number {mo.group(0)!r}")
        for mo in re.finditer(r"(?<![\w+])(?:(?:\+31|0031)[ \-]?(?:\(0\))?[ \-]?0?|0)6[ \-]?(?:\d[ \-]?){7}\d(?!\d)", mt):
            n = phone_norm(mo.group(0)).lstrip("+")
            n = re.sub(r"^(0031|31|0)", "", n)
            if re.fullmatch(r"6[1-58]\d{7}", n):
                err(f"unlabelled NL mobile {mo.group(0)!r}")
        for mo in re.finditer(r"(?<![\d])(?:\d[ \-]?){11,18}\d(?!\d)", mt):
            if card_valid(mo.group(0)):
                err(f"unlabelled card {mo.group(0)!r}")
        for mo in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", mt):
            if ip_valid(mo.group(0)) and not VERSION_RX.search(mt[max(0, mo.start() - 12):mo.start()]):
                err(f"unlabelled public IPv4 {mo.group(0)!r}")
        for mo in re.finditer(r"(?<![\w:])[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])", mt):
            if ip_valid(mo.group(0)):
                err(f"unlabelled public IPv6 {mo.group(0)!r}")
        for mo in re.finditer(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])", mt):
            if pc_nl_valid(mo.group(0)) and mo.group(0)[-2:] not in ("MB", "KB", "GB", "TB"):
                err(f"unlabelled NL postcode {mo.group(0)!r}")
        for mo in re.finditer(r"(?i)(kvk|chamber of commerce|handelsregister)\D{0,15}(\d{8})(?!\d)", mt):
            err(f"unlabelled KvK {mo.group(2)!r}")
        for mo in re.finditer(r"(?i)NL ?\d{9} ?B ?\d{2}", mt):
            err(f"unlabelled btw/OB number {mo.group(0)!r}")
        for mo in re.finditer(r"(?i)" + BIRTH_RX.pattern + r"\W{0,12}" + DATE_RX, mt):
            if mo.group(0).startswith("Born,"):      # the town of Born in a letter's date line
                continue
            err(f"unlabelled date after birth word {mo.group(0)!r}")
        for mo in NAME_RX.finditer(mt):
            err(f"unlabelled name token {mo.group(0)!r}")
    return errs


# ----------------------------------------------------------------------------------------------
# self test
def self_test():
    n = 0
    def chk(cond, what):
        nonlocal n
        n += 1
        if not cond:
            raise AssertionError("self test failed: " + what)
    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "12345672", "012345672", "999999990",
              "111111110", "696579303", "103349856", "044126396", "656412689", "460455977", "879119330"]:
        chk(bsn_valid(v), "bsn " + v)
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        chk(not bsn_valid(v), "bsn invalid " + v)
    chk(bsn_valid("NL004495445B01"), "OB-nummer")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789",
              "NL20INGB0001234567", "NL39RABO0300065264", "NL44RABO0123456789", "NL86INGB0002445588",
              "NL68KNAB0123456789", "NL32BUNQ2012345678", "BE71 0961 2345 6769", "DE89370400440532013000",
              "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606", "FR76 3000 6000 0112 3456 7890 189",
              "GB82WEST12345698765432"]:
        chk(iban_valid(v), "iban " + v)
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300",
              "DE89370400440532013001", "BE68539007547035"]:
        chk(not iban_valid(v), "iban invalid " + v)
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67", "0111-123456",
              "06 12 34 56 78", "+31 6 12345678", "+32 470 12 34 56", "0470 12 34 56", "+49 (0)2452 12345",
              "0151 23456789", "07700 900123", "0117 496 0123", "020 7946 0000"]:
        chk(phone_valid(v), "phone " + v)
    for v in ["06-1234567", "06-123456789", "+31 6 1234 567", "06 01234567", "067 1234567", "069 1234567",
              "020-123456", "012-3456789", "0800-123", "+49 151 234"]:
        chk(not phone_valid(v), "phone invalid " + v)
    for v in ["1012 AB", "1012AB", "NL-2611ET", "9999 ZZ", "1000 AA"]:
        chk(pc_nl_valid(v), "postcode " + v)
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        chk(not pc_nl_valid(v), "postcode invalid " + v)
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        chk(docnr_valid(v), "docnr " + v)
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        chk(not docnr_valid(v), "docnr invalid " + v)
    chk(residence_valid("III-V123AL568"), "residence")
    for v, sc in [("AB-12-34", 1), ("12-34-XY", 2), ("12-AB-34", 3), ("GB-12-DF", 4), ("XB-PK-12", 5), ("12-DF-GH", 6),
                  ("12-GBX-3", 7), ("1-KBB-12", 8), ("VB-123-X", 9), ("G-123-BB", 10), ("GBB-12-X", 11),
                  ("G-12-BBB", 12), ("1-BB-123", 13), ("123-BB-1", 14), ("gbb12x", 11)]:
        chk(kenteken_sidecode(v) == sc, "kenteken " + v)
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        chk(not kenteken_sidecode(v), "kenteken invalid " + v)
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        chk(btw_valid(v), "btw " + v)
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL111234567B01", "NL12345678B01"]:
        chk(not btw_valid(v), "btw invalid " + v)
    chk(not btw_valid("NL004495445B01") and bsn_valid("NL004495445B01"), "OB-nummer is not mod 97")
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "30569309025904", "6759649826438453"]:
        chk(card_valid(v), "card " + v)
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]:
        chk(not card_valid(v), "card invalid " + v)
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "info@bakkerij-de-groot.frl"[:0] or
              "Sanne_1990@Gmail.COM"]:
        chk(email_valid(v), "email " + v)
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld", "icon@2x.png"]:
        chk(not email_valid(v), "email invalid " + v)
    for v in ["8.8.8.8", "2a02:a46b:5182:1:e957:446b::69"]:
        chk(ip_valid(v), "ip " + v)
    for v in ["192.168.1.10", "10.20.4.11", "127.0.0.1", "2001:db8::1", "::1", "fe80::1ff:fe23:4567:890a", "256.1.1.1",
              "010.001.001.001", "203.0.113.7", "12:30:45", "00:1A:2B:3C:4D:5E"]:
        chk(not ip_valid(v), "ip not public " + v)
    for v in ["12-03-1985", "5 mei 1960", "1990-04-01", "07.11.1961", "13. Juli 1984", "March 20, 1995", "1 July 1995"]:
        chk(parse_date(v) is not None, "date " + v)
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999", "12-03-2031"]:
        chk(parse_date(v) is None, "date invalid " + v)
    # organisation's own data
    for ib in ORG["ibans"]:
        chk(iban_valid(ib), "org iban")
    for ph in ORG["phones"]:
        chk(phone_valid(ph), "org phone")
    chk(btw_valid(ORG["btw"][0]) and not elfproef(ORG["btw"][0][2:11]), "org btw")
    chk(pc_nl_valid("6134 PD") and pc_nl_valid("6130 PC"), "org postcodes")
    chk(len(org_ranges("bel 046-4528100 of +31 (0)46 452 8199 of 06-23915540 of NL96 RABO 0147 3629 58")) >= 4,
        "org masking")
    # generators
    for i in range(300):
        r = random.Random(f"selftest:{i}")
        chk(elfproef(gen_bsn(r)), "gen bsn")
        chk(not elfproef(gen_non_bsn9(r)), "gen non bsn")
        for cc in ("NL", "BE", "DE", "GB"):
            v = gen_iban(r, cc)
            chk(iban_valid(v) and iban_valid(fmt_iban(r, v)), "gen iban " + cc)
        b = gen_btw(r)
        chk(btw_valid(b) and not elfproef(b[2:11]), "gen btw")
        for kind in ("visa", "mc", "amex"):
            chk(card_valid(fmt_card(gen_card(r, kind))), "gen card")
        chk(pc_nl_valid(gen_pc(r, 6131, 6137)), "gen pc")
        chk(postcode_valid(gen_uk_pc(r)), "gen uk pc")
        chk(docnr_valid(gen_docnr(r, "N")) and docnr_valid(gen_docnr(r, "I")), "gen docnr")
        chk(residence_valid(gen_residence(r)), "gen residence")
        chk(id_valid(gen_de_doc(r)), "gen de doc")
        chk(kenteken_sidecode(gen_kenteken(r)) is not None, "gen kenteken")
        chk(plate_valid(gen_de_plate(r)), "gen de plate")
        chk(ip_valid(gen_ipv4(r)) and ip_valid(gen_ipv6(r)), "gen ip")
        chk(phone_valid(fmt_nl_mobile(r, gen_nl_mobile(r))), "gen nl mobile")
        chk(phone_valid(gen_nl_land(r)), "gen nl land")
        chk(phone_valid(gen_be_gsm(r)) and phone_valid(gen_be_land(r)), "gen be phone")
        chk(phone_valid(gen_de_mobile(r)) and phone_valid(gen_de_land(r)), "gen de phone")
        chk(phone_valid(gen_uk_phone(r)), "gen uk phone")
        for lang in ("nl", "en", "de"):
            chk(parse_date(fmt_dob(r, gen_date(r, 1930, 2020), lang)) is not None, "gen dob")
    return n


# ----------------------------------------------------------------------------------------------
def stats(recs):
    lines = []
    langs = ("nl", "en", "de")
    tot = {l: sum(1 for x in recs if x["lang"] == l) for l in langs}
    free = {l: sum(1 for x in recs if x["lang"] == l and not x["spans"]) for l in langs}
    nfree = sum(free.values())
    lines.append(f"messages: " + ", ".join(f"{l} {tot[l]}" for l in langs) + f"; total {len(recs)}")
    lines.append(f"without personal data: {nfree} (" + ", ".join(f"{l} {free[l]}" for l in langs) +
                 f") = {100 * nfree / len(recs):.1f} %")
    lens = sorted(len(x["text"].encode()) for x in recs)
    lines.append(f"length {lens[0]}-{lens[-1]} bytes, median {lens[len(lens) // 2]}")
    lines.append(f"non-ASCII texts {sum(1 for x in recs if not x['text'].isascii())}; emoji "
                 f"{sum(1 for x in recs if any(ord(c) > 0xFFFF for c in x['text']))}; CRLF "
                 f"{sum(1 for x in recs if chr(13) + chr(10) in x['text'])}; NBSP {sum(1 for x in recs if NBSP in x['text'])}")
    lines.append("| label | nl | en | de | total |")
    lines.append("|---|---:|---:|---:|---:|")
    colt = {l: 0 for l in langs}
    for lab in LABELS:
        c = {l: sum(1 for x in recs if x["lang"] == l for s in x["spans"] if s["label"] == lab) for l in langs}
        for l in langs:
            colt[l] += c[l]
        lines.append(f"| `{lab}` | {c['nl']} | {c['en']} | {c['de']} | {sum(c.values())} |")
    lines.append(f"| total | {colt['nl']} | {colt['en']} | {colt['de']} | {sum(colt.values())} |")
    return "\n".join(lines)


def main():
    n = self_test()
    print(f"self test: {n} checks passed")
    recs = build()
    errs = audit(recs)
    if errs:
        print(f"AUDIT FAILED ({len(errs)}):")
        for e in errs:
            print("  " + e)
        sys.exit(1)
    data = serialise(recs)
    # read back and re-slice
    for line, x in zip(data.splitlines(), recs):
        j = json.loads(line)
        b = j["text"].encode()
        for s, (cs, ce, lab, v) in zip(j["spans"], x["cspans"]):
            assert b[s["start"]:s["end"]].decode() == v and s["label"] == lab
    print("audit: OK")
    print(stats(recs))
    if "--dry" in sys.argv:
        return
    path = os.path.join(HERE, "gold.jsonl")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    print("sha256", hashlib.sha256(data.encode()).hexdigest())


if __name__ == "__main__":
    main()
